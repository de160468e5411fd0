/* person_near.c: what stands near a name and tells person.c whether
 * it is a private person's. New in stop 48.
 * - A phone number that reaches the person: in parentheses after it
 *   ("Falls was ist: 0159/21692016 (Gereon)"), after it and a comma at
 *   the line's end ("Txt me if lost: 0414 700 314, Kaylee"), or before
 *   it with a few small words about it ("Je vous envoie Kylian, son
 *   portable : 07 54 33 29 32"); person.c asks only for one or two
 *   words whose first the gazetteer knows as a given name.
 * - A form label's end before its value: its other gender ending and
 *   its dot leaders.
 * - Lines that hold names: a doorbell's second name, a kv table's
 *   label cell, a manuscript's author line, a signature block, a chat
 *   export's speaker, a party's mark after a name, a list of people.
 * - Lines whose names are published, no private person's: a reference
 *   list's entry. */
#include <string.h>

#include "person_int.h"

/* Whether [b, e) reads as a phone's number: seven digits or more, or
 * nine without a space; no date ("02/20/2019", "1.5.2026": two of one
 * separator and no space) nor decimal ("24.76551"). */
static int phone_shape(const char *s, size_t b, size_t e)
{
	int digits = 0, space = 0, seps = 0;
	char d = 0;
	for (size_t k = b; k < e; k++) {
		if (rx_is_digit((unsigned char)s[k]))
			digits++;
		else if (s[k] == ' ' || (unsigned char)s[k] == 0xA0)
			space = 1;
		else if (rx_in("/.-", s[k])) {
			seps += !d || s[k] == d;
			d = s[k];
		}
	}
	return digits >= 7 && digits <= 15 && (space || (digits >= 9 && seps != 2));
}

/* Whether a phone's digits end at e on the line from ls (spaces, dashes,
 * slashes, dots and parentheses between them, within 24 bytes). */
static int phone_ends_at(const char *s, size_t ls, size_t e)
{
	size_t i = e;
	while (i > ls && e - i < 24 && (rx_is_digit((unsigned char)s[i - 1]) || rx_in(" -/.()", s[i - 1])))
		i--;
	while (i < e && !rx_is_digit((unsigned char)s[i]) && s[i] != '(')
		i++;
	if (i > ls && s[i - 1] == '+')
		i--;
	return e > ls && rx_is_digit((unsigned char)s[e - 1]) && (i == ls || !rx_is_alnum((unsigned char)s[i - 1])) &&
	       phone_shape(s, i, e);
}

/* Whether a phone's digits start at b (after '+', '(' or none), their
 * separators as above (and no-break spaces). */
static int phone_starts_at(const char *s, size_t len, size_t b)
{
	size_t i = b;
	if (i < len && (s[i] == '+' || s[i] == '('))
		i++;
	if (i >= len || !rx_is_digit((unsigned char)s[i]))
		return 0;
	while (i < len && i - b < 24 &&
	       (rx_is_digit((unsigned char)s[i]) ||
		(rx_in(" -/.()", s[i]) && i + 1 < len &&
		 (rx_is_digit((unsigned char)s[i + 1]) || s[i + 1] == ' ' || s[i + 1] == '(')) ||
		((unsigned char)s[i] == 0xC2 && i + 2 < len && (unsigned char)s[i + 1] == 0xA0 &&
		 rx_is_digit((unsigned char)s[i + 2]))))
		i += (unsigned char)s[i] == 0xC2 ? 2 : 1;
	while (i > b && !rx_is_digit((unsigned char)s[i - 1]))
		i--;
	return (i == len || !rx_is_alnum((unsigned char)s[i])) && phone_shape(s, b, i);
}

/* A word about a phone that may be capitalised ("Handy 0160 ..."). */
static int phone_word(const char *s, size_t a, size_t b)
{
	static const char *const words[] = {"Handy", "Tel", "Tel.", "Mobil", "Mobile", "WhatsApp", "WA", NULL};
	for (const char *const *w = words; *w; w++)
		if (strlen(*w) == b - a && !memcmp(s + a, *w, b - a))
			return 1;
	return 0;
}

