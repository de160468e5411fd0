/* dtab: a fixed-size, sharded, set-associative table of small fixed-size
 * values keyed by 64-bit keyed hashes: the state behind rate limits and
 * detectors, bounded in memory whatever the number of subjects.
 *
 * capacity slots are allocated once, in sets of DTAB_WAYS consecutive
 * slots; a key lives only in its set (high bits of the hash), so a lookup
 * probes at most DTAB_WAYS slots and an insert into a full set evicts one of
 * them. Which one is the owner's choice: a score function ranks the slots of
 * the set (lowest evicted first), so that each user of the table can evict
 * the entry whose loss matters least (a full token bucket, a denial count of
 * zero, the stalest token) instead of blindly the oldest. Sets are spread
 * over DTAB_SHARDS mutexes; the lock is held only while the caller reads or
 * updates one value.
 *
 * Keys: dtab_key() hashes with SipHash-2-4 under a per-table random key, so
 * a client cannot choose names that collide or that pile into one set. Two
 * different names share a slot only if their 64-bit hashes are equal
 * (probability about n^2 / 2^65 for n names: 3e-10 at 100,000).
 *
 * Thread-safe: every call may come from any thread. */
#ifndef CUSTOS_DETECT_DTAB_H
#define CUSTOS_DETECT_DTAB_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>

#define DTAB_WAYS         8
#define DTAB_SHARDS       64
#define DTAB_MIN_CAPACITY (DTAB_WAYS * DTAB_SHARDS)
#define DTAB_MAX_CAPACITY ((size_t)1 << 26)
#define DTAB_VALUE_MAX    1024

typedef struct dtab dtab;

/* Ranks a slot for eviction (value borrowed, read under the lock): the
 * lowest score in a full set is evicted. now is the caller's time. */
typedef uint64_t (*dtab_score_fn)(const void *value, uint64_t now, void *ctx);

typedef struct dtab_stats {
	size_t capacity;    /* slots */
	size_t used;        /* slots holding a key */
	uint64_t inserts;   /* keys added */
	uint64_t evictions; /* keys evicted to make room */
	size_t bytes;       /* memory held, fixed at create */
} dtab_stats;

/* Creates a table of capacity slots (rounded up to a power of two, at least
 * DTAB_MIN_CAPACITY) of value_size bytes each (1..DTAB_VALUE_MAX). score
 * ranks eviction victims (NULL: the slot probed first goes). key16 is the
 * hash key (16 bytes; NULL: random from OpenSSL). Returns NULL on bad
 * arguments or out of memory. Free with dtab_free. */
dtab *dtab_create(size_t capacity, size_t value_size, dtab_score_fn score, void *ctx,
		  const uint8_t *key16);

/* Frees t and every value in it. NULL accepted; no call may be running. */
void dtab_free(dtab *t);

/* The table's keyed hash of a (b may be NULL when blen is 0) followed by a
 * separator and b; never 0 (0 marks a free slot). */
uint64_t dtab_key(const dtab *t, const void *a, size_t alen, const void *b, size_t blen);

/* SipHash-2-4 of p[0..n) under key16 (little-endian key halves, as the
 * reference implementation): exposed for its test vectors. */
uint64_t dtab_siphash(const uint8_t key16[16], const void *p, size_t n);

/* A held slot: returned by dtab_get, released by dtab_put. */
typedef struct dtab_ref {
	pthread_mutex_t *mu;
	void *value;           /* the slot's value, writable while held */
	int created;           /* 1: the key was not present; value is zeroed */
	int evicted;           /* 1: another key's value was dropped for it */
	uint64_t victim_score; /* when evicted: the dropped value's score */
	size_t slot;           /* internal */
} dtab_ref;

/* Looks key up and locks its shard. When present: ref->value is its value.
 * When absent and create is 1: takes a free slot of the set or evicts the
 * lowest-scoring one (ref->evicted), zeroes it (ref->created) and returns it.
 * When absent and create is 0: returns 0 with ref->value NULL and nothing
 * locked. Returns 1 when ref->value is set (then dtab_put must follow, soon:
 * the shard's lock is held), else 0. */
int dtab_get(dtab *t, uint64_t key, int create, uint64_t now, dtab_ref *ref);

/* Starts loading key's set into the cache (no lock, no effect otherwise):
 * a caller about to look up several tables issues these first so that the
 * memory latencies overlap. */
void dtab_prefetch(const dtab *t, uint64_t key);

/* Releases a slot from dtab_get; with drop 1 the key is removed. */
void dtab_put(dtab *t, dtab_ref *ref, int drop);

/* Calls fn on every present value (each shard locked in turn); fn returns 1
 * to remove the key. For maintenance and tests, O(capacity). */
void dtab_each(dtab *t, int (*fn)(void *value, void *arg), void *arg);

/* Counters and sizes (a consistent snapshot per shard, not across shards). */
void dtab_get_stats(dtab *t, dtab_stats *s);

#endif
