/* email: addresses found at their '@' (or an obfuscated or percent-encoded
 * '@'), the local part read backwards and the domain forwards in C.
 *
 * Forms: plain and internationalised (jürgen@straße.de, a@пример.рф),
 * quoted local parts ("john doe"@example.com), IP-literal domains (the whole
 * a@[192.0.2.1]), spaces around '@' (both sides), "%40" in URLs, and the
 * obfuscations "[at]" "(at)" "{at}" with "." or "[dot]"-like separators, and
 * "name dot x at domain dot com". Not addresses: URL user information
 * (scheme://user:pass@host), git remotes (git@host:org/repo.git), files
 * (icon@2x.png), package specs (react@18.2.0), mentions (@channel). */
#include <arpa/inet.h>
#include <string.h>

#include "redact_int.h"

/* File extensions that are not top-level domains: "icon@2x.png" is a file
 * (the five that are both, tld_ok's `both`, are judged by their label). */
static const char *const not_tld[] = {
	"png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "tif", "tiff", "pdf", "txt", "log", "js",
	"css", "html", "htm", "json", "xml", "yaml", "yml", "csv", "gz", "tgz", "tar", "exe", "dll", "cpp",
	"hpp", "php", "mp3", "mp4", "wav", "avi", "docx", "xlsx", "pptx", "doc", "xls", "ppt", "bin", "iso",
	"dmg", "apk", "lock", "toml", "ini", "cfg", "conf", "bak", "tmp", "rb", "go", "ts", "zip", "jar", "h", "c",
	/* systemd's unit types ("postgresql@16-main.service") */
	"service", "socket", "timer", "mount", "automount", "target", "slice", "scope", "swap",
};


/* Start of the local part ending at `at` (exclusive), or NONE. */
#define NONE ((size_t)-1)
static size_t local_start(const char *s, size_t at)
{
	size_t i = at;
	if (i > 0 && s[i - 1] == '"') {
		/* quoted: back to the opening quote on the same line */
		size_t j = i - 1;
		while (j > 0 && i - j < 66) {
			j--;
			if (s[j] == '"')
				return j + 1 < i - 1 ? j : NONE;
			if (s[j] == '\n' || s[j] == '\\')
				return NONE;
		}
		return NONE;
	}
	while (i > 0 && at - i <= 64) {
		unsigned char c = (unsigned char)s[i - 1];
		if (rx_is_alnum(c) || rx_in("._%+'-", c)) {
			i--;
			continue;
		}
		size_t k = rx_letter_before(s, i);
		if (!k)
			break;
		i -= k;
	}
	if (at - i > 64)
		return NONE;
	/* (a word of three-byte letters run into an ASCII local part is the
	 * sentence's: "邮箱zimo.bao@sina.com", "메일abc@...") */
	/* (or after a phone's number and a word: "请联系0578-5120366或listing@...";
	 * the address starts after the last such letter; stop 64) */
	/* (and wherever the part starts: "电话 0571-...-4100或发邮件至outpatients@",
	 * a Hebrew preposition without its hyphen, "לoutpatients@"; stop 67) */
	{
		size_t p = at;
		while (p > i && (unsigned char)s[p - 1] < 0x80)
			p--;
		if (p < at && ((p >= i + 3 && (unsigned char)s[p - 3] >= 0xE0 && (unsigned char)s[p - 3] <= 0xED) ||
			       (p >= i + 2 && (unsigned char)s[p - 2] >= 0xD7 && (unsigned char)s[p - 2] <= 0xDB)))
			i = p;
	}
	/* (a Hebrew preposition glued on by its hyphen is the sentence's:
	 * "שלחו ל-hadassahaz@walla.co.il"; stop 60) */
	{
		size_t q = i;
		while (q + 1 < at && (unsigned char)s[q] == 0xD7)
			q += 2;
		if (q > i && q - i <= 4 && s[q] == '-' && q + 1 < at && (unsigned char)s[q + 1] < 0x80)
			i = q + 1;
	}
	/* a local part does not start with '.', '\'' or '-' (quotes and
	 * dashes around the address) */
	while (i < at && (s[i] == '.' || s[i] == '\'' || s[i] == '-'))
		i++;
	if (i == at || s[at - 1] == '.')
		return NONE;
	for (size_t k = i; k + 1 < at; k++)
		if (s[k] == '.' && s[k + 1] == '.')
			return NONE;
	return i;
}

/* URL user information is no address: "scheme://user@host",
 * "scheme://user:password@host" (the token holds "://" and no '/' between
 * it and the local part; passwords may hold '#', '?', '!'...). */