int pn_phone_around(const char *s, size_t len, size_t at, size_t end)
{
	/* "0159/21692016 (Gereon)", "0414 700 314, Kaylee" ending the line
	 * (the phone on the name's line, within 24 bytes before it) */
	if (at >= 3 && ((s[at - 1] == '(' && s[at - 2] == ' ' && end < len && s[end] == ')') ||
			(s[at - 1] == ' ' && s[at - 2] == ','))) {
		size_t ls = rx_line_start(s, at);
		if (at >= ls + 3 && phone_ends_at(s, ls, at - 2)) {
			if (s[at - 1] == '(')
				return 1;
			size_t q = end;
			while (q < len && rx_in(".!", s[q]))
				q++;
			if (q == len || s[q] == '\n' || s[q] == '\r')
				return 1;
		}
	}
	/* "Kylian, son portable : 07 ...", "Bram langs, zijn nummer is 06
	 * ...": a comma after the name or after one small word, then one to
	 * five small words (not capitalised, but a phone's) and the phone;
	 * not a town after its postcode ("106 80 Αθήνα, τηλ. 210...") */
	size_t q = end, le = len < end + 64 ? len : end + 64;
	if (q + 1 < le && s[q] == ' ' && rx_is_lower((unsigned char)s[q + 1])) {
		q++;
		while (q < le && rx_is_lower((unsigned char)s[q]))
			q++;
	}
	if (q + 2 >= le || s[q] != ',' || s[q + 1] != ' ' || (at >= 2 && s[at - 1] == ' ' && rx_is_digit((unsigned char)s[at - 2])))
		return 0;
	q += 2;
	for (int words = 0; q < le && s[q] != '\n' && words <= 5; words++) {
		if (rx_is_digit((unsigned char)s[q]) || s[q] == '+' || s[q] == '(')
			return words > 0 && phone_starts_at(s, len, q);
		size_t w = q;
		while (w < le && s[w] != ' ' && s[w] != ',' && s[w] != '\n')
			w++;
		/* (a word of letters: lower-case ASCII, or a letter beyond
		 * Latin-1's symbols) */
		if (rx_is_upper((unsigned char)s[q]) ? !phone_word(s, q, w)
						      : !rx_is_lower((unsigned char)s[q]) && (unsigned char)s[q] < 0xC3)
			return 0;
		if (w == q)
			return 0;
		q = w;
		while (q < le && (s[q] == ' ' || s[q] == ':'))
			q++;
	}
	return 0;
}

/* The start of a label's other gender or number at its end ("/in",
 * "/a", "(s)", "(e)") after a word of three letters or more (India's
 * "D/o" is its own), or e. */
size_t pn_gender_ending(const char *s, size_t from, size_t e)
{
	/* (a cheap look first: it ends in a letter or ')' after a '/' or
	 * '(' among the last seven bytes) */
	size_t w = e - from < 7 ? e - from : 7, k;
	if (w < 3 || !rx_in("naoe)", s[e - 1]))
		return e;
	for (k = e - w; k < e && s[k] != '/' && s[k] != '('; k++)
		;
	if (k == e)
		return e;
	static const char *const ends[] = {"/in", "/innen", "/a", "/o", "/e", "/ka", "(s)", "(e)", "(in)", "(a)", "(es)",
					   "(ne)", NULL};
	for (const char *const *p = ends; *p; p++) {
		size_t n = strlen(*p);
		if (e < from + n + 3 || memcmp(s + e - n, *p, n) != 0)
			continue;
		int word = 1;
		for (size_t j = e - n - 3; j < e - n; j++)
			word &= rx_is_alpha((unsigned char)s[j]) || (unsigned char)s[j] >= 0x80;
		if (word)
			return e - n;
	}
	return e;
}

/* The start of a form's dot leaders ending at e, spaces before them
 * included ("Efternamn ..... ", "Nom……"): two dots or more, or an
 * ellipsis, within 48 bytes of at; else e. */
size_t pn_dot_leaders(const char *s, size_t at, size_t e)
{
	if (e < 3 || !((s[e - 1] == '.' && s[e - 2] == '.') ||
		       ((unsigned char)s[e - 1] == 0xA6 && (unsigned char)s[e - 2] == 0x80 &&
			(unsigned char)s[e - 3] == 0xE2)))
		return e;
	while (e > 0 && at - e < 48 &&
	       (s[e - 1] == '.' || s[e - 1] == ' ' ||
		(e >= 3 && (unsigned char)s[e - 1] == 0xA6 && (unsigned char)s[e - 2] == 0x80 &&
		 (unsigned char)s[e - 3] == 0xE2)))
		e -= s[e - 1] == '.' || s[e - 1] == ' ' ? 1 : 3;
	return e;
}

