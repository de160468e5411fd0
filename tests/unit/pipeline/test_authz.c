/* Unit tests of pipeline/authz: the one assembly of a policy request (the
 * caller's, a named subject's, a simulation's), decisions against the
 * snapshot in force or a given one, the "could anything be allowed" check,
 * refusals and the decision's JSON. Real snapshots compiled from role
 * documents; no request, no HTTP. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "authz.h"
#include "buf.h"
#include "jdump.h"
#include "errors-t.h"
#include "identity.h"

static const char DOCS[] =
	"[{\"name\": \"reader\", \"rules\": ["
	"   {\"id\": \"day\", \"effect\": \"allow\", \"actions\": [\"conversation:read\"],"
	"    \"when\": {\"all\": [{\"attr\": \"request.hour_utc\", \"lt\": 12},"
	"                        {\"attr\": \"request.client\", \"equals\": \"svc:console\"},"
	"                        {\"attr\": \"subject.claims.dept\", \"equals\": \"support\"}]},"
	"    \"redact\": [\"email\", \"pii\"]},"
	"   {\"id\": \"held\", \"effect\": \"deny\", \"actions\": [\"*\"],"
	"    \"when\": {\"attr\": \"resource.legal_hold\", \"equals\": true}}]},"
	" {\"name\": \"purposeful\", \"rules\": ["
	"   {\"id\": \"ticket\", \"effect\": \"allow\", \"actions\": [\"concern:read\"],"
	"    \"when\": {\"attr\": \"request.purpose\", \"matches\": \"ticket:*\"}}]}]";

static pol_snapshot *compile(uint64_t version)
{
	json_t *docs = json_loads(DOCS, 0, NULL);
	json_t *bind = json_pack("{s:[s,s]}", "user:corp/alice", "reader", "purposeful");
	pol_error pe;
	int rc = 0;
	assert_non_null(docs);
	pol_snapshot *s = pol_compile(docs, bind, version, NULL, NULL, 0, &pe, &rc);
	if (!s)
		fail_msg("compile: %s: %s", pe.path, pe.msg);
	json_decref(docs);
	json_decref(bind);
	return s;
}

static struct identity *alice(void)
{
	struct ident_ctx c = {0};
	struct identity *who = NULL;
	assert_int_equal(ident_named(&c, "user:corp/alice", NULL, 0, &who), 0);
	return who;
}

static void test_request_is_assembled_once(void **state)
{
	(void)state;
	struct ident_ctx c = {.admins = (const char *const[]){"group:corp/ops"}, .nadmins = 1};
	const char *groups[] = {"group:corp/ops"};
	struct identity *who = NULL;
	assert_int_equal(ident_named(&c, "user:corp/bob", groups, 1, &who), 0);
	json_t *claims = json_pack("{s:s}", "dept", "support");
	json_t *res = json_pack("{s:s}", "type", "conversation");
	struct authz_ask a = {.subject = who, .client = "svc:console", .purpose = "ticket:1",
			      .claims = claims, .hour_utc = 7, .action = "conversation:read",
			      .resource = res, .explain = 1};
	pol_request q;
	authz_request(&q, &a, 0);
	assert_string_equal(q.subject_id, "user:corp/bob");
	assert_string_equal(q.subject_kind, "user");
	assert_int_equal(q.nprincipals, 2);
	assert_string_equal(q.principals[1], "group:corp/ops");
	/* A bootstrap admin's principal gets the built-in admin role outright. */
	assert_int_equal(q.nextra, 1);
	assert_string_equal(q.extra_roles[0], POL_ADMIN_ROLE);
	assert_ptr_equal(q.claims, claims);
	assert_string_equal(q.client, "svc:console");
	assert_string_equal(q.purpose, "ticket:1");
	assert_int_equal(q.hour_utc, 7);
	assert_ptr_equal(q.resource, res);
	assert_int_equal(q.explain, 1);
	/* Without an hour, the hour of now (UTC). */
	a.hour_utc = -1;
	authz_request(&q, &a, (time_t)(3 * 3600 + 59));
	assert_int_equal(q.hour_utc, 3);
	ident_free(who);
	json_decref(claims);
	json_decref(res);
}

/* The old answer: the tree, dumped as http_reply_json dumps it, with the
 * decision point's "decision_id"; NULL where the tree cannot be made. */
