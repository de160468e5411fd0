/* gov_id_travel.c: a passport's number where travel puts it, a few lines
 * after a passport word rather than right after it:
 *
 *   Do you need my passport number?        a chat: the answer, and the
 *   ... Maude: SS957105, born May 10, 1985  next traveller's "Mine: ..."
 *   ... Olivier: Mine: LZ205512
 *   Reisepassnummer: U6488299              a form, then a companion's line
 *   (+) PICHLER, SEVERIN – P8171028 – 08.07.1956
 *   여권 번호: M499F5910, 旅券番号: TZ3734430  labels in scripts the keyword
 *                                          triggers do not read
 *   FOID            : PPPJ4336763          an airline's form of
 *                                          identification ("PP", then the
 *                                          passport's number)
 *
 * A number of a passport's shape (eight or nine capitals and digits, two
 * digits or more; Russia's "70 5054016") standing alone after ':', a dash
 * or a CJK word, with a passport word (rx_passport_kws) in the 500 bytes
 * before it. A number of digits only needs the colon, no phone word on
 * its line and nothing but the line's end, ',' or a dash after it. */
#include <string.h>

#include "redact_int.h"

size_t rx_digits_run(const char *s, size_t len, size_t i)
{
	size_t e = i;
	while (e < len && rx_is_digit((unsigned char)s[e]))
		e++;
	if (e < len && (rx_is_alpha((unsigned char)s[e]) ||
			(rx_in("-.", s[e]) && e + 1 < len && rx_is_digit((unsigned char)s[e + 1]))))
		return 0;
	return e - i;
}

/* The end of a passport number's shape at s[i], else 0; *letters gets
 * the number of its letters, *nd of its digits. */
static size_t doc_shape(const char *s, size_t len, size_t i, size_t *letters, size_t *digits)
{
	size_t e = i, nd = 0;
	while (e < len && e - i < 10 && (rx_is_digit((unsigned char)s[e]) || rx_is_upper((unsigned char)s[e])))
		nd += rx_is_digit((unsigned char)s[e++]) != 0;
	if (e - i == 2 && nd == 2) {
		if (e + 8 > len || s[e] != ' ' || rx_digits_run(s, len, e + 1) != 7)
			return 0;
		e += 8;
		nd = 9;
	} else if (e - i < 8 || e - i > 9 || nd < 1) {
		return 0;
	}
	/* alone: no word, path, address or decimal goes on */
	if (e < len && (rx_is_alnum((unsigned char)s[e]) || rx_in("-_/@#=+<", s[e]) ||
			(rx_in(".:", s[e]) && e + 1 < len && rx_is_alnum((unsigned char)s[e + 1]))))
		return 0;
	*digits = nd;
	*letters = e - i - nd - (s[i + 2] == ' ');
	return e;
}

/* What stands before s[i]: 1 a colon (':', '：'), 2 a dash ('–', '—'),
 * 3 a word of a CJK script ("私のは", "我的是"), else 0. */
static int lead(const unsigned char *u, size_t i)
{
	size_t q = i;
	if (q > 0 && u[q - 1] == ' ')
		q--;
	if (q > 0 && u[q - 1] == ':')
		return 1;
	if (q < 3 || (u[q - 3] & 0xF0) != 0xE0)
		return 0;
	if (u[q - 3] == 0xEF && u[q - 2] == 0xBC && u[q - 1] == 0x9A)
		return 1;
	if (u[q - 3] == 0xE2 && u[q - 2] == 0x80 && (u[q - 1] == 0x93 || u[q - 1] == 0x94))
		return 2;
	/* (CJK ideographs, kana and Hangul written right before the number) */
	return q == i && u[q - 3] >= 0xE3 && u[q - 3] != 0xEF ? 3 : 0;
}

/* Whether a passport word comes before s[at]: on an earlier line within
 * 500 bytes, or on the number's line as its label, within 24 bytes and no
 * digit between ("Passport: K72317166   Seaman's book: L1657125": the
 * second is the book's). */
