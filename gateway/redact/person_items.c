/* person_items.c: a list's item that opens with a name, in any script,
 * and goes on with the person's birth or age:
 *
 *   - Mertcan Çakıroğlu (Doğum tarihi 24.04.1944): WCHR, ...
 *   - 卞雨萱 (出生日期 1944年4月21日): WCHS, ...
 *   - יוכבד קורקוס, 18 בפברואר 1978: KSML; ...
 *     3. Stetson Gwaltney (child, 12) — Date of birth 03/14/2014
 *
 * At a line's start: a list's marker ("- ", "* ", "• ", "3. ", "3) "),
 * the name (pn_any_name), then a birth word in parentheses, a child's or
 * an infant's age in parentheses, or a comma and a date with its year
 * before the item's colon. Stop 64, from part 63's booking notes. */
#include <string.h>

#include "person_int.h"

/* Birth words of scripts the keyword sets cannot read, and of Latin ones
 * (rx_birth_label reads those too). */
static const char *const born[] = {"生年月日", "出生日期", "出生年月日", "생년월일", "วันเกิด", "जन्म तिथि", "जन्म",
				   "תאריך לידה", "تاريخ الميلاد", "مواليد", "ngày sinh", "doğum tarihi",
				   "дата рождения", "ημερομηνία γέννησης", "date of birth", "dob", "born", NULL};

/* A child's or an infant's word before ", " and an age in parentheses. */
static const char *const young[] = {"child", "infant", "kind", "enfant", "niño", "niña", "bambino", "bambina",
				    "criança", "çocuk", "dziecko", "ребёнок", "ребенок", "παιδί", NULL};

/* The list's marker at p (after up to four spaces): its end, or p. */
static size_t marker_end(const char *s, size_t len, size_t p)
{
	size_t q = p;
	while (q < len && q - p < 4 && s[q] == ' ')
		q++;
	if (q + 2 < len && (s[q] == '-' || s[q] == '*') && s[q + 1] == ' ')
		return q + 2;
	if (q + 4 < len && !memcmp(s + q, "\xe2\x80\xa2 ", 4))
		return q + 4;
	size_t d = q;
	while (d < len && d - q < 2 && rx_is_digit((unsigned char)s[d]))
		d++;
	return d > q && d + 2 < len && (s[d] == '.' || s[d] == ')') && s[d + 1] == ' ' ? d + 2 : p;
}

/* What follows the name at e: a birth word or a young person's age in
 * parentheses, or ", " and a date with a year of four digits before the
 * item's colon. */
static int detail_after(const struct rx_ctx *c, size_t e)
{
	const char *s = c->text;
	size_t len = c->len, le = rx_line_end(s, len, e);
	if (e + 6 >= le)
		return 0;
	/* (or a birth word after an em dash: "  1. Zdzisław — Data urodzenia
	 * 05.08.2009 — PESEL ..."; stop 65) */
	size_t dash = rx_dash_sep(s, le, e) == 5 && (unsigned char)s[e + 3] == 0x94 ? e + 5 : 0;
	if ((s[e] == ' ' && s[e + 1] == '(') || dash) {
		size_t q = dash ? dash : e + 2, d = q;
		while (d < le && d - q < 48 && !rx_is_digit((unsigned char)s[d]) && s[d] != ')')
			d++;
		if (d >= le || d == q || !rx_is_digit((unsigned char)s[d]))
			return 0;
		size_t b = d;
		while (b > q && rx_in(" ,:", s[b - 1]))
			b--;
		if (rx_phrase_in(s, q, b, born) || rx_birth_label(c, q, b))
			return 1;
		if (dash)
			return 0;
		/* ("(child, 12)") */
		if (s[b] != ',')
			return 0;
		for (const char *const *w = young; *w; w++)
			if (strlen(*w) == b - q && rx_fold_eq(s + q, *w, b - q))
				return 1;
		return 0;
	}
	if (s[e] == ',' && s[e + 1] == ' ' && rx_is_digit((unsigned char)s[e + 2])) {
		const char *colon = memchr(s + e, ':', le - e);
		size_t end = colon ? (size_t)(colon - s) : 0;
		if (!end || end - e > 40)
			return 0;
		/* (a year: four digits, 19xx or 20xx, or the Thai era's 24xx, 25xx) */
		for (size_t i = e + 4; i + 4 <= end; i++) /* (a day or a month before the year) */
			if (rx_in("12", s[i]) && rx_in("9054", s[i + 1]) && rx_is_digit((unsigned char)s[i + 2]) &&
			    rx_is_digit((unsigned char)s[i + 3]) && !rx_is_digit((unsigned char)s[i - 1]) &&
			    (i + 4 == end || !rx_is_digit((unsigned char)s[i + 4])))
				return 2;
	}
	return 0;
}

unsigned pn_detect_item_detail(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, p = c->ms + 1;
	/* (a cheap look first: a marker's byte or a space) */
	if (p + 8 >= len || !(rx_in("-* ", s[p]) || rx_is_digit((unsigned char)s[p]) || (unsigned char)s[p] == 0xE2))
		return 0;
	size_t v = marker_end(s, len, p);
	if (v == p)
		return 0;
	/* (and a parenthesis or a comma on the line's first bytes) */
	size_t le = rx_line_end(s, len, v), lim = le < v + 72 ? le : v + 72;
	if (!memchr(s + v, '(', lim - v) && !memchr(s + v, ',', lim - v) && !memmem(s + v, lim - v, "\xe2\x80\x94", 3))
		return 0;
	size_t e = pn_any_name(c, v, le);
	/* (or one given name the gazetteer knows: a dependant listed by it,
	 * "  1. Zdzisław — Data urodzenia ..."; stop 65) */
	if (e == v && (rx_cap_at(s, le, v) || (unsigned char)s[v] >= 0xD7)) {
		size_t w = v, k;
		while (w < le && (k = rx_letter_at(s, le, w)) > 0)
			w += k;
		unsigned cl = w > v ? rx_name_class(s + v, w - v) : RX_NAME_STOP;
		/* (any one word that is no common word, in a caseless script
		 * or capitalised, before the em dash and the birth word:
		 * "  3. Araminta — Date of birth ...", "  2. חנוך — תאריך
		 * לידה ..."; stop 66) */
		int dashed = w + 5 < le && rx_dash_sep(s, le, w) == 5 && (unsigned char)s[w + 3] == 0x94;
		if (!(cl & RX_NAME_STOP) &&
		    ((cl & RX_NAME_GIVEN) || (dashed && !rx_name_stopword(s + v, w - v) && !pn_never_word(c, v, w - v))))
			e = w;
	}
	int how;
	if (e == v || !(how = detail_after(c, e)))
		return 0;
	unsigned k = pn_emit_name(c, v, e);
	/* (the date after the comma, to the item's colon, is the person's
	 * birth: "- Кондрат Голованов, 18 февраля 1977 г.: CHML") */
	if (k && how == 2) {
		size_t d = e + 2, de = (size_t)((const char *)memchr(s + d, ':', le - d) - s);
		while (de > d && s[de - 1] == ' ')
			de--;
		k += (unsigned)rx_emit(c, d, de, REDACT_DOB);
	}
	return k;
}
