/* admin_policy: the policy's versions, rollback and simulation. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "admin.h"
#include "authz.h"
#include "errors.h"
#include "handlers.h"
#include "identity.h"
#include "req.h"
#include "store.h"
#include "vault.h"

#define ADMIN_MAX_GROUPS 64
#define SIM_CONV_ID_MAX  128 /* a conversation id in a simulation */

/* ---- versions and rollback ------------------------------------------------ */

/* Parses a non-negative integer query argument; 1 absent, 0 ok, -1 bad. */
static int query_u64(struct req *r, const char *name, uint64_t max, uint64_t *out)
{
	const char *s = req_query(r, name);
	if (!s)
		return 1;
	char *end = NULL;
	if (!*s || *s == '-' || *s == '+')
		return -1;
	unsigned long long v = strtoull(s, &end, 10);
	if (*end || v > max)
		return -1;
	*out = v;
	return 0;
}

void h_policy_versions_act(struct req *r)
{
	pol_store_page pg;
	memset(&pg, 0, sizeof pg);
	pg.newest_first = true;
	pg.summary = true;
	uint64_t since = 0, from = 0, limit = POL_STORE_DEFAULT_LIST, full = 0;
	int hs = query_u64(r, "since", UINT64_MAX / 2, &since);
	int hf = query_u64(r, "from", UINT64_MAX / 2, &from);
	int hl = query_u64(r, "limit", POL_STORE_MAX_LIST, &limit);
	int hx = query_u64(r, "full", 1, &full);
	if (hs < 0 || hf < 0 || hl < 0 || hx < 0 || (hl == 0 && limit == 0) ||
	    (hs == 0 && hf == 0)) {
		admin_fail(r, 400, "bad_request", NULL,
			   "since/from are versions (use one), limit is 1..%d, full is 0 or 1",
			   POL_STORE_MAX_LIST);
		return;
	}
	if (hs == 0) { /* oldest first, from `since` inclusive */
		pg.newest_first = false;
		pg.from = since ? since : 1;
	} else if (hf == 0) {
		if (from == 0) {
			admin_fail(r, 400, "bad_request", NULL, "from must be >= 1");
			return;
		}
		pg.from = from;
	}
	pg.limit = (size_t)limit;
	pg.summary = !full;
	json_t *recs = NULL;
	uint64_t next = 0, cur = 0;
	int rc = pol_store_version(r->app->store, &cur);
	if (!rc && !(pg.newest_first && cur == 0) && !(!pg.newest_first && pg.from > cur))
		rc = pol_store_list_versions(r->app->store, &pg, &recs, &next);
	if (rc) {
		admin_fail_store(r, rc, NULL);
		return;
	}
	if (!recs)
		recs = json_array();
	req_reply(r, 200,
		  json_pack("{s:o,s:o,s:s,s:I}", "versions", recs, "next",
			    next ? json_integer((json_int_t)next) : json_null(), "order",
			    pg.newest_first ? "newest_first" : "oldest_first", "current",
			    (json_int_t)cur));
}

void h_policy_rollback_act(struct req *r)
{
	json_t *body = NULL, *rec = NULL;
	char err[512] = "";
	body = admin_body(r);
	if (!body)
		goto out;
	json_t *to = json_object_get(body, "to");
	if (!json_is_integer(to) || json_integer_value(to) < 0) {
		admin_fail(r, 400, "bad_request", "$.to",
			   "\"to\" must be a version (integer >= 0)");
		goto out;
	}
	int64_t target = (int64_t)json_integer_value(to);
	uint64_t v = 0;
	int rc = pol_store_rollback(r->app->store, r->who->subject, target, &v, err, sizeof err);
	if (rc == POL_STORE_E_NOTFOUND) {
		admin_fail(r, 404, "not_found", NULL, "no policy version %lld", (long long)target);
		goto out;
	}
	if (rc) {
		admin_fail_store(r, rc, err);
		goto out;
	}
	json_t *changes = json_array();
	if (pol_store_get_version(r->app->store, v, &rec) == 0) {
		size_t i;
		json_t *c;
		json_array_foreach (json_object_get(json_object_get(rec, "change"), "changes"), i,
				    c)
			json_array_append_new(
				changes, json_pack("{s:O,s:O}", "kind", json_object_get(c, "kind"),
						   "target", json_object_get(c, "target")));
	}
	admin_answer_change(r, 200,
			    json_pack("{s:I,s:I,s:o}", "version", (json_int_t)v, "to",
				      (json_int_t)target, "changes", changes),
			    "rollback", v, NULL);
out:
	json_decref(rec);
}

