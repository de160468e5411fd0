/* vault_rights: the end user's rights: erasure (one transaction) and
 * access (the export). */
#include <assert.h>
#include <limits.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codec.h"
#include "errbuf.h"
#include "log.h"
#include "timefmt.h"
#include "vault_int.h"

/* ---- end-user rights ------------------------------------------------------ */

/* Ids of every conversation indexed under uh (new array). */
static int user_conv_ids(vault *v, MDB_txn *t, const char *uh, json_t **ids)
{
	MDB_cursor *cur = NULL;
	json_t *arr = json_array();
	int r, rc;
	if (!arr)
		return VAULT_E_NOMEM;
	rc = vlt_lmdb(v, mdb_cursor_open(t, v->uidx, &cur));
	if (rc)
		goto out;
	MDB_val k = {.mv_size = UH_HEX, .mv_data = (void *)uh};
	for (r = mdb_cursor_get(cur, &k, NULL, MDB_SET_RANGE); r == 0;
	     r = mdb_cursor_get(cur, &k, NULL, MDB_NEXT)) {
		if (k.mv_size != UH_HEX + VAULT_ID_LEN || memcmp(k.mv_data, uh, UH_HEX) != 0)
			break;
		if (json_array_append_new(
			    arr, json_stringn((const char *)k.mv_data + UH_HEX, VAULT_ID_LEN))) {
			rc = VAULT_E_NOMEM;
			goto out;
		}
	}
	if (r != MDB_NOTFOUND && r != 0)
		rc = vlt_lmdb(v, r);
out:
	if (cur)
		mdb_cursor_close(cur);
	if (rc) {
		json_decref(arr);
		arr = NULL;
	}
	*ids = arr;
	return rc;
}

int vault_erase_user(vault *v, const char *user, json_t **report)
{
	char uh[UH_HEX + 1], pn[35];
	json_t *ids = NULL, *erased = json_array(), *held = json_array(), *jid;
	struct keylist keys = {0}, ckeys = {0};
	MDB_txn *t = NULL;
	size_t i, consent_n = 0;
	int rc;

	*report = NULL;
	rc = VAULT_E_NOMEM;
	if (!erased || !held)
		goto out;
	rc = vlt_check_user(user, NULL, 0);
	if (rc)
		goto out;
	vlt_user_hash(v, user, uh);
	vlt_pseudonym_of_uh(uh, pn);
	rc = vlt_begin(v, 0, &t);
	if (rc)
		goto out;
	rc = user_conv_ids(v, t, uh, &ids);
	if (rc)
		goto out;
	json_array_foreach(ids, i, jid) {
		struct meta m;
		const char *id = json_string_value(jid);
		rc = vlt_meta_load(v, t, id, &m);
		if (rc == VAULT_E_NOTFOUND) {
			rc = 0;
			continue;
		}
		if (rc)
			goto out;
		if (strcmp(m.uh, uh) != 0) {
			vlt_meta_free(&m); /* forged index entry: not this user's */
			continue;
		}
		if (m.hold) {
			/* Freeze today's effective consent into the held
			 * conversation before its source record goes. */
			json_t *eff = NULL;
			rc = vlt_effective_consent(v, t, &m, &eff);
			if (!rc && json_object_set_new(m.j, "consent", eff))
				rc = VAULT_E_NOMEM;
			if (!rc)
				rc = vlt_meta_store(v, t, id, m.j);
			if (!rc && json_array_append(held, jid))
				rc = VAULT_E_NOMEM;
		} else {
			rc = vlt_delete_conv(v, t, id, &m);
			if (!rc && json_array_append(erased, jid))
				rc = VAULT_E_NOMEM;
		}
		vlt_meta_free(&m);
		if (rc)
			goto out;
	}
	rc = vlt_history_scan(v, t, uh, NULL, &keys);
	if (rc)
		goto out;
	for (i = 0; i < keys.n; i++) {
		rc = vlt_del(v, t, v->chist, keys.k[i].b, keys.k[i].len);
		if (rc)
			goto out;
	}
	consent_n = keys.n;
	{
		MDB_val k = {.mv_size = UH_HEX, .mv_data = uh};
		int r = mdb_del(t, v->consent, &k, NULL);
		if (r == 0)
			consent_n++;
		else if (r != MDB_NOTFOUND) {
			rc = vlt_lmdb(v, r);
			goto out;
		}
	}
	rc = vlt_concern_scan(v, t, uh, NULL, 0, &ckeys, NULL);
	if (rc)
		goto out;
	for (i = 0; i < ckeys.n; i++) {
		rc = vlt_del(v, t, v->concern, ckeys.k[i].b, ckeys.k[i].len);
		if (rc)
			goto out;
	}
	rc = vlt_commit(v, t);
	t = NULL;
	if (rc)
		goto out;
	*report = json_pack("{s:s, s:O, s:O, s:I, s:I}", "user_pseudonym", pn, "erased", erased,
			    "held", held, "consent_records_erased", (json_int_t)consent_n,
			    "concerns_erased", (json_int_t)ckeys.n);
	rc = *report ? 0 : VAULT_E_NOMEM;
out:
	if (t)
		mdb_txn_abort(t);
	json_decref(ids);
	json_decref(erased);
	json_decref(held);
	vlt_keylist_free(&keys);
	vlt_keylist_free(&ckeys);
	return rc;
}

