/* text: byte-level helpers the detectors share: UTF-8 validation, digits
 * (ASCII and full-width), the separators people paste between digit groups,
 * word boundaries that know two-byte UTF-8 letters, and keyword search in
 * the context before a candidate (ASCII and Latin-1 case folded). */
#include <string.h>

#include "redact_int.h"

int rx_utf8_valid(const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		if (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			if (!(w & UINT64_C(0x8080808080808080))) {
				i += 8;
				continue;
			}
		}
		unsigned c = s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		size_t len;
		unsigned lo = 0x80, hi = 0xBF;
		if (c >= 0xC2 && c <= 0xDF) {
			len = 2;
		} else if (c >= 0xE0 && c <= 0xEF) {
			len = 3;
			if (c == 0xE0)
				lo = 0xA0;
			if (c == 0xED)
				hi = 0x9F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			len = 4;
			if (c == 0xF0)
				lo = 0x90;
			if (c == 0xF4)
				hi = 0x8F;
		} else {
			return 0;
		}
		if (i + len > n)
			return 0;
		if (s[i + 1] < lo || s[i + 1] > hi)
			return 0;
		for (size_t k = 2; k < len; k++)
			if (s[i + k] < 0x80 || s[i + k] > 0xBF)
				return 0;
		i += len;
	}
	return 1;
}

int rx_digit_at_slow(const char *s, size_t len, size_t i, size_t *adv)
{
	const unsigned char *u = (const unsigned char *)s;
	if (i < len && rx_is_digit(u[i])) {
		*adv = 1;
		return u[i] - '0';
	}
	/* U+FF10..U+FF19: EF BC 90..99 */
	if (i + 2 < len && u[i] == 0xEF && u[i + 1] == 0xBC && u[i + 2] >= 0x90 &&
	    u[i + 2] <= 0x99) {
		*adv = 3;
		return u[i + 2] - 0x90;
	}
	*adv = 0;
	return -1;
}

size_t rx_space_at_slow(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	if (i >= len)
		return 0;
	if (u[i] == ' ' || u[i] == '\t')
		return 1;
	if (i + 1 < len && u[i] == 0xC2 && u[i + 1] == 0xA0)
		return 2; /* NBSP */
	if (i + 2 < len && u[i] == 0xE2 && u[i + 1] == 0x80 &&
	    ((u[i + 2] >= 0x80 && u[i + 2] <= 0x8A) || u[i + 2] == 0xAF))
		return 3; /* U+2000..U+200A, narrow NBSP U+202F */
	if (i + 2 < len && u[i] == 0xE3 && u[i + 1] == 0x80 && u[i + 2] == 0x80)
		return 3; /* ideographic space */
	return 0;
}

/* Separators inside a digit sequence: spaces, '-', en/em dash and the
 * full-width hyphen, '.', '/', parentheses (ASCII and full-width). */
static size_t sep_at(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t k = rx_space_at(s, len, i);
	if (k)
		return k;
	if (rx_in("-./()", u[i]) && u[i])
		return 1;
	if (i + 2 < len && u[i] == 0xE2 && u[i + 1] == 0x80 && u[i + 2] >= 0x90 &&
	    u[i + 2] <= 0x95)
		return 3; /* U+2010..U+2015 dashes */
	if (i + 2 < len && u[i] == 0xEF && u[i + 1] == 0xBC &&
	    (u[i + 2] == 0x88 || u[i + 2] == 0x89 || u[i + 2] == 0x8D || u[i + 2] == 0x8E))
		return 3; /* full-width ( ) - . */
	return 0;
}

size_t rx_digits(const char *s, size_t n, char *d, size_t cap, size_t *other)
{
	size_t nd = 0, oth = 0;
	for (size_t i = 0; i < n;) {
		size_t adv;
		int v = rx_digit_at(s, n, i, &adv);
		if (v >= 0) {
			if (nd == cap)
				return 0;
			d[nd++] = (char)('0' + v);
			i += adv;
			continue;
		}
		size_t k = sep_at(s, n, i);
		if (k) {
			i += k;
			continue;
		}
		oth++;
		i++;
		while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
	}
	if (other)
		*other = oth;
	return nd;
}

