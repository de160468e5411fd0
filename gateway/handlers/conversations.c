/* conversations: the conversation data plane. Each route loads the
 * resource attributes from the vault (nothing decrypted), the engine
 * decides and records the decision (naming the end user only by
 * pseudonym), and only then does the route act: reads are redacted per
 * decision and show the user as a pseudonym unless the decision allows
 * "pii". See docs/PRIVACY.md. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "handlers.h"
#include "log.h"
#include "req.h"
#include "vault.h"
#include "views.h"

void h_conv_name(struct req *r, char *out, size_t outsz)
{
	const char *id = req_param(r, 0);
	if (vault_valid_id(id, 'c'))
		snprintf(out, outsz, "conversation/%s", id);
	else
		snprintf(out, outsz, "conversation/(malformed id)");
}

/* The extra members of the decision entry: the end user by pseudonym. */
static int set_user(struct req *r, const char *pn)
{
	if (!r->extra)
		r->extra = json_object();
	if (!r->extra || (pn && json_object_set_new(r->extra, "user", json_string(pn)))) {
		req_error(r, 500, "internal", "out of memory");
		return -1;
	}
	return 0;
}

/* Load of the routes that act on one existing conversation: refuse (403,
 * recorded) a caller whom no rule could allow the action on any
 * conversation, then load its attributes (404 recorded when missing or
 * expired). A caller without any right thus gets the same 403 for an id
 * that exists and one that does not. */
int h_conv_existing_load(struct req *r)
{
	const char *id = req_param(r, 0);
	const char *action = r->route->action;
	json_t *attrs = NULL;
	pol_decision may;
	if (req_possible(r, action, &may))
		return PIPE_SEND;
	if (!may.allow) {
		req_deny(r, action, r->resource, &may);
		pol_decision_clear(&may);
		/* The end user's access log shows the attempt when the
		 * conversation exists; the answer is the same either way. */
		if (r->entry && vault_meta(r->app->vault, id, time(NULL), &attrs) == 0)
			json_object_set(r->entry, "user", json_object_get(attrs, "user_pseudonym"));
		json_decref(attrs);
		return PIPE_SEND;
	}
	pol_decision_clear(&may);
	int rc = vault_meta(r->app->vault, id, time(NULL), &attrs);
	if (rc == VAULT_E_NOTFOUND)
		return view_not_found(r);
	if (rc) {
		view_vault_error(r, rc, NULL);
		return PIPE_SEND;
	}
	r->attrs = attrs;
	if (set_user(r, json_string_value(json_object_get(attrs, "user_pseudonym"))))
		return PIPE_SEND;
	return PIPE_NEXT;
}

/* ---- create ---------------------------------------------------------------- */

int h_conv_create_load(struct req *r)
{
	json_t *body = req_body_state(r);
	if (!body)
		return PIPE_SEND;
	char pn[VAULT_PN_LEN], err[256] = "";
	const char *user = view_body_user(r, body, pn);
	if (!user)
		return PIPE_SEND;
	/* The whole body is checked before the decision: a body the vault would
	 * refuse is a 400 without an allow in the log. */
	if (vault_create_check(body, time(NULL), err, sizeof err)) {
		req_error(r, 400, "bad_request", "%s", err);
		return PIPE_SEND;
	}
	/* The attributes the policy sees: what the conversation will have. The
	 * vault's effective consent: the user's current record if one was ever
	 * set, else the body's, else nothing allowed. */
	json_t *labels = json_object_get(body, "labels");
	json_t *consent = json_object_get(body, "consent");
	json_t *cur = NULL;
	if (vault_consent_get(r->app->vault, user, &cur) != 0)
		cur = json_is_object(consent)
			      ? json_incref(consent)
			      : json_pack("{s:b,s:b}", "human_review", 0, "training", 0);
	r->attrs = json_pack("{s:s, s:o, s:O, s:b, s:s}", "type", "conversation", "labels",
			     json_is_object(labels) ? json_incref(labels) : json_object(),
			     "consent", cur, "legal_hold",
			     json_is_true(json_object_get(body, "legal_hold")), "user_pseudonym",
			     pn);
	json_decref(cur);
	if (!r->attrs) {
		req_error(r, 500, "internal", "out of memory");
		return PIPE_SEND;
	}
	return set_user(r, pn) ? PIPE_SEND : PIPE_NEXT;
}

