/* vault_record: the conversation records (metadata, wrapped data key,
 * messages, user, label and expiry indexes) and the documents built from
 * them. */
#include <assert.h>
#include <limits.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b64.h"
#include "codec.h"
#include "errbuf.h"
#include "log.h"
#include "timefmt.h"
#include "vault_int.h"

/* ---- records ----------------------------------------------------------- */

void vlt_meta_free(struct meta *m)
{
	json_decref(m->j);
	m->j = NULL;
}

int vlt_meta_load(vault *v, MDB_txn *t, const char *id, struct meta *m)
{
	MDB_val k = {.mv_size = VAULT_ID_LEN, .mv_data = (void *)id};
	json_t *j = NULL;
	memset(m, 0, sizeof *m);
	int rc = vlt_get_json_mac(v, t, v->meta, "custos-meta", &k, &j);
	if (rc)
		return rc;
	json_t *c = json_object_get(j, "created_at"), *e = json_object_get(j, "expires_at");
	json_t *h = json_object_get(j, "legal_hold"), *n = json_object_get(j, "n");
	json_t *uh = json_object_get(j, "uh");
	if (!json_is_integer(c) || !json_is_integer(e) || !json_is_boolean(h) ||
	    !json_is_integer(n) || json_integer_value(n) < 0 || !json_is_string(uh) ||
	    json_string_length(uh) != UH_HEX || !json_is_object(json_object_get(j, "labels")) ||
	    !json_is_object(json_object_get(j, "consent")) ||
	    !json_is_string(json_object_get(j, "user"))) {
		json_decref(j);
		return VAULT_E_STORE;
	}
	m->j = j;
	m->created = (time_t)json_integer_value(c);
	m->expires = (time_t)json_integer_value(e);
	m->hold = json_is_true(h);
	m->n = (size_t)json_integer_value(n);
	m->uh = json_string_value(uh);
	return 0;
}

int vlt_meta_store(vault *v, MDB_txn *t, const char *id, const json_t *j)
{
	MDB_val k = {.mv_size = VAULT_ID_LEN, .mv_data = (void *)id};
	return vlt_put_json_mac(v, t, v->meta, "custos-meta", &k, j);
}

int vlt_is_expired(const struct meta *m, time_t now)
{
	return !m->hold && m->expires != 0 && now >= m->expires;
}

void vlt_msg_key(uint8_t kb[VAULT_ID_LEN + 4], const char *id, uint32_t idx)
{
	memcpy(kb, id, VAULT_ID_LEN);
	be32_put(kb + VAULT_ID_LEN, idx);
}

int vlt_put_message(vault *v, MDB_txn *t, const char *id, uint32_t idx, const uint8_t dek[KEYLEN],
		    const json_t *msg)
{
	uint8_t kb[VAULT_ID_LEN + 4];
	MDB_val k = {.mv_size = sizeof kb, .mv_data = kb};
	char aad[AAD_MAX];
	const json_t *text = json_object_get(msg, "text");
	size_t tlen = json_string_length(text), n = MSG_HDR + tlen;
	uint8_t *pt = malloc(n);
	if (!pt)
		return VAULT_E_NOMEM;
	pt[0] = strcmp(json_string_value(json_object_get(msg, "role")), "user") ? 1 : 0;
	be64_put(pt + 1, (uint64_t)json_integer_value(json_object_get(msg, "at")));
	memcpy(pt + MSG_HDR, json_string_value(text), tlen);
	vlt_msg_key(kb, id, idx);
	snprintf(aad, sizeof aad, "custos-msg|%s|%u", id, idx);
	int rc = vlt_put_sealed(v, t, v->msg, &k, dek, aad, pt, n);
	OPENSSL_cleanse(pt, n);
	free(pt);
	return rc;
}

size_t vlt_label_key(uint8_t *kb, const char *lk, const char *lv, const char *id)
{
	size_t a = strlen(lk), b = strlen(lv), n = 0;
	assert(a <= VAULT_MAX_LABEL_LEN && b <= VAULT_MAX_LABEL_LEN);
	memcpy(kb, lk, a);
	n = a;
	kb[n++] = 0;
	memcpy(kb + n, lv, b);
	n += b;
	kb[n++] = 0;
	if (id) {
		memcpy(kb + n, id, VAULT_ID_LEN);
		n += VAULT_ID_LEN;
	}
	return n;
}

