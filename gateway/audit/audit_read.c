/* audit_read: reading the log: filtered queries and chain verification
 * (online in short read transactions, or offline from a directory). */
#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "audit_int.h"
#include "codec.h"
#include "db_lmdb.h"
#include "errbuf.h"
#include "errors.h"
#include "fault.h"
#include "hex.h"
#include "log.h"
#include "timefmt.h"

/* ---------- reading ---------- */

/* Where the log is read from: the live handle (locked chunks) or an env
 * opened read-only by audit_verify_dir. */
struct vsrc {
	audit *a;
	MDB_env *env;
	MDB_dbi dbi;
};

static int vsrc_begin(struct vsrc *s, MDB_txn **txn, MDB_dbi *dbi)
{
	if (s->a)
		return aud_rd_begin(s->a, txn, dbi);
	int rc = mdb_txn_begin(s->env, NULL, MDB_RDONLY, txn);
	if (rc == MDB_MAP_RESIZED) {
		/* The writer grew the map since we opened: adopt its size. */
		rc = mdb_env_set_mapsize(s->env, 0);
		if (!rc)
			rc = mdb_txn_begin(s->env, NULL, MDB_RDONLY, txn);
	}
	*dbi = s->dbi;
	return aud_lmdb(rc);
}

static void vsrc_end(struct vsrc *s, MDB_txn *txn)
{
	if (s->a)
		aud_rd_end(s->a, txn);
	else
		mdb_txn_abort(txn);
}

/* A read transaction of s and a cursor on its log; vsrc_close ends both. */
static int vsrc_open(struct vsrc *s, MDB_txn **txn, MDB_cursor **cur)
{
	MDB_dbi dbi;
	int rc = vsrc_begin(s, txn, &dbi);
	if (rc)
		return rc;
	rc = mdb_cursor_open(*txn, dbi, cur);
	if (rc) {
		vsrc_end(s, *txn);
		return aud_lmdb(rc);
	}
	return 0;
}

static void vsrc_close(struct vsrc *s, MDB_txn *txn, MDB_cursor *cur)
{
	mdb_cursor_close(cur);
	vsrc_end(s, txn);
}

/* ---------- query ---------- */

static int field_is(json_t *e, const char *name, const char *want)
{
	if (!want)
		return 1;
	const char *s = json_string_value(json_object_get(e, name));
	return s && strcmp(s, want) == 0;
}

int audit_query(audit *a, const audit_filter *f, json_t **entries_out, uint64_t *next_seq)
{
	static const audit_filter none;
	json_t *arr = NULL;
	int rc = 0;
	if (!a || !entries_out || !next_seq)
		return AUDIT_E_INVALID;
	if (!f)
		f = &none;
	size_t limit = f->limit ? f->limit : AUDIT_QUERY_DEFAULT;
	if (limit > AUDIT_QUERY_MAX)
		limit = AUDIT_QUERY_MAX;
	uint64_t next = f->since_seq ? f->since_seq : 1;
	arr = json_array();
	if (!arr)
		return AUDIT_E_NOMEM;
	size_t scanned = 0;
	int at_end = 0;
	struct vsrc src = {.a = a};
	while (!at_end && json_array_size(arr) < limit && scanned < QUERY_SCAN_MAX) {
		MDB_txn *txn;
		MDB_cursor *cur;
		rc = vsrc_open(&src, &txn, &cur);
		if (rc)
			goto out;
		uint8_t kb[8];
		be64_put(kb, next);
		MDB_val k = {.mv_size = 8, .mv_data = kb}, v;
		int mrc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE);
		size_t chunk = 0;
		while (mrc == 0 && chunk < READ_CHUNK && json_array_size(arr) < limit &&
		       scanned < QUERY_SCAN_MAX) {
			chunk++;
			scanned++;
			if (k.mv_size == 8) {
				/* Unparseable or odd entries are skipped: audit_verify reports them. */
				uint64_t seq = be64_get(k.mv_data);
				next = seq + 1;
				json_t *e = json_loadb(v.mv_data, v.mv_size, PARSE_FLAGS, NULL);
				if (e && json_is_object(e) && field_is(e, "subject", f->subject) &&
				    field_is(e, "resource", f->resource) &&
				    field_is(e, "decision", f->decision) &&
				    field_is(e, "user", f->user)) {
					if (json_array_append_new(arr, e)) {
						mrc = ENOMEM;
						break;
					}
				} else {
					json_decref(e);
				}
			}
			mrc = mdb_cursor_get(cur, &k, &v, MDB_NEXT);
		}
		vsrc_close(&src, txn, cur);
		if (mrc == MDB_NOTFOUND) {
			at_end = 1;
		} else if (mrc) {
			rc = aud_lmdb(mrc);
			goto out;
		}
	}
	*entries_out = arr;
	*next_seq = next;
	arr = NULL;
