/* jwt_remote: key sets that change while the verifier runs: a jwks_file
 * replaced on disk (noticed by its identity), a JWKS fetched from an
 * identity provider (handed in by gateway/idp/), the unknown-kid hook that
 * asks for an early fetch, the issuers' state for readiness and metrics,
 * and the RFC 8705 certificate binding of a verified token. */
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/sha.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "errbuf.h"
#include "hex.h"
#include "jwt_int.h"
#include "log.h"

/* 1 when a key of old (may be NULL) is not in new: tokens it verified must
 * not live on in the token cache. */
static int keyset_lost(const struct keyset *old, const struct keyset *new)
{
	for (size_t i = 0; old && i < old->n; i++) {
		const struct key *a = &old->keys[i];
		int found = 0;
		for (size_t j = 0; new &&j < new->n && !found; j++) {
			const struct key *b = &new->keys[j];
			found = (a->kid == NULL) == (b->kid == NULL) &&
				(!a->kid || strcmp(a->kid, b->kid) == 0) && a->kt == b->kt &&
				a->only_alg == b->only_alg && EVP_PKEY_eq(a->pkey, b->pkey) == 1;
		}
		if (!found)
			return 1;
	}
	return 0;
}

/* 1 when a key of ks or of the issuer's PEM keys fits a pinned algorithm. */
static int keyset_fits(struct issuer *is, const struct keyset *ks)
{
	pthread_mutex_lock(&is->mu);
	struct keyset *pem = jwt_keyset_ref(is->pem);
	pthread_mutex_unlock(&is->mu);
	int ok = 0;
	for (size_t a = 0; a < is->nalgs && !ok; a++) {
		const struct keyset *sets[2] = {ks, pem};
		for (size_t s = 0; s < 2; s++)
			for (size_t k = 0; sets[s] && k < sets[s]->n && !ok; k++)
				ok = jwt_key_fits(&sets[s]->keys[k], is->algs[a]);
	}
	jwt_keyset_unref(pem);
	return ok;
}

/* Installs ks (taken over) as the issuer's JWKS set, fetched or read at at
 * (sha: of its bytes, or NULL). The swap is the only locked step; the cache
 * is cleared when a key vanished (a verification that began before is kept
 * out of the cache by its generation). */
static void install_jwks(jwtv *v, struct issuer *is, struct keyset *ks, time_t at,
			 const uint8_t *sha)
{
	ERR_clear_error();
	pthread_mutex_lock(&is->mu);
	struct keyset *old = is->jwks;
	is->jwks = ks;
	is->jwks_loaded_at = at;
	is->jwks_sha_set = sha != NULL;
	if (sha)
		memcpy(is->jwks_sha, sha, sizeof is->jwks_sha);
	pthread_mutex_unlock(&is->mu);
	int lost = keyset_lost(old, ks);
	jwt_keyset_unref(old);
	if (lost) {
		tcache_clear(v->cache);
		log_info("jwks changed and a key was removed; token cache cleared", "issuer",
			 is->name);
	}
}

int jwtv_jwks_file_check(jwtv *v, size_t i)
{
	char err[300];
	struct file_id id;
	struct keyset *fresh = NULL;
	int rc = 0;
	if (!v || i >= v->nissuers || !v->issuers[i].jwks_file)
		return 0;
	struct issuer *is = &v->issuers[i];
	pthread_mutex_lock(&is->file_mu);
	if (jwt_file_id_of(is->jwks_file, &id) != 0)
		memset(&id, 0, sizeof id); /* missing: the same "identity" until it returns */
	time_t now = time(NULL);
	if (is->file_id_set && jwt_file_id_eq(&id, &is->file_id)) {
		pthread_mutex_lock(&is->mu);
		is->jwks_loaded_at = now;
		pthread_mutex_unlock(&is->mu);
		goto out;
	}
	is->file_id = id;
	is->file_id_set = 1; /* a broken file is reported once, not on every unknown kid */
	rc = jwt_load_jwks(is->jwks_file, &fresh, NULL, NULL, err, sizeof err);
	if (!rc && !keyset_fits(is, fresh))
		rc = errbuf_fail(err, sizeof err, JWTV_E_KEY_FILE,
				 "jwks_file %s: no key fits a pinned algorithm", is->jwks_file);
	if (rc) {
		jwt_keyset_unref(fresh);
		log_warn("jwks_file changed but cannot be used; keeping the previous keys",
			 "issuer", is->name, "error", err);
		goto out;
	}
	install_jwks(v, is, fresh, now, NULL);
	log_info("jwks_file changed; keys reloaded", "issuer", is->name);
	rc = 1;
out:
	pthread_mutex_unlock(&is->file_mu);
	return rc;
}

