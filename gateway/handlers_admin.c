/* handlers_admin: the control plane (roles, bindings, versions, rollback,
 * simulate). Every handler is gated by guard() (phase 0: the permission
 * decision is recorded first); phase 1 acts. A change records a second entry
 * naming the version it made, and the client gets its answer only once that
 * entry is durable. Failures in phase 1 are recorded as decision "error".
 * Contract and details: docs/ADMIN_API.md. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "authz.h"
#include "errors.h"
#include "guard.h"
#include "identity.h"
#include "config.h"
#include "errmap.h"
#include "handlers.h"
#include "policy.h"
#include "routes.h"
#include "store.h"

#define ADMIN_MAX_GROUPS 64
#define ADMIN_ERRS 8

/* ---- small helpers ------------------------------------------------------ */

static const char *const *custom_names(size_t *n)
{
	return app_redact_names(n);
}

static const char *param(struct req *r)
{
	return r->nparams ? r->params[0] : "";
}

static const char *author(struct req *r)
{
	return r->who->subject;
}

/* "prefix/name" in buf. */
static const char *res_name(char *buf, size_t cap, const char *prefix, const char *name)
{
	snprintf(buf, cap, "%s/%s", prefix, name);
	return buf;
}

/* Records an "error" entry for the answer already set in r and sends it once
 * durable. The handler returns right after. */
static void record_error(struct req *r, const char *resource, const char *code,
			 const char *message)
{
	json_t *e = guard_entry(r, "error", r->route->action, resource, &r->decision, code);
	if (e && message)
		json_object_set_new(e, "message", json_string(message));
	http_record(r, e, 0);
}

/* Answers status/code/message and records it as an "error" entry. path (may
 * be NULL) is added to the error object for invalid documents. */
static void fail(struct req *r, const char *resource, unsigned status, const char *code,
		 const char *path, const char *fmt, ...) __attribute__((format(printf, 6, 7)));

static void fail(struct req *r, const char *resource, unsigned status, const char *code,
		 const char *path, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	json_t *m = json_string(msg);
	if (!m)
		m = json_string("(message not valid UTF-8)");
	json_t *err = json_pack("{s:s,s:o,s:s}", "code", code, "message", m, "request_id",
				r->request_id);
	if (err && path)
		json_object_set_new(err, "path", json_string(path));
	http_reply_json(r, status, json_pack("{s:o}", "error", err));
	record_error(r, resource, code, msg);
}

/* Answers a store error as the one table says (errmap.h, docs/ADMIN_API.md). */
static void fail_store(struct req *r, const char *resource, int rc, const char *err)
{
	unsigned status;
	const char *code;
	errmap_http(rc, &status, &code);
	if (rc == POL_STORE_E_RESERVED)
		fail(r, resource, status, code, NULL,
		     "role 'admin' is built in: it cannot be created, replaced or deleted "
		     "through the API");
	else if (rc == POL_STORE_E_FULL)
		fail(r, resource, status, code, NULL,
		     "the policy store is full; nothing was changed (raise [server] store_map_size)");
	else if (status >= 500)
		fail(r, resource, status, code, NULL, "the policy store failed: %s",
		     pol_store_strerror(rc));
	else
		fail(r, resource, status, code, NULL, "%s", err && err[0] ? err : pol_store_strerror(rc));
}

/* Sets the answer (stolen body), then records the change entry and sends the
 * answer once that entry is durable (X-Decision-Id is its seq). */
static void answer_change(struct req *r, unsigned status, json_t *body, const char *resource,
			  const char *kind, uint64_t version, const char *etag_of)
{
	http_reply_json(r, status, body);
	if (etag_of && r->resp) {
		char etag[32];
		snprintf(etag, sizeof etag, "\"%s\"", etag_of);
		MHD_add_response_header(r->resp, "ETag", etag);
	}
	json_t *e = guard_entry(r, "allow", r->route->action, resource, &r->decision, kind);
	if (e) {
		json_object_set_new(e, "version", json_integer((json_int_t)version));
		json_object_set_new(e, "change", json_string(kind));
	}
	http_record(r, e, 0);
}

