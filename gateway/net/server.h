/* server: the listeners over libmicrohttpd. The data listener (HTTPS,
 * client certificate required and verified by tls.c; connections spread
 * over [server] threads worker daemons by listener.c), the ops listener
 * (plain HTTP: /healthz, /readyz, /metrics), request bodies and headers
 * under their caps, per-request deadlines against slow clients, and the
 * request's log line. What a request means is the upper layer's: the
 * server runs it through the hooks (the pipeline, gateway/pipeline/).
 *
 * Thread model: one epoll loop per worker daemon; event loops, not
 * thread-per-connection, so idle or slow clients cost a socket and a little
 * memory, never a thread. A request that waits (for its audit entry) is
 * suspended and resumed from another thread: no thread blocks on fsync. A
 * deadline thread closes connections that do not complete a request within
 * request_timeout_s and calls the housekeeping hook about four times a
 * second. */
#ifndef CUSTOS_SERVER_H
#define CUSTOS_SERVER_H

#include <stddef.h>
#include <stdint.h>

#include "http-t.h"
#include "tls-t.h"

/* How the upper layer runs requests. All are called on a worker's thread. */
struct server_hooks {
	void *ctx;
	/* A request line arrived: the upper layer's request for h (h->up), or
	 * NULL (out of memory: run answers 500). */
	void *(*begin)(void *ctx, struct http_req *h);
	/* The request is complete (headers and body within their caps), or was
	 * resumed: set an answer (http.h), or server_suspend(h) and return. */
	void (*run)(void *ctx, struct http_req *h);
	/* The request is over (answered, aborted or dropped): free h->up. */
	void (*end)(void *ctx, struct http_req *h);
};

struct server_conf {
	const char *listen; /* as written, for log lines */
	const char *listen_host;
	int listen_port;
	const char *ops_listen; /* NULL: no ops listener */
	const char *ops_host;
	int ops_port;
	int threads;
	size_t max_body_bytes, max_header_bytes;
	unsigned max_connections, per_ip_connections;
	int idle_timeout_s, request_timeout_s;
	struct server_hooks hooks;
	/* /readyz: 1 ready, else 0 with a reason word in *why. */
	int (*ready)(const char **why);
	/* Housekeeping on the deadline thread, about four times a second. */
	void (*tick)(uint64_t now_ms);
};

/* Starts the listeners and the deadline thread with c (copied). 0, or -1
 * with errno set and the reason logged (nothing is left running). One
 * server per process. tls_init must have run. */
int server_start(const struct server_conf *c);

/* Stops accepting, waits up to timeout_s for the requests in flight, then
 * stops the listeners and the deadline thread. */
void server_drain(int timeout_s);

/* Stops whatever still runs (after server_drain, or a failed start). */
void server_stop(void);

/* Verifies h's client certificate: once per connection and again after a
 * trust-list reload, its validity period on every request (a kept-alive
 * connection ends when its certificate does). TLS_OK with *peer filled,
 * else TLS_E_NO_CERT or TLS_E_INVALID with *why a reason word and only
 * peer->cert_sha256 set (the refused certificate is named, never its
 * principal); the refusal is counted and logged here. */
int server_authenticate(struct http_req *h, struct tls_peer *peer, const char **why);

/* Suspends h (no answer yet; MHD stops polling it) until server_resume,
 * which may come from any thread, even before this returns... */
void server_suspend(struct http_req *h);
/* ... and resumes it: the hooks' run is called again on its worker. */
void server_resume(struct http_req *h);

#endif
