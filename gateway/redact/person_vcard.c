/* person_vcard.c: names in the structured forms of address books and
 * family trees: a vCard's "N:" parts, GEDCOM's NAME, GIVN and SURN lines. */
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

/* GEDCOM: "1 NAME Gwilym /ab Owain/", "2 GIVN Gwilym", "2 SURN ab Owain":
 * a level number at the line's start, the tag, the name to the line's end. */
unsigned pn_detect_gedcom(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t ls = rx_line_start(s, c->ms);
	if (c->ms != ls + 2 || !rx_is_digit((unsigned char)s[ls]) || s[ls + 1] != ' ' ||
	    c->me - c->ms != 4 || !rx_is_upper((unsigned char)s[c->ms]) || c->me + 2 >= c->len || s[c->me] != ' ')
		return 0;
	size_t a = c->me + 1, e = rx_line_end(s, c->len, a);
	while (e > a && (s[e - 1] == ' ' || s[e - 1] == '\r'))
		e--;
	if (e <= a || e - a > 120 || !(rx_cap_at(s, c->len, a) || s[a] == '/' || rx_is_lower((unsigned char)s[a])))
		return 0;
	for (size_t i = a; i < e; i++)
		if (rx_is_digit((unsigned char)s[i]) || s[i] == '@')
			return 0;
	return (unsigned)rx_emit(c, a, e, REDACT_PERSON);
}

static const char *const gedcom_words[] = {"name", "givn", "surn", NULL};
struct rx_kwset pn_gedcom_kws = RX_KWSET(gedcom_words);
