/* token_cache: sharded FIFO cache of verified tokens keyed by their SHA-256.
 * Each shard has one mutex, a ring of slots (insertion order, so eviction
 * drops the oldest) and a chained hash index over the ring. Keys are uniform
 * digests, so their bytes are used directly as shard and bucket hashes.
 * Every put also drops a few expired entries from the old end of the ring:
 * a verified token's claims (a person's subject and groups) are not kept
 * once it has expired, and the memory held follows the tokens alive, not
 * the largest number ever seen (the ring's order is close to expiry order,
 * as a cached entry lives at most cache_ttl_s). */
#include "token_cache.h"

#include <assert.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "errors.h"

#define TCACHE_MAX_SHARDS 16

struct slot {
	uint8_t key[TCACHE_KEY_LEN];
	void *val; /* NULL: slot free */
	time_t expires;
	int32_t next; /* next slot in the same bucket, -1 ends */
};

struct shard {
	pthread_mutex_t mu;
	struct slot *slots;
	size_t cap;  /* slots in the ring */
	size_t pos;  /* next ring position to fill (holds the oldest) */
	size_t tail; /* the oldest position that may be filled */
	size_t span; /* positions from tail up to pos (cap: the whole ring) */
	size_t used;
	int32_t *buckets; /* heads, -1 empty */
	size_t nbuckets;  /* power of two */
};

struct tcache {
	struct shard shards[TCACHE_MAX_SHARDS];
	size_t nshards;
	tcache_ref_fn ref;
	tcache_unref_fn unref;
	_Atomic uint64_t hits;
	_Atomic uint64_t misses;
	_Atomic uint64_t gen; /* bumped by every clear before it empties shards */
};

const char *tcache_strerror(int rc)
{
	return custos_strerror(rc);
}

static size_t shard_of(const tcache *c, const uint8_t *key)
{
	return key[0] % c->nshards;
}

static size_t bucket_of(const struct shard *s, const uint8_t *key)
{
	uint64_t h;
	memcpy(&h, key + 8, sizeof h);
	return (size_t)(h & (s->nbuckets - 1));
}

int tcache_create(tcache **out, size_t max_entries, tcache_ref_fn ref, tcache_unref_fn unref)
{
	if (!out || !ref || !unref)
		return TCACHE_E_INVAL;
	*out = NULL;
	tcache *c = calloc(1, sizeof *c);
	if (!c)
		return TCACHE_E_NOMEM;
	c->ref = ref;
	c->unref = unref;
	c->nshards = max_entries < TCACHE_MAX_SHARDS ? max_entries : TCACHE_MAX_SHARDS;
	for (size_t i = 0; i < c->nshards; i++) {
		struct shard *s = &c->shards[i];
		s->cap = max_entries / c->nshards + (i < max_entries % c->nshards ? 1 : 0);
		s->nbuckets = 4;
		while (s->nbuckets < 2 * s->cap)
			s->nbuckets *= 2;
		s->slots = calloc(s->cap, sizeof *s->slots);
		s->buckets = malloc(s->nbuckets * sizeof *s->buckets);
		pthread_mutex_init(&s->mu, NULL);
		if (!s->slots || !s->buckets) {
			c->nshards = i + 1;
			tcache_free(c);
			return TCACHE_E_NOMEM;
		}
		for (size_t b = 0; b < s->nbuckets; b++)
			s->buckets[b] = -1;
	}
	*out = c;
	return 0;
}

/* Unlinks slot idx from its bucket chain and releases its value. Lock held. */
static void slot_drop(tcache *c, struct shard *s, int32_t idx)
{
	struct slot *sl = &s->slots[idx];
	assert(sl->val);
	int32_t *link = &s->buckets[bucket_of(s, sl->key)];
	while (*link != idx) {
		assert(*link >= 0);
		link = &s->slots[*link].next;
	}
	*link = sl->next;
	c->unref(sl->val);
	sl->val = NULL;
	sl->next = -1;
	s->used--;
}

static int32_t slot_find(struct shard *s, const uint8_t *key)
{
	int32_t i = s->buckets[bucket_of(s, key)];
	while (i >= 0 && memcmp(s->slots[i].key, key, TCACHE_KEY_LEN) != 0)
		i = s->slots[i].next;
	return i;
}

/* Drops up to REAP_STEPS expired (or already dropped) entries at the old end
 * of the ring: more than one per put, so the reaping keeps up. Lock held. */