static void set_etag(struct req *r, json_int_t version)
{
	if (!r->resp)
		return;
	char etag[32];
	snprintf(etag, sizeof etag, "\"%lld\"", (long long)version);
	MHD_add_response_header(r->resp, "ETag", etag);
}

/* If-Match: absent -> POL_STORE_ANY; "N" or N -> N; "*" -> *star = 1.
 * -1 when malformed. */
static int parse_if_match(struct req *r, int64_t *out, int *star)
{
	const char *h = http_header(r, "If-Match");
	*out = POL_STORE_ANY;
	*star = 0;
	if (!h)
		return 0;
	while (*h == ' ')
		h++;
	if (!strcmp(h, "*")) {
		*star = 1;
		return 0;
	}
	char buf[32];
	size_t n = strlen(h);
	while (n && h[n - 1] == ' ')
		n--;
	if (n >= 2 && h[0] == '"' && h[n - 1] == '"') {
		h++;
		n -= 2;
	}
	if (n == 0 || n >= sizeof buf)
		return -1;
	memcpy(buf, h, n);
	buf[n] = '\0';
	for (size_t i = 0; i < n; i++)
		if (buf[i] < '0' || buf[i] > '9')
			return -1;
	char *end = NULL;
	long long v = strtoll(buf, &end, 10);
	if (*end || v < 0)
		return -1;
	*out = (int64_t)v;
	return 0;
}

/* ---- set-level explanations ---------------------------------------------- */

/* After the store refused a change with E_INVALID (set-level: unknown
 * inherits, cycle), re-runs the set validation on the set as it would have
 * been (name replaced by doc, or removed when doc is NULL) to name the
 * offending role (*own = 1 when it is `name` itself, else its name in who)
 * and a path relative to that role's document ("$.inherits[0]").
 * 0 when an explanation was written. */
static int explain_set(const char *name, const json_t *doc, int *own, char *who_buf,
		       size_t whosz, char *path, size_t pathsz, char *msg, size_t msgsz)
{
	json_t *docs = NULL, *bindings = NULL, *after = NULL;
	uint64_t v = 0;
	int rc = -1;
	if (pol_store_load(g_app.store, &docs, &bindings, &v))
		goto out;
	after = json_array();
	size_t i;
	json_t *d;
	json_array_foreach(docs, i, d) {
		const char *n = json_string_value(json_object_get(d, "name"));
		if (n && !strcmp(n, name))
			continue;
		json_array_append(after, d);
	}
	if (doc)
		json_array_append(after, (json_t *)doc);
	size_t ncustom;
	const char *const *names = custom_names(&ncustom);
	pol_error pe;
	memset(&pe, 0, sizeof pe);
	if (pol_set_validate(after, NULL, names, ncustom, &pe) == 0)
		goto out;
	/* pe.path is "$[k]rest" */
	char *end = NULL;
	unsigned long k = strtoul(pe.path + 2, &end, 10);
	if (strncmp(pe.path, "$[", 2) || !end || *end != ']')
		goto out;
	const char *rest = end + 1;
	const char *who = json_string_value(json_object_get(json_array_get(after, k), "name"));
	*own = who && !strcmp(who, name);
	snprintf(who_buf, whosz, "%s", who ? who : "?");
	snprintf(path, pathsz, "$%s", rest);
	snprintf(msg, msgsz, "%s", pe.msg);
	rc = 0;
out:
	json_decref(docs);
	json_decref(bindings);
	json_decref(after);
	return rc;
}

/* ---- roles ---------------------------------------------------------------- */

void h_roles_list(struct req *r)
{
	if (r->phase == 0) {
		guard(r, "roles", NULL);
		return;
	}
	json_t *list = NULL;
	uint64_t v = 0;
	int rc = pol_store_list_roles(g_app.store, &list);
	if (!rc)
		rc = pol_store_version(g_app.store, &v);
	if (rc) {
		json_decref(list);
		fail_store(r, "roles", rc, NULL);
		return;
	}
	http_reply_json(r, 200,
			json_pack("{s:o,s:I}", "roles", list, "policy_version", (json_int_t)v));
}

