/* vault_shred: the mark that deleted records wait to leave the disk
 * (vault.h, vault_shred_pending; docs/KEYS.md, "Erasure on disk"). The
 * mark is a counter in conv_info, raised in the deleting transaction
 * itself, so that a crash between a deletion and the compaction that
 * removes its bytes leaves the mark set and the next start compacts. */
#include <stdint.h>

#include "codec.h"
#include "log.h"
#include "vault_int.h"

static MDB_val mark_key(void)
{
	MDB_val k = {.mv_size = 13, .mv_data = "shred_pending"};
	return k;
}

static uint64_t mark_of(const MDB_val *val)
{
	return val->mv_size == 8 ? be64_get(val->mv_data) : 1;
}

int vlt_shred_mark(vault *v, MDB_txn *t)
{
	MDB_val k = mark_key(), val;
	uint8_t b[8];
	uint64_t n = 0;
	int r = mdb_get(t, v->info, &k, &val);
	if (r == 0)
		n = mark_of(&val);
	else if (r != MDB_NOTFOUND)
		return vlt_lmdb(v, r);
	be64_put(b, n + 1);
	val.mv_size = sizeof b;
	val.mv_data = b;
	return vlt_put(v, t, v->info, &k, &val, 0);
}

int vlt_shred_deleting(vault *v, int (*once)(vault *v, int mark, void *arg), void *arg)
{
	int rc = once(v, 1, arg);
	if (rc != VAULT_E_FULL)
		return rc;
	rc = once(v, 0, arg);
	if (!rc) {
		/* After the commit: a compaction that read the count before it
		 * saw this deletion in its copy, or gave way (db_env_compact). */
		atomic_fetch_add(&v->unmarked, 1);
		log_warn("vault: store full, the shred mark of a deletion is kept in memory "
			 "until the next compaction");
	}
	return rc;
}

int vault_shred_pending(vault *v, struct vault_shred_mark *mark)
{
	MDB_txn *t = NULL;
	MDB_val k = mark_key(), val;
	mark->stored = 0;
	mark->unmarked = atomic_load(&v->unmarked);
	int rc = vlt_begin(v, 1, &t);
	if (rc)
		return rc;
	int r = mdb_get(t, v->info, &k, &val);
	if (r == 0)
		mark->stored = mark_of(&val);
	else if (r != MDB_NOTFOUND)
		rc = vlt_lmdb(v, r);
	mdb_txn_abort(t);
	return rc;
}

int vault_shred_clear(vault *v, const struct vault_shred_mark *mark)
{
	MDB_txn *t = NULL;
	MDB_val k = mark_key(), val;
	uint_least64_t u = mark->unmarked;
	if (u)
		atomic_compare_exchange_strong(&v->unmarked, &u, 0);
	if (!mark->stored)
		return 0;
	int rc = vlt_begin(v, 0, &t);
	if (rc)
		return rc;
	int r = mdb_get(t, v->info, &k, &val);
	if (r == 0 && mark_of(&val) == mark->stored)
		rc = vlt_lmdb(v, mdb_del(t, v->info, &k, NULL));
	else if (r && r != MDB_NOTFOUND)
		rc = vlt_lmdb(v, r);
	return vlt_end(v, t, rc);
}
