/* person_forms.c: names by the layout of the document they are in, where no
 * word before them says so: a comment section's speakers, the party of a
 * money transfer or a phone tree before their number, an XML element named
 * for a person's role, the ordering and beneficiary customer lines of a
 * SWIFT MT103, the GECOS field of a passwd line, `git shortlog -sn`. */
#include <string.h>

#include "person_int.h"

/* A comment section's heading: "Comments (2)", "Commenti (3)", "Mga
 * komento (2)", "Kommentare:". */
static const char *const comment_heads[] = {
	"comments", "comment", "commenti", "komentar", "komentarze", "mga komento",
	"comentarios", "comentários", "kommentare", "commentaires", "reacties", "kommentarer",
	"kommentit", "komentáře", "yorumlar", "replies", "respuestas", "réponses", "antworten",
	"risposte", "respostas", "reviews", "bewertungen", "avis", "reseñas", "recensioni",
	NULL,
};
static struct rx_kwset comment_head_kws = RX_KWSET(comment_heads);

static int comment_head(const char *s, size_t ls, size_t le)
{
	char buf[48];
	while (le > ls && rx_in(" \r:", s[le - 1]))
		le--;
	/* " (2)" */
	if (le > ls && s[le - 1] == ')') {
		size_t i = le - 1;
		while (i > ls && rx_is_digit((unsigned char)s[i - 1]))
			i--;
		if (i == le - 1 || i < ls + 2 || s[i - 1] != '(' || s[i - 2] != ' ')
			return 0;
		le = i - 2;
	}
	while (ls < le && s[ls] == ' ')
		ls++;
	if (le <= ls || le - ls >= sizeof buf)
		return 0;
	size_t n = rx_fold(s + ls, le - ls, buf, sizeof buf);
	return rx_kwset_has(&comment_head_kws, buf, n);
}

/* A line of a comment: one to four capitalised words, ": " and text. */
static int comment_line(const char *s, size_t ls, size_t le)
{
	size_t i = ls;
	int words = 0;
	while (i < le && words < 5) {
		if (!rx_cap_at(s, le, i))
			return 0;
		while (i < le && s[i] != ' ' && s[i] != ':')
			i++;
		words++;
		if (i + 1 < le && s[i] == ':' && s[i + 1] == ' ')
			return words <= 4;
		if (i < le && s[i] == ' ')
			i++;
	}
	return 0;
}

int pn_comment_speaker(const char *s, size_t at)
{
	size_t ls = at;
	for (int k = 0; k < 40 && ls > 0; k++) {
		size_t pe = ls - 1, ps = rx_line_start(s, pe);
		if (comment_head(s, ps, pe))
			return 1;
		if (!comment_line(s, ps, pe))
			return 0;
		ls = ps;
	}
	return 0;
}

/* Digits of a phone number right after a name: " 0797 906 058",
 * " (09983307718)", " +64 21 984 9514" (nine digits or more). */
static int phone_after(const char *s, size_t len, size_t end, int paren)
{
	size_t i = end;
	if (i + 1 >= len || s[i] != ' ')
		return 0;
	/* (a list's dash between the fields: "Ganesan a/l Arumugam — 013-...") */
	if (rx_dash_sep(s, len, i) == 5)
		i += 4;
	/* (or a middle dot: "- Tuncay Karabulut · 13436156234 · ...") */
	else if (i + 4 < len && (unsigned char)s[i + 1] == 0xC2 && (unsigned char)s[i + 2] == 0xB7 && s[i + 3] == ' ')
		i += 3;
	i++;
	/* (the text may end right after the dash: "Ana — ", a fuzzer's
	 * find in stop 51) */
	if (i >= len)
		return 0;
	if (s[i] == '(' && !paren)
		return 0;
	if (s[i] == '(')
		i++;
	if (i < len && s[i] == '+')
		i++;
	/* not an ISBN ("Emma (978-9-4610-3201-0)") */
	if (i + 3 < len && s[i] == '9' && s[i + 1] == '7' && (s[i + 2] == '8' || s[i + 2] == '9'))
		return 0;
	int digits = 0;
	while (i < len && (rx_is_digit((unsigned char)s[i]) ||
			   ((s[i] == ' ' || s[i] == '-') && i + 1 < len && rx_is_digit((unsigned char)s[i + 1])))) {
		digits += rx_is_digit((unsigned char)s[i]);
		i++;
	}
	return digits >= 9 && digits <= 15 && (i == len || !rx_is_alnum((unsigned char)s[i]));
}

