/* person_chat.c: a chat export's speakers and their time stamps
 * (pn_chat_speaker, pn_clocked_chat, pn_noted_speaker_end). Moved here
 * from person_ctx.c in stop 63 to keep that file short. */
#include <string.h>

#include "person_int.h"

/* "[12/03/2024, 14:22] Maria Silva: ..." or "12/03/24, 14:22 - Maria: ...". */
int pn_chat_speaker(const char *s, size_t len, size_t at, size_t end)
{
	if (end + 1 >= len || s[end] != ':' || s[end + 1] != ' ')
		return 0;
	size_t ls = rx_line_start(s, at);
	if (at == ls)
		return 0;
	/* a date and a time ("14:22"), not a label ("Tel: +49-30-1234567, ");
	 * a time alone is a chat room's, whose speakers are handles */
	int digits = 0, clock = 0;
	for (size_t i = ls; i < at; i++) {
		digits += rx_is_digit((unsigned char)s[i]);
		clock |= s[i] == ':' && i >= ls + 1 && i + 2 < at && rx_is_digit((unsigned char)s[i - 1]) &&
			 rx_is_digit((unsigned char)s[i + 1]) && rx_is_digit((unsigned char)s[i + 2]);
	}
	if (!clock || at - ls > 30)
		return 0;
	if (digits >= 6 && (s[at - 2] == ']' || s[at - 2] == '-' || s[at - 2] == ','))
		return 1;
	/* a time alone in brackets ("[16:31] Weronika: ...", Pidgin's
	 * "(09:23:12) Anna: ..."): a speaker the caller still asks the
	 * gazetteer about */
	if (digits <= 6 && ((s[ls] == '[' && s[at - 2] == ']') || (s[ls] == '(' && s[at - 2] == ')')))
		return 2;
	/* an ISO date and a time, no bracket ("2026-04-11 11:05 Rayane: ..."):
	 * a log line's too, so the caller asks */
	return digits == 12 && rx_is_digit((unsigned char)s[ls]) && rx_is_digit((unsigned char)s[at - 2]) &&
			       s[at - 1] == ' ' && ls + 4 < at && s[ls + 4] == '-'
		       ? 2
		       : 0;
}

/* The stamp a chat line opens with: a clock in brackets ("[11:14] ") or an
 * ISO date and a clock ("2026-04-11 11:05 "); where the speaker starts,
 * or RX_NONE. */
static size_t chat_stamp_end(const char *s, size_t ls, size_t le)
{
	size_t i = ls, digits = 0;
	int clock = 0;
	if (i < le && s[i] == '[')
		i++;
	for (; i < le && i - ls < 24 && (rx_is_digit((unsigned char)s[i]) || rx_in(":-/., ", s[i])); i++) {
		digits += rx_is_digit((unsigned char)s[i]);
		clock |= s[i] == ':' && i > ls && rx_is_digit((unsigned char)s[i - 1]) && i + 1 < le &&
			 rx_is_digit((unsigned char)s[i + 1]);
	}
	if (!clock || digits < 4)
		return RX_NONE;
	if (s[ls] == '[')
		return i + 1 < le && s[i] == ']' && s[i + 1] == ' ' ? i + 2 : RX_NONE;
	return i > ls && s[i - 1] == ' ' && s[ls + 4] == '-' && digits == 12 ? i : RX_NONE; /* (no seconds: a log's) */
}

int pn_clocked_chat(const char *s, size_t len, size_t at)
{
	size_t ls = rx_line_start(s, at), turns = 0;
	for (int dir = -1; dir <= 1; dir += 2) {
		size_t p = ls;
		for (int k = 0; k < 10; k++) {
			size_t q = pn_line_step(s, len, p, dir);
			if (q == RX_NONE)
				break;
			p = q;
			size_t qe = rx_line_end(s, len, q), a = chat_stamp_end(s, q, qe), e = a;
			if (a == RX_NONE)
				continue;
			int handle = !(rx_is_upper((unsigned char)s[a]) || (unsigned char)s[a] >= 0xC3);
			while (e < qe && e - a < 40 && s[e] != ':') {
				handle |= s[e] == '_' || rx_is_digit((unsigned char)s[e]);
				e++;
			}
			if (e + 1 >= qe || s[e] != ':' || s[e + 1] != ' ')
				continue;
			/* (a room of handles, "kappa_queen: ...", "frostbyte: ...":
			 * its speakers are no names) */
			if (handle)
				return 0;
			turns++;
		}
	}
	return turns >= 1;
}

size_t pn_noted_speaker_end(const char *s, size_t len, size_t end)
{
	if (end + 5 >= len || s[end] != ' ' || s[end + 1] != '(')
		return end;
	size_t i = end + 2;
	/* (a clock's colon inside: "Duarte (19:35): ...") */
	while (i < len && i - end < 42 &&
	       (!rx_in("():\n", s[i]) ||
		(s[i] == ':' && i + 1 < len && rx_is_digit((unsigned char)s[i - 1]) && rx_is_digit((unsigned char)s[i + 1]))))
		i++;
	return i + 2 < len && i > end + 2 && s[i] == ')' && s[i + 1] == ':' && s[i + 2] == ' ' ? i + 1 : end;
}
