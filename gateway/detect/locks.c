/* locks: a chained hash of lock entries under one rwlock (see locks.h).
 * The count is also kept in an atomic so that the common case, no lock at
 * all, costs one load per check. */
#include "locks.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "timefmt.h"

struct node {
	struct node *next;
	lock_entry e;
};

#define FILTER_BITS 65536 /* 8 KiB: with 100 locks, 1 check in 650 takes the lock */

struct locks {
	pthread_rwlock_t mu;
	size_t max, n, nb;
	struct node **b;
	atomic_size_t count;
	/* A bit per principal hash for every lock in the table: a check whose
	 * bit is clear is answered without the rwlock (most checks). Set
	 * after a lock is added (a check racing an add may miss the lock by
	 * those nanoseconds, as it would had it come first); rebuilt when locks
	 * go (a stale set bit only costs the locked lookup). */
	_Atomic uint64_t filter[FILTER_BITS / 64];
};

static size_t hash(const char *s)
{
	uint64_t h = 0xcbf29ce484222325ull; /* FNV-1a: admin-set names, few */
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 0x100000001b3ull;
	}
	return (size_t)(h ^ h >> 29);
}

locks *locks_create(size_t max)
{
	locks *l = calloc(1, sizeof *l);
	if (!l)
		return NULL;
	l->max = max ? max : 65536;
	/* Few locks are in force at a time: a small bucket array stays in the
	 * cache of every check, and doubles as locks are added (grow). */
	l->nb = 64;
	l->b = calloc(l->nb, sizeof *l->b);
	if (!l->b) {
		free(l);
		return NULL;
	}
	pthread_rwlock_init(&l->mu, NULL);
	return l;
}

void locks_free(locks *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->nb; i++) {
		struct node *n = l->b[i];
		while (n) {
			struct node *next = n->next;
			free(n);
			n = next;
		}
	}
	pthread_rwlock_destroy(&l->mu);
	free(l->b);
	free(l);
}

static void filter_set(locks *l, size_t h)
{
	size_t bit = (h >> 16) & (FILTER_BITS - 1);
	atomic_fetch_or_explicit(&l->filter[bit / 64], (uint64_t)1 << (bit % 64),
				 memory_order_release);
}

static int filter_has(locks *l, size_t h)
{
	size_t bit = (h >> 16) & (FILTER_BITS - 1);
	return (atomic_load_explicit(&l->filter[bit / 64], memory_order_acquire) >> (bit % 64)) & 1;
}

/* Under the write lock: the filter of exactly the locks in the table. */
static void filter_rebuild(locks *l)
{
	for (size_t i = 0; i < FILTER_BITS / 64; i++)
		atomic_store_explicit(&l->filter[i], 0, memory_order_relaxed);
	for (size_t i = 0; i < l->nb; i++)
		for (struct node *n = l->b[i]; n; n = n->next)
			filter_set(l, hash(n->e.principal));
}

static int live(const lock_entry *e, uint64_t now)
{
	return e->until_s == 0 || e->until_s > now;
}

/* Under the write lock. */
static size_t expire_locked(locks *l, uint64_t now, void (*fn)(const lock_entry *, void *),
			    void *arg)
{
	size_t removed = 0;
	for (size_t i = 0; i < l->nb; i++) {
		struct node **pp = &l->b[i];
		while (*pp) {
			struct node *n = *pp;
			if (live(&n->e, now)) {
				pp = &n->next;
				continue;
			}
			if (fn)
				fn(&n->e, arg);
			*pp = n->next;
			free(n);
			l->n--;
			removed++;
		}
	}
	atomic_store(&l->count, l->n);
	if (removed)
		filter_rebuild(l);
	return removed;
}

static int field_ok(const char *s, size_t max, int required)
{
	size_t n = strnlen(s, max + 1);
	return n <= max && (!required || n > 0);
}

/* Doubles the bucket array (write lock held); on failure keeps the old one. */
static void grow(locks *l)
{
	size_t nb = l->nb * 2;
	struct node **b = calloc(nb, sizeof *b);
	if (!b)
		return;
	for (size_t i = 0; i < l->nb; i++) {
		struct node *n = l->b[i];
		while (n) {
			struct node *next = n->next;
			size_t h = hash(n->e.principal) & (nb - 1);
			n->next = b[h];
			b[h] = n;
			n = next;
		}
	}
	free(l->b);
	l->b = b;
	l->nb = nb;
}

int locks_set(locks *l, const lock_entry *e, uint64_t now_s)
{
	if (!field_ok(e->principal, LOCKS_PRINCIPAL_MAX, 1) ||
	    !field_ok(e->reason, LOCKS_REASON_MAX, 0) || !field_ok(e->by, LOCKS_BY_MAX, 0))
		return LOCKS_E_ARG;
	int rc = 0;
	pthread_rwlock_wrlock(&l->mu);
	size_t h = hash(e->principal) & (l->nb - 1);
	for (struct node *n = l->b[h]; n; n = n->next) {
		if (!strcmp(n->e.principal, e->principal)) {
			n->e = *e;
			goto out;
		}
	}
	if (l->n >= l->max)
		expire_locked(l, now_s, NULL, NULL);
	if (l->n >= l->max) {
		rc = LOCKS_E_FULL;
		goto out;
	}
	struct node *n = malloc(sizeof *n);
	if (!n) {
		rc = LOCKS_E_NOMEM;
		goto out;
	}
	if (l->n + 1 > l->nb && l->nb < 65536) {
		grow(l);
		h = hash(e->principal) & (l->nb - 1);
	}
	n->e = *e;
	n->next = l->b[h];
	l->b[h] = n;
	l->n++;
	atomic_store(&l->count, l->n);
	filter_set(l, hash(e->principal));
out:
	pthread_rwlock_unlock(&l->mu);
	return rc;
}

