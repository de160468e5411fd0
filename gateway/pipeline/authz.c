/* authz: the one assembly of a policy request, and decisions. */
#include "authz.h"

#include <stdio.h>
#include <string.h>

#include "dclock.h"
#include "errors-t.h"
#include "jdump.h"

void authz_request(pol_request *q, const struct authz_ask *a, time_t now)
{
	static const char *const admin[1] = {POL_ADMIN_ROLE};
	const struct identity *s = a->subject;
	memset(q, 0, sizeof *q);
	q->subject_id = s->subject;
	q->subject_kind = s->kind;
	q->principals = (const char *const *)s->principals;
	q->nprincipals = s->nprincipals;
	q->extra_roles = admin;
	q->nextra = s->bootstrap_admin ? 1 : 0;
	q->claims = a->claims ? a->claims : s->token ? s->token->claims : NULL;
	q->client = a->client;
	q->purpose = a->purpose;
	if (a->hour_utc >= 0) {
		q->hour_utc = a->hour_utc;
	} else {
		struct tm tm;
		gmtime_r(&now, &tm);
		q->hour_utc = tm.tm_hour;
	}
	q->action = a->action;
	q->resource = a->resource;
	q->explain = a->explain;
	q->time_s = (int64_t)now; /* request.time.*, working hours */
}

/* A POL_ELIMIT deny is a decision (too many roles: denied), not a failure. */
static int result(int rc, pol_decision *d)
{
	if (rc == 0 || (rc == POL_ELIMIT && !d->allow))
		return 0;
	pol_decision_clear(d);
	return AUTHZ_E_EVAL;
}

int authz_decide(struct pol_holder *h, const pol_snapshot *snap, const struct authz_ask *a,
		 pol_decision *d)
{
	pol_request q;
	unsigned ticket = 0;
	memset(d, 0, sizeof *d);
	authz_request(&q, a, (time_t)dclock_now());
	const pol_snapshot *s = snap ? snap : pol_holder_acquire(h, &ticket);
	int rc = s ? result(pol_eval(s, &q, d), d) : AUTHZ_E_NOPOLICY;
	if (!snap)
		pol_holder_release(h, ticket);
	return rc;
}

int authz_possible(struct pol_holder *h, const struct authz_ask *a, pol_decision *d)
{
	pol_request q;
	unsigned ticket = 0;
	memset(d, 0, sizeof *d);
	authz_request(&q, a, (time_t)dclock_now());
	const pol_snapshot *s = pol_holder_acquire(h, &ticket);
	int rc = s ? result(pol_eval_possible(s, &q, d), d) : AUTHZ_E_NOPOLICY;
	pol_holder_release(h, ticket);
	return rc;
}

uint64_t authz_policy_version(struct pol_holder *h)
{
	unsigned ticket;
	const pol_snapshot *s = pol_holder_acquire(h, &ticket);
	uint64_t v = s ? pol_snapshot_version(s) : 0;
	pol_holder_release(h, ticket);
	return v;
}

void authz_refused(struct pol_holder *h, pol_decision *d, const char *reason)
{
	memset(d, 0, sizeof *d);
	snprintf(d->reason, sizeof d->reason, "%s", reason);
	d->redact = json_array();
	d->roles = json_array();
	d->policy_version = authz_policy_version(h);
}

json_t *authz_decision_json(const pol_decision *d, int roles)
{
	/* "redact" and "hidden" are the same hidden set (redact: the name
	 * clients used before reveal). The decision's own lists, shared (as
	 * "roles" is): a decision is its request's, and a reply is rendered
	 * on the request's thread (copying them was ~6 % of an authorize). */
	json_t *o = json_pack("{s:s,s:o,s:s,s:o,s:o,s:o}", "decision", d->allow ? "allow" : "deny",
			      "rule", d->rule[0] ? json_string(d->rule) : json_null(), "reason",
			      d->reason, "redact",
			      d->redact ? json_incref(d->redact) : json_array(), "hidden",
			      d->redact ? json_incref(d->redact) : json_array(), "reveal",
			      d->reveal ? json_incref(d->reveal) : json_array());
	if (!o)
		return NULL;
	if (roles)
		json_object_set_new(o, "roles", d->roles ? json_incref(d->roles) : json_array());
	json_object_set_new(o, "policy_version", json_integer((json_int_t)d->policy_version));
	return o;
}

/* A list of the decision as its JSON ("[]" when absent). */
static int dump_list(struct buf *b, const char *member, const json_t *list)
{
	int rc = buf_adds(b, member);
	if (!rc)
		rc = list ? jdump(list, JSON_COMPACT | JSON_PRESERVE_ORDER, b) : buf_adds(b, "[]");
	return rc;
}

int authz_decision_dump(const pol_decision *d, int roles, const uint64_t *decision_id,
			struct buf *b)
{
	/* authz_decision_json's members, in its order, written directly (the
	 * tree and its dump were ~7 % of an authorize). */
	int rc = buf_adds(b, d->allow ? "{\"decision\":\"allow\",\"rule\":"
				      : "{\"decision\":\"deny\",\"rule\":");
	if (!rc)
		rc = d->rule[0] ? jdump_string(b, d->rule, strlen(d->rule)) : buf_adds(b, "null");
	if (!rc)
		rc = buf_adds(b, ",\"reason\":");
	if (!rc)
		rc = jdump_string(b, d->reason, strlen(d->reason));
	size_t from = b->len + sizeof ",\"redact\":" - 1;
	if (!rc)
		rc = dump_list(b, ",\"redact\":", d->redact);
	/* "hidden" is the same list: its bytes again (copied out first: the
	 * buffer may move as it grows), not a second dump. */
	char same[1024];
	size_t n = rc ? 0 : b->len - from;
	if (!rc && n <= sizeof same) {
		memcpy(same, b->p + from, n);
		rc = buf_adds(b, ",\"hidden\":");
		if (!rc)
			rc = buf_add(b, same, n);
	} else if (!rc) {
		rc = dump_list(b, ",\"hidden\":", d->redact);
	}
	if (!rc)
		rc = dump_list(b, ",\"reveal\":", d->reveal);
	if (!rc && roles)
		rc = dump_list(b, ",\"roles\":", d->roles);
	if (!rc)
		rc = buf_adds(b, ",\"policy_version\":");
	if (!rc)
		rc = jdump_int(b, (json_int_t)d->policy_version);
	if (!rc && decision_id)
		rc = buf_adds(b, ",\"decision_id\":");
	if (!rc && decision_id)
		rc = jdump_int(b, (json_int_t)*decision_id);
	if (!rc)
		rc = buf_adds(b, "}");
	return rc;
}
