/* repair.c: the text as a person reads it. Text pasted from a PDF, a
 * mail's HTML, an RTF file or a program that decoded UTF-8 as Windows-1252
 * carries bytes a reader does not see or sees through: soft hyphens and
 * zero-width characters inside words ("naviga\u00adteur", "h\u200bttp"),
 * ligatures ("\ufb01rst"), HTML's formatting tags and entities
 * ("<b>Name:</b>&nbsp;Anna<br>Flat 8"), RTF's control words
 * ("{\b D\'f3nal}\par Rose Cottage"), and mojibake ("MÃ¼ller" for
 * "Müller", also twice over). The scan runs on a repaired copy of such a
 * text, and every byte of the copy knows the bytes of the original it came
 * from, so the spans are reported on the original (engine.c).
 *
 * Each repair is one that a reader makes without doubt: only tags without
 * attributes are read as layout (an attribute may hold a value: <a
 * href="mailto:...">), only well-formed entities are decoded, RTF only
 * inside a group that starts with {\rtf, and mojibake only where the bytes
 * read back as one valid UTF-8 character. The copy is never longer than
 * the original. A text with none of these is scanned as it is. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "redact_int.h"

/* Windows-1252's 0x80-0x9F (0: undefined, read as U+0080-U+009F) */
static const uint16_t cp1252_hi[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
	0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
	0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* The code point of a Windows-1252 byte. */
static unsigned cp1252(unsigned b)
{
	return b >= 0x80 && b < 0xA0 && cp1252_hi[b - 0x80] ? cp1252_hi[b - 0x80] : b;
}

/* The UTF-8 character at s[i]: its code point in *cp and its length (0
 * when not one; the text is valid UTF-8, checked before). */
static size_t utf8_at(const unsigned char *s, size_t n, size_t i, unsigned *cp)
{
	unsigned c = s[i];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	size_t k = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
	if (i + k > n)
		return 0;
	unsigned v = c & (k == 2 ? 0x1F : k == 3 ? 0x0F : 0x07);
	for (size_t j = 1; j < k; j++)
		v = v << 6 | (s[i + j] & 0x3F);
	*cp = v;
	return k;
}

static size_t utf8_put(unsigned cp, unsigned char *o)
{
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | cp >> 6);
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | cp >> 12);
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | cp >> 18);
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

/* The Windows-1252 byte a code point stands for in mojibake (a byte of
 * 0x80-0xBF: U+0080-U+00BF or one of 1252's signs), or -1. */
static int moji_cont(unsigned cp)
{
	if (cp >= 0x80 && cp <= 0xBF)
		return (int)cp;
	if (cp < 0x152)
		return -1;
	for (int b = 0; b < 32; b++)
		if (cp1252_hi[b] && cp1252_hi[b] == cp)
			return 0x80 + b;
	return -1;
}

/* Mojibake at s[i]: a character U+00C2-U+00F4 (a UTF-8 lead byte read as
 * Windows-1252) followed by the continuation bytes it needs, read the same
 * way, that make one valid UTF-8 character. Its bytes in out, their
 * number returned, and the source's length in *used; 0 when none. */
static size_t mojibake_at(const unsigned char *s, size_t n, size_t i, unsigned char *out, size_t *used)
{
	unsigned cp;
	size_t l = utf8_at(s, n, i, &cp), p = i + l;
	if (l != 2 || cp < 0xC2 || cp > 0xF4)
		return 0;
	size_t k = cp >= 0xF0 ? 4 : cp >= 0xE0 ? 3 : 2;
	out[0] = (unsigned char)cp;
	for (size_t j = 1; j < k; j++) {
		unsigned c2;
		size_t l2 = p < n ? utf8_at(s, n, p, &c2) : 0;
		int b = l2 ? moji_cont(c2) : -1;
		if (b < 0)
			return 0;
		out[j] = (unsigned char)b;
		p += l2;
	}
	/* no overlong forms, no surrogates, nothing past U+10FFFF */
	if ((out[0] == 0xE0 && out[1] < 0xA0) || (out[0] == 0xED && out[1] > 0x9F) ||
	    (out[0] == 0xF0 && out[1] < 0x90) || (out[0] == 0xF4 && out[1] > 0x8F))
		return 0;
	*used = p - i;
	return k;
}

/* Named entities a mail's HTML uses, and their code points ("&nbsp;" read
 * as a plain space, as a reader takes it). */
