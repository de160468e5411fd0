/* Unit tests of the key-fetching pieces that need no network: the early
 * fetch budget (jwks_budget), Cache-Control, URL and discovery checks
 * (jwks_fetch helpers) and the kept JWKS (jwks_store). The fetcher itself is
 * tested end to end against a local HTTPS provider (tests/e2e/test_oidc.py). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "jwks_budget.h"
#include "jwks_fetch.h"
#include "jwks_store.h"
#include "timefmt.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---------------------------------------------------------------- budget */

static void test_budget_allows_a_burst_then_one_per_interval(void **state)
{
	(void)state;
	jwksb *b = NULL;
	uint64_t wait = 0;
	assert_int_equal(jwksb_create(&b, 1000, 3), 0);
	/* 10,000 asks at the same instant: only the burst */
	int granted = 0;
	for (int i = 0; i < 10000; i++)
		granted += jwksb_take(b, 5000, &wait) == 0;
	assert_int_equal(granted, 3);
	assert_int_equal(wait, 1000);
	assert_int_equal(jwksb_take(b, 5400, &wait), -1);
	assert_int_equal(wait, 600);
	assert_int_equal(jwksb_take(b, 6000, &wait), 0);
	/* a steady flood for 60 s gets 60 more, never one per ask */
	granted = 0;
	for (uint64_t t = 6000; t <= 66000; t += 1)
		granted += jwksb_take(b, t, NULL) == 0;
	assert_int_equal(granted, 60);
	/* idle time refills up to the burst, not beyond */
	granted = 0;
	for (int i = 0; i < 100; i++)
		granted += jwksb_take(b, 1000000, NULL) == 0;
	assert_int_equal(granted, 3);
	/* a clock going backwards grants nothing extra */
	assert_int_equal(jwksb_take(b, 500, NULL), -1);
	uint64_t total = 0;
	jwksb_stats(b, &total, NULL);
	assert_int_equal(total, 3 + 1 + 60 + 3);
	jwksb_free(b);
	assert_int_equal(jwksb_create(&b, 0, 3), -1);
	assert_int_equal(jwksb_create(&b, 1000, 0), -1);
}

struct taker {
	jwksb *b;
	atomic_int *stop;
	int id;
	int *order;
	atomic_int *pos;
	int rc;
};

static void *take_thread(void *arg)
{
	struct taker *t = arg;
	t->rc = jwksb_acquire(t->b, t->stop);
	if (t->rc == 0)
		t->order[atomic_fetch_add(t->pos, 1)] = t->id;
	return NULL;
}

static void wait_waiting(jwksb *b, unsigned n)
{
	unsigned w = 0;
	for (int i = 0; i < 2000; i++) {
		jwksb_stats(b, NULL, &w);
		if (w >= n)
			return;
		usleep(1000);
	}
	fail_msg("only %u waiters", w);
}

static void test_budget_serves_waiters_in_order_and_stops(void **state)
{
	(void)state;
	jwksb *b = NULL;
	atomic_int stop = 0, pos = 0;
	int order[3] = {0};
	assert_int_equal(jwksb_create(&b, 100, 1), 0);
	uint64_t t0 = time_mono_ms();
	assert_int_equal(jwksb_take(b, t0, NULL), 0); /* empty now */
	struct taker t[3];
	pthread_t th[3];
	for (int i = 0; i < 3; i++) {
		t[i] = (struct taker){b, &stop, i + 1, order, &pos, -2};
		assert_int_equal(pthread_create(&th[i], NULL, take_thread, &t[i]), 0);
		wait_waiting(b, (unsigned)i + 1); /* arrive one after the other */
	}
	for (int i = 0; i < 3; i++)
		pthread_join(th[i], NULL);
	uint64_t took = time_mono_ms() - t0;
	assert_int_equal(order[0], 1);
	assert_int_equal(order[1], 2);
	assert_int_equal(order[2], 3);
	assert_true(took >= 280); /* one per 100 ms after the first */

	/* a waiter leaves at once when stopped */
	struct taker w = {b, &stop, 9, order, &pos, -2};
	pthread_t wt;
	jwksb_free(b);
	assert_int_equal(jwksb_create(&b, 60000, 1), 0);
	w.b = b;
	assert_int_equal(jwksb_take(b, time_mono_ms(), NULL), 0);
	assert_int_equal(pthread_create(&wt, NULL, take_thread, &w), 0);
	wait_waiting(b, 1);
	atomic_store(&stop, 1);
	jwksb_wake(b);
	pthread_join(wt, NULL);
	assert_int_equal(w.rc, -1);
	unsigned waiting = 9;
	jwksb_stats(b, NULL, &waiting);
	assert_int_equal(waiting, 0);
	jwksb_free(b);
}

