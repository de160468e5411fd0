/* phone_firm.c: numbers that reach a firm, not a person (phone.c asks).
 *
 *   +49 800 1505050, +44 345 108 0422      a firm's type of number, by its
 *                                          country's plan
 *   Kingsway Pharmacy 0161 268 1945        an institution's letterhead or
 *   CHU Pontchaillou · Service Kardio 3 · 03 56 90 85 36     sign: its name,
 *                                          its department, its number */
#include <string.h>

#include "person_int.h"
#include "phonemeta.h"

int rx_phone_firm_number(int cc)
{
	/* (the North American plan's toll-free area codes, 800, 888, 877,
	 * 866..., are drawn for people's numbers by the labelled corpora like
	 * any other) */
	return cc != 1 && phonemeta_firm();
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
	"poliklinik", "ambulatorio", "больница", "Больница", "поликлиника", "Поликлиника",
	"клиника", "Клиника", "НМИЦ", NULL,
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
	for (size_t i = ls; i < at; i++)
		if (s[i] == ':' || s[i] == '@')
			return 0;
	if (rx_kw_last(c, &pn_title_kws, ls, at, NULL) != RX_NONE)
		return 0;
	size_t ie = rx_kw_last(c, &institution_kws, ls, at, NULL);
	if (ie == RX_NONE)
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
