/* store_open: the store in its environment (open, close, transactions) and
 * what every family of the store shares: JSON records, the meta counters, the
 * role set and the checks of names, authors and principals. Every policy
 * change is one write transaction that also writes its history record and
 * bumps the version, so a crash or a full map leaves either all of a change
 * or none of it. Layout: docs/STORE.md. */
#include <assert.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codec.h"
#include "errbuf.h"
#include "errors.h"
#include "store_int.h"
#include "timefmt.h"

/* ---------- records ---------- */

int pol_st_check_text(const char *s, size_t max, const char *what, char *err, size_t errsz)
{
	if (!s || !*s) {
		errbuf_set(err, errsz, "%s is empty", what);
		return POL_STORE_E_ARG;
	}
	size_t n = strnlen(s, max + 1);
	if (n > max) {
		errbuf_set(err, errsz, "%s is longer than %zu bytes", what, max);
		return POL_STORE_E_TOOLONG;
	}
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == 0x7f) {
			errbuf_set(err, errsz, "%s contains a control character", what);
			return POL_STORE_E_ARG;
		}
	}
	return 0;
}

int pol_st_check_key_len(pol_store *st, size_t len, const char *what, char *err, size_t errsz)
{
	if (len == 0 || len > st->maxkey) {
		errbuf_set(err, errsz, "%s: key of %zu bytes (LMDB allows 1..%zu)", what, len,
			   st->maxkey);
		return POL_STORE_E_TOOLONG;
	}
	return 0;
}

/* Serializes j compactly into a new string (free()). */
int pol_st_dump_json(const json_t *j, char **s, size_t *len)
{
	*s = json_dumps(j, JSON_COMPACT);
	if (!*s)
		return POL_STORE_E_NOMEM;
	*len = strlen(*s);
	return 0;
}

int pol_st_parse_json(const void *data, size_t len, json_t **out)
{
	json_error_t jerr;
	*out = json_loadb(data, len, 0, &jerr);
	return *out ? 0 : POL_STORE_E_CORRUPT;
}

/* Copies a database key into a NUL-terminated buffer of KEYBUF bytes. */
int pol_st_key_to_str(const MDB_val *k, char *buf)
{
	if (k->mv_size == 0 || k->mv_size >= KEYBUF)
		return POL_STORE_E_CORRUPT;
	memcpy(buf, k->mv_data, k->mv_size);
	buf[k->mv_size] = '\0';
	if (strlen(buf) != k->mv_size)
		return POL_STORE_E_CORRUPT;
	return 0;
}

int pol_st_meta_get_u64(pol_store *st, MDB_txn *txn, const char *key, uint64_t *v)
{
	MDB_val k = {strlen(key), (void *)key}, d;
	int mrc = mdb_get(txn, st->meta, &k, &d);
	if (mrc == MDB_NOTFOUND) {
		*v = 0;
		return 0;
	}
	if (mrc)
		return db_err(st->env, mrc, NULL, 0, "meta");
	if (d.mv_size != 8)
		return POL_STORE_E_CORRUPT;
	*v = be64_get(d.mv_data);
	return 0;
}

int pol_st_meta_put_u64(pol_store *st, MDB_txn *txn, const char *key, uint64_t v, char *err,
			size_t errsz)
{
	uint8_t b[8];
	be64_put(b, v);
	MDB_val k = {strlen(key), (void *)key}, d = {8, b};
	return db_put(st->env, txn, st->meta, &k, &d, 0, CUSTOS_FAULT_STORE_PUT, err, errsz,
		      "meta");
}

/* Reads and parses one JSON value of dbi; E_NOTFOUND if absent. */
int pol_st_get_json(pol_store *st, MDB_txn *txn, MDB_dbi dbi, const void *key, size_t klen,
		    json_t **out)
{
	MDB_val k = {klen, (void *)key}, d;
	*out = NULL;
	int mrc = mdb_get(txn, dbi, &k, &d);
	if (mrc == MDB_NOTFOUND)
		return POL_STORE_E_NOTFOUND;
	if (mrc)
		return db_err(st->env, mrc, NULL, 0, "get");
	return pol_st_parse_json(d.mv_data, d.mv_size, out);
}

int pol_st_put_json(pol_store *st, MDB_txn *txn, MDB_dbi dbi, const void *key, size_t klen,
		    const json_t *j, unsigned flags, char *err, size_t errsz, const char *what)
{
	char *s = NULL;
	size_t len = 0;
	int rc = pol_st_dump_json(j, &s, &len);
	if (rc)
		return rc;
	MDB_val k = {klen, (void *)key}, d = {len, s};
	int mrc = custos_fault(CUSTOS_FAULT_STORE_PUT);
	if (!mrc)
		mrc = mdb_put(txn, dbi, &k, &d, flags);
	free(s);
	if (mrc == MDB_KEYEXIST) {
		errbuf_set(err, errsz, "%s: key exists", what);
		return POL_STORE_E_CORRUPT;
	}
	return db_err(st->env, mrc, err, errsz, what);
}

