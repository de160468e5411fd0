/* person_records.c: names that records' layouts hold (stop 56): a
 * record's two-cell table row under a person's label, a config's key in
 * capitals that names a person's name, a copied group chat's speakers
 * after a speech bubble, a person's key in a key=value record (moved here
 * in stop 59), a JSON name key's value in a script without capitals
 * (moved here from person_script.c in stop 62). Moved out of
 * person_lists.c, whose name parser for scripts without capitals
 * (pn_uncased_name) they use. */
#include <string.h>

#include "person_int.h"

/* At a table's '|': a two-cell row of a record ("| Full name | सुहासिनी
 * भटनागर |", "| Checked by | 真壁 結菜 (yuna.makabe@...) |"): the label's
 * cell names a person, the value's cell holds a name in a script without
 * capitals, in Han or kana (or one in Latin letters the gazetteer may not
 * know, under a name's label), and nothing else but a mailbox in
 * parentheses. New in stop 56. */
unsigned pn_detect_record_row(struct rx_ctx *c)
{
	static const char *const names[] = {"full name", "name", "customer name", "account holder",
					    "subscriber", "customer", "applicant", "patient", "caller",
					    /* (a tenant's reference, a booking's passengers;
					     * stop 57) */
					    "previous landlord", "landlord", "referee", "guarantor", "passenger",
					    "lead passenger", "co-passenger", NULL};
	const char *s = c->text;
	size_t len = c->len, d = c->ms;
	/* (a cheap look first: " " and a name's first letter after the '|') */
	if (d + 4 >= len || s[d + 1] != ' ' || !((unsigned char)s[d + 2] >= 0xD7 || rx_cap_at(s, len, d + 2)))
		return 0;
	size_t ls = rx_line_start(s, d);
	/* the second '|' of the line, after "| label " */
	if (d < ls + 4 || s[ls] != '|' || memchr(s + ls + 1, '|', d - ls - 1))
		return 0;
	size_t a = ls + 1, b = d;
	while (a < b && s[a] == ' ')
		a++;
	while (b > a && s[b - 1] == ' ')
		b--;
	int name = 0, who = 0;
	for (const char *const *w = names; *w && !name; w++)
		name = strlen(*w) == b - a && rx_fold_eq(s + a, *w, b - a);
	who = pn_staff_label(s + a, b - a);
	if (!name && !who)
		return 0;
	size_t v = d + 2, e = pn_uncased_name(s, len, v);
	/* (Latin letters under a person's name's label only: "| Name | Acme
	 * Widgets |" names a product as often) */
	if (e == v && name && b - a > 4 && rx_cap_at(s, len, v))
		e = pn_unknown_name(c, v);
	if (e == v)
		return 0;
	size_t q = e;
	/* (a mailbox in parentheses after it) */
	if (q + 2 < len && s[q] == ' ' && s[q + 1] == '(') {
		const char *cp = memchr(s + q, ')', len - q < 96 ? len - q : 96);
		if (!cp || !memchr(s + q, '@', (size_t)(cp - s) - q))
			return 0;
		q = (size_t)(cp - s) + 1;
	}
	/* (or their phone or mailbox after a comma: "| Previous landlord |
	 * 殷文博, 135-8161-9808 |"; stop 57) */
	if (q == e && pn_contact_after(s, len, e)) {
		const char *bar = memchr(s + e, '|', rx_line_end(s, len, e) - e);
		if (bar)
			q = (size_t)(bar - s);
	}
	while (q < len && s[q] == ' ')
		q++;
	return q < len && s[q] == '|' ? pn_emit_name(c, v, e) : 0;
}

/* At '=': a config's key in capitals that names a person's name
 * ("DONATE_ADMIN_NAME=\"منى الفخراني\"", "SENDER_NAME='Araminta
 * Braithwaite'"), and its quoted value a name: words of a script without
 * capitals, Han or kana, or capitalised words (pn_unknown_ok). New in
 * stop 56. */
