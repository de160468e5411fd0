/* gateway/detect/anomaly.c and distinct.c, with an injected clock: each
 * detector's trigger, the seqs it reports and its lock; coalescing; the
 * distinct counter's exact range and error past it; memory fixed whatever
 * the number of subjects, eviction that keeps the subjects that matter
 * (a reader near its threshold, a subject in a denial streak); and many
 * threads observing at once (TSan with make test TSAN=1). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "anomaly.h"
#include "distinct.h"

#define T0 1767601800ULL

static anom *mk(void (*tweak)(anom_conf *))
{
	anom_conf c;
	anom_conf_defaults(&c);
	c.subjects = c.bulk_subjects = c.tokens = c.watches = 1024;
	if (tweak)
		tweak(&c);
	anom *a = anom_create(&c);
	assert_non_null(a);
	return a;
}

static anom_event ev(const char *subject, int outcome, uint64_t seq, uint64_t now)
{
	anom_event e = {.seq = seq, .now_s = now, .outcome = outcome, .subject = subject,
			.action = "conversation:read", .resource = "conversation/c-1"};
	return e;
}

static size_t observe(anom *a, const anom_event *e, anom_alert *out)
{
	size_t n = 0;
	assert_int_equal(anom_observe(a, e, out, ANOM_MAX_OUT, &n), 0);
	return n;
}

static const anom_alert *find(const anom_alert *v, size_t n, const char *kind)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(v[i].kind, kind))
			return &v[i];
	return NULL;
}

static void test_denial_streak_locks(void **state)
{
	(void)state;
	anom *a = mk(NULL);
	anom_alert out[ANOM_MAX_OUT];
	uint64_t seq = 100;
	for (int i = 0; i < 4; i++) {
		anom_event e = ev("user:corp/mallory", ANOM_DENY, seq++, T0 + i);
		assert_int_equal(observe(a, &e, out), 0);
	}
	anom_event ok = ev("user:corp/mallory", ANOM_ALLOW, seq++, T0 + 5);
	assert_int_equal(observe(a, &ok, out), 0); /* the allow resets the streak */
	/* Refusals before policy (locked, limited) neither count nor reset. */
	for (int i = 0; i < 4; i++) {
		anom_event e = ev("user:corp/mallory", ANOM_DENY, seq++, T0 + 10 + i);
		assert_int_equal(observe(a, &e, out), 0);
		anom_event r = ev("user:corp/mallory", ANOM_REFUSED, seq++, T0 + 10 + i);
		assert_int_equal(observe(a, &r, out), 0);
	}
	anom_event e = ev("user:corp/mallory", ANOM_DENY, 500, T0 + 20);
	assert_int_equal(observe(a, &e, out), 1);
	assert_string_equal(out[0].kind, ANOM_K_STREAK);
	assert_string_equal(out[0].subject, "user:corp/mallory");
	assert_int_equal(out[0].lock_s, 900);
	assert_int_equal(out[0].nseqs, 5);
	uint64_t want[] = {105, 107, 109, 111, 500};
	for (size_t i = 0; i < 5; i++)
		assert_int_equal(out[0].seqs[i], want[i]);
	assert_non_null(strstr(out[0].detail, "5 denials in a row"));
	/* The streak starts over after its alert. */
	e = ev("user:corp/mallory", ANOM_DENY, 501, T0 + 21);
	assert_int_equal(observe(a, &e, out), 0);
	/* A gap longer than streak_window_s restarts the count. */
	for (int i = 0; i < 3; i++) {
		e = ev("user:corp/mallory", ANOM_DENY, 502 + (uint64_t)i, T0 + 22 + (uint64_t)i);
		assert_int_equal(observe(a, &e, out), 0);
	}
	e = ev("user:corp/mallory", ANOM_DENY, 600, T0 + 22 + 601 + 3);
	assert_int_equal(observe(a, &e, out), 0);
	anom_free(a);
}

static void read_user(anom *a, const char *subject, const char *user, uint64_t seq, uint64_t now,
		      uint32_t threshold, anom_alert *out, size_t *n)
{
	anom_event e = ev(subject, ANOM_ALLOW, seq, now);
	e.user = user;
	e.bulk_threshold = threshold;
	*n = observe(a, &e, out);
}

