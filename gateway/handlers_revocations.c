/* handlers_revocations: GET/POST/DELETE /v1/revocations [revocation:write].
 * Phase 0 identifies the caller, checks the input and decides; a bad input
 * from a caller who may write is answered 400 and recorded as an error, from
 * one who may not, 403 (so input rules are not probed). Phase 1 writes the
 * store and records the change itself as a second entry before answering. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "guard.h"
#include "handlers.h"
#include "errmap.h"
#include "policy.h"
#include "routes.h"
#include "store.h"
#include "timefmt.h"

/* What phase 0 parsed, kept for phase 1. */
struct rev_state {
	char kind[8];
	char value[POL_STORE_MAX_REVOKE_VALUE + 1];
	char *reason;        /* owned, NULL when absent */
	time_t expires_at;   /* 0 = never */
	char expires_s[40];  /* as given, "" when absent */
	size_t offset, limit; /* list paging */
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
	json_object_foreach(body, key, val) {
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
	const char *o = http_query(r, "offset"), *l = http_query(r, "limit");
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
		return !strcmp(s->value, r->peer.cert_sha256);
	if (!strcmp(s->kind, "jti"))
		return who->token && who->token->jti && !strcmp(s->value, who->token->jti);
	if (!strcmp(s->value, r->peer.principal))
		return 1;
	for (size_t i = 0; i < who->nprincipals; i++)
		if (!strcmp(s->value, who->principals[i]))
			return 1;
	return 0;
}

/* Phase 0 of every route: identify, parse, decide, record. */
static void gate(struct req *r, int which)
{
	const char *action = r->route->action;
	if (guard_identify(r, action, "revocation"))
		return;
	struct rev_state *s = calloc(1, sizeof *s);
	if (!s) {
		http_reply_error(r, 500, "internal", "out of memory");
		return;
	}
	r->state = s;
	r->state_free = rev_state_free;

	const char *bad = NULL;
	json_t *body = NULL;
	if (which == 0) {
		bad = parse_list(r, s);
	} else if (!r->body || r->body_len == 0) {
		bad = "a JSON object body is required";
	} else {
		json_error_t je;
		body = json_loadb(r->body, r->body_len, JSON_REJECT_DUPLICATES, &je);
		if (!body || !json_is_object(body))
			bad = "the body must be a JSON object (no duplicate members)";
		else
			bad = which == 1 ? parse_add(body, s) : parse_remove(body, s);
	}
	json_decref(body);

	char resource[32];
	snprintf(resource, sizeof resource, "revocation%s%s", s->kind[0] ? "/" : "", s->kind);
	pol_decision *d = &r->decision;
	pol_decision_clear(d);
	if (guard_decide(r, action, NULL, NULL, NULL, 0, d))
		return;
	if (!d->allow) {
		guard_deny(r, action, resource, d);
		return;
	}
	if (bad) {
		http_reply_error(r, 400, "bad_request", "%s", bad);
		http_record(r, guard_entry(r, "error", action, resource, d, "bad_request"), 0);
		return;
	}
	if (which == 1 && hits_caller(r, s)) {
		http_reply_error(r, 409, "conflict",
				 "this revocation would refuse the caller's own requests");
		http_record(r, guard_entry(r, "error", action, resource, d, "conflict"), 0);
		return;
	}
	http_record(r, guard_entry(r, "allow", action, resource, d, NULL), 1);
}

static void store_error(struct req *r, int rc, const char *err)
{
	unsigned status;
	const char *code;
	errmap_http(rc, &status, &code);
	http_reply_error(r, status, code, "%s",
			 rc == POL_STORE_E_NOTFOUND ? "no such revocation"
			 : err[0]		    ? err
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
		http_reply_error(r, 500, "internal", "out of memory");
		return;
	}
	json_t *rec = json_pack("{s:s,s:s}", "kind", s->kind, "value", s->value);
	if (rec && s->expires_s[0])
		json_object_set_new(rec, "expires_at", json_string(s->expires_s));
	http_reply_json(r, status, o);
	json_t *e = guard_entry(r, "allow", "revocation:write", resource, &r->decision, what);
	if (e && rec)
		json_object_set(e, "revocation", rec);
	json_decref(rec);
	http_record(r, e, 0);
}

void h_revocations_list(struct req *r)
{
	if (r->phase == 0) {
		gate(r, 0);
		return;
	}
	const struct rev_state *s = r->state;
	json_t *list = NULL;
	size_t total = 0;
	int rc = pol_store_list_revocations(g_app.store, s->offset, s->limit, &list, &total);
	if (rc) {
		store_error(r, rc, "");
		return;
	}
	json_t *o = json_pack("{s:o,s:I,s:I,s:I}", "revocations", list, "total",
			      (json_int_t)total, "offset", (json_int_t)s->offset, "limit",
			      (json_int_t)s->limit);
	if (!o) {
		http_reply_error(r, 500, "internal", "out of memory");
		return;
	}
	http_reply_json(r, 200, o);
}

void h_revocation_add(struct req *r)
{
	if (r->phase == 0) {
		gate(r, 1);
		return;
	}
	struct rev_state *s = r->state;
	char err[256] = "";
	uint64_t epoch = 0;
	int rc = pol_store_revoke(g_app.store, r->who->subject, s->kind, s->value, s->reason,
				  s->expires_at, &epoch, err, sizeof err);
	if (rc) {
		store_error(r, rc, err);
		return;
	}
	record_change(r, 201, "revoke", epoch);
}

void h_revocation_remove(struct req *r)
{
	if (r->phase == 0) {
		gate(r, 2);
		return;
	}
	struct rev_state *s = r->state;
	char err[256] = "";
	uint64_t epoch = 0;
	int rc = pol_store_unrevoke(g_app.store, s->kind, s->value, &epoch, err, sizeof err);
	if (rc) {
		store_error(r, rc, err);
		return;
	}
	record_change(r, 200, "unrevoke", epoch);
}
