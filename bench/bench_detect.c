/* bench_detect: what limits and detection add to one decision, at 100,000
 * tracked subjects, beside the decision itself measured in the same run.
 *
 * 100,000 users are bound to a support role (limits, working hours, a bulk
 * threshold, a time zone: every part of the detection profile is computed)
 * and first each make one request, so every table holds them. Then, per
 * decision, for a random subject reading a random one of 1,000,000 end
 * users (1 in 10 denied):
 *
 *   baseline   pol_eval of the decision (roles, rules, conditions, profile)
 *   limits     two lock checks (subject and client; 100 locks in force)
 *              and the token bucket of (subject, action)
 *   detection  anom_observe: streak, bulk distinct users, token/certificate,
 *              revocation watch, coalescing
 *
 * The detector tables get argv[1] slots each (default 2^18: at 8 ways a
 * set overflows rarely; 2^17 holds them too, with more evictions, at half
 * the memory). Rates use this thread's CPU time (the machine is shared); each cell runs
 * ROUNDS times interleaved, keeping the best. A final cell runs limits +
 * detection on two threads at once (CPU time per thread: shard locks that
 * serialized them would show as a higher cost per decision). The load
 * average is printed with the figures: on a busy machine cache misses cost
 * more, and this benchmark is mostly cache misses (tables of 170 MiB). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "anomaly.h"
#include "locks.h"
#include "policy.h"
#include "ratelimit.h"

#define SUBJECTS 100000
#define USERS 1000000
#define N 400000
#define ROUNDS 7
#define T0 1767601800LL

static double clock_s(clockid_t id)
{
	struct timespec ts;
	clock_gettime(id, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double cpu_s(void) { return clock_s(CLOCK_THREAD_CPUTIME_ID); }
static double wall_s(void) { return clock_s(CLOCK_MONOTONIC); }

static char subjects[SUBJECTS][24];
static char users[4096][40]; /* pseudonyms are drawn from USERS via a table + suffix */
static const char *principals[SUBJECTS][1];
static pol_snapshot *snap;
static rl *limiter;
static anom *detector;
static locks *lockt;
static json_t *resource;

