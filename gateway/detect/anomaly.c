/* anomaly: the detectors of anomaly.h over four fixed-size tables:
 *
 *   subjects  denial streak (count, last denial, last seqs) and the
 *             coalescing clocks. Evicted first: no streak, least recently
 *             seen. Losing a zero streak loses nothing; losing a coalescing
 *             clock can only repeat an alert early.
 *   bulk      one window of distinct end users per reading subject (distinct.h)
 *             and its baseline. Evicted first: trackers whose window is over,
 *             then the fewest users. A subject that is reading many users is
 *             the last to be forgotten.
 *   tokens    the first client certificate seen with each token. Evicted
 *             first: the least recently used; a token forgotten and then
 *             seen with another certificate goes unnoticed (the table holds
 *             `tokens` ids, sized above the tokens live at once).
 *   watches   revocations recorded in the last revocation_watch_s. Evicted
 *             first: the soonest to expire.
 */
#include "anomaly.h"

#include <math.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "distinct.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#define MASK40 (((uint64_t)1 << 40) - 1)

enum { C_OFF_HOURS, C_REVOKED, C_HOLD, C_NCOALESCE };

struct subj {
	uint64_t last_s;
	uint64_t last_deny_s;
	uint32_t streak;
	uint32_t nseqs;                  /* seqs written to the ring */
	uint64_t seqs[ANOM_STREAK_SEQS]; /* ring of the streak's last seqs */
	uint64_t coalesced[C_NCOALESCE]; /* last alert of each coalesced kind */
};

struct bulk {
	uint64_t win_start_s;
	uint64_t last_s;
	uint64_t seq_base; /* seq_off[] are relative to it */
	float baseline;    /* average distinct users per window */
	uint16_t windows;  /* past windows in the baseline */
	uint8_t alerted;   /* this window raised its alert */
	uint8_t pad;
	dc set;
	uint32_t seq_off[DC_EXACT]; /* seq that brought distinct user i (+1; 0 unknown) */
};

struct tok {
	uint64_t cert_h;
	uint64_t first_seq;
	uint64_t last_s;
	char cert[17]; /* first certificate, hex prefix */
	uint8_t alerted;
};

struct watch {
	uint64_t until_s;
	uint64_t seq;
};

#define STREAK_BITS ((size_t)1 << 22) /* 512 KiB: stays in L2 */

struct anom {
	anom_conf c;
	dtab *subjects, *bulk, *tokens, *watches;
	/* One bit per subject hash, set when a denial was counted: an allow
	 * whose bit is clear has no streak to reset and skips the subjects
	 * table (a cache miss per decision). Bits are never cleared (a set bit
	 * only costs that lookup). */
	_Atomic uint64_t *streak_bits;
	atomic_uint_fast64_t watch_until; /* latest expiry of any watch: none after */
	atomic_uint_fast64_t events, suppressed;
};

void anom_conf_defaults(anom_conf *c)
{
	memset(c, 0, sizeof *c);
	c->denial_streak = 5;
	c->streak_window_s = 600;
	c->lock_s = 900;
	c->bulk_distinct_users = 20;
	c->bulk_window_s = 3600;
	c->bulk_baseline_factor = 5;
	c->bulk_baseline_min = 10;
	c->bulk_lock = 1;
	c->revocation_watch_s = 3600;
	c->coalesce_s = 3600;
}

static uint64_t subj_score(const void *v, uint64_t now, void *ctx)
{
	(void)now;
	(void)ctx;
	const struct subj *s = v;
	uint64_t streak = s->streak > 0xffff ? 0xffff : s->streak;
	return streak << 40 | (s->last_s & MASK40);
}

static uint64_t bulk_score(const void *v, uint64_t now, void *ctx)
{
	const anom *a = ctx;
	const struct bulk *b = v;
	uint64_t live = now - b->win_start_s < a->c.bulk_window_s;
	uint64_t n = b->set.sketch ? 0xfffff : b->set.n; /* dc_count is too dear here */
	return live << 62 | n << 40 | (b->last_s & MASK40);
}

