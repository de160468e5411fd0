/* address_field.c: an address as the value of a field named for it in any
 * language and script, found at the field's separator rather than at its
 * label's word (the keyword triggers do not read words of three-byte
 * letters: Bengali, Kannada, Sinhala...):
 *
 *   ঠিকানা: বাড়ি ৯০, রোড ৯, মিরপুর ১০, ঢাকা ১২০৫
 *   Kero: 13 Enterprise Road, Highlands, Harare
 *   Суроға: 734025, ш. Душанбе, кӯчаи Айнӣ 108, ҳуҷраи 24
 *
 * and a cell under a column named for it ("First Name,...,Address1,...",
 * "| Alamat |"). The value must hold a number (of any script) and a second
 * part or word, and no e-mail address or URL. */
#include <string.h>

#include "address_int.h"

static const char *const field_words[] = {
	/* English and European; "address" in cells and fields */
	"address", "address1", "address 1", "address line 1", "street address", "home address",
	"adresse", "adressa", "adress", "adres", "adresa", "indirizzo", "dirección", "direccion",
	"dirección del local", "domicilio", "endereço", "morada", "anschrift", "alamat",
	"alamat rumah", "tirahan", "kero", "salgysy", "hela fatin", "adireshi", "adirẹsi", "anwani",
	"cinwani", "ikheli", "aderesi", "cím", "lakcím", "osoite", "naslov", "manzil", "adreso",
	"idilesi", "idilesi yendawo", "adrès", "adrèsa", "adresse", "trigâ", "aterese", "atrese",
	"pata", "puloy-an", "ondjiviro", "ladres", "kawsana", "adrëssa", "adreça", "cyfeiriad",
	"seoladh",
	/* Arabic, Kurdish, Persian, Urdu, Hebrew */
	"العنوان", "عنوان", "ناونیشان", "آدرس", "نشانی", "پتہ", "مستقل پتہ", "موجودہ پتہ", "כתובת",
	"پته", "اوسنی پته",
	/* Indic, Sinhala, Thai, Armenian, Georgian, Ge'ez, Cyrillic */
	"ঠিকানা", "ঠিকানাঃ", "पता", "ठेगाना", "पत्ता", "સરનામું", "ਪਤਾ", "ವಿಳಾಸ", "முகவரி",
	"చిరునామా", "വിലാസം", "ලිපිනය", "ที่อยู่", "հասցե", "მისამართი", "አድራሻ", "адрес",
	"адреса", "суроға", "мекенжай",
	/* Vietnamese (its capital Đ is not folded), a Russian registration's
	 * address (stop 54) */
	"địa chỉ", "Địa chỉ", "địa chỉ thường trú", "Địa chỉ thường trú", "адрес регистрации",
	"Адрес регистрации", NULL,
};
static struct rx_kwset field_kws = RX_KWSET(field_words);

/* A street's column of a CSV export ("street,city,state,zip"; stop 50): a
 * column's name only, not a label ("Street: closed for works"). */
static const char *const street_cols[] = {
	"street", "street1", "street 1", "street_address", "address_line1", "address_line_1",
	"straße", "strasse",
	/* (stop 52: the street's column in other languages, "Ulica;Kod
	 * pocztowy;Miasto") */
	"ulica", "ulice", "calle", "rua", "rue", "straat", "gatuadress", "gateadresse", "katuosoite",
	"utca", "sokak", "indirizzo", "via", NULL,
};
static struct rx_kwset street_col_kws = RX_KWSET(street_cols);

/* Words before "address" that make it another kind of address. */
static int other_kind(const char *w, size_t n)
{
	static const char *const kinds[] = {"email", "e-mail", "mail", "ip", "mac", "web", "wallet",
					    "server", "institution", "billing", "office", NULL};
	for (const char *const *k = kinds; *k; k++) {
		size_t l = strlen(*k);
		if (n > l && memcmp(w, *k, l) == 0 && (w[l] == ' ' || w[l] == '_' || w[l] == '-'))
			return 1;
	}
	return 0;
}