int rx_word_before(const char *s, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	if (i == 0)
		return 0;
	if (rx_is_alnum(u[i - 1]) || u[i - 1] == '_')
		return 1;
	return i >= 2 && u[i - 2] >= 0xC3 && u[i - 2] <= 0xDF && u[i - 1] >= 0x80 &&
	       u[i - 1] <= 0xBF;
}

int rx_word_at(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	if (i >= len)
		return 0;
	if (rx_is_alnum(u[i]) || u[i] == '_')
		return 1;
	return i + 1 < len && u[i] >= 0xC3 && u[i] <= 0xDF && u[i + 1] >= 0x80 &&
	       u[i + 1] <= 0xBF;
}

size_t rx_fold(const char *s, size_t n, char *out, size_t cap)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t o = 0;
	if (!cap)
		return 0;
	for (size_t i = 0; i < n && o + 1 < cap; i++) {
		unsigned char c = u[i];
		unsigned char fc, fd;
		if (rx_is_upper(c)) {
			c = (unsigned char)(c + 32);
		} else if (c >= 0xC3 && i + 1 < n && o + 2 < cap && rx_fold2(c, u[i + 1], &fc, &fd)) {
			/* a two-byte letter the fold changes (rx_fold2) */
			out[o++] = (char)fc;
			out[o++] = (char)fd;
			i++;
			continue;
		}
		out[o++] = (char)c;
	}
	out[o] = '\0';
	return o;
}

/* Lines are searched at most RX_LINE_LIMIT bytes far: a 1 MiB message
 * without a newline must not make every context check scan the whole of
 * it. */
#define LINE_LIMIT RX_LINE_LIMIT

size_t rx_line_start(const char *s, size_t i)
{
	size_t lim = i > LINE_LIMIT ? i - LINE_LIMIT : 0;
	const char *nl = i > lim ? memrchr(s + lim, '\n', i - lim) : NULL;
	return nl ? (size_t)(nl - s) + 1 : lim;
}

size_t rx_line_end(const char *s, size_t len, size_t i)
{
	size_t lim = len - i > LINE_LIMIT ? i + LINE_LIMIT : len;
	const char *nl = i < lim ? memchr(s + i, '\n', lim - i) : NULL;
	return nl ? (size_t)(nl - s) : lim;
}

size_t rx_dash_sep(const char *s, size_t len, size_t i)
{
	if (i + 2 < len && s[i] == ' ' && s[i + 1] == '-' && s[i + 2] == ' ')
		return 3;
	return i + 4 < len && s[i] == ' ' && (unsigned char)s[i + 1] == 0xE2 && (unsigned char)s[i + 2] == 0x80 &&
			       ((unsigned char)s[i + 3] == 0x94 || (unsigned char)s[i + 3] == 0x93) && s[i + 4] == ' '
		       ? 5
		       : 0;
}

int rx_kw_before(const struct rx_ctx *c, struct rx_kwset *k, size_t at, size_t window)
{
	size_t ls = rx_line_start(c->text, at);
	size_t from = at > window ? at - window : 0;
	if (from < ls)
		from = ls;
	/* a window that starts inside a word starts after it ("server" is
	 * not "ver") */
	while (from > ls && from < at && rx_is_alnum((unsigned char)c->text[from - 1]) &&
	       rx_is_alnum((unsigned char)c->text[from]))
		from++;
	return rx_kw_last(c, k, from, at, NULL) != RX_NONE;
}

/* Letters outside ASCII, told by their UTF-8 lead byte: two-byte characters
 * from U+00C0 on (Latin-1 letters, Latin Extended, Greek, Cyrillic, Hebrew,
 * Arabic...), three-byte ones of the Indic, Latin Extended Additional, kana,
 * CJK and Hangul blocks. General punctuation (E2), CJK punctuation (E3 80),
 * full-width forms (EF), NBSP and Latin-1 signs (C2) and emoji are not. */
