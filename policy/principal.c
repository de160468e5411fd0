/* principal: the one grammar of principals (svc:, user:, group:) and of the
 * client-given strings that become part of one (a token's sub, a group name)
 * or sit beside one in the record (a token id, a purpose). Config, CLI,
 * control plane, revocations and the token path all call these, so a value
 * one of them accepts is never refused by another. Grammar: docs/POLICY.md,
 * "Principals". */
#include <string.h>

#include "policy.h"

/* Decodes one UTF-8 sequence at s[0..n): the code point, or -1 for an
 * invalid, truncated, overlong or surrogate sequence. *len gets its bytes. */
static long utf8_next(const unsigned char *s, size_t n, size_t *len)
{
	unsigned char c = s[0];
	long cp;
	size_t k;
	if (c < 0x80) {
		*len = 1;
		return c;
	}
	if (c >= 0xc2 && c <= 0xdf) {
		k = 2;
		cp = c & 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		k = 3;
		cp = c & 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		k = 4;
		cp = c & 0x07;
	} else {
		return -1;
	}
	if (n < k)
		return -1;
	for (size_t i = 1; i < k; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return -1;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if ((k == 3 && cp < 0x800) || (k == 4 && cp < 0x10000) || cp > 0x10ffff ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return -1;
	*len = k;
	return cp;
}

/* Code points that are invisible, break lines or look like a space: they
 * would let two principals print alike, or split a log or JSON-lines reader.
 * C0/C1 controls, DEL, every Unicode space but U+0020, line and paragraph
 * separators, bidi and zero-width formatting, BOM, tags, noncharacters. */
static int unsafe_cp(long cp)
{
	return cp < 0x20 || (cp >= 0x7f && cp <= 0xa0) || cp == 0xad || cp == 0x61c ||
	       cp == 0x1680 || cp == 0x180e || (cp >= 0x2000 && cp <= 0x200f) ||
	       (cp >= 0x2028 && cp <= 0x202f) || (cp >= 0x205f && cp <= 0x206f) || cp == 0x3000 ||
	       cp == 0xfeff || (cp >= 0xfff9 && cp <= 0xfffb) || (cp >= 0xfdd0 && cp <= 0xfdef) ||
	       (cp & 0xfffe) == 0xfffe || (cp >= 0xe0000 && cp <= 0xe007f);
}

int pol_id_check(const char *s, size_t n, const char **why)
{
	const char *w = NULL;
	if (!s || n == 0)
		w = "is empty";
	else if (n > POL_ID_MAX)
		w = "is longer than 256 bytes";
	else if (s[0] == ' ' || s[n - 1] == ' ')
		w = "starts or ends with a space";
	for (size_t i = 0; !w && i < n;) {
		size_t k = 0;
		long cp = utf8_next((const unsigned char *)s + i, n - i, &k);
		if (cp < 0)
			w = "is not valid UTF-8";
		else if (unsafe_cp(cp))
			w = "holds a control, invisible or non-space whitespace character";
		i += k;
	}
	if (why)
		*why = w;
	return w ? POL_EARG : 0;
}

int pol_issuer_check(const char *s, size_t n)
{
	if (!s || n == 0 || n > POL_ISSUER_MAX)
		return POL_EARG;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '_' || c == '-' || c == '.'))
			return POL_EARG;
	}
	return 0;
}

/* A service name as certificates give it: 1..255 printable ASCII, no space. */
static int svc_name_ok(const char *s, size_t n)
{
	if (n == 0 || n > POL_SVC_MAX)
		return 0;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] <= 0x20 || (unsigned char)s[i] >= 0x7f)
			return 0;
	return 1;
}

int pol_principal_parse(const char *s, size_t n, pol_principal *out, const char **why)
{
	static const char grammar[] =
		"a principal is svc:NAME, user:ISSUER/SUB or group:ISSUER/NAME";
	pol_principal p;
	const char *w = NULL, *rest = NULL;
	size_t rn = 0;
	memset(&p, 0, sizeof p);
	if (!s || n > POL_PRINCIPAL_MAX) {
		w = "a principal is at most 400 bytes";
		goto out;
	}
	if (n > 4 && !memcmp(s, "svc:", 4)) {
		p.kind = POL_PRINCIPAL_SVC;
		rest = s + 4;
		rn = n - 4;
	} else if (n > 5 && !memcmp(s, "user:", 5)) {
		p.kind = POL_PRINCIPAL_USER;
		rest = s + 5;
		rn = n - 5;
	} else if (n > 6 && !memcmp(s, "group:", 6)) {
		p.kind = POL_PRINCIPAL_GROUP;
		rest = s + 6;
		rn = n - 6;
	} else {
		w = grammar;
		goto out;
	}
	if (p.kind == POL_PRINCIPAL_SVC) {
		if (!svc_name_ok(rest, rn))
			w = "a svc: name is 1..255 printable ASCII characters without spaces";
		p.id = rest;
		p.id_len = rn;
		goto out;
	}
	const char *slash = memchr(rest, '/', rn);
	if (!slash) {
		w = grammar;
		goto out;
	}
	p.issuer = rest;
	p.issuer_len = (size_t)(slash - rest);
	p.id = slash + 1;
	p.id_len = rn - p.issuer_len - 1;
	if (pol_issuer_check(p.issuer, p.issuer_len)) {
		w = "the issuer of a user: or group: principal is 1..64 of A-Z a-z 0-9 _ . -";
		goto out;
	}
	const char *idw = NULL;
	if (pol_id_check(p.id, p.id_len, &idw))
		w = p.kind == POL_PRINCIPAL_USER
			    ? "the SUB of user:ISSUER/SUB is 1..256 bytes of UTF-8 without control, "
			      "invisible or non-space whitespace characters, or spaces at either end"
			    : "the NAME of group:ISSUER/NAME is 1..256 bytes of UTF-8 without control, "
			      "invisible or non-space whitespace characters, or spaces at either end";
out:
	if (why)
		*why = w;
	if (w)
		return POL_EARG;
	if (out)
		*out = p;
	return 0;
}

int pol_principal_ok(const char *s)
{
	return s && pol_principal_parse(s, strlen(s), NULL, NULL) == 0;
}

const char *pol_principal_kind_name(int kind)
{
	switch (kind) {
	case POL_PRINCIPAL_SVC:
		return "svc";
	case POL_PRINCIPAL_USER:
		return "user";
	case POL_PRINCIPAL_GROUP:
		return "group";
	default:
		return NULL;
	}
}

int pol_purpose_check(const char *s, size_t n)
{
	if (!s || n == 0 || n > POL_PURPOSE_MAX)
		return POL_EARG;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || (unsigned char)s[i] > 0x7e)
			return POL_EARG;
	return 0;
}

const char *pol_principal_kind(const char *s)
{
	pol_principal p;
	if (!s || pol_principal_parse(s, strlen(s), &p, NULL))
		return NULL;
	return pol_principal_kind_name(p.kind);
}