static char *tree_answer(const pol_decision *d, int roles, const uint64_t *id)
{
	json_t *o = authz_decision_json(d, roles);
	if (!o)
		return NULL;
	if (id)
		json_object_set_new(o, "decision_id", json_integer((json_int_t)*id));
	struct buf b;
	buf_init(&b, 1 << 20);
	int rc = jdump(o, JSON_COMPACT | JSON_PRESERVE_ORDER, &b);
	json_decref(o);
	assert_int_equal(rc, 0);
	return buf_take(&b, NULL);
}

/* authz_decision_dump writes exactly the tree's bytes, or fails where the
 * tree cannot be made (the handler then answers with the tree path). */
static void same_answer(const pol_decision *d)
{
	static const uint64_t ids[] = {0, 1, 4711, (uint64_t)INT64_MAX};
	for (int roles = 0; roles < 2; roles++) {
		for (size_t i = 0; i <= sizeof ids / sizeof ids[0]; i++) {
			const uint64_t *id = i < sizeof ids / sizeof ids[0] ? &ids[i] : NULL;
			char *want = tree_answer(d, roles, id);
			struct buf b;
			buf_init(&b, 1 << 20);
			int rc = authz_decision_dump(d, roles, id, &b);
			if (!want) {
				assert_int_equal(rc, CUSTOS_E_ARG);
			} else {
				assert_int_equal(rc, 0);
				assert_string_equal(b.p, want);
				assert_int_equal(b.len, strlen(want));
			}
			free(want);
			buf_free(&b);
		}
	}
}

static void test_decisions_against_the_policy_in_force(void **state)
{
	(void)state;
	pol_holder *h = pol_holder_create(compile(42));
	struct identity *who = alice();
	json_t *claims = json_pack("{s:s}", "dept", "support");
	json_t *res = json_pack("{s:s,s:b}", "type", "conversation", "legal_hold", 0);
	struct authz_ask a = {.subject = who, .client = "svc:console", .claims = claims,
			      .hour_utc = 9, .action = "conversation:read", .resource = res};
	pol_decision d;
	assert_int_equal(authz_decide(h, NULL, &a, &d), 0);
	assert_true(d.allow);
	assert_string_equal(d.rule, "reader/day");
	assert_int_equal(d.policy_version, 42);
	json_t *j = authz_decision_json(&d, 0);
	char *s = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER);
	/* the older "redact" form: the older types it does not name are shown,
	 * every newer type stays hidden (docs/POLICY.md) */
	assert_string_equal(s, "{\"decision\":\"allow\",\"rule\":\"reader/day\",\"reason\":"
			       "\"allowed by reader/day\",\"redact\":[\"email\",\"gov_id\","
			       "\"secret\",\"person\",\"address\",\"dob\",\"pii\"],\"hidden\":"
			       "[\"email\",\"gov_id\",\"secret\",\"person\",\"address\",\"dob\","
			       "\"pii\"],\"reveal\":[\"phone\",\"card\",\"iban\",\"ip\",\"ssn\"],"
			       "\"policy_version\":42}");
	free(s);
	json_decref(j);
	same_answer(&d); /* the answer written without the tree: the same bytes */
	j = authz_decision_json(&d, 1);
	assert_non_null(json_object_get(j, "roles"));
	json_decref(j);
	pol_decision_clear(&d);

	/* Another client, another hour, a held conversation: each denies. */
	a.client = "svc:other";
	assert_int_equal(authz_decide(h, NULL, &a, &d), 0);
	assert_false(d.allow);
	pol_decision_clear(&d);
	a.client = "svc:console";
	a.hour_utc = 13;
	assert_int_equal(authz_decide(h, NULL, &a, &d), 0);
	assert_false(d.allow);
	pol_decision_clear(&d);
	a.hour_utc = 9;
	json_object_set_new(res, "legal_hold", json_true());
	assert_int_equal(authz_decide(h, NULL, &a, &d), 0);
	assert_false(d.allow);
	assert_string_equal(d.rule, "reader/held");
	same_answer(&d);
	pol_decision_clear(&d);

	/* A given snapshot (a simulated proposal) in place of the one in force. */
	pol_snapshot *other = compile(43);
	json_object_set_new(res, "legal_hold", json_false());
	assert_int_equal(authz_decide(h, other, &a, &d), 0);
	assert_int_equal(d.policy_version, 43);
	pol_decision_clear(&d);
	pol_snapshot_free(other);

	/* Purpose from the ask, not from the subject. */
	struct authz_ask p = {.subject = who, .purpose = "ticket:7", .hour_utc = -1,
			      .action = "concern:read"};
	assert_int_equal(authz_decide(h, NULL, &p, &d), 0);
	assert_true(d.allow);
	pol_decision_clear(&d);
	p.purpose = NULL;
	assert_int_equal(authz_decide(h, NULL, &p, &d), 0);
	assert_false(d.allow);
	pol_decision_clear(&d);

	ident_free(who);
	json_decref(claims);
	json_decref(res);
	pol_holder_free(h);
}

