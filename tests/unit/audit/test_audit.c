/* Unit tests for gateway/audit: sealing, chain, group commit, fail-closed,
 * timeouts, tamper detection, query, export, anchors. Each test works in its
 * own mkdtemp directory and removes it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <lmdb.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "audit.h"
#include "fault.h"
#include "file.h"
#include "hex.h"
#include "timefmt.h"

static const uint8_t KEY[32] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
				17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32};

/* ---------- world ---------- */

struct world {
	char root[64];
	char dir[128];
};

static int rm_cb(const char *p, const struct stat *st, int flag, struct FTW *f)
{
	(void)st;
	(void)flag;
	(void)f;
	return remove(p);
}

static int setup(void **state)
{
	struct world *w = calloc(1, sizeof *w);
	assert_non_null(w);
	snprintf(w->root, sizeof w->root, "/tmp/custos-audit-XXXXXX");
	assert_non_null(mkdtemp(w->root));
	snprintf(w->dir, sizeof w->dir, "%s/audit", w->root);
	*state = w;
	return 0;
}

static int teardown(void **state)
{
	struct world *w = *state;
	nftw(w->root, rm_cb, 16, FTW_DEPTH | FTW_PHYS);
	free(w);
	return 0;
}

static audit_conf conf_for(const char *dir)
{
	/* A queue timeout far above any fsync a loaded machine makes (TSAN with
	 * a load of 14 saw entries wait over 2 s): these tests are about order
	 * and sharing, not the timeout, which its own test sets to 150 ms. */
	audit_conf c = {.dir = dir, .key = KEY, .group_commit = 1, .timeout_ms = 30000};
	return c;
}

static audit *open_ok(const audit_conf *c)
{
	audit *a = NULL;
	char err[256];
	int rc = audit_open(&a, c, err, sizeof err);
	if (rc)
		fprintf(stderr, "audit_open: %s\n", err);
	assert_int_equal(rc, 0);
	return a;
}

static json_t *mk_entry(int i, const char *subject, const char *decision, const char *resource)
{
	char rid[32];
	snprintf(rid, sizeof rid, "req-%d", i);
	return json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:[s], s:s, s:s, s:s, s:i, s:[]}",
			 "request_id", rid, "decision", decision, "action", "conversation:read",
			 "resource", resource, "subject", subject, "client", "svc:console",
			 "cert_sha256", "ab12", "roles", "support_agent", "rule",
			 "support_agent/assigned", "reason", "assigned ticket", "purpose",
			 "ticket:4711", "policy_version", 7, "redact");
}

static json_t *entry(int i)
{
	return mk_entry(i, "user:corp/alice", "allow", "conversation/c-1");
}

static void append_n(audit *a, int from, int n)
{
	for (int i = from; i < from + n; i++) {
		uint64_t seq = 0;
		assert_int_equal(audit_append_sync(a, entry(i), &seq), 0);
		assert_int_equal(seq, (uint64_t)i);
	}
}

struct rec {
	atomic_int calls;
	atomic_int rc;
	atomic_ullong seq;
};

static void rec_done(void *arg, int rc, uint64_t seq)
{
	struct rec *r = arg;
	atomic_store(&r->rc, rc);
	atomic_store(&r->seq, seq);
	atomic_fetch_add(&r->calls, 1);
}

static void wait_calls(struct rec *r, int ms)
{
	for (int i = 0; i < ms && atomic_load(&r->calls) == 0; i++)
		usleep(1000);
}

/* ---------- raw LMDB access for tamper tests ---------- */

static void raw_open(const char *dir, unsigned flags, MDB_env **env, MDB_txn **txn, MDB_dbi *dbi)
{
	assert_int_equal(mdb_env_create(env), 0);
	mdb_env_set_maxdbs(*env, 4);
	assert_int_equal(mdb_env_open(*env, dir, flags, 0600), 0);
	assert_int_equal(mdb_txn_begin(*env, NULL, flags & MDB_RDONLY, txn), 0);
	assert_int_equal(mdb_dbi_open(*txn, "entries", 0, dbi), 0);
}

static void be64(uint8_t out[8], uint64_t v)
{
	for (int i = 7; i >= 0; i--) {
		out[i] = (uint8_t)v;
		v >>= 8;
	}
}

/* Stored bytes of seq (new buffer). */
static char *raw_get(MDB_txn *txn, MDB_dbi dbi, uint64_t seq, size_t *len)
{
	uint8_t kb[8];
	be64(kb, seq);
	MDB_val k = {8, kb}, v;
	assert_int_equal(mdb_get(txn, dbi, &k, &v), 0);
	char *s = malloc(v.mv_size + 1);
	assert_non_null(s);
	memcpy(s, v.mv_data, v.mv_size);
	s[v.mv_size] = '\0';
	*len = v.mv_size;
	return s;
}

static void raw_put(MDB_txn *txn, MDB_dbi dbi, uint64_t seq, const char *val, size_t len)
{
	uint8_t kb[8];
	be64(kb, seq);
	MDB_val k = {8, kb}, v = {len, (void *)val};
	assert_int_equal(mdb_put(txn, dbi, &k, &v, 0), 0);
}

static void raw_del(MDB_txn *txn, MDB_dbi dbi, uint64_t seq)
{
	uint8_t kb[8];
	be64(kb, seq);
	MDB_val k = {8, kb};
	assert_int_equal(mdb_del(txn, dbi, &k, NULL), 0);
}

static void copy_log(const char *from, const char *to)
{
	char src[256], dst[256];
	assert_int_equal(mkdir(to, 0700), 0);
	snprintf(src, sizeof src, "%s/data.mdb", from);
	snprintf(dst, sizeof dst, "%s/data.mdb", to);
	char *buf = NULL;
	size_t len = 0;
	assert_int_equal(file_read(src, 64u << 20, &buf, &len), 0);
	FILE *f = fopen(dst, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(buf, 1, len, f), len);
	fclose(f);
	free(buf);
}

/* Writes 6 entries to w->dir and closes it. */
static void make_log6(struct world *w)
{
	audit_conf c = conf_for(w->dir);
	audit *a = open_ok(&c);
	append_n(a, 1, 6);
	audit_close(a);
}

static void expect_bad(const char *dir, uint64_t seq)
{
	audit_verify_result r;
	assert_int_equal(audit_verify_dir(dir, KEY, NULL, &r), 0);
	if (r.ok || r.first_bad_seq != seq)
		fprintf(stderr, "verify: ok=%d first_bad=%llu reason=%s\n", r.ok,
			(unsigned long long)r.first_bad_seq, r.reason);
	assert_int_equal(r.ok, 0);
	assert_int_equal(r.first_bad_seq, seq);
	assert_int_equal(r.entries, seq - 1);
	assert_true(r.reason[0] != '\0');
}

/* ---------- tests ---------- */

/* e's "mac" is the HMAC over its canonical bytes without "mac" (which is
 * removed from e). */
static void check_mac(json_t *e)
{
	char mhex[65], hx[65];
	snprintf(mhex, sizeof mhex, "%s", json_string_value(json_object_get(e, "mac")));
	json_object_del(e, "mac");
	char *nomac = json_dumps(e, JSON_COMPACT | JSON_SORT_KEYS);
	uint8_t mac[32];
	unsigned int ml = 0;
	HMAC(EVP_sha256(), KEY, 32, (const uint8_t *)nomac, strlen(nomac), mac, &ml);
	hex_encode(mac, 32, hx);
	assert_string_equal(mhex, hx);
	free(nomac);
}

