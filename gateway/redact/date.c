/* date: calendar dates as people write them, for the dob family (a date
 * after a birth word) and to keep dates out of the phone family: numeric
 * (15.03.2024, 3/15/2024, 2024-03-15, 15-03-1990, d.m.yy, yyyymmdd) and with
 * month names or their abbreviations in English, German, French, Spanish,
 * Italian, Dutch, Portuguese, the Nordic languages, Polish, Czech, Turkish,
 * Romanian, Finnish and Hungarian ("12. März 1952", "17th of May 1979",
 * "May 9, 1953", "3 de junho de 1998", "1er mai 1970"), and year first in
 * Korean, Chinese, Latvian, Lithuanian, Hungarian, Basque and Uzbek
 * ("1993년 12월 28일", "2007. gada 16. decembrī", "1973. május 4.",
 * "2001ko abenduaren 19a", "2008-yil 16-dekabr"); also Welsh, Irish,
 * Macedonian and Arabic month names. */
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
	/* Croatian, Slovene and Serbian (Latin) genitives */
	{"siječnja", 1}, {"veljače", 2}, {"ožujka", 3}, {"travnja", 4}, {"svibnja", 5},
	{"lipnja", 6}, {"srpnja", 7}, {"kolovoza", 8}, {"rujna", 9}, {"listopada", 10},
	{"studenoga", 11}, {"studenog", 11}, {"prosinca", 12}, {"januarja", 1}, {"februarja", 2},
	{"aprila", 4}, {"junija", 6}, {"julija", 7}, {"avgusta", 8}, {"septembra", 9},
	{"oktobra", 10}, {"novembra", 11}, {"decembra", 12}, {"januara", 1}, {"februara", 2},
	{"marta", 3}, {"juna", 6}, {"jula", 7},
	/* Latvian (nominative and locative) and Lithuanian (genitive) */
	{"janvāris", 1}, {"janvārī", 1}, {"februāris", 2}, {"februārī", 2}, {"marts", 3},
	{"martā", 3}, {"aprīlis", 4}, {"aprīlī", 4}, {"maijs", 5}, {"maijā", 5}, {"jūnijs", 6},
	{"jūnijā", 6}, {"jūlijs", 7}, {"jūlijā", 7}, {"augusts", 8}, {"augustā", 8},
	{"septembris", 9}, {"septembrī", 9}, {"oktobris", 10}, {"oktobrī", 10},
	{"novembris", 11}, {"novembrī", 11}, {"decembris", 12}, {"decembrī", 12},
	{"sausio", 1}, {"vasario", 2}, {"kovo", 3}, {"balandžio", 4}, {"gegužės", 5},
	{"birželio", 6}, {"liepos", 7}, {"rugpjūčio", 8}, {"rugsėjo", 9}, {"spalio", 10},
	{"lapkričio", 11}, {"gruodžio", 12},
	/* Estonian, Malay, Albanian, Maltese */
	{"jaanuar", 1}, {"veebruar", 2}, {"märts", 3}, {"aprill", 4}, {"juuni", 6},
	{"juuli", 7}, {"oktoober", 10}, {"detsember", 12}, {"mac", 3}, {"julai", 7},
	{"ogos", 8}, {"disember", 12}, {"janar", 1}, {"shkurt", 2}, {"prill", 4},
	{"qershor", 6}, {"korrik", 7}, {"gusht", 8}, {"shtator", 9}, {"tetor", 10},
	{"nëntor", 11}, {"dhjetor", 12}, {"jannar", 1}, {"frar", 2}, {"marzu", 3},
	{"mejju", 5}, {"ġunju", 6}, {"Ġunju", 6}, {"lulju", 7}, {"awwissu", 8},
	{"settembru", 9}, {"ottubru", 10}, {"novembru", 11}, {"diċembru", 12},
	/* Bulgarian, and Greek genitives (the capitalised forms are redundant
	 * since stop 43, which folds Greek and Cyrillic) */
	{"януари", 1}, {"февруари", 2}, {"март", 3}, {"април", 4}, {"май", 5}, {"юни", 6},
	{"юли", 7}, {"август", 8}, {"септември", 9}, {"октомври", 10}, {"ноември", 11},
	{"декември", 12}, {"ιανουαρίου", 1}, {"Ιανουαρίου", 1}, {"φεβρουαρίου", 2},
	{"Φεβρουαρίου", 2}, {"μαρτίου", 3}, {"Μαρτίου", 3}, {"απριλίου", 4}, {"Απριλίου", 4},
	{"μαΐου", 5}, {"Μαΐου", 5}, {"ιουνίου", 6}, {"Ιουνίου", 6}, {"ιουλίου", 7},
	{"Ιουλίου", 7}, {"αυγούστου", 8}, {"Αυγούστου", 8}, {"σεπτεμβρίου", 9},
	{"Σεπτεμβρίου", 9}, {"οκτωβρίου", 10}, {"Οκτωβρίου", 10}, {"νοεμβρίου", 11},
	{"Νοεμβρίου", 11}, {"δεκεμβρίου", 12}, {"Δεκεμβρίου", 12},
	/* Welsh, Irish, Basque (genitive first), Uzbek (Latin), Macedonian */
	{"ionawr", 1}, {"chwefror", 2}, {"mawrth", 3}, {"ebrill", 4}, {"mehefin", 6},
	{"gorffennaf", 7}, {"awst", 8}, {"medi", 9}, {"hydref", 10}, {"tachwedd", 11},
	{"rhagfyr", 12}, {"eanáir", 1}, {"feabhra", 2}, {"márta", 3}, {"aibreán", 4},
	{"bealtaine", 5}, {"meitheamh", 6}, {"iúil", 7}, {"lúnasa", 8}, {"meán fómhair", 9},
	{"deireadh fómhair", 10}, {"samhain", 11}, {"nollaig", 12}, {"urtarrilaren", 1},
	{"otsailaren", 2}, {"martxoaren", 3}, {"apirilaren", 4}, {"maiatzaren", 5},
	{"ekainaren", 6}, {"uztailaren", 7}, {"abuztuaren", 8}, {"irailaren", 9},
	{"urriaren", 10}, {"azaroaren", 11}, {"abenduaren", 12}, {"urtarrila", 1},
	{"otsaila", 2}, {"martxoa", 3}, {"apirila", 4}, {"maiatza", 5}, {"ekaina", 6},
	{"uztaila", 7}, {"abuztua", 8}, {"iraila", 9}, {"urria", 10}, {"azaroa", 11},
	{"abendua", 12}, {"yanvar", 1}, {"fevral", 2}, {"aprel", 4}, {"iyun", 6}, {"iyul", 7},
	{"avgust", 8}, {"sentabr", 9}, {"sentyabr", 9}, {"oktabr", 10}, {"oktyabr", 10},
	{"noyabr", 11}, {"dekabr", 12}, {"јануари", 1}, {"февруари", 2}, {"мај", 5},
	{"јуни", 6}, {"јули", 7},
	/* Filipino languages, Indonesian */
	{"pebrero", 2}, {"marso", 3}, {"hunyo", 6}, {"hulyo", 7}, {"setyembre", 9},
	{"oktubre", 10}, {"nobyembre", 11}, {"disyembre", 12}, {"maret", 3}, {"agustus", 8},
	{"desember", 12},
	/* Arabic (Egypt and the Gulf) */
	{"يناير", 1}, {"فبراير", 2}, {"مارس", 3}, {"أبريل", 4}, {"ابريل", 4}, {"مايو", 5},
	{"يونيو", 6}, {"يوليو", 7}, {"أغسطس", 8}, {"اغسطس", 8}, {"سبتمبر", 9}, {"أكتوبر", 10},
	{"اكتوبر", 10}, {"نوفمبر", 11}, {"ديسمبر", 12},
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

