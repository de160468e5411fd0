/* person_directory.c: people in lists whose layout says "person": rosters
 * (a name, then fields after dashes or commas, a contact on the list), lists
 * whose items are names, and a line of a directory aligned by spaces, an
 * intercom's, a switchboard's or a block of flats' list: a unit (a flat, a
 * room, a button), two spaces or more, the name, and optionally two spaces
 * or more and a phone:
 *
 *   m. 48  PAWLAK  603-378-449
 *   Flat 6  T. Yamaguchi  +44 20 8131 5892
 *   Int. 14  Ludovica Lo Russo  06 65663265
 *
 * with a neighbouring line (two up or down) of the same shape. */
#include <string.h>

#include "person_int.h"

/* The unit at ls: 12 bytes at most with a digit, no ':' or '/' (a time, a
 * date: "09:00  Opening Remarks" is an agenda's) and no tab, then two
 * spaces or more; where the next cell starts, or RX_NONE. */
static size_t unit_cell(const char *s, size_t len, size_t ls)
{
	size_t i = ls;
	int digit = 0;
	while (i < len && i - ls <= 12 && !(s[i] == ' ' && i + 1 < len && s[i + 1] == ' ')) {
		if (s[i] == '\n' || s[i] == '\t' || s[i] == ':' || s[i] == '/')
			return RX_NONE;
		digit |= rx_is_digit((unsigned char)s[i]);
		i++;
	}
	if (!digit || i == ls || i - ls > 12 || i + 2 >= len || s[i] != ' ')
		return RX_NONE;
	while (i < len && s[i] == ' ')
		i++;
	return i;
}

/* What follows a name's cell ending at e on a line ending at le: nothing
 * (0), a phone alone in the last cell after two spaces or more (1), or
 * anything else (-1: "16m  Normal  Pulled  pod/web..." is kubectl's). */
static int after_name(const char *s, size_t e, size_t le)
{
	while (le > e && (s[le - 1] == ' ' || s[le - 1] == '\r'))
		le--;
	if (e == le)
		return 0;
	if (e + 2 > le || s[e] != ' ' || s[e + 1] != ' ')
		return -1;
	while (e < le && s[e] == ' ')
		e++;
	/* (one cell: "18  18  0  36" is a league table's points) */
	for (size_t i = e; i < le; i++)
		if ((!rx_is_digit((unsigned char)s[i]) && !rx_in(" -()+.", s[i])) ||
		    (s[i] == ' ' && s[i + 1] == ' '))
			return -1;
	return pn_contact_in(s, e, le) ? 1 : -1;
}

/* The line at ls is an item of the same directory; *contact is set when
 * it holds a phone. */
static int directory_item(const char *s, size_t len, size_t ls, int *contact)
{
	/* (the line after the text's last line break is none) */
	if (ls >= len)
		return 0;
	size_t i = unit_cell(s, len, ls), le = rx_line_end(s, len, ls);
	if (i == RX_NONE || i >= len || !(rx_is_upper((unsigned char)s[i]) || ((unsigned char)s[i] & 0x80)))
		return 0;
	size_t e = i;
	while (e < le && !(s[e] == ' ' && e + 1 < le && s[e + 1] == ' ') && s[e] != '\r')
		e++;
	int a = after_name(s, e, le);
	*contact |= a == 1;
	return a >= 0;
}

/* Gaps of two spaces or more inside s[a, b). */
static size_t gaps(const char *s, size_t a, size_t b)
{
	size_t g = 0;
	for (size_t i = a + 1; i + 1 < b; i++)
		g += s[i] == ' ' && s[i + 1] == ' ' && s[i - 1] != ' ';
	return g;
}

