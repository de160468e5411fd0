/* Unit tests of policy/store: versions and history, If-Match, validation,
 * rollback, restart, map-full, concurrent writers, revocations. Each test
 * opens its own environment in a fresh mkdtemp directory. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <ftw.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "db_lmdb.h"
#include "fault.h"
#include "policy.h"
#include "store.h"

#define AUTHOR "svc:admin-cli"

struct world {
	char dir[64];
	char path[128];
	db_env *env;
	pol_store *st;
	const char *forbid; /* the validator refuses a role of this name */
};

/* Test validator: refuses a document with "bad": true, a role named
 * w->forbid, and an "inherits" naming a role that is not in the set. */
static int test_validate(const json_t *docs, void *ctx, char *err, size_t errsz)
{
	struct world *w = ctx;
	size_t i, j;
	json_t *d, *parent;
	json_array_foreach(docs, i, d) {
		if (w->forbid &&
		    strcmp(json_string_value(json_object_get(d, "name")), w->forbid) == 0) {
			snprintf(err, errsz, "$[%zu].name: role %s is forbidden", i, w->forbid);
			return 1;
		}
		if (json_is_true(json_object_get(d, "bad"))) {
			snprintf(err, errsz, "$[%zu].bad: refused by the test validator", i);
			return 1;
		}
		json_array_foreach(json_object_get(d, "inherits"), j, parent) {
			bool found = false;
			size_t k;
			json_t *e;
			json_array_foreach(docs, k, e) {
				if (json_equal(json_object_get(e, "name"), parent))
					found = true;
			}
			if (!found) {
				snprintf(err, errsz, "$[%zu].inherits[%zu]: unknown role", i, j);
				return 1;
			}
		}
	}
	return 0;
}

static int open_store(struct world *w, size_t map_size)
{
	db_env_opts eo = {.dir = w->path, .map_size = map_size};
	pol_store_opts o = {.validate = test_validate, .validate_ctx = w};
	char err[256] = "";
	int rc = db_env_open(&eo, &w->env, err, sizeof(err));
	if (!rc)
		rc = pol_store_open(w->env, &o, &w->st, err, sizeof(err));
	if (rc)
		fprintf(stderr, "open: %s\n", err);
	return rc;
}

/* Closes the store and its environment. */
static void close_store(struct world *w)
{
	pol_store_close(w->st);
	db_env_close(w->env);
	w->st = NULL;
	w->env = NULL;
}

static int setup(void **state)
{
	struct world *w = calloc(1, sizeof(*w));
	if (!w)
		return -1;
	snprintf(w->dir, sizeof(w->dir), "/tmp/custos-store-XXXXXX");
	if (!mkdtemp(w->dir))
		return -1;
	snprintf(w->path, sizeof(w->path), "%s/store", w->dir);
	if (open_store(w, 0))
		return -1;
	*state = w;
	return 0;
}

static int rm_one(const char *p, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	return remove(p);
}

