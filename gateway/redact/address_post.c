/* address_post.c: the localities that end an address: postal codes of
 * each country's shape and the city around them (address.c finds the
 * street line and asks here). */
#include <string.h>

#include "address_int.h"

static const char *const us_states[] = {
	"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN",
	"IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
	"NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN",
	"TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", NULL,
};
static const char *const br_states[] = {
	"AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA",
	"PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO", NULL,
};
static const char *const au_states[] = {"NSW", "VIC", "QLD", "SA", "WA", "TAS", "ACT", "NT", NULL};
static const char *const ca_provinces[] = {
	"AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT", NULL,
};
/* City particles: "Freiburg im Breisgau", "Rio de Janeiro", "Den Haag". */
const char *const ad_particles[] = {
	"im", "am", "an", "der", "de", "la", "le", "del", "di", "da", "do", "dos", "das", "du",
	"sur", "en", "upon", "on", "the", "aan", "den", NULL,
};

int ad_in_list(const char *const *l, const char *w)
{
	for (; *l; l++)
		if ((*l)[0] == w[0] && strcmp(*l, w) == 0)
			return 1;
	return 0;
}

/* The word at s[i] (letters, '/', '\''), folded into w; its end. */
size_t ad_word(const char *s, size_t len, size_t i, char *w, size_t cap)
{
	size_t e = i, k;
	while (e < len) {
		if ((k = rx_letter_at(s, len, e)) > 0 && !rx_is_digit((unsigned char)s[e]))
			e += k;
		else if (s[e] == '\'' || (s[e] == '/' && e == i + 1) || (s[e] == '-' && e > i))
			e++;
		else
			break;
	}
	rx_fold(s + i, e - i, w, cap);
	return e;
}

static int cap_word_at(const char *s, size_t len, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	if (rx_is_upper(c))
		return 1;
	/* Latin-1 capitals (Á, É, Ö, ...); Turkish, Polish, Czech ones (İ, Ş,
	 * Ğ, Ł, Ś, Ż, Ź, Ć, Ń, Č, Š, Ž, Ř) */
	if (i + 1 >= len)
		return 0;
	unsigned char d = (unsigned char)s[i + 1];
	if (c == 0xC3)
		return d >= 0x80 && d <= 0x9E;
	if (c == 0xC4)
		return d == 0xB0 || d == 0x9E || d == 0x86 || d == 0x8C;
	return c == 0xC5 && (d == 0x9E || d == 0x81 || d == 0x9A || d == 0xBB || d == 0xB9 || d == 0x83 ||
			     d == 0xA0 || d == 0xBD || d == 0x98);
}

/* A city after a postal code: capitalised words with ad_particles, up to 4;
 * then an Italian province "(MI)". Its end, or NONE. */
size_t ad_city(const char *s, size_t len, size_t i)
{
	char w[32];
	size_t end = NONE;
	for (int n = 0; n < 5; n++) {
		if (i >= len)
			break;
		if (cap_word_at(s, len, i) || (s[i] == '\'' && i + 1 < len && s[i + 1] == 's')) {
			size_t e = ad_word(s, len, i + (s[i] == '\'' ? 2 : 0), w, sizeof w);
			/* (a one-letter article before the name: "A Coruña",
			 * "O Porriño") */
			if (e == i + 1 && n == 0 && e + 1 < len && s[e] == ' ' && cap_word_at(s, len, e + 1)) {
				i = e + 1;
				continue;
			}
			if (e <= i + 1)
				break;
			end = e;
			i = e;
			/* a saint's abbreviation ("St. Gallen", "Ste. Foy") */
			if (i + 2 < len && s[i] == '.' && s[i + 1] == ' ' && cap_word_at(s, len, i + 2) &&
			    (!strcmp(w, "st") || !strcmp(w, "ste") || !strcmp(w, "sta") || !strcmp(w, "sto")))
				end = ++i;
		} else if (end != NONE && rx_is_lower((unsigned char)s[i])) {
			size_t e = ad_word(s, len, i, w, sizeof w);
			if (!ad_in_list(ad_particles, w) || e >= len || s[e] != ' ')
				break;
			i = e + 1;
			continue;
		} else {
			break;
		}
		if (i < len && (s[i] == ' ' || s[i] == '-' || s[i] == '/') && i + 1 < len &&
		    (cap_word_at(s, len, i + 1) || (s[i] != '/' && rx_is_lower((unsigned char)s[i + 1]))))
			i++; /* ("Çankaya/Ankara": the district and the province) */
		else
			break;
	}
	if (end == NONE)
		return NONE;
	/* " (MI)" */
	if (end + 5 <= len && s[end] == ' ' && s[end + 1] == '(' && rx_is_upper((unsigned char)s[end + 2]) &&
	    rx_is_upper((unsigned char)s[end + 3]) && s[end + 4] == ')')
		end += 5;
	/* a city's district by its number at the line's end ("Praha 2") */
	else if (end + 2 <= len && s[end] == ' ' && rx_is_digit((unsigned char)s[end + 1])) {
		size_t k = end + 1 + ad_digits_at(s, len, end + 1);
		if (k - end - 1 <= 2 && (k == len || rx_in("\r\n, ", s[k])) && end >= 5 && !memcmp(s + end - 5, "Praha", 5))
			end = k;
	}
	return end;
}

