/* app: the application. Opens what the configuration names, in order (the
 * data directory's LMDB environment, lent to the policy store and the
 * vault; the keys; the compiled policy; the redactor; the audit log; the
 * token verifier), hands them to requests as one struct app (app-t.h),
 * keeps the compiled policy in step with the store (every committed change
 * recompiles and swaps it in; every revocation clears the token cache), and
 * runs the gateway process (serve.c). The CLI opens the same way.
 *
 * One application per process: app_open and app_close are not concurrent
 * with anything; the others may be called from any thread once it is open. */
#ifndef CUSTOS_APP_H
#define CUSTOS_APP_H

#include <stddef.h>

struct app;
struct config;
struct db_env;

/* Opens the data directory's environment (data_dir/store, created with
 * data_dir when create) with [server] store_map_size, for the gateway and
 * the offline tools alike. 0 or a code with a message in err. */
int app_db_open(const struct config *cfg, int create, struct db_env **out, char *err, size_t errsz);

/* Opens everything cfg names (borrowed until app_close). 0, or -1 with a
 * message in err (then app_close cleans up what was opened). */
int app_open(struct config *cfg, char *err, size_t errsz);

/* The handles requests see (valid from app_open to app_close). */
const struct app *app_handles(void);

/* SIGHUP: re-reads issuer keys, reopens the audit export file, applies a
 * changed [server] audit_map_size from the config file. */
void app_reload(void);

/* Closes everything, the audit log after its queue is written. */
void app_close(void);

/* The console's sign-in (console_signin.c): sessions and the relying party
 * into h when an [issuer:NAME] has console_client_id (else nothing). 0, or
 * -1 with a message in err. app_open and app_close call them. */
struct app;
int app_console_open(const struct config *cfg, struct app *h, char *err, size_t errsz);
void app_console_close(struct app *h);

/* Recompiles the policy from the store and swaps it in; concurrent calls
 * are serialized, so the snapshot in force is never older than one an
 * earlier call installed. 0 or -1 (err). */
int app_compile(char *err, size_t errsz);

/* Recompiles when the store's version differs from the compiled one (a
 * change made by another process, e.g. `custos policy import`). Cheap: one
 * short read transaction. Called about once a second. */
void app_poll(void);

/* SIGTERM: readiness goes away while requests drain. */
void app_set_draining(void);

/* 1 when the gateway can serve and record decisions (for /readyz); else 0
 * with a reason word in *why. */
int app_ready(const char **why);

/* serve.c: runs the gateway until SIGTERM/SIGINT (drain, then stop), with
 * SIGHUP reloading TLS material, issuer keys and the audit export file, and
 * SIGUSR1 sweeping expired conversations now. Takes ownership of cfg.
 * Returns the process exit code (0 on a clean stop). */
int app_serve(struct config *cfg);

/* The [tls] priorities used when the config sets none (net/tls.h), for the
 * posture check of `custos check-config --security`. */
const char *app_tls_default_priorities(void);

/* Takes the exclusive lock on data_dir/custos.pid (creating data_dir) and
 * writes our pid into it, so that two processes never write one data
 * directory and the CLI can find a running gateway. Returns the lock's fd
 * (keep it open while working) or -1 with a message in err when another
 * process holds it. */
int app_lock_data_dir(const char *data_dir, char *err, size_t errsz);

#endif
