/* gateway/detect/dstore.c and locks.c on a real LMDB environment in a temp
 * directory: alerts paged and filtered, pruned past max_alerts; delivery
 * cursors; locks stored, removed and loaded back after the environment is
 * closed and reopened (a restart); break-glass reviews (the user who broke
 * the glass cannot close it, a second close conflicts, overdue items are
 * reported once and counted); a full map fails cleanly. The in-memory lock
 * table: expiry, replace, the cap, JSON and time round trips. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <lmdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dstore.h"
#include "locks.h"

#define TESTDIR_NAME "dstore"
#include "../testdir.h"

static MDB_env *env_open(size_t map)
{
	MDB_env *env;
	assert_int_equal(mdb_env_create(&env), 0);
	assert_int_equal(mdb_env_set_maxdbs(env, 16), 0);
	assert_int_equal(mdb_env_set_mapsize(env, map), 0);
	assert_int_equal(mdb_env_open(env, dir, MDB_NOTLS, 0600), 0);
	return env;
}

static json_t *alert(const char *kind, int n)
{
	return json_pack("{s:s,s:s,s:i}", "kind", kind, "subject", "user:corp/x", "n", n);
}

static void test_alerts_paging_filter_prune(void **state)
{
	(void)state;
	MDB_env *env = env_open(1 << 24);
	dstore *ds;
	dstore_conf c = {.max_alerts = 50};
	char err[256];
	assert_int_equal(dstore_open(env, &c, &ds, err, sizeof err), 0);
	uint64_t last = 0;
	assert_int_equal(dstore_alerts_last_id(ds, &last), 0);
	assert_int_equal(last, 0);
	json_t *batch[30];
	for (int i = 0; i < 30; i++)
		batch[i] = alert(i % 3 ? "bulk_access" : "denial_streak", i);
	size_t pruned = 9;
	assert_int_equal(dstore_alerts_append(ds, batch, 30, &last, &pruned), 0);
	assert_int_equal(last, 30);
	assert_int_equal(pruned, 0);
	assert_int_equal(json_integer_value(json_object_get(batch[4], "id")), 5);
	for (int i = 0; i < 30; i++)
		json_decref(batch[i]);
	json_t *arr;
	uint64_t next;
	assert_int_equal(dstore_alerts_list(ds, 0, NULL, 10, &arr, &next), 0);
	assert_int_equal(json_array_size(arr), 10);
	assert_int_equal(next, 10);
	assert_int_equal(json_integer_value(json_object_get(json_array_get(arr, 0), "id")), 1);
	json_decref(arr);
	assert_int_equal(dstore_alerts_list(ds, 10, "denial_streak", 100, &arr, &next), 0);
	assert_int_equal(json_array_size(arr), 6); /* ids 13, 16, ..., 28 (i % 3 == 0) */
	assert_int_equal(json_integer_value(json_object_get(json_array_get(arr, 0), "id")), 13);
	assert_int_equal(next, 30);
	json_decref(arr);
	assert_int_equal(dstore_alerts_list(ds, 30, NULL, 10, &arr, &next), 0);
	assert_int_equal(json_array_size(arr), 0);
	assert_int_equal(next, 30);
	json_decref(arr);
	/* Past max_alerts the oldest go. */
	for (int i = 0; i < 30; i++)
		batch[i] = alert("off_hours", i);
	assert_int_equal(dstore_alerts_append(ds, batch, 30, &last, &pruned), 0);
	for (int i = 0; i < 30; i++)
		json_decref(batch[i]);
	assert_int_equal(last, 60);
	assert_int_equal(pruned, 10);
	assert_int_equal(dstore_alerts_list(ds, 0, NULL, 1, &arr, &next), 0);
	assert_int_equal(json_integer_value(json_object_get(json_array_get(arr, 0), "id")), 11);
	json_decref(arr);
	/* Cursors: absent, then stored. */
	uint64_t cur = 5;
	assert_int_equal(dstore_cursor_get(ds, "webhook", &cur), DSTORE_E_NOTFOUND);
	assert_int_equal(cur, 0);
	assert_int_equal(dstore_cursor_set(ds, "webhook", 42), 0);
	assert_int_equal(dstore_cursor_get(ds, "webhook", &cur), 0);
	assert_int_equal(cur, 42);
	assert_int_equal(dstore_cursor_set(ds, "", 1), DSTORE_E_ARG);
	dstore_close(ds);
	mdb_env_close(env);

	/* Reopened (a restart): ids continue, nothing lost. */
	env = env_open(1 << 24);
	assert_int_equal(dstore_open(env, &c, &ds, err, sizeof err), 0);
	assert_int_equal(dstore_alerts_last_id(ds, &last), 0);
	assert_int_equal(last, 60);
	assert_int_equal(dstore_cursor_get(ds, "webhook", &cur), 0);
	assert_int_equal(cur, 42);
	json_t *one = alert("x", 1);
	assert_int_equal(dstore_alerts_append(ds, &one, 1, &last, NULL), 0);
	assert_int_equal(last, 61);
	json_decref(one);
	dstore_close(ds);
	mdb_env_close(env);
}

