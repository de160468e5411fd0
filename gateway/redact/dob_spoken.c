/* dob_spoken.c: a date of birth said in words, as speech-to-text writes it
 * ("date of birth ninth October nineteen seventy five", "AGENT: and your
 * date of birth" / "CUSTOMER: May the eighth nineteen seventy nine",
 * "born on the twenty third of October two thousand and three"). English
 * only: the day an ordinal in words, the month's name, the year in words.
 * Found at the birth words; the date follows them on their line, or opens
 * the next line after a speaker's label. */
#include <string.h>

#include "redact_int.h"

static const char *const ordinals[] = {
	"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
	"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
	"seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", NULL,
};
static const char *const units[] = {"one", "two", "three", "four", "five", "six", "seven",
				    "eight", "nine", NULL};
static const char *const teens[] = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
				    "sixteen", "seventeen", "eighteen", "nineteen", NULL};
static const char *const tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy",
				   "eighty", "ninety", NULL};

/* The word at i (ASCII letters), folded into w; its end (i when none). */
static size_t word(const char *s, size_t len, size_t i, char *w, size_t cap)
{
	size_t e = i;
	while (e < len && e - i < cap - 1 && rx_is_alpha((unsigned char)s[e]))
		e++;
	if (e < len && rx_is_alpha((unsigned char)s[e]))
		return i; /* longer than any word here */
	rx_fold(s + i, e - i, w, cap);
	return e;
}

static int in(const char *const *l, const char *w)
{
	for (; *l; l++)
		if (!strcmp(*l, w))
			return 1;
	return 0;
}

/* The next word after i (one space or '-' between): its start, or len. */
static size_t next(const char *s, size_t len, size_t e)
{
	return e + 1 < len && (s[e] == ' ' || s[e] == '-') && rx_is_alpha((unsigned char)s[e + 1]) ? e + 1 : len;
}

/* An ordinal day at i ("ninth", "twenty third", "thirty-first"): its end,
 * or i. */
static size_t day(const char *s, size_t len, size_t i)
{
	char w[16];
	size_t e = word(s, len, i, w, sizeof w);
	if (e == i)
		return i;
	if (in(ordinals, w))
		return e;
	if (strcmp(w, "twenty") && strcmp(w, "thirty"))
		return i;
	size_t j = next(s, len, e), f;
	if (j == len || (f = word(s, len, j, w, sizeof w)) == j || !in(ordinals, w))
		return i;
	return f;
}

/* A year in words at i ("nineteen seventy five", "nineteen oh five", "two
 * thousand and three", "two thousand"): its end, or i. */
static size_t year(const char *s, size_t len, size_t i)
{
	char w[16];
	size_t e = word(s, len, i, w, sizeof w), j, f;
	if (e == i)
		return i;
	if (!strcmp(w, "nineteen") || !strcmp(w, "eighteen")) {
		if ((j = next(s, len, e)) == len || (f = word(s, len, j, w, sizeof w)) == j)
			return i;
		if (in(teens, w))
			return f;
		if (!strcmp(w, "oh")) {
			if ((j = next(s, len, f)) == len || (e = word(s, len, j, w, sizeof w)) == j || !in(units, w))
				return i;
			return e;
		}
		if (!in(tens, w))
			return i;
		/* (a unit after the tens: "seventy five") */
		if ((j = next(s, len, f)) != len && (e = word(s, len, j, w, sizeof w)) != j && in(units, w))
			return e;
		return f;
	}
	if (strcmp(w, "two") || (j = next(s, len, e)) == len || (f = word(s, len, j, w, sizeof w)) == j ||
	    strcmp(w, "thousand"))
		return i;
	size_t k = next(s, len, f);
	if (k != len && (e = word(s, len, k, w, sizeof w)) != k && !strcmp(w, "and"))
		k = next(s, len, e);
	if (k != len && (e = word(s, len, k, w, sizeof w)) != k && (in(units, w) || in(teens, w)))
		return e;
	return f;
}

/* A month's name at i (date.c's list): its end in *e. */
static int month_at(const char *s, size_t len, size_t i, size_t *e)
{
	int mon;
	size_t n = rx_month_name(s, len, i, &mon);
	*e = i + n;
	return n > 0 && (*e == len || !rx_letter_at(s, len, *e));
}

/* A spoken date at i: "ninth [of] October <year>" or "October [the] ninth
 * <year>". Its end, or i. */
static size_t spoken_date(const char *s, size_t len, size_t i)
{
	char w[16];
	size_t e, j, m;
	if ((e = day(s, len, i)) != i) {
		if ((j = next(s, len, e)) == len)
			return i;
		if (word(s, len, j, w, sizeof w) != j && !strcmp(w, "of") && (j = next(s, len, j + 2)) == len)
			return i;
		if (!month_at(s, len, j, &m) || (j = next(s, len, m)) == len)
			return i;
		e = year(s, len, j);
		return e != j ? e : i;
	}
	if (!month_at(s, len, i, &m) || (j = next(s, len, m)) == len)
		return i;
	if ((e = word(s, len, j, w, sizeof w)) != j && !strcmp(w, "the") && (j = next(s, len, e)) == len)
		return i;
	if ((e = day(s, len, j)) == j || (j = next(s, len, e)) == len)
		return i;
	e = year(s, len, j);
	return e != j ? e : i;
}

unsigned dob_detect_spoken(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, i = c->me, le = rx_line_end(s, len, i);
	/* (" is", " was", ":", " comma", " on the" between) */
	static const char *const fill[] = {"is", "was", "on", "the", "comma", "it's", NULL};
	for (int k = 0; k < 3 && i < le; k++) {
		while (i < le && rx_in(" :,", s[i]))
			i++;
		char w[8];
		size_t e = word(s, len, i, w, sizeof w);
		if (e == i || !in(fill, w))
			break;
		i = e;
	}
	while (i < le && rx_in(" :,", s[i]))
		i++;
	if (i >= le) {
		/* the label ends its line: the answer opens the next one, after
		 * a speaker's label ("CUSTOMER: ...") */
		if (le >= len)
			return 0;
		i = le + 1;
		size_t q = i;
		while (q < len && q - i < 16 && (rx_is_alpha((unsigned char)s[q]) || s[q] == ' '))
			q++;
		if (q + 1 < len && s[q] == ':' && s[q + 1] == ' ')
			i = q + 2;
	}
	size_t e = spoken_date(s, len, i);
	return e != i ? (unsigned)rx_emit(c, i, e, REDACT_DOB) : 0;
}

static const char *const spoken_words[] = {"date of birth", "birth date", "birthday", "born", NULL};
struct rx_kwset rx_dob_spoken_kws = RX_KWSET(spoken_words);
