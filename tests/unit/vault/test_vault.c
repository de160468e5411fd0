/* Unit tests of gateway/vault.c and gateway/keys.c: every test builds its own
 * LMDB environment in a mkdtemp directory and removes it afterwards. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "db_lmdb.h"
#include "fault.h"
#include "keys.h"
#include "vault.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define NOW ((time_t)1800000000)
#define DAY 86400

struct world {
	char dir[64];
	db_env *env;
	keys_secret *master, *pseudo;
	vault *v;
};

static keys_secret *random_key(void)
{
	uint8_t b[KEYS_SECRET_LEN];
	keys_secret *k = NULL;
	assert_int_equal(RAND_bytes(b, sizeof b), 1);
	assert_int_equal(keys_from_bytes(b, sizeof b, &k), 0);
	return k;
}

static void env_open(struct world *w, size_t mapsize)
{
	/* Ordinary tests get a 64 MiB map. */
	db_env_opts o = {.dir = w->dir, .map_size = mapsize ? mapsize : 64u << 20};
	char err[200] = "";
	if (db_env_open(&o, &w->env, err, sizeof err))
		fail_msg("db_env_open: %s", err);
}

static void vault_up(struct world *w)
{
	char err[200];
	int rc = vault_open(w->env, w->master, w->pseudo, &w->v, err, sizeof err);
	if (rc)
		fail_msg("vault_open: %s", err);
}

static struct world *world_new(size_t mapsize)
{
	struct world *w = calloc(1, sizeof *w);
	assert_non_null(w);
	snprintf(w->dir, sizeof w->dir, "/tmp/custos-vault-XXXXXX");
	assert_non_null(mkdtemp(w->dir));
	w->master = random_key();
	w->pseudo = random_key();
	env_open(w, mapsize);
	vault_up(w);
	return w;
}

static void world_close_env(struct world *w)
{
	vault_free(w->v);
	w->v = NULL;
	db_env_close(w->env);
	w->env = NULL;
}

static void rm_tree(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char p[512];
	if (!d)
		return;
	while ((e = readdir(d)) != NULL) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
		unlink(p);
	}
	closedir(d);
	rmdir(dir);
}

static int teardown(void **state)
{
	struct world *w = *state;
	if (!w)
		return 0;
	if (w->env)
		world_close_env(w);
	keys_free(w->master);
	keys_free(w->pseudo);
	rm_tree(w->dir);
	free(w);
	return 0;
}

static int setup(void **state)
{
	*state = world_new(0);
	return 0;
}

static json_t *parse(const char *js)
{
	json_error_t e;
	json_t *j = json_loads(js, 0, &e);
	if (!j)
		fail_msg("bad test JSON: %s", e.text);
	return j;
}

/* Creates a conversation from JSON text; returns the id in id. */
static void create(struct world *w, const char *js, time_t now, char id[40])
{
	char err[200] = "";
	json_t *body = parse(js);
	int rc = vault_create(w->v, body, now, 30 * DAY, id, err, sizeof err);
	json_decref(body);
	if (rc)
		fail_msg("vault_create: %s (%s)", vault_strerror(rc), err);
}

