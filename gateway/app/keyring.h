/* keyring: the process's master key versions and their rotation
 * (docs/KEYS.md). Loads every version file of [keys] master_key_file
 * (base, base.2, base.3, ...), rotates the master key (a new version file,
 * 0600, never overwriting; then vault_master_rotate), steps the background
 * rewrap from the housekeeping thread and publishes its progress on
 * /metrics.
 * keyring_load and keyring_free around everything else; keyring_rotate
 * (any thread, serialized) and keyring_tick (one thread) in between. */
#ifndef CUSTOS_KEYRING_H
#define CUSTOS_KEYRING_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "keys.h"

struct app;
struct config;
struct db_env;
struct vault;

/* Loads the audit and pseudonym keys and every master version file present
 * (with [keys] strict_permissions), and opens the token of [keys] master
 * (a PKCS#11 URI) if set. *masters is the borrowed array (index = version)
 * and *token the borrowed token (or NULL) for vault_open_versions. 0, or -1
 * with err (a token that cannot be used is an error: no fallback). */
int keyring_load(const struct config *cfg, keys_secret **audit_key, keys_secret **pseudonym,
		 const keys_secret *const **masters, keys_p11 **token, char *err, size_t errsz);

/* The loaded audit key versions after the first (for audit_conf's
 * other_keys): up to cap into out; returns how many. */
size_t keyring_audit_others(const uint8_t **out, size_t cap);

/* Binds the opened application (its vault and audit log) for rotation,
 * the rewrap and the metrics source (registered here). */
void keyring_bind(const struct app *a);

/* Rotates key which ("master", "audit" or "pseudonym"): the new version's
 * file is made next to the current one (a file an interrupted rotation left
 * is reused); the vault switches to a master version (and rewraps in the
 * background), the audit log writes a key switch entry (the key of every
 * later entry), or the vault shows pseudonyms of the new version (and
 * rebuilds its pseudonym index in the background). On success *out is
 * {"key", "version", and "rewrap_pending" | "from_seq" | "index_pending",
 * "grace_until"}. Returns 0, 404 (no such key), 409 (a rewrap or rebuild
 * is still running), 501 (that key cannot be rotated so) or 500, with
 * err. */
int keyring_rotate(const char *which, json_t **out, char *err, size_t errsz);

/* One bounded rewrap step ([keys] rewrap_batch data keys) if a rotation
 * left keys under an older version; when the last is moved the older
 * versions are retired and that is logged and audited, and the token keys
 * of retired token versions are destroyed on the token (logged, audited;
 * also at the first tick after a start, and retried while transactions
 * stay open: vault_master_reap). Then one step of
 * the pseudonym index rebuild if one runs (keyring_pn_tick). *finished
 * (may be NULL) is 1 when nothing is left of either. -1 on a store error
 * (logged). */
int keyring_tick(int *finished);

/* Records a "keys:rotate" entry on keys/<key> (key: "master", ...) by
 * subject (e.g. "system:cli") with reason; wait: until durable. 0 or -1. */
int keyring_record(const char *key, const char *subject, const char *reason, int wait);

/* A background step (the master rewrap, the pseudonym index rebuild)
 * finished for key's version: logs msg with the version and records
 * "<pre><version><post>" by system:keys (keyring_record, not waited for). */
void keyring_step_done(const char *key, unsigned version, const char *msg, const char *pre,
		       const char *post);

/* The master key versions of cfg's data directory, read-only (a gateway
 * may run): {"master": {"current", "oldest", "rewrap_pending", "damaged",
 * "versions": [{"version", "state", "data_keys", "file",
 * "file_present"}, or for a token version {"version", "state",
 * "data_keys", "token_key", "token_key_destroyed"}]}}. 0, or -1 with err. */
int keyring_status(const struct config *cfg, json_t **out, char *err, size_t errsz);

/* Wipes and frees the loaded keys. */
void keyring_free(void);

/* ---- the pseudonym key (keyring_pn.c) ---- */

/* Loads the pseudonym key versions 2.. present next to [keys]
 * pseudonym_key_file (with load_flags, keys_load) and hands them to the
 * vault (vault_pseudonym_open) with [keys] pseudonym_grace_s; registers
 * the pseudonym metrics. 0, or -1 with err. */
int keyring_pn_open(const struct config *cfg, struct vault *v, unsigned load_flags, char *err,
		    size_t errsz);
/* keyring_rotate("pseudonym"): the statuses of keyring_rotate. */
int keyring_pn_rotate(const struct config *cfg, struct vault *v, unsigned load_flags, json_t **out,
		      char *err, size_t errsz);
/* One rebuild step of batch conversations if one runs; at its end it is
 * logged and audited (keys/pseudonym). *finished 1 when none runs. */
int keyring_pn_tick(const struct app *a, size_t batch, int *finished);
/* The "pseudonym" part of keyring_status: {"current", "indexed",
 * "index_pending", "rotated_at", "grace_until", "versions": [{"version",
 * "state", "file", "file_present"}]}, or NULL with err. */
json_t *keyring_pn_status(const struct config *cfg, struct db_env *db, char *err, size_t errsz);
void keyring_pn_free(void);

#endif