/* ---- simulate --------------------------------------------------------------- */

/* Optional string member: 0 ok (*out NULL when absent), -1 wrong type/size. */
static int opt_str(const json_t *o, const char *key, size_t max, const char **out)
{
	json_t *v = json_object_get(o, key);
	*out = NULL;
	if (!v)
		return 0;
	if (!json_is_string(v) || json_string_length(v) == 0 || json_string_length(v) > max)
		return -1;
	*out = json_string_value(v);
	return 0;
}

/* A snapshot of the proposed documents with the stored bindings. NULL with an
 * answer set (and recorded) on failure. */
static pol_snapshot *compile_proposed(struct req *r, const json_t *docs)
{
	pol_vocab vocab;
	vocab.custom_redact = admin_vocab(r, &vocab.ncustom);
	pol_error pe;
	memset(&pe, 0, sizeof pe);
	if (pol_set_validate(docs, NULL, vocab.custom_redact, vocab.ncustom, &pe)) {
		char path[sizeof pe.path + 16];
		snprintf(path, sizeof path, "$.documents%.250s", pe.path + 1);
		admin_fail(r, 400, "invalid_policy", path, "%s: %s", path, pe.msg);
		return NULL;
	}
	pol_snapshot *s = NULL;
	int rc = pol_store_compile(r->app->store, docs, &vocab, &s, NULL, &pe);
	if (rc && (rc > POL_EDOC || rc < POL_EARG))
		admin_fail_store(r, rc, NULL);
	else if (rc)
		admin_fail(r, 400, "invalid_policy", NULL, "cannot compile: %s: %s", pe.path,
			   pe.msg);
	return s;
}

