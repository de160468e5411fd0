/* secret_phrase.c: secrets named in words, not by a key or a shape: "my
 * password is ...", "Kennwort: ...", "la password del wifi è ...", "login
 * admin / ...", the password column of an export, "curl -u user:password".
 * The value checks they share with secret.c are in secret_int.h. */
#include <string.h>

#include "secret_int.h"

#define NONE_POS ((size_t)-1)

/* ---- phrases -------------------------------------------------------------------- */

/* After a password word: connectors, then the password. */
static const char *const phrase_skip[] = {
		"is", "was", "to", "es", "est", "ist", "è", "é", "e", "de", "del", "of", "for", "the",
		"my", "new", "api", "actual", "nuevo", "nouveau", "neues", "nieuwe", "nuova", "nova",
		"now", "now:", "=", ":", "-", "->", "–", "is:", "ist:", "est:", "es:", "lautet",
		"heißt", "heisst", "des", "du", "da", "do", "della", "dello", "van", "het", "vom",
		"wifi", "wi-fi", "wlan", "router", "wifi:", "wlan:", "jest", "är", "er",
		"é:", "è:", "era", "war", "était", "was:",
		/* "... is still X", "ist immer noch X", "es todavía X" */
		"still", "currently", "set", "noch", "immer", "todavía", "aún", "ainda",
		"toujours", "ancora", "nog", "steeds", "nadal", NULL,
};
static struct rx_kwset phrase_skip_kws = RX_KWSET(phrase_skip);
/* Words about a secret that end a sentence ("token leaked??"). */
static const char *const phrase_about[] = {
	"leaked", "exposed", "compromised", "revoked", "rotated", "expired", "invalid", "wrong",
	"broken", "missing", "below", "attached", "here", "again", "now", NULL,
};
static struct rx_kwset phrase_about_kws = RX_KWSET(phrase_about);

/* The cell of row line [ls, le) in column idx (delimiter d), without
 * quotes: 1 and its bounds when the row has it. */
static int row_cell(const char *s, size_t ls, size_t le, char d, size_t idx, size_t *cs,
		    size_t *ce)
{
	size_t col = 0, a = ls;
	for (size_t i = ls; i <= le; i++) {
		if (i < le && s[i] != d)
			continue;
		if (col == idx) {
			size_t b = i;
			while (a < b && (s[a] == ' ' || s[a] == '"'))
				a++;
			while (b > a && (s[b - 1] == ' ' || s[b - 1] == '"' || s[b - 1] == '\r'))
				b--;
			*cs = a;
			*ce = b;
			return 1;
		}
		col++;
		a = i + 1;
	}
	return 0;
}

/* A password manager's or a spreadsheet's export: a header cell
 * "password" (or another password word) over rows of the same table; the
 * cell of that column in each row below (up to 64 rows). */
static unsigned password_column(struct rx_ctx *c)
{
	const char *s = c->text;
	char d = 0;
	/* the cell: the word, in quotes or not, and a note in brackets
	 * ("Password [Required]", Google Workspace's bulk upload) */
	size_t a = c->ms, b = c->me;
	if (a > 0 && s[a - 1] == '"')
		a--;
	/* an exporter's identifier whose last word names the password or
	 * the one-time key ("login_password", "login_totp": Bitwarden's) */
	if (b < c->len && s[b] == '_') {
		size_t e = b;
		while (e < c->len && e - b < 24 && (rx_is_lower((unsigned char)s[e]) || s[e] == '_'))
			e++;
		static const char *const ends[] = {"_password", "_passwd", "_totp", "_otp_secret", NULL};
		int ok = 0;
		for (const char *const *w = ends; *w && !ok; w++) {
			size_t wl = strlen(*w);
			ok = e - b >= wl && memcmp(s + e - wl, *w, wl) == 0;
		}
		if (!ok)
			return 0;
		b = e;
	}
	if (b < c->len && s[b] == '"') {
		b++;
	} else if (b + 2 < c->len && s[b] == ' ' && (s[b + 1] == '[' || s[b + 1] == '(')) {
		size_t lim = c->len - b - 2 < 24 ? c->len - b - 2 : 24;
		const char *q = memchr(s + b + 2, s[b + 1] == '[' ? ']' : ')', lim);
		if (q)
			b = (size_t)(q - s) + 1;
	}
	/* a delimiter right before or after the cell, first (most password
	 * words are in prose) */
	if (a > 0 && s[a - 1] && rx_in(",;\t", s[a - 1]))
		d = s[a - 1];
	else if (b < c->len && s[b] && rx_in(",;\t", s[b]))
		d = s[b];
	if (!d)
		return 0;
	size_t ls = rx_line_start(s, c->ms), le = rx_line_end(s, c->len, c->ms);
	while (le > b && s[le - 1] == '\r')
		le--;
	/* the word fills its cell */
	if (!(a == ls || s[a - 1] == d) || !(b == le || s[b] == d))
		return 0;
	/* a header of short cells ("key, and (except the CA's own ...) a
	 * signature" is prose); rows hold the delimiter too */
	size_t idx = 0, nd = 0, cell = ls;
	for (size_t i = ls; i < le; i++) {
		/* (a header names its columns: a line with an address, a URL or
		 * a cell of digits is a row, whose "login" is a value) */
		if (s[i] == '@' || (s[i] == ':' && i + 2 < le && s[i + 1] == '/' && s[i + 2] == '/'))
			return 0;
		if (s[i] == d) {
			size_t q = cell;
			while (q < i && rx_is_digit((unsigned char)s[q]))
				q++;
			if (i - cell > 48 || (q == i && i > cell))
				return 0;
			cell = i + 1;
		}
		nd += s[i] == d;
		idx += i < c->ms && s[i] == d;
	}
	if (le - cell > 48)
		return 0;
	unsigned k = 0;
	size_t row = le;
	for (int n = 0; n < 64 && row < c->len; n++) {
		size_t rs = row + 1, re = rx_line_end(s, c->len, rs), cnt = 0;
		for (size_t i = rs; i < re; i++)
			cnt += s[i] == d;
		if (re == rs || cnt < idx || cnt == 0 || cnt > nd + 2)
			break;
		size_t cs = 0, ce = 0;
		if (row_cell(s, rs, re, d, idx, &cs, &ce) && ce > cs && !sc_placeholder(s + cs, ce - cs) &&
		    !sc_other_value(s + cs, ce - cs))
			k += (unsigned)rx_emit(c, cs, ce, REDACT_SECRET);
		row = re;
	}
	return k;
}

