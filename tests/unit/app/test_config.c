/* Unit tests of config.c: values, defaults, and "file:line: message" errors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "tls.h"

#define TESTDIR_NAME "cfg"
#include "../testdir.h"

static const char *write_cfg(const char *name, const char *text)
{
	static char path[256];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	return path;
}

#define GOOD                                                                     \
	"[server]\n"                                                             \
	"listen = 127.0.0.1:8443        ; HTTPS\n"                               \
	"data_dir = ./data\n"                                                    \
	"threads = 2\n"                                                          \
	"[tls]\n"                                                                \
	"cert = ../certs/dev/server.crt\n"                                       \
	"key = ../certs/dev/server.key\n"                                        \
	"client_ca = ../certs/dev/ca.crt\n"                                      \
	"[ops]\n"                                                                \
	"listen = 127.0.0.1:9090\n"                                              \
	"[keys]\n"                                                               \
	"master_key_file = ./keys/master.key\n"                                  \
	"audit_key_file = ./keys/audit.key\n"                                    \
	"pseudonym_key_file = ./keys/pseudonym.key\n"                            \
	"[bootstrap]\n"                                                          \
	"admins = svc:admin-cli, user:corp/root\n"                               \
	"[issuer:corp]\n"                                                        \
	"iss = https://idp.example.test\n"                                       \
	"audience = custos\n"                                                    \
	"algorithms = RS256, ES256\n"                                            \
	"key_file = ../certs/dev/idp-rsa.pub\n"                                  \
	"groups_claim = groups\n"                                                \
	"leeway_s = 30\n"

static void test_contract_example_parses_with_relative_paths(void **state)
{
	(void)state;
	struct config_errors e = {0};
	struct config *c = NULL;
	const char *p = write_cfg("good.ini", GOOD);
	assert_int_equal(config_load(p, 0, &c, &e), 0);
	assert_int_equal(e.n, 0);
	assert_string_equal(c->listen_host, "127.0.0.1");
	assert_int_equal(c->listen_port, 8443);
	assert_int_equal(c->ops_port, 9090);
	assert_int_equal(c->threads, 2);
	char want[512];
	snprintf(want, sizeof want, "%s/../certs/dev/server.crt", dir);
	assert_string_equal(c->cert, want);
	assert_int_equal(c->nadmins, 2);
	assert_string_equal(c->admins[1], "user:corp/root");
	assert_int_equal(c->nissuers, 1);
	assert_string_equal(c->issuers[0].name, "corp");
	assert_int_equal(c->issuers[0].nalgorithms, 2);
	assert_string_equal(c->issuers[0].algorithms[1], "ES256");
	assert_int_equal(c->issuers[0].leeway_s, 30);
	/* defaults */
	assert_int_equal(c->max_body_bytes, 1 << 20);
	assert_int_equal(c->request_timeout_s, 30);
	config_free(c);
}

static int has_err(struct config_errors *e, const char *needle)
{
	for (size_t i = 0; i < e->n; i++)
		if (strstr(e->msgs[i], needle))
			return 1;
	return 0;
}

/* Some message of e contains "PATH:LINE: MSG". The expectation must fit
 * whole: a truncated one would match messages it should not. */
static int has_err_at(struct config_errors *e, const char *path, int line, const char *msg)
{
	char want[600];
	int n = snprintf(want, sizeof want, "%s:%d: %s", path, line, msg);
	assert_true(n > 0 && (size_t)n < sizeof want);
	return has_err(e, want);
}

static void test_every_problem_is_reported_with_its_line(void **state)
{
	(void)state;
	struct config_errors e = {0};
	struct config *c = NULL;
	const char *p = write_cfg("bad.ini",
				  "[server]\n"                      /* 1 */
				  "listen = 127.0.0.1:99999\n"      /* 2 */
				  "data_dir = ./data\n"             /* 3 */
				  "threads = zero\n"                /* 4 */
				  "colour = blue\n"                 /* 5 */
				  "[tls]\n"                         /* 6 */
				  "cert = a\nkey = b\nclient_ca = c\n" /* 7-9 */
				  "[nosuch]\n"                      /* 10 */
				  "x = 1\n"                         /* 11 */
				  "[keys]\n"                        /* 12 */
				  "master_key_file = m\naudit_key_file = a\npseudonym_key_file = p\n");
	assert_int_equal(config_load(p, 0, &c, &e), -1);
	assert_null(c);
	assert_true(has_err_at(&e, p, 2, "[server] listen"));
	assert_true(has_err_at(&e, p, 4, "[server] threads"));
	assert_true(has_err_at(&e, p, 5, "[server] unknown key 'colour'"));
	assert_true(has_err_at(&e, p, 11, "unknown section [nosuch]"));
	assert_int_equal(e.n, 4);
	config_errors_clear(&e);
}

