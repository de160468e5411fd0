/* locks: who is locked out, in memory, checked on every request.
 *
 * A lock names a principal (a subject, or a client service), since when,
 * until when (0: until an admin unlocks it), why and by whom (an admin
 * principal, or "custos:<alert kind>" for an automatic lock). This table is
 * the fast path; the durable copy is the caller's (dstore), loaded back
 * into it at start. Locks are never evicted: the table holds at most max
 * locks and refuses more (LOCKS_E_FULL) after dropping expired ones, because
 * forgetting a lock would let its subject back in.
 *
 * Thread-safe: checks take a read lock (none at all while no lock exists);
 * changes take the write lock. */
#ifndef CUSTOS_DETECT_LOCKS_H
#define CUSTOS_DETECT_LOCKS_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#define LOCKS_PRINCIPAL_MAX 400
#define LOCKS_REASON_MAX    256
#define LOCKS_BY_MAX        420

enum {
	LOCKS_OK = 0,
	LOCKS_E_ARG = -1,      /* empty or over-long field */
	LOCKS_E_NOTFOUND = -2, /* no lock on that principal */
	LOCKS_E_FULL = -3,     /* max locks in force */
	LOCKS_E_NOMEM = -4,
};

typedef struct lock_entry {
	char principal[LOCKS_PRINCIPAL_MAX + 1];
	uint64_t since_s;
	uint64_t until_s; /* Unix seconds; 0 = until unlocked */
	char reason[LOCKS_REASON_MAX + 1];
	char by[LOCKS_BY_MAX + 1];
} lock_entry;

typedef struct locks locks;

/* A table for at most max locks (0 = 65536). NULL when out of memory. */
locks *locks_create(size_t max);
void locks_free(locks *l);

/* Places (or replaces) the lock e->principal. Expired locks are dropped
 * first when the table is full. 0, LOCKS_E_FULL, LOCKS_E_ARG, LOCKS_E_NOMEM. */
int locks_set(locks *l, const lock_entry *e, uint64_t now_s);

/* Removes the lock on principal: 0 or LOCKS_E_NOTFOUND. */
int locks_clear(locks *l, const char *principal);

/* 1 when principal is locked at now_s (the lock is copied to *out when out
 * is not NULL), else 0. An expired lock is not in force. */
int locks_check(locks *l, const char *principal, uint64_t now_s, lock_entry *out);

/* Locks in force at now_s. */
size_t locks_active(locks *l, uint64_t now_s);

/* Copies up to max locks in force at now_s into out, in principal order;
 * returns how many there are in all. */
size_t locks_list(locks *l, uint64_t now_s, lock_entry *out, size_t max);

/* Removes every lock expired at now_s, calling fn (may be NULL) on each
 * while the write lock is held (fn must not call back into l). Returns the
 * number removed. */
size_t locks_expire(locks *l, uint64_t now_s, void (*fn)(const lock_entry *e, void *arg),
		    void *arg);

/* {"principal", "since", "until" (RFC 3339 or null), "reason", "by"}: a new
 * object, NULL when out of memory. */
json_t *locks_entry_json(const lock_entry *e);

/* The inverse, also accepting the stored form. 0 or LOCKS_E_ARG. */
int locks_entry_from_json(const json_t *j, lock_entry *e);

/* RFC 3339 UTC ("2026-11-29T04:00:00Z") of Unix seconds; out >= 24 bytes. */
void locks_time_format(uint64_t s, char *out, size_t outsz);

/* Parses "YYYY-MM-DDTHH:MM:SS[.fff](Z|+hh:mm|-hh:mm)". 0 and *out, or -1. */
int locks_time_parse(const char *s, uint64_t *out);

#endif