static void test_entry_is_sealed_with_seq_time_prev_mac_and_chain_verifies(void **state)
{
	struct world *w = *state;
	audit_conf c = conf_for(w->dir);
	audit *a = open_ok(&c);
	append_n(a, 1, 3);
	audit_verify_result r;
	assert_int_equal(audit_verify(a, &r), 0);
	assert_true(r.ok);
	assert_int_equal(r.entries, 3);
	assert_int_equal(r.head_seq, 3);
	uint64_t hseq;
	char hhash[AUDIT_HASH_HEX];
	assert_int_equal(audit_head(a, &hseq, hhash), 0);
	assert_int_equal(hseq, 3);
	assert_string_equal(hhash, r.head_hash);
	audit_close(a);

	MDB_env *env;
	MDB_txn *txn;
	MDB_dbi dbi;
	raw_open(w->dir, MDB_RDONLY, &env, &txn, &dbi);
	size_t l1, l2;
	char *s1 = raw_get(txn, dbi, 1, &l1), *s2 = raw_get(txn, dbi, 2, &l2);
	mdb_txn_abort(txn);
	mdb_env_close(env);

	json_t *e1 = json_loads(s1, 0, NULL), *e2 = json_loads(s2, 0, NULL);
	assert_non_null(e1);
	assert_non_null(e2);
	/* Caller's fields kept, module's fields added. */
	assert_string_equal(json_string_value(json_object_get(e1, "request_id")), "req-1");
	assert_string_equal(json_string_value(json_object_get(e1, "cert_sha256")), "ab12");
	assert_int_equal(json_integer_value(json_object_get(e1, "seq")), 1);
	const char *t = json_string_value(json_object_get(e1, "time"));
	assert_non_null(t);
	assert_int_equal(strlen(t), 24);
	assert_int_equal(t[19], '.');
	assert_int_equal(t[23], 'Z');
	time_t tt;
	assert_int_equal(time_parse_rfc3339(t, &tt), 0);
	assert_true(llabs((long long)(tt - time(NULL))) < 60);
	char zeros[65];
	memset(zeros, '0', 64);
	zeros[64] = '\0';
	assert_string_equal(json_string_value(json_object_get(e1, "prev")), zeros);
	/* prev of 2 = SHA-256 of the stored bytes of 1. */
	uint8_t h[32];
	char hx[65];
	SHA256((const uint8_t *)s1, l1, h);
	hex_encode(h, 32, hx);
	assert_string_equal(json_string_value(json_object_get(e2, "prev")), hx);
	/* mac = HMAC over the canonical bytes without "mac"; stored = canonical. */
	char *full = json_dumps(e1, JSON_COMPACT | JSON_SORT_KEYS);
	assert_string_equal(full, s1);
	check_mac(e1);

	/* Offline verify agrees, and the head from the dir matches. */
	audit_verify_result r2;
	assert_int_equal(audit_verify_dir(w->dir, KEY, NULL, &r2), 0);
	assert_true(r2.ok);
	assert_int_equal(r2.entries, 3);
	assert_int_equal(audit_head_dir(w->dir, &hseq, hhash), 0);
	assert_int_equal(hseq, 3);
	assert_string_equal(hhash, r.head_hash);

	free(full);
	free(s1);
	free(s2);
	json_decref(e1);
	json_decref(e2);
}

/* The writer joins the sealed members into the entry rendered at submit
 * (no JSON tree in the writer): whatever the entry's keys and values, the
 * stored bytes must be jansson's canonical dump of the whole entry and the
 * MAC that of the dump without "mac". Keys sort around each sealed one
 * ("mab" < "mac" < "macc" < "mad"), values hold commas,
 * braces, quotes and escapes, and an entry may be empty or have only keys
 * on one side. */
static void test_sealed_members_join_any_entry_canonically(void **state)
{
	struct world *w = *state;
	/* more members than jdump reports places for (RENDER_AT_MAX): scanned */
	char big[2048];
	size_t bl = 0;
	for (int i = 0; i < 70; i++)
		bl += (size_t)snprintf(big + bl, sizeof big - bl, "%s\"k%02d\":%d", i ? "," : "{", i,
				       i);
	snprintf(big + bl, sizeof big - bl, ",\"mac0\":1,\"sez\":\",\",\"tim\":3}");
	const char *const entries[] = {
		big,
		"{\"a\":1,\"l\":2,\"ma\":3,\"md\":4,\"p\":5,\"pr\":6,\"prf\":7,\"s\":8,\"sez\":9,"
		"\"t\":10,\"tz\":11}",
		"{\"u\":{\"mac\":1,\"seq\":[\"time\"]},\"z\":\"\\u0001\"}",
		"{}",
		"{\"a\":1}",
		"{\"zz\":\"z\"}",
		"{\"mab\":1,\"mad\":2,\"m\":3,\"ma\":4,\"macc\":5}",
		"{\"pre\":\"p\",\"prevv\":1,\"prew\":[1,{\"a\":\",\\\"}]\"}],\"q\":{\"seq\":1}}",
		"{\"se\":\",\",\"seq0\":\"}\",\"sep\":\"{\",\"ti\":\"\\\\\",\"timf\":null,\"tim\":true}",
		"{\"A\":\"\\u00e9\\n\",\"\\u00e9\":1,\"b,c\":\"d\\\"e\",\"time_\":[[],{}],\"z\":-1.5}",
	};
	const size_t n = sizeof entries / sizeof entries[0];
	audit_conf c = conf_for(w->dir);
	audit *a = open_ok(&c);
	for (size_t i = 0; i < n; i++) {
		json_error_t err;
		json_t *e = json_loads(entries[i], JSON_ALLOW_NUL, &err);
		assert_non_null(e);
		uint64_t seq = 0;
		assert_int_equal(audit_append_sync(a, e, &seq), 0);
		assert_int_equal(seq, i + 1);
	}
	audit_verify_result r;
	assert_int_equal(audit_verify(a, &r), 0);
	assert_true(r.ok);
	assert_int_equal(r.entries, n);
	audit_close(a);

	MDB_env *env;
	MDB_txn *txn;
	MDB_dbi dbi;
	raw_open(w->dir, MDB_RDONLY, &env, &txn, &dbi);
	for (size_t i = 0; i < n; i++) {
		size_t len;
		char *stored = raw_get(txn, dbi, i + 1, &len);
		json_t *got = json_loadb(stored, len, 0, NULL);
		assert_non_null(got);
		char *full = json_dumps(got, JSON_COMPACT | JSON_SORT_KEYS);
		assert_string_equal(full, stored);
		/* The caller's members are all there, unchanged. */
		json_t *want = json_loads(entries[i], 0, NULL);
		const char *k;
		json_t *v;
		json_object_foreach (want, k, v)
			assert_true(json_equal(v, json_object_get(got, k)));
		assert_int_equal(json_object_size(got), json_object_size(want) + 4);
		check_mac(got);
		free(full);
		free(stored);
		json_decref(got);
		json_decref(want);
	}
	mdb_txn_abort(txn);
	mdb_env_close(env);
}

static void test_bad_entries_are_refused_through_done_at_once(void **state)
{
	struct world *w = *state;
	audit_conf c = conf_for(w->dir);
	audit *a = open_ok(&c);
	struct rec r = {0};

	json_t *e = entry(1);
	json_object_set_new(e, "seq", json_integer(99));
	assert_int_equal(audit_submit(a, e, rec_done, &r), AUDIT_E_INVALID);
	assert_int_equal(atomic_load(&r.calls), 1);
	assert_int_equal(atomic_load(&r.rc), AUDIT_E_INVALID);

	e = entry(1);
	json_object_set_new(e, "mac", json_string("x"));
	assert_int_equal(audit_append_sync(a, e, NULL), AUDIT_E_INVALID);
	assert_int_equal(audit_append_sync(a, json_string("not an object"), NULL), AUDIT_E_INVALID);

	char *big = malloc(AUDIT_MAX_ENTRY + 10);
	memset(big, 'x', AUDIT_MAX_ENTRY + 9);
	big[AUDIT_MAX_ENTRY + 9] = '\0';
	e = entry(1);
	json_object_set_new(e, "reason", json_string(big));
	free(big);
	assert_int_equal(audit_append_sync(a, e, NULL), AUDIT_E_TOO_LARGE);

	json_t *deep = json_object();
	for (int i = 0; i < AUDIT_MAX_DEPTH + 2; i++)
		deep = json_pack("{s:o}", "x", deep);
	e = entry(1);
	json_object_set_new(e, "extra", deep);
	assert_int_equal(audit_append_sync(a, e, NULL), AUDIT_E_TOO_LARGE);

	/* Nothing was written; the next good entry is seq 1. */
	uint64_t seq = 0;
	assert_int_equal(audit_append_sync(a, entry(1), &seq), 0);
	assert_int_equal(seq, 1);
	audit_stats st;
	audit_get_stats(a, &st);
	assert_int_equal(st.rejected, 5);
	assert_int_equal(st.entries, 1);
	audit_close(a);
}

