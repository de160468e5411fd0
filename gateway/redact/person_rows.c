/* person_rows.c: the names of a list's other items, once two of its items
 * are found to open with a name:
 *
 *   Palesa Phakoe — soprano — —            (found: a name the gazetteer knows)
 *   'Mamotšeare Mokoena — alto — —         (the same shape: a name too)
 *   Nthabiseng Letsoela — tenor — 6260 0444 (found: a contact on its line)
 *
 * Run once per message over the detectors' candidates, before they are
 * resolved (engine.c calls it in the one pass and in the multipass, on the
 * same candidates, so both give the same spans). An item's shape is its
 * list marker ("- ", "3. ", "2) ", "• " or none) and the separator after
 * its name (" — ", " - ", " | ", a tab, ", ", "; ", " (", " · " or the
 * line's end). Within a block of lines without an empty one, a shape that
 * two found names open makes the same shape's other items names: two to
 * four capitalised words, none an ordinary word or a form's, with no
 * digit. A header row ("Name | Phone | Qty") is of ordinary words. */
#include <stdlib.h>
#include <string.h>

#include "person_int.h"

#define MAX_ROWS 256  /* found names at an item's start, per message */
#define BLOCK_LINES 64 /* lines looked at either way of a found one */

struct row {
	size_t ls;       /* the line's start */
	unsigned char mk; /* marker kind */
	unsigned char sc; /* separator code */
};

/* The marker kind of the line at ls: 0 none, or the marker's character
 * ('-', '*', 'b' for "•", '.' or ')' after a number); *is where the item
 * starts. */
static unsigned char marker(const char *s, size_t len, size_t ls, size_t *is)
{
	size_t i = ls;
	while (i < len && s[i] == ' ')
		i++;
	*is = pn_list_marker_end(s, len, ls);
	if (*is == i)
		return 0;
	if (s[i] == '-' || s[i] == '*')
		return (unsigned char)s[i];
	if ((unsigned char)s[i] == 0xE2)
		return 'b';
	return (unsigned char)s[*is - 2]; /* '.' or ')' */
}

/* The separator after a name ending at e, as one code; 0 for none of the
 * list's. */
static unsigned char sep_code(const char *s, size_t len, size_t e)
{
	if (e >= len || s[e] == '\n' || s[e] == '\r')
		return 'n';
	size_t d = rx_dash_sep(s, len, e);
	if (d)
		return d == 5 ? 'D' : 'h';
	unsigned char ch = (unsigned char)s[e];
	if (ch == '\t' || ch == ',' || ch == ';')
		return ch;
	if (ch == ' ' && e + 1 < len) {
		unsigned char nx = (unsigned char)s[e + 1];
		if (nx == '|' || nx == '(')
			return nx;
		if (nx == 0xC2 && e + 2 < len && (unsigned char)s[e + 2] == 0xB7)
			return 'm'; /* " · " */
	}
	if (ch == '|')
		return '|';
	return 0;
}

static int row_cmp(const void *a, const void *b)
{
	const struct row *x = a, *y = b;
	return x->ls < y->ls ? -1 : x->ls > y->ls;
}

/* The row whose line starts at ls, or NULL. */
static const struct row *row_at(const struct row *r, size_t n, size_t ls)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (r[mid].ls < ls)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && r[lo].ls == ls ? &r[lo] : NULL;
}

/* A word with an apostrophe's contraction ("I'm", "It's", "Let's",
 * "We'll"): a sentence's, not a name's. */
static int contraction(const char *s, size_t a, size_t e)
{
	const char *q = memchr(s + a, '\'', e - a);
	if (!q || q == s + a)
		return 0;
	size_t rest = (size_t)(s + e - q - 1);
	return (q == s + a + 1 && s[a] == 'I') ||
	       (rest <= 2 && rest >= 1 && rx_is_lower((unsigned char)q[1]));
}

/* The line at ls, of the block's shape (mk, sc), opens with a name: its
 * span in *a, *e. */
