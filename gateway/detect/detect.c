/* detect: the facade over the detection engines (see detect.h). It owns
 * them, turns the anomaly detector's findings into stored alerts, locks and
 * reviews, and keeps the two small signals that need no table of their
 * own: denial bursts and audit failures. */
#include "detect.h"

#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alerts.h"
#include "anomaly.h"
#include "b64.h"
#include "db_lmdb.h"
#include "dclock.h"
#include "dmetrics.h"
#include "dstore.h"
#include "errors.h"
#include "file.h"
#include "locks.h"
#include "log.h"
#include "ratelimit.h"
#include "timefmt.h"

#define SUBJECT_MAX 400

struct burst {
	char subject[SUBJECT_MAX];      /* "" = free slot */
	uint64_t times[DETECT_BURST_N]; /* last denials (ms), a ring */
	uint64_t seqs[DETECT_BURST_N];
	unsigned n, pos;
	uint64_t last_alert_ms;
};

struct detect {
	dconf c; /* copy; strings borrowed from the caller's (they outlive us) */
	dstore *store;
	alerts *alerts;
	rl *rl;
	locks *locks;
	anom *anom;
	pthread_mutex_t mu;        /* bursts, the audit failure coalescing, the certificates */
	int64_t cert_not_after[2]; /* server, client CA: Unix time, 0 = unknown */
	struct burst bursts[DETECT_SUBJECTS];
	uint64_t unavailable_ms; /* last audit_unavailable alert, 0 = none */
};

static uint64_t now_s(void)
{
	int64_t t = dclock_now();
	return t > 0 ? (uint64_t)t : 0;
}

static int store_rc(int rc)
{
	switch (rc) {
	case DSTORE_OK:
		return 0;
	case DSTORE_E_NOTFOUND:
		return DB_E_NOTFOUND;
	case DSTORE_E_ARG:
		return CUSTOS_E_ARG;
	case DSTORE_E_NOMEM:
		return CUSTOS_E_NOMEM;
	case DSTORE_E_SELF:
		return DETECT_E_SELF;
	case DSTORE_E_CONFLICT:
		return DETECT_E_CLOSED;
	case DSTORE_E_LIMIT:
		return DETECT_E_LIMIT;
	default:
		return DETECT_E_STORE;
	}
}

/* The webhook's HMAC key: base64 of 32 bytes in the secret file. */
static int webhook_key(const char *path, uint8_t key[32], char *err, size_t errsz)
{
	char *text = NULL;
	size_t len = 0;
	int rc = file_read(path, 4096, &text, &len);
	if (rc) {
		snprintf(err, errsz, "[alerts] webhook_secret_file %s: cannot read it", path);
		return CUSTOS_E_ARG;
	}
	uint8_t buf[64];
	int n = b64_decode(text, len, buf, sizeof buf);
	free(text);
	if (n != 32) {
		snprintf(err, errsz,
			 "[alerts] webhook_secret_file %s: must hold the base64 of 32 bytes", path);
		return CUSTOS_E_ARG;
	}
	memcpy(key, buf, 32);
	OPENSSL_cleanse(buf, sizeof buf);
	return 0;
}

/* The stored locks, back in the table (expired ones are dropped later). */
static int load_locks(detect *d, char *err, size_t errsz)
{
	json_t *arr = NULL;
	int rc = dstore_locks_load(d->store, &arr);
	if (rc) {
		snprintf(err, errsz, "detection store: locks: %s", dstore_strerror(rc));
		return DETECT_E_STORE;
	}
	size_t i;
	json_t *o;
	json_array_foreach (arr, i, o) {
		lock_entry e;
		if (locks_entry_from_json(o, &e) == 0)
			locks_set(d->locks, &e, now_s());
	}
	json_decref(arr);
	return 0;
}

