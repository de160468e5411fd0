/* dob_world.c: dates of birth after a birth label or under a birth column
 * in languages whose words and month names the date reader does not know,
 * and in digits of other scripts (and a Solar Hijri date's reading):
 *
 *   تاريخ الميلاد: ١٣/٣/١٩٩٨           Arabic-Indic digits
 *   জন্ম তারিখ: ২৩/১১/১৯৭৭              Bengali digits
 *   Ծննդյան ամսաթիվ՝ 14 դեկտեմբերի 1995  a month of any language
 *   Deiziad ganedigezh: 26 a viz Du 1992 (words between day and year)
 *   Doglan senesi: 1-nji iýul 1982       (an ordinal suffix)
 *   | Usuku lokuzalwa | ...              a column named for the birth date
 *
 * Fired at the label's ':' (also '：') or at a cell's
 * delimiter; the label must end with a birth phrase of the list below. The
 * date: day, month and year in digits of one script with '/', '.' or '-'
 * between, either order, or a day, one to three words and a year; the
 * year from 1850 to now, the day and month in range. */
#include <string.h>
#include <time.h>

#include "redact_int.h"

static const char *const birth_phrases[] = {
	"date of birth", "birth date", "dob", "born", "birthday",
	/* Cebuano, Tagalog, Tetum, Tok Pisin, Breton, Turkmen, Shona, Zulu,
	 * Xhosa, Chichewa, Hausa, Yoruba, Igbo, Swahili, Somali, Malagasy,
	 * Luxembourgish, Romansh, Haitian Creole */
	"petsa sa pagkatawo", "petsa ng kapanganakan", "kaarawan", "data moris", "loron moris",
	"de bilong bon", "deiziad ganedigezh", "doglan senesi", "doglan güni", "zuva rekuzvarwa",
	"usuku lokuzalwa", "umhla wokuzalwa", "tsiku lobadwa", "ranar haihuwa", "ọjọ ibi",
	"ojo ibi", "ụbọchị ọmụmụ", "tarehe ya kuzaliwa", "taariikhda dhalashada", "daty nahaterahana",
	"gebuertsdatum", "data da naschientscha", "dat nesans",
	/* Arabic, Kurdish, Persian, Urdu, Pashto, Uyghur */
	"تاريخ الميلاد", "تاريخ ميلاد", "ڕێکەوتی لەدایکبوون", "بەرواری لەدایکبوون", "تاریخ تولد",
	"تاریخ پیدائش", "د زیږیدو نیټه", "تۇغۇلغان ۋاقتى",
	/* Bengali, Hindi, Nepali, Marathi, Gujarati, Punjabi, Kannada, Tamil,
	 * Telugu, Malayalam, Sinhala */
	"জন্ম তারিখ", "জন্মতারিখ", "जन्म तिथि", "जन्म तारीख", "जन्मतारीख", "जन्म मिति", "जन्म दिनांक",
	"જન્મ તારીખ", "ਜਨਮ ਮਿਤੀ", "ಜನ್ಮ ದಿನಾಂಕ", "பிறந்த தேதி", "పుట్టిన తేదీ", "ജനന തീയതി",
	"උපන් දිනය",
	/* Armenian, Georgian, Tajik, Amharic, Tigrinya, Hebrew, Yiddish */
	"ծննդյան ամսաթիվ", "დაბადების თარიღი", "санаи таваллуд", "የትውልድ ቀን",
	"የልደት ቀን", "ዕለት ልደት", "תאריך לידה", "געבוירן",
	/* Bashkir, Low German, Friulian, Latin, Malayalam, Sardinian, Mizo,
	 * Bislama, Walloon, Swiss German, Papiamentu, Kashubian, Esperanto,
	 * Ilocano, Xhosa, Nahuatl */
	"тыуған көнө", "тыуған", "boren", "nassût", "nassude", "nassût/nassude", "natus", "nata",
	"natus/nata", "ജനനം", "nàschidu", "nàschida", "pian ni", "dei blong bon",
	"date di naîssance", "geburi", "fecha di nasementu", "dzéń ùrodzeniô", "naskiĝdato",
	"naiyanak idi", "wazalwa ngomhla", "tlakatilis",
	/* Gaelic, Venda, Samoan, Gilbertese, Asturian, Romani, Punjabi,
	 * Taiwanese, Lao */
	"ceann-là breith", "ceann-latha breith", "ḓuvha ḽa mabebo", "aso fanau", "bongin bungim",
	"fecha de nacencia", "fecha nacencia", "bijandilo", "ਜਨਮ", "生辰", "ວັນເດືອນປີເກີດ",
	"Ḓuvha ḽa mabebo", NULL,
};
static struct rx_kwset birth_kws = RX_KWSET(birth_phrases);

/* A number of 1-4 digits of one script at s[i]: its value, digit count in
 * *nd and end in *e; -1 when none. */
