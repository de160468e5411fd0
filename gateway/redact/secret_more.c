/* secret_more.c: secrets in the lists, files and devices people paste:
 *
 *   snmp-server community roxqwRWAx RO      a router's SNMP community
 *   ipmitool -H ... -U ADMIN -P 'Sav%11'    a BMC's password; sshpass -p
 *   .bank.mu  TRUE  /  TRUE  1775075494  sessionid  xucab0...
 *                                           a cookies.txt line's value
 *   username netadmin password 7 07D21AC    Cisco's reversible type 7
 *   PuTTY-User-Key-File-3: ssh-ed25519 ...  a PuTTY key file, whole, to
 *   Private-MAC: 209eba91...                its MAC line
 */
#include <string.h>

#include "secret_int.h"

/* "snmp-server community <string> [RO|RW]", "snmp community <string>". */
unsigned sc_detect_snmp(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t le = rx_line_end(s, c->len, c->me), vs, raw;
	if (c->me >= le || s[c->me] != ' ')
		return 0;
	size_t ve = sc_value_at(s, le, c->me, &vs, &raw);
	if (ve - vs < 4 || sc_placeholder(s + vs, raw - vs) || sc_other_value(s + vs, ve - vs))
		return 0;
	return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
}

/* A Netscape cookies.txt line (curl, wget, yt-dlp), fired at its last
 * tab: "domain TRUE|FALSE path TRUE|FALSE expiry name value", seven
 * fields; the value when it is no placeholder and not short. */
unsigned sc_detect_cookie_line(struct rx_ctx *c)
{
	const char *s = c->text;
	/* a cheap look first: no tab after this one on the line */
	for (size_t i = c->ms + 1; i < c->len && s[i] != '\n'; i++)
		if (s[i] == '\t')
			return 0;
	size_t ls = rx_line_start(s, c->ms), le = rx_line_end(s, c->len, c->ms), f[8], n = 0;
	f[n++] = ls;
	for (size_t i = ls; i < le && n < 8; i++)
		if (s[i] == '\t')
			f[n++] = i + 1;
	if (n != 7 || f[6] != c->ms + 1)
		return 0;
	static const char *const tf[] = {"TRUE\t", "FALSE\t"};
	for (int k = 1; k <= 3; k += 2) {
		size_t p = f[k];
		if (!(le - p >= 5 && (memcmp(s + p, tf[0], 5) == 0 || (le - p >= 6 && memcmp(s + p, tf[1], 6) == 0))))
			return 0;
	}
	for (size_t i = f[4]; i + 1 < f[5]; i++)
		if (!rx_is_digit((unsigned char)s[i]))
			return 0;
	size_t ve = le;
	while (ve > f[6] && rx_in(" \r", s[ve - 1]))
		ve--;
	if (ve - f[6] < 8 || sc_placeholder(s + f[6], ve - f[6]))
		return 0;
	/* a session's or a login's cookie, not an analytics one ("_ga") or
	 * a remembered e-mail address ("remember_email") */
	static const char *const auth[] = {"sess", "sid", "auth", "token", "login", "jwt", NULL};
	char name[64];
	if (f[6] - 1 - f[5] >= sizeof name)
		return 0;
	rx_fold(s + f[5], f[6] - 1 - f[5], name, sizeof name);
	int ok = 0;
	for (const char *const *a = auth; *a && !ok; a++)
		ok = strstr(name, *a) != NULL;
	if (!ok)
		return 0;
	return (unsigned)rx_emit(c, f[6], ve, REDACT_SECRET);
}

/* "password 7 <hex>" (Cisco's type 7 is reversible; type 5, 8 and 9 are
 * hashes), fired at "password 7". */
unsigned sc_detect_cisco7(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t i = c->me, e;
	if (i + 9 > c->len || s[i] != ' ')
		return 0;
	i++;
	for (e = i; e < c->len && (rx_is_digit((unsigned char)s[e]) || rx_in("ABCDEFabcdef", s[e])); e++)
		;
	if (e - i < 8 || (e - i) % 2 || (e < c->len && !rx_in(" \r\n", s[e])))
		return 0;
	return (unsigned)rx_emit(c, i, e, REDACT_SECRET);
}

/* A PuTTY key file, from its first line to the end of its Private-MAC line
 * (or of its private lines when the MAC is cut off). */
