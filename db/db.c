/* db: the environment, its registry of open directories and the one LMDB
 * error mapping. */
#include <assert.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>

#include "db_int.h"
#include "errbuf.h"

/* Environments open in this process: LMDB forbids opening one twice. */
static pthread_mutex_t g_open_mu = PTHREAD_MUTEX_INITIALIZER;
static db_env *g_open;

static void unregister(db_env *e)
{
	pthread_mutex_lock(&g_open_mu);
	for (db_env **pp = &g_open; *pp; pp = &(*pp)->next_open) {
		if (*pp == e) {
			*pp = e->next_open;
			break;
		}
	}
	pthread_mutex_unlock(&g_open_mu);
}

/* Less than this free on the filesystem of the environment: LMDB's short
 * writes there are a full disk, not a failing one, and the store is not
 * ready. */
#define DB_LOW_SPACE (1L << 20)

static int fs_low(const db_env *env)
{
	struct statvfs sv;
	if (!env || !env->dir || statvfs(env->dir, &sv) != 0)
		return 0;
	return (unsigned long long)sv.f_bavail * sv.f_frsize < (unsigned long long)DB_LOW_SPACE;
}

int db_err(db_env *env, int mrc, char *err, size_t errsz, const char *what)
{
	if (!what)
		what = "store";
	switch (mrc) {
	case MDB_SUCCESS:
		return 0;
	case MDB_NOTFOUND:
		errbuf_set(err, errsz, "%s: not found", what);
		return DB_E_NOTFOUND;
	case MDB_MAP_FULL:
		errbuf_set(err, errsz,
			   "%s: the store is full (map size %zu bytes); nothing was written: "
			   "raise the map size",
			   what, env ? env->map_size : 0);
		return DB_E_FULL;
	case MDB_TXN_FULL:
		errbuf_set(err, errsz, "%s: change too large for one transaction", what);
		return DB_E_LIMIT;
	case MDB_BAD_VALSIZE:
		errbuf_set(err, errsz, "%s: key too long", what);
		return DB_E_TOOLONG;
	case MDB_PANIC:
		if (env)
			atomic_store(&env->fatal, 1);
		errbuf_set(err, errsz, "%s: LMDB panic: the store must be closed and reopened",
			   what);
		return DB_E_FATAL;
	case MDB_CORRUPTED:
	case MDB_INVALID:
	case MDB_VERSION_MISMATCH:
	case MDB_PAGE_NOTFOUND:
		errbuf_set(err, errsz, "%s: %s", what, mdb_strerror(mrc));
		return DB_E_CORRUPT;
	case ENOMEM:
		errbuf_set(err, errsz, "%s: out of memory", what);
		return CUSTOS_E_NOMEM;
	default:
		/* A full filesystem shows as ENOSPC, or as EIO when LMDB's write
		 * came up short: the same condition as a full map for the client
		 * (507: nothing was written), and it passes once space returns. */
		if (mrc == ENOSPC || mrc == EDQUOT || (mrc == EIO && fs_low(env))) {
			errbuf_set(err, errsz,
				   "%s: the store's filesystem is full (%s); nothing was written",
				   what, mdb_strerror(mrc));
			return DB_E_FULL;
		}
		errbuf_set(err, errsz, "%s: %s", what, mdb_strerror(mrc));
		return DB_E_IO;
	}
}

