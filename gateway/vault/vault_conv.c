/* vault_conv: conversations: create, append, read, list, delete, hold. */
#include "b64.h"
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

/* ---- conversations ------------------------------------------------------- */

static int set_user_ct(const vault *v, json_t *meta, const char *id, const char *user, const uint8_t dek[KEYLEN])
{
	size_t ulen = strlen(user), clen = ulen + SEAL_OVERHEAD;
	uint8_t ct[VAULT_MAX_USER_LEN + SEAL_OVERHEAD];
	char b64[(sizeof ct + 2) / 3 * 4 + 1];
	char aad[AAD_MAX];
	assert(ulen <= VAULT_MAX_USER_LEN);
	snprintf(aad, sizeof aad, "custos-user|%s", id);
	int rc = vlt_seal(v, dek, aad, (const uint8_t *)user, ulen, ct);
	if (rc)
		return rc;
	b64_encode(ct, clen, b64);
	return json_object_set_new(meta, "user", json_string(b64)) ? VAULT_E_NOMEM : 0;
}

int vault_create(vault *v, const json_t *body, time_t now, int default_retention_s,
		 char id_out[40], char *err, size_t errsz)
{
	const char *key, *user = NULL;
	json_t *val, *labels, *consent, *hold, *msgs = NULL, *meta = NULL;
	json_t *cons_copy = NULL, *m;
	time_t expires = 0;
	char uh[UH_HEX + 1], id[40], aad[AAD_MAX];
	uint8_t dek[KEYLEN], kb[IDX_KEY_MAX];
	MDB_txn *t = NULL;
	size_t i;
	int rc;

	errbuf_clear(err, errsz);
	id_out[0] = '\0';
	rc = vlt_create_check(body, now, &user, &expires, &msgs, err, errsz);
	if (rc)
		return rc;
	if (!expires && default_retention_s > 0)
		expires = now + default_retention_s;
	labels = json_object_get(body, "labels");
	consent = json_object_get(body, "consent");
	hold = json_object_get(body, "legal_hold");

	vlt_user_hash(v, user, uh);
	rc = vlt_begin(v, 0, &t);
	if (rc)
		goto out;
	if (consent) {
		cons_copy = json_deep_copy(consent);
	} else {
		json_t *rec = NULL;
		rc = vlt_load_consent(v, t, uh, &rec);
		if (rc == VAULT_E_NOTFOUND) {
			cons_copy = json_pack("{s:b, s:b}", "human_review", 0, "training", 0);
			rc = 0;
		} else if (rc == 0) {
			cons_copy = json_deep_copy(json_object_get(rec, "consent"));
			json_decref(rec);
		}
		if (rc)
			goto out;
	}
	rc = VAULT_E_NOMEM;
	if (!cons_copy)
		goto out;
	/* A collision of 131 random bits is not expected; loop for form. */
	do {
		MDB_val k = {.mv_size = VAULT_ID_LEN, .mv_data = id}, tmp;
		rc = vlt_gen_id('c', id);
		if (rc)
			goto out;
		rc = mdb_get(t, v->meta, &k, &tmp);
	} while (rc == 0);
	if (rc != MDB_NOTFOUND) {
		rc = vlt_lmdb(v, rc);
		goto out;
	}
	if (RAND_bytes(dek, sizeof dek) != 1) {
		rc = VAULT_E_CRYPTO;
		goto out;
	}
	{
		MDB_val k = {.mv_size = VAULT_ID_LEN, .mv_data = id};
		snprintf(aad, sizeof aad, "custos-dek|%s", id);
		rc = vlt_put_sealed(v, t, v->dkey, &k, v->wrap_key, aad, dek, KEYLEN);
		if (rc)
			goto out;
	}
	meta = json_pack("{s:I, s:I, s:b, s:o, s:O, s:s, s:I}", "created_at", (json_int_t)now,
			 "expires_at", (json_int_t)expires, "legal_hold", json_is_true(hold),
			 "labels", labels ? json_deep_copy(labels) : json_object(), "consent",
			 cons_copy, "uh", uh, "n", (json_int_t)json_array_size(msgs));
	rc = VAULT_E_NOMEM;
	if (!meta)
		goto out;
	rc = set_user_ct(v, meta, id, user, dek);
	if (rc)
		goto out;
	rc = vlt_meta_store(v, t, id, meta);
	if (rc)
		goto out;
	{
		MDB_val k = {.mv_size = UH_HEX + VAULT_ID_LEN, .mv_data = kb}, empty = {0, NULL};
		memcpy(kb, uh, UH_HEX);
		memcpy(kb + UH_HEX, id, VAULT_ID_LEN);
		rc = vlt_put(v, t, v->uidx, &k, &empty, 0);
		if (rc)
			goto out;
	}
	json_object_foreach(json_object_get(meta, "labels"), key, val) {
		MDB_val k = {.mv_size = 0, .mv_data = kb}, empty = {0, NULL};
		k.mv_size = vlt_label_key(kb, key, json_string_value(val), id);
		rc = vlt_put(v, t, v->lidx, &k, &empty, 0);
		if (rc)
			goto out;
	}
	if (expires) {
		MDB_val k = {.mv_size = 8 + VAULT_ID_LEN, .mv_data = kb}, empty = {0, NULL};
		vlt_exp_key(kb, expires, id);
		rc = vlt_put(v, t, v->exp, &k, &empty, 0);
		if (rc)
			goto out;
	}
	json_array_foreach(msgs, i, m) {
		rc = vlt_put_message(v, t, id, (uint32_t)i, dek, m);
		if (rc)
			goto out;
	}
	rc = vlt_commit(v, t);
	t = NULL;
	if (!rc)
		memcpy(id_out, id, VAULT_ID_LEN + 1);
out:
	if (t)
		mdb_txn_abort(t);
	OPENSSL_cleanse(dek, sizeof dek);
	json_decref(cons_copy);
	json_decref(meta);
	json_decref(msgs);
	return rc;
}