unsigned sc_detect_ppk(struct rx_ctx *c)
{
	const char *s = c->text;
	if (s[c->ms] != 'P' || c->ms + 20 > c->len || s[c->ms + 1] != 'u' ||
	    memcmp(s + c->ms, "PuTTY-User-Key-File-", 20) != 0)
		return 0;
	size_t lim = c->ms + 16384 < c->len ? c->ms + 16384 : c->len;
	const char *mac = memmem(s + c->ms, lim - c->ms, "\nPrivate-MAC: ", 14);
	if (!mac)
		return 0;
	size_t e = rx_line_end(s, c->len, (size_t)(mac - s) + 1);
	while (e > c->ms && s[e - 1] == '\r')
		e--;
	return (unsigned)rx_emit(c, c->ms, e, REDACT_SECRET);
}

static const char *const snmp_words[] = {"snmp-server community", "snmp community", "rocommunity",
					 "rwcommunity", NULL};
struct rx_kwset sc_snmp_kws = RX_KWSET(snmp_words);
static const char *const cisco7_words[] = {"password 7", "secret 7", "key 7", NULL};
struct rx_kwset sc_cisco7_kws = RX_KWSET(cisco7_words);

/* "username backup privilege 15 password 0 <password>", "enable secret 0
 * <password>": Cisco's type 0 is the password in clear, the line's last
 * word. */
unsigned sc_detect_cisco0(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t i = c->me, e, le = rx_line_end(s, c->len, c->me);
	if (i + 5 > le || s[i] != ' ')
		return 0;
	i++;
	for (e = i; e < le && !rx_in(" \t\r", s[e]); e++)
		;
	size_t t = e;
	while (t < le && rx_in(" \t\r", s[t]))
		t++;
	if (e - i < 4 || t != le || sc_placeholder(s + i, e - i))
		return 0;
	return (unsigned)rx_emit(c, i, e, REDACT_SECRET);
}
static const char *const cisco0_words[] = {"password 0", "secret 0", NULL};
struct rx_kwset sc_cisco0_kws = RX_KWSET(cisco0_words);

/* Dovecot's and OpenLDAP's password schemes: "user@example.com:{PLAIN}pass"
 * in a passwd-file, "userPassword: {CLEARTEXT}pass": what follows the
 * scheme to the next ':' or blank ({SHA512-CRYPT}, {SSHA} and the other
 * hashes are no trigger). */
unsigned sc_detect_plain_scheme(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t i = c->me, e;
	if (c->ms == 0 || s[c->ms - 1] != '{' || i >= c->len || s[i] != '}')
		return 0;
	i++;
	for (e = i; e < c->len && e - i < 256 && !rx_in(": \t\r\n", s[e]); e++)
		;
	if (e - i < 4 || sc_placeholder(s + i, e - i))
		return 0;
	return (unsigned)rx_emit(c, i, e, REDACT_SECRET);
}
static const char *const plain_scheme_words[] = {"plain", "cleartext", "clear", "plaintext", NULL};
struct rx_kwset sc_plain_scheme_kws = RX_KWSET(plain_scheme_words);

/* "sqlplus hr_app/vVCszPtK@//db:1521/ORCL", "SQL> connect hr/pw@orcl":
 * the password of an Oracle connect string, between '/' and '@' (for
 * "connect", only with both). */
unsigned sc_detect_connect_string(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t le = rx_line_end(s, c->len, c->me), i = c->me;
	int sqlplus = c->me - c->ms == 7 && rx_fold_eq(s + c->ms, "sqlplus", 7);
	/* JDBC's thin driver: "jdbc:oracle:thin:hr/pw@//db:1521/ORCL" */
	if (c->me - c->ms == 4) {
		if (c->ms < 7 || memcmp(s + c->ms - 7, "oracle:", 7) != 0 || i >= le || s[i] != ':')
			return 0;
		i++;
	}
	for (int args = 0; args < 4 && i < le; args++) {
		while (i < le && s[i] == ' ')
			i++;
		size_t a = i;
		while (i < le && s[i] != ' ')
			i++;
		if (a == i)
			break;
		if (s[a] == '-' || (i - a == 6 && rx_fold_eq(s + a, "/nolog", 6)))
			continue; /* an option */
		size_t u = a;
		while (u < i && (rx_is_alnum((unsigned char)s[u]) || rx_in("_$#.\"", s[u])))
			u++;
		if (u == a || u >= i || s[u] != '/' || u + 1 >= i)
			return 0;
		const char *at = memchr(s + u + 1, '@', i - u - 1);
		if (!at && !sqlplus)
			return 0;
		size_t ps = u + 1, pe = at ? (size_t)(at - s) : i;
		while (pe > ps && rx_in("\"'", s[pe - 1]))
			pe--;
		if (s[ps] == '"' || s[ps] == '\'')
			ps++;
		/* the layout says "password": any value but a placeholder */
		if (pe < ps + 4 || s[ps] == '/' || sc_placeholder(s + ps, pe - ps) || sc_other_value(s + ps, pe - ps))
			return 0;
		return (unsigned)rx_emit(c, ps, pe, REDACT_SECRET);
	}
	return 0;
}
static const char *const connect_words[] = {"sqlplus", "connect", "conn", "thin", NULL};
struct rx_kwset sc_connect_kws = RX_KWSET(connect_words);

