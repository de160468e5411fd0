/* Unit tests of tlsfail.c against a real audit log in a temp dir: one entry
 * per certificate and window, the rest in one summary; a global bucket
 * bounds the records whatever the attacker varies; nothing is lost from the
 * count (summaries and "unrecorded" entries account for every refusal). The
 * clock is the test's: tlsfail_report_at / tlsfail_tick take it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "audit.h"
#include "tls-t.h"
#include "tlsfail.h"

static const uint8_t KEY[AUDIT_KEY_LEN] = {7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7};

struct world {
	char root[64];
	char dir[128];
	audit *a;
	uint64_t submitted; /* by tlsfail instances already shut down */
};

static int setup(void **state)
{
	struct world *w = calloc(1, sizeof *w);
	if (!w)
		return -1;
	snprintf(w->root, sizeof w->root, "/tmp/custos-tlsfail-XXXXXX");
	if (!mkdtemp(w->root))
		return -1;
	snprintf(w->dir, sizeof w->dir, "%s/audit", w->root);
	audit_conf c = {.dir = w->dir, .key = KEY, .group_commit = 1, .timeout_ms = 2000};
	char err[256];
	if (audit_open(&w->a, &c, err, sizeof err))
		return -1;
	tlsfail_init(w->a);
	*state = w;
	return 0;
}

static int teardown(void **state)
{
	struct world *w = *state;
	tlsfail_shutdown();
	audit_close(w->a);
	char cmd[160];
	snprintf(cmd, sizeof cmd, "rm -rf %s", w->root);
	int rc = system(cmd);
	free(w);
	return rc == 0 ? 0 : -1;
}

static struct tls_refusal refusal(unsigned i, const char *reason)
{
	struct tls_refusal r;
	memset(&r, 0, sizeof r);
	r.reason = reason;
	snprintf(r.cert_sha256, sizeof r.cert_sha256, "%064x", i);
	snprintf(r.subject, sizeof r.subject, "CN=client-%u", i);
	snprintf(r.issuer, sizeof r.issuer, "CN=some CA");
	snprintf(r.peer, sizeof r.peer, "192.0.2.%u", i % 250);
	return r;
}

/* Waits (up to 5 s) until everything tlsfail submitted is durable; the
 * number of entries in the log. */
static uint64_t settle(struct world *w)
{
	audit_stats s;
	struct tlsfail_stats t;
	for (int i = 0; i < 500; i++) {
		audit_get_stats(w->a, &s);
		tlsfail_get_stats(&t);
		if (s.entries + s.rejected + s.timeouts >= w->submitted + t.recorded)
			break;
		struct timespec ts = {0, 10 * 1000 * 1000};
		nanosleep(&ts, NULL);
	}
	assert_int_equal(s.rejected + s.timeouts, 0);
	return s.entries;
}

/* Every entry in the log, which must be n. */
static json_t *entries(struct world *w, uint64_t n)
{
	settle(w);
	json_t *out = NULL;
	uint64_t next = 0;
	audit_filter f = {.limit = AUDIT_QUERY_MAX};
	assert_int_equal(audit_query(w->a, &f, &out, &next), 0);
	assert_int_equal(json_array_size(out), n);
	return out;
}

static const char *str(json_t *e, const char *k)
{
	return json_string_value(json_object_get(e, k));
}

static json_int_t num(json_t *e, const char *k)
{
	return json_integer_value(json_object_get(e, k));
}

static void test_one_entry_per_window_then_a_summary(void **state)
{
	struct world *w = *state;
	struct tls_refusal r = refusal(1, "revoked");
	uint64_t t0 = 1000000;
	for (unsigned i = 0; i < 5; i++)
		tlsfail_report_at(&r, t0 + i * 1000);
	tlsfail_tick(t0 + TLSFAIL_WINDOW_MS - 1); /* window still open: nothing */
	json_t *es = entries(w, 1);
	json_t *e = json_array_get(es, 0);
	assert_string_equal(str(e, "decision"), "error");
	assert_string_equal(str(e, "action"), "tls:handshake");
	assert_string_equal(str(e, "reason"), "client_cert_invalid");
	assert_string_equal(str(e, "tls_reason"), "revoked");
	assert_string_equal(str(e, "cert_sha256"), r.cert_sha256);
	assert_string_equal(str(e, "cert_subject"), "CN=client-1");
	assert_string_equal(str(e, "cert_issuer"), "CN=some CA");
	assert_string_equal(str(e, "peer"), "192.0.2.1");
	assert_int_equal(num(e, "count"), 1);
	assert_true(json_is_null(json_object_get(e, "subject")));
	json_decref(es);

	tlsfail_tick(t0 + TLSFAIL_WINDOW_MS);
	es = entries(w, 2);
	e = json_array_get(es, 1);
	assert_string_equal(str(e, "cert_sha256"), r.cert_sha256);
	assert_int_equal(num(e, "count"), 4);
	assert_true(json_is_true(json_object_get(e, "summary")));
	assert_non_null(str(e, "first_time"));
	json_decref(es);

	/* The next window starts with an individual entry again. */
	tlsfail_report_at(&r, t0 + TLSFAIL_WINDOW_MS + 1);
	es = entries(w, 3);
	assert_int_equal(num(json_array_get(es, 2), "count"), 1);
	json_decref(es);
	struct tlsfail_stats s;
	tlsfail_get_stats(&s);
	assert_int_equal(s.coalesced, 4);
}

