/* person_ctx.c: the contexts that make capitalised words a person's name
 * (greetings, titles, introductions, labels, sign-offs, name columns, lists
 * of people, chat speakers, birth words), and the words that never are
 * one. person.c parses the name and decides with these. */
#include <pthread.h>
#include <string.h>

#include "person_int.h"

/* ---- contexts ----------------------------------------------------------------- */




/* A label's note in parentheses ending at e ("Surname (family name):",
 * "Given name(s):"): where the label ends before it (not before `from`),
 * or e. */
/* (a note of up to 47 bytes: sixteen Thai or Han letters, "Keeper
 * (เจ้าของสัตว์)"; stop 63) */
size_t pn_before_note(const char *s, size_t from, size_t e)
{
	if (e <= from || s[e - 1] != ')')
		return e;
	size_t o = e - 1;
	while (o > from && s[o - 1] != '(' && e - o < 48)
		o--;
	if (o == from || s[o - 1] != '(')
		return e;
	e = o - 1;
	while (e > from && s[e - 1] == ' ')
		e--;
	return e;
}

int pn_noted_label(const struct rx_ctx *c, size_t from, size_t e, size_t at)
{
	const char *s = c->text;
	size_t nb = pn_before_note(s, from, e);
	while (from < nb && rx_in(" -*#\"\t", s[from]))
		from++;
	return nb < e && nb > from && pn_label_len(c, from, nb, at) == nb - from;
}

/* The key ending at e is a part of a name ("first", "last", "given",
 * "family", "middle") in an object that is the value of a "name" key:
 * {"name": {"title": "Mr", "first": "Anna", "last": "Weber"}} and
 * mongosh's { name: { first: 'Anna', last: 'Weber' } }. The object's '{'
 * is looked for within 160 bytes. */

static int name_part_key(const char *s, size_t e)
{
	size_t ks = e;
	while (ks > 0 && rx_is_alpha((unsigned char)s[ks - 1]))
		ks--;
	int part = 0;
	for (const char *const *p = pn_name_parts; *p && !part; p++)
		part = strlen(*p) == e - ks && memcmp(s + ks, *p, e - ks) == 0;
	if (!part)
		return 0;
	size_t lim = ks > 160 ? ks - 160 : 0, i = ks;
	int depth = 0;
	while (i > lim) {
		char ch = s[--i];
		if (ch == '}')
			depth++;
		else if (ch == '{' && depth-- == 0)
			break;
	}
	if (i == lim && s[i] != '{')
		return 0;
	/* before the '{': ':' and the key "name" */
	while (i > lim && rx_in(" \t\r\n", s[i - 1]))
		i--;
	if (i == lim || s[i - 1] != ':')
		return 0;
	i--;
	while (i > lim && rx_in(" \t\"'", s[i - 1]))
		i--;
	return i >= lim + 4 && memcmp(s + i - 4, "name", 4) == 0 &&
	       (i == lim + 4 || !rx_is_alnum((unsigned char)s[i - 5]));
}

int pn_label_word(const char *folded, size_t n)
{
	return rx_kwset_has(&pn_label_kws, folded, n);
}


/* A role label after a genitive whose head is a thing ("Address of the
 * applicant:", "Endereço eletrónico do requerente:", "Adresse des
 * Antragstellers:") says whose thing the value is, not who; with a name's
 * or a signature's head ("Nome do requerente:", "Firma del deudor:") the
 * value is the person's name. */
static const char *const genitives[] = {"of", "of the", "do", "da", "dos", "das", "del", "de",
					 "de la", "du", "des", "della", "dello", "dei", "degli",
					 "delle", "di", "von", "van", "der", NULL};
static const char *const thing_heads[] = {
	"address", "adresse", "anschrift", "dirección", "direccion", "domicilio", "domicílio",
	"endereço", "eletrónico", "electrónico", "eletrônico", "morada", "residência",
	"residencia", "indirizzo", "adres", "adresa", "phone", "telephone", "telefone",
	"teléfono", "telefono", "telefon", "email", "e-mail", "correo", "date", "data", "fecha",
	"datum", "birth", "nacimiento", "nascimento", "naissance", "geburt", "number", "número",
	"numero", "nummer", "account", "cuenta", "conta", "konto", "occupation", "profissão",
	"profesión", "nationality", "nacionalidade", "nacionalidad", "age", "idade", "edad", NULL};
static struct rx_kwset genitive_kws = RX_KWSET(genitives);
static struct rx_kwset thing_head_kws = RX_KWSET(thing_heads);

