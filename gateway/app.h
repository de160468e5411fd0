/* app: the process-wide handles that handlers use (configuration, stores,
 * verifiers). Set up once by server.c before the listeners start; read-only
 * afterwards except where a module swaps its own state safely. */
#ifndef CUSTOS_APP_H
#define CUSTOS_APP_H

#include <stdatomic.h>
#include <stddef.h>

struct config;
struct audit;
struct idp;
struct pol_store;
struct pol_holder;
struct vault;
struct redactor;

struct app {
	struct config *cfg;
	atomic_int draining;          /* SIGTERM received */
	struct audit *audit;          /* the decision log */
	struct idp *idp;              /* Bearer token verification: the issuers in force (idp.h) */
	struct pol_store *store;      /* policies, bindings, revocations (LMDB) */
	struct pol_holder *policy;    /* the compiled policy in force */
	struct vault *vault;          /* conversations, consent, concerns (encrypted) */
	struct redactor *redact;      /* PII detection for staff views */
};

extern struct app g_app;

/* Opens everything cfg names (borrowed until app_close). 0, or -1 with a
 * message in err (then app_close cleans up what was opened). */
int app_open(struct config *cfg, char *err, size_t errsz);

/* SIGHUP: re-reads the config file; applies its issuers (idp_reload: keys
 * re-read and fetched, or a changed issuer configuration swapped in) and a
 * changed [server] audit_map_size; reopens the audit export file. */
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

/* 1 when the gateway can serve and record decisions and every token issuer
 * has keys (for /readyz); else 0 with a reason word in *why. */
int app_ready(const char **why);

#endif