out:
	json_decref(arr);
	return rc;
}

/* ---------- verify ---------- */

static void vbad(audit_verify_result *r, uint64_t seq, const char *reason)
{
	r->ok = 0;
	r->first_bad_seq = seq;
	snprintf(r->reason, sizeof r->reason, "%s", reason);
}

/* Checks one stored entry against its key, the previous hash and the key.
 * On success advances prev to this entry's hash. Returns 0 or sets r. */
static int verify_one(const uint8_t *key, uint64_t expected, const MDB_val *k, const MDB_val *v,
		      uint8_t prev[32], audit_verify_result *r)
{
	char phex[AUDIT_HASH_HEX], mhex[AUDIT_HASH_HEX];
	uint8_t mac[32];
	json_t *e = NULL;
	char *nomac = NULL, *full = NULL;
	int bad = 1;
	if (k->mv_size != 8) {
		vbad(r, expected, "malformed key (inserted record?)");
		goto out;
	}
	uint64_t seq = be64_get(k->mv_data);
	if (seq != expected) {
		vbad(r, expected,
		     seq > expected ? "entry missing (deleted?)"
				    : "unexpected key (inserted record?)");
		goto out;
	}
	if (v->mv_size > MAX_STORED) {
		vbad(r, seq, "entry too large");
		goto out;
	}
	e = json_loadb(v->mv_data, v->mv_size, PARSE_FLAGS, NULL);
	if (!e || !json_is_object(e)) {
		vbad(r, seq, "entry is not a JSON object");
		goto out;
	}
	json_t *js = json_object_get(e, "seq");
	if (!json_is_integer(js) || (uint64_t)json_integer_value(js) != seq) {
		vbad(r, seq, "seq field does not match its position (moved or inserted?)");
		goto out;
	}
	const char *smac = json_string_value(json_object_get(e, "mac"));
	if (!smac || strlen(smac) != 64) {
		vbad(r, seq, "missing or malformed mac");
		goto out;
	}
	char given[AUDIT_HASH_HEX];
	memcpy(given, smac, AUDIT_HASH_HEX);
	json_t *mac_j = json_incref(json_object_get(e, "mac"));
	json_object_del(e, "mac");
	nomac = json_dumps(e, CANON_FLAGS);
	if (!nomac || aud_hmac256(key, nomac, strlen(nomac), mac)) {
		json_decref(mac_j);
		vbad(r, seq, "out of memory while verifying");
		goto out;
	}
	hex_encode(mac, 32, mhex);
	if (CRYPTO_memcmp(mhex, given, 64) != 0) {
		json_decref(mac_j);
		vbad(r, seq, "mac mismatch (entry altered or forged)");
		goto out;
	}
	json_object_set_new(e, "mac", mac_j);
	const char *sprev = json_string_value(json_object_get(e, "prev"));
	hex_encode(prev, 32, phex);
	if (!sprev || strcmp(sprev, phex) != 0) {
		vbad(r, seq, "prev does not match the previous entry (chain broken)");
		goto out;
	}
	full = json_dumps(e, CANON_FLAGS);
	if (!full || strlen(full) != v->mv_size || memcmp(full, v->mv_data, v->mv_size) != 0) {
		vbad(r, seq, "stored bytes are not canonical");
		goto out;
	}
	SHA256(v->mv_data, v->mv_size, prev);
	bad = 0;
out:
	json_decref(e);
	free(nomac);
	free(full);
	return bad;
}

static int verify_src(struct vsrc *s, const uint8_t *key, const audit_anchor *anchor,
		      audit_verify_result *r)
{
	uint8_t prev[32] = {0}, lastkey[8];
	uint64_t expected = 1;
	int started = 0, done = 0, rc = 0;
	memset(r, 0, sizeof *r);
	r->ok = 1;
	while (!done) {
		MDB_txn *txn;
		MDB_cursor *cur;
		rc = vsrc_open(s, &txn, &cur);
		if (rc)
			return rc;
		MDB_val k, v;
		int mrc;
		if (!started) {
			mrc = mdb_cursor_get(cur, &k, &v, MDB_FIRST);
		} else {
			/* Resume after the last key seen, so no odd key in between is skipped. */
			k.mv_size = 8;
			k.mv_data = lastkey;
			mrc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE);
			if (mrc == 0 && k.mv_size == 8 && memcmp(k.mv_data, lastkey, 8) == 0)
				mrc = mdb_cursor_get(cur, &k, &v, MDB_NEXT);
		}
		size_t chunk = 0;
		while (mrc == 0 && chunk < READ_CHUNK) {
			if (verify_one(key, expected, &k, &v, prev, r)) {
				done = 1;
				break;
			}
			if (anchor && expected == anchor->seq) {
				char h[AUDIT_HASH_HEX];
				hex_encode(prev, 32, h);
				if (strcmp(h, anchor->hash) != 0) {
					vbad(r, expected,
					     "hash at the anchor seq differs from the anchor");
					done = 1;
					break;
				}
			}
			memcpy(lastkey, k.mv_data, 8);
			started = 1;
			expected++;
			chunk++;
			mrc = mdb_cursor_get(cur, &k, &v, MDB_NEXT);
		}
		vsrc_close(s, txn, cur);
		if (done)
			break;
		if (mrc == MDB_NOTFOUND)
			done = 1;
		else if (mrc)
			return aud_lmdb(mrc);
	}
	r->entries = expected - 1;
	r->head_seq = expected - 1;
	hex_encode(prev, 32, r->head_hash);
	if (r->ok && anchor && anchor->seq > r->head_seq) {
		char msg[128];
		snprintf(msg, sizeof msg,
			 "log truncated: ends at seq %llu before the anchor at seq %llu",
			 (unsigned long long)r->head_seq, (unsigned long long)anchor->seq);
		vbad(r, r->head_seq + 1, msg);
	}
	return 0;
}

