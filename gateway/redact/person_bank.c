/* person_bank.c: the names of a bank file's parties, where only the
 * file's layout says "person":
 *
 *   :86:/IBAN/NL57SRMN5341954114/NAME/TJITSKE FABER/REMI/...   MT940's
 *       structured information (also /ORDP/.../NAME/, /BENM//NAME/)
 *   6220910000198142363619...        RACHEL WALDNER          0060938415200594
 *       a NACHA (ACH) entry detail record: 94 characters, record type 6,
 *       the individual's name in columns 55-76
 *   !Type:Bank ... T-162.32 / PCikigaq Ayagalria / ^     a QIF register's
 *       payee, the 'P' line of a transaction */
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

/* At a 'P' opening a line of a QIF register (a transaction's 'D', 'T',
 * 'U', 'N', 'C', 'M' or 'L' line above it, "!Type:" before): the payee
 * when it reads as a name of two words or more ("Tesco" alone is none). */
unsigned pn_detect_qif_payee(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t at = c->ms;
	if (s[at] != 'P' || at < 8 || s[at - 1] != '\n' || at + 4 >= c->len || !rx_cap_at(s, c->len, at + 1))
		return 0;
	size_t ps = rx_line_start(s, at - 1), from = at > 4096 ? at - 4096 : 0;
	if (!rx_in("DTUNCML", s[ps]) || !memmem(s + from, at - from, "!Type:", 6))
		return 0;
	struct name n;
	size_t le = rx_line_end(s, c->len, at);
	while (le > at && (s[le - 1] == '\r' || s[le - 1] == ' '))
		le--;
	if (!pn_parse_name(s, c->len, at + 1, &n) || n.end != le || n.nt < 2)
		return 0;
	static const char *const firm[] = {"stores", "store", "shop", "supermarket", "market",
					   "restaurant", "cafe", "café", "pharmacy", "ltd", "limited",
					   "inc", "llc", "gmbh", "plc", "co", "corp", "services",
					   "insurance", "energy", "telecom", "mobile", "electric",
					   "utilities", "airways", "airlines", "hotel", NULL};
	static struct rx_kwset firm_kws = RX_KWSET(firm);
	for (size_t k = 0; k < n.nt; k++)
		if ((pn_stop_token(c, &n, k) && !pn_namelike_stop(c, &n, k)) ||
		    pn_kw_word(c, &firm_kws, n.ts[k], n.te[k]) || pn_kw_word(c, &pn_place_last_kws, n.ts[k], n.te[k]))
			return 0;
	return (unsigned)rx_emit(c, at + 1, n.end, REDACT_PERSON);
}
