/* vault_keys: master key versions (envelope encryption, docs/KEYS.md).
 *
 * A master key never encrypts data: version n derives a wrapping key that
 * wraps the per-conversation data keys, and the vault's own record subkeys
 * (consent history and concerns, record MACs, cursors) are sealed under the
 * current version in the info database ("vault_subkeys"). Rotating the
 * master key adds version n+1, reseals the subkeys under it and makes it
 * current in one transaction; a rewrap then moves every data key to it in
 * bounded batches, and when none is left under an older version those
 * versions are retired (recorded in the same transaction). So old data
 * stays readable throughout, a crash resumes from the last committed batch,
 * and a retired key file may be deleted.
 *
 * Records in "conv_info": master_check (version 1's key check, as before
 * versions existed), master_check.N, master_cur and master_min (BE32;
 * absent: 1), vault_subkeys (absent: the subkeys are derived from version
 * 1, the layout of data directories made before versions existed).
 * A wrapped data key is the 61-byte seal under version 1 (that layout, too)
 * or BE32 version | seal. */
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <string.h>

#include "codec.h"
#include "errbuf.h"
#include "keys.h"
#include "log.h"
#include "vault_int.h"

#define SUBKEYS_LEN (3 * KEYLEN)
#define PROBE       "custos-vault-v1"
#define EXAMINE_PER 8 /* records examined per rewrapped key, bounding one step */

static void derive(const uint8_t master[KEYLEN], const char *label, uint8_t out[KEYLEN])
{
	vlt_hmac32(master, label, strlen(label), out);
}

/* Seals and opens under master version ver: on the token when it holds
 * that version, else with the version's derived wrapping key. */
static int kseal(vault *v, unsigned ver, const char *aad, const uint8_t *pt, size_t n, uint8_t *out)
{
	if (v->p11 && ver == atomic_load(&v->p11_ver))
		return keys_p11_seal(v->p11, aad, pt, n, out) ? VAULT_E_CRYPTO : 0;
	return vlt_seal(v, v->wrap[ver], aad, pt, n, out);
}

static int kopen(vault *v, unsigned ver, const char *aad, const uint8_t *in, size_t inlen,
		 uint8_t *out)
{
	if (v->p11 && ver == atomic_load(&v->p11_ver))
		return keys_p11_unseal(v->p11, aad, in, inlen, out) ? VAULT_E_CRYPTO : 0;
	return vlt_unseal(v, v->wrap[ver], aad, in, inlen, out);
}

static int kput(vault *v, MDB_txn *t, MDB_dbi db, MDB_val *k, unsigned ver, const char *aad,
		const void *pt, size_t n)
{
	MDB_val val = {.mv_size = n + SEAL_OVERHEAD, .mv_data = NULL};
	int rc = vlt_put(v, t, db, k, &val, MDB_RESERVE);
	return rc ? rc : kseal(v, ver, aad, pt, n, val.mv_data);
}

MDB_val vlt_info_key(const char *name)
{
	MDB_val k = {.mv_size = strlen(name), .mv_data = (void *)name};
	return k;
}

int vlt_info_get(const vault *v, MDB_txn *t, const char *name, size_t len, uint64_t dflt,
		 uint64_t *out)
{
	MDB_val k = vlt_info_key(name), val;
	int rc = mdb_get(t, v->info, &k, &val);
	if (rc == MDB_NOTFOUND) {
		*out = dflt;
		return 0;
	}
	if (rc)
		return vlt_lmdb(v, rc);
	if (val.mv_size != len)
		return VAULT_E_CRYPTO;
	*out = len == 4 ? be32_get(val.mv_data) : be64_get(val.mv_data);
	return 0;
}

int vlt_info_put(const vault *v, MDB_txn *t, const char *name, size_t len, uint64_t x)
{
	uint8_t b[8];
	if (len == 4)
		be32_put(b, (uint32_t)x);
	else
		be64_put(b, x);
	MDB_val k = vlt_info_key(name), val = {.mv_size = len, .mv_data = b};
	return vlt_put(v, t, v->info, &k, &val, 0);
}

static int get_u32(const vault *v, MDB_txn *t, const char *name, unsigned dflt, unsigned *out)
{
	uint64_t x = 0;
	int rc = vlt_info_get(v, t, name, 4, dflt, &x);
	*out = (unsigned)x;
	return rc;
}

