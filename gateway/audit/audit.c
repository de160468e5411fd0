/* audit: hash-chained, HMACed decision log in its own LMDB environment.
 *
 * Request threads queue entries; one writer thread seals (seq, time, prev,
 * mac) and commits everything queued in one write transaction, then reports
 * each entry's fate. A watchdog thread fails entries that wait in the queue
 * longer than the timeout; such an entry has left the queue, so the writer can
 * never write it. Readers use short read transactions under env_lock so the
 * writer can resize or reopen the environment between batches. */
#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>
#include <signal.h>
#include <stdint.h>
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
#include "jdump.h"
#include "log.h"
#include "timefmt.h"

const char *audit_strerror(int rc)
{
	return custos_strerror(rc);
}

/* ---------- open / close ---------- */

/* What audit_open allocates, the key wiped. */
static void free_audit(audit *a)
{
	aud_free_crypto(a);
	OPENSSL_cleanse(a->key, sizeof a->key);
	OPENSSL_cleanse(a->ring, sizeof a->ring);
	free(a->batch);
	free(a->dir);
	free(a->export_path);
	free(a);
}

int audit_open(audit **out, const audit_conf *c, char *err, size_t errsz)
{
	audit *a = NULL;
	int rc = AUDIT_E_INVALID;
	int mu_ok = 0, rw_ok = 0, emu_ok = 0, wcv_ok = 0, wdcv_ok = 0;
	if (err && errsz)
		err[0] = '\0';
	if (!out || !c || !c->dir || !c->dir[0] || !c->key || c->timeout_ms < 0) {
		errbuf_set(err, errsz, "audit: dir and key are required");
		return AUDIT_E_INVALID;
	}
	*out = NULL;
	a = calloc(1, sizeof *a);
	if (!a)
		return AUDIT_E_NOMEM;
	a->export_fd = -1;
	memcpy(a->key, c->key, AUDIT_KEY_LEN);
	char kid[AUDIT_HASH_HEX];
	if (aud_ring_add(a, c->key, a->cur_kid)) {
		free(a);
		return AUDIT_E_NOMEM;
	}
	for (size_t i = 0; i < c->nother_keys && i + 1 < AUDIT_KEYS_MAX; i++)
		aud_ring_add(a, c->other_keys[i], kid);
	if (aud_prepare_crypto(a)) {
		aud_free_crypto(a);
		OPENSSL_cleanse(a->key, sizeof a->key);
		free(a);
		errbuf_set(err, errsz, "cannot prepare HMAC-SHA256");
		return AUDIT_E_NOMEM;
	}
	a->group_commit = c->group_commit;
	a->timeout_ms = c->timeout_ms ? (uint64_t)c->timeout_ms : DEFAULT_TIMEOUT_MS;
	a->max_batch = c->max_batch ? c->max_batch : DEFAULT_MAX_BATCH;
	a->max_queue = c->max_queue ? c->max_queue : DEFAULT_MAX_QUEUE;
	a->before_commit = c->before_commit;
	a->hook_arg = c->hook_arg;
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	a->map_size = c->map_size ? c->map_size : DEFAULT_MAP_SIZE;
	a->map_size = (a->map_size + page - 1) / page * page;
	a->healthy = 1;
	rc = AUDIT_E_NOMEM;
	a->dir = strdup(c->dir);
	a->export_path = c->export_path ? strdup(c->export_path) : NULL;
	a->batch = calloc(a->max_batch, sizeof *a->batch);
	if (!a->dir || (c->export_path && !a->export_path) || !a->batch)
		goto fail;

	pthread_rwlockattr_t rwa;
	pthread_rwlockattr_init(&rwa);
	/* Queries must not starve a resize or reopen. */
	pthread_rwlockattr_setkind_np(&rwa, PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP);
	rw_ok = pthread_rwlock_init(&a->env_lock, &rwa) == 0;
	pthread_rwlockattr_destroy(&rwa);
	mu_ok = pthread_mutex_init(&a->mu, NULL) == 0 && pthread_mutex_init(&a->rot_mu, NULL) == 0;
	emu_ok = pthread_mutex_init(&a->export_mu, NULL) == 0;
	pthread_condattr_t ca;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	wcv_ok = pthread_cond_init(&a->writer_cv, &ca) == 0;
	wdcv_ok = pthread_cond_init(&a->wd_cv, &ca) == 0;
	pthread_condattr_destroy(&ca);
	if (!rw_ok || !mu_ok || !emu_ok || !wcv_ok || !wdcv_ok)
		goto fail;

	if (mkdir(a->dir, 0700) != 0 && errno != EEXIST) {
		errbuf_set(err, errsz, "audit: cannot create %s: %s", a->dir, strerror(errno));
		rc = AUDIT_E_IO;
		goto fail;
	}
	rc = aud_env_open(a, err, errsz);
	if (rc)
		goto fail;
	if (a->export_path) {
		int e = aud_export_open_locked(a);
		if (e) {
			errbuf_set(err, errsz, "audit: cannot open export file %s: %s",
				   a->export_path, strerror(-e));
			rc = AUDIT_E_IO;
			goto fail;
		}
	}

	/* Our threads take no signals: the gateway handles them in its own. */
	sigset_t all, old;
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, &old);
	int e1 = pthread_create(&a->writer, NULL, aud_writer_main, a);
	int e2 = e1 ? -1 : pthread_create(&a->watchdog, NULL, aud_watchdog_main, a);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (e1 || e2) {
		if (!e1) {
			pthread_mutex_lock(&a->mu);
			a->stopping = 1;
			pthread_cond_signal(&a->writer_cv);
			pthread_mutex_unlock(&a->mu);
			pthread_join(a->writer, NULL);
		}
		errbuf_set(err, errsz, "audit: cannot start threads");
		rc = AUDIT_E_NOMEM;
		goto fail;
	}
	a->threads_started = 1;
	*out = a;
	return 0;
