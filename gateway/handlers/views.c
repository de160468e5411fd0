/* views: how decisions show end-user data, staff pseudonyms, the access
 * log, and the vault's errors as answers (views.h). */
#include "views.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "errmap.h"
#include "log.h"
#include "redact.h"
#include "req.h"
#include "vault.h"

int view_not_found(struct req *r)
{
	req_error(r, 404, "not_found", "no such %s",
		  !strncmp(r->resource, "concern", 7) ? "concern" : "conversation");
	req_record(r, req_entry(r, "error", r->route->action, r->resource, NULL, "not_found"));
	return PIPE_SEND;
}

void view_vault_error(struct req *r, int rc, const char *err)
{
	unsigned status;
	const char *code, *msg = "the conversation store failed";
	errmap_http(rc, &status, &code);
	if (rc == VAULT_E_INVALID || rc == VAULT_E_RETIRED)
		msg = err && err[0] ? err : "invalid input";
	else if (rc == VAULT_E_NOTFOUND)
		msg = "no such conversation";
	else if (rc == VAULT_E_HOLD)
		msg = "the conversation is under legal hold";
	else if (rc == VAULT_E_LIMIT)
		msg = "the conversation holds the most messages allowed";
	else if (rc == VAULT_E_FULL)
		msg = "the conversation store is full";
	else
		log_error("vault operation failed", "request_id", req_id(r), "error",
			  vault_strerror(rc));
	req_error(r, status, code, "%s", msg);
}

int view_pii_allowed(const pol_decision *d)
{
	size_t i;
	json_t *v;
	if (!d->redact)
		return 1;
	json_array_foreach (d->redact, i, v) {
		const char *s = json_string_value(v);
		if (s && !strcmp(s, "pii"))
			return 0;
	}
	return 1;
}

int view_redact_mask(const struct req *r, const pol_decision *d, uint64_t *mask)
{
	const char *names[POL_MAX_CUSTOM_REDACT + 16];
	size_t n = 0, i;
	json_t *v;
	*mask = 0;
	if (!d->redact)
		return 0;
	json_array_foreach (d->redact, i, v) {
		const char *s = json_string_value(v);
		if (!s || n == sizeof names / sizeof names[0])
			return -1;
		if (!strcmp(s, "pii"))
			continue;
		names[n++] = s;
	}
	if (n == 0)
		return 0;
	return redact_type_mask(r->app->redact, names, n, mask) == REDACT_OK ? 0 : -1;
}

int view_redact_member(const struct req *r, json_t *obj, const char *member, uint64_t mask)
{
	json_t *s = json_object_get(obj, member);
	if (!mask || !s)
		return 0;
	if (!json_is_string(s))
		return -1;
	char *out = NULL;
	size_t outlen = 0;
	if (redact_apply(r->app->redact, json_string_value(s), json_string_length(s), mask, &out,
			 &outlen, NULL) != REDACT_OK)
		return -1;
	int rc = json_object_set_new(obj, member, json_stringn(out, outlen)) ? -1 : 0;
	free(out);
	return rc;
}

int view_conversation(const struct req *r, json_t *doc, uint64_t mask, int pii)
{
	size_t i;
	json_t *m;
	json_array_foreach (json_object_get(doc, "messages"), i, m) {
		if (view_redact_member(r, m, "text", mask))
			return -1;
	}
	if (!pii && json_object_set(doc, "user", json_object_get(doc, "user_pseudonym")))
		return -1;
	json_object_del(doc, "user_pseudonym");
	return 0;
}

void view_actor(const struct req *r, const char *subject, char *out, size_t outsz)
{
	if (!subject) {
		snprintf(out, outsz, "unknown");
		return;
	}
	if (!strncmp(subject, "svc:", 4) || !strncmp(subject, "system:", 7)) {
		snprintf(out, outsz, "%s", subject);
		return;
	}
	char pn[VAULT_PN_LEN];
	vault_staff_pseudonym(r->app->vault, subject, pn);
	snprintf(out, outsz, "%s", pn);
}

static const char *actor_kind(const char *subject)
{
	if (!subject)
		return "unknown";
	if (!strncmp(subject, "svc:", 4))
		return "service";
	if (!strncmp(subject, "system:", 7))
		return "system";
	return "person";
}

/* What an access came to when no outcome entry says more: by its decision
 * ("refused" by policy or revocation, "failed": not found, bad request...),
 * else the action's verb; "allowed" for one whose outcome is not known (an
 * allowed delete or erasure whose change then failed). */
static const char *default_outcome(json_t *e)
{
	static const char *const verbs[][2] = {
		{"conversation:read", "read"},
		{"conversation:list", "listed"},
		{"conversation:append", "appended"},
		{"conversation:hold", "hold_changed"},
		{"user:export", "exported"},
		{"user:consent", "consent_changed"},
		{"concern:read", "read"},
	};
	const char *d = json_string_value(json_object_get(e, "decision"));
	const char *a = json_string_value(json_object_get(e, "action"));
	if (d && !strcmp(d, "deny"))
		return "refused";
	if (!d || strcmp(d, "allow"))
		return "failed";
	for (size_t i = 0; a && i < sizeof verbs / sizeof verbs[0]; i++)
		if (!strcmp(a, verbs[i][0]))
			return verbs[i][1];
	return "allowed";
}

