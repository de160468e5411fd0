/* audit: hash-chained, HMACed decision log in its own LMDB environment.
 *
 * Request threads queue entries; one writer thread seals (seq, time, prev,
 * mac) and commits everything queued in one write transaction, then reports
 * each entry's fate. A watchdog thread fails entries that wait in the queue
 * longer than the timeout; such an entry has left the queue, so the writer can
 * never write it. Readers use short read transactions under env_lock so the
 * writer can resize or reopen the environment between batches. */
#include "audit.h"

#include "log.h"

#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <lmdb.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define DEFAULT_MAP_SIZE   ((size_t)1 << 30)
#define DEFAULT_TIMEOUT_MS 5000
#define DEFAULT_MAX_BATCH  1024
#define DEFAULT_MAX_QUEUE  65536
#define PROBE_MS           1000    /* retry period while unhealthy and idle */
#define READ_CHUNK         2048    /* entries per read transaction */
#define QUERY_SCAN_MAX     100000  /* entries examined per audit_query */
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
	char *stored;         /* canonical bytes once sealed (export) */
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
	uint64_t busy_since;  /* monotonic ms the current batch started, 0 = idle */
	int healthy;          /* environment open and the last commit succeeded */
	size_t pending_map_size;
	uint64_t head_seq;    /* durable head */
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

const char *audit_strerror(int rc)
{
	switch (rc) {
	case 0: return "ok";
	case AUDIT_E_INVALID: return "invalid audit entry or argument";
	case AUDIT_E_TOO_LARGE: return "audit entry too large or too deep";
	case AUDIT_E_UNAVAILABLE: return "audit log unavailable";
	case AUDIT_E_TIMEOUT: return "audit write timed out";
	case AUDIT_E_NOMEM: return "out of memory";
	case AUDIT_E_IO: return "audit log I/O error";
	case AUDIT_E_KEY: return "audit log was written with a different key";
	case AUDIT_E_NOTFOUND: return "no audit log found";
	default: return "unknown audit error";
	}
}

/* ---------- small helpers ---------- */

static uint64_t mono_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

static void hex(const uint8_t *in, size_t n, char *out)
{
	static const char digits[] = "0123456789abcdef";
	for (size_t i = 0; i < n; i++) {
		out[2 * i] = digits[in[i] >> 4];
		out[2 * i + 1] = digits[in[i] & 15];
	}
	out[2 * n] = '\0';
}

static void put_be64(uint8_t out[8], uint64_t v)
{
	for (int i = 7; i >= 0; i--) {
		out[i] = (uint8_t)(v & 0xff);
		v >>= 8;
	}
}

static uint64_t get_be64(const uint8_t in[8])
{
	uint64_t v = 0;
	for (int i = 0; i < 8; i++)
		v = (v << 8) | in[i];
	return v;
}

static void format_time(const struct timespec *ts, char *out, size_t outsz)
{
	struct tm tm;
	gmtime_r(&ts->tv_sec, &tm);
	size_t n = strftime(out, outsz, "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(out + n, outsz - n, ".%03dZ", (int)(ts->tv_nsec / 1000000));
}

static int hmac256(const uint8_t *key, const void *msg, size_t len, uint8_t out[32])
{
	unsigned int outlen = 0;
	if (!HMAC(EVP_sha256(), key, AUDIT_KEY_LEN, msg, len, out, &outlen) || outlen != 32)
		return AUDIT_E_NOMEM;
	return 0;
}

/* The writer's MAC and hash: the same values as hmac256() and SHA256(), on
 * objects prepared at open (a third of the writer's CPU went to fetching
 * algorithms in the one-shot calls). */
static int prepare_crypto(audit *a)
{
	EVP_MAC *mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
	a->mac_ctx = mac ? EVP_MAC_CTX_new(mac) : NULL;
	EVP_MAC_free(mac);
	OSSL_PARAM params[] = {
		OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)"SHA256", 0),
		OSSL_PARAM_construct_end(),
	};
	a->sha256 = EVP_MD_fetch(NULL, "SHA256", NULL);
	if (!a->mac_ctx || !a->sha256 || !EVP_MAC_init(a->mac_ctx, a->key, AUDIT_KEY_LEN, params))
		return AUDIT_E_NOMEM;
	return 0;
}

static void free_crypto(audit *a)
{
	EVP_MAC_CTX_free(a->mac_ctx); /* cleanses its key state */
	EVP_MD_free(a->sha256);
	a->mac_ctx = NULL;
	a->sha256 = NULL;
}

static int writer_mac(audit *a, const void *msg, size_t len, uint8_t out[32])
{
	size_t outlen = 0;
	if (!EVP_MAC_init(a->mac_ctx, NULL, 0, NULL) || !EVP_MAC_update(a->mac_ctx, msg, len) ||
	    !EVP_MAC_final(a->mac_ctx, out, &outlen, 32) || outlen != 32)
		return AUDIT_E_NOMEM;
	return 0;
}

static int writer_hash(audit *a, const void *msg, size_t len, uint8_t out[32])
{
	unsigned int outlen = 0;
	if (!EVP_Digest(msg, len, out, &outlen, a->sha256, NULL) || outlen != 32)
		return AUDIT_E_NOMEM;
	return 0;
}

static void set_err(char *err, size_t errsz, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void set_err(char *err, size_t errsz, const char *fmt, ...)
{
	if (!err || !errsz)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err, errsz, fmt, ap);
	va_end(ap);
}

