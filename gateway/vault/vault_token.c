/* vault_token: master versions held in a PKCS#11 token (docs/KEYS.md).
 *
 * A token-held version is a key object on the token: the first one is the
 * URI's own object= (key slot 0: a new vault's version 1, or the version a
 * rotation from file keys made it), each later one the object "object.N"
 * made on the token by the rotation to version N (slot N). The vault
 * records which versions the token holds, and as which slot, in
 * "conv_info/master_tok.N" (BE32 slot), written in the rotation's
 * transaction; a data directory from before these records has its token
 * version recorded at its next open. A retired token version's object is
 * destroyed on the token (vault_master_reap), then its record marked so
 * (TOK_DESTROYED), so the data keys it wrapped (in backups, in freed
 * pages) can no longer be opened by anyone. */
#include <stdio.h>
#include <string.h>

#include "errbuf.h"
#include "keys.h"
#include "log.h"
#include "vault_int.h"

_Static_assert(VAULT_MASTER_MAX < KEYS_P11_SLOTS, "a token key slot per master version");

#define TOK_DESTROYED 0x10000u /* in a record: the object was destroyed */

static void tok_name(unsigned ver, char out[32])
{
	snprintf(out, 32, "master_tok.%u", ver);
}

int vlt_tok_get(const vault *v, MDB_txn *t, unsigned ver, int *has, unsigned *slot)
{
	char name[32];
	uint64_t x = 0;
	tok_name(ver, name);
	int rc = vlt_info_get(v, t, name, 4, UINT32_MAX, &x);
	*has = !rc && x != UINT32_MAX;
	*slot = *has ? (unsigned)x : 0;
	if (*has && (*slot & ~TOK_DESTROYED) >= KEYS_P11_SLOTS)
		return VAULT_E_CRYPTO;
	return rc;
}

int vlt_tok_put(const vault *v, MDB_txn *t, unsigned ver, unsigned slot)
{
	char name[32];
	tok_name(ver, name);
	return vlt_info_put(v, t, name, 4, slot);
}

/* Whether an in-use version already is the URI's own object (slot 0). */
static int slot0_taken(const vault *v)
{
	for (unsigned ver = 1; ver <= VAULT_MASTER_MAX; ver++)
		if (v->tok[ver] && v->tok_slot[ver] == 0)
			return 1;
	return 0;
}

/* A data directory from before the records: the URI's own key is the
 * file-less version whose check it opens (a new vault's version 1). */
static int tok_open_legacy(vault *v, MDB_txn *t, unsigned ver, int *done, char *err, size_t errsz)
{
	char e[300];
	if (keys_p11_find(v->p11, 0, 0, e, sizeof e)) {
		errbuf_set(err, errsz, "master key version %u is in use but was not loaded: %s",
			   ver, e);
		return VAULT_E_CRYPTO;
	}
	v->tok_slot[ver] = 0;
	v->tok[ver] = 1;
	int rc = vlt_check_version(v, t, ver, ver == 1, NULL, 0);
	if (!rc)
		rc = vlt_tok_put(v, t, ver, 0);
	if (rc) {
		v->tok[ver] = 0;
		return rc == VAULT_E_CRYPTO ? 0 : rc; /* not the token's: the caller names it */
	}
	v->loaded[ver] = 1;
	*done = 1;
	return 0;
}

int vlt_tok_open(vault *v, MDB_txn *t, unsigned ver, int have_file, int *done, char *err,
		 size_t errsz)
{
	char e[300];
	unsigned slot = 0;
	int has = 0;
	*done = 0;
	int rc = vlt_tok_get(v, t, ver, &has, &slot);
	if (rc)
		return rc;
	if (!has)
		return have_file || !v->p11 || slot0_taken(v)
			       ? 0
			       : tok_open_legacy(v, t, ver, done, err, errsz);
	if (!v->p11 || (slot & TOK_DESTROYED)) {
		errbuf_set(
			err, errsz,
			(slot & TOK_DESTROYED)
				? "master key version %u is in use but its token key was destroyed"
				: "master key version %u is held in a PKCS#11 token: set [keys] "
				  "master (and pin_file)",
			ver);
		return VAULT_E_CRYPTO;
	}
	if (keys_p11_find(v->p11, slot, 0, e, sizeof e)) {
		errbuf_set(err, errsz, "master key version %u is in use but not on the token: %s",
			   ver, e);
		return VAULT_E_CRYPTO;
	}
	v->tok_slot[ver] = (uint8_t)slot;
	v->tok[ver] = 1;
	rc = vlt_check_version(v, t, ver, 0, err, errsz);
	if (rc) {
		v->tok[ver] = 0;
		return rc;
	}
	v->loaded[ver] = 1;
	*done = 1;
	return 0;
}

