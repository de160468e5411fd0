/* record: the audit entry of a decision, one schema for every decision the
 * gateway makes (requests, the retention sweep, handshake refusals), and
 * record-then-continue: a request's entry is submitted, the request waits
 * (suspended, no thread blocked) until the entry is durable, and only then
 * does the pipeline go on. An entry that cannot be made durable fails the
 * request with 503 audit_unavailable (pipeline.c). See docs/AUDIT.md.
 *
 * The schema: request_id, decision, action, resource (percent-escaped with
 * "resource_escaped": true when not UTF-8), subject, client, cert_sha256,
 * roles, rule, reason, purpose, policy_version, redact; callers add members
 * (user, via, change, ...). Nothing in an entry may be a token, a message
 * text or a raw end-user id. */
#ifndef CUSTOS_RECORD_H
#define CUSTOS_RECORD_H

#include <jansson.h>

#include "identity-t.h"
#include "policy.h"

struct audit;
struct pol_holder;
struct req;

/* Who and where a decision was made (all borrowed; NULL or "" is null). */
struct record_src {
	const char *request_id;
	const char *client; /* the verified certificate's principal */
	const char *cert_sha256;
	const struct identity *who; /* the caller once identified: subject, purpose */
	const char *subject;        /* in place of who's subject (e.g. "system:retention") */
	struct pol_holder *policy;  /* the version of an entry without a decision; NULL: null */
};

/* A new entry (NULL when out of memory): with d (may be NULL) roles, rule,
 * redact, policy_version and d->reason unless reason is given. The subject
 * is s->subject, else who's, else the client. The entry shares d's roles
 * and redact arrays (references, not copies): neither may be changed while
 * the entry lives, and the entry stays on d's thread until audit_submit
 * (which renders it there). */
json_t *record_entry(const struct record_src *s, const char *decision, const char *action,
		     const char *resource, const pol_decision *d, const char *reason);

/* Submits entry (stolen; made to fit with audit_entry_fit, so no client
 * input can make it unrecordable) without waiting: for outcomes that follow
 * an already durable decision, and refusals without a request. A failure is
 * logged as failed_msg (static, e.g. "outcome record not written"). */
void record_async(struct audit *a, json_t *entry, const char *failed_msg);

/* The pipeline's: submits r->entry (taken) and suspends r; once the entry
 * is durable (or failed: r->audit_rc), r is resumed and the pipeline runs
 * on. Passes the entry to detect_observe. */
void record_then(struct req *r);

/* record_then for a request already suspended (an act that ran off the
 * event loop, pipeline.c): the same without suspending. Any thread. */
void record_then_suspended(struct req *r);

#endif