static int sibling_name(struct rx_ctx *c, size_t ls, unsigned char mk, unsigned char sc, size_t found,
			size_t *a, size_t *e)
{
	const char *s = c->text;
	size_t is;
	if (marker(s, c->len, ls, &is) != mk || is >= c->len || !rx_cap_at(s, c->len, is))
		return 0;
	struct name n;
	if (!pn_parse_name(s, c->len, is, &n) || n.nt < 2 || n.nt > 4 || sep_code(s, c->len, n.end) != sc)
		return 0;
	for (size_t i = is; i < n.end; i++)
		if (rx_is_digit((unsigned char)s[i]))
			return 0;
	for (size_t k = 0; k < n.nt; k++)
		if (pn_stop_token(c, &n, k) || contraction(s, n.ts[k], n.te[k]))
			return 0;
	/* (not a body's or a firm's name, stop 52: "Klinikum Lerchenhain —
	 * Am Kalkofen 114, ...") */
	if (pn_no_name(c, &n) || pn_institution_in(c, &n))
		return 0;
	/* a word the gazetteer knows as a name's, a contact on the line, or
	 * three found names of the shape in the block (an agenda's "Guest
	 * Speaker — TBC" under two names has none of them); a line of its own
	 * words only, without a list's marker, is as often a form's label or a
	 * document's heading ("FECHA DE NACIMIENTO", "Ad Soyad"): a known
	 * word, not in capitals */
	int known = 0;
	for (size_t k = 0; k < n.nt && !known; k++)
		known = (pn_tok(c, &n, k, T_GIVEN | T_SUR) & (T_GIVEN | T_SUR)) != 0;
	if (sc == 'n' && !mk ? n.caps || !known
			     : !known && found < 3 && !pn_contact_in(s, n.end, rx_line_end(s, c->len, n.end)))
		return 0;
	*a = is;
	*e = n.end;
	return 1;
}

/* A Markdown code fence ("```") ends a block as an empty line does. */
static int fence(const char *s, size_t len, size_t ls)
{
	return ls + 3 <= len && memcmp(s + ls, "```", 3) == 0;
}

/* A table's first row of words only ("Ad Soyad,TC Kimlik No,Telefon"):
 * its header. */
static int header_row(const char *s, size_t ls, size_t le, unsigned char sc)
{
	if (!strchr(",;\t|", sc))
		return 0;
	for (size_t i = ls; i < le; i++)
		if (rx_is_digit((unsigned char)s[i]) || s[i] == '@')
			return 0;
	return 1;
}

static int sibling_rows(const struct rx_ctx *cc, const struct rx_out *v, size_t nv,
			int (*add)(void *, const struct rx_out *), void *actx)
{
	struct rx_ctx *c = (struct rx_ctx *)cc; /* (pn_tok caches token classes) */
	const char *s = c->text;
	size_t len = c->len;
	struct row r[MAX_ROWS];
	size_t n = 0;
	for (size_t i = 0; i < nv && n < MAX_ROWS; i++) {
		if (v[i].type != REDACT_PERSON)
			continue;
		size_t ls = rx_line_start(s, v[i].start), is;
		unsigned char mk = marker(s, len, ls, &is);
		unsigned char sc = sep_code(s, len, v[i].end);
		if (is != v[i].start || !sc)
			continue;
		r[n].ls = ls;
		r[n].mk = mk;
		r[n].sc = sc;
		n++;
	}
	if (n < 2)
		return 0;
	qsort(r, n, sizeof r[0], row_cmp);
	size_t w = 0;
	for (size_t i = 0; i < n; i++)
		if (!w || r[i].ls != r[w - 1].ls)
			r[w++] = r[i];
	n = w;
	/* per block of lines: its first row's block is walked once */
	size_t done_to = 0;
	for (size_t i = 0; i < n; i++) {
		if (r[i].ls < done_to)
			continue;
		/* the block: up and down to an empty line */
		size_t bs = r[i].ls, be = rx_line_end(s, len, r[i].ls);
		for (int k = 0; k < BLOCK_LINES && bs > 0; k++) {
			size_t ps = rx_line_start(s, bs - 1);
			if (ps == bs - 1 || (bs >= 2 && s[bs - 2] == '\r' && ps == bs - 2) || fence(s, len, ps))
				break;
			bs = ps;
		}
		for (int k = 0; k < BLOCK_LINES && be < len; k++) {
			size_t ne = rx_line_end(s, len, be + 1);
			if (ne == be + 1 || (ne == be + 2 && s[be + 1] == '\r') || fence(s, len, be + 1))
				break;
			be = ne;
		}
		done_to = be + 1;
		/* the shapes two rows of the block share */
		for (size_t j = i; j < n && r[j].ls <= be; j++) {
			size_t same = 0;
			int first = 1;
			for (size_t q = i; q < n && r[q].ls <= be; q++) {
				if (r[q].mk == r[j].mk && r[q].sc == r[j].sc) {
					same++;
					if (q < j)
						first = 0;
				}
			}
			if (same < 2 || !first)
				continue;
			for (size_t ls = bs; ls <= be && ls < len;) {
				size_t a, e, le = rx_line_end(s, len, ls);
				if (!row_at(r, n, ls) && !(ls == bs && header_row(s, ls, le, r[j].sc)) &&
				    sibling_name(c, ls, r[j].mk, r[j].sc, same, &a, &e)) {
					struct rx_out o = {a, e, REDACT_PERSON};
					int rc = add(actx, &o);
					if (rc)
						return rc;
				}
				ls = le + 1;
			}
		}
	}
	return 0;
}