/* Whether the phrase's word is one that prose uses for other things too
 * ("key", "token", "pass", "login": "the key rotation", "a new key
 * `object.N`"), unlike "password". */
static int weak_word(const struct rx_ctx *c)
{
	static const char *const weak[] = {"key", "token", "pass", "pw", "login", "secret", "clé", "clave", "chave",
					   "chiave", "sleutel", "schlüssel", "jeton", NULL};
	static struct rx_kwset weak_kws = RX_KWSET(weak);
	char w[16];
	size_t n = c->me - c->ms;
	if (n >= sizeof w)
		return 0;
	size_t wl = rx_fold(c->text + c->ms, n, w, sizeof w);
	return rx_kwset_has(&weak_kws, w, wl);
}

/* A word of prose with its punctuation: letters, '-', '.' and Markdown's
 * '*', no digit ("big-endian", "rotation**", "object.N"). A passphrase of
 * words ("correct-horse-battery-staple") is one too: it is taken after
 * "password", not after the weak words. */
static int prose_word(const char *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!(rx_is_alpha((unsigned char)v[i]) || (unsigned char)v[i] >= 0x80 || rx_in("-.*:,;`_", v[i])))
			return 0;
	return 1;
}

/* A word that names a password (not "key", "token", "pass": "key
 * (AES-256-GCM)", "pass (`redact_find`)" name no value). */
static int paren_word(const char *w, size_t n)
{
	static const char *const parts[] = {"passw", "passc", "passe", "passo", "kennw", "contrase",
					    "senha", "wachtw", "hasł", "hasl", "lösen", "salasana",
					    "heslo", "şifre", "parola", "lozinka", "jelsz", NULL};
	for (const char *const *p = parts; *p; p++)
		if (sc_ci_contains(w, n, *p))
			return 1;
	return 0;
}

/* Past the note in parentheses or brackets that opens at s[j], on its line
 * and within 80 bytes; NONE_POS when it does not close. */
static size_t past_note(const char *s, size_t len, size_t j)
{
	char close = s[j] == '(' ? ')' : ']';
	size_t lim = len - j < 80 ? len : j + 80;
	while (j < lim && s[j] != close && s[j] != '\n')
		j++;
	return j < lim && s[j] == close ? j + 1 : NONE_POS;
}

/* After a password word at i: a note in parentheses, then at most two
 * words, then ':' and a space (a label's colon); where the value starts,
 * NONE_POS when the text is no such label. */
static size_t label_colon(const char *s, size_t len, size_t i)
{
	size_t j = i;
	while (j < len && s[j] == ' ')
		j++;
	if (j < len && (s[j] == '(' || s[j] == '[') && (j = past_note(s, len, j)) == NONE_POS)
		return NONE_POS;
	int note = 0;
	for (int w = 0; w < 3; w++) {
		while (j < len && s[j] == ' ')
			j++;
		if (j + 1 < len && s[j] == ':' && s[j + 1] == ' ')
			return j == i ? NONE_POS : j + 1;
		/* (the note after a word: "Contraseña inicial (comunicada por
		 * teléfono): ...") */
		if (!note && w > 0 && j < len && s[j] == '(') {
			if ((j = past_note(s, len, j)) == NONE_POS)
				return NONE_POS;
			note = 1;
			w--;
			continue;
		}
		if (w == 2)
			break;
		size_t a = j;
		while (j < len && j - a < 16 && (rx_is_alpha((unsigned char)s[j]) || (unsigned char)s[j] >= 0x80 || s[j] == '\''))
			j++;
		if (j == a || (j < len && rx_is_alnum((unsigned char)s[j])))
			return NONE_POS;
	}
	return NONE_POS;
}

