/* audit_keys: audit key versions and rotation (docs/KEYS.md).
 *
 * The log's "meta" database names the key in force ("key_id", the HMAC of
 * a fixed label under the key) and, once a rotation happened, the key of
 * its first entry ("first_key_id"). A rotation is one entry of the chain,
 * {"key_switch": {"from", "to", "from_seq"}}, MAC'd with the old key and
 * written in a transaction of its own that also makes "key_id" the new
 * one; the writer MACs every later entry with the new key. So the chain
 * itself says which key each seq is under: verification starts with the
 * first key and follows the switches, and an entry MAC'd with the old key
 * after its switch fails as any forgery. */
#include <openssl/crypto.h>
#include <stdlib.h>
#include <string.h>

#include "audit_int.h"
#include "errbuf.h"
#include "log.h"

int aud_ring_add(audit *a, const uint8_t *key, char id_out[AUDIT_HASH_HEX])
{
	aud_key_id(key, id_out);
	for (size_t i = 0; i < a->nring; i++)
		if (CRYPTO_memcmp(a->ring_id[i], id_out, 64) == 0)
			return 0;
	if (a->nring >= AUDIT_KEYS_MAX)
		return AUDIT_E_INVALID;
	memcpy(a->ring[a->nring], key, AUDIT_KEY_LEN);
	memcpy(a->ring_id[a->nring], id_out, AUDIT_HASH_HEX);
	a->nring++;
	return 0;
}

static int meta_kid(MDB_txn *txn, MDB_dbi meta, const char *name, char out[AUDIT_HASH_HEX])
{
	MDB_val k = {.mv_size = strlen(name), .mv_data = (void *)name}, v;
	int rc = mdb_get(txn, meta, &k, &v);
	if (rc)
		return rc;
	if (v.mv_size != 64)
		return MDB_CORRUPTED;
	memcpy(out, v.mv_data, 64);
	out[64] = '\0';
	return 0;
}

int aud_keys_select(audit *a, MDB_txn *txn, MDB_dbi meta, char *err, size_t errsz)
{
	char cur[AUDIT_HASH_HEX], first[AUDIT_HASH_HEX];
	int rc = meta_kid(txn, meta, "key_id", cur);
	if (!rc) {
		rc = meta_kid(txn, meta, "first_key_id", first);
		if (rc == MDB_NOTFOUND) {
			memcpy(first, cur, AUDIT_HASH_HEX);
			rc = 0;
		}
	}
	if (rc) {
		errbuf_set(err, errsz, "audit: %s: the key id record is damaged", a->dir);
		return AUDIT_E_KEY;
	}
	pthread_mutex_lock(&a->mu);
	size_t i = 0;
	while (i < a->nring && CRYPTO_memcmp(a->ring_id[i], cur, 64) != 0)
		i++;
	int found = i < a->nring;
	int changed = found && CRYPTO_memcmp(a->ring[i], a->key, AUDIT_KEY_LEN) != 0;
	if (changed)
		memcpy(a->key, a->ring[i], AUDIT_KEY_LEN);
	if (found) {
		memcpy(a->cur_kid, cur, AUDIT_HASH_HEX);
		memcpy(a->first_kid, first, AUDIT_HASH_HEX);
	}
	pthread_mutex_unlock(&a->mu);
	if (!found) {
		errbuf_set(err, errsz, "audit: %s was written with a different audit key", a->dir);
		return AUDIT_E_KEY;
	}
	/* The writer's MAC object is keyed once: key it with the one in force. */
	if (changed) {
		aud_free_crypto(a);
		if (aud_prepare_crypto(a)) {
			errbuf_set(err, errsz, "cannot prepare HMAC-SHA256");
			return AUDIT_E_NOMEM;
		}
	}
	return 0;
}

int aud_keys_record_switch(audit *a, MDB_txn *txn, struct item *it)
{
	MDB_dbi meta;
	char to[AUDIT_HASH_HEX], first[AUDIT_HASH_HEX];
	int rc = mdb_dbi_open(txn, "meta", 0, &meta);
	if (rc)
		return rc;
	aud_key_id(it->switch_key, to);
	rc = meta_kid(txn, meta, "first_key_id", first);
	if (rc == MDB_NOTFOUND) {
		/* The first switch: the key in force so far was the first. */
		rc = meta_kid(txn, meta, "key_id", first);
		MDB_val fk = {.mv_size = 12, .mv_data = "first_key_id"};
		MDB_val fv = {.mv_size = 64, .mv_data = first};
		if (!rc)
			rc = mdb_put(txn, meta, &fk, &fv, 0);
	}
	if (rc)
		return rc;
	MDB_val k = {.mv_size = 6, .mv_data = "key_id"}, v = {.mv_size = 64, .mv_data = to};
	(void)a;
	return mdb_put(txn, meta, &k, &v, 0);
}

void aud_keys_switched(audit *a, struct item *it)
{
	char id[AUDIT_HASH_HEX];
	aud_key_id(it->switch_key, id);
	memcpy(a->key, it->switch_key, AUDIT_KEY_LEN);
	aud_free_crypto(a);
	/* The log says the new key is in force: an entry MAC'd with anything
	 * else would break the chain, so a library failure here stops. */
	if (aud_prepare_crypto(a)) {
		log_error("audit: cannot key HMAC-SHA256 with the new audit key");
		abort();
	}
	pthread_mutex_lock(&a->mu);
	memcpy(a->cur_kid, id, AUDIT_HASH_HEX);
	pthread_mutex_unlock(&a->mu);
	log_info("audit: key switched", "key_id", id);
}

int audit_rotate_key(audit *a, const uint8_t *key, json_t *entry, uint64_t *seq)
{
	char to[AUDIT_HASH_HEX], from[AUDIT_HASH_HEX];
	uint8_t *copy = NULL;
	json_t *own = NULL;
	struct aud_waiter w = {.a = a};
	int rc = AUDIT_E_INVALID;
	if (!a || !key || !json_is_object(entry) || json_object_get(entry, "key_switch")) {
		json_decref(entry);
		return AUDIT_E_INVALID;
	}
	pthread_mutex_lock(&a->rot_mu);
	pthread_mutex_lock(&a->mu);
	memcpy(from, a->cur_kid, AUDIT_HASH_HEX);
	aud_key_id(key, to);
	if (strcmp(from, to) != 0)
		rc = aud_ring_add(a, key, to);
	pthread_mutex_unlock(&a->mu);
	if (rc)
		goto out;
	rc = AUDIT_E_NOMEM;
	own = json_deep_copy(entry);
	copy = malloc(AUDIT_KEY_LEN);
	if (!own || !copy ||
	    json_object_set_new(own, "key_switch",
				json_pack("{s:s, s:s}", "from", from, "to", to)) ||
	    pthread_cond_init(&w.cv, NULL) != 0)
		goto out;
	memcpy(copy, key, AUDIT_KEY_LEN);
	aud_enqueue(a, own, aud_sync_done, &w, copy); /* takes own and copy */
	own = NULL;
	copy = NULL;
	pthread_mutex_lock(&a->mu);
	while (!w.done)
		pthread_cond_wait(&w.cv, &a->mu);
	pthread_mutex_unlock(&a->mu);
	pthread_cond_destroy(&w.cv);
	rc = w.rc;
	if (!rc && seq)
		*seq = w.seq;
out:
	pthread_mutex_unlock(&a->rot_mu);
	json_decref(entry);
	json_decref(own);
	if (copy) {
		OPENSSL_cleanse(copy, AUDIT_KEY_LEN);
		free(copy);
	}
	return rc;
}
