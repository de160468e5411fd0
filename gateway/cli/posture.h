/* posture: security checks of a configuration and its files, for
 * `custos check-config --security` (and `custos doctor`). Each finding is a
 * warning (weaker than it should be) or an error (unsafe); the CLI maps
 * them to exit codes (docs/DETECTION.md, "Posture checks"):
 *
 *   key_file_mode       a secret file (keys, TLS key, webhook secret) is
 *                       readable by others (error) or by its group (warning)
 *   ops_not_loopback    the ops listener (metrics) is on a non-loopback address
 *   tls_priorities      [tls] priorities enable what the default does not:
 *                       protocols below TLS 1.2, NULL/RC4/3DES ciphers, MD5
 *                       or SHA-1 signatures (error), anything else (warning)
 *   cert_expiring       the server certificate or a client CA expires within
 *                       expiry_days (warning) or has expired (error)
 *   rsa_too_short       an RSA key under 2048 bits in those certificates (error)
 *   bootstrap_admins    [bootstrap] admins still set while the policy store
 *                       holds roles or bindings (warning)
 *   issuer_no_audience  an issuer without an audience (error)
 *   retention_off       default retention over 10 years: effectively off (warning)
 *   test_clock          the test-only clock is enabled in this environment (error)
 *
 * Pure apart from reading the files it is given (stat, PEM). */
#ifndef CUSTOS_DETECT_POSTURE_H
#define CUSTOS_DETECT_POSTURE_H

#include <stddef.h>
#include <stdint.h>

enum { POSTURE_WARN = 1, POSTURE_ERROR = 2 };

#define POSTURE_MAX_FILES   16
#define POSTURE_MAX_ISSUERS 16

typedef struct posture_finding {
	int severity;  /* POSTURE_WARN or POSTURE_ERROR */
	char code[32]; /* one of the codes above */
	char msg[320];
} posture_finding;

typedef struct posture_input {
	struct {
		const char *label; /* "[keys] master_key_file" */
		const char *path;
	} secrets[POSTURE_MAX_FILES];
	size_t nsecrets;
	const char *ops_host;       /* NULL: no ops listener */
	const char *tls_priorities; /* NULL: the default */
	const char *default_priorities;
	const char *server_cert; /* PEM */
	const char *client_ca;   /* PEM bundle */
	size_t bootstrap_admins;
	int store_populated; /* 1 roles or bindings stored, 0 empty, -1 unknown */
	struct {
		const char *name;
		const char *audience; /* NULL or "" = none */
	} issuers[POSTURE_MAX_ISSUERS];
	size_t nissuers;
	long retention_s;
	int test_clock; /* the test clock's environment variable is set */
	uint64_t now_s;
	unsigned expiry_days; /* 0 = 30 */
} posture_input;

/* Runs every check; writes up to max findings (errors and warnings in check
 * order) and returns how many were found in all. */
size_t posture_run(const posture_input *in, posture_finding *out, size_t max);

/* Seconds until the earliest notAfter of the certificates in the PEM file at
 * path (negative when expired); *subject gets that certificate's DN (may be
 * NULL). 0, or -1 when the file holds no readable certificate. */
int posture_cert_expiry(const char *path, uint64_t now_s, int64_t *seconds, char *subject,
			size_t subjsz);

#endif
