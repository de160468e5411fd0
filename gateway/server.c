/* server: libmicrohttpd glue. The data listener (HTTPS, client certificate
 * required and verified by tls.c), the ops listener (plain HTTP: health,
 * readiness, metrics), per-connection deadlines against slow clients, and
 * the signal loop (SIGHUP reload, SIGTERM drain), told to systemd with
 * sd_notify (READY, RELOADING, STOPPING; a no-op without $NOTIFY_SOCKET). */
#include "server.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <gnutls/gnutls.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <systemd/sd-daemon.h>
#include <time.h>
#include <unistd.h>

#include "app.h"
#include "audit.h"
#include "guard.h"
#include "config.h"
#include "detect.h"
#include "http.h"
#include "listener.h"
#include "log.h"
#include "metrics.h"
#include "retention.h"
#include "routes.h"
#include "tls.h"
#include "tlsfail.h"
#include "timefmt.h"

/* Per-connection state (MHD's socket context). */
struct conn {
	struct conn *prev, *next;
	int fd;                  /* the reaper's handle: -1 once it shut the socket */
	int sock;                /* the socket, for reads (conn_pull) */
	gnutls_session_t session;
	_Atomic uint64_t req_start_ms; /* start of the request being received (read by the reaper) */
	atomic_int busy;         /* a complete request is being handled */
	atomic_int idle;         /* between requests: no deadline (MHD's idle timeout applies) */
	int verified;
	struct tls_peer peer;
	struct tls_conn tls;     /* what the TLS callbacks saw (tls.h) */
	unsigned served;
	/* The request begun on this connection and not yet completed. MHD can
	 * refuse a request after begin_request without ever calling
	 * request_completed (e.g. more query arguments than its memory pool
	 * holds): the connection's close then releases it. Only the
	 * connection's MHD thread touches it. */
	struct req *pending;
	struct listener_admission adm;
};

static struct {
	pthread_mutex_t lock;    /* guards the connection list */
	struct MHD_Daemon *workers[LISTENER_MAX_WORKERS]; /* the data listener's daemons */
	unsigned nworkers;
	struct conn *head;
	atomic_int active;       /* requests begun and not completed */
	pthread_t reaper;
	atomic_int stop_reaper;
	atomic_int sweep_now;    /* SIGUSR1: sweep expired conversations now */
	uint64_t last_sweep_ms;
	struct config *cfg;
} S = {.lock = PTHREAD_MUTEX_INITIALIZER};

static uint64_t now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