int detect_open(const dconf *c, struct db_env *env, detect **out, char *err, size_t errsz)
{
	*out = NULL;
	detect *d = calloc(1, sizeof *d);
	if (!d)
		return CUSTOS_E_NOMEM;
	d->c = *c;
	pthread_mutex_init(&d->mu, NULL);
	uint8_t key[16], wkey[32];
	int rc = RAND_bytes(key, sizeof key) == 1 ? 0 : CUSTOS_E_NOMEM;
	dstore_conf sc = {.max_alerts = c->max_stored};
	if (!rc && c->webhook_url && c->webhook_secret_file)
		rc = webhook_key(c->webhook_secret_file, wkey, err, errsz);
	if (!rc && dstore_open_db(env, &sc, &d->store, err, errsz))
		rc = DETECT_E_STORE;
	if (!rc) {
		anom_conf ac = c->anom;
		ac.key16 = key;
		d->rl = rl_create(c->rl_capacity, key);
		d->locks = locks_create(0);
		d->anom = anom_create(&ac);
		if (!d->rl || !d->locks || !d->anom)
			rc = CUSTOS_E_NOMEM;
	}
	if (!rc)
		rc = load_locks(d, err, errsz);
	if (!rc) {
		alerts_conf ac = {
			.store = d->store,
			.queue_max = c->queue_max,
			.webhook_url = c->webhook_url,
			.webhook_key = c->webhook_secret_file ? wkey : NULL,
			.webhook_key_len = c->webhook_secret_file ? sizeof wkey : 0,
			.webhook_ca_file = c->webhook_ca_file,
			.webhook_timeout_ms = c->webhook_timeout_ms,
			.syslog_socket = c->syslog ? (c->syslog_socket ? c->syslog_socket : "")
						   : NULL,
			.backoff_min_ms = c->retry_min_ms,
			.backoff_max_ms = c->retry_max_s * 1000u,
		};
		if (alerts_start(&ac, &d->alerts, err, errsz))
			rc = CUSTOS_E_ARG;
	}
	OPENSSL_cleanse(wkey, sizeof wkey);
	OPENSSL_cleanse(key, sizeof key);
	if (rc) {
		detect_close(d);
		return rc;
	}
	*out = d;
	return 0;
}

void detect_close(detect *d)
{
	if (!d)
		return;
	alerts_stop(d->alerts);
	anom_free(d->anom);
	locks_free(d->locks);
	rl_free(d->rl);
	dstore_close(d->store);
	pthread_mutex_destroy(&d->mu);
	free(d);
}

int detect_locked(detect *d, const char *principal, uint64_t *until_s)
{
	lock_entry e;
	if (!d || !principal || !principal[0] || !locks_check(d->locks, principal, now_s(), &e))
		return 0;
	if (until_s)
		*until_s = e.until_s;
	return 1;
}

int detect_limit(detect *d, const char *subject, const char *action, int limit_set, double rate,
		 double burst, uint64_t *retry_after_s)
{
	if (!d || !subject || !action)
		return 0;
	rl_limit lim = limit_set ? (rl_limit){.rate = rate, .burst = burst}
				 : dconf_limit(&d->c, action);
	if (lim.rate <= 0)
		return 0;
	uint64_t retry_ms = 0;
	if (rl_take(d->rl, subject, action, lim, time_mono_us(), &retry_ms))
		return 0;
	if (retry_after_s)
		*retry_after_s = rl_retry_after_s(retry_ms);
	return 1;
}

/* ---- locks ---- */

/* Lock changes reach the store through the alert writer's queue, in the
 * order they were made (an unlock never overtaken by the lock before it);
 * wait: until the change is stored (an admin's answer waits for it; an
 * automatic lock on a request thread does not). */
static int persist_lock(detect *d, const lock_entry *e, const char *principal, int wait)
{
	int rc = alerts_persist_lock(d->alerts, e, principal);
	if (rc)
		return rc == ALERTS_E_NOMEM ? CUSTOS_E_NOMEM : DETECT_E_STORE;
	return wait && alerts_flush(d->alerts, 5000) ? DETECT_E_STORE : 0;
}

static int place_lock(detect *d, const lock_entry *e, int wait)
{
	int rc = locks_set(d->locks, e, now_s());
	if (rc == LOCKS_E_FULL)
		return DETECT_E_LIMIT;
	if (rc)
		return rc == LOCKS_E_NOMEM ? CUSTOS_E_NOMEM : CUSTOS_E_ARG;
	return persist_lock(d, e, NULL, wait);
}

static int lock(detect *d, const char *principal, uint64_t until_s, const char *reason,
		const char *by, int wait)
{
	lock_entry e;
	memset(&e, 0, sizeof e);
	if (!principal || !principal[0] || strlen(principal) > LOCKS_PRINCIPAL_MAX ||
	    strlen(reason ? reason : "") > LOCKS_REASON_MAX || strlen(by ? by : "") > LOCKS_BY_MAX)
		return CUSTOS_E_ARG;
	snprintf(e.principal, sizeof e.principal, "%s", principal);
	snprintf(e.reason, sizeof e.reason, "%s", reason ? reason : "");
	snprintf(e.by, sizeof e.by, "%s", by ? by : "");
	e.since_s = now_s();
	e.until_s = until_s;
	return place_lock(d, &e, wait);
}

