/* authz: identity, revocations, decisions and their audit entries. */
#include "authz.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "app.h"
#include "config.h"
#include "idp.h"
#include "log.h"
#include "metrics.h"
#include "routes.h"
#include "store.h"

void authz_identity_free(struct identity *who)
{
	if (!who)
		return;
	for (size_t i = 0; i < who->nprincipals; i++)
		free(who->principals[i]);
	jwtv_identity_free(who->token);
	pol_decision_clear(&who->decision);
	free(who);
}

const char *authz_principal_kind(const char *principal)
{
	pol_principal p;
	if (!principal || pol_principal_parse(principal, strlen(principal), &p, NULL))
		return NULL;
	return pol_principal_kind_name(p.kind);
}

int authz_is_bootstrap_admin(const char *principal)
{
	const struct config *c = g_app.cfg;
	for (size_t i = 0; i < c->nadmins; i++)
		if (!strcmp(c->admins[i], principal))
			return 1;
	return 0;
}

static uint64_t current_version(void)
{
	unsigned ticket;
	const pol_snapshot *s = pol_holder_acquire(g_app.policy, &ticket);
	uint64_t v = s ? pol_snapshot_version(s) : 0;
	pol_holder_release(g_app.policy, ticket);
	return v;
}

/* A resource name that is not valid UTF-8 (a path parameter is raw bytes)
 * cannot be a JSON string: it is recorded percent-encoded instead ('%' and
 * every byte >= 0x80 as %HH), so the entry still names what was asked for,
 * and the entry says so with "resource_escaped": true. */
static json_t *resource_json(const char *resource, int *escaped)
{
	*escaped = 0;
	json_t *j = json_string(resource);
	if (j)
		return j;
	size_t n = strlen(resource), o = 0;
	char *buf = malloc(3 * n + 1);
	if (!buf)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)resource[i];
		if (c >= 0x80 || c == '%') {
			snprintf(buf + o, 4, "%%%02X", c);
			o += 3;
		} else {
			buf[o++] = (char)c;
		}
	}
	buf[o] = '\0';
	j = json_string(buf);
	free(buf);
	*escaped = j != NULL;
	return j;
}

json_t *authz_entry(struct req *r, const char *decision, const char *action,
		    const char *resource, const pol_decision *d, const char *reason)
{
	const struct identity *who = r->who;
	json_t *e = json_object();
	if (!e)
		return NULL;
	json_object_set_new(e, "request_id", json_string(r->request_id));
	json_object_set_new(e, "decision", json_string(decision));
	json_object_set_new(e, "action", action ? json_string(action) : json_null());
	int escaped = 0;
	json_object_set_new(e, "resource", resource ? resource_json(resource, &escaped) : json_null());
	if (escaped)
		json_object_set_new(e, "resource_escaped", json_true());
	/* Before a certificate is verified there is no principal: null. */
	const char *client = r->peer.principal[0] ? r->peer.principal : NULL;
	json_object_set_new(e, "subject", who ? json_string(who->subject)
					      : client ? json_string(client) : json_null());
	json_object_set_new(e, "client", client ? json_string(client) : json_null());
	json_object_set_new(e, "cert_sha256",
			    r->peer.cert_sha256[0] ? json_string(r->peer.cert_sha256) : json_null());
	json_object_set_new(e, "roles", d && d->roles ? json_deep_copy(d->roles) : json_array());
	json_object_set_new(e, "rule", d && d->rule[0] ? json_string(d->rule) : json_null());
	const char *why = reason ? reason : (d ? d->reason : "");
	json_object_set_new(e, "reason", json_string(why));
	json_object_set_new(e, "purpose",
			    who && who->purpose[0] ? json_string(who->purpose) : json_null());
	json_object_set_new(e, "policy_version",
			    json_integer((json_int_t)(d ? d->policy_version : current_version())));
	json_object_set_new(e, "redact", d && d->redact ? json_deep_copy(d->redact) : json_array());
	return e;
}

