/* alerts: bounded job queue -> writer thread -> dstore -> sink threads (see
 * alerts.h). One mutex guards the queue, the counters and the sinks' shared
 * state; no thread holds it across a store call or a delivery. */
#include "alerts.h"

#include <curl/curl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sinks.h"

static const char *const known_kinds[ALERTS_NKINDS] = {
	"denial_streak",   "bulk_access",       "off_hours",   "access_after_revocation",
	"token_two_certs", "legal_hold_read",   "break_glass", "break_glass_escalated",
	"review_overdue",  "audit_unavailable", "lock_failed", NULL,
};

enum job_type { J_ALERT, J_LOCK_PUT, J_LOCK_DEL };

struct job {
	enum job_type type;
	json_t *alert;   /* J_ALERT, owned */
	lock_entry lock; /* J_LOCK_PUT; J_LOCK_DEL uses lock.principal */
};

enum { S_WEBHOOK, S_SYSLOG, NSINKS };

struct sink {
	alerts *a;
	int on;
	pthread_t th;
	sink_webhook *web;
	sink_syslog *sys;
	alerts_sink_state st; /* under a->mu */
	uint64_t backoff_ms;
	int failing;
	unsigned seed; /* jitter */
};

struct alerts {
	alerts_conf c;
	pthread_mutex_t mu;
	pthread_cond_t work;     /* writer: jobs or stop */
	pthread_cond_t done;     /* flushers: progress */
	pthread_cond_t sinks_cv; /* sinks: new alerts, kick or stop */
	struct job **q;
	size_t qcap, qhead, qlen;
	uint64_t enqueued, processed;
	uint64_t gen; /* stored-alert generation */
	uint64_t kick;
	int stop;
	pthread_t writer;
	int writer_on;
	uint64_t raised[ALERTS_NKINDS + 1], dropped, store_failures, pruned;
	struct sink sinks[NSINKS];
};

const char *alerts_kind_name(size_t i)
{
	return i < ALERTS_NKINDS ? known_kinds[i] : NULL;
}

static size_t kind_index(const char *kind)
{
	for (size_t i = 0; i < ALERTS_NKINDS && known_kinds[i]; i++)
		if (!strcmp(known_kinds[i], kind))
			return i;
	return ALERTS_NKINDS;
}

static uint64_t mono_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

static uint64_t wall_s(void)
{
	return (uint64_t)time(NULL);
}

static void deadline_in(struct timespec *ts, uint64_t ms)
{
	clock_gettime(CLOCK_MONOTONIC, ts);
	ts->tv_sec += (time_t)(ms / 1000);
	ts->tv_nsec += (long)(ms % 1000) * 1000000;
	if (ts->tv_nsec >= 1000000000) {
		ts->tv_sec++;
		ts->tv_nsec -= 1000000000;
	}
}

static void job_free(struct job *j)
{
	if (!j)
		return;
	json_decref(j->alert);
	free(j);
}

/* ---- queue ---- */

static int enqueue(alerts *a, struct job *j)
{
	int rc = 0;
	pthread_mutex_lock(&a->mu);
	if (a->stop) {
		rc = ALERTS_E_STOPPED;
	} else if (a->qlen == a->qcap) {
		rc = ALERTS_E_FULL;
		a->dropped++;
	} else {
		a->q[(a->qhead + a->qlen++) % a->qcap] = j;
		a->enqueued++;
		pthread_cond_signal(&a->work);
	}
	pthread_mutex_unlock(&a->mu);
	if (rc)
		job_free(j);
	return rc;
}

static int kind_ok(const char *k)
{
	size_t n = k ? strlen(k) : 0;
	if (n == 0 || n > ALERTS_KIND_MAX)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!((k[i] >= 'a' && k[i] <= 'z') || (k[i] >= '0' && k[i] <= '9') || k[i] == '_'))
			return 0;
	return 1;
}

