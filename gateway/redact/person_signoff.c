/* person_signoff.c: a letter's signature in a script without capitals on
 * the line under its sign-off ("सादर," / "कादंबरी माथुर", "בברכה," / "רוחמה
 * טביב, מנהלת המרפאה", "مع خالص التحية،" / "وليد الأتربي (قيد النقابة
 * 15620)", "ขอแสดงความนับถือ" / "พรรณราย อินทรประเสริฐ, ผู้จัดการโรงพยาบาล"):
 * the name alone on its line, or before the signer's role after a comma
 * or a register's number in parentheses. Moved here from person_script.c
 * (it fired at the sign-off's comma) in stop 63, when it learnt Hebrew's
 * and Thai's sign-offs, Arabic's comma and the role after the name. */
#include <string.h>

#include "person_int.h"

static const char *const signoffs[] = {
	"भवदीय", "भवदीया", "आपका", "आपकी", "सादर", "शुभेच्छु", "विनीत", "বিনীত", "ভবদীয়", "ইতি",
	"مع التحية", "مع خالص التحية", "وتفضلوا بقبول فائق الاحترام", "با احترام",
	/* (stop 63) */
	"בברכה", "בכבוד רב", "ขอแสดงความนับถือ", "ด้วยความเคารพ", NULL,
};

/* The rest of the signature's line after the name at e, to le (max bytes
 * at most): a role after a comma ("Jemima Aysgarth, Practice Manager"), or
 * a register's number or a note in parentheses ("Sieuwert Wesselink (UDN
 * 310713)"), with no digit, '@' or second field in the role. Shared by
 * the Latin sign-off (person_ctx.c) and this file's. */
int pn_signature_tail(const char *s, size_t e, size_t le, size_t max)
{
	if (le - e > max || memchr(s + e, '@', le - e))
		return 0;
	if (s[e] == ',' && e + 2 < le && s[e + 1] == ' ') {
		for (size_t i = e + 2; i < le; i++)
			if (rx_is_digit((unsigned char)s[i]) || rx_in(",;:|()", s[i]))
				return 0;
		return 1;
	}
	return e + 3 < le && s[e] == ' ' && s[e + 1] == '(' && s[le - 1] == ')' && !memchr(s + e + 2, '(', le - e - 2);
}

unsigned pn_detect_uncased_signoff(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, nl = c->ms, a = nl + 1;
	if (nl < 4 || a + 3 >= len || !pn_uncased_at(s, len, a))
		return 0;
	size_t pe = nl;
	for (int k = 0; k < 4 && pe > 0; k++) {
		if (rx_in(" \r,", s[pe - 1]))
			pe--;
		else if (pe >= 2 && (unsigned char)s[pe - 2] == 0xD8 && (unsigned char)s[pe - 1] == 0x8C)
			pe -= 2; /* ، */
		else
			break;
	}
	/* (a cheap look first: a letter of these scripts ends the line
	 * above) */
	if (pe < 6 || (unsigned char)s[pe - 1] < 0x80)
		return 0;
	int said = 0;
	for (const char *const *w = signoffs; *w && !said; w++) {
		size_t n = strlen(*w);
		said = pe >= n && s[pe - 1] == (*w)[n - 1] && !memcmp(s + pe - n, *w, n) &&
		       (pe == n || s[pe - n - 1] == ' ' || s[pe - n - 1] == '\n');
	}
	if (!said)
		return 0;
	size_t e = pn_uncased_words(s, len, a), le = rx_line_end(s, len, a);
	while (le > e && rx_in(" \r", s[le - 1]))
		le--;
	if (e == a || (e != le && !pn_signature_tail(s, e, le, 80)))
		return 0;
	return (unsigned)rx_emit(c, a, e, REDACT_PERSON);
}