/* fmt is MHD's own format string (the attribute tells clang so). */
__attribute__((format(printf, 2, 0)))
static void mhd_logger(void *cls, const char *fmt, va_list ap)
{
	(void)cls;
	char buf[512];
	vsnprintf(buf, sizeof buf, fmt, ap);
	size_t n = strlen(buf);
	while (n && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
		buf[--n] = '\0';
	log_debug("libmicrohttpd", "detail", buf);
}

/* MHD must not unescape the path: an encoded '/' inside a parameter has to
 * stay inside it. routes.c decodes parameters, http.c query values. */
static size_t no_unescape(void *cls, struct MHD_Connection *c, char *s)
{
	(void)cls;
	(void)c;
	return strlen(s);
}

/* Frees a request context and ends its count among the requests in flight
 * (what SIGTERM waits for). */
static void release_request(struct req *r)
{
	http_req_clear(r);
	free(r);
	atomic_fetch_sub(&S.active, 1);
}

/* The connection whose TLS session is s, or NULL once it closed. */
static struct conn *conn_of_session(gnutls_session_t s)
{
	struct MHD_Connection *mc = gnutls_session_get_ptr(s);
	const union MHD_ConnectionInfo *ci =
		mc ? MHD_get_connection_info(mc, MHD_CONNECTION_INFO_SOCKET_CONTEXT) : NULL;
	return ci ? ci->socket_context : NULL;
}

static int session_fd(gnutls_session_t s, struct conn *c)
{
	if (c)
		return c->sock;
	struct MHD_Connection *mc = gnutls_session_get_ptr(s);
	const union MHD_ConnectionInfo *ci =
		mc ? MHD_get_connection_info(mc, MHD_CONNECTION_INFO_CONNECTION_FD) : NULL;
	return ci ? ci->connect_fd : -1;
}

/* GnuTLS reads the socket through this (set up in notify_connection): the
 * first bytes after a completed request start the next request's deadline,
 * so an idle keep-alive connection has none (request_timeout_s runs from a
 * request's first byte; idle_timeout_s governs the wait between requests). */
static ssize_t conn_pull(gnutls_transport_ptr_t ptr, void *buf, size_t len)
{
	gnutls_session_t s = ptr;
	struct conn *c = conn_of_session(s);
	ssize_t n = recv(session_fd(s, c), buf, len, 0);
	if (n > 0 && c && atomic_load(&c->idle)) {
		atomic_store(&c->req_start_ms, time_mono_ms());
		atomic_store(&c->idle, 0);
	}
	return n;
}

static int conn_pull_timeout(gnutls_transport_ptr_t ptr, unsigned int ms)
{
	gnutls_session_t s = ptr;
	struct pollfd p = {.fd = session_fd(s, conn_of_session(s)), .events = POLLIN};
	return poll(&p, 1, ms == GNUTLS_INDEFINITE_TIMEOUT ? -1 : (int)ms);
}

static void notify_connection(void *cls, struct MHD_Connection *mc, void **socket_context,
			      enum MHD_ConnectionNotificationCode toe)
{
	(void)cls;
	if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
		struct conn *c = calloc(1, sizeof *c);
		*socket_context = c;
		const union MHD_ConnectionInfo *ci =
			MHD_get_connection_info(mc, MHD_CONNECTION_INFO_GNUTLS_SESSION);
		gnutls_session_t s = ci ? (gnutls_session_t)ci->tls_session : NULL;
		if (s)
			tls_session_setup(s, c ? &c->tls : NULL);
		if (!c)
			return;
		c->session = s;
		ci = MHD_get_connection_info(mc, MHD_CONNECTION_INFO_CONNECTION_FD);
		c->fd = c->sock = ci ? ci->connect_fd : -1;
		listener_claim(c->sock, &c->adm);
		if (s && c->sock >= 0) {
			/* MHD set the socket as both transport pointers; reads now
			 * go through conn_pull, writes stay GnuTLS's own. */
			gnutls_transport_set_ptr2(s, s, (gnutls_transport_ptr_t)(intptr_t)c->sock);
			gnutls_transport_set_pull_function(s, conn_pull);
			gnutls_transport_set_pull_timeout_function(s, conn_pull_timeout);
		}
		/* the handshake and the first request share one deadline */
		atomic_store(&c->req_start_ms, time_mono_ms());
		pthread_mutex_lock(&S.lock);
		c->next = S.head;
		if (S.head)
			S.head->prev = c;
		S.head = c;
		pthread_mutex_unlock(&S.lock);
		metrics_connections(1);
	} else if (toe == MHD_CONNECTION_NOTIFY_CLOSED) {
		struct conn *c = *socket_context;
		if (!c)
			return;
		pthread_mutex_lock(&S.lock);
		if (c->prev)
			c->prev->next = c->next;
		else
			S.head = c->next;
		if (c->next)
			c->next->prev = c->prev;
		pthread_mutex_unlock(&S.lock);
		if (c->pending) {
			/* Begun but never completed: MHD dropped it (see struct conn). */
			release_request(c->pending);
			c->pending = NULL;
		}
		if (c->served == 0 && c->session && !c->tls.judged) {
			unsigned n = 0;
			/* No ClientHello: a bare TCP connection (a port probe), not a
			 * TLS failure. No version negotiated: the handshake itself
			 * failed (e.g. TLS 1.1 offered); else it got as far as the
			 * certificate, and none came. */
			if (!c->tls.hello)
				metrics_inc(M_NO_CLIENT_HELLO);
			else if (gnutls_protocol_get_version(c->session) == GNUTLS_VERSION_UNKNOWN)
				metrics_tls_failure("handshake_failed");
			else if (!gnutls_certificate_get_peers(c->session, &n))
				metrics_tls_failure("no_certificate");
		}
		metrics_connections(-1);
		listener_release(&c->adm);
		free(c);
		*socket_context = NULL;
	}
}

/* Housekeeping thread: notices policy changes made by other processes, and
 * closes connections that have not completed a request within
 * request_timeout_s of its first byte (of the connection, for the first
 * request: the handshake counts). MHD's own timeout is inactivity only, so a
 * client that trickles one byte at a time would otherwise hold its slot
 * forever. Idle keep-alive connections are left to MHD's idle timeout. */
