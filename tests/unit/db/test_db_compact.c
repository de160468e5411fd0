/* db_env_compact: what erasure relies on (docs/KEYS.md, "Erasure on disk").
 * After deletions and a compaction, no byte of a deleted key or value is
 * left in data.mdb: not in free pages, not in the slack of live pages, and
 * not as a separator key in a branch page (a B-tree keeps a deleted key
 * there when it was the first of its leaf page; the compacting page copy
 * used before kept those, found by a repeated e2e run). */
#define TESTDIR_NAME "db-compact"
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db_lmdb.h"
#include "file.h"
#include "../testdir.h"

#define NKEYS 3000

static void key_of(char out[40], int i)
{
	snprintf(out, 40, "user-%06d-k9q2", i);
}

static void value_of(char out[120], int i)
{
	snprintf(out, 120, "sealed-%06d-%s", i,
		 "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz");
}

static int gone(int i)
{
	return i % 3 == 0;
}

static int exists(const char *name)
{
	char path[128];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	return access(path, F_OK) == 0;
}

/* The bytes of data.mdb (free them). */
static char *read_store(size_t *len)
{
	char path[128];
	snprintf(path, sizeof path, "%s/data.mdb", dir);
	char *data = NULL;
	assert_int_equal(file_read(path, 256u << 20, &data, len), 0);
	return data;
}

/* How many of the deleted records have their key (or, with values, their
 * value) somewhere in data.mdb. */
static int remnants(int values)
{
	char needle[120];
	size_t len = 0;
	char *data = read_store(&len);
	int found = 0;
	for (int i = 0; i < NKEYS; i++) {
		if (!gone(i))
			continue;
		if (values)
			value_of(needle, i);
		else
			key_of(needle, i);
		if (memmem(data, len, needle, strlen(needle))) {
			if (found < 5)
				print_message("left on disk: %s\n", needle);
			found++;
		}
	}
	free(data);
	return found;
}

static void put_all(db_env *env, MDB_dbi *recs, MDB_dbi *other)
{
	MDB_txn *t = NULL;
	char err[256];
	assert_int_equal(db_txn_begin(env, 0, &t, err, sizeof err), 0);
	assert_int_equal(mdb_dbi_open(t, "recs", MDB_CREATE, recs), 0);
	assert_int_equal(mdb_dbi_open(t, "other", MDB_CREATE, other), 0);
	for (int i = 0; i < NKEYS; i++) {
		char k[40], v[120];
		key_of(k, i);
		value_of(v, i);
		MDB_val mk = {strlen(k), k}, mv = {strlen(v), v};
		assert_int_equal(mdb_put(t, *recs, &mk, &mv, 0), 0);
	}
	MDB_val ok = {5, "other"}, ov = {4, "kept"};
	assert_int_equal(mdb_put(t, *other, &ok, &ov, 0), 0);
	assert_int_equal(mdb_txn_commit(t), 0);
}

static void delete_some(db_env *env, MDB_dbi recs)
{
	MDB_txn *t = NULL;
	char err[256];
	assert_int_equal(db_txn_begin(env, 0, &t, err, sizeof err), 0);
	for (int i = 0; i < NKEYS; i++) {
		if (!gone(i))
			continue;
		char k[40];
		key_of(k, i);
		MDB_val mk = {strlen(k), k};
		assert_int_equal(mdb_del(t, recs, &mk, NULL), 0);
	}
	assert_int_equal(mdb_txn_commit(t), 0);
}

/* Every kept record reads back whole, every deleted one is not found. */
static void check_contents(db_env *env, MDB_dbi recs, MDB_dbi other)
{
	MDB_txn *t = NULL;
	char err[256];
	assert_int_equal(db_txn_begin(env, 1, &t, err, sizeof err), 0);
	for (int i = 0; i < NKEYS; i++) {
		char k[40], v[120];
		key_of(k, i);
		value_of(v, i);
		MDB_val mk = {strlen(k), k}, mv;
		int rc = mdb_get(t, recs, &mk, &mv);
		if (gone(i)) {
			assert_int_equal(rc, MDB_NOTFOUND);
		} else {
			assert_int_equal(rc, 0);
			assert_int_equal(mv.mv_size, strlen(v));
			assert_memory_equal(mv.mv_data, v, mv.mv_size);
		}
	}
	MDB_val ok = {5, "other"}, ov;
	assert_int_equal(mdb_get(t, other, &ok, &ov), 0);
	assert_int_equal(ov.mv_size, 4);
	assert_memory_equal(ov.mv_data, "kept", 4);
	mdb_txn_abort(t);
}

