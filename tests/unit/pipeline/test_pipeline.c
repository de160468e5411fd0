/* Unit tests of the phase engine (gateway/pipeline/pipeline.c) over a route
 * table of its own: the order of the phases, that act runs only once the
 * allowed decision is durable (and never after a deny, a refusal of load,
 * or a failed record), a route's own decision, a second entry recorded
 * after acting (the answer waits and X-Decision-Id names it), an outcome
 * recorded without waiting, a route without a decision, refusals of the
 * route phase, revocations. The engine runs for real: the HTTP server of
 * net/ over mTLS on 127.0.0.1 (certificates from certs/gen.sh), a real
 * audit log, policy store and compiled policy; the client is GnuTLS. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <arpa/inet.h>
#include <errno.h>
#include <ftw.h>
#include <gnutls/gnutls.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "audit.h"
#include "db.h"
#include "errors.h"
#include "fault.h"
#include "log.h"
#include "pipeline.h"
#include "req.h"
#include "server.h"
#include "store.h"
#include "tls.h"

static char dir[64];
static int port, console_port;
static struct app app;
static db_env *env;
static struct pipeline *pipe_, *console_pipe;

/* ---- what the routes did, in order ---- */

static pthread_mutex_t trace_mu = PTHREAD_MUTEX_INITIALIZER;
static char trace[256];

static void note(const char *what)
{
	pthread_mutex_lock(&trace_mu);
	size_t n = strlen(trace);
	snprintf(trace + n, sizeof trace - n, "%s%s", n ? "," : "", what);
	pthread_mutex_unlock(&trace_mu);
}

/* Asserts the trace is want, and clears it. */
static void trace_is(const char *want)
{
	pthread_mutex_lock(&trace_mu);
	char got[sizeof trace];
	memcpy(got, trace, sizeof got);
	trace[0] = '\0';
	pthread_mutex_unlock(&trace_mu);
	assert_string_equal(got, want);
}

/* ---- the routes ---- */

static void name_thing(struct req *r, char *out, size_t outsz)
{
	snprintf(out, outsz, "thing/%s", req_param(r, 0));
}

/* "missing" is not there: 404, recorded. */
static int load_thing(struct req *r)
{
	note("load");
	if (!strcmp(req_param(r, 0), "missing")) {
		req_error(r, 404, "not_found", "no such thing");
		req_record(r, req_entry(r, "deny", r->route->action, r->resource, NULL,
					"not_found"));
		return PIPE_SEND;
	}
	r->attrs = json_pack("{s:s,s:s}", "type", "conversation", "id", req_param(r, 0));
	return PIPE_NEXT;
}

static void act_thing(struct req *r)
{
	note("act");
	req_reply(r, 200, json_pack("{s:s}", "id", req_param(r, 0)));
}

/* A change: its record follows the act, and the answer waits for it. */
static void act_change(struct req *r)
{
	note("act");
	req_reply(r, 200, json_pack("{s:b}", "changed", 1));
	json_t *e = req_entry(r, "change", r->route->action, r->resource, NULL, "changed");
	json_object_set_new(e, "change", json_pack("{s:s}", "what", "test"));
	req_record(r, e);
}

/* A creation: its outcome is recorded without waiting. */
static void act_create(struct req *r)
{
	note("act");
	req_reply(r, 201, json_pack("{s:s}", "id", "t-1"));
	json_t *e = req_entry(r, "outcome", r->route->action, "thing/t-1", NULL, "created");
	req_record_outcome(r, e);
}

/* The decision point's way: the route decides, and answers itself when
 * the body says so (nothing to act on). */
static int decide_own(struct req *r)
{
	note("decide");
	pol_decision *d = &r->decision;
	pol_decision_clear(d);
	if (req_decide(r, "conversation:read", NULL, NULL, NULL, 0, d))
		return PIPE_SEND;
	req_record(r, req_entry(r, d->allow ? "allow" : "deny", "authorize", NULL, d, NULL));
	if (req_query(r, "answer")) {
		req_reply(r, 200, json_pack("{s:s}", "decision", d->allow ? "allow" : "deny"));
		return PIPE_SEND;
	}
	return PIPE_NEXT;
}

