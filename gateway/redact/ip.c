/* ip: IPv4 dotted quads (octets <= 255, also with :port, /prefix, in URLs)
 * and IPv6 in every textual form inet_pton accepts (full, compressed,
 * IPv4-mapped, NAT64; bracketed with a port; a zone id stays outside).
 * Not addresses: Python slices (a[1::2], s[1::]), C++ scopes (a::b), MAC
 * addresses, OIDs of X.500 attributes (2.5.4.3), octets above 255, and
 * addresses that are no one's: loopback (127.0.0.1, ::1), 0.0.0.0,
 * netmasks (255.255.255.0) and public DNS resolvers (8.8.8.8, 1.1.1.1). Private ranges (10/8, 192.168/16) stay
 * addresses: a message may tie one to a person's machine. */
#include <arpa/inet.h>
#include <stdint.h>
#include <string.h>

#include "redact_int.h"

static int valid_ipv4(const char *s, size_t n)
{
	unsigned v = 0, digits = 0, oct[4], k = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i == n || s[i] == '.') {
			if (digits == 0 || v > 255 || k == 4)
				return 0;
			oct[k++] = v;
			v = 0;
			digits = 0;
		} else {
			v = v * 10 + (unsigned)(s[i] - '0');
			digits++;
		}
	}
	/* a zero-padded first octet ("078.162.15.89") is a Swiss or Belgian
	 * phone number, not a routable address */
	if (s[0] == '0' && n > 1 && s[1] != '.')
		return 0;
	/* X.500 attribute and extension OIDs (2.5.4.3 is commonName) */
	if (k == 4 && oct[0] == 2 && oct[1] == 5 && (oct[2] == 4 || oct[2] == 29))
		return 0;
	if (k != 4)
		return 0;
	/* no one's address: loopback (127/8), "any" (0.0.0.0) and netmasks
	 * (255.255.255.0: contiguous ones from the top) */
	uint32_t a = oct[0] << 24 | oct[1] << 16 | oct[2] << 8 | oct[3];
	if (oct[0] == 127 || a == 0 || (oct[0] == 255 && ((~a + 1) & ~a) == 0))
		return 0;
	/* nor a multicast group (224/4: "joined group 224.0.0.251") or a
	 * network ("route 10.0.0.0", "10.20.0.0/16") */
	if ((oct[0] >= 224 && oct[0] <= 239) || (oct[2] == 0 && oct[3] == 0))
		return 0;
	/* nor a public DNS resolver's (Google, Cloudflare, Quad9, OpenDNS,
	 * AdGuard): a service everyone uses, no one's machine */
	static const uint32_t resolvers[] = {
		0x08080808, 0x08080404, 0x01010101, 0x01000001, 0x09090909, 0x95707070 /* 149.112.112.112 */,
		0xD043DEDE /* 208.67.222.222 */, 0xD043DCDC /* 208.67.220.220 */, 0x5E8C0E0E /* 94.140.14.14 */,
		0x5E8C0F0F /* 94.140.15.15 */};
	for (size_t i = 0; i < sizeof resolvers / sizeof resolvers[0]; i++)
		if (a == resolvers[i])
			return 0;
	return 1;
}

static const char *const bcast_kw[] = {"broadcast", "bcast", "brd", NULL};
static struct rx_kwset bcast_kws = RX_KWSET(bcast_kw);
static const char *const oid_kw[] = {"oid", NULL};
static struct rx_kwset oid_kws = RX_KWSET(oid_kw);
/* A four-part version number is no address: "version 1.7.23.34", "Build:
 * 13.0.5640.360" (words that name a host, "client", "agent", "from", are
 * not among them) */
static const char *const version_kw[] = {
	"version", "versions", "ver", "build", "release", "firmware", "fw", "sdk", "driver",
	"kernel", "rev", "revision", "patch", "bump", "bumped", "changelog", "runtime", "plugin",
	"package", "pkg", "versión", "versione", "versão", "versie",
	/* a standard's section ("RFC 5280 4.2.1.10", "clause 5.1.2.3") */
	"rfc", "section", "sections", "clause", "chapter", "paragraph", "annex", "abschnitt",
	"kapitel", NULL,
};
static struct rx_kwset version_kws = RX_KWSET(version_kw);

