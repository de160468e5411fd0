/* person_vcard.c: names in the structured forms of address books, family
 * trees and health records: a vCard's "N:" parts, GEDCOM's NAME, GIVN and
 * SURN lines, HL7 v2 name fields, DICOM PN values, FHIR HumanName. */
#include <string.h>

#include "person_int.h"

/* vCard "N:Family;Given;Middle;Prefix;Suffix": the name parts. */
static unsigned detect_vcard_n(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t le = rx_line_end(s, c->len, c->me), i = c->me + 1;
	unsigned k = 0;
	for (int part = 0; part < 3 && i <= le; part++) {
		size_t e = i;
		while (e < le && s[e] != ';')
			e++;
		size_t a = i, b = e;
		while (a < b && s[a] == ' ')
			a++;
		while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\r'))
			b--;
		if (b > a)
			k += (unsigned)rx_emit(c, a, b, REDACT_PERSON);
		i = e + 1;
	}
	return k;
}

unsigned pn_detect_vcard(struct rx_ctx *c)
{
	const char *s = c->text;
	/* vCard "N:" / "N;...:" at a line start */
	if (s[c->ms] != 'N' || (c->ms > 0 && s[c->ms - 1] != '\n') || c->ms + 2 > c->len ||
	    (s[c->ms + 1] != ':' && s[c->ms + 1] != ';'))
		return 0;
	size_t i = c->ms + 1, le = rx_line_end(s, c->len, c->ms);
	while (i < le && s[i] != ':')
		i++;
	if (i >= le || !memchr(s + i, ';', le - i))
		return 0;
	c->me = i;
	return detect_vcard_n(c);
}

static const char *const n_words[] = {"n", NULL};
struct rx_kwset pn_vcard_kws = RX_KWSET(n_words);

/* GEDCOM: "1 NAME Gwilym /ab Owain/", "2 GIVN Gwilym", "2 SURN ab Owain":
 * a level number at the line's start, the tag, the name to the line's end. */
unsigned pn_detect_gedcom(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t ls = rx_line_start(s, c->ms);
	if (c->ms != ls + 2 || !rx_is_digit((unsigned char)s[ls]) || s[ls + 1] != ' ' ||
	    c->me - c->ms != 4 || !rx_is_upper((unsigned char)s[c->ms]) || c->me + 2 >= c->len || s[c->me] != ' ')
		return 0;
	size_t a = c->me + 1, e = rx_line_end(s, c->len, a);
	while (e > a && (s[e - 1] == ' ' || s[e - 1] == '\r'))
		e--;
	if (e <= a || e - a > 120 || !(rx_cap_at(s, c->len, a) || s[a] == '/' || rx_is_lower((unsigned char)s[a])))
		return 0;
	for (size_t i = a; i < e; i++)
		if (rx_is_digit((unsigned char)s[i]) || s[i] == '@')
			return 0;
	return (unsigned)rx_emit(c, a, e, REDACT_PERSON);
}

static const char *const gedcom_words[] = {"name", "givn", "surn", NULL};
struct rx_kwset pn_gedcom_kws = RX_KWSET(gedcom_words);

/* A name component of a health record: letters (of any script), spaces,
 * '-', '\'' and '.', at least two bytes, no digit. Emits [a, b) trimmed;
 * 1 when kept. */
static unsigned component(struct rx_ctx *c, size_t a, size_t b)
{
	const char *s = c->text;
	while (a < b && s[a] == ' ')
		a++;
	while (b > a && s[b - 1] == ' ')
		b--;
	if (b - a < 2 || !rx_letter_at(s, c->len, a))
		return 0;
	for (size_t i = a; i < b; i++)
		if (rx_is_digit((unsigned char)s[i]) || rx_in("|^~&[]{}\"<>=@/\\", s[i]))
			return 0;
	/* a test message's or an anonymised record's placeholder
	 * ("TEST^PATIENT", "ANONYMOUS") */
	static const char *const placeholder[] = {"test", "patient", "unknown", "anonymous", "anon",
						   "dummy", "sample", "demo", NULL};
	char f[12];
	if (b - a < sizeof f) {
		rx_fold(s + a, b - a, f, sizeof f);
		for (const char *const *w = placeholder; *w; w++)
			if (!strcmp(f, *w))
				return 0;
	}
	return (unsigned)rx_emit(c, a, b, REDACT_PERSON);
}

/* Components first .. first+n-1 (1-based) of each '~' repetition of the
 * field s[a, e), components separated by '^'. */
static unsigned components(struct rx_ctx *c, size_t a, size_t e, int first, int n)
{
	const char *s = c->text;
	unsigned k = 0;
	int comp = 1;
	size_t st = a;
	for (size_t i = a; i <= e; i++) {
		if (i < e && s[i] != '^' && s[i] != '~')
			continue;
		if (comp >= first && comp < first + n)
			k += component(c, st, i);
		comp = i < e && s[i] == '~' ? 1 : comp + 1;
		st = i + 1;
	}
	return k;
}

/* HL7 v2 segments and their fields that name people: XPN (family^given^
 * middle) or XCN (id^family^given^middle). "PID|1||94096312^^^KMC^MR||
 * PANICKER^SREELAKSHMI||19680409|F" names the patient in PID-5. */
static const struct {
	const char seg[4];
	unsigned char field, first;
} hl7_fields[] = {
	{"PID", 5, 1}, {"PID", 6, 1}, {"PID", 9, 1}, {"NK1", 2, 1}, {"GT1", 3, 1},
	{"IN1", 16, 1}, {"PV1", 7, 2}, {"PV1", 8, 2}, {"PV1", 9, 2}, {"PV1", 17, 2},
	{"ORC", 10, 2}, {"ORC", 11, 2}, {"ORC", 12, 2}, {"OBR", 16, 2}, {"OBR", 28, 2},
};

