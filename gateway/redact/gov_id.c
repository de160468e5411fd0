/* gov_id: national identifiers, each with its check where it has one.
 *
 *   US SSN       NNN-NN-NNNN (area not 000/666/9xx, group, serial not 0);
 *                undashed only after an SSN word.              -> type ssn
 *   US ITIN      9NN-NN-NNNN, group 50-65, 70-88, 90-92, 94-99
 *   UK NINO      AB 12 34 56 C (prefix rules, suffix A-D)
 *   UK NHS       10 digits, mod 11, after "NHS"
 *   DE Steuer-ID 11 digits (one digit repeated, ISO 7064 MOD 11,10), after
 *                a tax-id word
 *   FR NIR       sex, year, month, department (2A/2B), commune, order, key
 *                97 - n mod 97 (the key also apart)
 *   ES DNI, NIE  8 digits + letter (mod 23); X/Y/Z + 7 digits + letter
 *   IT codice fiscale  16 characters, omocodia, check letter
 *   NL BSN       9 digits, 11-test, after "BSN"
 *   AU TFN       9 digits, weights 1 4 3 7 5 8 6 9 10 mod 11, after "TFN"
 *   IN Aadhaar   12 digits, first 2-9, Verhoeff, after "Aadhaar"
 *   IN PAN       AAAPA1234A (holder-type letter)
 *   BR CPF       NNN.NNN.NNN-NN, two mod-11 digits (undashed after "CPF")
 *   passports    6-9 letters/digits with a digit, after a passport word
 *
 * Identifiers whose check passes one time in ten or more need their word
 * before them; the others stand alone. */
#include <string.h>

#include "redact_int.h"

static const char *const ssn_kw_list[] = {
	"ssn", "ssn#", "ss#", "social security", "social security number", "social security no",
	"soc. sec.", "soc sec", "tax id", "tax_id", "taxid", "tax-id", "taxpayer id", "my id",
	"id number", NULL,
};
static struct rx_kwset ssn_kw = RX_KWSET(ssn_kw_list);
static const char *const itin_kw_list[] = {"itin", "taxpayer identification", NULL};
static struct rx_kwset itin_kw = RX_KWSET(itin_kw_list);
static const char *const nhs_kw_list[] = {"nhs", "nhs number", "nhs no", "rhif gig", NULL};
static struct rx_kwset nhs_kw = RX_KWSET(nhs_kw_list);
static const char *const steuer_kw_list[] = {
	"steuer-id", "steuer-ids", "steuer id", "steuer ids", "steuerid", "steuerids", "steuer-idnr", "idnr",
	"steuer-identifikationsnummer", "steuer-identifikationsnummern",
	"steueridentifikationsnummer", "identifikationsnummer", "tax id", "tax-id", "tin",
	"steuerliche identifikationsnummer", "tax_id", "taxid", "tax number", "my id", "id number",
	NULL,
};
static struct rx_kwset steuer_kw = RX_KWSET(steuer_kw_list);
static const char *const bsn_kw_list[] = {
	"bsn", "bsn-nummer", "burgerservicenummer", "sofinummer", "sofi-nummer", "my id",
	"id number", NULL,
};
static struct rx_kwset bsn_kw = RX_KWSET(bsn_kw_list);
static const char *const tfn_kw_list[] = {"tfn", "tax file number", "tax file no", NULL};
static struct rx_kwset tfn_kw = RX_KWSET(tfn_kw_list);
static const char *const aadhaar_kw_list[] = {"aadhaar", "aadhar", "आधार", "uidai", "uid", NULL};
static struct rx_kwset aadhaar_kw = RX_KWSET(aadhaar_kw_list);
static const char *const cpf_kw_list[] = {"cpf", "c.p.f.", NULL};
static struct rx_kwset cpf_kw = RX_KWSET(cpf_kw_list);
static const char *const nir_kw_list[] = {
	"nir", "insee", "sécu", "sécurité sociale", "securite sociale", "n° ss", "no ss",
	"numéro de sécurité sociale", "social security", NULL,
};
static struct rx_kwset nir_kw = RX_KWSET(nir_kw_list);
static const char *const nino_kw_list[] = {"nino", "ni number", "national insurance", NULL};
static struct rx_kwset nino_kw = RX_KWSET(nino_kw_list);

static const char *const pesel_kw_list[] = {"pesel", "nr pesel", "numer pesel", NULL};
static struct rx_kwset pesel_kw = RX_KWSET(pesel_kw_list);
static const char *const tckn_kw_list[] = {"tc", "tc kimlik", "t.c. kimlik", "kimlik no", "kimlik numarası",
					   "tckn", "tc no", "t.c. no", "tc kimlik no", "t.c. kimlik no",
					   NULL};
static struct rx_kwset tckn_kw = RX_KWSET(tckn_kw_list);
static const char *const pnr_kw_list[] = {"personnummer", "personnr", "person nr", "pnr",
					  "personnummret", "samordningsnummer", NULL};
static struct rx_kwset pnr_kw = RX_KWSET(pnr_kw_list);
static const char *const be_kw_list[] = {"n° national", "numéro national", "numero national",
					 "rijksregisternummer", "rijksregister", "national number",
					 "niss", "nn", "insz", "rijksregisternr", "rijksregisternr.", "rrn",
					 "n° de registre national", "registre national", NULL};
