/* signin: the console's OpenID Connect sign-in, its session and sign-out
 * (docs/CONSOLE.md).
 *
 *   GET  /login            a sign-in in progress (state, nonce, PKCE
 *                          verifier, session.h) behind the pre-session
 *                          cookie; 302 to the provider's authorization
 *                          endpoint
 *   GET  /callback         the sign-in taken once (state must match), the
 *                          code exchanged (oidc_rp.h), the ID token verified
 *                          with the issuer's keys for aud = the console's
 *                          client id, its nonce checked; a session behind
 *                          the __Host- session cookie; a page that goes on
 *                          to / (a same-site navigation, so the
 *                          SameSite=Strict cookie is sent)
 *   GET  /console/session  {subject, issuer, groups, csrf, expires,
 *                          idle_expires}; 401 without a session
 *   POST /logout           the session ended (CSRF checked by the engine)
 *
 * Every refusal answers through the error table (SESS_E_*), fails closed
 * and is logged with its reason; nothing of a token, code or cookie is
 * logged. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "errors.h"
#include "handlers.h"
#include "idp.h"
#include "log.h"
#include "oidc_rp.h"
#include "req.h"
#include "session.h"
#include "timefmt.h"

extern const unsigned char console_signed_in_html[];
extern const size_t console_signed_in_html_len;

#define LOGIN_COOKIE_ATTRS   "; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=600"
#define SESSION_COOKIE_ATTRS "; Path=/; Secure; HttpOnly; SameSite=Strict"
#define CLEAR_ATTRS          "=; Path=/; Secure; HttpOnly; Max-Age=0"

static void set_cookie(struct req *r, const char *name, const char *value, const char *attrs)
{
	char c[256];
	snprintf(c, sizeof c, "%s%s%s%s", name, value ? "=" : "", value ? value : "", attrs);
	req_add_header(r, "Set-Cookie", c);
}

static int configured(struct req *r)
{
	if (r->app->signin && r->app->sessions)
		return 1;
	req_error(r, 404, "not_found", "console sign-in is not configured");
	return 0;
}

void h_login_act(struct req *r)
{
	sess_token cookie, challenge;
	sess_login l;
	char err[300];
	char *url = NULL;
	if (!configured(r))
		return;
	struct oidc_rp *rp = r->app->signin;
	int rc = sess_login_begin(r->app->sessions, oidc_rp_issuer(rp), time(NULL), cookie, &l);
	if (rc) {
		req_fail(r, rc, "cannot start a sign-in now; retry later");
		return;
	}
	sess_pkce_challenge(l.verifier, challenge);
	if (oidc_rp_auth_url(rp, l.state, l.nonce, challenge, &url, err, sizeof err)) {
		log_warn("console sign-in: provider discovery failed", "request_id", req_id(r),
			 "error", err);
		sess_login_take(r->app->sessions, cookie, time(NULL), &l); /* drop it */
		req_fail(r, SESS_E_PROVIDER, "the identity provider cannot be reached: %s", err);
		return;
	}
	req_reply(r, 302, NULL);
	req_add_header(r, "Location", url);
	set_cookie(r, SESS_LOGIN_COOKIE, cookie, LOGIN_COOKIE_ATTRS);
	free(url);
}

/* A provider's error parameter, printable and short, for the message. */
static void sanitize(const char *in, char *out, size_t outsz)
{
	size_t o = 0;
	for (; in && *in && o + 1 < outsz; in++)
		out[o++] = (*in >= 0x21 && *in <= 0x7e) ? *in : '?';
	out[o] = '\0';
}

/* The verified ID token's person, as a new session (its id into sid). */
static int start_session(struct req *r, const jwtv_identity *id, sess_token sid)
{
	char subject[SESS_SUBJECT_MAX + 1];
	sess_info info;
	int n = snprintf(subject, sizeof subject, "user:%s/%s", id->issuer, id->sub);
	if (n < 0 || (size_t)n >= sizeof subject)
		return CUSTOS_E_ARG;
	int rc = sess_create(r->app->sessions, subject, id->issuer, id->groups, id->ngroups,
			     time(NULL), sid, &info);
	if (rc)
		return rc;
	log_info("console sign-in", "request_id", req_id(r), "subject", subject);
	return 0;
}

