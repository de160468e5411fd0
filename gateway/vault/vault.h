/* vault: the conversation store, encrypted at rest (see docs/VAULT.md).
 *
 * Conversations, end-user consent and privacy concerns live in named
 * databases of the data directory's environment (db.h; the application opens
 * it and lends it to the policy store and to the vault). Every
 * conversation has its own random data key, wrapped by the master key; message
 * text and end-user ids are only ever written as AES-256-GCM ciphertext. End
 * users are indexed by HMAC-SHA256(pseudonym key, user id), never by raw id.
 *
 * Threading: a vault handle is immutable after vault_open and may be shared by
 * any number of threads; every call runs in its own short LMDB transaction
 * (one write txn per mutating call: it commits whole or not at all).
 * Times are Unix seconds; callers pass `now` so that tests control the clock.
 * JSON returned through json_t ** is owned by the caller (json_decref). */
#ifndef CUSTOS_VAULT_H
#define CUSTOS_VAULT_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "db.h"
#include "errors-t.h"
#include "keys.h"

/* Error codes (0 is success; values in errors.def, HTTP answers in
 * gateway/pipeline/errors.c). The vault's own: VAULT_E_INVALID (bad input;
 * err names the field), VAULT_E_HOLD (under legal hold), VAULT_E_CRYPTO
 * (authentication failed: tampered data or wrong key), VAULT_E_LIMIT (the
 * conversation already holds VAULT_MAX_MESSAGES). The storage conditions
 * are the environment's (db.h), under the vault's names; besides these, a
 * call may meet DB_E_FATAL (LMDB panic) and DB_E_CORRUPT. */
enum {
	VAULT_OK = 0,
	VAULT_E_NOTFOUND = DB_E_NOTFOUND, /* no such (or expired) object */
	VAULT_E_FULL = DB_E_FULL,         /* LMDB map full; the txn was aborted, nothing written */
	VAULT_E_STORE = DB_E_IO,          /* other LMDB error */
	VAULT_E_NOMEM = CUSTOS_E_NOMEM,
};

/* Bounds on untrusted input (all byte counts). */
#define VAULT_MAX_MESSAGES        10000       /* per conversation */
#define VAULT_MAX_TEXT            (64 * 1024) /* message text, concern text */
#define VAULT_MAX_LABELS          32
#define VAULT_MAX_LABEL_LEN       128 /* label key and label value */
#define VAULT_MAX_USER_LEN        256 /* end-user id */
#define VAULT_MAX_CONSENT_KEYS    16
#define VAULT_MAX_CONSENT_KEY_LEN 64
#define VAULT_MAX_AUTHOR_LEN      256
#define VAULT_LIST_DEFAULT        100
#define VAULT_LIST_MAX            1000
#define VAULT_ID_LEN              24 /* "c-" + 22 base62; buffers are char[40] */
#define VAULT_NDBS                11 /* named databases vault_open adds to the env */
#define VAULT_MASTER_MAX          64 /* master key versions (1..64) */
#define VAULT_PN_MAX              16 /* pseudonym key versions (1..16) */
#define VAULT_PN_LEN              40 /* a pseudonym and its NUL: "u16-" + 32 hex fits */

typedef struct vault vault;

/* Opens (creating on first use) the vault's named databases in env (which
 * has room for DB_MAX_DBS; the policy store takes POL_STORE_NDBS). The key bytes are
 * copied (subkeys are derived from master); the handles may be freed after.
 * env is borrowed and must outlive the vault. On first open a key check is
 * stored; a later open with a different master or pseudonym key fails with
 * VAULT_E_CRYPTO instead of silently producing unreadable data.
 * Errors: VAULT_E_CRYPTO, VAULT_E_FULL, VAULT_E_STORE, VAULT_E_NOMEM (err says why). */
int vault_open(db_env *env, const keys_secret *master, const keys_secret *pseudonym, vault **out,
	       char *err, size_t errsz);

/* vault_open with master key versions: masters[n] (n = 1..VAULT_MASTER_MAX,
 * NULL where absent; masters[0] is ignored) is version n. Every version
 * the data directory still uses (from its oldest in use to its current,
 * docs/KEYS.md) must be given, else VAULT_E_CRYPTO naming the missing
 * version; others are ignored. vault_open(.., master, ..) is version 1 alone. */
