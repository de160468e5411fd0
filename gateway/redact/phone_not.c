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
 *   匯款帳號：043-710157-6                    a bank account after its CJK word
 *   Hotel Alfonso XIII · ... · Tel. +34 ...  a hotel's, a consulate's, a
 *                                          mover's footer
 *   Order no. 0612 345 678, ETKT 016 ...   the words that make a number
 *   Centralita: +30 210 333 0000           something else, a firm's desk
 *                                          among them (phone.c reads them) */
#include <string.h>

#include "person_int.h"
#include "phonemeta.h"

/* Words that make the number something else (phone.c reads the nearest
 * word of these and of its phone words). */
const char *const rx_phone_not_words[] = {
	"order", "order no", "invoice", "ref", "reference", "ticket", "id", "no.", "nr.", "nº",
	"numéro d'ordre", "n° d'ordre", "pcn", "pcn number", "z-index",
	"account", "acct", "iban", "bic", "card", "isbn", "ean", "gtin", "imei", "serial",
	"sku", "part", "pn", "tracking", "amount", "total", "price", "balance", "bestellung",
	"commande", "pedido", "ordine", "bestelling", "rechnung", "factura", "facture",
	"fattura", "sendung", "kundennummer", "cpf", "dni", "nie", "bsn", "ssn", "itin",
	"aadhaar", "pan", "nhs", "steuer-id", "steuerid", "nir", "sécu", "passport",
	"passeport", "pasaporte", "reisepass", "version", "build", "port", "pid", "uid",
	"zip", "postcode", "plz", "cep", "cap", "pin", "code", "otp", "€", "$", "£", "chf",
	"taf", "metar", "tempo", "becmg", "prob30", "prob40", "renavam", "chassi", "vin",
	"eur", "usd", "inr", "brl", "kg", "km", "nhs number", "nhs no", "bsn-nummer",
	"bsn nummer", "burgerservicenummer", "passport number", "passport no", "id number",
	"tax id", "ni number", "insurance number", "sécurité sociale", "social security",
	"steuernummer", "steuer-id", "steueridentifikationsnummer", "codice fiscale", "ausweis",
	"policy", "policy number", "police", "polizza", "póliza", "apólice", "polis",
	"polisnummer", "claim", "member", "membership", "contract", "vertrag", "contrat",
	"contratto", "contrato", "travel document", "documento de viaje", "documento de viagem",
	"document de voyage", "reisedokument", "documento di viaggio", "reisdocument",
	"personalausweis", "aadhaar", "आधार", "reference number", "order number",
	"tracking number", "account number", "customer number", "invoice number",
	"case number", "ticket number", "serial number", "part number", "ref number",
	"batch", "lot", "model", "item", "article", "artikel", "patron", "barcode", "meter",
	"meter number", "zähler", "zählernummer", "compteur", "contador", "contatore",
	"library card", "loyalty", "pesel", "personnummer", "personnr", "kimlik", "tckn",
	"henkilötunnus", "hetu", "cpr", "cpr-nr", "fødselsnummer", "fnr", "rodné číslo", "r. č.",
	"n° national", "rijksregisternummer", "national number", "kennitala", "cnp", "cuil",
	"cuit", "curp", "social insurance number", "versichertennummer", "kvnr", "egn", "егн",
	"jmbg", "јмбг", "emšo", "emso", "oib", "amka", "isikukood", "asmens kodas",
	"personas kods", "rut", "nif", "mykad", "rrn", "routing", "routing number", "aba",
	"sort code", "akaun", "account", "senderid", "messagingsenderid", "appid", "record id",
	"order id", "backer", "sv-nummer", "sv-nr", "sozialversicherungsnummer",
	"rentenversicherungsnummer", "rv-nummer", "nss", "afiliación", "pis", "pasep",
	"national id", "national_id", "juror", "juror number", "ird", "ird number", "medicare",
	"medicare number", "medicare card", "niss",
	"employer identification number", "register number", "registernummer", "numéro fip", "fip",
	"référence de l'avis", "numéro fiscal", "numéro de l'avis", "серия и номер", "серия",
	"номер паспорта", "mtcn", "tickets", "miles", "skyclub", "frequent flyer", "contractnummer",
	"klantnummer", "vertragsnummer", "meternummer", "vat", "vat number", "vat no", "sözleşme",
	"abonelik", "nipc", "nipc:", "rcs", "siren", "siret", "idnumber", "kwota", "zamówienie",
	/* a firm's VAT and enterprise numbers (stop 52: "P. IVA 04117720961",
	 * "BCE 0412.776.118", "UID ATU...") */
	"p. iva", "p.iva", "partita iva", "bce", "kbo", "uid", "ust-idnr", "cod. fisc.",
	/* a ticket's, a booking's or a bag's number, a loyalty programme's */
	"etkt", "etkt nbr", "billet", "n° billet", "billete", "núm. billete", "biglietto",
	"n. biglietto", "bilhete", "e-ticket", "eticket", "ticketnummer", "bag tag", "confirmation",
	"confirmation number", "conferma", "numero di conferma", "confirmação",
	"número de confirmação", "confirmación", "número de confirmación", "bestätigungsnummer",
	"buchungsnummer", "bevestigingsnummer", "номер подтверждения", "подтверждения",
	"flying blue", "miles & more", "latam pass",
	/* a firm's or a ward's line, not a person's: its switchboard, reception
	 * and helpline (the labelled parts never label one; "front desk" and
	 * "enquiries" they do) */
	"switchboard", "reception", "receptie", "recepción", "accueil", "anmeldung", "zentrale",
	"helpline", "hotline:", "customer service", "kundenservice", "servicenummer", "service number",
	"duty phone", "diensttelefon", "dienst-tel", "centralino", "centrale", "centralita",
	"huisartsenpost", "справочная", "регистратура",
	"регистратуры", "çağrı merkezi", "call center", "call centre", "asistencia 24 h",
	"asistencia 24h", "assistenza 24h", "assistance 24h", "24h assistance", "24-hour assistance",
	"υποστήριξη 24ω", "ศูนย์ช่วยเหลือ", "代表", "kundendienst", "atención al cliente",
	"servicio al cliente", "assistenza clienti", "service client", "klantenservice",
	"müşteri hizmetleri", "baggage service",
	/* a utility's customer and meter numbers (stop 45) */
	"numer klienta", "numer licznika", "ppe", "nr klienta", "numéro client", "n° client",
	"número de cliente", "codice cliente", "numero cliente", "kundnummer", "mätarnummer",
	"quoting your account reference", "quote #", "devis #", "wycena", "offert",
	/* a university's gatehouse and a study's line (stop 48) */
	"porters' lodge", "porters lodge", "lodge", "pforte", "portierloge", "conserjería",
	"portineria", "studientelefon", "study hotline", "study line",
	/* an animal's papers and a practice's desks (stop 51) */
	"ueln", "microchip", "mikrochip", "chip", "chipnummer", "chip-nr", "transponder",
	"transponder-nr", "transpondeur", "mikrosirun numero", "microcip", "mikroçip", "passnumret",
	"heimtierausweis", "equidenpass", "segreteria", "reperibilità", "secretaría", "sekretariat",
	/* a firm's D-U-N-S number and its executive sponsor's line in a
	 * CRM's account notes */
	"duns", "d-u-n-s", "sponsor line", "exec sponsor line",
	/* a practice's out-of-hours line */
	"out of hours", "after hours", "out-of-hours", "notdienst", "εφημερία", "야간 응급",
	/* a parcel's, a shipment's and an air waybill's numbers, a dangerous
	 * load's emergency line (stop 53) */
	"parcel", "przesyłki", "nr przesyłki", "encomenda", "colis", "paquete", "pacco", "pakket",
	"paket", "shipment", "awb", "mawb", "hawb", "waybill", "consignment", "24h emergency",
	"24-hour emergency", "emergency response",
	/* a firm's Vietnamese tax code, an incident's and a case's number
	 * quoted to the police ("MST 0391320278", "quoting incident
	 * 2026-078329", "pratica B/2085/2026") */
	"mst", "mã số thuế", "incident", "pratica",
	/* a parish's and a charity's registration numbers (stop 56: "Org.nr
	 * 252004-1837", "RSIN 8240.31.775") */
	"parish office", "org.nr", "org.nr.", "org nr", "orgnr",
	"organisationsnummer", "organisasjonsnummer", "rsin", "charity number", "charity no",
	"registered charity", "charity reg",
	/* a bag's tags (stop 57: "Rush tags printed: 0618229029 ..
	 * 0618435569") */
	"tag", "tags", "bag tags", "rush tag", "rush tags",
	/* a business's own line (stop 59: "Reply should mention our number
	 * 022-215-4470"; no part labels a number after it) */
	"our number", "our phone number",
	/* a depot's line, and the number a practice's or a prison's reminder
	 * gives for changing the booking (stop 62: "Depot phone *4180",
	 * "Änderungen unter 05382 9184-0", "para cambiarla llama al ...",
	 * "לשינוי התקשרו ...", "للتغيير اتصل على ...") */
	"depot phone", "depot line", "änderungen unter", "para cambiarla llama al",
	"para cambiarlo llama al", "para remarcar ligue", "değiştirmek için", "pour le modifier",
	"to change it, call", "to change it call", "to reschedule, call", "to reschedule call",
	"לשינוי התקשרו", "للتغيير اتصل على", NULL,
};

