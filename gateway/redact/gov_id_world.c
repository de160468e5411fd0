/* gov_id_world.c: national identifiers of Asia, the Middle East, Africa and
 * more of Europe and the Americas, found by their shape and check and
 * named by a label before them on their line (or their table column):
 *
 *   CN resident id     17 digits + digit or X, ISO 7064 MOD 11-2, a birth date inside
 *   HK HKID            A123456(7), weights 9..2 mod 11
 *   SG NRIC/FIN        S1234567D, weights 2765432 and the series' letters
 *   JP My Number       12 digits, its check digit; residence card AB12345678CD
 *   IL teudat zehut    9 digits, Luhn
 *   TH citizen id      13 digits, weights 13..2 mod 11
 *   ZA identity number 13 digits, a birth date and Luhn
 *   IR national code   10 digits, weights 10..2 mod 11
 *   HU tax id          10 digits from 8, weights 1..9 mod 11
 *   IE PPS number      1234567T(W), weights 8..2 mod 23
 *   CH AHV             756.1234.5678.97, EAN-13 (its dotted form needs no label)
 *   DK CPR             ddmmyy-nnnn, a date
 *   AT social security 10 digits, weights 3790584216 mod 11, a date
 *   RU INN             12 digits, two checks (10 digits: one)
 *   UY cédula          1.234.567-2, weights 2987634
 *   DO cédula          001-1234567-8, Luhn
 *   VN CCCD            12 digits, a province code 001-096
 *   UZ PINFL           14 digits, a birth date (ddmmyy) after the first
 *   TZ NIDA            yyyymmdd-nnnnn-nnnnn-nn
 *   EG national number 14 digits: a century, a birth date, a governorate
 *                      (only for a number named "ID"; stop 55)
 *
 * and whatever a DICOM dump's Other Patient IDs (0010,1000) or an X12
 * subscriber reference (REF*0F*, REF*SY*) holds.
 *
 * Without its label none is taken (they are amounts, order and phone
 * numbers as often), except the dotted AHV, the dashed Thai id and (stop
 * 54) the Chinese resident id in a cell of its own, whose area, birth
 * date and check say what it is. */
#include <string.h>

#include "redact_int.h"

enum { W_UZ, W_TZ, W_CN, W_HK, W_SG, W_JPMN, W_JPRC, W_IL, W_TH, W_ZA, W_IR, W_HUTAX, W_IE, W_CH, W_DK, W_AT, W_RU, W_UY, W_DO, W_VN,
       W_GR, W_DE, W_UTR, W_N };

static const char *const *const labels[W_N] = {
	[W_UZ] = (const char *const[]){"pinfl", "pin", "jshshir", "жшшир", "ЖШШИР", NULL},
	[W_TZ] = (const char *const[]){"nida", "national id", "kitambulisho", NULL},
	[W_CN] = (const char *const[]){"身份证", "身份號", "身份号", "居民身份", "证件号码", "证件号", "resident id", "resident identity", "chinese id", "prc id", NULL},
	[W_HK] = (const char *const[]){"hkid", "身份證", "identity card", "hk id", NULL},
	[W_SG] = (const char *const[]){"nric", "fin", "ic no", "i/c", "identity card", "ic number", NULL},
	[W_JPMN] = (const char *const[]){"個人番号", "マイナンバー", "my number", "individual number", NULL},
	[W_JPRC] = (const char *const[]){"在留カード", "residence card", NULL},
	[W_IL] = (const char *const[]){"מספר זהות", "ת.ז", "ת\"ז", "teudat zehut", "israeli id", "תעודת זהות", NULL},
	[W_TH] = (const char *const[]){"ประชาชน", "thai id", "citizen id", NULL},
	[W_ZA] = (const char *const[]){"id-nr", "id-nommer", "id no", "id nr", "id number", "identiteitsnommer", "identity number", "sa id", "rsa id",
				       "id", NULL},
	[W_IR] = (const char *const[]){"کد ملی", "کدملی", "شماره ملی", "national code", "melli", NULL},
	[W_HUTAX] = (const char *const[]){"adóazonosító", "adoazonosito", "tax id", NULL},
	[W_IE] = (const char *const[]){"pps", "ppsn", "personal public service", NULL},
	[W_CH] = (const char *const[]){"ahv", "avs", "2.16.756.5.32", NULL},
	[W_DK] = (const char *const[]){"cpr", "personnummer", "1.2.208.176.1.2", NULL},
	[W_AT] = (const char *const[]){"svnr", "sv-nr", "sv-nr.", "sv-nummer", "sv nummer", "sozialversicherungsnr", "sozialversicherungsnr.", "sozialversicherungsnummer", "versicherungsnummer", "1.2.40.0.10.1.4.3.1", NULL},
	[W_RU] = (const char *const[]){"инн", "ИНН", "inn", NULL},
	[W_UY] = (const char *const[]){"cédula", "cedula", "c.i.", "ci", "documento", "national_id", NULL},
	[W_DO] = (const char *const[]){"cédula", "cedula", "national_id", NULL},
	[W_VN] = (const char *const[]){"cccd", "căn cước", "định danh", "cmnd", NULL},
	/* stop 48: Greece's tax number (ΑΦΜ), Germany's identity card */
	[W_GR] = (const char *const[]){"αφμ", "α.φ.μ.", "α.φ.μ", "afm", "a.f.m.", NULL},
	/* stop 65: the UK's Unique Taxpayer Reference (India's "UTR", a
	 * transfer's reference, has no check digit) */
	[W_UTR] = (const char *const[]){"utr", "unique taxpayer reference", "sa utr", "self assessment utr", NULL},
	[W_DE] = (const char *const[]){"personalausweis-nr", "personalausweis-nr.", "personalausweisnummer", "ausweis-nr",
				       "ausweis-nr.", "ausweisnummer", "personalausweis", "id card no", NULL},
};