static int of_a_role(const struct rx_ctx *c, size_t from, size_t ls)
{
	const char *s = c->text;
	size_t e = ls;
	while (e > from && s[e - 1] == ' ')
		e--;
	if (e == ls)
		return 0;
	size_t l = rx_kw_ends_len(c, &genitive_kws, from, e);
	if (!l)
		return 0;
	e -= l;
	while (e > from && s[e - 1] == ' ')
		e--;
	return e > from && rx_kw_ends(c, &thing_head_kws, from, e);
}

/* A chat's mention, "@Harry can you ...", "@Anna, ...": '@' glued to the
 * name, then words of a sentence (not an annotation: "@Override" ends its
 * line, "@Param(" opens a call). */
static int mention(const char *s, size_t len, size_t at)
{
	if (at == 0 || s[at - 1] != '@' || (at >= 2 && (rx_is_alnum((unsigned char)s[at - 2]) || rx_in("._-", s[at - 2]))))
		return 0;
	size_t e = at;
	while (e < len && (rx_is_alpha((unsigned char)s[e]) || (unsigned char)s[e] >= 0x80))
		e++;
	return e + 1 < len && e > at + 1 && ((s[e] == ' ' && rx_is_lower((unsigned char)s[e + 1])) || s[e] == ',');
}

/* A sign-off and the name after it on the same line, which the name (and
 * a companion's, "Love, Lucy & Neil") ends: "Un saludo, Íñigo", "Thanks so
 * much – Scott", "Enjoy! Holly". */
static int signoff_inline(const struct rx_ctx *c, size_t at)
{
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	if (at < 4 || s[at - 1] != ' ')
		return 0;
	/* "Gruß Merle", "groet Marloes Oosterhuis", "Thanks Ruth": without a
	 * comma, a given name the gazetteer knows (looked up last) */
	int bare = rx_letter_before(s, at - 1) > 0;
	if (!bare && !(rx_in(",!-", s[at - 2]) || u[at - 2] == 0x93 || u[at - 2] == 0x94))
		return 0;
	if (bare) {
		/* (the lexer's word before the name and its hash) */
		size_t ti = c->ti;
		if (at != c->ms || ti == 0 || ti > c->ntk || c->tk[ti - 1].e != at - 1 || c->tk[ti - 1].n > 31 ||
		    !pn_signoff_last_is(c->tk[ti - 1].h, s + c->tk[ti - 1].s, c->tk[ti - 1].n))
			return 0;
	}
	size_t ls = rx_line_start(s, at);
	if (at < ls + 4)
		return 0;
	/* the sign-off opens the line or its last sentence ("... go to
	 * Ayesha. Thanks, Ruth"), or a quoted note (a gift card's "Happy
	 * birthday Callum! Love, Harriet x") */
	{
		size_t b = ls;
		for (size_t i = at - 3; i > ls && i + 48 > at && b == ls; i--)
			if ((s[i] == ' ' && rx_in(".!?", s[i - 1])) || s[i - 1] == '"')
				b = i;
		if (b == ls && at - ls > 48)
			return 0;
		ls = b;
	}
	size_t e = at - 1;
	if (bare)
		;
	else if (s[e - 1] == ',' || s[e - 1] == '!')
		e--;
	else if (e >= ls + 3 && s[e - 1] == '-' && s[e - 2] == ' ')
		e -= 2;
	else if (e >= ls + 5 && u[e - 3] == 0xE2 && u[e - 2] == 0x80 && (u[e - 1] == 0x93 || u[e - 1] == 0x94) &&
		 s[e - 4] == ' ')
		e -= 4;
	else
		return 0;
	size_t st = ls;
	while (st < e && rx_in(" >", s[st]))
		st++;
	if (e <= st || e - st > 30 || !rx_kw_ends(c, &pn_signoff_kws, st, e))
		return 0;
	size_t le = rx_line_end(s, c->len, at);
	if (le - at > 40)
		return 0;
	for (size_t i = at; i < le; i++)
		if (rx_is_digit(u[i]) || rx_in("@:/(,;", s[i]))
			return 0;
	/* the name ends the sentence: "Danke! Hast du die Nummer?" goes on
	 * with a word in lower case */
	size_t we = at;
	while (we < le && (rx_letter_at(s, le, we) || s[we] == '-' || s[we] == '\''))
		we += rx_letter_at(s, le, we) ? rx_letter_at(s, le, we) : 1;
	/* (but for a kiss after it: "Love, Harriet x") */
	if (we + 1 < le && s[we] == ' ' && rx_is_lower(u[we + 1]) &&
	    !(u[we + 1] == 'x' && (we + 2 == le || !rx_is_alpha(u[we + 2]))))
		return 0;
	if (bare) {
		size_t ne = at;
		while (ne < le && rx_letter_at(s, le, ne))
			ne += rx_letter_at(s, le, ne);
		unsigned cls = ne > at ? rx_name_class(s + at, ne - at) : 0;
		return (cls & RX_NAME_GIVEN) && !(cls & RX_NAME_STOP);
	}
	return 1;
}