_Static_assert(sizeof rx_phone_not_words / sizeof rx_phone_not_words[0] <= RX_PHONE_NOT_WORDS,
	       "phone.c's context set holds RX_PHONE_NOT_WORDS of them");

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
	 * six digits, 3-3-3; their shared-cost and business numbers too
	 * (Spain's 901, 902; Portugal's 808, 707, 760; Poland's 801, 804;
	 * Italy's 803, 199, 848, 892) */
	if (g == 2 && nd[0] == 3 && nd[1] == 3 && nd[2] == 3) {
		static const char *const p3[] = {"900", "800", "901", "902", "808", "707", "760", "801", "804", "803",
						 "199", "848", "892", NULL};
		for (const char *const *p = p3; *p; p++)
			if (!memcmp(d, *p, 3))
				return 1;
	}
	/* the United Kingdom's non-geographic 03 and 084/087 numbers, South
	 * Africa's 0860/0861, as their 4-3-4 and 4-3-3 groups ("0345 133
	 * 0780", "0860 816 789"; Italy's "0871/812623" is someone's);
	 * France's 09 69 ("numéros Cristal", "09 69 40 41 67"); Belgium's
	 * 070 and 078 ("078 46 19 26") */
	if (nd[0] == 4 && g == 2 && nd[1] == 3 && (nd[2] == 3 || nd[2] == 4)) {
		static const char *const p4[] = {"0300", "0330", "0333", "0344", "0345", "0370", "0371", "0843", "0844",
						 "0845", "0870", "0871", "0860", "0861", NULL};
		for (const char *const *p = p4; *p; p++)
			if (!memcmp(d, *p, 4))
				return 1;
	}
	/* premium rate numbers as their 4-3-4 groups (stop 52: the
	 * Netherlands', Austria's, Britain's 0900, "0900 521 7439"; Viet
	 * Nam's mobiles "0900 712 478" are 4-3-3, and Nigeria's and the
	 * Philippines' 0901, 0906, 0909 are mobiles) */
	if (nd[0] == 4 && g == 2 && nd[1] == 3 && nd[2] == 4 && !memcmp(d, "0900", 4))
		return 1;
	if (n == 10 && nd[0] == 2 && g >= 4 && nd[1] == 2 && !memcmp(d, "0969", 4))
		return 1;
	return n == 9 && nd[0] == 3 && g == 3 && (!memcmp(d, "078", 3) || !memcmp(d, "070", 3));
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
	"клиника", "НМИЦ",
	/* hotels, consulates, movers: a booking's or a letter's footer
	 * ("Hotel Alfonso XIII · Calle San Fernando 2, 41004 Sevilla · Tel.
	 * +34 954 91 70 00") */
	"hotel", "hôtel", "hotell", "otel", "albergo", "pousada", "hostal", "hostel", "resort",
	"gasthof", "consulate", "embassy", "konsulat", "botschaft", "generalkonsulat", "consulado",
	"embajada", "consolato", "ambasciata", "ambassade", "consulaat", "relocations", "removals",
	"traslochi", "umzüge", "déménagements", "mudanzas", "mudanças", "verhuizingen",
	/* stop 51: vets' practices, surgeries and farmers' co-operatives
	 * ("Tierklinik Almblick, 03152 25449", "Molkerei Geestland eG · ...") */
	"tierklinik", "tierarztpraxis", "tierärztliche", "dierenkliniek", "dierenartsenpraktijk",
	"veterinary", "vétérinaire", "veterinaria", "veterinário", "veterinária", "veterinär",
	"eläinlääkäriasema", "eläinklinikka", "terveysasema", "djursjukhus", "djurklinik",
	"dyreklinikk", "dyreklinikken", "dyrehospital", "hausarztpraxis", "lecznica",
	"weterynaryjna", "veterinární", "ветклиника", "ветеринарна", "cooperative", "coopérative",
	"cooperativa", "genossenschaft", "molkerei", "kooperativ", "кооператив", NULL,
};
static struct rx_kwset institution_kws = RX_KWSET(institution);

