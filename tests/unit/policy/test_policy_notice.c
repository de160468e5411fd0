/* The privacy notice (policy/notice.c, notice_md.c): what each role may do
 * with end users' data, in words and exactly, agreeing with the compiler on
 * what a read shows; the Markdown form escapes every document text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "buf.h"
#include "policy.h"

static json_t *parse(const char *text)
{
	json_error_t e;
	json_t *j = json_loads(text, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &e);
	if (!j)
		fail_msg("bad test JSON: %s (%s)", e.text, text);
	return j;
}

static const char *set_text =
	"[{\"name\": \"staff\", \"description\": \"All staff\","
	"  \"rules\": [{\"id\": \"hours\", \"effect\": \"allow\", \"actions\": [\"conversation:list\"],"
	"    \"when\": {\"all\": [{\"attr\": \"request.hour_utc\", \"gt\": 7},"
	"                         {\"attr\": \"request.hour_utc\", \"lt\": 18}]}},"
	"   {\"id\": \"policy\", \"effect\": \"allow\", \"actions\": [\"policy:read\"]}]},"
	" {\"name\": \"support_agent\", \"description\": \"Tier-1 support\", \"inherits\": [\"staff\"],"
	"  \"rules\": ["
	"   {\"id\": \"assigned\", \"effect\": \"allow\","
	"    \"actions\": [\"conversation:read\", \"conversation:list\"],"
	"    \"when\": {\"all\": [{\"attr\": \"resource.labels.assignee\", \"equals\": \"$subject.id\"},"
	"                     {\"attr\": \"resource.consent.human_review\", \"equals\": true},"
	"                     {\"attr\": \"request.purpose\", \"matches\": \"ticket:*\"}]},"
	"    \"reveal\": [\"email\", \"gov_id\"]},"
	"   {\"id\": \"legacy\", \"effect\": \"allow\", \"actions\": [\"user:*\"],"
	"    \"when\": {\"any\": [{\"attr\": \"request.purpose\", \"equals\": \"legal:x\"},"
	"                     {\"attr\": \"subject.claims.dept\", \"equals\": \"legal\"}]},"
	"    \"redact\": [\"email\"]},"
	"   {\"id\": \"held\", \"effect\": \"deny\", \"actions\": [\"*\"],"
	"    \"when\": {\"attr\": \"resource.legal_hold\", \"equals\": true}}]},"
	" {\"name\": \"auditor\", \"rules\": [{\"id\": \"a\", \"effect\": \"allow\","
	"   \"actions\": [\"audit:read\"]}]}]";

static const char *const custom[] = {"ticket_no"};

static json_t *notice_of(const char *text, uint64_t version)
{
	json_t *docs = parse(text), *n = NULL;
	assert_int_equal(pol_notice(docs, version, custom, 1, &n), 0);
	json_decref(docs);
	assert_non_null(n);
	return n;
}

static const json_t *role(const json_t *n, const char *name)
{
	const json_t *roles = json_object_get(n, "roles");
	for (size_t i = 0; i < json_array_size(roles); i++)
		if (!strcmp(json_string_value(json_object_get(json_array_get(roles, i), "name")),
			    name))
			return json_array_get(roles, i);
	fail_msg("no role %s", name);
	return NULL;
}

static const json_t *rule(const json_t *r, const char *list, const char *id)
{
	const json_t *a = json_object_get(r, list);
	for (size_t i = 0; i < json_array_size(a); i++)
		if (!strcmp(json_string_value(json_object_get(json_array_get(a, i), "rule")), id))
			return json_array_get(a, i);
	fail_msg("no %s %s", list, id);
	return NULL;
}

static void assert_json(const json_t *got, const char *want)
{
	json_t *w = parse(want);
	char *g = json_dumps(got, JSON_COMPACT | JSON_ENCODE_ANY);
	if (!json_equal((json_t *)got, w))
		fail_msg("got %s, want %s", g, want);
	free(g);
	json_decref(w);
}

static void test_roles_rules_and_inheritance(void **state)
{
	(void)state;
	json_t *n = notice_of(set_text, 9);
	assert_int_equal(json_integer_value(json_object_get(n, "policy_version")), 9);
	/* name order, with the built-in admin */
	assert_json(json_object_get(role(n, "admin"), "builtin"), "true");
	const json_t *sa = role(n, "support_agent");
	assert_json(json_object_get(sa, "inherits"), "[\"staff\"]");
	const json_t *a = rule(sa, "access", "support_agent/assigned");
	assert_json(json_object_get(a, "actions"), "[\"conversation:read\", \"conversation:list\"]");
	assert_json(json_object_get(a, "may"),
		    "[\"read your conversations\", \"list your conversations\"]");
	assert_json(json_object_get(a, "purposes"), "[\"ticket:*\"]");
	assert_json(json_object_get(a, "conditions"),
		    "[{\"kind\": \"assignment\", \"text\": \"the conversation is assigned to them\"},"
		    " {\"kind\": \"consent\", \"text\": \"you have agreed to human_review\"}]");
	/* reveal gov_id shows its subtype ssn too, as decisions do */
	assert_json(json_object_get(a, "shown"), "[\"email\", \"ssn\", \"gov_id\"]");
	assert_json(json_object_get(a, "hidden"),
		    "[\"phone\", \"card\", \"iban\", \"ip\", \"secret\", \"person\", \"address\","
		    " \"dob\", \"pii\", \"ticket_no\"]");
	/* the inherited rule, under its own name; policy:read is no data access */
	const json_t *h = rule(sa, "access", "staff/hours");
	assert_json(json_object_get(h, "purposes"), "[\"*\"]");
	assert_json(json_object_get(h, "conditions"),
		    "[{\"kind\": \"hours\", \"text\": \"from 08:00 UTC\"},"
		    " {\"kind\": \"hours\", \"text\": \"before 18:00 UTC\"}]");
	assert_json(json_object_get(h, "shown"), "[]");
	assert_int_equal(json_array_size(json_object_get(sa, "access")), 3);
	/* a legacy redact list reveals the older types it does not name */
	const json_t *l = rule(sa, "access", "support_agent/legacy");
	assert_json(json_object_get(l, "shown"),
		    "[\"phone\", \"card\", \"iban\", \"ip\", \"ssn\", \"ticket_no\"]");
	assert_json(json_object_get(l, "actions"),
		    "[\"user:consent\", \"user:export\", \"user:erase\"]");
	/* the purpose read inside an any: no list, the condition says it */
	assert_json(json_object_get(l, "purposes"), "null");
	assert_json(json_object_get(l, "conditions"),
		    "[{\"kind\": \"combined\", \"text\": \"at least one of: (the stated purpose is "
		    "'legal:x'; or their sign-in claim 'dept' is 'legal')\"}]");
	const json_t *d = rule(sa, "restrictions", "support_agent/held");
	assert_json(json_object_get(d, "conditions"),
		    "[{\"kind\": \"legal_hold\", \"text\": \"the conversation is under legal hold\"}]");
	assert_int_equal(json_array_size(json_object_get(d, "actions")), 10);
	assert_null(json_object_get(d, "shown"));
	/* a role without data access is listed with nothing */
	const json_t *au = role(n, "auditor");
	assert_int_equal(json_array_size(json_object_get(au, "access")), 0);
	assert_int_equal(json_array_size(json_object_get(au, "restrictions")), 0);
	/* staff alone does not get its heir's rules */
	assert_int_equal(json_array_size(json_object_get(role(n, "staff"), "access")), 1);
	/* the glossary names the custom pattern */
	const json_t *types = json_object_get(n, "types");
	assert_int_equal(json_array_size(types), 13);
	assert_string_equal(json_string_value(json_object_get(json_array_get(types, 12), "name")),
			    "ticket_no");
	json_decref(n);
}