static const struct {
	const char *name;
	unsigned cp;
} entities[] = {
	{"nbsp", ' '}, {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
	{"middot", 0xB7}, {"ndash", 0x2013}, {"mdash", 0x2014}, {"hellip", 0x2026}, {"euro", 0x20AC},
	{"pound", 0xA3}, {"copy", 0xA9}, {"reg", 0xAE}, {"laquo", 0xAB}, {"raquo", 0xBB}, {"bull", 0x2022},
	{"auml", 0xE4}, {"ouml", 0xF6}, {"uuml", 0xFC}, {"Auml", 0xC4}, {"Ouml", 0xD6}, {"Uuml", 0xDC},
	{"szlig", 0xDF}, {"eacute", 0xE9}, {"egrave", 0xE8}, {"ecirc", 0xEA}, {"agrave", 0xE0},
	{"aacute", 0xE1}, {"acirc", 0xE2}, {"ccedil", 0xE7}, {"ntilde", 0xF1}, {"iacute", 0xED},
	{"oacute", 0xF3}, {"uacute", 0xFA}, {"Eacute", 0xC9}, {"ocirc", 0xF4}, {"icirc", 0xEE},
	{"aring", 0xE5}, {"oslash", 0xF8}, {"aelig", 0xE6}, {"Aring", 0xC5}, {"Oslash", 0xD8},
};

/* An entity at s[i] ('&'): its code point and length, 0 when none. */
static size_t entity_at(const char *s, size_t n, size_t i, unsigned *cp)
{
	size_t j = i + 1;
	if (j < n && s[j] == '#') {
		unsigned v = 0;
		int hex = j + 1 < n && (s[j + 1] == 'x' || s[j + 1] == 'X'), digits = 0;
		j += 1 + hex;
		for (; j < n && digits < 7; j++, digits++) {
			unsigned char c = (unsigned char)s[j];
			if (rx_is_digit(c))
				v = v * (hex ? 16 : 10) + (c - '0');
			else if (hex && rx_is_xdigit(c))
				v = v * 16 + ((c | 0x20) - 'a' + 10);
			else
				break;
		}
		if (!digits || j >= n || s[j] != ';' || v < 0x20 || (v >= 0x7F && v < 0xA0) ||
		    (v >= 0xD800 && v < 0xE000) || v > 0x10FFFF)
			return 0;
		*cp = v;
		return j + 1 - i;
	}
	for (size_t k = 0; k < sizeof entities / sizeof entities[0]; k++) {
		size_t l = strlen(entities[k].name);
		if (j + l < n && s[j + l] == ';' && memcmp(s + j, entities[k].name, l) == 0) {
			*cp = entities[k].cp;
			return l + 2;
		}
	}
	return 0;
}

/* An HTML tag without attributes at s[i] ('<') that only lays text out:
 * its length, and in *nl whether it breaks the line (<br>, </p>, <li>...)
 * or only the word (<b>, </span>, <td>...); 0 when none. */
static size_t tag_at(const char *s, size_t n, size_t i, int *nl)
{
	static const char *const block[] = {"br", "p", "div", "li", "ul", "ol", "tr", "table", "tbody",
					    "thead", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "blockquote",
					    NULL};
	static const char *const inl[] = {"b", "i", "u", "em", "strong", "small", "big", "span", "font",
					  "sup", "sub", "td", "th", "a", "tt", "s", "strike", "center",
					  "address", "code", "kbd", "samp", "var", "mark", "ins", "del",
					  "cite", "q", "label", "nobr", NULL};
	size_t j = i + 1, a;
	if (j < n && s[j] == '/')
		j++;
	a = j;
	while (j < n && j - a < 12 && rx_is_alnum((unsigned char)s[j]))
		j++;
	size_t l = j - a;
	if (!l || l >= 12)
		return 0;
	/* "<br/>", "<br />" */
	if (j + 1 < n && s[j] == ' ' && s[j + 1] == '/')
		j++;
	if (j < n && s[j] == '/')
		j++;
	if (j >= n || s[j] != '>')
		return 0;
	char w[12];
	for (size_t k = 0; k < l; k++)
		w[k] = (char)(s[a + k] | 0x20);
	for (int k = 0; block[k]; k++)
		if (strlen(block[k]) == l && memcmp(w, block[k], l) == 0) {
			*nl = 1;
			return j + 1 - i;
		}
	for (int k = 0; inl[k]; k++)
		if (strlen(inl[k]) == l && memcmp(w, inl[k], l) == 0) {
			*nl = 0;
			return j + 1 - i;
		}
	return 0;
}

/* An RTF control at s[i] ('\\', inside {\rtf ...}): its length (with the
 * space that ends a control word), what it reads as in out (0-4 bytes)
 * and their number in *on. */
static size_t rtf_at(const char *s, size_t n, size_t i, unsigned char *out, size_t *on)
{
	size_t j = i + 1;
	*on = 0;
	if (j >= n)
		return 1;
	unsigned char c = (unsigned char)s[j];
	if (c == '\\' || c == '{' || c == '}') {
		out[0] = c;
		*on = 1;
		return 2;
	}
	if (c == '\'' && j + 2 < n && rx_is_xdigit((unsigned char)s[j + 1]) && rx_is_xdigit((unsigned char)s[j + 2])) {
		unsigned h = 0;
		for (int k = 1; k <= 2; k++) {
			unsigned char d = (unsigned char)s[j + k];
			h = h * 16 + (rx_is_digit(d) ? d - '0' : (d | 0x20) - 'a' + 10);
		}
		unsigned cp = cp1252(h);
		*on = cp >= 0x20 ? utf8_put(cp, out) : 0;
		return 4;
	}
	if (!rx_is_alpha(c)) {
		if (c == '~') {
			out[0] = ' ';
			*on = 1;
		} else if (c == '_') {
			out[0] = '-';
			*on = 1;
		}
		return 2;
	}
	size_t a = j;
	while (j < n && j - a < 32 && rx_is_alpha((unsigned char)s[j]))
		j++;
	size_t wl = j - a;
	if (j < n && s[j] == '-')
		j++;
	while (j < n && rx_is_digit((unsigned char)s[j]))
		j++;
	if ((wl == 3 && !memcmp(s + a, "par", 3)) || (wl == 4 && !memcmp(s + a, "line", 4)) ||
	    (wl == 4 && !memcmp(s + a, "sect", 4)) || (wl == 4 && !memcmp(s + a, "page", 4))) {
		out[0] = '\n';
		*on = 1;
	} else if (wl == 3 && !memcmp(s + a, "tab", 3)) {
		out[0] = '\t';
		*on = 1;
	}
	if (j < n && s[j] == ' ')
		j++;
	return j - i;
}

/* An invisible character at u[i] that a reader does not see: a soft
 * hyphen, a zero-width space, non-joiner, joiner or word joiner, a byte
 * order mark. Its length, or 0. */
static size_t invisible_at(const unsigned char *u, size_t n, size_t i)
{
	if (u[i] == 0xC2)
		return i + 1 < n && u[i + 1] == 0xAD ? 2 : 0;
	if (i + 2 >= n)
		return 0;
	if (u[i] == 0xE2)
		return (u[i + 1] == 0x80 && u[i + 2] >= 0x8B && u[i + 2] <= 0x8D) ||
			       (u[i + 1] == 0x81 && u[i + 2] == 0xA0)
			       ? 3
			       : 0;
	return u[i] == 0xEF && u[i + 1] == 0xBB && u[i + 2] == 0xBF ? 3 : 0;
}

/* The letters of a ligature U+FB00-FB06 at u[i] (three bytes), or NULL. */
static const char *ligature_at(const unsigned char *u, size_t n, size_t i)
{
	static const char *const lig[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
	return u[i] == 0xEF && i + 2 < n && u[i + 1] == 0xAC && u[i + 2] <= 0x86 ? lig[u[i + 2] - 0x80] : NULL;
}

/* A full-width form of a character values are written with, at u[i]:
 * digits, Latin letters and '@' '.' '_' '-' '+' '/' (U+FF0B-U+FF5A; a form
 * typed with a Japanese or Chinese input method: "ｍｉｓａｋｉ＠ｙａｈｏｏ．ｃｏ．ｊｐ",
 * "〒９８０－０８１１"). Its ASCII character, or 0. The punctuation of
 * CJK text (：（），) stays as it is: the scan reads it as such. */
static unsigned char fullwidth_at(const unsigned char *u, size_t n, size_t i)
{
	if (u[i] != 0xEF || i + 2 >= n)
		return 0;
	if (u[i + 1] != 0xBC && u[i + 1] != 0xBD)
		return 0;
	unsigned cp = 0xF000u | (u[i + 1] & 0x3Fu) << 6 | (u[i + 2] & 0x3Fu);
	unsigned a = cp - 0xFEE0u;
	if ((a >= '0' && a <= '9') || (a >= 'A' && a <= 'Z') || (a >= 'a' && a <= 'z') || a == '@' ||
	    a == '.' || a == '_' || a == '-' || a == '+' || a == '/')
		return (unsigned char)a;
	return 0;
}

/* An Arabic-Indic or an Eastern Arabic (Persian, Urdu) digit at u[i]
 * (U+0660-U+0669, U+06F0-U+06F9: "١٨/٩/١٩٧٧", "۱۳۷۴/۱۲/۲۲", as
 * rx_decimal_at reads them): its ASCII digit, or 0. */
static unsigned char arabic_digit_at(const unsigned char *u, size_t n, size_t i)
{
	size_t adv;
	int script, d = rx_decimal_at((const char *)u, n, i, &adv, &script);
	return d >= 0 && (script == 1 || script == 2) ? (unsigned char)('0' + d) : 0;
}

/* Whether u[i] may start mojibake (a character U+00C2-U+00F4 before the
 * bytes Windows-1252's continuation characters start with: C2, C5, C6, CB
 * or E2), a cheap look before mojibake_at. */
static int moji_candidate(const unsigned char *u, size_t n, size_t i)
{
	return u[i] == 0xC3 && i + 2 < n && u[i + 1] >= 0x82 && u[i + 1] <= 0xB4 &&
	       (u[i + 2] == 0xC2 || u[i + 2] == 0xC5 || u[i + 2] == 0xC6 || u[i + 2] == 0xCB || u[i + 2] == 0xE2);
}

/* Whether s holds anything repair() changes: a cheap look at the bytes
 * every repair starts with. */
#ifndef __SSE2__
#define ONES UINT64_C(0x0101010101010101)
#define HIGHS UINT64_C(0x8080808080808080)
#define HASZERO(v) (((v) - ONES) & ~(v) & HIGHS)
#endif

static int needs_repair(const char *s, size_t n, int moji_only)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; i < n; i++) {
		/* sixteen (or eight) bytes at a time to the next '&', '<', '{'
		 * or byte past ASCII (most text has few) */
#ifdef __SSE2__
		if (i + 16 <= n) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
			__m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('&')),
							      _mm_cmpeq_epi8(v, _mm_set1_epi8('<'))),
						 _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('{')), v));
			unsigned bits = (unsigned)_mm_movemask_epi8(m);
			if (!bits) {
				i += 15;
				continue;
			}
			i += (size_t)__builtin_ctz(bits);
		}