void h_role_get(struct req *r)
{
	char res[200];
	res_name(res, sizeof res, "role", param(r));
	if (r->phase == 0) {
		guard(r, res, NULL);
		return;
	}
	json_t *doc = NULL;
	if (!strcmp(param(r), POL_ADMIN_ROLE)) {
		/* The built-in role, as a document (read only). */
		doc = pol_builtin_admin_doc();
		if (!doc) {
			fail(r, res, 500, "internal", NULL, "out of memory");
			return;
		}
		http_reply_json(r, 200, doc);
		return;
	}
	int rc = pol_store_get_role(g_app.store, param(r), &doc);
	if (rc) {
		fail_store(r, res, rc, rc == POL_STORE_E_NOTFOUND ? "no such role" : NULL);
		return;
	}
	json_int_t v = json_integer_value(json_object_get(doc, "version"));
	http_reply_json(r, 200, doc);
	set_etag(r, v);
}

void h_role_put(struct req *r)
{
	char res[200];
	const char *name = param(r);
	res_name(res, sizeof res, "role", name);
	if (r->phase == 0) {
		guard(r, res, NULL);
		return;
	}
	json_t *body = NULL, *stored = NULL;
	int64_t if_match;
	int star;
	char err[512] = "";
	if (!strcmp(name, POL_ADMIN_ROLE)) {
		fail_store(r, res, POL_STORE_E_RESERVED, NULL);
		goto out;
	}
	if (parse_if_match(r, &if_match, &star)) {
		fail(r, res, 400, "bad_request", NULL,
		     "If-Match must be a role version (a number, quotes optional) or *");
		goto out;
	}
	if (http_body_json(r, &body)) {
		record_error(r, res, "bad_request", NULL);
		goto out;
	}
	json_t *bn = json_object_get(body, "name");
	if (bn && (!json_is_string(bn) || strcmp(json_string_value(bn), name))) {
		fail(r, res, 400, "invalid_policy", "$.name",
		     "$.name: the document's name must equal the name in the path ('%s')", name);
		goto out;
	}
	if (!bn)
		json_object_set_new(body, "name", json_string(name));
	size_t ncustom;
	const char *const *names = custom_names(&ncustom);
	pol_error pe;
	memset(&pe, 0, sizeof pe);
	if (pol_doc_validate(body, NULL, names, ncustom, &pe)) {
		fail(r, res, 400, "invalid_policy", pe.path, "%s: %s", pe.path, pe.msg);
		goto out;
	}
	if (star) {
		json_t *cur = NULL;
		int grc = pol_store_get_role(g_app.store, name, &cur);
		if (grc == POL_STORE_E_NOTFOUND) {
			fail(r, res, 412, "precondition_failed", NULL,
			     "If-Match: * but role '%s' does not exist", name);
			goto out;
		}
		if (grc) {
			fail_store(r, res, grc, NULL);
			goto out;
		}
		if_match = (int64_t)json_integer_value(json_object_get(cur, "version"));
		json_decref(cur);
	}
	uint64_t v = 0;
	int rc = pol_store_put_role(g_app.store, author(r), name, body, if_match, &v, err,
				    sizeof err);
	if (rc == POL_STORE_E_INVALID) {
		char path[256], msg[256], who[POL_STORE_MAX_NAME + 1];
		int own = 0;
		if (explain_set(name, body, &own, who, sizeof who, path, sizeof path, msg,
				sizeof msg))
			fail(r, res, 400, "invalid_policy", NULL, "%s", err);
		else if (own)
			fail(r, res, 400, "invalid_policy", path, "%s: %s", path, msg);
		else
			fail(r, res, 400, "invalid_policy", NULL, "role '%s' %s: %s", who, path,
			     msg);
		goto out;
	}
	if (rc == POL_STORE_E_PRECONDITION) {
		fail(r, res, 412, "precondition_failed", NULL,
		     "If-Match %lld does not match the current version of role '%s'",
		     (long long)if_match, name);
		goto out;
	}
	if (rc) {
		fail_store(r, res, rc, err);
		goto out;
	}
	/* The stored document as written by this version (a later writer may
	 * already have replaced it: then answer what this write stored). */
	if (pol_store_get_role(g_app.store, name, &stored) ||
	    (uint64_t)json_integer_value(json_object_get(stored, "version")) != v) {
		json_decref(stored);
		stored = json_deep_copy(body);
		json_object_set_new(stored, "version", json_integer((json_int_t)v));
	}
	char vs[24];
	snprintf(vs, sizeof vs, "%llu", (unsigned long long)v);
	answer_change(r, 200, stored, res, "role.put", v, vs);
	stored = NULL;
out:
	json_decref(body);
	json_decref(stored);
}

