/* db_compact: rewriting the environment's file with nothing but its live
 * records (db.h, db_env_compact; why: docs/KEYS.md, "Erasure on disk"). */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "db_int.h"
#include "errbuf.h"

#define PATH_CAP 4096

static unsigned long long mono_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (unsigned long long)ts.tv_sec * 1000ull +
	       (unsigned long long)ts.tv_nsec / 1000000ull;
}

static int path_of(const db_env *e, const char *name, char out[PATH_CAP])
{
	int n = snprintf(out, PATH_CAP, "%s/%s", e->dir, name);
	return n < 0 || n >= PATH_CAP ? -1 : 0;
}

void db_compact_unlink_stale(db_env *e)
{
	char tmp[PATH_CAP];
	if (path_of(e, "data.mdb.compact", tmp) == 0)
		(void)unlink(tmp);
}

static size_t file_size(const char *path)
{
	struct stat sb;
	return stat(path, &sb) == 0 ? (size_t)sb.st_size : 0;
}

static int fsync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int rc = fsync(fd);
	close(fd);
	return rc;
}

/* Test hook (CUSTOS_TEST_COMPACT_PAUSE=copied:MS or swapped:MS): sleeps at
 * that point so that a test can SIGKILL the process there. */
static void pause_at(const char *point)
{
	const char *p = getenv("CUSTOS_TEST_COMPACT_PAUSE");
	size_t n = strlen(point);
	if (!p || strncmp(p, point, n) != 0 || p[n] != ':')
		return;
	long ms = strtol(p + n + 1, NULL, 10);
	if (ms > 0 && ms <= 60000) {
		struct timespec ts = {.tv_sec = ms / 1000, .tv_nsec = (ms % 1000) * 1000000L};
		nanosleep(&ts, NULL);
	}
}

/* The rebuild commits its write transaction after so many records or
 * bytes, whichever comes first, so that its dirty pages stay a few MiB
 * whatever the store's size and its records' sizes. */
#define REBUILD_RECORDS 4096u
#define REBUILD_BYTES   ((size_t)8 << 20)

/* What the rebuild's open write transaction holds. */
struct batch {
	size_t records, bytes;
};

/* The named database of e called name (the main database's key k), or
 * NULL: a database this process has not opened. Under the gate. */
static const struct db_named *named(db_env *e, const MDB_val *k)
{
	const struct db_named *found = NULL;
	pthread_mutex_lock(&e->dbs_mu);
	for (unsigned i = 0; i < e->ndbs && !found; i++)
		if (strlen(e->dbs[i].name) == k->mv_size &&
		    memcmp(e->dbs[i].name, k->mv_data, k->mv_size) == 0)
			found = &e->dbs[i];
	pthread_mutex_unlock(&e->dbs_mu);
	return found;
}

/* Copies every record of the source database src (in snapshot rt) into
 * the new environment's database of the same name, in key order
 * (MDB_APPEND), committing *wt after REBUILD_RECORDS records or
 * REBUILD_BYTES bytes (b counts them across databases). A failure of
 * the new environment is reported without e: it says nothing of the store
 * (an LMDB panic there must not make the store fatal). */
static int rebuild_db(db_env *e, MDB_txn *rt, MDB_env *d, MDB_txn **wt, const struct db_named *src,
		      struct batch *b, char *err, size_t errsz)
{
	MDB_dbi ddbi;
	MDB_cursor *c = NULL;
	int mrc = mdb_dbi_open(*wt, src->name, src->flags | MDB_CREATE, &ddbi);
	if (mrc)
		return db_err(NULL, mrc, err, errsz, "rebuild: new database");
	mrc = mdb_cursor_open(rt, src->dbi, &c);
	if (mrc)
		return db_err(e, mrc, err, errsz, src->name);
	MDB_val k, v;
	unsigned put = src->flags & MDB_DUPSORT ? MDB_APPENDDUP : MDB_APPEND;
	int rc = 0;
	for (int op = MDB_FIRST; !rc; op = MDB_NEXT) {
		mrc = mdb_cursor_get(c, &k, &v, (MDB_cursor_op)op);
		if (mrc) {
			rc = mrc == MDB_NOTFOUND ? 0 : db_err(e, mrc, err, errsz, src->name);
			break;
		}
		mrc = mdb_put(*wt, ddbi, &k, &v, put);
		b->records++;
		b->bytes += k.mv_size + v.mv_size;
		if (!mrc && (b->records >= REBUILD_RECORDS || b->bytes >= REBUILD_BYTES)) {
			*b = (struct batch){0};
			mrc = mdb_txn_commit(*wt);
			*wt = NULL;
			if (!mrc)
				mrc = mdb_txn_begin(d, NULL, 0, wt);
		}
		if (mrc)
			rc = db_err(NULL, mrc, err, errsz, "rebuild: new database");
	}
	mdb_cursor_close(c);
	return rc;
}

