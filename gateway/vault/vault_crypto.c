/* vault_crypto: AES-256-GCM sealing of records and cursors, HMAC
 * authentication of plain records, pseudonyms and record ids. Every failure
 * of the library itself stops the process rather than go on with a bad MAC
 * or an unauthenticated plaintext. */
#include <assert.h>
#include <limits.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b64.h"
#include "codec.h"
#include "errbuf.h"
#include "hex.h"
#include "log.h"
#include "timefmt.h"
#include "vault_int.h"

/* ---- crypto ---------------------------------------------------------- */

void vlt_hmac32(const uint8_t key[KEYLEN], const void *data, size_t n, uint8_t out[32])
{
	unsigned int len = 32;
	/* Fails only when the library itself is broken: stop rather than
	 * index or authenticate with garbage. */
	if (!HMAC(EVP_sha256(), key, KEYLEN, data, n, out, &len))
		abort();
}

/* A keyed HMAC-SHA256 context to duplicate per use: OpenSSL 3's one-shot
 * HMAC() re-fetches the digest and re-keys on every call. */
EVP_MAC_CTX *vlt_mac_template(const uint8_t key[KEYLEN])
{
	EVP_MAC *mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
	EVP_MAC_CTX *c = mac ? EVP_MAC_CTX_new(mac) : NULL;
	OSSL_PARAM params[] = {
		OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, "SHA256", 0),
		OSSL_PARAM_construct_end(),
	};
	EVP_MAC_free(mac); /* the context keeps its own reference */
	if (c && EVP_MAC_init(c, key, KEYLEN, params) != 1) {
		EVP_MAC_CTX_free(c);
		c = NULL;
	}
	return c;
}

/* HMAC over the concatenation of n (data, len) parts. Like hmac32, stops
 * the process if the library fails rather than continue with a bad MAC. */
static void mac_parts(const EVP_MAC_CTX *tmpl, const void *const *parts, const size_t *lens,
		      size_t n, uint8_t out[32])
{
	EVP_MAC_CTX *c = EVP_MAC_CTX_dup(tmpl);
	size_t outl = 0;
	if (!c)
		abort();
	for (size_t i = 0; i < n; i++)
		if (EVP_MAC_update(c, parts[i], lens[i]) != 1)
			abort();
	if (EVP_MAC_final(c, out, &outl, 32) != 1 || outl != 32)
		abort();
	EVP_MAC_CTX_free(c);
}

/* out = ver | nonce | ciphertext | tag; out holds ptlen + SEAL_OVERHEAD.
 * The version byte and aad (a domain string naming the record) are
 * authenticated; the nonce is fresh random 96 bits per record. */
int vlt_seal(const vault *v, const uint8_t key[KEYLEN], const char *aad, const uint8_t *pt,
	     size_t ptlen, uint8_t *out)
{
	EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
	uint8_t *nonce = out + 1, *ct = out + 1 + NONCE_LEN, *tag = ct + ptlen;
	int n = 0, rc = VAULT_E_CRYPTO;

	assert(ptlen < INT_MAX);
	if (!c)
		return VAULT_E_NOMEM;
	out[0] = SEAL_VER;
	if (RAND_bytes(nonce, NONCE_LEN) != 1)
		goto out;
	if (EVP_EncryptInit_ex(c, v->gcm, NULL, key, nonce) != 1)
		goto out;
	if (EVP_EncryptUpdate(c, NULL, &n, out, 1) != 1 ||
	    EVP_EncryptUpdate(c, NULL, &n, (const uint8_t *)aad, (int)strlen(aad)) != 1)
		goto out;
	n = 0;
	if (ptlen && EVP_EncryptUpdate(c, ct, &n, pt, (int)ptlen) != 1)
		goto out;
	int fin = 0;
	if (EVP_EncryptFinal_ex(c, ct + n, &fin) != 1)
		goto out;
	if (EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_GET_TAG, TAG_LEN, tag) != 1)
		goto out;
	rc = 0;
out:
	EVP_CIPHER_CTX_free(c);
	return rc;
}

/* Opens a sealed record into out (inlen - SEAL_OVERHEAD bytes). On any
 * failure out is wiped and VAULT_E_CRYPTO returned: no unauthenticated
 * plaintext ever leaves this function. */