static int passport_before(const char *s, size_t at)
{
	static const char *const thai[] = {"พาสปอร์ต", "หนังสือเดินทาง", NULL};
	size_t from = at > 250 ? at - 250 : 0, pe = rx_kwset_last(&rx_passport_kws, s, from, at);
	if (pe != RX_NONE) {
		if (pe < rx_line_start(s, at))
			return 1;
		if (at - pe > 24)
			return 0;
		for (size_t k = pe; k < at; k++)
			if (rx_is_digit((unsigned char)s[k]))
				return 0;
		return 1;
	}
	/* Thai, written without spaces, inside a longer word ("เลขพาสปอร์ตเรา") */
	if (rx_bytes_in(s, from, at, thai))
		return 1;
	if (from == 0)
		return 0;
	size_t to = from + 16; /* (a word across the windows' seam) */
	from = from > 250 ? from - 250 : 0;
	return rx_kwset_last(&rx_passport_kws, s, from, to) != RX_NONE || rx_bytes_in(s, from, to, thai);
}

unsigned gv_detect_passport_near(struct rx_ctx *c)
{
	/* the form of identification's label on an e-ticket, as airlines
	 * translate it */
	static const char *const foid[] = {"foid", "documento", "document", "ausweis", "dokument", NULL};
	static const char *const other_docs[] = {"book", "visa", "licen", "ticket", "order", "confirm",
						 "reserv", "pnr", "flight", "locator", "antrag", "application",
						 "buchung", "invoice", "policy", "claim", NULL};
	static const char *const phone_words[] = {"tel", "phone", "mobil", "fax", "whatsapp", "telefon",
						  "teléfono", "telefone", "телефон", NULL};
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	size_t i = c->ms, len = c->len;
	/* the word "passport" of a script without spaces or capitals right
	 * before, a space between ("पासपोर्ट L8961212", "여권 M659B5611"; stop
	 * 64) */
	size_t e0, nl0, nd0;
	/* (or the word and "number" and a colon: "पासपोर्ट संख्या: Z5361604",
	 * "Số hộ chiếu: B2361209", "여권번호 YM866MV5R"; stop 65) */
	size_t b0 = i >= 3 && s[i - 1] == ' ' && s[i - 2] == ':' ? i - 2 : i - 1;
	if (i >= 7 && s[i - 1] == ' ' && u[b0 - 1] >= 0x80 && (e0 = doc_shape(s, len, i, &nl0, &nd0)) != 0 && nd0 >= 2) {
		static const char *const w[] = {"पासपोर्ट", "여권", "パスポート", "护照", "護照", "דרכון", "جواز",
						"جواز السفر", "พาสปอร์ต", "หนังสือเดินทาง", "पासपोर्ट संख्या",
						"पासपोर्ट नंबर", "여권번호", "Số hộ chiếu", "số hộ chiếu", NULL};
		for (const char *const *k = w; *k; k++) {
			size_t n = strlen(*k);
			if (n <= b0 && u[b0 - 1] == (unsigned char)(*k)[n - 1] && !memcmp(s + b0 - n, *k, n))
				return (unsigned)rx_emit(c, i, e0, REDACT_GOV_ID);
		}
	}
	/* (a cheap look first: a space, a colon or another script before it) */
	if (i < 2 || !(s[i - 1] == ':' || u[i - 1] >= 0x80 || (s[i - 1] == ' ' && (s[i - 2] == ':' || u[i - 2] >= 0x80))))
		return 0;
	int how = lead(u, i);
	size_t nl, nd;
	if (!how)
		return 0;
	/* an airline's FOID: "PP" (passport) and the number, no space */
	if (how == 1 && i + 10 <= len && s[i] == 'P' && s[i + 1] == 'P') {
		size_t ls = rx_line_start(s, i);
		size_t w = ls;
		while (w < i && rx_is_alpha((unsigned char)s[w]))
			w++;
		if (i - ls < 40 && rx_phrase_in(s, ls, w, foid)) {
			size_t e = doc_shape(s, len, i + 2, &nl, &nd);
			if (e && nd >= 2)
				return (unsigned)rx_emit(c, i + 2, e, REDACT_GOV_ID);
		}
	}
	size_t e = doc_shape(s, len, i, &nl, &nd);
	if (!e)
		return 0;
	/* between two dashes: a companion's line ("(+) NAME – number – born") */
	int dashed = how == 2 && e + 1 < len && s[e] == ' ' && u[e + 1] == 0xE2 && u[e + 2] == 0x80;
	if (nd < 2 && !dashed)
		return 0;
	if (!nl && !dashed &&
	    (how != 1 || !(e == len || rx_in(",\r\n", s[e])) || rx_phrase_in(s, rx_line_start(s, i), i, phone_words)))
		return 0;
	/* another document's or a booking's number under its own label */
	if (how == 1 && rx_phrase_in(s, rx_line_start(s, i), i, other_docs))
		return 0;
	if (!passport_before(s, i))
		return 0;
	return (unsigned)rx_emit(c, i, e, REDACT_GOV_ID);
}