static struct rx_kwset be_kw = RX_KWSET(be_kw_list);
static const char *const cpr_kw_list[] = {"cpr", "cpr-nr", "cpr-nr.", "cpr nr", "cpr-nummer",
					  "cpr nummer", NULL};
static struct rx_kwset cpr_kw = RX_KWSET(cpr_kw_list);
static const char *const fnr_kw_list[] = {"fødselsnummer", "fodselsnummer", "fnr", "f.nr.",
					  "personnummer", NULL};
static struct rx_kwset fnr_kw = RX_KWSET(fnr_kw_list);
static const char *const hetu_kw_list[] = {"henkilötunnus", "henkilotunnus", "hetu", "sotu",
					   "personbeteckning", NULL};
static struct rx_kwset hetu_kw = RX_KWSET(hetu_kw_list);
/* (the phrases are matched folded, and folding leaves letters beyond
 * Latin-1 as they are: "RČ" reads "rČ") */
static const char *const rc_kw_list[] = {"rodné číslo", "rodne cislo", "r. č.", "r.č.", "rč", "rČ", "r.Č.", "r. Č.",
					 "rodnÉ ČÍslo",
					 "rodného čísla", NULL};
static struct rx_kwset rc_kw = RX_KWSET(rc_kw_list);

/* Words that name a national number without saying which ("duplicate
 * national_id 3715.80.626"): the number's own check says which. */
const char *const gv_national_words[] = {
	"national id", "national_id", "nationalid", "national-id", "national id number",
	"national identifier", "national identification number", "national identity number",
	"personal id", "personal id number", "personal identification number", "citizen id",
	"government id", "gov id", "gov_id", NULL,
};
static struct rx_kwset national_kw = RX_KWSET(gv_national_words);

/* Whether the value at c->ms is a table's cell whose column's name holds
 * one of the words ("Personalnr;Name;Steuer-ID;..." over "...;26 840 385
 * 713;..."), or a general word for a national number. */
static int column_kw(struct rx_ctx *c, struct rx_kwset *words, int general)
{
	const char *s = c->text;
	size_t i = c->ms;
	char hdr[64];
	if (i == 0 || !(rx_in("|\t;,", s[i - 1]) || (i >= 2 && s[i - 1] == ' ' && s[i - 2] == '|')) ||
	    !rx_column_header(c, i, hdr, sizeof hdr))
		return 0;
	size_t n = strlen(hdr);
	return rx_kwset_last(words, hdr, 0, n) != RX_NONE ||
	       (general && rx_kwset_last(&national_kw, hdr, 0, n) != RX_NONE);
}

static int kw(struct rx_ctx *c, struct rx_kwset *words)
{
	/* (the general words only for numbers with a check digit: an SSN's,
	 * an ITIN's or a CPR's rules pass most numbers of their length) */
	int general = words != &ssn_kw && words != &itin_kw && words != &cpr_kw;
	/* numbers with two check digits or a check and a date may stand a
	 * sentence after their word, on its line ("mijn BSN klopt niet. Er
	 * staat 543923319 maar het juiste is 207353682") */
	int strong = words == &cpf_kw || words == &tckn_kw || words == &pesel_kw || words == &bsn_kw ||
		     words == &steuer_kw || words == &nhs_kw;
	if (rx_kw_before(c, words, c->ms, strong ? 100 : 40) ||
	    (general && rx_kw_before(c, &national_kw, c->ms, 24)) ||
	    column_kw(c, words, general))
		return 1;
	/* an item of a list under a header that names the ids ("Unsere
	 * Steuer-IDs:" over "- Holger: 82 297 045 637") */
	const char *s = c->text;
	size_t ls = rx_line_start(s, c->ms), p = ls;
	if (!(ls + 2 < c->ms && rx_in("-*", s[ls]) && s[ls + 1] == ' '))
		return strong || words == &pnr_kw ? gv_row_under_header(c, words) : 0;
	for (int k = 0; k < 8 && p > 0; k++) {
		size_t pe = p - 1, ps = rx_line_start(s, pe);
		if (ps + 1 < pe && rx_in("-*", s[ps]) && s[ps + 1] == ' ') {
			p = ps;
			continue;
		}
		while (pe > ps && s[pe - 1] == ' ')
			pe--;
		return pe > ps && s[pe - 1] == ':' && rx_kw_before(c, words, pe - 1, 60);
	}
	return 0;
}

static unsigned val(const char *d, size_t n)
{
	unsigned v = 0;
	for (size_t i = 0; i < n; i++)
		v = v * 10 + (unsigned)(d[i] - '0');
	return v;
}

static int ssn_ok(const char *d)
{
	unsigned a = val(d, 3), g = val(d + 3, 2), s = val(d + 5, 4);
	/* 078-05-1120 and 219-09-9999: published in advertisements, voided */
	if (memcmp(d, "078051120", 9) == 0 || memcmp(d, "219099999", 9) == 0)
		return 0;
	return a != 0 && a != 666 && a < 900 && g != 0 && s != 0;
}

static int itin_ok(const char *d)
{
	unsigned g = val(d + 3, 2);
	/* 987-65-4320 to 987-65-4329: reserved by the SSA for advertisements */
	if (memcmp(d, "98765432", 8) == 0)
		return 0;
	return d[0] == '9' && ((g >= 50 && g <= 65) || (g >= 70 && g <= 88) ||
			       (g >= 90 && g <= 92) || (g >= 94 && g <= 99));
}

