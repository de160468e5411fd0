/* audit: the tamper-evident decision log.
 *
 * Entries are JSON objects chained by SHA-256 ("prev") and authenticated with
 * HMAC-SHA256 ("mac"), stored in their own LMDB environment with synchronous
 * durability. One writer thread group-commits whatever is queued (one fsync for
 * many concurrent requests) and reports each entry's fate exactly once through
 * a callback. A request must not be answered before its entry is durable
 * (callback rc 0); any other rc means "fail closed" (503 audit_unavailable).
 *
 * The caller builds the entry and must never put tokens, message text or raw
 * end-user ids in it: everything in an entry is kept forever and is readable
 * by every holder of audit:read. See docs/AUDIT.md. */
#ifndef CUSTOS_AUDIT_H
#define CUSTOS_AUDIT_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "errors-t.h"

/* Error codes (values in errors.def): AUDIT_E_INVALID (bad argument, entry
 * not an object, reserved key), AUDIT_E_TOO_LARGE (entry larger than
 * AUDIT_MAX_ENTRY or too deep), AUDIT_E_UNAVAILABLE (could not be made
 * durable: map full, I/O, queue full, closing), AUDIT_E_TIMEOUT (waited in
 * the queue longer than timeout_ms; never written), AUDIT_E_IO (cannot open
 * or read the environment or the export file), AUDIT_E_KEY (the log was
 * written with a different audit key), AUDIT_E_NOTFOUND (no audit log in
 * that directory), and: */
enum { AUDIT_E_NOMEM = CUSTOS_E_NOMEM };

#define AUDIT_KEY_LEN       32
#define AUDIT_MAX_ENTRY     (16 * 1024) /* caller's entry, compact JSON bytes */
#define AUDIT_MAX_DEPTH     8           /* nesting of the caller's entry */
#define AUDIT_HASH_HEX      65          /* 64 hex digits + NUL */
#define AUDIT_QUERY_DEFAULT 100
#define AUDIT_QUERY_MAX     1000
#define AUDIT_KEYS_MAX      64 /* audit key versions one log may use */

typedef struct audit audit;

typedef struct audit_conf {
	const char *dir;         /* environment directory; created (0700) if missing */
	size_t map_size;         /* LMDB map size in bytes; 0 = 1 GiB */
	const uint8_t *key;      /* AUDIT_KEY_LEN bytes, copied; required */
	int group_commit;        /* 1 = batch queued entries per commit; 0 = one txn+fsync each */
	int timeout_ms;          /* queued longer than this -> AUDIT_E_TIMEOUT; 0 = 5000 */
	size_t max_batch;        /* entries per commit; 0 = 1024 */
	size_t max_queue;        /* queued entries; 0 = 65536; beyond -> AUDIT_E_UNAVAILABLE */
	const char *export_path; /* JSON-lines copy of each durable entry; NULL = none */
	/* Other versions of the audit key (rotation, docs/KEYS.md), copied:
	 * the log's stored key id picks the one in force among key and these,
	 * and verification uses each entry's own. NULL/0 = none. */
	const uint8_t *const *other_keys;
	size_t nother_keys;
	/* Test hook, NULL in production: called by the writer thread after the
	 * batch is put and before mdb_txn_commit, to stall a commit (a slow
	 * disk). A non-zero return (an errno or MDB_* code) aborts the
	 * transaction as if the commit had failed with it; tests inject such
	 * failures with the fault point CUSTOS_FAULT_AUDIT_COMMIT (fault.h). */
	int (*before_commit)(void *hook_arg);
	void *hook_arg;
} audit_conf;

/* Outcome of one submitted entry: rc 0 and its seq once durable, otherwise a
 * negative AUDIT_E_* code and seq 0 (the entry was not and will never be
 * written). Called exactly once per audit_submit, from the writer or watchdog
 * thread, or from inside audit_submit itself when it is refused at once. Must
 * not block for long and must not call audit_close. */
typedef void (*audit_done_fn)(void *arg, int rc, uint64_t seq);

typedef struct audit_filter {
	const char *subject;      /* exact match of "subject"; NULL = any */
	const char *resource;     /* exact match of "resource"; NULL = any */
	const char *decision;     /* exact match of "decision"; NULL = any */
	const char *user;         /* exact match of "user" (an end-user pseudonym); NULL = any */
	const char *const *users; /* or "user" is one of users[0..nusers) (the user's
				   * pseudonyms under every key version); NULL = any */
	size_t nusers;
	const char *action; /* exact match of "action"; NULL = any */
	time_t since_time;  /* entries whose "time" is at or after it; 0 = any */
	time_t until_time;  /* entries whose "time" is before it; 0 = any */
	uint64_t since_seq; /* first seq to consider; 0 = 1 */
	size_t limit;       /* 0 = AUDIT_QUERY_DEFAULT; capped at AUDIT_QUERY_MAX */
} audit_filter;