int pn_aligned_column(const struct rx_ctx *c, size_t at)
{
	const char *s = c->text;
	/* (a wide gap before the name, or a number's column: "4    15831
	 * GUARNIERI Amedeo") */
	if (at < 3 || s[at - 1] != ' ' || (s[at - 2] != ' ' && !rx_is_digit((unsigned char)s[at - 2])))
		return 0;
	size_t ls = rx_line_start(s, at), col = at - ls;
	if (col < 3 || col > 60 || gaps(s, ls, rx_line_end(s, c->len, at)) < 2)
		return 0;
	/* the header: the nearest line above in the block with no digit, cut
	 * into columns by gaps of two spaces or more (twelve lines at most) */
	size_t h = ls, he = ls;
	for (int k = 0; k < 12; k++) {
		if (h < 2)
			return 0;
		size_t q = rx_line_start(s, h - 1);
		if (q == h - 1)
			return 0; /* (a blank line) */
		h = q;
		he = rx_line_end(s, c->len, h);
		size_t i = h;
		while (i < he && !rx_is_digit((unsigned char)s[i]))
			i++;
		if (i == he)
			break;
	}
	if (gaps(s, h, he) < 2 || h + col + 3 > he || s[h + col - 1] != ' ' || s[h + col] == ' ')
		return 0;
	size_t we = h + col;
	while (we < he && s[we] != ' ')
		we++;
	char w[24];
	if (we - h - col >= sizeof w)
		return 0;
	size_t n = rx_fold(s + h + col, we - h - col, w, sizeof w);
	return rx_kwset_has(&pn_column_kws, w, n);
}

int pn_directory_line(const char *s, size_t len, size_t at, size_t end)
{
	size_t ls = rx_line_start(s, at), le = rx_line_end(s, len, at);
	if (at < ls + 4 || s[at - 1] != ' ' || s[at - 2] != ' ' || unit_cell(s, len, ls) != at)
		return 0;
	/* the name fills its cell; a phone alone may follow */
	int a = after_name(s, end, le), alike = 0;
	if (a < 0)
		return 0;
	int contact = a;
	size_t up = ls, down = le;
	for (int n = 0; n < 2; n++) {
		if (up > 0) {
			up = rx_line_start(s, up - 1);
			alike |= directory_item(s, len, up, &contact);
		}
		if (down < len) {
			alike |= directory_item(s, len, down + 1, &contact);
			down = rx_line_end(s, len, down + 1);
		}
	}
	return alike ? 1 + contact : 0;
}

/* The body of a list's item at ls: after a list's marker
 * (pn_list_marker_end: "- ", "* ", "• ", "12. ", "3) "), a bare number
 * ("1 ") or an en dash ("– "); RX_NONE when the line is no item. */
static size_t item_body(const char *s, size_t len, size_t ls)
{
	size_t b = ls, i = pn_list_marker_end(s, len, ls);
	while (b < len && s[b] == ' ')
		b++;
	if (i == b) {
		size_t d = b;
		while (d < len && d - b < 3 && rx_is_digit((unsigned char)s[d]))
			d++;
		if (d > b && d < len && s[d] == ' ')
			i = d + 1;
		else if (b + 3 < len && (unsigned char)s[b] == 0xE2 && (unsigned char)s[b + 1] == 0x80 &&
			 (unsigned char)s[b + 2] == 0x93 && s[b + 3] == ' ')
			i = b + 4;
		else
			return RX_NONE;
	}
	while (i < len && s[i] == ' ')
		i++;
	return i;
}

/* The item at ls: 0 no item, 1 an item, 2 an item that is a name of two
 * to four words filling it (no brand: "Hugo Boss"), 3 one the gazetteer
 * knows a word of. */
static int item_kind(const struct rx_ctx *c, size_t ls)
{
	const char *s = c->text;
	size_t b = item_body(s, c->len, ls);
	if (b == RX_NONE)
		return 0;
	struct name n;
	if (!pn_parse_name(s, c->len, b, &n) || n.nt < 2 || n.nt > 4 || n.caps)
		return 1;
	size_t le = rx_line_end(s, c->len, ls), e = n.end;
	while (e < le && (s[e] == ' ' || s[e] == '\r'))
		e++;
	if (e != le)
		return 1;
	for (size_t k = 0; k < n.nt; k++)
		if (pn_stop_token(c, &n, k) && !pn_namelike_stop(c, &n, k))
			return 1;
	if (pn_eponym(c, b, 0))
		return 1;
	return pn_any_known(c, &n) ? 3 : 2;
}

