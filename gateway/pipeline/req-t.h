/* req-t.h: a request as the pipeline and the handlers see it, and a route
 * (types only; the functions are in req.h and pipeline.h). Neither names a
 * transport type: the transport's request (net/http-t.h) is behind r->http. */
#ifndef CUSTOS_REQ_T_H
#define CUSTOS_REQ_T_H

#include <jansson.h>
#include <stdint.h>

#include "app-t.h"
#include "identity-t.h"
#include "policy.h"

struct http_req;
struct req;
struct sess_info;

#define REQ_MAX_PARAMS 2
#define REQ_RES_MAX    640 /* a resource name: "binding/" + a 512-byte parameter, with room */
#define REQ_CERT_HEX   65

/* What a phase hook tells the engine. */
enum pipe_next {
	PIPE_NEXT = 0, /* go on with the next phase */
	PIPE_SEND = 1, /* the answer is set: record r->entry (if any), then send */
};

/* load: parses the request's input, names the resource (r->resource, when
 * the route's name is not enough) and fills its attributes (r->attrs) and
 * the decision entry's extra members (r->extra). It may answer (404
 * recorded, 400, a 403 before looking at data) and return PIPE_SEND. */
typedef int (*route_load_fn)(struct req *r);

/* decide: in place of the engine's decision on (action, r->attrs): fills
 * r->decision and r->entry; PIPE_NEXT to record and then act, PIPE_SEND
 * with the answer set (r->entry, if any, is recorded first). */
typedef int (*route_decide_fn)(struct req *r);

/* act: runs once the allowed decision is durable; sets the answer, and may
 * give a second entry to record before it is sent (req_record). */
typedef void (*route_act_fn)(struct req *r);

/* names the resource of the audit entries from the path parameters. */
typedef void (*route_name_fn)(struct req *r, char *out, size_t outsz);

struct route {
	const char *method;
	/* Segments separated by '/'; "{}" captures one segment, a final "{...}"
	 * captures the rest (percent-decoded, may contain '/'). */
	const char *pattern;
	const char *action;   /* policy action, NULL: no decision (nothing recorded) */
	const char *resource; /* the resource name, or NULL ... */
	route_name_fn name;   /* ... made from the parameters */
	route_load_fn load;   /* may be NULL */
	route_act_fn act;
	route_decide_fn decide; /* NULL: the engine decides action on r->attrs */
};

/* The route's own state across phases (e.g. a parsed body): freed with the
 * request. */
typedef void (*req_state_free_fn)(void *state);

struct req {
	struct http_req *http; /* the transport's request (borrowed) */
	const struct app *app; /* the application's handles */
	const struct route *route;
	char *params[REQ_MAX_PARAMS]; /* percent-decoded path parameters, owned */
	size_t nparams;

	/* The verified client certificate ("" until authenticated). */
	char client[POL_PRINCIPAL_MAX + 1];
	char cert_sha256[REQ_CERT_HEX];

	char resource[REQ_RES_MAX]; /* the resource named in the audit entries ("" = null) */
	struct identity *who;       /* the caller, once identified (owned) */
	struct sess_info *session;  /* the console's signed-in session (owned), or NULL */
	pol_decision decision;      /* the decision act runs under */
	json_t *attrs;              /* resource attributes from load (owned) */
	json_t *extra;              /* members added to the decision entry (owned) */
	json_t *entry;              /* the entry to record next (owned until submitted) */
	json_t *observed; /* the last entry submitted, for detection once durable (owned) */

	void *state; /* the route's own (owned, state_free) */
	req_state_free_fn state_free;

	/* The engine's (pipeline.c). */
	int phase;                /* enum in pipeline.c */
	int to_record;            /* req_record was called: r->entry waits to be recorded */
	int recorded;             /* an entry was submitted for this request */
	int hardened;             /* the console's security headers were added */
	int audit_rc;             /* written by the audit writer before resume */
	int gate_slot;            /* the place held in the gate, -1: none */
	struct req *offload_next; /* in the queue of the off-loop acts (gate.c) */
	uint64_t audit_seq;
};

#endif
