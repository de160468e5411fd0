/* tlsfail: coalesced, rate-limited log lines and audit entries for client
 * certificates refused in the handshake (see tlsfail.h). One mutex guards
 * the table; entries are built under it and submitted after it is released
 * (audit_submit may call our callback before it returns). */
#include "tlsfail.h"

#include <jansson.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "log.h"
#include "metrics.h"
#include "record.h"
#include "timefmt.h"
#include "tls-t.h"

struct slot {
	int used;
	char sha[65];
	const char *reason; /* static reason word from tls.c */
	char subject[TLS_DN_MAX], issuer[TLS_DN_MAX], peer[TLS_ADDR_MAX]; /* first refusal */
	uint64_t start_ms;  /* window start (monotonic) */
	time_t first, last; /* wall clock of the repeats */
	uint64_t repeats;   /* refusals folded into this window */
};

static struct {
	pthread_mutex_t lock;
	struct audit *a;
	int on; /* between init and shutdown */
	struct slot slots[TLSFAIL_SLOTS];
	double tokens;
	uint64_t refill_ms;
	uint64_t unrecorded; /* not yet written as an "unrecorded" entry */
	time_t un_first, un_last;
	uint64_t un_written_ms; /* when the last "unrecorded" entry was written */
	atomic_uint_fast64_t n_recorded, n_coalesced, n_unrecorded;
} F = {.lock = PTHREAD_MUTEX_INITIALIZER};

/* Entries built under the lock, submitted after it. */
#define MAX_OUT (TLSFAIL_SLOTS + 4)
struct out {
	json_t *e[MAX_OUT];
	size_t n;
};

static size_t metrics_source(char *buf, size_t cap, void *ctx)
{
	(void)ctx;
	struct tlsfail_stats s;
	tlsfail_get_stats(&s);
	int n = snprintf(
		buf, cap,
		"# HELP custos_tls_refusals_recorded_total Audit entries written for "
		"handshake refusals (each, or a summary).\n"
		"# TYPE custos_tls_refusals_recorded_total counter\n"
		"custos_tls_refusals_recorded_total %llu\n"
		"# HELP custos_tls_refusals_coalesced_total Handshake refusals folded into "
		"a summary entry of their certificate.\n"
		"# TYPE custos_tls_refusals_coalesced_total counter\n"
		"custos_tls_refusals_coalesced_total %llu\n"
		"# HELP custos_tls_refusals_unrecorded_total Handshake refusals over the "
		"record rate, only counted in an unrecorded entry.\n"
		"# TYPE custos_tls_refusals_unrecorded_total counter\n"
		"custos_tls_refusals_unrecorded_total %llu\n",
		(unsigned long long)s.recorded, (unsigned long long)s.coalesced,
		(unsigned long long)s.unrecorded);
	return n < 0 ? 0 : (size_t)n >= cap ? 0 : (size_t)n;
}

void tlsfail_init(struct audit *a)
{
	static int registered;
	pthread_mutex_lock(&F.lock);
	memset(F.slots, 0, sizeof F.slots);
	F.a = a;
	F.on = 1;
	F.tokens = TLSFAIL_BURST;
	F.refill_ms = 0;
	F.unrecorded = 0;
	F.un_written_ms = 0;
	atomic_store(&F.n_recorded, 0);
	atomic_store(&F.n_coalesced, 0);
	atomic_store(&F.n_unrecorded, 0);
	pthread_mutex_unlock(&F.lock);
	if (!registered) {
		registered = 1;
		metrics_add_source(metrics_source, NULL);
	}
}

void tlsfail_get_stats(struct tlsfail_stats *s)
{
	s->recorded = atomic_load(&F.n_recorded);
	s->coalesced = atomic_load(&F.n_coalesced);
	s->unrecorded = atomic_load(&F.n_unrecorded);
}

static void refill(uint64_t now_ms)
{
	if (F.refill_ms == 0 || now_ms < F.refill_ms) {
		F.refill_ms = now_ms;
		return;
	}
	F.tokens += (double)(now_ms - F.refill_ms) * TLSFAIL_RATE_PER_S / 1000.0;
	if (F.tokens > TLSFAIL_BURST)
		F.tokens = TLSFAIL_BURST;
	F.refill_ms = now_ms;
}

static int take(int force)
{
	if (force)
		return 1;
	if (F.tokens < 1.0)
		return 0;
	F.tokens -= 1.0;
	return 1;
}

static void put_time(json_t *e, const char *key, time_t t)
{
	char buf[32];
	time_rfc3339(t, buf, sizeof buf);
	json_object_set_new(e, key, json_string(buf));
}

/* A decision entry (record.h) of a refusal without a request. */
static json_t *entry(const char *sha, const char *tls_reason, uint64_t count)
{
	struct record_src src = {.cert_sha256 = sha};
	json_t *e = record_entry(&src, "error", "tls:handshake", NULL, NULL, "client_cert_invalid");
	if (e) {
		json_object_set_new(e, "tls_reason", json_string(tls_reason));
		json_object_set_new(e, "count", json_integer((json_int_t)count));
	}
	return e;
}

static void add(struct out *o, json_t *e)
{
	if (!e)
		return;
	if (o->n == MAX_OUT) {
		json_decref(e);
		return;
	}
	o->e[o->n++] = e;
}

static void describe(json_t *e, const struct slot *s)
{
	json_object_set_new(e, "cert_subject", json_string(s->subject));
	json_object_set_new(e, "cert_issuer", json_string(s->issuer));
	json_object_set_new(e, "peer", s->peer[0] ? json_string(s->peer) : json_null());
}

/* The summary of slot s's window, if it folded anything (force: ignore the
 * bucket); what the bucket cannot pay for becomes unrecorded. */
