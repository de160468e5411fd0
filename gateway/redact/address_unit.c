/* address_unit.c: what stands before a house number and belongs to the
 * address: a flat's or a unit's word and number ("Flat 3, ", "Unit 17/"),
 * a house's name ("Rose Cottage, "), a floor ("Ground Floor Flat, "); the
 * field's words they are read by (address.c asks). */
#include <string.h>

#include "address_int.h"

/* A unit before the house number on its line ("Unit 3, 35 Tanners Row",
 * "Bât. C, 73 chemin de la Croix", "Apt 4B, 12 Main St"): its start, or
 * `at`. The unit word, then a short number or letter, then ", ". */
const char *const ad_unit_words[] = {
	"unit", "apt", "apt.", "apartment", "suite", "ste", "ste.", "flat", "floor", "bât.",
	"bât", "bâtiment", "bat.", "appt", "appt.", "appartement", "escalier", "esc.", "whg.",
	"wohnung", "haus", "building", "bldg", "bldg.", "block", "piso", "planta", "portal",
	"scala", "interno", "int.", "edificio", "bloco", "apto", "apto.", "sala", "room", "stand",
	"erf", "plot", NULL,
};

/* Words that make a name before the street line a house's or a
 * building's ("Rose Cottage, 62 Tanners Row", "The Old Rectory, ...",
 * "Résidence Les Pins, 6 chemin des Vignes"); none is a common surname. */
static const char *const house_words[] = {
	"cottage", "house", "farm", "farmhouse", "manor", "rectory", "vicarage", "barn",
	"bungalow", "mansions", "apartments", "building", "chambers", "résidence",
	"residence", "residencia", "residenza", "edifício", "condomínio", "haus", NULL,
};

/* The start of the word of a field that ends at we (not before ls): it
 * stops at a space or a field separator; we when none or longer than 15. */
size_t ad_field_word_start(const char *s, size_t ls, size_t we)
{
	size_t ws = we;
	while (ws > ls && !rx_in(" ,:;(\t", s[ws - 1]) && we - ws < 16)
		ws--;
	return we - ws >= 16 ? we : ws;
}

/* Whether i starts a field: the line's start, or after ',', ':', ';', a
 * tab, a quote or '>' (a JSON string, an HTML element), with one space or
 * none between. */
int ad_field_start(const char *s, size_t ls, size_t i)
{
	return i == ls || rx_in(",:;\t\">", s[i - 1]) ||
	       (i >= ls + 2 && s[i - 1] == ' ' && rx_in(",:;", s[i - 2]));
}

/* A house or building name of one to five capitalised words (numbers of
 * up to four characters, "Les", "des", "of" between) that ends at `e`
 * (before ", ") and starts the line or follows a separator or a lower-case
 * word ("I'm at"): its start, or `at`. */
static size_t house_prefix(const char *s, size_t ls, size_t e, size_t at)
{
	size_t i = e, words = 0;
	int house = 0;
	char w[16];
	while (i > ls && words < 6) {
		size_t we = i, ws = ad_field_word_start(s, ls, we);
		if (ws == we)
			break;
		unsigned char c0 = (unsigned char)s[ws];
		rx_fold(s + ws, we - ws, w, sizeof w);
		/* ("Imogen Marchbank of Wren Cottage": "of" after a name ends
		 * the house's name) */
		if (!strcmp(w, "of") && words > 0)
			break;
		int small = !strcmp(w, "les") || !strcmp(w, "des") || !strcmp(w, "de") || !strcmp(w, "la");
		int num = rx_is_digit(c0) && we - ws <= 4;
		if (!rx_cap_at(s, e, ws) && !small && !num)
			break; /* a lower-case word before the name */
		house |= ad_in_list(house_words, w);
		words++;
		i = ws;
		if (i == ls || s[i - 1] != ' ')
			break;
		i--;
	}
	if (!house || words == 0)
		return at;
	/* i is the first word's start, or the space before a lower-case word */
	size_t st = i;
	if (st > ls && s[st] == ' ')
		st++;
	return st < e ? st : at;
}

/* A unit's word right before the number at `at` ("Unit 17 Umhlanga
 * Heights", "Stand 2109, Lebowakgomo"), capitalised or starting a field:
 * its start, or at. */