static void *reaper_main(void *arg)
{
	(void)arg;
	uint64_t limit = (uint64_t)S.cfg->request_timeout_s * 1000u;
	unsigned tick = 0;
	while (!atomic_load(&S.stop_reaper)) {
		struct timespec ts = {0, 250 * 1000 * 1000};
		nanosleep(&ts, NULL);
		if (++tick % 4 == 0) {
			app_poll();
			tlsfail_tick(time_mono_ms());
		}
		uint64_t now_ms = time_mono_ms();
		if (atomic_exchange(&S.sweep_now, 0) ||
		    now_ms - S.last_sweep_ms >= (uint64_t)S.cfg->sweep_interval_s * 1000u) {
			size_t n = 0;
			S.last_sweep_ms = now_ms;
			retention_sweep(&n);
		}
		uint64_t now = time_mono_ms();
		pthread_mutex_lock(&S.lock);
		for (struct conn *c = S.head; c; c = c->next) {
			if (atomic_load(&c->busy) || atomic_load(&c->idle) || c->fd < 0)
				continue;
			/* Read after busy (request_completed stores the start, then
			 * clears busy). A request may complete after `now` was read: its
			 * start is then later than now, and the unsigned difference must
			 * not wrap into "overdue" (it cut keep-alive clients off). */
			uint64_t started = atomic_load(&c->req_start_ms);
			if (started >= now || now - started <= limit)
				continue;
			/* counted first: a client that sees the close can read the count */
			metrics_inc(M_SLOW_CLIENT_CLOSED);
			shutdown(c->fd, SHUT_RDWR);
			c->fd = -1;
		}
		pthread_mutex_unlock(&S.lock);
	}
	return NULL;
}

static enum MHD_Result header_bytes(void *cls, enum MHD_ValueKind kind, const char *key,
				   const char *value)
{
	(void)kind;
	size_t *sum = cls;
	*sum += strlen(key) + (value ? strlen(value) : 0) + 4;
	return MHD_YES;
}

static enum MHD_Result queue(struct req *r)
{
	if (r->decision_id) {
		char d[24];
		snprintf(d, sizeof d, "%llu", (unsigned long long)r->decision_id);
		MHD_add_response_header(r->resp, "X-Decision-Id", d);
	}
	enum MHD_Result ret = MHD_queue_response(r->mc, r->status, r->resp);
	MHD_destroy_response(r->resp);
	r->resp = NULL;
	return ret;
}

/* The request was resumed: its audit entry is durable, or failed. */
static void after_record(struct req *r)
{
	r->awaiting = 0;
	if (r->audit_rc != 0) {
		metrics_inc(M_AUDIT_UNAVAILABLE);
		detect_record_failed(r->who ? r->who->subject : r->peer.principal, r->request_id,
				     r->audit_rc);
		log_error("decision not recorded; refusing the request", "request_id",
			  r->request_id, "error", audit_strerror(r->audit_rc));
		http_reply_error(r, 503, "audit_unavailable",
				 "the decision could not be recorded; nothing was done");
		return;
	}
	if (r->continue_after) {
		r->phase++;
		r->route->fn(r);
	}
}

/* Verifies the connection's client certificate once, and again after a
 * trust-list reload; its validity period on every request, so that a
 * kept-alive connection ends when its certificate does. 0 = verified
 * (r->peer filled), else an answer is set and the connection closes. */
static int authenticate(struct req *r, const char **code)
{
	struct conn *c = r->conn;
	const char *why = NULL;
	int rc = TLS_OK;
	*code = "client_cert_required";
	if (!c || !c->session) {
		http_reply_error(r, 401, "client_cert_required", "a client certificate is required");
		http_close_after(r);
		return -1;
	}
	if (!c->verified || c->peer.trust_generation != tls_trust_generation()) {
		c->verified = 0;
		rc = tls_verify_session(c->session, &c->peer, &why);
		c->verified = rc == TLS_OK;
	} else {
		rc = tls_peer_current(&c->peer, time(NULL), &why);
		c->verified = rc == TLS_OK;
	}
	if (rc == TLS_OK) {
		r->peer = c->peer;
		return 0;
	}
	/* The refused certificate is named in the record, never its principal. */
	memcpy(r->peer.cert_sha256, c->peer.cert_sha256, sizeof r->peer.cert_sha256);
	metrics_tls_failure(why);
	log_info("client certificate refused", "reason", why, "request_id", r->request_id,
		 "cert_sha256", r->peer.cert_sha256[0] ? r->peer.cert_sha256 : NULL);
	if (rc == TLS_E_NO_CERT) {
		http_reply_error(r, 401, "client_cert_required", "a client certificate is required");
	} else {
		*code = "client_cert_invalid";
		http_reply_error(r, 401, "client_cert_invalid", "client certificate refused: %s",
				 why);
	}
	http_close_after(r);
	return -1;
}

