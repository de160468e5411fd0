/* dtab: fixed-size sharded set-associative table (see dtab.h). A set is
 * one block: its DTAB_WAYS keys in one cache line, its values right after,
 * so a lookup's misses are on neighbouring lines (and can be prefetched
 * together); each shard's mutex and counters have a cache line of their own. */
#include "dtab.h"

#include <openssl/rand.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define HUGE ((size_t)2 << 20)

struct shard {
	pthread_mutex_t mu;
	size_t used;
	uint64_t inserts, evictions;
} __attribute__((aligned(64)));

struct dtab {
	size_t nslots, nsets, stride;
	size_t set_bytes;    /* one set: DTAB_WAYS keys, then their values */
	unsigned set_shift;  /* 64 - log2(nsets) */
	unsigned char *sets; /* nsets * set_bytes, 64-byte aligned */
	size_t mapped;       /* its mmap length, or 0 (aligned_alloc) */
	size_t value_size;
	dtab_score_fn score;
	void *ctx;
	uint64_t k0, k1; /* SipHash key */
	struct shard shards[DTAB_SHARDS];
};

/* ---- SipHash-2-4 (Aumasson, Bernstein), streamed over two pieces ---- */

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND                   \
	do {                       \
		v0 += v1;          \
		v1 = ROTL(v1, 13); \
		v1 ^= v0;          \
		v0 = ROTL(v0, 32); \
		v2 += v3;          \
		v3 = ROTL(v3, 16); \
		v3 ^= v2;          \
		v0 += v3;          \
		v3 = ROTL(v3, 21); \
		v3 ^= v0;          \
		v2 += v1;          \
		v1 = ROTL(v1, 17); \
		v1 ^= v2;          \
		v2 = ROTL(v2, 32); \
	} while (0)

struct sip {
	uint64_t v0, v1, v2, v3, tail;
	size_t n; /* bytes absorbed */
};

static void sip_block(struct sip *s, uint64_t m)
{
	uint64_t v0 = s->v0, v1 = s->v1, v2 = s->v2, v3 = s->v3;
	v3 ^= m;
	SIPROUND;
	SIPROUND;
	v0 ^= m;
	s->v0 = v0, s->v1 = v1, s->v2 = v2, s->v3 = v3;
}

static uint64_t le64(const unsigned char *p)
{
	uint64_t x;
	memcpy(&x, p, 8);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	x = __builtin_bswap64(x);
#endif
	return x;
}

static void sip_feed(struct sip *s, const unsigned char *p, size_t len)
{
	size_t i = 0;
	/* Finish a partial block byte by byte, then whole words. */
	for (; i < len && (s->n & 7); i++) {
		s->tail |= (uint64_t)p[i] << (8 * (s->n & 7));
		if ((++s->n & 7) == 0) {
			sip_block(s, s->tail);
			s->tail = 0;
		}
	}
	for (; i + 8 <= len; i += 8) {
		sip_block(s, le64(p + i));
		s->n += 8;
	}
	for (; i < len; i++) {
		s->tail |= (uint64_t)p[i] << (8 * (s->n & 7));
		s->n++;
	}
}

static uint64_t sip_final(struct sip *s)
{
	uint64_t b = s->tail | (uint64_t)(s->n & 0xff) << 56;
	sip_block(s, b);
	uint64_t v0 = s->v0, v1 = s->v1, v2 = s->v2 ^ 0xff, v3 = s->v3;
	SIPROUND;
	SIPROUND;
	SIPROUND;
	SIPROUND;
	return v0 ^ v1 ^ v2 ^ v3;
}

static void sip_init(struct sip *s, uint64_t k0, uint64_t k1)
{
	memset(s, 0, sizeof *s);
	s->v0 = 0x736f6d6570736575ULL ^ k0;
	s->v1 = 0x646f72616e646f6dULL ^ k1;
	s->v2 = 0x6c7967656e657261ULL ^ k0;
	s->v3 = 0x7465646279746573ULL ^ k1;
}

uint64_t dtab_siphash(const uint8_t key16[16], const void *p, size_t n)
{
	uint64_t k0 = 0, k1 = 0;
	for (int i = 7; i >= 0; i--) {
		k0 = k0 << 8 | key16[i];
		k1 = k1 << 8 | key16[8 + i];
	}
	struct sip s;
	sip_init(&s, k0, k1);
	sip_feed(&s, p, n);
	return sip_final(&s);
}

