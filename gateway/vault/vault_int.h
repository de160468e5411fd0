/* vault_int: what the vault's files share: the handle, the record formats,
 * sealing and MACs, the checks of untrusted input and the LMDB glue. Not
 * part of the vault's interface (vault.h). Layout: docs/VAULT.md.
 * The handle is read-only after vault_open: every call runs in its own
 * transaction, on any thread. */
#ifndef CUSTOS_VAULT_INT_H
#define CUSTOS_VAULT_INT_H

#include <lmdb.h>
#include <openssl/evp.h>
#include <stdatomic.h>
#include <stdint.h>

#include "db_lmdb.h"
#include "vault.h"

#define KEYLEN        32
#define NONCE_LEN     12
#define TAG_LEN       16
#define SEAL_VER      1
#define SEAL_OVERHEAD (1 + NONCE_LEN + TAG_LEN)
#define WRAPPED_LEN   (SEAL_OVERHEAD + KEYLEN)
#define MAC_LEN       32
#define UH_HEX        64 /* hex HMAC-SHA256 of a user id */
#define AAD_MAX       192
#define IDX_KEY_MAX   (2 * VAULT_MAX_LABEL_LEN + 2 + VAULT_ID_LEN)
/* Derivation label of the staff pseudonym subkey (the NUL is part of it). */
#define STAFF_LABEL "custos-pseudonym-staff\0v1"
#define KEYLIST_MAX (1u << 20) /* keys one erasure or sweep may collect */
/* Message plaintext: role (1 byte: 0 user, 1 assistant) | at (BE64 Unix
 * seconds) | UTF-8 text. Binary rather than JSON: parsing JSON was most of
 * the cost of a read. */
#define MSG_HDR 9

struct vault {
	db_env *env; /* borrowed */
	MDB_env *mdb;
	MDB_dbi info, meta, dkey, msg, uidx, lidx, exp, consent, chist, concern, upn;
	/* wrap[n]: the data-key wrapping key of master version n (loaded[n]).
	 * A slot is filled before its version is published in cur_ver and is
	 * never changed afterwards (a retired version stays in memory until
	 * vault_free: a reader on an older snapshot may still need it). */
	uint8_t wrap[VAULT_MASTER_MAX + 1][KEYLEN];
	uint8_t loaded[VAULT_MASTER_MAX + 1];
	keys_p11 *p11; /* a token-held master (borrowed), or NULL */
	/* tok[n]: master version n is held on the token, as its key slot
	 * tok_slot[n] (keys.h); filled before the version is published in
	 * cur_ver, as wrap[n], and never changed afterwards. */
	uint8_t tok[VAULT_MASTER_MAX + 1], tok_slot[VAULT_MASTER_MAX + 1];
	atomic_uint cur_ver;                      /* new data keys are wrapped under it */
	atomic_uint min_ver;                      /* oldest version still in use */
	atomic_uint_least64_t rewrapped, pending; /* rewrap progress (metrics) */
	atomic_uint_least64_t unmarked; /* deletions whose mark did not fit (vault_shred.c) */
	uint8_t scan_pos[VAULT_ID_LEN]; /* rewrap position: rewrap caller only */
	int scan_set;
	size_t pass_done, pass_failed; /* this pass's rewrapped and damaged keys */
	int stuck;                     /* a pass moved nothing: stop until reopened */
	uint8_t rec_key[KEYLEN];       /* seals consent history and concerns */
	uint8_t mac_key[KEYLEN];       /* authenticates plain metadata records */
	uint8_t cursor_key[KEYLEN];    /* seals list cursors handed to clients */
	uint8_t pseudo_key[KEYLEN];    /* HMAC of end-user ids */
	uint8_t staff_key[KEYLEN];     /* HMAC of staff principals, derived from pseudo_key */
	EVP_CIPHER *gcm;               /* AES-256-GCM, fetched once (OpenSSL 3) */
	EVP_MAC_CTX *mac_tmpl;         /* HMAC-SHA256 keyed with mac_key; dup'ed per use */
	EVP_MAC_CTX *pseudo_tmpl;      /* HMAC-SHA256 keyed with pseudo_key */
	EVP_MAC_CTX *staff_tmpl;       /* HMAC-SHA256 keyed with staff_key */
	/* Pseudonym versions >= 2 (vault_pseudo.c): the end-user and staff
	 * subkeys of version n, filled before pn_cur publishes n and never
	 * changed afterwards (as wrap[]). pn_cur 0 reads as 1. */
	uint8_t pn_ukey[VAULT_PN_MAX + 1][KEYLEN];
	uint8_t pn_skey[VAULT_PN_MAX + 1][KEYLEN];
	uint8_t pn_loaded[VAULT_PN_MAX + 1];
	atomic_uint pn_cur, pn_indexed;
	atomic_int_least64_t pn_rotated_at;
	int64_t pn_grace_s;                         /* set by vault_pseudonym_open */
	atomic_uint_least64_t pn_pending, pn_total; /* index rebuild progress (metrics) */
};