void h_policy_simulate_act(struct req *r)
{
	const char *res = r->resource;
	json_t *body = NULL;
	pol_snapshot *proposed = NULL;
	json_t *conv_attrs = NULL;
	struct identity *as = NULL;
	pol_decision d;
	memset(&d, 0, sizeof d);
	const char *principals[1 + ADMIN_MAX_GROUPS];
	size_t np = 0;
	body = admin_body(r);
	if (!body)
		goto out;
	const char *action, *subject, *purpose, *client;
	if (opt_str(body, "action", 64, &action) || !action || !pol_action_known(action)) {
		admin_fail(r, 400, "bad_request", "$.action",
			   "\"action\" must name a known action");
		goto out;
	}
	if (opt_str(body, "subject", POL_PRINCIPAL_MAX, &subject) || !subject ||
	    !pol_principal_ok(subject)) {
		admin_fail(r, 400, "bad_request", "$.subject",
			   "\"subject\" (a principal such as user:corp/alice) is required");
		goto out;
	}
	if (opt_str(body, "purpose", POL_PURPOSE_MAX, &purpose) ||
	    (purpose && pol_purpose_check(purpose, strlen(purpose)))) {
		admin_fail(r, 400, "bad_request", "$.purpose",
			   "\"purpose\" must be 1-256 printable ASCII characters");
		goto out;
	}
	if (opt_str(body, "client", POL_PRINCIPAL_MAX, &client) ||
	    (client && !pol_principal_ok(client))) {
		admin_fail(r, 400, "bad_request", "$.client", "\"client\" must be a principal");
		goto out;
	}
	json_t *resource = json_object_get(body, "resource");
	json_t *claims = json_object_get(body, "claims");
	json_t *groups = json_object_get(body, "groups");
	json_t *hour = json_object_get(body, "hour_utc");
	json_t *docs = json_object_get(body, "documents");
	if ((resource && !json_is_object(resource)) || (claims && !json_is_object(claims))) {
		admin_fail(r, 400, "bad_request", NULL,
			   "\"resource\" and \"claims\" must be objects");
		goto out;
	}
	if (hour && (!json_is_integer(hour) || json_integer_value(hour) < 0 ||
		     json_integer_value(hour) > 23)) {
		admin_fail(r, 400, "bad_request", "$.hour_utc", "\"hour_utc\" must be 0..23");
		goto out;
	}
	const char *conv = NULL;
	if (opt_str(body, "conversation", SIM_CONV_ID_MAX, &conv) || (conv && resource)) {
		admin_fail(r, 400, "bad_request", "$.conversation",
			   "\"conversation\" is a conversation id of at most %d characters, "
			   "in place of \"resource\"",
			   SIM_CONV_ID_MAX);
		goto out;
	}
	if (conv) {
		/* A real conversation's attributes, as its requests are decided
		 * on (vault_meta: nothing is decrypted). */
		int vrc = vault_meta(r->app->vault, conv, time(NULL), &conv_attrs);
		if (vrc == VAULT_E_NOTFOUND) {
			admin_fail(r, 404, "not_found", "$.conversation", "no such conversation");
			goto out;
		}
		if (vrc) {
			admin_fail(r, 503, "store_unavailable", NULL,
				   "the conversation could not be read: %s", custos_strerror(vrc));
			goto out;
		}
		resource = conv_attrs;
	}
	if (docs && !json_is_array(docs)) {
		admin_fail(r, 400, "bad_request", "$.documents",
			   "\"documents\" must be an array of role documents");
		goto out;
	}
	principals[np++] = subject;
	if (groups) {
		size_t i;
		json_t *g;
		if (!json_is_array(groups) || json_array_size(groups) > ADMIN_MAX_GROUPS) {
			admin_fail(r, 400, "bad_request", "$.groups",
				   "\"groups\" must be an array of at most %d group principals",
				   ADMIN_MAX_GROUPS);
			goto out;
		}
		json_array_foreach (groups, i, g) {
			const char *gs = json_string_value(g);
			pol_principal gp;
			if (!gs || pol_principal_parse(gs, json_string_length(g), &gp, NULL) ||
			    gp.kind != POL_PRINCIPAL_GROUP) {
				admin_fail(r, 400, "bad_request", "$.groups",
					   "$.groups[%zu]: a group principal is group:ISSUER/NAME",
					   i);
				goto out;
			}
			principals[np++] = gs;
		}
	}
	if (docs) {
		proposed = compile_proposed(r, docs);
		if (!proposed)
			goto out;
	}

	/* The subject named, with the groups given (bootstrap admins among its
	 * principals hold the built-in admin role, as for a request). */
	struct ident_ctx ic = {.admins = r->app->admins, .nadmins = r->app->nadmins};
	if (ident_named(&ic, subject, principals + 1, np - 1, &as)) {
		admin_fail(r, 500, "internal", NULL, "out of memory");
		goto out;
	}
	struct authz_ask ask = {.subject = as,
				.client = client ? client : r->client,
				.purpose = purpose ? purpose
						   : (r->who->purpose[0] ? r->who->purpose : NULL),
				.claims = claims,
				.hour_utc = hour ? (int)json_integer_value(hour) : -1,
				.action = action,
				.resource = resource,
				.explain = 1};
	int rc = authz_decide(r->app->policy, proposed, &ask, &d);
	if (rc) {
		admin_fail(r, 500, "internal", NULL, "the policy could not be evaluated: %s",
			   custos_strerror(rc));
		goto out;
	}
	json_t *o = authz_decision_json(&d, 1);
	if (o) {
		json_object_set_new(o, "proposed", json_boolean(proposed != NULL));
		json_object_set_new(o, "explain", d.explain ? json_incref(d.explain) : json_null());
	}
	req_reply(r, 200, o);
	json_t *e = req_entry(r, "allow", "policy:read", res, &r->decision, "simulation");
	if (e) {
		json_t *sim = json_pack("{s:s,s:s,s:s,s:o,s:b,s:I}", "subject", subject, "action",
					action, "decision", d.allow ? "allow" : "deny", "rule",
					d.rule[0] ? json_string(d.rule) : json_null(), "proposed",
					proposed != NULL, "policy_version",
					(json_int_t)d.policy_version);
		if (sim && conv)
			json_object_set_new(sim, "conversation", json_string(conv));
		json_object_set_new(e, "simulation", json_true());
		json_object_set_new(e, "simulated", sim);
	}
	req_record(r, e);
out:
	pol_decision_clear(&d);
	pol_snapshot_free(proposed);
	json_decref(conv_attrs);
	ident_free(as);
}