int audit_verify(audit *a, audit_verify_result *r)
{
	if (!a || !r)
		return AUDIT_E_INVALID;
	struct vsrc s = {.a = a};
	return verify_src(&s, a->key, NULL, r);
}

/* Opens dir read-only (MDB_RDONLY: never writes data.mdb) and the entries DB. */
static int open_ro(const char *dir, MDB_env **envp, MDB_dbi *dbi, const uint8_t *key)
{
	MDB_env *env = NULL;
	MDB_txn *txn = NULL;
	MDB_dbi meta;
	char path[4096];
	struct stat st;
	int rc;
	snprintf(path, sizeof path, "%s/data.mdb", dir);
	if (stat(path, &st) != 0)
		return errno == ENOENT ? AUDIT_E_NOTFOUND : AUDIT_E_IO;
	rc = mdb_env_create(&env);
	if (rc)
		return AUDIT_E_NOMEM;
	mdb_env_set_maxdbs(env, 4);
	rc = mdb_env_open(env, dir, MDB_RDONLY | MDB_NOTLS, 0600);
	if (!rc)
		rc = mdb_txn_begin(env, NULL, MDB_RDONLY, &txn);
	if (!rc)
		rc = mdb_dbi_open(txn, "entries", 0, dbi);
	if (rc) {
		rc = rc == MDB_NOTFOUND ? AUDIT_E_NOTFOUND : AUDIT_E_IO;
		goto out;
	}
	if (key && mdb_dbi_open(txn, "meta", 0, &meta) == 0) {
		char kid[AUDIT_HASH_HEX];
		MDB_val k = {.mv_size = 6, .mv_data = "key_id"}, v;
		aud_key_id(key, kid);
		if (mdb_get(txn, meta, &k, &v) == 0 &&
		    (v.mv_size != 64 || CRYPTO_memcmp(v.mv_data, kid, 64) != 0))
			rc = AUDIT_E_KEY;
		OPENSSL_cleanse(kid, sizeof kid);
		if (rc)
			goto out;
	}
	/* Committing a read-only txn keeps the DB handles open. */
	rc = mdb_txn_commit(txn);
	txn = NULL;
	if (rc) {
		rc = AUDIT_E_IO;
		goto out;
	}
	*envp = env;
	env = NULL;
out:
	if (txn)
		mdb_txn_abort(txn);
	if (env)
		mdb_env_close(env);
	return rc;
}

int audit_verify_dir(const char *dir, const uint8_t *key, const audit_anchor *anchor,
		     audit_verify_result *r)
{
	if (!dir || !key || !r)
		return AUDIT_E_INVALID;
	struct vsrc s = {0};
	int rc = open_ro(dir, &s.env, &s.dbi, key);
	if (rc)
		return rc;
	rc = verify_src(&s, key, anchor, r);
	mdb_env_close(s.env);
	return rc;
}

int audit_head_dir(const char *dir, uint64_t *seq, char hash[AUDIT_HASH_HEX])
{
	if (!dir || !seq || !hash)
		return AUDIT_E_INVALID;
	struct vsrc s = {0};
	MDB_txn *txn;
	MDB_dbi dbi;
	uint8_t h[32];
	int rc = open_ro(dir, &s.env, &s.dbi, NULL);
	if (rc)
		return rc;
	rc = vsrc_begin(&s, &txn, &dbi);
	if (!rc) {
		rc = aud_read_head(txn, dbi, seq, h);
		vsrc_end(&s, txn);
	}
	if (!rc)
		hex_encode(h, 32, hash);
	mdb_env_close(s.env);
	return rc;
}
