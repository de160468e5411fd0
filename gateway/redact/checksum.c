/* checksum: the check-digit algorithms more than one family uses (Luhn for
 * cards and the Canadian SIN, ISO 7064 MOD 97-10 for IBANs, Verhoeff for
 * Aadhaar, ISO 7064 MOD 11,10 for the German tax id). Inputs are ASCII
 * digits (letters 'A'-'Z' for the IBAN), already extracted. */
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
