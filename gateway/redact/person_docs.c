/* person_docs.c: a document checklist's people, named after the
 * document's label, in any script, and a passport's number in parentheses
 * after its holder:
 *
 *   [x] Passport: Jemima Thwaite (451396028) · Mobile ...
 *   [x] Passport: शुभांगी ढींगरा (J6643407, expires 21-07-2028)
 *   [ ] Birth certificate: Araminta Hinchliffe (Date of birth 20/01/2009)
 *   [x] Marriage certificate: शुभांगी & शशांक
 *
 * Fired at the label's ':' (a cheap look at the byte before it first).
 * Stop 65, from part 64's visa checklists. */
#include <string.h>

#include "person_int.h"

static const char *const docs[] = {"passport", "passport copy", "birth certificate", "marriage certificate",
				   "police certificate", "death certificate", "residence permit", "id card",
				   "national id card", "divorce certificate", "adoption certificate", NULL};

/* A word of a name at i: a capital, or a letter of an uncased script
 * (Hebrew, Arabic, Indic, Thai, CJK); its end, or i. */
static size_t name_word(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	if (i >= len || !(rx_cap_at(s, len, i) || (u[i] >= 0xD6 && u[i] <= 0xDB) || (u[i] >= 0xE0 && u[i] <= 0xED)))
		return i;
	size_t e = i, k;
	while (e < len && (k = rx_letter_at(s, len, e)) > 0)
		e += k;
	/* (Devanagari's and Thai's vowel signs, which are no letters) */
	while (e + 2 < len && u[e] == 0xE0 && (u[e + 1] & 0xC0) == 0x80)
		for (e += 3; e < len && (k = rx_letter_at(s, len, e)) > 0;)
			e += k;
	return e;
}

/* One to three name words from a, spaces between: their end, or a. */
static size_t item_end(const char *s, size_t len, size_t a)
{
	size_t e = a;
	for (int n = 0; n < 3; n++) {
		size_t w = name_word(s, len, e);
		if (w - e < 2)
			break;
		e = w;
		if (!(e + 1 < len && s[e] == ' ' && name_word(s, len, e + 1) > e + 1))
			break;
		e++;
	}
	return e;
}

unsigned pn_detect_doc_holder(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, at = c->ms;
	/* (a cheap look first: a documents' last letter before the colon, a
	 * space after) */
	if (at < 5 || at + 3 >= len || s[at + 1] != ' ' || !rx_in("tyedTYED", s[at - 1]))
		return 0;
	/* (after a list's marker or a checkbox: "- ", "[x] ", "[ ] ") */
	size_t ls = rx_line_start(s, at), b = ls;
	while (b < at && rx_in(" -*", s[b]))
		b++;
	if (b + 3 < at && s[b] == '[' && rx_in(" xX", s[b + 1]) && s[b + 2] == ']' && s[b + 3] == ' ')
		b += 4;
	int ok = 0, pass = 0;
	for (const char *const *d = docs; *d && !ok; d++)
		if (strlen(*d) == at - b && rx_fold_eq(s + b, *d, at - b))
			ok = 1, pass = (*d)[0] == 'p' && (*d)[1] == 'a';
	if (!ok)
		return 0;
	unsigned k = 0;
	size_t a = at + 2, e;
	for (int n = 0; n < 4; n++) {
		e = item_end(s, len, a);
		/* (the holder ends at the line's end, a comma, " (", " &" or " ·") */
		if (e == a || !(e == len || rx_in("\r\n(,&", s[e]) || (s[e] == ' ' && e + 1 < len && rx_in("(&", s[e + 1])) ||
				(e + 2 < len && s[e] == ' ' && (unsigned char)s[e + 1] == 0xC2 && (unsigned char)s[e + 2] == 0xB7)))
			break;
		k += (unsigned)rx_emit(c, a, e, REDACT_PERSON);
		/* the passport's number in parentheses after its holder */
		if (pass && e + 3 < len && s[e] == ' ' && s[e + 1] == '(') {
			size_t q = e + 2, digits = 0, lower = 0;
			while (q < len && rx_is_alnum((unsigned char)s[q]))
				digits += rx_is_digit((unsigned char)s[q]), lower += rx_is_lower((unsigned char)s[q]), q++;
			if (q - e - 2 >= 6 && q - e - 2 <= 9 && digits >= 2 && !lower && q < len && rx_in("),", s[q]))
				k += (unsigned)rx_emit(c, e + 2, q, REDACT_GOV_ID);
			break;
		}
		/* (the next holder after " & ", ", " or " and ") */
		if (e + 3 < len && !memcmp(s + e, " & ", 3))
			a = e + 3;
		else if (e + 2 < len && s[e] == ',' && s[e + 1] == ' ')
			a = e + 2;
		else
			break;
	}
	return k;
}
