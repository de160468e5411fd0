/* tls: server credentials, the client trust list (CA + optional CRL), and
 * verification of the peer certificate.
 *
 * libmicrohttpd only *requests* a client certificate and never verifies it
 * (PITFALLS.md). We therefore (1) require a certificate and verify it with our
 * own trust list during the handshake (tls_session_setup), and (2) before a
 * request is served, require the principal, derived and checked against the
 * name constraints of every CA on the path (in the handshake too, and taken
 * over by the first request when they passed; otherwise, and after every
 * reload, tls_verify_session verifies the whole chain again); the validity
 * period is checked on every request (tls_peer_current). Both the server
 * certificate and the trust list can be swapped at runtime (SIGHUP): a
 * broken new file keeps the old. The identity rules are docs/IDENTITY.md.
 *
 * This header is the layer's face to the application (no GnuTLS type); the
 * handshake hooks the server installs are in tls_gnutls.h. tls_init and
 * tls_shutdown run on the main thread around the server's life, tls_reload
 * on the signal thread (the swap is serialized by tls_g.lock); the rest from
 * any thread. */
#ifndef CUSTOS_TLS_H
#define CUSTOS_TLS_H

#include <stdint.h>
#include <time.h>

#include "tls-t.h"

/* The [tls] priorities when the config sets none: TLS 1.2 and 1.3 only, AEAD
 * ciphers, forward secrecy, no SHA-1 signatures. Key exchange groups X25519
 * first, then P-256 (then P-384, P-521): OpenSSL clients (curl, Python, wrk)
 * send a key share for X25519 only, so any other first choice costs every
 * new connection a HelloRetryRequest round trip and a slower key exchange. */
#define TLS_DEFAULT_PRIORITIES                                                  \
	"SECURE256:+SECURE128:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2:-CIPHER-ALL:" \
	"+AES-256-GCM:+CHACHA20-POLY1305:+AES-128-GCM:-MAC-ALL:+AEAD:-KX-ALL:"  \
	"+ECDHE-ECDSA:+ECDHE-RSA:-GROUP-ALL:+GROUP-X25519:+GROUP-SECP256R1:"    \
	"+GROUP-SECP384R1:+GROUP-SECP521R1:-SIGN-RSA-SHA1:-SIGN-DSA-SHA1:"      \
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

/* TLS_OK while now is inside peer's validity window, else TLS_E_INVALID
 * with *reason "expired" or "not_yet_valid". For every request on a
 * kept-alive connection. */
int tls_peer_current(const struct tls_peer *peer, time_t now, const char **reason);

/* Verifies a client certificate chain in PEM (leaf first), as a trusted
 * proxy forwards the certificate its own client presented (nginx's
 * $ssl_client_escaped_cert, decoded), exactly as a presented chain is
 * verified in the handshake (trust list, CRL, purpose, strength, principal,
 * name constraints; validity window in *peer: tls_peer_current). Possession
 * of the key is the proxy's to have proven. Returns TLS_OK with *peer, or
 * TLS_E_NO_CERT (empty), TLS_E_INVALID (*reason a word as for the
 * handshake: "unparseable", "untrusted", "expired", ...), TLS_E_NOMEM. */
int tls_verify_pem(const char *pem, size_t len, struct tls_peer *peer, const char **reason);

/* Generation of the trust list; changes on every successful reload. */
uint64_t tls_trust_generation(void);

#endif
