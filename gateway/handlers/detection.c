/* detection: locks, break-glass reviews and alerts (docs/DETECTION.md).
 *
 *   GET    /v1/locks               [lock:write]    the locks in force
 *   POST   /v1/locks               [lock:write]    {"principal", "until", "reason"}
 *   DELETE /v1/locks/{principal}   [lock:write]
 *   GET    /v1/reviews             [review:read]   ?state=open|closed&cursor=&limit=
 *   POST   /v1/reviews/{id}        [review:write]  {"outcome", "note"}
 *   GET    /v1/alerts              [alert:read]    ?since=&kind=&limit=
 *
 * Loads parse the input (400 before the decision); changes are recorded as a
 * second entry after acting, before the answer. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "detect.h"
#include "handlers.h"
#include "policy.h"
#include "req.h"
#include "timefmt.h"

#define REASON_MAX 256
#define NOTE_MAX   1000

/* A string member of at most max bytes without control characters; NULL
 * when absent. *bad: why it is unacceptable. */
static const char *text(const json_t *o, const char *key, size_t max, const char **bad)
{
	const json_t *v = json_object_get(o, key);
	if (!v)
		return NULL;
	const char *s = json_string_value(v);
	if (!s || json_string_length(v) > max || strlen(s) != json_string_length(v)) {
		*bad = key;
		return NULL;
	}
	for (const char *p = s; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*bad = key;
	return s;
}

/* Answers 200 with o (or 500) and records the change with member name =
 * rec (stolen) on resource. */
static void record_change(struct req *r, unsigned status, json_t *o, const char *resource,
			  const char *what, const char *name, json_t *rec)
{
	if (!o) {
		json_decref(rec);
		req_error(r, 500, "internal", "out of memory");
		return;
	}
	req_reply(r, status, o);
	json_t *e = req_entry(r, "allow", r->route->action, resource, &r->decision, what);
	if (e && rec)
		json_object_set(e, name, rec);
	json_decref(rec);
	req_record(r, e);
}

/* ---- locks ---------------------------------------------------------------- */

void h_lock_name(struct req *r, char *out, size_t outsz)
{
	snprintf(out, outsz, "lock/%s", req_param(r, 0));
}

void h_locks_list_act(struct req *r)
{
	json_t *arr = detect_locks_json(r->app->detect);
	json_t *o = arr ? json_pack("{s:o}", "locks", arr) : NULL;
	if (!o) {
		req_error(r, 500, "internal", "out of memory");
		return;
	}
	req_reply(r, 200, o);
}

int h_lock_add_load(struct req *r)
{
	json_t *b = req_body_state(r);
	if (!b)
		return PIPE_SEND;
	const char *bad = NULL;
	const char *p = text(b, "principal", POL_PRINCIPAL_MAX, &bad);
	const char *until = text(b, "until", 40, &bad);
	(void)text(b, "reason", REASON_MAX, &bad);
	time_t t = 0;
	if (!bad && (!p || !pol_principal_ok(p)))
		bad = "principal";
	if (!bad && until && (time_parse_rfc3339(until, &t) || t <= 0))
		bad = "until";
	if (!bad && json_object_get(b, "until") && !until)
		bad = "until";
	if (bad) {
		req_error(r, 400, "bad_request",
			  "\"%s\" is missing or malformed (principal: a principal such as "
			  "user:corp/alice; until: RFC 3339 time; reason: at most %d bytes)",
			  bad, REASON_MAX);
		return PIPE_SEND;
	}
	snprintf(r->resource, sizeof r->resource, "lock/%s", p);
	return PIPE_NEXT;
}

void h_lock_add_act(struct req *r)
{
	const json_t *b = r->state;
	const char *p = json_string_value(json_object_get(b, "principal"));
	const char *until = json_string_value(json_object_get(b, "until"));
	const char *reason = json_string_value(json_object_get(b, "reason"));
	time_t t = 0;
	if (until)
		(void)time_parse_rfc3339(until, &t);
	int rc = detect_lock(r->app->detect, p, (uint64_t)t, reason ? reason : "", r->who->subject);
	if (rc) {
		req_fail(r, rc, "the lock could not be placed");
		return;
	}
	json_t *rec =
		json_pack("{s:s,s:s?,s:s?}", "principal", p, "until", until, "reason", reason);
	json_t *o = json_pack("{s:s,s:s?,s:s?,s:s}", "principal", p, "until", until, "reason",
			      reason, "by", r->who->subject);
	record_change(r, 201, o, r->resource, "locked", "lock", rec);
}

void h_lock_remove_act(struct req *r)
{
	const char *p = req_param(r, 0);
	int rc = detect_unlock(r->app->detect, p);
	if (rc) {
		req_fail(r, rc,
			 rc == DB_E_NOTFOUND ? "no lock on that principal"
					     : "the lock could not be removed");
		return;
	}
	record_change(r, 200, json_pack("{s:s,s:b}", "principal", p, "unlocked", 1), r->resource,
		      "unlocked", "lock", json_pack("{s:s}", "principal", p));
}

/* ---- reviews -------------------------------------------------------------- */

struct page {
	uint64_t since, limit;
	char kind[40];
	char state[8]; /* "" = open, then closed */
};

static int page_load(struct req *r, const char *since_key)
{
	struct page *pg = req_state_new(r, sizeof *pg, NULL);
	if (!pg)
		return PIPE_SEND;
	const char *s = req_query(r, since_key);
	const char *old = req_query(r, "since_id"); /* the earlier name of ?since */
	const char *l = req_query(r, "limit");
	const char *k = req_query(r, "kind");
	const char *st = req_query(r, "state");
	if (!s)
		s = old;
	if (s && h_parse_u64(s, 0, INT64_MAX, &pg->since)) {
		req_error(r, 400, "bad_request", "%s must be a non-negative integer", since_key);
		return PIPE_SEND;
	}
	if (l && (h_parse_u64(l, 1, 1000, &pg->limit))) {
		req_error(r, 400, "bad_request", "limit must be in 1..1000");
		return PIPE_SEND;
	}
	if (k && (!k[0] || strlen(k) >= sizeof pg->kind)) {
		req_error(r, 400, "bad_request", "kind must be 1..32 characters");
		return PIPE_SEND;
	}
	if (st && strcmp(st, "open") && strcmp(st, "closed")) {
		req_error(r, 400, "bad_request", "state must be open or closed");
		return PIPE_SEND;
	}
	snprintf(pg->kind, sizeof pg->kind, "%s", k ? k : "");
	snprintf(pg->state, sizeof pg->state, "%s", st ? st : "");
	return PIPE_NEXT;
}

int h_reviews_list_load(struct req *r)
{
	return page_load(r, "cursor");
}

void h_reviews_list_act(struct req *r)
{
	const struct page *pg = r->state;
	json_t *arr = NULL, *more = NULL;
	uint64_t next = 0, n2 = 0;
	int rc = detect_reviews(r->app->detect, pg->state[0] ? pg->state : "open", pg->since,
				pg->limit, &arr, &next);
	/* Without a state: the open ones first, then the newest closed ones. */
	if (!rc && !pg->state[0])
		rc = detect_reviews(r->app->detect, "closed", 0, pg->limit, &more, &n2);
	if (!rc && more)
		rc = json_array_extend(arr, more) ? CUSTOS_E_NOMEM : 0;
	json_decref(more);
	if (rc) {
		json_decref(arr);
		req_fail(r, rc, "the reviews could not be read");
		return;
	}
	json_t *o = json_pack("{s:o,s:I}", "reviews", arr, "next", (json_int_t)next);
	if (!o) {
		req_error(r, 500, "internal", "out of memory");
		return;
	}
	req_reply(r, 200, o);
}

void h_review_name(struct req *r, char *out, size_t outsz)
{
	snprintf(out, outsz, "review/%s", req_param(r, 0));
}

int h_review_close_load(struct req *r)
{
	uint64_t id = 0;
	if (h_parse_u64(req_param(r, 0), 1, INT64_MAX, &id)) {
		req_error(r, 400, "bad_request", "a review id is a positive integer");
		return PIPE_SEND;
	}
	json_t *b = req_body_state(r);
	if (!b)
		return PIPE_SEND;
	const char *bad = NULL;
	const char *outcome = text(b, "outcome", 16, &bad);
	(void)text(b, "note", NOTE_MAX, &bad);
	if (!bad && (!outcome || (strcmp(outcome, "acknowledged") && strcmp(outcome, "escalated"))))
		bad = "outcome";
	if (bad) {
		req_error(r, 400, "bad_request",
			  "\"%s\" is missing or malformed (outcome: acknowledged or escalated; "
			  "note: at most %d bytes)",
			  bad, NOTE_MAX);
		return PIPE_SEND;
	}
	return PIPE_NEXT;
}

void h_review_close_act(struct req *r)
{
	const json_t *b = r->state;
	uint64_t id = 0;
	(void)h_parse_u64(req_param(r, 0), 1, INT64_MAX, &id);
	const char *outcome = json_string_value(json_object_get(b, "outcome"));
	const char *note = json_string_value(json_object_get(b, "note"));
	json_t *item = NULL;
	int rc = detect_review_close(r->app->detect, id, r->who->subject, outcome, note, &item);
	if (rc == DETECT_E_SELF) {
		req_fail(r, rc, "a break-glass use is reviewed by another person");
		req_record(r, req_entry(r, "deny", r->route->action, r->resource, NULL,
					"review_by_self"));
		return;
	}
	if (rc) {
		req_fail(r, rc, rc == DB_E_NOTFOUND ? "no such review" : "the review is not open");
		return;
	}
	record_change(r, 200, item, r->resource, outcome, "review",
		      json_pack("{s:I,s:s}", "id", (json_int_t)id, "outcome", outcome));
}

/* ---- alerts --------------------------------------------------------------- */

int h_alerts_load(struct req *r)
{
	return page_load(r, "since");
}

void h_alerts_act(struct req *r)
{
	const struct page *pg = r->state;
	json_t *arr = NULL;
	uint64_t next = 0;
	int rc = detect_alerts(r->app->detect, pg->since, pg->kind[0] ? pg->kind : NULL, pg->limit,
			       &arr, &next);
	if (rc) {
		req_fail(r, rc, "the alerts could not be read");
		return;
	}
	json_t *o = json_pack("{s:o,s:I,s:o*}", "alerts", arr, "next", (json_int_t)next, "delivery",
			      detect_delivery_json(r->app->detect));
	if (!o) {
		req_error(r, 500, "internal", "out of memory");
		return;
	}
	req_reply(r, 200, o);
}