int vault_open_versions(db_env *env, const keys_secret *const masters[VAULT_MASTER_MAX + 1],
			keys_p11 *token, const keys_secret *pseudonym, vault **out, char *err,
			size_t errsz);
/* With a token-held master (token, borrowed, outliving the vault): the
 * versions the vault records as held on the token are looked up there
 * (the URI's object= or "object.N", vault_token.c; a recorded version
 * whose object is missing is VAULT_E_CRYPTO with err); in a data directory
 * from before those records (or a fresh one: version 1, with random record
 * subkeys) the URI's object is the file-less version whose check it opens. */

/* The current version if the token holds it, else 0. */
unsigned vault_master_token_version(vault *v);

/* vault_master_rotate with a token key as version current+1: from a file
 * version, the URI's own object (made by custos keys init; absent:
 * VAULT_E_INVALID); from a token version, a new key made on the token
 * (AES-256, sensitive, not extractable) labelled "object.N" (one left by
 * an interrupted rotation is reused). VAULT_E_INVALID as
 * vault_master_rotate, or when no token is configured; VAULT_E_CRYPTO when
 * the token cannot make the key. */
int vault_master_rotate_token(vault *v, unsigned *ver, char *err, size_t errsz);

/* Destroys on the token the key objects of retired token-held versions
 * (below the oldest in use) and then marks their records so, after waiting
 * (at most wait_ms) until no transaction that might still read a data key
 * wrapped under them is open. *n: objects destroyed, their labels
 * comma-separated in names (cap bytes). 0 (also when there is nothing to
 * destroy), DB_E_BUSY (transactions outlasted wait_ms: nothing destroyed,
 * try again), VAULT_E_CRYPTO (the token refused: logged), or a store
 * error. Any thread holding no transaction; not concurrent with itself. */
int vault_master_reap(vault *v, unsigned wait_ms, char *names, size_t cap, unsigned *n);

/* The token-held versions of env's vault, read-only (a gateway may run):
 * slot[n] is version n's key slot (keys.h), -1 when the token does not
 * hold it; destroyed[n] 1 once its object was destroyed. VAULT_E_NOTFOUND:
 * no vault there yet. */
struct vault_tok_peek {
	int slot[VAULT_MASTER_MAX + 1];
	uint8_t destroyed[VAULT_MASTER_MAX + 1];
};
int vault_master_peek_token(db_env *env, struct vault_tok_peek *out);

/* Erasure on disk (docs/KEYS.md): every transaction that deletes a
 * conversation or an end user's records raises a mark in the store (in
 * memory when a full store has no room for it). vault_shred_pending reads
 * it (both 0: nothing deleted since the last compaction); once a
 * compaction made after that read ran (db_env_compact), vault_shred_clear
 * removes what was read unless a later deletion raised it again.
 * VAULT_E_STORE and the like as any access. */
struct vault_shred_mark {
	uint64_t stored, unmarked;
};
int vault_shred_pending(vault *v, struct vault_shred_mark *mark);
int vault_shred_clear(vault *v, const struct vault_shred_mark *mark);

/* Master key versions and the rewrap (docs/KEYS.md). */
struct vault_master_info {
	unsigned current;   /* new data keys are wrapped under it */
	unsigned oldest;    /* oldest version still in use (== current: none older) */
	uint64_t pending;   /* data keys still under an older version (an upper
			    * bound while the rewrap runs: erasures lower it) */
	uint64_t rewrapped; /* data keys rewrapped by this handle */
};
void vault_master_info(vault *v, struct vault_master_info *out);

/* Adds master version current+1 (k, copied and derived): stores its key
 * check, reseals the vault's record subkeys under it and makes it current,
 * in one transaction; data keys made from then on are wrapped under it.
 * Refused (VAULT_E_INVALID, err says why) while an older version is still
 * in use (finish the rewrap first) or past VAULT_MASTER_MAX. *ver is the new
 * version. VAULT_E_FULL, VAULT_E_STORE as any write. */
int vault_master_rotate(vault *v, const keys_secret *k, unsigned *ver, char *err, size_t errsz);

