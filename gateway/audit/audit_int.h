/* audit_int: what the audit log's files share: the handle, the queue items,
 * the environment and the writer's crypto. Not part of the interface
 * (audit.h).
 * a->mu guards the queue and the durable head; env_lock (read: readers,
 * write: the writer reopening the environment) guards a->env. */
#ifndef CUSTOS_AUDIT_INT_H
#define CUSTOS_AUDIT_INT_H

#include <lmdb.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <time.h>

#include "audit.h"

#define DEFAULT_MAP_SIZE   ((size_t)1 << 30)
#define DEFAULT_TIMEOUT_MS 5000
#define DEFAULT_MAX_BATCH  1024
#define DEFAULT_MAX_QUEUE  65536
#define PROBE_MS           1000          /* retry period while unhealthy and idle */
#define READ_CHUNK         2048          /* entries per read transaction */
#define QUERY_SCAN_MAX     100000        /* entries examined per audit_query */
#define MAX_STORED         (1024 * 1024) /* larger stored values are not ours */
#define CANON_FLAGS        (JSON_COMPACT | JSON_SORT_KEYS)
#define PARSE_FLAGS        (JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL)
#define KEY_ID_LABEL       "custos-audit-key-id-v1"
#define FORMAT_VERSION     "1"
/* The per-user index ("by_user": key = user, NUL, seq big-endian; empty
 * value) lets an end user's access log read that user's entries only, not
 * the whole log. A "user" longer than this is not indexed; a query for one
 * scans (the results are the same). */
#define AUD_INDEX_USER_MAX 200
#define AUD_INDEX_KEY_MAX  (AUD_INDEX_USER_MAX + 9)
#define USER_INDEX_VERSION "1" /* meta "user_index": the index is complete */

/* The members the writer adds, in canonical (sorted) order. */
#define AUD_SEALED 4
extern const char *const aud_sealed_keys[AUD_SEALED]; /* mac, prev, seq, time */

struct item {
	struct item *next;
	/* The caller's entry rendered once at submit, in its canonical form
	 * (CANON_FLAGS: compact, sorted keys), NUL-terminated; at[i] is where
	 * aud_sealed_keys[i] goes: the offset inside the braces of the first
	 * member that sorts after it, or inner length + 1 when none does. The
	 * writer joins the pieces; no JSON tree crosses to its thread. */
	char *body;
	size_t body_len;
	size_t at[AUD_SEALED];
	audit_done_fn done;
	void *arg;
	uint64_t enq_ms;      /* monotonic, for the timeout */
	struct timespec wall; /* decision time, becomes "time" */
	int rc;
	uint64_t seq;
	char *stored; /* canonical bytes once sealed (export) */
	/* The entry's "user" for the index; user_len 0: none or not indexed. */
	char user[AUD_INDEX_USER_MAX + 1];
	size_t user_len;
	size_t stored_len;
	/* A key switch (audit_keys.c): the key in force after it, and its
	 * entry, rendered by the writer into body once from_seq is known. */
	uint8_t *switch_key;
	json_t *switch_entry;
};

struct audit {
	/* Fixed at open. */
	char *dir;
	uint8_t key[AUDIT_KEY_LEN];
	int group_commit;
	uint64_t timeout_ms;
	size_t max_batch, max_queue;
	char *export_path;
	int (*before_commit)(void *);
	void *hook_arg;

	/* The environment. env/dbi change only in the writer thread (or before
	 * it starts) with env_lock held for writing; readers hold it for reading
	 * for the length of one read transaction. */
	pthread_rwlock_t env_lock;
	MDB_env *env;
	MDB_dbi dbi, ubi;       /* "entries", "by_user" */
	size_t map_size;        /* writer-owned after open */
	int need_reopen;        /* writer-owned */
	uint64_t prealloc_next; /* writer-owned: pages in use when aud_prealloc looks again */
	struct item **batch;    /* writer-owned, max_batch slots */
	EVP_MAC_CTX *mac_ctx;   /* writer-owned: HMAC-SHA256 keyed once, re-initialised per entry */
	EVP_MD *sha256;         /* fetched once: OpenSSL 3's one-shot calls fetch every time */

	/* Key versions (audit_keys.c), guarded by mu: every version given or
	 * added by a rotation (for verification), the id of the one in force
	 * (key, writer-owned, changes only with a durable key switch) and of
	 * the log's first. rot_mu: one rotation at a time. */
	uint8_t ring[AUDIT_KEYS_MAX][AUDIT_KEY_LEN];
	char ring_id[AUDIT_KEYS_MAX][AUDIT_HASH_HEX];
	size_t nring;
	char cur_kid[AUDIT_HASH_HEX], first_kid[AUDIT_HASH_HEX];
	pthread_mutex_t rot_mu;

