/* admin_common: what the control-plane routes share (admin.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "errmap.h"
#include "req.h"
#include "store.h"

const char *const *admin_vocab(const struct req *r, size_t *n)
{
	*n = r->app->nredact_names;
	return r->app->redact_names;
}

void admin_record_error(struct req *r, const char *code, const char *message)
{
	json_t *e = req_entry(r, "error", r->route->action, r->resource, &r->decision, code);
	if (e && message)
		json_object_set_new(e, "message", json_string(message));
	req_record(r, e);
}

json_t *admin_body(struct req *r)
{
	json_t *body = req_body_state(r);
	if (!body)
		admin_record_error(r, "bad_request", NULL);
	return body;
}

void admin_fail(struct req *r, unsigned status, const char *code, const char *path, const char *fmt,
		...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	json_t *extra = path ? json_pack("{s:s}", "path", path) : NULL;
	req_error_with(r, status, code, extra, "%s", msg);
	json_decref(extra);
	admin_record_error(r, code, msg);
}

void admin_fail_store(struct req *r, int rc, const char *err)
{
	unsigned status;
	const char *code;
	errmap_http(rc, &status, &code);
	if (rc == POL_STORE_E_RESERVED)
		admin_fail(r, status, code, NULL,
			   "role 'admin' is built in: it cannot be created, replaced or deleted "
			   "through the API");
	else if (rc == POL_STORE_E_FULL)
		admin_fail(r, status, code, NULL,
			   "the policy store is full; nothing was changed (raise [server] "
			   "store_map_size)");
	else if (status >= 500)
		admin_fail(r, status, code, NULL, "the policy store failed: %s",
			   pol_store_strerror(rc));
	else
		admin_fail(r, status, code, NULL, "%s",
			   err && err[0] ? err : pol_store_strerror(rc));
}

void admin_answer_change(struct req *r, unsigned status, json_t *body, const char *kind,
			 uint64_t version, const char *etag_of)
{
	req_reply(r, status, body);
	if (etag_of) {
		char etag[32];
		snprintf(etag, sizeof etag, "\"%s\"", etag_of);
		req_add_header(r, "ETag", etag);
	}
	json_t *e = req_entry(r, "allow", r->route->action, r->resource, &r->decision, kind);
	if (e) {
		json_object_set_new(e, "version", json_integer((json_int_t)version));
		json_object_set_new(e, "change", json_string(kind));
	}
	req_record(r, e);
}

void admin_set_etag(struct req *r, json_int_t version)
{
	char etag[32];
	snprintf(etag, sizeof etag, "\"%lld\"", (long long)version);
	req_add_header(r, "ETag", etag);
}

int admin_if_match(struct req *r, int64_t *out, int *star)
{
	const char *h = req_header(r, "If-Match");
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

int admin_explain_set(struct req *r, const char *name, const json_t *doc, int *own, char *who_buf,
		      size_t whosz, char *path, size_t pathsz, char *msg, size_t msgsz)
{
	json_t *docs = NULL, *bindings = NULL, *after = NULL;
	uint64_t v = 0;
	int rc = -1;
	if (pol_store_load(r->app->store, &docs, &bindings, &v))
		goto out;
	after = json_array();
	size_t i;
	json_t *d;
	json_array_foreach (docs, i, d) {
		const char *n = json_string_value(json_object_get(d, "name"));
		if (n && !strcmp(n, name))
			continue;
		json_array_append(after, d);
	}
	if (doc)
		json_array_append(after, (json_t *)doc);
	size_t ncustom;
	const char *const *names = admin_vocab(r, &ncustom);
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
