/* jwks_store: the last good JWKS of each remote issuer, kept under
 * data_dir/jwks/ so that a restart during a provider outage still verifies
 * tokens.
 *
 * One file per issuer, DIR/issuer-<name>.json:
 *   {"iss": "...", "source": "<URL>", "fetched_at": <unix s>, "jwks": "<the JWKS bytes>"}
 * The JWKS is kept as the exact bytes fetched (a JSON string), so the digest
 * that tells "unchanged" survives a restart. Writes go to a temporary file
 * that is synced and renamed over the old one (then the directory is
 * synced): a crash leaves the old file or the new one, never half of one.
 * The keys are public: nothing here is secret. */
#ifndef CUSTOS_JWKS_STORE_H
#define CUSTOS_JWKS_STORE_H

#include <stddef.h>
#include <time.h>

#define JWKS_STORE_MAX (2 * 1024 * 1024) /* a stored file (an escaped 256 KiB JWKS) */

enum {
	JWKS_STORE_OK = 0,
	JWKS_STORE_NONE = -1, /* no file for this issuer */
	JWKS_STORE_BAD = -2,  /* unreadable, not ours, too large, or for another iss */
	JWKS_STORE_IO = -3,   /* cannot write (err says why) */
};

/* Creates dir (mode 0700) if missing. 0 or JWKS_STORE_IO. */
int jwks_store_init(const char *dir, char *err, size_t errsz);

/* Saves jwks[0..len) fetched from source at fetched_at as issuer name's last
 * good JWKS (name: 1..64 of [A-Za-z0-9_.-], else JWKS_STORE_BAD). 0 or
 * JWKS_STORE_IO/BAD with a message in err. */
int jwks_store_save(const char *dir, const char *name, const char *iss, const char *source,
		    time_t fetched_at, const char *jwks, size_t len, char *err, size_t errsz);

/* Loads issuer name's last good JWKS if it was fetched for iss: 0 with
 * *jwks (NUL-terminated, caller frees), *len and *fetched_at; NONE; or BAD
 * with a message in err (the caller then starts without it). */
int jwks_store_load(const char *dir, const char *name, const char *iss, char **jwks, size_t *len,
		    time_t *fetched_at, char *err, size_t errsz);

#endif