int locks_clear(locks *l, const char *principal)
{
	int rc = LOCKS_E_NOTFOUND;
	pthread_rwlock_wrlock(&l->mu);
	for (struct node **pp = &l->b[hash(principal) & (l->nb - 1)]; *pp; pp = &(*pp)->next) {
		struct node *n = *pp;
		if (!strcmp(n->e.principal, principal)) {
			*pp = n->next;
			free(n);
			l->n--;
			atomic_store(&l->count, l->n);
			filter_rebuild(l);
			rc = 0;
			break;
		}
	}
	pthread_rwlock_unlock(&l->mu);
	return rc;
}

int locks_check(locks *l, const char *principal, uint64_t now_s, lock_entry *out)
{
	if (!principal || atomic_load_explicit(&l->count, memory_order_acquire) == 0)
		return 0;
	size_t h = hash(principal);
	if (!filter_has(l, h))
		return 0;
	int locked = 0;
	pthread_rwlock_rdlock(&l->mu);
	for (struct node *n = l->b[h & (l->nb - 1)]; n; n = n->next) {
		if (!strcmp(n->e.principal, principal)) {
			locked = live(&n->e, now_s);
			if (locked && out)
				*out = n->e;
			break;
		}
	}
	pthread_rwlock_unlock(&l->mu);
	return locked;
}

size_t locks_active(locks *l, uint64_t now_s)
{
	return locks_list(l, now_s, NULL, 0);
}

static int entry_cmp(const void *a, const void *b)
{
	return strcmp(((const lock_entry *)a)->principal, ((const lock_entry *)b)->principal);
}

size_t locks_list(locks *l, uint64_t now_s, lock_entry *out, size_t max)
{
	size_t total = 0, k = 0;
	if (atomic_load(&l->count) == 0)
		return 0;
	pthread_rwlock_rdlock(&l->mu);
	for (size_t i = 0; i < l->nb; i++) {
		for (struct node *n = l->b[i]; n; n = n->next) {
			if (!live(&n->e, now_s))
				continue;
			total++;
			if (out && k < max)
				out[k++] = n->e;
		}
	}
	pthread_rwlock_unlock(&l->mu);
	if (out && k > 1)
		qsort(out, k, sizeof *out, entry_cmp);
	return total;
}

size_t locks_expire(locks *l, uint64_t now_s, void (*fn)(const lock_entry *e, void *arg), void *arg)
{
	pthread_rwlock_wrlock(&l->mu);
	size_t n = expire_locked(l, now_s, fn, arg);
	pthread_rwlock_unlock(&l->mu);
	return n;
}

/* ---- JSON and time ---- */

void locks_time_format(uint64_t s, char *out, size_t outsz)
{
	time_rfc3339((time_t)s, out, outsz);
}

int locks_time_parse(const char *s, uint64_t *out)
{
	time_t t;
	if (time_parse_rfc3339(s, &t) || t < 0)
		return -1;
	*out = (uint64_t)t;
	return 0;
}

json_t *locks_entry_json(const lock_entry *e)
{
	char since[32], until[32];
	locks_time_format(e->since_s, since, sizeof since);
	locks_time_format(e->until_s, until, sizeof until);
	return json_pack("{s:s,s:s,s:o,s:s,s:s}", "principal", e->principal, "since", since,
			 "until", e->until_s ? json_string(until) : json_null(), "reason",
			 e->reason, "by", e->by);
}

static int copy_field(const json_t *j, const char *key, char *out, size_t cap, int required)
{
	const json_t *v = json_object_get(j, key);
	if (!v || json_is_null(v)) {
		out[0] = '\0';
		return required ? -1 : 0;
	}
	if (!json_is_string(v) || json_string_length(v) >= cap ||
	    strlen(json_string_value(v)) != json_string_length(v))
		return -1;
	memcpy(out, json_string_value(v), json_string_length(v) + 1);
	return required && !out[0] ? -1 : 0;
}

int locks_entry_from_json(const json_t *j, lock_entry *e)
{
	memset(e, 0, sizeof *e);
	if (!json_is_object(j) ||
	    copy_field(j, "principal", e->principal, sizeof e->principal, 1) ||
	    copy_field(j, "reason", e->reason, sizeof e->reason, 0) ||
	    copy_field(j, "by", e->by, sizeof e->by, 0))
		return LOCKS_E_ARG;
	const json_t *since = json_object_get(j, "since"), *until = json_object_get(j, "until");
	if (json_is_string(since) && locks_time_parse(json_string_value(since), &e->since_s))
		return LOCKS_E_ARG;
	if (json_is_string(until)) {
		if (locks_time_parse(json_string_value(until), &e->until_s))
			return LOCKS_E_ARG;
	} else if (until && !json_is_null(until)) {
		return LOCKS_E_ARG;
	}
	return 0;
}