size_t ad_digits_at(const char *s, size_t len, size_t i)
{
	size_t k = 0;
	while (i + k < len && rx_is_digit((unsigned char)s[i + k]))
		k++;
	return k;
}

static int boundary_before(const char *s, size_t i)
{
	return i == 0 || !rx_word_before(s, i);
}

/* UK postcode at s[i] (A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA,
 * AA9A 9AA); its end or NONE. */
size_t ad_uk_postcode(const char *s, size_t len, size_t i)
{
	size_t j = i, a = 0, d = 0;
	while (j < len && rx_is_upper((unsigned char)s[j]) && a < 2) {
		j++;
		a++;
	}
	if (a == 0)
		return NONE;
	while (j < len && rx_is_digit((unsigned char)s[j]) && d < 2) {
		j++;
		d++;
	}
	if (d == 0)
		return NONE;
	if (d == 1 && j < len && rx_is_upper((unsigned char)s[j]))
		j++;
	if (j >= len || s[j] != ' ')
		return NONE;
	j++;
	if (j + 3 > len || !rx_is_digit((unsigned char)s[j]) || !rx_is_upper((unsigned char)s[j + 1]) ||
	    !rx_is_upper((unsigned char)s[j + 2]))
		return NONE;
	j += 3;
	if (j < len && rx_is_alnum((unsigned char)s[j]))
		return NONE;
	return j;
}

/* An Indian state or territory after a PIN (", Maharashtra"): the end. */
static size_t in_state(const char *s, size_t len, size_t e)
{
	static const char *const states[] = {
		"Andhra Pradesh", "Arunachal Pradesh", "Assam", "Bihar", "Chhattisgarh", "Goa",
		"Gujarat", "Haryana", "Himachal Pradesh", "Jharkhand", "Karnataka", "Kerala",
		"Madhya Pradesh", "Maharashtra", "Manipur", "Meghalaya", "Mizoram", "Nagaland",
		"Odisha", "Punjab", "Rajasthan", "Sikkim", "Tamil Nadu", "Telangana", "Tripura",
		"Uttar Pradesh", "Uttarakhand", "West Bengal", "Delhi", "Chandigarh", "Puducherry",
		"Jammu and Kashmir", "Ladakh", NULL};
	if (e + 3 >= len || s[e] != ',' || s[e + 1] != ' ')
		return e;
	for (const char *const *k = states; *k; k++) {
		size_t l = strlen(*k);
		if (e + 2 + l <= len && !memcmp(s + e + 2, *k, l) && (e + 2 + l == len || !rx_letter_at(s, len, e + 2 + l)))
			return e + 2 + l;
	}
	return e;
}

