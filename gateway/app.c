/* app: opens and closes the process-wide handles in order (keys, policy
 * store, audit log, token verifier, compiled policy) and keeps the compiled
 * policy in step with the store: every committed change recompiles it and
 * swaps it in atomically; every revocation clears the token cache. */
#include "app.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "config.h"
#include "db.h"
#include "errbuf.h"
#include "jwt_verify.h"
#include "keys.h"
#include "log.h"
#include "metrics.h"
#include "policy.h"
#include "redact.h"
#include "store.h"
#include "vault.h"

struct app g_app;

static keys_secret *audit_key, *master_key, *pseudonym_key;

/* Names of the [redact] custom patterns: filled by app_open before any
 * other thread starts, read-only afterwards (handlers on every worker
 * thread validate and compile against them). */
static const char *redact_names[CONFIG_MAX_PATTERNS];
static size_t nredact_names;

/* Serializes load + compile + swap: the housekeeping thread (app_poll) and a
 * request thread (on_store_change) may both recompile; without this, a
 * snapshot compiled from an older version could be swapped in after a newer
 * one and stay in force until the next poll. Taken inside the store's writer
 * lock (on_store_change), never the other way round. */
static pthread_mutex_t compile_mu = PTHREAD_MUTEX_INITIALIZER;

const char *const *app_redact_names(size_t *n)
{
	*n = nredact_names;
	return redact_names;
}

/* The vocabulary role documents are checked and compiled against: the
 * [redact] custom names (redact_names, filled by app_open). */
static pol_vocab vocab;

int app_compile(char *err, size_t errsz)
{
	pol_snapshot *s = NULL;
	pol_error pe;
	uint64_t version = 0;
	pthread_mutex_lock(&compile_mu);
	int rc = pol_store_compile(g_app.store, NULL, &vocab, &s, &version, &pe);
	if (rc == 0)
		pol_holder_swap(g_app.policy, s);
	pthread_mutex_unlock(&compile_mu);
	if (rc == 0)
		return 0;
	if (rc <= POL_EDOC && rc >= POL_EARG)
		snprintf(err, errsz, "cannot compile policy version %llu: %s: %s",
			 (unsigned long long)version, pe.path, pe.msg);
	else
		snprintf(err, errsz, "cannot load policies: %s", pol_store_strerror(rc));
	return -1;
}

static void on_store_change(pol_store *st, enum pol_store_change what, uint64_t counter,
			    void *ctx)
{
	(void)st;
	(void)ctx;
	char v[24];
	snprintf(v, sizeof v, "%llu", (unsigned long long)counter);
	if (what == POL_STORE_CHANGE_REVOCATION) {
		if (g_app.jwtv)
			jwtv_cache_clear(g_app.jwtv);
		log_info("revocations changed; token cache cleared", "epoch", v);
		return;
	}
	char err[512];
	if (app_compile(err, sizeof err) == 0)
		log_info("policy recompiled", "version", v);
	else /* cannot happen for validated sets; keep the previous policy */
		log_error("policy recompile failed; previous policy stays", "error", err);
}

void app_poll(void)
{
	uint64_t stored = 0;
	if (!g_app.store || pol_store_version(g_app.store, &stored) != 0)
		return;
	unsigned ticket;
	const pol_snapshot *cur = pol_holder_acquire(g_app.policy, &ticket);
	uint64_t have = cur ? pol_snapshot_version(cur) : 0;
	pol_holder_release(g_app.policy, ticket);
	if (stored == have)
		return;
	char err[512], v[24];
	snprintf(v, sizeof v, "%llu", (unsigned long long)stored);
	if (app_compile(err, sizeof err) == 0)
		log_info("policy changed by another process; recompiled", "version", v);
	else
		log_error("policy recompile failed; previous policy stays", "error", err);
}

static size_t audit_metrics(char *buf, size_t cap, void *ctx)
{
	(void)ctx;
	audit_stats s;
	audit_get_stats(g_app.audit, &s);
	uint64_t hits = 0, misses = 0;
	if (g_app.jwtv)
		jwtv_stats(g_app.jwtv, &hits, &misses);
	int n = snprintf(buf, cap,
			 "# HELP custos_audit_entries_total Audit entries made durable.\n"
			 "# TYPE custos_audit_entries_total counter\ncustos_audit_entries_total %llu\n"
			 "# HELP custos_audit_commits_total Audit group commits.\n"
			 "# TYPE custos_audit_commits_total counter\ncustos_audit_commits_total %llu\n"
			 "# HELP custos_audit_failures_total Failed audit commits.\n"
			 "# TYPE custos_audit_failures_total counter\ncustos_audit_failures_total %llu\n"
			 "# HELP custos_audit_timeouts_total Audit entries failed by timeout.\n"
			 "# TYPE custos_audit_timeouts_total counter\ncustos_audit_timeouts_total %llu\n"
			 "# HELP custos_audit_queue_depth Entries waiting for the audit writer.\n"
			 "# TYPE custos_audit_queue_depth gauge\ncustos_audit_queue_depth %zu\n"
			 "# HELP custos_audit_ready 1 when decisions can be recorded.\n"
			 "# TYPE custos_audit_ready gauge\ncustos_audit_ready %d\n"
			 "# HELP custos_token_cache_hits_total Verified-token cache hits.\n"
			 "# TYPE custos_token_cache_hits_total counter\ncustos_token_cache_hits_total %llu\n"
			 "# HELP custos_token_cache_misses_total Verified-token cache misses.\n"
			 "# TYPE custos_token_cache_misses_total counter\ncustos_token_cache_misses_total %llu\n",
			 (unsigned long long)s.entries, (unsigned long long)s.batches,
			 (unsigned long long)s.failures, (unsigned long long)s.timeouts,
			 s.queue_depth, s.ready, (unsigned long long)hits,
			 (unsigned long long)misses);
	return n < 0 ? 0 : (size_t)n;
}

