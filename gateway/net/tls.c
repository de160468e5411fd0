/* tls: credentials, trust list and explicit client-certificate verification
 * for libmicrohttpd's GnuTLS backend (see tls.h for why), and the principal
 * a client certificate names (docs/IDENTITY.md). */
#include <arpa/inet.h>
#include <gnutls/crypto.h>
#include <gnutls/x509-ext.h>
#include <gnutls/x509.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "file.h"
#include "hex.h"
#include "log.h"
#include "metrics.h"
#include "policy.h"
#include "tls_int.h"

struct tls_state tls_g = {.lock = PTHREAD_MUTEX_INITIALIZER};

gnutls_typed_vdata_st tls_client_purpose = {
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

void tls_trust_release(struct trust *t)
{
	if (t && atomic_fetch_sub(&t->refs, 1) == 1) {
		gnutls_x509_trust_list_deinit(t->tl, 1);
		for (unsigned i = 0; i < t->ncas; i++)
			gnutls_x509_crt_deinit(t->cas[i]);
		gnutls_free(t->cas);
		free(t);
	}
}

struct trust *tls_trust_acquire(void)
{
	pthread_mutex_lock(&tls_g.lock);
	struct trust *t = tls_g.trust;
	if (t)
		atomic_fetch_add(&t->refs, 1);
	pthread_mutex_unlock(&tls_g.lock);
	return t;
}

static int read_datum(const char *path, gnutls_datum_t *d, char *err, size_t errsz)
{
	char *buf = NULL;
	size_t len = 0;
	int rc = file_read(path, PEM_MAX, &buf, &len);
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
	rc = read_datum(tls_g.cert_path, &cd, err, errsz);
	if (rc)
		goto out;
	rc = read_datum(tls_g.key_path, &kd, err, errsz);
	if (rc)
		goto out;
	rc = TLS_E_LOAD;
	c->npcerts = MAX_CHAIN;
	int r = gnutls_pcert_list_import_x509_raw(c->pcerts, &c->npcerts, &cd, GNUTLS_X509_FMT_PEM,
						  0);
	if (r < 0 || c->npcerts == 0) {
		c->npcerts = 0;
		snprintf(err, errsz, "server certificate '%s': %s", tls_g.cert_path,
			 r < 0 ? gnutls_strerror(r) : "no certificate");
		goto out;
	}
	r = gnutls_privkey_init(&c->key);
	if (r >= 0)
		r = gnutls_privkey_import_x509_raw(c->key, &kd, GNUTLS_X509_FMT_PEM, NULL, 0);
	if (r < 0) {
		snprintf(err, errsz, "server key '%s': %s", tls_g.key_path, gnutls_strerror(r));
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
			 tls_g.key_path, tls_g.cert_path);
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
	rc = read_datum(tls_g.ca_path, &ca, err, errsz);
	if (rc)
		goto out;
	rc = TLS_E_LOAD;
	int r = gnutls_x509_trust_list_add_trust_mem(t->tl, &ca, NULL, GNUTLS_X509_FMT_PEM, 0, 0);
	if (r <= 0) {
		snprintf(err, errsz, "client_ca '%s': %s", tls_g.ca_path,
			 r < 0 ? gnutls_strerror(r) : "no CA certificate");
		goto out;
	}
	r = gnutls_x509_crt_list_import2(&t->cas, &t->ncas, &ca, GNUTLS_X509_FMT_PEM, 0);
	if (r < 0) {
		snprintf(err, errsz, "client_ca '%s': %s", tls_g.ca_path, gnutls_strerror(r));
		goto out;
	}
	if (tls_g.crl_path) {
		if (read_datum(tls_g.crl_path, &crl, err, errsz))
			goto out;
		r = gnutls_x509_trust_list_add_trust_mem(t->tl, NULL, &crl, GNUTLS_X509_FMT_PEM,
							 GNUTLS_TL_VERIFY_CRL, 0);
		if (r <= 0) {
			snprintf(err, errsz, "crl '%s': %s", tls_g.crl_path,
				 r < 0 ? gnutls_strerror(r) : "not a CRL signed by client_ca");
			goto out;
		}
	}
	t->generation = atomic_fetch_add(&tls_g.generation, 1) + 1;
	*out = t;
	t = NULL;
	rc = TLS_OK;
out:
	free_datum(&ca, 0);
	free_datum(&crl, 0);
	if (t)
		tls_trust_release(t);
	return rc;
}

/* The server credentials and the trust list, both or neither. */
static int load_files(struct creds **c, struct trust **t, char *err, size_t errsz)
{
	int rc = load_creds(c, err, errsz);
	if (rc)
		return rc;
	rc = load_trust(t, err, errsz);
	if (rc) {
		creds_free(*c);
		*c = NULL;
	}
	return rc;
}

int tls_init(const struct tls_conf *cfg, char *err, size_t errsz)
{
	tls_g.cert_path = strdup(cfg->cert);
	tls_g.key_path = strdup(cfg->key);
	tls_g.ca_path = strdup(cfg->client_ca);
	tls_g.crl_path = cfg->crl ? strdup(cfg->crl) : NULL;
	tls_g.priorities = strdup(cfg->priorities ? cfg->priorities : TLS_DEFAULT_PRIORITIES);
	tls_g.allow_intermediates = cfg->allow_intermediates;
	if (!tls_g.cert_path || !tls_g.key_path || !tls_g.ca_path || !tls_g.priorities) {
		snprintf(err, errsz, "out of memory");
		return TLS_E_NOMEM;
	}
	gnutls_priority_t prio;
	const char *where = NULL;
	if (gnutls_priority_init(&prio, tls_g.priorities, &where) < 0) {
		snprintf(err, errsz, "[tls] priorities: invalid near '%s'", where ? where : "?");
		return TLS_E_LOAD;
	}
	gnutls_priority_deinit(prio);

	struct creds *c = NULL;
	struct trust *t = NULL;
	int rc = load_files(&c, &t, err, errsz);
	if (rc)
		return rc;
	atomic_store(&tls_g.creds, c);
	tls_g.trust = t;
	return TLS_OK;
}

int tls_reload(char *err, size_t errsz)
{
	struct creds *c = NULL;
	struct trust *t = NULL;
	int rc = load_files(&c, &t, err, errsz);
	if (rc)
		return rc;
	pthread_mutex_lock(&tls_g.lock);
	struct creds *old = atomic_exchange(&tls_g.creds, c);
	old->retired_next = tls_g.retired;
	tls_g.retired = old;
	struct trust *oldt = tls_g.trust;
	tls_g.trust = t;
	pthread_mutex_unlock(&tls_g.lock);
	tls_trust_release(oldt);
	return TLS_OK;
}

void tls_shutdown(void)
{
	creds_free(atomic_exchange(&tls_g.creds, NULL));
	while (tls_g.retired) {
		struct creds *n = tls_g.retired->retired_next;
		creds_free(tls_g.retired);
		tls_g.retired = n;
	}
	tls_trust_release(tls_g.trust);
	tls_g.trust = NULL;
	free(tls_g.cert_path);
	free(tls_g.key_path);
	free(tls_g.ca_path);
	free(tls_g.crl_path);
	free(tls_g.priorities);
	tls_g.cert_path = tls_g.key_path = tls_g.ca_path = tls_g.crl_path = tls_g.priorities = NULL;
}

void tls_set_refusal_hook(tls_refusal_fn fn)
{
	atomic_store(&tls_g.on_refusal, fn);
}

const char *tls_priorities(void)
{
	return tls_g.priorities;
}

uint64_t tls_trust_generation(void)
{
	return atomic_load(&tls_g.generation);
}

int tls_cert_callback(gnutls_session_t session, const gnutls_datum_t *req_ca_rdn, int nreqs,
		      const gnutls_pk_algorithm_t *pk_algos, int pk_algos_length,
		      gnutls_pcert_st **pcert, unsigned int *pcert_length,
		      gnutls_privkey_t *privkey)
{
	(void)session;
	(void)req_ca_rdn;
	(void)nreqs;
	(void)pk_algos;
	(void)pk_algos_length;
	struct creds *c = atomic_load(&tls_g.creds);
	if (!c)
		return -1;
	*pcert = c->pcerts;
	*pcert_length = c->npcerts;
	*privkey = c->key;
	return 0;
}

const char *tls_status_reason(unsigned int status)
{
	/* In order of precedence: the first that applies names the failure. */
	static const struct {
		unsigned int bit;
		const char *reason;
	} reasons[] = {
		{GNUTLS_CERT_REVOKED, "revoked"},
		{GNUTLS_CERT_EXPIRED, "expired"},
		{GNUTLS_CERT_NOT_ACTIVATED, "not_yet_valid"},
		{GNUTLS_CERT_PURPOSE_MISMATCH, "wrong_key_purpose"},
		{GNUTLS_CERT_SIGNER_NOT_FOUND, "untrusted"},
		{GNUTLS_CERT_SIGNER_CONSTRAINTS_FAILURE, "name_constraints"},
		{GNUTLS_CERT_INSECURE_ALGORITHM, "insecure_algorithm"},
		{GNUTLS_CERT_SIGNATURE_FAILURE, "bad_signature"},
	};
	for (size_t i = 0; i < sizeof reasons / sizeof reasons[0]; i++)
		if (status & reasons[i].bit)
			return reasons[i].reason;
	return "invalid";
}

/* ------------------------------------------------------------ handshake */

/* What a refused handshake presented, for the refusal hook. */
static void describe(gnutls_session_t session, const gnutls_datum_t *der, struct tls_refusal *ref)
{
	gnutls_x509_crt_t crt = NULL;
	unsigned char digest[32];
	if (gnutls_hash_fast(GNUTLS_DIG_SHA256, der->data, der->size, digest) == 0)
		hex_encode(digest, 32, ref->cert_sha256);
	if (gnutls_x509_crt_init(&crt) == 0 &&
	    gnutls_x509_crt_import(crt, der, GNUTLS_X509_FMT_DER) == 0) {
		tls_cert_dn(crt, 0, ref->subject);
		tls_cert_dn(crt, 1, ref->issuer);
	}
	if (crt)
		gnutls_x509_crt_deinit(crt);
	/* libmicrohttpd hands GnuTLS the socket itself; server.c then makes the
	 * session the pull (receive) pointer for its own read function, so the
	 * push (send) pointer is the one that still holds the socket. */
	struct sockaddr_storage ss = {0};
	socklen_t sl = sizeof ss;
	int rfd = -1, fd = -1;
	gnutls_transport_get_int2(session, &rfd, &fd);
	if (fd < 0 || getpeername(fd, (struct sockaddr *)&ss, &sl) != 0)
		return;
	if (ss.ss_family == AF_INET)
		inet_ntop(AF_INET, &((struct sockaddr_in *)&ss)->sin_addr, ref->peer,
			  sizeof ref->peer);
	else if (ss.ss_family == AF_INET6)
		inet_ntop(AF_INET6, &((struct sockaddr_in6 *)&ss)->sin6_addr, ref->peer,
			  sizeof ref->peer);
}

static int handshake_verify(gnutls_session_t session)
{
	struct tls_conn *tc = gnutls_db_get_ptr(session);
	const char *why = NULL;
	unsigned int n = 0;
	if (tc)
		tc->judged = 1;
	const gnutls_datum_t *der = gnutls_certificate_get_peers(session, &n);
	int rc = tls_verify_chain(der, der ? n : 0, NULL, &why);
	if (rc == TLS_OK)
		return 0;
	metrics_tls_failure(why);
	tls_refusal_fn fn = atomic_load(&tls_g.on_refusal);
	if (rc == TLS_E_NO_CERT || !der || !fn) {
		log_debug("tls handshake refused", "reason", why);
		return -1;
	}
	struct tls_refusal ref;
	memset(&ref, 0, sizeof ref);
	ref.reason = why;
	describe(session, &der[0], &ref);
	fn(&ref);
	return -1;
}

static int hello_seen(gnutls_session_t session, unsigned htype, unsigned when, unsigned incoming,
		      const gnutls_datum_t *msg)
{
	(void)htype;
	(void)when;
	(void)incoming;
	(void)msg;
	struct tls_conn *tc = gnutls_db_get_ptr(session);
	if (tc)
		tc->hello = 1;
	return 0;
}

void tls_session_setup(gnutls_session_t session, struct tls_conn *tc)
{
	/* libmicrohttpd uses the session pointer itself but never the
	 * session-cache ("db") functions, so their pointer is ours. */
	gnutls_db_set_ptr(session, tc);
	gnutls_certificate_server_set_request(session, GNUTLS_CERT_REQUIRE);
	gnutls_session_set_verify_function(session, handshake_verify);
	gnutls_handshake_set_hook_function(session, GNUTLS_HANDSHAKE_CLIENT_HELLO, GNUTLS_HOOK_POST,
					   hello_seen);
}
