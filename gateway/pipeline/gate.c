/* gate: the in-flight places of the expensive reads (gate.h). */
#include "gate.h"

#include "req-t.h"

#include <malloc.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct place {
	int used;
	char subject[POL_PRINCIPAL_MAX + 1];
};

struct gate {
	pthread_mutex_t mu;
	unsigned max, per_subject;
	struct place *places; /* max of them */

	/* the off-loop acts: a FIFO of requests, the one each worker runs */
	pthread_mutex_t qmu;
	pthread_cond_t qcv, donecv;
	struct req *head, *tail;
	struct req *current[GATE_WORKERS_MAX];
	unsigned nworkers, busy;
	int stopping;
	pthread_t thread[GATE_WORKERS_MAX];
	gate_run_fn run;
	void *run_ctx;
};

struct worker {
	struct gate *g;
	unsigned i;
};

struct gate *gate_create(unsigned max, unsigned per_subject)
{
	struct gate *g = calloc(1, sizeof *g);
	if (!g)
		return NULL;
	if (max > GATE_MAX)
		max = GATE_MAX;
	g->max = max;
	g->per_subject = per_subject ? per_subject : max;
	g->places = max ? calloc(max, sizeof *g->places) : NULL;
	if (max && !g->places) {
		free(g);
		return NULL;
	}
	pthread_mutex_init(&g->mu, NULL);
	pthread_mutex_init(&g->qmu, NULL);
	pthread_cond_init(&g->qcv, NULL);
	pthread_cond_init(&g->donecv, NULL);
	return g;
}

void gate_free(struct gate *g)
{
	if (!g)
		return;
	if (g->nworkers) {
		pthread_mutex_lock(&g->qmu);
		g->stopping = 1;
		pthread_cond_broadcast(&g->qcv);
		pthread_mutex_unlock(&g->qmu);
		for (unsigned i = 0; i < g->nworkers; i++)
			pthread_join(g->thread[i], NULL);
	}
	pthread_cond_destroy(&g->qcv);
	pthread_cond_destroy(&g->donecv);
	pthread_mutex_destroy(&g->qmu);
	pthread_mutex_destroy(&g->mu);
	free(g->places);
	free(g);
}

int gate_enter(struct gate *g, const char *subject, int *slot)
{
	*slot = -1;
	if (!g || !g->max)
		return 0;
	int rc = 2;
	unsigned mine = 0;
	pthread_mutex_lock(&g->mu);
	for (unsigned i = 0; i < g->max; i++) {
		if (!g->places[i].used) {
			if (*slot < 0)
				*slot = (int)i;
		} else if (!strcmp(g->places[i].subject, subject)) {
			mine++;
		}
	}
	if (mine >= g->per_subject) {
		*slot = -1;
		rc = 1;
	} else if (*slot >= 0) {
		g->places[*slot].used = 1;
		snprintf(g->places[*slot].subject, sizeof g->places[*slot].subject, "%s", subject);
		rc = 0;
	}
	pthread_mutex_unlock(&g->mu);
	return rc;
}

void gate_leave(struct gate *g, int slot)
{
	if (!g || slot < 0 || (unsigned)slot >= g->max)
		return;
	pthread_mutex_lock(&g->mu);
	g->places[slot].used = 0;
	pthread_mutex_unlock(&g->mu);
}

/* ---- the off-loop acts ---- */

static void *offload_main(void *arg)
{
	struct worker *w = arg;
	struct gate *g = w->g;
	unsigned me = w->i;
	free(w);
	pthread_mutex_lock(&g->qmu);
	for (;;) {
		while (!g->head && !g->stopping)
			pthread_cond_wait(&g->qcv, &g->qmu);
		if (g->stopping)
			break;
		struct req *r = g->head;
		g->head = r->offload_next;
		if (!g->head)
			g->tail = NULL;
		r->offload_next = NULL;
		g->current[me] = r;
		g->busy++;
		pthread_mutex_unlock(&g->qmu);
		g->run(g->run_ctx, r);
		pthread_mutex_lock(&g->qmu);
		g->current[me] = NULL;
		g->busy--;
		pthread_cond_broadcast(&g->donecv);
		if (!g->head && !g->busy) {
			/* An export or an audit page builds a tree as large as the
			 * data it shows; once freed, glibc keeps those pages in its
			 * arenas, so the heap would grow to the largest answer ever
			 * built. Idle now: hand them back (a few ms at most, after
			 * reads that cost more). */
			pthread_mutex_unlock(&g->qmu);
			malloc_trim(0);
			pthread_mutex_lock(&g->qmu);
		}
	}
	pthread_mutex_unlock(&g->qmu);
	return NULL;
}

int gate_offload_start(struct gate *g, unsigned workers, gate_run_fn run, void *ctx)
{
	if (!g || g->nworkers || !workers)
		return -1;
	if (workers > GATE_WORKERS_MAX)
		workers = GATE_WORKERS_MAX;
	g->run = run;
	g->run_ctx = ctx;
	for (unsigned i = 0; i < workers; i++) {
		struct worker *w = malloc(sizeof *w);
		if (w) {
			w->g = g;
			w->i = i;
		}
		if (!w || pthread_create(&g->thread[i], NULL, offload_main, w)) {
			free(w);
			break; /* fewer workers than asked, or none: see below */
		}
		g->nworkers++;
	}
	return g->nworkers ? 0 : -1;
}

/* Some worker runs r now (qmu held). */
static int running(const struct gate *g, const struct req *r)
{
	for (unsigned i = 0; i < g->nworkers; i++)
		if (g->current[i] == r)
			return 1;
	return 0;
}

void gate_offload_push(struct gate *g, struct req *r)
{
	pthread_mutex_lock(&g->qmu);
	r->offload_next = NULL;
	if (g->tail)
		g->tail->offload_next = r;
	else
		g->head = r;
	g->tail = r;
	pthread_cond_signal(&g->qcv);
	pthread_mutex_unlock(&g->qmu);
}

void gate_offload_forget(struct gate *g, struct req *r)
{
	if (!g || !g->nworkers)
		return;
	pthread_mutex_lock(&g->qmu);
	struct req *prev = NULL;
	for (struct req *q = g->head; q; prev = q, q = q->offload_next) {
		if (q != r)
			continue;
		if (prev)
			prev->offload_next = q->offload_next;
		else
			g->head = q->offload_next;
		if (g->tail == q)
			g->tail = prev;
		break;
	}
	while (running(g, r))
		pthread_cond_wait(&g->donecv, &g->qmu);
	pthread_mutex_unlock(&g->qmu);
}
