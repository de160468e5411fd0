/* admin: what the control-plane routes share (admin_*.c). Every route is
 * decided and recorded by the engine first; its act then works on the
 * store. A change records a second entry naming the version it made, and
 * the client gets its answer only once that entry is durable (X-Decision-Id
 * names it). A failure after the decision is answered and recorded as
 * decision "error". Contract and details: docs/ADMIN_API.md.
 * On the request's worker thread, as every handler. */
#ifndef CUSTOS_ADMIN_H
#define CUSTOS_ADMIN_H

#include <jansson.h>
#include <stdint.h>

#include "policy.h"
#include "req-t.h"

/* The vocabulary documents are checked against ([redact] names). */
const char *const *admin_vocab(const struct req *r, size_t *n);

/* The change's body (a JSON object, kept as the request's state), or NULL
 * with 400 answered and recorded as the change's error entry. */
json_t *admin_body(struct req *r);

/* Records an "error" entry (reason code, "message" when not NULL) for the
 * answer already set; it is sent once durable. */
void admin_record_error(struct req *r, const char *code, const char *message);

/* Answers status/code/message (with "path" in the error object when not
 * NULL: invalid documents) and records it as an "error" entry. */
void admin_fail(struct req *r, unsigned status, const char *code, const char *path, const char *fmt,
		...) __attribute__((format(printf, 5, 6)));

/* Answers a store error as the one table says (errmap.h); err (may be
 * NULL): the store's message for client errors. */
void admin_fail_store(struct req *r, int rc, const char *err);

/* Sets the answer (stolen body, with ETag "etag_of" when not NULL), then
 * records the change entry (kind, version) before it is sent. */
void admin_answer_change(struct req *r, unsigned status, json_t *body, const char *kind,
			 uint64_t version, const char *etag_of);

/* Adds ETag: "<version>" to the answer. */
void admin_set_etag(struct req *r, json_int_t version);

/* If-Match: absent -> POL_STORE_ANY; "N" or N -> N; "*" -> *star = 1.
 * -1 when malformed. */
int admin_if_match(struct req *r, int64_t *out, int *star);

/* After the store refused a change with E_INVALID (set-level: unknown
 * inherits, cycle), re-runs the set validation on the set as it would have
 * been (name replaced by doc, or removed when doc is NULL) to name the
 * offending role (*own = 1 when it is `name` itself, else its name in who)
 * and a path relative to that role's document ("$.inherits[0]").
 * 0 when an explanation was written. */
int admin_explain_set(struct req *r, const char *name, const json_t *doc, int *own, char *who_buf,
		      size_t whosz, char *path, size_t pathsz, char *msg, size_t msgsz);

#endif
