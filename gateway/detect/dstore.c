/* dstore: alerts, locks, reviews and sink cursors in LMDB (see dstore.h).
 * Records are compact JSON; ids are big-endian u64 keys so that cursors walk
 * them in order. Counters of open and overdue reviews live in meta and
 * change in the same transaction as the reviews they count. */
#include "dstore.h"

#include <errno.h>
#include <lmdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db_lmdb.h"

#define SCAN_MAX      100000
#define PRINCIPAL_MAX 400

struct dstore {
	MDB_env *env;      /* as opened; not used once db is set */
	struct db_env *db; /* the application's environment: begun through its gate */
	MDB_dbi alerts, locks, reviews, due, meta;
	dstore_conf c;
};

/* Every transaction begins here: in the application's environment through
 * its gate (db_env_compact may have replaced the MDB_env since the open). */
static int ds_begin(dstore *ds, unsigned flags, MDB_txn **t)
{
	return ds->db ? db_mdb_txn_begin(ds->db, flags, t) : mdb_txn_begin(ds->env, NULL, flags, t);
}

static const char K_ALERT_NEXT[] = "alert_next", K_REVIEW_NEXT[] = "review_next",
		  K_OPEN[] = "reviews_open", K_OVERDUE[] = "reviews_overdue";

const char *dstore_strerror(int rc)
{
	switch (rc) {
	case DSTORE_OK:
		return "ok";
	case DSTORE_E_ARG:
		return "invalid argument";
	case DSTORE_E_NOTFOUND:
		return "not found";
	case DSTORE_E_FULL:
		return "the store is full (raise [server] store_map_size)";
	case DSTORE_E_IO:
		return "store I/O error";
	case DSTORE_E_NOMEM:
		return "out of memory";
	case DSTORE_E_CORRUPT:
		return "a stored detection record is malformed";
	case DSTORE_E_CONFLICT:
		return "the review is closed already";
	case DSTORE_E_SELF:
		return "a break-glass use cannot be reviewed by the one who used it";
	case DSTORE_E_LIMIT:
		return "too many open reviews or locks";
	default:
		return "unknown detection store error";
	}
}

static int from_mdb(int rc)
{
	switch (rc) {
	case 0:
		return 0;
	case MDB_NOTFOUND:
		return DSTORE_E_NOTFOUND;
	case MDB_MAP_FULL:
		return DSTORE_E_FULL;
	case ENOMEM:
		return DSTORE_E_NOMEM;
	default:
		return DSTORE_E_IO;
	}
}

static void put_be64(unsigned char *p, uint64_t x)
{
	for (int i = 7; i >= 0; i--) {
		p[i] = (unsigned char)x;
		x >>= 8;
	}
}

static uint64_t get_be64(const unsigned char *p)
{
	uint64_t x = 0;
	for (int i = 0; i < 8; i++)
		x = x << 8 | p[i];
	return x;
}

