/* address_more.c: two more countries' address forms (new in stop 50).
 *
 *   Τσιμισκή 47, 453 32 Ιωάννινα          Greece: the street and its number,
 *   Οδός Κανάρη 36\n104 34 Αθήνα           the postcode of five digits as
 *                                         "NNN NN", the town in Greek
 *   Blk 7 Lot 24, Katipunan Extension St., Brgy. Aurora Hill, Baguio City
 *                                         the Philippines: a subdivision's
 *                                         block and lot, the barangay
 *
 * Greek ones are found at the postcode, whose two groups and the Greek
 * town after them say "address" in any text; the street is the one to
 * three Greek words and the number before it (across ", " or the line's
 * end). Philippine ones at "Blk": its number, "Lot" and a number, then the
 * address's parts to the first that ends in "City" or the line's end
 * (a "Brgy." among them). */
#include <string.h>

#include "address_int.h"

/* A Greek letter at s[i] (U+0386-U+03CE): its byte length, or 0. */
static size_t greek_at(const char *s, size_t len, size_t i)
{
	unsigned char a = (unsigned char)s[i];
	if (i + 1 >= len)
		return 0;
	unsigned char b = (unsigned char)s[i + 1];
	return (a == 0xCE && b >= 0x86) || (a == 0xCF && b <= 0x8E) ? 2 : 0;
}

/* A Greek capital (U+0386-U+03AB) at s[i]. */
static int greek_cap(const char *s, size_t len, size_t i)
{
	return i + 1 < len && (unsigned char)s[i] == 0xCE && (unsigned char)s[i + 1] >= 0x86 &&
	       (unsigned char)s[i + 1] <= 0xAB;
}

/* The start of the Greek word that ends at e, or e. */
static size_t greek_word_before(const char *s, size_t e)
{
	size_t b = e;
	while (b >= 2 && ((unsigned char)s[b - 2] == 0xCE || (unsigned char)s[b - 2] == 0xCF) &&
	       (unsigned char)s[b - 1] >= 0x80)
		b -= 2;
	return b;
}

/* The street before [q]: the house's number, one to three Greek words and
 * the street's word before them or not (*worded says which, when asked);
 * its start, or RX_NONE. */
static size_t gr_street_before(const char *s, size_t len, size_t q, int *worded)
{
	size_t d = q;
	while (d > 0 && q - d < 4 && (rx_is_digit((unsigned char)s[d - 1]) || rx_is_upper((unsigned char)s[d - 1])))
		d--;
	if (d == q || d < 3 || s[d - 1] != ' ' || !rx_is_digit((unsigned char)s[d]))
		return RX_NONE;
	size_t a = d - 1, words = 0;
	while (words < 3) {
		size_t b = greek_word_before(s, a);
		if (b == a || !greek_cap(s, len, b))
			break;
		a = b;
		words++;
		if (a < 4 || s[a - 1] != ' ' || !greek_at(s, len, a - 3))
			break;
		a--;
	}
	if (!words)
		return RX_NONE;
	if (s[a] == ' ')
		a++;
	/* the street's word in small letters before it ("οδός Βυρσοδεψών 74";
	 * stop 54) */
	static const char *const gr_street[] = {"οδός", "οδ.", "Οδός", "λεωφόρος", "λεωφ.", "Λεωφόρος",
						"πλατεία", "Πλατεία", NULL};
	for (const char *const *w = gr_street; *w && a >= 2 && s[a - 1] == ' '; w++) {
		size_t n = strlen(*w);
		if (a - 1 >= n && !memcmp(s + a - 1 - n, *w, n) &&
		    (a - 1 == n || !rx_letter_before(s, a - 1 - n))) {
			a -= n + 1;
			break;
		}
	}
	/* (the street's word opens it, in small letters or as one of its
	 * capitalised words: "Οδός Ροδιάς 146") */
	for (const char *const *w = gr_street; *w && worded; w++) {
		size_t n = strlen(*w);
		if (a + n < len && !memcmp(s + a, *w, n) && s[a + n] == ' ')
			*worded = 1;
	}
	return a;
}

/* "οδός Ανεμώνης 12, Λάρισα 41 215": the street, ", ", the town, then the
 * postcode (at p) in either grouping, "NN NNN" or "NNN NN" (stop 57), or
 * unspaced. */