void h_role_delete(struct req *r)
{
	char res[200];
	const char *name = param(r);
	res_name(res, sizeof res, "role", name);
	if (r->phase == 0) {
		guard(r, res, NULL);
		return;
	}
	int64_t if_match;
	int star;
	char err[512] = "";
	if (!strcmp(name, POL_ADMIN_ROLE)) {
		fail_store(r, res, POL_STORE_E_RESERVED, NULL);
		return;
	}
	if (parse_if_match(r, &if_match, &star)) {
		fail(r, res, 400, "bad_request", NULL,
		     "If-Match must be a role version (a number, quotes optional) or *");
		return;
	}
	uint64_t v = 0;
	int rc = pol_store_delete_role(g_app.store, author(r), name, if_match, &v, err,
				       sizeof err);
	if (rc == POL_STORE_E_INVALID) {
		char path[256], msg[256], who[POL_STORE_MAX_NAME + 1];
		int own = 0;
		if (explain_set(name, NULL, &own, who, sizeof who, path, sizeof path, msg,
				sizeof msg) == 0)
			fail(r, res, 400, "invalid_policy", NULL,
			     "role '%s' cannot be deleted: role '%s' %s: %s", name, who, path, msg);
		else
			fail(r, res, 400, "invalid_policy", NULL, "%s", err);
		return;
	}
	if (rc == POL_STORE_E_NOTFOUND) {
		fail(r, res, 404, "not_found", NULL, "no such role");
		return;
	}
	if (rc == POL_STORE_E_PRECONDITION) {
		fail(r, res, 412, "precondition_failed", NULL,
		     "If-Match %lld does not match the current version of role '%s'",
		     (long long)if_match, name);
		return;
	}
	if (rc) {
		fail_store(r, res, rc, err);
		return;
	}
	answer_change(r, 200,
		      json_pack("{s:s,s:b,s:I}", "name", name, "deleted", 1, "version",
				(json_int_t)v),
		      res, "role.delete", v, NULL);
}

/* ---- bindings ----------------------------------------------------------- */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void h_bindings_list(struct req *r)
{
	if (r->phase == 0) {
		guard(r, "bindings", NULL);
		return;
	}
	const char *prefix = http_query(r, "prefix");
	const char *after = http_query(r, "after");
	const char *lim = http_query(r, "limit");
	long limit = POL_STORE_DEFAULT_LIST;
	if (lim) {
		char *end = NULL;
		limit = strtol(lim, &end, 10);
		if (!*lim || *end || limit < 1 || limit > POL_STORE_MAX_LIST) {
			fail(r, "bindings", 400, "bad_request", NULL, "limit must be 1..%d",
			     POL_STORE_MAX_LIST);
			return;
		}
	}
	json_t *docs = NULL, *bindings = NULL;
	const char **keys = NULL;
	uint64_t v = 0;
	int rc = pol_store_load(g_app.store, &docs, &bindings, &v);
	if (rc) {
		fail_store(r, "bindings", rc, NULL);
		return;
	}
	size_t n = 0, cap = json_object_size(bindings);
	keys = calloc(cap ? cap : 1, sizeof *keys);
	if (!keys) {
		fail(r, "bindings", 500, "internal", NULL, "out of memory");
		goto out;
	}
	const char *k;
	json_t *b;
	json_object_foreach(bindings, k, b) {
		if (prefix && strncmp(k, prefix, strlen(prefix)))
			continue;
		if (after && strcmp(k, after) <= 0)
			continue;
		keys[n++] = k;
	}
	qsort(keys, n, sizeof *keys, cmp_str);
	json_t *list = json_array();
	size_t take = n < (size_t)limit ? n : (size_t)limit;
	for (size_t i = 0; i < take; i++) {
		json_t *roles = json_object_get(json_object_get(bindings, keys[i]), "roles");
		json_array_append_new(list, json_pack("{s:s,s:O}", "principal", keys[i], "roles",
						      roles));
	}
	json_t *next = take < n ? json_string(keys[take - 1]) : json_null();
	http_reply_json(r, 200,
			json_pack("{s:o,s:o,s:I}", "bindings", list, "next", next,
				  "policy_version", (json_int_t)v));
out:
	free(keys);
	json_decref(docs);
	json_decref(bindings);
}

