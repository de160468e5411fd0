/* secret_config.c: secrets in the forms configuration files give them
 * beyond "key = value", and the reader of a value after its key
 * (sc_value_at, moved here from secret.c in stop 47):
 *
 *   <password>DpQ*0PeGZX!ahz</password>       an XML element named like a
 *   <secretKey>SMKWAYUVceib...</secretKey>     secret (Jenkins, Maven, .NET),
 *   <Pass encoding="base64">U2Fy...</Pass>     with attributes, or holding
 *   <Password><Value>...</Value>               a <Value> (unattend.xml);
 *   <Key>Password</Key><Value>...</Value>      KeePass's key and value
 *   requirepass Adm1n-Papaya64                 Redis's directives, a space
 *   masterauth K8YbT8IZ3WoMj*kQu               between name and value
 *   Authorization "Basic YWRtaW46UWkw..."      credentials after their scheme
 *                                              word, whatever the separator
 *   postgres://app:s3cr3t@db:5432/app          a URL's or connection string's
 *                                              password
 *
 * The value must not be a placeholder or something else (sc_placeholder,
 * sc_other_value); an element's value ends at its closing tag on the same
 * line. */
#include <string.h>

#include "secret_int.h"

/* The end of an opening tag whose name ends at ne (its attributes
 * skipped: '<Pass encoding="base64">'): after its '>', or 0. */
static size_t tag_end(const char *s, size_t len, size_t ne)
{
	size_t i = ne;
	while (i < len && i - ne < 120 && s[i] != '>' && s[i] != '<' && s[i] != '\n')
		i++;
	return i < len && s[i] == '>' && (i == ne || s[ne] == ' ') ? i + 1 : 0;
}

/* "<Value>" or "<Value attr=...>" at i after at most a few blanks and
 * line breaks: after its '>', or 0. */
static size_t value_tag(const char *s, size_t len, size_t i)
{
	size_t j = i;
	while (j < len && j - i < 64 && rx_in(" \t\r\n", s[j]))
		j++;
	if (j + 7 > len || memcmp(s + j, "<Value", 6) != 0 || (s[j + 6] != '>' && s[j + 6] != ' '))
		return 0;
	return tag_end(s, len, j + 6);
}

/* The value of the attribute `name` (name="..." or name='...') inside the
 * tag s[a, b): its bounds; 0 when none. */
static int attr(const char *s, size_t a, size_t b, const char *name, size_t *vs, size_t *ve)
{
	size_t n = strlen(name);
	for (size_t i = a; i + n + 2 < b; i++) {
		if (s[i] != ' ' || memcmp(s + i + 1, name, n) != 0 || s[i + 1 + n] != '=' ||
		    (s[i + 2 + n] != '"' && s[i + 2 + n] != '\''))
			continue;
		char q = s[i + 2 + n];
		*vs = i + 3 + n;
		const char *e = memchr(s + *vs, q, b - *vs);
		if (!e)
			return 0;
		*ve = (size_t)(e - s);
		return 1;
	}
	return 0;
}

/* .NET's appSettings and NuGet's credentials, Java's properties in XML,
 * Ant's and Maven's parameters: <add key="SmtpPassword" value="..." />,
 * <entry key="db.password" value="..."/>, <param name="password"
 * value="..."/>: the value when the key names a password or a secret. */
static unsigned key_value_element(struct rx_ctx *c, size_t ne)
{
	const char *s = c->text;
	size_t len = c->len, te = ne, ks, ke, vs, ve;
	while (te < len && te - ne < 400 && s[te] != '>' && s[te] != '<' && s[te] != '\n')
		te++;
	if (te >= len || s[te] != '>' ||
	    !((attr(s, ne, te, "key", &ks, &ke) || attr(s, ne, te, "name", &ks, &ke)) && sc_secret_key(s, ks, ke)) ||
	    !attr(s, ne, te, "value", &vs, &ve) || ve - vs < 4 || sc_placeholder(s + vs, ve - vs) ||
	    sc_other_value(s + vs, ve - vs))
		return 0;
	return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
}

