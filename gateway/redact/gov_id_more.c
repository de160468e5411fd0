/* gov_id_more.c: national identifiers found after their own label, each
 * with its check:
 *
 *   CNP: 6060910511000               RO, weights 279146358279 mod 11
 *   Kennitala: 090303-2950           IS, weights 3 2 7 6 5 4 3 2 mod 11
 *   SIN: 486 313 489, NAS : ...      CA social insurance number, Luhn
 *   CUIL: 20-27927650-8              AR CUIL/CUIT, weights 5432765432 mod 11
 *   Versichertennummer: U098940636   DE health insurance number (KVNR)
 *   CURP: HETI650405MDFRRT41         MX, its 18th character mod 10
 *   Henkilötunnus: 191205A012L       FI, the century signs of the 2000s
 *                                    (A-F, U-Y) beside gov_id.c's '-' and '+'
 *   Személyi igazolvány száma: 123456AB   HU identity card, its shape
 *   SV-Nummer: 65 170839 J 003       DE pension insurance number: area,
 *                                    birth date, the name's letter, serial,
 *                                    weights 2 1 2 5 7 1 2 1 2 1 2 1 over
 *                                    cross sums, mod 10
 *   Nº afiliación: 28/12345678/40    ES social security number, mod 97
 *   PIS: 120.51243.77-5              BR PIS/PASEP/NIT, weights 3298765432
 *                                    mod 11
 *   IRD number: 49-091-850           NZ, weights 32765432 (then 74325276)
 *                                    mod 11
 *   Medicare number: 2123 45670 1    AU, weights 13791379 mod 10, 2-6 first
 *   NISS: 11152898860                PT, weights 29 23 19 17 13 11 7 5 3 2,
 *                                    9 - sum mod 10
 *
 * The value follows its label within 24 bytes (": ", " nr. ", " #"); the
 * digits without their label are left alone (they are phone numbers,
 * amounts and order numbers as often). */
#include <string.h>

#include "redact_int.h"

enum {
	ID_CNP, ID_KT, ID_SIN, ID_CUIL, ID_KVNR, ID_CURP, ID_HETU, ID_EGN, ID_JMBG, ID_OIB,
	ID_EE, ID_LV, ID_AMKA, ID_RUT, ID_RRN, ID_TW, ID_NIF, ID_MYKAD, ID_HUCARD, ID_RVNR,
	ID_NSS, ID_PIS, ID_IRD, ID_MEDICARE, ID_NISS, ID_SPI, ID_CNS, ID_ANY,
};

/* The labels, and the id each names (in the same order). */
static const char *const label_words[] = {
	"cnp", "cod numeric personal", "kennitala", "kt", "sin", "sin number",
	"social insurance number", "nas", "numéro d'assurance sociale", "cuil", "cuit",
	"versichertennummer", "versicherten-nr", "krankenversichertennummer", "kvnr", "curp",
	"henkilötunnus", "henkilotunnus", "hetu",
	/* BG, RS/SI/BA/MK/ME, HR, EE/LT, LV, GR, CL, KR, TW, PT, MY */
	"егн", "egn", "јмбг", "jmbg", "ембг", "ЕМБГ", "embg", "матични број", "emšo", "emso", "oib", "isikukood",
	"asmens kodas", "personas kods", "αμκα", "amka", "rut", "run", "ЕГН", "ЈМБГ",
	"emŠo", "ΑΜΚΑ", "resident registration number", "rrn", "national id no",
	"nif", "contribuinte", "mykad", "no. mykad", "no. k/p", "kad pengenalan",
	/* HU identity card: six digits and two letters, no check */
	"személyi igazolvány száma", "személyi igazolvány", "szig. szám",
	/* DE pension insurance, ES social security, BR PIS/PASEP/NIT */
	"sv-nummer", "sv nummer", "sv-nr", "sozialversicherungsnummer", "rentenversicherungsnummer",
	"rv-nummer", "rvnr", "nss", "naf", "afiliación", "nº afiliación", "n.º afiliación",
	"número de afiliación", "número de la seguridad social", "nº seguridad social",
	"pis", "pasep", "pis/pasep", "pis/pasep/nit", "nis", "nit",
	/* NZ IRD, AU Medicare, PT NISS */
	"ird", "ird number", "ird no", "medicare", "medicare number", "medicare card", "medicare no",
	"niss", "segurança social", "seguranca social",
	/* FR numéro fiscal (SPI) */
	"numéro fiscal", "numero fiscal", "n° fiscal", "numéro fiscal déclarant",
	"numéro fiscal du déclarant", "spi",
	/* DE KVNR abbreviated, US Medicare (MBI), BR Cartão Nacional de Saúde */
	"versichertennr", "versicherten-nr.", "medicare id", "mbi", "medicare beneficiary identifier",
	"cartão sus", "cartao sus", "cns", "cartão nacional de saúde", "cartão do sus",
	/* a national number named in general: whichever check above it passes */
	"personal identification number", "personal id number", "personal code",
	"personal number", "national id", "national_id", "national id number",
	"national identification number", "national identity number", "id number",
	"identification number", NULL,
};
static const unsigned char label_ids[] = {
	ID_CNP, ID_CNP, ID_KT, ID_KT, ID_SIN, ID_SIN, ID_SIN, ID_SIN, ID_SIN, ID_CUIL, ID_CUIL,
	ID_KVNR, ID_KVNR, ID_KVNR, ID_KVNR, ID_CURP, ID_HETU, ID_HETU, ID_HETU,
	ID_EGN, ID_EGN, ID_JMBG, ID_JMBG, ID_JMBG, ID_JMBG, ID_JMBG, ID_JMBG, ID_JMBG, ID_JMBG, ID_OIB,
	ID_EE,
	ID_EE, ID_LV, ID_AMKA, ID_AMKA, ID_RUT, ID_RUT, ID_EGN, ID_JMBG,
	ID_JMBG, ID_AMKA, ID_RRN, ID_RRN, ID_TW,
	ID_NIF, ID_NIF, ID_MYKAD, ID_MYKAD, ID_MYKAD, ID_MYKAD,
	ID_HUCARD, ID_HUCARD, ID_HUCARD,
	ID_RVNR, ID_RVNR, ID_RVNR, ID_RVNR, ID_RVNR,
	ID_RVNR, ID_RVNR, ID_NSS, ID_NSS, ID_NSS, ID_NSS, ID_NSS,
	ID_NSS, ID_NSS, ID_NSS,
	ID_PIS, ID_PIS, ID_PIS, ID_PIS, ID_PIS, ID_PIS,
	ID_IRD, ID_IRD, ID_IRD, ID_MEDICARE, ID_MEDICARE, ID_MEDICARE, ID_MEDICARE,
	ID_NISS, ID_NISS, ID_NISS,
	ID_SPI, ID_SPI, ID_SPI, ID_SPI, ID_SPI, ID_SPI,
	ID_KVNR, ID_KVNR, ID_MEDICARE, ID_MEDICARE, ID_MEDICARE,
	ID_CNS, ID_CNS, ID_CNS, ID_CNS, ID_CNS,
	ID_ANY, ID_ANY, ID_ANY,
	ID_ANY, ID_ANY, ID_ANY, ID_ANY,
	ID_ANY, ID_ANY, ID_ANY,
	ID_ANY,
};
_Static_assert(sizeof label_ids == sizeof label_words / sizeof label_words[0] - 1,
	       "one id per label");