void h_binding_get(struct req *r)
{
	char res[300];
	const char *p = param(r);
	res_name(res, sizeof res, "binding", p);
	if (r->phase == 0) {
		guard(r, res, NULL);
		return;
	}
	json_t *b = NULL;
	int rc = pol_store_get_binding(g_app.store, p, &b);
	if (rc) {
		fail_store(r, res, rc, rc == POL_STORE_E_NOTFOUND ? "no such binding" : NULL);
		return;
	}
	http_reply_json(r, 200,
			json_pack("{s:s,s:O}", "principal", p, "roles", json_object_get(b, "roles")));
	json_decref(b);
}

/* Role names of binding that no stored role (nor the built-in admin) has. */
static json_t *unknown_roles(const json_t *roles)
{
	json_t *out = json_array(), *list = NULL;
	if (pol_store_list_roles(g_app.store, &list))
		return out;
	size_t i, j;
	json_t *rn, *d;
	json_array_foreach(roles, i, rn) {
		const char *want = json_string_value(rn);
		int found = want && !strcmp(want, "admin");
		json_array_foreach(list, j, d) {
			const char *have = json_string_value(json_object_get(d, "name"));
			if (want && have && !strcmp(want, have))
				found = 1;
		}
		if (!found)
			json_array_append(out, rn);
	}
	json_decref(list);
	return out;
}

void h_binding_put(struct req *r)
{
	char res[300];
	const char *p = param(r);
	res_name(res, sizeof res, "binding", p);
	if (r->phase == 0) {
		guard(r, res, NULL);
		return;
	}
	json_t *body = NULL, *b = NULL;
	char err[512] = "";
	const char *why = NULL;
	if (pol_principal_parse(p, strlen(p), NULL, &why)) {
		fail(r, res, 400, "bad_request", NULL, "%s (docs/POLICY.md, \"Principals\")", why);
		goto out;
	}
	if (http_body_json(r, &body)) {
		record_error(r, res, "bad_request", NULL);
		goto out;
	}
	json_t *roles = json_object_get(body, "roles");
	if (!json_is_array(roles)) {
		fail(r, res, 400, "bad_request", "$.roles", "\"roles\" must be an array of role names");
		goto out;
	}
	uint64_t v = 0;
	int rc = pol_store_put_binding(g_app.store, author(r), p, body, &v, err, sizeof err);
	if (rc) {
		fail_store(r, res, rc, err);
		goto out;
	}
	if (pol_store_get_binding(g_app.store, p, &b) != 0)
		b = json_pack("{s:O}", "roles", roles);
	json_t *nroles = json_object_get(b, "roles");
	json_t *o = json_pack("{s:s,s:O,s:I}", "principal", p, "roles", nroles, "version",
			      (json_int_t)v);
	json_t *unknown = unknown_roles(nroles);
	if (json_array_size(unknown))
		json_object_set_new(o, "unknown_roles", unknown);
	else
		json_decref(unknown);
	answer_change(r, 200, o, res, "binding.put", v, NULL);
out:
	json_decref(body);
	json_decref(b);
}

