/* person_late.c: a death notice's and a note's people by the words around
 * them (stop 61).
 *
 * At a word for the dead: "the late 鶴見 紬", "return of the late
 * कमलावती चतुर्वेदी", "de la défunte Odile Marchetti", "des verstorbenen
 * Erwin Hasselbach". The name after it, in any script (pn_any_name), or
 * one capitalised word the gazetteer knows as a name.
 *
 * At a dash: a note's writer signing it at the line's end after the last
 * sentence ("Gaps 1933-1945 checked against loss registers: none found. –
 * 詩織", "... booked. — Eugenia"). The name fills the rest of the line: a
 * name in a script without capitals, Han or kana, two to four capitalised
 * words (pn_unknown_ok), or one the gazetteer knows as a given name.
 *
 * At a full-width parenthesis: a Japanese or Chinese death notice's name
 * before its birth date in parentheses, "筧 孝蔵（1953年7月10日生）儀". */
#include <string.h>

#include "person_int.h"

static const char *const late_words[] = {
	"late", "défunt", "défunte", "difunto", "difunta", "verstorbene", "verstorbenen", "defunto",
	"defunta", "falecido", "falecida", "wijlen", "zmarłego", "zmarłej", "покойного", "покойной", NULL,
};
struct rx_kwset pn_late_kws = RX_KWSET(late_words);

/* One capitalised word at v the gazetteer knows as a given name or a
 * surname, and no ordinary word: its end, or v. */
static size_t known_word(const struct rx_ctx *c, size_t v, size_t lim, unsigned want)
{
	const char *s = c->text;
	size_t e = v, k;
	if (!rx_cap_at(s, lim, v))
		return v;
	while (e < lim && (k = rx_letter_at(s, lim, e)) > 0)
		e += k;
	unsigned cls = rx_name_class(s + v, e - v);
	return (cls & want) && !(cls & RX_NAME_STOP) && !pn_never_word(c, v, e - v) ? e : v;
}

unsigned pn_detect_late(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, me = c->me, v = me + 1, e;
	if (v + 2 >= len || s[me] != ' ')
		return 0;
	/* (English "late" only as "the late") */
	if (c->me - c->ms == 4 && rx_fold_eq(s + c->ms, "late", 4) &&
	    !(c->ms >= 4 && rx_fold_eq(s + c->ms - 4, "the ", 4)))
		return 0;
	e = pn_any_name(c, v, len);
	if (e != v)
		return pn_emit_name(c, v, e);
	e = known_word(c, v, len, RX_NAME_GIVEN | RX_NAME_SURNAME);
	return e != v && (e == len || !rx_letter_at(s, len, e)) ? (unsigned)rx_emit(c, v, e, REDACT_PERSON) : 0;
}

unsigned pn_detect_dash_signer(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, d = c->ms, v = d + 4, le, e;
	/* (a cheap look first: " – " or " — " after a sentence's end) */
	if (d < 3 || v + 2 >= len || (unsigned char)s[d + 1] != 0x80 ||
	    ((unsigned char)s[d + 2] != 0x93 && (unsigned char)s[d + 2] != 0x94) || s[d - 1] != ' ' ||
	    s[d + 3] != ' ' || !rx_in(".!?", s[d - 2]))
		return 0;
	le = rx_line_end(s, len, v);
	while (le > v && rx_in(" \r", s[le - 1]))
		le--;
	if (le - v < 2 || le - v > 60)
		return 0;
	e = pn_any_name(c, v, len);
	if (e == le)
		return pn_emit_name(c, v, e);
	e = known_word(c, v, le, RX_NAME_GIVEN);
	return e == le ? (unsigned)rx_emit(c, v, e, REDACT_PERSON) : 0;
}

unsigned pn_detect_born_paren(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, p = c->ms, q, a, e;
	/* (a cheap look first: "（" and a digit after it, a Han letter before) */
	if (p < 6 || p + 8 >= len || memcmp(s + p, "\xef\xbc\x88", 3) != 0 || !rx_is_digit((unsigned char)s[p + 3]) ||
	    !pn_cjk_letter3(s, len, p - 3))
		return 0;
	/* the birth date and "生）" in the parentheses: digits and 年, 月, 日 */
	for (q = p + 3; q < len && q - p < 40;) {
		if (rx_is_digit((unsigned char)s[q]))
			q++;
		else if (q + 3 <= len && (!memcmp(s + q, "年", 3) || !memcmp(s + q, "月", 3) || !memcmp(s + q, "日", 3)))
			q += 3;
		else
			break;
	}
	if (q + 6 > len || memcmp(s + q, "生）", 6) != 0)
		return 0;
	/* the name: Han or kana letters back to the line's start, a space,
	 * "。" or "、", one space inside at most */
	int spaced = 0;
	for (a = p; a >= 3 && pn_cjk_letter3(s, len, a - 3);) {
		a -= 3;
		if (a >= 4 && s[a - 1] == ' ' && !spaced && pn_cjk_letter3(s, len, a - 4)) {
			a--;
			spaced = 1;
		}
	}
	if (a > 0 && !(s[a - 1] == '\n' || s[a - 1] == ' ' || (a >= 3 && (!memcmp(s + a - 3, "。", 3) || !memcmp(s + a - 3, "、", 3)))))
		return 0;
	e = pn_uncased_name(s, len, a);
	return e == p ? (unsigned)rx_emit(c, a, e, REDACT_PERSON) : 0;
}