static int teardown(void **state)
{
	struct world *w = *state;
	close_store(w);
	nftw(w->dir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	free(w);
	return 0;
}

static json_t *J(const char *s)
{
	json_error_t e;
	json_t *j = json_loads(s, 0, &e);
	if (!j)
		fail_msg("bad test JSON: %s", e.text);
	return j;
}

static uint64_t version_of(pol_store *st)
{
	uint64_t v = 99999;
	assert_int_equal(pol_store_version(st, &v), 0);
	return v;
}

static int put_role_s(pol_store *st, const char *name, const char *doc, int64_t if_match,
		      uint64_t *v)
{
	json_t *j = J(doc);
	int rc = pol_store_put_role(st, AUTHOR, name, j, if_match, v, NULL, 0);
	json_decref(j);
	return rc;
}

static int put_binding_s(pol_store *st, const char *principal, const char *b)
{
	json_t *j = J(b);
	int rc = pol_store_put_binding(st, AUTHOR, principal, j, NULL, NULL, 0);
	json_decref(j);
	return rc;
}

static void assert_role_version(pol_store *st, const char *name, json_int_t want)
{
	json_t *doc = NULL;
	assert_int_equal(pol_store_get_role(st, name, &doc), 0);
	assert_int_equal(json_integer_value(json_object_get(doc, "version")), want);
	json_decref(doc);
}

/* ---------------------------------------------------------------- */

static void test_empty_store_is_version_zero(void **state)
{
	struct world *w = *state;
	json_t *docs = NULL, *bindings = NULL;
	uint64_t v = 7;
	assert_int_equal(version_of(w->st), 0);
	assert_int_equal(pol_store_load(w->st, &docs, &bindings, &v), 0);
	assert_int_equal(v, 0);
	assert_int_equal(json_array_size(docs), 0);
	assert_int_equal(json_object_size(bindings), 0);
	json_decref(docs);
	json_decref(bindings);
	assert_int_equal(pol_store_get_role(w->st, "nobody", &docs), POL_STORE_E_NOTFOUND);
	assert_int_equal(pol_store_get_version(w->st, 1, &docs), POL_STORE_E_NOTFOUND);
}

static void test_role_put_get_list_delete(void **state)
{
	struct world *w = *state;
	uint64_t v = 0;
	json_t *doc = NULL, *list = NULL;

	assert_int_equal(put_role_s(w->st, "staff", "{\"description\":\"all staff\",\"rules\":[]}",
				    POL_STORE_ANY, &v), 0);
	assert_int_equal(v, 1);
	assert_int_equal(put_role_s(w->st, "auditor", "{\"name\":\"auditor\",\"rules\":[]}",
				    POL_STORE_ANY, &v), 0);
	assert_int_equal(v, 2);

	assert_int_equal(pol_store_get_role(w->st, "staff", &doc), 0);
	assert_string_equal(json_string_value(json_object_get(doc, "name")), "staff");
	assert_int_equal(json_integer_value(json_object_get(doc, "version")), 1);
	json_decref(doc);

	assert_int_equal(pol_store_list_roles(w->st, &list), 0);
	assert_int_equal(json_array_size(list), 2);
	/* name order */
	assert_string_equal(json_string_value(json_object_get(json_array_get(list, 0), "name")),
			    "auditor");
	assert_int_equal(json_integer_value(json_object_get(json_array_get(list, 0), "version")), 2);
	assert_string_equal(
		json_string_value(json_object_get(json_array_get(list, 1), "description")),
		"all staff");
	json_decref(list);

	assert_int_equal(pol_store_delete_role(w->st, AUTHOR, "staff", POL_STORE_ANY, &v, NULL, 0),
			 0);
	assert_int_equal(v, 3);
	assert_int_equal(pol_store_get_role(w->st, "staff", &doc), POL_STORE_E_NOTFOUND);
	assert_int_equal(pol_store_delete_role(w->st, AUTHOR, "staff", POL_STORE_ANY, &v, NULL, 0),
			 POL_STORE_E_NOTFOUND);
	assert_int_equal(version_of(w->st), 3);
}

static void test_client_version_and_mismatched_name_are_handled(void **state)
{
	struct world *w = *state;
	uint64_t v = 0;
	char err[200] = "";
	assert_int_equal(put_role_s(w->st, "a", "{\"version\": 4242}", POL_STORE_ANY, &v), 0);
	assert_role_version(w->st, "a", 1);

	json_t *j = J("{\"name\":\"b\"}");
	assert_int_equal(pol_store_put_role(w->st, AUTHOR, "a", j, POL_STORE_ANY, &v, err,
					    sizeof(err)),
			 POL_STORE_E_ARG);
	assert_non_null(strstr(err, "name"));
	json_decref(j);
	j = J("[1,2]");
	assert_int_equal(pol_store_put_role(w->st, AUTHOR, "a", j, POL_STORE_ANY, &v, NULL, 0),
			 POL_STORE_E_ARG);
	json_decref(j);
	assert_int_equal(version_of(w->st), 1);
}

static void test_history_records_author_time_before_after(void **state)
{
	struct world *w = *state;
	json_t *rec = NULL, *ch;
	assert_int_equal(put_role_s(w->st, "r", "{\"rules\":[1]}", POL_STORE_ANY, NULL), 0);
	assert_int_equal(put_role_s(w->st, "r", "{\"rules\":[2]}", POL_STORE_ANY, NULL), 0);
	assert_int_equal(pol_store_delete_role(w->st, "svc:other", "r", POL_STORE_ANY, NULL, NULL, 0),
			 0);
	assert_int_equal(put_binding_s(w->st, "user:corp/alice", "{\"roles\":[\"r\"]}"), 0);
	assert_int_equal(pol_store_delete_binding(w->st, AUTHOR, "user:corp/alice", NULL, NULL, 0), 0);
	assert_int_equal(version_of(w->st), 5);

	assert_int_equal(pol_store_get_version(w->st, 1, &rec), 0);
	assert_int_equal(json_integer_value(json_object_get(rec, "version")), 1);
	assert_string_equal(json_string_value(json_object_get(rec, "author")), AUTHOR);
	const char *t = json_string_value(json_object_get(rec, "time"));
	assert_non_null(t);
	assert_true(strlen(t) >= 20 && t[4] == '-' && t[10] == 'T' && t[strlen(t) - 1] == 'Z');
	ch = json_object_get(rec, "change");
	assert_string_equal(json_string_value(json_object_get(ch, "kind")), "role.put");
	assert_string_equal(json_string_value(json_object_get(ch, "target")), "r");
	assert_true(json_is_null(json_object_get(ch, "before")));
	assert_int_equal(json_integer_value(json_object_get(json_object_get(ch, "after"), "version")),
			 1);
	json_decref(rec);

	assert_int_equal(pol_store_get_version(w->st, 2, &rec), 0);
	ch = json_object_get(rec, "change");
	json_t *want1 = J("[1]"), *want2 = J("[2]");
	assert_true(json_equal(json_object_get(json_object_get(ch, "before"), "rules"), want1));
	assert_true(json_equal(json_object_get(json_object_get(ch, "after"), "rules"), want2));
	json_decref(want1);
	json_decref(want2);
	json_decref(rec);

	assert_int_equal(pol_store_get_version(w->st, 3, &rec), 0);
	ch = json_object_get(rec, "change");
	assert_string_equal(json_string_value(json_object_get(rec, "author")), "svc:other");
	assert_string_equal(json_string_value(json_object_get(ch, "kind")), "role.delete");
	assert_true(json_is_object(json_object_get(ch, "before")));
	assert_true(json_is_null(json_object_get(ch, "after")));
	json_decref(rec);

	assert_int_equal(pol_store_get_version(w->st, 5, &rec), 0);
	ch = json_object_get(rec, "change");
	assert_string_equal(json_string_value(json_object_get(ch, "kind")), "binding.delete");
	assert_string_equal(json_string_value(json_object_get(ch, "target")), "user:corp/alice");
	json_decref(rec);
	assert_int_equal(pol_store_get_version(w->st, 6, &rec), POL_STORE_E_NOTFOUND);
	assert_int_equal(pol_store_get_version(w->st, 0, &rec), POL_STORE_E_NOTFOUND);
}

static void test_list_versions_pages_both_ways_and_summarizes(void **state)
{
	struct world *w = *state;
	json_t *recs = NULL;
	uint64_t next = 99;
	for (int i = 0; i < 5; i++)
		assert_int_equal(put_role_s(w->st, "r", "{\"rules\":[]}", POL_STORE_ANY, NULL), 0);

	pol_store_page p = {.from = 0, .limit = 2};
	assert_int_equal(pol_store_list_versions(w->st, &p, &recs, &next), 0);
	assert_int_equal(json_array_size(recs), 2);
	assert_int_equal(json_integer_value(json_object_get(json_array_get(recs, 0), "version")), 1);
	assert_int_equal(next, 3);
	json_decref(recs);

	p.from = next;
	p.limit = 10;
	assert_int_equal(pol_store_list_versions(w->st, &p, &recs, &next), 0);
	assert_int_equal(json_array_size(recs), 3);
	assert_int_equal(next, 0);
	json_decref(recs);

	p = (pol_store_page){.newest_first = true, .limit = 2, .summary = true};
	assert_int_equal(pol_store_list_versions(w->st, &p, &recs, &next), 0);
	assert_int_equal(json_array_size(recs), 2);
	json_t *first = json_array_get(recs, 0);
	assert_int_equal(json_integer_value(json_object_get(first, "version")), 5);
	assert_null(json_object_get(json_object_get(first, "change"), "after"));
	assert_non_null(json_object_get(json_object_get(first, "change"), "kind"));
	assert_int_equal(next, 3);
	json_decref(recs);

	p.from = 1;
	assert_int_equal(pol_store_list_versions(w->st, &p, &recs, &next), 0);
	assert_int_equal(json_array_size(recs), 1);
	assert_int_equal(next, 0);
	json_decref(recs);
}

static void test_if_match_success_and_precondition_failure(void **state)
{
	struct world *w = *state;
	uint64_t v = 0;
	char err[200] = "";
	json_t *doc = J("{\"rules\":[]}");

	/* If-Match 0 on a missing role = create only. */
	assert_int_equal(pol_store_put_role(w->st, AUTHOR, "r", doc, 0, &v, NULL, 0), 0);
	assert_int_equal(v, 1);
	assert_int_equal(pol_store_put_role(w->st, AUTHOR, "r", doc, 0, &v, err, sizeof(err)),
			 POL_STORE_E_PRECONDITION);
	assert_non_null(strstr(err, "version 1"));
	assert_int_equal(pol_store_put_role(w->st, AUTHOR, "r", doc, 1, &v, NULL, 0), 0);
	assert_int_equal(v, 2);
	assert_int_equal(pol_store_put_role(w->st, AUTHOR, "r", doc, 1, &v, NULL, 0),
			 POL_STORE_E_PRECONDITION);
	assert_int_equal(pol_store_put_role(w->st, AUTHOR, "missing", doc, 5, &v, NULL, 0),
			 POL_STORE_E_PRECONDITION);
	assert_int_equal(pol_store_delete_role(w->st, AUTHOR, "r", 1, &v, NULL, 0),
			 POL_STORE_E_PRECONDITION);
	assert_int_equal(version_of(w->st), 2);
	assert_role_version(w->st, "r", 2);
	assert_int_equal(pol_store_delete_role(w->st, AUTHOR, "r", 2, &v, NULL, 0), 0);
	assert_int_equal(v, 3);
	json_decref(doc);
}

static void test_rejected_validation_leaves_store_unchanged(void **state)
{
	struct world *w = *state;
	char err[200] = "";
	json_t *before = NULL, *after = NULL, *b1 = NULL, *b2 = NULL;
	uint64_t v1 = 0, v2 = 0;

	assert_int_equal(put_role_s(w->st, "base", "{\"rules\":[]}", POL_STORE_ANY, NULL), 0);
	assert_int_equal(put_role_s(w->st, "child", "{\"inherits\":[\"base\"]}", POL_STORE_ANY,
				    NULL), 0);
	assert_int_equal(pol_store_load(w->st, &before, &b1, &v1), 0);

	json_t *bad = J("{\"rules\":[], \"bad\": true}");
	assert_int_equal(pol_store_put_role(w->st, AUTHOR, "base", bad, POL_STORE_ANY, NULL, err,
					    sizeof(err)),
			 POL_STORE_E_INVALID);
	assert_non_null(strstr(err, "refused by the test validator"));
	json_decref(bad);

	/* Deleting a role another one inherits is refused by validation too. */
	err[0] = '\0';
	assert_int_equal(
		pol_store_delete_role(w->st, AUTHOR, "base", POL_STORE_ANY, NULL, err, sizeof(err)),
		POL_STORE_E_INVALID);
	assert_non_null(strstr(err, "inherits"));

	assert_int_equal(pol_store_load(w->st, &after, &b2, &v2), 0);
	assert_int_equal(v2, v1);
	assert_int_equal(v2, 2);
	assert_true(json_equal(before, after));
	json_t *rec = NULL;
	assert_int_equal(pol_store_get_version(w->st, 3, &rec), POL_STORE_E_NOTFOUND);
	json_decref(before);
	json_decref(after);
	json_decref(b1);
	json_decref(b2);
}

static void test_bindings_put_get_delete_and_bad_bodies(void **state)
{
	struct world *w = *state;
	json_t *b = NULL;
	const char *p = "user:corp/alice";
	assert_int_equal(put_binding_s(w->st, p, "{\"roles\":[\"staff\",\"auditor\"]}"), 0);
	assert_int_equal(pol_store_get_binding(w->st, p, &b), 0);
	json_t *want = J("{\"roles\":[\"staff\",\"auditor\"]}");
	assert_true(json_equal(b, want));
	json_decref(want);
	json_decref(b);
	/* an echoed matching "principal" is accepted and not stored */
	assert_int_equal(put_binding_s(w->st, p, "{\"principal\":\"user:corp/alice\",\"roles\":[]}"),
			 0);
	assert_int_equal(version_of(w->st), 2);

	assert_int_equal(put_binding_s(w->st, p, "{\"roles\":[\"a\",\"a\"]}"), POL_STORE_E_ARG);
	assert_int_equal(put_binding_s(w->st, p, "{\"roles\":[1]}"), POL_STORE_E_ARG);
	assert_int_equal(put_binding_s(w->st, p, "{\"roles\":\"a\"}"), POL_STORE_E_ARG);
	assert_int_equal(put_binding_s(w->st, p, "{\"role\":[\"a\"]}"), POL_STORE_E_ARG);
	assert_int_equal(put_binding_s(w->st, p, "{\"principal\":\"svc:x\",\"roles\":[]}"),
			 POL_STORE_E_ARG);
	assert_int_equal(put_binding_s(w->st, "", "{\"roles\":[]}"), POL_STORE_E_ARG);
	assert_int_equal(version_of(w->st), 2);

	json_t *docs = NULL, *all = NULL;
	assert_int_equal(pol_store_load(w->st, &docs, &all, NULL), 0);
	assert_int_equal(json_array_size(json_object_get(json_object_get(all, p), "roles")), 0);
	json_decref(docs);
	json_decref(all);

	assert_int_equal(pol_store_delete_binding(w->st, AUTHOR, p, NULL, NULL, 0), 0);
	assert_int_equal(pol_store_get_binding(w->st, p, &b), POL_STORE_E_NOTFOUND);
	assert_int_equal(pol_store_delete_binding(w->st, AUTHOR, p, NULL, NULL, 0),
			 POL_STORE_E_NOTFOUND);
	assert_int_equal(version_of(w->st), 3);
}

static void test_limits_are_enforced(void **state)
{
	struct world *w = *state;
	char name[POL_STORE_MAX_NAME + 2];
	memset(name, 'n', sizeof(name) - 1);
	name[sizeof(name) - 1] = '\0';
	assert_int_equal(put_role_s(w->st, name, "{}", POL_STORE_ANY, NULL), POL_STORE_E_TOOLONG);
	assert_int_equal(put_role_s(w->st, "bad\nname", "{}", POL_STORE_ANY, NULL), POL_STORE_E_ARG);

	char principal[POL_STORE_MAX_PRINCIPAL + 2];
	memset(principal, 'p', sizeof(principal) - 1);
	principal[sizeof(principal) - 1] = '\0';
	assert_int_equal(put_binding_s(w->st, principal, "{\"roles\":[]}"), POL_STORE_E_TOOLONG);

	/* A document just over 64 KiB serialized. */
	size_t n = POL_STORE_MAX_DOC;
	char *big = malloc(n + 1);
	assert_non_null(big);
	memset(big, 'x', n);
	big[n] = '\0';
	json_t *doc = json_pack("{s:s}", "description", big);
	char err[200] = "";
	assert_int_equal(
		pol_store_put_role(w->st, AUTHOR, "big", doc, POL_STORE_ANY, NULL, err, sizeof(err)),
		POL_STORE_E_TOOBIG);
	assert_non_null(strstr(err, "exceeds"));
	json_decref(doc);
	free(big);

	char value[POL_STORE_MAX_REVOKE_VALUE + 2];
	memset(value, 'v', sizeof(value) - 1);
	value[sizeof(value) - 1] = '\0';
	assert_int_equal(pol_store_revoke(w->st, AUTHOR, "jti", value, NULL, 0, NULL, NULL, 0),
			 POL_STORE_E_TOOLONG);
	value[POL_STORE_MAX_REVOKE_VALUE] = '\0';
	/* Fits the store, but a jti is an id of at most 256 bytes (policy.h). */
	assert_int_equal(pol_store_revoke(w->st, AUTHOR, "jti", value, NULL, 0, NULL, NULL, 0),
			 POL_STORE_E_ARG);
	value[POL_ID_MAX] = '\0';
	assert_int_equal(pol_store_revoke(w->st, AUTHOR, "jti", value, NULL, 0, NULL, NULL, 0), 0);
	assert_int_equal(version_of(w->st), 0);
}

/* Compares two load() results, ignoring the "version" stamped on roles. */
static void assert_same_state(json_t *docs_a, json_t *bind_a, json_t *docs_b, json_t *bind_b)
{
	assert_int_equal(json_array_size(docs_a), json_array_size(docs_b));
	for (size_t i = 0; i < json_array_size(docs_a); i++) {
		json_t *a = json_copy(json_array_get(docs_a, i));
		json_t *b = json_copy(json_array_get(docs_b, i));
		json_object_del(a, "version");
		json_object_del(b, "version");
		if (!json_equal(a, b)) {
			char *sa = json_dumps(a, 0), *sb = json_dumps(b, 0);
			fail_msg("role %zu differs: %s vs %s", i, sa, sb);
		}
		json_decref(a);
		json_decref(b);
	}
	assert_true(json_equal(bind_a, bind_b));
}

static void test_rollback_restores_exact_earlier_state_as_new_version(void **state)
{
	struct world *w = *state;
	json_t *d3 = NULL, *b3 = NULL, *dn = NULL, *bn = NULL, *rec = NULL;
	uint64_t v = 0;

	/* v1..v4: the state to come back to */
	assert_int_equal(put_role_s(w->st, "a", "{\"rules\":[\"a1\"]}", POL_STORE_ANY, NULL), 0);
	assert_int_equal(put_role_s(w->st, "b", "{\"rules\":[\"b1\"]}", POL_STORE_ANY, NULL), 0);
	assert_int_equal(put_binding_s(w->st, "user:i/alice", "{\"roles\":[\"a\"]}"), 0);
	assert_int_equal(put_binding_s(w->st, "user:i/bob", "{\"roles\":[\"b\"]}"), 0);
	assert_int_equal(pol_store_load(w->st, &d3, &b3, &v), 0);
	assert_int_equal(v, 4);

	/* v5..v10: change, delete, add, for roles and bindings */
	assert_int_equal(put_role_s(w->st, "a", "{\"rules\":[\"a2\"]}", POL_STORE_ANY, NULL), 0);
	assert_int_equal(pol_store_delete_role(w->st, AUTHOR, "b", POL_STORE_ANY, NULL, NULL, 0), 0);
	assert_int_equal(put_role_s(w->st, "c", "{\"rules\":[\"c1\"]}", POL_STORE_ANY, NULL), 0);
	assert_int_equal(put_binding_s(w->st, "user:i/alice", "{\"roles\":[\"a\",\"c\"]}"), 0);
	assert_int_equal(pol_store_delete_binding(w->st, AUTHOR, "user:i/bob", NULL, NULL, 0), 0);
	assert_int_equal(put_binding_s(w->st, "user:i/carol", "{\"roles\":[\"c\"]}"), 0);
	assert_int_equal(version_of(w->st), 10);

	assert_int_equal(pol_store_rollback(w->st, "svc:ops", 4, &v, NULL, 0), 0);
	assert_int_equal(v, 11);
	assert_int_equal(pol_store_load(w->st, &dn, &bn, &v), 0);
	assert_int_equal(v, 11);
	assert_same_state(d3, b3, dn, bn);
	/* restored roles carry the rollback's version; untouched ones keep theirs */
	assert_role_version(w->st, "a", 11);
	assert_role_version(w->st, "b", 11);

	assert_int_equal(pol_store_get_version(w->st, 11, &rec), 0);
	json_t *ch = json_object_get(rec, "change");
	assert_string_equal(json_string_value(json_object_get(rec, "author")), "svc:ops");
	assert_string_equal(json_string_value(json_object_get(ch, "kind")), "rollback");
	assert_int_equal(json_integer_value(json_object_get(ch, "to")), 4);
	/* a, b, c restored; alice, bob, carol restored */
	assert_int_equal(json_array_size(json_object_get(ch, "changes")), 6);
	json_decref(rec);
	json_decref(dn);
	json_decref(bn);

	/* Rolling back across a rollback record: to 10 gives the v10 state. */
	assert_int_equal(pol_store_rollback(w->st, AUTHOR, 10, &v, NULL, 0), 0);
	assert_int_equal(v, 12);
	json_t *c = NULL;
	assert_int_equal(pol_store_get_role(w->st, "c", &c), 0);
	json_decref(c);
	assert_int_equal(pol_store_get_role(w->st, "b", &c), POL_STORE_E_NOTFOUND);
	assert_int_equal(pol_store_get_binding(w->st, "user:i/carol", &c), 0);
	json_decref(c);

	/* ... and back to 4 again, then to 0 (empty). */
	assert_int_equal(pol_store_rollback(w->st, AUTHOR, 4, &v, NULL, 0), 0);
	assert_int_equal(pol_store_load(w->st, &dn, &bn, NULL), 0);
	assert_same_state(d3, b3, dn, bn);
	json_decref(dn);
	json_decref(bn);
	assert_int_equal(pol_store_rollback(w->st, AUTHOR, 0, &v, NULL, 0), 0);
	assert_int_equal(v, 14);
	assert_int_equal(pol_store_load(w->st, &dn, &bn, NULL), 0);
	assert_int_equal(json_array_size(dn), 0);
	assert_int_equal(json_object_size(bn), 0);
	json_decref(dn);
	json_decref(bn);
	json_decref(d3);
	json_decref(b3);
}

static void test_rollback_refuses_targets_outside_the_history(void **state)
{
	struct world *w = *state;
	char err[200] = "";
	json_t *rec = NULL;
	uint64_t v = 0;
	assert_int_equal(put_role_s(w->st, "a", "{}", POL_STORE_ANY, NULL), 0);
	assert_int_equal(pol_store_rollback(w->st, AUTHOR, 2, NULL, err, sizeof(err)),
			 POL_STORE_E_NOTFOUND);
	assert_non_null(strstr(err, "does not exist"));
	assert_int_equal(pol_store_rollback(w->st, AUTHOR, -1, NULL, NULL, 0), POL_STORE_E_ARG);
	assert_int_equal(version_of(w->st), 1);
	/* Rolling back to the current version is on record, with no changes. */
	assert_int_equal(pol_store_rollback(w->st, AUTHOR, 1, &v, NULL, 0), 0);
	assert_int_equal(v, 2);
	assert_int_equal(pol_store_get_version(w->st, 2, &rec), 0);
	assert_int_equal(json_array_size(json_object_get(json_object_get(rec, "change"), "changes")),
			 0);
	json_decref(rec);
	assert_role_version(w->st, "a", 1);
}

static void test_rollback_result_is_validated(void **state)
{
	struct world *w = *state;
	char err[200] = "";
	json_t *docs = NULL, *binds = NULL, *docs2 = NULL, *binds2 = NULL, *rec = NULL;
	assert_int_equal(put_role_s(w->st, "legacy", "{}", POL_STORE_ANY, NULL), 0);
	assert_int_equal(put_role_s(w->st, "current", "{}", POL_STORE_ANY, NULL), 0);
	assert_int_equal(pol_store_delete_role(w->st, AUTHOR, "legacy", POL_STORE_ANY, NULL, NULL,
					       0), 0);
	assert_int_equal(pol_store_load(w->st, &docs, &binds, NULL), 0);
	/* The rules changed since v1 (say a newer engine): "legacy" is no
	 * longer acceptable, so restoring it is refused and nothing changes. */
	w->forbid = "legacy";
	assert_int_equal(pol_store_rollback(w->st, AUTHOR, 1, NULL, err, sizeof(err)),
			 POL_STORE_E_INVALID);
	assert_non_null(strstr(err, "forbidden"));
	assert_int_equal(version_of(w->st), 3);
	assert_int_equal(pol_store_get_version(w->st, 4, &rec), POL_STORE_E_NOTFOUND);
	assert_int_equal(pol_store_load(w->st, &docs2, &binds2, NULL), 0);
	assert_true(json_equal(docs, docs2));
	w->forbid = NULL;
	assert_int_equal(pol_store_rollback(w->st, AUTHOR, 1, NULL, NULL, 0), 0);
	assert_int_equal(pol_store_get_role(w->st, "legacy", &rec), 0);
	json_decref(rec);
	assert_int_equal(pol_store_get_role(w->st, "current", &rec), POL_STORE_E_NOTFOUND);
	json_decref(docs);
	json_decref(binds);
	json_decref(docs2);
	json_decref(binds2);
}

static void test_reopen_keeps_data_and_versions_go_on(void **state)
{
	struct world *w = *state;
	uint64_t v = 0, e = 0;
	assert_int_equal(put_role_s(w->st, "a", "{\"rules\":[]}", POL_STORE_ANY, NULL), 0);
	assert_int_equal(put_binding_s(w->st, "svc:x", "{\"roles\":[\"a\"]}"), 0);
	assert_int_equal(pol_store_revoke(w->st, AUTHOR, "subject", "user:i/mallory", "test", 0, &e,
					  NULL, 0), 0);
	assert_int_equal(e, 1);
	close_store(w);
	w->st = NULL;
	assert_int_equal(open_store(w, 0), 0);
	assert_int_equal(version_of(w->st), 2);
	assert_int_equal(pol_store_revocation_epoch(w->st), 1);
	assert_role_version(w->st, "a", 1);
	json_t *b = NULL;
	assert_int_equal(pol_store_get_binding(w->st, "svc:x", &b), 0);
	json_decref(b);
	bool revoked = false;
	assert_int_equal(pol_store_is_revoked(w->st, "subject", "user:i/mallory", &revoked), 0);
	assert_true(revoked);
	assert_int_equal(put_role_s(w->st, "a", "{\"rules\":[]}", 1, &v), 0);
	assert_int_equal(v, 3);
	json_t *rec = NULL;
	assert_int_equal(pol_store_get_version(w->st, 1, &rec), 0);
	json_decref(rec);
}

static void test_second_open_of_same_directory_is_refused(void **state)
{
	struct world *w = *state;
	db_env *other = NULL;
	db_env_opts o = {.dir = w->path};
	char err[200] = "";
	assert_int_equal(db_env_open(&o, &other, err, sizeof(err)), POL_STORE_E_CONFLICT);
	assert_null(other);
	assert_non_null(strstr(err, "already open"));
}

/* Writes role documents of doc_size bytes, rotating over 7 names, into a
 * fresh store of map_size bytes until the map is full, then checks that
 * nothing was half-written and the store still reads and reopens. */
static void fill_until_full(struct world *w, const char *sub, size_t map_size, size_t doc_size)
{
	close_store(w);
	w->st = NULL;
	snprintf(w->path, sizeof(w->path), "%s/%s", w->dir, sub);
	assert_int_equal(open_store(w, map_size), 0);

	char *text = malloc(doc_size + 1);
	assert_non_null(text);
	memset(text, 'x', doc_size);
	text[doc_size] = '\0';
	int rc = 0, ok = 0;
	char err[256] = "";
	char name[32] = "";
	for (int i = 0; i < 5000 && rc == 0; i++) {
		snprintf(name, sizeof(name), "r%d", i % 7);
		json_t *doc = json_pack("{s:s,s:i}", "description", text, "n", i);
		rc = pol_store_put_role(w->st, AUTHOR, name, doc, POL_STORE_ANY, NULL, err,
					sizeof(err));
		json_decref(doc);
		if (rc == 0)
			ok++;
	}
	free(text);
	if (getenv("STORE_TEST_VERBOSE"))
		print_message("%s: %d writes, then: %s\n", sub, ok, err);
	assert_int_equal(rc, POL_STORE_E_FULL);
	assert_non_null(strstr(err, "full"));
	assert_true(ok > 0);

	/* Nothing half-written: version, history and documents agree. */
	assert_int_equal(version_of(w->st), (uint64_t)ok);
	json_t *docs = NULL, *binds = NULL, *rec = NULL;
	uint64_t v = 0;
	assert_int_equal(pol_store_load(w->st, &docs, &binds, &v), 0);
	assert_int_equal(v, (uint64_t)ok);
	assert_int_equal(json_array_size(docs), (size_t)(ok < 7 ? ok : 7));
	size_t i;
	json_t *d;
	json_array_foreach(docs, i, d) {
		/* every stored document is the one its history record says */
		json_int_t dv = json_integer_value(json_object_get(d, "version"));
		assert_int_equal(pol_store_get_version(w->st, (uint64_t)dv, &rec), 0);
		assert_true(json_equal(json_object_get(json_object_get(rec, "change"), "after"), d));
		json_decref(rec);
		assert_int_equal(json_integer_value(json_object_get(d, "n")), dv - 1);
	}
	json_decref(docs);
	json_decref(binds);
	assert_int_equal(pol_store_get_version(w->st, (uint64_t)ok + 1, &rec),
			 POL_STORE_E_NOTFOUND);
	bool revoked = true;
	assert_int_equal(pol_store_is_revoked(w->st, "jti", "x", &revoked), 0);
	assert_false(revoked);

	/* And it reopens with the same content. */
	close_store(w);
	w->st = NULL;
	assert_int_equal(open_store(w, map_size), 0);
	assert_int_equal(version_of(w->st), (uint64_t)ok);
}

/* Big documents fill the map inside mdb_put. */
static void test_map_full_in_put_is_reported_and_store_stays_usable(void **state)
{
	fill_until_full(*state, "big", 256 * 1024, 20000);
	fill_until_full(*state, "mid", 128 * 1024, 3000);
}

/* Small overwrites fill it in mdb_txn_commit (with LMDB 0.9.24: saving the
 * free list), which must be handled the same way. */
static void test_map_full_in_commit_is_reported_and_store_stays_usable(void **state)
{
	fill_until_full(*state, "small", 128 * 1024, 100);
	fill_until_full(*state, "small2", 256 * 1024, 1000);
}

/* A writer killed with SIGKILL mid-stream loses no acknowledged commit and
 * leaves versions, history and documents consistent; the next open clears
 * its stale reader slot. */
static void test_killed_writer_loses_no_acknowledged_change(void **state)
{
	struct world *w = *state;
	int fds[2];
	close_store(w);
	w->st = NULL;
	assert_int_equal(pipe(fds), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(fds[0]);
		if (open_store(w, 0))
			_exit(2);
		char name[32];
		for (uint64_t i = 0;; i++) {
			uint64_t v = 0;
			snprintf(name, sizeof(name), "r%d", (int)(i % 5));
			json_t *doc = json_pack("{s:I}", "n", (json_int_t)i);
			int rc = pol_store_put_role(w->st, AUTHOR, name, doc, POL_STORE_ANY, &v, NULL,
						    0);
			json_decref(doc);
			if (rc || write(fds[1], &v, sizeof(v)) != (ssize_t)sizeof(v))
				_exit(3);
		}
	}
	close(fds[1]);
	uint64_t acked = 0, v = 0;
	/* let it commit a while, then kill it without warning */
	while (acked < 30 && read(fds[0], &v, sizeof(v)) == (ssize_t)sizeof(v))
		acked = v;
	kill(pid, SIGKILL);
	while (read(fds[0], &v, sizeof(v)) == (ssize_t)sizeof(v))
		acked = v;
	close(fds[0]);
	int status = 0;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status));

	assert_int_equal(open_store(w, 0), 0);
	uint64_t cur = version_of(w->st);
	assert_true(cur >= acked);
	assert_true(acked >= 30);
	json_t *docs = NULL, *binds = NULL, *rec = NULL;
	assert_int_equal(pol_store_load(w->st, &docs, &binds, NULL), 0);
	assert_int_equal(json_array_size(docs), 5);
	size_t i;
	json_t *d;
	json_array_foreach(docs, i, d) {
		json_int_t dv = json_integer_value(json_object_get(d, "version"));
		assert_int_equal(pol_store_get_version(w->st, (uint64_t)dv, &rec), 0);
		assert_true(json_equal(json_object_get(json_object_get(rec, "change"), "after"), d));
		json_decref(rec);
	}
	json_decref(docs);
	json_decref(binds);
	for (uint64_t k = 1; k <= cur; k++) {
		assert_int_equal(pol_store_get_version(w->st, k, &rec), 0);
		json_decref(rec);
	}
	assert_int_equal(put_role_s(w->st, "after", "{}", POL_STORE_ANY, &v), 0);
	assert_int_equal(v, cur + 1);
}

