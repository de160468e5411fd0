/* gov_id_rows.c: what a table's rows tell of their identity numbers: a
 * ledger's header (its "Documento" column holds invoices' numbers), and
 * a row of cells under a line of prose that names the numbers. Moved here
 * from gov_id_label.c in stop 63 to keep that file short; a document's
 * cell and a Korean number's column from gov_id_more.c in stop 64. */
#include <string.h>

#include "redact_int.h"

/* Whether the delimited table's header (c's memo, after rx_column_header)
 * is a ledger's: a supplier's, an amount's or a total's column; its
 * "Documento" is an invoice's number. */
int gv_ledger_header(const struct rx_ctx *c)
{
	static const char *const w[] = {"imponibile", "totale", "fornitore", "importe", "proveedor", "betrag",
					"lieferant", "amount", "supplier", "vendor", "montant", "fournisseur",
					"netto", "bedrag", "leverancier", "kwota", "dostawca", NULL};
	if (c->csv.hps == RX_NONE || c->csv.hpe <= c->csv.hps)
		return 0;
	const char *s = c->text;
	/* the header's words of five to twelve ASCII letters, folded, each
	 * looked up once */
	for (size_t i = c->csv.hps; i < c->csv.hpe;) {
		if (!rx_is_alpha((unsigned char)s[i])) {
			i++;
			continue;
		}
		size_t a = i;
		while (i < c->csv.hpe && rx_is_alpha((unsigned char)s[i]))
			i++;
		if (i - a < 5 || i - a > 12)
			continue;
		char f[13];
		for (size_t k = 0; k < i - a; k++)
			f[k] = rx_lower(s[a + k]);
		f[i - a] = 0;
		for (const char *const *k = w; *k; k++)
			if ((*k)[0] == f[0] && !strcmp(*k, f))
				return 1;
	}
	return 0;
}

/* A number with a check and a date as a cell of a row of cells split by
 * ';', '|' or tabs, under a line of prose that names the numbers, with
 * only such rows between ("Samordningsnummer for members without
 * personnummer." over "Pita Fifita; 791265-9773; —"; stop 51). */
int gv_row_under_header(struct rx_ctx *c, struct rx_kwset *words)
{
	const char *s = c->text;
	size_t i = c->ms, ls = rx_line_start(s, i);
	if (i < 2 || !(rx_in(";|\t", s[i - 1]) || (rx_in(";|", s[i - 2]) && s[i - 1] == ' ')))
		return 0;
	size_t p = ls;
	for (int k = 0; k < 12 && p > 0; k++) {
		size_t pe = p - 1, ps = rx_line_start(s, pe);
		if (pe == ps)
			return 0;
		int row = 0;
		for (size_t q = ps; q < pe && !row; q++)
			row = rx_in(";|\t", s[q]);
		if (!row)
			return pe - ps <= 240 && rx_kw_before(c, words, pe, pe - ps);
		p = ps;
	}
	return 0;
}

/* A document number in a table cell under a column named for it (a
 * ferry's manifest: "| Nat. | Document |" over "| ITA | X18770427 |"): six
 * to nine capitals and digits, five digits or more. */
unsigned gv_doc_cell(struct rx_ctx *c)
{
	static const char *const cols[] = {"passport", "document", "pasaporte", "passeport",
					   "reisepass", "passaporto", "paspoort", "travel doc",
					   "id no", "id card", "passnummer", "passaporte", "paszport",
					   "pasaport", "паспорт", "διαβατηρ", "旅券", "护照", "護照", "여권",
					   /* (stop 64: rooming lists' columns in more scripts) */
					   "جواز", "पासपोर्ट", "דרכון", "hộ chiếu", "หนังสือเดินทาง", NULL};
	const char *s = c->text;
	size_t i = c->ms, e = i, digits = 0;
	/* (or a fixed-width list's column after two spaces: a group's passenger
	 * list, "NO NAME ... DOB  DOC  NAT" over "... 26NOV97  PAE642198  ES";
	 * stop 64) */
	int aligned = i >= 2 && s[i - 1] == ' ' && s[i - 2] == ' ';
	if (i == 0 || !(rx_in("|\t;,", s[i - 1]) || (i >= 2 && s[i - 1] == ' ' && s[i - 2] == '|') || aligned))
		return 0;
	int german = 1;
	while (e < c->len && e - i < 10 && (rx_is_digit((unsigned char)s[e]) || rx_is_upper((unsigned char)s[e]))) {
		german &= rx_is_digit((unsigned char)s[e]) || strchr("CFGHJKLMNPRTVWXYZ", s[e]) != NULL;
		digits += rx_is_digit((unsigned char)s[e++]);
	}
	/* a Russian passport's series and number ("67 10 721875") */
	if (e == i + 2 && digits == 2 && i + 12 <= c->len && s[i + 2] == ' ' && s[i + 5] == ' ' &&
	    rx_is_digit((unsigned char)s[i + 3]) && rx_is_digit((unsigned char)s[i + 4]) &&
	    (i + 12 == c->len || !rx_is_alnum((unsigned char)s[i + 12]))) {
		size_t k = i + 6;
		while (k < i + 12 && rx_is_digit((unsigned char)s[k]))
			k++;
		char h[64];
		if (k == i + 12 && rx_column_header(c, i, h, sizeof h) && strstr(h, "паспорт"))
			return (unsigned)rx_emit(c, i, k, REDACT_GOV_ID);
		return 0;
	}
	/* (a Dutch passport's nine mix letters and digits, "IIDRNDWH0", a
	 * German one's may have no digit, "JLHTZPMMF": no vowel then) */
	if (e - i < 6 || e - i > 9 || (digits < 5 && !(e - i == 9 && (digits >= 1 || german))) ||
	    (e < c->len && !rx_in("|\t;,\r\n ", s[e])) ||
	    (e < c->len && s[e] == ' ' && e + 1 < c->len && s[e + 1] != '|' && !(aligned && s[e + 1] == ' ')))
		return 0;
	char hdr[64];
	if (!rx_column_header(c, i, hdr, sizeof hdr))
		return 0;
	int doc = !strcmp(hdr, "doc") || !strcmp(hdr, "docs") || !strcmp(hdr, "doc #") || !strcmp(hdr, "doc no.");
	for (const char *const *k = cols; *k && !doc; k++)
		doc = strstr(hdr, *k) != NULL && (digits >= 5 || strstr(hdr, "pass") || strstr(hdr, "pasp"));
	return doc && !gv_ledger_header(c) ? (unsigned)rx_emit(c, i, e, REDACT_GOV_ID) : 0;
}

/* A table's column named for a Korean resident registration number
 * ("성명 | 생년월일 | 주민등록번호"; stop 64). */
int gv_kr_column(struct rx_ctx *c, size_t i)
{
	char hdr[64];
	return rx_column_header(c, i, hdr, sizeof hdr) && (strstr(hdr, "주민") || strstr(hdr, "rrn"));
}