static int nhs_ok(const char *d)
{
	unsigned s = 0;
	for (int i = 0; i < 9; i++)
		s += (unsigned)(d[i] - '0') * (unsigned)(10 - i);
	unsigned c = 11 - s % 11;
	if (c == 11)
		c = 0;
	return c != 10 && c == (unsigned)(d[9] - '0');
}

static int steuer_ok(const char *d)
{
	unsigned cnt[10] = {0}, dup = 0, max = 0;
	if (d[0] == '0')
		return 0;
	for (int i = 0; i < 10; i++)
		cnt[d[i] - '0']++;
	for (int k = 0; k < 10; k++) {
		dup += cnt[k] > 1;
		if (cnt[k] > max)
			max = cnt[k];
	}
	return dup == 1 && (max == 2 || max == 3) && rx_mod11_10(d, 11);
}

/* AU tax file number: weights 1 4 3 7 5 8 6 9 10, mod 11. */
static int tfn_ok(const char *d)
{
	static const int w[9] = {1, 4, 3, 7, 5, 8, 6, 9, 10};
	int t = 0;
	for (int i = 0; i < 9; i++)
		t += (d[i] - '0') * w[i];
	return t % 11 == 0;
}

static int bsn_ok(const char *d)
{
	static const int w[9] = {9, 8, 7, 6, 5, 4, 3, 2, -1};
	int t = 0;
	for (int i = 0; i < 9; i++)
		t += (d[i] - '0') * w[i];
	return t != 0 && t % 11 == 0;
}

/* PL PESEL: weights 1 3 7 9 1 3 7 9 1 3 and the check digit; the month
 * carries the century (+20 2000s, +40 2100s, +60 2200s, +80 1800s). */
static int pesel_ok(const char *d)
{
	static const int w[10] = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
	int sum = 0, m = ((d[2] - '0') * 10 + (d[3] - '0')) % 20, day = (d[4] - '0') * 10 + (d[5] - '0');
	for (int i = 0; i < 10; i++)
		sum += w[i] * (d[i] - '0');
	return m >= 1 && m <= 12 && day >= 1 && day <= 31 && (10 - sum % 10) % 10 == d[10] - '0';
}

/* TR T.C. Kimlik No: no leading 0; the tenth digit from the odd and even
 * places, the eleventh the sum of the first ten, both mod 10. */
static int tckn_ok(const char *d)
{
	int odd = 0, even = 0, sum = 0;
	if (d[0] == '0')
		return 0;
	for (int i = 0; i < 9; i++)
		*(i % 2 ? &even : &odd) += d[i] - '0';
	for (int i = 0; i < 10; i++)
		sum += d[i] - '0';
	return ((odd * 7 - even) % 10 + 10) % 10 == d[9] - '0' && sum % 10 == d[10] - '0';
}

/* SE personnummer (YYMMDD + 4, the last a Luhn digit); the day +60 for a
 * coordination number. d holds the 10 digits. */
static int pnr_ok(const char *d)
{
	int m = (d[2] - '0') * 10 + (d[3] - '0'), day = (d[4] - '0') * 10 + (d[5] - '0');
	if (day > 60)
		day -= 60;
	return m >= 1 && m <= 12 && day >= 1 && day <= 31 && rx_luhn(d, 10);
}

int gv_checked_here(const char *d, size_t n, int weak)
{
	if (n == 11)
		return tckn_ok(d) || pesel_ok(d) || steuer_ok(d);
	if (n == 10)
		return pnr_ok(d);
	if (n == 12 && ((d[0] == '1' && d[1] == '9') || (d[0] == '2' && d[1] == '0')) && pnr_ok(d + 2))
		return 1;
	if (weak && n == 9)
		return bsn_ok(d);
	if (weak && n == 12)
		return d[0] >= '2' && rx_verhoeff(d, 12);
	return 0;
}

/* A day and a month in d[0..4) (DDMM): valid ranges. */
static int ddmm_ok(const char *d)
{
	int day = (d[0] - '0') * 10 + (d[1] - '0'), m = (d[2] - '0') * 10 + (d[3] - '0');
	return day >= 1 && day <= 31 && m >= 1 && m <= 12;
}

/* BE national number: YYMMDD + 3 + 2 check digits, 97 - (n mod 97) of the
 * first nine (with a 2 before them for births from 2000). */
static int be_ok(const char *d)
{
	unsigned long long n = 0;
	for (int i = 0; i < 9; i++)
		n = n * 10 + (unsigned)(d[i] - '0');
	unsigned cc = (unsigned)((d[9] - '0') * 10 + (d[10] - '0'));
	int m = (d[2] - '0') * 10 + (d[3] - '0');
	if (m > 12 && !(m >= 21 && m <= 32) && !(m >= 41 && m <= 52))
		return 0;
	return 97 - n % 97 == cc || 97 - (2000000000ULL + n) % 97 == cc;
}

/* NO fødselsnummer: DDMMYY + 3 + two mod-11 check digits (D-numbers add 4
 * to the day). */
