/* app-t.h: the application's handles as requests see them (types only).
 * The application (gateway/app/) opens them and hands the pipeline one
 * struct app; every request reaches it as r->app, never through a global.
 * Read-only for requests; each handle is thread-safe on its own terms. */
#ifndef CUSTOS_APP_T_H
#define CUSTOS_APP_T_H

#include <stddef.h>

struct audit;
struct idp;
struct pol_store;
struct pol_holder;
struct vault;
struct redactor;
struct json_t;
struct detect;
struct proxy_rule;
struct sessions;
struct oidc_rp;

struct app {
	struct audit *audit;       /* the decision log */
	struct idp *idp;           /* Bearer token verification: the issuers in force (idp.h) */
	struct pol_store *store;   /* policies, bindings, revocations */
	struct pol_holder *policy; /* the compiled policy in force */
	struct vault *vault;       /* conversations, consent, concerns (encrypted) */
	struct redactor *redact;   /* PII detection for staff views */
	struct detect *detect;     /* limits, locks, anomalies, alerts, reviews */
	const char *const *admins; /* [bootstrap] admins */
	size_t nadmins;
	const char *const *redact_names; /* [redact] custom pattern names (documents may name them) */
	size_t nredact_names;
	int list_scan_max;        /* [server] list_scan_max */
	long default_retention_s; /* [retention] default_retention_s */
	/* Rotates the key named which ("master", ...): 0 with *out the new
	 * state, else an HTTP status with err (app/keyring.h). */
	int (*rotate_key)(const char *which, struct json_t **out, char *err, size_t errsz);
	unsigned heavy_max;         /* [server] heavy_concurrency (gate.h) */
	unsigned heavy_per_subject; /* [server] heavy_per_subject */
	unsigned heavy_workers;     /* [server] heavy_workers: threads running them */
	/* [proxy]: who may forward a client's certificate, and the rules
	 * mapping the requests they ask about (proxymap.h) */
	const char *const *proxy_trusted;
	size_t nproxy_trusted;
	const struct proxy_rule *proxy_rules;
	size_t nproxy_rules;
	/* The console's sign-in (docs/CONSOLE.md), NULL when no issuer has
	 * console_client_id: the sessions (session.h), the relying party
	 * (oidc_rp.h), and the origin a console change must come from (the
	 * redirect URL's "https://host:port"). */
	struct sessions *sessions;
	struct oidc_rp *signin;
	const char *console_origin;
};

#endif
