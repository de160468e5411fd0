/* revocations: GET/POST/DELETE /v1/revocations [revocation:write]. The load
 * parses the input; the decision comes first anyway: a bad input from a
 * caller who may write is answered 400 and recorded as an error, from one
 * who may not, 403 (so input rules are not probed). Acting writes the store
 * and records the change itself as a second entry before answering. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "errmap.h"
#include "handlers.h"
#include "policy.h"
#include "req.h"
#include "store.h"
#include "timefmt.h"

/* What the load parsed, kept for the decision and the act. */
struct rev_state {
	char kind[8];
	char value[POL_STORE_MAX_REVOKE_VALUE + 1];
	char *reason;         /* owned, NULL when absent */
	time_t expires_at;    /* 0 = never */
	char expires_s[40];   /* as given, "" when absent */
	size_t offset, limit; /* list paging */
	const char *bad;      /* the input is bad: why (static), answered after the decision */
};

static void rev_state_free(void *p)
{
	struct rev_state *s = p;
	if (!s)
		return;
	free(s->reason);
	free(s);
}

static int printable(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == 0x7f)
			return 0;
	}
	return 1;
}

/* Checks kind and value into s (cert lowercased). Returns NULL or the reason
 * the input is bad (static). */
static const char *parse_kind_value(json_t *body, struct rev_state *s)
{
	json_t *k = json_object_get(body, "kind"), *v = json_object_get(body, "value");
	if (!json_is_string(k))
		return "\"kind\" must be \"subject\", \"jti\" or \"cert\"";
	const char *kind = json_string_value(k);
	if (strcmp(kind, "subject") && strcmp(kind, "jti") && strcmp(kind, "cert"))
		return "\"kind\" must be \"subject\", \"jti\" or \"cert\"";
	snprintf(s->kind, sizeof s->kind, "%s", kind);
	if (!json_is_string(v) || json_string_length(v) == 0)
		return "\"value\" must be a non-empty string";
	const char *val = json_string_value(v);
	size_t n = json_string_length(v);
	if (n != strlen(val) || !printable(val, n))
		return "\"value\" must not contain control characters";
	if (!strcmp(kind, "cert")) {
		if (n != 64)
			return "a cert value is the certificate's SHA-256: 64 hex digits";
		for (size_t i = 0; i < n; i++) {
			char c = val[i];
			if (c >= 'A' && c <= 'F')
				c = (char)(c - 'A' + 'a');
			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
				return "a cert value is the certificate's SHA-256: 64 hex digits";
			s->value[i] = c;
		}
		s->value[n] = '\0';
		return NULL;
	}
	/* The one grammar the token path uses too (policy.h), so every subject,
	 * group and token id a token can carry can be revoked. */
	if (!strcmp(kind, "jti")) {
		if (pol_id_check(val, n, NULL))
			return "a jti value is 1-256 bytes of UTF-8 without control or invisible "
			       "characters (docs/POLICY.md, \"Principals\")";
	} else {
		if (pol_principal_parse(val, n, NULL, NULL))
			return "a subject value is a principal: svc:NAME, user:ISSUER/SUB or "
			       "group:ISSUER/NAME (docs/POLICY.md, \"Principals\")";
	}
	memcpy(s->value, val, n + 1);
	return NULL;
}

/* Only the listed members; NULL ok, else the reason (static). */
static const char *only_members(json_t *body, const char *const *allowed, size_t n)
{
	const char *key;
	json_t *val;
	json_object_foreach (body, key, val) {
		size_t i = 0;
		while (i < n && strcmp(key, allowed[i]))
			i++;
		if (i == n)
			return "unknown member in the body";
	}
	return NULL;
}

