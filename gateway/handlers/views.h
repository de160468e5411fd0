/* views: what the conversation and privacy routes share: how a decision
 * shows end-user data (texts redacted per its redact set, the user as a
 * pseudonym unless it allows "pii"), staff pseudonyms and the access log
 * built from the audit, ids and resource names, and the vault's errors as
 * answers. The rules are docs/PRIVACY.md's.
 * On the request's worker thread, as every handler. */
#ifndef CUSTOS_VIEWS_H
#define CUSTOS_VIEWS_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "policy.h"
#include "req-t.h"
#include "vault.h"

#define VIEW_RES_MAX        64    /* "conversation/" + id, "user/" + pseudonym */
#define VIEW_ACCESS_LOG_MAX 10000 /* entries in one access log (then "truncated") */
#define VIEW_IDS_IN_ENTRY   200   /* ids listed in one audit entry (then "truncated") */

/* Answers the vault's error rc (errmap.h) with a message about the
 * conversation store (err: the vault's for VAULT_E_INVALID, may be NULL);
 * logs what no client causes. */
void view_vault_error(struct req *r, int rc, const char *err);

/* Answers 404 not_found and records an "error" entry (reason "not_found")
 * for the attempt, so that probing for ids stays accountable. PIPE_SEND. */
int view_not_found(struct req *r);

/* 1 when the decision lets the caller see raw end-user ids (its redact set
 * does not name "pii"), else 0. */
int view_pii_allowed(const pol_decision *d);

/* Mask of the text types named by the decision's redact set. 0 with *mask
 * set, or -1 (unknown type: fail closed). */
int view_redact_mask(const struct req *r, const pol_decision *d, uint64_t *mask);

/* Replaces json string *member of obj with its redaction under mask (no-op
 * for mask 0 or a missing member). 0 or -1 (not redactable: fail closed). */
int view_redact_member(const struct req *r, json_t *obj, const char *member, uint64_t mask);

/* Turns a vault_get document (changed in place) into what a decision with
 * text-type mask `mask` and pii (view_pii_allowed) shows: message texts
 * redacted, "user" the pseudonym unless pii, no "user_pseudonym". 0, or -1
 * (not redactable: withhold the document). */
int view_conversation(const struct req *r, json_t *doc, uint64_t mask, int pii);

/* A concern (changed in place) as the decision shows it: "user" the
 * pseudonym unless pii, no "user_pseudonym", text redacted. 0 or -1. */
int view_concern(const struct req *r, json_t *c, uint64_t mask, int pii);

/* The pseudonym shown for a staff principal: vault_staff_pseudonym(subject)
 * ("s-" or "sN-" + 32 hex, from its own subkey). Services ("svc:...") and the system
 * ("system:...") are shown by name. out holds at least 400 bytes. */
void view_actor(const struct req *r, const char *subject, char *out, size_t outsz);

/* Every audit entry about the end user (raw id), under the pseudonyms of
 * every pseudonym key version (vault_pseudonyms_all), oldest first, as
 * access-log records {"decision_id","time","decision","action","resource",
 * "by","by_kind","client","roles","rule","purpose","reason"}. At most
 * VIEW_ACCESS_LOG_MAX; *truncated set when there are more. 0, or -1 (the
 * audit could not be read). *out is owned by the caller. */
int view_access_log(const struct req *r, const char *user, json_t **out, int *truncated);

/* The end user named by body's "user" member: a string of 1 to
 * VAULT_MAX_USER_LEN bytes without NUL. Returns it (borrowed from body) and
 * its pseudonym in pn, or NULL with a 400 answer set. */
const char *view_body_user(struct req *r, const json_t *body, char pn[VAULT_PN_LEN]);

/* At most VIEW_IDS_IN_ENTRY ids of arr (the entry has a size cap); *truncated
 * set when there were more. New array. */
json_t *view_capped_ids(const json_t *arr, int *truncated);

#endif