/* A sign-off of thanks in any language, an exclamation and a dash
 * opening the line before the name: "Okuhepa! — Kazeongere Tjivikua, ...",
 * "Salamat gid! - Nonoy" (one to three words before the '!'). */
static int exclaim_signoff(const char *s, size_t len, size_t at)
{
	/* (a cheap look first: it runs for every name candidate) */
	if (at < 5 || s[at - 1] != ' ' || (s[at - 2] != '-' && (unsigned char)s[at - 2] < 0x80))
		return 0;
	size_t ls = rx_line_start(s, at), p = at;
	if (p < ls + 5)
		return 0;
	size_t k = p - 1;
	if (k >= ls + 3 && (unsigned char)s[k - 3] == 0xE2 && (unsigned char)s[k - 2] == 0x80 &&
	    ((unsigned char)s[k - 1] == 0x94 || (unsigned char)s[k - 1] == 0x93))
		k -= 3;
	else if (s[k - 1] == '-')
		k -= 1;
	else
		return 0;
	if (k < ls + 3 || s[k - 1] != ' ' || s[k - 2] != '!')
		return 0;
	int words = 1;
	for (size_t i = ls; i < k - 2; i++) {
		if (s[i] == ' ')
			words++;
		else if (!rx_letter_at(s, len, i) && !((unsigned char)s[i] & 0x80) && s[i] != '\'')
			return 0;
	}
	return words <= 3 && rx_letter_at(s, len, ls);
}

/* A companion added under a sign-up, "+ Refilwe Maake" alone on its
 * line: "+ " opening it, and no neighbouring line of a diff ('+', '-',
 * "@@"). */
static int companion_line(const char *s, size_t len, size_t at)
{
	if (at < 2 || s[at - 2] != '+' || s[at - 1] != ' ' || (at > 2 && s[at - 3] != '\n'))
		return 0;
	size_t ls = at - 2;
	size_t le = rx_line_end(s, len, at);
	if (ls > 0) {
		size_t ps = rx_line_start(s, ls - 1);
		if (rx_in("+-@", s[ps]) && ps < ls - 1)
			return 0;
	}
	return !(le + 1 < len && rx_in("+-@", s[le + 1]));
}

/* The context right before a name at `at` on its line: the text before it,
 * without trailing spaces, quotes, '(' and one ':' / '=' / tab / '|' (a
 * label separator, a Markdown table cell), must end with a label (after a
 * separator) or a greeting, title or introduction (without one). */
/* "Olá, Rafael! ...": a greeting, ", " and one capitalised word that a
 * '!', ',' or the line's end closes ("Oi, Format this ..." and "danke,
 * Bestellung Nr." go on). */
static int greeted_word(const struct rx_ctx *c, size_t from, size_t e, size_t at)
{
	const char *s = c->text;
	if (e - 1 <= from || !rx_kw_ends(c, &pn_greet_kws, from, e - 1) || !rx_cap_at(s, c->len, at))
		return 0;
	size_t w = at, k;
	while (w < c->len && (k = rx_letter_at(s, c->len, w)) > 0)
		w += k;
	return w - at >= 3 && (w == c->len || rx_in("!,\r\n", s[w]));
}

