/* jdump: jansson's compact dump, written directly (jdump.h). */
#include "jdump.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define OWN_FLAGS (JSON_COMPACT | JSON_SORT_KEYS | JSON_PRESERVE_ORDER | JSON_ENCODE_ANY)
/* Internal: this value is left to jansson (the whole dump restarts there). */
#define FALLBACK 1
/* Members sorted on the stack; larger objects allocate. */
#define SORT_ON_STACK 32
/* 0x01 in every byte of a word (put_string's word-at-a-time scan). */
#define ONES 0x0101010101010101ULL

/* buf_add, with the common case (room left, under the cap) inline: a dump
 * is mostly appends of a few bytes. */
static inline int put(struct buf *b, const void *p, size_t n)
{
	if (b->p && !b->toobig && n < b->cap - b->len && n <= b->max - b->len) {
		memcpy(b->p + b->len, p, n);
		b->len += n;
		b->p[b->len] = '\0';
		return 0;
	}
	return buf_add(b, p, n);
}

/* Bytes copied as they are inside a string: ASCII from 0x20 (DEL too:
 * jansson escapes only controls below 0x20) but '"' and '\\'. */
static const unsigned char plain[256] = {
	[0x20 ... 0x21] = 1, /* '"' is 0x22 */
	[0x23 ... 0x5b] = 1, /* '\\' is 0x5c */
	[0x5d ... 0x7f] = 1,
};

size_t jdump_utf8_len(const unsigned char *s, size_t n)
{
	unsigned char c = s[0], lo = 0x80, hi = 0xBF;
	size_t len;
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	} else {
		return 0;
	}
	if (n < len || s[1] < lo || s[1] > hi)
		return 0;
	for (size_t i = 2; i < len; i++)
		if (s[i] < 0x80 || s[i] > 0xBF)
			return 0;
	return len;
}

/* jansson's escapes: \" \\ \b \f \n \r \t, other controls \u00XX (upper
 * case); '/' and non-ASCII as they are (no JSON_ESCAPE_SLASH or
 * JSON_ENSURE_ASCII here). */
static int put_string(struct buf *b, const char *str, size_t n)
{
	static const char hexd[] = "0123456789ABCDEF";
	const unsigned char *s = (const unsigned char *)str;
	size_t run = 0, i = 0;
	int rc = put(b, "\"", 1);
	while (!rc && i < n) {
		/* Eight plain bytes at a time (most of a string): exact word
		 * tests for a byte >= 0x80, < 0x20, '"' or '\\' (the zero-byte
		 * test of Hacker's Delight 6-1). */
		while (n - i >= 8) {
			uint64_t x, q, e;
			memcpy(&x, s + i, 8);
			q = x ^ (ONES * '"');
			e = x ^ (ONES * '\\');
			if ((x | ((x - ONES * 0x20) & ~x) | ((q - ONES) & ~q) | ((e - ONES) & ~e)) &
			    (ONES * 0x80))
				break;
			i += 8;
		}
		if (i >= n)
			break;
		unsigned char c = s[i];
		if (plain[c]) {
			i++;
			continue;
		}
		if (c >= 0x80) {
			size_t l = jdump_utf8_len(s + i, n - i);
			if (!l)
				return FALLBACK;
			i += l;
			continue;
		}
		char esc[6] = {'\\', (char)c, 'u', '0', '0', 0};
		size_t elen = 2;
		if (c == '\b')
			esc[1] = 'b';
		else if (c == '\f')
			esc[1] = 'f';
		else if (c == '\n')
			esc[1] = 'n';
		else if (c == '\r')
			esc[1] = 'r';
		else if (c == '\t')
			esc[1] = 't';
		else if (c < 0x20) {
			memcpy(esc + 1, "u00", 3);
			esc[4] = hexd[c >> 4];
			esc[5] = hexd[c & 15];
			elen = 6;
		}
		rc = put(b, s + run, i - run);
		if (!rc)
			rc = put(b, esc, elen);
		run = ++i;
	}
	if (!rc)
		rc = put(b, s + run, i - run);
	if (!rc)
		rc = put(b, "\"", 1);
	return rc;
}

