/* tls: credentials, trust list and explicit client-certificate verification
 * for libmicrohttpd's GnuTLS backend (see tls.h for why). */
#include "tls.h"

#include <gnutls/crypto.h>
#include <gnutls/x509.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "log.h"
#include "metrics.h"
#include "util.h"

#define PEM_MAX (1 << 20)
#define MAX_CHAIN 8

struct creds {
	gnutls_pcert_st pcerts[MAX_CHAIN];
	unsigned int npcerts;
	gnutls_privkey_t key;
	struct creds *retired_next;
};

struct trust {
	gnutls_x509_trust_list_t tl;
	atomic_int refs;
	uint64_t generation;
};

static struct {
	char *cert_path, *key_path, *ca_path, *crl_path;
	char *priorities;
	pthread_mutex_t lock;          /* guards the swaps below */
	struct creds *_Atomic creds;   /* current server credentials */
	struct creds *retired;         /* replaced ones, freed at shutdown */
	struct trust *trust;           /* current trust list (refcounted) */
	atomic_uint_fast64_t generation;
} g = {.lock = PTHREAD_MUTEX_INITIALIZER};

/* Key purpose checked by GnuTLS during chain verification. GnuTLS keeps the
 * pointer: it must be static (PITFALLS.md). */
static gnutls_typed_vdata_st client_purpose = {
	.type = GNUTLS_DT_KEY_PURPOSE_OID,
	.data = (unsigned char *)GNUTLS_KP_TLS_WWW_CLIENT,
	.size = 0,
};

static void creds_free(struct creds *c)
{
	if (!c)
		return;
	for (unsigned i = 0; i < c->npcerts; i++)
		gnutls_pcert_deinit(&c->pcerts[i]);
	if (c->key)
		gnutls_privkey_deinit(c->key);
	free(c);
}

static void trust_release(struct trust *t)
{
	if (t && atomic_fetch_sub(&t->refs, 1) == 1) {
		gnutls_x509_trust_list_deinit(t->tl, 1);
		free(t);
	}
}

static struct trust *trust_acquire(void)
{
	pthread_mutex_lock(&g.lock);
	struct trust *t = g.trust;
	if (t)
		atomic_fetch_add(&t->refs, 1);
	pthread_mutex_unlock(&g.lock);
	return t;
}

static int read_datum(const char *path, gnutls_datum_t *d, char *err, size_t errsz)
{
	char *buf = NULL;
	size_t len = 0;
	int rc = util_read_file(path, PEM_MAX, &buf, &len);
	if (rc) {
		snprintf(err, errsz, "cannot read '%s': %s", path, strerror(-rc));
		return TLS_E_LOAD;
	}
	if (len == 0) {
		free(buf);
		snprintf(err, errsz, "'%s' is empty", path);
		return TLS_E_LOAD;
	}
	d->data = (unsigned char *)buf;
	d->size = (unsigned int)len;
	return TLS_OK;
}

static void free_datum(gnutls_datum_t *d, int secret)
{
	if (d->data && secret)
		gnutls_memset(d->data, 0, d->size);
	free(d->data);
	d->data = NULL;
}

