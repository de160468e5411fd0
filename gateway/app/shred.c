/* shred: compacting the store after deletions (shred.h). */
#include "shred.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#include "log.h"
#include "metrics.h"
#include "vault.h"

/* How long the swap waits for running transactions before it gives way,
 * and how many times in a row a postponed compaction is retried at the
 * next tick before waiting for the next interval (another process holding
 * the store open does not go away in a second). */
#define GATE_WAIT_MS 2000
#define RETRIES_FAST 8
/* After this many postponed compactions in a row, the next one holds new
 * writes during its copy (DB_COMPACT_HOLD_WRITES): on a store that commits
 * during every copy, giving way alone would postpone it for ever, and what
 * an erasure deleted would stay on disk. Writes then wait for the copy
 * (custos_shred_last_duration_ms); reads go on. */
#define RETRIES_BEFORE_HOLD 2

static struct {
	db_env *db;
	struct vault *vault;
	uint64_t interval_ms;
	uint64_t next_ms;   /* housekeeping thread only */
	unsigned retries;   /* postponed compactions in a row */
	atomic_int pending; /* the mark was set at the last check */
	atomic_uint_least64_t last_ms, bytes, held;
	int metrics_added;
} S;

static size_t shred_metrics(char *buf, size_t cap, void *ctx)
{
	unsigned long long done = 0, busy = 0;
	(void)ctx;
	if (!S.db)
		return 0;
	db_env_compact_counts(S.db, &done, &busy);
	int n = snprintf(
		buf, cap,
		"# HELP custos_shred_compactions_total Store compactions that removed deleted "
		"records' bytes from the disk.\n"
		"# TYPE custos_shred_compactions_total counter\n"
		"custos_shred_compactions_total %llu\n"
		"# HELP custos_shred_postponed_total Compactions that gave way and were retried.\n"
		"# TYPE custos_shred_postponed_total counter\ncustos_shred_postponed_total %llu\n"
		"# HELP custos_shred_pending 1 while deleted records wait for a compaction.\n"
		"# TYPE custos_shred_pending gauge\ncustos_shred_pending %d\n"
		"# HELP custos_shred_writes_held_total Compactions that held new writes during "
		"their copy, after giving way to writes too often.\n"
		"# TYPE custos_shred_writes_held_total counter\ncustos_shred_writes_held_total %llu\n"
		"# HELP custos_shred_last_duration_ms The last compaction's copy and swap.\n"
		"# TYPE custos_shred_last_duration_ms gauge\ncustos_shred_last_duration_ms %llu\n"
		"# HELP custos_shred_store_bytes The store's file after the last compaction.\n"
		"# TYPE custos_shred_store_bytes gauge\ncustos_shred_store_bytes %llu\n",
		done, busy, atomic_load(&S.pending), (unsigned long long)atomic_load(&S.held),
		(unsigned long long)atomic_load(&S.last_ms),
		(unsigned long long)atomic_load(&S.bytes));
	return n < 0 ? 0 : (size_t)n >= cap ? cap - 1 : (size_t)n;
}

void shred_bind(db_env *db, struct vault *v, int interval_s)
{
	S.db = db;
	S.vault = v;
	S.interval_ms = (uint64_t)(interval_s > 0 ? interval_s : 60) * 1000u;
	S.next_ms = 0;
	S.retries = 0;
	if (!S.metrics_added) {
		metrics_add_source(shred_metrics, NULL);
		S.metrics_added = 1;
	}
}

int shred_now(void)
{
	struct vault_shred_mark mark;
	struct db_compact_stats st;
	char err[512] = "", b0[24], b1[24], ms[24];
	if (!S.db || !S.vault)
		return 0;
	if (vault_shred_pending(S.vault, &mark)) {
		log_error("shred: cannot read the store's deletion mark");
		return -1;
	}
	int pending = mark.stored || mark.unmarked;
	atomic_store(&S.pending, pending);
	if (!pending)
		return 0;
	unsigned flags = S.retries >= RETRIES_BEFORE_HOLD ? DB_COMPACT_HOLD_WRITES : 0;
	int rc = db_env_compact(S.db, GATE_WAIT_MS, flags, &st, err, sizeof err);
	if (rc == DB_E_BUSY) {
		log_info("shred: compaction postponed", "reason", err);
		return -1;
	}
	if (rc) {
		log_error("shred: compaction failed; deleted records may remain on disk", "error",
			  err);
		return -2;
	}
	if (flags)
		atomic_fetch_add(&S.held, 1);
	atomic_store(&S.last_ms, st.ms);
	atomic_store(&S.bytes, st.bytes_after);
	if (vault_shred_clear(S.vault, &mark) == 0)
		atomic_store(&S.pending, 0);
	snprintf(b0, sizeof b0, "%zu", st.bytes_before);
	snprintf(b1, sizeof b1, "%zu", st.bytes_after);
	snprintf(ms, sizeof ms, "%llu", st.ms);
	log_info("shred: store compacted, deleted records' bytes removed from disk", "bytes_before",
		 b0, "bytes_after", b1, "ms", ms, "writes_held", flags ? "true" : "false");
	return 1;
}

void shred_tick(uint64_t now_ms, int now)
{
	int fast = now || (S.retries > 0 && S.retries <= RETRIES_FAST);
	if (!S.db || (!fast && now_ms < S.next_ms))
		return;
	if (!fast)
		S.next_ms = now_ms + S.interval_ms;
	S.retries = shred_now() == -1 ? S.retries + 1 : 0;
}
