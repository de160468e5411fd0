/* dmetrics: Prometheus text of the detection counters (see dmetrics.h). */
#include "dmetrics.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

struct w {
	char *buf;
	size_t cap, n;
};

/* Appends one line, or nothing when it does not fit whole. */
__attribute__((format(printf, 2, 3))) static void line(struct w *w, const char *fmt, ...)
{
	char tmp[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= sizeof tmp || w->n + (size_t)n > w->cap)
		return;
	memcpy(w->buf + w->n, tmp, (size_t)n);
	w->n += (size_t)n;
}

static void head(struct w *w, const char *name, const char *type, const char *help)
{
	line(w, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

static void table(struct w *w, const char *name, const dtab_stats *t, int evictions)
{
	if (evictions)
		line(w, "custos_detect_evictions_total{table=\"%s\"} %llu\n", name,
		     (unsigned long long)t->evictions);
	else
		line(w, "custos_detect_tracked{table=\"%s\"} %zu\n", name, t->used);
}

size_t dmetrics_render(const dmetrics_in *in, char *buf, size_t cap)
{
	struct w w = {.buf = buf, .cap = cap};
	if (in->alerts) {
		const alerts_stats *a = in->alerts;
		head(&w, "custos_alerts_total", "counter", "Alerts raised, by kind.");
		for (size_t i = 0; i <= ALERTS_NKINDS; i++) {
			const char *k = alerts_kind_name(i);
			if (i < ALERTS_NKINDS && !k)
				continue;
			line(&w, "custos_alerts_total{kind=\"%s\"} %llu\n", k ? k : "other",
			     (unsigned long long)a->raised[i]);
		}
		head(&w, "custos_alerts_dropped_total", "counter",
		     "Alerts lost: the queue was full or the store refused them.");
		line(&w, "custos_alerts_dropped_total %llu\n", (unsigned long long)a->dropped);
		head(&w, "custos_alert_store_failures_total", "counter",
		     "Batches of alerts or locks the store refused (retried).");
		line(&w, "custos_alert_store_failures_total %llu\n",
		     (unsigned long long)a->store_failures);
		head(&w, "custos_alert_deliveries_total", "counter", "Alerts delivered, by sink.");
		for (int i = 0; i < 2; i++)
			if (a->sinks[i].name)
				line(&w, "custos_alert_deliveries_total{sink=\"%s\"} %llu\n",
				     a->sinks[i].name, (unsigned long long)a->sinks[i].delivered);
		head(&w, "custos_alert_delivery_failures_total", "counter",
		     "Failed delivery attempts, by sink.");
		for (int i = 0; i < 2; i++)
			if (a->sinks[i].name)
				line(&w, "custos_alert_delivery_failures_total{sink=\"%s\"} %llu\n",
				     a->sinks[i].name, (unsigned long long)a->sinks[i].failures);
		head(&w, "custos_alert_delivery_pending", "gauge",
		     "Stored alerts not yet delivered, by sink.");
		for (int i = 0; i < 2; i++)
			if (a->sinks[i].name)
				line(&w, "custos_alert_delivery_pending{sink=\"%s\"} %llu\n",
				     a->sinks[i].name, (unsigned long long)a->sinks[i].pending);
	}
	head(&w, "custos_locks_active", "gauge", "Subjects and clients locked out now.");
	line(&w, "custos_locks_active %llu\n", (unsigned long long)in->locks_active);
	head(&w, "custos_reviews_open", "gauge", "Break-glass uses not reviewed yet.");
	line(&w, "custos_reviews_open %llu\n", (unsigned long long)in->reviews_open);
	head(&w, "custos_reviews_overdue", "gauge",
	     "Open break-glass reviews past their deadline.");
	line(&w, "custos_reviews_overdue %llu\n", (unsigned long long)in->reviews_overdue);
	if (in->rl) {
		head(&w, "custos_rate_limited_total", "counter",
		     "Requests refused with 429 rate_limited.");
		line(&w, "custos_rate_limited_total %llu\n", (unsigned long long)in->rl->limited);
		head(&w, "custos_ratelimit_buckets", "gauge", "Token buckets tracked.");
		line(&w, "custos_ratelimit_buckets %zu\n", in->rl->tab.used);
		head(&w, "custos_ratelimit_evictions_total", "counter",
		     "Buckets evicted for room; full=\"false\": one still refilling (its subject got a fresh burst).");
		line(&w, "custos_ratelimit_evictions_total{full=\"true\"} %llu\n",
		     (unsigned long long)(in->rl->tab.evictions - in->rl->evicted_unfull));
		line(&w, "custos_ratelimit_evictions_total{full=\"false\"} %llu\n",
		     (unsigned long long)in->rl->evicted_unfull);
	}
	if (in->anom) {
		head(&w, "custos_detect_tracked", "gauge", "Entries in the detectors' tables.");
		table(&w, "subjects", &in->anom->subjects, 0);
		table(&w, "bulk", &in->anom->bulk, 0);
		table(&w, "tokens", &in->anom->tokens, 0);
		table(&w, "watches", &in->anom->watches, 0);
		head(&w, "custos_detect_evictions_total", "counter",
		     "Entries evicted from the detectors' tables for room.");
		table(&w, "subjects", &in->anom->subjects, 1);
		table(&w, "bulk", &in->anom->bulk, 1);
		table(&w, "tokens", &in->anom->tokens, 1);
		table(&w, "watches", &in->anom->watches, 1);
	}
	if (in->ncerts) {
		head(&w, "custos_certificate_expiry_seconds", "gauge",
		     "Seconds until the certificate's notAfter (the earliest in a bundle; negative: expired).");
		for (size_t i = 0; i < in->ncerts && i < DMETRICS_MAX_CERTS; i++)
			line(&w, "custos_certificate_expiry_seconds{cert=\"%s\"} %lld\n",
			     in->certs[i].name, (long long)in->certs[i].seconds);
	}
	return w.n;
}