int pn_list_of_names(const struct rx_ctx *c, size_t at, size_t end)
{
	const char *s = c->text;
	size_t ls = rx_line_start(s, at), le = rx_line_end(s, c->len, at);
	if (item_body(s, c->len, ls) != at)
		return 0;
	while (end < le && (s[end] == ' ' || s[end] == '\r'))
		end++;
	if (end != le)
		return 0;
	int items = 1, names = 1, known = 0, k, labelled = 0;
	/* the block of items around it, 24 lines each way at most, and the
	 * list's label above it ("Members:", "Dancers:") */
	size_t up = ls;
	for (int n = 0; n < 24 && up > 0; n++) {
		up = rx_line_start(s, up - 1);
		if (!(k = item_kind(c, up))) {
			size_t e = rx_line_end(s, c->len, up);
			while (e > up && (s[e - 1] == ' ' || s[e - 1] == '\r'))
				e--;
			labelled = e > up + 1 && s[e - 1] == ':' && e - up <= 40 &&
				   rx_kw_ends(c, &pn_list_label_kws, up, e - 1);
			break;
		}
		items++;
		names += k >= 2;
		known += k == 3;
	}
	size_t down = le;
	for (int n = 0; n < 24 && down < c->len; n++) {
		if (!(k = item_kind(c, down + 1)))
			break;
		items++;
		names += k >= 2;
		known += k == 3;
		down = rx_line_end(s, c->len, down + 1);
	}
	if (labelled)
		return 2 * names >= items;
	return items >= 3 && 3 * names >= 2 * items && known >= 2 && 2 * known >= names;
}

/* Rosters: a name, then fields after dashes or commas. */

size_t pn_list_marker_end(const char *s, size_t len, size_t ls)
{
	size_t i = ls;
	while (i < len && s[i] == ' ')
		i++;
	if (i + 1 < len && rx_in("-*", s[i]) && s[i + 1] == ' ')
		return i + 2;
	if (i + 3 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
	    (unsigned char)s[i + 2] == 0xA2 && s[i + 3] == ' ')
		return i + 4;
	size_t d = i;
	while (d < len && d - i < 3 && rx_is_digit((unsigned char)s[d]))
		d++;
	if (d > i && d + 1 < len && rx_in(".)", s[d]) && s[d + 1] == ' ')
		return d + 2;
	return i;
}

/* Where the item of the line at ls starts, past a list's marker and the
 * item's role ("- Cantarist: Inacio Colaco — ...", "boudin : Noelie
 * Arceneaux — ..."), or RX_NONE when no capital follows. */
static size_t item_start(const char *s, size_t len, size_t ls)
{
	size_t i = pn_list_marker_end(s, len, ls);
	for (size_t r = i; r < len && r - i < 24; r++) {
		if (s[r] == ':' && r > i && r + 2 < len && s[r + 1] == ' ' && rx_is_upper((unsigned char)s[r + 2])) {
			i = r + 2;
			break;
		}
		if (!(rx_is_alpha((unsigned char)s[r]) || s[r] == ' ' || ((unsigned char)s[r] & 0x80)))
			break;
	}
	return i < len && rx_cap_at(s, len, i) ? i : RX_NONE;
}

/* A roster's field separator at s[i]: a dash (rx_dash_sep) or "; ". */
static size_t field_sep(const char *s, size_t len, size_t i)
{
	size_t k = rx_dash_sep(s, len, i);
	return k ? k : i + 1 < len && s[i] == ';' && s[i + 1] == ' ' ? 2 : 0;
}

/* The line at ls is an item of the same roster: its first words (capitals
 * and letters, up to 40 bytes) end at a dash separator. */