static void test_bulk_access_threshold_with_seqs(void **state)
{
	(void)state;
	anom *a = mk(NULL);
	anom_alert out[ANOM_MAX_OUT];
	size_t n;
	char user[48];
	size_t alerts = 0;
	for (int i = 0; i < 50; i++) {
		snprintf(user, sizeof user, "u-%032d", i);
		/* every user twice: repeats are not new users */
		read_user(a, "user:corp/eve", user, 1000 + 2 * (uint64_t)i, T0 + (uint64_t)i, 0, out, &n);
		if (n) {
			assert_int_equal(i, 20); /* the 21st distinct user, threshold 20 */
			const anom_alert *al = find(out, n, ANOM_K_BULK);
			if (!al)
				fail_msg("no bulk alert");
			assert_int_equal(al->nseqs, 21);
			for (size_t k = 0; k < 21; k++)
				assert_int_equal(al->seqs[k], 1000 + 2 * k);
			assert_int_equal(al->lock_s, 900);
			assert_non_null(strstr(al->detail, "21 distinct end users"));
			assert_non_null(strstr(al->detail, "threshold 20"));
			alerts++;
		}
		read_user(a, "user:corp/eve", user, 1001 + 2 * (uint64_t)i, T0 + (uint64_t)i, 0, out, &n);
		assert_int_equal(n, 0);
	}
	assert_int_equal(alerts, 1); /* once per window */
	/* A role's own threshold replaces the default. */
	for (int i = 0; i < 50; i++) {
		snprintf(user, sizeof user, "u-%032d", i);
		read_user(a, "user:corp/auditor", user, 5000 + (uint64_t)i, T0, 100, out, &n);
		assert_int_equal(n, 0);
	}
	/* Next window: counting starts over. */
	for (int i = 0; i < 21; i++) {
		snprintf(user, sizeof user, "u-%032d", i);
		read_user(a, "user:corp/eve", user, 9000 + (uint64_t)i, T0 + 3600 + 60, 0, out, &n);
		assert_int_equal(n, i == 20 ? 1 : 0);
	}
	/* Denied reads, other actions and reads without a user do not count. */
	anom_event e = ev("user:corp/frank", ANOM_DENY, 1, T0);
	e.user = "u-x";
	observe(a, &e, out);
	anom_stats st;
	anom_get_stats(a, &st);
	assert_int_equal(st.bulk.used, 2); /* eve and auditor; frank was denied */
	anom_free(a);
}

static void off_thresholds(anom_conf *c)
{
	c->bulk_distinct_users = 0;
	c->bulk_lock = 0;
}

/* Far above its own baseline: 3 windows of about 4 users, then 25. */
static void test_bulk_access_baseline(void **state)
{
	(void)state;
	anom *a = mk(off_thresholds);
	anom_alert out[ANOM_MAX_OUT];
	size_t n;
	char user[48];
	uint64_t seq = 1;
	for (int w = 0; w < 3; w++)
		for (int i = 0; i < 4; i++) {
			snprintf(user, sizeof user, "u-%d", i + w);
			read_user(a, "user:corp/gina", user, seq++, T0 + (uint64_t)w * 3600 + (uint64_t)i, 0,
				  out, &n);
			assert_int_equal(n, 0);
		}
	size_t fired_at = 0;
	for (int i = 0; i < 30 && !fired_at; i++) {
		snprintf(user, sizeof user, "v-%d", i);
		read_user(a, "user:corp/gina", user, seq++, T0 + 3 * 3600 + (uint64_t)i, 0, out, &n);
		if (n) {
			fired_at = (size_t)i + 1;
			const anom_alert *al = find(out, n, ANOM_K_BULK);
			if (!al)
				fail_msg("no bulk alert");
			assert_non_null(strstr(al->detail, "baseline"));
			assert_int_equal(al->lock_s, 0); /* bulk_lock off */
			assert_int_equal(al->nseqs, fired_at);
		}
	}
	/* baseline 4 x factor 5 = 20: the 21st user fires. */
	assert_int_equal(fired_at, 21);
	/* Another subject with no history does not fire on the baseline. */
	for (int i = 0; i < 30; i++) {
		snprintf(user, sizeof user, "w-%d", i);
		read_user(a, "user:corp/hank", user, seq++, T0 + (uint64_t)i, 0, out, &n);
		assert_int_equal(n, 0);
	}
	anom_free(a);
}