/* The words of a money transfer before its other party ("Ksh8,080.00 sent
 * to", "PHP 8,215.00 kay", "Umepokea Ksh6,917.00 kutoka kwa"), as they end. */
static const char *const transfer_words[] = {
	" sent to ", " paid to ", " transferred to ", " received from ", " from ", " to ",
	" kay ", " kwa ", " para ", " an ", " à ", " a ", NULL,
};

/* Whether the word [a, b) (ASCII letters, three or more) is in the local
 * part [l, at) of an address, whatever the case. */
static int in_local(const char *s, size_t a, size_t b, size_t l, size_t at)
{
	if (b - a < 3 || b - a > at - l)
		return 0;
	for (size_t i = a; i < b; i++)
		if (!rx_is_alpha((unsigned char)s[i]))
			return 0;
	for (size_t p = l; p + (b - a) <= at; p++) {
		size_t k = 0;
		while (k < b - a && (s[p + k] | 0x20) == (s[a + k] | 0x20))
			k++;
		if (k == b - a)
			return 1;
	}
	return 0;
}

/* A name followed by an e-mail address that spells it ("Tadhg
 * <tadhg180@quaymedia.ie>", "Chinedu (adeyemi.chinedu@...)", "Destiny
 * Henley, destiny1762@icloud.com"): its first or last word, a name the
 * gazetteer knows, is in the address's local part. */
static int mail_named(const char *s, size_t len, size_t at, size_t end)
{
	if (end + 6 >= len || !((s[end] == ' ' && (s[end + 1] == '<' || s[end + 1] == '(')) ||
				(s[end] == ',' && s[end + 1] == ' ')))
		return 0;
	size_t l = end + 2, i = l;
	while (i < len && i - l < 64 && s[i] != '@' && !rx_in(" \n\t<>(),;", s[i]))
		i++;
	if (i >= len || s[i] != '@' || i == l)
		return 0;
	size_t w = at;
	while (w < end && rx_is_alpha((unsigned char)s[w]))
		w++;
	size_t v = end;
	while (v > at && rx_is_alpha((unsigned char)s[v - 1]))
		v--;
	/* (a word the gazetteer knows as a name: "Billing
	 * <billing@...>" names a mailbox) */
	unsigned c1 = rx_name_class(s + at, w - at), c2 = v < end ? rx_name_class(s + v, end - v) : 0;
	if ((in_local(s, at, w, l, i) && (c1 & (RX_NAME_GIVEN | RX_NAME_SURNAME)) && !(c1 & RX_NAME_STOP)) ||
	    (v > at && in_local(s, v, end, l, i) && (c2 & (RX_NAME_GIVEN | RX_NAME_SURNAME)) &&
	     !(c2 & RX_NAME_STOP)))
		return 1;
	/* (stop 51) in angle brackets or parentheses, a single word: one the
	 * gazetteer does not know that opens the local part ("Indi
	 * <indi1767@...>"; not a role's mailbox or an ordinary word), or a
	 * known given name whose initial opens a local part of an initial
	 * and a surname ("Vikrant (vqureshi@...)") */
	if (s[end] != ' ' || w != end || pn_role_mailbox(s, len, l) || (c1 & RX_NAME_STOP))
		return 0;
	size_t de = i + 1;
	while (de < len && de - i < 96 && (rx_is_alnum((unsigned char)s[de]) || rx_in(".-", s[de])))
		de++;
	if (rx_email_nobody(s, l, i, i + 1, de))
		return 0;
	/* (not the last word of a longer name the walk cut: "Ebbe Nyqvist
	 * (nyqvist.ebbe71@...)" is found whole or not at all) */
	if (at >= 2 && s[at - 1] == ' ' && rx_is_alpha((unsigned char)s[at - 2])) {
		size_t p = at - 1;
		while (p > 0 && rx_is_alpha((unsigned char)s[p - 1]))
			p--;
		if (rx_is_upper((unsigned char)s[p]))
			return 0;
	}
	size_t n = w - at, k = 0;
	while (k < n && l + k < i && rx_lower(s[l + k]) == rx_lower(s[at + k]))
		k++;
	if (k == n && n >= 4 && (l + k == i || !rx_is_alpha((unsigned char)s[l + k])))
		return 1;
	if (!(c1 & RX_NAME_GIVEN) || rx_lower(s[l]) != rx_lower(s[at]) || i - l < 5 || i - l > 16)
		return 0;
	for (size_t q = l; q < i; q++)
		if (!rx_is_lower((unsigned char)s[q]))
			return 0;
	return 1;
}

