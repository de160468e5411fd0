/* server_int: what server.c and ops.c share (net/ only). */
#ifndef CUSTOS_SERVER_INT_H
#define CUSTOS_SERVER_INT_H

#include <microhttpd.h>
#include <stdarg.h>
#include <stddef.h>
#include <sys/socket.h>

#include "server.h"

/* libmicrohttpd's log lines, at debug level (fmt is MHD's own). */
void srv_mhd_logger(void *cls, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
/* MHD must not unescape the path: an encoded '/' inside a parameter has to
 * stay inside it (routes.c decodes parameters, http.c query values). */
size_t srv_no_unescape(void *cls, struct MHD_Connection *c, char *s);
/* host (an IPv4 or IPv6 literal) and port into *ss: 0 IPv4, 1 IPv6, -1 bad. */
int srv_make_addr(const char *host, int port, struct sockaddr_storage *ss);
/* The plain-HTTP ops listener (/healthz, /readyz, /metrics) on
 * cfg->ops_host:ops_port; cfg (its ready callback) must outlive it. NULL
 * when it cannot start. */
struct MHD_Daemon *srv_start_ops(const struct server_conf *cfg);

#endif
