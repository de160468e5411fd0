/* dclock: time(2) plus an optional offset from a test file (see dclock.h).
 * The offset and the time it was last checked are atomics; one thread at a
 * time re-reads the file (a try-lock), the others use the current offset. */
#include "dclock.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static atomic_int_fast64_t offset;
static atomic_int_fast64_t checked = -1; /* real second of the last look, -1 never */
static pthread_mutex_t reload = PTHREAD_MUTEX_INITIALIZER;

int dclock_is_test(void)
{
	const char *p = getenv(DCLOCK_ENV);
	return p && *p;
}

static void reread(const char *path)
{
	FILE *f = fopen(path, "r");
	char buf[64] = "";
	if (f) {
		size_t n = fread(buf, 1, sizeof buf - 1, f);
		buf[n] = '\0';
		fclose(f);
	}
	char *end;
	errno = 0;
	long long v = strtoll(buf, &end, 10);
	while (*end == ' ' || *end == '\n' || *end == '\r' || *end == '\t')
		end++;
	/* A missing or malformed file means no offset (never a stale one). */
	if (!f || errno || end == buf || *end || v < -(1LL << 40) || v > (1LL << 40))
		v = 0;
	atomic_store(&offset, (int_fast64_t)v);
}

int64_t dclock_offset(void)
{
	const char *path = getenv(DCLOCK_ENV);
	if (!path || !*path)
		return 0;
	int64_t real = (int64_t)time(NULL);
	if (atomic_load(&checked) != real && pthread_mutex_trylock(&reload) == 0) {
		if (atomic_load(&checked) != real) {
			reread(path);
			atomic_store(&checked, real);
		}
		pthread_mutex_unlock(&reload);
	}
	return (int64_t)atomic_load(&offset);
}

int64_t dclock_now(void)
{
	return (int64_t)time(NULL) + dclock_offset();
}
