/* holder: publishes the current snapshot to reader threads without locks.
 *
 * Readers register in one of two counters chosen by the parity of a
 * generation number and re-check the generation before loading the pointer.
 * A writer (serialized by a mutex) stores the new pointer, flips the
 * generation, then waits for the counter of the old parity to drain: every
 * reader that might still see the old snapshot is counted there. */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <time.h>

#include "policy.h"

struct pol_holder {
	_Atomic(pol_snapshot *) cur;
	atomic_uint_fast64_t gen;
	atomic_long cnt[2];
	pthread_mutex_t wlock;
};

pol_holder *pol_holder_create(pol_snapshot *initial)
{
	pol_holder *h = calloc(1, sizeof *h);
	if (!h)
		return NULL;
	if (pthread_mutex_init(&h->wlock, NULL) != 0) {
		free(h);
		return NULL;
	}
	atomic_init(&h->cur, initial);
	atomic_init(&h->gen, 0);
	atomic_init(&h->cnt[0], 0);
	atomic_init(&h->cnt[1], 0);
	return h;
}

void pol_holder_free(pol_holder *h)
{
	if (!h)
		return;
	pol_snapshot_free(atomic_load(&h->cur));
	pthread_mutex_destroy(&h->wlock);
	free(h);
}

const pol_snapshot *pol_holder_acquire(pol_holder *h, unsigned *ticket)
{
	for (;;) {
		uint_fast64_t g = atomic_load(&h->gen);
		unsigned slot = (unsigned)(g & 1);
		atomic_fetch_add(&h->cnt[slot], 1);
		if (atomic_load(&h->gen) == g) {
			*ticket = slot;
			return atomic_load(&h->cur);
		}
		/* A writer flipped the generation meanwhile: register again. */
		atomic_fetch_sub(&h->cnt[slot], 1);
	}
}

void pol_holder_release(pol_holder *h, unsigned ticket)
{
	long prev = atomic_fetch_sub(&h->cnt[ticket & 1], 1);
	(void)prev;
}

void pol_holder_swap(pol_holder *h, pol_snapshot *next)
{
	pthread_mutex_lock(&h->wlock);
	pol_snapshot *old = atomic_exchange(&h->cur, next);
	uint_fast64_t g = atomic_fetch_add(&h->gen, 1);
	unsigned spins = 0;
	while (atomic_load(&h->cnt[g & 1]) != 0) {
		if (++spins < 64) {
			sched_yield();
		} else {
			struct timespec ts = {0, 50000}; /* 50 us: readers hold for one decision */
			nanosleep(&ts, NULL);
		}
	}
	pthread_mutex_unlock(&h->wlock);
	pol_snapshot_free(old);
}
