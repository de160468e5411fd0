/* secret_seed.c: secrets said in a sentence about a wallet or a login: a
 * wallet's recovery phrase ("I typed my 12 words into their form: auto
 * analyst attack ... actual") and a password of the usual shape said
 * without a label where the message talks of logging in ("I'm typing
 * Velvet#1291 which is definitely right", "Gestern hatte ich es geändert
 * auf Barcelona$962K"). */
#include <string.h>

#include "secret_int.h"

static const char *const seed_words[] = {
	"seed phrase", "recovery phrase", "secret recovery phrase", "backup phrase", "mnemonic",
	"words", "seed words", "wallet words",
	"frase semilla", "frase de recuperación", "phrase de récupération", "wiederherstellungsphrase",
	"seed-phrase", NULL,
};
struct rx_kwset sc_seed_kws = RX_KWSET(seed_words);

/* A run of words of three to eight lower-case letters at i, one space
 * between: its end, and the count in *n. */
static size_t word_run(const char *s, size_t len, size_t i, size_t *n)
{
	size_t e = i, k = 0;
	for (;;) {
		size_t w = e;
		while (w < len && w - e < 9 && rx_is_lower((unsigned char)s[w]))
			w++;
		if (w - e < 3 || w - e > 8 || (w < len && rx_is_alpha((unsigned char)s[w])))
			break;
		k++;
		e = w;
		if (k < 24 && w + 1 < len && s[w] == ' ' && rx_is_lower((unsigned char)s[w + 1]))
			e = w + 1;
		else
			break;
	}
	/* (the last space taken belongs to no word) */
	if (e > i && s[e - 1] == ' ')
		e--;
	*n = k;
	return e;
}

unsigned sc_detect_seed(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, le = rx_line_end(s, len, c->me), i = c->me;
	/* "words" alone after their count ("my 12 words", "the 24 words",
	 * "twelve words") */
	if (c->me - c->ms == 5 && rx_fold_eq(s + c->ms, "words", 5) &&
	    !(c->ms >= 3 && (!memcmp(s + c->ms - 3, "12 ", 3) || !memcmp(s + c->ms - 3, "24 ", 3) ||
			     !memcmp(s + c->ms - 3, "15 ", 3) || !memcmp(s + c->ms - 3, "18 ", 3))) &&
	    !(c->ms >= 7 && rx_fold_eq(s + c->ms - 7, "twelve ", 7)))
		return 0;
	/* the phrase within 60 bytes after the words, on their line, after a
	 * ':' or "is"/"are"/"was" ("... into their form: auto analyst ...") */
	for (; i < le && i - c->me < 60; i++) {
		if (s[i] != ':' && !(s[i] == ' ' && i >= 3 && (!memcmp(s + i - 3, " is", 3) || !memcmp(s + i - 3, "are", 3) ||
							      !memcmp(s + i - 3, "was", 3))))
			continue;
		size_t v = i + 1, n;
		while (v < le && s[v] == ' ')
			v++;
		size_t e = word_run(s, len, v, &n);
		if (n == 12 || n == 15 || n == 18 || n == 21 || n == 24)
			return (unsigned)rx_emit(c, v, e, REDACT_SECRET);
	}
	return 0;
}

/* Words of prose that no wallet's word list holds: a line of twelve words
 * with one of them is a sentence, not a recovery phrase. */
static const char *const prose_words[] = {
	"the", "and", "that", "with", "this", "from", "they", "you", "your", "are", "was", "were",
	"have", "has", "had", "not", "but", "for", "our", "its", "his", "her", "she", "him", "them",
	"their", "there", "what", "when", "which", "who", "would", "could", "should", "will", "can",
	"been", "into", "than", "then", "these", "those", "some", "more", "very", "like", "how",
	"der", "die", "das", "und", "ist", "nicht", "mit", "sich", "les", "des", "est", "que", "qui",
	"pour", "pas", "dans", "los", "las", "del", "una", "por", "para", "che", "non", "per",
	"het", "een", "van", "niet", "och", "att", "som", NULL,
};
static struct rx_kwset prose_kws = RX_KWSET(prose_words);