/* [a, b) reads like an address: a number, two parts or three words, no
 * '@' or "://". */
static int addressish(const char *s, size_t a, size_t b)
{
	const unsigned char *u = (const unsigned char *)s;
	if (b <= a + 5 || b - a > 240)
		return 0;
	int num = 0, parts = 1, words = 1;
	for (size_t i = a; i < b; i++) {
		unsigned char ch = u[i];
		if (ch < 0x80) {
			if (ch == '@' || (ch == ':' && i + 2 < b && s[i + 1] == '/' && s[i + 2] == '/'))
				return 0;
			num |= rx_is_digit(ch);
			parts += ch == ',';
			words += ch == ' ';
		} else {
			size_t k;
			int sc;
			num |= rx_decimal_at(s, b, i, &k, &sc) >= 0;
			parts += ch == 0xD8 && i + 1 < b && u[i + 1] == 0x8C;
		}
	}
	return num && (parts >= 2 || words >= 3);
}

/* At ':' (or '：'): the rest of the line after an address field's name. */
unsigned ad_detect_field(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, at = c->ms, v = rx_field_value(s, len, at);
	if (v == RX_NONE)
		return 0;
	size_t ls = rx_line_start(s, at), le = at;
	while (le > ls && s[le - 1] == ' ')
		le--;
	/* the label ends with an address word (by the lexer's hashes, one
	 * probe; in parentheses after it, "ලිපිනය (කාර්යාලය)" is an
	 * office's); labels the keyword trigger reads are address_label.c's,
	 * which ends a value more carefully */
	size_t from = le > ls + 64 ? le - 64 : ls;
	if (le == ls || !rx_kw_ends(c, &field_kws, from, le) || rx_kw_ends(c, &ad_label_kws, from, le))
		return 0;
	size_t lb = at;
	while (lb > ls && at - lb < 64 && !rx_in("|\t;,\"{", s[lb - 1]))
		lb--;
	while (lb < le && rx_in(" -*#", s[lb]))
		lb++;
	char w[96];
	if (le <= lb || le - lb >= sizeof w)
		return 0;
	size_t n = rx_fold(s + lb, le - lb, w, sizeof w);
	if (other_kind(w, n))
		return 0;
	size_t le2 = rx_line_end(s, len, v), e = v;
	/* (to a cell's end, or an em dash before a form's next field: "...,
	 * г. Тверь — СНИЛС ..."; stop 65) */
	while (e < le2 && !rx_in("|\t<", s[e]) && !(s[e] == ' ' && e + 1 < le2 && s[e + 1] == ' ') &&
	       !(rx_dash_sep(s, le2, e) == 5 && (unsigned char)s[e + 3] == 0x94))
		e++;
	while (e > v && rx_in(" \r", s[e - 1]))
		e--;
	if (!addressish(s, v, e))
		return 0;
	return (unsigned)rx_emit(c, v, e, REDACT_ADDRESS);
}

/* The parts of an address its row spreads over the next cells, after the
 * street's cell ("...,8692 Navajo Route 12,Window Rock,86515,US,..."): the
 * cells under a column named for a second address line, a town or a
 * postcode (the last word of the column's name); the country and the
 * state are left. */
