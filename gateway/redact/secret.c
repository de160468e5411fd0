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
#include <pthread.h>
#include <string.h>

#include "secret_int.h"

/* ---- helpers ------------------------------------------------------------ */

/* Shannon entropy in bits per byte of s[0..n) (n <= 512 counts; longer
 * values are judged on their first 512 bytes). */
static double entropy(const char *s, size_t n)
{
	unsigned cnt[256] = {0};
	unsigned char seen[256];
	size_t ns = 0;
	double h = 0;
	if (n > 512)
		n = 512;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (!cnt[ch]++)
			seen[ns++] = ch;
	}
	/* H = log2(n) - (1/n) sum c log2 c */
	double sum = 0;
	for (size_t k = 0; k < ns; k++)
		sum += cnt[seen[k]] * log2((double)cnt[seen[k]]);
	h = log2((double)n) - sum / (double)n;
	return h;
}

/* Character classes present: upper, lower, digit, other. */
static int classes(const char *s, size_t n, int *digit, int *sym)
{
	int up = 0, lo = 0, di = 0, ot = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		up |= rx_is_upper(c);
		lo |= rx_is_lower(c) || c >= 0x80; /* letters of other scripts */
		di |= rx_is_digit(c);
		ot |= !rx_is_alnum(c) && c < 0x80;
	}
	if (digit)
		*digit = di;
	if (sym)
		*sym = ot;
	return up + lo + di + ot;
}

int sc_ci_contains(const char *s, size_t n, const char *w)
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

/* Letters only in both cases, switching case at least every third letter
 * ("lMXeHAoRAINfhb", "vGWSZREsFcEk"): a generated password, not a word or
 * a name in camel case ("SmtpPassword", "McDonald"). */
static int mixed_case_random(const char *v, size_t n)
{
	size_t up = 0, sw = 0;
	if (n < 10)
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (!rx_is_alpha((unsigned char)v[i]))
			return 0;
		up += rx_is_upper((unsigned char)v[i]) != 0;
		sw += i > 0 && !rx_is_upper((unsigned char)v[i]) != !rx_is_upper((unsigned char)v[i - 1]);
	}
	return up >= 3 && n - up >= 3 && sw * 3 >= n;
}

/* A word that reads like a password: 6-64 bytes, no space, a digit or a
 * symbol among letters, or a long random-looking token. */
static int password_like_shape(const char *v, size_t n)
{
	int digit, sym;
	if (n < 6 || n > 128)
		return 0;
	int k = classes(v, n, &digit, &sym);
	if ((n >= 20 && entropy(v, n) >= 3.5) || (k == 2 && mixed_case_random(v, n)))
		return 1;
	return k >= 3 || (k == 2 && (digit || sym) && n >= 8 && !(digit && !sym && k == 2 &&
								    rx_is_digit((unsigned char)v[0])));
}

int sc_password_like(const char *v, size_t n)
{
	/* (a closing bracket ends a template's variable, it starts no value:
	 * "{password}@gmail.com") */
	return n && !rx_in(")]}", v[0]) && password_like_shape(v, n) && !sc_placeholder(v, n);
}

/* A value next to a generic key ("key", "auth", "session"): random-looking
 * (placeholders are the caller's check). */
static int random_like_shape(const char *v, size_t n)
{
	if (n < 16)
		return 0;
	int digit;
	int k = classes(v, n, &digit, NULL);
	return digit && k >= 2 && entropy(v, n) >= 3.3;
}

/* ---- well-known formats ------------------------------------------------------ */