static int load_creds(struct creds **out, char *err, size_t errsz)
{
	gnutls_datum_t cd = {0}, kd = {0}, a = {0}, b = {0};
	gnutls_pubkey_t pub = NULL;
	struct creds *c = calloc(1, sizeof *c);
	int rc = TLS_E_NOMEM;
	if (!c)
		goto out;
	rc = read_datum(g.cert_path, &cd, err, errsz);
	if (rc)
		goto out;
	rc = read_datum(g.key_path, &kd, err, errsz);
	if (rc)
		goto out;
	rc = TLS_E_LOAD;
	c->npcerts = MAX_CHAIN;
	int r = gnutls_pcert_list_import_x509_raw(c->pcerts, &c->npcerts, &cd,
						  GNUTLS_X509_FMT_PEM, 0);
	if (r < 0 || c->npcerts == 0) {
		c->npcerts = 0;
		snprintf(err, errsz, "server certificate '%s': %s", g.cert_path,
			 r < 0 ? gnutls_strerror(r) : "no certificate");
		goto out;
	}
	r = gnutls_privkey_init(&c->key);
	if (r >= 0)
		r = gnutls_privkey_import_x509_raw(c->key, &kd, GNUTLS_X509_FMT_PEM, NULL, 0);
	if (r < 0) {
		snprintf(err, errsz, "server key '%s': %s", g.key_path, gnutls_strerror(r));
		goto out;
	}
	/* The key must belong to the certificate. */
	r = gnutls_pubkey_init(&pub);
	if (r >= 0)
		r = gnutls_pubkey_import_privkey(pub, c->key, 0, 0);
	if (r >= 0)
		r = gnutls_pubkey_export2(pub, GNUTLS_X509_FMT_DER, &a);
	if (r >= 0)
		r = gnutls_pubkey_export2(c->pcerts[0].pubkey, GNUTLS_X509_FMT_DER, &b);
	if (r < 0 || a.size != b.size || memcmp(a.data, b.data, a.size) != 0) {
		snprintf(err, errsz, "server key '%s' does not match certificate '%s'",
			 g.key_path, g.cert_path);
		goto out;
	}
	*out = c;
	c = NULL;
	rc = TLS_OK;
out:
	gnutls_free(a.data);
	gnutls_free(b.data);
	if (pub)
		gnutls_pubkey_deinit(pub);
	free_datum(&cd, 0);
	free_datum(&kd, 1);
	creds_free(c);
	return rc;
}

static int load_trust(struct trust **out, char *err, size_t errsz)
{
	gnutls_datum_t ca = {0}, crl = {0};
	struct trust *t = calloc(1, sizeof *t);
	int rc = TLS_E_NOMEM;
	if (!t || gnutls_x509_trust_list_init(&t->tl, 0) < 0) {
		free(t);
		t = NULL;
		goto out;
	}
	atomic_init(&t->refs, 1);
	rc = read_datum(g.ca_path, &ca, err, errsz);
	if (rc)
		goto out;
	rc = TLS_E_LOAD;
	int r = gnutls_x509_trust_list_add_trust_mem(t->tl, &ca, NULL, GNUTLS_X509_FMT_PEM, 0, 0);
	if (r <= 0) {
		snprintf(err, errsz, "client_ca '%s': %s", g.ca_path,
			 r < 0 ? gnutls_strerror(r) : "no CA certificate");
		goto out;
	}
	if (g.crl_path) {
		if (read_datum(g.crl_path, &crl, err, errsz))
			goto out;
		r = gnutls_x509_trust_list_add_trust_mem(t->tl, NULL, &crl, GNUTLS_X509_FMT_PEM,
							 GNUTLS_TL_VERIFY_CRL, 0);
		if (r <= 0) {
			snprintf(err, errsz, "crl '%s': %s", g.crl_path,
				 r < 0 ? gnutls_strerror(r) : "not a CRL signed by client_ca");
			goto out;
		}
	}
	t->generation = atomic_fetch_add(&g.generation, 1) + 1;
	*out = t;
	t = NULL;
	rc = TLS_OK;
out:
	free_datum(&ca, 0);
	free_datum(&crl, 0);
	if (t)
		trust_release(t);
	return rc;
}

int tls_init(const struct config *cfg, char *err, size_t errsz)
{
	g.cert_path = strdup(cfg->cert);
	g.key_path = strdup(cfg->key);
	g.ca_path = strdup(cfg->client_ca);
	g.crl_path = cfg->crl ? strdup(cfg->crl) : NULL;
	g.priorities = strdup(cfg->priorities ? cfg->priorities : TLS_DEFAULT_PRIORITIES);
	if (!g.cert_path || !g.key_path || !g.ca_path || !g.priorities) {
		snprintf(err, errsz, "out of memory");
		return TLS_E_NOMEM;
	}
	gnutls_priority_t prio;
	const char *where = NULL;
	if (gnutls_priority_init(&prio, g.priorities, &where) < 0) {
		snprintf(err, errsz, "[tls] priorities: invalid near '%s'", where ? where : "?");
		return TLS_E_LOAD;
	}
	gnutls_priority_deinit(prio);

	struct creds *c = NULL;
	struct trust *t = NULL;
	int rc = load_creds(&c, err, errsz);
	if (rc)
		return rc;
	rc = load_trust(&t, err, errsz);
	if (rc) {
		creds_free(c);
		return rc;
	}
	atomic_store(&g.creds, c);
	g.trust = t;
	return TLS_OK;
}

