/* date: calendar dates as people write them, for the dob family (a date
 * after a birth word) and to keep dates out of the phone family: numeric
 * (15.03.2024, 3/15/2024, 2024-03-15, 15-03-1990, d.m.yy, yyyymmdd) and with
 * month names or their abbreviations in English, German, French, Spanish,
 * Italian, Dutch, Portuguese, the Nordic languages, Polish, Czech, Turkish,
 * Romanian, Finnish and Hungarian ("12. März 1952", "17th of May 1979",
 * "May 9, 1953", "3 de junho de 1998", "1er mai 1970"). */
#include <pthread.h>
#include <string.h>

#include "redact_int.h"

struct month {
	const char *name; /* folded (lower case) */
	int m;
};

/* Longer names first where one is a prefix of another. */
static const struct month months[] = {
	{"january", 1}, {"januari", 1}, {"januar", 1}, {"jänner", 1}, {"janvier", 1},
	{"janeiro", 1}, {"gennaio", 1}, {"enero", 1}, {"janv", 1}, {"jan", 1}, {"ene", 1},
	{"gen", 1},
	{"february", 2}, {"februari", 2}, {"februar", 2}, {"février", 2}, {"febrero", 2},
	{"fevereiro", 2}, {"febbraio", 2}, {"févr", 2}, {"fév", 2}, {"feb", 2}, {"fev", 2},
	{"march", 3}, {"märz", 3}, {"maart", 3}, {"mars", 3}, {"marzo", 3}, {"março", 3},
	{"mär", 3}, {"mrt", 3}, {"mar", 3},
	{"april", 4}, {"avril", 4}, {"abril", 4}, {"aprile", 4}, {"apr", 4}, {"avr", 4},
	{"abr", 4},
	{"mayo", 5}, {"maggio", 5}, {"maio", 5}, {"may", 5}, {"mai", 5}, {"mei", 5}, {"mag", 5},
	{"june", 6}, {"juni", 6}, {"juin", 6}, {"junio", 6}, {"junho", 6}, {"giugno", 6},
	{"jun", 6}, {"giu", 6},
	{"july", 7}, {"juli", 7}, {"juillet", 7}, {"julio", 7}, {"julho", 7}, {"luglio", 7},
	{"juil", 7}, {"jul", 7}, {"lug", 7},
	{"august", 8}, {"augustus", 8}, {"août", 8}, {"agosto", 8}, {"aug", 8}, {"ago", 8},
	{"september", 9}, {"septembre", 9}, {"septiembre", 9}, {"setiembre", 9},
	{"setembro", 9}, {"settembre", 9}, {"sept", 9}, {"sep", 9}, {"set", 9},
	{"october", 10}, {"oktober", 10}, {"octobre", 10}, {"octubre", 10}, {"outubro", 10},
	{"ottobre", 10}, {"oct", 10}, {"okt", 10}, {"out", 10}, {"ott", 10},
	{"november", 11}, {"novembre", 11}, {"noviembre", 11}, {"novembro", 11}, {"nov", 11},
	{"december", 12}, {"dezember", 12}, {"décembre", 12}, {"diciembre", 12},
	{"dezembro", 12}, {"dicembre", 12}, {"dec", 12}, {"dez", 12}, {"déc", 12}, {"dic", 12},
	/* Swedish, Danish, Polish, Czech, Turkish, Romanian, Finnish and
	 * Hungarian names (nominative and genitive) */
	{"stycznia", 1}, {"styczeń", 1}, {"ledna", 1}, {"leden", 1}, {"ocak", 1}, {"ianuarie", 1}, {"tammikuuta", 1}, {"tammikuu", 1}, {"január", 1},
	{"lutego", 2}, {"luty", 2}, {"února", 2}, {"únor", 2}, {"şubat", 2}, {"februarie", 2}, {"helmikuuta", 2}, {"helmikuu", 2}, {"február", 2},
	{"marts", 3}, {"marca", 3}, {"marzec", 3}, {"března", 3}, {"březen", 3}, {"mart", 3}, {"martie", 3}, {"maaliskuuta", 3}, {"maaliskuu", 3}, {"március", 3},
	{"kwietnia", 4}, {"kwiecień", 4}, {"dubna", 4}, {"duben", 4}, {"nisan", 4}, {"aprilie", 4}, {"huhtikuuta", 4}, {"huhtikuu", 4}, {"április", 4},
	{"maj", 5}, {"maja", 5}, {"května", 5}, {"květen", 5}, {"mayıs", 5}, {"toukokuuta", 5}, {"toukokuu", 5}, {"május", 5},
	{"czerwca", 6}, {"czerwiec", 6}, {"června", 6}, {"červen", 6}, {"haziran", 6}, {"iunie", 6}, {"kesäkuuta", 6}, {"kesäkuu", 6}, {"június", 6},
	{"lipca", 7}, {"lipiec", 7}, {"července", 7}, {"červenec", 7}, {"temmuz", 7}, {"iulie", 7}, {"heinäkuuta", 7}, {"heinäkuu", 7}, {"július", 7},
	{"augusti", 8}, {"sierpnia", 8}, {"sierpień", 8}, {"srpna", 8}, {"srpen", 8}, {"ağustos", 8}, {"elokuuta", 8}, {"elokuu", 8}, {"augusztus", 8},
	{"września", 9}, {"wrzesień", 9}, {"září", 9}, {"eylül", 9}, {"septembrie", 9}, {"syyskuuta", 9}, {"syyskuu", 9}, {"szeptember", 9},
	{"października", 10}, {"październik", 10}, {"října", 10}, {"říjen", 10}, {"ekim", 10}, {"octombrie", 10}, {"lokakuuta", 10}, {"lokakuu", 10}, {"október", 10},
	{"listopada", 11}, {"listopadu", 11}, {"listopad", 11}, {"kasım", 11}, {"noiembrie", 11}, {"marraskuuta", 11}, {"marraskuu", 11},
	{"grudnia", 12}, {"grudzień", 12}, {"prosince", 12}, {"prosinec", 12}, {"aralık", 12}, {"decembrie", 12}, {"joulukuuta", 12}, {"joulukuu", 12},
	/* Icelandic, and Norwegian/Danish/Icelandic December */
	{"janúar", 1}, {"febrúar", 2}, {"apríl", 4}, {"maí", 5}, {"júní", 6}, {"júlí", 7},
	{"ágúst", 8}, {"nóvember", 11}, {"desember", 12},
};