int rx_phone_inst_before(const struct rx_ctx *c, size_t at)
{
	const char *s = c->text;
	/* (the area code's parenthesis: "..., (740) 719-0516)") */
	if (at >= 9 && s[at - 1] == '(')
		at--;
	if (at < 8 || s[at - 1] != ' ' || s[at - 2] != ',')
		return 0;
	/* the name, in parentheses after a person's: back to '(' (after a
	 * comma, "Doctor: Dr X, Moor Lane Medical Centre, 0113 ...", the
	 * number is the doctor's, as the labelled parts 8 and 20 say) */
	size_t e = at - 2, b = e, ls = rx_line_start(s, at);
	while (b > ls && e - b < 72 && !rx_in("(,:)", s[b - 1]))
		b--;
	if (e - b >= 72 || b == ls || s[b - 1] != '(')
		return 0;
	while (b < e && s[b] == ' ')
		b++;
	return b < e && (rx_cap_at(s, e, b) || (unsigned char)s[b] >= 0xE0) &&
	       rx_kw_last(c, &institution_kws, b, e, NULL) != RX_NONE;
}

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

/* North America's area code 555 in its layout of 3, 3 and 4 digits, which
 * no one has ("(555) 010-0000"; Mexico City's "55 5771 1786" is
 * someone's). */
