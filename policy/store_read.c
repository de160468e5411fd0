/* store_read: the store's reads, each one short read transaction. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codec.h"
#include "errbuf.h"
#include "store_int.h"
#include "timefmt.h"

/* ---------- reads ---------- */

int pol_store_version(pol_store *st, uint64_t *version)
{
	MDB_txn *txn = NULL;
	int rc = pol_st_rbegin(st, &txn);
	if (rc)
		return rc;
	rc = pol_st_meta_get_u64(st, txn, KEY_VERSION, version);
	mdb_txn_abort(txn);
	return rc;
}

int pol_store_load(pol_store *st, json_t **docs, json_t **bindings, uint64_t *version)
{
	MDB_txn *txn = NULL;
	MDB_cursor *cur = NULL;
	json_t *roles = NULL, *arr = NULL, *bobj = NULL;
	uint64_t v = 0;
	int mrc;
	int rc = pol_st_rbegin(st, &txn);
	if (rc)
		return rc;
	rc = pol_st_meta_get_u64(st, txn, KEY_VERSION, &v);
	if (!rc)
		rc = pol_st_load_roles(st, txn, &roles);
	if (rc)
		goto out;
	arr = json_array();
	bobj = json_object();
	if (!arr || !bobj) {
		rc = POL_STORE_E_NOMEM;
		goto out;
	}
	const char *name;
	json_t *doc;
	json_object_foreach (roles, name, doc) {
		if (json_array_append(arr, doc)) {
			rc = POL_STORE_E_NOMEM;
			goto out;
		}
	}
	mrc = mdb_cursor_open(txn, st->bindings, &cur);
	if (mrc) {
		rc = db_err(st->env, mrc, NULL, 0, "bindings");
		goto out;
	}
	MDB_val k, d;
	char principal[KEYBUF];
	for (mrc = mdb_cursor_get(cur, &k, &d, MDB_FIRST); mrc == 0;
	     mrc = mdb_cursor_get(cur, &k, &d, MDB_NEXT)) {
		json_t *b = NULL;
		rc = pol_st_key_to_str(&k, principal);
		if (!rc)
			rc = pol_st_parse_json(d.mv_data, d.mv_size, &b);
		if (rc)
			goto out;
		if (json_object_set_new(bobj, principal, b)) {
			rc = POL_STORE_E_NOMEM;
			goto out;
		}
	}
	if (mrc != MDB_NOTFOUND)
		rc = db_err(st->env, mrc, NULL, 0, "bindings");
out:
	mdb_cursor_close(cur);
	mdb_txn_abort(txn);
	json_decref(roles);
	if (rc) {
		json_decref(arr);
		json_decref(bobj);
		return rc;
	}
	*docs = arr;
	*bindings = bobj;
	if (version)
		*version = v;
	return 0;
}

int pol_store_get_role(pol_store *st, const char *name, json_t **doc)
{
	MDB_txn *txn = NULL;
	int rc = pol_st_check_role_name(st, name, NULL, 0);
	if (rc)
		return rc;
	rc = pol_st_rbegin(st, &txn);
	if (rc)
		return rc;
	rc = pol_st_get_json(st, txn, st->roles, name, strlen(name), doc);
	mdb_txn_abort(txn);
	return rc;
}

int pol_store_list_roles(pol_store *st, json_t **list)
{
	MDB_txn *txn = NULL;
	json_t *roles = NULL, *arr = NULL;
	int rc = pol_st_rbegin(st, &txn);
	if (rc)
		return rc;
	rc = pol_st_load_roles(st, txn, &roles);
	mdb_txn_abort(txn);
	if (rc)
		return rc;
	arr = json_array();
	if (!arr) {
		rc = POL_STORE_E_NOMEM;
		goto out;
	}
	const char *name;
	json_t *doc;
	json_object_foreach (roles, name, doc) {
		json_t *e = json_pack("{s:s,s:O}", "name", name, "version",
				      json_object_get(doc, "version"));
		json_t *desc = json_object_get(doc, "description");
		if (e && json_is_string(desc))
			json_object_set(e, "description", desc);
		if (!e || json_array_append_new(arr, e)) {
			rc = POL_STORE_E_NOMEM;
			goto out;
		}
	}
out:
	json_decref(roles);
	if (rc) {
		json_decref(arr);
		return rc;
	}
	*list = arr;
	return 0;
}

int pol_store_get_binding(pol_store *st, const char *principal, json_t **binding)
{
	MDB_txn *txn = NULL;
	int rc = pol_st_check_principal(st, principal, NULL, 0);
	if (rc)
		return rc;
	rc = pol_st_rbegin(st, &txn);
	if (rc)
		return rc;
	rc = pol_st_get_json(st, txn, st->bindings, principal, strlen(principal), binding);
	mdb_txn_abort(txn);
	return rc;
}

static void strip_docs(json_t *change)
{
	json_object_del(change, "before");
	json_object_del(change, "after");
	size_t i;
	json_t *c;
	json_array_foreach (json_object_get(change, "changes"), i, c) {
		json_object_del(c, "before");
		json_object_del(c, "after");
	}
}

static int get_record(pol_store *st, MDB_txn *txn, uint64_t ver, json_t **rec)
{
	uint8_t key[8];
	be64_put(key, ver);
	int rc = pol_st_get_json(st, txn, st->history, key, 8, rec);
	return rc == POL_STORE_E_NOTFOUND ? POL_STORE_E_CORRUPT : rc;
}

int pol_store_list_versions(pol_store *st, const pol_store_page *page, json_t **records,
			    uint64_t *next)
{
	MDB_txn *txn = NULL;
	uint64_t cur = 0, ver = 0, nxt = 0;
	pol_store_page p = page ? *page : (pol_store_page){0};
	size_t limit = p.limit;
	json_t *arr = NULL;
	int rc = pol_st_list_begin(st, &limit, &arr, &txn);
	if (rc)
		return rc;
	rc = pol_st_meta_get_u64(st, txn, KEY_VERSION, &cur);
	if (rc)
		goto out;
	if (p.newest_first)
		ver = (p.from == 0 || p.from > cur) ? cur : p.from;
	else
		ver = p.from == 0 ? 1 : p.from;
	while (ver >= 1 && ver <= cur) {
		if (json_array_size(arr) >= limit) {
			nxt = ver;
			break;
		}
		json_t *rec = NULL;
		rc = get_record(st, txn, ver, &rec);
		if (rc)
			goto out;
		if (p.summary)
			strip_docs(json_object_get(rec, "change"));
		if (json_array_append_new(arr, rec)) {
			rc = POL_STORE_E_NOMEM;
			goto out;
		}
		ver = p.newest_first ? ver - 1 : ver + 1;
	}
out:
	rc = pol_st_list_end(txn, rc, arr, records);
	if (!rc && next)
		*next = nxt;
	return rc;
}

int pol_store_get_version(pol_store *st, uint64_t version, json_t **record)
{
	MDB_txn *txn = NULL;
	uint64_t cur = 0;
	int rc = pol_st_rbegin(st, &txn);
	if (rc)
		return rc;
	rc = pol_st_meta_get_u64(st, txn, KEY_VERSION, &cur);
	if (!rc && (version == 0 || version > cur))
		rc = POL_STORE_E_NOTFOUND;
	if (!rc)
		rc = get_record(st, txn, version, record);
	mdb_txn_abort(txn);
	return rc;
}
