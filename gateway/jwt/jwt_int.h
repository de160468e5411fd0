/* jwt_int: what the token verifier's files share: algorithms, keys and key
 * sets, issuers, the verifier and its identities. Not part of the interface
 * (jwt_verify.h).
 * Key sets are reference-counted (jwt_keyset_unref), so a reload swaps them
 * under the verifying threads. */
#ifndef CUSTOS_JWT_INT_H
#define CUSTOS_JWT_INT_H

#include <openssl/evp.h>
#include <pthread.h>
#include <stdatomic.h>

#include "jwt_verify.h"
#include "token_cache.h"

#define MAX_SIG_TRIES 8 /* keys tried for one token without a kid */
#define MIN_RSA_BITS  2048
#define MAX_RSA_BITS  8192 /* 1024-byte signatures */

enum key_type { KT_RSA = 1, KT_EC256, KT_EC384, KT_EC521 };
enum { CURVE_P256, CURVE_P384, CURVE_P521, NCURVES };

struct alg_info {
	const char *name;
	int kt;         /* key type it needs */
	const char *md; /* digest name */
	int pss;        /* RSASSA-PSS (salt = digest length) instead of PKCS#1 v1.5 */
	size_t ec_half; /* bytes of r (and of s) in a JOSE ECDSA signature */
};

#define NALGS 9
extern const struct alg_info ALGS[NALGS];

struct key {
	EVP_PKEY *pkey;
	int kt;
	const struct alg_info *only_alg; /* JWKS "alg", NULL: any that fits kt */
	char *kid;                       /* JWKS "kid"; NULL for PEM keys */
	/* Per algorithm that fits: a verify context initialised once (padding,
	 * digest). Each verification duplicates it: EVP_DigestVerifyInit per
	 * token costs ~8 % of an RS256 verify in provider fetches. */
	EVP_PKEY_CTX *tmpl[NALGS];
};

/* An immutable set of keys, swapped whole on reload or JWKS refresh. */
struct keyset {
	_Atomic int refs;
	size_t n;
	struct key keys[JWTV_MAX_KEYS];
};

struct issuer {
	char *name, *iss, *audience, *key_file, *jwks_file, *groups_claim;
	const struct alg_info *algs[JWTV_MAX_ALGS];
	size_t nalgs;
	int leeway;
	pthread_mutex_t mu; /* guards pem, jwks, jwks_loaded_at, refreshing */
	struct keyset *pem;
	struct keyset *jwks;
	time_t jwks_loaded_at;
	int refreshing;
};

struct jwtv {
	struct issuer *issuers;
	size_t nissuers;
	int cache_ttl;
	int min_refresh;
	tcache *cache;
	pthread_mutex_t reload_mu;
	EVP_MD *md[NALGS]; /* fetched once per algorithm */
	EVP_MD *sha256;    /* cache key digest */
	BIGNUM *order[NCURVES];
};

/* The public identity is the first member so a jwtv_identity * is an ident *. */
struct ident {
	jwtv_identity pub;
	_Atomic int refs;
	json_t *payload;
	char *issuer_name;
	const char *groups[JWTV_MAX_GROUPS];
};

/* The pinnable algorithm called name, or NULL. */
const struct alg_info *jwt_alg_by_name(const char *name);
size_t jwt_alg_index(const struct alg_info *a);
/* A string claim of 1..JWTV_MAX_STR bytes (jansson already refuses NUL). */
const char *jwt_bounded_str(const json_t *j);

/* ---- keys (jwt_keys.c) ---- */

struct keyset *jwt_keyset_ref(struct keyset *ks);
void jwt_keyset_unref(struct keyset *ks);
int jwt_key_fits(const struct key *k, const struct alg_info *a);
/* Loads a JWKS file (also on a refresh for an unknown kid). */
int jwt_load_jwks(const char *path, struct keyset **out, char *err, size_t errsz);
/* Loads both key files of an issuer and checks that a key fits a pinned alg. */
int jwt_issuer_load(const struct issuer *is, struct keyset **pem, struct keyset **jwks, char *err,
		    size_t errsz);

#endif