#define END "(?![A-Za-z0-9_\\-])"
static struct rx_re re_token = RX_RE(
	"(?:"
	"(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}(?![A-Za-z0-9])"
	"|gh[pousr]_[A-Za-z0-9]{36,40}(?![A-Za-z0-9])"
	"|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9])"
	"|gl(?:pat|ptt|dt|rt|soat|cbt|ft|imt|oas)-[A-Za-z0-9_\\-]{20,64}" END
	/* Grafana Cloud's access policy tokens (base64 JSON after "glc_")
	 * and Grafana's service account tokens (stop 52) */
	"|glc_[A-Za-z0-9+/_\\-]{32,400}={0,2}" END
	"|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}(?![A-Za-z0-9])"
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
	"|ya29\\.[0-9A-Za-z_\\-]{20,2000}" END
	"|tskey-[a-z]{3,8}-[A-Za-z0-9\\-]{20,120}" END
	"|AGE-SECRET-KEY-1[0-9A-Z]{58}(?![A-Za-z0-9])"
	"|sk\\.eyJ[A-Za-z0-9_\\-]{10,400}\\.[A-Za-z0-9_\\-]{20,120}" END
	"|whsec_[A-Za-z0-9+/=]{24,120}" END
	"|sntry[us]_[A-Za-z0-9+/=_]{40,400}" END
	"|oy2[a-z0-9]{43}(?![A-Za-z0-9])"
	"|dckr_pat_[A-Za-z0-9_\\-]{20,64}" END
	"|gsk_[A-Za-z0-9]{40,64}(?![A-Za-z0-9])"
	"|r8_[A-Za-z0-9]{30,40}(?![A-Za-z0-9])"
	"|LTAI[A-Za-z0-9]{12,24}(?![A-Za-z0-9])"
	"|xprv[1-9A-HJ-NP-Za-km-z]{100,112}(?![A-Za-z0-9])"
	"|S[UAONCX][A-Z2-7]{56}(?![A-Za-z0-9])" /* NATS nkey seeds */
	/* DigitalOcean, SonarQube, Vault, New Relic, Notion, Shopify,
	 * Postman, PyPI, Django's generated development key */
	"|do[opr]_v1_[a-f0-9]{64}(?![A-Za-z0-9])"
	"|sq[upa]_[a-f0-9]{40}(?![A-Za-z0-9])"
	"|hv[sbr]\\.[A-Za-z0-9_\\-]{24,200}" END
	"|NRAK-[A-Z0-9]{27}(?![A-Za-z0-9])"
	"|ntn_[A-Za-z0-9]{40,50}(?![A-Za-z0-9])"
	"|shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}(?![A-Za-z0-9])"
	"|PMAK-[a-f0-9]{24}-[a-f0-9]{34}(?![A-Za-z0-9])"
	"|pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\\-]{50,300}" END
	"|django-insecure-[A-Za-z0-9!@#$%^&*(\\-_=+)]{40,60}"
	/* a Discord bot's token: its id (a number) in base64, a time, an
	 * HMAC ("OTY2MjQx...MjI4.-FNHqn.INm49as2V-...") */
	"|(?:M[Tjz]|N[DTjz]|O[DT])[A-Za-z0-9_\\-]{21,27}\\.[A-Za-z0-9_\\-]{6}\\.[A-Za-z0-9_\\-]{27,40}" END
	")");
static struct rx_re re_jwt = RX_RE(
	"eyJ[A-Za-z0-9_\\-]{8,2000}\\.eyJ[A-Za-z0-9_\\-]{8,4000}\\.[A-Za-z0-9_\\-]{8,2000}={0,2}"
	"(?![A-Za-z0-9_\\-.])");

/* Whether the word at s[i] starts like one of the token formats (so that
 * the pattern runs only there). */
int rx_token_prefix(const char *s, size_t len, size_t i)
{
	static const char *const pre_a[] = {"AKIA", "ASIA", "ABIA", "ACCA", "A3T", "AIza",
					    "AGE-SECRET-KEY-1", "LTAI", "dckr_pat_", "dop_v1_", "doo_v1_",
					    "dor_v1_", "django-insecure-", "NRAK-", "PMAK-", "pypi-AgEI", NULL};
	static const char *const pre_g[] = {"ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_",
					    "gl", "gsk_", NULL};
	static const char *const pre_s[] = {"sk_", "sk-", "sk.eyJ", "SG.", "SK", "sntry", "SU", "SA",
					    "SO", "SN", "SC", "SX", "squ_", "sqp_", "sqa_", "shpat_", "shpca_",
					    "shppa_", "shpss_", NULL};
	static const char *const pre_h[] = {"https://hooks.slack.com/", "https://discord", "hvs.", "hvb.",
					    "hvr.", NULL};
	static const char *const pre_o[] = {"xox", "rk_", "npm_", "ya29.", "tskey-", "whsec_",
					    "oy2", "r8_", "xprv", "ntn_", NULL};
	/* (a Discord id's first two digits in base64, and New Relic's key) */
	static const char *const pre_m[] = {"MT", "Mj", "Mz", "ND", "NT", "Nj", "Nz", "OD", "OT", "NRAK-", NULL};
	const char *const *pre;
	if (i + 2 > len)
		return 0;
	/* the second byte rules out most words before any comparison */
	unsigned char b = (unsigned char)s[i + 1];
	switch (s[i]) {
	case 'A': if (!rx_in("KSBC3IG", b)) return 0; break;
	case 'L': if (b != 'T') return 0; break;
	case 'd': if (b != 'c' && b != 'o' && b != 'j') return 0; break;
	case 'N': if (!rx_in("RDTjz", b)) return 0; break;
	case 'M': if (!rx_in("Tjz", b)) return 0; break;
	case 'O': if (b != 'D' && b != 'T') return 0; break;
	case 'P': if (b != 'M') return 0; break;
	case 'p': if (b != 'y') return 0; break;
	case 'g': if (b != 'h' && b != 'l' && b != 's' && b != 'i') return 0; break;
	case 's': if (b != 'k' && b != 'n' && b != 'q' && b != 'h') return 0; break;
	case 'y': if (b != 'a' || i + 2 >= len || s[i + 2] != '2') return 0; break;
	case 't': if (b != 's') return 0; break;
	case 'w': if (b != 'h' || i + 2 >= len || s[i + 2] != 's') return 0; break;
	case 'o': if (b != 'y') return 0; break;
	case 'S': if (!rx_in("GKUAONCX", b)) return 0; break;
	case 'h': if (b != 't' && b != 'v') return 0; break;
	case 'x': if (b != 'o' && b != 'p') return 0; break;
	case 'r': if (b != 'k' && b != '8') return 0; break;
	case 'n': if (b != 'p' && b != 't') return 0; break;
	default: return 0;
	}
	if (s[i] == 'x' && b == 'p' && !(i + 3 < len && s[i + 2] == 'r' && s[i + 3] == 'v'))
		return 0;
	switch (s[i]) {
	case 'M':
	case 'N':
	case 'O': pre = pre_m; break;
	case 'A':
	case 'L':
	case 'P':
	case 'p':
	case 'd': pre = pre_a; break;
	case 'g': pre = pre_g; break;
	case 's':
	case 'S': pre = pre_s; break;
	case 'h': pre = pre_h; break;
	case 'x':
	case 'r':
	case 'n':
	case 'y':
	case 't':
	case 'w':
	case 'o': pre = pre_o; break;
	default: return 0;
	}
	for (; *pre; pre++) {
		size_t k = strlen(*pre);
		if (i + k <= len && memcmp(s + i, *pre, k) == 0)
			return 1;
	}
	return 0;
}

