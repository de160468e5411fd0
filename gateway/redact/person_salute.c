/* person_salute.c: a letter's salutation with a title before the name, in
 * any script, the name up to the salutation's comma (stop 66, from the
 * letters of parts 60-65):
 *
 *   Kính gửi anh/chị Thẩm Bằng Tráng,      לכבוד ד"ר מרגלית שטרנברג,
 *   आदरणीय डॉ. दिव्यांशु अग्निहोत्री,             السيد/السيدة عفاف المراغي،
 *   Szanowny Panie Doktorze / Szanowna Pani Doktor Stanisława Nowicka,
 *   Exmo(a). Sr(a). Kadambari Rungta,
 *
 * At a line's start (pn_detect_salutation): a salutation's words, one
 * title or more (a head that is a title itself needs none), then one to
 * four words of a name, and ',', '،', '!' or ':' at the line's end. A name
 * in Latin letters is capitalised and no ordinary word; a head without a
 * title ("Kính gửi Phòng Quản lý,", "לכבוד משרד הפנים,") names an office
 * as often, and is left to the other rules. And a foreign client's name
 * in Latin letters after a salutation of another script
 * (pn_latin_after_salutation, moved here from person_wide_intro.c in
 * stop 66 to read the same table of salutations). */
#include <string.h>

#include "person_int.h"

/* Salutations; `title`: a title itself ("Mr or Mrs"); `latin`: before a
 * foreign client's name in Latin letters too (pn_latin_after_salutation),
 * L_CAPS a salutation in Latin letters, its family name in capitals
 * first. An entry whose head another one's starts (`Exmo(a). Sr(a). `
 * after `Exmo(a). `) is the Latin reader's only. */
enum { L_NONE, L_SCRIPT, L_CAPS };
static const struct {
	const char *w;
	int title, latin;
} heads[] = {
	{"Kính gửi ", 0, 0},	     {"Kính thưa ", 0, 0},	 {"Szanowny ", 0, 0},
	{"Szanowna ", 0, 0},	     {"לכבוד ", 0, 0},		 {"आदरणीय ", 0, 0},
	{"प्रिय ", 0, L_SCRIPT},      {"Exmo(a). ", 0, 0},	 {"Exmo(a). Sr(a). ", 0, L_CAPS},
	{"Exmo. ", 0, 0},	     {"Exmo. Sr. ", 0, L_CAPS}, {"Exma. ", 0, 0},
	{"Exma. Sra. ", 0, L_CAPS},  {"Prezado(a) ", 0, 0},	 {"Prezado ", 0, 0},
	{"Prezada ", 0, 0},	     {"Estimado(a) ", 0, 0},	 {"Estimado ", 0, 0},
	{"Estimada ", 0, 0},	     {"Gentile ", 0, 0},	 {"Egregio ", 0, 0},
	{"Geachte ", 0, 0},	     {"Sehr geehrte ", 0, 0},	 {"Sehr geehrter ", 0, 0},
	{"Dear ", 0, 0},	     {"Уважаемый ", 0, L_SCRIPT}, {"Уважаемая ", 0, L_SCRIPT},
	{"Уважаемый(ая) ", 0, L_SCRIPT}, {"Αξιότιμε ", 0, L_SCRIPT}, {"Αξιότιμη ", 0, L_SCRIPT},
	{"Αξιότιμε/η ", 0, L_SCRIPT}, {"Sayın ", 0, L_CAPS},	 {"عزيزي ", 0, 0},
	{"عزيزتي ", 0, 0},	     {"السيد/السيدة ", 1, L_SCRIPT}, {"السيد ", 1, L_SCRIPT},
	{"السيدة ", 1, L_SCRIPT},    {"الأستاذ/ة ", 1, 0},	 {"الأستاذ ", 1, 0},
	{"الأستاذة ", 1, 0},	     {"الدكتور ", 1, 0},	 {"الدكتورة ", 1, 0},
	{"เรียน ", 0, L_SCRIPT},
};

/* Titles and forms of address between the salutation and the name. */
static const char *const titles[] = {
	"anh/chị", "ông/bà", "anh", "chị", "ông", "bà", "cô", "em", "panie", "pani", "pan", "doktorze", "doktor",
	"profesorze", "profesor", "szanowna", "szanowny", "/", "ד\"ר", "מר", "גב'", "הגב'", "עו\"ד", "פרופ'", "डॉ.",
	"डॉ", "श्री", "श्रीमती", "सुश्री", "sr(a).", "sr.", "sra.", "sr", "sra", "dr(a).", "dr.", "dr", "dra.", "prof.",
	"herr", "frau", "mr", "mrs", "ms", "mr.", "mrs.", "ms.", "mx", "signor", "signora", "sig.", "sig.ra",
	"dott.", "dott.ssa", "heer", "mevrouw", "κύριε", "κυρία", "κ.", "господин", "госпожа", "bay", "bayan",
	"sn.", "الدكتور", "الدكتورة", "السيد", "السيدة", "السيد/السيدة", "الأستاذ/ة", "kollege", "kollegin",
	"collega", "collègue", "colega", NULL,
};
static struct rx_kwset title_kws = RX_KWSET(titles);

/* A role that a title may address instead of a name ("السيد/السيدة مدير
 * المأمورية،": the office's director). */
static const char *const roles[] = {"مدير", "المدير", "رئيس", "مسؤول", "ضابط", "מנהל", "מנהלת", "प्रबंधक",
				    "अधिकारी", "giám", "trưởng", "руководитель", "директор", "διευθυντή", NULL};
static struct rx_kwset role_kws = RX_KWSET(roles);