static unsigned gr_town_first(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, p = c->ms;
	size_t g1 = ad_digits_at(s, len, p), e;
	/* (or five digits together, "Οδός Ροδιάς 146, Καρδίτσα 43100"; stop
	 * 59) */
	if (g1 == 5)
		e = p + 5;
	else if (!((g1 == 2 || g1 == 3) && p + g1 + 1 < len && s[p + g1] == ' ' &&
		   ad_digits_at(s, len, p + g1 + 1) == 5 - g1))
		return 0;
	else
		e = p + 6;
	if (e < len && rx_is_alnum((unsigned char)s[e]))
		return 0;
	/* the town before it: one or two Greek words after ", " */
	size_t t = p - 1;
	for (int w = 0; w < 2; w++) {
		size_t b = greek_word_before(s, t);
		if (b == t || !greek_cap(s, len, b) || b < 4 || s[b - 1] != ' ')
			return 0;
		t = b;
		if (s[t - 2] == ',')
			break;
		if (w == 1 || !greek_at(s, len, t - 3))
			return 0;
		t--;
	}
	int worded = 0;
	size_t a = gr_street_before(s, len, t - 2, &worded);
	/* (unspaced, only after a street's word: "Έτος 2024, Σύνολο 43100"
	 * is a sum's) */
	if (a == RX_NONE || (g1 == 5 && !worded))
		return 0;
	return (unsigned)rx_emit(c, a, e, REDACT_ADDRESS);
}

unsigned ad_detect_gr(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, p = c->ms;
	if (p >= 4 && s[p - 1] == ' ' && (unsigned char)s[p - 2] >= 0x80)
		return gr_town_first(c);
	/* "NNN NN " or "NNNNN " (stop 58) and a Greek capital: the postcode
	 * and its town */
	size_t e;
	if (p + 8 > len || (p > 0 && rx_is_alnum((unsigned char)s[p - 1])))
		return 0;
	if (s[p + 3] == ' ' && s[p + 6] == ' ' && greek_cap(s, len, p + 7) && ad_digits_at(s, len, p) == 3 &&
	    ad_digits_at(s, len, p + 4) == 2)
		e = p + 7;
	else if (s[p + 5] == ' ' && greek_cap(s, len, p + 6) && ad_digits_at(s, len, p) == 5)
		e = p + 6;
	else
		return 0;
	/* the town: one or two Greek words */
	size_t k;
	for (int w = 0; w < 2; w++) {
		size_t x = e;
		while (x < len && (k = greek_at(s, len, x)) > 0)
			x += k;
		if (x == e)
			break;
		e = x;
		if (!(e + 3 < len && s[e] == ' ' && greek_cap(s, len, e + 1)))
			break;
		e++;
	}
	while (e > p && s[e - 1] == ' ')
		e--;
	/* the street before it: ", " or a line's end, the house's number,
	 * one to three Greek words */
	size_t q = p;
	if (q >= 2 && s[q - 1] == ' ' && s[q - 2] == ',')
		q -= 2;
	else if (q >= 1 && s[q - 1] == '\n')
		q -= 1;
	else
		return 0;
	size_t a = gr_street_before(s, len, q, NULL);
	return a == RX_NONE ? 0 : (unsigned)rx_emit(c, a, e, REDACT_ADDRESS);
}

static const char *const ph_words[] = {"blk", NULL};
struct rx_kwset ad_ph_kws = RX_KWSET(ph_words);

unsigned ad_detect_ph(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, i = c->me;
	/* "Blk 7 Lot 24" */
	if (i + 8 > len || s[i] != ' ' || !rx_is_digit((unsigned char)s[i + 1]))
		return 0;
	i += 1 + ad_digits_at(s, len, i + 1);
	if (i + 6 > len || memcmp(s + i, " Lot ", 5) || !rx_is_digit((unsigned char)s[i + 5]))
		return 0;
	i += 5 + ad_digits_at(s, len, i + 5);
	size_t le = rx_line_end(s, len, i), lim = le - i > 160 ? i + 160 : le, e = RX_NONE;
	int brgy = 0;
	/* its parts, to the first that ends in "City", or to the line's end
	 * after a barangay */
	for (size_t x = i; x + 4 <= lim && e == RX_NONE; x++) {
		if (!memcmp(s + x, "Brgy", 4))
			brgy = 1;
		if (!memcmp(s + x, "City", 4) && x > i && s[x - 1] == ' ' &&
		    (x + 4 == lim || !rx_is_alpha((unsigned char)s[x + 4])))
			e = x + 4;
	}
	if (e == RX_NONE) {
		if (!brgy)
			return 0;
		e = lim;
		while (e > i && rx_in(" ,\r", s[e - 1]))
			e--;
	}
	return (unsigned)rx_emit(c, c->ms, e, REDACT_ADDRESS);
}
