/* person_cols.c: the other cells of a table's column, once two of its
 * cells are found to be names:
 *
 *   | Week | Primary        | Secondary                  |
 *   | 33   | Eloise Garrity | Crispin Pritchard-Rowntree |   (found)
 *   | 34   | Duncan         | Ellis Dunmore              |   (a name too)
 *   | 35   | Everett Thistlewood | Silas                 |   (found; a name too)
 *
 * The table analogue of person_rows.c, run with it once per message over
 * the detectors' candidates before they are resolved. A cell is a found
 * name's whole cell between the delimiters of its line ('|', a tab, ';' or
 * ','; a cell's quotes are its own); a column is the block's rows (lines
 * without an empty one between them) with the same delimiter and the same
 * number of them, at the same index. A column that two found names fill
 * makes its other cells names when they hold one to four capitalised
 * words, no digit, none an ordinary word or a form's: one word the
 * gazetteer must know as a name's; two to four words one of which it
 * knows, or a contact on the row, or three found cells in the column. A
 * table's header row (the row over a Markdown table's border, or a first
 * row of words only) is not looked at, nor a column named for a place.
 *
 * And (at its end) whether a pipe is the second of a two-cell row, "|
 * label | value |" (stop 67). */
#include <stdlib.h>
#include <string.h>

#include "person_int.h"

#define BLOCK_LINES 64 /* lines looked at either way of a found one */
#define MAX_DELIMS 64  /* delimiters of a row */

/* The delimiters of the line [ls, le) outside double quotes: their count,
 * and the positions of the first MAX_DELIMS in pos (NULL for the count
 * only). The count stops past MAX_DELIMS: such a row is no table's. */
static size_t delims(const char *s, size_t ls, size_t le, char d, size_t *pos)
{
	size_t n = 0;
	int q = 0;
	for (size_t i = ls; i < le && n <= MAX_DELIMS; i++) {
		if (s[i] == '"')
			q = !q;
		else if (s[i] == d && !q) {
			if (pos && n < MAX_DELIMS)
				pos[n] = i;
			n++;
		}
	}
	return n;
}

static int is_delim(char ch)
{
	return ch == '|' || ch == '\t' || ch == ';' || ch == ',';
}

/* The found name [a, e) is its cell's whole text: the cell's row, index
 * and delimiter in *o. */
static int whole_cell(const char *s, size_t len, size_t a, size_t e, struct pn_cell *o)
{
	/* the characters around it first: most names are in no cell */
	size_t i = a, j = e;
	if (i > 0 && j < len && s[i - 1] == '"' && s[j] == '"') {
		i--;
		j++;
	}
	while (i > 0 && s[i - 1] == ' ')
		i--;
	while (j < len && (s[j] == ' ' || s[j] == '\r'))
		j++;
	char dl = i > 0 && s[i - 1] != '\n' ? s[i - 1] : 0, dr = j < len && s[j] != '\n' ? s[j] : 0;
	if ((dl && !is_delim(dl)) || (dr && !is_delim(dr)) || (dl && dr && dl != dr) || (!dl && !dr))
		return 0;
	char d = dl ? dl : dr;
	/* (a delimiter inside the name: "Weber, Anna" unquoted in a CSV) */
	if (memchr(s + a, d, e - a) || memchr(s + a, '\n', e - a))
		return 0;
	/* (a whole line: a piece of a longer one has no countable cells) */
	size_t ls = rx_line_start(s, a), le = rx_line_end(s, len, a);
	if ((ls > 0 && s[ls - 1] != '\n') || (le < len && s[le] != '\n'))
		return 0;
	size_t col = delims(s, ls, i, d, NULL), nd = col > MAX_DELIMS ? col : col + delims(s, i, le, d, NULL);
	if (nd < 1 || nd > MAX_DELIMS || (d != '|' && d != '\t' && nd < 2))
		return 0;
	o->at = a;
	o->done = 0;
	o->ls = ls;
	o->le = le;
	o->col = (unsigned short)col;
	o->nd = (unsigned short)nd;
	o->d = d;
	return 1;
}

/* A Markdown table's border row ("|---|:--:|"). */
static int border(const char *s, size_t ls, size_t le)
{
	int dash = 0;
	for (size_t i = ls; i < le; i++) {
		if (s[i] == '-')
			dash = 1;
		else if (!rx_in("|: \t+\r", s[i]))
			return 0;
	}
	return dash;
}

/* The row at ls (of nd delimiters d) is a table's header: over a border
 * row, or the table's first row (the block's, or under a line of another
 * shape: a title) and of words only. */
static int header(const char *s, size_t len, size_t ls, size_t le, size_t bs, char d, size_t nd)
{
	if (le + 1 < len && border(s, le + 1, rx_line_end(s, len, le + 1)))
		return 1;
	if (ls != bs && delims(s, rx_line_start(s, ls - 1), ls - 1, d, NULL) == nd)
		return 0;
	for (size_t i = ls; i < le; i++)
		if (rx_is_digit((unsigned char)s[i]) || s[i] == '@')
			return 0;
	return 1;
}

/* A column named for a place ("City", "Ort"): its cells are towns that
 * are also given names. */
static int place_column(struct rx_ctx *c, size_t at)
{
	static const char *const places[] = {"city", "town", "ville", "stadt", "ort", "ciudad", "cidade",
					     "città", "plaats", "country", "state", "place", "venue",
					     "location", "site", "office", "team", "room", NULL};
	char hdr[64];
	if (!rx_column_header(c, at, hdr, sizeof hdr))
		return 0;
	for (const char *const *k = places; *k; k++) {
		const char *q = strstr(hdr, *k);
		size_t l = strlen(*k);
		if (q && (q == hdr || !rx_is_alnum((unsigned char)q[-1])) && !rx_is_alnum((unsigned char)q[l]))
			return 1;
	}
	return 0;
}