static int gnumber(const char *s, size_t len, size_t i, size_t *nd, size_t *e)
{
	size_t k;
	int sc0 = -1, sc, v = 0, d;
	*nd = 0;
	while (*nd < 5 && (d = rx_decimal_at(s, len, i, &k, &sc)) >= 0 && (sc0 < 0 || sc == sc0)) {
		sc0 = sc;
		v = v * 10 + d;
		i += k;
		(*nd)++;
	}
	*e = i;
	return *nd && *nd <= 4 ? v : -1;
}

/* The current year, read from the clock once a day at most (a relaxed
 * atomic: every thread computes the same value). */
static int this_year(void)
{
	static long cached; /* year * 1000000 + day number */
	time_t t = time(NULL);
	long day = (long)(t / 86400), v = __atomic_load_n(&cached, __ATOMIC_RELAXED);
	if (v && v % 1000000 == day % 1000000)
		return (int)(v / 1000000);
	struct tm tm;
	int y = gmtime_r(&t, &tm) ? tm.tm_year + 1900 : 2026;
	__atomic_store_n(&cached, (long)y * 1000000 + day % 1000000, __ATOMIC_RELAXED);
	return y;
}

/* A letter (not a digit of any script) at s[i]: its byte length or 0. */
static size_t word_letter(const char *s, size_t len, size_t i)
{
	size_t k;
	int sc;
	if (i >= len || rx_is_digit((unsigned char)s[i]) || rx_decimal_at(s, len, i, &k, &sc) >= 0)
		return 0;
	return rx_letter_at(s, len, i);
}

/* A month's name first: one or two words, the day, ',' and the year
 * ("Enero 10, 1975", "Abril 20, 1977"); its end or RX_NONE. */
static size_t month_first(const char *s, size_t len, size_t i, int now)
{
	size_t j = i, n, e;
	for (int w = 0; w < 2; w++) {
		size_t ws = j;
		while (j < len && word_letter(s, len, j))
			j += word_letter(s, len, j);
		if (j == ws || j >= len || s[j] != ' ')
			return RX_NONE;
		j++;
		if (gnumber(s, len, j, &n, &e) >= 0)
			break;
	}
	int d = gnumber(s, len, j, &n, &e);
	if (d < 1 || d > 31 || n > 2 || e + 2 >= len || s[e] != ',' || s[e + 1] != ' ')
		return RX_NONE;
	int y = gnumber(s, len, e + 2, &n, &j);
	if (n != 4 || y < 1850 || y > now || (j < len && rx_is_alnum((unsigned char)s[j])))
		return RX_NONE;
	return j;
}

/* A date of birth at s[i]: its end, or RX_NONE. */
static size_t gdate(const char *s, size_t len, size_t i)
{
	size_t n1, n2, n3, e1, e2, e3;
	int a = gnumber(s, len, i, &n1, &e1), y = 0, m = 0, d = 0, now = this_year();
	if (a < 0)
		return RX_NONE;
	/* numeric: d/m/yyyy, m/d/yyyy, yyyy-mm-dd, d.m.yy */
	if (e1 < len && rx_in("/.-", s[e1])) {
		int b = gnumber(s, len, e1 + 1, &n2, &e2);
		if (b >= 0 && e2 < len && s[e2] == s[e1]) {
			int c = gnumber(s, len, e2 + 1, &n3, &e3);
			if (c < 0 || (e3 < len && rx_is_alnum((unsigned char)s[e3])))
				return RX_NONE;
			if (n1 == 4)
				y = a, m = b, d = c;
			else if (n3 == 4 || n3 == 2)
				y = n3 == 2 ? (c > now % 100 ? 1900 + c : 2000 + c) : c, d = a, m = b;
			else
				return RX_NONE;
			if (m > 12 && d <= 12 && n1 != 4) {
				int t = m;
				m = d, d = t; /* m/d/yyyy */
			}
			return y >= 1850 && y <= now && rx_date_ok(y, m, d) ? e3 : RX_NONE;
		}
	}
	/* a day (with an ordinal's letters: "1-nji", "3rd"), one to three
	 * words, an optional ',', a year */
	if (n1 > 2 || a < 1 || a > 31)
		return RX_NONE;
	size_t j = e1;
	if (j < len && s[j] == '-')
		j++;
	while (j < len && word_letter(s, len, j) && j - e1 < 6)
		j += word_letter(s, len, j);
	if (j < len && s[j] == '.')
		j++;
	int words = 0;
	for (; words < 3 && j + 1 < len && s[j] == ' ' && word_letter(s, len, j + 1); words++) {
		j++;
		while (j < len && (word_letter(s, len, j) || s[j] == '\''))
			j += word_letter(s, len, j) ? word_letter(s, len, j) : 1;
		if (j < len && (s[j] == ',' || s[j] == '.'))
			j++;
	}
	if (!words || j >= len || s[j] != ' ')
		return RX_NONE;
	y = gnumber(s, len, j + 1, &n3, &e3);
	if (n3 != 4 || y < 1850 || y > now || (e3 < len && rx_is_alnum((unsigned char)s[e3])))
		return RX_NONE;
	return e3;
}

