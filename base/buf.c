/* buf: the capped growable buffer. */
#include "buf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BUF_FIRST 256

void buf_init(struct buf *b, size_t max)
{
	memset(b, 0, sizeof *b);
	b->max = max;
}

int buf_grow_array(void **p, size_t *cap, size_t need, size_t elem, size_t max)
{
	if (need <= *cap)
		return 0;
	if (need > max || elem == 0 || need > SIZE_MAX / elem)
		return CUSTOS_E_TOOBIG;
	size_t ncap = *cap ? *cap : 8;
	while (ncap < need)
		ncap = ncap > SIZE_MAX / 2 ? need : ncap * 2;
	if (ncap > max)
		ncap = max;
	void *np = realloc(*p, ncap * elem);
	if (!np)
		return CUSTOS_E_NOMEM;
	*p = np;
	*cap = ncap;
	return 0;
}

/* Room for n more bytes and the NUL. */
static int reserve(struct buf *b, size_t n)
{
	if (b->toobig)
		return CUSTOS_E_TOOBIG;
	if (n > b->max || b->len > b->max - n) {
		buf_free(b);
		b->toobig = 1;
		return CUSTOS_E_TOOBIG;
	}
	size_t need = b->len + n + 1;
	if (need <= b->cap)
		return 0;
	size_t ncap = b->cap ? b->cap : BUF_FIRST;
	while (ncap < need)
		ncap = ncap > SIZE_MAX / 2 ? need : ncap * 2;
	if (ncap > b->max + 1)
		ncap = b->max + 1;
	char *np = realloc(b->p, ncap);
	if (!np)
		return CUSTOS_E_NOMEM;
	b->p = np;
	b->cap = ncap;
	return 0;
}

int buf_add(struct buf *b, const void *p, size_t n)
{
	int rc = reserve(b, n);
	if (rc)
		return rc;
	if (n)
		memcpy(b->p + b->len, p, n);
	b->len += n;
	b->p[b->len] = '\0';
	return 0;
}

int buf_adds(struct buf *b, const char *s)
{
	return buf_add(b, s, strlen(s));
}

int buf_vaddf(struct buf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return CUSTOS_E_ARG;
	int rc = reserve(b, (size_t)n);
	if (rc)
		return rc;
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
	return 0;
}

int buf_addf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = buf_vaddf(b, fmt, ap);
	va_end(ap);
	return rc;
}

void buf_reset(struct buf *b)
{
	b->len = 0;
	b->toobig = 0;
	if (b->p)
		b->p[0] = '\0';
}

void buf_free(struct buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
	b->toobig = 0;
}

char *buf_take(struct buf *b, size_t *len)
{
	char *s = b->p;
	size_t n = b->len;
	if (!s) {
		s = malloc(1);
		if (s)
			s[0] = '\0';
		n = 0;
	}
	b->p = NULL;
	b->len = b->cap = 0;
	b->toobig = 0;
	if (len)
		*len = n;
	return s;
}
