/* detect: threat detection and response for the gateway (docs/DETECTION.md),
 * one object the application opens and lends to the pipeline (r->app->detect):
 *
 *   limits     token buckets per subject and action (ratelimit.c): a role's
 *              "limits" for the action, else [limits] ACTION, else default
 *   locks      subjects refused with 403 subject_locked until a time or an
 *              unlock (locks.c, kept in the store: they survive a restart)
 *   anomalies  every recorded decision is observed (anomaly.c): denial
 *              streaks (and a lock), bulk access (distinct end users), off
 *              hours, access after a revocation, one token from two
 *              certificates, reads under legal hold, break-glass (a review)
 *   bursts     >= DETECT_BURST_N denials of one subject within
 *              DETECT_BURST_WINDOW_S (one alert per window)
 *   alerts     stored durably (dstore.c) and delivered to the webhook and
 *              syslog sinks by their own threads (alerts.c, sinks.c): a sink
 *              that is down never slows a request
 *   reviews    break-glass uses, closed by another person with review:write
 *
 * Thread safety: every function may be called from any thread once
 * detect_open returned, except detect_close. The detection tables are
 * bounded by the configuration whatever the number of subjects. */
#ifndef CUSTOS_DETECT_H
#define CUSTOS_DETECT_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "dconf.h"

#define DETECT_BURST_N        10
#define DETECT_BURST_WINDOW_S 60
#define DETECT_COALESCE_S     10  /* audit_unavailable alerts: one per this */
#define DETECT_SUBJECTS       256 /* subjects tracked for bursts (stalest evicted) */

struct db_env;
typedef struct detect detect;

/* Opens detection with the settings c (copied where needed) in the data
 * environment env (borrowed: it must outlive detect_close), loads the
 * stored locks and starts the alert threads. 0, or a custos error code
 * with err saying why (a sink's secret file unreadable, the store). */
int detect_open(const dconf *c, struct db_env *env, detect **out, char *err, size_t errsz);

/* Stops the alert threads (queued alerts and lock changes are stored
 * first) and frees everything. NULL accepted. */
void detect_close(detect *d);

/* 1 when principal is locked now (*until_s, may be NULL: its end, 0 = until
 * unlocked), else 0. */
int detect_locked(detect *d, const char *principal, uint64_t *until_s);

/* Takes a token of subject's bucket for action: limit from dec (a role's
 * "limits", when dec->limit_set), else the configuration. 1 when over the
 * limit (*retry_after_s: the Retry-After seconds), else 0. */
int detect_limit(detect *d, const char *subject, const char *action, int limit_set, double rate,
		 double burst, uint64_t *retry_after_s);

/* What the pipeline knows of a durable entry besides the entry itself. */
typedef struct detect_obs {
	const json_t *entry;   /* the recorded entry (borrowed): decision, subject, ... */
	uint64_t seq;          /* its audit seq */
	int legal_hold;        /* the conversation read is under legal hold */
	int off_hours;         /* the decision says: outside every role's working hours */
	uint32_t bulk;         /* the roles' bulk_distinct_users, 0 = the configuration's */
	const char *token_jti; /* the Bearer token's jti (NULL: none) */
} detect_obs;

/* Observes a durable entry: raises the alerts it causes, locks, opens a
 * review for a break-glass allow. Never blocks on a sink. */
void detect_observe(detect *d, const detect_obs *o);

/* A decision could not be recorded (rc: the audit's error code): an
 * audit_unavailable alert, one per DETECT_COALESCE_S. */
void detect_record_failed(detect *d, const char *subject, const char *request_id, int rc);

/* ---- the admin API (handlers) ---- */

/* Locks principal until until_s (0: until unlocked) with reason, by the
 * admin by; stored before it returns. 0, CUSTOS_E_ARG, DETECT_E_LIMIT,
 * DETECT_E_STORE. */
int detect_lock(detect *d, const char *principal, uint64_t until_s, const char *reason,
		const char *by);
/* Removes the lock: 0, DB_E_NOTFOUND, DETECT_E_STORE. Also forgets the
 * subject's denial streak. */
int detect_unlock(detect *d, const char *principal);
/* The locks in force, a new array of {"principal","since","until","reason","by"}. */
json_t *detect_locks_json(detect *d);

/* Stored alerts after since_id, of kind (NULL: any), at most limit; *next the
 * since_id of the next page. Sees every alert raised before the call. */
int detect_alerts(detect *d, uint64_t since_id, const char *kind, size_t limit, json_t **arr,
		  uint64_t *next);
/* Reviews by state ("open", "closed", NULL: both), paged by cursor. */
int detect_reviews(detect *d, const char *state, uint64_t cursor, size_t limit, json_t **arr,
		   uint64_t *next);
/* Closes review id with outcome by reviewer: 0, DETECT_E_SELF (the one who
 * broke the glass), DETECT_E_CLOSED, DB_E_NOTFOUND, CUSTOS_E_ARG,
 * DETECT_E_STORE. *item (may be NULL) the stored review. */
int detect_review_close(detect *d, uint64_t id, const char *reviewer, const char *outcome,
			const char *note, json_t **item);
/* The sinks' delivery state (new object). */
json_t *detect_delivery_json(detect *d);

/* Reads the earliest notAfter of the certificates in the PEM files
 * server_cert and client_ca (either may be NULL) for the metric
 * custos_certificate_expiry_seconds; again after a reload. */
void detect_set_certs(detect *d, const char *server_cert, const char *client_ca);

/* Housekeeping (once a second or so): expired locks are removed from the
 * store, reviews past their deadline raise review_overdue. */
void detect_tick(detect *d);

/* Prometheus text of detection (alerts by kind, locks, rate limits,
 * reviews) appended to buf; returns the bytes written. */
size_t detect_metrics(detect *d, char *buf, size_t cap);

#endif
