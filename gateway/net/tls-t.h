/* tls-t.h: what the TLS layer hands out (types only, no GnuTLS): the
 * identity of a verified client certificate, a handshake refusal, the
 * per-connection state of the callbacks, and the codes. The functions are
 * in tls.h. */
#ifndef CUSTOS_TLS_T_H
#define CUSTOS_TLS_T_H

#include <stdint.h>
#include <time.h>

#include "errors-t.h"

/* Codes (values in errors.def): TLS_E_NO_CERT (the peer presented no
 * certificate), TLS_E_INVALID (untrusted, expired, revoked, wrong purpose,
 * bad name), TLS_E_LOAD (a certificate, key, CA or CRL file could not be
 * used), and: */
enum { TLS_OK = 0, TLS_E_NOMEM = CUSTOS_E_NOMEM };

#define TLS_PRINCIPAL_MAX 300
#define TLS_NAME_MAX      255 /* longest SAN URI or CN a principal is made of */
#define TLS_SAN_MAX       64  /* SAN entries a client certificate may carry */
#define TLS_DN_MAX        256 /* a subject or issuer DN as logged (escaped, cut) */
#define TLS_ADDR_MAX      64

/* The identity of a verified client certificate. */
struct tls_peer {
	char principal[TLS_PRINCIPAL_MAX]; /* "svc:<SAN URI, else CN>"; "" when refused */
	char cert_sha256[65];         /* lowercase hex of SHA-256(DER); set even when refused */
	time_t not_before, not_after; /* validity of the whole path: latest start, earliest end */
	uint64_t trust_generation;    /* the trust list it was verified against */
};

/* Per-connection state of the TLS callbacks: zeroed and owned by the caller
 * (server.c embeds it in its connection), alive until the connection's
 * close notification. */
struct tls_conn {
	int hello;  /* a ClientHello arrived (else: a bare TCP connection) */
	int judged; /* the handshake verify callback judged a certificate */
};

/* A certificate refused during the handshake, for the refusal hook. */
struct tls_refusal {
	const char *reason;       /* a reason word (static) */
	char cert_sha256[65];     /* of the presented leaf; possession may be unproven */
	char subject[TLS_DN_MAX]; /* RFC 4514, printable ASCII (\xHH escapes), cut with "..." */
	char issuer[TLS_DN_MAX];
	char peer[TLS_ADDR_MAX]; /* client address, "" when unknown */
};

/* What tls_init loads (borrowed during the call). */
struct tls_conf {
	const char *cert, *key;  /* the server's certificate chain and key (PEM) */
	const char *client_ca;   /* the CAs that sign client certificates */
	const char *crl;         /* NULL: none */
	const char *priorities;  /* NULL: TLS_DEFAULT_PRIORITIES */
	int allow_intermediates; /* client chains through presented CAs */
};

#endif
