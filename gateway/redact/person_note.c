/* person_note.c: names that a note or a voucher puts in a field of its own
 * (stop 60).
 *
 * At '(': a note's writer in parentheses before its colon, as case and CRM
 * logs print them ("Officer note (Edivaldo Junqueira): ...", "Agent notes
 * (Ασπασία Μαυρογιάννη): ...", "Update (ธนากร เพชรรัตน์): ..."). The name
 * fills the parentheses: two to four capitalised words that are no firm's,
 * desk's or ordinary words (pn_unknown_name and pn_emit_name), or a name in
 * a script without capitals, Han or kana (pn_uncased_name). "Note (Billing)
 * ·" and "notes (from the integration guide)" name no one.
 *
 * At ':': a gift's recipient under its buyer (gift_recipient, below), and
 * a mail subject's person after its topic and a dash (subject_name). */
#include <string.h>

#include "person_int.h"

/* The note's words before " (", folded. */
static const char *const note_words[] = {"note", "notes", "comment", "comments", "update", "remark", NULL};

static unsigned note_writer(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, at = c->ms, a = at + 1, w, e;
	/* (a cheap look first: the last letter of a note's word before " (") */
	if (at < 5 || a + 4 >= len || s[at - 1] != ' ' || !rx_in("eEsStTkK", s[at - 2]))
		return 0;
	/* the word before the parenthesis is the note's */
	for (w = at - 1; w > 0 && rx_is_alpha((unsigned char)s[w - 1]);)
		w--;
	if (at - 1 - w < 4 || at - 1 - w > 8 ||
	    (w > 0 && ((unsigned char)s[w - 1] >= 0x80 || rx_is_alnum((unsigned char)s[w - 1]))))
		return 0;
	int said = 0;
	for (const char *const *q = note_words; *q && !said; q++)
		said = strlen(*q) == at - 1 - w && rx_fold_eq(s + w, *q, at - 1 - w);
	if (!said)
		return 0;
	/* the name fills the parentheses, a colon after them */
	e = pn_any_name(c, a, len);
	if (e == a || e + 1 >= len || s[e] != ')' || s[e + 1] != ':')
		return 0;
	return pn_emit_name(c, a, e);
}

/* A gift's recipient on the line under its buyer ("Bought by: شريف
 * عبدالغفار, sabdelghaffar@...\nFor: ولاء البحيري", a voucher's; stop 60),
 * at the colon of "For:", "To:" or "Recipient:": the line above opens with
 * a label that ends in "by" (bought, gifted, purchased, ordered by), and
 * the name fills the line or runs to ", " and more. */
static unsigned gift_recipient(struct rx_ctx *c)
{
	static const char *const labels[] = {"for", "to", "recipient", "gift for", NULL};
	const char *s = c->text;
	size_t len = c->len, colon = c->ms, v = colon + 2, ls = colon, e;
	/* (a cheap look first: a label of letters and spaces, at most nine
	 * bytes, opens the line) */
	if (v + 4 >= len || s[colon + 1] != ' ')
		return 0;
	while (ls > 0 && colon - ls < 10 && (rx_is_alpha((unsigned char)s[ls - 1]) || s[ls - 1] == ' '))
		ls--;
	if (ls < 8 || s[ls - 1] != '\n' || colon - ls > 9)
		return 0;
	int said = 0;
	for (const char *const *q = labels; *q && !said; q++)
		said = strlen(*q) == colon - ls && rx_fold_eq(s + ls, *q, colon - ls);
	if (!said)
		return 0;
	/* the line above: "<word> by: " */
	size_t ps = rx_line_start(s, ls - 1), pc = ps;
	while (pc < ls - 1 && pc - ps < 24 && s[pc] != ':')
		pc++;
	if (pc >= ls - 1 || s[pc] != ':' || pc - ps < 6 || !rx_fold_eq(s + pc - 3, " by", 3))
		return 0;
	e = pn_any_name(c, v, len);
	if (e == v || !(e == len || rx_in("\r\n", s[e]) || (e + 1 < len && s[e] == ',' && s[e + 1] == ' ')))
		return 0;
	/* (Han letters after a family name the gazetteer knows: "宗政沁瑶",
	 * not "生日礼物", a birthday present) */
	if ((unsigned char)s[v] >= 0xE4 && (unsigned char)s[v] <= 0xE9 && !rx_is_surname(s + v, 3) &&
	    !(e - v >= 9 && rx_is_surname(s + v, 6)))
		return 0;
	return pn_emit_name(c, v, e);
}

/* A mail subject's person after its topic and a dash, to the line's end or
 * before a reference in parentheses ("Subject: Reference request - הדסה
 * שטרן (PLC-41460)", "Subject: Leave request - Barend Wolters"; stop 62):
 * the name fills what is left of the line. "Subject: Outage - Payments API
 * (INC-2231)" names a service, refused by pn_any_name's firm and ordinary
 * words. */
static unsigned subject_name(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, colon = c->ms, le, d, v, e;
	/* (a cheap look first: "Subject" before the colon, opening the line) */
	if (colon < 7 || s[colon - 1] != 't' || !rx_fold_eq(s + colon - 7, "subject", 7) ||
	    (colon > 7 && s[colon - 8] != '\n'))
		return 0;
	le = rx_line_end(s, len, colon);
	if (le - colon > 200)
		return 0;
	/* the last " - " of the line, a topic of letters before it */
	for (d = le; d > colon + 4; d--)
		if (s[d - 3] == ' ' && s[d - 2] == '-' && s[d - 1] == ' ')
			break;
	if (d <= colon + 4 || !rx_is_alpha((unsigned char)s[d - 4]))
		return 0;
	v = d;
	e = pn_any_name(c, v, le);
	if (e == v)
		return 0;
	/* (in Latin letters the gazetteer knows the first word as a given
	 * name or the last as a surname, and neither as an ordinary word:
	 * "Contract - Acme Corporation (C-2231)" names a firm) */
	if (rx_cap_at(s, len, v)) {
		size_t w = v, l = e;
		while (w < e && s[w] != ' ')
			w++;
		while (l > v && s[l - 1] != ' ')
			l--;
		unsigned f = rx_name_class(s + v, w - v), g = rx_name_class(s + l, e - l);
		if (((f | g) & RX_NAME_STOP) || !((f & RX_NAME_GIVEN) || (g & RX_NAME_SURNAME)))
			return 0;
	}
	if (e + 2 < le && s[e] == ' ' && s[e + 1] == '(') {
		/* (a reference: capitals, a dash or digits, at most 24 bytes) */
		size_t q = e + 2, nd = 0;
		while (q < le && q - e < 26 && (rx_is_upper((unsigned char)s[q]) || rx_is_digit((unsigned char)s[q]) ||
						rx_in("-/#", s[q])))
			nd += rx_is_digit((unsigned char)s[q++]) != 0;
		if (!nd || q >= le || s[q] != ')' || q + 1 != le)
			return 0;
	} else if (e != le && s[e] != '\r') {
		return 0;
	}
	return pn_emit_name(c, v, e);
}

unsigned pn_detect_note_person(struct rx_ctx *c)
{
	if (c->text[c->ms] == '(')
		return note_writer(c);
	return gift_recipient(c) + subject_name(c);
}