static int labelled(struct rx_ctx *c, int kind)
{
	const char *s = c->text;
	size_t i = c->ms;
	/* (the words that name a national number without saying which
	 * (gov_id.c) name it for the kinds with a check digit: not DK, UZ,
	 * TZ, a residence card) */
	int checked = kind != W_DK && kind != W_UZ && kind != W_TZ && kind != W_JPRC;
	if (gv_label_before(s, i, labels[kind]) || (checked && gv_label_before(s, i, gv_national_words)))
		return 1;
	/* a table's cell: its column's name */
	char hdr[64];
	if (i == 0 || !(rx_in("\t|;,", s[i - 1]) || (i >= 2 && s[i - 1] == ' ' && s[i - 2] == '|')) ||
	    !rx_column_header(c, i, hdr, sizeof hdr))
		return 0;
	for (const char *const *l = labels[kind]; *l; l++)
		if (strlen(*l) > 2 && strstr(hdr, *l))
			return !gv_ledger_header(c);
	for (const char *const *l = gv_national_words; checked && *l; l++)
		if (strstr(hdr, *l))
			return !gv_ledger_header(c);
	return 0;
}

static int dig(char ch)
{
	return ch - '0';
}

/* "ID" alone after a word that says whose it is ("Order ID", "Customer
 * ID"), not a person's ("Dewald Nkosi, ID ...", "SA ID ..."). */
/* Whether the value at v opens a cell of its own: the text's or the
 * line's start, or a separator before it ("...;321003199609254365;"), not
 * a word ("订单号 ..."). */
static int own_cell(const char *s, size_t v)
{
	return v == 0 || rx_in(";,|\t\n", s[v - 1]) || (v >= 2 && s[v - 1] == ' ' && rx_in(";,|\t", s[v - 2]));
}

static int other_id(const char *s, size_t v)
{
	size_t p = v;
	while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == ':' || s[p - 1] == '.'))
		p--;
	/* (the label's last word right before the value: not "X-Request-Id:
	 * EAN ...") */
	static const char *const ends[] = {"id", "no", "nr", "number", "nommer", NULL};
	int end = 0;
	for (const char *const *e = ends; *e && !end; e++) {
		size_t n = strlen(*e);
		end = p >= n && rx_fold_eq(s + p - n, *e, n) && (n >= 6 || p == n || !rx_is_alpha((unsigned char)s[p - n - 1]));
	}
	if (!end)
		return 1;
	if (p < 4 || !rx_fold_eq(s + p - 2, "id", 2) || s[p - 3] != ' ' || !rx_is_alpha((unsigned char)s[p - 4]))
		return 0;
	size_t w = p - 3;
	while (w > 0 && rx_is_alpha((unsigned char)s[w - 1]))
		w--;
	return !((p - 3 - w == 2 && rx_fold_eq(s + w, "sa", 2)) || (p - 3 - w == 3 && rx_fold_eq(s + w, "rsa", 3)));
}

/* Greece's AFM: nine digits, the last the sum of the first eight times 256,
 * 128, ..., 2, mod 11, mod 10. */
static int gr_ok(const char *d)
{
	int sum = 0;
	for (int k = 0; k < 8; k++)
		sum += dig(d[k]) << (8 - k);
	return sum % 11 % 10 == dig(d[8]) && memcmp(d, "000000000", 9) != 0;
}

/* Germany's identity card number at s[i]: nine of its letters (no vowel
 * but none of A, E, I, O, U, B, D, Q, S) and digits, a check digit
 * weighted 7, 3, 1; its end, or i. */