#define NMONTHS (sizeof months / sizeof months[0])
static const char *month_words[NMONTHS + 1];
static struct rx_kwset month_kws = RX_KWSET(month_words);
static pthread_once_t month_once = PTHREAD_ONCE_INIT;

static void month_init(void)
{
	for (size_t k = 0; k < NMONTHS; k++)
		month_words[k] = months[k].name;
	month_words[NMONTHS] = NULL;
}

size_t rx_month_name(const char *s, size_t len, size_t i, int *month)
{
	uint16_t idx[4];
	if (i >= len || !rx_letter_at(s, len, i) || rx_is_digit((unsigned char)s[i]))
		return 0;
	pthread_once(&month_once, month_init);
	if (!rx_kwset_starts(&month_kws, s, len, i, idx, 4))
		return 0;
	size_t ml = strlen(months[idx[0]].name);
	*month = months[idx[0]].m;
	return ml + (i + ml < len && s[i + ml] == '.' ? 1 : 0);
}

static size_t num(const char *s, size_t len, size_t i, size_t maxd, int *v)
{
	size_t k = 0;
	*v = 0;
	while (i + k < len && k < maxd && rx_is_digit((unsigned char)s[i + k])) {
		*v = *v * 10 + (s[i + k] - '0');
		k++;
	}
	if (i + k < len && rx_is_digit((unsigned char)s[i + k]))
		return 0; /* more digits than a date field has */
	return k;
}

static int ok_dmy(int y, int m, int d)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return y >= 1850 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= mdays[m - 1];
}

static int year2(int yy)
{
	return yy > 30 ? 1900 + yy : 2000 + yy;
}

static size_t spaces(const char *s, size_t len, size_t i)
{
	size_t k;
	while ((k = rx_space_at(s, len, i)) > 0)
		i += k;
	return i;
}

/* Ordinal suffixes and connectors after the day: "17th of", "1er", "3 de",
 * "12." */
static size_t after_day(const char *s, size_t len, size_t i)
{
	static const struct {
		const char *s;
		size_t n;
	} suf[] = {{"st", 2}, {"nd", 2}, {"rd", 2}, {"th", 2}, {"er", 2}, {"º", 2}, {"°", 2}, {"o", 1}, {".", 1}};
	for (size_t k = 0; k < sizeof suf / sizeof suf[0]; k++) {
		size_t l = suf[k].n;
		if (i + l <= len && s[i] == suf[k].s[0] && memcmp(s + i, suf[k].s, l) == 0 &&
		    !(i + l < len && rx_is_alpha((unsigned char)s[i + l]))) {
			i += l;
			break;
		}
	}
	i = spaces(s, len, i);
	if (i + 3 <= len && (memcmp(s + i, "of ", 3) == 0 || memcmp(s + i, "de ", 3) == 0))
		i = spaces(s, len, i + 3);
	return i;
}

