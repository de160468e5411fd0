/* checksum: the check-digit algorithms more than one family uses (Luhn for
 * cards and the Canadian SIN, ISO 7064 MOD 97-10 for IBANs, Verhoeff for
 * Aadhaar, ISO 7064 MOD 11,10 for the German tax id, ICAO 9303's 7-3-1 for
 * a passport's machine-readable zone). Inputs are ASCII digits (letters
 * 'A'-'Z' for the IBAN), already extracted. Also the travel documents'
 * layouts (a passport's MRZ, a booking's SSR DOCS), which three families,
 * person, gov_id and dob, read here. */
#include <string.h>

#include "redact_int.h"

int rx_luhn(const char *d, size_t n)
{
	unsigned sum = 0;
	int dbl = 0;
	for (size_t i = n; i-- > 0;) {
		unsigned v = (unsigned)(d[i] - '0');
		if (dbl) {
			v *= 2;
			if (v > 9)
				v -= 9;
		}
		sum += v;
		dbl = !dbl;
	}
	return n > 0 && sum % 10 == 0;
}

int rx_iban_mod97(const char *c, size_t n)
{
	unsigned rem = 0;
	if (n < 5)
		return 0;
	/* BBAN, then country and check digits; letters count 10..35 */
	for (size_t k = 0; k < n; k++) {
		char ch = c[(k + 4) % n];
		if (rx_is_digit((unsigned char)ch))
			rem = (rem * 10 + (unsigned)(ch - '0')) % 97;
		else if (rx_is_upper((unsigned char)ch))
			rem = (rem * 100 + (unsigned)(ch - 'A' + 10)) % 97;
		else
			return 0;
	}
	return rem == 1;
}

