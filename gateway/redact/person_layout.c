/* person_layout.c: names a document's layout gives away, read from photos,
 * scans and statements: an EU driving licence's numbered fields, the
 * holder's name on a payment card, the payer of a credit in a bank
 * statement, the name over a CV, the signature of a note over a forwarded
 * mail. */
#include <string.h>

#include "person_int.h"

static size_t trim_end(const char *s, size_t ls, size_t le)
{
	while (le > ls && rx_in(" \t\r.,|", s[le - 1]))
		le--;
	return le;
}

/* "1. TRELOAR" / "2. MORWENNA" under a driving licence's header: the EU
 * licence numbers its fields, 1 the surname and 2 the given names. */
int pn_licence_field(const char *s, size_t at)
{
	if (at < 3 || s[at - 1] != ' ' || s[at - 2] != '.' || (s[at - 3] != '1' && s[at - 3] != '2'))
		return 0;
	size_t ls = rx_line_start(s, at);
	static const char *const words[] = {"driving licence", "driving license", "driver's license",
					    "hrerschein", "permis de conduire", "patente di guida",
					    "permiso de conduc", "rijbewijs", "prawo jazdy", "carta de condu",
					    "rkort", "ajokortti", "rekort", "rerkort", NULL};
	size_t k = ls;
	while (k < at && s[k] == ' ')
		k++;
	if (at != k + 3 || (s[k] != '1' && s[k] != '2') || s[k + 1] != '.' || s[k + 2] != ' ')
		return 0;
	/* the header within the three lines above field 1 (four above 2) */
	size_t from = ls;
	for (int l = 0; l < (s[k] == '1' ? 3 : 4) && from > 0; l++)
		from = rx_line_start(s, from - 1);
	return rx_phrase_in(s, from, ls, words);
}

/* The holder's name on a payment card, alone on its line: under the
 * card's expiry ("VALID THRU 08/28") or its number, or over the card's
 * brand or "Card number". */
static int card_holder(const char *s, size_t len, size_t ls, size_t le)
{
	static const char *const expiry[] = {"thru", "valid", "expires", "gültig bis", NULL};
	static const char *const brands[] = {"visa", "mastercard", "maestro", "american express", "amex",
					     "card number", "kartennummer", "numéro de carte", "numero carta",
					     "número de tarjeta", "kaartnummer", "número do cartão", "numer karty",
					     NULL};
	if (ls >= 2) {
		size_t ps = rx_line_start(s, ls - 1), pe = ls - 1, digits = 0;
		if (rx_phrase_in(s, ps, pe, expiry))
			for (size_t i = ps; i < pe; i++)
				if (s[i] == '/' && i > ps && rx_is_digit((unsigned char)s[i - 1]) && i + 1 < pe &&
				    rx_is_digit((unsigned char)s[i + 1]))
					return 1;
		for (size_t i = ps; i < pe; i++) {
			if (rx_is_digit((unsigned char)s[i]))
				digits++;
			else if (!rx_in(" -", s[i]))
				digits = 99;
		}
		if (digits >= 13 && digits <= 19)
			return 1;
	}
	if (le + 1 < len) {
		size_t ne = rx_line_end(s, len, le + 1), ns = le + 1;
		while (ns < ne && s[ns] == ' ')
			ns++;
		for (int i = 0; brands[i]; i++) {
			size_t n = strlen(brands[i]);
			if (ns + n <= ne && rx_fold_eq(s + ns, brands[i], n))
				return 1;
		}
	}
	return 0;
}

/* The payer or payee of a transfer in a bank statement's line, in
 * capitals ("8 April 2025  Credit FERGUS SCARISBRICK rent  +£451.16"):
 * after a credit or transfer word, on a line with an amount, or before
 * their IBAN, when the gazetteer knows one of the words (not "Direct
 * debit THAMES WATER"). */
