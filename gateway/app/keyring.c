/* keyring: master key versions, rotation, the rewrap step and its metrics
 * (keyring.h, docs/KEYS.md). */
#include "keyring.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "app-t.h"
#include "app.h"
#include "audit.h"
#include "config.h"
#include "db.h"
#include "log.h"
#include "metrics.h"
#include "record.h"
#include "vault.h"

#define PATH_CAP 4096

static struct {
	const struct config *cfg;
	const struct app *app;
	keys_secret *masters[VAULT_MASTER_MAX + 1];
	keys_secret *audits[AUDIT_KEYS_MAX + 1]; /* audit key versions 2.. (1: app.c's) */
	unsigned audit_max;                      /* highest audit key version present */
	keys_p11 *token;                         /* [keys] master = pkcs11:... */
	pthread_mutex_t mu;                      /* one rotation at a time */
	int metrics_added;
	int reap_due; /* retired token keys may be left to destroy (tick thread) */
	atomic_uint_least64_t destroyed; /* token keys destroyed (metrics) */
} K = {.mu = PTHREAD_MUTEX_INITIALIZER};

static unsigned load_flags(void)
{
	return K.cfg && K.cfg->keys_strict ? KEYS_PRIVATE : 0;
}

int keyring_load(const struct config *cfg, keys_secret **audit_key, keys_secret **pseudonym,
		 const keys_secret *const **masters, keys_p11 **token, char *err, size_t errsz)
{
	char path[PATH_CAP];
	int found = 0;
	K.cfg = cfg;
	*token = NULL;
	if (cfg->master_uri) {
		char e2[300];
		if (keys_p11_open(cfg->master_uri, cfg->pin_file, 0, (size_t)cfg->dek_cache,
				  &K.token, e2, sizeof e2)) {
			snprintf(err, errsz, "[keys] master: %s", e2);
			return -1;
		}
		*token = K.token;
	}
	if (keys_load(cfg->audit_key_file, load_flags(), audit_key, err, errsz) ||
	    keys_load(cfg->pseudonym_key_file, load_flags(), pseudonym, err, errsz))
		return -1;
	/* Every audit key version stays: old entries verify under theirs. */
	K.audit_max = 1;
	for (unsigned ver = 2; ver <= AUDIT_KEYS_MAX; ver++) {
		struct stat st;
		if (keys_version_path(cfg->audit_key_file, ver, path, sizeof path))
			continue;
		if (stat(path, &st) != 0 && errno == ENOENT)
			continue;
		if (keys_load(path, load_flags(), &K.audits[ver], err, errsz))
			return -1;
		K.audit_max = ver;
	}
	for (unsigned ver = 1; cfg->master_key_file && ver <= VAULT_MASTER_MAX; ver++) {
		struct stat st;
		if (keys_version_path(cfg->master_key_file, ver, path, sizeof path)) {
			snprintf(err, errsz, "[keys] master_key_file: path too long");
			return -1;
		}
		/* Version 1 may be gone once retired; later versions exist from
		 * their rotation on. A missing one the vault needs is named by
		 * the vault. */
		if (stat(path, &st) != 0 && errno == ENOENT)
			continue;
		if (keys_load(path, load_flags(), &K.masters[ver], err, errsz))
			return -1;
		found++;
	}
	if (!found && !K.token &&
	    keys_load(cfg->master_key_file, load_flags(), &K.masters[1], err, errsz))
		return -1;
	*masters = (const keys_secret *const *)K.masters;
	return 0;
}

