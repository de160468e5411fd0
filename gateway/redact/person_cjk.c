/* person_cjk.c: names written in CJK and Hangul, which have no capitals:
 * after a name's label ("氏名：岡本　美咲", "姓名：陳韋廷", "성명: 정승현")
 * with their romanisation or kana reading, a KakaoTalk or WeChat speaker,
 * a name column's cell. */
#include <string.h>

#include "person_int.h"

/* A run of two to six CJK or Hangul syllables at s[i] (three bytes each,
 * not CJK punctuation), then no letter: its end (an honorific after it
 * left out), or i. */
static size_t cjk_name_at(const char *s, size_t len, size_t i)
{
	size_t e = i;
	while (e + 2 < len && e - i < 21) {
		unsigned char u = (unsigned char)s[e];
		/* (CJK punctuation is no letter; the iteration mark 々 is,
		 * "佐々木") */
		if (u < 0xE3 || u > 0xED || (u == 0xE3 && (unsigned char)s[e + 1] == 0x80 && (unsigned char)s[e + 2] != 0x85) ||
		    ((unsigned char)s[e + 1] & 0xC0) != 0x80 || ((unsigned char)s[e + 2] & 0xC0) != 0x80)
			break;
		e += 3;
	}
	/* (an honorific after the name is not the name's: 様, 殿, 先生, 님) */
	size_t h = 0;
	if (e - i >= 9 && (!memcmp(s + e - 3, "様", 3) || !memcmp(s + e - 3, "殿", 3) || !memcmp(s + e - 3, "님", 3)))
		h = 3;
	else if (e - i >= 12 && !memcmp(s + e - 6, "先生", 6))
		h = 6;
	/* (two to six characters: "小林恵理子", "長谷川 ..." run together) */
	if (e - i - h < 6 || e - i - h > 18 || (e < len && rx_letter_at(s, len, e)))
		return i;
	return e - h;
}

/* A KakaoTalk export's line "2024년 6월 26일 오전 11:25, 건우 : ...": the
 * speaker between the clock's ", " and the " : " at `colon`; its start, or
 * RX_NONE. */
static size_t kakao_speaker(const char *s, size_t colon)
{
	const unsigned char *u = (const unsigned char *)s;
	if (colon < 10 || s[colon - 1] != ' ')
		return RX_NONE;
	size_t b = colon - 1, a = b;
	while (a >= 3 && a + 12 >= b && u[a - 3] >= 0xE3 && u[a - 3] <= 0xED && (u[a - 2] & 0xC0) == 0x80 &&
	       !(u[a - 3] == 0xE3 && u[a - 2] == 0x80))
		a -= 3;
	if (b - a < 3 || a < 7 || s[a - 1] != ' ' || s[a - 2] != ',' || !rx_is_digit((unsigned char)s[a - 3]) ||
	    !rx_is_digit((unsigned char)s[a - 4]) || s[a - 5] != ':')
		return RX_NONE;
	return a;
}

/* A name after a chat line's " : " followed by a phone number ("건우 :
 * 탁윤슬 010-9088-5664"): a contact passed on. */
static size_t name_before_number(const char *s, size_t len, size_t v)
{
	size_t e = cjk_name_at(s, len, v), d = 0;
	if (e == v || e + 1 >= len || s[e] != ' ')
		return v;
	for (size_t i = e + 1; i < len && i - e < 20 && (rx_is_digit((unsigned char)s[i]) || rx_in("-+ ", s[i])); i++)
		d += rx_is_digit((unsigned char)s[i]) != 0;
	return d >= 9 ? e : v;
}

/* A WeChat export's speaker line "邵振华 2025-06-15 21:08:13", triggered at
 * the date: the name alone before it on its line. */
unsigned pn_detect_wechat_speaker(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t at = c->ms, len = c->len;
	if (at < 7 || s[at - 1] != ' ' || (unsigned char)s[at - 4] < 0xE3 || at + 19 > len || s[at + 4] != '-' ||
	    s[at + 7] != '-' || s[at + 10] != ' ' || s[at + 13] != ':')
		return 0;
	size_t ls = rx_line_start(s, at);
	if (cjk_name_at(s, len, ls) != at - 1)
		return 0;
	return (unsigned)rx_emit(c, ls, at - 1, REDACT_PERSON);
}

static unsigned kana_name(struct rx_ctx *c, size_t v);
/* A reading's labels (kana_name). */
static const char *const kana_labels[] = {"フリガナ", "ふりがな", "カナ氏名", "氏名カナ", "氏名（カナ）",
					  "セイメイ", NULL};
static struct rx_kwset kana_label_kws = RX_KWSET(kana_labels);

/* Where a field's value ends: the line's end, a tab, two spaces or an
 * ideographic space (the next field of a form's line). */
static int field_end(const char *s, size_t len, size_t e)
{
	/* (or a dash before the next field: "母: 長谷川 紬 – 生年月日 ...") */
	return e == len || rx_in("\r\n\t", s[e]) || (e + 1 < len && s[e] == ' ' && s[e + 1] == ' ') ||
	       (e + 2 < len && !memcmp(s + e, "\xe3\x80\x80", 3)) || rx_dash_sep(s, len, e);
}

/* Kana words from a, spaces or ideographic spaces between them, before
 * lim: where they end; *kana counts their letters. */
