/* vault_retention: what expired (the big-endian expiry index walked oldest
 * first), swept in one transaction or listed for the caller to record and
 * delete one by one. */
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

/* What walk_due found at one expiry-index entry. */
enum due_kind {
	DUE,   /* expired, not held: m is its metadata */
	HELD,  /* expired but under legal hold: m is its metadata */
	STALE, /* the conversation is gone, or expires at another time now */
};

typedef int (*due_fn)(void *ctx, enum due_kind kind, const MDB_val *key, const char *id,
		      const struct meta *m);

struct walk {
	vault *v;
	MDB_txn *t;
	time_t now;
	int (*more)(void *);
	due_fn fn;
	void *ctx;
};

static int due_entry(const MDB_val *k, const MDB_val *val, void *arg)
{
	struct walk *w = arg;
	char id[VAULT_ID_LEN + 1];
	struct meta m;
	(void)val;
	if (!w->more(w->ctx))
		return VLT_STOP;
	if (k->mv_size != 8 + VAULT_ID_LEN)
		return 0;
	time_t at = (time_t)be64_get(k->mv_data);
	if (at > w->now)
		return VLT_STOP;
	memcpy(id, (const char *)k->mv_data + 8, VAULT_ID_LEN);
	id[VAULT_ID_LEN] = '\0';
	int rc = vlt_meta_load(w->v, w->t, id, &m);
	if (rc == VAULT_E_NOTFOUND)
		return w->fn(w->ctx, STALE, k, id, NULL);
	if (rc)
		return rc;
	rc = w->fn(w->ctx, m.expires != at ? STALE : m.hold ? HELD : DUE, k, id, &m);
	vlt_meta_free(&m);
	return rc;
}

/* Walks the expiry index in t from the oldest entry up to now, calling fn for
 * each entry while *more(ctx) says so. Stops at fn's first nonzero return. */
static int walk_due(vault *v, MDB_txn *t, time_t now, int (*more)(void *), due_fn fn, void *ctx)
{
	struct walk w = {.v = v, .t = t, .now = now, .more = more, .fn = fn, .ctx = ctx};
	return vlt_scan(v, t, v->exp, NULL, 0, 0, due_entry, &w);
}

struct sweep_ctx {
	json_t *ids;
	size_t max;
	struct keylist dangling;
};

static int sweep_more(void *p)
{
	struct sweep_ctx *c = p;
	return json_array_size(c->ids) < c->max;
}

static int sweep_collect(void *p, enum due_kind kind, const MDB_val *key, const char *id,
			 const struct meta *m)
{
	struct sweep_ctx *c = p;
	(void)m;
	if (kind == STALE)
		return vlt_keylist_add(&c->dangling, key); /* drop the index entry only */
	if (kind == DUE && json_array_append_new(c->ids, json_string(id)))
		return VAULT_E_NOMEM;
	return 0;
}

struct sweep_args {
	time_t now;
	size_t max;
	json_t **deleted_ids;
};

static int sweep_once(vault *v, int mark, void *arg)
{
	struct sweep_args *a = arg;
	time_t now = a->now;
	size_t max = a->max;
	json_t **deleted_ids = a->deleted_ids;
	MDB_txn *t = NULL;
	struct sweep_ctx c = {json_array(), max, {0}};
	json_t *jid;
	size_t i;
	int rc;

	if (deleted_ids)
		*deleted_ids = NULL;
	rc = VAULT_E_NOMEM;
	if (!c.ids)
		goto out;
	rc = vlt_begin(v, 0, &t);
	if (rc)
		goto out;
	/* Pass 1 collects, pass 2 deletes: deleting under an open cursor
	 * would move it. */
	rc = walk_due(v, t, now, sweep_more, sweep_collect, &c);
	if (rc)
		goto out;
	for (i = 0; i < c.dangling.n; i++) {
		rc = vlt_del(v, t, v->exp, c.dangling.k[i].b, c.dangling.k[i].len);
		if (rc)
			goto out;
	}
	json_array_foreach (c.ids, i, jid) {
		struct meta m;
		rc = vlt_meta_load(v, t, json_string_value(jid), &m);
		if (rc)
			goto out;
		rc = vlt_delete_conv(v, t, json_string_value(jid), &m);
		vlt_meta_free(&m);
		if (rc)
			goto out;
	}
	if (mark && json_array_size(c.ids))
		rc = vlt_shred_mark(v, t);
out:
	rc = vlt_end(v, t, rc);
	if (!rc && deleted_ids) {
		*deleted_ids = c.ids;
		c.ids = NULL;
	}
	json_decref(c.ids);
	vlt_keylist_free(&c.dangling);
	return rc;
}

int vault_sweep(vault *v, time_t now, size_t max, json_t **deleted_ids)
{
	struct sweep_args a = {now, max, deleted_ids};
	return vlt_shred_deleting(v, sweep_once, &a);
}

struct expired_ctx {
	json_t *res;
	size_t max;
	vault *v;
	MDB_txn *t;
};

static int expired_more(void *p)
{
	struct expired_ctx *c = p;
	return json_array_size(c->res) < c->max;
}

static int expired_collect(void *p, enum due_kind kind, const MDB_val *key, const char *id,
			   const struct meta *m)
{
	struct expired_ctx *c = p;
	char pn[VAULT_PN_LEN];
	(void)key;
	if (kind != DUE)
		return 0;
	int rc = vlt_conv_pseudonym(c->v, c->t, id, m, pn);
	if (rc)
		return rc;
	if (json_array_append_new(c->res, json_pack("{s:s, s:s}", "id", id, "user_pseudonym", pn)))
		return VAULT_E_NOMEM;
	return 0;
}

int vault_expired(vault *v, time_t now, size_t max, json_t **out)
{
	MDB_txn *t = NULL;
	struct expired_ctx c = {json_array(), max, v, NULL};
	int rc;

	*out = NULL;
	rc = VAULT_E_NOMEM;
	if (!c.res)
		goto out;
	rc = vlt_begin(v, 1, &t);
	if (rc)
		goto out;
	c.t = t;
	rc = walk_due(v, t, now, expired_more, expired_collect, &c);
	if (rc)
		goto out;
	*out = c.res;
	c.res = NULL;
out:
	if (t)
		mdb_txn_abort(t);
	json_decref(c.res);
	return rc;
}