/* The second name on a doorbell after " / " ("citofono Mancuso /
 * Ferraris", "ring på Wikström / Bergström"): one or two capitalised
 * words before the slash, and a doorbell's word before them; or the
 * first after English "ring". */
int pn_doorbell_second(const char *s, size_t len, size_t at)
{
	/* (the first after English "ring" and one space, "– ring Dunphy /
	 * Geraghty.": a column's header "Ring      Velocity" is none) */
	if (at >= 5 && at < len && s[at - 1] == ' ' && (s[at - 5] | 0x20) == 'r' && rx_fold_eq(s + at - 5, "ring ", 5) &&
	    (at == 5 || rx_in(" \n", s[at - 6])) &&
	    rx_is_upper((unsigned char)s[at])) {
		size_t e = at;
		while (e < len && (rx_is_alpha((unsigned char)s[e]) || (unsigned char)s[e] >= 0x80 || s[e] == '-'))
			e++;
		if (e == len || s[e] == '.' || s[e] == ',' || s[e] == '\n' || (e + 3 <= len && !memcmp(s + e, " / ", 3)))
			return 1;
	}
	static const char *const bells[] = {"klingel bei", "klingel", "citofono", "interphone", "buzz", "bel bij",
					    "ring", "ring på", "timbre", "zil", "campanello", "portero", "domofon",
					    "sonnez chez", "bel aan bij", "ring for", "knock for", NULL};
	if (at < 8 || memcmp(s + at - 3, " / ", 3) != 0)
		return 0;
	size_t b = at - 3;
	for (int words = 0; words < 2; words++) {
		size_t w = b;
		while (w > 0 && (rx_is_alpha((unsigned char)s[w - 1]) || (unsigned char)s[w - 1] >= 0x80 ||
				 s[w - 1] == '-'))
			w--;
		if (w == b || !rx_is_upper((unsigned char)s[w]) || w < 2 || s[w - 1] != ' ')
			return 0;
		b = w - 1;
		for (const char *const *p = bells; *p; p++) {
			size_t n = strlen(*p);
			if (b >= n && rx_fold_eq(s + b - n, *p, n) && (b == n || !rx_is_alpha((unsigned char)s[b - n - 1])))
				return 1;
		}
	}
	return 0;
}

/* Whether the line [ls, le) opens as a numbered list's entry: "[3] ",
 * "3. ". */
static int list_entry(const char *s, size_t ls, size_t le)
{
	size_t i = ls + (ls < le && s[ls] == '[');
	size_t d = i;
	while (i < le && i - d < 3 && rx_is_digit((unsigned char)s[i]))
		i++;
	return i > d && i + 1 < le && (s[i] == ']' || s[i] == '.') && s[i + 1] == ' ';
}

/* Whether the line around `at` is an entry of a reference list, whose
 * authors, journals and publishers are published names, no private
 * person's ("[4] Darwin C. On the Origin of Species. London: John Murray;
 * 1859.", "Franklin RE, Gosling RG. ... Nature. 1953;171:740-1."): a
 * year, ';', a volume and ':' pages; or an ISBN; or a DOI; or a place,
 * ':', a publisher, ';' and a year. */
int pn_citation_line(const char *s, size_t len, size_t at)
{
	size_t ls = rx_line_start(s, at), le = rx_line_end(s, len, at);
	if (le - ls < 24 || le - ls > 600)
		return 0;
	/* (a cheap look first: a ';' on the line, or a numbered entry) */
	int entry = list_entry(s, ls, le);
	const char *semi = memchr(s + ls, ';', le - ls);
	if (!semi && !entry)
		return 0;
	for (size_t i = entry ? ls : (size_t)(semi - s); i + 4 < le; i++) {
		if (!entry) {
			const char *q = memchr(s + i, ';', le - i);
			if (!q)
				return 0;
			i = (size_t)(q - s);
		}
		if (s[i] == ';' && i >= ls + 4) {
			size_t q = i + 1;
			while (q < le && s[q] == ' ')
				q++;
			size_t v = q;
			while (q < le && q - v < 12 && (rx_is_alnum((unsigned char)s[q]) || rx_in("-()", s[q])))
				q++;
			/* (a journal's abbreviation ends in '.' before the year:
			 * "Nature. 1953;171:740-1", not a CSV's "2022;15:30") */
			if (i >= ls + 6 && rx_is_digit((unsigned char)s[i - 1]) && rx_is_digit((unsigned char)s[i - 4]) &&
			    s[i - 5] == ' ' && s[i - 6] == '.' && q > v && q + 2 < le && s[q] == ':' &&
			    rx_is_digit((unsigned char)s[q + 1 + (s[q + 1] == ' ')]))
				return 1;
			/* "London: John Murray; 1859." */
			if (q == v + 4 && rx_is_digit((unsigned char)s[v]) && (q == le || s[q] == '.') &&
			    memchr(s + ls, ':', i - ls))
				return 1;
		}
		/* (an ISBN or a DOI on a list's entry: "[3] ...", "3. ...") */
		if (entry && ((s[i] == 'I' && !memcmp(s + i, "ISBN", 4)) ||
			      ((s[i] == 'd' || s[i] == 'D') && (rx_fold_eq(s + i, "doi:", 4) ||
								(i + 8 <= le && rx_fold_eq(s + i, "doi.org/", 8))))))
			return 1;
	}
	return 0;
}