static size_t kana_run(const unsigned char *u, size_t len, size_t a, size_t lim, size_t *kana)
{
	size_t r = a;
	*kana = 0;
	while (r + 2 < len && r < lim) {
		if (u[r] == ' ') {
			r++;
		} else if (u[r] == 0xE3 && ((u[r + 1] >= 0x81 && u[r + 1] <= 0x83) || (u[r + 1] == 0x80 && u[r + 2] == 0x80))) {
			*kana += u[r + 1] != 0x80;
			r += 3;
		} else {
			break;
		}
	}
	return r;
}

/* A Japanese form's name after its label and an ideographic space
 * ("世帯主　OUK CHANNARY", "氏名　山田太郎"), in Latin capitals or CJK. */
static unsigned after_ideographic_space(struct rx_ctx *c, size_t at)
{
	static const char *const jp[] = {"世帯主", "氏名", "名前", "姓名", "申請者", "届出人", "通知人", "被通知人",
					 "原告", "被告", "申立人", "相手方", "債権者", "債務者", NULL};
	const char *s = c->text;
	size_t len = c->len, v = at + 3, e;
	int label = 0;
	for (const char *const *l = jp; *l && !label; l++) {
		size_t n = strlen(*l);
		label = at >= n && memcmp(s + at - n, *l, n) == 0;
	}
	/* a settlement's parties with their roles: "甲（加害者）　小野寺 陽菜" */
	if (!label && at >= 12 && !memcmp(s + at - 3, "\xef\xbc\x89", 3)) {
		size_t q = at - 3;
		while (q >= 3 && at - q < 30 && memcmp(s + q - 3, "\xef\xbc\x88", 3))
			q -= 3;
		size_t ls = rx_line_start(s, at);
		label = q >= 6 && q - 6 == ls && (!memcmp(s + ls, "甲", 3) || !memcmp(s + ls, "乙", 3)) &&
			!memcmp(s + q - 3, "\xef\xbc\x88", 3);
	}
	/* a résumé's "氏　　名" (the label spread with ideographic spaces) */
	if (!label && at >= 9 && !memcmp(s + at - 3, "名", 3)) {
		size_t q = at - 3;
		while (q >= 6 && !memcmp(s + q - 3, "\xe3\x80\x80", 3))
			q -= 3;
		label = q < at - 3 && q >= 3 && !memcmp(s + q - 3, "氏", 3);
	}
	/* a reading's label ("ふりがな　こばやし なおき") */
	if (!label && v < len) {
		for (const char *const *l = kana_labels; *l; l++) {
			size_t n = strlen(*l);
			if (at >= n && memcmp(s + at - n, *l, n) == 0)
				return kana_name(c, v);
		}
	}
	if (!label || v >= len)
		return 0;
	while (v + 2 < len && !memcmp(s + v, "\xe3\x80\x80", 3))
		v += 3; /* (more ideographic spaces before the value) */
	if ((e = pn_cjk_name_space(s, len, v)) != v && field_end(s, len, e))
		return (unsigned)rx_emit(c, v, e, REDACT_PERSON);
	if ((e = cjk_name_at(s, len, v)) != v)
		return (unsigned)rx_emit(c, v, e, REDACT_PERSON);
	e = v;
	while (e < len && e - v < 60 && (rx_is_upper((unsigned char)s[e]) || s[e] == ' ' || s[e] == '-'))
		e++;
	while (e > v && s[e - 1] == ' ')
		e--;
	if (e - v < 4 || (e < len && !rx_in("\r\n", s[e]) && (unsigned char)s[e] != 0xE3) || !memchr(s + v, ' ', e - v))
		return 0;
	return (unsigned)rx_emit(c, v, e, REDACT_PERSON);
}

/* Names written in Hangul or CJK, which have no capitals: after a name
 * label ("성명: 정승현", "姓名：陳韋廷", "보호자: 장지훈", "氏名　DANG NGOC
 * TRAM"), a chat export's speaker ("10:23\t김민호\t...", "오전 11:25, 건우
 * : ...") and a contact passed on in a chat ("건우 : 탁윤슬 010-9088-5664").
 * Triggered at ':', the full-width colon's lead byte, an ideographic
 * space's lead byte and a tab. */
/* A CJK name at i, its family and given names perhaps apart (one space or
 * an ideographic space): the end, or i. */
size_t pn_cjk_name_space(const char *s, size_t len, size_t i)
{
	/* the family name: one to four letters (cjk_name_at wants two at
	 * least, and refuses a name that a letter goes on from) */
	size_t f = i, k = 0;
	while (f + 2 < len && f - i < 12 && (((unsigned char)s[f] >= 0xE4 && (unsigned char)s[f] <= 0xED) ||
					     (f > i && !memcmp(s + f, "\xe3\x80\x85", 3))))
		f += 3;
	if (f == i || f - i > 12)
		return cjk_name_at(s, len, i);
	if (f < len && s[f] == ' ')
		k = 1;
	else if (f + 2 < len && (unsigned char)s[f] == 0xE3 && (unsigned char)s[f + 1] == 0x80 &&
		 (unsigned char)s[f + 2] == 0x80)
		k = 3;
	if (!k)
		return cjk_name_at(s, len, i);
	/* then the given name: one to four letters, no letter after them */
	size_t g = f + k;
	/* (in Han, Hangul or katakana: "稲垣 ハル") */
	while (g + 2 < len && g - f - k < 12 && (((unsigned char)s[g] >= 0xE4 && (unsigned char)s[g] <= 0xED) ||
						 (g > f + k && !memcmp(s + g, "\xe3\x80\x85", 3)) ||
						 ((unsigned char)s[g] == 0xE3 && ((unsigned char)s[g + 1] == 0x82 ||
										  (unsigned char)s[g + 1] == 0x83))))
		g += 3;
	if (g == f + k || g - f - k > 12 || (g < len && rx_letter_at(s, len, g)))
		return cjk_name_at(s, len, i);
	return g;
}

