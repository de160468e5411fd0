/* gateway/detect/posture.c, depver.c, dconf.c and dmetrics.c: each posture finding
 * from real files (key modes, certificates made here by the openssl CLI:
 * expiring, expired, RSA-1024), priority strings compared with the default,
 * the other settings; dpkg version ordering (the cases of dpkg's own test
 * suite) and a dpkg status file; the [limits]/[detect]/[alerts] keys; the
 * Prometheus text of the detection counters; the test clock. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "dclock.h"
#include "dconf.h"
#include "dmetrics.h"
#include "depver.h"
#include "posture.h"

#define TESTDIR_NAME "posture"
#include "../testdir.h"

static char *path(const char *name)
{
	static char buf[32][160]; /* distinct slots: callers keep the pointers */
	static int k;
	k = (k + 1) % 32;
	snprintf(buf[k], sizeof buf[k], "%s/%s", dir, name);
	return buf[k];
}

static const posture_finding *has(const posture_finding *f, size_t n, const char *code,
				  int sev, const char *part)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(f[i].code, code) && f[i].severity == sev && (!part || strstr(f[i].msg, part)))
			return &f[i];
	return NULL;
}

static void dump(const posture_finding *f, size_t n)
{
	for (size_t i = 0; i < n; i++)
		fprintf(stderr, "  %d %s %s\n", f[i].severity, f[i].code, f[i].msg);
}

#define DEFAULT_PRIO                                                                             \
	"SECURE256:+SECURE128:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2:-CIPHER-ALL:+AES-256-GCM:"      \
	"+CHACHA20-POLY1305:+AES-128-GCM:-MAC-ALL:+AEAD:-KX-ALL:+ECDHE-ECDSA:+ECDHE-RSA"

static void test_posture_findings(void **state)
{
	(void)state;
	assert_int_equal(testdir_run("openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes "
			     "-keyout ok.key -out ok.crt -days 400 -subj /CN=ok && "
			     "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes "
			     "-keyout soon.key -out soon.crt -days 10 -subj /CN=soon && "
			     "openssl req -x509 -newkey rsa:1024 -nodes "
			     "-keyout weak.key -out weak.crt -days 400 -subj /CN=weak && "
			     "cat ok.crt soon.crt > bundle.crt && "
			     "chmod 600 ok.key && chmod 640 soon.key && chmod 644 weak.key"),
			 0);
	posture_input in = {0};
	in.secrets[0].label = "[tls] key";
	in.secrets[0].path = path("ok.key");
	in.secrets[1].label = "[keys] master_key_file";
	in.secrets[1].path = path("soon.key");
	in.secrets[2].label = "[keys] audit_key_file";
	in.secrets[2].path = path("weak.key");
	in.nsecrets = 3;
	in.ops_host = "0.0.0.0";
	in.tls_priorities = DEFAULT_PRIO ":+VERS-TLS1.1:+AES-128-CBC:+SHA1";
	in.default_priorities = DEFAULT_PRIO;
	in.server_cert = path("weak.crt");
	in.client_ca = path("bundle.crt");
	in.bootstrap_admins = 1;
	in.store_populated = 1;
	in.issuers[0].name = "corp";
	in.issuers[0].audience = "custos";
	in.issuers[1].name = "legacy";
	in.nissuers = 2;
	in.retention_s = 0;
	in.now_s = (uint64_t)time(NULL);
	posture_finding f[32];
	size_t n = posture_run(&in, f, 32);
	if (n < 9)
		dump(f, n);
	assert_null(has(f, n, "key_file_mode", POSTURE_ERROR, "ok.key"));
	assert_non_null(has(f, n, "key_file_mode", POSTURE_WARN, "soon.key"));
	assert_non_null(has(f, n, "key_file_mode", POSTURE_ERROR, "weak.key"));
	assert_non_null(has(f, n, "ops_not_loopback", POSTURE_WARN, "0.0.0.0"));
	assert_non_null(has(f, n, "tls_priorities", POSTURE_ERROR, "TLS1.1"));
	assert_non_null(has(f, n, "cert_expiring", POSTURE_WARN, "CN=soon"));
	assert_null(has(f, n, "cert_expiring", POSTURE_WARN, "CN=ok"));
	assert_non_null(has(f, n, "rsa_too_short", POSTURE_ERROR, "1024 bits"));
	assert_non_null(has(f, n, "bootstrap_admins", POSTURE_WARN, NULL));
	assert_non_null(has(f, n, "issuer_no_audience", POSTURE_ERROR, "legacy"));
	assert_null(has(f, n, "issuer_no_audience", POSTURE_ERROR, "corp"));
	assert_non_null(has(f, n, "retention_off", POSTURE_WARN, NULL));

	/* A clean setup has nothing to say. */
	posture_input good = {0};
	good.secrets[0].label = "[tls] key";
	good.secrets[0].path = path("ok.key");
	good.nsecrets = 1;
	good.ops_host = "127.0.0.1";
	good.tls_priorities = DEFAULT_PRIO;
	good.default_priorities = DEFAULT_PRIO;
	good.server_cert = path("ok.crt");
	good.client_ca = path("ok.crt");
	good.bootstrap_admins = 1;
	good.store_populated = 0;
	good.retention_s = 90L * 86400;
	good.now_s = in.now_s;
	n = posture_run(&good, f, 32);
	if (n)
		dump(f, n);
	assert_int_equal(n, 0);
	/* Only stricter than the default: fine. */
	good.tls_priorities = DEFAULT_PRIO ":-VERS-TLS1.2";
	assert_int_equal(posture_run(&good, f, 32), 0);
	/* A group the default lacks: a warning, not an error. */
	good.tls_priorities = "NORMAL";
	good.default_priorities = DEFAULT_PRIO ":-GROUP-ALL:+GROUP-SECP256R1";
	n = posture_run(&good, f, 32);
	assert_true(n >= 1);
	good.tls_priorities = "NONSENSE-XYZ";
	n = posture_run(&good, f, 32);
	assert_non_null(has(f, n, "tls_priorities", POSTURE_ERROR, "does not parse"));
	/* Expired, one day past: an error. */
	good.tls_priorities = NULL;
	good.now_s = in.now_s + 401 * 86400;
	n = posture_run(&good, f, 32);
	assert_non_null(has(f, n, "cert_expiring", POSTURE_ERROR, "has expired"));
	good.now_s = in.now_s;
	good.test_clock = 1;
	n = posture_run(&good, f, 32);
	assert_non_null(has(f, n, "test_clock", POSTURE_ERROR, NULL));

	int64_t left;
	char subj[128];
	assert_int_equal(posture_cert_expiry(path("bundle.crt"), in.now_s, &left, subj, sizeof subj), 0);
	assert_true(left > 9 * 86400 && left <= 10 * 86400);
	assert_non_null(strstr(subj, "CN=soon"));
	assert_int_equal(posture_cert_expiry(path("ok.key"), in.now_s, &left, NULL, 0), -1);
	/* At most max findings are written, all are counted. */
	assert_true(posture_run(&in, f, 2) >= 9);
}