/* A line of Postfix's sasl_passwd: "[smtp.office365.com]:587
 * user@example.com:password", fired at the '[' that starts the line. */
unsigned sc_detect_sasl_passwd(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t i = c->ms, le = rx_line_end(s, c->len, i);
	if (i != rx_line_start(s, i))
		return 0;
	const char *rb = memchr(s + i, ']', le - i);
	/* a host in the brackets: no spaces, a dot ("[I ServerApp]" is a
	 * log's level and source) */
	if (!rb || memchr(s + i, ' ', (size_t)(rb - s) - i) || !memchr(s + i, '.', (size_t)(rb - s) - i))
		return 0;
	size_t j = (size_t)(rb - s) + 1;
	if (j < le && s[j] == ':')
		while (++j < le && rx_is_digit((unsigned char)s[j]))
			;
	if (j >= le || (s[j] != ' ' && s[j] != '\t'))
		return 0;
	while (j < le && (s[j] == ' ' || s[j] == '\t'))
		j++;
	size_t ue = j;
	while (ue < le && s[ue] != ':' && s[ue] != ' ')
		ue++;
	size_t ve = le;
	while (ve > ue && rx_in(" \r", s[ve - 1]))
		ve--;
	if (ue == j || ue >= le || s[ue] != ':' || ve <= ue + 4 || memchr(s + ue + 1, ' ', ve - ue - 1) ||
	    s[ue + 1] == '/' ||
	    sc_placeholder(s + ue + 1, ve - ue - 1))
		return 0;
	return (unsigned)rx_emit(c, ue + 1, ve, REDACT_SECRET);
}

/* curl's and wget's config ("user = \"zbx_agent:Torshavn43?\"", also
 * proxy-user, userpwd): the password after the name's ':'. */
unsigned sc_user_pair(struct rx_ctx *c, size_t ks, size_t ke, size_t vs, size_t ve)
{
	static const char *const keys[] = {"user", "proxy-user", "proxy_user", "userpwd",
					   "proxyuserpwd", NULL};
	const char *s = c->text;
	char w[16];
	size_t n = ke - ks;
	if (ke <= ks || !(n == 4 || n == 7 || n == 10 || n == 12) || !rx_in("uUpP", s[ks]))
		return 0;
	rx_fold(s + ks, ke - ks, w, sizeof w);
	int ok = 0;
	for (const char *const *k = keys; *k && !ok; k++)
		ok = strcmp(w, *k) == 0;
	const char *colon = ok ? memchr(s + vs, ':', ve - vs) : NULL;
	/* (a URL's user, "postgres://user:pw@localhost:5432/app": the URL's
	 * detector takes its password, and "5432/app" is none) */
	if (!colon || colon == s + vs || memmem(s + vs, ve - vs, "://", 3) ||
	    (ks >= 3 && memcmp(s + ks - 3, "://", 3) == 0) || memchr(s + vs, '@', (size_t)(colon - s) - vs))
		return 0;
	size_t ps = (size_t)(colon - s) + 1;
	if (ve <= ps || !sc_password_like(s + ps, ve - ps) || sc_placeholder(s + ps, ve - ps) ||
	    sc_other_value(s + vs, ve - vs))
		return 0;
	return (unsigned)rx_emit(c, ps, ve, REDACT_SECRET);
}

/* A one-time link's token: a query parameter ending at ke in a URL whose path
 * verifies, resets, confirms or signs in ("https://id.canva.com/verify?t=
 * D0FMY0Ozh..."), its value [vs, ve) twenty characters or more in both
 * cases and digits. Whoever holds the link is let in. */