static const char *parse_add(json_t *body, struct rev_state *s)
{
	static const char *const allowed[] = {"kind", "value", "reason", "expires_at"};
	const char *bad = only_members(body, allowed, 4);
	if (!bad)
		bad = parse_kind_value(body, s);
	if (bad)
		return bad;
	json_t *reason = json_object_get(body, "reason");
	if (reason && !json_is_null(reason)) {
		size_t n = json_string_length(reason);
		const char *rs = json_string_value(reason);
		if (!json_is_string(reason) || n == 0 || n > POL_STORE_MAX_REASON ||
		    n != strlen(rs) || !printable(rs, n))
			return "\"reason\" must be a string of 1-1024 printable characters";
		s->reason = strdup(rs);
		if (!s->reason)
			return "out of memory";
	}
	json_t *exp = json_object_get(body, "expires_at");
	if (exp && !json_is_null(exp)) {
		const char *es = json_string_value(exp);
		time_t t = 0;
		if (!es || strlen(es) >= sizeof s->expires_s || time_parse_rfc3339(es, &t))
			return "\"expires_at\" must be an RFC 3339 time";
		if (t <= time(NULL))
			return "\"expires_at\" must be in the future";
		s->expires_at = t;
		snprintf(s->expires_s, sizeof s->expires_s, "%s", es);
	}
	return NULL;
}

static const char *parse_remove(json_t *body, struct rev_state *s)
{
	static const char *const allowed[] = {"kind", "value"};
	const char *bad = only_members(body, allowed, 2);
	return bad ? bad : parse_kind_value(body, s);
}

/* A non-negative decimal of at most 9 digits. */
static int parse_size(const char *q, size_t *out)
{
	size_t n = strlen(q);
	if (n == 0 || n > 9)
		return -1;
	size_t v = 0;
	for (size_t i = 0; i < n; i++) {
		if (q[i] < '0' || q[i] > '9')
			return -1;
		v = v * 10 + (size_t)(q[i] - '0');
	}
	*out = v;
	return 0;
}

static const char *parse_list(struct req *r, struct rev_state *s)
{
	const char *o = req_query(r, "offset"), *l = req_query(r, "limit");
	s->offset = 0;
	s->limit = POL_STORE_DEFAULT_LIST;
	if (o && parse_size(o, &s->offset))
		return "\"offset\" must be a non-negative integer";
	if (l && (parse_size(l, &s->limit) || s->limit == 0 || s->limit > POL_STORE_MAX_LIST))
		return "\"limit\" must be an integer from 1 to 1000";
	return NULL;
}

/* Would this revocation refuse the caller's own request? */
static int hits_caller(const struct req *r, const struct rev_state *s)
{
	const struct identity *who = r->who;
	if (!strcmp(s->kind, "cert"))
		return !strcmp(s->value, r->cert_sha256);
	if (!strcmp(s->kind, "jti"))
		return who->token && who->token->jti && !strcmp(s->value, who->token->jti);
	if (!strcmp(s->value, r->client))
		return 1;
	for (size_t i = 0; i < who->nprincipals; i++)
		if (!strcmp(s->value, who->principals[i]))
			return 1;
	return 0;
}

/* The load of every route: parse; the resource is named after the kind. */
static int load(struct req *r, int which)
{
	struct rev_state *s = req_state_new(r, sizeof *s, rev_state_free);
	if (!s)
		return PIPE_SEND;
	json_t *body = NULL;
	size_t len = 0;
	const char *raw = req_body(r, &len);
	if (which == 0) {
		s->bad = parse_list(r, s);
	} else if (!raw) {
		s->bad = "a JSON object body is required";
	} else {
		json_error_t je;
		body = json_loadb(raw, len, JSON_REJECT_DUPLICATES, &je);
		if (!body || !json_is_object(body))
			s->bad = "the body must be a JSON object (no duplicate members)";
		else
			s->bad = which == 1 ? parse_add(body, s) : parse_remove(body, s);
	}
	json_decref(body);
	snprintf(r->resource, sizeof r->resource, "revocation%s%s", s->kind[0] ? "/" : "", s->kind);
	return PIPE_NEXT;
}

int h_revocations_list_load(struct req *r)
{
	return load(r, 0);
}

int h_revocation_add_load(struct req *r)
{
	return load(r, 1);
}

int h_revocation_remove_load(struct req *r)
{
	return load(r, 2);
}

