/* gateway/detect/ratelimit.c and dtab.c: the [limits] grammar, token
 * buckets with an injected clock (burst, refill, Retry-After, a lowered
 * burst), the keyed hash against SipHash's reference vectors, memory that
 * does not grow with the number of subjects, eviction that takes full
 * buckets first and never frees a throttled subject while idle buckets
 * remain, and many threads on one table (run under TSan by make test
 * TSAN=1). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "ratelimit.h"

#define SEC 1000000ULL

static void test_parse(void **state)
{
	(void)state;
	rl_limit l;
	const char *why;
	assert_int_equal(rl_parse("10/s burst 50", &l, &why), 0);
	assert_true(l.rate == 10 && l.burst == 50);
	assert_int_equal(rl_parse("  600/m", &l, &why), 0);
	assert_true(l.rate == 10 && l.burst == 10);
	assert_int_equal(rl_parse("1/h", &l, &why), 0);
	assert_true(l.rate > 0.000277 && l.rate < 0.000278 && l.burst == 1);
	assert_int_equal(rl_parse("0.5/s burst 3 ", &l, &why), 0);
	assert_true(l.rate == 0.5 && l.burst == 3);
	assert_int_equal(rl_parse("off", &l, &why), 0);
	assert_true(l.rate == 0);
	assert_int_equal(rl_parse("unlimited", &l, &why), 0);
	static const char *const bad[] = {
		"", "10", "10/d", "-1/s", "0/s", "1e3/s", "10/s burst", "10/s burst 0",
		"10/s burst 2.5", "10/s bursts 5", "10/s burst 5 6", "1.2.3/s", "nan/s",
		"10000000/s", "10/s burst 123456789", "/s", "10 /s",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		why = NULL;
		if (rl_parse(bad[i], &l, &why) != -1 || !why)
			fail_msg("accepted '%s'", bad[i]);
	}
}

static void test_bucket_burst_refill_retry_after(void **state)
{
	(void)state;
	rl *t = rl_create(0, NULL);
	assert_non_null(t);
	rl_limit lim = {.rate = 2, .burst = 5};
	uint64_t now = 1000 * SEC, retry = 0;
	for (int i = 0; i < 5; i++)
		assert_int_equal(rl_take(t, "user:corp/a", "conversation:read", lim, now, &retry), 1);
	assert_int_equal(rl_take(t, "user:corp/a", "conversation:read", lim, now, &retry), 0);
	assert_int_equal(retry, 500); /* half a second to the next token at 2/s */
	assert_int_equal(rl_retry_after_s(retry), 1);
	/* Other actions and subjects have buckets of their own. */
	assert_int_equal(rl_take(t, "user:corp/a", "conversation:list", lim, now, &retry), 1);
	assert_int_equal(rl_take(t, "user:corp/b", "conversation:read", lim, now, &retry), 1);
	/* 0.4 s later: 0.8 tokens; still refused, 100 ms to go. */
	assert_int_equal(rl_take(t, "user:corp/a", "conversation:read", lim, now + 400000, &retry), 0);
	assert_int_equal(retry, 100);
	assert_int_equal(rl_take(t, "user:corp/a", "conversation:read", lim, now + 500000, &retry), 1);
	/* After a long pause the bucket holds burst tokens, not more. */
	now += 3600 * SEC;
	for (int i = 0; i < 5; i++)
		assert_int_equal(rl_take(t, "user:corp/a", "conversation:read", lim, now, NULL), 1);
	assert_int_equal(rl_take(t, "user:corp/a", "conversation:read", lim, now, NULL), 0);
	/* A lowered burst (policy change) cuts a full bucket down. */
	now += 3600 * SEC;
	rl_limit low = {.rate = 1, .burst = 2};
	assert_int_equal(rl_take(t, "user:corp/a", "conversation:read", low, now, NULL), 1);
	assert_int_equal(rl_take(t, "user:corp/a", "conversation:read", low, now, NULL), 1);
	assert_int_equal(rl_take(t, "user:corp/a", "conversation:read", low, now, &retry), 0);
	assert_int_equal(retry, 1000);
	/* A slow rate: Retry-After rounds up to whole seconds. */
	rl_limit slow = {.rate = 1.0 / 90, .burst = 1};
	assert_int_equal(rl_take(t, "svc:x", "user:export", slow, now, NULL), 1);
	assert_int_equal(rl_take(t, "svc:x", "user:export", slow, now + SEC, &retry), 0);
	assert_int_equal(rl_retry_after_s(retry), 89);
	/* rate 0: unlimited, no bucket at all. */
	rl_stats st;
	rl_get_stats(t, &st);
	size_t used = st.tab.used;
	rl_limit off = {0, 0};
	for (int i = 0; i < 1000; i++)
		assert_int_equal(rl_take(t, "svc:y", "authorize", off, now, NULL), 1);
	rl_get_stats(t, &st);
	assert_int_equal(st.tab.used, used);
	/* A clock that steps back gives nothing away. */
	assert_int_equal(rl_take(t, "svc:x", "user:export", slow, now - 100 * SEC, NULL), 0);
	rl_free(t);
}

/* SipHash-2-4 reference vectors (Aumasson & Bernstein, vectors.h): key
 * 00..0f, message 00..(n-1). */