/* A decoded conversation metadata record. j is owned; uh points into it. */
struct meta {
	json_t *j;
	time_t created, expires; /* expires 0: never */
	int hold;
	size_t n;
	const char *uh;
};

/* Raw LMDB keys collected under a cursor, deleted after it is closed. */
struct keylist {
	size_t n, cap;
	struct rawkey {
		size_t len;
		uint8_t b[IDX_KEY_MAX];
	} * k;
};

int vlt_keylist_add(struct keylist *l, const MDB_val *k);

/* Scans db in t in key order from the first key >= from[0..flen) (flen 0:
 * the first key) while keys start with from[0..plen) (plen <= flen),
 * calling fn on each entry. fn returns 0 to go on, VLT_STOP to stop, or an
 * error that ends the scan and is returned. */
#define VLT_STOP 1
typedef int (*vlt_scan_fn)(const MDB_val *k, const MDB_val *val, void *arg);
int vlt_scan(const vault *v, MDB_txn *t, MDB_dbi db, const void *from, size_t flen, size_t plen,
	     vlt_scan_fn fn, void *arg);
void vlt_keylist_free(struct keylist *l);

/* ---- LMDB (vault_open.c): db_err, logging what is not expected ---- */

int vlt_lmdb(const vault *v, int mrc);
int vlt_begin(const vault *v, int rdonly, MDB_txn **t);
/* The one exit of a writer (db_txn_end): commits t when rc is 0 (fault
 * point CUSTOS_FAULT_VAULT_COMMIT), else aborts it (t may be NULL); returns
 * the outcome. */
int vlt_end(const vault *v, MDB_txn *t, int rc);
/* mdb_put (fault point CUSTOS_FAULT_VAULT_PUT). */
int vlt_put(const vault *v, MDB_txn *t, MDB_dbi db, MDB_val *k, MDB_val *val, unsigned flags);
/* Deletes a key; a missing one is no error. */
int vlt_del(const vault *v, MDB_txn *t, MDB_dbi db, const void *kb, size_t klen);

/* ---- crypto (vault_crypto.c) ---- */

void vlt_hmac32(const uint8_t key[KEYLEN], const void *data, size_t n, uint8_t out[32]);
EVP_MAC_CTX *vlt_mac_template(const uint8_t key[KEYLEN]);
/* out = ver | nonce | ciphertext | tag (ptlen + SEAL_OVERHEAD bytes). */
int vlt_seal(const vault *v, const uint8_t key[KEYLEN], const char *aad, const uint8_t *pt,
	     size_t ptlen, uint8_t *out);
/* Opens a sealed record into out; on failure out is wiped (VAULT_E_CRYPTO). */
int vlt_unseal(const vault *v, const uint8_t key[KEYLEN], const char *aad, const uint8_t *in,
	       size_t inlen, uint8_t *out);
int vlt_put_sealed(const vault *v, MDB_txn *t, MDB_dbi db, MDB_val *k, const uint8_t key[KEYLEN],
		   const char *aad, const void *pt, size_t ptlen);
int vlt_get_sealed_json(const vault *v, const uint8_t key[KEYLEN], const char *aad,
			const MDB_val *val, json_t **out);
int vlt_put_json_mac(vault *v, MDB_txn *t, MDB_dbi db, const char *domain, MDB_val *k,
		     const json_t *j);
int vlt_get_json_mac(vault *v, MDB_txn *t, MDB_dbi db, const char *domain, MDB_val *k,
		     json_t **out);
void vlt_user_hash(const vault *v, const char *user, char uh[UH_HEX + 1]);
int vlt_gen_id(char prefix, char out[40]);

/* ---- checks of untrusted input (vault_check.c) ---- */

int vlt_check_user(const char *user, char *err, size_t errsz);
int vlt_check_str(const json_t *j, size_t min, size_t max, const char *field, char *err,
		  size_t errsz, const char **out);
