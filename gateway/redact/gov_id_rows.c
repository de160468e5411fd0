/* gov_id_rows.c: what a table's rows tell of their identity numbers: a
 * ledger's header (its "Documento" column holds invoices' numbers), and
 * a row of cells under a line of prose that names the numbers. Moved here
 * from gov_id_label.c in stop 63 to keep that file short. */
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