void h_callback_act(struct req *r)
{
	sess_token cookie, sid;
	sess_login l;
	char err[300], safe[80];
	char *idt = NULL;
	jwtv_identity *id = NULL;
	if (!configured(r))
		return;
	struct oidc_rp *rp = r->app->signin;
	time_t now = time(NULL);
	int rc = sess_cookie_value(req_header(r, "Cookie"), SESS_LOGIN_COOKIE, cookie)
			 ? SESS_E_STATE
			 : sess_login_take(r->app->sessions, cookie, now, &l);
	const char *why = "the sign-in was not started in this browser, expired or was used";
	if (!rc &&
	    (!sess_equal(req_query(r, "state"), l.state) || strcmp(l.issuer, oidc_rp_issuer(rp)))) {
		rc = SESS_E_STATE;
		why = "the state does not match the sign-in started in this browser";
	}
	if (!rc && req_query(r, "error")) {
		sanitize(req_query(r, "error"), safe, sizeof safe);
		snprintf(err, sizeof err, "the identity provider refused: %s", safe);
		rc = SESS_E_PROVIDER;
		why = err;
	}
	if (!rc && oidc_rp_exchange(rp, req_query(r, "code"), l.verifier, &idt, err, sizeof err)) {
		rc = SESS_E_PROVIDER;
		why = err;
	}
	if (!rc) {
		/* 0 sets id (idp.h) */
		int vrc = idp_verify_id_token(r->app->idp, idt, strlen(idt), now,
					      oidc_rp_issuer(rp), oidc_rp_client_id(rp), &id);
		if (vrc) {
			rc = SESS_E_ID_TOKEN;
			snprintf(err, sizeof err, "the ID token was refused: %s", jwtv_code(vrc));
			why = err;
		} else if (!sess_equal(json_string_value(json_object_get(id->claims, "nonce")),
				       l.nonce)) {
			rc = SESS_E_ID_TOKEN;
			why = "the ID token's nonce is not this sign-in's";
		}
	}
	if (!rc)
		rc = start_session(r, id, sid);
	if (rc) {
		log_info("console sign-in refused", "request_id", req_id(r), "reason", why);
		req_fail(r, rc, "sign-in failed: %s",
			 rc == SESS_E_FULL ? "too many sessions" : why);
	} else {
		size_t n = console_signed_in_html_len;
		char *page = malloc(n + 1);
		if (page) {
			memcpy(page, console_signed_in_html, n + 1);
			req_reply_text(r, 200, "text/html; charset=utf-8", page, n);
			set_cookie(r, SESS_COOKIE, sid, SESSION_COOKIE_ATTRS);
		} else {
			sess_end(r->app->sessions, sid);
			req_fail(r, CUSTOS_E_NOMEM, "out of memory");
		}
	}
	/* the pre-session cookie is spent whatever happened */
	set_cookie(r, SESS_LOGIN_COOKIE, NULL, CLEAR_ATTRS);
	memset(sid, 0, sizeof sid);
	jwtv_identity_free(id);
	if (idt) {
		memset(idt, 0, strlen(idt));
		free(idt);
	}
	memset(&l, 0, sizeof l);
}

static json_t *rfc3339(time_t t)
{
	char b[40];
	time_rfc3339(t, b, sizeof b);
	return json_string(b);
}

void h_console_session_act(struct req *r)
{
	const sess_info *s = r->session;
	if (!s) {
		req_fail(r, SESS_E_NONE, "sign in to the console first");
		return;
	}
	json_t *groups = json_array();
	const char *g = s->groups;
	for (size_t i = 0; i < s->ngroups; i++, g += strlen(g) + 1)
		json_array_append_new(groups, json_string(g));
	json_t *body = json_pack("{s:s, s:s, s:o, s:s, s:o, s:o}", "subject", s->subject, "issuer",
				 s->issuer, "groups", groups, "csrf", s->csrf, "expires",
				 rfc3339(s->expires), "idle_expires", rfc3339(s->idle_expires));
	if (!body) {
		req_fail(r, CUSTOS_E_NOMEM, "out of memory");
		return;
	}
	req_reply(r, 200, body);
}

void h_logout_act(struct req *r)
{
	sess_token cookie;
	if (!r->session || sess_cookie_value(req_header(r, "Cookie"), SESS_COOKIE, cookie) ||
	    sess_end(r->app->sessions, cookie)) {
		req_fail(r, SESS_E_NONE, "no console session to end");
		return;
	}
	log_info("console sign-out", "request_id", req_id(r), "subject", r->session->subject);
	req_reply(r, 200, json_pack("{s:b}", "signed_out", 1));
	set_cookie(r, SESS_COOKIE, NULL, CLEAR_ATTRS);
}