size_t dob_world_date(const char *s, size_t len, size_t i)
{
	return gdate(s, len, i);
}

/* At ':' (or '：'): a birth label before it, a date after it. */
unsigned dob_detect_world_label(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, at = c->ms, v = rx_field_value(s, len, at), k;
	int sc;
	if (v == RX_NONE || v >= len || (rx_decimal_at(s, len, v, &k, &sc) < 0 && !word_letter(s, len, v)))
		return 0;
	size_t e = rx_decimal_at(s, len, v, &k, &sc) >= 0 ? gdate(s, len, v) : month_first(s, len, v, this_year());
	if (e == RX_NONE)
		return 0;
	size_t ls = rx_line_start(s, at), le = at;
	while (le > ls && s[le - 1] == ' ')
		le--;
	if (le == ls || !rx_kw_ends(c, &birth_kws, le > ls + 96 ? le - 96 : ls, le))
		return 0;
	return (unsigned)rx_emit(c, v, e, REDACT_DOB);
}

/* At a cell's delimiter: a date under a column named for the birth date
 * ("| ስም | የትውልድ ቀን |", "Usuku lokuzalwa"). */
unsigned dob_detect_world_cell(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, v = c->ms + 1, k;
	int sc;
	if (s[c->ms] == ',' && v < len && s[v] == ' ')
		return 0; /* prose's comma */
	while (v < len && s[v] == ' ')
		v++;
	if (v >= len || rx_decimal_at(s, len, v, &k, &sc) < 0)
		return 0;
	size_t e = gdate(s, len, v), t = e;
	while (t < len && rx_in(" \r", s[t]))
		t++;
	if (e == RX_NONE || (t < len && s[t] != s[c->ms] && s[t] != '\n'))
		return 0;
	char hdr[96];
	if (!rx_column_header(c, v, hdr, sizeof hdr))
		return 0;
	size_t n = strlen(hdr);
	if (rx_kwset_last(&birth_kws, hdr, 0, n) == RX_NONE)
		return 0;
	return (unsigned)rx_emit(c, v, e, REDACT_DOB);
}

/* A travel document's birth date: a passport's machine-readable zone
 * (YYMMDD), a booking's SSR DOCS (DDMMMYY; checksum.c). */
unsigned dob_detect_travel_doc(struct rx_ctx *c)
{
	struct rx_travel_doc m;
	if (!rx_travel_doc_at(c->text, c->len, c->ms, &m))
		return 0;
	return (unsigned)rx_emit(c, m.dob_s, m.dob_e, REDACT_DOB);
}

/* Whether Persian letters (پ چ ژ گ ی ک, which Arabic lacks) are on the
 * line before at. */
int dob_persian_before(const char *s, size_t at)
{
	size_t ls = rx_line_start(s, at);
	for (size_t i = ls; i + 1 < at; i++) {
		unsigned char a = (unsigned char)s[i], b = (unsigned char)s[i + 1];
		if ((a == 0xD9 && (b == 0xBE || b == 0xBF)) || (a == 0xDA && (b == 0x86 || b == 0x98 || b == 0xAF || b == 0xA9)) ||
		    (a == 0xDB && b == 0x8C))
			return 1;
	}
	return 0;
}

/* A Solar Hijri date "yyyy/mm/dd" at i (years 1300-1409, before the
 * common era's 621 more): its end, or RX_NONE. */
size_t dob_solar_hijri(const char *s, size_t len, size_t i)
{
	if (i + 8 > len || s[i] != '1' || (s[i + 1] != '3' && s[i + 1] != '4'))
		return RX_NONE;
	int y = 0, m = 0, d = 0;
	size_t j = i;
	for (; j < i + 4; j++) {
		if (!rx_is_digit((unsigned char)s[j]))
			return RX_NONE;
		y = y * 10 + (s[j] - '0');
	}
	if (y < 1300 || y > 1409 || j >= len || s[j] != '/')
		return RX_NONE;
	size_t a = ++j;
	while (j < len && j - a < 3 && rx_is_digit((unsigned char)s[j]))
		m = m * 10 + (s[j++] - '0');
	if (j == a || j - a > 2 || j >= len || s[j] != '/')
		return RX_NONE;
	a = ++j;
	while (j < len && j - a < 3 && rx_is_digit((unsigned char)s[j]))
		d = d * 10 + (s[j++] - '0');
	if (j == a || j - a > 2 || m < 1 || m > 12 || d < 1 || d > 31 || (j < len && rx_is_alnum((unsigned char)s[j])))
		return RX_NONE;
	return j;
}