static int map_mdb_rc(int rc)
{
	if (rc == 0)
		return 0;
	if (rc == ENOMEM)
		return AUDIT_E_NOMEM;
	if (rc == ENOENT || rc == MDB_NOTFOUND)
		return AUDIT_E_NOTFOUND;
	return AUDIT_E_IO;
}

/* Depth of nested containers, stopping early past limit. */
static int json_depth(json_t *j, int limit)
{
	if (limit < 0)
		return 1;
	int best = 0;
	if (json_is_object(j)) {
		const char *k;
		json_t *v;
		json_object_foreach(j, k, v) {
			int d = json_depth(v, limit - 1);
			if (d > best)
				best = d;
		}
		return best + 1;
	}
	if (json_is_array(j)) {
		size_t i;
		json_t *v;
		json_array_foreach(j, i, v) {
			int d = json_depth(v, limit - 1);
			if (d > best)
				best = d;
		}
		return best + 1;
	}
	return 0;
}

/* ---------- environment ---------- */

/* Last key and SHA-256 of its value; 0 and zeros when empty. */
static int read_head(MDB_txn *txn, MDB_dbi dbi, uint64_t *seq, uint8_t hash[32])
{
	MDB_cursor *cur = NULL;
	MDB_val k, v;
	int rc = mdb_cursor_open(txn, dbi, &cur);
	if (rc)
		return map_mdb_rc(rc);
	rc = mdb_cursor_get(cur, &k, &v, MDB_LAST);
	if (rc == MDB_NOTFOUND) {
		*seq = 0;
		memset(hash, 0, 32);
		rc = 0;
		goto out;
	}
	if (rc) {
		rc = map_mdb_rc(rc);
		goto out;
	}
	if (k.mv_size != 8) {
		rc = AUDIT_E_IO;
		goto out;
	}
	*seq = get_be64(k.mv_data);
	SHA256(v.mv_data, v.mv_size, hash);
out:
	mdb_cursor_close(cur);
	return rc;
}

static void key_id(const uint8_t *key, char out[AUDIT_HASH_HEX])
{
	uint8_t mac[32];
	if (hmac256(key, KEY_ID_LABEL, strlen(KEY_ID_LABEL), mac)) {
		memset(out, 0, AUDIT_HASH_HEX);
		return;
	}
	hex(mac, 32, out);
}

/* Opens a->dir read-write, creates the DBs, checks the key id and loads the
 * head into a (caller holds env_lock for writing, or no thread runs yet). */
static int env_open(audit *a, char *err, size_t errsz)
{
	MDB_env *env = NULL;
	MDB_txn *txn = NULL;
	MDB_dbi dbi, meta;
	uint64_t seq = 0;
	uint8_t hash[32];
	char kid[AUDIT_HASH_HEX];
	int rc = mdb_env_create(&env);
	if (rc) {
		set_err(err, errsz, "audit: mdb_env_create: %s", mdb_strerror(rc));
		return AUDIT_E_NOMEM;
	}
	mdb_env_set_maxdbs(env, 4);
	mdb_env_set_maxreaders(env, 256);
	rc = mdb_env_set_mapsize(env, a->map_size);
	if (!rc)
		rc = mdb_env_open(env, a->dir, MDB_NOTLS, 0600);
	if (rc) {
		set_err(err, errsz, "audit: cannot open %s: %s", a->dir, mdb_strerror(rc));
		rc = AUDIT_E_IO;
		goto out;
	}
	int dead = 0;
	mdb_reader_check(env, &dead);
	rc = mdb_txn_begin(env, NULL, 0, &txn);
	if (!rc)
		rc = mdb_dbi_open(txn, "entries", MDB_CREATE, &dbi);
	if (!rc)
		rc = mdb_dbi_open(txn, "meta", MDB_CREATE, &meta);
	if (rc) {
		set_err(err, errsz, "audit: cannot open databases in %s: %s", a->dir, mdb_strerror(rc));
		rc = AUDIT_E_IO;
		goto out;
	}
	key_id(a->key, kid);
	MDB_val k = {.mv_size = 6, .mv_data = "key_id"}, v;
	rc = mdb_get(txn, meta, &k, &v);
	if (rc == 0) {
		if (v.mv_size != 64 || CRYPTO_memcmp(v.mv_data, kid, 64) != 0) {
			set_err(err, errsz, "audit: %s was written with a different audit key", a->dir);
			rc = AUDIT_E_KEY;
			goto out;
		}
	} else if (rc == MDB_NOTFOUND) {
		v.mv_size = 64;
		v.mv_data = kid;
		rc = mdb_put(txn, meta, &k, &v, 0);
		MDB_val fk = {.mv_size = 6, .mv_data = "format"};
		MDB_val fv = {.mv_size = 1, .mv_data = FORMAT_VERSION};
		if (!rc)
			rc = mdb_put(txn, meta, &fk, &fv, 0);
	}
	if (!rc)
		rc = read_head(txn, dbi, &seq, hash);
	MDB_stat st;
	if (!rc && mdb_stat(txn, dbi, &st) == 0 && st.ms_entries != seq) {
		/* Only a hint of tampering: audit verify gives the verdict. */
		log_warn("audit: entry count does not match the last seq; run audit verify",
			 "dir", a->dir);
	}
	if (rc) {
		set_err(err, errsz, "audit: cannot initialise %s: %s", a->dir,
			rc < 0 ? audit_strerror(rc) : mdb_strerror(rc));
		rc = rc < 0 ? rc : AUDIT_E_IO;
		goto out;
	}
	rc = mdb_txn_commit(txn);
	txn = NULL;
	if (rc) {
		set_err(err, errsz, "audit: cannot initialise %s: %s", a->dir, mdb_strerror(rc));
		rc = AUDIT_E_IO;
		goto out;
	}
	a->env = env;
	a->dbi = dbi;
	env = NULL;
	pthread_mutex_lock(&a->mu);
	a->head_seq = seq;
	memcpy(a->head_hash, hash, 32);
	pthread_mutex_unlock(&a->mu);
out:
	if (txn)
		mdb_txn_abort(txn);
	if (env)
		mdb_env_close(env);
	OPENSSL_cleanse(kid, sizeof kid);
	return rc;
}