static void test_missing_required_keys_and_files_are_named(void **state)
{
	(void)state;
	struct config_errors e = {0};
	struct config *c = NULL;
	const char *p = write_cfg("missing.ini", "[server]\nlisten = 127.0.0.1:1\n");
	assert_int_equal(config_load(p, 1, &c, &e), -1);
	assert_true(has_err(&e, "[server] data_dir is required"));
	assert_true(has_err(&e, "[tls] cert is required"));
	assert_true(has_err(&e, "[keys] audit_key_file is required"));
	config_errors_clear(&e);

	p = write_cfg("files.ini", GOOD);
	assert_int_equal(config_load(p, 1, &c, &e), -1);
	assert_true(has_err(&e, "[tls] cert: cannot read"));
	assert_true(has_err(&e, "key_file: cannot read"));
	config_errors_clear(&e);
}

static void test_issuer_needs_pinned_known_algorithms_and_one_key_source(void **state)
{
	(void)state;
	struct config_errors e = {0};
	struct config *c = NULL;
	const char *p = write_cfg("iss.ini", GOOD "[issuer:other]\n"   /* 24 */
					      "iss = https://idp.example.test\n"
					      "algorithms = HS256, none\n" /* 26 */
					      "audience = x\n");
	assert_int_equal(config_load(p, 0, &c, &e), -1);
	assert_true(has_err_at(&e, p, 26, "[issuer:other] algorithms: 'HS256' is not allowed"));
	assert_true(has_err(&e, "'none' is not allowed"));
	assert_true(has_err(&e, "exactly one of key_file, jwks_file, discovery and jwks_uri"));
	assert_true(has_err(&e, "already used by [issuer:corp]"));
	config_errors_clear(&e);
}

