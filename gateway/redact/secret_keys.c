/* secret_keys.c: keys that are secrets by their shape or their place:
 *
 *   KwiwZ8jcTYkgXFfadQe4wbnjsYsqCRGpssvQBVTDKqEQdez9p92q   a Bitcoin private
 *                               key in wallet import format (K or L and 51
 *                               base58 characters; 5H/5J/5K and 49)
 *   0x1939ddf1...d08582         64 hex digits (0x or not) after a word that
 *                               says private key or a wallet's accounts, in
 *                               several languages, on the line (or the one
 *                               above, when the key starts its line); a
 *                               transaction hash is not one
 *   https://polygon-mainnet.infura.io/v3/<key>   the key in a node
 *   https://eth-sepolia.g.alchemy.com/v2/<key>   provider's URL
 *   https://x.webhook.office.com/webhookb2/...  a Teams incoming webhook,
 *                                                the whole URL
 *   https://conda.anaconda.org/t/<token>/...    an Anaconda channel token
 *   https://accounts.google.com/|anna@x.org|<password>   a browser's saved
 *                               login as its database prints it
 *   5187552236:AAkIOuTYhTrD...   a Telegram bot's token (at its ':')
 *   $ pass show email/fastmail \n <password>     pass(1)'s first line */
#include <string.h>

#include "secret_int.h"

static int b58(char ch)
{
	return rx_is_alnum((unsigned char)ch) && !rx_in("0OIl", ch);
}

static unsigned detect_wif(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t i = c->ms, e = i;
	char a = s[i];
	if (a != 'K' && a != 'L' && a != '5')
		return 0;
	if (a == '5' && (i + 1 >= c->len || !rx_in("HJK", s[i + 1])))
		return 0;
	int up = 0, lo = 0, di = 0;
	while (e < c->len && e - i < 60 && b58(s[e])) {
		up |= rx_is_upper((unsigned char)s[e]);
		lo |= rx_is_lower((unsigned char)s[e]);
		di |= rx_is_digit((unsigned char)s[e]);
		e++;
	}
	if (e - i != (a == '5' ? 51u : 52u) || !(up && lo && di) || (e < c->len && (rx_is_alnum((unsigned char)s[e]) || s[e] == '_')) ||
	    (i > 0 && (rx_is_alnum((unsigned char)s[i - 1]) || s[i - 1] == '_')))
		return 0;
	return (unsigned)rx_emit(c, i, e, REDACT_SECRET);
}

static const char *const key_words[] = {
	"private", "priv", "secret", "accounts", "mnemonic", "seed", "psk", "ключ",
	"khóa", "clave", "chave", "schlüssel", "clé", "chiave", "sleutel", "私钥", "密钥",
	"秘密鍵", "개인키", "개인 키", NULL,
};

/* Whether a key word comes before `at` on its line or on the line above. */
static int key_word_before(const char *s, size_t at)
{
	size_t ls = rx_line_start(s, at), from = ls, b = ls;
	/* the line above too when the key starts its line ("$ cat agent.psk") */
	while (b < at && rx_in(" \t\"'[", s[b]))
		b++;
	if (b == at && ls > 0)
		from = rx_line_start(s, ls - 1);
	if (at - from > 240)
		from = at - 240;
	return rx_phrase_in(s, from, at, key_words);
}

static unsigned detect_hex_key(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t i = c->ms, h = i;
	if (i + 2 < c->len && s[i] == '0' && s[i + 1] == 'x')
		h = i + 2;
	size_t e = h;
	while (e < c->len && e - h < 66 && rx_in("0123456789abcdefABCDEF", s[e]))
		e++;
	if (e - h != 64 || (e < c->len && (rx_is_alnum((unsigned char)s[e]) || s[e] == '_')) ||
	    (i > 0 && (rx_is_alnum((unsigned char)s[i - 1]) || s[i - 1] == '_')) || !key_word_before(s, i))
		return 0;
	return (unsigned)rx_emit(c, i, e, REDACT_SECRET);
}

/* At "https://": a node provider's key or a Teams webhook. */
static unsigned detect_key_url(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t i = c->ms, len = c->len, e = i + 8;
	if (i + 8 > len || memcmp(s + i, "https://", 8) != 0)
		return 0;
	while (e < len && e - i < 400 && (rx_is_alnum((unsigned char)s[e]) || rx_in("-._~/@%", s[e])))
		e++;
	size_t host = i + 8, he = host;
	while (he < e && s[he] != '/')
		he++;
	static const struct {
		const char *host, *path; /* the host's end, the path before the key */
		int whole;                /* the whole URL is the secret */
		size_t min;               /* the key's length at least */
	} k[] = {{".webhook.office.com", "/webhookb2/", 1, 40},
		 {".infura.io", "/v3/", 0, 20},
		 {".alchemy.com", "/v2/", 0, 20},
		 /* Feishu's and Lark's bot webhooks, WeCom's */
		 {".feishu.cn", "/open-apis/bot/v2/hook/", 1, 32},
		 {".larksuite.com", "/open-apis/bot/v2/hook/", 1, 32},
		 {".weixin.qq.com", "/cgi-bin/webhook/send", 1, 32},
		 {".anaconda.org", "/t/", 0, 20},
		 {".anaconda.cloud", "/t/", 0, 20}};
	for (size_t q = 0; q < sizeof k / sizeof k[0]; q++) {
		size_t hl = strlen(k[q].host), pl = strlen(k[q].path);
		if (he - host <= hl || memcmp(s + he - hl, k[q].host, hl) != 0 || he + pl > e ||
		    memcmp(s + he, k[q].path, pl) != 0)
			continue;
		size_t ks = he + pl, ke = ks;
		while (ke < e && s[ke] != '/' && s[ke] != '?')
			ke++;
		if (k[q].whole) {
			/* (WeCom's key is in the query: "send?key=...") */
			if (ke < len && s[ke] == '?')
				while (e < len && e - i < 400 && (rx_is_alnum((unsigned char)s[e]) || rx_in("-._~/@%?=&", s[e])))
					e++;
			while (e > i && rx_in(".,;)", s[e - 1]))
				e--;
			return e - ks >= k[q].min ? (unsigned)rx_emit(c, i, e, REDACT_SECRET) : 0;
		}
		return ke - ks >= k[q].min ? (unsigned)rx_emit(c, ks, ke, REDACT_SECRET) : 0;
	}
	/* a saved login's row, "URL|user|password" (a browser's logins
	 * table printed by sqlite3): the third field, a user with '@' or
	 * of letters and digits before it */
	if (e < len && s[e] == '|') {
		size_t us = e + 1, ue = us, le = rx_line_end(s, len, us);
		while (ue < le && ue - us < 80 && s[ue] != '|')
			ue++;
		if (ue >= le || ue == us || memchr(s + us, ' ', ue - us))
			return 0;
		size_t ps = ue + 1, pe = le;
		while (pe > ps && s[pe - 1] == '\r')
			pe--;
		if (memchr(s + ps, '|', pe - ps) || !sc_password_like(s + ps, pe - ps))
			return 0;
		return (unsigned)rx_emit(c, ps, pe, REDACT_SECRET);
	}
	return 0;
}