int pol_st_del(pol_store *st, MDB_txn *txn, MDB_dbi dbi, const void *key, size_t klen, char *err,
	       size_t errsz, const char *what)
{
	MDB_val k = {klen, (void *)key};
	return db_err(st->env, mdb_del(txn, dbi, &k, NULL), err, errsz, what);
}

int pol_st_count(pol_store *st, MDB_txn *txn, MDB_dbi dbi, size_t *n)
{
	MDB_stat ms;
	int mrc = mdb_stat(txn, dbi, &ms);
	if (mrc)
		return db_err(st->env, mrc, NULL, 0, "stat");
	*n = ms.ms_entries;
	return 0;
}

/* The stored role's "version" (a role written by this module always has one). */
int pol_st_role_version(const json_t *doc, uint64_t *v)
{
	json_t *jv = json_object_get(doc, "version");
	if (!json_is_integer(jv) || json_integer_value(jv) < 0)
		return POL_STORE_E_CORRUPT;
	*v = (uint64_t)json_integer_value(jv);
	return 0;
}

/* ---------- transactions ---------- */

int pol_st_rbegin(pol_store *st, MDB_txn **txn)
{
	return db_txn_begin(st->env, 1, txn, NULL, 0);
}

int pol_st_list_begin(pol_store *st, size_t *limit, json_t **arr, MDB_txn **txn)
{
	if (*limit == 0)
		*limit = POL_STORE_DEFAULT_LIST;
	if (*limit > POL_STORE_MAX_LIST)
		*limit = POL_STORE_MAX_LIST;
	*arr = json_array();
	if (!*arr)
		return POL_STORE_E_NOMEM;
	int rc = pol_st_rbegin(st, txn);
	if (rc) {
		json_decref(*arr);
		*arr = NULL;
	}
	return rc;
}

int pol_st_list_end(MDB_txn *txn, int rc, json_t *arr, json_t **out)
{
	mdb_txn_abort(txn);
	if (rc)
		json_decref(arr);
	else
		*out = arr;
	return rc;
}

int pol_st_wbegin(pol_store *st, MDB_txn **txn, char *err, size_t errsz)
{
	pthread_mutex_lock(&st->wmu);
	int rc = db_txn_begin(st->env, 0, txn, err, errsz);
	if (rc)
		pthread_mutex_unlock(&st->wmu);
	return rc;
}

int pol_st_wend(pol_store *st, MDB_txn *txn, int rc, int what, uint64_t counter, char *err,
		size_t errsz)
{
	rc = db_txn_end(st->env, txn, rc, CUSTOS_FAULT_STORE_COMMIT, err, errsz, "commit");
	if (rc == 0 && what == POL_STORE_CHANGE_REVOCATION)
		atomic_store(&st->rev_epoch, counter);
	if (rc == 0 && what && st->on_change)
		st->on_change(st, (enum pol_store_change)what, counter, st->on_change_ctx);
	pthread_mutex_unlock(&st->wmu);
	return rc;
}

/* ---------- open / close ---------- */

static int open_dbis(pol_store *st, char *err, size_t errsz)
{
	MDB_txn *txn = NULL;
	int rc = db_txn_begin(st->env, 0, &txn, err, errsz);
	if (rc)
		return rc;
	struct {
		const char *name;
		MDB_dbi *dbi;
	} dbs[POL_STORE_NDBS] = {{"roles", &st->roles},
				 {"bindings", &st->bindings},
				 {"history", &st->history},
				 {"meta", &st->meta},
				 {"revocations", &st->revocations}};
	for (size_t i = 0; i < POL_STORE_NDBS; i++) {
		rc = db_err(st->env, mdb_dbi_open(txn, dbs[i].name, MDB_CREATE, dbs[i].dbi), err,
			    errsz, dbs[i].name);
		if (rc)
			goto out;
	}
	MDB_val k = {strlen(KEY_FORMAT), KEY_FORMAT}, d;
	int mrc = mdb_get(txn, st->meta, &k, &d);
	if (mrc == MDB_NOTFOUND) {
		d.mv_size = strlen(FORMAT_TAG);
		d.mv_data = FORMAT_TAG;
		rc = db_put(st->env, txn, st->meta, &k, &d, 0, 0, err, errsz, "meta");
		if (rc)
			goto out;
	} else if (mrc) {
		rc = db_err(st->env, mrc, err, errsz, "meta");
		goto out;
	} else if (d.mv_size != strlen(FORMAT_TAG) ||
		   memcmp(d.mv_data, FORMAT_TAG, d.mv_size) != 0) {
		errbuf_set(err, errsz, "the environment holds another store format (want %s)",
			   FORMAT_TAG);
		rc = POL_STORE_E_CORRUPT;
		goto out;
	}
	uint64_t epoch = 0;
	rc = pol_st_meta_get_u64(st, txn, KEY_EPOCH, &epoch);
	if (rc) {
		errbuf_set(err, errsz, "meta: unreadable revocation epoch");
		goto out;
	}
	atomic_store(&st->rev_epoch, epoch);
	rc = db_txn_commit(st->env, txn, 0, err, errsz, "open");
	txn = NULL;
out:
	if (txn)
		mdb_txn_abort(txn);
	return rc;
}