/* Writer only: closes a broken environment and opens it again. */
static int env_reopen(audit *a)
{
	char err[256] = "";
	uint64_t before = a->head_seq; /* writer-owned while it runs */
	pthread_rwlock_wrlock(&a->env_lock);
	if (a->env) {
		mdb_env_close(a->env);
		a->env = NULL;
	}
	int rc = env_open(a, err, sizeof err);
	pthread_rwlock_unlock(&a->env_lock);
	if (rc) {
		log_error("audit: reopen failed", "error", err);
		return rc;
	}
	a->need_reopen = 0;
	pthread_mutex_lock(&a->mu);
	a->n_reopens++;
	uint64_t after = a->head_seq;
	pthread_mutex_unlock(&a->mu);
	log_warn("audit: environment reopened", "dir", a->dir);
	if (after != before) {
		/* A commit that reported failure (e.g. fsync EIO after the meta page
		 * was written) reached the disk after all: those entries exist
		 * although their requests were refused. Say so loudly. */
		char b[24], e[24];
		snprintf(b, sizeof b, "%llu", (unsigned long long)before + 1);
		snprintf(e, sizeof e, "%llu", (unsigned long long)after);
		log_error("audit: entries reported as failed are in the log", "first_seq", b,
			  "last_seq", e);
	}
	return 0;
}

/* Writer only: applies a requested map size. */
static void apply_map_size(audit *a, size_t size)
{
	pthread_rwlock_wrlock(&a->env_lock);
	int rc = a->env ? mdb_env_set_mapsize(a->env, size) : 0;
	if (!rc) {
		a->map_size = size;
	} else {
		/* A failed remap leaves the environment without a map: no reader
		 * may touch it; the next batch reopens it. */
		mdb_env_close(a->env);
		a->env = NULL;
	}
	pthread_rwlock_unlock(&a->env_lock);
	char buf[32];
	snprintf(buf, sizeof buf, "%zu", size);
	if (rc) {
		log_error("audit: cannot resize map", "size", buf, "error", mdb_strerror(rc));
		a->need_reopen = 1;
	} else {
		log_info("audit: map size set", "size", buf);
	}
}

/* A read transaction on the live environment; pair with rd_end. */
static int rd_begin(audit *a, MDB_txn **txn, MDB_dbi *dbi)
{
	pthread_rwlock_rdlock(&a->env_lock);
	if (!a->env) {
		pthread_rwlock_unlock(&a->env_lock);
		return AUDIT_E_UNAVAILABLE;
	}
	int rc = mdb_txn_begin(a->env, NULL, MDB_RDONLY, txn);
	if (rc) {
		pthread_rwlock_unlock(&a->env_lock);
		return rc == MDB_PANIC ? AUDIT_E_UNAVAILABLE : map_mdb_rc(rc);
	}
	*dbi = a->dbi;
	return 0;
}

static void rd_end(audit *a, MDB_txn *txn)
{
	mdb_txn_abort(txn);
	pthread_rwlock_unlock(&a->env_lock);
}

/* ---------- export ---------- */

static int export_open_locked(audit *a)
{
	if (a->export_fd >= 0) {
		close(a->export_fd);
		a->export_fd = -1;
	}
	a->export_fd = open(a->export_path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
	return a->export_fd < 0 ? -errno : 0;
}

static int write_all(int fd, const char *buf, size_t len)
{
	while (len) {
		ssize_t w = write(fd, buf, len);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return -errno;
		if (w == 0)
			return -EIO;
		buf += w;
		len -= (size_t)w;
	}
	return 0;
}

/* The canonical bytes of one entry with every non-ASCII character written as
 * a \uXXXX escape (a surrogate pair above U+FFFF), as JSON_ENSURE_ASCII does:
 * readers that split lines on U+2028, U+2029 or U+0085 (JavaScript, Python's
 * str.splitlines) then see one entry per line. The input is jansson's output,
 * so valid UTF-8 whose non-ASCII bytes all sit inside strings. Writes into
 * out (NULL: only measures) and returns the length. */
static size_t ascii_escape(const char *in, size_t n, char *out)
{
	static const char hexd[] = "0123456789abcdef";
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)in[i];
		if (c < 0x80) {
			if (out)
				out[o] = (char)c;
			o++;
			i++;
			continue;
		}
		size_t k = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
		unsigned long cp = c & (k == 4 ? 0x07 : k == 3 ? 0x0f : 0x1f);
		for (size_t j = 1; j < k && i + j < n; j++)
			cp = (cp << 6) | ((unsigned char)in[i + j] & 0x3f);
		i += k;
		unsigned long units[2] = {cp, 0};
		size_t nu = 1;
		if (cp > 0xffff) {
			cp -= 0x10000;
			units[0] = 0xd800 | (cp >> 10);
			units[1] = 0xdc00 | (cp & 0x3ff);
			nu = 2;
		}
		for (size_t u = 0; u < nu; u++) {
			if (out) {
				out[o] = '\\';
				out[o + 1] = 'u';
				for (int h = 0; h < 4; h++)
					out[o + 2 + h] = hexd[(units[u] >> (12 - 4 * h)) & 0xf];
			}
			o += 6;
		}
	}
	return o;
}