int sc_link_token(const char *s, size_t ke, size_t vs, size_t ve)
{
	size_t ks = ke;
	while (ks > 0 && ke - ks < 21 && (rx_is_alnum((unsigned char)s[ks - 1]) || s[ks - 1] == '_'))
		ks--;
	static const char *const paths[] = {"verify", "verification", "reset", "confirm", "activate",
					    "magic", "login", "signin", "sign-in", "invite", "recover",
					    "unlock", "passwordless", "callback", NULL};
	if (ks == 0 || !rx_in("?&", s[ks - 1]) || ke - ks > 20 || ve - vs < 20)
		return 0;
	int up = 0, low = 0, dig = 0;
	for (size_t i = vs; i < ve; i++) {
		unsigned char ch = (unsigned char)s[i];
		up |= rx_is_upper(ch);
		low |= rx_is_lower(ch);
		dig |= rx_is_digit(ch);
		if (!rx_is_alnum(ch) && !rx_in("-_.~%", (char)ch))
			return 0;
	}
	if (!(up && low && dig))
		return 0;
	/* the URL: back to its "://" without a blank */
	size_t i = ks - 1, lim = ks > 300 ? ks - 300 : 0;
	while (i > lim && !rx_in(" \t\n\"'<", s[i - 1]) && !(i >= 3 && memcmp(s + i - 3, "://", 3) == 0))
		i--;
	if (i < 3 || memcmp(s + i - 3, "://", 3) != 0)
		return 0;
	for (const char *const *p = paths; *p; p++) {
		size_t pl = strlen(*p);
		for (size_t k = i; k + pl <= ks; k++)
			if (s[k - 1] == '/' && rx_fold_eq(s + k, *p, pl) && !rx_is_alnum((unsigned char)s[k + pl]))
				return 1;
	}
	return 0;
}

/* ---- PHP's define() ------------------------------------------------------------ */

static const char *const define_words[] = {"define", NULL};
struct rx_kwset sc_define_kws = RX_KWSET(define_words);

/* A quoted string at s[i] (after spaces): its contents [*a, *b) on one
 * line; the index after its closing quote, or 0. */
static size_t quoted(const char *s, size_t len, size_t i, size_t *a, size_t *b)
{
	while (i < len && s[i] == ' ')
		i++;
	if (i >= len || (s[i] != '\'' && s[i] != '"'))
		return 0;
	char q = s[i++];
	*a = i;
	while (i < len && s[i] != q && s[i] != '\n' && i - *a < 512)
		i++;
	if (i >= len || s[i] != q)
		return 0;
	*b = i;
	return i + 1;
}

/* define( 'DB_PASSWORD', 'Azul$2845!' ); (wp-config.php) */
unsigned sc_detect_define(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t i = c->me, ks, ke, vs, ve;
	while (i < c->len && s[i] == ' ')
		i++;
	if (i >= c->len || s[i] != '(' || !(i = quoted(s, c->len, i + 1, &ks, &ke)))
		return 0;
	while (i < c->len && s[i] == ' ')
		i++;
	if (i >= c->len || s[i] != ',' || !quoted(s, c->len, i + 1, &vs, &ve))
		return 0;
	/* (WordPress's keys and salts, "AUTH_KEY", "NONCE_SALT": a key or a
	 * salt's name and 32 characters or more) */
	int salt = ke - ks >= 4 && ve - vs >= 32 &&
		   (rx_fold_eq(s + ke - 4, "_key", 4) || (ke - ks >= 5 && rx_fold_eq(s + ke - 5, "_salt", 5)));
	/* (a salt's random characters may hold '<', '{', '$' that read as a
	 * template's; its placeholder, "put your unique phrase here", has
	 * spaces) */
	if (salt && (memchr(s + vs, ' ', ve - vs) ||
		     (sc_placeholder(s + vs, ve - vs) && !memchr(s + vs, '<', ve - vs) &&
		      !memchr(s + vs, '{', ve - vs) && !memchr(s + vs, '$', ve - vs))))
		return 0; /* ("sk_live_XXXX...") */
	if (ke - ks > 64 || !(salt || sc_secret_key(s, ks, ke)) || ve - vs < 4 ||
	    (!salt && (sc_placeholder(s + vs, ve - vs) || sc_other_value(s + vs, ve - vs))))
		return 0;
	return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
}

/* ---- table cells ---------------------------------------------------------------- */

/* Whether the words s[a, b) name a secret, as one identifier ("API key"
 * as "API_key"). */
static int secret_words(const char *s, size_t a, size_t b)
{
	char k[64];
	if (b - a >= sizeof k)
		return 0;
	for (size_t i = a; i < b; i++)
		k[i - a] = s[i] == ' ' ? '_' : s[i];
	return sc_secret_key(k, 0, b - a);
}

/* The cell after the '|' at c->ms: "| Secret | X0aM6E... |" (a row of a
 * key and its value) or "| quay.io | ci_pull | NYUIU7... |" under a
 * "Secret" column. The value is one word of eight characters at least,
 * with a digit and three character classes, or two and twelve
 * characters. */
