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
		if (rx_is_upper(c)) {
			c = (unsigned char)(c + 32);
		} else if (c == 0xC3 && i + 1 < n && u[i + 1] >= 0x80 && u[i + 1] <= 0x9E &&
			   u[i + 1] != 0x97 && o + 2 < cap) {
			/* Latin-1 capitals U+00C0..U+00DE (not U+00D7 x) */
			out[o++] = (char)c;
			out[o++] = (char)(u[i + 1] + 0x20);
			i++;
			continue;
		}
		out[o++] = (char)c;
	}
	out[o] = '\0';
	return o;
}

/* Lines are searched at most this far: a 1 MiB message without a newline
 * must not make every context check scan the whole of it. */
#define LINE_LIMIT 1024u

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

/* The header cell naming the column of the cell that starts at `at`, in a
 * delimited table (',', ';', tab or '|'): the nearest earlier line without
 * digits that has as many delimiters. Folded into hdr. 1 when found. */
/* The idx-th cell of the header line [ps, pe) (delimiter d), folded. */
static int header_cell(const char *s, size_t ps, size_t pe, char d, size_t idx, char *hdr,
		       size_t cap)
{
	size_t cell = 0, cs = ps, ce = pe;
	for (size_t i = ps; i < pe; i++) {
		if (s[i] != d)
			continue;
		if (cell == idx) {
			ce = i;
			break;
		}
		cell++;
		cs = i + 1;
	}
	if (cell < idx)
		return 0;
	while (cs < ce && (s[cs] == ' ' || s[cs] == '"'))
		cs++;
	while (ce > cs && (s[ce - 1] == ' ' || s[ce - 1] == '"' || s[ce - 1] == '\r'))
		ce--;
	if (ce <= cs)
		return 0;
	rx_fold(s + cs, ce - cs, hdr, cap);
	return 1;
}

int rx_csv_column(const char *s, size_t len, size_t at, char *hdr, size_t cap,
		  struct rx_csvmemo *memo)
{
	static const char delims[] = "\t;,|";
	/* a cell starts after a delimiter or at a line start; a Markdown
	 * cell after "| " */
	int md = 0;
	if (at >= 2 && s[at - 1] == ' ' && s[at - 2] == '|') {
		at--;
		md = 1; /* only under a header with its rule ("|---|") */
	}
	if (at > 0 && s[at - 1] != '\n' && !(s[at - 1] && strchr(delims, s[at - 1])))
		return 0;
	size_t ls = rx_line_start(s, at), le = rx_line_end(s, len, at);
	char d = 0;
	if (at > ls) {
		d = s[at - 1];
	} else {
		for (const char *p = delims; *p && !d; p++)
			if (memchr(s + ls, *p, le - ls))
				d = *p;
	}
	if (!d)
		return 0;
	size_t idx = 0, nd = 0;
	for (size_t i = ls; i < le; i++) {
		nd += s[i] == d;
		if (i < at)
			idx += s[i] == d;
	}
	if (nd == 0)
		return 0;
	/* up to 60 lines back; a row already asked about gives its header */
	size_t e = ls;
	int saw_rule = 0;
	for (int lines = 0; lines < 60; lines++) {
		if (memo && (!md || memo->ruled) && memo->line != RX_NONE && memo->d == d && memo->nd == nd &&
		    memo->line == (lines == 0 ? ls : e)) {
			memo->line = ls;
			return header_cell(s, memo->hps, memo->hpe, d, idx, hdr, cap);
		}
		if (e == 0)
			break;
		size_t pe = e - 1, ps = rx_line_start(s, pe);
		size_t k = 0, i;
		/* a MySQL client's border ("+----+-----+") counts as a rule */
		if (md && pe > ps && s[ps] == '+') {
			int border = 1;
			for (size_t q = ps; q < pe && border; q++)
				border = rx_in("+-\r", s[q]);
			if (border) {
				saw_rule = 1;
				e = ps;
				continue;
			}
		}
		/* a Markdown table ends at the first line above that is no row */
		if (md && (pe == ps || s[ps] != '|'))
			return 0;
		/* a header holds no digit, '@', ':' or '=': most lines above
		 * stop at their first */
		for (i = ps; i < pe; i++) {
			unsigned char ch = (unsigned char)s[i];
			if (rx_is_digit(ch) || ch == '@' || ch == ':' || ch == '=')
				break;
			k += ch == (unsigned char)d;
		}
		/* a Markdown table's rule ("|---|:--:|") is no header: the
		 * header is the line above it */
		int rule = d == '|' && memchr(s + ps, '-', pe - ps) != NULL;
		for (size_t q = ps; rule && q < pe; q++)
			rule = rx_in("|-: \t\r", s[q]);
		saw_rule |= rule;
		/* (a data line may hold more delimiters: a quoted "May 9, 1953") */
		if (!rule && i == pe && k >= 1 && k <= nd && idx <= k) {
			if (md && !saw_rule)
				return 0;
			if (memo) {
				memo->line = ls;
				memo->hps = ps;
				memo->hpe = pe;
				memo->nd = nd;
				memo->d = d;
				memo->ruled = (char)saw_rule;
			}
			return header_cell(s, ps, pe, d, idx, hdr, cap);
		}
		e = ps;
	}
	return 0;
}

