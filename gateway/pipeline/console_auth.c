/* console_auth: who is asking on the console listener (docs/CONSOLE.md).
 * The identity step there takes the person from the session cookie, not
 * from a certificate or a Bearer token: subject user:<issuer>/<sub>, the
 * groups of the ID token as group:<issuer>/<g>; then the same revocation
 * checks, decisions and audit entries as the API. Every change (a method
 * other than GET/HEAD/OPTIONS) needs the session's CSRF token in
 * X-CSRF-Token and the console's own Origin. Here rather than in a handler:
 * it is the identity phase of every console route, the API's included. */
#include "console_auth.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "errors.h"
#include "identity.h"
#include "log.h"
#include "req.h"
#include "session.h"

static int changes(const char *method)
{
	return strcmp(method, "GET") && strcmp(method, "HEAD") && strcmp(method, "OPTIONS");
}

/* r->who from the session s (its groups as group:<issuer>/<g>). */
static int identity_of(struct req *r, const sess_info *s)
{
	char *groups[SESS_MAX_GROUPS];
	const char *g = s->groups;
	size_t n = 0;
	int rc = 0;
	for (; n < s->ngroups && !rc; n++) {
		if (asprintf(&groups[n], "group:%s/%s", s->issuer, g) < 0)
			rc = CUSTOS_E_NOMEM;
		g += strlen(g) + 1;
	}
	if (rc)
		n--;
	const struct app *a = r->app;
	struct ident_ctx c = {.idp = a->idp,
			      .cert_sha256 = r->cert_sha256,
			      .store = a->store,
			      .admins = a->admins,
			      .nadmins = a->nadmins};
	if (!rc)
		rc = ident_named(&c, s->subject, (const char *const *)groups, n, &r->who);
	for (size_t i = 0; i < n; i++)
		free(groups[i]);
	if (!rc && r->who)
		snprintf(r->who->purpose, sizeof r->who->purpose, "%s",
			 req_header(r, "X-Access-Purpose") ? req_header(r, "X-Access-Purpose")
							   : "");
	return rc;
}

/* The change carries the session's CSRF token and comes from the console. */
static int csrf_ok(struct req *r)
{
	const char *tok = req_header(r, "X-CSRF-Token");
	const char *origin = req_header(r, "Origin");
	const char *want = r->app->console_origin;
	return sess_equal(tok, r->session->csrf) && origin && want && !strcmp(origin, want);
}

int console_identify(struct req *r, int needs)
{
	const struct route *rt = r->route;
	sess_token cookie;
	int rc = SESS_E_NONE;
	sess_info *s = NULL;
	if (r->app->sessions && !sess_cookie_value(req_header(r, "Cookie"), SESS_COOKIE, cookie)) {
		s = malloc(sizeof *s);
		rc = s ? sess_get(r->app->sessions, cookie, time(NULL), s) : CUSTOS_E_NOMEM;
	}
	if (rc == 0) {
		r->session = s;
		s = NULL;
		rc = identity_of(r, r->session);
	}
	free(s);
	if (rc == CUSTOS_E_NOMEM || rc == CUSTOS_E_ARG) {
		req_fail(r, CUSTOS_E_NOMEM, "out of memory");
		return PIPE_SEND;
	}
	if (rc && needs) {
		req_fail(r, rc,
			 rc == SESS_E_EXPIRED ? "the console session expired: sign in again"
					      : "sign in to the console first");
		return PIPE_SEND;
	}
	if (rc)
		return PIPE_NEXT; /* a public page, or a route that says "no session" itself */
	if (changes(req_method(r)) && !csrf_ok(r)) {
		log_info("console change refused: CSRF", "request_id", req_id(r), "subject",
			 r->who->subject, "route", rt->pattern);
		req_fail(r, SESS_E_CSRF,
			 "a console change needs the session's X-CSRF-Token and the console's "
			 "Origin");
		req_record(r, req_entry(r, "deny", rt->action, r->resource, NULL, "csrf_failed"));
		return PIPE_SEND;
	}
	return PIPE_NEXT;
}
