/* address_block.c: the address of a letter's or an invoice's sender and
 * addressee, the two lines under a name:
 *
 *   Wambui Wekesa                      a name alone on its line (the
 *   23 Ngong Road                      gazetteer knows one of its words),
 *   Kisumu 40100                       a street with its house number, a
 *                                      town with its postcode (four to six
 *   Sorin Rusu                         digits, before or after it)
 *   Calea Victoriei nr. 137, bl. B6, ap. 47
 *   300011 Timișoara, jud. Timiș
 *
 * Whatever the country writes in them: the block's shape says what they
 * are where no street word or postcode format of that country is known.
 * And the line a pin marks ("📍 lives at 80 Mbonu Close, Bodija"). */
#include <stdint.h>
#include <string.h>

#include "address_int.h"

/* Whether the word w (folded) is one of [ls, le)'s words. */
static int word_in(const char *s, size_t ls, size_t le, const char *w)
{
	size_t n = strlen(w);
	for (size_t i = ls; i + n <= le; i++)
		if ((i == ls || !rx_is_alpha((unsigned char)s[i - 1])) && rx_fold_eq(s + i, w, n) &&
		    (i + n == le || !rx_is_alpha((unsigned char)s[i + n])))
			return 1;
	return 0;
}

/* Whether [ls, le) is a name alone: two to four capitalised words, one of
 * them a name the gazetteer knows, no digit. */
static int name_line(const char *s, size_t len, size_t ls, size_t le)
{
	if (le - ls < 5 || le - ls > 48)
		return 0;
	int words = 0, known = 0;
	for (size_t i = ls; i < le;) {
		while (i < le && s[i] == ' ')
			i++;
		if (i == le)
			break;
		if (!rx_cap_at(s, len, i))
			return 0;
		size_t e = i;
		while (e < le && s[e] != ' ') {
			if (rx_is_digit((unsigned char)s[e]) || rx_in("@:/,;()#", s[e]))
				return 0;
			e++;
		}
		known |= rx_name_class(s + i, e - i) & (RX_NAME_GIVEN | RX_NAME_SURNAME) ? 1 : 0;
		words++;
		i = e;
	}
	return words >= 2 && words <= 4 && known;
}

/* Whether [ls, le) is a street with its house number: a number of one to
 * four digits before or after words, two of them of three letters at
 * least; no address, price, time or label of another field. */