static unsigned detect_token(struct rx_ctx *c)
{
	if (!rx_token_prefix(c->text, c->len, c->ms))
		return 0;
	size_t e = rx_re_at(&re_token, c, c->ms);
	if (e == RX_NONE)
		return 0;
	/* a placeholder in the provider's shape ("AKIAXXXXXXXXXXXXXXXX",
	 * "ghp_xxxx...", "sk_live_XXXX..."): its last 16 bytes one character
	 * repeated */
	if (e - c->ms >= 20) {
		const char *t = c->text + e - 16;
		size_t same = 0;
		for (size_t i = 0; i < 16; i++)
			same += t[i] == t[0];
		if (same == 16)
			return 0;
	}
	return (unsigned)rx_emit(c, c->ms, e, REDACT_SECRET);
}

/* A JWT: header and payload are base64url JSON objects ("eyJ" is '{"'). */
static unsigned detect_jwt(struct rx_ctx *c)
{
	if (c->ms + 3 > c->len || memcmp(c->text + c->ms, "eyJ", 3) != 0)
		return 0;
	size_t e = rx_re_at(&re_jwt, c, c->ms);
	if (e == RX_NONE || e - c->ms < 30)
		return 0;
	return (unsigned)rx_emit(c, c->ms, e, REDACT_SECRET);
}

/* "-----BEGIN ... PRIVATE KEY-----" to its END line (or, pasted cut short,
 * to the end of the base64 lines), one span. */
static struct rx_re re_pem = RX_RE("-----BEGIN (?:(?:[A-Z0-9]+ ){0,4}PRIVATE KEY(?: BLOCK)?|OpenVPN Static key V1)-----");

/* A character of a PEM block's base64 lines (and of their headers,
 * "Proc-Type: 4,ENCRYPTED"); ASCII only, so a span ends between
 * characters. */
static int pem_char(char ch)
{
	return rx_is_alnum((unsigned char)ch) || rx_in("+/=\r:-, ", ch);
}

static unsigned detect_pem(struct rx_ctx *c)
{
	const char *s = c->text;
	if (c->ms + 11 > c->len || memcmp(s + c->ms, "-----BEGIN ", 11) != 0)
		return 0;
	size_t me = rx_re_at(&re_pem, c, c->ms);
	if (me == RX_NONE)
		return 0;
	c->me = me;
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
	/* no END: the base64 on the BEGIN line (a key pasted on one line),
	 * then the lines of base64 that follow, within the same 64 KiB */
	size_t e = c->me;
	while (e < lim && s[e] != '\n' && pem_char(s[e]))
		e++;
	while (e < lim && s[e] == '\n') {
		size_t ls = e + 1, le = ls;
		while (le < lim && s[le] != '\n' && pem_char(s[le]))
			le++;
		if (le == ls || (le < lim && s[le] != '\n'))
			break; /* an empty line, or one that is not base64 */
		e = le;
	}
	while (e > c->me && (s[e - 1] == '\r' || s[e - 1] == ' '))
		e--;
	return (unsigned)rx_emit(c, c->ms, e, REDACT_SECRET);
}

/* ---- key = value -------------------------------------------------------------- */

enum key_kind { K_NONE, K_PASSWORD, K_SECRET, K_GENERIC };

/* Word lists with their lengths (W("x") = {"x", 1}). */
struct wl {
	const char *s;
	size_t n;
};
#define W(x) {x, sizeof(x) - 1}

static int ends_any(const char *w, size_t n, const struct wl *l)
{
	for (; l->s; l++)
		if (n >= l->n && w[n - 1] == l->s[l->n - 1] && memcmp(w + n - l->n, l->s, l->n) == 0)
			return 1;
	return 0;
}

