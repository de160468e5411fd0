/* person_lists.c: names in scripts without capitals (and in Han and kana)
 * that lists and mail headers hold: a list's item opening with the name
 * and a person's numbers after ", " or " · ", a mailbox's display name
 * before its <address> (pn_detect_script_cell asks at ',', the middle
 * dot's lead byte and '<'); and a call log's speaker in any script
 * (pn_detect_clock_speaker asks at ':'). person_script.c has the labels,
 * cells and rosters. */
#include <string.h>

#include "person_int.h"

/* The start of the UTF-8 character whose last byte is s[i]. */
static size_t char_start(const char *s, size_t i)
{
	size_t q = i;
	while (q > 0 && i - q < 3 && ((unsigned char)s[q] & 0xC0) == 0x80)
		q--;
	return q;
}

/* A letter of an uncased script, of Han or of kana at s[i] (or a zero-width
 * joiner). */
static int script_letter(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	if (pn_uncased_at(s, len, i))
		return 1;
	if (i + 2 >= len)
		return 0;
	return (u[i] == 0xE3 && u[i + 1] >= 0x81 && u[i + 1] <= 0x83) || (u[i] >= 0xE4 && u[i] <= 0xE9) ||
	       (u[i] == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0x8C || u[i + 2] == 0x8D));
}

/* The start of one to three words of script_letter ending at e (single
 * spaces between), their number in *words; e when there is none. */
static size_t script_words_before(const char *s, size_t len, size_t e, size_t *words)
{
	size_t b = e;
	*words = 0;
	for (;;) {
		size_t we = b, q;
		while (b > 0 && we - b < 60 && (q = char_start(s, b - 1)) < b && script_letter(s, len, q))
			b = q;
		if (b == we)
			break;
		if (++*words == 3 || b < 2 || s[b - 1] != ' ' || !script_letter(s, len, char_start(s, b - 2)))
			break;
		b--;
	}
	return b;
}

/* A list's item that opens with a name in a script without capitals and
 * goes on after ", " with a person's numbers (a surgery's or a grievance
 * list's "1. 宇佐美 琴音, 〒013-7766 ... Tel 090-3077-5086", "* प्रणव
 * गायकवाड, staff no. E30583, 93714 05517"; stop 54): the marker opening
 * the line, two or three words (or one of two to four Han or Hangul
 * characters), ten digits at least after the comma on the line. */
unsigned pn_uncased_item(struct rx_ctx *c, size_t comma)
{
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	size_t len = c->len, words, b, ne = comma;
	/* (or a middle dot between the fields: "- Saadet Eskiyapan ·
	 * 41026018068 · ...") */
	if (u[comma] == 0xC2) {
		if (comma < 5 || comma + 2 >= len || u[comma + 1] != 0xB7 || s[comma + 2] != ' ' || s[comma - 1] != ' ')
			return 0;
		ne = comma - 1;
	} else if (comma < 4 || comma + 1 >= len || s[comma + 1] != ' ') {
		return 0;
	}
	if (u[ne - 1] < 0x80)
		return 0;
	b = script_words_before(s, len, ne, &words);
	if (b == ne || u[b] < 0xD7 || (words == 1 && !(u[b] >= 0xE4 && ne - b >= 6 && ne - b <= 12)))
		return 0;
	size_t ls = rx_line_start(s, b), m = ls, le = rx_line_end(s, len, comma), nd = 0;
	while (m < b && s[m] == ' ')
		m++;
	if (b == m || pn_list_marker_end(s, len, ls) != b)
		return 0;
	for (size_t i = comma; i < le; i++)
		nd += rx_is_digit(u[i]) != 0;
	return nd >= 10 ? (unsigned)rx_emit(c, b, ne, REDACT_PERSON) : 0;
}

/* A mailbox's display name in a script without capitals, at the '<' of
 * its address ("- चिन्मय सावंत <chinmay@gmail.com> — yes", "From: 闾丘子墨
 * <zimo84@163.com>"; stop 54): one to three words of such letters or of
 * Han and kana before " <", the address's '@' before its '>', and before
 * the name a list's marker or a mail header's label opening the line, or
 * a list's ", ". */
unsigned pn_uncased_mailbox(struct rx_ctx *c)
{
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	size_t len = c->len, at = c->ms, b;
	if (at < 4 || s[at - 1] != ' ' || !((unsigned char)s[at - 2] >= 0x80))
		return 0;
	const char *gt = memchr(s + at, '>', len - at < 80 ? len - at : 80);
	const char *atsign = gt ? memchr(s + at, '@', (size_t)(gt - (s + at))) : NULL;
	/* (a role's mailbox names a desk: "مكتب الخدمة <office@x.org>") */
	if (!atsign || rx_email_nobody(s, at + 1, (size_t)(atsign - s), (size_t)(atsign - s) + 1, (size_t)(gt - s)))
		return 0;
	size_t words;
	b = script_words_before(s, len, at - 1, &words);
	if (b >= at - 1 || !(u[b] >= 0xD7))
		return 0;
	/* what stands before the name */
	size_t ls = rx_line_start(s, b), m = ls;
	while (m < b && s[m] == ' ')
		m++;
	if (m == b)
		return 0; /* (a name alone at the line's start: a signature's, not asked) */
	int ok = pn_list_marker_end(s, len, ls) == b || (b >= 2 && s[b - 2] == ',' && s[b - 1] == ' ');
	static const char *const hdr[] = {"from: ", "to: ", "cc: ", "reply-to: ", NULL};
	for (const char *const *h = hdr; *h && !ok; h++)
		ok = b == m + strlen(*h) && rx_fold_eq(s + m, *h, strlen(*h));
	return ok ? (unsigned)rx_emit(c, b, at - 1, REDACT_PERSON) : 0;
}

/* A call log's speaker ("13:03 outbound, Aneurin: customer cites job
 * loss", "11:52 inbound, 婉清: ..."; stop 54): a clock opening the line,
 * the call's direction and ", ", then one to three words (capitalised, or
 * of a script without capitals) up to the colon. */
unsigned pn_call_log_speaker(struct rx_ctx *c, size_t colon)
{
	static const char *const dirs[] = {"outbound, ", "inbound, ", "callback, ", NULL};
	const char *s = c->text;
	size_t len = c->len, ls = rx_line_start(s, colon), p = ls;
	if (colon + 1 >= len || s[colon + 1] != ' ' || colon < ls + 12)
		return 0;
	if (!(rx_is_digit((unsigned char)s[p]) && rx_is_digit((unsigned char)s[p + 1]) && s[p + 2] == ':' &&
	      rx_is_digit((unsigned char)s[p + 3]) && rx_is_digit((unsigned char)s[p + 4]) && s[p + 5] == ' '))
		return 0;
	p += 6;
	size_t dl = 0;
	for (const char *const *d = dirs; *d && !dl; d++)
		if (rx_fold_eq(s + p, *d, strlen(*d)))
			dl = strlen(*d);
	if (!dl)
		return 0;
	p += dl;
	size_t words = 1;
	for (size_t i = p; i < colon; i++) {
		if (s[i] == ' ')
			words++;
		else if ((unsigned char)s[i] < 0x80 && !rx_is_alpha((unsigned char)s[i]) && !rx_in("-'.", s[i]))
			return 0;
	}
	if (words > 3 || colon - p < 3 || !(rx_cap_at(s, colon, p) || script_letter(s, len, p)))
		return 0;
	return (unsigned)rx_emit(c, p, colon, REDACT_PERSON);
}
