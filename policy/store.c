/* store: role documents, bindings, versioned history and revocations in one
 * LMDB environment. Every policy change is one write transaction that also
 * writes its history record and bumps the version, so a crash or a full map
 * leaves either all of a change or none of it. Layout: docs/STORE.md. */
#include "store.h"
#include "policy.h"

#include <assert.h>
#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define FORMAT_TAG "custos-policy-store-1"
#define KEY_VERSION "version"
#define KEY_EPOCH "revocation_epoch"
#define KEY_FORMAT "format"
#define KEYBUF 512 /* > mdb_env_get_maxkeysize() (511) */

struct pol_store {
	MDB_env *env;
	MDB_dbi roles, bindings, history, meta, revocations;
	size_t maxkey;
	size_t map_size;
	dev_t dev;
	ino_t ino;
	pol_store_validate_fn validate;
	void *validate_ctx;
	pol_store_change_fn on_change; /* under wmu */
	void *on_change_ctx;
	pthread_mutex_t wmu; /* serializes this module's writers and their notifications */
	atomic_uint_fast64_t rev_epoch;
	atomic_int fatal;
	struct pol_store *next_open;
};

/* Environments open in this process: LMDB forbids opening one twice. */
static pthread_mutex_t g_open_mu = PTHREAD_MUTEX_INITIALIZER;
static pol_store *g_open;

/* ---------- small helpers ---------- */

static void seterr(char *err, size_t errsz, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void seterr(char *err, size_t errsz, const char *fmt, ...)
{
	if (!err || errsz == 0)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err, errsz, fmt, ap);
	va_end(ap);
}

static void be64_put(uint8_t b[8], uint64_t v)
{
	for (int i = 7; i >= 0; i--) {
		b[i] = (uint8_t)(v & 0xff);
		v >>= 8;
	}
}

static uint64_t be64_get(const uint8_t b[8])
{
	uint64_t v = 0;
	for (int i = 0; i < 8; i++)
		v = (v << 8) | b[i];
	return v;
}

static void time_rfc3339(time_t t, char *out, size_t outsz)
{
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, outsz, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static void now_rfc3339_ms(char *out, size_t outsz)
{
	struct timespec ts;
	struct tm tm;
	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	size_t n = strftime(out, outsz, "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(out + n, outsz - n, ".%03dZ", (int)(ts.tv_nsec / 1000000));
}

/* Maps an LMDB result to a store error with a message. */
static int from_mdb(pol_store *st, int mrc, char *err, size_t errsz, const char *what)
{
	switch (mrc) {
	case MDB_SUCCESS:
		return 0;
	case MDB_NOTFOUND:
		seterr(err, errsz, "%s: not found", what);
		return POL_STORE_E_NOTFOUND;
	case MDB_MAP_FULL:
		seterr(err, errsz,
		       "%s: the policy store is full (map size %zu bytes); nothing was written: "
		       "raise the map size",
		       what, st->map_size);
		return POL_STORE_E_FULL;
	case MDB_TXN_FULL:
		seterr(err, errsz, "%s: change too large for one transaction", what);
		return POL_STORE_E_LIMIT;
	case MDB_BAD_VALSIZE:
		seterr(err, errsz, "%s: key too long", what);
		return POL_STORE_E_TOOLONG;
	case MDB_PANIC:
		atomic_store(&st->fatal, 1);
		seterr(err, errsz, "%s: LMDB panic: the store must be closed and reopened", what);
		return POL_STORE_E_FATAL;
	case MDB_CORRUPTED:
	case MDB_INVALID:
	case MDB_VERSION_MISMATCH:
	case MDB_PAGE_NOTFOUND:
		seterr(err, errsz, "%s: %s", what, mdb_strerror(mrc));
		return POL_STORE_E_CORRUPT;
	case ENOMEM:
		seterr(err, errsz, "%s: out of memory", what);
		return POL_STORE_E_NOMEM;
	default:
		seterr(err, errsz, "%s: %s", what, mdb_strerror(mrc));
		return POL_STORE_E_IO;
	}
}

/* Non-empty, at most max bytes, no control characters. */
static int check_text(const char *s, size_t max, const char *what, char *err, size_t errsz)
{
	if (!s || !*s) {
		seterr(err, errsz, "%s is empty", what);
		return POL_STORE_E_ARG;
	}
	size_t n = strnlen(s, max + 1);
	if (n > max) {
		seterr(err, errsz, "%s is longer than %zu bytes", what, max);
		return POL_STORE_E_TOOLONG;
	}
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == 0x7f) {
			seterr(err, errsz, "%s contains a control character", what);
			return POL_STORE_E_ARG;
		}
	}
	return 0;
}

static int check_key_len(pol_store *st, size_t len, const char *what, char *err, size_t errsz)
{
	if (len == 0 || len > st->maxkey) {
		seterr(err, errsz, "%s: key of %zu bytes (LMDB allows 1..%zu)", what, len, st->maxkey);
		return POL_STORE_E_TOOLONG;
	}
	return 0;
}

/* Serializes j compactly into a new string (free()). */
static int dump_json(const json_t *j, char **s, size_t *len)
{
	*s = json_dumps(j, JSON_COMPACT);
	if (!*s)
		return POL_STORE_E_NOMEM;
	*len = strlen(*s);
	return 0;
}

static int parse_json(const void *data, size_t len, json_t **out)
{
	json_error_t jerr;
	*out = json_loadb(data, len, 0, &jerr);
	return *out ? 0 : POL_STORE_E_CORRUPT;
}

/* Copies a database key into a NUL-terminated buffer of KEYBUF bytes. */
static int key_to_str(const MDB_val *k, char *buf)
{
	if (k->mv_size == 0 || k->mv_size >= KEYBUF)
		return POL_STORE_E_CORRUPT;
	memcpy(buf, k->mv_data, k->mv_size);
	buf[k->mv_size] = '\0';
	if (strlen(buf) != k->mv_size)
		return POL_STORE_E_CORRUPT;
	return 0;
}

static int meta_get_u64(pol_store *st, MDB_txn *txn, const char *key, uint64_t *v)
{
	MDB_val k = {strlen(key), (void *)key}, d;
	int mrc = mdb_get(txn, st->meta, &k, &d);
	if (mrc == MDB_NOTFOUND) {
		*v = 0;
		return 0;
	}
	if (mrc)
		return from_mdb(st, mrc, NULL, 0, "meta");
	if (d.mv_size != 8)
		return POL_STORE_E_CORRUPT;
	*v = be64_get(d.mv_data);
	return 0;
}

static int meta_put_u64(pol_store *st, MDB_txn *txn, const char *key, uint64_t v, char *err,
			size_t errsz)
{
	uint8_t b[8];
	be64_put(b, v);
	MDB_val k = {strlen(key), (void *)key}, d = {8, b};
	return from_mdb(st, mdb_put(txn, st->meta, &k, &d, 0), err, errsz, "meta");
}

/* Reads and parses one JSON value of dbi; E_NOTFOUND if absent. */
static int db_get_json(pol_store *st, MDB_txn *txn, MDB_dbi dbi, const void *key, size_t klen,
		       json_t **out)
{
	MDB_val k = {klen, (void *)key}, d;
	*out = NULL;
	int mrc = mdb_get(txn, dbi, &k, &d);
	if (mrc == MDB_NOTFOUND)
		return POL_STORE_E_NOTFOUND;
	if (mrc)
		return from_mdb(st, mrc, NULL, 0, "get");
	return parse_json(d.mv_data, d.mv_size, out);
}

