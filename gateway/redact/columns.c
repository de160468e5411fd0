/* columns.c: two columns side by side, read one after the other. Text
 * copied out of a PDF or a mail's layout table keeps a page's two columns
 * on the same lines, the second one after a run of spaces:
 *
 *   PAYE ref 120/AB45678                Morwenna Entwistle
 *   Pay period: March 2025              Flat 7, 176 Kiln Lane
 *   Gross pay: £4,984.60                Ludlow SY8 1DB
 *
 * A reader reads the left column down, then the right one; the street and
 * its town are one address to them, three lines apart here. The scan reads
 * such a block as a reader does: its left cells, then its right cells,
 * each on a line of its own (repair.c composes this with the other repairs
 * and keeps every byte's source, so spans are reported on the original).
 *
 * What counts as such a block (each rule keeps a table or a form as it is,
 * where a row's cells belong together):
 * - two lines or more, one after the other, whose one gap of four spaces
 *   or more ends at the same column (within two), the second cell starting
 *   there; between them may stand lines of the left column alone, or lines
 *   of the right column alone (spaces up to its column). An empty line, a
 *   line across the column or a table's row ends it: a second gap, two or
 *   three spaces between words, a '|' or a tab;
 * - its left cells are not a form's labels: two of them hold a digit or
 *   five words or more and end without ':' ("Pay period: March 2025", "12
 *   High Street"), not only "Name", "Date of birth:", "IP4.DNS[1]:" over
 *   their values.
 * The newline that ends a cell where the next cell of its column does not
 * follow it in the original is marked as made by the layout (it maps to two
 * bytes or more of spaces or a line end), so a span never runs from one
 * cell into another across bytes of the other column. */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "redact_int.h"

#define GAP 4		/* spaces that part two columns */
#define MAX_LINES 64	/* lines of one block */

struct cline {
	size_t s, e;	/* the line without its line end */
	size_t ls, le;	/* the left cell, empty when ls == le */
	size_t rs;	/* the right cell [rs, e), none when rs == e */
	size_t col;	/* the right cell's column (code points) */
	int kind;	/* 'a' both cells, 'b' left only, 'c' right only */
};

static size_t cols(const char *s, size_t a, size_t b)
{
	size_t n = 0;
	for (size_t i = a; i < b; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/* Whether [a, b) holds more than lim code points (read to the first past
 * it). */
static int cols_over(const char *s, size_t a, size_t b, size_t lim)
{
	if (b - a <= lim)
		return 0;
	size_t n = 0;
	for (size_t i = a; i < b; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80 && ++n > lim)
			return 1;
	return 0;
}

/* The line at s[i]: its end without '\r'; *next, the next line's start. */
static size_t line_at(const char *s, size_t n, size_t i, size_t *next)
{
	const char *nl = memchr(s + i, '\n', n - i);
	size_t e = nl ? (size_t)(nl - s) : n;
	*next = nl ? e + 1 : n;
	if (e > i && s[e - 1] == '\r')
		e--;
	return e;
}

/* Reads the line [s, e) into l: its gap of GAP spaces or more. 0 when it
 * is empty or a table's row: two gaps, a run of two or three spaces inside
 * (cells parted by fewer spaces), a '|' or a tab. */
static int read_line(const char *t, size_t s, size_t e, struct cline *l)
{
	memset(l, 0, sizeof *l);
	l->s = s;
	l->e = e;
	size_t i = s;
	while (i < e && t[i] == ' ')
		i++;
	if (i == e)
		return 0;
	if (i - s >= GAP) {
		l->kind = 'c';
		l->ls = l->le = s;
		l->rs = i;
		l->col = i - s;
	} else {
		l->kind = 'b';
		l->ls = s;
		l->rs = e;
	}
	size_t gaps = 0, bytewise = i;
	for (size_t k = i; k < e;) {
#ifdef __SSE2__
		/* sixteen bytes at a time past words and single spaces (a
		 * block ending in a space, or with two in a row, is read a
		 * byte at a time) */
		while (k >= bytewise && k + 16 <= e) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + k));
			if (_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('|')),
							   _mm_cmpeq_epi8(v, _mm_set1_epi8('\t')))))
				return 0;
			unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
			if ((m & m >> 1) || (m & 0x8000)) {
				bytewise = k + 16;
				break;
			}
			k += 16;
		}
		if (k >= e)
			break;
