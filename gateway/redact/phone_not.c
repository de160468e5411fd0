/* phone_not.c: runs of a phone's shape that are no person's phone
 * (phone.c asks):
 *
 *   +49 800 1505050, +44 345 108 0422      a firm's type of number, by its
 *                                          country's plan
 *   0800 150 50 50, 1800 904 7918,         a freephone number as the
 *   0120-998-575, 400-041-2501, 900 137 789   countries that have it write it
 *   Kingsway Pharmacy 0161 268 1945        an institution's letterhead or
 *   CHU Pontchaillou · Service Kardio 3 · 03 56 90 85 36     sign: its name,
 *                                          its department, its number
 *   15.03.2024, 01.03.2025 - 15.03.2025    a date, a range of dates
 *   匯款帳號：043-710157-6                    a bank account after its CJK word */
#include <string.h>

#include "person_int.h"
#include "phonemeta.h"

int rx_phone_firm_number(int nanp)
{
	/* (the North American plan's toll-free area codes, 800, 888, 877,
	 * 866..., are drawn for people's numbers by the labelled corpora like
	 * any other) */
	return !nanp && phonemeta_firm();
}

/* A national number written as only a freephone or a firm's service
 * number is written: its first group alone says so, whatever plan it is
 * read in (a national number's plan is a guess, so its type cannot say it:
 * phone.c's national_valid). No person has one, and no labelled part
 * labels one. 0808 is not among them: Nigeria's mobiles start with it too;
 * nor 1-800 and the other North American codes (see above). */
int rx_phone_freephone(const char *d, size_t n, const size_t *nd, size_t g)
{
	if (g < 1)
		return 0;
	/* 0800 (GB, DE, AT, CH, NL, BE, NZ, JP...) and 1800 (AU, IE, IN,
	 * SG) as a group of their own: "0800 150 50 50", "1800 904 7918" */
	if (nd[0] == 4 && n >= 7 && n <= 11 && (!memcmp(d, "0800", 4) || (!memcmp(d, "1800", 4) && n >= 10)))
		return 1;
	/* Japan's 0120-998-575 */
	if (nd[0] == 4 && n == 10 && !memcmp(d, "0120", 4))
		return 1;
	/* China's 400-041-2501 */
	if (g == 2 && nd[0] == 3 && nd[1] == 3 && nd[2] == 4 && !memcmp(d, "400", 3))
		return 1;
	/* Spain's, Italy's, Portugal's and Poland's 900 / 800 followed by
	 * six digits, 3-3-3 */
	return g == 2 && nd[0] == 3 && nd[1] == 3 && nd[2] == 3 && (!memcmp(d, "900", 3) || !memcmp(d, "800", 3));
}

/* Words that name an institution whose number is its own (folded). */
static const char *const institution[] = {
	"hospital", "hôpital", "hopital", "ospedale", "policlinico", "ziekenhuis", "krankenhaus",
	"klinikum", "klinik", "kliniek", "clinic", "clinique", "clinica", "clínica", "spital",
	"universitätsspital", "kantonsspital", "sjukhus", "sjukhuset", "universitetssjukhuset",
	"hastane", "hastanesi", "pharmacy", "pharmacie", "farmacia", "farmácia", "apotheke",
	"apotheek", "apotek", "apothecary", "chemist", "chemists", "drugstore", "surgery",
	"practice", "praxis", "gemeinschaftspraxis", "polikliniek", "gezondheidscentrum",
	"huisartsenpraktijk", "chu", "chru", "centre hospitalier", "medical centre",
	"medical center", "health centre", "health center", "centro de salud", "centro médico",
	"poliklinik", "ambulatorio", "больница", "поликлиника",
	"клиника", "НМИЦ", NULL,
};
static struct rx_kwset institution_kws = RX_KWSET(institution);

/* Small words a name of an institution or a department holds, and the
 * words that name its number. */
static const char *const between[] = {
	"de", "des", "du", "la", "le", "les", "van", "het", "der", "den", "di", "del", "della",
	"dei", "do", "da", "of", "the", "und", "and", "et", "y", "e", "tel", "tel.", "phone",
	"telefoon", "telefon", "téléphone", "telefono", "teléfono", "telefone", "ph", NULL,
};
static struct rx_kwset between_kws = RX_KWSET(between);

int rx_phone_firm_line(const struct rx_ctx *c, size_t at)
{
	const char *s = c->text;
	size_t ls = rx_line_start(s, at);
	if (at - ls > 100 || at == ls)
		return 0;
	/* a label's value ("Pediatra: ...") or a person's line ("Dr Tessier")
	 * is not a sign's */
	if (memchr(s + ls, ':', at - ls) || memchr(s + ls, '@', at - ls))
		return 0;
	size_t ie = rx_kw_last(c, &institution_kws, ls, at, NULL);
	if (ie == RX_NONE || rx_kw_last(c, &pn_title_kws, ls, at, NULL) != RX_NONE)
		return 0;
	/* from the institution's word to the number: its name, its
	 * department and separators ("Basel · Station 12 · "), no sentence
	 * ("the hospital and my sister at") */
	for (size_t i = ie; i < at;) {
		unsigned char ch = (unsigned char)s[i];
		if (!rx_is_alpha(ch) && ch < 0x80) {
			i++;
			continue;
		}
		size_t e = i;
		while (e < at && s[e] != ' ' && s[e] != ',')
			e++;
		char w[16];
		if (rx_is_lower(ch) &&
		    (e - i >= sizeof w || !rx_kwset_has(&between_kws, w, rx_fold(s + i, e - i, w, sizeof w))))
			return 0;
		i = e;
	}
	return 1;
}

/* A date or a time range written with the run's separators
 * (2024-03-15, 15.03.2024, 03/15/2024), or a range of two dates
 * ("06.09.2026–01.02.2026", "01.03.2025 - 15.03.2025"): never a phone. */
int rx_phone_is_date(const char *s, size_t len, size_t at, size_t end)
{
	struct rx_date d;
	if (!rx_parse_date(s, len, at, &d)) {
		/* a date glued to the next by '-' is read up to the '-' */
		const char *h = memchr(s + at, '-', end - at);
		if (!h || !rx_parse_date(s, (size_t)(h - s), at, &d) || d.end != (size_t)(h - s))
			return 0;
	}
	if (d.end + 1 >= end)
		return 1;
	size_t i = d.end, k = rx_dash_sep(s, len, i);
	if (k)
		i += k;
	else if (i < len && s[i] == '-')
		i++;
	else if (i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
		 ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94))
		i += 3;
	else
		return 0;
	return rx_parse_date(s, len, i, &d) && d.end + 1 >= end;
}

/* A bank account's word of Chinese, Japanese or Korean just before the
 * number on its line ("匯款帳號：043-710157-6"; the lexer reads a CJK run
 * as one word, so the context sets do not see it). */
int rx_phone_cjk_account_before(const char *s, size_t at)
{
	static const char *const w[] = {"帳號", "账号", "帳戶", "账户", "口座", "계좌", NULL};
	size_t a = at > 24 ? at - 24 : 0;
	for (size_t i = at; i > a; i--)
		if (s[i - 1] == '\n') {
			a = i;
			break;
		}
	for (const char *const *k = w; *k; k++)
		if (memmem(s + a, at - a, *k, strlen(*k)))
			return 1;
	return 0;
}
