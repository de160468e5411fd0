/* jwks_fetch: one thread per remote (or watched) issuer; libcurl for the
 * fetches (see jwks_fetch.h for the rules).
 *
 * Each remote issuer owns a curl multi handle with one easy handle, so that a
 * stop can wake a transfer at once (curl_multi_wakeup) and connections to the
 * provider are reused between refreshes. Redirects are never followed by
 * libcurl: a 3xx is checked here (same origin only) and requested anew. */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "errbuf.h"
#include "file.h"
#include "jwks_int.h"
#include "jwks_store.h"
#include "log.h"
#include "timefmt.h"

const char *const JWKSF_REASONS[NREASONS] = {
	"network",   "timeout",  "tls",       "http_status",
	"too_large", "redirect", "discovery", "invalid_jwks",
};

/* --------------------------------------------------------------- fetching */

size_t jwksf_on_write(char *p, size_t sz, size_t n, void *ud)
{
	struct xfer *x = ud;
	size_t k = sz * n;
	if (k > x->max - x->len) {
		x->too_large = 1;
		return 0; /* CURLE_WRITE_ERROR */
	}
	if (x->len + k + 1 > x->cap) {
		size_t nc = x->cap ? x->cap : 16384;
		while (nc < x->len + k + 1)
			nc *= 2;
		if (nc > x->max + 1)
			nc = x->max + 1;
		char *nb = realloc(x->buf, nc);
		if (!nb)
			return 0;
		x->buf = nb;
		x->cap = nc;
	}
	memcpy(x->buf + x->len, p, k);
	x->len += k;
	x->buf[x->len] = '\0';
	return k;
}

void jwksf_easy_setup(CURL *e, const char *url, const char *protos, int timeout_ms,
		      const char *ca_file, struct xfer *x, char *ebuf)
{
	curl_easy_reset(e);
	curl_easy_setopt(e, CURLOPT_URL, url);
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, protos);
	curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, protos);
	curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, (long)timeout_ms);
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS,
			 (long)(timeout_ms < 5000 ? timeout_ms : 5000));
	curl_easy_setopt(e, CURLOPT_SSLVERSION, (long)CURL_SSLVERSION_TLSv1_2);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
	if (ca_file)
		curl_easy_setopt(e, CURLOPT_CAINFO, ca_file);
	curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)x->max);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, jwksf_on_write);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, x);
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, ebuf);
	curl_easy_setopt(e, CURLOPT_USERAGENT, "custos/" CUSTOS_VERSION);
}

/* Runs the easy handle on the thread's multi handle until done or stopped. */
static CURLcode perform(struct fis *s)
{
	CURLcode res = CURLE_OK;
	int running = 1, done = 0;
	if (curl_multi_add_handle(s->multi, s->easy) != CURLM_OK)
		return CURLE_FAILED_INIT;
	while (!done) {
		if (atomic_load(&s->f->stop)) {
			res = CURLE_ABORTED_BY_CALLBACK;
			break;
		}
		if (curl_multi_perform(s->multi, &running) != CURLM_OK) {
			res = CURLE_FAILED_INIT;
			break;
		}
		for (;;) {
			int q = 0;
			CURLMsg *m = curl_multi_info_read(s->multi, &q);
			if (!m)
				break;
			if (m->msg == CURLMSG_DONE) {
				res = m->data.result;
				done = 1;
			}
		}
		if (done)
			break;
		if (!running) { /* finished without a message: cannot happen */
			res = CURLE_FAILED_INIT;
			break;
		}
		curl_multi_poll(s->multi, NULL, 0, 1000, NULL);
	}
	curl_multi_remove_handle(s->multi, s->easy);
	return res;
}

