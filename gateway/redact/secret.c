/* secret: credentials people paste into an assistant.
 *
 * - Well-known formats (the shapes the providers document and gitleaks and
 *   trufflehog describe; our own patterns): AWS access key ids, GitHub
 *   classic and fine-grained tokens, GitLab tokens, Slack tokens and
 *   webhooks, Stripe secret and restricted keys, Google API keys, OpenAI and
 *   Anthropic keys, JWTs (a JSON header), npm, SendGrid, Twilio, and PEM
 *   private key blocks as one span however many lines.
 * - Connection strings and URLs with a password: the password.
 * - KEY=value, key: value, "key": "value" where the key names a secret
 *   (password, token, secret, api key, ... in several languages): the value,
 *   unless it is a placeholder (<your-key>, ${VAR}, ****, changeme...);
 *   keys that only say "key", "auth" or "session" need a random-looking
 *   value (Shannon entropy, character classes).
 * - "my password is ...", "Kennwort: ...", "mot de passe est ...",
 *   "login admin / ...": the next word when it looks like a password. */
#include <math.h>
#include <string.h>

#include "redact_int.h"

/* ---- helpers ------------------------------------------------------------ */

static double entropy(const char *s, size_t n)
{
	unsigned cnt[256] = {0};
	double h = 0;
	for (size_t i = 0; i < n; i++)
		cnt[(unsigned char)s[i]]++;
	for (int k = 0; k < 256; k++) {
		if (!cnt[k])
			continue;
		double p = (double)cnt[k] / (double)n;
		h -= p * log2(p);
	}
	return h;
}

/* Character classes present: upper, lower, digit, other. */
static int classes(const char *s, size_t n, int *digit, int *sym)
{
	int up = 0, lo = 0, di = 0, ot = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		up |= rx_is_upper(c);
		lo |= rx_is_lower(c);
		di |= rx_is_digit(c);
		ot |= !rx_is_alnum(c);
	}
	if (digit)
		*digit = di;
	if (sym)
		*sym = ot;
	return up + lo + di + ot;
}

static int ci_contains(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);
	for (size_t i = 0; i + k <= n; i++) {
		size_t j = 0;
		while (j < k && rx_lower(s[i + j]) == w[j])
			j++;
		if (j == k)
			return 1;
	}
	return 0;
}

/* Values that stand for a secret without being one. */
static int placeholder(const char *v, size_t n)
{
	static const char *const words[] = {
		"xxxx", "****", "....", "changeme", "change_me", "change-me", "your_", "your-",
		"yourtoken", "your token", "<", "${", "$(", "{{", "%s", "placeholder", "example",
		"redacted", "replace", "todo", "dummy", "sample", "secret_here", "token_here",
		"key_here", "password_here", "insert", "process.env", "os.environ", "getenv",
		"env(", "null", "none", "undefined", "true", "false", "********", "...", NULL,
	};
	if (n == 0)
		return 1;
	for (const char *const *w = words; *w; w++)
		if (ci_contains(v, n, *w))
			return 1;
	/* one character repeated (aaaaaaaa, 00000000) */
	size_t same = 1;
	for (size_t i = 1; i < n; i++)
		same += v[i] == v[0];
	return same == n;
}

/* A word that reads like a password: 6-64 bytes, no space, a digit or a
 * symbol among letters, or a long random-looking token. */
static int password_like(const char *v, size_t n)
{
	int digit, sym;
	if (n < 6 || n > 128 || placeholder(v, n))
		return 0;
	int k = classes(v, n, &digit, &sym);
	if (n >= 20 && entropy(v, n) >= 3.5)
		return 1;
	return k >= 3 || (k == 2 && (digit || sym) && n >= 8 && !(digit && !sym && k == 2 &&
								    rx_is_digit((unsigned char)v[0])));
}

/* A value next to a generic key ("key", "auth", "session"): random-looking. */
static int random_like(const char *v, size_t n)
{
	if (n < 16 || placeholder(v, n))
		return 0;
	int digit;
	int k = classes(v, n, &digit, NULL);
	return digit && k >= 2 && entropy(v, n) >= 3.3;
}

/* The value starting at s[i] (after quotes and spaces): up to the closing
 * quote, or up to whitespace; trailing sentence punctuation is dropped. */
