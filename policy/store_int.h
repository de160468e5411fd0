/* store_int: what the store's files share (struct pol_store, transactions,
 * JSON records, the checks). Not part of the store's interface.
 * Writers hold st->wmu from pol_st_wbegin to pol_st_wend (one writer at a
 * time); readers use read transactions of their own. */
#ifndef CUSTOS_STORE_INT_H
#define CUSTOS_STORE_INT_H

#include <lmdb.h>
#include <pthread.h>
#include <stdatomic.h>

#include "db_lmdb.h"
#include "policy.h"
#include "store.h"

#define FORMAT_TAG  "custos-policy-store-1"
#define KEY_VERSION "version"
#define KEY_EPOCH   "revocation_epoch"
#define KEY_FORMAT  "format"
#define KEYBUF      512 /* > mdb_env_get_maxkeysize() (511) */

struct pol_store {
	db_env *env;  /* borrowed */
	MDB_env *mdb; /* its LMDB handle */
	MDB_dbi roles, bindings, history, meta, revocations;
	size_t maxkey;
	pol_store_validate_fn validate;
	void *validate_ctx;
	pol_store_change_fn on_change; /* under wmu */
	void *on_change_ctx;
	pthread_mutex_t wmu; /* serializes this module's writers and their notifications */
	atomic_uint_fast64_t rev_epoch;
};

/* ---- records and checks (store_open.c) ---- */

/* Non-empty, at most max bytes, no control characters. */
int pol_st_check_text(const char *s, size_t max, const char *what, char *err, size_t errsz);
int pol_st_check_key_len(pol_store *st, size_t len, const char *what, char *err, size_t errsz);
/* Serializes j compactly into a new string (free()). */
int pol_st_dump_json(const json_t *j, char **s, size_t *len);
int pol_st_parse_json(const void *data, size_t len, json_t **out);
/* Copies a database key into a NUL-terminated buffer of KEYBUF bytes. */
int pol_st_key_to_str(const MDB_val *k, char *buf);
int pol_st_meta_get_u64(pol_store *st, MDB_txn *txn, const char *key, uint64_t *v);
int pol_st_meta_put_u64(pol_store *st, MDB_txn *txn, const char *key, uint64_t v, char *err,
			size_t errsz);
/* Reads and parses one JSON value of dbi; E_NOTFOUND if absent. */
int pol_st_get_json(pol_store *st, MDB_txn *txn, MDB_dbi dbi, const void *key, size_t klen,
		    json_t **out);
int pol_st_put_json(pol_store *st, MDB_txn *txn, MDB_dbi dbi, const void *key, size_t klen,
		    const json_t *j, unsigned flags, char *err, size_t errsz, const char *what);
int pol_st_del(pol_store *st, MDB_txn *txn, MDB_dbi dbi, const void *key, size_t klen, char *err,
	       size_t errsz, const char *what);
int pol_st_count(pol_store *st, MDB_txn *txn, MDB_dbi dbi, size_t *n);
/* The stored role's "version" (a role written by this module always has one). */
int pol_st_role_version(const json_t *doc, uint64_t *v);

/* ---- transactions (store_open.c) ---- */

int pol_st_rbegin(pol_store *st, MDB_txn **txn);
/* A listing: *limit clamped (0: POL_STORE_DEFAULT_LIST, at most
 * POL_STORE_MAX_LIST), a new array in *arr and a read transaction; nothing
 * is left to free on error. pol_st_list_end ends the transaction and hands
 * arr to *out when rc is 0 (else frees it); returns rc. */
int pol_st_list_begin(pol_store *st, size_t *limit, json_t **arr, MDB_txn **txn);
int pol_st_list_end(MDB_txn *txn, int rc, json_t *arr, json_t **out);
/* Takes the writer lock and begins a write transaction. */
int pol_st_wbegin(pol_store *st, MDB_txn **txn, char *err, size_t errsz);
/* Commits when rc == 0 and aborts otherwise, then (on success, what != 0)
 * notifies in commit order, then releases the writer lock. */
int pol_st_wend(pol_store *st, MDB_txn *txn, int rc, int what, uint64_t counter, char *err,
		size_t errsz);

/* ---- the role set (store_open.c) ---- */

/* The built-in admin: never a stored document (see store_open.c). */
int pol_st_reserved_role(const char *name);
/* All role documents as an object name -> doc (new, caller owns). */
int pol_st_load_roles(pol_store *st, MDB_txn *txn, json_t **out);
/* Runs the caller's validation over the documents of roles (name -> doc). */
int pol_st_validate_roles(pol_store *st, const json_t *roles, char *err, size_t errsz);
/* Writes the history record of version v (steals change) and makes v current. */
int pol_st_record_change(pol_store *st, MDB_txn *txn, uint64_t v, const char *author,
			 json_t *change, char *err, size_t errsz);
/* {"kind", "target", "before", "after"} with JSON null for a missing side. */
json_t *pol_st_change_new(const char *kind, const char *target, json_t *before, json_t *after);
/* Writes after (NULL: deletes) as key of the roles (is_role) or the bindings
 * database, and makes in *change the history record of that change from
 * before (may be NULL). */
int pol_st_write(pol_store *st, MDB_txn *txn, int is_role, const char *key, json_t *before,
		 json_t *after, json_t **change, char *err, size_t errsz);
int pol_st_check_author(const char *author, char *err, size_t errsz);
int pol_st_check_role_name(pol_store *st, const char *name, char *err, size_t errsz);
int pol_st_check_principal(pol_store *st, const char *p, char *err, size_t errsz);
/* New bindings and revocations follow the one principal grammar. */
int pol_st_check_grammar(const char *kind, const char *value, char *err, size_t errsz);
/* Sets doc's "version" to v and checks the serialized size. */
int pol_st_stamp_role(json_t *doc, uint64_t v, const char *name, char *err, size_t errsz);

#endif