static uint64_t tok_score(const void *v, uint64_t now, void *ctx)
{
	(void)now;
	(void)ctx;
	return ((const struct tok *)v)->last_s;
}

static uint64_t watch_score(const void *v, uint64_t now, void *ctx)
{
	(void)ctx;
	const struct watch *w = v;
	return w->until_s <= now ? 0 : w->until_s;
}

anom *anom_create(const anom_conf *c)
{
	if (!c || c->lock_s == 0 || c->bulk_window_s == 0 || c->denial_streak > ANOM_STREAK_MAX ||
	    !(c->bulk_baseline_factor >= 0))
		return NULL;
	anom *a = calloc(1, sizeof *a);
	if (!a)
		return NULL;
	a->c = *c;
	a->c.key16 = NULL;
	/* One hash key for all four tables: a subject's hash is computed once
	 * per event and used in both the subjects and the bulk table. */
	uint8_t key[16];
	if (c->key16)
		memcpy(key, c->key16, sizeof key);
	else if (RAND_bytes(key, sizeof key) != 1) {
		free(a);
		return NULL;
	}
	a->subjects = dtab_create(c->subjects ? c->subjects : 65536, sizeof(struct subj),
				  subj_score, a, key);
	a->bulk = dtab_create(c->bulk_subjects ? c->bulk_subjects : 16384, sizeof(struct bulk),
			      bulk_score, a, key);
	a->tokens =
		dtab_create(c->tokens ? c->tokens : 65536, sizeof(struct tok), tok_score, a, key);
	a->watches = dtab_create(c->watches ? c->watches : 4096, sizeof(struct watch), watch_score,
				 a, key);
	OPENSSL_cleanse(key, sizeof key);
	a->streak_bits = calloc(STREAK_BITS / 64, sizeof *a->streak_bits);
	if (!a->subjects || !a->bulk || !a->tokens || !a->watches || !a->streak_bits) {
		anom_free(a);
		return NULL;
	}
	return a;
}

void anom_free(anom *a)
{
	if (!a)
		return;
	dtab_free(a->subjects);
	dtab_free(a->bulk);
	dtab_free(a->tokens);
	dtab_free(a->watches);
	free((void *)a->streak_bits);
	free(a);
}

/* A 64-bit id for a value that is already a digest: a certificate's
 * SHA-256 in hex, an end user's pseudonym ("u-" or "uN-" + 32 hex digits
 * of an HMAC). No client chooses those bits, so 32 hex digits are folded and
 * mixed (the splitmix64 finalizer: a bijection, uniform output for distinct
 * input) instead of hashed with SipHash, which costs twice as much on this
 * path; anything else is hashed with the table's key. */
static uint64_t digest_id(const dtab *t, const char *s, const char *salt)
{
	const char *p = s;
	if (p[0] >= 'a' && p[0] <= 'z') {
		size_t j = 1; /* a pseudonym key version: up to two digits */
		while (j < 3 && p[j] >= '0' && p[j] <= '9')
			j++;
		if (p[j] == '-')
			p += j + 1;
	}
	uint64_t half[2] = {0, 0};
	size_t i = 0;
	for (; i < 32; i++) {
		char c = p[i];
		unsigned v = c >= '0' && c <= '9'   ? (unsigned)(c - '0')
			     : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
						    : 16;
		if (v == 16)
			break;
		half[i / 16] = half[i / 16] << 4 | v;
	}
	if (i < 32)
		return dtab_key(t, s, strlen(s), salt, strlen(salt));
	uint64_t x = half[0] ^ (half[1] << 29 | half[1] >> 35);
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ULL;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebULL;
	x ^= x >> 31;
	return x;
}

/* ---- output ---- */

struct out {
	anom_alert *v;
	size_t max, n;
};

