/* keys: the process's long-lived secrets (master, audit, pseudonym keys).
 *
 * Each key is 32 random bytes stored base64 in its own file. It is read once,
 * held in an opaque handle and wiped when the handle is freed. Nothing here
 * logs or prints key material.
 * A handle is read-only once loaded (any thread may use it) and freed once. */
#ifndef CUSTOS_KEYS_H
#define CUSTOS_KEYS_H

#include <stddef.h>
#include <stdint.h>

#include "errors-t.h"

#define KEYS_SECRET_LEN 32

/* Codes (values in errors.def): KEYS_E_IO (file missing, unreadable or not a
 * regular file), KEYS_E_FORMAT (not base64, or not exactly 32 bytes),
 * KEYS_E_EXISTS (keys_generate_file: the file already exists),
 * KEYS_E_RANDOM (the CSPRNG failed), and: */
enum { KEYS_OK = 0, KEYS_E_NOMEM = CUSTOS_E_NOMEM };

typedef struct keys_secret keys_secret;

/* Reads a key file: base64 (padding optional, whitespace ignored) of exactly
 * 32 bytes; the file itself is capped at 1 KiB. A file readable by group or
 * others is accepted with a log_warn naming the path (deployment tools such
 * as container secrets often mount 0644; refusing would only push operators
 * to weaker workarounds). On success *out is a new handle (keys_free).
 * Errors: KEYS_E_IO, KEYS_E_FORMAT, KEYS_E_NOMEM, with a one-line reason in
 * err (never key material). */
int keys_load_file(const char *path, keys_secret **out, char *err, size_t errsz);

/* keys_load_file with flags: KEYS_PRIVATE refuses (KEYS_E_IO, err says
 * why) a file that group or others may access or that another user owns,
 * where keys_load_file only warns. */
#define KEYS_PRIVATE 1u
int keys_load(const char *path, unsigned flags, keys_secret **out, char *err, size_t errsz);

/* The file of version ver of a versioned key (docs/KEYS.md): base itself
 * for version 1, "base.N" for N >= 2. 0, or -1 when it does not fit. */
int keys_version_path(const char *base, unsigned ver, char *out, size_t cap);

/* Makes a handle from n raw bytes (n must be 32, else KEYS_E_FORMAT).
 * The caller keeps ownership of (and should wipe) bytes. */
int keys_from_bytes(const uint8_t *bytes, size_t n, keys_secret **out);

/* The 32 key bytes, borrowed: valid until keys_free(k). Never log them. */
const uint8_t *keys_secret_bytes(const keys_secret *k);

/* Wipes (OPENSSL_cleanse) and frees k. NULL is accepted. */
void keys_free(keys_secret *k);

/* Writes a new random key (base64 + newline) to path, created with mode 0600
 * and O_EXCL: an existing file is never overwritten (KEYS_E_EXISTS), since
 * replacing a master key makes every stored conversation unreadable.
 * The data is fsync'ed before returning. Errors: KEYS_E_EXISTS, KEYS_E_IO,
 * KEYS_E_RANDOM. */
int keys_generate_file(const char *path);

/* ---- a master key held in a PKCS#11 token (keys_p11.c, docs/KEYS.md) ----
 * Sealed records have the vault's layout: KEYS_SEAL_VER | 12-byte nonce |
 * ciphertext | 16-byte tag (AES-256-GCM on the token; the version byte and
 * aad are authenticated). Any thread; one token session, serialized. */
#define KEYS_SEAL_VER      1
#define KEYS_SEAL_OVERHEAD 29
typedef struct keys_p11 keys_p11;

/* Key slots: slot 0 is the key labelled as the URI's object= (the first
 * master version on the token), slot n (2..KEYS_P11_SLOTS-1) the key
 * labelled "object.n" (master version n, made on the token by a rotation:
 * docs/KEYS.md). */
#define KEYS_P11_SLOTS 65

/* Loads the PKCS#11 module (the URI's module-path, else p11-kit's
 * registered modules), finds the token the URI (RFC 7512) names and logs in
 * with the PIN in pin_file (its first line; NULL: the URI's pin-value);
 * with create, finds or makes slot 0's key (AES-256, sensitive, never
 * extractable); without it no key is looked up yet (keys_p11_find).
 * cache_entries: opened data keys kept in mlock'ed memory (0: none).
 * Errors: KEYS_E_FORMAT (not a usable URI), KEYS_E_IO (module, token, PIN
 * or key missing: err says which), KEYS_E_NOMEM. */
int keys_p11_open(const char *uri, const char *pin_file, int create, size_t cache_entries,
		  keys_p11 **out, char *err, size_t errsz);
/* Finds slot's key on the token (kept for seal/unseal); with create makes
 * it when absent (AES-256, sensitive, never extractable). KEYS_E_IO with
 * err naming the label when it is absent (without create) or cannot be
 * made; KEYS_E_FORMAT for a slot out of range (1 is none). */
int keys_p11_find(keys_p11 *k, unsigned slot, int create, char *err, size_t errsz);
/* The label of slot's key into out (cap bytes): 0, or -1 when it does not
 * fit. */
int keys_p11_label(const keys_p11 *k, unsigned slot, char *out, size_t cap);
/* keys_p11_label from the URI alone (no token opened): 0 or -1. */
int keys_p11_uri_label(const char *uri, unsigned slot, char *out, size_t cap);
/* Destroys slot's key object on the token (C_DestroyObject: a master
 * version retired) and wipes every cached data key it opened. 0 also when
 * there is no such object; KEYS_E_IO with err when the token refuses. */
int keys_p11_destroy(keys_p11 *k, unsigned slot, char *err, size_t errsz);
/* Seals pt (n bytes) into out (n + KEYS_SEAL_OVERHEAD bytes) on the token
 * with slot's key (found before: else KEYS_E_IO). */
int keys_p11_seal(keys_p11 *k, unsigned slot, const char *aad, const uint8_t *pt, size_t n,
		  uint8_t *out);
/* Opens a sealed record with slot's key (inlen - KEYS_SEAL_OVERHEAD bytes
 * into out, at most 4 KiB): KEYS_E_FORMAT when it does not authenticate.
 * 32-byte plaintexts (data keys) are answered from the cache when the same
 * record was opened before with the same slot's key. */
int keys_p11_unseal(keys_p11 *k, unsigned slot, const char *aad, const uint8_t *in, size_t inlen,
		    uint8_t *out);
/* Drops (and wipes) the cached data key of a sealed record under slot's
 * key, as at an erasure or a rewrap: 1 when it was cached, else 0. */
int keys_p11_forget(keys_p11 *k, unsigned slot, const char *aad, const uint8_t *in, size_t inlen);
/* Cache hits, misses and data keys dropped by keys_p11_forget so far. */
void keys_p11_stats(keys_p11 *k, uint64_t *hits, uint64_t *misses, uint64_t *forgotten);
/* Closes the session, finalizes the module, wipes the cache. NULL is fine. */
void keys_p11_free(keys_p11 *k);

/* Static description of a KEYS_E_* code. */
const char *keys_strerror(int rc);

#endif