void vlt_exp_key(uint8_t kb[8 + VAULT_ID_LEN], time_t expires, const char *id)
{
	be64_put(kb, (uint64_t)expires);
	memcpy(kb + 8, id, VAULT_ID_LEN);
}

/* Deletes every record of a conversation. The wrapped data key goes first;
 * all of it commits atomically with the caller's txn. */
int vlt_delete_conv(vault *v, MDB_txn *t, const char *id, const struct meta *m)
{
	uint8_t kb[IDX_KEY_MAX];
	const char *lk;
	json_t *lv;
	int rc;

	vlt_forget_dek(v, t, id);
	rc = vlt_del(v, t, v->dkey, id, VAULT_ID_LEN);
	if (rc)
		return rc;
	for (size_t i = 0; i < m->n; i++) {
		vlt_msg_key(kb, id, (uint32_t)i);
		rc = vlt_del(v, t, v->msg, kb, VAULT_ID_LEN + 4);
		if (rc)
			return rc;
	}
	memcpy(kb, m->uh, UH_HEX);
	memcpy(kb + UH_HEX, id, VAULT_ID_LEN);
	rc = vlt_del(v, t, v->uidx, kb, UH_HEX + VAULT_ID_LEN);
	if (rc)
		return rc;
	json_object_foreach (json_object_get(m->j, "labels"), lk, lv) {
		size_t n = vlt_label_key(kb, lk, json_string_value(lv), id);
		rc = vlt_del(v, t, v->lidx, kb, n);
		if (rc)
			return rc;
	}
	if (m->expires) {
		vlt_exp_key(kb, m->expires, id);
		rc = vlt_del(v, t, v->exp, kb, 8 + VAULT_ID_LEN);
		if (rc)
			return rc;
	}
	return vlt_del(v, t, v->meta, id, VAULT_ID_LEN);
}

/* The user's current consent record {"consent","seq","updated_at"} or NOTFOUND. */
int vlt_load_consent(vault *v, MDB_txn *t, const char *uh, json_t **rec)
{
	MDB_val k = {.mv_size = UH_HEX, .mv_data = (void *)uh};
	return vlt_get_json_mac(v, t, v->consent, "custos-consent", &k, rec);
}

/* Effective consent: the user's current consent if one was ever set, else
 * the consent stored with the conversation. New reference. */
int vlt_effective_consent(vault *v, MDB_txn *t, const struct meta *m, json_t **out)
{
	json_t *rec = NULL;
	int rc = vlt_load_consent(v, t, m->uh, &rec);
	if (rc == VAULT_E_NOTFOUND) {
		*out = json_deep_copy(json_object_get(m->j, "consent"));
		return *out ? 0 : VAULT_E_NOMEM;
	}
	if (rc)
		return rc;
	*out = json_deep_copy(json_object_get(rec, "consent"));
	json_decref(rec);
	return *out ? 0 : VAULT_E_NOMEM;
}

json_t *vlt_time_json(time_t t)
{
	char buf[32];
	if (t == 0)
		return json_null();
	time_rfc3339(t, buf, sizeof buf);
	return json_string(buf);
}

int vlt_conv_attrs(vault *v, MDB_txn *t, const char *id, const struct meta *m, json_t **out)
{
	char pn[VAULT_PN_LEN];
	json_t *consent = NULL;
	int rc = vlt_conv_pseudonym(v, t, id, m, pn);
	if (!rc)
		rc = vlt_effective_consent(v, t, m, &consent);
	if (rc)
		return rc;
	*out = json_pack("{s:s, s:s, s:O, s:o, s:b, s:o, s:o, s:s, s:I}", "type", "conversation",
			 "id", id, "labels", json_object_get(m->j, "labels"), "consent", consent,
			 "legal_hold", m->hold, "created_at", vlt_time_json(m->created),
			 "expires_at", vlt_time_json(m->expires), "user_pseudonym", pn,
			 "message_count", (json_int_t)m->n);
	return *out ? 0 : VAULT_E_NOMEM;
}

