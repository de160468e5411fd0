/* jwt_create: the verifier's life: create (issuers, algorithms, digests,
 * curve orders, the cache), free, reload (all or nothing). */
#include <assert.h>
#include <errno.h>
#include <math.h> /* isfinite */
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/sha.h>
#include <openssl/x509.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "b64.h"
#include "errbuf.h"
#include "errors.h"
#include "file.h"
#include "hex.h"
#include "jwt_int.h"
#include "log.h"
#include "policy.h"

const struct alg_info ALGS[NALGS] = {
	{"RS256", KT_RSA, "SHA256", 0, 0},    {"RS384", KT_RSA, "SHA384", 0, 0},
	{"RS512", KT_RSA, "SHA512", 0, 0},    {"PS256", KT_RSA, "SHA256", 1, 0},
	{"PS384", KT_RSA, "SHA384", 1, 0},    {"PS512", KT_RSA, "SHA512", 1, 0},
	{"ES256", KT_EC256, "SHA256", 0, 32}, {"ES384", KT_EC384, "SHA384", 0, 48},
	{"ES512", KT_EC521, "SHA512", 0, 66},
};

/* --------------------------------------------------------------- create */

static void issuer_clear(struct issuer *is)
{
	free(is->name);
	free(is->iss);
	free(is->audience);
	free(is->key_file);
	free(is->jwks_file);
	free(is->groups_claim);
	free(is->remote);
	jwt_keyset_unref(is->pem);
	jwt_keyset_unref(is->jwks);
	pthread_mutex_destroy(&is->mu);
	pthread_mutex_destroy(&is->file_mu);
}

static char *dup_opt(const char *s, int *oom)
{
	if (!s || !*s)
		return NULL;
	char *d = strdup(s);
	if (!d)
		*oom = 1;
	return d;
}

static int issuer_init(struct issuer *is, const jwtv_issuer_conf *c, char *err, size_t errsz)
{
	int oom = 0;
	pthread_mutex_init(&is->mu, NULL);
	pthread_mutex_init(&is->file_mu, NULL);
	const char *n = c->name && *c->name ? c->name : "?";
	if (!c->name || !*c->name)
		return errbuf_fail(err, errsz, JWTV_E_CONFIG, "issuer without a name");
	if (!c->iss || !*c->iss || strlen(c->iss) > JWTV_MAX_STR)
		return errbuf_fail(err, errsz, JWTV_E_CONFIG,
				   "issuer %s: iss is required (1..%d bytes)", n, JWTV_MAX_STR);
	if (!c->audience || !*c->audience || strlen(c->audience) > JWTV_MAX_STR)
		return errbuf_fail(err, errsz, JWTV_E_CONFIG,
				   "issuer %s: audience is required (1..%d bytes)", n,
				   JWTV_MAX_STR);
	if ((!c->key_file || !*c->key_file) && (!c->jwks_file || !*c->jwks_file) &&
	    (!c->remote || !*c->remote))
		return errbuf_fail(err, errsz, JWTV_E_CONFIG,
				   "issuer %s: key_file, jwks_file or a remote JWKS is required",
				   n);
	if (c->nalgorithms == 0 || c->nalgorithms > JWTV_MAX_ALGS || !c->algorithms)
		return errbuf_fail(err, errsz, JWTV_E_CONFIG,
				   "issuer %s: 1..%d algorithms are required", n, JWTV_MAX_ALGS);
	if (c->leeway_s < 0 || c->leeway_s > 600)
		return errbuf_fail(err, errsz, JWTV_E_CONFIG, "issuer %s: leeway_s must be 0..600",
				   n);
	for (size_t i = 0; i < c->nalgorithms; i++) {
		const char *an = c->algorithms[i] ? c->algorithms[i] : "";
		const struct alg_info *a = jwt_alg_by_name(an);
		if (!a) {
			int sym = strncasecmp(an, "HS", 2) == 0 || strcasecmp(an, "none") == 0;
			return errbuf_fail(
				err, errsz, JWTV_E_CONFIG, "issuer %s: algorithm \"%s\" %s", n, an,
				sym ? "is not allowed (only RS*, PS*, ES*)" : "is unknown");
		}
		is->algs[is->nalgs++] = a;
	}
	is->name = dup_opt(c->name, &oom);
	is->iss = dup_opt(c->iss, &oom);
	is->audience = dup_opt(c->audience, &oom);
	is->key_file = dup_opt(c->key_file, &oom);
	is->jwks_file = dup_opt(c->jwks_file, &oom);
	is->groups_claim = dup_opt(c->groups_claim, &oom);
	is->remote = dup_opt(c->remote, &oom);
	is->leeway = c->leeway_s;
	is->require_binding = c->require_cert_binding != 0;
	if (oom)
		return errbuf_fail(err, errsz, JWTV_E_INTERNAL, "out of memory");
	int rc = jwt_issuer_load(is, &is->pem, &is->jwks, &is->file_id, &is->file_id_set, err,
				 errsz);
	is->jwks_loaded_at = is->pem || is->jwks ? time(NULL) : 0;
	return rc;
}

