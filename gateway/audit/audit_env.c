/* audit_env: the audit log's own LMDB environment (open, reopen, resize,
 * read transactions under env_lock) and the crypto its writer prepares
 * once. */
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

int aud_hmac256(const uint8_t *key, const void *msg, size_t len, uint8_t out[32])
{
	unsigned int outlen = 0;
	if (!HMAC(EVP_sha256(), key, AUDIT_KEY_LEN, msg, len, out, &outlen) || outlen != 32)
		return AUDIT_E_NOMEM;
	return 0;
}

/* The writer's MAC and hash: the same values as aud_hmac256() and SHA256(), on
 * objects prepared at open (a third of the writer's CPU went to fetching
 * algorithms in the one-shot calls). */
int aud_prepare_crypto(audit *a)
{
	EVP_MAC *mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
	a->mac_ctx = mac ? EVP_MAC_CTX_new(mac) : NULL;
	EVP_MAC_free(mac);
	OSSL_PARAM params[] = {
		OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)"SHA256", 0),
		OSSL_PARAM_construct_end(),
	};
	a->sha256 = EVP_MD_fetch(NULL, "SHA256", NULL);
	if (!a->mac_ctx || !a->sha256 || !EVP_MAC_init(a->mac_ctx, a->key, AUDIT_KEY_LEN, params))
		return AUDIT_E_NOMEM;
	return 0;
}

void aud_free_crypto(audit *a)
{
	EVP_MAC_CTX_free(a->mac_ctx); /* cleanses its key state */
	EVP_MD_free(a->sha256);
	a->mac_ctx = NULL;
	a->sha256 = NULL;
}

int aud_writer_mac(audit *a, const void *msg, size_t len, uint8_t out[32])
{
	size_t outlen = 0;
	if (!EVP_MAC_init(a->mac_ctx, NULL, 0, NULL) || !EVP_MAC_update(a->mac_ctx, msg, len) ||
	    !EVP_MAC_final(a->mac_ctx, out, &outlen, 32) || outlen != 32)
		return AUDIT_E_NOMEM;
	return 0;
}

int aud_writer_hash(audit *a, const void *msg, size_t len, uint8_t out[32])
{
	unsigned int outlen = 0;
	if (!EVP_Digest(msg, len, out, &outlen, a->sha256, NULL) || outlen != 32)
		return AUDIT_E_NOMEM;
	return 0;
}

int aud_lmdb(int mrc)
{
	if (mrc == ENOENT)
		return AUDIT_E_NOTFOUND;
	switch (db_err(NULL, mrc, NULL, 0, NULL)) {
	case 0:
		return 0;
	case CUSTOS_E_NOMEM:
		return AUDIT_E_NOMEM;
	case DB_E_NOTFOUND:
		return AUDIT_E_NOTFOUND;
	default:
		return AUDIT_E_IO;
	}
}

/* Depth of nested containers, stopping early past limit. */
int aud_json_depth(json_t *j, int limit)
{
	if (limit < 0)
		return 1;
	int obj = json_is_object(j), best = 0;
	if (!obj && !json_is_array(j))
		return 0;
	void *it = obj ? json_object_iter(j) : NULL;
	for (size_t i = 0;; i++) {
		json_t *v = obj ? (it ? json_object_iter_value(it) : NULL) : json_array_get(j, i);
		if (!v)
			break;
		int d = aud_json_depth(v, limit - 1);
		best = d > best ? d : best;
		if (obj)
			it = json_object_iter_next(j, it);
	}
	return best + 1;
}

/* ---------- environment ---------- */

/* Last key and SHA-256 of its value; 0 and zeros when empty. */
int aud_read_head(MDB_txn *txn, MDB_dbi dbi, uint64_t *seq, uint8_t hash[32])
{
	MDB_cursor *cur = NULL;
	MDB_val k, v;
	int rc = mdb_cursor_open(txn, dbi, &cur);
	if (rc)
		return aud_lmdb(rc);
	rc = mdb_cursor_get(cur, &k, &v, MDB_LAST);
	if (rc == MDB_NOTFOUND) {
		*seq = 0;
		memset(hash, 0, 32);
		rc = 0;
		goto out;
	}
	if (rc) {
		rc = aud_lmdb(rc);
		goto out;
	}
	if (k.mv_size != 8) {
		rc = AUDIT_E_IO;
		goto out;
	}
	*seq = be64_get(k.mv_data);
	SHA256(v.mv_data, v.mv_size, hash);
out:
	mdb_cursor_close(cur);
	return rc;
}

