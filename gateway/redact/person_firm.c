/* person_firm.c: a staff member who signs a message with the name of the
 * organisation they work for, on the message's last line:
 *
 *   ... or call 01632 960 284. Thanks, Godfrey at Wagtail Veterinary Surgery
 *   ... www.sercevet.com.tr. Doğukan, Serçe Veteriner Kliniği
 *   ... Groet, Gerolt (Dierenartsenpraktijk De Kwikstaart)
 *   ... www.duchifat-vet.co.il. הדסה, מרפאה וטרינרית הדוכיפת
 *   ... www.hudhud-vet.com.eg. عصام - عيادة الهدهد البيطرية
 *   — Araminta Shacklock, Hornbeam School of Motoring
 *
 * The name is one or two words after a sentence's end, a sign-off's comma
 * or the line's start; the organisation, after ", ", " at ", a dash or in
 * parentheses, runs to the line's end without a digit, a mailbox or a
 * field's colon, and has a word of a body's or a practice's name
 * (rx_authority_words). Stop 64, from part 60's reminders. */
#include <string.h>

#include "person_int.h"

int pn_firm_tail(const char *s, size_t len, size_t end)
{
	const unsigned char *u = (const unsigned char *)s;
	/* (a cheap look first: a separator's first bytes, and after a comma a
	 * capital or a letter of a script without them) */
	if (end + 8 >= len || (s[end] == ' ' ? !rx_in("a-(\xe2", s[end + 1])
					     : s[end] != ',' || s[end + 1] != ' ' || !(rx_is_upper(u[end + 2]) || u[end + 2] >= 0x80)))
		return 0;
	size_t le = rx_line_end(s, len, end);
	while (le > end && rx_in(" \r.!", s[le - 1]))
		le--;
	if (le < end + 8 || le - end > 96)
		return 0;
	size_t b;
	if (s[end] == ',' && s[end + 1] == ' ')
		b = end + 2;
	else if (s[end] != ' ')
		return 0;
	else if (!memcmp(s + end, " at ", 4) || !memcmp(s + end, " - ", 3))
		b = end + 3 + (s[end + 1] == 'a');
	else if (u[end + 1] == 0xE2 && u[end + 2] == 0x80 && (u[end + 3] == 0x93 || u[end + 3] == 0x94) &&
		 s[end + 4] == ' ')
		b = end + 5;
	else if (s[end + 1] == '(' && s[le - 1] == ')')
		b = end + 2, le--;
	else
		return 0;
	/* (an organisation's name starts with a capital or a letter of a
	 * script without them and has no long lower-case word: "Tierarztpraxis
	 * am Schlehenhang", not "Keine Verletzten, Polizei nicht gerufen") */
	if (rx_is_lower(u[b]) || (u[b] < 0x80 && !rx_is_alpha(u[b])))
		return 0;
	for (size_t i = b, w = b; i < le; i++) {
		if (rx_is_digit(u[i]) || rx_in("@:|/()=;,", s[i]))
			return 0;
		if (s[i] == ' ')
			w = i + 1;
		else if (i == w + 4 && rx_is_lower(u[w]) && rx_is_lower(u[i]))
			return 0;
	}
	return rx_authority_words(s, b, le);
}

/* Where the name at `at` starts: its line's start (after a quote's '>', a
 * list's dash or a signature's em dash), a sentence's end or a sign-off's
 * comma ("Thanks, ", "Viele Grüße, "). */