int jwtv_set_jwks(jwtv *v, size_t i, const char *json, size_t len, time_t fetched_at, int *changed,
		  char *err, size_t errsz)
{
	uint8_t sha[SHA256_DIGEST_LENGTH];
	struct keyset *ks = NULL;
	if (changed)
		*changed = 0;
	if (err && errsz)
		err[0] = '\0';
	if (!v || i >= v->nissuers || !v->issuers[i].remote || !json)
		return errbuf_fail(err, errsz, JWTV_E_CONFIG, "not a remote issuer");
	struct issuer *is = &v->issuers[i];
	if (EVP_Digest(json, len, sha, NULL, v->sha256, NULL) != 1)
		return errbuf_fail(err, errsz, JWTV_E_INTERNAL, "SHA-256 failed");
	pthread_mutex_lock(&is->mu);
	int same = is->jwks && is->jwks_sha_set && memcmp(sha, is->jwks_sha, sizeof sha) == 0;
	if (same && fetched_at > is->jwks_loaded_at)
		is->jwks_loaded_at = fetched_at;
	pthread_mutex_unlock(&is->mu);
	if (same)
		return 0;
	int rc = jwt_parse_jwks(is->remote, json, len, &ks, err, errsz);
	if (rc)
		return rc;
	if (!keyset_fits(is, ks)) {
		jwt_keyset_unref(ks);
		return errbuf_fail(err, errsz, JWTV_E_KEY_FILE,
				   "%s: no key fits any of the issuer's pinned algorithms",
				   is->remote);
	}
	install_jwks(v, is, ks, fetched_at, sha);
	if (changed)
		*changed = 1;
	return 0;
}

void jwtv_set_unknown_kid_hook(jwtv *v, jwtv_unknown_kid_fn fn, void *ctx)
{
	if (!v)
		return;
	v->unknown_kid = fn;
	v->unknown_kid_ctx = ctx;
}

size_t jwtv_issuer_count(const jwtv *v)
{
	return v ? v->nissuers : 0;
}

int jwtv_issuer_info_get(jwtv *v, size_t i, jwtv_issuer_info *out)
{
	if (!v || !out || i >= v->nissuers)
		return JWTV_E_CONFIG;
	struct issuer *is = &v->issuers[i];
	out->name = is->name;
	out->remote = is->remote != NULL;
	pthread_mutex_lock(&is->mu);
	out->nkeys = (is->pem ? is->pem->n : 0) + (is->jwks ? is->jwks->n : 0);
	out->keys_at = is->jwks_loaded_at;
	pthread_mutex_unlock(&is->mu);
	return 0;
}

int jwtv_check_binding(const jwtv_identity *id, const char *cert_sha256_hex)
{
	uint8_t want[32];
	if (!id)
		return JWTV_E_BINDING;
	if (id->cnf == JWTV_CNF_NONE)
		return id->binding_required ? JWTV_E_BINDING : 0;
	if (id->cnf != JWTV_CNF_X5T || !cert_sha256_hex || strlen(cert_sha256_hex) != 64 ||
	    hex_decode(cert_sha256_hex, 32, want, 0) != 0)
		return JWTV_E_BINDING;
	return CRYPTO_memcmp(want, id->cnf_x5t_s256, sizeof want) == 0 ? 0 : JWTV_E_BINDING;
}
