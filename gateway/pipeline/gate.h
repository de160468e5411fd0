/* gate: bounds the expensive reads (routes marked heavy: the audit query,
 * the end user's export and access log). At most max requests of them are
 * in flight at once, and at most per_subject of one subject; a request
 * holds its place from after identification until its answer has been
 * sent (a slow reader keeps it), so neither CPU nor the memory of answers
 * waiting for slow readers grows with the number of connections asking.
 * Past the subject's share: 429 rate_limited; past the total: 503
 * overloaded; both with Retry-After and before anything is decided or
 * recorded, so a flood of them costs no audit write.
 * Thread-safe (one mutex; entries are few). */
#ifndef CUSTOS_GATE_H
#define CUSTOS_GATE_H

#include <stddef.h>

#include "policy.h"

#define GATE_MAX         256
#define GATE_WORKERS_MAX 16

struct gate;

/* max 0: no gate (gate_enter always succeeds). NULL when out of memory. */
struct gate *gate_create(unsigned max, unsigned per_subject);
void gate_free(struct gate *g);

/* Takes a place for subject: 0 with *slot, 1 when the subject holds
 * per_subject already, 2 when max are in flight. */
int gate_enter(struct gate *g, const char *subject, int *slot);

/* Gives back the place gate_enter gave. */
void gate_leave(struct gate *g, int slot);

/* ---- the acts of the expensive reads, off the event loops ----
 * Building a 1000-entry page or a user's whole export takes tens of
 * milliseconds of CPU; on an event loop that is a stall for every other
 * connection of that loop. A few threads of their own run them instead
 * (the gate bounds how many wait); more than one, so that one long export
 * does not hold every audit page admitted behind it. */

struct req;
typedef void (*gate_run_fn)(void *ctx, struct req *r);

/* Starts workers (1..GATE_WORKERS_MAX) threads; each calls run(ctx, r) for
 * the oldest request pushed, so run must be safe on several threads at
 * once. 0 (at least one thread started), or -1 (none: the caller runs the
 * acts itself). */
int gate_offload_start(struct gate *g, unsigned workers, gate_run_fn run, void *ctx);

/* Queues r (suspended by the caller) for the workers. */
void gate_offload_push(struct gate *g, struct req *r);

/* r is ending (its connection closed, the server stopping): takes it out of
 * the queue, or waits until its worker is done with it. */
void gate_offload_forget(struct gate *g, struct req *r);

#endif