unsigned pn_detect_env_person(struct rx_ctx *c)
{
	static const char *const who[] = {"ADMIN", "CONTACT", "OWNER", "SENDER", "FROM", "MANAGER", "ONCALL",
					  "ON_CALL", "SIGNATORY", "TRUSTEE", "TREASURER", "CHAIR", "AGENT", NULL};
	const char *s = c->text;
	size_t len = c->len, eq = c->ms;
	/* (a cheap look first: "_NAME" before it, a quote after it) */
	if (eq < 6 || eq + 4 >= len || memcmp(s + eq - 5, "_NAME", 5) || (s[eq + 1] != '"' && s[eq + 1] != '\''))
		return 0;
	size_t k = eq - 5;
	while (k > 0 && eq - k < 40 && (rx_is_upper((unsigned char)s[k - 1]) || s[k - 1] == '_'))
		k--;
	int ok = 0;
	for (const char *const *w = who; *w && !ok; w++) {
		size_t n = strlen(*w);
		for (size_t i = k; i + n <= eq - 5 && !ok; i++)
			ok = !memcmp(s + i, *w, n) && (i == k || s[i - 1] == '_') && (i + n == eq - 5 || s[i + n] == '_');
	}
	if (!ok)
		return 0;
	size_t v = eq + 2, e = pn_uncased_name(s, len, v);
	if (e == v && rx_cap_at(s, len, v))
		e = pn_unknown_name(c, v);
	if (e == v || e >= len || s[e] != s[eq + 1])
		return 0;
	return pn_emit_name(c, v, e);
}

/* At ':': a chat's speaker after a speech bubble opening the line ("💬
 * Tiberio: Stamattina c'era...", "💬 Ярослава: ..."), a copied group
 * chat's form: one to three words, capitalised or of a script without
 * capitals, none an ordinary word. New in stop 56. */
unsigned pn_detect_bubble_speaker(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, colon = c->ms;
	/* (a cheap look first: a space after the colon, a bubble's first
	 * byte within 60 bytes before it, opening its line) */
	if (colon < 7 || colon + 1 >= len || s[colon + 1] != ' ')
		return 0;
	size_t lim = colon > 60 ? colon - 60 : 0;
	const char *b = memrchr(s + lim, 0xF0, colon - lim);
	if (!b || b + 6 > s + colon || (b > s && b[-1] != '\n') || memcmp(b, "\xf0\x9f\x92\xac ", 5) ||
	    !rx_letter_before(s, colon))
		return 0;
	size_t ls = (size_t)(b - s);
	if (colon < ls + 6 || memchr(s + ls, '\n', colon - ls))
		return 0;
	size_t v = ls + 5, e;
	if ((unsigned char)s[v] >= 0xD7)
		e = pn_uncased_name(s, len, v) == colon ? colon : v;
	else {
		size_t k = v, words = 0;
		for (;;) {
			size_t ws = k, l;
			if (!rx_cap_at(s, len, k))
				return 0;
			while (k < colon && (l = rx_letter_at(s, len, k)) > 0)
				k += l;
			unsigned cls = rx_name_class(s + ws, k - ws);
			if (k - ws < 2 || ((cls & RX_NAME_STOP) && !(cls & (RX_NAME_GIVEN | RX_NAME_SURNAME))) ||
			    pn_never_word(c, ws, k - ws))
				return 0;
			words++;
			if (k == colon || words == 3 || s[k] != ' ')
				break;
			k++;
		}
		e = k == colon ? colon : v;
	}
	/* (a single uncased word is a name too: "💬 婉清:") */
	if (e == v && (unsigned char)s[v] >= 0xD7) {
		size_t k = v, l;
		while (k < colon && (l = pn_uncased_at(s, len, k)) > 0)
			k += l;
		e = k == colon && k > v ? colon : v;
	}
	return e > v ? (unsigned)rx_emit(c, v, e, REDACT_PERSON) : 0;
}

