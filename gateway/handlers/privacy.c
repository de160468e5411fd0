/* privacy: data-subject rights (consent, export, access log, erasure) and
 * privacy concerns. Called by the user-facing service on an end user's
 * behalf, or by the privacy officer. Audit entries name the user only by
 * pseudonym ("user/<pseudonym>", "user": pseudonym); the access log is
 * built from those entries. See docs/PRIVACY.md. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "handlers.h"
#include "log.h"
#include "req.h"
#include "vault.h"
#include "views.h"

static int user_ok(const char *user)
{
	size_t n = strlen(user);
	return n > 0 && n <= VAULT_MAX_USER_LEN;
}

void h_user_name(struct req *r, char *out, size_t outsz)
{
	const char *user = req_param(r, 0);
	char pn[VAULT_PN_LEN];
	if (user_ok(user)) {
		vault_pseudonym(r->app->vault, user, pn);
		snprintf(out, outsz, "user/%s", pn);
	} else {
		snprintf(out, outsz, "user/(malformed id)");
	}
}

/* Load of the /v1/users/{user}/... routes: checks the user id (a 400 is
 * recorded, see pipeline.c), the decision is on {"type":"user",
 * "user_pseudonym"} and its entry names the user by pseudonym. extra (may
 * be NULL, taken) adds members to the entry. */
static int load_user(struct req *r, json_t *extra)
{
	const char *user = req_param(r, 0);
	char pn[VAULT_PN_LEN];
	r->extra = extra ? extra : json_object();
	if (!user_ok(user)) {
		req_error(r, 400, "bad_request", "user: 1 to %d bytes", VAULT_MAX_USER_LEN);
		return PIPE_SEND;
	}
	vault_pseudonym(r->app->vault, user, pn);
	r->attrs = json_pack("{s:s,s:s}", "type", "user", "user_pseudonym", pn);
	if (!r->attrs || !r->extra || json_object_set_new(r->extra, "user", json_string(pn))) {
		req_error(r, 500, "internal", "out of memory");
		return PIPE_SEND;
	}
	return PIPE_NEXT;
}

int h_user_load(struct req *r)
{
	return load_user(r, NULL);
}

/* ---- consent --------------------------------------------------------------- */

/* The whole body is checked before the decision: its flags go into the
 * entry, so an absurd body must be a 400 (itself recorded), never an entry
 * too large to record. */
int h_user_consent_load(struct req *r)
{
	char err[160] = "";
	if (!user_ok(req_param(r, 0))) {
		req_error(r, 400, "bad_request", "user: 1 to %d bytes", VAULT_MAX_USER_LEN);
		return PIPE_SEND;
	}
	json_t *body = req_body_state(r);
	if (!body)
		return PIPE_SEND;
	if (vault_consent_check(body, err, sizeof err) || !json_object_get(body, "human_review") ||
	    !json_object_get(body, "training")) {
		req_error(r, 400, "bad_request", "%s",
			  err[0] ? err : "the body must name human_review and training (booleans)");
		return PIPE_SEND;
	}
	/* The flags are no personal data: they go into the entry. */
	return load_user(r, json_pack("{s:O}", "consent", body));
}

void h_user_consent_act(struct req *r)
{
	const char *user = req_param(r, 0);
	char err[256] = "";
	json_t *cur = NULL;
	int rc = vault_consent_put(r->app->vault, user, r->state, r->who->subject, time(NULL), err,
				   sizeof err);
	if (!rc)
		rc = vault_consent_get(r->app->vault, user, &cur);
	if (rc) {
		view_vault_error(r, rc, err);
		return;
	}
	req_reply(r, 200, cur);
}

/* ---- export and access log ------------------------------------------------- */

static json_t *access_log_doc(struct req *r, const char *user)
{
	json_t *log = NULL;
	int truncated = 0;
	if (view_access_log(r, user, &log, &truncated)) {
		req_error(r, 503, "audit_unavailable", "the access log could not be read");
		return NULL;
	}
	return json_pack("{s:o,s:b}", "entries", log, "truncated", truncated);
}

/* The export as decision d shows it, like every other read: message and
 * concern texts redacted with d's text types, the end user's raw id replaced
 * by the pseudonym unless d allows pii, and the authors of consent changes
 * shown as in the access log (staff by staff pseudonym, services by name).
 * The user-facing service acting for the user, under a rule that redacts
 * nothing, gets everything. 0 or -1 (not redactable: withhold it). */