int pn_before_context(const struct rx_ctx *c, size_t at)
{
	const char *s = c->text;
	size_t ls = rx_line_start(s, at);
	size_t from = at > 64 ? at - 64 : 0;
	if (from < ls)
		from = ls;
	size_t e = at;
	int sep = 0;
	/* an XML element's name attribute names a field or a setting
	 * ("<string name=\"SSID\">", "<field name=\"Phone\">") */
	if (at >= ls + 9 && memcmp(s + at - 7, " name=\"", 7) == 0) {
		size_t t = at - 7;
		while (t > ls && rx_is_alnum((unsigned char)s[t - 1]))
			t--;
		if (t > ls && s[t - 1] == '<')
			return C_NONE;
	}
	if (exclaim_signoff(s, c->len, at) || companion_line(s, c->len, at) || signoff_inline(c, at) ||
	    mention(s, c->len, at))
		return C_STRONG;
	/* a blank form's hint in parentheses after the label, "Ngalan:
	 * (Apelyido, Ngalan, M.I.)", "Name: (Surname, Given names)" */
	if (at >= ls + 3 && s[at - 1] == '(' && s[at - 2] == ' ' && s[at - 3] == ':')
		return C_NONE;
	/* Zoom's saved chat: "12:45:05 From Sage Whirlwind Horse to Everyone:" */
	if (at == ls + 14 && memcmp(s + ls + 8, " From ", 6) == 0 && s[ls + 2] == ':' && s[ls + 5] == ':' &&
	    rx_is_digit((unsigned char)s[ls]) && rx_is_digit((unsigned char)s[ls + 7]))
		return C_STRONG;
	while (e > from && rx_in(" \t\"'(*", s[e - 1])) {
		sep |= s[e - 1] == '\t';
		e--;
	}
	int tab_only = sep;
	/* a printed form's dot leaders, "Efternamn ..... Wikström",
	 * "Прізвище .... Ткачук" */
	size_t dots = pn_dot_leaders(s, at, e);
	if (dots != e && dots > from) {
		e = dots;
		sep = 1;
		tab_only = 0;
	}
	/* (a scanned form's '¦' for its label's colon: "Name, Vorname ¦ ...") */
	int bar = e >= from + 2 && (unsigned char)s[e - 2] == 0xC2 && (unsigned char)s[e - 1] == 0xA6;
	if (!sep && !bar && at >= ls + 4 && s[at - 1] == ' ' && s[at - 2] == ' ' && e > from &&
	    !rx_in(":=|", s[e - 1]) && pn_aligned_label(c, ls, e, at) == C_STRONG)
		return C_STRONG;
	if (bar || (e > from && (s[e - 1] == ':' || s[e - 1] == '=' || s[e - 1] == '|'))) {
		/* "| Patient | Anna |": the label is the row's first cell; in a
		 * header row ("| Name | Durchwahl |") a cell is not */
		if (s[e - 1] == '|') {
			size_t fc = ls;
			while (fc < e && s[fc] == ' ')
				fc++;
			fc += fc < e && s[fc] == '|'; /* a Markdown row's leading pipe */
			if (fc >= e || memchr(s + fc, '|', e - 1 - fc))
				return C_NONE;
			/* a header, as a Markdown separator row under it says */
			size_t nl = rx_line_end(s, c->len, at) + 1;
			while (nl < c->len && s[nl] == ' ')
				nl++;
			nl += nl < c->len && s[nl] == '|';
			while (nl < c->len && s[nl] == ' ')
				nl++;
			if (nl + 2 < c->len && (s[nl] == '-' || s[nl] == ':') && s[nl + 1] == '-' &&
			    s[nl + 2] == '-')
				return C_NONE;
			/* a row of two cells only ("Surname | Nationality | Document"
			 * is a header's) */
			size_t le = rx_line_end(s, c->len, at), after = 0;
			for (size_t q = at; q < le; q++)
				after += s[q] == '|';
			while (le > at && rx_in(" \r", s[le - 1]))
				le--;
			if (after > 1 || (after == 1 && s[le - 1] != '|'))
				return C_NONE;
		}
		sep = 1;
		tab_only = 0;
		e -= bar ? 2 : 1;
		while (e > from && rx_in(" \t\"'*", s[e - 1]))
			e--;
		e = pn_before_note(s, from, e);
	}
	if (e == from)
		return C_NONE;
	/* "I, Crispin Pemberton, certify": only an introduction ends in ',',
	 * or a greeting ("Olá, Rafael!", "Halo Dewi," has none) */
	if (s[e - 1] == ',' && !sep)
		return (at > e && rx_kw_ends(c, &pn_intro_kws, from, e)) || greeted_word(c, from, e, at) ? C_STRONG
													 : C_NONE;
	if (tab_only) {
		/* "Name\tAnna Weber": a two-cell row whose first cell is the
		 * label; in a header row ("Employee Name\tDOB") a cell is not */
		size_t st = ls;
		while (st < e && s[st] == ' ')
			st++;
		char buf[64];
		size_t le = rx_line_end(s, c->len, at);
		if (e - st >= sizeof buf || memchr(s + st, '\t', e - st) || memchr(s + at, '\t', le - at))
			return C_NONE;
		size_t n = rx_fold(s + st, e - st, buf, sizeof buf);
		if (rx_kwset_has(&pn_label_kws, buf, n))
			return C_STRONG;
		size_t g = pn_gender_ending(s, st, e); /* "Given name(s)" */
		n = rx_fold(s + st, g - st, buf, sizeof buf);
		return g != e && rx_kwset_has(&pn_label_kws, buf, n) ? C_STRONG : C_NONE;
	}
	if (sep) {
		size_t l = pn_label_len(c, from, e, at);
		/* a chat export's sender ("06/06/2025, 22:58 - Dad: May I ..."):
		 * a message follows, not the label's value */
		if (l && s[e] == ':' && pn_chat_sender_at(s, ls, e - l))
			return C_NONE;
		/* a mail's header starts its line, a JSON key its field ("due
		 * to: Authentication failed" is a sentence's "to") */
		if ((l == 2 || l == 4) && (rx_fold_eq(s + e - l, "to", l) || rx_fold_eq(s + e - l, "cc", l) ||
					   rx_fold_eq(s + e - l, "from", l))) {
			size_t k = ls;
			while (k < e - l && rx_in(" \t>*\"{,", s[k]))
				k++;
			if (k != e - l)
				return C_NONE;
		}
		return (l && !rx_kw_ends(c, &pn_thing_name_kws, from, e) &&
			!of_a_role(c, from, e - l)) ||
				       name_part_key(s, e)
			       ? C_STRONG
			       : C_NONE;
	}
	if (rx_kw_ends(c, &pn_greet_kws, from, e) || rx_kw_ends(c, &pn_intro_kws, from, e))
		return C_STRONG;
	if (rx_kw_ends(c, &pn_title_kws, from, e) && !pn_trailing_title(s, from, e))
		return C_STRONG;
	/* a doctor of either sex in Portuguese and Spanish forms ("Prezado(a)
	 * Dr(a). Josuel Bezerra", "Seen by: Dr(a). ..."; stop 64) */
	if (e >= from + 6 && !memcmp(s + e - 4, "(a).", 4) && rx_fold_eq(s + e - 6, "dr", 2) &&
	    (e == from + 6 || !rx_letter_before(s, e - 6)))
		return C_STRONG;
	return C_NONE;
}

