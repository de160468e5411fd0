/* tls_name: the names in client certificates: the principal a certificate
 * names (docs/IDENTITY.md), the name constraints of the CAs on its path,
 * key and signature strength, DNs as logged. */
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
int tls_cert_name(gnutls_x509_crt_t crt, char name[TLS_NAME_MAX + 1], int *from_cn,
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
	    tls_cert_name(crt, name, &from_cn, &why) == 0 &&
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
int tls_within_constraints(gnutls_x509_crt_t ca, const char *name, int from_cn)
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
const char *tls_weakness(gnutls_x509_crt_t crt, int check_sig)
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
void tls_cert_dn(gnutls_x509_crt_t crt, int issuer, char out[TLS_DN_MAX])
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
