/* address: postal addresses, from the street line to the locality, anchored
 * on a postal code of the country's shape:
 *
 *   US  1442 Pine St #305, Austin, TX 78792[-1234]
 *   UK  Flat 3, 49 Green Close, Leeds LS6 1QW   (town and postcode may be
 *       on lines of their own)
 *   DE  Bahnhofstraße 93, 10633 Berlin;  AT/CH  Mariahilfer Straße 1, 1060 Wien
 *   FR  76 bis boulevard Victor Hugo, 75002 Paris
 *   ES  Calle Mayor, 42, 3º B, 46129 Valencia;  C/ del Carmen, 10
 *   IT  Via Verdi 120, 80020 Napoli (NA)
 *   NL  Prinsenstraat 80 A, 3054 NW Rotterdam
 *   IN  Flat 459, Lake View Residency, Park Street, Kolkata, West Bengal 700098
 *   BR  Rua Augusta, 1240, apto 52 - Jardins, Belo Horizonte - MG, CEP 30555-554
 *
 * A street line starts with a house number and has a street-type word
 * (Street, Lane, rue, boulevard...), or starts with a street-type word (Calle,
 * Via, Rua, Flat, ...), or is a German or Dutch street name (...straße,
 * ...weg, ...straat, ...laan) followed by its number. From there, within a
 * few lines and about 220 bytes of address-like text, the nearest postal
 * code of a known shape ends the address (after its city where the city
 * follows the code). A postal code alone is an address only after "my
 * postcode is", "PLZ", "CEP", "PIN code", "zip code" and the like. */
#include <string.h>

#include "address_int.h"
#define WINDOW 240

/* Street-type words after the name (EN) or before it (FR, ES, IT, PT, IN),
 * folded. */
static const char *const street_after[] = {
	"street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "av", "close", "drive",
	"dr", "way", "court", "ct", "place", "pl", "gardens", "crescent", "terrace", "grove",
	"square", "sq", "hill", "row", "mews", "park", "walk", "boulevard", "blvd", "highway",
	"hwy", "parkway", "pkwy", "circle", "cir", "trail", "alley", "plaza", "view", "rise",
	"green", "wharf", "parade", "broadway", "loop", "path", "point", "crossing", "ridge",
	"pde", "cres", "tce", "esp", "cct", "gr", "pkwy", "blvd", "iela", "ulica", "tn", "mnt",
	"g", "pr", "gatvė", "prospektas", "tänav", "maantee", "cesta", "st.", "pike", "turnpike",
	"strasse", "straße", "str", "weg", "gasse", "platz", "allee", "ring", "damm", "lawn",
	"heights", "bypass", "vale", "meadows", "gate", NULL,
};
static const char *const street_before[] = {
	"rue", "avenue", "av", "boulevard", "bd", "bld", "place", "pl", "allée", "allee",
	"chemin", "impasse", "quai", "route", "cours", "square", "passage", "voie", "sentier",
	"faubourg", "fbg", "calle", "c/", "avenida", "avda", "paseo", "plaza", "pza", "camino",
	"carretera", "ctra", "ronda", "travesía", "glorieta", "rambla", "vía", "via", "viale",
	"corso", "piazza", "piazzale", "largo", "vicolo", "strada", "contrada", "lungomare",
	"rua", "travessa", "alameda", "praça", "rodovia", "estrada", "laan", "ulica", "ul.",
	"aleja", "al.", "plac", "os.", "mahallesi", "mah.", "caddesi", "cad.", "sokak", "sok.",
	"bulvarı", "triq", "rruga", "jalan", "jln", "jl.", "lebuh", "lorong", "carrera", "transversal",
	"diagonal", "ул", "пр", "бул", "улица", "проспект", "οδός", "odos", NULL,
};
/* German and Dutch street names end in these. */
/* with their lengths: tried at every capitalised word before a number */
#define SUF(x) {x, sizeof(x) - 1}
static const struct {
	const char *s;
	size_t n;
} street_suffix[] = {
	SUF("straße"), SUF("strasse"), SUF("str."), SUF("weg"), SUF("gasse"), SUF("platz"),
	SUF("allee"), SUF("ring"), SUF("damm"), SUF("ufer"), SUF("chaussee"), SUF("steig"),
	SUF("pfad"), SUF("markt"), SUF("graben"), SUF("straat"), SUF("laan"), SUF("gracht"),
	SUF("plein"), SUF("kade"), SUF("singel"), SUF("dijk"), SUF("hof"), SUF("steeg"),
	SUF("dreef"), SUF("plantsoen"), SUF("park"), SUF("gatan"), SUF("gata"), SUF("vägen"),
	SUF("väg"), SUF("vejen"), SUF("vej"), SUF("gaden"), SUF("gade"), SUF("stræde"), SUF("veien"),
	SUF("gaten"), SUF("gate"), SUF("katu"), SUF("tie"), SUF("kuja"), SUF("polku"), SUF("utca"),
	SUF("-ro"), SUF("-daero"), SUF("-gil"), SUF("vænget"), SUF("allé"), SUF("werf"), SUF("diep"),
};
#undef SUF