static void summarize(struct slot *s, struct out *o, int force)
{
	if (s->repeats == 0)
		return;
	char n[24];
	snprintf(n, sizeof n, "%llu", (unsigned long long)s->repeats);
	if (!take(force)) {
		if (F.unrecorded == 0)
			F.un_first = s->first;
		F.unrecorded += s->repeats;
		F.un_last = s->last;
		atomic_fetch_add(&F.n_unrecorded, s->repeats);
		s->repeats = 0;
		return;
	}
	log_warn("tls handshake refusals repeated", "reason", s->reason, "cert_sha256", s->sha,
		 "subject", s->subject, "count", n);
	json_t *e = entry(s->sha, s->reason, s->repeats);
	if (e) {
		describe(e, s);
		json_object_set_new(e, "summary", json_true());
		put_time(e, "first_time", s->first);
		put_time(e, "last_time", s->last);
	}
	add(o, e);
	s->repeats = 0;
}

static void unrecorded_entry(uint64_t now_ms, struct out *o, int force)
{
	if (F.unrecorded == 0)
		return;
	if (!force && F.un_written_ms && now_ms - F.un_written_ms < TLSFAIL_WINDOW_MS)
		return;
	if (!take(force))
		return;
	char n[24];
	snprintf(n, sizeof n, "%llu", (unsigned long long)F.unrecorded);
	log_warn("tls handshake refusals over the record rate", "count", n);
	json_t *e = entry(NULL, "unrecorded", F.unrecorded);
	if (e) {
		json_object_set_new(e, "summary", json_true());
		put_time(e, "first_time", F.un_first);
		put_time(e, "last_time", F.un_last);
	}
	add(o, e);
	F.unrecorded = 0;
	F.un_written_ms = now_ms ? now_ms : 1;
}

static void submit(struct audit *a, struct out *o)
{
	for (size_t i = 0; i < o->n; i++) {
		if (a) {
			atomic_fetch_add(&F.n_recorded, 1);
			record_async(a, o->e[i], "handshake refusal not recorded");
		} else {
			json_decref(o->e[i]);
		}
	}
	o->n = 0;
}

void tlsfail_report_at(const struct tls_refusal *r, uint64_t now_ms)
{
	struct out o = {.n = 0};
	time_t wall = time(NULL);
	pthread_mutex_lock(&F.lock);
	refill(now_ms);
	struct slot *s = NULL, *spare = NULL;
	for (size_t i = 0; i < TLSFAIL_SLOTS && !s; i++) {
		struct slot *c = &F.slots[i];
		if (c->used && !strcmp(c->sha, r->cert_sha256) && !strcmp(c->reason, r->reason))
			s = c;
		else if (!spare || (spare->used && (!c->used || c->start_ms < spare->start_ms)))
			spare = c; /* a free slot, else the oldest window */
	}
	if (s && now_ms - s->start_ms < TLSFAIL_WINDOW_MS) {
		if (s->repeats == 0)
			s->first = wall;
		s->repeats++;
		s->last = wall;
		atomic_fetch_add(&F.n_coalesced, 1);
		pthread_mutex_unlock(&F.lock);
		return;
	}
	if (!s)
		s = spare; /* an evicted window gets its summary now */
	if (s->used)
		summarize(s, &o, 0);
	memset(s, 0, sizeof *s);
	s->used = 1;
	snprintf(s->sha, sizeof s->sha, "%s", r->cert_sha256);
	s->reason = r->reason;
	snprintf(s->subject, sizeof s->subject, "%s", r->subject);
	snprintf(s->issuer, sizeof s->issuer, "%s", r->issuer);
	snprintf(s->peer, sizeof s->peer, "%s", r->peer);
	s->start_ms = now_ms;
	if (take(0)) {
		log_warn("tls handshake refused", "reason", r->reason, "cert_sha256",
			 r->cert_sha256, "subject", r->subject, "issuer", r->issuer, "peer",
			 r->peer[0] ? r->peer : NULL);
		json_t *e = entry(r->cert_sha256, r->reason, 1);
		if (e)
			describe(e, s);
		add(&o, e);
	} else {
		if (F.unrecorded == 0)
			F.un_first = wall;
		F.unrecorded++;
		F.un_last = wall;
		atomic_fetch_add(&F.n_unrecorded, 1);
	}
	struct audit *a = F.on ? F.a : NULL;
	pthread_mutex_unlock(&F.lock);
	submit(a, &o);
}

void tlsfail_report(const struct tls_refusal *r)
{
	tlsfail_report_at(r, time_mono_ms());
}

void tlsfail_tick(uint64_t now_ms)
{
	struct out o = {.n = 0};
	pthread_mutex_lock(&F.lock);
	refill(now_ms);
	for (size_t i = 0; i < TLSFAIL_SLOTS; i++) {
		struct slot *s = &F.slots[i];
		if (!s->used || now_ms - s->start_ms < TLSFAIL_WINDOW_MS)
			continue;
		summarize(s, &o, 0);
		s->used = 0;
	}
	unrecorded_entry(now_ms, &o, 0);
	struct audit *a = F.on ? F.a : NULL;
	pthread_mutex_unlock(&F.lock);
	submit(a, &o);
}

void tlsfail_shutdown(void)
{
	struct out o = {.n = 0};
	pthread_mutex_lock(&F.lock);
	for (size_t i = 0; i < TLSFAIL_SLOTS; i++) {
		summarize(&F.slots[i], &o, 1);
		F.slots[i].used = 0;
	}
	unrecorded_entry(time_mono_ms(), &o, 1);
	struct audit *a = F.on ? F.a : NULL;
	F.on = 0;
	F.a = NULL;
	pthread_mutex_unlock(&F.lock);
	submit(a, &o);
}
