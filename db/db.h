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
 * of the vault's at once. Thread safety: any thread may use an open env;
 * db_env_open and db_env_close are not concurrent with anything else. */
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

#endif