static int signer_start(const struct rx_ctx *c, const char *s, size_t at)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t ls = rx_line_start(s, at), q = ls;
	int dash = 0;
	while (q < at && (rx_in(" >-", s[q]) ||
			  (q + 3 <= at && u[q] == 0xE2 && u[q + 1] == 0x80 && (u[q + 2] == 0x93 || u[q + 2] == 0x94)))) {
		dash |= s[q] != ' ' && s[q] != '>';
		q += (u[q] == 0xE2) ? 3 : 1;
	}
	/* (a heading's "Harbourside Counselling – New patient intake" and a
	 * letter's department over its firm start their lines too) */
	if (q == at)
		return dash;
	if (at < ls + 3 || s[at - 1] != ' ')
		return 0;
	/* a sentence's end after a word of two letters or more ("...tr. ",
	 * "...today! "), not an initial's ("J. ") nor an abbreviation's ("Av.
	 * Tiradentes") */
	if (rx_in(".!?", s[at - 2])) {
		size_t w = at - 2;
		while (w > ls && rx_is_alpha(u[w - 1]))
			w--;
		if (at - 2 - w <= 3 && rx_is_upper(u[w]))
			return 0;
		return at >= ls + 4 && (rx_is_alnum(u[at - 3]) || u[at - 3] >= 0x80) &&
		       (rx_is_alnum(u[at - 4]) || u[at - 4] >= 0x80 || s[at - 3] == ')');
	}
	/* (the Devanagari danda) */
	if (at >= ls + 5 && u[at - 4] == 0xE0 && u[at - 3] == 0xA5 && u[at - 2] == 0xA4)
		return 1;
	return s[at - 2] == ',' && at - 2 > ls && rx_kw_ends(c, &pn_signoff_kws, ls, at - 2);
}

int pn_firm_signer(const struct rx_ctx *c, size_t at, size_t end)
{
	const char *s = c->text;
	/* (or the line's start before a comma, two words or more: a letter's
	 * last line, "Gülizar Kızılkaya, Rıhtım Göç ve Vize Danışmanlığı", not
	 * a department's "Forderungsmanagement, Keystrand Collections"; stop
	 * 65) */
	size_t q = rx_line_start(s, at);
	while (q < at && s[q] == ' ')
		q++;
	return end < c->len && rx_in(", ", s[end]) && pn_firm_tail(s, c->len, end) &&
	       (signer_start(c, s, at) || (q == at && s[end] == ',' && memchr(s + at, ' ', end - at))) &&
	       !rx_authority_words(s, at, end);
}

/* The same in scripts without capitals, found at the separator after the
 * name: one or two words back to a start. */
unsigned pn_detect_uncased_firm(struct rx_ctx *c)
{
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	size_t len = c->len, p = c->ms, e = s[p] == ',' ? p : p - 1;
	/* (a cheap look first: a letter of these scripts before the
	 * separator; a dash's first byte only before "–" or "—") */
	if (p < 5 || u[e - 1] < 0x80)
		return 0;
	if (e != p) {
		if (s[e] != ' ' || (s[p] == '-' && (p + 1 >= len || s[p + 1] != ' ')))
			return 0;
		if (u[p] == 0xE2 && (p + 3 >= len || u[p + 1] != 0x80 || (u[p + 2] != 0x93 && u[p + 2] != 0x94)))
			return 0;
	}
	if (!pn_firm_tail(s, len, e))
		return 0;
	size_t ls = rx_line_start(s, e), a = e;
	for (int w = 0; w < 2; w++) {
		size_t ws = a;
		while (ws > ls) {
			size_t q = ws - 1;
			while (q > ls && (u[q] & 0xC0) == 0x80)
				q--;
			/* (the danda ends a sentence, no letter) */
			if ((u[q] == 0xE0 && u[q + 1] == 0xA5 && (u[q + 2] == 0xA4 || u[q + 2] == 0xA5)) ||
			    !pn_uncased_at(s, len, q))
				break;
			ws = q;
		}
		if (ws == a)
			return 0;
		a = ws;
		/* (or two words that start the line, before a comma; stop 65) */
		if (signer_start(c, s, a) || (w == 1 && s[e] == ',' && a == ls))
			return rx_authority_words(s, a, e) ? 0 : (unsigned)rx_emit(c, a, e, REDACT_PERSON);
		if (a < ls + 2 || s[a - 1] != ' ')
			return 0;
		a--;
	}
	return 0;
}