size_t pn_list_sep(const char *s, size_t at)
{
	if (at < 3 || s[at - 1] != ' ')
		return RX_NONE;
	if (rx_in(",;:", s[at - 2]))
		return at - 2;
	if (s[at - 2] == '/' && s[at - 3] == ' ')
		return at - 3;
	if (at >= 4 && (unsigned char)s[at - 3] == 0xC2 && (unsigned char)s[at - 2] == 0xB7 && s[at - 4] == ' ')
		return at - 4; /* " · " */
	return RX_NONE;
}

/* An item of a list of people after a list label, on one line:
 * "**Attendees:** Anna Weber, Ben Ortiz; Carla", "Table 2 (Peony): Haoran,
 * Despina Karagiannis (veg) / Signe · Hong Nhung Tran" (the name at `at`
 * follows the label's ": ", or a separator and items of letters and
 * spaces, each with a note in parentheses or not). */
int pn_listed_after_label(const struct rx_ctx *c, size_t at)
{
	const char *s = c->text;
	size_t ls = rx_line_start(s, at), sep = pn_list_sep(s, at);
	if (sep == RX_NONE || sep < ls + 2 || at - ls > 400)
		return 0;
	/* the item before ends in a capitalised word (a name) or an initial
	 * ("Hannelore L."), as in every list of people; in prose the word
	 * before a comma mostly is not. The first item follows the label. */
	if (s[sep] != ':') {
		size_t we = sep, ws;
		while (we > ls && s[we - 1] == ' ')
			we--;
		if (we > ls && s[we - 1] == ')' && (we = pn_before_note(s, ls, we)) > ls && s[we - 1] == ')')
			return 0; /* a note ("(veg)") that does not open on the line */
		if (we >= ls + 4 && s[we - 1] == '.' && s[we - 3] == ' ' && rx_in("vdt", s[we - 2]))
			we -= 3; /* a particle's initial ("Maarten v."): the name before it */
		else if (we >= ls + 2 && s[we - 1] == '.' && rx_is_upper((unsigned char)s[we - 2]))
			we--; /* the initial's letter, before its '.' */
		ws = we;
		while (ws > ls && (rx_is_alpha((unsigned char)s[ws - 1]) || ((unsigned char)s[ws - 1] & 0x80)))
			ws--;
		if (ws == we || !rx_cap_at(s, we, ws))
			return 0;
	}
	size_t colon = RX_NONE;
	if (s[sep] == ':')
		colon = sep;
	for (size_t i = sep; i > ls && colon == RX_NONE; i--) {
		unsigned char ch = (unsigned char)s[i - 1];
		if (ch == ':') {
			colon = i - 1;
			break;
		}
		if (rx_is_digit(ch) || rx_in("@[]{}<>=\\|\t\"", (char)ch))
			return 0;
	}
	if (colon == RX_NONE)
		return 0;
	/* the label, past a name or number it gives ("Table 2 (Peony):") */
	size_t e = colon;
	while (e > ls && rx_in(" *_", s[e - 1]))
		e--;
	e = pn_before_note(s, ls, e);
	size_t d = e;
	while (d > ls && rx_is_digit((unsigned char)s[d - 1]))
		d--;
	if (d < e && d > ls && s[d - 1] == ' ')
		for (e = d; e > ls && s[e - 1] == ' ';)
			e--;
	size_t st = ls;
	while (st < e && rx_in(" *_-#>", s[st]))
		st++;
	if (e > st && e - st <= 32 && rx_kw_ends(c, &pn_list_label_kws, st, e))
		return 1;
	/* a table's word and its name ("Mesa Alfama:", "Tavolo sposi:") */
	static const char *const tables[] = {"table", "mesa", "tavolo", "tisch", "tafel", "bord",
					     "stół", "stol", NULL};
	static struct rx_kwset table_kws = RX_KWSET(tables);
	size_t w = st;
	while (w < e && (rx_is_alpha((unsigned char)s[w]) || ((unsigned char)s[w] & 0x80)))
		w++;
	return w > st && w < e && s[w] == ' ' && e - st <= 32 && pn_kw_word(c, &table_kws, st, w);
}

