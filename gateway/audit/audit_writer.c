/* audit_writer: the writer thread (seal, group commit, report each entry's
 * fate) and the watchdog that fails entries waiting too long. */
#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "audit_int.h"
#include "codec.h"
#include "db_lmdb.h"
#include "errbuf.h"
#include "errors.h"
#include "fault.h"
#include "hex.h"
#include "log.h"
#include "timefmt.h"

/* ---------- writer ---------- */

/* Appends a member list piece: a comma first unless it is the first. */
static void piece(char *out, size_t *o, const char *p, size_t n)
{
	if (!n)
		return;
	if (*o > 1)
		out[(*o)++] = ',';
	memcpy(out + *o, p, n);
	*o += n;
}

/* {entry members and the sealed ones, in canonical order} into out, which
 * has room for body_len + the sealed members; add[0] ("mac") only when
 * with_mac. Returns the length (out is NUL-terminated). */
static size_t join(const struct item *it, char add[AUD_SEALED][96], const size_t addn[AUD_SEALED],
		   int with_mac, char *out)
{
	const char *in = it->body + 1;
	size_t inlen = it->body_len - 2, o = 0, from = 0;
	out[o++] = '{';
	for (size_t i = 0; i < AUD_SEALED; i++) {
		size_t to = it->at[i];
		piece(out, &o, in + from, to > from ? to - from - 1 : 0);
		if (i > 0 || with_mac)
			piece(out, &o, add[i], addn[i]);
		from = to > from ? to : from;
	}
	piece(out, &o, in + from, inlen + 1 > from ? inlen + 1 - from - 1 : 0);
	out[o++] = '}';
	out[o] = '\0';
	return o;
}

/* Adds seq/time/prev/mac to the entry rendered at submit and makes its
 * stored bytes. prev is the hash of the previous entry; on success it
 * becomes this one's.
 *
 * The canonical form is a compact dump with sorted keys. The entry was
 * rendered in that form once (audit.c, aud_render_entry), with the places of
 * the four sealed members found, so the MAC input (the entry without
 * "mac") and the stored bytes (with it) are joined from pieces: no JSON is
 * built or dumped here. The sealed values need no escaping (digits, hex,
 * an RFC 3339 time). audit_verify re-renders whole entries independently
 * with jansson, so any difference would show. */
static int seal(audit *a, struct item *it, uint64_t seq, uint8_t prev[32])
{
	char tbuf[40], phex[AUDIT_HASH_HEX], mhex[AUDIT_HASH_HEX];
	char add[AUD_SEALED][96];
	size_t addn[AUD_SEALED];
	uint8_t mac[32];
	int rc = AUDIT_E_NOMEM;
	time_rfc3339_ms(&it->wall, tbuf, sizeof tbuf);
	hex_encode(prev, 32, phex);
	addn[1] = (size_t)snprintf(add[1], sizeof add[1], "\"prev\":\"%s\"", phex);
	addn[2] = (size_t)snprintf(add[2], sizeof add[2], "\"seq\":%llu", (unsigned long long)seq);
	addn[3] = (size_t)snprintf(add[3], sizeof add[3], "\"time\":\"%s\"", tbuf);
	size_t cap = it->body_len + 4 * sizeof add[0] + 8;
	char *nomac = malloc(cap);
	it->stored = malloc(cap);
	if (!nomac || !it->stored)
		goto out;
	size_t nomac_len = join(it, add, addn, 0, nomac);
	rc = aud_writer_mac(a, nomac, nomac_len, mac);
	if (rc)
		goto out;
	hex_encode(mac, 32, mhex);
	addn[0] = (size_t)snprintf(add[0], sizeof add[0], "\"mac\":\"%s\"", mhex);
	it->stored_len = join(it, add, addn, 1, it->stored);
	rc = aud_writer_hash(a, it->stored, it->stored_len, prev);
out:
	free(nomac);
	return rc;
}

