/* handlers_authz: POST /v1/authorize, the policy decision point for other
 * proxies. It decides for the caller's own identity, or for a subject named
 * in the body when the caller may "authorize": by the subject's own token
 * ("token", verified and revocation-checked exactly like a Bearer token), or
 * by principal ("subject", with the "groups" the caller vouches for). A named
 * subject, group or token id that is revoked is a deny with reason
 * "revoked". The decision is recorded like any other and answered with 200
 * whatever it is (docs/API.md, "The decision point"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "authz.h"
#include "guard.h"
#include "identity.h"
#include "handlers.h"
#include "jwt_verify.h"
#include "policy.h"

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

/* What the body asks about, checked. */
struct ask {
	const char *action, *purpose, *subject, *token;
	const char *groups[JWTV_MAX_GROUPS];
	size_t ngroups;
	int has_groups;
	const json_t *res;
};

/* NULL, or why the body is bad (static). */
static const char *parse_ask(json_t *body, struct ask *a)
{
	static const char *const known[] = {"action", "purpose", "subject", "token",
					    "groups", "resource"};
	const char *key;
	json_t *v;
	memset(a, 0, sizeof *a);
	json_object_foreach(body, key, v) {
		size_t i = 0;
		while (i < sizeof known / sizeof known[0] && strcmp(key, known[i]))
			i++;
		if (i == sizeof known / sizeof known[0])
			return "unknown member in the body (action, purpose, subject, token, groups, "
			       "resource)";
	}
	if (str_field(body, "action", 64, &a->action) || !a->action ||
	    !pol_action_known(a->action))
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
		json_array_foreach(g, i, x) {
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

/* Records the decision in r->decision about subject (NULL: the caller)
 * and lets phase 1 answer it once durable. */
static void record(struct req *r, const struct ask *a, const char *res_name,
		   const char *subject, const char *source, const char *revoked_by)
{
	pol_decision *dd = &r->decision;
	json_t *e = guard_entry(r, dd->allow ? "allow" : "deny", a->action, res_name, dd, NULL);
	if (e && subject) {
		json_object_set_new(e, "subject", json_string(subject));
		json_object_set_new(e, "asked_by", json_string(r->who->subject));
		json_object_set_new(e, "subject_from", json_string(source));
	} else if (e && a->token) {
		/* A refused token names nobody we can trust. */
		json_object_set_new(e, "subject", json_null());
		json_object_set_new(e, "asked_by", json_string(r->who->subject));
		json_object_set_new(e, "subject_from", json_string(source));
	}
	if (e && revoked_by)
		json_object_set_new(e, "revoked", json_string(revoked_by));
	if (e)
		json_object_set_new(e, "via", json_string("authorize"));
	http_record(r, e, 1);
}

static void authorize_decide(struct req *r)
{
	json_t *body = NULL;
	char *res_name = NULL;
	struct identity *as = NULL;
	struct ask a;
	pol_decision d;
	memset(&d, 0, sizeof d);
	if (http_body_json(r, &body))
		goto out;
	const char *bad = parse_ask(body, &a);
	if (bad) {
		http_reply_error(r, 400, "bad_request", "%s", bad);
		goto out;
	}
	res_name = resource_name(a.res);
	if (a.purpose)
		snprintf(r->who->purpose, sizeof r->who->purpose, "%s", a.purpose);

	struct ident_ctx ic = guard_ident_ctx();
	int jrc = JWTV_OK;
	const char *source = a.token ? "token" : "subject";
	if (a.token) {
		jrc = ident_of_token(&ic, a.token, strlen(a.token), time(NULL), &as);
		if (jrc == CUSTOS_E_NOMEM) {
			http_reply_error(r, 500, "internal", "out of memory");
			goto out;
		}
		if (as && a.subject && strcmp(a.subject, as->subject)) {
			http_reply_error(r, 400, "bad_request",
					 "\"subject\" names another subject than \"token\"");
			goto out;
		}
	} else if (a.subject && (a.has_groups || strcmp(a.subject, r->who->subject))) {
		if (ident_named(&ic, a.subject, a.groups, a.ngroups, &as)) {
			http_reply_error(r, 500, "internal", "out of memory");
			goto out;
		}
	}
	/* Asking about one's own identity (no body subject, the caller's own
	 * principal, or a token of the caller's own subject) needs no permission;
	 * everything else, a refused token included, needs "authorize". */
	int named = jrc != JWTV_OK || (as && (a.has_groups || strcmp(as->subject, r->who->subject)));
	if (named) {
		if (guard_decide(r, "authorize", a.res, NULL, NULL, 0, &d))
			goto out;
		if (!d.allow) {
			guard_deny(r, "authorize", res_name, &d);
			goto out;
		}
		pol_decision_clear(&d);
	}
	pol_decision *dd = &r->decision;
	pol_decision_clear(dd);
	if (jrc != JWTV_OK) {
		authz_refused(g_app.policy, dd, jwtv_code(jrc));
		record(r, &a, res_name, a.subject, source, NULL);
		goto out;
	}
	if (as) {
		const char *what = NULL;
		int rev = ident_revoked(&ic, as, NULL, NULL, &what);
		if (rev < 0) {
			http_reply_error(r, 503, "store_unavailable",
					 "revocations could not be checked; refusing");
			goto out;
		}
		if (rev > 0) {
			authz_refused(g_app.policy, dd, "revoked");
			record(r, &a, res_name, as->subject, source, what);
			goto out;
		}
	}
	if (guard_decide(r, a.action, a.res, as, NULL, 0, dd))
		goto out;
	record(r, &a, res_name, as ? as->subject : NULL, source, NULL);
out:
	pol_decision_clear(&d);
	ident_free(as);
	json_decref(body);
	free(res_name);
}

void h_authorize(struct req *r)
{
	if (r->phase == 0) {
		if (guard_identify(r, "authorize", NULL))
			return;
		authorize_decide(r);
		return;
	}
	json_t *o = authz_decision_json(&r->decision, 0);
	if (o)
		json_object_set_new(o, "decision_id", json_integer((json_int_t)r->decision_id));
	http_reply_json(r, 200, o);
}
