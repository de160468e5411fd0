/* decision: GET /v1/whoami (the caller's own identity; no decision, not
 * audited when it succeeds, though identifying refuses a bad token (401) or
 * a revoked identity (403), both recorded) and POST /v1/authorize, the
 * policy decision point for other proxies. It decides for the caller's own
 * identity, or for a subject named in the body when the caller may
 * "authorize": by the subject's own token ("token", verified and
 * revocation-checked exactly like a Bearer token), or by principal
 * ("subject", with the "groups" the caller vouches for). A named subject,
 * group or token id that is revoked is a deny with reason "revoked". The
 * decision is recorded like any other and answered with 200 whatever it is
 * (docs/API.md, "The decision point"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "authz.h"
#include "buf.h"
#include "handlers.h"
#include "identity.h"
#include "jwt_verify.h"
#include "req.h"

/* The answers are written without a tree (docs/PERFORMANCE.md, phase 4);
 * the tree is the answer only where that cannot be done (a text that is not
 * UTF-8, or an answer over REPLY_MAX, far more than the few hundred bytes
 * these are), so the bytes are the same either way. */
#define REPLY_MAX (64 * 1024)

void h_whoami_act(struct req *r)
{
	struct buf b;
	buf_init(&b, REPLY_MAX);
	if (ident_whoami_dump(r->who, r->client, r->cert_sha256, &b)) {
		buf_free(&b);
		req_reply(r, 200, ident_whoami_json(r->who, r->client, r->cert_sha256));
		return;
	}
	req_reply_json_buf(r, 200, &b);
}

static int str_field(json_t *body, const char *key, size_t max, const char **out)
{
	json_t *v = json_object_get(body, key);
	*out = NULL;
	if (!v)
		return 0;
	if (!json_is_string(v) || json_string_length(v) == 0 || json_string_length(v) > max ||
	    strlen(json_string_value(v)) != json_string_length(v))
		return -1;
	*out = json_string_value(v);
	return 0;
}

/* What the body asks about, checked; kept for the decision. */
struct ask {
	json_t *body;
	const char *action, *purpose, *subject, *token;
	const char *groups[JWTV_MAX_GROUPS];
	size_t ngroups;
	int has_groups;
	const json_t *res;
	char *res_name; /* "type/id" of the resource attributes, or NULL */
};

static void ask_free(void *p)
{
	struct ask *a = p;
	json_decref(a->body);
	free(a->res_name);
	free(a);
}

/* NULL, or why the body is bad (static). */
static const char *parse_ask(json_t *body, struct ask *a)
{
	static const char *const known[] = {"action", "purpose", "subject",
					    "token",  "groups",  "resource"};
	const char *key;
	json_t *v;
	json_object_foreach (body, key, v) {
		size_t i = 0;
		while (i < sizeof known / sizeof known[0] && strcmp(key, known[i]))
			i++;
		if (i == sizeof known / sizeof known[0])
			return "unknown member in the body (action, purpose, subject, token, groups, "
			       "resource)";
	}
	if (str_field(body, "action", 64, &a->action) || !a->action || !pol_action_known(a->action))
		return "\"action\" must name a known action";
	if (str_field(body, "purpose", POL_PURPOSE_MAX, &a->purpose) ||
	    (a->purpose && pol_purpose_check(a->purpose, strlen(a->purpose))))
		return "\"purpose\" must be 1-256 printable ASCII characters";
	if (str_field(body, "subject", POL_PRINCIPAL_MAX, &a->subject) ||
	    (a->subject && !pol_principal_ok(a->subject)))
		return "\"subject\" must be a principal: svc:NAME, user:ISSUER/SUB or "
		       "group:ISSUER/NAME (docs/POLICY.md)";
	if (str_field(body, "token", JWTV_MAX_TOKEN, &a->token))
		return "\"token\" must be the subject's JWT (a non-empty string of at most 8192 bytes)";
	json_t *g = json_object_get(body, "groups");
	if (g) {
		size_t i;
		json_t *x;
		a->has_groups = 1;
		if (!a->subject || a->token)
			return "\"groups\" goes with \"subject\" (a token brings its own groups)";
		if (!json_is_array(g) || json_array_size(g) > JWTV_MAX_GROUPS)
			return "\"groups\" must be an array of at most 64 group principals";
		json_array_foreach (g, i, x) {
			pol_principal p;
			const char *gs = json_string_value(x);
			if (!gs || pol_principal_parse(gs, json_string_length(x), &p, NULL) ||
			    p.kind != POL_PRINCIPAL_GROUP)
				return "\"groups\" must hold group principals (group:ISSUER/NAME)";
			a->groups[a->ngroups++] = gs;
		}
	}
	a->res = json_object_get(body, "resource");
	if (a->res && !json_is_object(a->res))
		return "\"resource\" must be an object";
	return NULL;
}

/* "type/id" of the resource attributes, or NULL. */
static char *resource_name(const json_t *res)
{
	const char *type = json_string_value(json_object_get(res, "type"));
	const char *id = json_string_value(json_object_get(res, "id"));
	char *s = NULL;
	if (type && id && asprintf(&s, "%s/%s", type, id) < 0)
		s = NULL;
	else if (type && !id && asprintf(&s, "%s", type) < 0)
		s = NULL;
	return s;
}

