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

/* ---------- one change ---------- */

enum kind { BINDING = 0, ROLE = 1 };

static const struct {
	const char *put, *del; /* the change kinds in the history */
	const char *db;        /* names the database in messages */
	int max;
} K[] = {
	[ROLE] = {"role.put", "role.delete", "roles", POL_STORE_MAX_ROLES},
	[BINDING] = {"binding.put", "binding.delete", "bindings", POL_STORE_MAX_BINDINGS},
};

int pol_st_write(pol_store *st, MDB_txn *txn, int is_role, const char *key, json_t *before,
		 json_t *after, json_t **change, char *err, size_t errsz)
{
	enum kind kind = is_role ? ROLE : BINDING;
	MDB_dbi dbi = kind == ROLE ? st->roles : st->bindings;
	int rc = after ? pol_st_put_json(st, txn, dbi, key, strlen(key), after, 0, err, errsz,
					 K[kind].db)
		       : pol_st_del(st, txn, dbi, key, strlen(key), err, errsz, K[kind].db);
	*change = NULL;
	if (rc)
		return rc;
	*change = pol_st_change_new(after ? K[kind].put : K[kind].del, key, before, after);
	return *change ? 0 : POL_STORE_E_NOMEM;
}

/* Puts after (NULL: deletes) as the role or binding key, in ONE write
 * transaction that makes ONE new version and records it in the history.
 * Roles: if_match is POL_STORE_ANY or the version the role must be at (0:
 * absent); the role is stamped with the new version and the resulting set
 * is validated inside the transaction. */
static int change(pol_store *st, enum kind kind, const char *author, const char *key, json_t *after,
		  int64_t if_match, uint64_t *new_version, char *err, size_t errsz)
{
	MDB_dbi dbi = kind == ROLE ? st->roles : st->bindings;
	MDB_txn *txn = NULL;
	json_t *before = NULL, *roles = NULL;
	uint64_t cur = 0, v = 0, role_v = 0;
	size_t klen = strlen(key);
	int rc = pol_st_wbegin(st, &txn, err, errsz);
	if (rc)
		return rc;
	rc = pol_st_meta_get_u64(st, txn, KEY_VERSION, &cur);
	if (rc)
		goto out;
	v = cur + 1;
	rc = pol_st_get_json(st, txn, dbi, key, klen, &before);
	if (rc == POL_STORE_E_NOTFOUND && !after)
		errbuf_set(err, errsz, kind == ROLE ? "no role %s" : "no binding for %s", key);
	else if (rc == POL_STORE_E_NOTFOUND)
		rc = 0;
	if (rc)
		goto out;
	if (kind == ROLE) {
		if (before && (rc = pol_st_role_version(before, &role_v)))
			goto out;
		if (if_match >= 0 && (uint64_t)if_match != role_v) {
			errbuf_set(err, errsz,
				   "role %s is at version %" PRIu64 ", If-Match was %" PRId64, key,
				   role_v, if_match);
			rc = POL_STORE_E_PRECONDITION;
			goto out;
		}
	}
	if (!before) {
		size_t n = 0;
		rc = pol_st_count(st, txn, dbi, &n);
		if (!rc && n >= (size_t)K[kind].max) {
			errbuf_set(err, errsz, "too many %s (at most %d)", K[kind].db, K[kind].max);
			rc = POL_STORE_E_LIMIT;
		}
		if (rc)
			goto out;
	}
	if (kind == ROLE && after && (rc = pol_st_stamp_role(after, v, key, err, errsz)))
		goto out;
	if (kind == ROLE && st->validate) {
		rc = pol_st_load_roles(st, txn, &roles);
		if (rc)
			goto out;
		if (!after) {
			json_object_del(roles, key);
		} else if (json_object_set(roles, key, after)) {
			rc = POL_STORE_E_NOMEM;
			goto out;
		}
		rc = pol_st_validate_roles(st, roles, err, errsz);
		if (rc)
			goto out;
	}
	json_t *ch = NULL;
	rc = pol_st_write(st, txn, kind == ROLE, key, before, after, &ch, err, errsz);
	if (!rc)
		rc = pol_st_record_change(st, txn, v, author, ch, err, errsz);
out:
	rc = pol_st_wend(st, txn, rc, POL_STORE_CHANGE_POLICY, v, err, errsz);
	if (rc == 0 && new_version)
		*new_version = v;
	json_decref(before);
	json_decref(roles);
	return rc;
}

/* ---------- roles ---------- */

static int check_if_match(int64_t if_match, char *err, size_t errsz)
{
	if (if_match >= POL_STORE_ANY)
		return 0;
	errbuf_set(err, errsz, "bad If-Match version");
	return POL_STORE_E_ARG;
}

int pol_store_put_role(pol_store *st, const char *author, const char *name, const json_t *doc,
		       int64_t if_match, uint64_t *new_version, char *err, size_t errsz)
{
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
		errbuf_set(err, errsz, "\"name\" of the document differs from the role name %s",
			   name);
		return POL_STORE_E_ARG;
	}
	if ((rc = check_if_match(if_match, err, errsz)))
		return rc;
	json_t *copy = json_deep_copy(doc);
	if (!copy || json_object_set_new(copy, "name", json_string(name))) {
		json_decref(copy);
		return POL_STORE_E_NOMEM;
	}
	/* Early size check (the stored "version" adds at most 20 bytes more). */
	rc = pol_st_stamp_role(copy, 0, name, err, errsz);
	if (!rc)
		rc = change(st, ROLE, author, name, copy, if_match, new_version, err, errsz);
	json_decref(copy);
	return rc;
}

int pol_store_delete_role(pol_store *st, const char *author, const char *name, int64_t if_match,
			  uint64_t *new_version, char *err, size_t errsz)
{
	int rc = pol_st_check_author(author, err, errsz);
	if (!rc)
		rc = pol_st_check_role_name(st, name, err, errsz);
	if (!rc)
		rc = check_if_match(if_match, err, errsz);
	if (rc)
		return rc;
	return change(st, ROLE, author, name, NULL, if_match, new_version, err, errsz);
}

/* ---------- bindings ---------- */

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
	json_object_foreach ((json_t *)in, key, val) {
		if (strcmp(key, "roles") == 0) {
			roles = val;
		} else if (strcmp(key, "principal") == 0) {
			if (!json_is_string(val) ||
			    strcmp(json_string_value(val), principal) != 0) {
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
		int rc = pol_st_check_text(json_string_value(r), POL_STORE_MAX_NAME,
					   "binding role name", err, errsz);
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
	json_t *norm = NULL;
	int rc = pol_st_check_author(author, err, errsz);
	if (!rc)
		rc = pol_st_check_principal(st, principal, err, errsz);
	if (!rc)
		rc = pol_st_check_grammar("subject", principal, err, errsz);
	if (!rc)
		rc = normalize_binding(principal, binding, &norm, err, errsz);
	if (!rc)
		rc = change(st, BINDING, author, principal, norm, POL_STORE_ANY, new_version, err,
			    errsz);
	json_decref(norm);
	return rc;
}

int pol_store_delete_binding(pol_store *st, const char *author, const char *principal,
			     uint64_t *new_version, char *err, size_t errsz)
{
	int rc = pol_st_check_author(author, err, errsz);
	if (!rc)
		rc = pol_st_check_principal(st, principal, err, errsz);
	if (rc)
		return rc;
	return change(st, BINDING, author, principal, NULL, POL_STORE_ANY, new_version, err, errsz);
}
