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

static int add_conv_id(const MDB_val *k, const MDB_val *val, void *ids)
{
	(void)val;
	if (k->mv_size != UH_HEX + VAULT_ID_LEN)
		return VLT_STOP;
	json_t *id = json_stringn((const char *)k->mv_data + UH_HEX, VAULT_ID_LEN);
	return json_array_append_new(ids, id) ? VAULT_E_NOMEM : 0;
}

/* Ids of every conversation indexed under uh (new array). */
static int user_conv_ids(vault *v, MDB_txn *t, const char *uh, json_t **ids)
{
	*ids = json_array();
	if (!*ids)
		return VAULT_E_NOMEM;
	int rc = vlt_scan(v, t, v->uidx, uh, UH_HEX, UH_HEX, add_conv_id, *ids);
	if (rc) {
		json_decref(*ids);
		*ids = NULL;
	}
	return rc;
}

/* Opens the transaction of a right exercised for user (read-only unless
 * write): checks the id and fills its index hash uh and its pseudonym pn. */
static int user_begin(vault *v, const char *user, int write, char uh[UH_HEX + 1],
		      char pn[VAULT_PN_LEN], MDB_txn **t)
{
	int rc = vlt_check_user(user, NULL, 0);
	if (rc)
		return rc;
	vlt_user_hash(v, user, uh);
	vault_pseudonym(v, user, pn);
	return vlt_begin(v, !write, t);
}

typedef int (*user_conv_fn)(vault *v, MDB_txn *t, json_t *id, struct meta *m, void *arg);

/* Runs fn on every conversation of the user uh, in id order, until it fails.
 * The user index is not authenticated, the metadata is: an entry whose
 * conversation is gone or belongs to someone else is skipped. */
static int each_user_conv(vault *v, MDB_txn *t, const char *uh, user_conv_fn fn, void *arg)
{
	json_t *ids = NULL, *jid;
	size_t i;
	int rc = user_conv_ids(v, t, uh, &ids);
	json_array_foreach (ids, i, jid) {
		struct meta m;
		if (rc)
			break;
		rc = vlt_meta_load(v, t, json_string_value(jid), &m);
		if (rc == VAULT_E_NOTFOUND) {
			rc = 0;
			continue;
		}
		if (rc)
			break;
		if (strcmp(m.uh, uh) == 0)
			rc = fn(v, t, jid, &m, arg);
		vlt_meta_free(&m);
	}
	json_decref(ids);
	return rc;
}

struct erasure {
	json_t *erased, *held;
};

/* Erases one conversation, or keeps it when held with today's effective
 * consent frozen into it (its source record goes next). */
static int erase_one(vault *v, MDB_txn *t, json_t *jid, struct meta *m, void *arg)
{
	struct erasure *e = arg;
	const char *id = json_string_value(jid);
	int rc = 0;
	if (m->hold) {
		json_t *eff = NULL;
		rc = vlt_effective_consent(v, t, m, &eff);
		if (!rc && json_object_set_new(m->j, "consent", eff))
			rc = VAULT_E_NOMEM;
		if (!rc)
			rc = vlt_meta_store(v, t, id, m->j);
		if (!rc && json_array_append(e->held, jid))
			rc = VAULT_E_NOMEM;
	} else {
		rc = vlt_delete_conv(v, t, id, m);
		if (!rc && json_array_append(e->erased, jid))
			rc = VAULT_E_NOMEM;
	}
	return rc;
}

struct erase_args {
	const char *user;
	json_t **report;
};

static int erase_once(vault *v, int mark, void *arg)
{
	const char *user = ((struct erase_args *)arg)->user;
	json_t **report = ((struct erase_args *)arg)->report;
	char uh[UH_HEX + 1], pn[VAULT_PN_LEN];
	struct erasure e = {.erased = json_array(), .held = json_array()};
	struct keylist keys = {0}, ckeys = {0};
	MDB_txn *t = NULL;
	size_t i, consent_n = 0;
	int rc;

	*report = NULL;
	rc = VAULT_E_NOMEM;
	if (!e.erased || !e.held)
		goto out;
	rc = user_begin(v, user, 1, uh, pn, &t);
	if (!rc)
		rc = each_user_conv(v, t, uh, erase_one, &e);
	if (!rc)
		rc = vlt_pn_forget(v, t, uh);
	if (!rc)
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
	/* consent and concerns too, not only conversations */
	if (mark && (json_array_size(e.erased) || consent_n || ckeys.n))
		rc = vlt_shred_mark(v, t);
out:
	rc = vlt_end(v, t, rc);
	if (!rc) {
		*report = json_pack("{s:s, s:O, s:O, s:I, s:I}", "user_pseudonym", pn, "erased",
				    e.erased, "held", e.held, "consent_records_erased",
				    (json_int_t)consent_n, "concerns_erased", (json_int_t)ckeys.n);
		rc = *report ? 0 : VAULT_E_NOMEM;
	}
	json_decref(e.erased);
	json_decref(e.held);
	vlt_keylist_free(&keys);
	vlt_keylist_free(&ckeys);
	return rc;
}

int vault_erase_user(vault *v, const char *user, json_t **report)
{
	struct erase_args a = {user, report};
	return vlt_shred_deleting(v, erase_once, &a);
}

struct export
{
	time_t now;
	json_t *convs;
};

static int export_one(vault *v, MDB_txn *t, json_t *jid, struct meta *m, void *arg)
{
	struct export *x = arg;
	json_t *d = NULL;
	if (vlt_is_expired(m, x->now))
		return 0;
	int rc = vlt_conv_doc(v, t, json_string_value(jid), m, &d);
	if (!rc && json_array_append_new(x->convs, d))
		rc = VAULT_E_NOMEM;
	return rc;
}

int vault_export_user(vault *v, const char *user, time_t now, json_t **doc)
{
	char uh[UH_HEX + 1], pn[VAULT_PN_LEN];
	struct export x = {.now = now, .convs = json_array()};
	json_t *hist = json_array(), *concerns = json_array();
	json_t *rec = NULL, *current = NULL;
	MDB_txn *t = NULL;
	int rc;

	*doc = NULL;
	rc = VAULT_E_NOMEM;
	if (!x.convs || !hist || !concerns)
		goto out;
	rc = user_begin(v, user, 0, uh, pn, &t);
	if (!rc)
		rc = each_user_conv(v, t, uh, export_one, &x);
	if (rc)
		goto out;
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
			 "conversations", x.convs, "consent", current, "consent_history", hist,
			 "concerns", concerns);
	rc = *doc ? 0 : VAULT_E_NOMEM;
out:
	if (t)
		mdb_txn_abort(t);
	json_decref(rec);
	json_decref(x.convs);
	json_decref(hist);
	json_decref(concerns);
	return rc;
}