/* ---- concurrent writers ---- */

#define RACERS 4
#define ROUNDS 40

struct race {
	pol_store *st;
	pthread_barrier_t bar;
	atomic_int wins[ROUNDS];
	atomic_int precond[ROUNDS];
	atomic_int other;
};

static void *racer(void *arg)
{
	struct race *r = arg;
	json_t *doc = J("{\"rules\":[]}");
	for (int round = 0; round < ROUNDS; round++) {
		json_t *cur = NULL;
		pthread_barrier_wait(&r->bar);
		if (pol_store_get_role(r->st, "race", &cur) != 0) {
			atomic_fetch_add(&r->other, 1);
			continue;
		}
		int64_t seen = json_integer_value(json_object_get(cur, "version"));
		json_decref(cur);
		pthread_barrier_wait(&r->bar); /* everyone has read the same version */
		int rc = pol_store_put_role(r->st, AUTHOR, "race", doc, seen, NULL, NULL, 0);
		if (rc == 0)
			atomic_fetch_add(&r->wins[round], 1);
		else if (rc == POL_STORE_E_PRECONDITION)
			atomic_fetch_add(&r->precond[round], 1);
		else
			atomic_fetch_add(&r->other, 1);
		pthread_barrier_wait(&r->bar); /* round over before anyone reads again */
	}
	json_decref(doc);
	return NULL;
}

