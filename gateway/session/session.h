/* session: the console's sign-ins in progress and its sessions, held in
 * memory only (a restart signs everyone out; docs/CONSOLE.md).
 *
 * A session is a server-side record behind a random 256-bit id (the
 * cookie's value, base64url); the table keeps only the id's SHA-256, so a
 * memory dump does not hand out live cookies, and compares digests in
 * constant time. Each session has a CSRF token of its own, an idle timeout
 * (renewed by every use) and an absolute one. A sign-in in progress (a
 * "login") is a record behind the pre-session cookie holding the state,
 * nonce and PKCE verifier of one authorization request; it is taken (and
 * removed) exactly once by the callback, and expires after login_ttl_s.
 * Both tables are bounded: expired records are swept when room is needed,
 * and a full table refuses (SESS_E_FULL) rather than evicting a live one.
 * Thread-safe (one mutex); no call blocks on anything but it. */
#ifndef CUSTOS_SESSION_H
#define CUSTOS_SESSION_H

#include <stddef.h>
#include <time.h>

#include "errors-t.h"

#define SESS_TOKEN_LEN    43  /* base64url of 32 random bytes (ids, CSRF, state, nonce, PKCE) */
#define SESS_SUBJECT_MAX  600 /* "user:<issuer>/<sub>" */
#define SESS_MAX_GROUPS   64
#define SESS_GROUPS_BYTES 8192 /* all group names of one session, NUL-separated */

#define SESS_COOKIE       "__Host-custos-session"
#define SESS_LOGIN_COOKIE "__Host-custos-login"

typedef char sess_token[SESS_TOKEN_LEN + 1];

typedef struct sess_conf {
	unsigned max;        /* sessions at once (>= 1) */
	unsigned logins_max; /* sign-ins in progress at once (>= 1) */
	int idle_s;          /* a session unused this long ends */
	int absolute_s;      /* a session ends this long after sign-in, used or not */
	int login_ttl_s;     /* a sign-in must come back within this */
} sess_conf;

/* A sign-in in progress, as the callback takes it. */
typedef struct sess_login {
	sess_token state, nonce, verifier;
	char issuer[128]; /* the [issuer:NAME] it was started for */
} sess_login;

/* A session, copied out (owned by the caller; nothing to free). */
typedef struct sess_info {
	char subject[SESS_SUBJECT_MAX + 1]; /* user:<issuer>/<sub> */
	char issuer[128];
	char groups[SESS_GROUPS_BYTES]; /* ngroups NUL-terminated names, one after another */
	size_t ngroups;
	sess_token csrf;
	time_t created, expires, idle_expires;
} sess_info;

struct sessions;

/* A new, empty store (c copied). 0, CUSTOS_E_ARG or CUSTOS_E_NOMEM. */
int sess_open(struct sessions **out, const sess_conf *c);

/* Frees the store (no call may run or follow). Accepts NULL. */
void sess_close(struct sessions *s);

/* Starts a sign-in for issuer: fresh random cookie, state, nonce and PKCE
 * verifier into *cookie and *l. 0, SESS_E_FULL, CUSTOS_E_ARG or
 * KEYS_E_RANDOM (the random source failed). */
int sess_login_begin(struct sessions *s, const char *issuer, time_t now, sess_token cookie,
		     sess_login *l);

/* Takes the sign-in behind cookie (removing it whatever follows, so a
 * callback is used once): 0 with *l, SESS_E_STATE when unknown or
 * expired. */
int sess_login_take(struct sessions *s, const char *cookie, time_t now, sess_login *l);

/* Makes a session for subject (bounded: SESS_SUBJECT_MAX) with the groups
 * (each non-empty, all within SESS_GROUPS_BYTES and SESS_MAX_GROUPS): its
 * id into *id, its copy into *out (may be NULL). 0, SESS_E_FULL,
 * CUSTOS_E_ARG or KEYS_E_RANDOM. */
int sess_create(struct sessions *s, const char *subject, const char *issuer,
		const char *const *groups, size_t ngroups, time_t now, sess_token id,
		sess_info *out);

/* The session behind cookie at now, its idle time renewed: 0 with *out;
 * SESS_E_NONE (unknown, also a malformed cookie) or SESS_E_EXPIRED (it is
 * removed). */
int sess_get(struct sessions *s, const char *cookie, time_t now, sess_info *out);

/* Ends the session behind cookie. 0, or SESS_E_NONE when there was none. */
int sess_end(struct sessions *s, const char *cookie);

/* Sessions and sign-ins held now (expired ones not yet swept included). */
void sess_count(struct sessions *s, size_t *sessions, size_t *logins);

/* The value of cookie name in a Cookie header (RFC 6265 "a=b; c=d"), when
 * it is a well-formed token (SESS_TOKEN_LEN base64url characters): 0 with
 * out filled; else -1. */
int sess_cookie_value(const char *header, const char *name, sess_token out);

/* The PKCE S256 challenge of verifier (RFC 7636 4.2) into out. */
void sess_pkce_challenge(const char *verifier, sess_token out);

/* 1 when a and b are the same non-empty string (time independent of where
 * they differ), else 0. For CSRF tokens, states and nonces. */
int sess_equal(const char *a, const char *b);

#endif