/* Past the exact set: the estimate decides, the alert keeps the first 32
 * users' seqs and the trigger's. */
static void test_bulk_access_estimate(void **state)
{
	(void)state;
	anom *a = mk(NULL);
	anom_alert out[ANOM_MAX_OUT];
	size_t n;
	char user[48];
	int fired = -1;
	for (int i = 0; i < 200 && fired < 0; i++) {
		snprintf(user, sizeof user, "u-%d", i);
		read_user(a, "user:corp/ivy", user, 10 + (uint64_t)i, T0, 100, out, &n);
		if (n) {
			fired = i + 1;
			const anom_alert *al = find(out, n, ANOM_K_BULK);
			if (!al)
				fail_msg("no bulk alert");
			assert_int_equal(al->nseqs, 33);
			assert_int_equal(al->seqs[0], 10);
			assert_int_equal(al->seqs[31], 41);
			assert_int_equal(al->seqs[32], 10 + (uint64_t)i);
			assert_non_null(strstr(al->detail, "about "));
		}
	}
	/* True count at the alert: within 4 standard errors (26%) of 101. */
	assert_true(fired > 0);
	assert_true(fabs(fired - 101.0) <= 0.26 * 101);
	anom_free(a);
}

static void test_distinct_counter(void **state)
{
	(void)state;
	dc d;
	dc_reset(&d);
	assert_int_equal(sizeof d, 268);
	for (uint32_t i = 0; i < 32; i++) {
		assert_int_equal(dc_add(&d, i * 2654435761u), 1);
		assert_int_equal(dc_add(&d, i * 2654435761u), 0);
		assert_int_equal(dc_count(&d), i + 1);
		assert_false(dc_is_estimate(&d));
	}
	static const uint32_t ns[] = {40, 100, 500, 1000, 10000, 100000, 1000000};
	for (size_t k = 0; k < sizeof ns / sizeof ns[0]; k++) {
		dc_reset(&d);
		uint64_t x = 0x9e3779b97f4a7c15ULL * (k + 1);
		for (uint32_t i = 0; i < ns[k]; i++) {
			x ^= x >> 12, x ^= x << 25, x ^= x >> 27; /* xorshift64* */
			uint32_t h = (uint32_t)((x * 0x2545F4914F6CDD1DULL) >> 32);
			dc_add(&d, h);
			if (i % 7 == 0)
				dc_add(&d, h); /* repeats change nothing */
		}
		double err = fabs((double)dc_count(&d) - ns[k]) / ns[k];
		if (err > 0.26) /* 4 standard errors of 6.5% */
			fail_msg("n=%u: estimate %u, error %.1f%%", ns[k], dc_count(&d), err * 100);
		assert_true(dc_is_estimate(&d));
	}
}

static void test_off_hours_hold_glass_coalesced(void **state)
{
	(void)state;
	anom *a = mk(NULL);
	anom_alert out[ANOM_MAX_OUT];
	anom_event e = ev("user:corp/jo", ANOM_ALLOW, 7, T0);
	e.off_hours = 1;
	e.legal_hold = 1;
	e.purpose = "break-glass:pager 4711";
	size_t n = observe(a, &e, out);
	assert_int_equal(n, 3);
	const anom_alert *g = find(out, n, ANOM_K_BREAK_GLASS);
	if (!g)
		fail_msg("no break_glass alert");
	assert_int_equal(g->open_review, 1);
	assert_int_equal(g->nseqs, 1);
	assert_int_equal(g->seqs[0], 7);
	assert_non_null(strstr(g->detail, "pager 4711"));
	assert_non_null(find(out, n, ANOM_K_OFF_HOURS));
	assert_non_null(find(out, n, ANOM_K_HOLD));
	/* Within coalesce_s: break-glass again (each is reviewed), the others not. */
	e.seq = 8;
	e.now_s = T0 + 60;
	n = observe(a, &e, out);
	assert_int_equal(n, 1);
	assert_string_equal(out[0].kind, ANOM_K_BREAK_GLASS);
	e.seq = 9;
	e.now_s = T0 + 3600;
	e.purpose = NULL;
	n = observe(a, &e, out);
	assert_int_equal(n, 2);
	/* Denied: no off-hours or hold alert (nothing was read). */
	e.outcome = ANOM_DENY;
	e.now_s = T0 + 9000;
	assert_int_equal(observe(a, &e, out), 0);
	anom_stats st;
	anom_get_stats(a, &st);
	assert_int_equal(st.suppressed, 2);
	anom_free(a);
}

