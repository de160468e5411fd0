/* ratelimit: token buckets in a dtab (see ratelimit.h for the eviction
 * argument). A bucket is 24 bytes: its tokens at `last_us`, and the instant
 * it will be full again, which is both its eviction rank and the test
 * "losing it grants nothing". */
#include "ratelimit.h"

#include <math.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

struct bucket {
	double tokens;
	uint64_t last_us;
	uint64_t full_us; /* tokens reach burst at this instant */
};

struct rl {
	dtab *tab;
	atomic_uint_fast64_t allowed, limited, evicted_unfull;
};

/* Full buckets (full_us <= now) rank 0 and go first; then the soonest full. */
static uint64_t bucket_score(const void *v, uint64_t now, void *ctx)
{
	(void)ctx;
	const struct bucket *b = v;
	return b->full_us <= now ? 0 : b->full_us;
}

rl *rl_create(size_t capacity, const uint8_t *key16)
{
	rl *t = calloc(1, sizeof *t);
	if (!t)
		return NULL;
	t->tab = dtab_create(capacity ? capacity : RL_DEFAULT_CAPACITY, sizeof(struct bucket),
			     bucket_score, NULL, key16);
	if (!t->tab) {
		free(t);
		return NULL;
	}
	return t;
}

void rl_free(rl *t)
{
	if (!t)
		return;
	dtab_free(t->tab);
	free(t);
}

int rl_take(rl *t, const char *subject, const char *action, rl_limit lim, uint64_t now_us,
	    uint64_t *retry_ms)
{
	if (retry_ms)
		*retry_ms = 0;
	if (!(lim.rate > 0)) {
		atomic_fetch_add_explicit(&t->allowed, 1, memory_order_relaxed);
		return 1;
	}
	double burst = lim.burst >= 1 ? lim.burst : 1;
	uint64_t key = dtab_key(t->tab, subject, strlen(subject), action, strlen(action));
	dtab_ref ref;
	dtab_get(t->tab, key, 1, now_us, &ref);
	struct bucket *b = ref.value;
	if (ref.evicted && ref.victim_score > now_us)
		atomic_fetch_add_explicit(&t->evicted_unfull, 1, memory_order_relaxed);
	if (ref.created) {
		b->tokens = burst;
	} else {
		double elapsed = now_us > b->last_us ? (double)(now_us - b->last_us) / 1e6 : 0;
		b->tokens += elapsed * lim.rate;
	}
	if (b->tokens > burst)
		b->tokens = burst;
	if (now_us > b->last_us || ref.created)
		b->last_us = now_us;
	int ok = b->tokens >= 1;
	uint64_t wait = 0;
	if (ok)
		b->tokens -= 1;
	else
		wait = (uint64_t)ceil((1 - b->tokens) / lim.rate * 1000);
	b->full_us = b->last_us + (uint64_t)ceil((burst - b->tokens) / lim.rate * 1e6);
	dtab_put(t->tab, &ref, 0);
	if (ok) {
		atomic_fetch_add_explicit(&t->allowed, 1, memory_order_relaxed);
		return 1;
	}
	atomic_fetch_add_explicit(&t->limited, 1, memory_order_relaxed);
	if (retry_ms)
		*retry_ms = wait ? wait : 1;
	return 0;
}

uint64_t rl_retry_after_s(uint64_t retry_ms)
{
	uint64_t s = (retry_ms + 999) / 1000;
	return s ? s : 1;
}

void rl_get_stats(rl *t, rl_stats *s)
{
	memset(s, 0, sizeof *s);
	dtab_get_stats(t->tab, &s->tab);
	s->allowed = atomic_load(&t->allowed);
	s->limited = atomic_load(&t->limited);
	s->evicted_unfull = atomic_load(&t->evicted_unfull);
}

int rl_limit_check(rl_limit *l, const char **why)
{
	if (l->rate == 0 && l->burst == 0)
		return 0;
	if (!(l->rate > 0) || l->rate > RL_RATE_MAX || !isfinite(l->rate)) {
		*why = "rate must be a number of requests per second in (0, 1000000]";
		return -1;
	}
	if (l->burst == 0)
		l->burst = l->rate >= 1 ? ceil(l->rate) : 1;
	if (!(l->burst >= 1) || l->burst > RL_BURST_MAX || l->burst != floor(l->burst)) {
		*why = "burst must be a whole number in 1..1000000";
		return -1;
	}
	return 0;
}

static const char *skip_ws(const char *p)
{
	while (*p == ' ' || *p == '\t')
		p++;
	return p;
}

int rl_parse(const char *spec, rl_limit *out, const char **why)
{
	const char *p = skip_ws(spec);
	memset(out, 0, sizeof *out);
	if (!strcmp(p, "off") || !strcmp(p, "unlimited"))
		return 0;
	/* A plain decimal: digits with at most one '.', no exponent, no sign. */
	char num[32];
	size_t n = 0;
	int dots = 0;
	while ((*p >= '0' && *p <= '9') || *p == '.') {
		dots += *p == '.';
		if (n + 1 >= sizeof num || dots > 1)
			goto bad;
		num[n++] = *p++;
	}
	num[n] = '\0';
	if (n == 0 || *p != '/')
		goto bad;
	double rate = strtod(num, NULL);
	p++;
	double per;
	switch (*p) {
	case 's':
		per = 1;
		break;
	case 'm':
		per = 60;
		break;
	case 'h':
		per = 3600;
		break;
	default:
		goto bad;
	}
	p = skip_ws(p + 1);
	out->rate = rate / per;
	if (*p) {
		if (strncmp(p, "burst", 5) != 0 || (p[5] != ' ' && p[5] != '\t'))
			goto bad;
		p = skip_ws(p + 5);
		uint64_t b = 0;
		size_t digits = 0;
		while (*p >= '0' && *p <= '9' && digits < 8) {
			b = b * 10 + (uint64_t)(*p++ - '0');
			digits++;
		}
		p = skip_ws(p);
		if (!digits || *p || b < 1) {
			*why = "burst must be a whole number in 1..1000000";
			return -1;
		}
		out->burst = (double)b;
	}
	if (!(rate > 0)) {
		*why = "rate must be positive (or the limit \"off\")";
		return -1;
	}
	return rl_limit_check(out, why);
bad:
	*why = "expected RATE/s, RATE/m or RATE/h, optionally followed by \"burst N\", or \"off\"";
	return -1;
}