/* At '<': an element whose name names a password or a secret, its value
 * in the element or in a <Value> inside it (Windows' unattend.xml:
 * "<AdministratorPassword><Value>...</Value>"); and KeePass's
 * "<Key>Password</Key><Value ...>...</Value>". */
unsigned sc_detect_xml(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, ns = c->ms + 1, ne = ns, vs, v;
	while (ne < len && ne - ns < 40 && (rx_is_alnum((unsigned char)s[ne]) || rx_in("_-.:", s[ne])))
		ne++;
	if (ne == ns || ne >= len)
		return 0;
	const char *close = s + ns;
	size_t nl = ne - ns;
	if ((nl == 3 && memcmp(s + ns, "add", 3) == 0) || (nl == 5 && memcmp(s + ns, "entry", 5) == 0) ||
	    (nl == 5 && memcmp(s + ns, "param", 5) == 0) || (nl == 7 && memcmp(s + ns, "setting", 7) == 0) ||
	    (nl == 8 && memcmp(s + ns, "property", 8) == 0) || (nl == 9 && memcmp(s + ns, "parameter", 9) == 0))
		return key_value_element(c, ne);
	/* Android's preferences and Wi-Fi store: <string name="PreSharedKey">
	 * &quot;...&quot;</string>, the key in the attribute */
	if (nl == 6 && memcmp(s + ns, "string", 6) == 0 && ne + 9 < len && memcmp(s + ne, " name=\"", 7) == 0) {
		size_t ks = ne + 7, ke = ks;
		while (ke < len && ke - ks < 40 && s[ke] != '"')
			ke++;
		if (ke + 1 >= len || s[ke] != '"' || s[ke + 1] != '>' || !sc_secret_key(s, ks, ke))
			return 0;
		vs = ke + 2;
	} else if (!(vs = tag_end(s, len, ne))) {
		return 0;
	} else if (!sc_secret_key(s, ns, ne)) {
		size_t ke = vs;
		while (ke < len && ke - vs < 40 && s[ke] != '<')
			ke++;
		if (nl != 3 || memcmp(s + ns, "Key", 3) != 0 || ke + 6 > len || memcmp(s + ke, "</Key>", 6) != 0 ||
		    !sc_secret_key(s, vs, ke) || !(vs = value_tag(s, len, ke + 6)))
			return 0;
		close = "Value", nl = 5;
	} else if ((v = value_tag(s, len, vs)) != 0) {
		vs = v, close = "Value", nl = 5;
	}
	size_t ve = vs;
	while (ve < len && ve - vs < 512 && s[ve] != '<' && s[ve] != '\n')
		ve++;
	/* the closing tag of the same name */
	if (ve + 3 + nl > len || s[ve] != '<' || s[ve + 1] != '/' || memcmp(s + ve + 2, close, nl) != 0 ||
	    s[ve + 2 + nl] != '>')
		return 0;
	while (vs < ve && (s[vs] == ' ' || s[vs] == '\t'))
		vs++;
	while (ve > vs && (s[ve - 1] == ' ' || s[ve - 1] == '\t'))
		ve--;
	/* (XML's escaped quotes around the value are no part of it: the
	 * scan reads "&quot;" as '"', repair.c) */
	if (ve - vs > 2 && s[vs] == '"' && s[ve - 1] == '"')
		vs++, ve--;
	if (ve - vs < 4 || sc_placeholder(s + vs, ve - vs) || sc_other_value(s + vs, ve - vs))
		return 0;
	return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
}

static const char *const directive_words[] = {"requirepass", "masterauth", "masterpass", "rootpw",
					       "stats auth", "backlog", NULL};
struct rx_kwset sc_directive_kws = RX_KWSET(directive_words);

/* The value of a directive from j on its line [.., le): one word of four
 * characters or more that is no placeholder; 1 and its bounds. */
static int directive_value(const char *s, size_t le, size_t j, size_t *vs, size_t *ve)
{
	size_t raw;
	while (j < le && (s[j] == ' ' || s[j] == '\t'))
		j++;
	*ve = sc_value_at(s, le, j, vs, &raw);
	return *ve - *vs >= 4 && !sc_placeholder(s + *vs, *ve - *vs) && !sc_other_value(s + *vs, *ve - *vs);
}

