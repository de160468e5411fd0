/* identity: who is asking. Builds the caller's identity from the verified
 * certificate's principal and the request's Authorization and
 * X-Access-Purpose headers, the identity a subject's token names, or the one
 * of a named subject; and answers whether an identity is revoked. Plain
 * values in, plain values and codes out: no request, no HTTP answer (the
 * pipeline turns the codes into answers, errmap.h).
 *
 * Thread-safe: the verifier and the store are; nothing here is shared. */
#ifndef CUSTOS_IDENTITY_H
#define CUSTOS_IDENTITY_H

#include <jansson.h>
#include <time.h>

#include "identity-t.h"

struct idp;
struct pol_store;

/* What identifying needs (borrowed). */
struct ident_ctx {
	struct idp *idp;           /* NULL: no issuer, every token is refused */
	const char *cert_sha256;   /* the client certificate (hex SHA-256 of its DER) a token
				    * bound to one (RFC 8705) must name; NULL: none */
	struct pol_store *store;   /* revocations */
	const char *const *admins; /* [bootstrap] admins */
	size_t nadmins;
};

/* The caller of a request: with authorization (the Authorization header,
 * NULL when absent) "Bearer <token>", the token's user and groups; else the
 * client principal itself. purpose: X-Access-Purpose (NULL or "" when
 * absent). Returns 0 with *out (ident_free), or IDENT_E_PURPOSE (not 1-256
 * printable ASCII), a JWTV_E_* code (the token is refused: JWTV_E_MALFORMED
 * for another scheme, JWTV_E_ISSUER_UNKNOWN without issuers, JWTV_E_BINDING
 * when bound to another certificate than c->cert_sha256), or
 * CUSTOS_E_NOMEM. Revocations are not looked at (ident_revoked). */
int ident_of_request(const struct ident_ctx *c, const char *client, const char *authorization,
		     const char *purpose, time_t now, struct identity **out);

/* The identity a token names, derived exactly as for a caller's Bearer token.
 * 0 with *out, a JWTV_E_* code (refused), or CUSTOS_E_NOMEM. */
int ident_of_token(const struct ident_ctx *c, const char *token, size_t len, time_t now,
		   struct identity **out);

/* The identity of a named subject with the given group principals (both
 * already checked against the principal grammar; borrowed, copied). 0 with
 * *out, CUSTOS_E_ARG (too long, too many groups) or CUSTOS_E_NOMEM. */
int ident_named(const struct ident_ctx *c, const char *subject, const char *const *groups,
		size_t ngroups, struct identity **out);

/* Is who revoked: by its subject, a group or its token id, and (when client
 * and cert_sha256 are given, may be NULL) by the client certificate's
 * principal or hash? 1 with *what = "client" | "certificate" | "subject" |
 * "token" | "group", 0 no, or a store error code (callers fail closed). */
int ident_revoked(const struct ident_ctx *c, const struct identity *who, const char *client,
		  const char *cert_sha256, const char **what);

/* 1 when principal is listed in [bootstrap] admins. */
int ident_is_admin(const struct ident_ctx *c, const char *principal);

/* GET /v1/whoami's answer for who, calling with the certificate of
 * principal client (hex SHA-256 cert_sha256): principal, cert_sha256,
 * subject, kind and, with a token, groups, issuer, sub. New object, or NULL
 * when a text is NULL or not UTF-8 (json_pack's) or out of memory. */
json_t *ident_whoami_json(const struct identity *who, const char *client, const char *cert_sha256);

/* Appends to b the bytes jdump writes for ident_whoami_json (compact, in
 * order), without the tree. 0; CUSTOS_E_ARG when a text is NULL or not
 * UTF-8 (b is then unspecified: the caller answers with ident_whoami_json,
 * which is what that tree is); or buf_add's errors. */
struct buf;
int ident_whoami_dump(const struct identity *who, const char *client, const char *cert_sha256,
		      struct buf *b);

/* Frees an identity. Accepts NULL. */
void ident_free(struct identity *who);

#endif