int dstore_open(void *mdb_env, const dstore_conf *c, dstore **out, char *err, size_t errsz)
{
	char dummy[8];
	if (!err) {
		err = dummy;
		errsz = sizeof dummy;
	}
	*out = NULL;
	if (!mdb_env) {
		snprintf(err, errsz, "no environment");
		return DSTORE_E_ARG;
	}
	dstore *ds = calloc(1, sizeof *ds);
	if (!ds) {
		snprintf(err, errsz, "out of memory");
		return DSTORE_E_NOMEM;
	}
	ds->env = mdb_env;
	if (c)
		ds->c = *c;
	if (!ds->c.max_alerts)
		ds->c.max_alerts = 100000;
	if (!ds->c.max_reviews)
		ds->c.max_reviews = 100000;
	if (!ds->c.max_locks)
		ds->c.max_locks = 65536;
	MDB_txn *t = NULL;
	int rc = from_mdb(ds_begin(ds, 0, &t));
	if (rc) {
		snprintf(err, errsz, "cannot begin a transaction: %s", dstore_strerror(rc));
		goto out;
	}
	static const struct {
		const char *name;
		size_t off;
	} dbs[] = {
		{"detect.alerts", offsetof(dstore, alerts)},
		{"detect.locks", offsetof(dstore, locks)},
		{"detect.reviews", offsetof(dstore, reviews)},
		{"detect.reviews_due", offsetof(dstore, due)},
		{"detect.meta", offsetof(dstore, meta)},
	};
	for (size_t i = 0; i < sizeof dbs / sizeof dbs[0]; i++) {
		int mrc = mdb_dbi_open(t, dbs[i].name, MDB_CREATE,
				       (MDB_dbi *)((char *)ds + dbs[i].off));
		if (mrc) {
			snprintf(err, errsz, "cannot open database %s: %s", dbs[i].name,
				 mdb_strerror(mrc));
			rc = from_mdb(mrc);
			goto out;
		}
	}
	rc = from_mdb(mdb_txn_commit(t));
	t = NULL;
	if (rc)
		snprintf(err, errsz, "cannot create the detection databases: %s",
			 dstore_strerror(rc));
out:
	if (t)
		mdb_txn_abort(t);
	if (rc) {
		free(ds);
		return rc;
	}
	*out = ds;
	return 0;
}

int dstore_open_db(struct db_env *env, const dstore_conf *c, dstore **out, char *err, size_t errsz)
{
	int rc = dstore_open(db_env_lmdb(env), c, out, err, errsz);
	if (!rc)
		(*out)->db = env;
	return rc;
}

void dstore_close(dstore *ds)
{
	free(ds);
}

/* ---- small helpers ---- */

static int meta_get(MDB_txn *t, dstore *ds, const char *key, uint64_t *v)
{
	MDB_val k = {strlen(key), (void *)key}, d;
	*v = 0;
	int rc = mdb_get(t, ds->meta, &k, &d);
	if (rc == MDB_NOTFOUND)
		return 0;
	if (rc)
		return from_mdb(rc);
	if (d.mv_size != 8)
		return DSTORE_E_CORRUPT;
	*v = get_be64(d.mv_data);
	return 0;
}

static int meta_put(MDB_txn *t, dstore *ds, const char *key, uint64_t v)
{
	unsigned char b[8];
	put_be64(b, v);
	MDB_val k = {strlen(key), (void *)key}, d = {8, b};
	return from_mdb(mdb_put(t, ds->meta, &k, &d, 0));
}

static int meta_add(MDB_txn *t, dstore *ds, const char *key, int64_t delta)
{
	uint64_t v;
	int rc = meta_get(t, ds, key, &v);
	if (rc)
		return rc;
	if (delta < 0 && v < (uint64_t)-delta)
		v = 0;
	else
		v += (uint64_t)delta;
	return meta_put(t, ds, key, v);
}

static int put_json(MDB_txn *t, MDB_dbi db, const void *key, size_t klen, const json_t *j)
{
	char *s = json_dumps(j, JSON_COMPACT);
	if (!s)
		return DSTORE_E_NOMEM;
	MDB_val k = {klen, (void *)key}, d = {strlen(s), s};
	int rc = from_mdb(mdb_put(t, db, &k, &d, 0));
	free(s);
	return rc;
}

static int parse_json(const MDB_val *d, json_t **out)
{
	*out = json_loadb(d->mv_data, d->mv_size, 0, NULL);
	return *out ? 0 : DSTORE_E_CORRUPT;
}

/* One page of a table with 8-byte big-endian keys and JSON records: starts
 * at cursor operation op on *k, then moves by step; appends to a the records
 * keep() accepts, up to limit, looking at no more than SCAN_MAX (a bounded
 * read transaction whatever the filter). *last is the key looked at last;
 * *ended is set when the table ran out. */
