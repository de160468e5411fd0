/* jwks_budget: the one budget of early JWKS fetches, shared by every issuer.
 *
 * A token whose kid no key has asks its issuer's fetcher for an early fetch
 * (the key may have been rotated in). Anyone can mint such tokens, so these
 * fetches draw on a token bucket (one fetch per interval, at most burst at
 * once) handed out in the order the fetchers asked: a flood of random kids
 * costs a bounded number of fetches, never one per token, and cannot starve
 * another issuer whose genuine rotation is waiting. Scheduled refreshes and
 * operator-requested ones (SIGHUP) do not draw on it. Thread-safe. */
#ifndef CUSTOS_JWKS_BUDGET_H
#define CUSTOS_JWKS_BUDGET_H

#include <stdatomic.h>
#include <stdint.h>

#define JWKSB_INTERVAL_MS 1000 /* the default: one early fetch per second ... */
#define JWKSB_BURST       3    /* ... and at most 3 at once */

typedef struct jwksb jwksb;

/* A full bucket of burst fetches, refilled by one every interval_ms (both
 * >= 1). *out is owned by the caller (jwksb_free). 0 or -1 (out of memory,
 * bad argument). */
int jwksb_create(jwksb **out, uint64_t interval_ms, unsigned burst);

/* Frees b; no thread may be inside jwksb_acquire. Accepts NULL. */
void jwksb_free(jwksb *b);

/* Takes one fetch at time now_ms (a monotonic clock; the first call starts
 * it) if the bucket holds one, regardless of waiters: 0, or -1 with
 * *wait_ms until the next one. For tests and jwksb_acquire. */
int jwksb_take(jwksb *b, uint64_t now_ms, uint64_t *wait_ms);

/* Blocks until the caller, first in line, gets a fetch (0), or until *stop
 * is set and jwksb_wake is called (-1). Callers are served in the order they
 * arrived. */
int jwksb_acquire(jwksb *b, const atomic_int *stop);

/* Wakes every waiter to look at its stop flag. */
void jwksb_wake(jwksb *b);

/* Fetches granted since create, and callers waiting now. */
void jwksb_stats(jwksb *b, uint64_t *granted, unsigned *waiting);

#endif