static int roster_item(const char *s, size_t len, size_t ls, int comma)
{
	size_t i = item_start(s, len, ls), le = rx_line_end(s, len, ls);
	if (i == RX_NONE)
		return 0;
	for (size_t e = i; e < le && e - i < 40; e++) {
		if (comma ? s[e] == ',' && e + 1 < le && s[e + 1] == ' ' : field_sep(s, len, e) != 0)
			return e > i;
		if (s[e] != ' ' && s[e] != '.' && s[e] != '\'' && s[e] != '-' && !rx_is_alpha((unsigned char)s[e]) &&
		    !((unsigned char)s[e] & 0x80))
			return 0;
	}
	return 0;
}

int pn_contact_in(const char *s, size_t a, size_t b)
{
	size_t digits = 0;
	for (size_t i = a; i < b; i++) {
		if (s[i] == '@')
			return 1;
		if (rx_is_digit((unsigned char)s[i])) {
			if (++digits >= 7)
				return 1;
		} else if (!rx_in(" -()+", s[i])) {
			digits = 0;
		}
	}
	return 0;
}

/* "Tšepo Letsoela — tenor — 5401 9772": a name opening an item of a
 * roster, its fields after dashes; the line goes on past the name with a
 * dash and a second dash or a digit or '@', and a neighbouring line (two
 * up or down) is an item of the same shape. */
int pn_roster_line(const char *s, size_t len, size_t at, size_t end, int known)
{
	end = pn_patronymic_after(s, len, end); /* ("Tiurma br. Sinaga — ...") */
	size_t k = field_sep(s, len, end);
	/* (short fields after commas, "Tevita Fifita, —, tfifita@gmail.com",
	 * not a sentence: then only a contact says "person", on its line or
	 * a neighbour's) */
	int comma = !k && end + 2 < len && s[end] == ',' && s[end + 1] == ' ';
	size_t ls = rx_line_start(s, at), le = rx_line_end(s, len, at), words = 0;
	for (size_t i = end; comma && i < le; i++)
		words += s[i] == ' ';
	/* (and no label before the name: "Quelle: Kirchenbuch Lübben, ...") */
	if (comma && words <= 6 && pn_list_marker_end(s, len, ls) == at)
		k = 2, known = 0;
	/* an item that is the name alone ("1. Tepaeru Rongo"), numbered or
	 * bulleted: only its neighbours' contacts say "person" */
	size_t re = le;
	while (re > end && rx_in(" \r", s[re - 1]))
		re--;
	int alone = !k && !comma && re == end && at > ls && pn_list_marker_end(s, len, ls) == at;
	if (alone)
		known = 0;
	else if (!k)
		return 0;
	if (item_start(s, len, ls) != at)
		return 0;
	/* a second field, a contact, or an empty field ("Giandro Girigori -
	 * —"); not one word of a note ("* Hajduk Split — morning") */
	int more = alone;
	for (size_t i = end + k; i < le && !more; i++)
		more = field_sep(s, len, i) || rx_is_digit((unsigned char)s[i]) || s[i] == '@' ||
		       (comma && (s[i] == ',' || (i + 3 <= le && memcmp(s + i, "n/a", 3) == 0)));
	more |= !alone && re == end + k + 3 && (unsigned char)s[end + k] == 0xE2 &&
		(unsigned char)s[end + k + 1] == 0x80 &&
		((unsigned char)s[end + k + 2] == 0x94 || (unsigned char)s[end + k + 2] == 0x93);
	/* (a reading list: "1. Max Havelaar – ISBN 978-...") */
	if (!more || memmem(s + end, le - end, "ISBN", 4))
		return 0;
	/* (an agenda's "Opening Remarks — Main Hall — 09:00": a name the
	 * gazetteer does not know needs a contact on its line or on a
	 * neighbouring item's, an e-mail address or a phone's seven digits
	 * or more) */
	if (!known && !alone)
		known = pn_contact_in(s, end, le);
	size_t up = ls, down = le;
	int alike = 0;
	for (int n = 0; n < 2 && !(alike && known); n++) {
		if (up > 0) {
			up = rx_line_start(s, up - 1);
			if (roster_item(s, len, up, comma)) {
				alike = 1;
				known = known || pn_contact_in(s, up, rx_line_end(s, len, up));
			}
		}
		if (down < len) {
			size_t ne = rx_line_end(s, len, down + 1);
			if (roster_item(s, len, down + 1, comma)) {
				alike = 1;
				known = known || pn_contact_in(s, down + 1, ne);
			}
			down = ne;
		}
	}
	if (!alike || !known)
		return 0;
	return 1;
}