/* A national id's word right after the date ("Stijn Postma, 18-07-2010,
 * BSN 123878779"): the date is its holder's birth. */
int rx_dob_id_after(const char *s, size_t len, size_t e)
{
	static const char *const w[] = {"bsn", "pesel", "dni", "nie", "nif", "cpf", "ssn", "steuer-id",
					"personnummer", "amka", "nino", "pps",
					/* (stop 51: Russia's, Kazakhstan's, Romania's,
					 * Bulgaria's, Croatia's, Serbia's, Turkey's,
					 * Indonesia's, India's, Latin America's numbers
					 * and passports; "Аюшеева Баирма, 13 февраля
					 * 1960 г., СНИЛС ...") */
					"снилс", "СНИЛС", "инн", "ИНН", "иин", "ИИН", "паспорт", "cnp", "egn",
					"егн", "ЕГН", "oib", "jmbg", "tckn", "tc kimlik", "nik", "ktp",
					"aadhaar", "curp", "rut", "cédula", "cedula", "passport", "pasaporte",
					"passeport", "reisepass", "paszport", NULL};
	if (e + 5 >= len || s[e] != ',' || s[e + 1] != ' ')
		return 0;
	for (const char *const *x = w; *x; x++) {
		size_t n = strlen(*x);
		if (e + 2 + n < len && rx_fold_eq(s + e + 2, *x, n) && !rx_is_alpha((unsigned char)s[e + 2 + n]))
			return 1;
	}
	return 0;
}

/* A person's line by its role on a form, the person's name after the
 * label and the birth date after the name (stop 52): a beneficiary's, an
 * additional or named driver's, a second person's name ("Name (2):"),
 * with ':' or a table's " | " after the label, then fields without digits
 * (a relation: "Ehepartner/in") and ", " or " (" before the date:
 *
 *   - Bezugsberechtigte Person 1: Hiltrud Obermaier, Ehepartner/in, 08.08.1994, 60 %
 *   | Named driver 1 | Aniket Khurana (14/02/1990), licence ...
 *   Nome (2): Benedita Figueiroa Sequeira, 1 de outubro de 1971 */
int rx_dob_role_line(const char *s, size_t at)
{
	static const char *const roles[] = {
		"beneficiary", "beneficiario", "beneficiário", "bénéficiaire", "bezugsberechtigte person",
		"bezugsberechtigter", "begunstigde", "uposażony", "lehtar", "förmånstagare", "begunstiger",
		"المستفيد", "수익자", "受益人", "受取人", "מוטב", "named driver", "additional driver",
		"weiterer fahrer", "zusatzfahrer", "conductor adicional", "condutor habitual",
		"condutor adicional", "conducteur additionnel", "conducteur secondaire", "secondo conducente",
		"pengemudi", "допущенный водитель", "سائق إضافي", "נהג נוסף", "insured person",
		"versicherte person", "co-insured",
		/* a nursery's child ("Enfant: Bérénice Le Bihannic, 18/02/2016,
		 * CM2 B"; stop 58) */
		"child", "enfant", "kind", "barn", "niño", "niña", "niño/a", "criança", "bambino",
		"bambina", "bambino/a", "dziecko", "ребёнок", "ребенок", "çocuk", "παιδί", "trẻ", "원아",
		"幼儿", "園児", "बच्चा", "ילד/ה", "เด็ก", "الطفل/ة",
		/* an electoral form's attainer ("Other occupant attaining 18:
		 * Name, 11.08.2009") */
		"other occupant attaining", "occupant attaining", "attainer", NULL};
	/* a household's line: its member's relation first ("Household:
	 * child Gerolf (24-09-2012)"; stop 58) */
	static const char *const homes[] = {"household", "household members", "occupants", NULL};
	static const char *const kin[] = {"child ", "son ", "daughter ", "baby ", "partner ", "spouse ", NULL};
	static const char *const names[] = {"name", "nome", "nom", "nombre", "namn", "naam", "navn",
					    "imię i nazwisko", "họ và tên", "성명", "이름", "שם", "الاسم",
					    "имя", "фио", "氏名", "姓名", NULL};
	if (at < 8 || (s[at - 1] != ' ' && s[at - 1] != '('))
		return 0;
	size_t ls = rx_line_start(s, at), p = ls;
	while (p < at && rx_in("-|* ", s[p]))
		p++;
	/* the label: to ':' or " | " within 48 bytes */
	size_t le = p;
	while (le < at && le - p < 48 && s[le] != ':' && !(s[le] == '|' && s[le - 1] == ' '))
		le++;
	if (le >= at || le - p >= 48)
		return 0;
	size_t v = le + 1, lb = le;
	while (lb > p && s[lb - 1] == ' ')
		lb--;
	/* (its number: "Beneficiary 1", "Name (2)") */
	size_t ln = rx_label_unnumbered(s, p, lb);
	int numbered = ln < lb;
	while (ln > p && s[ln - 1] == ' ')
		ln--;
	char f[64];
	if (ln - p >= sizeof f)
		return 0;
	size_t n = rx_fold(s + p, ln - p, f, sizeof f), ok = 0;
	for (const char *const *r = roles; *r && !ok; r++)
		ok = strlen(*r) == n && !memcmp(f, *r, n);
	/* (a name's label counts with its number only: a second person's) */
	for (const char *const *r = names; *r && !ok && numbered && s[lb - 1] == ')'; r++)
		ok = strlen(*r) == n && !memcmp(f, *r, n);
	int home = 0;
	for (const char *const *r = homes; *r && !ok && !home; r++)
		home = strlen(*r) == n && !memcmp(f, *r, n);
	if (!ok && !home)
		return 0;
	/* the value: a capital or a letter of another script first, no digit
	 * before the date */
	while (v < at && s[v] == ' ')
		v++;
	for (const char *const *k = kin; *k && home; k++) {
		size_t kl = strlen(*k);
		if (v + kl < at && !memcmp(s + v, *k, kl)) {
			v += kl;
			home = 0;
		}
	}
	if (home)
		return 0;
	if (v >= at || !(rx_cap_at(s, at, v) || (unsigned char)s[v] >= 0xC3))
		return 0;
	for (size_t i = v; i < at; i++)
		if (rx_is_digit((unsigned char)s[i]) || s[i] == ':' || s[i] == '|')
			return 0;
	return s[at - 1] == '(' ? s[at - 2] == ' ' : s[at - 2] == ',';
}

