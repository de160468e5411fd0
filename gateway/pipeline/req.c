/* req: the request as routes see it: input, answers, entries, decisions. */
#include "req.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "authz.h"
#include "buf.h"
#include "errmap.h"
#include "http.h"
#include "jload.h"
#include "record.h"

const char *req_id(const struct req *r)
{
	return r->http->request_id;
}

const char *req_param(const struct req *r, size_t i)
{
	return i < r->nparams ? r->params[i] : "";
}

const char *req_method(const struct req *r)
{
	return r->http->method;
}

const char *req_header(struct req *r, const char *name)
{
	return http_header(r->http, name);
}

const char *req_query(struct req *r, const char *name)
{
	return http_query(r->http, name);
}

const char *req_body(struct req *r, size_t *len)
{
	*len = r->http->body.len;
	return r->http->body.len ? r->http->body.p : NULL;
}

int req_body_json(struct req *r, json_t **out)
{
	json_error_t je;
	size_t len = 0;
	const char *body = req_body(r, &len);
	*out = NULL;
	if (!body) {
		req_error(r, 400, "bad_request", "a JSON object body is required");
		return -1;
	}
	json_t *j = jload(body, len, JSON_REJECT_DUPLICATES, &je);
	if (!j) {
		req_error(r, 400, "bad_request", "invalid JSON at line %d column %d: %s", je.line,
			  je.column, je.text);
		return -1;
	}
	if (!json_is_object(j)) {
		json_decref(j);
		req_error(r, 400, "bad_request", "the body must be a JSON object");
		return -1;
	}
	*out = j;
	return 0;
}

json_t *req_body_state(struct req *r)
{
	json_t *body = NULL;
	if (req_body_json(r, &body))
		return NULL;
	req_keep(r, body, req_json_free);
	return body;
}

void req_reply(struct req *r, unsigned status, json_t *body)
{
	http_reply_json(r->http, status, body);
}

void req_reply_json_buf(struct req *r, unsigned status, struct buf *b)
{
	size_t len = 0;
	char *s = buf_take(b, &len);
	if (s)
		http_reply_text(r->http, status, "application/json", s, len);
	else
		req_error(r, 500, "internal", "out of memory");
}

void req_reply_text(struct req *r, unsigned status, const char *ctype, char *data, size_t len)
{
	http_reply_text(r->http, status, ctype, data, len);
}

void req_error(struct req *r, unsigned status, const char *code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	http_reply_verror(r->http, status, code, NULL, fmt, ap);
	va_end(ap);
}

void req_error_with(struct req *r, unsigned status, const char *code, const json_t *extra,
		    const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	http_reply_verror(r->http, status, code, extra, fmt, ap);
	va_end(ap);
}

void req_fail(struct req *r, int rc, const char *fmt, ...)
{
	unsigned status;
	const char *code;
	va_list ap;
	errmap_http(rc, &status, &code);
	va_start(ap, fmt);
	http_reply_verror(r->http, status, code, NULL, fmt, ap);
	va_end(ap);
}

void req_add_header(struct req *r, const char *name, const char *value)
{
	http_add_header(r->http, name, value);
}

json_t *req_entry(struct req *r, const char *decision, const char *action, const char *resource,
		  const pol_decision *d, const char *reason)
{
	struct record_src s = {.request_id = req_id(r),
			       .client = r->client,
			       .cert_sha256 = r->cert_sha256,
			       .who = r->who,
			       .policy = r->app->policy};
	json_t *e = record_entry(&s, decision, action, resource, d, reason);
	if (e && r->session) /* a signed-in person acting through the console */
		json_object_set_new(e, "via", json_string("console"));
	return e;
}

void req_record(struct req *r, json_t *entry)
{
	json_decref(r->entry);
	r->entry = entry;
	r->to_record = 1;
}

void req_record_outcome(struct req *r, json_t *entry)
{
	record_async(r->app->audit, entry, "outcome record not written");
}

/* The ask of the caller (or of as) in this request. */
static struct authz_ask ask(const struct req *r, const struct identity *as, const char *action,
			    const json_t *attrs, int explain)
{
	const struct identity *who = r->who;
	return (struct authz_ask){.subject = as ? as : who,
				  .client = r->client,
				  .purpose = who->purpose[0] ? who->purpose : NULL,
				  .hour_utc = -1,
				  .action = action,
				  .resource = attrs,
				  .explain = explain};
}

int req_decide(struct req *r, const char *action, const json_t *attrs, const struct identity *as,
	       const pol_snapshot *snap, int explain, pol_decision *d)
{
	struct authz_ask a = ask(r, as, action, attrs, explain);
	int rc = authz_decide(r->app->policy, snap, &a, d);
	if (rc)
		req_fail(r, rc, "the policy could not be evaluated");
	return rc ? -1 : 0;
}

int req_possible(struct req *r, const char *action, pol_decision *d)
{
	struct authz_ask a = ask(r, NULL, action, NULL, 0);
	int rc = authz_possible(r->app->policy, &a, d);
	if (rc)
		req_fail(r, rc, "the policy could not be evaluated");
	return rc ? -1 : 0;
}

int req_deny(struct req *r, const char *action, const char *resource, const pol_decision *d)
{
	req_error(r, 403, "forbidden", "%s", d->reason);
	json_t *e = req_entry(r, "deny", action, resource, d, NULL);
	if (e && r->extra)
		json_object_update(e, r->extra);
	req_record(r, e);
	return PIPE_SEND;
}

int req_decide_record(struct req *r, const char *action)
{
	pol_decision_clear(&r->decision);
	if (req_decide(r, action, r->attrs, NULL, NULL, 0, &r->decision))
		return PIPE_SEND;
	if (!r->decision.allow)
		return req_deny(r, action, r->resource, &r->decision);
	json_t *e = req_entry(r, "allow", action, r->resource, &r->decision, NULL);
	if (e && r->extra)
		json_object_update(e, r->extra);
	req_record(r, e);
	return PIPE_NEXT;
}

void req_keep(struct req *r, void *state, req_state_free_fn state_free)
{
	if (r->state && r->state_free)
		r->state_free(r->state);
	r->state = state;
	r->state_free = state_free;
}

void *req_state_new(struct req *r, size_t size, req_state_free_fn state_free)
{
	void *state = calloc(1, size);
	if (!state) {
		req_error(r, 500, "internal", "out of memory");
		return NULL;
	}
	req_keep(r, state, state_free ? state_free : free);
	return state;
}

void req_json_free(void *json)
{
	json_decref(json);
}
