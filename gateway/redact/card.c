/* card: payment card numbers (PANs) of 12-19 digits, contiguous or in groups
 * of any sizes with one separator kind (space, NBSP, narrow NBSP, '-', '.'),
 * also right after a CSV comma. Valid when the Luhn digit fits and an
 * issuer range knows that length; a candidate with trailing groups is cut to
 * its longest valid prefix ("4111 1111 1111 1111 123" -> [CARD] 123).
 * Not cards: Luhn failures, masked numbers, IMEIs (15 digits, no issuer
 * range of that length), EAN-13 barcodes named as such. */
#include <string.h>

#include "redact_int.h"

/* Issuer ranges (prefix of `plen` digits in [lo, hi]) with card lengths.
 * Numbers outside every range are not cards even when their Luhn digit fits. */
static const struct iin {
	unsigned plen, lo, hi, minlen, maxlen;
} iins[] = {
	/* Visa: 16 digits, 13 (old cards, still issued in places) or 19;
	 * never 14, 15, 17 or 18 (a 15-digit "49..." is an IMEI) */
	{1, 4, 4, 13, 13}, {1, 4, 4, 16, 16}, {1, 4, 4, 19, 19},
	{2, 51, 55, 16, 16},     /* Mastercard */
	{4, 2221, 2720, 16, 16}, /* Mastercard 2-series */
	{4, 2200, 2204, 16, 19}, /* Mir */
	{2, 34, 34, 15, 15},     /* Amex */
	{2, 37, 37, 15, 15},     /* Amex */
	{3, 300, 305, 14, 19},   /* Diners Club */
	{2, 36, 36, 14, 19},     /* Diners Club International */
	{2, 38, 39, 14, 19},     /* Diners Club */
	{4, 3528, 3589, 16, 19}, /* JCB */
	{4, 6011, 6011, 16, 19}, /* Discover */
	{3, 644, 649, 16, 19},   /* Discover */
	{2, 65, 65, 16, 19},     /* Discover, RuPay 6521-6522 */
	{2, 62, 62, 16, 19},     /* UnionPay */
	{2, 60, 60, 16, 19},     /* RuPay 60xx */
	{2, 81, 82, 16, 16},     /* RuPay 81xx, 82xx */
	{3, 508, 508, 16, 16},   /* RuPay 508x */
	{4, 9792, 9792, 16, 16}, /* Troy */
	{2, 50, 50, 16, 19},     /* Maestro */
	{2, 56, 69, 16, 19},     /* Maestro */
	/* Maestro of 12-15 digits: only its own ranges (a 12-digit "65..."
	 * is more likely an Aadhaar number) */
	{4, 5018, 5018, 12, 19}, {4, 5020, 5020, 12, 19}, {4, 5038, 5038, 12, 19},
	{4, 5893, 5893, 12, 19}, {4, 6304, 6304, 12, 19}, {4, 6759, 6759, 12, 19},
	{4, 6761, 6763, 12, 19},
};

static int iin_ok(const char *d, size_t nd)
{
	for (size_t i = 0; i < sizeof iins / sizeof iins[0]; i++) {
		unsigned p = 0;
		for (unsigned j = 0; j < iins[i].plen; j++)
			p = p * 10 + (unsigned)(d[j] - '0');
		if (p >= iins[i].lo && p <= iins[i].hi && nd >= iins[i].minlen &&
		    nd <= iins[i].maxlen)
			return 1;
	}
	return 0;
}

/* A GS1 number's check digit (EAN-13, UPC-A, GTIN-14): weights 3 and 1
 * from the right, the check digit last. */
static int gtin_ok(const char *d, size_t n)
{
	unsigned s = 0;
	for (size_t i = 0; i + 1 < n; i++)
		s += (unsigned)(d[n - 2 - i] - '0') * (i % 2 ? 1u : 3u);
	return (10 - s % 10) % 10 == (unsigned)(d[n - 1] - '0');
}

static const char *const ean_kw[] = {"ean", "gtin", "barcode", "upc", "isbn", "imei", NULL};
static struct rx_kwset ean_kws = RX_KWSET(ean_kw);

/* A GS1 number in a table's column named as such ("| ean |" two lines
 * above, a CSV's "gtin" header). */
static int ean_column(struct rx_ctx *c)
{
	char h[24];
	if (!rx_column_header(c, c->ms, h, sizeof h))
		return 0;
	size_t hl = strlen(h);
	return rx_kwset_has(&ean_kws, h, hl) || (hl > 4 && !memcmp(h, "ean", 3) && !rx_is_alpha((unsigned char)h[3]));
}
/* numbers that pass Luhn by design or by layout and are no cards: French
 * SIRET/SIREN (Luhn-checked), order numbers ("order 681-2337253-2997634") */