/* Whether the word at [at, end) is a label of a form written as two
 * cells a line ("Födelsedatum\t1992-04-22", "Handledare\tElvira
 * Bergkvist"): one word filling the first cell, and the lines next to
 * it two cells each, the first one word too. */
int pn_kv_label_cell(const char *s, size_t len, size_t at, size_t end)
{
	if (end >= len || s[end] != '\t' || (at > 0 && s[at - 1] != '\n'))
		return 0;
	int rows = 0;
	size_t ls = at;
	/* (the rows above and below) */
	for (int dir = -1; dir <= 1; dir += 2) {
		size_t p = ls;
		for (int k = 0; k < 2; k++) {
			size_t q;
			if (dir < 0) {
				if (p < 2)
					break;
				q = rx_line_start(s, p - 1);
			} else {
				size_t e = rx_line_end(s, len, p);
				if (e + 1 >= len)
					break;
				q = e + 1;
			}
			size_t qe = rx_line_end(s, len, q), tab = q;
			while (tab < qe && s[tab] != '\t' && s[tab] != ' ')
				tab++;
			if (tab == q || tab >= qe || s[tab] != '\t' || memchr(s + tab + 1, '\t', qe - tab - 1))
				break;
			rows++;
			p = q;
		}
	}
	return rows >= 2;
}

/* A name in a manuscript's or a review's layout (one to three words at
 * [at, end)): an author before "et al." ("by Jonty Ngata et al."), in a
 * LaTeX \author{...}, before an affiliation's superscript ("Merel
 * Wiersma¹, Sietske Bijleveld²"), a reviewer who agreed to be named
 * ("Reviewer 2 (Ikechukwu Nwachukwu)"), a thesis's author alone on a line
 * after "by". */
int pn_manuscript_name(const char *s, size_t len, size_t at, size_t end)
{
	if (end + 7 <= len && !memcmp(s + end, " et al", 6) && !rx_is_alpha((unsigned char)s[end + 6]))
		return 1;
	if (end + 2 <= len && (unsigned char)s[end] == 0xC2 &&
	    ((unsigned char)s[end + 1] == 0xB9 || (unsigned char)s[end + 1] == 0xB2 || (unsigned char)s[end + 1] == 0xB3))
		return 1;
	if (end + 3 <= len && (unsigned char)s[end] == 0xE2 && (unsigned char)s[end + 1] == 0x81 &&
	    (unsigned char)s[end + 2] >= 0xB4 && (unsigned char)s[end + 2] <= 0xB9)
		return 1;
	/* "\author{", "\author[2]{" */
	if (at >= 9 && s[at - 1] == '{' && end < len && s[end] == '}') {
		size_t b = at - 1;
		if (b >= 3 && s[b - 1] == ']') {
			while (b > 0 && at - b < 8 && s[b - 1] != '[')
				b--;
			b = b > 0 ? b - 1 : b;
		}
		if (b >= 7 && !memcmp(s + b - 7, "\\author", 7))
			return 1;
	}
	/* "Reviewer 2 (" */
	if (at >= 12 && s[at - 1] == '(' && s[at - 2] == ' ' && rx_is_digit((unsigned char)s[at - 3]) && end < len &&
	    s[end] == ')') {
		static const char *const roles[] = {"reviewer ", "referee ", "gutachter ", "gutachterin ", "revisor ",
						    "revisora ", "rapporteur ", "relecteur ", "recensent ", NULL};
		size_t d = at - 3;
		while (d > 0 && rx_is_digit((unsigned char)s[d - 1]))
			d--;
		for (const char *const *r = roles; *r; r++) {
			size_t n = strlen(*r);
			if (d >= n && rx_fold_eq(s + d - n, *r, n))
				return 1;
		}
	}
	/* "by Sreeja Ranganathan" alone on its line */
	if (at >= 3 && !memcmp(s + at - 3, "by ", 3) && (at == 3 || s[at - 4] == '\n') &&
	    (end == len || s[end] == '\n' || s[end] == '\r'))
		return 1;
	return 0;
}

