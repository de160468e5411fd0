/* tls_int: what the TLS layer's files share: the swappable credentials and
 * trust list (the process's one instance, tls_g), and the certificate
 * checks. Not part of the interface (tls.h).
 * tls_g.lock guards the swaps; the handshakes read the credentials with one
 * atomic load and take the trust list with a reference (tls_trust_acquire). */
#ifndef CUSTOS_TLS_INT_H
#define CUSTOS_TLS_INT_H

#include <gnutls/x509.h>
#include <pthread.h>
#include <stdatomic.h>

#include "tls_gnutls.h"

#define PEM_MAX     (1 << 20)
#define MAX_CHAIN   8   /* presented certificates considered */
#define MAX_ANCHORS 8   /* CAs of client_ca that may have issued one certificate */
#define MAX_NC      256 /* name constraints read per CA */

struct creds {
	gnutls_pcert_st pcerts[MAX_CHAIN];
	unsigned int npcerts;
	gnutls_privkey_t key;
	struct creds *retired_next;
};

struct trust {
	gnutls_x509_trust_list_t tl;
	gnutls_x509_crt_t *cas; /* client_ca's certificates: path building, constraints */
	unsigned ncas;
	atomic_int refs;
	uint64_t generation;
};

struct tls_state {
	char *cert_path, *key_path, *ca_path, *crl_path;
	char *priorities;
	pthread_mutex_t lock;        /* guards the swaps below */
	struct creds *_Atomic creds; /* current server credentials */
	struct creds *retired;       /* replaced ones, freed at shutdown */
	struct trust *trust;         /* current trust list (refcounted) */
	atomic_uint_fast64_t generation;
	int allow_intermediates; /* [tls] allow_intermediates */
	_Atomic(tls_refusal_fn) on_refusal;
};
extern struct tls_state tls_g;

/* Key purpose checked by GnuTLS during chain verification. GnuTLS keeps the
 * pointer: it must be static (PITFALLS.md). */

/* Key purpose checked by GnuTLS during chain verification. */
extern gnutls_typed_vdata_st tls_client_purpose;

/* The trust list in force, one reference taken (tls_trust_release). */
struct trust *tls_trust_acquire(void);
void tls_trust_release(struct trust *t);

/* A reason word for a GnuTLS verification status. */
const char *tls_status_reason(unsigned int status);

/* ---- names (tls_name.c) ---- */

/* The name a certificate's principal is made of: its SAN URI, else its CN
 * (*from_cn); 0, or -1 with *why. */
int tls_cert_name(gnutls_x509_crt_t crt, char name[TLS_NAME_MAX + 1], int *from_cn,
		  const char **why);
/* 1 when ca's name constraints permit name (0 when they exclude it or
 * cannot be read). */
int tls_within_constraints(gnutls_x509_crt_t ca, const char *name, int from_cn);
/* Why crt's key or signature is too weak, or NULL. */
const char *tls_weakness(gnutls_x509_crt_t crt, int check_sig);
/* The subject (issuer) DN of crt as logged: RFC 4514, escaped, cut. */
void tls_cert_dn(gnutls_x509_crt_t crt, int issuer, char out[TLS_DN_MAX]);

#endif