void h_conv_create_act(struct req *r)
{
	char id[40], err[256] = "";
	const json_t *body = r->state;
	long ret = r->app->default_retention_s;
	int rc = vault_create(r->app->vault, body, time(NULL), ret > INT_MAX ? INT_MAX : (int)ret,
			      id, err, sizeof err);
	if (rc) {
		view_vault_error(r, rc, err);
		return;
	}
	char res[VIEW_RES_MAX], pn[VAULT_PN_LEN];
	snprintf(res, sizeof res, "conversation/%s", id);
	vault_pseudonym(r->app->vault, json_string_value(json_object_get(body, "user")), pn);
	json_t *e = req_entry(r, "allow", "conversation:create", res, &r->decision, "created");
	if (e) {
		json_object_set_new(e, "user", json_string(pn));
		json_object_set_new(e, "outcome", json_string("created"));
	}
	req_record_outcome(r, e);
	req_reply(r, 201, json_pack("{s:s}", "id", id));
}

/* ---- append, read, delete, hold --------------------------------------------- */

void h_conv_append_act(struct req *r)
{
	json_t *body = NULL;
	if (req_body_json(r, &body))
		return;
	char err[256] = "";
	size_t count = 0;
	const char *id = req_param(r, 0);
	int rc = vault_append(r->app->vault, id, body, time(NULL), &count, err, sizeof err);
	json_decref(body);
	if (rc) {
		view_vault_error(r, rc, err);
		return;
	}
	req_reply(r, 200, json_pack("{s:s,s:I}", "id", id, "messages", (json_int_t)count));
}

void h_conv_read_act(struct req *r)
{
	json_t *doc = NULL;
	int rc = vault_get(r->app->vault, req_param(r, 0), time(NULL), &doc);
	if (rc) {
		view_vault_error(r, rc, NULL);
		return;
	}
	uint64_t mask = 0;
	if (view_redact_mask(r, &r->decision, &mask) ||
	    view_conversation(r, doc, mask, view_pii_allowed(&r->decision))) {
		json_decref(doc);
		log_error("redaction failed; conversation withheld", "request_id", req_id(r));
		req_error(r, 500, "internal", "the conversation could not be redacted");
		return;
	}
	req_reply(r, 200, doc);
}

/* The outcome of an allowed delete, merged with its decision by request id
 * in the end user's access log: deleted, or refused by a legal hold (the
 * policy allowed it, the vault did not). */
static void delete_outcome(struct req *r, const char *decision, const char *outcome,
			   const char *reason)
{
	json_t *e =
		req_entry(r, decision, "conversation:delete", r->resource, &r->decision, reason);
	if (e) {
		json_t *user = r->extra ? json_object_get(r->extra, "user") : NULL;
		if (user)
			json_object_set(e, "user", user);
		json_object_set_new(e, "outcome", json_string(outcome));
	}
	req_record_outcome(r, e);
}

void h_conv_delete_act(struct req *r)
{
	int rc = vault_delete(r->app->vault, req_param(r, 0));
	if (rc == VAULT_E_HOLD)
		delete_outcome(r, "deny", "refused_legal_hold", "legal_hold");
	if (rc) {
		view_vault_error(r, rc, NULL);
		return;
	}
	delete_outcome(r, "allow", "deleted", "deleted");
	req_reply(r, 204, NULL);
}