static void test_access_after_revocation(void **state)
{
	(void)state;
	anom *a = mk(NULL);
	anom_alert out[ANOM_MAX_OUT];
	/* No watch yet: nothing. */
	anom_event e = ev("user:corp/kim", ANOM_ALLOW, 1, T0);
	assert_int_equal(observe(a, &e, out), 0);
	/* An admin revokes kim, a jti and a certificate (allowed decisions). */
	const char *kinds[] = {"subject", "jti", "cert"};
	const char *vals[] = {"user:corp/kim", "jti-42", "ab12cd"};
	for (int i = 0; i < 3; i++) {
		anom_event r = ev("svc:admin-cli", ANOM_ALLOW, 10 + (uint64_t)i, T0 + 10);
		r.action = "revocation:write";
		r.revoked_kind = kinds[i];
		r.revoked_value = vals[i];
		assert_int_equal(observe(a, &r, out), 0);
	}
	/* A refused revocation starts no watch. */
	anom_event r = ev("user:corp/nobody", ANOM_DENY, 20, T0 + 10);
	r.revoked_kind = "subject";
	r.revoked_value = "user:corp/lee";
	observe(a, &r, out);
	e = ev("user:corp/lee", ANOM_ALLOW, 21, T0 + 20);
	assert_int_equal(observe(a, &e, out), 0);
	/* kim comes back, refused as revoked. */
	e = ev("user:corp/kim", ANOM_REFUSED, 30, T0 + 20);
	size_t n = observe(a, &e, out);
	assert_int_equal(n, 1);
	assert_string_equal(out[0].kind, ANOM_K_REVOKED);
	assert_int_equal(out[0].nseqs, 2);
	assert_int_equal(out[0].seqs[0], 10);
	assert_int_equal(out[0].seqs[1], 30);
	assert_non_null(strstr(out[0].detail, "still in use"));
	/* The revoked jti, from another subject, allowed (a cache that lagged). */
	e = ev("user:corp/mo", ANOM_ALLOW, 31, T0 + 30);
	e.token_jti = "jti-42";
	n = observe(a, &e, out);
	assert_int_equal(n, 1);
	assert_int_equal(out[0].seqs[0], 11);
	assert_non_null(strstr(out[0].detail, "had not taken effect"));
	/* The revoked certificate. */
	e = ev("svc:old", ANOM_REFUSED, 32, T0 + 40);
	e.cert_sha256 = "ab12cd";
	assert_int_equal(observe(a, &e, out), 1);
	/* After revocation_watch_s: nothing. */
	e = ev("user:corp/kim", ANOM_REFUSED, 40, T0 + 10 + 3600);
	assert_int_equal(observe(a, &e, out), 0);
	anom_free(a);
}

static void test_token_two_certificates(void **state)
{
	(void)state;
	anom *a = mk(NULL);
	anom_alert out[ANOM_MAX_OUT];
	anom_event e = ev("user:corp/nia", ANOM_ALLOW, 5, T0);
	e.token_id = "jti-1";
	e.cert_sha256 = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
	assert_int_equal(observe(a, &e, out), 0);
	e.seq = 6;
	assert_int_equal(observe(a, &e, out), 0); /* same pair again */
	e.seq = 7;
	e.cert_sha256 = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
	size_t n = observe(a, &e, out);
	assert_int_equal(n, 1);
	assert_string_equal(out[0].kind, ANOM_K_TOKEN_CERTS);
	assert_int_equal(out[0].nseqs, 2);
	assert_int_equal(out[0].seqs[0], 5);
	assert_int_equal(out[0].seqs[1], 7);
	assert_non_null(strstr(out[0].detail, "aaaaaaaaaaaaaaaa"));
	assert_non_null(strstr(out[0].detail, "bbbbbbbbbbbbbbbb"));
	e.seq = 8;
	assert_int_equal(observe(a, &e, out), 0); /* once per token */
	anom_free(a);
}