static void test_refuses_what_would_not_compile(void **state)
{
	(void)state;
	json_t *n = NULL;
	json_t *dup = parse("[{\"name\": \"a\"}, {\"name\": \"a\"}]");
	assert_int_equal(pol_notice(dup, 1, NULL, 0, &n), POL_EDOC);
	assert_null(n);
	json_t *adm = parse("[{\"name\": \"admin\"}]");
	assert_int_equal(pol_notice(adm, 1, NULL, 0, &n), POL_EDOC);
	json_t *bad = parse("[{\"name\": \"b\", \"rules\": [{\"id\": \"r\", \"effect\": \"allow\","
			    " \"actions\": [\"conversation:read\"], \"reveal\": [\"nope\"]}]}]");
	assert_int_equal(pol_notice(bad, 1, NULL, 0, &n), POL_EDOC);
	assert_int_equal(pol_notice(NULL, 1, NULL, 0, &n), POL_EARG);
	json_t *empty = json_array();
	assert_int_equal(pol_notice(empty, 0, NULL, 0, &n), 0);
	assert_int_equal(json_array_size(json_object_get(n, "roles")), 1); /* admin */
	json_decref(n);
	json_decref(empty);
	json_decref(dup);
	json_decref(adm);
	json_decref(bad);
}

static void test_markdown_escapes_document_text(void **state)
{
	(void)state;
	json_t *n = notice_of("[{\"name\": \"x\", \"description\": \"[click](https://e.test) "
			      "<script>alert(1)</script>\\n# heading\","
			      " \"rules\": [{\"id\": \"r\", \"effect\": \"allow\","
			      " \"actions\": [\"conversation:read\"],"
			      " \"when\": {\"attr\": \"resource.labels.team\", \"equals\": \"*a*\"},"
			      " \"reveal\": [\"email\"]}]}]",
			      4);
	struct buf b;
	buf_init(&b, 1 << 20);
	assert_int_equal(pol_notice_markdown(n, &b), 0);
	const char *md = b.p;
	assert_non_null(strstr(md, "policy version 4"));
	assert_non_null(strstr(md, "\n## Role x\n"));
	assert_null(strstr(md, "<script>"));
	assert_null(strstr(md, "](https"));
	assert_null(strstr(md, "\n# heading"));
	assert_non_null(strstr(md, "\\[click\\]\\(https://e\\.test\\) \\<script\\>"));
	assert_non_null(strstr(md, "- May: read your conversations\n"));
	assert_non_null(strstr(md, "the conversation's label 'team' is '\\*a\\*'"));
	assert_non_null(strstr(md, "  - Shown to them: email addresses\n"));
	assert_non_null(strstr(md, "  - Rule: x/r\n"));
	assert_non_null(strstr(md, "- ticket\\_no: text matching"));
	buf_free(&b);
	/* a cap too small is an error, never a truncated notice */
	buf_init(&b, 64);
	assert_int_equal(pol_notice_markdown(n, &b), CUSTOS_E_TOOBIG);
	buf_free(&b);
	json_decref(n);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_roles_rules_and_inheritance),
		cmocka_unit_test(test_refuses_what_would_not_compile),
		cmocka_unit_test(test_markdown_escapes_document_text),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
