/* b64: base64 (RFC 4648) in its two uses here: standard base64 in files
 * and records (key files, the vault's sealed user ids), read leniently as
 * people write it; and base64url as JWS requires it, read strictly so that
 * one token has one spelling (RFC 7515 section 2).
 * Pure functions over the caller's buffers: any thread. */
#ifndef CUSTOS_B64_H
#define CUSTOS_B64_H

#include <stddef.h>
#include <stdint.h>

/* Standard alphabet. White space (space, tab, CR, LF) anywhere is skipped;
 * at most two '=' and only at the end; length mod 4 of the rest is not 1;
 * unused trailing bits are ignored. Writes at most outsz bytes to out and
 * nothing at all when the result would not fit. Returns the decoded length
 * or -1. */
int b64_decode(const char *in, size_t inlen, uint8_t *out, size_t outsz);

/* Standard alphabet with padding into out (at least 4 * ceil(n / 3) + 1
 * bytes), NUL-terminated. Returns the length written (without the NUL). */
size_t b64_encode(const uint8_t *in, size_t n, char *out);

/* The exact size b64_encode writes for n bytes, with the NUL. */
#define B64_ENCODED_SIZE(n) (((n) + 2) / 3 * 4 + 1)

/* Canonical base64url: the URL alphabet, no padding, no white space, zero
 * unused bits. 0 with *outlen, or -1 (also when it would not fit outsz). */
int b64url_decode(const char *in, size_t n, uint8_t *out, size_t outsz, size_t *outlen);

/* Canonical base64url of in[0..n) into out (at least B64_ENCODED_SIZE(n)
 * bytes), no padding, NUL-terminated. Returns the length (without the NUL). */
size_t b64url_encode(const uint8_t *in, size_t n, char *out);

#endif