static void test_concurrent_if_match_writers_have_one_winner_per_round(void **state)
{
	struct world *w = *state;
	struct race *r = calloc(1, sizeof(*r));
	pthread_t th[RACERS];
	assert_non_null(r);
	r->st = w->st;
	assert_int_equal(put_role_s(w->st, "race", "{\"rules\":[]}", POL_STORE_ANY, NULL), 0);
	pthread_barrier_init(&r->bar, NULL, RACERS);
	for (int i = 0; i < RACERS; i++)
		assert_int_equal(pthread_create(&th[i], NULL, racer, r), 0);
	for (int i = 0; i < RACERS; i++)
		pthread_join(th[i], NULL);
	pthread_barrier_destroy(&r->bar);
	assert_int_equal(atomic_load(&r->other), 0);
	for (int round = 0; round < ROUNDS; round++) {
		assert_int_equal(atomic_load(&r->wins[round]), 1);
		assert_int_equal(atomic_load(&r->precond[round]), RACERS - 1);
	}
	assert_int_equal(version_of(w->st), 1 + ROUNDS);
	assert_role_version(w->st, "race", 1 + ROUNDS);
	free(r);
}

/* ---- notifications ---- */

struct seen {
	uint64_t policy[8];
	size_t npolicy;
	uint64_t epoch;
	pol_store *st;
	uint64_t loaded;
};