void aud_key_id(const uint8_t *key, char out[AUDIT_HASH_HEX])
{
	uint8_t mac[32];
	if (aud_hmac256(key, KEY_ID_LABEL, strlen(KEY_ID_LABEL), mac)) {
		memset(out, 0, AUDIT_HASH_HEX);
		return;
	}
	hex_encode(mac, 32, out);
}

size_t aud_user_key(const char *user, size_t ulen, uint64_t seq, uint8_t out[AUD_INDEX_KEY_MAX])
{
	memcpy(out, user, ulen);
	out[ulen] = 0;
	be64_put(out + ulen + 1, seq);
	return ulen + 9;
}

/* A log written before the index (or by a build without it): indexes every
 * entry once, in the opening transaction, and marks the index complete;
 * from then on the writer indexes each entry in the entry's own commit. */
static int build_user_index(audit *a, MDB_txn *txn, MDB_dbi dbi, MDB_dbi ubi, MDB_dbi meta)
{
	MDB_val mk = {.mv_size = 10, .mv_data = "user_index"}, mv;
	int rc = mdb_get(txn, meta, &mk, &mv);
	if (rc != MDB_NOTFOUND)
		return rc;
	MDB_cursor *cur = NULL;
	MDB_val k, v;
	uint64_t n = 0, seen = 0, t0 = time_mono_ms();
	rc = mdb_cursor_open(txn, dbi, &cur);
	if (!rc)
		rc = mdb_cursor_get(cur, &k, &v, MDB_FIRST);
	for (; rc == 0; rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
		if (k.mv_size != 8 || v.mv_size > MAX_STORED)
			continue; /* not an entry of ours: audit verify reports it */
		seen++;
		json_t *e = json_loadb(v.mv_data, v.mv_size, PARSE_FLAGS, NULL);
		const char *user = json_string_value(json_object_get(e, "user"));
		size_t ulen = user ? strlen(user) : 0;
		if (ulen && ulen <= AUD_INDEX_USER_MAX) {
			uint8_t ub[AUD_INDEX_KEY_MAX];
			MDB_val uk = {.mv_size = aud_user_key(user, ulen, be64_get(k.mv_data), ub),
				      .mv_data = ub},
				uv = {.mv_size = 0, .mv_data = ""};
			rc = mdb_put(txn, ubi, &uk, &uv, 0);
			n++;
		}
		json_decref(e);
		if (rc)
			break;
	}
	mdb_cursor_close(cur);
	if (rc != MDB_NOTFOUND)
		return rc;
	mv.mv_size = 1;
	mv.mv_data = USER_INDEX_VERSION;
	rc = mdb_put(txn, meta, &mk, &mv, 0);
	if (!seen)
		return rc; /* a new log */
	char nb[24], ms[24];
	snprintf(nb, sizeof nb, "%llu", (unsigned long long)n);
	snprintf(ms, sizeof ms, "%llu", (unsigned long long)(time_mono_ms() - t0));
	log_info("audit: per-user index built", "dir", a->dir, "entries", nb, "ms", ms);
	return rc;
}

/* Opens a->dir read-write, creates the DBs, checks the key id and loads the
 * head into a (caller holds env_lock for writing, or no thread runs yet). */