#else
		if (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, u + i, 8);
			if (!((w & HIGHS) | HASZERO(w ^ (ONES * '&')) | HASZERO(w ^ (ONES * '<')) |
			      HASZERO(w ^ (ONES * '{')))) {
				i += 7;
				continue;
			}
		}
#endif
		unsigned char c = u[i];
		if (c < 0xC2 && c != '&' && c != '<' && c != '{')
			continue;
		if (moji_only && c != 0xC3)
			continue;
		if (c == '&' || c == '<') {
			unsigned cp;
			int nl;
			if (c == '&' ? entity_at(s, n, i, &cp) != 0 : tag_at(s, n, i, &nl) != 0)
				return 1;
		} else if (c == '{') {
			if (i + 5 <= n && !memcmp(s + i, "{\\rtf", 5))
				return 1;
		} else if (invisible_at(u, n, i) || ligature_at(u, n, i) || fullwidth_at(u, n, i) ||
			   ((c == 0xD9 || c == 0xDB) && arabic_digit_at(u, n, i))) {
			return 1;
		} else if (moji_candidate(u, n, i)) {
			unsigned char o[4];
			size_t used;
			if (mojibake_at(u, n, i, o, &used))
				return 1;
		}
	}
	return 0;
}

/* One pass of the repairs over s into r (r->text of n + 1 bytes, r->ms and
 * r->me of n + 1 entries: each output byte's source [ms, me) in s). */
