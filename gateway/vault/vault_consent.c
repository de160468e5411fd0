/* vault_consent: the end user's current consent (HMAC-authenticated) and
 * its sealed history. */
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

/* ---- consent --------------------------------------------------------------- */

static void hist_key(uint8_t kb[UH_HEX + 4], const char *uh, uint32_t seq)
{
	memcpy(kb, uh, UH_HEX);
	be32_put(kb + UH_HEX, seq);
}

int vault_consent_put(vault *v, const char *user, const json_t *consent, const char *author,
		      time_t now, char *err, size_t errsz)
{
	char uh[UH_HEX + 1], aad[AAD_MAX], atbuf[32];
	uint8_t kb[UH_HEX + 4];
	json_t *rec = NULL, *entry = NULL;
	char *pt = NULL;
	MDB_txn *t = NULL;
	json_int_t seq = 0;
	int rc;

	errbuf_clear(err, errsz);
	rc = vlt_check_user(user, err, errsz);
	if (rc)
		return rc;
	rc = vlt_check_consent(consent, "consent", err, errsz);
	if (rc)
		return rc;
	if (author && strnlen(author, VAULT_MAX_AUTHOR_LEN + 1) > VAULT_MAX_AUTHOR_LEN)
		return errbuf_fail(err, errsz, VAULT_E_INVALID, "author: longer than %d bytes", VAULT_MAX_AUTHOR_LEN);
	vlt_user_hash(v, user, uh);
	rc = vlt_begin(v, 0, &t);
	if (rc)
		return rc;
	rc = vlt_load_consent(v, t, uh, &rec);
	if (rc == 0)
		seq = json_integer_value(json_object_get(rec, "seq"));
	else if (rc != VAULT_E_NOTFOUND)
		goto out;
	json_decref(rec);
	seq++;
	rc = VAULT_E_NOMEM;
	rec = json_pack("{s:O, s:I, s:I}", "consent", consent, "seq", seq, "updated_at",
			(json_int_t)now);
	if (!rec)
		goto out;
	{
		MDB_val k = {.mv_size = UH_HEX, .mv_data = uh};
		rc = vlt_put_json_mac(v, t, v->consent, "custos-consent", &k, rec);
		if (rc)
			goto out;
	}
	time_rfc3339(now, atbuf, sizeof atbuf);
	rc = VAULT_E_NOMEM;
	entry = json_pack("{s:O, s:s?, s:s}", "consent", consent, "author", author, "at", atbuf);
	if (!entry)
		goto out;
	pt = json_dumps(entry, JSON_COMPACT);
	if (!pt)
		goto out;
	{
		MDB_val k = {.mv_size = sizeof kb, .mv_data = kb};
		hist_key(kb, uh, (uint32_t)seq);
		snprintf(aad, sizeof aad, "custos-consent|%s|%u", uh, (unsigned)seq);
		rc = vlt_put_sealed(v, t, v->chist, &k, v->rec_key, aad, pt, strlen(pt));
		if (rc)
			goto out;
	}
	rc = vlt_commit(v, t);
	t = NULL;
out:
	if (t)
		mdb_txn_abort(t);
	free(pt);
	json_decref(rec);
	json_decref(entry);
	return rc;
}

int vault_consent_get(vault *v, const char *user, json_t **current)
{
	char uh[UH_HEX + 1];
	json_t *rec = NULL;
	MDB_txn *t = NULL;
	int rc;

	*current = NULL;
	if (vlt_check_user(user, NULL, 0))
		return VAULT_E_INVALID;
	vlt_user_hash(v, user, uh);
	rc = vlt_begin(v, 1, &t);
	if (rc)
		return rc;
	rc = vlt_load_consent(v, t, uh, &rec);
	mdb_txn_abort(t);
	if (rc)
		return rc;
	*current = json_deep_copy(json_object_get(rec, "consent"));
	json_decref(rec);
	return *current ? 0 : VAULT_E_NOMEM;
}

/* Appends the user's decrypted consent history to arr; with keys_out, also
 * collects the raw keys (for erasure). */
int vlt_history_scan(vault *v, MDB_txn *t, const char *uh, json_t *arr,
			struct keylist *keys_out)
{
	MDB_cursor *cur = NULL;
	uint8_t kb[UH_HEX + 4];
	char aad[AAD_MAX];
	int rc = vlt_lmdb(v, mdb_cursor_open(t, v->chist, &cur));
	if (rc)
		return rc;
	hist_key(kb, uh, 0);
	MDB_val k = {.mv_size = sizeof kb, .mv_data = kb}, val;
	int r;
	for (r = mdb_cursor_get(cur, &k, &val, MDB_SET_RANGE); r == 0;
	     r = mdb_cursor_get(cur, &k, &val, MDB_NEXT)) {
		json_t *e = NULL;
		if (k.mv_size != UH_HEX + 4 || memcmp(k.mv_data, uh, UH_HEX) != 0)
			break;
		if (keys_out) {
			rc = vlt_keylist_add(keys_out, &k);
			if (rc)
				goto out;
			continue;
		}
		snprintf(aad, sizeof aad, "custos-consent|%s|%u", uh,
			 (unsigned)be32_get((const uint8_t *)k.mv_data + UH_HEX));
		rc = vlt_get_sealed_json(v, v->rec_key, aad, &val, &e);
		if (rc)
			goto out;
		if (json_array_append_new(arr, e)) {
			rc = VAULT_E_NOMEM;
			goto out;
		}
	}
	if (r != MDB_NOTFOUND && r != 0)
		rc = vlt_lmdb(v, r);
out:
	mdb_cursor_close(cur);
	return rc;
}

int vault_consent_history(vault *v, const char *user, json_t **hist)
{
	char uh[UH_HEX + 1];
	MDB_txn *t = NULL;
	int rc;

	*hist = NULL;
	if (vlt_check_user(user, NULL, 0))
		return VAULT_E_INVALID;
	json_t *arr = json_array();
	if (!arr)
		return VAULT_E_NOMEM;
	vlt_user_hash(v, user, uh);
	rc = vlt_begin(v, 1, &t);
	if (!rc) {
		rc = vlt_history_scan(v, t, uh, arr, NULL);
		mdb_txn_abort(t);
	}
	if (rc) {
		json_decref(arr);
		return rc;
	}
	*hist = arr;
	return 0;
}