int aud_env_open(audit *a, char *err, size_t errsz)
{
	MDB_env *env = NULL;
	MDB_txn *txn = NULL;
	MDB_dbi dbi, ubi, meta;
	uint64_t seq = 0;
	uint8_t hash[32];
	char kid[AUDIT_HASH_HEX];
	int rc = mdb_env_create(&env);
	if (rc) {
		errbuf_set(err, errsz, "audit: mdb_env_create: %s", mdb_strerror(rc));
		return AUDIT_E_NOMEM;
	}
	mdb_env_set_maxdbs(env, 4);
	mdb_env_set_maxreaders(env, 256);
	rc = mdb_env_set_mapsize(env, a->map_size);
	if (!rc)
		rc = mdb_env_open(env, a->dir, MDB_NOTLS, 0600);
	if (rc) {
		errbuf_set(err, errsz, "audit: cannot open %s: %s", a->dir, mdb_strerror(rc));
		rc = AUDIT_E_IO;
		goto out;
	}
	int dead = 0;
	mdb_reader_check(env, &dead);
	rc = mdb_txn_begin(env, NULL, 0, &txn);
	if (!rc)
		rc = mdb_dbi_open(txn, "entries", MDB_CREATE, &dbi);
	if (!rc)
		rc = mdb_dbi_open(txn, "meta", MDB_CREATE, &meta);
	if (!rc)
		rc = mdb_dbi_open(txn, "by_user", MDB_CREATE, &ubi);
	if (!rc)
		rc = build_user_index(a, txn, dbi, ubi, meta);
	if (rc) {
		errbuf_set(err, errsz, "audit: cannot open databases in %s: %s", a->dir,
			   mdb_strerror(rc));
		rc = AUDIT_E_IO;
		goto out;
	}
	aud_key_id(a->key, kid);
	MDB_val k = {.mv_size = 6, .mv_data = "key_id"}, v;
	rc = mdb_get(txn, meta, &k, &v);
	if (rc == 0) {
		rc = aud_keys_select(a, txn, meta, err, errsz);
		if (rc)
			goto out;
	} else if (rc == MDB_NOTFOUND) {
		v.mv_size = 64;
		v.mv_data = kid;
		rc = mdb_put(txn, meta, &k, &v, 0);
		pthread_mutex_lock(&a->mu);
		memcpy(a->first_kid, kid, AUDIT_HASH_HEX);
		memcpy(a->cur_kid, kid, AUDIT_HASH_HEX);
		pthread_mutex_unlock(&a->mu);
		MDB_val fk = {.mv_size = 6, .mv_data = "format"};
		MDB_val fv = {.mv_size = 1, .mv_data = FORMAT_VERSION};
		if (!rc)
			rc = mdb_put(txn, meta, &fk, &fv, 0);
	}
	if (!rc)
		rc = aud_read_head(txn, dbi, &seq, hash);
	MDB_stat st;
	if (!rc && mdb_stat(txn, dbi, &st) == 0 && st.ms_entries != seq) {
		/* Only a hint of tampering: audit verify gives the verdict. */
		log_warn("audit: entry count does not match the last seq; run audit verify", "dir",
			 a->dir);
	}
	if (rc) {
		errbuf_set(err, errsz, "audit: cannot initialise %s: %s", a->dir,
			   rc < 0 ? audit_strerror(rc) : mdb_strerror(rc));
		rc = rc < 0 ? rc : AUDIT_E_IO;
		goto out;
	}
	rc = mdb_txn_commit(txn);
	txn = NULL;
	if (rc) {
		errbuf_set(err, errsz, "audit: cannot initialise %s: %s", a->dir, mdb_strerror(rc));
		rc = AUDIT_E_IO;
		goto out;
	}
	a->env = env;
	a->dbi = dbi;
	a->ubi = ubi;
	a->prealloc_next = 0; /* looked at again after the next commit */
	env = NULL;
	pthread_mutex_lock(&a->mu);
	a->head_seq = seq;
	memcpy(a->head_hash, hash, 32);
	pthread_mutex_unlock(&a->mu);
out:
	if (txn)
		mdb_txn_abort(txn);
	if (env)
		mdb_env_close(env);
	OPENSSL_cleanse(kid, sizeof kid);
	return rc;
}

/* Writer only: closes a broken environment and opens it again. */
int aud_env_reopen(audit *a)
{
	char err[256] = "";
	uint64_t before = a->head_seq; /* writer-owned while it runs */
	pthread_rwlock_wrlock(&a->env_lock);
	if (a->env) {
		mdb_env_close(a->env);
		a->env = NULL;
	}
	int rc = aud_env_open(a, err, sizeof err);
	pthread_rwlock_unlock(&a->env_lock);
	if (rc) {
		log_error("audit: reopen failed", "error", err);
		return rc;
	}
	a->need_reopen = 0;
	pthread_mutex_lock(&a->mu);
	a->n_reopens++;
	uint64_t after = a->head_seq;
	pthread_mutex_unlock(&a->mu);
	log_warn("audit: environment reopened", "dir", a->dir);
	if (after != before) {
		/* A commit that reported failure (e.g. fsync EIO after the meta page
		 * was written) reached the disk after all: those entries exist
		 * although their requests were refused. Say so loudly. */
		char b[24], e[24];
		snprintf(b, sizeof b, "%llu", (unsigned long long)before + 1);
		snprintf(e, sizeof e, "%llu", (unsigned long long)after);
		log_error("audit: entries reported as failed are in the log", "first_seq", b,
			  "last_seq", e);
	}
	return 0;
}