int vault_export_user(vault *v, const char *user, time_t now, json_t **doc)
{
	char uh[UH_HEX + 1], pn[35];
	json_t *ids = NULL, *convs = json_array(), *hist = json_array(), *concerns = json_array();
	json_t *rec = NULL, *jid, *current = NULL;
	MDB_txn *t = NULL;
	size_t i;
	int rc;

	*doc = NULL;
	rc = VAULT_E_NOMEM;
	if (!convs || !hist || !concerns)
		goto out;
	rc = vlt_check_user(user, NULL, 0);
	if (rc)
		goto out;
	vlt_user_hash(v, user, uh);
	vlt_pseudonym_of_uh(uh, pn);
	rc = vlt_begin(v, 1, &t);
	if (rc)
		goto out;
	rc = user_conv_ids(v, t, uh, &ids);
	if (rc)
		goto out;
	json_array_foreach(ids, i, jid) {
		struct meta m;
		json_t *d = NULL;
		rc = vlt_meta_load(v, t, json_string_value(jid), &m);
		if (rc == VAULT_E_NOTFOUND) {
			rc = 0;
			continue;
		}
		if (rc)
			goto out;
		if (!vlt_is_expired(&m, now) && strcmp(m.uh, uh) == 0) {
			rc = vlt_conv_doc(v, t, json_string_value(jid), &m, &d);
			if (!rc && json_array_append_new(convs, d))
				rc = VAULT_E_NOMEM;
		}
		vlt_meta_free(&m);
		if (rc)
			goto out;
	}
	rc = vlt_load_consent(v, t, uh, &rec);
	if (rc == 0) {
		current = json_object_get(rec, "consent");
	} else if (rc != VAULT_E_NOTFOUND) {
		goto out;
	}
	rc = vlt_history_scan(v, t, uh, hist, NULL);
	if (rc)
		goto out;
	rc = vlt_concern_scan(v, t, uh, concerns, SIZE_MAX, NULL, NULL);
	if (rc)
		goto out;
	*doc = json_pack("{s:s, s:s, s:O, s:O?, s:O, s:O}", "user", user, "user_pseudonym", pn,
			 "conversations", convs, "consent", current, "consent_history", hist,
			 "concerns", concerns);
	rc = *doc ? 0 : VAULT_E_NOMEM;
out:
	if (t)
		mdb_txn_abort(t);
	json_decref(rec);
	json_decref(ids);
	json_decref(convs);
	json_decref(hist);
	json_decref(concerns);
	return rc;
}
