/* db_lmdb: the LMDB side of db.h, for the implementations of the stores
 * that live in the environment (policy/store_*.c, gateway/vault/). Not part
 * of any store's interface. Every LMDB result goes through db_err, so one
 * mapping decides what a failure means for every store.
 * As db.h: the environment is shared by every thread; a transaction belongs
 * to the thread that began it (LMDB's rule), and each store serializes its
 * own writers. */
#ifndef CUSTOS_DB_LMDB_H
#define CUSTOS_DB_LMDB_H

#include <lmdb.h>
#include <stddef.h>

#include "db.h"
#include "fault.h"

/* The LMDB environment, borrowed. db_env_compact replaces it: use it only
 * inside a transaction begun with db_txn_begin or db_mdb_txn_begin (which
 * hold the environment's gate), or where no compaction can run (a unit
 * test, a CLI). */
MDB_env *db_env_lmdb(db_env *env);

/* mdb_txn_begin on env's current LMDB environment, holding its gate (read
 * side) until the transaction ends; an LMDB result. Stores begin every
 * transaction of a db_env through this or db_txn_begin. */
int db_mdb_txn_begin(db_env *env, unsigned flags, MDB_txn **txn);

/* The gated ends of a transaction and the recorded opening of a named
 * database. The macros below route every store's calls here, so that no
 * transaction can end without releasing the gate; on an environment that
 * is not a db_env (the audit log's) they are LMDB's own calls. A nested
 * transaction (parent) in a db_env is refused (EINVAL): none is used, and
 * its end could not tell whether to release the gate. */
int db_gate_txn_begin(MDB_env *env, MDB_txn *parent, unsigned flags, MDB_txn **txn);
int db_gate_txn_commit(MDB_txn *txn);
void db_gate_txn_abort(MDB_txn *txn);
int db_gate_dbi_open(MDB_txn *txn, const char *name, unsigned flags, MDB_dbi *dbi);
#ifndef DB_NO_GATE_MACROS
#define mdb_txn_begin  db_gate_txn_begin
#define mdb_txn_commit db_gate_txn_commit
#define mdb_txn_abort  db_gate_txn_abort
#define mdb_dbi_open   db_gate_dbi_open
#endif

/* The longest key LMDB accepts (mdb_env_get_maxkeysize). */
size_t db_env_maxkey(const db_env *env);

/* Maps an LMDB result (or errno) to a code, with a message "<what>: ..." in
 * err (may be NULL):
 *   0 -> 0; MDB_NOTFOUND -> DB_E_NOTFOUND; MDB_MAP_FULL -> DB_E_FULL;
 *   MDB_TXN_FULL -> DB_E_LIMIT; MDB_BAD_VALSIZE -> DB_E_TOOLONG;
 *   MDB_PANIC -> DB_E_FATAL (and the env is marked fatal);
 *   MDB_CORRUPTED, MDB_INVALID, MDB_VERSION_MISMATCH, MDB_PAGE_NOTFOUND ->
 *   DB_E_CORRUPT; ENOMEM -> CUSTOS_E_NOMEM; ENOSPC, EDQUOT, and EIO while
 *   the filesystem has less than 1 MiB free (a short write) -> DB_E_FULL;
 *   anything else -> DB_E_IO. */
int db_err(db_env *env, int mrc, char *err, size_t errsz, const char *what);

/* Begins a transaction (read-only when rdonly). DB_E_FATAL once the env is
 * fatal; else as db_err. */
int db_txn_begin(db_env *env, int rdonly, MDB_txn **txn, char *err, size_t errsz);

/* Commits txn (always consumed: aborted when fault point fp, 0 for none,
 * fails it or when the commit fails; MDB_MAP_FULL can come from here, not
 * only from mdb_put). As db_err. */
int db_txn_commit(db_env *env, MDB_txn *txn, enum custos_fault_point fp, char *err, size_t errsz,
		  const char *what);

/* Ends a write transaction the way its work went: rc 0 commits txn (as
 * db_txn_commit, whose result is returned), else txn (may be NULL) is
 * aborted and rc returned. The one exit of a writer:
 *     out:
 *         rc = db_txn_end(env, txn, rc, fp, err, errsz, what); */
int db_txn_end(db_env *env, MDB_txn *txn, int rc, enum custos_fault_point fp, char *err,
	       size_t errsz, const char *what);

/* mdb_put unless fault point fp (0: none) fails it. As db_err. */
int db_put(db_env *env, MDB_txn *txn, MDB_dbi dbi, MDB_val *k, MDB_val *v, unsigned flags,
	   enum custos_fault_point fp, char *err, size_t errsz, const char *what);

#endif
