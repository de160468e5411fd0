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

/* "user" is one of f->users (when given). */
static int user_in(json_t *e, const audit_filter *f)
{
	if (!f->users)
		return 1;
	const char *s = json_string_value(json_object_get(e, "user"));
	for (size_t i = 0; s && i < f->nusers; i++)
		if (strcmp(s, f->users[i]) == 0)
			return 1;
	return 0;
}

/* The time window: an entry whose "time" does not parse is outside any window. */
static int time_in(json_t *e, const audit_filter *f)
{
	if (!f->since_time && !f->until_time)
		return 1;
	const char *s = json_string_value(json_object_get(e, "time"));
	time_t t;
	if (!s || time_parse_rfc3339(s, &t))
		return 0;
	return (!f->since_time || t >= f->since_time) && (!f->until_time || t < f->until_time);
}

/* Parses one stored entry and appends it to arr when it passes f. 0 or
 * ENOMEM. Unparseable or odd entries are skipped: audit_verify reports them. */
static int take(json_t *arr, const MDB_val *v, const audit_filter *f)
{
	json_t *e = json_loadb(v->mv_data, v->mv_size, PARSE_FLAGS, NULL);
	if (e && json_is_object(e) && field_is(e, "subject", f->subject) &&
	    field_is(e, "resource", f->resource) && field_is(e, "decision", f->decision) &&
	    field_is(e, "user", f->user) && user_in(e, f) && field_is(e, "action", f->action) &&
	    time_in(e, f))
		return json_array_append_new(arr, e) ? ENOMEM : 0;
	json_decref(e);
	return 0;
}

/* The scan: every entry from next on, in read transactions of READ_CHUNK. */
static int query_scan(audit *a, const audit_filter *f, size_t limit, json_t *arr, uint64_t *nextp,
		      size_t *scanned)
{
	uint64_t next = *nextp;
	int at_end = 0, rc = 0;
	struct vsrc src = {.a = a};
	while (!at_end && json_array_size(arr) < limit && *scanned < QUERY_SCAN_MAX) {
		MDB_txn *txn;
		MDB_cursor *cur;
		rc = vsrc_open(&src, &txn, &cur);
		if (rc)
			break;
		uint8_t kb[8];
		be64_put(kb, next);
		MDB_val k = {.mv_size = 8, .mv_data = kb}, v;
		int mrc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE);
		size_t chunk = 0;
		while (mrc == 0 && chunk < READ_CHUNK && json_array_size(arr) < limit &&
		       *scanned < QUERY_SCAN_MAX) {
			chunk++;
			(*scanned)++;
			if (k.mv_size == 8) {
				next = be64_get(k.mv_data) + 1;
				mrc = take(arr, &v, f);
				if (mrc)
					break;
			}
			mrc = mdb_cursor_get(cur, &k, &v, MDB_NEXT);
		}
		vsrc_close(&src, txn, cur);
		if (mrc == MDB_NOTFOUND)
			at_end = 1;
		else if (mrc)
			rc = aud_lmdb(mrc);
		if (rc)
			break;
	}
	*nextp = next;
	return rc;
}

/* The per-user index: only user's entries from next on (each still passes
 * all of f). When they are used up, next passes the last entry of the log,
 * as the scan's would. */
