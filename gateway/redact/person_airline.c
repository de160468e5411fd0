/* person_airline.c: passengers' names as airlines print them: a
 * booking's SURNAME/GIVEN with its title, numbered or under a passenger
 * word, and a boarding pass's bar code read as text. */
#include <string.h>

#include "person_int.h"

/* A passenger name as airlines print it: "KAYA/DERYA", "SMITH/JOHN
 * ALBERT MR" (SURNAME/GIVEN, ASCII capitals; the title stays outside),
 * under a passenger or name word on its line or the line above, or with a
 * part the gazetteer knows ("TCP/IP" and "CI/CD" are no names). */
static const char *const pax_words[] = {
	"passenger", "passengers", "name", "pax", "passagier", "passager", "pasajero",
	"passageiro", "passeggero", "traveller", "traveler", "guest", "nom", "nombre", "nome",
	"naam", "boarding pass", "bordkarte", "carte d'embarquement", "tarjeta de embarque", NULL,
};
static struct rx_kwset pax_kws = RX_KWSET(pax_words);

static size_t caps_run(const char *s, size_t len, size_t i)
{
	size_t e = i;
	while (e < len && rx_is_upper((unsigned char)s[e]))
		e++;
	return e;
}

/* A boarding pass's bar code as text (IATA BCBP): "M1", the name in a
 * field of twenty ("KOBAYASHI/ERIKO     ", "SOLISZAMORA/RIGOBERT"), then
 * 'E' and the booking's code. */
static unsigned bcbp_name(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t a = c->ms + 2, e = a + 20;
	if (e + 7 > c->len || s[e] != 'E' || !memchr(s + a, '/', 20))
		return 0;
	for (size_t i = a; i < e; i++)
		if (!rx_is_upper((unsigned char)s[i]) && !rx_in("/ -", s[i]))
			return 0;
	while (e > a && s[e - 1] == ' ')
		e--;
	return (unsigned)rx_emit(c, a, e, REDACT_PERSON);
}

/* An agent's sign-off on a baggage or a booking message, "AG Évariste
 * CDGKV", "AG 陽菜 HNDKV": "AG" opening the line, one word of any script
 * (the agent's given name), then the station's and the airline's codes in
 * five capitals. Read at the person trigger's 'A' (pn_airline_name).
 * New in stop 57. */
static unsigned agent_sign(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, a = c->ms + 3, e = a, k;
	if (a + 8 > len || (c->ms > 0 && s[c->ms - 1] != '\n'))
		return 0;
	while (e < len && e - a < 40 && (k = rx_letter_at(s, len, e)) > 0)
		e += k;
	/* (a word of three-byte letters, Han or Thai, is read byte by byte) */
	while (e < len && e - a < 40 && (unsigned char)s[e] >= 0xE0)
		e += 3;
	if (e == a || e + 6 >= len || s[e] != ' ')
		return 0;
	for (size_t i = e + 1; i < e + 6; i++)
		if (!rx_is_upper((unsigned char)s[i]))
			return 0;
	if (e + 6 < len && !rx_in(" \n\r", s[e + 6]))
		return 0;
	return (unsigned)rx_emit(c, a, e, REDACT_PERSON);
}

