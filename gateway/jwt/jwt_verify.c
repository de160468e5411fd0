/* jwt_verify: Bearer token verification for custos.
 * The token is checked (size, canonical base64url, strict JSON) before any
 * crypto; the signature is verified with OpenSSL EVP_DigestVerify against keys
 * parsed once per load (PEM or JWKS, jwt_keys.c), never against PEM handed to
 * libjwt per request (see docs/TOKENS.md for why and for how libjwt is still
 * used: as the unit tests' independent oracle). */
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
#include "jload.h"
#include "jwt_int.h"
#include "log.h"
#include "policy.h"

/* ---------------------------------------------------------------- codes */

const char *jwtv_code(int rc)
{
	switch (rc) {
	case JWTV_OK:
		return "token_ok";
	case JWTV_E_MALFORMED:
		return "token_malformed";
	case JWTV_E_TOO_LARGE:
		return "token_malformed"; /* issue 3: oversize is malformed */
	case JWTV_E_EXPIRED:
		return "token_expired";
	case JWTV_E_NOT_YET_VALID:
		return "token_not_yet_valid";
	case JWTV_E_ISSUER_UNKNOWN:
		return "token_issuer_unknown";
	case JWTV_E_KEY_UNKNOWN:
		return "token_key_unknown";
	case JWTV_E_SIGNATURE:
		return "token_signature_invalid";
	case JWTV_E_ALGORITHM:
		return "token_algorithm_rejected";
	case JWTV_E_AUDIENCE:
		return "token_audience_mismatch";
	case JWTV_E_CLAIMS:
		return "token_claims_invalid";
	case JWTV_E_HEADER_UNSUPPORTED:
		return "token_header_unsupported";
	case JWTV_E_MISSING:
		return "token_missing";
	case JWTV_E_CONFIG:
		return "token_config_invalid";
	case JWTV_E_KEY_FILE:
		return "token_key_file_invalid";
	case JWTV_E_BINDING:
		return "token_binding_mismatch";
	default:
		return "token_internal_error";
	}
}

const char *jwtv_strerror(int rc)
{
	if (rc && rc <= JWTV_E_MALFORMED && rc >= JWTV_E_BINDING)
		return custos_strerror(rc);
	return rc ? custos_strerror(JWTV_E_INTERNAL) : "token verified";
}

const struct alg_info *jwt_alg_by_name(const char *name)
{
	for (size_t i = 0; i < NALGS; i++)
		if (strcmp(ALGS[i].name, name) == 0)
			return &ALGS[i];
	return NULL;
}

size_t jwt_alg_index(const struct alg_info *a)
{
	return (size_t)(a - ALGS);
}

/* -------------------------------------------------------------------- JSON */

/* jansson has no depth option (its own limit is 2048): bound it first. */
int jwt_json_depth_ok(const uint8_t *p, size_t n, int max)
{
	int depth = 0, in_str = 0, esc = 0;
	for (size_t i = 0; i < n; i++) {
		uint8_t c = p[i];
		if (in_str) {
			if (esc)
				esc = 0;
			else if (c == '\\')
				esc = 1;
			else if (c == '"')
				in_str = 0;
		} else if (c == '"') {
			in_str = 1;
		} else if (c == '{' || c == '[') {
			if (++depth > max)
				return 0;
		} else if (c == '}' || c == ']') {
			depth--;
		}
	}
	return 1;
}

/* Parses a JSON object strictly: bounded size and depth, no duplicate keys,
 * no trailing data, no NUL in strings (jansson's default). NULL on failure. */
static json_t *parse_object(const uint8_t *p, size_t n)
{
	if (n == 0 || n > JWTV_MAX_JSON || !jwt_json_depth_ok(p, n, JWTV_MAX_DEPTH))
		return NULL;
	json_error_t jerr;
	json_t *j = jload((const char *)p, n, JSON_REJECT_DUPLICATES, &jerr); /* jansson's result */
	if (j && !json_is_object(j)) {
		json_decref(j);
		return NULL;
	}
	return j;
}

/* A string claim of 1..JWTV_MAX_STR bytes (jansson already refuses NUL). */
const char *jwt_bounded_str(const json_t *j)
{
	if (!json_is_string(j))
		return NULL;
	size_t n = json_string_length(j);
	if (n == 0 || n > JWTV_MAX_STR)
		return NULL;
	return json_string_value(j);
}

/* NumericDate: an integer or a finite real (floored), 0..JWTV_MAX_NUMERIC_DATE
 * (2^53 s: every value is exact as a double, and exp + leeway can never
 * overflow). Anything else, negative or near INT64_MAX included, is refused. */