static int query_user(audit *a, const audit_filter *f, const char *user, size_t limit, json_t *arr,
		      uint64_t *nextp, size_t *scanned)
{
	size_t ulen = strlen(user);
	uint8_t ub[AUD_INDEX_KEY_MAX];
	uint64_t next = *nextp;
	int at_end = 0, rc = 0;
	while (!at_end && json_array_size(arr) < limit && *scanned < QUERY_SCAN_MAX) {
		MDB_txn *txn;
		MDB_dbi dbi;
		MDB_cursor *cur = NULL;
		rc = aud_rd_begin(a, &txn, &dbi);
		if (rc)
			break;
		int mrc = mdb_cursor_open(txn, a->ubi, &cur);
		MDB_val k = {.mv_size = aud_user_key(user, ulen, next, ub), .mv_data = ub}, v;
		if (!mrc)
			mrc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE);
		size_t chunk = 0;
		while (mrc == 0 && chunk < READ_CHUNK && json_array_size(arr) < limit &&
		       *scanned < QUERY_SCAN_MAX) {
			if (k.mv_size != ulen + 9 || memcmp(k.mv_data, ub, ulen + 1)) {
				mrc = MDB_NOTFOUND; /* past this user's keys */
				break;
			}
			chunk++;
			(*scanned)++;
			uint8_t sk[8];
			memcpy(sk, (const uint8_t *)k.mv_data + ulen + 1, 8);
			next = be64_get(sk) + 1;
			MDB_val ek = {.mv_size = 8, .mv_data = sk}, ev;
			mrc = mdb_get(txn, dbi, &ek, &ev);
			if (mrc == 0)
				mrc = take(arr, &ev, f);
			else if (mrc == MDB_NOTFOUND)
				mrc = 0; /* a deleted entry: audit_verify reports it */
			if (mrc)
				break;
			mrc = mdb_cursor_get(cur, &k, &v, MDB_NEXT);
		}
		if (mrc == MDB_NOTFOUND) {
			at_end = 1;
			uint64_t last = 0;
			uint8_t h[32];
			mrc = aud_read_head(txn, dbi, &last, h);
			if (!mrc && last + 1 > next)
				next = last + 1;
			if (mrc)
				rc = mrc; /* already an AUDIT_E_* code */
		} else if (mrc) {
			rc = aud_lmdb(mrc);
		}
		if (cur)
			mdb_cursor_close(cur);
		aud_rd_end(a, txn);
		if (rc)
			break;
	}
	*nextp = next;
	return rc;
}

static uint64_t seq_of(json_t *e)
{
	return (uint64_t)json_integer_value(json_object_get(e, "seq"));
}

static int by_seq(const void *x, const void *y)
{
	uint64_t a = seq_of(*(json_t *const *)x), b = seq_of(*(json_t *const *)y);
	return a < b ? -1 : a > b;
}

/* Any of f->users (one person's pseudonyms under every key version): each
 * user's index walked from next, then merged in seq order. The answer holds
 * only what every walk has covered: below the smallest next any of them
 * reached, so a later page neither skips nor repeats an entry. */
static int query_users(audit *a, const audit_filter *f, size_t limit, json_t *arr, uint64_t *nextp,
		       size_t *scanned)
{
	uint64_t start = *nextp, end = UINT64_MAX;
	json_t *all = json_array();
	int rc = all ? 0 : AUDIT_E_NOMEM;
	for (size_t i = 0; !rc && i < f->nusers; i++) {
		uint64_t n = start;
		json_t *part = json_array(); /* each walk gets its own limit */
		rc = part ? query_user(a, f, f->users[i], limit, part, &n, scanned) : AUDIT_E_NOMEM;
		if (!rc && json_array_extend(all, part))
			rc = AUDIT_E_NOMEM;
		json_decref(part);
		if (n < end)
			end = n;
	}
	size_t m = rc ? 0 : json_array_size(all);
	json_t **v = m ? malloc(m * sizeof *v) : NULL;
	if (m && !v)
		rc = AUDIT_E_NOMEM;
	if (rc)
		goto out;
	size_t k = 0;
	for (size_t i = 0; i < m; i++) {
		json_t *e = json_array_get(all, i);
		if (seq_of(e) < end)
			v[k++] = e;
	}
	if (k > 1) /* v is NULL when nothing matched: qsort's base must not be */
		qsort(v, k, sizeof *v, by_seq);
	if (k > limit) {
		k = limit;
		end = seq_of(v[k - 1]) + 1;
	}
	for (size_t i = 0; !rc && i < k; i++)
		if (json_array_append(arr, v[i]))
			rc = AUDIT_E_NOMEM;
	*nextp = end;
out:
	free(v);
	json_decref(all);
	return rc;
}