int pol_store_open(db_env *env, const pol_store_opts *o, pol_store **out, char *err, size_t errsz)
{
	if (!env || !out)
		return errbuf_fail(err, errsz, POL_STORE_E_ARG, "no environment");
	*out = NULL;
	pol_store *st = calloc(1, sizeof(*st));
	if (!st)
		return POL_STORE_E_NOMEM;
	st->env = env;
	st->mdb = db_env_lmdb(env);
	st->maxkey = db_env_maxkey(env);
	assert(st->maxkey >= 8 + POL_STORE_MAX_REVOKE_VALUE && st->maxkey < KEYBUF);
	if (o) {
		st->validate = o->validate;
		st->validate_ctx = o->validate_ctx;
	}
	pthread_mutex_init(&st->wmu, NULL);
	atomic_init(&st->rev_epoch, 0);
	int rc = open_dbis(st, err, errsz);
	if (rc) {
		pthread_mutex_destroy(&st->wmu);
		free(st);
		return rc;
	}
	*out = st;
	return 0;
}

void pol_store_close(pol_store *st)
{
	if (!st)
		return;
	pthread_mutex_destroy(&st->wmu);
	free(st);
}

void pol_store_set_on_change(pol_store *st, pol_store_change_fn cb, void *ctx)
{
	assert(st);
	pthread_mutex_lock(&st->wmu);
	st->on_change = cb;
	st->on_change_ctx = ctx;
	pthread_mutex_unlock(&st->wmu);
}

uint64_t pol_store_revocation_epoch(pol_store *st)
{
	return atomic_load(&st->rev_epoch);
}

const char *pol_store_strerror(int rc)
{
	return custos_strerror(rc);
}

/* ---------- role set helpers ---------- */

/* The built-in admin is never a stored document: a policy writer could
 * otherwise replace it and lock out the bootstrap admins. A document of that
 * name left by an older version is ignored by every read (load, list, get,
 * validation, rollback) and can be neither written nor deleted. */
int pol_st_reserved_role(const char *name)
{
	return strcmp(name, POL_ADMIN_ROLE) == 0;
}

/* All role documents as an object name -> doc (new, caller owns). */
int pol_st_load_roles(pol_store *st, MDB_txn *txn, json_t **out)
{
	MDB_cursor *cur = NULL;
	MDB_val k, d;
	char name[KEYBUF];
	int rc = 0;
	json_t *obj = json_object();
	if (!obj)
		return POL_STORE_E_NOMEM;
	int mrc = mdb_cursor_open(txn, st->roles, &cur);
	if (mrc) {
		rc = db_err(st->env, mrc, NULL, 0, "roles");
		goto out;
	}
	for (mrc = mdb_cursor_get(cur, &k, &d, MDB_FIRST); mrc == 0;
	     mrc = mdb_cursor_get(cur, &k, &d, MDB_NEXT)) {
		json_t *doc = NULL;
		rc = pol_st_key_to_str(&k, name);
		if (rc)
			goto out;
		if (pol_st_reserved_role(name))
			continue;
		rc = pol_st_parse_json(d.mv_data, d.mv_size, &doc);
		if (rc)
			goto out;
		if (json_object_set_new(obj, name, doc)) {
			rc = POL_STORE_E_NOMEM;
			goto out;
		}
	}
	if (mrc != MDB_NOTFOUND)
		rc = db_err(st->env, mrc, NULL, 0, "roles");
out:
	mdb_cursor_close(cur);
	if (rc) {
		json_decref(obj);
		return rc;
	}
	*out = obj;
	return 0;
}

