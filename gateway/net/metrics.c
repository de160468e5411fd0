/* metrics: fixed counters (atomics) and a request-duration histogram. */
#include "metrics.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const unsigned status_codes[] = {200, 201, 204, 400, 401, 403, 404, 405,
					409, 412, 413, 429, 431, 500, 503};
#define NSTATUS (sizeof status_codes / sizeof status_codes[0])
static atomic_uint_fast64_t req_by_status[NSTATUS + 1]; /* last: other */

static const char *const tls_reasons[] = {
	"no_certificate",    "handshake_failed",
	"untrusted",         "expired",
	"not_yet_valid",     "revoked",
	"wrong_key_purpose", "unusable_name",
	"bad_signature",     "insecure_algorithm",
	"bad_san",           "too_many_san",
	"multiple_uri",      "intermediate_not_allowed",
	"name_constraints",  "weak_key",
	"weak_signature",    "other",
};
#define NREASONS (sizeof tls_reasons / sizeof tls_reasons[0])
static atomic_uint_fast64_t tls_fail[NREASONS];

static const double buckets_s[] = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
				   0.1,    0.25,  0.5,    1,     2.5,  5};
#define NBUCKETS (sizeof buckets_s / sizeof buckets_s[0])
static atomic_uint_fast64_t dur_bucket[NBUCKETS + 1];
static atomic_uint_fast64_t dur_sum_us;
static atomic_int_fast64_t conns;
static atomic_uint_fast64_t counters[M_COUNTER_MAX];

static const char *const counter_names[M_COUNTER_MAX][2] = {
	[M_TOKEN_REJECTED] = {"custos_tokens_rejected_total", "Bearer tokens refused"},
	[M_AUDIT_UNAVAILABLE] = {"custos_audit_unavailable_total",
				 "Requests refused because their decision could not be recorded"},
	[M_RATE_LIMITED] = {"custos_rate_limited_total", "Requests refused by rate limits"},
	[M_SLOW_CLIENT_CLOSED] = {"custos_slow_clients_closed_total",
				  "Connections closed for not completing a request in time"},
	[M_NO_CLIENT_HELLO] = {"custos_connections_without_hello_total",
			       "Connections closed before a TLS ClientHello (port probes)"},
	[M_EVICTED_AT_CAP] = {"custos_connections_evicted_total",
			      "Idle or stalled connections closed at max_connections for new ones"},
};

static struct {
	metrics_source_fn fn;
	void *ctx;
} sources[16];
static atomic_int nsources;

void metrics_request(unsigned status, uint64_t duration_us)
{
	size_t i = 0;
	while (i < NSTATUS && status_codes[i] != status)
		i++;
	atomic_fetch_add(&req_by_status[i], 1);
	double s = (double)duration_us / 1e6;
	size_t b = 0;
	while (b < NBUCKETS && s > buckets_s[b])
		b++;
	atomic_fetch_add(&dur_bucket[b], 1);
	atomic_fetch_add(&dur_sum_us, duration_us);
}

void metrics_tls_failure(const char *reason)
{
	size_t i = 0;
	while (i < NREASONS - 1 && (!reason || strcmp(reason, tls_reasons[i])))
		i++;
	atomic_fetch_add(&tls_fail[i], 1);
}

void metrics_connections(int delta)
{
	atomic_fetch_add(&conns, delta);
}

void metrics_inc(enum metrics_counter c)
{
	if (c < M_COUNTER_MAX)
		atomic_fetch_add(&counters[c], 1);
}

void metrics_add_source(metrics_source_fn fn, void *ctx)
{
	int i = atomic_load(&nsources);
	if (i >= 16)
		return;
	sources[i].fn = fn;
	sources[i].ctx = ctx;
	atomic_store(&nsources, i + 1);
}

struct out {
	char *buf;
	size_t len, cap;
};