/* The store rebuilt, record by record, from one snapshot into a new
 * environment in the file tmp (fsync'ed); *txnid is the last committed
 * transaction when the snapshot began. Under the gate's read side.
 *
 * Why records and not pages: a copy of the B-tree's pages, even LMDB's
 * compacting one (MDB_CP_COMPACT, which leaves out free pages and the
 * slack of live ones), keeps the separator keys of branch pages, and a
 * separator is a copy of the key that was first on its leaf page when the
 * page split: deleting that record does not rewrite it. So a deleted key
 * (a conversation id, a pseudonym) that had been first on its leaf page
 * stayed on disk after the compaction. A tree built anew from the live
 * records has only live keys in its branch pages, and every page of the
 * new file is written from this process's own buffers (LMDB zeroes a new
 * page buffer; a reused one held a page of the new file), so nothing of
 * the old file reaches it. Every named database must be one this process opened (its
 * flags are known); another one fails the rebuild, and nothing changes. */
static int rebuild(db_env *e, const char *tmp, size_t *txnid, char *err, size_t errsz)
{
	MDB_env *d = NULL;
	MDB_txn *rt = NULL, *wt = NULL;
	MDB_cursor *mc = NULL;
	MDB_dbi main_dbi;
	struct batch b = {0};
	int rc = 0;
	pthread_rwlock_rdlock(&e->gate);
	if (!e->env) {
		rc = errbuf_fail(err, errsz, DB_E_FATAL, "the store is closed");
		goto done;
	}
	int mrc = mdb_env_create(&d);
	if (!mrc)
		mrc = mdb_env_set_maxdbs(d, DB_MAX_DBS);
	if (!mrc)
		mrc = mdb_env_set_mapsize(d, e->map_size);
	/* no lock file (only this thread uses it) and one fsync at the end */
	if (!mrc)
		mrc = mdb_env_open(d, tmp, MDB_NOSUBDIR | MDB_NOLOCK | MDB_NOSYNC, 0600);
	if (mrc) {
		rc = db_err(NULL, mrc, err, errsz, "rebuild: new environment");
		goto done;
	}
	mrc = mdb_txn_begin(d, NULL, 0, &wt);
	if (mrc) {
		rc = db_err(NULL, mrc, err, errsz, "rebuild: new environment");
		goto done;
	}
	mrc = mdb_txn_begin(e->env, NULL, MDB_RDONLY, &rt);
	if (!mrc) {
		/* the snapshot's own id: a write that commits from here on
		 * makes the swap give way */
		*txnid = mdb_txn_id(rt);
		mrc = mdb_dbi_open(rt, NULL, 0, &main_dbi);
	}
	if (!mrc)
		mrc = mdb_cursor_open(rt, main_dbi, &mc);
	if (mrc) {
		rc = db_err(e, mrc, err, errsz, "rebuild: snapshot");
		goto done;
	}
	/* the main database holds the named databases, in name order */
	MDB_val k, v;
	for (int op = MDB_FIRST; !rc; op = MDB_NEXT) {
		mrc = mdb_cursor_get(mc, &k, &v, (MDB_cursor_op)op);
		if (mrc == MDB_NOTFOUND)
			break;
		if (mrc) {
			rc = db_err(e, mrc, err, errsz, "rebuild: main database");
			break;
		}
		const struct db_named *src = named(e, &k);
		if (!src) {
			rc = errbuf_fail(err, errsz, DB_E_CORRUPT,
					 "rebuild: the store holds a database this process has "
					 "not opened (%.*s)",
					 (int)(k.mv_size > 64 ? 64 : k.mv_size),
					 (const char *)k.mv_data);
			break;
		}
		rc = rebuild_db(e, rt, d, &wt, src, &b, err, errsz);
	}
	if (!rc) {
		rc = db_err(NULL, mdb_txn_commit(wt), err, errsz, "rebuild: commit");
		wt = NULL;
	}
	if (!rc)
		rc = db_err(NULL, mdb_env_sync(d, 1), err, errsz, "rebuild: sync");
done:
	if (mc)
		mdb_cursor_close(mc);
	if (wt)
		mdb_txn_abort(wt);
	if (rt)
		mdb_txn_abort(rt);
	if (d)
		mdb_env_close(d);
	pthread_rwlock_unlock(&e->gate);
	return rc;
}

/* 1 when no other process has the environment open: LMDB holds a shared
 * lock on the first byte of lock.mdb in every process that has it open
 * (and an exclusive one while it initialises it). This process has closed
 * its environment; *lfd keeps the exclusive lock until the swap is done,
 * so that an opener waits and then maps the new file. */
static int alone(const db_env *e, int *lfd)
{
	char lock[PATH_CAP];
	struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 1};
	*lfd = -1;
	if (path_of(e, "lock.mdb", lock))
		return 0;
	int fd = open(lock, O_RDWR | O_CLOEXEC);
	if (fd < 0)
		return 0;
	if (fcntl(fd, F_SETLK, &fl) != 0) {
		close(fd);
		return 0;
	}
	*lfd = fd;
	return 1;
}

/* Reopens the environment and its named databases in handle order; each
 * must get back its handle. Under the write side. */