static json_t *access_record(const struct req *r, json_t *e)
{
	const char *subject = json_string_value(json_object_get(e, "subject"));
	char by[400];
	view_actor(r, subject, by, sizeof by);
	json_t *o = json_object();
	if (!o)
		return NULL;
	static const char *copy[] = {"time",  "decision", "action",  "resource", "client",
				     "roles", "rule",     "purpose", "reason"};
	json_object_set(o, "decision_id", json_object_get(e, "seq"));
	for (size_t i = 0; i < sizeof copy / sizeof copy[0]; i++) {
		json_t *v = json_object_get(e, copy[i]);
		json_object_set(o, copy[i], v ? v : json_null());
	}
	json_object_set_new(o, "by", json_string(by));
	json_object_set_new(o, "by_kind", json_string(actor_kind(subject)));
	json_t *oc = json_object_get(e, "outcome");
	json_object_set_new(o, "outcome", oc ? json_incref(oc) : json_string(default_outcome(e)));
	return o;
}

/* An outcome entry (a created id, a delete refused by a legal hold, an
 * erasure's counts) completes the line of its decision, found by request id
 * (rec_of: request id -> the line), instead of showing as an access of its
 * own: the line takes its outcome, and its decision when it refused. 1 when
 * merged. */
static int merge_outcome(json_t *rec_of, json_t *e)
{
	const char *rid = json_string_value(json_object_get(e, "request_id"));
	json_t *oc = json_object_get(e, "outcome");
	json_t *line = rid && oc ? json_object_get(rec_of, rid) : NULL;
	/* A client may send any X-Request-Id: the line must also be of the
	 * same action and resource (a create's decision names the type only,
	 * its outcome the new id: the line then takes the id). */
	const char *lres = json_string_value(json_object_get(line, "resource"));
	const char *eres = json_string_value(json_object_get(e, "resource"));
	size_t ln = lres ? strlen(lres) : 0;
	if (!line || !json_equal(json_object_get(line, "action"), json_object_get(e, "action")) ||
	    !lres || !eres || strncmp(lres, eres, ln) || (eres[ln] && eres[ln] != '/'))
		return 0;
	json_object_set(line, "resource", json_object_get(e, "resource"));
	json_object_set(line, "outcome", oc);
	json_object_set(line, "outcome_id", json_object_get(e, "seq"));
	const char *d = json_string_value(json_object_get(e, "decision"));
	if (d && !strcmp(d, "deny")) {
		json_object_set(line, "decision", json_object_get(e, "decision"));
		json_object_set(line, "reason", json_object_get(e, "reason"));
	}
	return 1;
}

int view_access_log(const struct req *r, const char *user, json_t **out, int *truncated)
{
	char pns[VAULT_PN_MAX][VAULT_PN_LEN];
	const char *users[VAULT_PN_MAX];
	uint64_t head = 0;
	char hash[AUDIT_HASH_HEX];
	json_t *log = json_array(), *rec_of = json_object();
	*out = NULL;
	*truncated = 0;
	if (!log || !rec_of || audit_head(r->app->audit, &head, hash)) {
		json_decref(log);
		json_decref(rec_of);
		return -1;
	}
	audit_filter f;
	memset(&f, 0, sizeof f);
	f.nusers = vault_pseudonyms_all(r->app->vault, user, pns, VAULT_PN_MAX);
	for (size_t i = 0; i < f.nusers; i++)
		users[i] = pns[i];
	f.users = users;
	f.limit = AUDIT_QUERY_MAX;
	f.since_seq = 1;
	while (f.since_seq <= head) {
		json_t *page = NULL;
		uint64_t next = 0;
		if (audit_query(r->app->audit, &f, &page, &next)) {
			json_decref(log);
			json_decref(rec_of);
			return -1;
		}
		size_t i;
		json_t *e;
		json_array_foreach (page, i, e) {
			if (merge_outcome(rec_of, e))
				continue;
			if (json_array_size(log) == VIEW_ACCESS_LOG_MAX) {
				*truncated = 1;
				break;
			}
			json_t *rec = access_record(r, e);
			const char *rid = json_string_value(json_object_get(e, "request_id"));
			if (!rec || json_array_append_new(log, rec) ||
			    (rid && json_object_set(rec_of, rid, rec))) {
				json_decref(page);
				json_decref(log);
				json_decref(rec_of);
				return -1;
			}
		}
		json_decref(page);
		if (*truncated || next <= f.since_seq)
			break;
		f.since_seq = next;
	}
	json_decref(rec_of);
	*out = log;
	return 0;
}

const char *view_body_user(struct req *r, const json_t *body, char pn[VAULT_PN_LEN])
{
	json_t *user = json_object_get(body, "user");
	if (!json_is_string(user) || json_string_length(user) == 0 ||
	    json_string_length(user) > VAULT_MAX_USER_LEN ||
	    strlen(json_string_value(user)) != json_string_length(user)) {
		req_error(r, 400, "bad_request",
			  "user: required, a string of 1 to %d bytes without NUL",
			  VAULT_MAX_USER_LEN);
		return NULL;
	}
	vault_pseudonym(r->app->vault, json_string_value(user), pn);
	return json_string_value(user);
}

int view_concern(const struct req *r, json_t *c, uint64_t mask, int pii)
{
	if (!pii && json_object_set(c, "user", json_object_get(c, "user_pseudonym")))
		return -1;
	json_object_del(c, "user_pseudonym");
	return view_redact_member(r, c, "text", mask);
}

json_t *view_capped_ids(const json_t *arr, int *truncated)
{
	json_t *o = json_array();
	size_t i;
	json_t *v;
	json_array_foreach (arr, i, v) {
		if (i == VIEW_IDS_IN_ENTRY) {
			*truncated = 1;
			break;
		}
		json_array_append(o, v);
	}
	return o;
}
