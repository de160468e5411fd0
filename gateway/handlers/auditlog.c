/* auditlog: GET /v1/audit (query with filters and paging), GET
 * /v1/audit/verify (online chain check). The alerts are detection.c's.
 * Each read is itself a decision: it is recorded before it is answered, so a
 * query's own entry can show up in later pages. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "errmap.h"
#include "handlers.h"
#include "req.h"
#include "timefmt.h"

#define FILTER_VALUE_MAX 512

struct query_args {
	audit_filter f;
	char *subject, *resource, *decision, *action; /* decoded, owned */
};

static void query_args_clear(struct query_args *a)
{
	free(a->subject);
	free(a->resource);
	free(a->decision);
	free(a->action);
}

int h_parse_u64(const char *s, uint64_t min, uint64_t max, uint64_t *out)
{
	if (!s[0] || strlen(s) > 20)
		return -1;
	for (const char *p = s; *p; p++)
		if (*p < '0' || *p > '9')
			return -1;
	errno = 0;
	char *end = NULL;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || *end || v < min || v > max)
		return -1;
	*out = (uint64_t)v;
	return 0;
}

/* A string filter (http_query has decoded it): absent -> NULL; empty or too
 * long -> -1. *out is owned by the caller. */
static int str_arg(struct req *r, const char *name, char **out)
{
	const char *v = req_query(r, name);
	*out = NULL;
	if (!v)
		return 0;
	size_t n = strlen(v);
	if (n == 0 || n > FILTER_VALUE_MAX)
		return -1;
	*out = strdup(v);
	return *out ? 0 : -1;
}

/* A time filter: absent -> 0; an RFC 3339 time after the epoch -> *out;
 * anything else -> -1. */
static int time_arg(struct req *r, const char *name, time_t *out)
{
	const char *v = req_query(r, name);
	*out = 0;
	if (!v)
		return 0;
	if (strlen(v) > TIME_RFC3339_MAX || time_parse_rfc3339(v, out) || *out <= 0)
		return -1;
	return 0;
}

/* Reads the query string into a; on a bad value answers 400 and returns -1. */
static int parse_query(struct req *r, struct query_args *a)
{
	memset(a, 0, sizeof *a);
	if (str_arg(r, "subject", &a->subject) || str_arg(r, "resource", &a->resource) ||
	    str_arg(r, "decision", &a->decision) || str_arg(r, "action", &a->action)) {
		query_args_clear(a);
		req_error(r, 400, "bad_request",
			  "subject, resource, decision and action must be 1-%d characters "
			  "(percent-encoded)",
			  FILTER_VALUE_MAX);
		return -1;
	}
	a->f.subject = a->subject;
	a->f.resource = a->resource;
	a->f.decision = a->decision;
	a->f.action = a->action;
	if (time_arg(r, "since", &a->f.since_time) || time_arg(r, "until", &a->f.until_time) ||
	    (a->f.since_time && a->f.until_time && a->f.until_time <= a->f.since_time)) {
		query_args_clear(a);
		req_error(r, 400, "bad_request",
			  "since and until must be RFC 3339 times (2026-11-30T18:00:00Z) "
			  "after 1970, with until later than since");
		return -1;
	}
	const char *since = req_query(r, "since_seq");
	const char *limit = req_query(r, "limit");
	uint64_t v = 0;
	if (since) {
		if (h_parse_u64(since, 0, INT64_MAX, &v)) {
			query_args_clear(a);
			req_error(r, 400, "bad_request",
				  "since_seq must be a non-negative integer");
			return -1;
		}
		a->f.since_seq = v;
	}
	a->f.limit = AUDIT_QUERY_DEFAULT;
	if (limit) {
		if (h_parse_u64(limit, 1, AUDIT_QUERY_MAX, &v)) {
			query_args_clear(a);
			req_error(r, 400, "bad_request", "limit must be an integer from 1 to %d",
				  AUDIT_QUERY_MAX);
			return -1;
		}
		a->f.limit = (size_t)v;
	}
	return 0;
}

static void reply_audit_error(struct req *r, int rc)
{
	if (rc == AUDIT_E_UNAVAILABLE)
		req_fail(r, rc, "the audit log is being reopened");
	else
		req_fail(r, rc, "the audit log could not be read: %s", audit_strerror(rc));
}

static void query_args_free(void *p)
{
	query_args_clear(p);
	free(p);
}

int h_audit_query_load(struct req *r)
{
	struct query_args *a = malloc(sizeof *a);
	if (!a) {
		req_error(r, 500, "internal", "out of memory");
		return PIPE_SEND;
	}
	if (parse_query(r, a)) {
		free(a);
		return PIPE_SEND;
	}
	req_keep(r, a, query_args_free);
	return PIPE_NEXT;
}

void h_audit_query_act(struct req *r)
{
	struct query_args *a = r->state;
	json_t *entries = NULL;
	uint64_t next = 0;
	int rc = audit_query(r->app->audit, &a->f, &entries, &next);
	if (rc) {
		reply_audit_error(r, rc);
		return;
	}
	json_t *o = json_object();
	if (!o) {
		json_decref(entries);
		req_error(r, 500, "internal", "out of memory");
		return;
	}
	json_object_set_new(o, "entries", entries);
	json_object_set_new(o, "next_seq", json_integer((json_int_t)next));
	req_reply(r, 200, o);
}

void h_audit_verify_act(struct req *r)
{
	audit_verify_result v;
	memset(&v, 0, sizeof v);
	int rc = audit_verify(r->app->audit, &v);
	if (rc) {
		reply_audit_error(r, rc);
		return;
	}
	json_t *o;
	if (v.ok)
		o = json_pack("{s:b,s:I,s:{s:I,s:s}}", "ok", 1, "entries", (json_int_t)v.entries,
			      "head", "seq", (json_int_t)v.head_seq, "hash", v.head_hash);
	else
		o = json_pack("{s:b,s:I,s:s,s:I,s:{s:I,s:s}}", "ok", 0, "first_bad_seq",
			      (json_int_t)v.first_bad_seq, "reason", v.reason, "entries",
			      (json_int_t)v.entries, "head", "seq", (json_int_t)v.head_seq, "hash",
			      v.head_hash);
	if (!o) {
		req_error(r, 500, "internal", "out of memory");
		return;
	}
	req_reply(r, 200, o);
}