/* A signature's name alone on its line above its office and a mailbox, or
 * after a dash with its firm, above its mailbox's line
 * ("Ptolemy Wolstenholme" / "International Office" / "io@ravensmoor.ac.uk"):
 * 1; above a university's line (a thesis's title page): 2, the caller
 * asks for a word the gazetteer knows. */
int pn_signature_block(const char *s, size_t len, size_t at, size_t end)
{
	/* a dash's signature, the name and its firm, its contact line under
	 * it ("— Raelynn Blevins, Fieldstone Adjusting Services" / "404.913.1378
	 * | r.blevins@fieldstone-adj.com"; stop 52) */
	size_t dl = at >= 4 && s[at - 1] == ' ' && (unsigned char)s[at - 4] == 0xE2 && (unsigned char)s[at - 3] == 0x80 &&
			    ((unsigned char)s[at - 2] == 0x94 || (unsigned char)s[at - 2] == 0x93)
		    ? at - 4
		    : at >= 3 && s[at - 1] == ' ' && s[at - 2] == '-' && s[at - 3] == '-' ? at - 3 : RX_NONE;
	if (dl != RX_NONE && (dl == 0 || s[dl - 1] == '\n') && end < len && (s[end] == ',' || s[end] == '\n')) {
		size_t le = rx_line_end(s, len, end);
		if (le < len) {
			size_t ne = rx_line_end(s, len, le + 1);
			if (ne - le < 120 && memchr(s + le + 1, '@', ne - le - 1))
				return 1;
		}
	}
	if (!(at == 0 || s[at - 1] == '\n') || end >= len || s[end] != '\n')
		return 0;
	size_t l1 = end + 1, e1 = rx_line_end(s, len, l1);
	if (e1 == l1 || e1 - l1 > 60 || e1 >= len || !rx_cap_at(s, len, l1))
		return 0;
	for (size_t k = l1; k < e1; k++)
		if (rx_is_digit((unsigned char)s[k]) || rx_in(":@|\t", s[k]))
			return 0;
	/* (or a thesis's title page: the university on the line below,
	 * "Parth Pillai" / "Vindhya University" / "Enrolment No.: ...") */
	static const char *const inst[] = {"Universit", "Universidad", "Institut", "College", "School of",
					   "Hochschule", "Politecnico", NULL};
	for (const char *const *w = inst; *w; w++)
		if (memmem(s + l1, e1 - l1, *w, strlen(*w)))
			return 2;
	size_t l2 = e1 + 1, e2 = rx_line_end(s, len, l2);
	const char *at_sign = memchr(s + l2, '@', e2 - l2);
	return at_sign && e2 - l2 <= 64 && !memchr(s + l2, ' ', e2 - l2);
}

/* Whether [ls, q) is a chat export's time prefix before a speaker, " - "
 * after it or not ("02.09.26, 15:10 - ", "[16.7.2026, 12:09] ", "22:16 "). */
static int speaker_prefix(const char *s, size_t ls, size_t q)
{
	if (q < ls + 5 || s[q - 1] != ' ')
		return 0;
	size_t p = q - 1;
	if (p >= ls + 2 && s[p - 1] == '-' && s[p - 2] == ' ')
		p -= 2;
	return pn_clock_prefix(s, ls, p + 1);
}

/* A given name in a chat export's message that is a speaker's elsewhere in
 * the export ("16.01.26, 14:10 - Clothilde: ... Gwladys l'a fermé" when
 * "15.03.26, 20:21 - Gwladys Abgrall:" speaks too): the message's line
 * opens with a time, and the word opens a speaker after a time on
 * another line, before ':' or another capitalised word and ':'. */