/* The decision first; then a bad input (400) or a revocation of the
 * caller's own identity (409), recorded as "error" with the decision. */
int h_revocations_decide(struct req *r)
{
	const char *action = r->route->action;
	const struct rev_state *s = r->state;
	pol_decision *d = &r->decision;
	pol_decision_clear(d);
	if (req_decide(r, action, NULL, NULL, NULL, 0, d))
		return PIPE_SEND;
	if (!d->allow)
		return req_deny(r, action, r->resource, d);
	if (s->bad) {
		req_error(r, 400, "bad_request", "%s", s->bad);
		req_record(r, req_entry(r, "error", action, r->resource, d, "bad_request"));
		return PIPE_SEND;
	}
	if (!strcmp(r->route->method, "POST") && hits_caller(r, s)) {
		req_error(r, 409, "conflict",
			  "this revocation would refuse the caller's own requests");
		req_record(r, req_entry(r, "error", action, r->resource, d, "conflict"));
		return PIPE_SEND;
	}
	req_record(r, req_entry(r, "allow", action, r->resource, d, NULL));
	return PIPE_NEXT;
}

static void store_error(struct req *r, int rc, const char *err)
{
	req_fail(r, rc, "%s",
		 rc == POL_STORE_E_NOTFOUND ? "no such revocation"
		 : err[0]                   ? err
					    : pol_store_strerror(rc));
}

/* Answers with code and records the change (second entry, then sends). */
static void record_change(struct req *r, unsigned status, const char *what, uint64_t epoch)
{
	const struct rev_state *s = r->state;
	char resource[32];
	snprintf(resource, sizeof resource, "revocation/%s", s->kind);
	json_t *o = json_pack("{s:s,s:s,s:s?,s:s?,s:I}", "kind", s->kind, "value", s->value,
			      "reason", s->reason, "expires_at",
			      s->expires_s[0] ? s->expires_s : NULL, "epoch", (json_int_t)epoch);
	if (!o) {
		req_error(r, 500, "internal", "out of memory");
		return;
	}
	json_t *rec = json_pack("{s:s,s:s}", "kind", s->kind, "value", s->value);
	if (rec && s->expires_s[0])
		json_object_set_new(rec, "expires_at", json_string(s->expires_s));
	req_reply(r, status, o);
	json_t *e = req_entry(r, "allow", "revocation:write", resource, &r->decision, what);
	if (e && rec)
		json_object_set(e, "revocation", rec);
	json_decref(rec);
	req_record(r, e);
}

void h_revocations_list_act(struct req *r)
{
	const struct rev_state *s = r->state;
	json_t *list = NULL;
	size_t total = 0;
	int rc = pol_store_list_revocations(r->app->store, s->offset, s->limit, &list, &total);
	if (rc) {
		store_error(r, rc, "");
		return;
	}
	json_t *o = json_pack("{s:o,s:I,s:I,s:I}", "revocations", list, "total", (json_int_t)total,
			      "offset", (json_int_t)s->offset, "limit", (json_int_t)s->limit);
	if (!o) {
		req_error(r, 500, "internal", "out of memory");
		return;
	}
	req_reply(r, 200, o);
}

void h_revocation_add_act(struct req *r)
{
	struct rev_state *s = r->state;
	char err[256] = "";
	uint64_t epoch = 0;
	int rc = pol_store_revoke(r->app->store, r->who->subject, s->kind, s->value, s->reason,
				  s->expires_at, &epoch, err, sizeof err);
	if (rc) {
		store_error(r, rc, err);
		return;
	}
	record_change(r, 201, "revoke", epoch);
}

void h_revocation_remove_act(struct req *r)
{
	struct rev_state *s = r->state;
	char err[256] = "";
	uint64_t epoch = 0;
	int rc = pol_store_unrevoke(r->app->store, s->kind, s->value, &epoch, err, sizeof err);
	if (rc) {
		store_error(r, rc, err);
		return;
	}
	record_change(r, 200, "unrevoke", epoch);
}
