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

/* ---- a chat's message that is a name and its birth date ----------------- */

/* Birth words that may stand between the name and its date in a chat's
 * message, besides `born` above. */
static const char *const born_chat[] = {"sinh ngày", "sinh", "nacido el", "nacida el", "nacido/a el", "né le",
					 "née le", "né(e) le", "nascido/a em", "nascido em", "nascida em", "geb.",
					 "geboren am", "ur.", "род.", "γεν.", "נולד ב-", "נולדה ב-", "נולד/ה ב-",
					 "เกิดวันที่", "เกิด", "出生日期", "出生于", NULL};

/* A letter's subject's labels (folded). */
static const char *const subjects[] = {"subject", "re", "asunto", "assunto", "konu", "v/v", "betreff", "objet",
				       "oggetto", "onderwerp", "тема", "θέμα", "temat", "件名", "主题", "제목",
				       "เรื่อง", "विषय", "الموضوع", "הנדון", NULL};

/* Whether a date starts at the digit d: one rx_parse_date reads, a year
 * before 年 or 년, or a day, a month's word and a year (19xx, 20xx, or
 * the Thai era's 24xx, 25xx) within 32 bytes ("6 พ.ค. 2522", "2 أغسطس
 * 2017"). */
static int dated(const char *s, size_t le, size_t d)
{
	struct rx_date dt;
	if (rx_parse_date(s, le, d, &dt))
		return 1;
	size_t q = d;
	while (q < le && q - d < 5 && rx_is_digit((unsigned char)s[q]))
		q++;
	if (q - d == 4 && (pn_starts(s, le, q, "年") || pn_starts(s, le, q, "년")))
		return 1;
	/* (the Thai era's year in digits: "28/02/2552") */
	if (q - d <= 2 && q + 8 <= le && rx_in("/.-", s[q]) && rx_is_digit((unsigned char)s[q + 1])) {
		size_t m = q + 1;
		while (m < le && m - q < 4 && rx_is_digit((unsigned char)s[m]))
			m++;
		if (m + 5 <= le && s[m] == s[q] && s[m + 1] == '2' && rx_in("45", s[m + 2]) &&
		    rx_is_digit((unsigned char)s[m + 3]) && rx_is_digit((unsigned char)s[m + 4]))
			return 1;
	}
	if (q - d > 2 || q >= le || s[q] != ' ')
		return 0;
	/* (a month's number between may stand: "13 tháng 7 năm 1950") */
	for (size_t i = q + 1; i + 4 <= le && i < q + 32 && s[i] != '\n'; i++) {
		if (!rx_is_digit((unsigned char)s[i]))
			continue;
		if (s[i - 1] == ' ' && rx_in("1225", s[i]) && rx_in("9045", s[i + 1]) &&
		    rx_is_digit((unsigned char)s[i + 2]) && rx_is_digit((unsigned char)s[i + 3]) &&
		    (i + 4 == le || !rx_is_digit((unsigned char)s[i + 4])))
			return 1;
		size_t j = i;
		while (j < le && rx_is_digit((unsigned char)s[j]))
			j++;
		if (j - i > 2 || s[i - 1] != ' ' || j >= le || s[j] != ' ')
			return 0;
		i = j;
	}
	return 0;
}

/* After a name ending at e: a separator (", ", "، ", "，", "、" or a
 * space), a birth word or none, and a date: 2 with the birth word, 1
 * without, 0 when there is no date. */
static int birth_after(const char *s, size_t le, size_t e)
{
	size_t q = e;
	if (q + 2 < le && (s[q] == ',' || (!memcmp(s + q, "\xd8\x8c", 2))))
		q += s[q] == ',' ? 1 : 2;
	else if (q + 3 < le && (!memcmp(s + q, "\xef\xbc\x8c", 3) || !memcmp(s + q, "\xe3\x80\x81", 3)))
		q += 3;
	else if (q + 1 >= le || s[q] != ' ')
		return 0;
	while (q < le && s[q] == ' ')
		q++;
	size_t n = 0;
	if (q < le && !rx_is_digit((unsigned char)s[q])) {
		for (const char *const *w = born; *w && !n; w++)
			if (pn_starts(s, le, q, *w) || (q + strlen(*w) <= le && rx_fold_eq(s + q, *w, strlen(*w))))
				n = strlen(*w);
		for (const char *const *w = born_chat; *w && !n; w++)
			if (pn_starts(s, le, q, *w))
				n = strlen(*w);
		if (!n)
			return 0;
		q += n;
		while (q < le && (s[q] == ' ' || s[q] == ':'))
			q++;
	}
	return q < le && rx_is_digit((unsigned char)s[q]) && dated(s, le, q) ? 1 + (n > 0) : 0;
}

/* The end of a name at v in a script without capitals: two words of one
 * with spaces (Thai, Arabic, Hebrew, Indic), one word of two to four
 * Hangul syllables, a Han name of two to four characters (two words of
 * Japanese's); v when none. */