static void dispatch(struct req *r)
{
	if (r->body_too_large) {
		http_reply_error(r, 413, "payload_too_large", "the body is larger than %zu bytes",
				 S.cfg->max_body_bytes);
		http_close_after(r);
		return;
	}
	const char *code = NULL;
	if (authenticate(r, &code)) {
		/* A refused certificate that reached HTTP is a decision too. */
		http_record(r, guard_entry(r, "error", NULL, NULL, NULL, code), 0);
		return;
	}
	if (http_query_count(r) > HTTP_MAX_QUERY_ARGS) {
		http_reply_error(r, 400, "bad_request", "more than %d query arguments",
				 HTTP_MAX_QUERY_ARGS);
		return;
	}
	if (http_query_valid(r)) {
		http_reply_error(r, 400, "bad_request", "malformed query string");
		return;
	}
	int m = routes_match(r->method, r->url, r);
	if (m == ROUTE_NOT_FOUND) {
		http_reply_error(r, 404, "not_found", "no such resource");
		return;
	}
	if (m == ROUTE_BAD_METHOD) {
		http_reply_error(r, 405, "method_not_allowed", "method %s not allowed here",
				 r->method);
		return;
	}
	if (m == ROUTE_BAD_PATH) {
		http_reply_error(r, 400, "bad_request", "malformed path");
		return;
	}
	r->route->fn(r);
}

/* A malformed request from an authenticated client is accountable too: a
 * 400 answered without any entry (bad query, bad body, bad path parameter)
 * is recorded as an "error" entry, reason "bad_request", before it is sent.
 * Its subject is the caller once identified, else the certificate's
 * principal (a token is verified only once the request is well formed
 * enough to be routed). Nothing the client sent goes into it beyond what
 * guard_entry records anyway. */
static void record_bad_request(struct req *r)
{
	json_t *e = guard_entry(r, "error", r->route ? r->route->action : NULL, NULL, NULL,
				"bad_request");
	if (e && r->route)
		json_object_set_new(e, "route", json_string(r->route->pattern));
	http_record(r, e, 0);
}

/* Called by MHD as soon as a request line has arrived: from here on the
 * request counts as in flight, so SIGTERM waits for one whose headers are
 * still arriving. MHD does not always call request_completed for it (it
 * drops a request whose query arguments overflow its memory pool after this
 * callback), so the context is also linked to its connection, whose close
 * notification always comes and releases a context left behind. */