/* Answers status/code and records an "error" or "deny" entry for it. */
static void refuse(struct req *r, unsigned status, const char *code, const char *decision,
		   const char *action, const char *resource, const char *msg)
{
	http_reply_error(r, status, code, "%s", msg);
	json_t *e = authz_entry(r, decision, action, resource, NULL, code);
	http_record(r, e, 0);
}

/* Adds prefix + a + (b ? "/" + b : "") as a principal. */
static int add_principal(struct identity *who, const char *prefix, const char *a, const char *b)
{
	if (who->nprincipals == AUTHZ_MAX_PRINCIPALS)
		return -1;
	char *p = NULL;
	if (asprintf(&p, "%s%s%s%s", prefix, a, b ? "/" : "", b ? b : "") < 0)
		return -1;
	who->principals[who->nprincipals++] = p;
	return 0;
}

int authz_revoked(const struct identity *who, const char **what)
{
	struct {
		const char *kind, *value, *label;
	} checks[2] = {
		{"subject", who->subject, "subject"},
		{"jti", who->token ? who->token->jti : NULL, "token"},
	};
	for (size_t i = 0; i < 2; i++) {
		if (!checks[i].value)
			continue;
		bool rev = false;
		if (pol_store_is_revoked(g_app.store, checks[i].kind, checks[i].value, &rev))
			return -1;
		if (rev) {
			*what = checks[i].label;
			return 1;
		}
	}
	/* A revoked group refuses its members (principals[0] is the subject). */
	for (size_t i = 1; i < who->nprincipals; i++) {
		bool rev = false;
		if (pol_store_is_revoked(g_app.store, "subject", who->principals[i], &rev))
			return -1;
		if (rev) {
			*what = "group";
			return 1;
		}
	}
	return 0;
}

/* Revoked by subject, token id or group (authz_revoked), or by the client
 * certificate's principal or hash? 1 yes, 0 no, -1 the store could not
 * answer (fail closed). */
static int revoked(const struct identity *who, const struct req *r, const char **what)
{
	struct {
		const char *kind, *value, *label;
	} checks[2] = {
		{"subject", r->peer.principal, "client"},
		{"cert", r->peer.cert_sha256, "certificate"},
	};
	for (size_t i = 0; i < 2; i++) {
		bool rev = false;
		if (pol_store_is_revoked(g_app.store, checks[i].kind, checks[i].value, &rev))
			return -1;
		if (rev) {
			*what = checks[i].label;
			return 1;
		}
	}
	return authz_revoked(who, what);
}

/* Fills who from a verified token (taken over: who owns the reference). The
 * subject and groups were checked against the principal grammar by the
 * verifier, so the principals built here are principals. -1: out of memory. */
static int identity_of_token(struct identity *who, jwtv_identity *tok)
{
	who->token = tok;
	who->kind = "user";
	snprintf(who->subject, sizeof who->subject, "user:%s/%s", tok->issuer, tok->sub);
	int bad = add_principal(who, "", who->subject, NULL);
	for (size_t i = 0; !bad && i < tok->ngroups; i++)
		bad = add_principal(who, "group:", tok->issuer, tok->groups[i]);
	for (size_t i = 0; i < who->nprincipals; i++)
		who->bootstrap_admin |= authz_is_bootstrap_admin(who->principals[i]);
	return bad;
}

int authz_token_identity(const char *token, size_t len, const char *cert_sha256,
			 struct identity **out, int *jrc)
{
	*out = NULL;
	jwtv_identity *tok = NULL;
	*jrc = idp_verify(g_app.idp, token, len, time(NULL), cert_sha256, &tok);
	if (*jrc != JWTV_OK)
		return 0;
	struct identity *who = calloc(1, sizeof *who);
	if (!who) {
		jwtv_identity_free(tok);
		return -1;
	}
	if (identity_of_token(who, tok)) {
		authz_identity_free(who);
		return -1;
	}
	*out = who;
	return 0;
}

