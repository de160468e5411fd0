/* db: the environment, its registry of open directories and the one LMDB
 * error mapping. */
#include <assert.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>

#include "db_lmdb.h"
#include "errbuf.h"

struct db_env {
	MDB_env *env;
	size_t map_size, maxkey;
	dev_t dev;
	ino_t ino;
	atomic_int fatal;
	char *dir; /* for statvfs: is its filesystem full? */
	struct db_env *next_open;
};

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

	size_t map = o->map_size ? o->map_size : DB_DEFAULT_MAP_SIZE;
	unsigned readers = o->max_readers < DB_MIN_READERS ? DB_MIN_READERS : o->max_readers;
	int mrc = mdb_env_create(&e->env);
	if (mrc) {
		rc = db_err(e, mrc, err, errsz, "mdb_env_create");
		goto out;
	}
	mrc = mdb_env_set_maxdbs(e->env, DB_MAX_DBS);
	if (!mrc)
		mrc = mdb_env_set_maxreaders(e->env, readers);
	if (!mrc)
		mrc = mdb_env_set_mapsize(e->env, map);
	if (mrc) {
		rc = db_err(e, mrc, err, errsz, "mdb_env_set");
		goto out;
	}
	mrc = mdb_env_open(e->env, o->dir, MDB_NOTLS, 0600);
	if (mrc) {
		rc = db_err(e, mrc, err, errsz, o->dir);
		goto out;
	}
	int dead = 0;
	mrc = mdb_reader_check(e->env, &dead);
	if (mrc) {
		rc = db_err(e, mrc, err, errsz, "mdb_reader_check");
		goto out;
	}
	MDB_envinfo info;
	mdb_env_info(e->env, &info);
	e->map_size = info.me_mapsize;
	int mk = mdb_env_get_maxkeysize(e->env);
	assert(mk > 0);
	e->maxkey = (size_t)mk;
out:
	if (rc) {
		if (e->env)
			mdb_env_close(e->env);
		if (registered)
			unregister(e);
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
	mdb_env_close(env->env);
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
	return db_err(env, mdb_txn_begin(env->env, NULL, rdonly ? MDB_RDONLY : 0, txn), err, errsz,
		      rdonly ? "read" : "begin");
}

int db_txn_commit(db_env *env, MDB_txn *txn, enum custos_fault_point fp, char *err, size_t errsz,
		  const char *what)
{
	int mrc = fp ? custos_fault(fp) : 0;
	if (mrc)
		mdb_txn_abort(txn);
	else
		mrc = mdb_txn_commit(txn);
	return db_err(env, mrc, err, errsz, what ? what : "commit");
}

int db_txn_end(db_env *env, MDB_txn *txn, int rc, enum custos_fault_point fp, char *err,
	       size_t errsz, const char *what)
{
	if (!txn)
		return rc;
	if (rc) {
		mdb_txn_abort(txn);
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