int h_conv_hold_load(struct req *r)
{
	json_t *body = req_body_state(r);
	if (!body)
		return PIPE_SEND;
	json_t *h = json_object_get(body, "legal_hold");
	if (!json_is_boolean(h) || json_object_size(body) != 1) {
		req_error(r, 400, "bad_request", "the body must be {\"legal_hold\": true|false}");
		return PIPE_SEND;
	}
	r->extra = json_pack("{s:O}", "legal_hold", h);
	return h_conv_existing_load(r);
}

void h_conv_hold_act(struct req *r)
{
	const char *id = req_param(r, 0);
	int hold = json_is_true(json_object_get(r->state, "legal_hold"));
	int rc = vault_set_hold(r->app->vault, id, hold);
	if (rc) {
		view_vault_error(r, rc, NULL);
		return;
	}
	req_reply(r, 200, json_pack("{s:s,s:b}", "id", id, "legal_hold", hold));
}

/* ---- list ------------------------------------------------------------------ */

/* One listed item as shown to the caller: metadata only. */
static json_t *list_item(const json_t *attrs, const pol_decision *d, const char *raw_user)
{
	json_t *o = json_deep_copy(attrs);
	if (!o)
		return NULL;
	json_object_del(o, "type");
	json_t *pn = json_object_get(o, "user_pseudonym");
	/* The raw id is only known when the caller named it in the query. */
	if (raw_user && view_pii_allowed(d))
		json_object_set_new(o, "user", json_string(raw_user));
	else
		json_object_set(o, "user", pn);
	json_object_del(o, "user_pseudonym");
	return o;
}

static int parse_limit(const char *s, size_t *out)
{
	char *end = NULL;
	*out = VAULT_LIST_DEFAULT;
	if (!s)
		return 0;
	long v = strtol(s, &end, 10);
	if (!*s || *end || v < 1 || v > VAULT_LIST_MAX)
		return -1;
	*out = (size_t)v;
	return 0;
}

/* What one list request examines and returns. */
struct listing {
	vault_filter f;
	const char *raw_user; /* the user filter when it is a raw id */
	size_t limit;
	size_t examined, returned;
	int budget_spent;            /* stopped at list_scan_max with room on the page */
	char last[VAULT_ID_LEN + 1]; /* the last returned id */
	json_t *items, *ids;
	pol_decision first; /* the entry's decision (see h_conv_list_decide) */
	char lk[VAULT_MAX_LABEL_LEN + 1], pn[VAULT_PN_LEN], scope[600];
	char after[VAULT_ID_LEN + 1];
	const char *label;
};

static void listing_free(void *p)
{
	struct listing *L = p;
	pol_decision_clear(&L->first);
	json_decref(L->items);
	json_decref(L->ids);
	free(L);
}

/* Conversations are read from the vault in chunks of this many; at most
 * [server] list_scan_max are examined per request. A caller that may see few
 * of many gets a short page without "next" (docs/PRIVACY.md, "List"). */
#define LIST_CHUNK 100

/* Decides each of the vault's items from position `after` on (NULL: the
 * start) until the page is full, the index ends or list_scan_max items were
 * examined. 0, or -1 with an answer set. */