static int named_date(const char *s, size_t len, size_t i, struct rx_date *out)
{
	int d, m, y;
	size_t k = num(s, len, i, 2, &d), j, ml;
	if (k) {
		/* D[.th] [of|de] MONTH[,] [de] YYYY */
		j = after_day(s, len, i + k);
		ml = rx_month_name(s, len, j, &m);
		if (!ml)
			return 0;
		j = spaces(s, len, j + ml);
		if (j < len && s[j] == ',')
			j = spaces(s, len, j + 1);
		if (j + 3 <= len && memcmp(s + j, "de ", 3) == 0)
			j = spaces(s, len, j + 3);
		k = num(s, len, j, 4, &y);
		if (k == 2)
			y = year2(y);
		else if (k != 4)
			return 0;
		if (!ok_dmy(y, m, d))
			return 0;
		out->y = y;
		out->m = m;
		out->d = d;
		out->end = j + k;
		return 1;
	}
	/* MONTH D[th][,] YYYY */
	ml = rx_month_name(s, len, i, &m);
	if (!ml)
		return 0;
	j = spaces(s, len, i + ml);
	k = num(s, len, j, 2, &d);
	if (!k)
		return 0;
	j += k;
	static const char *const suf[] = {"st", "nd", "rd", "th"};
	for (size_t q = 0; q < 4; q++)
		if (j + 2 <= len && memcmp(s + j, suf[q], 2) == 0) {
			j += 2;
			break;
		}
	if (j < len && s[j] == ',')
		j++;
	j = spaces(s, len, j);
	k = num(s, len, j, 4, &y);
	if (k != 4 || !ok_dmy(y, m, d))
		return 0;
	out->y = y;
	out->m = m;
	out->d = d;
	out->end = j + k;
	return 1;
}

int rx_parse_date(const char *s, size_t len, size_t i, struct rx_date *out)
{
	int a, b, c;
	size_t k1, k2, k3, j;
	memset(out, 0, sizeof *out);
	if (i >= len)
		return 0;
	if (!rx_is_digit((unsigned char)s[i]))
		return named_date(s, len, i, out);
	k1 = num(s, len, i, 8, &a);
	if (k1 == 8) {
		/* yyyymmdd */
		int y = a / 10000, m = a / 100 % 100, d = a % 100;
		if (!ok_dmy(y, m, d) || y < 1900)
			return 0;
		out->y = y;
		out->m = m;
		out->d = d;
		out->end = i + 8;
		return 1;
	}
	if (k1 == 0)
		return 0;
	j = i + k1;
	char sep = j < len ? s[j] : 0;
	if (sep != '.' && sep != '/' && sep != '-') {
		if (k1 <= 2)
			return named_date(s, len, i, out);
		return 0;
	}
	/* "10. 12. 2003": dots with a space after each */
	if (sep == '.' && k1 <= 2 && j + 2 < len && s[j + 1] == ' ' && rx_is_digit((unsigned char)s[j + 2])) {
		size_t k2s = num(s, len, j + 2, 2, &b), y0 = j + 2 + k2s;
		if (k2s && y0 + 2 < len && s[y0] == '.' && s[y0 + 1] == ' ') {
			size_t k3s = num(s, len, y0 + 2, 4, &c);
			int y = k3s == 2 ? year2(c) : c;
			if ((k3s == 4 || k3s == 2) && ok_dmy(y, b, a) &&
			    !(y0 + 2 + k3s < len && rx_is_alnum((unsigned char)s[y0 + 2 + k3s]))) {
				out->y = y;
				out->m = b;
				out->d = a;
				out->end = y0 + 2 + k3s;
				return 1;
			}
		}
	}
	k2 = num(s, len, j + 1, 2, &b);
	if (!k2 && k1 <= 2) {
		/* D-MON-YYYY, D/MON/YY ("21-Aug-1994", "11-ott-1943") */
		size_t ml = rx_month_name(s, len, j + 1, &b);
		size_t y0 = j + 1 + ml;
		if (ml && y0 < len && s[y0] == sep) {
			k3 = num(s, len, y0 + 1, 4, &c);
			int y = k3 == 2 ? year2(c) : c;
			if ((k3 == 2 || k3 == 4) && ok_dmy(y, b, a) &&
			    !(y0 + 1 + k3 < len && rx_is_alnum((unsigned char)s[y0 + 1 + k3]))) {
				out->y = y;
				out->m = b;
				out->d = a;
				out->end = y0 + 1 + k3;
				return 1;
			}
		}
	}
	if (!k2 || j + 1 + k2 >= len || s[j + 1 + k2] != sep)
		return k1 <= 2 && sep == '.' ? named_date(s, len, i, out) : 0;
	k3 = num(s, len, j + 2 + k2, 4, &c);
	size_t end = j + 2 + k2 + k3;
	if (k1 == 4 && (k3 == 1 || k3 == 2)) { /* y-m-d */
		if (!ok_dmy(a, b, c))
			return 0;
		out->y = a;
		out->m = b;
		out->d = c;
	} else if (k1 <= 2 && (k3 == 4 || k3 == 2)) {
		int y = k3 == 2 ? year2(c) : c;
		if (ok_dmy(y, b, a)) { /* d.m.y */
			out->y = y;
			out->m = b;
			out->d = a;
		} else if (ok_dmy(y, a, b)) { /* m/d/y */
			out->y = y;
			out->m = a;
			out->d = b;
		} else {
			return 0;
		}
	} else {
		return 0;
	}
	/* not the start of a longer dotted or dashed number */
	if (end + 1 < len && (s[end] == sep || s[end] == '.' || s[end] == '-') &&
	    rx_is_digit((unsigned char)s[end + 1]))
		return 0;
	out->end = end;
	return 1;
}