static void act_free(struct req *r)
{
	note("act");
	req_reply(r, 200, json_pack("{s:s}", "client", r->client));
}

static const struct route table[] = {
	{"GET", "/t/things/{}", "conversation:read", NULL, name_thing, load_thing, act_thing, NULL},
	{"PUT", "/t/things/{}", "conversation:hold", NULL, name_thing, load_thing, act_change, NULL},
	{"POST", "/t/things", "conversation:create", "thing", NULL, NULL, act_create, NULL},
	{"POST", "/t/decide", "authorize", NULL, NULL, NULL, act_thing, decide_own},
	{"GET", "/t/free", NULL, NULL, NULL, NULL, act_free, NULL},
};

/* ---- a client ---- */

struct resp {
	unsigned status;
	char decision_id[32]; /* X-Decision-Id, "" when absent */
	char head[4096];      /* the status line and headers */
	char body[4096];
};

/* Sends method path (no body) to port p with the client certificate of
 * name (certs/gen.sh; NULL: none). A refused handshake: status 0. */
static void call_on(int p, const char *name, const char *method, const char *path,
		    struct resp *out)
{
	char ca[128], crt[128], key[128], buf[8192];
	snprintf(ca, sizeof ca, "%s/certs/ca.crt", dir);
	snprintf(crt, sizeof crt, "%s/certs/%s.crt", dir, name);
	snprintf(key, sizeof key, "%s/certs/%s.key", dir, name);
	memset(out, 0, sizeof *out);

	int fd = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	sa.sin_port = htons((uint16_t)p);
	assert_true(fd >= 0);
	assert_int_equal(connect(fd, (struct sockaddr *)&sa, sizeof sa), 0);
	gnutls_certificate_credentials_t cred;
	gnutls_session_t s;
	assert_int_equal(gnutls_certificate_allocate_credentials(&cred), 0);
	assert_true(gnutls_certificate_set_x509_trust_file(cred, ca, GNUTLS_X509_FMT_PEM) > 0);
	if (name)
		assert_int_equal(
			gnutls_certificate_set_x509_key_file(cred, crt, key, GNUTLS_X509_FMT_PEM),
			0);
	assert_int_equal(gnutls_init(&s, GNUTLS_CLIENT), 0);
	assert_int_equal(gnutls_set_default_priority(s), 0);
	assert_int_equal(gnutls_credentials_set(s, GNUTLS_CRD_CERTIFICATE, cred), 0);
	gnutls_session_set_verify_cert(s, "localhost", 0);
	gnutls_transport_set_int(s, fd);
	int rc;
	do
		rc = gnutls_handshake(s);
	while (rc < 0 && !gnutls_error_is_fatal(rc));
	if (rc < 0 && !name) { /* refused: no certificate where one is required */
		gnutls_deinit(s);
		gnutls_certificate_free_credentials(cred);
		close(fd);
		return;
	}
	if (rc < 0)
		fail_msg("handshake: %s", gnutls_strerror(rc));
	int n = snprintf(buf, sizeof buf,
			 "%s %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
			 "Content-Length: 0\r\n\r\n",
			 method, path);
	ssize_t sent = gnutls_record_send(s, buf, (size_t)n);
	if (sent != n && !name) {
		/* TLS 1.3: the server may have refused and reset the connection
		 * before the request goes out (EPIPE/ECONNRESET): refused. */
		gnutls_deinit(s);
		gnutls_certificate_free_credentials(cred);
		close(fd);
		return;
	}
	assert_int_equal(sent, n);
	size_t len = 0;
	for (;;) {
		ssize_t got = gnutls_record_recv(s, buf + len, sizeof buf - 1 - len);
		if (got == GNUTLS_E_AGAIN || got == GNUTLS_E_INTERRUPTED)
			continue;
		if (got <= 0)
			break;
		len += (size_t)got;
	}
	buf[len] = '\0';
	if (len == 0 && !name) { /* TLS 1.3: the refusal comes after the handshake */
		gnutls_deinit(s);
		gnutls_certificate_free_credentials(cred);
		close(fd);
		return;
	}
	gnutls_bye(s, GNUTLS_SHUT_RDWR);
	gnutls_deinit(s);
	gnutls_certificate_free_credentials(cred);
	close(fd);