/* Seals and commits batch[0..n) in one transaction. Returns 0 (each item has
 * rc 0 and its seq, or its own sealing error) or AUDIT_E_UNAVAILABLE for all. */
static int write_batch(audit *a, struct item **batch, size_t n)
{
	MDB_txn *txn = NULL;
	uint64_t seq = a->head_seq; /* the writer is the only one changing it */
	uint8_t hash[32];
	int rc;
	memcpy(hash, a->head_hash, 32);
	if (a->need_reopen || !a->env) {
		rc = aud_env_reopen(a);
		if (rc)
			return AUDIT_E_UNAVAILABLE;
		seq = a->head_seq;
		memcpy(hash, a->head_hash, 32);
	}
	rc = mdb_txn_begin(a->env, NULL, 0, &txn);
	if (rc == MDB_MAP_RESIZED) {
		pthread_rwlock_wrlock(&a->env_lock);
		rc = mdb_env_set_mapsize(a->env, 0);
		pthread_rwlock_unlock(&a->env_lock);
		if (!rc)
			rc = mdb_txn_begin(a->env, NULL, 0, &txn);
	}
	if (rc) {
		txn = NULL;
		goto fail;
	}
	for (size_t i = 0; i < n; i++) {
		struct item *it = batch[i];
		uint8_t next[32];
		memcpy(next, hash, 32);
		/* A key switch is a batch of its own: the key changes after it. Its
		 * entry is rendered here, the tree being the item's alone. */
		it->rc = 0;
		if (it->switch_key && !it->body) {
			json_t *ks = json_object_get(it->switch_entry, "key_switch");
			it->rc = json_object_set_new(ks, "from_seq",
						     json_integer((json_int_t)(seq + 2)))
					 ? AUDIT_E_NOMEM
					 : aud_render_entry(it->switch_entry, it);
		}
		if (!it->rc)
			it->rc = seal(a, it, seq + 1, next);
		if (it->rc)
			continue; /* this entry alone fails; it takes no seq */
		uint8_t kb[8];
		be64_put(kb, seq + 1);
		MDB_val k = {.mv_size = 8, .mv_data = kb};
		MDB_val v = {.mv_size = it->stored_len, .mv_data = it->stored};
		rc = mdb_put(txn, a->dbi, &k, &v, MDB_APPEND);
		if (!rc && it->user_len) {
			uint8_t ub[AUD_INDEX_KEY_MAX];
			MDB_val uk = {.mv_size = aud_user_key(it->user, it->user_len, seq + 1, ub),
				      .mv_data = ub},
				uv = {.mv_size = 0, .mv_data = ""};
			rc = mdb_put(txn, a->ubi, &uk, &uv, 0);
		}
		if (!rc && it->switch_key)
			rc = aud_keys_record_switch(a, txn, it);
		if (rc)
			goto fail;
		seq++;
		it->seq = seq;
		memcpy(hash, next, 32);
	}
	rc = a->before_commit ? a->before_commit(a->hook_arg) : 0;
	if (!rc)
		rc = custos_fault(CUSTOS_FAULT_AUDIT_COMMIT);
	if (rc)
		goto fail;
	rc = mdb_txn_commit(txn);
	txn = NULL;
	if (rc)
		goto fail;
	pthread_mutex_lock(&a->mu);
	a->head_seq = seq;
	memcpy(a->head_hash, hash, 32);
	pthread_mutex_unlock(&a->mu);
	if (n == 1 && batch[0]->switch_key && batch[0]->rc == 0)
		aud_keys_switched(a, batch[0]);
	return 0;
fail:
	if (txn)
		mdb_txn_abort(txn);
	/* MAP_FULL leaves the environment usable; anything else (EIO, ENOSPC,
	 * MDB_PANIC, ...) may have left it fatal: reopen before the next batch.
	 * The head stays at the last durable entry either way. */
	if (rc != MDB_MAP_FULL)
		a->need_reopen = 1;
	{
		char nbuf[24];
		snprintf(nbuf, sizeof nbuf, "%zu", n);
		log_error("audit: commit failed, batch refused", "error", mdb_strerror(rc),
			  "entries", nbuf);
	}
	return AUDIT_E_UNAVAILABLE; /* the caller fails every item */
}

