/* alerts: raising alerts without ever waiting, storing them durably, and
 * delivering them to the configured sinks.
 *
 *   alerts_raise  (any thread: copies the alert into a bounded queue and
 *                 returns; a full queue drops it and counts the drop)
 *     -> writer thread: appends queued alerts to dstore in one transaction
 *        per batch (and applies queued lock changes), then wakes the sinks
 *     -> one thread per sink (webhook, syslog): reads the alerts after its
 *        durable cursor, delivers them in id order, advances the cursor after
 *        each delivery; on failure retries with exponential backoff
 *        (backoff_min_ms doubling to backoff_max_ms, +-20% jitter). A sink
 *        that is down holds back only itself; the store is its backlog (up to
 *        [alerts] max_stored alerts, the oldest pruned first).
 *
 * A sink without a stored cursor (never run) starts after the newest alert
 * at its first start, so configuring a webhook does not replay history.
 *
 * Thread-safe. Every alert stored is {"id", "time" (RFC 3339), "kind",
 * "subject", "detail", "seqs": [audit seqs]} plus the extra members given. */
#ifndef CUSTOS_DETECT_ALERTS_H
#define CUSTOS_DETECT_ALERTS_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "dstore.h"
#include "locks.h"

enum {
	ALERTS_OK = 0,
	ALERTS_E_ARG = -1,
	ALERTS_E_FULL = -2, /* the queue is full: dropped (counted) */
	ALERTS_E_NOMEM = -3,
	ALERTS_E_STOPPED = -4,
};

#define ALERTS_KIND_MAX 32
#define ALERTS_MAX_SEQS 64
#define ALERTS_NKINDS   16 /* kinds counted by name in metrics (others: "other") */

typedef struct alerts_conf {
	dstore *store;              /* borrowed; must outlive alerts_stop */
	size_t queue_max;           /* jobs waiting for the writer; 0 = 4096 */
	const char *webhook_url;    /* NULL: no webhook */
	const uint8_t *webhook_key; /* HMAC key, copied */
	size_t webhook_key_len;
	const char *webhook_ca_file; /* NULL: system trust */
	uint32_t webhook_timeout_ms; /* 0 = 10000 */
	const char *syslog_socket;   /* NULL: no syslog sink; "" = /dev/log */
	uint32_t backoff_min_ms;     /* 0 = 1000 */
	uint32_t backoff_max_ms;     /* 0 = 300000 */
} alerts_conf;

typedef struct alerts alerts;

/* Starts the writer and the sink threads (curl_global_init first, once per
 * process). 0, or -1 with err (bad sink settings, out of memory). */
int alerts_start(const alerts_conf *c, alerts **out, char *err, size_t errsz);

/* Writes what is queued (a batch the store refuses now is tried twice more
 * and then dropped and counted), stops every thread and frees a. A sink in
 * the middle of a delivery finishes it first (at most webhook_timeout_ms).
 * NULL accepted. */
void alerts_stop(alerts *a);

/* Queues an alert of kind (1..32 of [a-z0-9_]) about subject with detail and
 * the audit seqs that caused it (up to ALERTS_MAX_SEQS; more are cut), raised
 * at now_s. extra (may be NULL; copied) adds members. Never blocks.
 * 0, ALERTS_E_FULL, ALERTS_E_ARG, ALERTS_E_NOMEM, ALERTS_E_STOPPED. */
int alerts_raise(alerts *a, const char *kind, const char *subject, const char *detail,
		 const uint64_t *seqs, size_t nseqs, uint64_t now_s, const json_t *extra);

/* Queues a durable lock change for the writer: e placed, or (e NULL) the
 * lock of principal removed. Never blocks. 0, ALERTS_E_FULL, ... */
int alerts_persist_lock(alerts *a, const lock_entry *e, const char *principal);

/* Waits up to timeout_ms until everything queued before the call has been
 * handled by the writer (stored, or dropped). 0 done, -1 timed out (e.g.
 * the store keeps failing: the writer retries every second). */
int alerts_flush(alerts *a, uint32_t timeout_ms);

/* Wakes the sinks now (a test's receiver came up; skips the backoff wait). */
void alerts_kick(alerts *a);

typedef struct alerts_sink_state {
	const char *name; /* "webhook" or "syslog"; NULL: not configured */
	uint64_t cursor;  /* last alert id delivered */
	uint64_t pending; /* stored alerts after the cursor */
	uint64_t delivered, failures;
	uint64_t last_attempt_s, last_success_s, next_retry_s;
	char last_error[160];
} alerts_sink_state;

typedef struct alerts_stats {
	uint64_t raised[ALERTS_NKINDS + 1]; /* per kind (alerts_kind_name); last: other */
	uint64_t dropped;                   /* queue full */
	uint64_t store_failures;            /* batches the writer could not store (retried) */
	uint64_t pruned;                    /* stored alerts removed past max_stored */
	alerts_sink_state sinks[2];
} alerts_stats;

/* Name of counted kind i (0 <= i < ALERTS_NKINDS), or NULL past the list. */
const char *alerts_kind_name(size_t i);

void alerts_get_stats(alerts *a, alerts_stats *s);

/* {"webhook": {...}, "syslog": {...}} of the configured sinks: cursor,
 * pending, delivered, failures, last_error, last_attempt, next_retry. New
 * object, NULL when out of memory. */
json_t *alerts_delivery_json(alerts *a);

#endif