/* The separator's bytes after a row's name: sep_code's (", ", " | ",
 * " — ", a tab) and the spaces around it, up to 6 bytes. */
static size_t sep_len(const char *s, size_t len, size_t e)
{
	size_t d = rx_dash_sep(s, len, e);
	if (d)
		return d;
	size_t j = e;
	while (j < len && j - e < 6 && (s[j] == ' ' || s[j] == ',' || s[j] == ';' || s[j] == '\t' || s[j] == '|'))
		j++;
	return j - e;
}

/* A cell of a row of middle dots right before a birth date at `at`, a
 * name in any script ("8 977 530 10 07 · Агния Тучкова · 21 марта 1956
 * г.", "0812345678 · ธนากร บุญญาศิริ · 25/10/2541"; stop 62): the cell's
 * start (it ends at at - 4), or RX_NONE. */
static size_t dot_cell_name(const struct rx_ctx *c, size_t ls, size_t at)
{
	const char *s = c->text;
	size_t len = c->len, ne = at - 4, p = ne;
	if (at < ls + 8 || memcmp(s + ne, " \xc2\xb7 ", 4))
		return RX_NONE;
	while (p > ls && !(p >= ls + 4 && !memcmp(s + p - 4, " \xc2\xb7 ", 4)))
		p--;
	if (p == ls || p >= ne)
		return RX_NONE;
	for (size_t k = p; k < ne; k++)
		if (rx_is_digit((unsigned char)s[k]) || rx_in("@:;,|\t", s[k]))
			return RX_NONE;
	if (!rx_cap_at(s, len, p))
		return (unsigned char)s[p] >= 0xD7 && pn_uncased_name(s, len, p) == ne ? p : RX_NONE;
	struct name n;
	return pn_parse_name(s, len, p, &n) && n.end == ne && n.nt >= 2 && n.nt <= 4 &&
			       !pn_stop_token((struct rx_ctx *)c, &n, 0) && !pn_stop_token((struct rx_ctx *)c, &n, n.nt - 1)
		       ? p
		       : RX_NONE;
}

/* A name in a script without capitals opening the row at `is`, then ", "
 * and the datum at `at`, "born " at most between ("هشام البدري, born
 * 14/05/1992, ...", "宍戸 紬, born 1998年2月20日"; stop 62; a cheap look
 * first at the bytes before the datum): the name's end, or RX_NONE. */
static size_t uncased_opener(const struct rx_ctx *c, size_t is, size_t at)
{
	const char *s = c->text;
	if (is + 4 >= at || (unsigned char)s[is] < 0xD7 ||
	    !((s[at - 2] == ',' && s[at - 1] == ' ') || (at >= is + 9 && !memcmp(s + at - 7, ", born ", 7))))
		return RX_NONE;
	size_t ue = pn_uncased_name(s, c->len, is), g = ue + 2;
	if (ue == is || ue + 2 >= at || s[ue] != ',' || s[ue + 1] != ' ')
		return RX_NONE;
	if (at - g == 5 && !memcmp(s + g, "born ", 5))
		g += 5;
	return g == at ? ue : RX_NONE;
}