#define REAP_STEPS 4
static void reap(tcache *c, struct shard *s, time_t now)
{
	for (int n = 0; n < REAP_STEPS && s->span; n++) {
		struct slot *sl = &s->slots[s->tail];
		if (sl->val && now < sl->expires)
			break;
		if (sl->val)
			slot_drop(c, s, (int32_t)s->tail);
		s->tail = (s->tail + 1) % s->cap;
		s->span--;
	}
}

void *tcache_get(tcache *c, const uint8_t key[TCACHE_KEY_LEN], time_t now)
{
	void *val = NULL;
	if (!c)
		return NULL;
	if (c->nshards) {
		struct shard *s = &c->shards[shard_of(c, key)];
		pthread_mutex_lock(&s->mu);
		int32_t i = slot_find(s, key);
		if (i >= 0 && now < s->slots[i].expires) {
			val = s->slots[i].val;
			c->ref(val);
		} else if (i >= 0) {
			slot_drop(c, s, i);
		}
		pthread_mutex_unlock(&s->mu);
	}
	if (val)
		atomic_fetch_add_explicit(&c->hits, 1, memory_order_relaxed);
	else
		atomic_fetch_add_explicit(&c->misses, 1, memory_order_relaxed);
	return val;
}

uint64_t tcache_generation(tcache *c)
{
	return c ? atomic_load(&c->gen) : 0;
}

void tcache_put(tcache *c, const uint8_t key[TCACHE_KEY_LEN], void *val, time_t expires, time_t now,
		uint64_t gen)
{
	if (!c || !c->nshards || !val || expires <= now)
		return;
	struct shard *s = &c->shards[shard_of(c, key)];
	pthread_mutex_lock(&s->mu);
	/* A clear bumps gen before taking each shard lock: seeing the old gen
	 * here means the clear has not reached this shard yet and will drop it. */
	if (atomic_load(&c->gen) != gen) {
		pthread_mutex_unlock(&s->mu);
		return;
	}
	c->ref(val);
	int32_t i = slot_find(s, key);
	if (i >= 0) {
		void *old = s->slots[i].val;
		s->slots[i].val = val;
		s->slots[i].expires = expires;
		c->unref(old);
	} else {
		int32_t idx = (int32_t)s->pos;
		if (s->slots[idx].val)
			slot_drop(c, s, idx);
		if (s->span == s->cap)
			s->tail = (s->tail + 1) % s->cap;
		else
			s->span++;
		struct slot *sl = &s->slots[idx];
		memcpy(sl->key, key, TCACHE_KEY_LEN);
		sl->val = val;
		sl->expires = expires;
		size_t b = bucket_of(s, key);
		sl->next = s->buckets[b];
		s->buckets[b] = idx;
		s->used++;
		s->pos = (s->pos + 1) % s->cap;
	}
	reap(c, s, now);
	pthread_mutex_unlock(&s->mu);
}

void tcache_clear(tcache *c)
{
	if (!c)
		return;
	atomic_fetch_add(&c->gen, 1);
	for (size_t i = 0; i < c->nshards; i++) {
		struct shard *s = &c->shards[i];
		if (!s->slots || !s->buckets)
			continue; /* partially built by tcache_create */
		pthread_mutex_lock(&s->mu);
		for (size_t j = 0; j < s->cap; j++) {
			if (s->slots[j].val) {
				c->unref(s->slots[j].val);
				s->slots[j].val = NULL;
			}
			s->slots[j].next = -1;
		}
		for (size_t b = 0; b < s->nbuckets; b++)
			s->buckets[b] = -1;
		s->used = 0;
		s->pos = 0;
		s->tail = 0;
		s->span = 0;
		pthread_mutex_unlock(&s->mu);
	}
}

size_t tcache_size(tcache *c)
{
	size_t n = 0;
	if (!c)
		return 0;
	for (size_t i = 0; i < c->nshards; i++) {
		pthread_mutex_lock(&c->shards[i].mu);
		n += c->shards[i].used;
		pthread_mutex_unlock(&c->shards[i].mu);
	}
	return n;
}

void tcache_stats(tcache *c, uint64_t *hits, uint64_t *misses)
{
	if (hits)
		*hits = c ? atomic_load(&c->hits) : 0;
	if (misses)
		*misses = c ? atomic_load(&c->misses) : 0;
}

void tcache_free(tcache *c)
{
	if (!c)
		return;
	tcache_clear(c);
	for (size_t i = 0; i < c->nshards; i++) {
		pthread_mutex_destroy(&c->shards[i].mu);
		free(c->shards[i].slots);
		free(c->shards[i].buckets);
	}
	free(c);
}