static int db_put_json(pol_store *st, MDB_txn *txn, MDB_dbi dbi, const void *key, size_t klen,
		       const json_t *j, unsigned flags, char *err, size_t errsz, const char *what)
{
	char *s = NULL;
	size_t len = 0;
	int rc = dump_json(j, &s, &len);
	if (rc)
		return rc;
	MDB_val k = {klen, (void *)key}, d = {len, s};
	int mrc = mdb_put(txn, dbi, &k, &d, flags);
	free(s);
	if (mrc == MDB_KEYEXIST) {
		seterr(err, errsz, "%s: key exists", what);
		return POL_STORE_E_CORRUPT;
	}
	return from_mdb(st, mrc, err, errsz, what);
}

static int db_del(pol_store *st, MDB_txn *txn, MDB_dbi dbi, const void *key, size_t klen,
		  char *err, size_t errsz, const char *what)
{
	MDB_val k = {klen, (void *)key};
	return from_mdb(st, mdb_del(txn, dbi, &k, NULL), err, errsz, what);
}

static int db_count(pol_store *st, MDB_txn *txn, MDB_dbi dbi, size_t *n)
{
	MDB_stat ms;
	int mrc = mdb_stat(txn, dbi, &ms);
	if (mrc)
		return from_mdb(st, mrc, NULL, 0, "stat");
	*n = ms.ms_entries;
	return 0;
}

/* The stored role's "version" (a role written by this module always has one). */
static int role_version(const json_t *doc, uint64_t *v)
{
	json_t *jv = json_object_get(doc, "version");
	if (!json_is_integer(jv) || json_integer_value(jv) < 0)
		return POL_STORE_E_CORRUPT;
	*v = (uint64_t)json_integer_value(jv);
	return 0;
}

/* ---------- transactions ---------- */

static int rbegin(pol_store *st, MDB_txn **txn)
{
	if (atomic_load(&st->fatal))
		return POL_STORE_E_FATAL;
	return from_mdb(st, mdb_txn_begin(st->env, NULL, MDB_RDONLY, txn), NULL, 0, "read");
}

static int wbegin(pol_store *st, MDB_txn **txn, char *err, size_t errsz)
{
	if (atomic_load(&st->fatal)) {
		seterr(err, errsz, "the policy store hit a fatal LMDB error: reopen it");
		return POL_STORE_E_FATAL;
	}
	pthread_mutex_lock(&st->wmu);
	int mrc = mdb_txn_begin(st->env, NULL, 0, txn);
	if (mrc) {
		pthread_mutex_unlock(&st->wmu);
		return from_mdb(st, mrc, err, errsz, "begin");
	}
	return 0;
}

/* Commits when rc == 0 and aborts otherwise, then (on success, what != 0)
 * notifies in commit order, then releases the writer lock. */
static int wend(pol_store *st, MDB_txn *txn, int rc, int what, uint64_t counter, char *err,
		size_t errsz)
{
	if (rc == 0) {
		/* mdb_txn_commit frees the transaction even when it fails
		 * (MDB_MAP_FULL can come from here, not only from mdb_put). */
		int mrc = mdb_txn_commit(txn);
		if (mrc)
			rc = from_mdb(st, mrc, err, errsz, "commit");
	} else {
		mdb_txn_abort(txn);
	}
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
	int rc = 0;
	int mrc = mdb_txn_begin(st->env, NULL, 0, &txn);
	if (mrc)
		return from_mdb(st, mrc, err, errsz, "open");
	struct {
		const char *name;
		MDB_dbi *dbi;
	} dbs[] = {{"roles", &st->roles},
		   {"bindings", &st->bindings},
		   {"history", &st->history},
		   {"meta", &st->meta},
		   {"revocations", &st->revocations}};
	for (size_t i = 0; i < sizeof(dbs) / sizeof(dbs[0]); i++) {
		mrc = mdb_dbi_open(txn, dbs[i].name, MDB_CREATE, dbs[i].dbi);
		if (mrc) {
			rc = from_mdb(st, mrc, err, errsz, dbs[i].name);
			goto out;
		}
	}
	MDB_val k = {strlen(KEY_FORMAT), KEY_FORMAT}, d;
	mrc = mdb_get(txn, st->meta, &k, &d);
	if (mrc == MDB_NOTFOUND) {
		d.mv_size = strlen(FORMAT_TAG);
		d.mv_data = FORMAT_TAG;
		mrc = mdb_put(txn, st->meta, &k, &d, 0);
		rc = from_mdb(st, mrc, err, errsz, "meta");
		if (rc)
			goto out;
	} else if (mrc) {
		rc = from_mdb(st, mrc, err, errsz, "meta");
		goto out;
	} else if (d.mv_size != strlen(FORMAT_TAG) ||
		   memcmp(d.mv_data, FORMAT_TAG, d.mv_size) != 0) {
		seterr(err, errsz, "the environment holds another store format (want %s)",
		       FORMAT_TAG);
		rc = POL_STORE_E_CORRUPT;
		goto out;
	}
	uint64_t epoch = 0;
	rc = meta_get_u64(st, txn, KEY_EPOCH, &epoch);
	if (rc) {
		seterr(err, errsz, "meta: unreadable revocation epoch");
		goto out;
	}
	atomic_store(&st->rev_epoch, epoch);
out:
	if (rc) {
		mdb_txn_abort(txn);
		return rc;
	}
	mrc = mdb_txn_commit(txn);
	return from_mdb(st, mrc, err, errsz, "open");
}