/* The datum's holder in a row that opens with a name in capitals' scripts
 * at `is` (two to four words, the separator's code one of ",;\t|hD"),
 * right before the datum d or a birth label before it in a list's item:
 * the name's end, or RX_NONE. */
static size_t latin_opener(struct rx_ctx *c, size_t ls, size_t is, const struct rx_out *d)
{
	const char *s = c->text;
	size_t len = c->len;
	struct name n;
	unsigned char sc;
	if (is >= d->start || !rx_cap_at(s, len, is) || !pn_parse_name(s, len, is, &n) || n.nt < 2 ||
	    n.nt > 4 || !(sc = sep_code(s, len, n.end)) || !strchr(",;\t|hD", sc))
		return RX_NONE;
	/* (or, in a list's item, a birth date's label between them, the
	 * date's detector read it: "— Custódio Amaral; Data de
	 * nascimento 09/01/2003; ..."; stop 52) */
	size_t g = n.end + sep_len(s, len, n.end);
	if (g != d->start) {
		int label = d->type == REDACT_DOB && is > ls && g < d->start && d->start - g <= 32;
		for (size_t k = g; k < d->start && label; k++)
			label = !rx_is_digit((unsigned char)s[k]) && !rx_in(",;|\t\n", s[k]);
		if (!label)
			return RX_NONE;
	}
	/* a table's two cells ("Tax File Number<TAB>238 460 189") are
	 * a label and its value: a row of a tab's or a bar's has a cell
	 * after the datum */
	int bad = 0;
	if (sc == '\t' || sc == '|') {
		size_t j = d->end;
		while (j < len && s[j] == ' ')
			j++;
		bad = j >= len || s[j] != (char)sc;
	}
	for (size_t k = is; k < n.end && !bad; k++)
		bad = rx_is_digit((unsigned char)s[k]);
	for (size_t k = 0; k < n.nt && !bad; k++)
		bad = pn_stop_token(c, &n, k) || contraction(s, n.ts[k], n.te[k]);
	return bad ? RX_NONE : n.end;
}

/* A row that opens with a name and goes on, right after its separator,
 * with a birth date or an identity number the detectors found:
 *
 *   Sargon Danho, 001128-3496, Hovsjövägen 1, 151 59 Södertälje
 *   Бадмаев Мунко, 3 октября 1965 г., СНИЛС 699-440-312 44
 *
 * The name is the datum's holder's (a firm has neither); it is added, and
 * kept in pv (up to cap) so that the block's other rows follow it. The
 * name is found by latin_opener, uncased_opener (a script without
 * capitals) or, for a birth date after a middle dot, dot_cell_name. */
static int datum_rows(struct rx_ctx *c, const struct rx_out *v, size_t nv, struct rx_out *pv, size_t *np,
		      size_t cap, int (*add)(void *, const struct rx_out *), void *actx)
{
	const char *s = c->text;
	size_t len = c->len, last = (size_t)-1;
	for (size_t i = 0; i < nv; i++) {
		if (v[i].type != REDACT_DOB && v[i].type != REDACT_GOV_ID && v[i].type != REDACT_SSN)
			continue;
		size_t ls = rx_line_start(s, v[i].start);
		if (ls == last)
			continue;
		size_t a, b, is;
		if (v[i].type == REDACT_DOB && (a = dot_cell_name(c, ls, v[i].start)) != RX_NONE) {
			b = v[i].start - 4;
		} else {
			marker(s, len, ls, &is);
			/* (an em dash as the item's marker: "— Custódio Amaral; ...") */
			if (is == ls && is + 4 < len && !memcmp(s + is, "\xe2\x80\x94 ", 4))
				is += 4;
			a = is;
			if ((b = uncased_opener(c, is, v[i].start)) == RX_NONE &&
			    (b = latin_opener(c, ls, is, &v[i])) == RX_NONE)
				continue;
		}
		last = ls;
		struct rx_out o = {a, b, REDACT_PERSON};
		int rc = add(actx, &o);
		if (rc)
			return rc;
		if (*np < cap)
			pv[(*np)++] = o;
	}
	return 0;
}