int tls_reload(char *err, size_t errsz)
{
	struct creds *c = NULL;
	struct trust *t = NULL;
	int rc = load_creds(&c, err, errsz);
	if (rc)
		return rc;
	rc = load_trust(&t, err, errsz);
	if (rc) {
		creds_free(c);
		return rc;
	}
	pthread_mutex_lock(&g.lock);
	struct creds *old = atomic_exchange(&g.creds, c);
	old->retired_next = g.retired;
	g.retired = old;
	struct trust *oldt = g.trust;
	g.trust = t;
	pthread_mutex_unlock(&g.lock);
	trust_release(oldt);
	return TLS_OK;
}

void tls_shutdown(void)
{
	creds_free(atomic_exchange(&g.creds, NULL));
	while (g.retired) {
		struct creds *n = g.retired->retired_next;
		creds_free(g.retired);
		g.retired = n;
	}
	trust_release(g.trust);
	g.trust = NULL;
	free(g.cert_path);
	free(g.key_path);
	free(g.ca_path);
	free(g.crl_path);
	free(g.priorities);
	g.cert_path = g.key_path = g.ca_path = g.crl_path = g.priorities = NULL;
}

const char *tls_priorities(void)
{
	return g.priorities;
}

uint64_t tls_trust_generation(void)
{
	return atomic_load(&g.generation);
}

int tls_cert_callback(gnutls_session_t session, const gnutls_datum_t *req_ca_rdn,
		      int nreqs, const gnutls_pk_algorithm_t *pk_algos, int pk_algos_length,
		      gnutls_pcert_st **pcert, unsigned int *pcert_length,
		      gnutls_privkey_t *privkey)
{
	(void)session;
	(void)req_ca_rdn;
	(void)nreqs;
	(void)pk_algos;
	(void)pk_algos_length;
	struct creds *c = atomic_load(&g.creds);
	if (!c)
		return -1;
	*pcert = c->pcerts;
	*pcert_length = c->npcerts;
	*privkey = c->key;
	return 0;
}

static const char *status_reason(unsigned int status)
{
	if (status & GNUTLS_CERT_REVOKED)
		return "revoked";
	if (status & GNUTLS_CERT_EXPIRED)
		return "expired";
	if (status & GNUTLS_CERT_NOT_ACTIVATED)
		return "not_yet_valid";
	if (status & GNUTLS_CERT_PURPOSE_MISMATCH)
		return "wrong_key_purpose";
	if (status & GNUTLS_CERT_SIGNER_NOT_FOUND)
		return "untrusted";
	if (status & GNUTLS_CERT_INSECURE_ALGORITHM)
		return "insecure_algorithm";
	if (status & GNUTLS_CERT_SIGNATURE_FAILURE)
		return "bad_signature";
	return "invalid";
}

/* 1..255 printable ASCII without spaces: the name becomes a principal, a
 * log field and an LMDB key. */
static int usable_name(const char *s, size_t n)
{
	if (n == 0 || n > 255)
		return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (ch <= 0x20 || ch >= 0x7f)
			return 0;
	}
	return 1;
}