/* A store in dir with NKEYS records in "recs", one in "other", and the
 * gone() ones deleted again. */
static db_env *open_with_deletions(MDB_dbi *recs, MDB_dbi *other)
{
	db_env *env = NULL;
	char err[256];
	db_env_opts o = {.dir = dir};
	assert_int_equal(db_env_open(&o, &env, err, sizeof err), 0);
	put_all(env, recs, other);
	delete_some(env, *recs);
	return env;
}

static void test_compaction_leaves_no_deleted_key_or_value(void **state)
{
	(void)state;
	char err[256];
	db_env_opts o = {.dir = dir};
	MDB_dbi recs, other;
	db_env *env = open_with_deletions(&recs, &other);
	/* the old state: the deleted records are still on disk (the scan
	 * finds what it looks for) */
	assert_true(remnants(0) > 0);
	assert_true(remnants(1) > 0);

	struct db_compact_stats st;
	int rc = db_env_compact(env, 2000, 0, &st, err, sizeof err);
	assert_int_equal(rc, 0);
	assert_false(exists("data.mdb.compact"));
	assert_false(exists("data.mdb.compact-lock"));
	assert_int_equal(remnants(0), 0);
	assert_int_equal(remnants(1), 0);
	assert_true(st.bytes_after < st.bytes_before);
	check_contents(env, recs, other);

	/* the store goes on: a write after the swap, then a reopen */
	MDB_txn *t = NULL;
	assert_int_equal(db_txn_begin(env, 0, &t, err, sizeof err), 0);
	MDB_val nk = {5, "after"}, nv = {3, "new"};
	assert_int_equal(mdb_put(t, other, &nk, &nv, 0), 0);
	assert_int_equal(mdb_txn_commit(t), 0);
	db_env_close(env);
	env = NULL;
	assert_int_equal(db_env_open(&o, &env, err, sizeof err), 0);
	assert_int_equal(db_txn_begin(env, 0, &t, err, sizeof err), 0);
	assert_int_equal(mdb_dbi_open(t, "recs", 0, &recs), 0);
	assert_int_equal(mdb_dbi_open(t, "other", 0, &other), 0);
	assert_int_equal(mdb_txn_commit(t), 0);
	check_contents(env, recs, other);
	assert_int_equal(db_txn_begin(env, 1, &t, err, sizeof err), 0);
	assert_int_equal(mdb_get(t, other, &nk, &nv), 0);
	assert_int_equal(nv.mv_size, 3);
	mdb_txn_abort(t);
	db_env_close(env);
}

/* A named database this process did not open (its flags are unknown, so it
 * could not be rebuilt faithfully): the compaction fails, and the store and
 * its file stay as they were. A name of 64 bytes or more is not recorded
 * by the gate (db_gate_dbi_open), which makes one here. */
static void test_unknown_database_fails_closed(void **state)
{
	(void)state;
	char err[256];
	MDB_dbi recs, other, odd;
	db_env *env = open_with_deletions(&recs, &other);
	MDB_txn *t = NULL;
	assert_int_equal(db_txn_begin(env, 0, &t, err, sizeof err), 0);
	assert_int_equal(mdb_dbi_open(t, "a-database-name-that-is-too-long-to-be-recorded-by-the-gate-wxyz",
				      MDB_CREATE, &odd),
			 0);
	assert_int_equal(mdb_txn_commit(t), 0);
	int before = remnants(0);
	assert_true(before > 0);

	struct db_compact_stats st;
	err[0] = '\0';
	assert_int_equal(db_env_compact(env, 2000, 0, &st, err, sizeof err), DB_E_CORRUPT);
	assert_non_null(strstr(err, "not opened"));
	assert_false(exists("data.mdb.compact"));
	assert_int_equal(remnants(0), before);
	check_contents(env, recs, other);
	db_env_close(env);
}