static int fnr_ok(const char *d)
{
	static const int w1[9] = {3, 7, 6, 1, 8, 9, 4, 5, 2}, w2[10] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
	char dd[4] = {d[0] >= '4' ? (char)(d[0] - 4) : d[0], d[1], d[2], d[3]};
	if (!ddmm_ok(dd))
		return 0;
	int s1 = 0, s2 = 0;
	for (int i = 0; i < 9; i++)
		s1 += w1[i] * (d[i] - '0');
	int k1 = 11 - s1 % 11;
	k1 = k1 == 11 ? 0 : k1;
	if (k1 == 10 || k1 != d[9] - '0')
		return 0;
	for (int i = 0; i < 10; i++)
		s2 += w2[i] * (d[i] - '0');
	int k2 = 11 - s2 % 11;
	k2 = k2 == 11 ? 0 : k2;
	return k2 != 10 && k2 == d[10] - '0';
}

/* FI henkilötunnus: DDMMYY, '-', 3 digits, the check character of the
 * nine digits mod 31. */
static int hetu_ok(const char *d, char check)
{
	static const char chars[] = "0123456789ABCDEFHJKLMNPRSTUVWXY";
	if (!ddmm_ok(d))
		return 0;
	unsigned long n = 0;
	for (int i = 0; i < 9; i++)
		n = n * 10 + (unsigned)(d[i] - '0');
	return chars[n % 31] == check;
}

/* CZ/SK rodné číslo: YYMMDD/XXXX, the ten digits divisible by 11 (or the
 * remainder 10 with a last digit 0); the month +50 for women. */
static int rc_ok(const char *d)
{
	int m = (d[2] - '0') * 10 + (d[3] - '0');
	if (m > 50)
		m -= 50;
	if (m > 20)
		m -= 20;
	int day = (d[4] - '0') * 10 + (d[5] - '0');
	if (m < 1 || m > 12 || day < 1 || day > 31)
		return 0;
	unsigned long long n = 0;
	for (int i = 0; i < 10; i++)
		n = n * 10 + (unsigned)(d[i] - '0');
	unsigned long long first9 = n / 10;
	return n % 11 == 0 || (first9 % 11 == 10 && d[9] == '0');
}

static int cpf_ok(const char *d)
{
	int same = 1;
	for (int i = 1; i < 11; i++)
		same &= d[i] == d[0];
	if (same)
		return 0;
	for (int k = 9; k <= 10; k++) {
		int s = 0;
		for (int i = 0; i < k; i++)
			s += (d[i] - '0') * (k + 1 - i);
		if ((s * 10 % 11) % 10 != d[k] - '0')
			return 0;
	}
	return 1;
}

static const char dni_letters[] = "TRWAGMYFPDXBNJZSQVHLCKE";

/* Digit groups of [ms, me), the separators between them, a final letter. */
struct gnum {
	char d[24];
	size_t n;
	size_t nd[8];
	char sep[8]; /* separator after group i ('\0' none) */
	size_t ng;
	char letter; /* trailing letter, upper case, or '\0' */
	size_t end;  /* end of the digits (before the letter) */
};

static int parse_num(const char *s, size_t ms, size_t me, struct gnum *g)
{
	size_t i = ms;
	memset(g, 0, sizeof *g);
	while (i < me && g->ng < 8) {
		size_t st = i;
		while (i < me && rx_is_digit((unsigned char)s[i])) {
			if (g->n == sizeof g->d)
				return 0;
			g->d[g->n++] = s[i++];
		}
		if (i == st)
			break;
		g->nd[g->ng++] = i - st;
		g->end = i;
		/* a space after '-', '.' or '/' separators starts the next
		 * token ("123-45-6789 4111...") */
		if (i < me && s[i] == ' ' && g->ng >= 2 && g->sep[0] != ' ')
			break;
		if (i + 1 < me && rx_in(" .-/", s[i]) && rx_is_digit((unsigned char)s[i + 1])) {
			g->sep[g->ng - 1] = s[i];
			i++;
			continue;
		}
		break;
	}
	size_t j = i;
	if (j < me && (s[j] == '-' || s[j] == ' '))
		j++;
	if (j < me && rx_is_alpha((unsigned char)s[j]))
		g->letter = rx_upper(s[j]);
	return g->n > 0;
}

static int layout(const struct gnum *g, const char *sizes, char sep)
{
	size_t k = strlen(sizes);
	if (g->ng != k)
		return 0;
	for (size_t i = 0; i < k; i++) {
		if (g->nd[i] != (size_t)(sizes[i] - '0'))
			return 0;
		if (i + 1 < k && sep && g->sep[i] != sep && !(sep == ' ' && g->sep[i] == '-'))
			return 0;
	}
	return 1;
}

static struct rx_re re_num = RX_RE(
	"(?<![.\\-/])[0-9]{2,12}+(?:[ .\\-/][0-9]{1,9}+){0,5}(?:[ \\-]?[A-Za-z](?![A-Za-z0-9]))?");
static struct rx_re re_nir = RX_RE(
	"[12][ .]?[0-9]{2}[ .]?[0-9]{2}[ .]?(?:[0-9]{2}|2[AB])[ .]?[0-9]{3}[ .]?[0-9]{3}"
	"(?:(?: ?/ ?| - |[ .])?[0-9]{2})?(?![A-Za-z0-9])");
