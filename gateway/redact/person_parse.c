/* person_parse.c: a name's words as the text writes them (pn_name_word,
 * pn_parse_name): capitalised words with initials, particles ("van der",
 * "da", "de la"), hyphens and apostrophes, or all in capitals; and the
 * words that end a name before them (a badge, a register). Moved here from
 * person.c in stop 63 to keep that file short, with pn_camel_word (a word
 * in camel case) from person_bounds.c. */
#include <string.h>

#include "person_int.h"

static int lower_at(const char *s, size_t len, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	return rx_is_lower(c) || (rx_letter_at(s, len, i) > 1 && !rx_cap_at(s, len, i));
}

/* A name word at s[i]: a capital, then letters (any case), inner '-' or '\''
 * before a letter. Its end, or i. */
size_t pn_name_word(const char *s, size_t len, size_t i, int *caps)
{
	size_t e = i, k, letters = 0;
	int all_caps = 1;
	if (!rx_cap_at(s, len, i))
		return i;
	/* O'Connor, D'Angelo */
	if (i + 2 < len && s[i + 1] == '\'' && rx_cap_at(s, len, i + 2))
		e = i + 2;
	while (e < len) {
		unsigned char ch = (unsigned char)s[e];
		if (rx_is_alpha(ch)) {
			all_caps &= rx_is_upper(ch);
			e++;
			letters++;
			continue;
		}
		/* (a name word in capitals' scripts ends before CJK or Hangul:
		 * "Andrei様", "前台的Begoña告诉") */
		k = ch >= 0x80 && !(ch >= 0xE3 && ch <= 0xED) ? rx_letter_at(s, len, e) : 0;
		if (k) {
			if (lower_at(s, len, e))
				all_caps = 0;
			e += k;
			letters++;
			continue;
		}
		if ((s[e] == '-' || s[e] == '\'') && e + 1 < len && rx_letter_at(s, len, e + 1) &&
		    !rx_is_digit((unsigned char)s[e + 1])) {
			e++;
			continue;
		}
		break;
	}
	if (letters < 2 || (e < len && rx_is_digit((unsigned char)s[e])))
		return i;
	*caps = all_caps;
	return e;
}

/* A badge's word in capitals before a number at [w, we), after a name:
 * "Hartmut Hollerbach CO 7835" (a prison officer's; stop 63). */
int pn_badge_word(const char *s, size_t len, size_t w, size_t we)
{
	if (we - w < 2 || we - w > 8 || we + 1 >= len || s[we] != ' ' || !rx_is_digit((unsigned char)s[we + 1]))
		return 0;
	/* (two or three capitals, or a register's with its region's after
	 * a hyphen: "CRMV-SP 52916", a Brazilian vet's) */
	int hy = 0;
	for (size_t k = w; k < we; k++) {
		if (s[k] == '-' && k > w && k + 1 < we)
			hy = 1;
		else if (!rx_is_upper((unsigned char)s[k]))
			return 0;
	}
	return hy || we - w <= 3;
}

/* The name starting at s[i]. 0 when no name word starts there. */
int pn_parse_name(const char *s, size_t len, size_t i, struct name *n)
{
	int caps = 0;
	memset(n, 0, sizeof *n);
	n->caps = 1;
	size_t e = pn_name_word(s, len, i, &caps);
	if (e == i)
		return 0;
	n->ts[0] = i;
	n->te[0] = e;
	n->nt = 1;
	n->caps &= caps;
	n->end = e;
	while (n->nt < MAX_TOKENS) {
		size_t j = n->end, pe;
		if (j >= len || s[j] != ' ')
			break;
		j++;
		/* particles: "van der", "de la", "da" */
		size_t save = j;
		int np = 0;
		while (np < 2 && (pn_is_particle(s, len, j, &pe) || (n->caps && pn_caps_particle(s, len, j, &pe)))) {
			/* "Ortega y Gasset" is one surname; "Rubén Apaza y Yesenia
			 * Condori" two people: "y" or "e" before two name words
			 * ends the name */
			if (pe == j + 1 && (s[j] == 'y' || s[j] == 'e')) {
				size_t w1 = pn_name_word(s, len, pe + 1, &caps);
				if (w1 > pe + 1 && w1 + 1 < len && s[w1] == ' ' &&
				    pn_name_word(s, len, w1 + 1, &caps) > w1 + 1)
					break;
			}
			j = pe + 1;
			np++;
		}
		/* an initial "G." */
		if (j + 1 < len && rx_is_upper((unsigned char)s[j]) && s[j + 1] == '.' &&
		    (j + 2 == len || s[j + 2] == ' ') && !np) {
			n->ts[n->nt] = j;
			n->te[n->nt] = j + 2;
			n->nt++;
			n->end = j + 2;
			continue;
		}
		/* the elided particle glued to its word ("d'Aubigny", "d’Almeida") */
		size_t ws = j;
		if (!np && j + 2 < len && s[j] == 'd' && s[j + 1] == '\'')
			ws = j + 2;
		else if (np && j + 2 < len && s[j] == 't' && s[j + 1] == '-' && rx_is_upper((unsigned char)s[j + 2]))
			ws = j + 2; /* Gaelic "an t-Saoir" */
		else if (!np && j + 4 < len && s[j] == 'd' && (unsigned char)s[j + 1] == 0xE2 &&
			 (unsigned char)s[j + 2] == 0x80 && (unsigned char)s[j + 3] == 0x99)
			ws = j + 4;
		size_t we = pn_name_word(s, len, ws, &caps);
		if (we == ws) {
			(void)save;
			break;
		}
		if (n->caps && !caps && n->nt > 0)
			break; /* "JOHN DOE Street"... keep case consistent */
		/* "DARNELL WHITACRE OR EMMETT OKAFOR": two people */
		if (n->caps && caps && n->nt > 0 && ((we - ws == 2 && !memcmp(s + ws, "OR", 2)) ||
						     (we - ws == 3 && !memcmp(s + ws, "AND", 3))))
			break;
		if (!n->caps && caps && pn_badge_word(s, len, ws, we))
			break;
		/* (a Turkish vet's chamber, "Şükran Boztepe Oda sicil no 2977") */
		if (we - ws == 3 && we + 6 < len && !memcmp(s + ws, "Oda sicil", 9))
			break;
		n->ts[n->nt] = j;
		n->te[n->nt] = we;
		n->nt++;
		n->caps &= caps;
		n->end = we;
	}
	/* an initial may not end a name */
	while (n->nt > 1 && n->te[n->nt - 1] - n->ts[n->nt - 1] == 2 &&
	       s[n->te[n->nt - 1] - 1] == '.') {
		n->nt--;
		n->end = n->te[n->nt - 1];
	}
	return 1;
}

int pn_camel_word(const char *s, size_t a, size_t b)
{
	static const char *const pre[] = {"mc", "mac", "de", "di", "da", "du", "la", "le", "van",
					   "von", "fitz", "nic", "jo", "mary", "ann", "anne", "lou", "lee",
					   "st", "ray", NULL};
	size_t i = a + 1;
	while (i < b && !(rx_is_upper((unsigned char)s[i]) && rx_is_lower((unsigned char)s[i - 1])))
		i++;
	if (i >= b)
		return 0;
	/* the prefix of the part of a compound ("Pemberton-McAllister") */
	for (size_t j = a; j < i; j++)
		if (s[j] == '-' || s[j] == '\'')
			a = j + 1;
	for (const char *const *p = pre; *p; p++)
		if (strlen(*p) == i - a && rx_fold_eq(s + a, *p, i - a))
			return 0;
	return 1;
}
