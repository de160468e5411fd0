/* address_tr.c: Turkish addresses, written the way the post and the state
 * write them (new in stop 50):
 *
 *   Bahçelievler Mah. Lale Sok. No: 4 D: 24 Çankaya/Ankara
 *   Moda Cad. No: 154 D: 6, 16157 Nilüfer/Bursa
 *   Gül Sok. No: 49 D: 11, Nilüfer/Bursa 16140
 *
 * A neighbourhood ("Mah.", "Mahallesi") and a street ("Cad.", "Caddesi",
 * "Sok.", "Sokak", "Sk.", "Bulvarı", "Blv."), each after its name, then
 * the building's number ("No: 4", "No:4/2") and the flat's ("D: 24",
 * "Daire 3", "Kat 2"), then the district and the province joined by '/'
 * and the five-digit postcode before or after them. Found at the street's
 * or the neighbourhood's word: the name before it starts the address, the
 * building's number and the district's "X/Y" or a postcode must follow.
 * Without the number it is a street's name only ("Bağdat Caddesi'nde
 * yürüdük"), without the locality a place in prose. */
#include <string.h>

#include "address_int.h"

static const char *const words[] = {
	"mah", "mahallesi", "mh", "cad", "caddesi", "cd", "sok", "sokak", "sokağı", "sk", "bulvarı", "blv", NULL,
};
struct rx_kwset ad_tr_kws = RX_KWSET(words);

/* One to three capitalised words (Turkish letters, digits in a street's
 * number: "1453 Sok.") ending right before the word at w: their start, or
 * w. */
static size_t name_before(const char *s, size_t w)
{
	size_t b = w;
	for (int k = 0; k < 3; k++) {
		if (b < 2 || s[b - 1] != ' ')
			break;
		size_t e = b - 1, q = e, l;
		while (q > 0 && ((l = rx_letter_before(s, q)) > 0 || rx_is_digit((unsigned char)s[q - 1])))
			q -= l ? l : 1;
		if (q == e || !(rx_cap_at(s, e, q) || rx_is_digit((unsigned char)s[q])))
			break;
		/* (a flat's or an address's word is none of the name: "Daire
		 * Esentepe Mah. ...", "Adres Moda Cad. ...") */
		char fw[16];
		rx_fold(s + q, e - q, fw, sizeof fw);
		if (!strcmp(fw, "daire") || !strcmp(fw, "adres") || !strcmp(fw, "adresi") || !strcmp(fw, "adresim") ||
		    !strcmp(fw, "lütfen") || !strcmp(fw, "lutfen"))
			break; /* (nor a request's "Lütfen", stop 56) */
		b = q;
		if (q > 0 && s[q - 1] != ' ')
			break;
	}
	return b;
}

/* After the word at [w, we): its dot. */
static size_t word_end(const char *s, size_t len, size_t we)
{
	return we < len && s[we] == '.' ? we + 1 : we;
}

/* " No: 4", " No:4/2", " No 12A", " D: 24", " Daire 3", " Kat: 2", " K: 1":
 * the end of a label's number at i, or i. */
static size_t numbered(const char *s, size_t len, size_t i, const char *const *labels)
{
	size_t j = i;
	if (j < len && s[j] == ',')
		j++;
	if (j >= len || s[j] != ' ')
		return i;
	j++;
	for (const char *const *l = labels; *l; l++) {
		size_t n = strlen(*l);
		if (j + n >= len || !rx_fold_eq(s + j, *l, n) || rx_is_alpha((unsigned char)s[j + n]))
			continue;
		size_t k = j + n;
		if (k < len && s[k] == '.')
			k++;
		if (k < len && s[k] == ':')
			k++;
		while (k < len && s[k] == ' ')
			k++;
		size_t d = k;
		while (k < len && k - d < 6 && rx_is_digit((unsigned char)s[k]))
			k++;
		if (k == d)
			return i;
		/* "4/2", "12-14", "12A" */
		if (k + 1 < len && rx_in("/-", s[k]) && rx_is_alnum((unsigned char)s[k + 1])) {
			k++;
			while (k < len && rx_is_alnum((unsigned char)s[k]))
				k++;
		} else if (k < len && rx_is_upper((unsigned char)s[k]) && (k + 1 == len || !rx_is_alpha((unsigned char)s[k + 1]))) {
			k++;
		}
		return k;
	}
	return i;
}

