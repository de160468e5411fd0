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

struct item {
	struct item *next;
	json_t *entry;
	audit_done_fn done;
	void *arg;
	uint64_t enq_ms;      /* monotonic, for the timeout */
	struct timespec wall; /* decision time, becomes "time" */
	int rc;
	uint64_t seq;
	char *stored; /* canonical bytes once sealed (export) */
	size_t stored_len;
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
	MDB_dbi dbi;
	size_t map_size;      /* writer-owned after open */
	int need_reopen;      /* writer-owned */
	struct item **batch;  /* writer-owned, max_batch slots */
	EVP_MAC_CTX *mac_ctx; /* writer-owned: HMAC-SHA256 keyed once, re-initialised per entry */
	EVP_MD *sha256;       /* fetched once: OpenSSL 3's one-shot calls fetch every time */

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
/* Last key and SHA-256 of its value; 0 and zeros when empty. */
int aud_read_head(MDB_txn *txn, MDB_dbi dbi, uint64_t *seq, uint8_t hash[32]);
void aud_key_id(const uint8_t *key, char out[AUDIT_HASH_HEX]);
/* Opens a->dir read-write, creates the DBs, checks the key id and loads the
 * head into a (caller holds env_lock for writing, or no thread runs yet). */
int aud_env_open(audit *a, char *err, size_t errsz);
/* Writer only: closes a broken environment and opens it again. */
int aud_env_reopen(audit *a);
/* Writer only: applies a requested map size. */
void aud_apply_map_size(audit *a, size_t size);
/* A read transaction on the live environment; pair with aud_rd_end. */
int aud_rd_begin(audit *a, MDB_txn **txn, MDB_dbi *dbi);
void aud_rd_end(audit *a, MDB_txn *txn);

/* ---- export (audit_export.c) ---- */

int aud_export_open_locked(audit *a);
/* Writer: appends one line per durable entry of batch[0..n). */
void aud_export_batch(audit *a, struct item **batch, size_t n);

/* ---- the threads (audit_writer.c) ---- */

void *aud_writer_main(void *p);
void *aud_watchdog_main(void *p);

#endif