/* After a name at a line's start: ", " and a role of up to five words,
 * then " · " or " | " and a phone of nine digits or more. */
static int sig_phone(const char *s, size_t len, size_t end)
{
	size_t i = end;
	if (i + 2 < len && s[i] == ',' && s[i + 1] == ' ') {
		size_t r = i + 2;
		while (r < len && r - i < 48 && (rx_is_alpha((unsigned char)s[r]) || s[r] == ' ' || s[r] == '&' ||
						 s[r] == '-' || ((unsigned char)s[r] >= 0xC3 && (unsigned char)s[r] < 0xE0)))
			r++;
		while (r > i + 2 && s[r - 1] == ' ')
			r--;
		i = r;
	}
	if (i + 4 < len && s[i] == ' ' && (unsigned char)s[i + 1] == 0xC2 && (unsigned char)s[i + 2] == 0xB7)
		i += 3;
	else if (i > end && i + 2 < len && s[i] == ' ' && s[i + 1] == '|')
		i += 2; /* (" | " only after a role: "Opening Hours | 0800 ...") */
	else
		return 0;
	return phone_after(s, len, i, 0);
}

int pn_before_phone(const char *s, size_t len, size_t at, size_t end)
{
	if (mail_named(s, len, at, end))
		return 1;
	/* a signature's line: the name, perhaps its role after a comma, then
	 * " · " or " | " and a phone ("Jolene Kessler, IT Security · +1-415-...") */
	{
		size_t b = at;
		while (b > 0 && s[b - 1] == ' ')
			b--;
		if ((b == 0 || s[b - 1] == '\n') && memchr(s + at, ' ', end - at) && sig_phone(s, len, end))
			return 1;
	}
	/* (after an initial: "Mark Anthony D. (09983307718)") */
	size_t pe = pn_initial_after(s, len, end);
	if (!phone_after(s, len, pe, 1))
		return 0;
	size_t ls = rx_line_start(s, at);
	/* a phone tree or a list: only bullets before the name ("├─ ",
	 * "│   └─ ", "• ") */
	size_t i = ls;
	int bullet = 0;
	while (i < at) {
		unsigned char u = (unsigned char)s[i];
		if (u == ' ' || u == '-' || u == '*') {
			bullet |= u != ' ';
			i++;
		} else if (u == 0xE2 && i + 2 < at && ((unsigned char)s[i + 1] == 0x94 ||
						      ((unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0xA2))) {
			bullet = 1; /* box drawing U+2500-U+253F, the bullet U+2022 */
			i += 3;
		} else {
			break;
		}
	}
	/* (a name written plain: an acronym, "• EGN 0152085902", is none) */
	if (i == at && bullet)
		return at + 1 < len && (rx_is_lower((unsigned char)s[at + 1]) || ((unsigned char)s[at + 1] & 0x80)) &&
		       phone_after(s, len, pe, 0);
	/* a short label's value ("Ring: Vilma 072 736 24 07", "My: Wojciech
	 * 602 214 438"), or the next after a phone and a comma ("Mirjam 079
	 * 569 06 62, Beat 079 478 71 23"): one given name the gazetteer knows,
	 * no ordinary word ("Route", "Kundennummer", "Steuer-ID" are labels) */
	int layout = at >= ls + 4 && s[at - 1] == ' ' && s[at - 2] == ',' && rx_is_digit((unsigned char)s[at - 3]);
	if (!layout && at >= ls + 3 && s[at - 1] == ' ' && s[at - 2] == ':' && at - ls <= 32) {
		size_t j = ls;
		while (j < at - 2 && !rx_is_digit((unsigned char)s[j]) && s[j] != ':')
			j++;
		layout = j == at - 2;
	}
	if (layout && end - at < 32 &&
	    (rx_name_class(s + at, end - at) & (RX_NAME_GIVEN | RX_NAME_STOP)) == RX_NAME_GIVEN)
		return 1;
	/* who to ask, a phone after ("Confirmar con Fernanda (81) 7387-9831",
	 * "Répondre à Clémence 06...", "Any queries: Clemency 07566 ...",
	 * "... och Tilde (+46 ...)"): a contact's words or a conjunction
	 * after another contact right before the name, and no ordinary word */
	if (end - at < 24 && !(rx_name_class(s + at, end - at) & RX_NAME_STOP)) {
		static const char *const ask[] = {"con", "à", "för", "için", "och", "and", "et",
						  "y", "e", "queries:", "query:", "questions:", "dudas:",
						  "vragen:", "fragen:", "domande:", "info:", "infos :", "contact:",
						  "contacto:", "contatto:", "kontakt:", "rsvp:", "rsvp to", NULL};
		for (const char *const *w = ask; *w; w++) {
			size_t l = strlen(*w);
			if (at >= ls + l + 1 && s[at - 1] == ' ' && rx_fold_eq(s + at - 1 - l, *w, l) &&
			    (at - 1 - l == ls || s[at - 2 - l] == ' '))
				return 1;
		}
	}
	/* the other party of a transfer: an amount before the words */
	for (const char *const *w = transfer_words; *w; w++) {
		size_t l = strlen(*w);
		if (at < ls + l || !rx_fold_eq(s + at - l, *w, l))
			continue;
		for (size_t j = ls; j + l < at; j++)
			if (rx_is_digit((unsigned char)s[j]) && (s[j + 1] == '.' || s[j + 1] == ',') &&
			    rx_is_digit((unsigned char)s[j + 2]))
				return 1;
		return 0;
	}
	return 0;
}

/* The attribute or field whose value starts at `at` is named for a
 * person's name: its Name="..." or name="..." (SAML's, the last part of a
 * claim's URI; XFDF's) within the line before. */
static int name_attribute(const char *s, size_t ls, size_t at)
{
	static const char *const keys[] = {"givenname", "sn", "surname", "cn", "displayname",
					   "firstname", "lastname", "fullname", "commonname",
					   "name", "given_name", "family_name", "first_name",
					   "last_name", "full_name", "first-name", "last-name", NULL};
	size_t from = at > ls + 200 ? at - 200 : ls, q = at;
	while (q > from + 6 && !((s[q - 6] == 'N' || s[q - 6] == 'n') && memcmp(s + q - 5, "ame=\"", 5) == 0))
		q--;
	if (q <= from + 6)
		return 0;
	size_t ke = q;
	while (ke < at && s[ke] != '"')
		ke++;
	size_t ks = ke;
	while (ks > q && s[ks - 1] != '/')
		ks--;
	char buf[24];
	if (ke == ks || ke - ks >= sizeof buf)
		return 0;
	size_t n = rx_fold(s + ks, ke - ks, buf, sizeof buf);
	for (const char *const *k = keys; *k; k++)
		if (strlen(*k) == n && memcmp(buf, *k, n) == 0)
			return 1;
	return 0;
}

/* <reporter username="JIRAUSER1">Anna Weber</reporter>: an element named
 * for a person's role (any label but a bare "name", which names projects
 * and artifacts in XML) holding the name alone. */
int pn_xml_person(const struct rx_ctx *c, size_t at, size_t end)
{
	const char *s = c->text;
	/* OFX's payee, an SGML element without its end tag
	 * ("<NAME>MARGUERITE RENOUF<MEMO>...") */
	if (at >= 6 && memcmp(s + at - 6, "<NAME>", 6) == 0 && end + 6 <= c->len &&
	    (memcmp(s + end, "<MEMO>", 6) == 0 ||
	     (end + 10 <= c->len && memcmp(s + end, "</STMTTRN>", 10) == 0)))
		return 1;
	/* a SAML attribute named for a person's name ("<saml:Attribute
	 * Name="givenName"><saml:AttributeValue>Padma</saml:AttributeValue>") */
	if (at > 40 && s[at - 1] == '>' && end + 23 <= c->len && s[end] == '<' && s[end + 1] == '/' &&
	    (memcmp(s + end + 2, "saml:AttributeValue>", 20) == 0 ||
	     memcmp(s + end + 2, "saml2:AttributeValue>", 21) == 0 ||
	     memcmp(s + end + 2, "AttributeValue>", 15) == 0))
		return name_attribute(s, rx_line_start(s, at), at);
	/* an HTML form's field ("<input type=\"text\" name=\"first_name\"
	 * value=\"Kai-Uwe\">"): the value's whole, in the same tag */
	if (at > 20 && memcmp(s + at - 7, "value=\"", 7) == 0 && end < c->len && s[end] == '"') {
		size_t lt = at - 7;
		while (lt > 0 && at - lt < 160 && s[lt - 1] != '<' && s[lt - 1] != '>' && s[lt - 1] != '\n')
			lt--;
		return lt > 0 && s[lt - 1] == '<' && name_attribute(s, lt, at - 7);
	}
	/* an XFDF form's field ("<field name=\"FirstName\"><value>Marie</value>") */
	if (at > 20 && memcmp(s + at - 7, "<value>", 7) == 0 && end + 8 <= c->len &&
	    memcmp(s + end, "</value>", 8) == 0)
		return name_attribute(s, rx_line_start(s, at), at);
	if (at == 0 || s[at - 1] != '>' || end + 4 >= c->len || s[end] != '<' || s[end + 1] != '/')
		return 0;
	size_t ts = end + 2, te = ts;
	while (te < c->len && te - ts < 32 && (rx_is_alnum((unsigned char)s[te]) || rx_in("_-", s[te])))
		te++;
	if (te == ts || te >= c->len || s[te] != '>' || (te - ts == 4 && rx_fold_eq(s + ts, "name", 4)))
		return 0;
	/* ISO 20022 (pain.001, camt): a party's name, "<Cdtr><Nm>...</Nm>" */
	if (te - ts == 2 && s[ts] == 'N' && s[ts + 1] == 'm') {
		static const char *const party[] = {"<Cdtr>", "<Dbtr>", "<UltmtCdtr>", "<UltmtDbtr>", "<InitgPty>", NULL};
		size_t o = at - 1;
		if (o < 4 || memcmp(s + o - 3, "<Nm>", 4) != 0)
			return 0;
		o -= 3;
		while (o > 0 && (s[o - 1] == ' ' || s[o - 1] == '\n' || s[o - 1] == '\r' || s[o - 1] == '\t'))
			o--;
		for (const char *const *p = party; *p; p++) {
			size_t n = strlen(*p);
			if (o >= n && memcmp(s + o - n, *p, n) == 0)
				return 1;
		}
		return 0;
	}
	char buf[40];
	size_t n = rx_fold(s + ts, te - ts, buf, sizeof buf);
	/* a genealogy's name parts (Gramps: "<first>Mele</first>") */
	static const char *const parts[] = {"first", "given", "call", "forename", "firstname",
					    "lastname", "family", NULL};
	for (const char *const *p = parts; *p; p++)
		if (strlen(*p) == n && memcmp(buf, *p, n) == 0)
			return 1;
	return pn_label_word(buf, n);
}

/* SWIFT MT103: the name on the line after the account of field 50K (the
 * ordering customer) or 59 (the beneficiary): ":59:/NO1762620513901\nNAME". */
int pn_swift_party(const char *s, size_t at)
{
	if (at < 6 || s[at - 1] != '\n')
		return 0;
	size_t ps = rx_line_start(s, at - 1);
	return (at - ps > 6 && memcmp(s + ps, ":50K:/", 6) == 0) ||
	       (at - ps > 5 && memcmp(s + ps, ":59:/", 5) == 0) ||
	       (at - ps > 6 && memcmp(s + ps, ":50F:/", 6) == 0);
}

/* /etc/passwd: "anna:x:1001:1001:Anna Weber,,,:/home/anna:/bin/bash", the
 * name first in the fifth field. */
int pn_passwd_gecos(const char *s, size_t at)
{
	size_t ls = rx_line_start(s, at), i = ls;
	if (at == ls || s[at - 1] != ':')
		return 0;
	while (i < at && (rx_is_alnum((unsigned char)s[i]) || rx_in("_-.", s[i])))
		i++;
	if (i == ls || i + 3 > at || s[i] != ':' || !rx_in("x*!", s[i + 1]) || s[i + 2] != ':')
		return 0;
	i += 3;
	for (int f = 0; f < 2; f++) {
		size_t d = i;
		while (i < at && rx_is_digit((unsigned char)s[i]))
			i++;
		if (i == d || i >= at || s[i] != ':')
			return 0;
		i++;
	}
	return i == at;
}

/* `git shortlog -sn`: "   144\tObinna Nwosu", a count, a tab and the name
 * filling the line, on a line next to another of the same shape. */
static int shortlog_prefix(const char *s, size_t ls, size_t le, size_t *name)
{
	size_t i = ls;
	while (i < le && s[i] == ' ')
		i++;
	size_t d = i;
	while (i < le && rx_is_digit((unsigned char)s[i]))
		i++;
	if (i == d || i >= le || s[i] != '\t')
		return 0;
	*name = i + 1;
	return 1;
}

int pn_shortlog(const char *s, size_t len, size_t at, size_t end)
{
	size_t ls = rx_line_start(s, at), le = rx_line_end(s, len, at), nm;
	while (le > end && s[le - 1] == '\r')
		le--;
	if (le != end || !shortlog_prefix(s, ls, le, &nm) || nm != at)
		return 0;
	if (ls > 0) {
		size_t ps = rx_line_start(s, ls - 1);
		if (shortlog_prefix(s, ps, ls - 1, &nm))
			return 1;
	}
	size_t ns = rx_line_end(s, len, at) + 1;
	return ns < len && shortlog_prefix(s, ns, rx_line_end(s, len, ns), &nm);
}

/* A chat export's line "06:41\tLai Po-han\tcan you forward..." (LINE,
 * KakaoTalk): a clock time, a tab, the speaker, a tab. */
/* Whether the line holds only a clock time ("06:41", "6:41:07") before the
 * tab at `tab`. */
int pn_clock_before_tab(const char *s, size_t tab)
{
	size_t ls = rx_line_start(s, tab), i = ls;
	while (i < tab && rx_is_digit((unsigned char)s[i]))
		i++;
	if (i == ls || i - ls > 2 || i + 3 > tab || s[i] != ':' || !rx_is_digit((unsigned char)s[i + 1]) ||
	    !rx_is_digit((unsigned char)s[i + 2]))
		return 0;
	i += 3;
	if (i + 3 <= tab && s[i] == ':' && rx_is_digit((unsigned char)s[i + 1]) && rx_is_digit((unsigned char)s[i + 2]))
		i += 3;
	return i == tab;
}

int pn_tab_speaker(const char *s, size_t len, size_t at, size_t end)
{
	return end < len && s[end] == '\t' && at > 0 && s[at - 1] == '\t' && pn_clock_before_tab(s, at - 1);
}

/* An export's speaker line: the name alone on its line right after a line
 * that is a date and a clock time ("Feb 02, 2025  3:12:32 AM"). */
int pn_after_timestamp(const char *s, size_t len, size_t at, size_t end)
{
	if (at < 2 || s[at - 1] != '\n' || rx_line_end(s, len, end) != end)
		return 0;
	size_t pe = at - 1, ps = rx_line_start(s, pe);
	if (pe - ps < 12 || pe - ps > 40)
		return 0;
	int clock = 0, year = 0, run = 0;
	for (size_t i = ps; i < pe; i++) {
		if (rx_is_digit((unsigned char)s[i])) {
			run++;
			year |= run == 4;
		} else {
			run = 0;
		}
		clock |= s[i] == ':' && i > ps && rx_is_digit((unsigned char)s[i - 1]) && i + 2 < pe &&
			 rx_is_digit((unsigned char)s[i + 1]) && rx_is_digit((unsigned char)s[i + 2]);
		if (!rx_is_alnum((unsigned char)s[i]) && !rx_in(" ,:/.-", s[i]))
			return 0;
	}
	return clock && year;
}

/* "TIEDEMANN Gesine" filling a cell: a surname in capitals and given names
 * written plain, to the cell's end ('|', tab, ';' or the line's end): the
 * end of the given names, or n->end. */
size_t pn_caps_given_cell(const char *s, size_t len, const struct name *n)
{
	struct name g;
	if (!n->caps || n->end + 2 >= len || s[n->end] != ' ' ||
	    !pn_parse_name(s, len, n->end + 1, &g) || g.caps || g.nt > 2)
		return n->end;
	size_t e = g.end;
	while (e < len && s[e] == ' ')
		e++;
	return e == len || rx_in("|\t;\r\n", s[e]) ? g.end : n->end;
}

/* A surname in capitals before the given name at `at`, where a cell starts
 * ("| OBERLÄNDER Detlef |", "\tVAN DIJK Sanne"; up to three words of two
 * capitals or more): where the name starts, or `at`. */
size_t pn_caps_before(const char *s, size_t at)
{
	size_t p = at;
	for (int w = 0; w < 3; w++) {
		if (p < 3 || s[p - 1] != ' ')
			break;
		size_t e = p - 1, b = e;
		int caps = 0;
		while (b > 0) {
			/* (a double surname's hyphen: "LABORDE-SARRAIL") */
			if (s[b - 1] == '-' && b >= 3 && caps > 0 && rx_cap_at(s, e, b - 2)) {
				b--;
				continue;
			}
			size_t k = rx_letter_before(s, b);
			if (!k || !rx_cap_at(s, e, b - k))
				break;
			b -= k;
			caps++;
		}
		if (caps < 2 || b == e)
			break;
		/* (a preposition right before the name is no surname: a bank
		 * statement's "PRZELEW PRZYCHODZĄCY OD Katarzyna Pawlak") */
		if (w == 0 && e - b <= 4) {
			static const char *const preps[] = {"od", "do", "to", "from", "von", "an", "dla", "na", NULL};
			char pw[8];
			rx_fold(s + b, e - b, pw, sizeof pw);
			for (const char *const *q = preps; *q; q++)
				if (!strcmp(pw, *q))
					return at;
		}
		p = b;
		/* (after a label's ": ", a surname of four capitals or more:
		 * "comparaît : LEMAIRE Anaïs", not "Hospital: BMC Lobatse") */
		if (p == 0 || rx_in("\t;,\n", s[p - 1]) || (p >= 2 && s[p - 1] == ' ' && s[p - 2] == '|') ||
		    (p >= 2 && s[p - 1] == ' ' && s[p - 2] == ':' && caps >= 4))
			return p;
		/* (a list's item: "• KERJEAN Ségolène, née le ...") */
		if (caps >= 4 && p >= 2 && s[p - 1] == ' ') {
			size_t m = p - 1;
			if (m >= 3 && (unsigned char)s[m - 3] == 0xE2 && (unsigned char)s[m - 2] == 0x80 &&
			    (unsigned char)s[m - 1] == 0xA2)
				m -= 3;
			else if (rx_in("-*", s[m - 1]))
				m--;
			else
				m = p;
			while (m < p && m > 0 && s[m - 1] == ' ')
				m--;
			if (m < p && (m == 0 || s[m - 1] == '\n'))
				return p;
		}
	}
	return at;
}

/* A surname in capitals and a given name the gazetteer knows, anywhere
 * on a line, ending where an item ends ("4  15831 GUARNIERI Amedeo   Atletica
 * Lucca", "Presentes: PINHEIRO Duarte (fração 35), QUINTELA Afonso (fração
 * 27)", "Kunde DIERKS Gereon", "LE GOFF Hervé, né le ..."): where the
 * surname starts, or RX_NONE. The given name at ms is one or two words, not
 * in capitals, its first known and no ordinary word; the surname one to
 * three words in capitals (particles "LE", "DE LA" among them), none an
 * ordinary word, and a word of three letters or fewer only as a particle or
 * a surname the gazetteer knows ("NS Reizigers", "GLS Austria", "FYI Anna"
 * are none); after the given name the line ends, or a cell, a list's item
 * or a note starts ("\t", "  ", ",", ";", "|", " (", " —"); a word in
 * lower case after it is a sentence ("URGENT Maria call me"). */
size_t pn_caps_surname_name(const struct rx_ctx *cc, size_t ms)
{
	struct rx_ctx *c = (struct rx_ctx *)cc; /* (pn_tok caches token classes) */
	const char *s = c->text;
	size_t len = c->len;
	size_t k0;
	if (ms < 4 || s[ms - 1] != ' ' || !(k0 = rx_letter_before(s, ms - 1)) || !rx_cap_at(s, len, ms - 1 - k0))
		return RX_NONE;
	struct name g, m;
	if (!pn_parse_name(s, len, ms, &g) || g.caps || g.nt > 2 || !(pn_tok(c, &g, 0, T_GIVEN) & T_GIVEN))
		return RX_NONE;
	for (size_t k = 0; k < g.nt; k++)
		if (pn_stop_token(c, &g, k))
			return RX_NONE;
	size_t e = g.end;
	int gap = 0;
	while (e < len && s[e] == ' ' && gap < 2) {
		e++;
		gap++;
	}
	if (!(e == len || rx_in("\r\n\t,;|(", s[e]) || gap >= 2 || rx_dash_sep(s, len, g.end)))
		return RX_NONE;
	/* the capitals before it, word by word (up to four, particles too) */
	size_t p = ms - 1, b = RX_NONE, st[4]; /* (st: the words' starts, nearest first) */
	int nst = 0;
	for (int w = 0; w < 4; w++) {
		size_t q = p, k;
		int caps = 0;
		while (q > 0) {
			if (s[q - 1] == '-' && q >= 3 && caps > 0 && rx_cap_at(s, p, q - 2)) {
				q--;
				continue;
			}
			if (!(k = rx_letter_before(s, q)) || !rx_cap_at(s, p, q - k))
				break;
			q -= k;
			caps++;
		}
		/* (Irish "Ó" and Dutch "'T" are words of one capital: "Ó
		 * DUIBHIR Cormac", "IN 'T VELD Roos") */
		int one = 0;
		if (caps == 1 && w > 0 && q >= 1 && s[q - 1] == '\'' && s[q] == 'T')
			q--, one = 1;
		else if (caps == 1 && w > 0 && p - q == 2 && !memcmp(s + q, "\xc3\x93", 2))
			one = 1;
		if ((caps < 2 && !one) ||
		    (q > 0 && (rx_letter_before(s, q) || rx_is_digit((unsigned char)s[q - 1]) ||
			       rx_in("'.&/@_", s[q - 1]))))
			break;
		if (!one)
			st[nst++] = q;
		b = q;
		if (q < 2 || s[q - 1] != ' ' || !(k = rx_letter_before(s, q - 1)) || !rx_cap_at(s, q - 1, q - 1 - k))
			break;
		p = q - 1;
	}
	/* (a GEDCOM line's level and tag: "2 GIVN Gwilym") */
	if (b == RX_NONE || (b >= 2 && s[b - 1] == ' ' && rx_is_digit((unsigned char)s[b - 2]) &&
			     (b == 2 || s[b - 3] == '\n')))
		return RX_NONE;
	/* the farthest start that parses as one name up to the given name
	 * (particles the parser does not take are left out: "IN 'T") */
	int ok = pn_parse_name(s, len, b, &m) && m.caps && m.end + 1 == ms;
	while (!ok && nst > 0) {
		b = st[--nst];
		ok = pn_parse_name(s, len, b, &m) && m.caps && m.end + 1 == ms;
	}
	if (!ok)
		return RX_NONE;
	for (size_t k = 0; k < m.nt; k++) {
		if (pn_stop_token(c, &m, k))
			return RX_NONE;
		if (m.te[k] - m.ts[k] <= 3 && !(pn_tok(c, &m, k, T_SUR) & T_SUR))
			return RX_NONE;
	}
	return b;
}

/* An ADIF log's field "<NAME:7>Martina": the name after its length. */
int pn_adif_name(const char *s, size_t at)
{
	size_t i = at;
	if (i < 8 || s[i - 1] != '>')
		return 0;
	i--;
	while (i > 0 && at - i < 6 && rx_is_digit((unsigned char)s[i - 1]))
		i--;
	if (i == at - 1 || i < 6 || s[i - 1] != ':')
		return 0;
	i--;
	return rx_fold_eq(s + i - 4, "name", 4) && s[i - 5] == '<';
}

/* A Cyrillic capital and a dot ("Е."): the end, or i. */
static size_t cyr_initial(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	if (i + 3 > len || u[i] != 0xD0 || !((u[i + 1] >= 0x90 && u[i + 1] <= 0xAF) || rx_in("\x81\x84\x86\x87", (char)u[i + 1])) ||
	    s[i + 2] != '.')
		return i;
	return i + 3;
}

/* Two initials, with a space between them or not ("Е. О.", "Е.О."): the
 * end, or i. */
static size_t cyr_initials(const char *s, size_t len, size_t i)
{
	size_t a = cyr_initial(s, len, i);
	if (a == i)
		return i;
	size_t b = cyr_initial(s, len, a < len && s[a] == ' ' ? a + 1 : a);
	return b > a + 1 ? b : i;
}

/* A capitalised Cyrillic word of three letters or more: the end, or i. */
static size_t cyr_word(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	if (cyr_initial(s, len, i) != i || i + 1 >= len || u[i] != 0xD0 || u[i + 1] < 0x81 || u[i + 1] > 0xAF)
		return i;
	size_t e = i + 2;
	while (e + 1 < len && (u[e] == 0xD0 || u[e] == 0xD1) && (u[e + 1] & 0xC0) == 0x80 && !(u[e] == 0xD0 && u[e + 1] < 0xB0))
		e += 2;
	return e - i >= 6 && !rx_letter_at(s, len, e) ? e : i;
}

/* A Russian, Ukrainian or Bulgarian name as documents write it, a surname
 * with two initials either side ("Тихонова Е. А.", "Гущиной Е.О.", "Е. А.
 * Тихонова"), triggered at a capital. */
unsigned pn_detect_initials(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, at = c->ms, e;
	if ((unsigned char)s[at] != 0xD0 || (at > 0 && rx_letter_before(s, at)))
		return 0;
	size_t w = cyr_word(s, len, at);
	if (w > at) {
		/* (a third "В." makes a list of letters: "Раздел А. Б. В.") */
		if (w + 1 < len && s[w] == ' ' && (e = cyr_initials(s, len, w + 1)) > w + 1 &&
		    !(e + 1 < len && s[e] == ' ' && cyr_initial(s, len, e + 1) > e + 1))
			return (unsigned)rx_emit(c, at, e, REDACT_PERSON);
		return 0;
	}
	if ((e = cyr_initials(s, len, at)) == at || e + 1 >= len || s[e] != ' ')
		return 0;
	if ((w = cyr_word(s, len, e + 1)) == e + 1)
		return 0;
	return (unsigned)rx_emit(c, at, w, REDACT_PERSON);
}