static struct rx_re re_nino = RX_RE("[A-Za-z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-Da-d](?![A-Za-z0-9])");
static struct rx_re re_pan = RX_RE("[A-Z]{5}[0-9]{4}[A-Z](?![A-Za-z0-9])");
static struct rx_re re_cf = RX_RE(
	"[A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-EHLMPR-Ta-ehlmpr-t][0-9LMNPQRSTUVlmnpqrstuv]{2}"
	"[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z](?![A-Za-z0-9])");
static struct rx_re re_nie = RX_RE("[XYZxyz][ \\-]?[0-9]{7}[ \\-]?[A-Za-z](?![A-Za-z0-9])");

/* Sets c->me to the end of re's match at c->ms; 0 when it does not match. */
static int shape(struct rx_ctx *c, struct rx_re *re)
{
	size_t e = rx_re_at(re, c, c->ms);
	if (e == RX_NONE)
		return 0;
	c->me = e;
	return 1;
}

static unsigned detect_num(struct rx_ctx *c)
{
	struct gnum g;
	const char *s = c->text;
	/* 8 digits at least within the first 16 bytes */
	size_t nd = 0;
	for (size_t i = c->ms; i < c->len && i - c->ms < 16 && nd < 8; i++) {
		if (rx_is_digit((unsigned char)s[i]))
			nd++;
		else if (!rx_in(" .-/", s[i]))
			break;
	}
	if (nd < 8 || !shape(c, &re_num))
		return 0;
	if (!parse_num(s, c->ms, c->me, &g))
		return 0;
	size_t e = g.end;
	/* the token must end here */
	if (e < c->len && !g.letter &&
	    (rx_is_alnum((unsigned char)s[e]) || s[e] == '_' ||
	     ((s[e] == '-' || s[e] == '.' || s[e] == '/') && e + 1 < c->len &&
	      rx_is_digit((unsigned char)s[e + 1]))))
		return 0;
	if (g.letter) {
		/* FI henkilötunnus with a letter check ("040356-722R") */
		if (g.n == 9 && layout(&g, "63", '-') && s[g.end] != ' ' && hetu_ok(g.d, g.letter) && kw(c, &hetu_kw)) {
			size_t le = g.end;
			while (le < c->me && !rx_is_alpha((unsigned char)s[le]))
				le++;
			if (!(le + 1 < c->len && rx_is_alnum((unsigned char)s[le + 1])))
				return (unsigned)rx_emit(c, c->ms, le + 1, REDACT_GOV_ID);
		}
		/* ES DNI: 8 digits and the mod-23 letter (12.345.678-Z too) */
		size_t le = e;
		while (le < c->me && !rx_is_alpha((unsigned char)s[le]))
			le++;
		if (g.n == 8 && g.letter == dni_letters[val(g.d, 8) % 23] &&
		    (g.ng == 1 || layout(&g, "233", '.')) &&
		    !(le + 1 < c->len && rx_is_alnum((unsigned char)s[le + 1])))
			return (unsigned)rx_emit(c, c->ms, le + 1, REDACT_GOV_ID);
		/* a letter after a space may be the next word ("CPF
		 * 123.456.789-09 e moro"): the number alone */
		if (s[g.end] != ' ')
			return 0;
		g.letter = 0;
	}
	switch (g.n) {
	case 9:
		if (layout(&g, "324", '-')) {
			if (ssn_ok(g.d))
				return (unsigned)rx_emit(c, c->ms, e, REDACT_SSN);
			if (itin_ok(g.d))
				return (unsigned)rx_emit(c, c->ms, e, REDACT_GOV_ID);
			return 0;
		}
		if ((g.ng == 1 || layout(&g, "324", ' ')) && ssn_ok(g.d) && kw(c, &ssn_kw))
			return (unsigned)rx_emit(c, c->ms, e, REDACT_SSN);
		if ((g.ng == 1 || layout(&g, "324", ' ')) && itin_ok(g.d) && kw(c, &itin_kw))
			return (unsigned)rx_emit(c, c->ms, e, REDACT_GOV_ID);
		if ((g.ng == 1 || layout(&g, "423", '.') || layout(&g, "333", 0)) && bsn_ok(g.d) &&
		    kw(c, &bsn_kw))
			return (unsigned)rx_emit(c, c->ms, e, REDACT_GOV_ID);
		if ((g.ng == 1 || layout(&g, "333", 0)) && tfn_ok(g.d) && kw(c, &tfn_kw))
			return (unsigned)rx_emit(c, c->ms, e, REDACT_GOV_ID);
		return 0;
	case 10:
		if ((g.ng == 1 || layout(&g, "334", 0)) && nhs_ok(g.d) && kw(c, &nhs_kw))
			return (unsigned)rx_emit(c, c->ms, e, REDACT_GOV_ID);
		if ((g.ng == 1 || layout(&g, "64", '-')) && pnr_ok(g.d) && (kw(c, &pnr_kw) || rx_name_right_before(c)))
			return (unsigned)rx_emit(c, c->ms, e, REDACT_GOV_ID);
		/* DK CPR (no check digit since 2007: the date and the word) */
		if ((g.ng == 1 || layout(&g, "64", '-')) && ddmm_ok(g.d) && kw(c, &cpr_kw))
			return (unsigned)rx_emit(c, c->ms, e, REDACT_GOV_ID);
		/* FI henkilötunnus with a digit check ("010973-3461") */
		if (layout(&g, "64", '-') && hetu_ok(g.d, g.d[9]) && kw(c, &hetu_kw))
			return (unsigned)rx_emit(c, c->ms, e, REDACT_GOV_ID);
		/* CZ rodné číslo */
		if ((g.ng == 1 || layout(&g, "64", '/')) && rc_ok(g.d) && kw(c, &rc_kw))
			return (unsigned)rx_emit(c, c->ms, e, REDACT_GOV_ID);
		return 0;
	case 11:
		if (layout(&g, "3332", 0) && g.sep[0] == '.' && g.sep[1] == '.' && g.sep[2] == '-' &&
		    cpf_ok(g.d))
			return (unsigned)rx_emit(c, c->ms, e, REDACT_GOV_ID);
		if (g.ng == 1 && cpf_ok(g.d) && kw(c, &cpf_kw))
			return (unsigned)rx_emit(c, c->ms, e, REDACT_GOV_ID);
		if ((g.ng == 1 || layout(&g, "2333", 0)) && steuer_ok(g.d) && kw(c, &steuer_kw))
			return (unsigned)rx_emit(c, c->ms, e, REDACT_GOV_ID);
		if (g.ng == 1 && ((pesel_ok(g.d) && kw(c, &pesel_kw)) || (tckn_ok(g.d) && kw(c, &tckn_kw))))
			return (unsigned)rx_emit(c, c->ms, e, REDACT_GOV_ID);
		/* BE national number ("80.02.27-854.30") and NO fødselsnummer
		 * ("150259 39538") */
		if ((g.ng == 1 || layout(&g, "22232", 0)) && be_ok(g.d) && kw(c, &be_kw))
			return (unsigned)rx_emit(c, c->ms, e, REDACT_GOV_ID);
		/* (its own layout, "80.02.16-533.02", and a name before it) */
		if (layout(&g, "22232", 0) && g.sep[0] == '.' && g.sep[1] == '.' && g.sep[2] == '-' && g.sep[3] == '.' &&
		    be_ok(g.d) && rx_name_right_before(c))
			return (unsigned)rx_emit(c, c->ms, e, REDACT_GOV_ID);
		if ((g.ng == 1 || layout(&g, "65", ' ')) && fnr_ok(g.d) && kw(c, &fnr_kw))
			return (unsigned)rx_emit(c, c->ms, e, REDACT_GOV_ID);
		return 0;
	case 12:
		/* SE personnummer with the century: YYYYMMDD-NNNN */
		if ((g.ng == 1 || layout(&g, "84", '-')) && pnr_ok(g.d + 2) && (kw(c, &pnr_kw) || rx_name_right_before(c)))
			return (unsigned)rx_emit(c, c->ms, e, REDACT_GOV_ID);
		if ((g.ng == 1 || layout(&g, "444", 0)) && g.d[0] >= '2' && rx_verhoeff(g.d, 12) &&
		    kw(c, &aadhaar_kw))
			return (unsigned)rx_emit(c, c->ms, e, REDACT_GOV_ID);
		return 0;
	default:
		return 0;
	}
}

