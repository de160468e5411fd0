/* handlers_conv: the conversation data plane. Each handler loads the
 * resource attributes from the vault (nothing decrypted), decides, records
 * the decision naming the end user only by pseudonym, and only then acts:
 * reads are redacted per decision and show the user as a pseudonym unless
 * the decision allows "pii". See docs/PRIVACY.md. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "guard.h"
#include "config.h"
#include "handlers.h"
#include "hconv.h"
#include "log.h"
#include "routes.h"
#include "vault.h"

/* Phase 0 of the handlers that act on one existing conversation: identify,
 * refuse (403, recorded) a caller whom no rule could allow the action on any
 * conversation, load its attributes (404 recorded when missing or expired),
 * decide and record with extra members (may be NULL). A caller without any
 * right thus gets the same 403 for an id that exists and one that does not.
 * Returns with the request awaiting its record or an answer set. */
static void guard_existing(struct req *r, const json_t *extra)
{
	const char *id = r->params[0];
	char res[HCONV_RES_MAX];
	json_t *attrs = NULL;
	pol_decision may;
	hconv_conv_resource(id, res);
	if (!r->who && guard_identify(r, r->route->action, res))
		return;
	if (guard_decide_possible(r, r->route->action, &may))
		return;
	if (!may.allow) {
		json_t *e = guard_entry(r, "deny", r->route->action, res, &may, NULL);
		if (e && extra)
			json_object_update(e, (json_t *)extra);
		/* The end user's access log shows the attempt when the
		 * conversation exists; the answer is the same either way. */
		if (e && vault_meta(g_app.vault, id, time(NULL), &attrs) == 0)
			json_object_set(e, "user", json_object_get(attrs, "user_pseudonym"));
		json_decref(attrs);
		http_reply_error(r, 403, "forbidden", "%s", may.reason);
		http_record(r, e, 0);
		pol_decision_clear(&may);
		return;
	}
	pol_decision_clear(&may);
	int rc = vault_meta(g_app.vault, id, time(NULL), &attrs);
	if (rc == VAULT_E_NOTFOUND) {
		hconv_not_found(r, res);
		return;
	}
	if (rc) {
		hconv_vault_error(r, rc, NULL);
		return;
	}
	hconv_guard(r, res, attrs, json_string_value(json_object_get(attrs, "user_pseudonym")),
		    extra);
	json_decref(attrs);
}

/* ---- create ---------------------------------------------------------------- */

static int default_retention(void)
{
	long s = g_app.cfg->default_retention_s;
	return s > INT_MAX ? INT_MAX : (int)s;
}

void h_conv_create(struct req *r)
{
	if (r->phase == 1) {
		char id[40], err[256] = "";
		const json_t *body = r->state;
		int rc = vault_create(g_app.vault, body, time(NULL), default_retention(), id, err,
				      sizeof err);
		if (rc) {
			hconv_vault_error(r, rc, err);
			return;
		}
		char res[HCONV_RES_MAX], pn[35];
		hconv_conv_resource(id, res);
		vault_pseudonym(g_app.vault, json_string_value(json_object_get(body, "user")), pn);
		json_t *e = guard_entry(r, "allow", "conversation:create", res, &r->decision,
					"created");
		if (e)
			json_object_set_new(e, "user", json_string(pn));
		hconv_record_outcome(e);
		http_reply_json(r, 201, json_pack("{s:s}", "id", id));
		return;
	}
	if (guard_identify(r, r->route->action, "conversation"))
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
	/* The whole body is checked before the decision: a body the vault would
	 * refuse is a 400 without an allow in the log. */
	if (vault_create_check(body, time(NULL), err, sizeof err)) {
		json_decref(body);
		http_reply_error(r, 400, "bad_request", "%s", err);
		return;
	}
	/* The attributes the policy sees: what the conversation will have. */
	json_t *labels = json_object_get(body, "labels");
	json_t *consent = json_object_get(body, "consent");
	json_t *cur = NULL;
	/* The vault's effective consent: the user's current record if one was
	 * ever set, else the body's, else nothing allowed. */
	if (vault_consent_get(g_app.vault, user, &cur) != 0)
		cur = json_is_object(consent)
			      ? json_incref(consent)
			      : json_pack("{s:b,s:b}", "human_review", 0, "training", 0);
	json_t *attrs = json_pack(
		"{s:s, s:o, s:O, s:b, s:s}", "type", "conversation", "labels",
		json_is_object(labels) ? json_incref(labels) : json_object(), "consent", cur,
		"legal_hold", json_is_true(json_object_get(body, "legal_hold")), "user_pseudonym", pn);
	json_decref(cur);
	if (!attrs) {
		json_decref(body);
		http_reply_error(r, 500, "internal", "out of memory");
		return;
	}
	r->state = body;
	r->state_free = hconv_json_state_free;
	hconv_guard(r, "conversation", attrs, pn, NULL);
	json_decref(attrs);
}

/* ---- append ---------------------------------------------------------------- */

