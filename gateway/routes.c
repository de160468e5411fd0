/* routes: the route table and a small matcher over raw path segments.
 * MHD's own unescaping is switched off (server.c) so that an encoded '/'
 * inside a parameter stays inside it; parameters are decoded here. */
#include "routes.h"

#include <stdlib.h>
#include <string.h>

#include "handlers.h"
#include "hex.h"

#define PARAM_MAX 512

/* Order matters only where patterns overlap: the first match wins. */
static const struct route table[] = {
	{"GET", "/v1/whoami", NULL, h_whoami},
	{"POST", "/v1/authorize", "authorize", h_authorize},

	{"POST", "/v1/conversations", "conversation:create", h_conv_create},
	{"GET", "/v1/conversations", "conversation:list", h_conv_list},
	{"POST", "/v1/conversations/{}/messages", "conversation:append", h_conv_append},
	{"PUT", "/v1/conversations/{}/hold", "conversation:hold", h_conv_hold},
	{"GET", "/v1/conversations/{}", "conversation:read", h_conv_read},
	{"DELETE", "/v1/conversations/{}", "conversation:delete", h_conv_delete},

	{"PUT", "/v1/users/{}/consent", "user:consent", h_user_consent},
	{"GET", "/v1/users/{}/export", "user:export", h_user_export},
	{"GET", "/v1/users/{}/access-log", "user:export", h_user_access_log},
	{"DELETE", "/v1/users/{}", "user:erase", h_user_erase},
	{"POST", "/v1/concerns", "concern:create", h_concern_create},
	{"GET", "/v1/concerns", "concern:read", h_concerns_list},

	{"GET", "/v1/roles", "policy:read", h_roles_list},
	{"GET", "/v1/roles/{}", "policy:read", h_role_get},
	{"PUT", "/v1/roles/{}", "policy:write", h_role_put},
	{"DELETE", "/v1/roles/{}", "policy:write", h_role_delete},
	{"GET", "/v1/bindings", "policy:read", h_bindings_list},
	{"GET", "/v1/bindings/{...}", "policy:read", h_binding_get},
	{"PUT", "/v1/bindings/{...}", "policy:write", h_binding_put},
	{"DELETE", "/v1/bindings/{...}", "policy:write", h_binding_delete},
	{"GET", "/v1/policy/versions", "policy:read", h_policy_versions},
	{"POST", "/v1/policy/rollback", "policy:write", h_policy_rollback},
	{"POST", "/v1/policy/simulate", "policy:read", h_policy_simulate},

	{"GET", "/v1/revocations", "revocation:write", h_revocations_list},
	{"POST", "/v1/revocations", "revocation:write", h_revocation_add},
	{"DELETE", "/v1/revocations", "revocation:write", h_revocation_remove},

	{"GET", "/v1/audit", "audit:read", h_audit_query},
	{"GET", "/v1/audit/verify", "audit:read", h_audit_verify},
	{"GET", "/v1/alerts", "alert:read", h_alerts},
};

char *routes_pct_decode(const char *s, size_t n, size_t max)
{
	char *out = malloc(n + 1);
	if (!out)
		return NULL;
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '%') {
			if (i + 2 >= n) {
				free(out);
				return NULL;
			}
			int h = hex_digit(s[i + 1]), l = hex_digit(s[i + 2]);
			if (h < 0 || l < 0 || (h == 0 && l == 0)) {
				free(out);
				return NULL;
			}
			c = (char)(h * 16 + l);
			i += 2;
		} else if (c == '\0') {
			free(out);
			return NULL;
		}
		out[o++] = c;
	}
	out[o] = '\0';
	if (o > max) {
		free(out);
		return NULL;
	}
	return out;
}

/* Matches path against pattern; on success stores params in r. 1 = match,
 * 0 = no match, -1 = bad encoding. */
static int match(const char *pattern, const char *path, struct req *r)
{
	const char *p = pattern, *s = path;
	size_t np = 0;
	char *params[HTTP_MAX_PARAMS] = {0};
	int rc = 0;
	while (*p && *s) {
		if (p[0] == '{' && p[1] == '.') { /* "{...}": the rest */
			if (!*s || np == HTTP_MAX_PARAMS)
				goto out;
			params[np] = routes_pct_decode(s, strlen(s), PARAM_MAX);
			if (!params[np]) {
				rc = -1;
				goto out;
			}
			np++;
			s += strlen(s);
			p += 5;
			break;
		}
		if (p[0] == '{') { /* "{}": one segment */
			const char *e = strchr(s, '/');
			size_t n = e ? (size_t)(e - s) : strlen(s);
			if (n == 0 || np == HTTP_MAX_PARAMS)
				goto out;
			params[np] = routes_pct_decode(s, n, PARAM_MAX);
			if (!params[np]) {
				rc = -1;
				goto out;
			}
			np++;
			s += n;
			p += 2;
			continue;
		}
		if (*p != *s)
			goto out;
		p++;
		s++;
	}
	if (*p || *s)
		goto out;
	for (size_t i = 0; i < np; i++) {
		r->params[i] = params[i];
		params[i] = NULL;
	}
	r->nparams = np;
	rc = 1;
out:
	for (size_t i = 0; i < np; i++)
		free(params[i]);
	return rc;
}

int routes_match(const char *method, const char *path, struct req *r)
{
	int path_known = 0;
	for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
		int m = match(table[i].pattern, path, r);
		if (m < 0)
			return ROUTE_BAD_PATH;
		if (m == 0)
			continue;
		if (strcmp(table[i].method, method) == 0) {
			r->route = &table[i];
			return ROUTE_OK;
		}
		for (size_t k = 0; k < r->nparams; k++)
			free(r->params[k]);
		r->nparams = 0;
		path_known = 1;
	}
	return path_known ? ROUTE_BAD_METHOD : ROUTE_NOT_FOUND;
}