	if (sscanf(buf, "HTTP/1.1 %u", &out->status) != 1)
		fail_msg("no answer: %s", buf);
	char *h = strcasestr(buf, "\r\nX-Decision-Id: ");
	if (h)
		sscanf(h + 17, "%31[0-9]", out->decision_id);
	char *b = strstr(buf, "\r\n\r\n");
	if (b)
		snprintf(out->body, sizeof out->body, "%s", b + 4);
	snprintf(out->head, sizeof out->head, "%.*s", b ? (int)(b - buf) : (int)len, buf);
}

static void call(const char *name, const char *method, const char *path, struct resp *out)
{
	call_on(port, name, method, path, out);
}

/* ---- the audit log ---- */

static uint64_t head(void)
{
	uint64_t seq = 0;
	char hash[AUDIT_HASH_HEX];
	assert_int_equal(audit_head(app.audit, &seq, hash), 0);
	return seq;
}

/* Entry seq (the caller json_decref's it). */
static json_t *entry(uint64_t seq)
{
	audit_filter f = {.since_seq = seq, .limit = 1};
	json_t *arr = NULL;
	uint64_t next = 0;
	assert_int_equal(audit_query(app.audit, &f, &arr, &next), 0);
	json_t *e = json_incref(json_array_get(arr, 0));
	json_decref(arr);
	if (!e || json_integer_value(json_object_get(e, "seq")) != (json_int_t)seq)
		fail_msg("no entry %llu", (unsigned long long)seq);
	return e;
}

static void entry_is(uint64_t seq, const char *decision, const char *reason,
		     const char *resource)
{
	json_t *e = entry(seq);
	assert_string_equal(json_string_value(json_object_get(e, "decision")), decision);
	if (reason)
		assert_string_equal(json_string_value(json_object_get(e, "reason")), reason);
	if (resource)
		assert_string_equal(json_string_value(json_object_get(e, "resource")), resource);
	json_decref(e);
}

static void decision_id_is(const struct resp *r, uint64_t seq)
{
	char want[32];
	snprintf(want, sizeof want, "%llu", (unsigned long long)seq);
	assert_string_equal(r->decision_id, want);
}

/* ---- the world ---- */

static const char DOCS[] =
	"[{\"name\": \"reader\", \"rules\": [{\"id\": \"r\", \"effect\": \"allow\","
	" \"actions\": [\"conversation:read\", \"conversation:hold\", \"conversation:create\"]}]}]";

static int free_port(void)
{
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in sa = {.sin_family = AF_INET};
	socklen_t len = sizeof sa;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof sa) ||
	    getsockname(fd, (struct sockaddr *)&sa, &len))
		return -1;
	close(fd);
	return ntohs(sa.sin_port);
}