/* Whether the folded word w[0..n) ends in a street suffix (is one, when
 * whole is set). */
static int street_suffixed(const char *w, size_t n, int whole)
{
	for (size_t k = 0; k < sizeof street_suffix / sizeof street_suffix[0]; k++) {
		size_t kl = street_suffix[k].n;
		if ((n > kl || (whole && n == kl)) && memcmp(w + n - kl, street_suffix[k].s, kl) == 0)
			return 1;
	}
	return 0;
}
/* Bytes an address may hold between its street line and its locality. */
static int addr_char(unsigned char c)
{
	/* '\\' escapes a comma in ICS, '$' breaks an LDIF postalAddress */
	return rx_is_alnum(c) || c >= 0x80 || rx_in(" ,.-/#'º°ª()\n\t\\$", c);
}

/* 19 or 20 when the digits at i start a year of those centuries, else 0. */
static int century_at(const char *s, size_t i)
{
	return s[i] == '1' && s[i + 1] == '9' ? 19 : s[i] == '2' && s[i + 1] == '0' ? 20 : 0;
}

/* A word of three small letters or more at i, a space or a punctuation
 * mark after it ("today", not "kWh"). */
static int lower_word(const char *s, size_t len, size_t i)
{
	size_t e = i;
	while (e < len && rx_is_lower((unsigned char)s[e]))
		e++;
	return e - i >= 3 && (e == len || rx_in(" .,;:!?\r\n", s[e]));
}

/* From the street line at `st` (house number or street word found by the
 * caller), the nearest locality anchor within the window: its end, or NONE. */
static size_t to_locality(const char *s, size_t len, size_t st)
{
	size_t lim = st + WINDOW < len ? st + WINDOW : len;
	int lines = 0;
	for (size_t i = st + 1; i < lim; i++) {
		unsigned char c = (unsigned char)s[i];
		/* (and a number's ':' in "No: 80 D: 8", "No:75 D:2", "Daire: 4",
		 * "Kat: 2", a Turkish door's, flat's and floor's) */
		/* (and " | " between a signature's street and its town on
		 * its line, not in a table's row nor a form's next field) */
		if (!addr_char(c) && !(c == ':' && i + 2 < len &&
				       (rx_is_digit((unsigned char)s[i + 1]) ||
					(s[i + 1] == ' ' && rx_is_digit((unsigned char)s[i + 2]))) &&
				       i >= 2 && (s[i - 1] == 'o' || s[i - 1] == 'D' ||
						  (i >= 6 && !memcmp(s + i - 5, "Daire", 5)) ||
						  (i >= 4 && !memcmp(s + i - 3, "Kat", 3)))) &&
		    !(c == '|' && !lines && s[i - 1] == ' ' && i + 1 < len && s[i + 1] == ' ' && !ad_table_row(s, i)))
			return NONE;
		if (c == '\n' && (++lines > 3 || ad_list_item_next(s, len, i + 1)))
			return NONE;
		/* an empty line ends the block, unless the postcode starts the
		 * next (a Swiss QR bill leaves the house number's line empty) */
		if (c == '\n' && i > st + 1 && (s[i - 1] == '\n' || (s[i - 1] == '\r' && s[i - 2] == '\n')) &&
		    !(i + 1 < len && rx_is_digit((unsigned char)s[i + 1])))
			return NONE;
		/* a sentence ends: ". " then a capital that starts no locality
		 * (or '¿', '¡' of a Spanish sentence), not after an
		 * abbreviation of four letters or fewer ("Kel. Dago, Kec.
		 * Coblong", "Int. 5, Col. Centro") */
		if (c == '.' && i + 2 < len && s[i + 1] == ' ' &&
		    (rx_is_upper((unsigned char)s[i + 2]) ||
		     (i + 3 < len && (unsigned char)s[i + 2] == 0xC2 && ((unsigned char)s[i + 3] == 0xBF || (unsigned char)s[i + 3] == 0xA1))) &&
		    i > st && rx_is_lower((unsigned char)s[i - 1]) && i - st > 40) {
			size_t w = i;
			while (w > st && rx_is_alpha((unsigned char)s[w - 1]))
				w--;
			if (i - w > 4 || (w > st && !rx_in(" ,", s[w - 1])))
				return NONE;
		}
		size_t e = ad_anchor(s, len, i);
		if (e != NONE)
			return ad_locality_tail(s, len, e);
		/* a line wrapped after the postcode, the town alone on the
		 * next ("Schmiedegasse 72, 21335\nLüneburg") */
		if (rx_is_digit(c) && i >= st + 4 && s[i - 1] == ' ' && s[i - 2] == ',' && ad_digits_at(s, len, i) == 5) {
			size_t q = i + 5 + (i + 5 < len && s[i + 5] == '\r');
			size_t ce = q + 1 < len && s[q] == '\n' ? ad_city(s, len, q + 1) : NONE;
			if (ce != NONE && (ce == len || rx_in("\r\n", s[ce])))
				return ad_locality_tail(s, len, ce);
		}
		/* a postcode after the city, the address's last word
		 * ("Riccarton, Christchurch 8011", "Mergangsan, Yogyakarta
		 * 55153"; NZ, AU without a state, ID, TH): after a comma */
		if (rx_is_digit(c) && i >= st + 4 && s[i - 1] == ' ' && rx_letter_before(s, i - 1)) {
			size_t nd = ad_digits_at(s, len, i);
			size_t q = i + nd;
			/* (then the line's end, a field's end, or a dash before
			 * the next field: "Medan 20118 — (061) 8970673") */
			int end = q == len || rx_in("\n\r,;|)\t\"", s[q]) || rx_dash_sep(s, len, q) == 5;
			/* (or a sentence's end or its next word: "..., Bandung
			 * 40135.", "..., Cebu City 6000 today"; not a year) */
			if (!end && q + 1 < len && ((s[q] == '.' && rx_in(" \r\n", s[q + 1])) ||
						    (s[q] == ' ' && lower_word(s, len, q + 1))))
				end = !(nd == 4 && century_at(s, i));
			if (q + 1 == len && s[q] == '.')
				end = 1;
			/* (not a unit's number: "400 Quayside Loop, Suite 1200,
			 * Bellevue, WA 98004"; stop 55) */
			char uw[16];
			size_t uws = ad_field_word_start(s, st, i - 1);
			int unit = 0;
			if (uws < i - 1 && i - 1 - uws < sizeof uw) {
				rx_fold(s + uws, i - 1 - uws, uw, sizeof uw);
				unit = ad_in_list(ad_unit_words, uw);
			}
			if (nd >= 4 && nd <= 6 && end && !unit && ad_city_after_comma(s, st, i - 1))
				return ad_locality_tail(s, len, q);
		}
		/* Mexico's "C.P." and five digits after the town and its state
		 * ("..., Col. Del Valle, Monterrey, N.L., C.P. 64000") */
		if (c == 'C' && i >= st + 8 && i + 10 <= len && !memcmp(s + i, "C.P. ", 5) && s[i - 1] == ' ' &&
		    s[i - 2] == ',' && ad_digits_at(s, len, i + 5) == 5 &&
		    (i + 10 == len || rx_in("\n\r,;|)\t\". ", s[i + 10])))
			return ad_locality_tail(s, len, i + 10); /* (", Coyoacán, CDMX") */
		/* South Africa's four digits after the city and a comma
		 * ("Melville, Johannesburg, 2092"), the address's last word
		 * (not a year: "London, 2019 was fun") */
		if (rx_is_digit(c) && i >= st + 6 && s[i - 1] == ' ' && s[i - 2] == ',' && rx_letter_before(s, i - 2) &&
		    ad_digits_at(s, len, i) == 4 &&
		    !(century_at(s, i) == 19 || (century_at(s, i) == 20 && i + 4 < len && s[i + 4] == ' '))) {
			size_t q = i + 4;
			int end = q == len || rx_in("\n\r,;|)\t\". ", s[q]);
			if (end && ad_city_after_comma(s, st, i - 2) && !(q + 1 < len && s[q] == '.' && rx_is_digit((unsigned char)s[q + 1])))
				return q;
		}
	}
	return NONE;
}