fail:
	if (a->export_fd >= 0)
		close(a->export_fd);
	if (a->env)
		mdb_env_close(a->env);
	if (rw_ok)
		pthread_rwlock_destroy(&a->env_lock);
	if (mu_ok)
		pthread_mutex_destroy(&a->mu);
	if (emu_ok)
		pthread_mutex_destroy(&a->export_mu);
	if (wcv_ok)
		pthread_cond_destroy(&a->writer_cv);
	if (wdcv_ok)
		pthread_cond_destroy(&a->wd_cv);
	free_audit(a);
	return rc;
}

void audit_close(audit *a)
{
	if (!a)
		return;
	if (a->threads_started) {
		pthread_mutex_lock(&a->mu);
		a->stopping = 1;
		pthread_cond_signal(&a->writer_cv);
		pthread_mutex_unlock(&a->mu);
		pthread_join(a->writer, NULL); /* drains the queue */
		pthread_mutex_lock(&a->mu);
		a->wd_stop = 1;
		pthread_cond_signal(&a->wd_cv);
		pthread_mutex_unlock(&a->mu);
		pthread_join(a->watchdog, NULL);
	}
	assert(!a->qhead);
	if (a->export_fd >= 0)
		close(a->export_fd);
	if (a->env)
		mdb_env_close(a->env);
	pthread_rwlock_destroy(&a->env_lock);
	pthread_mutex_destroy(&a->mu);
	pthread_mutex_destroy(&a->rot_mu);
	pthread_mutex_destroy(&a->export_mu);
	pthread_cond_destroy(&a->writer_cv);
	pthread_cond_destroy(&a->wd_cv);
	free_audit(a);
}

/* ---------- submit ---------- */

const char *const aud_sealed_keys[AUD_SEALED] = {"mac", "prev", "seq", "time"};

/* Members whose places jdump reports (more: the dump is scanned). */
#define RENDER_AT_MAX 64

/* jansson's JSON_SORT_KEYS order: bytes, then length. */
static int key_cmp(const char *a, size_t an, const char *b, size_t bn)
{
	int r = memcmp(a, b, an < bn ? an : bn);
	return r ? r : (an > bn) - (an < bn);
}

/* Renders e once into it->body (canonical form) and finds where the sealed
 * members go: k[i] members of e sort before aud_sealed_keys[i], so it goes
 * before the member k[i] of the dump, found by a scan of its top level
 * (outside strings, a comma at depth 0 ends a member). */