/* Writer: appends one line per durable entry, ASCII only (ascii_escape).
 * Failures are logged once per episode and counted; a torn tail is cut back
 * so lines stay whole. */
static void export_batch(audit *a, struct item **batch, size_t n)
{
	if (!a->export_path)
		return;
	size_t total = 0, lines = 0;
	for (size_t i = 0; i < n; i++) {
		if (batch[i]->rc == 0 && batch[i]->stored) {
			total += ascii_escape(batch[i]->stored, batch[i]->stored_len, NULL) + 1;
			lines++;
		}
	}
	if (!lines)
		return;
	char *buf = malloc(total);
	int err = 0;
	pthread_mutex_lock(&a->export_mu);
	if (!buf) {
		err = -ENOMEM;
		goto out;
	}
	size_t off = 0;
	for (size_t i = 0; i < n; i++) {
		if (batch[i]->rc == 0 && batch[i]->stored) {
			off += ascii_escape(batch[i]->stored, batch[i]->stored_len, buf + off);
			buf[off++] = '\n';
		}
	}
	if (a->export_fd < 0) {
		err = -EBADF;
		goto out;
	}
	off_t before = lseek(a->export_fd, 0, SEEK_END);
	err = write_all(a->export_fd, buf, total);
	if (err && before >= 0 && ftruncate(a->export_fd, before) != 0) {
		/* Nothing more to do: the failure is already counted below. */
	}
out:
	if (err) {
		a->n_export_failures += lines;
		if (!a->export_failing)
			log_error("audit: export write failed", "path", a->export_path,
				  "error", strerror(-err));
		a->export_failing = 1;
	} else if (a->export_failing) {
		a->export_failing = 0;
		log_info("audit: export writing again", "path", a->export_path);
	}
	pthread_mutex_unlock(&a->export_mu);
	free(buf);
}

int audit_reopen_export(audit *a)
{
	if (!a)
		return AUDIT_E_INVALID;
	if (!a->export_path)
		return 0;
	pthread_mutex_lock(&a->export_mu);
	int err = export_open_locked(a);
	if (err) {
		a->n_export_failures++;
		a->export_failing = 1;
		log_error("audit: cannot reopen export", "path", a->export_path, "error", strerror(-err));
	}
	pthread_mutex_unlock(&a->export_mu);
	return err ? AUDIT_E_IO : 0;
}

/* ---------- writer ---------- */

/* The inside of a compact JSON object dump: "{...}" -> "...", "{}" -> "". */
static void inner(const char *dump, const char **p, size_t *n)
{
	size_t len = strlen(dump);
	assert(len >= 2 && dump[0] == '{' && dump[len - 1] == '}');
	*p = dump + 1;
	*n = len - 2;
}

/* Adds seq/time/prev/mac to it->entry and renders its stored bytes.
 * prev is the hash of the previous entry; on success it becomes this one's.
 *
 * The canonical form is a compact dump with sorted keys, so the keys below
 * "mac" and those above it are rendered once each, and both the MAC input
 * (the entry without "mac") and the stored bytes (with it) are those two
 * halves joined: one rendering of the entry instead of two. audit_verify
 * re-renders whole entries independently, so any difference would show. */
static int seal(audit *a, struct item *it, uint64_t seq, uint8_t prev[32])
{
	char tbuf[40], phex[AUDIT_HASH_HEX], mhex[AUDIT_HASH_HEX];
	uint8_t mac[32];
	char *lo_dump = NULL, *hi_dump = NULL, *nomac = NULL;
	json_t *lo = json_object(), *hi = json_object();
	int rc = AUDIT_E_NOMEM;
	format_time(&it->wall, tbuf, sizeof tbuf);
	hex(prev, 32, phex);
	if (!lo || !hi ||
	    json_object_set_new(it->entry, "seq", json_integer((json_int_t)seq)) ||
	    json_object_set_new(it->entry, "time", json_string(tbuf)) ||
	    json_object_set_new(it->entry, "prev", json_string(phex)))
		goto out;
	const char *k;
	json_t *v;
	json_object_foreach(it->entry, k, v) {
		if (json_object_set(strcmp(k, "mac") < 0 ? lo : hi, k, v))
			goto out;
	}
	lo_dump = json_dumps(lo, CANON_FLAGS);
	hi_dump = json_dumps(hi, CANON_FLAGS);
	if (!lo_dump || !hi_dump)
		goto out;
	const char *lp, *hp;
	size_t ln, hn;
	inner(lo_dump, &lp, &ln);
	inner(hi_dump, &hp, &hn);

	/* {lo,hi} without mac; {lo,"mac":"<64 hex>",hi} stored. */
	size_t nomac_len = 2 + ln + (ln && hn ? 1 : 0) + hn;
	nomac = malloc(nomac_len + 1);
	if (!nomac)
		goto out;
	snprintf(nomac, nomac_len + 1, "{%.*s%s%.*s}", (int)ln, lp, ln && hn ? "," : "", (int)hn,
		 hp);
	rc = writer_mac(a, nomac, nomac_len, mac);
	if (rc)
		goto out;
	hex(mac, 32, mhex);
	rc = AUDIT_E_NOMEM;
	if (json_object_set_new(it->entry, "mac", json_string(mhex)))
		goto out;
	size_t stored_len = 2 + ln + (ln ? 1 : 0) + 7 + 64 + 1 + (hn ? 1 : 0) + hn;
	it->stored = malloc(stored_len + 1);
	if (!it->stored)
		goto out;
	snprintf(it->stored, stored_len + 1, "{%.*s%s\"mac\":\"%s\"%s%.*s}", (int)ln, lp,
		 ln ? "," : "", mhex, hn ? "," : "", (int)hn, hp);
	it->stored_len = stored_len;
	rc = writer_hash(a, it->stored, it->stored_len, prev);
out:
	json_decref(lo);
	json_decref(hi);
	free(lo_dump);
	free(hi_dump);
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
		rc = env_reopen(a);
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
		it->rc = seal(a, it, seq + 1, next);
		if (it->rc)
			continue; /* this entry alone fails; it takes no seq */
		uint8_t kb[8];
		put_be64(kb, seq + 1);
		MDB_val k = {.mv_size = 8, .mv_data = kb};
		MDB_val v = {.mv_size = it->stored_len, .mv_data = it->stored};
		rc = mdb_put(txn, a->dbi, &k, &v, MDB_APPEND);
		if (rc)
			goto fail;
		seq++;
		it->seq = seq;
		memcpy(hash, next, 32);
	}
	rc = a->before_commit ? a->before_commit(a->hook_arg) : 0;
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
	json_decref(it->entry);
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
		rc = env_reopen(a);
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

