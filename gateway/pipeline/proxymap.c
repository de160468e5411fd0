/* proxymap: request -> (action, resource) rules for proxies in front. */
#include "proxymap.h"

#include <stdio.h>
#include <string.h>

#include "errbuf.h"
#include "policy.h"

static int id_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '.' || c == '_' || c == '~' || c == '-';
}

static int method_ok(const char *m, size_t n)
{
	if (n == 1 && m[0] == '*')
		return 1;
	if (n == 0 || n >= sizeof((struct proxy_rule *)0)->method)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (m[i] < 'A' || m[i] > 'Z')
			return 0;
	return 1;
}

/* A pattern: "/" then segments; "{id}" at most once, "*" only last. */
static int pattern_ok(const char *p, const char **why)
{
	int ids = 0;
	*why = "the path must start with '/'";
	if (p[0] != '/')
		return 0;
	for (const char *s = p + 1; *s;) {
		const char *e = strchr(s, '/');
		size_t n = e ? (size_t)(e - s) : strlen(s);
		if (n == 4 && !strncmp(s, "{id}", 4)) {
			*why = "at most one {id}";
			if (ids++)
				return 0;
		} else if (n == 1 && s[0] == '*') {
			*why = "'*' must be the last segment";
			if (e)
				return 0;
		} else {
			*why = "segments are [A-Za-z0-9._~-], {id} or a final *";
			if (n == 0 && e)
				return 0;
			for (size_t i = 0; i < n; i++)
				if (!id_char(s[i]))
					return 0;
			if ((n == 1 && s[0] == '.') || (n == 2 && !strncmp(s, "..", 2)))
				return 0;
		}
		s = e ? e + 1 : s + n;
	}
	return 1;
}

int proxy_rule_parse(const char *name, const char *text, struct proxy_rule *out, char *err,
		     size_t errsz)
{
	char m[32], path[PROXY_PATH_MAX + 1], action[64], extra[2];
	const char *why = NULL;
	memset(out, 0, sizeof *out);
	if (strlen(text) > 400 ||
	    sscanf(text, "%31s %256s %63s %1s", m, path, action, extra) != 3) {
		errbuf_set(err, errsz, "expected \"METHOD /path ACTION\"");
		return -1;
	}
	if (!method_ok(m, strlen(m))) {
		errbuf_set(err, errsz, "'%s' is not a method (GET, POST, ... or *)", m);
		return -1;
	}
	if (strlen(path) >= sizeof out->path || !pattern_ok(path, &why)) {
		errbuf_set(err, errsz, "path '%.80s': %s", path, why ? why : "too long");
		return -1;
	}
	if (!pol_action_known(action)) {
		errbuf_set(err, errsz, "'%.64s' is not an action of the policy vocabulary", action);
		return -1;
	}
	/* both lengths checked above (method_ok, the path's) */
	memcpy(out->method, m, strlen(m) + 1);
	memcpy(out->path, path, strlen(path) + 1);
	snprintf(out->action, sizeof out->action, "%s", action);
	size_t tl = strcspn(action, ":");
	snprintf(out->type, sizeof out->type, "%.*s", (int)tl, action);
	snprintf(out->name, sizeof out->name, "%s", name);
	return 0;
}

/* 1 when the path (up to '?') is in normal form. */
static int uri_normal(const char *u, size_t n)
{
	if (n == 0 || u[0] != '/')
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)u[i];
		if (c <= 0x20 || c >= 0x7f || c == '%' || c == '\\' || c == '#')
			return 0;
		if (c == '/' && i + 1 < n && u[i + 1] == '/')
			return 0;
		if (c == '/') {
			size_t k = i + 1;
			while (k < n && u[k] == '.')
				k++;
			if ((k - i - 1 == 1 || k - i - 1 == 2) && (k == n || u[k] == '/'))
				return 0;
		}
	}
	return 1;
}

static int match(const char *pat, const char *u, size_t n, char id[PROXY_ID_MAX + 1])
{
	const char *s = pat + 1, *t = u + 1, *end = u + n;
	id[0] = '\0';
	for (;;) {
		const char *pe = strchr(s, '/');
		size_t pn = pe ? (size_t)(pe - s) : strlen(s);
		const char *te = memchr(t, '/', (size_t)(end - t));
		size_t tn = te ? (size_t)(te - t) : (size_t)(end - t);
		if (pn == 1 && s[0] == '*')
			return 1;
		if (pn == 4 && !strncmp(s, "{id}", 4)) {
			if (tn == 0 || tn > PROXY_ID_MAX)
				return 0;
			for (size_t i = 0; i < tn; i++)
				if (!id_char(t[i]))
					return 0;
			memcpy(id, t, tn);
			id[tn] = '\0';
		} else if (pn != tn || strncmp(s, t, pn)) {
			return 0;
		}
		if (!pe || !te)
			return !pe && !te;
		s = pe + 1;
		t = te + 1;
	}
}

const struct proxy_rule *proxy_rules_match(const struct proxy_rule *rules, size_t n,
					   const char *method, const char *uri,
					   char id[PROXY_ID_MAX + 1])
{
	size_t un = strcspn(uri, "?");
	id[0] = '\0';
	if (!uri_normal(uri, un) || un > 2048)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		const struct proxy_rule *r = &rules[i];
		if (strcmp(r->method, "*") && strcmp(r->method, method))
			continue;
		if (match(r->path, uri, un, id))
			return r;
	}
	id[0] = '\0';
	return NULL;
}
