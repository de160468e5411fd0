/* buf: a growable byte buffer whose size cap is fixed when it is made
 * (curl's dynbuf: `toobig` at init). Every buffer that grows with input has
 * one: request bodies, rendered text, collected keys and lists.
 *
 * The bytes are always followed by a NUL that is not counted in len, so a
 * buffer of text can be used as a string. A failed add leaves the buffer as
 * it was (CUSTOS_E_NOMEM) or, over the cap, frees it and makes it unusable
 * until buf_reset (CUSTOS_E_TOOBIG), so a caller that goes on anyway cannot
 * end up with a truncated document it takes for whole. Results must be
 * checked (warn_unused_result). Not thread-safe: one owner at a time. */
#ifndef CUSTOS_BUF_H
#define CUSTOS_BUF_H

#include <stdarg.h>
#include <stddef.h>

#include "errors-t.h"

#define BUF_WUR __attribute__((warn_unused_result))

struct buf {
	char *p;    /* owned; NULL until the first add */
	size_t len; /* bytes held, not counting the NUL */
	size_t cap; /* bytes allocated */
	size_t max; /* most bytes it may hold (fixed by buf_init) */
	int toobig; /* an add went over max: unusable until buf_reset */
};

/* Makes an empty buffer that may hold up to max bytes. Allocates nothing. */
void buf_init(struct buf *b, size_t max);

/* Appends n bytes of p. 0, CUSTOS_E_TOOBIG (over max: the buffer is freed)
 * or CUSTOS_E_NOMEM (unchanged). */
int buf_add(struct buf *b, const void *p, size_t n) BUF_WUR;

/* Appends a string (without its NUL). As buf_add. */
int buf_adds(struct buf *b, const char *s) BUF_WUR;

/* Appends printf output. As buf_add. */
int buf_addf(struct buf *b, const char *fmt, ...) BUF_WUR __attribute__((format(printf, 2, 3)));
int buf_vaddf(struct buf *b, const char *fmt, va_list ap) BUF_WUR
	__attribute__((format(printf, 2, 0)));

/* Forgets the contents (keeps the memory and the cap) and clears toobig. */
void buf_reset(struct buf *b);

/* Frees the memory; the buffer is empty and usable again (same cap). */
void buf_free(struct buf *b);

/* Hands the NUL-terminated bytes to the caller (free()) and empties b;
 * *len (may be NULL) gets their length. Never NULL: an empty buffer gives a
 * new "" (or NULL only when that allocation fails). */
char *buf_take(struct buf *b, size_t *len);

/* Grows an array *p of *cap elements of size elem so that it holds at least
 * need, doubling, never beyond max elements. For lists that are not bytes
 * (the same growth and cap rule as buf). 0, CUSTOS_E_TOOBIG (need > max) or
 * CUSTOS_E_NOMEM; *p and *cap are unchanged on error. */
int buf_grow_array(void **p, size_t *cap, size_t need, size_t elem, size_t max) BUF_WUR;

#endif