/* One bounded step of the rewrap: in one write transaction, rewraps up to
 * batch data keys of older versions under the current one, continuing where
 * the last step stopped. When a pass finds none left, the older versions
 * are retired (recorded in the same transaction) and *finished is 1. One
 * caller at a time (the gateway's housekeeping thread, or the CLI); requests
 * go on meanwhile. *n is the number rewrapped. A crash loses at most the
 * uncommitted step: the next open resumes. */
int vault_master_rewrap(vault *v, size_t batch, size_t *n, int *finished);

/* Reads the versions of the vault in env without keys, read-only (for
 * `custos keys status` while a gateway runs): current, oldest and, when
 * counts is not NULL, the number of data keys per version
 * (counts[0..VAULT_MASTER_MAX]). VAULT_E_NOTFOUND: no vault there yet. */
int vault_master_peek(db_env *env, unsigned *current, unsigned *oldest,
		      uint64_t counts[VAULT_MASTER_MAX + 1]);

/* Wipes the derived keys and frees v (not the env). NULL is accepted. */
void vault_free(vault *v);

/* Static description of a VAULT_E_* code (custos_strerror). */
const char *vault_strerror(int rc);

/* Pseudonym of an end-user id under the current pseudonym key version N
 * (vault_pseudo.c, docs/KEYS.md): version 1 "u-" + first 32 hex chars of
 * HMAC-SHA256(pseudonym key, user); version N >= 2 "uN-" + 32 hex chars of
 * HMAC-SHA256(key N's end-user subkey, user). Stable while N is current. */
void vault_pseudonym(const vault *v, const char *user, char out[VAULT_PN_LEN]);

/* Pseudonym of a staff principal (as shown in access logs) under the
 * current version: "s-" (version 1) or "sN-" + first 32 hex chars of
 * HMAC-SHA256(staff subkey, principal), the staff subkey being
 * HMAC-SHA256(version's key, "custos-pseudonym-staff\0v1"). No end-user
 * pseudonym can equal or reveal it. */
void vault_staff_pseudonym(const vault *v, const char *principal, char out[VAULT_PN_LEN]);

/* ---- pseudonym key versions (vault_pseudo.c, docs/KEYS.md) ----
 * Version 1 (the key given to vault_open) keys the stored user index for
 * good; a newer version changes the pseudonyms shown. */

/* Loads the pseudonym key versions: pks[n] is version n (2..VAULT_PN_MAX,
 * NULL where absent; pks[0] and pks[1] are ignored). The current version
 * must be given, others are checked when given (their pseudonyms find a
 * user's older audit entries). grace_s: how long after a rotation the
 * previous version's pseudonyms are still accepted. Call once, after
 * vault_open and before other threads use v. VAULT_E_CRYPTO (a key does
 * not match or is missing: err says which), VAULT_E_STORE. */
int vault_pseudonym_open(vault *v, const keys_secret *const pks[VAULT_PN_MAX + 1], int64_t grace_s,
			 char *err, size_t errsz);

struct vault_pn_info {
	unsigned current;       /* new output is under it */
	unsigned indexed;       /* version whose index is complete (== current: done) */
	int64_t rotated_at;     /* Unix seconds of the last rotation, 0 if none */
	int64_t grace_until;    /* previous version accepted before it (0: none) */
	uint64_t pending;       /* conversations the rebuild still has to visit (bound) */
	uint64_t indexed_total; /* conversations visited by this handle's rebuild */
};
void vault_pseudonym_info(vault *v, struct vault_pn_info *out);

/* Makes k (copied, derived) version current+1 at time now, in one
 * transaction; pseudonyms shown from then on are under it and the index
 * rebuild starts (vault_pseudonym_reindex). Refused (VAULT_E_INVALID, err
 * says why) while a rebuild runs or past VAULT_PN_MAX. */
int vault_pseudonym_rotate(vault *v, const keys_secret *k, time_t now, unsigned *ver, char *err,
			   size_t errsz);

/* One bounded step of the index rebuild: in one write transaction, indexes
 * the users of up to batch conversations under the current version,
 * continuing from the position the last step committed (a crash resumes
 * there). *finished 1 when the index is complete. One caller at a time. */
int vault_pseudonym_reindex(vault *v, size_t batch, size_t *n, int *finished);

