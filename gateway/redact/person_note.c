/* person_note.c: a note's writer in parentheses before its colon, as case
 * and CRM logs print them ("Officer note (Edivaldo Junqueira): ...",
 * "Agent notes (Ασπασία Μαυρογιάννη): ...", "Update (ธนากร เพชรรัตน์): ...";
 * stop 60), at the '('. The name fills the parentheses: two to four
 * capitalised words that are no firm's, desk's or ordinary words
 * (pn_unknown_name and pn_emit_name), or a name in a script without
 * capitals, Han or kana (pn_uncased_name). "Note (Billing) ·" and "notes
 * (from the integration guide)" name no one. */
#include <string.h>

#include "person_int.h"

/* The note's words before " (", folded. */
static const char *const note_words[] = {"note", "notes", "comment", "comments", "update", "remark", NULL};

unsigned pn_detect_note_writer(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, at = c->ms, a = at + 1, w, e;
	if (at < 5 || a + 4 >= len || s[at - 1] != ' ')
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
	e = rx_cap_at(s, len, a) ? pn_unknown_name(c, a) : pn_uncased_name(s, len, a);
	if (e == a || e + 1 >= len || s[e] != ')' || s[e + 1] != ':')
		return 0;
	return pn_emit_name(c, a, e);
}