static int put_u32(const vault *v, MDB_txn *t, const char *name, unsigned x)
{
	return vlt_info_put(v, t, name, 4, x);
}

static void check_name(unsigned ver, char out[32])
{
	if (ver == 1)
		snprintf(out, 32, "master_check");
	else
		snprintf(out, 32, "master_check.%u", ver);
}

/* Checks (or, when create and absent, stores) version ver's key check. */
static int check_version(vault *v, MDB_txn *t, unsigned ver, int create, char *err, size_t errsz)
{
	char name[32];
	uint8_t buf[sizeof PROBE];
	check_name(ver, name);
	MDB_val k = vlt_info_key(name), val;
	int rc = mdb_get(t, v->info, &k, &val);
	if (rc == MDB_NOTFOUND && create)
		return kput(v, t, v->info, &k, ver, "custos-check", PROBE, sizeof PROBE);
	if (rc && rc != MDB_NOTFOUND)
		return vlt_lmdb(v, rc);
	rc = VAULT_E_CRYPTO;
	if (val.mv_size == sizeof PROBE + SEAL_OVERHEAD)
		rc = kopen(v, ver, "custos-check", val.mv_data, val.mv_size, buf);
	if (rc == 0 && memcmp(buf, PROBE, sizeof PROBE) != 0)
		rc = VAULT_E_CRYPTO;
	if (rc) {
		if (ver == 1)
			errbuf_set(err, errsz, "master key does not match this data directory");
		else
			errbuf_set(err, errsz,
				   "master key version %u does not match this data directory", ver);
	}
	return rc;
}

static void subkeys_aad(unsigned ver, char out[48])
{
	snprintf(out, 48, "custos-subkeys|%u", ver);
}

static int put_subkeys(vault *v, MDB_txn *t, unsigned ver)
{
	uint8_t sk[SUBKEYS_LEN];
	char aad[48];
	memcpy(sk, v->rec_key, KEYLEN);
	memcpy(sk + KEYLEN, v->mac_key, KEYLEN);
	memcpy(sk + 2 * KEYLEN, v->cursor_key, KEYLEN);
	subkeys_aad(ver, aad);
	MDB_val k = vlt_info_key("vault_subkeys");
	int rc = kput(v, t, v->info, &k, ver, aad, sk, sizeof sk);
	OPENSSL_cleanse(sk, sizeof sk);
	return rc;
}

static int load_subkeys(vault *v, MDB_txn *t, const keys_secret *const *masters, unsigned cur,
			char *err, size_t errsz)
{
	MDB_val k = vlt_info_key("vault_subkeys"), val;
	int rc = mdb_get(t, v->info, &k, &val);
	if (rc == MDB_NOTFOUND && cur == 1 && !masters[1] && atomic_load(&v->p11_ver) == 1) {
		/* A new vault under a token key: random subkeys, sealed on it. */
		if (RAND_bytes(v->rec_key, KEYLEN) != 1 || RAND_bytes(v->mac_key, KEYLEN) != 1 ||
		    RAND_bytes(v->cursor_key, KEYLEN) != 1)
			return VAULT_E_CRYPTO;
		return put_subkeys(v, t, 1);
	}
	if (rc == MDB_NOTFOUND) {
		if (cur != 1 || !masters[1]) {
			errbuf_set(err, errsz, "the vault's subkeys record is missing");
			return VAULT_E_CRYPTO;
		}
		const uint8_t *m = keys_secret_bytes(masters[1]);
		derive(m, "custos-vault-record-v1", v->rec_key);
		derive(m, "custos-vault-mac-v1", v->mac_key);
		derive(m, "custos-vault-cursor-v1", v->cursor_key);
		return 0;
	}
	if (rc)
		return vlt_lmdb(v, rc);
	uint8_t sk[SUBKEYS_LEN];
	char aad[48];
	subkeys_aad(cur, aad);
	rc = VAULT_E_CRYPTO;
	if (val.mv_size == SUBKEYS_LEN + SEAL_OVERHEAD)
		rc = kopen(v, cur, aad, val.mv_data, val.mv_size, sk);
	if (rc) {
		errbuf_set(err, errsz, "the vault's subkeys do not open with master version %u",
			   cur);
		return rc;
	}
	memcpy(v->rec_key, sk, KEYLEN);
	memcpy(v->mac_key, sk + KEYLEN, KEYLEN);
	memcpy(v->cursor_key, sk + 2 * KEYLEN, KEYLEN);
	OPENSSL_cleanse(sk, sizeof sk);
	return 0;
}

