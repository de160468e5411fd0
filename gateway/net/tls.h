/* tls: server credentials, the client trust list (CA + optional CRL), and
 * verification of the peer certificate.
 *
 * libmicrohttpd only *requests* a client certificate and never verifies it
 * (PITFALLS.md). We therefore (1) require a certificate and verify it with our
 * own trust list during the handshake (tls_session_setup), and (2) verify it
 * again, once per connection and again after every reload, before a request
 * is served (tls_verify_session), where the principal is also derived and
 * checked against the name constraints of every CA on the path; the validity
 * period is checked on every request (tls_peer_current). Both the server
 * certificate and the trust list can be swapped at runtime (SIGHUP): a
 * broken new file keeps the old. The identity rules are docs/IDENTITY.md. */
#ifndef CUSTOS_TLS_H
#define CUSTOS_TLS_H

#include <gnutls/abstract.h>
#include <gnutls/gnutls.h>
#include <stdint.h>
#include <time.h>

#include "tls-t.h"

/* The [tls] priorities when the config sets none: TLS 1.2 and 1.3 only, AEAD
 * ciphers, forward secrecy, no SHA-1 signatures. Key exchange groups X25519
 * first, then P-256 (then P-384, P-521): OpenSSL clients (curl, Python, wrk)
 * send a key share for X25519 only, so any other first choice costs every
 * new connection a HelloRetryRequest round trip and a slower key exchange. */
#define TLS_DEFAULT_PRIORITIES                                                       \
	"SECURE256:+SECURE128:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2:-CIPHER-ALL:"       \
	"+AES-256-GCM:+CHACHA20-POLY1305:+AES-128-GCM:-MAC-ALL:+AEAD:-KX-ALL:"        \
	"+ECDHE-ECDSA:+ECDHE-RSA:-GROUP-ALL:+GROUP-X25519:+GROUP-SECP256R1:"          \
	"+GROUP-SECP384R1:+GROUP-SECP521R1:-SIGN-RSA-SHA1:-SIGN-DSA-SHA1:"            \
	"-SIGN-ECDSA-SHA1:%SERVER_PRECEDENCE"

/* Called on an MHD thread for every certificate refused in the handshake
 * (never for handshakes without a certificate: those are only counted). Must
 * not block; r is borrowed for the call. */
typedef void (*tls_refusal_fn)(const struct tls_refusal *r);

/* Loads cert/key/client_ca/crl/priorities and allow_intermediates from c
 * (borrowed only during the call). One instance per process: the GnuTLS
 * callbacks find it globally. Returns TLS_OK or TLS_E_LOAD with a message in
 * err. */
int tls_init(const struct tls_conf *c, char *err, size_t errsz);

/* Installs the handshake refusal hook (NULL: none). Call before the
 * listener starts or after it stopped. */
void tls_set_refusal_hook(tls_refusal_fn fn);

/* Re-reads the files named at init. On any error the old credentials and
 * trust list stay in use and the message is in err. */
int tls_reload(char *err, size_t errsz);

/* Frees everything (after the HTTP daemon has stopped). */
void tls_shutdown(void);

/* The GnuTLS priority string in use (valid after tls_init). */
const char *tls_priorities(void);

/* gnutls_certificate_retrieve_function2 for MHD_OPTION_HTTPS_CERT_CALLBACK:
 * answers the current server certificate chain and key. Credentials replaced
 * by a reload stay allocated until tls_shutdown, since live sessions may
 * still point at them. */
int tls_cert_callback(gnutls_session_t session, const gnutls_datum_t *req_ca_rdn,
		      int nreqs, const gnutls_pk_algorithm_t *pk_algos, int pk_algos_length,
		      gnutls_pcert_st **pcert, unsigned int *pcert_length,
		      gnutls_privkey_t *privkey);

/* Called for each new connection before its handshake: requires a client
 * certificate, installs our verify callback and notes the connection's
 * progress in *tc (may be NULL; borrowed until the connection closes). */
void tls_session_setup(gnutls_session_t session, struct tls_conn *tc);

/* Verifies the session's peer certificate against the current trust list
 * and fills *peer (see tls_verify_chain). Returns TLS_OK, TLS_E_NO_CERT or
 * TLS_E_INVALID; *reason then names the failure. */
int tls_verify_session(gnutls_session_t session, struct tls_peer *peer,
		       const char **reason);

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

/* TLS_OK while now is inside peer's validity window, else TLS_E_INVALID
 * with *reason "expired" or "not_yet_valid". For every request on a
 * kept-alive connection. */
int tls_peer_current(const struct tls_peer *peer, time_t now, const char **reason);

/* The principal a DER certificate names: "svc:" + its SAN URI, else its
 * subject CN (docs/IDENTITY.md). TLS_OK, or TLS_E_INVALID when it names
 * none or its names cannot all be read. (No trust check: see
 * tls_verify_chain.) */
int tls_principal_of_der(const gnutls_datum_t *der, char *out, size_t outsz);

/* Generation of the trust list; changes on every successful reload. */
uint64_t tls_trust_generation(void);

#endif