/* FR NIR: 13 characters and the 2-digit key (spaced or not). */
/* What re_nir needs before its key: 12 digits at least among its first
 * 18 bytes, which are digits, ' ', '.', 'A' or 'B' (a cheap refusal at
 * most digit words, before PCRE2). */
static int nir_digits(const char *s, size_t len, size_t i)
{
	size_t nd = 0;
	for (size_t j = i; j < len && j - i < 18 && nd < 12; j++) {
		if (rx_is_digit((unsigned char)s[j]))
			nd++;
		else if (s[j] != ' ' && s[j] != '.' && s[j] != 'A' && s[j] != 'B')
			break;
	}
	return nd >= 12;
}

static unsigned detect_nir(struct rx_ctx *c)
{
	const char *s = c->text;
	if ((s[c->ms] != '1' && s[c->ms] != '2') || !nir_digits(s, c->len, c->ms) ||
	    !shape(c, &re_nir))
		return 0;
	char b[16];
	size_t n = 0, i = c->ms, e = c->ms;
	while (i < c->me && n < 15) {
		char ch = s[i];
		if (rx_is_digit((unsigned char)ch) || ((ch == 'A' || ch == 'B') && n == 6)) {
			b[n++] = ch;
			e = i + 1;
		} else if (ch != ' ' && ch != '.' && !(n == 13 && (ch == '/' || ch == '-'))) {
			break;
		}
		i++;
	}
	if (n != 15 && n != 13)
		return 0;
	if (e < c->len && (rx_is_alnum((unsigned char)s[e]) ||
			   ((s[e] == ' ' || s[e] == '.') && e + 1 < c->len &&
			    rx_is_digit((unsigned char)s[e + 1]) && n == 15)))
		return 0;
	/* the body as a number, Corsica's 2A/2B read as 19/18 (the '2' just
	 * added becomes 1, the letter 9 or 8), mod 97 */
	unsigned long long body = 0;
	for (size_t k = 0; k < 13; k++) {
		unsigned v;
		if (b[k] == 'A' || b[k] == 'B') {
			body = body / 10 * 10 + 1; /* the '2' before became '1' */
			v = b[k] == 'A' ? 9 : 8;
		} else {
			v = (unsigned)(b[k] - '0');
		}
		body = body * 10 + v;
	}
	unsigned mm = (unsigned)((b[3] - '0') * 10 + (b[4] - '0'));
	if (!((mm >= 1 && mm <= 12) || (mm >= 20 && mm <= 99)))
		return 0;
	if (n == 13)
		return kw(c, &nir_kw) ? (unsigned)rx_emit(c, c->ms, e, REDACT_GOV_ID) : 0;
	unsigned key = (unsigned)((b[13] - '0') * 10 + (b[14] - '0'));
	if (key != 97 - body % 97)
		return 0;
	return (unsigned)rx_emit(c, c->ms, e, REDACT_GOV_ID);
}