typedef struct audit_anchor {
	uint64_t seq;              /* a seq an operator recorded from audit_head */
	char hash[AUDIT_HASH_HEX]; /* the head hash recorded with it */
} audit_anchor;

typedef struct audit_verify_result {
	int ok;                         /* 1 = whole chain (and anchor, if given) intact */
	uint64_t entries;               /* entries verified good (the intact prefix) */
	uint64_t head_seq;              /* last good seq (0 = empty) */
	char head_hash[AUDIT_HASH_HEX]; /* SHA-256 of its stored bytes (zeros if empty) */
	uint64_t first_bad_seq;         /* 0 when ok */
	char reason[160];               /* "" when ok */
} audit_verify_result;

typedef struct audit_stats {
	uint64_t entries;         /* entries made durable since open */
	uint64_t batches;         /* successful commits */
	uint64_t failures;        /* failed commits (each failed its whole batch) */
	uint64_t timeouts;        /* entries failed with AUDIT_E_TIMEOUT */
	uint64_t rejected;        /* entries refused at submit (full, invalid, closing) */
	uint64_t export_failures; /* export lines lost (write/reopen errors) */
	uint64_t reopens;         /* environment closed and reopened after a fatal error */
	uint64_t query_examined;  /* entries read by audit_query (its cost), since open */
	uint64_t head_seq;        /* last durable seq */
	size_t queue_depth;       /* entries waiting for the writer */
	size_t last_batch;        /* size of the last committed batch */
	int ready;                /* as audit_ready */
} audit_stats;

/* Opens (creating if needed) the log in c->dir, checks it was written with
 * the same key, loads the chain head and starts the writer and watchdog
 * threads. *out is owned by the caller (audit_close). On error returns
 * AUDIT_E_* and writes a one-line reason into err. */
int audit_open(audit **out, const audit_conf *c, char *err, size_t errsz);

/* Stops accepting entries, writes everything still queued, stops the
 * threads, closes the environment and wipes the key. Accepts NULL. No other
 * audit_* call on a may start once audit_close has been called. */
void audit_close(audit *a);

/* Queues entry (stolen: freed by the module in every case) for the next
 * commit. The module adds "seq", "time", "prev" and "mac"; the entry must be
 * a JSON object without those keys, at most AUDIT_MAX_ENTRY bytes of compact
 * JSON and AUDIT_MAX_DEPTH deep. The module records a private copy taken
 * before this returns: values inside entry may be shared with the caller,
 * who may keep changing and freeing them on its own thread (later changes
 * are not recorded). Never blocks on I/O. done(arg, rc, seq) is
 * called exactly once: later from the writer (rc 0 = durable, or
 * AUDIT_E_UNAVAILABLE) or the watchdog (AUDIT_E_TIMEOUT), or before this
 * returns when the entry is refused (AUDIT_E_INVALID, AUDIT_E_TOO_LARGE,
 * AUDIT_E_UNAVAILABLE when the queue is full or the log is closing). Returns
 * 0 if queued, else the code done was already called with. done must not be
 * NULL (then: AUDIT_E_INVALID, entry freed, nothing called). */
int audit_submit(audit *a, json_t *entry, audit_done_fn done, void *arg);

/* Bounds of audit_entry_fit (bytes, items, levels below the entry). */
#define AUDIT_FIT_STRING_MAX 256 /* longer strings (values and keys) are shortened */
#define AUDIT_FIT_KEEP       128 /* ... to this prefix + "...[N bytes] sha256:<hex>" */
#define AUDIT_FIT_ITEMS_MAX  256 /* larger objects/arrays become "[omitted N bytes] sha256:<hex>" */
#define AUDIT_FIT_DEPTH_MAX  4   /* so do containers nested deeper than this */

/* Makes entry (an object, changed in place; values it shares with the
 * caller are never modified, only replaced) storable whatever clients put
 * in it: every string value, and every key below the entry's own members
 * (which the caller names), longer than AUDIT_FIT_STRING_MAX keeps a prefix
 * and the SHA-256 of the whole; oversized or too deep containers are replaced
 * by the SHA-256 of their canonical JSON; if the entry is still larger than
 * AUDIT_MAX_ENTRY, the members other than the contract's fields (request_id,
 * decision, action, resource, subject, client, cert_sha256, roles, rule,
 * reason, purpose, policy_version, redact, user, asked_by, via) are folded
 * into "omitted": {"digest", "members" (up to 32 names), "count"}, and
 * then roles/redact into digests. Entries already within bounds are left
 * as they are. Returns 0, AUDIT_E_INVALID (not an object), AUDIT_E_NOMEM
 * (entry unchanged or partly fitted: submitting it may still fail). */