/* A list's item that names a person and ends with a date ("• Ana Ruiz
 * (Front Office, #170), 04/05/1989" over the staff member's address and
 * emergency contact; stop 53): the item's marker, then a name's words
 * (two with capitals, or one of a script without them) and others without
 * digits outside parentheses (the department, the staff number), ", "
 * and the date ending the line, of someone 14 years old at least (a
 * recent date after an item is an event's). */
int rx_dob_item_end(const char *s, size_t len, size_t at, size_t de, int y)
{
	if (y < 1900 || y > this_year() - 14 || at < 6 || s[at - 1] != ' ' || s[at - 2] != ',' ||
	    !(de == len || s[de] == '\n' || s[de] == '\r'))
		return 0;
	size_t ls = rx_line_start(s, at), p = ls;
	while (p < at && s[p] == ' ')
		p++;
	/* the marker: a bullet, a dash, a star */
	if (p + 2 < at && !memcmp(s + p, "\xe2\x80\xa2 ", 4))
		p += 4;
	else if (p + 1 < at && rx_in("-*", s[p]) && s[p + 1] == ' ')
		p += 2;
	else
		return 0;
	/* a name: two words with capitals, or a script without them */
	if (!(rx_cap_at(s, at, p) || (unsigned char)s[p] >= 0xC3))
		return 0;
	if ((unsigned char)s[p] < 0xE0) {
		size_t w = p;
		while (w < at && s[w] != ' ' && s[w] != ',' && s[w] != '(')
			w++;
		if (w + 1 >= at || s[w] != ' ' || !(rx_cap_at(s, at, w + 1) || (unsigned char)s[w + 1] >= 0xC3))
			return 0;
	}
	int depth = 0, paren = 0;
	for (size_t i = p; i < at - 2; i++) {
		if (s[i] == '(')
			depth++, paren = 1;
		else if (s[i] == ')')
			depth--;
		else if ((rx_is_digit((unsigned char)s[i]) && depth <= 0) || rx_in(":|;\t", s[i]))
			return 0;
	}
	/* the person's words end before the parenthesis ("(Spa, #207)") */
	return depth == 0 && (paren ? s[at - 3] == ')' : 1);
}

/* A row's cell holding the date alone, after a cell holding a person's
 * name, on a row of a person's data without a header naming the column
 * ("M-798655 | Rosilda Sobreira | 27 de novembro de 2005 | Travessa
 * Buriti, 21, ... | sobreira.rosilda@uol.com.br"; stop 54): the name's
 * cell two words with capitals (or a script without them) and no digit,
 * the row holding an e-mail address, the date of someone 14 or older. */