/* ---------------------------------------------------------- Cache-Control */

static void test_cache_control(void **state)
{
	(void)state;
	static const struct {
		const char *value;
		int said;
		long max_age;
	} cases[] = {
		{"max-age=300", 1, 300},
		{"public, max-age=86400, must-revalidate", 1, 86400},
		{"Max-Age=60", 1, 60},
		{"max-age=\"120\"", 1, 120},
		{"max-age = 45", 1, 45},
		{"max-age=300, max-age=30", 1, 30},
		{"no-cache", 1, 0},
		{"max-age=300, no-store", 1, 0},
		{"NO-CACHE, max-age=99", 1, 0},
		{"private", 0, -7},
		{"", 0, -7},
		{"max-age=", 0, -7},
		{"max-age=-5", 0, -7},
		{"max-age=12abc", 0, -7},
		{"max-age=99999999999", 0, -7},
		{"s-maxage=100", 0, -7},
		{"x-max-age=100", 0, -7},
		{",,, ,", 0, -7},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		long ma = -7;
		int said = jwksf_cache_control(cases[i].value, &ma);
		if (said != cases[i].said || ma != cases[i].max_age)
			fail_msg("'%s': said %d max_age %ld", cases[i].value, said, ma);
	}
	long ma = -7;
	assert_int_equal(jwksf_cache_control(NULL, &ma), 0);
}

/* -------------------------------------------------------- URLs, discovery */

