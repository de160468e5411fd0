/* jwks_metrics: the fetchers' state per issuer in Prometheus text. */
#include <stdarg.h>
#include <stdio.h>

#include "jwks_int.h"

/* ---------------------------------------------------------------- metrics */

struct out {
	char *buf;
	size_t cap, len; /* len: what the whole text needs */
};

static void put(struct out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(struct out *o, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	size_t room = o->len < o->cap ? o->cap - o->len : 0;
	int n = vsnprintf(room ? o->buf + o->len : NULL, room, fmt, ap);
	va_end(ap);
	if (n > 0)
		o->len += (size_t)n;
}

size_t jwksf_metrics(jwksf *f, char *buf, size_t cap)
{
	struct out o = {buf, cap, 0};
	time_t now = time(NULL);
	if (cap)
		buf[0] = '\0';
	if (!f)
		return 0;
	static const struct {
		const char *name, *type, *help;
	} fam[] = {
		{"custos_issuer_keys", "gauge", "Keys in force per token issuer."},
		{"custos_issuer_ready", "gauge",
		 "1 when the issuer has keys to verify tokens with."},
		{"custos_issuer_keys_age_seconds", "gauge",
		 "Seconds since the issuer's key set in force was fetched, read or confirmed unchanged (-1: never)."},
		{"custos_jwks_fetches_total", "counter", "JWKS fetch attempts of remote issuers."},
		{"custos_jwks_fetch_failures_total", "counter",
		 "Failed discovery or JWKS fetches by reason (the keys in force stay)."},
		{"custos_jwks_last_success_timestamp_seconds", "gauge",
		 "Unix time of the last good JWKS fetch (0: never)."},
		{"custos_jwks_early_fetches_total", "counter",
		 "Fetches made early for a token with an unknown kid (drawn on the shared budget)."},
		{"custos_jwks_unknown_kid_total", "counter",
		 "Tokens that named a kid no key of the issuer has."},
		{"custos_jwks_unknown_kid_ignored_total", "counter",
		 "Unknown-kid tokens that asked for no fetch (their kid was removed in the last change)."},
	};
	for (size_t m = 0; m < sizeof fam / sizeof fam[0]; m++) {
		put(&o, "# HELP %s %s\n# TYPE %s %s\n", fam[m].name, fam[m].help, fam[m].name,
		    fam[m].type);
		for (size_t i = 0; i < f->n; i++) {
			struct fis *s = &f->is[i];
			jwtv_issuer_info info = {0};
			jwtv_issuer_info_get(f->v, i, &info);
			const char *nm = fam[m].name;
			switch (m) {
			case 0:
				put(&o, "%s{issuer=\"%s\"} %zu\n", nm, s->name, info.nkeys);
				break;
			case 1:
				put(&o, "%s{issuer=\"%s\"} %d\n", nm, s->name, info.nkeys > 0);
				break;
			case 2:
				put(&o, "%s{issuer=\"%s\"} %lld\n", nm, s->name,
				    info.keys_at ? (long long)(now - info.keys_at) : -1LL);
				break;
			case 4:
				for (int r = 0; r < NREASONS && s->remote; r++)
					put(&o, "%s{issuer=\"%s\",reason=\"%s\"} %llu\n", nm,
					    s->name, JWKSF_REASONS[r],
					    (unsigned long long)atomic_load(&s->fails[r]));
				break;
			default:
				if (!s->remote)
					break;
				unsigned long long val =
					m == 3   ? atomic_load(&s->fetches)
					: m == 5 ? (unsigned long long)atomic_load(&s->last_success)
					: m == 6 ? atomic_load(&s->early)
					: m == 7 ? atomic_load(&s->unknown_kid)
						 : atomic_load(&s->suppressed);
				put(&o, "%s{issuer=\"%s\"} %llu\n", nm, s->name, val);
			}
		}
	}
	uint64_t granted = 0;
	unsigned waiting = 0;
	jwksb_stats(f->budget, &granted, &waiting);
	put(&o,
	    "# HELP custos_jwks_budget_granted_total Early fetches granted by the shared budget.\n"
	    "# TYPE custos_jwks_budget_granted_total counter\ncustos_jwks_budget_granted_total %llu\n"
	    "# HELP custos_jwks_budget_waiting Fetchers waiting for the shared budget.\n"
	    "# TYPE custos_jwks_budget_waiting gauge\ncustos_jwks_budget_waiting %u\n",
	    (unsigned long long)granted, waiting);
	return o.len;
}