static uint64_t rng(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

static pol_snapshot *build(void)
{
	json_t *docs = json_loads(
		"[{\"name\":\"support\",\"timezone\":\"Europe/Berlin\","
		"  \"limits\":{\"conversation:read\":{\"rate\":50,\"burst\":100}},"
		"  \"working_hours\":{\"days\":[\"mon\",\"tue\",\"wed\",\"thu\",\"fri\"],"
		"                     \"start\":\"07:00\",\"end\":\"19:00\"},"
		"  \"bulk_distinct_users\":40,"
		"  \"rules\":["
		"   {\"id\":\"assigned\",\"effect\":\"allow\",\"actions\":[\"conversation:read\"],"
		"    \"when\":{\"all\":[{\"attr\":\"resource.labels.team\",\"equals\":\"t1\"},"
		"                     {\"attr\":\"request.purpose\",\"matches\":\"ticket:*\"}]},"
		"    \"redact\":[\"email\",\"phone\",\"pii\"]},"
		"   {\"id\":\"held\",\"effect\":\"deny\",\"actions\":[\"*\"],"
		"    \"when\":{\"attr\":\"resource.legal_hold\",\"equals\":true}}]}]",
		0, NULL);
	json_t *b = json_object();
	for (size_t i = 0; i < SUBJECTS; i++)
		json_object_set_new(b, subjects[i], json_pack("[s]", "support"));
	pol_error err;
	int rc = 0;
	pol_snapshot *s = pol_compile(docs, b, 1, NULL, NULL, 0, &err, &rc);
	if (!s) {
		fprintf(stderr, "compile: %s: %s\n", err.path, err.msg);
		exit(1);
	}
	json_decref(docs);
	json_decref(b);
	return s;
}

struct pick {
	size_t subj;
	const char *user;
	int deny;
};

static void pick(uint64_t *seed, struct pick *p)
{
	uint64_t r = rng(seed);
	p->subj = (size_t)(r % SUBJECTS);
	p->user = users[(r >> 20) % 4096];
	p->deny = (r >> 40) % 10 == 0;
}

static void eval_one(const struct pick *p, pol_decision *d, int64_t t)
{
	pol_request q = {.subject_id = subjects[p->subj], .subject_kind = "user",
			 .principals = principals[p->subj], .nprincipals = 1,
			 .client = "svc:support-console", .purpose = "ticket:4711",
			 .hour_utc = -1, .action = "conversation:read", .resource = resource,
			 .time_s = t};
	pol_eval(snap, &q, d);
}

static int limits_one(const struct pick *p, uint64_t now_us)
{
	int locked = locks_check(lockt, subjects[p->subj], (uint64_t)T0, NULL) ||
		     locks_check(lockt, "svc:support-console", (uint64_t)T0, NULL);
	rl_limit lim = {.rate = 50, .burst = 100};
	return !locked && rl_take(limiter, subjects[p->subj], "conversation:read", lim, now_us, NULL);
}

static size_t detect_one(const struct pick *p, uint64_t seq, uint64_t now_s)
{
	anom_event e = {.seq = seq, .now_s = now_s, .outcome = p->deny ? ANOM_DENY : ANOM_ALLOW,
			.subject = subjects[p->subj], .action = "conversation:read",
			.resource = "conversation/c-0123456789abcdef012345", .user = p->user,
			.purpose = "ticket:4711", .cert_sha256 = "9f86d081884c7d659a2feaa0c55ad015",
			.token_id = subjects[p->subj], .token_jti = subjects[p->subj],
			.bulk_threshold = 40};
	anom_alert out[ANOM_MAX_OUT];
	size_t n = 0;
	anom_observe(detector, &e, out, ANOM_MAX_OUT, &n);
	return n;
}

enum { C_BASE, C_LIMITS, C_DETECT, C_BOTH, NCELLS };
static const char *const names[NCELLS] = {
	"baseline: pol_eval (the decision)", "limits: 2 lock checks + token bucket",
	"detection: anom_observe", "limits + detection",
};

static double run_cell(int cell, uint64_t *seed, uint64_t *clock_us, uint64_t *seq)
{
	volatile size_t sink = 0;
	double t0 = cpu_s();
	for (size_t i = 0; i < N; i++) {
		struct pick p;
		pick(seed, &p);
		*clock_us += 3;
		uint64_t now_s = (uint64_t)T0 + *clock_us / 1000000;
		switch (cell) {
		case C_BASE: {
			pol_decision d;
			eval_one(&p, &d, (int64_t)now_s);
			sink += (size_t)d.allow;
			pol_decision_clear(&d);
			break;
		}
		case C_LIMITS:
			sink += (size_t)limits_one(&p, *clock_us);
			break;
		case C_DETECT:
			sink += detect_one(&p, ++*seq, now_s);
			break;
		default:
			sink += (size_t)limits_one(&p, *clock_us);
			sink += detect_one(&p, ++*seq, now_s);
		}
	}
	(void)sink;
	return (cpu_s() - t0) / N * 1e9; /* ns per decision */
}

struct th {
	uint64_t seed, clock_us, seq;
	double ns; /* CPU per decision on this thread */
};

static void *thread_main(void *arg)
{
	struct th *t = arg;
	t->ns = run_cell(C_BOTH, &t->seed, &t->clock_us, &t->seq);
	return NULL;
}

int main(int argc, char **argv)
{
	/* Optional: slots per detector table (default 2^18, 2.6x the subjects). */
	size_t slots = argc > 1 ? strtoul(argv[1], NULL, 10) : (size_t)1 << 18;
	for (size_t i = 0; i < SUBJECTS; i++) {
		snprintf(subjects[i], sizeof subjects[i], "user:corp/u%06zu", i);
		principals[i][0] = subjects[i];
	}
	uint64_t seed = 0x9e3779b97f4a7c15ULL;
	for (size_t i = 0; i < 4096; i++)
		snprintf(users[i], sizeof users[i], "u-%032llx",
			 (unsigned long long)(rng(&seed) % USERS));
	resource = json_loads("{\"type\":\"conversation\",\"id\":\"c-1\",\"labels\":{\"team\":\"t1\"},"
			      "\"legal_hold\":false}", 0, NULL);
	double t0 = wall_s();
	snap = build();
	limiter = rl_create(1 << 18, NULL);
	anom_conf c;
	anom_conf_defaults(&c);
	c.subjects = c.bulk_subjects = c.tokens = slots; /* 2.6x the subjects: few set overflows */
	detector = anom_create(&c);
	lockt = locks_create(0);
	for (int i = 0; i < 100; i++) {
		lock_entry e = {.since_s = (uint64_t)T0, .until_s = (uint64_t)T0 + 3600};
		snprintf(e.principal, sizeof e.principal, "user:corp/locked%d", i);
		locks_set(lockt, &e, (uint64_t)T0);
	}
	/* Every subject once: the tables track all 100,000. */
	uint64_t clock_us = 0, seq = 0;
	for (size_t i = 0; i < SUBJECTS; i++) {
		struct pick p = {.subj = i, .user = users[i % 4096]};
		limits_one(&p, clock_us += 3);
		detect_one(&p, ++seq, (uint64_t)T0);
	}
	rl_stats rs;
	anom_stats as;
	rl_get_stats(limiter, &rs);
	anom_get_stats(detector, &as);
	printf("setup %.1f s: %d subjects bound; buckets tracked %zu (%.1f MiB), detector "
	       "subjects %zu, bulk trackers %zu, tokens %zu (%.1f MiB in all)\n",
	       wall_s() - t0, SUBJECTS, rs.tab.used, rs.tab.bytes / 1048576.0, as.subjects.used,
	       as.bulk.used, as.tokens.used,
	       (as.subjects.bytes + as.bulk.bytes + as.tokens.bytes + as.watches.bytes) / 1048576.0);

	double best[NCELLS];
	for (int c2 = 0; c2 < NCELLS; c2++)
		best[c2] = 1e18;
	for (int r = 0; r < ROUNDS; r++)
		for (int c2 = 0; c2 < NCELLS; c2++) {
			double ns = run_cell(c2, &seed, &clock_us, &seq);
			if (ns < best[c2])
				best[c2] = ns;
		}
	printf("%-42s %10s %12s\n", "per decision, one thread (best of 7)", "ns", "vs baseline");
	for (int c2 = 0; c2 < NCELLS; c2++)
		printf("%-42s %10.0f %11.2fx\n", names[c2], best[c2], best[c2] / best[C_BASE]);
	printf("limits + detection: %.2f us per decision (target: under 2 us)\n",
	       best[C_BOTH] / 1000);

	pthread_t th[2];
	struct th ts[2] = {{.seed = 1, .clock_us = clock_us, .seq = seq},
			   {.seed = 2, .clock_us = clock_us, .seq = seq + 10000000}};
	double w0 = wall_s();
	for (int i = 0; i < 2; i++)
		pthread_create(&th[i], NULL, thread_main, &ts[i]);
	for (int i = 0; i < 2; i++)
		pthread_join(th[i], NULL);
	double wall = wall_s() - w0;
	printf("limits + detection on 2 threads at once: %.2f and %.2f us CPU per decision "
	       "(1 thread: %.2f); %.0f decisions/s wall clock on this loaded machine\n",
	       ts[0].ns / 1000, ts[1].ns / 1000, best[C_BOTH] / 1000, 2.0 * N / wall);
	double load[3] = {0, 0, 0};
	if (getloadavg(load, 3) > 0)
		printf("load average during the run: %.2f %.2f %.2f (2 CPUs; other jobs share them)\n",
		       load[0], load[1], load[2]);
	rl_get_stats(limiter, &rs);
	anom_get_stats(detector, &as);
	printf("after: buckets %zu, evictions %llu (of which not full %llu); bulk evictions %llu\n",
	       rs.tab.used, (unsigned long long)rs.tab.evictions,
	       (unsigned long long)rs.evicted_unfull, (unsigned long long)as.bulk.evictions);
	rl_free(limiter);
	anom_free(detector);
	locks_free(lockt);
	pol_snapshot_free(snap);
	json_decref(resource);
	return 0;
}
