/* authz: may they. Assembles the policy request of a decision (ONE way, for
 * the caller of a request, a subject named in an authorize request and a
 * simulation) and decides it against the compiled policy in force (or a
 * given snapshot). Plain values in, a pol_decision and a code out: no
 * request, no HTTP answer, no audit entry (record.h).
 *
 * Thread-safe: the holder is lock-free for readers. */
#ifndef CUSTOS_AUTHZ_H
#define CUSTOS_AUTHZ_H

#include <time.h>

#include "identity-t.h"
#include "policy.h"

/* One question to the policy. */
struct authz_ask {
	const struct identity *subject; /* whose permission: principals, kind, token claims */
	const char *client;             /* request.client (NULL: absent) */
	const char *purpose;            /* request.purpose (NULL: absent) */
	const json_t *claims; /* subject.claims in place of the token's (simulate), or NULL */
	int hour_utc;         /* request.hour_utc, or -1: the hour of now */
	const char *action;
	const json_t *resource; /* resource.* (NULL: none) */
	int explain;
};

/* Fills q from a (borrowed: q points into a and its identity). The bootstrap
 * admins get the built-in admin role outright (extra roles). */
void authz_request(pol_request *q, const struct authz_ask *a, time_t now);

/* Decides a against snap (NULL: the snapshot in force in h). Fills *d
 * (pol_decision_clear afterwards, also on error). 0, or AUTHZ_E_NOPOLICY
 * (none compiled) / AUTHZ_E_EVAL (pol_eval failed; a POL_ELIMIT deny is a
 * decision, not an error). */
int authz_decide(struct pol_holder *h, const pol_snapshot *snap, const struct authz_ask *a,
		 pol_decision *d);

/* Could a be allowed on any resource at all (pol_eval_possible: resource
 * conditions unknown)? d->allow 0 means every resource would be denied. As
 * authz_decide. For answering 403 before looking at data whose existence
 * the caller must not learn. */
int authz_possible(struct pol_holder *h, const struct authz_ask *a, pol_decision *d);

/* Fills d as a deny that no rule made (reason given, empty redact and roles,
 * the policy version in force), for a refusal decided before evaluation. */
void authz_refused(struct pol_holder *h, pol_decision *d, const char *reason);

/* The version of the policy in force (0: none). */
uint64_t authz_policy_version(struct pol_holder *h);

/* The decision as JSON, members in this order: "decision", "rule", "reason",
 * "redact" and "hidden" (the same hidden set: redact is the name clients
 * used before reveal), "reveal", then with roles "roles", then
 * "policy_version". New object, NULL when out of memory. (The decision
 * point's answer, a simulation's.) */
json_t *authz_decision_json(const pol_decision *d, int roles);

/* Appends to b the bytes jdump writes for authz_decision_json(d, roles)
 * (compact, in order) with "decision_id": *decision_id after the last
 * member when decision_id is not NULL, without building the tree. 0;
 * CUSTOS_E_ARG when a text of d is not UTF-8 (the tree could not be made
 * either: b is then unspecified, the caller answers as authz_decision_json
 * would have it); or buf_add's errors. */
struct buf;
int authz_decision_dump(const pol_decision *d, int roles, const uint64_t *decision_id,
			struct buf *b);

#endif