static size_t chat_name(const struct rx_ctx *c, size_t v, size_t le)
{
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	size_t w = v, k, words = 0;
	int han = u[v] >= 0xE3 && u[v] <= 0xE9, hangul = u[v] >= 0xEA && u[v] <= 0xED;
	if (han) {
		size_t e = pn_uncased_name(s, le, v);
		/* (an honorific is not the name's: "鬼塚様") */
		if (e >= v + 9 && !memcmp(s + e - 3, "様", 3))
			e -= 3;
		return e;
	}
	while (words < (hangul ? 1u : 2u)) {
		size_t ws = w;
		while (w < le && (k = pn_script_len(s, le, w)) > 0)
			w += k;
		if (w == ws)
			return v;
		words++;
		if (words < 2 && !hangul && w + 1 < le && s[w] == ' ')
			w++;
	}
	if (hangul && (w - v < 6 || w - v > 12))
		return v;
	return hangul || words == 2 ? w : v;
}

/* Fired at ':': a chat's message, after a speaker and a clock on its line
 * ("[14:14] شمسة: ", "浩宇 (15:36): "), that opens with a name and goes
 * on with its birth date, the answer to "the child's name and date of
 * birth?" ("جاسم الكتبي، مواليد 25/12/2008، ...", "卞雨桐, 1991-11-28",
 * "ศศิธร เจริญสุข เกิดวันที่ 28/02/2552", "Raelynn Bumgarner, 07/02/1953").
 * Without a birth word before the date, the line above asks for it.
 * "It's", "I'm" or "أنا" before the name is not the name's. Stop 66,
 * from parts 38-65's chats. */
unsigned pn_detect_chat_birth(struct rx_ctx *c)
{
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	size_t len = c->len, p = c->ms, v = p + 2;
	if (v + 8 >= len || s[p + 1] != ' ')
		return 0;
	if (pn_starts(s, len, v, "It's ") || pn_starts(s, len, v, "It’s "))
		v += s[v + 2] == '\'' ? 5 : 7;
	else if (pn_starts(s, len, v, "I'm ") || pn_starts(s, len, v, "أنا "))
		v += s[v] == 'I' ? 4 : 7;
	if (!(rx_cap_at(s, len, v) || u[v] >= 0xD7))
		return 0;
	size_t ls = rx_line_start(s, p);
	if (p - ls > 64 || p < ls + 2)
		return 0;
	int clock = 0;
	for (size_t i = ls + 1; i + 2 < p && !clock; i++)
		clock = s[i] == ':' && rx_is_digit(u[i - 1]) && rx_is_digit(u[i + 1]) && rx_is_digit(u[i + 2]);
	/* (or a letter's subject, its line the person's name, birth date and
	 * id: "Konu: Şükriye Sevindik, doğum tarihi 10.05.1944, ...", "제목:
	 * 하점례 님(생년월일 ...)") */
	int subject = 0;
	if (!clock) {
		char f[24];
		size_t n = p - ls < sizeof f ? rx_fold(s + ls, p - ls, f, sizeof f) : 0;
		for (const char *const *w = subjects; *w && n && !subject; w++)
			subject = strlen(*w) == n && !memcmp(f, *w, n);
		if (!subject)
			return 0;
	}
	/* (a cheap look first: a year's first digit on the line after the
	 * name's start, 1 or 2) */
	size_t le = rx_line_end(s, len, v), e;
	if (!memchr(s + v, '1', le - v) && !memchr(s + v, '2', le - v))
		return 0;
	e = u[v] >= 0xD7 ? chat_name(c, v, le) : pn_unknown_name(c, v);
	int how;
	/* (Korean's honorific and a parenthesis: "하점례 님(생년월일 ...") */
	size_t ae = e + 5 < le && pn_starts(s, le, e, " 님(") ? e + 5 : e;
	if (ae > e && pn_starts(s, le, ae, "생년월일"))
		how = 2;
	else if (e == v || rx_birth_word_in(c, v, e) || !(how = birth_after(s, le, e)))
		return 0;
	if ((rx_cap_at(s, len, v) && !pn_unknown_ok(c, v, e)) || (subject && how != 2))
		return 0;
	/* (a date alone after the name: the line above asks for the birth
	 * date) */
	if (how == 1) {
		size_t pl = ls > 0 ? rx_line_start(s, ls - 1) : ls;
		if (ls == 0 || ls - 1 - pl > 320 || !rx_birth_word_in(c, pl, ls - 1))
			return 0;
		/* (and a Han name's family name is the gazetteer's: "不好意思"
		 * is "sorry") */
		int surname = !(u[v] >= 0xE3 && u[v] <= 0xE9);
		for (size_t n = 3; n <= 9 && v + n < e && !surname; n += 3)
			surname = (rx_name_class(s + v, n) & RX_NAME_SURNAME) != 0;
		if (!surname)
			return 0;
	}
	return pn_emit_name(c, v, e);
}
