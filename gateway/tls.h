/* tls: server credentials, the client trust list (CA + optional CRL), and
 * verification of the peer certificate.
 *
 * libmicrohttpd only *requests* a client certificate and never verifies it
 * (PITFALLS.md). We therefore (1) require a certificate and verify it with our
 * own trust list during the handshake (tls_session_setup), and (2) verify it
 * again, once per connection and again after every reload, before a request
 * is served (tls_verify_session). Both the server certificate and the trust
 * list can be swapped at runtime (SIGHUP): a broken new file keeps the old. */
#ifndef CUSTOS_TLS_H
#define CUSTOS_TLS_H

#include <gnutls/abstract.h>
#include <gnutls/gnutls.h>
#include <stdint.h>

struct config;

enum {
	TLS_OK = 0,
	TLS_E_NO_CERT = -1,      /* the peer presented no certificate */
	TLS_E_INVALID = -2,      /* untrusted, expired, revoked, wrong purpose, bad name */
	TLS_E_LOAD = -3,         /* a certificate, key, CA or CRL file could not be used */
	TLS_E_NOMEM = -4,
};

#define TLS_PRINCIPAL_MAX 300

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

/* The identity of a verified client certificate. */
struct tls_peer {
	char principal[TLS_PRINCIPAL_MAX]; /* "svc:<SAN URI, else CN>" */
	char cert_sha256[65];              /* lowercase hex of SHA-256(DER) */
	uint64_t trust_generation;         /* the trust list it was verified against */
};

/* Loads cert/key/client_ca/crl/priorities from cfg (borrowed only during the
 * call). One instance per process: the GnuTLS callbacks find it globally.
 * Returns TLS_OK or TLS_E_LOAD with a message in err. */
int tls_init(const struct config *cfg, char *err, size_t errsz);

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
 * certificate and installs our verify callback on the session. */
void tls_session_setup(gnutls_session_t session);

/* Verifies the session's peer certificate against the current trust list
 * (chain, validity period, CRL, clientAuth key purpose, a usable name) and
 * fills *peer. Returns TLS_OK, TLS_E_NO_CERT or TLS_E_INVALID; *reason then
 * names the failure ("expired", "untrusted", "revoked", ...). */
int tls_verify_session(gnutls_session_t session, struct tls_peer *peer,
		       const char **reason);

/* The principal a DER certificate names: "svc:" + its first SAN URI, else
 * its subject CN; 1-255 printable characters without spaces. TLS_OK, or
 * TLS_E_INVALID when it names none. (No trust check: see
 * tls_verify_session.) */
int tls_principal_of_der(const gnutls_datum_t *der, char *out, size_t outsz);

/* 1 when the handshake callback already judged this session's certificate
 * (on this thread, recently), and forgets it: call once, when the connection
 * closes, to count a close without any certificate as its own failure. */
int tls_session_take_judged(gnutls_session_t session);

/* Generation of the trust list; changes on every successful reload. */
uint64_t tls_trust_generation(void);

#endif