int detect_lock(detect *d, const char *principal, uint64_t until_s, const char *reason,
		const char *by)
{
	return lock(d, principal, until_s, reason, by, 1);
}

int detect_unlock(detect *d, const char *principal)
{
	if (!principal || !principal[0])
		return CUSTOS_E_ARG;
	anom_clear_subject(d->anom, principal);
	if (locks_clear(d->locks, principal))
		return DB_E_NOTFOUND; /* the table holds every stored lock in force */
	return persist_lock(d, NULL, principal, 1);
}

json_t *detect_locks_json(detect *d)
{
	enum { MAX = 1000 };
	lock_entry *v = calloc(MAX, sizeof *v);
	json_t *arr = v ? json_array() : NULL;
	size_t n = arr ? locks_list(d->locks, now_s(), v, MAX) : 0;
	for (size_t i = 0; arr && i < n; i++)
		if (json_array_append_new(arr, locks_entry_json(&v[i]))) {
			json_decref(arr);
			arr = NULL;
		}
	free(v);
	return arr;
}

/* ---- observing ---- */

static const char *str(const json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));
	return s ? s : "";
}

static void raise_alert(detect *d, const char *kind, const char *subject, const char *detail,
			const uint64_t *seqs, size_t nseqs, const json_t *extra)
{
	int rc = alerts_raise(d->alerts, kind, subject, detail, seqs, nseqs, now_s(), extra);
	if (rc)
		log_error("alert dropped", "kind", kind, "subject", subject);
}

/* A denial of subject: a burst alert once DETECT_BURST_N fall within the
 * window (then not again for a window). Locked. */
static int burst(detect *d, const char *subject, uint64_t seq, uint64_t now, uint64_t *seqs)
{
	struct burst *free_slot = NULL, *stalest = NULL, *t = NULL;
	uint64_t stalest_t = UINT64_MAX;
	for (size_t i = 0; i < DETECT_SUBJECTS && !t; i++) {
		struct burst *b = &d->bursts[i];
		if (!b->subject[0]) {
			free_slot = free_slot ? free_slot : b;
		} else if (!strcmp(b->subject, subject)) {
			t = b;
		} else {
			uint64_t last = b->times[(b->pos + DETECT_BURST_N - 1) % DETECT_BURST_N];
			if (last < stalest_t) {
				stalest_t = last;
				stalest = b;
			}
		}
	}
	if (!t) {
		t = free_slot ? free_slot : stalest;
		memset(t, 0, sizeof *t);
		snprintf(t->subject, sizeof t->subject, "%s", subject);
	}
	t->times[t->pos] = now;
	t->seqs[t->pos] = seq;
	t->pos = (t->pos + 1) % DETECT_BURST_N;
	if (t->n < DETECT_BURST_N)
		t->n++;
	uint64_t window = (uint64_t)DETECT_BURST_WINDOW_S * 1000u;
	if (t->n < DETECT_BURST_N || now - t->times[t->pos] > window ||
	    (t->last_alert_ms && now - t->last_alert_ms <= window))
		return 0;
	t->last_alert_ms = now;
	for (unsigned i = 0; i < DETECT_BURST_N; i++)
		seqs[i] = t->seqs[(t->pos + i) % DETECT_BURST_N];
	return 1;
}

static int outcome(const char *decision, const char *reason)
{
	if (!strcmp(decision, "allow"))
		return ANOM_ALLOW;
	if (strcmp(decision, "deny"))
		return ANOM_OTHER;
	if (!strcmp(reason, "subject_locked") || !strcmp(reason, "rate_limited") ||
	    !strcmp(reason, "revoked"))
		return ANOM_REFUSED;
	return ANOM_DENY;
}