struct rx_kwset gv_label_kws = RX_KWSET(label_words);

static int label_kind(const char *w, size_t n)
{
	/* (rx_fold_eq folds both sides) */
	for (size_t i = 0; label_words[i]; i++)
		if (strlen(label_words[i]) == n && rx_fold_eq(w, label_words[i], n))
			return label_ids[i];
	return -1;
}

/* The digits of s[a, b) without the separators (' ', '-', '.'), at most
 * cap; their count, or 0 when another character comes. */
static size_t digits_of(const char *s, size_t a, size_t b, char *d, size_t cap)
{
	size_t n = 0;
	for (size_t i = a; i < b; i++) {
		if (rx_is_digit((unsigned char)s[i])) {
			if (n == cap)
				return 0;
			d[n++] = s[i];
		} else if (!rx_in(" -./", s[i])) {
			return 0;
		}
	}
	return n;
}

static int weighted(const char *d, const char *w, size_t n)
{
	int sum = 0;
	for (size_t i = 0; i < n; i++)
		sum += (d[i] - '0') * (w[i] - '0');
	return sum;
}

static int cnp_ok(const char *d)
{
	int r = weighted(d, "279146358279", 12) % 11;
	return (r == 10 ? 1 : r) == d[12] - '0' && d[0] != '0';
}

static int kt_ok(const char *d)
{
	int r = 11 - weighted(d, "32765432", 8) % 11;
	r = r == 11 ? 0 : r;
	int day = (d[0] - '0') * 10 + (d[1] - '0'), mon = (d[2] - '0') * 10 + (d[3] - '0');
	return r != 10 && r == d[8] - '0' && day >= 1 && day <= 71 && mon >= 1 && mon <= 12 &&
	       (d[9] == '0' || d[9] == '9' || d[9] == '8');
}

static int cuil_ok(const char *d)
{
	int r = 11 - weighted(d, "5432765432", 10) % 11;
	r = r == 11 ? 0 : r == 10 ? 9 : r;
	int p = (d[0] - '0') * 10 + (d[1] - '0');
	return r == d[10] - '0' && (p == 20 || p == 23 || p == 24 || p == 27 || p == 30 || p == 33 || p == 34);
}

/* DE KVNR: the letter as its two-digit number, then eight digits; weights
 * 1 2 alternating, the digits of each product summed; the tenth digit. */
static int kvnr_ok(const char *s)
{
	int v = s[0] - 'A' + 1, sum = 0;
	char d[10] = {(char)('0' + v / 10), (char)('0' + v % 10)};
	memcpy(d + 2, s + 1, 8);
	for (int i = 0; i < 10; i++) {
		int p = (d[i] - '0') * (i % 2 ? 2 : 1);
		sum += p / 10 + p % 10;
	}
	return sum % 10 == s[9] - '0';
}