	/* Everything below is guarded by mu. */
	pthread_mutex_t mu;
	pthread_cond_t writer_cv;
	pthread_cond_t wd_cv; /* both CLOCK_MONOTONIC */
	struct item *qhead, *qtail;
	size_t qlen;
	int stopping, wd_stop;
	uint64_t busy_since; /* monotonic ms the current batch started, 0 = idle */
	int healthy;         /* environment open and the last commit succeeded */
	size_t pending_map_size;
	uint64_t head_seq; /* durable head */
	uint8_t head_hash[32];
	uint64_t n_entries, n_batches, n_failures, n_timeouts, n_rejected, n_reopens;
	uint64_t n_query_examined; /* entries read and parsed by audit_query */
	size_t last_batch;

	/* Export file, guarded by export_mu. */
	pthread_mutex_t export_mu;
	int export_fd;
	int export_failing;
	uint64_t n_export_failures; /* guarded by export_mu */

	pthread_t writer, watchdog;
	int threads_started;
};

/* ---- helpers and the environment (audit_env.c) ---- */

int aud_hmac256(const uint8_t *key, const void *msg, size_t len, uint8_t out[32]);
/* The writer's MAC and hash objects, prepared once at open. */
int aud_prepare_crypto(audit *a);
void aud_free_crypto(audit *a);
int aud_writer_mac(audit *a, const void *msg, size_t len, uint8_t out[32]);
int aud_writer_hash(audit *a, const void *msg, size_t len, uint8_t out[32]);
/* An LMDB result (or errno) as an AUDIT_E_* code. */
int aud_lmdb(int mrc);
/* Depth of nested containers, stopping early past limit. */
int aud_json_depth(json_t *j, int limit);
/* The "by_user" key of (user, seq) in out; its length. ulen <= AUD_INDEX_USER_MAX. */
size_t aud_user_key(const char *user, size_t ulen, uint64_t seq, uint8_t out[AUD_INDEX_KEY_MAX]);
/* Last key and SHA-256 of its value; 0 and zeros when empty. */
int aud_read_head(MDB_txn *txn, MDB_dbi dbi, uint64_t *seq, uint8_t hash[32]);
void aud_key_id(const uint8_t *key, char out[AUDIT_HASH_HEX]);
/* Opens a->dir read-write, creates the DBs, checks the key id and loads the
 * head into a (caller holds env_lock for writing, or no thread runs yet). */
int aud_env_open(audit *a, char *err, size_t errsz);
/* Writer only: closes a broken environment and opens it again. */
int aud_env_reopen(audit *a);
/* Writer only, after a batch: keeps zero-filled room at the end of the
 * data file (audit_env.c says why). Failures leave the file as it was. */
void aud_prealloc(audit *a);
/* Writer only: applies a requested map size. */
void aud_apply_map_size(audit *a, size_t size);
/* A read transaction on the live environment; pair with aud_rd_end. */
int aud_rd_begin(audit *a, MDB_txn **txn, MDB_dbi *dbi);
void aud_rd_end(audit *a, MDB_txn *txn);

/* ---- key versions (audit_keys.c) ---- */

/* Adds key to a's ring (mu held or no thread running); its id in id_out. */
int aud_ring_add(audit *a, const uint8_t *key, char id_out[AUDIT_HASH_HEX]);
/* At open (aud_env_open): the stored key id names the key in force; makes
 * it a->key (from the ring) and reads the first key id. AUDIT_E_KEY. */
int aud_keys_select(audit *a, MDB_txn *txn, MDB_dbi meta, char *err, size_t errsz);
/* Writer, in the switch entry's transaction: records the new key id. */
int aud_keys_record_switch(audit *a, MDB_txn *txn, struct item *it);
/* Writer, after that transaction committed: the new key is in force. */
void aud_keys_switched(audit *a, struct item *it);
/* A caller waiting for its entry's outcome (audit_append_sync): done
 * callback aud_sync_done(&waiter), then wait on cv under a->mu until done. */
struct aud_waiter {
	audit *a;
	pthread_cond_t cv;
	int done;
	int rc;
	uint64_t seq;
};
void aud_sync_done(void *arg, int rc, uint64_t seq);

/* Renders e (an object without the sealed members, depth bounded) into it->body and finds the sealed members' places; 0 or
 * AUDIT_E_INVALID / AUDIT_E_TOO_LARGE / AUDIT_E_NOMEM. */
int aud_render_entry(json_t *e, struct item *it);
/* Queues a key switch: entry (owned, with "key_switch") and switch_key. */
int aud_enqueue(audit *a, json_t *entry, audit_done_fn done, void *arg, uint8_t *switch_key);

/* ---- export (audit_export.c) ---- */

int aud_export_open_locked(audit *a);
/* Writer: appends one line per durable entry of batch[0..n). */
void aud_export_batch(audit *a, struct item **batch, size_t n);

/* ---- the threads (audit_writer.c) ---- */

void *aud_writer_main(void *p);
void *aud_watchdog_main(void *p);

#endif