/* Words of an uncased run that make it no name: a label ("연락처",
 * contact), a postposition ("को भेजें", send to ...); and a firm's first
 * word ("Agence du Vieux Quartier"). */
static int other_words(const char *s, size_t a, size_t b)
{
	static const char *const w[] = {"연락처", "전화", "휴대폰", "사무실", "대표번호", "문의", "고객센터", "को", "का", "की",
					"के", "से", "में", "और", "पर", "भेजें", "agence", "agency", "agentur", "agencia",
					"agenzia", "bureau", "büro", "kanzlei", "praxis", "cabinet", "studio", "hotel",
					"restaurant", "taxi", "garage", "pizzeria", "apotheke", "pharmacie", "pharmacy",
					"text", "call", "ring", "شركة", "مؤسسة", "مكتب", "ediciones", "edições", "edizioni",
					"éditions", "verlag", "förlag", "musikförlag", NULL};
	for (size_t i = a; i < b;) {
		size_t e = i;
		while (e < b && s[e] != ' ')
			e++;
		char f[24];
		if (e - i < sizeof f) {
			rx_fold(s + i, e - i, f, sizeof f);
			for (const char *const *q = w; *q; q++)
				if (!strcmp(f, *q))
					return 1;
		}
		i = e + 1;
	}
	return 0;
}

/* Whether [ns, ne) holds a name and nothing else: two to four
 * capitalised words, none an ordinary word, a firm's or a place's, or a
 * run of an uncased script's letters (two words, or a Korean name of two
 * to four syllables), or where a row of cells or a signature holds it
 * (cells) two to five Han letters, one space at most between them. */
static int name_cell(struct rx_ctx *c, size_t ns, size_t ne, int cells)
{
	const char *s = c->text;
	size_t len = c->len;
	for (size_t k = ns; k < ne; k++)
		if (rx_is_digit((unsigned char)s[k]))
			return 0;
	size_t e = ns, k;
	int sp = 0;
	while (e < ne && ((k = pn_uncased_at(s, len, e)) > 0 || s[e] == ' ')) {
		sp |= !k;
		e += k ? k : 1;
	}
	/* (one word of another script is as often a thing's, Burmese
	 * "မျိုး", a kind) */
	int hangul = (unsigned char)s[ns] >= 0xEA && (unsigned char)s[ns] <= 0xED && ne - ns >= 6 && ne - ns <= 12;
	if (e == ne && !sp && !hangul)
		return 0;
	if (e == ne && other_words(s, ns, ne))
		return 0;
	/* (a cell of two to four Han letters in a row of cells: "|
	 * 公冶诗涵 | 151 4102 9595 |"; stop 59) */
	int han = cells && ne - ns >= 6 && ne - ns <= 16, spaces = 0, letters = 0;
	for (size_t q = ns; q < ne && han;) {
		if (s[q] == ' ' && q > ns && q + 1 < ne && s[q + 1] != ' ') {
			spaces++, q++;
			continue;
		}
		han = q + 3 <= ne && (unsigned char)s[q] >= 0xE4 && (unsigned char)s[q] <= 0xE9 &&
		      ((unsigned char)s[q + 1] & 0xC0) == 0x80;
		letters++, q += 3;
	}
	han = han && spaces <= 1 && letters >= 2 && letters <= 5;
	if (han || (e == ne && ne - ns >= 4))
		return 1;
	struct name n;
	if (!rx_cap_at(s, len, ns) || !pn_parse_name(s, len, ns, &n) || n.end != ne || n.nt < 2 || n.nt > 4 || n.caps)
		return 0;
	for (size_t t = 0; t < n.nt; t++)
		if (pn_stop_token(c, &n, t))
			return 0;
	return !pn_no_name(c, &n) && !pn_eponym(c, ns, 1) && !pn_institution_in(c, &n) &&
	       !other_words(s, ns, cells ? ne : n.te[0]);
}

