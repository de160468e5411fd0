/* http: reading a request and building its answer, over libmicrohttpd.
 * Bodies are read into a buffer capped at [server] max_body_bytes (server.c);
 * every answer carries X-Request-Id, Cache-Control: no-store and nosniff;
 * errors have the contract's JSON form. MHD's own unescaping is off (an
 * encoded '/' must stay inside a path parameter): query values and path
 * parameters are percent-decoded here.
 * Called on the request's worker thread, one call at a time per request;
 * strings returned are borrowed until the request ends. */
#ifndef CUSTOS_HTTP_H
#define CUSTOS_HTTP_H

#include <jansson.h>
#include <stdarg.h>
#include <stddef.h>

#include "http-t.h"

/* Answers status with body (stolen; NULL = empty body). */
void http_reply_json(struct http_req *h, unsigned status, json_t *body);

/* Answers {"error":{"code","message","request_id"}} (plus extra's members in
 * "error" when extra, borrowed, is not NULL). */
void http_reply_error(struct http_req *h, unsigned status, const char *code, const json_t *extra,
		      const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void http_reply_verror(struct http_req *h, unsigned status, const char *code, const json_t *extra,
		       const char *fmt, va_list ap) __attribute__((format(printf, 5, 0)));

/* Adds a header to the answer already set (no-op without one). */
void http_add_header(struct http_req *h, const char *name, const char *value);

/* Adds "Connection: close" to the answer already set. */
void http_close_after(struct http_req *h);

/* A request header (borrowed) or NULL. */
const char *http_header(struct http_req *h, const char *name);

/* A query argument, percent-decoded ('+' stays '+'), or NULL when absent.
 * Borrowed until the request ends. */
const char *http_query(struct http_req *h, const char *name);

/* Most query arguments a request may carry (more: 400 before routing). No
 * route takes more than a handful; the cap keeps a client from making the
 * server walk thousands. */
#define HTTP_MAX_QUERY_ARGS 32

/* Number of query arguments of h. */
size_t http_query_count(struct http_req *h);

/* 0 when every query argument decodes (no %00, no bad escape, each at most
 * 2048 bytes decoded), else -1. */
int http_query_valid(struct http_req *h);

/* Decodes %XX in s[0..n) into a new string (caller frees). Refuses %00,
 * malformed escapes and results over max bytes: returns NULL. */
char *http_pct_decode(const char *s, size_t n, size_t max);

/* Fills h->request_id from X-Request-Id when it is 1-128 chars of
 * [A-Za-z0-9._:-], else a new random id. */
void http_assign_request_id(struct http_req *h);

/* Frees what the request owns (not the struct). */
void http_req_clear(struct http_req *h);

#endif