static int statement_party(const struct rx_ctx *c, struct name *n, size_t ls, size_t le, size_t at)
{
	static const char *const words[] = {"credit", "transfer from", "transfer to", "payment from",
					    "bijschrijving", "overboeking", "storting", "virement de",
					    "payment to", "faster payment", "fps", "standing order",
					    "gutschrift", "überweisung", "virement", "bizum", "bonifico", NULL};
	const char *s = c->text;
	if (!n->caps || n->nt < 2 || !pn_any_known(c, n))
		return 0;
	/* the party's account right after the name ("11/10/2026;TRF DE
	 * BEATRIZ MENDES PT50928131636889531636468 RENDA;30,34"): an IBAN */
	{
		size_t q = n->end, k;
		/* ("ILARIA FERRARO IBAN IT60...": the word IBAN is none of
		 * the name) */
		int word = n->nt >= 3 && n->te[n->nt - 1] - n->ts[n->nt - 1] == 4 &&
			   rx_fold_eq(s + n->ts[n->nt - 1], "iban", 4);
		if (!word && q + 6 < le && rx_fold_eq(s + q, " iban", 5) && rx_in(" :", s[q + 5]))
			q += 5 + (s[q + 5] == ':'); /* ("... ZANELLA IBAN IT92...") */
		if (q + 17 < le && s[q] == ' ' && rx_is_upper((unsigned char)s[q + 1]) &&
		    rx_is_upper((unsigned char)s[q + 2]) && rx_is_digit((unsigned char)s[q + 3]) &&
		    rx_is_digit((unsigned char)s[q + 4])) {
			for (k = q + 5; k < le && rx_is_alnum((unsigned char)s[k]);)
				k++;
			/* (the name's first word a name word: "TRF DE BEATRIZ
			 * MENDES" is found at BEATRIZ) */
			if (k - q - 1 >= 15 && k - q - 1 <= 34 && (pn_tok(c, n, 0, T_GIVEN | T_SUR) & (T_GIVEN | T_SUR)) &&
			    !pn_stop_token(c, n, 0) && n->te[0] - n->ts[0] > 2) {
				/* (words of the bank's after the name: "TOMASZ
				 * SZYMAŃSKI NA RACHUNEK PL61...") */
				if (word)
					n->nt--;
				while (n->nt > 2 && !(pn_tok(c, n, n->nt - 1, T_GIVEN | T_SUR) & (T_GIVEN | T_SUR)))
					n->nt--;
				n->end = n->te[n->nt - 1];
				return 1;
			}
		}
	}
	/* a British bank's export: the payee and " REF " in a cell
	 * ("05/11/2026,FPO,LYDIA SUTCLIFFE REF HOLIDAY,72.37,,3267.63") */
	if (at > ls && s[at - 1] == ',' && (pn_tok(c, n, 0, T_GIVEN | T_SUR) & (T_GIVEN | T_SUR)) &&
	    !pn_stop_token(c, n, 0)) {
		for (size_t k = 2; k < n->nt && k <= 4; k++)
			if (n->te[k] - n->ts[k] == 3 && !memcmp(s + n->ts[k], "REF", 3)) {
				n->nt = k;
				n->end = n->te[k - 1];
				return 1;
			}
		if (n->end + 5 < le && !memcmp(s + n->end, " REF ", 5))
			return 1;
	}
	int money = 0;
	for (size_t i = ls; i < le && !money; i++)
		money = (s[i] == '\xc2' && i + 1 < le && s[i + 1] == '\xa3') || s[i] == '$' ||
			(s[i] == '+' && i + 1 < le && (rx_is_digit((unsigned char)s[i + 1]) || s[i + 1] == '\xc2' || s[i + 1] == '\xe2')) ||
			(s[i] == '\xe2' && i + 2 < le && s[i + 1] == '\x82' && s[i + 2] == '\xac');
	if (!money)
		return 0;
	static const char *const preps[] = {"da", "de", "di", "von", "an", "from", "to", "a", "du", "van", NULL};
	if (n->te[0] - n->ts[0] <= 3 && (pn_is_particle(s, c->len, n->ts[0], &(size_t){0}) || pn_caps_particle(s, c->len, n->ts[0], &(size_t){0})))
		return 0; /* "DA ROCCO FERRARO": the name starts at ROCCO */
	size_t b = at;
	while (b > ls && s[b - 1] == ' ')
		b--;
	/* ("BONIFICO DA ROCCO FERRARO", "Transfer from ...") */
	for (int i = 0; preps[i]; i++) {
		size_t l = strlen(preps[i]);
		if (b >= ls + l + 1 && s[b - l - 1] == ' ' && rx_fold_eq(s + b - l, preps[i], l)) {
			b -= l;
			while (b > ls && s[b - 1] == ' ')
				b--;
			break;
		}
	}
	size_t a = b > ls + 20 ? b - 20 : ls;
	for (int i = 0; words[i]; i++) {
		size_t l = strlen(words[i]);
		if (b >= a + l && b - l >= ls && rx_fold_eq(s + b - l, words[i], l) &&
		    (b - l == ls || !rx_is_alpha((unsigned char)s[b - l - 1])))
			return 1;
	}
	return 0;
}

