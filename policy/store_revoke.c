/* store_revoke: revocations (subject, jti, cert), keyed "kind\0value" with
 * the expiry in front of each record. They have their own counter, the
 * revocation epoch, and never touch the policy version. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codec.h"
#include "errbuf.h"
#include "store_int.h"
#include "timefmt.h"

/* ---------- revocations ---------- */

#define REVKEY_MAX (8 + POL_STORE_MAX_REVOKE_VALUE + 1)

/* "kind\0value" into key (REVKEY_MAX bytes) for a known kind, without error
 * texts or the control-character scan: what lookups need (a value with a
 * control character was never stored, so looking it up finds nothing). A
 * cert value is 64 hex digits, stored lowercase. -1 for a value that cannot
 * be a key. */
static int lookup_key(const char *kind, const char *value, char *key, size_t *klen)
{
	size_t kl = strlen(kind), vl = value ? strnlen(value, POL_STORE_MAX_REVOKE_VALUE + 1) : 0;
	if (vl == 0 || vl > POL_STORE_MAX_REVOKE_VALUE)
		return -1;
	memcpy(key, kind, kl + 1);
	char *v = key + kl + 1;
	if (kind[0] == 'c') { /* cert: 64 hex digits, lowercase */
		if (vl != 64)
			return -1;
		for (size_t i = 0; i < vl; i++) {
			char c = value[i];
			if (c >= 'A' && c <= 'F')
				c = (char)(c - 'A' + 'a');
			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
				return -1;
			v[i] = c;
		}
	} else {
		memcpy(v, value, vl);
	}
	*klen = kl + 1 + vl;
	return 0;
}

static int known_kind(const char *kind)
{
	return kind && (strcmp(kind, "subject") == 0 || strcmp(kind, "jti") == 0 ||
			strcmp(kind, "cert") == 0);
}

/* lookup_key for a value to be stored: E_ARG with a message for an unknown
 * kind or a bad value, E_TOOLONG for a long one. */
static int rev_key(const char *kind, const char *value, char *key, size_t *klen, char *err,
		   size_t errsz)
{
	if (!known_kind(kind)) {
		errbuf_set(err, errsz, "revocation kind must be subject, jti or cert");
		return POL_STORE_E_ARG;
	}
	int rc = pol_st_check_text(value, POL_STORE_MAX_REVOKE_VALUE, "revocation value", err,
				   errsz);
	if (rc)
		return rc;
	if (lookup_key(kind, value, key, klen) != 0) { /* only a cert value can fail here */
		errbuf_set(err, errsz,
			   strlen(value) != 64
				   ? "cert revocation value must be 64 hex digits (SHA-256)"
				   : "cert revocation value must be hex");
		return POL_STORE_E_ARG;
	}
	return 0;
}

/* Revocation epoch + 1, persisted in txn. */
static int bump_epoch(pol_store *st, MDB_txn *txn, uint64_t *epoch, char *err, size_t errsz)
{
	uint64_t e = 0;
	int rc = pol_st_meta_get_u64(st, txn, KEY_EPOCH, &e);
	if (rc)
		return rc;
	e++;
	rc = pol_st_meta_put_u64(st, txn, KEY_EPOCH, e, err, errsz);
	if (!rc)
		*epoch = e;
	return rc;
}

