/* gov_id_health.c: the identifiers health records carry in their own
 * structure, whatever their shape:
 *
 *   PID|1||41078975^^^KAW^MR~Q459563205^^^NI||...     HL7 v2: an identifier
 *                                          whose type code (table 0203) is
 *                                          a national one: NI, NH, JHN, SS,
 *                                          NN + a country, PPN, DL, HC, MC,
 *                                          MA, PEN, TAX; and PID-19, the SSN
 *   {"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9434765919"}
 *                                          FHIR: an identifier whose system
 *                                          names a national or health id
 *   3 CLAEYS / 4 Koen / 5 08/07/1937 / 6 37.07.08-663.20
 *                                          the European Health Insurance
 *                                          Card's numbered fields: surname,
 *                                          given names, date of birth and
 *                                          personal identification number
 *
 * A hospital's own numbers (MR, PI, AN, VN; a FHIR system of the
 * hospital's) are no one's national id and stay. */
#include <string.h>

#include "redact_int.h"

#define FIELD_MAX 160 /* a field's bytes looked at */

/* HL7 v2 identifier type codes of national identifiers. */
static int national_type(const char *t, size_t n)
{
	static const char *const codes[] = {"NI", "NH", "JHN", "SS", "PPN", "DL", "HC", "MC", "MA",
					    "PEN", "TAX", "NNxxx", NULL};
	if (n == 5 && t[0] == 'N' && t[1] == 'N' && rx_is_upper((unsigned char)t[2]) &&
	    rx_is_upper((unsigned char)t[3]) && rx_is_upper((unsigned char)t[4]))
		return 1; /* NN + ISO 3166 alpha-3: a country's person number */
	for (const char *const *c = codes; *c; c++)
		if (strlen(*c) == n && !memcmp(*c, t, n))
			return 1;
	return 0;
}

/* The end of the field that starts at i ('|', a segment's '\r' or '\n'). */
static size_t field_end(const char *s, size_t len, size_t i)
{
	while (i < len && s[i] != '|' && s[i] != '\r' && s[i] != '\n')
		i++;
	return i;
}

/* The repetitions of a CX field s[a, b): each "id^check^scheme^authority^
 * type"; emits the ids of a national type. */
static unsigned cx_field(struct rx_ctx *c, size_t a, size_t b)
{
	const char *s = c->text;
	unsigned k = 0;
	for (size_t r = a; r < b;) {
		size_t re = r;
		while (re < b && s[re] != '~')
			re++;
		/* the id, then the fifth component, the type; a sender that
		 * leaves the authority out writes the type fourth
		 * ("Q459563205^^^NI") */
		size_t ie = r, comp = 0, ts[2] = {re, re}, te[2] = {re, re};
		while (ie < re && s[ie] != '^')
			ie++;
		for (size_t i = ie; i < re && comp < 4; i++)
			if (s[i] == '^' && ++comp >= 3) {
				size_t *cs = &ts[comp - 3], *ce = &te[comp - 3];
				*cs = i + 1;
				*ce = *cs;
				while (*ce < re && s[*ce] != '^' && s[*ce] != '&')
					(*ce)++;
			}
		int national = comp == 4 ? national_type(s + ts[1], te[1] - ts[1])
					 : comp == 3 && national_type(s + ts[0], te[0] - ts[0]);
		if (ie > r && ie - r <= 32 && national)
			k += (unsigned)rx_emit(c, r, ie, REDACT_GOV_ID);
		r = re + 1;
	}
	return k;
}

/* "PID|" at a segment's start: PID-3 (and the old PID-4) by type, PID-19
 * (the SSN) whatever it holds. */
static unsigned hl7_pid(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t i = c->ms, len = c->len;
	if (c->me != i + 3 || c->me >= len || s[c->me] != '|' ||
	    (i > 0 && s[i - 1] != '\n' && s[i - 1] != '\r'))
		return 0;
	unsigned k = 0;
	size_t f = c->me + 1;
	for (int n = 1; n <= 19 && f <= len; n++) {
		size_t fe = field_end(s, len, f);
		if (fe - f > FIELD_MAX)
			break;
		if (n == 3 || n == 4)
			k += cx_field(c, f, fe);
		if (n == 19 && fe > f && fe - f <= 16)
			k += (unsigned)rx_emit(c, f, fe, REDACT_GOV_ID);
		if (fe >= len || s[fe] != '|')
			break;
		f = fe + 1;
	}
	return k;
}

/* Systems of FHIR identifiers that name a national or health id (their
 * namespace's words or OIDs). */
static const char *const fhir_systems[] = {
	"nhs-number", "kvid", "medicare", "us-ssn", "/ssn", "us-mbi", "mbi", "bsn",
	"2.16.840.1.113883.2.4.6.3", /* NL BSN */
	"2.16.840.1.113883.4.1",     /* US SSN */
	"1.2.752.129.2.1.3.1",       /* SE personnummer */
	"1.2.250.1.213.1.4.8",       /* FR NIR (INS) */
	"personnummer", "nir", "ins-nir", "insee", "cpf", "cns", "amka", "passport", "national-id",
	"nationalid", "ihi", "health-card", "healthcard", "ohip", "nhi", "pesel", "cpr", "hetu",
	"avs", "ahv", "svnr", "sozialversicherung", "tessera-sanitaria", "codice-fiscale", "dni",
	"nie", "nss", "naf", NULL,
};