int rx_date_ok(int y, int m, int d)
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
		/* Vietnamese: "9 tháng 11 năm 2001" (D, the month's word and its
		 * number, the year's word and the year) */
		j = spaces(s, len, i + k);
		if (j + 8 <= len && !memcmp(s + j, "th\xc3\xa1ng ", 7)) {
			size_t mk = num(s, len, j + 7, 2, &m);
			size_t q = spaces(s, len, j + 7 + mk);
			if (mk && q + 5 <= len && !memcmp(s + q, "n\xc4\x83m ", 5)) {
				size_t yk = num(s, len, q + 5, 4, &y);
				if (yk == 4 && rx_date_ok(y, m, d)) {
					out->y = y;
					out->m = m;
					out->d = d;
					out->end = q + 5 + yk;
					return 1;
				}
			}
			return 0;
		}
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
		if (!rx_date_ok(y, m, d))
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
	if (k != 4 || !rx_date_ok(y, m, d))
		return 0;
	out->y = y;
	out->m = m;
	out->d = d;
	out->end = j + k;
	return 1;
}

/* Dates written year first with words: Korean "1993년 12월 28일", Chinese
 * and Japanese "2005年5月2日", Latvian "2007. gada 16. decembrī",
 * Lithuanian "2010 m. lapkričio 26 d."; y is the year read at i, j after it. */