static int setup(void **state)
{
	(void)state;
	char cmd[512], path[3][128], err[512] = "";
	const char *src = getenv("CUSTOS_SOURCE_DIR");
	snprintf(dir, sizeof dir, "/tmp/custos-pipe-XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	snprintf(cmd, sizeof cmd, "sh %s/certs/gen.sh %s/certs >/dev/null 2>&1", src ? src : ".",
		 dir);
	if (system(cmd) != 0)
		return -1;
	log_set_level(LOG_ERROR);

	snprintf(path[0], sizeof path[0], "%s/certs/server.crt", dir);
	snprintf(path[1], sizeof path[1], "%s/certs/server.key", dir);
	snprintf(path[2], sizeof path[2], "%s/certs/ca.crt", dir);
	struct tls_conf tc = {.cert = path[0], .key = path[1], .client_ca = path[2]};
	if (tls_init(&tc, err, sizeof err))
		return fprintf(stderr, "tls: %s\n", err), -1;

	char db[128], au[128];
	snprintf(db, sizeof db, "%s/db", dir);
	snprintf(au, sizeof au, "%s/audit", dir);
	db_env_opts eo = {.dir = db};
	pol_store_opts so = {0};
	if (db_env_open(&eo, &env, err, sizeof err) ||
	    pol_store_open(env, &so, &app.store, err, sizeof err))
		return fprintf(stderr, "store: %s\n", err), -1;
	json_t *docs = json_loads(DOCS, 0, NULL);
	json_t *bind = json_pack("{s:[s]}", "svc:support-console", "reader");
	pol_error pe;
	int rc = 0;
	pol_snapshot *snap = pol_compile(docs, bind, 1, NULL, NULL, 0, &pe, &rc);
	json_decref(docs);
	json_decref(bind);
	if (!snap)
		return fprintf(stderr, "compile: %s: %s\n", pe.path, pe.msg), -1;
	app.policy = pol_holder_create(snap);
	static const uint8_t key[AUDIT_KEY_LEN] = {1, 2, 3};
	audit_conf ac = {.dir = au, .key = key, .group_commit = 1};
	if (audit_open(&app.audit, &ac, err, sizeof err))
		return fprintf(stderr, "audit: %s\n", err), -1;

	if (pipe_create(&app, table, sizeof table / sizeof table[0], &pipe_) ||
	    pipe_create(&app, table, sizeof table / sizeof table[0], &console_pipe))
		return -1;
	pipe_set_console(console_pipe, sizeof table / sizeof table[0]);
	struct server_conf sc = {.listen = "127.0.0.1", .listen_host = "127.0.0.1",
				 .threads = 2, .max_body_bytes = 1 << 16,
				 .max_header_bytes = 1 << 14, .max_connections = 64,
				 .per_ip_connections = 64, .idle_timeout_s = 10,
				 .request_timeout_s = 10};
	pipe_hooks(pipe_, &sc.hooks);
	pipe_hooks(console_pipe, &sc.console_hooks);
	sc.console_listen = sc.console_host = "127.0.0.1";
	for (int tries = 0; tries < 5; tries++) {
		sc.console_port = console_port = free_port();
		sc.listen_port = port = free_port();
		if (port > 0 && server_start(&sc) == 0)
			return 0;
	}
	return -1;
}

static int rm_one(const char *p, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	return remove(p);
}