/* The locality anchor that starts at s[i], if any: returns the address end. */
size_t ad_anchor(const char *s, size_t len, size_t i)
{
	if (!boundary_before(s, i))
		return NONE;
	/* LV-1050, LT-01103 (Latvia, Lithuania: the country's letters, a
	 * dash; the city before or after) */
	if (i + 7 <= len && (s[i] == 'L' && (s[i + 1] == 'V' || s[i + 1] == 'T')) && s[i + 2] == '-') {
		size_t k = ad_digits_at(s, len, i + 3), e = i + 3 + k;
		if ((k == 4 && s[i + 1] == 'V') || (k == 5 && s[i + 1] == 'T')) {
			if (e + 1 < len && s[e] == ' ') {
				size_t ce = ad_city(s, len, e + 1);
				if (ce != NONE)
					return ce;
			}
			return e < len && rx_is_alnum((unsigned char)s[e]) ? NONE : e;
		}
	}
	/* CH-8001 Zürich, FO-100 Tórshavn, A-1010 Wien, D-10115 Berlin: the
	 * country's one or two letters, a dash, 3-5 digits, the city */
	if (i + 6 < len && rx_is_upper((unsigned char)s[i])) {
		size_t a = rx_is_upper((unsigned char)s[i + 1]) ? 2 : 1;
		if (s[i + a] == '-') {
			size_t k = ad_digits_at(s, len, i + a + 1), e = i + a + 1 + k;
			if (k >= 3 && k <= 5 && e + 1 < len && s[e] == ' ') {
				size_t ce = ad_city(s, len, e + 1);
				if (ce != NONE)
					return ce;
			}
		}
	}
	/* AR: a province's letter, four digits and, in the CPA, three
	 * letters of the block face, then the city ("C1414BJM CABA", "X5000
	 * Córdoba"; stop 53; not I, O, or a letter of a word before) */
	if (i + 7 < len && rx_is_upper((unsigned char)s[i]) && s[i] != 'I' && s[i] != 'O' &&
	    ad_digits_at(s, len, i + 1) == 4 && i >= 2 && s[i - 1] == ' ' && s[i - 2] == ',') {
		size_t e = i + 5;
		if (e + 3 < len && rx_is_upper((unsigned char)s[e]) && rx_is_upper((unsigned char)s[e + 1]) &&
		    rx_is_upper((unsigned char)s[e + 2]))
			e += 3;
		if (e + 1 < len && s[e] == ' ') {
			size_t ce = ad_city(s, len, e + 1);
			if (ce != NONE)
				return ce;
		}
	}
	/* MT: three capitals and four digits ("Il-Mosta MST 1450", "VLT
	 * 1175"), the address's last part */
	if (i + 8 <= len && rx_is_upper((unsigned char)s[i]) && rx_is_upper((unsigned char)s[i + 1]) &&
	    rx_is_upper((unsigned char)s[i + 2]) && s[i + 3] == ' ' && ad_digits_at(s, len, i + 4) == 4 &&
	    (i + 8 == len || rx_in("\n\r,;|)\"\t", s[i + 8])) && i >= 3 && s[i - 1] == ' ') {
		/* after the locality's name, capitalised and in lower case
		 * ("Il-Mosta", "Għawdex"; not "FEB 2023", "train ICE 1943") */
		size_t b = i - 1, k;
		int lower = 0;
		while (b > 0 && (k = rx_letter_before(s, b)) > 0) {
			lower |= k > 1 || rx_is_lower((unsigned char)s[b - 1]);
			b -= k;
		}
		if (b < i - 1 && lower && rx_cap_at(s, len, b))
			return i + 8;
	}
	size_t nd = ad_digits_at(s, len, i);
	if (nd == 5 && i + 6 < len && (s[i + 5] == ' ' || s[i + 5] == '\t')) {
		/* NNNNN City (DE, FR, ES, IT, ...); a tab between in a pasted
		 * sheet, " - City" in Italian forms */
		size_t j = i + 6;
		while (j < len && j < i + 9 && rx_in(" \t-", s[j]))
			j++;
		size_t e = ad_city(s, len, j);
		if (e != NONE)
			return e;
	}
	if (nd == 4 && i + 9 < len && s[i + 4] == '-' && ad_digits_at(s, len, i + 5) == 3 &&
	    s[i + 8] == ' ') {
		/* NNNN-NNN City (PT) */
		size_t e = ad_city(s, len, i + 9);
		if (e != NONE)
			return e;
	}
	if (nd == 2 && i + 7 < len && s[i + 2] == '-' && ad_digits_at(s, len, i + 3) == 3 &&
	    s[i + 6] == ' ') {
		/* NN-NNN City (PL) */
		size_t e = ad_city(s, len, i + 7);
		if (e != NONE)
			return e;
	}
	if (nd == 3 && i + 7 < len && s[i + 3] == ' ' && ad_digits_at(s, len, i + 4) == 2 &&
	    s[i + 6] == ' ') {
		/* NNN NN City (SE; Swedish post prints two spaces before the
		 * town: "702 10  ÖREBRO") */
		size_t e = ad_city(s, len, i + 7 + (i + 8 < len && s[i + 7] == ' '));
		if (e != NONE)
			return e;
	}
	if (nd == 4 && i + 7 < len && s[i + 4] == ' ' && rx_is_upper((unsigned char)s[i + 5]) &&
	    rx_is_upper((unsigned char)s[i + 6]) &&
	    (s[i + 7] == ' ' || s[i + 7] == '\n' || s[i + 7] == ',' || s[i + 7] == '\t')) {
		/* NNNN AA City (NL), one or two spaces or a tab before the city */
		size_t j = i + 8;
		if (j < len && s[i + 7] == ' ' && s[j] == ' ')
			j++;
		size_t e = s[i + 7] == ' ' || s[i + 7] == '\t' ? ad_city(s, len, j) : NONE;
		return e != NONE ? e : i + 7;
	}
	if (nd == 4 && i + 8 < len && rx_is_upper((unsigned char)s[i + 4]) && rx_is_upper((unsigned char)s[i + 5]) &&
	    s[i + 6] == ' ' && s[i] != '0') {
		/* NNNNAA City (NL, written without its space) */
		size_t e = ad_city(s, len, i + 7);
		if (e != NONE)
			return e;
	}
	if (nd == 4 && i + 5 < len && s[i + 4] == ' ') {
		/* NNNN City (AT, CH, BE, DK) */
		size_t e = ad_city(s, len, i + 5);
		if (e != NONE)
			return e;
	}
	if (nd == 6 && s[i] != '0' && (i + 6 == len || !rx_is_alnum((unsigned char)s[i + 6])) && i >= 2 &&
	    (((s[i - 1] == ' ' || s[i - 1] == '-') && rx_is_alpha((unsigned char)s[i - 2])) ||
	     (i >= 5 && s[i - 1] == ' ' && s[i - 2] == '-' && s[i - 3] == ' ' && rx_is_alpha((unsigned char)s[i - 4])))) {
		/* (also "Pune - 411038", then the state) */
		if (s[i - 1] == ' ' && s[i - 2] == '-')
			return in_state(s, len, i + 6);
		/* Indian PIN after the state ("Gujarat 380146", "MUMBAI
		 * 400001"); not after a short code in capitals ("AUTH 656077",
		 * "TXN 123456") */
		size_t b = i - 1;
		while (b > 0 && rx_is_alpha((unsigned char)s[b - 1]))
			b--;
		int caps = 1;
		for (size_t q = b; q < i - 1; q++)
			caps &= rx_is_upper((unsigned char)s[q]);
		if (!(caps && i - 1 - b <= 4))
			return i + 6;
	}
	if (rx_is_upper((unsigned char)s[i]) && i + 1 < len && rx_is_upper((unsigned char)s[i + 1])) {
		char st[3] = {s[i], s[i + 1], 0};
		/* US: ST 12345[-1234] */
		if (i + 8 <= len && s[i + 2] == ' ' && ad_digits_at(s, len, i + 3) == 5 && ad_in_list(us_states, st)) {
			size_t e = i + 8;
			if (e + 5 <= len && s[e] == '-' && ad_digits_at(s, len, e + 1) == 4)
				e += 5;
			return e;
		}
		/* BR: UF, [CEP ]NNNNN-NNN (written 3 digits too); "UF - ",
		 * "CEP: " */
		size_t sep = i + 4 < len && s[i + 2] == ',' && s[i + 3] == ' ' ? 2 : rx_dash_sep(s, len, i + 2);
		if (sep && i + 2 + sep < len && ad_in_list(br_states, st)) {
			size_t j = i + 2 + sep;
			if (j + 4 <= len && memcmp(s + j, "CEP", 3) == 0 && (s[j + 3] == ' ' || s[j + 3] == ':')) {
				j += 4;
				if (s[j - 1] == ':' && j < len && s[j] == ' ')
					j++;
			}
			size_t a = ad_digits_at(s, len, j);
			if (a >= 3 && a <= 5 && j + a + 4 <= len && s[j + a] == '-' &&
			    ad_digits_at(s, len, j + a + 1) == 3)
				return j + a + 4;
		}
	}
	/* AU: STATE NNNN ("Ballarat VIC 3350") */
	{
		size_t a = 0;
		while (i + a < len && rx_is_upper((unsigned char)s[i + a]) && a < 4)
			a++;
		if (a >= 2 && a <= 3 && i + a + 5 <= len && s[i + a] == ' ' && ad_digits_at(s, len, i + a + 1) == 4 &&
		    (i + a + 5 == len || !rx_is_alnum((unsigned char)s[i + a + 5]))) {
			char st[4] = {0};
			memcpy(st, s + i, a);
			if (ad_in_list(au_states, st))
				return i + a + 5;
		}
		/* CA: PROVINCE A9A 9A9 ("Montréal QC H9R 7E1"; Canada Post
		 * prints two spaces before the code, Québec forms "(QC)") */
		if (a == 2) {
			char st[3] = {s[i], s[i + 1], 0};
			size_t j = i + 2, sp = 0;
			if (j < len && s[j] == ')' && i > 0 && s[i - 1] == '(')
				j++;
			while (j < len && s[j] == ' ' && sp < 2)
				j++, sp++;
			const char *p = s + j;
			if (sp && j + 7 <= len && ad_in_list(ca_provinces, st) && rx_is_upper((unsigned char)p[0]) &&
			    rx_is_digit((unsigned char)p[1]) && rx_is_upper((unsigned char)p[2]) && p[3] == ' ' &&
			    rx_is_digit((unsigned char)p[4]) && rx_is_upper((unsigned char)p[5]) &&
			    rx_is_digit((unsigned char)p[6]) && (j + 7 == len || !rx_is_alnum((unsigned char)s[j + 7])))
				return j + 7;
		}
	}
	/* IE: an Eircode, routing key and unique identifier ("D06 3AFN",
	 * "H91 W9ND", "D6W 1234") */
	if (i + 8 <= len && rx_is_upper((unsigned char)s[i]) && rx_is_digit((unsigned char)s[i + 1]) &&
	    (rx_is_digit((unsigned char)s[i + 2]) || s[i + 2] == 'W') && s[i + 3] == ' ') {
		int ok = 1, letters = 0;
		for (size_t k = 4; k < 8 && ok; k++) {
			ok = rx_is_digit((unsigned char)s[i + k]) || rx_is_upper((unsigned char)s[i + k]);
			letters += rx_is_upper((unsigned char)s[i + k]);
		}
		if (ok && letters >= 1 && (i + 8 == len || !rx_is_alnum((unsigned char)s[i + 8])))
			return i + 8;
	}
	return ad_uk_postcode(s, len, i);
}

