/* handlers_privacy: data-subject rights (consent, export, access log,
 * erasure) and privacy concerns. Called by the user-facing service on an end
 * user's behalf, or by the privacy officer. Audit entries name the user only
 * by pseudonym ("user/<pseudonym>", "user": pseudonym); the access log is
 * built from those entries. See docs/PRIVACY.md. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "guard.h"
#include "handlers.h"
#include "hconv.h"
#include "log.h"
#include "routes.h"
#include "vault.h"

/* Identifies the caller of a /v1/users/{user}/... request and checks the
 * user id (a 400 is recorded, see server.c). Fills the user's pseudonym and
 * the entry's resource "user/<pseudonym>". 0, or -1 with an answer set. */
static int user_identify(struct req *r, char pn[35], char res[HCONV_RES_MAX])
{
	const char *user = r->params[0];
	size_t n = strlen(user);
	int ok = n > 0 && n <= VAULT_MAX_USER_LEN;
	pn[0] = '\0';
	if (ok) {
		vault_pseudonym(g_app.vault, user, pn);
		snprintf(res, HCONV_RES_MAX, "user/%s", pn);
	} else {
		snprintf(res, HCONV_RES_MAX, "user/(malformed id)");
	}
	if (!r->who && guard_identify(r, r->route->action, res))
		return -1;
	if (!ok) {
		http_reply_error(r, 400, "bad_request", "user: 1 to %d bytes", VAULT_MAX_USER_LEN);
		return -1;
	}
	return 0;
}

/* Phase 0 of the /v1/users/{user}/... handlers: identifies (if not yet),
 * checks the user id, decides on {"type":"user","user_pseudonym"} and
 * records on "user/<pseudonym>". */
static void guard_user(struct req *r, const json_t *extra)
{
	char pn[35], res[HCONV_RES_MAX];
	if (user_identify(r, pn, res))
		return;
	json_t *attrs = json_pack("{s:s,s:s}", "type", "user", "user_pseudonym", pn);
	if (!attrs) {
		http_reply_error(r, 500, "internal", "out of memory");
		return;
	}
	hconv_guard(r, res, attrs, pn, extra);
	json_decref(attrs);
}

/* ---- consent --------------------------------------------------------------- */

void h_user_consent(struct req *r)
{
	const char *user = r->params[0];
	if (r->phase == 1) {
		char err[256] = "";
		json_t *cur = NULL;
		int rc = vault_consent_put(g_app.vault, user, r->state, r->who->subject, time(NULL),
					   err, sizeof err);
		if (!rc)
			rc = vault_consent_get(g_app.vault, user, &cur);
		if (rc) {
			hconv_vault_error(r, rc, err);
			return;
		}
		http_reply_json(r, 200, cur);
		return;
	}
	/* The whole body is checked before the decision: its flags go into the
	 * entry, so an absurd body must be a 400 (itself recorded), never an
	 * entry too large to record. */
	char pn[35], res[HCONV_RES_MAX], err[160] = "";
	if (user_identify(r, pn, res))
		return;
	json_t *body = NULL;
	if (http_body_json(r, &body))
		return;
	if (vault_consent_check(body, err, sizeof err) ||
	    !json_object_get(body, "human_review") || !json_object_get(body, "training")) {
		json_decref(body);
		http_reply_error(r, 400, "bad_request", "%s",
				 err[0] ? err
					: "the body must name human_review and training (booleans)");
		return;
	}
	r->state = body;
	r->state_free = hconv_json_state_free;
	/* The flags are no personal data: they go into the entry. */
	json_t *extra = json_pack("{s:O}", "consent", body);
	guard_user(r, extra);
	json_decref(extra);
}

/* ---- export and access log ------------------------------------------------- */