int h_authorize_load(struct req *r)
{
	struct ask *a = req_state_new(r, sizeof *a, ask_free);
	if (!a || req_body_json(r, &a->body))
		return PIPE_SEND;
	const char *bad = parse_ask(a->body, a);
	if (bad) {
		req_error(r, 400, "bad_request", "%s", bad);
		return PIPE_SEND;
	}
	a->res_name = resource_name(a->res);
	if (a->purpose)
		snprintf(r->who->purpose, sizeof r->who->purpose, "%s", a->purpose);
	return PIPE_NEXT;
}

/* The entry of the decision in r->decision about subject (NULL: the
 * caller), recorded before the answer. */
static int record(struct req *r, const struct ask *a, const char *subject, const char *source,
		  const char *revoked_by)
{
	const pol_decision *d = &r->decision;
	json_t *e = req_entry(r, d->allow ? "allow" : "deny", a->action, a->res_name, d, NULL);
	if (e && (subject || a->token)) {
		/* A refused token names nobody we can trust: subject null. */
		json_object_set_new(e, "subject", subject ? json_string(subject) : json_null());
		json_object_set_new(e, "asked_by", json_string(r->who->subject));
		json_object_set_new(e, "subject_from", json_string(source));
	}
	if (e && revoked_by)
		json_object_set_new(e, "revoked", json_string(revoked_by));
	if (e && json_object_get(e, "via")) /* asked through the console */
		json_object_set_new(e, "console", json_true());
	if (e) /* a question, not the act: "via" says so even on the console */
		json_object_set_new(e, "via", json_string("authorize"));
	req_record(r, e);
	return PIPE_NEXT;
}

static int decide_for(struct req *r, struct ask *a, struct identity **as)
{
	struct ident_ctx c = {.idp = r->app->idp,
			      .cert_sha256 = r->cert_sha256,
			      .store = r->app->store,
			      .admins = r->app->admins,
			      .nadmins = r->app->nadmins};
	int jrc = JWTV_OK;
	const char *source = a->token ? "token" : "subject";
	if (a->token) {
		jrc = ident_of_token(&c, a->token, strlen(a->token), time(NULL), as);
		if (jrc == CUSTOS_E_NOMEM) {
			req_error(r, 500, "internal", "out of memory");
			return PIPE_SEND;
		}
		if (*as && a->subject && strcmp(a->subject, (*as)->subject)) {
			req_error(r, 400, "bad_request",
				  "\"subject\" names another subject than \"token\"");
			return PIPE_SEND;
		}
	} else if (a->subject && (a->has_groups || strcmp(a->subject, r->who->subject))) {
		if (ident_named(&c, a->subject, a->groups, a->ngroups, as)) {
			req_error(r, 500, "internal", "out of memory");
			return PIPE_SEND;
		}
	}
	/* Asking about one's own identity (no body subject, the caller's own
	 * principal, or a token of the caller's own subject) needs no permission;
	 * everything else, a refused token included, needs "authorize". */
	int named = jrc != JWTV_OK ||
		    (*as && (a->has_groups || strcmp((*as)->subject, r->who->subject)));
	if (named) {
		pol_decision d;
		if (req_decide(r, "authorize", a->res, NULL, NULL, 0, &d))
			return PIPE_SEND;
		int allow = d.allow;
		if (!allow)
			req_deny(r, "authorize", a->res_name, &d);
		pol_decision_clear(&d);
		if (!allow)
			return PIPE_SEND;
	}
	pol_decision_clear(&r->decision);
	if (jrc != JWTV_OK) {
		authz_refused(r->app->policy, &r->decision, jwtv_code(jrc));
		return record(r, a, a->subject, source, NULL);
	}
	if (*as) {
		const char *what = NULL;
		int rev = ident_revoked(&c, *as, NULL, NULL, &what);
		if (rev < 0) {
			req_error(r, 503, "store_unavailable",
				  "revocations could not be checked; refusing");
			return PIPE_SEND;
		}
		if (rev > 0) {
			authz_refused(r->app->policy, &r->decision, "revoked");
			return record(r, a, (*as)->subject, source, what);
		}
	}
	if (req_decide(r, a->action, a->res, *as, NULL, 0, &r->decision))
		return PIPE_SEND;
	return record(r, a, *as ? (*as)->subject : NULL, source, NULL);
}

int h_authorize_decide(struct req *r)
{
	struct identity *as = NULL;
	int rc = decide_for(r, r->state, &as);
	ident_free(as);
	return rc;
}

void h_authorize_act(struct req *r)
{
	struct buf b;
	buf_init(&b, REPLY_MAX);
	if (authz_decision_dump(&r->decision, 0, &r->audit_seq, &b)) {
		buf_free(&b);
		json_t *o = authz_decision_json(&r->decision, 0);
		if (o)
			json_object_set_new(o, "decision_id",
					    json_integer((json_int_t)r->audit_seq));
		req_reply(r, 200, o);
		return;
	}
	req_reply_json_buf(r, 200, &b);
}