static void ident_ref_cb(void *p)
{
	jwtv_identity_ref(p);
}

static void ident_unref_cb(void *p)
{
	jwtv_identity_free(p);
}

int jwtv_create(jwtv **out, const jwtv_conf *conf, char *err, size_t errsz)
{
	int rc = 0;
	if (err && errsz)
		err[0] = '\0';
	if (!out || !conf)
		return errbuf_fail(err, errsz, JWTV_E_CONFIG, "no configuration");
	*out = NULL;
	if (conf->nissuers > JWTV_MAX_ISSUERS || (conf->nissuers && !conf->issuers))
		return errbuf_fail(err, errsz, JWTV_E_CONFIG, "at most %d issuers",
				   JWTV_MAX_ISSUERS);
	if (conf->cache_ttl_s < 0 || conf->jwks_min_refresh_s < 0)
		return errbuf_fail(err, errsz, JWTV_E_CONFIG,
				   "cache_ttl_s and jwks_min_refresh_s must be >= 0");
	jwtv *v = calloc(1, sizeof *v);
	if (!v)
		return errbuf_fail(err, errsz, JWTV_E_INTERNAL, "out of memory");
	pthread_mutex_init(&v->reload_mu, NULL);
	v->cache_ttl = conf->cache_ttl_s;
	v->min_refresh = conf->jwks_min_refresh_s;
	v->issuers = calloc(conf->nissuers ? conf->nissuers : 1, sizeof *v->issuers);
	if (!v->issuers) {
		rc = errbuf_fail(err, errsz, JWTV_E_INTERNAL, "out of memory");
		goto out;
	}
	v->sha256 = EVP_MD_fetch(NULL, "SHA256", NULL);
	for (size_t i = 0; i < NALGS; i++) {
		v->md[i] = EVP_MD_fetch(NULL, ALGS[i].md, NULL);
		if (!v->md[i] || !v->sha256) {
			rc = errbuf_fail(err, errsz, JWTV_E_INTERNAL, "OpenSSL has no %s",
					 ALGS[i].md);
			goto out;
		}
	}
	static const int nids[NCURVES] = {NID_X9_62_prime256v1, NID_secp384r1, NID_secp521r1};
	for (size_t i = 0; i < NCURVES; i++) {
		EC_GROUP *g = EC_GROUP_new_by_curve_name(nids[i]);
		v->order[i] = g ? BN_dup(EC_GROUP_get0_order(g)) : NULL;
		EC_GROUP_free(g);
		if (!v->order[i]) {
			rc = errbuf_fail(err, errsz, JWTV_E_INTERNAL,
					 "OpenSSL EC group unavailable");
			goto out;
		}
	}
	for (size_t i = 0; i < conf->nissuers; i++) {
		v->nissuers = i + 1; /* so that cleanup sees a half-built issuer */
		rc = issuer_init(&v->issuers[i], &conf->issuers[i], err, errsz);
		if (rc)
			goto out;
		for (size_t j = 0; j < i; j++) {
			if (strcmp(v->issuers[j].name, v->issuers[i].name) == 0 ||
			    strcmp(v->issuers[j].iss, v->issuers[i].iss) == 0) {
				rc = errbuf_fail(err, errsz, JWTV_E_CONFIG,
						 "issuers %s and %s share a name or iss",
						 v->issuers[j].name, v->issuers[i].name);
				goto out;
			}
		}
	}
	size_t cmax = conf->cache_ttl_s > 0 ? conf->cache_max : 0;
	if (tcache_create(&v->cache, cmax, ident_ref_cb, ident_unref_cb) != 0) {
		rc = errbuf_fail(err, errsz, JWTV_E_INTERNAL, "out of memory");
		goto out;
	}
	*out = v;
	v = NULL;
out:
	jwtv_free(v);
	return rc;
}

