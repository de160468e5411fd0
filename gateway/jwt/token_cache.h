/* token_cache: a bounded, thread-safe map from a 32-byte digest (SHA-256 of a
 * verified token) to a reference-counted value, each entry with its own expiry.
 *
 * The cache never interprets the values: it takes a reference through the
 * ref callback on insert and on every successful lookup, and drops one through
 * unref on eviction, expiry, replacement and clear. */
#ifndef CUSTOS_TOKEN_CACHE_H
#define CUSTOS_TOKEN_CACHE_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "errors-t.h"

#define TCACHE_KEY_LEN 32

/* Codes: TCACHE_E_INVAL (bad argument: NULL callbacks; errors.def) and: */
enum { TCACHE_E_NOMEM = CUSTOS_E_NOMEM };

typedef struct tcache tcache;
typedef void (*tcache_ref_fn)(void *val);
typedef void (*tcache_unref_fn)(void *val);

/* Creates a cache holding at most max_entries entries (0 disables it: every
 * lookup misses, inserts are dropped). When full, the oldest insert of the
 * shard is evicted. *out is owned by the caller (tcache_free). Returns 0,
 * TCACHE_E_NOMEM or TCACHE_E_INVAL. */
int tcache_create(tcache **out, size_t max_entries, tcache_ref_fn ref, tcache_unref_fn unref);

/* Drops every entry (unref each) and frees the cache. Accepts NULL. */
void tcache_free(tcache *c);

/* Looks key up. On a live entry (now < expires) returns the value with one
 * reference taken for the caller and counts a hit; otherwise returns NULL and
 * counts a miss (an expired entry is removed). */
void *tcache_get(tcache *c, const uint8_t key[TCACHE_KEY_LEN], time_t now);

/* The clear generation: read it before computing a value, pass it to
 * tcache_put. A tcache_clear in between makes that put a no-op, so a value
 * computed under old keys or before a revocation is never inserted after
 * the clear. */
uint64_t tcache_generation(tcache *c);

/* Inserts or replaces key -> val until expires (entry live while now <
 * expires), unless the cache was cleared since generation gen. Takes its own
 * reference on val; the caller keeps its own. An entry already expired is not
 * inserted. */
void tcache_put(tcache *c, const uint8_t key[TCACHE_KEY_LEN], void *val, time_t expires, time_t now,
		uint64_t gen);

/* Removes every entry (revocation, key reload). Counters are kept. */
void tcache_clear(tcache *c);

/* Current number of live-or-not-yet-collected entries, and the counters. */
size_t tcache_size(tcache *c);
void tcache_stats(tcache *c, uint64_t *hits, uint64_t *misses);

/* Human-readable text for a TCACHE_E_* code. */
const char *tcache_strerror(int rc);

#endif
