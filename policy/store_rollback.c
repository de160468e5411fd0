/* store_rollback: restoring the roles and bindings of an earlier version by
 * undoing the recorded changes since, as one new version of kind
 * "rollback" (docs/STORE.md, "Rollback"). */
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codec.h"
#include "errbuf.h"
#include "store_int.h"
#include "timefmt.h"

static int undo_note(json_t *targets, const json_t *c)
{
	const char *kind = json_string_value(json_object_get(c, "kind"));
	const char *target = json_string_value(json_object_get(c, "target"));
	json_t *before = json_object_get(c, "before");
	const char *type;
	char key[KEYBUF + 16];
	if (!kind || !target)
		return POL_STORE_E_CORRUPT;
	if (strncmp(kind, "role.", 5) == 0)
		type = "role";
	else if (strncmp(kind, "binding.", 8) == 0)
		type = "binding";
	else
		return POL_STORE_E_CORRUPT;
	if (before && !json_is_null(before) && !json_is_object(before))
		return POL_STORE_E_CORRUPT;
	snprintf(key, sizeof(key), "%s:%s", type, target);
	json_t *note = json_pack("{s:s,s:s,s:O}", "type", type, "target", target, "state",
				 before ? before : json_null());
	if (!note || json_object_set_new(targets, key, note))
		return POL_STORE_E_NOMEM;
	return 0;
}

/* Equal apart from the "version" the store stamps on roles. */
static bool same_doc(const json_t *a, const json_t *b)
{
	if (!a || !b)
		return !a && !b;
	json_t *ca = json_copy((json_t *)a), *cb = json_copy((json_t *)b);
	bool same = false;
	if (ca && cb) {
		json_object_del(ca, "version");
		json_object_del(cb, "version");
		same = json_equal(ca, cb);
	}
	json_decref(ca);
	json_decref(cb);
	return same;
}

/* Restores one role to state (NULL = absent) in the store and in roles. */
static int restore_role(pol_store *st, MDB_txn *txn, json_t *roles, const char *name, json_t *state,
			uint64_t v, json_t *changes, char *err, size_t errsz)
{
	json_t *cur = json_incref(json_object_get(roles, name));
	json_t *after = NULL;
	int rc = 0;
	if (same_doc(cur, state))
		goto out;
	if (state) {
		after = json_deep_copy(state);
		if (!after) {
			rc = POL_STORE_E_NOMEM;
			goto out;
		}
		rc = pol_st_stamp_role(after, v, name, err, errsz);
		if (!rc && json_object_set(roles, name, after))
			rc = POL_STORE_E_NOMEM;
	} else {
		json_object_del(roles, name);
	}
	json_t *ch = NULL;
	if (!rc)
		rc = pol_st_write(st, txn, 1, name, cur, after, &ch, err, errsz);
	if (!rc && json_array_append_new(changes, ch))
		rc = POL_STORE_E_NOMEM;
out:
	json_decref(cur);
	json_decref(after);
	return rc;
}

static int restore_binding(pol_store *st, MDB_txn *txn, const char *principal, json_t *state,
			   json_t *changes, char *err, size_t errsz)
{
	json_t *cur = NULL;
	int rc = pol_st_get_json(st, txn, st->bindings, principal, strlen(principal), &cur);
	if (rc == POL_STORE_E_NOTFOUND)
		rc = 0;
	if (rc)
		return rc;
	if ((!cur && !state) || (cur && state && json_equal(cur, state)))
		goto out;
	json_t *ch = NULL;
	rc = pol_st_write(st, txn, 0, principal, cur, state, &ch, err, errsz);
	if (!rc && json_array_append_new(changes, ch))
		rc = POL_STORE_E_NOMEM;
out:
	json_decref(cur);
	return rc;
}