int alerts_raise(alerts *a, const char *kind, const char *subject, const char *detail,
		 const uint64_t *seqs, size_t nseqs, uint64_t now_s, const json_t *extra)
{
	if (!a || !kind_ok(kind) || (nseqs && !seqs) || (extra && !json_is_object(extra)))
		return ALERTS_E_ARG;
	char time[32];
	locks_time_format(now_s, time, sizeof time);
	json_t *sq = json_array();
	for (size_t i = 0; sq && i < nseqs && i < ALERTS_MAX_SEQS; i++)
		if (json_array_append_new(sq, json_integer((json_int_t)seqs[i]))) {
			json_decref(sq);
			sq = NULL;
		}
	json_t *o = sq ? json_pack("{s:s,s:s,s:s,s:s,s:o}", "time", time, "kind", kind, "subject",
				   subject ? subject : "", "detail", detail ? detail : "", "seqs",
				   sq)
		       : NULL;
	struct job *j = o ? calloc(1, sizeof *j) : NULL;
	if (!j || (extra && json_object_update_missing(o, (json_t *)extra))) {
		json_decref(o);
		free(j);
		return ALERTS_E_NOMEM;
	}
	j->type = J_ALERT;
	j->alert = o;
	size_t ki = kind_index(kind);
	int rc = enqueue(a, j);
	if (!rc) {
		pthread_mutex_lock(&a->mu);
		a->raised[ki]++;
		pthread_mutex_unlock(&a->mu);
	}
	return rc;
}

int alerts_persist_lock(alerts *a, const lock_entry *e, const char *principal)
{
	struct job *j = calloc(1, sizeof *j);
	if (!j)
		return ALERTS_E_NOMEM;
	if (e) {
		j->type = J_LOCK_PUT;
		j->lock = *e;
	} else if (principal && strlen(principal) <= LOCKS_PRINCIPAL_MAX && principal[0]) {
		j->type = J_LOCK_DEL;
		snprintf(j->lock.principal, sizeof j->lock.principal, "%s", principal);
	} else {
		free(j);
		return ALERTS_E_ARG;
	}
	return enqueue(a, j);
}

/* ---- writer ---- */

#define BATCH 256

static void *writer_main(void *arg)
{
	alerts *a = arg;
	struct job *batch[BATCH];
	json_t *objs[BATCH];
	pthread_mutex_lock(&a->mu);
	for (;;) {
		while (!a->qlen && !a->stop)
			pthread_cond_wait(&a->work, &a->mu);
		if (!a->qlen && a->stop)
			break;
		size_t n = 0;
		while (a->qlen && n < BATCH) {
			batch[n++] = a->q[a->qhead];
			a->qhead = (a->qhead + 1) % a->qcap;
			a->qlen--;
		}
		pthread_mutex_unlock(&a->mu);

		/* Alerts in one transaction; a failed batch is retried every
		 * second (the queue keeps filling, bounded) until it is stored,
		 * or dropped once we are stopping. */
		size_t na = 0, pruned = 0;
		for (size_t i = 0; i < n; i++)
			if (batch[i]->type == J_ALERT)
				objs[na++] = batch[i]->alert;
		int tries = 0, stored = 0;
		while (na) {
			int rc = dstore_alerts_append(a->c.store, objs, na, NULL, &pruned);
			if (!rc) {
				stored = 1;
				break;
			}
			pthread_mutex_lock(&a->mu);
			a->store_failures++;
			int stopping = a->stop;
			if (!stopping) {
				struct timespec ts;
				deadline_in(&ts, 1000);
				pthread_cond_timedwait(&a->work, &a->mu, &ts);
			}
			pthread_mutex_unlock(&a->mu);
			if (stopping && ++tries >= 2) {
				pthread_mutex_lock(&a->mu);
				a->dropped += na;
				pthread_mutex_unlock(&a->mu);
				break;
			}
		}
		for (size_t i = 0; i < n; i++) {
			if (batch[i]->type == J_LOCK_PUT) {
				json_t *lj = locks_entry_json(&batch[i]->lock);
				if (!lj ||
				    dstore_lock_put(a->c.store, batch[i]->lock.principal, lj)) {
					pthread_mutex_lock(&a->mu);
					a->store_failures++;
					pthread_mutex_unlock(&a->mu);
				}
				json_decref(lj);
			} else if (batch[i]->type == J_LOCK_DEL) {
				int rc = dstore_lock_delete(a->c.store, batch[i]->lock.principal);
				if (rc && rc != DSTORE_E_NOTFOUND) {
					pthread_mutex_lock(&a->mu);
					a->store_failures++;
					pthread_mutex_unlock(&a->mu);
				}
			}
			job_free(batch[i]);
		}
		pthread_mutex_lock(&a->mu);
		a->processed += n;
		a->pruned += pruned;
		if (stored) {
			a->gen++;
			pthread_cond_broadcast(&a->sinks_cv);
		}
		pthread_cond_broadcast(&a->done);
	}
	pthread_mutex_unlock(&a->mu);
	return NULL;
}

