/* secret_again.c: a secret said again. A secret found in a message is
 * remembered, and its other occurrences in the message, before or after
 * it, are secrets too, with or without a label: "psk=Papillon1593*p ... la
 * puse en Papillon1593*p", "I set it to Kiraz4388 ... WIFI:...;P:Kiraz4388;".
 * (The scan resolves its candidates at the message's end, so one before
 * the trigger's position still counts: engine.c.) */
#include <string.h>

#include "secret_int.h"

static int word_byte(unsigned char b)
{
	return rx_is_alnum(b) || b == '_' || b >= 0x80;
}

/* The classes of v's bytes, OR-ed: 1 a space or a control (which counts
 * as a symbol too), 2 a digit, 4 a lower-case letter, 8 a capital after
 * the first byte (a capital first letter is no case mix), 16 an ASCII
 * symbol. */
static unsigned byte_classes(const unsigned char *v, size_t n)
{
	static const unsigned char cls[256] = {
		[0 ... 32] = 17, [127] = 17, ['0' ... '9'] = 2, ['a' ... 'z'] = 4, ['A' ... 'Z'] = 8,
		['!' ... '/'] = 16, [':' ... '@'] = 16, ['[' ... '`'] = 16, ['{' ... '~'] = 16,
	};
	unsigned acc = 0;
	for (size_t i = 1; i < n; i++)
		acc |= cls[v[i]];
	return n ? acc | (cls[v[0]] & ~8u) : 0;
}

int sc_varied(const char *v, size_t n)
{
	unsigned acc = byte_classes((const unsigned char *)v, n);
	return (acc & 18) || (acc & 12) == 12;
}

/* Whether the value is worth remembering: one word of 6 to 256 bytes
 * without spaces, varied (sc_varied), or of 16 bytes or more (a lower-case
 * word of 6-15 letters is too often an ordinary one). */
static int rememberable(const unsigned char *v, size_t n)
{
	if (n < 6 || n > 256)
		return 0;
	unsigned acc = byte_classes(v, n);
	return !(acc & 1) && ((acc & 18) || (acc & 12) == 12 || n >= 16);
}

/* A short code (four to eight digits, a '#' or '*' after them) said
 * again in the three lines after it, as a chat's answer repeats a door's
 * code asked about ("Gate code still 3066?" / "Yes, 3066."; stop 53):
 * too short to be looked for in the whole message, where a year or an
 * amount may share its digits. */
static void short_again(struct rx_ctx *c, size_t start, size_t end)
{
	const char *s = c->text;
	size_t n = end - start, lim = end;
	for (int k = 0; k < 4 && lim < c->len; k++) {
		const char *nl = memchr(s + lim + (k > 0), '\n', c->len - lim - (k > 0));
		lim = nl ? (size_t)(nl - s) : c->len;
	}
	for (size_t p = end; p + n <= lim && c->nout < RX_MAX_OUT; p++) {
		if (memcmp(s + p, s + start, n) != 0 || rx_is_alnum((unsigned char)s[p - 1]) ||
		    (p + n < c->len && (rx_is_alnum((unsigned char)s[p + n]) || s[p + n] == '#' || s[p + n] == '*' ||
					(rx_in(".,:/-", s[p + n]) && p + n + 1 < c->len &&
					 rx_is_digit((unsigned char)s[p + n + 1])))))
			continue;
		c->out[c->nout].start = p;
		c->out[c->nout].end = p + n;
		c->out[c->nout].type = REDACT_SECRET;
		c->nout++;
		p += n;
	}
}

void sc_again(struct rx_ctx *c, size_t start, size_t end)
{
	const unsigned char *u = (const unsigned char *)c->text;
	size_t n = end - start;
	if (n >= 4 && n <= 9 && !rememberable(u + start, n)) {
		size_t d = 0;
		while (d < n && rx_is_digit(u[start + d]))
			d++;
		if (d >= 4 && d <= 8 && (d == n || (d + 1 == n && (u[end - 1] == '#' || u[end - 1] == '*'))))
			short_again(c, start, end);
		return;
	}
	if (c->nagain == RX_MAX_AGAIN || !rememberable(u + start, n))
		return;
	for (unsigned k = 0; k < c->nagain; k++)
		if (c->again_n[k] == n && memcmp(u + c->again_s[k], u + start, n) == 0)
			return;
	c->again_s[c->nagain] = start;
	c->again_n[c->nagain++] = (uint16_t)n;
	/* a word's edge must be the occurrence's edge ("Pastel3012=d" is not
	 * in "xPastel3012=d"); a symbol at an edge needs nothing */
	int lead = word_byte(u[start]), trail = word_byte(u[end - 1]);
	size_t p = 0, misses = 0;
	while (c->nout < RX_MAX_OUT && p + n <= c->len) {
		if (p == start) {
			p = end; /* the value found */
			continue;
		}
		/* (the first byte by memchr, then the rest: most values'
		 * first bytes are rare, and glibc's memmem hashes every pair;
		 * after 32 false starts memmem, whose time is linear, so that
		 * "aaa...ab" in a megabyte of 'a' costs no more than a pass) */
		const unsigned char *f = misses < 32 ? memchr(u + p, u[start], c->len - n + 1 - p)
						     : memmem(u + p, c->len - p, u + start, n);
		if (!f)
			break;
		if (memcmp(f + 1, u + start + 1, n - 1) != 0) {
			misses++;
			p = (size_t)(f - u) + 1;
			continue;
		}
		size_t s = (size_t)(f - u);
		if ((!lead || s == 0 || !word_byte(u[s - 1])) &&
		    (!trail || s + n == c->len || !word_byte(u[s + n]))) {
			c->out[c->nout].start = s;
			c->out[c->nout].end = s + n;
			c->out[c->nout].type = REDACT_SECRET;
			c->nout++;
			p = s + n;
		} else {
			p = s + 1;
		}
	}
}
