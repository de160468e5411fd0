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
#include "authz.h"
#include "config.h"
#include "handlers.h"
#include "hconv.h"
#include "log.h"
#include "routes.h"
#include "vault.h"

/* Phase 0 of the handlers that act on one existing conversation: identify,
 * load its attributes (404 recorded when missing or expired), decide and
 * record with extra members (may be NULL). Returns with the request awaiting
 * its record or an answer set. */
static void guard_existing(struct req *r, const json_t *extra)
{
	const char *id = r->params[0];
	char res[HCONV_RES_MAX];
	json_t *attrs = NULL;
	hconv_conv_resource(id, res);
	if (!r->who && authz_identify(r, r->route->action, res))
		return;
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
		json_t *e = authz_entry(r, "allow", "conversation:create", res, &r->who->decision,
					"created");
		if (e)
			json_object_set_new(e, "user", json_string(pn));
		hconv_record_outcome(e);
		http_reply_json(r, 201, json_pack("{s:s}", "id", id));
		return;
	}
	if (authz_identify(r, r->route->action, "conversation"))
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

/* The staff view of a vault_get document for decision d: message texts
 * redacted, "user" the pseudonym unless pii is allowed. 0 or -1. */
static int staff_view(json_t *doc, const pol_decision *d)
{
	uint64_t mask = 0;
	if (hconv_redact_mask(d, &mask))
		return -1;
	size_t i;
	json_t *m;
	json_array_foreach(json_object_get(doc, "messages"), i, m) {
		if (hconv_redact_member(m, "text", mask))
			return -1;
	}
	if (!hconv_pii_allowed(d) &&
	    json_object_set(doc, "user", json_object_get(doc, "user_pseudonym")))
		return -1;
	json_object_del(doc, "user_pseudonym");
	return 0;
}

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
	if (staff_view(doc, &r->who->decision)) {
		json_decref(doc);
		log_error("redaction failed; conversation withheld", "request_id", r->request_id);
		http_reply_error(r, 500, "internal", "the conversation could not be redacted");
		return;
	}
	http_reply_json(r, 200, doc);
}

/* ---- list ------------------------------------------------------------------ */

/* One listed item as shown to the caller: metadata only. */
static json_t *list_item(const json_t *attrs, const pol_decision *d, const char *user)
{
	json_t *o = json_deep_copy(attrs);
	if (!o)
		return NULL;
	json_object_del(o, "type");
	json_t *pn = json_object_get(o, "user_pseudonym");
	/* The raw id is only known when the caller named it in the query. */
	if (user && hconv_pii_allowed(d))
		json_object_set_new(o, "user", json_string(user));
	else
		json_object_set(o, "user", pn);
	json_object_del(o, "user_pseudonym");
	return o;
}

static int parse_limit(const char *s, size_t *out)
{
	char *end = NULL;
	*out = 0;
	if (!s)
		return 0;
	long v = strtol(s, &end, 10);
	if (!*s || *end || v < 1 || v > VAULT_LIST_MAX)
		return -1;
	*out = (size_t)v;
	return 0;
}

void h_conv_list(struct req *r)
{
	const char *action = r->route->action;
	json_t *page = NULL, *items = NULL, *ids = NULL;
	char lk[VAULT_MAX_LABEL_LEN + 1] = "", pn[35] = "";
	const char *lv = NULL;
	pol_decision d, first;
	memset(&d, 0, sizeof d);
	memset(&first, 0, sizeof first);
	size_t limit = 0, seen = 0, allowed = 0;

	if (authz_identify(r, action, "conversation"))
		return;
	const char *user = http_query(r, "user");
	const char *label = http_query(r, "label");
	const char *after = http_query(r, "after");
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
		lv = colon + 1;
	}
	if (parse_limit(http_query(r, "limit"), &limit)) {
		http_reply_error(r, 400, "bad_request", "limit: an integer from 1 to %d",
				 VAULT_LIST_MAX);
		goto out;
	}
	if (after && !hconv_valid_id(after, 'c')) {
		http_reply_error(r, 400, "bad_request", "after: not a conversation id");
		goto out;
	}
	int rc = vault_list(g_app.vault, user, label ? lk : NULL, lv, time(NULL), limit, after,
			    &page);
	if (rc) {
		hconv_vault_error(r, rc, "bad filter or cursor");
		goto out;
	}
	items = json_array();
	ids = json_array();
	if (!items || !ids) {
		http_reply_error(r, 500, "internal", "out of memory");
		goto out;
	}
	size_t i;
	json_t *attrs;
	json_array_foreach(json_object_get(page, "conversations"), i, attrs) {
		seen++;
		if (authz_decide(r, action, attrs, NULL, NULL, 0, &d))
			goto out;
		if (d.allow) {
			json_t *it = list_item(attrs, &d, user);
			if (!it || json_array_append_new(items, it)) {
				http_reply_error(r, 500, "internal", "out of memory");
				goto out;
			}
			if (allowed < HCONV_IDS_IN_ENTRY)
				json_array_append(ids, json_object_get(attrs, "id"));
			allowed++;
		}
		/* Keep the first allowing decision, or until there is one the
		 * latest denial (its roles and reason go into the entry). */
		if (!allowed || (d.allow && allowed == 1)) {
			pol_decision_clear(&first);
			first = d;
			memset(&d, 0, sizeof d);
		}
		pol_decision_clear(&d);
	}
	/* One entry for the call: the first allowing decision (roles, rule,
	 * redactions); "deny" when items were found and none was allowed; an
	 * empty result withholds nothing and is an "allow" without a rule. */
	char reason[256];
	snprintf(reason, sizeof reason, "listed %zu of %zu conversations%s%s%s", allowed, seen,
		 user ? " of one user" : "", label ? " with label " : "", label ? lk : "");
	json_t *e = authz_entry(r, allowed || !seen ? "allow" : "deny", action, "conversation",
				seen ? &first : NULL, reason);
	if (e) {
		if (user) {
			vault_pseudonym(g_app.vault, user, pn);
			json_object_set_new(e, "user", json_string(pn));
		}
		json_object_set_new(e, "returned", json_incref(ids));
		if (allowed > HCONV_IDS_IN_ENTRY)
			json_object_set_new(e, "truncated", json_true());
	}
	json_t *next = json_object_get(page, "next");
	http_reply_json(r, 200, json_pack("{s:O,s:O}", "conversations", items, "next",
					  next ? next : json_null()));
	http_record(r, e, 0);
out:
	pol_decision_clear(&d);
	pol_decision_clear(&first);
	json_decref(page);
	json_decref(items);
	json_decref(ids);
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
	if (authz_identify(r, r->route->action, res))
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
