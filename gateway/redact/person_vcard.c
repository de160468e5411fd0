/* person_vcard.c: the parts of a vCard's structured name ("N:"), each a
 * person's name. */
#include <string.h>

#include "person_int.h"

/* vCard "N:Family;Given;Middle;Prefix;Suffix": the name parts. */
static unsigned detect_vcard_n(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t le = rx_line_end(s, c->len, c->me), i = c->me + 1;
	unsigned k = 0;
	for (int part = 0; part < 3 && i <= le; part++) {
		size_t e = i;
		while (e < le && s[e] != ';')
			e++;
		size_t a = i, b = e;
		while (a < b && s[a] == ' ')
			a++;
		while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\r'))
			b--;
		if (b > a)
			k += (unsigned)rx_emit(c, a, b, REDACT_PERSON);
		i = e + 1;
	}
	return k;
}

unsigned pn_detect_vcard(struct rx_ctx *c)
{
	const char *s = c->text;
	/* vCard "N:" / "N;...:" at a line start */
	if (s[c->ms] != 'N' || (c->ms > 0 && s[c->ms - 1] != '\n') || c->ms + 2 > c->len ||
	    (s[c->ms + 1] != ':' && s[c->ms + 1] != ';'))
		return 0;
	size_t i = c->ms + 1, le = rx_line_end(s, c->len, c->ms);
	while (i < le && s[i] != ':')
		i++;
	if (i >= le || !memchr(s + i, ';', le - i))
		return 0;
	c->me = i;
	return detect_vcard_n(c);
}

static const char *const n_words[] = {"n", NULL};
struct rx_kwset pn_vcard_kws = RX_KWSET(n_words);