/* LMDB appends the log's pages at the end of its data file, so nearly
 * every commit grew the file, and its fdatasync then also wrote the inode
 * (the new size) and the block allocation's metadata: about a quarter of
 * a commit's CPU on the benchmark machine (docs/PERFORMANCE.md, phase 6).
 * Pages written inside the file cost only their own write. So the file is
 * kept PREALLOC_CHUNK bytes ahead of the pages in use by writing zeros
 * (not fallocate: its unwritten extents would be converted, and their
 * metadata synced, at the first write into them), synced once per chunk.
 * Only the writer writes the file, between commits; LMDB never reads past
 * its last page, and the map's size, not the file's, bounds the log. A
 * failed extension (a full disk) is cut back and tried again one chunk
 * later: the log then grows page by page as before. */
#define PREALLOC_CHUNK ((uint64_t)4 << 20)
#define PREALLOC_LOW   ((uint64_t)1 << 20)

/* When to look again: once less than PREALLOC_LOW of room is left, or at
 * the next commit when that is already so (the end of the map). */
static uint64_t next_look(uint64_t end, uint64_t used, uint64_t psize)
{
	return end >= used + PREALLOC_LOW ? end - PREALLOC_LOW + psize : used + psize;
}

void aud_prealloc(audit *a)
{
	static const uint8_t zeros[64 * 1024];
	MDB_envinfo info;
	MDB_stat st;
	struct stat sb;
	int fd;
	if (!a->env || mdb_env_info(a->env, &info) || mdb_env_stat(a->env, &st))
		return;
	uint64_t used = ((uint64_t)info.me_last_pgno + 1) * st.ms_psize;
	if (used < a->prealloc_next)
		return;
	if (mdb_env_get_fd(a->env, &fd) || fstat(fd, &sb))
		return;
	uint64_t end = (uint64_t)sb.st_size, want = used + PREALLOC_CHUNK;
	if (want > info.me_mapsize)
		want = info.me_mapsize - info.me_mapsize % st.ms_psize;
	if (end >= want || end >= used + PREALLOC_LOW) { /* room enough (a reopened log) */
		a->prealloc_next = next_look(end, used, st.ms_psize);
		return;
	}
	uint64_t at = end;
	while (at < want) {
		size_t n = want - at < sizeof zeros ? (size_t)(want - at) : sizeof zeros;
		ssize_t w = pwrite(fd, zeros, n, (off_t)at);
		if (w <= 0)
			break;
		at += (uint64_t)w;
	}
	if (at < want || fdatasync(fd)) {
		int e = errno;
		if (ftruncate(fd, (off_t)end) != 0)
			e = errno;
		char n[24];
		snprintf(n, sizeof n, "%llu", (unsigned long long)(want - end));
		log_warn("audit: could not extend the log's file; it grows page by page", "dir",
			 a->dir, "bytes", n, "error", strerror(e));
		a->prealloc_next = used + PREALLOC_CHUNK; /* tried again one chunk later */
		return;
	}
	a->prealloc_next = next_look(want, used, st.ms_psize);
}

/* Writer only: applies a requested map size. */
void aud_apply_map_size(audit *a, size_t size)
{
	pthread_rwlock_wrlock(&a->env_lock);
	int rc = a->env ? mdb_env_set_mapsize(a->env, size) : 0;
	if (!rc) {
		a->map_size = size;
	} else {
		/* A failed remap leaves the environment without a map: no reader
		 * may touch it; the next batch reopens it. */
		mdb_env_close(a->env);
		a->env = NULL;
	}
	pthread_rwlock_unlock(&a->env_lock);
	char buf[32];
	snprintf(buf, sizeof buf, "%zu", size);
	if (rc) {
		log_error("audit: cannot resize map", "size", buf, "error", mdb_strerror(rc));
		a->need_reopen = 1;
	} else {
		log_info("audit: map size set", "size", buf);
	}
}

/* A read transaction on the live environment; pair with rd_end. */
int aud_rd_begin(audit *a, MDB_txn **txn, MDB_dbi *dbi)
{
	pthread_rwlock_rdlock(&a->env_lock);
	if (!a->env) {
		pthread_rwlock_unlock(&a->env_lock);
		return AUDIT_E_UNAVAILABLE;
	}
	int rc = mdb_txn_begin(a->env, NULL, MDB_RDONLY, txn);
	if (rc) {
		pthread_rwlock_unlock(&a->env_lock);
		return rc == MDB_PANIC ? AUDIT_E_UNAVAILABLE : aud_lmdb(rc);
	}
	*dbi = a->dbi;
	return 0;
}

void aud_rd_end(audit *a, MDB_txn *txn)
{
	mdb_txn_abort(txn);
	pthread_rwlock_unlock(&a->env_lock);
}