static int year_first(const char *s, size_t len, size_t j, int y, struct rx_date *out)
{
	int m, d;
	size_t k;
	static const char *const kr[3] = {"\xeb\x85\x84", "\xec\x9b\x94", "\xec\x9d\xbc"};
	static const char *const cjk[3] = {"\xe5\xb9\xb4", "\xe6\x9c\x88", "\xe6\x97\xa5"};
	for (int w = 0; w < 2; w++) {
		const char *const *u = w ? cjk : kr;
		size_t q = j;
		if (q + 3 > len || memcmp(s + q, u[0], 3) != 0)
			continue;
		q = spaces(s, len, q + 3);
		if (!(k = num(s, len, q, 2, &m)) || q + k + 3 > len || memcmp(s + q + k, u[1], 3) != 0)
			return 0;
		q = spaces(s, len, q + k + 3);
		if (!(k = num(s, len, q, 2, &d)) || q + k + 3 > len || memcmp(s + q + k, u[2], 3) != 0)
			return 0;
		if (!rx_date_ok(y, m, d))
			return 0;
		out->y = y, out->m = m, out->d = d, out->end = q + k + 3;
		return 1;
	}
	size_t ml;
	if (j + 8 <= len && memcmp(s + j, ". gada ", 7) == 0) {
		size_t q = j + 7;
		if (!(k = num(s, len, q, 2, &d)) || q + k + 2 > len || s[q + k] != '.')
			return 0;
		q = spaces(s, len, q + k + 1);
		if (!(ml = rx_month_name(s, len, q, &m)) || !rx_date_ok(y, m, d))
			return 0;
		out->y = y, out->m = m, out->d = d, out->end = q + ml;
		return 1;
	}
	/* Hungarian "1973. május 4." */
	if (j + 2 < len && s[j] == '.' && s[j + 1] == ' ' && (ml = rx_month_name(s, len, j + 2, &m))) {
		size_t q = spaces(s, len, j + 2 + ml);
		if (!(k = num(s, len, q, 2, &d)) || !rx_date_ok(y, m, d))
			return 0;
		q += k;
		if (q < len && s[q] == '.')
			q++;
		out->y = y, out->m = m, out->d = d, out->end = q;
		return 1;
	}
	/* Hungarian and Korean in numbers, "2024. 04. 02.", "2003. 5. 5." (a
	 * dot and a space after the year and the month, a dot after the day;
	 * Korean without the zeros, stop 55) */
	if (j + 6 < len && s[j] == '.' && s[j + 1] == ' ' && (k = num(s, len, j + 2, 2, &m)) >= 1 &&
	    j + 2 + k + 3 <= len && s[j + 2 + k] == '.' && s[j + 3 + k] == ' ') {
		size_t q = j + 4 + k, kd = num(s, len, q, 2, &d);
		if (kd >= 1 && q + kd < len && s[q + kd] == '.' && rx_date_ok(y, m, d)) {
			out->y = y, out->m = m, out->d = d, out->end = q + kd + 1;
			return 1;
		}
	}
	/* Basque "2001ko abenduaren 19a" */
	if (j + 3 < len && memcmp(s + j, "ko ", 3) == 0 && (ml = rx_month_name(s, len, j + 3, &m))) {
		size_t q = spaces(s, len, j + 3 + ml);
		if (!(k = num(s, len, q, 2, &d)) || !rx_date_ok(y, m, d))
			return 0;
		q += k;
		if (q + 2 <= len && memcmp(s + q, "an", 2) == 0 && !rx_letter_at(s, len, q + 2))
			q += 2;
		else if (q < len && s[q] == 'a' && !rx_letter_at(s, len, q + 1))
			q++;
		out->y = y, out->m = m, out->d = d, out->end = q;
		return 1;
	}
	/* Uzbek "2008-yil 16-dekabr" */
	if (j + 5 < len && memcmp(s + j, "-yil ", 5) == 0) {
		size_t q = j + 5;
		if (!(k = num(s, len, q, 2, &d)) || q + k + 1 >= len || s[q + k] != '-' ||
		    !(ml = rx_month_name(s, len, q + k + 1, &m)) || !rx_date_ok(y, m, d))
			return 0;
		out->y = y, out->m = m, out->d = d, out->end = q + k + 1 + ml;
		return 1;
	}
	if (j + 4 <= len && memcmp(s + j, " m. ", 4) == 0) {
		size_t q = j + 4;
		if (!(ml = rx_month_name(s, len, q, &m)))
			return 0;
		q = spaces(s, len, q + ml);
		if (!(k = num(s, len, q, 2, &d)) || !rx_date_ok(y, m, d))
			return 0;
		q += k;
		if (q + 3 <= len && memcmp(s + q, " d.", 3) == 0)
			q += 3;
		out->y = y, out->m = m, out->d = d, out->end = q;
		return 1;
	}
	return 0;
}

