/* tls: credentials, trust list and explicit client-certificate verification
 * for libmicrohttpd's GnuTLS backend (see tls.h for why), and the principal
 * a client certificate names (docs/IDENTITY.md). */
#include "tls.h"

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

#include "config.h"
#include "log.h"
#include "metrics.h"
#include "policy.h"
#include "file.h"
#include "hex.h"

#define PEM_MAX (1 << 20)
#define MAX_CHAIN 8     /* presented certificates considered */
#define MAX_ANCHORS 8   /* CAs of client_ca that may have issued one certificate */
#define MAX_NC 256      /* name constraints read per CA */

struct creds {
	gnutls_pcert_st pcerts[MAX_CHAIN];
	unsigned int npcerts;
	gnutls_privkey_t key;
	struct creds *retired_next;
};

struct trust {
	gnutls_x509_trust_list_t tl;
	gnutls_x509_crt_t *cas;   /* client_ca's certificates: path building, constraints */
	unsigned ncas;
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
	int allow_intermediates;       /* [tls] allow_intermediates */
	_Atomic(tls_refusal_fn) on_refusal;
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
		for (unsigned i = 0; i < t->ncas; i++)
			gnutls_x509_crt_deinit(t->cas[i]);
		gnutls_free(t->cas);
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
	r = gnutls_x509_crt_list_import2(&t->cas, &t->ncas, &ca, GNUTLS_X509_FMT_PEM, 0);
	if (r < 0) {
		snprintf(err, errsz, "client_ca '%s': %s", g.ca_path, gnutls_strerror(r));
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
	g.allow_intermediates = cfg->tls_allow_intermediates;
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

void tls_set_refusal_hook(tls_refusal_fn fn)
{
	atomic_store(&g.on_refusal, fn);
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
	if (status & GNUTLS_CERT_SIGNER_CONSTRAINTS_FAILURE)
		return "name_constraints";
	if (status & GNUTLS_CERT_INSECURE_ALGORITHM)
		return "insecure_algorithm";
	if (status & GNUTLS_CERT_SIGNATURE_FAILURE)
		return "bad_signature";
	return "invalid";
}

/* ------------------------------------------------------------ principal */

/* The name becomes a principal, a log field and an LMDB key: it must be a
 * principal of the one grammar (policy/principal.c: 1..255 printable ASCII
 * without spaces), so that every certificate we serve can be bound and
 * revoked. */
_Static_assert(TLS_NAME_MAX == POL_SVC_MAX, "certificate names are svc principals");
static int usable_name(const unsigned char *s, size_t n)
{
	char p[sizeof "svc:" - 1 + TLS_NAME_MAX];
	if (n == 0 || n > TLS_NAME_MAX)
		return 0;
	memcpy(p, "svc:", 4);
	memcpy(p + 4, s, n);
	return pol_principal_parse(p, n + 4, NULL, NULL) == 0;
}

/* The subject CN: exactly one, usable. */
static int cert_cn(gnutls_x509_crt_t crt, char name[TLS_NAME_MAX + 1])
{
	char cn[TLS_NAME_MAX + 2];
	size_t sz = sizeof cn - 1;
	if (gnutls_x509_crt_get_dn_by_oid(crt, GNUTLS_OID_X520_COMMON_NAME, 0, 0, cn, &sz) < 0 ||
	    sz >= sizeof cn)
		return -1;
	cn[sz] = '\0';
	if (strlen(cn) != sz || !usable_name((const unsigned char *)cn, sz))
		return -1;
	/* A second CN would make the name depend on which one a reader takes. */
	char other[8];
	size_t osz = sizeof other;
	if (gnutls_x509_crt_get_dn_by_oid(crt, GNUTLS_OID_X520_COMMON_NAME, 1, 0, other, &osz) !=
	    GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
		return -1;
	memcpy(name, cn, sz + 1);
	return 0;
}

/* The name a certificate gives its principal (docs/IDENTITY.md): its one SAN
 * URI; the subject CN only when it has no SAN extension or no URI in it.
 * Every SAN entry is read: an unreadable extension or entry, a second SAN
 * extension, more than TLS_SAN_MAX entries, a second URI or an unusable URI
 * refuses the certificate; it never falls back to the CN. *from_cn says
 * which was used. 0, or -1 with a reason word in *why. */
static int cert_name(gnutls_x509_crt_t crt, char name[TLS_NAME_MAX + 1], int *from_cn,
		     const char **why)
{
	gnutls_datum_t ext = {0}, dup = {0};
	gnutls_subject_alt_names_t sans = NULL;
	unsigned critical = 0;
	int rc = -1, found = 0;
	*why = "bad_san";
	int r = gnutls_x509_crt_get_extension_by_oid2(crt, GNUTLS_X509EXT_OID_SAN, 0, &ext,
						      &critical);
	if (r == GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE) {
		*from_cn = 1;
		*why = "unusable_name";
		rc = cert_cn(crt, name);
		goto out;
	}
	if (r < 0)
		goto out;
	r = gnutls_x509_crt_get_extension_by_oid2(crt, GNUTLS_X509EXT_OID_SAN, 1, &dup, &critical);
	if (r != GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
		goto out;
	if (gnutls_subject_alt_names_init(&sans) < 0)
		goto out;
	if (gnutls_x509_ext_import_subject_alt_names(&ext, sans, 0) < 0)
		goto out;
	for (unsigned seq = 0;; seq++) {
		unsigned type = 0;
		gnutls_datum_t san = {0}, oid = {0};
		r = gnutls_subject_alt_names_get(sans, seq, &type, &san, &oid);
		if (r == GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
			break;
		if (r < 0)
			goto out;
		if (seq >= TLS_SAN_MAX) {
			*why = "too_many_san";
			goto out;
		}
		if (type != GNUTLS_SAN_URI)
			continue;
		if (found) {
			*why = "multiple_uri";
			goto out;
		}
		if (!usable_name(san.data, san.size)) {
			*why = "unusable_name";
			goto out;
		}
		memcpy(name, san.data, san.size);
		name[san.size] = '\0';
		found = 1;
	}
	*from_cn = !found;
	if (found) {
		rc = 0;
	} else {
		*why = "unusable_name";
		rc = cert_cn(crt, name);
	}
out:
	gnutls_free(ext.data);
	gnutls_free(dup.data);
	if (sans)
		gnutls_subject_alt_names_deinit(sans);
	if (rc == 0)
		*why = NULL;
	return rc;
}

int tls_principal_of_der(const gnutls_datum_t *der, char *out, size_t outsz)
{
	gnutls_x509_crt_t crt;
	char name[TLS_NAME_MAX + 1];
	int from_cn = 0;
	const char *why = NULL;
	if (gnutls_x509_crt_init(&crt) < 0)
		return TLS_E_NOMEM;
	int rc = TLS_E_INVALID;
	if (gnutls_x509_crt_import(crt, der, GNUTLS_X509_FMT_DER) >= 0 &&
	    cert_name(crt, name, &from_cn, &why) == 0 &&
	    (size_t)snprintf(out, outsz, "svc:%s", name) < outsz)
		rc = TLS_OK;
	gnutls_x509_crt_deinit(crt);
	return rc;
}

/* ----------------------------------------------------- name constraints */

/* s[0..n) as a lowercase DNS name (letters, digits, '-', labels of 1-63
 * joined by '.'; lead_dot: one leading '.' allowed) into out. 0 or -1. */
static int dns_name(const unsigned char *s, size_t n, int lead_dot, char *out, size_t outsz)
{
	size_t i = 0, label = 0;
	if (n == 0 || n >= outsz || n > 253)
		return -1;
	if (lead_dot && s[0] == '.') {
		out[0] = '.';
		i = 1;
		if (n == 1)
			return -1;
	}
	for (; i < n; i++) {
		unsigned char ch = s[i];
		if (ch == '.') {
			if (label == 0)
				return -1;
			label = 0;
		} else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-') {
			label++;
		} else if (ch >= 'A' && ch <= 'Z') {
			ch = (unsigned char)(ch - 'A' + 'a');
			label++;
		} else {
			return -1;
		}
		if (label > 63)
			return -1;
		out[i] = (char)ch;
	}
	if (label == 0)
		return -1;
	out[n] = '\0';
	return 0;
}

/* The host of a URI principal (RFC 5280 4.2.1.10: constraints on URIs apply
 * to the host of the authority, which must be a DNS name). A URI without an
 * authority, with userinfo, an IP literal, a percent-encoded or otherwise
 * odd host cannot be checked: -1. */
static int uri_host(const char *uri, char host[254])
{
	const char *p = uri;
	if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
		return -1;
	while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
	       *p == '+' || *p == '-' || *p == '.')
		p++;
	if (strncmp(p, "://", 3) != 0)
		return -1;
	p += 3;
	size_t n = strcspn(p, "/?#");
	if (memchr(p, '@', n))
		return -1;
	const char *colon = memchr(p, ':', n);
	size_t hl = colon ? (size_t)(colon - p) : n;
	if (colon) {
		const char *q = colon + 1;
		if (q == p + n)
			return -1;
		for (; q < p + n; q++)
			if (*q < '0' || *q > '9')
				return -1;
	}
	if (dns_name((const unsigned char *)p, hl, 0, host, 254))
		return -1;
	/* All-digit last label: an IPv4 address, not a DNS name. */
	const char *last = strrchr(host, '.');
	last = last ? last + 1 : host;
	if (strspn(last, "0123456789") == strlen(last))
		return -1;
	return 0;
}

/* host inside constraint c. URI semantics (dns 0): ".x.y" any proper
 * subdomain of x.y, "x.y" that host only. DNS semantics (dns 1): "x.y"
 * itself and every subdomain, ".x.y" proper subdomains, "" everything. */
static int host_within(const char *host, const char *c, int dns)
{
	size_t hl = strlen(host), cl = strlen(c);
	if (cl == 0)
		return dns;
	if (c[0] == '.')
		return hl > cl && strcmp(host + hl - cl, c) == 0;
	if (strcmp(host, c) == 0)
		return 1;
	return dns && hl > cl && host[hl - cl - 1] == '.' && strcmp(host + hl - cl, c) == 0;
}

/* A URI or DNS constraint read as a lowercase name (DNS may be empty). */
static int constraint_name(unsigned type, const gnutls_datum_t *d, char out[256])
{
	if (type == GNUTLS_SAN_DNSNAME && d->size == 0) {
		out[0] = '\0';
		return 0;
	}
	return dns_name(d->data, d->size, 1, out, 256);
}

/* 0 when the principal's name (a SAN URI, or with from_cn a subject CN) is
 * inside ca's name constraints (docs/IDENTITY.md): URI and DNS constraints
 * both apply to a URI's host; a CA whose permitted subtrees speak of neither
 * permits no URI; nothing can be checked for a CN, so a CN under any
 * constraint is refused, as is a constraint we cannot read. -1 otherwise. */
static int within_constraints(gnutls_x509_crt_t ca, const char *name, int from_cn)
{
	gnutls_x509_name_constraints_t nc = NULL;
	unsigned critical = 0;
	int rc = -1;
	if (gnutls_x509_name_constraints_init(&nc) < 0)
		return -1;
	int r = gnutls_x509_crt_get_name_constraints(ca, nc, 0, &critical);
	if (r == GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE) {
		rc = 0;
		goto out;
	}
	if (r < 0)
		goto out;
	char host[254], c[256];
	int have_host = !from_cn && uri_host(name, host) == 0;
	int any = 0, uri_perm = 0, uri_ok = 0, dns_perm = 0, dns_ok = 0, other_perm = 0;
	for (unsigned i = 0;; i++) {
		unsigned type = 0;
		gnutls_datum_t d = {0};
		r = gnutls_x509_name_constraints_get_permitted(nc, i, &type, &d);
		if (r == GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
			break;
		if (r < 0 || i >= MAX_NC)
			goto out;
		any = 1;
		if (type != GNUTLS_SAN_URI && type != GNUTLS_SAN_DNSNAME) {
			other_perm = 1;
			continue;
		}
		int *perm = type == GNUTLS_SAN_URI ? &uri_perm : &dns_perm;
		int *ok = type == GNUTLS_SAN_URI ? &uri_ok : &dns_ok;
		*perm = 1;
		/* An unreadable permitted name permits nothing. */
		if (have_host && constraint_name(type, &d, c) == 0 &&
		    host_within(host, c, type == GNUTLS_SAN_DNSNAME))
			*ok = 1;
	}
	for (unsigned i = 0;; i++) {
		unsigned type = 0;
		gnutls_datum_t d = {0};
		r = gnutls_x509_name_constraints_get_excluded(nc, i, &type, &d);
		if (r == GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
			break;
		if (r < 0 || i >= MAX_NC)
			goto out;
		any = 1;
		if (!have_host || (type != GNUTLS_SAN_URI && type != GNUTLS_SAN_DNSNAME))
			continue;
		/* An unreadable excluded name might exclude this host. */
		if (constraint_name(type, &d, c) ||
		    host_within(host, c, type == GNUTLS_SAN_DNSNAME))
			goto out;
	}
	if (!any) {
		rc = 0;
		goto out;
	}
	if (!have_host)
		goto out;
	if ((uri_perm && !uri_ok) || (dns_perm && !dns_ok) ||
	    (!uri_perm && !dns_perm && other_perm))
		goto out;
	rc = 0;
out:
	gnutls_x509_name_constraints_deinit(nc);
	return rc;
}

/* ------------------------------------------------------------- strength */

/* Why crt's key (and, with check_sig, its signature) is too weak for a
 * client path, or NULL: RSA >= 2048 bits, ECDSA on curves of >= 256 bits,
 * EdDSA; nothing else. Signatures: secure for certificates by GnuTLS's own
 * table and not over SHA-1 or weaker, whatever the system policy says. */
static const char *weakness(gnutls_x509_crt_t crt, int check_sig)
{
	unsigned bits = 0;
	int pk = gnutls_x509_crt_get_pk_algorithm(crt, &bits);
	switch (pk) {
	case GNUTLS_PK_RSA:
	case GNUTLS_PK_RSA_PSS:
		if (bits < 2048)
			return "weak_key";
		break;
	case GNUTLS_PK_ECDSA:
		if (bits < 256)
			return "weak_key";
		break;
	case GNUTLS_PK_EDDSA_ED25519:
	case GNUTLS_PK_EDDSA_ED448:
		break;
	default:
		return "weak_key";
	}
	if (!check_sig)
		return NULL;
	int sig = gnutls_x509_crt_get_signature_algorithm(crt);
	if (sig < 0 || !gnutls_sign_is_secure2((gnutls_sign_algorithm_t)sig,
					       GNUTLS_SIGN_FLAG_SECURE_FOR_CERTS))
		return "weak_signature";
	switch (gnutls_sign_get_hash_algorithm((gnutls_sign_algorithm_t)sig)) {
	case GNUTLS_DIG_MD2:
	case GNUTLS_DIG_MD5:
	case GNUTLS_DIG_SHA1:
	case GNUTLS_DIG_RMD160:
	case GNUTLS_DIG_MD5_SHA1:
		return "weak_signature";
	default:
		return NULL;
	}
}

/* --------------------------------------------------------- verification */

/* DN of crt (issuer with issuer set) into out: printable ASCII, other bytes
 * and backslashes as \xHH, cut with "..." at TLS_DN_MAX. */
static void cert_dn(gnutls_x509_crt_t crt, int issuer, char out[TLS_DN_MAX])
{
	gnutls_datum_t dn = {0};
	int r = issuer ? gnutls_x509_crt_get_issuer_dn3(crt, &dn, 0)
		       : gnutls_x509_crt_get_dn3(crt, &dn, 0);
	out[0] = '\0';
	if (r < 0)
		return;
	size_t o = 0;
	for (unsigned i = 0; i < dn.size; i++) {
		unsigned char ch = dn.data[i];
		int plain = ch >= 0x20 && ch < 0x7f && ch != '\\';
		size_t need = plain ? 1 : 4;
		if (o + need > TLS_DN_MAX - 4) {
			memcpy(out + o, "...", 4);
			o = TLS_DN_MAX; /* done */
			break;
		}
		if (plain)
			out[o++] = (char)ch;
		else
			o += (size_t)snprintf(out + o, 5, "\\x%02x", ch);
	}
	if (o < TLS_DN_MAX)
		out[o] = '\0';
	gnutls_free(dn.data);
}

/* Is ca (in client_ca) the issuer of crt by name and key identifier? */
static int issued_by(gnutls_x509_crt_t crt, gnutls_x509_crt_t ca)
{
	return gnutls_x509_crt_check_issuer(crt, ca) == 1;
}

/* The CAs of client_ca that may have issued crt, borrowed from t. */
static unsigned find_anchors(const struct trust *t, gnutls_x509_crt_t crt,
			     gnutls_x509_crt_t out[MAX_ANCHORS])
{
	unsigned n = 0;
	for (unsigned i = 0; i < t->ncas; i++) {
		if (!issued_by(crt, t->cas[i]))
			continue;
		if (n == MAX_ANCHORS)
			return MAX_ANCHORS + 1;
		out[n++] = t->cas[i];
	}
	return n;
}

/* GnuTLS verification flags: the MEDIUM profile refuses keys and signature
 * hashes under 112 bits of security (RSA < 2048, SHA-1) on every
 * certificate of the path; weakness() adds what the profile lets through. */
#define VERIFY_FLAGS GNUTLS_PROFILE_TO_VFLAGS(GNUTLS_PROFILE_MEDIUM)

static unsigned trust_status(const struct trust *t, gnutls_x509_crt_t *path, unsigned n)
{
	unsigned status = 0;
	if (gnutls_x509_trust_list_verify_crt2(t->tl, path, n, &client_purpose, 1,
					       VERIFY_FLAGS, &status, NULL) < 0)
		return GNUTLS_CERT_INVALID;
	return status;
}

int tls_verify_chain(const gnutls_datum_t *der, unsigned n, struct tls_peer *peer,
		     const char **reason)
{
	gnutls_x509_crt_t crts[MAX_CHAIN], path[MAX_CHAIN], anchors[MAX_ANCHORS];
	unsigned ncrt = 0, npath = 0, nanch = 0;
	const char *why = "invalid";
	int rc = TLS_E_INVALID;
	struct trust *t = NULL;
	if (peer)
		memset(peer, 0, sizeof *peer);
	if (!der || n == 0) {
		why = "no_certificate";
		rc = TLS_E_NO_CERT;
		goto out;
	}
	if (n > MAX_CHAIN)
		n = MAX_CHAIN;
	if (peer) {
		unsigned char digest[32];
		if (gnutls_hash_fast(GNUTLS_DIG_SHA256, der[0].data, der[0].size, digest) < 0)
			goto out;
		hex_encode(digest, 32, peer->cert_sha256);
	}
	t = trust_acquire();
	if (!t) {
		why = "no_trust_list";
		goto out;
	}
	for (; ncrt < n; ncrt++) {
		if (gnutls_x509_crt_init(&crts[ncrt]) < 0) {
			rc = TLS_E_NOMEM;
			goto out;
		}
		if (gnutls_x509_crt_import(crts[ncrt], &der[ncrt], GNUTLS_X509_FMT_DER) < 0) {
			gnutls_x509_crt_deinit(crts[ncrt]);
			why = "unparseable";
			goto out;
		}
	}

	/* The path: the leaf, then (only when intermediates are allowed) the
	 * presented certificate that issued the last one, until a CA of
	 * client_ca issued it. Whatever else was presented is ignored. */
	path[npath++] = crts[0];
	while (g.allow_intermediates && npath < ncrt && !find_anchors(t, path[npath - 1], anchors)) {
		unsigned next = 0;
		for (unsigned i = 1; i < ncrt && !next; i++) {
			int used = 0;
			for (unsigned j = 0; j < npath; j++)
				used |= path[j] == crts[i];
			if (!used && issued_by(path[npath - 1], crts[i]))
				next = i;
		}
		if (!next)
			break;
		path[npath++] = crts[next];
	}
	unsigned status = trust_status(t, path, npath);
	if (status) {
		why = status_reason(status);
		/* Trusted only through a presented intermediate: say so. */
		if (!g.allow_intermediates && ncrt > 1 && (status & GNUTLS_CERT_SIGNER_NOT_FOUND) &&
		    trust_status(t, crts, ncrt) == 0)
			why = "intermediate_not_allowed";
		/* Name the weakness the profile found, when we find it too. */
		for (unsigned i = 0; (status & GNUTLS_CERT_INSECURE_ALGORITHM) && i < npath; i++) {
			const char *w = weakness(path[i], 1);
			if (w) {
				why = w;
				break;
			}
		}
		goto out;
	}
	nanch = find_anchors(t, path[npath - 1], anchors);
	if (nanch == 0 || nanch > MAX_ANCHORS) {
		nanch = 0;
		why = "untrusted";
		goto out;
	}
	for (unsigned i = 0; i < npath + nanch; i++) {
		const char *w = i < npath ? weakness(path[i], 1) : weakness(anchors[i - npath], 0);
		if (w) {
			why = w;
			goto out;
		}
	}
	if (peer) {
		char name[TLS_NAME_MAX + 1];
		int from_cn = 0;
		if (cert_name(crts[0], name, &from_cn, &why))
			goto out;
		/* GnuTLS checks constraints only against the SAN types it knows;
		 * the principal is ours to check, against every CA on the path. */
		for (unsigned i = 1; i < npath + nanch; i++) {
			if (within_constraints(i < npath ? path[i] : anchors[i - npath], name, from_cn)) {
				why = "name_constraints";
				goto out;
			}
		}
		time_t nb = 0, na = 0, anb = 0, ana = 0;
		for (unsigned i = 0; i < npath; i++) {
			time_t b = gnutls_x509_crt_get_activation_time(path[i]);
			time_t e = gnutls_x509_crt_get_expiration_time(path[i]);
			if (b == (time_t)-1 || e == (time_t)-1)
				goto out;
			if (i == 0 || b > nb)
				nb = b;
			if (i == 0 || e < na)
				na = e;
		}
		/* Anchors that share a name and key (a renewed CA) are
		 * alternatives: the path lives as long as the best of them. */
		for (unsigned i = 0; i < nanch; i++) {
			time_t b = gnutls_x509_crt_get_activation_time(anchors[i]);
			time_t e = gnutls_x509_crt_get_expiration_time(anchors[i]);
			if (b == (time_t)-1 || e == (time_t)-1)
				goto out;
			if (i == 0 || b < anb)
				anb = b;
			if (i == 0 || e > ana)
				ana = e;
		}
		peer->not_before = nb > anb ? nb : anb;
		peer->not_after = na < ana ? na : ana;
		snprintf(peer->principal, sizeof peer->principal, "svc:%s", name);
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

int tls_verify_session(gnutls_session_t session, struct tls_peer *peer,
		       const char **reason)
{
	unsigned int n = 0;
	const gnutls_datum_t *der = gnutls_certificate_get_peers(session, &n);
	return tls_verify_chain(der, der ? n : 0, peer, reason);
}

int tls_peer_current(const struct tls_peer *peer, time_t now, const char **reason)
{
	const char *why = NULL;
	if (now < peer->not_before)
		why = "not_yet_valid";
	else if (now > peer->not_after)
		why = "expired";
	if (reason)
		*reason = why;
	return why ? TLS_E_INVALID : TLS_OK;
}

/* ------------------------------------------------------------ handshake */

/* What a refused handshake presented, for the refusal hook. */
static void describe(gnutls_session_t session, const gnutls_datum_t *der,
		     struct tls_refusal *ref)
{
	gnutls_x509_crt_t crt = NULL;
	unsigned char digest[32];
	if (gnutls_hash_fast(GNUTLS_DIG_SHA256, der->data, der->size, digest) == 0)
		hex_encode(digest, 32, ref->cert_sha256);
	if (gnutls_x509_crt_init(&crt) == 0 &&
	    gnutls_x509_crt_import(crt, der, GNUTLS_X509_FMT_DER) == 0) {
		cert_dn(crt, 0, ref->subject);
		cert_dn(crt, 1, ref->issuer);
	}
	if (crt)
		gnutls_x509_crt_deinit(crt);
	/* libmicrohttpd hands GnuTLS the socket itself; server.c then makes the
	 * session the pull (receive) pointer for its own read function, so the
	 * push (send) pointer is the one that still holds the socket. */
	struct sockaddr_storage ss;
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
	tls_refusal_fn fn = atomic_load(&g.on_refusal);
	if (rc == TLS_E_NO_CERT || !fn) {
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

static int hello_seen(gnutls_session_t session, unsigned htype, unsigned when,
		      unsigned incoming, const gnutls_datum_t *msg)
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
