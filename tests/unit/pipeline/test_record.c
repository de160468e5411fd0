/* Unit tests of pipeline/record: the one audit entry schema (every
 * decision: a request's, the retention sweep's, a handshake refusal's),
 * escaping of a resource that is not UTF-8, who the subject is, and the
 * policy version of entries without a decision. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "identity.h"
#include "record.h"

static const char *const SCHEMA[] = {"request_id", "decision", "action", "resource",
				     "subject",    "client",   "cert_sha256", "roles",
				     "rule",       "reason",   "purpose", "policy_version",
				     "redact"};

static void has_schema(const json_t *e)
{
	assert_non_null(e);
	for (size_t i = 0; i < sizeof SCHEMA / sizeof SCHEMA[0]; i++)
		if (!json_object_get(e, SCHEMA[i]))
			fail_msg("entry without %s", SCHEMA[i]);
}

static const char *str(const json_t *e, const char *k)
{
	return json_string_value(json_object_get(e, k));
}

static void test_entry_of_a_decision(void **state)
{
	(void)state;
	struct ident_ctx c = {0};
	struct identity *who = NULL;
	assert_int_equal(ident_of_request(&c, "svc:console", NULL, "ticket:9", 0, &who), 0);
	pol_decision d = {.allow = 1, .policy_version = 12};
	snprintf(d.rule, sizeof d.rule, "agent/assigned");
	snprintf(d.reason, sizeof d.reason, "allowed by agent/assigned");
	d.roles = json_pack("[s]", "agent");
	d.redact = json_pack("[s]", "email");
	struct record_src s = {.request_id = "r-1", .client = "svc:console",
			       .cert_sha256 = "ab", .who = who};
	json_t *e = record_entry(&s, "allow", "conversation:read", "conversation/c-1", &d, NULL);
	has_schema(e);
	assert_string_equal(str(e, "subject"), "svc:console");
	assert_string_equal(str(e, "purpose"), "ticket:9");
	assert_string_equal(str(e, "rule"), "agent/assigned");
	assert_string_equal(str(e, "reason"), "allowed by agent/assigned");
	assert_int_equal(json_integer_value(json_object_get(e, "policy_version")), 12);
	assert_true(json_equal(json_object_get(e, "roles"), d.roles));
	/* The entry holds references to the decision's lists (not copies:
	 * phase 4 of docs/PERFORMANCE.md): the decision may go away. */
	assert_true(json_object_get(e, "roles") == d.roles);
	assert_true(json_object_get(e, "redact") == d.redact);
	/* A reason given wins over the decision's. */
	json_t *e2 = record_entry(&s, "allow", "x", NULL, &d, "created");
	assert_string_equal(str(e2, "reason"), "created");
	assert_true(json_is_null(json_object_get(e2, "resource")));
	json_decref(e2);
	pol_decision_clear(&d);
	json_t *want = json_pack("[s]", "agent");
	assert_true(json_equal(json_object_get(e, "roles"), want));
	json_decref(want);
	want = json_pack("[s]", "email");
	assert_true(json_equal(json_object_get(e, "redact"), want));
	json_decref(want);
	json_decref(e);
	ident_free(who);
}

/* A path parameter is raw bytes: recorded percent-escaped, and marked. */
static void test_resource_that_is_not_utf8_is_escaped(void **state)
{
	(void)state;
	struct record_src s = {.request_id = "r-2", .client = "svc:x"};
	json_t *e = record_entry(&s, "error", "conversation:read", "conversation/\xff%1", NULL,
				 "not_found");
	has_schema(e);
	assert_string_equal(str(e, "resource"), "conversation/%FF%251");
	assert_true(json_is_true(json_object_get(e, "resource_escaped")));
	json_decref(e);
	e = record_entry(&s, "error", NULL, "conversation/ok", NULL, "x");
	assert_null(json_object_get(e, "resource_escaped"));
	json_decref(e);
}

/* Before a certificate is verified there is no principal: null; the
 * subject is the caller once identified, else the client, unless given. */
static void test_subject_and_nulls(void **state)
{
	(void)state;
	struct record_src s = {.cert_sha256 = "cd"};
	json_t *e = record_entry(&s, "error", NULL, NULL, NULL, "client_cert_invalid");
	has_schema(e);
	assert_true(json_is_null(json_object_get(e, "request_id")));
	assert_true(json_is_null(json_object_get(e, "subject")));
	assert_true(json_is_null(json_object_get(e, "client")));
	assert_string_equal(str(e, "cert_sha256"), "cd");
	assert_true(json_is_null(json_object_get(e, "rule")));
	assert_int_equal(json_array_size(json_object_get(e, "roles")), 0);
	/* No decision and no holder: the version is null (retention, refusals). */
	assert_true(json_is_null(json_object_get(e, "policy_version")));
	json_decref(e);
	struct record_src sys = {.request_id = "retention-1", .subject = "system:retention"};
	e = record_entry(&sys, "allow", "retention:delete", "conversation/c-2", NULL, "expired");
	has_schema(e);
	assert_string_equal(str(e, "subject"), "system:retention");
	assert_true(json_is_null(json_object_get(e, "client")));
	json_decref(e);
	/* With a holder, an entry without a decision names the version in force. */
	pol_holder *h = pol_holder_create(NULL);
	struct record_src withp = {.client = "svc:x", .policy = h};
	e = record_entry(&withp, "error", NULL, NULL, NULL, "bad_request");
	assert_int_equal(json_integer_value(json_object_get(e, "policy_version")), 0);
	assert_string_equal(str(e, "subject"), "svc:x");
	json_decref(e);
	pol_holder_free(h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_entry_of_a_decision),
		cmocka_unit_test(test_resource_that_is_not_utf8_is_escaped),
		cmocka_unit_test(test_subject_and_nulls),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