int pn_speaker_elsewhere(const char *s, size_t len, size_t at, size_t end)
{
	size_t n = end - at;
	if (n < 3 || n > 24 || len > 65536 || at < 8)
		return 0;
	/* (the line's start within 240 bytes: a chat's message, not a long
	 * paragraph's line) */
	size_t lim = at < 240 ? at : 240;
	const char *nl = memrchr(s + at - lim, '\n', lim);
	size_t ls = nl ? (size_t)(nl - s) + 1 : at - lim;
	if ((!nl && ls > 0) || at < ls + 8 || !(rx_is_digit((unsigned char)s[ls]) || s[ls] == '['))
		return 0;
	/* (the message's own line is a timed one: a clock in its first bytes) */
	int clock = 0;
	for (size_t k = ls + 1; k + 2 < at && k < ls + 25 && !clock; k++)
		clock = s[k] == ':' && rx_is_digit((unsigned char)s[k - 1]) && rx_is_digit((unsigned char)s[k + 1]) &&
			rx_is_digit((unsigned char)s[k + 2]);
	if (!clock)
		return 0;
	size_t from = 0;
	for (int tries = 0; tries < 64; tries++) {
		const char *p = memmem(s + from, len - from, s + at, n);
		if (!p)
			return 0;
		size_t q = (size_t)(p - s);
		from = q + 1;
		if (q == at || (q > 0 && rx_letter_before(s, q)) || q + n >= len)
			continue;
		size_t e = q + n;
		if (s[e] == ' ' && e + 1 < len && rx_cap_at(s, len, e + 1)) {
			size_t w = e + 1;
			while (w < len && w - e < 30 && s[w] != ':' && s[w] != '\n')
				w++;
			if (w >= len || s[w] != ':')
				continue;
		} else if (s[e] != ':') {
			continue;
		}
		if (speaker_prefix(s, rx_line_start(s, q), q))
			return 1;
	}
	return 0;
}

/* After a name, what only a person has: a comma and where they live or an
 * identity number's label ("Gereon Brüggemann, wohnhaft ...", "Montserrat
 * Echeverría Urquijo, con domicilio en ...", "Dewald Nkosi, ID ...",
 * "Χριστίνα Παπαδοπούλου, γεννηθείς/-είσα ..."), or an owner's unit in
 * parentheses in an owners' meeting's list ("QUINTELA Afonso (fração 27)",
 * "HINRICHSEN Merle (Whg. 6)", "Θανάσης Μαυρίδης (διαμ. 35)"), or the
 * words of passing a number on ("... gave me your number"). */
int pn_party_mark_after(const char *s, size_t len, size_t end)
{
	static const char *const comma[] = {"wohnhaft", "con domicilio", "domiciliado", "domiciliada", "demeurant",
					    "domicilié", "domiciliée", "domiciliat", "wonende", "κατοίκου",
					    "residing at", "resident at", "id ", "dni", "nie ", "cnp", "pesel", "nif ",
					    "t.c.", "αφμ", "rijksregisternr", "geb.", "geboren", "né le", "née le",
					    "né(e)", "nato a", "nata a", "nato il", "nata il", "born ", "codice fiscale",
					    "c.f.", "cpf", "γεννηθείς", "γεννηθείσα", "rodné číslo", "nar.",
					    "date of birth", "fecha de nacimiento", "data de nascimento", "geburtsdatum",
					    "date de naissance", "data di nascita", NULL};
	static const char *const units[] = {"fração", "piso", "whg.", "whg", "lot", "app.", "app", "lok.", "jednotka",
					    "int.", "διαμ.", "apt", "apt.", "flat", "unit", "apartment", "appartamento",
					    "wohnung", "lgh", "byt", "lokal", "lokale", "daire", "kv.", NULL};
	if (end + 3 >= len)
		return 0;
	if (s[end] == ',' && s[end + 1] == ' ') {
		size_t q = end + 2;
		/* (a cheap look first: the word's first byte, folded) */
		char f = rx_lower(s[q]);
		for (const char *const *w = comma; *w; w++) {
			if ((*w)[0] != f && !((unsigned char)f >= 0x80 && (unsigned char)(*w)[0] >= 0x80))
				continue;
			size_t n = strlen(*w);
			if (q + n <= len && rx_fold_eq(s + q, *w, n) &&
			    ((*w)[n - 1] == ' ' || (*w)[n - 1] == '.' || q + n == len || !rx_letter_at(s, len, q + n)))
				return 1;
		}
		return 0;
	}
	/* who passed a number on ("Morwenna Haworth gave me your number",
	 * "numaranızı Merve verdi", "o Beatriz me passou seu contato") */
	if (s[end] == ' ' && s[end + 1] != '(') {
		static const char *const passed[] = {"gave me your number", "passed me your number",
						     "gave me your details", "passed on your number", "verdi.",
						     "verdi ", "me passou seu contato", "me passou o seu contato",
						     "me passou seu número", "me dio tu número", "me pasó tu número",
						     "hat mir deine nummer gegeben", "hat mir ihre nummer gegeben",
						     "gaf me je nummer", "mi ha dato il tuo numero", "m'a donné votre numéro",
						     "m'a donné ton numéro", NULL};
		size_t q = end + 1;
		char f = rx_lower(s[q]);
		/* (a cheap look first: a first letter they start with) */
		if (f == 0 || !strchr("gvpmh", f))
			return 0;
		for (const char *const *w = passed; *w; w++) {
			if ((*w)[0] != f)
				continue;
			size_t n = strlen(*w);
			if (q + n <= len && rx_fold_eq(s + q, *w, n))
				return 1;
		}
		return 0;
	}
	if (s[end] != ' ' || s[end + 1] != '(')
		return 0;
	size_t q = end + 2, w = q;
	if (q >= len || !rx_letter_at(s, len, q))
		return 0;
	while (w < len && w - q < 16 && s[w] != ' ' && s[w] != ')')
		w++;
	if (w == q || w + 2 >= len || s[w] != ' ' || !rx_is_digit((unsigned char)s[w + 1]))
		return 0;
	size_t d = w + 1;
	while (d < len && (rx_is_digit((unsigned char)s[d]) || s[d] == '/'))
		d++;
	if (d >= len || s[d] != ')')
		return 0;
	/* (a weaker mark, 2: "Site Visit (Unit 7)" is a timetable's) */
	for (const char *const *u = units; *u; u++)
		if (strlen(*u) == w - q && rx_fold_eq(s + q, *u, w - q))
			return 2;
	return 0;
}