/* Every name in f->users can be looked up in the index. */
static int users_indexed(const audit_filter *f)
{
	if (!f->users || !f->nusers)
		return 0;
	for (size_t i = 0; i < f->nusers; i++)
		if (!f->users[i] || strlen(f->users[i]) > AUD_INDEX_USER_MAX)
			return 0;
	return 1;
}

int audit_query(audit *a, const audit_filter *f, json_t **entries_out, uint64_t *next_seq)
{
	static const audit_filter none;
	if (!a || !entries_out || !next_seq)
		return AUDIT_E_INVALID;
	if (!f)
		f = &none;
	size_t limit = f->limit ? f->limit : AUDIT_QUERY_DEFAULT;
	if (limit > AUDIT_QUERY_MAX)
		limit = AUDIT_QUERY_MAX;
	uint64_t next = f->since_seq ? f->since_seq : 1;
	size_t scanned = 0;
	json_t *arr = json_array();
	if (!arr)
		return AUDIT_E_NOMEM;
	int rc;
	if (f->user && strlen(f->user) <= AUD_INDEX_USER_MAX)
		rc = query_user(a, f, f->user, limit, arr, &next, &scanned);
	else if (users_indexed(f))
		rc = query_users(a, f, limit, arr, &next, &scanned);
	else
		rc = query_scan(a, f, limit, arr, &next, &scanned);
	pthread_mutex_lock(&a->mu);
	a->n_query_examined += scanned;
	pthread_mutex_unlock(&a->mu);
	if (rc) {
		json_decref(arr);
		return rc;
	}
	*entries_out = arr;
	*next_seq = next;
	return 0;
}

/* ---------- verify ---------- */

static void vbad(audit_verify_result *r, uint64_t seq, const char *reason)
{
	r->ok = 0;
	r->first_bad_seq = seq;
	snprintf(r->reason, sizeof r->reason, "%s", reason);
}

/* The audit key versions a verification may use (audit_keys.c). */
struct vring {
	size_t n;
	uint8_t key[AUDIT_KEYS_MAX][AUDIT_KEY_LEN];
	char id[AUDIT_KEYS_MAX][AUDIT_HASH_HEX];
	char first[AUDIT_HASH_HEX]; /* the key id of seq 1 */
};

static long ring_find(const struct vring *g, const char *id)
{
	for (size_t i = 0; i < g->n; i++)
		if (strcmp(g->id[i], id) == 0)
			return (long)i;
	return -1;
}

/* A key switch entry (already authenticated under cur_id): it must name
 * the key it leaves and start the next seq; its new key id in to. */
static int check_switch(json_t *e, uint64_t seq, const char *cur_id, char to[AUDIT_HASH_HEX],
			audit_verify_result *r)
{
	json_t *ks = json_object_get(e, "key_switch");
	to[0] = '\0';
	if (!ks)
		return 0;
	const char *from = json_string_value(json_object_get(ks, "from"));
	const char *t = json_string_value(json_object_get(ks, "to"));
	json_t *fs = json_object_get(ks, "from_seq");
	if (!from || strcmp(from, cur_id) != 0 || !t || strlen(t) != 64 || !json_is_integer(fs) ||
	    (uint64_t)json_integer_value(fs) != seq + 1) {
		vbad(r, seq, "malformed key switch");
		return 1;
	}
	memcpy(to, t, AUDIT_HASH_HEX);
	return 0;
}

/* Checks one stored entry against its key, the previous hash and the key.
 * On success advances prev to this entry's hash (and names the key of the
 * next seq in switch_to when it switches keys). Returns 0 or sets r. */
static int verify_one(const uint8_t *key, const char *key_id, uint64_t expected, const MDB_val *k,
		      const MDB_val *v, uint8_t prev[32], char switch_to[AUDIT_HASH_HEX],
		      audit_verify_result *r)
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
	if (check_switch(e, seq, key_id, switch_to, r))
		goto out;
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

