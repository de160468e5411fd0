/* anomaly: the detectors. Each recorded decision is observed once, as a
 * plain event (who, what, on which end user's data, the outcome, its audit
 * seq, the time); what looks wrong comes back as alerts that carry the seqs
 * that caused them and, for some, a lock to place. The caller stores and
 * delivers alerts and places locks; this module holds only bounded state in
 * memory (docs/DETECTION.md):
 *
 *   denial_streak           conf.denial_streak policy denials in a row (an
 *                           allow resets; a gap over streak_window_s too):
 *                           alert and lock for lock_s
 *   bulk_access             more distinct end users read (conversation:read
 *                           allowed) in one bulk_window_s window than the
 *                           threshold (the role's or conf's), or more than
 *                           bulk_baseline_factor x the subject's own average
 *                           of past windows (after 3 windows, and at least
 *                           bulk_baseline_min): alert (and lock, bulk_lock)
 *   off_hours               an allowed access while the policy says the
 *                           subject is outside every role's working hours
 *   access_after_revocation a request naming a subject, token id or client
 *                           certificate within revocation_watch_s after a
 *                           revocation of it was recorded
 *   token_two_certs         one token presented with two client certificates
 *   legal_hold_read         an allowed read of a conversation under legal hold
 *   break_glass             an allow whose purpose is "break-glass:<reason>":
 *                           alert, and the caller opens a review item
 *
 * off_hours, access_after_revocation and legal_hold_read are coalesced: at
 * most one alert per subject and kind per coalesce_s (the audit keeps every
 * access). Each detector's state lives in its own dtab, so memory is fixed at
 * create whatever the number of subjects; what eviction can cost is stated at
 * each table in anomaly.c.
 *
 * Thread-safe: anom_observe may run on every worker thread at once. */
#ifndef CUSTOS_DETECT_ANOMALY_H
#define CUSTOS_DETECT_ANOMALY_H

#include <stddef.h>
#include <stdint.h>

#include "dtab.h"

#define ANOM_SUBJECT_MAX      400
#define ANOM_DETAIL_MAX       400
#define ANOM_MAX_SEQS         40
#define ANOM_MAX_OUT          8
#define ANOM_STREAK_SEQS      16 /* seqs of a streak kept for its alert */
#define ANOM_STREAK_MAX       1000
#define ANOM_BASELINE_WINDOWS 3 /* windows of history before the baseline counts */

/* Alert kinds (static strings; compare by value). */
#define ANOM_K_STREAK      "denial_streak"
#define ANOM_K_BULK        "bulk_access"
#define ANOM_K_OFF_HOURS   "off_hours"
#define ANOM_K_REVOKED     "access_after_revocation"
#define ANOM_K_TOKEN_CERTS "token_two_certs"
#define ANOM_K_HOLD        "legal_hold_read"
#define ANOM_K_BREAK_GLASS "break_glass"

typedef struct anom_conf {
	size_t subjects;              /* streak/coalescing slots: 0 = 65536 */
	size_t bulk_subjects;         /* bulk trackers: 0 = 16384 */
	size_t tokens;                /* tokens remembered: 0 = 65536 */
	size_t watches;               /* revocation watches: 0 = 4096 */
	unsigned denial_streak;       /* 0 = off */
	uint32_t streak_window_s;     /* 0 = no gap resets a streak */
	uint32_t lock_s;              /* automatic lock duration, >= 1 */
	uint32_t bulk_distinct_users; /* default threshold; 0 = off unless a role sets one */
	uint32_t bulk_window_s;       /* >= 1 */
	double bulk_baseline_factor;  /* 0 = off */
	uint32_t bulk_baseline_min;
	int bulk_lock;               /* lock on a bulk alert */
	uint32_t revocation_watch_s; /* 0 = off */
	uint32_t coalesce_s;
	const uint8_t *key16; /* hash key, NULL = random */
} anom_conf;

/* The defaults documented in docs/DETECTION.md ([detect] keys). */
void anom_conf_defaults(anom_conf *c);

enum anom_outcome {
	ANOM_ALLOW = 1,   /* allowed by policy */
	ANOM_DENY = 2,    /* denied by policy (counts toward a streak) */
	ANOM_REFUSED = 3, /* refused before policy: locked, rate limited, revoked, token */
	ANOM_OTHER = 4,   /* control-plane bookkeeping, errors */
};

/* One recorded decision. Strings are borrowed for the call; NULL = absent. */
typedef struct anom_event {
	uint64_t seq;        /* audit seq (0 = unknown) */
	uint64_t now_s;      /* detection clock, Unix seconds */
	int outcome;         /* enum anom_outcome */
	const char *subject; /* principal; events without one are ignored */
	const char *action;
	const char *resource; /* e.g. "conversation/c-..." */
	const char *user;     /* end-user pseudonym of the data, if any */
	const char *purpose;
	const char *cert_sha256;   /* client certificate (hex) */
	const char *token_id;      /* the token's jti, else a digest of it */
	const char *token_jti;     /* the jti claim only (revocations name it) */
	int legal_hold;            /* the conversation is under legal hold */
	int off_hours;             /* the policy says: outside working hours */
	uint32_t bulk_threshold;   /* the subject's roles' threshold, 0 = conf */
	const char *revoked_kind;  /* a revocation was recorded by this event: */
	const char *revoked_value; /* "subject"|"jti"|"cert" and its value */
} anom_event;

typedef struct anom_alert {
	const char *kind; /* ANOM_K_* */
	char subject[ANOM_SUBJECT_MAX + 1];
	char detail[ANOM_DETAIL_MAX];
	uint64_t seqs[ANOM_MAX_SEQS]; /* audit seqs that caused it, ascending */
	size_t nseqs;
	uint32_t lock_s; /* > 0: lock the subject this long */
	int open_review; /* 1: open a break-glass review for seqs[0] */
} anom_alert;

typedef struct anom anom;

typedef struct anom_stats {
	dtab_stats subjects, bulk, tokens, watches;
	uint64_t events;
	uint64_t suppressed; /* alerts coalesced away */
} anom_stats;

/* Creates the detectors (tables sized from c, copied). NULL on bad
 * configuration or out of memory. Free with anom_free. */
anom *anom_create(const anom_conf *c);

/* NULL accepted; no call may be running. */
void anom_free(anom *a);

/* Observes ev and writes up to max alerts to out; *n gets their number.
 * Returns 0, or -1 when ev is malformed (no subject). */
int anom_observe(anom *a, const anom_event *ev, anom_alert *out, size_t max, size_t *n);

/* Forgets a subject's denial streak (an admin unlocked it). */
void anom_clear_subject(anom *a, const char *subject);

void anom_get_stats(anom *a, anom_stats *s);

#endif
