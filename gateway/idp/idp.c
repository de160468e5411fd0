/* idp: the refcounted set of verifier + fetchers in force (see idp.h).
 * Whether a SIGHUP changed the issuers is decided on a canonical JSON
 * rendering of the whole idp_conf, so any field that differs builds a new
 * set and nothing is compared field by field. */
#include "idp.h"

#include "jwks_budget.h"
#include "log.h"

#include <jansson.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct set {
	atomic_int refs;
	jwtv *v; /* NULL: no issuers */
	jwksf *f;
	char *fp; /* the configuration it was built from */
};

struct idp {
	pthread_mutex_t mu; /* guards cur */
	struct set *cur;
	jwksb *budget; /* shared by every set's fetchers */
};

static struct set *acquire(idp *p)
{
	if (!p)
		return NULL;
	pthread_mutex_lock(&p->mu);
	struct set *s = p->cur;
	if (s)
		atomic_fetch_add(&s->refs, 1);
	pthread_mutex_unlock(&p->mu);
	return s;
}

static void release(struct set *s)
{
	if (!s || atomic_fetch_sub(&s->refs, 1) != 1)
		return;
	jwksf_stop(s->f); /* normally done at the swap already */
	jwtv_free(s->v);
	jwksf_free(s->f);
	free(s->fp);
	free(s);
}

static json_t *jstr(const char *s)
{
	return s ? json_string(s) : json_null();
}