int aud_render_entry(json_t *e, struct item *it)
{
	size_t k[AUD_SEALED] = {0}, klen, n = 0;
	const char *key;
	json_t *v;
	if (!json_is_object(e))
		return AUDIT_E_INVALID;
	json_object_keylen_foreach (e, key, klen, v) {
		for (size_t i = 0; i < AUD_SEALED; i++) {
			const char *s = aud_sealed_keys[i];
			int c = key_cmp(key, klen, s, strlen(s));
			if (c == 0)
				return AUDIT_E_INVALID; /* the module's to add */
			k[i] += c < 0;
		}
	}
	if (aud_json_depth(e, AUDIT_MAX_DEPTH) > AUDIT_MAX_DEPTH)
		return AUDIT_E_TOO_LARGE;
	/* One dump (jansson's canonical bytes, base/jdump.h) capped at
	 * AUDIT_MAX_ENTRY: a larger entry is refused. */
	struct buf out;
	size_t at[RENDER_AT_MAX];
	buf_init(&out, AUDIT_MAX_ENTRY);
	int rc = jdump_members(e, CANON_FLAGS, &out, at, RENDER_AT_MAX);
	size_t len = out.len;
	char *buf = out.p;
	if (rc || len < 2 || buf[0] != '{' || buf[len - 1] != '}') {
		buf_free(&out);
		return rc == CUSTOS_E_TOOBIG  ? AUDIT_E_TOO_LARGE
		       : rc == CUSTOS_E_NOMEM ? AUDIT_E_NOMEM
					      : AUDIT_E_INVALID;
	}
	const char *in = buf + 1;
	size_t inlen = len - 2, member = 0;
	for (size_t i = 0; i < AUD_SEALED; i++)
		it->at[i] = k[i] == 0 ? 0 : inlen + 1;
	/* The index key: the same string field_is (audit_read.c) compares. */
	const char *user = json_string_value(json_object_get(e, "user"));
	size_t ulen = user ? strlen(user) : 0;
	it->user_len = ulen <= AUD_INDEX_USER_MAX ? ulen : 0;
	memcpy(it->user, user ? user : "", it->user_len);
	/* Where jdump wrote the members (the usual case), the places are
	 * known: a sealed member goes where member k[i] starts (after its
	 * comma). Otherwise the dump is scanned for them. */
	size_t n_obj = json_object_size(e);
	if (n_obj && n_obj <= RENDER_AT_MAX && at[0] != SIZE_MAX) {
		for (size_t i = 0; i < AUD_SEALED; i++)
			if (k[i] > 0 && k[i] < n_obj)
				it->at[i] = at[k[i]] - 1;
		it->body = buf_take(&out, &it->body_len);
		return 0;
	}
	int depth = 0, str = 0;
	for (size_t p = 0; p < inlen; p++) {
		char c = in[p];
		if (str) {
			if (c == '\\')
				p++;
			else if (c == '"')
				str = 0;
		} else if (c == '"') {
			str = 1;
		} else if (c == '{' || c == '[') {
			depth++;
		} else if (c == '}' || c == ']') {
			depth--;
		} else if (c == ',' && depth == 0) {
			member++;
			for (size_t i = 0; i < AUD_SEALED; i++)
				if (k[i] == member)
					it->at[i] = p + 1;
		}
	}
	n = inlen ? member + 1 : 0;
	if (n != json_object_size(e)) {
		buf_free(&out);
		return AUDIT_E_INVALID; /* not the dump we know how to read */
	}
	it->body = buf_take(&out, &it->body_len);
	return 0;
}

/* Queues it (its entry and callback set) or answers AUDIT_E_UNAVAILABLE
 * when the log stops or the queue is full (it stays the caller's). */
static int enqueue_item(audit *a, struct item *it)
{
	it->rc = AUDIT_E_UNAVAILABLE; /* until the writer proves it durable */
	pthread_mutex_lock(&a->mu);
	if (a->stopping || a->qlen >= a->max_queue) {
		pthread_mutex_unlock(&a->mu);
		return AUDIT_E_UNAVAILABLE;
	}
	/* Both clocks under mu: queue order = seq order = time order. */
	it->enq_ms = time_mono_ms();
	clock_gettime(CLOCK_REALTIME, &it->wall);
	if (a->qtail)
		a->qtail->next = it;
	else
		a->qhead = it;
	a->qtail = it;
	a->qlen++;
	pthread_cond_signal(&a->writer_cv);
	pthread_mutex_unlock(&a->mu);
	return 0;
}

int audit_submit(audit *a, json_t *entry, audit_done_fn done, void *arg)
{
	struct item *it = NULL;
	int rc;
	if (!done) {
		json_decref(entry);
		return AUDIT_E_INVALID;
	}
	/* "key_switch" is the module's own member (audit_rotate_key). */
	if (!a || !entry || json_object_get(entry, "key_switch")) {
		rc = AUDIT_E_INVALID;
		goto refuse;
	}
	it = calloc(1, sizeof *it);
	if (!it) {
		rc = AUDIT_E_NOMEM;
		goto refuse;
	}
	/* The writer thread gets bytes, never the caller's tree: the entry may
	 * share values with its reply or its request state (json_incref,
	 * json_pack "O", json_array_append), and jansson values are not safe to
	 * use from two threads (its refcount check reads a plain field and its
	 * final decrement frees without an acquire). Rendering here also makes
	 * the entry the decision as submitted, whatever the caller changes
	 * afterwards, and is the one rendering of it (it used to be measured,
	 * deep-copied, then dumped twice by the writer). */
	rc = aud_render_entry(entry, it);
	if (rc) {
		free(it);
		it = NULL;
		goto refuse;
	}
	json_decref(entry);
	entry = NULL;
	it->done = done;
	it->arg = arg;
	rc = enqueue_item(a, it);
	if (rc) {
		free(it->body);
		free(it);
		goto refuse;
	}
	return 0;
refuse:
	if (a) {
		pthread_mutex_lock(&a->mu);
		a->n_rejected++;
		pthread_mutex_unlock(&a->mu);
	}
	json_decref(entry);
	done(arg, rc, 0);
	return rc;
}