/* Pseudonym versions of the vault in env, read-only without keys (custos
 * keys status); grace_s as for vault_pseudonym_open. VAULT_E_NOTFOUND: no
 * vault there yet. */
int vault_pseudonym_peek(db_env *env, int64_t grace_s, struct vault_pn_info *out);

/* Checks a pseudonym a client gave: 0 when it is of the current version,
 * or of the previous one during its grace; VAULT_E_RETIRED (err says
 * which version and since when) for an older one or the previous one after
 * its grace; VAULT_E_INVALID when s is no end-user pseudonym or names a
 * version this vault does not have. */
int vault_pseudonym_accept(vault *v, const char *s, time_t now, char *err, size_t errsz);

/* The current version's pseudonym of the user whose pseudonym (of any
 * accepted version) is pn, into out. VAULT_E_NOTFOUND when nobody with
 * conversations has it; VAULT_E_RETIRED / _INVALID as
 * vault_pseudonym_accept; VAULT_E_STORE and the like as any read. */
int vault_pseudonym_current(vault *v, const char *pn, time_t now, char out[VAULT_PN_LEN]);

/* The user's pseudonyms under every loaded version, oldest first (for
 * finding every audit entry about the user): up to cap into out; returns
 * how many. */
size_t vault_pseudonyms_all(vault *v, const char *user, char (*out)[VAULT_PN_LEN], size_t cap);

/* Creates a conversation from an API create body:
 *   {"user": str (required), "labels": {str: str}, "consent": {str: bool},
 *    "legal_hold": bool, "expires_at": RFC3339, "messages": [message...]}
 * message = {"role": "user"|"assistant", "text": str, "at": RFC3339 (default now)}.
 * Unknown members (including server-assigned "id"/"created_at") are refused.
 * consent defaults to the user's current consent, else all-false
 * {"human_review": false, "training": false}. expires_at must lie in the
 * future; it defaults to now + default_retention_s (<= 0: never expires).
 * Writes the new id into id_out. Errors: VAULT_E_INVALID (err names the
 * field; never echoes values), VAULT_E_FULL, VAULT_E_STORE, VAULT_E_NOMEM. */
int vault_create(vault *v, const json_t *body, time_t now, int default_retention_s, char id_out[40],
		 char *err, size_t errsz);

/* The checks of vault_create alone (no store access), so that a handler can
 * refuse a bad body before deciding on it. 0, or VAULT_E_INVALID (err names
 * the field) / VAULT_E_NOMEM. */
int vault_create_check(const json_t *body, time_t now, char *err, size_t errsz);

/* Appends messages: body is one message object, an array of messages, or
 * {"messages": [...]}. All or nothing. *count_out (may be NULL) receives the
 * new message count. Errors: VAULT_E_NOTFOUND (missing or expired),
 * VAULT_E_INVALID, VAULT_E_LIMIT, VAULT_E_CRYPTO, VAULT_E_FULL, VAULT_E_STORE. */
int vault_append(vault *v, const char *id, const json_t *body, time_t now, size_t *count_out,
		 char *err, size_t errsz);

/* Reads a whole conversation, decrypted, as the API document:
 *   {"id", "user" (raw id), "user_pseudonym", "created_at", "labels",
 *    "consent" (effective), "legal_hold", "expires_at" (null if none),
 *    "messages": [{"role","text","at"}]}
 * The raw "user" is for callers whose decision allows pii: everyone else
 * must drop it and show "user_pseudonym". An expired conversation that is not
 * under legal hold is VAULT_E_NOTFOUND. Errors: VAULT_E_NOTFOUND,
 * VAULT_E_CRYPTO (tampered record or wrong key: never partial plaintext),
 * VAULT_E_STORE, VAULT_E_NOMEM. */
int vault_get(vault *v, const char *id, time_t now, json_t **out);

/* Policy attributes only, nothing decrypted (resource.* for the engine):
 *   {"type":"conversation","id","labels","consent" (effective),"legal_hold",
 *    "created_at","expires_at","user_pseudonym","message_count"}
 * Errors as vault_get. */
int vault_meta(vault *v, const char *id, time_t now, json_t **attrs);