static int one_of_wl(const char *w, size_t n, const struct wl *l)
{
	for (; l->s; l++)
		if (l->n == n && l->s[0] == w[0] && memcmp(w, l->s, n) == 0)
			return 1;
	return 0;
}


/* A key ending in "pass" ("remotepass", "smtppass", "dbpass"), not a word
 * that does ("bypass", "compass"). */
static int pass_suffix(const char *w, size_t n)
{
	static const char *const words[] = {"bypass", "compass", "overpass", "underpass",
					    "trespass", "surpass", "encompass", "multipass",
					    "onepass", "firstpass", "lastpass", NULL};
	if (n <= 4 || memcmp(w + n - 4, "pass", 4) != 0)
		return 0;
	for (const char *const *q = words; *q; q++)
		if (strlen(*q) == n && memcmp(w, *q, n) == 0)
			return 0;
	return 1;
}

/* The words of key names (key_kind). */
static const struct wl pw_suffix[] = {
	W("password"), W("passwd"), W("passwort"), W("kennwort"), W("contraseña"),
	W("contrasena"), W("senha"), W("wachtwoord"), W("passphrase"),
	W("motdepasse"), W("hasło"), W("haslo"), W("пароль"), W("presharedkey"), W("wepkey"),
	W("netzwerkschlüssel"), W("netzwerkschluessel"),
	{NULL, 0},
};
static const struct wl pw_word[] = {
	W("pass"), W("pwd"), W("pw"), W("mdp"), W("clave"), W("pin"), W("mot"), W("psk"),
	{NULL, 0},
};
static const struct wl sec_suffix[] = {
	W("secret"), W("token"), W("apikey"), W("accesskey"), W("privatekey"),
	W("credential"), W("credentials"), W("creds"), W("bearer"), W("webhook"),
	W("signingkey"), W("authorization"), W("authtoken"), W("secretkey"), W("authcode"),
	W("eppcode"), W("authtok"), W("totp"),
	{NULL, 0},
};
static const struct wl key_qualifier[] = {
	W("api"), W("access"), W("private"), W("secret"), W("signing"),
	W("client"), W("master"), W("encryption"), W("shared"), {NULL, 0},
};
static const struct wl generic[] = {
	W("key"), W("auth"), W("session"), W("sessionid"), W("cookie"), W("sid"), W("phpsessid"),
	W("jsessionid"), W("aspsessionid"),
	W("pat"), W("dsn"), W("sig"), W("signature"), {NULL, 0},
};
static const struct wl not_secret[] = {
	W("publishable"), W("public"), W("url"), W("uri"), W("type"), W("ttl"),
	W("expires"), W("expiry"), W("length"), W("len"), W("file"), W("path"),
	W("name"), W("max"), W("count"), W("size"), W("limit"), W("timeout"),
	W("header"), W("field"), W("prefix"), W("format"), W("hint"), W("policy"),
	W("reset"), W("rotation"), W("version"), W("region"), W("endpoint"),
	W("passport"), W("passnummer"), W("keyboard"), W("keyword"), W("pk"), W("domain"),
	W("host"), W("hostname"), W("existing"), W("ref"), W("arn"), W("hash"), W("hashed"),
	W("salt"), W("digest"), W("fingerprint"), W("checksum"), W("accessor"),
	W("instrumentation"), W("postman"), W("sitekey"), W("reisepass"), W("reisepassnummer"),
	{NULL, 0},
};

/* Which lists a component may be in, one bit each: the exact lists by
 * length and first byte, the suffix lists by the last two bytes (made
 * once; a clear bit skips the list, a set one reads it). */
static uint64_t bl_not_secret, bl_pw_word, bl_generic, bl_qualifier, bl_pw_suffix, bl_sec_suffix;
static pthread_once_t bl_once = PTHREAD_ONCE_INIT;

#define bl_exact(w, n) ((unsigned)((n) * 31u + (unsigned char)(w)[0]) & 63u)
#define bl_suffix(w, n) ((unsigned)((unsigned char)(w)[(n) - 1] * 3u + (unsigned char)(w)[(n) - 2]) & 63u)

static uint64_t bl_make(const struct wl *l, int suffix)
{
	uint64_t m = 0;
	for (; l->s; l++)
		m |= UINT64_C(1) << (suffix ? bl_suffix(l->s, l->n) : bl_exact(l->s, l->n));
	return m;
}

static void bl_init(void)
{
	bl_not_secret = bl_make(not_secret, 0);
	bl_pw_word = bl_make(pw_word, 0);
	bl_generic = bl_make(generic, 0);
	bl_qualifier = bl_make(key_qualifier, 0);
	bl_pw_suffix = bl_make(pw_suffix, 1);
	bl_sec_suffix = bl_make(sec_suffix, 1);
}

static int in_exact(uint64_t bl, const char *w, size_t n, const struct wl *l)
{
	return ((bl >> bl_exact(w, n)) & 1) && one_of_wl(w, n, l);
}