unsigned sc_detect_secret_cell(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, vs = c->ms + 1, ve;
	while (vs < len && s[vs] == ' ')
		vs++;
	for (ve = vs; ve < len && ve - vs <= 512; ve++)
		if (s[ve] == ' ' || s[ve] == '|' || s[ve] == '\n' || s[ve] == '\r')
			break;
	if (ve - vs < 8 || ve - vs > 512) /* (most cells: a word shorter) */
		return 0;
	int up = 0, low = 0, dig = 0, oth = 0;
	for (size_t i = vs; i < ve; i++) {
		unsigned char ch = (unsigned char)s[i];
		up |= rx_is_upper(ch);
		low |= rx_is_lower(ch);
		dig |= rx_is_digit(ch);
		oth |= !rx_is_alnum(ch);
	}
	if (!dig)
		return 0;
	size_t ce = ve;
	while (ce < len && s[ce] == ' ')
		ce++;
	if (ce < len && !rx_in("|\n\r", s[ce]))
		return 0;
	int kinds = up + low + dig + oth;
	/* (a digit and three kinds, or twelve characters: not a date, a
	 * version or a word, the cells of most tables) */
	if (kinds < 2 || !dig || (kinds < 3 && ve - vs < 12) || sc_placeholder(s + vs, ve - vs) ||
	    sc_other_value(s + vs, ve - vs) || memmem(s + vs, ve - vs, "://", 3))
		return 0;
	/* the row's key: its first cell, when the row has two */
	size_t ls = rx_line_start(s, c->ms), fs = ls, pipes = 0;
	while (fs < c->ms && s[fs] == ' ')
		fs++;
	int lead = s[fs] == '|';
	for (size_t i = ce; i < len && s[i] != '\n' && pipes < 3; i++)
		pipes += s[i] == '|';
	if (pipes <= 1) { /* ("| key | value |", "key | value") */
		size_t ks = fs + lead, ke = c->ms;
		while (ks < ke && s[ks] == ' ')
			ks++;
		while (ke > ks && s[ke - 1] == ' ')
			ke--;
		if (ke > ks && ke - ks < 48 && !memchr(s + ks, '|', ke - ks) && secret_words(s, ks, ke))
			return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
	}
	char hdr[64];
	if (!rx_column_header(c, vs, hdr, sizeof hdr))
		return 0;
	size_t hn = strlen(hdr);
	if (!hn || !secret_words(hdr, 0, hn))
		return 0;
	return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
}

/* ---- values that are no secrets ------------------------------------------------ */

/* Values that sit where a secret would but are something else: an email
 * address ("failed login for anna@example.org"), a phone number (a Pix key
 * "+554140114204"), a host name ("shop-5031.firebaseapp.com"), a reference
 * to a variable ("$DB_PASSWORD", "%(DB_PASS)s") or a call in code
 * ("getpass(", "jwt.sign(payload"). */