static void free_item(struct item *it)
{
	if (it->switch_key) {
		OPENSSL_cleanse(it->switch_key, AUDIT_KEY_LEN);
		free(it->switch_key);
	}
	json_decref(it->switch_entry);
	free(it->body);
	free(it->stored);
	free(it);
}

/* Fails a list of items taken from the queue (mu not held). */
static void fail_list(struct item *list, int rc)
{
	while (list) {
		struct item *next = list->next;
		list->done(list->arg, rc, 0);
		free_item(list);
		list = next;
	}
}

/* Writer, while unhealthy and idle: a small commit to "meta" tells whether
 * writing works again, so readiness recovers without traffic (a load
 * balancer that follows /readyz sends none to an unready gateway). */
static int probe(audit *a)
{
	MDB_txn *txn = NULL;
	MDB_dbi meta;
	int rc;
	if (a->need_reopen || !a->env) {
		rc = aud_env_reopen(a);
		if (rc)
			return rc;
	}
	rc = mdb_txn_begin(a->env, NULL, 0, &txn);
	if (!rc)
		rc = mdb_dbi_open(txn, "meta", 0, &meta);
	if (!rc) {
		/* About a page, like a real batch: a tiny value could still fit
		 * in a map that entries no longer fit in. */
		static const char pad[4096];
		MDB_val k = {.mv_size = 5, .mv_data = "probe"};
		MDB_val v = {.mv_size = sizeof pad, .mv_data = (void *)pad};
		rc = mdb_put(txn, meta, &k, &v, 0);
	}
	if (rc) {
		if (txn)
			mdb_txn_abort(txn);
	} else {
		rc = mdb_txn_commit(txn);
	}
	if (rc && rc != MDB_MAP_FULL)
		a->need_reopen = 1;
	return rc ? AUDIT_E_UNAVAILABLE : 0;
}

static void timed_wait_ms(pthread_cond_t *cv, pthread_mutex_t *mu, uint64_t ms)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	ts.tv_nsec += (long)(ms % 1000) * 1000000L;
	ts.tv_sec += (time_t)(ms / 1000) + ts.tv_nsec / 1000000000L;
	ts.tv_nsec %= 1000000000L;
	pthread_cond_timedwait(cv, mu, &ts);
}