/* The column of the cell at `at` is named for a name (氏名, 姓名, 名前,
 * 이름, 성명, Name). */
static int cjk_name_column(struct rx_ctx *c, size_t at)
{
	static const char *const cols[] = {"氏名", "姓名", "名前", "お名前", "이름", "성명", "성함",
					   "name", "full name",
					   /* (a guardian's column, stop 47) */
					   "保護者", "保護者名", "保护人", "家长", "監護人", "보호자",
					   /* (a CRM's export's parts of a name, stop 54) */
					   "first name", "last name", "firstname", "lastname", "given name",
					   "family name", "surname", "first_name", "last_name", "given_name",
					   "family_name", "名", "姓",
					   /* (a roster's and a payout's, stop 55) */
					   "full_name", "fullname", "legal name", "legal_name", "real name",
					   "real_name", "player name", "player", "payee name",
					   /* (a school's MIS export, stop 58) */
					   "legal_surname", "legal_forename", "legal surname", "legal forename",
					   "forename", "preferred_name", "contact_name", "contact name", NULL};
	char hdr[64];
	if (!rx_column_header(c, at, hdr, sizeof hdr))
		return 0;
	for (const char *const *k = cols; *k; k++)
		if (strcmp(hdr, *k) == 0)
			return 1;
	return 0;
}

/* A cell [a, b) of a delimited table under a name's column that holds a
 * CJK name (family and given names, a space between them or not). */
unsigned pn_cjk_cell(struct rx_ctx *c, size_t a, size_t b)
{
	/* (or any column pn_name_column names a person's: a rota's
	 * "visitor", a shipment's "consignee", a donor list's "donor"; stop
	 * 57) */
	const unsigned char *u = (const unsigned char *)c->text;
	if (b == a + 3 && u[a] >= 0xE4 && u[a] <= 0xE9) {
		/* one Han letter: a family name, under a family name's column
		 * ("legal_surname,legal_forename / 濮,诗琪"; stop 58) */
		static const char *const fam[] = {"姓", "surname", "family name", "last name", "lastname",
						  "last_name", "family_name", "legal_surname", "legal surname",
						  NULL};
		char hdr[64];
		if (!rx_column_header(c, a, hdr, sizeof hdr))
			return 0;
		for (const char *const *k = fam; *k; k++)
			if (strcmp(hdr, *k) == 0)
				return (unsigned)rx_emit(c, a, b, REDACT_PERSON);
		return 0;
	}
	if (b <= a || pn_cjk_name_space(c->text, c->len, a) != b || !(cjk_name_column(c, a) || pn_name_column(c, a)))
		return 0;
	return (unsigned)rx_emit(c, a, b, REDACT_PERSON);
}

/* A Japanese name with its reading in kana after it, as forms and rosters
 * write it: "照屋健太（てるや けんた）", fired at '（'. Two to five kanji
 * that nothing of their script precedes, two to twelve kana (spaces
 * between them) before '）': both are the name. */
static unsigned furigana(struct rx_ctx *c, size_t at)
{
	const unsigned char *u = (const unsigned char *)c->text;
	size_t len = c->len, a = at, r = at + 3, kana = 0;
	while (a >= 3 && at - a < 15 && u[a - 3] >= 0xE4 && u[a - 3] <= 0xE9)
		a -= 3;
	if (at - a < 6)
		return 0;
	/* where a list's item, a field or a cell starts (a line's start, "1. ",
	 * "・", "：", ": ", a tab, "| "), not a word in running text
	 * ("漢字（かんじ）") */
	int item = a == 0 || u[a - 1] == '\n' || u[a - 1] == '\t' ||
		   (a >= 2 && u[a - 1] == ' ' && rx_in(".:|)", (char)u[a - 2])) ||
		   (a >= 3 && ((u[a - 3] == 0xE3 && u[a - 2] == 0x83 && u[a - 1] == 0xBB) ||
			       (u[a - 3] == 0xEF && u[a - 2] == 0xBC && u[a - 1] == 0x9A)));
	if (!item)
		return 0;
	r = kana_run(u, len, r, at + 60, &kana);
	if (kana < 2 || kana > 12 || r + 2 >= len || u[r] != 0xEF || u[r + 1] != 0xBC || u[r + 2] != 0x89)
		return 0;
	/* (a sentence goes on after it with a particle: "漢字（かんじ）の読み方";
	 * a label's reading ends at its colon: "個人番号（マイナンバー）：") */
	if (r + 5 < len && ((u[r + 3] == 0xE3 && (u[r + 4] == 0x81 || u[r + 4] == 0x82)) ||
			    (u[r + 3] == 0xEF && u[r + 4] == 0xBC && u[r + 5] == 0x9A)))
		return 0;
	if (r + 3 < len && u[r + 3] == ':')
		return 0;
	/* (a label and its reading's label: "氏名（フリガナ）：") */
	for (const char *const *l = kana_labels; *l; l++)
		if (strlen(*l) == r - at - 3 && !memcmp(c->text + at + 3, *l, r - at - 3))
			return 0;
	return (unsigned)rx_emit(c, a, at, REDACT_PERSON) + (unsigned)rx_emit(c, at + 3, r, REDACT_PERSON);
}

