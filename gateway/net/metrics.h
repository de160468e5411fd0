/* metrics: process counters and histograms, rendered as Prometheus text for
 * the ops listener. Increments are lock-free atomics; other modules add their
 * own lines through metrics_add_source.
 * Any thread. */
#ifndef CUSTOS_METRICS_H
#define CUSTOS_METRICS_H

#include <stddef.h>
#include <stdint.h>

/* A finished HTTP request on the data listener: status and duration. */
void metrics_request(unsigned status, uint64_t duration_us);

/* A refused TLS client; reason is one of tls.c's reason words (other words
 * are counted as "other"). */
void metrics_tls_failure(const char *reason);

/* Open data-plane connections (+1 / -1). */
void metrics_connections(int delta);

/* Generic named counters for the modules that have no source of their own. */
enum metrics_counter {
	M_TOKEN_REJECTED,
	M_AUDIT_UNAVAILABLE,
	M_RATE_LIMITED,
	M_SLOW_CLIENT_CLOSED,
	M_NO_CLIENT_HELLO,
	M_EVICTED_AT_CAP,
	M_COUNTER_MAX
};
void metrics_inc(enum metrics_counter c);

/* A source appends Prometheus text (with its HELP/TYPE lines) to buf, at
 * most cap bytes, and returns the bytes written or, like snprintf, the bytes
 * it needed when cap was too small (it is then called again with room, up
 * to 1 MiB). At most 16 sources. */
typedef size_t (*metrics_source_fn)(char *buf, size_t cap, void *ctx);
void metrics_add_source(metrics_source_fn fn, void *ctx);

/* Renders everything into a new buffer (caller frees). */
char *metrics_render(size_t *len);

#endif