int vlt_check_consent(const json_t *c, const char *field, char *err, size_t errsz);
/* body: one message, an array, or {"messages": [...]} -> new array of
 * normalised messages {"role","text","at": Unix seconds}. */
int vlt_parse_messages(const json_t *body, time_t now, int allow_single, json_t **out, char *err,
		       size_t errsz);
/* Checks a create body; on success *user (borrowed from body), *expires
 * (0 when the body names none) and *msgs (new array, may be NULL). */
int vlt_create_check(const json_t *body, time_t now, const char **user, time_t *expires,
		     json_t **msgs, char *err, size_t errsz);
/* Checks a concern body; *user, *cid and *dec (NULL if absent) borrowed. */
int vlt_concern_check(const json_t *body, const char **user, const char **cid, const json_t **dec,
		      char *err, size_t errsz);

/* ---- records (vault_record.c) ---- */

void vlt_meta_free(struct meta *m);
int vlt_meta_load(vault *v, MDB_txn *t, const char *id, struct meta *m);
int vlt_meta_store(vault *v, MDB_txn *t, const char *id, const json_t *j);
int vlt_is_expired(const struct meta *m, time_t now);
int vlt_unwrap_dek(vault *v, MDB_txn *t, const char *id, uint8_t dek[KEYLEN]);
/* Decrypts the end-user id of conversation id. *user is owned (free). */
int vlt_open_user(const vault *v, const char *id, const struct meta *m, const uint8_t dek[KEYLEN],
		  char **user);

/* The key of conv_info record name; a big-endian record (len 4 or 8
 * bytes) of conv_info, or dflt when absent (VAULT_E_CRYPTO: another
 * length); writing one. */
MDB_val vlt_info_key(const char *name);
int vlt_info_get(const vault *v, MDB_txn *t, const char *name, size_t len, uint64_t dflt,
		 uint64_t *out);
int vlt_info_put(const vault *v, MDB_txn *t, const char *name, size_t len, uint64_t x);

/* One batch of a resumable walk over db's conversation-id keys
 * (vlt_batch_ids): from the first key >= from (NULL: the first key), up
 * to batch ids whose value keep(val, arg) accepts (keep NULL: all),
 * looking at no more than max_seen entries. Out: ids[0..nids), and at_end,
 * or next: the key the next batch goes on from. */
struct vlt_batch {
	const uint8_t *from;
	size_t batch, max_seen;
	int (*keep)(const MDB_val *val, void *arg);
	void *arg;
	uint8_t (*ids)[VAULT_ID_LEN]; /* batch entries, the caller's */
	size_t nids;
	int at_end;
	uint8_t next[VAULT_ID_LEN];
};
int vlt_batch_ids(const vault *v, MDB_txn *t, MDB_dbi db, struct vlt_batch *b);

/* A read-only look at the vault in env without keys: tmp (zeroed, only
 * the handles set) with conv_info and the named database other open in
 * *t (abort it after). */
int vlt_peek_begin(db_env *env, vault *tmp, MDB_txn **t, const char *other, MDB_dbi *other_dbi);

/* ---- pseudonym versions (vault_pseudo.c) ---- */

/* The current pseudonym of conversation id's user (metadata m): from the
 * pseudonym index, else from its sealed user id. */
int vlt_conv_pseudonym(vault *v, MDB_txn *t, const char *id, const struct meta *m,
		       char out[VAULT_PN_LEN]);
/* Indexes user (hash uh) under the current version, at its conversation's
 * creation (a no-op under version 1). */
int vlt_pn_index_user(vault *v, MDB_txn *t, const char *uh, const char *user);
/* Drops every index entry of uh (at the user's erasure). */
int vlt_pn_forget(vault *v, MDB_txn *t, const char *uh);
/* The uh of the user with pseudonym pn (accepted at now): VAULT_E_NOTFOUND
 * when nobody with conversations has it, VAULT_E_RETIRED / _INVALID as
 * vault_pseudonym_accept. */
int vlt_pn_resolve(vault *v, MDB_txn *t, const char *pn, time_t now, char uh[UH_HEX + 1]);

/* ---- master key versions (vault_keys.c) ---- */

/* Adds master version current+1 in one transaction (vault_master_rotate):
 * under k, or (k NULL) under the token's key slot (found before). */
