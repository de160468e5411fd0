/* vault_open: opening the vault in the data directory's environment (its
 * named databases, the derived keys and the key check), its LMDB glue and
 * the error text. */
#include <assert.h>
#include <limits.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "codec.h"
#include "errbuf.h"
#include "errors.h"
#include "log.h"
#include "timefmt.h"
#include "vault_int.h"

const char *vault_strerror(int rc)
{
	return custos_strerror(rc);
}

/* ---- LMDB ---------------------------------------------------------------- */

/* What no caller expects (I/O, corruption, a panic) is logged once here. */
static int logged(int rc)
{
	if (rc == DB_E_IO || rc == DB_E_CORRUPT || rc == DB_E_FATAL)
		log_error("vault: lmdb error", "error", custos_strerror(rc));
	return rc;
}

int vlt_lmdb(const vault *v, int mrc)
{
	return logged(db_err(v->env, mrc, NULL, 0, "vault"));
}

int vlt_begin(const vault *v, int rdonly, MDB_txn **t)
{
	return logged(db_txn_begin(v->env, rdonly, t, NULL, 0));
}

int vlt_end(const vault *v, MDB_txn *t, int rc)
{
	if (rc)
		return db_txn_end(v->env, t, rc, 0, NULL, 0, NULL);
	return logged(db_txn_end(v->env, t, 0, CUSTOS_FAULT_VAULT_COMMIT, NULL, 0, "vault"));
}

int vlt_put(const vault *v, MDB_txn *t, MDB_dbi db, MDB_val *k, MDB_val *val, unsigned flags)
{
	return logged(
		db_put(v->env, t, db, k, val, flags, CUSTOS_FAULT_VAULT_PUT, NULL, 0, "vault"));
}

int vlt_del(const vault *v, MDB_txn *t, MDB_dbi db, const void *kb, size_t klen)
{
	MDB_val k = {.mv_size = klen, .mv_data = (void *)kb};
	int rc = mdb_del(t, db, &k, NULL);
	return rc == MDB_NOTFOUND ? 0 : vlt_lmdb(v, rc);
}

int vlt_scan(const vault *v, MDB_txn *t, MDB_dbi db, const void *from, size_t flen, size_t plen,
	     vlt_scan_fn fn, void *arg)
{
	MDB_cursor *cur = NULL;
	int rc = vlt_lmdb(v, mdb_cursor_open(t, db, &cur));
	if (rc)
		return rc;
	MDB_val k = {.mv_size = flen, .mv_data = (void *)from}, val;
	int r = mdb_cursor_get(cur, &k, &val, flen ? MDB_SET_RANGE : MDB_FIRST);
	for (; r == 0; r = mdb_cursor_get(cur, &k, &val, MDB_NEXT)) {
		/* plen 0 (scan from the first key): from may be NULL, memcmp must not see it */
		if (k.mv_size < plen || (plen && memcmp(k.mv_data, from, plen) != 0))
			break;
		rc = fn(&k, &val, arg);
		if (rc)
			break;
	}
	if (!rc && r && r != MDB_NOTFOUND)
		rc = vlt_lmdb(v, r);
	mdb_cursor_close(cur);
	return rc == VLT_STOP ? 0 : rc;
}

int vlt_keylist_add(struct keylist *l, const MDB_val *k)
{
	if (k->mv_size > IDX_KEY_MAX)
		return VAULT_E_STORE;
	int rc = buf_grow_array((void **)&l->k, &l->cap, l->n + 1, sizeof *l->k, KEYLIST_MAX);
	if (rc)
		return rc;
	l->k[l->n].len = k->mv_size;
	memcpy(l->k[l->n].b, k->mv_data, k->mv_size);
	l->n++;
	return 0;
}

void vlt_keylist_free(struct keylist *l)
{
	free(l->k);
	memset(l, 0, sizeof *l);
}

/* ---- open / free --------------------------------------------------------- */

/* The pseudonym key's check: a different key would silently make every
 * stored pseudonym and index unreachable. */
static int pseudonym_check(vault *v, MDB_txn *t, char *err, size_t errsz)
{
	MDB_val k = {.mv_size = 15, .mv_data = "pseudonym_check"}, val;
	uint8_t pc[32];
	vlt_hmac32(v->pseudo_key, "custos-pseudonym-check-v1", 25, pc);
	int rc = mdb_get(t, v->info, &k, &val);
	if (rc == MDB_NOTFOUND) {
		val.mv_size = sizeof pc;
		val.mv_data = pc;
		return vlt_put(v, t, v->info, &k, &val, 0);
	}
	if (rc)
		return vlt_lmdb(v, rc);
	if (val.mv_size != sizeof pc || CRYPTO_memcmp(val.mv_data, pc, sizeof pc) != 0) {
		errbuf_set(err, errsz, "pseudonym key does not match this data directory");
		return VAULT_E_CRYPTO;
	}
	return 0;
}

