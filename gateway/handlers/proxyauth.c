/* proxyauth: the decision point for proxies in front (nginx auth_request,
 * Envoy ext_authz in HTTP service mode; docs/PROXIES.md). A proxy named in
 * [proxy] trusted asks about the request its own client made:
 *
 *   GET /v1/proxy/auth          the original method and URI in
 *                               X-Original-Method and X-Original-URI (nginx)
 *   METHOD /v1/proxy/auth/PATH  the original method, and path "/PATH"
 *                               (Envoy's path_prefix)
 *
 * with the client's certificate in X-Client-Cert (nginx's
 * $ssl_client_escaped_cert) or the Cert= of X-Forwarded-Client-Cert (Envoy),
 * and the client's own Authorization and X-Access-Purpose. The [proxy] rules
 * map method and path to an action and a resource; the decision is made for
 * the forwarded client exactly as for a request of its own (a conversation's
 * attributes come from the vault), recorded, and answered 200 (allow: the
 * hidden types in X-Custos-Hidden for the proxy to pass on) or 403 (deny,
 * no rule); 401 for a missing or refused forwarded certificate or token.
 * Every answer names its entry in X-Decision-Id. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "handlers.h"
#include "proxymap.h"
#include "req.h"
#include "vault.h"

struct pstate {
	const struct proxy_rule *rule;
	char id[PROXY_ID_MAX + 1];
	char method[16];
	char proxy[POL_PRINCIPAL_MAX + 1];
};

static int trusted(const struct app *a, const char *client)
{
	for (size_t i = 0; i < a->nproxy_trusted; i++)
		if (!strcmp(a->proxy_trusted[i], client))
			return 1;
	return 0;
}

/* Members every entry of this route carries. */
static int set_extra(struct req *r, const struct pstate *s, const char *uri_rule)
{
	if (!r->extra)
		r->extra = json_object();
	if (!r->extra || json_object_set_new(r->extra, "via", json_string("proxy")) ||
	    json_object_set_new(r->extra, "proxy", json_string(s->proxy)) ||
	    json_object_set_new(r->extra, "proxy_rule",
				uri_rule ? json_string(uri_rule) : json_null())) {
		req_error(r, 500, "internal", "out of memory");
		return -1;
	}
	return 0;
}

/* A 403 on the route's own terms (not a policy decision), recorded. */
static int refuse(struct req *r, const char *reason, const char *msg)
{
	req_error(r, 403, "forbidden", "%s", msg);
	json_t *e = req_entry(r, "deny", r->route->action, r->resource, NULL, reason);
	if (e && r->extra)
		json_object_update(e, r->extra);
	req_record(r, e);
	return PIPE_SEND;
}

/* The Cert="..." of an X-Forwarded-Client-Cert element (the first), or
 * NULL; *len its length. */
static const char *xfcc_cert(const char *x, size_t *len)
{
	const char *c = strstr(x, "Cert=\"");
	if (!c)
		return NULL;
	c += 6;
	const char *e = strchr(c, '"');
	if (!e)
		return NULL;
	*len = (size_t)(e - c);
	return c;
}

void h_proxy_name(struct req *r, char *out, size_t outsz)
{
	(void)r;
	snprintf(out, outsz, "request");
}

int h_proxy_auth_load(struct req *r)
{
	struct pstate *s = req_state_new(r, sizeof *s, NULL);
	if (!s)
		return PIPE_SEND;
	snprintf(s->proxy, sizeof s->proxy, "%s", r->client);
	if (set_extra(r, s, NULL))
		return PIPE_SEND;
	if (!trusted(r->app, r->client))
		return refuse(r, "not_a_trusted_proxy",
			      "this client is not a trusted proxy ([proxy] trusted)");

	/* What the proxy's client asked: nginx names it in headers, Envoy in
	 * the method and the path after the prefix. */
	const char *method = req_header(r, "X-Original-Method");
	const char *uri = req_header(r, "X-Original-URI");
	char path[2048 + 2];
	if (r->nparams > 0) {
		snprintf(path, sizeof path, "/%s", req_param(r, 0));
		uri = path;
		method = req_method(r);
	}
	if (!method || !uri) {
		req_error(r, 400, "bad_request",
			  "X-Original-Method and X-Original-URI are required");
		return PIPE_SEND;
	}
	snprintf(s->method, sizeof s->method, "%s", method);
	s->rule = proxy_rules_match(r->app->proxy_rules, r->app->nproxy_rules, method, uri, s->id);

	/* The client the proxy speaks for. */
	const char *fwd = req_header(r, "X-Client-Cert");
	size_t flen = fwd ? strlen(fwd) : 0;
	const char *xfcc = req_header(r, "X-Forwarded-Client-Cert");
	if (!fwd && xfcc)
		fwd = xfcc_cert(xfcc, &flen);
	if (req_forwarded_client(r, fwd, flen, s->proxy) != PIPE_NEXT)
		return PIPE_SEND;
	if (!s->rule) {
		snprintf(r->resource, sizeof r->resource, "request");
		return refuse(r, "no_rule", "no [proxy] rule maps this request");
	}
	if (set_extra(r, s, s->rule->name))
		return PIPE_SEND;
	json_object_set_new(r->extra, "method", json_string(s->method));
	if (s->id[0])
		snprintf(r->resource, sizeof r->resource, "%s/%s", s->rule->type, s->id);
	else
		snprintf(r->resource, sizeof r->resource, "%s", s->rule->type);

	/* The resource's attributes: a conversation's from the vault (the
	 * policy's conditions on labels, consent and hold apply as to a read
	 * of our own); anything else is its type and id. */
	json_t *attrs = NULL;
	if (!strcmp(s->rule->type, "conversation") && s->id[0]) {
		int rc = vault_meta(r->app->vault, s->id, time(NULL), &attrs);
		if (rc && rc != VAULT_E_NOTFOUND) {
			req_fail(r, rc, "the conversation's attributes could not be read");
			return PIPE_SEND;
		}
		if (attrs)
			json_object_set(r->extra, "user", json_object_get(attrs, "user_pseudonym"));
	}
	if (!attrs)
		attrs = s->id[0] ? json_pack("{s:s,s:s}", "type", s->rule->type, "id", s->id)
				 : json_pack("{s:s}", "type", s->rule->type);
	r->attrs = attrs;
	return PIPE_NEXT;
}

int h_proxy_auth_decide(struct req *r)
{
	const struct pstate *s = r->state;
	return req_decide_record(r, s->rule->action);
}

/* "a, b" of a JSON array of strings, cut to fit. */
static void join(const json_t *a, char *out, size_t outsz)
{
	size_t i, o = 0;
	json_t *v;
	out[0] = '\0';
	json_array_foreach (a, i, v) {
		int n = snprintf(out + o, outsz - o, "%s%s", o ? ", " : "", json_string_value(v));
		if (n < 0 || (size_t)n >= outsz - o)
			break;
		o += (size_t)n;
	}
}

void h_proxy_auth_act(struct req *r)
{
	const struct pstate *s = r->state;
	char hidden[1024];
	req_reply(r, 200, NULL);
	join(r->decision.redact, hidden, sizeof hidden);
	req_add_header(r, "X-Custos-Hidden", hidden);
	join(r->decision.reveal, hidden, sizeof hidden);
	req_add_header(r, "X-Custos-Reveal", hidden);
	req_add_header(r, "X-Custos-Subject", r->who->subject);
	req_add_header(r, "X-Custos-Rule", r->decision.rule);
	req_add_header(r, "X-Custos-Action", s->rule->action);
}
