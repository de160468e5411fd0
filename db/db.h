/* db: the LMDB environment of a data directory, opened once per process by
 * the application and lent to the stores that keep their named databases
 * in it (the policy store, the vault). It owns what they share: the open
 * flags, the size limits, the "already open in this process" check (LMDB
 * forbids a second open) and the fatal state after an LMDB panic.
 *
 * This header names no LMDB type: a store's interface shows a db_env *
 * only, so another backend can stand behind the same store headers. The
 * LMDB side is db_lmdb.h, for the stores' implementations alone.
 *
 * Durability is LMDB's default (synchronous). MDB_NOTLS: read transactions
 * are not tied to threads, so a thread may hold one of the store's and one
 * of the vault's at once (the gate's read side is taken twice then: it
 * prefers readers, so a waiting compaction does not block the second).
 * Thread safety: any thread may use an open env; db_env_open and
 * db_env_close are not concurrent with anything else; db_env_compact swaps
 * the LMDB environment under the gate (db_lmdb.h). */
#ifndef CUSTOS_DB_H
#define CUSTOS_DB_H

#include <stddef.h>

#include "errors-t.h"

#define DB_DEFAULT_MAP_SIZE ((size_t)1 << 30) /* 1 GiB (sparse) */
#define DB_MIN_READERS      126
#define DB_MAX_DBS          32 /* named databases in one environment */

typedef struct db_env db_env;

typedef struct db_env_opts {
	const char *dir;      /* created (0700) if missing */
	size_t map_size;      /* bytes; 0 = DB_DEFAULT_MAP_SIZE */
	unsigned max_readers; /* below DB_MIN_READERS: DB_MIN_READERS */
} db_env_opts;

/* Opens (creating if needed) the environment in o->dir and clears stale
 * reader slots. *out is owned by the caller (db_env_close). Errors:
 * CUSTOS_E_ARG, DB_E_CONFLICT (the directory is already open in this
 * process), DB_E_IO, DB_E_CORRUPT, CUSTOS_E_NOMEM; err (may be NULL) says
 * why. */
int db_env_open(const db_env_opts *o, db_env **out, char *err, size_t errsz);

/* Closes the environment. NULL is fine. Every store opened in it must be
 * closed first (their database handles die with it). */
void db_env_close(db_env *env);

/* The map size in bytes, as LMDB rounded it. */
size_t db_env_map_size(const db_env *env);

/* 1 after an LMDB panic: every later transaction fails with DB_E_FATAL
 * until the process reopens the environment. */
int db_env_fatal(const db_env *env);

/* 1 when the environment can take writes as far as we can tell: not after
 * an LMDB panic (*why "store_unavailable") and with at least 1 MiB free on
 * its filesystem (*why "store_full"; LMDB would fail with ENOSPC or EIO,
 * which db_err reports as DB_E_FULL). For /readyz; it follows the disk, so
 * it recovers by itself when space returns. Any thread. */
int db_env_ready(const db_env *env, const char **why);

/* What db_env_compact did. */
struct db_compact_stats {
	size_t bytes_before, bytes_after; /* data.mdb's size */
	unsigned long long ms;            /* copy and swap, wall clock */
};

/* Rewrites the environment's file with nothing but its live records, so
 * that what was deleted (and lingers in freed pages, in the slack of live
 * pages and as branch pages' separator keys) leaves the disk: a new
 * environment in DIR/data.mdb.compact, built record by record from a
 * snapshot while transactions go on (every named database must be one
 * this process opened, else DB_E_CORRUPT and nothing changes), then,
 * holding the gate's write side (no transaction open in this process,
 * waiting at most wait_ms for the running ones to end), the copy is
 * renamed over DIR/data.mdb (atomic: a crash leaves the old or the new
 * file, and a stale copy is removed at the next db_env_open) and the
 * environment reopened with the same named databases and handles.
 * Returns DB_E_BUSY, with nothing changed, when a write committed during
 * the copy, the running transactions outlasted wait_ms, or another process
 * has the environment open (its map could not follow the swap): try again
 * later. DB_E_FATAL when the reopen failed (the env is then fatal), else
 * as db_err. Any thread that holds no transaction of env.
 *
 * flags DB_COMPACT_HOLD_WRITES: for a compaction that keeps giving way to
 * writes (a busy store commits during every copy). New write transactions
 * wait at their begin from before the copy to the end of the swap (at most
 * wait_ms for the running one to end, then the copy's time); read
 * transactions go on during the copy. */
#define DB_COMPACT_HOLD_WRITES 1u
int db_env_compact(db_env *env, unsigned wait_ms, unsigned flags, struct db_compact_stats *st,
		   char *err, size_t errsz);

/* Waits until every transaction of this process that was open on env when
 * it was called has ended (the gate's write side, taken and released at
 * once), at most wait_ms: then no transaction can still read a snapshot
 * older than the last commit. 0, or DB_E_BUSY after wait_ms. Any thread
 * that holds no transaction of env. */
int db_env_quiesce(db_env *env, unsigned wait_ms);

/* Compactions that swapped the file, and those that gave way (DB_E_BUSY). */
void db_env_compact_counts(const db_env *env, unsigned long long *done, unsigned long long *busy);

/* Removes DIR/data.mdb.compact if a stop left it (db_env_open does). */
void db_compact_unlink_stale(db_env *env);

#endif