int vlt_master_rotate(vault *v, const keys_secret *k, unsigned slot, unsigned *ver, char *err,
		      size_t errsz);
/* Checks (or, when create and absent, stores) version ver's key check;
 * err names the version when it does not open. */
int vlt_check_version(vault *v, MDB_txn *t, unsigned ver, int create, char *err, size_t errsz);

/* ---- token-held master versions (vault_token.c) ---- */

/* Version ver's token record ("master_tok.N": its key slot): *has 0 when
 * the version is not recorded as held on the token. */
int vlt_tok_get(const vault *v, MDB_txn *t, unsigned ver, int *has, unsigned *slot);
int vlt_tok_put(const vault *v, MDB_txn *t, unsigned ver, unsigned slot);
/* At open, for an in-use version ver: if it is held on the token (its
 * record, or, for a data directory from before the records, the URI's own
 * key when it opens ver's check and no file was given), finds its key,
 * checks it and marks it loaded: *done 1. *done 0: a file version. A
 * recorded version whose key object is missing, or a token not configured
 * for one, is VAULT_E_CRYPTO with err. */
int vlt_tok_open(vault *v, MDB_txn *t, unsigned ver, int have_file, int *done, char *err,
		 size_t errsz);

/* Wraps dek for conversation id under the current master version. */
int vlt_wrap_dek(vault *v, MDB_txn *t, const char *id, const uint8_t dek[KEYLEN]);
/* At open: reads the versions in use, derives and checks each one's wrap
 * key from masters[n] and loads the record subkeys (rec, mac, cursor). */
int vlt_keys_open(vault *v, MDB_txn *t, const keys_secret *const *masters, char *err, size_t errsz);
void vlt_msg_key(uint8_t kb[VAULT_ID_LEN + 4], const char *id, uint32_t idx);
int vlt_put_message(vault *v, MDB_txn *t, const char *id, uint32_t idx, const uint8_t dek[KEYLEN],
		    const json_t *msg);
size_t vlt_label_key(uint8_t *kb, const char *lk, const char *lv, const char *id);
void vlt_exp_key(uint8_t kb[8 + VAULT_ID_LEN], time_t expires, const char *id);
/* Drops the conversation's data key from the token's cache (at its
 * deletion; the txn may still abort: the cache then only misses once). */
void vlt_forget_dek(vault *v, MDB_txn *t, const char *id);
/* Marks in t that records were deleted whose bytes must leave the disk
 * (vault_shred_pending): the last write of a deleting transaction. */
int vlt_shred_mark(vault *v, MDB_txn *t);
/* Runs a deleting transaction, once(v, 1, arg) writing the mark; when the
 * store is full (the deletion fits, its mark does not: LMDB reuses the
 * freed pages only after the commit) once more as once(v, 0, arg), the
 * mark then kept in memory (v->unmarked) until the next compaction. */
int vlt_shred_deleting(vault *v, int (*once)(vault *v, int mark, void *arg), void *arg);
/* Deletes every record of a conversation in the caller's txn. */
int vlt_delete_conv(vault *v, MDB_txn *t, const char *id, const struct meta *m);
/* The user's current consent record {"consent","seq","updated_at"} or NOTFOUND. */
int vlt_load_consent(vault *v, MDB_txn *t, const char *uh, json_t **rec);
/* The user's current consent if ever set, else the conversation's. New reference. */
int vlt_effective_consent(vault *v, MDB_txn *t, const struct meta *m, json_t **out);
json_t *vlt_time_json(time_t t);
/* Policy attributes of a conversation (vault_meta's document). */
int vlt_conv_attrs(vault *v, MDB_txn *t, const char *id, const struct meta *m, json_t **out);
/* The full decrypted conversation document. */
int vlt_conv_doc(vault *v, MDB_txn *t, const char *id, const struct meta *m, json_t **out);

/* ---- consent and concerns, for the end-user rights (vault_consent.c,
 * vault_concern.c) ---- */

/* Appends the user's decrypted consent history to arr; with keys_out, only
 * collects the raw keys (for erasure). */
int vlt_history_scan(vault *v, MDB_txn *t, const char *uh, json_t *arr, struct keylist *keys_out);
/* Scans all concerns (with uh: only that user's): public records to arr (up
 * to max, *truncated when more) and/or raw keys to keys_out. */
int vlt_concern_scan(vault *v, MDB_txn *t, const char *uh, json_t *arr, size_t max,
		     struct keylist *keys_out, int *truncated);

#endif