static size_t de_card(const char *s, size_t len, size_t i)
{
	if (i + 10 > len || (i + 10 < len && rx_is_alnum((unsigned char)s[i + 10])))
		return i;
	int sum = 0, letters = 0;
	for (int k = 0; k < 10; k++) {
		char ch = s[i + k];
		int v;
		if (rx_is_digit((unsigned char)ch))
			v = ch - '0';
		else if (k < 9 && strchr("CFGHJKLMNPRTVWXYZ", ch) && ch)
			v = ch - 'A' + 10, letters++;
		else
			return i;
		if (k < 9)
			sum += v * (k % 3 == 0 ? 7 : k % 3 == 1 ? 3 : 1);
		else if (sum % 10 != v)
			return i;
	}
	return letters >= 1 && rx_is_upper((unsigned char)s[i]) ? i + 10 : i;
}

int rx_cn_rid_ok(const char *v)
{
	static const int w[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
	int sum = 0;
	for (int i = 0; i < 17; i++)
		sum += dig(v[i]) * w[i];
	char want = "10X98765432"[sum % 11];
	int y = dig(v[6]) * 1000 + dig(v[7]) * 100 + dig(v[8]) * 10 + dig(v[9]);
	return (v[17] == want || (want == 'X' && v[17] == 'x')) && v[0] >= '1' && v[0] <= '8' &&
	       rx_date_ok(y, dig(v[10]) * 10 + dig(v[11]), dig(v[12]) * 10 + dig(v[13])) && y >= 1900;
}

/* HKID: one or two letters, six digits, the check (0-9 or A), in
 * parentheses or not. d holds the letters (a space first when one) and
 * the digits. */
static int hk_ok(const char *l, size_t nl, const char *d, char check)
{
	int sum = nl == 1 ? 36 * 9 + (l[0] - 'A' + 10) * 8 : (l[0] - 'A' + 10) * 9 + (l[1] - 'A' + 10) * 8;
	for (int i = 0; i < 6; i++)
		sum += dig(d[i]) * (7 - i);
	int r = (11 - sum % 11) % 11;
	return check == (r == 10 ? 'A' : '0' + r);
}

static int sg_ok(const char *v)
{
	static const int w[7] = {2, 7, 6, 5, 4, 3, 2};
	int sum = 0;
	for (int i = 0; i < 7; i++)
		sum += dig(v[i + 1]) * w[i];
	const char *tab;
	switch (v[0]) {
	case 'S': tab = "JZIHGFEDCBA"; break;
	case 'T': sum += 4, tab = "JZIHGFEDCBA"; break;
	case 'F': tab = "XWUTRQPNMLK"; break;
	case 'G': sum += 4, tab = "XWUTRQPNMLK"; break;
	case 'M': sum += 3, tab = "XWUTRQPNJLK"; break;
	default: return 0;
	}
	return v[8] == tab[sum % 11];
}

static int jpmn_ok(const char *d)
{
	int sum = 0;
	for (int n = 1; n <= 11; n++)
		sum += dig(d[11 - n]) * (n <= 6 ? n + 1 : n - 5);
	int r = sum % 11;
	return dig(d[11]) == (r <= 1 ? 0 : 11 - r);
}

static int th_ok(const char *d)
{
	int sum = 0;
	for (int i = 0; i < 12; i++)
		sum += dig(d[i]) * (13 - i);
	return d[0] != '0' && dig(d[12]) == (11 - sum % 11) % 10;
}

static int ir_ok(const char *d)
{
	int sum = 0, same = 1;
	for (int i = 0; i < 9; i++) {
		sum += dig(d[i]) * (10 - i);
		same &= d[i] == d[0];
	}
	int r = sum % 11;
	return !same && dig(d[9]) == (r < 2 ? r : 11 - r);
}

static int hutax_ok(const char *d)
{
	int sum = 0;
	for (int i = 0; i < 9; i++)
		sum += dig(d[i]) * (i + 1);
	return d[0] == '8' && sum % 11 != 10 && dig(d[9]) == sum % 11;
}

static int ie_ok(const char *d, char l1, char l2)
{
	int sum = 0;
	for (int i = 0; i < 7; i++)
		sum += dig(d[i]) * (8 - i);
	if (l2 >= 'A' && l2 <= 'I')
		sum += (l2 - 'A' + 1) * 9;
	int r = sum % 23;
	return l1 == (r == 0 ? 'W' : 'A' + r - 1);
}

static int ean13_ok(const char *d)
{
	int sum = 0;
	for (int i = 0; i < 12; i++)
		sum += dig(d[i]) * (i % 2 ? 3 : 1);
	return dig(d[12]) == (10 - sum % 10) % 10;
}

static int at_ok(const char *d)
{
	static const int w[10] = {3, 7, 9, 0, 5, 8, 4, 2, 1, 6};
	int sum = 0;
	for (int i = 0; i < 10; i++)
		sum += dig(d[i]) * w[i];
	int m = dig(d[6]) * 10 + dig(d[7]);
	return d[0] != '0' && sum % 11 != 10 && dig(d[3]) == sum % 11 && dig(d[4]) * 10 + dig(d[5]) <= 31 && m >= 1 && m <= 12;
}

static int inn_ok(const char *d, size_t n)
{
	static const int w10[9] = {2, 4, 10, 3, 5, 9, 4, 6, 8};
	static const int w11[10] = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
	static const int w12[11] = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
	int a = 0, b = 0;
	if (n == 10) {
		for (int i = 0; i < 9; i++)
			a += dig(d[i]) * w10[i];
		return dig(d[9]) == a % 11 % 10;
	}
	for (int i = 0; i < 10; i++)
		a += dig(d[i]) * w11[i];
	for (int i = 0; i < 11; i++)
		b += dig(d[i]) * w12[i];
	return dig(d[10]) == a % 11 % 10 && dig(d[11]) == b % 11 % 10;
}

static int uy_ok(const char *d, size_t n)
{
	static const int w[7] = {2, 9, 8, 7, 6, 3, 4};
	int sum = 0;
	size_t pad = 8 - n; /* 6 or 7 digits and the check */
	for (size_t i = 0; i + 1 < n; i++)
		sum += dig(d[i]) * w[i + pad];
	return dig(d[n - 1]) == (10 - sum % 10) % 10;
}

static int vn_ok(const char *d)
{
	int p = dig(d[0]) * 100 + dig(d[1]) * 10 + dig(d[2]);
	return p >= 1 && p <= 96 && d[3] <= '3';
}

/* EG national number: the century (2: 1900s, 3: 2000s), a birth date
 * (YYMMDD), a governorate's code, a serial and a check (its rule is not
 * published: the shape decides). */
static int eg_ok(const char *d)
{
	static const char *const gov = "01020304111213141516171819212223242526272829313233343588";
	int y = (d[0] == '2' ? 1900 : d[0] == '3' ? 2000 : 0) + dig(d[1]) * 10 + dig(d[2]);
	int g = 0;
	for (const char *p = gov; *p && !g; p += 2)
		g = p[0] == d[7] && p[1] == d[8];
	return y >= 1900 && g && rx_date_ok(y, dig(d[3]) * 10 + dig(d[4]), dig(d[5]) * 10 + dig(d[6]));
}

int gv_checked_world(const char *d, size_t n, int weak)
{
	if (n == 18)
		return rx_cn_rid_ok(d);
	if (n == 13)
		return gv_za_ok(d) || (weak && th_ok(d));
	if (n == 14)
		return eg_ok(d);
	if (weak && n == 12)
		return jpmn_ok(d) || vn_ok(d);
	if (weak && n == 9)
		return rx_luhn(d, 9);
	return 0;
}

int gv_any_checked(const char *s, size_t v, size_t e, int weak)
{
	char d[20];
	size_t n = 0;
	for (size_t i = v; i < e; i++) {
		if (rx_is_digit((unsigned char)s[i]) && n < sizeof d)
			d[n++] = s[i];
		else if (i + 1 == e && n == 17 && (s[i] == 'X' || s[i] == 'x'))
			d[n++] = 'X'; /* (a Chinese resident id's check) */
		else if (!rx_in(" -./", s[i]) || n == sizeof d)
			return 0;
	}
	if (n < 9)
		return 0;
	/* (MX NSS: eleven digits, Luhn) */
	return gv_checked_more(d, n, weak) || gv_checked_here(d, n, weak) || gv_checked_world(d, n, weak) ||
	       (weak && n == 11 && rx_luhn(d, 11));
}

/* The token at c->ms: letters, digits and the separators '.', '-', '(',
 * ')' and single spaces between digits; the digits and the letters kept
 * apart in order of their appearance. */
struct tokv {
	size_t end, nd, nl;
	char d[24], l[4];
	char shape[32]; /* 'A' a letter, '9' a digit, the separators as they are */
};

/* UK UTR: the first digit checks the other nine, weights 6-10, 5-2, sum
 * mod 11 read through "21987654321". */
static int utr_ok(const char *d)
{
	static const int w[9] = {6, 7, 8, 9, 10, 5, 4, 3, 2};
	int sum = 0;
	for (int k = 0; k < 9; k++)
		sum += (d[k + 1] - '0') * w[k];
	return d[0] == "21987654321"[sum % 11];
}

static int read_token(const char *s, size_t len, size_t i, struct tokv *t)
{
	t->nd = t->nl = 0;
	size_t k = 0;
	for (; i < len && k < sizeof t->shape - 1; i++) {
		char ch = s[i];
		if (rx_is_digit((unsigned char)ch)) {
			if (t->nd == sizeof t->d)
				return 0;
			t->d[t->nd++] = ch;
			t->shape[k++] = '9';
		} else if (rx_is_upper((unsigned char)ch)) {
			if (t->nl == sizeof t->l)
				return 0;
			t->l[t->nl++] = ch;
			t->shape[k++] = 'A';
		} else if (rx_in(".-()", ch) || (ch == ' ' && k && t->shape[k - 1] == '9' && i + 1 < len &&
						 rx_is_digit((unsigned char)s[i + 1]))) {
			t->shape[k++] = ch;
		} else {
			break;
		}
	}
	while (k && rx_in(".-( ", t->shape[k - 1])) {
		k--, i--;
		t->shape[k] = 0;
	}
	t->shape[k] = 0;
	/* (a letter of any script goes on the word; CJK punctuation, "，",
	 * "：", "、", "。", ends it) */
	const unsigned char *u = (const unsigned char *)s;
	int punct = i + 2 < len && ((u[i] == 0xE3 && u[i + 1] == 0x80) ||
				    (u[i] == 0xEF && u[i + 1] == 0xBC && (u[i + 2] < 0x90 || u[i + 2] >= 0x9A)) ||
				    /* (a hiragana particle or "です": "マイナンバーは
				     * 9278...です"; stop 65) */
				    (u[i] == 0xE3 && (u[i + 1] == 0x81 || (u[i + 1] == 0x82 && u[i + 2] < 0xA0))));
	if (k == sizeof t->shape - 1 || (i < len && (rx_is_alnum(u[i]) || (u[i] >= 0xC0 && !punct))))
		return 0;
	t->end = i;
	return k > 0;
}

/* Whether the token's shape is one of the layouts (separators as written). */
static int shaped(const struct tokv *t, const char *const *layouts)
{
	for (; *layouts; layouts++)
		if (strcmp(t->shape, *layouts) == 0)
			return 1;
	return 0;
}

/* A record field that holds identifiers whatever their shape: a DICOM
 * dump's "(0010,1000) LO [D070702(4)]", X12's "REF*0F*028798196~". */
static unsigned record_field(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t at = c->ms, e = at;
	if (at >= 16 && memcmp(s + at - 16, "(0010,1000) LO [", 16) == 0) {
		while (e < c->len && e - at < 64 && s[e] != ']' && s[e] != '\\' && s[e] != '\n')
			e++;
		return e < c->len && s[e] == ']' && e > at ? (unsigned)rx_emit(c, at, e, REDACT_GOV_ID) : 0;
	}
	if (at >= 7 && (memcmp(s + at - 7, "REF*0F*", 7) == 0 || memcmp(s + at - 7, "REF*SY*", 7) == 0)) {
		while (e < c->len && e - at < 30 && rx_is_alnum((unsigned char)s[e]))
			e++;
		return e < c->len && (s[e] == '~' || s[e] == '*' || s[e] == '\n') && e - at >= 6
			       ? (unsigned)rx_emit(c, at, e, REDACT_GOV_ID)
			       : 0;
	}
	return 0;
}

int gv_za_ok(const char *d)
{
	return rx_luhn(d, 13) && rx_date_ok(2000, dig(d[2]) * 10 + dig(d[3]), dig(d[4]) * 10 + dig(d[5]));
}

/* A British driving licence's number (DVLA: "TRELO661028M99SB"): five
 * letters of the surname padded with '9', the decade, the month (plus 50
 * for a woman), the day and the year's last digit of the birth date, two
 * initials (or '9'), a digit and two check letters; sixteen characters
 * that no other id or word has, the date checked. Its end, or i. */
static size_t uk_licence(const char *s, size_t len, size_t i)
{
	if (i + 16 > len || (i > 0 && (rx_is_alnum((unsigned char)s[i - 1]) || s[i - 1] == '-')) ||
	    (i + 16 < len && (rx_is_alnum((unsigned char)s[i + 16]) || s[i + 16] == '-')))
		return i;
	for (size_t k = 0; k < 16; k++) {
		unsigned char ch = (unsigned char)s[i + k];
		int ok = k < 5 || k == 11 || k == 12 ? rx_is_upper(ch) || ch == '9'
			 : k >= 14		  ? rx_is_upper(ch)
						  : rx_is_digit(ch);
		if (!ok)
			return i;
	}
	if (!rx_is_upper((unsigned char)s[i]))
		return i;
	int month = (s[i + 6] - '0') * 10 + (s[i + 7] - '0'), day = (s[i + 8] - '0') * 10 + (s[i + 9] - '0');
	if (month > 50)
		month -= 50;
	return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? i + 16 : i;
}

unsigned gv_detect_world(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t i = c->ms, len = c->len;
	struct tokv t;
	/* (the lexer's word of sixteen characters, in capitals first) */
	size_t ul = c->ti < c->ntk && c->tk[c->ti].s == i && c->tk[c->ti].n == 16 && (c->tk[c->ti].f & RXT_UPPER)
			    ? uk_licence(s, len, i)
			    : i;
	if (ul != i)
		return (unsigned)rx_emit(c, i, ul, REDACT_GOV_ID);
	size_t de = rx_is_upper((unsigned char)s[i]) && i + 10 <= len && rx_is_digit((unsigned char)s[i + 9]) &&
			    !rx_is_lower((unsigned char)s[i + 1])
			    ? de_card(s, len, i)
			    : i;
	if (de != i && labelled(c, W_DE))
		return (unsigned)rx_emit(c, i, de, REDACT_GOV_ID);
	if (i > 0 && (s[i - 1] == '[' || s[i - 1] == '*')) {
		unsigned k = record_field(c);
		if (k)
			return k;
	}
	/* a cheap look first: every kind has six digits or more, and a
	 * capital is followed by a capital or a digit ("Anna" stops here) */
	if (rx_is_upper((unsigned char)s[i]) &&
	    (i + 1 >= len || !(rx_is_upper((unsigned char)s[i + 1]) || rx_is_digit((unsigned char)s[i + 1]))))
		return 0;
	size_t nd = 0;
	for (size_t j = i; j < len && j - i < 24 && nd < 6; j++) {
		if (rx_is_digit((unsigned char)s[j]))
			nd++;
		else if (!rx_is_upper((unsigned char)s[j]) && !rx_in(".-() ", s[j]))
			break;
	}
	if (nd < 6)
		return 0;
	if ((c->ms > 0 && (rx_is_alnum((unsigned char)s[c->ms - 1]) || rx_in(".-", s[c->ms - 1]))) ||
	    !read_token(s, c->len, c->ms, &t))
		return 0;
	int kind = -1;
	if (t.nl == 0) {
		switch (t.nd) {
		case 9:
			if (shaped(&t, (const char *const[]){"999999999", NULL}) && rx_luhn(t.d, 9) && labelled(c, W_IL))
				kind = W_IL;
			else if (gr_ok(t.d) && shaped(&t, (const char *const[]){"999999999", NULL}) && labelled(c, W_GR))
				kind = W_GR;
			break;
		case 10:
			if (hutax_ok(t.d) && shaped(&t, (const char *const[]){"9999999999", NULL}) && labelled(c, W_HUTAX))
				kind = W_HUTAX;
			else if (ir_ok(t.d) && shaped(&t, (const char *const[]){"9999999999", "999-999999-9", NULL}) && labelled(c, W_IR))
				kind = W_IR;
			else if (at_ok(t.d) && shaped(&t, (const char *const[]){"9999999999", "9999 999999", NULL}) && labelled(c, W_AT))
				kind = W_AT;
			else if (inn_ok(t.d, 10) && shaped(&t, (const char *const[]){"9999999999", NULL}) && labelled(c, W_RU))
				kind = W_RU;
			else if (utr_ok(t.d) && shaped(&t, (const char *const[]){"9999999999", "99999 99999", NULL}) &&
				 labelled(c, W_UTR))
				kind = W_UTR;
			else if (shaped(&t, (const char *const[]){"999999-9999", NULL}) &&
				 rx_date_ok(2000, dig(t.d[2]) * 10 + dig(t.d[3]), dig(t.d[0]) * 10 + dig(t.d[1])) && labelled(c, W_DK))
				kind = W_DK;
			break;
		case 12:
			if (jpmn_ok(t.d) && shaped(&t, (const char *const[]){"999999999999", "9999 9999 9999", "9999-9999-9999", NULL}) &&
			    labelled(c, W_JPMN))
				kind = W_JPMN;
			else if (inn_ok(t.d, 12) && shaped(&t, (const char *const[]){"999999999999", NULL}) && labelled(c, W_RU))
				kind = W_RU;
			else if (vn_ok(t.d) && shaped(&t, (const char *const[]){"999999999999", NULL}) && labelled(c, W_VN))
				kind = W_VN;
			break;
		case 13:
			if (t.d[0] == '7' && t.d[1] == '5' && t.d[2] == '6' && ean13_ok(t.d) &&
			    (shaped(&t, (const char *const[]){"999.9999.9999.99", NULL}) ||
			     (shaped(&t, (const char *const[]){"9999999999999", NULL}) && labelled(c, W_CH))))
				kind = W_CH;
			else if (th_ok(t.d) && (shaped(&t, (const char *const[]){"9-9999-99999-99-9", NULL}) ||
						(shaped(&t, (const char *const[]){"9999999999999", "9 9999 99999 99 9", NULL}) &&
						 labelled(c, W_TH))))
				kind = W_TH; /* (its dashed layout needs no label) */
			else if (gv_za_ok(t.d) &&
				 shaped(&t, (const char *const[]){"9999999999999", "999999 9999 999", NULL}) && labelled(c, W_ZA) &&
				 !other_id(s, c->ms))
				kind = W_ZA;
			break;
		case 7:
		case 8:
			if (uy_ok(t.d, t.nd) && shaped(&t, (const char *const[]){"9.999.999-9", "999.999-9", "9999999-9", NULL}) &&
			    labelled(c, W_UY))
				kind = W_UY;
			break;
		case 14:
			if (shaped(&t, (const char *const[]){"99999999999999", NULL}) && t.d[0] >= '1' && t.d[0] <= '6' &&
			    rx_date_ok(2000, dig(t.d[3]) * 10 + dig(t.d[4]), dig(t.d[1]) * 10 + dig(t.d[2])) && labelled(c, W_UZ))
				kind = W_UZ;
			break;
		case 18:
			/* (a cell of its own needs no label: the area, the
			 * birth date and the check leave few numbers of other
			 * kinds; stop 54) */
			if (rx_cn_rid_ok(t.d) && shaped(&t, (const char *const[]){"999999999999999999", NULL}) &&
			    (own_cell(s, c->ms) || labelled(c, W_CN)))
				kind = W_CN;
			break;
		case 20:
			if (shaped(&t, (const char *const[]){"99999999-99999-99999-99", NULL}) &&
			    rx_date_ok(dig(t.d[0]) * 1000 + dig(t.d[1]) * 100 + dig(t.d[2]) * 10 + dig(t.d[3]),
				    dig(t.d[4]) * 10 + dig(t.d[5]), dig(t.d[6]) * 10 + dig(t.d[7])) &&
			    labelled(c, W_TZ))
				kind = W_TZ;
			break;
		case 11:
			if (rx_luhn(t.d, 11) && shaped(&t, (const char *const[]){"999-9999999-9", NULL}) && labelled(c, W_DO))
				kind = W_DO;
			break;
		}
	} else if (t.nd == 17 && t.nl == 1 && (t.l[0] == 'X') && shaped(&t, (const char *const[]){"99999999999999999A", NULL})) {
		char v[18];
		memcpy(v, t.d, 17);
		v[17] = 'X';
		if (rx_cn_rid_ok(v) && (own_cell(s, c->ms) || labelled(c, W_CN)))
			kind = W_CN;
	} else if (shaped(&t, (const char *const[]){"A999999(9)", "A999999(A)", "AA999999(9)", "AA999999(A)", "A9999999", "AA9999999",
						    "A999999A", NULL})) {
		/* HKID, its check in parentheses or not */
		size_t nl = t.shape[1] == 'A' ? 2 : 1;
		char check = t.nd == 7 ? t.d[6] : t.nl > nl ? t.l[nl] : 0;
		if (t.nd >= 6 && check && hk_ok(t.l, nl, t.d, check) && labelled(c, W_HK))
			kind = W_HK;
	}
	if (kind < 0 && t.nl > 0) {
		if (strcmp(t.shape, "A9999999A") == 0) {
			char v[9] = {t.l[0], 0};
			memcpy(v + 1, t.d, 7);
			v[8] = t.l[1];
			if (sg_ok(v) && labelled(c, W_SG))
				kind = W_SG;
		} else if (strcmp(t.shape, "AA99999999AA") == 0 && labelled(c, W_JPRC)) {
			kind = W_JPRC;
		} else if ((strcmp(t.shape, "9999999A") == 0 || strcmp(t.shape, "9999999AA") == 0) &&
			   ie_ok(t.d, t.l[0], t.nl > 1 ? t.l[1] : 0) && labelled(c, W_IE)) {
			kind = W_IE;
		}
	}
	if (kind < 0)
		return 0;
	return (unsigned)rx_emit(c, c->ms, t.end, REDACT_GOV_ID);
}

/* A list row's separator ending at i (" · ", " — ", " | "; not "; ",
 * which an order list has too):
 * its start, or RX_NONE. */
static size_t row_sep_before(const char *s, size_t i)
{
	if (i >= 4 && s[i - 1] == ' ' && (unsigned char)s[i - 3] == 0xC2 && (unsigned char)s[i - 2] == 0xB7 &&
	    s[i - 4] == ' ')
		return i - 4;
	if (i >= 5 && s[i - 1] == ' ' && !memcmp(s + i - 4, "\xe2\x80\x94", 3) && s[i - 5] == ' ')
		return i - 5;
	if (i >= 3 && s[i - 1] == ' ' && s[i - 2] == '|' && s[i - 3] == ' ')
		return i - 3;
	return RX_NONE;
}

/* A national number whose strict check passes, in a list's row right after
 * the person's name and a separator ("- Tuncay Karabulut · 13436156234 ·
 * 0530 152 40 95", "2. Erdinç Sarıkaya — 84366829130"): a loan officer's
 * field visit, a community's list. The row: a bullet or a number, then two
 * to five words of letters (capitals, or a script without them), nothing
 * else. New in stop 56. */
unsigned gv_detect_roster_id(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, i = c->ms;
	size_t b = row_sep_before(s, i);
	if (b == RX_NONE)
		return 0;
	/* the number: digits only, no leading 0 (a phone's trunk prefix, a
	 * phone's groups: "0650 264 146", "320 479 7723") */
	size_t e = i;
	while (e < len && rx_is_digit((unsigned char)s[e]))
		e++;
	if (e - i < 9 || e - i > 18 || s[i] == '0')
		return 0;
	/* after it: the line's end or the row's next separator (one of
	 * three, five or four bytes) */
	int sep = 0;
	for (size_t n = 3; n <= 5 && !sep; n++)
		sep = e + n <= len && row_sep_before(s, e + n) == e;
	if (e < len && !rx_in("\n\r;,", s[e]) && !sep)
		return 0;
	/* (four different digits at least: "1000000000009" is a record's
	 * number; a Thai id's weaker check too, thirteen digits, outside a
	 * table, whose column decides) */
	unsigned seen = 0;
	for (size_t q = i; q < e; q++)
		seen |= 1u << (s[q] - '0');
	if (__builtin_popcount(seen) < 4 ||
	    (!gv_any_checked(s, i, e, 0) && !(e - i == 13 && s[b + 1] != '|' && gv_any_checked(s, i, e, 1))))
		return 0;
	/* the name: back to the line's start, over letters and single
	 * spaces; two to five words */
	size_t ls = rx_line_start(s, b), q = ls;
	while (q < b && rx_in(" \t", s[q]))
		q++;
	if (q < b && rx_in("-*", s[q]) && q + 1 < b && s[q + 1] == ' ')
		q += 2;
	else if (q + 2 < b && (unsigned char)s[q] == 0xE2 && (unsigned char)s[q + 1] == 0x80 &&
		 (unsigned char)s[q + 2] == 0xA2)
		q += 3 + (q + 3 < b && s[q + 3] == ' ');
	else if (q < b && rx_is_digit((unsigned char)s[q])) {
		while (q < b && rx_is_digit((unsigned char)s[q]))
			q++;
		if (q + 1 >= b || !rx_in(".)", s[q]) || s[q + 1] != ' ')
			return 0;
		q += 2;
	}
	if (q >= b)
		return 0;
	int words = 0, named = 0;
	for (size_t p = q; p < b;) {
		size_t k = rx_letter_at(s, len, p), ws = p;
		if (!k)
			return 0;
		if (!rx_cap_at(s, len, p) && k < 3)
			return 0;
		words++;
		named |= k == 3;
		while (p < b && (k = rx_letter_at(s, len, p)) > 0)
			p += k;
		/* (a word the gazetteer knows as a name: "I Telefon | 030
		 * 12345678" is a form's label) */
		named |= p - ws >= 2 && (rx_is_given(s + ws, p - ws) || rx_is_surname(s + ws, p - ws));
		while (p < b && (s[p] == '-' || s[p] == '\'') && p + 1 < b && rx_letter_at(s, len, p + 1))
			for (p++; p < b && (k = rx_letter_at(s, len, p)) > 0;)
				p += k;
		if (p < b && s[p] == ' ')
			p++;
		else if (p < b && s[p] == '.' && p + 1 < b && s[p + 1] == ' ')
			p += 2;
		else if (p < b)
			return 0;
	}
	if (words < 2 || words > 5 || !named)
		return 0;
	return (unsigned)rx_emit(c, i, e, REDACT_GOV_ID);
}

/* A licence's label in a hunting's, a fishing's or a firearm's text: its
 * number is no identity document's (the labelled part 36 counts hunting,
 * fishing and firearm licences as look-alikes; a driving licence's
 * stays). stop 51; gov_id_label.c asks, moved here in stop 60. */
int gv_sport_licence(const char *s, size_t ls, size_t at, size_t me)
{
	static const char *const lic[] = {"licen", "permis", "patente", "면허", "免許", NULL};
	static const char *const sport[] = {
		"hunting", "hunter", "fishing", "angling", "angler", "firearm", "shotgun", "chasse",
		"chasser", "pêche", "jagd", "jäger", "fischerei", "angelschein", "caza", "pesca",
		"caccia", "waffen", "metsästys", "kalastus", "polowan", "myśliw", "wędkar", "vadász",
		"horgász", "vânătoare", "pescuit", "수렵", "사냥", "낚시", "狩猟", "釣り", "jakt", "fiske", NULL};
	static const char *const drive[] = {"driv", "conduire", "führerschein", "rijbewijs", "guida",
					    "conducir", "運転", "운전", NULL};
	if (!rx_phrase_in(s, ls, me, lic) || rx_phrase_in(s, ls, me, drive))
		return 0;
	return rx_phrase_in(s, at > 800 ? at - 800 : 0, at, sport);
}