static int classify(CURLcode cc, const struct xfer *x)
{
	switch (cc) {
	case CURLE_OPERATION_TIMEDOUT:
		return R_TIMEOUT;
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CONNECT_ERROR:
	case CURLE_SSL_CACERT_BADFILE:
	case CURLE_SSL_CERTPROBLEM:
	case CURLE_SSL_CIPHER:
	case CURLE_SSL_ISSUER_ERROR:
	case CURLE_SSL_INVALIDCERTSTATUS:
	case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
		return R_TLS;
	case CURLE_FILESIZE_EXCEEDED:
		return R_TOO_LARGE;
	case CURLE_WRITE_ERROR:
		return x->too_large ? R_TOO_LARGE : R_NETWORK;
	case CURLE_ABORTED_BY_CALLBACK:
		return R_STOPPED;
	default:
		return R_NETWORK;
	}
}

/* The freshness the response grants (Cache-Control max-age minus Age), or -1. */
static long response_max_age(CURL *e)
{
	long best = -1;
	struct curl_header *h = NULL;
	for (size_t i = 0;
	     curl_easy_header(e, "Cache-Control", i, CURLH_HEADER, -1, &h) == CURLHE_OK; i++) {
		long ma = -1;
		if (jwksf_cache_control(h->value, &ma) && (best < 0 || ma < best))
			best = ma;
		if (i + 1 >= h->amount)
			break;
	}
	if (best > 0 && curl_easy_header(e, "Age", 0, CURLH_HEADER, -1, &h) == CURLHE_OK) {
		char *end = NULL;
		errno = 0;
		long age = strtol(h->value, &end, 10);
		if (!errno && end != h->value && *end == '\0' && age > 0)
			best = age >= best ? 0 : best - age;
	}
	return best;
}

/* GETs url (following same-origin redirects) into x (at most max bytes).
 * 0, or -1 with *reason (R_*) and a message in err. */
static int http_get(struct fis *s, const char *url0, size_t max, struct xfer *x, long *max_age,
		    int *reason, char *err, size_t errsz)
{
	jwksf *f = s->f;
	char url[JWKSF_MAX_URL + 1], ebuf[CURL_ERROR_SIZE];
	snprintf(url, sizeof url, "%s", url0);
	const char *protos = f->allow_http ? "http,https" : "https";
	for (int hop = 0;; hop++) {
		x->len = 0;
		x->too_large = 0;
		x->max = max;
		ebuf[0] = '\0';
		CURL *e = s->easy;
		jwksf_easy_setup(e, url, protos, f->timeout_ms, s->ca_file, x, ebuf);
		CURLcode cc = perform(s);
		if (cc != CURLE_OK) {
			*reason = classify(cc, x);
			return errbuf_fail(err, errsz, -1, "%s: %s", url,
					   *reason == R_TOO_LARGE ? "response larger than allowed"
					   : ebuf[0]              ? ebuf
								  : curl_easy_strerror(cc));
		}
		long status = 0;
		curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
		if (status == 301 || status == 302 || status == 303 || status == 307 ||
		    status == 308) {
			char *loc = NULL;
			curl_easy_getinfo(e, CURLINFO_REDIRECT_URL, &loc);
			*reason = R_REDIRECT;
			if (!loc)
				return errbuf_fail(err, errsz, -1,
						   "%s: redirect without a usable Location", url);
			if (hop >= JWKSF_MAX_REDIRECTS)
				return errbuf_fail(err, errsz, -1, "%s: more than %d redirects",
						   url, JWKSF_MAX_REDIRECTS);
			if (!jwksf_same_origin(url, loc))
				return errbuf_fail(
					err, errsz, -1,
					"%s: redirect to another origin refused (%.300s)", url,
					loc);
			if (strlen(loc) > JWKSF_MAX_URL)
				return errbuf_fail(err, errsz, -1,
						   "%s: redirect to a URL that is too long", url);
			snprintf(url, sizeof url, "%s", loc);
			continue;
		}
		if (status != 200) {
			*reason = R_HTTP_STATUS;
			return errbuf_fail(err, errsz, -1, "%s: HTTP status %ld", url, status);
		}
		if (max_age)
			*max_age = response_max_age(e);
		return 0;
	}
}

/* ------------------------------------------------------------ one issuer */