int rx_dob_row_cell(const char *s, size_t len, size_t at, size_t de, int y)
{
	if (y < 1900 || y > this_year() - 14 || at < 8 || s[at - 1] != ' ' || s[at - 2] != '|' ||
	    de + 2 >= len || s[de] != ' ' || s[de + 1] != '|')
		return 0;
	size_t ls = rx_line_start(s, at), le = rx_line_end(s, len, at), p = at - 3, words = 1;
	const char *at_sign = memchr(s + de, '@', le - de);
	if (!at_sign)
		return 0;
	/* the name's cell, back to its '|' */
	while (p > ls && s[p - 1] != '|') {
		if (rx_is_digit((unsigned char)s[p - 1]) || rx_in(":;@\t", s[p - 1]))
			return 0;
		words += s[p - 1] == ' ' && s[p] != ' ';
		p--;
	}
	while (p < at && s[p] == ' ')
		p++;
	if (p >= at - 2 || p == ls || !(rx_cap_at(s, at, p) || (unsigned char)s[p] >= 0xC3))
		return 0;
	if ((unsigned char)s[p] >= 0xE0)
		return 1;
	/* (a Latin name: one of its words a name the gazetteer knows, or
	 * whose first four letters the row's mailbox holds, not a firm's "Acme
	 * Corp") */
	size_t mb = (size_t)(at_sign - s);
	while (mb > de && !rx_in(" |;,\t<", s[mb - 1]))
		mb--;
	for (size_t w = p, q; words >= 2 && w < at - 3; w = q + 1) {
		for (q = w; q < at - 3 && s[q] != ' '; q++)
			;
		if (q > w && (rx_name_class(s + w, q - w) & (RX_NAME_GIVEN | RX_NAME_SURNAME)))
			return 1;
		if (q >= w + 4 && rx_is_alpha((unsigned char)s[w]) && rx_is_alpha((unsigned char)s[w + 1]) &&
		    rx_is_alpha((unsigned char)s[w + 2]) && rx_is_alpha((unsigned char)s[w + 3])) {
			char f4[4] = {rx_lower(s[w]), rx_lower(s[w + 1]), rx_lower(s[w + 2]), rx_lower(s[w + 3])};
			for (size_t k = mb; k + 4 <= (size_t)(at_sign - s); k++)
				if (rx_fold_eq(s + k, f4, 4))
					return 1;
		}
	}
	return 0;
}

size_t rx_line_birth_end(const char *s, size_t len, size_t ls)
{
	size_t le = rx_line_end(s, len, ls);
	while (le > ls && (s[le - 1] == '\r' || s[le - 1] == ' '))
		le--;
	/* (the last ", " within the line's last 40 bytes) */
	for (size_t i = le; i > ls + 2 && le - i < 40; i--) {
		if (s[i - 1] != ' ' || s[i - 2] != ',')
			continue;
		struct rx_date d;
		if (!rx_parse_date(s, le, i, &d) || d.end != le)
			return RX_NONE;
		return d.y >= 1900 && d.y <= this_year() - 14 ? i : RX_NONE;
	}
	return RX_NONE;
}

/* Back from e over one to five words of a name in a form's field, each
 * capitalised or of a script without capitals (pn_script_len), single
 * spaces between them, to the line's start ls at most: the first word's
 * start, the count in *words (stopped at any other word). */
static size_t name_words_before(const char *s, size_t ls, size_t e, size_t *words)
{
	*words = 0;
	while (e > ls && *words < 5) {
		size_t b = e, k;
		while (b > ls && (k = rx_letter_before(s, b)) > 0)
			b -= k;
		if (b == e || !(rx_cap_at(s, e, b) || pn_script_len(s, e, b)))
			break;
		++*words;
		e = b;
		if (e > ls && s[e - 1] == ' ')
			e--;
		else
			break;
	}
	return e;
}

/* A person's name and the date ending its line, after ", " or " · " (stop
 * 62: a recall queue's "0160 7768120 · Gesine Thielscher · 26. Juli 1987",
 * a chat's answer "[08:10] سلوى: سلوى القصبجي, 09/11/1976"): two to five
 * words of a name (name_words_before) opening the line, or after a timed
 * speaker's ": " or a cell's " · "; in Latin letters one of them a name the
 * gazetteer knows and none an ordinary word (not "Northwind Traders,
 * 03/04/2001"); the date of someone 14 or older (a recent one is an
 * event's). */