/* Whether the word before `at` (spaces between) is one of `words`, read
 * up to `max` letters and digits back. */
static int word_before_in(const char *s, size_t at, const char *const *words, size_t max)
{
	size_t e = at;
	while (e > 0 && s[e - 1] == ' ')
		e--;
	size_t b = e;
	while (b > 0 && e - b < max && rx_is_alnum((unsigned char)s[b - 1]))
		b--;
	if (b == e || e == at || (b > 0 && rx_is_alnum((unsigned char)s[b - 1])))
		return 0;
	for (const char *const *w = words; *w; w++)
		if (strlen(*w) == e - b && rx_fold_eq(s + b, *w, e - b))
			return 1;
	return 0;
}

/* The words that name a one-time password's key ("setup key", "TOTP key")
 * and those that make a key a public one or name its algorithm ("using
 * EDDSA key <fingerprint>", "Server host key: ssh-...", "Offering public
 * key: ..."). */
static const char *const otp_words[] = {"setup", "totp", "otp", "2fa", "mfa", "authenticator", "manual",
					"seed", NULL};
static const char *const public_words[] = {"rsa", "dsa", "eddsa", "ecdsa", "ed25519", "gpg", "pgp",
					   "public", "host", "ssh", "signing", NULL};

/* A preposition after a password word ("the password for the router", "la
 * password del wifi", "das Passwort vom Router", "le mot de passe du
 * wifi"): what it names follows, then maybe its value after a copula. */
static const char *const prep_words[] = {
	"of", "for", "in", "at", "on", "to", "del", "della", "dello", "dell", "dei", "de",
	"do", "da", "du", "des", "pour", "für", "vom", "von", "zum", "zur", "van", "voor",
	"för", "til", "dla", "na", "için", NULL,
};
static struct rx_kwset prep_kws = RX_KWSET(prep_words);

static int prep_word(const char *v, size_t n)
{
	char w[8];
	if (n < 2 || n > 6)
		return 0;
	size_t wl = rx_fold(v, n, w, sizeof w);
	return wl == n && rx_kwset_has(&prep_kws, w, wl);
}

/* The first byte after a copula (" is ", " è ", " es ", " est ", " ist ",
 * " é ", " jest ", " är ", " er ", " on ", " je ") in s[from, lim), or
 * NONE_POS. */
static size_t copula_after(const char *s, size_t from, size_t lim)
{
	static const char *const cop[] = {" is ", " \xc3\xa8 ", " es ", " est ", " ist ", " \xc3\xa9 ",
					  " jest ", " \xc3\xa4r ", " er ", " on ", " je ", NULL};
	size_t best = NONE_POS;
	for (int k = 0; cop[k]; k++) {
		size_t cl = strlen(cop[k]);
		const char *f = from < lim ? memmem(s + from, lim - from, cop[k], cl) : NULL;
		if (f && (size_t)(f - s) + cl < best)
			best = (size_t)(f - s) + cl;
	}
	return best;
}

