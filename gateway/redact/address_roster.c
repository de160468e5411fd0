/* address_roster.c: an address as a field of a roster's item, after a
 * dash that follows a person's name:
 *
 *   1. Shahdad Sasoli — 0092 81 2808957 — House 232, Jinnah Town, Turbat
 *   2. Noel A. Gacho — Brgy. 86 San Jose, Tanauan, Leyte 6502
 *   - Pasang Lama — Asan Tole, Ward No. 12, Kathmandu 44600, Nepal
 *
 * Without a label, the field must read as an address by its own words:
 * two parts or more between commas, each starting with a capital, a digit
 * or a letter of a script without case, and one part that holds a unit of
 * an address with its number ("House 232", "Ward No. 12", "P.O. Box 48",
 * "Erf 1609"), a place's unit with its name ("Mohalla Lalbagh", "Calle
 * Sucre"), a house number before a name ("46 Ankpa Road") or a postal code
 * beside a name ("Kathmandu 44600", "7550 Крушево"). A team's "Room 4,
 * Block C", a school's "Grade 7, Class B" and a phone, a date or an e-mail
 * address in the field are no address. */
#include <string.h>

#include "address_int.h"

/* Units that need their number after them ("House 232", "Box 567"). */
static const char *const numbered[] = {
	"house", "h", "no", "nr", "p", "o", "ward", "box", "po", "erf", "plot", "stand",
	"blk", "block", "lot", "flat", "apt", "unit", "street", "str", "sector", "woreda",
	"kebele", "purok", "brgy", "barangay", NULL,
};
/* Units of a place that are followed by its name ("Mohalla Lalbagh"). */
static const char *const named[] = {
	"mohalla", "calle", "comunidad", "ranchería", "jorong", "sitio", "barangay", "brgy",
	"purok", "jalan", "jl", "rua", "avenida", "av", "colonia", "kampung", "ул", "ulica",
	NULL,
};

/* Whether a part starts like one: a capital, a digit, or a letter of a
 * script without case (three-byte letters, Arabic, Hebrew, Ge'ez...). */
static int part_start(const char *s, size_t len, size_t i)
{
	unsigned char ch = (unsigned char)s[i];
	if (rx_is_digit(ch) || rx_cap_at(s, len, i))
		return 1;
	return (ch >= 0xD7 && ch <= 0xDF) || (ch >= 0xE0 && ch <= 0xED && ch != 0xE2);
}

/* A 4-6 digit postal code at s[i] ending a word; a year (19xx, 20xx) is
 * none. Its end, or NONE. */