static void test_locks_survive_restart(void **state)
{
	(void)state;
	MDB_env *env = env_open(1 << 24);
	dstore *ds;
	dstore_conf c = {.max_locks = 2};
	assert_int_equal(dstore_open(env, &c, &ds, NULL, 0), 0);
	lock_entry e = {.since_s = 1000, .until_s = 2000};
	snprintf(e.principal, sizeof e.principal, "user:corp/a");
	snprintf(e.reason, sizeof e.reason, "5 denials in a row");
	snprintf(e.by, sizeof e.by, "custos:denial_streak");
	json_t *j = locks_entry_json(&e);
	assert_int_equal(dstore_lock_put(ds, e.principal, j), 0);
	assert_int_equal(dstore_lock_put(ds, e.principal, j), 0); /* replace */
	assert_int_equal(dstore_lock_put(ds, "user:corp/b", j), 0);
	assert_int_equal(dstore_lock_put(ds, "user:corp/c", j), DSTORE_E_LIMIT);
	json_decref(j);
	assert_int_equal(dstore_lock_delete(ds, "user:corp/b"), 0);
	assert_int_equal(dstore_lock_delete(ds, "user:corp/b"), DSTORE_E_NOTFOUND);
	dstore_close(ds);
	mdb_env_close(env);

	env = env_open(1 << 24);
	assert_int_equal(dstore_open(env, &c, &ds, NULL, 0), 0);
	json_t *arr;
	assert_int_equal(dstore_locks_load(ds, &arr), 0);
	assert_int_equal(json_array_size(arr), 1);
	lock_entry back;
	assert_int_equal(locks_entry_from_json(json_array_get(arr, 0), &back), 0);
	assert_string_equal(back.principal, "user:corp/a");
	assert_int_equal(back.since_s, 1000);
	assert_int_equal(back.until_s, 2000);
	assert_string_equal(back.by, "custos:denial_streak");
	json_decref(arr);
	dstore_close(ds);
	mdb_env_close(env);
}

static json_t *glass(const char *subject)
{
	return json_pack("{s:s,s:s,s:s,s:I}", "subject", subject, "action", "conversation:read",
			 "purpose", "break-glass:outage", "seq", (json_int_t)77);
}