/* A store larger than one batch of the rebuild (4096 records, 8 MiB): it
 * commits several times on the way, by count and by size, and every kept
 * record of every size reads back; the deleted big values are gone. */
static void test_rebuild_in_several_batches(void **state)
{
	(void)state;
	enum { SMALL = 10000, BIG = 400, BIG_SIZE = 48 << 10 };
	db_env *env = NULL;
	char err[256];
	db_env_opts o = {.dir = dir};
	assert_int_equal(db_env_open(&o, &env, err, sizeof err), 0);
	MDB_txn *t = NULL;
	MDB_dbi small, big;
	char *buf = malloc(BIG_SIZE);
	assert_non_null(buf);
	assert_int_equal(db_txn_begin(env, 0, &t, err, sizeof err), 0);
	assert_int_equal(mdb_dbi_open(t, "big", MDB_CREATE, &big), 0);
	assert_int_equal(mdb_dbi_open(t, "small", MDB_CREATE, &small), 0);
	for (int i = 0; i < SMALL; i++) {
		char k[32];
		snprintf(k, sizeof k, "s-%08d", i);
		MDB_val mk = {strlen(k), k}, mv = {strlen(k), k};
		assert_int_equal(mdb_put(t, small, &mk, &mv, 0), 0);
	}
	for (int i = 0; i < BIG; i++) {
		char k[32];
		snprintf(k, sizeof k, "b-%06d", i);
		memset(buf, 'a' + i % 26, BIG_SIZE);
		snprintf(buf, 32, "bigvalue-%06d-", i);
		MDB_val mk = {strlen(k), k}, mv = {BIG_SIZE, buf};
		assert_int_equal(mdb_put(t, big, &mk, &mv, 0), 0);
	}
	assert_int_equal(mdb_txn_commit(t), 0);
	assert_int_equal(db_txn_begin(env, 0, &t, err, sizeof err), 0);
	for (int i = 0; i < BIG; i += 2) {
		char k[32];
		snprintf(k, sizeof k, "b-%06d", i);
		MDB_val mk = {strlen(k), k};
		assert_int_equal(mdb_del(t, big, &mk, NULL), 0);
	}
	assert_int_equal(mdb_txn_commit(t), 0);

	struct db_compact_stats st;
	assert_int_equal(db_env_compact(env, 2000, 0, &st, err, sizeof err), 0);
	assert_true(st.bytes_after < st.bytes_before);

	size_t len = 0;
	char *data = read_store(&len);
	assert_int_equal(db_txn_begin(env, 1, &t, err, sizeof err), 0);
	for (int i = 0; i < SMALL; i++) {
		char k[32];
		snprintf(k, sizeof k, "s-%08d", i);
		MDB_val mk = {strlen(k), k}, mv;
		assert_int_equal(mdb_get(t, small, &mk, &mv), 0);
		assert_int_equal(mv.mv_size, strlen(k));
		assert_memory_equal(mv.mv_data, k, mv.mv_size);
	}
	for (int i = 0; i < BIG; i++) {
		char k[32], marker[32];
		snprintf(k, sizeof k, "b-%06d", i);
		snprintf(marker, sizeof marker, "bigvalue-%06d-", i);
		MDB_val mk = {strlen(k), k}, mv;
		int rc = mdb_get(t, big, &mk, &mv);
		if (i % 2 == 0) {
			assert_int_equal(rc, MDB_NOTFOUND);
			assert_null(memmem(data, len, marker, strlen(marker)));
		} else {
			assert_int_equal(rc, 0);
			assert_int_equal(mv.mv_size, BIG_SIZE);
			assert_memory_equal(mv.mv_data, marker, strlen(marker));
			assert_int_equal(((const char *)mv.mv_data)[BIG_SIZE - 1], 'a' + i % 26);
		}
	}
	mdb_txn_abort(t);
	free(data);
	free(buf);
	db_env_close(env);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_compaction_leaves_no_deleted_key_or_value,
						testdir_setup, testdir_teardown),
		cmocka_unit_test_setup_teardown(test_unknown_database_fails_closed, testdir_setup,
						testdir_teardown),
		cmocka_unit_test_setup_teardown(test_rebuild_in_several_batches, testdir_setup,
						testdir_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