static void test_dpkg_versions(void **state)
{
	(void)state;
	/* From dpkg's t/dpkg_version.c and Debian policy 5.6.12. */
	static const struct {
		const char *a, *b;
		int sign;
	} cases[] = {
		{"1.0", "1.0", 0}, {"1.0", "1.1", -1}, {"1.0~rc1", "1.0", -1}, {"1.0", "1.0+b1", -1},
		{"1:0.1", "2.0", 1}, {"3.0.19-1~deb12u2", "3.0.22-1~deb12u2", -1},
		{"7.88.1-10+deb12u15", "7.88.1-10+deb12u5", 1}, {"1.10.2-1+deb12u1", "1.10.2-1", 1},
		{"1.0-1", "1.0-1~bpo1", 1}, {"0.9.24-1", "0.9.24-1", 0}, {"1.0a", "1.0", 1},
		{"1.0~~", "1.0~", -1}, {"2.14-2", "2.14-10", -1}, {"001", "1", 0},
		{"1.2.3", "1.2.3.0", -1}, {"1.0-2", "1.0-10", -1},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int r = depver_compare(cases[i].a, cases[i].b);
		int s = r < 0 ? -1 : r > 0;
		if (s != cases[i].sign)
			fail_msg("%s vs %s: %d, want %d", cases[i].a, cases[i].b, s, cases[i].sign);
		r = depver_compare(cases[i].b, cases[i].a);
		assert_int_equal(r < 0 ? -1 : r > 0, -cases[i].sign);
	}
}