static int reopen(db_env *e, char *err, size_t errsz)
{
	MDB_txn *t = NULL;
	int rc = db_lmdb_open(e, err, errsz);
	if (rc)
		return rc;
	rc = db_err(e, mdb_txn_begin(e->env, NULL, 0, &t), err, errsz, "reopen");
	for (unsigned i = 0; !rc && i < e->ndbs; i++) {
		MDB_dbi dbi = 0;
		rc = db_err(e, mdb_dbi_open(t, e->dbs[i].name, e->dbs[i].flags, &dbi), err, errsz,
			    e->dbs[i].name);
		if (!rc && dbi != e->dbs[i].dbi)
			rc = errbuf_fail(err, errsz, DB_E_CORRUPT,
					 "%s: reopened as handle %u, was %u", e->dbs[i].name,
					 (unsigned)dbi, (unsigned)e->dbs[i].dbi);
	}
	if (t && rc)
		mdb_txn_abort(t);
	else if (t)
		rc = db_err(e, mdb_txn_commit(t), err, errsz, "reopen");
	return rc;
}

/* Waits for the write side of lock at most wait_ms. */
static int timed_wrlock(pthread_rwlock_t *lock, unsigned wait_ms)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_sec += wait_ms / 1000;
	ts.tv_nsec += (long)(wait_ms % 1000) * 1000000L;
	if (ts.tv_nsec >= 1000000000L) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000L;
	}
	return pthread_rwlock_timedwrlock(lock, &ts);
}

static int gate_wrlock(db_env *e, unsigned wait_ms)
{
	return timed_wrlock(&e->gate, wait_ms);
}

int db_env_quiesce(db_env *env, unsigned wait_ms)
{
	if (gate_wrlock(env, wait_ms) != 0)
		return DB_E_BUSY;
	pthread_rwlock_unlock(&env->gate);
	return 0;
}

static int busy(db_env *e, char *err, size_t errsz, const char *why)
{
	atomic_fetch_add(&e->compact_busy, 1);
	return errbuf_fail(err, errsz, DB_E_BUSY, "compaction postponed: %s", why);
}

int db_env_compact(db_env *e, unsigned wait_ms, unsigned flags, struct db_compact_stats *st,
		   char *err, size_t errsz)
{
	char tmp[PATH_CAP], data[PATH_CAP];
	size_t txnid = 0;
	int rc, lfd = -1;
	unsigned long long t0 = mono_ms();

	memset(st, 0, sizeof *st);
	if (atomic_load(&e->fatal))
		return errbuf_fail(err, errsz, DB_E_FATAL, "the store hit a fatal LMDB error");
	if (path_of(e, "data.mdb.compact", tmp) || path_of(e, "data.mdb", data))
		return errbuf_fail(err, errsz, CUSTOS_E_ARG, "store path too long");
	db_compact_unlink_stale(e);
	st->bytes_before = file_size(data);
	int hold = (flags & DB_COMPACT_HOLD_WRITES) != 0;
	if (hold && timed_wrlock(&e->wgate, wait_ms) != 0) {
		hold = 0;
		rc = busy(e, err, errsz, "a write transaction outlasted the wait");
		goto out;
	}
	rc = rebuild(e, tmp, &txnid, err, errsz);
	if (rc)
		goto out;
	pause_at("copied");
	if (gate_wrlock(e, wait_ms) != 0) {
		rc = busy(e, err, errsz, "transactions still running");
		goto out;
	}
	MDB_envinfo info;
	mdb_env_info(e->env, &info);
	if (info.me_last_txnid != txnid) {
		pthread_rwlock_unlock(&e->gate);
		rc = busy(e, err, errsz, "a write committed during the copy");
		goto out;
	}
	mdb_env_close(e->env);
	e->env = NULL;
	if (!alone(e, &lfd)) {
		rc = busy(e, err, errsz, "another process has the store open");
	} else if (rename(tmp, data) != 0) {
		rc = errbuf_fail(err, errsz, DB_E_IO, "rename %s: %s", tmp, strerror(errno));
	} else {
		(void)fsync_dir(e->dir);
		pause_at("swapped");
	}
	if (lfd >= 0)
		close(lfd); /* releases the exclusive lock: the reopen takes its own */
	{
		char e2[256] = "";
		int orc = reopen(e, e2, sizeof e2);
		if (orc) {
			atomic_store(&e->fatal, 1);
			rc = errbuf_fail(err, errsz, DB_E_FATAL, "reopening after compaction: %s",
					 e2);
		}
	}
	pthread_rwlock_unlock(&e->gate);
	if (!rc) {
		atomic_fetch_add(&e->compactions, 1);
		st->bytes_after = file_size(data);
	}
out:
	if (hold)
		pthread_rwlock_unlock(&e->wgate);
	db_compact_unlink_stale(e);
	st->ms = mono_ms() - t0;
	return rc;
}

void db_env_compact_counts(const db_env *e, unsigned long long *done, unsigned long long *busy_n)
{
	*done = atomic_load(&e->compactions);
	*busy_n = atomic_load(&e->compact_busy);
}