static int verify_src(struct vsrc *s, const struct vring *g, const audit_anchor *anchor,
		      audit_verify_result *r)
{
	uint8_t prev[32] = {0}, lastkey[8];
	uint64_t expected = 1;
	int started = 0, done = 0, rc = 0;
	long ki = ring_find(g, g->first); /* the key in force */
	char to[AUDIT_HASH_HEX];
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
			if (ki < 0) {
				vbad(r, expected,
				     "the audit key in force at this seq was not given "
				     "(a rotated key's file is missing)");
				done = 1;
				break;
			}
			if (verify_one(g->key[ki], g->id[ki], expected, &k, &v, prev, to, r)) {
				done = 1;
				break;
			}
			if (to[0])
				ki = ring_find(g, to);
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
	struct vring *g = calloc(1, sizeof *g);
	if (!g)
		return AUDIT_E_NOMEM;
	pthread_mutex_lock(&a->mu);
	g->n = a->nring;
	memcpy(g->key, a->ring, sizeof g->key);
	memcpy(g->id, a->ring_id, sizeof g->id);
	memcpy(g->first, a->first_kid, AUDIT_HASH_HEX);
	pthread_mutex_unlock(&a->mu);
	int rc = verify_src(&s, g, NULL, r);
	OPENSSL_cleanse(g, sizeof *g);
	free(g);
	return rc;
}

/* Opens dir read-only (MDB_RDONLY: never writes data.mdb) and the entries DB. */
static int open_ro(const char *dir, MDB_env **envp, MDB_dbi *dbi, struct vring *g)
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
	if (g && mdb_dbi_open(txn, "meta", 0, &meta) == 0) {
		/* The key in force must be among those given; the first entry's
		 * key is where the verification starts. */
		char kid[AUDIT_HASH_HEX];
		MDB_val k = {.mv_size = 6, .mv_data = "key_id"}, v;
		memcpy(kid, g->first, AUDIT_HASH_HEX);
		if (mdb_get(txn, meta, &k, &v) == 0) {
			if (v.mv_size != 64)
				rc = AUDIT_E_KEY;
			else {
				memcpy(kid, v.mv_data, 64);
				kid[64] = '\0';
				memcpy(g->first, kid, AUDIT_HASH_HEX);
			}
		}
		MDB_val fk = {.mv_size = 12, .mv_data = "first_key_id"};
		if (!rc && mdb_get(txn, meta, &fk, &v) == 0) {
			if (v.mv_size != 64)
				rc = AUDIT_E_KEY;
			else {
				memcpy(g->first, v.mv_data, 64);
				g->first[64] = '\0';
			}
		}
		/* Neither the first nor the current key: not this log's keys. With
		 * the first only, the entries up to a switch to a key not given
		 * verify and the verdict names that seq. */
		if (!rc && ring_find(g, g->first) < 0 && ring_find(g, kid) < 0)
			rc = AUDIT_E_KEY;
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
	return audit_verify_dir_keys(dir, &key, 1, anchor, r);
}

int audit_verify_dir_keys(const char *dir, const uint8_t *const *keys, size_t n,
			  const audit_anchor *anchor, audit_verify_result *r)
{
	if (!dir || !keys || !n || !keys[0] || n > AUDIT_KEYS_MAX || !r)
		return AUDIT_E_INVALID;
	struct vsrc s = {0};
	struct vring *g = calloc(1, sizeof *g);
	if (!g)
		return AUDIT_E_NOMEM;
	for (size_t i = 0; i < n; i++) {
		memcpy(g->key[g->n], keys[i], AUDIT_KEY_LEN);
		aud_key_id(keys[i], g->id[g->n]);
		g->n++;
	}
	memcpy(g->first, g->id[0], AUDIT_HASH_HEX); /* a log without a key id */
	int rc = open_ro(dir, &s.env, &s.dbi, g);
	if (!rc) {
		rc = verify_src(&s, g, anchor, r);
		mdb_env_close(s.env);
	}
	OPENSSL_cleanse(g, sizeof *g);
	free(g);
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