static void test_dpkg_status_file(void **state)
{
	(void)state;
	FILE *f = fopen(path("status"), "w");
	fputs("Package: libfoo1\nStatus: deinstall ok config-files\nVersion: 9.9\n\n"
	      "Package: libssl3\nStatus: install ok installed\nArchitecture: amd64\n"
	      "Description: x\n long text\nVersion: 3.0.1-1\n\n"
	      "Package: libssl3-dev\nStatus: install ok installed\nVersion: 9\n",
	      f);
	fclose(f);
	char v[64];
	assert_int_equal(depver_installed(path("status"), "libssl3", v, sizeof v), 0);
	assert_string_equal(v, "3.0.1-1");
	assert_int_equal(depver_installed(path("status"), "libfoo1", v, sizeof v), -1);
	assert_int_equal(depver_installed(path("status"), "libssl3-dev", v, sizeof v), 0);
	assert_string_equal(v, "9");
	assert_int_equal(depver_installed(path("nope"), "libssl3", v, sizeof v), -1);
	/* The rows against this status file: OpenSSL is older than the
	 * security release the build saw (the build saw at least 3.0.x-...). */
	depver_row rows[32];
	size_t n = depver_rows(path("status"), rows, 32);
	assert_true(n >= 5);
	assert_string_equal(rows[0].lib, "OpenSSL");
	if (rows[0].security[0])
		assert_int_equal(rows[0].status, DEPVER_OLDER);
	for (size_t i = 1; i < n; i++)
		assert_int_equal(rows[i].status, DEPVER_UNKNOWN); /* not in this status file */
	/* And against the real one: every recorded package is known. */
	n = depver_rows(NULL, rows, 32);
	for (size_t i = 0; i < n; i++)
		if (rows[i].pkg[0])
			assert_int_not_equal(rows[i].status, DEPVER_UNKNOWN);
	assert_true(strlen(depver_build_date()) >= 7);
}

static void test_dconf_keys(void **state)
{
	(void)state;
	dconf d;
	dconf_defaults(&d);
	char err[256];
	assert_true(dconf_section("limits") && dconf_section("detect") && dconf_section("alerts"));
	assert_false(dconf_section("server"));
	assert_int_equal(dconf_key(&d, "limits", "conversation:read", "10/s burst 50", NULL, err,
				   sizeof err),
			 0);
	rl_limit l = dconf_limit(&d, "conversation:read");
	assert_true(l.rate == 10 && l.burst == 50);
	l = dconf_limit(&d, "conversation:list");
	assert_true(l.rate == 100 && l.burst == 200);
	l = dconf_limit(&d, "authorize");
	assert_true(l.rate == 0);
	assert_int_equal(dconf_key(&d, "limits", "authorize", "5/s", NULL, err, sizeof err), 0);
	assert_true(dconf_limit(&d, "authorize").rate == 5);
	assert_int_equal(dconf_key(&d, "limits", "default", "off", NULL, err, sizeof err), 0);
	assert_true(dconf_limit(&d, "user:export").rate == 0);
	assert_int_equal(dconf_key(&d, "limits", "conversation:*", "1/s", NULL, err, sizeof err), -1);
	assert_non_null(strstr(err, "unknown key"));
	assert_int_equal(dconf_key(&d, "limits", "conversation:read", "10 per second", NULL, err,
				   sizeof err),
			 -1);
	assert_non_null(strstr(err, "RATE/s"));
	assert_int_equal(dconf_key(&d, "detect", "denial_streak", "3", NULL, err, sizeof err), 0);
	assert_int_equal(d.anom.denial_streak, 3);
	assert_int_equal(dconf_key(&d, "detect", "bulk_baseline_factor", "2.5", NULL, err, sizeof err), 0);
	assert_true(d.anom.bulk_baseline_factor == 2.5);
	assert_int_equal(dconf_key(&d, "detect", "bulk_window_s", "5", NULL, err, sizeof err), -1);
	assert_int_equal(dconf_key(&d, "detect", "bulk_lock", "maybe", NULL, err, sizeof err), -1);
	assert_int_equal(dconf_key(&d, "detect", "lock_s", "-1", NULL, err, sizeof err), -1);
	assert_int_equal(dconf_key(&d, "detect", "nope", "1", NULL, err, sizeof err), -1);
	assert_non_null(strstr(err, "[detect] unknown key 'nope'"));
	assert_int_equal(dconf_key(&d, "alerts", "webhook_url", "http://x", NULL, err, sizeof err), -1);
	assert_int_equal(dconf_key(&d, "alerts", "webhook_url", "https://siem.example/hook", NULL,
				   err, sizeof err),
			 0);
	assert_int_equal(dconf_check(&d, err, sizeof err), -1);
	assert_non_null(strstr(err, "webhook_secret_file"));
	assert_int_equal(dconf_key(&d, "alerts", "webhook_secret_file", "keys/webhook.key",
				   "/etc/custos/custos.ini", err, sizeof err),
			 0);
	assert_string_equal(d.webhook_secret_file, "/etc/custos/keys/webhook.key");
	assert_int_equal(dconf_check(&d, err, sizeof err), 0);
	assert_int_equal(dconf_key(&d, "alerts", "syslog", "true", NULL, err, sizeof err), 0);
	assert_int_equal(d.syslog, 1);
	dconf_free(&d);
	assert_null(d.webhook_url);
	assert_int_equal(d.anom.denial_streak, 5);
}

