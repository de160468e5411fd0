/* dob: dates of birth, by context. A date (any form rx_parse_date reads) is
 * a date of birth when a birth word comes shortly before it on its line or
 * on the line above (a form label), when "geboren"/"born" follows it ("Ich
 * bin am 12. März 1952 geboren"), or when it is a cell of a table column
 * named like a birth date. Years 1900 to this century; other dates
 * (meetings, deadlines, invoices) are left alone. */
#include <string.h>

#include "redact_int.h"

static const char *const birth_kw[] = {
	"date of birth", "birth date", "birthdate", "birthday", "born", "born on", "dob",
	"d.o.b", "d.o.b.", "geboren", "geburtsdatum", "geburtstag", "geb.", "geb",
	"date de naissance", "naissance", "né le", "née le", "né(e) le", "fecha de nacimiento",
	"f. de nacimiento", "f. nac", "fecha nac", "nacimiento", "nací el", "naci el", "nacido el",
	"nacida el", "nacido", "nacida", "data di nascita", "nascita", "nato il", "nata il",
	"sono nato", "sono nata", "geboortedatum", "geboren op", "data de nascimento",
	"nascimento", "nasci em", "nascido em", "nascida em", "data nasc", "birth",
	"bday", "дата рождения", "родился", "родилась", "जन्म तिथि", "生年月日", "出生日期", NULL,
};
static const char *const after_kw[] = {"geboren", "born", "nacido", "nacida", "né", "née",
				       "nato", "nata", NULL};
static const char *const column_kw[] = {
	"dob", "birth", "geburt", "naissance", "nacimiento", "nascita", "geboorte",
	"nascimento", "born", NULL,
};

static int birth_before(const char *s, size_t at)
{
	size_t ls = rx_line_start(s, at);
	size_t from = at > 48 ? at - 48 : 0;
	if (from < ls) {
		/* a form label alone on the line above ("Date of birth:\n12/03/1985") */
		if (at - ls <= 2 && ls > 0) {
			size_t pls = rx_line_start(s, ls - 1);
			if (ls - 1 - pls <= 40 && rx_find_kw(s, pls, ls - 1, birth_kw) != (size_t)-1)
				return 1;
		}
		from = ls;
	}
	return rx_find_kw(s, from, at, birth_kw) != (size_t)-1;
}

static int born_after(const char *s, size_t len, size_t end)
{
	size_t le = rx_line_end(s, len, end);
	size_t to = end + 24 < le ? end + 24 : le;
	return rx_find_kw(s, end, to, after_kw) != (size_t)-1;
}

static int birth_column(const char *s, size_t len, size_t at)
{
	char hdr[64];
	if (!rx_csv_column(s, len, at, hdr, sizeof hdr))
		return 0;
	for (const char *const *k = column_kw; *k; k++)
		if (strstr(hdr, *k))
			return 1;
	return 0;
}

static unsigned detect_dob(struct rx_ctx *c)
{
	struct rx_date d;
	const char *s = c->text;
	if (!rx_parse_date(s, c->len, c->ms, &d) || d.y < 1900 || d.y > 2025)
		return 0;
	/* not the start of a longer token (a version, a timestamp) */
	if (d.end < c->len && (rx_is_alnum((unsigned char)s[d.end]) || s[d.end] == 'T'))
		return 0;
	if (!birth_before(s, c->ms) && !born_after(s, c->len, d.end) &&
	    !birth_column(s, c->len, c->ms))
		return 0;
	return (unsigned)rx_emit(c, c->ms, d.end, REDACT_DOB);
}

const struct rx_frag rx_dob_frags[] = {
	{F_DOB, RX_WORD,
	 "(?<![.\\-/])(?:[0-9]{1,4}[./\\-][0-9]{1,2}[./\\-][0-9]{2,4}|[0-9]{8}(?![0-9])"
	 "|[0-9]{1,2}(?:st|nd|rd|th|er|\\xc2\\xba|\\xc2\\xb0)?\\.?[ \\xc2]"
	 "|(?:[A-Z][a-z]{2,8}|[A-Z][a-z]{0,3}\\xc3[\\x80-\\xbf][a-z]{1,5})\\.? [0-9]{1,2}\\b)",
	 detect_dob, "dob_date"},
};
const size_t rx_dob_nfrags = sizeof rx_dob_frags / sizeof rx_dob_frags[0];