static struct rx_re re_ipv4 = RX_RE(
	"(?<![A-Za-z0-9_.])[0-9]{1,3}(?:\\.[0-9]{1,3}){3}(?![A-Za-z0-9_]|\\.[0-9]|-[A-Za-z])");
/* IPv6: a run of hex digits and colons (with two colons near the start),
 * optionally ending in a dotted quad; inet_pton decides. */
#define P_IPV6_TAIL                                                                \
	"[0-9A-Fa-f:]{2,39}(?:(?<=:)[0-9]{1,3}(?:\\.[0-9]{1,3}){3})?"              \
	"(?![A-Za-z0-9_]|\\.[0-9]|::|:[A-Za-z])"
static struct rx_re re_ipv6 = RX_RE(
	"(?<![.:\\-])(?=[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{0,4}:)" P_IPV6_TAIL);
static struct rx_re re_ipv6_colon = RX_RE("(?<![A-Za-z0-9_.:\\-])(?=::)" P_IPV6_TAIL);

/* An address of the documentation ranges (192.0.2/24, 198.51.100/24,
 * 203.0.113/24: RFC 5737) under a test's or an example's word on its line
 * ("TEST_CLIENT=203.0.113.250", "synthetic check ip=192.0.2.10",
 * "peer_example: 198.51.100.23"): no one's machine. The same range without
 * such a word stays an address (the labelled parts hide one there). */
static int doc_example(const struct rx_ctx *c, const char *s, size_t n)
{
	if (!((n > 8 && !memcmp(s, "192.0.2.", 8)) || (n > 11 && !memcmp(s, "198.51.100.", 11)) ||
	      (n > 10 && !memcmp(s, "203.0.113.", 10))))
		return 0;
	static const char *const w[] = {"test", "example", "synthetic", "sample", "dummy", "demo",
					"placeholder", "fake", NULL};
	size_t ls = rx_line_start(c->text, c->ms), from = c->ms > ls + 40 ? c->ms - 40 : ls;
	char f[48];
	size_t fn = rx_fold(c->text + from, c->ms - from, f, sizeof f);
	f[fn < sizeof f ? fn : sizeof f - 1] = 0;
	/* (a word of its own: not a domain's, "anna@example.org from ...") */
	for (const char *const *k = w; *k; k++)
		for (const char *p = strstr(f, *k); p; p = strstr(p + 1, *k)) {
			char after = p[strlen(*k)];
			if ((p == f || !(rx_is_alpha((unsigned char)p[-1]) || p[-1] == '@' || p[-1] == '.')) &&
			    !rx_is_alpha((unsigned char)after) && after != '.')
				return 1;
		}
	return 0;
}

/* A private address (10/8, 172.16/12, 192.168/16) that is no one's
 * machine: a DHCP range's ends ("DHCP 192.168.1.20–192.168.1.200", "rango
 * DHCP ..."). A device's address in a family's list stays an address, and
 * so does a router's admin page ("http://192.168.1.1": the labelled parts
 * disagree; hidden, fail closed). */
static int lan_default(const struct rx_ctx *c, const char *s, size_t n)
{
	int priv = (n > 3 && !memcmp(s, "10.", 3)) || (n > 8 && !memcmp(s, "192.168.", 8));
	if (!priv && n > 7 && !memcmp(s, "172.", 4)) {
		int b = (s[4] - '0') * 10 + (s[5] - '0');
		priv = s[6] == '.' && b >= 16 && b <= 31;
	}
	if (!priv)
		return 0;
	const char *t = c->text;
	size_t ms = c->ms, me = c->me;
	/* the range's other end right before or after ("–", "-", " - ") */
	int dash_after = (me + 3 < c->len && !memcmp(t + me, "\xe2\x80\x93", 3)) || (me < c->len && t[me] == '-') ||
			 (me + 3 < c->len && !memcmp(t + me, " - ", 3));
	int dash_before = (ms >= 3 && !memcmp(t + ms - 3, "\xe2\x80\x93", 3)) || (ms >= 1 && t[ms - 1] == '-') ||
			  (ms >= 3 && !memcmp(t + ms - 3, " - ", 3));
	if (!dash_after && !dash_before)
		return 0;
	size_t ls = rx_line_start(t, ms), from = ms > ls + 48 ? ms - 48 : ls;
	for (size_t i = from; i + 4 <= ms; i++)
		if (rx_fold_eq(t + i, "dhcp", 4))
			return 1;
	return 0;
}