static void count_failure(struct fis *s, int reason, const char *what, const char *err)
{
	s->failures_in_row++;
	if (reason == R_STOPPED)
		return;
	atomic_fetch_add(&s->fails[reason], 1);
	log_warn("jwks fetch failed; the keys in force stay", "issuer", s->name, "step", what,
		 "reason", JWKSF_REASONS[reason], "error", err);
}

/* Kids of a JWKS document (at most max, strdup'ed into out). */
static size_t kids_of(const char *doc, size_t len, char **out, size_t max)
{
	size_t n = 0, i;
	json_t *j = json_loadb(doc, len, 0, NULL), *k;
	json_array_foreach (json_object_get(j, "keys"), i, k) {
		const char *kid = json_string_value(json_object_get(k, "kid"));
		if (kid && n < max) {
			out[n] = strdup(kid);
			if (out[n])
				n++;
		}
	}
	json_decref(j);
	return n;
}

/* Remembers which kids the change from last_jwks to doc removed, and keeps
 * doc as the bytes in force. */
static void note_change(struct fis *s, const char *doc, size_t len)
{
	char *before[JWTV_MAX_KEYS * 2], *after[JWTV_MAX_KEYS * 2], *gone[MAX_GONE];
	size_t nb = s->last_jwks ? kids_of(s->last_jwks, s->last_len, before, JWTV_MAX_KEYS * 2)
				 : 0;
	size_t na = kids_of(doc, len, after, JWTV_MAX_KEYS * 2), ng = 0;
	for (size_t i = 0; i < nb; i++) {
		int kept = 0;
		for (size_t j = 0; j < na && !kept; j++)
			kept = strcmp(before[i], after[j]) == 0;
		if (!kept && ng < MAX_GONE)
			gone[ng++] = before[i];
		else
			free(before[i]);
	}
	for (size_t j = 0; j < na; j++)
		free(after[j]);
	pthread_mutex_lock(&s->mu);
	for (size_t i = 0; i < s->ngone; i++)
		free(s->gone[i]);
	memcpy(s->gone, gone, ng * sizeof gone[0]);
	s->ngone = ng;
	pthread_mutex_unlock(&s->mu);
	char *copy = malloc(len + 1);
	if (copy) {
		memcpy(copy, doc, len);
		copy[len] = '\0';
	}
	free(s->last_jwks);
	s->last_jwks = copy;
	s->last_len = copy ? len : 0;
}

/* One refresh: discovery when needed, then the JWKS. 0 with *life (seconds
 * until the next), or -1. */