int app_db_open(const struct config *cfg, int create, db_env **out, char *err, size_t errsz)
{
	char *dir = NULL;
	int rc = CUSTOS_E_NOMEM;
	*out = NULL;
	if (asprintf(&dir, "%s/store", cfg->data_dir) < 0)
		return errbuf_fail(err, errsz, rc, "out of memory");
	struct stat sb;
	if (!create && stat(dir, &sb) != 0) {
		rc = errbuf_fail(err, errsz, DB_E_NOTFOUND, "no policy store at %s", dir);
		goto out;
	}
	if (create && mkdir(cfg->data_dir, 0700) != 0 && errno != EEXIST) {
		rc = errbuf_fail(err, errsz, DB_E_IO, "cannot create %s: %s", cfg->data_dir,
				 strerror(errno));
		goto out;
	}
	db_env_opts o = {.dir = dir, .map_size = cfg->store_map_size, .max_readers = 256};
	rc = db_env_open(&o, out, err, errsz);
out:
	free(dir);
	return rc;
}

static char *join(const char *dir, const char *name)
{
	char *p = NULL;
	if (asprintf(&p, "%s/%s", dir, name) < 0)
		return NULL;
	return p;
}

/* Writes data_dir/audit-key.path: where the audit key lives (never the key),
 * so that `custos audit verify --data DIR` can find it. Best effort. */
static void record_audit_key_path(const struct config *cfg)
{
	char *abs = realpath(cfg->audit_key_file, NULL);
	char *path = join(cfg->data_dir, "audit-key.path");
	FILE *f = abs && path ? fopen(path, "w") : NULL;
	if (f) {
		fprintf(f, "%s\n", abs);
		fclose(f);
	}
	free(abs);
	free(path);
}

int app_open(struct config *cfg, char *err, size_t errsz)
{
	int rc = -1;
	char *store_dir = join(cfg->data_dir, "store");
	char *audit_dir = join(cfg->data_dir, "audit");
	g_app.cfg = cfg;
	for (size_t i = 0; i < cfg->npatterns; i++)
		redact_names[i] = cfg->patterns[i].name;
	nredact_names = cfg->npatterns;
	vocab.custom_redact = redact_names;
	vocab.ncustom = nredact_names;
	if (!store_dir || !audit_dir) {
		snprintf(err, errsz, "out of memory");
		goto out;
	}
	if (mkdir(cfg->data_dir, 0700) != 0 && errno != EEXIST) {
		snprintf(err, errsz, "cannot create data_dir %s: %s", cfg->data_dir, strerror(errno));
		goto out;
	}
	if (keys_load_file(cfg->audit_key_file, &audit_key, err, errsz) ||
	    keys_load_file(cfg->master_key_file, &master_key, err, errsz) ||
	    keys_load_file(cfg->pseudonym_key_file, &pseudonym_key, err, errsz))
		goto out;

	record_audit_key_path(cfg);

	char e2[400];
	if (app_db_open(cfg, 1, &g_app.db, e2, sizeof e2)) {
		snprintf(err, errsz, "policy store %s: %s", store_dir, e2);
		goto out;
	}
	pol_store_opts so = {.validate = pol_store_validate_docs, .validate_ctx = &vocab};
	if (pol_store_open(g_app.db, &so, &g_app.store, e2, sizeof e2)) {
		snprintf(err, errsz, "policy store %s: %s", store_dir, e2);
		goto out;
	}
	g_app.policy = pol_holder_create(NULL);
	if (!g_app.policy) {
		snprintf(err, errsz, "out of memory");
		goto out;
	}
	if (app_compile(err, errsz))
		goto out;
	pol_store_set_on_change(g_app.store, on_store_change, NULL);

	if (vault_open(g_app.db, master_key, pseudonym_key, &g_app.vault, e2,
		       sizeof e2)) {
		snprintf(err, errsz, "conversation vault: %s", e2);
		goto out;
	}
	redact_custom rc_custom[CONFIG_MAX_PATTERNS];
	for (size_t i = 0; i < cfg->npatterns; i++) {
		rc_custom[i].name = cfg->patterns[i].name;
		rc_custom[i].pattern = cfg->patterns[i].pattern;
	}
	if (redact_create(&g_app.redact, rc_custom, cfg->npatterns, e2, sizeof e2)) {
		snprintf(err, errsz, "[redact] %s", e2);
		goto out;
	}

	audit_conf ac;
	memset(&ac, 0, sizeof ac);
	ac.dir = audit_dir;
	ac.map_size = cfg->audit_map_size;
	ac.key = keys_secret_bytes(audit_key);
	ac.group_commit = cfg->audit_group_commit;
	ac.timeout_ms = cfg->audit_timeout_ms;
	ac.export_path = cfg->audit_export;
	if (audit_open(&g_app.audit, &ac, e2, sizeof e2)) {
		snprintf(err, errsz, "audit log %s: %s", audit_dir, e2);
		goto out;
	}

	if (cfg->nissuers) {
		jwtv_issuer_conf ic[CONFIG_MAX_ISSUERS];
		memset(ic, 0, sizeof ic);
		for (size_t i = 0; i < cfg->nissuers; i++) {
			const struct config_issuer *is = &cfg->issuers[i];
			ic[i].name = is->name;
			ic[i].iss = is->iss;
			ic[i].audience = is->audience;
			ic[i].algorithms = (const char *const *)is->algorithms;
			ic[i].nalgorithms = is->nalgorithms;
			ic[i].key_file = is->key_file;
			ic[i].jwks_file = is->jwks_file;
			ic[i].groups_claim = is->groups_claim;
			ic[i].leeway_s = is->leeway_s;
		}
		jwtv_conf jc;
		memset(&jc, 0, sizeof jc);
		jc.issuers = ic;
		jc.nissuers = cfg->nissuers;
		jc.cache_ttl_s = cfg->token_cache_ttl_s;
		jc.cache_max = cfg->token_cache_max;
		jc.jwks_min_refresh_s = cfg->jwks_refresh_s;
		if (jwtv_create(&g_app.jwtv, &jc, e2, sizeof e2)) {
			snprintf(err, errsz, "token issuers: %s", e2);
			goto out;
		}
	}
	metrics_add_source(audit_metrics, NULL);
	rc = 0;
out:
	free(store_dir);
	free(audit_dir);
	return rc;
}