int audit_entry_fit(json_t *entry);

/* audit_submit and wait for the outcome. entry is stolen. Returns 0 and
 * *seq (may be NULL) once durable, or the AUDIT_E_* the entry failed with. */
int audit_append_sync(audit *a, json_t *entry, uint64_t *seq);

/* 1 when the last commit succeeded, the writer is not stuck in a commit
 * longer than timeout_ms and the log is open; 0 otherwise (readiness). */
int audit_ready(audit *a);

/* Snapshot of the counters. */
void audit_get_stats(audit *a, audit_stats *s);

/* Entries matching f (NULL = no filter), oldest first. *entries_out is a new
 * JSON array owned by the caller. *next_seq is the since_seq of the next
 * page. At most 100000 entries are examined per call, so a page can hold
 * fewer than limit entries while more match further on: continue while
 * *next_seq <= the head seq. AUDIT_E_INVALID, AUDIT_E_NOMEM,
 * AUDIT_E_UNAVAILABLE (environment being reopened), AUDIT_E_IO. */
int audit_query(audit *a, const audit_filter *f, json_t **entries_out, uint64_t *next_seq);

/* Verifies the whole stored chain online (short read transactions, so the
 * writer keeps going). Returns 0 with the verdict in *r, or AUDIT_E_* when
 * the check itself could not run. */
int audit_verify(audit *a, audit_verify_result *r);

/* Offline verification of the log in dir with key (AUDIT_KEY_LEN bytes),
 * opening the environment read-only; safe while a gateway process writes it
 * (not from the same process that has it open with audit_open). anchor
 * (NULL = none) adds: the log must reach anchor->seq and the entry there
 * must hash to anchor->hash, else r reports truncation or a mismatch.
 * Returns 0 with the verdict in *r, AUDIT_E_NOTFOUND, AUDIT_E_IO. */
int audit_verify_dir(const char *dir, const uint8_t *key, const audit_anchor *anchor,
		     audit_verify_result *r);

/* The durable head: last seq (0 if empty) and hex SHA-256 of its stored
 * bytes (64 zeros if empty), for operators to record as an anchor. */
int audit_head(audit *a, uint64_t *seq, char hash[AUDIT_HASH_HEX]);

/* Same as audit_head, read-only from a directory (another process may be
 * writing). AUDIT_E_NOTFOUND, AUDIT_E_IO. Does not verify anything. */
int audit_head_dir(const char *dir, uint64_t *seq, char hash[AUDIT_HASH_HEX]);

/* Reopens the export file (after log rotation, e.g. on SIGHUP). Returns 0,
 * AUDIT_E_IO (export disabled until a later reopen succeeds; counted), or 0
 * when no export is configured. */
int audit_reopen_export(audit *a);

/* Grows (or sets) the LMDB map size: applied by the writer before its next
 * batch, so entries submitted after this returns see it. The operator's way
 * out of MDB_MAP_FULL without a restart. AUDIT_E_INVALID for 0. */
int audit_set_map_size(audit *a, size_t bytes);

/* Rotates the audit key: writes entry (stolen; the module adds
 * "key_switch": {"from", "to", "from_seq"}, the key ids and the first seq
 * under the new key) MAC'd with the key in force, and in the same
 * transaction records key (AUDIT_KEY_LEN bytes, copied) as the key in
 * force; every later entry is MAC'd with it. Waits until durable: 0 and
 * *seq (may be NULL) of the switch entry, or the AUDIT_E_* it failed with
 * (then the old key stays in force). AUDIT_E_INVALID: key is the one in
 * force, or AUDIT_KEYS_MAX versions. One rotation at a time. */
int audit_rotate_key(audit *a, const uint8_t *key, json_t *entry, uint64_t *seq);

/* audit_verify_dir with every version of the audit key (keys[0..n)): each
 * entry verifies under the key in force at its seq (the log's first, then
 * each switch's), an entry MAC'd with a key after its switch fails.
 * AUDIT_E_KEY when none of them is the log's current key. */
int audit_verify_dir_keys(const char *dir, const uint8_t *const *keys, size_t n,
			  const audit_anchor *anchor, audit_verify_result *r);

/* Static English text for an AUDIT_E_* code. */
const char *audit_strerror(int rc);

#endif