int db_env_open(const db_env_opts *o, db_env **out, char *err, size_t errsz)
{
	int rc = 0, registered = 0;
	struct stat sb;
	db_env *e = NULL;

	if (!o || !out || !o->dir || !*o->dir)
		return errbuf_fail(err, errsz, CUSTOS_E_ARG, "no store directory");
	*out = NULL;
	if (mkdir(o->dir, 0700) != 0 && errno != EEXIST)
		return errbuf_fail(err, errsz, DB_E_IO, "%s: %s", o->dir, strerror(errno));
	if (stat(o->dir, &sb) != 0 || !S_ISDIR(sb.st_mode))
		return errbuf_fail(err, errsz, DB_E_IO, "%s: not a directory", o->dir);
	e = calloc(1, sizeof *e);
	if (!e)
		return CUSTOS_E_NOMEM;
	e->dev = sb.st_dev;
	e->ino = sb.st_ino;
	e->dir = strdup(o->dir);
	if (!e->dir) {
		free(e);
		return CUSTOS_E_NOMEM;
	}
	atomic_init(&e->fatal, 0);
	atomic_init(&e->writer, NULL);
	pthread_rwlock_init(&e->gate, NULL);
	{
		pthread_rwlockattr_t a;
		pthread_rwlockattr_init(&a);
		pthread_rwlockattr_setkind_np(&a, PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP);
		pthread_rwlock_init(&e->wgate, &a);
		pthread_rwlockattr_destroy(&a);
	}
	pthread_mutex_init(&e->dbs_mu, NULL);

	pthread_mutex_lock(&g_open_mu);
	for (db_env *p = g_open; p; p = p->next_open) {
		if (p->dev == e->dev && p->ino == e->ino) {
			pthread_mutex_unlock(&g_open_mu);
			rc = errbuf_fail(err, errsz, DB_E_CONFLICT,
					 "%s: already open in this process", o->dir);
			goto out;
		}
	}
	e->next_open = g_open;
	g_open = e;
	registered = 1;
	pthread_mutex_unlock(&g_open_mu);

	e->map_size = o->map_size ? o->map_size : DB_DEFAULT_MAP_SIZE;
	e->readers = o->max_readers < DB_MIN_READERS ? DB_MIN_READERS : o->max_readers;
	/* A compaction copy left by a stop mid-way is a snapshot that may
	 * hold what was erased since: never kept. */
	db_compact_unlink_stale(e);
	rc = db_lmdb_open(e, err, errsz);
	if (rc)
		goto out;
	int mk = mdb_env_get_maxkeysize(e->env);
	assert(mk > 0);
	e->maxkey = (size_t)mk;
out:
	if (rc) {
		if (e->env)
			mdb_env_close(e->env);
		if (registered)
			unregister(e);
		pthread_rwlock_destroy(&e->gate);
		pthread_rwlock_destroy(&e->wgate);
		pthread_mutex_destroy(&e->dbs_mu);
		free(e->dir);
		free(e);
		return rc;
	}
	*out = e;
	return 0;
}

void db_env_close(db_env *env)
{
	if (!env)
		return;
	unregister(env);
	if (env->env)
		mdb_env_close(env->env);
	pthread_rwlock_destroy(&env->gate);
	pthread_rwlock_destroy(&env->wgate);
	pthread_mutex_destroy(&env->dbs_mu);
	free(env->dir);
	free(env);
}

MDB_env *db_env_lmdb(db_env *env)
{
	return env->env;
}

size_t db_env_map_size(const db_env *env)
{
	return env->map_size;
}

size_t db_env_maxkey(const db_env *env)
{
	return env->maxkey;
}

int db_env_fatal(const db_env *env)
{
	return atomic_load(&env->fatal);
}

int db_env_ready(const db_env *env, const char **why)
{
	*why = NULL;
	if (atomic_load(&env->fatal))
		*why = "store_unavailable";
	else if (fs_low(env))
		*why = "store_full";
	return *why == NULL;
}

int db_txn_begin(db_env *env, int rdonly, MDB_txn **txn, char *err, size_t errsz)
{
	if (atomic_load(&env->fatal))
		return errbuf_fail(err, errsz, DB_E_FATAL,
				   "the store hit a fatal LMDB error: reopen it");
	return db_err(env, db_mdb_txn_begin(env, rdonly ? MDB_RDONLY : 0, txn), err, errsz,
		      rdonly ? "read" : "begin");
}

/* ---- the gate ------------------------------------------------------------ */

int db_lmdb_open(db_env *e, char *err, size_t errsz)
{
	int mrc = mdb_env_create(&e->env);
	if (mrc) {
		e->env = NULL;
		return db_err(e, mrc, err, errsz, "mdb_env_create");
	}
	mrc = mdb_env_set_maxdbs(e->env, DB_MAX_DBS);
	if (!mrc)
		mrc = mdb_env_set_maxreaders(e->env, e->readers);
	if (!mrc)
		mrc = mdb_env_set_mapsize(e->env, e->map_size);
	if (!mrc)
		mrc = mdb_env_set_userctx(e->env, e);
	if (mrc)
		goto fail;
	mrc = mdb_env_open(e->env, e->dir, MDB_NOTLS, 0600);
	if (mrc) {
		int rc = db_err(e, mrc, err, errsz, e->dir);
		mdb_env_close(e->env);
		e->env = NULL;
		return rc;
	}
	int dead = 0;
	mrc = mdb_reader_check(e->env, &dead);
	if (mrc)
		goto fail;
	MDB_envinfo info;
	mdb_env_info(e->env, &info);
	/* Unchanged at a reopen (db_env_compact): not rewritten, since db_err
	 * reads it without the gate. */
	if (e->map_size != info.me_mapsize)
		e->map_size = info.me_mapsize;
	return 0;
fail:;
	int rc = db_err(e, mrc, err, errsz, "mdb_env_set");
	mdb_env_close(e->env);
	e->env = NULL;
	return rc;
}