static int export_view(const struct req *r, json_t *doc, const pol_decision *d)
{
	uint64_t mask = 0;
	int pii = view_pii_allowed(d);
	size_t i;
	json_t *x;
	if (view_redact_mask(r, d, &mask))
		return -1;
	json_array_foreach (json_object_get(doc, "conversations"), i, x) {
		if (view_conversation(r, x, mask, pii))
			return -1;
	}
	json_array_foreach (json_object_get(doc, "concerns"), i, x) {
		if (view_concern(r, x, mask, pii))
			return -1;
	}
	json_array_foreach (json_object_get(doc, "consent_history"), i, x) {
		const char *author = json_string_value(json_object_get(x, "author"));
		char by[400];
		if (!author)
			continue;
		view_actor(r, author, by, sizeof by);
		if (json_object_set_new(x, "author", json_string(by)))
			return -1;
	}
	if (!pii && json_object_set(doc, "user", json_object_get(doc, "user_pseudonym")))
		return -1;
	return 0;
}

void h_user_export_act(struct req *r)
{
	const char *user = req_param(r, 0);
	char pn[VAULT_PN_LEN];
	vault_pseudonym(r->app->vault, user, pn);
	json_t *doc = NULL;
	int rc = vault_export_user(r->app->vault, user, time(NULL), &doc);
	if (rc) {
		view_vault_error(r, rc, "bad user id");
		return;
	}
	if (export_view(r, doc, &r->decision)) {
		json_decref(doc);
		log_error("redaction failed; export withheld", "request_id", req_id(r));
		req_error(r, 500, "internal", "the export could not be redacted");
		return;
	}
	json_t *al = access_log_doc(r, user);
	if (!al) {
		json_decref(doc);
		return;
	}
	json_object_set_new(doc, "access_log", al);
	req_reply(r, 200, doc);
}

void h_user_access_log_act(struct req *r)
{
	char pn[VAULT_PN_LEN];
	vault_pseudonym(r->app->vault, req_param(r, 0), pn);
	json_t *al = access_log_doc(r, req_param(r, 0));
	if (!al)
		return;
	json_object_set_new(al, "user_pseudonym", json_string(pn));
	req_reply(r, 200, al);
}

/* ---- erasure --------------------------------------------------------------- */

void h_user_erase_act(struct req *r)
{
	json_t *rep = NULL;
	int rc = vault_erase_user(r->app->vault, req_param(r, 0), &rep);
	if (rc) {
		view_vault_error(r, rc, "bad user id");
		return;
	}
	const char *pn = json_string_value(json_object_get(rep, "user_pseudonym"));
	json_t *erased = json_object_get(rep, "erased"), *held = json_object_get(rep, "held");
	char res[VIEW_RES_MAX], reason[160];
	snprintf(res, sizeof res, "user/%s", pn ? pn : "?");
	snprintf(reason, sizeof reason,
		 "erased %zu conversations, %zu kept under legal hold, %lld consent records, "
		 "%lld concerns",
		 json_array_size(erased), json_array_size(held),
		 (long long)json_integer_value(json_object_get(rep, "consent_records_erased")),
		 (long long)json_integer_value(json_object_get(rep, "concerns_erased")));
	json_t *e = req_entry(r, "allow", "user:erase", res, &r->decision, reason);
	if (e) {
		int trunc = 0;
		json_object_set_new(e, "user", json_string(pn ? pn : "?"));
		json_object_set_new(e, "outcome", json_string("erased"));
		json_object_set_new(e, "erased", view_capped_ids(erased, &trunc));
		json_object_set_new(e, "held", view_capped_ids(held, &trunc));
		if (trunc)
			json_object_set_new(e, "truncated", json_true());
	}
	req_record_outcome(r, e);
	json_object_del(rep, "user_pseudonym");
	req_reply(r, 200, rep);
}

/* ---- concerns -------------------------------------------------------------- */

int h_concern_create_load(struct req *r)
{
	json_t *body = req_body_state(r);
	if (!body)
		return PIPE_SEND;
	char pn[VAULT_PN_LEN], err[256] = "";
	if (!view_body_user(r, body, pn))
		return PIPE_SEND;
	if (vault_concern_check(body, err, sizeof err)) {
		req_error(r, 400, "bad_request", "%s", err);
		return PIPE_SEND;
	}
	r->attrs = json_pack("{s:s,s:s}", "type", "concern", "user_pseudonym", pn);
	r->extra = json_pack("{s:s}", "user", pn);
	if (!r->attrs || !r->extra) {
		req_error(r, 500, "internal", "out of memory");
		return PIPE_SEND;
	}
	return PIPE_NEXT;
}

