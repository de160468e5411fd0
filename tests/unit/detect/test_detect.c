/* Unit tests for gateway/detect/detect.c, the facade: which recorded entries
 * raise which alerts (break-glass with its review, one denial burst per
 * window, a denial streak that locks, audit failures coalesced), locks that
 * survive a reopen, limits from a role or the configuration, paging. A real
 * LMDB environment in a temporary directory (db/). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db.h"
#include "detect.h"
#include "errors.h"
#include "policy.h"

struct fx {
	char dir[64];
	db_env *env;
	dconf c;
	detect *d;
};

static void open_all(struct fx *f)
{
	char err[300] = "";
	db_env_opts o = {.dir = f->dir};
	assert_int_equal(db_env_open(&o, &f->env, err, sizeof err), 0);
	int rc = detect_open(&f->c, f->env, &f->d, err, sizeof err);
	if (rc)
		fail_msg("detect_open: %s", err);
}

static void close_all(struct fx *f)
{
	detect_close(f->d);
	f->d = NULL;
	db_env_close(f->env);
	f->env = NULL;
}

static int setup(void **state)
{
	struct fx *f = calloc(1, sizeof *f);
	snprintf(f->dir, sizeof f->dir, "/tmp/custos-detect-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	dconf_defaults(&f->c);
	f->c.anom.denial_streak = 3;
	open_all(f);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;
	close_all(f);
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf %s", f->dir);
	assert_int_equal(system(cmd), 0);
	dconf_free(&f->c);
	free(f);
	return 0;
}

static void observe(detect *d, uint64_t seq, const char *decision, const char *subject,
		    const char *purpose)
{
	json_t *e = json_pack("{s:s,s:s,s:s,s:s,s:s,s:s?}", "decision", decision, "subject",
			      subject, "action", "conversation:read", "resource",
			      "conversation/c-1", "request_id", "r-1", "purpose", purpose);
	detect_obs o = {.entry = e, .seq = seq};
	detect_observe(d, &o);
	json_decref(e);
}

/* The alerts of kind (NULL: all), a new array. */
static json_t *alerts_of(detect *d, const char *kind)
{
	json_t *arr = NULL;
	uint64_t next = 0;
	assert_int_equal(detect_alerts(d, 0, kind, 100, &arr, &next), 0);
	return arr;
}

static void test_break_glass_opens_a_review(void **state)
{
	struct fx *f = *state;
	observe(f->d, 7, "allow", "user:corp/rita", "break-glass:outage 42");
	observe(f->d, 8, "deny", "user:corp/rob", "break-glass:x"); /* not an access */
	json_t *a = alerts_of(f->d, "break_glass");
	assert_int_equal(json_array_size(a), 1);
	json_t *al = json_array_get(a, 0);
	assert_string_equal(json_string_value(json_object_get(al, "subject")), "user:corp/rita");
	assert_int_equal(json_integer_value(json_array_get(json_object_get(al, "seqs"), 0)), 7);
	assert_non_null(strstr(json_string_value(json_object_get(al, "detail")), "(request r-1)"));
	json_int_t review = json_integer_value(json_object_get(al, "review"));
	assert_true(review > 0);
	json_decref(a);

	json_t *item = NULL;
	assert_int_equal(detect_review_close(f->d, (uint64_t)review, "user:corp/rita",
					     "acknowledged", NULL, NULL),
			 DETECT_E_SELF);
	assert_int_equal(detect_review_close(f->d, (uint64_t)review, "user:corp/ravi",
					     "acknowledged", "ok", &item),
			 0);
	assert_string_equal(json_string_value(json_object_get(item, "reviewer")),
			    "user:corp/ravi");
	json_decref(item);
	assert_int_equal(detect_review_close(f->d, (uint64_t)review, "user:corp/ravi",
					     "escalated", NULL, NULL),
			 DETECT_E_CLOSED);
	assert_int_equal(detect_review_close(f->d, 999, "user:corp/ravi", "escalated", NULL, NULL),
			 DB_E_NOTFOUND);
}

static void test_a_streak_locks_and_locks_survive_a_reopen(void **state)
{
	struct fx *f = *state;
	observe(f->d, 1, "deny", "user:corp/bob", NULL);
	observe(f->d, 2, "deny", "user:corp/bob", NULL);
	assert_false(detect_locked(f->d, "user:corp/bob", NULL));
	observe(f->d, 3, "deny", "user:corp/bob", NULL);
	uint64_t until = 0;
	assert_true(detect_locked(f->d, "user:corp/bob", &until));
	assert_true(until > 0);
	json_t *a = alerts_of(f->d, "denial_streak");
	assert_int_equal(json_array_size(a), 1);
	assert_int_equal(json_array_size(json_object_get(json_array_get(a, 0), "seqs")), 3);
	json_decref(a);
	/* an admin lock without an end, then a restart */
	assert_int_equal(detect_lock(f->d, "svc:batch", 0, "case 9", "svc:admin-cli"), 0);
	assert_int_equal(detect_lock(f->d, "", 0, "x", "y"), CUSTOS_E_ARG);
	close_all(f);
	open_all(f);
	assert_true(detect_locked(f->d, "user:corp/bob", NULL));
	assert_true(detect_locked(f->d, "svc:batch", &until));
	assert_int_equal(until, 0);
	json_t *l = detect_locks_json(f->d);
	assert_int_equal(json_array_size(l), 2);
	json_decref(l);
	assert_int_equal(detect_unlock(f->d, "user:corp/bob"), 0);
	assert_int_equal(detect_unlock(f->d, "user:corp/bob"), DB_E_NOTFOUND);
	assert_false(detect_locked(f->d, "user:corp/bob", NULL));
	close_all(f);
	open_all(f);
	assert_false(detect_locked(f->d, "user:corp/bob", NULL));
	assert_true(detect_locked(f->d, "svc:batch", NULL));
	/* the alerts are durable too */
	a = alerts_of(f->d, NULL);
	assert_int_equal(json_array_size(a), 1);
	json_decref(a);
}