static int list_scan(struct req *r, struct listing *L, const char *after)
{
	char pos[VAULT_ID_LEN + 1] = "";
	size_t budget = (size_t)r->app->list_scan_max;
	pol_decision d;
	memset(&d, 0, sizeof d);
	if (after)
		memcpy(pos, after, sizeof pos);
	for (;;) {
		json_t *page = NULL;
		size_t chunk = budget - L->examined;
		if (chunk > LIST_CHUNK)
			chunk = LIST_CHUNK;
		int rc = vault_list_filtered(r->app->vault, &L->f, time(NULL), chunk,
					     pos[0] ? pos : NULL, &page);
		if (rc) {
			view_vault_error(r, rc, "bad filter");
			return -1;
		}
		size_t i;
		json_t *attrs;
		json_array_foreach (json_object_get(page, "conversations"), i, attrs) {
			L->examined++;
			if (req_decide(r, r->route->action, attrs, NULL, NULL, 0, &d)) {
				json_decref(page);
				return -1;
			}
			/* A raw id is a filter only for a caller who may see raw
			 * ids: for anyone else it matches nothing, so that a
			 * guessed identity cannot be confirmed. */
			int shown = d.allow && (!L->raw_user || view_pii_allowed(&d));
			if (shown) {
				json_t *it = list_item(attrs, &d, L->raw_user);
				if (!it || json_array_append_new(L->items, it)) {
					json_decref(page);
					pol_decision_clear(&d);
					req_error(r, 500, "internal", "out of memory");
					return -1;
				}
				const char *id = json_string_value(json_object_get(attrs, "id"));
				snprintf(L->last, sizeof L->last, "%s", id ? id : "");
				if (L->returned < VIEW_IDS_IN_ENTRY)
					json_array_append(L->ids, json_object_get(attrs, "id"));
				L->returned++;
			}
			/* The entry's decision: the first that showed an item, or
			 * until there is one the latest that withheld one. */
			if (!L->returned || (shown && L->returned == 1)) {
				pol_decision_clear(&L->first);
				L->first = d;
				memset(&d, 0, sizeof d);
			}
			pol_decision_clear(&d);
			if (L->returned == L->limit)
				break;
		}
		const char *next = json_string_value(json_object_get(page, "next"));
		int more = next && L->returned < L->limit;
		if (more)
			memcpy(pos, next, sizeof pos);
		json_decref(page);
		if (!more)
			return 0;
		if (L->examined >= budget) {
			L->budget_spent = 1;
			return 0;
		}
	}
}

/* The scope a cursor is sealed to: the listing and its filters, so that a
 * cursor only continues the listing it came from. */
static void list_scope(const struct listing *L, const char *pn, char *out, size_t outsz)
{
	snprintf(out, outsz, "conversations|user=%s|label=%s%s%s", pn,
		 L->f.label_k ? L->f.label_k : "", L->f.label_k ? "=" : "",
		 L->f.label_v ? L->f.label_v : "");
}

/* GET /v1/conversations: only what the subject may read, and nothing that
 * tells apart what it may not from what does not exist (docs/PRIVACY.md).
 * The load checks the query and the cursor, and refuses (403, recorded,
 * before the store is consulted, so the answer says nothing about the data)
 * a caller whom no rule could allow listing anything. */
