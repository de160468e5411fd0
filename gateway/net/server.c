/* server: libmicrohttpd glue (server.h): the data listener's worker
 * daemons (the ops listener: ops.c), bodies and headers under their caps, the
 * deadline thread, the request's log line. The upper layer runs requests
 * through the hooks. */
#include "server.h"

#include <arpa/inet.h>
#include <errno.h>
#include <gnutls/gnutls.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "http.h"
#include "listener.h"
#include "log.h"
#include "metrics.h"
#include "server_int.h"
#include "timefmt.h"
#include "tls_gnutls.h"

/* Per-connection state (MHD's socket context). */
struct conn {
	struct conn *prev, *next;
	int fd;   /* the reaper's handle: -1 once it shut the socket */
	int sock; /* the socket, for reads (conn_pull) */
	gnutls_session_t session;
	_Atomic uint64_t req_start_ms; /* start of the request being received (read by the reaper) */
	atomic_int busy;               /* a complete request is being handled */
	atomic_int idle; /* between requests: no deadline (MHD's idle timeout applies) */
	int verified;
	int console; /* on the console listener */
	struct tls_peer peer;
	struct tls_conn tls; /* what the TLS callbacks saw (tls.h) */
	unsigned served;
	/* The request begun on this connection and not yet completed. MHD can
	 * refuse a request after begin_request without ever calling
	 * request_completed (e.g. more query arguments than its memory pool
	 * holds): the connection's close then releases it. Only the
	 * connection's MHD thread touches it. */
	struct http_req *pending;
	struct listener_admission adm;
};

static struct {
	pthread_mutex_t lock;                             /* guards the connection list */
	struct MHD_Daemon *workers[LISTENER_MAX_WORKERS]; /* the data listener's daemons */
	unsigned nworkers;
	struct conn *head;
	atomic_int active; /* requests begun and not completed */
	pthread_t reaper;
	int reaper_started;
	atomic_int stop_reaper;
	struct MHD_Daemon *ops;
	struct MHD_Daemon *console;
	struct server_conf conf;
} S = {.lock = PTHREAD_MUTEX_INITIALIZER};

/* Frees a request (the upper layer's part first) and ends its count among
 * the requests in flight (what a drain waits for). */
static const struct server_hooks *hooks_of(const struct http_req *h)
{
	return h->console ? &S.conf.console_hooks : &S.conf.hooks;
}

