/* admin_roles: GET/PUT/DELETE /v1/roles[/{name}]. The built-in "admin"
 * role is shown, never stored, replaced or deleted. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "admin.h"
#include "handlers.h"
#include "req.h"
#include "store.h"

void h_role_name(struct req *r, char *out, size_t outsz)
{
	snprintf(out, outsz, "role/%s", req_param(r, 0));
}

/* ---- roles ---------------------------------------------------------------- */

void h_roles_list_act(struct req *r)
{
	json_t *list = NULL;
	uint64_t v = 0;
	int rc = pol_store_list_roles(r->app->store, &list);
	if (!rc)
		rc = pol_store_version(r->app->store, &v);
	if (rc) {
		json_decref(list);
		admin_fail_store(r, rc, NULL);
		return;
	}
	req_reply(r, 200, json_pack("{s:o,s:I}", "roles", list, "policy_version", (json_int_t)v));
}

void h_role_get_act(struct req *r)
{
	json_t *doc = NULL;
	if (!strcmp(req_param(r, 0), POL_ADMIN_ROLE)) {
		/* The built-in role, as a document (read only). */
		doc = pol_builtin_admin_doc();
		if (!doc) {
			admin_fail(r, 500, "internal", NULL, "out of memory");
			return;
		}
		req_reply(r, 200, doc);
		return;
	}
	int rc = pol_store_get_role(r->app->store, req_param(r, 0), &doc);
	if (rc) {
		admin_fail_store(r, rc, rc == POL_STORE_E_NOTFOUND ? "no such role" : NULL);
		return;
	}
	json_int_t v = json_integer_value(json_object_get(doc, "version"));
	req_reply(r, 200, doc);
	admin_set_etag(r, v);
}

void h_role_put_act(struct req *r)
{
	const char *name = req_param(r, 0);
	json_t *body = NULL, *stored = NULL;
	int64_t if_match;
	int star;
	char err[512] = "";
	if (!strcmp(name, POL_ADMIN_ROLE)) {
		admin_fail_store(r, POL_STORE_E_RESERVED, NULL);
		goto out;
	}
	if (admin_if_match(r, &if_match, &star)) {
		admin_fail(r, 400, "bad_request", NULL,
			   "If-Match must be a role version (a number, quotes optional) or *");
		goto out;
	}
	body = admin_body(r);
	if (!body)
		goto out;
	json_t *bn = json_object_get(body, "name");
	if (bn && (!json_is_string(bn) || strcmp(json_string_value(bn), name))) {
		admin_fail(r, 400, "invalid_policy", "$.name",
			   "$.name: the document's name must equal the name in the path ('%s')",
			   name);
		goto out;
	}
	if (!bn)
		json_object_set_new(body, "name", json_string(name));
	size_t ncustom;
	const char *const *names = admin_vocab(r, &ncustom);
	pol_error pe;
	memset(&pe, 0, sizeof pe);
	if (pol_doc_validate(body, NULL, names, ncustom, &pe)) {
		admin_fail(r, 400, "invalid_policy", pe.path, "%s: %s", pe.path, pe.msg);
		goto out;
	}
	if (star) {
		json_t *cur = NULL;
		int grc = pol_store_get_role(r->app->store, name, &cur);
		if (grc == POL_STORE_E_NOTFOUND) {
			admin_fail(r, 412, "precondition_failed", NULL,
				   "If-Match: * but role '%s' does not exist", name);
			goto out;
		}
		if (grc) {
			admin_fail_store(r, grc, NULL);
			goto out;
		}
		if_match = (int64_t)json_integer_value(json_object_get(cur, "version"));
		json_decref(cur);
	}
	uint64_t v = 0;
	int rc = pol_store_put_role(r->app->store, r->who->subject, name, body, if_match, &v, err,
				    sizeof err);
	if (rc == POL_STORE_E_INVALID) {
		char path[256], msg[256], who[POL_STORE_MAX_NAME + 1];
		int own = 0;
		if (admin_explain_set(r, name, body, &own, who, sizeof who, path, sizeof path, msg,
				      sizeof msg))
			admin_fail(r, 400, "invalid_policy", NULL, "%s", err);
		else if (own)
			admin_fail(r, 400, "invalid_policy", path, "%s: %s", path, msg);
		else
			admin_fail(r, 400, "invalid_policy", NULL, "role '%s' %s: %s", who, path,
				   msg);
		goto out;
	}
	if (rc == POL_STORE_E_PRECONDITION) {
		admin_fail(r, 412, "precondition_failed", NULL,
			   "If-Match %lld does not match the current version of role '%s'",
			   (long long)if_match, name);
		goto out;
	}
	if (rc) {
		admin_fail_store(r, rc, err);
		goto out;
	}
	/* The stored document as written by this version (a later writer may
	 * already have replaced it: then answer what this write stored). */
	if (pol_store_get_role(r->app->store, name, &stored) ||
	    (uint64_t)json_integer_value(json_object_get(stored, "version")) != v) {
		json_decref(stored);
		stored = json_deep_copy(body);
		json_object_set_new(stored, "version", json_integer((json_int_t)v));
	}
	char vs[24];
	snprintf(vs, sizeof vs, "%llu", (unsigned long long)v);
	admin_answer_change(r, 200, stored, "role.put", v, vs);
	stored = NULL;
out:
	json_decref(stored);
}

void h_role_delete_act(struct req *r)
{
	const char *name = req_param(r, 0);
	int64_t if_match;
	int star;
	char err[512] = "";
	if (!strcmp(name, POL_ADMIN_ROLE)) {
		admin_fail_store(r, POL_STORE_E_RESERVED, NULL);
		return;
	}
	if (admin_if_match(r, &if_match, &star)) {
		admin_fail(r, 400, "bad_request", NULL,
			   "If-Match must be a role version (a number, quotes optional) or *");
		return;
	}
	uint64_t v = 0;
	int rc = pol_store_delete_role(r->app->store, r->who->subject, name, if_match, &v, err,
				       sizeof err);
	if (rc == POL_STORE_E_INVALID) {
		char path[256], msg[256], who[POL_STORE_MAX_NAME + 1];
		int own = 0;
		if (admin_explain_set(r, name, NULL, &own, who, sizeof who, path, sizeof path, msg,
				      sizeof msg) == 0)
			admin_fail(r, 400, "invalid_policy", NULL,
				   "role '%s' cannot be deleted: role '%s' %s: %s", name, who, path,
				   msg);
		else
			admin_fail(r, 400, "invalid_policy", NULL, "%s", err);
		return;
	}
	if (rc == POL_STORE_E_NOTFOUND) {
		admin_fail(r, 404, "not_found", NULL, "no such role");
		return;
	}
	if (rc == POL_STORE_E_PRECONDITION) {
		admin_fail(r, 412, "precondition_failed", NULL,
			   "If-Match %lld does not match the current version of role '%s'",
			   (long long)if_match, name);
		return;
	}
	if (rc) {
		admin_fail_store(r, rc, err);
		return;
	}
	admin_answer_change(
		r, 200,
		json_pack("{s:s,s:b,s:I}", "name", name, "deleted", 1, "version", (json_int_t)v),
		"role.delete", v, NULL);
}
