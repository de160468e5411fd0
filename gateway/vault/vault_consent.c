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
		return errbuf_fail(err, errsz, VAULT_E_INVALID, "author: longer than %d bytes",
				   VAULT_MAX_AUTHOR_LEN);
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
out:
	rc = vlt_end(v, t, rc);
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

struct history_scan {
	const vault *v;
	const char *uh;
	json_t *arr;
	struct keylist *keys_out;
};

static int history_entry(const MDB_val *k, const MDB_val *val, void *arg)
{
	struct history_scan *h = arg;
	char aad[AAD_MAX];
	json_t *e = NULL;
	if (k->mv_size != UH_HEX + 4)
		return VLT_STOP;
	if (h->keys_out)
		return vlt_keylist_add(h->keys_out, k);
	snprintf(aad, sizeof aad, "custos-consent|%s|%u", h->uh,
		 (unsigned)be32_get((const uint8_t *)k->mv_data + UH_HEX));
	int rc = vlt_get_sealed_json(h->v, h->v->rec_key, aad, val, &e);
	if (!rc && json_array_append_new(h->arr, e))
		rc = VAULT_E_NOMEM;
	return rc;
}

/* Appends the user's decrypted consent history to arr; with keys_out, only
 * collects the raw keys (for erasure). */
int vlt_history_scan(vault *v, MDB_txn *t, const char *uh, json_t *arr, struct keylist *keys_out)
{
	uint8_t kb[UH_HEX + 4];
	struct history_scan h = {.v = v, .uh = uh, .arr = arr, .keys_out = keys_out};
	hist_key(kb, uh, 0);
	return vlt_scan(v, t, v->chist, kb, sizeof kb, UH_HEX, history_entry, &h);
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
