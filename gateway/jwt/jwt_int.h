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
#include <sys/types.h>

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

/* What identifies a file's content without reading it. */
struct file_id {
	dev_t dev;
	ino_t ino;
	off_t size;
	struct timespec mtim, ctim;
};

struct issuer {
	char *name, *iss, *audience, *key_file, *jwks_file, *groups_claim, *remote;
	const struct alg_info *algs[JWTV_MAX_ALGS];
	size_t nalgs;
	int leeway;
	int require_binding;
	pthread_mutex_t mu; /* guards pem, jwks, jwks_loaded_at, jwks_sha */
	struct keyset *pem;
	struct keyset *jwks;
	time_t jwks_loaded_at;
	uint8_t jwks_sha[32]; /* remote: SHA-256 of the JWKS bytes in force */
	int jwks_sha_set;
	pthread_mutex_t file_mu; /* serializes jwks_file checks; guards file_id */
	struct file_id file_id;  /* of the jwks_file last read (good or not) */
	int file_id_set;
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
	jwtv_unknown_kid_fn unknown_kid; /* remote issuers; set before sharing */
	void *unknown_kid_ctx;
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
/* 1 when the JSON text p[0..n) nests at most max deep (strings skipped). */
int jwt_json_depth_ok(const uint8_t *p, size_t n, int max);

/* ---- keys (jwt_keys.c) ---- */

struct keyset *jwt_keyset_ref(struct keyset *ks);
void jwt_keyset_unref(struct keyset *ks);
int jwt_key_fits(const struct key *k, const struct alg_info *a);
/* Parses a JWKS document buf[0..len) (a file's or a fetched one); what
 * names its source in messages ("jwks_file PATH", a URL). */
int jwt_parse_jwks(const char *what, const char *buf, size_t len, struct keyset **out, char *err,
		   size_t errsz);
/* Reads and parses a JWKS file. With id (may be NULL), the identity of the
 * file taken just before reading it (*id_set 0 when it could not be taken):
 * a file replaced in between is merely read once more at the next check. */
int jwt_load_jwks(const char *path, struct keyset **out, struct file_id *id, int *id_set, char *err,
		  size_t errsz);
/* The identity of the file at path: 0 or -errno. */
int jwt_file_id_of(const char *path, struct file_id *id);
int jwt_file_id_eq(const struct file_id *a, const struct file_id *b);
/* Loads both key files of an issuer and checks that a key fits a pinned alg
 * (a remote issuer may have none yet: its JWKS arrives by jwtv_set_jwks).
 * fid, fid_set: the identity of the jwks_file read. */
int jwt_issuer_load(const struct issuer *is, struct keyset **pem, struct keyset **jwks,
		    struct file_id *fid, int *fid_set, char *err, size_t errsz);

#endif