/* A capitalised word at i (Turkish letters): its end, or i. */
static size_t cap_word(const char *s, size_t len, size_t i)
{
	if (i >= len || !rx_cap_at(s, len, i))
		return i;
	size_t e = i, l;
	while (e < len && (l = rx_letter_at(s, len, e)) > 0 && !rx_is_digit((unsigned char)s[e]))
		e += l;
	return e;
}

/* ", 16157 Nilüfer/Bursa", " Çankaya/Ankara", ", Konak/İzmir 35250": the
 * locality's end from i, or i. */
static size_t locality(const char *s, size_t len, size_t i)
{
	size_t j = i, pc = 0;
	if (j < len && s[j] == ',')
		j++;
	if (j >= len || s[j] != ' ')
		return i;
	j++;
	size_t d = j;
	while (j < len && j - d < 6 && rx_is_digit((unsigned char)s[j]))
		j++;
	if (j - d == 5 && j < len && s[j] == ' ') {
		pc = j;
		j++;
	} else {
		j = d;
	}
	size_t a = cap_word(s, len, j);
	if (a == j)
		return pc ? pc : i;
	if (a + 1 < len && s[a] == '/') {
		size_t b = cap_word(s, len, a + 1);
		if (b == a + 1)
			return pc ? pc : i;
		/* a postcode after them */
		if (b + 6 <= len && s[b] == ' ' && ad_digits_at(s, len, b + 1) == 5)
			return b + 6;
		return b;
	}
	/* a province alone needs its postcode ("06690 Ankara") */
	return pc ? a : i;
}

unsigned ad_detect_tr(struct rx_ctx *c)
{
	static const char *const street[] = {"cad", "caddesi", "cd", "sok", "sokak", "sokağı", "sk", "bulvarı", "blv", NULL};
	static const char *const nos[] = {"no", NULL};
	static const char *const flats[] = {"d", "daire", "kat", "k", NULL};
	const char *s = c->text;
	size_t len = c->len;
	/* the word written with a capital, its name before it */
	if (!rx_cap_at(s, len, c->ms))
		return 0;
	size_t a = name_before(s, c->ms);
	if (a == c->ms)
		return 0;
	char w[16];
	size_t we = ad_word(s, len, c->ms, w, sizeof w);
	int mah = !ad_in_list(street, w);
	size_t e = word_end(s, len, we);
	/* a neighbourhood first: the street after it ("Lale Sok.") */
	if (mah) {
		size_t n = e + 1;
		if (n >= len || s[e] != ' ')
			return 0;
		size_t sw = n;
		for (int k = 0; k < 3; k++) {
			size_t x = cap_word(s, len, sw);
			if (x == sw) {
				while (sw < len && rx_is_digit((unsigned char)s[sw]))
					sw++;
				x = sw;
			}
			if (x == sw && x == n)
				return 0;
			sw = x;
			if (sw + 1 >= len || s[sw] != ' ')
				return 0;
			sw++;
			char w2[16];
			size_t we2 = ad_word(s, len, sw, w2, sizeof w2);
			if (we2 > sw && ad_in_list(street, w2)) {
				e = word_end(s, len, we2);
				break;
			}
		}
		if (e <= n)
			return 0;
	} else {
		/* (a neighbourhood's "X Mah." before the street's name starts
		 * the address: the neighbourhood's own trigger finds it) */
		size_t p = a;
		if (p >= 6 && s[p - 1] == ' ') {
			size_t q = p - 1;
			if (s[q - 1] == '.')
				q--;
			if (q >= 3 && rx_fold_eq(s + q - 3, "mah", 3))
				return 0;
		}
	}
	size_t k = numbered(s, len, e, nos);
	if (k == e)
		return 0;
	e = k;
	for (int f = 0; f < 2; f++) {
		k = numbered(s, len, e, flats);
		if (k == e)
			break;
		e = k;
	}
	k = locality(s, len, e);
	if (k == e)
		return 0;
	return (unsigned)rx_emit(c, a, k, REDACT_ADDRESS);
}
