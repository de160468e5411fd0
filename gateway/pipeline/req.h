/* req: what a route's load, decide and act use: the request's input, its
 * answer, its audit entries and decisions. Every function takes the request
 * (r->app holds the application's handles). Strings returned are borrowed
 * until the request ends.
 * Called on the request's worker thread, one phase at a time. */
#ifndef CUSTOS_REQ_H
#define CUSTOS_REQ_H

#include <jansson.h>
#include <stdarg.h>

#include "identity-t.h"
#include "policy.h"
#include "req-t.h"

/* ---- input ---- */

/* The request id (X-Request-Id of the answer). */
const char *req_id(const struct req *r);

/* Path parameter i ("" when there is none). */
const char *req_param(const struct req *r, size_t i);

/* The request's method ("GET", ...). */
const char *req_method(const struct req *r);

/* A request header, or NULL. */
const char *req_header(struct req *r, const char *name);

/* A query argument, percent-decoded, or NULL when absent. */
const char *req_query(struct req *r, const char *name);

/* Parses the body as a JSON object (duplicate keys rejected). On error
 * answers 400 bad_request and returns -1 (*out NULL). */
int req_body_json(struct req *r, json_t **out);

/* req_body_json kept as the route's state (r->state, freed with the
 * request, so later phases find it there): the object, or NULL with 400
 * answered. */
json_t *req_body_state(struct req *r);

/* The body as it came (NULL when empty), *len its length. */
const char *req_body(struct req *r, size_t *len);

/* ---- the answer ---- */

/* Answers status with body (stolen; NULL = empty). */
void req_reply(struct req *r, unsigned status, json_t *body);

/* Answers status with the JSON in b, written without a tree (jdump.h):
 * b's bytes are taken (b is left empty), as req_reply would send them. */
struct buf;
void req_reply_json_buf(struct req *r, unsigned status, struct buf *b);

/* Answers status with data[0..len) (stolen, free()) as Content-Type
 * ctype (static storage), e.g. Markdown. */
void req_reply_text(struct req *r, unsigned status, const char *ctype, char *data, size_t len);

/* Answers {"error":{"code","message","request_id"}}. */
void req_error(struct req *r, unsigned status, const char *code, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* req_error with extra's members (borrowed, may be NULL) in "error", e.g.
 * {"path": "$.rules[0]"} for an invalid document. */
void req_error_with(struct req *r, unsigned status, const char *code, const json_t *extra,
		    const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Answers the status and code the one table gives rc (errmap.h). */
void req_fail(struct req *r, int rc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Adds a header to the answer already set. */
void req_add_header(struct req *r, const char *name, const char *value);

/* ---- audit entries ---- */

/* A new entry of this request (record.h's schema): its request id, client,
 * certificate and caller, and the given decision/action/resource (NULL or
 * "": null); with d (may be NULL) roles, rule, redact, policy_version and
 * d->reason unless reason is given. NULL when out of memory. */
json_t *req_entry(struct req *r, const char *decision, const char *action, const char *resource,
		  const pol_decision *d, const char *reason);

/* Records entry (stolen; NULL counts as a failed record) before the answer
 * goes out: the answer waits until it is durable and names it in
 * X-Decision-Id, or becomes 503 audit_unavailable. For decisions and for
 * changes (an admin change, a revocation) whose answer must not outrun its
 * record. One per phase: the engine records it when the phase returns. */
void req_record(struct req *r, json_t *entry);

/* Submits entry (stolen) without waiting for it: outcomes whose answer does
 * not depend on them (a created id, an erasure's counts); a failure is
 * logged. */
void req_record_outcome(struct req *r, json_t *entry);

/* ---- decisions (for load and decide) ---- */

/* Decides action on attrs (may be NULL) for as (NULL: the caller) with the
 * request's client and purpose, against snap (NULL: the policy in force).
 * Fills *d (pol_decision_clear afterwards). 0, or -1 with a 500 answer set. */
int req_decide(struct req *r, const char *action, const json_t *attrs, const struct identity *as,
	       const pol_snapshot *snap, int explain, pol_decision *d);

/* Could the caller be allowed action on any resource (authz_possible)? Fills
 * *d (d->allow 0: every resource would be denied). 0, or -1 with a 500
 * answer set. */
int req_possible(struct req *r, const char *action, pol_decision *d);

/* Answers 403 forbidden with d's reason and records the deny entry (with
 * r->extra's members) on resource. Returns PIPE_SEND. */
int req_deny(struct req *r, const char *action, const char *resource, const pol_decision *d);

/* The policy's decision on action for r->attrs, recorded with r->extra's
 * members: PIPE_NEXT when allowed (the entry waits to be recorded), else
 * PIPE_SEND with the answer set (403, or 500). */
int req_decide_record(struct req *r, const char *action);

/* ---- a client forwarded by a trusted proxy ---- */

/* Makes the client certificate a proxy forwarded (escaped: PEM, percent-
 * encoded as nginx's $ssl_client_escaped_cert and Envoy's XFCC Cert=, len
 * bytes) the request's client: verified with the data listener's trust list
 * as in a handshake, then r->client and r->cert_sha256 are its, and the
 * caller (r->who) is identified again from it and the request's
 * Authorization and X-Access-Purpose, revocations included. The proxy's own
 * principal is left in proxy (at least POL_PRINCIPAL_MAX + 1 bytes). The
 * caller checks that the proxy is trusted. PIPE_NEXT, or PIPE_SEND with the
 * answer set and its entry to record (401 client_cert_*, token_*, 403
 * revoked), as the identify phase does. */
int req_forwarded_client(struct req *r, const char *escaped, size_t len, char *proxy);

/* ---- the route's state ---- */

/* Keeps state (owned: state_free(state) when the request ends) for the
 * later phases. */
void req_keep(struct req *r, void *state, req_state_free_fn state_free);

/* A zeroed state of size bytes kept for the request (freed with
 * state_free, NULL: free), or NULL with 500 answered when out of memory. */
void *req_state_new(struct req *r, size_t size, req_state_free_fn state_free);

/* The state_free of a json_t. */
void req_json_free(void *json);

#endif