/* The name over a CV: "OTTILIE FOTHERGILL" then "Curriculum Vitae", or
 * "Clemency Marchbank – Curriculum Vitae – Page 1/2". */
static int cv_title(const char *s, size_t len, size_t end, size_t le)
{
	static const char *const titles[] = {"curriculum vitae", "lebenslauf", "résumé", "resume", "cv", NULL};
	size_t i = end;
	if (i + 5 <= le && !memcmp(s + i, " \xe2\x80\x93 ", 5))
		i += 5;
	else if (i + 3 <= le && !memcmp(s + i, " - ", 3))
		i += 3;
	else if (trim_end(s, end, le) == end && le + 1 < len)
		i = le + 1;
	else
		return 0;
	for (int k = 0; titles[k]; k++) {
		size_t n = strlen(titles[k]);
		if (i + n <= len && rx_fold_eq(s + i, titles[k], n) &&
		    (i + n == len || !rx_is_alpha((unsigned char)s[i + n])))
			return 1;
	}
	return 0;
}

/* A name alone on its line over an empty line and a forwarded or quoted
 * mail: the note's signature ("FYI, see below.\nRupert\n\n---------- Forwarded
 * message ----------", "Zur Info, siehe unten.\nUlf\n\nAm 3. Mai schrieb
 * ..."). Its given name the gazetteer knows. */
static int signs_forward(const struct rx_ctx *c, struct name *n, size_t end)
{
	static const char *const wrote[] = {"wrote:", "schrieb:", "écrit :", "écrit:", "escribió:",
					    "scritto:", "schreef:", "napisał:", "escreveu:", NULL};
	const char *s = c->text;
	size_t i = end;
	if (i < c->len && s[i] == '\r')
		i++;
	if (i + 2 >= c->len || s[i] != '\n')
		return 0;
	i++;
	if (s[i] == '\r')
		i++;
	if (i + 1 >= c->len || s[i] != '\n')
		return 0;
	size_t ls = i + 1, le = rx_line_end(s, c->len, ls);
	int rule = le >= ls + 4;
	for (size_t k = ls; k < ls + 4 && rule; k++)
		rule = rx_in("-_=", s[k]);
	int fwd = rule || (le - ls >= 23 && rx_fold_eq(s + ls, "begin forwarded message", 23));
	while (le > ls && rx_in(" \r", s[le - 1]))
		le--;
	for (const char *const *w = wrote; *w && !fwd; w++) {
		size_t l = strlen(*w);
		fwd = le - ls > l && le - ls < 160 && !memcmp(s + le - l, *w, l);
	}
	return fwd && (pn_tok(c, n, 0, T_GIVEN) & T_GIVEN) && !pn_stop_token(c, n, 0);
}