/* A name marked as a person's by what follows it or where it stands: a
 * person's mark after it (pn_party_mark_after), its phone in parentheses
 * or after an arrow (pn_phone_paren_after), an item under a heading of
 * people (pn_people_item). Its words from the first name word on
 * ("Zwischen Gereon Brüggemann, wohnhaft", "Ihnen Frau Gisela Schneider,
 * geb.", "Called Leofric Ramsbottom (020 ...)"): a title, an ordinary
 * word or a small word before it are dropped, *at moves with them. */
int pn_party_marked(struct rx_ctx *c, struct name *n, size_t *at, int caps_first)
{
	static const char *const small[] = {"zwischen", "between", "entre", "tra", "tussen", "μεταξύ", "ihnen",
					    "între", "intre", "της", "τησ", "του", "und", "and", "et", "y", "e", "recebemos",
					    "recibimos", "received", "called", "rang", "texted", "phoned", "anrufen",
					    "angerufen", "appelé", "llamé", NULL};
	const char *s = c->text;
	int mark = pn_party_mark_after(s, c->len, n->end);
	/* (a flat's number after the name: a word of it the gazetteer knows;
	 * stop 60) */
	if (mark == 2 && !pn_any_known(c, n))
		return 0;
	if (mark && caps_first)
		return 1;
	/* (a phone's or a list's name: a word of it the gazetteer knows;
	 * not a club, a film or "Ihre Steuer-ID (27 349 580 517)"; after an
	 * arrow and before its phone, "Questions → Bryony Threlfall, +44 ...",
	 * any two words) */
	int pp = mark ? 0 : pn_phone_paren_after(s, c->len, *at, n->end);
	if (!mark && (n->caps || !((pp == 2 && n->nt >= 2) ||
				   (pn_any_known(c, n) && (pp || (n->nt <= 4 && pn_people_item(s, c->len, *at)))))))
		return 0;
	while (n->nt > (mark ? 2 : 1)) {
		char w[24];
		size_t l = n->te[0] - n->ts[0];
		int drop = pn_kw_word(c, &pn_title_kws, n->ts[0], n->te[0]) ||
			   (pn_stop_token(c, n, 0) && !pn_namelike_stop(c, n, 0)) ||
			   (!(pn_tok(c, n, 0, T_GIVEN | T_SUR) & (T_GIVEN | T_SUR)) && (pn_tok(c, n, 1, T_GIVEN) & T_GIVEN));
		if (!drop && l < sizeof w) {
			rx_fold(s + n->ts[0], l, w, sizeof w);
			for (const char *const *q = small; *q && !drop; q++)
				drop = !strcmp(w, *q);
		}
		if (!drop)
			break;
		memmove(n->ts, n->ts + 1, (n->nt - 1) * sizeof n->ts[0]);
		memmove(n->te, n->te + 1, (n->nt - 1) * sizeof n->te[0]);
		memmove(n->cls, n->cls + 1, (n->nt - 1) * sizeof n->cls[0]);
		n->nt--;
		*at = n->ts[0];
	}
	if (pn_kw_word(c, &pn_title_kws, n->ts[0], n->te[0]) || (pn_stop_token(c, n, 0) && !pn_namelike_stop(c, n, 0)))
		return 0;
	/* (one word: a given name the gazetteer knows) */
	return mark ? n->nt >= 2 && n->nt <= 4 : n->nt >= 2 || (pn_tok(c, n, 0, T_GIVEN) & T_GIVEN);
}

