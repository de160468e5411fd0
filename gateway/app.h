/* app: the process-wide handles that handlers use (configuration, stores,
 * verifiers). Set up once by server.c before the listeners start; read-only
 * afterwards except where a module swaps its own state safely. */
#ifndef CUSTOS_APP_H
#define CUSTOS_APP_H

#include <stdatomic.h>
#include <stddef.h>

struct config;
struct db_env;
struct audit;
struct jwtv;
struct pol_store;
struct pol_holder;
struct vault;
struct redactor;

struct app {
	struct config *cfg;
	atomic_int draining;          /* SIGTERM received */
	struct db_env *db;            /* the data directory's LMDB environment (store + vault) */
	struct audit *audit;          /* the decision log */
	struct jwtv *jwtv;            /* Bearer token verification (NULL: no issuers) */
	struct pol_store *store;      /* policies, bindings, revocations (LMDB) */
	struct pol_holder *policy;    /* the compiled policy in force */
	struct vault *vault;          /* conversations, consent, concerns (encrypted) */
	struct redactor *redact;      /* PII detection for staff views */
};

extern struct app g_app;

/* Opens the data directory's environment (data_dir/store, created with
 * data_dir when create) with [server] store_map_size, for the gateway and
 * the offline tools alike. 0 or a code with a message in err. */
int app_db_open(const struct config *cfg, int create, struct db_env **out, char *err,
		size_t errsz);

/* Opens everything cfg names (borrowed until app_close). 0, or -1 with a
 * message in err (then app_close cleans up what was opened). */
int app_open(struct config *cfg, char *err, size_t errsz);

/* SIGHUP: re-reads issuer keys, reopens the audit export file, applies a
 * changed [server] audit_map_size from the config file. */
void app_reload(void);

/* Closes everything, the audit log after its queue is written. */
void app_close(void);

/* Names of the [redact] custom patterns (policy documents may name them),
 * *n of them. Filled by app_open, read-only afterwards: safe from any thread.
 * Borrowed from the configuration. */
const char *const *app_redact_names(size_t *n);

/* Recompiles the policy from the store and swaps it in; concurrent calls
 * are serialized, so the snapshot in force is never older than one an
 * earlier call installed. 0 or -1 (err). */
int app_compile(char *err, size_t errsz);

/* Recompiles when the store's version differs from the compiled one (a
 * change made by another process, e.g. `custos policy import`). Cheap: one
 * short read transaction. Called about once a second. */
void app_poll(void);

/* 1 when the gateway can serve and record decisions (for /readyz); else 0
 * with a reason word in *why. */
int app_ready(const char **why);

#endif