int rx_phone_fiction(const char *d, size_t n, const size_t *nd, size_t g)
{
	return ((n == 10 && g == 2 && nd[0] == 3 && nd[1] == 3) || (n == 11 && d[0] == '1' && g == 3 && nd[1] == 3 && nd[2] == 3)) &&
	       !memcmp(d + n - 10, "555", 3);
}

/* Whether [at, end) holds a range of times: "10.00–12.00", "8:30 - 10:30"
 * (hours, '.' or ':', two digits, a dash, the same again). */
int rx_phone_time_range(const char *s, size_t at, size_t end)
{
	/* (a cheap look first: a dash in the run) */
	size_t k;
	for (k = at; k < end && s[k] != '-' && (unsigned char)s[k] != 0xE2; k++)
		;
	if (k == end)
		return 0;
	for (size_t i = at; i + 4 < end; i++) {
		if (!rx_in(".:", s[i]) || !rx_is_digit((unsigned char)s[i - (i > at)]) ||
		    !rx_is_digit((unsigned char)s[i + 1]) || !rx_is_digit((unsigned char)s[i + 2]))
			continue;
		size_t q = i + 3;
		while (q < end && s[q] == ' ')
			q++;
		if (q < end && s[q] == '-')
			q++;
		else if (q + 2 < end && (unsigned char)s[q] == 0xE2 && (unsigned char)s[q + 1] == 0x80 &&
			 ((unsigned char)s[q + 2] == 0x93 || (unsigned char)s[q + 2] == 0x94))
			q += 3;
		else
			continue;
		while (q < end && s[q] == ' ')
			q++;
		size_t h = q;
		while (q < end && rx_is_digit((unsigned char)s[q]))
			q++;
		if (q > h && q - h <= 2 && q < end && rx_in(".:", s[q]))
			return 1;
	}
	return 0;
}

/* Whether a run at `at` goes on from what is before it: a date's month
 * and year after its day ("10/⟨01/2027 8.30⟩"), a dotted identifier's
 * last parts (a DOI's "10.1371/j.cell.⟨2023.07.058⟩"; not "tel.0065 ..."). */