unsigned sc_detect_phrase(struct rx_ctx *c)
{
	const char *s = c->text;
	unsigned cols = password_column(c);
	if (cols)
		return cols;
	size_t i = c->me, len = c->len;
	int login = sc_ci_contains(s + c->ms, c->me - c->ms, "login");
	/* a login call's second argument (smtplib's "s.login('user@x',
	 * 'Tulpenfeld-96')", ftplib's, imaplib's): the password */
	if (login && i + 6 < len && s[i] == '(' && c->ms > 0 && s[c->ms - 1] == '.') {
		size_t q = i + 1;
		char quote = s[q];
		if (quote == '\'' || quote == '"') {
			const char *qe = memchr(s + q + 1, quote, len - q - 1 < 256 ? len - q - 1 : 256);
			size_t a = qe ? (size_t)(qe - s) + 1 : len;
			while (a < len && (s[a] == ',' || s[a] == ' '))
				a++;
			if (qe && a < len && s[a] == quote && a > (size_t)(qe - s) + 1) {
				const char *ve = memchr(s + a + 1, quote, len - a - 1 < 256 ? len - a - 1 : 256);
				if (ve && (size_t)(ve - s) > a + 1 && !sc_placeholder(s + a + 1, (size_t)(ve - s) - a - 1) &&
				    s[a + 1] != '$' && s[a + 1] != '{')
					return (unsigned)rx_emit(c, a + 1, (size_t)(ve - s), REDACT_SECRET);
			}
		}
		return 0;
	}
	/* (a URL's user information: "user:password@localhost") */
	if (sc_id_key(s, c->ms) || word_before_in(s, c->ms, public_words, 8) || (i < len && s[i] == '@'))
		return 0;
	/* the last part of a compound name: a URL's user
	 * ("https://x-access-token:ghs_...@github.com", the URL's own
	 * detector takes the password), a header that names no secret
	 * ("Postman-Token: <uuid>") */
	if (c->ms > 1 && s[c->ms - 1] == '-' && rx_is_alnum((unsigned char)s[c->ms - 2])) {
		size_t k = c->ms;
		while (k > 0 && (rx_is_alnum((unsigned char)s[k - 1]) || rx_in("-_.", s[k - 1])))
			k--;
		if ((k >= 3 && memcmp(s + k - 3, "://", 3) == 0) || !sc_secret_key(s, k, c->me))
			return 0;
	}
	/* a part of a name ("password_reset.html", "/password/"), a quoted
	 * word ("the key 'password' in secret 'db'"), a tag's name ('<Pass
	 * encoding="base64">') or a YAML tag ("!secret wifi_ssid" names an
	 * entry of Home Assistant's secrets.yaml) */
	if ((c->ms > 0 && rx_in("_/.'\"`<!", s[c->ms - 1])) ||
	    (c->me < len && (s[c->me] == '_' || s[c->me] == '/' ||
			     (s[c->me] == '.' && c->me + 1 < len && rx_is_alnum((unsigned char)s[c->me + 1])))))
		return 0;
	/* Mailgun's API key, "key-" and 32 hex digits: the whole token */
	if (c->me - c->ms == 3 && i + 33 <= len && s[i] == '-' && rx_fold_eq(s + c->ms, "key", 3) &&
	    (i + 33 == len || !rx_is_alnum((unsigned char)s[i + 33]))) {
		size_t h = i + 1;
		while (h < i + 33 && rx_in("0123456789abcdef", s[h]))
			h++;
		if (h == i + 33)
			return (unsigned)rx_emit(c, c->ms, h, REDACT_SECRET);
	}
	/* a compound ("key-purpose checks", "token-based", "audit-key-id"),
	 * or a compound's first part cut short ("Pass-/ID-nr", "Pass-/
	 * Ausweisnr."; stop 51) */
	if (i + 1 < len && s[i] == '-' && (rx_is_alpha((unsigned char)s[i + 1]) || s[i + 1] == '/'))
		return 0;
	/* a possessive ("the password's length", "the key’s owner") */
	if ((i + 2 < len && s[i] == '\'' && (s[i + 1] == 's' || s[i + 1] == 'S') && !rx_is_alnum((unsigned char)s[i + 2])) ||
	    (i + 4 < len && !memcmp(s + i, "\xe2\x80\x99s", 4) && !rx_is_alnum((unsigned char)s[i + 4])))
		return 0;
	/* an authenticator's setup key, in groups of four ("Setup key (if
	 * you can't scan): J66W 3RXE DHEU G6ZT") */
	if (c->me - c->ms == 3 && word_before_in(s, c->ms, otp_words, 14)) {
		size_t j = label_colon(s, len, i);
		if (j == NONE_POS)
			j = i;
		while (j < len && s[j] == ' ')
			j++;
		size_t e = j, n = 0;
		while (e < len && (rx_in("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", s[e]) ||
				   (s[e] == ' ' && e > j && e + 1 < len && s[e + 1] != ' ' && s[e - 1] != ' ')))
			n += s[e++] != ' ';
		while (e > j && s[e - 1] == ' ')
			e--;
		if (n >= 16 && (e == len || !rx_is_alnum((unsigned char)s[e])))
			return (unsigned)rx_emit(c, j, e, REDACT_SECRET);
	}
	for (int words = 0; words < 4; words++) {
		while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == ':' || s[i] == '='))
			i++;
		/* "c'est" (value_at stops at the apostrophe) */
		if (i + 6 < len && (s[i] == 'c' || s[i] == 'C') && memcmp(s + i + 1, "'est ", 5) == 0) {
			i += 6;
			continue;
		}
		if (i + 8 < len && (s[i] == 'c' || s[i] == 'C') && memcmp(s + i + 1, "\xe2\x80\x99" "est ", 7) == 0) {
			i += 8;
			continue;
		}
		/* a label's colon after a note or a word or two ("Initial
		 * password (told by phone, must change): ...", "Mot de passe
		 * provisoire : ...", "wachtwoord gezet: ...") */
		/* (after a weak word only a note in brackets: aws configure's
		 * "AWS Secret Access Key [None]: ...") */
		if (words == 0 && (!weak_word(c) || (i < len && s[i] == '['))) {
			size_t j = label_colon(s, len, i);
			if (j != NONE_POS) {
				i = j;
				words = 2;
				continue;
			}
		}
		/* "the victim's password (Soleil&6336Q)", "des Passworts
		 * (Tiger_5100)": the word in parentheses right after it */
		if (words == 0 && i + 2 < len && s[i] == '(' && i > c->me && paren_word(s + c->ms, c->me - c->ms)) {
			size_t a = i + 1, b = a;
			while (b < len && b - a < 130 && s[b] != ')' && s[b] != ' ' && s[b] != '\n')
				b++;
			if (b < len && s[b] == ')' && sc_password_like(s + a, b - a) && !sc_other_value(s + a, b - a) &&
			    !prose_word(s + a, b - a))
				return (unsigned)rx_emit(c, a, b, REDACT_SECRET);
			return 0;
		}
		size_t vs, raw, ve = sc_value_at(s, len, i, &vs, &raw);
		/* (a quote that closes a phrase, "grep 'Failed password'
		 * /var/log/auth.log", opens no value) */
		if (ve <= vs || sc_placeholder(s + vs, raw - vs) || s[vs] == ' ')
			return 0;
		/* (a word that a colon ends is the label's, "Passwort
		 * Online-Galerie: ...": the value after it is the label
		 * detectors'; stop 50) */
		if (words == 0 && ve < len && s[ve] == ':' && ve + 1 < len && s[ve + 1] == ' ')
			return 0;
		/* a router's key of digit groups ("Wi-Fi: Huisje / Password 3547
		 * 0624 4582 2364 5661") */
		size_t dg = words == 0 ? sc_digit_groups(s, len, vs) : vs;
		if (dg != vs)
			return (unsigned)rx_emit(c, vs, dg, REDACT_SECRET);
		char w[16];
		size_t n = ve - vs;
		int skippable = 0;
		if (n < sizeof w) {
			size_t wl = rx_fold(s + vs, n, w, sizeof w);
			skippable = rx_kwset_has(&phrase_skip_kws, w, wl);
			/* "bot token leaked?? eyJ...": a word about the secret */
			while (!skippable && wl > 0 && rx_in("?!.", w[wl - 1]))
				w[--wl] = '\0';
			if (!skippable && wl < n)
				skippable = rx_kwset_has(&phrase_about_kws, w, wl);
		}
		if (login && words == 0 && !skippable) {
			/* "login admin / pass", "user bob : pass" */
			size_t j = ve;
			while (j < len && s[j] == ' ')
				j++;
			if (j < len && (s[j] == '/' || s[j] == ':')) {
				i = j + 1;
				continue;
			}
			return 0;
		}
		/* "the public key of Anna", "the password for the router", "the
		 * api key in the same config" */
		if ((words == 0 && n <= 3 && (rx_fold_eq(s + vs, "of", n) || rx_fold_eq(s + vs, "for", n))) ||
		    ((!skippable || words > 0) && prep_word(s + vs, n))) {
			/* ... unless a copula follows on the line: "the bot token
			 * for the status channel is ...", "la password del wifi in
			 * ufficio è ..." */
			size_t le = rx_line_end(s, len, ve), lim = le < ve + 64 ? le : ve + 64;
			size_t k = copula_after(s, ve, lim);
			if (k == NONE_POS)
				return 0;
			i = k;
			words = 1; /* (two words more: "is still X") */
			continue;
		}
		if (skippable) {
			i = ve;
			continue;
		}
		/* (a question: "the login of the Wi-Fi?", "hasło do Netflix?"; a
		 * file after a weak word: "secret \"/run/secrets/jwt\"") */
		/* (a PEM armour line's end: "-----END OpenVPN Static key V1-----") */
		if (!sc_password_like(s + vs, n) || sc_other_value(s + vs, n) ||
		    (n > 5 && !memcmp(s + ve - 5, "-----", 5)) ||
		    (weak_word(c) && (prose_word(s + vs, n) || s[vs] == '/' || s[vs] == '~')) ||
		    (s[ve - 1] == '?' && prose_word(s + vs, n - 1)))
			return 0;
		return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
	}
	return 0;
}

