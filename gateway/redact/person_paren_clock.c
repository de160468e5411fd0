/* person_paren_clock.c: a chat whose lines open with the speaker and the
 * time in parentheses, in any script:
 *
 *   Nurhan (08:48): Merhaba, 2026/5139 dosyası için harç ödemem lazım
 *   אהרון (08:52): אהרון לוזון, 06.12.1951
 *   Şükriye (09:14): Gönderildi. Şükriye Çakıroğlu, harç bürosu
 *
 * The speaker is one to four words before " (hh:mm): " at the line's
 * start, when another line of the text opens the same way; the speaker's
 * name said in a message of the chat, alone or with one more word (a
 * surname) before a comma, a full stop or the line's end, is theirs too.
 * Stop 64, from part 62's chats. */
#include <string.h>

#include "person_int.h"

/* Whether "(hh:mm): " or "(h:mm): " (seconds too) opens at s[p]: the
 * offset after it, or 0. */
static size_t clock_paren(const char *s, size_t len, size_t p)
{
	size_t q = p + 1, d = 0;
	while (q < len && q - p < 10 && (rx_is_digit((unsigned char)s[q]) || s[q] == ':'))
		d += rx_is_digit((unsigned char)s[q++]) != 0;
	if (d < 3 || d > 6 || q + 2 >= len || s[q] != ')' || s[q + 1] != ':' || s[q + 2] != ' ' ||
	    !rx_is_digit((unsigned char)s[p + 1]) || !rx_is_digit((unsigned char)s[q - 1]))
		return 0;
	return q + 3;
}

/* The speaker's words at the line's start ls, up to e: letters of any
 * script, one space between, four words at most. */
static int speaker_words(const char *s, size_t len, size_t ls, size_t e)
{
	if (e <= ls || e - ls > 48 || rx_is_digit((unsigned char)s[ls]))
		return 0;
	int words = 1;
	for (size_t i = ls; i < e;) {
		size_t k = rx_is_digit((unsigned char)s[i]) ? 0 : rx_letter_at(s, len, i);
		if (!k && (unsigned char)s[i] >= 0xE0 && i + 3 <= e)
			k = 3; /* (a letter of three bytes the Latin reader skips) */
		if (k) {
			i += k;
			continue;
		}
		if (s[i] == ' ' && i > ls && s[i - 1] != ' ' && i + 1 < e && ++words <= 4) {
			i++;
			continue;
		}
		if ((s[i] == '-' || s[i] == '\'' || s[i] == '.') && i > ls) {
			i++;
			continue;
		}
		return 0;
	}
	return 1;
}

/* Another line of the text (within 2,000 bytes) that opens with the same
 * speaker and a clock in parentheses: a chat's speaker takes turns ("Build
 * (12:30): ok" over "Deploy (14:10): ok" is a log). */
static int another_turn(const char *s, size_t len, size_t ls, size_t e)
{
	size_t a = ls > 2000 ? ls - 2000 : 0, b = ls + 2000 < len ? ls + 2000 : len, n = e - ls + 2;
	for (size_t i = a; i + n < b; i++) {
		const char *p = memmem(s + i, b - i, s + ls, n);
		if (!p)
			return 0;
		i = (size_t)(p - s);
		if (i != ls && (i == 0 || s[i - 1] == '\n') && clock_paren(s, len, i + n - 1))
			return 1;
	}
	return 0;
}