/* Case-insensitive: s[i..) starts with the ASCII word w (lower case). */
static int word_ci(const char *s, size_t len, size_t i, const char *w)
{
	size_t n = strlen(w);
	if (i + n > len)
		return 0;
	for (size_t k = 0; k < n; k++)
		if (rx_lower(s[i + k]) != w[k])
			return 0;
	return (i == 0 || !rx_is_alnum((unsigned char)s[i - 1])) &&
	       (i + n == len || !rx_is_alnum((unsigned char)s[i + n]));
}

int rx_sql_column(const char *s, size_t len, size_t at, char *hdr, size_t cap)
{
	if (at == 0 || at >= len || (s[at - 1] != '\'' && s[at - 1] != '"'))
		return 0;
	/* VALUES, within the statement's last 2 KiB before the value */
	size_t from = at > 2048 ? at - 2048 : 0, v = RX_NONE;
	for (size_t i = at; i-- > from;) {
		if (s[i] == ';')
			return 0;
		if ((s[i] == 'V' || s[i] == 'v') && word_ci(s, len, i, "values")) {
			v = i;
			break;
		}
	}
	if (v == RX_NONE)
		return 0;
	/* the column list: "INSERT INTO name (a, b, c)" right before VALUES */
	size_t ce = v;
	while (ce > from && rx_in(" \t\r\n", s[ce - 1]))
		ce--;
	if (ce == from || s[ce - 1] != ')')
		return 0;
	size_t cs = ce - 1;
	while (cs > from && s[cs - 1] != '(' && s[cs - 1] != ')' && s[cs - 1] != ';' && ce - cs < 512)
		cs--;
	if (cs == from || s[cs - 1] != '(')
		return 0;
	size_t k = cs - 1, ins = RX_NONE;
	for (size_t i = k; i-- > from && k - i < 256;)
		if ((s[i] == 'I' || s[i] == 'i') && word_ci(s, len, i, "insert")) {
			ins = i;
			break;
		}
	if (ins == RX_NONE)
		return 0;
	/* the value's place in its tuple: quotes ('' and "" escape), depth */
	size_t i = v + 6, idx = 0;
	int depth = 0;
	char q = 0;
	for (; i < at - 1; i++) {
		char ch = s[i];
		if (q) {
			if (ch == q) {
				if (i + 1 < at - 1 && s[i + 1] == q)
					i++;
				else
					q = 0;
			}
			continue;
		}
		if (ch == '\'' || ch == '"')
			q = ch;
		else if (ch == '(') {
			if (++depth == 1)
				idx = 0; /* the next tuple */
		} else if (ch == ')')
			depth--;
		else if (ch == ',' && depth == 1)
			idx++;
		else if (ch == ';')
			return 0;
	}
	if (q || depth != 1)
		return 0;
	/* the idx-th column name, without quotes, backticks or brackets */
	size_t col = 0, a = cs;
	for (size_t j = cs; j <= ce - 1; j++) {
		if (j < ce - 1 && s[j] != ',')
			continue;
		if (col == idx) {
			size_t b = j;
			while (a < b && rx_in(" \t\r\n`\"[", s[a]))
				a++;
			while (b > a && rx_in(" \t\r\n`\"]", s[b - 1]))
				b--;
			if (b <= a)
				return 0;
			rx_fold(s + a, b - a, hdr, cap);
			return 1;
		}
		col++;
		a = j + 1;
	}
	return 0;
}