int vlt_unseal(const vault *v, const uint8_t key[KEYLEN], const char *aad, const uint8_t *in,
	       size_t inlen, uint8_t *out)
{
	if (inlen < SEAL_OVERHEAD || in[0] != SEAL_VER || inlen - SEAL_OVERHEAD >= INT_MAX)
		return VAULT_E_CRYPTO;
	size_t ctlen = inlen - SEAL_OVERHEAD;
	const uint8_t *nonce = in + 1, *ct = in + 1 + NONCE_LEN, *tag = ct + ctlen;
	EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
	int n = 0, fin = 0, rc = VAULT_E_CRYPTO;

	if (!c)
		return VAULT_E_NOMEM;
	if (EVP_DecryptInit_ex(c, v->gcm, NULL, key, nonce) != 1)
		goto out;
	if (EVP_DecryptUpdate(c, NULL, &n, in, 1) != 1 ||
	    EVP_DecryptUpdate(c, NULL, &n, (const uint8_t *)aad, (int)strlen(aad)) != 1)
		goto out;
	n = 0;
	if (ctlen && EVP_DecryptUpdate(c, out, &n, ct, (int)ctlen) != 1)
		goto out;
	if (EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_SET_TAG, TAG_LEN, (void *)tag) != 1)
		goto out;
	if (EVP_DecryptFinal_ex(c, out + n, &fin) != 1)
		goto out;
	rc = 0;
out:
	if (rc && ctlen)
		OPENSSL_cleanse(out, ctlen);
	EVP_CIPHER_CTX_free(c);
	return rc;
}

/* Seals pt and stores it under key k in one MDB_RESERVE put (no extra copy). */
int vlt_put_sealed(const vault *v, MDB_txn *t, MDB_dbi db, MDB_val *k, const uint8_t key[KEYLEN],
		   const char *aad, const void *pt, size_t ptlen)
{
	MDB_val val = {.mv_size = ptlen + SEAL_OVERHEAD, .mv_data = NULL};
	int rc = vlt_put(v, t, db, k, &val, MDB_RESERVE);
	if (rc)
		return rc;
	return vlt_seal(v, key, aad, pt, ptlen, val.mv_data);
}

/* Reads and opens a sealed JSON record. */
int vlt_get_sealed_json(const vault *v, const uint8_t key[KEYLEN], const char *aad,
			const MDB_val *val, json_t **out)
{
	if (val->mv_size < SEAL_OVERHEAD)
		return VAULT_E_CRYPTO;
	size_t n = val->mv_size - SEAL_OVERHEAD;
	uint8_t *pt = malloc(n + 1);
	if (!pt)
		return VAULT_E_NOMEM;
	int rc = vlt_unseal(v, key, aad, val->mv_data, val->mv_size, pt);
	if (!rc) {
		*out = json_loadb((const char *)pt, n, 0, NULL);
		if (!*out)
			rc = VAULT_E_CRYPTO;
	}
	OPENSSL_cleanse(pt, n);
	free(pt);
	return rc;
}

/* HMAC over domain \0 key \0 json binds a plain record to its place. */
static void record_mac(const vault *v, const char *domain, const MDB_val *k, const char *js,
		       size_t jlen, uint8_t out[MAC_LEN])
{
	static const uint8_t zero = 0;
	const void *parts[] = {domain, &zero, k->mv_data, &zero, js};
	size_t lens[] = {strlen(domain), 1, k->mv_size, 1, jlen};
	mac_parts(v->mac_tmpl, parts, lens, 5, out);
}

int vlt_put_json_mac(vault *v, MDB_txn *t, MDB_dbi db, const char *domain, MDB_val *k,
		     const json_t *j)
{
	char *js = json_dumps(j, JSON_COMPACT);
	if (!js)
		return VAULT_E_NOMEM;
	size_t jlen = strlen(js);
	MDB_val val = {.mv_size = MAC_LEN + jlen, .mv_data = NULL};
	int rc = vlt_put(v, t, db, k, &val, MDB_RESERVE);
	if (!rc) {
		record_mac(v, domain, k, js, jlen, val.mv_data);
		memcpy((uint8_t *)val.mv_data + MAC_LEN, js, jlen);
	}
	free(js);
	return rc;
}