int db_mdb_txn_begin(db_env *env, unsigned flags, MDB_txn **txn)
{
	int wr = !(flags & MDB_RDONLY);
	if (wr)
		pthread_rwlock_rdlock(&env->wgate);
	pthread_rwlock_rdlock(&env->gate);
	int mrc = env->env ? mdb_txn_begin(env->env, NULL, flags, txn) : MDB_PANIC;
	if (mrc) {
		pthread_rwlock_unlock(&env->gate);
		if (wr)
			pthread_rwlock_unlock(&env->wgate);
	} else if (wr) {
		atomic_store(&env->writer, *txn);
	}
	return mrc;
}

/* Before a transaction of e ends: 1 if it is the write transaction (its
 * end releases the write gate too). The next write transaction cannot
 * begin before this one ends, so clearing here races with no store. */
static int ending_writer(db_env *e, MDB_txn *txn)
{
	if (atomic_load(&e->writer) != txn)
		return 0;
	atomic_store(&e->writer, NULL);
	return 1;
}

static void gate_release(db_env *e, int wr)
{
	pthread_rwlock_unlock(&e->gate);
	if (wr)
		pthread_rwlock_unlock(&e->wgate);
}

int db_gate_txn_begin(MDB_env *env, MDB_txn *parent, unsigned flags, MDB_txn **txn)
{
	db_env *e = mdb_env_get_userctx(env);
	if (!e)
		return mdb_txn_begin(env, parent, flags, txn);
	if (parent)
		return EINVAL;
	return db_mdb_txn_begin(e, flags, txn);
}

int db_gate_txn_commit(MDB_txn *txn)
{
	db_env *e = mdb_env_get_userctx(mdb_txn_env(txn));
	int wr = e && ending_writer(e, txn);
	int mrc = mdb_txn_commit(txn);
	if (e)
		gate_release(e, wr);
	return mrc;
}

void db_gate_txn_abort(MDB_txn *txn)
{
	if (!txn)
		return;
	db_env *e = mdb_env_get_userctx(mdb_txn_env(txn));
	int wr = e && ending_writer(e, txn);
	mdb_txn_abort(txn);
	if (e)
		gate_release(e, wr);
}

int db_gate_dbi_open(MDB_txn *txn, const char *name, unsigned flags, MDB_dbi *dbi)
{
	db_env *e = mdb_env_get_userctx(mdb_txn_env(txn));
	int mrc = mdb_dbi_open(txn, name, flags, dbi);
	if (mrc || !e || !name || strlen(name) >= sizeof e->dbs[0].name)
		return mrc;
	pthread_mutex_lock(&e->dbs_mu);
	unsigned i = 0;
	while (i < e->ndbs && strcmp(e->dbs[i].name, name) != 0)
		i++;
	if (i == e->ndbs && i < DB_MAX_DBS) {
		snprintf(e->dbs[i].name, sizeof e->dbs[i].name, "%s", name);
		e->dbs[i].flags = flags & ~(unsigned)MDB_CREATE;
		e->dbs[i].dbi = *dbi;
		e->ndbs++;
	}
	pthread_mutex_unlock(&e->dbs_mu);
	return mrc;
}

int db_txn_commit(db_env *env, MDB_txn *txn, enum custos_fault_point fp, char *err, size_t errsz,
		  const char *what)
{
	int mrc = fp ? custos_fault(fp) : 0;
	if (mrc)
		db_gate_txn_abort(txn);
	else
		mrc = db_gate_txn_commit(txn);
	return db_err(env, mrc, err, errsz, what ? what : "commit");
}

int db_txn_end(db_env *env, MDB_txn *txn, int rc, enum custos_fault_point fp, char *err,
	       size_t errsz, const char *what)
{
	if (!txn)
		return rc;
	if (rc) {
		db_gate_txn_abort(txn);
		return rc;
	}
	return db_txn_commit(env, txn, fp, err, errsz, what);
}

int db_put(db_env *env, MDB_txn *txn, MDB_dbi dbi, MDB_val *k, MDB_val *v, unsigned flags,
	   enum custos_fault_point fp, char *err, size_t errsz, const char *what)
{
	int mrc = fp ? custos_fault(fp) : 0;
	if (!mrc)
		mrc = mdb_put(txn, dbi, k, v, flags);
	return db_err(env, mrc, err, errsz, what);
}