static void test_one_burst_alert_per_window(void **state)
{
	struct fx *f = *state;
	f->c.anom.denial_streak = 0;
	close_all(f);
	open_all(f);
	for (int i = 0; i < DETECT_BURST_N - 1; i++)
		observe(f->d, (uint64_t)i + 1, "deny", "svc:walker", NULL);
	json_t *a = alerts_of(f->d, "denial_burst");
	assert_int_equal(json_array_size(a), 0);
	json_decref(a);
	for (int i = 0; i < 5; i++)
		observe(f->d, 100 + (uint64_t)i, "deny", "svc:walker", NULL);
	a = alerts_of(f->d, "denial_burst");
	assert_int_equal(json_array_size(a), 1);
	json_t *seqs = json_object_get(json_array_get(a, 0), "seqs");
	assert_int_equal(json_array_size(seqs), DETECT_BURST_N);
	assert_int_equal(json_integer_value(json_array_get(seqs, DETECT_BURST_N - 1)), 100);
	json_decref(a);
	/* refusals (a lock, a limit) are not denials */
	for (int i = 0; i < 20; i++) {
		json_t *e = json_pack("{s:s,s:s,s:s,s:s}", "decision", "deny", "subject", "svc:x",
				      "reason", "rate_limited", "action", "authorize");
		detect_obs o = {.entry = e, .seq = 200 + (uint64_t)i};
		detect_observe(f->d, &o);
		json_decref(e);
	}
	a = alerts_of(f->d, "denial_burst");
	assert_int_equal(json_array_size(a), 1);
	json_decref(a);
}

static void test_audit_failures_coalesce(void **state)
{
	struct fx *f = *state;
	for (int i = 0; i < 5; i++)
		detect_record_failed(f->d, "svc:a", "r-9", AUDIT_E_UNAVAILABLE);
	json_t *a = alerts_of(f->d, "audit_unavailable");
	assert_int_equal(json_array_size(a), 1);
	assert_non_null(strstr(json_string_value(json_object_get(json_array_get(a, 0), "detail")),
			       "r-9"));
	json_decref(a);
}

static void test_limits_from_the_role_or_the_config(void **state)
{
	struct fx *f = *state;
	uint64_t retry = 0;
	/* [limits] authorize = 0.6/m burst 2 */
	for (size_t i = 0; i < pol_action_count(); i++)
		if (!strcmp(pol_action_name(i), "authorize")) {
			f->c.limits[i] = (rl_limit){.rate = 0.01, .burst = 2};
			f->c.limit_set[i] = 1;
		}
	close_all(f);
	open_all(f);
	assert_false(detect_limit(f->d, "svc:a", "authorize", 0, 0, 0, &retry));
	assert_false(detect_limit(f->d, "svc:a", "authorize", 0, 0, 0, &retry));
	assert_true(detect_limit(f->d, "svc:a", "authorize", 0, 0, 0, &retry));
	assert_true(retry >= 99);
	/* another action falls back to the default (100/s burst 200) */
	assert_false(detect_limit(f->d, "svc:a", "audit:read", 0, 0, 0, &retry));
	/* a role's limit for another subject */
	assert_false(detect_limit(f->d, "svc:b", "authorize", 1, 0.01, 1, &retry));
	assert_true(detect_limit(f->d, "svc:b", "authorize", 1, 0.01, 1, &retry));
	assert_true(retry >= 99);
	/* a role's unlimited (rate 0) */
	for (int i = 0; i < 500; i++)
		assert_false(detect_limit(f->d, "svc:c", "authorize", 1, 0, 0, &retry));
}

static void test_alerts_page(void **state)
{
	struct fx *f = *state;
	for (int i = 0; i < 5; i++)
		observe(f->d, (uint64_t)i + 1, "allow", "user:corp/p", "break-glass:drill");
	json_t *arr = NULL;
	uint64_t next = 0;
	assert_int_equal(detect_alerts(f->d, 0, NULL, 2, &arr, &next), 0);
	assert_int_equal(json_array_size(arr), 2);
	assert_int_equal(next, 2);
	json_decref(arr);
	assert_int_equal(detect_alerts(f->d, next, "break_glass", 10, &arr, &next), 0);
	assert_int_equal(json_array_size(arr), 3);
	json_decref(arr);
	char buf[8192];
	size_t n = detect_metrics(f->d, buf, sizeof buf - 1);
	buf[n] = '\0';
	assert_non_null(strstr(buf, "custos_alerts_total{kind=\"break_glass\"} 5"));
	assert_non_null(strstr(buf, "custos_reviews_open 5"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_break_glass_opens_a_review, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_streak_locks_and_locks_survive_a_reopen,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_one_burst_alert_per_window, setup, teardown),
		cmocka_unit_test_setup_teardown(test_audit_failures_coalesce, setup, teardown),
		cmocka_unit_test_setup_teardown(test_limits_from_the_role_or_the_config, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_alerts_page, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