static void on_change(pol_store *st, enum pol_store_change what, uint64_t counter, void *ctx)
{
	struct seen *s = ctx;
	if (what == POL_STORE_CHANGE_POLICY) {
		if (s->npolicy < 8)
			s->policy[s->npolicy++] = counter;
		/* a reload from the callback sees the committed version */
		json_t *d = NULL, *b = NULL;
		if (pol_store_load(st, &d, &b, &s->loaded) == 0) {
			json_decref(d);
			json_decref(b);
		}
	} else {
		s->epoch = counter;
	}
}

static void test_on_change_reports_each_committed_version(void **state)
{
	struct world *w = *state;
	struct seen s = {.st = w->st};
	pol_store_set_on_change(w->st, on_change, &s);
	assert_int_equal(put_role_s(w->st, "a", "{}", POL_STORE_ANY, NULL), 0);
	assert_int_equal(put_role_s(w->st, "a", "{\"bad\":true}", POL_STORE_ANY, NULL),
			 POL_STORE_E_INVALID);
	assert_int_equal(put_binding_s(w->st, "svc:x", "{\"roles\":[\"a\"]}"), 0);
	assert_int_equal(pol_store_rollback(w->st, AUTHOR, 0, NULL, NULL, 0), 0);
	assert_int_equal(s.npolicy, 3);
	assert_int_equal(s.policy[0], 1);
	assert_int_equal(s.policy[1], 2);
	assert_int_equal(s.policy[2], 3);
	assert_int_equal(s.loaded, 3);
	assert_int_equal(pol_store_revoke(w->st, AUTHOR, "jti", "t-1", NULL, 0, NULL, NULL, 0), 0);
	assert_int_equal(s.epoch, 1);
	assert_int_equal(s.npolicy, 3);
	pol_store_set_on_change(w->st, NULL, NULL);
}

