/* table: the header naming the column of a value in a table pasted into a
 * message: a delimited table's (CSV, TSV, Markdown, a MySQL client's
 * boxes), an SQL INSERT's column list, an aligned table's (a printed data
 * frame, a fixed-width report).
 *
 * A row's header is found by walking up the lines above it. Rows of the
 * same table are passed without limit up to 2,000 lines and 64 KiB; other
 * lines count against a short reach (60 lines for delimited tables, 40 for
 * aligned ones). What a row found is remembered so that the rows below stop
 * their walk there, but only where their own walk would find the same:
 * the answer never depends on what was asked before (the one-pass scan and
 * the scan per type must agree), and a long table costs one walk. A row
 * or a header is a whole line: a piece of a line that runs past
 * RX_LINE_LIMIT either way is neither, and a row's cells are counted once
 * (stop 58). The SQL INSERT's column list is table_sql.c's. */
#include <stdint.h>
#include <string.h>

#include "redact_int.h"

/* The idx-th cell of the header line [ps, pe) (delimiter d), folded. */
/* Whether s[i], on the line [ps, pe), is a delimiter d that separates
 * cells: not inside a quoted cell of a CSV ("27431,\"Liu, Jian\",709-...":
 * a '"' that opens a cell, after the delimiter or the line's start, quotes
 * up to a '"' that closes it, before a delimiter or the line's end). *q
 * carries the state along the line (quotes_from()'s at its start). */
static inline int cell_delim(const char *s, size_t ps, size_t pe, size_t i, char d, int *q)
{
	if (*q < 0)
		return s[i] == d;
	if (s[i] == '"') {
		if (!*q && (i == ps || s[i - 1] == d))
			*q = 1;
		else if (*q && (i + 1 == pe || s[i + 1] == d || s[i + 1] == '\r'))
			*q = 0;
		return 0;
	}
	return s[i] == d && !*q;
}

/* The quote state at the start of the line [ps, pe): -1 when no cell can
 * be quoted (a pipe table's, or no '"' on the line: the plain count). */
static inline int quotes_from(const char *s, size_t ps, size_t pe, char d)
{
	return d == '|' || !memchr(s + ps, '"', pe - ps) ? -1 : 0;
}