static int in_url_userinfo(const char *s, size_t ls)
{
	size_t i = ls;
	/* (a query's value is an address: "mailtos://smtp.gmail.com?user=
	 * anna@gmail.com&to=...") */
	if (ls > 0 && s[ls - 1] == '=')
		return 0;
	while (i > 0 && ls - i < 256) {
		unsigned char ch = (unsigned char)s[i - 1];
		if (ch <= ' ' || ch == '"' || ch == '<' || ch == '\'')
			break;
		i--;
	}
	/* "://" in the token, and no '/' between it and the local part */
	for (size_t k = i; k + 3 <= ls; k++) {
		if (memcmp(s + k, "://", 3) != 0)
			continue;
		/* (a comma after a host ends a CSV's URL cell:
		 * "https://play.example.gg,anna@gmail.com,...") */
		const char *cm = memchr(s + k + 3, ',', ls - k - 3);
		if (cm && !memchr(s + k + 3, ':', (size_t)(cm - s) - k - 3))
			return 0;
		return memchr(s + k + 3, '/', ls - k - 3) == NULL;
	}
	return 0;
}

/* Parses a domain at s[i]: labels of letters, digits and '-' (non-ASCII
 * letters too) separated by sep (a '.' or, for obfuscated forms, one of
 * " dot ", "[dot]"...). Returns the end offset (0 when none) and the TLD's
 * offsets. */
static size_t obf_dot(const char *s, size_t len, size_t i);

static size_t domain(const char *s, size_t len, size_t i, int obf, size_t *tld, size_t *tlde)
{
	size_t labels = 0, end = 0;
	for (;;) {
		size_t ls = i;
		int ascii = 1;
		while (i < len) {
			size_t k = rx_letter_at(s, len, i);
			/* (a label of ASCII letters ends where another script's
			 * letters run on: "gmail.com예요", "ezweb.ne.jpです") */
			if (k >= 3 && ascii && i > ls)
				break;
			if (k) {
				ascii &= k < 3;
				i += k;
			} else if (s[i] == '-' && i > ls) {
				i++;
			} else {
				break;
			}
		}
		if (i == ls || i - ls > 63 || s[i - 1] == '-')
			break;
		labels++;
		*tld = ls;
		*tlde = i;
		end = i;
		if (labels == 10)
			break;
		size_t d = 0;
		if (i + 1 < len && s[i] == '.' && rx_letter_at(s, len, i + 1))
			d = 1;
		else if (obf)
			d = obf_dot(s, len, i);
		if (!d)
			break;
		i += d;
	}
	return labels >= 2 ? end : 0;
}

static int tld_ok(const char *s, size_t a, size_t b)
{
	size_t n = b - a;
	int ascii = 1;
	for (size_t i = a; i < b; i++)
		ascii &= rx_is_alpha((unsigned char)s[i]);
	if (ascii) {
		if (n < 2 || n > 24)
			return 0;
		/* Moldova's, Serbia's, Paraguay's, St Helena's and Somalia's
		 * domains are file extensions too: a domain when the label
		 * before holds two letters and starts with one ("ana@cloud.md",
		 * "marko@posta.rs"; not "icon@2x.png"'s kind, "a@2x.md") */
		static const char *const both[] = {"md", "rs", "py", "sh", "so", NULL};
		for (const char *const *t = both; *t; t++) {
			if (!rx_ascii_ieq(s + a, n, *t))
				continue;
			size_t l = a - 1, letters = 0;
			while (l > 0 && s[l - 1] != '.' && s[l - 1] != '@') {
				letters += rx_is_alpha((unsigned char)s[l - 1]);
				l--;
			}
			return letters >= 2 && rx_is_alpha((unsigned char)s[l]);
		}
		for (size_t i = 0; i < sizeof not_tld / sizeof not_tld[0]; i++)
			if (rx_ascii_ieq(s + a, n, not_tld[i]))
				return 0;
		return 1;
	}
	if (n > 4 && rx_ascii_ieq(s + a, 4, "xn--"))
		return 1;
	/* non-ASCII TLD: letters only, at least two of them */
	size_t chars = 0;
	for (size_t i = a; i < b;) {
		size_t k = rx_letter_at(s, b, i);
		if (k <= 1)
			return 0;
		i += k;
		chars++;
	}
	return chars >= 2;
}

/* After the domain: not a git remote (host:org/repo) or a host's port
 * ("root@db.example.com:22"), not the start of a longer token. An address
 * and its password ("anna@example.lu:Harmattan#93", Postfix's sasl_passwd,
 * a credentials dump) is an address. */
static int right_ok(const char *s, size_t len, size_t e)
{
	if (e < len && (s[e] == '@' || s[e] == '_'))
		return 0;
	if (e + 1 < len && s[e] == ':' &&
	    (rx_is_alnum((unsigned char)s[e + 1]) || s[e + 1] == '~' || s[e + 1] == '/')) {
		size_t k = e + 1;
		int digits = 1;
		while (k < len && !rx_in(" \t\r\n\"'", s[k])) {
			if (s[k] == '/' || s[k] == '~')
				return 0;
			digits &= rx_is_digit((unsigned char)s[k]);
			k++;
		}
		return !digits;
	}
	return 1;
}