/* MX CURP: 4 letters, YYMMDD, H/M, 5 letters, a character, the check
 * digit of the 17 before it. */
int gv_curp_ok(const char *s)
{
	if (s[10] != 'H' && s[10] != 'M')
		return 0;
	static const char val[] = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ";
	int sum = 0;
	for (int i = 0; i < 17; i++) {
		const char *p = strchr(val, s[i]);
		if (!p || !s[i])
			return 0;
		sum += (int)(p - val) * (18 - i);
	}
	int k = (10 - sum % 10) % 10;
	return k == s[17] - '0';
}

static int hetu_century_ok(const char *s)
{
	static const char chars[] = "0123456789ABCDEFHJKLMNPRSTUVWXY";
	char d[9];
	memcpy(d, s, 6);
	memcpy(d + 6, s + 7, 3);
	int day = (d[0] - '0') * 10 + (d[1] - '0'), mon = (d[2] - '0') * 10 + (d[3] - '0');
	if (day < 1 || day > 31 || mon < 1 || mon > 12)
		return 0;
	unsigned long n = 0;
	for (int i = 0; i < 9; i++) {
		if (!rx_is_digit((unsigned char)d[i]))
			return 0;
		n = n * 10 + (unsigned)(d[i] - '0');
	}
	return chars[n % 31] == s[10];
}

/* BG EGN: weights 2 4 8 5 10 9 7 3 6 mod 11 (10 gives 0); a month of
 * 1-12, 21-32 (before 1900) or 41-52 (2000 on). */
static int egn_ok(const char *d)
{
	static const int w[] = {2, 4, 8, 5, 10, 9, 7, 3, 6};
	int sum = 0;
	for (int i = 0; i < 9; i++)
		sum += (d[i] - '0') * w[i];
	int r = sum % 11 % 10, m = (d[2] - '0') * 10 + (d[3] - '0');
	return r == d[9] - '0' && ((m >= 1 && m <= 12) || (m >= 21 && m <= 32) || (m >= 41 && m <= 52));
}

/* JMBG / EMŠO: DDMMYYY, then weights 7 6 5 4 3 2 7 6 5 4 3 2 mod 11. */
static int jmbg_ok(const char *d)
{
	int r = 11 - weighted(d, "765432765432", 12) % 11;
	int day = (d[0] - '0') * 10 + (d[1] - '0'), mon = (d[2] - '0') * 10 + (d[3] - '0');
	return (r > 9 ? 0 : r) == d[12] - '0' && day >= 1 && day <= 31 && mon >= 1 && mon <= 12;
}

/* HR OIB: ISO 7064 MOD 11,10. */
static int oib_ok(const char *d)
{
	int a = 10;
	for (int i = 0; i < 10; i++) {
		a = (a + d[i] - '0') % 10;
		a = (a == 0 ? 10 : a) * 2 % 11;
	}
	int k = 11 - a;
	return (k == 10 ? 0 : k) == d[10] - '0';
}

/* EE isikukood, LT asmens kodas: weights 1-9 1, then 3-9 1-3 if the first
 * sum leaves 10, then 0; the first digit 1-6 (the century and sex). */
static int ee_ok(const char *d)
{
	int r = weighted(d, "1234567891", 10) % 11;
	if (r == 10)
		r = weighted(d, "3456789123", 10) % 11 % 10;
	return r == d[10] - '0' && d[0] >= '1' && d[0] <= '6';
}

/* LV personas kods: DDMMYY-CNNNZ with weights 1 6 3 7 9 10 5 8 4 2 and
 * (1101 - sum) mod 11; the codes issued since 2017 start with 32 and carry
 * no check. */
