/* server: the HTTPS data listener, the plain-HTTP ops listener, signals.
 *
 * Thread model: libmicrohttpd's internal thread pool with one epoll loop per
 * thread ([server] threads, default 2 = the cores we have). Event loops, not
 * thread-per-connection, so idle or slow clients cost a socket and a little
 * memory, never a thread. Handlers that wait for the audit suspend their
 * connection and are resumed by the audit writer: no thread blocks on fsync. */
#ifndef CUSTOS_SERVER_H
#define CUSTOS_SERVER_H

#include <stddef.h>

struct config;

/* Takes the exclusive lock on data_dir/custos.pid (creating data_dir) and
 * writes our pid into it, so that two processes never write one data
 * directory and the CLI can find a running gateway. Returns the lock's fd
 * (keep it open while working) or -1 with a message in err when another
 * process holds it. */
int server_lock_data_dir(const char *data_dir, char *err, size_t errsz);

/* Starts the listeners and serves until SIGTERM/SIGINT (drain, then stop) with
 * SIGHUP reloading TLS material, issuer keys and the audit export file, and
 * SIGUSR1 sweeping expired conversations now. Takes ownership of cfg. Returns the process
 * exit code (0 on a clean stop). */
int server_run(struct config *cfg);

#endif
