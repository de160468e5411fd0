/* dob_chat.c: a speaker's label before a birth date's line, in a call's
 * notes or a chat's export (rx_dob_speaker_before). Moved here from dob.c
 * in stop 64 to keep that file short. */
#include <string.h>

#include "redact_int.h"

/* A speaker's label ("CUSTOMER: ", "B: ") alone before at on its line. */
int rx_dob_speaker_before(const char *s, size_t ls, size_t at)
{
	/* (a chat's clock first: "[16:28] Eu: ") */
	/* (and a WhatsApp export's "[29.09.26, 14:49] Игорь: ") */
	if (at >= ls + 8 && s[ls] == '[') {
		const char *rb = memchr(s + ls, ']', at - ls < 24 ? at - ls : 24);
		if (rb && rb[1] == ' ')
			ls = (size_t)(rb - s) + 2;
	}
	/* (or the speaker's name and a comma, answering name and birth date
	 * together: "[13:16] Io: Raffaella Boccadoro, 21/04/1992"; stop 52) */
	size_t colon = at - 2;
	/* (the comma in its scripts: "، ", "，", "、"; or, in Thai, a space
	 * alone; stop 64) */
	const unsigned char *u = (const unsigned char *)s;
	size_t sep = 0;
	if (at >= ls + 8) {
		if (s[at - 1] == ' ' && s[at - 2] == ',')
			sep = 2;
		else if (s[at - 1] == ' ' && u[at - 3] == 0xD8 && u[at - 2] == 0x8C)
			sep = 3;
		else if ((u[at - 3] == 0xEF && u[at - 2] == 0xBC && u[at - 1] == 0x8C) ||
			 (u[at - 3] == 0xE3 && u[at - 2] == 0x80 && u[at - 1] == 0x81))
			sep = 3;
		else if (s[at - 1] == ' ' && u[at - 4] == 0xE0 && (u[at - 3] == 0xB8 || u[at - 3] == 0xB9))
			sep = 1;
	}
	if (sep) {
		/* the speaker's colon and a space (after a clock in parentheses
		 * or a chat export's date and time: "Nurhan (09:00): ...",
		 * "02.10.25 14:59 - Gideon: ..."; stop 64) */
		size_t q = ls;
		while (q + 1 < at - sep && q < ls + 48 && !(s[q] == ':' && s[q + 1] == ' '))
			q++;
		if (q + 1 >= at - sep || q >= ls + 48 || !(rx_cap_at(s, at, q + 2) || u[q + 2] >= 0xD7))
			return 0;
		for (size_t i = q + 2; i < at - sep; i++)
			if (!rx_is_alpha(u[i]) && !rx_in(" '-", s[i]) && u[i] < 0x80)
				return 0;
		/* (before it a name, after a clock perhaps: no other field) */
		int letters = 0;
		for (size_t i = ls; i < q; i++) {
			letters |= rx_is_alpha(u[i]) || u[i] >= 0x80;
			if (!rx_is_alnum(u[i]) && !rx_in(" '-.,:/()[]", s[i]) && u[i] < 0x80)
				return 0;
		}
		return letters;
	}
	if (at < ls + 3 || s[at - 1] != ' ' || s[colon] != ':' || at - ls > 40)
		return 0;
	for (size_t i = ls; i < at - 2; i++)
		if (!rx_is_alpha((unsigned char)s[i]) && s[i] != ' ' && (unsigned char)s[i] < 0x80)
			return 0;
	return 1;
}