/* "Name: 劉志強 (LAU CHI-KEUNG)": a name's label in Latin letters, a CJK
 * or Hangul name and its romanisation in parentheses, in capitals. */
static unsigned latin_label_cjk(struct rx_ctx *c, size_t colon)
{
	const char *s = c->text;
	size_t len = c->len, v = pn_script_title_end(c->text, c->len, colon + 2), ls = rx_line_start(s, colon);
	size_t from = colon > ls + 40 ? colon - 40 : ls, e = cjk_name_at(s, len, v);
	if (e == v ||
	    !(pn_label_len(c, from, colon, v) || pn_script_label(c, from, colon) ||
	      pn_noted_label(c, ls, colon, v)) ||
	    rx_kw_ends(c, &pn_thing_name_kws, from, colon))
		return 0;
	/* the given name after one space, of two to four characters
	 * ("Borrower: 一ノ瀬 琴音"; stop 54) */
	if (e + 7 <= len && s[e] == ' ') {
		size_t g = cjk_name_at(s, len, e + 1);
		if (g > e + 1 && g - e - 1 <= 12 && !pn_register_word(s, len, e + 1))
			e = g;
	}
	/* (a clinic's, a firm's or a museum's name, its last word too: "From:
	 * 银杏口腔诊所", "Borrower: 옹기 민속박물관"; stop 62) */
	size_t we = e;
	if (we + 1 < len && s[we] == ' ')
		for (we++; we < len && we - e < 32 && (unsigned char)s[we] >= 0x80;)
			we++;
	if (pn_uncased_org(s, v, e) || (we > e + 1 && pn_uncased_org(s, v, we)))
		return 0;
	unsigned k = (unsigned)rx_emit(c, v, e, REDACT_PERSON);
	if (e + 5 < len && s[e] == ' ' && s[e + 1] == '(' && rx_is_upper((unsigned char)s[e + 2])) {
		size_t r = e + 2;
		while (r < len && r - e < 40 && (rx_is_upper((unsigned char)s[r]) || s[r] == ' ' || s[r] == '-'))
			r++;
		if (r < len && s[r] == ')')
			k += (unsigned)rx_emit(c, e + 2, r, REDACT_PERSON);
	}
	return k;
}

/* The name's romanisation in parentheses right after it ("孙雨桐（Sun
 * Yutong）", "陳韋廷 (CHEN WEI-TING)"): Latin letters, spaces and '-'. */
static unsigned romanised_after(struct rx_ctx *c, size_t e)
{
	const char *s = c->text;
	size_t len = c->len, a;
	if (e + 3 < len && !memcmp(s + e, "\xef\xbc\x88", 3))
		a = e + 3;
	else if (e + 2 < len && s[e] == ' ' && s[e + 1] == '(')
		a = e + 2;
	else if (e + 1 < len && s[e] == '(')
		a = e + 1;
	else
		return 0;
	size_t q = a;
	while (q < len && q - a < 40 && (rx_is_alpha((unsigned char)s[q]) || s[q] == ' ' || s[q] == '-'))
		q++;
	if (q - a < 4 || !rx_is_upper((unsigned char)s[a]) || !memchr(s + a, ' ', q - a) ||
	    !(q < len && (s[q] == ')' || (q + 2 < len && !memcmp(s + q, "\xef\xbc\x89", 3)))))
		return 0;
	return (unsigned)rx_emit(c, a, q, REDACT_PERSON);
}

/* A name's reading in kana under its label ("フリガナ：オカモト　ミサキ"):
 * katakana or hiragana words, a space (ASCII or ideographic) between them,
 * to the line's end. */

static unsigned kana_name(struct rx_ctx *c, size_t v)
{
	const unsigned char *u = (const unsigned char *)c->text;
	size_t len = c->len, e = v, kana = 0, end = v;
	while (e + 2 < len && e - v < 60) {
		/* (hiragana and katakana, with the long vowel mark ー: E3 81-83) */
		if (u[e] == 0xE3 && u[e + 1] >= 0x81 && u[e + 1] <= 0x83) {
			kana++;
			e += 3;
			end = e;
		} else if (kana && (u[e] == ' ' || (u[e] == 0xE3 && u[e + 1] == 0x80 && u[e + 2] == 0x80))) {
			e += u[e] == ' ' ? 1 : 3;
		} else {
			break;
		}
	}
	size_t q = end;
	while (q < len && u[q] == ' ')
		q++;
	if (kana < 2 || kana > 20 || !(q == len || rx_in("\r\n\t", c->text[q])))
		return 0;
	return (unsigned)rx_emit(c, v, end, REDACT_PERSON);
}

/* A label with a number or a note between it and its colon ("緊急連絡先①:",
 * "비상연락인 1:", "氏名（フリガナ）："): where its value starts, or
 * RX_NONE. */
