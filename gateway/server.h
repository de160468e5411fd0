/* server: the HTTPS data listener, the plain-HTTP ops listener, signals.
 *
 * Thread model: libmicrohttpd's internal thread pool with one epoll loop per
 * thread ([server] threads, default 2 = the cores we have). Event loops, not
 * thread-per-connection, so idle or slow clients cost a socket and a little
 * memory, never a thread. Handlers that wait for the audit suspend their
 * connection and are resumed by the audit writer: no thread blocks on fsync. */
#ifndef CUSTOS_SERVER_H
#define CUSTOS_SERVER_H

struct config;

/* Starts the listeners and serves until SIGTERM/SIGINT (drain, then stop) with
 * SIGHUP reloading TLS material. Takes ownership of cfg. Returns the process
 * exit code (0 on a clean stop). */
int server_run(struct config *cfg);

#endif