static void repair_pass(const char *s, size_t n, struct rx_repair *r, int moji_only)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char *o = (unsigned char *)r->text, buf[4];
	size_t on = 0, rtf_depth = 0;
	for (size_t i = 0; i < n;) {
		unsigned char c = u[i];
		size_t used = 1, k = 0;
		if (moji_only && c != 0xC3) {
			used = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
			memcpy(buf, u + i, used);
			k = used;
		} else if (rtf_depth) {
			if (c == '\\') {
				used = rtf_at(s, n, i, buf, &k);
			} else if (c == '{' || c == '}') {
				rtf_depth += c == '{' ? 1 : (size_t)-1;
				k = 0;
			} else if (c == '\n' || c == '\r') {
				k = 0; /* a reader of RTF ignores the file's line ends */
			} else {
				buf[0] = c;
				k = 1;
			}
		} else if (c == '{' && i + 5 <= n && !memcmp(s + i, "{\\rtf", 5)) {
			rtf_depth = 1;
		} else if (c == '&') {
			unsigned cp;
			size_t l = entity_at(s, n, i, &cp);
			if (l) {
				used = l;
				k = utf8_put(cp, buf);
			} else {
				buf[0] = c;
				k = 1;
			}
		} else if (c == '<') {
			int nl;
			size_t l = tag_at(s, n, i, &nl);
			if (l) {
				used = l;
				buf[0] = nl ? '\n' : ' ';
			} else {
				buf[0] = c;
			}
			k = 1;
		} else if (c < 0x80) {
			buf[0] = c;
			k = 1;
		} else if ((used = invisible_at(u, n, i)) != 0) {
			k = 0;
		} else if ((buf[0] = fullwidth_at(u, n, i)) != 0) {
			used = 3;
			k = 1;
		} else if ((buf[0] = arabic_digit_at(u, n, i)) != 0) {
			used = 2;
			k = 1;
		} else if (ligature_at(u, n, i)) {
			const char *l = ligature_at(u, n, i);
			used = 3;
			k = strlen(l);
			memcpy(buf, l, k);
		} else if ((k = moji_candidate(u, n, i) ? mojibake_at(u, n, i, buf, &used) : 0) == 0) {
			unsigned cp;
			used = utf8_at(u, n, i, &cp);
			if (!used)
				used = 1;
			memcpy(buf, u + i, used);
			k = used;
		}
		for (size_t j = 0; j < k; j++) {
			o[on] = buf[j];
			r->ms[on] = (uint32_t)i;
			r->me[on] = (uint32_t)(i + used);
			on++;
		}
		i += used;
	}
	o[on] = '\0';
	r->len = on;
}

