/* secret_again.c: a secret said again. A secret found in a message is
 * remembered for the rest of it, and its later occurrences are secrets too,
 * with or without a label: "psk=Papillon1593*p ... la puse en
 * Papillon1593*p", "IDENTIFIED BY 'Pastel3012=d' ... mysql -p then
 * Pastel3012=d". (Like person_again.c and phone.c's numbers said again,
 * only later occurrences: the scan reports spans in order.) */
/* memmem: _GNU_SOURCE comes from the build */
#include <string.h>

#include "redact_int.h"

static int word_byte(unsigned char b)
{
	return rx_is_alnum(b) || b == '_' || b >= 0x80;
}

/* Whether the value is worth remembering: one word of 6 to 256 bytes
 * without spaces, with a digit, a symbol or both cases, or of 16 bytes or
 * more (a lower-case word of 6-15 letters is too often an ordinary one). */
static int rememberable(const unsigned char *v, size_t n)
{
	int dig = 0, low = 0, up = 0, sym = 0;
	if (n < 6 || n > 256)
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char b = v[i];
		if (b <= ' ' || b == 0x7F)
			return 0;
		if (rx_is_digit(b))
			dig = 1;
		else if (b >= 'a' && b <= 'z')
			low = 1;
		else if (b >= 'A' && b <= 'Z')
			up |= i > 0;
		else if (b < 0x80)
			sym = 1;
	}
	return dig || sym || (up && low) || n >= 16;
}

void sc_again(struct rx_ctx *c, size_t start, size_t end)
{
	const unsigned char *u = (const unsigned char *)c->text;
	size_t n = end - start;
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
	size_t p = end;
	while (c->nout < RX_MAX_OUT && p + n <= c->len) {
		const unsigned char *f = memmem(u + p, c->len - p, u + start, n);
		if (!f)
			break;
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
