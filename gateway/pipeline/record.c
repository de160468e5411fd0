/* record: entries and the record-then-continue step. */
#include "record.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "authz.h"
#include "detect.h"
#include "http-t.h"
#include "log.h"
#include "req-t.h"
#include "server.h"

/* A resource name that is not valid UTF-8 (a path parameter is raw bytes)
 * cannot be a JSON string: it is recorded percent-encoded instead ('%' and
 * every byte >= 0x80 as %HH), so the entry still names what was asked for,
 * and the entry says so with "resource_escaped": true. */
static json_t *resource_json(const char *resource, int *escaped)
{
	*escaped = 0;
	json_t *j = json_string(resource);
	if (j)
		return j;
	size_t n = strlen(resource), o = 0;
	char *buf = malloc(3 * n + 1);
	if (!buf)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)resource[i];
		if (c >= 0x80 || c == '%') {
			snprintf(buf + o, 4, "%%%02X", c);
			o += 3;
		} else {
			buf[o++] = (char)c;
		}
	}
	buf[o] = '\0';
	j = json_string(buf);
	free(buf);
	*escaped = j != NULL;
	return j;
}

static json_t *str_or_null(const char *s)
{
	return s && s[0] ? json_string(s) : json_null();
}

json_t *record_entry(const struct record_src *s, const char *decision, const char *action,
		     const char *resource, const pol_decision *d, const char *reason)
{
	const struct identity *who = s->who;
	json_t *e = json_object();
	if (!e)
		return NULL;
	json_object_set_new(e, "request_id", str_or_null(s->request_id));
	json_object_set_new(e, "decision", json_string(decision));
	json_object_set_new(e, "action", str_or_null(action));
	int escaped = 0;
	json_object_set_new(e, "resource",
			    resource && resource[0] ? resource_json(resource, &escaped)
						    : json_null());
	if (escaped)
		json_object_set_new(e, "resource_escaped", json_true());
	const char *subject = s->subject ? s->subject : who ? who->subject : s->client;
	json_object_set_new(e, "subject", str_or_null(subject));
	json_object_set_new(e, "client", str_or_null(s->client));
	json_object_set_new(e, "cert_sha256", str_or_null(s->cert_sha256));
	/* The decision's lists are shared, not copied (~4 % of an authorize):
	 * a decision is its request's, on one thread at a time, fresh per
	 * evaluation, and never changed once made; audit_entry_fit replaces a
	 * shared value, never changes it, and audit_submit renders the entry
	 * on the caller's thread (record.h). */
	json_object_set_new(e, "roles", d && d->roles ? json_incref(d->roles) : json_array());
	json_object_set_new(e, "rule", d && d->rule[0] ? json_string(d->rule) : json_null());
	json_object_set_new(e, "reason", json_string(reason ? reason : d ? d->reason : ""));
	json_object_set_new(e, "purpose", str_or_null(who ? who->purpose : NULL));
	if (d || s->policy)
		json_object_set_new(
			e, "policy_version",
			json_integer((json_int_t)(d ? d->policy_version
						    : authz_policy_version(s->policy))));
	else
		json_object_set_new(e, "policy_version", json_null());
	json_object_set_new(e, "redact", d && d->redact ? json_incref(d->redact) : json_array());
	return e;
}

static void async_done(void *arg, int rc, uint64_t seq)
{
	(void)seq;
	if (rc)
		log_error((const char *)arg, "error", audit_strerror(rc));
}

void record_async(struct audit *a, json_t *entry, const char *failed_msg)
{
	if (!entry) {
		log_error(failed_msg, "error", "out of memory");
		return;
	}
	audit_entry_fit(entry); /* on failure the submit reports it */
	audit_submit(a, entry, async_done, (void *)failed_msg);
}

static void durable(void *arg, int rc, uint64_t seq)
{
	struct req *r = arg;
	/* Written before the resume, whose lock orders them before the MHD
	 * thread's next look at r. */
	r->audit_rc = rc;
	r->audit_seq = rc == 0 ? seq : 0;
	server_resume(r->http);
}

void record_then(struct req *r)
{
	server_suspend(r->http);
	record_then_suspended(r);
}

void record_then_suspended(struct req *r)
{
	json_t *entry = r->entry;
	r->entry = NULL;
	r->recorded = 1;
	r->audit_rc = 0;
	if (entry && audit_entry_fit(entry))
		log_error("audit entry could not be bounded", "request_id", r->http->request_id);
	/* kept for detection, which observes it once durable (pipeline.c) */
	json_decref(r->observed);
	r->observed = json_incref(entry);
	/* durable may run before this returns (entry refused): the resume is
	 * then simply pending when the engine returns. */
	audit_submit(r->app->audit, entry, durable, r);
}