/* The display column of s[at] on its line (code points from ls). */
static size_t column_of(const char *s, size_t ls, size_t at)
{
	size_t x = 0;
	for (size_t i = ls; i < at; i++)
		x += ((unsigned char)s[i] & 0xC0) != 0x80;
	return x;
}

/* The fields of an aligned line: runs of text separated by two spaces or
 * more, or a tab. Up to max, as display columns [x0, x1) and byte offsets
 * [b0, b1); their count. */
struct afield {
	size_t x0, x1, b0, b1;
};

static size_t aligned_fields(const char *s, size_t ls, size_t le, struct afield *f, size_t max)
{
	size_t n = 0, i = ls, x = 0;
	while (i < le && n < max) {
		while (i < le && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')) {
			x++;
			i++;
		}
		if (i >= le)
			break;
		f[n].b0 = i;
		f[n].x0 = x;
		while (i < le && !(s[i] == '\t' || (s[i] == ' ' && i + 1 < le && s[i + 1] == ' ')) && s[i] != '\r') {
			x += ((unsigned char)s[i] & 0xC0) != 0x80;
			i++;
		}
		f[n].b1 = i;
		f[n].x1 = x;
		n++;
	}
	return n;
}

/* The header field of [x0, x1) (the value's columns; w1 the end of its
 * first word) among the header line's fields f[0..n). */
static size_t header_field(const struct afield *f, size_t n, size_t x0, size_t x1, size_t w1)
{
	/* left-aligned (R, reports): the name starts where the value does;
	 * right-aligned (pandas): it ends where the value or its first word
	 * ends; else the most overlap */
	for (size_t k = 0; k < n; k++)
		if (f[k].x0 == x0 || f[k].x1 == x1 || f[k].x1 == w1)
			return k;
	size_t best = n, bo = 0;
	for (size_t k = 0; k < n; k++) {
		size_t lo = f[k].x0 > x0 ? f[k].x0 : x0, hi = f[k].x1 < x1 ? f[k].x1 : x1;
		if (hi > lo && hi - lo > bo) {
			bo = hi - lo;
			best = k;
		}
	}
	return best;
}

/* Whether s[ps..pe) is a header line: three column names or more
 * (letters, '_', '.', '-', '#'), two spaces apart. */
static size_t header_line(const char *s, size_t ps, size_t pe, struct afield *f, size_t max)
{
	for (size_t i = ps; i < pe; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (!(rx_is_alpha(ch) || ch >= 0x80 || rx_in(" \t\r_.-#", (char)ch)))
			return 0;
	}
	size_t n = aligned_fields(s, ps, pe, f, max);
	return n >= 3 ? n : 0;
}

