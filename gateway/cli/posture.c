/* posture: the checks of posture.h. Certificates and priority strings are
 * read with GnuTLS, the library that serves them. */
#include "posture.h"

#include <arpa/inet.h>
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define PEM_MAX (1024 * 1024)

struct out {
	posture_finding *v;
	size_t max, n;
};

__attribute__((format(printf, 4, 5))) static void add(struct out *o, int sev, const char *code,
						      const char *fmt, ...)
{
	if (o->n < o->max) {
		posture_finding *f = &o->v[o->n];
		f->severity = sev;
		snprintf(f->code, sizeof f->code, "%s", code);
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(f->msg, sizeof f->msg, fmt, ap);
		va_end(ap);
	}
	o->n++;
}

static void check_secrets(const posture_input *in, struct out *o)
{
	for (size_t i = 0; i < in->nsecrets; i++) {
		struct stat st;
		if (!in->secrets[i].path || stat(in->secrets[i].path, &st) != 0)
			continue; /* check-config reports unreadable files itself */
		if (st.st_mode & (S_IROTH | S_IWOTH))
			add(o, POSTURE_ERROR, "key_file_mode",
			    "%s %s is accessible to every user (mode %04o): chmod 600",
			    in->secrets[i].label, in->secrets[i].path,
			    (unsigned)(st.st_mode & 07777));
		else if (st.st_mode & (S_IRGRP | S_IWGRP))
			add(o, POSTURE_WARN, "key_file_mode",
			    "%s %s is accessible to its group (mode %04o): chmod 600",
			    in->secrets[i].label, in->secrets[i].path,
			    (unsigned)(st.st_mode & 07777));
	}
}

static int loopback(const char *host)
{
	struct in_addr a4;
	struct in6_addr a6;
	if (inet_pton(AF_INET, host, &a4) == 1)
		return (ntohl(a4.s_addr) >> 24) == 127;
	if (inet_pton(AF_INET6, host, &a6) == 1)
		return IN6_IS_ADDR_LOOPBACK(&a6);
	return !strcmp(host, "localhost");
}

/* ---- TLS priorities ---- */

typedef int (*list_fn)(gnutls_priority_t, const unsigned int **);

static int in_list(unsigned v, const unsigned *l, int n)
{
	for (int i = 0; i < n; i++)
		if (l[i] == v)
			return 1;
	return 0;
}

static int weak_protocol(unsigned p)
{
	return p == GNUTLS_SSL3 || p == GNUTLS_TLS1_0 || p == GNUTLS_TLS1_1 ||
	       p == GNUTLS_DTLS0_9 || p == GNUTLS_DTLS1_0;
}

static int weak_cipher(unsigned c)
{
	return c == GNUTLS_CIPHER_NULL || c == GNUTLS_CIPHER_ARCFOUR_128 ||
	       c == GNUTLS_CIPHER_ARCFOUR_40 || c == GNUTLS_CIPHER_3DES_CBC ||
	       c == GNUTLS_CIPHER_DES_CBC || c == GNUTLS_CIPHER_RC2_40_CBC;
}

static int weak_sign(unsigned s)
{
	return s == GNUTLS_SIGN_RSA_MD5 || s == GNUTLS_SIGN_RSA_SHA1 || s == GNUTLS_SIGN_DSA_SHA1 ||
	       s == GNUTLS_SIGN_ECDSA_SHA1 || s == GNUTLS_SIGN_RSA_MD2;
}

static void check_priorities(const posture_input *in, struct out *o)
{
	if (!in->tls_priorities || !in->default_priorities)
		return;
	gnutls_priority_t mine = NULL, def = NULL;
	const char *where = NULL;
	if (gnutls_priority_init(&mine, in->tls_priorities, &where) < 0) {
		add(o, POSTURE_ERROR, "tls_priorities",
		    "[tls] priorities does not parse near '%.40s'", where ? where : "?");
		return;
	}
	if (gnutls_priority_init(&def, in->default_priorities, NULL) < 0) {
		gnutls_priority_deinit(mine);
		return;
	}
	static const struct {
		const char *what;
		list_fn fn;
		int kind;
	} lists[] = {
		{"protocol", gnutls_priority_protocol_list, 0},
		{"cipher", gnutls_priority_cipher_list, 1},
		{"key exchange", gnutls_priority_kx_list, 2},
		{"MAC", gnutls_priority_mac_list, 3},
		{"signature", gnutls_priority_sign_list, 4},
		{"group", gnutls_priority_group_list, 5},
	};
	char extra[256] = "";
	size_t el = 0;
	int sev = 0;
	for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++) {
		const unsigned *lm = NULL, *ld = NULL;
		int nm = lists[k].fn(mine, &lm), nd = lists[k].fn(def, &ld);
		for (int i = 0; i < nm; i++) {
			if (nd > 0 && in_list(lm[i], ld, nd))
				continue;
			const char *name = NULL;
			int weak = 0;
			switch (lists[k].kind) {
			case 0:
				name = gnutls_protocol_get_name(lm[i]);
				weak = weak_protocol(lm[i]);
				break;
			case 1:
				name = gnutls_cipher_get_name(lm[i]);
				weak = weak_cipher(lm[i]);
				break;
			case 2:
				name = gnutls_kx_get_name(lm[i]);
				weak = lm[i] == GNUTLS_KX_RSA;
				break;
			case 3:
				name = gnutls_mac_get_name(lm[i]);
				weak = lm[i] == GNUTLS_MAC_MD5;
				break;
			case 4:
				name = gnutls_sign_get_name(lm[i]);
				weak = weak_sign(lm[i]);
				break;
			default:
				name = gnutls_group_get_name(lm[i]);
				break;
			}
			sev = weak ? POSTURE_ERROR : (sev ? sev : POSTURE_WARN);
			int w = snprintf(extra + el, sizeof extra - el, "%s%s %s", el ? ", " : "",
					 lists[k].what, name ? name : "?");
			if (w > 0)
				el += (size_t)w < sizeof extra - el ? (size_t)w
								    : sizeof extra - el - 1;
		}
	}
	if (sev)
		add(o, sev, "tls_priorities",
		    "[tls] priorities enables what the default does not: %s", extra);
	gnutls_priority_deinit(mine);
	gnutls_priority_deinit(def);
}