int sc_other_value(const char *v, size_t n)
{
	if (n == 0)
		return 0;
	size_t i, at = n, dot = n, alnum = 0;
	/* a list or a CSV header after a key word ("Issue key,Summary,..."); a
	 * log's bracketed field ("Login OK: [u91260]"); a URL, whose password
	 * the URL detector finds ("otpauth://totp/Bank?secret=<redacted>") */
	if (rx_in(",;|[", v[0]))
		return 1;
	for (i = 0; i < n && i < 12 && rx_is_alpha((unsigned char)v[i]); i++)
		;
	/* a lookup table by its type and path (Postfix's
	 * "hash:/etc/postfix/sasl_passwd") */
	if (i >= 2 && i + 2 <= n && v[i] == ':' && v[i + 1] == '/' && (i + 2 == n || v[i + 2] != '/'))
		return 1;
	if (i >= 2 && i + 3 <= n && v[i] == ':' && v[i + 1] == '/' && v[i + 2] == '/')
		return 1;
	/* a password's hash (crypt's "$2b$12$...", "$6$...", "$argon2id$...",
	 * LDAP's and Dovecot's "{SSHA}...", "{SHA512-CRYPT}...", SCRAM's
	 * "SCRAM-SHA-256$..."): no credential, and the corpus's digests */
	if (n >= 8 && v[0] == '$' && (rx_is_digit((unsigned char)v[1]) || rx_is_alpha((unsigned char)v[1]))) {
		size_t k = 1;
		while (k < n && k < 12 && (rx_is_alnum((unsigned char)v[k]) || v[k] == '-'))
			k++;
		if (k < n && v[k] == '$' && memchr(v + k + 1, '$', n - k - 1))
			return 1;
	}
	if (n >= 8 && v[0] == '{') {
		static const char *const schemes[] = {"{ssha", "{sha", "{smd5", "{md5", "{crypt}", "{blf-crypt}",
						      "{bcrypt}", "{argon2", "{pbkdf2", "{sha256-crypt}",
						      "{sha512-crypt}", "{md5-crypt}", "{scram", NULL};
		for (const char *const *sc = schemes; *sc; sc++)
			if (n > strlen(*sc) && rx_fold_eq(v, *sc, strlen(*sc)))
				return 1;
	}
	if (n > 14 && rx_fold_eq(v, "scram-sha-", 10))
		return 1;
	/* a public key's type, a path ("Offering public key:
	 * /home/me/.ssh/id_ed25519"), an ARN, Mapbox's public token ("pk.eyJ"),
	 * a secret store's path ("vault kv get -field=password secret/prod/db") */
	if ((n >= 7 && (memcmp(v, "ssh-", 4) == 0 || memcmp(v, "ecdsa-sha2-", n < 11 ? n : 11) == 0)) ||
	    (n > 4 && memcmp(v, "arn:", 4) == 0) || (n > 8 && memcmp(v, "aws:iam:", 8) == 0) ||
	    (n > 6 && memcmp(v, "pk.eyJ", 6) == 0))
		return 1;
	{
		/* (lower case, digits and "-_./" only, two '/' at least:
		 * base64 mixes the cases) */
		size_t slashes = 0, k = v[0] == '~';
		while (k < n && (rx_is_lower((unsigned char)v[k]) || rx_is_digit((unsigned char)v[k]) ||
				 rx_in("-_/.", v[k])))
			slashes += v[k++] == '/';
		if (k == n && slashes >= 2)
			return 1;
	}
	/* a PowerShell cmdlet ("$pw = Read-Host", "ConvertTo-SecureString") */
	if (i < n && v[i] == '-' && i + 2 < n && rx_is_upper((unsigned char)v[i + 1])) {
		static const char *const verbs[] = {"get", "set", "new", "read", "convertto", "convertfrom",
						    "import", "export", "invoke", "add", "remove", NULL};
		size_t k = i + 1;
		while (k < n && rx_is_alpha((unsigned char)v[k]))
			k++;
		for (const char *const *w = verbs; k == n && *w; w++)
			if (strlen(*w) == i && rx_fold_eq(v, *w, i))
				return 1;
	}
	/* a digest ("sha256:c0ca..."), a publishable key (Stripe's pk_live_
	 * is public by design), a Twilio resource SID (SM, MM, AC, CA, PN, MG
	 * and 32 hex digits: an identifier; the API key SID SK... is not
	 * among them) */
	static const char *const pre[] = {"sha256:", "sha1:", "sha512:", "sha384:", "md5:",
					  "pk_live_", "pk_test_", NULL};
	for (const char *const *p = pre; *p; p++) {
		size_t pl = strlen(*p);
		if (n > pl && memcmp(v, *p, pl) == 0)
			return 1;
	}
	if (n == 34 && rx_in("SMACPN", v[0]) && rx_is_upper((unsigned char)v[1]) && v[1] != 'K') {
		for (i = 2; i < n && rx_in("0123456789abcdef", v[i]); i++)
			;
		if (i == n)
			return 1;
	}
	/* $VAR, ${VAR} is the placeholder list's; %(VAR)s */
	if (v[0] == '$' || (n > 3 && v[0] == '%' && v[1] == '(')) {
		for (i = 1; i < n && (rx_is_alnum((unsigned char)v[i]) || rx_in("_(){}", v[i])); i++)
			;
		if (i == n || (v[0] == '%' && i + 1 == n && v[i] == 's'))
			return 1;
	}
	/* an environment variable's name ("RENDER_API_KEY": parts of two
	 * capitals or more, one '_' between; not "P_4SSW0RD") */
	if (n >= 5 && rx_is_upper((unsigned char)v[0]) && memchr(v, '_', n)) {
		size_t part = 0;
		for (i = 0; i < n && (rx_is_upper((unsigned char)v[i]) || (v[i] == '_' && part >= 2)); i++)
			part = v[i] == '_' ? 0 : part + 1;
		if (i == n && part >= 2)
			return 1;
	}
	/* a Brazilian CPF, which a PIX key may be ("chave: 632.921.446-80") */
	if (n == 14 && v[3] == '.' && v[7] == '.' && v[11] == '-') {
		for (i = 0; i < n && (rx_is_digit((unsigned char)v[i]) || i == 3 || i == 7 || i == 11); i++)
			;
		if (i == n)
			return 1;
	}
	/* +CC and digits */
	if (v[0] == '+' && n >= 9 && n <= 16) {
		for (i = 1; i < n && rx_is_digit((unsigned char)v[i]); i++)
			;
		if (i == n)
			return 1;
	}
	/* a key's, a certificate's or a config's file ("--key admin.key",
	 * "certs/dev/ingest.key", "~/.ssh/id_ed25519.pub") */
	{
		static const char *const ext[] = {".key", ".pem", ".crt", ".cer", ".der", ".p12", ".pfx",
						  ".jks", ".keystore", ".pub", ".gpg", ".asc", ".csr",
						  ".kdbx", ".json", ".txt", ".env", ".conf", ".cfg",
						  ".ini", ".yaml", ".yml", NULL};
		for (i = 0; i < n && (rx_is_alnum((unsigned char)v[i]) || rx_in("_./~-", v[i])); i++)
			;
		const char *d = i == n ? memrchr(v, '.', n) : NULL;
		if (d && d > v) {
			size_t el = n - (size_t)(d - v);
			for (const char *const *e = ext; *e; e++)
				if (strlen(*e) == el && rx_fold_eq(d, *e, el))
					return 1;
		}
	}
	/* a call: an identifier (with dots) and '(' */
	for (i = 0; i < n && (rx_is_alnum((unsigned char)v[i]) || v[i] == '_' || v[i] == '.'); i++)
		;
	if (i >= 2 && i < n && v[i] == '(' && !rx_is_digit((unsigned char)v[0]))
		return 1;
	/* an email address or a host name: labels, dots, a TLD of letters */
	for (i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)v[i];
		if (ch == '@' && at == n && i > 0)
			at = i;
		else if (ch == '.')
			dot = i;
		else if (rx_is_alnum(ch))
			alnum++;
		else if (!rx_in("-_+", (char)ch))
			return 0;
	}
	if (dot == n || dot < at || dot + 2 >= n || n - dot - 1 > 6)
		return 0;
	for (i = dot + 1; i < n; i++)
		if (!rx_is_alpha((unsigned char)v[i]))
			return 0;
	/* a host name needs two dots or a known web suffix; an email one '@' */
	if (at < n)
		return 1;
	size_t dots = 0;
	for (i = 0; i < n; i++)
		dots += v[i] == '.';
	return dots >= 2;
}

