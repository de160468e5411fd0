/* dob: dates of birth, by context. A date (any form rx_parse_date reads) is
 * a date of birth when a birth word comes shortly before it on its line or
 * on the line above (a form label), when "geboren"/"born" follows it ("Ich
 * bin am 12. März 1952 geboren"), or when it is a cell of a table column
 * named like a birth date, after the genealogists' "*", or after a name's
 * sex in parentheses ("(F, 12.03.1985)"), or on a GEDCOM birth event's DATE
 * line, or in the birth date field of an HL7 PID segment or an X12 DMG
 * segment. Years 1850 to this year; other dates
 * (meetings, deadlines, invoices) are left alone. */
#include <pthread.h>
#include <string.h>
#include <time.h>

#include "redact_int.h"

static const char *const birth_kw_list[] = {
	"date of birth", "birth date", "birthdate", "dateofbirth", "date_of_birth", "birth_date", "birthday", "born", "born on", "dob",
	"d.o.b", "d.o.b.", "geboren", "geburtsdatum", "geburtstag", "geb.", "geb",
	"date de naissance", "naissance", "né le", "née le", "né(e) le", "fecha de nacimiento",
	"f. de nacimiento", "f. nac", "fecha nac", "nacimiento", "nací el", "naci el", "nacido el",
	"nacida el", "nacido", "nacida", "data di nascita", "nascita", "nato il", "nata il",
	"sono nato", "sono nata", "geboortedatum", "geboren op", "data de nascimento",
	"nascimento", "nasci em", "nascido em", "nascida em", "data nasc", "birth",
	"bday", "дата рождения", "даты рождения", "дату рождения", "датой рождения", "родился",
	"родилась", "nasci a", "nasci no dia", "ميلادك",
	"تاريخ ميلادك",
	"जन्म तिथि", "生年月日", "出生日期",
	"nasc.", "nasc", "nato/a il", "nata/o il", "nato/a", "geb.datum", "geb.-datum",
	"geburtsdat.", "geb.dat.", "fødselsdato", "født", "födelsedatum", "född", "data urodzenia",
	"urodzony", "urodzona", "ur.", "doğum tarihi", "doğum", "f. nacimiento", "fec. nac.",
	"d. nascita", "dt. nascita", "data nascita", "nació el", "nacio el", "b.", "datum narození",
	"narozen", "narozena", "narozen(a)", "narození", "syntynyt", "syntymäaika",
	"nascido/a em", "nascido(a) em", "nascida/o em", "nascido/a", "nascido(a)", "data nașterii",
	"data nasterii", "născut", "născută", "nascut", "nascuta", "szül.", "született",
	"születési dátum", "születési idő", "född den", "født den", "fødselsdag", "født d.",
	"urodzony/a", "urodzona/y", "urodz.", "data ur.", "doğum yeri ve tarihi", "d. tarihi",
	"doğumlu", "syntymäpäivä", "f.", "nar.", "fæðingardagur", "fæðingardag", "fæðingard.",
	"fæddur", "fædd", "fæðingardagsetning", "nascido a", "nascida a", "nasceu a", "nasceu em",
	/* Baltic, Balkan, Greek, Malay, Albanian, Maltese, Korean, Chinese */
	"dzimšanas datums", "dzimšanas dati", "dzimis", "dzimusi", "gimimo data", "gimęs",
	"gimusi", "gimusį(-ią)", "gimusį", "sünniaeg", "sünnikuupäev", "sündinud",
	"datum rođenja", "rođen", "rođena", "rođen/a", "rođen/born", "datum rojstva", "rojen",
	"rojena", "rojen/a", "dátum narodenia", "narodený", "narodená", "datum narození",
	"ημερομηνία γέννησης", "γεννήθηκε", "tarikh lahir", "lahir",
	"datëlindja", "datëlindje", "i/e lindur më", "lindur më", "e lindur", "i lindur",
	"дата на раждане", "роден", "родена", "роден/а на", "роден на", "родена на",
	"imwielda", "imwieled", "data tat-twelid", "생년월일", "出生日期", "出生年月日",
	"nato a", "nata a", "data de naixement", "gebuertsdatum", "туған күні",
	/* Basque, Galician, Welsh, Irish, Faroese, Hungarian, Uzbek, Macedonian,
	 * Ukrainian, Belarusian, Azerbaijani, Vietnamese, Arabic, Persian,
	 * Hebrew, Thai, Swahili, Afrikaans; DICOM's PatientBirthDate tag */
	"jaiotze-data", "jaiotze data", "jaioteguna", "jaiotza", "data de nacemento",
	"nacemento", "dyddiad geni", "dyddiad eich geni", "ganwyd", "dáta breithe",
	"breithe", "rugadh", "føðingardagur", "føðingardato", "føddur", "fødd",
	"születési hely, idő", "születési hely és idő", "születési hely, ideje",
	"születési idő", "tug'ilgan sanasi", "tug‘ilgan sanasi", "tugʻilgan sanasi",
	"tug'ilgan", "туғилган санаси", "датум на раѓање", "роден/а", "дата народження",
	"народився", "народилася", "дата нараджэння", "doğum tarixi", "sinh ngày",
	"ngày sinh", "năm sinh", "تاريخ الميلاد", "تاريخ الولادة", "مواليد", "تاریخ تولد",
	"متولد", "תאריך לידה", "תאריך הלידה", "נולד/ה", "נולדה", "נולד", "วันเกิด", "เกิดวันที่",
	/* a death notice's birth words (stop 61): "γεννημένος/η 12/09/1933",
	 * "יליד 05.06.1956", "المولود في 02/09/1950", "生于1941年7月6日",
	 * "(जन्म 18-02-1959)" */
	"γεννημένος", "γεννημένη", "γεννημένος/η", "γεννημένη/ος", "יליד", "ילידת", "יליד/ת",
	"المولود في", "المولودة في", "生于", "出生于", "जन्म",
	/* (with "and" glued on, stop 60: "ותאריך לידה", "وتاريخ الميلاد") */
	"ותאריך לידה", "ותאריך הלידה", "وتاريخ الميلاد", "وتاريخ الولادة", "وتاريخ ميلاد", "และวันเกิด",
	"tarehe ya kuzaliwa", "gebore", "(0010,0030)", "patientbirthdate",
	/* a call centre's data-protection check, which asks for the birth
	 * date (stop 62: "DPA check: 24.06.1987"; with its colon, as "DPA
	 * check passed on 12/03/2026" is the check's date) */
	"dpa check:",
	/* Low German, Friulian, Sardinian, Latin, Esperanto */
	"boren", "nassût", "nassude", "nassût/nassude", "nassût/nassude ai", "nassût ai",
	"nassude ai", "nàschidu", "nàschida", "nàschidu su", "nàschida su", "natus", "natus/nata",
	"naskiĝis", "naskiĝis la",
	/* Romani, Frisian, Plautdietsch, Gaelic, Luganda, Venda, Gilbertese,
	 * Samoan, Ladin, Sicilian, Silesian, Yucatec Maya, Asturian, Malagasy,
	 * Mongolian, Taiwanese */
	"bijandilo", "berne", "jebuaren", "ceann-là breith", "ceann-latha breith", "eyazaalibwa",
	"eyazaalibwa nga", "ḓuvha ḽa mabebo", "Ḓuvha ḽa mabebo", "bongin bungim", "aso fanau", "nasciù", "nasciù ai",
	"nasciuda", "natu/a lu", "natu lu", "nata lu", "natu", "urodzōny", "urodzōnŏ", "síijen",
	"síijen tu", "fecha nacencia", "fecha de nacencia", "nacencia", "teraka", "teraka tamin'ny",
	"төрсөн", "生辰",
	/* Hindi and Urdu in Latin letters, Filipino languages, Crimean Tatar,
	 * Mari, Chuvash, Piedmontese, Picard, Seychellois and Haitian Creole,
	 * Herero, Minangkabau, Swahili, Zulu, Sotho, Hausa, Yoruba */
	"janm tithi", "janam tithi", "janm", "paidaish", "tarikh paidaish", "tareekh-e-paidaish",
	"natawo", "natawo ako han", "ipinanganak", "kapanganakan", "petsa ng kapanganakan",
	"petsa sa pagkatawo", "doğğan künüm", "doğğan kün", "шочмо кече", "ҫуралнӑ кун",
	"ҫуралнӑ", "nàit", "nàit ël", "né l'", "née l'", "ne le", "nee le", "mbe kwatwa", "lahia",
	"kuzaliwa", "alizaliwa", "nilizaliwa", "usuku lokuzalwa", "ngazalwa",
	"letšatši la matswalo", "matswalo", "ranar haihuwa", "dat nesans", "mwen fèt",
	"ọjọ́ ìbí", "ojo ibi", "出生", "Ҫуралнӑ кун", "вордскемы",
	"hiu amintat tu", "hiu amintat", "syntyny", "γεννηθείς", "γεννηθείσα", "γεννηθείς/-είσα",
	"γεννηθείς/είσα",
	/* stop 49: inflected and other forms (Polish and Ukrainian objects,
	 * Swedish "birthday", Hindi, Hebrew "I was born on", Chinese
	 * "birthday" after "my" or before its colon: "発生日時" holds its
	 * letters) */
	"födelsedag", "daty urodzenia", "datę urodzenia", "dacie urodzenia", "дату народження",
	"дати народження", "जन्मतिथि", "जन्म-तिथि", "נולדתי ב", "נולדה ב", "נולד ב", "的生日", "生日：", "生日:", "出生於",
	"出生于", "sinh ngày",
	/* stop 50: a birth's forms and announcements (Japanese "when born",
	 * Korean "birth date", Greek and Hebrew abbreviations, Ukrainian
	 * "b.", English "arrived on") */
	"生まれたとき", "生まれた日", "出生日", "誕生日", "출생일", "출생일시", "태어난 날",
	"ημ. γέννησης", "ημ/νία γέννησης", "ημερ. γέννησης", "ת. לידה", "ת.לידה", "нар.",
	"народж.", "народилася", "народився", "arrived on", "was born on", "born at",
	/* stop 65: a letter's "born" in Greek and Arabic, a chat's "I was
	 * born" and Hebrew's "born on" before its hyphen ("γεν. 17
	 * Φεβρουαρίου 1988", "المولود بتاريخ ...",
	 * "γεννήθηκα 17/9/1960", "נולד ב-15.10.2010") */
	"γεν.", "γεννήθηκα", "γεννήθηκε", "المولود بتاريخ", "المولودة بتاريخ", "נולד ב-",
	"נולדה ב-", "נולד/ה ב-",
	NULL,
};
static struct rx_kwset birth_kw = RX_KWSET(birth_kw_list);

