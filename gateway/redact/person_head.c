/* person_head.c: a letter's addressee, a name alone on its line above the
 * address the address detectors found (stop 60):
 *
 *   בר-נתן השמה · שדרות רוטשילד
 *
 *   שמריהו ברקוביץ                         <- the name
 *   רחוב הבורסקאים 16, רחובות 7630000      <- an address candidate
 *
 * Read after the scan from the candidates (pn_sibling_rows calls it): the
 * name's line stands after a blank line or a paste's fence or opens the
 * text, and holds
 * only the name: two or three words of a script without capitals (not a
 * desk's or a firm's first word, pn_uncased_name). A firm's name over its
 * own address, "مكتب الخدمة", stays. Names in capitals' scripts have
 * their own rules, which ask the gazetteer and the context (a template's
 * sample person over a sample address stays: pn_before_address); Han,
 * kana and Hangul are pn_detect_cjk_header's (at this file's end, moved
 * here from person_cjk.c in stop 67).
 *
 * And a visit schedule's client between the clock and the address, an em
 * dash before the address ("12:30 Wilhelmien Lagerwerf — Molenwiek 10,
 * ...", "15:30 百瀬 柚葉 — 〒700-0821 ...", "09:00 सुलोचना चतुर्वेदी —
 * मकान नं. 114, ..."): two to four capitalised words that are no firm's,
 * desk's or ordinary words, or a name in a script without capitals, Han,
 * kana or Hangul (pn_uncased_name). */
#include <string.h>

#include "person_int.h"

/* Whether the line at ls opens the paste: no line but the request's
 * above it, blank lines and a fence aside (a shop's or a firm's letter
 * head over its own address: "Co-op Food", "Pendle Valley Law"). */
static int paste_top(const char *s, size_t ls)
{
	int lines = 0;
	for (size_t e = ls; e > 0 && lines < 2;) {
		size_t b = rx_line_start(s, e - 1), q = e - 1;
		while (q > b && rx_in(" \r", s[q - 1]))
			q--;
		if (q > b && !(q == b + 3 && (!memcmp(s + b, "\"\"\"", 3) || !memcmp(s + b, "---", 3) ||
					      !memcmp(s + b, "```", 3))))
			lines++;
		e = b;
	}
	return lines < 2;
}

/* The name on the line [ls, le): its end (== le), or ls. */
static size_t head_name(const struct rx_ctx *c, size_t ls, size_t le)
{
	const char *s = c->text;
	/* two to four capitalised words, none a firm's or an ordinary word
	 * ("Tamsin Pennycuick" over "Wren Cottage, 16 Beckside Gardens, ...",
	 * "Nhữ Diệm Vọng" over "Số 132 đường ..."; stop 67) */
	if (rx_cap_at(s, le, ls)) {
		size_t e = pn_unknown_name(c, ls);
		return e == le && pn_unknown_ok(c, ls, e) && !paste_top(s, ls) ? e : ls;
	}
	/* (Hangul is pn_detect_cjk_header's too: "호텔 솔숲" is a hotel's) */
	if (!pn_uncased_at(s, le, ls) || (unsigned char)s[ls] >= 0xEA)
		return ls;
	size_t e = pn_uncased_name(s, le, ls);
	return e == le ? e : ls;
}

/* The visit's client before " — " at d, after a clock opening the line:
 * the name's start, or RX_NONE. */
static size_t visit_name(const struct rx_ctx *c, size_t d)
{
	const char *s = c->text;
	size_t ls = rx_line_start(s, d), a = ls + 6, e;
	if (d < ls + 10 || d - ls > 100 || !rx_is_digit((unsigned char)s[ls]) || !rx_is_digit((unsigned char)s[ls + 1]) ||
	    s[ls + 2] != ':' || !rx_is_digit((unsigned char)s[ls + 3]) || !rx_is_digit((unsigned char)s[ls + 4]) ||
	    s[ls + 5] != ' ')
		return RX_NONE;
	e = pn_any_name(c, a, d);
	return e == d && (!rx_cap_at(s, d, a) || pn_unknown_ok(c, a, e)) ? a : RX_NONE;
}