static void *begin_request(void *cls, const char *uri, struct MHD_Connection *mc)
{
	(void)cls;
	(void)uri;
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(mc, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
	struct conn *c = ci ? ci->socket_context : NULL;
	if (!c)
		return NULL; /* no connection state: access_handler refuses it */
	if (c->pending) {
		/* The previous request on this connection was dropped by MHD. */
		release_request(c->pending);
		c->pending = NULL;
	}
	/* A pipelined request may have arrived with the previous one, before
	 * the connection went idle: its deadline starts now at the latest. */
	if (atomic_load(&c->idle)) {
		atomic_store(&c->req_start_ms, time_mono_ms());
		atomic_store(&c->idle, 0);
	}
	struct req *r = calloc(1, sizeof *r);
	if (!r)
		return NULL;
	r->t_start_us = now_us();
	r->conn = c;
	c->pending = r;
	atomic_fetch_add(&S.active, 1);
	return r;
}

static enum MHD_Result access_handler(void *cls, struct MHD_Connection *mc, const char *url,
				      const char *method, const char *version,
				      const char *upload_data, size_t *upload_data_size,
				      void **con_cls)
{
	(void)cls;
	(void)version;
	struct req *r = *con_cls;
	if (!r)
		return MHD_NO; /* begin_request always runs first */

	if (!r->method) {
		r->mc = mc;
		r->method = method;
		r->url = url;
		http_assign_request_id(r);
		if (r->conn && r->conn->adm.over_cap) {
			http_reply_error(r, 503, "too_many_connections",
					 "more than %u connections from this address",
					 S.cfg->per_ip_connections);
			MHD_add_response_header(r->resp, "Retry-After", "1");
			http_close_after(r);
			return queue(r);
		}

		size_t hb = strlen(url) + strlen(method) + 16;
		MHD_get_connection_values(mc, MHD_HEADER_KIND, header_bytes, &hb);
		if (hb > S.cfg->max_header_bytes) {
			http_reply_error(r, 413, "payload_too_large",
					 "the request header is larger than %zu bytes",
					 S.cfg->max_header_bytes);
			http_close_after(r);
			return queue(r);
		}
		const char *cl = MHD_lookup_connection_value(mc, MHD_HEADER_KIND,
							     MHD_HTTP_HEADER_CONTENT_LENGTH);
		if (cl) {
			char *end;
			errno = 0;
			unsigned long long n = strtoull(cl, &end, 10);
			if (errno || *end || n > S.cfg->max_body_bytes) {
				r->body_too_large = 1;
				dispatch(r);
				return queue(r);
			}
		}
		return MHD_YES;
	}

	if (*upload_data_size) {
		size_t n = *upload_data_size;
		*upload_data_size = 0;
		if (r->body_too_large)
			return MHD_YES;
		if (r->body_len + n > S.cfg->max_body_bytes) {
			r->body_too_large = 1;
			free(r->body);
			r->body = NULL;
			r->body_len = r->body_cap = 0;
			return MHD_YES;
		}
		if (r->body_len + n + 1 > r->body_cap) {
			size_t cap = r->body_cap ? r->body_cap : 1024;
			while (cap < r->body_len + n + 1)
				cap *= 2;
			char *b = realloc(r->body, cap);
			if (!b)
				return MHD_NO;
			r->body = b;
			r->body_cap = cap;
		}
		memcpy(r->body + r->body_len, upload_data, n);
		r->body_len += n;
		r->body[r->body_len] = '\0';
		return MHD_YES;
	}

	if (r->awaiting) {
		after_record(r); /* MHD calls us again only once resumed */
	} else if (!r->resp) {
		if (r->conn)
			atomic_store(&r->conn->busy, 1);
		dispatch(r);
	}
	if (!r->awaiting && !r->recorded && r->resp && r->status == 400 && r->peer.principal[0])
		record_bad_request(r);
	if (r->awaiting)
		return MHD_YES;
	if (r->resp)
		return queue(r);
	http_reply_error(r, 500, "internal", "no answer was produced");
	return queue(r);
}

static void request_completed(void *cls, struct MHD_Connection *mc, void **con_cls,
			      enum MHD_RequestTerminationCode toe)
{
	(void)cls;
	(void)mc;
	struct req *r = *con_cls;
	if (!r)
		return;
	uint64_t dur = now_us() - r->t_start_us;
	if (r->status) {
		metrics_request(r->status, dur);
		char st[8], us[24];
		snprintf(st, sizeof st, "%u", r->status);
		snprintf(us, sizeof us, "%llu", (unsigned long long)dur);
		/* The route pattern, not the raw path: paths can hold end-user ids. */
		log_info("request", "request_id", r->request_id, "method", r->method, "route",
			 r->route ? r->route->pattern : "-", "status", st, "principal",
			 r->peer.principal[0] ? r->peer.principal : NULL, "duration_us", us,
			 "termination", toe == MHD_REQUEST_TERMINATED_COMPLETED_OK ? "ok" : "aborted");
	}
	if (r->conn) {
		r->conn->served++;
		atomic_store(&r->conn->idle, 1);
		atomic_store(&r->conn->busy, 0);
		if (r->conn->pending == r)
			r->conn->pending = NULL;
	}
	*con_cls = NULL;
	release_request(r);
}

/* ---- ops listener ---- */

static enum MHD_Result ops_reply(struct MHD_Connection *mc, unsigned status, const char *ctype,
				 char *body, size_t len, int must_free)
{
	struct MHD_Response *resp = MHD_create_response_from_buffer(
		len, body, must_free ? MHD_RESPMEM_MUST_FREE : MHD_RESPMEM_PERSISTENT);
	if (!resp)
		return MHD_NO;
	MHD_add_response_header(resp, "Content-Type", ctype);
	enum MHD_Result ret = MHD_queue_response(mc, status, resp);
	MHD_destroy_response(resp);
	return ret;
}

/* A static string answer; its length is computed, never written by hand. */
static enum MHD_Result ops_static(struct MHD_Connection *mc, unsigned status, const char *body)
{
	return ops_reply(mc, status, "application/json", (char *)body, strlen(body), 0);
}

static enum MHD_Result ops_handler(void *cls, struct MHD_Connection *mc, const char *url,
				   const char *method, const char *version,
				   const char *upload_data, size_t *upload_data_size,
				   void **con_cls)
{
	(void)cls;
	(void)version;
	(void)upload_data;
	static int marker;
	if (!*con_cls) {
		*con_cls = &marker;
		return MHD_YES;
	}
	if (*upload_data_size) {
		*upload_data_size = 0; /* ops takes no bodies */
		return MHD_YES;
	}
	if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0)
		return ops_static(mc, 405, "{\"error\":{\"code\":\"method_not_allowed\"}}");
	if (!strcmp(url, "/healthz"))
		return ops_static(mc, 200, "{\"status\":\"ok\"}");
	if (!strcmp(url, "/readyz")) {
		const char *why = NULL;
		if (app_ready(&why))
			return ops_static(mc, 200, "{\"ready\":true}");
		char *b = NULL;
		int n = asprintf(&b, "{\"ready\":false,\"reason\":\"%s\"}", why ? why : "unknown");
		if (n < 0)
			return MHD_NO;
		return ops_reply(mc, 503, "application/json", b, (size_t)n, 1);
	}
	if (!strcmp(url, "/metrics")) {
		size_t len = 0;
		char *m = metrics_render(&len);
		if (!m)
			return MHD_NO;
		return ops_reply(mc, 200, "text/plain; version=0.0.4", m, len, 1);
	}
	return ops_static(mc, 404, "{\"error\":{\"code\":\"not_found\",\"message\":\"ops serves /healthz /readyz /metrics only\"}}");
}

