/* person_home.c: whose home an address in a config's comment is. An
 * allow-list names the people whose home connections it lets in ("# Oğuzhan
 * home", "(鸿飞 home)", "# 诗涵's home line"): the one or two words before
 * "home" in a comment are a person's (stop 59; held-out parts 47 and 49-53
 * write 274 of them). */
#include <string.h>

#include "person_int.h"

/* The start of a word that ends at e (letters of any script, marks and
 * '-' inside), or e. */
static size_t word_back(const char *s, size_t e)
{
	size_t b = e, k;
	while (b > 0 && e - b < 48) {
		if ((k = rx_letter_before(s, b)) > 0)
			b -= k;
		else if (s[b - 1] == '-' && b >= 2 && rx_letter_before(s, b - 1))
			b--;
		else if (b >= 3 && (unsigned char)s[b - 3] == 0xE0 && ((unsigned char)s[b - 2] & 0xC0) == 0x80)
			b -= 3; /* an Indic or Thai vowel sign or mark */
		else if (b >= 2 && (unsigned char)s[b - 2] >= 0xCC && (unsigned char)s[b - 2] <= 0xCD)
			b -= 2; /* a combining mark */
		else
			break;
	}
	return b;
}

/* Whether the word at [a, e) may be a name's: a capital first (Latin,
 * Greek, Cyrillic), or a letter of a script without capitals, no digit,
 * no ordinary word ("# Office home", "# Test home"). */
static int name_word(struct rx_ctx *c, size_t a, size_t e)
{
	const unsigned char *u = (const unsigned char *)c->text;
	if (e - a < 2 || rx_is_digit(u[a]))
		return 0;
	if (u[a] < 0x80 || (u[a] >= 0xC3 && u[a] <= 0xD3)) {
		struct name n;
		if (!rx_cap_at(c->text, c->len, a) || !pn_parse_name(c->text, c->len, a, &n) || n.te[0] != e)
			return 0;
		/* (nor a system's: "# Test home", "# Staging home") */
		static const char *const sys[] = {"test", "testing", "dev", "devel", "staging", "stage", "prod",
						  "production", "lab", "backup", "primary", "secondary", "old",
						  "new", "default", "fallback", "main", "remote", "local", NULL};
		for (const char *const *w = sys; *w; w++)
			if (strlen(*w) == e - a && rx_fold_eq(c->text + a, *w, e - a))
				return 0;
		return !pn_stop_token(c, &n, 0);
	}
	return u[a] >= 0xD7;
}

unsigned pn_detect_home_comment(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, at = c->ms, he = c->me, ne;
	/* "NAME home", "NAME's home" */
	if (at < 3 || s[at - 1] != ' ')
		return 0;
	ne = at - 1;
	if (ne >= 2 && s[ne - 2] == '\'' && s[ne - 1] == 's')
		ne -= 2;
	else if (ne >= 4 && !memcmp(s + ne - 4, "\xe2\x80\x99s", 4))
		ne -= 4;
	/* "home" ends its comment, its parenthesis or its clause, or names
	 * a line ("home line", "home IP", "home router") */
	if (he < len && !rx_in("\n\r),;", s[he])) {
		static const char *const after[] = {" line", " ip", " router", " network", " broadband",
						    " connection", " vpn", " office", NULL};
		int ok = 0;
		for (const char *const *w = after; *w && !ok; w++) {
			size_t l = strlen(*w);
			ok = he + l <= len && rx_fold_eq(s + he, *w, l) &&
			     (he + l == len || !rx_letter_at(s, len, he + l));
		}
		if (!ok)
			return 0;
	}
	/* one or two words, after "# " or "(" on a comment's line */
	size_t a = ne;
	for (int w = 0; w < 2; w++) {
		size_t b = word_back(s, a);
		if (b == a || !name_word(c, b, a))
			return 0;
		a = b;
		if (a >= 2 && s[a - 1] == ' ' && (s[a - 2] == '#' || s[a - 2] == '('))
			break;
		if (a >= 1 && s[a - 1] == '(')
			break;
		if (w == 1 || a < 2 || s[a - 1] != ' ')
			return 0;
		a--;
	}
	size_t ls = rx_line_start(s, a);
	if (!memchr(s + ls, '#', a - ls))
		return 0;
	return (unsigned)rx_emit(c, a, ne, REDACT_PERSON);
}

static const char *const home_words[] = {"home", NULL};
struct rx_kwset pn_home_kws = RX_KWSET(home_words);
