/* phone_contact.c: contact data right before a national number (an e-mail
 * address, a name the gazetteer knows): phone.c takes it as a phone word;
 * more mobiles as their countries group them; what a table's column says
 * of its cells (moved from phone.c in stop 54). */
#include <string.h>

#include "phonemeta.h"
#include "redact_int.h"

int rx_phone_mobile_groups(const char *d, size_t n, const size_t *nd, size_t g)
{
	if (g != 2 || n != 10 || d[0] == '0')
		return 0;
	if (nd[0] == 3 && nd[1] == 3 && (d[0] == '3' || (d[0] == '6' && d[1] == '9')))
		return phonemeta_check_national(d[0] == '3' ? "IT" : "GR", d, n) == PHONEMETA_VALID;
	return 0;
}

/* Contact data right before the number: an e-mail address or a name the
 * gazetteer knows, then ", ", " - " or a space ("Afonso Vasconcelos, 214
 * 184 735", "bianca@uol.com.br, 21 98567-1512", "Dariusz Dąbrowski
 * 780952599", "Agnieszka Pawlak · a@o2.pl · 731 777 020", "Olga Berg
 * (349 721 0099)"): a contact list's or a signature's phone. */
int rx_phone_contact_before(const char *s, size_t at)
{
	size_t i = at;
	int dot = 0;
	if (i >= 3 && s[i - 1] == ' ' && s[i - 2] == ',')
		i -= 2;
	else if (i >= 4 && rx_dash_sep(s, i, i - 3) == 3)
		i -= 3;
	/* (an en or em dash: "Transmitente: Álvaro Aranda – 95 908 52 57") */
	else if (i >= 6 && rx_dash_sep(s, i, i - 5) == 5)
		i -= 5;
	/* a middle dot between a contact's fields: after an e-mail address
	 * only ("Ferrero Rocher · 1.20.674.147" is none) */
	else if (i >= 5 && s[i - 1] == ' ' && (unsigned char)s[i - 2] == 0xB7 &&
		 (unsigned char)s[i - 3] == 0xC2 && s[i - 4] == ' ')
		i -= 4, dot = 1;
	else if (i >= 3 && s[i - 1] == '(' && s[i - 2] == ' ')
		i -= 2; /* "Olga Berg (349 721 0099)" */
	else if (i >= 2 && s[i - 1] == ' ')
		i -= 1;
	else
		return 0;
	size_t b = i;
	while (b > 0 && i - b < 64 && !rx_in(" \t\n,;:(<", s[b - 1]))
		b--;
	if (b == i)
		return 0;
	const char *at_sign = memchr(s + b, '@', i - b);
	/* (not a role's mailbox: "reservations@hotel.example · 600 50 6657"
	 * is the firm's desk) */
	if (at_sign && memchr(at_sign, '.', (size_t)(s + i - at_sign)) && rx_is_alpha((unsigned char)s[i - 1]))
		return !rx_email_nobody(s, b, (size_t)(at_sign - s), (size_t)(at_sign - s) + 1, i);
	if (dot)
		return 0;
	size_t w = i, k;
	while (w > 0 && i - w < 40 && (k = rx_letter_before(s, w)) > 0)
		w -= k;
	if (w == i || w != b || !rx_cap_at(s, i, w) || i - w < 2 || rx_is_upper((unsigned char)s[w + 1]))
		return 0; /* (not a code in capitals: "(EVA 8082742)") */
	unsigned cls = rx_name_class(s + w, i - w);
	if ((cls & (RX_NAME_GIVEN | RX_NAME_SURNAME)) && !(cls & RX_NAME_STOP))
		return 1;
	/* a surname the gazetteer does not know after a name word it knows
	 * ("Ludovica Zanchetta, 327 ...", "Rocío Zamora Castaño 605...") */
	if (cls || w < 3 || s[w - 1] != ' ')
		return 0;
	size_t v = w - 1;
	while (v > 0 && w - 1 - v < 40 && (k = rx_letter_before(s, v)) > 0)
		v -= k;
	cls = v < w - 1 && rx_cap_at(s, w - 1, v) ? rx_name_class(s + v, w - 1 - v) : 0;
	return (cls & (RX_NAME_GIVEN | RX_NAME_SURNAME)) && !(cls & RX_NAME_STOP);
}

/* What the column of a table cell at `at` is named: 1 a phone, -1
 * something else ("IPI", "Share"), 0 no column. */
int rx_phone_column_says(struct rx_ctx *c, size_t at)
{
	static const char *const col[] = {"phone", "tel", "mobile", "cell", "handy", "fax",
					  "telefon", "téléphone", "teléfono", "telefone",
					  "telefono", "telefoon", "numer", "contact", "whatsapp",
					  "nomer", "simu", "wāea", "telefòn", "hp", "телефон",
					  "тел", "моб", "τηλεφωνο", "κινητο", "電話", "电话",
					  "전화", "연락처", "هاتف", "جوال", "טלפון", "फ़ोन", "फोन",
					  "ফোন", "โทร", "celular", "cel", "móvil", "movil", "fon",
					  "xov tooj", "kontak", NULL};
	/* columns of other numbers, as whole words of the header */
	static const char *const other[] = {"ipi", "isni", "iswc", "isrc", "imei", "iccid", "iban",
					    "account", "acct", "order", "invoice", "sku", "ean", "upc",
					    "serial", "ref", "reference", "tracking", "awb", "policy",
					    "claim", "ticket", "case", "member", "customer id",
					    /* a drug's codes, a sample's, a patient's record */
					    "ndc", "pzn", "cip", "gtin", "lot", "batch", "mrn", "accession",
					    /* a postcode's (stop 50: "85729-3566" under ZIP) */
					    "zip", "zipcode", "postcode", "postal", "plz", "cep",
					    /* an event's, an incident's id (stop 52:
					     * "event_id" over "20260213-1526") */
					    "id", "uuid", "incident", "event", "coords", "gps", "lat", NULL};
	char hdr[64];
	if (!rx_column_header(c, at, hdr, sizeof hdr))
		return 0;
	for (const char *const *k = col; *k; k++)
		if (strstr(hdr, *k))
			return 1;
	for (const char *const *k = other; *k; k++) {
		const char *p = strstr(hdr, *k);
		size_t n = strlen(*k);
		if (p && (p == hdr || !rx_is_alnum((unsigned char)p[-1])) && !rx_is_alnum((unsigned char)p[n]))
			return -1;
	}
	return 0;
}