/* A PostgreSQL password file's line ("~/.pgpass", also what libpq reads
 * from PGPASSFILE): "hostname:port:database:username:password", fired at
 * the fourth ':'. The host holds a letter or a '.', the port is digits or
 * '*', the user a letter; the password runs to the line's end. */
unsigned sc_detect_pgpass(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t ls = c->ms, lim = c->ms > RX_LINE_LIMIT ? c->ms - RX_LINE_LIMIT : 0, f[4], n = 0;
	/* a cheap look first, back to the line's start: no space or tab,
	 * three ':' at most (most colons of prose have a space before them) */
	while (ls > lim && s[ls - 1] != '\n') {
		ls--;
		if (s[ls] == ' ' || s[ls] == '\t' || (s[ls] == ':' && ++n > 3))
			return 0;
	}
	n = 0;
	f[0] = ls;
	for (size_t i = ls; i < c->ms; i++)
		if (s[i] == ':')
			f[++n] = i + 1;
	size_t le = rx_line_end(s, c->len, c->ms);
	if (n != 3 || f[1] == f[0] + 1 || f[2] == f[1] + 1 || f[3] == f[2] + 1 || c->ms == f[3])
		return 0;
	int host = 0, user = 0;
	for (size_t i = f[0]; i + 1 < f[1]; i++) {
		if (s[i] == '=')
			return 0; /* "lan_mac=8C:76:F4:F6:EB:A7" */
		host |= rx_is_alpha((unsigned char)s[i]) || s[i] == '.';
	}
	for (size_t i = f[3]; i < c->ms; i++)
		user |= rx_is_alpha((unsigned char)s[i]);
	int port = s[f[1]] == '*' && f[2] == f[1] + 2;
	if (!port) {
		port = f[2] - f[1] - 1 <= 5;
		for (size_t i = f[1]; i + 1 < f[2] && port; i++)
			port = rx_is_digit((unsigned char)s[i]);
	}
	size_t ve = le;
	while (ve > c->ms + 1 && (s[ve - 1] == ' ' || s[ve - 1] == '\r'))
		ve--;
	/* a ':' in the password is escaped ("\:"); a fifth bare ':' is some
	 * other list (a MAC address) */
	for (size_t i = c->ms + 1; i < ve; i++)
		if (s[i] == ':' && s[i - 1] != '\\')
			return 0;
	if (!host || !user || !port || ve <= c->ms + 1 || memchr(s + c->ms + 1, ' ', ve - c->ms - 1) ||
	    sc_placeholder(s + c->ms + 1, ve - c->ms - 1))
		return 0;
	return (unsigned)rx_emit(c, c->ms + 1, ve, REDACT_SECRET);
}