void h_concern_create_act(struct req *r)
{
	char id[40], err[256] = "";
	int rc = vault_concern_create(r->app->vault, r->state, time(NULL), id, err, sizeof err);
	if (rc) {
		view_vault_error(r, rc, err);
		return;
	}
	char res[VIEW_RES_MAX], pn[VAULT_PN_LEN];
	snprintf(res, sizeof res, "concern/%s", id);
	vault_pseudonym(r->app->vault, json_string_value(json_object_get(r->state, "user")), pn);
	json_t *e = req_entry(r, "allow", "concern:create", res, &r->decision, "created");
	if (e) {
		json_object_set_new(e, "user", json_string(pn));
		json_object_set_new(e, "outcome", json_string("created"));
	}
	req_record_outcome(r, e);
	req_reply(r, 201, json_pack("{s:s}", "id", id));
}

/* What GET /v1/concerns asked for, checked before the decision. */
struct concern_query {
	int newest_first;
	size_t limit;
	int has_after;
	uint8_t after[VAULT_CONCERN_POS_LEN];
	char scope[32];
};

/* GET /v1/concerns?limit=&after=&order=: the query (400, recorded) and the
 * cursor are checked before the one decision for the list. */
int h_concerns_list_load(struct req *r)
{
	struct concern_query *cq = req_state_new(r, sizeof *cq, NULL);
	if (!cq)
		return PIPE_SEND;
	const char *order = req_query(r, "order");
	const char *limit = req_query(r, "limit");
	const char *after = req_query(r, "after");
	if (order && strcmp(order, "newest") && strcmp(order, "oldest")) {
		req_error(r, 400, "bad_request", "order: newest (default) or oldest");
		return PIPE_SEND;
	}
	cq->newest_first = !order || !strcmp(order, "newest");
	cq->limit = VAULT_LIST_DEFAULT;
	if (limit) {
		char *end = NULL;
		long n = strtol(limit, &end, 10);
		if (!*limit || *end || n < 1 || n > VAULT_LIST_MAX) {
			req_error(r, 400, "bad_request", "limit: an integer from 1 to %d",
				  VAULT_LIST_MAX);
			return PIPE_SEND;
		}
		cq->limit = (size_t)n;
	}
	/* A cursor continues the listing in the order it was made for. */
	snprintf(cq->scope, sizeof cq->scope, "concerns|order=%s",
		 cq->newest_first ? "newest" : "oldest");
	if (after) {
		size_t n = 0;
		if (vault_cursor_open(r->app->vault, cq->scope, after, cq->after, sizeof cq->after,
				      &n) ||
		    n != VAULT_CONCERN_POS_LEN) {
			req_error(r, 400, "bad_request",
				  "after: not a cursor of this listing (use \"next\")");
			return PIPE_SEND;
		}
		cq->has_after = 1;
	}
	r->attrs = json_pack("{s:s}", "type", "concern");
	r->extra = json_object();
	return PIPE_NEXT;
}

void h_concerns_list_act(struct req *r)
{
	const struct concern_query *cq = r->state;
	json_t *out = NULL;
	uint64_t mask = 0;
	uint8_t next_pos[VAULT_CONCERN_POS_LEN];
	char next[2 * (VAULT_CONCERN_POS_LEN + 29) + 1] = "";
	int more = 0;
	int rc = vault_concern_page(r->app->vault, cq->newest_first, cq->limit,
				    cq->has_after ? cq->after : NULL, &out, next_pos, &more);
	if (rc) {
		view_vault_error(r, rc, NULL);
		return;
	}
	if (more && vault_cursor_seal(r->app->vault, cq->scope, next_pos, sizeof next_pos, next,
				      sizeof next)) {
		json_decref(out);
		req_error(r, 500, "internal", "the cursor could not be made");
		return;
	}
	if (view_redact_mask(r, &r->decision, &mask)) {
		json_decref(out);
		req_error(r, 500, "internal", "the concerns could not be redacted");
		return;
	}
	int pii = view_pii_allowed(&r->decision);
	size_t i;
	json_t *c;
	json_array_foreach (json_object_get(out, "concerns"), i, c) {
		if (view_concern(r, c, mask, pii)) {
			json_decref(out);
			req_error(r, 500, "internal", "the concerns could not be redacted");
			return;
		}
	}
	json_object_set_new(out, "next", next[0] ? json_string(next) : json_null());
	req_reply(r, 200, out);
}