/* IP literal "[192.0.2.1]" or "[IPv6:2001:db8::1]" at s[i]; its end or 0. */
static size_t ip_literal(const char *s, size_t len, size_t i)
{
	char buf[64];
	unsigned char addr[16];
	size_t j = i + 1;
	while (j < len && j - i < 60 && s[j] != ']')
		j++;
	if (j >= len || s[j] != ']' || j - i - 1 >= sizeof buf)
		return 0;
	size_t n = j - i - 1;
	memcpy(buf, s + i + 1, n);
	buf[n] = '\0';
	if (n > 5 && rx_ascii_ieq(buf, 5, "ipv6:"))
		return inet_pton(AF_INET6, buf + 5, addr) == 1 ? j + 1 : 0;
	return inet_pton(AF_INET, buf, addr) == 1 ? j + 1 : 0;
}

static size_t skip_spaces(const char *s, size_t len, size_t i, size_t max)
{
	size_t n = 0, k;
	while (n < max && (k = rx_space_at(s, len, i)) > 0) {
		i += k;
		n++;
	}
	return i;
}

/* " dot ", "[dot]", "(dot)", "{dot}" with optional spaces around. */
static size_t obf_dot(const char *s, size_t len, size_t i)
{
	size_t j = skip_spaces(s, len, i, 2);
	int br = j < len && (s[j] == '[' || s[j] == '(' || s[j] == '{');
	if (!br && j == i)
		return 0; /* the word "dot" needs spaces on both sides */
	if (br)
		j = skip_spaces(s, len, j + 1, 1);
	if (j + 3 > len || !rx_ascii_ieq(s + j, 3, "dot"))
		return 0;
	j += 3;
	if (br) {
		j = skip_spaces(s, len, j, 1);
		if (j >= len || !(s[j] == ']' || s[j] == ')' || s[j] == '}'))
			return 0;
		j++;
	} else if (j >= len || s[j] != ' ') {
		return 0;
	}
	j = skip_spaces(s, len, j, 2);
	return rx_letter_at(s, len, j) ? j - i : 0;
}

/* A message's id, not a person's address: "message-id=<...@host>",
 * "Message-ID: <...>", "In-Reply-To:", "References:", an ICS "UID:". */
static int message_id(const char *s, size_t ls)
{
	static const char *const keys[] = {"message-id", "msgid", "in-reply-to", "references",
					   "content-id", NULL};
	if (ls >= 4 && (ls == 4 || s[ls - 5] == '\n') && rx_ascii_ieq(s + ls - 4, 4, "uid:"))
		return 1;
	if (ls == 0 || s[ls - 1] != '<')
		return 0;
	size_t e = ls - 1;
	while (e > 0 && ls - e < 4 && rx_in(" :=", s[e - 1]))
		e--;
	for (const char *const *k = keys; *k; k++) {
		size_t n = strlen(*k);
		if (e >= n && rx_ascii_ieq(s + e - n, n, *k))
			return 1;
	}
	return 0;
}

static unsigned detect_at(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, at = c->ms, ls, de, tld, tlde;
	size_t n1 = at + 1 < len && s[at + 1] == ' ' ? at + 2 : at + 1;
	if (n1 >= len || !(rx_is_alnum((unsigned char)s[n1]) || (unsigned char)s[n1] >= 0x80 ||
			   s[n1] == '['))
		return 0;
	size_t before = at, after = at + 1;
	if (at > 0 && s[at - 1] == ' ')
		before = at - 1;
	if (after < len && s[after] == ' ')
		after++;
	if ((before != at) != (after != at + 1))
		return 0; /* "hi @john.smith": a mention, not an address */
	ls = local_start(s, before);
	if (ls == NONE || in_url_userinfo(s, ls) || (ls > 0 && s[ls - 1] == '@'))
		return 0;
	/* a SIP or tel URI's user part that is a phone number
	 * ("sip:+302100458206@sip.provider.example"): the phone is the
	 * person's, the rest a server */
	if (ls >= 4 && s[ls] == '+' && rx_fold_eq(s + ls - 4, "sip:", 4)) {
		size_t q = ls + 1;
		while (q < before && rx_is_digit((unsigned char)s[q]))
			q++;
		if (q == before && q - ls >= 8)
			return 0;
	}
	if (after < len && s[after] == '[') {
		de = ip_literal(s, len, after);
		return de ? (unsigned)rx_emit(c, ls, de, REDACT_EMAIL) : 0;
	}
	de = domain(s, len, after, 0, &tld, &tlde);
	if (!de || !tld_ok(s, tld, tlde) || !right_ok(s, len, de) || de - ls > 254 ||
	    message_id(s, ls) || (before == at && rx_email_nobody(s, ls, at, after, de)))
		return 0;
	return (unsigned)rx_emit(c, ls, de, REDACT_EMAIL);
}