int authz_named_identity(const char *subject, const char *const *groups, size_t ngroups,
			 struct identity **out)
{
	*out = NULL;
	if (strlen(subject) >= sizeof((struct identity *)0)->subject ||
	    ngroups + 1 > AUTHZ_MAX_PRINCIPALS)
		return -1;
	struct identity *who = calloc(1, sizeof *who);
	if (!who)
		return -1;
	snprintf(who->subject, sizeof who->subject, "%s", subject);
	who->kind = authz_principal_kind(subject);
	int bad = add_principal(who, "", subject, NULL);
	for (size_t i = 0; !bad && i < ngroups; i++)
		bad = add_principal(who, "", groups[i], NULL);
	for (size_t i = 0; i < who->nprincipals; i++)
		who->bootstrap_admin |= authz_is_bootstrap_admin(who->principals[i]);
	if (bad) {
		authz_identity_free(who);
		return -1;
	}
	*out = who;
	return 0;
}

void authz_refused_decision(pol_decision *d, const char *reason)
{
	memset(d, 0, sizeof *d);
	snprintf(d->reason, sizeof d->reason, "%s", reason);
	d->redact = json_array();
	d->roles = json_array();
	d->policy_version = current_version();
}

int authz_identify(struct req *r, const char *action, const char *resource)
{
	const char *purpose = http_header(r, "X-Access-Purpose");
	if (purpose && purpose[0] && pol_purpose_check(purpose, strlen(purpose))) {
		http_reply_error(r, 400, "bad_request",
				 "X-Access-Purpose must be at most %d printable ASCII characters",
				 AUTHZ_PURPOSE_MAX);
		return -1;
	}
	struct identity *who = calloc(1, sizeof *who);
	if (!who) {
		http_reply_error(r, 500, "internal", "out of memory");
		return -1;
	}
	if (purpose)
		snprintf(who->purpose, sizeof who->purpose, "%s", purpose);

	const char *authz = http_header(r, "Authorization");
	if (authz) {
		int rc = JWTV_E_MALFORMED;
		jwtv_identity *tok = NULL;
		if (strncasecmp(authz, "Bearer ", 7) != 0) {
			rc = JWTV_E_MALFORMED;
		} else {
			const char *t = authz + 7;
			rc = idp_verify(g_app.idp, t, strlen(t), time(NULL), r->peer.cert_sha256, &tok);
		}
		if (rc != JWTV_OK) {
			authz_identity_free(who);
			metrics_inc(M_TOKEN_REJECTED);
			log_info("bearer token refused", "request_id", r->request_id, "reason",
				 jwtv_code(rc), "detail", jwtv_strerror(rc), "client",
				 r->peer.principal);
			refuse(r, 401, jwtv_code(rc), "error", action, resource, jwtv_strerror(rc));
			return -1;
		}
		if (identity_of_token(who, tok)) {
			authz_identity_free(who);
			http_reply_error(r, 500, "internal", "out of memory");
			return -1;
		}
	} else {
		who->kind = "svc";
		snprintf(who->subject, sizeof who->subject, "%s", r->peer.principal);
		if (add_principal(who, "", who->subject, NULL)) {
			authz_identity_free(who);
			http_reply_error(r, 500, "internal", "out of memory");
			return -1;
		}
		who->bootstrap_admin = authz_is_bootstrap_admin(who->subject);
	}
	r->who = who;

	const char *what = NULL;
	int rev = revoked(who, r, &what);
	if (rev < 0) {
		http_reply_error(r, 503, "store_unavailable",
				 "revocations could not be checked; refusing");
		return -1;
	}
	if (rev > 0) {
		char msg[96];
		snprintf(msg, sizeof msg, "the %s of this request is revoked", what);
		refuse(r, 403, "revoked", "deny", action, resource, msg);
		return -1;
	}
	return 0;
}