/* The version of a stored wrapped key, 0 if the record is malformed. */
static unsigned dek_version(const MDB_val *val)
{
	if (val->mv_size == WRAPPED_LEN)
		return 1;
	if (val->mv_size != 4 + WRAPPED_LEN)
		return 0;
	unsigned ver = be32_get(val->mv_data);
	return ver >= 2 && ver <= VAULT_MASTER_MAX ? ver : 0;
}

static int count_old(vault *v, MDB_txn *t, unsigned cur, uint64_t *n)
{
	MDB_cursor *c = NULL;
	MDB_val k, val;
	*n = 0;
	int rc = vlt_lmdb(v, mdb_cursor_open(t, v->dkey, &c));
	if (rc)
		return rc;
	int r = mdb_cursor_get(c, &k, &val, MDB_FIRST);
	for (; r == 0; r = mdb_cursor_get(c, &k, &val, MDB_NEXT))
		if (dek_version(&val) != cur)
			(*n)++;
	mdb_cursor_close(c);
	return r == MDB_NOTFOUND ? 0 : vlt_lmdb(v, r);
}

int vlt_keys_open(vault *v, MDB_txn *t, const keys_secret *const *masters, char *err, size_t errsz)
{
	unsigned cur = 1, min = 1;
	int rc = get_u32(v, t, "master_cur", 1, &cur);
	if (!rc)
		rc = get_u32(v, t, "master_min", 1, &min);
	if (rc)
		return rc;
	if (cur < 1 || cur > VAULT_MASTER_MAX || min < 1 || min > cur) {
		errbuf_set(err, errsz, "the master key version records are damaged");
		return VAULT_E_CRYPTO;
	}
	for (unsigned ver = min; ver <= cur; ver++) {
		if (!masters[ver] && v->p11 && !atomic_load(&v->p11_ver)) {
			/* The token's key is the version whose check it opens; a
			 * new vault's version 1. */
			atomic_store(&v->p11_ver, ver);
			rc = check_version(v, t, ver, ver == 1 && !masters[1], NULL, 0);
			if (rc == VAULT_E_CRYPTO) {
				/* not the token's: version ver needs its file below */
				atomic_store(&v->p11_ver, 0);
			} else if (rc) {
				return rc;
			} else {
				v->loaded[ver] = 1;
				continue;
			}
		}
		if (!masters[ver]) {
			errbuf_set(err, errsz,
				   "master key version %u is in use but was not loaded "
				   "(its file is missing, or it is not the token's key)",
				   ver);
			return VAULT_E_CRYPTO;
		}
		derive(keys_secret_bytes(masters[ver]), "custos-vault-wrap-v1", v->wrap[ver]);
		rc = check_version(v, t, ver, ver == 1, err, errsz);
		if (rc)
			return rc;
		v->loaded[ver] = 1;
	}
	rc = load_subkeys(v, t, masters, cur, err, errsz);
	if (rc)
		return rc;
	uint64_t old = 0;
	if (min < cur) {
		rc = count_old(v, t, cur, &old);
		if (rc)
			return rc;
	}
	atomic_store(&v->cur_ver, cur);
	atomic_store(&v->min_ver, min);
	atomic_store(&v->pending, old);
	return 0;
}

static int wrap_under(vault *v, MDB_txn *t, const char *id, const uint8_t dek[KEYLEN], unsigned ver)
{
	MDB_val k = {.mv_size = VAULT_ID_LEN, .mv_data = (void *)id};
	char aad[AAD_MAX];
	snprintf(aad, sizeof aad, "custos-dek|%s", id);
	if (ver == 1)
		return kput(v, t, v->dkey, &k, 1, aad, dek, KEYLEN);
	MDB_val val = {.mv_size = 4 + WRAPPED_LEN, .mv_data = NULL};
	int rc = vlt_put(v, t, v->dkey, &k, &val, MDB_RESERVE);
	if (rc)
		return rc;
	be32_put(val.mv_data, ver);
	return kseal(v, ver, aad, dek, KEYLEN, (uint8_t *)val.mv_data + 4);
}