static int teardown(void **state)
{
	(void)state;
	server_drain(5);
	server_stop();
	pipe_free(pipe_);
	pipe_free(console_pipe);
	audit_close(app.audit);
	pol_holder_free(app.policy);
	pol_store_close(app.store);
	db_env_close(env);
	tls_shutdown();
	nftw(dir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	return 0;
}

/* ---- tests ---- */

static void test_allowed_acts_after_its_decision_is_durable(void **state)
{
	(void)state;
	struct resp r;
	uint64_t before = head();
	call("support-console", "GET", "/t/things/a1", &r);
	assert_int_equal(r.status, 200);
	trace_is("load,act");
	assert_int_equal(head(), before + 1);
	decision_id_is(&r, before + 1);
	entry_is(before + 1, "allow", NULL, "thing/a1");
}

static void test_denied_never_acts(void **state)
{
	(void)state;
	struct resp r;
	uint64_t before = head();
	call("admin-cli", "GET", "/t/things/a1", &r);
	assert_int_equal(r.status, 403);
	assert_non_null(strstr(r.body, "\"forbidden\""));
	trace_is("load");
	decision_id_is(&r, before + 1);
	entry_is(before + 1, "deny", NULL, "thing/a1");
}

static void test_load_may_answer_and_is_recorded(void **state)
{
	(void)state;
	struct resp r;
	uint64_t before = head();
	call("support-console", "GET", "/t/things/missing", &r);
	assert_int_equal(r.status, 404);
	trace_is("load");
	decision_id_is(&r, before + 1);
	entry_is(before + 1, "deny", "not_found", "thing/missing");
}

static void test_a_failed_record_refuses_and_never_acts(void **state)
{
	(void)state;
	struct resp r;
	uint64_t before = head();
	custos_fault_arm(CUSTOS_FAULT_AUDIT_COMMIT, EIO, 0, 1);
	call("support-console", "GET", "/t/things/a2", &r);
	custos_fault_clear();
	assert_int_equal(r.status, 503);
	assert_non_null(strstr(r.body, "\"audit_unavailable\""));
	assert_string_equal(r.decision_id, "");
	trace_is("load");
	assert_int_equal(head(), before);
	/* the log reopens and the next request goes through */
	call("support-console", "GET", "/t/things/a2", &r);
	assert_int_equal(r.status, 200);
	trace_is("load,act");
}

static void test_a_change_is_recorded_before_its_answer(void **state)
{
	(void)state;
	struct resp r;
	uint64_t before = head();
	call("support-console", "PUT", "/t/things/a3", &r);
	assert_int_equal(r.status, 200);
	trace_is("load,act");
	/* the decision, then the change; the answer names the change */
	assert_int_equal(head(), before + 2);
	entry_is(before + 1, "allow", NULL, "thing/a3");
	entry_is(before + 2, "change", "changed", "thing/a3");
	decision_id_is(&r, before + 2);
}

static void test_a_failed_change_record_fails_the_answer(void **state)
{
	(void)state;
	struct resp r;
	uint64_t before = head();
	/* the decision commits, the change's record does not */
	custos_fault_arm(CUSTOS_FAULT_AUDIT_COMMIT, EIO, 1, 1);
	call("support-console", "PUT", "/t/things/a4", &r);
	custos_fault_clear();
	assert_int_equal(r.status, 503);
	trace_is("load,act");
	assert_int_equal(head(), before + 1);
}

static void test_an_outcome_is_recorded_without_waiting(void **state)
{
	(void)state;
	struct resp r;
	uint64_t before = head();
	call("support-console", "POST", "/t/things", &r);
	assert_int_equal(r.status, 201);
	trace_is("act");
	decision_id_is(&r, before + 1); /* the decision's */
	for (int i = 0; i < 500 && head() < before + 2; i++)
		usleep(10000);
	assert_int_equal(head(), before + 2);
	entry_is(before + 2, "outcome", "created", "thing/t-1");
}

static void test_a_route_may_decide_itself(void **state)
{
	(void)state;
	struct resp r;
	uint64_t before = head();
	call("support-console", "POST", "/t/decide", &r);
	assert_int_equal(r.status, 200);
	trace_is("decide,act");
	decision_id_is(&r, before + 1);
	entry_is(before + 1, "allow", NULL, NULL);
	/* and answer itself: nothing to act on */
	call("admin-cli", "POST", "/t/decide?answer=1", &r);
	assert_int_equal(r.status, 200);
	assert_non_null(strstr(r.body, "\"deny\""));
	trace_is("decide");
	decision_id_is(&r, before + 2);
	entry_is(before + 2, "deny", NULL, NULL);
}

static void test_a_route_without_action_records_nothing(void **state)
{
	(void)state;
	struct resp r;
	uint64_t before = head();
	call("admin-cli", "GET", "/t/free", &r);
	assert_int_equal(r.status, 200);
	assert_non_null(strstr(r.body, "svc:admin-cli"));
	assert_string_equal(r.decision_id, "");
	trace_is("act");
	assert_int_equal(head(), before);
}

static void test_refusals_of_the_route_phase(void **state)
{
	(void)state;
	struct resp r;
	uint64_t before = head();
	call("support-console", "GET", "/t/nothing", &r);
	assert_int_equal(r.status, 404);
	call("support-console", "DELETE", "/t/things/a1", &r);
	assert_int_equal(r.status, 405);
	assert_int_equal(head(), before); /* neither is a decision */
	trace_is("");
	/* a malformed request is: recorded as an error */
	call("support-console", "GET", "/t/things/%zz", &r);
	assert_int_equal(r.status, 400);
	decision_id_is(&r, before + 1);
	entry_is(before + 1, "error", "bad_request", NULL);
	trace_is("");
}

static void test_a_revoked_caller_is_refused_and_recorded(void **state)
{
	(void)state;
	struct resp r;
	assert_int_equal(pol_store_revoke(app.store, "test", "subject", "svc:support-console",
					  NULL, 0, NULL, NULL, 0), 0);
	uint64_t before = head();
	call("support-console", "GET", "/t/things/a1", &r);
	assert_int_equal(pol_store_unrevoke(app.store, "subject", "svc:support-console", NULL,
					    NULL, 0), 0);
	assert_int_equal(r.status, 403);
	assert_non_null(strstr(r.body, "\"revoked\""));
	trace_is("");
	decision_id_is(&r, before + 1);
	entry_is(before + 1, "deny", "revoked", "thing/a1");
}

/* The console's engine (pipe_set_console): a caller without a certificate
 * is anonymous and reaches the routes without an action, every answer
 * carries the strict CSP; a route with an action is refused before it
 * loads or decides anything (no session cookie here: the console's caller
 * is a signed-in person, never a certificate), even for a certificate whose
 * principal the policy would allow. The data
 * listener still requires a certificate. */
static void test_the_console_serves_public_routes_only(void **state)
{
	(void)state;
	struct resp r;
	uint64_t before = head();
	call_on(console_port, NULL, "GET", "/t/free", &r);
	assert_int_equal(r.status, 200);
	assert_non_null(strstr(r.body, "\"client\":\"\""));
	assert_non_null(strstr(r.head, "\r\nContent-Security-Policy: default-src 'none'; "
				       "script-src 'self';"));
	assert_non_null(strstr(r.head, "\r\nX-Frame-Options: DENY"));
	trace_is("act");
	call_on(console_port, NULL, "GET", "/t/things/a1", &r);
	assert_int_equal(r.status, 401);
	assert_non_null(strstr(r.body, "\"sign_in_required\""));
	assert_non_null(strstr(r.head, "\r\nContent-Security-Policy: "));
	call_on(console_port, "support-console", "GET", "/t/things/a1", &r);
	assert_int_equal(r.status, 401);
	call_on(console_port, "support-console", "GET", "/t/free", &r);
	assert_int_equal(r.status, 200);
	assert_non_null(strstr(r.body, "svc:support-console")); /* a presented cert is verified */
	trace_is("act");
	assert_int_equal(head(), before);
	/* the data listener: no certificate, no request */
	call_on(port, NULL, "GET", "/t/free", &r);
	assert_int_equal(r.status, 0);
	assert_null(strstr(r.head, "Content-Security-Policy"));
	trace_is("");
	call("admin-cli", "GET", "/t/free", &r);
	assert_null(strstr(r.head, "Content-Security-Policy"));
	trace_is("act");
}

int main(void)
{
	/* As serve.c does: a write to a connection the peer has reset is an
	 * error to handle, not a signal that ends the process (here the test's
	 * client, which the server refuses, shares the process). */
	signal(SIGPIPE, SIG_IGN);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_allowed_acts_after_its_decision_is_durable),
		cmocka_unit_test(test_denied_never_acts),
		cmocka_unit_test(test_load_may_answer_and_is_recorded),
		cmocka_unit_test(test_a_failed_record_refuses_and_never_acts),
		cmocka_unit_test(test_a_change_is_recorded_before_its_answer),
		cmocka_unit_test(test_a_failed_change_record_fails_the_answer),
		cmocka_unit_test(test_an_outcome_is_recorded_without_waiting),
		cmocka_unit_test(test_a_route_may_decide_itself),
		cmocka_unit_test(test_a_route_without_action_records_nothing),
		cmocka_unit_test(test_refusals_of_the_route_phase),
		cmocka_unit_test(test_a_revoked_caller_is_refused_and_recorded),
		cmocka_unit_test(test_the_console_serves_public_routes_only),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