/* What may follow a locality and belongs to the address: a province in
 * parentheses ("33400 Avilés (Asturies)", "39046 Ortisei (BZ)"), a state's
 * abbreviation ("31610 Cuauhtémoc, Chih.") or a country ("Kathmandu 44600,
 * Nepal"). */
/* A Mexican state after the town, as the address's last word (", CDMX",
 * ", N.L.", ", Méx.", ", Tamaulipas"), or a town and its state after a
 * colonia's postcode (", C.P. 04360, Coyoacán, CDMX"; stop 55): its end,
 * or e. */
static size_t mx_state_at(const char *s, size_t len, size_t w)
{
	static const char *const states[] = {
		"cdmx", "ciudad de méxico", "edo. méx.", "edo. de méx.", "estado de méxico", "méx.", "n.l.",
		"s.l.p.", "q. roo", "b.c.s.", "b.c.", "jal.", "qro.", "oax.", "camp.", "gto.", "pue.", "yuc.",
		"chih.", "sin.", "dgo.", "coah.", "tamps.", "zac.", "ags.", "nay.", "mich.", "gro.", "hgo.",
		"tlax.", "chis.", "aguascalientes", "baja california sur", "baja california", "campeche",
		"chiapas", "chihuahua", "coahuila", "colima", "durango", "guanajuato", "guerrero", "hidalgo",
		"jalisco", "michoacán", "morelos", "nayarit", "nuevo león", "oaxaca", "puebla", "querétaro",
		"quintana roo", "san luis potosí", "sinaloa", "sonora", "tabasco", "tamaulipas", "tlaxcala",
		"veracruz", "yucatán", "zacatecas", NULL,
	};
	for (const char *const *k = states; *k; k++) {
		size_t l = strlen(*k);
		if (w + l <= len && rx_fold_eq(s + w, *k, l) &&
		    (w + l == len || (!rx_letter_at(s, len, w + l) && (s[w + l] != '.' || (*k)[l - 1] == '.') &&
				      !(s[w + l] == ' ' && w + l + 1 < len && rx_letter_at(s, len, w + l + 1)))))
			return w + l;
	}
	return NONE;
}