/* Runs the caller's validation over the documents of roles (name -> doc). */
int pol_st_validate_roles(pol_store *st, const json_t *roles, char *err, size_t errsz)
{
	if (!st->validate)
		return 0;
	const char *name;
	json_t *doc;
	char local[256];
	int rc = 0;
	json_t *arr = json_array();
	if (!arr)
		return POL_STORE_E_NOMEM;
	json_object_foreach ((json_t *)roles, name, doc) {
		if (json_array_append(arr, doc)) {
			json_decref(arr);
			return POL_STORE_E_NOMEM;
		}
	}
	char *buf = err && errsz ? err : local;
	size_t bufsz = err && errsz ? errsz : sizeof(local);
	buf[0] = '\0';
	if (st->validate(arr, st->validate_ctx, buf, bufsz) != 0) {
		if (!buf[0])
			snprintf(buf, bufsz, "the role documents were refused by validation");
		rc = POL_STORE_E_INVALID;
	}
	json_decref(arr);
	return rc;
}

/* Builds {"version","author","time","change"} (steals change) and writes it to
 * the history at v, then sets the current version to v. */
int pol_st_record_change(pol_store *st, MDB_txn *txn, uint64_t v, const char *author,
			 json_t *change, char *err, size_t errsz)
{
	char ts[40];
	uint8_t key[8];
	int rc;
	json_t *rec = json_object();
	if (!rec) {
		json_decref(change);
		return POL_STORE_E_NOMEM;
	}
	time_rfc3339_ms_now(ts, sizeof(ts));
	if (json_object_set_new(rec, "version", json_integer((json_int_t)v)) ||
	    json_object_set_new(rec, "author", json_string(author)) ||
	    json_object_set_new(rec, "time", json_string(ts)) ||
	    json_object_set_new(rec, "change", change)) {
		rc = POL_STORE_E_NOMEM;
		goto out;
	}
	be64_put(key, v);
	rc = pol_st_put_json(st, txn, st->history, key, 8, rec, MDB_NOOVERWRITE, err, errsz,
			     "history");
	if (rc)
		goto out;
	rc = pol_st_meta_put_u64(st, txn, KEY_VERSION, v, err, errsz);
out:
	json_decref(rec);
	return rc;
}

/* {"kind", "target", "before", "after"} with JSON null for a missing side. */
json_t *pol_st_change_new(const char *kind, const char *target, json_t *before, json_t *after)
{
	return json_pack("{s:s,s:s,s:O,s:O}", "kind", kind, "target", target, "before",
			 before ? before : json_null(), "after", after ? after : json_null());
}

int pol_st_check_author(const char *author, char *err, size_t errsz)
{
	return pol_st_check_text(author, POL_STORE_MAX_PRINCIPAL, "author", err, errsz);
}

int pol_st_check_role_name(pol_store *st, const char *name, char *err, size_t errsz)
{
	int rc = pol_st_check_text(name, POL_STORE_MAX_NAME, "role name", err, errsz);
	if (!rc)
		rc = pol_st_check_key_len(st, strlen(name), "role name", err, errsz);
	if (!rc && pol_st_reserved_role(name)) {
		errbuf_set(err, errsz,
			   "role %s is built in and cannot be stored, changed or deleted", name);
		rc = POL_STORE_E_RESERVED;
	}
	return rc;
}

int pol_st_check_principal(pol_store *st, const char *p, char *err, size_t errsz)
{
	int rc = pol_st_check_text(p, POL_STORE_MAX_PRINCIPAL, "principal", err, errsz);
	if (!rc)
		rc = pol_st_check_key_len(st, strlen(p), "principal", err, errsz);
	return rc;
}

/* New bindings and revocations follow the one principal grammar (policy.h):
 * "subject" values are principals, "jti" values ids. Reads and deletes stay
 * lenient so that a value stored by an older version can still be removed. */
int pol_st_check_grammar(const char *kind, const char *value, char *err, size_t errsz)
{
	const char *why = NULL;
	if (!strcmp(kind, "subject") && pol_principal_parse(value, strlen(value), NULL, &why)) {
		errbuf_set(err, errsz, "%s", why);
		return POL_STORE_E_ARG;
	}
	if (!strcmp(kind, "jti") && pol_id_check(value, strlen(value), &why)) {
		errbuf_set(err, errsz, "token id %s", why);
		return POL_STORE_E_ARG;
	}
	return 0;
}

/* Sets doc's "version" to v and checks the serialized size. */
int pol_st_stamp_role(json_t *doc, uint64_t v, const char *name, char *err, size_t errsz)
{
	char *s = NULL;
	size_t len = 0;
	if (json_object_set_new(doc, "version", json_integer((json_int_t)v)))
		return POL_STORE_E_NOMEM;
	int rc = pol_st_dump_json(doc, &s, &len);
	if (rc)
		return rc;
	free(s);
	if (len > POL_STORE_MAX_DOC) {
		errbuf_set(err, errsz, "role %s: document of %zu bytes exceeds %d", name, len,
			   POL_STORE_MAX_DOC);
		return POL_STORE_E_TOOBIG;
	}
	return 0;
}