int vault_open(db_env *env, const keys_secret *master, const keys_secret *pseudonym, vault **out,
	       char *err, size_t errsz)
{
	const keys_secret *masters[VAULT_MASTER_MAX + 1] = {NULL, master};
	assert(master);
	return vault_open_versions(env, masters, NULL, pseudonym, out, err, errsz);
}

int vault_open_versions(db_env *env, const keys_secret *const masters[VAULT_MASTER_MAX + 1],
			keys_p11 *token, const keys_secret *pseudonym, vault **out, char *err,
			size_t errsz)
{
	static const struct {
		const char *name;
		size_t off;
	} dbs[VAULT_NDBS] = {
		{"conv_info", offsetof(vault, info)},     {"conv_meta", offsetof(vault, meta)},
		{"conv_key", offsetof(vault, dkey)},      {"conv_msg", offsetof(vault, msg)},
		{"user_conv", offsetof(vault, uidx)},     {"conv_label", offsetof(vault, lidx)},
		{"conv_expiry", offsetof(vault, exp)},    {"consent", offsetof(vault, consent)},
		{"consent_hist", offsetof(vault, chist)}, {"concern", offsetof(vault, concern)},
		{"user_pn", offsetof(vault, upn)},
	};
	MDB_txn *t = NULL;
	int rc;

	assert(env && masters && pseudonym && out);
	*out = NULL;
	errbuf_clear(err, errsz);
	vault *v = calloc(1, sizeof *v);
	if (!v)
		return VAULT_E_NOMEM;
	v->env = env;
	v->mdb = db_env_lmdb(env);
	v->p11 = token;
	memcpy(v->pseudo_key, keys_secret_bytes(pseudonym), KEYLEN);
	/* Staff pseudonyms use their own subkey, so that nobody who can have an
	 * end user's pseudonym computed (user:export of any id) can compute a
	 * staff member's. The label holds a NUL byte, which no end-user id
	 * can: HMAC(pseudonym key, label) is never an end user's hash.
	 * End-user pseudonyms keep HMAC(pseudonym key, id): the user index,
	 * consent records and every audit entry's "user" are keyed by it. */
	vlt_hmac32(v->pseudo_key, STAFF_LABEL, sizeof STAFF_LABEL - 1, v->staff_key);
	v->gcm = EVP_CIPHER_fetch(NULL, "AES-256-GCM", NULL);
	v->pseudo_tmpl = vlt_mac_template(v->pseudo_key);
	v->staff_tmpl = vlt_mac_template(v->staff_key);
	if (!v->gcm || !v->pseudo_tmpl || !v->staff_tmpl) {
		rc = VAULT_E_CRYPTO;
		errbuf_set(err, errsz, "AES-256-GCM or HMAC-SHA256 is not available from OpenSSL");
		goto out;
	}

	rc = vlt_begin(v, 0, &t);
	if (rc)
		goto out;
	for (size_t i = 0; i < VAULT_NDBS; i++) {
		MDB_dbi *dbi = (MDB_dbi *)((char *)v + dbs[i].off);
		int r = mdb_dbi_open(t, dbs[i].name, MDB_CREATE, dbi);
		if (r) {
			errbuf_set(err, errsz, "cannot open database %s: %s", dbs[i].name,
				   mdb_strerror(r));
			rc = r == MDB_DBS_FULL ? VAULT_E_STORE : vlt_lmdb(v, r);
			goto out;
		}
	}
	/* The master key versions give the record subkeys, so the MAC
	 * template is made after them. */
	rc = vlt_keys_open(v, t, masters, err, errsz);
	if (!rc) {
		v->mac_tmpl = vlt_mac_template(v->mac_key);
		if (!v->mac_tmpl)
			rc = VAULT_E_CRYPTO;
	}
	if (!rc)
		rc = pseudonym_check(v, t, err, errsz);
out:
	rc = vlt_end(v, t, rc);
	if (rc) {
		if (err && errsz && !err[0])
			snprintf(err, errsz, "%s", vault_strerror(rc));
		vault_free(v);
		return rc;
	}
	*out = v;
	return 0;
}

void vault_free(vault *v)
{
	if (!v)
		return;
	EVP_CIPHER_free(v->gcm);
	EVP_MAC_CTX_free(v->mac_tmpl);
	EVP_MAC_CTX_free(v->pseudo_tmpl);
	EVP_MAC_CTX_free(v->staff_tmpl);
	OPENSSL_cleanse(v, sizeof *v);
	free(v);
}