static int scan_page(MDB_cursor *cur, MDB_val *k, int op, int step, size_t limit,
		     int (*keep)(json_t *o, const void *arg), const void *arg, json_t *a,
		     uint64_t *last, int *ended)
{
	MDB_val d;
	int rc = 0;
	*ended = 0;
	for (size_t seen = 0; seen < SCAN_MAX && json_array_size(a) < limit; seen++) {
		int mrc = mdb_cursor_get(cur, k, &d, op);
		op = step;
		if (mrc == MDB_NOTFOUND) {
			*ended = 1;
			break;
		}
		if (mrc || k->mv_size != 8)
			return mrc ? from_mdb(mrc) : DSTORE_E_CORRUPT;
		*last = get_be64(k->mv_data);
		json_t *o;
		rc = parse_json(&d, &o);
		if (rc)
			break;
		if (!keep(o, arg)) {
			json_decref(o);
			continue;
		}
		if (json_array_append_new(a, o)) {
			rc = DSTORE_E_NOMEM;
			break;
		}
	}
	return rc;
}

static int commit(MDB_txn **t, int rc)
{
	if (rc) {
		mdb_txn_abort(*t);
		*t = NULL;
		return rc;
	}
	rc = from_mdb(mdb_txn_commit(*t));
	*t = NULL;
	return rc;
}

/* ---- alerts ---- */

int dstore_alerts_append(dstore *ds, json_t *const *alerts, size_t n, uint64_t *last_id,
			 size_t *pruned)
{
	MDB_txn *t = NULL;
	MDB_cursor *cur = NULL;
	uint64_t next = 0, id = 0;
	size_t np = 0;
	if (pruned)
		*pruned = 0;
	if (!ds || (n && !alerts))
		return DSTORE_E_ARG;
	int rc = from_mdb(ds_begin(ds, 0, &t));
	if (rc)
		return rc;
	rc = meta_get(t, ds, K_ALERT_NEXT, &next);
	if (!next)
		next = 1;
	for (size_t i = 0; i < n && !rc; i++) {
		if (!json_is_object(alerts[i])) {
			rc = DSTORE_E_ARG;
			break;
		}
		id = next++;
		if (json_object_set_new(alerts[i], "id", json_integer((json_int_t)id))) {
			rc = DSTORE_E_NOMEM;
			break;
		}
		unsigned char k[8];
		put_be64(k, id);
		rc = put_json(t, ds->alerts, k, sizeof k, alerts[i]);
	}
	if (!rc)
		rc = meta_put(t, ds, K_ALERT_NEXT, next);
	MDB_stat st;
	if (!rc)
		rc = from_mdb(mdb_stat(t, ds->alerts, &st));
	if (!rc && st.ms_entries > ds->c.max_alerts)
		rc = from_mdb(mdb_cursor_open(t, ds->alerts, &cur));
	for (size_t left =
		     rc ? 0
			: (st.ms_entries > ds->c.max_alerts ? st.ms_entries - ds->c.max_alerts : 0);
	     left > 0 && !rc; left--) {
		MDB_val k, d;
		rc = from_mdb(mdb_cursor_get(cur, &k, &d, MDB_FIRST));
		if (!rc)
			rc = from_mdb(mdb_cursor_del(cur, 0));
		np++;
	}
	if (cur)
		mdb_cursor_close(cur);
	rc = commit(&t, rc);
	if (!rc) {
		if (last_id)
			*last_id = id;
		if (pruned)
			*pruned = np;
	}
	return rc;
}

static int alert_has_kind(json_t *o, const void *kind)
{
	const char *kd = json_string_value(json_object_get(o, "kind"));
	return !kind || (kd && !strcmp(kd, kind));
}

