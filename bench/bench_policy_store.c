/* bench_policy_store: cost of the policy store's hot and admin paths:
 * pol_store_is_revoked (per request), pol_store_get_role, pol_store_load (per
 * policy change) and a synchronous policy write. Run: build/bench_policy_store */
#include <ftw.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store.h"

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int rm_one(const char *p, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	return remove(p);
}

static int accept_all(const json_t *docs, void *ctx, char *err, size_t errsz)
{
	(void)docs;
	(void)ctx;
	(void)err;
	(void)errsz;
	return 0;
}

struct lookers {
	pol_store *st;
	long n;
	long hits;
};

static void *look(void *arg)
{
	struct lookers *l = arg;
	char v[64];
	for (long i = 0; i < l->n; i++) {
		bool r = false;
		snprintf(v, sizeof(v), "user:corp/u%ld", i % 2000);
		if (pol_store_is_revoked(l->st, "subject", v, &r) != 0)
			abort();
		l->hits += r;
	}
	return NULL;
}

int main(void)
{
	char dir[] = "/tmp/custos-bench-store-XXXXXX";
	char path[128], err[256] = "", name[64];
	pol_store *st = NULL;
	if (!mkdtemp(dir))
		return 1;
	snprintf(path, sizeof(path), "%s/store", dir);
	db_env *env = NULL;
	db_env_opts eo = {.dir = path, .map_size = (size_t)256 << 20};
	pol_store_opts o = {0};
	if (db_env_open(&eo, &env, err, sizeof(err)) ||
	    pol_store_open(env, &o, &st, err, sizeof(err))) {
		fprintf(stderr, "open: %s\n", err);
		return 1;
	}
	json_t *doc = json_loads(
		"{\"description\":\"bench role\",\"inherits\":[],\"rules\":[{\"id\":\"r\",\"effect\":"
		"\"allow\",\"actions\":[\"conversation:read\"],\"when\":{\"attr\":"
		"\"resource.labels.assignee\",\"equals\":\"$subject.id\"},\"redact\":[\"email\"]}]}",
		0, NULL);

	/* 1. synchronous policy writes (each one commit + fsync) */
	int nw = 200;
	double t0 = now_s();
	for (int i = 0; i < nw; i++) {
		snprintf(name, sizeof(name), "role%03d", i);
		if (pol_store_put_role(st, "svc:bench", name, doc, POL_STORE_ANY, NULL, err,
				       sizeof(err))) {
			fprintf(stderr, "put: %s\n", err);
			return 1;
		}
	}
	double t1 = now_s();
	printf("put_role (200 roles, durable commit, validation off): %.3f ms/op\n",
	       (t1 - t0) * 1e3 / nw);

	json_t *b = json_pack("{s:[s,s]}", "roles", "role001", "role002");
	for (int i = 0; i < 1000; i++) {
		snprintf(name, sizeof(name), "user:corp/u%d", i);
		pol_store_put_binding(st, "svc:bench", name, b, NULL, NULL, 0);
	}
	json_decref(b);
	for (int i = 0; i < 1000; i++) {
		snprintf(name, sizeof(name), "user:corp/u%d", i * 2);
		pol_store_revoke(st, "svc:bench", "subject", name, NULL, 0, NULL, NULL, 0);
	}

	/* 2. load everything for a recompile */
	int nl = 50;
	t0 = now_s();
	for (int i = 0; i < nl; i++) {
		json_t *d = NULL, *bb = NULL;
		if (pol_store_load(st, &d, &bb, NULL))
			return 1;
		json_decref(d);
		json_decref(bb);
	}
	t1 = now_s();
	printf("load (200 roles, 1000 bindings): %.3f ms/op\n", (t1 - t0) * 1e3 / nl);

	/* 3. get_role */
	long ng = 100000;
	t0 = now_s();
	for (long i = 0; i < ng; i++) {
		json_t *d = NULL;
		snprintf(name, sizeof(name), "role%03ld", i % 200);
		if (pol_store_get_role(st, name, &d))
			return 1;
		json_decref(d);
	}
	t1 = now_s();
	printf("get_role: %.2f us/op\n", (t1 - t0) * 1e6 / (double)ng);

	/* 4. is_revoked, 1 and 2 threads (half the lookups hit) */
	for (int threads = 1; threads <= 2; threads++) {
		struct lookers l[2] = {{st, 1000000, 0}, {st, 1000000, 0}};
		pthread_t th[2];
		t0 = now_s();
		for (int i = 0; i < threads; i++)
			pthread_create(&th[i], NULL, look, &l[i]);
		for (int i = 0; i < threads; i++)
			pthread_join(th[i], NULL);
		t1 = now_s();
		double ops = (double)l[0].n * threads;
		printf("is_revoked, %d thread(s): %.0f ns/op per thread, %.2f M lookups/s total "
		       "(hits %ld)\n",
		       threads, (t1 - t0) * 1e9 / (double)l[0].n, ops / (t1 - t0) / 1e6, l[0].hits);
	}

	/* 5. policy writes with a (no-op) validator: each parses all 200 roles */
	pol_store_close(st);
	o.validate = accept_all;
	if (pol_store_open(env, &o, &st, err, sizeof(err)))
		return 1;
	t0 = now_s();
	for (int i = 0; i < nw; i++) {
		snprintf(name, sizeof(name), "role%03d", i);
		if (pol_store_put_role(st, "svc:bench", name, doc, POL_STORE_ANY, NULL, err,
				       sizeof(err)))
			return 1;
	}
	t1 = now_s();
	printf("put_role (200 roles, durable commit, validator sees all 200): %.3f ms/op\n",
	       (t1 - t0) * 1e3 / nw);

	json_decref(doc);
	pol_store_close(st);
	db_env_close(env);
	nftw(dir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	return 0;
}
