/* ratelimit: token buckets per (subject, action), bounded in memory.
 *
 * A bucket holds up to `burst` tokens and refills at `rate` tokens a second;
 * a request takes one token or is refused with the time until one is there
 * (Retry-After). The limit comes with each call (from the subject's roles or
 * the [limits] configuration), so a changed policy applies at once; a bucket
 * fuller than a lowered burst is cut down on its next use.
 *
 * Buckets live in a fixed-size dtab (capacity set at create). When a set is
 * full, the bucket evicted is the one that would be full soonest: a bucket
 * that is full already carries no state at all (a new bucket starts full), so
 * evicting it is lossless; only when every bucket of the set is still
 * refilling does an eviction hand its subject a fresh burst, and then it is
 * the smallest gift available, and counted (rl_stats.evicted_unfull). A
 * flood of new subjects therefore pushes out idle buckets, never a throttled
 * one while idle ones remain, and a subject cannot shed its own empty bucket
 * by touching others in its set: those are fresher and go first.
 *
 * Thread-safe; one shard lock per call. Times are the caller's monotonic
 * clock in microseconds (tests pass their own). */
#ifndef CUSTOS_DETECT_RATELIMIT_H
#define CUSTOS_DETECT_RATELIMIT_H

#include <stddef.h>
#include <stdint.h>

#include "dtab.h"

#define RL_RATE_MAX         1e6 /* tokens per second */
#define RL_BURST_MAX        1e6
#define RL_DEFAULT_CAPACITY ((size_t)1 << 18) /* buckets: 8 MiB */

typedef struct rl_limit {
	double rate;  /* tokens per second; 0 = unlimited */
	double burst; /* bucket size, >= 1 when rate > 0 */
} rl_limit;

typedef struct rl rl;

typedef struct rl_stats {
	dtab_stats tab;
	uint64_t allowed, limited;
	uint64_t evicted_unfull; /* evictions of a bucket that was not full */
} rl_stats;

/* A table of capacity buckets (0 = RL_DEFAULT_CAPACITY; see dtab_create for
 * rounding and key16). NULL on out of memory or a capacity over
 * DTAB_MAX_CAPACITY. Free with rl_free. */
rl *rl_create(size_t capacity, const uint8_t *key16);

/* Frees the table. NULL accepted; no call may be running. */
void rl_free(rl *t);

/* Takes one token of subject's bucket for action. Returns 1 (allowed) or 0
 * (limited; *retry_ms, if not NULL, gets the milliseconds until a token is
 * available, at least 1). lim.rate 0 allows without touching the table.
 * subject/action are any bytes (NUL-terminated strings). */
int rl_take(rl *t, const char *subject, const char *action, rl_limit lim, uint64_t now_us,
	    uint64_t *retry_ms);

/* The Retry-After header value, in whole seconds rounded up (at least 1). */
uint64_t rl_retry_after_s(uint64_t retry_ms);

void rl_get_stats(rl *t, rl_stats *s);

/* Parses a limit as written in [limits]: "RATE/UNIT [burst N]" with RATE a
 * positive decimal, UNIT s, m or h (per second, minute, hour), N a whole
 * number >= 1 (default: one second's worth, at least 1), or "off" /
 * "unlimited" (rate 0). 0, or -1 with *why (static text). */
int rl_parse(const char *spec, rl_limit *out, const char **why);

/* Checks a limit as given in a role document (rate per second, burst):
 * 0, or -1 with *why. A burst of 0 becomes the default. */
int rl_limit_check(rl_limit *l, const char **why);

#endif
