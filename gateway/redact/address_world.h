/* address_world.h: the byte helpers that address_world.c and
 * address_east.c share (UTF-8 characters, digits of either kind, CJK
 * letters). */
#ifndef CUSTOS_ADDRESS_WORLD_H
#define CUSTOS_ADDRESS_WORLD_H

#include <string.h>

#include "address_int.h"

/* Whether s[i..] starts with the bytes of w. */
static inline int at_str(const char *s, size_t len, size_t i, const char *w)
{
	size_t n = strlen(w);
	return i + n <= len && memcmp(s + i, w, n) == 0;
}

/* The byte length of the UTF-8 character at s[i] (1 for a broken one or
 * at the text's end). */
static inline size_t ch_len(const char *s, size_t len, size_t i)
{
	if (i >= len)
		return 1;
	unsigned char c = (unsigned char)s[i];
	size_t n = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
	return i + n <= len ? n : 1;
}

/* The start of the UTF-8 character that ends at s[i] (i > 0). */
static inline size_t ch_before(const char *s, size_t i)
{
	size_t j = i - 1;
	while (j > 0 && i - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80)
		j--;
	return j;
}

/* An ASCII digit or a Persian/Arabic-Indic one (U+06F0-U+06F9,
 * U+0660-U+0669) at s[i]: its byte length, or 0. */
static inline size_t digit_at(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	if (i < len && rx_is_digit(u[i]))
		return 1;
	if (i + 1 < len && ((u[i] == 0xDB && u[i + 1] >= 0xB0 && u[i + 1] <= 0xB9) ||
			    (u[i] == 0xD9 && u[i + 1] >= 0xA0 && u[i + 1] <= 0xA9)))
		return 2;
	return 0;
}

/* The number of digits (of either kind) at s[i], their end in *e. */
static inline size_t digits(const char *s, size_t len, size_t i, size_t *e)
{
	size_t n = 0, k;
	while ((k = digit_at(s, len, i)) > 0) {
		i += k;
		n++;
	}
	*e = i;
	return n;
}

/* A letter of the kana or CJK blocks (three bytes, E3 81-E9) at s[i]. */
static inline int cjk_at(const unsigned char *u, size_t len, size_t i)
{
	return i + 2 < len && ((u[i] == 0xE3 && u[i + 1] >= 0x81) || (u[i] >= 0xE4 && u[i] <= 0xE9));
}

/* The length of the word of set that starts at s[i], or 0. */
static inline size_t cn_in(const char *s, size_t len, size_t i, const char *const *set)
{
	for (const char *const *w = set; *w; w++)
		if (at_str(s, len, i, *w))
			return strlen(*w);
	return 0;
}

#endif