unsigned pn_detect_hl7(struct rx_ctx *c)
{
	const char *s = c->text;
	if (c->me - c->ms != 3 || c->me >= c->len || s[c->me] != '|' ||
	    (c->ms > 0 && s[c->ms - 1] != '\n' && s[c->ms - 1] != '\r'))
		return 0;
	size_t le = c->me;
	while (le < c->len && s[le] != '\r' && s[le] != '\n')
		le++;
	unsigned k = 0;
	unsigned field = 0;
	for (size_t i = c->me; i < le; i++) {
		if (s[i] != '|')
			continue;
		field++;
		size_t e = i + 1;
		while (e < le && s[e] != '|')
			e++;
		for (size_t f = 0; f < sizeof hl7_fields / sizeof hl7_fields[0]; f++)
			if (hl7_fields[f].field == field && memcmp(s + c->ms, hl7_fields[f].seg, 3) == 0)
				k += components(c, i + 1, e, hl7_fields[f].first, 3);
	}
	return k;
}

static const char *const hl7_words[] = {"pid", "nk1", "gt1", "in1", "pv1", "orc", "obr", NULL};
struct rx_kwset pn_hl7_kws = RX_KWSET(hl7_words);

/* A DICOM dump's person name: "(0010,0010) PN [QULIYEV^TOGRUL]" (any
 * element of value representation PN: the patient, the referring
 * physician, the operators), family^given^middle. */
unsigned pn_detect_dicom(struct rx_ctx *c)
{
	const char *s = c->text;
	if (c->me - c->ms != 2 || c->ms < 2 || s[c->ms - 1] != ' ' || s[c->ms - 2] != ')' ||
	    c->me + 2 >= c->len || s[c->me] != ' ' || s[c->me + 1] != '[')
		return 0;
	size_t a = c->me + 2, e = a;
	while (e < c->len && e - a < 200 && s[e] != ']' && s[e] != '\n')
		e++;
	if (e >= c->len || s[e] != ']')
		return 0;
	/* the alphabetic, ideographic and phonetic groups, '=' between them
	 * ("[ISHIKAWA^YOKO=石川^陽子=イシカワ^ヨウコ]") */
	unsigned k = 0;
	for (size_t g = a, n = 0; g <= e && n < 3; n++) {
		size_t ge = g;
		while (ge < e && s[ge] != '=')
			ge++;
		k += components(c, g, ge, 1, 3);
		g = ge + 1;
	}
	return k;
}

static const char *const dicom_words[] = {"pn", NULL};
struct rx_kwset pn_dicom_kws = RX_KWSET(dicom_words);

/* FHIR's HumanName: "name": [{"use": "official", "family": "Sabirova",
 * "given": ["Gulnaz", "Ilnurovna"]}]: the family string and the given
 * strings, when a "name" key comes shortly before ("family" alone is also
 * a font's). */
unsigned pn_detect_fhir(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t i = c->me;
	if (c->ms == 0 || s[c->ms - 1] != '"' || i + 2 >= c->len || s[i] != '"' || s[i + 1] != ':')
		return 0;
	/* inside the object that a "name" key opened: no '}' or ']' after it */
	/* inside the object or array a "name" key opened: no '}' or ']' after
	 * its '{' or '[' */
	size_t back = c->ms > 160 ? c->ms - 160 : 0, nk = c->ms;
	while (nk >= back + 6 && memcmp(s + nk - 6, "\"name\"", 6) != 0)
		nk--;
	if (nk < back + 6)
		return 0;
	while (nk < c->ms && rx_in(": \n\r\t", s[nk]))
		nk++;
	if (nk >= c->ms || (s[nk] != '[' && s[nk] != '{'))
		return 0;
	for (size_t j = nk; j < c->ms; j++)
		if (s[j] == '}' || s[j] == ']')
			return 0;
	i += 2;
	while (i < c->len && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'))
		i++;
	int array = i < c->len && s[i] == '[';
	unsigned k = 0;
	for (int n = 0; n < 6 && i < c->len; n++) {
		if (array)
			for (i++; i < c->len && rx_in(" \n\r\t,", s[i]);)
				i++;
		if (i >= c->len || s[i] != '"')
			break;
		size_t a = i + 1, e = a;
		while (e < c->len && e - a < 80 && s[e] != '"' && s[e] != '\\' && s[e] != '\n')
			e++;
		if (e >= c->len || s[e] != '"')
			break;
		k += component(c, a, e);
		i = e + 1;
		if (!array)
			break;
		while (i < c->len && rx_in(" \n\r\t", s[i]))
			i++;
		if (i >= c->len || s[i] != ',')
			break;
	}
	return k;
}

static const char *const fhir_words[] = {"family", "given", NULL};
struct rx_kwset pn_fhir_kws = RX_KWSET(fhir_words);

/* A travel document's surname and given names: a passport's
 * machine-readable zone ("P<PLWNGIRMANG<<SANTOS<<<..."), a booking's SSR
 * DOCS (checksum.c). */
unsigned pn_detect_travel_doc(struct rx_ctx *c)
{
	struct rx_travel_doc m;
	if (!rx_travel_doc_at(c->text, c->len, c->ms, &m))
		return 0;
	return (unsigned)rx_emit(c, m.sur_s, m.sur_e, REDACT_PERSON) +
	       (unsigned)rx_emit(c, m.giv_s, m.giv_e, REDACT_PERSON);
}