int pol_store_open(const pol_store_opts *o, pol_store **out, char *err, size_t errsz)
{
	int rc = 0;
	bool registered = false;
	pol_store *st = NULL;
	struct stat sb;

	if (!o || !out || !o->dir || !*o->dir) {
		seterr(err, errsz, "no store directory");
		return POL_STORE_E_ARG;
	}
	*out = NULL;
	if (mkdir(o->dir, 0700) != 0 && errno != EEXIST) {
		seterr(err, errsz, "%s: %s", o->dir, strerror(errno));
		return POL_STORE_E_IO;
	}
	if (stat(o->dir, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
		seterr(err, errsz, "%s: not a directory", o->dir);
		return POL_STORE_E_IO;
	}
	st = calloc(1, sizeof(*st));
	if (!st)
		return POL_STORE_E_NOMEM;
	st->dev = sb.st_dev;
	st->ino = sb.st_ino;
	st->validate = o->validate;
	st->validate_ctx = o->validate_ctx;
	pthread_mutex_init(&st->wmu, NULL);
	atomic_init(&st->rev_epoch, 0);
	atomic_init(&st->fatal, 0);

	pthread_mutex_lock(&g_open_mu);
	for (pol_store *p = g_open; p; p = p->next_open) {
		if (p->dev == st->dev && p->ino == st->ino) {
			pthread_mutex_unlock(&g_open_mu);
			seterr(err, errsz, "%s: already open in this process", o->dir);
			rc = POL_STORE_E_CONFLICT;
			goto out;
		}
	}
	st->next_open = g_open;
	g_open = st;
	registered = true;
	pthread_mutex_unlock(&g_open_mu);

	size_t map = o->map_size ? o->map_size : POL_STORE_DEFAULT_MAP_SIZE;
	unsigned readers = o->max_readers < POL_STORE_MIN_READERS ? POL_STORE_MIN_READERS
								   : o->max_readers;
	int mrc = mdb_env_create(&st->env);
	if (mrc) {
		rc = from_mdb(st, mrc, err, errsz, "mdb_env_create");
		goto out;
	}
	mrc = mdb_env_set_maxdbs(st->env, POL_STORE_MAX_DBS);
	if (!mrc)
		mrc = mdb_env_set_maxreaders(st->env, readers);
	if (!mrc)
		mrc = mdb_env_set_mapsize(st->env, map);
	if (mrc) {
		rc = from_mdb(st, mrc, err, errsz, "mdb_env_set");
		goto out;
	}
	/* MDB_NOTLS: read transactions are not tied to threads, so a thread may
	 * hold one of ours and one of the vault's at once. Durability stays the
	 * default (synchronous). */
	mrc = mdb_env_open(st->env, o->dir, MDB_NOTLS, 0600);
	if (mrc) {
		rc = from_mdb(st, mrc, err, errsz, o->dir);
		goto out;
	}
	int dead = 0;
	mrc = mdb_reader_check(st->env, &dead);
	if (mrc) {
		rc = from_mdb(st, mrc, err, errsz, "mdb_reader_check");
		goto out;
	}
	MDB_envinfo info;
	mdb_env_info(st->env, &info);
	st->map_size = info.me_mapsize;
	int mk = mdb_env_get_maxkeysize(st->env);
	assert(mk >= (int)(8 + POL_STORE_MAX_REVOKE_VALUE) && mk < KEYBUF);
	st->maxkey = (size_t)mk;
	rc = open_dbis(st, err, errsz);
out:
	if (rc) {
		if (st->env)
			mdb_env_close(st->env);
		st->env = NULL;
		if (registered) {
			pthread_mutex_lock(&g_open_mu);
			for (pol_store **pp = &g_open; *pp; pp = &(*pp)->next_open) {
				if (*pp == st) {
					*pp = st->next_open;
					break;
				}
			}
			pthread_mutex_unlock(&g_open_mu);
		}
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
	pthread_mutex_lock(&g_open_mu);
	for (pol_store **pp = &g_open; *pp; pp = &(*pp)->next_open) {
		if (*pp == st) {
			*pp = st->next_open;
			break;
		}
	}
	pthread_mutex_unlock(&g_open_mu);
	mdb_env_close(st->env);
	pthread_mutex_destroy(&st->wmu);
	free(st);
}

MDB_env *pol_store_env(pol_store *st)
{
	return st ? st->env : NULL;
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

/* ---------- role set helpers ---------- */

/* The built-in admin is never a stored document: a policy writer could
 * otherwise replace it and lock out the bootstrap admins. A document of that
 * name left by an older version is ignored by every read (load, list, get,
 * validation, rollback) and can be neither written nor deleted. */
static int reserved_role(const char *name)
{
	return strcmp(name, POL_ADMIN_ROLE) == 0;
}

/* All role documents as an object name -> doc (new, caller owns). */
static int load_roles_obj(pol_store *st, MDB_txn *txn, json_t **out)
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
		rc = from_mdb(st, mrc, NULL, 0, "roles");
		goto out;
	}
	for (mrc = mdb_cursor_get(cur, &k, &d, MDB_FIRST); mrc == 0;
	     mrc = mdb_cursor_get(cur, &k, &d, MDB_NEXT)) {
		json_t *doc = NULL;
		rc = key_to_str(&k, name);
		if (rc)
			goto out;
		if (reserved_role(name))
			continue;
		rc = parse_json(d.mv_data, d.mv_size, &doc);
		if (rc)
			goto out;
		if (json_object_set_new(obj, name, doc)) {
			rc = POL_STORE_E_NOMEM;
			goto out;
		}
	}
	if (mrc != MDB_NOTFOUND)
		rc = from_mdb(st, mrc, NULL, 0, "roles");
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
static int validate_roles(pol_store *st, const json_t *roles, char *err, size_t errsz)
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
	json_object_foreach((json_t *)roles, name, doc) {
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
static int record_change(pol_store *st, MDB_txn *txn, uint64_t v, const char *author,
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
	now_rfc3339_ms(ts, sizeof(ts));
	if (json_object_set_new(rec, "version", json_integer((json_int_t)v)) ||
	    json_object_set_new(rec, "author", json_string(author)) ||
	    json_object_set_new(rec, "time", json_string(ts)) ||
	    json_object_set_new(rec, "change", change)) {
		rc = POL_STORE_E_NOMEM;
		goto out;
	}
	be64_put(key, v);
	rc = db_put_json(st, txn, st->history, key, 8, rec, MDB_NOOVERWRITE, err, errsz,
			 "history");
	if (rc)
		goto out;
	rc = meta_put_u64(st, txn, KEY_VERSION, v, err, errsz);
out:
	json_decref(rec);
	return rc;
}

/* {"kind", "target", "before", "after"} with JSON null for a missing side. */
static json_t *change_new(const char *kind, const char *target, json_t *before, json_t *after)
{
	return json_pack("{s:s,s:s,s:O,s:O}", "kind", kind, "target", target, "before",
			 before ? before : json_null(), "after", after ? after : json_null());
}

static int check_author(const char *author, char *err, size_t errsz)
{
	return check_text(author, POL_STORE_MAX_PRINCIPAL, "author", err, errsz);
}

static int check_role_name(pol_store *st, const char *name, char *err, size_t errsz)
{
	int rc = check_text(name, POL_STORE_MAX_NAME, "role name", err, errsz);
	if (!rc)
		rc = check_key_len(st, strlen(name), "role name", err, errsz);
	if (!rc && reserved_role(name)) {
		seterr(err, errsz, "role %s is built in and cannot be stored, changed or deleted",
		       name);
		rc = POL_STORE_E_RESERVED;
	}
	return rc;
}

static int check_principal(pol_store *st, const char *p, char *err, size_t errsz)
{
	int rc = check_text(p, POL_STORE_MAX_PRINCIPAL, "principal", err, errsz);
	if (!rc)
		rc = check_key_len(st, strlen(p), "principal", err, errsz);
	return rc;
}

/* New bindings and revocations follow the one principal grammar (policy.h):
 * "subject" values are principals, "jti" values ids. Reads and deletes stay
 * lenient so that a value stored by an older version can still be removed. */
static int check_grammar(const char *kind, const char *value, char *err, size_t errsz)
{
	const char *why = NULL;
	if (!strcmp(kind, "subject") && pol_principal_parse(value, strlen(value), NULL, &why)) {
		seterr(err, errsz, "%s", why);
		return POL_STORE_E_ARG;
	}
	if (!strcmp(kind, "jti") && pol_id_check(value, strlen(value), &why)) {
		seterr(err, errsz, "token id %s", why);
		return POL_STORE_E_ARG;
	}
	return 0;
}

/* Sets doc's "version" to v and checks the serialized size. */
static int stamp_role(json_t *doc, uint64_t v, const char *name, char *err, size_t errsz)
{
	char *s = NULL;
	size_t len = 0;
	if (json_object_set_new(doc, "version", json_integer((json_int_t)v)))
		return POL_STORE_E_NOMEM;
	int rc = dump_json(doc, &s, &len);
	if (rc)
		return rc;
	free(s);
	if (len > POL_STORE_MAX_DOC) {
		seterr(err, errsz, "role %s: document of %zu bytes exceeds %d", name, len,
		       POL_STORE_MAX_DOC);
		return POL_STORE_E_TOOBIG;
	}
	return 0;
}

/* ---------- policy changes ---------- */

int pol_store_put_role(pol_store *st, const char *author, const char *name, const json_t *doc,
		       int64_t if_match, uint64_t *new_version, char *err, size_t errsz)
{
	MDB_txn *txn = NULL;
	json_t *copy = NULL, *before = NULL, *roles = NULL;
	uint64_t cur = 0, v = 0;
	int rc = check_author(author, err, errsz);
	if (!rc)
		rc = check_role_name(st, name, err, errsz);
	if (rc)
		return rc;
	if (!json_is_object(doc)) {
		seterr(err, errsz, "role document must be a JSON object");
		return POL_STORE_E_ARG;
	}
	json_t *jn = json_object_get(doc, "name");
	if (jn && (!json_is_string(jn) || strcmp(json_string_value(jn), name) != 0)) {
		seterr(err, errsz, "\"name\" of the document differs from the role name %s", name);
		return POL_STORE_E_ARG;
	}
	if (if_match < POL_STORE_ANY) {
		seterr(err, errsz, "bad If-Match version");
		return POL_STORE_E_ARG;
	}
	copy = json_deep_copy(doc);
	if (!copy || json_object_set_new(copy, "name", json_string(name))) {
		json_decref(copy);
		return POL_STORE_E_NOMEM;
	}
	/* Early size check (the stored "version" adds at most 20 bytes more). */
	rc = stamp_role(copy, 0, name, err, errsz);
	if (rc) {
		json_decref(copy);
		return rc;
	}

	rc = wbegin(st, &txn, err, errsz);
	if (rc) {
		json_decref(copy);
		return rc;
	}
	rc = meta_get_u64(st, txn, KEY_VERSION, &cur);
	if (rc)
		goto out;
	v = cur + 1;
	rc = db_get_json(st, txn, st->roles, name, strlen(name), &before);
	if (rc == POL_STORE_E_NOTFOUND)
		rc = 0;
	if (rc)
		goto out;
	uint64_t role_v = 0;
	if (before) {
		rc = role_version(before, &role_v);
		if (rc)
			goto out;
	}
	if (if_match >= 0 && (uint64_t)if_match != role_v) {
		seterr(err, errsz, "role %s is at version %" PRIu64 ", If-Match was %" PRId64, name,
		       role_v, if_match);
		rc = POL_STORE_E_PRECONDITION;
		goto out;
	}
	if (!before) {
		size_t n = 0;
		rc = db_count(st, txn, st->roles, &n);
		if (rc)
			goto out;
		if (n >= POL_STORE_MAX_ROLES) {
			seterr(err, errsz, "too many roles (at most %d)", POL_STORE_MAX_ROLES);
			rc = POL_STORE_E_LIMIT;
			goto out;
		}
	}
	rc = stamp_role(copy, v, name, err, errsz);
	if (rc)
		goto out;
	if (st->validate) {
		rc = load_roles_obj(st, txn, &roles);
		if (rc)
			goto out;
		if (json_object_set(roles, name, copy)) {
			rc = POL_STORE_E_NOMEM;
			goto out;
		}
		rc = validate_roles(st, roles, err, errsz);
		if (rc)
			goto out;
	}
	rc = db_put_json(st, txn, st->roles, name, strlen(name), copy, 0, err, errsz, "roles");
	if (rc)
		goto out;
	json_t *change = change_new("role.put", name, before, copy);
	if (!change) {
		rc = POL_STORE_E_NOMEM;
		goto out;
	}
	rc = record_change(st, txn, v, author, change, err, errsz);
out:
	rc = wend(st, txn, rc, POL_STORE_CHANGE_POLICY, v, err, errsz);
	if (rc == 0 && new_version)
		*new_version = v;
	json_decref(copy);
	json_decref(before);
	json_decref(roles);
	return rc;
}

int pol_store_delete_role(pol_store *st, const char *author, const char *name, int64_t if_match,
			  uint64_t *new_version, char *err, size_t errsz)
{
	MDB_txn *txn = NULL;
	json_t *before = NULL, *roles = NULL;
	uint64_t cur = 0, v = 0, role_v = 0;
	int rc = check_author(author, err, errsz);
	if (!rc)
		rc = check_role_name(st, name, err, errsz);
	if (rc)
		return rc;
	if (if_match < POL_STORE_ANY) {
		seterr(err, errsz, "bad If-Match version");
		return POL_STORE_E_ARG;
	}
	rc = wbegin(st, &txn, err, errsz);
	if (rc)
		return rc;
	rc = meta_get_u64(st, txn, KEY_VERSION, &cur);
	if (rc)
		goto out;
	v = cur + 1;
	rc = db_get_json(st, txn, st->roles, name, strlen(name), &before);
	if (rc == POL_STORE_E_NOTFOUND)
		seterr(err, errsz, "no role %s", name);
	if (rc)
		goto out;
	rc = role_version(before, &role_v);
	if (rc)
		goto out;
	if (if_match >= 0 && (uint64_t)if_match != role_v) {
		seterr(err, errsz, "role %s is at version %" PRIu64 ", If-Match was %" PRId64, name,
		       role_v, if_match);
		rc = POL_STORE_E_PRECONDITION;
		goto out;
	}
	if (st->validate) {
		rc = load_roles_obj(st, txn, &roles);
		if (rc)
			goto out;
		json_object_del(roles, name);
		rc = validate_roles(st, roles, err, errsz);
		if (rc)
			goto out;
	}
	rc = db_del(st, txn, st->roles, name, strlen(name), err, errsz, "roles");
	if (rc)
		goto out;
	json_t *change = change_new("role.delete", name, before, NULL);
	if (!change) {
		rc = POL_STORE_E_NOMEM;
		goto out;
	}
	rc = record_change(st, txn, v, author, change, err, errsz);
out:
	rc = wend(st, txn, rc, POL_STORE_CHANGE_POLICY, v, err, errsz);
	if (rc == 0 && new_version)
		*new_version = v;
	json_decref(before);
	json_decref(roles);
	return rc;
}

/* Checks a binding body and returns the normalized {"roles": [...]}. */
static int normalize_binding(const char *principal, const json_t *in, json_t **out, char *err,
			     size_t errsz)
{
	const char *key;
	json_t *val, *roles = NULL;
	if (!json_is_object(in)) {
		seterr(err, errsz, "binding must be a JSON object {\"roles\": [...]}");
		return POL_STORE_E_ARG;
	}
	json_object_foreach((json_t *)in, key, val) {
		if (strcmp(key, "roles") == 0) {
			roles = val;
		} else if (strcmp(key, "principal") == 0) {
			if (!json_is_string(val) || strcmp(json_string_value(val), principal) != 0) {
				seterr(err, errsz, "binding: \"principal\" differs from %s",
				       principal);
				return POL_STORE_E_ARG;
			}
		} else {
			seterr(err, errsz, "binding: unknown member \"%.64s\"", key);
			return POL_STORE_E_ARG;
		}
	}
	if (!json_is_array(roles)) {
		seterr(err, errsz, "binding: \"roles\" must be an array of role names");
		return POL_STORE_E_ARG;
	}
	size_t n = json_array_size(roles);
	if (n > POL_STORE_MAX_BINDING_ROLES) {
		seterr(err, errsz, "binding: more than %d roles", POL_STORE_MAX_BINDING_ROLES);
		return POL_STORE_E_LIMIT;
	}
	for (size_t i = 0; i < n; i++) {
		json_t *r = json_array_get(roles, i);
		if (!json_is_string(r)) {
			seterr(err, errsz, "binding: roles[%zu] is not a string", i);
			return POL_STORE_E_ARG;
		}
		int rc = check_text(json_string_value(r), POL_STORE_MAX_NAME, "binding role name",
				    err, errsz);
		if (rc)
			return rc;
		for (size_t j = 0; j < i; j++) {
			if (strcmp(json_string_value(json_array_get(roles, j)),
				   json_string_value(r)) == 0) {
				seterr(err, errsz, "binding: role %s listed twice",
				       json_string_value(r));
				return POL_STORE_E_ARG;
			}
		}
	}
	*out = json_pack("{s:O}", "roles", roles);
	return *out ? 0 : POL_STORE_E_NOMEM;
}

int pol_store_put_binding(pol_store *st, const char *author, const char *principal,
			  const json_t *binding, uint64_t *new_version, char *err, size_t errsz)
{
	MDB_txn *txn = NULL;
	json_t *norm = NULL, *before = NULL;
	uint64_t cur = 0, v = 0;
	int rc = check_author(author, err, errsz);
	if (!rc)
		rc = check_principal(st, principal, err, errsz);
	if (!rc)
		rc = check_grammar("subject", principal, err, errsz);
	if (!rc)
		rc = normalize_binding(principal, binding, &norm, err, errsz);
	if (rc)
		return rc;
	rc = wbegin(st, &txn, err, errsz);
	if (rc) {
		json_decref(norm);
		return rc;
	}
	rc = meta_get_u64(st, txn, KEY_VERSION, &cur);
	if (rc)
		goto out;
	v = cur + 1;
	rc = db_get_json(st, txn, st->bindings, principal, strlen(principal), &before);
	if (rc == POL_STORE_E_NOTFOUND) {
		size_t n = 0;
		rc = db_count(st, txn, st->bindings, &n);
		if (!rc && n >= POL_STORE_MAX_BINDINGS) {
			seterr(err, errsz, "too many bindings (at most %d)", POL_STORE_MAX_BINDINGS);
			rc = POL_STORE_E_LIMIT;
		}
	}
	if (rc)
		goto out;
	rc = db_put_json(st, txn, st->bindings, principal, strlen(principal), norm, 0, err, errsz,
			 "bindings");
	if (rc)
		goto out;
	json_t *change = change_new("binding.put", principal, before, norm);
	if (!change) {
		rc = POL_STORE_E_NOMEM;
		goto out;
	}
	rc = record_change(st, txn, v, author, change, err, errsz);
out:
	rc = wend(st, txn, rc, POL_STORE_CHANGE_POLICY, v, err, errsz);
	if (rc == 0 && new_version)
		*new_version = v;
	json_decref(norm);
	json_decref(before);
	return rc;
}

int pol_store_delete_binding(pol_store *st, const char *author, const char *principal,
			     uint64_t *new_version, char *err, size_t errsz)
{
	MDB_txn *txn = NULL;
	json_t *before = NULL;
	uint64_t cur = 0, v = 0;
	int rc = check_author(author, err, errsz);
	if (!rc)
		rc = check_principal(st, principal, err, errsz);
	if (rc)
		return rc;
	rc = wbegin(st, &txn, err, errsz);
	if (rc)
		return rc;
	rc = meta_get_u64(st, txn, KEY_VERSION, &cur);
	if (rc)
		goto out;
	v = cur + 1;
	rc = db_get_json(st, txn, st->bindings, principal, strlen(principal), &before);
	if (rc == POL_STORE_E_NOTFOUND)
		seterr(err, errsz, "no binding for %s", principal);
	if (rc)
		goto out;
	rc = db_del(st, txn, st->bindings, principal, strlen(principal), err, errsz, "bindings");
	if (rc)
		goto out;
	json_t *change = change_new("binding.delete", principal, before, NULL);
	if (!change) {
		rc = POL_STORE_E_NOMEM;
		goto out;
	}
	rc = record_change(st, txn, v, author, change, err, errsz);
out:
	rc = wend(st, txn, rc, POL_STORE_CHANGE_POLICY, v, err, errsz);
	if (rc == 0 && new_version)
		*new_version = v;
	json_decref(before);
	return rc;
}

/* Notes the "before" of one recorded change in targets, keyed by object:
 * walking the history newest to oldest, the last note per object is its
 * state just after the rollback's target version. */
static int undo_note(json_t *targets, const json_t *c)
{
	const char *kind = json_string_value(json_object_get(c, "kind"));
	const char *target = json_string_value(json_object_get(c, "target"));
	json_t *before = json_object_get(c, "before");
	const char *type;
	char key[KEYBUF + 16];
	if (!kind || !target)
		return POL_STORE_E_CORRUPT;
	if (strncmp(kind, "role.", 5) == 0)
		type = "role";
	else if (strncmp(kind, "binding.", 8) == 0)
		type = "binding";
	else
		return POL_STORE_E_CORRUPT;
	if (before && !json_is_null(before) && !json_is_object(before))
		return POL_STORE_E_CORRUPT;
	snprintf(key, sizeof(key), "%s:%s", type, target);
	json_t *note = json_pack("{s:s,s:s,s:O}", "type", type, "target", target, "state",
				 before ? before : json_null());
	if (!note || json_object_set_new(targets, key, note))
		return POL_STORE_E_NOMEM;
	return 0;
}

/* Equal apart from the "version" the store stamps on roles. */
static bool same_doc(const json_t *a, const json_t *b)
{
	if (!a || !b)
		return !a && !b;
	json_t *ca = json_copy((json_t *)a), *cb = json_copy((json_t *)b);
	bool same = false;
	if (ca && cb) {
		json_object_del(ca, "version");
		json_object_del(cb, "version");
		same = json_equal(ca, cb);
	}
	json_decref(ca);
	json_decref(cb);
	return same;
}

/* Restores one role to state (NULL = absent) in the store and in roles. */
static int restore_role(pol_store *st, MDB_txn *txn, json_t *roles, const char *name,
			json_t *state, uint64_t v, json_t *changes, char *err, size_t errsz)
{
	json_t *cur = json_incref(json_object_get(roles, name));
	json_t *after = NULL;
	int rc = 0;
	if (same_doc(cur, state))
		goto out;
	if (state) {
		after = json_deep_copy(state);
		if (!after) {
			rc = POL_STORE_E_NOMEM;
			goto out;
		}
		rc = stamp_role(after, v, name, err, errsz);
		if (!rc)
			rc = db_put_json(st, txn, st->roles, name, strlen(name), after, 0, err, errsz,
					 "roles");
		if (!rc && json_object_set(roles, name, after))
			rc = POL_STORE_E_NOMEM;
	} else {
		rc = db_del(st, txn, st->roles, name, strlen(name), err, errsz, "roles");
		json_object_del(roles, name);
	}
	if (rc)
		goto out;
	if (json_array_append_new(changes, change_new(state ? "role.put" : "role.delete", name,
						      cur, after)))
		rc = POL_STORE_E_NOMEM;
out:
	json_decref(cur);
	json_decref(after);
	return rc;
}

static int restore_binding(pol_store *st, MDB_txn *txn, const char *principal, json_t *state,
			   json_t *changes, char *err, size_t errsz)
{
	json_t *cur = NULL;
	int rc = db_get_json(st, txn, st->bindings, principal, strlen(principal), &cur);
	if (rc == POL_STORE_E_NOTFOUND)
		rc = 0;
	if (rc)
		return rc;
	if ((!cur && !state) || (cur && state && json_equal(cur, state)))
		goto out;
	if (state)
		rc = db_put_json(st, txn, st->bindings, principal, strlen(principal), state, 0, err,
				 errsz, "bindings");
	else
		rc = db_del(st, txn, st->bindings, principal, strlen(principal), err, errsz,
			    "bindings");
	if (rc)
		goto out;
	if (json_array_append_new(changes, change_new(state ? "binding.put" : "binding.delete",
						      principal, cur, state)))
		rc = POL_STORE_E_NOMEM;
out:
	json_decref(cur);
	return rc;
}

int pol_store_rollback(pol_store *st, const char *author, int64_t to, uint64_t *new_version,
		       char *err, size_t errsz)
{
	MDB_txn *txn = NULL;
	json_t *targets = NULL, *roles = NULL, *changes = NULL, *rec = NULL;
	uint64_t cur = 0, v = 0;
	int rc = check_author(author, err, errsz);
	if (rc)
		return rc;
	if (to < 0) {
		seterr(err, errsz, "rollback target must be a version >= 0");
		return POL_STORE_E_ARG;
	}
	targets = json_object();
	changes = json_array();
	if (!targets || !changes) {
		rc = POL_STORE_E_NOMEM;
		goto done;
	}
	rc = wbegin(st, &txn, err, errsz);
	if (rc)
		goto done;
	rc = meta_get_u64(st, txn, KEY_VERSION, &cur);
	if (rc)
		goto out;
	if ((uint64_t)to > cur) {
		seterr(err, errsz, "version %" PRId64 " does not exist (current %" PRIu64 ")", to,
		       cur);
		rc = POL_STORE_E_NOTFOUND;
		goto out;
	}
	v = cur + 1;
	for (uint64_t ver = cur; ver > (uint64_t)to; ver--) {
		uint8_t key[8];
		be64_put(key, ver);
		json_decref(rec);
		rec = NULL;
		rc = db_get_json(st, txn, st->history, key, 8, &rec);
		json_t *change = json_object_get(rec, "change");
		const char *kind = json_string_value(json_object_get(change, "kind"));
		if (!rc && !kind)
			rc = POL_STORE_E_CORRUPT;
		if (rc) {
			seterr(err, errsz, "history record %" PRIu64 " is missing or unreadable",
			       ver);
			rc = rc == POL_STORE_E_NOTFOUND ? POL_STORE_E_CORRUPT : rc;
			goto out;
		}
		if (strcmp(kind, "rollback") == 0) {
			json_t *list = json_object_get(change, "changes");
			size_t i;
			json_t *c;
			if (!json_is_array(list))
				rc = POL_STORE_E_CORRUPT;
			json_array_foreach(list, i, c) {
				if (!rc)
					rc = undo_note(targets, c);
			}
		} else {
			rc = undo_note(targets, change);
		}
		if (rc) {
			seterr(err, errsz, "history record %" PRIu64 " is unreadable", ver);
			goto out;
		}
	}
	rc = load_roles_obj(st, txn, &roles);
	if (rc)
		goto out;
	const char *k;
	json_t *note;
	json_object_foreach(targets, k, note) {
		const char *type = json_string_value(json_object_get(note, "type"));
		const char *target = json_string_value(json_object_get(note, "target"));
		json_t *state = json_object_get(note, "state");
		if (json_is_null(state))
			state = NULL;
		if (strcmp(type, "role") == 0 && reserved_role(target))
			continue; /* an older version's admin document: never restored */
		if (strcmp(type, "role") == 0)
			rc = restore_role(st, txn, roles, target, state, v, changes, err, errsz);
		else
			rc = restore_binding(st, txn, target, state, changes, err, errsz);
		if (rc)
			goto out;
	}
	if (json_object_size(roles) > POL_STORE_MAX_ROLES) {
		seterr(err, errsz, "too many roles (at most %d)", POL_STORE_MAX_ROLES);
		rc = POL_STORE_E_LIMIT;
		goto out;
	}
	rc = validate_roles(st, roles, err, errsz);
	if (rc)
		goto out;
	json_t *change = json_pack("{s:s,s:I,s:O}", "kind", "rollback", "to", (json_int_t)to,
				   "changes", changes);
	if (!change) {
		rc = POL_STORE_E_NOMEM;
		goto out;
	}
	rc = record_change(st, txn, v, author, change, err, errsz);
out:
	rc = wend(st, txn, rc, POL_STORE_CHANGE_POLICY, v, err, errsz);
	if (rc == 0 && new_version)
		*new_version = v;
done:
	json_decref(rec);
	json_decref(targets);
	json_decref(roles);
	json_decref(changes);
	return rc;
}

/* ---------- reads ---------- */

int pol_store_version(pol_store *st, uint64_t *version)
{
	MDB_txn *txn = NULL;
	int rc = rbegin(st, &txn);
	if (rc)
		return rc;
	rc = meta_get_u64(st, txn, KEY_VERSION, version);
	mdb_txn_abort(txn);
	return rc;
}

int pol_store_load(pol_store *st, json_t **docs, json_t **bindings, uint64_t *version)
{
	MDB_txn *txn = NULL;
	MDB_cursor *cur = NULL;
	json_t *roles = NULL, *arr = NULL, *bobj = NULL;
	uint64_t v = 0;
	int mrc;
	int rc = rbegin(st, &txn);
	if (rc)
		return rc;
	rc = meta_get_u64(st, txn, KEY_VERSION, &v);
	if (!rc)
		rc = load_roles_obj(st, txn, &roles);
	if (rc)
		goto out;
	arr = json_array();
	bobj = json_object();
	if (!arr || !bobj) {
		rc = POL_STORE_E_NOMEM;
		goto out;
	}
	const char *name;
	json_t *doc;
	json_object_foreach(roles, name, doc) {
		if (json_array_append(arr, doc)) {
			rc = POL_STORE_E_NOMEM;
			goto out;
		}
	}
	mrc = mdb_cursor_open(txn, st->bindings, &cur);
	if (mrc) {
		rc = from_mdb(st, mrc, NULL, 0, "bindings");
		goto out;
	}
	MDB_val k, d;
	char principal[KEYBUF];
	for (mrc = mdb_cursor_get(cur, &k, &d, MDB_FIRST); mrc == 0;
	     mrc = mdb_cursor_get(cur, &k, &d, MDB_NEXT)) {
		json_t *b = NULL;
		rc = key_to_str(&k, principal);
		if (!rc)
			rc = parse_json(d.mv_data, d.mv_size, &b);
		if (rc)
			goto out;
		if (json_object_set_new(bobj, principal, b)) {
			rc = POL_STORE_E_NOMEM;
			goto out;
		}
	}
	if (mrc != MDB_NOTFOUND)
		rc = from_mdb(st, mrc, NULL, 0, "bindings");
out:
	mdb_cursor_close(cur);
	mdb_txn_abort(txn);
	json_decref(roles);
	if (rc) {
		json_decref(arr);
		json_decref(bobj);
		return rc;
	}
	*docs = arr;
	*bindings = bobj;
	if (version)
		*version = v;
	return 0;
}

int pol_store_get_role(pol_store *st, const char *name, json_t **doc)
{
	MDB_txn *txn = NULL;
	int rc = check_role_name(st, name, NULL, 0);
	if (rc)
		return rc;
	rc = rbegin(st, &txn);
	if (rc)
		return rc;
	rc = db_get_json(st, txn, st->roles, name, strlen(name), doc);
	mdb_txn_abort(txn);
	return rc;
}

int pol_store_list_roles(pol_store *st, json_t **list)
{
	MDB_txn *txn = NULL;
	json_t *roles = NULL, *arr = NULL;
	int rc = rbegin(st, &txn);
	if (rc)
		return rc;
	rc = load_roles_obj(st, txn, &roles);
	mdb_txn_abort(txn);
	if (rc)
		return rc;
	arr = json_array();
	if (!arr) {
		rc = POL_STORE_E_NOMEM;
		goto out;
	}
	const char *name;
	json_t *doc;
	json_object_foreach(roles, name, doc) {
		json_t *e = json_pack("{s:s,s:O}", "name", name, "version",
				      json_object_get(doc, "version"));
		json_t *desc = json_object_get(doc, "description");
		if (e && json_is_string(desc))
			json_object_set(e, "description", desc);
		if (!e || json_array_append_new(arr, e)) {
			rc = POL_STORE_E_NOMEM;
			goto out;
		}
	}
out:
	json_decref(roles);
	if (rc) {
		json_decref(arr);
		return rc;
	}
	*list = arr;
	return 0;
}

int pol_store_get_binding(pol_store *st, const char *principal, json_t **binding)
{
	MDB_txn *txn = NULL;
	int rc = check_principal(st, principal, NULL, 0);
	if (rc)
		return rc;
	rc = rbegin(st, &txn);
	if (rc)
		return rc;
	rc = db_get_json(st, txn, st->bindings, principal, strlen(principal), binding);
	mdb_txn_abort(txn);
	return rc;
}

static void strip_docs(json_t *change)
{
	json_object_del(change, "before");
	json_object_del(change, "after");
	size_t i;
	json_t *c;
	json_array_foreach(json_object_get(change, "changes"), i, c) {
		json_object_del(c, "before");
		json_object_del(c, "after");
	}
}

static int get_record(pol_store *st, MDB_txn *txn, uint64_t ver, json_t **rec)
{
	uint8_t key[8];
	be64_put(key, ver);
	int rc = db_get_json(st, txn, st->history, key, 8, rec);
	return rc == POL_STORE_E_NOTFOUND ? POL_STORE_E_CORRUPT : rc;
}

int pol_store_list_versions(pol_store *st, const pol_store_page *page, json_t **records,
			    uint64_t *next)
{
	MDB_txn *txn = NULL;
	uint64_t cur = 0, ver = 0, nxt = 0;
	pol_store_page p = page ? *page : (pol_store_page){0};
	size_t limit = p.limit ? p.limit : POL_STORE_DEFAULT_LIST;
	if (limit > POL_STORE_MAX_LIST)
		limit = POL_STORE_MAX_LIST;
	json_t *arr = json_array();
	if (!arr)
		return POL_STORE_E_NOMEM;
	int rc = rbegin(st, &txn);
	if (rc) {
		json_decref(arr);
		return rc;
	}
	rc = meta_get_u64(st, txn, KEY_VERSION, &cur);
	if (rc)
		goto out;
	if (p.newest_first)
		ver = (p.from == 0 || p.from > cur) ? cur : p.from;
	else
		ver = p.from == 0 ? 1 : p.from;
	while (ver >= 1 && ver <= cur) {
		if (json_array_size(arr) >= limit) {
			nxt = ver;
			break;
		}
		json_t *rec = NULL;
		rc = get_record(st, txn, ver, &rec);
		if (rc)
			goto out;
		if (p.summary)
			strip_docs(json_object_get(rec, "change"));
		if (json_array_append_new(arr, rec)) {
			rc = POL_STORE_E_NOMEM;
			goto out;
		}
		ver = p.newest_first ? ver - 1 : ver + 1;
	}
out:
	mdb_txn_abort(txn);
	if (rc) {
		json_decref(arr);
		return rc;
	}
	*records = arr;
	if (next)
		*next = nxt;
	return 0;
}

int pol_store_get_version(pol_store *st, uint64_t version, json_t **record)
{
	MDB_txn *txn = NULL;
	uint64_t cur = 0;
	int rc = rbegin(st, &txn);
	if (rc)
		return rc;
	rc = meta_get_u64(st, txn, KEY_VERSION, &cur);
	if (!rc && (version == 0 || version > cur))
		rc = POL_STORE_E_NOTFOUND;
	if (!rc)
		rc = get_record(st, txn, version, record);
	mdb_txn_abort(txn);
	return rc;
}

/* ---------- revocations ---------- */

#define REVKEY_MAX (8 + POL_STORE_MAX_REVOKE_VALUE + 1)

/* "kind\0value" into key (REVKEY_MAX bytes). A cert value is 64 hex digits,
 * stored lowercase. Returns E_ARG for an unknown kind or bad value. */
static int rev_key(const char *kind, const char *value, char *key, size_t *klen, char *err,
		   size_t errsz)
{
	if (!kind || (strcmp(kind, "subject") != 0 && strcmp(kind, "jti") != 0 &&
		      strcmp(kind, "cert") != 0)) {
		seterr(err, errsz, "revocation kind must be subject, jti or cert");
		return POL_STORE_E_ARG;
	}
	int rc = check_text(value, POL_STORE_MAX_REVOKE_VALUE, "revocation value", err, errsz);
	if (rc)
		return rc;
	size_t kl = strlen(kind), vl = strlen(value);
	memcpy(key, kind, kl + 1);
	memcpy(key + kl + 1, value, vl);
	if (strcmp(kind, "cert") == 0) {
		if (vl != 64) {
			seterr(err, errsz, "cert revocation value must be 64 hex digits (SHA-256)");
			return POL_STORE_E_ARG;
		}
		for (size_t i = 0; i < vl; i++) {
			char c = key[kl + 1 + i];
			if (c >= 'A' && c <= 'F')
				c = (char)(c - 'A' + 'a');
			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
				seterr(err, errsz, "cert revocation value must be hex");
				return POL_STORE_E_ARG;
			}
			key[kl + 1 + i] = c;
		}
	}
	*klen = kl + 1 + vl;
	return 0;
}

/* Revocation epoch + 1, persisted in txn. */
static int bump_epoch(pol_store *st, MDB_txn *txn, uint64_t *epoch, char *err, size_t errsz)
{
	uint64_t e = 0;
	int rc = meta_get_u64(st, txn, KEY_EPOCH, &e);
	if (rc)
		return rc;
	e++;
	rc = meta_put_u64(st, txn, KEY_EPOCH, e, err, errsz);
	if (!rc)
		*epoch = e;
	return rc;
}

int pol_store_revoke(pol_store *st, const char *author, const char *kind, const char *value,
		     const char *reason, time_t expires_at, uint64_t *epoch, char *err,
		     size_t errsz)
{
	MDB_txn *txn = NULL;
	char key[REVKEY_MAX];
	size_t klen = 0;
	uint64_t e = 0;
	char *s = NULL;
	uint8_t *val = NULL;
	json_t *rec = NULL;
	int rc = check_author(author, err, errsz);
	if (!rc)
		rc = rev_key(kind, value, key, &klen, err, errsz);
	if (!rc)
		rc = check_grammar(kind, value, err, errsz);
	if (rc)
		return rc;
	if (reason && strnlen(reason, POL_STORE_MAX_REASON + 1) > POL_STORE_MAX_REASON) {
		seterr(err, errsz, "reason is longer than %d bytes", POL_STORE_MAX_REASON);
		return POL_STORE_E_TOOLONG;
	}
	time_t now = time(NULL);
	if (expires_at < 0 || (expires_at != 0 && expires_at <= now)) {
		seterr(err, errsz, "expires_at must be in the future (or 0 for never)");
		return POL_STORE_E_ARG;
	}
	char created[40], expires[40], nval[POL_STORE_MAX_REVOKE_VALUE + 1];
	size_t off = strlen(kind) + 1;
	memcpy(nval, key + off, klen - off); /* the normalized value, NUL-terminated */
	nval[klen - off] = '\0';
	now_rfc3339_ms(created, sizeof(created));
	if (expires_at)
		time_rfc3339(expires_at, expires, sizeof(expires));
	rec = json_pack("{s:s,s:s,s:s,s:s?,s:s,s:s?}", "kind", kind, "value", nval, "author",
			author, "reason", reason, "created_at", created, "expires_at",
			expires_at ? expires : NULL);
	if (!rec)
		return POL_STORE_E_NOMEM;
	size_t slen = 0;
	rc = dump_json(rec, &s, &slen);
	if (rc)
		goto done;
	val = malloc(8 + slen);
	if (!val) {
		rc = POL_STORE_E_NOMEM;
		goto done;
	}
	be64_put(val, (uint64_t)expires_at);
	memcpy(val + 8, s, slen);

	rc = wbegin(st, &txn, err, errsz);
	if (rc)
		goto done;
	MDB_val k = {klen, key}, d;
	int mrc = mdb_get(txn, st->revocations, &k, &d);
	if (mrc == MDB_NOTFOUND) {
		size_t n = 0;
		rc = db_count(st, txn, st->revocations, &n);
		if (!rc && n >= POL_STORE_MAX_REVOCATIONS) {
			seterr(err, errsz, "too many revocations (at most %d)",
			       POL_STORE_MAX_REVOCATIONS);
			rc = POL_STORE_E_LIMIT;
		}
	} else if (mrc) {
		rc = from_mdb(st, mrc, err, errsz, "revocations");
	}
	if (rc)
		goto out;
	d.mv_size = 8 + slen;
	d.mv_data = val;
	rc = from_mdb(st, mdb_put(txn, st->revocations, &k, &d, 0), err, errsz, "revocations");
	if (!rc)
		rc = bump_epoch(st, txn, &e, err, errsz);
out:
	rc = wend(st, txn, rc, POL_STORE_CHANGE_REVOCATION, e, err, errsz);
	if (!rc && epoch)
		*epoch = e;
done:
	json_decref(rec);
	free(s);
	free(val);
	return rc;
}

int pol_store_unrevoke(pol_store *st, const char *kind, const char *value, uint64_t *epoch,
		       char *err, size_t errsz)
{
	MDB_txn *txn = NULL;
	char key[REVKEY_MAX];
	size_t klen = 0;
	uint64_t e = 0;
	int rc = rev_key(kind, value, key, &klen, err, errsz);
	if (rc)
		return rc;
	rc = wbegin(st, &txn, err, errsz);
	if (rc)
		return rc;
	rc = db_del(st, txn, st->revocations, key, klen, err, errsz, "revocation");
	if (!rc)
		rc = bump_epoch(st, txn, &e, err, errsz);
	rc = wend(st, txn, rc, POL_STORE_CHANGE_REVOCATION, e, err, errsz);
	if (!rc && epoch)
		*epoch = e;
	return rc;
}

int pol_store_purge_revocations(pol_store *st, time_t now, size_t *removed)
{
	MDB_txn *txn = NULL;
	MDB_cursor *cur = NULL;
	MDB_val k, d;
	size_t n = 0;
	uint64_t e = 0;
	int mrc;
	int rc = wbegin(st, &txn, NULL, 0);
	if (rc)
		return rc;
	mrc = mdb_cursor_open(txn, st->revocations, &cur);
	if (mrc) {
		rc = from_mdb(st, mrc, NULL, 0, "revocations");
		goto out;
	}
	for (mrc = mdb_cursor_get(cur, &k, &d, MDB_FIRST); mrc == 0;
	     mrc = mdb_cursor_get(cur, &k, &d, MDB_NEXT)) {
		if (d.mv_size < 8) {
			rc = POL_STORE_E_CORRUPT;
			goto out;
		}
		uint64_t exp = be64_get(d.mv_data);
		if (exp != 0 && exp <= (uint64_t)now) {
			mrc = mdb_cursor_del(cur, 0);
			if (mrc) {
				rc = from_mdb(st, mrc, NULL, 0, "revocations");
				goto out;
			}
			n++;
		}
	}
	if (mrc != MDB_NOTFOUND) {
		rc = from_mdb(st, mrc, NULL, 0, "revocations");
		goto out;
	}
	if (n)
		rc = bump_epoch(st, txn, &e, NULL, 0);
out:
	mdb_cursor_close(cur);
	/* With nothing removed the commit is empty and nobody is notified. */
	rc = wend(st, txn, rc, n ? POL_STORE_CHANGE_REVOCATION : 0, e, NULL, 0);
	if (!rc && removed)
		*removed = n;
	return rc;
}

int pol_store_is_revoked(pol_store *st, const char *kind, const char *value, bool *revoked)
{
	MDB_txn *txn = NULL;
	char key[REVKEY_MAX];
	size_t klen = 0;
	*revoked = true;
	if (!kind || (strcmp(kind, "subject") != 0 && strcmp(kind, "jti") != 0 &&
		      strcmp(kind, "cert") != 0))
		return POL_STORE_E_ARG;
	/* A value that could never be added (empty, too long, not hex) cannot be
	 * revoked: answering "not revoked" is exact, not a fail-open. */
	if (rev_key(kind, value, key, &klen, NULL, 0) != 0) {
		*revoked = false;
		return 0;
	}
	int rc = rbegin(st, &txn);
	if (rc)
		return rc;
	MDB_val k = {klen, key}, d;
	int mrc = mdb_get(txn, st->revocations, &k, &d);
	if (mrc == MDB_NOTFOUND) {
		*revoked = false;
	} else if (mrc) {
		rc = from_mdb(st, mrc, NULL, 0, "revocations");
	} else if (d.mv_size < 8) {
		rc = POL_STORE_E_CORRUPT;
	} else {
		uint64_t exp = be64_get(d.mv_data);
		*revoked = exp == 0 || exp > (uint64_t)time(NULL);
	}
	mdb_txn_abort(txn);
	return rc;
}

int pol_store_list_revocations(pol_store *st, size_t offset, size_t limit, json_t **list,
			       size_t *total)
{
	MDB_txn *txn = NULL;
	MDB_cursor *cur = NULL;
	MDB_val k, d;
	size_t n = 0, seen = 0;
	int mrc;
	if (limit == 0)
		limit = POL_STORE_DEFAULT_LIST;
	if (limit > POL_STORE_MAX_LIST)
		limit = POL_STORE_MAX_LIST;
	json_t *arr = json_array();
	if (!arr)
		return POL_STORE_E_NOMEM;
	int rc = rbegin(st, &txn);
	if (rc) {
		json_decref(arr);
		return rc;
	}
	rc = db_count(st, txn, st->revocations, &n);
	if (rc)
		goto out;
	mrc = mdb_cursor_open(txn, st->revocations, &cur);
	if (mrc) {
		rc = from_mdb(st, mrc, NULL, 0, "revocations");
		goto out;
	}
	time_t now = time(NULL);
	for (mrc = mdb_cursor_get(cur, &k, &d, MDB_FIRST); mrc == 0 && json_array_size(arr) < limit;
	     mrc = mdb_cursor_get(cur, &k, &d, MDB_NEXT)) {
		if (seen++ < offset)
			continue;
		json_t *rec = NULL;
		if (d.mv_size < 8) {
			rc = POL_STORE_E_CORRUPT;
			goto out;
		}
		uint64_t exp = be64_get(d.mv_data);
		rc = parse_json((const uint8_t *)d.mv_data + 8, d.mv_size - 8, &rec);
		if (rc)
			goto out;
		if (!json_object_get(rec, "expires_at"))
			json_object_set_new(rec, "expires_at", json_null());
		if (!json_object_get(rec, "reason"))
			json_object_set_new(rec, "reason", json_null());
		json_object_set_new(rec, "expired",
				    json_boolean(exp != 0 && exp <= (uint64_t)now));
		if (json_array_append_new(arr, rec)) {
			rc = POL_STORE_E_NOMEM;
			goto out;
		}
	}
	if (mrc != 0 && mrc != MDB_NOTFOUND)
		rc = from_mdb(st, mrc, NULL, 0, "revocations");
out:
	mdb_cursor_close(cur);
	mdb_txn_abort(txn);
	if (rc) {
		json_decref(arr);
		return rc;
	}
	*list = arr;
	if (total)
		*total = n;
	return 0;
}

const char *pol_store_strerror(int rc)
{
	switch (rc) {
	case POL_STORE_OK:
		return "ok";
	case POL_STORE_E_ARG:
		return "bad argument";
	case POL_STORE_E_NOTFOUND:
		return "not found";
	case POL_STORE_E_PRECONDITION:
		return "version precondition failed (If-Match)";
	case POL_STORE_E_INVALID:
		return "refused by policy validation";
	case POL_STORE_E_CONFLICT:
		return "conflict: already open";
	case POL_STORE_E_FULL:
		return "policy store full (LMDB map size reached)";
	case POL_STORE_E_TOOLONG:
		return "name or key too long";
	case POL_STORE_E_TOOBIG:
		return "document too large";
	case POL_STORE_E_LIMIT:
		return "limit reached";
	case POL_STORE_E_FATAL:
		return "fatal storage error (reopen the store)";
	case POL_STORE_E_IO:
		return "storage I/O error";
	case POL_STORE_E_NOMEM:
		return "out of memory";
	case POL_STORE_E_RESERVED:
		return "the name is reserved (the built-in admin role)";
	case POL_STORE_E_CORRUPT:
		return "stored data is corrupt or of another format";
	default:
		return "unknown error";
	}
}
