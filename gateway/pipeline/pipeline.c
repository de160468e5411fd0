/* pipeline: the phase engine. A request runs start() once; every later call
 * is a resume after an audit record (record_then), whose phase says what
 * comes next. */
#include "pipeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "authz.h"
#include "console_auth.h"
#include "detect.h"
#include "errmap.h"
#include "errors.h"
#include "gate.h"
#include "http.h"
#include "identity.h"
#include "log.h"
#include "metrics.h"
#include "record.h"
#include "req.h"
#include "routes.h"
#include "server.h"
#include "str.h"
#include "timefmt.h"
#include "tls-t.h"
#include "tls.h"

struct pipeline {
	const struct app *app;
	struct gate *gate; /* the expensive reads' places */
	int offload;       /* their acts run on the gate's thread */
	const struct route *routes;
	size_t nroutes;
	int console;    /* pipe_set_console */
	size_t npublic; /* console: routes from here on need a session (the API's) */
};

/* What waits behind a record. */
enum {
	PH_START = 0,
	PH_THEN_ACT,  /* the decision is being recorded: act once it is durable */
	PH_THEN_SEND, /* an entry is being recorded: send once it is durable */
	PH_DONE,
	PH_OFF_LOOP, /* act runs on the gate's thread (an expensive read) */
};

static struct ident_ctx ident_ctx(const struct req *r)
{
	const struct app *a = r->app;
	return (struct ident_ctx){.idp = a->idp,
				  .cert_sha256 = r->cert_sha256,
				  .store = a->store,
				  .admins = a->admins,
				  .nadmins = a->nadmins};
}

/* ---- phases --------------------------------------------------------------- */

/* The client certificate, verified by net (server_authenticate). A refused
 * certificate that reached HTTP is a decision too: recorded. */
static int authenticate(struct pipeline *p, struct req *r)
{
	struct tls_peer peer;
	const char *why = NULL;
	int rc = server_authenticate(r->http, &peer, &why);
	str_copy(r->cert_sha256, sizeof r->cert_sha256, peer.cert_sha256);
	if (rc == TLS_E_NO_CERT && p->console)
		return PIPE_NEXT; /* anonymous (r->client ""): public routes only */
	if (rc == 0) {
		str_copy(r->client, sizeof r->client, peer.principal);
		r->http->principal = r->client;
		return PIPE_NEXT;
	}
	unsigned status;
	const char *code;
	errmap_http(rc, &status, &code);
	if (rc == TLS_E_NO_CERT)
		req_error(r, status, code, "a client certificate is required");
	else
		req_error(r, status, code, "client certificate refused: %s", why);
	http_close_after(r->http);
	req_record(r, req_entry(r, "error", NULL, NULL, NULL, code));
	return PIPE_SEND;
}

static int route(struct pipeline *p, struct req *r)
{
	struct http_req *h = r->http;
	if (http_query_count(h) > HTTP_MAX_QUERY_ARGS) {
		req_error(r, 400, "bad_request", "more than %d query arguments",
			  HTTP_MAX_QUERY_ARGS);
		return PIPE_SEND;
	}
	if (http_query_valid(h)) {
		req_error(r, 400, "bad_request", "malformed query string");
		return PIPE_SEND;
	}
	int rc = routes_match(p->routes, p->nroutes, h->method, h->url, r);
	if (rc == ROUTE_NOT_FOUND)
		req_fail(r, rc, "no such resource");
	else if (rc == ROUTE_BAD_METHOD)
		req_fail(r, rc, "method %s not allowed here", h->method);
	else if (rc)
		req_fail(r, rc, "malformed path");
	if (rc)
		return PIPE_SEND;
	h->route = r->route->pattern;
	if (r->route->name)
		r->route->name(r, r->resource, sizeof r->resource);
	else if (r->route->resource)
		snprintf(r->resource, sizeof r->resource, "%s", r->route->resource);
	return PIPE_NEXT;
}

static int revoked(struct req *r);

/* The caller: certificate and Bearer token; then its revocations. */
static int identify(struct req *r)
{
	struct ident_ctx c = ident_ctx(r);
	const char *action = r->route->action;
	int rc = ident_of_request(&c, r->client, req_header(r, "Authorization"),
				  req_header(r, "X-Access-Purpose"), time(NULL), &r->who);
	if (rc == IDENT_E_PURPOSE) {
		req_fail(r, rc, "X-Access-Purpose must be at most %d printable ASCII characters",
			 POL_PURPOSE_MAX);
		return PIPE_SEND;
	}
	if (rc == CUSTOS_E_NOMEM) {
		req_fail(r, rc, "out of memory");
		return PIPE_SEND;
	}
	if (rc) {
		unsigned status;
		const char *code;
		errmap_http(rc, &status, &code);
		metrics_inc(M_TOKEN_REJECTED);
		log_info("bearer token refused", "request_id", req_id(r), "reason", code, "detail",
			 jwtv_strerror(rc), "client", r->client);
		req_error(r, status, code, "%s", jwtv_strerror(rc));
		req_record(r, req_entry(r, "error", action, r->resource, NULL, code));
		return PIPE_SEND;
	}
	return revoked(r);
}

