/* idp: the token issuers in force.
 *
 * A set is one verifier (jwt_verify) and its key fetchers (jwks_fetch),
 * built from the [issuer:NAME] and [tokens] configuration. SIGHUP hands
 * idp_reload the freshly read configuration: when the issuer settings are
 * unchanged, key files are re-read and remote issuers fetched at once; when
 * they changed, a new set is built (remote issuers start from the JWKS kept
 * on disk) and swapped in whole, and the old one's fetchers are stopped.
 * A request holds a reference on the set for the length of one
 * verification, so a swap never frees what a request is using. The early
 * fetch budget (jwks_budget.h) belongs to the idp and outlives its sets.
 * One idp per process is the intent; every call is thread-safe after
 * idp_open except idp_close. */
#ifndef CUSTOS_IDP_H
#define CUSTOS_IDP_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "jwks_fetch.h"
#include "jwt_verify.h"

typedef struct idp_conf {
	jwtv_conf jwtv;   /* issuers (none: every token is token_issuer_unknown), cache */
	jwksf_conf fetch; /* issuers[i] describes jwtv.issuers[i]'s key source */
} idp_conf;

typedef struct idp idp;

/* Builds the first set (c and what it points to are copied) into a new *out
 * (idp_close). 0, or -1 with a message in err (a key file, URL or thread
 * problem). */
int idp_open(idp **out, const idp_conf *c, char *err, size_t errsz);

/* SIGHUP with the configuration read anew. 0: unchanged issuers, key files
 * re-read (all or nothing, see jwtv_reload) and remote issuers fetching now;
 * 1: a new set is in force; -1: nothing changed, err says why. */
int idp_reload(idp *p, const idp_conf *c, char *err, size_t errsz);

/* Verifies a Bearer token with the set in force and checks its RFC 8705
 * binding against the client certificate (SHA-256 hex of its DER). 0 with
 * *out (jwtv_identity_free), or a JWTV_E_* code with *out NULL (p NULL or
 * no issuers: JWTV_E_ISSUER_UNKNOWN). */
int idp_verify(idp *p, const char *token, size_t len, time_t now, const char *cert_sha256_hex,
	       jwtv_identity **out);

/* Verifies an OpenID Connect ID token of the issuer named issuer for the
 * console's client_id (jwtv_verify_id_token) with the set in force. */
int idp_verify_id_token(idp *p, const char *token, size_t len, time_t now, const char *issuer,
			const char *client_id, jwtv_identity **out);

/* Drops every cached verification (on revocation). Accepts NULL. */
void idp_cache_clear(idp *p);

/* Token cache hits and misses of the set in force (0 for NULL). */
void idp_stats(idp *p, uint64_t *hits, uint64_t *misses);

/* 1 when every configured issuer has keys to verify with (none configured,
 * or p NULL: 1); else 0 and *why = "issuer_keys_unavailable" (static). */
int idp_ready(idp *p, const char **why);

/* Prometheus text of the set in force (jwksf_metrics; snprintf semantics),
 * for a metrics source. */
size_t idp_metrics(idp *p, char *buf, size_t cap);

/* Stops the fetchers and frees everything; no other call may run or follow.
 * Accepts NULL. */
void idp_close(idp *p);

#endif