static const unsigned char verhoeff_d[10][10] = {
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
	{2, 3, 4, 0, 1, 7, 8, 9, 5, 6}, {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
	{4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
	{6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
	{8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
};
static const unsigned char verhoeff_p[8][10] = {
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
	{5, 8, 0, 3, 7, 9, 6, 1, 4, 2}, {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
	{9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
	{2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8},
};

int rx_verhoeff(const char *d, size_t n)
{
	unsigned c = 0;
	for (size_t i = 0; i < n; i++)
		c = verhoeff_d[c][verhoeff_p[i % 8][d[n - 1 - i] - '0']];
	return n > 0 && c == 0;
}

int rx_mod11_10(const char *d, size_t n)
{
	unsigned p = 10;
	if (n < 2)
		return 0;
	for (size_t i = 0; i + 1 < n; i++) {
		unsigned s = ((unsigned)(d[i] - '0') + p) % 10;
		if (s == 0)
			s = 10;
		p = (2 * s) % 11;
	}
	unsigned c = 11 - p;
	if (c == 10)
		c = 0;
	return (unsigned)(d[n - 1] - '0') == c;
}

static const char *const travel_doc_words[] = {"p", "docs", NULL};
struct rx_kwset rx_travel_doc_kws = RX_KWSET(travel_doc_words);

/* ICAO 9303's check digit over s[0..n): weights 7, 3, 1; '<' counts 0,
 * letters 10..35. */
static int mrz_check(const char *s, size_t n, char want)
{
	static const unsigned w[3] = {7, 3, 1};
	unsigned sum = 0;
	for (size_t i = 0; i < n; i++) {
		char ch = s[i];
		unsigned v = rx_is_digit((unsigned char)ch) ? (unsigned)(ch - '0')
			     : rx_is_upper((unsigned char)ch) ? (unsigned)(ch - 'A' + 10)
							       : 0;
		sum += v * w[i % 3];
	}
	return rx_is_digit((unsigned char)want) && sum % 10 == (unsigned)(want - '0');
}

/* A line of exactly 44 MRZ characters at s[a], its end in *e. */
static int mrz_line(const char *s, size_t len, size_t a, size_t *e)
{
	size_t i = a;
	while (i < len && i - a < 45 && (rx_is_upper((unsigned char)s[i]) ||
					 rx_is_digit((unsigned char)s[i]) || s[i] == '<'))
		i++;
	*e = i;
	return i - a == 44 && (i == len || s[i] == '\n' || s[i] == '\r');
}

static int mrz_at(const char *s, size_t len, size_t at, struct rx_travel_doc *m)
{
	size_t e1, e2;
	if ((at > 0 && s[at - 1] != '\n') || at + 89 > len || s[at] != 'P' || s[at + 1] != '<' ||
	    !mrz_line(s, len, at, &e1) || memcmp(s + at + 2, "UTO", 3) == 0)
		return 0;
	size_t l2 = e1 + (s[e1] == '\r') + 1;
	if (!mrz_line(s, len, l2, &e2))
		return 0;
	const char *d = s + l2;
	for (int k = 13; k < 19; k++)
		if (!rx_is_digit((unsigned char)d[k]))
			return 0;
	if (!mrz_check(d, 9, d[9]) || !mrz_check(d + 13, 6, d[19]) || !mrz_check(d + 21, 6, d[27]))
		return 0;
	/* the names: SURNAME<<GIVEN<NAMES<<<... from the sixth character */
	size_t i = at + 5;
	m->sur_s = i;
	while (i + 1 < e1 && !(s[i] == '<' && s[i + 1] == '<'))
		i++;
	m->sur_e = i;
	m->giv_s = m->giv_e = i + 2 < e1 ? i + 2 : e1;
	for (size_t k = m->giv_s; k < e1; k++)
		if (s[k] != '<')
			m->giv_e = k + 1;
	m->doc_s = l2;
	m->doc_e = l2 + 9;
	while (m->doc_e > m->doc_s && s[m->doc_e - 1] == '<')
		m->doc_e--;
	m->dob_s = l2 + 13;
	m->dob_e = l2 + 19;
	return m->sur_e > m->sur_s && m->doc_e > m->doc_s;
}

/* The '/'-separated field k (from 0) of s[a..e): its bounds, 1 when found. */
static int slash_field(const char *s, size_t a, size_t e, int k, size_t *fs, size_t *fe)
{
	size_t i = a;
	for (int f = 0; f < k; f++) {
		const char *sl = memchr(s + i, '/', e - i);
		if (!sl)
			return 0;
		i = (size_t)(sl - s) + 1;
	}
	const char *sl = i < e ? memchr(s + i, '/', e - i) : NULL;
	*fs = i;
	*fe = sl ? (size_t)(sl - s) : e;
	return 1;
}

static int upper_run(const char *s, size_t a, size_t b, int digits)
{
	if (b <= a)
		return 0;
	for (size_t i = a; i < b; i++)
		if (!rx_is_upper((unsigned char)s[i]) && !(digits && rx_is_digit((unsigned char)s[i])) &&
		    !(!digits && (s[i] == ' ' || s[i] == '-')))
			return 0;
	return 1;
}

static int ssr_docs_at(const char *s, size_t len, size_t at, struct rx_travel_doc *m)
{
	/* "SSR DOCS", a carrier, a status with a count ("YY HK1"), then the
	 * fields on the rest of the line */
	if (at < 4 || at + 12 > len || memcmp(s + at - 4, "SSR DOCS ", 9) != 0)
		return 0;
	size_t i = at + 5;
	while (i < len && i - at < 16 && s[i] != ' ' && s[i] != '\n')
		i++;
	while (i < len && s[i] == ' ')
		i++;
	while (i < len && i - at < 24 && s[i] != ' ' && s[i] != '\n')
		i++;
	if (i >= len || s[i] != ' ')
		return 0;
	size_t a = i + 1, e = rx_line_end(s, len, a), fs, fe, ds, de;
	/* type, issuing state, number, nationality, birth date, sex, expiry,
	 * surname, given names */
	/* (the issuing state of one to three letters: Germany's "D") */
	if (!slash_field(s, a, e, 1, &fs, &fe) || fe - fs < 1 || fe - fs > 3 || !upper_run(s, fs, fe, 0) ||
	    (fe - fs == 3 && memcmp(s + fs, "UTO", 3) == 0))
		return 0;
	/* (the number, one space inside it at most: a Russian passport's
	 * "75 6804897"; stop 57) */
	if (!slash_field(s, a, e, 2, &m->doc_s, &m->doc_e) || m->doc_e - m->doc_s < 5 ||
	    m->doc_e - m->doc_s > 20)
		return 0;
	{
		const char *sp = memchr(s + m->doc_s, ' ', m->doc_e - m->doc_s);
		size_t cut = sp ? (size_t)(sp - s) : m->doc_e;
		if (!upper_run(s, m->doc_s, cut, 1) || (sp && (cut == m->doc_s || !upper_run(s, cut + 1, m->doc_e, 1))))
			return 0;
	}
	if (!slash_field(s, a, e, 4, &ds, &de) || de - ds != 7 || !rx_is_digit((unsigned char)s[ds]) ||
	    !rx_is_digit((unsigned char)s[ds + 1]) || !upper_run(s, ds + 2, ds + 5, 0) ||
	    !rx_is_digit((unsigned char)s[ds + 5]) || !rx_is_digit((unsigned char)s[ds + 6]))
		return 0;
	m->dob_s = ds;
	m->dob_e = de;
	if (!slash_field(s, a, e, 7, &m->sur_s, &m->sur_e) || !upper_run(s, m->sur_s, m->sur_e, 0))
		m->sur_s = m->sur_e = 0;
	if (!slash_field(s, a, e, 8, &m->giv_s, &m->giv_e) || !upper_run(s, m->giv_s, m->giv_e, 0) ||
	    (s[m->giv_s] == 'P' && m->giv_e - m->giv_s <= 3))
		m->giv_s = m->giv_e = 0;
	/* a training booking's sample ("TEST/PASSENGER") is nobody's; a
	 * masked number ("XXXXXXXXX") no number (stop 57) */
	if (m->sur_e - m->sur_s == 4 && memcmp(s + m->sur_s, "TEST", 4) == 0)
		return 0;
	size_t x = m->doc_s;
	while (x < m->doc_e && s[x] == 'X')
		x++;
	if (x == m->doc_e)
		m->doc_s = m->doc_e;
	return 1;
}

/* An APIS submission's log line: 'doc=P/ESU734670' (the name and the
 * birth date are keys of their own, read elsewhere): the number only. */
static int apis_doc_at(const char *s, size_t len, size_t at, struct rx_travel_doc *m)
{
	if (at < 4 || at + 7 > len || memcmp(s + at - 4, "doc=", 4) != 0 || s[at + 1] != '/')
		return 0;
	size_t a = at + 2, e = a;
	while (e < len && e - a < 20 && (rx_is_upper((unsigned char)s[e]) || rx_is_digit((unsigned char)s[e]) ||
					 (s[e] == ' ' && e > a && e + 1 < len && rx_is_digit((unsigned char)s[e + 1]) &&
					  rx_is_digit((unsigned char)s[e - 1]))))
		e++;
	if (e - a < 6 || (e < len && !rx_in(" \t\n\r,\"", s[e])))
		return 0;
	memset(m, 0, sizeof *m);
	m->doc_s = a;
	m->doc_e = e;
	return 1;
}

int rx_travel_doc_at(const char *s, size_t len, size_t at, struct rx_travel_doc *m)
{
	return mrz_at(s, len, at, m) || ssr_docs_at(s, len, at, m) || apis_doc_at(s, len, at, m);
}
