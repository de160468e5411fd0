/* jwks_budget: token bucket with a FIFO of waiters (see jwks_budget.h).
 * Credit is kept in milliseconds (one fetch = interval_ms of credit), so the
 * refill is exact integer arithmetic on a monotonic clock. */
#include "jwks_budget.h"

#include "timefmt.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

struct waiter {
	struct waiter *next;
};

struct jwksb {
	pthread_mutex_t mu;
	pthread_cond_t cv; /* CLOCK_MONOTONIC */
	uint64_t interval_ms;
	uint64_t cap_ms; /* burst * interval */
	uint64_t credit_ms;
	uint64_t last_ms;
	int started;
	struct waiter *head, *tail; /* callers of jwksb_acquire, in order */
	unsigned nwaiting;
	uint64_t granted;
};

int jwksb_create(jwksb **out, uint64_t interval_ms, unsigned burst)
{
	pthread_condattr_t ca;
	*out = NULL;
	if (interval_ms == 0 || burst == 0 || interval_ms > UINT64_MAX / burst)
		return -1;
	jwksb *b = calloc(1, sizeof *b);
	if (!b)
		return -1;
	pthread_mutex_init(&b->mu, NULL);
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&b->cv, &ca);
	pthread_condattr_destroy(&ca);
	b->interval_ms = interval_ms;
	b->cap_ms = interval_ms * burst;
	b->credit_ms = b->cap_ms;
	*out = b;
	return 0;
}

void jwksb_free(jwksb *b)
{
	if (!b)
		return;
	pthread_cond_destroy(&b->cv);
	pthread_mutex_destroy(&b->mu);
	free(b);
}

/* With b->mu held. */
static int take_locked(jwksb *b, uint64_t now_ms, uint64_t *wait_ms)
{
	if (!b->started) {
		b->started = 1;
		b->last_ms = now_ms;
	}
	if (now_ms > b->last_ms) {
		uint64_t add = now_ms - b->last_ms;
		b->credit_ms = add >= b->cap_ms - b->credit_ms ? b->cap_ms : b->credit_ms + add;
		b->last_ms = now_ms;
	}
	if (b->credit_ms >= b->interval_ms) {
		b->credit_ms -= b->interval_ms;
		b->granted++;
		return 0;
	}
	if (wait_ms)
		*wait_ms = b->interval_ms - b->credit_ms;
	return -1;
}

int jwksb_take(jwksb *b, uint64_t now_ms, uint64_t *wait_ms)
{
	pthread_mutex_lock(&b->mu);
	int rc = take_locked(b, now_ms, wait_ms);
	pthread_mutex_unlock(&b->mu);
	return rc;
}

static void deadline_in(struct timespec *ts, uint64_t ms)
{
	clock_gettime(CLOCK_MONOTONIC, ts);
	ts->tv_sec += (time_t)(ms / 1000);
	ts->tv_nsec += (long)(ms % 1000) * 1000000L;
	if (ts->tv_nsec >= 1000000000L) {
		ts->tv_sec++;
		ts->tv_nsec -= 1000000000L;
	}
}

int jwksb_acquire(jwksb *b, const atomic_int *stop)
{
	struct waiter me = {NULL};
	int rc = -1;
	pthread_mutex_lock(&b->mu);
	if (b->tail)
		b->tail->next = &me;
	else
		b->head = &me;
	b->tail = &me;
	b->nwaiting++;
	while (!atomic_load(stop)) {
		if (b->head != &me) {
			pthread_cond_wait(&b->cv, &b->mu);
			continue;
		}
		uint64_t wait = 0;
		if (take_locked(b, time_mono_ms(), &wait) == 0) {
			rc = 0;
			break;
		}
		struct timespec ts;
		deadline_in(&ts, wait);
		pthread_cond_timedwait(&b->cv, &b->mu, &ts);
	}
	/* Leave the line (from any place in it when stopping). */
	struct waiter **pp = &b->head, *prev = NULL;
	while (*pp != &me) {
		prev = *pp;
		pp = &(*pp)->next;
	}
	*pp = me.next;
	if (b->tail == &me)
		b->tail = prev;
	b->nwaiting--;
	pthread_cond_broadcast(&b->cv); /* the next in line may take its turn */
	pthread_mutex_unlock(&b->mu);
	return rc;
}

void jwksb_wake(jwksb *b)
{
	if (!b)
		return;
	pthread_mutex_lock(&b->mu);
	pthread_cond_broadcast(&b->cv);
	pthread_mutex_unlock(&b->mu);
}

void jwksb_stats(jwksb *b, uint64_t *granted, unsigned *waiting)
{
	pthread_mutex_lock(&b->mu);
	if (granted)
		*granted = b->granted;
	if (waiting)
		*waiting = b->nwaiting;
	pthread_mutex_unlock(&b->mu);
}