/* Whether the header pn_name_column last found for the cell at `at` (c's
 * memo) heads the cell's own table: every line between them holds its
 * delimiter, so that a second table after a rule or a blank line ("---"
 * then "商品,数量") is not read under the first one's header. */
int pn_header_adjacent(const struct rx_ctx *c, size_t at)
{
	const char *s = c->text;
	if (c->csv.hps == RX_NONE || c->csv.hpe >= at)
		return 1; /* (an aligned column's or an SQL column's header) */
	size_t i = rx_line_end(s, c->len, c->csv.hpe) + 1, ls = rx_line_start(s, at);
	/* (a quoted cell may run over lines: "House No. 48, Ring Road\nAccra") */
	if (i < ls && memchr(s + i, '"', ls - i))
		return 1;
	while (i < ls) {
		size_t e = rx_line_end(s, c->len, i), r = i;
		/* (a printed table's rule, "+------+-----+", goes with it) */
		while (r < e && rx_in("+-=: ", s[r]))
			r++;
		if (!memchr(s + i, c->csv.d, e - i) && !(r == e && memchr(s + i, '+', e - i)))
			return 0;
		i = e + 1;
	}
	return 1;
}

/* The cell [v, e) of a delimited row, if it is a whole cell: spaces, then
 * the delimiter dl or the line's end after it. */
static int cell_ends(const char *s, size_t len, size_t e, char dl)
{
	while (e < len && s[e] == ' ')
		e++;
	if (e < len && (rx_is_digit((unsigned char)s[e]) || s[e] == '+')) {
		/* (or the person's phone after the name, an emergency contact's
		 * cell: "Gero Hüttenrauch +30 693 2244295 |"; stop 57) */
		size_t q = e, nd = 0;
		while (q < len && q - e < 24 && (rx_is_digit((unsigned char)s[q]) || rx_in("+ -/()", s[q])))
			nd += rx_is_digit((unsigned char)s[q++]) != 0;
		if (nd < 7)
			return 0;
		while (q > e && s[q - 1] == ' ')
			q--;
		e = q;
		while (e < len && s[e] == ' ')
			e++;
	}
	return e == len || s[e] == dl || s[e] == '\n' || s[e] == '\r';
}

/* Whether every word of [v, e) is a name the gazetteer knows: the person
 * detector reads such a cell under its column itself. */
static int all_known(const char *s, size_t v, size_t e)
{
	for (size_t ws = v; ws < e;) {
		size_t we = ws, k;
		while (we < e && (k = rx_letter_at(s, e, we)) > 0)
			we += k;
		if (we > ws && !(rx_name_class(s + ws, we - ws) & (RX_NAME_GIVEN | RX_NAME_SURNAME)))
			return 0;
		ws = we;
		while (ws < e && !rx_letter_at(s, e, ws))
			ws++;
	}
	return 1;
}

/* At a delimiter ('|', a tab, ',' or ';' without a space after it): a
 * cell under a person's column ("Guest | Company | Assistant" over
 * "Aldous Ogglethorpe | Quillfield Analytics Ltd | Mitarai Yui"), that
 * holds nothing but two to four capitalised words the gazetteer may not
 * know and pn_unknown_ok does not refuse; the cell after the delimiter,
 * and the line's first cell at its first delimiter. New in stop 57. */