/* ---- revocations ---- */

static void test_revocations_add_check_remove_list_and_epoch(void **state)
{
	struct world *w = *state;
	bool revoked = false;
	uint64_t e = 0;
	char err[200] = "";
	const char *cert_upper = "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789";
	const char *cert_lower = "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789";

	assert_int_equal(pol_store_revocation_epoch(w->st), 0);
	assert_int_equal(pol_store_revoke(w->st, AUTHOR, "subject", "user:corp/mallory",
					  "left the company", 0, &e, NULL, 0), 0);
	assert_int_equal(e, 1);
	assert_int_equal(pol_store_revoke(w->st, AUTHOR, "cert", cert_upper, NULL, 0, &e, NULL, 0),
			 0);
	assert_int_equal(pol_store_revoke(w->st, AUTHOR, "jti", "tok-1", NULL, time(NULL) + 3600,
					  &e, NULL, 0), 0);
	assert_int_equal(e, 3);
	assert_int_equal(pol_store_revocation_epoch(w->st), 3);
	assert_int_equal(version_of(w->st), 0); /* revocations are not policy versions */

	assert_int_equal(pol_store_is_revoked(w->st, "subject", "user:corp/mallory", &revoked), 0);
	assert_true(revoked);
	assert_int_equal(pol_store_is_revoked(w->st, "subject", "user:corp/alice", &revoked), 0);
	assert_false(revoked);
	assert_int_equal(pol_store_is_revoked(w->st, "cert", cert_lower, &revoked), 0);
	assert_true(revoked);
	assert_int_equal(pol_store_is_revoked(w->st, "jti", "tok-1", &revoked), 0);
	assert_true(revoked);
	/* kinds are separate name spaces */
	assert_int_equal(pol_store_is_revoked(w->st, "jti", "user:corp/mallory", &revoked), 0);
	assert_false(revoked);
	assert_int_equal(pol_store_is_revoked(w->st, "bogus", "x", &revoked), POL_STORE_E_ARG);
	assert_true(revoked); /* fail closed */

	/* bad input */
	assert_int_equal(pol_store_revoke(w->st, AUTHOR, "cert", "abc", NULL, 0, NULL, err,
					  sizeof(err)),
			 POL_STORE_E_ARG);
	assert_int_equal(pol_store_revoke(w->st, AUTHOR, "user", "x", NULL, 0, NULL, NULL, 0),
			 POL_STORE_E_ARG);
	assert_int_equal(pol_store_revoke(w->st, AUTHOR, "jti", "t", NULL, time(NULL) - 10, NULL,
					  NULL, 0),
			 POL_STORE_E_ARG);
	assert_int_equal(pol_store_revocation_epoch(w->st), 3);

	json_t *list = NULL;
	size_t total = 0;
	assert_int_equal(pol_store_list_revocations(w->st, 0, 0, &list, &total), 0);
	assert_int_equal(total, 3);
	assert_int_equal(json_array_size(list), 3);
	/* (kind, value) order: cert, jti, subject */
	json_t *c = json_array_get(list, 0);
	assert_string_equal(json_string_value(json_object_get(c, "kind")), "cert");
	assert_string_equal(json_string_value(json_object_get(c, "value")), cert_lower);
	assert_true(json_is_null(json_object_get(c, "expires_at")));
	json_t *j = json_array_get(list, 1);
	assert_true(json_is_string(json_object_get(j, "expires_at")));
	assert_true(json_is_false(json_object_get(j, "expired")));
	json_t *s = json_array_get(list, 2);
	assert_string_equal(json_string_value(json_object_get(s, "reason")), "left the company");
	assert_string_equal(json_string_value(json_object_get(s, "author")), AUTHOR);
	assert_non_null(json_object_get(s, "created_at"));
	json_decref(list);
	assert_int_equal(pol_store_list_revocations(w->st, 2, 5, &list, &total), 0);
	assert_int_equal(json_array_size(list), 1);
	json_decref(list);

	assert_int_equal(pol_store_unrevoke(w->st, "subject", "user:corp/mallory", &e, NULL, 0), 0);
	assert_int_equal(e, 4);
	assert_int_equal(pol_store_is_revoked(w->st, "subject", "user:corp/mallory", &revoked), 0);
	assert_false(revoked);
	assert_int_equal(pol_store_unrevoke(w->st, "subject", "user:corp/mallory", &e, NULL, 0),
			 POL_STORE_E_NOTFOUND);
	assert_int_equal(pol_store_revocation_epoch(w->st), 4);

	/* Purge at a time past the jti's expiry removes only it. */
	size_t removed = 0;
	assert_int_equal(pol_store_purge_revocations(w->st, time(NULL) + 7200, &removed), 0);
	assert_int_equal(removed, 1);
	assert_int_equal(pol_store_revocation_epoch(w->st), 5);
	assert_int_equal(pol_store_purge_revocations(w->st, time(NULL) + 7200, &removed), 0);
	assert_int_equal(removed, 0);
	assert_int_equal(pol_store_revocation_epoch(w->st), 5);
	assert_int_equal(pol_store_is_revoked(w->st, "cert", cert_lower, &revoked), 0);
	assert_true(revoked);
}

/* pol_store_first_revoked answers what the single lookups answer, in order,
 * in one transaction: absent and unstorable values are skipped, an expired
 * revocation does not count, and an unknown kind anywhere refuses. */
static void test_first_revoked_answers_as_the_single_lookups(void **state)
{
	struct world *w = *state;
	const char *cert = "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789";
	assert_int_equal(pol_store_revoke(w->st, AUTHOR, "subject", "user:corp/mallory", NULL, 0,
					  NULL, NULL, 0), 0);
	assert_int_equal(pol_store_revoke(w->st, AUTHOR, "cert", cert, NULL, 0, NULL, NULL, 0), 0);
	assert_int_equal(pol_store_revoke(w->st, AUTHOR, "jti", "tok-old", NULL, time(NULL) + 1,
					  NULL, NULL, 0), 0);
	sleep(2); /* tok-old's revocation has expired (it is still stored) */

	char long_value[POL_STORE_MAX_REVOKE_VALUE + 2];
	memset(long_value, 'a', sizeof long_value - 1);
	long_value[sizeof long_value - 1] = '\0';
	const struct pol_revocation_query q[] = {
	    {"subject", NULL},		   /* absent: skipped */
	    {"cert", "not-hex"},	   /* never storable: skipped */
	    {"subject", "user:corp/alice"}, /* not revoked */
	    {"jti", "tok-old"},		   /* expired */
	    {"jti", "user:corp/mallory"},   /* another kind's name space */
	    {"subject", "user:corp/mallory\x01"}, /* a control character: never stored */
	    {"subject", long_value},	     /* over the limit: never stored */
	    {"subject", "user:corp/mallory"},
	    {"cert", cert},
	};
	size_t n = sizeof q / sizeof q[0], first = 99;
	for (size_t i = 0; i < n; i++) {
		bool single = true;
		assert_int_equal(pol_store_is_revoked(w->st, q[i].kind, q[i].value ? q[i].value : "",
						      &single),
				 0);
		assert_int_equal(single, i >= 7);
	}
	assert_int_equal(pol_store_first_revoked(w->st, q, n, &first), 0);
	assert_int_equal(first, 7);
	assert_int_equal(pol_store_first_revoked(w->st, q + 8, 1, &first), 0);
	assert_int_equal(first, 0);
	assert_int_equal(pol_store_first_revoked(w->st, q, 7, &first), 0);
	assert_int_equal(first, 7); /* none of the first seven: n */
	assert_int_equal(pol_store_first_revoked(w->st, q, 0, &first), 0);
	assert_int_equal(first, 0);

	/* An unknown kind, even after a revoked pair, refuses the whole query. */
	const struct pol_revocation_query bad[] = {{"subject", "user:corp/mallory"},
						   {"group", "x"}};
	first = 99;
	assert_int_equal(pol_store_first_revoked(w->st, bad, 2, &first), POL_STORE_E_ARG);
	assert_int_equal(first, 0);
}

