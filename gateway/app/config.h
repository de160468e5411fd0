/* config: the INI configuration (libinih) -> struct config.
 *
 * Every problem is reported as "file:line: message"; config_load collects all
 * of them (check-config prints them all, serve refuses to start). Relative
 * paths are resolved against the config file's directory.
 * Loaded on the main thread; a loaded struct config is read-only, shared by
 * the gateway's threads, and freed once at exit. */
#ifndef CUSTOS_CONFIG_H
#define CUSTOS_CONFIG_H

#include <stddef.h>

#include "dconf.h"

#define CONFIG_MAX_ISSUERS     16
#define CONFIG_MAX_ALGS        8
#define CONFIG_MAX_ADMINS      32
#define CONFIG_MAX_PATTERNS    32
#define CONFIG_MAX_PROXY_RULES 64 /* PROXY_MAX_RULES */
/* Longest accepted line in bytes, without its line end: room for long
 * values such as a [tls] priorities string; a longer line is an error. */
#define CONFIG_MAX_LINE 4096

struct config_issuer {
	char *name; /* the NAME of [issuer:NAME] */
	char *iss;
	char *audience;
	char *algorithms[CONFIG_MAX_ALGS];
	size_t nalgorithms;
	char *key_file;  /* PEM public key(s), or NULL */
	char *jwks_file; /* JWKS, or NULL */
	char *discovery; /* OpenID discovery URL (keys fetched, see jwks_fetch.h), or NULL */
	char *jwks_uri;  /* JWKS URL, or NULL; exactly one key source per issuer */
	char *ca_file;   /* PEM CAs for the provider's TLS (discovery/jwks_uri); NULL: system */
	int require_cert_binding; /* RFC 8705 cnf.x5t#S256 required */
	char *groups_claim;       /* NULL: no groups */
	int leeway_s;
	/* the console signs people in here (docs/CONSOLE.md); NULL: it does not */
	char *console_client_id, *console_client_secret_file, *console_redirect_url;
	char *console_scope; /* NULL: "openid profile email" */
	int line;
};

struct config_pattern {
	char *name;
	char *pattern;
};

struct config {
	char *path;

	/* [server] */
	char *listen; /* as written, "host:port" */
	char listen_host[64];
	int listen_port;
	char *data_dir;
	int threads;
	size_t max_body_bytes;
	size_t max_header_bytes;
	unsigned max_connections;
	unsigned per_ip_connections;
	int idle_timeout_s;
	int request_timeout_s;
	int drain_timeout_s;
	size_t store_map_size;
	size_t audit_map_size;
	int list_scan_max;     /* conversations examined per list request */
	int heavy_concurrency; /* expensive reads in flight (0: unbounded) */
	int heavy_per_subject; /* ... of one subject */
	int heavy_workers;     /* threads running them, off the event loops */

	/* [tls] */
	char *cert, *key, *client_ca, *crl, *priorities;
	int tls_allow_intermediates; /* client chains through presented CAs (docs/IDENTITY.md) */

	/* [ops] */
	char *ops_listen;
	char ops_host[64];
	int ops_port;

	/* [console] (docs/CONSOLE.md) */
	char *console_listen; /* NULL: no console listener */
	char console_host[64];
	int console_port;
	char *console_client_cert; /* "optional" (default) or "required", as written */
	int console_cert_required;
	int console_session_idle_s; /* a session unused this long ends */
	int console_session_max_s;  /* ... and this long after sign-in in any case */
	int console_sessions_max;   /* sessions at once */
	int console_signin;         /* index of the [issuer:NAME] with console_client_id, or -1 */

	/* [keys] */
	char *master_key_file, *audit_key_file, *pseudonym_key_file;
	int keys_strict;       /* refuse key files others may read (else warn) */
	char *master_uri;      /* [keys] master: a PKCS#11 URI (RFC 7512), or NULL */
	char *pin_file;        /* [keys] pin_file: the token's user PIN */
	int dek_cache;         /* [keys] dek_cache: data keys cached (token master) */
	int rewrap_batch;      /* data keys rewrapped per step after a master rotation */
	int pseudonym_grace_s; /* previous pseudonyms accepted this long after a rotation */

	/* [bootstrap] */
	char *admins[CONFIG_MAX_ADMINS];
	size_t nadmins;

	/* [issuer:NAME] */
	struct config_issuer issuers[CONFIG_MAX_ISSUERS];
	size_t nissuers;

	/* [tokens] */
	int token_cache_ttl_s;
	size_t token_cache_max;
	int jwks_refresh_s; /* obsolete, accepted and ignored (jwks_file changes are seen at once) */
	int jwks_min_refresh_s; /* bounds of the Cache-Control driven JWKS refresh */
	int jwks_max_refresh_s;
	int allow_http_issuers; /* CUSTOS_ALLOW_HTTP_ISSUERS=1 in the environment (tests only) */

	/* [audit] */
	char *audit_export; /* JSON-lines export file, or NULL */
	int audit_group_commit;
	int audit_timeout_ms;

	/* [retention] */
	long default_retention_s;
	int sweep_interval_s;
	int shred_interval_s; /* [retention]: deleted records leave the disk within it (shred.h) */

	/* [redact] pattern.NAME = PCRE2 */
	struct config_pattern patterns[CONFIG_MAX_PATTERNS];
	size_t npatterns;

	/* [log] */
	int log_level;

	/* [limits], [detect], [alerts] (gateway/detect/dconf.h) */
	dconf detect;

	/* [proxy] trusted = principals; rule.NAME = "METHOD /path ACTION"
	 * (docs/PROXIES.md) */
	char *proxy_trusted[CONFIG_MAX_ADMINS];
	size_t nproxy_trusted;
	struct config_pattern proxy_rules[CONFIG_MAX_PROXY_RULES];
	size_t nproxy_rules;
};

/* A list of "file:line: message" strings. */
struct config_errors {
	char **msgs;
	size_t n, cap;
};

/* Parses and validates path. Returns 0 and a new *out (config_free) when
 * there is no problem; otherwise -1, *out NULL, and every problem appended
 * to errs (config_errors_clear). With check_files, key/cert files must also
 * exist and be readable. */
int config_load(const char *path, int check_files, struct config **out, struct config_errors *errs);

void config_free(struct config *c);
void config_errors_clear(struct config_errors *e);

#endif