int rx_birth_label(const struct rx_ctx *c, size_t a, size_t b)
{
	return b > a && rx_kw_ends(c, &birth_kw, a, b);
}

int rx_birth_word_in(const struct rx_ctx *c, size_t a, size_t b)
{
	return b > a && rx_kw_last(c, &birth_kw, a, b, NULL) != RX_NONE;
}
static const char *const after_kw_list[] = {"geboren", "born", "nacido", "nacida", "né", "née",
				       "nato", "nata", "zur welt", "auf die welt", "nasceu",
				       "nació", "nacque", "boren", "natus", "nata", "natus/nata",
				       "nàschidu", "nàschida", "nassût", "nassude", "nassût/nassude",
				       "wazalwa", "naskiĝis", "doğumlu", NULL};
static struct rx_kwset after_kw = RX_KWSET(after_kw_list);
static const char *const event_list[] = {"party", "parties", "celebration", "cake", "dinner",
					 "lunch", "drinks", "bash", "card", "cards", "gift",
					 "present", "picnic", NULL};
static struct rx_kwset event_kws = RX_KWSET(event_list);
static const char *const column_kw[] = {
	"dob", "birth", "geburt", "naissance", "nacimiento", "nascita", "geboorte",
	"nascimento", "born", "narozen", "fødsel", "födelse", "urodzenia", "doğum", "syntymä",
	"fæðing", "dzimšanas", "gimimo", "sünni", "rođenja", "rojstva", "narodenia",
	"γεννησησ", "lahir", "lindj", "раждане", "생년월일", "出生", "jaiotze", "nacemento",
	"geni", "breithe", "føðing", "születési", "tug'ilgan", "раѓање", "sinh", "الميلاد",
	"تولد", "לידה", "เกิด", "рождения", "тыуған", "tlakatilis", "geburi", "pian ni", "naîssance",
	"blong bon", "nasementu", "ùrodzeniô", "naskiĝ", "ജനനം", "生年月日", "誕生日", "nacencia",
	"siga ni sucu", "mabebo", "fanau", "ថ្ងៃខែឆ្នាំកំណើត", "កំណើត", "janm", "paidaish",
	"matswalo", "kapanganakan", "pagkatawo", "уралнӑ", "nàit", "lindur", "kuzaliwa", "pepwa",
	"ордскем", "né(e)", "né le", "née le", "nasc", "fecha_nac", "fec_nac", "f_nac", "dogum",
	"fodd", "syntymaaika", "народження",
	/* (stop 51: the Nordic, Dutch, German and Polish participles as a
	 * column's name, "Barn  Född  Kontakt") */
	"född", "født", "fødd", "syntynyt", "geboren", "urodzony", "urodzona", NULL,
};

