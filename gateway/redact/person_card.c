/* person_card.c: the name on a card, typed after its number and its
 * expiry month in a chat or a form:
 *
 *   5517 7102 6737 4915, caduca 04/30, ELEUTERIA ARELLANO BARRAGÁN.
 *   6252-0529-8907-238882，有效期09/27，JIAYI QI。
 *   Paid by card: 5108 1889 2362 2891 exp 11/27 (Friedlinde Wohlgemuth)
 *
 * At the expiry's '/': two digits before it and two or four after it (no
 * date: no '/' or digit around them), a card's run of 13 digits or more
 * within the 48 bytes before it, then ", " (or "，", "、", "، ", or " (")
 * and the name: two to four words in capitals, or capitalised words
 * closed by ')'. The holder's word may stand before the name ("titular",
 * "ชื่อบนบัตร"; after a space alone too, as Thai writes it). Stop 66, from
 * part 65's card payments in chats. */
#include <string.h>

#include "person_int.h"

/* Whether a run of 13 digits or more (spaces and dashes between groups)
 * ends in s[a..b), read back from b. */
static int card_before(const char *s, size_t a, size_t b)
{
	size_t i = b;
	while (i > a && !rx_is_digit((unsigned char)s[i - 1]))
		i--;
	unsigned d = 0;
	while (i > a && (rx_is_digit((unsigned char)s[i - 1]) || s[i - 1] == ' ' || s[i - 1] == '-')) {
		d += rx_is_digit((unsigned char)s[i - 1]);
		i--;
	}
	return d >= 13 && d <= 19;
}

/* The end of a word at w whose letters are all capitals (caps) or whose
 * first one is (!caps), up to a letter of a wide script ("CHAE입니다");
 * w when there is none or it has one letter. */
static size_t cap_word(const char *s, size_t le, size_t w, int caps)
{
	size_t e = w, k, n = 0;
	if (!rx_cap_at(s, le, w))
		return w;
	while (e < le && (unsigned char)s[e] < 0xE0 && (k = rx_letter_at(s, le, e)) > 0 && !rx_is_digit((unsigned char)s[e])) {
		if (caps && !rx_cap_at(s, le, e))
			return w;
		e += k;
		n++;
	}
	return n >= 2 ? e : w;
}

/* Words for the card's holder before the name. */
static const char *const holder[] = {"holder", "cardholder", "name on card", "name on the card", "titular",
				     "titulaire", "nom sur la carte", "karteninhaber", "inhaber", "intestatario",
				     "intestata a", "houder", "kaarthouder", "kart üzerindeki isim", "השם על הכרטיס",
				     "카드 명의", "명의", "कार्ड पर नाम", "όνομα στην κάρτα", "ชื่อบนบัตร",
				     "الاسم على الكارت", "الاسم على البطاقة", "tên trên thẻ", "chủ thẻ", "持卡人",
				     "名義", "имя на карте", "держатель", "naam op de kaart", "nombre en la tarjeta",
				     "nome no cartão", "nome sulla carta", "name auf der karte", "imię na karcie",
				     /* stop 67 */
				     "κάτοχος", "kart sahibi", "właściciel", "שם בעל הכרטיס", "בעל הכרטיס", "titolare",
				     "propietario", "владелец", "держатель карты", "tên chủ thẻ", "ผู้ถือบัตร",
				     "कार्डधारक", "카드 소유자", "صاحب البطاقة", "名义人", "カード名義", NULL};