static int header_cell(const char *s, size_t ps, size_t pe, char d, size_t idx, char *hdr,
		       size_t cap, struct rx_csvmemo *m)
{
	/* (read on from the cell read last, when it lies before: a row's
	 * cells ask for the header's left to right) */
	size_t cell = 0, cs = ps, ce = pe;
	int q;
	if (m && m->hc_ps == ps && m->hc_d == d && m->hc_idx <= idx) {
		cell = m->hc_idx;
		cs = m->hc_cs;
		q = m->hc_q;
	} else {
		q = quotes_from(s, ps, pe, d);
	}
	for (size_t i = cs; i < pe; i++) {
		if (!cell_delim(s, ps, pe, i, d, &q))
			continue;
		if (cell == idx) {
			ce = i;
			break;
		}
		cell++;
		cs = i + 1;
		if (m && cell == idx) {
			m->hc_ps = ps;
			m->hc_d = d;
			m->hc_idx = idx;
			m->hc_cs = cs;
			m->hc_q = q;
		}
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

#define WALK_LINES 2000       /* lines any walk passes at most */
#define WALK_BYTES 65536      /* and bytes */
#define CSV_REACH 60          /* lines other than the table's rows */
#define ALIGN_REACH 40

/* A line above a delimited table's row, as the walk sees it. */
struct csvline {
	size_t k;     /* delimiters */
	int plain;    /* no digit (but a column's number), '@', ':' or '=': it
		       * may be a header */
	int rule;     /* a Markdown rule ("|---|:--:|") */
	int gap;      /* an empty cell (a group header's: "Staff,,,Contact,") */
};

static struct csvline csv_line(const char *s, size_t ps, size_t pe, char d)
{
	struct csvline l = {0, 1, 0, 0};
	int blank = 1, colon = 0, q = quotes_from(s, ps, pe, d), br = 0; /* the cell so far holds only spaces */
	for (size_t i = ps; i < pe; i++) {
		unsigned char ch = (unsigned char)s[i];
		/* (a note in brackets may hold digits: Google Workspace's
		 * "Mobile Phone [MUST BE IN THE E.164 FORMAT]") */
		if (ch == '[')
			br = 1;
		else if (ch == ']')
			br = 0;
		if (cell_delim(s, ps, pe, i, d, &q)) {
			br = 0;
			l.k++;
			l.gap |= blank;
			blank = 1;
		} else if (ch != ' ' && ch != '\r') {
			blank = 0;
		}
		/* (a column's number after its word stays plain: "Guest 1",
		 * "Address 2") */
		if (rx_is_digit(ch) && i >= ps + 2 && s[i - 1] == ' ' && rx_is_alpha((unsigned char)s[i - 2]) &&
		    (i + 1 == pe || s[i + 1] == d || s[i + 1] == ' ' || s[i + 1] == '\r'))
			continue;
		/* (or glued to it: Shopify's "Default Address Address1", a
		 * study's "визит1") */
		if (rx_is_digit(ch) && i >= ps + 2 &&
		    (rx_is_alpha((unsigned char)s[i - 1]) || (unsigned char)s[i - 1] >= 0x80) &&
		    (rx_is_alpha((unsigned char)s[i - 2]) || (unsigned char)s[i - 2] >= 0x80) &&
		    (i + 1 == pe || s[i + 1] == d || s[i + 1] == ' ' || s[i + 1] == '\r'))
			continue;
		/* (or a run of digits glued to a word, "email_sha256",
		 * "utm_source2"; stop 51) */
		if (rx_is_digit(ch) && i >= ps + 3 && rx_is_digit((unsigned char)s[i - 1])) {
			size_t r = i, t = i;
			while (r > ps && rx_is_digit((unsigned char)s[r - 1]))
				r--;
			while (t < pe && rx_is_digit((unsigned char)s[t]))
				t++;
			/* (after small letters: "AB123456" is a row's id) */
			if (r >= ps + 2 && rx_is_lower((unsigned char)s[r - 1]) && rx_is_lower((unsigned char)s[r - 2]) &&
			    (t == pe || s[t] == d || s[t] == ' ' || s[t] == '\r' || s[t] == '_'))
				continue;
		}
		if (rx_is_digit(ch) && i >= ps + 2 && rx_is_lower((unsigned char)s[i - 1]) && i + 1 < pe &&
		    rx_is_digit((unsigned char)s[i + 1]) && rx_is_lower((unsigned char)s[i - 2])) {
			size_t t = i;
			while (t < pe && rx_is_digit((unsigned char)s[t]))
				t++;
			if (t == pe || s[t] == d || s[t] == ' ' || s[t] == '\r' || s[t] == '_')
				continue; /* (the run's first digit) */
		}
		/* (a column of one capital and a digit, a study's visit
		 * "T1"; a Korean or Chinese ordinal, "1차", "2次") */
		if (rx_is_digit(ch) && i > ps && rx_is_upper((unsigned char)s[i - 1]) &&
		    (i - 1 == ps || s[i - 2] == d || s[i - 2] == ' ') &&
		    (i + 1 == pe || s[i + 1] == d || s[i + 1] == ' ' || s[i + 1] == '\r'))
			continue;
		if (rx_is_digit(ch) && (i == ps || s[i - 1] == d || s[i - 1] == ' ') && i + 4 <= pe &&
		    (unsigned char)s[i + 1] >= 0xE0 && (unsigned char)s[i + 1] < 0xF0 &&
		    (i + 4 == pe || s[i + 4] == d || s[i + 4] == ' ' || s[i + 4] == '\r'))
			continue;
		/* (a column's label may hold ": " too, "Quiz: Week 3 (Real)", in a
		 * header of five columns or more; "Name: Anna, Berlin" is a
		 * label's line) */
		if (ch == ':' && i + 1 < pe && s[i + 1] == ' ' && d != ':' && d != ' ') {
			colon = 1;
			continue;
		}
		/* (a guest list's plus-one column, "+1", a cell of its own, is
		 * plain; stop 57) */
		if ((rx_is_digit(ch) && !br &&
		     !(ch == '1' && i > ps && s[i - 1] == '+' && (i - 1 == ps || s[i - 2] == d || s[i - 2] == ' ') &&
		       (i + 1 == pe || s[i + 1] == d || s[i + 1] == ' ' || s[i + 1] == '\r'))) ||
		    ch == '@' || ch == ':' || ch == '=')
			l.plain = 0;
	}
	l.gap |= blank && l.k > 0;
	if (colon && l.k < 4)
		l.plain = 0;
	l.rule = d == '|' && memchr(s + ps, '-', pe - ps) != NULL;
	for (size_t r = ps; l.rule && r < pe; r++)
		l.rule = rx_in("|-: \t\r", s[r]);
	return l;
}

/* A MySQL client's border ("+----+-----+"): a rule too. */
static int border_line(const char *s, size_t ps, size_t pe)
{
	if (pe <= ps || s[ps] != '+')
		return 0;
	for (size_t q = ps; q < pe; q++)
		if (!rx_in("+-\r", s[q]))
			return 0;
	return 1;
}

/* Whether a walk from the row at ls, steps lines up, still reads the top
 * of a run of header-like lines [hps, hpe) found top_steps lines further,
 * and the line above it that ends the run (none above the text's first
 * line). A run that goes on out of reach gives no header. */
static int top_in_reach(size_t ls, size_t steps, size_t top_steps, size_t hps, size_t hpe)
{
	if (hps == 0)
		return steps + top_steps < WALK_LINES && ls - (hpe + 1) < WALK_BYTES;
	return steps + top_steps + 1 < WALK_LINES && ls - hps < WALK_BYTES;
}

/* Whether [ls, le) is a whole line, not a piece of one that runs past
 * RX_LINE_LIMIT (where rx_line_start/end cut): a piece's cells cannot be
 * counted, so no row or header is read in it and a walk up stops at it
 * (else each cell of a long line walked up its pieces: 15 s for 1 MiB of
 * tab-separated names). */
static int whole_line(const char *s, size_t len, size_t ls, size_t le)
{
	return (ls == 0 || s[ls - 1] == '\n') && (le == len || s[le] == '\n');
}

/* A line that may name the columns of a row with nd delimiters, for its
 * idx-th cell. */
static int csv_header_for(const struct csvline *l, size_t nd, size_t idx)
{
	return l->plain && !l->rule && l->k >= 1 && l->k <= nd && idx <= l->k;
}

/* A Markdown table (or a MySQL client's box): the header is the row right
 * above the first rule up; the rows in between are passed, and a line that
 * is no row ends the table. The memo's answer holds for any row below it in
 * the same table. */
static int md_header(const char *s, size_t ls, struct rx_csvmemo *memo, size_t *hps, size_t *hpe)
{
	size_t e = ls, found = RX_NONE, fe = 0, rule_e = 0, steps = 0;
	while (e > 0 && steps < WALK_LINES && ls - e < WALK_BYTES) {
		if (memo && memo->md_line == e) {
			/* its answer, when its rule lies within reach of this walk */
			if (memo->md_hps == RX_NONE ||
			    (steps + memo->md_steps < WALK_LINES && ls - memo->md_e < WALK_BYTES)) {
				found = memo->md_hps;
				fe = memo->md_hpe;
				rule_e = memo->md_e;
				steps += memo->md_steps;
				break;
			}
		}
		size_t pe = e - 1, ps = rx_line_start(s, pe);
		if (ps > 0 && s[ps - 1] != '\n')
			break; /* a line too long to read */
		if (border_line(s, ps, pe) || (s[ps] == '|' && csv_line(s, ps, pe, '|').rule)) {
			size_t hp = ps > 0 ? rx_line_start(s, ps - 1) : RX_NONE;
			if (hp != RX_NONE && ps - 1 > hp && s[hp] == '|' && (hp == 0 || s[hp - 1] == '\n')) {
				found = hp;
				fe = ps - 1;
				rule_e = e;
			}
			break;
		}
		if (pe == ps || s[ps] != '|')
			break;
		steps++;
		e = ps;
	}
	if (memo) {
		memo->md_line = ls;
		memo->md_hps = found;
		memo->md_hpe = fe;
		memo->md_e = rule_e;
		memo->md_steps = steps;
	}
	*hps = found;
	*hpe = fe;
	return found != RX_NONE;
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
	} else if (at >= 2 && s[at - 1] == ' ' && s[at - 2] == ';') {
		at--; /* "Гасиев Казбек; 08.09.2001; ..." */
	}
	if (at > 0 && s[at - 1] != '\n' && !(s[at - 1] && strchr(delims, s[at - 1])))
		return 0;
	size_t ls = rx_line_start(s, at), le = rx_line_end(s, len, at);
	if (!whole_line(s, len, ls, le))
		return 0;
	/* cells between " | " on a line that does not start with '|' (a
	 * log's, a report's): a delimited table */
	if (md && s[ls] != '|')
		md = 0;
	char d = 0;
	if (at > ls) {
		d = s[at - 1];
	} else {
		/* at a line's start: the delimiter the line holds most of
		 * (ties: tab, '|', ';', ','), so that an amount's comma in a
		 * pipe table's row ("Ana | — | 43,500") is not taken for it */
		static const char order[] = "\t|;,";
		size_t best = 0;
		for (const char *p = order; *p; p++) {
			size_t k = 0;
			for (const char *q = memchr(s + ls, *p, le - ls); q; q = memchr(q + 1, *p, (size_t)(s + le - q - 1)))
				k++;
			if (k > best) {
				best = k;
				d = *p;
			}
		}
	}
	if (!d)
		return 0;
	/* the cell's index and the row's delimiters: counted on from the
	 * row's last cell asked (a row's cells cost one count, not one each) */
	size_t idx = 0, nd = 0, from = ls;
	int q, fresh = !(memo && memo->cnt_ls == ls && memo->cnt_d == d && memo->cnt_at <= at);
	if (!fresh) {
		from = memo->cnt_at;
		idx = memo->cnt_idx;
		nd = memo->cnt_nd;
		q = memo->cnt_q;
	} else {
		q = quotes_from(s, ls, le, d);
	}
	int qat;
	if (q < 0) {
		/* (the common line, counted in a loop of its own: the quote
		 * state's branch costs 0.5 % of a scan) */
		for (size_t i = from; i < at; i++)
			idx += s[i] == d;
		qat = q;
		if (fresh)
			for (size_t i = ls; i < le; i++)
				nd += s[i] == d;
	} else {
		for (size_t i = from; i < at; i++)
			idx += (size_t)cell_delim(s, ls, le, i, d, &q);
		qat = q;
		if (fresh) {
			nd = idx;
			for (size_t i = at; i < le; i++)
				nd += (size_t)cell_delim(s, ls, le, i, d, &q);
		}
	}
	if (memo) {
		memo->cnt_ls = ls;
		memo->cnt_d = d;
		memo->cnt_at = at;
		memo->cnt_idx = idx;
		memo->cnt_nd = nd;
		memo->cnt_q = qat;
	}
	if (nd == 0)
		return 0;
	size_t hps, hpe;
	if (md) {
		if (!md_header(s, ls, memo, &hps, &hpe))
			return 0;
		struct csvline l = csv_line(s, hps, hpe, d);
		if (!csv_header_for(&l, nd, idx))
			return 0;
		goto found;
	}
	/* Walk up: the rows of this table right above the row (as many
	 * delimiters, not plain) are passed, every other line counts against
	 * the reach; the first line that may be the header, and the plain
	 * lines right above it (rows of words under a header look like
	 * headers too), lead to the topmost of them. A row asked about
	 * before, reached while still among this table's rows or while
	 * climbing, gives its answer when it holds for this walk (the same
	 * count of delimiters, an index it holds for, within reach); when it
	 * does not, the run of rows it passed is passed at once. */
	struct rx_csvslot *m = NULL;
	if (memo)
		m = &memo->slot[d == '\t' ? 0 : d == ';' ? 1 : d == ',' ? 2 : 3];
	size_t e = ls, counted = 0, steps = 0, first_counted = 0, top_steps = 0, runk = SIZE_MAX;
	size_t valid_from = idx; /* the least index this answer holds for */
	size_t run_e = 0, run_steps = 0;
	int climbing = 0, climb1 = 0, gap1 = 0, topgap = 0, in_run = 1, run_capped = 0, run_set = 0;
	int reused = 0; /* the answer of a row met among this table's rows */
	hps = RX_NONE;
	hpe = 0;
	for (;;) {
		if (m && m->line == e && m->nd == nd && (climbing || in_run)) {
			/* climbing, its run goes on from the line right above it
			 * only if that line goes on with this one */
			int on = !climbing || (m->climb1 && !(m->gap1 && !topgap));
			int held = m->idx <= idx && idx <= m->hk;
			/* none: its walk, longer than what is left of this one,
			 * found none; or, climbing, the run it climbed from the
			 * line right above it goes on out of reach */
			if (held && m->hps == RX_NONE && on) {
				hps = RX_NONE;
				valid_from = climbing ? idx : m->idx;
				if (!climbing) {
					climb1 = e == ls && m->climb1;
					gap1 = m->gap1;
					reused = 1;
				}
				break;
			}
			if (held && m->hps != RX_NONE && on &&
			    (climbing || m->first_counted < CSV_REACH) &&
			    top_in_reach(ls, steps, m->top_steps, m->hps, m->hpe)) {
				if (!climbing) {
					first_counted = m->first_counted;
					climb1 = e == ls && m->climb1;
					gap1 = m->gap1;
					valid_from = m->idx;
					reused = 1;
				} else {
					valid_from = idx;
				}
				hps = m->hps;
				hpe = m->hpe;
				top_steps = steps + m->top_steps;
				runk = m->hk < runk ? m->hk : runk;
				break;
			}
			/* its answer does not hold for this index: its run of
			 * rows, the same for any index, is passed at once */
			if (!climbing) {
				if (m->run_capped || steps + m->run_steps >= WALK_LINES || ls - m->run_e >= WALK_BYTES) {
					run_capped = 1;
					break; /* the run goes on out of reach */
				}
				steps += m->run_steps;
				e = m->run_e;
				if (e == 0)
					break;
			}
		}
		if (e == 0)
			break;
		if (steps >= WALK_LINES || ls - e >= WALK_BYTES || (!climbing && counted >= CSV_REACH)) {
			if (climbing)
				hps = RX_NONE; /* the run's top is out of reach */
			run_capped |= in_run;
			break;
		}
		size_t pe = e - 1, ps = rx_line_start(s, pe);
		if (ps > 0 && s[ps - 1] != '\n') {
			if (climbing)
				hps = RX_NONE; /* the run's top is out of reach */
			run_capped |= in_run;
			break; /* a line too long to read */
		}
		struct csvline l = csv_line(s, ps, pe, d);
		int cand = csv_header_for(&l, nd, idx);
		int sibling = !cand && !l.rule && l.k == nd;
		if (in_run && !sibling) {
			in_run = 0; /* the first line that is no row of this table */
			run_e = e;
			run_steps = steps;
			run_set = 1;
		}
		/* (a group header, with empty cells, above a header without
		 * ends the run) */
		if (climbing && (!cand || (l.gap && !topgap)))
			break;
		if (cand) {
			if (!climbing) {
				climbing = 1;
				climb1 = steps == 0;
				gap1 = l.gap;
				first_counted = counted;
			}
			topgap = l.gap;
			hps = ps;
			hpe = pe;
			top_steps = steps;
			runk = l.k < runk ? l.k : runk;
		} else if (!sibling || !in_run) {
			counted++; /* no row of this table, or past its rows */
		}
		steps++;
		e = ps;
	}
	if (!run_set) {
		/* the walk ended among this table's rows: at the text's start,
		 * out of reach, or at a row whose answer it took (whose run of
		 * rows goes on from there) */
		if (reused && !run_capped) {
			run_capped = m->run_capped || steps + m->run_steps >= WALK_LINES ||
				     ls - m->run_e >= WALK_BYTES;
			run_e = m->run_e;
			run_steps = steps + m->run_steps;
		} else {
			run_e = e;
			run_steps = steps;
		}
	}
	if (m) {
		m->line = ls;
		m->nd = nd;
		m->idx = valid_from;
		m->hps = hps;
		m->hpe = hpe;
		m->hk = hps == RX_NONE ? SIZE_MAX : runk;
		m->first_counted = first_counted;
		m->top_steps = top_steps;
		m->climb1 = (char)climb1;
		m->gap1 = (char)gap1;
		m->run_e = run_e;
		m->run_steps = run_steps;
		m->run_capped = (char)run_capped;
	}
	if (hps == RX_NONE)
		return 0;
found:
	if (memo) {
		memo->hps = hps;
		memo->hpe = hpe;
		memo->d = d;
	}
	return header_cell(s, hps, hpe, d, idx, hdr, cap, memo);
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
	if (memo && memo->skip1 && memo->skip1 - 1 == ls)
		return 0; /* this line is no row */
	if (!whole_line(s, len, ls, le))
		return 0;
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
	/* the nearest header line above (type rows "<chr>" and data rows are
	 * passed; other lines count against the reach); rows of words right
	 * under it (a report's names) look like headers too: the topmost line
	 * of such a run is the header. A row asked about before, reached
	 * before any header, gives its answer when it holds for this walk;
	 * and while climbing such a run, the answer of a row of the run */
	size_t n = 0, e = ls, hps = 0, hpe = 0, counted = 0, steps = 0, first_counted = 0, top_steps = 0;
	int climb1 = 0;
	for (;;) {
		/* none: its walk, longer than what is left of this one, found
		 * none; or, climbing, its run goes on out of reach */
		if (memo && ((!n && memo->none1 && memo->none1 - 1 == e) ||
			     (n && memo->capped1 && memo->capped1 - 1 == e))) {
			n = 0;
			break;
		}
		if (memo && memo->row1 && memo->row1 - 1 == e && (!n || memo->climb1) &&
		    (n || counted + memo->first_counted < ALIGN_REACH) &&
		    top_in_reach(ls, steps, memo->top_steps, memo->hps, memo->hpe)) {
			if (!n) {
				first_counted = counted + memo->first_counted;
				climb1 = e == ls && memo->climb1;
			}
			hps = memo->hps;
			hpe = memo->hpe;
			top_steps = steps + memo->top_steps;
			n = 1;
			break;
		}
		if (e == 0)
			break;
		if (steps >= WALK_LINES || ls - e >= WALK_BYTES || (!n && counted >= ALIGN_REACH)) {
			n = 0; /* (climbing: the run's top is out of reach) */
			break;
		}
		size_t pe = e - 1, ps = rx_line_start(s, pe);
		if (pe == ps)
			break; /* an empty line ends a table */
		if (ps > 0 && s[ps - 1] != '\n') {
			n = 0; /* a line too long to read */
			break;
		}
		if (header_line(s, ps, pe, f, 24)) {
			if (!n) {
				climb1 = steps == 0;
				first_counted = counted;
			}
			n = 1;
			hps = ps;
			hpe = pe;
			top_steps = steps;
		} else if (n) {
			break;
		} else if (!memmem(s + ps, pe - ps, "  ", 2) && !memchr(s + ps, '\t', pe - ps)) {
			counted++; /* no row of a table */
		}
		steps++;
		e = ps;
	}
	if (!n) {
		if (memo) {
			memo->none1 = ls + 1;
			if (climb1)
				memo->capped1 = ls + 1;
		}
		return 0;
	}
	if (memo) {
		memo->row1 = ls + 1;
		memo->hps = hps;
		memo->hpe = hpe;
		memo->first_counted = first_counted;
		memo->top_steps = top_steps;
		memo->climb1 = (char)climb1;
	}
	n = header_line(s, hps, hpe, f, 24);
	size_t k = header_field(f, n, x0, x1, w1);
	if (k == n)
		return 0;
	rx_fold(s + f[k].b0, f[k].b1 - f[k].b0, hdr, cap);
	return 1;
}

void rx_tables_reset(struct rx_ctx *c)
{
	memset(&c->csv, 0, sizeof c->csv);
	memset(&c->align, 0, sizeof c->align);
	for (size_t i = 0; i < sizeof c->csv.slot / sizeof c->csv.slot[0]; i++)
		c->csv.slot[i].line = RX_NONE;
	c->csv.md_line = RX_NONE;
	c->csv.hps = RX_NONE;
	c->csv.cnt_ls = RX_NONE;
	c->csv.hc_ps = RX_NONE;
}

int rx_column_header(struct rx_ctx *c, size_t at, char *hdr, size_t cap)
{
	const char *s = c->text;
	c->csv.hps = RX_NONE; /* set by a delimited table's answer only */
	/* a quoted value: an SQL INSERT's, else a quoted CSV cell's
	 * ("Ingrid","Nyström") */
	if (at > 0 && (s[at - 1] == '\'' || s[at - 1] == '"')) {
		/* (an INSERT first, looked for once: every quoted cell asks) */
		if (!c->csv.sql)
			c->csv.sql = (char)(1 + rx_sql_text(s, c->len));
		if (c->csv.sql == 2 && rx_sql_column(s, c->len, at, hdr, cap))
			return 1;
		return s[at - 1] == '"' && rx_csv_column(s, c->len, at - 1, hdr, cap, &c->csv);
	}
	if (rx_csv_column(s, c->len, at, hdr, cap, &c->csv))
		return 1;
	c->csv.hps = RX_NONE;
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