static void test_reviews(void **state)
{
	(void)state;
	MDB_env *env = env_open(1 << 24);
	dstore *ds;
	dstore_conf c = {.max_reviews = 3};
	assert_int_equal(dstore_open(env, &c, &ds, NULL, 0), 0);
	uint64_t id1, id2, id3, open, overdue;
	json_t *g = glass("user:corp/alice");
	assert_int_equal(dstore_review_open(ds, g, 1000, &id1), 0);
	assert_int_equal(id1, 1);
	assert_string_equal(json_string_value(json_object_get(g, "state")), "open");
	json_decref(g);
	g = glass("user:corp/alice");
	assert_int_equal(dstore_review_open(ds, g, 2000, &id2), 0);
	json_decref(g);
	g = glass("user:corp/bob");
	assert_int_equal(dstore_review_open(ds, g, 500, &id3), 0);
	json_decref(g);
	g = glass("user:corp/bob");
	assert_int_equal(dstore_review_open(ds, g, 500, NULL), DSTORE_E_LIMIT);
	json_decref(g);
	assert_int_equal(dstore_review_counts(ds, 0, &open, &overdue), 0);
	assert_int_equal(open, 3);
	assert_int_equal(overdue, 0);

	/* Its own user cannot close it; another can, once. */
	json_t *item;
	assert_int_equal(dstore_review_close(ds, id1, "user:corp/alice", "acknowledged", NULL,
					     "2026-01-01T00:00:00Z", &item),
			 DSTORE_E_SELF);
	assert_int_equal(dstore_review_close(ds, id1, "user:corp/carol", "rejected", NULL,
					     "2026-01-01T00:00:00Z", &item),
			 DSTORE_E_ARG);
	assert_int_equal(dstore_review_close(ds, id1, "user:corp/carol", "acknowledged", "ok",
					     "2026-01-01T00:00:00Z", &item),
			 0);
	assert_string_equal(json_string_value(json_object_get(item, "state")), "acknowledged");
	assert_string_equal(json_string_value(json_object_get(item, "reviewer")), "user:corp/carol");
	json_decref(item);
	assert_int_equal(dstore_review_close(ds, id1, "user:corp/dave", "escalated", NULL,
					     "2026-01-01T00:00:00Z", NULL),
			 DSTORE_E_CONFLICT);
	assert_int_equal(dstore_review_close(ds, 99, "user:corp/dave", "escalated", NULL,
					     "2026-01-01T00:00:00Z", NULL),
			 DSTORE_E_NOTFOUND);

	/* Due at 1500: only id3 (500); id1 closed. Reported once. */
	json_t *due;
	assert_int_equal(dstore_reviews_due(ds, 1500, 10, &due), 0);
	assert_int_equal(json_array_size(due), 1);
	assert_int_equal(json_integer_value(json_object_get(json_array_get(due, 0), "id")), id3);
	assert_true(json_is_true(json_object_get(json_array_get(due, 0), "overdue")));
	json_decref(due);
	assert_int_equal(dstore_reviews_due(ds, 1500, 10, &due), 0);
	assert_int_equal(json_array_size(due), 0);
	json_decref(due);
	assert_int_equal(dstore_review_counts(ds, 1500, &open, &overdue), 0);
	assert_int_equal(open, 2);
	assert_int_equal(overdue, 1);

	/* Lists: open ones by id, closed ones newest first. */
	json_t *arr;
	uint64_t next;
	assert_int_equal(dstore_reviews_list(ds, "open", 0, 10, &arr, &next), 0);
	assert_int_equal(json_array_size(arr), 2);
	assert_int_equal(json_integer_value(json_object_get(json_array_get(arr, 0), "id")), id2);
	assert_int_equal(next, 0);
	json_decref(arr);
	assert_int_equal(dstore_reviews_list(ds, "open", 0, 1, &arr, &next), 0);
	assert_int_equal(json_array_size(arr), 1);
	assert_int_equal(next, id2);
	json_decref(arr);
	assert_int_equal(dstore_reviews_list(ds, "open", next, 1, &arr, &next), 0);
	assert_int_equal(json_integer_value(json_object_get(json_array_get(arr, 0), "id")), id3);
	json_decref(arr);
	assert_int_equal(dstore_reviews_list(ds, "closed", 0, 10, &arr, &next), 0);
	assert_int_equal(json_array_size(arr), 1);
	assert_int_equal(json_integer_value(json_object_get(json_array_get(arr, 0), "id")), id1);
	json_decref(arr);
	assert_int_equal(dstore_reviews_list(ds, "closed", id2, 10, &arr, &next), 0);
	assert_int_equal(json_array_size(arr), 1);
	json_decref(arr);
	assert_int_equal(dstore_reviews_list(ds, "bogus", 0, 10, &arr, &next), DSTORE_E_ARG);

	/* Closing an overdue one brings both counters down. */
	assert_int_equal(dstore_review_close(ds, id3, "user:corp/carol", "escalated", NULL,
					     "2026-01-01T00:00:00Z", NULL),
			 0);
	assert_int_equal(dstore_review_counts(ds, 1500, &open, &overdue), 0);
	assert_int_equal(open, 1);
	assert_int_equal(overdue, 0);
	dstore_close(ds);
	mdb_env_close(env);

	/* A restart keeps it all. */
	env = env_open(1 << 24);
	assert_int_equal(dstore_open(env, &c, &ds, NULL, 0), 0);
	assert_int_equal(dstore_review_get(ds, id3, &item), 0);
	assert_string_equal(json_string_value(json_object_get(item, "state")), "escalated");
	json_decref(item);
	assert_int_equal(dstore_review_counts(ds, 1500, &open, &overdue), 0);
	assert_int_equal(open, 1);
	dstore_close(ds);
	mdb_env_close(env);
}

/* A map too small for the batch: DSTORE_E_FULL and nothing half-written. */
static void test_map_full(void **state)
{
	(void)state;
	MDB_env *env = env_open(64 * 1024);
	dstore *ds;
	int rc = dstore_open(env, NULL, &ds, NULL, 0);
	if (rc == DSTORE_E_FULL) { /* the databases alone did not fit */
		mdb_env_close(env);
		return;
	}
	assert_int_equal(rc, 0);
	json_t *big[200];
	char pad[900];
	memset(pad, 'x', sizeof pad - 1);
	pad[sizeof pad - 1] = '\0';
	for (int i = 0; i < 200; i++)
		big[i] = json_pack("{s:s,s:s}", "kind", "bulk_access", "detail", pad);
	uint64_t last = 0;
	assert_int_equal(dstore_alerts_append(ds, big, 200, &last, NULL), DSTORE_E_FULL);
	for (int i = 0; i < 200; i++)
		json_decref(big[i]);
	assert_int_equal(dstore_alerts_last_id(ds, &last), 0);
	assert_int_equal(last, 0);
	json_t *small = alert("x", 1);
	assert_int_equal(dstore_alerts_append(ds, &small, 1, &last, NULL), 0);
	assert_int_equal(last, 1);
	json_decref(small);
	dstore_close(ds);
	mdb_env_close(env);
}