static void release_request(struct http_req *h)
{
	if (h->up)
		hooks_of(h)->end(hooks_of(h)->ctx, h);
	http_req_clear(h);
	free(h);
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
	if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
		struct conn *c = calloc(1, sizeof *c);
		*socket_context = c;
		const union MHD_ConnectionInfo *ci =
			MHD_get_connection_info(mc, MHD_CONNECTION_INFO_GNUTLS_SESSION);
		gnutls_session_t s = ci ? (gnutls_session_t)ci->tls_session : NULL;
		/* the console daemon passes its marker as cls */
		int console = cls != NULL;
		if (c) {
			c->console = console;
			c->tls.cert_optional = console && !S.conf.console_cert_required;
		}
		if (s && (c || !console)) /* no state: never serve a console without its mode */
			tls_session_setup(s, c ? &c->tls : NULL);
		if (!c)
			return;
		c->session = s;
		ci = MHD_get_connection_info(mc, MHD_CONNECTION_INFO_CONNECTION_FD);
		c->fd = c->sock = ci ? ci->connect_fd : -1;
		if (!console) /* the console's own daemon accepts and caps its connections */
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

/* The deadline thread: calls the housekeeping hook, and closes connections that have not completed a request within
 * request_timeout_s of its first byte (of the connection, for the first
 * request: the handshake counts). MHD's own timeout is inactivity only, so a
 * client that trickles one byte at a time would otherwise hold its slot
 * forever. Idle keep-alive connections are left to MHD's idle timeout. */
/* At max_connections the accepting thread waits for a close, and a new
 * client, valid or not, waits with it: connections from many addresses
 * (each under per_ip_connections) that do nothing would refuse everyone
 * until their timeouts. So, while full, every tick closes some (1/16 of
 * the cap, at least one) of those that hold a place without using it:
 * first idle keep-alive ones (between requests), then those that have not
 * completed their handshake or request within a second. A request being
 * handled is never cut. Called with S.lock held. */
#define EVICT_GRACE_MS 1000

static void evict_unused(uint64_t now)
{
	unsigned k = S.conf.max_connections / 16;
	if (k == 0)
		k = 1;
	for (int pass = 0; pass < 2 && k; pass++) {
		for (struct conn *c = S.head; c && k; c = c->next) {
			if (atomic_load(&c->busy) || c->fd < 0)
				continue;
			int idle = atomic_load(&c->idle);
			uint64_t started = atomic_load(&c->req_start_ms);
			if (pass == 0 ? !idle
				      : idle || started >= now || now - started < EVICT_GRACE_MS)
				continue;
			metrics_inc(M_EVICTED_AT_CAP);
			shutdown(c->fd, SHUT_RDWR);
			c->fd = -1;
			k--;
		}
	}
}

static void *reaper_main(void *arg)
{
	(void)arg;
	uint64_t limit = (uint64_t)S.conf.request_timeout_s * 1000u;
	while (!atomic_load(&S.stop_reaper)) {
		struct timespec ts = {0, 250 * 1000 * 1000};
		nanosleep(&ts, NULL);
		if (S.conf.tick)
			S.conf.tick(time_mono_ms());
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
		if (listener_full())
			evict_unused(now);
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

static enum MHD_Result queue(struct http_req *h)
{
	if (h->decision_id) {
		char d[24];
		snprintf(d, sizeof d, "%llu", (unsigned long long)h->decision_id);
		MHD_add_response_header(h->resp, "X-Decision-Id", d);
	}
	enum MHD_Result ret = MHD_queue_response(h->mc, h->status, h->resp);
	MHD_destroy_response(h->resp);
	h->resp = NULL;
	return ret;
}

void server_suspend(struct http_req *h)
{
	h->suspended = 1;
	MHD_suspend_connection(h->mc);
}

void server_resume(struct http_req *h)
{
	MHD_resume_connection(h->mc);
}

int server_authenticate(struct http_req *h, struct tls_peer *peer, const char **why)
{
	struct conn *c = h->conn;
	int rc = TLS_E_NO_CERT;
	memset(peer, 0, sizeof *peer);
	*why = "no_certificate";
	if (!c || !c->session)
		return TLS_E_NO_CERT;
	if (!c->verified && c->tls.peer_ok) {
		/* Verified in the handshake, peer included (tls_verify_handshake):
		 * taken over once, then checked like any verified connection. */
		c->peer = c->tls.peer;
		c->tls.peer_ok = 0;
		c->verified = 1;
	}
	if (!c->verified || c->peer.trust_generation != tls_trust_generation()) {
		c->verified = 0;
		rc = tls_verify_session(c->session, &c->peer, why);
		c->verified = rc == TLS_OK;
	} else {
		rc = tls_peer_current(&c->peer, time(NULL), why);
		c->verified = rc == TLS_OK;
	}
	if (rc == TLS_OK) {
		*peer = c->peer;
		return TLS_OK;
	}
	if (rc == TLS_E_NO_CERT && c->tls.cert_optional)
		return rc; /* none, where none is required: anonymous, not a refusal */
	/* The refused certificate is named in the record, never its principal. */
	memcpy(peer->cert_sha256, c->peer.cert_sha256, sizeof peer->cert_sha256);
	metrics_tls_failure(*why);
	log_info("client certificate refused", "reason", *why, "request_id", h->request_id,
		 "cert_sha256", peer->cert_sha256[0] ? peer->cert_sha256 : NULL);
	return rc;
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
	struct http_req *h = calloc(1, sizeof *h);
	if (!h)
		return NULL;
	h->t_start_us = time_mono_us();
	h->conn = c;
	h->console = c->console;
	buf_init(&h->body, S.conf.max_body_bytes);
	c->pending = h;
	atomic_fetch_add(&S.active, 1);
	h->up = hooks_of(h)->begin(hooks_of(h)->ctx, h);
	return h;
}

/* 413 with Connection: close, before anything else looks at the request. */
static enum MHD_Result too_large(struct http_req *h, const char *what, size_t max)
{
	http_reply_error(h, 413, "payload_too_large", NULL, "the %s is larger than %zu bytes", what,
			 max);
	http_close_after(h);
	return queue(h);
}

static enum MHD_Result access_handler(void *cls, struct MHD_Connection *mc, const char *url,
				      const char *method, const char *version,
				      const char *upload_data, size_t *upload_data_size,
				      void **con_cls)
{
	(void)cls;
	(void)version;
	struct http_req *h = *con_cls;
	if (!h)
		return MHD_NO; /* begin_request always runs first */

	if (!h->method) {
		h->mc = mc;
		h->method = method;
		h->url = url;
		http_assign_request_id(h);
		if (h->conn && h->conn->adm.over_cap) {
			http_reply_error(h, 503, "too_many_connections", NULL,
					 "more than %u connections from this address",
					 S.conf.per_ip_connections);
			http_add_header(h, "Retry-After", "1");
			http_close_after(h);
			return queue(h);
		}
		size_t hb = strlen(url) + strlen(method) + 16;
		MHD_get_connection_values(mc, MHD_HEADER_KIND, header_bytes, &hb);
		if (hb > S.conf.max_header_bytes)
			return too_large(h, "request header", S.conf.max_header_bytes);
		const char *cl = MHD_lookup_connection_value(mc, MHD_HEADER_KIND,
							     MHD_HTTP_HEADER_CONTENT_LENGTH);
		if (cl) {
			char *end;
			errno = 0;
			unsigned long long n = strtoull(cl, &end, 10);
			if (errno || *end || n > S.conf.max_body_bytes) {
				h->body_too_large = 1;
				return too_large(h, "body", S.conf.max_body_bytes);
			}
		}
		return MHD_YES;
	}

	if (*upload_data_size) {
		size_t n = *upload_data_size;
		*upload_data_size = 0;
		if (h->body_too_large)
			return MHD_YES;
		int rc = buf_add(&h->body, upload_data, n);
		if (rc == CUSTOS_E_TOOBIG)
			h->body_too_large = 1; /* the buffer is dropped; answered once it ends */
		return rc == CUSTOS_E_NOMEM ? MHD_NO : MHD_YES;
	}

	if (h->suspended) {
		h->suspended = 0; /* MHD calls us again only once resumed */
		hooks_of(h)->run(hooks_of(h)->ctx, h);
	} else if (!h->resp) {
		if (h->conn)
			atomic_store(&h->conn->busy, 1);
		if (h->body_too_large)
			return too_large(h, "body", S.conf.max_body_bytes);
		hooks_of(h)->run(hooks_of(h)->ctx, h);
	}
	if (h->suspended)
		return MHD_YES;
	if (!h->resp)
		http_reply_error(h, 500, "internal", NULL, "no answer was produced");
	return queue(h);
}

static void request_completed(void *cls, struct MHD_Connection *mc, void **con_cls,
			      enum MHD_RequestTerminationCode toe)
{
	(void)cls;
	(void)mc;
	struct http_req *h = *con_cls;
	if (!h)
		return;
	uint64_t dur = time_mono_us() - h->t_start_us;
	if (h->status)
		metrics_request(h->status, dur);
	if (h->status && log_enabled(LOG_INFO)) { /* formatted only when written */
		char st[8], us[24];
		snprintf(st, sizeof st, "%u", h->status);
		snprintf(us, sizeof us, "%llu", (unsigned long long)dur);
		/* The route pattern, not the raw path: paths can hold end-user ids. */
		log_info("request", "request_id", h->request_id, "method", h->method, "route",
			 h->route ? h->route : "-", "status", st, "principal",
			 h->principal && h->principal[0] ? h->principal : NULL, "duration_us", us,
			 "termination",
			 toe == MHD_REQUEST_TERMINATED_COMPLETED_OK ? "ok" : "aborted");
	}
	if (h->conn) {
		h->conn->served++;
		atomic_store(&h->conn->idle, 1);
		atomic_store(&h->conn->busy, 0);
		if (h->conn->pending == h)
			h->conn->pending = NULL;
	}
	*con_cls = NULL;
	release_request(h);
}

/* libmicrohttpd's per-connection memory pool: the read buffer (the header
 * block is parsed in place), 56 bytes of bookkeeping per header and the
 * response header. MHD zeroes the WHOLE pool after every request, and an
 * idle connection keeps it resident, so its size is paid per request in CPU
 * and per connection in memory (it was 4 x max_header_bytes + 16 KiB = 80
 * KiB: 64 % of whoami's instructions, docs/PERFORMANCE.md). Sized for a
 * block at the cap with ~100 headers (Apache's LimitRequestFields) and our
 * answer's header; never under 24 KiB, so that a block well over a small cap
 * still gets our JSON 413 rather than MHD's bare 431. */
static size_t pool_bytes(size_t max_header_bytes)
{
	size_t mem = max_header_bytes + 8192;
	return mem < 24576 ? 24576 : mem;
}

/* The data listener: [server] threads worker daemons (one internal polling
 * thread each, no listening socket of their own) fed by listener.c, which
 * accepts, spreads connections evenly and keeps the connection caps. */
static int start_data(const struct server_conf *cfg)
{
	struct sockaddr_storage ss;
	int v6 = srv_make_addr(cfg->listen_host, cfg->listen_port, &ss);
	if (v6 < 0) {
		errno = EINVAL;
		return -1;
	}
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_TLS |
			 MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG | MHD_USE_NO_LISTEN_SOCKET |
			 MHD_USE_ITC;
	size_t mem = pool_bytes(cfg->max_header_bytes);
	unsigned n = (unsigned)cfg->threads;
	if (n > LISTENER_MAX_WORKERS)
		n = LISTENER_MAX_WORKERS;
	for (S.nworkers = 0; S.nworkers < n; S.nworkers++) {
		/* The listener keeps max_connections over all workers; MHD's own
		 * limit only has to stay out of its way (a closed connection is
		 * released to the listener just before MHD forgets it). */
		/* One option and its values a line. */
		/* clang-format off */
		struct MHD_Daemon *d = MHD_start_daemon(
			flags, 0, NULL, NULL, access_handler, NULL,
			MHD_OPTION_HTTPS_CERT_CALLBACK, tls_cert_callback,
			MHD_OPTION_HTTPS_PRIORITIES, tls_priorities(),
			MHD_OPTION_NOTIFY_CONNECTION, notify_connection, NULL,
			MHD_OPTION_NOTIFY_COMPLETED, request_completed, NULL,
			MHD_OPTION_UNESCAPE_CALLBACK, srv_no_unescape, NULL,
			MHD_OPTION_URI_LOG_CALLBACK, begin_request, NULL,
			MHD_OPTION_CONNECTION_LIMIT, cfg->max_connections + 64u,
			MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)cfg->idle_timeout_s,
			MHD_OPTION_CONNECTION_MEMORY_LIMIT, mem,
			MHD_OPTION_STRICT_FOR_CLIENT, (int)1,
			MHD_OPTION_EXTERNAL_LOGGER, srv_mhd_logger, NULL,
			MHD_OPTION_END);
		/* clang-format on */
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

/* The console listener: one daemon with its own socket (few users, no
 * spreading needed), the same TLS setup, callbacks and caps as the data
 * listener; cls = &console_marker tells the callbacks which it is. */
static int console_marker;

static struct MHD_Daemon *start_console(const struct server_conf *cfg)
{
	struct sockaddr_storage ss;
	int v6 = srv_make_addr(cfg->console_host, cfg->console_port, &ss);
	if (v6 < 0) {
		errno = EINVAL;
		return NULL;
	}
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_TLS |
			 MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG | MHD_USE_ITC |
			 (v6 ? MHD_USE_IPv6 : 0);
	size_t mem = cfg->max_header_bytes * 4 + 16384;
	/* One option and its values a line. */
	/* clang-format off */
	return MHD_start_daemon(flags, 0, NULL, NULL, access_handler, NULL,
		MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
		MHD_OPTION_HTTPS_CERT_CALLBACK, tls_cert_callback,
		MHD_OPTION_HTTPS_PRIORITIES, tls_priorities(),
		MHD_OPTION_NOTIFY_CONNECTION, notify_connection, &console_marker,
		MHD_OPTION_NOTIFY_COMPLETED, request_completed, NULL,
		MHD_OPTION_UNESCAPE_CALLBACK, srv_no_unescape, NULL,
		MHD_OPTION_URI_LOG_CALLBACK, begin_request, NULL,
		MHD_OPTION_CONNECTION_LIMIT, 256u,
		MHD_OPTION_PER_IP_CONNECTION_LIMIT, 64u,
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)cfg->idle_timeout_s,
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, mem,
		MHD_OPTION_STRICT_FOR_CLIENT, (int)1,
		MHD_OPTION_EXTERNAL_LOGGER, srv_mhd_logger, NULL,
		MHD_OPTION_END);
	/* clang-format on */
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

int server_start(const struct server_conf *c)
{
	S.conf = *c;
	atomic_store(&S.stop_reaper, 0);
	MHD_set_panic_func(mhd_panic, NULL);
	if (start_data(&S.conf)) {
		int e = errno;
		log_error("cannot start the HTTPS listener", "listen", c->listen, "error",
			  strerror(e));
		server_stop();
		errno = e;
		return -1;
	}
	if (c->console_listen) {
		S.console = start_console(&S.conf);
		if (!S.console) {
			int e = errno;
			log_error("cannot start the console listener", "listen", c->console_listen,
				  "error", strerror(e));
			server_stop();
			errno = e;
			return -1;
		}
	}
	/* The ops listener last: its /readyz must not answer before every
	 * other listener accepts (a harness or a load balancer probing it
	 * would send the console's first request to a closed port). */
	if (c->ops_listen) {
		S.ops = srv_start_ops(&S.conf);
		if (!S.ops) {
			int e = errno;
			log_error("cannot start the ops listener", "listen", c->ops_listen, "error",
				  strerror(e));
			server_stop();
			errno = e;
			return -1;
		}
	}
	if (pthread_create(&S.reaper, NULL, reaper_main, NULL) != 0) {
		log_error("cannot start the deadline thread");
		server_stop();
		return -1;
	}
	S.reaper_started = 1;
	return 0;
}

void server_drain(int timeout_s)
{
	listener_stop();
	if (S.console) {
		/* stop accepting on the console too; its socket is ours to close */
		MHD_socket ls = MHD_quiesce_daemon(S.console);
		if (ls != MHD_INVALID_SOCKET)
			close(ls);
	}
	uint64_t deadline = time_mono_ms() + (uint64_t)timeout_s * 1000u;
	while (atomic_load(&S.active) > 0 && time_mono_ms() < deadline) {
		struct timespec ts = {0, 20 * 1000 * 1000};
		nanosleep(&ts, NULL);
	}
	int left = atomic_load(&S.active);
	stop_workers();
	if (S.console)
		MHD_stop_daemon(S.console);
	S.console = NULL;
	if (left > 0) {
		char n[16];
		snprintf(n, sizeof n, "%d", left);
		log_warn("drain timeout; requests aborted", "requests", n);
	}
	server_stop();
}

void server_stop(void)
{
	if (S.reaper_started) {
		atomic_store(&S.stop_reaper, 1);
		pthread_join(S.reaper, NULL);
		S.reaper_started = 0;
	}
	listener_stop();
	stop_workers();
	if (S.ops)
		MHD_stop_daemon(S.ops);
	S.ops = NULL;
	if (S.console)
		MHD_stop_daemon(S.console);
	S.console = NULL;
}