static const char *const not_card_kw[] = {"imei", "siret", "siren", "order", "order_id", "order id",
				      "bestellung", "bestelling", "commande", "pedido", "ordine",
				      NULL};
static struct rx_kwset not_card_kws = RX_KWSET(not_card_kw);

#define MAX_GROUPS 10

/* Whether the digits ending at e are a group of a spaced run ("ES57 9822"),
 * not the end of a dashed token ("123-45-6789") or a long number. */
static int spaced_tail(const char *s, size_t e)
{
	size_t st = e;
	while (st > 0 && rx_is_digit((unsigned char)s[st - 1]))
		st--;
	if (e - st > 4)
		return 0;
	return !(st > 0 && (s[st - 1] == '-' || s[st - 1] == '.' || s[st - 1] == '/'));
}

static unsigned detect_card(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len;
	size_t gend[MAX_GROUPS], ng = 0, nd = 0, i = c->ms;
	char d[24];
	size_t sepw = 0;
	const char *sep = NULL;
	/* not after '.', '-', '*', '/' (decimals, ids, masked numbers) */
	if (c->ms > 0 && rx_in(".-*/", s[c->ms - 1]))
		return 0;
	/* groups of digits; one separator kind throughout */
	while (i < len && ng < MAX_GROUPS) {
		size_t st = i;
		while (i < len && rx_is_digit((unsigned char)s[i])) {
			if (nd == sizeof d)
				return 0;
			d[nd++] = s[i++];
		}
		if (i == st)
			break;
		gend[ng++] = i;
		size_t k = rx_space_at(s, len, i);
		if (!k && i < len && (s[i] == '-' || s[i] == '.'))
			k = 1;
		if (!k || i + k >= len || !rx_is_digit((unsigned char)s[i + k]))
			break;
		if (!sep) {
			sep = s + i;
			sepw = k;
		} else if (k != sepw || memcmp(sep, s + i, k) != 0) {
			break;
		}
		i += k;
	}
	/* not the tail of a longer grouped token ("ES57 9822 3827 ...", a
	 * mistyped IBAN or an account number) */
	size_t b = c->ms;
	size_t k0 = 0;
	if (b >= 2 && (s[b - 1] == ' ' || s[b - 1] == '-'))
		k0 = 1;
	else if (b >= 3 && (unsigned char)s[b - 2] == 0xC2 && (unsigned char)s[b - 1] == 0xA0)
		k0 = 2;
	else if (b >= 4 && (unsigned char)s[b - 3] == 0xE2 && (unsigned char)s[b - 2] == 0x80 &&
		 (unsigned char)s[b - 1] == 0xAF)
		k0 = 3;
	if (k0 && rx_is_digit((unsigned char)s[b - k0 - 1]) &&
	    (sep ? sepw == k0 && memcmp(sep, s + b - k0, k0) == 0 : spaced_tail(s, b - k0)))
		return 0;
	if (nd < 12)
		return 0;
	/* the longest prefix of whole groups that is a card number */
	size_t cum[MAX_GROUPS] = {0}, acc = 0;
	for (size_t g = 0; g < ng; g++) {
		size_t st = g ? gend[g - 1] : c->ms;
		while (st < gend[g] && !rx_is_digit((unsigned char)s[st]))
			st++;
		acc += gend[g] - st;
		cum[g] = acc;
	}
	for (size_t g = ng; g-- > 0;) {
		size_t n = cum[g], e = gend[g];
		if (n < 12 || n > 19)
			continue;
		/* the full candidate must end the token; a cut one ends at a
		 * group boundary before more digits */
		if (g + 1 == ng && e < len &&
		    (rx_is_alnum((unsigned char)s[e]) || s[e] == '_' ||
		     ((s[e] == '.' || s[e] == '-') && e + 1 < len &&
		      rx_is_digit((unsigned char)s[e + 1]))))
			continue;
		if (!rx_luhn(d, n) || !iin_ok(d, n))
			continue;
		/* (a Chinese resident id whose digits pass Luhn by chance:
		 * "360702199409263695", a Diners range's length; stop 64) */
		if (n == 18 && rx_cn_rid_ok(d))
			continue;
		if (n >= 12 && n <= 14 && gtin_ok(d, n) && (rx_kw_before(c, &ean_kws, c->ms, 24) || ean_column(c)))
			continue;
		if (rx_kw_before(c, &not_card_kws, c->ms, 16))
			continue;
		/* Amazon's order layout 3-7-7; a Thai citizen id's 1-4-5-2-1
		 * ("4-7961-53725-07-1"; stop 55) */
		if (ng == 3 && cum[0] == 3 && cum[1] == 10 && cum[2] == 17 && g == 2)
			continue;
		if (ng == 5 && g == 4 && cum[0] == 1 && cum[1] == 5 && cum[2] == 10 && cum[3] == 12)
			continue;
		return (unsigned)rx_emit(c, c->ms, e, REDACT_CARD);
	}
	return 0;
}

