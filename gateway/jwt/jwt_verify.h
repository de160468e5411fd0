/* jwt_verify: verifies a Bearer JWT against the configured issuers and
 * returns the person it names.
 *
 * Keys are parsed once (at create, reload and JWKS rotation) into OpenSSL
 * EVP_PKEYs; every token is checked for canonical base64url, strict JSON, a
 * pinned algorithm that fits the key, its signature (EVP_DigestVerify) and
 * its claims (exp, nbf, iat, iss, aud, sub, groups). Verified tokens are
 * cached by the SHA-256 of their exact bytes. Thread-safe after create.
 * The rules and reason codes are described in docs/TOKENS.md. */
#ifndef CUSTOS_JWT_VERIFY_H
#define CUSTOS_JWT_VERIFY_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "errors-t.h"

/* Limits on untrusted input. */
#define JWTV_MAX_TOKEN        8192 /* bytes of the compact token */
#define JWTV_MAX_JSON         8192 /* bytes of decoded header or payload */
#define JWTV_MAX_DEPTH        16   /* JSON nesting of header and payload */
#define JWTV_MAX_STR          256  /* sub, iss, jti, kid, each group, each aud */
#define JWTV_MAX_GROUPS       64
#define JWTV_MAX_NUMERIC_DATE ((int64_t)1 << 53) /* exp, nbf, iat: 0..2^53 seconds */
#define JWTV_MAX_AUD          32                 /* entries of an aud array */
#define JWTV_MAX_KEYS         32                 /* keys per issuer (PEM + JWKS) */
#define JWTV_MAX_ALGS         8                  /* pinned algorithms per issuer */
#define JWTV_MAX_ISSUERS      32
#define JWTV_MAX_KEY_FILE     (256 * 1024)

/* Results of jwtv_verify (jwtv_code names them for the HTTP 401 body) and of
 * create/reload. */
/* Codes of jwtv_verify (values in errors.def; jwtv_code names them for the
 * HTTP 401 body) and of create/reload:
 *   JWTV_E_MALFORMED          token_malformed: shape, base64url, JSON, header types
 *   JWTV_E_TOO_LARGE          token_malformed (reported): over JWTV_MAX_TOKEN
 *   JWTV_E_EXPIRED            token_expired
 *   JWTV_E_NOT_YET_VALID      token_not_yet_valid: nbf or iat in the future
 *   JWTV_E_ISSUER_UNKNOWN     token_issuer_unknown
 *   JWTV_E_KEY_UNKNOWN        token_key_unknown: no key with that kid / for that alg
 *   JWTV_E_SIGNATURE          token_signature_invalid
 *   JWTV_E_ALGORITHM          token_algorithm_rejected: none, not pinned, wrong key type
 *   JWTV_E_AUDIENCE           token_audience_mismatch: aud missing or without ours
 *   JWTV_E_CLAIMS             token_claims_invalid: missing/ill-typed exp, sub, iss, groups...
 *   JWTV_E_HEADER_UNSUPPORTED token_header_unsupported: a crit header
 *   JWTV_E_MISSING            token_missing: NULL or empty token
 *   JWTV_E_INTERNAL           token_internal_error: out of memory, OpenSSL failure
 *   JWTV_E_CONFIG             create/reload: bad configuration
 *   JWTV_E_KEY_FILE           create/reload: key file missing, empty or unparseable */
enum { JWTV_OK = 0 };

typedef struct jwtv_issuer_conf {
	const char *name;     /* section name, e.g. "corp" (principal user:<name>/<sub>) */
	const char *iss;      /* exact iss claim */
	const char *audience; /* required: aud must be or contain it */
	const char *const
		*algorithms; /* pinned: RS256 RS384 RS512 PS256 PS384 PS512 ES256 ES384 ES512 */
	size_t nalgorithms;
	const char *key_file;  /* PEM: PUBLIC KEY, RSA PUBLIC KEY or CERTIFICATE blocks; or NULL */
	const char *jwks_file; /* JWKS (RSA n/e, EC P-256/P-384/P-521 x/y); or NULL */
	const char *groups_claim; /* claim holding the groups, or NULL for none */
	int leeway_s;             /* clock skew allowed on exp, nbf, iat (0..600) */
} jwtv_issuer_conf;

typedef struct jwtv_conf {
	const jwtv_issuer_conf *issuers;
	size_t nissuers;
	int cache_ttl_s;        /* 0 disables the cache */
	size_t cache_max;       /* entries; 0 disables the cache */
	int jwks_min_refresh_s; /* an unknown kid re-reads a JWKS at most this often */
} jwtv_conf;

/* A verified token. Immutable and reference-counted: the cache and every
 * caller hold their own reference; release yours with jwtv_identity_free.
 * Every pointer inside lives as long as the identity. */
typedef struct jwtv_identity {
	const char *issuer; /* configured issuer name (not the iss URL) */
	const char *iss;    /* the iss claim */
	const char *sub;    /* non-empty, <= JWTV_MAX_STR bytes */
	const char *jti;    /* NULL when absent */
	time_t exp;
	const char *const *groups; /* ngroups strings from groups_claim */
	size_t ngroups;
	const json_t *claims;     /* payload object, read-only (borrowed) */
	uint8_t token_sha256[32]; /* SHA-256 of the exact token bytes */
	char token_sha256_hex[65];
} jwtv_identity;

typedef struct jwtv jwtv;

/* Copies conf, reads and parses every key file once and builds the cache.
 * Fails (JWTV_E_CONFIG / JWTV_E_KEY_FILE / JWTV_E_INTERNAL, with a message in
 * err) when an issuer lacks iss/audience/keys, an algorithm name is unknown or
 * symmetric, a key file is missing, empty, holds a private key or no key that
 * fits a pinned algorithm, or an RSA key is shorter than 2048 bits.
 * *out is owned by the caller (jwtv_free). */
int jwtv_create(jwtv **out, const jwtv_conf *conf, char *err, size_t errsz);

/* Frees v and drops its cache references (identities handed out stay valid
 * until released). Accepts NULL. */
void jwtv_free(jwtv *v);

/* Re-reads every key file (SIGHUP). All or nothing: on any failure the old
 * keys and the cache are kept and the error is returned (message in err);
 * on success the cache is cleared. */
int jwtv_reload(jwtv *v, char *err, size_t errsz);

/* Verifies token[0..len) at time now. On 0, *out is a new reference the
 * caller releases with jwtv_identity_free; on error (a JWTV_E_* code, see
 * jwtv_code) *out is NULL. The token is never logged. */
int jwtv_verify(jwtv *v, const char *token, size_t len, time_t now, jwtv_identity **out);

/* Releases one reference on id. Accepts NULL. */
void jwtv_identity_free(jwtv_identity *id);

/* Takes one more reference on id (to keep it beyond a request). */
jwtv_identity *jwtv_identity_ref(jwtv_identity *id);

/* Drops every cached verification (on revocation). */
void jwtv_cache_clear(jwtv *v);

/* Cache hit and miss counters since create. */
void jwtv_stats(jwtv *v, uint64_t *hits, uint64_t *misses);

/* The reason code of rc for API errors ("token_expired", ...); every code
 * starts with "token_". Static string. */
const char *jwtv_code(int rc);

/* A human sentence for rc. Static string. */
const char *jwtv_strerror(int rc);

#endif
