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
 *   JWTV_E_KEY_FILE           create/reload: key file missing, empty or unparseable
 *   JWTV_E_BINDING            token_binding_mismatch (RFC 8705, jwtv_check_binding): cnf.x5t#S256
 *                             absent (when required), ill-formed, another confirmation method,
 *                             or not the client certificate's */
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
	const char *remote;       /* discovery or jwks_uri URL (for messages): the JWKS arrives
			     * later through jwtv_set_jwks; the issuer starts without keys */
	int require_cert_binding; /* RFC 8705: tokens must carry cnf.x5t#S256 (jwtv_check_binding) */
} jwtv_issuer_conf;

typedef struct jwtv_conf {
	const jwtv_issuer_conf *issuers;
	size_t nissuers;
	int cache_ttl_s;        /* 0 disables the cache */
	size_t cache_max;       /* entries; 0 disables the cache */
	int jwks_min_refresh_s; /* unused (kept for callers): a jwks_file is re-read when its
	                                 * identity changes, see jwtv_jwks_file_check */
} jwtv_conf;

/* The RFC 8705 confirmation a token carries (jwtv_identity.cnf). */
enum {
	JWTV_CNF_NONE = 0,  /* no cnf claim */
	JWTV_CNF_X5T = 1,   /* cnf with a well-formed x5t#S256 (32 bytes in cnf_x5t_s256) */
	JWTV_CNF_OTHER = 2, /* cnf without x5t#S256 (e.g. DPoP jkt) or ill-formed: never matches */
};

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
	int cnf;                  /* JWTV_CNF_* */
	uint8_t cnf_x5t_s256[32]; /* with JWTV_CNF_X5T: the certificate thumbprint it is bound to */
	int binding_required;     /* the issuer's require_cert_binding */
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

/* Re-reads every key file (SIGHUP); a remote issuer keeps the JWKS in force
 * (its fetcher refreshes it). All or nothing: on any failure the old keys and
 * the cache are kept and the error is returned (message in err); on success
 * the cache is cleared. */
int jwtv_reload(jwtv *v, char *err, size_t errsz);

/* Verifies token[0..len) at time now. On 0, *out is a new reference the
 * caller releases with jwtv_identity_free; on error (a JWTV_E_* code, see
 * jwtv_code) *out is NULL. The token is never logged. */
int jwtv_verify(jwtv *v, const char *token, size_t len, time_t now, jwtv_identity **out);

/* An OpenID Connect ID token (the console's sign-in): verified as
 * jwtv_verify does (keys, algorithm, exp/nbf/iat, sub, groups) but it must
 * come from the configured issuer named issuer and its aud must be or
 * contain audience (the client id) instead of the issuer's API audience.
 * Never cached, never a cache hit: an ID token is not a Bearer token. The
 * caller checks the nonce (claims). Codes as jwtv_verify. */
int jwtv_verify_id_token(jwtv *v, const char *token, size_t len, time_t now, const char *issuer,
			 const char *audience, jwtv_identity **out);

/* Releases one reference on id. Accepts NULL. */
void jwtv_identity_free(jwtv_identity *id);

/* Takes one more reference on id (to keep it beyond a request). */
jwtv_identity *jwtv_identity_ref(jwtv_identity *id);

/* Drops every cached verification (on revocation). */
void jwtv_cache_clear(jwtv *v);

/* Cache hit and miss counters since create. */
void jwtv_stats(jwtv *v, uint64_t *hits, uint64_t *misses);

/* RFC 8705 certificate binding, checked on every request (a cached identity
 * included): 0 when the token carries no cnf and its issuer does not require
 * one, or when cnf.x5t#S256 equals the SHA-256 of the client certificate's
 * DER (cert_sha256_hex: 64 hex digits, as struct tls_peer holds it); else
 * JWTV_E_BINDING (required but absent, ill-formed, another confirmation
 * method, or another certificate). A NULL or malformed hex fails closed. */
int jwtv_check_binding(const jwtv_identity *id, const char *cert_sha256_hex);

/* Called on a request thread when a token names a kid that no key of a
 * remote issuer has (index as in jwtv_conf.issuers; kid borrowed for the
 * call). It must not block: it may only note the wish for an early fetch.
 * Set before v is shared with other threads. */
typedef void (*jwtv_unknown_kid_fn)(void *ctx, size_t issuer, const char *kid);
void jwtv_set_unknown_kid_hook(jwtv *v, jwtv_unknown_kid_fn fn, void *ctx);

/* Installs json[0..len) (a JWKS fetched for remote issuer i at fetched_at)
 * as that issuer's key set. The document must parse completely (the rules
 * of jwks_file, private or symmetric members refused) and hold a key that
 * fits a pinned algorithm, else JWTV_E_KEY_FILE with a message in err and
 * the key set in force stays (last known good). The same bytes as the set
 * in force only renew its time (*changed 0). When a key of the previous set
 * is missing from the new one, the token cache is cleared, so a token whose
 * key vanished is refused from then on. *changed (may be NULL) is 1 when a
 * new set was installed. Thread-safe. */
int jwtv_set_jwks(jwtv *v, size_t i, const char *json, size_t len, time_t fetched_at, int *changed,
		  char *err, size_t errsz);

/* Re-reads issuer i's jwks_file when its identity (device, inode, size,
 * mtime, ctime) differs from the last read; the unknown-kid path calls it
 * too, so a replaced file is used at once. 1: a new set was installed; 0:
 * unchanged (or no jwks_file); JWTV_E_KEY_FILE: the changed file does not
 * parse, the old keys stay (and the same broken file is not re-read). */
int jwtv_jwks_file_check(jwtv *v, size_t i);

/* The state of issuer i, for readiness and metrics. name is borrowed (lives
 * as long as v). keys_at: when the key set in force was loaded, fetched or
 * last confirmed unchanged (0: never). */
typedef struct jwtv_issuer_info {
	const char *name;
	int remote;
	size_t nkeys; /* keys in force (PEM and JWKS) */
	time_t keys_at;
} jwtv_issuer_info;
size_t jwtv_issuer_count(const jwtv *v);
int jwtv_issuer_info_get(jwtv *v, size_t i, jwtv_issuer_info *out);

/* The reason code of rc for API errors ("token_expired", ...); every code
 * starts with "token_". Static string. */
const char *jwtv_code(int rc);

/* A human sentence for rc. Static string. */
const char *jwtv_strerror(int rc);

#endif