int alerts_flush(alerts *a, uint32_t timeout_ms)
{
	uint64_t end = mono_ms() + timeout_ms;
	pthread_mutex_lock(&a->mu);
	uint64_t target = a->enqueued;
	while (a->processed < target && a->writer_on && mono_ms() < end) {
		struct timespec ts;
		deadline_in(&ts, 50);
		pthread_cond_timedwait(&a->done, &a->mu, &ts);
	}
	int rc = a->processed >= target ? 0 : -1;
	pthread_mutex_unlock(&a->mu);
	return rc;
}

void alerts_kick(alerts *a)
{
	pthread_mutex_lock(&a->mu);
	a->kick++;
	pthread_cond_broadcast(&a->sinks_cv);
	pthread_mutex_unlock(&a->mu);
}

/* ---- sinks ---- */

static int deliver(struct sink *s, const json_t *alert, uint64_t id, char *err, size_t errsz)
{
	if (s->web) {
		char *body = json_dumps(alert, JSON_COMPACT);
		if (!body) {
			snprintf(err, errsz, "out of memory");
			return -1;
		}
		int rc = sink_webhook_post(s->web, body, strlen(body), id, err, errsz);
		free(body);
		return rc;
	}
	return sink_syslog_send(s->sys, alert, err, errsz);
}

/* Delivers what follows the cursor, a page at a time. Returns 1 when a page
 * was full (more may follow), 0 when caught up or after a failure. */
static int deliver_pending(struct sink *s)
{
	alerts *a = s->a;
	uint64_t cursor;
	pthread_mutex_lock(&a->mu);
	cursor = s->st.cursor;
	pthread_mutex_unlock(&a->mu);
	json_t *arr = NULL;
	uint64_t next = 0;
	if (dstore_alerts_list(a->c.store, cursor, NULL, 100, &arr, &next))
		return 0;
	int more = json_array_size(arr) == 100;
	for (size_t i = 0; i < json_array_size(arr); i++) {
		const json_t *al = json_array_get(arr, i);
		uint64_t id = (uint64_t)json_integer_value(json_object_get(al, "id"));
		char err[160] = "";
		uint64_t now = wall_s();
		int rc = deliver(s, al, id, err, sizeof err);
		if (!rc && dstore_cursor_set(a->c.store, s->st.name, id) != 0) {
			rc = -1; /* delivered, but we could not remember it: it will repeat */
			snprintf(err, sizeof err, "cannot store the delivery cursor");
		}
		pthread_mutex_lock(&a->mu);
		s->st.last_attempt_s = now;
		if (!rc) {
			s->st.cursor = id;
			s->st.delivered++;
			s->st.last_success_s = now;
			s->st.next_retry_s = 0;
			s->failing = 0;
			s->backoff_ms = 0;
		} else {
			s->st.failures++;
			snprintf(s->st.last_error, sizeof s->st.last_error, "%s", err);
			s->failing = 1;
			uint64_t b = s->backoff_ms ? s->backoff_ms * 2 : a->c.backoff_min_ms;
			if (b > a->c.backoff_max_ms)
				b = a->c.backoff_max_ms;
			s->backoff_ms = b;
			s->st.next_retry_s = now + (b + 999) / 1000;
		}
		pthread_mutex_unlock(&a->mu);
		if (rc) {
			more = 0;
			break;
		}
	}
	json_decref(arr);
	return more;
}