/* Whether a numbered or bulleted item at the line of `at` lies under a
 * heading of people ("Guests:", "Invités :", "Team members:"): the first
 * line above the items that is no item ends with ':' and holds such a
 * word. */
int pn_people_item(const char *s, size_t len, size_t at)
{
	static const char *const heads[] = {"guests", "guest list", "invités", "invites", "gäste", "goście", "invitados",
					    "ospiti", "gasten", "convidados", "gäster", "gjester", "attendees",
					    "team members", "members", "mitglieder", "équipe", "equipo",
					    "participants", "teilnehmer", "teilnehmende", NULL};
	size_t ls = rx_line_start(s, at), i = ls;
	if (rx_is_digit((unsigned char)s[i])) {
		while (i < at && rx_is_digit((unsigned char)s[i]))
			i++;
		if (i + 2 > at || s[i] != '.' || s[i + 1] != ' ')
			return 0;
		i += 2;
	} else if (i + 1 < len && rx_in("-*", s[i]) && s[i + 1] == ' ') {
		i += 2;
	} else {
		return 0;
	}
	if (i != at)
		return 0;
	size_t p = ls;
	for (int k = 0; k < 30 && p >= 2; k++) {
		size_t q = rx_line_start(s, p - 1), qe = p - 1;
		p = q;
		if (rx_is_digit((unsigned char)s[q]) || (rx_in("-*", s[q]) && q + 1 < qe && s[q + 1] == ' '))
			continue; /* (another item) */
		while (qe > q && rx_in(" \r", s[qe - 1]))
			qe--;
		if (qe == q || s[qe - 1] != ':' || qe - q > 40)
			return 0;
		char w[48];
		size_t n = rx_fold(s + q, qe - 1 - q, w, sizeof w);
		while (n > 0 && w[n - 1] == ' ')
			n--;
		w[n < sizeof w ? n : sizeof w - 1] = 0;
		for (const char *const *h = heads; *h; h++)
			if (strstr(w, *h))
				return 1;
		return 0;
	}
	return 0;
}

/* A name before its phone in parentheses ("Called Leofric Ramsbottom (020
 * 8348 9117)"), or after an arrow and before ", " and its phone
 * ("Questions → Bryony Threlfall, +44 (0)161 474 5724"). */
int pn_phone_paren_after(const char *s, size_t len, size_t at, size_t end)
{
	if (end + 9 < len && s[end] == ' ' && s[end + 1] == '(') {
		/* (only a phone's characters inside: not a match's "(48', att.
		 * 13,888)", an ISBN, a place's coordinates "(53.0322 20.2841)") */
		size_t q = end + 2;
		while (q < len && q - end < 26 && (rx_is_digit((unsigned char)s[q]) || rx_in(" -/+", s[q])))
			q++;
		if (q < len && s[q] == ')' && phone_shape(s, end + 2, q) && (rx_is_digit((unsigned char)s[end + 2]) || s[end + 2] == '+') &&
		    !(s[end + 2] == '9' && s[end + 3] == '7' && (s[end + 4] == '8' || s[end + 4] == '9')))
			return 1;
	}
	if (at >= 4 && (unsigned char)s[at - 4] == 0xE2 && (unsigned char)s[at - 3] == 0x86 && (unsigned char)s[at - 2] == 0x92 &&
	    s[at - 1] == ' ' && end + 3 < len && s[end] == ',' && s[end + 1] == ' ')
		return phone_starts_at(s, len, end + 2) ? 2 : 0;
	return 0;
}