unsigned pn_detect_unknown_cell(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, d = c->ms, v = d + 1, e;
	char dl = s[d];
	unsigned k = 0;
	if (v < len && s[v] == ' ') {
		/* (a comma or a semicolon of running text: ", ") */
		if (dl == ',' || dl == ';')
			return 0;
		v++;
	}
	/* (a cheap look first: a capital after the delimiter) */
	if (v + 6 < len && rx_cap_at(s, len, v) && (e = pn_unknown_name(c, v)) != v && cell_ends(s, len, e, dl) &&
	    !all_known(s, v, e) && pn_name_column(c, v) && pn_unknown_ok(c, v, e))
		k += (unsigned)rx_emit(c, v, e, REDACT_PERSON);
	/* a name in a script without capitals and its phone in one cell
	 * ("| 甄思琪 15819782328 |"; the name alone is pn_detect_script_cell's) */
	else if (v + 6 < len && (unsigned char)s[v] >= 0xD7 && (e = pn_uncased_name(s, len, v)) != v && e + 8 < len &&
		 s[e] == ' ' && (rx_is_digit((unsigned char)s[e + 1]) || s[e + 1] == '+') && cell_ends(s, len, e, dl) &&
		 pn_name_column(c, v))
		k += (unsigned)rx_emit(c, v, e, REDACT_PERSON);
	/* the first cell: a small letter before the delimiter, and no
	 * delimiter of its kind before it on the line */
	if (d < 6 || !rx_is_lower((unsigned char)s[d - (s[d - 1] == ' ' ? 2 : 1)]))
		return k;
	size_t ls = rx_line_start(s, d);
	if (d - ls > 64 || memchr(s + ls, dl, d - ls) || !rx_cap_at(s, len, ls))
		return k;
	if ((e = pn_unknown_name(c, ls)) != ls && cell_ends(s, len, e, dl) && e <= d && !all_known(s, ls, e) && pn_name_column(c, ls) &&
	    pn_unknown_ok(c, ls, e))
		k += (unsigned)rx_emit(c, ls, e, REDACT_PERSON);
	return k;
}

/* At ':': a comment's writer in a config or a script ("# Henning: that
 * last login is my home VPN", "# 陽菜: ..."): "# ", one given name the
 * gazetteer knows or a name in a script without capitals, ": " and a
 * sentence in small letters. New in stop 57. */
unsigned pn_detect_comment_writer(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, colon = c->ms;
	if (colon < 4 || colon + 3 >= len || s[colon + 1] != ' ' || !rx_is_lower((unsigned char)s[colon + 2]))
		return 0;
	/* (the line's start within 40 bytes, looked for there only) */
	size_t from = colon > 41 ? colon - 41 : 0, ls;
	const char *nl = memrchr(s + from, '\n', colon - from);
	if (nl)
		ls = (size_t)(nl - s) + 1;
	else if (from == 0)
		ls = 0;
	else
		return 0;
	if (s[ls] != '#' || s[ls + 1] != ' ')
		return 0;
	size_t a = ls + 2, e = pn_uncased_name(s, len, a);
	if (e == a && rx_cap_at(s, len, a)) {
		struct name n;
		if (!pn_parse_name(s, len, a, &n) || n.nt != 1 || n.end != colon ||
		    !(pn_tok(c, &n, 0, T_GIVEN) & T_GIVEN) || pn_stop_token(c, &n, 0))
			return 0;
		e = colon;
	}
	return e == colon && e > a ? (unsigned)rx_emit(c, a, e, REDACT_PERSON) : 0;
}

/* At '(' or '<': a name in a script without capitals alone on its line
 * before its mailbox in parentheses or angle brackets ("ललित तिवारी
 * (deposits@grihasetu-realty.in)", "大河内 悠真 <y.okochi@...>", a letter's
 * signature). New in stop 57. */
unsigned pn_detect_uncased_signature(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, p = c->ms;
	if (p < 7 || s[p - 1] != ' ' || (unsigned char)s[p - 2] < 0x80)
		return 0;
	size_t ls = rx_line_start(s, p), e = pn_uncased_name(s, len, ls);
	if (e != p - 1)
		return 0;
	size_t le = rx_line_end(s, len, p);
	while (le > p && (s[le - 1] == ' ' || s[le - 1] == '\r'))
		le--;
	const char *at = memchr(s + p, '@', le - p);
	if (le - p > 80 || s[le - 1] != (s[p] == '<' ? '>' : ')') || !at)
		return 0;
	/* (not a form's field and its sample: "이메일 (예: name@example.kr)") */
	size_t lp = (size_t)(at - s);
	while (lp > p && s[lp - 1] != ' ' && s[lp - 1] != '(')
		lp--;
	if (rx_example_before(s, lp))
		return 0;
	return (unsigned)rx_emit(c, ls, e, REDACT_PERSON);
}