static anom_alert *emit(struct out *o, const char *kind, const char *subject)
{
	if (o->n >= o->max)
		return NULL;
	anom_alert *al = &o->v[o->n++];
	memset(al, 0, sizeof *al);
	al->kind = kind;
	snprintf(al->subject, sizeof al->subject, "%s", subject);
	return al;
}

static void add_seq(anom_alert *al, uint64_t seq)
{
	if (seq && al->nseqs < ANOM_MAX_SEQS)
		al->seqs[al->nseqs++] = seq;
}

static int u64_cmp(const void *x, const void *y)
{
	uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
	return a < b ? -1 : a > b;
}

static void sort_seqs(anom_alert *al)
{
	qsort(al->seqs, al->nseqs, sizeof al->seqs[0], u64_cmp);
	size_t k = 0; /* and once each */
	for (size_t i = 0; i < al->nseqs; i++)
		if (k == 0 || al->seqs[k - 1] != al->seqs[i])
			al->seqs[k++] = al->seqs[i];
	al->nseqs = k;
}

static const char *str(const char *s)
{
	return s ? s : "";
}

/* ---- subjects: streaks and coalescing ---- */

/* 1 when an alert of coalesced kind k may be raised for subject now. */
static int coalesce(anom *a, const anom_event *ev, uint64_t skey, int k)
{
	dtab_ref ref;
	dtab_get(a->subjects, skey, 1, ev->now_s, &ref);
	struct subj *s = ref.value;
	s->last_s = ev->now_s;
	int ok = s->coalesced[k] == 0 || ev->now_s - s->coalesced[k] >= a->c.coalesce_s ||
		 ev->now_s < s->coalesced[k];
	if (ok)
		s->coalesced[k] = ev->now_s;
	dtab_put(a->subjects, &ref, 0);
	if (!ok)
		atomic_fetch_add_explicit(&a->suppressed, 1, memory_order_relaxed);
	return ok;
}

static void streak(anom *a, const anom_event *ev, uint64_t skey, struct out *o)
{
	dtab_ref ref;
	int deny = ev->outcome == ANOM_DENY;
	size_t bit = (size_t)skey & (STREAK_BITS - 1);
	_Atomic uint64_t *word = &a->streak_bits[bit / 64];
	uint64_t mask = (uint64_t)1 << (bit % 64);
	if (deny)
		atomic_fetch_or_explicit(word, mask, memory_order_relaxed);
	else if (!(atomic_load_explicit(word, memory_order_relaxed) & mask))
		return; /* never denied: nothing to reset */
	if (!dtab_get(a->subjects, skey, deny, ev->now_s, &ref))
		return; /* an allow for a subject with no state: nothing to reset */
	struct subj *s = ref.value;
	s->last_s = ev->now_s;
	if (!deny) {
		s->streak = 0;
		s->nseqs = 0;
		dtab_put(a->subjects, &ref, 0);
		return;
	}
	if (s->streak && a->c.streak_window_s &&
	    ev->now_s - s->last_deny_s > a->c.streak_window_s) {
		s->streak = 0;
		s->nseqs = 0;
	}
	s->last_deny_s = ev->now_s;
	s->streak++;
	s->seqs[s->nseqs++ % ANOM_STREAK_SEQS] = ev->seq;
	if (s->streak < a->c.denial_streak) {
		dtab_put(a->subjects, &ref, 0);
		return;
	}
	anom_alert *al = emit(o, ANOM_K_STREAK, ev->subject);
	if (al) {
		uint32_t kept = s->nseqs < ANOM_STREAK_SEQS ? s->nseqs : ANOM_STREAK_SEQS;
		for (uint32_t i = 0; i < kept; i++)
			add_seq(al, s->seqs[(s->nseqs - kept + i) % ANOM_STREAK_SEQS]);
		sort_seqs(al);
		al->lock_s = a->c.lock_s;
		snprintf(al->detail, sizeof al->detail,
			 "%u denials in a row (latest: %.60s on %.120s); locked for %u s",
			 s->streak, str(ev->action), str(ev->resource), a->c.lock_s);
	}
	s->streak = 0;
	s->nseqs = 0;
	dtab_put(a->subjects, &ref, 0);
}

