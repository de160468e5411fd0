/* store_change: the policy changes (roles and bindings put and delete). Each
 * is ONE write transaction making ONE new version, validated as a whole set
 * inside the transaction (docs/STORE.md). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codec.h"
#include "errbuf.h"
#include "store_int.h"
#include "timefmt.h"

/* ---------- policy changes ---------- */

int pol_store_put_role(pol_store *st, const char *author, const char *name, const json_t *doc,
		       int64_t if_match, uint64_t *new_version, char *err, size_t errsz)
{
	MDB_txn *txn = NULL;
	json_t *copy = NULL, *before = NULL, *roles = NULL;
	uint64_t cur = 0, v = 0;
	int rc = pol_st_check_author(author, err, errsz);
	if (!rc)
		rc = pol_st_check_role_name(st, name, err, errsz);
	if (rc)
		return rc;
	if (!json_is_object(doc)) {
		errbuf_set(err, errsz, "role document must be a JSON object");
		return POL_STORE_E_ARG;
	}
	json_t *jn = json_object_get(doc, "name");
	if (jn && (!json_is_string(jn) || strcmp(json_string_value(jn), name) != 0)) {
		errbuf_set(err, errsz, "\"name\" of the document differs from the role name %s", name);
		return POL_STORE_E_ARG;
	}
	if (if_match < POL_STORE_ANY) {
		errbuf_set(err, errsz, "bad If-Match version");
		return POL_STORE_E_ARG;
	}
	copy = json_deep_copy(doc);
	if (!copy || json_object_set_new(copy, "name", json_string(name))) {
		json_decref(copy);
		return POL_STORE_E_NOMEM;
	}
	/* Early size check (the stored "version" adds at most 20 bytes more). */
	rc = pol_st_stamp_role(copy, 0, name, err, errsz);
	if (rc) {
		json_decref(copy);
		return rc;
	}

	rc = pol_st_wbegin(st, &txn, err, errsz);
	if (rc) {
		json_decref(copy);
		return rc;
	}
	rc = pol_st_meta_get_u64(st, txn, KEY_VERSION, &cur);
	if (rc)
		goto out;
	v = cur + 1;
	rc = pol_st_get_json(st, txn, st->roles, name, strlen(name), &before);
	if (rc == POL_STORE_E_NOTFOUND)
		rc = 0;
	if (rc)
		goto out;
	uint64_t role_v = 0;
	if (before) {
		rc = pol_st_role_version(before, &role_v);
		if (rc)
			goto out;
	}
	if (if_match >= 0 && (uint64_t)if_match != role_v) {
		errbuf_set(err, errsz, "role %s is at version %" PRIu64 ", If-Match was %" PRId64, name,
		       role_v, if_match);
		rc = POL_STORE_E_PRECONDITION;
		goto out;
	}
	if (!before) {
		size_t n = 0;
		rc = pol_st_count(st, txn, st->roles, &n);
		if (rc)
			goto out;
		if (n >= POL_STORE_MAX_ROLES) {
			errbuf_set(err, errsz, "too many roles (at most %d)", POL_STORE_MAX_ROLES);
			rc = POL_STORE_E_LIMIT;
			goto out;
		}
	}
	rc = pol_st_stamp_role(copy, v, name, err, errsz);
	if (rc)
		goto out;
	if (st->validate) {
		rc = pol_st_load_roles(st, txn, &roles);
		if (rc)
			goto out;
		if (json_object_set(roles, name, copy)) {
			rc = POL_STORE_E_NOMEM;
			goto out;
		}
		rc = pol_st_validate_roles(st, roles, err, errsz);
		if (rc)
			goto out;
	}
	rc = pol_st_put_json(st, txn, st->roles, name, strlen(name), copy, 0, err, errsz, "roles");
	if (rc)
		goto out;
	json_t *change = pol_st_change_new("role.put", name, before, copy);
	if (!change) {
		rc = POL_STORE_E_NOMEM;
		goto out;
	}
	rc = pol_st_record_change(st, txn, v, author, change, err, errsz);
out:
	rc = pol_st_wend(st, txn, rc, POL_STORE_CHANGE_POLICY, v, err, errsz);
	if (rc == 0 && new_version)
		*new_version = v;
	json_decref(copy);
	json_decref(before);
	json_decref(roles);
	return rc;
}