/* Tasmota's "Backlog SSID1 Stall_2G; Password1 <value>; MqttPassword
 * <value>; Topic ...": the values of the commands whose name ends in
 * "password" and a digit or not (stop 52). */
static unsigned backlog(struct rx_ctx *c, size_t le)
{
	const char *s = c->text;
	unsigned k = 0;
	for (size_t i = c->me; i < le;) {
		while (i < le && (s[i] == ' ' || s[i] == ';'))
			i++;
		size_t ns = i;
		while (i < le && rx_is_alnum((unsigned char)s[i]))
			i++;
		size_t ne = i;
		while (ne > ns && rx_is_digit((unsigned char)s[ne - 1]))
			ne--;
		size_t vs = i, ve;
		while (vs < le && s[vs] == ' ')
			vs++;
		for (ve = vs; ve < le && s[ve] != ';' && s[ve] != '\r'; ve++)
			;
		while (ve > vs && s[ve - 1] == ' ')
			ve--;
		if (ne - ns >= 8 && rx_fold_eq(s + ne - 8, "password", 8) && ve - vs >= 4 &&
		    !memchr(s + vs, ' ', ve - vs) && !sc_placeholder(s + vs, ve - vs))
			k += (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
		if (i == ns && i < le && s[i] != ';')
			i++; /* (a byte no command starts with) */
		while (i < le && s[i] != ';')
			i++;
	}
	return k;
}

/* "requirepass <value>", kickstart's "rootpw [--plaintext] <value>" at a
 * line's start. */
unsigned sc_detect_directive(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t ls = rx_line_start(s, c->ms), i = ls, le = rx_line_end(s, c->len, c->ms), vs, ve;
	if (c->me - c->ms == 7 && (s[c->ms] | 0x20) == 'b')
		return backlog(c, le);
	while (i < c->ms && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i != c->ms || c->me >= le || (s[c->me] != ' ' && s[c->me] != '\t'))
		return 0;
	size_t j = c->me;
	while (j < le && s[j] == ' ')
		j++;
	/* "rootpw --plaintext ...", "--iscrypted" */
	if (j + 2 < le && s[j] == '-' && s[j + 1] == '-')
		while (j < le && s[j] != ' ')
			j++;
	if (!directive_value(s, le, j, &vs, &ve))
		return 0;
	/* HAProxy's "stats auth admin:<password>": the password */
	if (c->me - c->ms == 10 && rx_fold_eq(s + c->ms, "stats", 5)) {
		const char *colon = memchr(s + vs, ':', ve - vs);
		if (!colon || (size_t)(colon - s) + 4 > ve)
			return 0;
		vs = (size_t)(colon - s) + 1;
	}
	return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
}

/* A key of a whitespace-separated config whose last part names a secret,
 * fired at its last '_' ("    HTTP_Passwd  kNWc_quJ", "Splunk_Token
 * 2627...": Fluent Bit, Squid, Mosquitto, sssd without '='): the key
 * starts the line, and its one password-like value ends the line. */
unsigned sc_detect_spaced_key(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t ke = c->ms + 1, vs, ve;
	while (ke < c->len && rx_is_alnum((unsigned char)s[ke]))
		ke++;
	if (ke == c->ms + 1 || ke >= c->len || (s[ke] != ' ' && s[ke] != '\t'))
		return 0;
	size_t ks = c->ms;
	while (ks > 0 && c->ms - ks < 64 && (rx_is_alnum((unsigned char)s[ks - 1]) || rx_in("_.-", s[ks - 1])))
		ks--;
	size_t i = ks;
	while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t'))
		i--;
	/* (or after its file's name: "server.cfg: rcon_password \"...\""; stop
	 * 55) */
	if (i > 1 && s[i - 1] == ':') {
		size_t f = i - 1;
		while (f > 0 && i - f < 40 && (rx_is_alnum((unsigned char)s[f - 1]) || rx_in("._-/", s[f - 1])))
			f--;
		if ((f == 0 || s[f - 1] == '\n') && memchr(s + f, '.', i - 1 - f))
			i = f;
	}
	if ((i > 0 && s[i - 1] != '\n') || ks == c->ms || !sc_secret_key(s, ks, ke))
		return 0;
	size_t le = rx_line_end(s, c->len, c->ms);
	if (!directive_value(s, le, ke, &vs, &ve))
		return 0;
	size_t e = ve;
	if (e < le && vs > 0 && (s[vs - 1] == '"' || s[vs - 1] == '\'') && s[e] == s[vs - 1])
		e++; /* (its closing quote) */
	while (e < le && (s[e] == ' ' || s[e] == '\r'))
		e++;
	if (e != le || !sc_password_like(s + vs, ve - vs))
		return 0;
	return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
}

static const char *const scheme_words[] = {"basic", NULL};
struct rx_kwset sc_scheme_kws = RX_KWSET(scheme_words);

/* "Basic <base64 of user:password>": credentials whatever comes before the
 * scheme word (a header in a config line, a curl command, a log). */
unsigned sc_detect_basic(struct rx_ctx *c)
{
	static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const char *s = c->text;
	if (s[c->ms] != 'B' || c->me + 9 >= c->len || s[c->me] != ' ')
		return 0;
	size_t vs = c->me + 1, ve = vs;
	while (ve < c->len && ve - vs < 512 && s[ve] && strchr(b64, s[ve]))
		ve++;
	size_t pad = 0;
	while (ve < c->len && s[ve] == '=' && pad < 2) {
		ve++;
		pad++;
	}
	size_t n = ve - vs;
	if (n < 8 || n % 4 || (ve < c->len && (rx_is_alnum((unsigned char)s[ve]) || s[ve] == '=')))
		return 0;
	/* it decodes to "user:password" */
	int colon = 0;
	for (size_t i = vs; i + 4 <= ve && !colon; i += 4) {
		unsigned v = 0;
		for (size_t k = 0; k < 4; k++) {
			const char *p = s[i + k] == '=' ? NULL : strchr(b64, s[i + k]);
			v = v << 6 | (p ? (unsigned)(p - b64) : 0);
		}
		colon = ((v >> 16) & 0xFF) == ':' || ((v >> 8) & 0xFF) == ':' || (v & 0xFF) == ':';
	}
	if (!colon)
		return 0;
	return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
}

static const char *const table_words[] = {"key", "login incorrect", "login ok", NULL};
struct rx_kwset sc_table_kws = RX_KWSET(table_words);

/* The end of the value at s[i]: one word to a space, or the line's end. */
static size_t word_end(const char *s, size_t len, size_t i)
{
	while (i < len && !rx_in(" \t\r\n", s[i]))
		i++;
	return i;
}

/* A "Key  Value" table (`vault kv get`, `op item get`): under its rule of
 * dashes, the value of every row whose key names a secret
 * ("db_password    Altai_9162kk"). */
static unsigned kv_table(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, le = rx_line_end(s, len, c->me), i = c->me;
	if (s[c->ms] != 'K' || rx_line_start(s, c->ms) != c->ms)
		return 0;
	while (i < le && s[i] == ' ')
		i++;
	if (i == c->me || le - i < 5 || !rx_fold_eq(s + i, "value", 5) || word_end(s, len, i) != i + 5 || le >= len)
		return 0;
	size_t r = le + 1, re = rx_line_end(s, len, r);
	for (size_t q = r; q < re; q++)
		if (!rx_in("- \r", s[q]))
			return 0;
	unsigned k = 0;
	size_t row = re + 1;
	for (int n = 0; n < 64 && row < len; n++) {
		size_t e = rx_line_end(s, len, row), ke = word_end(s, len, row), vs = ke;
		if (e == row || ke == row)
			break;
		while (vs < e && s[vs] == ' ')
			vs++;
		size_t ve = word_end(s, len, vs);
		if (vs - ke >= 2 && ve == e && ve > vs && sc_secret_key(s, row, ke) &&
		    !sc_placeholder(s + vs, ve - vs) && !sc_other_value(s + vs, ve - vs) && ve - vs >= 4)
			k += (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
		if (e >= len)
			break;
		row = e + 1;
	}
	return k;
}

/* FreeRADIUS with auth_badpass / auth_goodpass logs the password tried:
 * "Login incorrect (pap: ...): [alice/Baobab*1197kk] (from client ...)". */
unsigned sc_detect_table(struct rx_ctx *c)
{
	const char *s = c->text;
	if (c->me - c->ms == 3)
		return kv_table(c);
	size_t le = rx_line_end(s, c->len, c->me), i = c->me;
	while (i + 1 < le && !(s[i] == ':' && s[i + 1] == ' ' && i + 2 < le && s[i + 2] == '['))
		i++;
	if (i + 2 >= le)
		return 0;
	size_t us = i + 3, sl = us;
	while (sl < le && s[sl] != '/' && s[sl] != ']' && sl - us < 128)
		sl++;
	if (sl >= le || s[sl] != '/')
		return 0;
	size_t vs = sl + 1, ve = vs;
	while (ve < le && s[ve] != ']' && ve - vs < 128)
		ve++;
	if (ve >= le || ve == vs || s[vs] == '<' || sc_placeholder(s + vs, ve - vs))
		return 0;
	return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
}

/* At "://": scheme://user:PASSWORD@host -> the password. */
unsigned sc_detect_url_password(struct rx_ctx *c)
{
	const char *s = c->text;
	if (c->ms + 3 > c->len || s[c->ms + 1] != '/' || s[c->ms + 2] != '/')
		return 0;
	c->me = c->ms + 3;
	size_t i = c->me, len = c->len, colon = 0, at = 0;
	for (size_t k = i; k < len && k - i < 300; k++) {
		unsigned char ch = (unsigned char)s[k];
		if (ch <= ' ' || ch == '"' || ch == '\'' || ch == '<' || ch == '>')
			break;
		if (ch == ':' && !colon)
			colon = k;
		if (ch == '@' && colon)
			at = k; /* the last '@' of the user information */
		if (ch == '/' && colon && at)
			break;
		if (ch == '/' && !colon)
			break;
	}
	if (!colon || !at || at <= colon + 1)
		return 0;
	if (sc_placeholder(s + colon + 1, at - colon - 1))
		return 0;
	/* the documentation's example, "postgres://user:password@localhost" */
	static const char *const ex_user[] = {"user", "username", "usr", "login", NULL};
	static const char *const ex_pass[] = {"password", "passwd", "secret", NULL};
	int eu = 0, ep = 0;
	for (int k = 0; ex_user[k]; k++)
		eu |= strlen(ex_user[k]) == colon - i && rx_fold_eq(s + i, ex_user[k], colon - i);
	for (int k = 0; eu && ex_pass[k]; k++)
		ep |= strlen(ex_pass[k]) == at - colon - 1 && rx_fold_eq(s + colon + 1, ex_pass[k], at - colon - 1);
	if (ep)
		return 0;
	return (unsigned)rx_emit(c, colon + 1, at, REDACT_SECRET);
}

/* The value starting at s[i] (after quotes and spaces): up to the closing
 * quote, or up to whitespace; trailing sentence punctuation is dropped. */
size_t sc_value_at(const char *s, size_t len, size_t i, size_t *vs, size_t *raw)
{
	char q = 0;
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i < len && (s[i] == '"' || s[i] == '\'' || s[i] == '`')) {
		q = s[i];
		i++;
	}
	*vs = i;
	size_t e = i;
	while (e < len && e - i < 8192) {
		unsigned char c = (unsigned char)s[e];
		if (q ? c == (unsigned char)q || c == '\n' : (c <= ' ' || rx_space_at(s, len, e)))
			break;
		if (!q && (c == '"' || c == '\'' || c == '`' || c == '<' || c == '>'))
			break;
		e++;
	}
	/* a connection string's next "Name=" ends an unquoted value
	 * ("Password=DksLQ;Encrypt=True") */
	if (!q && (memchr(s + i, ';', e - i) || memchr(s + i, '&', e - i)))
		for (size_t k = i; k < e; k++) {
			/* (and a URL query's next "&name=": "secret=JBSW...&issuer=") */
			if (s[k] != ';' && s[k] != '&')
				continue;
			size_t j = k + 1;
			while (j < e && (rx_is_alnum((unsigned char)s[j]) || s[j] == ' ' || s[j] == '_'))
				j++;
			/* (a name of two characters or more that starts with a
			 * letter: "pw=94_obt&4J=rx" is one password) */
			if (j < e && j > k + 2 && rx_is_alpha((unsigned char)s[k + 1]) && s[j] == '=') {
				e = k;
				break;
			}
		}
	/* a base32 key's comma ends it: a CSV's next cell ("otpauth://totp/
	 * R?secret=YC2TYR3R...,security Q: ...") */
	if (!q) {
		size_t k = i;
		while (k < e && ((s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '2' && s[k] <= '7')))
			k++;
		if (k < e && k - i >= 16 && s[k] == ',')
			e = k;
	}
	*raw = e;
	/* a Twitch chat token's scheme is no part of it ("oauth:1pc3bjhf...";
	 * stop 55) */
	if (e - i > 26 && !memcmp(s + i, "oauth:", 6))
		*vs = i += 6;
	/* (a .env line's value is the line's rest: "DB_PASSWORD=Rega223K."
	 * keeps its dot) */
	if (!q && i > 0 && s[i - 1] == '=' && (e == len || s[e] == '\n' || s[e] == '\r')) {
		size_t k = rx_line_start(s, i - 1);
		while (k < i - 1 && (rx_is_upper((unsigned char)s[k]) || rx_is_digit((unsigned char)s[k]) || s[k] == '_'))
			k++;
		if (k == i - 1 && k > rx_line_start(s, i - 1) + 2)
			return e;
	}
	if (!q)
		while (e > i && rx_in(".,;:)]}", s[e - 1]))
			e--;
	return e;
}

/* An INI file's section of accounts, each line a user and a password
 * ("[users]" / "admin:Gatehouse@3815Q" / "viewer = Haven&7435x": an NVR's
 * or a camera's config, stop 52), to the next section or a blank line:
 * the password-like values. */
static const char *const section_words[] = {"users", "accounts", "credentials", "logins", "passwords",
					    "benutzer", "utilisateurs", "usuarios", "utenti", "gebruikers",
					    "konten", "comptes", "cuentas", NULL};
struct rx_kwset sc_section_kws = RX_KWSET(section_words);

unsigned sc_detect_account_section(struct rx_ctx *c)
{
	const char *s = c->text;
	if (c->ms < 1 || s[c->ms - 1] != '[' || c->me >= c->len || s[c->me] != ']' ||
	    (c->ms >= 2 && s[c->ms - 2] != '\n'))
		return 0;
	size_t i = rx_line_end(s, c->len, c->me);
	unsigned k = 0;
	for (int n = 0; n < 32 && i < c->len; n++) {
		size_t ls = i + 1, le = rx_line_end(s, c->len, ls), ke = ls;
		i = le;
		if (le == ls || s[ls] == '[' || s[ls] == '\r')
			break;
		while (ke < le && (rx_is_alnum((unsigned char)s[ke]) || rx_in("_.-@", s[ke])))
			ke++;
		size_t v = ke;
		while (v < le && s[v] == ' ')
			v++;
		if (ke == ls || v >= le || (s[v] != ':' && s[v] != '='))
			continue;
		v++;
		while (v < le && s[v] == ' ')
			v++;
		size_t ve = le;
		while (ve > v && rx_in(" \r", s[ve - 1]))
			ve--;
		if (ve - v >= 4 && !memchr(s + v, ' ', ve - v) && sc_password_like(s + v, ve - v) &&
		    !sc_placeholder(s + v, ve - v))
			k += (unsigned)rx_emit(c, v, ve, REDACT_SECRET);
	}
	return k;
}