int authz_decide(struct req *r, const char *action, const json_t *resource,
		 const struct identity *as, const pol_snapshot *snapshot, int explain,
		 pol_decision *d)
{
	const struct identity *who = r->who;
	const struct identity *subj = as ? as : who;
	const char *extra[1] = {POL_ADMIN_ROLE};
	pol_request q;
	memset(&q, 0, sizeof q);
	memset(d, 0, sizeof *d);

	q.subject_id = subj->subject;
	q.subject_kind = subj->kind;
	q.principals = (const char *const *)subj->principals;
	q.nprincipals = subj->nprincipals;
	q.nextra = subj->bootstrap_admin ? 1 : 0;
	q.claims = subj->token ? subj->token->claims : NULL;
	q.extra_roles = extra;
	q.client = r->peer.principal;
	q.purpose = who->purpose[0] ? who->purpose : NULL;
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	q.hour_utc = tm.tm_hour;
	q.action = action;
	q.resource = resource;
	q.explain = explain;

	unsigned ticket = 0;
	const pol_snapshot *s = snapshot;
	if (!s)
		s = pol_holder_acquire(g_app.policy, &ticket);
	int rc = s ? pol_eval(s, &q, d) : -1;
	if (!snapshot)
		pol_holder_release(g_app.policy, ticket);
	if (rc != 0 && !(rc == POL_ELIMIT && !d->allow)) {
		pol_decision_clear(d);
		http_reply_error(r, 500, "internal", "the policy could not be evaluated");
		return -1;
	}
	return 0;
}

int authz_decide_possible(struct req *r, const char *action, pol_decision *d)
{
	const struct identity *who = r->who;
	const char *extra[1] = {"admin"};
	pol_request q;
	memset(&q, 0, sizeof q);
	q.subject_id = who->subject;
	q.subject_kind = who->kind;
	q.principals = (const char *const *)who->principals;
	q.nprincipals = who->nprincipals;
	q.nextra = who->bootstrap_admin;
	q.extra_roles = extra;
	q.claims = who->token ? who->token->claims : NULL;
	q.client = r->peer.principal;
	q.purpose = who->purpose[0] ? who->purpose : NULL;
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	q.hour_utc = tm.tm_hour;
	q.action = action;

	unsigned ticket = 0;
	const pol_snapshot *s = pol_holder_acquire(g_app.policy, &ticket);
	int rc = s ? pol_eval_possible(s, &q, d) : -1;
	pol_holder_release(g_app.policy, ticket);
	if (rc != 0 && !(rc == POL_ELIMIT && !d->allow)) {
		pol_decision_clear(d);
		http_reply_error(r, 500, "internal", "the policy could not be evaluated");
		return -1;
	}
	return 0;
}

void authz_deny(struct req *r, const char *action, const char *resource, const pol_decision *d)
{
	http_reply_error(r, 403, "forbidden", "%s", d->reason);
	json_t *e = authz_entry(r, "deny", action, resource, d, NULL);
	http_record(r, e, 0);
}

static json_t *with_extra(json_t *e, const json_t *extra)
{
	if (e && extra)
		json_object_update(e, (json_t *)extra);
	return e;
}

void authz_guard_with(struct req *r, const char *resource, const json_t *attrs,
		      const json_t *extra)
{
	const char *action = r->route->action;
	if (!r->who && authz_identify(r, action, resource))
		return;
	pol_decision *d = &r->who->decision;
	pol_decision_clear(d);
	if (authz_decide(r, action, attrs, NULL, NULL, 0, d))
		return;
	if (!d->allow) {
		http_reply_error(r, 403, "forbidden", "%s", d->reason);
		http_record(r, with_extra(authz_entry(r, "deny", action, resource, d, NULL), extra), 0);
		return;
	}
	http_record(r, with_extra(authz_entry(r, "allow", action, resource, d, NULL), extra), 1);
}

void authz_guard(struct req *r, const char *resource, const json_t *attrs)
{
	authz_guard_with(r, resource, attrs, NULL);
}