static unsigned detect_nino(struct rx_ctx *c)
{
	const char *s = c->text + c->ms;
	if (c->ms + 9 > c->len || !rx_is_alpha((unsigned char)s[1]) ||
	    !(rx_is_digit((unsigned char)s[2]) || s[2] == ' ') || !shape(c, &re_nino))
		return 0;
	char a = rx_upper(s[0]), b = rx_upper(s[1]);
	if (rx_in("DFIQUV", a) || rx_in("DFIOQUV", b))
		return 0;
	static const char *const bad[] = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		if (a == bad[i][0] && b == bad[i][1])
			return 0;
	/* lower case only after a national-insurance word */
	if (rx_is_lower((unsigned char)s[0]) && !kw(c, &nino_kw))
		return 0;
	return (unsigned)rx_emit(c, c->ms, c->me, REDACT_GOV_ID);
}

static unsigned detect_pan(struct rx_ctx *c)
{
	const char *s = c->text + c->ms;
	if (c->ms + 10 > c->len || !rx_is_digit((unsigned char)s[5]) || !shape(c, &re_pan))
		return 0;
	/* the holder's type: a person's (P) or a Hindu undivided family's
	 * (H); a firm's, a trust's, a body's PAN (C, F, T, A, B, L, J, G) is
	 * the organisation's tax number, as its GSTIN is */
	if (s[3] != 'P' && s[3] != 'H')
		return 0;
	return (unsigned)rx_emit(c, c->ms, c->me, REDACT_GOV_ID);
}

/* Codice fiscale: odd positions (1st, 3rd...) and even ones weigh apart. */
static unsigned detect_cf(struct rx_ctx *c)
{
	static const unsigned char odd[36] = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15,
					      17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22,
					      25, 24, 23};
	const char *s = c->text + c->ms;
	unsigned t = 0;
	/* 6 letters, then a digit (or its omocodia letter) and a month letter */
	if (c->ms + 16 > c->len || !rx_is_alpha((unsigned char)s[5]) ||
	    !rx_in("0123456789LMNPQRSTUVlmnpqrstuv", s[6]) || !rx_is_alpha((unsigned char)s[8]) ||
	    !shape(c, &re_cf))
		return 0;
	for (int i = 0; i < 15; i++) {
		char ch = rx_upper(s[i]);
		unsigned v = rx_is_digit((unsigned char)ch) ? (unsigned)(ch - '0')
							    : (unsigned)(ch - 'A' + 10);
		t += i % 2 == 0 ? odd[v] : (v >= 10 ? v - 10 : v);
	}
	if (rx_upper(s[15]) != (char)('A' + t % 26))
		return 0;
	/* mixed case is no code */
	int up = 0, lo = 0;
	for (int i = 0; i < 16; i++) {
		up |= rx_is_upper((unsigned char)s[i]);
		lo |= rx_is_lower((unsigned char)s[i]);
	}
	if (up && lo)
		return 0;
	return (unsigned)rx_emit(c, c->ms, c->me, REDACT_GOV_ID);
}

static unsigned detect_nie(struct rx_ctx *c)
{
	const char *s = c->text;
	char d[9];
	if (!rx_in("XYZxyz", s[c->ms]) || !shape(c, &re_nie))
		return 0;
	size_t n = 0, i = c->ms;
	d[n++] = (char)('0' + (rx_upper(s[i]) - 'X'));
	for (i++; i < c->me && n < 8; i++)
		if (rx_is_digit((unsigned char)s[i]))
			d[n++] = s[i];
	char letter = rx_upper(s[c->me - 1]);
	if (n != 8 || letter != dni_letters[val(d, 8) % 23])
		return 0;
	return (unsigned)rx_emit(c, c->ms, c->me, REDACT_GOV_ID);
}

/* A passport word, then (within a few words: "number", "no.", ':') a
 * number of 6-9 letters and digits with a digit in it. */
static unsigned detect_passport(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t i = c->me, lim = c->me + 40 < c->len ? c->me + 40 : c->len;
	while (i < lim && s[i] != '\n') {
		if (!rx_is_alnum((unsigned char)s[i])) {
			i++;
			continue;
		}
		size_t st = i;
		int digits = 0, lower = 0;
		while (i < c->len && rx_is_alnum((unsigned char)s[i])) {
			digits += rx_is_digit((unsigned char)s[i]);
			lower += rx_is_lower((unsigned char)s[i]);
			i++;
		}
		size_t n = i - st;
		if (digits && !lower && n >= 6 && n <= 9 && !(i < c->len && (s[i] == '-' || s[i] == '.') &&
							    i + 1 < c->len && rx_is_alnum((unsigned char)s[i + 1])))
			return (unsigned)rx_emit(c, st, i, REDACT_GOV_ID);
		/* Russia's foreign passport: a series of two digits, then seven
		 * ("70 5054016") */
		if (n == 2 && digits == 2 && i + 8 <= c->len && s[i] == ' ' && rx_digits_run(s, c->len, i + 1) == 7)
			return (unsigned)rx_emit(c, st, i + 8, REDACT_GOV_ID);
		if (digits)
			return 0; /* a number that is no passport number */
	}
	return 0;
}