/* "Groet, Maaike", "Best, Anna": a sign-off and the name end the line. */
int pn_inline_signoff(const struct rx_ctx *c, const char *s, size_t len, size_t at,
			  size_t end)
{
	size_t ls = rx_line_start(s, at);
	if (at < ls + 4 || s[at - 1] != ' ' || s[at - 2] != ',' || at - ls > 40)
		return 0;
	size_t le = rx_line_end(s, len, end);
	while (le > end && rx_in(" \r.!\"", s[le - 1]))
		le--; /* (a gift card's quoted wishes: "... Con affetto, Gianluca\"") */
	if (le != end)
		return 0;
	size_t st = ls;
	while (st < at && rx_in(" >", s[st]))
		st++;
	return rx_kw_ends(c, &pn_signoff_kws, st, at - 2) && at - 2 - st <= 30;
}

/* After a signature's name, the rest of its line (pn_signature_tail,
 * 48 bytes at most; stop 63). */
static int signoff_tail(const char *s, size_t len, size_t end)
{
	size_t le = rx_line_end(s, len, end);
	while (le > end && rx_in(" \r", s[le - 1]))
		le--;
	return le - end >= 3 && pn_signature_tail(s, end, le, 48);
}

/* The name fills its line after a sign-off line (blank lines between). */
int pn_after_signoff(const struct rx_ctx *c, const char *s, size_t len, size_t at,
			 size_t end)
{
	size_t ls = rx_line_start(s, at), q = ls;
	/* (also in a quoted reply: "> -- " then "> Morwenna Pemberton") */
	while (q < at && rx_in("> ", s[q]))
		q++;
	/* (a name of two words or more, not in capitals, may have a role or
	 * a register after it, below a sign-off's words) */
	int tail = rx_line_end(s, len, end) != end;
	if (q != at || (at > ls && s[ls] != '>') ||
	    (tail && !(memchr(s + at, ' ', end - at) && rx_letter_at(s, len, at + 1) && !rx_is_upper((unsigned char)s[at + 1]) &&
		       signoff_tail(s, len, end))))
		return 0;
	size_t p = ls;
	for (int k = 0; k < 3 && p > 0; k++) {
		size_t pe = p - 1, ps = rx_line_start(s, pe);
		while (ps < pe && at > ls && rx_in("> ", s[ps]))
			ps++;
		while (pe > ps && rx_in(" \r,.!", s[pe - 1]))
			pe--;
		if (pe == ps) {
			p = ps;
			continue;
		}
		/* a signature's dash ("--", "—") stands alone on its line, not
		 * after a label ("Familienstand:   —", an empty field's) */
		if (s[pe - 1] == '-' || (pe - ps >= 3 && (unsigned char)s[pe - 3] == 0xE2 && (unsigned char)s[pe - 2] == 0x80)) {
			if (tail)
				return 0;
			for (size_t i = ps; i < pe; i++)
				if (!rx_in(" -\t", s[i]) && (unsigned char)s[i] < 0x80)
					return 0;
		}
		return pe - ps < 40 && rx_kw_ends(c, &pn_signoff_kws, ps, pe);
	}
	return 0;
}

