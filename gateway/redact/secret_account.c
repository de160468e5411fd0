/* secret_account.c: an account's password where a family's or a shop's
 * note writes it, after the sign-in address and a slash:
 *
 *   Netflix: a.kilic@outlook.com / OtterLuna1907!
 *   Disney+: ebba_berg20@gmail.com | Otter_Mar1245$
 *
 * Fired at the '/' or '|' between them: the word before is an e-mail
 * address, the word after (to the line's end) reads like a password. A
 * phone, a second address or a plain word after the slash is none. */
#include <string.h>

#include "secret_int.h"

unsigned sc_detect_account_pair(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t at = c->ms, len = c->len;
	/* (a cheap look first: one space on each side, an address's last
	 * letter before them) */
	if (at < 6 || at + 8 > len || s[at - 1] != ' ' || s[at + 1] != ' ' || !rx_is_alpha((unsigned char)s[at - 2]))
		return 0;
	/* the address before: a word with '@' and a '.' after it */
	size_t b = at - 1, ls = rx_line_start(s, at);
	while (b > ls && at - b < 80 && s[b - 1] != ' ' && s[b - 1] != '\t')
		b--;
	const char *ap = memchr(s + b, '@', at - 1 - b);
	if (!ap || !memchr(ap, '.', (size_t)(s + at - 1 - ap)))
		return 0;
	/* the password after: one word to the line's end, or one of letters
	 * and a digit or a symbol inside a sentence ("mon identifiant
	 * a@b.fr / Jalebi!p4j&. Ensuite ...", "로그인 a@b.net / Fjord*1993?를
	 * 입력했어요"), up to a space, a letter of another script, or a full
	 * stop or a comma before a space */
	size_t vs = at + 2, le = rx_line_end(s, len, vs), ve = le;
	while (ve > vs && rx_in(" \r", s[ve - 1]))
		ve--;
	int inside = 0;
	{
		size_t w = vs;
		while (w < ve && s[w] != ' ' && s[w] != '\t' && (unsigned char)s[w] < 0x80 &&
		       !(rx_in(".,;)", s[w]) && (w + 1 == ve || s[w + 1] == ' ' || (unsigned char)s[w + 1] >= 0x80)))
			w++;
		if (w < ve) {
			inside = 1;
			ve = w;
		}
	}
	int dsym = 0;
	for (size_t i = vs; i < ve && !dsym; i++)
		dsym = !rx_is_alpha((unsigned char)s[i]);
	if (ve <= vs || ve - vs > 64 || memchr(s + vs, ' ', ve - vs) || memchr(s + vs, '@', ve - vs) ||
	    s[vs] == '+' || !sc_password_like(s + vs, ve - vs) ||
	    (inside && (s[at] != '/' || ve - vs < 6 || !dsym || s[ve - 1] == ':' ||
			(ve + 3 <= le && !memcmp(s + ve, " / ", 3)))))
		return 0;
	/* (a letter in it: digits and separators are a phone) */
	size_t i = vs;
	while (i < ve && !rx_is_alpha((unsigned char)s[i]))
		i++;
	if (i == ve)
		return 0;
	return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
}

int sc_app_password(const char *s, size_t len, size_t vs)
{
	if (vs + 19 > len || !(vs + 19 == len || rx_in("\r\n\"'", s[vs + 19])))
		return 0;
	for (int i = 0; i < 19; i++)
		if (i % 5 == 4 ? s[vs + i] != ' ' : !rx_is_lower((unsigned char)s[vs + i]))
			return 0;
	return 1;
}