/* (every suffix is at least four bytes long) */
static int in_suffix(uint64_t bl, const char *w, size_t n, const struct wl *l)
{
	return n >= 4 && ((bl >> bl_suffix(w, n)) & 1) && ends_any(w, n, l);
}

/* What the identifier ending at `end` says about its value, from its
 * components (split at '_', '-', '.', and lower-to-upper case changes):
 * DB_PASSWORD, dbPassword, "pwd", AWS_SECRET_ACCESS_KEY, api.key, X-Auth. */
static int key_kind(const char *s, size_t end, size_t *kstart)
{
	pthread_once(&bl_once, bl_init);
	char buf[96];
	size_t i = end;
	while (i > 0 && end - i < 64 &&
	       (rx_is_alnum((unsigned char)s[i - 1]) || rx_in("_-.", s[i - 1]) ||
		((unsigned char)s[i - 1] >= 0x80)))
		i--;
	while (i < end && ((unsigned char)s[i] & 0xC0) == 0x80)
		i++;
	/* a key's numbered components first ("802-11-wireless-security.psk",
	 * "802-1x.password", nmcli's) */
	for (size_t j = i; j < end && rx_is_digit((unsigned char)s[i]);) {
		while (j < end && rx_is_alnum((unsigned char)s[j]))
			j++;
		if (j + 1 >= end || !rx_in("-.", s[j]))
			break;
		i = ++j;
	}
	if (end - i < 2 || end - i >= sizeof buf || rx_is_digit((unsigned char)s[i]))
		return K_NONE;
	*kstart = i;
	size_t n = rx_fold(s + i, end - i, buf, sizeof buf);
	/* a site key (reCAPTCHA's, hCaptcha's) is public */
	if (n >= 8 && memcmp(buf + n - 3, "key", 3) == 0 && memcmp(buf + n - (rx_in("_-", buf[n - 4]) ? 8 : 7), "site", 4) == 0)
		return K_NONE;
	int kind = K_NONE, qualified = 0, after_key = 0, after_secret = 0;
	for (size_t a = 0; a < n;) {
		/* a component: up to a separator or a lower-to-upper change */
		size_t b = a;
		while (b < n && !rx_in("_-.", buf[b])) {
			b++;
			if (b < n && rx_is_lower((unsigned char)s[i + b - 1]) &&
			    rx_is_upper((unsigned char)s[i + b]))
				break;
		}
		const char *w = buf + a;
		size_t wl = b - a;
		if (wl) {
			/* "keyId", "key_id", "application_credential_id":
			 * which key, not the key ("secret_id" of Vault's
			 * AppRole is one) */
			if (in_exact(bl_not_secret, w, wl, not_secret) ||
			    (wl == 2 && !memcmp(w, "id", 2) && a > 0 && (after_key || b == n) && !after_secret))
				return K_NONE;
			after_secret = wl == 6 && !memcmp(w, "secret", 6);
			after_key = wl == 3 && !memcmp(w, "key", 3);
			/* a numbered key ("Password1", Tasmota's) */
			while (wl > 3 && rx_is_digit((unsigned char)w[wl - 1]))
				wl--;
			int k = K_NONE;
			if (in_suffix(bl_pw_suffix, w, wl, pw_suffix) || pass_suffix(w, wl))
				k = K_PASSWORD;
			if (k == K_NONE && in_exact(bl_pw_word, w, wl, pw_word))
				k = K_PASSWORD;
			if (k == K_NONE && in_suffix(bl_sec_suffix, w, wl, sec_suffix))
				k = K_SECRET;
			if (k == K_NONE && in_exact(bl_generic, w, wl, generic))
				k = qualified && wl == 3 && !memcmp(w, "key", 3) ? K_SECRET : K_GENERIC;
			qualified = in_exact(bl_qualifier, w, wl, key_qualifier);
			if (k == K_PASSWORD || (k == K_SECRET && kind != K_PASSWORD) ||
			    (k == K_GENERIC && kind == K_NONE))
				kind = k;
		}
		a = b < n && rx_in("_-.", buf[b]) ? b + 1 : b;
	}
	return kind;
}

int sc_secret_key(const char *s, size_t ks, size_t ke)
{
	size_t k = 0;
	int kind = key_kind(s, ke, &k);
	return (kind == K_PASSWORD || kind == K_SECRET) && k >= ks;
}

/* At an assignment (=, :, :=, =>, with quotes around the key): the value,
 * when the key names a secret. */