static int numeric_date(const json_t *j, int64_t *out)
{
	if (json_is_integer(j)) {
		json_int_t v = json_integer_value(j);
		if (v < 0 || v > JWTV_MAX_NUMERIC_DATE)
			return -1;
		*out = (int64_t)v;
		return 0;
	}
	if (json_is_real(j)) {
		double d = json_real_value(j);
		if (!isfinite(d) || d < 0 || d > (double)JWTV_MAX_NUMERIC_DATE)
			return -1;
		int64_t t = (int64_t)d; /* floor without libm (not linked); d >= 0 */
		*out = t;
		return 0;
	}
	return -1;
}

/* A principal id claim (sub, each group, jti): bounded_str, and the one
 * grammar of policy.h, so that every value a token can carry can also be
 * bound and revoked. */
static const char *id_str(const json_t *j)
{
	const char *s = jwt_bounded_str(j);
	if (!s || pol_id_check(s, json_string_length(j), NULL))
		return NULL;
	return s;
}

/* ------------------------------------------------------------ signature */

/* JOSE ECDSA signatures are r||s; OpenSSL wants DER. r and s must be in
 * [1, order-1] (r = s = 0 is the "psychic signature" forgery). */
static int ec_sig_der(const BIGNUM *order, const uint8_t *sig, size_t half, uint8_t *der,
		      size_t dersz, size_t *derlen)
{
	int rc = JWTV_E_SIGNATURE;
	ECDSA_SIG *es = ECDSA_SIG_new();
	BIGNUM *r = BN_bin2bn(sig, (int)half, NULL), *s = BN_bin2bn(sig + half, (int)half, NULL);
	if (!es || !r || !s) {
		rc = JWTV_E_INTERNAL;
		goto out;
	}
	if (BN_is_zero(r) || BN_is_zero(s) || BN_cmp(r, order) >= 0 || BN_cmp(s, order) >= 0)
		goto out;
	ECDSA_SIG_set0(es, r, s);
	r = s = NULL;
	int n = i2d_ECDSA_SIG(es, NULL);
	if (n <= 0 || (size_t)n > dersz) {
		rc = JWTV_E_INTERNAL;
		goto out;
	}
	uint8_t *p = der;
	i2d_ECDSA_SIG(es, &p);
	*derlen = (size_t)n;
	rc = 0;
out:
	BN_free(r);
	BN_free(s);
	ECDSA_SIG_free(es);
	return rc;
}

static int sig_verify(jwtv *v, const struct key *k, const struct alg_info *a, const uint8_t *msg,
		      size_t msglen, const uint8_t *sig, size_t siglen)
{
	uint8_t der[160];
	size_t derlen = 0;
	int rc = JWTV_E_SIGNATURE;
	EVP_PKEY_CTX *pctx = NULL;
	if (a->ec_half) {
		if (siglen != 2 * a->ec_half)
			return JWTV_E_SIGNATURE;
		size_t curve = a->kt == KT_EC256   ? CURVE_P256
			       : a->kt == KT_EC384 ? CURVE_P384
						   : CURVE_P521;
		rc = ec_sig_der(v->order[curve], sig, a->ec_half, der, sizeof der, &derlen);
		if (rc)
			return rc;
		sig = der;
		siglen = derlen;
		rc = JWTV_E_SIGNATURE;
	} else if ((int)siglen != EVP_PKEY_get_size(k->pkey)) {
		return JWTV_E_SIGNATURE;
	}
	uint8_t dgst[EVP_MAX_MD_SIZE];
	unsigned int dlen = 0;
	assert(k->tmpl[jwt_alg_index(a)]);
	if (EVP_Digest(msg, msglen, dgst, &dlen, v->md[jwt_alg_index(a)], NULL) != 1)
		return JWTV_E_INTERNAL;
	pctx = EVP_PKEY_CTX_dup(k->tmpl[jwt_alg_index(a)]);
	if (!pctx)
		return JWTV_E_INTERNAL;
	if (EVP_PKEY_verify(pctx, sig, siglen, dgst, dlen) == 1)
		rc = 0;
	EVP_PKEY_CTX_free(pctx);
	ERR_clear_error();
	return rc;
}

/* Tries the issuer's candidate keys: with a kid, the JWKS keys of that kid
 * plus the kid-less PEM keys; without, every key fitting alg (at most
 * MAX_SIG_TRIES). 0, KEY_UNKNOWN (no candidate), ALGORITHM (the kid names
 * only keys of another type) or SIGNATURE. */