static void test_other_modules_share_the_environment(void **state)
{
	struct world *w = *state;
	MDB_env *env = db_env_lmdb(w->env);
	MDB_txn *txn = NULL;
	MDB_dbi dbi;
	assert_non_null(env);
	assert_int_equal(mdb_txn_begin(env, NULL, 0, &txn), 0);
	assert_int_equal(mdb_dbi_open(txn, "vault_test", MDB_CREATE, &dbi), 0);
	MDB_val k = {3, "key"}, d = {5, "value"};
	assert_int_equal(mdb_put(txn, dbi, &k, &d, 0), 0);
	assert_int_equal(mdb_txn_commit(txn), 0);
	assert_int_equal(put_role_s(w->st, "a", "{}", POL_STORE_ANY, NULL), 0);
	/* a read transaction of the other module and one of ours in one thread */
	MDB_txn *rt = NULL;
	assert_int_equal(mdb_txn_begin(env, NULL, MDB_RDONLY, &rt), 0);
	assert_int_equal(mdb_get(rt, dbi, &k, &d), 0);
	assert_int_equal(version_of(w->st), 1);
	mdb_txn_abort(rt);
	MDB_envinfo info;
	assert_int_equal(mdb_env_info(env, &info), 0);
	assert_true(info.me_maxreaders >= 126);
}

/* issue 9 (policy:write is root): "admin" is never a stored document. It
 * cannot be put, deleted or read from the store, and one left by an older
 * version (written here straight into LMDB) is ignored by load, list and
 * validation, and never restored by a rollback. */
static void test_admin_role_is_reserved(void **state)
{
	struct world *w = *state;
	char err[256] = "";
	json_t *doc = J("{\"rules\":[]}");
	assert_int_equal(pol_store_put_role(w->st, AUTHOR, "admin", doc, POL_STORE_ANY, NULL, err,
					    sizeof err),
			 POL_STORE_E_RESERVED);
	assert_non_null(strstr(err, "built in"));
	assert_int_equal(pol_store_delete_role(w->st, AUTHOR, "admin", POL_STORE_ANY, NULL, NULL, 0),
			 POL_STORE_E_RESERVED);
	json_t *got = NULL;
	assert_int_equal(pol_store_get_role(w->st, "admin", &got), POL_STORE_E_RESERVED);
	assert_int_equal(version_of(w->st), 0);

	assert_int_equal(put_role_s(w->st, "a", "{\"rules\":[]}", POL_STORE_ANY, NULL), 0);
	MDB_env *env = db_env_lmdb(w->env);
	MDB_txn *txn = NULL;
	MDB_dbi dbi;
	assert_int_equal(mdb_txn_begin(env, NULL, 0, &txn), 0);
	assert_int_equal(mdb_dbi_open(txn, "roles", 0, &dbi), 0);
	const char *legacy = "{\"name\":\"admin\",\"version\":1,\"rules\":[],\"bad\":true}";
	MDB_val k = {5, (void *)"admin"}, v = {strlen(legacy), (void *)legacy};
	assert_int_equal(mdb_put(txn, dbi, &k, &v, 0), 0);
	assert_int_equal(mdb_txn_commit(txn), 0);

	json_t *docs = NULL, *bindings = NULL, *list = NULL;
	assert_int_equal(pol_store_load(w->st, &docs, &bindings, NULL), 0);
	assert_int_equal(json_array_size(docs), 1);
	assert_int_equal(pol_store_list_roles(w->st, &list), 0);
	assert_int_equal(json_array_size(list), 1);
	/* The legacy document would fail the test validator ("bad"): changes go on. */
	assert_int_equal(put_role_s(w->st, "b", "{\"rules\":[]}", POL_STORE_ANY, NULL), 0);
	assert_int_equal(pol_store_rollback(w->st, AUTHOR, 1, NULL, NULL, 0), 0);
	/* An older version's history record of an admin change (version 4 here)
	 * is never undone: the rollback restores nothing named admin. */
	uint64_t cur = version_of(w->st);
	char rec[256];
	snprintf(rec, sizeof rec,
		 "{\"version\":%llu,\"author\":\"old\",\"time\":\"2020-01-01T00:00:00.000Z\","
		 "\"change\":{\"kind\":\"role.put\",\"target\":\"admin\",\"before\":"
		 "{\"name\":\"admin\",\"rules\":[]},\"after\":null}}",
		 (unsigned long long)(cur + 1));
	uint8_t key[8], vb[8];
	for (int i = 0; i < 8; i++)
		key[i] = vb[i] = (uint8_t)((cur + 1) >> (56 - 8 * i));
	assert_int_equal(mdb_txn_begin(env, NULL, 0, &txn), 0);
	MDB_dbi hist, meta;
	assert_int_equal(mdb_dbi_open(txn, "history", 0, &hist), 0);
	assert_int_equal(mdb_dbi_open(txn, "meta", 0, &meta), 0);
	MDB_val hk = {8, key}, hv = {strlen(rec), rec}, mk = {7, (void *)"version"}, mv = {8, vb};
	assert_int_equal(mdb_put(txn, hist, &hk, &hv, 0), 0);
	assert_int_equal(mdb_put(txn, meta, &mk, &mv, 0), 0);
	assert_int_equal(mdb_txn_commit(txn), 0);
	uint64_t nv = 0;
	assert_int_equal(pol_store_rollback(w->st, AUTHOR, (int64_t)cur, &nv, NULL, 0), 0);
	json_t *vrec = NULL;
	assert_int_equal(pol_store_get_version(w->st, nv, &vrec), 0);
	assert_int_equal(json_array_size(json_object_get(json_object_get(vrec, "change"), "changes")),
			 0);
	json_decref(vrec);
	assert_int_equal(pol_store_get_role(w->st, "admin", &got), POL_STORE_E_RESERVED);
	json_decref(docs);
	json_decref(bindings);
	json_decref(list);
	json_decref(doc);
}

/* issue 9 item 14: new bindings and revocations follow the one principal
 * grammar; a value stored before it can still be removed. */
static void test_bindings_and_revocations_follow_the_principal_grammar(void **state)
{
	struct world *w = *state;
	assert_int_equal(put_binding_s(w->st, "user:alice", "{\"roles\":[]}"), POL_STORE_E_ARG);
	assert_int_equal(put_binding_s(w->st, "svc:a b", "{\"roles\":[]}"), POL_STORE_E_ARG);
	assert_int_equal(put_binding_s(w->st, "group:corp/Sales EMEA", "{\"roles\":[]}"), 0);
	assert_int_equal(pol_store_revoke(w->st, AUTHOR, "subject", "user:alice", NULL, 0, NULL,
					  NULL, 0),
			 POL_STORE_E_ARG);
	assert_int_equal(pol_store_revoke(w->st, AUTHOR, "jti", "a\xe2\x80\xa8", NULL, 0, NULL,
					  NULL, 0),
			 POL_STORE_E_ARG);
	assert_int_equal(pol_store_revoke(w->st, AUTHOR, "subject", "user:corp/alice", NULL, 0,
					  NULL, NULL, 0),
			 0);
	/* A 327-byte principal (the longest) can be bound. */
	char p[400];
	int o = snprintf(p, sizeof p, "user:");
	memset(p + o, 'i', 64);
	o += 64;
	p[o++] = '/';
	memset(p + o, 's', 256);
	p[o + 256] = '\0';
	assert_int_equal(put_binding_s(w->st, p, "{\"roles\":[]}"), 0);
}

/* ---- fault injection: every change either commits whole or leaves nothing ---- */

/* One kind of change, applied to a store that holds role "a" (version 1),
 * binding svc:x (version 2) and revocation jti t-0. */
