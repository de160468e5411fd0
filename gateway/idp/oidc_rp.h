/* oidc_rp: the console as an OpenID Connect relying party of one
 * [issuer:NAME] (authorization code flow with PKCE, RFC 6749/7636, OpenID
 * Connect Core 3.1).
 *
 * It reads the provider's discovery document (issuer must equal the
 * configured iss; authorization_endpoint and token_endpoint must be https
 * URLs that pass jwksf_url_ok) and keeps it for an hour; it builds the
 * authorization URL and exchanges a code at the token endpoint with the
 * client secret (client_secret_basic) and the PKCE verifier. Transfers are
 * libcurl's, hardened as the key fetcher's (jwks_int.h: TLS verified against
 * ca_file or the system trust, no redirects, a time limit, responses capped
 * at 64 KiB). The ID token it returns is NOT verified here: the caller
 * verifies it (idp_verify_id_token) and checks the nonce. Thread-safe;
 * calls block for at most the timeout. */
#ifndef CUSTOS_OIDC_RP_H
#define CUSTOS_OIDC_RP_H

#include <stddef.h>

#define OIDC_RP_MAX_RESPONSE (64 * 1024)
#define OIDC_RP_MAX_CODE     2048 /* bytes of an authorization code we pass on */

typedef struct oidc_rp_conf {
	const char *issuer;        /* the [issuer:NAME] name */
	const char *iss;           /* its iss (discovery "issuer" must equal it) */
	const char *discovery;     /* discovery URL */
	const char *ca_file;       /* PEM CAs for the provider's TLS, or NULL: the system */
	const char *client_id;     /* the console's client */
	const char *client_secret; /* its secret (copied; wiped on close) */
	const char *redirect_url;  /* https://console/callback, as registered */
	const char *scope;         /* space-separated, must include openid */
	int timeout_ms;            /* one exchange (0: 10 s) */
	int allow_http;            /* test switch, as jwksf_conf.allow_http */
} oidc_rp_conf;

struct oidc_rp;

/* Copies c. 0, or -1 with a message in err (missing members, bad URL). */
int oidc_rp_open(struct oidc_rp **out, const oidc_rp_conf *c, char *err, size_t errsz);

void oidc_rp_close(struct oidc_rp *rp);

/* The issuer name and client id (borrowed, live as long as rp). */
const char *oidc_rp_issuer(const struct oidc_rp *rp);
const char *oidc_rp_client_id(const struct oidc_rp *rp);

/* The authorization request URL for state, nonce and the S256 challenge
 * (all base64url tokens) into *url (malloc'd, the caller frees). 0, or -1
 * with a message in err (discovery failed). */
int oidc_rp_auth_url(struct oidc_rp *rp, const char *state, const char *nonce,
		     const char *challenge, char **url, char *err, size_t errsz);

/* Exchanges code (with the PKCE verifier) at the token endpoint: 0 with
 * *id_token (malloc'd), or -1 with a message in err (transport, a status
 * other than 200 with the provider's "error", no id_token). */
int oidc_rp_exchange(struct oidc_rp *rp, const char *code, const char *verifier, char **id_token,
		     char *err, size_t errsz);

#endif