int rx_aligned_column(const char *s, size_t len, size_t at, char *hdr, size_t cap,
		      struct rx_alignmemo *memo)
{
	size_t ls = rx_line_start(s, at), le = rx_line_end(s, len, at);
	if (memo && ((memo->none1 && memo->none1 - 1 == ls) || (memo->skip1 && memo->skip1 - 1 == ls)))
		return 0; /* this line is no row, or found no header */
	/* the value: up to two spaces, a tab or the line's end */
	size_t ve = at;
	while (ve < le && s[ve] != '\t' && !(s[ve] == ' ' && ve + 1 < le && s[ve + 1] == ' '))
		ve++;
	/* (most lines have no wide gap: a quick look first) */
	struct afield f[24];
	if (ve == at)
		return 0;
	if ((!memmem(s + ls, le - ls, "  ", 2) && !memchr(s + ls, '\t', le - ls)) ||
	    aligned_fields(s, ls, le, f, 2) < 2) {
		if (memo)
			memo->skip1 = ls + 1; /* no row of a table */
		return 0;
	}
	size_t x0 = column_of(s, ls, at), x1 = x0 + column_of(s, at, ve), w1 = x0;
	for (size_t i = at; i < ve && s[i] != ' '; i++)
		w1 += ((unsigned char)s[i] & 0xC0) != 0x80;
	/* a row of the table last asked about, or the row after it */
	size_t n, pls = ls > 0 ? rx_line_start(s, ls - 1) : RX_NONE;
	if (memo && memo->none1) {
		/* a line that found no header, or the one after it: only the
		 * line between can be a new header */
		if (pls != RX_NONE && memo->none1 - 1 == pls) {
			if (ls - 1 == pls || !(n = header_line(s, pls, ls - 1, f, 24))) {
				memo->none1 = ls + 1;
				return 0;
			}
			memo->none1 = 0;
			memo->row1 = ls + 1;
			memo->hps = pls;
			memo->hpe = ls - 1;
			goto found;
		}
	}
	if (memo && memo->row1 && (memo->row1 - 1 == ls || (pls != RX_NONE && pls == memo->row1 - 1)) &&
	    (n = header_line(s, memo->hps, memo->hpe, f, 24)) > 0) {
		memo->row1 = ls + 1;
	} else {
		/* the nearest header line above, within 40 lines and 4 KiB
		 * (type rows "<chr>" and data rows are passed) */
		size_t e = ls;
		n = 0;
		for (int lines = 0; lines < 40 && e > 0 && ls - e < 4096 && !n; lines++) {
			size_t pe = e - 1, ps = rx_line_start(s, pe);
			if (pe == ps)
				return 0;
			n = header_line(s, ps, pe, f, 24);
			if (n && memo) {
				memo->row1 = ls + 1;
				memo->hps = ps;
				memo->hpe = pe;
			}
			e = ps;
		}
		if (!n) {
			if (memo)
				memo->none1 = ls + 1;
			return 0;
		}
		if (memo)
			memo->none1 = 0;
	}
found:;
	size_t k = header_field(f, n, x0, x1, w1);
	if (k == n)
		return 0;
	rx_fold(s + f[k].b0, f[k].b1 - f[k].b0, hdr, cap);
	return 1;
}

int rx_column_header(struct rx_ctx *c, size_t at, char *hdr, size_t cap)
{
	const char *s = c->text;
	/* a quoted value: an SQL INSERT's, else a quoted CSV cell's
	 * ("Ingrid","Nyström") */
	if (at > 0 && (s[at - 1] == '\'' || s[at - 1] == '"'))
		return rx_sql_column(s, c->len, at, hdr, cap) ||
		       (s[at - 1] == '"' && rx_csv_column(s, c->len, at - 1, hdr, cap, &c->csv));
	if (rx_csv_column(s, c->len, at, hdr, cap, &c->csv))
		return 1;
	/* a printed data frame or a fixed-width report: after two spaces, a
	 * row number or at a line start */
	if (at == 0)
		return 0;
	size_t ls = rx_line_start(s, at), i = ls;
	while (i < at && rx_is_digit((unsigned char)s[i]))
		i++;
	while (i < at && s[i] == ' ')
		i++;
	if (i != at && !(at >= 2 && s[at - 1] == ' ' && s[at - 2] == ' ') && s[at - 1] != '\t')
		return 0;
	return rx_aligned_column(s, c->len, at, hdr, cap, &c->align);
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
	if (c == 0xCE)
		return d >= 0x91 && d <= 0xA9;
	if (c == 0xD0)
		return d >= 0x80 && d <= 0xAF;
	return 0;
}
