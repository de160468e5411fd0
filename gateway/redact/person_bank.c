/* person_bank.c: the names of a bank file's parties, where only the
 * file's layout says "person":
 *
 *   :86:/IBAN/NL57SRMN5341954114/NAME/TJITSKE FABER/REMI/...   MT940's
 *       structured information (also /ORDP/.../NAME/, /BENM//NAME/)
 *   6220910000198142363619...        RACHEL WALDNER          0060938415200594
 *       a NACHA (ACH) entry detail record: 94 characters, record type 6,
 *       the individual's name in columns 55-76 */
#include <string.h>

#include "person_int.h"

static const char *const name_words[] = {"name", NULL};
struct rx_kwset pn_bank_name_kws = RX_KWSET(name_words);

/* At "NAME" between slashes: the name up to the next '/' or the line's
 * end, on a line of MT940's ":86:" field (or its continuation). */
unsigned pn_detect_mt940_name(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t a = c->me + 1;
	if (c->ms == 0 || s[c->ms - 1] != '/' || c->me - c->ms != 4 || a >= c->len || s[c->me] != '/' ||
	    memcmp(s + c->ms, "NAME", 4) != 0 || !rx_is_upper((unsigned char)s[a]))
		return 0;
	/* the ":86:" field on this line or one of the two above */
	size_t ls = rx_line_start(s, c->ms);
	int field = 0;
	for (int k = 0; k < 3 && !field; k++) {
		field = c->ms - ls >= 4 && memcmp(s + ls, ":86:", 4) == 0;
		if (ls == 0)
			break;
		ls = rx_line_start(s, ls - 1);
	}
	if (!field)
		return 0;
	size_t e = a;
	while (e < c->len && e - a < 70 && s[e] != '/' && s[e] != '\n' && s[e] != '\r')
		e++;
	while (e > a && s[e - 1] == ' ')
		e--;
	/* two words at least, letters */
	if (e - a < 4 || !memchr(s + a, ' ', e - a))
		return 0;
	return (unsigned)rx_emit(c, a, e, REDACT_PERSON);
}

/* At a line's first digit: a NACHA entry detail record ("6", a transaction
 * code, the routing number...), 94 characters; the name in columns 55-76
 * when it holds letters. */
unsigned pn_detect_nacha_name(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t ls = c->ms;
	if (s[ls] != '6' || (ls > 0 && s[ls - 1] != '\n') || ls + 94 > c->len)
		return 0;
	size_t le = rx_line_end(s, c->len, ls);
	if (le - ls != 94 && !(le - ls == 95 && s[le - 1] == '\r'))
		return 0;
	/* the transaction code and the routing number: digits */
	for (size_t i = ls + 1; i < ls + 12; i++)
		if (!rx_is_digit((unsigned char)s[i]))
			return 0;
	size_t a = ls + 54, e = ls + 76;
	while (a < e && s[a] == ' ')
		a++;
	while (e > a && s[e - 1] == ' ')
		e--;
	if (e - a < 4 || !memchr(s + a, ' ', e - a))
		return 0;
	for (size_t i = a; i < e; i++)
		if (!rx_is_alpha((unsigned char)s[i]) && !rx_in(" .'-,", s[i]))
			return 0;
	return (unsigned)rx_emit(c, a, e, REDACT_PERSON);
}
