/* app: opens and closes the process-wide handles in order (keys, policy
 * store, audit log, token issuers (idp.h), compiled policy) and keeps the compiled
 * policy in step with the store: every committed change recompiles it and
 * swaps it in atomically; every revocation clears the token cache. */
#include "app.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "app-t.h"
#include "audit.h"
#include "config.h"
#include "db.h"
#include "detect.h"
#include "errbuf.h"
#include "idp.h"
#include "keyring.h"
#include "keys.h"
#include "log.h"
#include "metrics.h"
#include "policy.h"
#include "proxymap.h"
#include "redact.h"
#include "shred.h"
#include "store.h"
#include "vault.h"

/* The application's state. Filled by app_open before any other thread
 * starts; read-only afterwards except where a module swaps its own state
 * safely. */
static struct {
	struct config *cfg;
	struct app h; /* what requests see */
	struct db_env *db;
	keys_secret *audit_key, *pseudonym_key; /* the master versions: keyring.c */
	const keys_secret *const *masters;
	keys_p11 *token;
	/* The [redact] custom pattern names (documents may name them). */
	const char *redact_names[CONFIG_MAX_PATTERNS];
	struct proxy_rule proxy_rules[CONFIG_MAX_PROXY_RULES];
	pol_vocab vocab;
	atomic_int draining; /* SIGTERM received */
} A;

/* Serializes load + compile + swap: the housekeeping thread (app_poll) and a
 * request thread (on_store_change) may both recompile; without this, a
 * snapshot compiled from an older version could be swapped in after a newer
 * one and stay in force until the next poll. Taken inside the store's writer
 * lock (on_store_change), never the other way round. */
static pthread_mutex_t compile_mu = PTHREAD_MUTEX_INITIALIZER;

const struct app *app_handles(void)
{
	return &A.h;
}

int app_compile(char *err, size_t errsz)
{
	pol_snapshot *s = NULL;
	pol_error pe;
	uint64_t version = 0;
	pthread_mutex_lock(&compile_mu);
	int rc = pol_store_compile(A.h.store, NULL, &A.vocab, &s, &version, &pe);
	if (rc == 0)
		pol_holder_swap(A.h.policy, s);
	pthread_mutex_unlock(&compile_mu);
	if (rc == 0)
		return 0;
	if (rc <= POL_EDOC && rc >= POL_EARG && pe.msg[0])
		snprintf(err, errsz, "cannot compile policy version %llu: %s: %s",
			 (unsigned long long)version, pe.path, pe.msg);
	else if (rc <= POL_EDOC && rc >= POL_EARG)
		snprintf(err, errsz, "cannot compile policy version %llu: %s",
			 (unsigned long long)version, pol_strerror(rc));
	else
		snprintf(err, errsz, "cannot load policies: %s", pol_store_strerror(rc));
	return -1;
}