static void sha_hex(const char *s, size_t n, char out[65])
{
	unsigned char md[32];
	SHA256((const unsigned char *)s, n, md);
	for (int i = 0; i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", md[i]);
}

/* Whatever a client makes of an entry's parts, audit_entry_fit makes it
 * storable: long strings keep a prefix and the whole's SHA-256, wide or deep
 * containers become a digest, and an entry still too large keeps the
 * contract's fields. Entries within bounds are left exactly as they were. */
static void test_entry_fit_bounds_every_client_sized_part(void **state)
{
	struct world *w = *state;
	audit_conf c = conf_for(w->dir);
	audit *a = open_ok(&c);
	char hex[65], want[400];

	/* Within bounds: unchanged. */
	json_t *e = entry(1), *copy = json_deep_copy(e);
	assert_int_equal(audit_entry_fit(e), 0);
	assert_true(json_equal(e, copy));
	json_decref(copy);
	assert_int_equal(audit_append_sync(a, e, NULL), 0);

	/* A 20 KB resource with a multi-byte character across the cut. */
	size_t n = 20000;
	char *big = malloc(n + 1);
	memset(big, 'x', n);
	memcpy(big + AUDIT_FIT_KEEP - 1, "\xc3\xa9", 2); /* U+00E9 over byte KEEP */
	big[n] = '\0';
	e = mk_entry(2, "user:corp/alice", "allow", big);
	json_t *shared = json_pack("{s:s}", "k", big);
	json_object_set(e, "extra", shared);
	assert_int_equal(audit_entry_fit(e), 0);
	sha_hex(big, n, hex);
	snprintf(want, sizeof want, "%.*s...[%zu bytes] sha256:%s", AUDIT_FIT_KEEP - 1, big, n,
		 hex);
	assert_string_equal(json_string_value(json_object_get(e, "resource")), want);
	/* the caller's shared object was replaced, not changed */
	assert_int_equal(json_string_length(json_object_get(shared, "k")), n);
	json_decref(shared);
	free(big);
	assert_int_equal(audit_append_sync(a, e, NULL), 0);

	/* 1,500 keys, keys of 5 KB, 20 levels: all storable. */
	json_t *wide = json_object(), *deep = json_object();
	for (int i = 0; i < 1500; i++) {
		char k[16];
		snprintf(k, sizeof k, "k%d", i);
		json_object_set_new(wide, k, json_true());
	}
	for (int i = 0; i < 20; i++)
		deep = json_pack("{s:o}", "x", deep);
	char *longkey = malloc(5001);
	memset(longkey, 'k', 5000);
	longkey[5000] = '\0';
	e = entry(3);
	json_object_set_new(e, "consent", wide);
	json_object_set_new(e, "nested", deep);
	json_object_set_new(e, "labels", json_pack("{s:b}", longkey, 1));
	free(longkey);
	assert_int_equal(audit_entry_fit(e), 0);
	assert_true(json_is_string(json_object_get(e, "consent")));
	assert_non_null(strstr(json_string_value(json_object_get(e, "consent")), "sha256:"));
	assert_true(json_is_object(json_object_get(e, "labels")));
	assert_int_equal(json_object_size(json_object_get(e, "labels")), 1);
	assert_int_equal(audit_append_sync(a, e, NULL), 0);

	/* Many members under the caps, together over AUDIT_MAX_ENTRY: the
	 * contract's fields stay, the rest is folded into "omitted". */
	e = entry(4);
	for (int i = 0; i < 200; i++) {
		char k[16], v[250];
		snprintf(k, sizeof k, "m%d", i);
		memset(v, 'v', sizeof v - 1);
		v[sizeof v - 1] = '\0';
		json_object_set_new(e, k, json_string(v));
	}
	assert_int_equal(audit_entry_fit(e), 0);
	assert_string_equal(json_string_value(json_object_get(e, "resource")), "conversation/c-1");
	assert_string_equal(json_string_value(json_object_get(e, "request_id")), "req-4");
	json_t *om = json_object_get(e, "omitted");
	assert_non_null(om);
	assert_int_equal(json_integer_value(json_object_get(om, "count")), 200);
	assert_int_equal(json_array_size(json_object_get(om, "members")), 32);
	assert_null(json_object_get(e, "m0"));
	uint64_t seq = 0;
	assert_int_equal(audit_append_sync(a, e, &seq), 0);
	assert_int_equal(seq, 4);

	assert_int_equal(audit_entry_fit(NULL), AUDIT_E_INVALID);
	audit_close(a);
}

#define NTHREADS 8
#define PER_THREAD 250

struct burst {
	audit *a;
	int t;
	struct rec *recs;
};

static void *burst_main(void *p)
{
	struct burst *b = p;
	for (int i = 0; i < PER_THREAD; i++) {
		int id = b->t * PER_THREAD + i;
		json_t *e = mk_entry(id, b->t % 2 ? "user:corp/bob" : "user:corp/alice", "allow",
				     "conversation/c-2");
		audit_submit(b->a, e, rec_done, &b->recs[id]);
	}
	return NULL;
}

static void test_concurrent_submitters_get_contiguous_seqs_and_share_commits(void **state)
{
	struct world *w = *state;
	audit_conf c = conf_for(w->dir);
	audit *a = open_ok(&c);
	const int total = NTHREADS * PER_THREAD;
	struct rec *recs = calloc((size_t)total, sizeof *recs);
	pthread_t th[NTHREADS];
	struct burst b[NTHREADS];
	for (int t = 0; t < NTHREADS; t++) {
		b[t] = (struct burst){.a = a, .t = t, .recs = recs};
		assert_int_equal(pthread_create(&th[t], NULL, burst_main, &b[t]), 0);
	}
	for (int t = 0; t < NTHREADS; t++)
		pthread_join(th[t], NULL);
	audit_close(a); /* drains: every callback has run when it returns */

	uint8_t *seen = calloc((size_t)total + 1, 1);
	for (int i = 0; i < total; i++) {
		assert_int_equal(atomic_load(&recs[i].calls), 1);
		assert_int_equal(atomic_load(&recs[i].rc), 0);
		uint64_t s = atomic_load(&recs[i].seq);
		assert_true(s >= 1 && s <= (uint64_t)total);
		assert_int_equal(seen[s], 0);
		seen[s] = 1;
	}
	audit_verify_result r;
	assert_int_equal(audit_verify_dir(w->dir, KEY, NULL, &r), 0);
	assert_true(r.ok);
	assert_int_equal(r.entries, (uint64_t)total);

	a = open_ok(&c);
	audit_stats st;
	append_n(a, total + 1, 1);
	audit_get_stats(a, &st);
	assert_int_equal(st.head_seq, (uint64_t)total + 1);
	audit_close(a);
	free(seen);
	free(recs);
}

struct pacer {
	audit *a;
	int n;
	atomic_int *fails;
};

static void *pacer_main(void *p)
{
	struct pacer *pc = p;
	for (int i = 0; i < pc->n; i++)
		if (audit_append_sync(pc->a, entry(i), NULL) != 0)
			atomic_fetch_add(pc->fails, 1);
	return NULL;
}

static void test_waiting_clients_share_fsyncs_only_with_group_commit(void **state)
{
	struct world *w = *state;
	for (int gc = 0; gc <= 1; gc++) {
		char dir[200];
		snprintf(dir, sizeof dir, "%s/gc%d", w->root, gc);
		audit_conf c = conf_for(dir);
		c.group_commit = gc;
		audit *a = open_ok(&c);
		atomic_int fails = 0;
		pthread_t th[8];
		struct pacer pc = {.a = a, .n = 40, .fails = &fails};
		for (int t = 0; t < 8; t++)
			pthread_create(&th[t], NULL, pacer_main, &pc);
		for (int t = 0; t < 8; t++)
			pthread_join(th[t], NULL);
		audit_stats st;
		audit_get_stats(a, &st);
		assert_int_equal(atomic_load(&fails), 0);
		assert_int_equal(st.entries, 320);
		if (gc)
			assert_true(st.batches < st.entries);
		else
			assert_int_equal(st.batches, st.entries);
		audit_verify_result r;
		assert_int_equal(audit_verify(a, &r), 0);
		assert_true(r.ok);
		assert_int_equal(r.entries, 320);
		audit_close(a);
	}
}

static void test_changed_byte_fails_verify_at_that_seq(void **state)
{
	struct world *w = *state;
	char copy[200];
	make_log6(w);
	snprintf(copy, sizeof copy, "%s/copy", w->root);
	copy_log(w->dir, copy);
	MDB_env *env;
	MDB_txn *txn;
	MDB_dbi dbi;
	raw_open(copy, 0, &env, &txn, &dbi);
	size_t len;
	char *s = raw_get(txn, dbi, 3, &len);
	char *p = strstr(s, "\"reason\":\"assigned");
	assert_non_null(p);
	p[11] ^= 0x01; /* 'a' -> '`': one byte, still valid JSON */
	raw_put(txn, dbi, 3, s, len);
	assert_int_equal(mdb_txn_commit(txn), 0);
	mdb_env_close(env);
	free(s);
	expect_bad(copy, 3);
	/* The original is untouched. */
	audit_verify_result r;
	assert_int_equal(audit_verify_dir(w->dir, KEY, NULL, &r), 0);
	assert_true(r.ok);
}

static void test_deleted_entry_fails_verify_at_that_seq(void **state)
{
	struct world *w = *state;
	char copy[200];
	make_log6(w);
	snprintf(copy, sizeof copy, "%s/copy", w->root);
	copy_log(w->dir, copy);
	MDB_env *env;
	MDB_txn *txn;
	MDB_dbi dbi;
	raw_open(copy, 0, &env, &txn, &dbi);
	raw_del(txn, dbi, 4);
	assert_int_equal(mdb_txn_commit(txn), 0);
	mdb_env_close(env);
	expect_bad(copy, 4);
}

static void test_swapped_entries_fail_verify_at_the_first(void **state)
{
	struct world *w = *state;
	char copy[200];
	make_log6(w);
	snprintf(copy, sizeof copy, "%s/copy", w->root);
	copy_log(w->dir, copy);
	MDB_env *env;
	MDB_txn *txn;
	MDB_dbi dbi;
	raw_open(copy, 0, &env, &txn, &dbi);
	size_t l2, l5;
	char *s2 = raw_get(txn, dbi, 2, &l2), *s5 = raw_get(txn, dbi, 5, &l5);
	raw_put(txn, dbi, 2, s5, l5);
	raw_put(txn, dbi, 5, s2, l2);
	assert_int_equal(mdb_txn_commit(txn), 0);
	mdb_env_close(env);
	free(s2);
	free(s5);
	expect_bad(copy, 2);
}

static void test_inserted_entry_fails_verify_at_its_seq(void **state)
{
	struct world *w = *state;
	char copy[200];
	make_log6(w);
	snprintf(copy, sizeof copy, "%s/copy", w->root);
	copy_log(w->dir, copy);
	MDB_env *env;
	MDB_txn *txn;
	MDB_dbi dbi;
	raw_open(copy, 0, &env, &txn, &dbi);
	/* Shift 3..6 up to 4..7 and put a genuine (validly MACed) entry, a copy
	 * of entry 2, at 3. */
	for (uint64_t s = 6; s >= 3; s--) {
		size_t l;
		char *v = raw_get(txn, dbi, s, &l);
		raw_put(txn, dbi, s + 1, v, l);
		free(v);
	}
	size_t l;
	char *v2 = raw_get(txn, dbi, 2, &l);
	raw_put(txn, dbi, 3, v2, l);
	free(v2);
	/* And a stray non-seq key between 1 and 2 in a second copy below. */
	assert_int_equal(mdb_txn_commit(txn), 0);
	mdb_env_close(env);
	expect_bad(copy, 3);

	char copy2[200];
	snprintf(copy2, sizeof copy2, "%s/copy2", w->root);
	copy_log(w->dir, copy2);
	raw_open(copy2, 0, &env, &txn, &dbi);
	uint8_t kb[9] = {0, 0, 0, 0, 0, 0, 0, 1, 0x41};
	MDB_val k = {9, kb}, v = {2, "{}"};
	assert_int_equal(mdb_put(txn, dbi, &k, &v, 0), 0);
	assert_int_equal(mdb_txn_commit(txn), 0);
	mdb_env_close(env);
	expect_bad(copy2, 2);
}

static void test_verify_with_wrong_key_is_refused(void **state)
{
	struct world *w = *state;
	make_log6(w);
	uint8_t other[32] = {9};
	audit_verify_result r;
	assert_int_equal(audit_verify_dir(w->dir, other, NULL, &r), AUDIT_E_KEY);
	audit_conf c = conf_for(w->dir);
	c.key = other;
	audit *a = NULL;
	char err[256];
	assert_int_equal(audit_open(&a, &c, err, sizeof err), AUDIT_E_KEY);
	assert_null(a);
	assert_non_null(strstr(err, "different audit key"));
}

static void test_head_anchor_detects_truncation_and_rewrites(void **state)
{
	struct world *w = *state;
	make_log6(w);
	audit_anchor an = {0};
	assert_int_equal(audit_head_dir(w->dir, &an.seq, an.hash), 0);
	assert_int_equal(an.seq, 6);
	audit_verify_result r;
	assert_int_equal(audit_verify_dir(w->dir, KEY, &an, &r), 0);
	assert_true(r.ok);

	/* Dropping the tail keeps a valid chain: only the anchor catches it. */
	char copy[200];
	snprintf(copy, sizeof copy, "%s/copy", w->root);
	copy_log(w->dir, copy);
	MDB_env *env;
	MDB_txn *txn;
	MDB_dbi dbi;
	raw_open(copy, 0, &env, &txn, &dbi);
	raw_del(txn, dbi, 6);
	raw_del(txn, dbi, 5);
	assert_int_equal(mdb_txn_commit(txn), 0);
	mdb_env_close(env);
	assert_int_equal(audit_verify_dir(copy, KEY, NULL, &r), 0);
	assert_true(r.ok);
	assert_int_equal(r.entries, 4);
	assert_int_equal(audit_verify_dir(copy, KEY, &an, &r), 0);
	assert_false(r.ok);
	assert_int_equal(r.first_bad_seq, 5);
	assert_non_null(strstr(r.reason, "truncated"));

	/* An anchor from an older head still verifies a longer log... */
	audit_anchor old = {0};
	assert_int_equal(audit_head_dir(copy, &old.seq, old.hash), 0);
	assert_int_equal(audit_verify_dir(w->dir, KEY, &old, &r), 0);
	assert_true(r.ok);
	/* ...but not one whose entry at the anchor hashes differently. */
	old.hash[0] = old.hash[0] == '0' ? '1' : '0';
	assert_int_equal(audit_verify_dir(w->dir, KEY, &old, &r), 0);
	assert_false(r.ok);
	assert_int_equal(r.first_bad_seq, 4);
}

static void test_full_map_fails_closed_then_resumes_after_growth(void **state)
{
	struct world *w = *state;
	audit_conf c = conf_for(w->dir);
	c.map_size = 64 * 1024;
	audit *a = open_ok(&c);
	uint64_t last = 0;
	int rc = 0;
	for (int i = 1; i < 10000; i++) {
		uint64_t seq = 0;
		rc = audit_append_sync(a, entry(i), &seq);
		if (rc)
			break;
		assert_int_equal(seq, (uint64_t)i);
		last = seq;
	}
	assert_int_equal(rc, AUDIT_E_UNAVAILABLE);
	assert_true(last > 0);
	assert_false(audit_ready(a));
	audit_stats st;
	audit_get_stats(a, &st);
	assert_true(st.failures >= 1);
	assert_int_equal(st.reopens, 0); /* MAP_FULL leaves the environment usable */
	assert_int_equal(st.head_seq, last);
	/* Still failing closed, the chain intact and readable. */
	assert_int_equal(audit_append_sync(a, entry(0), NULL), AUDIT_E_UNAVAILABLE);
	audit_verify_result r;
	assert_int_equal(audit_verify(a, &r), 0);
	assert_true(r.ok);
	assert_int_equal(r.entries, last);

	/* The operator grows the map: service resumes by itself, chained to the
	 * last durable entry. */
	assert_int_equal(audit_set_map_size(a, 4u << 20), 0);
	uint64_t seq = 0;
	assert_int_equal(audit_append_sync(a, entry(1), &seq), 0);
	assert_int_equal(seq, last + 1);
	assert_true(audit_ready(a));
	assert_int_equal(audit_verify(a, &r), 0);
	assert_true(r.ok);
	assert_int_equal(r.entries, last + 1);
	audit_close(a);

	/* A reopen with the tiny size keeps the grown file usable. */
	a = open_ok(&c);
	assert_int_equal(audit_append_sync(a, entry(2), &seq), 0);
	assert_int_equal(seq, last + 2);
	audit_close(a);
	assert_int_equal(audit_verify_dir(w->dir, KEY, NULL, &r), 0);
	assert_true(r.ok);
	assert_int_equal(r.entries, last + 2);
}

static void test_unhealthy_log_becomes_ready_again_without_traffic(void **state)
{
	struct world *w = *state;
	audit_conf c = conf_for(w->dir);
	c.map_size = 64 * 1024;
	audit *a = open_ok(&c);
	int rc = 0;
	for (int i = 1; i < 10000 && !rc; i++)
		rc = audit_append_sync(a, entry(i), NULL);
	assert_int_equal(rc, AUDIT_E_UNAVAILABLE);
	assert_false(audit_ready(a));
	assert_int_equal(audit_set_map_size(a, 4u << 20), 0);
	for (int i = 0; i < 3000 && !audit_ready(a); i++)
		usleep(1000); /* the writer probes once a second while unhealthy */
	assert_true(audit_ready(a));
	audit_close(a);
}

struct stall {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	int armed, entered, release;
};

static int stall_hook(void *arg)
{
	struct stall *s = arg;
	pthread_mutex_lock(&s->mu);
	if (s->armed) {
		s->entered = 1;
		pthread_cond_broadcast(&s->cv);
		while (!s->release)
			pthread_cond_wait(&s->cv, &s->mu);
		s->armed = 0;
	}
	pthread_mutex_unlock(&s->mu);
	return 0;
}

static void test_io_error_fails_batch_reopens_and_chains_to_last_durable(void **state)
{
	struct world *w = *state;
	int errs[] = {EIO, ENOSPC, MDB_PANIC};
	uint64_t next = 1;
	audit_conf c = conf_for(w->dir);
	audit *a = open_ok(&c);
	for (size_t i = 0; i < sizeof errs / sizeof errs[0]; i++) {
		append_n(a, (int)next, 2);
		next += 2;
		custos_fault_arm(CUSTOS_FAULT_AUDIT_COMMIT, errs[i], 0, 2);
		uint64_t seq = 99;
		assert_int_equal(audit_append_sync(a, entry(1000), &seq), AUDIT_E_UNAVAILABLE);
		assert_int_equal(seq, 0);
		assert_false(audit_ready(a));
		assert_int_equal(audit_append_sync(a, entry(1001), NULL), AUDIT_E_UNAVAILABLE);
		assert_int_equal(custos_fault_hits(CUSTOS_FAULT_AUDIT_COMMIT), 2);
		custos_fault_clear();
		/* The environment is reopened before the next batch; the chain
		 * continues from the last durable entry, no gap. */
		append_n(a, (int)next, 1);
		next += 1;
		assert_true(audit_ready(a));
	}
	audit_stats st;
	audit_get_stats(a, &st);
	assert_int_equal(st.failures, 6);
	/* EIO, ENOSPC and MDB_PANIC may leave LMDB fatal: reopened each time. */
	assert_int_equal(st.reopens, 6);
	audit_verify_result r;
	assert_int_equal(audit_verify(a, &r), 0);
	assert_true(r.ok);
	assert_int_equal(r.entries, next - 1);
	audit_close(a);
	assert_int_equal(audit_verify_dir(w->dir, KEY, NULL, &r), 0);
	assert_true(r.ok);
	assert_int_equal(r.entries, 9);
}

static void stall_wait_entered(struct stall *s)
{
	pthread_mutex_lock(&s->mu);
	while (!s->entered)
		pthread_cond_wait(&s->cv, &s->mu);
	pthread_mutex_unlock(&s->mu);
}

static void stall_release(struct stall *s)
{
	pthread_mutex_lock(&s->mu);
	s->release = 1;
	pthread_cond_broadcast(&s->cv);
	pthread_mutex_unlock(&s->mu);
}

static void test_queued_entries_time_out_once_and_are_never_written(void **state)
{
	struct world *w = *state;
	struct stall s = {.mu = PTHREAD_MUTEX_INITIALIZER, .cv = PTHREAD_COND_INITIALIZER,
			  .armed = 1};
	audit_conf c = conf_for(w->dir);
	c.timeout_ms = 150;
	c.before_commit = stall_hook;
	c.hook_arg = &s;
	audit *a = open_ok(&c);
	struct rec ra = {0}, rb = {0}, rc_ = {0}, rd = {0};
	assert_int_equal(audit_submit(a, entry(1), rec_done, &ra), 0);
	stall_wait_entered(&s); /* entry 1 is in the stalled commit */
	assert_int_equal(audit_submit(a, entry(2), rec_done, &rb), 0);
	assert_int_equal(audit_submit(a, entry(3), rec_done, &rc_), 0);
	wait_calls(&rb, 3000);
	wait_calls(&rc_, 3000);
	assert_int_equal(atomic_load(&rb.calls), 1);
	assert_int_equal(atomic_load(&rb.rc), AUDIT_E_TIMEOUT);
	assert_int_equal(atomic_load(&rc_.rc), AUDIT_E_TIMEOUT);
	assert_int_equal(atomic_load(&ra.calls), 0); /* in the commit: waits for its outcome */
	usleep(100 * 1000);
	assert_false(audit_ready(a)); /* stuck longer than the timeout */

	stall_release(&s);
	wait_calls(&ra, 3000);
	assert_int_equal(atomic_load(&ra.rc), 0);
	assert_int_equal(atomic_load(&ra.seq), 1);
	assert_int_equal(audit_submit(a, entry(4), rec_done, &rd), 0);
	wait_calls(&rd, 3000);
	assert_int_equal(atomic_load(&rd.rc), 0);
	assert_int_equal(atomic_load(&rd.seq), 2);
	assert_true(audit_ready(a));
	audit_stats st;
	audit_get_stats(a, &st);
	assert_int_equal(st.timeouts, 2);
	audit_close(a);

	/* Exactly once, and the timed-out entries are nowhere in the log. */
	assert_int_equal(atomic_load(&rb.calls), 1);
	assert_int_equal(atomic_load(&rc_.calls), 1);
	assert_int_equal(atomic_load(&ra.calls), 1);
	audit_verify_result r;
	assert_int_equal(audit_verify_dir(w->dir, KEY, NULL, &r), 0);
	assert_true(r.ok);
	assert_int_equal(r.entries, 2);
	MDB_env *env;
	MDB_txn *txn;
	MDB_dbi dbi;
	raw_open(w->dir, MDB_RDONLY, &env, &txn, &dbi);
	size_t l;
	char *v1 = raw_get(txn, dbi, 1, &l), *v2 = raw_get(txn, dbi, 2, &l);
	assert_non_null(strstr(v1, "\"req-1\""));
	assert_non_null(strstr(v2, "\"req-4\""));
	mdb_txn_abort(txn);
	mdb_env_close(env);
	free(v1);
	free(v2);
}

static void test_full_queue_is_refused_at_once(void **state)
{
	struct world *w = *state;
	struct stall s = {.mu = PTHREAD_MUTEX_INITIALIZER, .cv = PTHREAD_COND_INITIALIZER,
			  .armed = 1};
	audit_conf c = conf_for(w->dir);
	c.max_queue = 2;
	c.before_commit = stall_hook;
	c.hook_arg = &s;
	audit *a = open_ok(&c);
	struct rec r[4] = {0};
	assert_int_equal(audit_submit(a, entry(1), rec_done, &r[0]), 0);
	stall_wait_entered(&s);
	assert_int_equal(audit_submit(a, entry(2), rec_done, &r[1]), 0);
	assert_int_equal(audit_submit(a, entry(3), rec_done, &r[2]), 0);
	assert_int_equal(audit_submit(a, entry(4), rec_done, &r[3]), AUDIT_E_UNAVAILABLE);
	assert_int_equal(atomic_load(&r[3].calls), 1);
	assert_int_equal(atomic_load(&r[3].rc), AUDIT_E_UNAVAILABLE);
	stall_release(&s);
	audit_close(a);
	for (int i = 0; i < 3; i++) {
		assert_int_equal(atomic_load(&r[i].calls), 1);
		assert_int_equal(atomic_load(&r[i].rc), 0);
		assert_int_equal(atomic_load(&r[i].seq), (uint64_t)i + 1);
	}
}

/* What a handler does: the entry holds a value the handler still owns (here
 * "returned", also in its reply), and the handler changes and drops it after
 * audit_submit. The stored entry is the one submitted. */
static void test_entry_sharing_values_is_recorded_as_submitted(void **state)
{
	struct world *w = *state;
	struct stall s = {.mu = PTHREAD_MUTEX_INITIALIZER, .cv = PTHREAD_COND_INITIALIZER,
			  .armed = 1};
	audit_conf c = conf_for(w->dir);
	c.before_commit = stall_hook;
	c.hook_arg = &s;
	audit *a = open_ok(&c);
	struct rec r1 = {0}, r2 = {0};
	assert_int_equal(audit_submit(a, entry(1), rec_done, &r1), 0);
	stall_wait_entered(&s); /* the writer is busy: entry 2 waits in the queue */
	json_t *ids = json_pack("[s,s]", "c-1", "c-2");
	json_t *e = entry(2);
	json_object_set_new(e, "returned", json_incref(ids));
	assert_int_equal(audit_submit(a, e, rec_done, &r2), 0);
	json_array_append_new(ids, json_string("c-late"));
	json_decref(ids);
	stall_release(&s);
	wait_calls(&r2, 3000);
	assert_int_equal(atomic_load(&r2.rc), 0);
	json_t *arr;
	uint64_t next;
	assert_int_equal(audit_query(a, NULL, &arr, &next), 0);
	assert_int_equal(json_array_size(arr), 2);
	json_t *got = json_object_get(json_array_get(arr, 1), "returned");
	assert_int_equal(json_array_size(got), 2);
	assert_string_equal(json_string_value(json_array_get(got, 1)), "c-2");
	json_decref(arr);
	audit_close(a);
}

struct sharer {
	audit *a;
	int from, n;
	struct rec *recs;
};

/* Submits entries that share an array with this thread, then at once
 * changes and frees its own reference while the writer seals them: under
 * TSan a writer working on the shared tree shows up as a race. */
static void *sharer_main(void *p)
{
	struct sharer *sh = p;
	for (int i = 0; i < sh->n; i++) {
		json_t *ids = json_pack("[s]", "c-1");
		json_t *e = entry(sh->from + i);
		json_object_set_new(e, "returned", json_incref(ids));
		assert_int_equal(audit_submit(sh->a, e, rec_done, &sh->recs[i]), 0);
		json_array_append_new(ids, json_string("c-late"));
		json_decref(ids);
	}
	return NULL;
}

static void test_submitters_may_change_shared_values_while_the_writer_seals(void **state)
{
	struct world *w = *state;
	enum { THREADS = 2, PER = 100 };
	audit_conf c = conf_for(w->dir);
	audit *a = open_ok(&c);
	struct rec recs[THREADS][PER];
	memset(recs, 0, sizeof recs);
	struct sharer sh[THREADS];
	pthread_t t[THREADS];
	for (int i = 0; i < THREADS; i++) {
		sh[i] = (struct sharer){.a = a, .from = i * PER, .n = PER, .recs = recs[i]};
		assert_int_equal(pthread_create(&t[i], NULL, sharer_main, &sh[i]), 0);
	}
	for (int i = 0; i < THREADS; i++)
		pthread_join(t[i], NULL);
	audit_close(a); /* writes everything queued */
	for (int i = 0; i < THREADS; i++)
		for (int j = 0; j < PER; j++)
			assert_int_equal(atomic_load(&recs[i][j].rc), 0);
	a = open_ok(&c);
	audit_filter f = {.limit = AUDIT_QUERY_MAX};
	json_t *arr;
	uint64_t next;
	assert_int_equal(audit_query(a, &f, &arr, &next), 0);
	assert_int_equal(json_array_size(arr), THREADS * PER);
	size_t i;
	json_t *v;
	json_array_foreach(arr, i, v)
		assert_int_equal(json_array_size(json_object_get(v, "returned")), 1);
	json_decref(arr);
	audit_close(a);
}

static void test_query_filters_and_pages_oldest_first(void **state)
{
	struct world *w = *state;
	audit_conf c = conf_for(w->dir);
	audit *a = open_ok(&c);
	for (int i = 1; i <= 30; i++) {
		json_t *e = mk_entry(i, i % 3 == 0 ? "user:corp/bob" : "user:corp/alice",
				     i % 5 == 0 ? "deny" : "allow",
				     i % 2 ? "conversation/c-odd" : "conversation/c-even");
		assert_int_equal(audit_append_sync(a, e, NULL), 0);
	}
	json_t *arr;
	uint64_t next;
	audit_filter f = {0};
	assert_int_equal(audit_query(a, NULL, &arr, &next), 0);
	assert_int_equal(json_array_size(arr), 30);
	assert_int_equal(next, 31);
	assert_int_equal(json_integer_value(json_object_get(json_array_get(arr, 0), "seq")), 1);
	assert_non_null(json_object_get(json_array_get(arr, 0), "mac"));
	json_decref(arr);

	f.subject = "user:corp/bob";
	assert_int_equal(audit_query(a, &f, &arr, &next), 0);
	assert_int_equal(json_array_size(arr), 10);
	json_decref(arr);

	f.decision = "deny"; /* bob and deny: 15, 30 */
	assert_int_equal(audit_query(a, &f, &arr, &next), 0);
	assert_int_equal(json_array_size(arr), 2);
	assert_int_equal(json_integer_value(json_object_get(json_array_get(arr, 1), "seq")), 30);
	json_decref(arr);

	f = (audit_filter){.resource = "conversation/c-even", .limit = 4};
	uint64_t got = 0, prevseq = 0;
	int pages = 0;
	for (;;) {
		assert_int_equal(audit_query(a, &f, &arr, &next), 0);
		size_t n = json_array_size(arr);
		for (size_t i = 0; i < n; i++) {
			uint64_t s = (uint64_t)json_integer_value(json_object_get(json_array_get(arr, i), "seq"));
			assert_true(s > prevseq);
			assert_int_equal(s % 2, 0);
			prevseq = s;
			got++;
		}
		json_decref(arr);
		pages++;
		if (n < f.limit)
			break;
		f.since_seq = next;
	}
	assert_int_equal(got, 15);
	assert_int_equal(pages, 4);

	f = (audit_filter){.since_seq = 28};
	assert_int_equal(audit_query(a, &f, &arr, &next), 0);
	assert_int_equal(json_array_size(arr), 3);
	json_decref(arr);
	f = (audit_filter){.since_seq = 99};
	assert_int_equal(audit_query(a, &f, &arr, &next), 0);
	assert_int_equal(json_array_size(arr), 0);
	assert_int_equal(next, 99);
	json_decref(arr);
	f = (audit_filter){.limit = 100000};
	assert_int_equal(audit_query(a, &f, &arr, &next), 0);
	assert_int_equal(json_array_size(arr), 30);
	json_decref(arr);
	audit_close(a);
}

static void test_query_filters_on_the_user_field(void **state)
{
	struct world *w = *state;
	audit_conf c = conf_for(w->dir);
	audit *a = open_ok(&c);
	for (int i = 1; i <= 9; i++) {
		json_t *e = mk_entry(i, "user:corp/alice", "allow", "conversation/c-x");
		if (i % 3 == 0)
			json_object_set_new(e, "user", json_string("u-bbbb"));
		else if (i % 3 == 1)
			json_object_set_new(e, "user", json_string("u-aaaa"));
		/* i % 3 == 2: no "user" member at all */
		assert_int_equal(audit_append_sync(a, e, NULL), 0);
	}
	json_t *arr;
	uint64_t next;
	audit_filter f = {.user = "u-bbbb"};
	assert_int_equal(audit_query(a, &f, &arr, &next), 0);
	assert_int_equal(json_array_size(arr), 3);
	for (size_t i = 0; i < 3; i++)
		assert_string_equal(json_string_value(json_object_get(json_array_get(arr, i), "user")),
				    "u-bbbb");
	json_decref(arr);
	f.user = "u-bbb"; /* exact match, not a prefix */
	assert_int_equal(audit_query(a, &f, &arr, &next), 0);
	assert_int_equal(json_array_size(arr), 0);
	json_decref(arr);
	audit_close(a);
}

/* ---------- the per-user index ---------- */

static void count_done(void *arg, int rc, uint64_t seq)
{
	(void)seq;
	assert_int_equal(rc, 0);
	atomic_fetch_add((atomic_int *)arg, 1);
}

/* Entry i's "user": one of 7 users, none for every 5th, and every 11th a
 * user longer than the index takes (AUD_INDEX_USER_MAX is 200). */
static const char *user_of(int i, char *buf, size_t cap)
{
	if (i % 5 == 0)
		return NULL;
	if (i % 11 == 0) {
		memset(buf, 'L', 240);
		buf[240] = '\0';
		return buf;
	}
	snprintf(buf, cap, "u-%04d", i % 7);
	return buf;
}

/* Submits entries from..to (inclusive) without waiting for each commit. */
static void append_users(audit *a, int from, int to)
{
	atomic_int done = 0;
	char ub[256];
	for (int i = from; i <= to; i++) {
		json_t *e = mk_entry(i, i % 2 ? "user:corp/alice" : "user:corp/bob", "allow",
				     "conversation/c-x");
		const char *u = user_of(i, ub, sizeof ub);
		if (u)
			json_object_set_new(e, "user", json_string(u));
		assert_int_equal(audit_submit(a, e, count_done, &done), 0);
	}
	for (int i = 0; i < 30000 && atomic_load(&done) < to - from + 1; i++)
		usleep(1000);
	assert_int_equal(atomic_load(&done), to - from + 1);
}

static uint64_t examined(audit *a)
{
	audit_stats st;
	audit_get_stats(a, &st);
	return st.query_examined;
}

/* Pages through f->user's entries (limit 7, each page from the last next)
 * and checks them against the entries written: the same seqs in order,
 * and the last next past the head. Returns how many. */
static size_t check_user_pages(audit *a, audit_filter f, int total)
{
	char ub[256];
	int want = 1;
	size_t got = 0;
	f.limit = 7;
	f.since_seq = 1;
	for (;;) {
		json_t *arr;
		uint64_t next = 0;
		assert_int_equal(audit_query(a, &f, &arr, &next), 0);
		size_t i;
		json_t *e;
		json_array_foreach (arr, i, e) {
			while (want <= total) {
				const char *u = user_of(want, ub, sizeof ub);
				if (u && !strcmp(u, f.user) &&
				    (!f.subject || !strcmp(f.subject, want % 2 ? "user:corp/alice"
									       : "user:corp/bob")))
					break;
				want++;
			}
			assert_int_equal(json_integer_value(json_object_get(e, "seq")), want);
			want++;
			got++;
		}
		size_t n = json_array_size(arr);
		json_decref(arr);
		assert_true(next > f.since_seq);
		f.since_seq = next;
		if (n < f.limit)
			break;
	}
	assert_int_equal(f.since_seq, (uint64_t)total + 1);
	while (want <= total) { /* nothing of this user was left out */
		const char *u = user_of(want, ub, sizeof ub);
		assert_false(u && !strcmp(u, f.user) &&
			     (!f.subject ||
			      !strcmp(f.subject, want % 2 ? "user:corp/alice" : "user:corp/bob")));
		want++;
	}
	return got;
}

static void test_user_query_reads_that_users_entries_only(void **state)
{
	struct world *w = *state;
	audit_conf c = conf_for(w->dir);
	audit *a = open_ok(&c);
	append_users(a, 1, 700);
	char ub[256];
	for (int u = 0; u < 7; u++) {
		char name[16];
		snprintf(name, sizeof name, "u-%04d", u);
		audit_filter f = {.user = name};
		uint64_t before = examined(a);
		size_t n = check_user_pages(a, f, 700);
		assert_true(n > 60);
		/* Its own entries, not the log's 700 (the scan examined all). */
		assert_int_equal(examined(a) - before, n);
		f.subject = "user:corp/bob"; /* other filters still apply */
		assert_true(check_user_pages(a, f, 700) > 20);
	}
	/* A user longer than the index takes: found by the scan, the same. */
	audit_filter f = {.user = user_of(11, ub, sizeof ub)};
	uint64_t before = examined(a);
	assert_true(check_user_pages(a, f, 700) > 50);
	assert_true(examined(a) - before >= 700);
	/* A user with no entry: an empty page whose next is past the head. */
	f.user = "u-none";
	json_t *arr;
	uint64_t next;
	assert_int_equal(audit_query(a, &f, &arr, &next), 0);
	assert_int_equal(json_array_size(arr), 0);
	assert_int_equal(next, 701);
	json_decref(arr);
	audit_close(a);
}

/* A log written before the index: opening it indexes every entry once. */
static void test_log_without_the_index_is_indexed_at_open(void **state)
{
	struct world *w = *state;
	audit_conf c = conf_for(w->dir);
	audit *a = open_ok(&c);
	append_users(a, 1, 300);
	audit_close(a);
	MDB_env *env;
	MDB_txn *txn;
	MDB_dbi dbi, ubi, meta;
	raw_open(w->dir, 0, &env, &txn, &dbi);
	assert_int_equal(mdb_dbi_open(txn, "by_user", 0, &ubi), 0);
	assert_int_equal(mdb_drop(txn, ubi, 1), 0);
	assert_int_equal(mdb_dbi_open(txn, "meta", 0, &meta), 0);
	MDB_val mk = {10, "user_index"};
	assert_int_equal(mdb_del(txn, meta, &mk, NULL), 0);
	assert_int_equal(mdb_txn_commit(txn), 0);
	mdb_env_close(env);

	a = open_ok(&c);
	append_users(a, 301, 350); /* indexed by the writer, after the build */
	for (int u = 0; u < 7; u++) {
		char name[16];
		snprintf(name, sizeof name, "u-%04d", u);
		audit_filter f = {.user = name};
		uint64_t before = examined(a);
		size_t n = check_user_pages(a, f, 350);
		assert_int_equal(examined(a) - before, n);
	}
	audit_verify_result vr;
	assert_int_equal(audit_verify(a, &vr), 0);
	assert_true(vr.ok);
	audit_close(a);
}

/* A query by a person's pseudonyms (users[]) that none of the entries
 * carries: an empty page, next past the head. The merge then has nothing to
 * sort, and qsort must not be given its NULL array (qsort's base is
 * nonnull: SANITIZE=1's UBSan stopped here before the fix). */
static void test_users_query_without_entries_is_empty(void **state)
{
	struct world *w = *state;
	audit_conf c = conf_for(w->dir);
	audit *a = open_ok(&c);
	append_users(a, 1, 50);
	static const char *const nobody[] = {"u-none", "u2-none"};
	audit_filter f = {.users = nobody, .nusers = 2};
	json_t *arr;
	uint64_t next = 0;
	assert_int_equal(audit_query(a, &f, &arr, &next), 0);
	assert_int_equal(json_array_size(arr), 0);
	assert_int_equal(next, 51);
	json_decref(arr);
	/* two of the writers' users: their entries merged in seq order */
	static const char *const two[] = {"u-0001", "u-0002"};
	audit_filter g = {.users = two, .nusers = 2, .limit = 1000};
	assert_int_equal(audit_query(a, &g, &arr, &next), 0);
	size_t i;
	json_t *e;
	int want = 1;
	char ub[256];
	json_array_foreach (arr, i, e) {
		for (;; want++) {
			const char *u = user_of(want, ub, sizeof ub);
			if (u && (!strcmp(u, "u-0001") || !strcmp(u, "u-0002")))
				break;
		}
		assert_int_equal(json_integer_value(json_object_get(e, "seq")), want);
		want++;
	}
	assert_true(json_array_size(arr) > 5);
	json_decref(arr);
	audit_close(a);
}

static char **read_lines(const char *path, size_t *n)
{
	char *buf = NULL;
	size_t len = 0;
	assert_int_equal(file_read(path, 16u << 20, &buf, &len), 0);
	char **lines = calloc(len + 1, sizeof *lines);
	size_t k = 0;
	char *p = buf;
	while (p < buf + len) {
		char *nl = memchr(p, '\n', (size_t)(buf + len - p));
		assert_non_null(nl); /* every line is complete */
		lines[k++] = strndup(p, (size_t)(nl - p));
		p = nl + 1;
	}
	free(buf);
	*n = k;
	return lines;
}

static void free_lines(char **l, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(l[i]);
	free(l);
}

static void test_export_lines_equal_stored_entries_and_survive_rotation(void **state)
{
	struct world *w = *state;
	char exp[200], rotated[200];
	snprintf(exp, sizeof exp, "%s/audit.jsonl", w->root);
	snprintf(rotated, sizeof rotated, "%s/audit.jsonl.1", w->root);
	audit_conf c = conf_for(w->dir);
	c.export_path = exp;
	audit *a = open_ok(&c);
	append_n(a, 1, 5);
	assert_int_equal(rename(exp, rotated), 0);
	assert_int_equal(audit_reopen_export(a), 0);
	append_n(a, 6, 3);
	audit_stats st;
	audit_get_stats(a, &st);
	assert_int_equal(st.export_failures, 0);
	audit_close(a);

	size_t n1, n2;
	char **l1 = read_lines(rotated, &n1), **l2 = read_lines(exp, &n2);
	assert_int_equal(n1, 5);
	assert_int_equal(n2, 3);
	MDB_env *env;
	MDB_txn *txn;
	MDB_dbi dbi;
	raw_open(w->dir, MDB_RDONLY, &env, &txn, &dbi);
	for (uint64_t s = 1; s <= 8; s++) {
		size_t l;
		char *v = raw_get(txn, dbi, s, &l);
		assert_string_equal(s <= 5 ? l1[s - 1] : l2[s - 6], v);
		free(v);
	}
	mdb_txn_abort(txn);
	mdb_env_close(env);
	free_lines(l1, n1);
	free_lines(l2, n2);
}

static void test_export_failure_does_not_fail_requests(void **state)
{
	struct world *w = *state;
	audit_conf c = conf_for(w->dir);
	c.export_path = "/dev/full"; /* every write fails with ENOSPC */
	audit *a = open_ok(&c);
	append_n(a, 1, 3);
	audit_stats st;
	audit_get_stats(a, &st);
	assert_int_equal(st.entries, 3);
	assert_int_equal(st.export_failures, 3);
	assert_true(audit_ready(a));
	audit_close(a);
}

static void test_failed_reopen_fails_the_batch_and_is_retried(void **state)
{
	struct world *w = *state;
	char moved[200];
	snprintf(moved, sizeof moved, "%s/moved", w->root);
	audit_conf c = conf_for(w->dir);
	audit *a = open_ok(&c);
	append_n(a, 1, 2);
	custos_fault_arm(CUSTOS_FAULT_AUDIT_COMMIT, EIO, 0, 1);
	assert_int_equal(audit_append_sync(a, entry(100), NULL), AUDIT_E_UNAVAILABLE);
	custos_fault_clear();
	/* The environment must be reopened now, and that fails. */
	assert_int_equal(rename(w->dir, moved), 0);
	uint64_t seq = 99;
	assert_int_equal(audit_append_sync(a, entry(101), &seq), AUDIT_E_UNAVAILABLE);
	assert_int_equal(seq, 0);
	assert_false(audit_ready(a));
	json_t *arr;
	uint64_t next;
	assert_int_equal(audit_query(a, NULL, &arr, &next), AUDIT_E_UNAVAILABLE);
	assert_int_equal(rename(moved, w->dir), 0);
	append_n(a, 3, 1);
	assert_true(audit_ready(a));
	audit_close(a);
	audit_verify_result r;
	assert_int_equal(audit_verify_dir(w->dir, KEY, NULL, &r), 0);
	assert_true(r.ok);
	assert_int_equal(r.entries, 3);
}

static void test_reopen_continues_the_chain(void **state)
{
	struct world *w = *state;
	audit_conf c = conf_for(w->dir);
	audit *a = open_ok(&c);
	append_n(a, 1, 3);
	audit_close(a);
	a = open_ok(&c);
	uint64_t hs;
	char hh[AUDIT_HASH_HEX];
	assert_int_equal(audit_head(a, &hs, hh), 0);
	assert_int_equal(hs, 3);
	append_n(a, 4, 2);
	audit_close(a);
	audit_verify_result r;
	assert_int_equal(audit_verify_dir(w->dir, KEY, NULL, &r), 0);
	assert_true(r.ok);
	assert_int_equal(r.entries, 5);
}

static off_t data_file_size(const char *dir)
{
	char path[600];
	struct stat sb;
	snprintf(path, sizeof path, "%s/data.mdb", dir);
	assert_int_equal(stat(path, &sb), 0);
	return sb.st_size;
}

/* The writer keeps zero-filled room ahead of LMDB's pages, so a commit does
 * not grow the file (its fdatasync then writes no inode); the log stays
 * what it was: the chain verifies, a reopen continues it. */
static void test_log_file_is_kept_ahead_so_commits_do_not_grow_it(void **state)
{
	struct world *w = *state;
	audit_conf c = conf_for(w->dir);
	audit *a = open_ok(&c);
	append_n(a, 1, 1);
	/* The extension runs after the answer: wait for it. */
	off_t size = 0;
	for (int i = 0; i < 500 && (size = data_file_size(w->dir)) < (4 << 20); i++)
		usleep(10000);
	assert_true(size >= 4 << 20);
	append_n(a, 2, 1); /* the writer is past the extension now */
	size = data_file_size(w->dir);
	for (int i = 3; i <= 200; i++) {
		append_n(a, i, 1);
		assert_int_equal(data_file_size(w->dir), size);
	}
	audit_close(a);
	audit_verify_result r;
	assert_int_equal(audit_verify_dir(w->dir, KEY, NULL, &r), 0);
	assert_true(r.ok);
	assert_int_equal(r.entries, 200);
	a = open_ok(&c); /* a file longer than its pages opens as before */
	append_n(a, 201, 5);
	audit_close(a);
	assert_int_equal(data_file_size(w->dir), size);
	assert_int_equal(audit_verify_dir(w->dir, KEY, NULL, &r), 0);
	assert_true(r.ok);
	assert_int_equal(r.entries, 205);
}

/* A disk that refuses the extension (here a file size limit): the partial
 * chunk is cut back, and the log goes on growing page by page. */
static void test_refused_extension_is_cut_back_and_the_log_goes_on(void **state)
{
	struct world *w = *state;
	audit_conf c = conf_for(w->dir);
	struct rlimit old, lim;
	assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
	void (*prev)(int) = signal(SIGXFSZ, SIG_IGN);
	lim = old;
	lim.rlim_cur = 512 * 1024;
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &lim), 0);
	audit *a = open_ok(&c);
	append_n(a, 1, 2); /* the second answer comes after the first's attempt */
	off_t size = data_file_size(w->dir);
	assert_true(size < 512 * 1024);
	append_n(a, 3, 100);
	assert_true(data_file_size(w->dir) < 512 * 1024);
	audit_close(a);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &old), 0);
	signal(SIGXFSZ, prev);
	audit_verify_result r;
	assert_int_equal(audit_verify_dir(w->dir, KEY, NULL, &r), 0);
	assert_true(r.ok);
	assert_int_equal(r.entries, 102);
}