/* The caller's revocations (subject, groups, token id, client,
 * certificate), checked in the store on every request. */
static int revoked(struct req *r)
{
	struct ident_ctx c = ident_ctx(r);
	const char *action = r->route->action;
	const char *what = NULL;
	int rc = ident_revoked(&c, r->who, r->client, r->cert_sha256, &what);
	if (rc < 0) {
		req_error(r, 503, "store_unavailable",
			  "revocations could not be checked; refusing");
		return PIPE_SEND;
	}
	if (rc > 0) {
		req_fail(r, IDENT_E_REVOKED, "the %s of this request is revoked", what);
		req_record(r, req_entry(r, "deny", action, r->resource, NULL, "revoked"));
		return PIPE_SEND;
	}
	return PIPE_NEXT;
}

int req_forwarded_client(struct req *r, const char *escaped, size_t len, char *proxy)
{
	struct tls_peer peer;
	const char *why = NULL;
	char *pem = escaped && len ? http_pct_decode(escaped, len, 64 << 10) : NULL;
	int rc = escaped && len ? TLS_E_INVALID : TLS_E_NO_CERT;
	if (pem)
		rc = tls_verify_pem(pem, strlen(pem), &peer, &why);
	else if (rc == TLS_E_INVALID)
		why = "unparseable";
	free(pem);
	if (rc == TLS_OK)
		rc = tls_peer_current(&peer, time(NULL), &why);
	snprintf(proxy, POL_PRINCIPAL_MAX + 1, "%s", r->client);
	if (rc) {
		unsigned status;
		const char *code;
		errmap_http(rc, &status, &code);
		if (rc == TLS_E_NO_CERT)
			req_error(r, status, code, "the proxy forwarded no client certificate");
		else
			req_error(r, status, code, "forwarded client certificate refused: %s", why);
		json_t *e = req_entry(r, "error", r->route->action, r->resource, NULL, code);
		if (e)
			json_object_set_new(e, "via", json_string("proxy"));
		req_record(r, e);
		return PIPE_SEND;
	}
	str_copy(r->client, sizeof r->client, peer.principal);
	str_copy(r->cert_sha256, sizeof r->cert_sha256, peer.cert_sha256);
	ident_free(r->who);
	r->who = NULL;
	return identify(r);
}

/* The policy's decision on the route's action and the loaded attributes;
 * the entry carries r->extra's members. */
static int decide(struct req *r)
{
	return req_decide_record(r, r->route->action);
}

/* Locks (docs/DETECTION.md): a locked subject or client certificate is
 * refused before anything is loaded, recorded. */
static int gate(struct req *r)
{
	const char *who = r->who->subject;
	uint64_t until = 0;
	if (!detect_locked(r->app->detect, who, &until)) {
		who = r->client;
		if (!detect_locked(r->app->detect, who, &until))
			return PIPE_NEXT;
	}
	char t[32] = "an unlock";
	if (until)
		time_rfc3339((time_t)until, t, sizeof t);
	req_fail(r, DETECT_E_LOCKED, "%s is locked until %s", who, t);
	req_record(r, req_entry(r, "deny", r->route->action, r->resource, NULL, "subject_locked"));
	return PIPE_SEND;
}

/* Rate limits: an allowed decision takes a token of the subject's bucket
 * for the action (a role's "limits", else [limits]); over the limit the
 * decision's entry becomes a deny "rate_limited" and the answer 429. */
static int limit(struct req *r)
{
	const char *action = r->route->action;
	const pol_decision *d = &r->decision;
	uint64_t retry = 0;
	if (!action || !r->who ||
	    !detect_limit(r->app->detect, r->who->subject, action, d->limit_set, d->limit_rate,
			  d->limit_burst, &retry))
		return PIPE_NEXT;
	char v[24];
	snprintf(v, sizeof v, "%llu", (unsigned long long)retry);
	req_fail(r, DETECT_E_RATE_LIMITED, "over the rate limit of %s; retry after %s s", action,
		 v);
	req_add_header(r, "Retry-After", v);
	req_record(r, req_entry(r, "deny", action, r->resource, NULL, "rate_limited"));
	return PIPE_SEND;
}

/* A durable entry, to detection: with the decision's view of the subject's
 * roles and the resource's legal hold. */
