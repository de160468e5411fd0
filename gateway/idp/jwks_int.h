/* jwks_int: what the fetcher's files share (jwks_fetch.c: the threads and
 * the transfers; jwks_url.c: the pure helpers (libcurl's URL parser);
 * jwks_metrics.c: the text /metrics shows). Not part of the interface (jwks_fetch.h). */
#ifndef CUSTOS_JWKS_INT_H
#define CUSTOS_JWKS_INT_H

#include <curl/curl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <time.h>

#include "jwks_fetch.h"

#define MAX_GONE        32   /* kids remembered as removed in the last change */
#define PERSIST_EVERY_S 3600 /* rewrite an unchanged kept JWKS (its age) this often */

enum {
	R_NETWORK,
	R_TIMEOUT,
	R_TLS,
	R_HTTP_STATUS,
	R_TOO_LARGE,
	R_REDIRECT,
	R_DISCOVERY,
	R_INVALID_JWKS,
	NREASONS,
	R_STOPPED = NREASONS
};
/* A response body being received: at most max bytes, NUL-terminated. */
struct xfer {
	char *buf;
	size_t len, cap, max;
	int too_large;
};

/* libcurl's write callback into a struct xfer (refuses past x->max). */
size_t jwksf_on_write(char *p, size_t sz, size_t n, void *ud);

/* Resets e for one hardened exchange with url: protos only, no redirect
 * followed, TLS 1.2+ with peer and host verified (ca_file or the system
 * trust), timeout_ms in all, the body into x (capped at x->max), libcurl's
 * message into ebuf (CURL_ERROR_SIZE). Shared by the key fetcher and the
 * console's sign-in (oidc_rp.c). */
void jwksf_easy_setup(CURL *e, const char *url, const char *protos, int timeout_ms,
		      const char *ca_file, struct xfer *x, char *ebuf);

/* The failure reasons counted per issuer (jwks_metrics.c names them). */
extern const char *const JWKSF_REASONS[NREASONS];

struct fis {
	jwksf *f;
	size_t idx;
	char *name, *iss, *discovery, *jwks_uri_conf, *ca_file;
	int remote, watch;
	pthread_t th;
	int started;
	CURL *easy;   /* the thread's own */
	CURLM *multi; /* curl_multi_wakeup from jwksf_stop */
	pthread_mutex_t mu;
	pthread_cond_t cv; /* CLOCK_MONOTONIC */
	/* under mu */
	uint64_t kick_seq, kick_done; /* unknown-kid wishes, and the last one a fetch covered */
	int force;                    /* refresh now, discovery included (SIGHUP) */
	char *gone[MAX_GONE];         /* kids the last change removed: they ask for nothing */
	size_t ngone;
	/* the thread's own */
	char jwks_uri[JWKSF_MAX_URL + 1];
	int discovery_stale;
	uint64_t discovery_at_ms;
	char *last_jwks; /* the bytes in force (kids of the last change) */
	size_t last_len;
	time_t persisted_at;
	int failures_in_row;
	/* counters */
	atomic_uint_fast64_t fetches, early, unknown_kid, suppressed, fails[NREASONS];
	atomic_llong last_success;
};

struct jwksf {
	jwtv *v;
	jwksb *budget;
	char *state_dir;
	int min_refresh_s, max_refresh_s, timeout_ms, allow_http;
	atomic_int stop;
	int stopped;
	size_t n;
	struct fis *is;
};

#endif
