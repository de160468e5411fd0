/* util: small helpers shared by every gateway module: capped file reads,
 * hex, time formatting. Nothing here knows about HTTP, policy or storage. */
#ifndef CUSTOS_UTIL_H
#define CUSTOS_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

/* Reads the whole file at path into a new NUL-terminated buffer (*out, owned
 * by the caller, free()), at most max bytes. Returns 0, -ENOENT/-EACCES/...
 * (negated errno) or -EFBIG when the file is larger than max. */
int util_read_file(const char *path, size_t max, char **out, size_t *len);

/* Lowercase hex of n bytes into out (2n+1 bytes, NUL-terminated). */
void util_hex(const uint8_t *in, size_t n, char *out);

/* RFC 3339 UTC with milliseconds: "2026-11-29T04:00:00.123Z". out >= 32. */
void util_time_rfc3339_ms(char *out, size_t outsz);
/* RFC 3339 UTC, seconds: "2026-11-29T04:00:00Z". out >= 24. */
void util_time_rfc3339(time_t t, char *out, size_t outsz);
/* Parses "YYYY-MM-DDTHH:MM:SS[.fff](Z|+hh:mm)". Returns 0 and *out, or -1. */
int util_parse_rfc3339(const char *s, time_t *out);

/* Milliseconds from a monotonic clock. */
uint64_t util_now_ms(void);

/* Joins base's directory with rel unless rel is absolute. Returns a new
 * string (caller frees) or NULL on allocation failure. */
char *util_path_relative_to(const char *base_file, const char *rel);

/* Decodes standard base64 (padding optional, whitespace ignored) into out,
 * at most outsz bytes. Returns the decoded length or -1. */
int util_base64_decode(const char *in, size_t inlen, uint8_t *out, size_t outsz);

#endif