/* The name that ends at *ne before the phone at p on the line at ls (a
 * dash, a parenthesis or a cell's bar between them): its start in *ns, or
 * in a row of cells (pipe) the row's first cell in [*ns, *ne); whether
 * one holds a name. */
static int dash_cell(struct rx_ctx *c, size_t p, size_t ls, int pipe, size_t *nsp, size_t *nep)
{
	const char *s = c->text;
	size_t len = c->len, ne = *nep;
	if (pipe) {
		/* (a row of four cells at least: "| Cep Telefonu | 0532 ... |"
		 * is a record's label and its value) */
		size_t le = rx_line_end(s, len, p), bars = 0;
		for (size_t q = ls; q < le; q++)
			bars += s[q] == '|';
		if (bars < 3 + (s[ls] == '|'))
			return 0;
	}
	/* the name's start: the line's, a label's colon and a space, or an
	 * arrow's (a cell's in a row of cells) */
	size_t ns = ne;
	while (ns > ls && ne - ns < 64 && s[ns - 1] != ':' && s[ns - 1] != '\t' && !(pipe && s[ns - 1] == '|') &&
	       !(ns >= 3 && !memcmp(s + ns - 3, "\xe2\x86\x92", 3)))
		ns--;
	while (ns < ne && s[ns] == ' ')
		ns++;
	int ok = !(ns >= ne || (ns > ls && s[ns - 1] != ' ' && s[ns - 1] != '\t') ||
		   (pipe && (ns == ls || s[ns - 2] != '|'))) &&
		 name_cell(c, ns, ne, pipe);
	if (!ok && pipe) {
		/* the row's first cell */
		ns = ls + (s[ls] == '|');
		while (ns < p && s[ns] == ' ')
			ns++;
		ne = ns;
		while (ne < p && s[ne] != '|')
			ne++;
		while (ne > ns && s[ne - 1] == ' ')
			ne--;
		ok = ne > ns && ne < p && name_cell(c, ns, ne, pipe);
	}
	*nsp = ns;
	*nep = ne;
	return ok;
}

/* A name right before a phone the detectors found, a dash between them,
 * where a line or a label's value starts (a crew list's, a press
 * contact's: "1st AD: Thurston Stroupe — (617) 628-8848", "분장: 탁예린 —
 * 010-4439-7768", "Fixer: Ostap Fedorak (+380 98 847 66 99)"; new in stop
 * 50), or in a row of four cells or more the cell before the phone or the
 * row's first ("| 10/03 09:15 | Verity Pettigrew | 07518 765318 |", a
 * rota's "| ณัฐริกา ศรีสวัสดิ์ | Thu-Sat | ... | +66 95 656 8381"; stop 59). */
static int phone_rows(struct rx_ctx *c, const struct rx_out *v, size_t nv,
		      int (*add)(void *, const struct rx_out *), void *actx)
{
	const char *s = c->text;
	size_t len = c->len;
	for (size_t i = 0; i < nv; i++) {
		if (v[i].type != REDACT_PHONE && v[i].type != REDACT_EMAIL)
			continue;
		size_t p = v[i].start, ns = 0, ne = 0, ls = rx_line_start(s, p);
		int pipe = 0, ok;
		/* a letter's signature under its sign-off, the writer's name and
		 * a middle dot before the writer's address or phone ("Yours
		 * sincerely" / "순혜린 · hyerin.sun@..."; stop 59) */
		if (p >= ls + 6 && !memcmp(s + p - 4, " \xc2\xb7 ", 4) && !memchr(s + ls, '\xc2', p - 4 - ls) &&
		    pn_after_signoff(c, s, len, ls, rx_line_end(s, len, ls))) {
			ns = ls, ne = p - 4;
			ok = name_cell(c, ns, ne, 1);
		} else if (v[i].type != REDACT_PHONE) {
			continue;
		} else if (p >= ls + 5 && s[p - 1] == ' ' && s[p - 2] == ',' && v[i].end < len && s[v[i].end] == ')') {
			/* a contact in parentheses, the name, a comma and the
			 * phone ("Property: Calle Trinquete 49, 06300 Zafra
			 * (Patrocinio Berrocal, 689 35 35 31)"; stop 59) */
			ne = p - 2, ns = ne;
			while (ns > ls && p - ns < 64 && !rx_in("(,;:\n", s[ns - 1]))
				ns--;
			ok = ns > ls && s[ns - 1] == '(' && ns < ne && name_cell(c, ns, ne, 1);
		} else {
			if (p >= ls + 5 && rx_dash_sep(s, len, p - 5) == 5)
				ne = p - 5;
			else if (p >= ls + 3 && rx_dash_sep(s, len, p - 3) == 3)
				ne = p - 3;
			else if (p >= ls + 2 && s[p - 1] == '(' && s[p - 2] == ' ')
				ne = p - 2;
			else if (p >= ls + 4 && s[p - 1] == ' ' && s[p - 2] == '|' && s[p - 3] == ' ')
				ne = p - 3, pipe = 1;
			else
				continue;
			ok = dash_cell(c, p, ls, pipe, &ns, &ne);
		}
		if (!ok)
			continue;
		struct rx_out o = {ns, ne, REDACT_PERSON};
		int rc = add(actx, &o);
		if (rc)
			return rc;
	}
	return 0;
}

