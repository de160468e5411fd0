/* person_fio.c: a Russian (or Ukrainian, Belarusian) name with its
 * patronymic is found whole. The detectors find the given name and the
 * patronymic ("Пётр Михайлович") and miss the surname the gazetteer does
 * not know, before them as papers and tables write it (ФИО: "Айплатов
 * Пётр Михайлович") or after them ("Пётр Михайлович Айплатов"); or they
 * find the patronymic and the surname and miss the given name before them
 * ("Ильемпи Витальевна Кибекова"). The patronymic's ending says which word
 * is which:
 *
 *   -ович -евич -ьич (a son), -овна -евна -ична -івна (a daughter)
 *
 * rx_emit() asks here for every name that starts with a Cyrillic capital,
 * and whether a name follows "im." or "им." (named after). */
#include <string.h>

#include "person_int.h"

/* A Cyrillic capital at s[i] (А-Я, Ё, Є, І, Ї). */
static int cyr_upper(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	return i + 1 < len && u[i] == 0xD0 &&
	       ((u[i + 1] >= 0x90 && u[i + 1] <= 0xAF) || u[i + 1] == 0x81 || u[i + 1] == 0x84 || u[i + 1] == 0x86 ||
		u[i + 1] == 0x87);
}

/* A Cyrillic small letter at s[i]. */
static int cyr_lower(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	return i + 1 < len &&
	       ((u[i] == 0xD0 && u[i + 1] >= 0xB0 && u[i + 1] <= 0xBF) ||
		(u[i] == 0xD1 && ((u[i + 1] >= 0x80 && u[i + 1] <= 0x8F) || u[i + 1] == 0x91 || u[i + 1] == 0x94 ||
				  u[i + 1] == 0x96 || u[i + 1] == 0x97)));
}

/* A capitalised Cyrillic word at s[i] (small letters after its capital,
 * a hyphen between parts): its end, or i. */
static size_t cyr_word(const char *s, size_t len, size_t i)
{
	if (!cyr_upper(s, len, i))
		return i;
	size_t e = i + 2, small = 0;
	while (e < len) {
		if (cyr_lower(s, len, e)) {
			e += 2;
			small++;
		} else if (s[e] == '-' && cyr_upper(s, len, e + 1)) {
			e += 3;
		} else {
			break;
		}
	}
	return small >= 1 && (e == len || !rx_letter_at(s, len, e)) ? e : i;
}

/* The start of the capitalised Cyrillic word that ends at e, or e. */
static size_t cyr_word_before(const char *s, size_t len, size_t e)
{
	size_t b = e;
	while (b >= 2 && (cyr_lower(s, len, b - 2) || cyr_upper(s, len, b - 2) || s[b - 1] == '-')) {
		if (s[b - 1] == '-')
			b--;
		else
			b -= 2;
	}
	return cyr_word(s, len, b) == e && (b == 0 || !rx_letter_before(s, b)) ? b : e;
}

/* Whether s[a, e) ends as a patronymic does. */
static int patronymic(const char *s, size_t a, size_t e)
{
	static const char *const ends[] = {"ович", "евич", "ьич", "овна", "евна", "ична", "івна", NULL};
	for (const char *const *k = ends; *k; k++) {
		size_t n = strlen(*k);
		if (e - a > n + 2 && !memcmp(s + e - n, *k, n))
			return 1;
	}
	return 0;
}

/* Words that stand before a name and are none ("Уважаемый Пётр
 * Михайлович"). */
static int address_word(const char *s, size_t a, size_t e)
{
	static const char *const words[] = {
		"Уважаемый", "Уважаемая", "Уважаемые", "Дорогой", "Дорогая", "Дорогие", "Милый", "Милая",
		"Господин", "Госпожа", "Товарищ", "Гражданин", "Гражданка", "Здравствуйте", "Привет",
		"Спасибо", "Добрый", "Доброе", "Доктор", "Профессор", "Директор", "Шановний", "Шановна",
		"Пане", "Пані", "Коллега", "Коллеги", "Ответственный", "Исполнитель", "Заявитель", NULL};
	for (const char *const *w = words; *w; w++)
		if (strlen(*w) == e - a && !memcmp(s + a, *w, e - a))
			return 1;
	return 0;
}

void pn_fio_bounds(const char *s, size_t len, size_t *pa, size_t *pe)
{
	size_t a = *pa, e = *pe;
	size_t w1 = cyr_word(s, len, a);
	if (w1 == a)
		return;
	/* the words of the name: one or two, each capitalised Cyrillic */
	size_t w2s = w1 + 1, w2 = w1;
	if (w1 < e) {
		if (s[w1] != ' ' || (w2 = cyr_word(s, len, w2s)) != e)
			return;
	}
	size_t b = a >= 2 && s[a - 1] == ' ' ? cyr_word_before(s, len, a - 1) : a;
	int before = b + 1 < a && !patronymic(s, b, a - 1) && !address_word(s, b, a - 1);
	if (w1 == e) {
		/* a patronymic alone after the given name it belongs to is
		 * rare; a patronymic first lacks the given name before it */
		return;
	}
	if (patronymic(s, a, w1) && !patronymic(s, w2s, w2)) {
		/* "Витальевна Кибекова" after "Ильемпи" */
		if (before)
			*pa = b;
		return;
	}
	if (!patronymic(s, w2s, w2) || patronymic(s, a, w1))
		return;
	/* "Пётр Михайлович": the surname before it where a name starts (a
	 * line's or a cell's start, after a colon, a comma, a dash or a small
	 * word), or after it */
	if (before) {
		size_t p = b;
		int start = p == 0 || s[p - 1] == '\n' || s[p - 1] == '\t' ||
			    (p >= 2 && s[p - 1] == ' ' &&
			     (rx_in("|:,;(", s[p - 2]) || (p >= 5 && rx_dash_sep(s, len, p - 5) == 5) ||
			      (p >= 3 && rx_dash_sep(s, len, p - 3) == 3) || (p >= 3 && cyr_lower(s, len, p - 3))));
		if (start) {
			*pa = b;
			return;
		}
	}
	if (e + 1 < len && s[e] == ' ') {
		size_t f = cyr_word(s, len, e + 1);
		if (f > e + 1 && !patronymic(s, e + 1, f) && (f == len || s[f] != '-'))
			*pe = f;
	}
}

int pn_named_after(const char *s, size_t a)
{
	return (a >= 4 && !memcmp(s + a - 4, "im. ", 4) && (a == 4 || !rx_letter_before(s, a - 4))) ||
	       (a >= 6 && !memcmp(s + a - 6, "им. ", 6) && (a == 6 || !rx_letter_before(s, a - 6))) ||
	       (a >= 11 && !memcmp(s + a - 11, "имени ", 11) && (a == 11 || !rx_letter_before(s, a - 11)));
}