void anom_clear_subject(anom *a, const char *subject)
{
	dtab_ref ref;
	uint64_t skey = dtab_key(a->subjects, subject, strlen(subject), NULL, 0);
	if (!dtab_get(a->subjects, skey, 0, 0, &ref))
		return;
	struct subj *s = ref.value;
	s->streak = 0;
	s->nseqs = 0;
	dtab_put(a->subjects, &ref, 0);
}

/* ---- bulk access ---- */

static void bulk(anom *a, const anom_event *ev, uint64_t key, struct out *o)
{
	uint32_t threshold = ev->bulk_threshold ? ev->bulk_threshold : a->c.bulk_distinct_users;
	if (!threshold && !(a->c.bulk_baseline_factor > 0))
		return;
	uint32_t uh = (uint32_t)(digest_id(a->bulk, ev->user, "u") >> 32);
	const uint64_t win = a->c.bulk_window_s;
	dtab_ref ref;
	dtab_get(a->bulk, key, 1, ev->now_s, &ref);
	struct bulk *b = ref.value;
	if (ref.created) {
		b->win_start_s = ev->now_s;
	} else if (ev->now_s >= b->win_start_s + win) {
		/* Roll: the finished window joins the baseline, and so do the
		 * empty windows since, as zeros. */
		uint64_t k = (ev->now_s - b->win_start_s) / win; /* windows ended */
		double count = dc_count(&b->set);
		double base = b->windows ? 0.8 * b->baseline + 0.2 * count : count;
		base *= pow(0.8, (double)(k > 64 ? 64 : k - 1));
		b->baseline = (float)base;
		b->windows = (uint16_t)(b->windows + k > 1000 ? 1000 : b->windows + k);
		b->win_start_s += k * win;
		b->alerted = 0;
		dc_reset(&b->set);
		memset(b->seq_off, 0, sizeof b->seq_off);
	}
	b->last_s = ev->now_s;
	if (!b->set.n && !b->set.sketch)
		b->seq_base = ev->seq;
	int fresh = dc_add(&b->set, uh);
	if (fresh && !b->set.sketch && b->set.n <= DC_EXACT && ev->seq >= b->seq_base &&
	    ev->seq - b->seq_base < UINT32_MAX)
		b->seq_off[b->set.n - 1] = (uint32_t)(ev->seq - b->seq_base + 1);
	if (!fresh || b->alerted) { /* only a new user can cross a line */
		dtab_put(a->bulk, &ref, 0);
		return;
	}
	uint32_t count = dc_count(&b->set);
	int over = threshold && count > threshold;
	int above = a->c.bulk_baseline_factor > 0 && b->windows >= ANOM_BASELINE_WINDOWS &&
		    count >= a->c.bulk_baseline_min &&
		    count > a->c.bulk_baseline_factor * b->baseline;
	if (over || above) {
		b->alerted = 1;
		anom_alert *al = emit(o, ANOM_K_BULK, ev->subject);
		if (al) {
			for (unsigned i = 0; i < DC_EXACT; i++)
				if (b->seq_off[i])
					add_seq(al, b->seq_base + b->seq_off[i] - 1);
			add_seq(al, ev->seq);
			sort_seqs(al);
			al->lock_s = a->c.bulk_lock ? a->c.lock_s : 0;
			int w = snprintf(
				al->detail, sizeof al->detail,
				"%s%u distinct end users' conversations read within %llu s",
				dc_is_estimate(&b->set) ? "about " : "", count,
				(unsigned long long)win);
			if (w > 0 && (size_t)w < sizeof al->detail) {
				if (over)
					snprintf(al->detail + w, sizeof al->detail - (size_t)w,
						 " (threshold %u)%s", threshold,
						 al->lock_s ? "; locked" : "");
				else
					snprintf(al->detail + w, sizeof al->detail - (size_t)w,
						 " (%.1f x its baseline of %.1f)%s",
						 b->baseline > 0 ? count / b->baseline : 0.0,
						 b->baseline, al->lock_s ? "; locked" : "");
			}
		}
	}
	dtab_put(a->bulk, &ref, 0);
}