static int letter_len(const unsigned char *u, size_t len, size_t i)
{
	if (i >= len)
		return 0;
	unsigned c = u[i];
	if (rx_is_alnum((int)c))
		return 1;
	if (c >= 0xC3 && c <= 0xDF)
		return i + 1 < len && (u[i + 1] & 0xC0) == 0x80 && !(c == 0xC3 && (u[i + 1] == 0x97 || u[i + 1] == 0xB7)) ? 2 : 0;
	if ((c >= 0xE0 && c <= 0xE1) || (c >= 0xE3 && c <= 0xED)) {
		if (i + 2 >= len || (u[i + 1] & 0xC0) != 0x80 || (u[i + 2] & 0xC0) != 0x80)
			return 0;
		if (c == 0xE3 && u[i + 1] == 0x80)
			return 0;
		return 3;
	}
	return 0;
}

size_t rx_letter_at_slow(const char *s, size_t len, size_t i)
{
	return (size_t)letter_len((const unsigned char *)s, len, i);
}

size_t rx_letter_before_slow(const char *s, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	if (i == 0)
		return 0;
	size_t j = i - 1;
	while (j > 0 && (u[j] & 0xC0) == 0x80 && i - j < 4)
		j--;
	size_t k = (size_t)letter_len(u, i, j);
	return k == i - j ? k : 0;
}

int rx_cap_at(const char *s, size_t len, size_t i)
{
	if (i >= len)
		return 0;
	unsigned char c = (unsigned char)s[i];
	if (rx_is_upper(c))
		return 1;
	if (c < 0xC3 || i + 1 >= len)
		return 0;
	unsigned char d = (unsigned char)s[i + 1];
	if (c == 0xC3)
		return d >= 0x80 && d <= 0x9E && d != 0x97;
	if (c == 0xC4 || c == 0xC5) {
		/* Latin Extended-A: capitals at even code points, except
		 * U+0139-U+0148 and U+0179-U+017E (odd), and U+0178 */
		unsigned cp = ((c & 0x1Fu) << 6) | (d & 0x3Fu);
		if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
			return cp & 1;
		if (cp == 0x178)
			return 1;
		return !(cp & 1) && cp != 0x138;
	}
	/* Vietnamese Ơ and Ư (U+01A0, U+01AF: "Ưng Văn Vượng"; stop 64) */
	if (c == 0xC6)
		return d == 0xA0 || d == 0xAF;
	if (c == 0xC8) {
		/* Latin Extended-B: Romanian Ș, Ț and their neighbours,
		 * capitals at even code points up to U+0233 */
		unsigned cp = ((c & 0x1Fu) << 6) | (d & 0x3Fu);
		return cp <= 0x233 && !(cp & 1);
	}
	if (c == 0xE1 && d >= 0xB8 && d <= 0xBB && i + 2 < len) {
		/* Latin Extended Additional (Vietnamese "Ấ", "Ở"): capitals
		 * at even code points, but U+1E96-U+1E9D and U+1E9F are small
		 * letters */
		unsigned cp = 0x1000u | ((d & 0x3Fu) << 6) | ((unsigned char)s[i + 2] & 0x3Fu);
		return !(cp & 1) && !(cp >= 0x1E96 && cp <= 0x1E9F && cp != 0x1E9E);
	}
	if (c == 0xCE)
		return d >= 0x91 && d <= 0xA9;
	if (c == 0xD0)
		return d >= 0x80 && d <= 0xAF;
	if (c >= 0xD1 && c <= 0xD3) {
		/* Cyrillic beyond Russian's (Ukrainian Ґ, Kazakh Қ, Bashkir Ҡ,
		 * Tatar Ә): capitals at even code points from U+0460, but at
		 * odd ones in U+04C1-U+04CE, and Ӏ */
		unsigned cp = ((c & 0x1Fu) << 6) | (d & 0x3Fu);
		if (cp < 0x460 || (cp >= 0x482 && cp <= 0x489))
			return 0;
		if (cp >= 0x4C0 && cp <= 0x4CF)
			return cp == 0x4C0 || (cp & 1);
		return !(cp & 1);
	}
	return 0;
}