/* Myanmar's NRC at s[v]: one or two digits (the state, 1-14), '/', the
 * township's code as two to four syllables each starting with a capital
 * ("OuKaMa", "BaHaNa"), the holder's kind in parentheses (N, E, P, T, Y,
 * S or "Naing") and six digits: its length, else 0. */
size_t gv_nrc_len(const char *s, size_t len, size_t v)
{
	static const char *const kinds[] = {"(N)", "(E)", "(P)", "(T)", "(Y)", "(S)", "(Naing)", NULL};
	size_t i = v, syl = 0;
	while (i < len && i - v < 2 && rx_is_digit((unsigned char)s[i]))
		i++;
	if (i == v || i >= len || s[i] != '/' || (i - v == 2 && (s[v] != '1' || s[v + 1] > '4')))
		return 0;
	i++;
	while (i < len && syl < 5 && rx_is_upper((unsigned char)s[i])) {
		size_t k = i + 1;
		while (k < len && k - i < 5 && rx_is_lower((unsigned char)s[k]))
			k++;
		syl++;
		i = k;
	}
	if (syl < 2 || syl > 4)
		return 0;
	size_t n = 0;
	for (const char *const *k = kinds; *k && !n; k++)
		if (i + strlen(*k) <= len && memcmp(s + i, *k, strlen(*k)) == 0)
			n = strlen(*k);
	if (!n)
		return 0;
	i += n;
	size_t d = i;
	while (d < len && d - i < 7 && rx_is_digit((unsigned char)s[d]))
		d++;
	if (d - i != 6 || (d < len && rx_is_alnum((unsigned char)s[d])))
		return 0;
	return d - v;
}

/* An EDIFACT PAXLST's or API's travel document: the DOC segment's
 * number after its kind ("DOC+P:110:111+T6693726'": P passport, I or ID
 * an identity card), at the word "DOC". */
static const char *const doc_seg_words[] = {"doc", NULL};
struct rx_kwset gv_doc_seg_kws = RX_KWSET(doc_seg_words);

unsigned gv_detect_edifact_doc(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t i = c->me;
	if (c->me - c->ms != 3 || memcmp(s + c->ms, "DOC", 3) != 0 || i + 4 >= c->len || s[i] != '+')
		return 0;
	i++;
	if (s[i] == 'P' || s[i] == 'I')
		i++;
	else
		return 0;
	if (i < c->len && s[i] == 'D' && s[i - 1] == 'I')
		i++;
	/* the kind's qualifiers (":110:111"), then '+' */
	while (i < c->len && i - c->me < 16 && (s[i] == ':' || rx_is_digit((unsigned char)s[i])))
		i++;
	if (i >= c->len || s[i] != '+')
		return 0;
	size_t v = ++i, nd = 0;
	while (i < c->len && i - v < 20 && rx_is_alnum((unsigned char)s[i]))
		nd += rx_is_digit((unsigned char)s[i++]) != 0;
	if (i - v < 5 || nd < 4 || i >= c->len || !rx_in("':+", s[i]))
		return 0;
	return (unsigned)rx_emit(c, v, i, REDACT_GOV_ID);
}