void jwtv_free(jwtv *v)
{
	if (!v)
		return;
	tcache_free(v->cache);
	for (size_t i = 0; i < v->nissuers; i++)
		issuer_clear(&v->issuers[i]);
	free(v->issuers);
	for (size_t i = 0; i < NALGS; i++)
		EVP_MD_free(v->md[i]);
	EVP_MD_free(v->sha256);
	for (size_t i = 0; i < NCURVES; i++)
		BN_free(v->order[i]);
	pthread_mutex_destroy(&v->reload_mu);
	free(v);
}

int jwtv_reload(jwtv *v, char *err, size_t errsz)
{
	int rc = 0;
	struct keyset *pem[JWTV_MAX_ISSUERS] = {0}, *jwks[JWTV_MAX_ISSUERS] = {0};
	if (err && errsz)
		err[0] = '\0';
	if (!v)
		return errbuf_fail(err, errsz, JWTV_E_CONFIG, "no verifier");
	struct file_id fid[JWTV_MAX_ISSUERS];
	int fid_set[JWTV_MAX_ISSUERS] = {0};
	pthread_mutex_lock(&v->reload_mu);
	/* No jwks_file check runs meanwhile (order: reload_mu, file_mu, mu). */
	for (size_t i = 0; i < v->nissuers; i++)
		pthread_mutex_lock(&v->issuers[i].file_mu);
	for (size_t i = 0; i < v->nissuers; i++) {
		rc = jwt_issuer_load(&v->issuers[i], &pem[i], &jwks[i], &fid[i], &fid_set[i], err,
				     errsz);
		if (rc)
			goto out;
	}
	time_t t = time(NULL);
	for (size_t i = 0; i < v->nissuers; i++) {
		struct issuer *is = &v->issuers[i];
		pthread_mutex_lock(&is->mu);
		struct keyset *op = is->pem, *oj = jwks[i];
		is->pem = pem[i];
		if (!is->remote) { /* a remote issuer keeps its fetched JWKS */
			oj = is->jwks;
			is->jwks = jwks[i];
			is->jwks_loaded_at = t;
		}
		pthread_mutex_unlock(&is->mu);
		pem[i] = op; /* released below */
		jwks[i] = oj;
		is->file_id = fid[i];
		is->file_id_set = fid_set[i];
	}
	tcache_clear(v->cache);
out:
	for (size_t i = 0; i < v->nissuers; i++) {
		jwt_keyset_unref(pem[i]);
		jwt_keyset_unref(jwks[i]);
		pthread_mutex_unlock(&v->issuers[i].file_mu);
	}
	pthread_mutex_unlock(&v->reload_mu);
	if (rc)
		log_warn("token keys not reloaded; keeping the previous keys", "error",
			 err ? err : "");
	return rc;
}

void jwtv_cache_clear(jwtv *v)
{
	if (v)
		tcache_clear(v->cache);
}

void jwtv_stats(jwtv *v, uint64_t *hits, uint64_t *misses)
{
	tcache_stats(v ? v->cache : NULL, hits, misses);
}