static int lv_ok(const char *d)
{
	static const int w[] = {1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
	if (d[0] == '3' && d[1] == '2')
		return 1;
	int sum = 0;
	for (int i = 0; i < 10; i++)
		sum += (d[i] - '0') * w[i];
	int day = (d[0] - '0') * 10 + (d[1] - '0'), mon = (d[2] - '0') * 10 + (d[3] - '0');
	return (1101 - sum) % 11 == d[10] - '0' && day >= 1 && day <= 31 && mon >= 1 && mon <= 12;
}

/* GR AMKA: DDMMYY and five digits, Luhn. */
static int amka_ok(const char *d)
{
	int day = (d[0] - '0') * 10 + (d[1] - '0'), mon = (d[2] - '0') * 10 + (d[3] - '0');
	return day >= 1 && day <= 31 && mon >= 1 && mon <= 12 && rx_luhn(d, 11);
}

/* KR resident registration number: YYMMDD-SNNNNNN, weights 2-9 2-5, (11 -
 * sum mod 11) mod 10. */
static int rrn_ok(const char *d)
{
	int r = (11 - weighted(d, "234567892345", 12) % 11) % 10;
	int mon = (d[2] - '0') * 10 + (d[3] - '0');
	return r == d[12] - '0' && mon >= 1 && mon <= 12 && d[6] >= '1' && d[6] <= '8';
}

/* PT NIF: weights 9-2, 11 - sum mod 11 (10 and 11 give 0). */
static int nif_ok(const char *d)
{
	int r = 11 - weighted(d, "98765432", 8) % 11;
	return (r >= 10 ? 0 : r) == d[8] - '0' && rx_in("1235689", d[0]);
}

/* MY MyKad: YYMMDD-PB-NNNN, a date and a place of birth code (no check
 * digit). */
static int mykad_ok(const char *s, size_t a, size_t e, const char *d)
{
	int mon = (d[2] - '0') * 10 + (d[3] - '0'), day = (d[4] - '0') * 10 + (d[5] - '0');
	return mon >= 1 && mon <= 12 && day >= 1 && day <= 31 &&
	       (e - a == 12 || (e - a == 14 && s[a + 6] == '-' && s[a + 9] == '-'));
}

/* CL RUT: "17.091.462-7": weights 2-7 from the right, 11 - sum mod 11 (11
 * gives 0, 10 'K'). */
static int rut_ok(const char *s, size_t v, size_t e)
{
	if (e - v < 3 || s[e - 2] != '-')
		return 0;
	char d[12];
	size_t n = digits_of(s, v, e - 2, d, sizeof d);
	if (n < 7 || n > 8)
		return 0;
	int sum = 0;
	for (size_t i = 0; i < n; i++)
		sum += (d[n - 1 - i] - '0') * (int)(2 + i % 6);
	int r = 11 - sum % 11;
	char k = r == 11 ? '0' : r == 10 ? 'K' : (char)('0' + r);
	return rx_upper(s[e - 1]) == k;
}

/* TW national id: a letter (its two-digit code) and nine digits, the first
 * 1 or 2; weights 1 9 8 7 6 5 4 3 2 1 1, the sum a multiple of 10. */
static int tw_ok(const char *s)
{
	static const char codes[] = "ABCDEFGHJKLMNPQRSTUVXYWZIO";
	const char *p = strchr(codes, s[0]);
	if (!p || !s[0] || (s[1] != '1' && s[1] != '2'))
		return 0;
	int v = (int)(p - codes) + 10, sum = v / 10 + (v % 10) * 9;
	for (int i = 1; i <= 8; i++)
		sum += (s[i] - '0') * (9 - i);
	sum += s[9] - '0';
	return sum % 10 == 0;
}

/* DE Versicherungsnummer "65 170839 J 003" from v: area (2 digits), birth
 * date (DDMMYY), the birth name's initial, serial (2), check; spaces
 * between the parts or none. Its end, 0 when none. */
static size_t rvnr_end(const char *s, size_t len, size_t v)
{
	static const unsigned char parts[] = {2, 6, 0, 3};
	char d[13];
	size_t i = v, n = 0;
	for (size_t p = 0; p < 4; p++) {
		if (p && i < len && s[i] == ' ' && (v + 2 == i || s[v + 2] == ' '))
			i++; /* spaced throughout or not at all */
		if (p == 2) {
			if (i >= len || !rx_is_upper((unsigned char)s[i]))
				return 0;
			int l = s[i++] - 'A' + 1;
			d[n++] = (char)('0' + l / 10);
			d[n++] = (char)('0' + l % 10);
			continue;
		}
		for (size_t k = 0; k < parts[p]; k++, i++) {
			if (i >= len || !rx_is_digit((unsigned char)s[i]))
				return 0;
			d[n++] = s[i];
		}
	}
	if (i < len && (rx_is_alnum((unsigned char)s[i]) || s[i] == '_'))
		return 0;
	int day = (d[2] - '0') * 10 + (d[3] - '0'), mon = (d[4] - '0') * 10 + (d[5] - '0');
	if (day < 1 || day > 31 || mon < 1 || mon > 12)
		return 0;
	static const unsigned char w[12] = {2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1};
	int sum = 0;
	for (size_t k = 0; k < 12; k++) {
		int p = (d[k] - '0') * w[k];
		sum += p / 10 + p % 10;
	}
	return sum % 10 == d[12] - '0' ? i : 0;
}

/* ES número de afiliación: province (2), number (8), check (2) = the first
 * ten as one number mod 97 (a number below 10^7 joins its province as
 * province * 10^7 + number). */
static int nss_ok(const char *d)
{
	unsigned long long a = (unsigned long long)((d[0] - '0') * 10 + (d[1] - '0')), b = 0;
	for (int i = 2; i < 10; i++)
		b = b * 10 + (unsigned long long)(d[i] - '0');
	unsigned long long x = b < 10000000ull ? a * 10000000ull + b : a * 100000000ull + b;
	return a >= 1 && a <= 53 && x % 97 == (unsigned long long)((d[10] - '0') * 10 + (d[11] - '0'));
}

/* BR PIS/PASEP/NIT: weights 3 2 9 8 7 6 5 4 3 2, 11 - sum mod 11 (10 and
 * 11 give 0); not all one digit. */
static int pis_ok(const char *d)
{
	int r = 11 - weighted(d, "3298765432", 10) % 11, same = 1;
	for (int i = 1; i < 11; i++)
		same &= d[i] == d[0];
	return (r >= 10 ? 0 : r) == d[10] - '0' && !same;
}

/* NZ IRD number: 8 or 9 digits (10-150 million), weights 3 2 7 6 5 4 3 2
 * over the first eight (a leading zero for 8), 11 - sum mod 11; a check of
 * 10 tries weights 7 4 3 2 5 2 7 6, and 10 again is no number. */
static int ird_ok(const char *d, size_t n)
{
	char v[9];
	if (n == 8) {
		v[0] = '0';
		memcpy(v + 1, d, 8);
	} else {
		memcpy(v, d, 9);
	}
	unsigned long long x = 0;
	for (int i = 0; i < 8; i++)
		x = x * 10 + (unsigned)(v[i] - '0');
	if (x < 1000000ull || x > 15000000ull)
		return 0;
	static const char *const w[] = {"32765432", "74325276"};
	for (int k = 0; k < 2; k++) {
		int r = weighted(v, w[k], 8) % 11, c = r ? 11 - r : 0;
		if (c != 10)
			return c == v[8] - '0';
	}
	return 0;
}

/* AU Medicare: ten digits (and an IRN), the first 2-6, the ninth the
 * check: weights 1 3 7 9 1 3 7 9 mod 10. */
static int medicare_ok(const char *d, size_t n)
{
	return (n == 10 || n == 11) && d[0] >= '2' && d[0] <= '6' && weighted(d, "13791379", 8) % 10 == d[8] - '0';
}

/* US Medicare Beneficiary Identifier: eleven characters, dashes 4-3-4
 * allowed; digits and letters by position (no S, L, O, I, B, Z): 1 a digit
 * 1-9, 2/5/8/9 a letter, 4/7/10/11 a digit, 3 and 6 either. */
static int mbi_ok(const char *s, size_t v, size_t e)
{
	static const char pos[] = "NAXNAXNAANN";
	char m[12];
	size_t n = 0;
	for (size_t i = v; i < e; i++) {
		if (s[i] == '-' && (n == 4 || n == 7))
			continue;
		if (n == 11)
			return 0;
		m[n++] = s[i];
	}
	if (n != 11 || m[0] == '0')
		return 0;
	for (size_t i = 0; i < 11; i++) {
		int dig = rx_is_digit((unsigned char)m[i]);
		int let = rx_is_upper((unsigned char)m[i]) && !strchr("SLOIBZ", m[i]);
		if (!(pos[i] == 'N' ? dig : pos[i] == 'A' ? let : dig || let))
			return 0;
	}
	return 1;
}

/* BR Cartão Nacional de Saúde: fifteen digits, the first 1, 2, 7, 8 or 9;
 * the digits weighted 15 down to 1 sum to a multiple of 11. */
static int cns_ok(const char *d)
{
	int sum = 0;
	for (int i = 0; i < 15; i++)
		sum += (d[i] - '0') * (15 - i);
	return strchr("12789", d[0]) && sum % 11 == 0;
}

/* PT NISS: eleven digits, the first 1 or 2; 9 - (weights 29 23 19 17 13
 * 11 7 5 3 2) mod 10. */
static int niss_ok(const char *d)
{
	static const int w[10] = {29, 23, 19, 17, 13, 11, 7, 5, 3, 2};
	int sum = 0;
	for (int i = 0; i < 10; i++)
		sum += (d[i] - '0') * w[i];
	return (d[0] == '1' || d[0] == '2') && 9 - sum % 10 == d[10] - '0';
}

/* FR numéro fiscal (SPI): thirteen digits, the first 0-3; the last three
 * are the first ten mod 511. */
static int spi_ok(const char *d)
{
	unsigned long long v = 0;
	for (int i = 0; i < 10; i++)
		v = v * 10 + (unsigned)(d[i] - '0');
	return d[0] <= '3' && v % 511 == (unsigned)((d[10] - '0') * 100 + (d[11] - '0') * 10 + (d[12] - '0'));
}

/* A national number named only in general: one of the checks above. */
static int any_ok(const char *d, size_t n)
{
	return (n == 9 && nif_ok(d)) || (n == 10 && egn_ok(d)) || (n == 13 && (jmbg_ok(d) || rrn_ok(d))) ||
	       (n == 11 && (oib_ok(d) || ee_ok(d) || lv_ok(d) || amka_ok(d))) ||
	       (n == 13 && cnp_ok(d));
}

int gv_checked_more(const char *d, size_t n, int weak)
{
	return (n >= 10 && n <= 13 && any_ok(d, n)) || (weak && n == 9 && nif_ok(d));
}

/* Whether s[v, e) is a number of the kind, by its length and check. */
static int value_ok(int kind, const char *s, size_t v, size_t e)
{
	char d[16];
	size_t n = 0;
	int ok = 0;
	switch (kind) {
	case ID_CNP:
		ok = (n = digits_of(s, v, e, d, sizeof d)) == 13 && cnp_ok(d);
		break;
	case ID_KT:
		ok = (n = digits_of(s, v, e, d, sizeof d)) == 10 && kt_ok(d);
		break;
	case ID_SIN:
		ok = (n = digits_of(s, v, e, d, sizeof d)) == 9 && d[0] != '0' && d[0] != '8' && rx_luhn(d, 9);
		break;
	case ID_CUIL:
		ok = (n = digits_of(s, v, e, d, sizeof d)) == 11 && cuil_ok(d);
		break;
	case ID_KVNR:
		ok = e - v == 10 && rx_is_upper((unsigned char)s[v]) && digits_of(s, v + 1, e, d, sizeof d) == 9 &&
		     kvnr_ok(s + v);
		break;
	case ID_CURP:
		ok = e - v == 18 && gv_curp_ok(s + v);
		break;
	case ID_HETU:
		ok = e - v == 11 && rx_in("ABCDEFUVWXY", s[v + 6]) && hetu_century_ok(s + v);
		break;
	case ID_EGN:
		ok = (n = digits_of(s, v, e, d, sizeof d)) == 10 && egn_ok(d);
		break;
	case ID_JMBG:
		ok = (n = digits_of(s, v, e, d, sizeof d)) == 13 && jmbg_ok(d);
		break;
	case ID_OIB:
		ok = (n = digits_of(s, v, e, d, sizeof d)) == 11 && oib_ok(d);
		break;
	case ID_EE:
		ok = (n = digits_of(s, v, e, d, sizeof d)) == 11 && ee_ok(d);
		break;
	case ID_LV:
		ok = (n = digits_of(s, v, e, d, sizeof d)) == 11 && lv_ok(d);
		break;
	case ID_AMKA:
		ok = (n = digits_of(s, v, e, d, sizeof d)) == 11 && amka_ok(d);
		break;
	case ID_RUT:
		ok = rut_ok(s, v, e);
		break;
	case ID_RRN:
		ok = (n = digits_of(s, v, e, d, sizeof d)) == 13 && rrn_ok(d);
		break;
	case ID_TW:
		ok = e - v == 10 && rx_is_upper((unsigned char)s[v]) && digits_of(s, v + 1, e, d, sizeof d) == 9 &&
		     tw_ok(s + v);
		break;
	case ID_NIF:
		ok = (n = digits_of(s, v, e, d, sizeof d)) == 9 && nif_ok(d);
		break;
	case ID_MYKAD:
		ok = (n = digits_of(s, v, e, d, sizeof d)) == 12 && mykad_ok(s, v, e, d);
		break;
	case ID_HUCARD:
		ok = e - v == 8 && digits_of(s, v, v + 6, d, sizeof d) == 6 && rx_is_upper((unsigned char)s[v + 6]) &&
		     rx_is_upper((unsigned char)s[v + 7]);
		break;
	case ID_NSS: /* (or Mexico's: eleven digits, Luhn; stop 55) */
		n = digits_of(s, v, e, d, sizeof d);
		ok = (n == 12 && nss_ok(d)) || (n == 11 && rx_luhn(d, 11));
		break;
	case ID_PIS:
		ok = (n = digits_of(s, v, e, d, sizeof d)) == 11 && pis_ok(d);
		break;
	case ID_RVNR:
		ok = rvnr_end(s, e, v) == e;
		break;
	case ID_IRD:
		n = digits_of(s, v, e, d, sizeof d);
		ok = (n == 8 || n == 9) && ird_ok(d, n);
		break;
	case ID_MEDICARE:
		n = digits_of(s, v, e, d, sizeof d);
		ok = medicare_ok(d, n) || mbi_ok(s, v, e);
		break;
	case ID_CNS:
		ok = (n = digits_of(s, v, e, d, sizeof d)) == 15 && cns_ok(d);
		break;
	case ID_NISS:
		ok = (n = digits_of(s, v, e, d, sizeof d)) == 11 && niss_ok(d);
		break;
	case ID_SPI:
		ok = (n = digits_of(s, v, e, d, sizeof d)) == 13 && spi_ok(d);
		break;
	case ID_ANY:
		n = digits_of(s, v, e, d, sizeof d);
		ok = n >= 9 && n <= 13 && any_ok(d, n);
		break;
	}
	(void)n;
	return ok;
}

unsigned gv_detect_labelled(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len;
	int kind = label_kind(s + c->ms, c->me - c->ms);
	if (kind < 0 || (c->ms > 0 && rx_letter_before(s, c->ms)))
		return 0;
	/* "Kennitala: ", "CUIL nr. ", "SIN #", "NIF do aluno: " */
	size_t v = rx_qualified_colon(s, len, c->me), le = rx_line_end(s, len, c->me);
	while (v < le && v - c->me < 24 && !rx_is_alnum((unsigned char)s[v]))
		v++;
	if (v < le && v - c->me < 20 && (s[v] == 'n' || s[v] == 'N') && v + 2 < le &&
	    (s[v + 1] == 'r' || s[v + 1] == 'o') && !rx_is_alpha((unsigned char)s[v + 2]))
		for (v += 2; v < le && !rx_is_alnum((unsigned char)s[v]);)
			v++;
	/* ("contribuinte n.º 133486451", "NIF nº", "n° ") */
	else if (v < le && v - c->me < 20 && (s[v] == 'n' || s[v] == 'N') && v + 2 < le &&
		 (s[v + 1] == '.' || ((unsigned char)s[v + 1] == 0xC2 &&
				      ((unsigned char)s[v + 2] == 0xBA || (unsigned char)s[v + 2] == 0xB0))))
		for (v += 1; v < le && !rx_is_alnum((unsigned char)s[v]);)
			v++;
	/* "Numéro fiscal déclarant 1 : 2017886860493": the declarant's rank */
	if (kind == ID_SPI && v + 2 < le && rx_is_digit((unsigned char)s[v]) && !rx_is_digit((unsigned char)s[v + 1]))
		for (v++; v < le && !rx_is_alnum((unsigned char)s[v]);)
			v++;
	if (v >= le)
		return 0;
	if (kind == ID_RVNR) {
		size_t re = rvnr_end(s, le, v);
		return re ? (unsigned)rx_emit(c, v, re, REDACT_GOV_ID) : 0;
	}
	/* the value: letters, digits and the separators, to a space after a
	 * digit group that is not followed by another */
	size_t e = v;
	while (e < le && e - v < 24 && (rx_is_alnum((unsigned char)s[e]) || rx_in("-.", s[e]) ||
					 (kind == ID_NSS && s[e] == '/') ||
					 (s[e] == ' ' && e + 1 < le && rx_is_digit((unsigned char)s[e + 1]) &&
					  kind != ID_CURP && kind != ID_KVNR && kind != ID_TW)))
		e++;
	while (e > v && rx_in("-.", s[e - 1]))
		e--;
	if (e < le && rx_is_alnum((unsigned char)s[e]))
		return 0;
	if (!value_ok(kind, s, v, e))
		return 0;
	return (unsigned)rx_emit(c, v, e, REDACT_GOV_ID);
}

/* A table's cell s[v, e) under a column whose name holds one of the labels
 * ("Nome;CPF;PIS;..." over "...;119.33949.17-6;..."): the number when its
 * check passes. */
unsigned gv_cell_labelled(struct rx_ctx *c, const char *hdr, size_t v, size_t e)
{
	/* a label as the header's words (one of two letters, "kt", only as
	 * the whole header) */
	size_t hn = strlen(hdr), w;
	if (rx_kwset_last_idx(&gv_label_kws, hdr, 0, hn, &w) == RX_NONE ||
	    (strlen(label_words[w]) < 3 && strlen(label_words[w]) != hn) || !value_ok(label_ids[w], c->text, v, e))
		return 0;
	return (unsigned)rx_emit(c, v, e, REDACT_GOV_ID);
}

/* Whether one of the phrases comes before `at` on its line, within 48
 * bytes (ASCII letters folded). Labels written without spaces
 * ("주민등록번호:", "身分證字號：") are no keyword triggers; their values are
 * found by their shape and checked for the label this way. */
int gv_label_before(const char *s, size_t at, const char *const *phrases)
{
	size_t ls = rx_line_start(s, at), from = at > 48 ? at - 48 : 0;
	return rx_phrase_in(s, from < ls ? ls : from, at, phrases);
}

/* The length of shape (its 'd' a digit, any other byte itself) at s[i],
 * alone (no letter, digit, '-' or '.' and a digit after it), else 0. */
static size_t shape_at(const char *s, size_t len, size_t i, const char *shape)
{
	size_t n = strlen(shape);
	if (i + n > len)
		return 0;
	for (size_t k = 0; k < n; k++)
		if (shape[k] == 'd' ? !rx_is_digit((unsigned char)s[i + k]) : s[i + k] != shape[k])
			return 0;
	if (i + n < len && (rx_is_alnum((unsigned char)s[i + n]) ||
			    (rx_in("-.", s[i + n]) && i + n + 1 < len && rx_is_digit((unsigned char)s[i + n + 1]))))
		return 0;
	return n;
}

/* KR resident registration number "931228-1784823" after 주민(등록)번호 or
 * "resident registration number"; TW national id "N284089087" after
 * 身分證 / 身份證; Chile's RUT, India's ABHA, Indonesia's NPWP and Pakistan's
 * CNIC in their printed shapes. */
unsigned gv_detect_shaped(struct rx_ctx *c)
{
	static const char *const kr[] = {"주민", "외국인등록", "외국인 등록", "resident registration",
					 "alien registration", "rrn", NULL};
	static const char *const tw[] = {"身分證", "身份證", "national id", NULL};
	const char *s = c->text;
	size_t i = c->ms, len = c->len;
	char d[16];
	/* a cheap look first: an RRN's '-' after six digits, a TW id's digit
	 * after its letter, or a table's cell */
	/* Chile's RUT in its printed shape ("19.657.331-3"), with its check:
	 * no label needed */
	if (rx_is_digit((unsigned char)s[i]) && (i == 0 || (!rx_is_alnum((unsigned char)s[i - 1]) && s[i - 1] != '.'))) {
		size_t a = i + 1 + (i + 1 < len && rx_is_digit((unsigned char)s[i + 1]));
		if (a + 10 <= len && s[a] == '.' && s[a + 4] == '.' && s[a + 8] == '-' && rx_is_digit((unsigned char)s[a + 1]) &&
		    rx_is_digit((unsigned char)s[a + 3]) && rx_is_digit((unsigned char)s[a + 5]) &&
		    rx_is_digit((unsigned char)s[a + 7]) && (rx_is_digit((unsigned char)s[a + 9]) || rx_upper(s[a + 9]) == 'K') &&
		    (a + 10 == len || !rx_is_alnum((unsigned char)s[a + 10])) && rut_ok(s, i, a + 10))
			return (unsigned)rx_emit(c, i, a + 10, REDACT_GOV_ID);
	}
	/* India's ABHA number ("91-2282-6110-7240") and Indonesia's NPWP
	 * ("79.504.840.0-338.022") in their printed shapes: no label needed */
	if (rx_is_digit((unsigned char)s[i]) && (i == 0 || (!rx_is_alnum((unsigned char)s[i - 1]) && !rx_in(".-+/", s[i - 1])))) {
		/* (each shape's separator looked at first) */
		size_t n = 0;
		if (i + 5 < len && s[i + 2] == '-' && s[i] == '9' && s[i + 1] == '1')
			n = shape_at(s, len, i, "91-dddd-dddd-dddd");
		else if (i + 5 < len && s[i + 2] == '.')
			n = shape_at(s, len, i, "dd.ddd.ddd.d-ddd.ddd");
		/* Pakistan's CNIC ("54400-5151502-5": a province's digit 1-7,
		 * no check digit, a shape nothing else prints) */
		else if (i + 5 < len && s[i + 5] == '-' && s[i] >= '1' && s[i] <= '7')
			n = shape_at(s, len, i, "ddddd-ddddddd-d");
		/* the UAE's Emirates ID ("784-1998-5456334-5": the country's
		 * code, a birth year, Luhn over its fifteen digits) */
		else if (i + 5 < len && s[i + 3] == '-' && s[i] == '7' && s[i + 1] == '8' && s[i + 2] == '4' &&
			 (n = shape_at(s, len, i, "ddd-dddd-ddddddd-d")) != 0) {
			char d15[16];
			size_t k = 0;
			for (size_t j = i; j < i + n; j++)
				if (rx_is_digit((unsigned char)s[j]))
					d15[k++] = s[j];
			d15[k] = 0;
			if (k != 15 || !rx_luhn(d15, 15))
				n = 0;
		}
		if (n)
			return (unsigned)rx_emit(c, i, i + n, REDACT_GOV_ID);
	}
	int cellish = i > 0 && (rx_in("|\t;,", s[i - 1]) || (i >= 2 && s[i - 1] == ' ' && (s[i - 2] == '|' || s[i - 2] == ' ')));
	if (!cellish && (rx_is_digit((unsigned char)s[i]) ? i + 6 >= len || s[i + 6] != '-'
							   : i + 1 >= len || !rx_is_digit((unsigned char)s[i + 1])))
		return 0;
	if (rx_is_digit((unsigned char)s[i])) {
		if (i + 14 > len || s[i + 6] != '-' || (i + 14 < len && (rx_is_alnum((unsigned char)s[i + 14]) || s[i + 14] == '-')))
			return gv_doc_cell(c);
		if (digits_of(s, i, i + 14, d, sizeof d) != 13 || !rrn_ok(d) ||
		    !(gv_label_before(s, i, kr) || (cellish && gv_kr_column(c, i))))
			return gv_doc_cell(c);
		return (unsigned)rx_emit(c, i, i + 14, REDACT_GOV_ID);
	}
	if (i + 10 > len || !rx_is_upper((unsigned char)s[i]) || !rx_is_digit((unsigned char)s[i + 1]) ||
	    (i + 10 < len && rx_is_alnum((unsigned char)s[i + 10])))
		return gv_doc_cell(c);
	if (digits_of(s, i + 1, i + 10, d, sizeof d) != 9 || !tw_ok(s + i) || !gv_label_before(s, i, tw))
		return gv_doc_cell(c);
	return (unsigned)rx_emit(c, i, i + 10, REDACT_GOV_ID);
}

/* A travel document's number: a passport's machine-readable zone, a
 * booking's SSR DOCS (checksum.c). */
unsigned gv_detect_travel_doc(struct rx_ctx *c)
{
	struct rx_travel_doc m;
	if (!rx_travel_doc_at(c->text, c->len, c->ms, &m))
		return 0;
	return (unsigned)rx_emit(c, m.doc_s, m.doc_e, REDACT_GOV_ID);
}