/* "system": "URL", "value": "V" of a FHIR identifier (JSON). */
static unsigned fhir_identifier(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t i = c->me, len = c->len;
	if (c->ms == 0 || s[c->ms - 1] != '"' || i + 4 >= len || s[i] != '"')
		return 0;
	i++;
	while (i < len && s[i] == ' ')
		i++;
	if (i >= len || s[i] != ':')
		return 0;
	i++;
	while (i < len && s[i] == ' ')
		i++;
	if (i >= len || s[i] != '"')
		return 0;
	size_t us = ++i;
	while (i < len && s[i] != '"' && i - us < 120)
		i++;
	if (i >= len || s[i] != '"')
		return 0;
	size_t ue = i++;
	char url[128];
	size_t un = rx_fold(s + us, ue - us, url, sizeof url);
	url[un < sizeof url ? un : sizeof url - 1] = 0;
	int named = 0;
	for (const char *const *k = fhir_systems; *k && !named; k++) {
		const char *p = strstr(url, *k);
		size_t kl = strlen(*k);
		/* a whole part of the URL ("nir", not "environment") */
		named = p && (p == url || !rx_is_alpha((unsigned char)p[-1])) && !rx_is_alpha((unsigned char)p[kl]);
	}
	if (!named)
		return 0;
	/* , "value": "V" */
	while (i < len && (s[i] == ' ' || s[i] == ','))
		i++;
	if (i + 9 > len || memcmp(s + i, "\"value\"", 7) != 0)
		return 0;
	i += 7;
	while (i < len && (s[i] == ' ' || s[i] == ':'))
		i++;
	if (i >= len || s[i] != '"')
		return 0;
	size_t vs = ++i;
	while (i < len && s[i] != '"' && s[i] != '\n' && i - vs < 40)
		i++;
	if (i >= len || s[i] != '"' || i == vs)
		return 0;
	return (unsigned)rx_emit(c, vs, i, REDACT_GOV_ID);
}

/* The value of the numbered field line at ls ("4 Koen"): its span, after
 * the number and a space, to the line's end; 0 when the line is not the
 * field `n`. */
static int ehic_field(const char *s, size_t len, size_t ls, char n, size_t *a, size_t *e)
{
	if (ls + 3 > len || s[ls] != n || s[ls + 1] != ' ')
		return 0;
	size_t le = rx_line_end(s, len, ls);
	while (le > ls + 2 && rx_in(" \r", s[le - 1]))
		le--;
	if (le <= ls + 2 || le - ls > 64)
		return 0;
	*a = ls + 2;
	*e = le;
	return 1;
}

/* The EHIC's fields 3 to 6, one per line, from "3 " at a line's start;
 * field 5 a date. */
static unsigned ehic_card(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, ls = c->ms;
	if (s[ls] != '3' || (ls > 0 && s[ls - 1] != '\n'))
		return 0;
	size_t a[4], e[4];
	for (int k = 0; k < 4; k++) {
		if (!ehic_field(s, len, ls, (char)('3' + k), &a[k], &e[k]))
			return 0;
		ls = rx_line_end(s, len, ls) + 1;
	}
	struct rx_date d;
	if (!rx_parse_date(s, len, a[2], &d) || d.end != e[2])
		return 0;
	/* a name's fields hold no digit; the id one at least */
	for (int k = 0; k < 2; k++)
		for (size_t i = a[k]; i < e[k]; i++)
			if (rx_is_digit((unsigned char)s[i]))
				return 0;
	int digit = 0;
	for (size_t i = a[3]; i < e[3] && !digit; i++)
		digit = rx_is_digit((unsigned char)s[i]);
	if (!digit)
		return 0;
	return (unsigned)(rx_emit(c, a[0], e[0], REDACT_PERSON) + rx_emit(c, a[1], e[1], REDACT_PERSON) +
			  rx_emit(c, a[2], e[2], REDACT_DOB) + rx_emit(c, a[3], e[3], REDACT_GOV_ID));
}

static const char *const pid_words[] = {"pid", NULL};
struct rx_kwset gv_pid_kws = RX_KWSET(pid_words);
static const char *const system_words[] = {"system", NULL};
struct rx_kwset gv_system_kws = RX_KWSET(system_words);

unsigned gv_detect_hl7(struct rx_ctx *c)
{
	return hl7_pid(c);
}

unsigned gv_detect_fhir(struct rx_ctx *c)
{
	return fhir_identifier(c);
}

unsigned gv_detect_ehic(struct rx_ctx *c)
{
	return ehic_card(c);
}
