/* person_rota.c: a staff rota's rows name the staff in their first cell:
 *
 *   |  | lun | mar | mer | jeu | ven |
 *   |---|---|---|---|---|---|
 *   | Matthieu L. | 9-17 | 9-17 | 12-20 | — | 8-14 |
 *   | Ronan | 8-14 | 14-20 | — | 14-20 | 14-20 |
 *
 * A pipe table's row whose other cells are shifts (two time ranges at
 * least, the rest ranges, dashes, "off" or empty) and whose first cell is
 * one to three capitalised words, the first a name the gazetteer knows
 * or a word and a surname's initial ("Wian K."), or a CJK name, without
 * digits. The name is remembered, so that the rota's chat below ("07:41
 * Ronan: Rota for next week is up") finds it again. */
#include <string.h>

#include "person_int.h"

/* Whether the cell [a, b) is a shift: "9-17", "08:00–14:30", or a day
 * off ("—", "-", "off", "frei", "libre", "休"), or empty. *range is set
 * for a time range. */
static int shift_cell(const char *s, size_t a, size_t b, int *range)
{
	*range = 0;
	while (a < b && s[a] == ' ')
		a++;
	while (b > a && s[b - 1] == ' ')
		b--;
	if (a == b)
		return 1;
	static const char *const off[] = {"-", "\xe2\x80\x94", "\xe2\x80\x93", "off", "x", "frei", "libre", "vrij",
					  "ledig", "wolne", "izin", "folga", "riposo", "\xe4\xbc\x91",
					  "\xed\x9c\xb4\xeb\xac\xb4", NULL};
	for (const char *const *o = off; *o; o++)
		if (strlen(*o) == b - a && rx_fold_eq(s + a, *o, b - a))
			return 1;
	/* hh[:mm] - hh[:mm] */
	size_t i = a;
	for (int side = 0; side < 2; side++) {
		size_t d = i;
		while (i < b && rx_is_digit((unsigned char)s[i]) && i - d < 2)
			i++;
		if (i == d)
			return 0;
		if (i + 2 < b && s[i] == ':' && rx_is_digit((unsigned char)s[i + 1]) && rx_is_digit((unsigned char)s[i + 2]))
			i += 3;
		if (side)
			break;
		while (i < b && s[i] == ' ')
			i++;
		if (i < b && s[i] == '-')
			i++;
		else if (i + 3 <= b && !memcmp(s + i, "\xe2\x80\x93", 3))
			i += 3;
		else
			return 0;
		while (i < b && s[i] == ' ')
			i++;
	}
	*range = i == b;
	return i == b;
}

/* Two or three capitalised words the gazetteer does not know as names,
 * none an ordinary word, a place's or a post's, as a rota's first cell holds
 * a name in pinyin ("| Xiahou Ruoxi | 23–07 | 10–18 |"; stop 53): each of
 * three letters or more, the last starting with a capital. */
static int unknown_name(struct rx_ctx *c, struct name *nm)
{
	/* (a rota's rows for a post, an area or a duty: "| Front Desk |",
	 * "| Pool Bar |", "| Early Cover |") */
	static const char *const posts[] = {
		"front", "desk", "room", "rooms", "service", "bar", "kitchen", "pool", "spa", "night", "day",
		"shift", "reception", "housekeeping", "laundry", "security", "maintenance", "lobby",
		"restaurant", "breakfast", "lunch", "dinner", "banquet", "banquets", "events", "sales",
		"office", "team", "staff", "cover", "relief", "duty", "call", "early", "late", "floor",
		"store", "stores", "till", "cash", "counter", "door", "gate", "parking", "valet", "porter",
		"concierge", "bakery", "pastry", "grill", "prep", "wash", "dish", "dishwash", "ward", "unit",
		"clinic", "admin", "support", "helpdesk", "warehouse", "dock", "yard", "dispatch", NULL};
	static struct rx_kwset post_kws = RX_KWSET(posts);
	for (size_t k = 0; k < nm->nt; k++)
		if (pn_stop_token(c, nm, k) || nm->te[k] - nm->ts[k] < 3 ||
		    pn_kw_word(c, &pn_place_last_kws, nm->ts[k], nm->te[k]) ||
		    pn_kw_word(c, &post_kws, nm->ts[k], nm->te[k]))
			return 0;
	return rx_cap_at(c->text, c->len, nm->ts[nm->nt - 1]);
}

/* At a '|' that starts a line: the first cell's name when the row's other
 * cells are shifts. */