static void test_siphash_vectors(void **state)
{
	(void)state;
	uint8_t key[16], msg[64];
	for (int i = 0; i < 16; i++)
		key[i] = (uint8_t)i;
	for (int i = 0; i < 64; i++)
		msg[i] = (uint8_t)i;
	assert_true(dtab_siphash(key, msg, 0) == 0x726fdb47dd0e0e31ULL);
	assert_true(dtab_siphash(key, msg, 1) == 0x74f839c593dc67fdULL);
	assert_true(dtab_siphash(key, msg, 8) == 0x93f5f5799a932462ULL);
	assert_true(dtab_siphash(key, msg, 15) == 0xa129ca6149be45e5ULL);
	assert_true(dtab_siphash(key, msg, 63) == 0x958a324ceb064572ULL);
}

/* Memory is fixed at create: a million subjects later it is the same. */
static void test_memory_is_bounded(void **state)
{
	(void)state;
	rl *t = rl_create(4096, NULL);
	rl_stats st;
	rl_get_stats(t, &st);
	size_t bytes = st.tab.bytes;
	assert_true(bytes < 4096 * 64 + 16384);
	rl_limit lim = {.rate = 1, .burst = 3};
	char subj[64];
	for (int i = 0; i < 1000000; i++) {
		snprintf(subj, sizeof subj, "user:corp/u%d", i);
		rl_take(t, subj, "conversation:read", lim, (uint64_t)i * 1000, NULL);
	}
	rl_get_stats(t, &st);
	assert_int_equal(st.tab.bytes, bytes);
	assert_int_equal(st.tab.capacity, 4096);
	assert_true(st.tab.used <= 4096);
	assert_true(st.tab.evictions >= 1000000 - 4096);
	rl_free(t);
}

/* A throttled subject keeps its empty bucket while a flood of new subjects
 * passes through its set: the flood's buckets are fuller and go first. */
static void test_eviction_prefers_full_buckets(void **state)
{
	(void)state;
	uint8_t key[16] = {1, 2, 3};
	rl *t = rl_create(DTAB_MIN_CAPACITY, key); /* 64 sets of 8 */
	rl_limit lim = {.rate = 1, .burst = 10};
	uint64_t now = 100 * SEC, retry;
	/* The victim empties its bucket. */
	for (int i = 0; i < 10; i++)
		assert_int_equal(rl_take(t, "user:corp/victim", "conversation:read", lim, now, NULL), 1);
	assert_int_equal(rl_take(t, "user:corp/victim", "conversation:read", lim, now, NULL), 0);
	/* 100,000 others, one request each (9 of 10 tokens left: fuller). */
	char subj[64];
	for (int i = 0; i < 100000; i++) {
		snprintf(subj, sizeof subj, "user:corp/flood%d", i);
		rl_take(t, subj, "conversation:read", lim, now, NULL);
	}
	/* Still throttled: its bucket was never the one evicted. */
	assert_int_equal(rl_take(t, "user:corp/victim", "conversation:read", lim, now, &retry), 0);
	assert_int_equal(retry, 1000);
	rl_stats st;
	rl_get_stats(t, &st);
	/* Every eviction took a bucket that was not full (all were refilling),
	 * yet each took the fullest available: counted, never the victim. */
	assert_true(st.tab.evictions > 90000);
	/* Once the others have refilled (full: lossless), evictions of them
	 * cost nothing: 100 newcomers over 64 sets never fill a set with
	 * refilling buckets of their own (that takes 9 in one set). */
	uint64_t before = st.evicted_unfull;
	now += 20 * SEC;
	for (int i = 0; i < 100; i++) {
		snprintf(subj, sizeof subj, "user:corp/later%d", i);
		rl_take(t, subj, "conversation:read", lim, now, NULL);
	}
	rl_get_stats(t, &st);
	assert_int_equal(st.evicted_unfull, before);
	rl_free(t);
}

struct worker {
	rl *t;
	int id;
	int allowed;
};

static void *hammer(void *arg)
{
	struct worker *w = arg;
	rl_limit lim = {.rate = 1000, .burst = 100};
	char subj[64];
	for (int i = 0; i < 20000; i++) {
		/* A shared subject (contended) and private ones. */
		if (i % 2)
			snprintf(subj, sizeof subj, "svc:shared");
		else
			snprintf(subj, sizeof subj, "user:corp/t%d-%d", w->id, i % 5000);
		w->allowed += rl_take(w->t, subj, "conversation:read", lim, 5 * SEC, NULL);
	}
	return NULL;
}

/* Four threads at one clock instant: the shared subject gets exactly its
 * burst, whatever the interleaving. */
static void test_threads(void **state)
{
	(void)state;
	rl *t = rl_create(1 << 16, NULL);
	pthread_t th[4];
	struct worker w[4];
	for (int i = 0; i < 4; i++) {
		w[i] = (struct worker){.t = t, .id = i};
		pthread_create(&th[i], NULL, hammer, &w[i]);
	}
	int total = 0;
	for (int i = 0; i < 4; i++) {
		pthread_join(th[i], NULL);
		total += w[i].allowed;
	}
	/* Private subjects: 4 x 5000 buckets of 100, 2 requests each: all
	 * allowed (10000 per thread); shared: exactly 100 of 40000. */
	assert_int_equal(total, 4 * 10000 + 100);
	rl_stats st;
	rl_get_stats(t, &st);
	assert_int_equal(st.allowed + st.limited, 80000);
	rl_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_bucket_burst_refill_retry_after),
		cmocka_unit_test(test_siphash_vectors),
		cmocka_unit_test(test_memory_is_bounded),
		cmocka_unit_test(test_eviction_prefers_full_buckets),
		cmocka_unit_test(test_threads),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