/* Memory is fixed; a flood of other subjects evicts neither a reader close
 * to its threshold nor a subject close to a lock. */
static void test_bounded_and_eviction_keeps_what_matters(void **state)
{
	(void)state;
	anom *a = mk(NULL);
	anom_stats st0, st;
	anom_get_stats(a, &st0);
	anom_alert out[ANOM_MAX_OUT];
	size_t n;
	char user[48], subj[48];
	for (int i = 0; i < 15; i++) {
		snprintf(user, sizeof user, "u-%d", i);
		read_user(a, "user:corp/heavy", user, 1 + (uint64_t)i, T0, 0, out, &n);
	}
	for (int i = 0; i < 4; i++) {
		anom_event e = ev("user:corp/near-lock", ANOM_DENY, 100 + (uint64_t)i, T0);
		observe(a, &e, out);
	}
	for (int i = 0; i < 200000; i++) {
		snprintf(subj, sizeof subj, "user:corp/s%d", i);
		read_user(a, subj, "u-0", 1000 + (uint64_t)i, T0 + 1, 0, out, &n);
		anom_event e = ev(subj, ANOM_DENY, 1000 + (uint64_t)i, T0 + 1);
		observe(a, &e, out);
	}
	anom_get_stats(a, &st);
	assert_int_equal(st.subjects.bytes, st0.subjects.bytes);
	assert_int_equal(st.bulk.bytes, st0.bulk.bytes);
	assert_true(st.bulk.evictions > 190000);
	for (int i = 15; i < 21; i++) {
		snprintf(user, sizeof user, "u-%d", i);
		read_user(a, "user:corp/heavy", user, 500 + (uint64_t)i, T0 + 2, 0, out, &n);
		assert_int_equal(n, i == 20 ? 1 : 0);
	}
	anom_event e = ev("user:corp/near-lock", ANOM_DENY, 999999, T0 + 2);
	assert_int_equal(observe(a, &e, out), 1);
	assert_string_equal(out[0].kind, ANOM_K_STREAK);
	anom_free(a);
}

struct worker {
	anom *a;
	int id;
	size_t alerts;
};

static void *worker_main(void *arg)
{
	struct worker *w = arg;
	anom_alert out[ANOM_MAX_OUT];
	char subj[48], user[32];
	for (int i = 0; i < 20000; i++) {
		snprintf(subj, sizeof subj, "user:corp/w%d-%d", w->id, i % 50);
		snprintf(user, sizeof user, "u-%d", i % 40);
		anom_event e = ev(i % 3 ? subj : "user:corp/shared", i % 4 ? ANOM_ALLOW : ANOM_DENY,
				  (uint64_t)i + 1, T0 + (uint64_t)(i / 100));
		e.user = user;
		e.token_id = i % 2 ? "shared-token" : NULL;
		e.cert_sha256 = w->id % 2 ? "c1" : "c2";
		size_t n = 0;
		anom_observe(w->a, &e, out, ANOM_MAX_OUT, &n);
		w->alerts += n;
	}
	return NULL;
}

static void test_threads(void **state)
{
	(void)state;
	anom *a = mk(NULL);
	pthread_t th[4];
	struct worker w[4];
	for (int i = 0; i < 4; i++) {
		w[i] = (struct worker){.a = a, .id = i};
		pthread_create(&th[i], NULL, worker_main, &w[i]);
	}
	size_t total = 0;
	for (int i = 0; i < 4; i++) {
		pthread_join(th[i], NULL);
		total += w[i].alerts;
	}
	anom_stats st;
	anom_get_stats(a, &st);
	assert_int_equal(st.events, 80000);
	assert_true(total > 0);
	anom_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_denial_streak_locks),
		cmocka_unit_test(test_bulk_access_threshold_with_seqs),
		cmocka_unit_test(test_bulk_access_baseline),
		cmocka_unit_test(test_bulk_access_estimate),
		cmocka_unit_test(test_distinct_counter),
		cmocka_unit_test(test_off_hours_hold_glass_coalesced),
		cmocka_unit_test(test_access_after_revocation),
		cmocka_unit_test(test_token_two_certificates),
		cmocka_unit_test(test_bounded_and_eviction_keeps_what_matters),
		cmocka_unit_test(test_threads),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