static unsigned detect_ipv4(struct rx_ctx *c)
{
	const char *t = c->text;
	size_t i = c->ms;
	/* a cheap look first: 1-3 digits and a dot */
	size_t k = 0;
	while (i + k < c->len && k < 4 && rx_is_digit((unsigned char)t[i + k]))
		k++;
	if (k == 0 || k > 3 || i + k >= c->len || t[i + k] != '.')
		return 0;
	size_t e = rx_re_at(&re_ipv4, c, i);
	if (e == RX_NONE)
		return 0;
	c->me = e;
	const char *s = c->text + c->ms;
	size_t n = c->me - c->ms;
	if (!valid_ipv4(s, n))
		return 0;
	/* a network with its prefix ("192.168.4.0/24") */
	if (n >= 2 && s[n - 1] == '0' && s[n - 2] == '.' && c->me < c->len && c->text[c->me] == '/')
		return 0;
	if (rx_kw_before(c, &oid_kws, c->ms, 12))
		return 0;
	/* a network's broadcast address ("broadcast 10.20.0.255", ip's "brd
	 * 192.168.1.255"): no host's */
	if (n >= 4 && memcmp(s + n - 4, ".255", 4) == 0 && rx_kw_before(c, &bcast_kws, c->ms, 12))
		return 0;
	/* "Release 1.2.3.4" is a version; "Release,172.24.25.203" is a cell
	 * of a log's row after its action */
	if (!(c->ms > 0 && rx_in(",;\t|", c->text[c->ms - 1])) && rx_kw_before(c, &version_kws, c->ms, 16))
		return 0;
	if (doc_example(c, s, n) || lan_default(c, s, n))
		return 0;
	return (unsigned)rx_emit(c, c->ms, c->me, REDACT_IP);
}