/* A CV's or a letter's head: a name in capitals alone on its line, first in
 * its block, over a line of its owner's contacts ("GARRETT YARBROUGH" then
 * "Sacramento, CA · +1 (201) 769-2682 · garrettyar@yahoo.com"). */
static int contact_header(const struct rx_ctx *c, struct name *n, size_t ls, size_t le)
{
	const char *s = c->text;
	if (n->nt < 2 || n->nt > 3 || le >= c->len)
		return 0;
	if (ls > 0 && !(ls == 1 || s[ls - 2] == '\n' || (ls >= 3 && s[ls - 2] == '\r' && s[ls - 3] == '\n')))
		return 0; /* (the line above is empty, or there is none) */
	for (size_t k = 0; k < n->nt; k++)
		if (pn_stop_token(c, n, k))
			return 0;
	/* (a heading in capitals is as often a document's: "DISCHARGE
	 * SUMMARY" over its clinic's line; a given name the gazetteer knows
	 * first or a surname it knows last) */
	if (!(pn_tok(c, n, 0, T_GIVEN) & T_GIVEN) && !(pn_tok(c, n, n->nt - 1, T_SUR) & T_SUR))
		return 0;
	size_t b = le + 1, e = rx_line_end(s, c->len, b);
	return e > b && pn_contact_in(s, b, e);
}

int pn_layout_name(const struct rx_ctx *c, struct name *n, size_t at)
{
	const char *s = c->text;
	if (n->nt <= 2 && (at == 0 || s[at - 1] == '\n') && n->end < c->len && rx_in("\r\n", s[n->end]) &&
	    signs_forward(c, n, n->end))
		return 1;
	/* (a cheap look first: every case below needs two words or more, or
	 * capitals, or a ',' after the name) */
	if (n->nt < 2 && !n->caps && !(n->end < c->len && s[n->end] == ','))
		return 0;
	size_t ls = rx_line_start(s, at), le = rx_line_end(s, c->len, at);
	size_t k = ls;
	while (k < at && s[k] == ' ')
		k++;
	int alone = k == at && trim_end(s, ls, le) == n->end;
	return ((k == at && pn_bracket_time_after(s, c->len, n->end)) ||
		(pn_licence_field(s, at) && n->caps && trim_end(s, ls, le) == n->end) ||
	       (alone && n->caps && n->nt >= 2 && card_holder(s, c->len, ls, le)) ||
	       statement_party(c, n, ls, le, at) ||
	       ((alone || k == at) && n->nt >= 2 && cv_title(s, c->len, n->end, le)) ||
	       (alone && n->caps && contact_header(c, n, ls, le)));
}

/* A chat export's sender line, the name then ", [date time]" to the line's
 * end (Telegram's: "Desmond, [26.07.2025 14:03]"). */
int pn_bracket_time_after(const char *s, size_t len, size_t end)
{
	if (end + 12 >= len || s[end] != ',' || s[end + 1] != ' ' || s[end + 2] != '[' ||
	    !rx_is_digit((unsigned char)s[end + 3]))
		return 0;
	size_t i = end + 3, colon = 0;
	while (i < len && i - end < 28 && (rx_is_digit((unsigned char)s[i]) || rx_in("./-: ,", s[i])))
		colon += s[i++] == ':';
	if (i >= len || s[i] != ']' || !colon)
		return 0;
	i++;
	while (i < len && (s[i] == ' ' || s[i] == '\r'))
		i++;
	return i == len || s[i] == '\n';
}

/* A scanned page's bar at its line's start, read by OCR from the edge of a
 * box ("| RÖSSLER", "¦LOREDANA"): '|' or '¦', one space or none, then the
 * name at `at`; no other bar on the line (a table's row has them). */
