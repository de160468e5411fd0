/* http-t.h: the transport's request (types only). It names libmicrohttpd's
 * types as incomplete structs, so a module that holds a pointer to a
 * request never includes microhttpd.h. The functions are in http.h. */
#ifndef CUSTOS_HTTP_T_H
#define CUSTOS_HTTP_T_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

struct MHD_Connection;
struct MHD_Response;
struct conn;

#define HTTP_REQUEST_ID_MAX 128
#define HTTP_MAX_QDECODED   8

/* One request as the transport (server.c) sees it, from its request line
 * to its completion. Owned by server.c; the upper layer's own request is
 * `up`, made and freed through the server hooks. */
struct http_req {
	struct MHD_Connection *mc;
	struct conn *conn;  /* the connection it arrived on (server.c) */
	const char *method; /* borrowed from MHD, valid for the request */
	const char *url;    /* path without query, borrowed from MHD */
	char request_id[HTTP_REQUEST_ID_MAX + 1];
	uint64_t t_start_us;
	struct buf body; /* capped at [server] max_body_bytes */
	int body_too_large;

	/* The answer, once decided. */
	unsigned status;
	struct MHD_Response *resp;
	uint64_t decision_id; /* audit seq for X-Decision-Id, 0 = none */
	int suspended;        /* the upper layer waits (MHD suspended): no answer yet */

	/* For the request's log line, set by the upper layer (borrowed). */
	const char *route;     /* the route pattern, never the raw path */
	const char *principal; /* the verified client principal */

	char *qdecoded[HTTP_MAX_QDECODED]; /* decoded query values handed out, owned */
	size_t nqdecoded;

	void *up; /* the upper layer's request */
};

#endif
