/* secret_config.c: secrets in the forms configuration files give them
 * beyond "key = value":
 *
 *   <password>DpQ*0PeGZX!ahz</password>       an XML element named like a
 *   <secretKey>SMKWAYUVceib...</secretKey>     secret (Jenkins, Maven, .NET)
 *   requirepass Adm1n-Papaya64                 Redis's directives, a space
 *   masterauth K8YbT8IZ3WoMj*kQu               between name and value
 *   Authorization "Basic YWRtaW46UWkw..."      credentials after their scheme
 *                                              word, whatever the separator
 *
 * The value must not be a placeholder or something else (sc_placeholder,
 * sc_other_value); an element's value ends at its closing tag on the same
 * line. */
#include <string.h>

#include "secret_int.h"

/* At '<': an element whose name names a password or a secret. */
unsigned sc_detect_xml(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, ns = c->ms + 1, ne = ns;
	while (ne < len && ne - ns < 40 && (rx_is_alnum((unsigned char)s[ne]) || rx_in("_-.:", s[ne])))
		ne++;
	if (ne == ns || ne >= len || s[ne] != '>' || !sc_secret_key(s, ns, ne))
		return 0;
	size_t vs = ne + 1, ve = vs;
	while (ve < len && ve - vs < 512 && s[ve] != '<' && s[ve] != '\n')
		ve++;
	/* the closing tag of the same name */
	size_t nl = ne - ns;
	if (ve + 3 + nl > len || s[ve] != '<' || s[ve + 1] != '/' || memcmp(s + ve + 2, s + ns, nl) != 0 ||
	    s[ve + 2 + nl] != '>')
		return 0;
	while (vs < ve && (s[vs] == ' ' || s[vs] == '\t'))
		vs++;
	while (ve > vs && (s[ve - 1] == ' ' || s[ve - 1] == '\t'))
		ve--;
	if (ve - vs < 4 || sc_placeholder(s + vs, ve - vs) || sc_other_value(s + vs, ve - vs))
		return 0;
	return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
}

static const char *const directive_words[] = {"requirepass", "masterauth", "masterpass", NULL};
struct rx_kwset sc_directive_kws = RX_KWSET(directive_words);

/* "requirepass <value>" at a line's start. */
unsigned sc_detect_directive(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t ls = rx_line_start(s, c->ms), i = ls;
	while (i < c->ms && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i != c->ms || c->me >= c->len || (s[c->me] != ' ' && s[c->me] != '\t'))
		return 0;
	size_t vs, raw, ve = sc_value_at(s, c->len, c->me, &vs, &raw);
	if (ve - vs < 4 || sc_placeholder(s + vs, ve - vs) || sc_other_value(s + vs, ve - vs))
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