int rx_repair_alloc(struct rx_repair *r, size_t n)
{
	memset(r, 0, sizeof *r);
	r->text = malloc(n + 1);
	r->ms = malloc((n + 1) * sizeof *r->ms);
	r->me = malloc((n + 1) * sizeof *r->me);
	if (!r->text || !r->ms || !r->me) {
		rx_repair_free(r);
		return REDACT_ENOMEM;
	}
	return 0;
}

/* outer is a copy made of inner's text: its sources become inner's
 * sources in the original, and outer replaces inner. */
static void compose(struct rx_repair *inner, struct rx_repair *outer)
{
	for (size_t i = 0; i < outer->len; i++) {
		uint32_t e = outer->me[i];
		outer->ms[i] = inner->ms[outer->ms[i]];
		outer->me[i] = e ? inner->me[e - 1] : 0;
	}
	rx_repair_free(inner);
	*inner = *outer;
}

/* The columns of the copy a (or of s when a is empty) read one after the
 * other (columns.c), composed with a's sources. 1 when a block was read,
 * 0 when none, REDACT_ENOMEM. */
static int repair_columns(const char *s, size_t n, struct rx_repair *a)
{
	struct rx_repair c;
	int rc = a->text ? rx_columns(a->text, a->len, &c) : rx_columns(s, n, &c);
	if (rc <= 0)
		return rc;
	if (a->text)
		compose(a, &c);
	else
		*a = c;
	a->reordered = 1;
	return 1;
}

int rx_repair(const char *s, size_t n, struct rx_repair *r)
{
	memset(r, 0, sizeof *r);
	if (!needs_repair(s, n, 0))
		return repair_columns(s, n, r);
	struct rx_repair a, b;
	if (rx_repair_alloc(&a, n))
		return REDACT_ENOMEM;
	repair_pass(s, n, &a, 0);
	/* mojibake twice over ("Ã‚Â·"): a second pass over the first's
	 * output, its sources carried through */
	if (needs_repair(a.text, a.len, 1)) {
		if (rx_repair_alloc(&b, a.len)) {
			rx_repair_free(&a);
			return REDACT_ENOMEM;
		}
		repair_pass(a.text, a.len, &b, 1);
		compose(&a, &b);
	}
	if (repair_columns(s, n, &a) < 0) {
		rx_repair_free(&a);
		return REDACT_ENOMEM;
	}
	*r = a;
	return 1;
}

void rx_repair_free(struct rx_repair *r)
{
	free(r->text);
	free(r->ms);
	free(r->me);
	memset(r, 0, sizeof *r);
}
