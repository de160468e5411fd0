/* fuzz_policy_doc: role documents from untrusted JSON (admin API, CLI import).
 *
 * The input is parsed strictly (duplicate keys refused, as the gateway does).
 * An object is one role document, an array a document set; both go through
 * the first-error and the all-errors validators, which must agree. A valid set
 * is compiled and evaluated for every action with a fixed subject and a
 * resource built from the input: each leaf {"attr": "resource.P", "equals": V}
 * (or the first value of "in") sets P = V, so conditions can come out true. */
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <jansson.h>

#include "policy.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const CUSTOM[] = {"name", "ticket_id"};
#define NCUSTOM (sizeof CUSTOM / sizeof CUSTOM[0])
#define MAXERRS 16

/* Sets resource path (dot-separated, at most 8 segments) to v. */
static void resource_set(json_t *res, const char *path, json_t *v)
{
	char seg[65];
	json_t *o = res;
	for (int depth = 0; depth < 8; depth++) {
		const char *dot = strchr(path, '.');
		size_t n = dot ? (size_t)(dot - path) : strlen(path);
		if (n == 0 || n >= sizeof seg)
			return;
		memcpy(seg, path, n);
		seg[n] = '\0';
		if (!dot) {
			json_object_set(o, seg, v);
			return;
		}
		json_t *next = json_object_get(o, seg);
		if (!json_is_object(next)) {
			next = json_object();
			if (!next || json_object_set_new(o, seg, next) != 0)
				return;
		}
		o = next;
		path = dot + 1;
	}
}

static void harvest(const json_t *j, json_t *res, int depth)
{
	if (depth > 40)
		return;
	if (json_is_array(j)) {
		size_t i;
		const json_t *e;
		json_array_foreach(j, i, e)
			harvest(e, res, depth + 1);
		return;
	}
	if (!json_is_object(j))
		return;
	const char *attr = json_string_value(json_object_get(j, "attr"));
	if (attr && strncmp(attr, "resource.", 9) == 0) {
		json_t *v = json_object_get(j, "equals");
		if (!v && json_is_array(json_object_get(j, "in")))
			v = json_array_get(json_object_get(j, "in"), 0);
		if (v)
			resource_set(res, attr + 9, v);
	}
	const char *k;
	const json_t *v;
	json_object_foreach((json_t *)j, k, v)
		harvest(v, res, depth + 1);
}

static void check_decision(const pol_decision *d, int explain)
{
	assert(d->allow == 0 || d->allow == 1);
	assert(json_is_array(d->redact) && json_is_array(d->roles));
	assert(memchr(d->rule, '\0', sizeof d->rule) && memchr(d->reason, '\0', sizeof d->reason));
	if (!d->allow)
		assert(json_array_size(d->redact) == 0);
	else
		assert(d->rule[0]);
	size_t i;
	const json_t *e;
	json_array_foreach(d->redact, i, e)
		assert(json_is_string(e));
	assert(!explain || json_is_object(d->explain));
}

static void compile_and_eval(const json_t *set, const json_t *input, uint8_t salt)
{
	/* Every role of the set bound to the subject's group. */
	json_t *names = json_array(), *bindings = json_object();
	assert(names && bindings);
	size_t i;
	const json_t *doc;
	json_array_foreach(set, i, doc)
		json_array_append(names, json_object_get(doc, "name"));
	json_object_set_new(bindings, "group:corp/support", names);

	pol_error err;
	int rc = 0;
	pol_snapshot *s = pol_compile(set, bindings, 7, NULL, CUSTOM, NCUSTOM, &err, &rc);
	assert(s || rc == POL_ENOMEM);
	json_decref(bindings);
	if (!s)
		return;
	assert(pol_snapshot_version(s) == 7);
	assert(pol_snapshot_role_count(s) >= json_array_size(set));

	json_t *res = json_pack("{s:{s:s}, s:b, s:{s:b}}", "labels", "assignee", "user:corp/alice",
	                        "legal_hold", 0, "consent", "human_review", 1);
	json_t *claims = json_pack("{s:s, s:i}", "department", "support", "level", 2);
	assert(res && claims);
	harvest(input, res, 0);
	const char *principals[] = {"user:corp/alice", "group:corp/support"};
	const char *extra[] = {"admin"};
	pol_request req = {
		.subject_id = "user:corp/alice", .subject_kind = "user",
		.principals = principals, .nprincipals = 2,
		.extra_roles = extra, .nextra = salt & 1,
		.claims = claims, .client = "svc:support-console", .purpose = "ticket:42",
		.hour_utc = salt % 25 == 24 ? -1 : salt % 25, .resource = res,
		.explain = (salt >> 1) & 1,
	};
	for (size_t a = 0; a < pol_action_count(); a++) {
		pol_decision d;
		req.action = pol_action_name(a);
		rc = pol_eval(s, &req, &d);
		assert(rc == 0 || rc == POL_ENOMEM || rc == POL_ELIMIT);
		if (rc == 0) {
			check_decision(&d, req.explain);
			assert(d.policy_version == 7);
		}
		pol_decision_clear(&d);
	}
	json_decref(res);
	json_decref(claims);
	pol_snapshot_free(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 70000)
		return 0;
	json_error_t jerr;
	json_t *j = json_loadb((const char *)data, size, JSON_REJECT_DUPLICATES, &jerr);
	if (!j)
		return 0;
	uint8_t salt = size ? data[size - 1] : 0;
	pol_error err, errs[MAXERRS];
	size_t nerrs = 0;
	json_t *set = NULL;
	if (json_is_object(j)) {
		int rc1 = pol_doc_validate(j, NULL, CUSTOM, NCUSTOM, &err);
		int rc2 = pol_doc_validate_all(j, NULL, CUSTOM, NCUSTOM, errs, MAXERRS, &nerrs);
		assert(rc1 == rc2);
		assert((rc1 == 0) == (nerrs == 0));
		if (rc1 == 0) {
			set = json_array();
			assert(set);
			json_array_append(set, j);
		}
	} else if (json_is_array(j)) {
		int rc1 = pol_set_validate(j, NULL, CUSTOM, NCUSTOM, &err);
		int rc2 = pol_set_validate_all(j, NULL, CUSTOM, NCUSTOM, errs, MAXERRS, &nerrs);
		assert(rc1 == rc2);
		assert((rc1 == 0) == (nerrs == 0));
		if (rc1 == 0)
			set = json_incref(j);
	}
	if (set) {
		/* A single document that validates alone may still fail as a set
		 * (an inherits naming a role not present). */
		if (pol_set_validate(set, NULL, CUSTOM, NCUSTOM, &err) == 0)
			compile_and_eval(set, j, salt);
		json_decref(set);
	}
	json_decref(j);
	return 0;
}