static void test_possible_ignores_the_resource(void **state)
{
	(void)state;
	pol_holder *h = pol_holder_create(compile(1));
	struct identity *who = alice();
	json_t *claims = json_pack("{s:s}", "dept", "support");
	struct authz_ask a = {.subject = who, .client = "svc:console", .claims = claims,
			      .hour_utc = 9, .action = "conversation:read"};
	pol_decision d;
	assert_int_equal(authz_possible(h, &a, &d), 0);
	assert_true(d.allow);
	pol_decision_clear(&d);
	/* No resource could be allowed from another client. */
	a.client = "svc:other";
	assert_int_equal(authz_possible(h, &a, &d), 0);
	assert_false(d.allow);
	pol_decision_clear(&d);
	ident_free(who);
	json_decref(claims);
	pol_holder_free(h);
}

static void test_without_a_policy_nothing_is_decided(void **state)
{
	(void)state;
	pol_holder *h = pol_holder_create(NULL);
	struct identity *who = alice();
	struct authz_ask a = {.subject = who, .hour_utc = -1, .action = "conversation:read"};
	pol_decision d;
	assert_int_equal(authz_decide(h, NULL, &a, &d), AUTHZ_E_NOPOLICY);
	assert_int_equal(authz_possible(h, &a, &d), AUTHZ_E_NOPOLICY);
	assert_int_equal(authz_policy_version(h), 0);
	authz_refused(h, &d, "revoked");
	assert_false(d.allow);
	assert_string_equal(d.reason, "revoked");
	assert_int_equal(json_array_size(d.roles), 0);
	assert_int_equal(json_array_size(d.redact), 0);
	pol_decision_clear(&d);
	ident_free(who);
	pol_holder_free(h);
}

static void test_decision_dump_is_the_trees_bytes(void **state)
{
	(void)state;
	/* (Real decisions: test_decisions_against_the_policy_in_force.) */
	pol_holder *h = pol_holder_create(compile(42));
	pol_decision d;
	authz_refused(h, &d, "token_expired");
	same_answer(&d);
	pol_decision_clear(&d);

	/* Texts that need escapes, non-ASCII, absent lists, the largest
	 * version; and texts that are not UTF-8 (no tree: CUSTOS_E_ARG). */
	static const char *const texts[] = {
		"",
		"plain/rule",
		"quote \" backslash \\ slash / tab \t nl \n cr \r bs \b ff \f del \x7f",
		"\x01\x02\x1f controls at the start, then eight plain bytes",
		"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 long enough for words: 0123456789",
		"bad \xc3\x28 utf-8",
		"truncated \xe2\x82",
		"\xed\xa0\x80 surrogate",
	};
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		for (size_t j = 0; j < sizeof texts / sizeof texts[0]; j++) {
			memset(&d, 0, sizeof d);
			d.allow = (int)(i & 1);
			snprintf(d.rule, sizeof d.rule, "%s", texts[i]);
			snprintf(d.reason, sizeof d.reason, "%s", texts[j]);
			d.policy_version = i == 3 ? (uint64_t)INT64_MAX : i;
			if (j & 1) {
				d.redact = json_pack("[s,s]", "email", "pii");
				d.reveal = json_array();
				d.roles = json_pack("[s]", "reader");
			}
			same_answer(&d);
			pol_decision_clear(&d);
		}
	}
	/* "hidden" repeats "redact" by copying its bytes when they fit a small
	 * buffer and by dumping the list again when not: both the same answer. */
	for (size_t n = 0; n < 200; n += 7) {
		memset(&d, 0, sizeof d);
		d.allow = 1;
		d.redact = json_array();
		for (size_t i = 0; i < n; i++) {
			char t[16];
			snprintf(t, sizeof t, "type_%zu", i);
			json_array_append_new(d.redact, json_string(t));
		}
		same_answer(&d);
		pol_decision_clear(&d);
	}
	pol_holder_free(h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_request_is_assembled_once),
		cmocka_unit_test(test_decisions_against_the_policy_in_force),
		cmocka_unit_test(test_possible_ignores_the_resource),
		cmocka_unit_test(test_without_a_policy_nothing_is_decided),
		cmocka_unit_test(test_decision_dump_is_the_trees_bytes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
