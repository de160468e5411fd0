/* guard: identity, decisions and entries of a request (guard.h). */
#include "guard.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "authz.h"
#include "config.h"
#include "jwt_verify.h"
#include "log.h"
#include "metrics.h"
#include "record.h"
#include "routes.h"

struct ident_ctx guard_ident_ctx(void)
{
	const struct config *c = g_app.cfg;
	return (struct ident_ctx){.jwtv = g_app.jwtv, .store = g_app.store,
				  .admins = (const char *const *)c->admins, .nadmins = c->nadmins};
}

json_t *guard_entry(struct req *r, const char *decision, const char *action,
		    const char *resource, const pol_decision *d, const char *reason)
{
	struct record_src s = {.request_id = r->request_id, .client = r->peer.principal,
			       .cert_sha256 = r->peer.cert_sha256, .who = r->who,
			       .policy = g_app.policy};
	return record_entry(&s, decision, action, resource, d, reason);
}

/* Answers status/code and records an "error" or "deny" entry for it. */
static void refuse(struct req *r, unsigned status, const char *code, const char *decision,
		   const char *action, const char *resource, const char *msg)
{
	http_reply_error(r, status, code, "%s", msg);
	http_record(r, guard_entry(r, decision, action, resource, NULL, code), 0);
}

int guard_identify(struct req *r, const char *action, const char *resource)
{
	struct ident_ctx c = guard_ident_ctx();
	int rc = ident_of_request(&c, r->peer.principal, http_header(r, "Authorization"),
				  http_header(r, "X-Access-Purpose"), time(NULL), &r->who);
	if (rc == IDENT_E_PURPOSE) {
		http_reply_error(r, 400, "bad_request",
				 "X-Access-Purpose must be at most %d printable ASCII characters",
				 POL_PURPOSE_MAX);
		return -1;
	}
	if (rc == CUSTOS_E_NOMEM) {
		http_reply_error(r, 500, "internal", "out of memory");
		return -1;
	}
	if (rc) {
		metrics_inc(M_TOKEN_REJECTED);
		log_info("bearer token refused", "request_id", r->request_id, "reason",
			 jwtv_code(rc), "detail", jwtv_strerror(rc), "client", r->peer.principal);
		refuse(r, 401, jwtv_code(rc), "error", action, resource, jwtv_strerror(rc));
		return -1;
	}
	const char *what = NULL;
	rc = ident_revoked(&c, r->who, r->peer.principal, r->peer.cert_sha256, &what);
	if (rc < 0) {
		http_reply_error(r, 503, "store_unavailable",
				 "revocations could not be checked; refusing");
		return -1;
	}
	if (rc > 0) {
		char msg[96];
		snprintf(msg, sizeof msg, "the %s of this request is revoked", what);
		refuse(r, 403, "revoked", "deny", action, resource, msg);
		return -1;
	}
	return 0;
}

static struct authz_ask ask_of(const struct req *r, const struct identity *as,
			       const char *action, const json_t *resource, int explain)
{
	const struct identity *who = r->who;
	return (struct authz_ask){.subject = as ? as : who,
				  .client = r->peer.principal,
				  .purpose = who->purpose[0] ? who->purpose : NULL,
				  .hour_utc = -1,
				  .action = action,
				  .resource = resource,
				  .explain = explain};
}

int guard_decide(struct req *r, const char *action, const json_t *resource,
		 const struct identity *as, const pol_snapshot *snapshot, int explain,
		 pol_decision *d)
{
	struct authz_ask a = ask_of(r, as, action, resource, explain);
	if (authz_decide(g_app.policy, snapshot, &a, d) == 0)
		return 0;
	http_reply_error(r, 500, "internal", "the policy could not be evaluated");
	return -1;
}

int guard_decide_possible(struct req *r, const char *action, pol_decision *d)
{
	struct authz_ask a = ask_of(r, NULL, action, NULL, 0);
	if (authz_possible(g_app.policy, &a, d) == 0)
		return 0;
	http_reply_error(r, 500, "internal", "the policy could not be evaluated");
	return -1;
}

void guard_deny(struct req *r, const char *action, const char *resource, const pol_decision *d)
{
	http_reply_error(r, 403, "forbidden", "%s", d->reason);
	http_record(r, guard_entry(r, "deny", action, resource, d, NULL), 0);
}

static json_t *with_extra(json_t *e, const json_t *extra)
{
	if (e && extra)
		json_object_update(e, (json_t *)extra);
	return e;
}

void guard_with(struct req *r, const char *resource, const json_t *attrs, const json_t *extra)
{
	const char *action = r->route->action;
	if (!r->who && guard_identify(r, action, resource))
		return;
	pol_decision *d = &r->decision;
	pol_decision_clear(d);
	if (guard_decide(r, action, attrs, NULL, NULL, 0, d))
		return;
	if (!d->allow) {
		http_reply_error(r, 403, "forbidden", "%s", d->reason);
		http_record(r, with_extra(guard_entry(r, "deny", action, resource, d, NULL), extra), 0);
		return;
	}
	http_record(r, with_extra(guard_entry(r, "allow", action, resource, d, NULL), extra), 1);
}

void guard(struct req *r, const char *resource, const json_t *attrs)
{
	guard_with(r, resource, attrs, NULL);
}