static unsigned rest_of_address(struct rx_ctx *c, size_t at, char d)
{
	static const char *const parts[] = {
		"address2", "address 2", "address line 2", "city", "town", "zip", "zip code",
		"zipcode", "postcode", "post code", "postal code", "postalcode", "plz", "ort", "stadt",
		"ville", "code postal", "ciudad", "cidade", "cep", "località", "comune", "suburb", "state",
		"province", "county", "region", "provincia", "estado", "bundesland", "st", "uf", "cidade/uf",
		"city/state", "town/city",
		/* (stop 51: the town's and the postcode's columns of Spanish,
		 * Catalan, Polish, Dutch and Nordic exports) */
		"cp", "código postal", "codigo postal", "población", "poblacion", "localidad",
		"municipio", "kod pocztowy", "kod", "miasto", "miejscowość", "gemeente", "woonplaats",
		"plaats", "postnummer", "postort", "postnr", "codi postal", "cap", "città", "citta",
		"prov", NULL,
	};
	static struct rx_kwset part_kws = RX_KWSET(parts);
	const char *s = c->text;
	unsigned k = 0;
	for (int cells = 0; cells < 4 && at < c->len && s[at] == d; cells++) {
		size_t v = at + 1, e = v;
		while (e < c->len && s[e] != d && s[e] != '\n' && s[e] != '\r' && s[e] != '"')
			e++;
		if (e < c->len && s[e] != d && s[e] != '\n' && s[e] != '\r')
			return k; /* (the text's end ends the row's last cell) */
		char hdr[96];
		size_t b = e;
		while (b > v && s[b - 1] == ' ')
			b--;
		while (v < b && s[v] == ' ')
			v++;
		if (b > v && rx_column_header(c, v, hdr, sizeof hdr)) {
			size_t n = strlen(hdr);
			if (rx_kwset_last(&part_kws, hdr, 0, n) != n)
				return k;
			k += (unsigned)rx_emit(c, v, b, REDACT_ADDRESS);
		}
		at = e;
	}
	return k;
}

/* At a cell's delimiter: the cell after it under an address column. */
unsigned ad_detect_field_cell(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, v = c->ms + 1;
	char d = s[c->ms];
	/* a row's first cell (at the line's start): the row's delimiter is
	 * the first one on the line */
	if (d == '\n') {
		if (v >= len || !rx_is_digit((unsigned char)s[v]))
			return 0;
		size_t le = rx_line_end(s, len, v), q = v;
		while (q < le && !rx_in(",\t|;", s[q]))
			q++;
		if (q >= le)
			return 0;
		d = s[q];
		/* (a row of three cells or more: "1. Call Anna, then Bob" is
		 * no table's) */
		int cells = 0;
		for (size_t r = q; r < le && cells < 3; r++)
			cells += s[r] == d;
		if (cells < 3)
			return 0;
	}
	/* (a comma and a space is prose's, not a CSV row's) */
	if (d == ',' && v < len && s[v] == ' ')
		return 0;
	/* (a semicolon is a row's only with two more on its line: prose
	 * and code hold one) */
	if (d == ';') {
		size_t ls = rx_line_start(s, c->ms), le = rx_line_end(s, len, c->ms), k = 0;
		for (const char *q = memchr(s + ls, ';', le - ls); q && k < 3; q = memchr(q + 1, ';', (size_t)(s + le - q - 1)))
			k++;
		if (k < 3)
			return 0;
	}
	while (v < len && s[v] == ' ')
		v++;
	/* a quoted cell, whose lines the quotes hold (Google Contacts'
	 * "Address 1 - Formatted": "Apartment 18, ...\nUlaanbaatar 17011";
	 * stop 51) */
	int quoted = v < len && s[v] == '"';
	v += quoted;
	if (v >= len || !(rx_is_alnum((unsigned char)s[v]) || (unsigned char)s[v] >= 0xC3))
		return 0;
	/* a cheap look first: a number and a word of three letters in the
	 * cell's first 64 bytes ("8692 Navajo Route 12", "5/134B Devonport
	 * Road"), or a capital, a letter of another script or a street word
	 * first and a digit after it ("Carrer de Sardenya 55 5ºC", "вул.
	 * Кримська, 6", "rue ..."; stop 51): not a cell of prose's words */
	{
		static const char *const first[] = {"jl", "jln", "jalan", "calle", "rua", "via", "rue",
						    "avenida", "av", "ul", "plot", "house", "flat",
						    "apt", "unit", "al", "aleja", "pl", "os", "avda",
						    /* (Vietnamese, stop 54) */
						    "số", "ngõ", "đường", "hẻm", "thôn", "ấp", NULL};
		unsigned char c0 = (unsigned char)s[v];
		int digit = rx_is_digit(c0) != 0, word = 0;
		size_t k = v;
		/* (a letter of a two-byte script or Devanagari; CJK and Hangul
		 * cells, which tables are full of, are read elsewhere) */
		if (!digit && c0 > 0xE0)
			return 0;
		if (!digit && !rx_is_upper(c0) && c0 < 0x80) {
			char w[16];
			size_t we = ad_word(s, len, v, w, sizeof w);
			if (we == v || !ad_in_list(first, w))
				return 0;
			k = we;
		}
		if (!digit)
			word = 1;
		for (size_t run = 0; k < len && k - v < 64 && s[k] != d && s[k] != '\n' && s[k] != '"' &&
				     !(digit && word); k++) {
			unsigned char ch = (unsigned char)s[k];
			digit |= rx_is_digit(ch) != 0;
			/* (letters counted once each: ASCII and the two-byte
			 * scripts' leads; a CJK unit after a number, "2024年",
			 * "3000円", is no street's word) */
			if (rx_is_alpha(ch) || (ch >= 0xC3 && ch <= 0xDF))
				run++;
			else if (ch < 0x80 || ch >= 0xE0)
				run = 0;
			word |= run >= 3;
		}
		if (!digit || !word)
			return 0;
	}
	size_t e = v;
	if (quoted) {
		while (e < len && e - v < 240 && s[e] != '"')
			e++;
		if (e >= len || s[e] != '"' || e - v >= 240)
			return 0;
	} else {
		/* (a cell of 96 bytes at most: a sentence runs on) */
		while (e < len && e - v < 96 && s[e] != d && s[e] != '\n' && s[e] != '"')
			e++;
		if (e - v >= 96)
			return 0;
	}
	size_t b = e;
	while (b > v && rx_in(" \r\n", s[b - 1]))
		b--;
	if (!addressish(s, v, b) || (!quoted && v < len && s[v] == '"'))
		return 0;
	char hdr[96];
	if (!rx_column_header(c, v, hdr, sizeof hdr))
		return 0;
	size_t n = strlen(hdr);
	/* (Google Contacts' "Address 1 - Formatted", "... - Street": the
	 * address's word and its number before the suffix) */
	size_t sfx = n > 12 && !strcmp(hdr + n - 12, " - formatted") ? 12
		     : n > 9 && !strcmp(hdr + n - 9, " - street") ? 9 : 0;
	if (sfx) {
		n -= sfx;
		while (n > 1 && (rx_is_digit((unsigned char)hdr[n - 1]) || hdr[n - 1] == ' '))
			n--;
		hdr[n] = '\0';
	}
	if ((rx_kwset_last(&field_kws, hdr, 0, n) != n && rx_kwset_last(&street_col_kws, hdr, 0, n) != n) ||
	    other_kind(hdr, n))
		return 0;
	unsigned k = (unsigned)rx_emit(c, v, b, REDACT_ADDRESS);
	return k ? k + rest_of_address(c, e + quoted, d) : 0;
}