static void test_urls(void **state)
{
	(void)state;
	char why[200];
	assert_int_equal(jwksf_url_ok("https://idp.example/realms/r/protocol/openid-connect/certs", 0, why, sizeof why), 0);
	assert_int_equal(jwksf_url_ok("https://127.0.0.1:8443/x?y=1", 0, why, sizeof why), 0);
	static const char *const bad[] = {
		"http://idp.example/jwks", "ftp://idp.example/jwks", "file:///etc/passwd", "/jwks",
		"idp.example/jwks", "https://user:pw@idp.example/jwks", "https://user@idp.example/jwks",
		"https://idp.example/jwks#frag", "https://idp.example/a b", "https://idp.example/a\nb",
		"https:///jwks", "", "gopher://x/",
		/* libcurl takes this as https to host "ttps" (found by fuzz_jwks) */
		"https:/ttps://idp.example/jwks", "https:idp.example//x://y",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		if (jwksf_url_ok(bad[i], 0, why, sizeof why) == 0)
			fail_msg("accepted '%s'", bad[i]);
	assert_int_equal(jwksf_url_ok("http://127.0.0.1:8080/jwks", 1, why, sizeof why), 0);
	assert_int_equal(jwksf_url_ok("ftp://127.0.0.1/jwks", 1, why, sizeof why), -1);
	char big[JWKSF_MAX_URL + 10];
	memset(big, 'a', sizeof big);
	memcpy(big, "https://x/", 10);
	big[sizeof big - 1] = '\0';
	assert_int_equal(jwksf_url_ok(big, 0, why, sizeof why), -1);

	assert_int_equal(jwksf_same_origin("https://a.example/x", "https://A.EXAMPLE:443/y?z"), 1);
	assert_int_equal(jwksf_same_origin("https://a.example:8443/x", "https://a.example:8443/other"), 1);
	assert_int_equal(jwksf_same_origin("https://a.example/x", "https://b.example/x"), 0);
	assert_int_equal(jwksf_same_origin("https://a.example/x", "https://a.example:444/x"), 0);
	assert_int_equal(jwksf_same_origin("https://a.example/x", "http://a.example/x"), 0);
	assert_int_equal(jwksf_same_origin("https://127.0.0.1:9/x", "https://localhost:9/x"), 0);
	assert_int_equal(jwksf_same_origin("https://a.example/x", "not a url"), 0);
}

static void test_discovery_document(void **state)
{
	(void)state;
	char uri[JWKSF_MAX_URL + 1], err[400];
	const char *iss = "https://kc.example/realms/r";
	const char *good = "{\"issuer\":\"https://kc.example/realms/r\","
			   "\"jwks_uri\":\"https://kc.example/realms/r/protocol/openid-connect/certs\"}";
	assert_int_equal(jwksf_discovery_parse(good, strlen(good), iss, 0, uri, sizeof uri, err, sizeof err), 0);
	assert_string_equal(uri, "https://kc.example/realms/r/protocol/openid-connect/certs");
	static const struct {
		const char *doc, *why;
	} bad[] = {
		{"{\"issuer\":\"https://kc.example/realms/r/\",\"jwks_uri\":\"https://k/j\"}", "is not iss"},
		{"{\"issuer\":\"https://KC.example/realms/r\",\"jwks_uri\":\"https://k/j\"}", "is not iss"},
		{"{\"issuer\":\"https://evil.example\",\"jwks_uri\":\"https://k/j\"}", "is not iss"},
		{"{\"jwks_uri\":\"https://k/j\"}", "no \"issuer\""},
		{"{\"issuer\":7,\"jwks_uri\":\"https://k/j\"}", "no \"issuer\""},
		{"{\"issuer\":\"https://kc.example/realms/r\"}", "no \"jwks_uri\""},
		{"{\"issuer\":\"https://kc.example/realms/r\",\"jwks_uri\":\"http://k/j\"}", "not https"},
		{"{\"issuer\":\"https://kc.example/realms/r\",\"jwks_uri\":\"https://u:p@k/j\"}", "user info"},
		{"{\"issuer\":\"https://kc.example/realms/r\",\"issuer\":\"https://kc.example/realms/r\"}", "not a JSON object"},
		{"[1,2]", "not a JSON object"},
		{"{\"issuer\":", "not a JSON object"},
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		err[0] = '\0';
		if (jwksf_discovery_parse(bad[i].doc, strlen(bad[i].doc), iss, 0, uri, sizeof uri, err,
					  sizeof err) == 0 || !strstr(err, bad[i].why))
			fail_msg("case %zu: err '%s', want '%s'", i, err, bad[i].why);
	}
}

/* ------------------------------------------------------------- kept JWKS */

static void test_kept_jwks_round_trip_and_refusals(void **state)
{
	(void)state;
	char dir[64] = "/tmp/custos-jwks-XXXXXX", sub[128], err[400], path[300];
	char *doc = NULL;
	size_t len = 0;
	time_t at = 0;
	assert_non_null(mkdtemp(dir));
	snprintf(sub, sizeof sub, "%s/jwks", dir);
	assert_int_equal(jwks_store_init(sub, err, sizeof err), 0);
	assert_int_equal(jwks_store_init(sub, err, sizeof err), 0);
	struct stat st;
	assert_int_equal(stat(sub, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0700);

	assert_int_equal(jwks_store_load(sub, "idp", "https://i", &doc, &len, &at, err, sizeof err), JWKS_STORE_NONE);
	const char *jwks = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k\\\"1\",\"n\":\"x\",\"e\":\"AQAB\"}]}\n";
	assert_int_equal(jwks_store_save(sub, "idp", "https://i", "https://i/certs", 1700000000, jwks,
					 strlen(jwks), err, sizeof err), 0);
	assert_int_equal(jwks_store_load(sub, "idp", "https://i", &doc, &len, &at, err, sizeof err), 0);
	assert_int_equal(len, strlen(jwks));
	assert_memory_equal(doc, jwks, len); /* the exact bytes */
	assert_int_equal(at, 1700000000);
	free(doc);
	doc = NULL;
	/* kept for another iss (the issuer was re-pointed): not used */
	assert_int_equal(jwks_store_load(sub, "idp", "https://other", &doc, &len, &at, err, sizeof err),
			 JWKS_STORE_BAD);
	assert_null(doc);
	/* names that would leave the directory are refused */
	assert_int_equal(jwks_store_save(sub, "../x", "i", "s", 1, "{}", 2, err, sizeof err), JWKS_STORE_BAD);
	assert_int_equal(jwks_store_save(sub, "a/b", "i", "s", 1, "{}", 2, err, sizeof err), JWKS_STORE_BAD);
	assert_int_equal(jwks_store_load(sub, "", "i", &doc, &len, &at, err, sizeof err), JWKS_STORE_BAD);
	/* a damaged file is refused, not half-used */
	snprintf(path, sizeof path, "%s/issuer-idp.json", sub);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs("{\"iss\":\"https://i\",\"jwks\":", f);
	fclose(f);
	assert_int_equal(jwks_store_load(sub, "idp", "https://i", &doc, &len, &at, err, sizeof err), JWKS_STORE_BAD);
	/* no temporary file is left behind */
	snprintf(path, sizeof path, "%s/issuer-idp.json.tmp", sub);
	assert_int_not_equal(access(path, F_OK), 0);
	/* a directory that cannot be written */
	assert_int_equal(jwks_store_save("/nonexistent/dir", "idp", "i", "s", 1, "{}", 2, err, sizeof err),
			 JWKS_STORE_IO);
	char cmd[200];
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	assert_int_equal(system(cmd), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_budget_allows_a_burst_then_one_per_interval),
		cmocka_unit_test(test_budget_serves_waiters_in_order_and_stops),
		cmocka_unit_test(test_cache_control),
		cmocka_unit_test(test_urls),
		cmocka_unit_test(test_discovery_document),
		cmocka_unit_test(test_kept_jwks_round_trip_and_refusals),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
