/* shred: erasure that holds on disk (docs/KEYS.md, "Erasure on disk").
 * When the vault marks deleted records (vault_shred_pending), the store's
 * file is rewritten without its free pages (db_env_compact) at most
 * [retention] shred_interval_s later, while requests go on. Runs on the
 * housekeeping thread (serve.c's tick); metrics on /metrics. */
#ifndef CUSTOS_SHRED_H
#define CUSTOS_SHRED_H

#include <stdint.h>

#include "db.h"

struct vault;

/* Binds the store and the vault the gateway serves (borrowed; app.c). */
void shred_bind(db_env *db, struct vault *v, int interval_s);

/* On the housekeeping tick: checks the mark every interval_s (and at the
 * first tick; now: at once, SIGUSR1), compacts when it is set; a
 * compaction that had to give way (a write during the copy, a long
 * transaction, another process) is tried again at the next ticks. */
void shred_tick(uint64_t now_ms, int now);

/* One check and compaction now (any thread holding no transaction): 1
 * compacted, 0 nothing to do, -1 postponed, -2 failed (both logged). */
int shred_now(void);

#endif