static size_t keys_metrics(char *buf, size_t cap, void *ctx)
{
	(void)ctx;
	struct vault_master_info mi;
	if (!K.app || !K.app->vault)
		return 0;
	vault_master_info(K.app->vault, &mi);
	uint64_t hits = 0, misses = 0, forgotten = 0;
	if (K.token)
		keys_p11_stats(K.token, &hits, &misses, &forgotten);
	unsigned on_token = vault_master_token_version(K.app->vault) != 0;
	int n = snprintf(
		buf, cap,
		"# HELP custos_keys_master_version Master key version new data keys are wrapped "
		"under.\n"
		"# TYPE custos_keys_master_version gauge\ncustos_keys_master_version %u\n"
		"# HELP custos_keys_master_oldest_version Oldest master key version still in use.\n"
		"# TYPE custos_keys_master_oldest_version gauge\n"
		"custos_keys_master_oldest_version %u\n"
		"# HELP custos_keys_rewrap_pending Data keys still wrapped under an older master "
		"version.\n"
		"# TYPE custos_keys_rewrap_pending gauge\ncustos_keys_rewrap_pending %llu\n"
		"# HELP custos_keys_rewrapped_total Data keys rewrapped under a newer master "
		"version.\n"
		"# TYPE custos_keys_rewrapped_total counter\ncustos_keys_rewrapped_total %llu\n"
		"# HELP custos_keys_dek_cache_hits_total Data keys opened from the cache (token "
		"master).\n"
		"# TYPE custos_keys_dek_cache_hits_total counter\n"
		"custos_keys_dek_cache_hits_total %llu\n"
		"# HELP custos_keys_dek_cache_misses_total Data keys opened on the token.\n"
		"# TYPE custos_keys_dek_cache_misses_total counter\n"
		"custos_keys_dek_cache_misses_total %llu\n"
		"# HELP custos_keys_dek_cache_forgotten_total Cached data keys wiped at their "
		"conversation's erasure or deletion.\n"
		"# TYPE custos_keys_dek_cache_forgotten_total counter\n"
		"custos_keys_dek_cache_forgotten_total %llu\n"
		"# HELP custos_keys_master_on_token 1 when the current master version is held in "
		"the PKCS#11 token.\n"
		"# TYPE custos_keys_master_on_token gauge\ncustos_keys_master_on_token %u\n"
		"# HELP custos_keys_token_keys_destroyed_total Token keys of retired master "
		"versions destroyed on the token.\n"
		"# TYPE custos_keys_token_keys_destroyed_total counter\n"
		"custos_keys_token_keys_destroyed_total %llu\n",
		mi.current, mi.oldest, (unsigned long long)mi.pending,
		(unsigned long long)mi.rewrapped, (unsigned long long)hits,
		(unsigned long long)misses, (unsigned long long)forgotten, on_token,
		(unsigned long long)atomic_load(&K.destroyed));
	return n < 0 ? 0 : (size_t)n >= cap ? cap - 1 : (size_t)n;
}

void keyring_bind(const struct app *a)
{
	K.app = a;
	K.reap_due = 1; /* a stop may have come between a retirement and its destruction */
	if (!K.metrics_added) {
		metrics_add_source(keys_metrics, NULL);
		K.metrics_added = 1;
	}
}

int keyring_record(const char *key, const char *subject, const char *reason, int wait)
{
	struct record_src src = {.request_id = "keys", .subject = subject};
	char res[32];
	snprintf(res, sizeof res, "keys/%s", key);
	json_t *e = record_entry(&src, "allow", "keys:rotate", res, NULL, reason);
	if (!e || !K.app || !K.app->audit) {
		json_decref(e);
		return -1;
	}
	if (!wait) {
		record_async(K.app->audit, e, "key rotation record not written");
		return 0;
	}
	return audit_append_sync(K.app->audit, e, NULL) ? -1 : 0;
}

void keyring_step_done(const char *key, unsigned version, const char *msg, const char *pre,
		       const char *post)
{
	char reason[128], vb[16];
	snprintf(vb, sizeof vb, "%u", version);
	snprintf(reason, sizeof reason, "%s%u%s", pre, version, post);
	log_info(msg, "version", vb);
	keyring_record(key, "system:keys", reason, 0);
}

/* Makes (0600, O_EXCL) and loads version ver's file of the key at base. An
 * existing file was left by a rotation that stopped before it was
 * recorded: nothing was ever sealed under it, so it is used. 0 or -1. */
static int new_version(const char *base, unsigned ver, keys_secret **k, char *err, size_t errsz)
{
	char path[PATH_CAP];
	if (keys_version_path(base, ver, path, sizeof path)) {
		snprintf(err, errsz, "%s: path too long", base);
		return -1;
	}
	int rc = keys_generate_file(path);
	if (rc && rc != KEYS_E_EXISTS) {
		snprintf(err, errsz, "cannot create %s: %s", path, keys_strerror(rc));
		return -1;
	}
	return keys_load(path, load_flags(), k, err, errsz) ? -1 : 0;
}

static int rotate_master(json_t **out, char *err, size_t errsz)
{
	struct vault_master_info mi;
	keys_secret *k = NULL;
	unsigned ver = 0;
	vault *v = K.app->vault;
	vault_master_info(v, &mi);
	if (mi.oldest < mi.current) {
		snprintf(err, errsz,
			 "the rewrap to master version %u has not finished (%llu data keys left)",
			 mi.current, (unsigned long long)mi.pending);
		return 409;
	}
	if (mi.current >= VAULT_MASTER_MAX) {
		snprintf(err, errsz, "at most %d master key versions", VAULT_MASTER_MAX);
		return 409;
	}
	if (K.token) {
		/* The next version is on the token: its configured key (from
		 * file keys), or a new key made on it (from a token version). */
		int trc = vault_master_rotate_token(v, &ver, err, errsz);
		if (trc)
			return trc == VAULT_E_INVALID ? 409 : 500;
		goto done;
	}
	if (!K.cfg->master_key_file) {
		snprintf(err, errsz, "no [keys] master_key_file to make a new version next to");
		return 409;
	}
	if (new_version(K.cfg->master_key_file, mi.current + 1, &k, err, errsz))
		return 500;
	int rc = vault_master_rotate(v, k, &ver, err, errsz);
	if (rc) {
		keys_free(k);
		return rc == VAULT_E_INVALID ? 409 : 500;
	}
	K.masters[ver] = k;
done:
	vault_master_info(v, &mi);
	char vb[16];
	snprintf(vb, sizeof vb, "%u", ver);
	log_info("master key rotated; rewrapping data keys in the background", "version", vb);
	*out = json_pack("{s:s, s:i, s:I}", "key", "master", "version", (int)ver, "rewrap_pending",
			 (json_int_t)mi.pending);
	return *out ? 0 : 500;
}

