/* jwks_fetch: keeps each issuer's keys current from a background thread of
 * its own, never on a request thread.
 *
 * A remote issuer ([issuer:NAME] discovery = URL or jwks_uri = URL) is
 * fetched with libcurl: the OpenID discovery document first (its "issuer"
 * must equal the configured iss exactly), then the JWKS, which must parse
 * completely or the key set in force stays (jwtv_set_jwks). The next refresh
 * follows the JWKS response's Cache-Control max-age (minus Age), bounded by
 * min_refresh_s and max_refresh_s; a failure is retried after 1, 2, 4 ... s
 * (at most min(60 s, min_refresh_s)). A token with an unknown kid asks for an
 * early fetch, which draws on the shared budget (jwks_budget.h); kids that
 * vanished in the last change ask for nothing. Each good JWKS is kept under
 * state_dir (jwks_store.h) and loaded at start, so a restart during an
 * outage verifies with the last good keys.
 *
 * Fetching is hardened: https only (http only with the test switch), TLS 1.2
 * or later with the peer and host name verified against ca_file or the
 * system trust, a total time limit per exchange, responses capped (64 KiB
 * discovery, 256 KiB JWKS), redirects followed only within the same origin
 * (scheme, host, port; at most 3), URLs with user info refused.
 *
 * A jwks_file issuer gets a thread too: its file is re-checked (identity:
 * device, inode, size, mtime, ctime) every min_refresh_s, so a key removed
 * from the file stops verifying without a SIGHUP or an unknown kid. */
#ifndef CUSTOS_JWKS_FETCH_H
#define CUSTOS_JWKS_FETCH_H

#include <stddef.h>
#include <time.h>

#include "jwks_budget.h"
#include "jwt_verify.h"

#define JWKSF_MAX_DISCOVERY (64 * 1024)
#define JWKSF_MAX_URL       2048
#define JWKSF_MAX_REDIRECTS 3
#define JWKSF_TIMEOUT_MS    10000
#define JWKSF_MAX_BACKOFF_S 60

typedef struct jwksf_issuer_conf {
	const char *name; /* the jwtv issuer of the same index */
	const char *iss;
	const char *discovery; /* URL of the OpenID configuration, or NULL */
	const char *jwks_uri;  /* URL of the JWKS, or NULL (at most one of the two) */
	const char *ca_file;   /* PEM CAs for the provider's TLS; NULL: the system trust */
	int watch_file;        /* a jwks_file issuer: re-check the file periodically */
} jwksf_issuer_conf;

typedef struct jwksf_conf {
	const jwksf_issuer_conf *issuers; /* index i is jwtv issuer i */
	size_t nissuers;
	const char *state_dir; /* where the last good JWKS are kept; NULL: nowhere */
	int min_refresh_s;     /* >= 1 */
	int max_refresh_s;     /* >= min_refresh_s */
	int timeout_ms;        /* one exchange, connect included; 0: JWKSF_TIMEOUT_MS */
	int allow_http;        /* test switch (CUSTOS_ALLOW_HTTP_ISSUERS=1): http:// accepted */
} jwksf_conf;

typedef struct jwksf jwksf;

/* Loads each remote issuer's kept JWKS into v (logged; a bad one is
 * skipped), installs v's unknown-kid hook and starts one thread per remote
 * or watched issuer; each fetches at once. budget is borrowed and must
 * outlive f. 0, or -1 with a message in err (bad URL, out of memory,
 * threads). *out is the caller's (jwksf_stop, then jwksf_free). */
int jwksf_start(jwksf **out, jwtv *v, const jwksf_conf *c, jwksb *budget, char *err, size_t errsz);

/* Every remote issuer fetches now, outside the budget (SIGHUP: "refresh
 * now"); a watched file is re-checked. */
void jwksf_refresh_now(jwksf *f);

/* Stops every thread promptly (a transfer in flight is aborted, a wait for
 * the budget ends) and joins them. Idempotent. Afterwards the hook still
 * accepts calls (they do nothing) until jwksf_free. */
void jwksf_stop(jwksf *f);

/* Frees f after jwksf_stop, once v calls its hook no more. Accepts NULL. */
void jwksf_free(jwksf *f);

/* Prometheus text per issuer (keys, key age, readiness, fetches, failures by
 * reason, last success, early fetches, unknown kids), into buf (snprintf
 * semantics: returns the length it needed). */
size_t jwksf_metrics(jwksf *f, char *buf, size_t cap);

/* ---- pure helpers (exported for the unit tests) */

/* The lifetime a Cache-Control value grants, in seconds: 1 with *max_age
 * from max-age=N (quoted or not; the smallest if repeated) or 0 for
 * no-cache / no-store; 0 when it says nothing about lifetime. Directive
 * names are case-insensitive; a malformed max-age is ignored. */
int jwksf_cache_control(const char *value, long *max_age);

/* Checks a URL we are about to fetch: absolute, https (or http with
 * allow_http), a host, no user info, at most JWKSF_MAX_URL bytes, no
 * control characters or spaces. 0, or -1 with a reason in why. */
int jwksf_url_ok(const char *url, int allow_http, char *why, size_t whysz);

/* 1 when a and b have the same scheme, host (case-insensitive) and port
 * (default ports filled in), else 0 (also when either does not parse). */
int jwksf_same_origin(const char *a, const char *b);

/* Parses an OpenID discovery document: a JSON object whose "issuer" equals
 * iss exactly and whose "jwks_uri" passes jwksf_url_ok; copies jwks_uri into
 * out. 0, or -1 with a reason in err. */
int jwksf_discovery_parse(const char *doc, size_t len, const char *iss, int allow_http, char *out,
			  size_t outsz, char *err, size_t errsz);

#endif