void h_conv_append(struct req *r)
{
	if (r->phase == 0) {
		guard_existing(r, NULL);
		return;
	}
	json_t *body = NULL;
	if (http_body_json(r, &body))
		return;
	char err[256] = "";
	size_t count = 0;
	int rc = vault_append(g_app.vault, r->params[0], body, time(NULL), &count, err, sizeof err);
	json_decref(body);
	if (rc) {
		hconv_vault_error(r, rc, err);
		return;
	}
	http_reply_json(r, 200, json_pack("{s:s,s:I}", "id", r->params[0], "messages",
					  (json_int_t)count));
}

/* ---- read ------------------------------------------------------------------ */

void h_conv_read(struct req *r)
{
	if (r->phase == 0) {
		guard_existing(r, NULL);
		return;
	}
	json_t *doc = NULL;
	int rc = vault_get(g_app.vault, r->params[0], time(NULL), &doc);
	if (rc) {
		hconv_vault_error(r, rc, NULL);
		return;
	}
	uint64_t mask = 0;
	if (hconv_redact_mask(&r->decision, &mask) ||
	    hconv_conversation_view(doc, mask, hconv_pii_allowed(&r->decision))) {
		json_decref(doc);
		log_error("redaction failed; conversation withheld", "request_id", r->request_id);
		http_reply_error(r, 500, "internal", "the conversation could not be redacted");
		return;
	}
	http_reply_json(r, 200, doc);
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
	if (raw_user && hconv_pii_allowed(d))
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
	const char *raw_user;   /* the user filter when it is a raw id */
	size_t limit;
	size_t examined, returned;
	int budget_spent;       /* stopped at list_scan_max with room on the page */
	char last[VAULT_ID_LEN + 1]; /* the last returned id */
	json_t *items, *ids;
	pol_decision first;     /* the entry's decision (see h_conv_list) */
};

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
	size_t budget = (size_t)g_app.cfg->list_scan_max;
	pol_decision d;
	memset(&d, 0, sizeof d);
	if (after)
		memcpy(pos, after, sizeof pos);
	for (;;) {
		json_t *page = NULL;
		size_t chunk = budget - L->examined;
		if (chunk > LIST_CHUNK)
			chunk = LIST_CHUNK;
		int rc = vault_list_filtered(g_app.vault, &L->f, time(NULL), chunk,
					     pos[0] ? pos : NULL, &page);
		if (rc) {
			hconv_vault_error(r, rc, "bad filter");
			return -1;
		}
		size_t i;
		json_t *attrs;
		json_array_foreach(json_object_get(page, "conversations"), i, attrs) {
			L->examined++;
			if (guard_decide(r, r->route->action, attrs, NULL, NULL, 0, &d)) {
				json_decref(page);
				return -1;
			}
			/* A raw id is a filter only for a caller who may see raw
			 * ids: for anyone else it matches nothing, so that a
			 * guessed identity cannot be confirmed. */
			int shown = d.allow && (!L->raw_user || hconv_pii_allowed(&d));
			if (shown) {
				json_t *it = list_item(attrs, &d, L->raw_user);
				if (!it || json_array_append_new(L->items, it)) {
					json_decref(page);
					pol_decision_clear(&d);
					http_reply_error(r, 500, "internal", "out of memory");
					return -1;
				}
				const char *id = json_string_value(json_object_get(attrs, "id"));
				snprintf(L->last, sizeof L->last, "%s", id ? id : "");
				if (L->returned < HCONV_IDS_IN_ENTRY)
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
 * tells apart what it may not from what does not exist (docs/PRIVACY.md). */
void h_conv_list(struct req *r)
{
	const char *action = r->route->action;
	struct listing L;
	char lk[VAULT_MAX_LABEL_LEN + 1] = "", pn[35] = "", scope[600];
	char after[VAULT_ID_LEN + 1] = "";
	pol_decision may;
	memset(&L, 0, sizeof L);
	memset(&may, 0, sizeof may);

	if (guard_identify(r, action, "conversation"))
		return;
	const char *user = http_query(r, "user");
	const char *label = http_query(r, "label");
	const char *cursor = http_query(r, "after");
	if (user && (!*user || strlen(user) > VAULT_MAX_USER_LEN)) {
		http_reply_error(r, 400, "bad_request", "user: 1 to %d bytes", VAULT_MAX_USER_LEN);
		goto out;
	}
	if (label) {
		const char *colon = strchr(label, ':');
		size_t kl = colon ? (size_t)(colon - label) : 0;
		if (!colon || kl == 0 || kl > VAULT_MAX_LABEL_LEN ||
		    strlen(colon + 1) > VAULT_MAX_LABEL_LEN) {
			http_reply_error(r, 400, "bad_request", "label: must be KEY:VALUE");
			goto out;
		}
		memcpy(lk, label, kl);
		lk[kl] = '\0';
		L.f.label_k = lk;
		L.f.label_v = colon + 1;
	}
	if (parse_limit(http_query(r, "limit"), &L.limit)) {
		http_reply_error(r, 400, "bad_request", "limit: an integer from 1 to %d",
				 VAULT_LIST_MAX);
		goto out;
	}
	/* ?user=u-<32 hex> is a pseudonym, anything else a raw end-user id. */
	if (user && vault_is_pseudonym(user)) {
		L.f.pseudonym = user;
		snprintf(pn, sizeof pn, "%s", user);
	} else if (user) {
		L.f.user = user;
		L.raw_user = user;
		vault_pseudonym(g_app.vault, user, pn);
	}
	list_scope(&L, pn, scope, sizeof scope);
	if (cursor) {
		size_t n = 0;
		if (vault_cursor_open(g_app.vault, scope, cursor, after, VAULT_ID_LEN, &n) ||
		    n != VAULT_ID_LEN) {
			http_reply_error(r, 400, "bad_request",
					 "after: not a cursor of this listing (use \"next\")");
			goto out;
		}
		after[VAULT_ID_LEN] = '\0';
	}

	/* No rule of the caller's could allow listing anything: 403, before
	 * the store is consulted, so the answer says nothing about the data. */
	if (guard_decide_possible(r, action, &may))
		goto out;
	if (!may.allow) {
		json_t *e = guard_entry(r, "deny", action, "conversation", &may, NULL);
		if (e && pn[0])
			json_object_set_new(e, "user", json_string(pn));
		http_reply_error(r, 403, "forbidden", "%s", may.reason);
		http_record(r, e, 0);
		goto out;
	}

	L.items = json_array();
	L.ids = json_array();
	if (!L.items || !L.ids) {
		http_reply_error(r, 500, "internal", "out of memory");
		goto out;
	}
	if (list_scan(r, &L, after[0] ? after : NULL))
		goto out;

	/* "next" only for a full page, and only from what was returned. */
	char next[2 * (VAULT_ID_LEN + 29) + 1] = "";
	if (L.returned == L.limit &&
	    vault_cursor_seal(g_app.vault, scope, L.last, VAULT_ID_LEN, next, sizeof next)) {
		http_reply_error(r, 500, "internal", "the cursor could not be made");
		goto out;
	}
	/* One entry for the call: the first showing decision (roles, rule,
	 * redactions); "deny" when items were found and all withheld; an empty
	 * result withholds nothing and is an "allow" without a rule. */
	char reason[256];
	snprintf(reason, sizeof reason, "listed %zu of %zu conversations examined%s%s%s%s%s",
		 L.returned, L.examined, pn[0] ? " of one user" : "",
		 L.f.pseudonym ? " (by pseudonym)" : "", label ? " with label " : "",
		 label ? lk : "", L.budget_spent ? "; scan limit reached" : "");
	json_t *e = guard_entry(r, L.returned || !L.examined ? "allow" : "deny", action,
				"conversation", L.examined ? &L.first : NULL, reason);
	if (e) {
		if (pn[0])
			json_object_set_new(e, "user", json_string(pn));
		json_object_set_new(e, "returned", json_incref(L.ids));
		if (L.returned > HCONV_IDS_IN_ENTRY)
			json_object_set_new(e, "truncated", json_true());
	}
	http_reply_json(r, 200, json_pack("{s:O,s:o}", "conversations", L.items, "next",
					  next[0] ? json_string(next) : json_null()));
	http_record(r, e, 0);
out:
	pol_decision_clear(&may);
	pol_decision_clear(&L.first);
	json_decref(L.items);
	json_decref(L.ids);
}

/* ---- delete ---------------------------------------------------------------- */

void h_conv_delete(struct req *r)
{
	if (r->phase == 0) {
		guard_existing(r, NULL);
		return;
	}
	int rc = vault_delete(g_app.vault, r->params[0]);
	if (rc) {
		hconv_vault_error(r, rc, NULL);
		return;
	}
	http_reply_json(r, 204, NULL);
}

/* ---- legal hold ------------------------------------------------------------ */

void h_conv_hold(struct req *r)
{
	if (r->phase == 1) {
		int hold = json_is_true(json_object_get(r->state, "legal_hold"));
		int rc = vault_set_hold(g_app.vault, r->params[0], hold);
		if (rc) {
			hconv_vault_error(r, rc, NULL);
			return;
		}
		http_reply_json(r, 200, json_pack("{s:s,s:b}", "id", r->params[0], "legal_hold",
						  hold));
		return;
	}
	char res[HCONV_RES_MAX];
	hconv_conv_resource(r->params[0], res);
	if (guard_identify(r, r->route->action, res))
		return;
	json_t *body = NULL;
	if (http_body_json(r, &body))
		return;
	json_t *h = json_object_get(body, "legal_hold");
	if (!json_is_boolean(h) || json_object_size(body) != 1) {
		json_decref(body);
		http_reply_error(r, 400, "bad_request",
				 "the body must be {\"legal_hold\": true|false}");
		return;
	}
	r->state = body;
	r->state_free = hconv_json_state_free;
	json_t *extra = json_pack("{s:O}", "legal_hold", h);
	guard_existing(r, extra);
	json_decref(extra);
}