/* ---- tokens ---- */

static void token_certs(anom *a, const anom_event *ev, uint64_t key, struct out *o)
{
	uint64_t ch = digest_id(a->tokens, ev->cert_sha256, "c");
	dtab_ref ref;
	dtab_get(a->tokens, key, 1, ev->now_s, &ref);
	struct tok *t = ref.value;
	t->last_s = ev->now_s;
	if (ref.created) {
		t->cert_h = ch;
		t->first_seq = ev->seq;
		snprintf(t->cert, sizeof t->cert, "%s", ev->cert_sha256);
	} else if (t->cert_h != ch && !t->alerted) {
		t->alerted = 1;
		anom_alert *al = emit(o, ANOM_K_TOKEN_CERTS, ev->subject);
		if (al) {
			add_seq(al, t->first_seq);
			add_seq(al, ev->seq);
			sort_seqs(al);
			snprintf(
				al->detail, sizeof al->detail,
				"one token presented with two client certificates (sha256 %s... then "
				"%.16s...)",
				t->cert, ev->cert_sha256);
		}
	}
	dtab_put(a->tokens, &ref, 0);
}

/* ---- revocation watches ---- */

static uint64_t watch_key(anom *a, const char *kind, const char *value)
{
	return dtab_key(a->watches, kind, strlen(kind), value, strlen(value));
}

static void watch_add(anom *a, const anom_event *ev)
{
	if (!a->c.revocation_watch_s || !ev->revoked_value[0])
		return;
	dtab_ref ref;
	dtab_get(a->watches, watch_key(a, ev->revoked_kind, ev->revoked_value), 1, ev->now_s, &ref);
	struct watch *w = ref.value;
	w->until_s = ev->now_s + a->c.revocation_watch_s;
	w->seq = ev->seq;
	dtab_put(a->watches, &ref, 0);
	uint64_t cur = atomic_load(&a->watch_until);
	while (cur < ev->now_s + a->c.revocation_watch_s &&
	       !atomic_compare_exchange_weak(&a->watch_until, &cur,
					     ev->now_s + a->c.revocation_watch_s))
		;
}

/* The seq of the live revocation watch on kind/value, or 0. */
static uint64_t watched(anom *a, const char *kind, const char *value, uint64_t now)
{
	if (!value || !value[0])
		return 0;
	dtab_ref ref;
	if (!dtab_get(a->watches, watch_key(a, kind, value), 0, now, &ref))
		return 0;
	const struct watch *w = ref.value;
	uint64_t seq = w->until_s > now ? (w->seq ? w->seq : 1) : 0;
	dtab_put(a->watches, &ref, 0);
	return seq;
}

static void watch_check(anom *a, const anom_event *ev, uint64_t skey, struct out *o)
{
	if (atomic_load_explicit(&a->watch_until, memory_order_relaxed) <= ev->now_s)
		return; /* no watch is live: three lookups saved */
	static const char *const kinds[] = {"subject", "jti", "cert"};
	const char *vals[] = {ev->subject, ev->token_jti, ev->cert_sha256};
	for (size_t i = 0; i < 3; i++) {
		uint64_t rseq = watched(a, kinds[i], vals[i], ev->now_s);
		if (!rseq)
			continue;
		if (!coalesce(a, ev, skey, C_REVOKED))
			return;
		anom_alert *al = emit(o, ANOM_K_REVOKED, ev->subject);
		if (al) {
			add_seq(al, rseq);
			add_seq(al, ev->seq);
			sort_seqs(al);
			snprintf(al->detail, sizeof al->detail,
				 "%s after its %s was revoked: %.60s on %.120s (%s)",
				 ev->outcome == ANOM_ALLOW ? "allowed" : "refused", kinds[i],
				 str(ev->action), str(ev->resource),
				 ev->outcome == ANOM_ALLOW
					 ? "the revocation had not taken effect"
					 : "the revoked credential is still in use");
		}
		return;
	}
}

