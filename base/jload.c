/* jload: strict JSON parsed straight into jansson values (jload.h). */
#include "jload.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "jdump.h"

#define OWN_FLAGS (JSON_REJECT_DUPLICATES | JSON_DECODE_ANY)

struct in {
	const unsigned char *p, *end;
};

static void skip_ws(struct in *in)
{
	while (in->p < in->end &&
	       (*in->p == ' ' || *in->p == '\t' || *in->p == '\n' || *in->p == '\r'))
		in->p++;
}

static int hex4(const unsigned char *p, uint32_t *out)
{
	uint32_t v = 0;
	for (int i = 0; i < 4; i++) {
		unsigned char c = p[i];
		int d = c >= '0' && c <= '9'   ? c - '0'
			: c >= 'a' && c <= 'f' ? c - 'a' + 10
			: c >= 'A' && c <= 'F' ? c - 'A' + 10
					       : -1;
		if (d < 0)
			return -1;
		v = v << 4 | (uint32_t)d;
	}
	*out = v;
	return 0;
}

static size_t utf8_put(uint32_t cp, char *o)
{
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (char)(0xC0 | cp >> 6);
		o[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (char)(0xE0 | cp >> 12);
		o[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		o[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (char)(0xF0 | cp >> 18);
	o[1] = (char)(0x80 | (cp >> 12 & 0x3F));
	o[2] = (char)(0x80 | (cp >> 6 & 0x3F));
	o[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* The escape at p (after the backslash, before end) decoded into o; its
 * length in the input in *used. 0 for what is left to jansson: an unknown
 * escape, bad hex, "\u0000", a lone or unpaired surrogate. */
static size_t unescape(const unsigned char *p, const unsigned char *end, char *o, size_t *used)
{
	static const char simple[] = "\"\"\\\\//b\bf\fn\nr\rt\t";
	uint32_t cp, lo;
	if (p >= end)
		return 0;
	if (*p != 'u') {
		const char *s = memchr(simple, *p, sizeof simple - 1);
		/* keys sit at even offsets of the table */
		if (!s || (s - simple) % 2)
			return 0;
		o[0] = s[1];
		*used = 1;
		return 1;
	}
	if (end - p < 5 || hex4(p + 1, &cp) || cp == 0 || (cp >= 0xDC00 && cp <= 0xDFFF))
		return 0;
	*used = 5;
	if (cp >= 0xD800 && cp <= 0xDBFF) {
		if (end - p < 11 || p[5] != '\\' || p[6] != 'u' || hex4(p + 7, &lo) ||
		    lo < 0xDC00 || lo > 0xDFFF)
			return 0;
		cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
		*used = 11;
	}
	return utf8_put(cp, o);
}

/* A string at in->p (its opening quote) into a new jansson string in out,
 * or, when key is set, its bytes into key and klen (kbuf gets a buffer the
 * caller frees). 0, or -1 when it is not taken. */
static int string(struct in *in, char **kbuf, const char **key, size_t *klen, json_t **out)
{
	const unsigned char *s = ++in->p, *p = s;
	int escaped = 0;
	while (p < in->end && *p != '"') {
		if (*p < 0x20)
			return -1;
		if (*p == '\\') {
			if (in->end - p < 2)
				return -1;
			escaped = 1;
			p += 2;
		} else if (*p >= 0x80) {
			size_t l = jdump_utf8_len(p, (size_t)(in->end - p));
			if (!l)
				return -1;
			p += l;
		} else {
			p++;
		}
	}
	if (p >= in->end)
		return -1;
	const char *v = (const char *)s;
	size_t n = (size_t)(p - s);
	char *dec = NULL;
	if (escaped) {
		dec = malloc(n);
		if (!dec)
			return -1;
		size_t o = 0;
		for (const unsigned char *q = s; q < p;) {
			if (*q != '\\') {
				dec[o++] = (char)*q++;
				continue;
			}
			size_t used = 0, w = unescape(q + 1, p, dec + o, &used);
			if (!w) {
				free(dec);
				return -1;
			}
			o += w;
			q += 1 + used;
		}
		v = dec;
		n = o;
	}
	in->p = p + 1;
	if (key) {
		*kbuf = dec;
		*key = v;
		*klen = n;
		return 0;
	}
	*out = json_stringn_nocheck(v, n);
	free(dec);
	return *out ? 0 : -1;
}

/* An integer (no fraction or exponent: reals are jansson's). */
static json_t *integer(struct in *in)
{
	const unsigned char *s = in->p, *p = s;
	char tmp[24];
	if (p < in->end && *p == '-')
		p++;
	if (p >= in->end || *p < '0' || *p > '9')
		return NULL;
	if (*p == '0' && p + 1 < in->end && p[1] >= '0' && p[1] <= '9')
		return NULL;
	while (p < in->end && *p >= '0' && *p <= '9')
		p++;
	if (p < in->end && (*p == '.' || *p == 'e' || *p == 'E'))
		return NULL;
	if ((size_t)(p - s) >= sizeof tmp)
		return NULL; /* beyond any json_int_t */
	memcpy(tmp, s, (size_t)(p - s));
	tmp[p - s] = '\0';
	errno = 0;
	char *end;
	long long v = strtoll(tmp, &end, 10);
	if (errno == ERANGE || end != tmp + (p - s))
		return NULL;
	in->p = p;
	return json_integer((json_int_t)v);
}

static json_t *literal(struct in *in, const char *word, size_t n, json_t *v)
{
	if ((size_t)(in->end - in->p) < n || memcmp(in->p, word, n))
		return NULL;
	in->p += n;
	return v;
}

static json_t *value(struct in *in, unsigned depth);

static json_t *object(struct in *in, unsigned depth)
{
	json_t *o = json_object();
	in->p++;
	skip_ws(in);
	if (o && in->p < in->end && *in->p == '}') {
		in->p++;
		return o;
	}
	while (o) {
		char *kbuf = NULL;
		const char *key;
		size_t klen;
		json_t *v = NULL;
		if (in->p >= in->end || *in->p != '"' || string(in, &kbuf, &key, &klen, NULL))
			break;
		skip_ws(in);
		/* NUL in a key, a duplicate key: jansson's errors (or choice) */
		int ok = in->p < in->end && *in->p == ':' && !memchr(key, 0, klen) &&
			 !json_object_getn(o, key, klen);
		if (ok) {
			in->p++;
			v = value(in, depth + 1);
		}
		ok = v && !json_object_setn_new_nocheck(o, key, klen, v);
		free(kbuf);
		if (!ok)
			break;
		skip_ws(in);
		if (in->p < in->end && *in->p == '}') {
			in->p++;
			return o;
		}
		if (in->p >= in->end || *in->p != ',')
			break;
		in->p++;
		skip_ws(in);
	}
	json_decref(o);
	return NULL;
}

static json_t *array(struct in *in, unsigned depth)
{
	json_t *a = json_array();
	in->p++;
	skip_ws(in);
	if (a && in->p < in->end && *in->p == ']') {
		in->p++;
		return a;
	}
	while (a) {
		json_t *v = value(in, depth + 1);
		if (!v || json_array_append_new(a, v))
			break;
		skip_ws(in);
		if (in->p < in->end && *in->p == ']') {
			in->p++;
			return a;
		}
		if (in->p >= in->end || *in->p != ',')
			break;
		in->p++;
	}
	json_decref(a);
	return NULL;
}

static json_t *value(struct in *in, unsigned depth)
{
	json_t *v = NULL;
	skip_ws(in);
	if (depth > JLOAD_MAX_DEPTH || in->p >= in->end)
		return NULL;
	switch (*in->p) {
	case '{':
		return object(in, depth);
	case '[':
		return array(in, depth);
	case '"':
		return string(in, NULL, NULL, NULL, &v) ? NULL : v;
	case 't':
		return literal(in, "true", 4, json_true());
	case 'f':
		return literal(in, "false", 5, json_false());
	case 'n':
		return literal(in, "null", 4, json_null());
	default:
		return integer(in);
	}
}

json_t *jload_own(const char *s, size_t n, size_t flags)
{
	json_t *v = NULL;
	if (!s || (flags & ~(size_t)OWN_FLAGS))
		return NULL;
	struct in in = {(const unsigned char *)s, (const unsigned char *)s + n};
	skip_ws(&in);
	if (!(flags & JSON_DECODE_ANY) && (in.p >= in.end || (*in.p != '{' && *in.p != '[')))
		return NULL;
	v = value(&in, 0);
	skip_ws(&in);
	if (v && in.p != in.end) {
		json_decref(v);
		v = NULL;
	}
	return v;
}

json_t *jload(const char *s, size_t n, size_t flags, json_error_t *err)
{
	json_t *v = jload_own(s, n, flags);
	return v ? v : json_loadb(s, n, flags, err);
}

/* ---------- jload_members: the top level of a plain object ---------- */

/* A string of printable ASCII without escapes at in->p (the opening quote):
 * its content in *p, *n and in->p past the closing quote; -1 otherwise. */
static int plain_string(struct in *in, const char **p, size_t *n)
{
	const unsigned char *q = in->p + 1;
	while (q < in->end && *q >= 0x20 && *q < 0x7f && *q != '"' && *q != '\\')
		q++;
	if (q >= in->end || *q != '"')
		return -1;
	*p = (const char *)in->p + 1;
	*n = (size_t)(q - in->p - 1);
	in->p = q + 1;
	return 0;
}

/* Skips an object or array at in->p, nested at most JLOAD_MEMBERS_DEPTH
 * deep, counting brackets outside strings: its well-formedness is left to
 * whoever parses those bytes. -1 when it does not end. */
static int skip_container(struct in *in)
{
	unsigned depth = 0;
	int str = 0;
	for (const unsigned char *q = in->p; q < in->end; q++) {
		if (str) {
			if (*q == '\\' && q + 1 < in->end)
				q++;
			else if (*q == '"')
				str = 0;
		} else if (*q == '"') {
			str = 1;
		} else if (*q == '{' || *q == '[') {
			if (++depth > JLOAD_MEMBERS_DEPTH)
				return -1;
		} else if (*q == '}' || *q == ']') {
			if (--depth == 0) {
				in->p = q + 1;
				return 0;
			}
		}
	}
	return -1;
}

int jload_members(const char *s, size_t n, const char *const *keys, const char *types, size_t nkeys,
		  struct jload_member *out)
{
	memset(out, 0, nkeys * sizeof *out);
	if (!s)
		return 1;
	struct in in = {(const unsigned char *)s, (const unsigned char *)s + n};
	skip_ws(&in);
	if (in.p >= in.end || *in.p++ != '{')
		return 1;
	skip_ws(&in);
	if (in.p < in.end && *in.p == '}') {
		in.p++;
		goto end;
	}
	for (;;) {
		const char *k;
		size_t klen, i = 0;
		if (in.p >= in.end || *in.p != '"' || plain_string(&in, &k, &klen))
			return 1;
		while (i < nkeys && (strlen(keys[i]) != klen || memcmp(keys[i], k, klen)))
			i++;
		if (i == nkeys || out[i].type) /* unknown, or a duplicate */
			return 1;
		skip_ws(&in);
		if (in.p >= in.end || *in.p++ != ':')
			return 1;
		skip_ws(&in);
		if (in.p >= in.end || *in.p != types[i])
			return 1;
		const unsigned char *start = in.p;
		if (types[i] == '"') {
			if (plain_string(&in, &out[i].p, &out[i].len))
				return 1;
		} else {
			if (skip_container(&in))
				return 1;
			out[i].p = (const char *)start;
			out[i].len = (size_t)(in.p - start);
		}
		out[i].type = types[i];
		skip_ws(&in);
		if (in.p < in.end && *in.p == ',') {
			in.p++;
			skip_ws(&in);
			continue;
		}
		if (in.p < in.end && *in.p == '}') {
			in.p++;
			break;
		}
		return 1;
	}
end:
	skip_ws(&in);
	return in.p == in.end ? 0 : 1;
}