/* A cell of a table column, or a quoted value of an SQL INSERT column,
 * named like a name column. */
int pn_name_column(struct rx_ctx *c, size_t at)
{
	char hdr[64];
	if (!rx_column_header(c, at, hdr, sizeof hdr))
		return 0;
	/* a numbered column ("Guest 1 | Guest 2") */
	size_t hl = strlen(hdr);
	while (hl > 1 && (rx_is_digit((unsigned char)hdr[hl - 1]) || hdr[hl - 1] == ' ' || hdr[hl - 1] == '#'))
		hl--;
	/* (a guest list's "+1" column: the guest's plus-one; stop 57) */
	if (rx_kwset_last(&pn_column_kws, hdr, 0, hl) == RX_NONE && !pn_script_name_column(hdr, hl) &&
	    !pn_name_column_whole(hdr, hl) && !(hl == 4 && !memcmp(hdr, "host", 4) && pn_visitor_log(c)) &&
	    strcmp(hdr, "+1"))
		return 0;
	/* a thing's name ("Company Name", "Product name", "Device name"),
	 * unless a person's word names the column too ("Company contact") */
	if ((rx_kwset_last(&pn_thing_column_kws, hdr, 0, hl) != RX_NONE && strcmp(hdr, "host") &&
	     rx_kwset_last(&pn_person_column_kws, hdr, 0, hl) == RX_NONE) ||
	    pn_pet_column(hdr, hl))
		return 0;
	/* (a header of another table, above a rule or a blank line: stop 57) */
	if (!pn_header_adjacent(c, at))
		return 0;
	/* a password manager's export: its "name" is the entry's */
	if (strcmp(hdr, "name") || (at > 0 && rx_in("'\"", c->text[at - 1])))
		return 1;
	return !pn_manager_export(c);
}

/* "0a2522aa (Luzia da Cunha 2024-03-01 ...": git blame's author, after a
 * commit id (7-40 hex digits, '^' for a boundary commit) at the line's
 * start. */
int pn_blame_author(const char *s, size_t at)
{
	if (at < 10 || s[at - 1] != '(' || s[at - 2] != ' ')
		return 0;
	size_t ls = rx_line_start(s, at), i = ls;
	if (s[i] == '^')
		i++;
	size_t h = i;
	while (i < at - 2 && rx_is_xdigit((unsigned char)s[i]))
		i++;
	return i == at - 2 && i - h >= 7 && i - h <= 40;
}



/* Whether the word before `at` (past spaces, quotes, '(' and one ':', '=',
 * tab or '|'; up to 32 of them, a PowerShell list's padding) may end a
 * context phrase: one hash lookup. */
int pn_maybe_context(const struct rx_ctx *c, size_t at)
{
	const char *s = c->text;
	if (exclaim_signoff(s, c->len, at) || companion_line(s, c->len, at) || signoff_inline(c, at) ||
	    mention(s, c->len, at) || pn_citation_author(s, at))
		return 1;
	size_t e = at, st = at;
	int n = 0;
	while (e > 0 && n < 32 && ((rx_in(" \t\"'(:=|*", s[e - 1]) && s[e - 1] != '\0') ||
				   (e >= 2 && (unsigned char)s[e - 1] == 0xA6 && (unsigned char)s[e - 2] == 0xC2))) {
		e -= (unsigned char)s[e - 1] == 0xA6 ? 2 : 1;
		n++;
	}
	e = pn_before_note(s, 0, e);
	e = pn_dot_leaders(s, at, e); /* (a form's, "Efternamn ..... ") */
	while (e > 0 && at - e < 8 && (s[e - 1] == '.' || s[e - 1] == '-' || s[e - 1] == ','))
		e--; /* "Dr.", "Signed-off-by", "I, " */
	if (e >= 5 && !memcmp(s + e - 3, "(a)", 3) && rx_fold_eq(s + e - 5, "dr", 2))
		e -= 3; /* "Dr(a). " (stop 64) */
	e = pn_gender_ending(s, at > 64 ? at - 64 : 0, e);
	uint32_t h = rx_word_before_h(c, 0, e, &st);
	if (!h || e - st > 31)
		return 0;
	return pn_ctx_last_is(h, s + st, e - st);
}