unsigned pn_detect_card_holder(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, p = c->ms;
	if (p < 20 || p + 6 >= len || !rx_is_digit((unsigned char)s[p - 1]) || !rx_is_digit((unsigned char)s[p - 2]) ||
	    !rx_is_digit((unsigned char)s[p + 1]) || !rx_is_digit((unsigned char)s[p + 2]) ||
	    rx_is_digit((unsigned char)s[p - 3]) || s[p - 3] == '/')
		return 0;
	size_t q = p + 3;
	if (rx_is_digit((unsigned char)s[q]) && rx_is_digit((unsigned char)s[q + 1]))
		q += 2;
	if (q >= len || rx_is_digit((unsigned char)s[q]) || s[q] == '/')
		return 0;
	size_t ls = rx_line_start(s, p), le = rx_line_end(s, len, q);
	if (!card_before(s, p - 2 - ls > 48 ? p - 50 : ls, p - 2))
		return 0;
	int paren = 0;
	if (q + 2 < le && s[q] == ',' && s[q + 1] == ' ')
		q += 2;
	else if (q + 3 < le && (!memcmp(s + q, "\xef\xbc\x8c", 3) || !memcmp(s + q, "\xd8\x8c ", 3) ||
				!memcmp(s + q, "\xe3\x80\x81", 3)))
		q += 3;
	else if (q + 2 < le && s[q] == ' ' && s[q + 1] == '(')
		q += 2, paren = 1;
	else if (q + 3 < le && s[q] == ' ' && s[q + 1] == ' ' && rx_is_alpha((unsigned char)s[q + 2]))
		q += 2; /* (a form's fields two spaces apart: "exp 05/30  cardholder ...", the word needed) */
	else if (!(q + 1 < le && s[q] == ' ' && (unsigned char)s[q + 1] >= 0xD7))
		return 0;
	else
		q++; /* (a space alone before the holder's word: Thai's "08/28 ชื่อบนบัตร") */
	/* (the holder's word: "titular FERMIN ...", "(holder SEVIM ...)",
	 * "nom sur la carte FIRMIN ...", "ชื่อบนบัตร WIROJ ..."; stop 66) */
	int worded = 0;
	for (const char *const *h = holder; *h && !worded; h++) {
		size_t n = strlen(*h);
		if (q + n >= le)
			continue;
		/* (a Japanese word glued to the name: "名義KIKUE SAGAE") */
		int glued = (unsigned char)s[q] >= 0xE3 && rx_is_upper((unsigned char)s[q + n]);
		if ((s[q + n] == ' ' || s[q + n] == ':' || glued) &&
		    ((unsigned char)s[q] >= 0x80 ? !memcmp(s + q, *h, n) : rx_fold_eq(s + q, *h, n))) {
			q += n;
			while (q < le && (s[q] == ' ' || s[q] == ':'))
				q++;
			worded = 1;
		}
	}
	/* (a space alone, Thai's, needs the holder's word: not after ", " or
	 * "، ") */
	if (!worded && !paren && s[q - 1] == ' ' && (s[q - 2] == ' ' || (s[q - 2] != ',' && (unsigned char)s[q - 2] != 0x8C)))
		return 0;
	size_t e = q, n = 0, w;
	while (n < 4 && (w = cap_word(s, le, e, !paren)) > e) {
		e = w;
		n++;
		if (!(e + 1 < le && s[e] == ' '))
			break;
		e++;
	}
	while (e > q && s[e - 1] == ' ')
		e--;
	if (n < 2 || (paren && (e >= le || s[e] != ')')))
		return 0;
	/* (a card's brand or kind is no name: "VISA DEBIT", "(Mastercard
	 * Business)") */
	static const char *const brand[] = {"visa", "mastercard", "maestro", "amex", "debit", "credit", "card",
					    "cvv", "cvc", "business", "platinum", "gold", NULL};
	static struct rx_kwset brand_kws = RX_KWSET(brand);
	for (size_t i = q, j; i < e; i = j + 1) {
		for (j = i; j < e && s[j] != ' '; j++)
			;
		char f[16];
		if (j - i < sizeof f && rx_kwset_has(&brand_kws, f, rx_fold(s + i, j - i, f, sizeof f)))
			return 0;
	}
	/* (what ends the name: the line's end, a full stop, a closing
	 * parenthesis, or a letter of another script, glued or after a space:
	 * "CHAE입니다", "SRISUWAN รหัส CVV") */
	if (e < le && !rx_in(".)", s[e]) && (unsigned char)s[e] < 0xC2 &&
	    !(s[e] == ' ' && e + 1 < le && (unsigned char)s[e + 1] >= 0xC2))
		return 0;
	return pn_emit_name(c, q, e);
}