static void test_lock_table(void **state)
{
	(void)state;
	locks *l = locks_create(3);
	lock_entry e = {.since_s = 100, .until_s = 200}, got;
	assert_int_equal(locks_check(l, "user:corp/a", 150, &got), 0);
	snprintf(e.principal, sizeof e.principal, "user:corp/a");
	snprintf(e.reason, sizeof e.reason, "r");
	assert_int_equal(locks_set(l, &e, 100), 0);
	assert_int_equal(locks_check(l, "user:corp/a", 150, &got), 1);
	assert_int_equal(got.until_s, 200);
	assert_int_equal(locks_check(l, "user:corp/a", 200, NULL), 0); /* expired */
	assert_int_equal(locks_check(l, "user:corp/ab", 150, NULL), 0);
	e.until_s = 0; /* replace: until unlocked */
	assert_int_equal(locks_set(l, &e, 100), 0);
	assert_int_equal(locks_check(l, "user:corp/a", 1u << 30, NULL), 1);
	lock_entry f = e;
	snprintf(f.principal, sizeof f.principal, "user:corp/b");
	f.until_s = 300;
	assert_int_equal(locks_set(l, &f, 100), 0);
	snprintf(f.principal, sizeof f.principal, "user:corp/c");
	assert_int_equal(locks_set(l, &f, 100), 0);
	snprintf(f.principal, sizeof f.principal, "user:corp/d");
	assert_int_equal(locks_set(l, &f, 100), LOCKS_E_FULL);
	/* At 300 b and c have expired: room again. */
	f.until_s = 400;
	assert_int_equal(locks_set(l, &f, 300), 0);
	assert_int_equal(locks_active(l, 300), 2);
	lock_entry list[8];
	assert_int_equal(locks_list(l, 300, list, 8), 2);
	assert_string_equal(list[0].principal, "user:corp/a");
	assert_string_equal(list[1].principal, "user:corp/d");
	assert_int_equal(locks_clear(l, "user:corp/a"), 0);
	assert_int_equal(locks_clear(l, "user:corp/a"), LOCKS_E_NOTFOUND);
	assert_int_equal(locks_expire(l, 10000, NULL, NULL), 1);
	assert_int_equal(locks_active(l, 0), 0);
	lock_entry bad = {0};
	assert_int_equal(locks_set(l, &bad, 0), LOCKS_E_ARG);
	locks_free(l);

	/* Time and JSON. */
	uint64_t t;
	assert_int_equal(locks_time_parse("2026-01-05T08:30:00Z", &t), 0);
	assert_int_equal(t, 1767601800);
	assert_int_equal(locks_time_parse("2026-01-05T10:30:00.123+02:00", &t), 0);
	assert_int_equal(t, 1767601800);
	static const char *const bad_times[] = {
		"2026-02-30T00:00:00Z", "2026-01-05T08:30:00", "2026-01-05 08:30:00Z",
		"2026-13-01T00:00:00Z", "2026-01-05T08:30:00+2:00", "1969-12-31T23:59:59Z", "x",
	};
	for (size_t i = 0; i < sizeof bad_times / sizeof bad_times[0]; i++)
		if (locks_time_parse(bad_times[i], &t) == 0)
			fail_msg("accepted %s", bad_times[i]);
	char buf[32];
	locks_time_format(1767601800, buf, sizeof buf);
	assert_string_equal(buf, "2026-01-05T08:30:00Z");
	json_t *j = json_pack("{s:s,s:n}", "principal", "svc:x", "until");
	assert_int_equal(locks_entry_from_json(j, &e), 0);
	assert_int_equal(e.until_s, 0);
	json_decref(j);
	j = json_pack("{s:s,s:i}", "principal", "svc:x", "until", 5);
	assert_int_equal(locks_entry_from_json(j, &e), LOCKS_E_ARG);
	json_decref(j);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_alerts_paging_filter_prune, testdir_setup, testdir_teardown),
		cmocka_unit_test_setup_teardown(test_locks_survive_restart, testdir_setup, testdir_teardown),
		cmocka_unit_test_setup_teardown(test_reviews, testdir_setup, testdir_teardown),
		cmocka_unit_test_setup_teardown(test_map_full, testdir_setup, testdir_teardown),
		cmocka_unit_test(test_lock_table),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