static size_t value_at(const char *s, size_t len, size_t i, size_t *vs, size_t *raw)
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
	while (e < len && e - i < 512) {
		unsigned char c = (unsigned char)s[e];
		if (q ? c == (unsigned char)q || c == '\n' : (c <= ' ' || rx_space_at(s, len, e)))
			break;
		if (!q && (c == '"' || c == '\'' || c == '`' || c == '<' || c == '>'))
			break;
		e++;
	}
	*raw = e;
	if (!q)
		while (e > i && strchr(".,;:)]}", s[e - 1]))
			e--;
	return e;
}

/* ---- well-known formats ------------------------------------------------------ */

static unsigned detect_token(struct rx_ctx *c)
{
	return (unsigned)rx_emit(c, c->ms, c->me, REDACT_SECRET);
}

/* A JWT: header and payload are base64url JSON objects ("eyJ" is '{"'). */
static unsigned detect_jwt(struct rx_ctx *c)
{
	size_t n = c->me - c->ms;
	if (n < 30)
		return 0;
	return (unsigned)rx_emit(c, c->ms, c->me, REDACT_SECRET);
}

/* "-----BEGIN ... PRIVATE KEY-----" to its END line (or, pasted cut short,
 * to the end of the base64 lines), one span. */
static unsigned detect_pem(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, lim = c->me + 65536 < len ? c->me + 65536 : len;
	for (size_t i = c->me; i + 9 <= lim; i++) {
		if (s[i] != '-' || memcmp(s + i, "-----END ", 9) != 0)
			continue;
		size_t e = i + 9;
		while (e < lim && s[e] != '\n' && e - i < 80) {
			if (e + 5 <= lim && memcmp(s + e, "-----", 5) == 0)
				return (unsigned)rx_emit(c, c->ms, e + 5, REDACT_SECRET);
			e++;
		}
		break;
	}
	/* no END: the block's base64 lines */
	size_t e = c->me;
	while (e < len) {
		size_t le = rx_line_end(s, len, e);
		size_t ls = e;
		while (ls < le && (s[ls] == '\n' || s[ls] == '\r'))
			ls++;
		int b64 = le > ls;
		for (size_t k = ls; k < le && b64; k++)
			b64 = rx_is_alnum((unsigned char)s[k]) || strchr("+/=\r:- ", s[k]);
		if (e > c->me && !b64)
			break;
		e = le < len ? le + 1 : le;
	}
	while (e > c->me && (s[e - 1] == '\n' || s[e - 1] == '\r'))
		e--;
	return (unsigned)rx_emit(c, c->ms, e, REDACT_SECRET);
}

/* ---- connection strings ----------------------------------------------------- */

/* At "://": scheme://user:PASSWORD@host -> the password. */
static unsigned detect_url_password(struct rx_ctx *c)
{
	const char *s = c->text;
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
	if (placeholder(s + colon + 1, at - colon - 1))
		return 0;
	return (unsigned)rx_emit(c, colon + 1, at, REDACT_SECRET);
}

/* ---- key = value -------------------------------------------------------------- */

enum key_kind { K_NONE, K_PASSWORD, K_SECRET, K_GENERIC };

/* Whether w occurs in buf[0..n) as a whole component of an identifier
 * (between start/end and '_', '-', '.', ' '). */
static int component(const char *buf, size_t n, const char *w)
{
	size_t k = strlen(w);
	for (size_t p = 0; p + k <= n; p++) {
		if (memcmp(buf + p, w, k) != 0)
			continue;
		int lb = p == 0 || strchr("_-. ", buf[p - 1]);
		int rb = p + k == n || strchr("_-. ", buf[p + k]);
		if (lb && rb)
			return 1;
	}
	return 0;
}