/* A key switch (audit_rotate_key): the writer renders entry once it knows
 * the seq ("key_switch"."from_seq"); the tree is the item's alone, so it
 * crosses to the writer thread with no other holder. */
int aud_enqueue(audit *a, json_t *entry, audit_done_fn done, void *arg, uint8_t *switch_key)
{
	int rc = AUDIT_E_NOMEM;
	struct item *it = calloc(1, sizeof *it);
	if (!it)
		goto refuse;
	it->switch_entry = entry;
	it->switch_key = switch_key;
	it->done = done;
	it->arg = arg;
	rc = enqueue_item(a, it);
	if (!rc)
		return 0;
	free(it);
refuse:
	pthread_mutex_lock(&a->mu);
	a->n_rejected++;
	pthread_mutex_unlock(&a->mu);
	if (switch_key) {
		OPENSSL_cleanse(switch_key, AUDIT_KEY_LEN);
		free(switch_key);
	}
	json_decref(entry);
	done(arg, rc, 0);
	return rc;
}

void aud_sync_done(void *arg, int rc, uint64_t seq)
{
	struct aud_waiter *w = arg;
	pthread_mutex_lock(&w->a->mu);
	w->rc = rc;
	w->seq = seq;
	w->done = 1;
	pthread_cond_signal(&w->cv);
	pthread_mutex_unlock(&w->a->mu);
}

int audit_append_sync(audit *a, json_t *entry, uint64_t *seq)
{
	if (!a) {
		json_decref(entry);
		return AUDIT_E_INVALID;
	}
	struct aud_waiter w = {.a = a};
	if (pthread_cond_init(&w.cv, NULL) != 0) {
		json_decref(entry);
		return AUDIT_E_NOMEM;
	}
	audit_submit(a, entry, aud_sync_done, &w);
	pthread_mutex_lock(&a->mu);
	while (!w.done)
		pthread_cond_wait(&w.cv, &a->mu);
	pthread_mutex_unlock(&a->mu);
	pthread_cond_destroy(&w.cv);
	if (seq)
		*seq = w.seq;
	return w.rc;
}

/* ---------- status ---------- */

static int ready_locked(audit *a)
{
	if (!a->healthy || a->stopping)
		return 0;
	if (a->busy_since && time_mono_ms() - a->busy_since > a->timeout_ms)
		return 0;
	return 1;
}

int audit_ready(audit *a)
{
	if (!a)
		return 0;
	pthread_mutex_lock(&a->mu);
	int r = ready_locked(a);
	pthread_mutex_unlock(&a->mu);
	return r;
}

void audit_get_stats(audit *a, audit_stats *s)
{
	memset(s, 0, sizeof *s);
	if (!a)
		return;
	pthread_mutex_lock(&a->mu);
	s->entries = a->n_entries;
	s->batches = a->n_batches;
	s->failures = a->n_failures;
	s->timeouts = a->n_timeouts;
	s->rejected = a->n_rejected;
	s->reopens = a->n_reopens;
	s->query_examined = a->n_query_examined;
	s->head_seq = a->head_seq;
	s->queue_depth = a->qlen;
	s->last_batch = a->last_batch;
	s->ready = ready_locked(a);
	pthread_mutex_unlock(&a->mu);
	pthread_mutex_lock(&a->export_mu);
	s->export_failures = a->n_export_failures;
	pthread_mutex_unlock(&a->export_mu);
}

int audit_head(audit *a, uint64_t *seq, char hash[AUDIT_HASH_HEX])
{
	if (!a || !seq || !hash)
		return AUDIT_E_INVALID;
	pthread_mutex_lock(&a->mu);
	*seq = a->head_seq;
	hex_encode(a->head_hash, 32, hash);
	pthread_mutex_unlock(&a->mu);
	return 0;
}

int audit_set_map_size(audit *a, size_t bytes)
{
	if (!a || !bytes)
		return AUDIT_E_INVALID;
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	pthread_mutex_lock(&a->mu);
	a->pending_map_size = (bytes + page - 1) / page * page;
	pthread_cond_signal(&a->writer_cv);
	pthread_mutex_unlock(&a->mu);
	return 0;
}