size_t rx_after_cjk_label(const char *s, size_t len, size_t at, struct rx_kwset *labels)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t v;
	/* a cheap look first: a CJK, Hangul, Thai or Indic letter (or mark)
	 * before the colon */
	if (at < 3 || (u[at - 3] != 0xE0 && (u[at - 3] < 0xE3 || u[at - 3] > 0xED)))
		return RX_NONE;
	if (s[at] == ':')
		v = at + 1;
	else if (at + 2 < len && u[at] == 0xEF && u[at + 1] == 0xBC && u[at + 2] == 0x9A)
		v = at + 3;
	else
		return RX_NONE;
	if (!rx_kwset_bytes_end(labels, s, 0, at, 0))
		return RX_NONE;
	while (v < len && s[v] == ' ')
		v++;
	return v;
}

int rx_bytes_in(const char *s, size_t from, size_t to, const char *const *phrases)
{
	for (const char *const *p = phrases; *p; p++)
		if (memmem(s + from, to - from, *p, strlen(*p)))
			return 1;
	return 0;
}

/* Whether the text's byte t may start what folds to the phrase's first
 * byte p: the same byte, an ASCII capital, or a two-byte capital whose
 * fold changes its lead byte (Cyrillic D0 -> D1, Greek CE -> CF). */
static inline int first_may(unsigned char t, unsigned char p)
{
	return t == p || (t < 0x80 && (unsigned char)rx_lower((char)t) == p) || (t == 0xD0 && p == 0xD1) ||
	       (t == 0xCE && p == 0xCF);
}

int rx_phrase_in(const char *s, size_t from, size_t at, const char *const *phrases)
{
	for (const char *const *p = phrases; *p; p++) {
		size_t l = strlen(*p);
		unsigned char p0 = (unsigned char)(*p)[0];
		/* (a cheap look first: the first byte) */
		for (size_t i = from; i + l <= at; i++)
			if (first_may((unsigned char)s[i], p0) && rx_fold_eq(s + i, *p, l))
				return 1;
	}
	return 0;
}

int rx_decimal_at(const char *s, size_t len, size_t i, size_t *adv, int *script)
{
	const unsigned char *u = (const unsigned char *)s;
	if (i < len && rx_is_digit(u[i])) {
		*adv = 1, *script = 0;
		return u[i] - '0';
	}
	/* Arabic-Indic U+0660-0669 (D9 A0-A9), Persian U+06F0-06F9 (DB B0-B9) */
	if (i + 1 < len && u[i] == 0xD9 && u[i + 1] >= 0xA0 && u[i + 1] <= 0xA9) {
		*adv = 2, *script = 1;
		return u[i + 1] - 0xA0;
	}
	if (i + 1 < len && u[i] == 0xDB && u[i + 1] >= 0xB0 && u[i + 1] <= 0xB9) {
		*adv = 2, *script = 2;
		return u[i + 1] - 0xB0;
	}
	/* the Indic blocks' digits, U+0966 (Devanagari) to U+0D6F (Malayalam):
	 * E0, an odd second byte A5-B5, A6-AF; the script is the block */
	if (i + 2 < len && u[i] == 0xE0 && u[i + 1] >= 0xA5 && u[i + 1] <= 0xB5 && (u[i + 1] & 1) &&
	    u[i + 2] >= 0xA6 && u[i + 2] <= 0xAF) {
		*adv = 3, *script = u[i + 1];
		return u[i + 2] - 0xA6;
	}
	return -1;
}

size_t rx_field_value(const char *s, size_t len, size_t at)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t v;
	if (u[at] == ':')
		v = at + 1;
	else if (at + 2 < len && u[at] == 0xEF && u[at + 1] == 0xBC && u[at + 2] == 0x9A)
		v = at + 3;
	else
		return RX_NONE;
	/* a label's last letter (or a space: "Adresse :") before it, not a
	 * JSON key's quote or a clock's digit; no URL's "://" after it */
	if (at == 0 || !(rx_is_alpha(u[at - 1]) || u[at - 1] >= 0x80 || u[at - 1] == ' ') ||
	    (v < len && s[v] == '/'))
		return RX_NONE;
	while (v < len && s[v] == ' ')
		v++;
	return v;
}