int vault_append(vault *v, const char *id, const json_t *body, time_t now, size_t *count_out,
		 char *err, size_t errsz)
{
	struct meta m = {0};
	json_t *msgs = NULL, *msg;
	uint8_t dek[KEYLEN];
	MDB_txn *t = NULL;
	size_t i;
	int rc;

	errbuf_clear(err, errsz);
	if (!vlt_valid_id(id, 'c'))
		return VAULT_E_NOTFOUND;
	rc = vlt_parse_messages(body, now, 1, &msgs, err, errsz);
	if (rc)
		return rc;
	if (json_array_size(msgs) == 0) {
		json_decref(msgs);
		return errbuf_fail(err, errsz, VAULT_E_INVALID, "messages: empty");
	}
	rc = vlt_begin(v, 0, &t);
	if (rc)
		goto out;
	rc = vlt_meta_load(v, t, id, &m);
	if (rc)
		goto out;
	if (vlt_is_expired(&m, now)) {
		rc = VAULT_E_NOTFOUND;
		goto out;
	}
	if (m.n + json_array_size(msgs) > VAULT_MAX_MESSAGES) {
		rc = VAULT_E_LIMIT;
		errbuf_set(err, errsz, "messages: a conversation holds at most %d messages",
		    VAULT_MAX_MESSAGES);
		goto out;
	}
	rc = vlt_unwrap_dek(v, t, id, dek);
	if (rc)
		goto out;
	json_array_foreach(msgs, i, msg) {
		rc = vlt_put_message(v, t, id, (uint32_t)(m.n + i), dek, msg);
		if (rc)
			goto out;
	}
	m.n += json_array_size(msgs);
	rc = json_object_set_new(m.j, "n", json_integer((json_int_t)m.n)) ? VAULT_E_NOMEM : 0;
	if (rc)
		goto out;
	rc = vlt_meta_store(v, t, id, m.j);
	if (rc)
		goto out;
	rc = vlt_commit(v, t);
	t = NULL;
	if (!rc && count_out)
		*count_out = m.n;
out:
	if (t)
		mdb_txn_abort(t);
	OPENSSL_cleanse(dek, sizeof dek);
	vlt_meta_free(&m);
	json_decref(msgs);
	return rc;
}

/* Shared read path of vault_get / vault_meta. */

static int read_conv(vault *v, const char *id, time_t now, int full, json_t **out)
{
	struct meta m = {0};
	MDB_txn *t = NULL;
	int rc;

	*out = NULL;
	if (!vlt_valid_id(id, 'c'))
		return VAULT_E_NOTFOUND;
	rc = vlt_begin(v, 1, &t);
	if (rc)
		return rc;
	rc = vlt_meta_load(v, t, id, &m);
	if (rc)
		goto out;
	if (vlt_is_expired(&m, now)) {
		rc = VAULT_E_NOTFOUND;
		goto out;
	}
	rc = full ? vlt_conv_doc(v, t, id, &m, out) : vlt_conv_attrs(v, t, id, &m, out);
out:
	mdb_txn_abort(t);
	vlt_meta_free(&m);
	return rc;
}