static void test_missing_log_is_reported_not_created(void **state)
{
	struct world *w = *state;
	audit_verify_result r;
	uint64_t s;
	char h[AUDIT_HASH_HEX];
	assert_int_equal(audit_verify_dir(w->dir, KEY, NULL, &r), AUDIT_E_NOTFOUND);
	assert_int_equal(audit_head_dir(w->dir, &s, h), AUDIT_E_NOTFOUND);
	struct stat st;
	assert_int_not_equal(stat(w->dir, &st), 0);
	assert_string_equal(audit_strerror(AUDIT_E_TIMEOUT), "audit write timed out");
	audit_close(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_entry_is_sealed_with_seq_time_prev_mac_and_chain_verifies, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sealed_members_join_any_entry_canonically, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_entries_are_refused_through_done_at_once, setup, teardown),
		cmocka_unit_test_setup_teardown(test_entry_fit_bounds_every_client_sized_part, setup, teardown),
		cmocka_unit_test_setup_teardown(test_concurrent_submitters_get_contiguous_seqs_and_share_commits, setup, teardown),
		cmocka_unit_test_setup_teardown(test_waiting_clients_share_fsyncs_only_with_group_commit, setup, teardown),
		cmocka_unit_test_setup_teardown(test_changed_byte_fails_verify_at_that_seq, setup, teardown),
		cmocka_unit_test_setup_teardown(test_deleted_entry_fails_verify_at_that_seq, setup, teardown),
		cmocka_unit_test_setup_teardown(test_swapped_entries_fail_verify_at_the_first, setup, teardown),
		cmocka_unit_test_setup_teardown(test_inserted_entry_fails_verify_at_its_seq, setup, teardown),
		cmocka_unit_test_setup_teardown(test_verify_with_wrong_key_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_head_anchor_detects_truncation_and_rewrites, setup, teardown),
		cmocka_unit_test_setup_teardown(test_full_map_fails_closed_then_resumes_after_growth, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unhealthy_log_becomes_ready_again_without_traffic, setup, teardown),
		cmocka_unit_test_setup_teardown(test_io_error_fails_batch_reopens_and_chains_to_last_durable, setup, teardown),
		cmocka_unit_test_setup_teardown(test_queued_entries_time_out_once_and_are_never_written, setup, teardown),
		cmocka_unit_test_setup_teardown(test_full_queue_is_refused_at_once, setup, teardown),
		cmocka_unit_test_setup_teardown(test_entry_sharing_values_is_recorded_as_submitted, setup, teardown),
		cmocka_unit_test_setup_teardown(test_submitters_may_change_shared_values_while_the_writer_seals, setup, teardown),
		cmocka_unit_test_setup_teardown(test_query_filters_and_pages_oldest_first, setup, teardown),
		cmocka_unit_test_setup_teardown(test_export_lines_equal_stored_entries_and_survive_rotation, setup, teardown),
		cmocka_unit_test_setup_teardown(test_export_failure_does_not_fail_requests, setup, teardown),
		cmocka_unit_test_setup_teardown(test_failed_reopen_fails_the_batch_and_is_retried, setup, teardown),
		cmocka_unit_test_setup_teardown(test_reopen_continues_the_chain, setup, teardown),
		cmocka_unit_test_setup_teardown(test_log_file_is_kept_ahead_so_commits_do_not_grow_it,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_refused_extension_is_cut_back_and_the_log_goes_on,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_missing_log_is_reported_not_created, setup, teardown),
		cmocka_unit_test_setup_teardown(test_query_filters_on_the_user_field, setup, teardown),
		cmocka_unit_test_setup_teardown(test_user_query_reads_that_users_entries_only, setup, teardown),
		cmocka_unit_test_setup_teardown(test_users_query_without_entries_is_empty, setup, teardown),
		cmocka_unit_test_setup_teardown(test_log_without_the_index_is_indexed_at_open, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