int rx_example_after(const char *s, size_t len, size_t e)
{
	static const char *const w[] = {"(beispiel)", "(example)", "(ejemplo)", "(esempio)", "(exemple)",
					"(voorbeeld)", "(exemplo)", "(przykład)", "(sample)", "(muster)",
					"(fictitious)", "(fictional)", "(fiktiv)", NULL};
	if (e + 9 > len || s[e] != ' ' || s[e + 1] != '(')
		return 0;
	for (const char *const *k = w; *k; k++) {
		size_t n = strlen(*k);
		if (e + 1 + n <= len && rx_fold_eq(s + e + 1, *k, n))
			return 1;
	}
	return 0;
}

int rx_example_before(const char *s, size_t at)
{
#define EG(w) {w, sizeof w - 1}
	static const struct {
		const char *w;
		size_t l;
	} eg[] = {EG("e.g."), EG("e.g.,"), EG("eg."), EG("eg:"), EG("e.g.:"), EG("z.b."), EG("z. b."),
		  EG("p.ej."), EG("p. ej."), EG("ej."), EG("ex."), EG("ex.:"), EG("ad es."), EG("bijv."), EG("np."),
		  EG("örn."), EG("for example"), EG("for example,"), EG("for instance"), EG("zum beispiel"),
		  EG("par exemple"), EG("por ejemplo"), EG("per esempio"), EG("bijvoorbeeld"), EG("por exemplo"),
		  EG("na przykład"), EG("örneğin"), EG("es."), EG("es.:"), EG("beispiel:"), EG("example:"),
		  EG("exemple :"), EG("exemple:"), EG("ejemplo:"), EG("esempio:"), EG("voorbeeld:"),
		  EG("exemplo:"), EG("przykład:"), EG("напр."), EG("наприклад"), EG("например"), EG("ör."),
		  EG("π.χ."), EG("např."), EG("t.ex."), EG("f.eks."), EG("esim."), EG("ví dụ:"), EG("contoh:"),
		  EG("bspw."), EG("예:"), EG("sample:"), EG("muster:"),
		  /* (stop 51: a format shown in a help text, "Die Ausweisnummer
		   * sieht so aus: DE 01 4104376") */
		  EG("sieht so aus:"), EG("looks like"), EG("look like"), EG("ziet eruit als"),
		  EG("ressemble à"), EG("è così:"), EG("tiene este aspecto:"), EG("wygląda tak:"),
		  EG("ser ut så här:"), EG("näyttää tältä:")};
#undef EG
	if (at < 4)
		return 0;
	/* CJK's "例：" and "例:", glued to the sample */
	if (((unsigned char)s[at - 1] == 0x9A && at >= 6 && !memcmp(s + at - 6, "\xe4\xbe\x8b\xef\xbc\x9a", 6)) ||
	    (s[at - 1] == ':' && !memcmp(s + at - 4, "\xe4\xbe\x8b:", 4)))
		return 1;
	if (s[at - 1] != ' ')
		return 0;
	/* (every phrase ends in '.', ':', ',' or a letter: a cheap look at
	 * the byte before the space first) */
	unsigned char last = (unsigned char)s[at - 2];
	if (!(last == '.' || last == ':' || last == ',' || rx_is_alpha(last) || last >= 0x80))
		return 0;
	last = (unsigned char)rx_lower((char)last);
	/* (the phrases that end in an ASCII letter end in one of these) */
	if (rx_is_alpha(last) && !strchr("eldons", (char)last))
		return 0;
	unsigned char prev = at >= 3 ? (unsigned char)rx_lower(s[at - 3]) : 0;
	for (size_t k = 0; k < sizeof eg / sizeof eg[0]; k++) {
		size_t l = eg[k].l;
		if (last < 0x80 && ((unsigned char)eg[k].w[l - 1] != last ||
				    (l >= 2 && (unsigned char)eg[k].w[l - 2] < 0x80 && prev < 0x80 &&
				     (unsigned char)eg[k].w[l - 2] != prev)))
			continue;
		if (at >= l + 1 && rx_fold_eq(s + at - 1 - l, eg[k].w, l) &&
		    (at == l + 1 || !rx_is_alpha((unsigned char)s[at - 2 - l])))
			return 1;
	}
	return 0;
}

