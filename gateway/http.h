/* http: one request's context and the helpers handlers use to read it and to
 * answer. Bodies are read into a buffer capped at [server] max_body_bytes;
 * every answer carries X-Request-Id; errors have the contract's JSON form. */
#ifndef CUSTOS_HTTP_H
#define CUSTOS_HTTP_H

#include <jansson.h>
#include <microhttpd.h>
#include <stdint.h>

#include "policy.h"
#include "tls.h"

struct conn;
struct route;

#define HTTP_REQUEST_ID_MAX 128
#define HTTP_MAX_PARAMS 2

struct req {
	struct MHD_Connection *mc;
	struct conn *conn;
	const char *method;          /* borrowed from MHD, valid for the request */
	const char *url;             /* path without query, borrowed from MHD */
	char request_id[HTTP_REQUEST_ID_MAX + 1];
	uint64_t t_start_us;

	char *body;                  /* owned, NUL-terminated, body_len bytes */
	size_t body_len, body_cap;
	int body_too_large;

	struct tls_peer peer;        /* the verified client certificate */

	const struct route *route;
	char *params[HTTP_MAX_PARAMS]; /* percent-decoded path parameters, owned */
	size_t nparams;

	/* The answer, once decided. */
	unsigned status;
	struct MHD_Response *resp;
	uint64_t decision_id;        /* audit seq, 0 = none */

	/* Handlers that wait for the audit run in phases: phase 0 first, then
	 * phase 1 once the entry is durable (see http_record). */
	int phase;
	int awaiting;                /* suspended until the audit entry is durable */
	int continue_after;          /* then call the handler again (else send resp) */
	int audit_rc;                /* written by the audit writer before resume */
	int recorded;                /* http_record was called for this request */
	void *state;                 /* handler state kept across phases */
	void (*state_free)(void *);

	struct identity *who;        /* the caller, once identified (guard.c) */
	pol_decision decision;       /* the decision phase 1 acts under (guard.c) */

	char *qdecoded[8];           /* decoded query values handed out, owned */
	size_t nqdecoded;
};

/* Answers status with body (stolen; NULL = empty body). */
void http_reply_json(struct req *r, unsigned status, json_t *body);

/* Answers {"error":{"code","message","request_id"}}. */
void http_reply_error(struct req *r, unsigned status, const char *code,
		      const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* Adds "Connection: close" to the answer already set. */
void http_close_after(struct req *r);

/* A request header (borrowed) or NULL. */
const char *http_header(struct req *r, const char *name);

/* A query argument, percent-decoded ('+' stays '+'), or NULL when absent.
 * Borrowed until the request ends. Every query value was checked before the
 * handler ran (a malformed escape is answered 400 by the server). */
const char *http_query(struct req *r, const char *name);

/* Most query arguments a request may carry (more: 400 before routing). No
 * route takes more than a handful; the cap keeps a client from making the
 * server walk thousands. */
#define HTTP_MAX_QUERY_ARGS 32

/* Number of query arguments of r. */
size_t http_query_count(struct req *r);

/* 0 when every query argument decodes (no %00, no bad escape, each at most
 * 2048 bytes decoded), else -1. */
int http_query_valid(struct req *r);

/* Parses the body as a JSON object (bounded depth via jansson's own limit,
 * duplicate keys rejected). On error answers 400 bad_request and returns -1. */
int http_body_json(struct req *r, json_t **out);

/* Fills r->request_id from X-Request-Id when it is 1-128 chars of
 * [A-Za-z0-9._:-], else a new random id. */
void http_assign_request_id(struct req *r);

/* Records entry (stolen; made to fit with audit_entry_fit, so no client
 * input can make it unrecordable) in the audit log and suspends the request
 * until it is durable; no thread waits. Then, if the entry could not be recorded, the
 * answer is 503 audit_unavailable whatever was prepared; otherwise with
 * then_continue the handler runs again with phase + 1 (to act and answer),
 * else the answer already set in r is sent, with X-Decision-Id. The handler
 * must return right after calling this. */
void http_record(struct req *r, json_t *entry, int then_continue);

/* Frees what the request owns (not the struct). */
void http_req_clear(struct req *r);

#endif