/* After a name: ", " or " (" and a birth word; a birth verb ("was born");
 * a Turkish title ("Bey", "Hanım"). */
int pn_born_after_name(const struct rx_ctx *c, const char *s, size_t end)
{
	static const char *const words[] = {"born ", "b. ", "nato ", "nata ", "nato/a ",
					    "geboren ", "geb. ", "né ", "née ", "nacido ", "nacida ",
					    "nascido ", "nascida ", "urodzony ", "urodzona ", "født ", "né(e) ",
					    "född ", "narozen", NULL};
	/* "Hunter Vance – DOB 3/12/1977" */
	if (end + 10 < c->len && s[end] == ' ' &&
	    ((s[end + 1] == '-' && s[end + 2] == ' ' && rx_fold_eq(s + end + 3, "dob ", 4) &&
	      rx_is_digit((unsigned char)s[end + 7])) ||
	     ((unsigned char)s[end + 1] == 0xE2 && (unsigned char)s[end + 2] == 0x80 &&
	      ((unsigned char)s[end + 3] == 0x93 || (unsigned char)s[end + 3] == 0x94) && s[end + 4] == ' ' &&
	      rx_fold_eq(s + end + 5, "dob ", 4) && rx_is_digit((unsigned char)s[end + 9]))))
		return 1;
	/* a field of a letter's reference line after two spaces or more
	 * ("Re: Morwenna Winstanley   DOB: 03/07/1962   NHS No: ...") */
	if (end + 8 < c->len && s[end] == ' ' && s[end + 1] == ' ') {
		size_t q = end;
		while (q < c->len && q - end < 8 && s[q] == ' ')
			q++;
		if (q + 4 < c->len && (rx_fold_eq(s + q, "dob:", 4) || rx_fold_eq(s + q, "dob ", 4) ||
				       (q + 14 < c->len && rx_fold_eq(s + q, "date of birth", 13))))
			return 1;
	}
	/* a Turkish title after the name ("Gizem Bey'e", "Selin Hanım'a") */
	if (end + 4 < c->len && s[end] == ' ' && (s[end + 1] == 'B' || s[end + 1] == 'H')) {
		size_t l = !memcmp(s + end + 1, "Bey", 3) ? 4
			   : end + 7 <= c->len && !memcmp(s + end + 1, "Han\xc4\xb1m", 6) ? 7
											   : 0;
		if (l && (end + l == c->len || !rx_letter_at(s, c->len, end + l)))
			return 1;
	}
	/* "Lachlan was born 16/2/2024", "Léonie est née le ..." */
	static const char *const verbs[] = {" was born", " est né", " est née", " nació", " è nato", " è nata",
					    " nasceu", " is geboren", " urodził się", " urodziła się",
					    " föddes", " blev født", NULL};
	if (end + 7 < c->len && s[end] == ' ' && rx_in("weniuf", s[end + 1]))
		for (const char *const *v = verbs; *v; v++) {
			size_t l = strlen(*v);
			if (end + l <= c->len && !memcmp(s + end, *v, l) &&
			    (end + l == c->len || !rx_letter_at(s, c->len, end + l)))
				return 1;
		}
	if (end + 3 >= c->len || !((s[end] == ',' && s[end + 1] == ' ') || (s[end] == ' ' && s[end + 1] == '(')))
		return 0;
	size_t i = end + 2;
	/* a sex and a date ("Anna Nowak (F, 11.11.2004)", "(M, 27 lipca 1972)") */
	if (s[end] == ' ' && i + 4 < c->len && rx_in("MFWmfw", s[i]) && s[i + 1] == ',' &&
	    s[i + 2] == ' ' && rx_is_digit((unsigned char)s[i + 3]))
		return 1;
	/* "(DOB 15/02/1997)", "(d.o.b. ...)", ", DOB 24-04-1954" */
	if (i + 4 < c->len && (rx_fold_eq(s + i, "dob ", 4) || rx_fold_eq(s + i, "dob:", 4) ||
			       rx_fold_eq(s + i, "d.o.b", 5)))
		return 1;
	/* every word starts with b, n, g, u or f */
	if (!s[i] || !rx_in("bngufBNGUF", s[i]))
		return 0;
	for (const char *const *w = words; *w; w++) {
		size_t n = strlen(*w);
		if (i + n <= c->len && memcmp(s + i, *w, n) == 0)
			return 1;
	}
	return 0;
}