void *aud_writer_main(void *p)
{
	audit *a = p;
	pthread_mutex_lock(&a->mu);
	for (;;) {
		while (!a->qhead && !a->stopping && !a->pending_map_size) {
			if (a->healthy) {
				pthread_cond_wait(&a->writer_cv, &a->mu);
				continue;
			}
			timed_wait_ms(&a->writer_cv, &a->mu, PROBE_MS);
			if (a->qhead || a->stopping || a->pending_map_size)
				break;
			pthread_mutex_unlock(&a->mu);
			int prc = probe(a);
			pthread_mutex_lock(&a->mu);
			if (!prc) {
				a->healthy = 1;
				log_info("audit: writing works again", "dir", a->dir);
			}
		}
		if (a->pending_map_size) {
			size_t size = a->pending_map_size;
			a->pending_map_size = 0;
			pthread_mutex_unlock(&a->mu);
			aud_apply_map_size(a, size);
			pthread_mutex_lock(&a->mu);
			continue;
		}
		if (!a->qhead) {
			assert(a->stopping);
			break;
		}
		size_t cap = a->group_commit ? a->max_batch : 1, n = 0;
		uint64_t now = time_mono_ms();
		struct item *expired = NULL, **etail = &expired;
		size_t nexpired = 0;
		while (a->qhead && n < cap) {
			struct item *it = a->qhead;
			/* A key switch is a batch of its own, so every other
			 * entry of a batch is MAC'd with one key. */
			if (it->switch_key && n)
				break;
			a->qhead = it->next;
			a->qlen--;
			it->next = NULL;
			if (now - it->enq_ms >= a->timeout_ms) {
				*etail = it; /* the watchdog did not get to it yet */
				etail = &it->next;
				nexpired++;
			} else {
				a->batch[n++] = it;
				if (it->switch_key)
					break;
			}
		}
		if (!a->qhead)
			a->qtail = NULL;
		a->n_timeouts += nexpired;
		a->busy_since = n ? now : 0;
		pthread_mutex_unlock(&a->mu);

		fail_list(expired, AUDIT_E_TIMEOUT);
		int rc = n ? write_batch(a, a->batch, n) : 0;

		if (rc) {
			/* Whatever path failed (reopen, begin, put, commit), no item
			 * of this batch is durable. */
			for (size_t i = 0; i < n; i++) {
				a->batch[i]->rc = AUDIT_E_UNAVAILABLE;
				a->batch[i]->seq = 0;
			}
		}
		pthread_mutex_lock(&a->mu);
		a->busy_since = 0;
		if (n) {
			if (rc) {
				a->n_failures++;
				a->healthy = 0;
			} else {
				size_t ok = 0;
				for (size_t i = 0; i < n; i++)
					ok += a->batch[i]->rc == 0;
				a->n_entries += ok;
				a->n_batches++;
				a->last_batch = n;
				a->healthy = 1;
			}
		}
		pthread_mutex_unlock(&a->mu);

		/* Export first (no fsync, microseconds): an acknowledged entry is
		 * then already in the export file unless exporting failed. */
		if (n && !rc)
			aud_export_batch(a, a->batch, n);
		for (size_t i = 0; i < n; i++)
			a->batch[i]->done(a->batch[i]->arg, a->batch[i]->rc, a->batch[i]->seq);
		for (size_t i = 0; i < n; i++)
			free_item(a->batch[i]);
		if (n && !rc)
			aud_prealloc(a); /* after the answers: it may write a chunk */
		pthread_mutex_lock(&a->mu);
	}
	pthread_mutex_unlock(&a->mu);
	return NULL;
}

/* Fails queued entries older than the timeout, whatever the writer is doing:
 * an entry it removes from the queue can no longer reach a transaction. */
void *aud_watchdog_main(void *p)
{
	audit *a = p;
	uint64_t period = a->timeout_ms / 4;
	if (period < 5)
		period = 5;
	if (period > 250)
		period = 250;
	pthread_mutex_lock(&a->mu);
	while (!a->wd_stop) {
		timed_wait_ms(&a->wd_cv, &a->mu, period);
		uint64_t now = time_mono_ms();
		struct item *expired = NULL, **etail = &expired;
		size_t nexpired = 0;
		/* FIFO with enqueue times taken under mu: the oldest is first. */
		while (a->qhead && now - a->qhead->enq_ms >= a->timeout_ms) {
			struct item *it = a->qhead;
			a->qhead = it->next;
			a->qlen--;
			it->next = NULL;
			*etail = it;
			etail = &it->next;
			nexpired++;
		}
		if (!a->qhead)
			a->qtail = NULL;
		if (!nexpired)
			continue;
		a->n_timeouts += nexpired;
		pthread_mutex_unlock(&a->mu);
		char nbuf[24];
		snprintf(nbuf, sizeof nbuf, "%zu", nexpired);
		log_error("audit: entries timed out in the queue", "entries", nbuf);
		fail_list(expired, AUDIT_E_TIMEOUT);
		pthread_mutex_lock(&a->mu);
	}
	pthread_mutex_unlock(&a->mu);
	return NULL;
}