static void act_on(detect *d, const anom_alert *al, const char *request_id)
{
	char detail[ANOM_DETAIL_MAX + 80];
	snprintf(detail, sizeof detail, "%s (request %s)", al->detail, request_id);
	json_t *extra = NULL;
	if (al->open_review) {
		json_t *item = json_pack("{s:s,s:s,s:I}", "subject", al->subject, "detail",
					 al->detail, "seq",
					 (json_int_t)(al->nseqs ? al->seqs[0] : 0));
		uint64_t id = 0;
		int rc = item ? dstore_review_open(d->store, item, now_s() + d->c.review_deadline_s,
						   &id)
			      : DSTORE_E_NOMEM;
		if (rc)
			log_error("break-glass review not opened", "subject", al->subject, "error",
				  dstore_strerror(rc));
		else
			extra = json_pack("{s:I}", "review", (json_int_t)id);
		json_decref(item);
	}
	if (al->lock_s) {
		char reason[96];
		snprintf(reason, sizeof reason, "automatic: %s", al->kind);
		int rc = lock(d, al->subject, now_s() + al->lock_s, reason, "custos", 0);
		if (rc)
			log_error("automatic lock failed", "subject", al->subject, "error",
				  custos_strerror(rc));
		else if (extra || (extra = json_object()))
			json_object_set_new(extra, "locked_for_s", json_integer(al->lock_s));
	}
	raise_alert(d, al->kind, al->subject, detail, al->seqs, al->nseqs, extra);
	json_decref(extra);
}

void detect_observe(detect *d, const detect_obs *o)
{
	if (!d || !o || !o->entry)
		return;
	const json_t *e = o->entry;
	const char *subject = str(e, "subject");
	if (!subject[0])
		return;
	const char *decision = str(e, "decision");
	const char *reason = str(e, "reason");
	anom_event ev = {
		.seq = o->seq,
		.now_s = now_s(),
		.outcome = outcome(decision, reason),
		.subject = subject,
		.action = str(e, "action"),
		.resource = str(e, "resource"),
		.user = json_string_value(json_object_get(e, "user")),
		.purpose = json_string_value(json_object_get(e, "purpose")),
		.cert_sha256 = json_string_value(json_object_get(e, "cert_sha256")),
		.token_id = o->token_jti,
		.token_jti = o->token_jti,
		.legal_hold = o->legal_hold,
		.off_hours = o->off_hours,
		.bulk_threshold = o->bulk,
	};
	/* A revocation change names what it revoked: watched from now on. */
	const json_t *rv = json_object_get(e, "revocation");
	if (rv && !strcmp(decision, "allow")) {
		ev.revoked_kind = json_string_value(json_object_get(rv, "kind"));
		ev.revoked_value = json_string_value(json_object_get(rv, "value"));
	}
	anom_alert out[ANOM_MAX_OUT];
	size_t n = 0;
	if (anom_observe(d->anom, &ev, out, ANOM_MAX_OUT, &n))
		n = 0;
	for (size_t i = 0; i < n; i++)
		act_on(d, &out[i], str(e, "request_id"));
	if (ev.outcome != ANOM_DENY)
		return;
	uint64_t seqs[DETECT_BURST_N];
	pthread_mutex_lock(&d->mu);
	int hit = burst(d, subject, o->seq, time_mono_ms(), seqs);
	pthread_mutex_unlock(&d->mu);
	if (hit) {
		char detail[400];
		snprintf(detail, sizeof detail,
			 "%d denials within %d s; latest: %.60s on %.120s (request %.64s)",
			 DETECT_BURST_N, DETECT_BURST_WINDOW_S, ev.action, ev.resource,
			 str(e, "request_id"));
		raise_alert(d, "denial_burst", subject, detail, seqs, DETECT_BURST_N, NULL);
	}
}

void detect_record_failed(detect *d, const char *subject, const char *request_id, int rc)
{
	if (!d)
		return;
	uint64_t now = time_mono_ms();
	pthread_mutex_lock(&d->mu);
	int fresh = !d->unavailable_ms || now - d->unavailable_ms > DETECT_COALESCE_S * 1000u;
	if (fresh)
		d->unavailable_ms = now;
	pthread_mutex_unlock(&d->mu);
	if (!fresh)
		return;
	char detail[300];
	snprintf(detail, sizeof detail,
		 "a decision could not be recorded and was refused with 503 (request %.64s, %s); "
		 "later failures within %d s are not alerted again",
		 request_id ? request_id : "-", custos_strerror(rc), DETECT_COALESCE_S);
	raise_alert(d, "audit_unavailable", subject ? subject : "", detail, NULL, 0, NULL);
}

/* ---- listings ---- */