static unsigned ipv6_at(struct rx_ctx *c, struct rx_re *re)
{
	size_t e = rx_re_at(re, c, c->ms);
	if (e == RX_NONE)
		return 0;
	c->me = e;
	const char *s = c->text + c->ms;
	size_t n = c->me - c->ms, hex = 0, dec = 0, groups = 1;
	char buf[64];
	unsigned char addr[16];
	if (n >= sizeof buf)
		return 0;
	for (size_t i = 0; i < n; i++) {
		hex += s[i] != ':' && s[i] != '.';
		dec += rx_is_digit((unsigned char)s[i]);
		groups += s[i] == ':' && i > 0 && s[i - 1] != ':';
	}
	/* "::" alone, and short all-letter forms like C++ "a::b", are not
	 * addresses anyone writes */
	if (!hex || (!dec && groups < 3))
		return 0;
	/* a slice: identifier[1::2], s[1::], m[::2, 1::2] (decimal groups
	 * inside a subscript) */
	if (memmem(s, n, "::", 2) && groups <= 3 && dec == hex) {
		for (size_t i = c->ms; i > 0 && c->ms - i < 80 && c->text[i - 1] != '\n'; i--) {
			char ch = c->text[i - 1];
			if (ch == ']')
				break;
			if (ch == '[' && i >= 2 &&
			    (rx_is_alnum((unsigned char)c->text[i - 2]) || c->text[i - 2] == '_' ||
			     c->text[i - 2] == ']' || c->text[i - 2] == ')'))
				return 0;
		}
	}
	memcpy(buf, s, n);
	buf[n] = '\0';
	if (inet_pton(AF_INET6, buf, addr) != 1) {
		/* a port of five digits after it without brackets, as a game
		 * server logs a client ("connected from 2c0f:a518::2fcc:35617";
		 * stop 55): the address before it */
		size_t p = n;
		while (p > 0 && rx_is_digit((unsigned char)s[p - 1]))
			p--;
		if (n - p != 5 || p < 3 || s[p - 1] != ':' || s[p - 2] == ':' || !memmem(s, p, "::", 2))
			return 0;
		buf[p - 1] = '\0';
		if (inet_pton(AF_INET6, buf, addr) != 1)
			return 0;
		n = p - 1;
		c->me = c->ms + n;
	}
	/* loopback (::1) is no one's address, nor a multicast group
	 * (ff02::fb) or a bare prefix ("fe80::", "2001:db8::") */
	static const unsigned char loop[16] = {[15] = 1};
	if (memcmp(addr, loop, 16) == 0 || addr[0] == 0xFF || (n >= 3 && s[n - 1] == ':' && s[n - 2] == ':'))
		return 0;
	/* public DNS resolvers (2001:4860:4860::8888/8844, 2606:4700:4700::1111/1001,
	 * 2620:fe::fe/9): services, no one's machine */
	static const unsigned char res6[][16] = {
		{0x20, 0x01, 0x48, 0x60, 0x48, 0x60, [14] = 0x88, [15] = 0x88},
		{0x20, 0x01, 0x48, 0x60, 0x48, 0x60, [14] = 0x88, [15] = 0x44},
		{0x26, 0x06, 0x47, 0x00, 0x47, 0x00, [14] = 0x11, [15] = 0x11},
		{0x26, 0x06, 0x47, 0x00, 0x47, 0x00, [14] = 0x10, [15] = 0x01},
		{0x26, 0x20, 0x00, 0xfe, [15] = 0xfe},
		{0x26, 0x20, 0x00, 0xfe, [15] = 0x09},
	};
	for (size_t i = 0; i < sizeof res6 / sizeof res6[0]; i++)
		if (memcmp(addr, res6[i], 16) == 0)
			return 0;
	/* "::1:5432" in a log is the loopback and a port (":::8080" the
	 * unspecified address and one), not an address ::1:5432 */
	if (n >= 5 && n <= 9 && (memcmp(s, "::1:", 4) == 0 || memcmp(s, ":::", 3) == 0)) {
		size_t p = s[2] == ':' ? 3 : 4, dl = 0;
		while (p + dl < n && rx_is_digit((unsigned char)s[p + dl]))
			dl++;
		if (p + dl == n && dl >= 2 && dl <= 5)
			return 0;
	}
	return (unsigned)rx_emit(c, c->ms, c->me, REDACT_IP);
}

static unsigned detect_ipv6(struct rx_ctx *c)
{
	const char *t = c->text;
	size_t k = 0;
	/* a cheap look first: 1-4 hex digits and a colon */
	while (c->ms + k < c->len && k < 5 && rx_is_xdigit((unsigned char)t[c->ms + k]))
		k++;
	if (k == 0 || k > 4 || c->ms + k >= c->len || t[c->ms + k] != ':')
		return 0;
	return ipv6_at(c, &re_ipv6);
}

static unsigned detect_ipv6_colon(struct rx_ctx *c)
{
	if (c->ms + 2 > c->len || c->text[c->ms + 1] != ':')
		return 0;
	return ipv6_at(c, &re_ipv6_colon);
}

const struct rx_trigger rx_ip_triggers[] = {
	{F_IP, RX_ON_DIGIT, RXF_DOT3, NULL, NULL, detect_ipv4, "ipv4"},
	{F_IP, RX_ON_DIGIT | RX_ON_UPPER | RX_ON_LOWER, RXF_HEXCOLON, NULL, NULL, detect_ipv6, "ipv6"},
	{F_IP, RX_ON_CHAR, 0, ":", NULL, detect_ipv6_colon, "ipv6_colon"},
};
const size_t rx_ip_ntriggers = sizeof rx_ip_triggers / sizeof rx_ip_triggers[0];