int pol_store_revoke(pol_store *st, const char *author, const char *kind, const char *value,
		     const char *reason, time_t expires_at, uint64_t *epoch, char *err,
		     size_t errsz)
{
	MDB_txn *txn = NULL;
	char key[REVKEY_MAX];
	size_t klen = 0;
	uint64_t e = 0;
	char *s = NULL;
	uint8_t *val = NULL;
	json_t *rec = NULL;
	int rc = pol_st_check_author(author, err, errsz);
	if (!rc)
		rc = rev_key(kind, value, key, &klen, err, errsz);
	if (!rc)
		rc = pol_st_check_grammar(kind, value, err, errsz);
	if (rc)
		return rc;
	if (reason && strnlen(reason, POL_STORE_MAX_REASON + 1) > POL_STORE_MAX_REASON) {
		errbuf_set(err, errsz, "reason is longer than %d bytes", POL_STORE_MAX_REASON);
		return POL_STORE_E_TOOLONG;
	}
	time_t now = time(NULL);
	if (expires_at < 0 || (expires_at != 0 && expires_at <= now)) {
		errbuf_set(err, errsz, "expires_at must be in the future (or 0 for never)");
		return POL_STORE_E_ARG;
	}
	char created[40], expires[40], nval[POL_STORE_MAX_REVOKE_VALUE + 1];
	size_t off = strlen(kind) + 1;
	memcpy(nval, key + off, klen - off); /* the normalized value, NUL-terminated */
	nval[klen - off] = '\0';
	time_rfc3339_ms_now(created, sizeof(created));
	if (expires_at)
		time_rfc3339(expires_at, expires, sizeof(expires));
	rec = json_pack("{s:s,s:s,s:s,s:s?,s:s,s:s?}", "kind", kind, "value", nval, "author",
			author, "reason", reason, "created_at", created, "expires_at",
			expires_at ? expires : NULL);
	if (!rec)
		return POL_STORE_E_NOMEM;
	size_t slen = 0;
	rc = pol_st_dump_json(rec, &s, &slen);
	if (rc)
		goto done;
	val = malloc(8 + slen);
	if (!val) {
		rc = POL_STORE_E_NOMEM;
		goto done;
	}
	be64_put(val, (uint64_t)expires_at);
	memcpy(val + 8, s, slen);

	rc = pol_st_wbegin(st, &txn, err, errsz);
	if (rc)
		goto done;
	MDB_val k = {klen, key}, d;
	int mrc = mdb_get(txn, st->revocations, &k, &d);
	if (mrc == MDB_NOTFOUND) {
		size_t n = 0;
		rc = pol_st_count(st, txn, st->revocations, &n);
		if (!rc && n >= POL_STORE_MAX_REVOCATIONS) {
			errbuf_set(err, errsz, "too many revocations (at most %d)",
				   POL_STORE_MAX_REVOCATIONS);
			rc = POL_STORE_E_LIMIT;
		}
	} else if (mrc) {
		rc = db_err(st->env, mrc, err, errsz, "revocations");
	}
	if (rc)
		goto out;
	d.mv_size = 8 + slen;
	d.mv_data = val;
	rc = db_put(st->env, txn, st->revocations, &k, &d, 0, CUSTOS_FAULT_STORE_PUT, err, errsz,
		    "revocations");
	if (!rc)
		rc = bump_epoch(st, txn, &e, err, errsz);
out:
	rc = pol_st_wend(st, txn, rc, POL_STORE_CHANGE_REVOCATION, e, err, errsz);
	if (!rc && epoch)
		*epoch = e;
done:
	json_decref(rec);
	free(s);
	free(val);
	return rc;
}

int pol_store_unrevoke(pol_store *st, const char *kind, const char *value, uint64_t *epoch,
		       char *err, size_t errsz)
{
	MDB_txn *txn = NULL;
	char key[REVKEY_MAX];
	size_t klen = 0;
	uint64_t e = 0;
	int rc = rev_key(kind, value, key, &klen, err, errsz);
	if (rc)
		return rc;
	rc = pol_st_wbegin(st, &txn, err, errsz);
	if (rc)
		return rc;
	rc = pol_st_del(st, txn, st->revocations, key, klen, err, errsz, "revocation");
	if (!rc)
		rc = bump_epoch(st, txn, &e, err, errsz);
	rc = pol_st_wend(st, txn, rc, POL_STORE_CHANGE_REVOCATION, e, err, errsz);
	if (!rc && epoch)
		*epoch = e;
	return rc;
}

int pol_store_purge_revocations(pol_store *st, time_t now, size_t *removed)
{
	MDB_txn *txn = NULL;
	MDB_cursor *cur = NULL;
	MDB_val k, d;
	size_t n = 0;
	uint64_t e = 0;
	int mrc;
	int rc = pol_st_wbegin(st, &txn, NULL, 0);
	if (rc)
		return rc;
	mrc = mdb_cursor_open(txn, st->revocations, &cur);
	if (mrc) {
		rc = db_err(st->env, mrc, NULL, 0, "revocations");
		goto out;
	}
	for (mrc = mdb_cursor_get(cur, &k, &d, MDB_FIRST); mrc == 0;
	     mrc = mdb_cursor_get(cur, &k, &d, MDB_NEXT)) {
		if (d.mv_size < 8) {
			rc = POL_STORE_E_CORRUPT;
			goto out;
		}
		uint64_t exp = be64_get(d.mv_data);
		if (exp != 0 && exp <= (uint64_t)now) {
			mrc = mdb_cursor_del(cur, 0);
			if (mrc) {
				rc = db_err(st->env, mrc, NULL, 0, "revocations");
				goto out;
			}
			n++;
		}
	}
	if (mrc != MDB_NOTFOUND) {
		rc = db_err(st->env, mrc, NULL, 0, "revocations");
		goto out;
	}
	if (n)
		rc = bump_epoch(st, txn, &e, NULL, 0);
out:
	mdb_cursor_close(cur);
	/* With nothing removed the commit is empty and nobody is notified. */
	rc = pol_st_wend(st, txn, rc, n ? POL_STORE_CHANGE_REVOCATION : 0, e, NULL, 0);
	if (!rc && removed)
		*removed = n;
	return rc;
}

