/* vault_conv: conversations: create, append, read, list, delete, hold. */
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

/* ---- conversations ------------------------------------------------------- */

static int set_user_ct(const vault *v, json_t *meta, const char *id, const char *user,
		       const uint8_t dek[KEYLEN])
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

int vault_create(vault *v, const json_t *body, time_t now, int default_retention_s, char id_out[40],
		 char *err, size_t errsz)
{
	const char *key, *user = NULL;
	json_t *val, *labels, *consent, *hold, *msgs = NULL, *meta = NULL;
	json_t *cons_copy = NULL, *m;
	time_t expires = 0;
	char uh[UH_HEX + 1], id[40];
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
	rc = vlt_wrap_dek(v, t, id, dek);
	if (rc)
		goto out;
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
		if (!rc)
			rc = vlt_pn_index_user(v, t, uh, user);
		if (rc)
			goto out;
	}
	json_object_foreach (json_object_get(meta, "labels"), key, val) {
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
	json_array_foreach (msgs, i, m) {
		rc = vlt_put_message(v, t, id, (uint32_t)i, dek, m);
		if (rc)
			goto out;
	}
out:
	rc = vlt_end(v, t, rc);
	if (!rc)
		memcpy(id_out, id, VAULT_ID_LEN + 1);
	OPENSSL_cleanse(dek, sizeof dek);
	json_decref(cons_copy);
	json_decref(meta);
	json_decref(msgs);
	return rc;
}

/* ---- operations on one existing conversation ---- */

typedef int (*conv_fn)(vault *v, MDB_txn *t, const char *id, struct meta *m, void *arg);

/* Runs fn on the metadata of conversation id in one transaction: read-only,
 * or a write committed when fn returns 0. A malformed id, a missing
 * conversation and (with now > 0) an expired one are VAULT_E_NOTFOUND. */
static int with_conv(vault *v, const char *id, int write, time_t now, conv_fn fn, void *arg)
{
	struct meta m = {0};
	MDB_txn *t = NULL;
	if (!vault_valid_id(id, 'c'))
		return VAULT_E_NOTFOUND;
	int rc = vlt_begin(v, !write, &t);
	if (rc)
		return rc;
	rc = vlt_meta_load(v, t, id, &m);
	if (!rc && now && vlt_is_expired(&m, now))
		rc = VAULT_E_NOTFOUND;
	if (!rc)
		rc = fn(v, t, id, &m, arg);
	if (write)
		rc = vlt_end(v, t, rc);
	else
		mdb_txn_abort(t);
	vlt_meta_free(&m);
	return rc;
}

struct append {
	json_t *msgs;
	size_t count;
	char *err;
	size_t errsz;
};

static int append_fn(vault *v, MDB_txn *t, const char *id, struct meta *m, void *arg)
{
	struct append *a = arg;
	uint8_t dek[KEYLEN];
	size_t i, n = json_array_size(a->msgs);
	json_t *msg;
	if (m->n + n > VAULT_MAX_MESSAGES)
		return errbuf_fail(a->err, a->errsz, VAULT_E_LIMIT,
				   "messages: a conversation holds at most %d messages",
				   VAULT_MAX_MESSAGES);
	int rc = vlt_unwrap_dek(v, t, id, dek);
	json_array_foreach (a->msgs, i, msg) {
		if (!rc)
			rc = vlt_put_message(v, t, id, (uint32_t)(m->n + i), dek, msg);
	}
	OPENSSL_cleanse(dek, sizeof dek);
	if (rc)
		return rc;
	m->n += n;
	a->count = m->n;
	if (json_object_set_new(m->j, "n", json_integer((json_int_t)m->n)))
		return VAULT_E_NOMEM;
	return vlt_meta_store(v, t, id, m->j);
}

int vault_append(vault *v, const char *id, const json_t *body, time_t now, size_t *count_out,
		 char *err, size_t errsz)
{
	struct append a = {.err = err, .errsz = errsz};
	errbuf_clear(err, errsz);
	if (!vault_valid_id(id, 'c'))
		return VAULT_E_NOTFOUND;
	int rc = vlt_parse_messages(body, now, 1, &a.msgs, err, errsz);
	if (rc)
		return rc;
	if (json_array_size(a.msgs) == 0)
		rc = errbuf_fail(err, errsz, VAULT_E_INVALID, "messages: empty");
	else
		rc = with_conv(v, id, 1, now, append_fn, &a);
	if (!rc && count_out)
		*count_out = a.count;
	json_decref(a.msgs);
	return rc;
}

static int doc_fn(vault *v, MDB_txn *t, const char *id, struct meta *m, void *out)
{
	return vlt_conv_doc(v, t, id, m, out);
}

static int attrs_fn(vault *v, MDB_txn *t, const char *id, struct meta *m, void *out)
{
	return vlt_conv_attrs(v, t, id, m, out);
}

int vault_get(vault *v, const char *id, time_t now, json_t **out)
{
	*out = NULL;
	return with_conv(v, id, 0, now, doc_fn, out);
}

int vault_meta(vault *v, const char *id, time_t now, json_t **attrs)
{
	*attrs = NULL;
	return with_conv(v, id, 0, now, attrs_fn, attrs);
}

static int delete_fn(vault *v, MDB_txn *t, const char *id, struct meta *m, void *mark)
{
	int rc = m->hold ? VAULT_E_HOLD : vlt_delete_conv(v, t, id, m);
	return !rc && *(int *)mark ? vlt_shred_mark(v, t) : rc;
}

static int delete_once(vault *v, int mark, void *id)
{
	return with_conv(v, id, 1, 0, delete_fn, &mark);
}

