/* pipeline: the phase engine (nginx's model). It owns a request from its
 * arrival to its answer and runs the same phases for every route:
 *
 *   authenticate  the client certificate (net), once per connection and
 *                 again after a trust reload; its validity on every request
 *   route         method + path -> a route of the table, parameters decoded
 *   name          the resource the audit entries name
 *   identify      certificate + Bearer token -> identity; revocations
 *   load          the route's: input parsed, resource attributes loaded
 *   decide        the compiled policy on (action, attributes), or the
 *                 route's own decision (the decision point)
 *   record        the decision's audit entry made durable; the request waits
 *                 suspended, no thread does (record.h)
 *   act           the route's: only once the allowed decision is durable
 *   reply         the answer, with X-Request-Id and X-Decision-Id
 *
 * A route only provides load, act and (rarely) decide (req-t.h); none
 * hand-writes its own state machine. A refusal at any phase is answered
 * (and recorded where the contract says so) by the engine or by the phase
 * that refused. docs/ARCHITECTURE.md draws it. */
#ifndef CUSTOS_PIPELINE_H
#define CUSTOS_PIPELINE_H

#include <stddef.h>

#include "app-t.h"
#include "req-t.h"

struct server_hooks;
struct pipeline;

/* An engine for routes[0..nroutes) (borrowed: a static table) running
 * requests with app (borrowed until pipe_free). 0 or CUSTOS_E_NOMEM. */
int pipe_create(const struct app *app, const struct route *routes, size_t nroutes,
		struct pipeline **out);

/* Makes p the console listener's engine (docs/CONSOLE.md). The caller is
 * the person signed in to the console (console_auth.h: the session cookie,
 * subject user:<issuer>/<sub>); a client certificate there only opens the
 * connection. Without a session only the routes before npublic that have
 * no action are reached (pages, assets, sign-in); the others answer 401
 * sign_in_required. Every change needs the session's CSRF token and the
 * console's Origin (403 csrf_failed, recorded). Every answer carries the
 * console's security headers (strict Content-Security-Policy, no framing,
 * no referrer). Call before any request runs. */
void pipe_set_console(struct pipeline *p, size_t npublic);

/* Frees p (no request may still run on it). NULL is fine. */
void pipe_free(struct pipeline *p);

/* The server hooks that run the data listener's requests through p. */
void pipe_hooks(struct pipeline *p, struct server_hooks *h);

#endif