int rx_placeholder_address(const char *s, size_t n)
{
	/* (stop 46: the sample streets of forms' help texts in French,
	 * Spanish, Italian, Portuguese, Polish and Dutch: "1 rue de l'Exemple",
	 * "Calle Ejemplo 1", "ul. Przykładowa 1", "Voorbeeldstraat 1") */
	static const struct {
		const char *w;
		unsigned char l;
	} w[] = {{"muster", 6}, {"anytown", 7}, {"any town", 8}, {"exampleville", 12}, {"exemple", 7},
		 {"ejemplo", 7}, {"esempio", 7}, {"exemplo", 7}, {"przykładow", 11}, {"voorbeeld", 9}};
	for (size_t i = 0; i + 6 <= n; i++) {
		char f = rx_lower(s[i]);
		if ((f != 'm' && f != 'a' && f != 'e' && f != 'p' && f != 'v') ||
		    (i > 0 && rx_is_alpha((unsigned char)s[i - 1])))
			continue;
		for (size_t q = 0; q < sizeof w / sizeof w[0]; q++)
			if (w[q].w[0] == f && i + w[q].l <= n && rx_fold_eq(s + i, w[q].w, w[q].l))
				return 1;
	}
	return 0;
}

int rx_check_input(const redactor *r, const char *text, size_t len)
{
	if (!r || (!text && len))
		return REDACT_EINVAL;
	if (len > REDACT_MAX_INPUT)
		return REDACT_ETOOBIG;
	if (!rx_utf8_valid((const unsigned char *)text, len))
		return REDACT_EUTF8;
	return 0;
}

size_t rx_qualified_colon(const char *s, size_t len, size_t i)
{
	size_t j = i, words = 0, k;
	while (words < 3 && j + 1 < len && s[j] == ' ' && !rx_cap_at(s, len, j + 1) &&
	       rx_letter_at(s, len, j + 1) && !rx_is_digit((unsigned char)s[j + 1])) {
		j++;
		while (j < len && j - i < 32 && (k = rx_letter_at(s, len, j)) > 0 && !rx_is_digit((unsigned char)s[j]))
			j += k;
		words++;
	}
	return words && j < len && s[j] == ':' ? j : i;
}

/* A person's name right before the number on its line ("Sökande: Saga
 * Nordin, 19741106-3980", "Ebbe Nordin 201106-9479"): a capitalised word
 * the gazetteer knows as a name's, then ", " or a space. */
int rx_name_right_before(const struct rx_ctx *c)
{
	const char *s = c->text;
	size_t i = c->ms;
	if (i >= 2 && s[i - 1] == ' ' && s[i - 2] == ',')
		i -= 2;
	else if (i >= 1 && s[i - 1] == ' ')
		i -= 1;
	else
		return 0;
	size_t e = i, k;
	while (i > 0 && (k = rx_letter_before(s, i)) > 0)
		i -= k;
	if (e - i < 3 || !rx_cap_at(s, c->len, i) || rx_is_upper((unsigned char)s[i + 1]) ||
	    !(i == 0 || s[i - 1] == ' ' || s[i - 1] == '\n'))
		return 0;
	/* (a name the gazetteer knows, no ordinary word: "Order 20160227-8440") */
	unsigned f = rx_name_class(s + i, e - i);
	return (f & (RX_NAME_GIVEN | RX_NAME_SURNAME)) && !(f & RX_NAME_STOP);
}
