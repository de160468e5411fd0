/* session: the sign-in and session tables (see session.h). */
#include "session.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b64.h"

struct srec {
	int used;
	uint8_t idh[SHA256_DIGEST_LENGTH]; /* SHA-256 of the cookie value */
	sess_info info;
	time_t last;
};

struct lrec {
	int used;
	uint8_t idh[SHA256_DIGEST_LENGTH];
	sess_login login;
	time_t created;
};

struct sessions {
	pthread_mutex_t mu;
	sess_conf c;
	struct srec *s;
	struct lrec *l;
};

int sess_open(struct sessions **out, const sess_conf *c)
{
	*out = NULL;
	if (!c->max || !c->logins_max || c->idle_s <= 0 || c->absolute_s <= 0 ||
	    c->login_ttl_s <= 0)
		return CUSTOS_E_ARG;
	struct sessions *s = calloc(1, sizeof *s);
	if (!s)
		return CUSTOS_E_NOMEM;
	s->c = *c;
	s->s = calloc(c->max, sizeof *s->s);
	s->l = calloc(c->logins_max, sizeof *s->l);
	if (!s->s || !s->l) {
		free(s->s);
		free(s->l);
		free(s);
		return CUSTOS_E_NOMEM;
	}
	pthread_mutex_init(&s->mu, NULL);
	*out = s;
	return 0;
}

void sess_close(struct sessions *s)
{
	if (!s)
		return;
	OPENSSL_cleanse(s->s, s->c.max * sizeof *s->s);
	OPENSSL_cleanse(s->l, s->c.logins_max * sizeof *s->l);
	free(s->s);
	free(s->l);
	pthread_mutex_destroy(&s->mu);
	free(s);
}

/* A fresh random token (32 bytes, base64url). */
static int token(sess_token out)
{
	uint8_t raw[32];
	char enc[B64_ENCODED_SIZE(sizeof raw)];
	if (RAND_bytes(raw, sizeof raw) != 1)
		return KEYS_E_RANDOM;
	b64url_encode(raw, sizeof raw, enc);
	OPENSSL_cleanse(raw, sizeof raw);
	memcpy(out, enc, SESS_TOKEN_LEN);
	out[SESS_TOKEN_LEN] = '\0';
	return 0;
}

static int well_formed(const char *t)
{
	if (!t || strlen(t) != SESS_TOKEN_LEN)
		return 0;
	for (size_t i = 0; i < SESS_TOKEN_LEN; i++) {
		char ch = t[i];
		if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
		      (ch >= '0' && ch <= '9') || ch == '-' || ch == '_'))
			return 0;
	}
	return 1;
}

static void digest(const char *t, uint8_t out[SHA256_DIGEST_LENGTH])
{
	SHA256((const unsigned char *)t, strlen(t), out);
}

static int expired(const struct sessions *s, const struct srec *r, time_t now)
{
	return now >= r->info.expires || now >= r->last + s->c.idle_s;
}

/* ---- sign-ins in progress ------------------------------------------------- */

int sess_login_begin(struct sessions *s, const char *issuer, time_t now, sess_token cookie,
		     sess_login *l)
{
	int rc = 0;
	memset(l, 0, sizeof *l);
	if (!issuer || strlen(issuer) >= sizeof l->issuer)
		return CUSTOS_E_ARG;
	rc = token(cookie);
	if (!rc)
		rc = token(l->state);
	if (!rc)
		rc = token(l->nonce);
	if (!rc)
		rc = token(l->verifier);
	if (rc)
		return rc;
	snprintf(l->issuer, sizeof l->issuer, "%s", issuer);
	pthread_mutex_lock(&s->mu);
	struct lrec *slot = NULL;
	for (unsigned i = 0; i < s->c.logins_max && !slot; i++) {
		struct lrec *r = &s->l[i];
		if (r->used && now >= r->created + s->c.login_ttl_s)
			r->used = 0; /* expired: its place is free */
		if (!r->used)
			slot = r;
	}
	if (slot) {
		slot->used = 1;
		digest(cookie, slot->idh);
		slot->login = *l;
		slot->created = now;
	}
	pthread_mutex_unlock(&s->mu);
	return slot ? 0 : SESS_E_FULL;
}

int sess_login_take(struct sessions *s, const char *cookie, time_t now, sess_login *l)
{
	uint8_t h[SHA256_DIGEST_LENGTH];
	int rc = SESS_E_STATE;
	memset(l, 0, sizeof *l);
	if (!well_formed(cookie))
		return SESS_E_STATE;
	digest(cookie, h);
	pthread_mutex_lock(&s->mu);
	for (unsigned i = 0; i < s->c.logins_max; i++) {
		struct lrec *r = &s->l[i];
		if (!r->used || CRYPTO_memcmp(r->idh, h, sizeof h))
			continue;
		r->used = 0; /* once, whatever follows */
		if (now < r->created + s->c.login_ttl_s) {
			*l = r->login;
			rc = 0;
		}
		OPENSSL_cleanse(&r->login, sizeof r->login);
		break;
	}
	pthread_mutex_unlock(&s->mu);
	return rc;
}

/* ---- sessions ------------------------------------------------------------- */