static void test_remote_issuer_keys_and_their_checks(void **state)
{
	(void)state;
	struct config_errors e = {0};
	struct config *c = NULL;
	unsetenv("CUSTOS_ALLOW_HTTP_ISSUERS");
	const char *p = write_cfg("remote.ini", GOOD "[issuer:kc]\n"
					      "iss = https://kc.example/realms/r\n"
					      "audience = custos\n"
					      "algorithms = RS256\n"
					      "discovery = https://kc.example/realms/r/.well-known/openid-configuration\n"
					      "ca_file = ./kc-ca.pem\n"
					      "require_cert_binding = yes\n"
					      "[tokens]\njwks_min_refresh_s = 30\njwks_max_refresh_s = 600\n");
	assert_int_equal(config_load(p, 0, &c, &e), 0);
	assert_string_equal(c->issuers[1].discovery, "https://kc.example/realms/r/.well-known/openid-configuration");
	assert_non_null(strstr(c->issuers[1].ca_file, "/kc-ca.pem"));
	assert_true(c->issuers[1].ca_file[0] == '/');
	assert_int_equal(c->issuers[1].require_cert_binding, 1);
	assert_int_equal(c->issuers[0].require_cert_binding, 0);
	assert_int_equal(c->jwks_min_refresh_s, 30);
	assert_int_equal(c->jwks_max_refresh_s, 600);
	config_free(c);
	c = NULL;

	p = write_cfg("remote-bad.ini", GOOD "[issuer:a]\n"
					  "iss = https://a.example\naudience = x\nalgorithms = RS256\n"
					  "discovery = http://a.example/.well-known/openid-configuration\n"
					  "[issuer:b]\n"
					  "iss = https://b.example\naudience = x\nalgorithms = RS256\n"
					  "jwks_uri = https://user:pw@b.example/jwks\n"
					  "[issuer:c]\n"
					  "iss = https://c.example\naudience = x\nalgorithms = RS256\n"
					  "jwks_uri = https://c.example/jwks\n"
					  "discovery = https://c.example/.well-known/openid-configuration\n"
					  "require_cert_binding = maybe\n"
					  "[issuer:d]\n"
					  "iss = https://d.example\naudience = x\nalgorithms = RS256\n"
					  "key_file = ./d.pem\nca_file = ./ca.pem\n"
					  "[issuer:e]\n"
					  "iss = https://e.example\naudience = x\nalgorithms = RS256\n"
					  "jwks_uri = /relative/jwks\n"
					  "[tokens]\njwks_min_refresh_s = 700\njwks_max_refresh_s = 600\n");
	assert_int_equal(config_load(p, 0, &c, &e), -1);
	assert_true(has_err(&e, "[issuer:a] discovery: 'http://a.example/.well-known/openid-configuration': not https"));
	assert_true(has_err(&e, "[issuer:b] jwks_uri: 'https://user:pw@b.example/jwks': user info"));
	assert_true(has_err(&e, "[issuer:c] exactly one of key_file, jwks_file, discovery and jwks_uri"));
	assert_true(has_err(&e, "[issuer:c] require_cert_binding: 'maybe' is not a boolean"));
	assert_true(has_err(&e, "[issuer:d] ca_file is only for discovery or jwks_uri"));
	assert_true(has_err(&e, "[issuer:e] jwks_uri: '/relative/jwks': not an absolute URL"));
	assert_true(has_err(&e, "jwks_min_refresh_s (700) must not exceed jwks_max_refresh_s (600)"));
	config_errors_clear(&e);

	/* the test switch (environment only) admits plain http */
	setenv("CUSTOS_ALLOW_HTTP_ISSUERS", "1", 1);
	p = write_cfg("remote-http.ini", GOOD "[issuer:a]\n"
					   "iss = http://a.example\naudience = x\nalgorithms = RS256\n"
					   "discovery = http://a.example/.well-known/openid-configuration\n");
	assert_int_equal(config_load(p, 0, &c, &e), 0);
	assert_int_equal(c->allow_http_issuers, 1);
	config_free(c);
	unsetenv("CUSTOS_ALLOW_HTTP_ISSUERS");
}

static void test_overlong_line_and_duplicate_key_are_refused(void **state)
{
	(void)state;
	static char big[CONFIG_MAX_LINE + 100];
	memset(big, 'a', sizeof big);
	big[sizeof big - 1] = '\0';
	static char text[sizeof big + 200];
	snprintf(text, sizeof text, "[server]\nlisten = 127.0.0.1:1\nlisten = 127.0.0.1:2\ndata_dir = %s\n",
		 big);
	struct config_errors e = {0};
	struct config *c = NULL;
	const char *p = write_cfg("long.ini", text);
	assert_int_equal(config_load(p, 0, &c, &e), -1);
	assert_true(has_err_at(&e, p, 3, "[server] listen: set twice"));
	assert_true(has_err_at(&e, p, 4, "line longer than"));
	config_errors_clear(&e);
}

static void test_drain_must_outlast_the_audit_timeout(void **state)
{
	(void)state;
	struct config_errors e = {0};
	struct config *c = NULL;
	const char *p = write_cfg("drain.ini",
		      "[server]\nlisten = 127.0.0.1:1\ndata_dir = d\ndrain_timeout_s = 5\n"
		      "[tls]\ncert = a\nkey = b\nclient_ca = c\n"
		      "[keys]\nmaster_key_file = m\naudit_key_file = a\npseudonym_key_file = p\n"
		      "[audit]\ntimeout_ms = 5000\n");
	assert_int_equal(config_load(p, 0, &c, &e), -1);
	assert_true(has_err_at(&e, p, 4, "[server] drain_timeout_s (5 s) must exceed"));
	config_errors_clear(&e);
}

/* Found by fuzz_config: fgets split a line at a NUL byte, so the rest of the
 * line (or the next line) was parsed or skipped and every later line number
 * was off. */
