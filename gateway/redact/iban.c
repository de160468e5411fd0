/* iban: International Bank Account Numbers, contiguous or grouped (groups of
 * 4, national groupings, only the country block split off) with spaces,
 * NBSP, narrow NBSP or dashes, in either case. Valid when the country is in
 * the SWIFT IBAN registry, the length is that country's, and ISO 7064 MOD
 * 97-10 gives 1. Tracking numbers like "JD0149..." name no IBAN country. */
#include <string.h>

#include "redact_int.h"

/* SWIFT IBAN registry (countries and lengths). */
static const struct {
	char cc[3];
	unsigned char len;
} iban_len[] = {
	{"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20},
	{"BE", 16}, {"BG", 22}, {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28},
	{"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24}, {"DE", 22}, {"DJ", 27},
	{"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18},
	{"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23},
	{"GL", 18}, {"GR", 27}, {"GT", 28}, {"HN", 28}, {"HR", 21}, {"HU", 28},
	{"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27}, {"JO", 30},
	{"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20},
	{"LU", 20}, {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22},
	{"MK", 19}, {"MN", 20}, {"MR", 27}, {"MT", 31}, {"MU", 30}, {"NI", 28},
	{"NL", 18}, {"NO", 15}, {"OM", 23}, {"PK", 24}, {"PL", 28}, {"PS", 29},
	{"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33}, {"SA", 24},
	{"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27},
	{"SO", 23}, {"ST", 25}, {"SV", 28}, {"TL", 23}, {"TN", 24}, {"TR", 26},
	{"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20}, {"YE", 30},
};

static unsigned country_len(char a, char b)
{
	for (size_t i = 0; i < sizeof iban_len / sizeof iban_len[0]; i++)
		if (a == iban_len[i].cc[0] && b == iban_len[i].cc[1])
			return iban_len[i].len;
	return 0;
}

static unsigned detect_iban(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, i = c->ms, nc = 0;
	char v[40];
	if (i + 4 > len || !rx_is_alpha((unsigned char)s[i]) || !rx_is_alpha((unsigned char)s[i + 1]) ||
	    !rx_is_digit((unsigned char)s[i + 2]) || !rx_is_digit((unsigned char)s[i + 3]))
		return 0;
	unsigned want = country_len(rx_upper(s[i]), rx_upper(s[i + 1]));
	if (!want)
		return 0;
	size_t sepw = 0;
	const char *sep = NULL;
	while (i < len) {
		size_t st = i;
		while (i < len && rx_is_alnum((unsigned char)s[i]) && nc < want) {
			v[nc++] = rx_upper(s[i]);
			i++;
		}
		if (i == st)
			return 0;
		if (nc == want)
			break;
		size_t k = rx_space_at(s, len, i);
		if (!k && i < len && s[i] == '-')
			k = 1;
		if (!k || i + k >= len || !rx_is_alnum((unsigned char)s[i + k]))
			return 0;
		/* one separator kind; a space group after a dash is another token */
		if (!sep) {
			sep = s + i;
			sepw = k;
		} else if (k != sepw || memcmp(sep, s + i, k) != 0) {
			return 0;
		}
		i += k;
	}
	/* the IBAN must end its token (not stop inside a longer group) */
	if (nc != want || (i < len && (rx_is_alnum((unsigned char)s[i]) || s[i] == '_')))
		return 0;
	for (size_t k = 2; k < 4; k++)
		if (!rx_is_digit((unsigned char)v[k]))
			return 0;
	if (!rx_iban_mod97(v, nc))
		return 0;
	return (unsigned)rx_emit(c, c->ms, i, REDACT_IBAN);
}

const struct rx_trigger rx_iban_triggers[] = {
	{F_IBAN, RX_ON_UPPER | RX_ON_LOWER, RXF_L2D2, NULL, NULL, detect_iban, "iban"},
};
const size_t rx_iban_ntriggers = sizeof rx_iban_triggers / sizeof rx_iban_triggers[0];