int pol_store_delete_role(pol_store *st, const char *author, const char *name, int64_t if_match,
			  uint64_t *new_version, char *err, size_t errsz)
{
	MDB_txn *txn = NULL;
	json_t *before = NULL, *roles = NULL;
	uint64_t cur = 0, v = 0, role_v = 0;
	int rc = pol_st_check_author(author, err, errsz);
	if (!rc)
		rc = pol_st_check_role_name(st, name, err, errsz);
	if (rc)
		return rc;
	if (if_match < POL_STORE_ANY) {
		errbuf_set(err, errsz, "bad If-Match version");
		return POL_STORE_E_ARG;
	}
	rc = pol_st_wbegin(st, &txn, err, errsz);
	if (rc)
		return rc;
	rc = pol_st_meta_get_u64(st, txn, KEY_VERSION, &cur);
	if (rc)
		goto out;
	v = cur + 1;
	rc = pol_st_get_json(st, txn, st->roles, name, strlen(name), &before);
	if (rc == POL_STORE_E_NOTFOUND)
		errbuf_set(err, errsz, "no role %s", name);
	if (rc)
		goto out;
	rc = pol_st_role_version(before, &role_v);
	if (rc)
		goto out;
	if (if_match >= 0 && (uint64_t)if_match != role_v) {
		errbuf_set(err, errsz, "role %s is at version %" PRIu64 ", If-Match was %" PRId64, name,
		       role_v, if_match);
		rc = POL_STORE_E_PRECONDITION;
		goto out;
	}
	if (st->validate) {
		rc = pol_st_load_roles(st, txn, &roles);
		if (rc)
			goto out;
		json_object_del(roles, name);
		rc = pol_st_validate_roles(st, roles, err, errsz);
		if (rc)
			goto out;
	}
	rc = pol_st_del(st, txn, st->roles, name, strlen(name), err, errsz, "roles");
	if (rc)
		goto out;
	json_t *change = pol_st_change_new("role.delete", name, before, NULL);
	if (!change) {
		rc = POL_STORE_E_NOMEM;
		goto out;
	}
	rc = pol_st_record_change(st, txn, v, author, change, err, errsz);
out:
	rc = pol_st_wend(st, txn, rc, POL_STORE_CHANGE_POLICY, v, err, errsz);
	if (rc == 0 && new_version)
		*new_version = v;
	json_decref(before);
	json_decref(roles);
	return rc;
}

/* Checks a binding body and returns the normalized {"roles": [...]}. */
static int normalize_binding(const char *principal, const json_t *in, json_t **out, char *err,
			     size_t errsz)
{
	const char *key;
	json_t *val, *roles = NULL;
	if (!json_is_object(in)) {
		errbuf_set(err, errsz, "binding must be a JSON object {\"roles\": [...]}");
		return POL_STORE_E_ARG;
	}
	json_object_foreach((json_t *)in, key, val) {
		if (strcmp(key, "roles") == 0) {
			roles = val;
		} else if (strcmp(key, "principal") == 0) {
			if (!json_is_string(val) || strcmp(json_string_value(val), principal) != 0) {
				errbuf_set(err, errsz, "binding: \"principal\" differs from %s",
				       principal);
				return POL_STORE_E_ARG;
			}
		} else {
			errbuf_set(err, errsz, "binding: unknown member \"%.64s\"", key);
			return POL_STORE_E_ARG;
		}
	}
	if (!json_is_array(roles)) {
		errbuf_set(err, errsz, "binding: \"roles\" must be an array of role names");
		return POL_STORE_E_ARG;
	}
	size_t n = json_array_size(roles);
	if (n > POL_STORE_MAX_BINDING_ROLES) {
		errbuf_set(err, errsz, "binding: more than %d roles", POL_STORE_MAX_BINDING_ROLES);
		return POL_STORE_E_LIMIT;
	}
	for (size_t i = 0; i < n; i++) {
		json_t *r = json_array_get(roles, i);
		if (!json_is_string(r)) {
			errbuf_set(err, errsz, "binding: roles[%zu] is not a string", i);
			return POL_STORE_E_ARG;
		}
		int rc = pol_st_check_text(json_string_value(r), POL_STORE_MAX_NAME, "binding role name",
				    err, errsz);
		if (rc)
			return rc;
		for (size_t j = 0; j < i; j++) {
			if (strcmp(json_string_value(json_array_get(roles, j)),
				   json_string_value(r)) == 0) {
				errbuf_set(err, errsz, "binding: role %s listed twice",
				       json_string_value(r));
				return POL_STORE_E_ARG;
			}
		}
	}
	*out = json_pack("{s:O}", "roles", roles);
	return *out ? 0 : POL_STORE_E_NOMEM;
}