/* The speaker's name [a, e) said in the chat's messages after `from`. */
static unsigned echoes(struct rx_ctx *c, size_t a, size_t e, size_t from)
{
	const char *s = c->text;
	size_t len = c->len, n = e - a, lim = from + 4000 < len ? from + 4000 : len;
	unsigned k = 0;
	for (size_t q = from; q + n <= lim;) {
		const char *p = memmem(s + q, lim - q, s + a, n);
		if (!p)
			break;
		size_t i = (size_t)(p - s), ie = i + n;
		q = ie;
		size_t ls = rx_line_start(s, i), x;
		/* (inside a message: after its line's speaker and clock) */
		const char *open = memchr(s + ls, '(', i > ls ? i - ls : 0);
		if (i == ls || !open || !(x = clock_paren(s, len, (size_t)(open - s))) || x > i ||
		    rx_letter_before(s, i) || (ie < len && rx_letter_at(s, len, ie)))
			continue;
		/* (and a surname after it: one word, then a comma, a full stop
		 * or the line's end) */
		size_t w = ie;
		if (w + 1 < len && s[w] == ' ') {
			size_t t = w + 1, l;
			while (t < len && !((unsigned char)s[t] == 0xD8 && t + 1 < len && (unsigned char)s[t + 1] == 0x8C) &&
			       (l = rx_letter_at(s, len, t)) > 0)
				t += l; /* (the Arabic comma ends it) */
			while (t + 3 <= len && (unsigned char)s[t] >= 0xE0 && !rx_letter_at(s, len, t) && s[t] != ' ' &&
			       !((unsigned char)s[t] == 0xE3 && (unsigned char)s[t + 1] == 0x80))
				t += 3;
			/* (or a date after it, or in Thai, written without commas,
			 * whatever follows: "รัตนาภรณ์ สุขสมบูรณ์ 14/11/2497") */
			int thai = (unsigned char)s[w + 1] == 0xE0 && ((unsigned char)s[w + 2] == 0xB8 || (unsigned char)s[w + 2] == 0xB9);
			if (t > w + 1 && (t == len || rx_in(",.\n\r", s[t]) || (unsigned char)s[t] == 0xEF ||
					  ((unsigned char)s[t] == 0xD8 && t + 1 < len && (unsigned char)s[t + 1] == 0x8C) ||
					  (s[t] == ' ' && (thai || (t + 1 < len && rx_is_digit((unsigned char)s[t + 1]))))))
				w = t;
		}
		if (w == ie && !(ie == len || rx_in(",.!?\n\r", s[ie]) || s[ie] == ' '))
			continue;
		k += (unsigned)rx_emit(c, i, w, REDACT_PERSON);
	}
	return k;
}

unsigned pn_detect_paren_clock_speaker(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, p = c->ms;
	/* (a cheap look first: a digit after the parenthesis, a space before) */
	if (p < 2 || p + 8 >= len || s[p - 1] != ' ' || !rx_is_digit((unsigned char)s[p + 1]))
		return 0;
	size_t after = clock_paren(s, len, p);
	if (!after)
		return 0;
	size_t ls = rx_line_start(s, p), e = p - 1;
	if (!speaker_words(s, len, ls, e) || !another_turn(s, len, ls, e))
		return 0;
	/* (a system's or a role's turn: "Bot (09:00): ...") */
	static const char *const roles[] = {"bot", "system", "admin", "support", "agent", "operator", "user",
					    "assistant", "court", "clerk", "registry", "speaker",
					    /* (the exporter's own turns: "Eu (19:35): ...") */
					    "me", "moi", "ich", "ik", "eu", "io", "yo", "ja", "jag", "jeg", "minä", "ben",
					    "я", "ego", "you", "du", "tú", "tu", "você", "vous", NULL};
	for (const char *const *r = roles; *r; r++)
		if (strlen(*r) == e - ls && rx_fold_eq(s + ls, *r, e - ls))
			return 0;
	unsigned k = (unsigned)rx_emit(c, ls, e, REDACT_PERSON);
	/* (the name's echoes, once: at the speaker's first turn) */
	for (size_t q = ls; q > 0;) {
		size_t pl = rx_line_start(s, q - 1);
		if (q - pl > e - ls + 1 && !memcmp(s + pl, s + ls, e - ls + 2))
			return k;
		q = pl;
		if (ls - q > 4000)
			break;
	}
	return k + echoes(c, ls, e, after);
}