uint64_t dtab_key(const dtab *t, const void *a, size_t alen, const void *b, size_t blen)
{
	struct sip s;
	sip_init(&s, t->k0, t->k1);
	/* The length of a goes first, so ("ab", "c") and ("a", "bc") differ. */
	unsigned char len8[8];
	for (int i = 0; i < 8; i++)
		len8[i] = (unsigned char)((uint64_t)alen >> (8 * i));
	sip_feed(&s, len8, sizeof len8);
	sip_feed(&s, a, alen);
	if (blen)
		sip_feed(&s, b, blen);
	uint64_t h = sip_final(&s);
	return h ? h : 1;
}

/* ---- table ---- */

/* The sets, zeroed. A large table is an anonymous mapping, 2 MiB-aligned:
 * tables of many MiB are looked up at random, and with 4 KiB pages nearly
 * every lookup also misses the TLB, so MADV_HUGEPAGE lets the kernel back
 * them with huge pages where THP allows it. The mapping is zero already and
 * is not written here: a page costs memory only once a subject lands on it,
 * so a started gateway's RSS does not carry tables sized for 16,384
 * subjects it has not seen (memset made every page resident: 26.9 MiB). */
static unsigned char *sets_alloc(size_t bytes, size_t *mapped)
{
	*mapped = 0;
	if (bytes < HUGE) {
		unsigned char *p = aligned_alloc(64, (bytes + 63) & ~(size_t)63);
		if (p)
			memset(p, 0, bytes);
		return p;
	}
	size_t len = (bytes + HUGE - 1) & ~(HUGE - 1);
	unsigned char *raw =
		mmap(NULL, len + HUGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (raw == MAP_FAILED)
		return NULL;
	uintptr_t at = ((uintptr_t)raw + HUGE - 1) & ~(uintptr_t)(HUGE - 1);
	unsigned char *p = (unsigned char *)at;
	size_t head = (size_t)(p - raw), tail = HUGE - head;
	if (head)
		munmap(raw, head);
	if (tail)
		munmap(p + len, tail);
	madvise(p, len, MADV_HUGEPAGE);
	*mapped = len;
	return p;
}

static void sets_free(dtab *t)
{
	if (t->mapped)
		munmap(t->sets, t->mapped);
	else
		free(t->sets);
	t->sets = NULL;
}

dtab *dtab_create(size_t capacity, size_t value_size, dtab_score_fn score, void *ctx,
		  const uint8_t *key16)
{
	if (value_size == 0 || value_size > DTAB_VALUE_MAX || capacity > DTAB_MAX_CAPACITY)
		return NULL;
	size_t n = DTAB_MIN_CAPACITY;
	while (n < capacity)
		n <<= 1;
	dtab *t = calloc(1, sizeof *t);
	if (!t)
		return NULL;
	t->nslots = n;
	t->nsets = n / DTAB_WAYS;
	unsigned bits = 0;
	while (((size_t)1 << bits) < t->nsets)
		bits++;
	t->set_shift = 64 - bits;
	t->value_size = value_size;
	t->stride = (value_size + 7) & ~(size_t)7;
	t->set_bytes = (DTAB_WAYS * sizeof(uint64_t) + DTAB_WAYS * t->stride + 63) & ~(size_t)63;
	t->score = score;
	t->ctx = ctx;
	size_t bytes = t->nsets * t->set_bytes;
	t->sets = sets_alloc(bytes, &t->mapped);
	uint8_t k[16];
	if (key16)
		memcpy(k, key16, sizeof k);
	if (!t->sets || (!key16 && RAND_bytes(k, sizeof k) != 1)) {
		sets_free(t);
		free(t);
		return NULL;
	}
	for (int i = 7; i >= 0; i--) {
		t->k0 = t->k0 << 8 | k[i];
		t->k1 = t->k1 << 8 | k[8 + i];
	}
	for (size_t i = 0; i < DTAB_SHARDS; i++)
		pthread_mutex_init(&t->shards[i].mu, NULL);
	return t;
}

void dtab_free(dtab *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < DTAB_SHARDS; i++)
		pthread_mutex_destroy(&t->shards[i].mu);
	sets_free(t);
	free(t);
}

static size_t set_of(const dtab *t, uint64_t key)
{
	return (size_t)(key >> t->set_shift) & (t->nsets - 1);
}