#endif
		if (t[k] == '|' || t[k] == '\t')
			return 0; /* a table's cell separator */
		if (t[k] != ' ') {
			k++;
			continue;
		}
		size_t g = k;
		while (k < e && t[k] == ' ')
			k++;
		if (k == e)
			continue;
		if (k - g > 1 && k - g < GAP)
			return 0; /* a table's row: "1  Desmond Pemberton      23/09/2018  07593 ..." */
		if (k - g < GAP)
			continue;
		if (++gaps > 1 || l->kind == 'c')
			return 0;
		l->kind = 'a';
		l->le = g;
		l->rs = k;
		l->col = cols(t, s, k);
	}
	if (l->kind == 'b') {
		size_t b = e;
		while (b > s && t[b - 1] == ' ')
			b--;
		l->le = b;
	}
	return 1;
}

/* A left cell that is no form label: a digit, or five words or more, and
 * no ':' at its end ("IP4.ADDRESS[1]:" over its value). */
static int content_cell(const char *t, size_t a, size_t b)
{
	size_t words = 0;
	if (b > a && t[b - 1] == ':')
		return 0;
	for (size_t i = a; i < b; i++) {
		if (rx_is_digit((unsigned char)t[i]))
			return 1;
		words += t[i] != ' ' && (i == a || t[i - 1] == ' ');
	}
	return words >= 5;
}

static size_t dist(size_t a, size_t b)
{
	return a > b ? a - b : b - a;
}

/* Output: one byte of the copy and its source [ms, me). */
struct cout {
	struct rx_repair *r;
	size_t n;
};

static void put(struct cout *o, char c, size_t ms, size_t me)
{
	o->r->text[o->n] = c;
	o->r->ms[o->n] = (uint32_t)ms;
	o->r->me[o->n] = (uint32_t)me;
	o->n++;
}

static void put_run(struct cout *o, const char *t, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		put(o, t[i], i, i + 1);
}

/* Writes the block l[0..k) into o: left cells, then right cells, each
 * with a newline; a newline between two cells that are not next to each
 * other in the original maps to two bytes or more (the gap, or a line end
 * and the byte after it), which marks it as the layout's. */
static void put_block(struct cout *o, const char *t, size_t n, const struct cline *l, size_t k)
{
	for (size_t j = 0; j < k; j++) {
		if (l[j].le == l[j].ls)
			continue;
		put_run(o, t, l[j].ls, l[j].le);
		/* the next left cell follows in the original only after a
		 * line of the left column alone, on the next line */
		if (l[j].kind == 'a')
			put(o, '\n', l[j].le, l[j].rs); /* the gap */
		else if (j + 1 < k && l[j + 1].le > l[j + 1].ls)
			put(o, '\n', l[j].e, l[j].e + 1);
		else
			put(o, '\n', l[j].e, l[j].e + 2 <= n ? l[j].e + 2 : n);
	}
	for (size_t j = 0; j < k; j++) {
		if (l[j].rs == l[j].e)
			continue;
		put_run(o, t, l[j].rs, l[j].e);
		/* the next right cell follows without a left cell between */
		size_t nl = l[j].e;
		int joined = j + 1 < k && l[j + 1].kind == 'c';
		if (nl >= n)
			continue; /* the text's end */
		if (joined || j + 1 == k)
			put(o, '\n', nl, nl + 1);
		else
			put(o, '\n', nl, nl + 2 <= n ? nl + 2 : n);
	}
}

/* Whether a run of GAP spaces starts at p between two characters of its
 * line (not its indentation, not spaces at its end). */