static size_t mx_state_tail(const char *s, size_t len, size_t e)
{
	/* (the state's "Méx." after "Edo.", already taken) */
	if (e >= 4 && e + 5 < len && !memcmp(s + e - 4, "Edo.", 4) && s[e] == ' ' &&
	    !memcmp(s + e + 1, "M\xc3\xa9x.", 5))
		return e + 6;
	if (e + 4 >= len || s[e] != ',' || s[e + 1] != ' ' || !rx_is_upper((unsigned char)s[e + 2]))
		return e;
	/* a town of up to five words, then its state (the town may be named
	 * as its state: "Querétaro, Qro."), or the state alone */
	size_t w = e + 2, q, one = mx_state_at(s, len, e + 2);
	one = one == NONE ? e : one;
	for (int words = 0; words < 5 && w < len; words++) {
		size_t x = w;
		while (x < len && (rx_letter_at(s, len, x) || s[x] == '-'))
			x += rx_letter_at(s, len, x) ? rx_letter_at(s, len, x) : 1;
		if (x == w)
			return one;
		if (x + 3 < len && s[x] == ',' && s[x + 1] == ' ')
			return (q = mx_state_at(s, len, x + 2)) != NONE ? q : one;
		if (x >= len || s[x] != ' ')
			return one;
		w = x + 1;
	}
	return one;
}