/* At a line's end: a list's item that holds nothing but a name, when the
 * next item is the same person's birth date under its label ("Details we
 * hold:" / "- Mane Grigoryan" / "- Date of birth: 08/05/1999"). New in
 * stop 57. */
/* The line at b opens with a label, to its colon within 40 bytes, that
 * ends with a birth word. */
static int birth_line(const struct rx_ctx *c, size_t b)
{
	const char *s = c->text;
	size_t le = rx_line_end(s, c->len, b);
	const char *colon = memchr(s + b, ':', le - b < 40 ? le - b : 40);
	return colon && rx_birth_label(c, b, (size_t)(colon - s));
}

unsigned pn_detect_item_before_birth(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, p = c->ms + 1, m;
	/* (a cheap look first: a list's marker, "- ", "* " or "• ") */
	if (p + 8 >= len)
		return 0;
	if ((s[p] == '-' || s[p] == '*') && s[p + 1] == ' ') {
		m = 2;
	} else if (!memcmp(s + p, "\xe2\x80\xa2 ", 4)) {
		m = 4;
	} else {
		/* or a form's line of a name alone under its title, the birth
		 * date's label opening the next line ("PERSONEELSFORMULIER —
		 * Erasmus Lyceum / Hendrikje Opstelten / Geboortedatum: ...";
		 * stop 58): a short line and that label first */
		const char *nl = memchr(s + p, '\n', len - p < 64 ? len - p : 64);
		if (!nl || (size_t)(nl - s) == p || !birth_line(c, (size_t)(nl - s) + 1))
			return 0;
		m = 0;
	}
	size_t v = p + m, e = pn_uncased_name(s, len, v);
	int latin = 0;
	if (e == v && rx_cap_at(s, len, v) && (e = pn_unknown_name(c, v)) != v)
		latin = 1;
	if (e == v || e + m + 4 >= len)
		return 0;
	size_t n = e + (s[e] == '\r');
	if (s[n] != '\n' || memcmp(s + n + 1, s + p, m) != 0)
		return 0;
	/* (the next item's label, to its colon, ends with a birth word) */
	if ((m && !birth_line(c, n + 1 + m)) || (latin && !pn_unknown_ok(c, v, e)))
		return 0;
	return (unsigned)rx_emit(c, v, e, REDACT_PERSON);
}

/* A person's key in a record of key=value pairs (a maintenance system's
 * export: "...|assigned=편재형 <...>|tel=...|requested_by=Loralei
 * Bostwick|spare=..."; stop 55), at the '=': the value up to the next
 * field ('|', '&', ';', ',', a tab, " <" or the line's end) when it is one
 * to three words of a script without capitals, of Han, kana or Hangul, or
 * two or three capitalised words one of which the gazetteer knows. */
