/* store: the policy store.
 *
 * Role documents, bindings, the versioned change history and revocations live
 * in named databases of the data directory's environment (db.h), which the
 * application opens and lends to the store (and to the vault, which keeps
 * its own databases in it). The interface names no LMDB type, so another
 * backend could stand behind it. Role documents are opaque jansson objects here: their
 * meaning is checked by a caller-supplied validation callback that runs inside
 * the write transaction, so concurrent admin edits cannot interleave.
 *
 * Every policy change (role or binding put/delete, rollback) is exactly one
 * write transaction and makes exactly one new policy version. Revocations have
 * their own counter (the revocation epoch) and do not touch the policy version.
 *
 * Thread safety: every function may be called from any thread concurrently,
 * except pol_store_open/pol_store_close. Layout and guarantees: docs/STORE.md.
 * The implementation is split by family: store_open.c (environment glue,
 * transactions), store_change.c and store_rollback.c (policy changes),
 * store_read.c, store_revoke.c, store_admin.c (load, validate, compile). */
#ifndef CUSTOS_POLICY_STORE_H
#define CUSTOS_POLICY_STORE_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "db.h"
#include "errors-t.h"
#include "policy.h"

/* Error codes (0 is success; the values are in errors.def, the HTTP answers
 * in gateway/pipeline/errors.c). The store's own conditions: POL_STORE_E_ARG
 * (bad argument or malformed input), POL_STORE_E_PRECONDITION (If-Match
 * version mismatch), POL_STORE_E_INVALID (the validation callback refused
 * the result), POL_STORE_E_TOOBIG (document larger than POL_STORE_MAX_DOC),
 * POL_STORE_E_RESERVED (role name "admin": built in, never stored). The
 * storage conditions are the environment's (db.h), under the store's names: */
enum {
	POL_STORE_OK = 0,
	POL_STORE_E_NOTFOUND = DB_E_NOTFOUND, /* no such role, binding, version, revocation */
	POL_STORE_E_CONFLICT = DB_E_CONFLICT, /* environment already open in this process */
	POL_STORE_E_FULL = DB_E_FULL,         /* LMDB map full: raise the map size */
	POL_STORE_E_TOOLONG = DB_E_TOOLONG,   /* name, principal or key too long */
	POL_STORE_E_LIMIT =
		DB_E_LIMIT, /* count limit reached (roles, bindings, revocations), txn full */
	POL_STORE_E_FATAL = DB_E_FATAL,     /* MDB_PANIC: stop using this store, close and reopen */
	POL_STORE_E_IO = DB_E_IO,           /* other LMDB or file system error */
	POL_STORE_E_NOMEM = CUSTOS_E_NOMEM, /* allocation failure */
	POL_STORE_E_CORRUPT = DB_E_CORRUPT, /* stored data is malformed or of another format */
};

/* Caps. Names and principals are byte lengths without the NUL. */
#define POL_STORE_MAX_NAME          128    /* role name */
#define POL_STORE_MAX_PRINCIPAL     400    /* binding principal, author (POL_PRINCIPAL_MAX) */
#define POL_STORE_MAX_DOC           65536  /* serialized role document (compact JSON) */
#define POL_STORE_MAX_ROLES         1024   /* roles in the store */
#define POL_STORE_MAX_BINDINGS      100000 /* bindings in the store */
#define POL_STORE_MAX_BINDING_ROLES 64     /* roles in one binding */
#define POL_STORE_MAX_REVOKE_VALUE  400    /* revocation value */
#define POL_STORE_MAX_REASON        1024   /* revocation reason */
#define POL_STORE_MAX_REVOCATIONS   100000
#define POL_STORE_MAX_LIST          1000 /* one page of a list call */
#define POL_STORE_DEFAULT_LIST      100
#define POL_STORE_NDBS              5 /* named databases the store keeps in the env */

/* if_match value meaning "no precondition". */
#define POL_STORE_ANY ((int64_t)-1)

typedef struct pol_store pol_store;

/* Validation callback: docs_after is an array of every role document as it
 * would be after the change (borrowed; do not keep or modify). Return 0 to
 * accept; non-zero refuses the change, with a human-readable reason (e.g. the
 * JSON path) written to err. Runs inside the write transaction while the
 * LMDB write lock is held: keep it fast, and never call back into the store. */
typedef int (*pol_store_validate_fn)(const json_t *docs_after, void *ctx, char *err, size_t errsz);

/* What a change notification is about. */
enum pol_store_change { POL_STORE_CHANGE_POLICY = 1, POL_STORE_CHANGE_REVOCATION = 2 };

/* Change notification: called after each successful commit, in the writing
 * thread, with the new policy version (POLICY) or revocation epoch
 * (REVOCATION). Calls are serialized and arrive in increasing order, so a
 * gateway can reload (pol_store_load) and swap its snapshot here. It must not
 * call the store's write functions (deadlock); reads are fine. */
typedef void (*pol_store_change_fn)(pol_store *st, enum pol_store_change what, uint64_t counter,
				    void *ctx);