static int put_int(struct buf *b, json_int_t v)
{
	char tmp[24];
	size_t p = sizeof tmp;
	uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
	do {
		tmp[--p] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		tmp[--p] = '-';
	return put(b, tmp + p, sizeof tmp - p);
}

/* A real is jansson's own (its shortest round-trip form and ".0" rules). */
static int put_real(struct buf *b, const json_t *v, size_t flags)
{
	char tmp[64];
	size_t n = json_dumpb(v, tmp, sizeof tmp, flags | JSON_ENCODE_ANY);
	if (n == 0 || n > sizeof tmp)
		return FALLBACK;
	return put(b, tmp, n);
}

struct member {
	const char *key;
	size_t len;
	json_t *value;
};

/* jansson's JSON_SORT_KEYS order: the bytes, then the length. */
static int member_cmp(const void *pa, const void *pb)
{
	const struct member *a = pa, *b = pb;
	int r = memcmp(a->key, b->key, a->len < b->len ? a->len : b->len);
	return r ? r : (a->len > b->len) - (a->len < b->len);
}

static int put_value(struct buf *b, const json_t *v, size_t flags, unsigned depth);

/* at (NULL but for jdump_members' object): where each member's key starts,
 * from base, for the first nat members. */
static int put_members(struct buf *b, const struct member *m, size_t n, size_t flags,
		       unsigned depth, size_t *at, size_t nat, size_t base)
{
	int rc = 0;
	for (size_t i = 0; !rc && i < n; i++) {
		if (i)
			rc = put(b, ",", 1);
		if (at && i < nat)
			at[i] = b->len - base;
		if (!rc)
			rc = put_string(b, m[i].key, m[i].len);
		if (!rc)
			rc = put(b, ":", 1);
		if (!rc)
			rc = put_value(b, m[i].value, flags, depth + 1);
	}
	return rc;
}

static int put_object(struct buf *b, const json_t *v, size_t flags, unsigned depth, size_t *at,
		      size_t nat)
{
	size_t base = b->len;
	struct member stack[SORT_ON_STACK], *m = stack;
	size_t n = json_object_size(v), i = 0;
	int rc;
	if (n > SORT_ON_STACK) {
		m = malloc(n * sizeof *m);
		if (!m)
			return CUSTOS_E_NOMEM;
	}
	for (void *it = json_object_iter((json_t *)v); it && i < n;
	     it = json_object_iter_next((json_t *)v, it), i++) {
		m[i].key = json_object_iter_key(it);
		m[i].len = json_object_iter_key_len(it);
		m[i].value = json_object_iter_value(it);
	}
	if (flags & JSON_SORT_KEYS)
		qsort(m, i, sizeof *m, member_cmp);
	rc = put(b, "{", 1);
	if (!rc)
		rc = put_members(b, m, i, flags, depth, at, nat, base);
	if (!rc)
		rc = put(b, "}", 1);
	if (m != stack)
		free(m);
	return rc;
}

static int put_value(struct buf *b, const json_t *v, size_t flags, unsigned depth)
{
	int rc = 0;
	if (depth > JDUMP_MAX_DEPTH)
		return FALLBACK;
	switch (json_typeof(v)) {
	case JSON_OBJECT:
		return put_object(b, v, flags, depth, NULL, 0);
	case JSON_ARRAY:
		rc = put(b, "[", 1);
		for (size_t i = 0, n = json_array_size(v); !rc && i < n; i++) {
			if (i)
				rc = put(b, ",", 1);
			if (!rc)
				rc = put_value(b, json_array_get(v, i), flags, depth + 1);
		}
		return rc ? rc : put(b, "]", 1);
	case JSON_STRING:
		return put_string(b, json_string_value(v), json_string_length(v));
	case JSON_INTEGER:
		return put_int(b, json_integer_value(v));
	case JSON_REAL:
		return put_real(b, v, flags);
	case JSON_TRUE:
		return put(b, "true", 4);
	case JSON_FALSE:
		return put(b, "false", 5);
	case JSON_NULL:
		return put(b, "null", 4);
	}
	return FALLBACK;
}

static int dump(const json_t *v, size_t flags, struct buf *out, size_t *at, size_t nat)
{
	size_t start = out->len;
	int rc = FALLBACK;
	if (!v || (nat && !at) ||
	    (!(flags & JSON_ENCODE_ANY) && !json_is_object(v) && !json_is_array(v)))
		return CUSTOS_E_ARG;
	if ((flags & ~(size_t)OWN_FLAGS) == 0 && (flags & JSON_COMPACT))
		rc = at ? put_object(out, v, flags, 0, at, nat) : put_value(out, v, flags, 0);
	if (rc != FALLBACK)
		return rc;
	for (size_t i = 0; i < nat; i++)
		at[i] = SIZE_MAX; /* jansson's dump: where is not known */
	out->len = start;
	if (out->p)
		out->p[start] = '\0';
	char *s = json_dumps(v, flags);
	if (!s)
		return CUSTOS_E_ARG;
	rc = buf_add(out, s, strlen(s));
	free(s);
	return rc;
}

int jdump(const json_t *v, size_t flags, struct buf *out)
{
	return dump(v, flags, out, NULL, 0);
}

int jdump_members(const json_t *obj, size_t flags, struct buf *out, size_t *at, size_t nat)
{
	if (!json_is_object(obj))
		return CUSTOS_E_ARG;
	return dump(obj, flags, out, at, nat);
}

int jdump_string(struct buf *out, const char *s, size_t n)
{
	size_t start = out->len;
	int rc = put_string(out, s, n);
	if (rc != FALLBACK)
		return rc;
	out->len = start;
	if (out->p)
		out->p[start] = '\0';
	return CUSTOS_E_ARG;
}

int jdump_int(struct buf *out, json_int_t v)
{
	return put_int(out, v);
}