int vlt_wrap_dek(vault *v, MDB_txn *t, const char *id, const uint8_t dek[KEYLEN])
{
	return wrap_under(v, t, id, dek, atomic_load(&v->cur_ver));
}

int vlt_unwrap_dek(vault *v, MDB_txn *t, const char *id, uint8_t dek[KEYLEN])
{
	MDB_val k = {.mv_size = VAULT_ID_LEN, .mv_data = (void *)id}, val;
	char aad[AAD_MAX];
	int rc = vlt_lmdb(v, mdb_get(t, v->dkey, &k, &val));
	if (rc == VAULT_E_NOTFOUND)
		return VAULT_E_CRYPTO; /* metadata without its key: shredded or tampered */
	if (rc)
		return rc;
	/* The acquire load orders this thread after the rotation that filled
	 * the slot of any version it can have read. */
	unsigned cur = atomic_load(&v->cur_ver), ver = dek_version(&val);
	if (!ver || ver > cur || !v->loaded[ver])
		return VAULT_E_CRYPTO;
	snprintf(aad, sizeof aad, "custos-dek|%s", id);
	const uint8_t *seal = (const uint8_t *)val.mv_data + (ver == 1 ? 0 : 4);
	return kopen(v, ver, aad, seal, WRAPPED_LEN, dek);
}

void vlt_forget_dek(vault *v, MDB_txn *t, const char *id)
{
	MDB_val k = {.mv_size = VAULT_ID_LEN, .mv_data = (void *)id}, val;
	char aad[AAD_MAX];
	if (!v->p11 || mdb_get(t, v->dkey, &k, &val) != 0)
		return;
	unsigned ver = dek_version(&val);
	if (!ver || ver != atomic_load(&v->p11_ver))
		return;
	snprintf(aad, sizeof aad, "custos-dek|%s", id);
	const uint8_t *seal = (const uint8_t *)val.mv_data + (ver == 1 ? 0 : 4);
	keys_p11_forget(v->p11, aad, seal, WRAPPED_LEN);
}

void vault_master_info(vault *v, struct vault_master_info *out)
{
	out->current = atomic_load(&v->cur_ver);
	out->oldest = atomic_load(&v->min_ver);
	out->pending = atomic_load(&v->pending);
	out->rewrapped = atomic_load(&v->rewrapped);
}

unsigned vault_master_token_version(vault *v)
{
	return v->p11 ? atomic_load(&v->p11_ver) : 0;
}

int vault_master_rotate_token(vault *v, unsigned *ver, char *err, size_t errsz)
{
	unsigned tv = atomic_load(&v->p11_ver);
	if (!v->p11 || tv) {
		errbuf_set(err, errsz,
			   v->p11 ? "the token's key is master version %u already"
				  : "no token-held master key is configured",
			   tv);
		return VAULT_E_INVALID;
	}
	return vault_master_rotate(v, NULL, ver, err, errsz);
}