int pn_address_heads(const struct rx_ctx *c, const struct rx_out *ad, size_t n,
		     int (*add)(void *, const struct rx_out *), void *actx)
{
	const char *s = c->text;
	for (size_t k = 0; k < n; k++) {
		size_t a = ad[k].start, v;
		/* (a visit's client: "HH:MM Name — <address>") */
		if (a >= 16 && !memcmp(s + a - 5, " \xe2\x80\x94 ", 5) && (v = visit_name(c, a - 5)) != RX_NONE) {
			struct rx_out o = {v, a - 5, REDACT_PERSON};
			int rc = add(actx, &o);
			if (rc)
				return rc;
			continue;
		}
		if (a < 6 || s[a - 1] != '\n')
			continue;
		size_t le = a - 1, ls = rx_line_start(s, le);
		while (le > ls && rx_in(" \r", s[le - 1]))
			le--;
		if (le - ls < 4 || le - ls > 80)
			continue;
		/* (a blank line above the name's, or the text's start, or a
		 * paste's fence: '"""', "---", "```"; stop 62) */
		if (ls > 0) {
			size_t p = ls - 1, ps = rx_line_start(s, p);
			while (p > ps && rx_in(" \r", s[p - 1]))
				p--;
			if (p != ps && !(p == ps + 3 && (!memcmp(s + ps, "\"\"\"", 3) || !memcmp(s + ps, "---", 3) ||
							 !memcmp(s + ps, "```", 3))))
				continue;
		}
		if (head_name(c, ls, le) != le)
			continue;
		struct rx_out o = {ls, le, REDACT_PERSON};
		int rc = add(actx, &o);
		if (rc)
			return rc;
	}
	return 0;
}

/* At a '\n': a CJK or Hangul name alone on the next line, above its
 * address's line (an invoice's or a letter's header: "임지우" over "대구광역시
 * 수성구 ...", "佐藤 大輔" over "〒108-0023 東京都 ..."): two to four letters,
 * or a family name and a given name with a space between them; the family
 * name one the gazetteer knows. */
unsigned pn_detect_cjk_header(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, v = c->ms + 1;
	/* (a cheap look first: a CJK or Hangul letter's lead byte) */
	if (v + 7 >= len || (unsigned char)s[v] < 0xE4 || (unsigned char)s[v] > 0xED)
		return 0;
	size_t e = pn_cjk_name_space(s, len, v), le = rx_line_end(s, len, v), t = le;
	while (t > v && rx_in(" \r", s[t - 1]))
		t--;
	/* (six letters at most with the space: "佐々木 大輔", 16 bytes) */
	if (e == v || e != t || e - v > 19 || le >= len)
		return 0;
	/* (a family name the gazetteer knows first: "此致" closes a letter,
	 * "品目" heads a list) */
	const char *sp = memchr(s + v, ' ', e - v);
	size_t fl = sp ? (size_t)(sp - s) - v : 0;
	if (!(fl ? rx_is_surname(s + v, fl)
		 : rx_is_surname(s + v, 3) || (e - v >= 9 && rx_is_surname(s + v, 6))))
		return 0;
	/* the address's line: a postcode's mark first, or a province's,
	 * a city's or a district's word near its start */
	size_t a = le + 1, ae = rx_line_end(s, len, a);
	if (ae - a < 9)
		return 0;
	if (!memcmp(s + a, "\xe3\x80\x92", 3))
		return (unsigned)rx_emit(c, v, e, REDACT_PERSON);
	static const char *const marks[] = {"市", "省", "県", "都", "府", "道", "区", "區", "광역시", "특별시", "시 ", "도 ", NULL};
	size_t lim = a + 30 < ae ? a + 30 : ae;
	for (const char *const *m = marks; *m; m++)
		if (memmem(s + a, lim - a, *m, strlen(*m)))
			return (unsigned)rx_emit(c, v, e, REDACT_PERSON);
	return 0;
}