int vault_get(vault *v, const char *id, time_t now, json_t **out)
{
	return read_conv(v, id, now, 1, out);
}

int vault_meta(vault *v, const char *id, time_t now, json_t **attrs)
{
	return read_conv(v, id, now, 0, attrs);
}

/* 1 when s is an end-user pseudonym: "u-" + 32 lowercase hex digits. */
static int is_pseudonym(const char *s)
{
	if (!s || strnlen(s, 35) != 34 || s[0] != 'u' || s[1] != '-')
		return 0;
	for (size_t i = 2; i < 34; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

int vault_is_pseudonym(const char *s)
{
	return is_pseudonym(s);
}

int vault_list(vault *v, const char *user, const char *label_k, const char *label_v,
	       time_t now, size_t limit, const char *after, json_t **out)
{
	vault_filter f = {.user = user, .label_k = label_k, .label_v = label_v};
	return vault_list_filtered(v, &f, now, limit, after, out);
}

/* The full uh of the user whose pseudonym is pn, from the user index (the
 * pseudonym is uh's first 32 hex digits). VAULT_E_NOTFOUND when no
 * conversation is indexed under it. */
static int uh_of_pseudonym(vault *v, MDB_txn *t, const char *pn, char uh[UH_HEX + 1])
{
	MDB_cursor *cur = NULL;
	int rc = vlt_lmdb(v, mdb_cursor_open(t, v->uidx, &cur));
	if (rc)
		return rc;
	MDB_val k = {.mv_size = 32, .mv_data = (void *)(pn + 2)};
	int r = mdb_cursor_get(cur, &k, NULL, MDB_SET_RANGE);
	if (r == 0 && k.mv_size == UH_HEX + VAULT_ID_LEN && memcmp(k.mv_data, pn + 2, 32) == 0) {
		memcpy(uh, k.mv_data, UH_HEX);
		uh[UH_HEX] = '\0';
	} else {
		rc = r == 0 || r == MDB_NOTFOUND ? VAULT_E_NOTFOUND : vlt_lmdb(v, r);
	}
	mdb_cursor_close(cur);
	return rc;
}

int vault_list_filtered(vault *v, const vault_filter *f, time_t now, size_t limit,
			const char *after, json_t **out)
{
	uint8_t start[IDX_KEY_MAX];
	char uh[UH_HEX + 1], id[VAULT_ID_LEN + 1], next[VAULT_ID_LEN + 1] = "";
	size_t plen = 0;
	int by_user = f->user || f->pseudonym;
	MDB_dbi db = v->meta;
	MDB_txn *t = NULL;
	MDB_cursor *cur = NULL;
	json_t *arr = NULL;
	const char *label_k = f->label_k, *label_v = f->label_v;
	int rc;

	*out = NULL;
	if (f->user && f->pseudonym)
		return VAULT_E_INVALID;
	if (f->user && vlt_check_user(f->user, NULL, 0))
		return VAULT_E_INVALID;
	if (f->pseudonym && !is_pseudonym(f->pseudonym))
		return VAULT_E_INVALID;
	if (!label_k != !label_v)
		return VAULT_E_INVALID;
	if (label_k && (!label_k[0] || strnlen(label_k, VAULT_MAX_LABEL_LEN + 1) >
						 VAULT_MAX_LABEL_LEN ||
			strnlen(label_v, VAULT_MAX_LABEL_LEN + 1) > VAULT_MAX_LABEL_LEN))
		return VAULT_E_INVALID;
	if (after && !vlt_valid_id(after, 'c'))
		return VAULT_E_INVALID;
	if (limit == 0)
		limit = VAULT_LIST_DEFAULT;
	if (limit > VAULT_LIST_MAX)
		limit = VAULT_LIST_MAX;

	arr = json_array();
	if (!arr)
		return VAULT_E_NOMEM;
	rc = vlt_begin(v, 1, &t);
	if (rc)
		goto out;
	if (f->user) {
		vlt_user_hash(v, f->user, uh);
	} else if (f->pseudonym) {
		rc = uh_of_pseudonym(v, t, f->pseudonym, uh);
		if (rc == VAULT_E_NOTFOUND) {
			rc = 0;
			goto done; /* nobody with conversations has this pseudonym */
		}
		if (rc)
			goto out;
	}
	if (by_user) {
		memcpy(start, uh, UH_HEX);
		plen = UH_HEX;
		db = v->uidx;
	} else if (label_k) {
		plen = vlt_label_key(start, label_k, label_v, NULL);
		db = v->lidx;
	}
	size_t slen = plen;
	if (after) {
		memcpy(start + plen, after, VAULT_ID_LEN);
		slen += VAULT_ID_LEN;
	}
	rc = vlt_lmdb(v, mdb_cursor_open(t, db, &cur));
	if (rc)
		goto out;
	MDB_val k = {.mv_size = slen, .mv_data = start};
	int r = mdb_cursor_get(cur, &k, NULL, slen ? MDB_SET_RANGE : MDB_FIRST);
	for (; r == 0; r = mdb_cursor_get(cur, &k, NULL, MDB_NEXT)) {
		struct meta m;
		json_t *attrs = NULL;
		if (k.mv_size < plen || memcmp(k.mv_data, start, plen) != 0)
			break;
		if (k.mv_size != plen + VAULT_ID_LEN)
			continue;
		memcpy(id, (const char *)k.mv_data + plen, VAULT_ID_LEN);
		id[VAULT_ID_LEN] = '\0';
		if (after && !strcmp(id, after))
			continue;
		rc = vlt_meta_load(v, t, id, &m);
		if (rc == VAULT_E_NOTFOUND) {
			rc = 0;
			continue;
		}
		if (rc)
			goto out;
		/* Index entries are not authenticated: trust only the metadata. */
		int skip = vlt_is_expired(&m, now) || (by_user && strcmp(m.uh, uh) != 0);
		if (!skip && label_k) {
			json_t *lv = json_object_get(json_object_get(m.j, "labels"), label_k);
			skip = !json_is_string(lv) || strcmp(json_string_value(lv), label_v) != 0;
		}
		if (!skip) {
			rc = vlt_conv_attrs(v, t, id, &m, &attrs);
			if (!rc && json_array_append_new(arr, attrs))
				rc = VAULT_E_NOMEM;
		}
		vlt_meta_free(&m);
		if (rc)
			goto out;
		if (json_array_size(arr) == limit) {
			memcpy(next, id, sizeof next);
			break;
		}
	}
	if (r && r != MDB_NOTFOUND) {
		rc = vlt_lmdb(v, r);
		goto out;
	}
done:
	*out = json_pack("{s:O, s:o}", "conversations", arr,
			 "next", next[0] ? json_string(next) : json_null());
	rc = *out ? 0 : VAULT_E_NOMEM;
out:
	if (cur)
		mdb_cursor_close(cur);
	if (t)
		mdb_txn_abort(t);
	json_decref(arr);
	return rc;
}


int vault_delete(vault *v, const char *id)
{
	struct meta m = {0};
	MDB_txn *t = NULL;
	int rc;

	if (!vlt_valid_id(id, 'c'))
		return VAULT_E_NOTFOUND;
	rc = vlt_begin(v, 0, &t);
	if (rc)
		return rc;
	rc = vlt_meta_load(v, t, id, &m);
	if (rc)
		goto out;
	if (m.hold) {
		rc = VAULT_E_HOLD;
		goto out;
	}
	rc = vlt_delete_conv(v, t, id, &m);
	if (rc)
		goto out;
	rc = vlt_commit(v, t);
	t = NULL;
out:
	if (t)
		mdb_txn_abort(t);
	vlt_meta_free(&m);
	return rc;
}

int vault_set_hold(vault *v, const char *id, int hold)
{
	struct meta m = {0};
	MDB_txn *t = NULL;
	int rc;

	if (!vlt_valid_id(id, 'c'))
		return VAULT_E_NOTFOUND;
	rc = vlt_begin(v, 0, &t);
	if (rc)
		return rc;
	rc = vlt_meta_load(v, t, id, &m);
	if (rc)
		goto out;
	rc = json_object_set_new(m.j, "legal_hold", json_boolean(hold)) ? VAULT_E_NOMEM : 0;
	if (rc)
		goto out;
	rc = vlt_meta_store(v, t, id, m.j);
	if (rc)
		goto out;
	rc = vlt_commit(v, t);
	t = NULL;
out:
	if (t)
		mdb_txn_abort(t);
	vlt_meta_free(&m);
	return rc;
}

/* What walk_due found at one expiry-index entry. */