static void put(struct out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void put(struct out *o, const char *fmt, ...)
{
	for (;;) {
		va_list ap;
		va_start(ap, fmt);
		int n = vsnprintf(o->buf + o->len, o->cap - o->len, fmt, ap);
		va_end(ap);
		if (n < 0)
			return;
		if ((size_t)n < o->cap - o->len) {
			o->len += (size_t)n;
			return;
		}
		size_t ncap = o->cap * 2 + (size_t)n;
		char *p = realloc(o->buf, ncap);
		if (!p)
			return;
		o->buf = p;
		o->cap = ncap;
	}
}

char *metrics_render(size_t *len)
{
	struct out o = {malloc(8192), 0, 8192};
	if (!o.buf)
		return NULL;
	o.buf[0] = '\0';
	put(&o, "# HELP custos_http_requests_total Data-plane HTTP requests by status.\n"
		"# TYPE custos_http_requests_total counter\n");
	for (size_t i = 0; i <= NSTATUS; i++) {
		uint64_t v = atomic_load(&req_by_status[i]);
		if (i < NSTATUS)
			put(&o, "custos_http_requests_total{code=\"%u\"} %llu\n", status_codes[i],
			    (unsigned long long)v);
		else
			put(&o, "custos_http_requests_total{code=\"other\"} %llu\n",
			    (unsigned long long)v);
	}
	put(&o, "# HELP custos_tls_failures_total Client certificates refused, by reason.\n"
		"# TYPE custos_tls_failures_total counter\n");
	for (size_t i = 0; i < NREASONS; i++)
		put(&o, "custos_tls_failures_total{reason=\"%s\"} %llu\n", tls_reasons[i],
		    (unsigned long long)atomic_load(&tls_fail[i]));
	put(&o, "# HELP custos_http_request_duration_seconds Data-plane request latency.\n"
		"# TYPE custos_http_request_duration_seconds histogram\n");
	uint64_t cum = 0;
	for (size_t b = 0; b <= NBUCKETS; b++) {
		cum += atomic_load(&dur_bucket[b]);
		if (b < NBUCKETS)
			put(&o, "custos_http_request_duration_seconds_bucket{le=\"%g\"} %llu\n",
			    buckets_s[b], (unsigned long long)cum);
		else
			put(&o, "custos_http_request_duration_seconds_bucket{le=\"+Inf\"} %llu\n",
			    (unsigned long long)cum);
	}
	put(&o, "custos_http_request_duration_seconds_sum %.6f\n",
	    (double)atomic_load(&dur_sum_us) / 1e6);
	put(&o, "custos_http_request_duration_seconds_count %llu\n", (unsigned long long)cum);
	put(&o,
	    "# HELP custos_connections Open data-plane connections.\n"
	    "# TYPE custos_connections gauge\ncustos_connections %lld\n",
	    (long long)atomic_load(&conns));
	for (int c = 0; c < M_COUNTER_MAX; c++)
		put(&o, "# HELP %s %s.\n# TYPE %s counter\n%s %llu\n", counter_names[c][0],
		    counter_names[c][1], counter_names[c][0], counter_names[c][0],
		    (unsigned long long)atomic_load(&counters[c]));
	int ns = atomic_load(&nsources);
	for (int i = 0; i < ns; i++) {
		/* A source says how much it needed (snprintf-like): a longer text
		 * (e.g. per-issuer lines) is rendered again into a buffer that fits. */
		char tmp[8192], *big = NULL, *text = tmp;
		size_t n = sources[i].fn(tmp, sizeof tmp, sources[i].ctx);
		if (n >= sizeof tmp && n < (1u << 20)) {
			big = malloc(n + 1);
			if (big) {
				size_t m = sources[i].fn(big, n + 1, sources[i].ctx);
				text = big;
				n = m < n + 1 ? m : n;
			}
		}
		if (text == tmp && n >= sizeof tmp)
			n = sizeof tmp - 1;
		text[n] = '\0';
		put(&o, "%s", text);
		free(big);
	}
	*len = o.len;
	return o.buf;
}