static void test_metrics_text(void **state)
{
	(void)state;
	alerts_stats as = {0};
	as.raised[1] = 3; /* bulk_access */
	as.raised[ALERTS_NKINDS] = 2;
	as.sinks[0].name = "webhook";
	as.sinks[0].pending = 4;
	rl_stats rs = {0};
	rs.tab.used = 10;
	rs.tab.evictions = 5;
	rs.evicted_unfull = 1;
	dmetrics_in in = {.alerts = &as, .rl = &rs, .locks_active = 2, .reviews_open = 3,
			  .reviews_overdue = 1, .ncerts = 1};
	in.certs[0].name = "server";
	in.certs[0].seconds = -5;
	char buf[8192];
	size_t n = dmetrics_render(&in, buf, sizeof buf - 1);
	buf[n] = '\0';
	static const char *const want[] = {
		"custos_alerts_total{kind=\"bulk_access\"} 3\n",
		"custos_alerts_total{kind=\"denial_streak\"} 0\n",
		"custos_alerts_total{kind=\"other\"} 2\n",
		"custos_alert_delivery_pending{sink=\"webhook\"} 4\n",
		"custos_locks_active 2\n", "custos_reviews_open 3\n", "custos_reviews_overdue 1\n",
		"custos_ratelimit_evictions_total{full=\"true\"} 4\n",
		"custos_ratelimit_evictions_total{full=\"false\"} 1\n",
		"custos_certificate_expiry_seconds{cert=\"server\"} -5\n",
		"# TYPE custos_reviews_overdue gauge\n",
	};
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
		if (!strstr(buf, want[i]))
			fail_msg("missing %s in:\n%s", want[i], buf);
	assert_null(strstr(buf, "syslog"));
	/* A small buffer gets whole lines only. */
	n = dmetrics_render(&in, buf, 100);
	assert_true(n <= 100 && n > 0);
	assert_int_equal(buf[n - 1], '\n');
}

static void write_file(const char *name, const char *text)
{
	FILE *f = fopen(path(name), "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void test_test_clock(void **state)
{
	(void)state;
	unsetenv(DCLOCK_ENV);
	assert_int_equal(dclock_is_test(), 0);
	int64_t now = (int64_t)time(NULL);
	assert_true(dclock_now() - now <= 1 && dclock_now() >= now);
	write_file("clock", "+7200\n");
	setenv(DCLOCK_ENV, path("clock"), 1);
	assert_int_equal(dclock_is_test(), 1);
	assert_int_equal(dclock_offset(), 7200);
	int64_t d = dclock_now() - (int64_t)time(NULL);
	assert_true(d >= 7199 && d <= 7201);
	/* Changed while running: seen within a second or two. */
	write_file("clock", "-86400");
	int64_t end = (int64_t)time(NULL) + 3;
	while (dclock_offset() != -86400 && (int64_t)time(NULL) < end)
		usleep(50000);
	assert_int_equal(dclock_offset(), -86400);
	/* Malformed or missing: no offset, never a stale one. */
	write_file("clock", "soon");
	end = (int64_t)time(NULL) + 3;
	while (dclock_offset() != 0 && (int64_t)time(NULL) < end)
		usleep(50000);
	assert_int_equal(dclock_offset(), 0);
	unsetenv(DCLOCK_ENV);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_posture_findings, testdir_setup, testdir_teardown),
		cmocka_unit_test(test_dpkg_versions),
		cmocka_unit_test_setup_teardown(test_dpkg_status_file, testdir_setup, testdir_teardown),
		cmocka_unit_test(test_dconf_keys),
		cmocka_unit_test(test_metrics_text),
		cmocka_unit_test_setup_teardown(test_test_clock, testdir_setup, testdir_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