size_t keyring_audit_others(const uint8_t **out, size_t cap)
{
	size_t n = 0;
	for (unsigned ver = 2; ver <= AUDIT_KEYS_MAX && n < cap; ver++)
		if (K.audits[ver])
			out[n++] = keys_secret_bytes(K.audits[ver]);
	return n;
}

/* The audit key: version N+1's file, then the switch entry (MAC'd with the
 * key in force) that makes it the key of every later entry. */
static int rotate_audit(json_t **out, char *err, size_t errsz)
{
	keys_secret *k = NULL;
	uint64_t seq = 0;
	unsigned next = K.audit_max + 1;
	if (next > AUDIT_KEYS_MAX) {
		snprintf(err, errsz, "at most %d audit key versions", AUDIT_KEYS_MAX);
		return 409;
	}
	if (new_version(K.cfg->audit_key_file, next, &k, err, errsz))
		return 500;
	int rc;
	struct record_src src = {.request_id = "keys", .subject = "system:keys"};
	json_t *e =
		record_entry(&src, "allow", "keys:rotate", "keys/audit", NULL, "audit key rotated");
	if (e)
		json_object_set_new(e, "version", json_integer((json_int_t)next));
	rc = e ? audit_rotate_key(K.app->audit, keys_secret_bytes(k), e, &seq) : AUDIT_E_NOMEM;
	if (rc) {
		keys_free(k);
		snprintf(err, errsz, "the audit log did not record the key switch: %s",
			 audit_strerror(rc));
		return 500;
	}
	K.audits[next] = k;
	K.audit_max = next;
	char vb[16];
	snprintf(vb, sizeof vb, "%u", next);
	log_info("audit key rotated", "version", vb);
	*out = json_pack("{s:s, s:i, s:I}", "key", "audit", "version", (int)next, "from_seq",
			 (json_int_t)(seq + 1));
	return *out ? 0 : 500;
}

int keyring_rotate(const char *which, json_t **out, char *err, size_t errsz)
{
	*out = NULL;
	if (!K.app || !K.app->vault) {
		snprintf(err, errsz, "the vault is not open");
		return 500;
	}
	if (!strcmp(which, "audit")) {
		pthread_mutex_lock(&K.mu);
		int rc = K.app->audit ? rotate_audit(out, err, errsz) : 500;
		pthread_mutex_unlock(&K.mu);
		return rc;
	}
	if (!strcmp(which, "pseudonym")) {
		pthread_mutex_lock(&K.mu);
		int rc = keyring_pn_rotate(K.cfg, K.app->vault, load_flags(), out, err, errsz);
		pthread_mutex_unlock(&K.mu);
		return rc;
	}
	if (strcmp(which, "master") != 0) {
		snprintf(err, errsz, "no key named %s (master, audit, pseudonym)", which);
		return 404;
	}
	pthread_mutex_lock(&K.mu);
	int rc = rotate_master(out, err, errsz);
	pthread_mutex_unlock(&K.mu);
	return rc;
}

/* Destroys the token keys of retired master versions, once nothing can
 * read under them (vault_master_reap); busy: again at the next tick. */
static void reap_tick(void)
{
	char names[512], reason[600];
	unsigned n = 0;
	int rc = vault_master_reap(K.app->vault, 500, names, sizeof names, &n);
	if (rc == DB_E_BUSY)
		return;
	K.reap_due = 0;
	if (rc)
		log_error("destroying retired master keys on the token failed; retried at the "
			  "next start",
			  "error", vault_strerror(rc));
	if (!n)
		return;
	atomic_fetch_add(&K.destroyed, n);
	log_info("retired master keys destroyed on the token", "objects", names);
	snprintf(reason, sizeof reason, "retired master keys destroyed on the token: %s", names);
	keyring_record("master", "system:keys", reason, 0);
}