static int make_addr(const char *host, int port, struct sockaddr_storage *ss)
{
	memset(ss, 0, sizeof *ss);
	struct sockaddr_in *a4 = (struct sockaddr_in *)ss;
	struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)ss;
	if (inet_pton(AF_INET, host, &a4->sin_addr) == 1) {
		a4->sin_family = AF_INET;
		a4->sin_port = htons((uint16_t)port);
		return 0;
	}
	if (inet_pton(AF_INET6, host, &a6->sin6_addr) == 1) {
		a6->sin6_family = AF_INET6;
		a6->sin6_port = htons((uint16_t)port);
		return 1;
	}
	return -1;
}

/* The data listener: [server] threads worker daemons (one internal polling
 * thread each, no listening socket of their own) fed by listener.c, which
 * accepts, spreads connections evenly and keeps the connection caps. */
static int start_data(struct config *cfg)
{
	struct sockaddr_storage ss;
	int v6 = make_addr(cfg->listen_host, cfg->listen_port, &ss);
	if (v6 < 0) {
		errno = EINVAL;
		return -1;
	}
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_TLS |
			 MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG | MHD_USE_NO_LISTEN_SOCKET |
			 MHD_USE_ITC;
	/* Room for the header block plus MHD's own per-header bookkeeping, so that
	 * our JSON 413 (not MHD's bare 431) answers an oversized header block in
	 * all but extreme cases. */
	size_t mem = cfg->max_header_bytes * 4 + 16384;
	unsigned n = (unsigned)cfg->threads;
	if (n > LISTENER_MAX_WORKERS)
		n = LISTENER_MAX_WORKERS;
	for (S.nworkers = 0; S.nworkers < n; S.nworkers++) {
		/* The listener keeps max_connections over all workers; MHD's own
		 * limit only has to stay out of its way (a closed connection is
		 * released to the listener just before MHD forgets it). */
		struct MHD_Daemon *d = MHD_start_daemon(
			flags, 0, NULL, NULL, access_handler, NULL,
			MHD_OPTION_HTTPS_CERT_CALLBACK, tls_cert_callback,
			MHD_OPTION_HTTPS_PRIORITIES, tls_priorities(),
			MHD_OPTION_NOTIFY_CONNECTION, notify_connection, NULL,
			MHD_OPTION_NOTIFY_COMPLETED, request_completed, NULL,
			MHD_OPTION_UNESCAPE_CALLBACK, no_unescape, NULL,
			MHD_OPTION_URI_LOG_CALLBACK, begin_request, NULL,
			MHD_OPTION_CONNECTION_LIMIT, cfg->max_connections + 64u,
			MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)cfg->idle_timeout_s,
			MHD_OPTION_CONNECTION_MEMORY_LIMIT, mem,
			MHD_OPTION_STRICT_FOR_CLIENT, (int)1,
			MHD_OPTION_EXTERNAL_LOGGER, mhd_logger, NULL,
			MHD_OPTION_END);
		if (!d)
			return -1;
		S.workers[S.nworkers] = d;
	}
	socklen_t len = v6 ? sizeof(struct sockaddr_in6) : sizeof(struct sockaddr_in);
	return listener_start((struct sockaddr *)&ss, len, 1024, S.workers, S.nworkers,
			      cfg->max_connections, cfg->per_ip_connections);
}

