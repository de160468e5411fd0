/* keyring_pn: the pseudonym key's versions, its rotation, the index
 * rebuild step and its metrics (keyring.h, docs/KEYS.md "Pseudonym key").
 * Version 1 is [keys] pseudonym_key_file (app.c loads it: it keys the
 * stored user index for good), version N the same path with ".N". */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "app-t.h"
#include "audit.h"
#include "config.h"
#include "db.h"
#include "keyring.h"
#include "log.h"
#include "metrics.h"
#include "record.h"
#include "timefmt.h"
#include "vault.h"

#define PATH_CAP 4096

static struct {
	keys_secret *keys[VAULT_PN_MAX + 1]; /* versions 2.. (1: app.c's) */
	vault *vault;                        /* for the metrics */
	int metrics_added;
} P;

static size_t pn_metrics(char *buf, size_t cap, void *ctx)
{
	(void)ctx;
	struct vault_pn_info pi;
	if (!P.vault)
		return 0;
	vault_pseudonym_info(P.vault, &pi);
	int n = snprintf(
		buf, cap,
		"# HELP custos_keys_pseudonym_version Pseudonym key version new pseudonyms are "
		"made under.\n"
		"# TYPE custos_keys_pseudonym_version gauge\ncustos_keys_pseudonym_version %u\n"
		"# HELP custos_keys_pseudonym_indexed_version Pseudonym key version whose "
		"pseudonym index is complete.\n"
		"# TYPE custos_keys_pseudonym_indexed_version gauge\n"
		"custos_keys_pseudonym_indexed_version %u\n"
		"# HELP custos_keys_pseudonym_index_pending Conversations the pseudonym index "
		"rebuild has still to visit.\n"
		"# TYPE custos_keys_pseudonym_index_pending gauge\n"
		"custos_keys_pseudonym_index_pending %llu\n"
		"# HELP custos_keys_pseudonym_indexed_total Conversations visited by the "
		"pseudonym index rebuild.\n"
		"# TYPE custos_keys_pseudonym_indexed_total counter\n"
		"custos_keys_pseudonym_indexed_total %llu\n"
		"# HELP custos_keys_pseudonym_grace_until_seconds Until when (Unix time) the "
		"previous version's pseudonyms are accepted (0: none).\n"
		"# TYPE custos_keys_pseudonym_grace_until_seconds gauge\n"
		"custos_keys_pseudonym_grace_until_seconds %lld\n",
		pi.current, pi.indexed, (unsigned long long)pi.pending,
		(unsigned long long)pi.indexed_total, (long long)pi.grace_until);
	return n < 0 ? 0 : (size_t)n >= cap ? cap - 1 : (size_t)n;
}

int keyring_pn_open(const struct config *cfg, vault *v, unsigned load_flags, char *err,
		    size_t errsz)
{
	char path[PATH_CAP], e2[300];
	for (unsigned ver = 2; ver <= VAULT_PN_MAX; ver++) {
		struct stat st;
		if (keys_version_path(cfg->pseudonym_key_file, ver, path, sizeof path)) {
			snprintf(err, errsz, "[keys] pseudonym_key_file: path too long");
			return -1;
		}
		if (stat(path, &st) != 0 && errno == ENOENT)
			continue;
		if (keys_load(path, load_flags, &P.keys[ver], err, errsz))
			return -1;
	}
	if (vault_pseudonym_open(v, (const keys_secret *const *)P.keys, cfg->pseudonym_grace_s, e2,
				 sizeof e2)) {
		snprintf(err, errsz, "conversation vault: %s", e2);
		return -1;
	}
	P.vault = v;
	if (!P.metrics_added) {
		metrics_add_source(pn_metrics, NULL);
		P.metrics_added = 1;
	}
	return 0;
}