static void *writer_main(void *p)
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
			apply_map_size(a, size);
			pthread_mutex_lock(&a->mu);
			continue;
		}
		if (!a->qhead) {
			assert(a->stopping);
			break;
		}
		size_t cap = a->group_commit ? a->max_batch : 1, n = 0;
		uint64_t now = mono_ms();
		struct item *expired = NULL, **etail = &expired;
		size_t nexpired = 0;
		while (a->qhead && n < cap) {
			struct item *it = a->qhead;
			a->qhead = it->next;
			a->qlen--;
			it->next = NULL;
			if (now - it->enq_ms >= a->timeout_ms) {
				*etail = it; /* the watchdog did not get to it yet */
				etail = &it->next;
				nexpired++;
			} else {
				a->batch[n++] = it;
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
			export_batch(a, a->batch, n);
		for (size_t i = 0; i < n; i++)
			a->batch[i]->done(a->batch[i]->arg, a->batch[i]->rc, a->batch[i]->seq);
		for (size_t i = 0; i < n; i++)
			free_item(a->batch[i]);
		pthread_mutex_lock(&a->mu);
	}
	pthread_mutex_unlock(&a->mu);
	return NULL;
}

/* Fails queued entries older than the timeout, whatever the writer is doing:
 * an entry it removes from the queue can no longer reach a transaction. */
static void *watchdog_main(void *p)
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
		uint64_t now = mono_ms();
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

/* ---------- open / close ---------- */

int audit_open(audit **out, const audit_conf *c, char *err, size_t errsz)
{
	audit *a = NULL;
	int rc = AUDIT_E_INVALID;
	int mu_ok = 0, rw_ok = 0, emu_ok = 0, wcv_ok = 0, wdcv_ok = 0;
	if (err && errsz)
		err[0] = '\0';
	if (!out || !c || !c->dir || !c->dir[0] || !c->key || c->timeout_ms < 0) {
		set_err(err, errsz, "audit: dir and key are required");
		return AUDIT_E_INVALID;
	}
	*out = NULL;
	a = calloc(1, sizeof *a);
	if (!a)
		return AUDIT_E_NOMEM;
	a->export_fd = -1;
	memcpy(a->key, c->key, AUDIT_KEY_LEN);
	if (prepare_crypto(a)) {
		free_crypto(a);
		OPENSSL_cleanse(a->key, sizeof a->key);
		free(a);
		set_err(err, errsz, "cannot prepare HMAC-SHA256");
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
	mu_ok = pthread_mutex_init(&a->mu, NULL) == 0;
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
		set_err(err, errsz, "audit: cannot create %s: %s", a->dir, strerror(errno));
		rc = AUDIT_E_IO;
		goto fail;
	}
	rc = env_open(a, err, errsz);
	if (rc)
		goto fail;
	if (a->export_path) {
		int e = export_open_locked(a);
		if (e) {
			set_err(err, errsz, "audit: cannot open export file %s: %s", a->export_path,
				strerror(-e));
			rc = AUDIT_E_IO;
			goto fail;
		}
	}

	/* Our threads take no signals: the gateway handles them in its own. */
	sigset_t all, old;
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, &old);
	int e1 = pthread_create(&a->writer, NULL, writer_main, a);
	int e2 = e1 ? -1 : pthread_create(&a->watchdog, NULL, watchdog_main, a);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (e1 || e2) {
		if (!e1) {
			pthread_mutex_lock(&a->mu);
			a->stopping = 1;
			pthread_cond_signal(&a->writer_cv);
			pthread_mutex_unlock(&a->mu);
			pthread_join(a->writer, NULL);
		}
		set_err(err, errsz, "audit: cannot start threads");
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
	free_crypto(a);
	OPENSSL_cleanse(a->key, sizeof a->key);
	free(a->batch);
	free(a->dir);
	free(a->export_path);
	free(a);
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
	pthread_mutex_destroy(&a->export_mu);
	pthread_cond_destroy(&a->writer_cv);
	pthread_cond_destroy(&a->wd_cv);
	free_crypto(a);
	OPENSSL_cleanse(a->key, sizeof a->key);
	free(a->batch);
	free(a->dir);
	free(a->export_path);
	free(a);
}

