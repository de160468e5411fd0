/* bench_audit: durable audit entries per second, group commit vs one
 * transaction + fsync per entry, at 1, 16 and 64 concurrent clients. Each
 * client submits one entry and waits for it to be durable before the next,
 * like an HTTP request waiting for its audit record.
 *
 *   bench_audit [seconds_per_cell (2.5)] [base_dir (/tmp)] [clients ... (1 16 64)]
 *
 * Runs on the disk holding base_dir; every cell uses a fresh log. */
#include "audit.h"

#include <ftw.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const uint8_t KEY[32] = {42};

struct cell {
	audit *a;
	atomic_int stop;
	atomic_ullong done;
	atomic_ullong failed;
	pthread_barrier_t start;
};

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static json_t *mk_entry(unsigned long long i)
{
	char rid[32];
	snprintf(rid, sizeof rid, "req-%llu", i);
	/* A typical decision record, about 330 bytes stored. */
	return json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:[s], s:s, s:s, s:s, s:i, s:[s]}",
			 "request_id", rid, "decision", "allow", "action", "conversation:read",
			 "resource", "conversation/c-7f3a9b", "subject", "user:corp/alice",
			 "client", "svc:support-console", "cert_sha256",
			 "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
			 "roles", "support_agent", "rule", "support_agent/assigned", "reason",
			 "assigned ticket", "purpose", "ticket:4711", "policy_version", 7, "redact",
			 "email");
}

static void *client(void *p)
{
	struct cell *c = p;
	unsigned long long i = 0;
	pthread_barrier_wait(&c->start);
	while (!atomic_load(&c->stop)) {
		if (audit_append_sync(c->a, mk_entry(i++), NULL) == 0)
			atomic_fetch_add(&c->done, 1);
		else
			atomic_fetch_add(&c->failed, 1);
	}
	return NULL;
}

static int rm_cb(const char *p, const struct stat *st, int flag, struct FTW *f)
{
	(void)st;
	(void)flag;
	(void)f;
	return remove(p);
}

/* Entries per second for one cell; *avg_batch = entries per commit. */
static double run_cell(const char *base, int threads, int gc, double secs, double *avg_batch,
		       int *verified)
{
	char dir[512];
	snprintf(dir, sizeof dir, "%s/gc%d-t%d", base, gc, threads);
	audit_conf conf = {.dir = dir, .key = KEY, .group_commit = gc, .timeout_ms = 30000};
	char err[256];
	struct cell c = {0};
	if (audit_open(&c.a, &conf, err, sizeof err)) {
		fprintf(stderr, "%s\n", err);
		exit(1);
	}
	pthread_t *th = calloc((size_t)threads, sizeof *th);
	pthread_barrier_init(&c.start, NULL, (unsigned)threads + 1);
	for (int t = 0; t < threads; t++)
		pthread_create(&th[t], NULL, client, &c);
	pthread_barrier_wait(&c.start);
	double t0 = now_s();
	usleep((useconds_t)(secs * 1e6));
	unsigned long long n = atomic_load(&c.done);
	double t1 = now_s();
	atomic_store(&c.stop, 1);
	for (int t = 0; t < threads; t++)
		pthread_join(th[t], NULL);
	audit_stats st;
	audit_get_stats(c.a, &st);
	*avg_batch = st.batches ? (double)st.entries / (double)st.batches : 0;
	audit_verify_result vr;
	*verified = audit_verify(c.a, &vr) == 0 && vr.ok && vr.entries == st.entries;
	if (atomic_load(&c.failed))
		fprintf(stderr, "warning: %llu entries failed\n", atomic_load(&c.failed));
	audit_close(c.a);
	pthread_barrier_destroy(&c.start);
	free(th);
	nftw(dir, rm_cb, 8, FTW_DEPTH | FTW_PHYS);
	return (double)n / (t1 - t0);
}

int main(int argc, char **argv)
{
	double secs = argc > 1 ? strtod(argv[1], NULL) : 2.5;
	const char *parent = argc > 2 ? argv[2] : "/tmp";
	char base[512];
	if (secs <= 0)
		secs = 2.5;
	snprintf(base, sizeof base, "%s/custos-bench-audit-XXXXXX", parent);
	if (!mkdtemp(base)) {
		perror("mkdtemp");
		return 1;
	}
	int conc[16] = {1, 16, 64};
	size_t nconc = 3;
	if (argc > 3) {
		nconc = 0;
		for (int i = 3; i < argc && nconc < 16; i++) {
			long v = strtol(argv[i], NULL, 10);
			if (v >= 1 && v <= 1024)
				conc[nconc++] = (int)v;
		}
	}
	printf("audit durable entries/s, %.1f s per cell, dir %s\n", secs, base);
	printf("%8s %16s %10s %16s %10s %8s %s\n", "clients", "group_commit/s", "per_commit",
	       "fsync_each/s", "per_commit", "ratio", "verify");
	for (size_t i = 0; i < nconc; i++) {
		double bg, b1;
		int v1, v2;
		double g = run_cell(base, conc[i], 1, secs, &bg, &v1);
		double one = run_cell(base, conc[i], 0, secs, &b1, &v2);
		printf("%8d %16.0f %10.1f %16.0f %10.1f %8.1f %s\n", conc[i], g, bg, one, b1,
		       one > 0 ? g / one : 0, v1 && v2 ? "ok" : "FAILED");
		fflush(stdout);
	}
	rmdir(base);
	return 0;
}