int sc_dsn(const char *v, size_t n, size_t *ks, size_t *ke)
{
	size_t i = 0, k;
	if (n > 8 && memcmp(v, "https://", 8) == 0)
		i = 8;
	else if (n > 7 && memcmp(v, "http://", 7) == 0)
		i = 7;
	else
		return 0;
	for (k = i; k < n && rx_in("0123456789abcdef", v[k]); k++)
		;
	*ks = i;
	*ke = k;
	return k - i >= 16 && k + 3 < n && v[k] == '@' && memchr(v + k, '.', n - k) && memchr(v + k, '/', n - k);
}

/* ---- pgbouncer's userlist.txt ------------------------------------------------- */

static const char *const userlist_words[] = {"userlist", NULL};
struct rx_kwset sc_userlist_kws = RX_KWSET(userlist_words);

/* After "userlist" (its path or its name), the next 40 lines: each
 * '"name" "password"' line's password; a stored hash ("md5...",
 * "SCRAM-SHA-256$...") is no password. */
unsigned sc_detect_userlist(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t i = rx_line_end(s, c->len, c->me);
	unsigned k = 0;
	for (int n = 0; n < 40 && i < c->len; n++) {
		size_t ls = i + 1, le = rx_line_end(s, c->len, ls), a, b, va, vb, q;
		i = le;
		if (!(q = quoted(s, le, ls, &a, &b)) || q >= le || s[q] != ' ' ||
		    !(q = quoted(s, le, q, &va, &vb)) || q != le || vb - va < 4)
			continue;
		if ((vb - va == 35 && memcmp(s + va, "md5", 3) == 0) ||
		    (vb - va > 14 && memcmp(s + va, "SCRAM-SHA-256$", 14) == 0) || sc_placeholder(s + va, vb - va))
			continue;
		k += (unsigned)rx_emit(c, va, vb, REDACT_SECRET);
	}
	return k;
}