static int try_keys(jwtv *v, struct issuer *is, const struct alg_info *a, const char *kid,
		    const uint8_t *msg, size_t msglen, const uint8_t *sig, size_t siglen,
		    int *kid_found)
{
	*kid_found = 0;
	pthread_mutex_lock(&is->mu);
	struct keyset *sets[2] = {jwt_keyset_ref(is->jwks), jwt_keyset_ref(is->pem)};
	pthread_mutex_unlock(&is->mu);
	int rc = JWTV_E_KEY_UNKNOWN, tries = 0, kid_wrong_type = 0;
	for (size_t s = 0; s < 2 && rc != 0; s++) {
		for (size_t i = 0; sets[s] && i < sets[s]->n && rc != 0; i++) {
			const struct key *k = &sets[s]->keys[i];
			if (kid && k->kid && strcmp(k->kid, kid) != 0)
				continue;
			if (kid && k->kid)
				*kid_found = 1;
			if (!jwt_key_fits(k, a)) {
				if (kid && k->kid)
					kid_wrong_type = 1;
				continue;
			}
			if (tries++ >= MAX_SIG_TRIES)
				break;
			int r = sig_verify(v, k, a, msg, msglen, sig, siglen);
			if (r == 0 || r == JWTV_E_INTERNAL || rc == JWTV_E_KEY_UNKNOWN)
				rc = r;
		}
	}
	if (rc == JWTV_E_KEY_UNKNOWN && kid_wrong_type)
		rc = JWTV_E_ALGORITHM;
	jwt_keyset_unref(sets[0]);
	jwt_keyset_unref(sets[1]);
	return rc;
}

/* --------------------------------------------------------------- claims */

static int check_aud(const json_t *aud, const char *want, int *type_ok)
{
	*type_ok = 1;
	if (!aud)
		return 0;
	if (json_is_string(aud))
		return strcmp(json_string_value(aud), want) == 0;
	if (!json_is_array(aud) || json_array_size(aud) > JWTV_MAX_AUD) {
		*type_ok = 0;
		return 0;
	}
	size_t i;
	const json_t *e;
	int found = 0;
	json_array_foreach (aud, i, e) {
		if (!json_is_string(e)) {
			*type_ok = 0;
			return 0;
		}
		if (strcmp(json_string_value(e), want) == 0)
			found = 1;
	}
	return found;
}

/* Checks the claims and fills id (borrowing strings from payload). */
static int check_claims(const struct issuer *is, const char *audience, const json_t *p, time_t now,
			struct ident *id)
{
	int64_t exp = 0, nbf = 0, iat = 0;
	const json_t *jnbf = json_object_get(p, "nbf"), *jiat = json_object_get(p, "iat");
	const json_t *jjti = json_object_get(p, "jti"), *aud = json_object_get(p, "aud");
	if (numeric_date(json_object_get(p, "exp"), &exp) != 0)
		return JWTV_E_CLAIMS; /* required; a string or null exp is not "no expiry" */
	if ((jnbf && numeric_date(jnbf, &nbf) != 0) || (jiat && numeric_date(jiat, &iat) != 0))
		return JWTV_E_CLAIMS;
	const char *sub = id_str(json_object_get(p, "sub"));
	if (!sub)
		return JWTV_E_CLAIMS;
	if (jjti && !id_str(jjti))
		return JWTV_E_CLAIMS;
	const json_t *g = is->groups_claim ? json_object_get(p, is->groups_claim) : NULL;
	if (json_is_string(g)) {
		if (!id_str(g))
			return JWTV_E_CLAIMS;
		id->groups[id->pub.ngroups++] = json_string_value(g);
	} else if (json_is_array(g)) {
		size_t i;
		const json_t *e;
		if (json_array_size(g) > JWTV_MAX_GROUPS)
			return JWTV_E_CLAIMS;
		json_array_foreach (g, i, e) {
			if (!id_str(e))
				return JWTV_E_CLAIMS; /* non-string, empty, long or ill-formed entries reject the token */
			id->groups[id->pub.ngroups++] = json_string_value(e);
		}
	} else if (g && !json_is_null(g)) {
		return JWTV_E_CLAIMS;
	}
	int aud_type_ok = 1;
	int aud_ok = check_aud(aud, audience, &aud_type_ok);
	if (!aud_type_ok)
		return JWTV_E_CLAIMS;
	/* exp, nbf, iat are in 0..2^53 and the leeway in 0..600, so none of
	 * these sums can overflow (a time_t near its limit is clamped too). */
	int64_t t = (int64_t)now, lw = is->leeway;
	if (t < 0)
		t = 0;
	if (t > JWTV_MAX_NUMERIC_DATE)
		t = JWTV_MAX_NUMERIC_DATE;
	if (t >= exp + lw)
		return JWTV_E_EXPIRED;
	if ((jnbf && nbf > t + lw) || (jiat && iat > t + lw))
		return JWTV_E_NOT_YET_VALID;
	if (!aud_ok)
		return JWTV_E_AUDIENCE;
	id->pub.sub = sub;
	id->pub.jti = jjti ? json_string_value(jjti) : NULL;
	id->pub.exp = (time_t)exp;
	id->pub.groups = id->groups;
	/* RFC 8705 3.1: cnf.x5t#S256 is the base64url SHA-256 of the certificate
	 * DER. A cnf we cannot check (another method, ill-formed, null) is kept
	 * as "other" and never matches: a present binding is always enforced. */
	const json_t *cnf = json_object_get(p, "cnf");
	id->pub.cnf = cnf ? JWTV_CNF_OTHER : JWTV_CNF_NONE;
	const json_t *x5t = json_is_object(cnf) ? json_object_get(cnf, "x5t#S256") : NULL;
	size_t xl = 0;
	if (json_is_string(x5t) && json_string_length(x5t) == 43 &&
	    b64url_decode(json_string_value(x5t), 43, id->pub.cnf_x5t_s256,
			  sizeof id->pub.cnf_x5t_s256, &xl) == 0 &&
	    xl == sizeof id->pub.cnf_x5t_s256)
		id->pub.cnf = JWTV_CNF_X5T;
	return 0;
}

