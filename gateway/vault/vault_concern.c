/* vault_concern: privacy concerns, sealed whole, keyed by creation time so
 * that they page in order. */
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

/* ---- concerns --------------------------------------------------------------- */

static int concern_open(vault *v, const MDB_val *k, const MDB_val *val, json_t **rec)
{
	char aad[AAD_MAX];
	if (k->mv_size != 8 + VAULT_ID_LEN)
		return VAULT_E_CRYPTO;
	snprintf(aad, sizeof aad, "custos-concern|%.*s", VAULT_ID_LEN,
		 (const char *)k->mv_data + 8);
	return vlt_get_sealed_json(v, v->rec_key, aad, val, rec);
}

/* Public form of a stored concern record (new reference). */
static json_t *concern_public(const vault *v, const json_t *rec)
{
	char pn[VAULT_PN_LEN];
	const char *user = json_string_value(json_object_get(rec, "user"));
	json_t *out;
	if (!user)
		return NULL;
	vault_pseudonym(v, user, pn);
	out = json_pack(
		"{s:O, s:o, s:O, s:s, s:O?, s:O?, s:O}", "id", json_object_get(rec, "id"),
		"created_at",
		vlt_time_json((time_t)json_integer_value(json_object_get(rec, "created_at"))),
		"user", json_object_get(rec, "user"), "user_pseudonym", pn, "conversation_id",
		json_object_get(rec, "conversation_id"), "decision_id",
		json_object_get(rec, "decision_id"), "text", json_object_get(rec, "text"));
	return out;
}

struct concern_scan {
	vault *v;
	const char *uh;
	json_t *arr;
	size_t max;
	struct keylist *keys_out;
	int *truncated;
};

static int concern_entry(const MDB_val *k, const MDB_val *val, void *arg)
{
	struct concern_scan *c = arg;
	json_t *rec = NULL, *pub;
	int rc = concern_open(c->v, k, val, &rec);
	if (rc)
		return rc;
	const char *ruh = json_string_value(json_object_get(rec, "uh"));
	if (c->uh && (!ruh || strcmp(ruh, c->uh) != 0)) {
		json_decref(rec);
		return 0;
	}
	if (c->keys_out)
		rc = vlt_keylist_add(c->keys_out, k);
	if (!rc && c->arr) {
		if (json_array_size(c->arr) >= c->max) {
			if (c->truncated)
				*c->truncated = 1;
		} else {
			pub = concern_public(c->v, rec);
			if (!pub || json_array_append_new(c->arr, pub))
				rc = pub ? VAULT_E_NOMEM : VAULT_E_CRYPTO;
		}
	}
	json_decref(rec);
	return rc;
}

/* Scans all concerns: with uh set, only that user's. Appends public records
 * to arr (up to max) and/or raw keys to keys_out. *truncated set if more. */
int vlt_concern_scan(vault *v, MDB_txn *t, const char *uh, json_t *arr, size_t max,
		     struct keylist *keys_out, int *truncated)
{
	struct concern_scan c = {.v = v,
				 .uh = uh,
				 .arr = arr,
				 .max = max,
				 .keys_out = keys_out,
				 .truncated = truncated};
	return vlt_scan(v, t, v->concern, NULL, 0, 0, concern_entry, &c);
}

/* The time part of a new concern's key: microseconds (now, plus the
 * current sub-second), strictly increasing within the process, so that
 * concerns list in creation order even within one second (two at once get
 * distinct, ordered keys). Records written before keyed by seconds, which
 * are smaller than any microsecond count since 1970 and so sort first, as
 * they were created first. */
static uint64_t concern_key_time(time_t now)
{
	static _Atomic uint64_t last;
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	uint64_t want = (uint64_t)now * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
	uint64_t prev = atomic_load(&last), next;
	do {
		next = want > prev ? want : prev + 1;
	} while (!atomic_compare_exchange_weak(&last, &prev, next));
	return next;
}

