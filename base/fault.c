/* fault: the armed fault points (tests only arm them). */
#include "fault.h"

#include <pthread.h>
#include <string.h>

atomic_int custos_fault_armed;

static struct point {
	int armed, rc;
	unsigned skip, times, failed, hits;
} P[CUSTOS_FAULT_MAX];
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

int custos_fault_hit(enum custos_fault_point p)
{
	int rc = 0;
	if (p <= 0 || p >= CUSTOS_FAULT_MAX)
		return 0;
	pthread_mutex_lock(&mu);
	struct point *f = &P[p];
	f->hits++;
	if (f->armed) {
		if (f->skip) {
			f->skip--;
		} else if (!f->times || f->failed < f->times) {
			f->failed++;
			rc = f->rc;
		}
	}
	pthread_mutex_unlock(&mu);
	return rc;
}

void custos_fault_arm(enum custos_fault_point p, int rc, unsigned skip, unsigned times)
{
	if (p <= 0 || p >= CUSTOS_FAULT_MAX)
		return;
	pthread_mutex_lock(&mu);
	P[p] = (struct point){.armed = 1, .rc = rc, .skip = skip, .times = times};
	pthread_mutex_unlock(&mu);
	atomic_store(&custos_fault_armed, 1);
}

unsigned custos_fault_hits(enum custos_fault_point p)
{
	if (p <= 0 || p >= CUSTOS_FAULT_MAX)
		return 0;
	pthread_mutex_lock(&mu);
	unsigned n = P[p].hits;
	pthread_mutex_unlock(&mu);
	return n;
}

void custos_fault_clear(void)
{
	atomic_store(&custos_fault_armed, 0);
	pthread_mutex_lock(&mu);
	memset(P, 0, sizeof P);
	pthread_mutex_unlock(&mu);
}