typedef struct pol_store_opts {
	pol_store_validate_fn validate; /* NULL: documents are only checked for shape */
	void *validate_ctx;
} pol_store_opts;

/* Opens (creating on first use) the store's named databases ("roles",
 * "bindings", "history", "meta", "revocations": other users of the env must
 * not take these names) in env, borrowed until pol_store_close; one store
 * per env. o may be NULL (no validation). *out is owned by the caller
 * (pol_store_close). Errors: E_ARG, E_CORRUPT (another format), E_IO,
 * E_NOMEM, E_FULL, E_FATAL. err (may be NULL) receives a message. */
int pol_store_open(db_env *env, const pol_store_opts *o, pol_store **out, char *err, size_t errsz);

/* Frees the store (not the env). NULL is fine. No other thread may be
 * using it. */
void pol_store_close(pol_store *st);

/* Replaces the change notification (cb may be NULL to remove it). */
void pol_store_set_on_change(pol_store *st, pol_store_change_fn cb, void *ctx);

/* ---- Reads: each is one short read transaction. ---- */

/* Current policy version (0 for an empty store). */
int pol_store_version(pol_store *st, uint64_t *version);

/* Everything needed to compile a snapshot, from one consistent read: *docs is
 * a new array of role documents (name order), *bindings a new object
 * principal -> {"roles": [...]}, *version the policy version they make up.
 * The caller owns (json_decref) both. Errors: E_IO, E_CORRUPT, E_NOMEM, E_FATAL. */
int pol_store_load(pol_store *st, json_t **docs, json_t **bindings, uint64_t *version);

/* The role document of name, with its "version" (new reference, caller owns).
 * Errors: E_NOTFOUND, E_ARG, E_TOOLONG, ... */
int pol_store_get_role(pol_store *st, const char *name, json_t **doc);

/* New array of {"name", "version"[, "description"]} in name order (at most
 * POL_STORE_MAX_ROLES, so never truncated). Caller owns it. */
int pol_store_list_roles(pol_store *st, json_t **list);

/* The binding of principal: new {"roles": [...]} (caller owns). E_NOTFOUND. */
int pol_store_get_binding(pol_store *st, const char *principal, json_t **binding);

/* Paging of the history. */
typedef struct pol_store_page {
	uint64_t from; /* first version to return (inclusive); 0 = the oldest,
			      or with newest_first the newest */
	size_t limit;  /* 0 = POL_STORE_DEFAULT_LIST; capped at POL_STORE_MAX_LIST */
	bool newest_first;
	bool summary; /* drop the bulky before/after documents */
} pol_store_page;

/* A page of version records (new array, caller owns). *next (may be NULL) is
 * the "from" of the following page, or 0 when there is none. With summary
 * set, change.before/after (and changes[].before/after) are left out. */
int pol_store_list_versions(pol_store *st, const pol_store_page *page, json_t **records,
			    uint64_t *next);

/* One version record (new reference, caller owns). E_NOTFOUND. */
int pol_store_get_version(pol_store *st, uint64_t version, json_t **record);

/* ---- Policy changes: each is ONE write transaction making ONE new version. ----
 * author (required, <= POL_STORE_MAX_PRINCIPAL bytes) is recorded in the
 * history. *new_version (may be NULL) receives the version made. err (may be
 * NULL) receives a human-readable reason on failure (for E_INVALID, the
 * validation callback's message). On any error nothing was written. */

/* Creates or replaces role name with doc (borrowed; not modified). If doc has
 * a "name" it must equal name; the stored copy gets "name" and "version" (the
 * new policy version; a client's "version" is overwritten). if_match:
 * POL_STORE_ANY = unconditional; >= 0 = the role's current version must equal
 * it, where a missing role counts as version 0 (so 0 means "create only").
 * Errors: E_ARG, E_TOOLONG, E_TOOBIG, E_PRECONDITION, E_INVALID, E_LIMIT,
 * E_FULL, E_FATAL, E_IO. */
int pol_store_put_role(pol_store *st, const char *author, const char *name, const json_t *doc,
		       int64_t if_match, uint64_t *new_version, char *err, size_t errsz);

/* Deletes role name (if_match as above; a missing role is E_NOTFOUND first).
 * The remaining documents are validated. Bindings naming the role are kept
 * (they grant nothing until a role of that name exists again). */
int pol_store_delete_role(pol_store *st, const char *author, const char *name, int64_t if_match,
			  uint64_t *new_version, char *err, size_t errsz);

/* Creates or replaces the binding of principal. binding (borrowed) is
 * {"roles": [role names]} (unique, <= POL_STORE_MAX_BINDING_ROLES); an optional
 * "principal" member must equal principal; other members are refused (E_ARG).
 * Roles need not exist yet. Stored normalized as {"roles": [...]}. */
int pol_store_put_binding(pol_store *st, const char *author, const char *principal,
			  const json_t *binding, uint64_t *new_version, char *err, size_t errsz);

/* Deletes the binding of principal (E_NOTFOUND if none). */
int pol_store_delete_binding(pol_store *st, const char *author, const char *principal,
			     uint64_t *new_version, char *err, size_t errsz);