static int fetch_once(struct fis *s, long *life)
{
	jwksf *f = s->f;
	char err[600];
	struct xfer x = {0};
	int reason = R_NETWORK, rc = -1, changed = 0;
	long max_age = -1;
	uint64_t now_ms = time_mono_ms();
	if (s->discovery && (!s->jwks_uri[0] || s->discovery_stale ||
			     now_ms - s->discovery_at_ms >= (uint64_t)f->max_refresh_s * 1000u)) {
		if (http_get(s, s->discovery, JWKSF_MAX_DISCOVERY, &x, NULL, &reason, err,
			     sizeof err) != 0) {
			count_failure(s, reason, "discovery", err);
			goto out;
		}
		char uri[JWKSF_MAX_URL + 1];
		if (jwksf_discovery_parse(x.buf, x.len, s->iss, f->allow_http, uri, sizeof uri, err,
					  sizeof err) != 0) {
			count_failure(s, R_DISCOVERY, "discovery", err);
			goto out;
		}
		if (strcmp(uri, s->jwks_uri) != 0)
			log_info("discovered the issuer's jwks_uri", "issuer", s->name, "jwks_uri",
				 uri);
		snprintf(s->jwks_uri, sizeof s->jwks_uri, "%s", uri);
		s->discovery_at_ms = now_ms;
		s->discovery_stale = 0;
	}
	atomic_fetch_add(&s->fetches, 1);
	if (http_get(s, s->jwks_uri, JWTV_MAX_KEY_FILE, &x, &max_age, &reason, err, sizeof err) !=
	    0) {
		s->discovery_stale = s->discovery != NULL; /* the JWKS may have moved */
		count_failure(s, reason, "jwks", err);
		goto out;
	}
	time_t now = time(NULL);
	if (jwtv_set_jwks(f->v, s->idx, x.buf ? x.buf : "", x.len, now, &changed, err,
			  sizeof err) != 0) {
		count_failure(s, R_INVALID_JWKS, "jwks", err);
		goto out;
	}
	atomic_store(&s->last_success, (long long)now);
	s->failures_in_row = 0;
	if (changed) {
		jwtv_issuer_info info;
		char nk[16];
		jwtv_issuer_info_get(f->v, s->idx, &info);
		snprintf(nk, sizeof nk, "%zu", info.nkeys);
		log_info("jwks installed", "issuer", s->name, "keys", nk, "jwks_uri", s->jwks_uri);
		note_change(s, x.buf, x.len);
	}
	if (f->state_dir && (changed || now - s->persisted_at >= PERSIST_EVERY_S)) {
		if (jwks_store_save(f->state_dir, s->name, s->iss, s->jwks_uri, now, x.buf, x.len,
				    err, sizeof err) == 0)
			s->persisted_at = now;
		else
			log_warn("cannot keep the last good JWKS on disk", "issuer", s->name,
				 "error", err);
	}
	long l = max_age >= 0 ? max_age : f->max_refresh_s;
	if (l < f->min_refresh_s)
		l = f->min_refresh_s;
	if (l > f->max_refresh_s)
		l = f->max_refresh_s;
	*life = l;
	rc = 0;
out:
	free(x.buf);
	return rc;
}

static uint64_t backoff_ms(const struct fis *s)
{
	long cap = s->f->min_refresh_s < JWKSF_MAX_BACKOFF_S ? s->f->min_refresh_s
							     : JWKSF_MAX_BACKOFF_S;
	long d = 1;
	for (int i = 1; i < s->failures_in_row && d < cap; i++)
		d *= 2;
	if (d > cap)
		d = cap;
	return (uint64_t)d * 1000u;
}

static void deadline_at(struct timespec *ts, uint64_t due_ms)
{
	ts->tv_sec = (time_t)(due_ms / 1000);
	ts->tv_nsec = (long)(due_ms % 1000) * 1000000L;
}

static void *issuer_main(void *arg)
{
	struct fis *s = arg;
	jwksf *f = s->f;
	uint64_t due = 0; /* at once */
	for (;;) {
		int early = 0;
		pthread_mutex_lock(&s->mu);
		for (;;) {
			if (atomic_load(&f->stop))
				break;
			if (s->force) {
				s->force = 0;
				s->discovery_stale = s->discovery !=
						     NULL; /* the thread's own field */
				break;
			}
			if (time_mono_ms() >= due)
				break;
			if (s->remote && s->kick_seq != s->kick_done) {
				early = 1;
				break;
			}
			struct timespec ts;
			deadline_at(&ts, due);
			pthread_cond_timedwait(&s->cv, &s->mu, &ts);
		}
		pthread_mutex_unlock(&s->mu);
		if (atomic_load(&f->stop))
			break;
		if (!s->remote) {
			jwtv_jwks_file_check(f->v, s->idx);
			due = time_mono_ms() + (uint64_t)f->min_refresh_s * 1000u;
			continue;
		}
		if (early) {
			if (jwksb_acquire(f->budget, &f->stop) != 0)
				break;
			atomic_fetch_add(&s->early, 1);
		}
		/* Wishes made from here on ask for another fetch. */
		pthread_mutex_lock(&s->mu);
		s->kick_done = s->kick_seq;
		pthread_mutex_unlock(&s->mu);
		long life = 0;
		if (fetch_once(s, &life) == 0)
			due = time_mono_ms() + (uint64_t)life * 1000u;
		else
			due = time_mono_ms() + backoff_ms(s);
	}
	return NULL;
}

/* -------------------------------------------------------------- lifecycle */

