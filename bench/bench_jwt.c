/* bench_jwt: single-thread throughput of jwtv_verify.
 * Usage: bench_jwt DIR [SECONDS]  (DIR from tests/unit/mint_tokens.py)
 * Prints per CPU-second of one thread: uncached RS256 and ES256 verifications/s (cache disabled) and cached
 * validations/s of an RS256 token, one "name value" line each. */
#include "jwt_verify.h"
#include "file.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Like `openssl speed` (which divides by user CPU time unless -elapsed), the
 * rate is per CPU second of this thread: on a shared 2-vCPU machine wall
 * time mostly measures the neighbours. The loop still stops on wall time. */
static double clock_s(clockid_t id)
{
	struct timespec ts;
	clock_gettime(id, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *read_token(const char *dir, const char *name, size_t *len)
{
	char p[1024];
	char *buf = NULL;
	snprintf(p, sizeof p, "%s/%s.jwt", dir, name);
	if (file_read(p, 1 << 16, &buf, len) != 0) {
		fprintf(stderr, "cannot read %s\n", p);
		exit(2);
	}
	return buf;
}

static double run(jwtv *v, const char *tok, size_t len, double secs)
{
	time_t wall = time(NULL);
	unsigned long n = 0;
	double t0 = clock_s(CLOCK_MONOTONIC), c0 = clock_s(CLOCK_THREAD_CPUTIME_ID);
	while (clock_s(CLOCK_MONOTONIC) - t0 < secs) {
		for (int i = 0; i < 64; i++) {
			jwtv_identity *id = NULL;
			int rc = jwtv_verify(v, tok, len, wall, &id);
			if (rc) {
				fprintf(stderr, "verify failed: %s\n", jwtv_code(rc));
				exit(1);
			}
			jwtv_identity_free(id);
		}
		n += 64;
	}
	return (double)n / (clock_s(CLOCK_THREAD_CPUTIME_ID) - c0);
}

static jwtv *make(const char *dir, int ttl, size_t cmax)
{
	static const char *const algs[] = {"RS256", "ES256"};
	char jwks[1024], err[256];
	snprintf(jwks, sizeof jwks, "%s/corp.jwks.json", dir);
	jwtv_issuer_conf is = {.name = "corp", .iss = "https://idp.example.test", .audience = "custos",
	                       .algorithms = algs, .nalgorithms = 2, .jwks_file = jwks,
	                       .groups_claim = "groups", .leeway_s = 30};
	jwtv_conf c = {.issuers = &is, .nissuers = 1, .cache_ttl_s = ttl, .cache_max = cmax,
	               .jwks_min_refresh_s = 60};
	jwtv *v = NULL;
	if (jwtv_create(&v, &c, err, sizeof err) != 0) {
		fprintf(stderr, "jwtv_create: %s\n", err);
		exit(2);
	}
	return v;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: %s DIR [SECONDS]\n", argv[0]);
		return 2;
	}
	double secs = argc > 2 ? strtod(argv[2], NULL) : 2.0;
	size_t rl = 0, el = 0;
	char *rs = read_token(argv[1], "valid_rs256", &rl);
	char *es = read_token(argv[1], "valid_es256", &el);

	jwtv *v = make(argv[1], 0, 0);
	printf("rs256_uncached_per_s %.0f\n", run(v, rs, rl, secs));
	printf("es256_uncached_per_s %.0f\n", run(v, es, el, secs));
	jwtv_free(v);

	v = make(argv[1], 300, 10000);
	printf("rs256_cached_per_s %.0f\n", run(v, rs, rl, secs / 2));
	uint64_t hits = 0, misses = 0;
	jwtv_stats(v, &hits, &misses);
	printf("cache_hits %llu cache_misses %llu\n", (unsigned long long)hits, (unsigned long long)misses);
	jwtv_free(v);
	free(rs);
	free(es);
	return 0;
}