static void stop_workers(void)
{
	for (unsigned i = 0; i < S.nworkers; i++)
		MHD_stop_daemon(S.workers[i]);
	S.nworkers = 0;
}

static struct MHD_Daemon *start_ops(struct config *cfg)
{
	struct sockaddr_storage ss;
	int v6 = make_addr(cfg->ops_host, cfg->ops_port, &ss);
	if (v6 < 0)
		return NULL;
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_POLL | MHD_USE_ERROR_LOG |
			 (v6 ? MHD_USE_IPv6 : 0);
	return MHD_start_daemon(flags, 0, NULL, NULL, ops_handler, NULL,
				MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
				MHD_OPTION_CONNECTION_LIMIT, 64u,
				MHD_OPTION_CONNECTION_TIMEOUT, 10u,
				MHD_OPTION_UNESCAPE_CALLBACK, no_unescape, NULL,
				MHD_OPTION_EXTERNAL_LOGGER, mhd_logger, NULL,
				MHD_OPTION_END);
}

int server_lock_data_dir(const char *data_dir, char *err, size_t errsz)
{
	char path[4096];
	if (mkdir(data_dir, 0700) != 0 && errno != EEXIST) {
		snprintf(err, errsz, "cannot create data_dir %s: %s", data_dir, strerror(errno));
		return -1;
	}
	snprintf(path, sizeof path, "%s/custos.pid", data_dir);
	int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0) {
		snprintf(err, errsz, "cannot open %s: %s", path, strerror(errno));
		return -1;
	}
	if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
		char pid[24] = "";
		ssize_t n = pread(fd, pid, sizeof pid - 1, 0);
		pid[n > 0 ? n : 0] = '\0';
		pid[strcspn(pid, "\n")] = '\0';
		snprintf(err, errsz, "data_dir %s is in use by another custos process (pid %s)",
			 data_dir, pid[0] ? pid : "?");
		close(fd);
		return -1;
	}
	char pid[24];
	int n = snprintf(pid, sizeof pid, "%ld\n", (long)getpid());
	if (ftruncate(fd, 0) != 0 || pwrite(fd, pid, (size_t)n, 0) != n) {
		snprintf(err, errsz, "cannot write %s: %s", path, strerror(errno));
		close(fd);
		return -1;
	}
	return fd;
}

/* libmicrohttpd aborts on internal invariant failures, notably when it is
 * stopped while a request is still suspended (waiting for its audit entry
 * past the drain timeout, e.g. on a hung disk). Say why before the abort:
 * that request was never answered and its entry may or may not be durable
 * (`custos audit verify` tells). */
static void mhd_panic(void *cls, const char *file, unsigned int line, const char *reason)
{
	(void)cls;
	char where[300];
	snprintf(where, sizeof where, "%s:%u", file ? file : "?", line);
	log_error("libmicrohttpd panic; aborting", "reason", reason ? reason : "?", "where", where);
	abort();
}