/* Canonical text of c (NULL on allocation failure). */
static char *fingerprint(const idp_conf *c)
{
	json_t *all = json_object(), *iss = json_array();
	if (!all || !iss) {
		json_decref(all);
		json_decref(iss);
		return NULL;
	}
	json_object_set_new(all, "issuers", iss);
	for (size_t i = 0; i < c->jwtv.nissuers; i++) {
		const jwtv_issuer_conf *a = &c->jwtv.issuers[i];
		const jwksf_issuer_conf *b = &c->fetch.issuers[i];
		json_t *algs = json_array();
		for (size_t k = 0; k < a->nalgorithms; k++)
			json_array_append_new(algs, jstr(a->algorithms[k]));
		json_array_append_new(
			iss,
			json_pack("{s:o s:o s:o s:o s:o s:o s:o s:i s:o s:i s:o s:o s:o s:i}",
				  "name", jstr(a->name), "iss", jstr(a->iss), "audience",
				  jstr(a->audience), "algorithms", algs, "key_file",
				  jstr(a->key_file), "jwks_file", jstr(a->jwks_file),
				  "groups_claim", jstr(a->groups_claim), "leeway_s", a->leeway_s,
				  "remote", jstr(a->remote), "binding", a->require_cert_binding,
				  "discovery", jstr(b->discovery), "jwks_uri", jstr(b->jwks_uri),
				  "ca_file", jstr(b->ca_file), "watch", b->watch_file));
	}
	json_object_set_new(
		all, "tokens",
		json_pack("{s:i s:I s:i s:i s:i s:i s:o}", "cache_ttl_s", c->jwtv.cache_ttl_s,
			  "cache_max", (json_int_t)c->jwtv.cache_max, "min_refresh_s",
			  c->fetch.min_refresh_s, "max_refresh_s", c->fetch.max_refresh_s,
			  "timeout_ms", c->fetch.timeout_ms, "allow_http", c->fetch.allow_http,
			  "state_dir", jstr(c->fetch.state_dir)));
	char *text = json_dumps(all, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(all);
	return text;
}

static int build(idp *p, const idp_conf *c, struct set **out, char *err, size_t errsz)
{
	*out = NULL;
	struct set *s = calloc(1, sizeof *s);
	if (!s) {
		snprintf(err, errsz, "out of memory");
		return -1;
	}
	atomic_init(&s->refs, 1);
	s->fp = fingerprint(c);
	if (!s->fp) {
		snprintf(err, errsz, "out of memory");
		goto fail;
	}
	if (c->jwtv.nissuers == 0)
		goto done;
	if (jwtv_create(&s->v, &c->jwtv, err, errsz) != 0)
		goto fail;
	if (jwksf_start(&s->f, s->v, &c->fetch, p->budget, err, errsz) != 0)
		goto fail;
done:
	*out = s;
	return 0;
fail:
	release(s);
	return -1;
}

size_t idp_metrics(idp *p, char *buf, size_t cap)
{
	struct set *s = acquire(p);
	size_t n = s && s->f ? jwksf_metrics(s->f, buf, cap) : 0;
	release(s);
	return n;
}

int idp_open(idp **out, const idp_conf *c, char *err, size_t errsz)
{
	*out = NULL;
	idp *p = calloc(1, sizeof *p);
	if (!p || jwksb_create(&p->budget, JWKSB_INTERVAL_MS, JWKSB_BURST) != 0) {
		free(p);
		snprintf(err, errsz, "out of memory");
		return -1;
	}
	pthread_mutex_init(&p->mu, NULL);
	if (build(p, c, &p->cur, err, errsz) != 0) {
		idp_close(p);
		return -1;
	}
	*out = p;
	return 0;
}

int idp_reload(idp *p, const idp_conf *c, char *err, size_t errsz)
{
	int rc = -1;
	char *fp = fingerprint(c);
	struct set *s = acquire(p), *fresh = NULL;
	if (!fp) {
		snprintf(err, errsz, "out of memory");
		goto out;
	}
	if (s && strcmp(fp, s->fp) == 0) {
		rc = s->v ? jwtv_reload(s->v, err, errsz) : 0;
		if (rc == 0)
			jwksf_refresh_now(s->f);
		rc = rc ? -1 : 0;
		goto out;
	}
	if (!p || build(p, c, &fresh, err, errsz) != 0)
		goto out;
	pthread_mutex_lock(&p->mu);
	struct set *old = p->cur;
	p->cur = fresh;
	pthread_mutex_unlock(&p->mu);
	if (old) {
		jwksf_stop(old->f); /* its requests in flight finish with its keys */
		release(old);
	}
	rc = 1;
out:
	release(s);
	free(fp);
	return rc;
}

int idp_verify(idp *p, const char *token, size_t len, time_t now, const char *cert_sha256_hex,
	       jwtv_identity **out)
{
	*out = NULL;
	struct set *s = acquire(p);
	int rc = JWTV_E_ISSUER_UNKNOWN;
	if (s && s->v)
		rc = jwtv_verify(s->v, token, len, now, out);
	if (rc == 0) {
		rc = jwtv_check_binding(*out, cert_sha256_hex);
		if (rc) {
			jwtv_identity_free(*out);
			*out = NULL;
		}
	}
	release(s);
	return rc;
}

int idp_verify_id_token(idp *p, const char *token, size_t len, time_t now, const char *issuer,
			const char *client_id, jwtv_identity **out)
{
	*out = NULL;
	struct set *s = acquire(p);
	int rc = JWTV_E_ISSUER_UNKNOWN;
	if (s && s->v)
		rc = jwtv_verify_id_token(s->v, token, len, now, issuer, client_id, out);
	release(s);
	return rc;
}

void idp_cache_clear(idp *p)
{
	struct set *s = acquire(p);
	if (s && s->v)
		jwtv_cache_clear(s->v);
	release(s);
}

void idp_stats(idp *p, uint64_t *hits, uint64_t *misses)
{
	struct set *s = acquire(p);
	*hits = *misses = 0;
	if (s && s->v)
		jwtv_stats(s->v, hits, misses);
	release(s);
}

int idp_ready(idp *p, const char **why)
{
	struct set *s = acquire(p);
	int ready = 1;
	for (size_t i = 0; s && i < jwtv_issuer_count(s->v) && ready; i++) {
		jwtv_issuer_info info;
		ready = jwtv_issuer_info_get(s->v, i, &info) == 0 && info.nkeys > 0;
	}
	release(s);
	*why = ready ? NULL : "issuer_keys_unavailable";
	return ready;
}

void idp_close(idp *p)
{
	if (!p)
		return;
	struct set *old = p->cur;
	p->cur = NULL;
	if (old) {
		jwksf_stop(old->f);
		release(old);
	}
	jwksb_free(p->budget);
	pthread_mutex_destroy(&p->mu);
	free(p);
}