static void observe(struct req *r)
{
	if (!r->observed)
		return;
	const json_t *claims = r->who && r->who->token ? r->who->token->claims : NULL;
	detect_obs o = {
		.entry = r->observed,
		.seq = r->audit_seq,
		.legal_hold = json_is_true(json_object_get(r->attrs, "legal_hold")),
		.off_hours = r->decision.off_hours,
		.bulk = r->decision.bulk_distinct_users,
		.token_jti = json_string_value(json_object_get(claims, "jti")),
	};
	detect_observe(r->app->detect, &o);
	json_decref(r->observed);
	r->observed = NULL;
}

/* ---- the engine ------------------------------------------------------------ */

/* Records what a phase asked to record, with next the phase after it; or
 * goes on at once. Returns 1 when the request now waits. */
static int record_if(struct req *r, int next)
{
	if (!r->to_record)
		return 0;
	r->to_record = 0;
	r->phase = next;
	record_then(r);
	return 1;
}

static void act(struct req *r)
{
	r->phase = PH_DONE;
	r->route->act(r);
	record_if(r, PH_THEN_SEND);
}

/* The expensive reads: the audit log's query and verification
 * (audit:read), an end user's export and access log (user:export). Their
 * cost grows with the data (up to 1000 entries, a whole user), not the
 * request. */
static int heavy(const struct route *rt)
{
	return rt->action &&
	       (!strcmp(rt->action, "audit:read") || !strcmp(rt->action, "user:export"));
}

/* An expensive read takes a place in the gate, or is refused before
 * anything is decided or recorded (gate.h). */
static int enter_gate(struct pipeline *p, struct req *r)
{
	int rc = gate_enter(p->gate, r->who->subject, &r->gate_slot);
	if (rc == 0)
		return PIPE_NEXT;
	metrics_inc(M_RATE_LIMITED);
	if (rc == 1)
		req_error(r, 429, "rate_limited",
			  "at most %u expensive reads of one subject at a time; retry later",
			  p->app->heavy_per_subject);
	else
		req_error(r, 503, "overloaded", "at most %u expensive reads at a time; retry later",
			  p->app->heavy_max);
	req_add_header(r, "Retry-After", "1");
	return PIPE_SEND;
}

static void start(struct pipeline *p, struct req *r)
{
	int rc = authenticate(p, r);
	if (rc == PIPE_NEXT)
		rc = route(p, r);
	/* The console's caller is the signed-in person (console_auth.c); a
	 * certificate there only opens the connection. */
	if (rc == PIPE_NEXT && p->console) {
		size_t at = (size_t)(r->route - p->routes);
		rc = console_identify(r, r->route->action || r->route->decide || at >= p->npublic);
		if (rc == PIPE_NEXT && r->who)
			rc = revoked(r);
	} else if (rc == PIPE_NEXT) {
		rc = identify(r);
	}
	if (rc == PIPE_NEXT && (r->route->decide || r->route->action))
		rc = gate(r);
	if (rc == PIPE_NEXT && heavy(r->route))
		rc = enter_gate(p, r);
	if (rc == PIPE_NEXT && r->route->load)
		rc = r->route->load(r);
	if (rc == PIPE_NEXT && !r->route->decide && !r->route->action) {
		act(r); /* no decision, nothing recorded (GET /v1/whoami) */
		return;
	}
	if (rc == PIPE_NEXT)
		rc = r->route->decide ? r->route->decide(r) : decide(r);
	if (rc == PIPE_NEXT)
		rc = limit(r);
	if (record_if(r, rc == PIPE_NEXT ? PH_THEN_ACT : PH_THEN_SEND))
		return;
	if (rc == PIPE_NEXT)
		act(r);
	else
		r->phase = PH_DONE;
}

/* The gate's thread: an expensive read's act, off the event loops. r is
 * suspended; it is resumed once answered, or once the outcome its act asks
 * to record is durable. */
static void act_off_loop(void *ctx, struct req *r)
{
	(void)ctx;
	r->phase = PH_DONE;
	r->route->act(r);
	if (r->to_record) {
		r->to_record = 0;
		r->phase = PH_THEN_SEND;
		record_then_suspended(r);
		return;
	}
	server_resume(r->http);
}

/* The entry of the last record is durable (or failed). Returns 1 when r
 * went to the gate's thread: the caller must not touch it any more. */
static int resume(struct pipeline *p, struct req *r)
{
	int then = r->phase;
	r->phase = PH_DONE;
	r->http->decision_id = r->audit_seq;
	if (r->audit_rc != 0) {
		metrics_inc(M_AUDIT_UNAVAILABLE);
		detect_record_failed(r->app->detect, r->who ? r->who->subject : r->client,
				     req_id(r), r->audit_rc);
		log_error("decision not recorded; refusing the request", "request_id", req_id(r),
			  "error", custos_strerror(r->audit_rc));
		req_fail(r, AUDIT_E_UNAVAILABLE,
			 "the decision could not be recorded; nothing was done");
		return 0;
	}
	observe(r);
	if (then == PH_THEN_ACT && p->offload && heavy(r->route)) {
		r->phase = PH_OFF_LOOP;
		server_suspend(r->http);
		gate_offload_push(p->gate, r);
		return 1;
	}
	if (then == PH_THEN_ACT)
		act(r);
	return 0;
}