/* A list's rows and a table's columns: both read the candidates before
 * either adds to them (an add may move them). */
int pn_sibling_rows(const struct rx_ctx *cc, const struct rx_out *v, size_t nv,
		    int (*add)(void *, const struct rx_out *), void *actx)
{
	/* the names, the phones and the birth dates and ids among the
	 * candidates, in one read before any add (an add may move v); a
	 * message of more names than the buffer holds is read from all its
	 * candidates */
	struct rx_out pv[4 * MAX_ROWS], ph[MAX_ROWS], dv[MAX_ROWS], ad[MAX_ROWS], em[MAX_ROWS];
	const struct rx_out *src = pv;
	size_t np = 0, nph = 0, nd = 0, na = 0, ne = 0;
	int many = 0;
	for (size_t k = 0; k < nv; k++) {
		unsigned t = v[k].type;
		many |= np == sizeof pv / sizeof pv[0];
		if (t == REDACT_PERSON && !many)
			pv[np++] = v[k];
		else if ((t == REDACT_PHONE || (t == REDACT_EMAIL && v[k].start >= 4 &&
						!memcmp(cc->text + v[k].start - 4, " \xc2\xb7 ", 4))) &&
			 nph < MAX_ROWS)
			ph[nph++] = v[k]; /* (a mail address only after a middle dot: a signature's) */
		else if ((t == REDACT_DOB || t == REDACT_GOV_ID || t == REDACT_SSN) && nd < MAX_ROWS)
			dv[nd++] = v[k];
		else if (t == REDACT_ADDRESS && na < MAX_ROWS && v[k].start > 0)
			ad[na++] = v[k]; /* (an address after a line's start or a dash) */
		if (t == REDACT_EMAIL && ne < MAX_ROWS)
			em[ne++] = v[k];
	}
	/* the mailboxes' owners first: they read v, which the adds of the
	 * passes below may move (person_mail.c adds only after reading) */
	int rc = pn_mail_owners(cc, v, nv, many ? NULL : pv, many ? 0 : np, em, ne, add, actx);
	if (rc)
		return rc;
	if (many) {
		src = v;
		np = nv;
	} else {
		rc = datum_rows((struct rx_ctx *)cc, dv, nd, pv, &np, sizeof pv / sizeof pv[0], add, actx);
	}
	if (!rc && np >= 2) {
		struct pn_cell cells[PN_MAX_CELLS];
		size_t nc = pn_cells_collect(cc, src, np, cells, PN_MAX_CELLS);
		rc = sibling_rows(cc, src, np, add, actx);
		if (!rc)
			rc = pn_sibling_cells((struct rx_ctx *)cc, cells, nc, add, actx);
	}
	if (!rc)
		rc = pn_address_heads(cc, ad, na, add, actx);
	return rc ? rc : phone_rows((struct rx_ctx *)cc, ph, nph, add, actx);
}