static void test_nul_byte_line_is_refused_and_later_lines_keep_their_numbers(void **state)
{
	(void)state;
	static const char text[] = "[server]\nlisten = 127.0.0.1:1\0junk\ndata_dir = x\nbogus = 1\n";
	char path[256];
	snprintf(path, sizeof path, "%s/nul.ini", dir);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, sizeof text - 1, f), sizeof text - 1);
	assert_int_equal(fclose(f), 0);
	struct config_errors e = {0};
	struct config *c = NULL;
	assert_int_equal(config_load(path, 0, &c, &e), -1);
	assert_true(has_err_at(&e, path, 2, "NUL byte in line"));
	assert_true(has_err_at(&e, path, 4, "[server] unknown key 'bogus'"));
	assert_false(has_err(&e, "line longer than"));
	config_errors_clear(&e);
}

static void test_line_of_exactly_the_maximum_length_is_accepted(void **state)
{
	(void)state;
	static char text[CONFIG_MAX_LINE + 200];
	static const char head[] = "[server]\nlisten = 127.0.0.1:1\n";
	static const char key[] = "data_dir = ";
	size_t n = (size_t)snprintf(text, sizeof text, "%s%s", head, key);
	size_t fill = CONFIG_MAX_LINE - (sizeof key - 1);
	memset(text + n, 'd', fill);
	snprintf(text + n + fill, sizeof text - n - fill, "\r\nbogus = 1\n"); /* a CRLF does not count */
	struct config_errors e = {0};
	struct config *c = NULL;
	const char *p = write_cfg("max.ini", text);
	assert_int_equal(config_load(p, 0, &c, &e), -1); /* other required keys missing */
	assert_false(has_err(&e, "line longer than"));
	assert_true(has_err(&e, ":4: [server] unknown key 'bogus'"));
	config_errors_clear(&e);
	text[n + fill] = 'd';
	snprintf(text + n + fill + 1, sizeof text - n - fill - 1, "\nbogus = 1\n");
	p = write_cfg("max1.ini", text);
	assert_int_equal(config_load(p, 0, &c, &e), -1);
	char want[64];
	snprintf(want, sizeof want, ":3: line longer than %d bytes", CONFIG_MAX_LINE);
	assert_true(has_err(&e, want));
	assert_true(has_err(&e, ":4: [server] unknown key 'bogus'"));
	config_errors_clear(&e);
}

/* Issue 13: lines over 199 bytes were refused, so the built-in [tls]
 * priorities (~250 bytes) could not be written in a config file. */
static void test_built_in_priorities_fit_on_a_config_line(void **state)
{
	(void)state;
	assert_true(strlen(TLS_DEFAULT_PRIORITIES) > 200);
	static char text[8192];
	snprintf(text, sizeof text,
		 "[server]\nlisten = 127.0.0.1:8443\ndata_dir = ./data\n"
		 "[tls]\ncert = a\nkey = b\nclient_ca = c\npriorities = %s\n"
		 "[keys]\nmaster_key_file = m\naudit_key_file = a\npseudonym_key_file = p\n",
		 TLS_DEFAULT_PRIORITIES);
	struct config_errors e = {0};
	struct config *c = NULL;
	const char *p = write_cfg("prio.ini", text);
	assert_int_equal(config_load(p, 0, &c, &e), 0);
	assert_string_equal(c->priorities, TLS_DEFAULT_PRIORITIES);
	config_free(c);
	/* and the lines after a long one keep their numbers */
	snprintf(text, sizeof text, "[tls]\npriorities = %s\ncolour = blue\n", TLS_DEFAULT_PRIORITIES);
	p = write_cfg("prio2.ini", text);
	assert_int_equal(config_load(p, 0, &c, &e), -1);
	assert_true(has_err(&e, ":3: [tls] unknown key 'colour'"));
	assert_false(has_err(&e, "line longer than"));
	config_errors_clear(&e);
}

/* issue 9 item 14: [bootstrap] admins follow the one principal grammar
 * (policy.h); the old rule looked at the prefix only. */
