/* str: bounded string copies for the request path, where snprintf(d, n, "%s",
 * s) cost a whole printf (about 600 instructions) per copy. */
#ifndef CUSTOS_STR_H
#define CUSTOS_STR_H

#include <stddef.h>
#include <string.h>

/* Copies src into dst (size > 0 bytes), truncated and always NUL-terminated,
 * exactly as snprintf(dst, size, "%s", src) does; returns strlen(src) like it,
 * so a result >= size means truncated. */
static inline size_t str_copy(char *dst, size_t size, const char *src)
{
	size_t n = strlen(src);
	size_t k = n < size ? n : size - 1;
	memcpy(dst, src, k);
	dst[k] = '\0';
	return n;
}

#endif
