/* errbuf: the one way a module writes an error message into a caller's
 * buffer (char *err, size_t errsz; either may be NULL/0: then nothing is
 * written). The message says what failed, never secret data.
 * Any thread. */
#ifndef CUSTOS_ERRBUF_H
#define CUSTOS_ERRBUF_H

#include <stdarg.h>
#include <stddef.h>

/* Formats into err (truncated to errsz, always NUL-terminated). */
void errbuf_set(char *err, size_t errsz, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void errbuf_vset(char *err, size_t errsz, const char *fmt, va_list ap)
	__attribute__((format(printf, 3, 0)));

/* errbuf_set, then returns rc: `return errbuf_fail(err, errsz, E, "...")`. */
int errbuf_fail(char *err, size_t errsz, int rc, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* Clears err (err[0] = '\0') when there is room. */
void errbuf_clear(char *err, size_t errsz);

#endif
