/* handlers_authz: POST /v1/authorize, the policy decision point for other
 * proxies. It decides for the caller's own identity, or for a named subject
 * when the caller may "authorize"; the decision is recorded like any other
 * and answered with 200 whatever it is. */
#include <string.h>

#include "authz.h"
#include "handlers.h"
#include "policy.h"

static int str_field(json_t *body, const char *key, size_t max, const char **out)
{
	json_t *v = json_object_get(body, key);
	*out = NULL;
	if (!v)
		return 0;
	if (!json_is_string(v) || json_string_length(v) == 0 || json_string_length(v) > max)
		return -1;
	*out = json_string_value(v);
	return 0;
}

/* "type/id" of the resource attributes, or NULL. */
static char *resource_name(const json_t *res)
{
	const char *type = json_string_value(json_object_get(res, "type"));
	const char *id = json_string_value(json_object_get(res, "id"));
	char *s = NULL;
	if (type && id && asprintf(&s, "%s/%s", type, id) < 0)
		s = NULL;
	else if (type && !id && asprintf(&s, "%s", type) < 0)
		s = NULL;
	return s;
}

static void authorize_decide(struct req *r)
{
	json_t *body = NULL;
	char *res_name = NULL;
	pol_decision d;
	memset(&d, 0, sizeof d);
	if (http_body_json(r, &body))
		goto out;
	const char *action, *purpose, *subject;
	if (str_field(body, "action", 64, &action) || !action || !pol_action_known(action) ||
	    !strcmp(action, "*")) {
		http_reply_error(r, 400, "bad_request", "\"action\" must name a known action");
		goto out;
	}
	if (str_field(body, "purpose", AUTHZ_PURPOSE_MAX, &purpose) ||
	    str_field(body, "subject", 300, &subject)) {
		http_reply_error(r, 400, "bad_request",
				 "\"purpose\" and \"subject\" must be non-empty strings");
		goto out;
	}
	json_t *res = json_object_get(body, "resource");
	if (res && !json_is_object(res)) {
		http_reply_error(r, 400, "bad_request", "\"resource\" must be an object");
		goto out;
	}
	res_name = resource_name(res);
	if (purpose)
		snprintf(r->who->purpose, sizeof r->who->purpose, "%s", purpose);
	if (subject && !strcmp(subject, r->who->subject))
		subject = NULL; /* asking about oneself needs no permission */
	if (subject) {
		if (authz_decide(r, "authorize", res, NULL, NULL, 0, &d))
			goto out;
		if (!d.allow) {
			authz_deny(r, "authorize", res_name, &d);
			goto out;
		}
		pol_decision_clear(&d);
	}
	pol_decision *dd = &r->who->decision;
	if (authz_decide(r, action, res, subject, NULL, 0, dd))
		goto out;
	json_t *e = authz_entry(r, dd->allow ? "allow" : "deny", action, res_name, dd, NULL);
	if (subject) {
		json_object_set_new(e, "subject", json_string(subject));
		json_object_set_new(e, "asked_by", json_string(r->who->subject));
	}
	json_object_set_new(e, "via", json_string("authorize"));
	http_record(r, e, 1);
out:
	pol_decision_clear(&d);
	json_decref(body);
	free(res_name);
}

void h_authorize(struct req *r)
{
	if (r->phase == 0) {
		if (authz_identify(r, "authorize", NULL))
			return;
		authorize_decide(r);
		return;
	}
	const pol_decision *d = &r->who->decision;
	/* "redact" and "hidden" are the same hidden set (redact: the name
	 * clients used before reveal) */
	json_t *o = json_pack("{s:s,s:o,s:s,s:o,s:o,s:o,s:I,s:I}", "decision",
			      d->allow ? "allow" : "deny", "rule",
			      d->rule[0] ? json_string(d->rule) : json_null(), "reason", d->reason,
			      "redact", d->redact ? json_deep_copy(d->redact) : json_array(), "hidden",
			      d->redact ? json_deep_copy(d->redact) : json_array(), "reveal",
			      d->reveal ? json_deep_copy(d->reveal) : json_array(), "policy_version",
			      (json_int_t)d->policy_version, "decision_id", (json_int_t)r->decision_id);
	http_reply_json(r, 200, o);
}
