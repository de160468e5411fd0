/* secret_wifi.c: a router's keys as people copy them off its sticker or its
 * page: a key of digit groups ("Clé de sécurité Wi-Fi: 1669 5899 9670 1362
 * 9709", "Wi-Fi password: 4897 1226 ..."), and a guest network's name and
 * key after a Wi-Fi label ("Guest Wi-Fi: GUEST-PB / kingfisher*4034x"). */
#include <string.h>

#include "secret_int.h"

size_t sc_digit_groups(const char *s, size_t len, size_t vs)
{
	size_t i = vs, groups = 0, digits = 0, e = vs;
	for (;;) {
		size_t d = 0;
		while (i < len && rx_is_digit((unsigned char)s[i]))
			i++, d++;
		if (d < 4 || d > 6)
			return groups >= 3 && digits >= 12 ? e : vs;
		groups++;
		digits += d;
		e = i;
		if (i + 1 < len && s[i] == ' ' && rx_is_digit((unsigned char)s[i + 1]))
			i++;
		else
			break;
	}
	/* (the key ends the line or its field) */
	if (e < len && !rx_in(" \r\n\t<|,;", s[e]))
		return vs;
	return groups >= 3 && digits >= 12 ? e : vs;
}

static const char *const wifi_words[] = {"wi-fi", "wifi", "wlan", "gastenwifi", "gäste-wlan",
					 "gastwlan", "gast-wlan", "guest network", "wifi invités",
					 "wi-fi invités", "wifi ospiti", "wifi de invitados", NULL};
static struct rx_kwset wifi_kws = RX_KWSET(wifi_words);

unsigned sc_wifi_pair(struct rx_ctx *c, size_t vs)
{
	const char *s = c->text;
	/* the network's name, " / ", the key to the line's end (looked at
	 * first: most values are none) */
	size_t q = vs, lim = vs + 40 < c->len ? vs + 40 : c->len;
	while (q < lim && s[q] != ' ' && s[q] != '/' && s[q] != '\n')
		q++;
	if (q == vs || q + 3 >= c->len || memcmp(s + q, " / ", 3) != 0)
		return 0;
	size_t le = rx_line_end(s, c->len, vs);
	if (q + 3 >= le)
		return 0;
	size_t ls = rx_line_start(s, c->ms), e = c->ms;
	while (e > ls && s[e - 1] == ' ')
		e--;
	if (e == ls || !rx_kw_ends(c, &wifi_kws, e > ls + 24 ? e - 24 : ls, e))
		return 0;
	size_t ks = q + 3, ke = le;
	while (ke > ks && rx_in(" \r", s[ke - 1]))
		ke--;
	size_t g = sc_digit_groups(s, c->len, ks);
	if (g != ks)
		return (unsigned)rx_emit(c, ks, g, REDACT_SECRET);
	if (ke - ks < 8 || ke - ks > 64 || memchr(s + ks, ' ', ke - ks) || !sc_varied(s + ks, ke - ks) ||
	    sc_placeholder(s + ks, ke - ks))
		return 0;
	return (unsigned)rx_emit(c, ks, ke, REDACT_SECRET);
}

unsigned sc_wifi_named(struct rx_ctx *c, size_t vs, size_t ve)
{
	const char *s = c->text;
	size_t q = c->ms;
	while (q > 0 && s[q - 1] == ' ')
		q--;
	if (q < 4 || s[q - 1] != '"')
		return 0;
	size_t a = q - 1;
	while (a > 0 && q - a < 40 && s[a - 1] != '"' && s[a - 1] != '\n')
		a--;
	if (a < 2 || s[a - 1] != '"' || a + 1 >= q)
		return 0;
	size_t w = a - 1, ls = rx_line_start(s, w);
	while (w > ls && s[w - 1] == ' ')
		w--;
	if (w == ls || !rx_kw_ends(c, &wifi_kws, w > ls + 24 ? w - 24 : ls, w))
		return 0;
	if (ve - vs < 6 || ve - vs > 64 || !sc_varied(s + vs, ve - vs) || sc_placeholder(s + vs, ve - vs))
		return 0;
	return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
}