int dstore_alerts_list(dstore *ds, uint64_t since_id, const char *kind, size_t limit, json_t **arr,
		       uint64_t *next)
{
	MDB_txn *t = NULL;
	MDB_cursor *cur = NULL;
	*arr = NULL;
	if (next)
		*next = since_id;
	if (!limit)
		limit = DSTORE_LIST_DEFAULT;
	if (limit > DSTORE_LIST_MAX)
		limit = DSTORE_LIST_MAX;
	json_t *a = json_array();
	if (!a)
		return DSTORE_E_NOMEM;
	int rc = from_mdb(ds_begin(ds, MDB_RDONLY, &t));
	if (!rc)
		rc = from_mdb(mdb_cursor_open(t, ds->alerts, &cur));
	unsigned char kb[8];
	put_be64(kb, since_id + 1);
	MDB_val k = {8, kb};
	uint64_t last = since_id;
	int ended;
	if (!rc && since_id != UINT64_MAX) /* nothing can follow the last id */
		rc = scan_page(cur, &k, MDB_SET_RANGE, MDB_NEXT, limit, alert_has_kind, kind, a,
			       &last, &ended);
	if (cur)
		mdb_cursor_close(cur);
	if (t)
		mdb_txn_abort(t);
	if (rc) {
		json_decref(a);
		return rc;
	}
	*arr = a;
	if (next)
		*next = last;
	return 0;
}

int dstore_alerts_last_id(dstore *ds, uint64_t *id)
{
	MDB_txn *t = NULL;
	*id = 0;
	int rc = from_mdb(ds_begin(ds, MDB_RDONLY, &t));
	if (rc)
		return rc;
	uint64_t next = 0;
	rc = meta_get(t, ds, K_ALERT_NEXT, &next);
	mdb_txn_abort(t);
	if (!rc && next)
		*id = next - 1;
	return rc;
}

static int cursor_key(const char *sink, char *buf, size_t cap)
{
	size_t n = sink ? strlen(sink) : 0;
	if (n == 0 || n > DSTORE_SINK_MAX)
		return DSTORE_E_ARG;
	snprintf(buf, cap, "cursor:%s", sink);
	return 0;
}

int dstore_cursor_get(dstore *ds, const char *sink, uint64_t *id)
{
	char key[48];
	MDB_txn *t = NULL;
	*id = 0;
	int rc = cursor_key(sink, key, sizeof key);
	if (!rc)
		rc = from_mdb(ds_begin(ds, MDB_RDONLY, &t));
	MDB_val k = {strlen(key), key}, d;
	if (!rc)
		rc = from_mdb(mdb_get(t, ds->meta, &k, &d));
	if (!rc && d.mv_size != 8)
		rc = DSTORE_E_CORRUPT;
	if (!rc)
		*id = get_be64(d.mv_data);
	if (t)
		mdb_txn_abort(t);
	return rc;
}

int dstore_cursor_set(dstore *ds, const char *sink, uint64_t id)
{
	char key[48];
	MDB_txn *t = NULL;
	int rc = cursor_key(sink, key, sizeof key);
	if (rc)
		return rc;
	rc = from_mdb(ds_begin(ds, 0, &t));
	if (rc)
		return rc;
	return commit(&t, meta_put(t, ds, key, id));
}

/* ---- locks ---- */

static int principal_ok(const char *p)
{
	size_t n = p ? strlen(p) : 0;
	return n > 0 && n <= PRINCIPAL_MAX;
}

int dstore_lock_put(dstore *ds, const char *principal, const json_t *lock)
{
	MDB_txn *t = NULL;
	if (!principal_ok(principal) || !json_is_object(lock))
		return DSTORE_E_ARG;
	int rc = from_mdb(ds_begin(ds, 0, &t));
	if (rc)
		return rc;
	MDB_val k = {strlen(principal), (void *)principal}, d;
	int mrc = mdb_get(t, ds->locks, &k, &d);
	if (mrc == MDB_NOTFOUND) {
		MDB_stat st;
		rc = from_mdb(mdb_stat(t, ds->locks, &st));
		if (!rc && st.ms_entries >= ds->c.max_locks)
			rc = DSTORE_E_LIMIT;
	} else if (mrc) {
		rc = from_mdb(mrc);
	}
	if (!rc)
		rc = put_json(t, ds->locks, principal, strlen(principal), lock);
	return commit(&t, rc);
}

