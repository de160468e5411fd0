/* tls_verify: verifying a presented chain against the trust list in force:
 * the path to a CA of client_ca, validity, CRL, key purpose, strength,
 * the principal and the name constraints. */
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
 * certificate of the path; tls_weakness() adds what the profile lets through. */
#define VERIFY_FLAGS GNUTLS_PROFILE_TO_VFLAGS(GNUTLS_PROFILE_MEDIUM)

/* The principal of the leaf, the name constraints of every CA on the path
 * and the validity of the whole path into *peer. 0, or -1 with *why set
 * (left alone for an unreadable time). */
static int peer_identity(gnutls_x509_crt_t leaf, gnutls_x509_crt_t *path, unsigned npath,
			 gnutls_x509_crt_t *anchors, unsigned nanch, const struct trust *t,
			 struct tls_peer *peer, const char **why)
{
	char name[TLS_NAME_MAX + 1];
	int from_cn = 0;
	if (tls_cert_name(leaf, name, &from_cn, why))
		return -1;
	/* GnuTLS checks constraints only against the SAN types it knows;
	 * the principal is ours to check, against every CA on the path. */
	for (unsigned i = 1; i < npath + nanch; i++) {
		if (tls_within_constraints(i < npath ? path[i] : anchors[i - npath], name,
					   from_cn)) {
			*why = "name_constraints";
			return -1;
		}
	}
	time_t nb = 0, na = 0, anb = 0, ana = 0;
	for (unsigned i = 0; i < npath; i++) {
		time_t b = gnutls_x509_crt_get_activation_time(path[i]);
		time_t e = gnutls_x509_crt_get_expiration_time(path[i]);
		if (b == (time_t)-1 || e == (time_t)-1)
			return -1;
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
			return -1;
		if (i == 0 || b < anb)
			anb = b;
		if (i == 0 || e > ana)
			ana = e;
	}
	peer->not_before = nb > anb ? nb : anb;
	peer->not_after = na < ana ? na : ana;
	snprintf(peer->principal, sizeof peer->principal, "svc:%s", name);
	peer->trust_generation = t->generation;
	return 0;
}

static unsigned trust_status(const struct trust *t, gnutls_x509_crt_t *path, unsigned n)
{
	unsigned status = 0;
	if (gnutls_x509_trust_list_verify_crt2(t->tl, path, n, &tls_client_purpose, 1, VERIFY_FLAGS,
					       &status, NULL) < 0)
		return GNUTLS_CERT_INVALID;
	return status;
}

/* tls_verify_chain; with peer_ok, a failure of the peer's own checks
 * (principal, name constraints) leaves the verdict on the path TLS_OK and
 * sets *peer_ok 0. */
static int verify(const gnutls_datum_t *der, unsigned n, struct tls_peer *peer, int *peer_ok,
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
	t = tls_trust_acquire();
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
	while (tls_g.allow_intermediates && npath < ncrt &&
	       !find_anchors(t, path[npath - 1], anchors)) {
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
		why = tls_status_reason(status);
		/* Trusted only through a presented intermediate: say so. */
		if (!tls_g.allow_intermediates && ncrt > 1 &&
		    (status & GNUTLS_CERT_SIGNER_NOT_FOUND) && trust_status(t, crts, ncrt) == 0)
			why = "intermediate_not_allowed";
		/* Name the weakness the profile found, when we find it too. */
		for (unsigned i = 0; (status & GNUTLS_CERT_INSECURE_ALGORITHM) && i < npath; i++) {
			const char *w = tls_weakness(path[i], 1);
			if (w) {
				why = w;
				break;
			}
		}
		goto out;
	}
	nanch = find_anchors(t, path[npath - 1], anchors);
	if (nanch == 0 || nanch > MAX_ANCHORS) {
		why = "untrusted";
		goto out;
	}
	for (unsigned i = 0; i < npath + nanch; i++) {
		const char *w = i < npath ? tls_weakness(path[i], 1)
					  : tls_weakness(anchors[i - npath], 0);
		if (w) {
			why = w;
			goto out;
		}
	}
	if (peer) {
		int bad = peer_identity(crts[0], path, npath, anchors, nanch, t, peer, &why);
		if (bad && !peer_ok)
			goto out;
		if (peer_ok)
			*peer_ok = !bad; /* the handshake judges the path only */
	}
	rc = TLS_OK;
	why = NULL;
out:
	for (unsigned i = 0; i < ncrt; i++)
		gnutls_x509_crt_deinit(crts[i]);
	tls_trust_release(t);
	if (reason)
		*reason = why;
	return rc;
}

int tls_verify_chain(const gnutls_datum_t *der, unsigned n, struct tls_peer *peer,
		     const char **reason)
{
	return verify(der, n, peer, NULL, reason);
}

int tls_verify_handshake(const gnutls_datum_t *der, unsigned n, struct tls_peer *peer, int *peer_ok,
			 const char **reason)
{
	*peer_ok = 0;
	return verify(der, n, peer, peer_ok, reason);
}

int tls_verify_session(gnutls_session_t session, struct tls_peer *peer, const char **reason)
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

int tls_verify_pem(const char *pem, size_t len, struct tls_peer *peer, const char **reason)
{
	gnutls_x509_crt_t *crts = NULL;
	gnutls_datum_t der[MAX_CHAIN];
	unsigned int n = 0, nder = 0;
	int rc = TLS_E_INVALID;
	memset(peer, 0, sizeof *peer);
	*reason = "unparseable";
	if (!pem || len == 0) {
		*reason = "no_certificate";
		return TLS_E_NO_CERT;
	}
	if (len > PEM_MAX)
		return TLS_E_INVALID;
	gnutls_datum_t in = {(unsigned char *)pem, (unsigned)len};
	if (gnutls_x509_crt_list_import2(&crts, &n, &in, GNUTLS_X509_FMT_PEM, 0) < 0 || n == 0)
		goto out;
	for (; nder < n && nder < MAX_CHAIN; nder++) {
		if (gnutls_x509_crt_export2(crts[nder], GNUTLS_X509_FMT_DER, &der[nder]) < 0) {
			rc = TLS_E_NOMEM;
			goto out;
		}
	}
	rc = tls_verify_chain(der, nder, peer, reason);
out:
	for (unsigned i = 0; i < nder; i++)
		gnutls_free(der[i].data);
	for (unsigned i = 0; i < n; i++)
		gnutls_x509_crt_deinit(crts[i]);
	gnutls_free(crts);
	return rc;
}