unsigned vault_master_token_version(vault *v)
{
	unsigned cur = atomic_load(&v->cur_ver);
	return v->p11 && v->tok[cur] ? cur : 0;
}

int vault_master_rotate_token(vault *v, unsigned *ver, char *err, size_t errsz)
{
	char e[300];
	unsigned cur = atomic_load(&v->cur_ver), min = atomic_load(&v->min_ver);
	errbuf_clear(err, errsz);
	if (!v->p11) {
		errbuf_set(err, errsz, "no token-held master key is configured");
		return VAULT_E_INVALID;
	}
	if (min < cur || cur >= VAULT_MASTER_MAX) {
		/* vlt_master_rotate says which; no key is made for nothing. */
		return vlt_master_rotate(v, NULL, 0, ver, err, errsz);
	}
	/* From file keys: the URI's own key (custos keys init made it). From
	 * a token version: a new key on the token, "object.N" (an object left
	 * by a rotation that stopped before recording it is reused: nothing
	 * was ever sealed under it). */
	unsigned slot = v->tok[cur] ? cur + 1 : 0;
	int rc = keys_p11_find(v->p11, slot, slot != 0, e, sizeof e);
	if (rc) {
		errbuf_set(err, errsz, "%s", e);
		return slot ? VAULT_E_CRYPTO : VAULT_E_INVALID;
	}
	return vlt_master_rotate(v, NULL, slot, ver, err, errsz);
}

int vault_master_reap(vault *v, unsigned wait_ms, char *names, size_t cap, unsigned *n)
{
	unsigned vers[VAULT_MASTER_MAX], slots[VAULT_MASTER_MAX];
	size_t k = 0, done = 0, used = 0;
	MDB_txn *t = NULL;
	char e[300];
	*n = 0;
	if (cap)
		names[0] = '\0';
	if (!v->p11)
		return 0; /* records of a token not configured now: left */
	unsigned min = atomic_load(&v->min_ver);
	int rc = vlt_begin(v, 1, &t);
	for (unsigned ver = 1; !rc && ver < min; ver++) {
		int has = 0;
		rc = vlt_tok_get(v, t, ver, &has, &slots[k]);
		if (!rc && has && !(slots[k] & TOK_DESTROYED))
			vers[k++] = ver;
	}
	rc = vlt_end(v, t, rc);
	if (rc || !k)
		return rc;
	/* A request that began before the retirement may still read a data
	 * key wrapped under the old version: wait until none is open. */
	rc = db_env_quiesce(v->env, wait_ms);
	if (rc)
		return rc;
	for (; done < k; done++) {
		char label[300];
		if (keys_p11_label(v->p11, slots[done], label, sizeof label))
			label[0] = '\0';
		if (keys_p11_destroy(v->p11, slots[done], e, sizeof e)) {
			log_error("vault: cannot destroy a retired master key on the token",
				  "error", e);
			break;
		}
		int w = snprintf(names + used, cap - used, "%s%s", used ? ", " : "", label);
		if (w > 0 && (size_t)w < cap - used)
			used += (size_t)w;
	}
	rc = vlt_begin(v, 0, &t);
	for (size_t i = 0; !rc && i < done; i++)
		rc = vlt_tok_put(v, t, vers[i], slots[i] | TOK_DESTROYED);
	rc = vlt_end(v, t, rc);
	*n = (unsigned)done;
	return rc ? rc : done < k ? VAULT_E_CRYPTO : 0;
}

int vault_master_peek_token(db_env *env, struct vault_tok_peek *out)
{
	vault tmp;
	MDB_txn *t = NULL;
	MDB_dbi other;
	int rc = vlt_peek_begin(env, &tmp, &t, "conv_key", &other);
	if (rc)
		return rc;
	for (unsigned ver = 0; ver <= VAULT_MASTER_MAX; ver++) {
		int has = 0;
		unsigned slot = 0;
		if (ver && !rc)
			rc = vlt_tok_get(&tmp, t, ver, &has, &slot);
		out->slot[ver] = has ? (int)(slot & ~TOK_DESTROYED) : -1;
		out->destroyed[ver] = has && (slot & TOK_DESTROYED);
	}
	mdb_txn_abort(t);
	return rc;
}