static void on_unknown_kid(void *ctx, size_t i, const char *kid)
{
	jwksf *f = ctx;
	if (!f || i >= f->n || !f->is[i].remote)
		return;
	struct fis *s = &f->is[i];
	int gone = 0;
	atomic_fetch_add(&s->unknown_kid, 1);
	pthread_mutex_lock(&s->mu);
	for (size_t k = 0; k < s->ngone && !gone; k++)
		gone = strcmp(s->gone[k], kid) == 0;
	if (!gone) {
		s->kick_seq++;
		pthread_cond_signal(&s->cv);
	}
	pthread_mutex_unlock(&s->mu);
	if (gone)
		atomic_fetch_add(&s->suppressed, 1);
}

static pthread_once_t curl_once = PTHREAD_ONCE_INIT;
static int curl_ok;

static void curl_init(void)
{
	curl_ok = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
}

static char *dup_or_null(const char *s, int *oom)
{
	if (!s || !*s)
		return NULL;
	char *d = strdup(s);
	if (!d)
		*oom = 1;
	return d;
}

/* Loads issuer s's kept JWKS into v, if there is one for its iss. */
static void load_kept(struct fis *s)
{
	jwksf *f = s->f;
	char err[600], when[32];
	char *doc = NULL;
	size_t len = 0;
	time_t at = 0;
	int rc = jwks_store_load(f->state_dir, s->name, s->iss, &doc, &len, &at, err, sizeof err);
	if (rc == JWKS_STORE_NONE)
		return;
	if (rc == 0 && jwtv_set_jwks(f->v, s->idx, doc, len, at, NULL, err, sizeof err) == 0) {
		time_rfc3339(at, when, sizeof when);
		log_info(
			"verifying with the last good JWKS kept on disk until the provider answers",
			"issuer", s->name, "fetched_at", when);
		note_change(s, doc, len);
		s->persisted_at = at;
	} else {
		log_warn("the kept JWKS cannot be used; starting without it", "issuer", s->name,
			 "error", err);
	}
	free(doc);
}