size_t ad_locality_tail(const char *s, size_t len, size_t e)
{
	size_t mx = mx_state_tail(s, len, e);
	if (mx != e)
		return mx;
	static const char *const countries[] = {
		"Nepal", "Kenya", "Uganda", "Tanzania", "Ghana", "Nigeria", "Paraguay", "Kiribati",
		"Samoa", "Tonga", "Fiji", "India", "Mexico", "México", "Belize", "Guatemala",
		"Bolivia", "Peru", "Perú", "Chile", "Argentina", "Uruguay", "Brazil", "Brasil",
		"Colombia", "Ecuador", "Madagascar", "Malawi", "Zambia", "Zimbabwe", "Botswana",
		"South Africa", "Namibia", "Mozambique", "Ethiopia", "Rwanda", "Myanmar", "Thailand",
		"Laos", "Cambodia", "Vietnam", "Philippines", "Indonesia", "Malaysia", "Singapore",
		"Mongolia", "Kazakhstan", "Russia", "Ukraine", "Poland", "Slovakia", "Czechia",
		"Italy", "Italia", "Spain", "España", "Portugal", "France", "Germany", "Deutschland",
		"Austria", "Switzerland", "Netherlands", "Belgium", "Ireland", "United Kingdom", "UK",
		"USA", "Canada", "Australia", "New Zealand", "Marshall Islands", NULL,
	};
	/* a Danish city's district ("8000 Aarhus C", "2100 København Ø",
	 * "2450 København SV") */
	if (e + 2 <= len && s[e] == ' ' && rx_in("CKVNS", s[e + 1])) {
		size_t q = e + 2;
		if (q < len && rx_in("VØ", s[q]) && s[e + 1] != 'C' && s[e + 1] != 'K' && s[e + 1] != 'V')
			q++;
		else if (q + 1 < len && (unsigned char)s[q] == 0xC3 && (unsigned char)s[q + 1] == 0x98)
			q += 2;
		if (q == len || !rx_letter_at(s, len, q))
			return q;
	}
	/* (an Italian province wrapped to the next line: "Treviso\n(TV)") */
	if (e + 4 < len && s[e] == '\n' && s[e + 1] == '(' && rx_is_upper((unsigned char)s[e + 2]) &&
	    rx_is_upper((unsigned char)s[e + 3]) && s[e + 4] == ')' &&
	    (e + 5 == len || rx_in("\r\n,", s[e + 5])))
		return e + 5;
	if (e + 3 < len && s[e] == ' ' && s[e + 1] == '(' && rx_is_upper((unsigned char)s[e + 2])) {
		size_t q = e + 2;
		int lower = 0;
		while (q < len && q - e < 24 && !rx_is_digit((unsigned char)s[q]) && (rx_letter_at(s, len, q) || s[q] == ' ')) {
			lower |= !rx_is_upper((unsigned char)s[q]) && s[q] != ' ';
			q += rx_letter_at(s, len, q) ? rx_letter_at(s, len, q) : 1;
		}
		/* (a code of two or three capitals, or a name: not a party's
		 * role, "(LOCATORE)"; nor a development's name, "(Wren
		 * Quarter)", "(Nightingale Gardens)"; stop 57) */
		static const char *const dev[] = {" Quarter)", " Gardens)", " Fields)", " Park)", " Village)",
						  " Heights)", " Meadows)", " Grange)", " Green)", " View)", NULL};
		for (const char *const *k = dev; *k && q < len && s[q] == ')'; k++) {
			size_t l = strlen(*k);
			if (q + 1 >= l && !memcmp(s + q + 1 - l, *k, l))
				return e;
		}
		return q < len && s[q] == ')' && (lower || q - e - 2 <= 3) ? q + 1 : e;
	}
	if (e + 3 < len && s[e] == ',' && s[e + 1] == ' ' && rx_is_upper((unsigned char)s[e + 2])) {
		size_t w = e + 2, q = w + 1;
		while (q < len && q - w < 6 && rx_is_lower((unsigned char)s[q]))
			q++;
		/* (not a field's abbreviation: "Tel.", "Fax.", "Mob.") */
		static const char *const fields[] = {"Tel", "Tlf", "Fax", "Mob", "Nr", "Str", "Tfn", NULL};
		int field = 0;
		for (const char *const *k = fields; *k && !field; k++)
			field = strlen(*k) == q - w && memcmp(s + w, *k, q - w) == 0;
		if (!field && q - w >= 2 && q - w <= 5 && q < len && s[q] == '.' &&
		    (q + 1 == len || !rx_is_alpha((unsigned char)s[q + 1])))
			return q + 1;
		for (const char *const *k = countries; *k; k++) {
			size_t l = strlen(*k);
			if (w + l <= len && memcmp(s + w, *k, l) == 0 && (w + l == len || !rx_letter_at(s, len, w + l)))
				return w + l;
		}
	}
	return e;
}