/* What the identifier ending at `end` says about its value. */
static int key_kind(const char *s, size_t end, size_t *kstart)
{
	/* found anywhere in the key */
	static const char *const pw[] = {
		"password", "passwd", "passwort", "kennwort", "contraseña", "contrasena", "senha",
		"wachtwoord", "passphrase", "mot_de_passe", "motdepasse", "hasło", "haslo",
		"пароль", NULL,
	};
	static const char *const sec[] = {
		"secret", "token", "apikey", "api_key", "api-key", "accesskey", "access_key",
		"access-key", "privatekey", "private_key", "private-key", "credential", "creds",
		"client_secret", "auth_token", "authorization", "bearer", "webhook", "signing_key",
		"x-api-key", NULL,
	};
	/* only as a whole component (DB_PASS, pwd, api.key, X-Auth) */
	static const char *const pw_part[] = {"pass", "pwd", "pw", "mdp", "clave", "pin", NULL};
	static const char *const generic[] = {"key", "auth", "session", "sessionid", "cookie",
					      "sid", "pat", "dsn", NULL};
	static const char *const not_secret[] = {
		"publishable", "public", "_url", "_uri", "_type", "_ttl", "_expires", "_expiry",
		"_length", "_len", "_file", "_path", "_name", "max_", "_count", "_size", "_limit",
		"_timeout", "_header", "_field", "_prefix", "_format", "pk_", "_hint", "_policy",
		"_reset", "_rotation", "_version", "_region", "_endpoint", "passport", "passnummer",
		"keyboard", "keyword", "monkey", "turkey", "hockey", "jockey", NULL,
	};
	char buf[96];
	size_t i = end;
	while (i > 0 && end - i < 64 &&
	       (rx_is_alnum((unsigned char)s[i - 1]) || strchr("_-.", s[i - 1]) ||
		((unsigned char)s[i - 1] >= 0x80)))
		i--;
	while (i < end && ((unsigned char)s[i] & 0xC0) == 0x80)
		i++;
	if (i == end || end - i >= sizeof buf)
		return K_NONE;
	*kstart = i;
	size_t n = rx_fold(s + i, end - i, buf, sizeof buf);
	for (const char *const *w = not_secret; *w; w++)
		if (strstr(buf, *w))
			return K_NONE;
	for (const char *const *w = pw; *w; w++)
		if (strstr(buf, *w))
			return K_PASSWORD;
	for (const char *const *w = sec; *w; w++)
		if (strstr(buf, *w))
			return K_SECRET;
	for (const char *const *w = pw_part; *w; w++)
		if (component(buf, n, *w))
			return K_PASSWORD;
	for (const char *const *w = generic; *w; w++)
		if (component(buf, n, *w))
			return K_GENERIC;
	return K_NONE;
}

/* At an assignment (=, :, :=, =>, with quotes around the key): the value,
 * when the key names a secret. */
static unsigned detect_assign(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t kend = c->ms, ks = 0, vs;
	/* the key ends before its closing quote and the spaces */
	while (kend > 0 && c->ms - kend < 4 &&
	       (s[kend - 1] == '"' || s[kend - 1] == '\'' || s[kend - 1] == ' ' || s[kend - 1] == '\t'))
		kend--;
	int kind = key_kind(s, kend, &ks);
	if (kind == K_NONE)
		return 0;
	size_t raw, ve = value_at(s, c->len, c->me, &vs, &raw);
	/* "Authorization: Bearer <token>", "token: Basic <b64>" */
	if (ve - vs >= 5 && (ci_contains(s + vs, 6, "bearer") || ci_contains(s + vs, 5, "basic") ||
			     (ve - vs == 5 && ci_contains(s + vs, 5, "token")))) {
		ve = value_at(s, c->len, ve, &vs, &raw);
		kind = K_SECRET;
	}
	size_t n = ve - vs;
	if (n == 0 || placeholder(s + vs, raw - vs))
		return 0;
	/* "Cookie: sessionid=..." : the inner assignment is judged itself */
	for (size_t k = vs; k < ve && k - vs < 64; k++) {
		if (s[k] == '=' && k > vs)
			return 0;
		if (!(rx_is_alnum((unsigned char)s[k]) || s[k] == '_' || s[k] == '-' || s[k] == '.'))
			break;
	}
	switch (kind) {
	case K_PASSWORD:
		if (n < 4 || (n < 8 && classes(s + vs, n, NULL, NULL) < 2))
			return 0;
		break;
	case K_SECRET:
		if (n < 8 || !(password_like(s + vs, n) || random_like(s + vs, n)))
			return 0;
		break;
	default:
		if (!random_like(s + vs, n))
			return 0;
	}
	/* a URL value is judged by its own password, not as a whole */
	if (memmem(s + vs, n, "://", 3))
		return 0;
	return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
}

/* ---- phrases -------------------------------------------------------------------- */