/* A Japanese era's date, "昭和18年12月5日", "平成元年4月1日" (the era's
 * first year is 元), or a Minguo year's ("民國83年10月22日"): its year
 * counted from the era's start, within the era's years. */
static int era_date(const char *s, size_t len, size_t i, struct rx_date *out)
{
	static const struct {
		const char *name; /* two three-byte characters */
		int first, years;
	} eras[] = {
		{"\xe6\x98\x8e\xe6\xb2\xbb", 1868, 45}, /* 明治 */
		{"\xe5\xa4\xa7\xe6\xad\xa3", 1912, 15}, /* 大正 */
		{"\xe6\x98\xad\xe5\x92\x8c", 1926, 64}, /* 昭和 */
		{"\xe5\xb9\xb3\xe6\x88\x90", 1989, 31}, /* 平成 */
		{"\xe4\xbb\xa4\xe5\x92\x8c", 2019, 81}, /* 令和 */
		/* Taiwan's Minguo years (stop 49: "民國83年10月22日") */
		{"\xe6\xb0\x91\xe5\x9c\x8b", 1912, 150}, /* 民國 */
		{"\xe6\xb0\x91\xe5\x9b\xbd", 1912, 150}, /* 民国 */
	};
	if (i + 6 >= len || (unsigned char)s[i] < 0xE4 || (unsigned char)s[i] > 0xE6)
		return 0;
	for (size_t e = 0; e < sizeof eras / sizeof eras[0]; e++) {
		if (memcmp(s + i, eras[e].name, 6) != 0)
			continue;
		size_t q = spaces(s, len, i + 6), k;
		int n;
		if (q + 3 <= len && memcmp(s + q, "\xe5\x85\x83", 3) == 0) /* 元 */
			n = 1, k = 3;
		else if (!(k = num(s, len, q, eras[e].years > 99 ? 3 : 2, &n)))
			return 0;
		if (n < 1 || n > eras[e].years)
			return 0;
		/* then the month and the day as a year's ("年 M月 D日") */
		return year_first(s, len, q + k, eras[e].first + n - 1, out);
	}
	return 0;
}

int rx_parse_date(const char *s, size_t len, size_t i, struct rx_date *out)
{
	int a, b, c;
	size_t k1, k2, k3, j;
	memset(out, 0, sizeof *out);
	if (i >= len)
		return 0;
	if (!rx_is_digit((unsigned char)s[i]))
		return era_date(s, len, i, out) || named_date(s, len, i, out);
	k1 = num(s, len, i, 8, &a);
	if (k1 == 8) {
		/* yyyymmdd */
		int y = a / 10000, m = a / 100 % 100, d = a % 100;
		if (!rx_date_ok(y, m, d) || y < 1900)
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
	if (k1 == 4 && year_first(s, len, j, a, out))
		return 1;
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
			if ((k3s == 4 || k3s == 2) && rx_date_ok(y, b, a) &&
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
			if ((k3 == 2 || k3 == 4) && rx_date_ok(y, b, a) &&
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
		if (!rx_date_ok(a, b, c))
			return 0;
		out->y = a;
		out->m = b;
		out->d = c;
		/* Hungarian "1956.04.03.": the closing dot is the date's */
		if (sep == '.' && end < len && s[end] == '.' && !(end + 1 < len && rx_is_alnum((unsigned char)s[end + 1])))
			end++;
	} else if (k1 <= 2 && (k3 == 4 || k3 == 2)) {
		int y = k3 == 2 ? year2(c) : c;
		if (rx_date_ok(y, b, a)) { /* d.m.y */
			out->y = y;
			out->m = b;
			out->d = a;
		} else if (rx_date_ok(y, a, b)) { /* m/d/y */
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