int sess_create(struct sessions *s, const char *subject, const char *issuer,
		const char *const *groups, size_t ngroups, time_t now, sess_token id,
		sess_info *out)
{
	sess_info info;
	memset(&info, 0, sizeof info);
	if (!subject || strlen(subject) > SESS_SUBJECT_MAX || !issuer ||
	    strlen(issuer) >= sizeof info.issuer || ngroups > SESS_MAX_GROUPS)
		return CUSTOS_E_ARG;
	size_t off = 0;
	for (size_t i = 0; i < ngroups; i++) {
		size_t n = groups[i] ? strlen(groups[i]) : 0;
		if (!n || n + 1 > sizeof info.groups - off)
			return CUSTOS_E_ARG;
		memcpy(info.groups + off, groups[i], n + 1);
		off += n + 1;
	}
	info.ngroups = ngroups;
	snprintf(info.subject, sizeof info.subject, "%s", subject);
	snprintf(info.issuer, sizeof info.issuer, "%s", issuer);
	int rc = token(id);
	if (!rc)
		rc = token(info.csrf);
	if (rc)
		return rc;
	info.created = now;
	info.expires = now + s->c.absolute_s;
	info.idle_expires = now + s->c.idle_s;
	if (info.idle_expires > info.expires)
		info.idle_expires = info.expires;
	pthread_mutex_lock(&s->mu);
	struct srec *slot = NULL;
	for (unsigned i = 0; i < s->c.max && !slot; i++) {
		struct srec *r = &s->s[i];
		if (r->used && expired(s, r, now)) {
			OPENSSL_cleanse(r, sizeof *r);
			r->used = 0;
		}
		if (!r->used)
			slot = r;
	}
	if (slot) {
		slot->used = 1;
		digest(id, slot->idh);
		slot->info = info;
		slot->last = now;
	}
	pthread_mutex_unlock(&s->mu);
	if (!slot) {
		OPENSSL_cleanse(id, sizeof(sess_token));
		return SESS_E_FULL;
	}
	if (out)
		*out = info;
	return 0;
}

/* The record behind cookie (s->mu held), or NULL. */
static struct srec *find(struct sessions *s, const char *cookie)
{
	uint8_t h[SHA256_DIGEST_LENGTH];
	if (!well_formed(cookie))
		return NULL;
	digest(cookie, h);
	for (unsigned i = 0; i < s->c.max; i++)
		if (s->s[i].used && !CRYPTO_memcmp(s->s[i].idh, h, sizeof h))
			return &s->s[i];
	return NULL;
}

int sess_get(struct sessions *s, const char *cookie, time_t now, sess_info *out)
{
	int rc = 0;
	pthread_mutex_lock(&s->mu);
	struct srec *r = find(s, cookie);
	if (!r) {
		rc = SESS_E_NONE;
	} else if (expired(s, r, now)) {
		OPENSSL_cleanse(r, sizeof *r);
		r->used = 0;
		rc = SESS_E_EXPIRED;
	} else {
		r->last = now;
		r->info.idle_expires = now + s->c.idle_s;
		if (r->info.idle_expires > r->info.expires)
			r->info.idle_expires = r->info.expires;
		*out = r->info;
	}
	pthread_mutex_unlock(&s->mu);
	return rc;
}

int sess_end(struct sessions *s, const char *cookie)
{
	pthread_mutex_lock(&s->mu);
	struct srec *r = find(s, cookie);
	if (r) {
		OPENSSL_cleanse(r, sizeof *r);
		r->used = 0;
	}
	pthread_mutex_unlock(&s->mu);
	return r ? 0 : SESS_E_NONE;
}

void sess_count(struct sessions *s, size_t *sessions, size_t *logins)
{
	size_t a = 0, b = 0;
	pthread_mutex_lock(&s->mu);
	for (unsigned i = 0; i < s->c.max; i++)
		a += s->s[i].used != 0;
	for (unsigned i = 0; i < s->c.logins_max; i++)
		b += s->l[i].used != 0;
	pthread_mutex_unlock(&s->mu);
	*sessions = a;
	*logins = b;
}

int sess_cookie_value(const char *header, const char *name, sess_token out)
{
	size_t nl = strlen(name);
	const char *p = header;
	while (p && *p) {
		while (*p == ' ' || *p == ';')
			p++;
		const char *end = strchr(p, ';');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		if (len == nl + 1 + SESS_TOKEN_LEN && !strncmp(p, name, nl) && p[nl] == '=') {
			memcpy(out, p + nl + 1, SESS_TOKEN_LEN);
			out[SESS_TOKEN_LEN] = '\0';
			if (well_formed(out))
				return 0;
		}
		p = end;
	}
	out[0] = '\0';
	return -1;
}

void sess_pkce_challenge(const char *verifier, sess_token out)
{
	uint8_t h[SHA256_DIGEST_LENGTH];
	char enc[B64_ENCODED_SIZE(sizeof h)];
	SHA256((const unsigned char *)verifier, strlen(verifier), h);
	b64url_encode(h, sizeof h, enc);
	memcpy(out, enc, SESS_TOKEN_LEN);
	out[SESS_TOKEN_LEN] = '\0';
}

int sess_equal(const char *a, const char *b)
{
	size_t n = a ? strlen(a) : 0;
	return a && b && n && n == strlen(b) && !CRYPTO_memcmp(a, b, n);
}