static int peer_name(gnutls_x509_crt_t crt, char *name, size_t namesz)
{
	for (unsigned seq = 0; seq < 64; seq++) {
		char buf[512];
		size_t sz = sizeof buf - 1;
		unsigned int critical = 0;
		int type = gnutls_x509_crt_get_subject_alt_name(crt, seq, buf, &sz, &critical);
		if (type == GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
			break;
		if (type == GNUTLS_SAN_URI) {
			if (!usable_name(buf, sz) || sz >= namesz)
				return -1;
			memcpy(name, buf, sz);
			name[sz] = '\0';
			return 0;
		}
	}
	size_t sz = namesz - 1;
	if (gnutls_x509_crt_get_dn_by_oid(crt, GNUTLS_OID_X520_COMMON_NAME, 0, 0, name, &sz) < 0)
		return -1;
	name[sz] = '\0';
	return usable_name(name, strlen(name)) && strlen(name) == sz ? 0 : -1;
}

int tls_principal_of_der(const gnutls_datum_t *der, char *out, size_t outsz)
{
	gnutls_x509_crt_t crt;
	char name[TLS_PRINCIPAL_MAX - 8];
	if (gnutls_x509_crt_init(&crt) < 0)
		return TLS_E_NOMEM;
	int rc = TLS_E_INVALID;
	if (gnutls_x509_crt_import(crt, der, GNUTLS_X509_FMT_DER) >= 0 &&
	    peer_name(crt, name, sizeof name) == 0 &&
	    (size_t)snprintf(out, outsz, "svc:%s", name) < outsz)
		rc = TLS_OK;
	gnutls_x509_crt_deinit(crt);
	return rc;
}

int tls_verify_session(gnutls_session_t session, struct tls_peer *peer,
		       const char **reason)
{
	unsigned int n = 0;
	const char *why = "invalid";
	const gnutls_datum_t *der = gnutls_certificate_get_peers(session, &n);
	if (!der || n == 0) {
		if (reason)
			*reason = "no_certificate";
		return TLS_E_NO_CERT;
	}
	if (n > MAX_CHAIN)
		n = MAX_CHAIN;

	gnutls_x509_crt_t crts[MAX_CHAIN];
	unsigned int ncrt = 0;
	int rc = TLS_E_INVALID;
	struct trust *t = trust_acquire();
	if (!t) {
		why = "no_trust_list";
		goto out;
	}
	for (; ncrt < n; ncrt++) {
		if (gnutls_x509_crt_init(&crts[ncrt]) < 0)
			goto out;
		if (gnutls_x509_crt_import(crts[ncrt], &der[ncrt], GNUTLS_X509_FMT_DER) < 0) {
			gnutls_x509_crt_deinit(crts[ncrt]);
			why = "unparseable";
			goto out;
		}
	}
	unsigned int status = 0;
	int r = gnutls_x509_trust_list_verify_crt2(t->tl, crts, ncrt, &client_purpose, 1, 0,
						   &status, NULL);
	if (r < 0 || status != 0) {
		why = r < 0 ? "verify_error" : status_reason(status);
		goto out;
	}
	if (peer) {
		char name[TLS_PRINCIPAL_MAX - 8];
		if (peer_name(crts[0], name, sizeof name)) {
			why = "unusable_name";
			goto out;
		}
		snprintf(peer->principal, sizeof peer->principal, "svc:%s", name);
		unsigned char digest[32];
		if (gnutls_hash_fast(GNUTLS_DIG_SHA256, der[0].data, der[0].size, digest) < 0)
			goto out;
		util_hex(digest, 32, peer->cert_sha256);
		peer->trust_generation = t->generation;
	}
	rc = TLS_OK;
	why = NULL;
out:
	for (unsigned i = 0; i < ncrt; i++)
		gnutls_x509_crt_deinit(crts[i]);
	trust_release(t);
	if (reason)
		*reason = why;
	return rc;
}

/* Sessions whose certificate our callback judged, per MHD thread (a pool
 * thread owns its connections), so that a refused handshake is not counted a
 * second time as "no certificate" when its connection closes. */
static __thread gnutls_session_t judged[16];
static __thread unsigned judged_next;

int tls_session_take_judged(gnutls_session_t session)
{
	int found = 0;
	for (unsigned i = 0; i < 16; i++) {
		if (judged[i] == session) {
			judged[i] = NULL; /* the address may be reused by a later session */
			found = 1;
		}
	}
	return found;
}

static int handshake_verify(gnutls_session_t session)
{
	const char *why = NULL;
	judged[judged_next++ % 16] = session;
	int rc = tls_verify_session(session, NULL, &why);
	if (rc == TLS_OK)
		return 0;
	metrics_tls_failure(why);
	log_info("tls handshake refused", "reason", why);
	return -1;
}

void tls_session_setup(gnutls_session_t session)
{
	gnutls_certificate_server_set_request(session, GNUTLS_CERT_REQUIRE);
	gnutls_session_set_verify_function(session, handshake_verify);
}