int vlt_open_user(const vault *v, const char *id, const struct meta *m, const uint8_t dek[KEYLEN],
		  char **user)
{
	const char *b64 = json_string_value(json_object_get(m->j, "user"));
	size_t blen = strlen(b64);
	uint8_t *ct = malloc(blen);
	char aad[AAD_MAX];
	int rc = VAULT_E_NOMEM;
	*user = NULL;
	if (!ct)
		return rc;
	int n = b64_decode(b64, blen, ct, blen);
	rc = VAULT_E_CRYPTO;
	if (n < SEAL_OVERHEAD)
		goto out;
	*user = malloc((size_t)n - SEAL_OVERHEAD + 1);
	rc = VAULT_E_NOMEM;
	if (!*user)
		goto out;
	snprintf(aad, sizeof aad, "custos-user|%s", id);
	rc = vlt_unseal(v, dek, aad, ct, (size_t)n, (uint8_t *)*user);
	if (rc) {
		free(*user);
		*user = NULL;
		goto out;
	}
	(*user)[n - SEAL_OVERHEAD] = '\0';
out:
	free(ct);
	return rc;
}

static int open_message(const vault *v, const uint8_t dek[KEYLEN], const char *aad,
			const MDB_val *val, json_t **out)
{
	char atbuf[32];
	if (val->mv_size < SEAL_OVERHEAD + MSG_HDR)
		return VAULT_E_CRYPTO;
	size_t n = val->mv_size - SEAL_OVERHEAD;
	uint8_t *pt = malloc(n);
	if (!pt)
		return VAULT_E_NOMEM;
	int rc = vlt_unseal(v, dek, aad, val->mv_data, val->mv_size, pt);
	if (rc)
		goto out;
	rc = VAULT_E_CRYPTO;
	if (pt[0] > 1)
		goto out;
	time_rfc3339((time_t)be64_get(pt + 1), atbuf, sizeof atbuf);
	/* json_stringn re-validates UTF-8; failure means a bug, not input. */
	json_t *text = json_stringn((const char *)pt + MSG_HDR, n - MSG_HDR);
	if (!text)
		goto out;
	*out = json_pack("{s:s, s:o, s:s}", "role", pt[0] ? "assistant" : "user", "text", text,
			 "at", atbuf);
	rc = *out ? 0 : VAULT_E_NOMEM;
out:
	OPENSSL_cleanse(pt, n);
	free(pt);
	return rc;
}

/* The full decrypted conversation document. */
int vlt_conv_doc(vault *v, MDB_txn *t, const char *id, const struct meta *m, json_t **out)
{
	uint8_t dek[KEYLEN];
	uint8_t kb[VAULT_ID_LEN + 4];
	char aad[AAD_MAX];
	char *user = NULL;
	json_t *doc = NULL, *msgs = NULL;
	int rc = vlt_unwrap_dek(v, t, id, dek);
	if (rc)
		goto out;
	rc = vlt_open_user(v, id, m, dek, &user);
	if (rc)
		goto out;
	rc = vlt_conv_attrs(v, t, id, m, &doc);
	if (rc)
		goto out;
	json_object_del(doc, "type");
	json_object_del(doc, "message_count");
	rc = VAULT_E_NOMEM;
	msgs = json_array();
	if (!msgs || json_object_set_new(doc, "user", json_string(user)))
		goto out;
	for (size_t i = 0; i < m->n; i++) {
		MDB_val k = {.mv_size = sizeof kb, .mv_data = kb}, val;
		json_t *msg = NULL;
		vlt_msg_key(kb, id, (uint32_t)i);
		rc = vlt_lmdb(v, mdb_get(t, v->msg, &k, &val));
		if (rc == VAULT_E_NOTFOUND)
			rc = VAULT_E_CRYPTO; /* a missing record is truncation */
		if (rc)
			goto out;
		snprintf(aad, sizeof aad, "custos-msg|%s|%zu", id, i);
		rc = open_message(v, dek, aad, &val, &msg);
		if (rc)
			goto out;
		if (json_array_append_new(msgs, msg)) {
			rc = VAULT_E_NOMEM;
			goto out;
		}
	}
	rc = json_object_set_new(doc, "messages", msgs) ? VAULT_E_NOMEM : 0;
	msgs = NULL;
out:
	OPENSSL_cleanse(dek, sizeof dek);
	if (user) {
		OPENSSL_cleanse(user, strlen(user));
		free(user);
	}
	json_decref(msgs);
	if (rc) {
		json_decref(doc);
		doc = NULL;
	}
	*out = doc;
	return rc;
}