static size_t numbered_label(const char *s, size_t len, size_t at, const char *const *labels)
{
	static const char *const more[] = {"緊急連絡先", "緊急連絡先氏名", "紧急联系人", "비상연락인",
					   "비상연락처", "비상 연락처", NULL};
	const unsigned char *u = (const unsigned char *)s;
	size_t v, le = at;
	if (s[at] == ':')
		v = at + 1;
	else if (at + 2 < len && u[at] == 0xEF && u[at + 1] == 0xBC && u[at + 2] == 0x9A)
		v = at + 3;
	else
		return RX_NONE;
	if (le >= 3 && u[le - 3] == 0xE2 && u[le - 2] == 0x91 && u[le - 1] >= 0xA0 && u[le - 1] <= 0xB3) {
		le -= 3; /* ①-⑳ */
	} else if (le >= 2 && rx_is_digit(u[le - 1]) && s[le - 2] == ' ') {
		le -= 2;
	} else if (le >= 5 && s[le - 1] == ')') { /* (...): "수취인(영문):" */
		size_t q = le - 1;
		while (q > 0 && le - q < 20 && s[q - 1] != '(')
			q--;
		if (q == 0 || s[q - 1] != '(')
			return RX_NONE;
		le = q - 1;
	} else if (le >= 6 && !memcmp(s + le - 3, "\xef\xbc\x89", 3)) { /* （...） */
		size_t q = le - 3;
		while (q >= 3 && le - q < 30 && memcmp(s + q - 3, "\xef\xbc\x88", 3))
			q--;
		if (q < 3 || memcmp(s + q - 3, "\xef\xbc\x88", 3))
			return RX_NONE;
		le = q - 3;
	} else {
		return RX_NONE;
	}
	for (int pass = 0; pass < 2; pass++)
		for (const char *const *l = pass ? more : labels; *l; l++) {
			size_t n = strlen(*l);
			if (le >= n && memcmp(s + le - n, *l, n) == 0) {
				while (v < len && s[v] == ' ')
					v++;
				return v;
			}
		}
	return RX_NONE;
}

/* A name's reading in kana in full-width parentheses right after it
 * ("石川 翔太（イシカワ ショウタ）"). */
static unsigned kana_after(struct rx_ctx *c, size_t e)
{
	size_t len = c->len, a = e + 3, kana;
	if (e + 3 >= len || memcmp(c->text + e, "\xef\xbc\x88", 3))
		return 0;
	size_t r = kana_run((const unsigned char *)c->text, len, a, a + 60, &kana);
	if (kana < 2 || kana > 20 || r + 2 >= len || memcmp(c->text + r, "\xef\xbc\x89", 3))
		return 0;
	return (unsigned)rx_emit(c, a, r, REDACT_PERSON);
}

/* The names listed after the first one in a field, a comma between them
 * ("ご宿泊者: 木村奈々, 木村直樹", "투숙객: 조준호, 조수빈"), each filling
 * its item; up to four more. */
static unsigned cjk_listed_after(struct rx_ctx *c, size_t e)
{
	const char *s = c->text;
	size_t len = c->len;
	unsigned k = 0;
	for (int n = 0; n < 4 && e + 3 < len; n++) {
		size_t a;
		if (s[e] == ',' && s[e + 1] == ' ')
			a = e + 2;
		else if (e + 3 <= len && (!memcmp(s + e, "、", 3) || !memcmp(s + e, "，", 3)))
			a = e + 3;
		else
			break;
		size_t x = pn_cjk_name_space(s, len, a);
		if (x == a || !(field_end(s, len, x) || (x + 1 < len && s[x] == ',') ||
				(x + 3 <= len && (!memcmp(s + x, "、", 3) || !memcmp(s + x, "，", 3)))))
			break;
		k += (unsigned)rx_emit(c, a, x, REDACT_PERSON);
		e = x;
	}
	return k;
}

/* A family or given name's own short label filling the line's start
 * ("姓: 蒋", "名: 雨萱", "氏: 宮部", "성: 권"): the value, one to four
 * letters filling its field, is the name. */
static unsigned short_label_value(struct rx_ctx *c, size_t at)
{
	static const char *const w[] = {"姓", "名", "氏", "성", "名字", "이름", NULL};
	const char *s = c->text;
	size_t len = c->len, ls, v;
	/* (a cheap look first: a CJK or Hangul letter before the colon) */
	if (at < 3 || (unsigned char)s[at - 3] < 0xE3 || (unsigned char)s[at - 3] > 0xED)
		return 0;
	ls = rx_line_start(s, at);
	if (s[at] == ':')
		v = at + 1;
	else if (at + 2 < len && !memcmp(s + at, "：", 3))
		v = at + 3;
	else
		return 0;
	size_t k = ls;
	while (k < at && s[k] == ' ')
		k++;
	int ok = 0;
	for (const char *const *q = w; *q && !ok; q++) {
		size_t n = strlen(*q);
		/* (at the line's start, or after a field and two spaces: "姓:
		 * 猪狩   名: 陽翔") */
		ok = n <= at - k && !memcmp(s + at - n, *q, n) &&
		     (at - n == k || (at - n >= k + 2 && s[at - n - 1] == ' ' && s[at - n - 2] == ' '));
	}
	if (!ok)
		return 0;
	while (v < len && s[v] == ' ')
		v++;
	size_t e = v;
	while (e + 2 < len && e - v < 12 && (unsigned char)s[e] >= 0xE4 && (unsigned char)s[e] <= 0xED &&
	       ((unsigned char)s[e + 1] & 0xC0) == 0x80)
		e += 3;
	return e > v && field_end(s, len, e) ? (unsigned)rx_emit(c, v, e, REDACT_PERSON) : 0;
}

/* A family name, a space and a given name with a doctor's or a teacher's
 * title glued on after it, then the field's end or a comma ("栗栖 登美子医師",
 * "樋渡 佳乃子先生,"): the name's end, or v. */
