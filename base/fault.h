/* fault: named fault points (SQLite's sqlite3FaultSim). Code that commits or
 * allocates something that matters asks custos_fault(POINT) first; a test
 * arms a point to make it fail on purpose and checks that the failure leaves
 * the stores whole. Disarmed (always, outside the unit tests: nothing in the
 * configuration or the environment arms one) a point costs one relaxed
 * atomic load.
 * Points are armed for the whole process: a test that arms one runs alone. */
#ifndef CUSTOS_FAULT_H
#define CUSTOS_FAULT_H

#include <stdatomic.h>

enum custos_fault_point {
	CUSTOS_FAULT_STORE_COMMIT = 1, /* policy store: before mdb_txn_commit */
	CUSTOS_FAULT_STORE_PUT,        /* policy store: instead of a write in a transaction */
	CUSTOS_FAULT_VAULT_COMMIT,     /* vault: before mdb_txn_commit */
	CUSTOS_FAULT_VAULT_PUT,        /* vault: instead of a write in a transaction */
	CUSTOS_FAULT_AUDIT_COMMIT,     /* audit writer: before mdb_txn_commit */
	CUSTOS_FAULT_MAX
};

extern atomic_int custos_fault_armed;

/* The injected result of point p: 0 (go on), or the code to fail with (an
 * LMDB result or errno value for the storage points). */
int custos_fault_hit(enum custos_fault_point p);

static inline int custos_fault(enum custos_fault_point p)
{
	if (__builtin_expect(atomic_load_explicit(&custos_fault_armed, memory_order_relaxed), 0))
		return custos_fault_hit(p);
	return 0;
}

/* Tests: point p fails with rc on its (skip + 1)-th hit from now, and then
 * `times` hits in a row (0: every later hit). */
void custos_fault_arm(enum custos_fault_point p, int rc, unsigned skip, unsigned times);

/* Tests: how often point p was hit since it was last armed or cleared. */
unsigned custos_fault_hits(enum custos_fault_point p);

/* Tests: disarms every point. */
void custos_fault_clear(void);

#endif