unsigned pn_airline_name(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t a = c->ms, se = caps_run(s, c->len, a);
	if (se == a + 2 && s[a] == 'A' && s[a + 1] == 'G' && a + 3 < c->len && s[a + 2] == ' ')
		return agent_sign(c);
	if (s[a] == 'M' && a + 3 < c->len && s[a + 1] >= '1' && s[a + 1] <= '4' && rx_is_upper((unsigned char)s[a + 2]))
		return bcbp_name(c);
	if (se - a < 2 || se + 3 >= c->len || s[se] != '/' || (a > 0 && (rx_letter_before(s, a) || s[a - 1] == '/')))
		return 0;
	/* an identifier's grammar ("user:ISSUER/SUB"): a lower-case word
	 * glued to it by ':' */
	if (a >= 2 && s[a - 1] == ':' && rx_is_lower((unsigned char)s[a - 2]))
		return 0;
	size_t ge = caps_run(s, c->len, se + 1);
	if (ge - se - 1 < 2 || ge - a < 6 || (ge < c->len && (rx_letter_at(s, c->len, ge) || rx_in("/:", s[ge]))))
		return 0;
	/* two ids' acronyms in a header ("DNI/NIE", "NIF/CIF", "CPF/CNPJ") */
	static const char *const ids[] = {"DNI", "NIE", "NIF", "CIF", "NIT", "CPF", "CNPJ", "SSN", "TIN",
					  "PAN", "VAT", "IBAN", "BIC", "SWIFT", "NHS", "RUT", "RUN", "TVA", NULL};
	for (const char *const *q = ids; *q; q++)
		if (strlen(*q) == se - a && !memcmp(*q, s + a, se - a))
			return 0;
	/* a middle name, not a title */
	static const char *const titles[] = {"MR", "MRS", "MS", "MISS", "MSTR", "DR", "PROF", "CHD", "INF", NULL};
	int titled = 0;
	for (int k = 0; k < 3 && ge + 2 < c->len && s[ge] == ' '; k++) {
		size_t me = caps_run(s, c->len, ge + 1);
		if (me - ge - 1 < 2 || (me < c->len && rx_letter_at(s, c->len, me)))
			break;
		int title = 0;
		for (const char *const *q = titles; *q && !title; q++)
			title = strlen(*q) == me - ge - 1 && !memcmp(*q, s + ge + 1, me - ge - 1);
		if (title) {
			/* (the title right after: a booking's own layout) */
			titled = k == 0 && (me == c->len || !rx_is_alnum((unsigned char)s[me])) &&
				 !(se - a == 3 && ge - se == 4); /* (not two airports, "LHR/JFK") */
			break;
		}
		ge = me;
	}
	/* (or after a fixed-width list's spaces: "02 URRUTIKOETXEA/ANSELMO   MR
	 *   07JUN75"; stop 64) */
	if (!titled && ge + 4 < c->len && s[ge] == ' ' && s[ge + 1] == ' ' && !(se - a == 3 && ge - se == 4)) {
		size_t q = ge;
		while (q < c->len && q - ge < 24 && s[q] == ' ')
			q++;
		size_t me = caps_run(s, c->len, q);
		for (const char *const *t = titles; *t && !titled && me > q; t++)
			titled = strlen(*t) == me - q && !memcmp(*t, s + q, me - q) && (me == c->len || !rx_is_alnum((unsigned char)s[me]));
	}
	/* (a1: the byte before the name; a name at the text's start has none) */
	size_t ls = rx_line_start(s, a), a1 = a ? a - 1 : 0, d = a1;
	/* a booking's name element ("  1.MAQUINCOC/MARCOS MR") */
	while (d > ls && d + 3 > a1 && rx_is_digit((unsigned char)s[d - 1]))
		d--;
	size_t sp = ls;
	while (sp < d && s[sp] == ' ')
		sp++;
	/* (a numbered name element: "1.MAQUINCOC/MARCOS", "2. ALSHAMSI/OMAR") */
	size_t dot = a >= 3 && s[a - 1] == ' ' && s[a - 2] == '.' ? a - 2 : a1;
	if (dot != a1)
		for (d = dot; d > ls && d + 3 > dot && rx_is_digit((unsigned char)s[d - 1]);)
			d--;
	int test = a + 5 <= c->len && !memcmp(s + a, "TEST/", 5); /* (a sample's "TEST/PAX") */
	/* (a booking's name element by its code at the line's start, "NM
	 * MANABE/MINATO"; stop 57) */
	int nm = a >= 3 && !memcmp(s + a - 3, "NM ", 3) && sp == a - 3;
	int ctx = (titled && !test) || nm || (a >= 1 && dot >= 1 && s[dot] == '.' && d < dot && sp == d && !test) ||
		  pn_born_after_name(c, s, ge) ||
		  rx_kw_before(c, &pax_kws, a, 80) || (ls > 0 && rx_kw_before(c, &pax_kws, ls - 1, 80));
	/* two airports' codes ("ROUTING: DXB/BKK") are no name: three letters
	 * each need the gazetteer's word ("LEE/ANN") */
	if (!ctx || (se - a == 3 && ge - se == 4)) {
		struct name n;
		ctx = pn_parse_name(s, c->len, a, &n) && n.te[0] == se &&
		      (pn_tok(c, &n, 0, T_GIVEN | T_SUR) & (T_GIVEN | T_SUR)) && !pn_stop_token(c, &n, 0) &&
		      pn_parse_name(s, c->len, se + 1, &n) &&
		      (pn_tok(c, &n, 0, T_GIVEN | T_SUR) & (T_GIVEN | T_SUR)) && !pn_stop_token(c, &n, 0);
	}
	/* a form's sample ("MUSTERMANN/MAX", "ROSSI/MARIO" beside "ad es."), a
	 * training booking's ("TEST/INFANT MSTR" after "TEST/PASSENGER MR") */
	if (!ctx || test || pn_eponym(c, a, 1))
		return 0;
	return (unsigned)rx_emit(c, a, ge, REDACT_PERSON);
}