void h_binding_delete(struct req *r)
{
	char res[300];
	const char *p = param(r);
	res_name(res, sizeof res, "binding", p);
	if (r->phase == 0) {
		guard(r, res, NULL);
		return;
	}
	char err[512] = "";
	uint64_t v = 0;
	int rc = pol_store_delete_binding(g_app.store, author(r), p, &v, err, sizeof err);
	if (rc) {
		fail_store(r, res, rc, rc == POL_STORE_E_NOTFOUND ? "no such binding" : err);
		return;
	}
	answer_change(r, 200,
		      json_pack("{s:s,s:b,s:I}", "principal", p, "deleted", 1, "version",
				(json_int_t)v),
		      res, "binding.delete", v, NULL);
}

/* ---- versions and rollback ------------------------------------------------ */

/* Parses a non-negative integer query argument; 1 absent, 0 ok, -1 bad. */
static int query_u64(struct req *r, const char *name, uint64_t max, uint64_t *out)
{
	const char *s = http_query(r, name);
	if (!s)
		return 1;
	char *end = NULL;
	if (!*s || *s == '-' || *s == '+')
		return -1;
	unsigned long long v = strtoull(s, &end, 10);
	if (*end || v > max)
		return -1;
	*out = v;
	return 0;
}

void h_policy_versions(struct req *r)
{
	const char *res = "policy/versions";
	if (r->phase == 0) {
		guard(r, res, NULL);
		return;
	}
	pol_store_page pg;
	memset(&pg, 0, sizeof pg);
	pg.newest_first = true;
	pg.summary = true;
	uint64_t since = 0, from = 0, limit = POL_STORE_DEFAULT_LIST, full = 0;
	int hs = query_u64(r, "since", UINT64_MAX / 2, &since);
	int hf = query_u64(r, "from", UINT64_MAX / 2, &from);
	int hl = query_u64(r, "limit", POL_STORE_MAX_LIST, &limit);
	int hx = query_u64(r, "full", 1, &full);
	if (hs < 0 || hf < 0 || hl < 0 || hx < 0 || (hl == 0 && limit == 0) ||
	    (hs == 0 && hf == 0)) {
		fail(r, res, 400, "bad_request", NULL,
		     "since/from are versions (use one), limit is 1..%d, full is 0 or 1",
		     POL_STORE_MAX_LIST);
		return;
	}
	if (hs == 0) { /* oldest first, from `since` inclusive */
		pg.newest_first = false;
		pg.from = since ? since : 1;
	} else if (hf == 0) {
		if (from == 0) {
			fail(r, res, 400, "bad_request", NULL, "from must be >= 1");
			return;
		}
		pg.from = from;
	}
	pg.limit = (size_t)limit;
	pg.summary = !full;
	json_t *recs = NULL;
	uint64_t next = 0, cur = 0;
	int rc = pol_store_version(g_app.store, &cur);
	if (!rc && !(pg.newest_first && cur == 0) && !(!pg.newest_first && pg.from > cur))
		rc = pol_store_list_versions(g_app.store, &pg, &recs, &next);
	if (rc) {
		fail_store(r, res, rc, NULL);
		return;
	}
	if (!recs)
		recs = json_array();
	http_reply_json(r, 200,
			json_pack("{s:o,s:o,s:s,s:I}", "versions", recs, "next",
				  next ? json_integer((json_int_t)next) : json_null(), "order",
				  pg.newest_first ? "newest_first" : "oldest_first",
				  "current", (json_int_t)cur));
}

