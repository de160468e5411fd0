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
#include "jload.h"
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
	json_t *body;     /* the tree path's body, or NULL */
	char *plain;      /* the plain path's copy of the body (its strings end in NUL) */
	json_t *groups_j; /* the plain path's "groups" and "resource" */
	json_t *res_j;
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
	free(a->plain);
	json_decref(a->groups_j);
	json_decref(a->res_j);
	free(a->res_name);
	free(a);
}

/* The members of the body, in parse_ask's order of checks. */
enum { M_ACTION, M_PURPOSE, M_SUBJECT, M_TOKEN, M_GROUPS, M_RESOURCE, M_COUNT };
static const char *const members[M_COUNT] = {"action", "purpose", "subject",
					     "token",  "groups",  "resource"};

/* The answers to a bad body (both ways of reading it give the same). */
#define BAD_ACTION  "\"action\" must name a known action"
#define BAD_PURPOSE "\"purpose\" must be 1-256 printable ASCII characters"
#define BAD_SUBJECT                                                                        \
	"\"subject\" must be a principal: svc:NAME, user:ISSUER/SUB or group:ISSUER/NAME " \
	"(docs/POLICY.md)"
#define BAD_TOKEN  "\"token\" must be the subject's JWT (a non-empty string of at most 8192 bytes)"
#define BAD_GROUPS "\"groups\" goes with \"subject\" (a token brings its own groups)"

/* The group principals of "groups" g: NULL, or why they are bad (static). */
static const char *groups_of(const json_t *g, struct ask *a)
{
	size_t i;
	json_t *x;
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
	return NULL;
}

/* NULL, or why the body is bad (static). */
static const char *parse_ask(json_t *body, struct ask *a)
{
	const char *key;
	json_t *v;
	json_object_foreach (body, key, v) {
		size_t i = 0;
		while (i < M_COUNT && strcmp(key, members[i]))
			i++;
		if (i == M_COUNT)
			return "unknown member in the body (action, purpose, subject, token, groups, "
			       "resource)";
	}
	if (str_field(body, "action", 64, &a->action) || !a->action || !pol_action_known(a->action))
		return BAD_ACTION;
	if (str_field(body, "purpose", POL_PURPOSE_MAX, &a->purpose) ||
	    (a->purpose && pol_purpose_check(a->purpose, strlen(a->purpose))))
		return BAD_PURPOSE;
	if (str_field(body, "subject", POL_PRINCIPAL_MAX, &a->subject) ||
	    (a->subject && !pol_principal_ok(a->subject)))
		return BAD_SUBJECT;
	if (str_field(body, "token", JWTV_MAX_TOKEN, &a->token))
		return BAD_TOKEN;
	json_t *g = json_object_get(body, "groups");
	if (g) {
		a->has_groups = 1;
		if (!a->subject || a->token)
			return BAD_GROUPS;
		const char *bad = groups_of(g, a);
		if (bad)
			return bad;
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

/* A member's string of at most max bytes (the plain path's str_field). */
static int plain_field(const struct jload_member *m, size_t max, const char **out)
{
	*out = m->type ? m->p : NULL;
	return m->type && (m->len == 0 || m->len > max) ? -1 : 0;
}

/* The body read without a tree (the common case: plain strings, the
 * resource object), with parse_ask's checks in its order and its answers:
 * 0 with *bad NULL or why the body is bad; 1 where parse_ask must decide
 * (anything jload_members leaves, a container that is not valid JSON: the
 * tree path then finds jansson's error), with a as it was. */
static int parse_ask_plain(const char *body, size_t len, struct ask *a, const char **bad)
{
	struct jload_member m[M_COUNT];
	*bad = NULL;
	if (!body || jload_members(body, len, members, "\"\"\"\"[{", M_COUNT, m))
		return 1;
	/* Both containers parsed before any check: the tree path reports
	 * invalid JSON before anything else. */
	if (m[M_GROUPS].type) {
		a->groups_j = jload(m[M_GROUPS].p, m[M_GROUPS].len, JSON_REJECT_DUPLICATES, NULL);
		if (!a->groups_j)
			return 1;
	}
	if (m[M_RESOURCE].type)
		a->res_j = jload(m[M_RESOURCE].p, m[M_RESOURCE].len, JSON_REJECT_DUPLICATES, NULL);
	/* The strings end in NUL in a copy of the body. */
	if (!(m[M_RESOURCE].type && !a->res_j))
		a->plain = malloc(len + 1);
	if (!a->plain) {
		json_decref(a->groups_j);
		json_decref(a->res_j);
		a->groups_j = a->res_j = NULL;
		return 1;
	}
	memcpy(a->plain, body, len);
	for (size_t i = 0; i < M_COUNT; i++) {
		if (m[i].type == '"') {
			m[i].p = a->plain + (m[i].p - body);
			a->plain[m[i].p - a->plain + m[i].len] = '\0';
		}
	}
	if (plain_field(&m[M_ACTION], 64, &a->action) || !a->action || !pol_action_known(a->action))
		*bad = BAD_ACTION;
	else if (plain_field(&m[M_PURPOSE], POL_PURPOSE_MAX, &a->purpose) ||
		 (a->purpose && pol_purpose_check(a->purpose, strlen(a->purpose))))
		*bad = BAD_PURPOSE;
	else if (plain_field(&m[M_SUBJECT], POL_PRINCIPAL_MAX, &a->subject) ||
		 (a->subject && !pol_principal_ok(a->subject)))
		*bad = BAD_SUBJECT;
	else if (plain_field(&m[M_TOKEN], JWTV_MAX_TOKEN, &a->token))
		*bad = BAD_TOKEN;
	else if (a->groups_j && (!a->subject || a->token))
		*bad = BAD_GROUPS;
	else if (a->groups_j)
		*bad = groups_of(a->groups_j, a);
	a->has_groups = a->groups_j != NULL;
	a->res = a->res_j;
	return 0;
}

int h_authorize_load(struct req *r)
{
	struct ask *a = req_state_new(r, sizeof *a, ask_free);
	if (!a)
		return PIPE_SEND;
	size_t len = 0;
	const char *body = req_body(r, &len);
	const char *bad = NULL;
	if (parse_ask_plain(body, len, a, &bad)) {
		if (req_body_json(r, &a->body))
			return PIPE_SEND;
		bad = parse_ask(a->body, a);
	}
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