static void test_bootstrap_admins_follow_the_principal_grammar(void **state)
{
	(void)state;
	static const char *const bad[] = {"user:alice", "svc:", "group:corp", "svc:a b",
					  "user:corp/a\x01" "b", "user:c!rp/x", "alice"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		struct config_errors e = {0};
		struct config *c = NULL;
		char text[2048];
		snprintf(text, sizeof text, "%s", GOOD);
		char *at = strstr(text, "admins = svc:admin-cli, user:corp/root");
		assert_non_null(at);
		char tail[1024];
		snprintf(tail, sizeof tail, "%s", at + strlen("admins = svc:admin-cli, user:corp/root"));
		snprintf(at, sizeof text - (size_t)(at - text), "admins = svc:admin-cli, %s%s", bad[i],
			 tail);
		const char *p = write_cfg("admins.ini", text);
		assert_int_equal(config_load(p, 0, &c, &e), -1);
		char want[300];
		snprintf(want, sizeof want, "%s:16: [bootstrap] admins: '", p);
		if (!has_err(&e, want) || !has_err(&e, "is not a principal"))
			fail_msg("admin '%s' was not refused", bad[i]);
		config_errors_clear(&e);
	}
	struct config_errors e = {0};
	struct config *c = NULL;
	char text[2048];
	snprintf(text, sizeof text, "%s", GOOD);
	const char *p = write_cfg("admins-ok.ini", text);
	assert_int_equal(config_load(p, 0, &c, &e), 0);
	config_free(c);
}

static void test_unreadable_file_is_an_error_not_a_crash(void **state)
{
	(void)state;
	struct config_errors e = {0};
	struct config *c = NULL;
	assert_int_equal(config_load("/nonexistent/custos.ini", 0, &c, &e), -1);
	assert_true(has_err(&e, "/nonexistent/custos.ini:0: cannot open"));
	config_errors_clear(&e);
}

/* [redact] pattern.NAME: the redactor's one naming rule and a pattern that
 * compiles, checked at load (check-config), each message naming the key. */
static void test_redact_pattern_names_follow_the_redactor_rule(void **state)
{
	(void)state;
	struct config_errors e = {0};
	struct config *c = NULL;
	const char *p = write_cfg("redact.ini", GOOD "[redact]\n"       /* 24 */
					      "pattern.Aws-Key = AKIA[0-9A-Z]{16}\n" /* 25 */
					      "pattern.email = x\n"                  /* 26 */
					      "pattern.ticket_ref = TCK-[0-9]{6}\n"  /* 27 */
					      "pattern.broken = ab(c\n"              /* 28 */
					      "patterns = x\n");                     /* 29 */
	assert_int_equal(config_load(p, 0, &c, &e), -1);
	char want[1024];
	snprintf(want, sizeof want, "%s:25: [redact] pattern.Aws-Key: 'Aws-Key' is not a type name", p);
	assert_true(has_err(&e, want));
	snprintf(want, sizeof want, "%s:26: [redact] pattern.email: 'email' is a built-in type name", p);
	assert_true(has_err(&e, want));
	snprintf(want, sizeof want, "%s:28: [redact] pattern.broken:", p);
	assert_true(has_err(&e, want));
	snprintf(want, sizeof want, "%s:29: [redact] keys are pattern.NAME", p);
	assert_true(has_err(&e, want));
	assert_int_equal(e.n, 4);
	config_errors_clear(&e);

	p = write_cfg("redact-ok.ini", GOOD "[redact]\npattern.aws_key = AKIA[0-9A-Z]{16}\n");
	assert_int_equal(config_load(p, 0, &c, &e), 0);
	assert_int_equal(c->npatterns, 1);
	assert_string_equal(c->patterns[0].name, "aws_key");
	config_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_contract_example_parses_with_relative_paths),
		cmocka_unit_test(test_every_problem_is_reported_with_its_line),
		cmocka_unit_test(test_missing_required_keys_and_files_are_named),
		cmocka_unit_test(test_issuer_needs_pinned_known_algorithms_and_one_key_source),
		cmocka_unit_test(test_overlong_line_and_duplicate_key_are_refused),
		cmocka_unit_test(test_drain_must_outlast_the_audit_timeout),
		cmocka_unit_test(test_nul_byte_line_is_refused_and_later_lines_keep_their_numbers),
		cmocka_unit_test(test_line_of_exactly_the_maximum_length_is_accepted),
		cmocka_unit_test(test_built_in_priorities_fit_on_a_config_line),
		cmocka_unit_test(test_unreadable_file_is_an_error_not_a_crash),
		cmocka_unit_test(test_bootstrap_admins_follow_the_principal_grammar),
		cmocka_unit_test(test_remote_issuer_keys_and_their_checks),
		cmocka_unit_test(test_redact_pattern_names_follow_the_redactor_rule),
	};
	return cmocka_run_group_tests(tests, testdir_setup, testdir_teardown);
}