int h_conv_list_load(struct req *r)
{
	const char *action = r->route->action;
	struct listing *L = req_state_new(r, sizeof *L, listing_free);
	pol_decision may;
	if (!L)
		return PIPE_SEND;
	const char *user = req_query(r, "user");
	const char *label = req_query(r, "label");
	const char *cursor = req_query(r, "after");
	if (user && (!*user || strlen(user) > VAULT_MAX_USER_LEN)) {
		req_error(r, 400, "bad_request", "user: 1 to %d bytes", VAULT_MAX_USER_LEN);
		return PIPE_SEND;
	}
	if (label) {
		const char *colon = strchr(label, ':');
		size_t kl = colon ? (size_t)(colon - label) : 0;
		if (!colon || kl == 0 || kl > VAULT_MAX_LABEL_LEN ||
		    strlen(colon + 1) > VAULT_MAX_LABEL_LEN) {
			req_error(r, 400, "bad_request", "label: must be KEY:VALUE");
			return PIPE_SEND;
		}
		memcpy(L->lk, label, kl);
		L->lk[kl] = '\0';
		L->f.label_k = L->lk;
		L->f.label_v = colon + 1;
		L->label = label;
	}
	if (parse_limit(req_query(r, "limit"), &L->limit)) {
		req_error(r, 400, "bad_request", "limit: an integer from 1 to %d", VAULT_LIST_MAX);
		return PIPE_SEND;
	}
	/* ?user=u-<32 hex> (or uN-, a newer pseudonym key version's) is a
	 * pseudonym, anything else a raw end-user id. A pseudonym of a retired
	 * version (the previous one after its grace) is refused. */
	if (user && vault_is_pseudonym(user)) {
		char err[256];
		int rc = vault_pseudonym_accept(r->app->vault, user, time(NULL), err, sizeof err);
		if (rc) {
			view_vault_error(r, rc, err);
			return PIPE_SEND;
		}
		/* The listing resolves what was given; the entry names the user
		 * by the current pseudonym when there is one. */
		L->f.pseudonym = user;
		if (vault_pseudonym_current(r->app->vault, user, time(NULL), L->pn))
			snprintf(L->pn, sizeof L->pn, "%s", user);
	} else if (user) {
		L->f.user = user;
		L->raw_user = user;
		vault_pseudonym(r->app->vault, user, L->pn);
	}
	list_scope(L, L->pn, L->scope, sizeof L->scope);
	if (cursor) {
		size_t n = 0;
		if (vault_cursor_open(r->app->vault, L->scope, cursor, L->after, VAULT_ID_LEN,
				      &n) ||
		    n != VAULT_ID_LEN) {
			req_error(r, 400, "bad_request",
				  "after: not a cursor of this listing (use \"next\")");
			return PIPE_SEND;
		}
		L->after[VAULT_ID_LEN] = '\0';
	}
	if (req_possible(r, action, &may))
		return PIPE_SEND;
	if (!may.allow) {
		req_deny(r, action, "conversation", &may);
		pol_decision_clear(&may);
		if (r->entry && L->pn[0])
			json_object_set_new(r->entry, "user", json_string(L->pn));
		return PIPE_SEND;
	}
	pol_decision_clear(&may);
	return PIPE_NEXT;
}

/* The listing's decisions: one per conversation examined; one entry for the
 * call, recorded before the page is sent. */
int h_conv_list_decide(struct req *r)
{
	const char *action = r->route->action;
	struct listing *L = r->state;
	L->items = json_array();
	L->ids = json_array();
	if (!L->items || !L->ids) {
		req_error(r, 500, "internal", "out of memory");
		return PIPE_SEND;
	}
	if (list_scan(r, L, L->after[0] ? L->after : NULL))
		return PIPE_SEND;

	/* "next" only for a full page, and only from what was returned. */
	char next[2 * (VAULT_ID_LEN + 29) + 1] = "";
	if (L->returned == L->limit &&
	    vault_cursor_seal(r->app->vault, L->scope, L->last, VAULT_ID_LEN, next, sizeof next)) {
		req_error(r, 500, "internal", "the cursor could not be made");
		return PIPE_SEND;
	}
	/* One entry for the call: the first showing decision (roles, rule,
	 * redactions); "deny" when items were found and all withheld; an empty
	 * result withholds nothing and is an "allow" without a rule. */
	char reason[256];
	snprintf(reason, sizeof reason, "listed %zu of %zu conversations examined%s%s%s%s%s",
		 L->returned, L->examined, L->pn[0] ? " of one user" : "",
		 L->f.pseudonym ? " (by pseudonym)" : "", L->label ? " with label " : "",
		 L->label ? L->lk : "", L->budget_spent ? "; scan limit reached" : "");
	json_t *e = req_entry(r, L->returned || !L->examined ? "allow" : "deny", action,
			      "conversation", L->examined ? &L->first : NULL, reason);
	if (e) {
		if (L->pn[0])
			json_object_set_new(e, "user", json_string(L->pn));
		json_object_set_new(e, "returned", json_incref(L->ids));
		if (L->returned > VIEW_IDS_IN_ENTRY)
			json_object_set_new(e, "truncated", json_true());
	}
	req_reply(r, 200,
		  json_pack("{s:O,s:o}", "conversations", L->items, "next",
			    next[0] ? json_string(next) : json_null()));
	req_record(r, e);
	return PIPE_SEND;
}