static unsigned detect_assign(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t kend = c->ms, ks = 0, vs;
	/* ":=", "=>", "=" or ":" after a key (not "::", "==", "://") */
	unsigned char op = (unsigned char)s[c->ms];
	c->me = c->ms + 1;
	if (op == ':' && c->me < c->len && s[c->me] == '=')
		c->me++;
	else if (op == '=' && c->me < c->len && s[c->me] == '>')
		c->me++;
	if (c->me < c->len && (s[c->me] == '/' || s[c->me] == '=' || s[c->me] == ':'))
		return 0;
	/* a password's key before a note in parentheses ("Initialpasswort
	 * (bei erster Anmeldung ändern): ...") */
	int noted = 0;
	if (c->ms > 2 && s[c->ms - 1] == ')') {
		size_t o = c->ms - 1;
		while (o > 0 && c->ms - o < 80 && s[o - 1] != '(' && s[o - 1] != '\n')
			o--;
		size_t k2 = o > 0 && s[o - 1] == '(' ? o - 1 : 0, ks2;
		while (k2 > 0 && s[k2 - 1] == ' ')
			k2--;
		if (k2 > 0 && key_kind(s, k2, &ks2) == K_PASSWORD) {
			kend = k2;
			noted = 1;
		}
	}
	if (c->ms == 0 || !(noted || rx_is_alnum((unsigned char)s[c->ms - 1]) || rx_in("_]\"' \t", s[c->ms - 1]) ||
			    (s[c->ms - 1] == ')' && (sc_named_secret(c, c->ms) || sc_wifi_label(c)))))
		return 0;
	/* the key ends before its closing quote and the spaces */
	while (kend > 0 && c->ms - kend < 4 &&
	       (s[kend - 1] == '"' || s[kend - 1] == '\'' || s[kend - 1] == ' ' || s[kend - 1] == '\t'))
		kend--;
	while (kend > 0 && c->ms - kend < 40 && s[kend - 1] == ' ')
		kend--; /* a column's padding ("Key Content            : ...") */
	/* os.environ["KAGGLE_KEY"] = ..., ENV['DB_PASSWORD'] = ... */
	if (kend >= 3 && s[kend - 1] == ']' && (s[kend - 2] == '"' || s[kend - 2] == '\''))
		kend -= 2;
	/* a value of four characters at least, not a short plain word: most
	 * labels in prose and forms ("Name: John", "Tel: +44") stop here */
	size_t raw, ve = sc_value_at(s, c->len, c->me, &vs, &raw);
	int named = -1;
	/* a label that ends its line, the value alone on the next
	 * ("aws_secret_access_key =" then the key; a PDF's wrapped line) */
	if (ve == vs && vs < c->len && (s[vs] == '\n' || s[vs] == '\r') &&
	    (named = sc_named_secret(c, c->ms)) != 0) {
		size_t j = vs + (s[vs] == '\r') + 1;
		if (j >= c->len)
			return 0;
		size_t e = rx_line_end(s, c->len, j);
		while (e > j && rx_in(" \t\r", s[e - 1]))
			e--;
		while (j < e && s[j] == ' ')
			j++;
		if (e - j < 8 || e - j > 256 || memchr(s + j, ' ', e - j))
			return 0;
		vs = j;
		ve = raw = e;
	}
	if (ve - vs < 4 && !(ve - vs >= 5))
		return 0;
	/* a list of addresses is the IP detector's, no secret */
	if (sc_ip_list(s, vs, ve))
		return 0;
	int kind = key_kind(s, kend, &ks);
	if (kind == K_PASSWORD && ve - vs == 4 && sc_app_password(s, c->len, vs)) /* ("tigw zshn pbqg lhew") */
		ve = raw = vs + 19;
	/* an app-specific password after a label that says so in other words
	 * ("app-specific password for the watch sync:", "contraseña de
	 * aplicación:", "app-wachtwoord voor de sync:") */
	if (kind != K_PASSWORD && ve - vs == 4 && sc_app_password(s, c->len, vs)) {
		static const char *const app[] = {"app", "aplicación", "applicazione", "aplicativo",
						  "application", "anwendung", NULL};
		size_t ls = rx_line_start(s, c->ms);
		if (rx_phrase_in(s, ls, c->ms, app))
			return (unsigned)rx_emit(c, vs, vs + 19, REDACT_SECRET);
	}
	/* Kenya's tax id, not a secret ("KRA PIN: A128001285N") */
	if (kind != K_NONE && kend >= 7 && rx_fold_eq(s + kend - 7, "kra pin", 7))
		return 0;
	/* a key of digit groups after a password's or a key's label ("Clé de
	 * sécurité Wi-Fi: 1669 5899 9670 1362 9709") */
	size_t dg;
	if ((kind == K_PASSWORD || ((kind == K_NONE || kind == K_GENERIC) &&
				    (named < 0 ? (named = sc_named_secret(c, c->ms)) : named))) &&
	    (dg = sc_digit_groups(s, c->len, vs)) != vs)
		return (unsigned)rx_emit(c, vs, dg, REDACT_SECRET);
	if (kind == K_NONE && vs < c->len &&
	    ((dg = sc_wifi_pair(c, vs)) != 0 || (dg = sc_login_after_url(c, vs, ve)) != 0 || (dg = sc_wifi_named(c, vs, ve)) != 0 || (dg = sc_wifi_alone(c, vs, ve)) != 0))
		return (unsigned)dg;
	/* a label of words that name a secret ("Pre-Shared Key", "SNMP
	 * community", "Clé de sécurité Wi-Fi", "WLAN-Netzwerkschlüssel (WPA2)") */
	if ((kind == K_NONE || kind == K_GENERIC) && (named < 0 ? sc_named_secret(c, c->ms) : named)) {
		/* (a word is no key: netsh's "Security key : Present") */
		if (!sc_varied(s + vs, ve - vs))
			return 0;
		kind = K_PASSWORD;
		if (ks >= kend)
			ks = kend ? kend - 1 : 0;
	}
	if (kind == K_NONE && kend - ks == 7 && ks >= 4 && rx_fold_eq(s + ks - 4, "key content", 11))
		kind = K_PASSWORD; /* netsh wlan show profile key=clear */
	if (kind == K_NONE && sc_link_token(s, kend, vs, ve))
		return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
	/* a framework's salt ("$settings['hash_salt'] = '...'", "NONCE_SALT=..."):
	 * 32 random characters or more (a hash's salt alone is no secret) */
	if (kind == K_NONE && kend - ks >= 5 && rx_fold_eq(s + kend - 5, "_salt", 5) && ve - vs >= 32 &&
	    random_like_shape(s + vs, ve - vs) && !sc_placeholder(s + vs, raw - vs))
		return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
	if (kind == K_NONE)
		return sc_user_pair(c, ks, kend, vs, ve);
	/* a shell's default or check ("${DB_PASSWORD:?set it}", "${PW:-x}"),
	 * a URL's user ("https://x-access-token:ghs_...@github.com": the
	 * URL's own detector takes its password) */
	if (ks >= 2 && ((s[ks - 2] == '$' && s[ks - 1] == '{') || (ks >= 3 && memcmp(s + ks - 3, "://", 3) == 0)))
		return 0;
	/* a PEM block as a JSON string ("private_key": "-----BEGIN ...\n"):
	 * the block's own detector takes it, to its END line */
	if (ve - vs > 11 && memcmp(s + vs, "-----BEGIN ", 11) == 0)
		return 0;
	if (kind == K_GENERIC && sc_id_key(s, ks))
		return 0;
	/* "Authorization: Bearer <token>", "token: Basic <b64>" */
	if (ve - vs >= 5 && (sc_ci_contains(s + vs, ve - vs < 6 ? ve - vs : 6, "bearer") ||
			     sc_ci_contains(s + vs, 5, "basic") ||
			     (ve - vs == 5 && sc_ci_contains(s + vs, 5, "token")))) {
		ve = sc_value_at(s, c->len, ve, &vs, &raw);
		kind = K_SECRET;
	}
	size_t n = ve - vs;
	if (n == 0)
		return 0;
	size_t dk, dke;
	if (sc_dsn(s + vs, n, &dk, &dke)) /* a client key as its URL's user */
		return (unsigned)rx_emit(c, vs + dk, vs + dke, REDACT_SECRET);
	/* "Cookie: sessionid=..." : the inner assignment is judged itself */
	for (size_t k = vs; k < ve && k - vs < 64; k++) {
		if (s[k] == '=' && k > vs) {
			/* base64's padding ends the value; any other '=' is
			 * an assignment inside it */
			size_t q = k, up = 0, low = 0, dig = 0;
			while (q < ve && s[q] == '=')
				q++;
			for (size_t j = vs; j < k; j++) {
				up += rx_is_upper((unsigned char)s[j]);
				low += rx_is_lower((unsigned char)s[j]);
				dig += rx_is_digit((unsigned char)s[j]);
			}
			/* (not when what precedes it is random: "AQEXPrBC1pjQa=-UG...";
			 * nor in a password's value: "ansible_password=Sjobod=451";
			 * nor after one or two characters: "JWT_SECRET=GZ=8Nku...") */
			if (q < ve && !(up && low && dig) && kind != K_PASSWORD && k - vs > 2)
				return 0;
			break;
		}
		if (!(rx_is_alnum((unsigned char)s[k]) || s[k] == '_' || s[k] == '-' || s[k] == '.'))
			break;
	}
	switch (kind) {
	case K_PASSWORD:
		if (n < 4 || (n < 8 && classes(s + vs, n, NULL, NULL) < 2))
			return 0;
		break;
	case K_SECRET:
		if (n < 8 || !(password_like_shape(s + vs, n) || random_like_shape(s + vs, n) || sc_hex_token(s + vs, n)))
			return 0;
		break;
	default:
		if (!random_like_shape(s + vs, n))
			return 0;
	}
	/* a URL value is judged by its own password, not as a whole; a
	 * placeholder (<your-key>, ${VAR}, ****) is no secret */
	if (memmem(s + vs, n, "://", 3) || sc_placeholder(s + vs, raw - vs) ||
	    sc_other_value(s + vs, n))
		return 0;
	/* a URL's user and password ("https://x-token-auth:pw@host"): the URL
	 * detector's */
	{
		size_t b = ks;
		while (b > 0 && b + 64 > ks && (rx_is_alnum((unsigned char)s[b - 1]) || rx_in("-_.%", s[b - 1])))
			b--;
		if (b >= 3 && !memcmp(s + b - 3, "://", 3) && memchr(s + vs, '@', n))
			return 0;
	}
	return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
}