static void reload(void)
{
	char err[512];
	if (tls_reload(err, sizeof err) == 0)
		log_info("reloaded certificates, keys and trust list");
	else
		log_error("reload failed; keeping the previous certificates, keys and trust list",
			  "error", err);
}

/* RELOADING=1 carries the monotonic time (systemd >= 253 asks for it with
 * Type=notify-reload; older ones ignore it). */
static void notify_reloading(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	sd_notifyf(0, "RELOADING=1\nMONOTONIC_USEC=%llu\nSTATUS=reloading",
		   (unsigned long long)ts.tv_sec * 1000000ull + (unsigned long long)ts.tv_nsec / 1000u);
}

static void drain_and_stop(void)
{
	listener_stop();
	uint64_t deadline = time_mono_ms() + (uint64_t)S.cfg->drain_timeout_s * 1000u;
	while (atomic_load(&S.active) > 0 && time_mono_ms() < deadline) {
		struct timespec ts = {0, 20 * 1000 * 1000};
		nanosleep(&ts, NULL);
	}
	int left = atomic_load(&S.active);
	stop_workers();
	if (left > 0) {
		char n[16];
		snprintf(n, sizeof n, "%d", left);
		log_warn("drain timeout; requests aborted", "requests", n);
	}
}

int server_run(struct config *cfg)
{
	int rc = 1, lock_fd = -1;
	struct MHD_Daemon *ops = NULL;
	char err[512];

	S.cfg = cfg;
	log_set_level(cfg->log_level);

	/* Signals are taken by sigwait in this thread only. */
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGUSR1);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);

	MHD_set_panic_func(mhd_panic, NULL);
	if (tls_init(cfg, err, sizeof err)) {
		log_error("cannot load TLS material", "error", err);
		goto out;
	}
	lock_fd = server_lock_data_dir(cfg->data_dir, err, sizeof err);
	if (lock_fd < 0) {
		log_error("cannot start", "error", err);
		goto out;
	}
	if (app_open(cfg, err, sizeof err)) {
		log_error("cannot start", "error", err);
		goto out;
	}
	tlsfail_init(g_app.audit);
	tls_set_refusal_hook(tlsfail_report);
	if (start_data(cfg)) {
		log_error("cannot start the HTTPS listener", "listen", cfg->listen, "error",
			  strerror(errno));
		goto out;
	}
	if (cfg->ops_listen) {
		ops = start_ops(cfg);
		if (!ops) {
			log_error("cannot start the ops listener", "listen", cfg->ops_listen,
				  "error", strerror(errno));
			goto out;
		}
	}
	if (pthread_create(&S.reaper, NULL, reaper_main, NULL) != 0) {
		log_error("cannot start the deadline thread");
		goto out;
	}
	char threads[8];
	snprintf(threads, sizeof threads, "%d", cfg->threads);
	log_info("custos serving", "listen", cfg->listen, "ops", cfg->ops_listen, "threads",
		 threads, "version", CUSTOS_VERSION);
	/* Both listeners accept connections and the stores are open. */
	sd_notifyf(0, "READY=1\nSTATUS=serving on %s", cfg->listen);

	for (;;) {
		int sig = 0;
		if (sigwait(&set, &sig) != 0)
			continue;
		if (sig == SIGHUP) {
			notify_reloading();
			reload();
			app_reload();
			sd_notifyf(0, "READY=1\nSTATUS=serving on %s", cfg->listen);
			continue;
		}
		if (sig == SIGUSR1) {
			atomic_store(&S.sweep_now, 1);
			continue;
		}
		log_info("stopping: draining in-flight requests", "signal",
			 sig == SIGTERM ? "SIGTERM" : "SIGINT");
		break;
	}
	sd_notify(0, "STOPPING=1\nSTATUS=draining in-flight requests");
	atomic_store(&g_app.draining, 1);
	drain_and_stop();
	rc = 0;
	atomic_store(&S.stop_reaper, 1);
	pthread_join(S.reaper, NULL);
out:
	listener_stop();
	stop_workers();
	if (ops)
		MHD_stop_daemon(ops);
	tls_set_refusal_hook(NULL);
	tlsfail_shutdown();
	app_close();
	tls_shutdown();
	if (lock_fd >= 0)
		close(lock_fd); /* releases the lock */
	config_free(cfg);
	if (rc == 0)
		log_info("stopped");
	return rc;
}