/* At ':': a Telegram bot's token, 8-10 digits, ':' and 35 characters of
 * base64url starting "AA" ("tgram://5187552236:AAkIOu...", ".../bot<token>/"). */
unsigned sc_detect_telegram(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t at = c->ms, d = at;
	while (d > 0 && at - d < 11 && rx_is_digit((unsigned char)s[d - 1]))
		d--;
	if (at - d < 8 || at - d > 10 || (d > 0 && rx_is_alnum((unsigned char)s[d - 1]) &&
					  !(d >= 3 && memcmp(s + d - 3, "bot", 3) == 0)))
		return 0;
	size_t e = at + 1;
	if (e + 35 > c->len || s[e] != 'A' || s[e + 1] != 'A')
		return 0;
	while (e < c->len && e - at <= 36 && (rx_is_alnum((unsigned char)s[e]) || rx_in("_-", s[e])))
		e++;
	if (e - at - 1 != 35 || (e < c->len && (rx_is_alnum((unsigned char)s[e]) || rx_in("_-", s[e]))))
		return 0;
	return (unsigned)rx_emit(c, d, e, REDACT_SECRET);
}

static const char *const pass_show_words[] = {"pass show", NULL};
struct rx_kwset sc_pass_show_kws = RX_KWSET(pass_show_words);

/* "pass show email/fastmail" (the standard Unix password manager) and the
 * first line after it, where pass prints the password. */
unsigned sc_detect_pass_show(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, le = rx_line_end(s, len, c->me), i = c->me;
	if (i >= le || s[i] != ' ')
		return 0;
	for (i++; i < le; i++)
		if (s[i] == ' ' || s[i] == '\t')
			return 0; /* one entry's path, nothing after it */
	if (le >= len)
		return 0;
	size_t ps = le + 1, pe = rx_line_end(s, len, ps);
	while (pe > ps && s[pe - 1] == '\r')
		pe--;
	if (pe - ps < 6 || pe - ps > 128 || memchr(s + ps, ' ', pe - ps) || memchr(s + ps, ':', pe - ps) ||
	    sc_placeholder(s + ps, pe - ps))
		return 0;
	return (unsigned)rx_emit(c, ps, pe, REDACT_SECRET);
}

unsigned sc_detect_key_shape(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t i = c->ms, len = c->len;
	/* a cheap look first (this runs at every word): a URL's "://", a
	 * key's length in characters of its alphabet */
	switch (s[i]) {
	case 'h':
		return i + 8 <= len && s[i + 5] == ':' && s[i + 6] == '/' ? detect_key_url(c) : 0;
	case 'K':
	case 'L':
	case '5':
		if (i + 51 > len || !b58(s[i + 1]) || !b58(s[i + 25]) || !b58(s[i + 50]))
			return 0;
		return detect_wif(c);
	default:
		if (i + 64 > len || !rx_is_xdigit((unsigned char)s[i]) || !rx_is_xdigit((unsigned char)s[i + 2]) ||
		    !rx_is_xdigit((unsigned char)s[i + 16]) || !rx_is_xdigit((unsigned char)s[i + 63]))
			return 0;
		return detect_hex_key(c);
	}
}

/* "Cache key: node-...", "primary key: ...": a key named by the word
 * before it (the key word starts at ks) is an identifier, not a credential. */
int sc_id_key(const char *s, size_t ks)
{
	static const char *const id_words[] = {"cache", "idempotency", "primary", "partition",
					       "sort", "object", "foreign", "bucket", "lookup",
					       "routing", "dedup", "dedupe", "row", "index",
					       "composite", "unique", "s3", NULL};
	if (ks < 2 || s[ks - 1] != ' ')
		return 0;
	size_t we = ks - 1, ws = we;
	while (ws > 0 && we - ws < 12 && rx_is_alnum((unsigned char)s[ws - 1]))
		ws--;
	char w[16];
	if (we == ws || we - ws >= sizeof w)
		return 0;
	rx_fold(s + ws, we - ws, w, sizeof w);
	for (const char *const *q = id_words; *q; q++)
		if (strcmp(w, *q) == 0)
			return 1;
	return 0;
}