static size_t cjk_titled_end(const char *s, size_t len, size_t v)
{
	static const char *const titles[] = {"医師", "先生", "医生", "教授", "主任", NULL};
	const unsigned char *u = (const unsigned char *)s;
	size_t f = v;
	while (f + 3 <= len && f - v < 12 && u[f] >= 0xE4 && u[f] <= 0xE9)
		f += 3;
	if (f == v || f + 4 > len || s[f] != ' ')
		return v;
	for (const char *const *t = titles; *t; t++) {
		const char *p = memmem(s + f + 1, len - f - 1 < 24 ? len - f - 1 : 24, *t, 6);
		if (!p || (size_t)(p - s) < f + 4)
			continue;
		size_t g = (size_t)(p - s), q = f + 1;
		while (q < g && u[q] >= 0xE3 && u[q] <= 0xE9 && q - f - 1 < 12)
			q += 3;
		if (q == g && (g + 6 == len || field_end(s, len, g + 6) || s[g + 6] == ','))
			return g;
	}
	return v;
}

unsigned pn_detect_cjk_name(struct rx_ctx *c)
{
	static const char *const labels[] = {"성명", "이름", "보호자", "환자명", "신청인", "성함",
					     "姓名", "名前", "氏名", "申請人", "联系人", "聯絡人",
					     "聯絡人姓名", "收件人",
					     /* a transfer's payee and payer, an account's holder */
					     "送金先", "振込先", "受取人", "名義", "口座名義", "收款人", "付款人",
					     "户名", "持卡人", "받는 분", "받는분", "예금주",
					     /* stop 42: care and health records' people: a
					      * care user, a guardian, a patient, a doctor, an
					      * emergency contact */
					     "利用者", "任意後見人", "後見人", "患者名", "患者氏名",
					     "担当医", "主治医", "医師", "接種医", "緊急連絡先", "患者姓名",
					     "紧急联系人", "主治医师", "医师", "비상연락처", "접종의", "담당의",
					     "주치의", "보호자 연락처",
					     /* stop 44: travellers and guests, an applicant */
					     "ご宿泊者", "宿泊者", "搭乗者", "代表者", "승객", "투숙객", "예약자",
					     "乘车人", "乘机人", "旅客", "申请人", "预订人", "入住人",
					     /* stop 45: an order's recipient and sender */
					     "받는 사람", "받는사람", "보내는 사람", "수령인", "수취인", "수취인(한글)", "주문자",
					     "收货人", "寄件人", "发件人", "お届け先", "ご依頼主", "注文者",
					     /* stop 46: an accident's and a fine's parties, a
					      * car's owner, buyer and seller */
					     "피보험자", "상대방", "운전자", "보험계약자", "소유자", "차주", "매수인", "매도인",
					     "驾驶人", "当事人", "车主", "被保险人", "投保人", "驾驶员", "买方", "卖方",
					     "運転者", "契約者", "所有者", "買主", "売主", "下单人", "收件人姓名",
					     /* stop 47: a lawsuit's, a notice's and a lease's
					      * parties */
					     "발신인", "수신인", "원고", "피고", "채권자", "채무자", "임대인", "임차인",
					     "原告", "被告", "被申请人", "上诉人", "被上诉人", "委托人", "出租人", "承租人",
					     "甲方", "乙方", "通知人", "被通知人", "申立人", "相手方", "債権者", "債務者",
					     /* stop 48: a Chinese lease's lessor and lessee */
					     "出租方", "承租方", "房东", "租客",
					     /* stop 49: a job sheet's engineer, an invoice's payer */
					     "担当", "担当者", "請求先", "作業者", "技术员", "师傅", "담당자", "기사",
					     /* stop 50: a birth's and a marriage's parties
					      * ("母: 長谷川 紬", "부: 황은우", "新郎", "新娘") */
					     "母", "父", "夫", "妻", "子の氏名", "証人", "母亲", "父亲", "新郎", "新娘", "新婦",
					     "모", "부", "배우자", "신랑", "신부", "출생아", "고인", "상주", "집례", "유족",
					     "故人", "喪主", "施主", "逝者",
					     /* stop 51: an adoption's applicant, household and
					      * referee, a vet, a second contact (not a
					      * signature's label: "署名: 済み") */
					     "申請者", "申込者", "同居家族", "推薦者", "獣医師", "第二連絡先",
					     "신청자", "동거 가족", "동거가족", "추천인", "수의사",
					     "申请者", "推荐人", "兽医",
					     /* stop 52: an incident report's reporter, the
					      * people involved, witnesses, police; a drill's
					      * wardens and helpers
					      * ("报告人: 阎浩然", "介助者: 柘植 拓海") */
					     "报告人", "涉事人员", "目击者", "民警到场", "民警", "報告者", "関係者",
					     "目撃者", "보고자", "관련자", "목격자", "환자", "誘導員", "介助者", "유도원",
					     "동행자",
					     /* stop 55: a plant's accident report's injured,
					      * first aider and team leader */
					     "班長", "班长", "班组长", "반장", "被災者", "応急手当実施者", "재해자", "응급처치자",
					     "急救员", "伤者", "受伤人员", /* stop 65 */ "配偶", "配偶者", "子女", "经办人", "代理人",
					     /* stop 67: a client, a child, a guardian, a
					      * companion, a first aider, a parent, a
					      * teacher, an account's holder, a researcher,
					      * a photographer (not 患者 or 主人: "患者：様子見") */
					     "客户", "客戶", "孩子", "监护人", "陪同", "陪同人", "急救人员", "家长", "家長",
					     "主班老师", "账户持有人", "帳戶持有人", "研究者", "摄影师", "かかりつけ医",
					     /* (患者 only before a family name the gazetteer
					      * knows or a name before " · ": "患者：様子見" is
					      * "wait and see") */
					     "患者", NULL};
	static struct rx_kwset label_kws = RX_KWSET(labels);
	const char *s = c->text;
	size_t len = c->len, at = c->ms;
	if ((unsigned char)s[at] == 0xE3)
		return at + 2 < len && (unsigned char)s[at + 1] == 0x80 && (unsigned char)s[at + 2] == 0x80
			       ? after_ideographic_space(c, at)
			       : 0;
	if ((unsigned char)s[at] == 0xEF && at + 2 < len && (unsigned char)s[at + 1] == 0xBC &&
	    (unsigned char)s[at + 2] == 0x88)
		return furigana(c, at);
	/* (a table's two-cell row, "| 姓名 | 冯雨桐 |", "| 相手方 | 小野寺 詩織,
	 * 090-...": the label's cell, a name's, at the second pipe; stop 67) */
	if (s[at] == '|') {
		if (at + 8 >= len || (unsigned char)s[at + 2] < 0xE3 || (unsigned char)s[at + 2] > 0xED ||
		    !pn_two_cell_row(s, len, at))
			return 0;
		size_t le = at, ls = rx_line_start(s, at), v = at + 2, e;
		while (le > ls && s[le - 1] == ' ')
			le--;
		/* (a numbered label: "姓名 (2)") */
		if (le > ls + 6 && s[le - 1] == ')' && rx_is_digit((unsigned char)s[le - 2]) && s[le - 3] == '(' &&
		    s[le - 4] == ' ')
			le -= 4;
		if (!rx_kwset_bytes_end(&label_kws, s, 0, le, 0) || s[le - 1] == ' ')
			return 0;
		if ((e = pn_cjk_name_space(s, len, v)) == v)
			return 0;
		return (e + 1 < len && ((s[e] == ' ' && s[e + 1] == '|') || (s[e] == ',' && s[e + 1] == ' ')))
			       ? (unsigned)rx_emit(c, v, e, REDACT_PERSON)
			       : 0;
	}
	if (s[at] != '\t') {
		size_t v = rx_after_cjk_label(s, len, at, &label_kws), e;
		unsigned k = 0;
		if (v == RX_NONE)
			v = numbered_label(s, len, at, labels);
		if (v == RX_NONE && (unsigned char)s[at] == 0xEF && (k = pn_cjk_role_speaker(c, at)) != 0)
			return k;
		if (v == RX_NONE && s[at] == ':' && at + 2 < len && s[at + 1] == ' ' &&
		    (unsigned char)s[at + 2] >= 0xE3 && (unsigned char)s[at + 2] <= 0xED &&
		    (k = latin_label_cjk(c, at)) != 0)
			return k;
		if (v == RX_NONE && (k = short_label_value(c, at)) != 0)
			return k;
		if (v == RX_NONE && s[at] == ':') {
			size_t a = kakao_speaker(s, at);
			if (a != RX_NONE)
				k += (unsigned)rx_emit(c, a, at - 1, REDACT_PERSON);
			if (at + 2 < len && s[at + 1] == ' ' && (a != RX_NONE || (at > 0 && s[at - 1] == ' ')) &&
			    (e = name_before_number(s, len, at + 2)) != at + 2)
				k += (unsigned)rx_emit(c, at + 2, e, REDACT_PERSON);
			return k;
		}
		if (v == RX_NONE && (v = rx_after_cjk_label(s, len, at, &kana_label_kws)) != RX_NONE)
			return kana_name(c, v);

		if (v == RX_NONE)
			return 0;
		if (at >= 6 && !memcmp(s + at - 6, "患者", 6) && !(v + 3 <= len && rx_is_surname(s + v, 3)) &&
		    !(v + 6 <= len && rx_is_surname(s + v, 6))) {
			/* (or a name before a form's next field: "患者: 宍戸 喜代 · 生年月日: ...") */
			size_t x = pn_cjk_name_space(s, len, v);
			if (x == v || x + 4 > len || memcmp(s + x, " \xc2\xb7 ", 4))
				return 0;
		}
		/* (a doctor's title glued on: "主治医: 栗栖 登美子医師"; stop 67) */
		if ((e = cjk_titled_end(s, len, v)) != v)
			return (unsigned)rx_emit(c, v, e, REDACT_PERSON);
		if ((e = cjk_name_at(s, len, v)) == v && (e = pn_cjk_name_space(s, len, v)) > v && field_end(s, len, e))
			return (unsigned)rx_emit(c, v, e, REDACT_PERSON); /* ("筧 清次郎") */
		if ((e = cjk_name_at(s, len, v)) == v) {
			/* the name's romanisation under its own label, in
			 * capitals to the line's end ("수취인(영문): CHOI DO-YOON"),
			 * or in Latin letters with capitals ("氏名: Âu Hữu Thắng") */
			int words = 0;
			for (size_t q = e, l; q < len && q - v < 48 && rx_cap_at(s, len, q) && words < 4; words++) {
				for (q += rx_letter_at(s, len, q); q < len && (l = rx_letter_at(s, len, q)) > 0 && !rx_cap_at(s, len, q);)
					q += l;
				if (q - v >= 5 && (q == len || rx_in("\r\n", s[q])) && words >= 1)
					return (unsigned)rx_emit(c, v, q, REDACT_PERSON);
				if (q >= len || s[q] != ' ')
					break;
				q++;
			}
			while (e < len && e - v < 48 && (rx_is_upper((unsigned char)s[e]) || s[e] == ' ' || s[e] == '-'))
				e++;
			while (e > v && s[e - 1] == ' ')
				e--;
			return e - v >= 5 && memchr(s + v, ' ', e - v) && (e == len || rx_in("\r\n", s[e]))
				       ? (unsigned)rx_emit(c, v, e, REDACT_PERSON)
				       : 0;
		}
		/* family and given names with a space between them, the
		 * field's whole value ("氏名：岡本　美咲") */
		size_t e2 = pn_cjk_name_space(s, len, v);
		if (e2 > e && (field_end(s, len, e2) || (e2 + 2 < len && (!memcmp(s + e2, "\xef\xbc\x88", 3) ||
									   !memcmp(s + e2, "、", 3))) ||
			       (e2 + 1 < len && s[e2] == ',' && s[e2 + 1] == ' ') ||
			       (e2 + 4 <= len && !memcmp(s + e2, " 様", 4))))
			e = e2;
		k = (unsigned)rx_emit(c, v, e, REDACT_PERSON);
		return k + romanised_after(c, e) + kana_after(c, e) + cjk_listed_after(c, e);
	}
	/* a name column's cell that starts its line, at the tab after it
	 * ("氏名\t生年月日\n仲宗根 優花\t1990年..."): family and given names, a
	 * space between them or not, under a name's header */
	size_t ls = rx_line_start(s, at);
	if (at > ls && (unsigned char)s[ls] >= 0xE3 && (unsigned char)s[ls] <= 0xED) {
		size_t e = pn_cjk_name_space(s, len, ls);
		if (e == at && cjk_name_column(c, ls))
			return (unsigned)rx_emit(c, ls, e, REDACT_PERSON);
	}
	/* a cheap look first: a CJK or Hangul letter after the tab (most tabs
	 * have none) */
	if (at + 1 >= len || (unsigned char)s[at + 1] < 0xE3 || (unsigned char)s[at + 1] > 0xED)
		return 0;
	size_t e = pn_cjk_name_space(s, len, at + 1);
	/* (a parent named after the child in a LINE export: "琴音ママ\t": the
	 * child's name) */
	if (e >= at + 1 + 12 && e < len && s[e] == '\t' && (!memcmp(s + e - 6, "ママ", 6) || !memcmp(s + e - 6, "パパ", 6)) &&
	    pn_clock_before_tab(s, at))
		return (unsigned)rx_emit(c, at + 1, e - 6, REDACT_PERSON);
	if (e == at + 1 || e >= len || s[e] != '\t' ||
	    !(((cjk_name_at(s, len, at + 1) == e || e - at - 1 <= 16) && pn_clock_before_tab(s, at)) ||
	      cjk_name_column(c, at + 1)))
		return 0;
	return (unsigned)rx_emit(c, at + 1, e, REDACT_PERSON);
}

