/* db_int: what db.c and db_compact.c share: the environment handle, its
 * gate and the named databases opened in it. Not part of db.h. */
#ifndef CUSTOS_DB_INT_H
#define CUSTOS_DB_INT_H

#define DB_NO_GATE_MACROS /* these files call LMDB's own functions */
#include <pthread.h>
#include <stdatomic.h>
#include <sys/types.h>

#include "db_lmdb.h"

struct db_env {
	MDB_env *env; /* replaced by db_env_compact, under the gate's write side */
	size_t map_size, maxkey;
	unsigned readers;
	dev_t dev;
	ino_t ino;
	atomic_int fatal;
	char *dir; /* for statvfs: is its filesystem full? */
	struct db_env *next_open;
	/* Every transaction holds the read side from its begin to its end;
	 * db_env_compact takes the write side to swap the file. */
	pthread_rwlock_t gate;
	/* Every write transaction also holds this one's read side, taken
	 * before the gate's, from its begin to its end; writer is the one that
	 * has LMDB's write lock (at most one), so that its end knows to release
	 * it. A compaction that kept giving way to writes takes the write side
	 * for its copy (DB_COMPACT_HOLD_WRITES): writes wait, reads go on. It
	 * prefers writers, so a stream of writes cannot starve that compaction;
	 * no thread takes the read side twice (one write transaction at a time). */
	pthread_rwlock_t wgate;
	_Atomic(MDB_txn *) writer;
	/* The named databases opened, in handle order: reopened in the same
	 * order after a swap, so that every store's MDB_dbi stays valid. */
	pthread_mutex_t dbs_mu;
	unsigned ndbs;
	struct db_named {
		char name[64];
		unsigned flags;
		MDB_dbi dbi;
	} dbs[DB_MAX_DBS];
	atomic_uint_least64_t compactions, compact_busy; /* metrics */
};

/* mdb_env_create .. mdb_env_open of e->dir with e's limits, the userctx
 * set to e and stale readers cleared. As db_err. */
int db_lmdb_open(struct db_env *e, char *err, size_t errsz);

#endif