/* After a password word: connectors, then the password. */
static unsigned detect_phrase(struct rx_ctx *c)
{
	static const char *const skip[] = {
		"is", "was", "to", "es", "est", "ist", "è", "é", "e", "de", "del", "of", "for", "the",
		"my", "new", "api", "actual", "nuevo", "nouveau", "neues", "nieuwe", "nuova", "nova",
		"now", "now:", "=", ":", "-", "->", "–", "is:", "ist:", "est:", "es:", NULL,
	};
	const char *s = c->text;
	size_t i = c->me, len = c->len;
	int login = ci_contains(s + c->ms, c->me - c->ms, "login");
	for (int words = 0; words < 4; words++) {
		while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == ':' || s[i] == '='))
			i++;
		size_t vs, raw, ve = value_at(s, len, i, &vs, &raw);
		if (ve <= vs || placeholder(s + vs, raw - vs))
			return 0;
		char w[16];
		size_t n = ve - vs;
		int skippable = 0;
		if (n < sizeof w) {
			rx_fold(s + vs, n, w, sizeof w);
			for (const char *const *k = skip; *k; k++)
				skippable |= strcmp(w, *k) == 0;
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
		if (skippable) {
			i = ve;
			continue;
		}
		if (!password_like(s + vs, n))
			return 0;
		return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
	}
	return 0;
}

/* ---- fragments ---------------------------------------------------------------- */

#define END "(?![A-Za-z0-9_\\-])"
const struct rx_frag rx_secret_frags[] = {
	{F_SECRET, RX_ANY, "-----BEGIN (?:[A-Z0-9]+ ){0,4}PRIVATE KEY(?: BLOCK)?-----", detect_pem,
	 "pem_private_key"},
	{F_SECRET, RX_ANY, "://(?=[^\\s/@:]{1,64}:[^\\s]{1,200}@)", detect_url_password,
	 "url_password"},
	{F_SECRET, RX_WORD,
	 "(?:"
	 "(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}(?![A-Za-z0-9])"
	 "|gh[pousr]_[A-Za-z0-9]{36,40}(?![A-Za-z0-9])"
	 "|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9])"
	 "|gl(?:pat|ptt|dt|rt|soat|cbt|ft|imt|oas)-[A-Za-z0-9_\\-]{20,64}" END
	 "|xox[abposre]-[0-9A-Za-z\\-]{10,120}" END
	 "|[sr]k_(?:live|test|prod)_[0-9A-Za-z]{10,120}(?![A-Za-z0-9])"
	 "|AIza[0-9A-Za-z_\\-]{35}" END
	 "|sk-ant-[a-z]{3,6}[0-9]{2}-[A-Za-z0-9_\\-]{40,200}" END
	 "|sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_\\-]{8,200}T3BlbkFJ[A-Za-z0-9_\\-]{8,200}" END
	 "|sk-[A-Za-z0-9]{48}(?![A-Za-z0-9])"
	 "|npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])"
	 "|SG\\.[A-Za-z0-9_\\-]{22}\\.[A-Za-z0-9_\\-]{43}" END
	 "|SK[0-9a-f]{32}(?![A-Za-z0-9])"
	 "|https://hooks\\.slack\\.com/(?:services|workflows)/[A-Za-z0-9_/\\-]{20,200}"
	 "|https://discord(?:app)?\\.com/api/webhooks/[0-9]{10,20}/[A-Za-z0-9_\\-]{40,100}"
	 ")",
	 detect_token, "token"},
	{F_SECRET, RX_WORD,
	 "eyJ[A-Za-z0-9_\\-]{8,2000}\\.eyJ[A-Za-z0-9_\\-]{8,4000}\\.[A-Za-z0-9_\\-]{8,2000}={0,2}"
	 "(?![A-Za-z0-9_\\-.])",
	 detect_jwt, "jwt"},
	{F_SECRET, RX_ANY, "(?<=[A-Za-z0-9_\\]\"' \\t])(?::=|=>|=|:)(?![/=:])", detect_assign,
	 "key_value"},
	{F_SECRET, RX_WORD,
	 "(?i:password|passwort|kennwort|passcode|contrase\\xc3\\xb1a|clave|senha|wachtwoord|"
	 "sleutel|chiave|chave|schl\\xc3\\xbcssel|mot de passe|mdp|jeton|token|cl\\xc3\\xa9|key|"
	 "pass|pwd|has\\xc5\\x82o|login)"
	 "(?![A-Za-z0-9_\\x80-\\xff])(?= *[:=]? *[^\\s])",
	 detect_phrase, "password_phrase"},
};
const size_t rx_secret_nfrags = sizeof rx_secret_frags / sizeof rx_secret_frags[0];
