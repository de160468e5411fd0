/* dmetrics: the detection counters in Prometheus text for /metrics, from
 * plain snapshots of each engine's stats (the caller gathers them):
 *
 *   custos_alerts_total{kind}                     alerts raised since start
 *   custos_alerts_dropped_total                   lost: queue full / store refused
 *   custos_alert_store_failures_total
 *   custos_alert_deliveries_total{sink}           delivered to webhook / syslog
 *   custos_alert_delivery_failures_total{sink}
 *   custos_alert_delivery_pending{sink}           stored, not yet delivered
 *   custos_locks_active                           locks in force
 *   custos_reviews_open, custos_reviews_overdue   break-glass reviews
 *   custos_ratelimit_buckets                      buckets tracked
 *   custos_ratelimit_evictions_total{full}        full="false": a refilling bucket lost
 *   custos_detect_tracked{table}, custos_detect_evictions_total{table}
 *   custos_certificate_expiry_seconds{cert}       until notAfter (negative: expired)
 *
 * Requests refused with 429 are counted by the HTTP layer
 * (custos_rate_limited_total). */
#ifndef CUSTOS_DETECT_DMETRICS_H
#define CUSTOS_DETECT_DMETRICS_H

#include <stddef.h>
#include <stdint.h>

#include "alerts.h"
#include "anomaly.h"
#include "ratelimit.h"

#define DMETRICS_MAX_CERTS 4

typedef struct dmetrics_in {
	const alerts_stats *alerts; /* NULL: not running */
	const rl_stats *rl;         /* NULL: not running */
	const anom_stats *anom;     /* NULL: not running */
	uint64_t locks_active;
	uint64_t reviews_open, reviews_overdue;
	struct {
		const char *name; /* label value, e.g. "server" */
		int64_t seconds;
	} certs[DMETRICS_MAX_CERTS];
	size_t ncerts;
} dmetrics_in;

/* Appends the text to buf (at most cap bytes, never cut inside a line) and
 * returns the bytes written. */
size_t dmetrics_render(const dmetrics_in *in, char *buf, size_t cap);

#endif