static const char *const passport_words[] = {
	"passport", "reisepass", "reisepassnummer", "passnummer", "passeport", "pasaporte",
	"passaporto", "paspoort", "paspoortnummer", "passaporte", "pasaport", "my id", "id card",
	"identity card", "ausweisnummer", "personalausweis", "travel document", "documento de viaje",
	"documento de viagem", "document de voyage", "reisedokument", "documento di viaggio",
	"reisdocument", "número del documento", "número do documento", "putovnica", "paszport",
	"cestovní pas", "pasaportë", "passi", "útlevél", "pașaport", "паспорт", "διαβατήριο",
	"pasport", "جواز السفر", "رقم الجواز", "גדרכון", "דרכון", "hộ chiếu", "护照", "旅券",
	/* inflected and compound forms, and scripts read by substring
	 * (gov_id_travel.c reads a number a few lines after them) */
	"паспорта", "паспорту", "загранпаспорт", "загранпаспорта", "paszportu", "διαβατηρίου",
	"pasaportu", "pasaportum", "passports", "passeports", "pasaportes", "passaportes", "paspoorten",
	"passnr", "護照", "여권", "パスポート", "جواز", "جواز سفري", "جواز سفر", "เลขหนังสือเดินทาง",
	"หนังสือเดินทาง", NULL,
};
struct rx_kwset rx_passport_kws = RX_KWSET(passport_words);

/* The identifiers that start with a letter, told apart by their shape:
 * one trigger per word instead of four. */
static unsigned detect_alpha(struct rx_ctx *c)
{
	const char *s = c->text + c->ms;
	size_t room = c->len - c->ms, nl = 0;
	if (room < 9)
		return 0;
	while (nl < room && nl < 7 && rx_is_alpha((unsigned char)s[nl]))
		nl++;
	if (nl == 1 && rx_in("XYZxyz", s[0]))
		return detect_nie(c);
	if (nl == 2)
		return detect_nino(c);
	if (nl == 5)
		return detect_pan(c);
	if (nl == 6 || nl == 7)
		return detect_cf(c);
	return 0;
}

const struct rx_trigger rx_gov_triggers[] = {
	{F_GOV, RX_ON_DIGIT, 0, NULL, NULL, detect_nir, "fr_nir"},
	{F_GOV, RX_ON_DIGIT, RXF_DIG8, NULL, NULL, detect_num, "gov_num"},
	{F_GOV, RX_ON_UPPER | RX_ON_LOWER, RXF_ALPHAID, NULL, NULL, detect_alpha, "nino_pan_cf_nie"},
	{F_GOV, RX_ON_WORD, 0, NULL, &rx_passport_kws, detect_passport, "passport"},
	{F_GOV, RX_ON_DIGIT | RX_ON_UPPER, 0, NULL, NULL, gv_detect_passport_near, "passport_near"},
	{F_GOV, RX_ON_WORD, 0, NULL, &gv_label_kws, gv_detect_labelled, "labelled_id"},
	{F_GOV, RX_ON_DIGIT | RX_ON_UPPER, 0, NULL, NULL, gv_detect_shaped, "kr_rrn_tw_id"},
	{F_GOV, RX_ON_DIGIT, RXF_DIG7, NULL, NULL, gv_detect_world, "world_id_digits"},
	{F_GOV, RX_ON_UPPER, 0, NULL, NULL, gv_detect_world, "world_id_letter"},
	{F_GOV, RX_ON_WORD, 0, NULL, &gv_id_label_kws, gv_detect_id_label, "id_after_label"},
	{F_GOV, RX_ON_DIGIT | RX_ON_UPPER, 0, NULL, NULL, gv_detect_id_cell, "id_cell"},
	{F_GOV, RX_ON_CHAR, 0, "(\xef", NULL, gv_detect_id_paren, "id_in_parentheses"},
	{F_GOV, RX_ON_DIGIT | RX_ON_UPPER, 0, NULL, NULL, gv_detect_id_script, "id_after_script_label"},
	{F_GOV, RX_ON_WORD, 0, NULL, &rx_travel_doc_kws, gv_detect_travel_doc, "travel_doc_number"},
	{F_GOV, RX_ON_WORD, 0, NULL, &gv_pid_kws, gv_detect_hl7, "hl7_pid_ids"},
	{F_GOV, RX_ON_WORD, 0, NULL, &gv_system_kws, gv_detect_fhir, "fhir_identifier"},
	{F_GOV, RX_ON_DIGIT, 0, NULL, NULL, gv_detect_ehic, "ehic_fields"},
	{F_GOV, RX_ON_WORD, 0, NULL, &gv_doc_seg_kws, gv_detect_edifact_doc, "edifact_doc"},
	{F_GOV, RX_ON_DIGIT, RXF_DIG8, NULL, NULL, gv_detect_roster_id, "roster_id"},
};
const size_t rx_gov_ntriggers = sizeof rx_gov_triggers / sizeof rx_gov_triggers[0];