static void *sink_main(void *arg)
{
	struct sink *s = arg;
	alerts *a = s->a;
	uint64_t seen_gen = (uint64_t)-1, seen_kick = 0, retry_at = 0;
	int more = 1;
	pthread_mutex_lock(&a->mu);
	for (;;) {
		for (;;) {
			if (a->stop)
				goto out;
			uint64_t now = mono_ms();
			if (a->kick != seen_kick)
				break;
			if (s->failing) {
				if (now >= retry_at)
					break;
			} else if (more || a->gen != seen_gen) {
				break;
			}
			struct timespec ts;
			uint64_t wait = s->failing ? retry_at - now : 30000;
			deadline_in(&ts, wait);
			pthread_cond_timedwait(&a->sinks_cv, &a->mu, &ts);
		}
		seen_gen = a->gen;
		seen_kick = a->kick;
		pthread_mutex_unlock(&a->mu);
		more = deliver_pending(s);
		pthread_mutex_lock(&a->mu);
		if (s->failing) {
			/* +-20% jitter so that many gateways do not retry in step. */
			uint64_t b = s->backoff_ms, j = b / 5;
			uint64_t r = j ? (uint64_t)rand_r(&s->seed) % (2 * j + 1) : 0;
			retry_at = mono_ms() + b - j + r;
		}
	}
out:
	pthread_mutex_unlock(&a->mu);
	return NULL;
}

static int sink_init(alerts *a, struct sink *s, const char *name, char *err, size_t errsz)
{
	s->a = a;
	s->st.name = name;
	uint64_t cur = 0;
	int rc = dstore_cursor_get(a->c.store, name, &cur);
	if (rc == DSTORE_E_NOTFOUND) {
		/* First start of this sink: begin after what is stored now. */
		rc = dstore_alerts_last_id(a->c.store, &cur);
		if (!rc)
			rc = dstore_cursor_set(a->c.store, name, cur);
	}
	if (rc) {
		snprintf(err, errsz, "%s delivery cursor: %s", name, dstore_strerror(rc));
		return -1;
	}
	s->st.cursor = cur;
	s->seed = (unsigned)mono_ms() ^ (unsigned)(uintptr_t)s;
	s->on = 1;
	return 0;
}

static void curl_init_once(void)
{
	curl_global_init(CURL_GLOBAL_DEFAULT);
}

int alerts_start(const alerts_conf *c, alerts **out, char *err, size_t errsz)
{
	*out = NULL;
	if (!c || !c->store) {
		snprintf(err, errsz, "no store");
		return -1;
	}
	static pthread_once_t curl_once = PTHREAD_ONCE_INIT;
	pthread_once(&curl_once, curl_init_once);
	alerts *a = calloc(1, sizeof *a);
	if (!a) {
		snprintf(err, errsz, "out of memory");
		return -1;
	}
	a->c = *c;
	if (!a->c.queue_max)
		a->c.queue_max = 4096;
	if (!a->c.backoff_min_ms)
		a->c.backoff_min_ms = 1000;
	if (!a->c.backoff_max_ms)
		a->c.backoff_max_ms = 300000;
	if (a->c.backoff_max_ms < a->c.backoff_min_ms)
		a->c.backoff_max_ms = a->c.backoff_min_ms;
	a->c.webhook_url = NULL; /* not kept: the sink copies what it needs */
	a->c.webhook_key = NULL;
	a->c.webhook_ca_file = NULL;
	a->c.syslog_socket = NULL;
	a->qcap = a->c.queue_max;
	a->q = calloc(a->qcap, sizeof *a->q);
	pthread_condattr_t ca;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_mutex_init(&a->mu, NULL);
	pthread_cond_init(&a->work, &ca);
	pthread_cond_init(&a->done, &ca);
	pthread_cond_init(&a->sinks_cv, &ca);
	pthread_condattr_destroy(&ca);
	if (!a->q) {
		snprintf(err, errsz, "out of memory");
		goto fail;
	}
	if (c->webhook_url) {
		struct sink *s = &a->sinks[S_WEBHOOK];
		if (sink_webhook_create(c->webhook_url, c->webhook_key, c->webhook_key_len,
					c->webhook_ca_file, c->webhook_timeout_ms, &s->web, err,
					errsz) ||
		    sink_init(a, s, "webhook", err, errsz))
			goto fail;
	}
	if (c->syslog_socket) {
		struct sink *s = &a->sinks[S_SYSLOG];
		if (sink_syslog_create(c->syslog_socket, &s->sys, err, errsz) ||
		    sink_init(a, s, "syslog", err, errsz))
			goto fail;
	}
	if (pthread_create(&a->writer, NULL, writer_main, a) != 0) {
		snprintf(err, errsz, "cannot start the alert writer thread");
		goto fail;
	}
	a->writer_on = 1;
	for (int i = 0; i < NSINKS; i++) {
		struct sink *s = &a->sinks[i];
		if (s->on && pthread_create(&s->th, NULL, sink_main, s) != 0) {
			s->on = 0;
			snprintf(err, errsz, "cannot start the %s delivery thread", s->st.name);
			alerts_stop(a);
			return -1;
		}
	}
	*out = a;
	return 0;
fail:
	for (int i = 0; i < NSINKS; i++) {
		sink_webhook_free(a->sinks[i].web);
		sink_syslog_free(a->sinks[i].sys);
	}
	pthread_mutex_destroy(&a->mu);
	pthread_cond_destroy(&a->work);
	pthread_cond_destroy(&a->done);
	pthread_cond_destroy(&a->sinks_cv);
	free(a->q);
	free(a);
	return -1;
}