/* At a '\n': a recovery phrase alone on the next line (12, 15, 18, 21 or
 * 24 words of three to eight lower-case letters, maybe in quotes), that
 * no word of prose breaks; sent to a scammer "to verify" whatever the
 * language of the message around it. */
unsigned sc_detect_seed_line(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, v = c->ms + 1;
	if (v < len && rx_in("\"'`", s[v]))
		v++;
	if (v + 48 > len || !rx_is_lower((unsigned char)s[v]) || !rx_is_lower((unsigned char)s[v + 1]) ||
	    !rx_is_lower((unsigned char)s[v + 2]))
		return 0;
	size_t n, e = word_run(s, len, v, &n), q = e;
	if (!(n == 12 || n == 15 || n == 18 || n == 21 || n == 24))
		return 0;
	if (q < len && rx_in("\"'`", s[q]))
		q++;
	while (q < len && (s[q] == ' ' || s[q] == '\r'))
		q++;
	if (q < len && s[q] != '\n')
		return 0;
	if (rx_kwset_last(&prose_kws, s, v, e) != RX_NONE)
		return 0;
	return (unsigned)rx_emit(c, v, e, REDACT_SECRET);
}

/* Words of a message about logging in, before a password said without a
 * label. */
static const char *const login_words[] = {
	"password", "passwort", "passwords", "contraseña", "mot de passe", "senha", "hasło", "şifre",
	"wachtwoord", "log in", "login", "log into", "logging in", "sign in", "passcode", "kennwort",
	"pwd", "pw", NULL,
};
static struct rx_kwset login_kws = RX_KWSET(login_words);

/* "Velvet#1291", "Barcelona$962K", "Thunder?4013K": a capitalised word
 * of three to twelve letters, a symbol, two to six digits, up to two
 * letters; its end, or i. */
static size_t password_shape(const char *s, size_t len, size_t i)
{
	size_t e = i + 1;
	if (!rx_is_upper((unsigned char)s[i]) || (i > 0 && (rx_is_alnum((unsigned char)s[i - 1]) || rx_in("@./_-", s[i - 1]))))
		return i;
	while (e < len && e - i < 13 && rx_is_lower((unsigned char)s[e]))
		e++;
	if (e - i < 4 || e >= len || !rx_in("!#$%&*?@", s[e]))
		return i;
	size_t d = ++e;
	while (e < len && e - d < 7 && rx_is_digit((unsigned char)s[e]))
		e++;
	if (e - d < 2 || e - d > 6)
		return i;
	size_t l = e;
	while (e < len && e - l < 3 && rx_is_alpha((unsigned char)s[e]))
		e++;
	if (e - l > 2 || (e < len && (rx_is_alnum((unsigned char)s[e]) || rx_in("@/_-", s[e]))) ||
	    (e + 1 < len && rx_in(".:,", s[e]) && rx_is_digit((unsigned char)s[e + 1])))
		return i;
	return e;
}

unsigned sc_detect_said_password(struct rx_ctx *c)
{
	const char *s = c->text;
	/* (a cheap look first: the lexer's word of letters ends at a symbol
	 * that a digit follows) */
	if (c->ti >= c->ntk || c->tk[c->ti].s != c->ms)
		return 0;
	size_t te = c->tk[c->ti].e;
	if (te + 2 >= c->len || !rx_in("!#$%&*?@", s[te]) || !rx_is_digit((unsigned char)s[te + 1]))
		return 0;
	size_t e = password_shape(s, c->len, c->ms);
	if (e == c->ms)
		return 0;
	size_t from = c->ms > 400 ? c->ms - 400 : 0;
	if (rx_kw_last(c, &login_kws, from, c->ms, NULL) == RX_NONE)
		return 0;
	return (unsigned)rx_emit(c, c->ms, e, REDACT_SECRET);
}
