/* detect: the alert ring and the per-subject denial counters behind
 * GET /v1/alerts. All state is static and guarded by one mutex; alerts are
 * copied out as JSON under it. */
#include "detect.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "errors.h"
#include "timefmt.h"

#define SUBJECT_MAX 400

struct alert {
	uint64_t id;
	uint64_t at_ms;
	char time[32];
	const char *kind;
	char subject[SUBJECT_MAX];
	char detail[DETECT_DETAIL_MAX];
	uint64_t count;  /* audit_unavailable: failures folded in */
	char first[160]; /* audit_unavailable: first request and reason */
};

struct tracked {
	char subject[SUBJECT_MAX];      /* "" = free slot */
	uint64_t times[DETECT_BURST_N]; /* last denials (ms), a ring */
	unsigned n, pos;
	uint64_t last_alert_ms;
};

static struct {
	pthread_mutex_t lock;
	struct alert ring[DETECT_RING];
	size_t head, n; /* oldest at head */
	uint64_t next_id;
	struct tracked subjects[DETECT_SUBJECTS];
	struct alert *last_unavailable;
} D = {.lock = PTHREAD_MUTEX_INITIALIZER, .next_id = 1};

static const char *str(const json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));
	return s ? s : "";
}

/* A new alert in the ring (the oldest is dropped when full). Locked. */
static struct alert *push(const char *kind, const char *subject, uint64_t now)
{
	size_t i;
	if (D.n < DETECT_RING) {
		i = (D.head + D.n) % DETECT_RING;
		D.n++;
	} else {
		i = D.head;
		D.head = (D.head + 1) % DETECT_RING;
		if (D.last_unavailable == &D.ring[i])
			D.last_unavailable = NULL;
	}
	struct alert *a = &D.ring[i];
	memset(a, 0, sizeof *a);
	a->id = D.next_id++;
	a->at_ms = now;
	time_rfc3339_ms_now(a->time, sizeof a->time);
	a->kind = kind;
	snprintf(a->subject, sizeof a->subject, "%s", subject ? subject : "");
	return a;
}

/* The tracking slot of subject, taking a free or the stalest one. Locked. */
static struct tracked *track(const char *subject)
{
	struct tracked *free_slot = NULL, *stalest = NULL;
	uint64_t stalest_t = UINT64_MAX;
	for (size_t i = 0; i < DETECT_SUBJECTS; i++) {
		struct tracked *t = &D.subjects[i];
		if (!t->subject[0]) {
			if (!free_slot)
				free_slot = t;
			continue;
		}
		if (!strcmp(t->subject, subject))
			return t;
		uint64_t last = t->times[(t->pos + DETECT_BURST_N - 1) % DETECT_BURST_N];
		if (last < stalest_t) {
			stalest_t = last;
			stalest = t;
		}
	}
	struct tracked *t = free_slot ? free_slot : stalest;
	memset(t, 0, sizeof *t);
	snprintf(t->subject, sizeof t->subject, "%s", subject);
	return t;
}

static void observe_denial(const json_t *e, const char *subject, uint64_t now)
{
	struct tracked *t = track(subject);
	t->times[t->pos] = now;
	t->pos = (t->pos + 1) % DETECT_BURST_N;
	if (t->n < DETECT_BURST_N)
		t->n++;
	if (t->n < DETECT_BURST_N)
		return;
	uint64_t oldest = t->times[t->pos]; /* the 10th most recent */
	uint64_t window = (uint64_t)DETECT_BURST_WINDOW_S * 1000u;
	if (now - oldest > window)
		return;
	if (t->last_alert_ms && now - t->last_alert_ms <= window)
		return;
	t->last_alert_ms = now;
	struct alert *a = push("denial_burst", subject, now);
	snprintf(a->detail, sizeof a->detail,
		 "%d denials within %d s; latest: %s on %s (request %s)", DETECT_BURST_N,
		 DETECT_BURST_WINDOW_S, str(e, "action"), str(e, "resource"), str(e, "request_id"));
}

void detect_observe(const json_t *e)
{
	const char *decision = str(e, "decision");
	const char *subject = str(e, "subject");
	const char *purpose = str(e, "purpose");
	int is_allow = !strcmp(decision, "allow");
	int is_deny = !strcmp(decision, "deny");
	int glass = is_allow && !strncmp(purpose, "break-glass:", 12);
	if (!glass && !is_deny)
		return;
	uint64_t now = time_mono_ms();
	pthread_mutex_lock(&D.lock);
	if (glass) {
		struct alert *a = push("break_glass", subject, now);
		snprintf(a->detail, sizeof a->detail,
			 "allowed %s on %s with purpose %s (request %s)", str(e, "action"),
			 str(e, "resource"), purpose, str(e, "request_id"));
	}
	if (is_deny && subject[0])
		observe_denial(e, subject, now);
	pthread_mutex_unlock(&D.lock);
}

void detect_record_failed(const char *subject, const char *request_id, int rc)
{
	uint64_t now = time_mono_ms();
	pthread_mutex_lock(&D.lock);
	struct alert *a = D.last_unavailable;
	if (!a || now - a->at_ms > (uint64_t)DETECT_COALESCE_S * 1000u) {
		a = push("audit_unavailable", subject, now);
		snprintf(a->first, sizeof a->first, "request %s, %s", request_id ? request_id : "-",
			 custos_strerror(rc));
		D.last_unavailable = a;
	}
	a->count++;
	snprintf(a->detail, sizeof a->detail,
		 "%llu decision(s) could not be recorded and were refused with 503 (first: %s)",
		 (unsigned long long)a->count, a->first);
	pthread_mutex_unlock(&D.lock);
}

json_t *detect_alerts(uint64_t since_id)
{
	json_t *arr = json_array();
	if (!arr)
		return NULL;
	pthread_mutex_lock(&D.lock);
	for (size_t k = 0; k < D.n; k++) {
		const struct alert *a = &D.ring[(D.head + k) % DETECT_RING];
		if (a->id <= since_id)
			continue;
		json_t *o = json_pack("{s:I,s:s,s:s,s:s,s:s}", "id", (json_int_t)a->id, "time",
				      a->time, "kind", a->kind, "subject", a->subject, "detail",
				      a->detail);
		if (!o || json_array_append_new(arr, o)) {
			json_decref(arr);
			arr = NULL;
			break;
		}
	}
	pthread_mutex_unlock(&D.lock);
	return arr;
}

void detect_reset(void)
{
	pthread_mutex_lock(&D.lock);
	memset(D.ring, 0, sizeof D.ring);
	memset(D.subjects, 0, sizeof D.subjects);
	D.head = D.n = 0;
	D.last_unavailable = NULL;
	pthread_mutex_unlock(&D.lock);
}