static size_t unit_word_before(const char *s, size_t at)
{
	size_t ls = rx_line_start(s, at);
	if (at < ls + 4 || s[at - 1] != ' ')
		return at;
	size_t we = at - 1, ws = ad_field_word_start(s, ls, we);
	char w[16];
	if (ws == we || we - ws >= sizeof w)
		return at;
	rx_fold(s + ws, we - ws, w, sizeof w);
	return ad_in_list(ad_unit_words, w) && (ad_field_start(s, ls, ws) || rx_is_upper((unsigned char)s[ws])) ? ws : at;
}

/* A floor's word before "Floor Flat" ("Ground Floor Flat, 41 ..."): its
 * start, or at. */
static size_t floor_word_before(const char *s, size_t len, size_t at)
{
	static const char *const w[] = {"Ground ", "First ", "Second ", "Third ", "Top ", "Lower ", "Upper ",
					"Basement ", NULL};
	if (at < 6 || at + 5 > len || memcmp(s + at, "Floor", 5) != 0)
		return at;
	for (const char *const *q = w; *q; q++) {
		size_t n = strlen(*q);
		if (at >= n && !memcmp(s + at - n, *q, n) && (at == n || !rx_is_alnum((unsigned char)s[at - n - 1])))
			return at - n;
	}
	return at;
}

static size_t unit_prefix_of(const char *s, size_t at);

size_t ad_unit_prefix(const char *s, size_t len, size_t at)
{
	/* (Nigeria's "No. 52 Ogbunike Street": the house number's word) */
	if (at >= 4 && (!memcmp(s + at - 4, "No. ", 4) || !memcmp(s + at - 4, "no. ", 4)) &&
	    (at == 4 || !rx_is_alnum((unsigned char)s[at - 5])))
		return at - 4;
	size_t p = unit_prefix_of(s, at);
	return floor_word_before(s, len, p);
}

static size_t unit_prefix_of(const char *s, size_t at)
{
	size_t ls = rx_line_start(s, at), i = at;
	size_t uw = unit_word_before(s, at);
	if (uw != at)
		return uw;
	if (i < ls + 4 || s[i - 1] != ' ' || s[i - 2] != ',')
		return at;
	size_t hp = house_prefix(s, ls, at - 2, at);
	if (hp != at)
		return hp;
	i -= 2;
	size_t e = i;
	while (i > ls && e - i < 5 && (rx_is_alnum((unsigned char)s[i - 1]) || s[i - 1] == '-'))
		i--;
	if (i == e || e - i > 4 || i == ls || s[i - 1] != ' ')
		return at;
	size_t we = --i, ws = ad_field_word_start(s, ls, we);
	char w[16];
	if (ws == we)
		return at;
	rx_fold(s + ws, we - ws, w, sizeof w);
	if (!ad_in_list(ad_unit_words, w))
		return at;
	/* the unit starts a field or is capitalised */
	return ad_field_start(s, ls, ws) || rx_is_upper((unsigned char)s[ws]) ? ws : at;
}

/* A unit number before a '/' and the house number ("1/120 Hay Street",
 * "Unit 17/50 Wattle Street", "3/293B Riccarton Road"; AU, NZ): its
 * start (the unit word's, if any), or `at`. */
size_t ad_slash_unit(const char *s, size_t at)
{
	size_t ls = rx_line_start(s, at), i = at - 1;
	if (at < ls + 2 || s[i] != '/' || !rx_is_alnum((unsigned char)s[i - 1]))
		return at;
	while (i > ls && at - i < 6 && rx_is_alnum((unsigned char)s[i - 1]))
		i--;
	if (at - i >= 6 || !rx_is_digit((unsigned char)s[i]))
		return at;
	if (ad_field_start(s, ls, i) || ad_after_prep(s, i))
		return i;
	if (i < ls + 2 || s[i - 1] != ' ')
		return at;
	size_t we = i - 1, ws = ad_field_word_start(s, ls, we);
	char w[16];
	if (ws == we)
		return at;
	rx_fold(s + ws, we - ws, w, sizeof w);
	return ad_in_list(ad_unit_words, w) && (ad_field_start(s, ls, ws) || rx_is_upper((unsigned char)s[ws])) ? ws : at;
}

