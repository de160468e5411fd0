/* proxymap: the rules that map a request a proxy asks about (nginx
 * auth_request, Envoy ext_authz) to a policy action and a resource:
 *
 *     METHOD /path/with/{id}/and/rest ACTION   ("rest" may be "*")
 *
 * METHOD is an HTTP method or "*"; the path's segments are literals, at most
 * one "{id}" (one segment of [A-Za-z0-9._~-], the resource id) and a final
 * "*" (any rest, nothing included). The resource type is the action's part
 * before ':' ("conversation:read" -> "conversation"). The query string is
 * not looked at. A path that is not in normal form ("//", "." or ".."
 * segments, '%' escapes, control characters) matches no rule: the proxy may
 * have routed on another reading of it, so it is refused (fail closed).
 * Parsed once at configuration time ([proxy] rule.NAME, docs/PROXIES.md);
 * matching is pure and thread-safe. */
#ifndef CUSTOS_PROXYMAP_H
#define CUSTOS_PROXYMAP_H

#include <stddef.h>

#define PROXY_MAX_RULES 64
#define PROXY_PATH_MAX  256
#define PROXY_ID_MAX    128

struct proxy_rule {
	char method[16];
	char path[PROXY_PATH_MAX];
	char action[64];
	char type[64];
	char name[64]; /* the key's NAME, for the audit entry */
};

/* Parses "METHOD PATH ACTION" into *out (name copied). 0, or -1 with a
 * message in err. The action must be in the policy vocabulary. */
int proxy_rule_parse(const char *name, const char *text, struct proxy_rule *out, char *err,
		     size_t errsz);

/* The first rule matching method and uri (the path, a query after '?'
 * ignored), or NULL; id[] receives the "{id}" segment ("" when the rule has
 * none). */
const struct proxy_rule *proxy_rules_match(const struct proxy_rule *rules, size_t n,
					   const char *method, const char *uri,
					   char id[PROXY_ID_MAX + 1]);

#endif