int vault_delete(vault *v, const char *id)
{
	return vlt_shred_deleting(v, delete_once, (void *)id);
}

static int hold_fn(vault *v, MDB_txn *t, const char *id, struct meta *m, void *hold)
{
	if (json_object_set_new(m->j, "legal_hold", json_boolean(*(int *)hold)))
		return VAULT_E_NOMEM;
	return vlt_meta_store(v, t, id, m->j);
}

int vault_set_hold(vault *v, const char *id, int hold)
{
	return with_conv(v, id, 1, 0, hold_fn, &hold);
}

int vault_list(vault *v, const char *user, const char *label_k, const char *label_v, time_t now,
	       size_t limit, const char *after, json_t **out)
{
	vault_filter f = {.user = user, .label_k = label_k, .label_v = label_v};
	return vault_list_filtered(v, &f, now, limit, after, out);
}

/* One page of a listing: where it starts and what it keeps. */
struct page {
	vault *v;
	MDB_txn *t;
	time_t now;
	size_t plen, limit; /* index key prefix; entries per page */
	const char *uh;     /* the user's, or NULL */
	const char *label_k, *label_v;
	const char *after;
	json_t *arr;
	char next[VAULT_ID_LEN + 1]; /* the last id of a full page */
};

static int page_entry(const MDB_val *k, const MDB_val *val, void *arg)
{
	struct page *p = arg;
	char id[VAULT_ID_LEN + 1];
	struct meta m;
	json_t *attrs = NULL;
	(void)val;
	if (k->mv_size != p->plen + VAULT_ID_LEN)
		return 0;
	memcpy(id, (const char *)k->mv_data + p->plen, VAULT_ID_LEN);
	id[VAULT_ID_LEN] = '\0';
	if (p->after && !strcmp(id, p->after))
		return 0;
	int rc = vlt_meta_load(p->v, p->t, id, &m);
	if (rc)
		return rc == VAULT_E_NOTFOUND ? 0 : rc;
	/* Index entries are not authenticated: trust only the metadata. */
	int skip = vlt_is_expired(&m, p->now) || (p->uh && strcmp(m.uh, p->uh) != 0);
	if (!skip && p->label_k) {
		json_t *lv = json_object_get(json_object_get(m.j, "labels"), p->label_k);
		skip = !json_is_string(lv) || strcmp(json_string_value(lv), p->label_v) != 0;
	}
	if (!skip) {
		rc = vlt_conv_attrs(p->v, p->t, id, &m, &attrs);
		if (!rc && json_array_append_new(p->arr, attrs))
			rc = VAULT_E_NOMEM;
	}
	vlt_meta_free(&m);
	if (!rc && json_array_size(p->arr) == p->limit) {
		memcpy(p->next, id, sizeof p->next);
		rc = VLT_STOP;
	}
	return rc;
}

int vault_list_filtered(vault *v, const vault_filter *f, time_t now, size_t limit,
			const char *after, json_t **out)
{
	uint8_t start[IDX_KEY_MAX];
	char uh[UH_HEX + 1];
	MDB_dbi db = v->meta;
	const char *label_k = f->label_k, *label_v = f->label_v;
	struct page p = {
		.v = v, .now = now, .label_k = label_k, .label_v = label_v, .after = after};
	int rc;

	*out = NULL;
	if (f->user && f->pseudonym)
		return VAULT_E_INVALID;
	if (f->user && vlt_check_user(f->user, NULL, 0))
		return VAULT_E_INVALID;
	if (f->pseudonym && !vault_is_pseudonym(f->pseudonym))
		return VAULT_E_INVALID;
	if (!label_k != !label_v)
		return VAULT_E_INVALID;
	if (label_k &&
	    (!label_k[0] || strnlen(label_k, VAULT_MAX_LABEL_LEN + 1) > VAULT_MAX_LABEL_LEN ||
	     strnlen(label_v, VAULT_MAX_LABEL_LEN + 1) > VAULT_MAX_LABEL_LEN))
		return VAULT_E_INVALID;
	if (after && !vault_valid_id(after, 'c'))
		return VAULT_E_INVALID;
	p.limit = limit == 0 ? VAULT_LIST_DEFAULT : limit > VAULT_LIST_MAX ? VAULT_LIST_MAX : limit;

	p.arr = json_array();
	if (!p.arr)
		return VAULT_E_NOMEM;
	rc = vlt_begin(v, 1, &p.t);
	if (rc)
		goto out;
	if (f->user) {
		vlt_user_hash(v, f->user, uh);
	} else if (f->pseudonym) {
		rc = vlt_pn_resolve(v, p.t, f->pseudonym, now, uh);
		if (rc == VAULT_E_NOTFOUND)
			goto done; /* nobody with conversations has this pseudonym */
		if (rc)
			goto out;
	}
	if (f->user || f->pseudonym) {
		memcpy(start, uh, UH_HEX);
		p.plen = UH_HEX;
		p.uh = uh;
		db = v->uidx;
	} else if (label_k) {
		p.plen = vlt_label_key(start, label_k, label_v, NULL);
		db = v->lidx;
	}
	size_t slen = p.plen;
	if (after) {
		memcpy(start + p.plen, after, VAULT_ID_LEN);
		slen += VAULT_ID_LEN;
	}
	rc = vlt_scan(v, p.t, db, start, slen, p.plen, page_entry, &p);
	if (rc)
		goto out;
done:
	*out = json_pack("{s:O, s:o}", "conversations", p.arr, "next",
			 p.next[0] ? json_string(p.next) : json_null());
	rc = *out ? 0 : VAULT_E_NOMEM;
out:
	mdb_txn_abort(p.t);
	json_decref(p.arr);
	return rc;
}