/* ---------- submit ---------- */

static int check_entry(json_t *e)
{
	static const char *const reserved[] = {"seq", "time", "prev", "mac"};
	if (!json_is_object(e))
		return AUDIT_E_INVALID;
	for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
		if (json_object_get(e, reserved[i]))
			return AUDIT_E_INVALID;
	if (json_depth(e, AUDIT_MAX_DEPTH) > AUDIT_MAX_DEPTH)
		return AUDIT_E_TOO_LARGE;
	size_t len = json_dumpb(e, NULL, 0, JSON_COMPACT);
	if (len == 0)
		return AUDIT_E_INVALID;
	if (len > AUDIT_MAX_ENTRY)
		return AUDIT_E_TOO_LARGE;
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
	if (!a || !entry) {
		rc = AUDIT_E_INVALID;
		goto refuse;
	}
	rc = check_entry(entry);
	if (rc)
		goto refuse;
	/* The writer thread gets a tree nobody else holds. The caller's entry
	 * may share values with its reply or its request state (json_incref,
	 * json_pack "O", json_array_append), and jansson values are not safe to
	 * use from two threads: its refcount check reads a plain field and its
	 * final decrement frees without an acquire. A copy also makes the entry
	 * the decision as submitted, whatever the caller changes afterwards.
	 * After check_entry: the depth is bounded before the recursive copy. */
	json_t *own = json_deep_copy(entry);
	if (!own) {
		rc = AUDIT_E_NOMEM;
		goto refuse;
	}
	json_decref(entry);
	entry = own;
	it = calloc(1, sizeof *it);
	if (!it) {
		rc = AUDIT_E_NOMEM;
		goto refuse;
	}
	it->entry = entry;
	it->rc = AUDIT_E_UNAVAILABLE; /* until the writer proves it durable */
	it->done = done;
	it->arg = arg;
	pthread_mutex_lock(&a->mu);
	if (a->stopping || a->qlen >= a->max_queue) {
		pthread_mutex_unlock(&a->mu);
		free(it);
		rc = AUDIT_E_UNAVAILABLE;
		goto refuse;
	}
	/* Both clocks under mu: queue order = seq order = time order. */
	it->enq_ms = mono_ms();
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

struct waiter {
	audit *a;
	pthread_cond_t cv;
	int done;
	int rc;
	uint64_t seq;
};

static void sync_done(void *arg, int rc, uint64_t seq)
{
	struct waiter *w = arg;
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
	struct waiter w = {.a = a};
	if (pthread_cond_init(&w.cv, NULL) != 0) {
		json_decref(entry);
		return AUDIT_E_NOMEM;
	}
	audit_submit(a, entry, sync_done, &w);
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
	if (a->busy_since && mono_ms() - a->busy_since > a->timeout_ms)
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
	hex(a->head_hash, 32, hash);
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

/* ---------- reading: query ---------- */

static int field_is(json_t *e, const char *name, const char *want)
{
	if (!want)
		return 1;
	const char *s = json_string_value(json_object_get(e, name));
	return s && strcmp(s, want) == 0;
}

int audit_query(audit *a, const audit_filter *f, json_t **entries_out, uint64_t *next_seq)
{
	static const audit_filter none;
	json_t *arr = NULL;
	int rc = 0;
	if (!a || !entries_out || !next_seq)
		return AUDIT_E_INVALID;
	if (!f)
		f = &none;
	size_t limit = f->limit ? f->limit : AUDIT_QUERY_DEFAULT;
	if (limit > AUDIT_QUERY_MAX)
		limit = AUDIT_QUERY_MAX;
	uint64_t next = f->since_seq ? f->since_seq : 1;
	arr = json_array();
	if (!arr)
		return AUDIT_E_NOMEM;
	size_t scanned = 0;
	int at_end = 0;
	while (!at_end && json_array_size(arr) < limit && scanned < QUERY_SCAN_MAX) {
		MDB_txn *txn;
		MDB_dbi dbi;
		MDB_cursor *cur;
		rc = rd_begin(a, &txn, &dbi);
		if (rc)
			goto out;
		rc = mdb_cursor_open(txn, dbi, &cur);
		if (rc) {
			rd_end(a, txn);
			rc = map_mdb_rc(rc);
			goto out;
		}
		uint8_t kb[8];
		put_be64(kb, next);
		MDB_val k = {.mv_size = 8, .mv_data = kb}, v;
		int mrc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE);
		size_t chunk = 0;
		while (mrc == 0 && chunk < READ_CHUNK && json_array_size(arr) < limit &&
		       scanned < QUERY_SCAN_MAX) {
			chunk++;
			scanned++;
			if (k.mv_size == 8) {
				/* Unparseable or odd entries are skipped: audit_verify reports them. */
				uint64_t seq = get_be64(k.mv_data);
				next = seq + 1;
				json_t *e = json_loadb(v.mv_data, v.mv_size, PARSE_FLAGS, NULL);
				if (e && json_is_object(e) && field_is(e, "subject", f->subject) &&
				    field_is(e, "resource", f->resource) &&
				    field_is(e, "decision", f->decision) &&
				    field_is(e, "user", f->user)) {
					if (json_array_append_new(arr, e)) {
						mrc = ENOMEM;
						break;
					}
				} else {
					json_decref(e);
				}
			}
			mrc = mdb_cursor_get(cur, &k, &v, MDB_NEXT);
		}
		mdb_cursor_close(cur);
		rd_end(a, txn);
		if (mrc == MDB_NOTFOUND) {
			at_end = 1;
		} else if (mrc) {
			rc = map_mdb_rc(mrc);
			goto out;
		}
	}
	*entries_out = arr;
	*next_seq = next;
	arr = NULL;
out:
	json_decref(arr);
	return rc;
}

/* ---------- reading: verify ---------- */

/* Where the chain is read from: the live handle (locked chunks) or an env
 * opened read-only by audit_verify_dir. */
struct vsrc {
	audit *a;
	MDB_env *env;
	MDB_dbi dbi;
};

static int vsrc_begin(struct vsrc *s, MDB_txn **txn, MDB_dbi *dbi)
{
	if (s->a)
		return rd_begin(s->a, txn, dbi);
	int rc = mdb_txn_begin(s->env, NULL, MDB_RDONLY, txn);
	if (rc == MDB_MAP_RESIZED) {
		/* The writer grew the map since we opened: adopt its size. */
		rc = mdb_env_set_mapsize(s->env, 0);
		if (!rc)
			rc = mdb_txn_begin(s->env, NULL, MDB_RDONLY, txn);
	}
	*dbi = s->dbi;
	return map_mdb_rc(rc);
}

static void vsrc_end(struct vsrc *s, MDB_txn *txn)
{
	if (s->a)
		rd_end(s->a, txn);
	else
		mdb_txn_abort(txn);
}

static void vbad(audit_verify_result *r, uint64_t seq, const char *reason)
{
	r->ok = 0;
	r->first_bad_seq = seq;
	snprintf(r->reason, sizeof r->reason, "%s", reason);
}

/* Checks one stored entry against its key, the previous hash and the key.
 * On success advances prev to this entry's hash. Returns 0 or sets r. */
static int verify_one(const uint8_t *key, uint64_t expected, const MDB_val *k, const MDB_val *v,
		      uint8_t prev[32], audit_verify_result *r)
{
	char phex[AUDIT_HASH_HEX], mhex[AUDIT_HASH_HEX];
	uint8_t mac[32];
	json_t *e = NULL;
	char *nomac = NULL, *full = NULL;
	int bad = 1;
	if (k->mv_size != 8) {
		vbad(r, expected, "malformed key (inserted record?)");
		goto out;
	}
	uint64_t seq = get_be64(k->mv_data);
	if (seq != expected) {
		vbad(r, expected, seq > expected ? "entry missing (deleted?)"
						 : "unexpected key (inserted record?)");
		goto out;
	}
	if (v->mv_size > MAX_STORED) {
		vbad(r, seq, "entry too large");
		goto out;
	}
	e = json_loadb(v->mv_data, v->mv_size, PARSE_FLAGS, NULL);
	if (!e || !json_is_object(e)) {
		vbad(r, seq, "entry is not a JSON object");
		goto out;
	}
	json_t *js = json_object_get(e, "seq");
	if (!json_is_integer(js) || (uint64_t)json_integer_value(js) != seq) {
		vbad(r, seq, "seq field does not match its position (moved or inserted?)");
		goto out;
	}
	const char *smac = json_string_value(json_object_get(e, "mac"));
	if (!smac || strlen(smac) != 64) {
		vbad(r, seq, "missing or malformed mac");
		goto out;
	}
	char given[AUDIT_HASH_HEX];
	memcpy(given, smac, AUDIT_HASH_HEX);
	json_t *mac_j = json_incref(json_object_get(e, "mac"));
	json_object_del(e, "mac");
	nomac = json_dumps(e, CANON_FLAGS);
	if (!nomac || hmac256(key, nomac, strlen(nomac), mac)) {
		json_decref(mac_j);
		vbad(r, seq, "out of memory while verifying");
		goto out;
	}
	hex(mac, 32, mhex);
	if (CRYPTO_memcmp(mhex, given, 64) != 0) {
		json_decref(mac_j);
		vbad(r, seq, "mac mismatch (entry altered or forged)");
		goto out;
	}
	json_object_set_new(e, "mac", mac_j);
	const char *sprev = json_string_value(json_object_get(e, "prev"));
	hex(prev, 32, phex);
	if (!sprev || strcmp(sprev, phex) != 0) {
		vbad(r, seq, "prev does not match the previous entry (chain broken)");
		goto out;
	}
	full = json_dumps(e, CANON_FLAGS);
	if (!full || strlen(full) != v->mv_size || memcmp(full, v->mv_data, v->mv_size) != 0) {
		vbad(r, seq, "stored bytes are not canonical");
		goto out;
	}
	SHA256(v->mv_data, v->mv_size, prev);
	bad = 0;
out:
	json_decref(e);
	free(nomac);
	free(full);
	return bad;
}

static int verify_src(struct vsrc *s, const uint8_t *key, const audit_anchor *anchor,
		      audit_verify_result *r)
{
	uint8_t prev[32] = {0}, lastkey[8];
	uint64_t expected = 1;
	int started = 0, done = 0, rc = 0;
	memset(r, 0, sizeof *r);
	r->ok = 1;
	while (!done) {
		MDB_txn *txn;
		MDB_dbi dbi;
		MDB_cursor *cur;
		rc = vsrc_begin(s, &txn, &dbi);
		if (rc)
			return rc;
		rc = mdb_cursor_open(txn, dbi, &cur);
		if (rc) {
			vsrc_end(s, txn);
			return map_mdb_rc(rc);
		}
		MDB_val k, v;
		int mrc;
		if (!started) {
			mrc = mdb_cursor_get(cur, &k, &v, MDB_FIRST);
		} else {
			/* Resume after the last key seen, so no odd key in between is skipped. */
			k.mv_size = 8;
			k.mv_data = lastkey;
			mrc = mdb_cursor_get(cur, &k, &v, MDB_SET_RANGE);
			if (mrc == 0 && k.mv_size == 8 && memcmp(k.mv_data, lastkey, 8) == 0)
				mrc = mdb_cursor_get(cur, &k, &v, MDB_NEXT);
		}
		size_t chunk = 0;
		while (mrc == 0 && chunk < READ_CHUNK) {
			if (verify_one(key, expected, &k, &v, prev, r)) {
				done = 1;
				break;
			}
			if (anchor && expected == anchor->seq) {
				char h[AUDIT_HASH_HEX];
				hex(prev, 32, h);
				if (strcmp(h, anchor->hash) != 0) {
					vbad(r, expected, "hash at the anchor seq differs from the anchor");
					done = 1;
					break;
				}
			}
			memcpy(lastkey, k.mv_data, 8);
			started = 1;
			expected++;
			chunk++;
			mrc = mdb_cursor_get(cur, &k, &v, MDB_NEXT);
		}
		mdb_cursor_close(cur);
		vsrc_end(s, txn);
		if (done)
			break;
		if (mrc == MDB_NOTFOUND)
			done = 1;
		else if (mrc)
			return map_mdb_rc(mrc);
	}
	r->entries = expected - 1;
	r->head_seq = expected - 1;
	hex(prev, 32, r->head_hash);
	if (r->ok && anchor && anchor->seq > r->head_seq) {
		char msg[128];
		snprintf(msg, sizeof msg, "log truncated: ends at seq %llu before the anchor at seq %llu",
			 (unsigned long long)r->head_seq, (unsigned long long)anchor->seq);
		vbad(r, r->head_seq + 1, msg);
	}
	return 0;
}

int audit_verify(audit *a, audit_verify_result *r)
{
	if (!a || !r)
		return AUDIT_E_INVALID;
	struct vsrc s = {.a = a};
	return verify_src(&s, a->key, NULL, r);
}

/* Opens dir read-only (MDB_RDONLY: never writes data.mdb) and the entries DB. */
static int open_ro(const char *dir, MDB_env **envp, MDB_dbi *dbi, const uint8_t *key)
{
	MDB_env *env = NULL;
	MDB_txn *txn = NULL;
	MDB_dbi meta;
	char path[4096];
	struct stat st;
	int rc;
	snprintf(path, sizeof path, "%s/data.mdb", dir);
	if (stat(path, &st) != 0)
		return errno == ENOENT ? AUDIT_E_NOTFOUND : AUDIT_E_IO;
	rc = mdb_env_create(&env);
	if (rc)
		return AUDIT_E_NOMEM;
	mdb_env_set_maxdbs(env, 4);
	rc = mdb_env_open(env, dir, MDB_RDONLY | MDB_NOTLS, 0600);
	if (!rc)
		rc = mdb_txn_begin(env, NULL, MDB_RDONLY, &txn);
	if (!rc)
		rc = mdb_dbi_open(txn, "entries", 0, dbi);
	if (rc) {
		rc = rc == MDB_NOTFOUND ? AUDIT_E_NOTFOUND : AUDIT_E_IO;
		goto out;
	}
	if (key && mdb_dbi_open(txn, "meta", 0, &meta) == 0) {
		char kid[AUDIT_HASH_HEX];
		MDB_val k = {.mv_size = 6, .mv_data = "key_id"}, v;
		key_id(key, kid);
		if (mdb_get(txn, meta, &k, &v) == 0 &&
		    (v.mv_size != 64 || CRYPTO_memcmp(v.mv_data, kid, 64) != 0))
			rc = AUDIT_E_KEY;
		OPENSSL_cleanse(kid, sizeof kid);
		if (rc)
			goto out;
	}
	/* Committing a read-only txn keeps the DB handles open. */
	rc = mdb_txn_commit(txn);
	txn = NULL;
	if (rc) {
		rc = AUDIT_E_IO;
		goto out;
	}
	*envp = env;
	env = NULL;
out:
	if (txn)
		mdb_txn_abort(txn);
	if (env)
		mdb_env_close(env);
	return rc;
}

int audit_verify_dir(const char *dir, const uint8_t *key, const audit_anchor *anchor,
		     audit_verify_result *r)
{
	if (!dir || !key || !r)
		return AUDIT_E_INVALID;
	struct vsrc s = {0};
	int rc = open_ro(dir, &s.env, &s.dbi, key);
	if (rc)
		return rc;
	rc = verify_src(&s, key, anchor, r);
	mdb_env_close(s.env);
	return rc;
}

int audit_head_dir(const char *dir, uint64_t *seq, char hash[AUDIT_HASH_HEX])
{
	if (!dir || !seq || !hash)
		return AUDIT_E_INVALID;
	struct vsrc s = {0};
	MDB_txn *txn;
	MDB_dbi dbi;
	uint8_t h[32];
	int rc = open_ro(dir, &s.env, &s.dbi, NULL);
	if (rc)
		return rc;
	rc = vsrc_begin(&s, &txn, &dbi);
	if (!rc) {
		rc = read_head(txn, dbi, seq, h);
		vsrc_end(&s, txn);
	}
	if (!rc)
		hex(h, 32, hash);
	mdb_env_close(s.env);
	return rc;
}
