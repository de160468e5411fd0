/* authz: who is asking and may they. Builds the caller's identity from the
 * verified certificate and an optional Bearer token, refuses revoked
 * identities, decides actions with the compiled policy, and builds the audit
 * entries of those decisions. Handlers call it; it holds no HTTP routing and
 * no storage code of its own beyond the revocation lookups. */
#ifndef CUSTOS_AUTHZ_H
#define CUSTOS_AUTHZ_H

#include <jansson.h>

#include "http.h"
#include "jwt_verify.h"
#include "policy.h"

#define AUTHZ_MAX_PRINCIPALS (1 + JWTV_MAX_GROUPS)
#define AUTHZ_PURPOSE_MAX POL_PURPOSE_MAX

/* The caller of one request, or a subject named in an authorize request. */
struct identity {
	char subject[POL_PRINCIPAL_MAX + 1]; /* "user:<issuer>/<sub>" with a token, else the svc principal */
	const char *kind;           /* "user" or "svc" */
	char *principals[AUTHZ_MAX_PRINCIPALS]; /* subject, then "group:<issuer>/<g>"; owned */
	size_t nprincipals;
	jwtv_identity *token;       /* NULL without a Bearer token; owned reference */
	char purpose[AUTHZ_PURPOSE_MAX + 1]; /* X-Access-Purpose, "" when absent */
	int bootstrap_admin;        /* a principal is listed in [bootstrap] admins */
	pol_decision decision;      /* set by authz_guard */
};

/* Identifies r's caller (r->peer must be verified). Returns 0 with r->who
 * set, or -1 when the request must stop: then an error answer is set and
 * (for token failures and revocations) its audit entry is being recorded, so
 * the handler just returns. action/resource name the attempted operation in
 * that entry. */
int authz_identify(struct req *r, const char *action, const char *resource);

/* Decides action on resource (a JSON object of resource.* attributes, may be
 * NULL; borrowed) for the subject as (NULL: r->who's own identity; else a
 * subject named in an authorize request, borrowed), with r's client and
 * purpose. snapshot NULL: the policy in force. Fills *d (pol_decision_clear
 * afterwards). Returns 0, or -1 with a 500 answer set. */
int authz_decide(struct req *r, const char *action, const json_t *resource,
		 const struct identity *as, const pol_snapshot *snapshot, int explain,
		 pol_decision *d);

/* The identity a Bearer token names, derived exactly as for a direct request
 * (verification, RFC 8705 binding to cert_sha256 (the hex SHA-256 of the
 * presenting connection's certificate), subject, groups, claims). Returns 0
 * with *out set (caller frees with authz_identity_free) and *jrc = JWTV_OK,
 * or 0 with *out NULL and *jrc the verifier's code when the token is refused,
 * or -1 out of memory. */
int authz_token_identity(const char *token, size_t len, const char *cert_sha256,
			 struct identity **out, int *jrc);

/* The identity of a named subject with the given group principals (both
 * already checked against the principal grammar; borrowed, copied). 0 with
 * *out set (caller frees), -1 out of memory or too many groups. */
int authz_named_identity(const char *subject, const char *const *groups, size_t ngroups,
			 struct identity **out);

/* Is who revoked by its subject, one of its groups or its token's jti? 1 with
 * *what = "subject" | "group" | "token", 0 no, -1 the store could not answer
 * (callers fail closed). The client certificate is not looked at. */
int authz_revoked(const struct identity *who, const char **what);

/* Fills d as a deny that no rule made (reason given, empty redact and roles,
 * the policy version in force), for a refusal decided before evaluation. */
void authz_refused_decision(pol_decision *d, const char *reason);

/* Could r->who (identified) be allowed action on any resource at all, given
 * its roles and this request (purpose, client, hour)? pol_eval_possible:
 * resource conditions are unknown. Fills *d (pol_decision_clear
 * afterwards): d->allow 0 means every resource would be denied. Returns 0,
 * or -1 with a 500 answer set. Used to answer 403 before looking at data
 * whose existence the caller must not learn. */
int authz_decide_possible(struct req *r, const char *action, pol_decision *d);

/* A new audit entry for r: request_id, client, cert_sha256, subject,
 * purpose, and the given decision/action/resource; with d (may be NULL):
 * roles, rule, redact, policy_version and d->reason unless reason is given. */
json_t *authz_entry(struct req *r, const char *decision, const char *action,
		    const char *resource, const pol_decision *d, const char *reason);

/* Answers 403 forbidden for a denial and records it (the handler returns). */
void authz_deny(struct req *r, const char *action, const char *resource,
		const pol_decision *d);

/* The usual gate of a handler's phase 0: identifies the caller (if not yet),
 * decides r->route->action on resource attrs (may be NULL) and records the
 * decision under the name resource (e.g. "conversation/c-1"). Returns with
 * the request awaiting its record in every case: on allow the handler runs
 * again at phase 1 with the decision in r->who->decision; on deny (or an
 * identity failure) the caller gets the error once it is recorded. */
void authz_guard(struct req *r, const char *resource, const json_t *attrs);

/* authz_guard, with extra (may be NULL; borrowed) merged into the recorded
 * entry, e.g. {"user": "<pseudonym>"} for decisions about a user's data. */
void authz_guard_with(struct req *r, const char *resource, const json_t *attrs,
		      const json_t *extra);

/* "user", "svc" or "group" for a principal (pol_principal_parse), else NULL. */
const char *authz_principal_kind(const char *principal);

/* 1 when principal is listed in [bootstrap] admins. */
int authz_is_bootstrap_admin(const char *principal);

/* Frees an identity. Accepts NULL. */
void authz_identity_free(struct identity *who);

#endif
