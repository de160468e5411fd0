/* dstore: the durable state of detection, in named LMDB databases of the
 * process's one environment (borrowed, never opened here):
 *
 *   detect.alerts       id (u64, big-endian) -> alert JSON; at most
 *                       max_alerts, the oldest pruned first
 *   detect.locks        principal -> lock JSON
 *   detect.reviews      id -> break-glass review JSON
 *   detect.reviews_due  deadline (u64 BE) + id -> "" for every open review
 *   detect.meta         next ids and each sink's delivery cursor
 *
 * Every mutating call is one write transaction (all or nothing; a full map
 * aborts it and answers DSTORE_E_FULL). JSON handed back is new and owned by
 * the caller (json_decref). Thread-safe: any thread may call anything;
 * LMDB serializes the writers. No LMDB type appears in this interface. */
#ifndef CUSTOS_DETECT_DSTORE_H
#define CUSTOS_DETECT_DSTORE_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

enum {
	DSTORE_OK = 0,
	DSTORE_E_ARG = -1,      /* bad argument */
	DSTORE_E_NOTFOUND = -2, /* no such alert, lock or review */
	DSTORE_E_FULL = -3,     /* the LMDB map is full; nothing was written */
	DSTORE_E_IO = -4,       /* another LMDB error (I/O, MDB_PANIC) */
	DSTORE_E_NOMEM = -5,
	DSTORE_E_CORRUPT = -6,  /* a stored record does not parse */
	DSTORE_E_CONFLICT = -7, /* the review is closed already */
	DSTORE_E_SELF = -8,     /* the reviewer is the subject who broke the glass */
	DSTORE_E_LIMIT = -9,    /* max_reviews open reviews, or max_locks locks */
};

#define DSTORE_NDBS         5 /* named databases dstore_open adds */
#define DSTORE_LIST_DEFAULT 100
#define DSTORE_LIST_MAX     1000
#define DSTORE_KIND_MAX     64
#define DSTORE_SINK_MAX     32

typedef struct dstore dstore;

typedef struct dstore_conf {
	size_t max_alerts;  /* 0 = 100000 */
	size_t max_reviews; /* open reviews; 0 = 100000 */
	size_t max_locks;   /* 0 = 65536 */
} dstore_conf;

/* Opens (creating) the databases in mdb_env, an MDB_env * with room for
 * DSTORE_NDBS more named databases (borrowed; must outlive the store).
 * Errors: DSTORE_E_ARG, DSTORE_E_IO, DSTORE_E_FULL, DSTORE_E_NOMEM; err
 * (may be NULL) gets a message. */
int dstore_open(void *mdb_env, const dstore_conf *c, dstore **out, char *err, size_t errsz);

/* As dstore_open in the application's environment (db.h), whose MDB_env
 * db_env_compact may replace: every transaction is begun through it. */
struct db_env;
int dstore_open_db(struct db_env *env, const dstore_conf *c, dstore **out, char *err, size_t errsz);

/* Frees the handle (not the environment). NULL accepted. */
void dstore_close(dstore *ds);

const char *dstore_strerror(int rc);

/* ---- alerts ---- */

/* Appends n alert objects in one transaction, giving each the next "id"
 * (set in the caller's object too; its other keys are stored as given).
 * *last_id (may be NULL) gets the id of the last one. Prunes the oldest past
 * max_alerts; *pruned (may be NULL) counts them. */
int dstore_alerts_append(dstore *ds, json_t *const *alerts, size_t n, uint64_t *last_id,
			 size_t *pruned);

/* Alerts with id > since_id, oldest first, of kind (NULL = any), at most
 * limit (0 = DSTORE_LIST_DEFAULT, capped at DSTORE_LIST_MAX). *arr is a new
 * array; *next (may be NULL) is the since_id of the following page (the
 * last id examined). At most 100000 records are examined per call. */
int dstore_alerts_list(dstore *ds, uint64_t since_id, const char *kind, size_t limit, json_t **arr,
		       uint64_t *next);

/* The newest alert id (0 when none). */
int dstore_alerts_last_id(dstore *ds, uint64_t *id);

/* A sink's delivery cursor: the last alert id delivered. get answers
 * DSTORE_E_NOTFOUND (and *id 0) when the sink never stored one. */
int dstore_cursor_get(dstore *ds, const char *sink, uint64_t *id);
int dstore_cursor_set(dstore *ds, const char *sink, uint64_t id);

/* ---- locks ---- */

/* Stores (replaces) the lock of principal (1..400 bytes). lock is any JSON
 * object (copied). DSTORE_E_LIMIT past max_locks. */
int dstore_lock_put(dstore *ds, const char *principal, const json_t *lock);

/* Removes the lock of principal: DSTORE_E_NOTFOUND when there is none. */
int dstore_lock_delete(dstore *ds, const char *principal);

/* Every stored lock, as a new array of the stored objects. */
int dstore_locks_load(dstore *ds, json_t **arr);

/* ---- break-glass reviews ---- */

/* Stores item (an object; "id", "state": "open", "overdue": false and
 * "deadline_s" are set, also in the caller's object) as a new open review
 * due at deadline_s. *id (may be NULL) gets its id. DSTORE_E_LIMIT when
 * max_reviews are open. */
int dstore_review_open(dstore *ds, json_t *item, uint64_t deadline_s, uint64_t *id);

/* The review with this id: DSTORE_E_NOTFOUND. */
int dstore_review_get(dstore *ds, uint64_t id, json_t **item);

/* Closes an open review with outcome ("acknowledged" or "escalated") by
 * reviewer, with note (may be NULL) at time (RFC 3339 text). Refuses with
 * DSTORE_E_SELF when reviewer equals the item's "subject", DSTORE_E_CONFLICT
 * when it is no longer open, DSTORE_E_NOTFOUND, DSTORE_E_ARG for another
 * outcome. *item (may be NULL) gets the stored result. */
int dstore_review_close(dstore *ds, uint64_t id, const char *reviewer, const char *outcome,
			const char *note, const char *time, json_t **item);

/* Reviews by state ("open", "closed" or NULL for both), ids after after_id
 * ascending (open) or before before_id descending (closed: newest first;
 * 0 = from the newest), at most limit. Open reviews sort by id. */
int dstore_reviews_list(dstore *ds, const char *state, uint64_t cursor, size_t limit, json_t **arr,
			uint64_t *next);

/* Open reviews whose deadline has passed and that were not reported yet:
 * marks up to max of them "overdue": true in one transaction and returns
 * them (new array). */
int dstore_reviews_due(dstore *ds, uint64_t now_s, size_t max, json_t **arr);

/* Open reviews, and of those the ones past their deadline. */
int dstore_review_counts(dstore *ds, uint64_t now_s, uint64_t *open, uint64_t *overdue);

#endif