int detect_alerts(detect *d, uint64_t since_id, const char *kind, size_t limit, json_t **arr,
		  uint64_t *next)
{
	*arr = NULL;
	if (alerts_flush(d->alerts, 2000))
		log_error("alerts not yet stored are missing from a listing");
	return store_rc(dstore_alerts_list(d->store, since_id, kind, limit, arr, next));
}

int detect_reviews(detect *d, const char *state, uint64_t cursor, size_t limit, json_t **arr,
		   uint64_t *next)
{
	*arr = NULL;
	return store_rc(dstore_reviews_list(d->store, state, cursor, limit, arr, next));
}

int detect_review_close(detect *d, uint64_t id, const char *reviewer, const char *outcome,
			const char *note, json_t **item)
{
	char t[32];
	time_rfc3339((time_t)now_s(), t, sizeof t);
	return store_rc(dstore_review_close(d->store, id, reviewer, outcome, note, t, item));
}

json_t *detect_delivery_json(detect *d)
{
	return alerts_delivery_json(d->alerts);
}

/* ---- housekeeping and metrics ---- */

/* The earliest notAfter in the PEM file at path (Unix time), 0 when none. */
static int64_t not_after(const char *path)
{
	FILE *f = path ? fopen(path, "r") : NULL;
	int64_t best = 0;
	X509 *x;
	while (f && (x = PEM_read_X509(f, NULL, NULL, NULL))) {
		struct tm tm;
		if (ASN1_TIME_to_tm(X509_get0_notAfter(x), &tm) == 1) {
			int64_t t = (int64_t)timegm(&tm);
			if (!best || t < best)
				best = t;
		}
		X509_free(x);
	}
	if (f)
		fclose(f);
	return best;
}

void detect_set_certs(detect *d, const char *server_cert, const char *client_ca)
{
	if (!d)
		return;
	int64_t s = not_after(server_cert), c = not_after(client_ca);
	pthread_mutex_lock(&d->mu);
	d->cert_not_after[0] = s;
	d->cert_not_after[1] = c;
	pthread_mutex_unlock(&d->mu);
}

struct expired {
	char principal[8][LOCKS_PRINCIPAL_MAX + 1];
	size_t n;
};

static void note_expired(const lock_entry *e, void *arg)
{
	struct expired *x = arg;
	if (x->n < 8)
		snprintf(x->principal[x->n++], sizeof x->principal[0], "%s", e->principal);
}

void detect_tick(detect *d)
{
	if (!d)
		return;
	struct expired x = {.n = 0};
	locks_expire(d->locks, now_s(), note_expired, &x);
	for (size_t i = 0; i < x.n; i++)
		(void)persist_lock(d, NULL, x.principal[i], 0); /* else gone at the next load */
	json_t *due = NULL;
	if (dstore_reviews_due(d->store, now_s(), 16, &due))
		return;
	size_t i;
	json_t *r;
	json_array_foreach (due, i, r) {
		char detail[300];
		uint64_t seq = (uint64_t)json_integer_value(json_object_get(r, "seq"));
		snprintf(detail, sizeof detail,
			 "break-glass review %lld is past its deadline without a reviewer",
			 (long long)json_integer_value(json_object_get(r, "id")));
		raise_alert(d, "review_overdue", str(r, "subject"), detail, &seq, seq ? 1 : 0,
			    NULL);
	}
	json_decref(due);
}

size_t detect_metrics(detect *d, char *buf, size_t cap)
{
	if (!d)
		return 0;
	alerts_stats as;
	rl_stats rs;
	anom_stats ans;
	alerts_get_stats(d->alerts, &as);
	rl_get_stats(d->rl, &rs);
	anom_get_stats(d->anom, &ans);
	dmetrics_in in = {.alerts = &as, .rl = &rs, .anom = &ans};
	in.locks_active = locks_active(d->locks, now_s());
	(void)dstore_review_counts(d->store, now_s(), &in.reviews_open, &in.reviews_overdue);
	static const char *const names[2] = {"server", "client_ca"};
	pthread_mutex_lock(&d->mu);
	for (int i = 0; i < 2; i++)
		if (d->cert_not_after[i]) {
			in.certs[in.ncerts].name = names[i];
			in.certs[in.ncerts++].seconds = d->cert_not_after[i] - (int64_t)time(NULL);
		}
	pthread_mutex_unlock(&d->mu);
	return dmetrics_render(&in, buf, cap);
}
