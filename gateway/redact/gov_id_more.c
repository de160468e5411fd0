/* gov_id_more.c: national identifiers found after their own label, each
 * with its check:
 *
 *   CNP: 6060910511000               RO, weights 279146358279 mod 11
 *   Kennitala: 090303-2950           IS, weights 3 2 7 6 5 4 3 2 mod 11
 *   SIN: 486 313 489, NAS : ...      CA social insurance number, Luhn
 *   CUIL: 20-27927650-8              AR CUIL/CUIT, weights 5432765432 mod 11
 *   Versichertennummer: U098940636   DE health insurance number (KVNR)
 *   CURP: HETI650405MDFRRT41         MX, its 18th character mod 10
 *   Henkilötunnus: 191205A012L       FI, the century signs of the 2000s
 *                                    (A-F, U-Y) beside gov_id.c's '-' and '+'
 *
 * The value follows its label within 24 bytes (": ", " nr. ", " #"); the
 * digits without their label are left alone (they are phone numbers,
 * amounts and order numbers as often). */
#include <string.h>

#include "redact_int.h"

enum { ID_CNP, ID_KT, ID_SIN, ID_CUIL, ID_KVNR, ID_CURP, ID_HETU };

/* The labels, and the id each names (in the same order). */
static const char *const label_words[] = {
	"cnp", "cod numeric personal", "kennitala", "kt", "sin", "sin number",
	"social insurance number", "nas", "numéro d'assurance sociale", "cuil", "cuit",
	"versichertennummer", "versicherten-nr", "krankenversichertennummer", "kvnr", "curp",
	"henkilötunnus", "henkilotunnus", "hetu", NULL,
};
static const unsigned char label_ids[] = {
	ID_CNP, ID_CNP, ID_KT, ID_KT, ID_SIN, ID_SIN, ID_SIN, ID_SIN, ID_SIN, ID_CUIL, ID_CUIL,
	ID_KVNR, ID_KVNR, ID_KVNR, ID_KVNR, ID_CURP, ID_HETU, ID_HETU, ID_HETU,
};
_Static_assert(sizeof label_ids == sizeof label_words / sizeof label_words[0] - 1,
	       "one id per label");
struct rx_kwset gv_label_kws = RX_KWSET(label_words);

static int label_kind(const char *w, size_t n)
{
	char f[32];
	if (n >= sizeof f)
		return -1;
	rx_fold(w, n, f, sizeof f);
	for (size_t i = 0; label_words[i]; i++)
		if (strcmp(label_words[i], f) == 0)
			return label_ids[i];
	return -1;
}

/* The digits of s[a, b) without the separators (' ', '-', '.'), at most
 * cap; their count, or 0 when another character comes. */
static size_t digits_of(const char *s, size_t a, size_t b, char *d, size_t cap)
{
	size_t n = 0;
	for (size_t i = a; i < b; i++) {
		if (rx_is_digit((unsigned char)s[i])) {
			if (n == cap)
				return 0;
			d[n++] = s[i];
		} else if (!rx_in(" -.", s[i])) {
			return 0;
		}
	}
	return n;
}

static int weighted(const char *d, const char *w, size_t n)
{
	int sum = 0;
	for (size_t i = 0; i < n; i++)
		sum += (d[i] - '0') * (w[i] - '0');
	return sum;
}

static int cnp_ok(const char *d)
{
	int r = weighted(d, "279146358279", 12) % 11;
	return (r == 10 ? 1 : r) == d[12] - '0' && d[0] != '0';
}

static int kt_ok(const char *d)
{
	int r = 11 - weighted(d, "32765432", 8) % 11;
	r = r == 11 ? 0 : r;
	int day = (d[0] - '0') * 10 + (d[1] - '0'), mon = (d[2] - '0') * 10 + (d[3] - '0');
	return r != 10 && r == d[8] - '0' && day >= 1 && day <= 71 && mon >= 1 && mon <= 12 &&
	       (d[9] == '0' || d[9] == '9' || d[9] == '8');
}

static int cuil_ok(const char *d)
{
	int r = 11 - weighted(d, "5432765432", 10) % 11;
	r = r == 11 ? 0 : r == 10 ? 9 : r;
	int p = (d[0] - '0') * 10 + (d[1] - '0');
	return r == d[10] - '0' && (p == 20 || p == 23 || p == 24 || p == 27 || p == 30 || p == 33 || p == 34);
}

/* DE KVNR: the letter as its two-digit number, then eight digits; weights
 * 1 2 alternating, the digits of each product summed; the tenth digit. */