/* Birth years run from 1850 to this year (UTC), read once. */
static int this_year = 2026;

/* A Thai letter (U+0E00-0E7F: E0 B8/B9) within the 40 bytes before at. */
static int thai_before(const char *s, size_t at)
{
	size_t from = at > 40 ? at - 40 : 0;
	for (size_t i = from; i + 1 < at; i++)
		if ((unsigned char)s[i] == 0xE0 && ((unsigned char)s[i + 1] == 0xB8 || (unsigned char)s[i + 1] == 0xB9))
			return 1;
	return 0;
}
static pthread_once_t year_once = PTHREAD_ONCE_INIT;

static void year_init(void)
{
	time_t now = time(NULL);
	struct tm tm;
	if (now != (time_t)-1 && gmtime_r(&now, &tm))
		this_year = tm.tm_year + 1900;
}

/* A place of birth before the date on its line, under a label that names
 * both ("LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH" over "PAVIA
 * 24.04.1991"): words of letters only, a scan's '|' before them. */
static int place_before(const char *s, size_t ls, size_t at)
{
	static const char *const place[] = {"place", "luogo", "lieu", "lugar", "ort", "local", "miejsce",
					    "plaats", NULL};
	if (at - ls > 40 || ls == 0 || at < ls + 3 || s[at - 1] != ' ')
		return 0;
	for (size_t i = ls; i < at - 1; i++)
		if (!(rx_is_alpha((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80 || rx_in(" |-'", s[i])))
			return 0;
	size_t pls = rx_line_start(s, ls - 1);
	char lab[96];
	size_t n = rx_fold(s + pls, ls - 1 - pls < sizeof lab - 1 ? ls - 1 - pls : sizeof lab - 1, lab, sizeof lab);
	lab[n < sizeof lab ? n : sizeof lab - 1] = '\0';
	for (const char *const *p = place; *p; p++)
		if (strstr(lab, *p))
			return 1;
	return 0;
}

/* An EU driving licence's field 3, the date (and place) of birth, under
 * fields 1 and 2 ("1. TRELOAR" / "2. MORWENNA" / "3. 02.11.1968 UNITED
 * KINGDOM"). */
static int licence_field3(const char *s, size_t ls, size_t at)
{
	if (at != ls + 3 || memcmp(s + ls, "3. ", 3) != 0 || ls < 8)
		return 0;
	size_t l2 = rx_line_start(s, ls - 1);
	if (memcmp(s + l2, "2. ", 3) != 0 || l2 < 4)
		return 0;
	size_t l1 = rx_line_start(s, l2 - 1);
	return memcmp(s + l1, "1. ", 3) == 0;
}

static int birth_before(const struct rx_ctx *c, size_t at)
{
	const char *s = c->text;
	size_t ls = rx_line_start(s, at);
	size_t from = at > 48 ? at - 48 : 0;
	if (from < ls && licence_field3(s, ls, at))
		return 1;
	if (rx_dob_named_field(s, at, 0))
		return 1;
	if (from < ls) {
		/* a form label alone on the line above ("Date of birth:\n12/03/1985") */
		/* (also after a speaker's label: "AGENT: and your date of
		 * birth" then "CUSTOMER: 23/08/1957"; after the place under a
		 * label of both) */
		if ((at - ls <= 2 || rx_dob_speaker_before(s, ls, at) || place_before(s, ls, at)) && ls > 0) {
			size_t pls = rx_line_start(s, ls - 1), pke;
			/* (the label's words end the line above: a question may
			 * come first, "... Por seguridad, ¿su fecha de
			 * nacimiento?") */
			if (ls - 1 - pls > 64)
				pls = ls - 1 - 64;
			if ((pke = rx_kw_last(c, &birth_kw, pls, ls - 1, NULL)) != RX_NONE) {
				/* (alone: "Ranar haihuwa: ______" has its blank
				 * value, and the next line's date is the form's) */
				while (pke < ls - 1 && rx_in(" :\t\r?", s[pke]))
					pke++;
				if (pke == ls - 1)
					return 1;
				/* (a chat's request: a word or two may end it, "senin
				 * doğum tarihin eksik", "生年月日もお願い") */
				/* (or a preposition of the date wrapped to the next
				 * line: "Eckhard Gräbner, geboren am" / "01.03.1990") */
				if ((at - ls > 2 && ls - 1 - pke <= 24) || (ls - 1 - pke <= 4 && pke > pls)) {
					size_t q = pke;
					while (q < ls - 1 && (rx_is_alpha((unsigned char)s[q]) || (unsigned char)s[q] >= 0x80 ||
							      rx_in(" ?!\r", s[q])))
						q++;
					if (q == ls - 1)
						return 1;
				}
			}
			/* (or a chat's answer, the date opening the message, to
			 * the message above that asks for the birth date among
			 * other things: "Could you confirm your date of birth and
			 * NI number so I can match the record?" / "Davina: 7 June
			 * 1990, and it's ..."; a timed chat's line only, not a
			 * form's "Data złożenia: ..."; stop 65) */
			if (at - ls > 2 && (s[ls] == '[' || rx_is_digit((unsigned char)s[ls])) && rx_dob_speaker_before(s, ls, at) &&
			    ls - 1 - rx_line_start(s, ls - 1) <= 320 &&
			    rx_kw_last(c, &birth_kw, rx_line_start(s, ls - 1), ls - 1, NULL) != RX_NONE)
				return 1;
		}
		from = ls;
	}
	size_t ke = rx_kw_last(c, &birth_kw, from, at, NULL);
	if (ke == RX_NONE)
		return 0;
	/* a birthday's party is an event, not a birth ("Birthday party for
	 * the office on 21 November 2022") */
	uint16_t ev[1];
	if (ke + 4 < at && s[ke] == ' ' && rx_kwset_starts(&event_kws, s, at, ke + 1, ev, 1))
		return 0;
	/* the word labels this date, not one before it: "Geburtsdatum
	 * 20.12.2004   Eintritt 27.11.2021" gives the first date only */
	/* (a note in parentheses may hold digits: "Date of birth (must be
	 * 18+): ...") */
	int paren = 0;
	for (size_t i = ke; i < at; i++) {
		paren += c->text[i] == '(';
		paren -= c->text[i] == ')' && paren > 0;
		if (rx_is_digit((unsigned char)c->text[i]) && !paren)
			return 0;
	}
	return 1;
}

/* A parent's line on a child's form, the parent's name and birth date
 * after a comma to the line's end ("Vater: Jannik Sandmeier, 20.11.1995",
 * "Padre: Unai Canals, 5 de julio de 1995"). */
static int parent_date(const char *s, size_t len, size_t at, size_t end)
{
	static const char *const parents[] = {"vater", "mutter", "padre", "madre", "père", "mère", "pai", "mãe",
					      "ojciec", "matka", "father", "mother", "parent", "parent 1", "parent 2",
					      "genitore", "otec", "отец", "мать", "anne", "baba", "vader", "moeder",
					      "far", "mor", "isä", "äiti", NULL};
	size_t e = end;
	while (e < len && (s[e] == ' ' || s[e] == '\r'))
		e++;
	if ((e < len && s[e] != '\n') || at < 8 || s[at - 1] != ' ' || s[at - 2] != ',')
		return 0;
	size_t ls = rx_line_start(s, at);
	const char *colon = memchr(s + ls, ':', at - ls);
	if (!colon || (size_t)(colon - s) - ls > 12)
		return 0;
	char w[16];
	size_t n = rx_fold(s + ls, (size_t)(colon - s) - ls, w, sizeof w);
	for (const char *const *p = parents; *p; p++)
		if (strlen(*p) == n && !memcmp(w, *p, n))
			return 1;
	return 0;
}

static int born_after(const struct rx_ctx *c, const char *s, size_t len, size_t end)
{
	/* right after the date: Chinese and Japanese "出生", "生まれ"
	 * ("1991年6月26日出生"), Russian "года рождения", "г.р." ("03.08.1977
	 * года рождения", "22 июля 1994 г. года рождения") */
	/* (and a death notice's "（1953年7月10日生）", stop 61) */
	static const char *const glued[] = {"出生", "生まれ", "生）", "生)", "года рождения", "г.р.", "г. р.", "г.р", "рождения", NULL};
	size_t q = end;
	while (q < len && q - end < 2 && s[q] == ' ')
		q++;
	/* (the year's "г." before it: "1994 г. года рождения"; "г. р." is
	 * the whole, "23.07.1935 г. р.)") */
	for (int pass = 0; pass < 2; pass++) {
		for (const char *const *g = glued; *g; g++) {
			size_t n = strlen(*g);
			if (q + n <= len && !memcmp(s + q, *g, n))
				return 1;
		}
		if (pass || !(q + 4 <= len && !memcmp(s + q, "г. ", 4)))
			break;
		q += 4;
	}
	size_t le = rx_line_end(s, len, end);
	size_t to = end + 24 < le ? end + 24 : le;
	return rx_kw_last(c, &after_kw, end, to, NULL) != RX_NONE;
}

static int birth_column(struct rx_ctx *c, size_t at)
{
	char hdr[64];
	if (!rx_column_header(c, at, hdr, sizeof hdr))
		return 0;
	for (const char *const *k = column_kw; *k; k++)
		if (strstr(hdr, *k))
			return 1;
	/* abbreviations as the whole header only (a casting sheet's "Nato/a",
	 * "Nac.", "Ur."; stop 50) */
	static const char *const whole[] = {"nato/a", "nata/o", "nato", "nata", "nac.", "nac", "f. nac.",
					    "ur.", "data ur.", "geb.", "geb", "nar.", "szül.", "doğ.", "né(e)", "née", NULL};
	for (const char *const *k = whole; *k; k++)
		if (!strcmp(hdr, *k))
			return 1;
	return 0;
}

/* GEDCOM: "1 BIRT\n2 PLAC ...\n2 DATE 13 APR 1967": a DATE line whose
 * event (the level-1 line above its level-2 lines) is a birth. */
static int gedcom_birth(const char *s, size_t at)
{
	size_t ls = rx_line_start(s, at);
	if (at - ls != 7 || memcmp(s + ls, "2 DATE ", 7) != 0)
		return 0;
	for (int lines = 0; ls > 0 && lines < 12; lines++) {
		ls = rx_line_start(s, ls - 1);
		if (s[ls] == '1' && s[ls + 1] == ' ')
			return strncmp(s + ls + 2, "BIRT", 4) == 0 &&
			       (s[ls + 6] == '\n' || s[ls + 6] == '\r' || s[ls + 6] == ' ');
		if (s[ls] != '2' || s[ls + 1] != ' ')
			return 0;
	}
	return 0;
}

/* Records whose layout says which field is a birth date: HL7 v2's PID-7
 * ("PID|1||id||SURNAME^GIVEN||19680409|F", the seventh field of a PID
 * segment) and X12's demographic segment ("DMG*D8*19860324"). */
static int record_birth_field(const char *s, size_t at)
{
	if (at >= 7 && memcmp(s + at - 7, "DMG*D8*", 7) == 0)
		return 1;
	/* HL7 CDA's "<birthTime value=\"20040127\"/>"; an XFDF form's field
	 * "<field name=\"DateOfBirth\"><value>1970-02-25</value>" */
	if (at >= 18 && memcmp(s + at - 18, "<birthTime value=\"", 18) == 0)
		return 1;
	if (at >= 30 && memcmp(s + at - 7, "<value>", 7) == 0) {
		size_t q = at - 7;
		if (q >= 2 && s[q - 1] == '>' && s[q - 2] == '"') {
			size_t ks = q - 2;
			while (ks > 0 && q - ks < 40 && s[ks - 1] != '"')
				ks--;
			char k[40];
			size_t n = rx_fold(s + ks, q - 2 - ks, k, sizeof k);
			return ks >= 7 && memcmp(s + ks - 7, " name=\"", 7) == 0 &&
			       (strstr(k, "birth") || strstr(k, "dob") || strstr(k, "geburt") || strstr(k, "naissance")) &&
			       n > 0;
		}
	}
	size_t ls = rx_line_start(s, at);
	if (at - ls < 11 || memcmp(s + ls, "PID|", 4) != 0)
		return 0;
	int bars = 0;
	for (size_t i = ls; i < at; i++)
		bars += s[i] == '|';
	return bars == 7 && s[at - 1] == '|';
}

/* A list's item that opens with a name: a list marker or an item number,
 * two capitalised words or more, then a field separator (", ", " — ",
 * " · ", " | ", ";"); returns where the name ends, or RX_NONE. */
static size_t item_name(const char *s, size_t len, size_t ls, size_t to)
{
	size_t i = ls;
	while (i < to && (rx_is_digit((unsigned char)s[i]) || rx_in(" .#*-|;)", s[i])))
		i++;
	if (i >= to || !rx_cap_at(s, len, i))
		return RX_NONE;
	size_t e = i;
	int words = 0, lower = 0;
	while (e < to && rx_cap_at(s, len, e)) {
		while (e < to && (rx_letter_at(s, len, e) || rx_in("'-.", s[e]))) {
			lower |= rx_is_lower((unsigned char)s[e]) || (unsigned char)s[e] >= 0xC3;
			e += rx_letter_at(s, len, e) ? rx_letter_at(s, len, e) : 1;
		}
		words++;
		if (e + 1 < to && s[e] == ' ' && rx_cap_at(s, len, e + 1))
			e++;
		else
			break;
	}
	/* (a title in capitals is no name: "GALMEE BUNA — ..., 09/02/2019") */
	if (words < 2 || !lower || e >= to)
		return RX_NONE;
	return rx_in(",;|", s[e]) || (s[e] == ' ' && e + 1 < to && !rx_is_alnum((unsigned char)s[e + 1])) ? e
													   : RX_NONE;
}

/* Whether the fields of s[from..to) (between a list item's name and a
 * date) hold no ':' and no digit but in a phone number: a field with a
 * digit has 7-15 digits and only "+ ( ) - ." and spaces besides ("Padma
 * Andotra; 075771 10111; 26-01-1998"; not "Order 12345; 12/03/2015"). */
static int phone_fields_only(const char *s, size_t from, size_t to)
{
	int digits = 0, other = 0;
	for (size_t k = from; k <= to; k++) {
		if (k == to || rx_in(",;|", s[k]) ||
		    (k + 2 < to && (unsigned char)s[k] == 0xE2 && (unsigned char)s[k + 1] == 0x80 &&
		     ((unsigned char)s[k + 2] == 0x94 || (unsigned char)s[k + 2] == 0x93))) {
			if (digits && (other || digits < 7 || digits > 15))
				return 0;
			digits = other = 0;
			continue;
		}
		if (s[k] == ':')
			return 0;
		if (rx_is_digit((unsigned char)s[k]))
			digits++;
		else if (!rx_in(" +()-.", s[k]) && (unsigned char)s[k] < 0x80)
			other = 1;
	}
	return 1;
}

/* "Nsovo Mathebula — tenor horn — 20/12/2011", "Silbi Areng, 05-04-1984":
 * a date in a list whose items open with a name, right after a field
 * separator, when a neighbouring line (two up or down) is an item of the
 * same shape and the year lies seven years back or more (a guest book's
 * "Pimchanok W. — Hamilton Gardens, 04/10/2021" is a visit's date; no
 * digit between the name and the date but a phone number's). */
static int roster_date(const struct rx_ctx *c, size_t at, int year)
{
	const char *s = c->text;
	size_t ls = rx_line_start(s, at), p = at;
	if (year > this_year - 7 || at < ls + 6)
		return 0;
	while (p > ls && s[p - 1] == ' ')
		p--;
	/* the separator right before the date */
	if (!(p > ls && rx_in(",;|", s[p - 1])) &&
	    !(p >= ls + 3 && (unsigned char)s[p - 3] == 0xE2 && (unsigned char)s[p - 2] == 0x80 &&
	      ((unsigned char)s[p - 1] == 0x94 || (unsigned char)s[p - 1] == 0x93)) &&
	    !(p >= ls + 2 && (unsigned char)s[p - 2] == 0xC2 && (unsigned char)s[p - 1] == 0xB7))
		return 0;
	size_t nend = item_name(s, c->len, ls, at);
	if (nend == RX_NONE)
		return 0;
	if (!phone_fields_only(s, nend, p))
		return 0;
	size_t up = ls, down = rx_line_end(s, c->len, at);
	for (int n = 0; n < 2; n++) {
		if (up > 0) {
			up = rx_line_start(s, up - 1);
			if (item_name(s, c->len, up, rx_line_end(s, c->len, up)) != RX_NONE)
				return 1;
		}
		if (down < c->len) {
			size_t ne = rx_line_end(s, c->len, down + 1);
			if (item_name(s, c->len, down + 1, ne) != RX_NONE)
				return 1;
			down = ne;
		}
	}
	return 0;
}

/* The year's word belongs to the date ending at e ("22 юни 1973 г.",
 * "23 јануари 2008 година", Polish "28 marca 1997 r.", Ukrainian "6 серпня
 * 1992 р."): the date's end. */
static size_t year_word(const char *s, size_t len, size_t e)
{
	/* (Russian "г.", Ukrainian "р."; not the "г." of "г. р.", the
	 * year of birth's abbreviation after the date: stop 61) */
	if (e + 3 < len && s[e] == ' ' &&
	    (((unsigned char)s[e + 1] == 0xD0 && (unsigned char)s[e + 2] == 0xB3) ||
	     ((unsigned char)s[e + 1] == 0xD1 && (unsigned char)s[e + 2] == 0x80)) &&
	    s[e + 3] == '.' && !(e + 8 <= len && !memcmp(s + e + 4, " \xd1\x80.", 4)))
		return e + 4;
	if (e + 13 <= len && memcmp(s + e, " година", 13) == 0 && (e + 13 == len || !rx_letter_at(s, len, e + 13)))
		return e + 13;
	if (e + 3 <= len && s[e] == ' ' && s[e + 1] == 'r' && s[e + 2] == '.' &&
	    (e + 3 == len || !rx_letter_at(s, len, e + 3)))
		return e + 3;
	return e;
}

/* An airline's date, "17SEP63": two digits, the month's three capitals, a
 * year of two digits (this century's when not after this year); its year,
 * else 0. */
static int gds_date(const char *s, size_t len, size_t i)
{
	static const char months[] = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";
	if (i + 7 > len || !rx_is_digit((unsigned char)s[i]) || !rx_is_digit((unsigned char)s[i + 1]) ||
	    !rx_is_digit((unsigned char)s[i + 5]) || !rx_is_digit((unsigned char)s[i + 6]) ||
	    (i + 7 < len && rx_is_alnum((unsigned char)s[i + 7])) || (i > 0 && rx_is_alnum((unsigned char)s[i - 1])))
		return 0;
	int m = 0;
	for (int k = 0; k < 12 && !m; k++)
		if (!memcmp(s + i + 2, months + 3 * k, 3))
			m = k + 1;
	int y = (s[i + 5] - '0') * 10 + (s[i + 6] - '0');
	y += y <= this_year % 100 ? 2000 : 1900;
	return m && rx_date_ok(y, m, (s[i] - '0') * 10 + (s[i + 1] - '0')) ? y : 0;
}

/* A date after a person's name on a companion's or an extra driver's line:
 * "(+) PICHLER, SEVERIN – P8171028 – 08.07.1956", "Additional driver:
 * Marnie Holloway, 26/01/1994". */
/* A co-applicant's line of a rental application: "+ Marlowe Winslow
 * (9/20/1988)", a '+', a capitalised name and the date in parentheses. */
static int plus_line(const char *s, size_t at)
{
	size_t ls = rx_line_start(s, at);
	return at >= ls + 8 && s[ls] == '+' && s[ls + 1] == ' ' && rx_is_upper((unsigned char)s[ls + 2]) &&
	       s[at - 1] == '(' && s[at - 2] == ' ' && !memchr(s + ls + 2, '(', at - 1 - ls - 2);
}

static int companion_date(const char *s, size_t at, int year)
{
	static const char *const drivers[] = {"additional driver", "conductor adicional",
					      "secondo conducente", "conducteur additionnel",
					      "zusatzfahrer", "zweiter fahrer", "condutor adicional",
					      "extra bestuurder", "tweede bestuurder", NULL};
	size_t ls = rx_line_start(s, at);
	if (year > this_year - 16 || at < ls + 8)
		return 0;
	if (!memcmp(s + ls, "(+) ", 4))
		return at >= 4 && !memcmp(s + at - 4, "\xe2\x80\x93 ", 4);
	if (plus_line(s, at))
		return 1;
	if (s[at - 1] != ' ' || s[at - 2] != ',')
		return 0;
	for (const char *const *d = drivers; *d; d++) {
		size_t n = strlen(*d);
		if (at > ls + n && rx_fold_eq(s + ls, *d, n))
			return 1;
	}
	return 0;
}

/* A list of birthdays: the date's line is an item ("- Heike (Tante) –
 * 18.12.1991"), and the heading over the list's items names birthdays
 * ("Family birthdays & anniversaries", "Anniversaires de la famille", "Дни
 * рождения родных"). */
static int birthday_list(const char *s, size_t at)
{
	static const char *const w[] = {"birthday", "anniversaires", "geburtstag", "verjaardag",
					"cumpleaños", "compleann", "aniversário", "aniversarios",
					"дни рождения", "день рождения", "urodzin", "födelsedag",
					"fødselsdag", "doğum gün", NULL};
	size_t ls = rx_line_start(s, at);
	if (!rx_in("-*", s[ls]) || s[ls + 1] != ' ')
		return 0;
	size_t p = ls;
	for (int k = 0; k < 40 && p > 0; k++) {
		size_t q = rx_line_start(s, p - 1), qe = p - 1;
		p = q;
		if (qe == q || (qe == q + 1 && s[q] == '\r'))
			continue; /* a blank line between the heading and the list */
		if (rx_in("-*", s[q]) && q + 1 < qe && s[q + 1] == ' ')
			continue;
		char f[96];
		size_t n = rx_fold(s + q, qe - q < 95 ? qe - q : 95, f, sizeof f);
		f[n] = 0;
		for (const char *const *x = w; *x; x++)
			if (strstr(f, *x))
				return 1;
		return 0;
	}
	return 0;
}

static unsigned detect_dob(struct rx_ctx *c)
{
	struct rx_date d;
	const char *s = c->text;
	if (c->ms + 7 <= c->len && rx_is_upper((unsigned char)s[c->ms + 2])) {
		pthread_once(&year_once, year_init);
		if (gds_date(s, c->len, c->ms) && (birth_before(c, c->ms) || birth_column(c, c->ms)))
			return (unsigned)rx_emit(c, c->ms, c->ms + 7, REDACT_DOB);
	}
	/* a cheap look first: a date starts with 1-4 digits and a separator, 8
	 * digits, or a month name */
	if (rx_is_digit((unsigned char)s[c->ms])) {
		size_t k = 0;
		while (c->ms + k < c->len && rx_is_digit((unsigned char)s[c->ms + k]) && k < 9)
			k++;
		if (k != 8 && (k > 4 || c->ms + k >= c->len ||
			       !rx_in("./- \xc2stndrhek\xeb\xe5", s[c->ms + k])))
			return 0;
		if (c->ms > 0 && rx_in(".-/", s[c->ms - 1]))
			return 0;
		/* a Japanese era's year ("昭和18年12月5日") or a Minguo year
		 * ("民國105年4月10日"): the date starts at
		 * the era's name (c->ms moves there: the checks below ask
		 * about the date's start) */
		if (k <= 3 && s[c->ms + k] == '\xe5' && c->ms >= 6 && (unsigned char)s[c->ms - 6] >= 0xE4 &&
		    (unsigned char)s[c->ms - 6] <= 0xE6 && rx_parse_date(s, c->len, c->ms - 6, &d))
			c->ms -= 6;
	} else {
		int m;
		if (!rx_month_name(s, c->len, c->ms, &m))
			return 0;
	}
	pthread_once(&year_once, year_init);
	/* a Thai date's Buddhist year (543 ahead) after a Thai birth label
	 * ("วันเกิด: 12/01/2502"), or under a birth column next to a Thai
	 * name ("W32748,ธีรวัฒน์ จันทร์เพ็ญ,2/6/2533,..."; stop 60) */
	{
		size_t e = rx_thai_date(s, c->len, c->ms);
		int named = e != RX_NONE && s[e - 5] == ' ';
		if (e != RX_NONE && c->ms >= 4 && (named || thai_before(s, c->ms)) &&
		    (birth_before(c, c->ms) || birth_column(c, c->ms) ||
		     rx_dob_name_end(s, c->len, c->ms, e,
				     (s[e - 4] - '0') * 1000 + (s[e - 3] - '0') * 100 + (s[e - 2] - '0') * 10 +
					     (s[e - 1] - '0') - 543)))
			return (unsigned)rx_emit(c, c->ms, e, REDACT_DOB);
	}
	/* a Solar Hijri date after a Persian birth label ("تاریخ تولد:
	 * ۱۳۸۹/۰۲/۲۴", its digits read as ASCII by the repair): the year is
	 * 621 behind */
	{
		size_t e = dob_solar_hijri(s, c->len, c->ms);
		if (e != RX_NONE && dob_persian_before(s, c->ms) && birth_before(c, c->ms))
			return (unsigned)rx_emit(c, c->ms, e, REDACT_DOB);
	}
	if (!rx_parse_date(s, c->len, c->ms, &d) || d.y < 1850 || d.y > this_year) {
		/* a month name of a language the date parser does not know,
		 * after a birth word ("Nassût/nassude ai 14 Avost 1952") */
		/* (a cheap look first: one or two digits, a space, a letter) */
		size_t q = c->ms + 1 + (c->ms + 1 < c->len && rx_is_digit((unsigned char)s[c->ms + 1]));
		/* an identity card's "04 11 1990" (day, month, year apart by
		 * spaces) under its birth label */
		if (q == c->ms + 2 && q + 8 <= c->len && s[q] == ' ' && rx_is_digit((unsigned char)s[q + 1]) &&
		    rx_is_digit((unsigned char)s[q + 2]) && s[q + 3] == ' ' &&
		    (q + 8 == c->len || !rx_is_alnum((unsigned char)s[q + 8]))) {
			int dd = (s[c->ms] - '0') * 10 + (s[c->ms + 1] - '0'), mm = (s[q + 1] - '0') * 10 + (s[q + 2] - '0'), yy = 0;
			for (size_t k = q + 4; k < q + 8; k++)
				yy = rx_is_digit((unsigned char)s[k]) ? yy * 10 + (s[k] - '0') : -100000;
			if (yy >= 1850 && yy <= this_year && rx_date_ok(yy, mm, dd) && birth_before(c, c->ms))
				return (unsigned)rx_emit(c, c->ms, q + 8, REDACT_DOB);
		}
		if (!rx_is_digit((unsigned char)s[c->ms]) || q + 1 >= c->len || s[q] != ' ' ||
		    !rx_letter_at(s, c->len, q + 1))
			return 0;
		size_t e = dob_world_date(s, c->len, c->ms);
		if (e == RX_NONE || !(birth_before(c, c->ms) || born_after(c, s, c->len, e) || plus_line(s, c->ms) ||
				      rx_dob_role_line(s, c->ms) ||
				      parent_date(s, c->len, c->ms, year_word(s, c->len, e)) ||
				      rx_dob_id_after(s, c->len, year_word(s, c->len, e)) ||
				      rx_dob_field_name(s, c->len, c->ms, year_word(s, c->len, e),
							(s[e - 4] - '0') * 1000 + (s[e - 3] - '0') * 100 +
								(s[e - 2] - '0') * 10 + (s[e - 1] - '0')) ||
				      rx_dob_row_cell(s, c->len, c->ms, e,
						      (s[e - 4] - '0') * 1000 + (s[e - 3] - '0') * 100 +
							      (s[e - 2] - '0') * 10 + (s[e - 1] - '0')) ||
				      rx_dob_name_end(s, c->len, c->ms, year_word(s, c->len, e),
						      (s[e - 4] - '0') * 1000 + (s[e - 3] - '0') * 100 +
							      (s[e - 2] - '0') * 10 + (s[e - 1] - '0'))))
			return 0;
		/* (Latin's "die 29 mensis Aprilis anno 1991": the day's word too) */
		size_t st = c->ms >= 4 && memcmp(s + c->ms - 4, "die ", 4) == 0 ? c->ms - 4 : c->ms;
		return (unsigned)rx_emit(c, st, year_word(s, c->len, e), REDACT_DOB);
	}
	/* not the start of a longer token (a version, a timestamp), nor a
	 * chat's clock ("[29.09.26, 14:49] ...") */
	if ((d.end < c->len && (rx_is_alnum((unsigned char)s[d.end]) || s[d.end] == 'T')) ||
	    (c->ms > 0 && s[c->ms - 1] == '[' && d.end < c->len && s[d.end] == ','))
		return 0;
	/* "* 26.12.1940   † 21.11.2025": the genealogists' birth star */
	int star = c->ms >= 2 && s[c->ms - 1] == ' ' && s[c->ms - 2] == '*' &&
		   (c->ms == 2 || s[c->ms - 3] == '\n' || s[c->ms - 3] == ' ' || s[c->ms - 3] == '(');
	/* "Bartłomiej Wróbel (M, 11.11.2004)": a sex and a date after a name */
	star |= c->ms >= 4 && s[c->ms - 1] == ' ' && s[c->ms - 2] == ',' && rx_in("MFWKmfwk", s[c->ms - 3]) &&
		s[c->ms - 4] == '(';
	if (!star && !birth_before(c, c->ms) && !born_after(c, s, c->len, d.end) &&
	    !birth_column(c, c->ms) && !gedcom_birth(s, c->ms) && !record_birth_field(s, c->ms) &&
	    !roster_date(c, c->ms, d.y) && !companion_date(s, c->ms, d.y) &&
	    !rx_dob_id_after(s, c->len, year_word(s, c->len, d.end)) && !rx_dob_role_line(s, c->ms) &&
	    !rx_dob_field_name(s, c->len, c->ms, year_word(s, c->len, d.end), d.y) &&
	    !rx_dob_item_end(s, c->len, c->ms, year_word(s, c->len, d.end), d.y) &&
	    !rx_dob_row_cell(s, c->len, c->ms, year_word(s, c->len, d.end), d.y) &&
	    !rx_dob_lifespan(s, c->len, c->ms, year_word(s, c->len, d.end), d.y) &&
	    !rx_dob_name_end(s, c->len, c->ms, year_word(s, c->len, d.end), d.y) &&
	    !birthday_list(s, c->ms) && !parent_date(s, c->len, c->ms, year_word(s, c->len, d.end)))
		return 0;
	/* (Vietnamese's day word before a date in words: "ngày 9 tháng 11
	 * năm 2001"; a numeric one is the date alone, "ngày 26/11/1988") */
	size_t st = c->ms >= 6 && !memcmp(s + c->ms - 6, "ng\xc3\xa0y ", 6) &&
			    memmem(s + c->ms, d.end - c->ms, "th\xc3\xa1ng", 6)
		    ? c->ms - 6
		    : c->ms;
	return (unsigned)rx_emit(c, st, year_word(s, c->len, d.end), REDACT_DOB);
}

/* Dates that start with a month name ("May 9, 1953") are found at the
 * month word: the same list rx_month_name reads. */
static const char *const month_first[] = {
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
	"jul", "aug", "sep", "sept", "oct", "nov", "dec", "januar", "februar", "märz", "mai",
	"juni", "juli", "oktober", "dezember", "janvier", "février", "mars", "avril", "juin",
	"juillet", "août", "septembre", "octobre", "novembre", "décembre", "enero", "febrero",
	"marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
	"noviembre", "diciembre", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio",
	"settembre", "ottobre", "dicembre", "januari", "februari", "maart", "mei", "augustus",
	"janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro",
	"novembro", "dezembro", "enero", "pebrero", "marso", "abril", "mayo", "hunyo", "hulyo",
	"agosto", "setyembre", "oktubre", "nobyembre", "disyembre", NULL,
};
static struct rx_kwset month_first_kws = RX_KWSET(month_first);

const struct rx_trigger rx_dob_triggers[] = {
	{F_DOB, RX_ON_DIGIT, RXF_DATE, NULL, NULL, detect_dob, "dob_date"},
	{F_DOB, RX_ON_DIGIT, RXF_DIG7, NULL, NULL, rx_gdt_dob, "gdt_dob"},
	{F_DOB, RX_ON_WORD, 0, NULL, &month_first_kws, detect_dob, "dob_month_first"},
	{F_DOB, RX_ON_CHAR, 0, ":\xef", NULL, dob_detect_world_label, "dob_world_label"},
	{F_DOB, RX_ON_CHAR, 0, "|\t,", NULL, dob_detect_world_cell, "dob_world_cell"},
	{F_DOB, RX_ON_WORD, 0, NULL, &rx_travel_doc_kws, dob_detect_travel_doc, "travel_doc_dob"},
	{F_DOB, RX_ON_WORD, 0, NULL, &rx_dob_spoken_kws, dob_detect_spoken, "dob_spoken"},
};
const size_t rx_dob_ntriggers = sizeof rx_dob_triggers / sizeof rx_dob_triggers[0];