int dstore_lock_delete(dstore *ds, const char *principal)
{
	MDB_txn *t = NULL;
	if (!principal_ok(principal))
		return DSTORE_E_ARG;
	int rc = from_mdb(ds_begin(ds, 0, &t));
	if (rc)
		return rc;
	MDB_val k = {strlen(principal), (void *)principal};
	return commit(&t, from_mdb(mdb_del(t, ds->locks, &k, NULL)));
}

int dstore_locks_load(dstore *ds, json_t **arr)
{
	MDB_txn *t = NULL;
	MDB_cursor *cur = NULL;
	*arr = NULL;
	json_t *a = json_array();
	if (!a)
		return DSTORE_E_NOMEM;
	int rc = from_mdb(ds_begin(ds, MDB_RDONLY, &t));
	if (!rc)
		rc = from_mdb(mdb_cursor_open(t, ds->locks, &cur));
	MDB_val k, d;
	for (int op = MDB_FIRST; !rc; op = MDB_NEXT) {
		int mrc = mdb_cursor_get(cur, &k, &d, op);
		if (mrc == MDB_NOTFOUND)
			break;
		json_t *o = NULL;
		rc = mrc ? from_mdb(mrc) : parse_json(&d, &o);
		if (!rc && json_array_append_new(a, o))
			rc = DSTORE_E_NOMEM;
	}
	if (cur)
		mdb_cursor_close(cur);
	if (t)
		mdb_txn_abort(t);
	if (rc) {
		json_decref(a);
		return rc;
	}
	*arr = a;
	return 0;
}

/* ---- reviews ---- */

static void due_key(unsigned char k[16], uint64_t deadline, uint64_t id)
{
	put_be64(k, deadline);
	put_be64(k + 8, id);
}

static int review_read(MDB_txn *t, dstore *ds, uint64_t id, json_t **item)
{
	unsigned char kb[8];
	put_be64(kb, id);
	MDB_val k = {8, kb}, d;
	int rc = from_mdb(mdb_get(t, ds->reviews, &k, &d));
	return rc ? rc : parse_json(&d, item);
}

static int review_write(MDB_txn *t, dstore *ds, uint64_t id, const json_t *item)
{
	unsigned char kb[8];
	put_be64(kb, id);
	return put_json(t, ds->reviews, kb, sizeof kb, item);
}

int dstore_review_open(dstore *ds, json_t *item, uint64_t deadline_s, uint64_t *id)
{
	MDB_txn *t = NULL;
	uint64_t next = 0, open = 0;
	if (!json_is_object(item))
		return DSTORE_E_ARG;
	int rc = from_mdb(ds_begin(ds, 0, &t));
	if (rc)
		return rc;
	rc = meta_get(t, ds, K_OPEN, &open);
	if (!rc && open >= ds->c.max_reviews)
		rc = DSTORE_E_LIMIT;
	if (!rc)
		rc = meta_get(t, ds, K_REVIEW_NEXT, &next);
	if (!next)
		next = 1;
	uint64_t rid = next;
	if (!rc && (json_object_set_new(item, "id", json_integer((json_int_t)rid)) ||
		    json_object_set_new(item, "state", json_string("open")) ||
		    json_object_set_new(item, "overdue", json_false()) ||
		    json_object_set_new(item, "deadline_s", json_integer((json_int_t)deadline_s))))
		rc = DSTORE_E_NOMEM;
	if (!rc)
		rc = review_write(t, ds, rid, item);
	unsigned char dk[16];
	due_key(dk, deadline_s, rid);
	MDB_val k = {16, dk}, d = {0, (void *)""};
	if (!rc)
		rc = from_mdb(mdb_put(t, ds->due, &k, &d, 0));
	if (!rc)
		rc = meta_put(t, ds, K_REVIEW_NEXT, rid + 1);
	if (!rc)
		rc = meta_add(t, ds, K_OPEN, 1);
	rc = commit(&t, rc);
	if (!rc && id)
		*id = rid;
	return rc;
}