void h_policy_rollback(struct req *r)
{
	const char *res = "policy/rollback";
	if (r->phase == 0) {
		guard(r, res, NULL);
		return;
	}
	json_t *body = NULL, *rec = NULL;
	char err[512] = "";
	if (http_body_json(r, &body)) {
		record_error(r, res, "bad_request", NULL);
		goto out;
	}
	json_t *to = json_object_get(body, "to");
	if (!json_is_integer(to) || json_integer_value(to) < 0) {
		fail(r, res, 400, "bad_request", "$.to", "\"to\" must be a version (integer >= 0)");
		goto out;
	}
	int64_t target = (int64_t)json_integer_value(to);
	uint64_t v = 0;
	int rc = pol_store_rollback(g_app.store, author(r), target, &v, err, sizeof err);
	if (rc == POL_STORE_E_NOTFOUND) {
		fail(r, res, 404, "not_found", NULL, "no policy version %lld",
		     (long long)target);
		goto out;
	}
	if (rc) {
		fail_store(r, res, rc, err);
		goto out;
	}
	json_t *changes = json_array();
	if (pol_store_get_version(g_app.store, v, &rec) == 0) {
		size_t i;
		json_t *c;
		json_array_foreach(json_object_get(json_object_get(rec, "change"), "changes"), i, c)
			json_array_append_new(changes,
					      json_pack("{s:O,s:O}", "kind", json_object_get(c, "kind"),
							"target", json_object_get(c, "target")));
	}
	answer_change(r, 200,
		      json_pack("{s:I,s:I,s:o}", "version", (json_int_t)v, "to",
				(json_int_t)target, "changes", changes),
		      res, "rollback", v, NULL);
out:
	json_decref(body);
	json_decref(rec);
}

/* ---- simulate --------------------------------------------------------------- */

/* Optional string member: 0 ok (*out NULL when absent), -1 wrong type/size. */
static int opt_str(const json_t *o, const char *key, size_t max, const char **out)
{
	json_t *v = json_object_get(o, key);
	*out = NULL;
	if (!v)
		return 0;
	if (!json_is_string(v) || json_string_length(v) == 0 || json_string_length(v) > max)
		return -1;
	*out = json_string_value(v);
	return 0;
}

/* A snapshot of the proposed documents with the stored bindings. NULL with an
 * answer set (and recorded) on failure. */
static pol_snapshot *compile_proposed(struct req *r, const char *res, const json_t *docs)
{
	size_t ncustom;
	const char *const *names = custom_names(&ncustom);
	pol_error pe;
	memset(&pe, 0, sizeof pe);
	if (pol_set_validate(docs, NULL, names, ncustom, &pe)) {
		char path[sizeof pe.path + 16];
		snprintf(path, sizeof path, "$.documents%.250s", pe.path + 1);
		fail(r, res, 400, "invalid_policy", path, "%s: %s", path, pe.msg);
		return NULL;
	}
	size_t n = 0;
	pol_vocab vocab = {.custom_redact = app_redact_names(&n)};
	vocab.ncustom = n;
	pol_snapshot *s = NULL;
	int rc = pol_store_compile(g_app.store, docs, &vocab, &s, NULL, &pe);
	if (rc && (rc > POL_EDOC || rc < POL_EARG))
		fail_store(r, res, rc, NULL);
	else if (rc)
		fail(r, res, 400, "invalid_policy", NULL, "cannot compile: %s: %s", pe.path,
		     pe.msg);
	return s;
}