int keyring_pn_rotate(const struct config *cfg, vault *v, unsigned load_flags, json_t **out,
		      char *err, size_t errsz)
{
	struct vault_pn_info pi;
	char path[PATH_CAP];
	keys_secret *k = NULL;
	unsigned ver = 0;
	vault_pseudonym_info(v, &pi);
	if (pi.indexed < pi.current) {
		snprintf(err, errsz,
			 "the pseudonym index rebuild to version %u has not finished (%llu "
			 "conversations left)",
			 pi.current, (unsigned long long)pi.pending);
		return 409;
	}
	if (pi.current >= VAULT_PN_MAX) {
		snprintf(err, errsz, "at most %d pseudonym key versions", VAULT_PN_MAX);
		return 409;
	}
	if (keys_version_path(cfg->pseudonym_key_file, pi.current + 1, path, sizeof path)) {
		snprintf(err, errsz, "[keys] pseudonym_key_file: path too long");
		return 500;
	}
	/* A file left by a rotation that stopped before the vault recorded
	 * it was never used: it is taken. */
	int grc = keys_generate_file(path);
	if (grc && grc != KEYS_E_EXISTS) {
		snprintf(err, errsz, "cannot create %s: %s", path, keys_strerror(grc));
		return 500;
	}
	if (keys_load(path, load_flags, &k, err, errsz))
		return 500;
	int rc = vault_pseudonym_rotate(v, k, time(NULL), &ver, err, errsz);
	if (rc) {
		keys_free(k);
		return rc == VAULT_E_INVALID ? 409 : 500;
	}
	keys_free(P.keys[ver]);
	P.keys[ver] = k;
	vault_pseudonym_info(v, &pi);
	char vb[16], gu[32];
	snprintf(vb, sizeof vb, "%u", ver);
	time_rfc3339((time_t)pi.grace_until, gu, sizeof gu);
	log_info("pseudonym key rotated; rebuilding the pseudonym index in the background",
		 "version", vb);
	*out = json_pack("{s:s, s:i, s:I, s:s}", "key", "pseudonym", "version", (int)ver,
			 "index_pending", (json_int_t)pi.pending, "grace_until", gu);
	return *out ? 0 : 500;
}

int keyring_pn_tick(const struct app *a, size_t batch, int *finished)
{
	size_t n = 0;
	int fin = 1;
	*finished = 1;
	if (!a || !a->vault)
		return 0;
	struct vault_pn_info pi;
	vault_pseudonym_info(a->vault, &pi);
	if (pi.indexed >= pi.current)
		return 0;
	int rc = vault_pseudonym_reindex(a->vault, batch, &n, &fin);
	if (rc) {
		log_error("pseudonym index rebuild step failed; retrying", "error",
			  vault_strerror(rc));
		return -1;
	}
	*finished = fin;
	if (fin)
		keyring_step_done("pseudonym", pi.current, "pseudonym index rebuilt",
				  "pseudonym index rebuilt for pseudonym key version ", "");
	return 0;
}

json_t *keyring_pn_status(const struct config *cfg, db_env *db, char *err, size_t errsz)
{
	struct vault_pn_info pi;
	char path[PATH_CAP], gu[32] = "", ra[32] = "";
	int rc = vault_pseudonym_peek(db, cfg->pseudonym_grace_s, &pi);
	if (rc == VAULT_E_NOTFOUND) {
		memset(&pi, 0, sizeof pi);
		pi.current = pi.indexed = 1;
	} else if (rc) {
		snprintf(err, errsz, "cannot read the vault: %s", vault_strerror(rc));
		return NULL;
	}
	if (pi.grace_until)
		time_rfc3339((time_t)pi.grace_until, gu, sizeof gu);
	if (pi.rotated_at)
		time_rfc3339((time_t)pi.rotated_at, ra, sizeof ra);
	json_t *vers = json_array();
	for (unsigned ver = 1; vers && ver <= pi.current; ver++) {
		struct stat st;
		const char *state = ver == pi.current ? "current"
				    : ver + 1 == pi.current && time(NULL) < pi.grace_until
					    ? "accepted (grace period)"
					    : "retired (finds older audit entries)";
		if (keys_version_path(cfg->pseudonym_key_file, ver, path, sizeof path))
			path[0] = '\0';
		json_array_append_new(vers, json_pack("{s:i, s:s, s:s, s:b}", "version", (int)ver,
						      "state", state, "file", path, "file_present",
						      path[0] && stat(path, &st) == 0));
	}
	json_t *o = json_pack("{s:i, s:i, s:I, s:s?, s:s?, s:o}", "current", (int)pi.current,
			      "indexed", (int)pi.indexed, "index_pending", (json_int_t)pi.pending,
			      "rotated_at", ra[0] ? ra : NULL, "grace_until", gu[0] ? gu : NULL,
			      "versions", vers);
	if (!o)
		snprintf(err, errsz, "out of memory");
	return o;
}

void keyring_pn_free(void)
{
	for (unsigned i = 0; i <= VAULT_PN_MAX; i++) {
		keys_free(P.keys[i]);
		P.keys[i] = NULL;
	}
	P.vault = NULL;
}