static int kvnr_ok(const char *s)
{
	int v = s[0] - 'A' + 1, sum = 0;
	char d[10] = {(char)('0' + v / 10), (char)('0' + v % 10)};
	memcpy(d + 2, s + 1, 8);
	for (int i = 0; i < 10; i++) {
		int p = (d[i] - '0') * (i % 2 ? 2 : 1);
		sum += p / 10 + p % 10;
	}
	return sum % 10 == s[9] - '0';
}

/* MX CURP: 4 letters, YYMMDD, H/M, 5 letters, a character, the check
 * digit of the 17 before it. */
static int curp_ok(const char *s)
{
	static const char val[] = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ";
	int sum = 0;
	for (int i = 0; i < 17; i++) {
		const char *p = strchr(val, s[i]);
		if (!p || !s[i])
			return 0;
		sum += (int)(p - val) * (18 - i);
	}
	int k = (10 - sum % 10) % 10;
	return k == s[17] - '0';
}

static int hetu_century_ok(const char *s)
{
	static const char chars[] = "0123456789ABCDEFHJKLMNPRSTUVWXY";
	char d[9];
	memcpy(d, s, 6);
	memcpy(d + 6, s + 7, 3);
	int day = (d[0] - '0') * 10 + (d[1] - '0'), mon = (d[2] - '0') * 10 + (d[3] - '0');
	if (day < 1 || day > 31 || mon < 1 || mon > 12)
		return 0;
	unsigned long n = 0;
	for (int i = 0; i < 9; i++) {
		if (!rx_is_digit((unsigned char)d[i]))
			return 0;
		n = n * 10 + (unsigned)(d[i] - '0');
	}
	return chars[n % 31] == s[10];
}

unsigned gv_detect_labelled(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len;
	int kind = label_kind(s + c->ms, c->me - c->ms);
	if (kind < 0 || (c->ms > 0 && rx_letter_before(s, c->ms)))
		return 0;
	/* "Kennitala: ", "CUIL nr. ", "SIN #" */
	size_t v = c->me, le = rx_line_end(s, len, c->me);
	while (v < le && v - c->me < 24 && !rx_is_alnum((unsigned char)s[v]))
		v++;
	if (v < le && v - c->me < 20 && (s[v] == 'n' || s[v] == 'N') && v + 2 < le &&
	    (s[v + 1] == 'r' || s[v + 1] == 'o') && !rx_is_alpha((unsigned char)s[v + 2]))
		for (v += 2; v < le && !rx_is_alnum((unsigned char)s[v]);)
			v++;
	if (v >= le)
		return 0;
	/* the value: letters, digits and the separators, to a space after a
	 * digit group that is not followed by another */
	size_t e = v;
	while (e < le && e - v < 24 && (rx_is_alnum((unsigned char)s[e]) || rx_in("-.", s[e]) ||
					 (s[e] == ' ' && e + 1 < le && rx_is_digit((unsigned char)s[e + 1]) &&
					  kind != ID_CURP && kind != ID_KVNR)))
		e++;
	while (e > v && rx_in("-.", s[e - 1]))
		e--;
	if (e < le && rx_is_alnum((unsigned char)s[e]))
		return 0;
	char d[16];
	size_t n = 0;
	int ok = 0;
	switch (kind) {
	case ID_CNP:
		ok = (n = digits_of(s, v, e, d, sizeof d)) == 13 && cnp_ok(d);
		break;
	case ID_KT:
		ok = (n = digits_of(s, v, e, d, sizeof d)) == 10 && kt_ok(d);
		break;
	case ID_SIN:
		ok = (n = digits_of(s, v, e, d, sizeof d)) == 9 && d[0] != '0' && d[0] != '8' && rx_luhn(d, 9);
		break;
	case ID_CUIL:
		ok = (n = digits_of(s, v, e, d, sizeof d)) == 11 && cuil_ok(d);
		break;
	case ID_KVNR:
		ok = e - v == 10 && rx_is_upper((unsigned char)s[v]) && digits_of(s, v + 1, e, d, sizeof d) == 9 &&
		     kvnr_ok(s + v);
		break;
	case ID_CURP:
		ok = e - v == 18 && curp_ok(s + v) && (s[v + 10] == 'H' || s[v + 10] == 'M');
		break;
	case ID_HETU:
		ok = e - v == 11 && rx_in("ABCDEFUVWXY", s[v + 6]) && hetu_century_ok(s + v);
		break;
	}
	if (!ok)
		return 0;
	return (unsigned)rx_emit(c, v, e, REDACT_GOV_ID);
}