int rx_phone_in_ident(const char *s, size_t len, size_t at)
{
	if (at < 2)
		return 0;
	/* an animal's ear tag or passport after its country's two capitals
	 * ("CZ 02 968 64898", "SE 01 0502229"; stop 51) */
	if (at >= 3 && s[at - 1] == ' ' && rx_is_upper((unsigned char)s[at - 2]) && rx_is_upper((unsigned char)s[at - 3]) &&
	    (at == 3 || !rx_is_alnum((unsigned char)s[at - 4])) && at + 10 <= len && rx_is_digit((unsigned char)s[at]) &&
	    rx_is_digit((unsigned char)s[at + 1]) && s[at + 2] == ' ' && rx_is_digit((unsigned char)s[at + 3]) &&
	    rx_is_digit((unsigned char)s[at + 4]) && rx_is_digit((unsigned char)s[at + 5])) {
		/* (a group of three digits or more after the first two: a
		 * French number after a department, "IT 05 18 68 49 72", is
		 * a phone) */
		size_t k = at + 3, nd = 2;
		while (k < len && (rx_is_digit((unsigned char)s[k]) || (s[k] == ' ' && k + 1 < len && rx_is_digit((unsigned char)s[k + 1]))))
			nd += rx_is_digit((unsigned char)s[k++]) != 0;
		if (nd >= 9 && nd <= 12)
			return 1;
	}
	if (s[at - 1] == '/' && rx_is_digit((unsigned char)s[at - 2])) {
		size_t k = at;
		while (k < len && k - at < 3 && rx_is_digit((unsigned char)s[k]))
			k++;
		return k - at >= 1 && k - at <= 2 && k + 5 <= len && s[k] == '/' && rx_is_digit((unsigned char)s[k + 1]) &&
		       rx_is_digit((unsigned char)s[k + 4]);
	}
	if (s[at - 1] != '.' || !rx_is_alnum((unsigned char)s[at - 2]))
		return 0;
	size_t w = at - 1;
	while (w > 0 && at - w < 32 && rx_is_alnum((unsigned char)s[w - 1]))
		w--;
	return w > 0 && (s[w - 1] == '.' || s[w - 1] == '/');
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

/* The address around the '@' at s[m], within [lo, hi): a role's mailbox
 * or a placeholder's (rx_email_nobody). */
static int nobody_at(const char *s, size_t lo, size_t hi, size_t m)
{
	size_t l0 = m, de = m + 1;
	/* (a tag after '+' is its owner's: "hannah+news@" is Hannah's) */
	while (l0 > lo && (rx_is_alnum((unsigned char)s[l0 - 1]) || rx_in("._-+", s[l0 - 1])))
		l0--;
	while (de < hi && (rx_is_alnum((unsigned char)s[de]) || rx_in(".-", s[de])))
		de++;
	while (de > m + 1 && s[de - 1] == '.')
		de--;
	return l0 < m && de > m + 1 && rx_email_nobody(s, l0, m, m + 1, de);
}

/* The start of a word of choice that ends at b ("or", "oder", "ou par
 * téléphone", "或致电"), spaces before it skipped; b when none ends there. */
static size_t or_word_before(const char *s, size_t ls, size_t b)
{
	static const char *const w[] = {
		"or call", "or phone", "oder telefonisch", "oder unter", "ou par téléphone", "ou appelez le",
		"o llama al", "o al telefono", "of bel", "или по телефону", "或致电", "或", "または",
		"or", "oder", "ou", "o", "of", "y", "veya", "ya da", "или", "eller", "lub", "albo", "nebo",
		"vagy", "sau", "ή", NULL};
	for (const char *const *k = w; *k; k++) {
		size_t l = strlen(*k);
		if (b < ls + l + 2 || memcmp(s + b - l, *k, l))
			continue;
		/* (a word of its own: a space or a CJK letter before it) */
		size_t e = b - l;
		if (s[e - 1] != ' ' && !((unsigned char)(*k)[0] >= 0xE3))
			continue;
		while (e > ls && s[e - 1] == ' ')
			e--;
		return e;
	}
	return b;
}

/* A role's mailbox after the number or a website on either side of it,
 * on its line within 120 bytes, no table's cell and no comma between
 * ("Bookings: 0734 252 0140 · bookings@mainatours.in", "call (740)
 * 555-0148; booster bookings to boosters@...", "Prenoti allo 0524 530 117
 * o su www.vetcorbezzolo.it", "Book online at www.wagtailvets.co.uk or
 * call 01632 960 284"; stop 65; phone.c asks it of a number it would
 * report). Not after a comma ("Sales: Ottilie Crabtree, +44 7423 ...", a
 * person's) nor after a mobile's word. */
int rx_phone_site_near(const char *s, size_t len, size_t at, size_t end)
{
	size_t pb = at;
	while (pb > 0 && s[pb - 1] == ' ')
		pb--;
	if (pb > 0 && s[pb - 1] == ',')
		return 0;
	/* (a cheap look first: an '@' or a "www." within 120 bytes after it,
	 * or a "www." within 120 before) */
	size_t fe = len - end < 120 ? len : end + 120, fb = pb > 120 ? pb - 120 : 0;
	if (!memchr(s + end, '@', fe - end) && !memmem(s + end, fe - end, "www.", 4) && !memmem(s + fb, pb - fb, "www.", 4))
		return 0;
	/* (nor a mobile's: "Mobile +43 660 4556244 (Lene) / casting@...") */
	static const char *const mob[] = {"mobile", "mobile:", "mob", "mob:", "mob.", "cell", "cell:", "handy", "handy:",
					  "cellulare", "móvil", "movil", "celular", "portable", "gsm", "mobil", "mobiel", NULL};
	size_t wb = pb;
	while (wb > 0 && pb - wb < 16 &&
	       (rx_is_alpha((unsigned char)s[wb - 1]) || (unsigned char)s[wb - 1] >= 0x80 || rx_in(".:", s[wb - 1])))
		wb--;
	for (const char *const *m = mob; *m; m++)
		if (strlen(*m) == pb - wb && rx_fold_eq(s + wb, *m, pb - wb))
			return 0;
	for (size_t q = end; q < fe && !rx_in("\n|\t;,", s[q]); q++)
		if ((s[q] == '@' && q > end + 1 && nobody_at(s, end, len, q)) ||
		    (s[q] == 'w' && q + 4 < len && !memcmp(s + q, "www.", 4) && !rx_is_alnum((unsigned char)s[q - 1])))
			return 1;
	for (size_t q = pb; q >= 4 && q > fb && !rx_in("\n|\t;,", s[q - 1]); q--)
		if (s[q - 4] == 'w' && !memcmp(s + q - 4, "www.", 4) && (q == 4 || !rx_is_alnum((unsigned char)s[q - 5])))
			return 1;
	return 0;
}

int rx_phone_block_firm(const char *s, size_t len, size_t at, size_t end)
{
	/* a service's desk: the number, ", ", " or e-mail " or " / " and a
	 * role's mailbox ("Consultas: 0300 123 1372, kontakt@justiz.example",
	 * "Late arrivals: call 02 712 4410 or e-mail exams@...", "Questions:
	 * 01278 422 915 / reception@..."; the last three stop 58; "Call 03 85
	 * 94 12 60, mail reception@...", stop 59: the longer first) */
	static const char *const or_mail[] = {", mail ", ", email ", ", e-mail ", ", ", " or e-mail ", " or email ",
					      " or mail ", " or ", " / ", NULL};
	for (const char *const *w = or_mail; *w; w++) {
		size_t l = strlen(*w), q = end + l;
		if (q + 4 >= len || memcmp(s + end, *w, l))
			continue;
		while (q < len && q - end - l < 40 && (rx_is_alnum((unsigned char)s[q]) || rx_in("._-", s[q])))
			q++;
		if (q < len && s[q] == '@' && nobody_at(s, end + l, len, q))
			return 1;
		break;
	}
	size_t ls = rx_line_start(s, at);
	/* a business's office after a middle dot or a comma ("Kit: Hollywood
	 * wax set, 9N · office (19) 3251-4470"; stop 59) */
	size_t ob = at > ls && s[at - 1] == '(' ? at - 1 : at;
	if (ob >= ls + 10 && rx_fold_eq(s + ob - 7, "office ", 7) &&
	    ((s[ob - 9] == ',' && s[ob - 8] == ' ') || (ob >= ls + 11 && !memcmp(s + ob - 10, "\xc2\xb7 ", 3))))
		return 1;
	/* a form's employer's or hotel's line (stop 52) */
	if (rx_employer_label(s, ls, at))
		return 1;
	/* or after a role's mailbox and a dash or a comma ("Infos :
	 * billetterie@tournoi-example.fr – 01 47 43 48 00"; a cheap look
	 * first: an '@' before the number) */
	if (at >= ls + 8 && memchr(s + ls, '@', at - ls)) {
		size_t b = at;
		if (s[b - 1] == '(') /* (an area code's: "or call (303) 555-0100") */
			b--;
		while (b > ls && (s[b - 1] == ' ' || s[b - 1] == ','))
			b--;
		if (b >= ls + 3 && (unsigned char)s[b - 3] == 0xE2 && (unsigned char)s[b - 2] == 0x80 &&
		    ((unsigned char)s[b - 1] == 0x93 || (unsigned char)s[b - 1] == 0x94))
			for (b -= 3; b > ls && s[b - 1] == ' ';)
				b--;
		/* (or a word of choice: "Fragen? help@tierfinder.example oder
		 * 04941 86222", "visas@... 或致电 +34 ...") */
		else
			b = or_word_before(s, ls, b);
		size_t d = b;
		while (d > ls && (rx_is_alnum((unsigned char)s[d - 1]) || rx_in(".-", s[d - 1])))
			d--;
		if (d > ls + 1 && s[d - 1] == '@' && b > d && nobody_at(s, ls, b, d - 1))
			return 1;
	}
	/* a letterhead's phone line ("Tel. 04 72 60 70 12") under the
	 * address of a firm or a public body that heads the block */
	static const char *const labels[] = {"tel", "tel.", "t", "phone", "telefon", "téléphone", "tfn", "tlf", NULL};
	if (at - ls > 12 || !rx_in("tTpP", s[ls]))
		return 0;
	size_t le = ls;
	while (le < at && rx_is_alpha((unsigned char)s[le]))
		le++;
	if (le < at && s[le] == '.')
		le++;
	int lab = le > ls && at - le <= 2;
	for (const char *const *l = labels; *l && lab; l++)
		if (strlen(*l) == le - ls && rx_fold_eq(s + ls, *l, le - ls))
			lab = 2;
	if (lab != 2 || ls < 2)
		return 0;
	size_t p = ls;
	for (int k = 0; k < 3 && p >= 2; k++) {
		size_t q = rx_line_start(s, p - 1);
		if (q == p - 1 || (k > 0 && memchr(s + q, ':', p - 1 - q)))
			return 0; /* (a blank line ends the block, a form's field is none of it) */
		/* (a cheap look first: an address's line holds a number) */
		size_t d = q;
		while (d < p - 1 && !rx_is_digit((unsigned char)s[d]))
			d++;
		if (d < p - 1 && rx_firm_address(s, len, q))
			return 1;
		p = q;
	}
	return 0;
}

/* A cell of a delimited row (tab, ';', ',' or '|' on both sides). */
int rx_phone_csv_cell(const char *s, size_t len, size_t a, size_t b)
{
	char l = a > 0 ? s[a - 1] : '\n', r = b < len ? s[b] : '\n';
	if (!rx_in("\t;,|\n", l) || !rx_in("\t;,|\n", r) || (l == '\n' && r == '\n'))
		return 0;
	/* the line holds at least two delimiters of that kind */
	char d = l != '\n' ? l : r;
	size_t ls = rx_line_start(s, a), le = rx_line_end(s, len, b), k = 0;
	for (size_t i = ls; i < le; i++)
		k += s[i] == d;
	return k >= 2;
}

/* An amount: the run goes on with a decimal part ("1 234 567,89"). */
/* A desk's note in parentheses right after the number ("+44 20 3966 0100
 * (airline call centre)", "(switchboard)"): a firm's line (stop 57). */
int rx_phone_desk_after(const char *s, size_t len, size_t end)
{
	static const char *const desks[] = {"call centre", "call center", "helpline", "switchboard",
					    "reception", "customer service", "hotline", NULL};
	if (end + 4 >= len || s[end] != ' ' || s[end + 1] != '(')
		return 0;
	const char *cp = memchr(s + end + 2, ')', len - end - 2 < 48 ? len - end - 2 : 48);
	return cp && rx_phrase_in(s, end + 2, (size_t)(cp - s), desks);
}

int rx_phone_amount_after(const char *s, size_t len, size_t end)
{
	/* (not a CSV's next cells: ",22.5", ",30,1207.50" after the phone's
	 * cell; stop 60) */
	return end + 2 < len && (s[end] == ',' || s[end] == '.') && rx_is_digit((unsigned char)s[end + 1]) &&
	       rx_is_digit((unsigned char)s[end + 2]) &&
	       (end + 3 == len || !(rx_is_digit((unsigned char)s[end + 3]) ||
				    (s[end] == ',' && end + 4 < len && rx_in(",.", s[end + 3]) &&
				     rx_is_digit((unsigned char)s[end + 4]))));
}