int jwksf_start(jwksf **out, jwtv *v, const jwksf_conf *c, jwksb *budget, char *err, size_t errsz)
{
	int rc = -1;
	char why[200];
	*out = NULL;
	if (!v || !c || !budget || c->nissuers != jwtv_issuer_count(v) || c->min_refresh_s < 1 ||
	    c->max_refresh_s < c->min_refresh_s)
		return errbuf_fail(err, errsz, -1, "bad fetcher configuration");
	pthread_once(&curl_once, curl_init);
	if (!curl_ok)
		return errbuf_fail(err, errsz, -1, "libcurl cannot be initialised");
	jwksf *f = calloc(1, sizeof *f);
	if (!f)
		return errbuf_fail(err, errsz, -1, "out of memory");
	f->v = v;
	f->budget = budget;
	f->min_refresh_s = c->min_refresh_s;
	f->max_refresh_s = c->max_refresh_s;
	f->timeout_ms = c->timeout_ms > 0 ? c->timeout_ms : JWKSF_TIMEOUT_MS;
	f->allow_http = c->allow_http;
	int oom = 0;
	f->state_dir = dup_or_null(c->state_dir, &oom);
	f->is = calloc(c->nissuers ? c->nissuers : 1, sizeof *f->is);
	if (oom || !f->is) {
		errbuf_fail(err, errsz, -1, "out of memory");
		goto out;
	}
	if (f->state_dir && jwks_store_init(f->state_dir, err, errsz) != 0)
		goto out;
	for (size_t i = 0; i < c->nissuers; i++) {
		const jwksf_issuer_conf *ic = &c->issuers[i];
		struct fis *s = &f->is[i];
		pthread_condattr_t ca;
		f->n = i + 1; /* so that cleanup sees it */
		s->f = f;
		s->idx = i;
		pthread_mutex_init(&s->mu, NULL);
		pthread_condattr_init(&ca);
		pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
		pthread_cond_init(&s->cv, &ca);
		pthread_condattr_destroy(&ca);
		s->name = dup_or_null(ic->name, &oom);
		s->iss = dup_or_null(ic->iss, &oom);
		s->discovery = dup_or_null(ic->discovery, &oom);
		s->jwks_uri_conf = dup_or_null(ic->jwks_uri, &oom);
		s->ca_file = dup_or_null(ic->ca_file, &oom);
		if (oom || !s->name || !s->iss) {
			errbuf_fail(err, errsz, -1, "out of memory or an issuer without a name");
			goto out;
		}
		s->remote = s->discovery || s->jwks_uri_conf;
		s->watch = !s->remote && ic->watch_file;
		if (s->discovery && s->jwks_uri_conf) {
			errbuf_fail(err, errsz, -1,
				    "issuer %s: discovery and jwks_uri are exclusive", s->name);
			goto out;
		}
		const char *url = s->discovery ? s->discovery : s->jwks_uri_conf;
		if (url && jwksf_url_ok(url, f->allow_http, why, sizeof why) != 0) {
			errbuf_fail(err, errsz, -1, "issuer %s: %s: %s", s->name, url, why);
			goto out;
		}
		if (!s->remote)
			continue;
		if (s->jwks_uri_conf)
			snprintf(s->jwks_uri, sizeof s->jwks_uri, "%s", s->jwks_uri_conf);
		s->easy = curl_easy_init();
		s->multi = curl_multi_init();
		if (!s->easy || !s->multi) {
			errbuf_fail(err, errsz, -1, "libcurl: out of memory");
			goto out;
		}
		if (f->state_dir)
			load_kept(s);
	}
	jwtv_set_unknown_kid_hook(v, on_unknown_kid, f);
	for (size_t i = 0; i < f->n; i++) {
		struct fis *s = &f->is[i];
		if (!s->remote && !s->watch)
			continue;
		if (pthread_create(&s->th, NULL, issuer_main, s) != 0) {
			errbuf_fail(err, errsz, -1, "cannot start the fetcher of issuer %s",
				    s->name);
			goto out;
		}
		s->started = 1;
	}
	*out = f;
	f = NULL;
	rc = 0;
out:
	if (f) {
		jwtv_set_unknown_kid_hook(v, NULL, NULL);
		jwksf_stop(f);
		jwksf_free(f);
	}
	return rc;
}

void jwksf_refresh_now(jwksf *f)
{
	for (size_t i = 0; f && i < f->n; i++) {
		struct fis *s = &f->is[i];
		pthread_mutex_lock(&s->mu);
		s->force = 1;
		pthread_cond_signal(&s->cv);
		pthread_mutex_unlock(&s->mu);
	}
}

void jwksf_stop(jwksf *f)
{
	if (!f || f->stopped)
		return;
	atomic_store(&f->stop, 1);
	for (size_t i = 0; i < f->n; i++) {
		struct fis *s = &f->is[i];
		pthread_mutex_lock(&s->mu);
		pthread_cond_broadcast(&s->cv);
		pthread_mutex_unlock(&s->mu);
		if (s->multi)
			curl_multi_wakeup(s->multi);
	}
	jwksb_wake(f->budget);
	for (size_t i = 0; i < f->n; i++) {
		if (f->is[i].started)
			pthread_join(f->is[i].th, NULL);
		f->is[i].started = 0;
	}
	f->stopped = 1;
}

void jwksf_free(jwksf *f)
{
	if (!f)
		return;
	for (size_t i = 0; i < f->n; i++) {
		struct fis *s = &f->is[i];
		if (s->easy)
			curl_easy_cleanup(s->easy);
		if (s->multi)
			curl_multi_cleanup(s->multi);
		for (size_t k = 0; k < s->ngone; k++)
			free(s->gone[k]);
		free(s->last_jwks);
		free(s->name);
		free(s->iss);
		free(s->discovery);
		free(s->jwks_uri_conf);
		free(s->ca_file);
		pthread_cond_destroy(&s->cv);
		pthread_mutex_destroy(&s->mu);
	}
	free(f->is);
	free(f->state_dir);
	free(f);
}