int rx_dob_name_end(const char *s, size_t len, size_t at, size_t de, int y)
{
	if (y < 1900 || y > this_year() - 14 || at < 8)
		return 0;
	while (de < len && s[de] == ' ')
		de++;
	if (!(de == len || s[de] == '\n' || s[de] == '\r'))
		return 0;
	size_t e = at - 1, ls = rx_line_start(s, at), words;
	if (s[e] != ' ')
		return 0;
	if (s[e - 1] == ',')
		e--;
	else if (e >= ls + 3 && !memcmp(s + e - 3, " \xc2\xb7", 3))
		e -= 3;
	else
		return 0;
	size_t b = name_words_before(s, ls, e, &words);
	if (b < e && s[b] == ' ')
		b++; /* (it stops at the space before the first word) */
	/* (a Han, kana or Hangul name is one word of two letters or more) */
	if (b == e || (words < 2 && !((unsigned char)s[b] >= 0xE3 && e - b >= 6)))
		return 0;
	/* (a chat's speaker, the line opening with its clock; a form's
	 * "Signed: ..., 12/03/1998" dates the signature) */
	if (!(b == ls || (b >= ls + 2 && s[b - 1] == ' ' && s[b - 2] == ':' && (s[ls] == '[' || rx_is_digit((unsigned char)s[ls]))) ||
	      (b >= ls + 4 && !memcmp(s + b - 4, " \xc2\xb7 ", 4))))
		return 0;
	if ((unsigned char)s[b] >= 0xE0 || ((unsigned char)s[b] >= 0xD7 && (unsigned char)s[b] <= 0xDB))
		return 1;
	/* (Cyrillic and Greek names in a row's cell need no gazetteer: "8 977
	 * 530 10 07 · Агния Тучкова · 21 марта 1956 г.") */
	if ((unsigned char)s[b] >= 0xCE && (unsigned char)s[b] <= 0xD3 && b >= ls + 4 &&
	    !memcmp(s + b - 4, " \xc2\xb7 ", 4))
		return 1;
	int known = 0;
	for (size_t w = b, q; w < e; w = q + 1) {
		for (q = w; q < e && s[q] != ' ';)
			q++;
		unsigned cl = rx_name_class(s + w, q - w);
		if (cl & RX_NAME_STOP)
			return 0;
		known |= (cl & (RX_NAME_GIVEN | RX_NAME_SURNAME)) != 0;
	}
	return known;
}

/* A label [ls, le) of an event's or a record's date, not a birth's
 * ("Signed:", "Event:", "Meeting:"), folded words looked for in it. */
static int event_label(const char *s, size_t ls, size_t le)
{
	static const char *const events[] = {"date", "datum", "fecha", "data", "signed", "signature",
					     "approved", "issued", "created", "updated", "modified", "visit",
					     "seen", "review", "complet", "joined", "start", "since", "last",
					     "next", "received", "paid", "meeting", "event", "ceremony",
					     "booking", "appointment", "deadline", "due", "expir", "valid",
					     "member", "hired", "baptis", "married", "wedding", "death", "died",
					     NULL};
	char f[40];
	size_t n = rx_fold(s + ls, le - ls < sizeof f - 1 ? le - ls : sizeof f - 1, f, sizeof f - 1);
	f[n < sizeof f ? n : sizeof f - 1] = '\0';
	for (const char *const *w = events; *w; w++)
		if (strstr(f, *w))
			return 1;
	return 0;
}

/* A person's name in a form's field right before "(": "Co-applicant:
 * Anil Agarwal (15-02-1971), 9754088345", "Kefil: Onur Demir
 * (22.12.1966)": a label opens the line, one to four capitalised words
 * (or words of a script without capitals: "가구: 황목도윤 (2012. 7. 20.)")
 * follow it. Stop 56: the next names of such a list too, after "; ",
 * ", " or " & " and the date before ("Hane: Pervin Sarıgül (28.01.2010);
 * Oğuzhan Çetinkaya (25.06.2021)"). */
int rx_dob_named_field(const char *s, size_t at, int depth)
{
	if (at < 8 || s[at - 1] != '(' || s[at - 2] != ' ' || depth > 8)
		return 0;
	size_t ls = rx_line_start(s, at), words, e = name_words_before(s, ls, at - 2, &words);
	if (words == 0 || words > 4)
		return 0;
	/* the list's item before: "(date); ", "(date), ", "(date) & " */
	if (e >= ls + 4 && s[e] == ' ' && (s[e - 1] == ';' || s[e - 1] == ',') && s[e - 2] == ')') {
		const char *o = memrchr(s + ls, '(', e - 2 - ls);
		return o && rx_dob_named_field(s, (size_t)(o - s) + 1, depth + 1);
	}
	if (e >= ls + 4 && s[e] == ' ' && s[e - 1] == '&' && s[e - 2] == ' ' && s[e - 3] == ')') {
		const char *o = memrchr(s + ls, '(', e - 3 - ls);
		return o && rx_dob_named_field(s, (size_t)(o - s) + 1, depth + 1);
	}
	/* the label: "...:" and spaces before the name, not an event's
	 * ("Event: Jazz Night (12.03.2026)") */
	while (e > ls && s[e - 1] == ' ')
		e--;
	return e > ls && s[e - 1] == ':' && e - ls <= 40 && !event_label(s, ls, e - 1);
}

/* A form's field of a person and their birth date, the date ending the
 * line: "Befriendee: Quách Thị Quyên, 23/04/1939", "Deceased: 拓跋若曦,
 * 1945年5月14日". The label opens the line (not an event's: "Signed:
 * ..., 12/03/1998"); one to four capitalised words or words of a script
 * without capitals, ", ", then the date, sixteen years ago or more. New
 * in stop 56. */