/* "name%40example.com" inside a URL's query. */
static unsigned detect_pct(struct rx_ctx *c)
{
	const char *s = c->text;
	if (c->ms + 4 > c->len || memcmp(s + c->ms, "%40", 3) != 0 ||
	    !(rx_is_alnum((unsigned char)s[c->ms + 3]) || (unsigned char)s[c->ms + 3] >= 0x80))
		return 0;
	size_t ls = local_start(s, c->ms), tld, tlde;
	if (ls == NONE)
		return 0;
	size_t de = domain(s, c->len, c->ms + 3, 0, &tld, &tlde);
	if (!de || !tld_ok(s, tld, tlde) || !right_ok(s, c->len, de))
		return 0;
	return (unsigned)rx_emit(c, ls, de, REDACT_EMAIL);
}

/* "name [at] example [dot] com", "name(at)example.com", "name{at}x.it". */
static unsigned detect_bracket_at(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t b = c->ms, tld, tlde, i = c->ms + 1;
	/* "[at]", "( at )", "{at}" */
	if (i < c->len && s[i] == ' ')
		i++;
	if (i + 2 > c->len || rx_lower(s[i]) != 'a' || rx_lower(s[i + 1]) != 't')
		return 0;
	i += 2;
	if (i < c->len && s[i] == ' ')
		i++;
	if (i >= c->len || !(s[i] == ']' || s[i] == ')' || s[i] == '}'))
		return 0;
	c->me = i + 1;
	if (b > 0 && s[b - 1] == ' ')
		b--;
	size_t ls = local_start(s, b);
	if (ls == NONE || in_url_userinfo(s, ls))
		return 0;
	size_t d = skip_spaces(s, c->len, c->me, 1);
	size_t de = domain(s, c->len, d, 1, &tld, &tlde);
	if (!de || !tld_ok(s, tld, tlde) || !right_ok(s, c->len, de))
		return 0;
	return (unsigned)rx_emit(c, ls, de, REDACT_EMAIL);
}

/* "name dot x at domain dot com": the words "at" and "dot" spelled out;
 * the domain must use " dot " at least once. */
static unsigned detect_word_at(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t tld, tlde, i = c->me;
	/* " label dot x" must follow */
	if (i >= c->len || s[i] != ' ')
		return 0;
	size_t l = ++i;
	while (i < c->len && i - l < 64 && (rx_is_alnum((unsigned char)s[i]) || s[i] == '-'))
		i++;
	if (i == l || i + 6 > c->len || s[i] != ' ' || rx_lower(s[i + 1]) != 'd' ||
	    rx_lower(s[i + 2]) != 'o' || rx_lower(s[i + 3]) != 't' || s[i + 4] != ' ' ||
	    !rx_is_alnum((unsigned char)s[i + 5]))
		return 0;
	if (c->ms < 2 || s[c->ms - 1] != ' ')
		return 0;
	/* local part: words joined by " dot " or '.' */
	size_t ls = NONE;
	i = c->ms - 1;
	for (int parts = 0; parts < 4; parts++) {
		size_t e = i, st = i;
		while (st > 0 && (rx_is_alnum((unsigned char)s[st - 1]) || s[st - 1] == '.' ||
				  s[st - 1] == '_' || s[st - 1] == '-'))
			st--;
		if (st == e)
			break;
		ls = st;
		if (st >= 5 && rx_ascii_ieq(s + st - 5, 5, " dot ") && st >= 6 &&
		    rx_is_alnum((unsigned char)s[st - 6])) {
			i = st - 5;
			continue;
		}
		break;
	}
	if (ls == NONE)
		return 0;
	size_t de = domain(s, c->len, c->me + 1, 1, &tld, &tlde);
	if (!de || !tld_ok(s, tld, tlde) || !right_ok(s, c->len, de))
		return 0;
	return (unsigned)rx_emit(c, ls, de, REDACT_EMAIL);
}

static const char *const at_words[] = {"at", NULL};
static struct rx_kwset at_word = RX_KWSET(at_words);

const struct rx_trigger rx_email_triggers[] = {
	{F_EMAIL, RX_ON_CHAR, 0, "@", NULL, detect_at, "email_at"},
	{F_EMAIL, RX_ON_CHAR, 0, "%", NULL, detect_pct, "email_pct40"},
	{F_EMAIL, RX_ON_CHAR, 0, "[({", NULL, detect_bracket_at, "email_obf_at"},
	{F_EMAIL, RX_ON_WORD, 0, NULL, &at_word, detect_word_at, "email_word_at"},
};
const size_t rx_email_ntriggers = sizeof rx_email_triggers / sizeof rx_email_triggers[0];