void h_policy_simulate(struct req *r)
{
	const char *res = "policy/simulate";
	if (r->phase == 0) {
		guard(r, res, NULL);
		return;
	}
	json_t *body = NULL;
	pol_snapshot *proposed = NULL;
	struct identity *as = NULL;
	pol_decision d;
	memset(&d, 0, sizeof d);
	const char *principals[1 + ADMIN_MAX_GROUPS];
	size_t np = 0;
	if (http_body_json(r, &body)) {
		record_error(r, res, "bad_request", NULL);
		goto out;
	}
	const char *action, *subject, *purpose, *client;
	if (opt_str(body, "action", 64, &action) || !action || !pol_action_known(action)) {
		fail(r, res, 400, "bad_request", "$.action", "\"action\" must name a known action");
		goto out;
	}
	if (opt_str(body, "subject", POL_PRINCIPAL_MAX, &subject) || !subject ||
	    !pol_principal_ok(subject)) {
		fail(r, res, 400, "bad_request", "$.subject",
		     "\"subject\" (a principal such as user:corp/alice) is required");
		goto out;
	}
	if (opt_str(body, "purpose", POL_PURPOSE_MAX, &purpose) ||
	    (purpose && pol_purpose_check(purpose, strlen(purpose)))) {
		fail(r, res, 400, "bad_request", "$.purpose",
		     "\"purpose\" must be 1-256 printable ASCII characters");
		goto out;
	}
	if (opt_str(body, "client", POL_PRINCIPAL_MAX, &client) ||
	    (client && !pol_principal_ok(client))) {
		fail(r, res, 400, "bad_request", "$.client", "\"client\" must be a principal");
		goto out;
	}
	json_t *resource = json_object_get(body, "resource");
	json_t *claims = json_object_get(body, "claims");
	json_t *groups = json_object_get(body, "groups");
	json_t *hour = json_object_get(body, "hour_utc");
	json_t *docs = json_object_get(body, "documents");
	if ((resource && !json_is_object(resource)) || (claims && !json_is_object(claims))) {
		fail(r, res, 400, "bad_request", NULL,
		     "\"resource\" and \"claims\" must be objects");
		goto out;
	}
	if (hour && (!json_is_integer(hour) || json_integer_value(hour) < 0 ||
		     json_integer_value(hour) > 23)) {
		fail(r, res, 400, "bad_request", "$.hour_utc", "\"hour_utc\" must be 0..23");
		goto out;
	}
	if (docs && !json_is_array(docs)) {
		fail(r, res, 400, "bad_request", "$.documents",
		     "\"documents\" must be an array of role documents");
		goto out;
	}
	principals[np++] = subject;
	if (groups) {
		size_t i;
		json_t *g;
		if (!json_is_array(groups) || json_array_size(groups) > ADMIN_MAX_GROUPS) {
			fail(r, res, 400, "bad_request", "$.groups",
			     "\"groups\" must be an array of at most %d group principals",
			     ADMIN_MAX_GROUPS);
			goto out;
		}
		json_array_foreach(groups, i, g) {
			const char *gs = json_string_value(g);
			pol_principal gp;
			if (!gs || pol_principal_parse(gs, json_string_length(g), &gp, NULL) ||
			    gp.kind != POL_PRINCIPAL_GROUP) {
				fail(r, res, 400, "bad_request", "$.groups",
				     "$.groups[%zu]: a group principal is group:ISSUER/NAME", i);
				goto out;
			}
			principals[np++] = gs;
		}
	}
	if (docs) {
		proposed = compile_proposed(r, res, docs);
		if (!proposed)
			goto out;
	}

	/* The subject named, with the groups given (bootstrap admins among its
	 * principals hold the built-in admin role, as for a request). */
	struct ident_ctx ic = guard_ident_ctx();
	if (ident_named(&ic, subject, principals + 1, np - 1, &as)) {
		fail(r, res, 500, "internal", NULL, "out of memory");
		goto out;
	}
	struct authz_ask ask = {.subject = as,
				.client = client ? client : r->peer.principal,
				.purpose = purpose ? purpose
						   : (r->who->purpose[0] ? r->who->purpose : NULL),
				.claims = claims,
				.hour_utc = hour ? (int)json_integer_value(hour) : -1,
				.action = action,
				.resource = resource,
				.explain = 1};
	int rc = authz_decide(g_app.policy, proposed, &ask, &d);
	if (rc) {
		fail(r, res, 500, "internal", NULL, "the policy could not be evaluated: %s",
		     custos_strerror(rc));
		goto out;
	}
	json_t *o = authz_decision_json(&d, 1);
	if (o) {
		json_object_set_new(o, "proposed", json_boolean(proposed != NULL));
		json_object_set_new(o, "explain", d.explain ? json_incref(d.explain) : json_null());
	}
	http_reply_json(r, 200, o);
	json_t *e = guard_entry(r, "allow", "policy:read", res, &r->decision, "simulation");
	if (e) {
		json_t *sim = json_pack("{s:s,s:s,s:s,s:o,s:b,s:I}", "subject", subject, "action",
					action, "decision", d.allow ? "allow" : "deny", "rule",
					d.rule[0] ? json_string(d.rule) : json_null(), "proposed",
					proposed != NULL, "policy_version",
					(json_int_t)d.policy_version);
		json_object_set_new(e, "simulation", json_true());
		json_object_set_new(e, "simulated", sim);
	}
	http_record(r, e, 0);
out:
	pol_decision_clear(&d);
	pol_snapshot_free(proposed);
	ident_free(as);
	json_decref(body);
}