unsigned pn_detect_kv_person(struct rx_ctx *c)
{
	static const char *const keys[] = {"assigned", "assigned_to", "assignee", "requested_by", "requester",
					   "reported_by", "reporter", "created_by", "approved_by", "owner",
					   "technician", "inspector", "operator_name", "contact_name", NULL};
	const char *s = c->text;
	size_t len = c->len, eq = c->ms, k = eq;
	while (k > 0 && eq - k < 16 && (rx_is_lower((unsigned char)s[k - 1]) || s[k - 1] == '_'))
		k--;
	if (k == eq || eq - k < 5 || (k > 0 && !rx_in("|&; \t\n?", s[k - 1])))
		return 0;
	int key = 0;
	for (const char *const *w = keys; *w && !key; w++)
		key = strlen(*w) == eq - k && !memcmp(s + k, *w, eq - k);
	if (!key)
		return 0;
	size_t v = eq + 1, e = v, n;
	while (e < len && e - v < 64 && !rx_in("|&;,\t\r\n", s[e]) && !(s[e] == ' ' && e + 1 < len && s[e + 1] == '<'))
		e++;
	if (e == v || e - v >= 64)
		return 0;
	/* a script's words */
	size_t i = v, words = 1;
	while (i < e && (n = pn_turn_letter(s, len, i)) != 0)
		if ((i += n) < e && s[i] == ' ' && i + 1 < e && pn_turn_letter(s, len, i + 1))
			i++, words++;
	if (i == e && words <= 3)
		return (unsigned)rx_emit(c, v, e, REDACT_PERSON);
	if (i != v)
		return 0;
	/* or capitalised words, one of them a name */
	int known = 0;
	words = 0;
	for (i = v; i < e;) {
		size_t a = i, l;
		if (!rx_cap_at(s, e, i))
			return 0;
		while (i < e && s[i] != ' ') {
			if ((l = rx_letter_at(s, e, i)) != 0)
				i += l;
			else if (s[i] == '-' || s[i] == '\'')
				i++;
			else
				return 0;
		}
		unsigned cl = rx_name_class(s + a, i - a);
		if (cl & RX_NAME_STOP)
			return 0;
		known |= (cl & (RX_NAME_GIVEN | RX_NAME_SURNAME)) != 0;
		words++;
		if (i < e)
			i++;
	}
	return words >= 2 && words <= 3 && known ? (unsigned)rx_emit(c, v, e, REDACT_PERSON) : 0;
}

/* At ':' after a JSON key of a name or a part of one ("name", "full_name",
 * "display_name", "contact_name", "first_name"): a quoted value in an
 * uncased script or CJK, one to four words without a digit ("name": "伊藤
 * 蓮", "name": "مهسا صادقی"). The Latin scan finds the capitalised ones.
 * Moved here from person_script.c in stop 62. */
unsigned pn_detect_json_script_name(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t at = c->ms, len = c->len;
	/* (a cheap look first: `"` before the colon, `"` and a byte of
	 * another script after it) */
	if (at < 6 || s[at - 1] != '"' || at + 4 >= len)
		return 0;
	size_t v = at + 1;
	while (v < len && s[v] == ' ')
		v++;
	if (v + 3 >= len || s[v] != '"' || (unsigned char)s[v + 1] < 0xD7)
		return 0;
	static const char *const keys[] = {"\"name\"", "\"full_name\"", "\"fullname\"", "\"display_name\"",
					   "\"contact_name\"", "\"displayName\"", "\"fullName\"",
					   /* stop 54: a CRM's export of its people, a part each */
					   "\"first_name\"", "\"last_name\"", "\"firstName\"", "\"lastName\"",
					   "\"given_name\"", "\"family_name\"", "\"surname\"",
					   /* stop 59: a field app's job ("customer": "후은숙") */
					   "\"customer\"", "\"customer_name\"", "\"client\"", "\"tenant\"",
					   "\"occupier\"", "\"contact\"", NULL};
	int ok = 0;
	for (const char *const *k = keys; *k && !ok; k++) {
		size_t n = strlen(*k);
		ok = at >= n && !memcmp(s + at - n, *k, n);
	}
	if (!ok)
		return 0;
	v++;
	const char *q = memchr(s + v, '"', len - v < 64 ? len - v : 64);
	if (!q)
		return 0;
	size_t e = (size_t)(q - s), words = 1;
	for (size_t i = v; i < e; i++) {
		if (rx_is_digit((unsigned char)s[i]) || rx_in("@:/\\", s[i]) || (unsigned char)s[i] < 0x20)
			return 0;
		words += s[i] == ' ';
	}
	if (e - v < 3 || words > 4 || pn_uncased_org(s, v, e))
		return 0;
	return (unsigned)rx_emit(c, v, e, REDACT_PERSON);
}
