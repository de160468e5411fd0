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

/* Static description of a KEYS_E_* code. */
const char *keys_strerror(int rc);

#endif