int vlt_get_json_mac(vault *v, MDB_txn *t, MDB_dbi db, const char *domain, MDB_val *k, json_t **out)
{
	MDB_val val;
	int rc = vlt_lmdb(v, mdb_get(t, db, k, &val));
	if (rc)
		return rc;
	if (val.mv_size < MAC_LEN)
		return VAULT_E_CRYPTO;
	const char *js = (const char *)val.mv_data + MAC_LEN;
	size_t jlen = val.mv_size - MAC_LEN;
	uint8_t mac[MAC_LEN];
	record_mac(v, domain, k, js, jlen, mac);
	if (CRYPTO_memcmp(mac, val.mv_data, MAC_LEN) != 0)
		return VAULT_E_CRYPTO;
	*out = json_loadb(js, jlen, 0, NULL);
	return *out ? 0 : VAULT_E_CRYPTO;
}

void vlt_user_hash(const vault *v, const char *user, char uh[UH_HEX + 1])
{
	uint8_t mac[32];
	const void *parts[] = {user};
	size_t lens[] = {strlen(user)};
	mac_parts(v->pseudo_tmpl, parts, lens, 1, mac);
	hex_encode(mac, sizeof mac, uh);
}

/* ---- ids and validation ---------------------------------------------- */

int vlt_gen_id(char prefix, char out[40])
{
	static const char alphabet[] =
		"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
	uint8_t buf[32];
	size_t n = 2;
	out[0] = prefix;
	out[1] = '-';
	while (n < VAULT_ID_LEN) {
		if (RAND_bytes(buf, sizeof buf) != 1)
			return VAULT_E_CRYPTO;
		/* Rejection sampling keeps the 62 symbols uniform. */
		for (size_t i = 0; i < sizeof buf && n < VAULT_ID_LEN; i++)
			if (buf[i] < 248)
				out[n++] = alphabet[buf[i] % 62];
	}
	out[n] = '\0';
	return 0;
}

int vault_valid_id(const char *id, char prefix)
{
	if (!id || strnlen(id, VAULT_ID_LEN + 1) != VAULT_ID_LEN || id[0] != prefix || id[1] != '-')
		return 0;
	for (size_t i = 2; i < VAULT_ID_LEN; i++) {
		char c = id[i];
		if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
			return 0;
	}
	return 1;
}

/* ---- cursors handed to clients ------------------------------------------ */

#define CURSOR_POS_MAX 64

static int cursor_aad(const char *scope, char aad[AAD_MAX + 512])
{
	int n = snprintf(aad, AAD_MAX + 512, "custos-cursor|%s", scope);
	return n < 0 || n >= AAD_MAX + 512 ? -1 : 0;
}

int vault_cursor_seal(const vault *v, const char *scope, const void *pos, size_t len, char *out,
		      size_t outsz)
{
	uint8_t buf[CURSOR_POS_MAX + SEAL_OVERHEAD];
	char aad[AAD_MAX + 512];
	if (len == 0 || len > CURSOR_POS_MAX || outsz < 2 * (len + SEAL_OVERHEAD) + 1 ||
	    cursor_aad(scope, aad))
		return VAULT_E_INVALID;
	int rc = vlt_seal(v, v->cursor_key, aad, pos, len, buf);
	if (rc)
		return rc;
	hex_encode(buf, len + SEAL_OVERHEAD, out);
	return 0;
}

int vault_cursor_open(const vault *v, const char *scope, const char *cursor, void *pos,
		      size_t possz, size_t *len)
{
	uint8_t buf[CURSOR_POS_MAX + SEAL_OVERHEAD];
	char aad[AAD_MAX + 512];
	size_t n = strnlen(cursor, 2 * sizeof buf + 1);
	*len = 0;
	if (n % 2 || n < 2 * (SEAL_OVERHEAD + 1) || n > 2 * sizeof buf || cursor_aad(scope, aad))
		return VAULT_E_INVALID;
	if (hex_decode(cursor, n / 2, buf, 1))
		return VAULT_E_INVALID;
	size_t plen = n / 2 - SEAL_OVERHEAD;
	if (plen > possz)
		return VAULT_E_INVALID;
	/* A cursor that does not open (forged, altered, or made for another
	 * listing) is bad input, not a store fault. */
	if (vlt_unseal(v, v->cursor_key, aad, buf, n / 2, pos))
		return VAULT_E_INVALID;
	*len = plen;
	return 0;
}