int vault_concern_create(vault *v, const json_t *body, time_t now, char id_out[40], char *err,
			 size_t errsz)
{
	const char *user, *cid = NULL;
	const json_t *dec = NULL;
	json_t *rec = NULL;
	char uh[UH_HEX + 1], id[40], aad[AAD_MAX];
	uint8_t kb[8 + VAULT_ID_LEN];
	char *pt = NULL;
	MDB_txn *t = NULL;
	int rc;

	errbuf_clear(err, errsz);
	id_out[0] = '\0';
	rc = vlt_concern_check(body, &user, &cid, &dec, err, errsz);
	if (rc)
		return rc;
	rc = vlt_gen_id('q', id);
	if (rc)
		return rc;
	vlt_user_hash(v, user, uh);
	rec = json_pack("{s:s, s:I, s:s, s:s, s:s?, s:O?, s:O}", "id", id, "created_at",
			(json_int_t)now, "uh", uh, "user", user, "conversation_id", cid,
			"decision_id", dec, "text", json_object_get(body, "text"));
	rc = VAULT_E_NOMEM;
	if (!rec)
		goto out;
	pt = json_dumps(rec, JSON_COMPACT);
	if (!pt)
		goto out;
	rc = vlt_begin(v, 0, &t);
	if (rc)
		goto out;
	{
		MDB_val k = {.mv_size = sizeof kb, .mv_data = kb};
		be64_put(kb, concern_key_time(now));
		memcpy(kb + 8, id, VAULT_ID_LEN);
		snprintf(aad, sizeof aad, "custos-concern|%s", id);
		rc = vlt_put_sealed(v, t, v->concern, &k, v->rec_key, aad, pt, strlen(pt));
	}
out:
	rc = vlt_end(v, t, rc);
	if (!rc)
		memcpy(id_out, id, VAULT_ID_LEN + 1);
	if (pt) {
		OPENSSL_cleanse(pt, strlen(pt));
		free(pt);
	}
	json_decref(rec);
	return rc;
}

int vault_concern_page(vault *v, int newest_first, size_t limit,
		       const uint8_t after[VAULT_CONCERN_POS_LEN], json_t **out,
		       uint8_t next_pos[VAULT_CONCERN_POS_LEN], int *more)
{
	MDB_txn *t = NULL;
	MDB_cursor *cur = NULL;
	MDB_val k, val;
	json_t *arr = json_array();
	MDB_cursor_op step = newest_first ? MDB_PREV : MDB_NEXT;
	int r, rc;

	*out = NULL;
	*more = 0;
	if (!arr)
		return VAULT_E_NOMEM;
	if (limit == 0)
		limit = VAULT_LIST_DEFAULT;
	if (limit > VAULT_LIST_MAX)
		limit = VAULT_LIST_MAX;
	rc = vlt_begin(v, 1, &t);
	if (rc)
		goto out;
	rc = vlt_lmdb(v, mdb_cursor_open(t, v->concern, &cur));
	if (rc)
		goto out;
	if (!after) {
		r = mdb_cursor_get(cur, &k, &val, newest_first ? MDB_LAST : MDB_FIRST);
	} else {
		/* The first key >= after; the page starts strictly beyond after
		 * in the page's direction (after itself may have been erased). */
		k.mv_size = VAULT_CONCERN_POS_LEN;
		k.mv_data = (void *)after;
		r = mdb_cursor_get(cur, &k, &val, MDB_SET_RANGE);
		if (r == MDB_NOTFOUND && newest_first)
			r = mdb_cursor_get(cur, &k, &val, MDB_LAST);
		else if (r == 0 && (newest_first || (k.mv_size == VAULT_CONCERN_POS_LEN &&
						     !memcmp(k.mv_data, after, k.mv_size))))
			r = mdb_cursor_get(cur, &k, &val, step);
	}
	for (; r == 0; r = mdb_cursor_get(cur, &k, &val, step)) {
		json_t *rec = NULL, *pub;
		if (json_array_size(arr) == limit) {
			*more = 1; /* one more exists beyond the full page */
			break;
		}
		rc = concern_open(v, &k, &val, &rec);
		if (rc)
			goto out;
		pub = concern_public(v, rec);
		json_decref(rec);
		if (!pub || json_array_append_new(arr, pub)) {
			rc = pub ? VAULT_E_NOMEM : VAULT_E_CRYPTO;
			goto out;
		}
		memcpy(next_pos, k.mv_data, VAULT_CONCERN_POS_LEN);
	}
	if (r != 0 && r != MDB_NOTFOUND) {
		rc = vlt_lmdb(v, r);
		goto out;
	}
	*out = json_pack("{s:O}", "concerns", arr);
	rc = *out ? 0 : VAULT_E_NOMEM;
out:
	mdb_cursor_close(cur);
	mdb_txn_abort(t);
	json_decref(arr);
	if (rc)
		*more = 0;
	return rc;
}