static int gap_at(const char *t, size_t n, size_t p)
{
	if (p == 0 || t[p - 1] == ' ' || t[p - 1] == '\n')
		return 0;
	while (p < n && t[p] == ' ')
		p++;
	return p < n && t[p] != '\n' && t[p] != '\r';
}

/* The first run of GAP spaces inside a line from i on (not a line's
 * indentation), or n: most texts have none, and are passed sixteen bytes
 * at a time. */
static size_t next_gap(const char *t, size_t n, size_t i)
{
#ifdef __SSE2__
	/* (a run of four starts at one of 32 bytes' first 29) */
	const __m128i sp = _mm_set1_epi8(' ');
	for (; i + 32 <= n; i += 29) {
		__m128i a = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
		__m128i b = _mm_loadu_si128((const __m128i *)(const void *)(t + i + 16));
		uint32_t m = (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(a, sp)) |
			     (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8(b, sp)) << 16;
		uint32_t q = m & m >> 1 & m >> 2 & m >> 3;
		for (; q; q &= q - 1)
			if (gap_at(t, n, i + (size_t)__builtin_ctz(q)))
				return i + (size_t)__builtin_ctz(q);
	}
#endif
	for (; i + GAP <= n; i++)
		if (t[i] == ' ' && t[i + 1] == ' ' && t[i + 2] == ' ' && t[i + 3] == ' ' && gap_at(t, n, i))
			return i;
	return n;
}

int rx_columns(const char *t, size_t n, struct rx_repair *r)
{
	struct cline l[MAX_LINES];
	struct cout o = {r, 0};
	size_t i = 0, done = 0;
	memset(r, 0, sizeof *r);
	while (i < n) {
		/* the line of the next gap (i starts a line) */
		size_t g = next_gap(t, n, i);
		if (g >= n)
			break;
		const char *nl = g > i ? memrchr(t + i, '\n', g - i) : NULL;
		if (nl)
			i = (size_t)(nl - t) + 1;
		size_t next, e = line_at(t, n, i, &next);
		if (!read_line(t, i, e, &l[0]) || l[0].kind != 'a' || l[0].col < 8) {
			i = next;
			continue;
		}
		/* a block from line i */
		size_t k = 1, pos = next, col = l[0].col, both = 1, content = content_cell(t, l[0].ls, l[0].le);
		while (pos < n && k < MAX_LINES) {
			size_t nx, le = line_at(t, n, pos, &nx);
			struct cline *c = &l[k];
			/* (a line of prose across the column, not read through) */
			size_t te = le;
			while (te > pos && t[te - 1] == ' ')
				te--;
			if (te > pos && t[pos] != ' ' && next_gap(t, te, pos) >= te && cols_over(t, pos, te, col - 2))
				break;
			if (!read_line(t, pos, le, c))
				break;
			if (c->kind == 'b' ? cols(t, c->ls, c->le) + 2 > col : dist(c->col, col) > 2)
				break;
			both += c->kind == 'a';
			if (c->kind == 'a' || c->kind == 'b')
				content += content_cell(t, c->ls, c->le);
			k++;
			pos = nx;
		}
		/* (not the left column's lines after it) */
		while (k > 1 && l[k - 1].kind == 'b') {
			content -= content_cell(t, l[k - 1].ls, l[k - 1].le);
			k--;
		}
		if (both < 2 || content < 2) {
			i = next;
			continue;
		}
		/* (the copy is made at the first block: most texts have none) */
		if (!r->text && rx_repair_alloc(r, n))
			return REDACT_ENOMEM;
		size_t end;
		line_at(t, n, l[k - 1].s, &end);
		put_run(&o, t, done, l[0].s);
		put_block(&o, t, n, l, k);
		done = end;
		i = end;
	}
	if (!r->text)
		return 0;
	put_run(&o, t, done, n);
	r->text[o.n] = '\0';
	r->len = o.n;
	return 1;
}