/* The end of the word at w (up to a space or the line's end). */
static size_t word_end(const char *s, size_t le, size_t w)
{
	while (w < le && s[w] != ' ')
		w++;
	return w;
}

unsigned pn_titled_salutation(struct rx_ctx *c, size_t i)
{
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	size_t len = c->len;
	/* (a cheap look first: the heads' first bytes) */
	if (!rx_in("KSlEPGD", s[i]) && u[i] != 0xD7 && u[i] != 0xE0 && u[i] != 0xD0 && u[i] != 0xCE &&
	    u[i] != 0xD8)
		return 0;
	size_t le = rx_line_end(s, len, i), z = le;
	while (z > i && rx_in(" \r", s[z - 1]))
		z--;
	/* (the line ends with the salutation's mark) */
	size_t mark = 0;
	if (z > i && rx_in(",!:", s[z - 1]))
		mark = z - 1;
	else if (z >= i + 2 && u[z - 2] == 0xD8 && u[z - 1] == 0x8C) /* "،" */
		mark = z - 2;
	if (!mark || z - i > 160)
		return 0;
	for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++) {
		/* (the head's first two bytes before its whole) */
		if (heads[k].w[0] != s[i] || heads[k].w[1] != s[i + 1] || !pn_starts(s, len, i, heads[k].w))
			continue;
		size_t a = i + strlen(heads[k].w), e;
		int t = heads[k].title;
		while (a < mark && (e = word_end(s, mark, a)) > a && pn_kw_word(c, &title_kws, a, e)) {
			t++;
			a = e < mark ? e + 1 : e;
		}
		if (!t || a >= mark)
			return 0;
		if (pn_kw_word(c, &role_kws, a, word_end(s, mark, a)))
			return 0;
		/* one to four words of a name, capitalised in Latin letters */
		size_t w = a, n = 0;
		while (w < mark) {
			e = word_end(s, mark, w);
			for (size_t q = w, l; q < e; q += l) {
				l = rx_is_digit(u[q]) ? 0 : rx_letter_at(s, e, q);
				/* (a hyphen or an apostrophe inside: "Anne-Marie") */
				if (!l && q > w && (s[q] == '-' || s[q] == '\''))
					l = 1;
				if (!l)
					return 0;
			}
			if (u[w] < 0xD7) {
				unsigned cl = rx_name_class(s + w, e - w);
				if (!rx_cap_at(s, e, w) || ((cl & RX_NAME_STOP) && !(cl & (RX_NAME_GIVEN | RX_NAME_SURNAME))))
					return 0;
			}
			if (++n > 4)
				return 0;
			w = e < mark ? e + 1 : e;
		}
		return (unsigned)rx_emit(c, a, mark, REDACT_PERSON);
	}
	return 0;
}

/* A letter's salutation in a script of its own before a name in Latin
 * letters, a foreign client's (a passport's `FAMILY Given` or `Given
 * Family`), up to the salutation's comma or '!' (stop 65):
 *
 *   Уважаемый(ая) Crispim Pestana!        Sayın YUK Hajun,
 *   प्रिय Yefim Bogomolov,                 السيد/السيدة PU Yutong،
 *
 * Called at a line's start (pn_detect_salutation). In Latin letters only
 * after Turkish's and Portuguese's forms and with the family name in
 * capitals first ("Sayın Yetkili Makam," is "Dear Authority"). */
unsigned pn_latin_after_salutation(struct rx_ctx *c, size_t i)
{
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	size_t len = c->len;
	/* (a cheap look first: the salutations' first bytes) */
	if (!(u[i] == 'S' || u[i] == 'E' || u[i] == 0xD0 || u[i] == 0xCE || u[i] == 0xE0 || u[i] == 0xD8))
		return 0;
	for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++) {
		if (heads[k].latin == L_NONE)
			continue;
		size_t n = strlen(heads[k].w);
		if (!pn_starts(s, len, i, heads[k].w))
			continue;
		size_t a = i + n, e = a;
		int words = 0, caps_first = 0;
		while (words < 3 && e < len && rx_is_upper(u[e])) {
			/* (Latin letters only: ASCII, two-byte Latin, Vietnamese's
			 * three-byte ones; not the Arabic comma after them) */
			size_t w = e + 1, lower = 0, k2;
			while (w < len && (k2 = rx_letter_at(s, len, w)) > 0 &&
			       (u[w] < 0x80 || (u[w] >= 0xC3 && u[w] <= 0xCB) ||
				(u[w] == 0xE1 && w + 1 < len && u[w + 1] >= 0xB8 && u[w + 1] <= 0xBB)))
				lower += rx_is_lower(u[w]) || u[w] >= 0x80, w += k2;
			if (words == 0)
				caps_first = lower == 0 && w - e >= 2;
			/* (an ordinary word is no name's: "प्रिय Team Lead,") */
			unsigned cl = rx_name_class(s + e, w - e);
			if ((cl & RX_NAME_STOP) && !(cl & (RX_NAME_GIVEN | RX_NAME_SURNAME)))
				return 0;
			words++;
			e = w;
			if (!(e + 1 < len && s[e] == ' ' && rx_is_upper(u[e + 1])))
				break;
			e++;
		}
		int ends = e < len && (s[e] == ',' || s[e] == '!' || (e + 1 < len && u[e] == 0xD8 && u[e + 1] == 0x8C));
		/* (or the line's end after a salutation of another script) */
		ends |= heads[k].latin != L_CAPS && (e == len || s[e] == '\n' || s[e] == '\r');
		if (words < 2 || !ends || (heads[k].latin == L_CAPS && !caps_first))
			return 0;
		return (unsigned)rx_emit(c, a, e, REDACT_PERSON);
	}
	return 0;
}