/* A CJK letter (kana or ideograph, not punctuation) in the three bytes at i. */
int pn_cjk_letter3(const char *s, size_t len, size_t i)
{
	if (i + 2 >= len)
		return 0;
	unsigned char u = (unsigned char)s[i], v = (unsigned char)s[i + 1];
	if (u < 0xE3 || u > 0xE9 || (v & 0xC0) != 0x80 || ((unsigned char)s[i + 2] & 0xC0) != 0x80)
		return 0;
	return u != 0xE3 || (v >= 0x81 && v <= 0x83) || v >= 0x90;
}

/* A Latin name word [at, end) in CJK text: an honorific right after it
 * ("フロントのAndrei様から", "Charaさん、", "Femke님") or CJK letters on
 * both sides, no space between ("前台的Begoña告诉我们"). person.c then
 * asks the gazetteer. */
size_t pn_honorific_len(const char *s, size_t len, size_t e)
{
	static const struct {
		char s[10];
		unsigned char n;
	} hon[] = {{"様", 3}, {"さん", 6}, {"さま", 6}, {"殿", 3}, {"先生", 6}, {"님", 3}, {"씨", 3}, {"氏", 3},
		   {"ちゃん", 9}, {"くん", 6}, {"君", 3}};
	if (e + 2 >= len || (unsigned char)s[e] < 0xE3 || (unsigned char)s[e] > 0xED)
		return 0;
	for (size_t k = 0; k < sizeof hon / sizeof *hon; k++)
		if (s[e] == hon[k].s[0] && e + hon[k].n <= len && !memcmp(s + e, hon[k].s, hon[k].n))
			return hon[k].n;
	return 0;
}

int pn_latin_in_cjk(const char *s, size_t len, size_t at, size_t end)
{
	if (pn_honorific_len(s, len, end))
		return 1;
	if (end + 2 >= len || (unsigned char)s[end] < 0xE3 || (unsigned char)s[end] > 0xED)
		return 0;
	return at >= 3 && pn_cjk_letter3(s, len, at - 3) && pn_cjk_letter3(s, len, end);
}

size_t pn_title_after(const char *s, size_t a, size_t e)
{
	static const char *const t[] = {" 목사", " 신부", " 스님", " 전도사", " 장로", " 권사", " 집사", " 교수",
					" 선생님", " 牧師", " 神父", " 先生", NULL};
	for (const char *const *q = t; *q; q++) {
		size_t n = strlen(*q);
		if (e - a > n + 3 && !memcmp(s + e - n, *q, n))
			return e - n;
	}
	return e;
}