/* ---- observe ---- */

int anom_observe(anom *a, const anom_event *ev, anom_alert *outv, size_t max, size_t *n)
{
	struct out o = {.v = outv, .max = max};
	*n = 0;
	if (!ev || !ev->subject || !ev->subject[0])
		return -1;
	atomic_fetch_add_explicit(&a->events, 1, memory_order_relaxed);
	uint64_t skey = dtab_key(a->subjects, ev->subject, strlen(ev->subject), NULL, 0);
	const char *action = str(ev->action);
	/* Start the tables' cache misses together (see dtab_prefetch). */
	int read = ev->outcome == ANOM_ALLOW && !strcmp(action, "conversation:read") && ev->user &&
		   ev->user[0];
	if (read)
		dtab_prefetch(a->bulk, skey);
	if (ev->outcome == ANOM_DENY)
		dtab_prefetch(a->subjects, skey);
	uint64_t tkey = 0;
	if (ev->token_id && ev->token_id[0] && ev->cert_sha256 && ev->cert_sha256[0]) {
		tkey = dtab_key(a->tokens, ev->token_id, strlen(ev->token_id), NULL, 0);
		dtab_prefetch(a->tokens, tkey);
	}

	if (ev->revoked_kind && ev->revoked_value && ev->outcome == ANOM_ALLOW)
		watch_add(a, ev);
	else
		watch_check(a, ev, skey, &o);
	if (tkey)
		token_certs(a, ev, tkey, &o);
	if (a->c.denial_streak && (ev->outcome == ANOM_ALLOW || ev->outcome == ANOM_DENY))
		streak(a, ev, skey, &o);
	if (ev->outcome == ANOM_ALLOW) {
		if (ev->purpose && !strncmp(ev->purpose, "break-glass:", 12)) {
			anom_alert *al = emit(&o, ANOM_K_BREAK_GLASS, ev->subject);
			if (al) {
				add_seq(al, ev->seq);
				al->open_review = 1;
				snprintf(al->detail, sizeof al->detail,
					 "break-glass: %.60s on %.120s, reason: %.160s", action,
					 str(ev->resource), ev->purpose + 12);
			}
		}
		if (!strcmp(action, "conversation:read") && ev->legal_hold &&
		    coalesce(a, ev, skey, C_HOLD)) {
			anom_alert *al = emit(&o, ANOM_K_HOLD, ev->subject);
			if (al) {
				add_seq(al, ev->seq);
				snprintf(al->detail, sizeof al->detail,
					 "read %.120s, which is under legal hold (purpose %.100s)",
					 str(ev->resource), ev->purpose ? ev->purpose : "none");
			}
		}
		if (ev->off_hours && coalesce(a, ev, skey, C_OFF_HOURS)) {
			anom_alert *al = emit(&o, ANOM_K_OFF_HOURS, ev->subject);
			if (al) {
				add_seq(al, ev->seq);
				snprintf(al->detail, sizeof al->detail,
					 "%.60s on %.120s outside the working hours of every role",
					 action, str(ev->resource));
			}
		}
		if (read)
			bulk(a, ev, skey, &o);
	}
	*n = o.n;
	return 0;
}

void anom_get_stats(anom *a, anom_stats *s)
{
	memset(s, 0, sizeof *s);
	dtab_get_stats(a->subjects, &s->subjects);
	dtab_get_stats(a->bulk, &s->bulk);
	dtab_get_stats(a->tokens, &s->tokens);
	dtab_get_stats(a->watches, &s->watches);
	s->events = atomic_load(&a->events);
	s->suppressed = atomic_load(&a->suppressed);
}