/* vCard (RFC 6350) "ADR;TYPE=home:;;123 Main St;Springfield;IL;62701;USA":
 * the components after the colon. */
unsigned ad_detect_vcard(struct rx_ctx *c)
{
	const char *s = c->text;
	char w[8];
	if (c->ms > 0 && s[c->ms - 1] != '\n' && s[c->ms - 1] != '.')
		return 0;
	size_t we = ad_word(s, c->len, c->ms, w, sizeof w);
	if ((strcmp(w, "adr") && strcmp(w, "label")) || we >= c->len || (s[we] != ';' && s[we] != ':'))
		return 0;
	c->me = we;
	size_t le = rx_line_end(s, c->len, c->me), i = c->me;
	while (i < le && s[i] != ':')
		i++;
	if (i >= le)
		return 0;
	i++;
	while (i < le && (s[i] == ';' || s[i] == ' '))
		i++;
	size_t e = le;
	while (e > i && (s[e - 1] == ';' || s[e - 1] == ' ' || s[e - 1] == '\r'))
		e--;
	int digit = 0;
	for (size_t k = i; k < e; k++)
		digit |= rx_is_digit((unsigned char)s[k]);
	return e > i && digit ? (unsigned)rx_emit(c, i, e, REDACT_ADDRESS) : 0;
}