/* SIGHUP: re-reads [server] audit_map_size from the config file and hands a
 * changed value to the audit writer (the way out of a full audit map without
 * a restart). Nothing else of the file is applied here. */
static void reload_audit_map_size(void)
{
	struct config *c = NULL;
	struct config_errors errs = {0};
	if (!g_app.audit || !g_app.cfg || !g_app.cfg->path)
		return;
	if (config_load(g_app.cfg->path, 0, &c, &errs) != 0) {
		log_error("config reload failed; audit_map_size unchanged", "error",
			  errs.n ? errs.msgs[0] : "unknown");
		config_errors_clear(&errs);
		return;
	}
	size_t want = c->audit_map_size;
	config_free(c);
	if (want == g_app.cfg->audit_map_size)
		return;
	char v[24];
	snprintf(v, sizeof v, "%zu", want);
	if (audit_set_map_size(g_app.audit, want) != 0) {
		log_error("cannot apply audit_map_size", "bytes", v);
		return;
	}
	g_app.cfg->audit_map_size = want;
	log_info("audit map size changed", "bytes", v);
}

void app_reload(void)
{
	char err[512];
	if (g_app.jwtv) {
		if (jwtv_reload(g_app.jwtv, err, sizeof err) == 0)
			log_info("reloaded token issuer keys");
		else
			log_error("issuer key reload failed; keeping the previous keys", "error", err);
	}
	if (g_app.audit && audit_reopen_export(g_app.audit) != 0)
		log_error("cannot reopen the audit export file");
	reload_audit_map_size();
}

void app_close(void)
{
	/* The audit log last but one: everything queued is written first. */
	jwtv_free(g_app.jwtv);
	g_app.jwtv = NULL;
	audit_close(g_app.audit);
	g_app.audit = NULL;
	if (g_app.store)
		pol_store_set_on_change(g_app.store, NULL, NULL);
	pol_holder_free(g_app.policy);
	g_app.policy = NULL;
	vault_free(g_app.vault);
	g_app.vault = NULL;
	redact_free(g_app.redact);
	g_app.redact = NULL;
	pol_store_close(g_app.store);
	g_app.store = NULL;
	db_env_close(g_app.db);
	g_app.db = NULL;
	keys_free(audit_key);
	keys_free(master_key);
	keys_free(pseudonym_key);
	audit_key = master_key = pseudonym_key = NULL;
}

int app_ready(const char **why)
{
	if (atomic_load(&g_app.draining)) {
		*why = "draining";
		return 0;
	}
	if (!g_app.audit || !audit_ready(g_app.audit)) {
		*why = "audit_unavailable";
		return 0;
	}
	*why = NULL;
	return 1;
}