/* ---- triggers ------------------------------------------------------------------ */

const struct rx_trigger rx_secret_triggers[] = {
	{F_SECRET, RX_ON_CHAR, 0, "-", NULL, detect_pem, "pem_private_key"},
	{F_SECRET, RX_ON_CHAR, 0, ":", NULL, sc_detect_url_password, "url_password"},
	{F_SECRET, RX_ON_CHAR, 0, ":", NULL, sc_detect_pgpass, "pgpass"},
	{F_SECRET, RX_ON_UPPER | RX_ON_LOWER, RXF_TOKENPRE, NULL, NULL, detect_token, "token"},
	{F_SECRET, RX_ON_LOWER, RXF_EYJ, NULL, NULL, detect_jwt, "jwt"},
	{F_SECRET, RX_ON_CHAR, 0, ":=", NULL, detect_assign, "key_value"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_phrase_kws, sc_detect_phrase, "password_phrase"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_user_option_kws, sc_detect_user_option, "user_option"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_pair_kws, sc_detect_pair_value, "pair_value"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_slash_kws, sc_detect_slash_pair, "slash_pair"},
	{F_SECRET, RX_ON_CHAR, 0, "<", NULL, sc_detect_xml, "xml_element"},
	{F_SECRET, RX_ON_DIGIT | RX_ON_UPPER | RX_ON_LOWER, RXF_KEYSHAPE, NULL, NULL, sc_detect_key_shape, "key_shape"},
	{F_SECRET, RX_ON_CHAR, 0, ":", NULL, sc_detect_telegram, "telegram_bot_token"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_pass_show_kws, sc_detect_pass_show, "pass_show"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_directive_kws, sc_detect_directive, "directive"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_section_kws, sc_detect_account_section, "account_section"},
	{F_SECRET, RX_ON_CHAR, 0, "_", NULL, sc_detect_spaced_key, "spaced_key"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_account_cmd_kws, sc_detect_account_cmd, "account_command"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_recovery_kws, sc_detect_recovery_codes, "recovery_codes"},
	{F_SECRET, RX_ON_DIGIT, 0, NULL, NULL, sc_detect_recovery_list, "recovery_list"},
	{F_SECRET, RX_ON_CHAR, 0, ":\xef", NULL, sc_detect_grouped_key, "grouped_key"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_question_kws, sc_detect_security_answer, "security_answer"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_snmp_kws, sc_detect_snmp, "snmp_community"},
	{F_SECRET, RX_ON_CHAR, 0, "\t", NULL, sc_detect_cookie_line, "cookies_txt"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_cisco7_kws, sc_detect_cisco7, "cisco_type7"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_cisco0_kws, sc_detect_cisco0, "cisco_type0"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_plain_scheme_kws, sc_detect_plain_scheme, "plain_scheme"},
	{F_SECRET, RX_ON_UPPER, 0, NULL, NULL, sc_detect_ppk, "putty_ppk"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_seed_kws, sc_detect_seed, "seed_phrase"},
	{F_SECRET, RX_ON_CHAR, 0, "\n", NULL, sc_detect_seed_line, "seed_line"},
	{F_SECRET, RX_ON_UPPER, 0, NULL, NULL, sc_detect_said_password, "said_password"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_connect_kws, sc_detect_connect_string, "oracle_connect"},
	{F_SECRET, RX_ON_CHAR, 0, "[", NULL, sc_detect_sasl_passwd, "sasl_passwd"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_scheme_kws, sc_detect_basic, "basic_auth"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_table_kws, sc_detect_table, "kv_table_radius"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_define_kws, sc_detect_define, "php_define"},
	{F_SECRET, RX_ON_CHAR, 0, "|", NULL, sc_detect_secret_cell, "secret_cell"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_userlist_kws, sc_detect_userlist, "pgbouncer_userlist"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_cred_file_kws, sc_detect_cred_file, "credentials_file"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_door_kws, sc_detect_door, "door_code"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_wifi_said_kws, sc_detect_wifi_said, "wifi_said"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_code_kws, sc_detect_code_said, "code_said"},
	{F_SECRET, RX_ON_WORD, 0, NULL, &sc_sim_kws, sc_detect_sim_code, "sim_code"},
	{F_SECRET, RX_ON_DIGIT, 0, NULL, NULL, sc_detect_door_script, "door_code_script"},
	{F_SECRET, RX_ON_CHAR, 0, ":\xef", NULL, sc_detect_script_pw, "password_script_label"},
	{F_SECRET, RX_ON_CHAR, 0, "/|", NULL, sc_detect_account_pair, "account_pair"},
};
const size_t rx_secret_ntriggers = sizeof rx_secret_triggers / sizeof rx_secret_triggers[0];