int pol_store_first_revoked(pol_store *st, const struct pol_revocation_query *q, size_t n,
			    size_t *first)
{
	MDB_txn *txn = NULL;
	char key[REVKEY_MAX];
	size_t klen = 0;
	*first = 0; /* fail closed until the answer is known */
	for (size_t i = 0; i < n; i++)
		if (!known_kind(q[i].kind))
			return POL_STORE_E_ARG;
	int rc = pol_st_rbegin(st, &txn);
	if (rc)
		return rc;
	uint64_t now = (uint64_t)time(NULL);
	size_t i = 0;
	for (; i < n && !rc; i++) {
		/* A value that could never be added (absent, empty, too long, not
		 * hex) cannot be revoked: skipping it is exact, not a fail-open. */
		if (lookup_key(q[i].kind, q[i].value, key, &klen) != 0)
			continue;
		MDB_val k = {klen, key}, d;
		int mrc = mdb_get(txn, st->revocations, &k, &d);
		if (mrc == MDB_NOTFOUND)
			continue;
		if (mrc) {
			rc = db_err(st->env, mrc, NULL, 0, "revocations");
		} else if (d.mv_size < 8) {
			rc = POL_STORE_E_CORRUPT;
		} else {
			uint64_t exp = be64_get(d.mv_data);
			if (exp == 0 || exp > now)
				break;
		}
	}
	mdb_txn_abort(txn);
	if (!rc)
		*first = i;
	return rc;
}

int pol_store_is_revoked(pol_store *st, const char *kind, const char *value, bool *revoked)
{
	const struct pol_revocation_query q = {kind, value};
	size_t first = 0;
	int rc = pol_store_first_revoked(st, &q, 1, &first);
	*revoked = rc != 0 || first == 0;
	return rc;
}

int pol_store_list_revocations(pol_store *st, size_t offset, size_t limit, json_t **list,
			       size_t *total)
{
	MDB_txn *txn = NULL;
	MDB_cursor *cur = NULL;
	MDB_val k, d;
	size_t n = 0, seen = 0;
	int mrc;
	json_t *arr = NULL;
	int rc = pol_st_list_begin(st, &limit, &arr, &txn);
	if (rc)
		return rc;
	rc = pol_st_count(st, txn, st->revocations, &n);
	if (rc)
		goto out;
	mrc = mdb_cursor_open(txn, st->revocations, &cur);
	if (mrc) {
		rc = db_err(st->env, mrc, NULL, 0, "revocations");
		goto out;
	}
	time_t now = time(NULL);
	for (mrc = mdb_cursor_get(cur, &k, &d, MDB_FIRST); mrc == 0 && json_array_size(arr) < limit;
	     mrc = mdb_cursor_get(cur, &k, &d, MDB_NEXT)) {
		if (seen++ < offset)
			continue;
		json_t *rec = NULL;
		if (d.mv_size < 8) {
			rc = POL_STORE_E_CORRUPT;
			goto out;
		}
		uint64_t exp = be64_get(d.mv_data);
		rc = pol_st_parse_json((const uint8_t *)d.mv_data + 8, d.mv_size - 8, &rec);
		if (rc)
			goto out;
		if (!json_object_get(rec, "expires_at"))
			json_object_set_new(rec, "expires_at", json_null());
		if (!json_object_get(rec, "reason"))
			json_object_set_new(rec, "reason", json_null());
		json_object_set_new(rec, "expired", json_boolean(exp != 0 && exp <= (uint64_t)now));
		if (json_array_append_new(arr, rec)) {
			rc = POL_STORE_E_NOMEM;
			goto out;
		}
	}
	if (mrc != 0 && mrc != MDB_NOTFOUND)
		rc = db_err(st->env, mrc, NULL, 0, "revocations");
out:
	mdb_cursor_close(cur);
	rc = pol_st_list_end(txn, rc, arr, list);
	if (!rc && total)
		*total = n;
	return rc;
}