/* An airline booking's form of payment by card ("FP CCAX375624042504252/
 * 1130", "FORMA DE PAGO   : CCCA5375176638087795 EXP 12/29"): "CC", the
 * card's two-letter brand, the number glued to it, when the number passes
 * Luhn; fired at the "CC" word. */
static unsigned detect_fop_card(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t i = c->ms;
	if (i + 17 > c->len || s[i] != 'C' || s[i + 1] != 'C' || !rx_is_upper((unsigned char)s[i + 2]) ||
	    !rx_is_upper((unsigned char)s[i + 3]) || !rx_is_digit((unsigned char)s[i + 4]))
		return 0;
	size_t a = i + 4, e = a;
	while (e < c->len && e - a < 20 && rx_is_digit((unsigned char)s[e]))
		e++;
	if (e - a < 13 || e - a > 19 || (e < c->len && rx_is_alnum((unsigned char)s[e])) || !rx_luhn(s + a, e - a))
		return 0;
	return (unsigned)rx_emit(c, a, e, REDACT_CARD);
}

/* A card number read by OCR under or after its label ("Card number" then
 * "2720 4l99 3048 6573", "Numero carta" then "23O0 7345 8867 0205"): the
 * letters OCR puts for digits (O o D for 0, l I i | for 1, S for 5, B for
 * 8, Z for 2) read as those digits, in groups of digits; the number then
 * passes its Luhn check and an issuer range. Only with at least one such
 * letter (a clean number is the detector's above). */
static int ocr_digit(unsigned char b)
{
	if (rx_is_digit(b))
		return b - '0';
	switch (b) {
	case 'O': case 'o': case 'D': return 0;
	case 'l': case 'I': case 'i': case '|': return 1;
	case 'Z': return 2;
	case 'S': return 5;
	case 'B': return 8;
	}
	return -1;
}

static unsigned detect_ocr_card(struct rx_ctx *c)
{
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	size_t len = c->len, i = c->me, le = rx_line_end(s, len, i);
	while (i < le && rx_in(" .:\t", s[i]))
		i++;
	if (i >= le) { /* the number on the next line */
		if (le + 1 >= len)
			return 0;
		i = le + 1;
		le = rx_line_end(s, len, i);
	}
	char d[20];
	size_t nd = 0, letters = 0, st = i, e = i, group = 0;
	for (; i < le && nd < 20; i++) {
		int v = ocr_digit(u[i]);
		if (v >= 0) {
			letters += !rx_is_digit(u[i]);
			d[nd++] = (char)('0' + v);
			e = i + 1;
			group++;
			continue;
		}
		if ((s[i] == ' ' || s[i] == '-') && group >= 3 && i + 1 < le && ocr_digit(u[i + 1]) >= 0) {
			group = 0;
			continue;
		}
		break;
	}
	if (!letters || letters > 3 || nd < 13 || nd > 19 || (e < le && rx_is_alnum(u[e])) ||
	    !rx_luhn(d, nd) || !iin_ok(d, nd))
		return 0;
	return (unsigned)rx_emit(c, st, e, REDACT_CARD);
}
static const char *const ocr_card_words[] = {"card number", "card no", "numero carta", "numéro de carte",
					     "número de tarjeta", "kartennummer", "kaartnummer",
					     "número do cartão", "numer karty", NULL};
static struct rx_kwset ocr_card_kws = RX_KWSET(ocr_card_words);

const struct rx_trigger rx_card_triggers[] = {
	{F_CARD, RX_ON_WORD, 0, NULL, &ocr_card_kws, detect_ocr_card, "ocr_card"},
	{F_CARD, RX_ON_DIGIT, RXF_DIG12, NULL, NULL, detect_card, "card"},
	{F_CARD, RX_ON_UPPER, 0, NULL, NULL, detect_fop_card, "pnr_fop_card"},
};
const size_t rx_card_ntriggers = sizeof rx_card_triggers / sizeof rx_card_triggers[0];