/* keyring_tick's master part. */
static int rewrap_tick(int *finished)
{
	size_t n = 0;
	int fin = 1;
	*finished = 1;
	if (!K.app || !K.app->vault)
		return 0;
	if (K.reap_due && K.token)
		reap_tick();
	struct vault_master_info mi;
	vault_master_info(K.app->vault, &mi);
	if (mi.oldest >= mi.current)
		return 0;
	int batch = K.cfg ? K.cfg->rewrap_batch : 500;
	int rc = vault_master_rewrap(K.app->vault, (size_t)batch, &n, &fin);
	if (rc) {
		log_error("master key rewrap step failed; retrying", "error", vault_strerror(rc));
		return -1;
	}
	*finished = fin;
	if (fin) {
		keyring_step_done("master", mi.current,
				  "master key rewrap finished; older versions retired",
				  "rewrap finished: master versions before ", " retired");
		K.reap_due = 1;
		if (K.token)
			reap_tick();
	}
	return 0;
}

int keyring_tick(int *finished)
{
	int fin_m = 1, fin_p = 1;
	int rc = rewrap_tick(&fin_m);
	int prc = keyring_pn_tick(K.app, (size_t)(K.cfg ? K.cfg->rewrap_batch : 500), &fin_p);
	if (finished)
		*finished = fin_m && fin_p;
	return rc || prc ? -1 : 0;
}

void keyring_free(void)
{
	for (unsigned i = 0; i <= VAULT_MASTER_MAX; i++) {
		keys_free(K.masters[i]);
		K.masters[i] = NULL;
	}
	for (unsigned i = 0; i <= AUDIT_KEYS_MAX; i++) {
		keys_free(K.audits[i]);
		K.audits[i] = NULL;
	}
	keys_p11_free(K.token);
	K.token = NULL;
	K.app = NULL;
	keyring_pn_free();
}

/* One version's line of the status: its state, data keys and file, or
 * its token key (tok: the vault's token records). */
static json_t *version_doc(const struct config *cfg, unsigned ver, unsigned cur, unsigned min,
			   uint64_t count, const struct vault_tok_peek *tok)
{
	char path[PATH_CAP];
	struct stat st;
	const char *state = ver == cur   ? "current"
			    : ver >= min ? "in use (rewrap running)"
					 : "retired";
	if (tok->slot[ver] >= 0) {
		char label[300];
		if (!cfg->master_uri ||
		    keys_p11_uri_label(cfg->master_uri, (unsigned)tok->slot[ver], label,
				       sizeof label))
			snprintf(label, sizeof label, "(slot %d)", tok->slot[ver]);
		return json_pack("{s:i, s:s, s:I, s:s, s:b}", "version", (int)ver, "state", state,
				 "data_keys", (json_int_t)count, "token_key", label,
				 "token_key_destroyed", tok->destroyed[ver] != 0);
	}
	if (!cfg->master_key_file ||
	    keys_version_path(cfg->master_key_file, ver, path, sizeof path))
		path[0] = '\0';
	return json_pack("{s:i, s:s, s:I, s:s, s:b}", "version", (int)ver, "state", state,
			 "data_keys", (json_int_t)count, "file", path, "file_present",
			 path[0] && stat(path, &st) == 0);
}

int keyring_status(const struct config *cfg, json_t **out, char *err, size_t errsz)
{
	struct db_env *db = NULL;
	uint64_t counts[VAULT_MASTER_MAX + 1];
	struct vault_tok_peek tok;
	unsigned cur = 1, min = 1;
	*out = NULL;
	json_t *pn = NULL;
	int rc = app_db_open(cfg, 0, &db, err, errsz);
	if (!rc) {
		pn = keyring_pn_status(cfg, db, err, errsz);
		rc = pn ? 0 : -1;
	}
	if (!rc) {
		rc = vault_master_peek(db, &cur, &min, counts);
		if (!rc)
			rc = vault_master_peek_token(db, &tok);
		if (rc == VAULT_E_NOTFOUND) {
			memset(counts, 0, sizeof counts);
			memset(tok.slot, 0xff, sizeof tok.slot);
			rc = 0;
		} else if (rc) {
			snprintf(err, errsz, "cannot read the vault: %s", vault_strerror(rc));
		}
	}
	db_env_close(db);
	if (rc) {
		json_decref(pn);
		return -1;
	}
	json_t *vers = json_array();
	uint64_t pending = 0;
	for (unsigned ver = 1; vers && ver <= cur; ver++) {
		if (ver != cur)
			pending += counts[ver];
		json_array_append_new(vers, version_doc(cfg, ver, cur, min, counts[ver], &tok));
	}
	*out = json_pack("{s:{s:i, s:i, s:I, s:I, s:o}, s:o}", "master", "current", (int)cur,
			 "oldest", (int)min, "rewrap_pending", (json_int_t)pending, "damaged",
			 (json_int_t)counts[0], "versions", vers, "pseudonym", pn);
	if (!*out)
		snprintf(err, errsz, "out of memory");
	return *out ? 0 : -1;
}