int vault_master_rotate(vault *v, const keys_secret *k, unsigned *ver, char *err, size_t errsz)
{
	MDB_txn *t = NULL;
	unsigned cur = 0, min = 0, next = 0;
	MDB_stat st;
	errbuf_clear(err, errsz);
	int rc = vlt_begin(v, 0, &t);
	if (!rc)
		rc = get_u32(v, t, "master_cur", 1, &cur);
	if (!rc)
		rc = get_u32(v, t, "master_min", 1, &min);
	if (rc)
		goto out;
	if (min < cur || cur != atomic_load(&v->cur_ver)) {
		errbuf_set(err, errsz,
			   "master version %u is still in use: the rewrap to version %u "
			   "has not finished",
			   min, cur);
		rc = VAULT_E_INVALID;
		goto out;
	}
	next = cur + 1;
	if (next > VAULT_MASTER_MAX) {
		errbuf_set(err, errsz, "at most %d master key versions", VAULT_MASTER_MAX);
		rc = VAULT_E_INVALID;
		goto out;
	}
	/* The slot is not published until cur_ver says so. k NULL: the
	 * token's key (vault_master_rotate_token). */
	if (k) {
		derive(keys_secret_bytes(k), "custos-vault-wrap-v1", v->wrap[next]);
		if (CRYPTO_memcmp(v->wrap[next], v->wrap[cur], KEYLEN) == 0) {
			errbuf_set(err, errsz, "the new master key is the current one");
			rc = VAULT_E_INVALID;
			goto out;
		}
	} else {
		atomic_store(&v->p11_ver, next);
	}
	rc = check_version(v, t, next, 1, err, errsz);
	if (!rc)
		rc = put_subkeys(v, t, next);
	if (!rc)
		rc = put_u32(v, t, "master_cur", next);
	if (!rc)
		rc = vlt_lmdb(v, mdb_stat(t, v->dkey, &st));
out:
	rc = vlt_end(v, t, rc);
	if (rc) {
		if (next && next <= VAULT_MASTER_MAX && !v->loaded[next]) {
			OPENSSL_cleanse(v->wrap[next], KEYLEN);
			if (!k && atomic_load(&v->p11_ver) == next)
				atomic_store(&v->p11_ver, 0);
		}
		if (err && errsz && !err[0])
			snprintf(err, errsz, "%s", vault_strerror(rc));
		return rc;
	}
	v->loaded[next] = 1;
	v->scan_set = 0;
	atomic_store(&v->pending, (uint64_t)st.ms_entries);
	atomic_store(&v->cur_ver, next);
	*ver = next;
	return 0;
}

/* Rewraps one stored key under cur; a key already under cur is left. */
static int rewrap_one(vault *v, MDB_txn *t, const uint8_t id[VAULT_ID_LEN], unsigned cur, int *did)
{
	char sid[VAULT_ID_LEN + 1];
	uint8_t dek[KEYLEN];
	memcpy(sid, id, VAULT_ID_LEN);
	sid[VAULT_ID_LEN] = '\0';
	*did = 0;
	int rc = vlt_unwrap_dek(v, t, sid, dek);
	if (rc == VAULT_E_CRYPTO) {
		/* A damaged key cannot be moved; it keeps its version in use
		 * (never retired under it) and the rest goes on. */
		v->pass_failed++;
		return 0;
	}
	if (!rc)
		rc = wrap_under(v, t, sid, dek, cur);
	OPENSSL_cleanse(dek, sizeof dek);
	*did = !rc;
	return rc;
}

int vlt_batch_ids(const vault *v, MDB_txn *t, MDB_dbi db, struct vlt_batch *b)
{
	MDB_cursor *c = NULL;
	b->nids = 0;
	b->at_end = 0;
	int rc = vlt_lmdb(v, mdb_cursor_open(t, db, &c));
	if (rc)
		return rc;
	MDB_val k = {.mv_size = VAULT_ID_LEN, .mv_data = (void *)b->from}, val;
	int r = mdb_cursor_get(c, &k, &val, b->from ? MDB_SET_RANGE : MDB_FIRST);
	for (size_t seen = 0; r == 0 && b->nids < b->batch && seen < b->max_seen; seen++) {
		if (k.mv_size == VAULT_ID_LEN && (!b->keep || b->keep(&val, b->arg)))
			memcpy(b->ids[b->nids++], k.mv_data, VAULT_ID_LEN);
		r = mdb_cursor_get(c, &k, &val, MDB_NEXT);
	}
	if (r == 0 && k.mv_size == VAULT_ID_LEN)
		memcpy(b->next, k.mv_data, VAULT_ID_LEN);
	else if (r == MDB_NOTFOUND || r == 0)
		b->at_end = 1;
	else
		rc = vlt_lmdb(v, r);
	mdb_cursor_close(c);
	return rc;
}

/* A data key the rewrap moves: one under another version than *arg. */
static int not_current(const MDB_val *val, void *arg)
{
	return dek_version(val) != *(const unsigned *)arg;
}

