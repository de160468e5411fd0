/* db_compact: rewriting the environment's file without its free pages
 * (db.h, db_env_compact; why: docs/KEYS.md, "Erasure on disk"). */
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

/* The compacting copy of the current snapshot into tmp (fsync'ed); *txnid
 * is the last committed transaction when it began. Under the read side. */
static int copy(db_env *e, const char *tmp, size_t *txnid, char *err, size_t errsz)
{
	MDB_envinfo info;
	int rc = 0;
	int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0)
		return errbuf_fail(err, errsz, DB_E_IO, "%s: %s", tmp, strerror(errno));
	pthread_rwlock_rdlock(&e->gate);
	if (!e->env) {
		rc = errbuf_fail(err, errsz, DB_E_FATAL, "the store is closed");
	} else {
		mdb_env_info(e->env, &info);
		*txnid = info.me_last_txnid;
		rc = db_err(e, mdb_env_copyfd2(e->env, fd, MDB_CP_COMPACT), err, errsz,
			    "compacting copy");
	}
	pthread_rwlock_unlock(&e->gate);
	if (!rc && fsync(fd) != 0)
		rc = errbuf_fail(err, errsz, DB_E_IO, "%s: fsync: %s", tmp, strerror(errno));
	if (close(fd) != 0 && !rc)
		rc = errbuf_fail(err, errsz, DB_E_IO, "%s: %s", tmp, strerror(errno));
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
	rc = copy(e, tmp, &txnid, err, errsz);
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