static int ch_put_role(pol_store *st)
{
	return put_role_s(st, "b", "{\"rules\":[]}", POL_STORE_ANY, NULL);
}
static int ch_replace_role(pol_store *st)
{
	return put_role_s(st, "a", "{\"description\":\"new\"}", POL_STORE_ANY, NULL);
}
static int ch_delete_role(pol_store *st)
{
	return pol_store_delete_role(st, AUTHOR, "a", POL_STORE_ANY, NULL, NULL, 0);
}
static int ch_put_binding(pol_store *st)
{
	return put_binding_s(st, "svc:y", "{\"roles\":[\"a\"]}");
}
static int ch_delete_binding(pol_store *st)
{
	return pol_store_delete_binding(st, AUTHOR, "svc:x", NULL, NULL, 0);
}
static int ch_rollback(pol_store *st)
{
	return pol_store_rollback(st, AUTHOR, 1, NULL, NULL, 0);
}
static int ch_revoke(pol_store *st)
{
	return pol_store_revoke(st, AUTHOR, "jti", "t-1", "test", 0, NULL, NULL, 0);
}
static int ch_unrevoke(pol_store *st)
{
	return pol_store_unrevoke(st, "jti", "t-0", NULL, NULL, 0);
}

/* What a reader can see of the store, as one JSON value. */
static json_t *snapshot(pol_store *st)
{
	json_t *docs = NULL, *binds = NULL, *revs = NULL, *hist = NULL;
	uint64_t v = 0;
	size_t total = 0;
	pol_store_page page = {.limit = 100};
	assert_int_equal(pol_store_load(st, &docs, &binds, &v), 0);
	assert_int_equal(pol_store_list_revocations(st, 0, 100, &revs, &total), 0);
	assert_int_equal(pol_store_list_versions(st, &page, &hist, NULL), 0);
	return json_pack("{s:I,s:o,s:o,s:o,s:o,s:I}", "version", (json_int_t)v, "docs", docs,
			 "bindings", binds, "revocations", revs, "history", hist, "epoch",
			 (json_int_t)pol_store_revocation_epoch(st));
}

static void test_injected_faults_leave_the_store_whole(void **state)
{
	struct world *w = *state;
	static const struct {
		const char *name;
		int (*change)(pol_store *st);
		int is_revocation;
	} changes[] = {
		{"put role", ch_put_role, 0},       {"replace role", ch_replace_role, 0},
		{"delete role", ch_delete_role, 0}, {"put binding", ch_put_binding, 0},
		{"delete binding", ch_delete_binding, 0}, {"rollback", ch_rollback, 0},
		{"revoke", ch_revoke, 1},           {"unrevoke", ch_unrevoke, 1},
	};
	static const struct {
		enum custos_fault_point point;
		int mdb_rc, want;
	} faults[] = {
		{CUSTOS_FAULT_STORE_COMMIT, EIO, POL_STORE_E_IO},
		{CUSTOS_FAULT_STORE_COMMIT, MDB_MAP_FULL, POL_STORE_E_FULL},
		{CUSTOS_FAULT_STORE_PUT, MDB_MAP_FULL, POL_STORE_E_FULL},
		/* a full filesystem is "full" like a full map (db_err) */
		{CUSTOS_FAULT_STORE_PUT, ENOSPC, POL_STORE_E_FULL},
		{CUSTOS_FAULT_STORE_PUT, EIO, POL_STORE_E_IO},
	};
	struct seen seen = {.st = w->st};
	assert_int_equal(put_role_s(w->st, "a", "{\"rules\":[]}", POL_STORE_ANY, NULL), 0);
	assert_int_equal(put_binding_s(w->st, "svc:x", "{\"roles\":[\"a\"]}"), 0);
	assert_int_equal(pol_store_revoke(w->st, AUTHOR, "jti", "t-0", NULL, 0, NULL, NULL, 0), 0);
	pol_store_set_on_change(w->st, on_change, &seen);

	for (size_t c = 0; c < sizeof changes / sizeof changes[0]; c++) {
		for (size_t f = 0; f < sizeof faults / sizeof faults[0]; f++) {
			json_t *before = snapshot(w->st);
			struct seen none = seen;
			custos_fault_arm(faults[f].point, faults[f].mdb_rc, 0, 0);
			int rc = changes[c].change(w->st);
			unsigned hits = custos_fault_hits(faults[f].point);
			custos_fault_clear();
			if (rc != faults[f].want)
				fail_msg("%s, fault %zu: rc %d (%s), want %d", changes[c].name, f, rc,
					 pol_store_strerror(rc), faults[f].want);
			assert_true(hits >= 1);
			json_t *after = snapshot(w->st);
			if (!json_equal(before, after))
				fail_msg("%s, fault %zu: the store changed", changes[c].name, f);
			json_decref(before);
			json_decref(after);
			/* nobody was told of a change that did not happen */
			assert_int_equal(seen.npolicy, none.npolicy);
			assert_int_equal(seen.epoch, none.epoch);
		}
		/* and without a fault the same change commits */
		uint64_t v = version_of(w->st), e = pol_store_revocation_epoch(w->st);
		assert_int_equal(changes[c].change(w->st), 0);
		if (changes[c].is_revocation) {
			assert_int_equal(pol_store_revocation_epoch(w->st), e + 1);
			assert_int_equal(version_of(w->st), v);
		} else {
			assert_int_equal(version_of(w->st), v + 1);
		}
		/* put the fixture back for the next change */
		if (changes[c].change == ch_delete_role)
			assert_int_equal(put_role_s(w->st, "a", "{\"rules\":[]}", POL_STORE_ANY,
						    NULL), 0);
		if (changes[c].change == ch_delete_binding)
			assert_int_equal(put_binding_s(w->st, "svc:x", "{\"roles\":[\"a\"]}"), 0);
		if (changes[c].change == ch_unrevoke)
			assert_int_equal(ch_revoke(w->st) == 0 &&
						 pol_store_revoke(w->st, AUTHOR, "jti", "t-0", NULL, 0,
								  NULL, NULL, 0) == 0, 1);
	}
	pol_store_set_on_change(w->st, NULL, NULL);
}

/* An LMDB panic (injected at commit) makes the environment refuse every
 * later transaction until it is reopened; the reopened store holds exactly
 * what was committed before. */
static void test_injected_panic_is_fatal_until_reopen(void **state)
{
	struct world *w = *state;
	assert_int_equal(put_role_s(w->st, "a", "{\"rules\":[]}", POL_STORE_ANY, NULL), 0);
	json_t *before = snapshot(w->st);
	custos_fault_arm(CUSTOS_FAULT_STORE_COMMIT, MDB_PANIC, 0, 1);
	assert_int_equal(ch_put_role(w->st), POL_STORE_E_FATAL);
	custos_fault_clear();
	assert_true(db_env_fatal(w->env));
	assert_int_equal(ch_put_role(w->st), POL_STORE_E_FATAL);
	bool revoked = false;
	assert_int_equal(pol_store_is_revoked(w->st, "jti", "t-9", &revoked), POL_STORE_E_FATAL);
	assert_true(revoked); /* fails closed */
	close_store(w);
	assert_int_equal(open_store(w, 0), 0);
	json_t *after = snapshot(w->st);
	assert_true(json_equal(before, after));
	json_decref(before);
	json_decref(after);
	assert_int_equal(ch_put_role(w->st), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
		T(test_empty_store_is_version_zero),
		T(test_role_put_get_list_delete),
		T(test_client_version_and_mismatched_name_are_handled),
		T(test_history_records_author_time_before_after),
		T(test_list_versions_pages_both_ways_and_summarizes),
		T(test_if_match_success_and_precondition_failure),
		T(test_rejected_validation_leaves_store_unchanged),
		T(test_bindings_put_get_delete_and_bad_bodies),
		T(test_limits_are_enforced),
		T(test_rollback_restores_exact_earlier_state_as_new_version),
		T(test_rollback_refuses_targets_outside_the_history),
		T(test_rollback_result_is_validated),
		T(test_reopen_keeps_data_and_versions_go_on),
		T(test_second_open_of_same_directory_is_refused),
		T(test_map_full_in_put_is_reported_and_store_stays_usable),
		T(test_map_full_in_commit_is_reported_and_store_stays_usable),
		T(test_killed_writer_loses_no_acknowledged_change),
		T(test_concurrent_if_match_writers_have_one_winner_per_round),
		T(test_on_change_reports_each_committed_version),
		T(test_revocations_add_check_remove_list_and_epoch),
		T(test_first_revoked_answers_as_the_single_lookups),
		T(test_other_modules_share_the_environment),
		T(test_admin_role_is_reserved),
		T(test_bindings_and_revocations_follow_the_principal_grammar),
		T(test_injected_faults_leave_the_store_whole),
		T(test_injected_panic_is_fatal_until_reopen),
#undef T
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