int dstore_review_get(dstore *ds, uint64_t id, json_t **item)
{
	MDB_txn *t = NULL;
	*item = NULL;
	int rc = from_mdb(ds_begin(ds, MDB_RDONLY, &t));
	if (rc)
		return rc;
	rc = review_read(t, ds, id, item);
	mdb_txn_abort(t);
	return rc;
}

int dstore_review_close(dstore *ds, uint64_t id, const char *reviewer, const char *outcome,
			const char *note, const char *time, json_t **out)
{
	MDB_txn *t = NULL;
	json_t *item = NULL;
	if (out)
		*out = NULL;
	if (!reviewer || !reviewer[0] || !outcome || !time ||
	    (strcmp(outcome, "acknowledged") != 0 && strcmp(outcome, "escalated") != 0))
		return DSTORE_E_ARG;
	int rc = from_mdb(ds_begin(ds, 0, &t));
	if (rc)
		return rc;
	rc = review_read(t, ds, id, &item);
	if (rc)
		goto out;
	const char *state = json_string_value(json_object_get(item, "state"));
	const char *subject = json_string_value(json_object_get(item, "subject"));
	if (!state || strcmp(state, "open") != 0) {
		rc = DSTORE_E_CONFLICT;
		goto out;
	}
	if (!subject || strcmp(subject, reviewer) == 0) {
		rc = DSTORE_E_SELF;
		goto out;
	}
	int overdue = json_is_true(json_object_get(item, "overdue"));
	uint64_t deadline = (uint64_t)json_integer_value(json_object_get(item, "deadline_s"));
	if (json_object_set_new(item, "state", json_string(outcome)) ||
	    json_object_set_new(item, "outcome", json_string(outcome)) ||
	    json_object_set_new(item, "reviewer", json_string(reviewer)) ||
	    json_object_set_new(item, "note", note ? json_string(note) : json_null()) ||
	    json_object_set_new(item, "reviewed_at", json_string(time))) {
		rc = DSTORE_E_NOMEM;
		goto out;
	}
	rc = review_write(t, ds, id, item);
	if (!rc && !overdue) {
		unsigned char dk[16];
		due_key(dk, deadline, id);
		MDB_val k = {16, dk};
		int mrc = mdb_del(t, ds->due, &k, NULL);
		rc = mrc == MDB_NOTFOUND ? 0 : from_mdb(mrc);
	}
	if (!rc)
		rc = meta_add(t, ds, K_OPEN, -1);
	if (!rc && overdue)
		rc = meta_add(t, ds, K_OVERDUE, -1);
out:
	rc = commit(&t, rc);
	if (!rc && out) {
		*out = item;
		item = NULL;
	}
	json_decref(item);
	return rc;
}

static int review_in_state(json_t *o, const void *state)
{
	const char *st = json_string_value(json_object_get(o, "state"));
	int is_open = st && !strcmp(st, "open");
	return !state || (!strcmp(state, "open") ? is_open : !is_open);
}