static int street_line(const char *s, size_t ls, size_t le)
{
	if (le - ls < 6 || le - ls > 64)
		return 0;
	int num = 0, word = 0;
	for (size_t i = ls; i < le;) {
		if (rx_in("@#$%/+=|\t", s[i]) || (unsigned char)s[i] == 0xE2) /* (€, £ and dashes start with other bytes too) */
			return 0;
		if (s[i] == ':' && !(i >= ls + 2 && ((s[i - 1] == 'o' && s[i - 2] == 'N') || s[i - 1] == 'D')))
			return 0;
		if (rx_is_digit((unsigned char)s[i])) {
			size_t d = i;
			while (i < le && rx_is_digit((unsigned char)s[i]))
				i++;
			if (i - d > 4)
				return 0;
			num = 1;
			continue;
		}
		if (rx_is_alpha((unsigned char)s[i]) || (unsigned char)s[i] >= 0xC3) {
			size_t w = i;
			while (i < le && (rx_is_alpha((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80))
				i++;
			word += i - w >= 3;
			continue;
		}
		i++;
	}
	return num && word >= 2;
}

/* Whether the postcode of the line [a, b) is followed by its town and
 * region, a comma after it or between them ("300011 Timișoara, jud.
 * Timiș", "C.P. 76000, Querétaro, Qro."). */
static int town_state_last(const char *s, size_t a, size_t b)
{
	for (size_t i = a; i + 1 < b; i++) {
		if (!rx_is_digit((unsigned char)s[i]) || rx_is_digit((unsigned char)s[i + 1]))
			continue;
		if (s[i + 1] == ',')
			return 1;
		if (s[i + 1] == ' ' && i + 2 < b && rx_is_digit((unsigned char)s[i + 2]))
			continue; /* ("262 21 Πάτρα") */
		size_t j = i + 1;
		while (j < b && s[j] != ',')
			j++;
		return s[i + 1] == ' ' && j < b;
	}
	return 0;
}

/* Whether [ls, le) is a town with its postcode: one run of four to six
 * digits (a space inside allowed: "262 21"), a capitalised word before or
 * after it, nothing else of digits. */
static int town_line(const char *s, size_t len, size_t ls, size_t le)
{
	if (le - ls < 6 || le - ls > 64)
		return 0;
	size_t runs = 0;
	int cap = 0;
	for (size_t i = ls; i < le;) {
		if (rx_in("@#$%+=|:\t", s[i]))
			return 0;
		if (rx_is_digit((unsigned char)s[i])) {
			size_t d = i;
			while (i < le && (rx_is_digit((unsigned char)s[i]) ||
					  (s[i] == ' ' && i + 1 < le && rx_is_digit((unsigned char)s[i + 1]) && i - d == 3)))
				i++;
			size_t nd = 0;
			for (size_t k = d; k < i; k++)
				nd += rx_is_digit((unsigned char)s[k]);
			if (nd < 4 || nd > 6)
				return 0;
			runs++;
			continue;
		}
		while (i < le && !rx_is_digit((unsigned char)s[i]) && !rx_in("@#$%+=|:\t", s[i])) {
			if ((i == ls || s[i - 1] == ' ' || s[i - 1] == '/') && rx_cap_at(s, len, i))
				cap = 1;
			i++;
		}
	}
	/* (an amount, not a town: "Total 12000 EUR") */
	static const char *const money[] = {"eur", "usd", "gbp", "chf", "total", "summe", "importe", "montant", NULL};
	for (const char *const *m = money; *m; m++)
		if (word_in(s, ls, le, *m))
			return 0;
	/* (the postcode first or last: "5000 Namur", "Kisumu 40100") */
	size_t a = ls, b = le;
	while (b > a && rx_in(" .,", s[b - 1]))
		b--;
	if (!rx_is_digit((unsigned char)s[a]) && !rx_is_digit((unsigned char)s[b - 1]) && !town_state_last(s, a, b))
		return 0;
	return runs == 1 && cap;
}

/* Whether the line [a, b) is a contact's line: a phone number (seven
 * digits or more, nothing but '+', '(', ')', '-', '.' and spaces besides)
 * or an e-mail address. */
static int contact_line(const char *s, size_t a, size_t b)
{
	size_t nd = 0, letters = 0;
	for (size_t i = a; i < b; i++) {
		if (s[i] == '@')
			return 1;
		if (rx_is_digit((unsigned char)s[i]))
			nd++;
		else if (!rx_in(" +()-./\r", s[i]))
			letters++;
	}
	/* (its label's few letters before it: "Tel. 069-4461340", "☎ ...") */
	return nd >= 7 && letters <= 8;
}

/* A letter's signature block (stop 55): the writer's name alone on its
 * line, found as a name already, one to three lines of an address (a
 * digit in the last), then a line of the writer's phone or e-mail
 * ("צביה אבוטבול" / "רחוב השקמה 111" / "דירה 25, רחובות 7640353" /
 * "053-525-0849"), the name in a script other than Latin's. */
static unsigned signature_block(struct rx_ctx *c, size_t ns, size_t ne, size_t l1)
{
	const char *s = c->text;
	size_t len = c->len, e = l1, last = l1;
	int digit = 0, lines = 0;
	/* (a name in a script other than Latin's: Latin blocks are
	 * ad_detect_block's own, below) */
	if (c->pers_e != ne || c->pers_s != ns || (unsigned char)s[ns] < 0xD0)
		return 0;
	for (size_t p = l1; p < len && lines <= 3; lines++) {
		size_t le = rx_line_end(s, len, p), b = le;
		while (b > p && rx_in(" \r,", s[b - 1]))
			b--;
		if (b == p)
			return 0;
		if (contact_line(s, p, b))
			return lines >= 1 && digit ? (unsigned)rx_emit(c, l1, last, REDACT_ADDRESS) : 0;
		/* (an address's line holds no field's separator: "| 020 8857
		 * 5431 |", " • ", " · ") */
		if (b - p > 90 || memchr(s + p, ':', b - p) || memchr(s + p, '@', b - p) || memchr(s + p, '|', b - p) ||
		    rx_bytes_in(s, p, b, (const char *const[]){"\xe2\x80\xa2", "\xc2\xb7", "\xe2\x98\x8e", NULL}))
			return 0;
		digit = 0;
		for (size_t i = p; i < b && !digit; i++)
			digit = rx_is_digit((unsigned char)s[i]);
		last = b;
		e = le;
		p = le + 1;
	}
	(void)e;
	return 0;
}

/* At a '\n': the street and town lines after a name's line. */
unsigned ad_detect_block(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, l1 = c->ms + 1;
	/* (a cheap look first: the next line starts with a digit or a
	 * letter, the line before ends with a letter and is short) */
	if (l1 + 12 >= len || !(rx_is_alnum((unsigned char)s[l1]) || (unsigned char)s[l1] >= 0xC3) || c->ms < 5 ||
	    !(rx_is_alpha((unsigned char)s[c->ms - 1]) || (unsigned char)s[c->ms - 1] >= 0x80))
		return 0;
	size_t ns = rx_line_start(s, c->ms), ne = c->ms;
	unsigned k;
	while (ne > ns && s[ne - 1] == '\r')
		ne--;
	if (ne > ns && (k = signature_block(c, ns, ne, l1)) != 0)
		return k;
	if (ne - ns < 5 || ne - ns > 48 || !rx_cap_at(s, len, ns))
		return 0;
	/* (then: the name's line has one to three spaces and no digit or
	 * ':', the next a digit) */
	int sp = 0;
	for (size_t i = ns; i < ne; i++) {
		if (rx_is_digit((unsigned char)s[i]) || s[i] == ':')
			return 0;
		sp += s[i] == ' ';
	}
	if (sp < 1 || sp > 3)
		return 0;
	size_t e1 = rx_line_end(s, len, l1);
	if (e1 >= len || e1 - l1 > 64)
		return 0;
	{
		size_t i = l1;
		while (i < e1 && !rx_is_digit((unsigned char)s[i]))
			i++;
		if (i == e1)
			return 0;
	}
	size_t l2 = e1 + 1, e2 = rx_line_end(s, len, l2), t1 = e1, t2 = e2;
	while (t1 > l1 && rx_in(" \r,", s[t1 - 1]))
		t1--;
	while (t2 > l2 && rx_in(" \r,", s[t2 - 1]))
		t2--;
	if (!town_line(s, len, l2, t2) || !street_line(s, l1, t1) || !name_line(s, len, ns, ne))
		return 0;
	return (unsigned)rx_emit(c, l1, t2, REDACT_ADDRESS);
}

/* Words between a pin and the address it marks ("📍 lives at ...",
 * "📍 vive en ...", "📍 住在 ..."). */
static const char *const pin_words[] = {
	"lives at", "lives in", "lives on", "living at", "vive en", "vive em", "vit à", "habite",
	"wohnt in", "wohnt", "woont in", "woont op", "abita in", "abita a", "mieszka", "mieszka w",
	"живе в", "живе на", "живёт в", "живет в", "живёт на", "живет на", "sống ở", "sống tại", "住在",
	"גרה ב", "גר ב", "גרה ברחוב", "تسكن في", "يسكن في", "nakatira sa", "tinggal di", "oturuyor",
	"bor på", "bor i", "asuu", "locuiește în", "locuieste in", "κατοικεί", "μένει", "живе", "живёт",
	"живет", "mora em", "mora en", "mora na", "vive", "lives",
	/* or the address's own word */
	"address", "address:", "адреса", "адреса:", "адрес", "адрес:", "पता", "पता:", "주소", "주소:", "آدرس",
	"آدرس:", "عنوان", "כתובת", "כתובת:", "地址", "地址:", "住所", "住所:", "địa chỉ", "địa chỉ:",
	"alamat", "alamat:", "adres", "adres:", "adresse", "adresse:", "dirección", "dirección:",
	"indirizzo", "indirizzo:", "endereço", "endereço:", NULL,
};
static struct rx_kwset pin_kws = RX_KWSET(pin_words);

/* At a '📍' (a doxxing post's, a chat's): the rest of its line, after the
 * words of living there, when it holds a number; up to 160 bytes. */
unsigned ad_detect_pin(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t at = c->ms, len = c->len;
	if (at + 8 > len || memcmp(s + at, "\xf0\x9f\x93\x8d", 4) != 0)
		return 0;
	size_t v = at + 4;
	while (v < len && s[v] == ' ')
		v++;
	size_t le = rx_line_end(s, len, v);
	uint16_t idx[4];
	size_t k = rx_kwset_starts(&pin_kws, s, len, v, idx, 4);
	/* (CJK's "住在", glued to the address) */
	if (!k && v + 6 <= le && !memcmp(s + v, "\xe4\xbd\x8f\xe5\x9c\xa8", 6)) {
		v += 6;
		while (v < le && s[v] == ' ')
			v++;
	} else if (k) {
		v += strlen(pin_kws.words[idx[0]]);
		while (v < le && s[v] == ' ')
			v++;
	} else {
		/* (or a verb and a preposition of another language: a word or
		 * two in small letters before the address) */
		for (int w = 0; w < 2 && v < le && rx_is_lower((unsigned char)s[v]); w++) {
			while (v < le && s[v] != ' ')
				v++;
			while (v < le && s[v] == ' ')
				v++;
		}
	}
	/* (to the next field of the line: an emoji, a pipe, a middle dot,
	 * two spaces, a time: "📍 Flat 1, ... SK4 3DL 14:00 ☎️ +44 ...") */
	size_t e = v;
	for (; e < le; e++) {
		unsigned char b = (unsigned char)s[e];
		if (b == 0xF0 || (b == 0xE2 && e + 1 < le && (unsigned char)s[e + 1] >= 0x98 && (unsigned char)s[e + 1] <= 0x9E) ||
		    s[e] == '|' || (b == 0xC2 && e + 1 < le && (unsigned char)s[e + 1] == 0xB7) ||
		    (s[e] == ' ' && e + 1 < le && s[e + 1] == ' '))
			break;
		if (s[e] == ' ' && e + 6 <= le && rx_is_digit((unsigned char)s[e + 1]) && rx_is_digit((unsigned char)s[e + 2]) &&
		    s[e + 3] == ':' && rx_is_digit((unsigned char)s[e + 4]) && rx_is_digit((unsigned char)s[e + 5]))
			break;
	}
	while (e > v && rx_in(" \r.,", s[e - 1]))
		e--;
	if (e <= v || e - v > 160)
		return 0;
	int digit = 0;
	for (size_t i = v; i < e && !digit; i++)
		digit = rx_is_digit((unsigned char)s[i]);
	return digit ? (unsigned)rx_emit(c, v, e, REDACT_ADDRESS) : 0;
}