/* Lists conversations in id order as {"conversations": [attrs as
 * vault_meta...], "next": id|null}. Filters (each optional, NULL = any):
 * user (raw end-user id; looked up by its HMAC), label label_k == label_v
 * (both or neither). Starts after the cursor `after` (an id from "next", or
 * NULL). limit 0 means VAULT_LIST_DEFAULT, larger than VAULT_LIST_MAX is
 * clamped. Expired conversations are skipped. "next" is set when the page is
 * full. Errors: VAULT_E_INVALID (bad cursor or filter), VAULT_E_CRYPTO,
 * VAULT_E_STORE, VAULT_E_NOMEM. */
int vault_list(vault *v, const char *user, const char *label_k, const char *label_v, time_t now,
	       size_t limit, const char *after, json_t **out);

/* What vault_list_filtered selects; NULL members select anything. */
typedef struct vault_filter {
	const char *user;      /* raw end-user id (looked up by its HMAC) */
	const char *pseudonym; /* or an end user's pseudonym (vault_pseudonym_accept) */
	const char *label_k;   /* label key and value: both or neither */
	const char *label_v;
} vault_filter;

/* vault_list with a filter: user or pseudonym (not both), and/or a label.
 * Errors as vault_list, and VAULT_E_RETIRED for a pseudonym that
 * vault_pseudonym_accept refuses so. */
int vault_list_filtered(vault *v, const vault_filter *f, time_t now, size_t limit,
			const char *after, json_t **out);

/* 1 when id has the form of a vault id of kind ('c' a conversation, 'q' a
 * concern): kind, '-' and 22 base62 characters; else 0. */
int vault_valid_id(const char *id, char kind);

/* 1 when s has the form of an end-user pseudonym of some version ("u-" or
 * "uN-" with N 2..VAULT_PN_MAX, then 32 lowercase hex digits), else 0. */
int vault_is_pseudonym(const char *s);

/* Cursors that clients carry between pages: pos (1 to 64 bytes, e.g. the
 * last returned id) sealed with AES-256-GCM under a key derived from the
 * master key, bound to scope (a string naming the listing and its filters)
 * as associated data, as lowercase hex in out (at least 2 * (len + 29) + 1
 * bytes). A client can neither read nor forge one, nor use one made for
 * another scope. vault_cursor_open reverses it into pos (possz bytes),
 * *len the length. Errors: VAULT_E_INVALID (malformed, altered, other
 * scope), VAULT_E_CRYPTO / VAULT_E_NOMEM (library failure, seal only). */
int vault_cursor_seal(const vault *v, const char *scope, const void *pos, size_t len, char *out,
		      size_t outsz);
int vault_cursor_open(const vault *v, const char *scope, const char *cursor, void *pos,
		      size_t possz, size_t *len);

/* Deletes a conversation: wrapped data key, messages, indexes and metadata in
 * one txn (crypto-shredding: without the data key no copy of the ciphertext
 * can be read). Errors: VAULT_E_HOLD, VAULT_E_NOTFOUND, VAULT_E_FULL,
 * VAULT_E_STORE. Expired but not yet swept conversations can be deleted. */
int vault_delete(vault *v, const char *id);

/* Sets or clears legal hold. A held conversation is never deleted, erased or
 * swept, and stays readable after its expires_at. Errors: VAULT_E_NOTFOUND,
 * VAULT_E_CRYPTO, VAULT_E_FULL, VAULT_E_STORE. */
int vault_set_hold(vault *v, const char *id, int hold);

/* Sets a user's current consent ({str: bool}, e.g. {"human_review": true,
 * "training": false}) and appends an encrypted history entry {consent,
 * author, at}. It applies to every conversation of the user from the next
 * read on. author (the deciding principal, may be NULL) is capped at
 * VAULT_MAX_AUTHOR_LEN. Errors: VAULT_E_INVALID, VAULT_E_FULL, VAULT_E_STORE. */
int vault_consent_put(vault *v, const char *user, const json_t *consent, const char *author,
		      time_t now, char *err, size_t errsz);

/* The checks vault_consent_put makes on consent: an object of at most
 * VAULT_MAX_CONSENT_KEYS booleans whose keys are 1 to
 * VAULT_MAX_CONSENT_KEY_LEN bytes. 0 or VAULT_E_INVALID (err says why). */
