/* listener: accepts data-plane connections on one thread and hands each to
 * the worker daemon (one libmicrohttpd internal polling thread each, started
 * with MHD_USE_NO_LISTEN_SOCKET) that holds the fewest connections, so
 * connections spread evenly over [server] threads. (With MHD's own thread
 * pool every worker waits on the shared listening socket and whichever wakes
 * first takes up to 10 at a time: 64 connections could all land on one.)
 *
 * It also keeps the connection caps:
 *  - max_connections: at the cap it stops accepting (new clients wait in the
 *    listen backlog) until a connection closes.
 *  - per_ip_connections: connections from one address beyond the cap are
 *    still served a TLS handshake, and every request on them is answered 503
 *    too_many_connections with Connection: close (the server asks
 *    listener_admission.over_cap). Beyond twice the cap, the listener closes
 *    new connections from that address at once (nothing is read: a client
 *    that already sent its ClientHello sees a reset).
 *
 * Each accepted connection is "admitted" (counted per worker and per address)
 * until the server releases it: the server claims the admission when MHD
 * starts the connection (MHD_CONNECTION_NOTIFY_STARTED) and releases it when
 * it closes. An admission MHD never started (it failed before the callback)
 * is released when its descriptor number is accepted again. */
#ifndef CUSTOS_LISTENER_H
#define CUSTOS_LISTENER_H

#include <microhttpd.h>
#include <stddef.h>
#include <sys/socket.h>

#define LISTENER_MAX_WORKERS 64

/* What the server keeps per connection between claim and release. */
struct listener_admission {
	int valid; /* claimed: release it once */
	unsigned worker;
	unsigned char key[17]; /* address family byte + address (IPv4-mapped = IPv4) */
	int over_cap;          /* over per_ip_connections: answer 503 and close */
};

/* Binds sa (SO_REUSEADDR, backlog) and starts the accepting thread, which
 * hands connections to workers[0..nworkers) (borrowed; started with
 * MHD_USE_NO_LISTEN_SOCKET and MHD_USE_ITC, and kept running until after
 * listener_stop). Registers the per-worker connection gauge with metrics.
 * Returns 0, or -1 with errno set (e.g. EADDRINUSE). One listener per
 * process. */
int listener_start(const struct sockaddr *sa, socklen_t salen, int backlog,
		   struct MHD_Daemon **workers, unsigned nworkers, unsigned max_connections,
		   unsigned per_ip_connections);

/* Stops accepting: joins the thread and closes the listening socket (clients
 * still in the backlog are reset). Connections already handed over stay
 * with their workers. Safe to call when not started. */
void listener_stop(void);

/* From MHD_CONNECTION_NOTIFY_STARTED, on the worker thread: fills *out with
 * the admission of descriptor fd. 0 on success; -1 when fd was not admitted
 * by the listener (then *out is not valid and nothing is to be released). */
int listener_claim(int fd, struct listener_admission *out);

/* From MHD_CONNECTION_NOTIFY_CLOSED: gives back a claimed admission (a no-op
 * when a is not valid) and marks it not valid. */
void listener_release(struct listener_admission *a);

/* 1 while max_connections are open and the accepting thread waits for one
 * to close (the server's reaper then closes idle and stalled ones). */
int listener_full(void);

#endif