/* Labels that name a secret in words, folded, matched at the label's end. */
static const char *const named_secret_words[] = {
	"pre-shared key", "preshared key", "pre shared key", "shared key", "shared secret",
	"snmp-community", "snmp community", "community string", "snmp community string",
	"communauté snmp", "comunidad snmp", "snmp-community-string", "clé pré-partagée",
	"clé prépartagée", "clé de sécurité", "clé de sécurité wi-fi", "clé wi-fi", "clé wifi",
	"clé wpa", "wlan-netzwerkschlüssel", "netzwerkschlüssel", "wlan-schlüssel", "wlan-passwort",
	"wi-fi key", "wifi key", "wireless key", "network key", "network security key", "wpa key",
	"wpa2 key", "wpa-psk", "vpn-sleutel", "vpn key", "vpn-schlüssel", "clé partagée",
	"clé partagée vpn", "clé vpn", "clave compartida", "chiave condivisa", "gedeelde sleutel",
	"netwerksleutel", "netwerkcode", "wifi-wachtwoord", "wifi-code", "chiave wi-fi", "chiave di rete",
	"chiave wpa", "clave wi-fi", "clave de red", "clave wpa", "contraseña wi-fi",
	"contraseña de la red", "senha wi-fi", "senha da rede", "chave de segurança", "klucz sieciowy",
	"klucz wi-fi", "hasło wi-fi", "aws_secret_access_key", "aws secret access key",
	/* stop 40: a router's sticker */
	"klucz sieci", "klucz sieci wi-fi", "mot de passe admin", "mot de passe administrateur",
	"hasło administratora", "admin password", "router password", "admin-passwort",
	/* stop 50: a live stream's key and a client gallery's password
	 * ("Streamschlüssel:", "Chave de transmissão:", "Κλειδί ροής:",
	 * "Passwort Online-Galerie:", "Contraseña de la galería:") */
	"stream key", "streaming key", "stream-key", "streamschlüssel", "stream-schlüssel",
	"streamsleutel", "chiave stream", "chiave di streaming", "chave de transmissão",
	"clave de transmisión", "clé de diffusion", "clé de stream", "klucz transmisji",
	"klucz strumienia", "κλειδί ροής", "gallery password", "passwort online-galerie",
	"galerie-passwort", "contraseña de la galería", "password della galleria",
	"senha da galeria", "mot de passe de la galerie", "wachtwoord galerij", "hasło do galerii",
	"κωδικός gallery", "κωδικός γκαλερί", NULL,
};

static struct rx_kwset named_secret_kws = RX_KWSET(named_secret_words);

int sc_named_secret(const struct rx_ctx *c, size_t at)
{
	const char *s = c->text;
	size_t ls = rx_line_start(s, at), e = at;
	while (e > ls && s[e - 1] == ' ')
		e--;
	/* a note in parentheses before the colon ("(WPA2)") */
	if (e > ls && s[e - 1] == ')') {
		size_t k = e - 1;
		while (k > ls && e - k < 24 && s[k - 1] != '(')
			k--;
		if (k > ls && s[k - 1] == '(')
			e = k - 1;
		while (e > ls && s[e - 1] == ' ')
			e--;
	}
	return e > ls && rx_kw_ends(c, &named_secret_kws, e > ls + 40 ? e - 40 : ls, e);
}

/* A value that is a list of IP addresses ("WEBHOOK_ALLOWED_IPS=
 * 182.184.248.37,2804:...": hex digits, dots, colons, '/' and commas
 * only, a comma at least, a digit first; stop 51). */
int sc_ip_list(const char *s, size_t vs, size_t ve)
{
	size_t k = vs, dots = 0, colons = 0, commas = 0;
	while (k < ve && (rx_is_xdigit((unsigned char)s[k]) || rx_in(".:,/", s[k]))) {
		dots += s[k] == '.';
		colons += s[k] == ':';
		commas += s[k] == ',';
		k++;
	}
	return k == ve && commas && (dots >= 3 || colons >= 2) && rx_is_digit((unsigned char)s[vs]);
}

/* A token of twenty hex digits or more, digits and letters both, under
 * a secret's key ("nuki_token: 90d4267b2772c64c6b73": its repeats keep
 * its entropy under random_like_shape's bar). */
int sc_hex_token(const char *v, size_t n)
{
	int digit = 0, letter = 0;
	if (n < 20) /* (a GPG key's id, sixteen, is public: "signingkey = 64AA...") */
		return 0;
	for (size_t i = 0; i < n; i++) {
		char ch = v[i];
		if (rx_is_digit((unsigned char)ch))
			digit = 1;
		else if ((ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F'))
			letter = 1;
		else
			return 0;
	}
	return digit && letter;
}