int vault_consent_check(const json_t *consent, char *err, size_t errsz);

/* The user's current consent object. VAULT_E_NOTFOUND if never set. */
int vault_consent_get(vault *v, const char *user, json_t **current);

/* The user's consent history, oldest first: [{"consent","author","at"}]
 * (empty array if none). Errors: VAULT_E_CRYPTO, VAULT_E_STORE, VAULT_E_NOMEM. */
int vault_consent_history(vault *v, const char *user, json_t **hist);

/* Right to erasure: in one txn deletes every conversation of the user that is
 * not under legal hold, the user's consent record and history, and concerns
 * the user raised. Held conversations keep the user's effective consent
 * frozen into their own metadata (erasing the consent record must not revive
 * an older, broader consent). *report:
 *   {"user_pseudonym", "erased": [ids], "held": [ids],
 *    "consent_records_erased": n, "concerns_erased": n}
 * Errors: VAULT_E_INVALID, VAULT_E_CRYPTO, VAULT_E_FULL, VAULT_E_STORE. */
int vault_erase_user(vault *v, const char *user, json_t **report);

/* Right of access: {"user", "user_pseudonym", "conversations": [vault_get
 * documents, expired ones excluded], "consent": current|null,
 * "consent_history": [...], "concerns": [...]} (the access log comes from the
 * audit module). Errors: VAULT_E_INVALID, VAULT_E_CRYPTO, VAULT_E_STORE. */
int vault_export_user(vault *v, const char *user, time_t now, json_t **doc);

/* Retention: deletes up to max conversations whose expires_at <= now and that
 * are not under legal hold, in one txn, oldest expiry first. *deleted_ids
 * (may be NULL) receives the array of deleted ids. Errors: VAULT_E_CRYPTO,
 * VAULT_E_FULL, VAULT_E_STORE, VAULT_E_NOMEM. */
int vault_sweep(vault *v, time_t now, size_t max, json_t **deleted_ids);

/* Retention, read only: up to max conversations whose expires_at <= now
 * and that are not under legal hold, oldest expiry first, as a new array
 * [{"id", "user_pseudonym"}] in *out (caller owns). Lets the caller record
 * each deletion before it happens and then delete with vault_delete (which
 * refuses a conversation put on hold meanwhile). Stale index entries are
 * skipped (vault_sweep drops them). Errors: VAULT_E_CRYPTO, VAULT_E_STORE,
 * VAULT_E_NOMEM. */
int vault_expired(vault *v, time_t now, size_t max, json_t **out);

/* Records a privacy concern {"user": str, "conversation_id": id?,
 * "decision_id": int?, "text": str} (the whole record encrypted). Writes the
 * new id ("q-" + 22 base62) to id_out. Errors: VAULT_E_INVALID, VAULT_E_FULL,
 * VAULT_E_STORE. */
int vault_concern_create(vault *v, const json_t *body, time_t now, char id_out[40], char *err,
			 size_t errsz);

/* The checks of vault_concern_create alone (no store access). 0 or
 * VAULT_E_INVALID (err names the field). */
int vault_concern_check(const json_t *body, char *err, size_t errsz);

/* Bytes of a position in the concern listing (created_at BE64 + id). */
#define VAULT_CONCERN_POS_LEN (8 + VAULT_ID_LEN)

/* For the privacy officer: one page of concerns, newest first
 * (newest_first) or oldest first, at most limit (0: VAULT_LIST_DEFAULT;
 * clamped to VAULT_LIST_MAX), strictly after position `after` (a next_pos
 * of the previous page in the same order, or NULL for the first page).
 * *out = {"concerns": [{"id","created_at","user","user_pseudonym",
 * "conversation_id","decision_id","text"}]}; "user" is the raw id: drop it
 * unless the decision allows pii. *more = 1 when the page is full and at least one
 * more concern follows; then next_pos holds the position of the page's last
 * concern. Errors: VAULT_E_CRYPTO, VAULT_E_STORE, VAULT_E_NOMEM. */
int vault_concern_page(vault *v, int newest_first, size_t limit,
		       const uint8_t after[VAULT_CONCERN_POS_LEN], json_t **out,
		       uint8_t next_pos[VAULT_CONCERN_POS_LEN], int *more);

#endif