/* A signature's name alone on its line above the signer's job title
 * ("Deepthi Deshpande" over "Manager - Human Resources", "Head of
 * Operations", "Senior Solicitor"): two or three words, one the gazetteer
 * knows, and a short line of words below that names a post. */
static const char *const posts[] = {
		"manager", "director", "officer", "head", "lead", "engineer", "consultant",
		"assistant", "secretary", "coordinator", "co-ordinator", "administrator", "advisor",
		"adviser", "specialist", "executive", "president", "vice president", "partner",
		"solicitor", "accountant", "analyst", "human resources", "hr", "ceo", "cfo", "cto",
		"coo", "founder", "co-founder", "owner", "chairman", "chairwoman", "chairperson",
		"treasurer", "clerk", "registrar", "principal", "headteacher", "teacher", "supervisor",
		"geschäftsführer", "geschäftsführerin", "leiter", "leiterin", "sachbearbeiter",
		"sachbearbeiterin", "directeur", "directrice", "responsable", "gérant", "gérante",
		"director general", "directora", "gerente", "responsabile", "direttore", "direttrice",
		"directeur général", "bedrijfsleider", "directeur-eigenaar", "diretor", "diretora",
		/* (stop 62: "seen by nurse ओमप्रकाश परिहार") */
		"nurse", NULL};
struct rx_kwset pn_post_kws = RX_KWSET(posts);

int pn_post_below(const struct rx_ctx *c, struct name *n, size_t at)
{
	const char *s = c->text;
	size_t le = rx_line_end(s, c->len, at), e = n->end;
	if (n->nt < 2 || n->nt > 3 || !pn_any_known(c, n))
		return 0;
	while (e < le && rx_in(" \r", s[e]))
		e++;
	if (e != le || le + 2 >= c->len)
		return 0;
	size_t b = le + 1, be = rx_line_end(s, c->len, b);
	if (be - b < 2 || be - b > 60)
		return 0;
	for (size_t i = b; i < be; i++)
		if (rx_is_digit((unsigned char)s[i]) || s[i] == '@' || s[i] == ':')
			return 0;
	return rx_kwset_last(&pn_post_kws, s, b, be) != RX_NONE;
}

/* A party in a court order's heading: the name alone on its line, its
 * role alone on the next ("BETWEEN:\n\nDIGBY HEBBLETHWAITE\nClaimant\n\n
 * -and-\n\nHESTER DUNSMORE\nDefendant"). Two to four words. */
int pn_party_below(const struct rx_ctx *c, struct name *n)
{
	static const char *const roles[] = {"claimant", "defendant", "respondent", "applicant", "appellant",
					    "petitioner", "claimants", "defendants", "respondents", "applicants",
					    "appellants", "petitioners", "first claimant", "second claimant",
					    "first defendant", "second defendant", "first respondent",
					    "second respondent", "plaintiff", "plaintiffs", NULL};
	static struct rx_kwset role_kws = RX_KWSET(roles);
	const char *s = c->text;
	size_t le = rx_line_end(s, c->len, n->end), e = n->end;
	if (n->nt < 2 || n->nt > 4)
		return 0;
	while (e < le && rx_in(" \r", s[e]))
		e++;
	if (e != le || le + 8 >= c->len)
		return 0;
	size_t b = le + 1, be = rx_line_end(s, c->len, b);
	while (be > b && rx_in(" \r", s[be - 1]))
		be--;
	if (be - b < 8 || be - b > 18)
		return 0;
	/* (the whole line one role: "Defendant", "Second Defendant") */
	size_t w = 0;
	return rx_kwset_last_idx(&role_kws, s, b, be, &w) == be && strlen(roles[w]) == be - b;
}