/* ---- certificates ---- */

static int load_pem(const char *path, gnutls_x509_crt_t **crts, unsigned *n)
{
	gnutls_datum_t d = {NULL, 0};
	*crts = NULL;
	*n = 0;
	if (gnutls_load_file(path, &d) < 0)
		return -1;
	int rc = d.size > PEM_MAX
			 ? -1
			 : gnutls_x509_crt_list_import2(crts, n, &d, GNUTLS_X509_FMT_PEM, 0);
	gnutls_free(d.data);
	return rc < 0 || *n == 0 ? -1 : 0;
}

static void free_crts(gnutls_x509_crt_t *crts, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		gnutls_x509_crt_deinit(crts[i]);
	gnutls_free(crts);
}

static void dn_of(gnutls_x509_crt_t c, char *out, size_t cap)
{
	size_t len = cap;
	if (gnutls_x509_crt_get_dn(c, out, &len) < 0)
		snprintf(out, cap, "(unreadable DN)");
}

int posture_cert_expiry(const char *path, uint64_t now_s, int64_t *seconds, char *subject,
			size_t subjsz)
{
	gnutls_x509_crt_t *crts;
	unsigned n;
	if (!path || load_pem(path, &crts, &n))
		return -1;
	int64_t best = INT64_MAX;
	for (unsigned i = 0; i < n; i++) {
		time_t na = gnutls_x509_crt_get_expiration_time(crts[i]);
		int64_t left = (int64_t)na - (int64_t)now_s;
		if (na != (time_t)-1 && left < best) {
			best = left;
			if (subject)
				dn_of(crts[i], subject, subjsz);
		}
	}
	free_crts(crts, n);
	if (best == INT64_MAX)
		return -1;
	*seconds = best;
	return 0;
}

static void check_certs(const posture_input *in, const char *label, const char *path, struct out *o)
{
	gnutls_x509_crt_t *crts;
	unsigned n;
	if (!path || load_pem(path, &crts, &n))
		return;
	int64_t warn = (int64_t)(in->expiry_days ? in->expiry_days : 30) * 86400;
	for (unsigned i = 0; i < n; i++) {
		char dn[160];
		dn_of(crts[i], dn, sizeof dn);
		time_t na = gnutls_x509_crt_get_expiration_time(crts[i]);
		int64_t left = (int64_t)na - (int64_t)in->now_s;
		if (na != (time_t)-1 && left <= 0)
			add(o, POSTURE_ERROR, "cert_expiring", "%s %s (%s) has expired", label,
			    path, dn);
		else if (na != (time_t)-1 && left < warn)
			add(o, POSTURE_WARN, "cert_expiring", "%s %s (%s) expires in %lld days",
			    label, path, dn, (long long)(left / 86400));
		unsigned bits = 0;
		int alg = gnutls_x509_crt_get_pk_algorithm(crts[i], &bits);
		if (alg == GNUTLS_PK_RSA && bits < 2048)
			add(o, POSTURE_ERROR, "rsa_too_short",
			    "%s %s (%s) has an RSA key of %u bits (below 2048)", label, path, dn,
			    bits);
	}
	free_crts(crts, n);
}

size_t posture_run(const posture_input *in, posture_finding *v, size_t max)
{
	struct out o = {.v = v, .max = max};
	check_secrets(in, &o);
	if (in->ops_host && !loopback(in->ops_host))
		add(&o, POSTURE_WARN, "ops_not_loopback",
		    "[ops] listen is on %s, not loopback: /metrics tells anyone who can reach it about traffic and alerts",
		    in->ops_host);
	check_priorities(in, &o);
	check_certs(in, "[tls] cert", in->server_cert, &o);
	check_certs(in, "[tls] client_ca", in->client_ca, &o);
	if (in->bootstrap_admins && in->store_populated == 1)
		add(&o, POSTURE_WARN, "bootstrap_admins",
		    "[bootstrap] admins lists %zu principal(s) while the policy store holds roles or bindings: bind admins in the store and remove them",
		    in->bootstrap_admins);
	for (size_t i = 0; i < in->nissuers; i++)
		if (!in->issuers[i].audience || !in->issuers[i].audience[0])
			add(&o, POSTURE_ERROR, "issuer_no_audience",
			    "[issuer:%s] has no audience: tokens minted for any other service would be accepted",
			    in->issuers[i].name ? in->issuers[i].name : "?");
	if (in->retention_s <= 0 || in->retention_s >= 10L * 366 * 86400)
		add(&o, POSTURE_WARN, "retention_off",
		    "[retention] default_s is %ld s: conversations are in effect kept forever",
		    in->retention_s);
	if (in->test_clock)
		add(&o, POSTURE_ERROR, "test_clock",
		    "CUSTOS_TEST_CLOCK_FILE is set: the policy and detection clock can be moved (tests only)");
	return o.n;
}