/* A name/value pair whose name names a secret (Postman, HAR):
 * {"key": "password", "value": "..."}, {"name": "api_key", "value": "..."};
 * fired at "value". */
/* The YAML form, one list item: "- name: DB_PASSWORD\n  value: ..."
 * (Kubernetes) or "- key: RENDER_API_KEY\n  value: ..." (Render), fired at
 * "value" at its line's start. */
static unsigned yaml_pair_value(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t ls = rx_line_start(s, c->ms), i = c->me;
	for (size_t q = ls; q < c->ms; q++)
		if (s[q] != ' ')
			return 0;
	if (ls < 2 || i + 2 >= c->len || s[i] != ':' || s[i + 1] != ' ')
		return 0;
	/* the line before: "- name: X" or "- key: X" (or without "- ") */
	size_t ps = rx_line_start(s, ls - 1), pe = ls - 1, ks;
	while (ps < pe && rx_in(" -", s[ps]))
		ps++;
	if (pe - ps > 5 && rx_fold_eq(s + ps, "name: ", 6))
		ks = ps + 6;
	else if (pe - ps > 4 && rx_fold_eq(s + ps, "key: ", 5))
		ks = ps + 5;
	else
		return 0;
	size_t ke = pe;
	while (ke > ks && rx_in(" \r\"'", s[ke - 1]))
		ke--;
	ks += ks < ke && rx_in("\"'", s[ks]);
	if (ks >= ke || ke - ks > 64 || !sc_secret_key(s, ks, ke))
		return 0;
	size_t vs = i + 2, ve = rx_line_end(s, c->len, vs);
	while (ve > vs && rx_in(" \r", s[ve - 1]))
		ve--;
	if (ve - vs >= 2 && rx_in("\"'", s[vs]) && s[ve - 1] == s[vs]) {
		vs++;
		ve--;
	}
	if (ve <= vs || ve - vs > 512 || sc_placeholder(s + vs, ve - vs) || sc_other_value(s + vs, ve - vs) ||
	    rx_in("{&*|>", s[vs]) || memchr(s + vs, ' ', ve - vs))
		return 0;
	return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
}

