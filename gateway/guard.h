/* guard: the request glue between http.c's request and the pure identity
 * (pipeline/identity.h), decision (pipeline/authz.h) and entry
 * (pipeline/record.h) modules: identify a request's caller (answering and
 * recording refusals), decide for it, and the usual gate of a handler's
 * phase 0. */
#ifndef CUSTOS_GUARD_H
#define CUSTOS_GUARD_H

#include <jansson.h>

#include "http.h"
#include "identity.h"
#include "policy.h"

/* Identifies r's caller (r->peer must be verified). Returns 0 with r->who
 * set, or -1 when the request must stop: then an error answer is set and
 * (for token failures and revocations) its audit entry is being recorded, so
 * the handler just returns. action/resource name the attempted operation in
 * that entry. */
int guard_identify(struct req *r, const char *action, const char *resource);

/* Decides action on resource (a JSON object of resource.* attributes, may be
 * NULL; borrowed) for the subject as (NULL: r->who's own identity; else a
 * subject named in an authorize request, borrowed), with r's client and
 * purpose. snapshot NULL: the policy in force. Fills *d (pol_decision_clear
 * afterwards). Returns 0, or -1 with a 500 answer set. */
int guard_decide(struct req *r, const char *action, const json_t *resource,
		 const struct identity *as, const pol_snapshot *snapshot, int explain,
		 pol_decision *d);

/* Could r->who be allowed action on any resource at all? As guard_decide. */
int guard_decide_possible(struct req *r, const char *action, pol_decision *d);

/* The identity context of the application (identity.h). */
struct ident_ctx guard_ident_ctx(void);

/* A new audit entry for r (record.h's schema). */
json_t *guard_entry(struct req *r, const char *decision, const char *action,
		    const char *resource, const pol_decision *d, const char *reason);

/* Answers 403 forbidden for a denial and records it (the handler returns). */
void guard_deny(struct req *r, const char *action, const char *resource,
		const pol_decision *d);

/* The usual gate of a handler's phase 0: identifies the caller (if not yet),
 * decides r->route->action on resource attrs (may be NULL) into r->decision
 * and records it under the name resource, with extra's members (may be
 * NULL). On allow the handler runs again at phase 1. */
void guard_with(struct req *r, const char *resource, const json_t *attrs, const json_t *extra);
void guard(struct req *r, const char *resource, const json_t *attrs);

#endif