/* The cell [a, b) of a column of found names holds a name: its span in
 * *na, *ne. */
static int sibling_cell(struct rx_ctx *c, size_t a, size_t b, size_t found, size_t *na, size_t *ne)
{
	const char *s = c->text;
	while (a < b && s[a] == ' ')
		a++;
	while (b > a && rx_in(" \r", s[b - 1]))
		b--;
	if (b - a >= 2 && s[a] == '"' && s[b - 1] == '"') {
		a++;
		b--;
	}
	if (a >= b || !rx_cap_at(s, c->len, a))
		return 0;
	for (size_t i = a; i < b; i++)
		if (rx_is_digit((unsigned char)s[i]) || s[i] == '@')
			return 0;
	struct name n;
	if (!pn_parse_name(s, c->len, a, &n) || n.nt < 1 || n.nt > 4 || n.end != b)
		return 0;
	if (pn_no_name(c, &n))
		return 0;
	int known = 0;
	for (size_t k = 0; k < n.nt; k++) {
		if (pn_stop_token(c, &n, k))
			return 0;
		if (pn_tok(c, &n, k, T_GIVEN | T_SUR) & (T_GIVEN | T_SUR))
			known++;
	}
	if (n.nt == 1 ? !known || n.caps
		      : !known && found < 3 && !pn_contact_in(s, rx_line_start(s, a), rx_line_end(s, c->len, a)))
		return 0;
	*na = a;
	*ne = b;
	return 1;
}

static int cell_cmp(const void *x, const void *y)
{
	const struct pn_cell *p = x, *q = y;
	if (p->ls != q->ls)
		return p->ls < q->ls ? -1 : 1;
	return p->col < q->col ? -1 : p->col > q->col;
}

size_t pn_cells_collect(const struct rx_ctx *c, const struct rx_out *v, size_t nv, struct pn_cell *out,
			size_t cap)
{
	size_t n = 0;
	for (size_t i = 0; i < nv && n < cap; i++)
		if (v[i].type == REDACT_PERSON && whole_cell(c->text, c->len, v[i].start, v[i].end, &out[n]))
			n++;
	return n;
}

/* Whether the line at ls ends a block: empty, or a Markdown code fence. */
static int block_end(const char *s, size_t len, size_t ls)
{
	size_t le = rx_line_end(s, len, ls);
	return le == ls || (le == ls + 1 && s[ls] == '\r') || (ls + 3 <= len && memcmp(s + ls, "```", 3) == 0);
}

int pn_sibling_cells(struct rx_ctx *c, struct pn_cell *r, size_t n, int (*add)(void *, const struct rx_out *),
		     void *actx)
{
	const char *s = c->text;
	size_t len = c->len;
	if (n < 2)
		return 0;
	qsort(r, n, sizeof r[0], cell_cmp);
	for (size_t i = 0; i < n; i++) {
		/* each column of a block once, from its first found cell */
		if (r[i].done)
			continue;
		size_t bs = r[i].ls, be = r[i].le;
		for (int k = 0; k < BLOCK_LINES && bs > 0; k++) {
			size_t ps = rx_line_start(s, bs - 1);
			if (block_end(s, len, ps))
				break;
			bs = ps;
		}
		for (int k = 0; k < BLOCK_LINES && be < len; k++) {
			if (block_end(s, len, be + 1))
				break;
			be = rx_line_end(s, len, be + 1);
		}
		size_t found = 0, lastls = (size_t)-1;
		for (size_t q = i; q < n && r[q].ls <= be; q++)
			if (r[q].d == r[i].d && r[q].nd == r[i].nd && r[q].col == r[i].col) {
				r[q].done = 1;
				found += r[q].ls != lastls;
				lastls = r[q].ls;
			}
		if (found < 2 || place_column(c, r[i].at))
			continue;
		for (size_t ls = bs; ls <= be && ls < len;) {
			size_t le = rx_line_end(s, len, ls), pos[MAX_DELIMS];
			int mine = 0;
			for (size_t q = 0; q < n && !mine; q++)
				mine = r[q].ls == ls && r[q].col == r[i].col && r[q].d == r[i].d;
			if (!mine && (ls == 0 || s[ls - 1] == '\n') && (le == len || s[le] == '\n') &&
			    delims(s, ls, le, r[i].d, pos) == r[i].nd && !header(s, len, ls, le, bs, r[i].d, r[i].nd)) {
				size_t col = r[i].col;
				size_t a = col ? pos[col - 1] + 1 : ls, b = col < r[i].nd ? pos[col] : le, na, ne;
				if (sibling_cell(c, a, b, found, &na, &ne)) {
					struct rx_out o = {na, ne, REDACT_PERSON};
					int rc = add(actx, &o);
					if (rc)
						return rc;
				}
			}
			ls = le + 1;
		}
	}
	return 0;
}

/* Whether the pipe at p is the second of a table's row of two cells,
 * "| label | value |" (a wider table's header row is no label and its
 * value: "| 성명 | 생년월일 | 주민등록번호 |"). */
int pn_two_cell_row(const char *s, size_t len, size_t p)
{
	size_t ls = rx_line_start(s, p), q = ls, v = p + 1;
	if (v + 2 >= len || s[v] != ' ')
		return 0;
	while (q < p && s[q] == ' ')
		q++;
	if (q == p || s[q] != '|' || memchr(s + q + 1, '|', p - q - 1))
		return 0;
	size_t le = rx_line_end(s, len, v);
	while (le > v && rx_in(" \r", s[le - 1]))
		le--;
	const char *p3 = memchr(s + v, '|', le - v);
	return p3 && (size_t)(p3 - s) + 1 == le;
}