int pol_store_rollback(pol_store *st, const char *author, int64_t to, uint64_t *new_version,
		       char *err, size_t errsz)
{
	MDB_txn *txn = NULL;
	json_t *targets = NULL, *roles = NULL, *changes = NULL, *rec = NULL;
	uint64_t cur = 0, v = 0;
	int rc = pol_st_check_author(author, err, errsz);
	if (rc)
		return rc;
	if (to < 0) {
		errbuf_set(err, errsz, "rollback target must be a version >= 0");
		return POL_STORE_E_ARG;
	}
	targets = json_object();
	changes = json_array();
	if (!targets || !changes) {
		rc = POL_STORE_E_NOMEM;
		goto done;
	}
	rc = pol_st_wbegin(st, &txn, err, errsz);
	if (rc)
		goto done;
	rc = pol_st_meta_get_u64(st, txn, KEY_VERSION, &cur);
	if (rc)
		goto out;
	if ((uint64_t)to > cur) {
		errbuf_set(err, errsz, "version %" PRId64 " does not exist (current %" PRIu64 ")",
			   to, cur);
		rc = POL_STORE_E_NOTFOUND;
		goto out;
	}
	v = cur + 1;
	for (uint64_t ver = cur; ver > (uint64_t)to; ver--) {
		uint8_t key[8];
		be64_put(key, ver);
		json_decref(rec);
		rec = NULL;
		rc = pol_st_get_json(st, txn, st->history, key, 8, &rec);
		json_t *change = json_object_get(rec, "change");
		const char *kind = json_string_value(json_object_get(change, "kind"));
		if (!rc && !kind)
			rc = POL_STORE_E_CORRUPT;
		if (rc) {
			errbuf_set(err, errsz,
				   "history record %" PRIu64 " is missing or unreadable", ver);
			rc = rc == POL_STORE_E_NOTFOUND ? POL_STORE_E_CORRUPT : rc;
			goto out;
		}
		if (strcmp(kind, "rollback") == 0) {
			json_t *list = json_object_get(change, "changes");
			size_t i;
			json_t *c;
			if (!json_is_array(list))
				rc = POL_STORE_E_CORRUPT;
			json_array_foreach (list, i, c) {
				if (!rc)
					rc = undo_note(targets, c);
			}
		} else {
			rc = undo_note(targets, change);
		}
		if (rc) {
			errbuf_set(err, errsz, "history record %" PRIu64 " is unreadable", ver);
			goto out;
		}
	}
	rc = pol_st_load_roles(st, txn, &roles);
	if (rc)
		goto out;
	const char *k;
	json_t *note;
	json_object_foreach (targets, k, note) {
		const char *type = json_string_value(json_object_get(note, "type"));
		const char *target = json_string_value(json_object_get(note, "target"));
		json_t *state = json_object_get(note, "state");
		if (json_is_null(state))
			state = NULL;
		if (strcmp(type, "role") == 0 && pol_st_reserved_role(target))
			continue; /* an older version's admin document: never restored */
		if (strcmp(type, "role") == 0)
			rc = restore_role(st, txn, roles, target, state, v, changes, err, errsz);
		else
			rc = restore_binding(st, txn, target, state, changes, err, errsz);
		if (rc)
			goto out;
	}
	if (json_object_size(roles) > POL_STORE_MAX_ROLES) {
		errbuf_set(err, errsz, "too many roles (at most %d)", POL_STORE_MAX_ROLES);
		rc = POL_STORE_E_LIMIT;
		goto out;
	}
	rc = pol_st_validate_roles(st, roles, err, errsz);
	if (rc)
		goto out;
	json_t *change = json_pack("{s:s,s:I,s:O}", "kind", "rollback", "to", (json_int_t)to,
				   "changes", changes);
	if (!change) {
		rc = POL_STORE_E_NOMEM;
		goto out;
	}
	rc = pol_st_record_change(st, txn, v, author, change, err, errsz);
out:
	rc = pol_st_wend(st, txn, rc, POL_STORE_CHANGE_POLICY, v, err, errsz);
	if (rc == 0 && new_version)
		*new_version = v;
done:
	json_decref(rec);
	json_decref(targets);
	json_decref(roles);
	json_decref(changes);
	return rc;
}