static struct rx_kwset street_after_kws = RX_KWSET(street_after);
static struct rx_kwset street_before_kws = RX_KWSET(street_before);

/* Words of the line from i on (up to max) hold a street-type word of k. */
/* Whether one of the next `max` words on the line (up to a comma) is in k,
 * or one of the next `max2` in k2 (k2 may be NULL). */
static int has_street_word2(const struct rx_ctx *c, const char *s, size_t len, size_t i,
			    struct rx_kwset *k, int max, struct rx_kwset *k2, int max2)
{
	char w[32];
	int top = max > max2 ? max : max2;
	for (int n = 0; n < top && i < len; n++) {
		while (i < len && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (i >= len || s[i] == '\n' || s[i] == ',')
			return 0;
		/* a lexer word of ASCII letters that no '\'', '/' or '-'
		 * continues is ad_word()'s word: looked up by the lexer's hash,
		 * without folding it again */
		size_t ti = c ? rx_tok_at(c, i) : RX_NONE;
		if (ti != RX_NONE && (c->tk[ti].f & RXT_ALPHA) && c->tk[ti].n < sizeof w &&
		    (c->tk[ti].e >= len || !rx_in("'/-", s[c->tk[ti].e]))) {
			size_t e = c->tk[ti].e;
			uint32_t h = c->tk[ti].h;
			if ((n < max && rx_kw_is(k, h, s + i, e - i)) ||
			    (k2 && n < max2 && rx_kw_is(k2, h, s + i, e - i)))
				return 1;
			i = e < len && s[e] == '.' ? e + 1 : e;
			continue;
		}
		/* an ordinal street name ("W 47th St", "2nd Main Road") */
		if (rx_is_digit((unsigned char)s[i])) {
			size_t e = i;
			while (e < len && e - i < 4 && rx_is_digit((unsigned char)s[e]))
				e++;
			if (e + 2 <= len && e - i <= 3 &&
			    (rx_fold_eq(s + e, "st", 2) || rx_fold_eq(s + e, "nd", 2) || rx_fold_eq(s + e, "rd", 2) ||
			     rx_fold_eq(s + e, "th", 2)) &&
			    (e + 2 == len || !rx_is_alnum((unsigned char)s[e + 2]))) {
				i = e + 2;
				continue;
			}
			return 0;
		}
		size_t e = ad_word(s, len, i, w, sizeof w);
		if (e == i)
			return 0;
		size_t wl = strlen(w);
		if ((n < max && rx_kwset_has(k, w, wl)) || (k2 && n < max2 && rx_kwset_has(k2, w, wl)))
			return 1;
		if (e < len && s[e] == '.')
			e++;
		i = e;
	}
	return 0;
}

static int has_street_word(const char *s, size_t len, size_t i, struct rx_kwset *k, int max)
{
	return has_street_word2(NULL, s, len, i, k, max, NULL, 0);
}

/* A street line with no locality after a preposition ("the boiler at 47
 * Coppergate Lane", "party at 3604 Larkspur Ct saturday", "he lives at 87
 * Glenview Heights"): one to three capitalised words, then a capitalised
 * street-type word that ends them; its end, or NONE. */
static size_t street_only(const struct rx_ctx *c, const char *s, size_t i, size_t at)
{
	/* (or a unit or a house before the number: "be at Flat 9, 161 Beacon
	 * Rise", "at Rose Cottage, 12 Kiln Lane") */
	size_t up = ad_unit_prefix(s, c->len, at);
	if (!ad_after_prep(s, at) && !(at >= 2 && s[at - 1] == ' ' && s[at - 2] == ':') &&
	    !(up != at && ad_after_prep(s, up)) && !ad_home_before(s, up))
		return NONE;
	char w[32];
	for (int n = 0; n < 4 && i < c->len; n++) {
		if (!rx_cap_at(s, c->len, i))
			return NONE;
		size_t e = ad_word(s, c->len, i, w, sizeof w);
		if (e == i || (e < c->len && (rx_is_digit((unsigned char)s[e]) || rx_in("-'/@", s[e]))))
			return NONE;
		if (n > 0 && rx_kwset_has(&street_after_kws, w, strlen(w)))
			return e;
		if (e + 1 >= c->len || s[e] != ' ')
			return NONE;
		i = e + 1;
	}
	return NONE;
}

/* The end of the first street-type word (after the name) within four
 * words at i, or NONE. */
static size_t street_type_end(const struct rx_ctx *c, const char *s, size_t i)
{
	char w[32];
	for (int n = 0; n < 4 && i < c->len; n++) {
		size_t e = ad_word(s, c->len, i, w, sizeof w);
		if (e == i)
			return NONE;
		if (n > 0 && rx_kwset_has(&street_after_kws, w, strlen(w)))
			return e;
		if (e + 1 >= c->len || s[e] != ' ')
			return NONE;
		i = e + 1;
	}
	return NONE;
}

/* A word of prose in lower case (three letters or more, no unit word)
 * right after e. */
static int prose_after(const char *s, size_t len, size_t e)
{
	if (e + 4 >= len || s[e] != ' ' || !rx_is_lower((unsigned char)s[e + 1]))
		return 0;
	char w[16];
	size_t we = ad_word(s, len, e + 1, w, sizeof w);
	return we >= e + 4 && !ad_in_list(ad_unit_words, w);
}

/* "172 Albert Lane", "109 boulevard Jean Jaurès", "76 bis rue ...". */
static unsigned detect_numbered(struct rx_ctx *c)
{
	const char *s = c->text;
	/* 1-5 digits, a letter or "-12" or " bis", maybe a comma, then a word */
	size_t nd = ad_digits_at(s, c->len, c->ms), i = c->ms + nd;
	if (nd == 0 || nd > 5)
		return 0;
	if (i < c->len && rx_is_alpha((unsigned char)s[i]) && !(i + 1 < c->len && rx_is_alpha((unsigned char)s[i + 1])))
		i++;
	else if (i + 1 < c->len && s[i] == '-' && rx_is_digit((unsigned char)s[i + 1]))
		i += 1 + ad_digits_at(s, c->len, i + 1);
	else if (i + 5 < c->len && s[i] == ' ' && (!memcmp(s + i + 1, "bis ", 4) || !memcmp(s + i + 1, "ter ", 4)))
		i += 4; /* ("76 bis rue ...", "33 ter boulevard ...") */
	/* (the locality is looked for after the number: "336-1027 Barrington
	 * St" holds no postcode "1027") */
	size_t num_end = i;
	if (i < c->len && s[i] == ',')
		i++;
	if (i + 1 >= c->len || s[i] != ' ' || !rx_letter_at(s, c->len, i + 1))
		return 0;
	if (!has_street_word2(c, s, c->len, i, &street_after_kws, 6, &street_before_kws, 3)) {
		/* a street without its type ("93 Chapel Fold", "69 The
		 * Paddocks"): one to four capitalised words to a comma or the
		 * line's end, and a locality with its postcode after it */
		size_t k = i + 1, words = 0;
		while (k < c->len && words < 5 && rx_cap_at(s, c->len, k)) {
			while (k < c->len && (rx_is_alpha((unsigned char)s[k]) || s[k] == '-' || s[k] == '\'' ||
					      ((unsigned char)s[k] >= 0x80 && rx_letter_at(s, c->len, k))))
				k += (unsigned char)s[k] >= 0x80 ? rx_letter_at(s, c->len, k) : 1;
			if (k < c->len && !rx_in(" ,\n", s[k]))
				return 0; /* (a code: "05 Q1006") */
			words++;
			if (k < c->len && s[k] == ' ')
				k++;
			else
				break;
		}
		if (words == 0 || words > 4 || k >= c->len || !(s[k] == ',' || s[k] == '\n'))
			return 0;
		/* (not a year, nor a span of them: "2008-2017 Marcos Maquin Xo") */
		if ((nd == 4 && (!memcmp(s + c->ms, "19", 2) || !memcmp(s + c->ms, "20", 2))) ||
		    (c->ms >= 2 && s[c->ms - 1] == '-' && rx_is_digit((unsigned char)s[c->ms - 2])))
			return 0;
		size_t e = to_locality(s, c->len, num_end - 1), pc = 0;
		/* every word after the street's a capitalised one, a number or
		 * a particle of three letters or fewer ("Isle of Lewis"): no
		 * line of prose between it and the locality */
		for (size_t q = k; e != NONE && q < e; q++)
			if ((q == k || s[q - 1] == ' ' || s[q - 1] == '\n') && rx_is_lower((unsigned char)s[q])) {
				size_t w = q;
				while (w < e && rx_is_lower((unsigned char)s[w]))
					w++;
				if (w - q > 3)
					return 0;
			}
		for (size_t q = k; e != NONE && q < e && !pc; q++)
			pc = (rx_is_digit((unsigned char)s[q]) && ad_digits_at(s, c->len, q) >= 4) ||
			     ((q == k || s[q - 1] == ' ' || s[q - 1] == '\n') && ad_uk_postcode(s, c->len, q) != NONE);
		if (!pc)
			return 0;
		size_t st = ad_slash_unit(s, c->ms);
		return (unsigned)rx_emit(c, st != c->ms ? st : ad_unit_prefix(s, c->len, c->ms), e, REDACT_ADDRESS);
	}
	/* a word of prose after the street's type word ends the address
	 * there ("at 47 Coppergate Lane broke" is no street line above a
	 * locality on the next line) */
	size_t se = street_type_end(c, s, i + 1);
	size_t e = se != NONE && prose_after(s, c->len, se) ? NONE : to_locality(s, c->len, num_end - 1);
	if (e == NONE && (e = street_only(c, s, i + 1, c->ms)) != NONE)
		e = ad_town_after(s, c->len, e);
	if (e == NONE)
		return 0;
	size_t st = ad_slash_unit(s, c->ms);
	return (unsigned)rx_emit(c, st != c->ms ? st : ad_unit_prefix(s, c->len, c->ms), e, REDACT_ADDRESS);
}

/* "Calle Mayor, 42", "Via Verdi 120", "Rua Augusta, 1240", "Flat 459, ...",
 * "Door No. 225, ...": the street word first, a number within the line. */
unsigned ad_detect_typed(struct rx_ctx *c)
{
	const char *s = c->text;
	/* the word may end in '.' ("Avda.", "Door No.") and a space follows
	 * (or ", ": "Moda Mah., Menekşe Cad. No: 53") */
	if (c->me < c->len && s[c->me] == '.')
		c->me++;
	if (c->me + 1 < c->len && s[c->me] == ',' && s[c->me + 1] == ' ')
		c->me++;
	if (c->me >= c->len || s[c->me] != ' ')
		return 0;
	size_t le = rx_line_end(s, c->len, c->me), i;
	for (i = c->me; i < le && i < c->me + 80; i++)
		if (rx_is_digit((unsigned char)s[i]))
			break;
	if (i >= le || i >= c->me + 80)
		return 0;
	size_t e = to_locality(s, c->len, c->ms);
	if (e == NONE)
		e = ad_colombian(s, le, i);
	return e != NONE ? (unsigned)rx_emit(c, c->ms, e, REDACT_ADDRESS) : 0;
}

/* "Bahnhofstraße 93", "Prinsenstraat 80 A": a street name ending in a
 * German or Dutch street suffix, then its number. */
static const char *const street_preps[] = {
	"im", "am", "an", "auf", "zum", "zur", "unter", "hinter", "vor", "beim", "op", "aan",
	"in", "bij", "achter", NULL,
};

/* The words before a suffixed street name that belong to it
 * ("Burgemeester de Withstraat 277", "Dr.-Karl-Renner-Ring" is one word):
 * up to three capitalised words or ad_particles back to the line's start or a
 * separator (", ", ": ", tab), or `at`. */
static size_t street_prefix(const char *s, size_t at)
{
	size_t ls = rx_line_start(s, at), i = at;
	char w[16];
	for (int n = 0; n < 3; n++) {
		if (ad_field_start(s, ls, i))
			return i;
		if (s[i - 1] != ' ' || i - 1 == ls)
			return at;
		size_t we = i - 1, ws = ad_field_word_start(s, ls, we);
		if (ws == we)
			return at;
		rx_fold(s + ws, we - ws, w, sizeof w);
		/* (a request's words are none of the street's: "Bitte an
		 * Kastanienallee 1"; stop 56) */
		static const char *const asks[] = {"bitte", "please", "prego", "graag", "proszę", "svp", NULL};
		if (ad_in_list(asks, w))
			return at;
		if ((!rx_cap_at(s, we, ws) && !ad_in_list(ad_particles, w)) || ad_in_list(ad_unit_words, w))
			return ad_field_start(s, ls, i) || ad_in_list(ad_unit_words, w) ? i : at;
		i = ws;
	}
	return ad_field_start(s, ls, i) ? i : at;
}

static unsigned detect_suffixed(struct rx_ctx *c)
{
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	char w[64];
	/* cheaper still, from the lexer's words: the look below fails when
	 * an ASCII byte other than ' ', '-', '.' ends the first word, or when
	 * the first word, a space, a word and that kind of byte follow, or
	 * the two words and a space without a digit after it (most
	 * capitalised words of prose) */
	if (c->ti < c->ntk && c->tk[c->ti].s == c->ms) {
		size_t te = c->tk[c->ti].e;
		if (te >= c->len || (u[te] < 0x80 && u[te] != ' ' && u[te] != '-' && u[te] != '.'))
			return 0;
		if (u[te] == ' ' && c->ti + 1 < c->ntk && c->tk[c->ti + 1].s == te + 1 &&
		    !(c->tk[c->ti + 1].f & (RXT_DIGIT | RXT_WIDE))) {
			size_t e2 = c->tk[c->ti + 1].e;
			if (e2 >= c->len ||
			    (u[e2] < 0x80 && u[e2] != ' ' && u[e2] != '-' && u[e2] != '.') ||
			    (u[e2] == ' ' && (e2 + 1 >= c->len || !rx_is_digit(u[e2 + 1]))))
				return 0;
		}
	}
	/* cheap look first: within 48 bytes, on the line, " <digit>" follows
	 * the first or second word */
	{
		size_t j = c->ms, sp = 0;
		while (j < c->len && j - c->ms < 48 && s[j] != '\n') {
			if (s[j] == ' ') {
				if (j + 1 < c->len && rx_is_digit((unsigned char)s[j + 1]))
					break;
				if (++sp == 2)
					return 0;
			} else if (!(rx_letter_at(s, c->len, j) || s[j] == '-' || s[j] == '.' ||
				     ((unsigned char)s[j] & 0xC0) == 0x80)) {
				return 0;
			}
			j++;
		}
		if (j >= c->len || s[j] != ' ')
			return 0;
	}
	size_t e = ad_word(s, c->len, c->ms, w, sizeof w), n = strlen(w);
	int ok = 0;
	/* a number must follow the name (or a second word) on the line */
	{
		size_t j = e < c->len && s[e] == '.' ? e + 1 : e;
		if (j >= c->len || s[j] != ' ')
			return 0;
		j++;
		if (j < c->len && !rx_is_digit((unsigned char)s[j])) {
			while (j < c->len && (rx_letter_at(s, c->len, j) || s[j] == '-'))
				j += rx_letter_at(s, c->len, j) ? rx_letter_at(s, c->len, j) : 1;
			if (j < c->len && s[j] == '.')
				j++;
			if (j + 1 >= c->len || s[j] != ' ' || !rx_is_digit((unsigned char)s[j + 1]))
				return 0;
		}
	}
	if (e < c->len && s[e] == '.' && n + 1 < sizeof w) {
		w[n++] = '.'; /* "Kirchstr." */
		w[n] = '\0';
	}
	ok = street_suffixed(w, n, 0);
	int prep = !ok && ad_in_list(street_preps, w);
	/* "Mariahilfer Straße", "Am Markt": the suffix as the second word
	 * (not after a unit's word: "Wohnung Kastanienallee 23" is found at
	 * the street) */
	int unit = ad_in_list(ad_unit_words, w) && e + 1 < c->len && s[e] == ' ' && !rx_is_digit((unsigned char)s[e + 1]);
	if (!ok && e < c->len && s[e] == ' ' && !unit) {
		ad_word(s, c->len, e + 1, w, sizeof w);
		ok = street_suffixed(w, strlen(w), 1);
	}
	/* "Im Winkel 20", "Zum Kirchberg 11": a preposition and a name */
	if (!ok && prep && e < c->len && s[e] == ' ' && rx_cap_at(s, c->len, e + 1))
		ok = 1;
	/* a street name of one or two words with no street word at all
	 * ("Vredenburg 114, 5612 EP Eindhoven", "Strandvejen 72, 2202
	 * København N", "Rua Direita 169, 4129-050 Porto"): only where the
	 * line or a field starts, and with the locality right after the
	 * house number */
	size_t strict = NONE;
	int prep_only = 0;
	if (!ok && !ad_field_start(s, rx_line_start(s, c->ms), c->ms)) {
		int mon;
		prep_only = ad_after_prep(s, c->ms) && !rx_month_name(s, c->len, c->ms, &mon);
	}
	if (!ok && !unit && (prep_only || ad_field_start(s, rx_line_start(s, c->ms), c->ms))) {
		/* every word before the number capitalised ("Livrez au 22
		 * place ..." is found at its number) */
		size_t j = c->ms;
		int words_ok = 1;
		while (j < c->len && j - c->ms < 48 && !rx_is_digit((unsigned char)s[j])) {
			if ((j == c->ms || s[j - 1] == ' ') && s[j] != ' ' && !rx_cap_at(s, c->len, j))
				words_ok = 0;
			/* letters, spaces, '-', '\'', '.' only ("LOCATION:..." is none) */
			if (!(rx_letter_at(s, c->len, j) || ((unsigned char)s[j] & 0xC0) == 0x80 ||
			      rx_in(" -'.", s[j])))
				words_ok = 0;
			j++;
		}
		size_t d0 = j;
		/* (one word of two to four capitals is a code's name: "CVC 683",
		 * "PIN 4471"; stop 56) */
		if (d0 >= c->ms + 3 && d0 <= c->ms + 5 && s[d0 - 1] == ' ') {
			size_t q = c->ms;
			while (q < d0 - 1 && rx_is_upper((unsigned char)s[q]))
				q++;
			if (q == d0 - 1)
				words_ok = 0;
		}
		while (j < c->len && rx_is_digit((unsigned char)s[j]))
			j++;
		/* a house number (1-5 digits, then "B", "a", "-II", " hs") that
		 * ends the street line */
		size_t k = j;
		while (k < c->len && k - j < 5 && (rx_is_alpha((unsigned char)s[k]) || rx_in("- ", s[k])))
			k++;
		if (j - d0 < 1 || j - d0 > 5 || k >= c->len || !rx_in(",\n\t\\", s[k]))
			words_ok = 0;
		/* (a year after two names, no postcode after it, is a wine's
		 * vintage or a work's, "Louis Jadot 2018, Penfolds Grange
		 * 2017", as is any on a wine list's line; stop 53) */
		if ((j - d0 == 4 && (s[d0] == '1' || s[d0] == '2') && (s[d0 + 1] == '9' || s[d0 + 1] == '0') &&
		     k + 2 < c->len && s[k] == ',' && !rx_is_digit((unsigned char)s[k + 2])) ||
		    pn_vintage(c, c->ms))
			words_ok = 0;
		strict = j;
		ok = words_ok;
	}
	if (!ok)
		return 0;
	size_t end = to_locality(s, c->len, c->ms);
	/* a street of its own kind and its number in a sentence, no locality
	 * after it ("bin um 8 in der Kiefernweg 29", "wir wohnen am
	 * Lindenweg 4a"): after a preposition or an article */
	if (end == NONE && strict == NONE && !prep && street_suffixed(w, n, 0) && ad_article_before(s, c->ms)) {
		size_t j = e < c->len && s[e] == '.' ? e + 1 : e;
		size_t d = j + 1 < c->len && s[j] == ' ' ? ad_digits_at(s, c->len, j + 1) : 0, q = j + 1 + d;
		if (d >= 1 && d <= 4 && q < c->len && rx_is_alpha((unsigned char)s[q]) &&
		    !(q + 1 < c->len && rx_is_alpha((unsigned char)s[q + 1])))
			q++; /* "4a" */
		if (d >= 1 && d <= 4 && (q == c->len || !rx_is_alnum((unsigned char)s[q])) &&
		    !(q < c->len && (s[q] == '%' || (rx_in(":.,", s[q]) && q + 1 < c->len && rx_is_digit((unsigned char)s[q + 1])))))
			return (unsigned)rx_emit(c, ad_name_article(s, c->ms), q, REDACT_ADDRESS);
	}
	if (end == NONE || (strict != NONE && end - strict > 64))
		return 0;
	/* in running text, a postcode of four digits before a word is too
	 * often a year or a count ("to Windows 10, 2004 Update", "Cart 2,
	 * 1500 Items"): five digits, a country's letters or a Dutch code */
	if (prep_only) {
		size_t p = strict;
		if (memmem(s + strict, end - strict, ". ", 2))
			return 0;
		while (p < end && !rx_is_alnum((unsigned char)s[p]))
			p++;
		if (ad_digits_at(s, c->len, p) == 4 && p + 6 < c->len && s[p + 4] == ' ' &&
		    !(rx_is_upper((unsigned char)s[p + 5]) && rx_is_upper((unsigned char)s[p + 6])))
			return 0;
	}
	return (unsigned)rx_emit(c, street_prefix(s, c->ms), end, REDACT_ADDRESS);
}

static const char *const vcard_words[] = {"adr", "label", NULL};
static struct rx_kwset vcard_kws = RX_KWSET(vcard_words);

const struct rx_trigger rx_address_triggers[] = {
	{F_ADDRESS, RX_ON_WORD, 0, NULL, &vcard_kws, ad_detect_vcard, "vcard_adr"},
	{F_ADDRESS, RX_ON_DIGIT, RXF_HOUSE, NULL, NULL, detect_numbered, "address_numbered"},
	{F_ADDRESS, RX_ON_DIGIT, RXF_DIG7, NULL, NULL, rx_gdt_address, "gdt_address"},
	{F_ADDRESS, RX_ON_WORD, 0, NULL, &ad_typed_kws, ad_detect_typed_word, "address_typed"},
	{F_ADDRESS, RX_ON_UPPER, 0, NULL, NULL, detect_suffixed, "address_street_name"},
	{F_ADDRESS, RX_ON_WORD, 0, NULL, &ad_postcode_kws, ad_detect_postcode, "postcode"},
	{F_ADDRESS, RX_ON_WORD, 0, NULL, &ad_label_kws, ad_detect_label, "address_label"},
	{F_ADDRESS, RX_ON_WORD, 0, NULL, &ad_phrase_kws, ad_detect_phrase, "address_phrase"},
	{F_ADDRESS, RX_ON_DIGIT, 0, NULL, NULL, ad_detect_swift, "address_swift"},
	{F_ADDRESS, RX_ON_CHAR, 0, ":\xef", NULL, ad_detect_cjk, "address_cjk"},
	{F_ADDRESS, RX_ON_CHAR, 0, "\xe3", NULL, ad_detect_jp, "address_jp"},
	{F_ADDRESS, RX_ON_DIGIT, 0, NULL, NULL, ad_detect_cn, "address_cn"},
	{F_ADDRESS, RX_ON_DIGIT, 0, NULL, NULL, ad_detect_kr, "address_kr"},
	{F_ADDRESS, RX_ON_WORD, 0, NULL, &ad_ru_house_kws, ad_detect_ru, "address_ru"},
	{F_ADDRESS, RX_ON_DIGIT, 0, NULL, NULL, ad_detect_th, "address_th"},
	{F_ADDRESS, RX_ON_WORD, 0, NULL, &ad_ar_street_kws, ad_detect_ar, "address_ar"},
	{F_ADDRESS, RX_ON_WORD, 0, NULL, &ad_he_street_kws, ad_detect_he, "address_he"},
	{F_ADDRESS, RX_ON_DIGIT, RXF_HOUSE, NULL, NULL, ad_detect_in_deva, "address_in_deva"},
	{F_ADDRESS, RX_ON_CHAR, 0, ":\xef", NULL, ad_detect_field, "address_field"},
	{F_ADDRESS, RX_ON_CHAR, 0, "|\t,\n;", NULL, ad_detect_field_cell, "address_cell"},
	{F_ADDRESS, RX_ON_CHAR, 0, "\xe2", NULL, ad_detect_roster, "address_roster"},
	{F_ADDRESS, RX_ON_UPPER, RXF_ALPHAID, NULL, NULL, ad_detect_uk_back, "address_uk_house"},
	{F_ADDRESS, RX_ON_DIGIT, 0, NULL, NULL, ad_detect_num_before_pc, "address_street_number_pc"},
	{F_ADDRESS, RX_ON_CHAR, 0, "\n", NULL, ad_detect_block, "address_block"},
	{F_ADDRESS, RX_ON_WORD, 0, NULL, &ad_tr_kws, ad_detect_tr, "address_tr"},
	{F_ADDRESS, RX_ON_DIGIT, 0, NULL, NULL, ad_detect_gr, "address_gr"},
	{F_ADDRESS, RX_ON_WORD, 0, NULL, &ad_ph_kws, ad_detect_ph, "address_ph"},
	{F_ADDRESS, RX_ON_CHAR, 0, "\xf0", NULL, ad_detect_pin, "address_pin"},
	{F_ADDRESS, RX_ON_DIGIT, RXF_HOUSE, NULL, NULL, ad_detect_vn, "address_vn"},
};
const size_t rx_address_ntriggers = sizeof rx_address_triggers / sizeof rx_address_triggers[0];

size_t rx_address_at(const char *s, size_t len, size_t i)
{
	char w[32];
	if (i >= len)
		return NONE;
	if (rx_is_digit((unsigned char)s[i])) {
		size_t j = i + ad_digits_at(s, len, i);
		while (j < len && j - i < 12 && s[j] != ' ' && s[j] != '\n')
			j++;
		if (j >= len || s[j] != ' ' ||
		    (!has_street_word(s, len, j, &street_after_kws, 6) &&
		     !has_street_word(s, len, j, &street_before_kws, 3)))
			return NONE;
		return to_locality(s, len, i);
	}
	size_t e = ad_word(s, len, i, w, sizeof w);
	if (e == i)
		return NONE;
	if (e < len && s[e] == '.' && strlen(w) + 1 < sizeof w)
		strcat(w, ".");
	static const char *const typed[] = {
		"calle", "c/", "avenida", "avda", "avda.", "av.", "paseo", "plaza", "via", "viale",
		"corso", "piazza", "largo", "rua", "travessa", "alameda", "praça", "flat", "door",
		"house", "plot", NULL,
	};
	if (ad_in_list(typed, w))
		return to_locality(s, len, i);
	if (street_suffixed(w, strlen(w), 0))
		return to_locality(s, len, i);
	return ad_street_line_before_pc(s, len, i);
}