int pol_store_put_binding(pol_store *st, const char *author, const char *principal,
			  const json_t *binding, uint64_t *new_version, char *err, size_t errsz)
{
	MDB_txn *txn = NULL;
	json_t *norm = NULL, *before = NULL;
	uint64_t cur = 0, v = 0;
	int rc = pol_st_check_author(author, err, errsz);
	if (!rc)
		rc = pol_st_check_principal(st, principal, err, errsz);
	if (!rc)
		rc = pol_st_check_grammar("subject", principal, err, errsz);
	if (!rc)
		rc = normalize_binding(principal, binding, &norm, err, errsz);
	if (rc)
		return rc;
	rc = pol_st_wbegin(st, &txn, err, errsz);
	if (rc) {
		json_decref(norm);
		return rc;
	}
	rc = pol_st_meta_get_u64(st, txn, KEY_VERSION, &cur);
	if (rc)
		goto out;
	v = cur + 1;
	rc = pol_st_get_json(st, txn, st->bindings, principal, strlen(principal), &before);
	if (rc == POL_STORE_E_NOTFOUND) {
		size_t n = 0;
		rc = pol_st_count(st, txn, st->bindings, &n);
		if (!rc && n >= POL_STORE_MAX_BINDINGS) {
			errbuf_set(err, errsz, "too many bindings (at most %d)", POL_STORE_MAX_BINDINGS);
			rc = POL_STORE_E_LIMIT;
		}
	}
	if (rc)
		goto out;
	rc = pol_st_put_json(st, txn, st->bindings, principal, strlen(principal), norm, 0, err, errsz,
			 "bindings");
	if (rc)
		goto out;
	json_t *change = pol_st_change_new("binding.put", principal, before, norm);
	if (!change) {
		rc = POL_STORE_E_NOMEM;
		goto out;
	}
	rc = pol_st_record_change(st, txn, v, author, change, err, errsz);
out:
	rc = pol_st_wend(st, txn, rc, POL_STORE_CHANGE_POLICY, v, err, errsz);
	if (rc == 0 && new_version)
		*new_version = v;
	json_decref(norm);
	json_decref(before);
	return rc;
}

int pol_store_delete_binding(pol_store *st, const char *author, const char *principal,
			     uint64_t *new_version, char *err, size_t errsz)
{
	MDB_txn *txn = NULL;
	json_t *before = NULL;
	uint64_t cur = 0, v = 0;
	int rc = pol_st_check_author(author, err, errsz);
	if (!rc)
		rc = pol_st_check_principal(st, principal, err, errsz);
	if (rc)
		return rc;
	rc = pol_st_wbegin(st, &txn, err, errsz);
	if (rc)
		return rc;
	rc = pol_st_meta_get_u64(st, txn, KEY_VERSION, &cur);
	if (rc)
		goto out;
	v = cur + 1;
	rc = pol_st_get_json(st, txn, st->bindings, principal, strlen(principal), &before);
	if (rc == POL_STORE_E_NOTFOUND)
		errbuf_set(err, errsz, "no binding for %s", principal);
	if (rc)
		goto out;
	rc = pol_st_del(st, txn, st->bindings, principal, strlen(principal), err, errsz, "bindings");
	if (rc)
		goto out;
	json_t *change = pol_st_change_new("binding.delete", principal, before, NULL);
	if (!change) {
		rc = POL_STORE_E_NOMEM;
		goto out;
	}
	rc = pol_st_record_change(st, txn, v, author, change, err, errsz);
out:
	rc = pol_st_wend(st, txn, rc, POL_STORE_CHANGE_POLICY, v, err, errsz);
	if (rc == 0 && new_version)
		*new_version = v;
	json_decref(before);
	return rc;
}

/* Notes the "before" of one recorded change in targets, keyed by object:
 * walking the history newest to oldest, the last note per object is its
 * state just after the rollback's target version. */