/* Restores roles and bindings to their state as of version `to` by undoing the
 * changes of versions current..to+1, written as ONE new version of kind
 * "rollback" (even when nothing differs, so the request is on record).
 * Restored roles get the new version as their "version". The resulting
 * documents are validated. Errors: E_ARG (to < 0), E_NOTFOUND (to > current),
 * E_INVALID, E_FULL, E_CORRUPT (a history record is unreadable), ... */
int pol_store_rollback(pol_store *st, const char *author, int64_t to, uint64_t *new_version,
		       char *err, size_t errsz);

/* ---- Revocations: they do not change the policy version. ----
 * kind is "subject" (value: principal), "jti" (value: token id) or "cert"
 * (value: SHA-256 of the certificate, 64 hex digits, stored lowercase). */

/* Adds (or atomically replaces: reason, author, expiry) a revocation.
 * reason may be NULL (<= POL_STORE_MAX_REASON). expires_at: 0 = never, else
 * a Unix time in the future. Bumps the revocation epoch (also in *epoch, may
 * be NULL). Errors: E_ARG, E_TOOLONG, E_LIMIT, E_FULL, E_FATAL, E_IO. */
int pol_store_revoke(pol_store *st, const char *author, const char *kind, const char *value,
		     const char *reason, time_t expires_at, uint64_t *epoch, char *err,
		     size_t errsz);

/* Removes a revocation (E_NOTFOUND if none); bumps the epoch. */
int pol_store_unrevoke(pol_store *st, const char *kind, const char *value, uint64_t *epoch,
		       char *err, size_t errsz);

/* Removes every revocation that expired before now; *removed (may be NULL).
 * Bumps the epoch only if something was removed. */
int pol_store_purge_revocations(pol_store *st, time_t now, size_t *removed);

/* Sets *revoked: true if (kind, value) is revoked and not expired. One short
 * read transaction, no JSON parsing. A value that could never be stored
 * (empty, > POL_STORE_MAX_REVOKE_VALUE, a cert that is not 64 hex digits) is
 * not revoked (rc 0). On error (E_ARG for an unknown kind, E_IO, E_FATAL...)
 * *revoked is true: callers that ignore the code fail closed. */
int pol_store_is_revoked(pol_store *st, const char *kind, const char *value, bool *revoked);

/* One (kind, value) pair to look up; a NULL value is skipped. */
struct pol_revocation_query {
	const char *kind, *value;
};

/* The revocation lookups of one request, in one read transaction: *first is
 * the index of the first pair that is revoked and not expired, or n if none
 * is. Values that could never be stored are skipped, as in
 * pol_store_is_revoked. On error (E_ARG for an unknown kind, anywhere in q;
 * E_IO, E_CORRUPT, E_FATAL) *first is 0, so callers that ignore the code
 * refuse. */
int pol_store_first_revoked(pol_store *st, const struct pol_revocation_query *q, size_t n,
			    size_t *first);

/* A page of revocations in (kind, value) order: new array of {"kind", "value",
 * "author", "reason", "created_at", "expires_at" (RFC 3339 or null),
 * "expired": bool}. offset/limit as in pol_store_page; *total (may be NULL) is
 * the number stored. Caller owns the array. */
int pol_store_list_revocations(pol_store *st, size_t offset, size_t limit, json_t **list,
			       size_t *total);

/* The revocation epoch: starts at 0, +1 on every committed revocation change,
 * never goes back (persisted). Lock-free; callers compare it to clear caches. */
uint64_t pol_store_revocation_epoch(pol_store *st);

/* Static message for an error code (custos_strerror). */
const char *pol_store_strerror(int rc);

/* ---- Administration (store_admin.c): what the gateway, the admin API and
 * the CLI do with a store in the same way. ---- */

/* The vocabulary documents are checked against beyond the built-in one:
 * the [redact] custom pattern names (borrowed). */
typedef struct pol_vocab {
	const char *const *custom_redact;
	size_t ncustom;
} pol_vocab;

/* The validation callback every writer of a store uses (ctx: a const
 * pol_vocab *, may be NULL): pol_set_validate of the documents as they
 * would be, with "PATH: message" in err. */
int pol_store_validate_docs(const json_t *docs_after, void *ctx, char *err, size_t errsz);

/* Bindings as stored ({"principal": {"roles": [...]}}) flattened to what
 * pol_compile takes ({"principal": [...]}). New object (caller owns); NULL
 * when out of memory. */
json_t *pol_bindings_flat(const json_t *bindings);

/* Loads the stored policy in one read (pol_store_load) and compiles it with
 * vocab; with docs (borrowed, may be NULL) those documents are compiled in
 * place of the stored ones, with the stored bindings (a proposal). *out is a
 * new snapshot (caller owns), tagged with the store's version (also in
 * *version, may be NULL). Errors: the store's (the policy was not read), or
 * POL_EDOC / POL_EBINDINGS / POL_ENOMEM / POL_EARG from pol_compile with
 * *pe filled. */
int pol_store_compile(pol_store *st, const json_t *docs, const pol_vocab *vocab, pol_snapshot **out,
		      uint64_t *version, pol_error *pe);

#endif
