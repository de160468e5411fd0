/* tls_gnutls: the TLS layer's GnuTLS face, for the HTTP server of this
 * layer (server.c) and the layer's tests: the handshake hooks installed in
 * libmicrohttpd and the verification of a session's or a chain's peer.
 * Nothing outside gateway/net/ includes it (the build keeps GnuTLS there).
 * Called on the server's threads, during handshakes and requests. */
#ifndef CUSTOS_TLS_GNUTLS_H
#define CUSTOS_TLS_GNUTLS_H

#include <gnutls/abstract.h>
#include <gnutls/gnutls.h>

#include "tls.h"

/* gnutls_certificate_retrieve_function2 for MHD_OPTION_HTTPS_CERT_CALLBACK:
 * answers the current server certificate chain and key. Credentials replaced
 * by a reload stay allocated until tls_shutdown, since live sessions may
 * still point at them. */
int tls_cert_callback(gnutls_session_t session, const gnutls_datum_t *req_ca_rdn, int nreqs,
		      const gnutls_pk_algorithm_t *pk_algos, int pk_algos_length,
		      gnutls_pcert_st **pcert, unsigned int *pcert_length,
		      gnutls_privkey_t *privkey);

/* Called for each new connection before its handshake: requires a client
 * certificate, installs our verify callback and notes the connection's
 * progress in *tc (may be NULL; borrowed until the connection closes). */
void tls_session_setup(gnutls_session_t session, struct tls_conn *tc);

/* Verifies the session's peer certificate against the current trust list
 * and fills *peer (see tls_verify_chain). Returns TLS_OK, TLS_E_NO_CERT or
 * TLS_E_INVALID; *reason then names the failure. */
int tls_verify_session(gnutls_session_t session, struct tls_peer *peer, const char **reason);

/* Verifies a presented chain (DER, leaf first, n >= 1; more than 8 are
 * ignored) against the current trust list: the path from the leaf to a CA
 * of client_ca (through the presented intermediates only when
 * [tls] allow_intermediates is set), validity, CRL, clientAuth key purpose,
 * key sizes and signature hashes of every certificate on the path (GnuTLS
 * profile MEDIUM, and RSA >= 2048 bits, EC >= P-256, no SHA-1), and, when
 * peer is not NULL, the principal (docs/IDENTITY.md) and the name
 * constraints of every CA on the path. Fills *peer. Returns TLS_OK or
 * TLS_E_INVALID with a reason word in *reason ("untrusted", "expired",
 * "revoked", "intermediate_not_allowed", "weak_key", "bad_san",
 * "name_constraints", ...); TLS_E_NOMEM. */
int tls_verify_chain(const gnutls_datum_t *der, unsigned n, struct tls_peer *peer,
		     const char **reason);

/* The principal a DER certificate names: "svc:" + its SAN URI, else its
 * subject CN (docs/IDENTITY.md). TLS_OK, or TLS_E_INVALID when it names
 * none or its names cannot all be read. (No trust check: see
 * tls_verify_chain.) */
int tls_principal_of_der(const gnutls_datum_t *der, char *out, size_t outsz);

#endif