static const char *sget(const json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

/* Value of a raw record in a named database of the vault. */
static void raw_get(struct world *w, const char *db, const void *key, size_t klen,
		    uint8_t **val, size_t *vlen)
{
	MDB_txn *t;
	MDB_dbi dbi;
	MDB_val k = {.mv_size = klen, .mv_data = (void *)key}, v;
	assert_int_equal(mdb_txn_begin(db_env_lmdb(w->env), NULL, MDB_RDONLY, &t), 0);
	assert_int_equal(mdb_dbi_open(t, db, 0, &dbi), 0);
	assert_int_equal(mdb_get(t, dbi, &k, &v), 0);
	*val = malloc(v.mv_size);
	memcpy(*val, v.mv_data, v.mv_size);
	*vlen = v.mv_size;
	mdb_txn_abort(t);
}

static void raw_put(struct world *w, const char *db, const void *key, size_t klen,
		    const void *val, size_t vlen)
{
	MDB_txn *t;
	MDB_dbi dbi;
	MDB_val k = {.mv_size = klen, .mv_data = (void *)key};
	MDB_val v = {.mv_size = vlen, .mv_data = (void *)val};
	assert_int_equal(mdb_txn_begin(db_env_lmdb(w->env), NULL, 0, &t), 0);
	assert_int_equal(mdb_dbi_open(t, db, 0, &dbi), 0);
	assert_int_equal(mdb_put(t, dbi, &k, &v, 0), 0);
	assert_int_equal(mdb_txn_commit(t), 0);
}

static void raw_del(struct world *w, const char *db, const void *key, size_t klen)
{
	MDB_txn *t;
	MDB_dbi dbi;
	MDB_val k = {.mv_size = klen, .mv_data = (void *)key};
	assert_int_equal(mdb_txn_begin(db_env_lmdb(w->env), NULL, 0, &t), 0);
	assert_int_equal(mdb_dbi_open(t, db, 0, &dbi), 0);
	assert_int_equal(mdb_del(t, dbi, &k, NULL), 0);
	assert_int_equal(mdb_txn_commit(t), 0);
}

static size_t raw_count(struct world *w, const char *db)
{
	MDB_txn *t;
	MDB_dbi dbi;
	MDB_stat st;
	assert_int_equal(mdb_txn_begin(db_env_lmdb(w->env), NULL, MDB_RDONLY, &t), 0);
	assert_int_equal(mdb_dbi_open(t, db, 0, &dbi), 0);
	assert_int_equal(mdb_stat(t, dbi, &st), 0);
	mdb_txn_abort(t);
	return st.ms_entries;
}

static void msg_key(uint8_t kb[28], const char *id, uint32_t i)
{
	memcpy(kb, id, 24);
	kb[24] = (uint8_t)(i >> 24);
	kb[25] = (uint8_t)(i >> 16);
	kb[26] = (uint8_t)(i >> 8);
	kb[27] = (uint8_t)i;
}

/* ---- keys --------------------------------------------------------------- */

static void test_key_file_round_trips_and_is_private(void **state)
{
	struct world *w = *state;
	char path[128], err[200];
	keys_secret *a = NULL, *b = NULL;
	struct stat st;

	snprintf(path, sizeof path, "%s/master.key", w->dir);
	assert_int_equal(keys_generate_file(path), 0);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_int_equal(keys_load_file(path, &a, err, sizeof err), 0);
	assert_int_equal(keys_load_file(path, &b, err, sizeof err), 0);
	assert_memory_equal(keys_secret_bytes(a), keys_secret_bytes(b), KEYS_SECRET_LEN);
	/* An existing key is never overwritten. */
	assert_int_equal(keys_generate_file(path), KEYS_E_EXISTS);
	keys_secret *c = NULL;
	assert_int_equal(keys_load_file(path, &c, err, sizeof err), 0);
	assert_memory_equal(keys_secret_bytes(a), keys_secret_bytes(c), KEYS_SECRET_LEN);
	/* Group-readable: accepted with a warning. */
	assert_int_equal(chmod(path, 0644), 0);
	keys_free(c);
	c = NULL;
	assert_int_equal(keys_load_file(path, &c, err, sizeof err), 0);
	keys_free(a);
	keys_free(b);
	keys_free(c);
	keys_free(NULL);
}

static void test_key_file_of_wrong_length_is_refused(void **state)
{
	struct world *w = *state;
	char path[128], err[200];
	keys_secret *k = NULL;
	FILE *f;

	snprintf(path, sizeof path, "%s/short.key", w->dir);
	f = fopen(path, "w");
	fputs("c2hvcnQga2V5Cg==\n", f); /* "short key\n" */
	fclose(f);
	assert_int_equal(keys_load_file(path, &k, err, sizeof err), KEYS_E_FORMAT);
	assert_null(k);
	assert_non_null(strstr(err, "32"));
	f = fopen(path, "w");
	fputs("not base64 at all!!\n", f);
	fclose(f);
	assert_int_equal(keys_load_file(path, &k, err, sizeof err), KEYS_E_FORMAT);
	snprintf(path, sizeof path, "%s/missing.key", w->dir);
	assert_int_equal(keys_load_file(path, &k, err, sizeof err), KEYS_E_IO);
	uint8_t b[16] = {0};
	assert_int_equal(keys_from_bytes(b, sizeof b, &k), KEYS_E_FORMAT);
}

/* ---- conversations --------------------------------------------------------- */

static void test_create_then_get_round_trips(void **state)
{
	struct world *w = *state;
	char id[40];
	json_t *c = NULL;

	create(w, "{\"user\":\"alice@example.com\",\"labels\":{\"ticket\":\"4711\",\"region\":"
		  "\"eu\"},\"consent\":{\"human_review\":true,\"training\":false},"
		  "\"messages\":[{\"role\":\"user\",\"text\":\"hello \\u00e9\"},"
		  "{\"role\":\"assistant\",\"text\":\"hi\",\"at\":\"2027-01-15T08:00:00Z\"}]}",
	       NOW, id);
	assert_int_equal(strlen(id), 24);
	assert_memory_equal(id, "c-", 2);
	assert_int_equal(vault_get(w->v, id, NOW + 1, &c), 0);
	assert_string_equal(sget(c, "id"), id);
	assert_string_equal(sget(c, "user"), "alice@example.com");
	assert_memory_equal(sget(c, "user_pseudonym"), "u-", 2);
	assert_string_equal(sget(json_object_get(c, "labels"), "ticket"), "4711");
	assert_true(json_is_true(json_object_get(json_object_get(c, "consent"), "human_review")));
	assert_true(json_is_false(json_object_get(c, "legal_hold")));
	assert_string_equal(sget(c, "created_at"), "2027-01-15T08:00:00Z");
	assert_string_equal(sget(c, "expires_at"), "2027-02-14T08:00:00Z"); /* +30 days */
	json_t *msgs = json_object_get(c, "messages");
	assert_int_equal(json_array_size(msgs), 2);
	assert_string_equal(sget(json_array_get(msgs, 0), "text"), "hello \xc3\xa9");
	assert_string_equal(sget(json_array_get(msgs, 0), "role"), "user");
	assert_string_equal(sget(json_array_get(msgs, 0), "at"), "2027-01-15T08:00:00Z");
	assert_string_equal(sget(json_array_get(msgs, 1), "role"), "assistant");
	json_decref(c);

	/* Unknown ids, malformed ids: not found. */
	assert_int_equal(vault_get(w->v, "c-AAAAAAAAAAAAAAAAAAAAAA", NOW, &c), VAULT_E_NOTFOUND);
	assert_int_equal(vault_get(w->v, "../etc", NOW, &c), VAULT_E_NOTFOUND);

	/* Two conversations never share an id. */
	char id2[40];
	create(w, "{\"user\":\"alice@example.com\"}", NOW, id2);
	assert_string_not_equal(id, id2);
}

static void test_default_consent_is_users_current_else_all_false(void **state)
{
	struct world *w = *state;
	char id1[40], id2[40], err[100];
	json_t *a = NULL;

	create(w, "{\"user\":\"bob\"}", NOW, id1);
	assert_int_equal(vault_meta(w->v, id1, NOW, &a), 0);
	assert_true(json_is_false(json_object_get(json_object_get(a, "consent"), "human_review")));
	assert_true(json_is_false(json_object_get(json_object_get(a, "consent"), "training")));
	json_decref(a);

	json_t *c = parse("{\"human_review\":true,\"training\":true}");
	assert_int_equal(vault_consent_put(w->v, "bob", c, "svc:app", NOW, err, sizeof err), 0);
	json_decref(c);
	create(w, "{\"user\":\"bob\"}", NOW, id2);
	assert_int_equal(vault_meta(w->v, id2, NOW, &a), 0);
	assert_true(json_is_true(json_object_get(json_object_get(a, "consent"), "training")));
	json_decref(a);
}

static void test_append_adds_messages_in_order(void **state)
{
	struct world *w = *state;
	char id[40], err[200];
	size_t n = 0;
	json_t *c = NULL, *b;

	create(w, "{\"user\":\"u1\",\"messages\":[{\"role\":\"user\",\"text\":\"m0\"}]}", NOW, id);
	b = parse("{\"role\":\"assistant\",\"text\":\"m1\"}");
	assert_int_equal(vault_append(w->v, id, b, NOW, &n, err, sizeof err), 0);
	json_decref(b);
	assert_int_equal(n, 2);
	b = parse("[{\"role\":\"user\",\"text\":\"m2\"},{\"role\":\"assistant\",\"text\":\"m3\"}]");
	assert_int_equal(vault_append(w->v, id, b, NOW, &n, err, sizeof err), 0);
	json_decref(b);
	b = parse("{\"messages\":[{\"role\":\"user\",\"text\":\"m4\"}]}");
	assert_int_equal(vault_append(w->v, id, b, NOW, &n, err, sizeof err), 0);
	json_decref(b);
	assert_int_equal(n, 5);
	assert_int_equal(vault_get(w->v, id, NOW, &c), 0);
	json_t *msgs = json_object_get(c, "messages");
	assert_int_equal(json_array_size(msgs), 5);
	for (size_t i = 0; i < 5; i++) {
		char want[8];
		snprintf(want, sizeof want, "m%zu", i);
		assert_string_equal(sget(json_array_get(msgs, i), "text"), want);
	}
	json_decref(c);

	/* A bad message anywhere in the batch appends nothing. */
	b = parse("[{\"role\":\"user\",\"text\":\"ok\"},{\"role\":\"robot\",\"text\":\"x\"}]");
	assert_int_equal(vault_append(w->v, id, b, NOW, &n, err, sizeof err), VAULT_E_INVALID);
	assert_non_null(strstr(err, "messages[1].role"));
	json_decref(b);
	assert_int_equal(vault_meta(w->v, id, NOW, &c), 0);
	assert_int_equal(json_integer_value(json_object_get(c, "message_count")), 5);
	json_decref(c);

	b = parse("{\"role\":\"user\",\"text\":\"x\"}");
	assert_int_equal(vault_append(w->v, "c-AAAAAAAAAAAAAAAAAAAAAA", b, NOW, NULL, err,
				      sizeof err),
			 VAULT_E_NOTFOUND);
	json_decref(b);
}

static void test_message_count_is_capped(void **state)
{
	struct world *w = *state;
	char id[40], err[200];
	json_t *body = json_object(), *msgs = json_array();

	for (int i = 0; i < VAULT_MAX_MESSAGES; i++)
		json_array_append_new(msgs, json_pack("{s:s, s:s}", "role", "user", "text", "."));
	json_object_set_new(body, "user", json_string("u"));
	json_object_set(body, "messages", msgs);
	assert_int_equal(vault_create(w->v, body, NOW, DAY, id, err, sizeof err), 0);
	json_array_append_new(msgs, json_pack("{s:s, s:s}", "role", "user", "text", "."));
	char id2[40];
	assert_int_equal(vault_create(w->v, body, NOW, DAY, id2, err, sizeof err),
			 VAULT_E_INVALID);
	assert_string_equal(id2, "");
	json_decref(body);
	json_decref(msgs);
	json_t *one = parse("{\"role\":\"user\",\"text\":\"one too many\"}");
	assert_int_equal(vault_append(w->v, id, one, NOW, NULL, err, sizeof err), VAULT_E_LIMIT);
	json_decref(one);
}

static void test_list_filters_by_user_and_label_with_cursor(void **state)
{
	struct world *w = *state;
	char a1[40], a2[40], a3[40], b1[40];
	json_t *out = NULL;

	create(w, "{\"user\":\"alice\",\"labels\":{\"team\":\"red\"}}", NOW, a1);
	create(w, "{\"user\":\"alice\",\"labels\":{\"team\":\"blue\"}}", NOW, a2);
	create(w, "{\"user\":\"alice\",\"labels\":{\"team\":\"red\"}}", NOW, a3);
	create(w, "{\"user\":\"bob\",\"labels\":{\"team\":\"red\"}}", NOW, b1);

	assert_int_equal(vault_list(w->v, "alice", NULL, NULL, NOW, 0, NULL, &out), 0);
	assert_int_equal(json_array_size(json_object_get(out, "conversations")), 3);
	assert_true(json_is_null(json_object_get(out, "next")));
	json_decref(out);

	assert_int_equal(vault_list(w->v, NULL, "team", "red", NOW, 0, NULL, &out), 0);
	json_t *convs = json_object_get(out, "conversations");
	assert_int_equal(json_array_size(convs), 3);
	for (size_t i = 0; i < 3; i++) {
		json_t *c = json_array_get(convs, i);
		assert_string_equal(sget(c, "type"), "conversation");
		assert_string_equal(sget(json_object_get(c, "labels"), "team"), "red");
		assert_null(json_object_get(c, "user"));
	}
	json_decref(out);

	assert_int_equal(vault_list(w->v, "alice", "team", "red", NOW, 0, NULL, &out), 0);
	assert_int_equal(json_array_size(json_object_get(out, "conversations")), 2);
	json_decref(out);

	assert_int_equal(vault_list(w->v, "carol", NULL, NULL, NOW, 0, NULL, &out), 0);
	assert_int_equal(json_array_size(json_object_get(out, "conversations")), 0);
	json_decref(out);

	/* Pages of one, following "next", visit all four exactly once. */
	char cursor[40] = "";
	size_t seen = 0;
	for (int page = 0; page < 10; page++) {
		assert_int_equal(vault_list(w->v, NULL, NULL, NULL, NOW, 1,
					    cursor[0] ? cursor : NULL, &out),
				 0);
		convs = json_object_get(out, "conversations");
		seen += json_array_size(convs);
		const char *next = sget(out, "next");
		if (!next) {
			json_decref(out);
			break;
		}
		snprintf(cursor, sizeof cursor, "%s", next);
		json_decref(out);
	}
	assert_int_equal(seen, 4);
	assert_int_equal(vault_list(w->v, NULL, "team", NULL, NOW, 0, NULL, &out),
			 VAULT_E_INVALID);
	assert_int_equal(vault_list(w->v, NULL, NULL, NULL, NOW, 0, "bogus", &out),
			 VAULT_E_INVALID);
}

static void test_pseudonym_is_stable_and_raw_id_never_in_meta(void **state)
{
	struct world *w = *state;
	char p1[VAULT_PN_LEN], p2[VAULT_PN_LEN], p3[VAULT_PN_LEN], id[40];
	json_t *a = NULL;

	vault_pseudonym(w->v, "alice@example.com", p1);
	vault_pseudonym(w->v, "alice@example.com", p2);
	vault_pseudonym(w->v, "bob@example.com", p3);
	assert_string_equal(p1, p2);
	assert_string_not_equal(p1, p3);
	assert_int_equal(strlen(p1), 34);
	assert_memory_equal(p1, "u-", 2);

	create(w, "{\"user\":\"alice@example.com\",\"labels\":{\"k\":\"v\"}}", NOW, id);
	assert_int_equal(vault_meta(w->v, id, NOW, &a), 0);
	assert_string_equal(sget(a, "user_pseudonym"), p1);
	char *dump = json_dumps(a, 0);
	assert_null(strstr(dump, "alice"));
	free(dump);
	json_decref(a);

	/* Stable across restarts with the same key, different with another. */
	world_close_env(w);
	env_open(w, 0);
	vault_up(w);
	vault_pseudonym(w->v, "alice@example.com", p2);
	assert_string_equal(p1, p2);
}

static void hex32(const uint8_t *b, char *out)
{
	for (int i = 0; i < 16; i++)
		snprintf(out + 2 * i, 3, "%02x", b[i]);
}

/* End-user pseudonyms keep HMAC(pseudonym key, id) (existing stores are
 * indexed by it); staff pseudonyms come from a subkey, so that an end-user
 * pseudonym of a staff principal's name (which user:export hands out) is
 * not that person's staff pseudonym. Both recomputed with OpenSSL here. */
static void test_staff_pseudonyms_use_their_own_subkey(void **state)
{
	struct world *w = *state;
	const char *who = "user:corp/alice";
	const uint8_t *k = keys_secret_bytes(w->pseudo);
	uint8_t mac[32], sub[32];
	unsigned len = 32;
	char want[VAULT_PN_LEN] = "u-", got[VAULT_PN_LEN], staff[VAULT_PN_LEN];

	assert_non_null(HMAC(EVP_sha256(), k, 32, (const uint8_t *)who, strlen(who), mac, &len));
	hex32(mac, want + 2);
	vault_pseudonym(w->v, who, got);
	assert_string_equal(got, want);

	static const char label[] = "custos-pseudonym-staff\0v1";
	assert_non_null(HMAC(EVP_sha256(), k, 32, (const uint8_t *)label, sizeof label - 1, sub,
			     &len));
	assert_non_null(HMAC(EVP_sha256(), sub, 32, (const uint8_t *)who, strlen(who), mac, &len));
	memcpy(want, "s-", 2);
	hex32(mac, want + 2);
	vault_staff_pseudonym(w->v, who, staff);
	assert_string_equal(staff, want);
	assert_string_not_equal(staff + 2, got + 2);
	/* Stable for the same key. */
	vault_staff_pseudonym(w->v, who, got);
	assert_string_equal(staff, got);
}

/* The version 2 pseudonym of who under key k, recomputed with OpenSSL: the
 * end-user subkey HMAC(k, "custos-pseudonym-user\0v2"), then HMAC(subkey,
 * who). */
static void pn_v2(const keys_secret *k, const char *who, char out[VAULT_PN_LEN])
{
	static const char label[] = "custos-pseudonym-user\0v2";
	uint8_t sub[32], mac[32];
	unsigned len = 32;
	assert_non_null(HMAC(EVP_sha256(), keys_secret_bytes(k), 32, (const uint8_t *)label,
			     sizeof label - 1, sub, &len));
	assert_non_null(HMAC(EVP_sha256(), sub, 32, (const uint8_t *)who, strlen(who), mac, &len));
	memcpy(out, "u2-", 3);
	hex32(mac, out + 3);
}

static size_t listed_by(struct world *w, const char *pn, time_t now)
{
	json_t *out = NULL;
	vault_filter f = {.pseudonym = pn};
	assert_int_equal(vault_list_filtered(w->v, &f, now, 0, NULL, &out), 0);
	size_t n = json_array_size(json_object_get(out, "conversations"));
	json_decref(out);
	return n;
}

/* Rotation of the pseudonym key (docs/KEYS.md): the forms, version 2's
 * derivation, output switched at once (before the index has the user),
 * the index rebuilt in steps, the previous version accepted during the
 * grace only, the current version's key required at the next open. */
static void test_pseudonym_rotation_versions_index_and_grace(void **state)
{
	struct world *w = *state;
	const keys_secret *none[VAULT_PN_MAX + 1] = {0};
	char a[40], b[40], p1[VAULT_PN_LEN], p2[VAULT_PN_LEN], want[VAULT_PN_LEN];
	char s2[VAULT_PN_LEN], err[300] = "", all[4][VAULT_PN_LEN];
	unsigned ver = 0;
	size_t n = 0;
	int fin = 0;
	json_t *meta = NULL;

	assert_int_equal(vault_pseudonym_open(w->v, none, 3600, err, sizeof err), 0);
	create(w, "{\"user\": \"alice\"}", NOW, a);
	create(w, "{\"user\": \"bob\"}", NOW, b);
	vault_pseudonym(w->v, "alice", p1);
	assert_true(vault_is_pseudonym(p1) && p1[1] == '-');
	assert_int_equal(vault_pseudonym_accept(w->v, p1, NOW, err, sizeof err), 0);
	static const char *const bad[] = {"u1-0123456789abcdef0123456789abcdef",
					  "u02-0123456789abcdef0123456789abcdef",
					  "u17-0123456789abcdef0123456789abcdef",
					  "u2-0123456789abcdef0123456789abcde",
					  "u2-0123456789ABCDEF0123456789abcdef",
					  "s2-0123456789abcdef0123456789abcdef"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_false(vault_is_pseudonym(bad[i]));
	assert_true(vault_is_pseudonym("u16-0123456789abcdef0123456789abcdef"));

	keys_secret *k2 = random_key();
	assert_int_equal(vault_pseudonym_rotate(w->v, k2, NOW, &ver, err, sizeof err), 0);
	assert_int_equal(ver, 2);
	vault_pseudonym(w->v, "alice", p2);
	pn_v2(k2, "alice", want);
	assert_string_equal(p2, want);
	vault_staff_pseudonym(w->v, "user:corp/alice", s2);
	assert_memory_equal(s2, "s2-", 3);
	/* Not indexed yet: the metadata's pseudonym comes from the sealed id,
	 * a lookup by it finds nothing, by the old one (in its grace) all. */
	assert_int_equal(vault_meta(w->v, a, NOW, &meta), 0);
	assert_string_equal(sget(meta, "user_pseudonym"), p2);
	json_decref(meta);
	assert_int_equal(listed_by(w, p2, NOW), 0);
	assert_int_equal(listed_by(w, p1, NOW), 1);
	assert_int_equal(vault_pseudonym_rotate(w->v, k2, NOW, &ver, err, sizeof err),
			 VAULT_E_INVALID);

	/* One conversation per step: two steps index both, the third sees
	 * the end. */
	size_t steps = 0, total = 0;
	while (!fin) {
		assert_int_equal(vault_pseudonym_reindex(w->v, 1, &n, &fin), 0);
		total += n;
		steps++;
		assert_true(steps <= 3);
	}
	assert_int_equal(total, 2);
	assert_int_equal(listed_by(w, p2, NOW), 1);

	/* The grace: the previous version until rotated_at + grace, then
	 * refused; a version the vault does not have is invalid. */
	assert_int_equal(vault_pseudonym_accept(w->v, p1, NOW + 3599, err, sizeof err), 0);
	assert_int_equal(vault_pseudonym_accept(w->v, p1, NOW + 3600, err, sizeof err),
			 VAULT_E_RETIRED);
	assert_non_null(strstr(err, "version 1"));
	json_t *out = NULL;
	vault_filter f = {.pseudonym = p1};
	assert_int_equal(vault_list_filtered(w->v, &f, NOW + 3600, 0, NULL, &out),
			 VAULT_E_RETIRED);
	assert_int_equal(vault_pseudonym_accept(w->v, "u3-0123456789abcdef0123456789abcdef",
						NOW, err, sizeof err),
			 VAULT_E_INVALID);
	assert_int_equal(vault_pseudonyms_all(w->v, "alice", all, 4), 2);
	assert_string_equal(all[0], p1);
	assert_string_equal(all[1], p2);

	/* The next open needs version 2's key, and the right one. */
	vault_free(w->v);
	vault_up(w);
	assert_int_equal(vault_pseudonym_open(w->v, none, 3600, err, sizeof err), VAULT_E_CRYPTO);
	assert_non_null(strstr(err, "version 2 is current but was not loaded"));
	const keys_secret *pks[VAULT_PN_MAX + 1] = {0};
	keys_secret *wrong = random_key();
	pks[2] = wrong;
	assert_int_equal(vault_pseudonym_open(w->v, pks, 3600, err, sizeof err), VAULT_E_CRYPTO);
	assert_non_null(strstr(err, "does not match"));
	vault_free(w->v);
	vault_up(w);
	pks[2] = k2;
	assert_int_equal(vault_pseudonym_open(w->v, pks, 3600, err, sizeof err), 0);
	vault_pseudonym(w->v, "alice", want);
	assert_string_equal(want, p2);
	assert_int_equal(listed_by(w, p2, NOW), 1);

	/* Erasure drops the user's index entries. */
	json_t *rep = NULL;
	assert_int_equal(vault_erase_user(w->v, "alice", &rep), 0);
	assert_string_equal(sget(rep, "user_pseudonym"), p2);
	json_decref(rep);
	assert_int_equal(listed_by(w, p2, NOW), 0);
	keys_free(k2);
	keys_free(wrong);
}

/* Scans every file under dir for needle. */
static int dir_contains(const char *dir, const char *needle)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int found = 0;
	assert_non_null(d);
	while ((e = readdir(d)) != NULL) {
		char p[512];
		struct stat st;
		snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
		if (stat(p, &st) != 0 || !S_ISREG(st.st_mode))
			continue;
		FILE *f = fopen(p, "rb");
		assert_non_null(f);
		char *buf = malloc((size_t)st.st_size + 1);
		size_t n = fread(buf, 1, (size_t)st.st_size, f);
		fclose(f);
		if (memmem(buf, n, needle, strlen(needle)))
			found = 1;
		free(buf);
	}
	closedir(d);
	return found;
}

static void test_no_plaintext_text_or_user_id_in_any_file(void **state)
{
	struct world *w = *state;
	uint8_t r[12];
	char canary[40], user[64], js[512], id[40], err[100], qid[40];
	json_t *b;

	RAND_bytes(r, sizeof r);
	snprintf(canary, sizeof canary, "CANARY%02x%02x%02x%02x%02x%02x%02x%02x", r[0], r[1],
		 r[2], r[3], r[4], r[5], r[6], r[7]);
	snprintf(user, sizeof user, "enduser-%02x%02x%02x%02x@example.com", r[8], r[9], r[10],
		 r[11]);
	for (int i = 0; i < 3; i++) {
		snprintf(js, sizeof js,
			 "{\"user\":\"%s\",\"labels\":{\"ticket\":\"%d\"},\"messages\":["
			 "{\"role\":\"user\",\"text\":\"my secret is %s\"},"
			 "{\"role\":\"assistant\",\"text\":\"%s noted\"}]}",
			 user, i, canary, canary);
		create(w, js, NOW, id);
	}
	snprintf(js, sizeof js, "{\"role\":\"user\",\"text\":\"again %s\"}", canary);
	b = parse(js);
	assert_int_equal(vault_append(w->v, id, b, NOW, NULL, err, sizeof err), 0);
	json_decref(b);
	b = parse("{\"human_review\":false,\"training\":false}");
	assert_int_equal(vault_consent_put(w->v, user, b, user, NOW, err, sizeof err), 0);
	json_decref(b);
	snprintf(js, sizeof js, "{\"user\":\"%s\",\"text\":\"concern %s\"}", user, canary);
	b = parse(js);
	assert_int_equal(vault_concern_create(w->v, b, NOW, qid, err, sizeof err), 0);
	json_decref(b);
	/* Something was really written, and reads back. */
	json_t *c = NULL;
	assert_int_equal(vault_get(w->v, id, NOW, &c), 0);
	assert_non_null(strstr(sget(json_array_get(json_object_get(c, "messages"), 2), "text"),
			       canary));
	json_decref(c);

	world_close_env(w);
	assert_false(dir_contains(w->dir, canary));
	assert_false(dir_contains(w->dir, user));
	assert_false(dir_contains(w->dir, "my secret is"));
	/* The scan itself can find things: labels are stored in clear. */
	assert_true(dir_contains(w->dir, "ticket"));
}

static void test_tampered_ciphertext_fails_with_crypto_error(void **state)
{
	struct world *w = *state;
	char id[40];
	uint8_t kb[28], *val;
	size_t vlen;
	json_t *c = NULL;

	create(w, "{\"user\":\"t\",\"messages\":[{\"role\":\"user\",\"text\":\"first\"},"
		  "{\"role\":\"user\",\"text\":\"second\"}]}",
	       NOW, id);
	msg_key(kb, id, 1);
	raw_get(w, "conv_msg", kb, sizeof kb, &val, &vlen);
	val[vlen / 2] ^= 0x01;
	raw_put(w, "conv_msg", kb, sizeof kb, val, vlen);
	assert_int_equal(vault_get(w->v, id, NOW, &c), VAULT_E_CRYPTO);
	assert_null(c);
	/* Metadata needs no decryption and stays readable. */
	assert_int_equal(vault_meta(w->v, id, NOW, &c), 0);
	json_decref(c);
	c = NULL;
	/* Restore, then a swapped record order is caught too (AAD binds the index). */
	val[vlen / 2] ^= 0x01;
	raw_put(w, "conv_msg", kb, sizeof kb, val, vlen);
	assert_int_equal(vault_get(w->v, id, NOW, &c), 0);
	json_decref(c);
	c = NULL;
	uint8_t k0[28], *v0;
	size_t v0len;
	msg_key(k0, id, 0);
	raw_get(w, "conv_msg", k0, sizeof k0, &v0, &v0len);
	raw_put(w, "conv_msg", kb, sizeof kb, v0, v0len);
	assert_int_equal(vault_get(w->v, id, NOW, &c), VAULT_E_CRYPTO);
	/* A truncated conversation (record removed) is caught. */
	raw_del(w, "conv_msg", kb, sizeof kb);
	assert_int_equal(vault_get(w->v, id, NOW, &c), VAULT_E_CRYPTO);
	free(val);
	free(v0);

	/* Plain metadata is authenticated: flipping the hold flag is refused. */
	raw_get(w, "conv_meta", id, 24, &val, &vlen);
	char *hold = memmem(val, vlen, "\"legal_hold\":false", 18);
	assert_non_null(hold);
	memcpy(hold, "\"legal_hold\":true ", 18); /* same length, still valid JSON */
	raw_put(w, "conv_meta", id, 24, val, vlen);
	assert_int_equal(vault_meta(w->v, id, NOW, &c), VAULT_E_CRYPTO);
	assert_int_equal(vault_delete(w->v, id), VAULT_E_CRYPTO);
	free(val);
}

static void test_wrong_master_key_is_refused(void **state)
{
	struct world *w = *state;
	char id1[40], id2[40], err[200];
	uint8_t *k1, *k2;
	size_t l1, l2;
	json_t *c = NULL;
	vault *other = NULL;

	create(w, "{\"user\":\"a\",\"messages\":[{\"role\":\"user\",\"text\":\"x\"}]}", NOW, id1);
	create(w, "{\"user\":\"b\",\"messages\":[{\"role\":\"user\",\"text\":\"y\"}]}", NOW, id2);

	/* Opening the directory with another master key fails up front. */
	keys_secret *wrong = random_key();
	assert_int_equal(vault_open(w->env, wrong, w->pseudo, &other, err, sizeof err),
			 VAULT_E_CRYPTO);
	assert_null(other);
	assert_non_null(strstr(err, "master key"));
	/* So does a different pseudonym key (it would orphan every index). */
	assert_int_equal(vault_open(w->env, w->master, wrong, &other, err, sizeof err),
			 VAULT_E_CRYPTO);
	assert_non_null(strstr(err, "pseudonym key"));
	keys_free(wrong);

	/* A data key wrapped for one conversation does not open another. */
	raw_get(w, "conv_key", id1, 24, &k1, &l1);
	raw_get(w, "conv_key", id2, 24, &k2, &l2);
	raw_put(w, "conv_key", id2, 24, k1, l1);
	assert_int_equal(vault_get(w->v, id2, NOW, &c), VAULT_E_CRYPTO);
	/* A shredded data key: the conversation cannot be decrypted. */
	raw_del(w, "conv_key", id1, 24);
	assert_int_equal(vault_get(w->v, id1, NOW, &c), VAULT_E_CRYPTO);
	free(k1);
	free(k2);
}

static void test_forged_index_entry_does_not_leak_another_users_data(void **state)
{
	struct world *w = *state;
	char mine[40], theirs[40], pm[VAULT_PN_LEN];
	json_t *out = NULL;
	uint8_t *val;
	size_t vlen;

	create(w, "{\"user\":\"mallory\"}", NOW, mine);
	create(w, "{\"user\":\"victim\",\"messages\":[{\"role\":\"user\",\"text\":\"private\"}]}",
	       NOW, theirs);
	/* Copy mallory's user-index key and point it at the victim's id. */
	raw_get(w, "conv_meta", mine, 24, &val, &vlen);
	char *uh = memmem(val, vlen, "\"uh\":\"", 6);
	assert_non_null(uh);
	uint8_t kb[64 + 24];
	memcpy(kb, uh + 6, 64);
	memcpy(kb + 64, theirs, 24);
	raw_put(w, "user_conv", kb, sizeof kb, "", 0);
	free(val);
	vault_pseudonym(w->v, "mallory", pm);

	assert_int_equal(vault_list(w->v, "mallory", NULL, NULL, NOW, 0, NULL, &out), 0);
	assert_int_equal(json_array_size(json_object_get(out, "conversations")), 1);
	json_decref(out);
	assert_int_equal(vault_export_user(w->v, "mallory", NOW, &out), 0);
	char *dump = json_dumps(out, 0);
	assert_null(strstr(dump, "private"));
	free(dump);
	json_decref(out);
	assert_int_equal(vault_erase_user(w->v, "mallory", &out), 0);
	assert_int_equal(json_array_size(json_object_get(out, "erased")), 1);
	json_decref(out);
	assert_int_equal(vault_get(w->v, theirs, NOW, &out), 0);
	json_decref(out);
}

static void test_expired_is_hidden_and_swept_but_held_is_kept(void **state)
{
	struct world *w = *state;
	char short1[40], held[40], lasting[40];
	json_t *c = NULL, *ids = NULL;

	create(w, "{\"user\":\"e\",\"expires_at\":\"2027-01-15T09:00:00Z\","
		  "\"messages\":[{\"role\":\"user\",\"text\":\"bye\"}]}",
	       NOW, short1);
	create(w, "{\"user\":\"e\",\"expires_at\":\"2027-01-15T09:00:00Z\"}", NOW, held);
	create(w, "{\"user\":\"e\"}", NOW, lasting); /* default retention: 30 days */
	assert_int_equal(vault_set_hold(w->v, held, 1), 0);

	time_t later = NOW + 2 * 3600;
	assert_int_equal(vault_get(w->v, short1, NOW, &c), 0);
	json_decref(c);
	assert_int_equal(vault_get(w->v, short1, later, &c), VAULT_E_NOTFOUND);
	assert_int_equal(vault_meta(w->v, short1, later, &c), VAULT_E_NOTFOUND);
	assert_int_equal(vault_list(w->v, "e", NULL, NULL, later, 0, NULL, &c), 0);
	assert_int_equal(json_array_size(json_object_get(c, "conversations")), 2);
	json_decref(c);

	/* Nothing is due before expiry. */
	assert_int_equal(vault_sweep(w->v, NOW, 100, &ids), 0);
	assert_int_equal(json_array_size(ids), 0);
	json_decref(ids);
	assert_int_equal(vault_sweep(w->v, later, 100, &ids), 0);
	assert_int_equal(json_array_size(ids), 1);
	assert_string_equal(json_string_value(json_array_get(ids, 0)), short1);
	json_decref(ids);
	assert_int_equal(raw_count(w, "conv_msg"), 0);
	assert_int_equal(raw_count(w, "conv_key"), 2);

	/* The held one survives its expiry and stays readable. */
	assert_int_equal(vault_get(w->v, held, later, &c), 0);
	json_decref(c);
	/* Released from hold, it is expired and the next sweep takes it. */
	assert_int_equal(vault_set_hold(w->v, held, 0), 0);
	assert_int_equal(vault_get(w->v, held, later, &c), VAULT_E_NOTFOUND);
	assert_int_equal(vault_sweep(w->v, later, 100, &ids), 0);
	assert_int_equal(json_array_size(ids), 1);
	json_decref(ids);
	assert_int_equal(vault_get(w->v, lasting, later, &c), 0);
	json_decref(c);
	assert_int_equal(raw_count(w, "conv_expiry"), 1);
}

static void test_expired_lists_due_unheld_conversations_without_deleting(void **state)
{
	struct world *w = *state;
	char a[40], b[40], held[40], lasting[40], pn[VAULT_PN_LEN];
	json_t *c = NULL, *due = NULL;

	create(w, "{\"user\":\"x1\",\"expires_at\":\"2027-01-15T09:00:00Z\"}", NOW, a);
	create(w, "{\"user\":\"x2\",\"expires_at\":\"2027-01-15T08:30:00Z\"}", NOW, b);
	create(w, "{\"user\":\"x1\",\"expires_at\":\"2027-01-15T09:00:00Z\"}", NOW, held);
	create(w, "{\"user\":\"x1\"}", NOW, lasting);
	assert_int_equal(vault_set_hold(w->v, held, 1), 0);
	time_t later = NOW + 2 * 3600;

	assert_int_equal(vault_expired(w->v, NOW, 100, &due), 0);
	assert_int_equal(json_array_size(due), 0);
	json_decref(due);
	assert_int_equal(vault_expired(w->v, later, 100, &due), 0);
	assert_int_equal(json_array_size(due), 2);
	/* oldest expiry first, with the owner's pseudonym */
	assert_string_equal(json_string_value(json_object_get(json_array_get(due, 0), "id")), b);
	vault_pseudonym(w->v, "x2", pn);
	assert_string_equal(
		json_string_value(json_object_get(json_array_get(due, 0), "user_pseudonym")), pn);
	assert_string_equal(json_string_value(json_object_get(json_array_get(due, 1), "id")), a);
	json_decref(due);
	assert_int_equal(vault_expired(w->v, later, 1, &due), 0);
	assert_int_equal(json_array_size(due), 1);
	json_decref(due);
	/* nothing was deleted: a held one can still be read, the others deleted */
	assert_int_equal(raw_count(w, "conv_key"), 4);
	assert_int_equal(vault_get(w->v, held, later, &c), 0);
	json_decref(c);
	assert_int_equal(vault_delete(w->v, a), 0);
	assert_int_equal(vault_expired(w->v, later, 100, &due), 0);
	assert_int_equal(json_array_size(due), 1);
	json_decref(due);
}

static void test_legal_hold_blocks_delete_and_erase(void **state)
{
	struct world *w = *state;
	char id[40], free_id[40];
	json_t *c = NULL, *rep = NULL;

	create(w, "{\"user\":\"h\",\"legal_hold\":true}", NOW, id);
	create(w, "{\"user\":\"h\"}", NOW, free_id);
	assert_int_equal(vault_delete(w->v, id), VAULT_E_HOLD);
	assert_int_equal(vault_erase_user(w->v, "h", &rep), 0);
	assert_int_equal(json_array_size(json_object_get(rep, "held")), 1);
	assert_string_equal(json_string_value(json_array_get(json_object_get(rep, "held"), 0)),
			    id);
	assert_int_equal(json_array_size(json_object_get(rep, "erased")), 1);
	json_decref(rep);
	assert_int_equal(vault_get(w->v, id, NOW, &c), 0);
	assert_string_equal(sget(c, "user"), "h");
	json_decref(c);
	assert_int_equal(vault_get(w->v, free_id, NOW, &c), VAULT_E_NOTFOUND);
	/* Release, then delete works and removes every record. */
	assert_int_equal(vault_set_hold(w->v, id, 0), 0);
	assert_int_equal(vault_delete(w->v, id), 0);
	assert_int_equal(vault_delete(w->v, id), VAULT_E_NOTFOUND);
	const char *dbs[] = {"conv_meta", "conv_key", "conv_msg", "user_conv", "conv_label",
			     "conv_expiry"};
	for (size_t i = 0; i < sizeof dbs / sizeof dbs[0]; i++)
		assert_int_equal(raw_count(w, dbs[i]), 0);
	assert_int_equal(vault_set_hold(w->v, id, 1), VAULT_E_NOTFOUND);
}

static void test_consent_history_and_withdrawal_change_effective_consent(void **state)
{
	struct world *w = *state;
	char id[40], err[200];
	json_t *a = NULL, *b, *h = NULL;

	create(w, "{\"user\":\"carol\",\"consent\":{\"human_review\":true,\"training\":true}}",
	       NOW, id);
	assert_int_equal(vault_consent_get(w->v, "carol", &a), VAULT_E_NOTFOUND);
	assert_int_equal(vault_meta(w->v, id, NOW, &a), 0);
	assert_true(json_is_true(json_object_get(json_object_get(a, "consent"), "human_review")));
	json_decref(a);

	b = parse("{\"human_review\":true,\"training\":false}");
	assert_int_equal(vault_consent_put(w->v, "carol", b, "svc:app", NOW + 10, err, sizeof err),
			 0);
	json_decref(b);
	b = parse("{\"human_review\":false,\"training\":false}");
	assert_int_equal(vault_consent_put(w->v, "carol", b, NULL, NOW + 20, err, sizeof err), 0);
	json_decref(b);

	/* Withdrawal applies to the existing conversation on the next read. */
	assert_int_equal(vault_meta(w->v, id, NOW, &a), 0);
	assert_true(json_is_false(json_object_get(json_object_get(a, "consent"), "human_review")));
	json_decref(a);
	assert_int_equal(vault_get(w->v, id, NOW, &a), 0);
	assert_true(json_is_false(json_object_get(json_object_get(a, "consent"), "human_review")));
	json_decref(a);
	assert_int_equal(vault_consent_get(w->v, "carol", &a), 0);
	assert_true(json_is_false(json_object_get(a, "human_review")));
	json_decref(a);

	assert_int_equal(vault_consent_history(w->v, "carol", &h), 0);
	assert_int_equal(json_array_size(h), 2);
	json_t *h0 = json_array_get(h, 0), *h1 = json_array_get(h, 1);
	assert_string_equal(sget(h0, "author"), "svc:app");
	assert_true(json_is_true(json_object_get(json_object_get(h0, "consent"), "human_review")));
	assert_true(json_is_null(json_object_get(h1, "author")));
	assert_true(json_is_false(json_object_get(json_object_get(h1, "consent"), "human_review")));
	json_decref(h);
	assert_int_equal(vault_consent_history(w->v, "dave", &h), 0);
	assert_int_equal(json_array_size(h), 0);
	json_decref(h);

	b = parse("{\"human_review\":\"yes\"}");
	assert_int_equal(vault_consent_put(w->v, "carol", b, NULL, NOW, err, sizeof err),
			 VAULT_E_INVALID);
	json_decref(b);
}

static void test_erase_user_removes_everything_not_held(void **state)
{
	struct world *w = *state;
	char a1[40], a2[40], held[40], other[40], q1[40], q2[40], err[200];
	json_t *b, *rep = NULL, *c = NULL;

	create(w, "{\"user\":\"erin\",\"labels\":{\"t\":\"1\"},\"messages\":[{\"role\":\"user\","
		  "\"text\":\"a\"}]}",
	       NOW, a1);
	create(w, "{\"user\":\"erin\",\"consent\":{\"human_review\":true}}", NOW, a2);
	create(w, "{\"user\":\"erin\",\"consent\":{\"human_review\":true}}", NOW, held);
	create(w, "{\"user\":\"frank\",\"messages\":[{\"role\":\"user\",\"text\":\"f\"}]}", NOW,
	       other);
	assert_int_equal(vault_set_hold(w->v, held, 1), 0);
	b = parse("{\"human_review\":false}");
	assert_int_equal(vault_consent_put(w->v, "erin", b, "svc:app", NOW, err, sizeof err), 0);
	assert_int_equal(vault_consent_put(w->v, "frank", b, "svc:app", NOW, err, sizeof err), 0);
	json_decref(b);
	b = parse("{\"user\":\"erin\",\"text\":\"why?\"}");
	assert_int_equal(vault_concern_create(w->v, b, NOW, q1, err, sizeof err), 0);
	json_decref(b);
	b = parse("{\"user\":\"frank\",\"text\":\"and me\"}");
	assert_int_equal(vault_concern_create(w->v, b, NOW, q2, err, sizeof err), 0);
	json_decref(b);

	assert_int_equal(vault_erase_user(w->v, "erin", &rep), 0);
	assert_int_equal(json_array_size(json_object_get(rep, "erased")), 2);
	assert_int_equal(json_array_size(json_object_get(rep, "held")), 1);
	assert_int_equal(json_integer_value(json_object_get(rep, "consent_records_erased")), 2);
	assert_int_equal(json_integer_value(json_object_get(rep, "concerns_erased")), 1);
	char *dump = json_dumps(rep, 0);
	assert_null(strstr(dump, "erin"));
	free(dump);
	json_decref(rep);

	assert_int_equal(vault_get(w->v, a1, NOW, &c), VAULT_E_NOTFOUND);
	assert_int_equal(vault_get(w->v, a2, NOW, &c), VAULT_E_NOTFOUND);
	assert_int_equal(vault_consent_get(w->v, "erin", &c), VAULT_E_NOTFOUND);
	assert_int_equal(vault_consent_history(w->v, "erin", &c), 0);
	assert_int_equal(json_array_size(c), 0);
	json_decref(c);
	/* The held conversation keeps the withdrawn consent, not the broader
	 * consent it was created with. */
	assert_int_equal(vault_meta(w->v, held, NOW, &c), 0);
	assert_true(json_is_false(json_object_get(json_object_get(c, "consent"), "human_review")));
	json_decref(c);
	/* Only the held conversation's records remain for erin; frank is intact. */
	assert_int_equal(raw_count(w, "conv_key"), 2);
	assert_int_equal(raw_count(w, "conv_msg"), 1);
	assert_int_equal(raw_count(w, "conv_label"), 0);
	assert_int_equal(vault_get(w->v, other, NOW, &c), 0);
	json_decref(c);
	assert_int_equal(vault_consent_get(w->v, "frank", &c), 0);
	json_decref(c);
	uint8_t pos[VAULT_CONCERN_POS_LEN];
	int more = 0;
	assert_int_equal(vault_concern_page(w->v, 1, 0, NULL, &c, pos, &more), 0);
	assert_int_equal(json_array_size(json_object_get(c, "concerns")), 1);
	assert_string_equal(sget(json_array_get(json_object_get(c, "concerns"), 0), "id"), q2);
	assert_false(more);
	json_decref(c);
}

static void test_export_contains_conversations_consent_and_concerns(void **state)
{
	struct world *w = *state;
	char id1[40], id2[40], gone[40], q[40], err[200];
	json_t *b, *doc = NULL;

	create(w, "{\"user\":\"gina\",\"messages\":[{\"role\":\"user\",\"text\":\"one\"}]}", NOW,
	       id1);
	create(w, "{\"user\":\"gina\",\"messages\":[{\"role\":\"user\",\"text\":\"two\"}]}", NOW,
	       id2);
	create(w, "{\"user\":\"gina\",\"expires_at\":\"2027-01-15T08:00:01Z\"}", NOW, gone);
	create(w, "{\"user\":\"hank\",\"messages\":[{\"role\":\"user\",\"text\":\"nope\"}]}", NOW,
	       q);
	b = parse("{\"training\":false}");
	assert_int_equal(vault_consent_put(w->v, "gina", b, "svc:app", NOW, err, sizeof err), 0);
	json_decref(b);
	snprintf(err, sizeof err, "{\"user\":\"gina\",\"conversation_id\":\"%s\","
				  "\"decision_id\":42,\"text\":\"who read this?\"}", id1);
	b = parse(err);
	assert_int_equal(vault_concern_create(w->v, b, NOW, q, err, sizeof err), 0);
	json_decref(b);
	assert_memory_equal(q, "q-", 2);

	assert_int_equal(vault_export_user(w->v, "gina", NOW + 10, &doc), 0);
	assert_string_equal(sget(doc, "user"), "gina");
	json_t *convs = json_object_get(doc, "conversations");
	assert_int_equal(json_array_size(convs), 2); /* the expired one is gone */
	char *dump = json_dumps(doc, 0);
	assert_non_null(strstr(dump, "\"one\""));
	assert_non_null(strstr(dump, "\"two\""));
	assert_null(strstr(dump, "nope"));
	free(dump);
	assert_true(json_is_false(json_object_get(json_object_get(doc, "consent"), "training")));
	assert_int_equal(json_array_size(json_object_get(doc, "consent_history")), 1);
	json_t *cs = json_object_get(doc, "concerns");
	assert_int_equal(json_array_size(cs), 1);
	assert_string_equal(sget(json_array_get(cs, 0), "text"), "who read this?");
	assert_string_equal(sget(json_array_get(cs, 0), "conversation_id"), id1);
	assert_int_equal(json_integer_value(json_object_get(json_array_get(cs, 0), "decision_id")),
			 42);
	json_decref(doc);

	assert_int_equal(vault_export_user(w->v, "nobody", NOW, &doc), 0);
	assert_int_equal(json_array_size(json_object_get(doc, "conversations")), 0);
	assert_true(json_is_null(json_object_get(doc, "consent")));
	json_decref(doc);
}

static void test_concern_bounds_and_listing(void **state)
{
	struct world *w = *state;
	char q[40], err[200];
	json_t *b, *out = NULL;

	b = parse("{\"user\":\"i\",\"text\":\"\"}");
	assert_int_equal(vault_concern_create(w->v, b, NOW, q, err, sizeof err), VAULT_E_INVALID);
	json_decref(b);
	b = parse("{\"user\":\"i\",\"text\":\"x\",\"conversation_id\":\"../../x\"}");
	assert_int_equal(vault_concern_create(w->v, b, NOW, q, err, sizeof err), VAULT_E_INVALID);
	json_decref(b);
	b = parse("{\"user\":\"i\",\"text\":\"x\",\"decision_id\":-1}");
	assert_int_equal(vault_concern_create(w->v, b, NOW, q, err, sizeof err), VAULT_E_INVALID);
	json_decref(b);
	b = parse("{\"user\":\"i\",\"text\":\"first\"}");
	assert_int_equal(vault_concern_create(w->v, b, NOW, q, err, sizeof err), 0);
	json_decref(b);
	b = parse("{\"user\":\"i\",\"text\":\"second\"}");
	assert_int_equal(vault_concern_create(w->v, b, NOW + 5, q, err, sizeof err), 0);
	json_decref(b);
	uint8_t pos[VAULT_CONCERN_POS_LEN];
	int more = 0;
	assert_int_equal(vault_concern_page(w->v, 0, 0, NULL, &out, pos, &more), 0);
	json_t *cs = json_object_get(out, "concerns");
	assert_int_equal(json_array_size(cs), 2);
	assert_string_equal(sget(json_array_get(cs, 0), "text"), "first");
	assert_string_equal(sget(json_array_get(cs, 1), "text"), "second");
	assert_string_equal(sget(json_array_get(cs, 1), "id"), q);
	assert_memory_equal(sget(json_array_get(cs, 0), "user_pseudonym"), "u-", 2);
	assert_true(json_is_null(json_object_get(json_array_get(cs, 0), "conversation_id")));
	assert_false(more);
	json_decref(out);
}

/* Texts of a concern page, in order, joined by ',' into buf. */
static const char *page_texts(json_t *page, char *buf, size_t n)
{
	size_t i, o = 0;
	json_t *c;
	buf[0] = '\0';
	json_array_foreach(json_object_get(page, "concerns"), i, c)
		o += (size_t)snprintf(buf + o, n - o, "%s%s", i ? "," : "", sget(c, "text"));
	return buf;
}

/* Every concern is reachable page by page, newest or oldest first, past
 * VAULT_LIST_MAX, and a page continues right after an erased position. */
static void test_concern_pages_reach_every_concern_in_both_orders(void **state)
{
	struct world *w = *state;
	char q[40], err[200], text[16], buf[256];
	uint8_t pos[VAULT_CONCERN_POS_LEN], pos2[VAULT_CONCERN_POS_LEN];
	json_t *b, *out = NULL;
	int more = 0;

	for (int i = 0; i < VAULT_LIST_MAX + 5; i++) {
		snprintf(text, sizeof text, "t%d", i);
		b = json_pack("{s:s,s:s}", "user", i == 3 ? "zoe" : "yan", "text", text);
		assert_int_equal(vault_concern_create(w->v, b, NOW + i, q, err, sizeof err), 0);
		json_decref(b);
	}
	/* Newest first: a full page of 1000, then the 5 oldest. */
	assert_int_equal(vault_concern_page(w->v, 1, VAULT_LIST_MAX, NULL, &out, pos, &more), 0);
	assert_int_equal(json_array_size(json_object_get(out, "concerns")), VAULT_LIST_MAX);
	assert_string_equal(sget(json_array_get(json_object_get(out, "concerns"), 0), "text"),
			    "t1004");
	assert_true(more);
	json_decref(out);
	assert_int_equal(vault_concern_page(w->v, 1, VAULT_LIST_MAX, pos, &out, pos2, &more), 0);
	assert_string_equal(page_texts(out, buf, sizeof buf), "t4,t3,t2,t1,t0");
	assert_false(more);
	json_decref(out);
	/* Oldest first, pages of 2. */
	assert_int_equal(vault_concern_page(w->v, 0, 2, NULL, &out, pos, &more), 0);
	assert_string_equal(page_texts(out, buf, sizeof buf), "t0,t1");
	assert_true(more);
	json_decref(out);
	assert_int_equal(vault_concern_page(w->v, 0, 2, pos, &out, pos2, &more), 0);
	assert_string_equal(page_texts(out, buf, sizeof buf), "t2,t3");
	json_decref(out);
	/* t3's author is erased: the next page starts right after where t3 was. */
	json_t *rep = NULL;
	assert_int_equal(vault_erase_user(w->v, "zoe", &rep), 0);
	json_decref(rep);
	assert_int_equal(vault_concern_page(w->v, 0, 2, pos2, &out, pos, &more), 0);
	assert_string_equal(page_texts(out, buf, sizeof buf), "t4,t5");
	json_decref(out);
	assert_int_equal(vault_concern_page(w->v, 1, 2, pos2, &out, pos, &more), 0);
	assert_string_equal(page_texts(out, buf, sizeof buf), "t2,t1");
	json_decref(out);
}

static void test_map_full_reports_full_and_store_stays_readable(void **state)
{
	struct world *w = world_new(512 * 1024);
	char id[40], err[200], ids[64][40];
	size_t made = 0;
	int rc = 0;
	*state = w;

	char *big = malloc(VAULT_MAX_TEXT + 1);
	memset(big, 'x', VAULT_MAX_TEXT);
	big[VAULT_MAX_TEXT] = '\0';
	for (int i = 0; i < 64; i++) {
		json_t *body = json_pack("{s:s, s:[{s:s, s:s}]}", "user", "full", "messages",
					 "role", "user", "text", big);
		rc = vault_create(w->v, body, NOW, DAY, id, err, sizeof err);
		json_decref(body);
		if (rc)
			break;
		memcpy(ids[made++], id, 40);
	}
	assert_int_equal(rc, VAULT_E_FULL);
	assert_true(made > 0);
	assert_string_equal(id, ""); /* no id handed out for the failed create */

	/* Nothing half-written: exactly the acknowledged conversations exist,
	 * and each one reads back whole. */
	json_t *out = NULL;
	assert_int_equal(vault_list(w->v, "full", NULL, NULL, NOW, 0, NULL, &out), 0);
	assert_int_equal(json_array_size(json_object_get(out, "conversations")), made);
	json_decref(out);
	assert_int_equal(raw_count(w, "conv_key"), made);
	assert_int_equal(raw_count(w, "conv_msg"), made);
	for (size_t i = 0; i < made; i++) {
		assert_int_equal(vault_get(w->v, ids[i], NOW, &out), 0);
		json_decref(out);
	}
	/* An append that does not fit leaves the conversation as it was. */
	json_t *more = json_pack("[{s:s, s:s}, {s:s, s:s}]", "role", "user", "text", big, "role",
				 "user", "text", big);
	assert_int_equal(vault_append(w->v, ids[0], more, NOW, NULL, err, sizeof err),
			 VAULT_E_FULL);
	json_decref(more);
	assert_int_equal(vault_meta(w->v, ids[0], NOW, &out), 0);
	assert_int_equal(json_integer_value(json_object_get(out, "message_count")), 1);
	json_decref(out);
	/* Deleting frees room again. */
	assert_int_equal(vault_delete(w->v, ids[0]), 0);
	assert_int_equal(vault_delete(w->v, ids[1]), 0);
	json_t *body = json_pack("{s:s, s:[{s:s, s:s}]}", "user", "full", "messages", "role",
				 "user", "text", "small");
	assert_int_equal(vault_create(w->v, body, NOW, DAY, id, err, sizeof err), 0);
	json_decref(body);
	free(big);
}

static void test_bounds_are_enforced(void **state)
{
	struct world *w = *state;
	char err[200];
	json_t *body;
	char id[40];

	/* Too many labels. */
	body = json_pack("{s:s}", "user", "u");
	json_t *labels = json_object();
	for (int i = 0; i <= VAULT_MAX_LABELS; i++) {
		char k[8];
		snprintf(k, sizeof k, "k%d", i);
		json_object_set_new(labels, k, json_string("v"));
	}
	json_object_set_new(body, "labels", labels);
	assert_int_equal(vault_create(w->v, body, NOW, DAY, id, err, sizeof err), VAULT_E_INVALID);
	assert_non_null(strstr(err, "labels"));
	json_decref(body);

	/* Oversized text: one byte over the cap is refused, the cap itself is fine. */
	char *big = malloc(VAULT_MAX_TEXT + 2);
	memset(big, 'y', VAULT_MAX_TEXT + 1);
	big[VAULT_MAX_TEXT + 1] = '\0';
	body = json_pack("{s:s, s:[{s:s, s:s}]}", "user", "u", "messages", "role", "user", "text",
			 big);
	assert_int_equal(vault_create(w->v, body, NOW, DAY, id, err, sizeof err), VAULT_E_INVALID);
	assert_non_null(strstr(err, "messages[0].text"));
	assert_null(strstr(err, "yyyy")); /* values are never echoed */
	json_decref(body);
	big[VAULT_MAX_TEXT] = '\0';
	body = json_pack("{s:s, s:[{s:s, s:s}]}", "user", "u", "messages", "role", "user", "text",
			 big);
	assert_int_equal(vault_create(w->v, body, NOW, DAY, id, err, sizeof err), 0);
	json_decref(body);

	/* Over-long user id, label key and value. */
	big[VAULT_MAX_USER_LEN + 1] = '\0';
	body = json_pack("{s:s}", "user", big);
	assert_int_equal(vault_create(w->v, body, NOW, DAY, id, err, sizeof err), VAULT_E_INVALID);
	json_decref(body);
	big[VAULT_MAX_LABEL_LEN + 1] = '\0';
	body = json_pack("{s:s, s:{s:s}}", "user", "u", "labels", big, "v");
	assert_int_equal(vault_create(w->v, body, NOW, DAY, id, err, sizeof err), VAULT_E_INVALID);
	json_decref(body);
	body = json_pack("{s:s, s:{s:s}}", "user", "u", "labels", "k", big);
	assert_int_equal(vault_create(w->v, body, NOW, DAY, id, err, sizeof err), VAULT_E_INVALID);
	json_decref(body);
	free(big);

	const char *bad_bodies[] = {
		"[]",
		"{}",
		"{\"user\":\"\"}",
		"{\"user\":5}",
		"{\"user\":\"u\",\"id\":\"c-x\"}",
		"{\"user\":\"u\",\"colour\":\"red\"}",
		"{\"user\":\"u\",\"labels\":{\"a:b\":\"c\"}}",
		"{\"user\":\"u\",\"labels\":{\"a\":1}}",
		"{\"user\":\"u\",\"consent\":{\"training\":1}}",
		"{\"user\":\"u\",\"legal_hold\":\"no\"}",
		"{\"user\":\"u\",\"expires_at\":\"yesterday\"}",
		"{\"user\":\"u\",\"expires_at\":\"2020-01-01T00:00:00Z\"}",
		"{\"user\":\"u\",\"messages\":{}}",
		"{\"user\":\"u\",\"messages\":[{\"role\":\"system\",\"text\":\"x\"}]}",
		"{\"user\":\"u\",\"messages\":[{\"role\":\"user\"}]}",
		"{\"user\":\"u\",\"messages\":[{\"role\":\"user\",\"text\":\"x\",\"at\":\"now\"}]}",
		"{\"user\":\"u\",\"messages\":[{\"role\":\"user\",\"text\":\"x\",\"extra\":1}]}",
		"{\"user\":\"u\\u0000v\"}",
	};
	for (size_t i = 0; i < sizeof bad_bodies / sizeof bad_bodies[0]; i++) {
		json_error_t e;
		body = json_loads(bad_bodies[i], JSON_ALLOW_NUL, &e);
		assert_non_null(body);
		err[0] = '\0';
		int rc = vault_create(w->v, body, NOW, DAY, id, err, sizeof err);
		if (rc != VAULT_E_INVALID)
			fail_msg("body %zu accepted: %s", i, bad_bodies[i]);
		assert_true(err[0] != '\0');
		json_decref(body);
	}
	assert_int_equal(raw_count(w, "conv_meta"), 1);
}

/* ---- fault injection: every change either commits whole or leaves nothing ---- */

/* The fixture: ann has c[0] (two messages), c[1] (held), consent and a
 * concern; bob has c[2]. */
struct fx {
	struct world *w;
	char c[3][40];
};

static void fx_build(struct fx *f)
{
	char err[200] = "", qid[40];
	f->w = world_new(0);
	create(f->w, "{\"user\":\"ann\",\"messages\":[{\"role\":\"user\",\"text\":\"hi\"},"
		     "{\"role\":\"assistant\",\"text\":\"hello\"}]}", NOW, f->c[0]);
	create(f->w, "{\"user\":\"ann\",\"legal_hold\":true}", NOW, f->c[1]);
	create(f->w, "{\"user\":\"bob\"}", NOW, f->c[2]);
	json_t *b = parse("{\"human_review\":true,\"training\":false}");
	assert_int_equal(vault_consent_put(f->w->v, "ann", b, "ann", NOW, err, sizeof err), 0);
	json_decref(b);
	b = parse("{\"user\":\"ann\",\"text\":\"a concern\"}");
	assert_int_equal(vault_concern_create(f->w->v, b, NOW, qid, err, sizeof err), 0);
	json_decref(b);
}

/* What a reader can see of the vault, as one JSON value. */
static json_t *fx_snapshot(struct fx *f)
{
	json_t *ann = NULL, *bob = NULL, *list = NULL, *concerns = NULL;
	uint8_t next[VAULT_CONCERN_POS_LEN];
	int more = 0;
	assert_int_equal(vault_export_user(f->w->v, "ann", NOW, &ann), 0);
	assert_int_equal(vault_export_user(f->w->v, "bob", NOW, &bob), 0);
	assert_int_equal(vault_list(f->w->v, NULL, NULL, NULL, NOW, 100, NULL, &list), 0);
	assert_int_equal(vault_concern_page(f->w->v, 0, 100, NULL, &concerns, next, &more), 0);
	return json_pack("{s:o,s:o,s:o,s:o}", "ann", ann, "bob", bob, "list", list, "concerns",
			 concerns);
}

static int fx_create(struct fx *f)
{
	char id[40], err[200];
	json_t *b = parse("{\"user\":\"carol\",\"messages\":[{\"role\":\"user\",\"text\":\"x\"}]}");
	int rc = vault_create(f->w->v, b, NOW, 30 * DAY, id, err, sizeof err);
	json_decref(b);
	return rc;
}
static int fx_append(struct fx *f)
{
	char err[200];
	json_t *b = parse("[{\"role\":\"user\",\"text\":\"a\"},{\"role\":\"user\",\"text\":\"b\"}]");
	int rc = vault_append(f->w->v, f->c[0], b, NOW, NULL, err, sizeof err);
	json_decref(b);
	return rc;
}
static int fx_hold(struct fx *f)
{
	return vault_set_hold(f->w->v, f->c[0], 1);
}
static int fx_delete(struct fx *f)
{
	return vault_delete(f->w->v, f->c[0]);
}
static int fx_consent(struct fx *f)
{
	char err[200];
	json_t *b = parse("{\"human_review\":false,\"training\":true}");
	int rc = vault_consent_put(f->w->v, "ann", b, "ann", NOW, err, sizeof err);
	json_decref(b);
	return rc;
}
static int fx_erase(struct fx *f)
{
	json_t *report = NULL;
	int rc = vault_erase_user(f->w->v, "ann", &report);
	json_decref(report);
	return rc;
}
static int fx_sweep(struct fx *f)
{
	json_t *ids = NULL;
	int rc = vault_sweep(f->w->v, NOW + 31 * DAY, 100, &ids);
	if (!rc)
		assert_int_equal(json_array_size(ids), 2); /* c[0] and c[2]; c[1] is held */
	json_decref(ids);
	return rc;
}
static int fx_concern(struct fx *f)
{
	char qid[40], err[200];
	json_t *b = parse("{\"user\":\"bob\",\"text\":\"another\"}");
	int rc = vault_concern_create(f->w->v, b, NOW, qid, err, sizeof err);
	json_decref(b);
	return rc;
}

static void test_injected_faults_leave_the_vault_whole(void **state)
{
	(void)state;
	static const struct {
		const char *name;
		int (*change)(struct fx *f);
	} changes[] = {
		{"create", fx_create}, {"append", fx_append},   {"hold", fx_hold},
		{"delete", fx_delete}, {"consent", fx_consent}, {"erase", fx_erase},
		{"sweep", fx_sweep},   {"concern", fx_concern},
	};
	static const struct {
		enum custos_fault_point point;
		int mdb_rc, want;
	} faults[] = {
		{CUSTOS_FAULT_VAULT_COMMIT, EIO, VAULT_E_STORE},
		{CUSTOS_FAULT_VAULT_COMMIT, MDB_MAP_FULL, VAULT_E_FULL},
		{CUSTOS_FAULT_VAULT_PUT, MDB_MAP_FULL, VAULT_E_FULL},
		/* a full filesystem is "full" like a full map (db_err) */
		{CUSTOS_FAULT_VAULT_PUT, ENOSPC, VAULT_E_FULL},
		{CUSTOS_FAULT_VAULT_PUT, EIO, VAULT_E_STORE},
	};
	for (size_t c = 0; c < sizeof changes / sizeof changes[0]; c++) {
		for (size_t k = 0; k < sizeof faults / sizeof faults[0]; k++) {
			struct fx f;
			fx_build(&f);
			json_t *before = fx_snapshot(&f);
			custos_fault_arm(faults[k].point, faults[k].mdb_rc, 0, 0);
			int rc = changes[c].change(&f);
			unsigned hits = custos_fault_hits(faults[k].point);
			custos_fault_clear();
			int deleting = strcmp(changes[c].name, "delete") == 0 ||
				       strcmp(changes[c].name, "erase") == 0 ||
				       strcmp(changes[c].name, "sweep") == 0;
			if (hits && deleting && faults[k].point == CUSTOS_FAULT_VAULT_PUT &&
			    faults[k].want == VAULT_E_FULL && (rc == 0 || strcmp(changes[c].name, "erase") != 0)) {
				/* A full store: the only put of a deletion is its shred
				 * mark, and the deletion goes through without it (the
				 * mark kept in memory): deleting must free room. (An
				 * erasure also rewrites its held conversation: refused.) */
				if (rc != 0)
					fail_msg("%s, fault %zu: a full store refused a deletion",
						 changes[c].name, k);
				struct vault_shred_mark sm;
				assert_int_equal(vault_shred_pending(f.w->v, &sm), 0);
				assert_true(sm.unmarked > 0 && sm.stored == 0);
			} else if (hits == 0) {
				print_message("%s: deletes only, no put to fail\n", changes[c].name);
				/* the change writes nothing with this kind of call
				 * (deletions only): it went through */
				if (faults[k].point != CUSTOS_FAULT_VAULT_PUT || rc != 0)
					fail_msg("%s, fault %zu: not hit, rc %d", changes[c].name, k,
						 rc);
			} else {
				if (rc != faults[k].want)
					fail_msg("%s, fault %zu: rc %d (%s), want %d",
						 changes[c].name, k, rc, vault_strerror(rc),
						 faults[k].want);
				json_t *after = fx_snapshot(&f);
				if (!json_equal(before, after))
					fail_msg("%s, fault %zu: the vault changed", changes[c].name,
						 k);
				json_decref(after);
				/* and without the fault the same change commits */
				assert_int_equal(changes[c].change(&f), 0);
				after = fx_snapshot(&f);
				assert_false(json_equal(before, after));
				json_decref(after);
			}
			json_decref(before);
			void *st = f.w;
			teardown(&st);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_key_file_round_trips_and_is_private, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_key_file_of_wrong_length_is_refused, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_create_then_get_round_trips, setup, teardown),
		cmocka_unit_test_setup_teardown(test_expired_lists_due_unheld_conversations_without_deleting,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_default_consent_is_users_current_else_all_false,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_append_adds_messages_in_order, setup, teardown),
		cmocka_unit_test_setup_teardown(test_message_count_is_capped, setup, teardown),
		cmocka_unit_test_setup_teardown(test_list_filters_by_user_and_label_with_cursor,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_pseudonym_rotation_versions_index_and_grace,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_pseudonym_is_stable_and_raw_id_never_in_meta,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_staff_pseudonyms_use_their_own_subkey, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_no_plaintext_text_or_user_id_in_any_file, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_tampered_ciphertext_fails_with_crypto_error,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_wrong_master_key_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(
			test_forged_index_entry_does_not_leak_another_users_data, setup, teardown),
		cmocka_unit_test_setup_teardown(test_expired_is_hidden_and_swept_but_held_is_kept,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_legal_hold_blocks_delete_and_erase, setup,
						teardown),
		cmocka_unit_test_setup_teardown(
			test_consent_history_and_withdrawal_change_effective_consent, setup, teardown),
		cmocka_unit_test_setup_teardown(test_erase_user_removes_everything_not_held, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_export_contains_conversations_consent_and_concerns,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_concern_bounds_and_listing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_concern_pages_reach_every_concern_in_both_orders,
						setup, teardown),
		cmocka_unit_test_teardown(test_map_full_reports_full_and_store_stays_readable,
					  teardown),
		cmocka_unit_test_setup_teardown(test_bounds_are_enforced, setup, teardown),
		cmocka_unit_test(test_injected_faults_leave_the_vault_whole),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