int dstore_reviews_list(dstore *ds, const char *state, uint64_t cursor, size_t limit, json_t **arr,
			uint64_t *next)
{
	MDB_txn *t = NULL;
	MDB_cursor *cur = NULL;
	*arr = NULL;
	if (next)
		*next = 0;
	if (!limit)
		limit = DSTORE_LIST_DEFAULT;
	if (limit > DSTORE_LIST_MAX)
		limit = DSTORE_LIST_MAX;
	int want_open = state && !strcmp(state, "open");
	int want_closed = state && !strcmp(state, "closed");
	if (state && !want_open && !want_closed)
		return DSTORE_E_ARG;
	json_t *a = json_array();
	if (!a)
		return DSTORE_E_NOMEM;
	int rc = from_mdb(ds_begin(ds, MDB_RDONLY, &t));
	if (!rc)
		rc = from_mdb(mdb_cursor_open(t, ds->reviews, &cur));
	unsigned char kb[8];
	MDB_val k = {8, kb}, d;
	int op, step;
	if (want_closed) { /* newest first, below cursor (0: from the newest) */
		if (cursor == 0) {
			op = MDB_LAST;
		} else {
			put_be64(kb, cursor);
			op = MDB_SET_RANGE; /* at or above cursor: step back below it */
			int mrc = rc ? 0 : mdb_cursor_get(cur, &k, &d, op);
			op = mrc == MDB_NOTFOUND ? MDB_LAST : MDB_PREV;
			if (mrc && mrc != MDB_NOTFOUND)
				rc = from_mdb(mrc);
		}
		step = MDB_PREV;
	} else {
		put_be64(kb, cursor + 1);
		op = MDB_SET_RANGE;
		step = MDB_NEXT;
	}
	uint64_t last = cursor;
	int ended = 0;
	if (!rc)
		rc = scan_page(cur, &k, op, step, limit, review_in_state, state, a, &last, &ended);
	if (ended)
		last = 0;
	if (cur)
		mdb_cursor_close(cur);
	if (t)
		mdb_txn_abort(t);
	if (rc) {
		json_decref(a);
		return rc;
	}
	*arr = a;
	if (next)
		*next = json_array_size(a) < limit ? 0 : last;
	return 0;
}

int dstore_reviews_due(dstore *ds, uint64_t now_s, size_t max, json_t **arr)
{
	MDB_txn *t = NULL;
	MDB_cursor *cur = NULL;
	*arr = NULL;
	json_t *a = json_array();
	if (!a)
		return DSTORE_E_NOMEM;
	int rc = from_mdb(ds_begin(ds, 0, &t));
	if (!rc)
		rc = from_mdb(mdb_cursor_open(t, ds->due, &cur));
	MDB_val k, d;
	int op = MDB_FIRST;
	size_t flagged = 0;
	while (!rc && json_array_size(a) < max) {
		int mrc = mdb_cursor_get(cur, &k, &d, op);
		op = MDB_NEXT;
		if (mrc == MDB_NOTFOUND)
			break;
		if (mrc || k.mv_size != 16) {
			rc = mrc ? from_mdb(mrc) : DSTORE_E_CORRUPT;
			break;
		}
		if (get_be64(k.mv_data) > now_s)
			break;
		uint64_t id = get_be64((const unsigned char *)k.mv_data + 8);
		json_t *item = NULL;
		rc = review_read(t, ds, id, &item);
		if (!rc && json_object_set_new(item, "overdue", json_true()))
			rc = DSTORE_E_NOMEM;
		if (!rc)
			rc = review_write(t, ds, id, item);
		/* Reported once: out of the due index (it stays open). */
		if (!rc)
			rc = from_mdb(mdb_cursor_del(cur, 0));
		if (!rc && json_array_append_new(a, item))
			rc = DSTORE_E_NOMEM;
		else if (rc)
			json_decref(item);
		flagged++;
	}
	if (cur)
		mdb_cursor_close(cur);
	if (!rc && flagged)
		rc = meta_add(t, ds, K_OVERDUE, (int64_t)flagged);
	if (!rc && !flagged) {
		mdb_txn_abort(t);
		t = NULL;
	} else {
		rc = commit(&t, rc);
	}
	if (rc) {
		json_decref(a);
		return rc;
	}
	*arr = a;
	return 0;
}

int dstore_review_counts(dstore *ds, uint64_t now_s, uint64_t *open, uint64_t *overdue)
{
	(void)now_s;
	MDB_txn *t = NULL;
	*open = *overdue = 0;
	int rc = from_mdb(ds_begin(ds, MDB_RDONLY, &t));
	if (rc)
		return rc;
	rc = meta_get(t, ds, K_OPEN, open);
	if (!rc)
		rc = meta_get(t, ds, K_OVERDUE, overdue);
	mdb_txn_abort(t);
	return rc;
}
