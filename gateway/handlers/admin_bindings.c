/* admin_bindings: GET/PUT/DELETE /v1/bindings[/{principal...}]. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "admin.h"
#include "handlers.h"
#include "req.h"
#include "store.h"

void h_binding_name(struct req *r, char *out, size_t outsz)
{
	snprintf(out, outsz, "binding/%s", req_param(r, 0));
}

/* ---- bindings ----------------------------------------------------------- */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void h_bindings_list_act(struct req *r)
{
	const char *prefix = req_query(r, "prefix");
	const char *after = req_query(r, "after");
	const char *lim = req_query(r, "limit");
	long limit = POL_STORE_DEFAULT_LIST;
	if (lim) {
		char *end = NULL;
		limit = strtol(lim, &end, 10);
		if (!*lim || *end || limit < 1 || limit > POL_STORE_MAX_LIST) {
			admin_fail(r, 400, "bad_request", NULL, "limit must be 1..%d",
				   POL_STORE_MAX_LIST);
			return;
		}
	}
	json_t *docs = NULL, *bindings = NULL;
	const char **keys = NULL;
	uint64_t v = 0;
	int rc = pol_store_load(r->app->store, &docs, &bindings, &v);
	if (rc) {
		admin_fail_store(r, rc, NULL);
		return;
	}
	size_t n = 0, cap = json_object_size(bindings);
	keys = calloc(cap ? cap : 1, sizeof *keys);
	if (!keys) {
		admin_fail(r, 500, "internal", NULL, "out of memory");
		goto out;
	}
	const char *k;
	json_t *b;
	json_object_foreach (bindings, k, b) {
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
		json_array_append_new(list,
				      json_pack("{s:s,s:O}", "principal", keys[i], "roles", roles));
	}
	json_t *next = take < n ? json_string(keys[take - 1]) : json_null();
	req_reply(r, 200,
		  json_pack("{s:o,s:o,s:I}", "bindings", list, "next", next, "policy_version",
			    (json_int_t)v));
out:
	free(keys);
	json_decref(docs);
	json_decref(bindings);
}

void h_binding_get_act(struct req *r)
{
	const char *p = req_param(r, 0);
	json_t *b = NULL;
	int rc = pol_store_get_binding(r->app->store, p, &b);
	if (rc) {
		admin_fail_store(r, rc, rc == POL_STORE_E_NOTFOUND ? "no such binding" : NULL);
		return;
	}
	req_reply(r, 200,
		  json_pack("{s:s,s:O}", "principal", p, "roles", json_object_get(b, "roles")));
	json_decref(b);
}

/* Role names of binding that no stored role (nor the built-in admin) has. */
static json_t *unknown_roles(struct req *r, const json_t *roles)
{
	json_t *out = json_array(), *list = NULL;
	if (pol_store_list_roles(r->app->store, &list))
		return out;
	size_t i, j;
	json_t *rn, *d;
	json_array_foreach (roles, i, rn) {
		const char *want = json_string_value(rn);
		int found = want && !strcmp(want, "admin");
		json_array_foreach (list, j, d) {
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

void h_binding_put_act(struct req *r)
{
	const char *p = req_param(r, 0);
	json_t *body = NULL, *b = NULL;
	char err[512] = "";
	const char *why = NULL;
	if (pol_principal_parse(p, strlen(p), NULL, &why)) {
		admin_fail(r, 400, "bad_request", NULL, "%s (docs/POLICY.md, \"Principals\")", why);
		goto out;
	}
	body = admin_body(r);
	if (!body)
		goto out;
	json_t *roles = json_object_get(body, "roles");
	if (!json_is_array(roles)) {
		admin_fail(r, 400, "bad_request", "$.roles",
			   "\"roles\" must be an array of role names");
		goto out;
	}
	uint64_t v = 0;
	int rc =
		pol_store_put_binding(r->app->store, r->who->subject, p, body, &v, err, sizeof err);
	if (rc) {
		admin_fail_store(r, rc, err);
		goto out;
	}
	if (pol_store_get_binding(r->app->store, p, &b) != 0)
		b = json_pack("{s:O}", "roles", roles);
	json_t *nroles = json_object_get(b, "roles");
	json_t *o = json_pack("{s:s,s:O,s:I}", "principal", p, "roles", nroles, "version",
			      (json_int_t)v);
	json_t *unknown = unknown_roles(r, nroles);
	if (json_array_size(unknown))
		json_object_set_new(o, "unknown_roles", unknown);
	else
		json_decref(unknown);
	admin_answer_change(r, 200, o, "binding.put", v, NULL);
out:
	json_decref(b);
}

void h_binding_delete_act(struct req *r)
{
	const char *p = req_param(r, 0);
	char err[512] = "";
	uint64_t v = 0;
	int rc = pol_store_delete_binding(r->app->store, r->who->subject, p, &v, err, sizeof err);
	if (rc) {
		admin_fail_store(r, rc, rc == POL_STORE_E_NOTFOUND ? "no such binding" : err);
		return;
	}
	admin_answer_change(
		r, 200,
		json_pack("{s:s,s:b,s:I}", "principal", p, "deleted", 1, "version", (json_int_t)v),
		"binding.delete", v, NULL);
}