static size_t postal_at(const char *s, size_t e, size_t i)
{
	size_t n = ad_digits_at(s, e, i);
	if (n < 4 || n > 6 || (i + n < e && rx_is_alnum((unsigned char)s[i + n])))
		return NONE;
	if (n == 4 && ((s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0')))
		return NONE;
	return i + n;
}

/* Whether the part s[a..b) says "address" by itself. */
static int address_part(const char *s, size_t a, size_t b)
{
	char w[24];
	size_t we = ad_word(s, b, a, w, sizeof w);
	/* "H. No.", "P.O. Box", "Brgy.": the unit's words and dots */
	if (we > a && ad_in_list(numbered, w)) {
		size_t i = we;
		for (int k = 0; k < 3 && i < b; k++) {
			if (s[i] == '.')
				i++;
			while (i < b && s[i] == ' ')
				i++;
			if (i < b && rx_is_digit((unsigned char)s[i]))
				return 1;
			char w2[24];
			size_t ne = ad_word(s, b, i, w2, sizeof w2);
			if (ne == i || !ad_in_list(numbered, w2))
				break;
			i = ne;
		}
	}
	/* "Mohalla Lalbagh", "Av. Atahualpa" */
	size_t ns = we < b && s[we] == '.' ? we + 1 : we;
	if (we > a && ns + 1 < b && s[ns] == ' ' && ad_in_list(named, w) && part_start(s, b, ns + 1))
		return 1;
	/* a house number before a name ("46 Ankpa Quarters Road"; not a
	 * date's day before its month) */
	size_t n = ad_digits_at(s, b, a);
	int month;
	if (n >= 1 && n <= 5 && a + n + 1 < b && s[a + n] == ' ' && rx_cap_at(s, b, a + n + 1) &&
	    !rx_month_name(s, b, a + n + 1, &month))
		return 1;
	/* a postal code before or after a name */
	size_t pe = postal_at(s, b, a);
	if (pe != NONE && pe + 1 < b && s[pe] == ' ' && part_start(s, b, pe + 1) &&
	    !rx_is_digit((unsigned char)s[pe + 1]))
		return 1;
	for (size_t i = a + 1; i < b; i++)
		if (s[i - 1] == ' ' && rx_is_digit((unsigned char)s[i]) && postal_at(s, b, i) != NONE &&
		    i >= a + 2 && rx_letter_before(s, i - 1))
			return 1;
	return 0;
}

/* The first field of the line at ls, before the dash at d, is a name: a
 * list's marker, then one to five words of letters (a person's, not a
 * number's or a time's). */
static int name_field(const char *s, size_t ls, size_t d)
{
	size_t i = ls;
	while (i < d && (s[i] == ' ' || s[i] == '*' || s[i] == '-' || rx_is_digit((unsigned char)s[i])))
		i++;
	if (i < d && (s[i] == '.' || s[i] == ')') && i > ls)
		i++;
	if (i + 2 < d && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
	    (unsigned char)s[i + 2] == 0xA2)
		i += 3; /* "•" */
	while (i < d && s[i] == ' ')
		i++;
	if (i >= d || d - i > 64)
		return 0;
	/* every word a capital's, but a family name's particle ("Bin",
	 * "van der" is two) */
	static const char *const particles[] = {"de", "da", "del", "dos", "das", "du", "van", "von",
						"bin", "binti", "al", "el", "la", "le", "y", "e", NULL};
	int words = 0;
	for (size_t k = i; k < d;) {
		char w[8];
		size_t we = ad_word(s, d, k, w, sizeof w);
		if (we == k || !(rx_cap_at(s, d, k) || (we - k < sizeof w && ad_in_list(particles, w))))
			return 0;
		words++;
		if (we < d && s[we] == '.')
			we++;
		if (we < d && s[we] != ' ')
			return 0;
		while (we < d && s[we] == ' ')
			we++;
		k = we;
	}
	return words >= 2 && words <= 5;
}

/* At the "—" or "–" of " — ": the field after it. */
unsigned ad_detect_roster(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, at = c->ms;
	if (at == 0 || rx_dash_sep(s, len, at - 1) != 5)
		return 0;
	size_t v = at + 4, ls = rx_line_start(s, at), le = rx_line_end(s, len, at);
	/* (past the field's own label: "— Adres: Lakenweversweg 203-A, ...";
	 * stop 65) */
	for (size_t q = v; q < le && q < v + 24 && (rx_is_alpha((unsigned char)s[q]) || (unsigned char)s[q] >= 0x80); q++)
		if (q + 2 < le && s[q + 1] == ':' && s[q + 2] == ' ') {
			v = q + 3;
			break;
		}
	if (v >= le || !part_start(s, len, v))
		return 0;
	/* the line's first dash follows its name */
	size_t d = ls;
	while (d < at && rx_dash_sep(s, len, d) == 0)
		d++;
	if (!name_field(s, ls, d))
		return 0;
	/* the field: to the next dash, "; ", a note in parentheses
	 * ("(vegetarisch)") or the line's end */
	size_t e = v;
	while (e < le && !rx_dash_sep(s, len, e) && !(s[e] == ';' && e + 1 < le && s[e + 1] == ' ') &&
	       !(s[e] == ' ' && e + 1 < le && s[e + 1] == '('))
		e++;
	while (e > v && rx_in(" \r", s[e - 1]))
		e--;
	if (e > v + 4 && s[e - 1] == '.' && rx_is_alpha((unsigned char)s[e - 2]) &&
	    rx_is_alpha((unsigned char)s[e - 3]) && rx_is_alpha((unsigned char)s[e - 4]))
		e--; /* a sentence's full stop, not "St." */
	if (e - v < 8 || e - v > 160)
		return 0;
	/* its parts */
	int parts = 0, says = 0;
	size_t digits = 0;
	for (size_t a = v, i = v; i <= e; i++) {
		if (i < e) {
			unsigned char ch = (unsigned char)s[i];
			if (ch == '@' || (ch == ':' && i + 1 < e && (s[i + 1] == '/' || rx_is_digit((unsigned char)s[i + 1]))))
				return 0; /* an address of the web, a time */
			if (rx_is_digit(ch)) {
				if (++digits >= 7)
					return 0; /* a phone */
			} else if (ch != ' ' && ch != '-') {
				digits = 0;
			}
			if (ch == '/' && i > v && rx_is_digit((unsigned char)s[i - 1]))
				return 0; /* a date */
			if (!(ch == ',' && i + 1 < e && s[i + 1] == ' '))
				continue;
		}
		if (i == a || !part_start(s, len, a))
			return 0;
		parts++;
		says |= address_part(s, a, i);
		a = i + 2;
		i++;
	}
	if (parts < 2 || parts > 7 || !says)
		return 0;
	return (unsigned)rx_emit(c, v, e, REDACT_ADDRESS);
}
