/* hconv: what the conversation and privacy handlers share (handlers_conv.c,
 * handlers_privacy.c): the decision gate that names the end user in the
 * audit entry by pseudonym, vault error answers, redaction of texts for a
 * decision, staff pseudonyms for access logs, and the access log itself.
 * See docs/PRIVACY.md for the rules these implement. */
#ifndef CUSTOS_HCONV_H
#define CUSTOS_HCONV_H

#include <jansson.h>
#include <stddef.h>

#include "http.h"
#include "policy.h"

#define HCONV_RES_MAX 64          /* "conversation/" + id, "user/" + pseudonym */
#define HCONV_ACCESS_LOG_MAX 10000 /* entries in one access log (then "truncated") */
#define HCONV_IDS_IN_ENTRY 200    /* ids listed in one audit entry (then "truncated") */

/* 1 when id is a well-formed conversation ('c') or concern ('q') id. */
int hconv_valid_id(const char *id, char kind);

/* "conversation/<id>" into out, or "conversation/(malformed id)" when id is
 * not well formed (so no arbitrary client text lands in the audit log). */
void hconv_conv_resource(const char *id, char out[HCONV_RES_MAX]);

/* Like guard() (identify if needed, decide r->route->action on attrs,
 * record, 403 on deny, phase 1 on allow) but the entry also carries
 * "user": user_pn (the end user's pseudonym; NULL = none) and the members
 * of extra (borrowed; may be NULL). */
void hconv_guard(struct req *r, const char *resource, const json_t *attrs, const char *user_pn,
		 const json_t *extra);

/* Answers 404 not_found and records an "error" entry (reason "not_found")
 * for the attempt, so that probing for ids stays accountable. */
void hconv_not_found(struct req *r, const char *resource);

/* Answers the HTTP error for a VAULT_E_* code (err: the vault's message for
 * VAULT_E_INVALID, may be NULL). */
void hconv_vault_error(struct req *r, int rc, const char *err);

/* 1 when the decision lets the caller see raw end-user ids (its redact set
 * does not name "pii"), else 0. */
int hconv_pii_allowed(const pol_decision *d);

/* Mask of the text types named by the decision's redact set. 0 with *mask
 * set, or -1 (unknown type: fail closed). */
int hconv_redact_mask(const pol_decision *d, uint64_t *mask);

/* Replaces json string *member of obj with its redaction under mask (no-op
 * for mask 0 or a missing member). 0 or -1 (not redactable: fail closed). */
int hconv_redact_member(json_t *obj, const char *member, uint64_t mask);

/* Turns a vault_get document (changed in place) into what a decision with
 * text-type mask `mask` (hconv_redact_mask) and pii (hconv_pii_allowed)
 * shows: message texts redacted, "user" the pseudonym unless pii, no
 * "user_pseudonym". 0, or -1 (not redactable: withhold the document). */
int hconv_conversation_view(json_t *doc, uint64_t mask, int pii);

/* The pseudonym shown for a staff principal: vault_staff_pseudonym(subject)
 * ("s-" + 32 hex, from its own subkey). Services ("svc:...") and the system
 * ("system:...") are shown by name. out holds at least 400 bytes. */
void hconv_actor(const char *subject, char *out, size_t outsz);

/* Every audit entry about the user with pseudonym user_pn, oldest first, as
 * access-log records {"decision_id","time","decision","action","resource",
 * "by","by_kind","client","roles","rule","purpose","reason"}. At most
 * HCONV_ACCESS_LOG_MAX; *truncated set when there are more. 0, or -1 (the
 * audit could not be read). *out is owned by the caller. */
int hconv_access_log(const char *user_pn, json_t **out, int *truncated);

/* Submits entry (stolen) to the audit log without waiting; a failure is
 * logged. For outcome records that follow an already durable decision. */
void hconv_record_outcome(json_t *entry);

/* The state_free of a json_t kept in r->state. */
void hconv_json_state_free(void *p);

/* The end user named by body's "user" member: a string of 1 to
 * VAULT_MAX_USER_LEN bytes without NUL. Returns it (borrowed from body) and
 * its pseudonym in pn, or NULL with a 400 answer set. */
const char *hconv_body_user(struct req *r, const json_t *body, char pn[35]);

#endif