unsigned pn_detect_rota_row(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t at = c->ms, len = c->len;
	if ((at > 0 && s[at - 1] != '\n') || at + 12 > len)
		return 0;
	/* (a cheap look first: the second cell starts with a shift's digit,
	 * a dash or nothing) */
	{
		const char *p2 = memchr(s + at + 1, '|', len - at - 1 < 48 ? len - at - 1 : 48);
		if (!p2)
			return 0;
		size_t q = (size_t)(p2 - s) + 1;
		while (q < len && s[q] == ' ')
			q++;
		if (q >= len || !(rx_is_digit((unsigned char)s[q]) || s[q] == '-' || s[q] == '|' ||
				  (unsigned char)s[q] >= 0xE2 || rx_in("oOxXfFlLvVwWiI", s[q])))
			return 0;
	}
	size_t le = rx_line_end(s, len, at);
	while (le > at && (s[le - 1] == '\r' || s[le - 1] == ' '))
		le--;
	/* the cells: [cs[k], ce[k]) */
	size_t cs[16], ce[16], n = 0, a = at + 1;
	for (size_t i = at + 1; i < le && n < 16; i++)
		if (s[i] == '|') {
			cs[n] = a;
			ce[n++] = i;
			a = i + 1;
		}
	if (a < le && n < 16) {
		cs[n] = a;
		ce[n++] = le;
	}
	if (n < 4)
		return 0;
	int ranges = 0;
	for (size_t k = 1; k < n; k++) {
		int r;
		if (!shift_cell(s, cs[k], ce[k], &r))
			return 0;
		ranges += r;
	}
	if (ranges < 2)
		return 0;
	size_t v = cs[0], e = ce[0];
	while (v < e && s[v] == ' ')
		v++;
	while (e > v && s[e - 1] == ' ')
		e--;
	if (e - v < 2 || e - v > 40)
		return 0;
	int words = 1;
	for (size_t i = v; i < e; i++) {
		if (rx_is_digit((unsigned char)s[i]) || rx_in("@#/:", s[i]))
			return 0;
		words += s[i] == ' ';
	}
	unsigned char f = (unsigned char)s[v];
	int cjk = f >= 0xE3 && f <= 0xED;
	if (words > 3 || (!cjk && !rx_cap_at(s, len, v)))
		return 0;
	if (!cjk) {
		struct name nm;
		/* (or a word the gazetteer does not know with a surname's
		 * initial after it: "| Wian K. | 12-20 |", stop 52) */
		if (pn_parse_name(s, len, v, &nm) && nm.nt >= 1 && !nm.caps && !pn_stop_token(c, &nm, 0) &&
		    (pn_tok(c, &nm, 0, T_GIVEN | T_SUR) & (T_GIVEN | T_SUR)))
			pn_remember_name(c, &nm);
		else if (nm.nt >= 1 && !nm.caps && !pn_stop_token(c, &nm, 0) && e > nm.te[0] &&
			 pn_initial_after(s, len, nm.te[0]) == e)
			pn_remember_first_word(c, &nm);
		else if (!(nm.nt >= 2 && nm.nt <= 3 && !nm.caps && nm.end == e && unknown_name(c, &nm)))
			return 0;
	}
	return (unsigned)rx_emit(c, v, e, REDACT_PERSON);
}

/* A restaurant's booking book: a time, the guest's name, the party's size
 * and its word, then the table ("18:45 Âu Diệu Quyên 8 khách, bàn 24",
 * "19:30 Bernward Eichhorn 8 Pers., Tisch 15", "20:00 Tzuri Sternberg 8
 * pers., tafel 23"; stop 53). Fired at the time's ':'; the name is one to
 * five words without digits, the party's word has a comma after it. */
unsigned pn_detect_booking_line(struct rx_ctx *c)
{
	static const char *const party[] = {"pax", "pers", "pers.", "personen", "persons", "people",
					    "guests", "covers", "cover", "ppl", "os.", "osoby", "osób",
					    "coperti", "couverts", "personas", "pessoas", "khách", "άτ.",
					    "άτομα", "לוגים", "סועדים", "लोग", "व्यक्ति", "名", "位", "人",
					    "명", "คน", "kişi", "чел.", "человек", "gäster", "gjester", NULL};
	const char *s = c->text;
	size_t at = c->ms;
	/* (the time at the line's start: "18:45 ") */
	if (at < 2 || at + 4 >= c->len || !rx_is_digit((unsigned char)s[at - 1]) ||
	    !rx_is_digit((unsigned char)s[at - 2]) || !rx_is_digit((unsigned char)s[at + 1]) ||
	    !rx_is_digit((unsigned char)s[at + 2]) || s[at + 3] != ' ' ||
	    (at > 2 && s[at - 3] != '\n' && s[at - 3] != ' ') || rx_line_start(s, at) + 2 < at - 2)
		return 0;
	size_t a = at + 4, le = rx_line_end(s, c->len, a), i = a, words = 1;
	if (a >= le || !(rx_cap_at(s, le, a) || (unsigned char)s[a] >= 0xC3))
		return 0;
	/* or a shift's temp and their phone in parentheses ("06:00 藤井 誠一
	 * (070-4688-6704) - late 61 min", "22:00 Nurhan Gündoğdu (0535 201 34
	 * 65)"; stop 60) */
	size_t e = pn_any_name(c, a, le);
	if (e != a && e + 2 < le && s[e] == ' ' && s[e + 1] == '(' && pn_contact_after(s, le, e))
		return pn_emit_name(c, a, e);
	/* the name: to " N " before the party's word */
	while (i < le && i - a < 64) {
		if (s[i] == ' ' && i + 2 < le && rx_is_digit((unsigned char)s[i + 1])) {
			size_t d = i + 1, w;
			while (d < le && d - i <= 2 && rx_is_digit((unsigned char)s[d]))
				d++;
			if (d - i > 3 || d >= le || s[d] != ' ')
				return 0;
			w = d + 1;
			for (const char *const *p = party; *p; p++) {
				size_t n = strlen(*p);
				/* (and the table after a comma: "8 pax, tbl 29") */
				if (w + n < le && rx_fold_eq(s + w, *p, n) && s[w + n] == ',')
					return words <= 5 ? (unsigned)rx_emit(c, a, i, REDACT_PERSON) : 0;
			}
			return 0;
		}
		if (rx_is_digit((unsigned char)s[i]) || rx_in(":|;,@", s[i]))
			return 0;
		words += s[i] == ' ';
		i++;
	}
	return 0;
}