/* ---- a postal code alone after its word ("my postcode is ...") ---- */

static const char *const postcode_words[] = {
	"postcode", "post code", "postal code", "zip code", "zip", "plz", "postleitzahl",
	"code postal", "código postal", "cep", "pin code", "pincode", "cap", NULL,
};
struct rx_kwset ad_postcode_kws = RX_KWSET(postcode_words);

/* A postal code alone, after "postcode", "PLZ", "CEP", "PIN code"...: the
 * code of any known shape. */
unsigned ad_detect_postcode(struct rx_ctx *c)
{
	if (c->me < c->len && rx_is_alpha((unsigned char)c->text[c->me]))
		return 0;
	static const char *const skip[] = {"is", "ist", "es", "est", "é", "è", "e", ":", "=",
					   "-", "code", "my", "mi", "mon", "meine", "meu", NULL};
	const char *s = c->text;
	size_t i = c->me;
	char w[16];
	for (int k = 0; k < 4 && i < c->len; k++) {
		while (i < c->len && (s[i] == ' ' || s[i] == ':' || s[i] == '\t'))
			i++;
		if (i >= c->len)
			return 0;
		if (rx_is_digit((unsigned char)s[i]) || rx_is_upper((unsigned char)s[i])) {
			size_t nd = ad_digits_at(s, c->len, i), e = NONE;
			if (nd == 5 && i + 9 <= c->len && s[i + 5] == '-' && ad_digits_at(s, c->len, i + 6) == 3)
				e = i + 9; /* CEP 12345-678 */
			else if (nd == 5 && i + 11 <= c->len && s[i + 5] == '-' && ad_digits_at(s, c->len, i + 6) == 4)
				e = i + 10; /* ZIP+4 */
			else if (nd == 5 || nd == 6)
				e = i + nd;
			else if (nd == 4 && i + 7 <= c->len && s[i + 4] == ' ' &&
				 rx_is_upper((unsigned char)s[i + 5]) && rx_is_upper((unsigned char)s[i + 6]))
				e = i + 7;
			else if (nd == 4)
				e = i + 4;
			else if (!nd)
				e = ad_uk_postcode(s, c->len, i);
			if (e != NONE && (e == c->len || !rx_is_alnum((unsigned char)s[e])))
				return (unsigned)rx_emit(c, i, e, REDACT_ADDRESS);
			if (nd || e != NONE)
				return 0;
			/* (a word in capitals: "my postcode IS 85281") */
		}
		size_t e = ad_word(s, c->len, i, w, sizeof w);
		if (e == i || !ad_in_list(skip, w))
			return 0;
		i = e;
	}
	return 0;
}

/* A British address whose first line is a house's name ("Bramble Cottage,
 * Quarry Bank Road, Shrewsbury SY8 6NU", or the same on four lines),
 * found from its postcode: back over capitalised words, numbers and
 * particles (three line breaks at most) to a word of prose, "of", "at", ':'
 * or '('; then forward to the first part (between ", " or line breaks)
 * that names a house and holds no digit. Three parts or more before the
 * postcode, and no number after the house's but at a part's start (no
 * "NHS No. 765-878-4990", no card). Triggered at the postcode. */
