/* retention: deletes conversations past their expires_at (not under legal
 * hold), recording one audit entry per deletion. Run by the gateway every
 * [retention] sweep_interval_s, on SIGUSR1, and by `custos retention sweep`
 * when no gateway is running.
 * One sweep at a time: the server's deadline thread (tick) in a gateway, the
 * main thread in the CLI. */
#ifndef CUSTOS_RETENTION_H
#define CUSTOS_RETENTION_H

#include <stddef.h>

struct app;

/* One sweep over a's vault, recording in a's audit log. Returns 0 and the
 * number of conversations deleted in *deleted, or -1 (logged) when the
 * vault or the audit could not be used; nothing is deleted without its
 * audit entry. */
int retention_sweep(const struct app *a, size_t *deleted);

#endif