void alerts_stop(alerts *a)
{
	if (!a)
		return;
	/* The writer drains the queue before it stops (a batch the store
	 * refuses is tried twice more, then dropped and counted). */
	pthread_mutex_lock(&a->mu);
	a->stop = 1;
	pthread_cond_broadcast(&a->work);
	pthread_cond_broadcast(&a->sinks_cv);
	pthread_mutex_unlock(&a->mu);
	if (a->writer_on)
		pthread_join(a->writer, NULL);
	for (int i = 0; i < NSINKS; i++) {
		struct sink *s = &a->sinks[i];
		if (s->on && s->th)
			pthread_join(s->th, NULL);
		sink_webhook_free(s->web);
		sink_syslog_free(s->sys);
	}
	while (a->qlen) {
		job_free(a->q[a->qhead]);
		a->qhead = (a->qhead + 1) % a->qcap;
		a->qlen--;
	}
	pthread_mutex_destroy(&a->mu);
	pthread_cond_destroy(&a->work);
	pthread_cond_destroy(&a->done);
	pthread_cond_destroy(&a->sinks_cv);
	free(a->q);
	free(a);
}

void alerts_get_stats(alerts *a, alerts_stats *s)
{
	memset(s, 0, sizeof *s);
	uint64_t last = 0;
	dstore_alerts_last_id(a->c.store, &last);
	pthread_mutex_lock(&a->mu);
	memcpy(s->raised, a->raised, sizeof s->raised);
	s->dropped = a->dropped;
	s->store_failures = a->store_failures;
	s->pruned = a->pruned;
	for (int i = 0; i < NSINKS; i++) {
		if (!a->sinks[i].on)
			continue;
		s->sinks[i] = a->sinks[i].st;
		s->sinks[i].pending = last > s->sinks[i].cursor ? last - s->sinks[i].cursor : 0;
	}
	pthread_mutex_unlock(&a->mu);
}

json_t *alerts_delivery_json(alerts *a)
{
	alerts_stats s;
	alerts_get_stats(a, &s);
	json_t *o = json_object();
	for (int i = 0; o && i < NSINKS; i++) {
		const alerts_sink_state *st = &s.sinks[i];
		if (!st->name)
			continue;
		char la[32], nr[32];
		locks_time_format(st->last_attempt_s, la, sizeof la);
		locks_time_format(st->next_retry_s, nr, sizeof nr);
		json_t *j = json_pack(
			"{s:I,s:I,s:I,s:I,s:o,s:o,s:o}", "delivered_through",
			(json_int_t)st->cursor, "pending", (json_int_t)st->pending, "delivered",
			(json_int_t)st->delivered, "failures", (json_int_t)st->failures,
			"last_error", st->last_error[0] ? json_string(st->last_error) : json_null(),
			"last_attempt", st->last_attempt_s ? json_string(la) : json_null(),
			"next_retry", st->next_retry_s ? json_string(nr) : json_null());
		if (!j || json_object_set_new(o, st->name, j)) {
			json_decref(o);
			return NULL;
		}
	}
	return o;
}