int vault_master_rewrap(vault *v, size_t batch, size_t *n, int *finished)
{
	unsigned cur = atomic_load(&v->cur_ver), min = atomic_load(&v->min_ver);
	struct vlt_batch b = {.keep = not_current, .arg = &cur};
	int at_end = 0, retire = 0;
	MDB_txn *t = NULL;
	*n = 0;
	*finished = min >= cur;
	if (*finished || v->stuck)
		return 0;
	b.batch = batch ? batch : 1;
	b.max_seen = b.batch * EXAMINE_PER;
	b.from = v->scan_set ? v->scan_pos : NULL;
	b.ids = malloc(b.batch * sizeof *b.ids);
	if (!b.ids)
		return VAULT_E_NOMEM;
	int rc = vlt_begin(v, 0, &t);
	if (!rc)
		rc = vlt_batch_ids(v, t, v->dkey, &b);
	if (rc)
		goto out;
	at_end = b.at_end;
	if (!at_end) {
		memcpy(v->scan_pos, b.next, VAULT_ID_LEN);
		v->scan_set = 1;
	}
	for (size_t i = 0; i < b.nids && !rc; i++) {
		int did = 0;
		rc = rewrap_one(v, t, b.ids[i], cur, &did);
		*n += (size_t)did;
	}
	if (rc)
		goto out;
	if (at_end) {
		/* The pass is over: retire the older versions if nothing uses
		 * them any more (a key wrapped under the old version by a
		 * request that raced the rotation is found here), else go
		 * round again. */
		uint64_t left = 0;
		v->scan_set = 0;
		rc = count_old(v, t, cur, &left);
		if (!rc && left == 0) {
			rc = put_u32(v, t, "master_min", cur);
			retire = !rc;
		} else if (!rc && v->pass_done + *n == 0 && v->pass_failed) {
			/* A whole pass moved nothing: only damaged keys are
			 * left. Stop until the next open rather than spin. */
			char nb[24];
			snprintf(nb, sizeof nb, "%llu", (unsigned long long)left);
			log_error("vault: master key rewrap stopped: data keys that fail "
				  "authentication are left under an older version",
				  "keys", nb);
			v->stuck = 1;
		}
	}
out:
	rc = vlt_end(v, t, rc);
	free(b.ids);
	if (rc) {
		*n = 0;
		v->scan_set = 0;
		return rc;
	}
	v->pass_done = at_end ? 0 : v->pass_done + *n;
	if (at_end)
		v->pass_failed = 0;
	uint64_t p = atomic_load(&v->pending);
	atomic_store(&v->pending, p > *n ? p - *n : 0);
	atomic_fetch_add(&v->rewrapped, *n);
	if (retire) {
		atomic_store(&v->pending, 0);
		atomic_store(&v->min_ver, cur);
		*finished = 1;
	}
	return 0;
}

int vlt_peek_begin(db_env *env, vault *tmp, MDB_txn **t, const char *other, MDB_dbi *other_dbi)
{
	memset(tmp, 0, sizeof *tmp);
	tmp->env = env;
	tmp->mdb = db_env_lmdb(env);
	int rc = vlt_begin(tmp, 1, t);
	if (rc)
		return rc;
	rc = vlt_lmdb(tmp, mdb_dbi_open(*t, "conv_info", 0, &tmp->info));
	if (!rc)
		rc = vlt_lmdb(tmp, mdb_dbi_open(*t, other, 0, other_dbi));
	if (rc) {
		mdb_txn_abort(*t);
		*t = NULL;
	}
	return rc;
}

int vault_master_peek(db_env *env, unsigned *current, unsigned *oldest,
		      uint64_t counts[VAULT_MASTER_MAX + 1])
{
	vault tmp;
	MDB_txn *t = NULL;
	MDB_cursor *c = NULL;
	int rc = vlt_peek_begin(env, &tmp, &t, "conv_key", &tmp.dkey);
	if (rc)
		return rc;
	rc = get_u32(&tmp, t, "master_cur", 1, current);
	if (!rc)
		rc = get_u32(&tmp, t, "master_min", 1, oldest);
	if (!rc && counts) {
		memset(counts, 0, (VAULT_MASTER_MAX + 1) * sizeof *counts);
		rc = vlt_lmdb(&tmp, mdb_cursor_open(t, tmp.dkey, &c));
		MDB_val k, val;
		int r = rc ? MDB_NOTFOUND : mdb_cursor_get(c, &k, &val, MDB_FIRST);
		for (; r == 0; r = mdb_cursor_get(c, &k, &val, MDB_NEXT))
			counts[dek_version(&val)]++;
		if (!rc && r != MDB_NOTFOUND)
			rc = vlt_lmdb(&tmp, r);
	}
	if (c)
		mdb_cursor_close(c);
	mdb_txn_abort(t);
	return rc;
}