/* --------------------------------------------------------------- verify */

jwtv_identity *jwtv_identity_ref(jwtv_identity *pub)
{
	if (pub)
		atomic_fetch_add(&((struct ident *)pub)->refs, 1);
	return pub;
}

void jwtv_identity_free(jwtv_identity *pub)
{
	struct ident *id = (struct ident *)pub;
	if (!id || atomic_fetch_sub(&id->refs, 1) != 1)
		return;
	json_decref(id->payload);
	free(id->issuer_name);
	free(id);
}

/* One verification; only (issuer name, audience) given: an ID token of
 * that issuer for that audience, never cached (a token verified for one
 * audience must not be a cache hit for another). */
static int verify(jwtv *v, const char *token, size_t len, time_t now, const char *only,
		  const char *audience, jwtv_identity **out)
{
	/* Decoded segments are at most 3/4 of the token. */
	uint8_t hbuf[JWTV_MAX_TOKEN * 3 / 4 + 3], pbuf[JWTV_MAX_TOKEN * 3 / 4 + 3], sbuf[1024];
	uint8_t digest[SHA256_DIGEST_LENGTH];
	size_t hl = 0, pl = 0, sl = 0;
	json_t *hdr = NULL, *pay = NULL;
	struct ident *id = NULL;
	struct issuer *is = NULL;
	int rc;
	assert(v && out);
	*out = NULL;
	if (!token || len == 0)
		return JWTV_E_MISSING;
	if (len > JWTV_MAX_TOKEN)
		return JWTV_E_TOO_LARGE;
	const char *d1 = memchr(token, '.', len);
	const char *d2 = d1 ? memchr(d1 + 1, '.', len - (size_t)(d1 + 1 - token)) : NULL;
	if (!d2 || memchr(d2 + 1, '.', len - (size_t)(d2 + 1 - token)))
		return JWTV_E_MALFORMED;
	/* The cache holds only tokens verified in full, by the digest of their
	 * exact bytes: a hit is a token already decoded (canonically) and
	 * checked, so it is not decoded again. Any other spelling of it misses
	 * and is decoded below, where a non-canonical one is refused. */
	if (EVP_Digest(token, len, digest, NULL, v->sha256, NULL) != 1)
		return JWTV_E_INTERNAL;
	uint64_t gen = tcache_generation(v->cache);
	jwtv_identity *hit = only ? NULL : tcache_get(v->cache, digest, now);
	if (hit) {
		*out = hit;
		return 0;
	}
	if (b64url_decode(token, (size_t)(d1 - token), hbuf, sizeof hbuf, &hl) != 0 ||
	    b64url_decode(d1 + 1, (size_t)(d2 - d1 - 1), pbuf, sizeof pbuf, &pl) != 0 ||
	    b64url_decode(d2 + 1, len - (size_t)(d2 + 1 - token), sbuf, sizeof sbuf, &sl) != 0)
		return JWTV_E_MALFORMED;

	hdr = parse_object(hbuf, hl);
	pay = parse_object(pbuf, pl);
	if (!hdr || !pay) {
		rc = JWTV_E_MALFORMED;
		goto out;
	}
	const json_t *jalg = json_object_get(hdr, "alg"), *jkid = json_object_get(hdr, "kid");
	if (!json_is_string(jalg) || (jkid && !jwt_bounded_str(jkid))) {
		rc = JWTV_E_MALFORMED;
		goto out;
	}
	if (strcasecmp(json_string_value(jalg), "none") == 0) {
		rc = JWTV_E_ALGORITHM;
		goto out;
	}
	if (json_object_get(hdr, "crit")) {
		rc = JWTV_E_HEADER_UNSUPPORTED;
		goto out;
	}
	/* jku, x5u, x5c, jwk are ignored: keys come from configuration only. */
	const json_t *jiss = json_object_get(pay, "iss");
	if (!jwt_bounded_str(jiss)) {
		rc = JWTV_E_CLAIMS;
		goto out;
	}
	for (size_t i = 0; i < v->nissuers && !is; i++)
		if (strcmp(v->issuers[i].iss, json_string_value(jiss)) == 0)
			is = &v->issuers[i];
	if (!is || (only && strcmp(is->name, only))) {
		rc = JWTV_E_ISSUER_UNKNOWN;
		goto out;
	}
	const struct alg_info *a = NULL;
	for (size_t i = 0; i < is->nalgs && !a; i++)
		if (strcmp(is->algs[i]->name, json_string_value(jalg)) == 0)
			a = is->algs[i];
	if (!a) {
		rc = JWTV_E_ALGORITHM;
		goto out;
	}
	const char *kid = jkid ? json_string_value(jkid) : NULL;
	const uint8_t *msg = (const uint8_t *)token;
	size_t msglen = (size_t)(d2 - token);
	int kid_found = 0;
	rc = try_keys(v, is, a, kid, msg, msglen, sbuf, sl, &kid_found);
	/* An unknown kid may be a rotated key: a replaced jwks_file is read at
	 * once; a remote issuer's fetcher is told (it fetches early, within its
	 * budget, never on this thread) and this token is refused meanwhile. */
	if (rc && kid && !kid_found) {
		size_t ix = (size_t)(is - v->issuers);
		if (is->jwks_file && jwtv_jwks_file_check(v, ix) == 1)
			rc = try_keys(v, is, a, kid, msg, msglen, sbuf, sl, &kid_found);
		else if (is->remote && v->unknown_kid)
			v->unknown_kid(v->unknown_kid_ctx, ix, kid);
	}
	if (rc)
		goto out;

	id = calloc(1, sizeof *id);
	if (id)
		id->issuer_name = strdup(is->name);
	if (!id || !id->issuer_name) {
		rc = JWTV_E_INTERNAL;
		goto out;
	}
	atomic_init(&id->refs, 1);
	rc = check_claims(is, only ? audience : is->audience, pay, now, id);
	if (rc)
		goto out;
	id->pub.binding_required = is->require_binding;
	id->payload = pay;
	pay = NULL;
	id->pub.issuer = id->issuer_name;
	id->pub.iss = json_string_value(jiss);
	id->pub.claims = id->payload;
	memcpy(id->pub.token_sha256, digest, sizeof digest);
	hex_encode(digest, sizeof digest, id->pub.token_sha256_hex);
	if (v->cache_ttl > 0 && !only) {
		time_t until = now + v->cache_ttl;
		if (id->pub.exp < until)
			until = id->pub.exp;
		tcache_put(v->cache, digest, id, until, now, gen);
	}
	*out = &id->pub;
	id = NULL;
out:
	if (id) {
		free(id->issuer_name);
		free(id);
	}
	json_decref(hdr);
	json_decref(pay);
	OPENSSL_cleanse(pbuf, pl);
	OPENSSL_cleanse(sbuf, sl);
	return rc;
}

int jwtv_verify(jwtv *v, const char *token, size_t len, time_t now, jwtv_identity **out)
{
	return verify(v, token, len, now, NULL, NULL, out);
}

int jwtv_verify_id_token(jwtv *v, const char *token, size_t len, time_t now, const char *issuer,
			 const char *audience, jwtv_identity **out)
{
	assert(issuer && audience);
	return verify(v, token, len, now, issuer, audience, out);
}