/* (engine.c asks at every address a detector found) */
int rx_address_bounds(const char *s, size_t len, size_t *start, size_t *end)
{
	size_t a = *start, e = *end;
	/* an address's word without its colon is its label, not its part
	 * ("Rechnungsadresse Hafenstraße 29a, ...", "Bin gleich da, Adresse
	 * Sperlingsgasse 105b, ...?"; stop 51) */
	if (e > a + 12 && rx_is_upper((unsigned char)s[a])) {
		size_t w = a;
		while (w < e && w - a < 24 && rx_is_alpha((unsigned char)s[w]))
			w++;
		if (w < e && s[w] == ' ' && w - a >= 7 && rx_fold_eq(s + w - 7, "adresse", 7) &&
		    rx_is_upper((unsigned char)s[w + 1]))
			a = w + 1;
	}
	/* a GEDCOM record's lines ("2 PLAC Ballarat, ...\n1 RESI\n2 ADDR 1/38
	 * Banksia Street, ..."): the address is its ADDR line's value, a
	 * birth's place is none */
	if (e > a + 9 && (a == 0 || s[a - 1] == '\n' || s[a - 1] == ' ') &&
	    rx_is_digit((unsigned char)s[a]) && !memcmp(s + a + 1, " ADDR ", 6))
		a += 7;
	else if (e > a + 7 && !memcmp(s + a, "ADDR ", 5))
		a += 5;
	for (const char *nlq = memchr(s + a, '\n', e - a); nlq && nlq + 8 < s + e;
	     nlq = memchr(nlq + 1, '\n', (size_t)(s + e - nlq - 1))) {
		size_t q = (size_t)(nlq - s);
		if (rx_is_digit((unsigned char)s[q + 1]) && s[q + 2] == ' ' &&
		    rx_is_upper((unsigned char)s[q + 3]) && rx_is_upper((unsigned char)s[q + 4]) &&
		    rx_is_upper((unsigned char)s[q + 5])) {
			if (!memcmp(s + q + 3, "ADDR ", 5))
				a = q + 8;
			else if (!memcmp(s + q + 3, "CONT ", 5) || !memcmp(s + q + 3, "CONC ", 5))
				continue;
			else if (a < q && !rx_is_digit((unsigned char)s[a])) {
				e = q;
				if (e <= a + 2)
					return 0;
				break; /* (the span ends here: no line after it) */
			} else if (a < q && (a == 0 || s[a - 1] == '\n') &&
				 rx_is_digit((unsigned char)s[a]) && s[a + 1] == ' ')
				a = q + 1; /* (a record's tag line is none of it) */
			if (e <= a + 2)
				return 0;
		}
	}
	/* a CSV row's address ends with its row ("3348 N Hawthorne
	 * St,Bend,OR,97701" over the next row's street): a line with
	 * three commas or more before a cell is a row */
	const char *sp = memchr(s + a, ',', e - a);
	if (sp && sp + 1 < s + e && sp[1] != ' ') {
		size_t ls = rx_line_start(s, a), le = rx_line_end(s, len, a), cells = 0;
		for (const char *q = s + ls; q + 1 < s + le && cells < 3; q++)
			cells += *q == ',' && q[1] != ' ';
		/* (and with its cells: an empty one or a phone's after
		 * its postcode is no part of it, ",97701,,,no", a cell
		 * of seven digits or more) */
		if (cells >= 3) {
			if (e > le)
				e = le;
			for (size_t q = a; q + 1 < e; q++) {
				if (s[q] != ',')
					continue;
				size_t digits = 0;
				for (size_t r = q + 1; r < le && s[r] != ','; r++)
					digits += rx_is_digit((unsigned char)s[r]) != 0;
				if (rx_in(",(+", s[q + 1]) || digits >= 7) {
					e = q;
					break;
				}
			}
			while (e > a && rx_in("\r,; ", s[e - 1]))
				e--;
			if (e <= a)
				return 0;
		}
	}
	*start = a;
	*end = e;
	return 1;
}