int pn_scan_bar_line(const char *s, size_t len, size_t at)
{
	size_t b = at;
	if (b > 0 && s[b - 1] == ' ')
		b--;
	if (b >= 1 && s[b - 1] == '|')
		b--;
	else if (b >= 2 && (unsigned char)s[b - 2] == 0xC2 && (unsigned char)s[b - 1] == 0xA6)
		b -= 2;
	else
		return 0;
	if (b > 0 && s[b - 1] != '\n')
		return 0;
	size_t le = rx_line_end(s, len, at);
	return !memchr(s + at, '|', le - at) && !memmem(s + at, le - at, "\xc2\xa6", 2);
}

/* An agent named after their role in a chat's turn ("[16:25] Atendente
 * (Larissa): Olá", "Service client (Justine): Comment ...", "Müşteri
 * hizmetleri (Onur): ..."): the role's one to four words open the line
 * (after a clock time), the name in parentheses before "):". */
int pn_role_paren_speaker(const char *s, size_t len, size_t at, size_t end)
{
	if (at < 4 || s[at - 1] != '(' || s[at - 2] != ' ' || end + 2 > len || s[end] != ')' || s[end + 1] != ':')
		return 0;
	size_t ls = rx_line_start(s, at), i = ls, words = 0;
	/* (a clock time first: "[16:25] ", "16:25 ") */
	if (i < at && s[i] == '[') {
		const char *rb = memchr(s + i, ']', at - i);
		if (!rb)
			return 0;
		i = (size_t)(rb - s) + 1;
	}
	while (i < at - 2 && (rx_is_digit((unsigned char)s[i]) || s[i] == ':'))
		i++;
	while (i < at - 2 && s[i] == ' ')
		i++;
	for (size_t k = i; k < at - 2; k++) {
		if (s[k] == ' ')
			continue;
		if (!rx_letter_at(s, len, k) && ((unsigned char)s[k] & 0xC0) != 0x80 && s[k] != '-')
			return 0;
		words += k == i || s[k - 1] == ' ';
	}
	return words >= 1 && words <= 4;
}

/* A citation's author or editor: a RIS record's tag ("AU  - Calaw,
 * Hana", "A2  - ", "ED  - ") or a BibTeX field's value, first or after
 * " and " ("author = {Abrate, Dario and Gerbaudo, Ornella}"). */
int pn_citation_author(const char *s, size_t at)
{
	/* (a cheap look first: the byte before it) */
	if (at < 2 || !(s[at - 1] == '{' || s[at - 1] == '"' || (s[at - 1] == ' ' && (s[at - 2] == '-' || s[at - 2] == 'd'))))
		return 0;
	if (at >= 6 && !memcmp(s + at - 4, "  - ", 4) && (at == 6 || s[at - 7] == '\n')) {
		size_t ls = at - 6;
		static const char *const tags[] = {"AU", "A1", "A2", "A3", "A4", "ED", NULL};
		for (const char *const *t = tags; *t; t++)
			if (s[ls] == (*t)[0] && s[ls + 1] == (*t)[1])
				return 1;
		return 0;
	}
	size_t i;
	if (at >= 1 && (s[at - 1] == '{' || s[at - 1] == '"'))
		i = at - 1;
	else if (at >= 5 && !memcmp(s + at - 5, " and ", 5))
		i = at - 5;
	else
		return 0;
	size_t ls = rx_line_start(s, at);
	/* back over the field's other names to its '{' or '"' */
	while (i > ls && s[i] != '{' && s[i] != '"' && s[i] != '}' && s[i] != '=' && at - i < 400)
		i--;
	if (i <= ls || (s[i] != '{' && s[i] != '"'))
		return 0;
	size_t k = i;
	while (k > ls && s[k - 1] == ' ')
		k--;
	if (k <= ls || s[k - 1] != '=')
		return 0;
	k--;
	while (k > ls && s[k - 1] == ' ')
		k--;
	return (k >= ls + 6 && (rx_fold_eq(s + k - 6, "author", 6) || rx_fold_eq(s + k - 6, "editor", 6)) &&
		(k == ls + 6 || !rx_is_alnum((unsigned char)s[k - 7])));
}