static json_t *access_log_doc(struct req *r, const char *pn)
{
	json_t *log = NULL;
	int truncated = 0;
	if (hconv_access_log(pn, &log, &truncated)) {
		http_reply_error(r, 503, "audit_unavailable", "the access log could not be read");
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
static int export_view(json_t *doc, const pol_decision *d)
{
	uint64_t mask = 0;
	int pii = hconv_pii_allowed(d);
	size_t i;
	json_t *x;
	if (hconv_redact_mask(d, &mask))
		return -1;
	json_array_foreach(json_object_get(doc, "conversations"), i, x) {
		if (hconv_conversation_view(x, mask, pii))
			return -1;
	}
	json_array_foreach(json_object_get(doc, "concerns"), i, x) {
		if (!pii && json_object_set(x, "user", json_object_get(x, "user_pseudonym")))
			return -1;
		json_object_del(x, "user_pseudonym");
		if (hconv_redact_member(x, "text", mask))
			return -1;
	}
	json_array_foreach(json_object_get(doc, "consent_history"), i, x) {
		const char *author = json_string_value(json_object_get(x, "author"));
		char by[400];
		if (!author)
			continue;
		hconv_actor(author, by, sizeof by);
		if (json_object_set_new(x, "author", json_string(by)))
			return -1;
	}
	if (!pii && json_object_set(doc, "user", json_object_get(doc, "user_pseudonym")))
		return -1;
	return 0;
}

void h_user_export(struct req *r)
{
	if (r->phase == 0) {
		guard_user(r, NULL);
		return;
	}
	const char *user = r->params[0];
	char pn[35];
	vault_pseudonym(g_app.vault, user, pn);
	json_t *doc = NULL;
	int rc = vault_export_user(g_app.vault, user, time(NULL), &doc);
	if (rc) {
		hconv_vault_error(r, rc, "bad user id");
		return;
	}
	if (export_view(doc, &r->decision)) {
		json_decref(doc);
		log_error("redaction failed; export withheld", "request_id", r->request_id);
		http_reply_error(r, 500, "internal", "the export could not be redacted");
		return;
	}
	json_t *al = access_log_doc(r, pn);
	if (!al) {
		json_decref(doc);
		return;
	}
	json_object_set_new(doc, "access_log", al);
	http_reply_json(r, 200, doc);
}

void h_user_access_log(struct req *r)
{
	if (r->phase == 0) {
		guard_user(r, NULL);
		return;
	}
	char pn[35];
	vault_pseudonym(g_app.vault, r->params[0], pn);
	json_t *al = access_log_doc(r, pn);
	if (!al)
		return;
	json_object_set_new(al, "user_pseudonym", json_string(pn));
	http_reply_json(r, 200, al);
}

/* ---- erasure --------------------------------------------------------------- */

/* At most HCONV_IDS_IN_ENTRY ids of arr (the entry has a size cap). */
static json_t *capped_ids(const json_t *arr, int *truncated)
{
	json_t *o = json_array();
	size_t i;
	json_t *v;
	json_array_foreach(arr, i, v) {
		if (i == HCONV_IDS_IN_ENTRY) {
			*truncated = 1;
			break;
		}
		json_array_append(o, v);
	}
	return o;
}

void h_user_erase(struct req *r)
{
	if (r->phase == 0) {
		guard_user(r, NULL);
		return;
	}
	json_t *rep = NULL;
	int rc = vault_erase_user(g_app.vault, r->params[0], &rep);
	if (rc) {
		hconv_vault_error(r, rc, "bad user id");
		return;
	}
	const char *pn = json_string_value(json_object_get(rep, "user_pseudonym"));
	json_t *erased = json_object_get(rep, "erased"), *held = json_object_get(rep, "held");
	char res[HCONV_RES_MAX], reason[160];
	snprintf(res, sizeof res, "user/%s", pn ? pn : "?");
	snprintf(reason, sizeof reason,
		 "erased %zu conversations, %zu kept under legal hold, %lld consent records, "
		 "%lld concerns",
		 json_array_size(erased), json_array_size(held),
		 (long long)json_integer_value(json_object_get(rep, "consent_records_erased")),
		 (long long)json_integer_value(json_object_get(rep, "concerns_erased")));
	json_t *e = guard_entry(r, "allow", "user:erase", res, &r->decision, reason);
	if (e) {
		int trunc = 0;
		json_object_set_new(e, "user", json_string(pn ? pn : "?"));
		json_object_set_new(e, "erased", capped_ids(erased, &trunc));
		json_object_set_new(e, "held", capped_ids(held, &trunc));
		if (trunc)
			json_object_set_new(e, "truncated", json_true());
	}
	hconv_record_outcome(e);
	json_object_del(rep, "user_pseudonym");
	http_reply_json(r, 200, rep);
}

/* ---- concerns -------------------------------------------------------------- */

void h_concern_create(struct req *r)
{
	if (r->phase == 1) {
		char id[40], err[256] = "";
		int rc = vault_concern_create(g_app.vault, r->state, time(NULL), id, err, sizeof err);
		if (rc) {
			hconv_vault_error(r, rc, err);
			return;
		}
		char res[HCONV_RES_MAX], pn[35];
		snprintf(res, sizeof res, "concern/%s", id);
		vault_pseudonym(g_app.vault, json_string_value(json_object_get(r->state, "user")), pn);
		json_t *e = guard_entry(r, "allow", "concern:create", res, &r->decision,
					"created");
		if (e)
			json_object_set_new(e, "user", json_string(pn));
		hconv_record_outcome(e);
		http_reply_json(r, 201, json_pack("{s:s}", "id", id));
		return;
	}
	if (guard_identify(r, r->route->action, "concern"))
		return;
	json_t *body = NULL;
	if (http_body_json(r, &body))
		return;
	char pn[35], err[256] = "";
	const char *user = hconv_body_user(r, body, pn);
	if (!user) {
		json_decref(body);
		return;
	}
	if (vault_concern_check(body, err, sizeof err)) {
		json_decref(body);
		http_reply_error(r, 400, "bad_request", "%s", err);
		return;
	}
	r->state = body;
	r->state_free = hconv_json_state_free;
	json_t *attrs = json_pack("{s:s,s:s}", "type", "concern", "user_pseudonym", pn);
	hconv_guard(r, "concern", attrs, pn, NULL);
	json_decref(attrs);
}

/* What GET /v1/concerns asked for, checked before the decision. */
struct concern_query {
	int newest_first;
	size_t limit;
	int has_after;
	uint8_t after[VAULT_CONCERN_POS_LEN];
	char scope[32];
};

static void concern_query_free(void *p)
{
	free(p);
}

/* Phase 0 of GET /v1/concerns?limit=&after=&order=: identify, check the
 * query (400, recorded) and the cursor, then decide once for the list. */
static void concerns_list_guard(struct req *r)
{
	if (guard_identify(r, r->route->action, "concern"))
		return;
	struct concern_query *cq = calloc(1, sizeof *cq);
	if (!cq) {
		http_reply_error(r, 500, "internal", "out of memory");
		return;
	}
	r->state = cq;
	r->state_free = concern_query_free;
	const char *order = http_query(r, "order");
	const char *limit = http_query(r, "limit");
	const char *after = http_query(r, "after");
	if (order && strcmp(order, "newest") && strcmp(order, "oldest")) {
		http_reply_error(r, 400, "bad_request", "order: newest (default) or oldest");
		return;
	}
	cq->newest_first = !order || !strcmp(order, "newest");
	cq->limit = VAULT_LIST_DEFAULT;
	if (limit) {
		char *end = NULL;
		long n = strtol(limit, &end, 10);
		if (!*limit || *end || n < 1 || n > VAULT_LIST_MAX) {
			http_reply_error(r, 400, "bad_request", "limit: an integer from 1 to %d",
					 VAULT_LIST_MAX);
			return;
		}
		cq->limit = (size_t)n;
	}
	/* A cursor continues the listing in the order it was made for. */
	snprintf(cq->scope, sizeof cq->scope, "concerns|order=%s",
		 cq->newest_first ? "newest" : "oldest");
	if (after) {
		size_t n = 0;
		if (vault_cursor_open(g_app.vault, cq->scope, after, cq->after, sizeof cq->after,
				      &n) ||
		    n != VAULT_CONCERN_POS_LEN) {
			http_reply_error(r, 400, "bad_request",
					 "after: not a cursor of this listing (use \"next\")");
			return;
		}
		cq->has_after = 1;
	}
	json_t *attrs = json_pack("{s:s}", "type", "concern");
	hconv_guard(r, "concern", attrs, NULL, NULL);
	json_decref(attrs);
}

void h_concerns_list(struct req *r)
{
	if (r->phase == 0) {
		concerns_list_guard(r);
		return;
	}
	const struct concern_query *cq = r->state;
	const pol_decision *d = &r->decision;
	json_t *out = NULL;
	uint64_t mask = 0;
	uint8_t next_pos[VAULT_CONCERN_POS_LEN];
	char next[2 * (VAULT_CONCERN_POS_LEN + 29) + 1] = "";
	int more = 0;
	int rc = vault_concern_page(g_app.vault, cq->newest_first, cq->limit,
				    cq->has_after ? cq->after : NULL, &out, next_pos, &more);
	if (rc) {
		hconv_vault_error(r, rc, NULL);
		return;
	}
	if (more && vault_cursor_seal(g_app.vault, cq->scope, next_pos, sizeof next_pos, next,
				      sizeof next)) {
		json_decref(out);
		http_reply_error(r, 500, "internal", "the cursor could not be made");
		return;
	}
	if (hconv_redact_mask(d, &mask)) {
		json_decref(out);
		http_reply_error(r, 500, "internal", "the concerns could not be redacted");
		return;
	}
	int pii = hconv_pii_allowed(d);
	size_t i;
	json_t *c;
	json_array_foreach(json_object_get(out, "concerns"), i, c) {
		if (!pii)
			json_object_set(c, "user", json_object_get(c, "user_pseudonym"));
		json_object_del(c, "user_pseudonym");
		if (hconv_redact_member(c, "text", mask)) {
			json_decref(out);
			http_reply_error(r, 500, "internal", "the concerns could not be redacted");
			return;
		}
	}
	json_object_set_new(out, "next", next[0] ? json_string(next) : json_null());
	http_reply_json(r, 200, out);
}