unsigned sc_detect_pair_value(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t i = c->me;
	if (c->ms >= 1 && s[c->ms - 1] != '"')
		return yaml_pair_value(c);
	if (c->ms < 12 || s[c->ms - 1] != '"' || i + 3 >= c->len || s[i] != '"')
		return 0;
	i++;
	while (i < c->len && (s[i] == ' ' || s[i] == ':'))
		i++;
	if (i >= c->len || s[i] != '"')
		return 0;
	/* the pair's name: the quoted string before '", "value"' */
	size_t q = c->ms - 1;
	while (q > 0 && rx_in(" ,", s[q - 1]))
		q--;
	if (q < 2 || s[q - 1] != '"')
		return 0;
	size_t ne = q - 1, ns = ne;
	while (ns > 0 && s[ns - 1] != '"' && ne - ns < 48)
		ns--;
	/* (a session cookie's name counts too: "connect.sid", "PHPSESSID") */
	int session = 0;
	for (size_t w = ns; w + 3 <= ne && !session; w++)
		session = rx_fold_eq(s + w, "sid", 3) || (w + 4 <= ne && rx_fold_eq(s + w, "sess", 4));
	if (ns == 0 || s[ns - 1] != '"' || ns == ne || !(session || sc_secret_key(s, ns, ne)))
		return 0;
	/* ... and the key of that name is "key" or "name" */
	size_t k = ns - 1;
	while (k > 0 && rx_in(" :", s[k - 1]))
		k--;
	if (k < 5 || s[k - 1] != '"' || !((k >= 6 && rx_fold_eq(s + k - 4, "key\"", 4) && s[k - 5] == '"') ||
					   (k >= 7 && rx_fold_eq(s + k - 5, "name\"", 5) && s[k - 6] == '"')))
		return 0;
	size_t vs = i + 1, ve = vs;
	while (ve < c->len && s[ve] != '"' && s[ve] != '\n' && ve - vs < 512)
		ve++;
	/* an authorization scheme stays outside ("Bearer eyJ...", "token gho_...") */
	static const char *const schemes[] = {"bearer ", "basic ", "token ", "digest ", NULL};
	for (const char *const *sc = schemes; *sc; sc++) {
		size_t n = strlen(*sc);
		if (ve - vs > n && rx_fold_eq(s + vs, *sc, n)) {
			vs += n;
			break;
		}
	}
	if (ve >= c->len || s[ve] != '"' || ve == vs || sc_placeholder(s + vs, ve - vs) || s[vs] == '{')
		return 0;
	return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
}

/* "WiFi: FamilyNet / Palomino_7198", "log in as anna@example.org /
 * Hortensie$5429!": a network or an account, '/', and its password. */
/* A Wi-Fi QR code's text: "WIFI:T:WPA;S:<ssid>;P:<password>;H:false;;"
 * (';', ',', ':' and '\\' escaped by a '\\'): the password. */
static unsigned wifi_qr(struct rx_ctx *c, size_t le)
{
	const char *s = c->text;
	for (size_t i = c->me; i + 3 < le; i++) {
		if (s[i] == '\\') {
			i++;
			continue;
		}
		if (!rx_in(":;", s[i]) || s[i + 1] != 'P' || s[i + 2] != ':')
			continue;
		size_t vs = i + 3, ve = vs;
		while (ve < le && s[ve] != ';')
			ve += s[ve] == '\\' && ve + 1 < le ? 2 : 1;
		if (ve - vs < 4 || sc_placeholder(s + vs, ve - vs))
			return 0;
		return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
	}
	return 0;
}

static int admin_word(const char *w, size_t n)
{
	return (n == 4 && rx_fold_eq(w, "root", 4)) || (n == 5 && rx_fold_eq(w, "admin", 5)) ||
	       (n == 13 && rx_fold_eq(w, "administrator", 13));
}

unsigned sc_detect_slash_pair(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t le = rx_line_end(s, c->len, c->me), i = c->me, a;
	if (c->me - c->ms == 4 && memcmp(s + c->ms, "WIFI", 4) == 0 && i < le && s[i] == ':')
		return wifi_qr(c, le);
	/* an administrator's account and its password after a label, a
	 * column's gap or at a line's start ("Break-glass for the core switch
	 * (change after use!): admin / ...", "root / ...", "https://...:8443
	 * admin / ..."), not in prose ("the admin / user split") */
	if (admin_word(s + c->ms, c->me - c->ms)) {
		size_t b = c->ms;
		while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\t'))
			b--;
		if (!(b == 0 || s[b - 1] == '\n' || (s[b - 1] == ':' && b < c->ms) || c->ms - b >= 2))
			return 0;
		/* the slash and the password may follow on the next line (a
		 * PDF's wrap: "admin /" then the password, "admin" then "/ ...") */
		size_t j = i;
		while (j < c->len && j < i + 4 && rx_in(" \r\n", s[j]))
			j++;
		if (j >= c->len || s[j] != '/' || j == i || (j + 1 < c->len && s[j + 1] != ' ' && s[j + 1] != '\n'))
			return 0;
		j++;
		while (j < c->len && j < i + 10 && rx_in(" \r\n", s[j]))
			j++;
		le = rx_line_end(s, c->len, j);
		size_t vs, raw, ve = sc_value_at(s, le, j, &vs, &raw);
		if (ve <= vs || !sc_password_like(s + vs, ve - vs) || sc_other_value(s + vs, ve - vs) ||
		    (ve < le && s[ve] == ':'))
			return 0;
		return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
	}
	/* the network or the account: one token, after up to three words
	 * ("guest wifi is NET / ...", "wifi de visitantes: NET / ...") */
	for (int skip = 0;; skip++) {
		while (i < le && rx_in(" :", s[i]))
			i++;
		a = i;
		while (i < le && s[i] != ' ' && s[i] != '/')
			i++;
		if (i > a && i + 3 < le && s[i] == ' ' && s[i + 1] == '/' && s[i + 2] == ' ')
			break;
		if (skip == 3 || i == a || i - a > 12)
			return 0;
		for (size_t k = a; k < i; k++)
			if (!(rx_is_alpha((unsigned char)s[k]) || (unsigned char)s[k] >= 0x80 || (k + 1 == i && s[k] == ':')))
				return 0;
	}
	size_t vs, raw, ve = sc_value_at(s, le, i + 3, &vs, &raw);
	/* (a label after the '/': "Wi-Fi: NET / palavra-passe: ...") */
	if (ve <= vs || !sc_password_like(s + vs, ve - vs) || (ve < le && s[ve] == ':') || s[ve - 1] == ':')
		return 0;
	return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
}

