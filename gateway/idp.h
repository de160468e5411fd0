/* idp: the token issuers in force for the whole process.
 *
 * A set is one verifier (jwt_verify) and its key fetchers (jwks_fetch),
 * built from the [issuer:NAME] and [tokens] configuration. SIGHUP hands
 * idp_reload the freshly read configuration: when the issuer settings are
 * unchanged, key files are re-read and remote issuers fetched at once; when
 * they changed, a new set is built (remote issuers start from the JWKS kept
 * on disk) and swapped in whole, and the old one's fetchers are stopped.
 * A request holds a reference on the set for the length of one
 * verification, so a swap never frees what a request is using. The early
 * fetch budget (jwks_budget.h) is process-wide and outlives the sets.
 * Thread-safe after idp_open. */
#ifndef CUSTOS_IDP_H
#define CUSTOS_IDP_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "jwks_fetch.h"
#include "jwt_verify.h"

typedef struct idp_conf {
	jwtv_conf jwtv;      /* issuers (none: every token is token_issuer_unknown), cache */
	jwksf_conf fetch;    /* issuers[i] describes jwtv.issuers[i]'s key source */
} idp_conf;

/* Builds the first set (c and what it points to are copied). 0, or -1 with
 * a message in err (a key file, URL or thread problem). */
int idp_open(const idp_conf *c, char *err, size_t errsz);

/* SIGHUP with the configuration read anew. 0: unchanged issuers, key files
 * re-read (all or nothing, see jwtv_reload) and remote issuers fetching now;
 * 1: a new set is in force; -1: nothing changed, err says why. */
int idp_reload(const idp_conf *c, char *err, size_t errsz);

/* Verifies a Bearer token with the set in force and checks its RFC 8705
 * binding against the client certificate (SHA-256 hex of its DER). 0 with
 * *out (jwtv_identity_free), or a JWTV_E_* code with *out NULL. */
int idp_verify(const char *token, size_t len, time_t now, const char *cert_sha256_hex,
	       jwtv_identity **out);

/* Drops every cached verification (on revocation). */
void idp_cache_clear(void);

/* Token cache hits and misses of the set in force. */
void idp_stats(uint64_t *hits, uint64_t *misses);

/* 1 when every configured issuer has keys to verify with (none configured:
 * 1); else 0 and *why = "issuer_keys_unavailable" (static). */
int idp_ready(const char **why);

/* Stops the fetchers and frees everything (no request may run). */
void idp_close(void);

#endif