/* A malformed request from an authenticated client is accountable too: a
 * 400 answered without any entry (bad query, bad body, bad path parameter)
 * is recorded as an "error" entry, reason "bad_request", before it is sent.
 * Its subject is the caller once identified, else the certificate's
 * principal (a token is verified only once the request is well formed
 * enough to be routed). Nothing the client sent goes into it beyond what
 * req_entry records anyway. */
static void bad_request_rule(struct req *r)
{
	struct http_req *h = r->http;
	if (r->recorded || !h->resp || h->status != 400 || !r->client[0])
		return;
	json_t *e = req_entry(r, "error", r->route ? r->route->action : NULL, NULL, NULL,
			      "bad_request");
	if (e && r->route)
		json_object_set_new(e, "route", json_string(r->route->pattern));
	req_record(r, e);
	record_if(r, PH_THEN_SEND);
}

/* The console's answers: its own assets only (no inline script or style,
 * no third-party origin), never framed, no referrer, HTTPS only. */
static void harden(struct req *r)
{
	static const char *const hdr[][2] = {
		{"Content-Security-Policy",
		 "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
		 "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"},
		{"X-Frame-Options", "DENY"},
		{"Referrer-Policy", "no-referrer"},
		{"Cross-Origin-Opener-Policy", "same-origin"},
		{"Cross-Origin-Resource-Policy", "same-origin"},
		{"Strict-Transport-Security", "max-age=31536000"},
	};
	for (size_t i = 0; i < sizeof hdr / sizeof hdr[0]; i++)
		req_add_header(r, hdr[i][0], hdr[i][1]);
}

static void run(void *ctx, struct http_req *h)
{
	struct pipeline *p = ctx;
	struct req *r = h->up;
	if (!r) {
		http_reply_error(h, 500, "internal", NULL, "out of memory");
		return;
	}
	if (r->phase == PH_START)
		start(p, r);
	else if (r->phase != PH_DONE && resume(p, r))
		return; /* the gate's thread has it (and resumes it once answered) */
	if (r->phase == PH_DONE)
		bad_request_rule(r);
	if (r->phase == PH_DONE && !h->resp)
		req_error(r, 500, "internal", "no answer was produced");
	if (r->phase == PH_DONE && p->console && !r->hardened) {
		r->hardened = 1;
		harden(r);
	}
}

static void *begin(void *ctx, struct http_req *h)
{
	struct pipeline *p = ctx;
	struct req *r = calloc(1, sizeof *r);
	if (!r)
		return NULL;
	r->http = h;
	r->app = p->app;
	r->gate_slot = -1;
	return r;
}

static void end(void *ctx, struct http_req *h)
{
	struct pipeline *p = ctx;
	struct req *r = h->up;
	if (!r)
		return;
	gate_offload_forget(p->gate, r);
	gate_leave(p->gate, r->gate_slot);
	for (size_t i = 0; i < r->nparams; i++)
		free(r->params[i]);
	ident_free(r->who);
	free(r->session);
	pol_decision_clear(&r->decision);
	json_decref(r->attrs);
	json_decref(r->extra);
	json_decref(r->entry);
	json_decref(r->observed);
	if (r->state && r->state_free)
		r->state_free(r->state);
	free(r);
	h->up = NULL;
}

int pipe_create(const struct app *app, const struct route *routes, size_t nroutes,
		struct pipeline **out)
{
	struct pipeline *p = calloc(1, sizeof *p);
	*out = NULL;
	if (!p)
		return CUSTOS_E_NOMEM;
	p->app = app;
	p->routes = routes;
	p->nroutes = nroutes;
	p->gate = gate_create(app->heavy_max, app->heavy_per_subject);
	if (!p->gate) {
		free(p);
		return CUSTOS_E_NOMEM;
	}
	p->offload = gate_offload_start(p->gate, app->heavy_workers, act_off_loop, p) == 0;
	*out = p;
	return 0;
}

void pipe_set_console(struct pipeline *p, size_t npublic)
{
	p->console = 1;
	p->npublic = npublic;
}

void pipe_free(struct pipeline *p)
{
	if (p)
		gate_free(p->gate);
	free(p);
}

void pipe_hooks(struct pipeline *p, struct server_hooks *h)
{
	h->ctx = p;
	h->begin = begin;
	h->run = run;
	h->end = end;
}