static void on_store_change(pol_store *st, enum pol_store_change what, uint64_t counter, void *ctx)
{
	(void)st;
	(void)ctx;
	char v[24];
	snprintf(v, sizeof v, "%llu", (unsigned long long)counter);
	if (what == POL_STORE_CHANGE_REVOCATION) {
		idp_cache_clear(A.h.idp);
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
	if (!A.h.store || pol_store_version(A.h.store, &stored) != 0)
		return;
	unsigned ticket;
	const pol_snapshot *cur = pol_holder_acquire(A.h.policy, &ticket);
	uint64_t have = cur ? pol_snapshot_version(cur) : 0;
	pol_holder_release(A.h.policy, ticket);
	if (stored == have)
		return;
	char err[512], v[24];
	snprintf(v, sizeof v, "%llu", (unsigned long long)stored);
	if (app_compile(err, sizeof err) == 0)
		log_info("policy changed by another process; recompiled", "version", v);
	else
		log_error("policy recompile failed; previous policy stays", "error", err);
}

static size_t detect_metrics_source(char *buf, size_t cap, void *ctx)
{
	(void)ctx;
	return detect_metrics(A.h.detect, buf, cap);
}

static size_t audit_metrics(char *buf, size_t cap, void *ctx)
{
	(void)ctx;
	audit_stats s;
	audit_get_stats(A.h.audit, &s);
	uint64_t hits = 0, misses = 0;
	idp_stats(A.h.idp, &hits, &misses);
	int n = snprintf(
		buf, cap,
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
		"# HELP custos_audit_query_entries_examined_total Audit entries read by queries "
		"(the audit query, access logs, exports).\n"
		"# TYPE custos_audit_query_entries_examined_total counter\n"
		"custos_audit_query_entries_examined_total %llu\n"
		"# HELP custos_token_cache_hits_total Verified-token cache hits.\n"
		"# TYPE custos_token_cache_hits_total counter\ncustos_token_cache_hits_total %llu\n"
		"# HELP custos_token_cache_misses_total Verified-token cache misses.\n"
		"# TYPE custos_token_cache_misses_total counter\ncustos_token_cache_misses_total %llu\n",
		(unsigned long long)s.entries, (unsigned long long)s.batches,
		(unsigned long long)s.failures, (unsigned long long)s.timeouts, s.queue_depth,
		s.ready, (unsigned long long)s.query_examined, (unsigned long long)hits,
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

static size_t issuer_metrics(char *buf, size_t cap, void *ctx)
{
	(void)ctx;
	return idp_metrics(A.h.idp, buf, cap);
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

/* The token issuers of cfg as an idp_conf (pointing into cfg and t); the
 * JWKS are kept under data_dir/jwks (data_dir: the running one, which a
 * SIGHUP does not change). */
struct token_conf {
	jwtv_issuer_conf ic[CONFIG_MAX_ISSUERS];
	jwksf_issuer_conf fc[CONFIG_MAX_ISSUERS];
	char *state_dir;
	idp_conf c;
};

static int token_conf(const struct config *cfg, const char *data_dir, struct token_conf *t)
{
	memset(t, 0, sizeof *t);
	for (size_t i = 0; i < cfg->nissuers; i++) {
		const struct config_issuer *is = &cfg->issuers[i];
		t->ic[i] =
			(jwtv_issuer_conf){.name = is->name,
					   .iss = is->iss,
					   .audience = is->audience,
					   .algorithms = (const char *const *)is->algorithms,
					   .nalgorithms = is->nalgorithms,
					   .key_file = is->key_file,
					   .jwks_file = is->jwks_file,
					   .groups_claim = is->groups_claim,
					   .leeway_s = is->leeway_s,
					   .remote = is->discovery ? is->discovery : is->jwks_uri,
					   .require_cert_binding = is->require_cert_binding};
		t->fc[i] = (jwksf_issuer_conf){.name = is->name,
					       .iss = is->iss,
					       .discovery = is->discovery,
					       .jwks_uri = is->jwks_uri,
					       .ca_file = is->ca_file,
					       .watch_file = is->jwks_file != NULL};
	}
	t->state_dir = join(data_dir, "jwks");
	t->c.jwtv = (jwtv_conf){.issuers = t->ic,
				.nissuers = cfg->nissuers,
				.cache_ttl_s = cfg->token_cache_ttl_s,
				.cache_max = cfg->token_cache_max,
				.jwks_min_refresh_s = cfg->jwks_min_refresh_s};
	t->c.fetch = (jwksf_conf){.issuers = t->fc,
				  .nissuers = cfg->nissuers,
				  .state_dir = t->state_dir,
				  .min_refresh_s = cfg->jwks_min_refresh_s,
				  .max_refresh_s = cfg->jwks_max_refresh_s,
				  .allow_http = cfg->allow_http_issuers};
	return t->state_dir ? 0 : -1;
}

int app_open(struct config *cfg, char *err, size_t errsz)
{
	int rc = -1;
	char *store_dir = join(cfg->data_dir, "store");
	char *audit_dir = join(cfg->data_dir, "audit");
	A.cfg = cfg;
	for (size_t i = 0; i < cfg->npatterns; i++)
		A.redact_names[i] = cfg->patterns[i].name;
	A.vocab.custom_redact = A.redact_names;
	A.vocab.ncustom = cfg->npatterns;
	A.h.redact_names = A.redact_names;
	A.h.nredact_names = cfg->npatterns;
	A.h.admins = (const char *const *)cfg->admins;
	A.h.nadmins = cfg->nadmins;
	A.h.list_scan_max = cfg->list_scan_max;
	A.h.heavy_max = (unsigned)cfg->heavy_concurrency;
	A.h.heavy_per_subject = (unsigned)cfg->heavy_per_subject;
	A.h.heavy_workers = (unsigned)cfg->heavy_workers;
	/* checked by config_load: a failure here is out of bounds only */
	for (size_t i = 0; i < cfg->nproxy_rules && i < CONFIG_MAX_PROXY_RULES; i++)
		if (proxy_rule_parse(cfg->proxy_rules[i].name, cfg->proxy_rules[i].pattern,
				     &A.proxy_rules[A.h.nproxy_rules], err, errsz) == 0)
			A.h.nproxy_rules++;
	A.h.proxy_rules = A.proxy_rules;
	A.h.proxy_trusted = (const char *const *)cfg->proxy_trusted;
	A.h.nproxy_trusted = cfg->nproxy_trusted;
	A.h.default_retention_s = cfg->default_retention_s;
	if (!store_dir || !audit_dir) {
		snprintf(err, errsz, "out of memory");
		goto out;
	}
	if (mkdir(cfg->data_dir, 0700) != 0 && errno != EEXIST) {
		snprintf(err, errsz, "cannot create data_dir %s: %s", cfg->data_dir,
			 strerror(errno));
		goto out;
	}
	if (keyring_load(cfg, &A.audit_key, &A.pseudonym_key, &A.masters, &A.token, err, errsz))
		goto out;

	record_audit_key_path(cfg);

	char e2[400];
	if (app_db_open(cfg, 1, &A.db, e2, sizeof e2)) {
		snprintf(err, errsz, "policy store %s: %s", store_dir, e2);
		goto out;
	}
	pol_store_opts so = {.validate = pol_store_validate_docs, .validate_ctx = &A.vocab};
	if (pol_store_open(A.db, &so, &A.h.store, e2, sizeof e2)) {
		snprintf(err, errsz, "policy store %s: %s", store_dir, e2);
		goto out;
	}
	A.h.policy = pol_holder_create(NULL);
	if (!A.h.policy) {
		snprintf(err, errsz, "out of memory");
		goto out;
	}
	if (app_compile(err, errsz))
		goto out;
	pol_store_set_on_change(A.h.store, on_store_change, NULL);

	if (vault_open_versions(A.db, A.masters, A.token, A.pseudonym_key, &A.h.vault, e2,
				sizeof e2)) {
		snprintf(err, errsz, "conversation vault: %s", e2);
		goto out;
	}
	/* The pseudonym key versions after the first (docs/KEYS.md). */
	if (keyring_pn_open(cfg, A.h.vault, cfg->keys_strict ? KEYS_PRIVATE : 0, err, errsz))
		goto out;
	if (detect_open(&cfg->detect, A.db, &A.h.detect, e2, sizeof e2)) {
		snprintf(err, errsz, "detection: %s", e2);
		goto out;
	}
	detect_set_certs(A.h.detect, cfg->cert, cfg->client_ca);
	redact_custom rc_custom[CONFIG_MAX_PATTERNS];
	for (size_t i = 0; i < cfg->npatterns; i++) {
		rc_custom[i].name = cfg->patterns[i].name;
		rc_custom[i].pattern = cfg->patterns[i].pattern;
	}
	if (redact_create(&A.h.redact, rc_custom, cfg->npatterns, e2, sizeof e2)) {
		snprintf(err, errsz, "[redact] %s", e2);
		goto out;
	}

	audit_conf ac;
	memset(&ac, 0, sizeof ac);
	ac.dir = audit_dir;
	ac.map_size = cfg->audit_map_size;
	ac.key = keys_secret_bytes(A.audit_key);
	const uint8_t *others[64];
	ac.other_keys = others;
	ac.nother_keys = keyring_audit_others(others, 64);
	ac.group_commit = cfg->audit_group_commit;
	ac.timeout_ms = cfg->audit_timeout_ms;
	ac.export_path = cfg->audit_export;
	if (audit_open(&A.h.audit, &ac, e2, sizeof e2)) {
		snprintf(err, errsz, "audit log %s: %s", audit_dir, e2);
		goto out;
	}

	struct token_conf tc;
	if (token_conf(cfg, cfg->data_dir, &tc) != 0) {
		snprintf(err, errsz, "out of memory");
		goto out;
	}
	if (cfg->allow_http_issuers)
		log_warn("CUSTOS_ALLOW_HTTP_ISSUERS=1: identity provider URLs may be plain http "
			 "(tests only)");
	int irc = idp_open(&A.h.idp, &tc.c, e2, sizeof e2);
	free(tc.state_dir);
	if (irc) {
		snprintf(err, errsz, "token issuers: %s", e2);
		goto out;
	}
	if (app_console_open(cfg, &A.h, err, errsz))
		goto out;
	metrics_add_source(audit_metrics, NULL);
	metrics_add_source(detect_metrics_source, NULL);
	metrics_add_source(issuer_metrics, NULL);
	A.h.rotate_key = keyring_rotate;
	keyring_bind(&A.h);
	shred_bind(A.db, A.h.vault, cfg->shred_interval_s);
	rc = 0;
out:
	free(store_dir);
	free(audit_dir);
	return rc;
}

/* SIGHUP: hands a changed [server] audit_map_size (from c, the config file
 * read anew) to the audit writer (the way out of a full audit map without a
 * restart). */
static void reload_audit_map_size(const struct config *c)
{
	if (!A.h.audit || !A.cfg)
		return;
	size_t want = c->audit_map_size;
	if (want == A.cfg->audit_map_size)
		return;
	char v[24];
	snprintf(v, sizeof v, "%zu", want);
	if (audit_set_map_size(A.h.audit, want) != 0) {
		log_error("cannot apply audit_map_size", "bytes", v);
		return;
	}
	A.cfg->audit_map_size = want;
	log_info("audit map size changed", "bytes", v);
}

/* SIGHUP for the token issuers: the [issuer:*] and [tokens] of c. */
static void reload_issuers(const struct config *c)
{
	char err[512];
	struct token_conf tc;
	if (token_conf(c, A.cfg->data_dir, &tc) != 0) {
		log_error("issuer key reload failed; keeping the previous keys", "error",
			  "out of memory");
		return;
	}
	int rc = idp_reload(A.h.idp, &tc.c, err, sizeof err);
	free(tc.state_dir);
	if (rc == 0)
		log_info("reloaded token issuer keys");
	else if (rc == 1)
		log_info("token issuers reconfigured from the config file");
	else
		log_error("issuer key reload failed; keeping the previous keys", "error", err);
}

void app_reload(void)
{
	struct config *c = NULL;
	struct config_errors errs = {0};
	if (A.cfg && A.cfg->path && config_load(A.cfg->path, 0, &c, &errs) != 0) {
		log_error("config reload failed; issuers and audit_map_size unchanged", "error",
			  errs.n ? errs.msgs[0] : "unknown");
		config_errors_clear(&errs);
	}
	if (c) {
		reload_issuers(c);
		reload_audit_map_size(c);
		config_free(c);
	}
	if (A.h.detect && A.cfg)
		detect_set_certs(A.h.detect, A.cfg->cert, A.cfg->client_ca);
	if (A.h.audit && audit_reopen_export(A.h.audit) != 0)
		log_error("cannot reopen the audit export file");
}

void app_close(void)
{
	/* The audit log last but one: everything queued is written first. */
	app_console_close(&A.h);
	idp_close(A.h.idp);
	A.h.idp = NULL;
	audit_close(A.h.audit);
	A.h.audit = NULL;
	if (A.h.store)
		pol_store_set_on_change(A.h.store, NULL, NULL);
	pol_holder_free(A.h.policy);
	A.h.policy = NULL;
	shred_bind(NULL, NULL, 0);
	vault_free(A.h.vault);
	A.h.vault = NULL;
	detect_close(A.h.detect); /* stores the alerts still queued */
	A.h.detect = NULL;
	redact_free(A.h.redact);
	A.h.redact = NULL;
	pol_store_close(A.h.store);
	A.h.store = NULL;
	db_env_close(A.db);
	A.db = NULL;
	keys_free(A.audit_key);
	keyring_free();
	keys_free(A.pseudonym_key);
	A.audit_key = A.pseudonym_key = NULL;
	A.masters = NULL;
	A.token = NULL;
}

void app_set_draining(void)
{
	atomic_store(&A.draining, 1);
}

int app_ready(const char **why)
{
	if (atomic_load(&A.draining)) {
		*why = "draining";
		return 0;
	}
	if (!A.h.audit || !audit_ready(A.h.audit)) {
		*why = "audit_unavailable";
		return 0;
	}
	if (A.db && !db_env_ready(A.db, why))
		return 0;
	return idp_ready(A.h.idp, why);
}