unsigned ad_detect_uk_back(struct rx_ctx *c)
{
	static const char *const houses[] = {"cottage", "cottages", "house", "farm", "farmhouse", "lodge",
					     "barn", "villa", "manor", "hall", "mill", "grange", "rectory",
					     "vicarage", "court", "bungalow", NULL};
	const char *s = c->text;
	size_t pe = ad_uk_postcode(s, c->len, c->ms);
	if (pe == NONE || c->ms < 8 || !rx_in(" \n", s[c->ms - 1]))
		return 0;
	size_t i = c->ms, st = c->ms, lines = 0;
	char w[16];
	for (;;) {
		size_t j = i, nl = 0;
		while (j > 0 && rx_in(" ,\n\r", s[j - 1]))
			nl += s[--j] == '\n';
		if (j == 0 || c->ms - j > 180 || nl >= 2 || (nl && ++lines > 3))
			break;
		size_t ws = j;
		while (ws > 0 && (rx_is_alnum((unsigned char)s[ws - 1]) || rx_in("-'.", s[ws - 1]) ||
				  ((unsigned char)s[ws - 1] & 0x80)))
			ws--;
		if (ws == j || j - ws >= sizeof w)
			break;
		rx_fold(s + ws, j - ws, w, sizeof w);
		if (rx_is_lower((unsigned char)s[ws]) && (j - ws > 3 || !strcmp(w, "of") || !strcmp(w, "at")))
			break;
		st = i = ws;
		if (ws == 0 || rx_in(":(\"\t", s[ws - 1]))
			break;
	}
	size_t start = NONE, nparts = 0;
	for (size_t q = st; q < c->ms;) {
		size_t qe = q;
		while (qe < c->ms && s[qe] != ',' && s[qe] != '\n')
			qe++;
		int house = 0, late_digit = 0, first = 1;
		for (size_t k = q; k < qe; first = 0) {
			while (k < qe && (s[k] == ' ' || s[k] == '\r'))
				k++;
			size_t ke = k;
			while (ke < qe && s[ke] != ' ' && s[ke] != '\r')
				ke++;
			if (ke > k && ke - k < sizeof w) {
				rx_fold(s + k, ke - k, w, sizeof w);
				house |= ad_in_list(houses, w);
			}
			for (size_t d = k; d < ke && !first; d++)
				late_digit |= rx_is_digit((unsigned char)s[d]);
			if (first && rx_is_digit((unsigned char)s[k]) && start == NONE)
				late_digit = 1; /* (the house's part holds no number) */
			k = ke;
		}
		if (start == NONE && house && !late_digit)
			start = q, nparts = 1;
		else if (start != NONE && late_digit)
			return 0;
		else if (start != NONE)
			nparts++;
		q = qe + 1;
		while (q < c->ms && rx_in(" \r", s[q]))
			q++;
	}
	if (start == NONE || nparts < 3)
		return 0;
	return (unsigned)rx_emit(c, start, pe, REDACT_ADDRESS);
}

/* One to three capitalised words of letters (a city, "North Dunedin")
 * ending at `e`, after ", " and after `st`. */
int ad_city_after_comma(const char *s, size_t st, size_t e)
{
	size_t i = e;
	for (int w = 0; w < 3; w++) {
		size_t we = i, k;
		while (i > st && (k = rx_letter_before(s, i)) > 0)
			i -= k;
		/* (the word before the number has four letters or more: no
		 * currency, "NOK 8155") */
		if (i == we || we - i < (w ? 3u : 4u) || !rx_cap_at(s, we, i))
			return 0;
		if (i >= st + 2 && s[i - 1] == ' ' && s[i - 2] == ',')
			return 1;
		if (i <= st + 1 || s[i - 1] != ' ')
			return 0;
		i--;
	}
	return 0;
}

/* The line of i opens with '|': a table's row. */
int ad_table_row(const char *s, size_t i)
{
	size_t ls = rx_line_start(s, i);
	while (ls < i && rx_in(" >", s[ls]))
		ls++;
	return s[ls] == '|';
}

/* The line at i opens a list's item or a table's row ("2. ", "- ", "* ",
 * "| "): another record, where an address block of lines ends. */
int ad_list_item_next(const char *s, size_t len, size_t i)
{
	size_t d = i;
	while (d < len && d - i < 3 && rx_is_digit((unsigned char)s[d]))
		d++;
	if (d > i)
		return d + 1 < len && rx_in(".)", s[d]) && s[d + 1] == ' ';
	return i + 1 < len && rx_in("-*|", s[i]) && s[i + 1] == ' ';
}