int rx_dob_field_name(const char *s, size_t len, size_t at, size_t de, int y)
{
	if (y > this_year() - 16 || at < 8 || s[at - 1] != ' ' || s[at - 2] != ',')
		return 0;
	if (de < len && s[de] != '\n' && s[de] != '\r')
		return 0;
	size_t ls = rx_line_start(s, at), words, e = name_words_before(s, ls, at - 2, &words);
	if (words == 0 || words > 4)
		return 0;
	while (e > ls && s[e - 1] == ' ')
		e--;
	if (e <= ls + 2 || s[e - 1] != ':' || e - ls > 32)
		return 0;
	if (event_label(s, ls, e - 1))
		return 0;
	/* (the label: words of letters, no digit: "Ref 2: X, 1990" is none) */
	for (size_t i = ls; i < e - 1; i++)
		if (rx_is_digit((unsigned char)s[i]))
			return 0;
	return 1;
}

/* An order of service's or a death notice's life dates on a line of
 * their own, under the name: "July 20, 1960 – 04/24/2026", "(3.2.1941 -
 * 17.5.2026)". The first is the birth date when the second, after a dash,
 * is a death of the last five years and ten years later or more: a
 * period's dates (an exhibition's, a tenancy's) lie within a few years,
 * a long-dead artist's end long ago. */
int rx_dob_lifespan(const char *s, size_t len, size_t at, size_t de, int y)
{
	size_t ls = rx_line_start(s, at), i = de;
	for (size_t k = ls; k < at; k++)
		if (!rx_in(" \t(*", s[k]))
			return 0;
	while (i < len && s[i] == ' ')
		i++;
	if (i < len && s[i] == '-')
		i++;
	else if (i + 3 <= len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
		 ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94))
		i += 3;
	else
		return 0;
	while (i < len && s[i] == ' ')
		i++;
	struct rx_date d;
	int now = this_year();
	if (!rx_parse_date(s, len, i, &d) || d.y > now || d.y < now - 5 || d.y < y + 10)
		return 0;
	i = d.end;
	while (i < len && rx_in(" .)\r", s[i]))
		i++;
	return i == len || s[i] == '\n';
}

/* "12/01/2502": a day, a month and a Buddhist Era year (543 ahead of the
 * common era) apart by '/' or '.': its end, or RX_NONE (moved here from
 * dob.c in stop 62). */
size_t rx_thai_date(const char *s, size_t len, size_t i)
{
	int v[3] = {0, 0, 0};
	size_t n[3] = {0, 0, 0};
	/* (or the month's name, whole or short: "28 พฤศจิกายน 2526", "28 พ.ย.
	 * 2526"; stop 62) */
	static const char *const months[] = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
					     "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
					     "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
					     "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.", NULL};
	size_t d = i;
	while (d < len && d - i < 2 && rx_is_digit((unsigned char)s[d]))
		d++;
	if (d > i && d + 4 < len && s[d] == ' ' && (unsigned char)s[d + 1] == 0xE0 &&
	    ((unsigned char)s[d + 2] == 0xB8 || (unsigned char)s[d + 2] == 0xB9)) {
		for (int m = 0; months[m]; m++) {
			size_t l = strlen(months[m]);
			if (d + 1 + l + 5 > len || memcmp(s + d + 1, months[m], l) || s[d + 1 + l] != ' ')
				continue;
			size_t q = d + 2 + l;
			int y = 0;
			for (size_t k = q; k < q + 4; k++)
				y = rx_is_digit((unsigned char)s[k]) ? y * 10 + (s[k] - '0') : -100000;
			int dd = d - i == 2 ? (s[i] - '0') * 10 + (s[i + 1] - '0') : s[i] - '0';
			if (y < 2400 || (q + 4 < len && rx_is_alnum((unsigned char)s[q + 4])))
				return RX_NONE;
			return y - 543 <= this_year() && rx_date_ok(y - 543, m % 12 + 1, dd) ? q + 4 : RX_NONE;
		}
		return RX_NONE;
	}
	for (int k = 0; k < 3; k++) {
		/* (the year starts with 24 or 25, a Buddhist Era's: most dates
		 * stop here) */
		if (k == 2 && (i + 1 >= len || s[i] != '2' || (s[i + 1] != '4' && s[i + 1] != '5')))
			return RX_NONE;
		while (i < len && rx_is_digit((unsigned char)s[i]) && n[k] < 4) {
			v[k] = v[k] * 10 + (s[i] - '0');
			n[k]++;
			i++;
		}
		if (k < 2) {
			if (i >= len || (s[i] != '/' && s[i] != '.') || n[k] < 1 || n[k] > 2)
				return RX_NONE;
			i++;
		}
	}
	if (n[2] != 4 || (i < len && rx_is_alnum((unsigned char)s[i])))
		return RX_NONE;
	int y = v[2] - 543;
	return y <= this_year() && rx_date_ok(y, v[1], v[0]) ? i : RX_NONE;
}