/* A year of 1800-2099 in [b, be) at i: its end, or i. */
static size_t year_at(const char *s, size_t be, size_t i)
{
	if (i + 4 > be || !(s[i] == '1' ? s[i + 1] >= '8' : s[i] == '2' && s[i + 1] == '0'))
		return i;
	for (size_t k = i; k < i + 4; k++)
		if (!rx_is_digit((unsigned char)s[k]))
			return i;
	return i + 4 < be && rx_is_digit((unsigned char)s[i + 4]) ? i : i + 4;
}

/* A memorial's or a headstone's name alone on its line (indented or not)
 * over its life's dates ("  KIRK RAMLOGAN" over "  3rd May 1958 –
 * February 28, 2023"; stop 60): the next line holds two years, a dash
 * between them, nothing after the second but punctuation. */
static int lifespan_below(const char *s, size_t len, size_t at, size_t end)
{
	size_t ls = rx_line_start(s, at), le = rx_line_end(s, len, end), e = end;
	for (size_t i = ls; i < at; i++)
		if (s[i] != ' ')
			return 0;
	while (e < le && rx_in(" \r", s[e]))
		e++;
	if (e != le || le + 12 >= len)
		return 0;
	size_t b = le + 1, be = rx_line_end(s, len, b), y1 = 0, y2 = 0, dash = 0;
	while (be > b && rx_in(" \r.)", s[be - 1]))
		be--;
	if (be - b > 64)
		return 0;
	for (size_t i = b; i < be; i++) {
		size_t y = (i == b || !rx_is_digit((unsigned char)s[i - 1])) ? year_at(s, be, i) : i;
		if (y != i) {
			if (!y1)
				y1 = i + 1;
			else if (dash)
				y2 = i + 1;
			i = y - 1;
		} else if (y1 && (s[i] == '-' || ((unsigned char)s[i] == 0xE2 && i + 2 < be &&
						(unsigned char)s[i + 1] == 0x80 &&
						((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94)))) {
			dash = 1;
		} else if (s[i] == '@' || s[i] == ':' || s[i] == '|') {
			return 0;
		}
	}
	return y1 && y2 && year_at(s, be, y2 - 1) == be;
}

/* A party to a deed named before what defines it: its address after "of"
 * ("PHILIPPA TRELOAR of Bramble Cottage, ...", "Raelynn Amundsen of 4290 E
 * Magnolia Blvd"), its role in quotes ("Crispin Pengelly (\"the Tenant\")")
 * or "hereinafter". Two words or more. */
int pn_party_after(const struct rx_ctx *c, struct name *n)
{
	static const char *const unit[] = {"flat ", "apartment ", "apt ", "unit ", "suite ", NULL};
	const char *s = c->text;
	size_t e = n->end, len = c->len;
	if (n->nt < 2 || e + 6 >= len)
		return 0;
	if (n->nt <= 4 && pn_any_known(c, n) && lifespan_below(s, len, n->ts[0], e))
		return 1;
	if (!memcmp(s + e, " of ", 4)) {
		size_t v = e + 4;
		if (rx_is_digit((unsigned char)s[v]))
			return 1;
		for (const char *const *u = unit; *u; u++)
			if (v + strlen(*u) < len && rx_fold_eq(s + v, *u, strlen(*u)) &&
			    rx_is_digit((unsigned char)s[v + strlen(*u)]))
				return 1;
		/* a house's name and a comma ("of Bramble Cottage, Quarry ...") */
		static const char *const house[] = {"cottage", "house", "farm", "lodge", "barn", "villa",
						    "manor", "hall", "mill", NULL};
		size_t w = v, words = 0;
		while (w < len && words < 4 && rx_is_upper((unsigned char)s[w])) {
			size_t ws = w;
			while (w < len && rx_is_alpha((unsigned char)s[w]))
				w++;
			words++;
			char buf[12];
			if (w - ws < sizeof buf && w < len && s[w] == ',') {
				rx_fold(s + ws, w - ws, buf, sizeof buf);
				for (const char *const *h = house; *h; h++)
					if (!strcmp(buf, *h))
						return 1;
			}
			if (w < len && s[w] == ' ')
				w++;
		}
		return 0;
	}
	/* a deed's or a claim's party: the nationality or the marital state
	 * after a comma ("THAÍS QUEIROZ, brasileira, casada", "Rui
	 * Figueiredo, divorciado, contribuinte"), an e-mail's quoted writer
	 * ("On 21/07/2025, Crispin Thwaites wrote:") */
	if (s[e] == ',' && s[e + 1] == ' ' && rx_in("bpecdvsm", s[e + 2])) {
		static const char *const party[] = {"brasileiro,", "brasileira,", "português,", "portuguesa,",
						    "español,", "española,", "casado,", "casada,", "solteiro,",
						    "solteira,", "divorciado,", "divorciada,", "viúvo,", "viúva,",
						    "soltero,", "soltera,", "mayor de edad", "maior de idade", NULL};
		for (const char *const *p = party; *p; p++) {
			size_t l = strlen(*p);
			if (e + 2 + l <= len && !memcmp(s + e + 2, *p, l))
				return 1;
		}
	}
	static const char *const wrote[] = {" wrote:", " schrieb:", " a écrit :", " escribió:", " escreveu:",
					    " schreef:", " ha scritto:", " skrev:", NULL};
	for (const char *const *w = wrote; s[e] == ' ' && rx_in("wsaeh", s[e + 1]) && *w; w++) {
		size_t l = strlen(*w);
		if (e + l <= len && !memcmp(s + e, *w, l))
			return 1;
	}
	if (!memcmp(s + e, " (\"the ", 7) || !memcmp(s + e, " (the ", 6) || !memcmp(s + e, " ('the ", 7) ||
	    (e + 9 <= len && !memcmp(s + e, " (\xe2\x80\x9cthe ", 9)))
		return 1;
	return e + 13 < len && (rx_fold_eq(s + e, " (hereinafter", 13) || rx_fold_eq(s + e, ", hereinafter", 13));
}

/* A letter head: the name fills its line and a postal address follows on
 * the next line. */
int pn_before_address(const char *s, size_t len, size_t at, size_t end)
{
	/* "- Auke Kuipers, Kleine Kerkstraat 15, 8861 BA Harns": the address
	 * after a comma on the name's line */
	if (end + 2 < len && s[end] == ',' && s[end + 1] == ' ' && rx_is_upper((unsigned char)s[end + 2]) &&
	    rx_address_at(s, len, end + 2) != (size_t)-1)
		return 1;
	size_t le = rx_line_end(s, len, end), ls = rx_line_start(s, at);
	/* two people on the line above ("BRIANNA DELGADO-REYES & DAKOTA
	 * DELGADO-REYES", then the street): the other name's words and " & " */
	if ((le != end || at != ls) && le < len && le - ls <= 80) {
		/* (or a cheque's "DARNELL WHITACRE OR EMMETT OKAFOR") */
		size_t amp = RX_NONE, al = 3;
		for (size_t i = ls; i + 3 <= le && amp == RX_NONE; i++)
			if (!memcmp(s + i, " & ", 3))
				amp = i;
			else if (i + 4 <= le && (!memcmp(s + i, " OR ", 4) || (i + 5 <= le && !memcmp(s + i, " AND ", 5))))
				amp = i, al = s[i + 1] == 'O' ? 4 : 5;
		if (amp == RX_NONE || !((at == ls && amp == end) || (at == amp + al && end == le)))
			return 0;
		for (size_t i = ls; i < le; i++)
			if (!(i > amp && i < amp + al - 1) && !rx_letter_at(s, le, i) && !rx_in(" -'", s[i]) &&
			    ((unsigned char)s[i] & 0xC0) != 0x80)
				return 0;
		return rx_is_upper((unsigned char)s[amp + al]) && rx_address_at(s, len, le + 1) != (size_t)-1;
	}
	if (le != end || le >= len || at != ls)
		return 0;
	return rx_address_at(s, len, le + 1) != (size_t)-1;
}