static uint64_t *set_keys(const dtab *t, size_t set)
{
	return (uint64_t *)(void *)(t->sets + set * t->set_bytes);
}

static unsigned char *set_value(const dtab *t, size_t set, size_t way)
{
	return t->sets + set * t->set_bytes + DTAB_WAYS * sizeof(uint64_t) + way * t->stride;
}

void dtab_prefetch(const dtab *t, uint64_t key)
{
	const unsigned char *p = t->sets + set_of(t, key) * t->set_bytes;
	/* The keys and, for small values, every value of the set. */
	size_t lines = t->set_bytes <= 512 ? t->set_bytes / 64 : 1;
	for (size_t i = 0; i < lines; i++)
		__builtin_prefetch(p + 64 * i, 1, 3);
}

int dtab_get(dtab *t, uint64_t key, int create, uint64_t now, dtab_ref *ref)
{
	memset(ref, 0, sizeof ref[0]);
	size_t set = set_of(t, key);
	struct shard *sh = &t->shards[set & (DTAB_SHARDS - 1)];
	uint64_t *keys = set_keys(t, set);
	pthread_mutex_lock(&sh->mu);
	size_t free_way = DTAB_WAYS;
	for (size_t w = 0; w < DTAB_WAYS; w++) {
		if (keys[w] == key) {
			ref->mu = &sh->mu;
			ref->value = set_value(t, set, w);
			ref->slot = set * DTAB_WAYS + w;
			/* A large value spans several lines: ask for them all at
			 * once rather than miss on each in turn. */
			for (size_t off = 64; off < t->stride && off < 512; off += 64)
				__builtin_prefetch((unsigned char *)ref->value + off, 1, 3);
			return 1;
		}
		if (keys[w] == 0 && free_way == DTAB_WAYS)
			free_way = w;
	}
	if (!create) {
		pthread_mutex_unlock(&sh->mu);
		return 0;
	}
	size_t w = free_way;
	if (w == DTAB_WAYS) {
		w = 0;
		if (t->score) {
			uint64_t best = UINT64_MAX;
			for (size_t i = 0; i < DTAB_WAYS; i++) {
				uint64_t s = t->score(set_value(t, set, i), now, t->ctx);
				if (s < best) {
					best = s;
					w = i;
				}
			}
			ref->victim_score = best;
		}
		sh->evictions++;
		ref->evicted = 1;
	} else {
		sh->used++;
	}
	sh->inserts++;
	keys[w] = key;
	ref->mu = &sh->mu;
	ref->value = set_value(t, set, w);
	ref->slot = set * DTAB_WAYS + w;
	memset(ref->value, 0, t->stride);
	ref->created = 1;
	return 1;
}

void dtab_put(dtab *t, dtab_ref *ref, int drop)
{
	if (!ref->mu)
		return;
	if (drop) {
		struct shard *sh = (struct shard *)((char *)ref->mu - offsetof(struct shard, mu));
		set_keys(t, ref->slot / DTAB_WAYS)[ref->slot % DTAB_WAYS] = 0;
		sh->used--;
	}
	pthread_mutex_unlock(ref->mu);
	ref->mu = NULL;
	ref->value = NULL;
}

void dtab_each(dtab *t, int (*fn)(void *value, void *arg), void *arg)
{
	for (size_t s = 0; s < DTAB_SHARDS; s++) {
		struct shard *sh = &t->shards[s];
		pthread_mutex_lock(&sh->mu);
		for (size_t set = s; set < t->nsets; set += DTAB_SHARDS) {
			uint64_t *keys = set_keys(t, set);
			for (size_t w = 0; w < DTAB_WAYS; w++) {
				if (keys[w] && fn(set_value(t, set, w), arg)) {
					keys[w] = 0;
					sh->used--;
				}
			}
		}
		pthread_mutex_unlock(&sh->mu);
	}
}

void dtab_get_stats(dtab *t, dtab_stats *s)
{
	memset(s, 0, sizeof *s);
	s->capacity = t->nslots;
	s->bytes = sizeof *t + t->nsets * t->set_bytes;
	for (size_t i = 0; i < DTAB_SHARDS; i++) {
		struct shard *sh = &t->shards[i];
		pthread_mutex_lock(&sh->mu);
		s->used += sh->used;
		s->inserts += sh->inserts;
		s->evictions += sh->evictions;
		pthread_mutex_unlock(&sh->mu);
	}
}