static const char *const pair_words[] = {"value", NULL};
struct rx_kwset sc_pair_kws = RX_KWSET(pair_words);
static const char *const slash_words[] = {"wifi", "wi-fi", "wlan", "wi fi", "log in as",
					  "login as", "sign in as", "logged in as", "login", "admin",
					  "administrator", "root", NULL};
struct rx_kwset sc_slash_kws = RX_KWSET(slash_words);

static const char *const phrase_words[] = {
	"password", "passwort", "passworts", "passwortes", "kennwort", "kennworts", "passcode", "contraseña", "clave", "senha",
	"wachtwoord", "sleutel", "chiave", "chave", "schlüssel", "mot de passe", "mdp", "jeton",
	"token", "clé", "key", "pass", "pwd", "hasło", "login", "şifre", "şifresi", "şifrem",
	"parola", "lösenord", "lösenordet", "adgangskode", "adgangskoden", "passord", "passordet",
	"salasana", "code wifi", "code wi-fi", "wifi code", "wifi-code", "wlan-schlüssel",
	"wlan-key", "wifi key", "network key", "palavra-passe", "palavra passe", "auth code",
	"auth-code", "authcode", "epp code", "epp/auth code", "transfer code", "heslo", "lozinka",
	"jelszó", "secret", "client secret", "geheimnis", "identified by", "pw",
	"mysql_native_password by", "caching_sha2_password by", "sha256_password by", NULL,
};
struct rx_kwset sc_phrase_kws = RX_KWSET(phrase_words);


/* Account commands that take the password as an argument: Windows' "net
 * use Z: \\host\share /user:DOM\name <password>" and "net user <name>
 * <password> /add", "rabbitmqctl add_user <name> <password>" (and
 * change_password). */
unsigned sc_detect_account_cmd(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t le = rx_line_end(s, c->len, c->me), j = NONE_POS, vs, raw, ve;
	if (c->me - c->ms == 11) { /* rabbitmqctl */
		const char *a = memmem(s + c->me, le - c->me, " add_user ", 10);
		const char *b = memmem(s + c->me, le - c->me, " change_password ", 17);
		size_t k = a ? (size_t)(a - s) + 10 : b ? (size_t)(b - s) + 17 : NONE_POS;
		if (k == NONE_POS)
			return 0;
		while (k < le && s[k] != ' ')
			k++; /* the user's name */
		j = k;
	} else if (c->me - c->ms == 7 && rx_fold_eq(s + c->ms, "net use", 7)) {
		const char *u = memmem(s + c->me, le - c->me, "/user:", 6);
		if (!u) {
			u = memmem(s + c->me, le - c->me, "/USER:", 6);
			if (!u)
				return 0;
		}
		size_t k = (size_t)(u - s) + 6;
		while (k < le && s[k] != ' ')
			k++;
		j = k;
	} else { /* net user <name> <password> /add */
		size_t k = c->me;
		if (k >= le || s[k] != ' ' || !memmem(s + k, le - k, " /add", 5))
			return 0;
		k++;
		while (k < le && s[k] != ' ')
			k++;
		j = k;
	}
	if (j >= le || s[j] != ' ')
		return 0;
	ve = sc_value_at(s, le, j + 1, &vs, &raw);
	if (ve <= vs || s[vs] == '/' || s[vs] == '*' || !sc_password_like(s + vs, ve - vs) ||
	    sc_placeholder(s + vs, raw - vs))
		return 0;
	return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
}
static const char *const account_cmd_words[] = {"net use", "net user", "rabbitmqctl", NULL};
struct rx_kwset sc_account_cmd_kws = RX_KWSET(account_cmd_words);