static void test_another_reason_is_another_record(void **state)
{
	struct world *w = *state;
	struct tls_refusal a = refusal(2, "revoked"), b = refusal(2, "expired");
	tlsfail_report_at(&a, 5000000);
	tlsfail_report_at(&b, 5000001);
	json_t *es = entries(w, 2);
	assert_string_equal(str(json_array_get(es, 1), "tls_reason"), "expired");
	json_decref(es);
}

/* An attacker mints a new certificate per connection: the bucket bounds the
 * records, and the rest is counted in one "unrecorded" entry. */
static void test_the_bucket_bounds_records_of_distinct_certificates(void **state)
{
	struct world *w = *state;
	uint64_t t0 = 9000000;
	unsigned n = 200;
	for (unsigned i = 0; i < n; i++) {
		struct tls_refusal r = refusal(1000 + i, "untrusted");
		tlsfail_report_at(&r, t0);
	}
	json_t *es = entries(w, TLSFAIL_BURST);
	json_decref(es);
	struct tlsfail_stats s;
	tlsfail_get_stats(&s);
	assert_int_equal(s.unrecorded, n - TLSFAIL_BURST);

	/* A second later the bucket pays for the "unrecorded" entry. */
	tlsfail_tick(t0 + 1000);
	es = entries(w, TLSFAIL_BURST + 1);
	json_t *e = json_array_get(es, TLSFAIL_BURST);
	assert_string_equal(str(e, "tls_reason"), "unrecorded");
	assert_int_equal(num(e, "count"), n - TLSFAIL_BURST);
	assert_true(json_is_null(json_object_get(e, "cert_sha256")));
	json_decref(es);

	/* Sustained: one minute of one new certificate per 10 ms gives about
	 * TLSFAIL_RATE_PER_S records per second, not 100. */
	uint64_t t1 = t0 + 10 * TLSFAIL_WINDOW_MS;
	for (unsigned i = 0; i < 6000; i++) {
		struct tls_refusal r = refusal(5000 + i, "untrusted");
		tlsfail_report_at(&r, t1 + i * 10);
		if (i % 100 == 0)
			tlsfail_tick(t1 + i * 10);
	}
	uint64_t written = settle(w) - (TLSFAIL_BURST + 1);
	assert_true(written <= TLSFAIL_BURST + 60 * TLSFAIL_RATE_PER_S + 2);
	assert_true(written >= 60 * TLSFAIL_RATE_PER_S);
}

/* Summaries and the unrecorded count are written at shutdown, bucket or
 * not, so that every refusal is accounted for in the log. */
static void test_shutdown_writes_what_is_pending(void **state)
{
	struct world *w = *state;
	uint64_t t0 = 20000000;
	for (unsigned i = 0; i < TLSFAIL_BURST + 5; i++) {
		struct tls_refusal r = refusal(300 + i, "untrusted");
		tlsfail_report_at(&r, t0);
		tlsfail_report_at(&r, t0 + 1);
	}
	struct tlsfail_stats t;
	tlsfail_shutdown();
	tlsfail_get_stats(&t);
	json_t *es = entries(w, t.recorded);
	json_int_t total = 0;
	size_t i;
	json_t *e;
	json_array_foreach(es, i, e)
		total += num(e, "count");
	assert_int_equal(total, 2 * (TLSFAIL_BURST + 5));
	json_decref(es);
	w->submitted = t.recorded;
	tlsfail_init(w->a); /* for teardown */
}

/* A table full of windows: the oldest is evicted with its summary. */
static void test_a_full_table_evicts_the_oldest_window_with_its_summary(void **state)
{
	struct world *w = *state;
	uint64_t t0 = 30000000;
	struct tls_refusal first = refusal(7, "revoked");
	tlsfail_report_at(&first, t0);
	tlsfail_report_at(&first, t0 + 1);
	for (unsigned i = 0; i < TLSFAIL_SLOTS; i++) {
		struct tls_refusal r = refusal(10000 + i, "revoked");
		tlsfail_report_at(&r, t0 + 10 + i * 1000); /* the bucket refills meanwhile */
	}
	json_t *es = entries(w, settle(w));
	int summary = 0;
	size_t i;
	json_t *e;
	json_array_foreach(es, i, e)
		if (!strcmp(str(e, "cert_sha256") ? str(e, "cert_sha256") : "", first.cert_sha256) &&
		    json_is_true(json_object_get(e, "summary")))
			summary = num(e, "count") == 1;
	assert_true(summary);
	json_decref(es);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_one_entry_per_window_then_a_summary, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_another_reason_is_another_record, setup,
						teardown),
		cmocka_unit_test_setup_teardown(
			test_the_bucket_bounds_records_of_distinct_certificates, setup, teardown),
		cmocka_unit_test_setup_teardown(test_shutdown_writes_what_is_pending, setup,
						teardown),
		cmocka_unit_test_setup_teardown(
			test_a_full_table_evicts_the_oldest_window_with_its_summary, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
