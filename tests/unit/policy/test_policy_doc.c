/* Validation of role documents and document sets: every rejection names the
 * exact JSON path of the offending value. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "policy.h"

static const char *contract_example =
    "{\"name\": \"support_agent\","
    " \"description\": \"Tier-1 support: their assigned tickets, PII redacted\","
    " \"inherits\": [\"staff\"],"
    " \"rules\": ["
    "   {\"id\": \"assigned\", \"effect\": \"allow\", \"actions\": [\"conversation:read\", \"conversation:list\"],"
    "    \"when\": {\"all\": [{\"attr\": \"resource.labels.assignee\", \"equals\": \"$subject.id\"},"
    "                     {\"attr\": \"resource.consent.human_review\", \"equals\": true},"
    "                     {\"attr\": \"request.purpose\", \"matches\": \"ticket:*\"}]},"
    "    \"redact\": [\"email\", \"phone\", \"card\", \"iban\", \"ip\", \"pii\"]},"
    "   {\"id\": \"held\", \"effect\": \"deny\", \"actions\": [\"*\"],"
    "    \"when\": {\"attr\": \"resource.legal_hold\", \"equals\": true}}]}";

static json_t *parse(const char *text)
{
    json_error_t e;
    json_t *j = json_loads(text, JSON_REJECT_DUPLICATES, &e);
    if (!j)
        fail_msg("bad test JSON: %s (%s)", e.text, text);
    return j;
}

/* A role named "t" whose single rule has the given `when`. */
static json_t *doc_with_when(const char *when)
{
    char buf[8192];
    snprintf(buf, sizeof buf,
             "{\"name\":\"t\",\"rules\":[{\"id\":\"r\",\"effect\":\"allow\","
             "\"actions\":[\"authorize\"],\"when\":%s}]}", when);
    return parse(buf);
}

static void expect_doc_error_j(json_t *doc, const char *path, const char *msg_part)
{
    pol_error err;
    int rc = pol_doc_validate(doc, NULL, NULL, 0, &err);
    json_decref(doc);
    assert_int_equal(rc, POL_EDOC);
    if (strcmp(err.path, path) != 0)
        fail_msg("path: got '%s' want '%s' (msg: %s)", err.path, path, err.msg);
    if (msg_part && !strstr(err.msg, msg_part))
        fail_msg("msg: got '%s', want it to contain '%s'", err.msg, msg_part);
}

static void expect_doc_error(const char *doc, const char *path, const char *msg_part)
{
    expect_doc_error_j(parse(doc), path, msg_part);
}

static void expect_when_error(const char *when, const char *path, const char *msg_part)
{
    expect_doc_error_j(doc_with_when(when), path, msg_part);
}

static void expect_when_ok(const char *when)
{
    pol_error err;
    json_t *doc = doc_with_when(when);
    int rc = pol_doc_validate(doc, NULL, NULL, 0, &err);
    json_decref(doc);
    if (rc)
        fail_msg("rejected %s: %s: %s", when, err.path, err.msg);
}

static void expect_set_error(const char *docs, const char *path, const char *msg_part)
{
    pol_error err;
    json_t *j = parse(docs);
    int rc = pol_set_validate(j, NULL, NULL, 0, &err);
    json_decref(j);
    assert_int_equal(rc, POL_EDOC);
    if (strcmp(err.path, path) != 0)
        fail_msg("path: got '%s' want '%s' (msg: %s)", err.path, path, err.msg);
    if (msg_part && !strstr(err.msg, msg_part))
        fail_msg("msg: got '%s', want it to contain '%s'", err.msg, msg_part);
}

static void test_contract_example_validates(void **state)
{
    (void)state;
    pol_error err;
    json_t *doc = parse(contract_example);
    int rc = pol_doc_validate(doc, NULL, NULL, 0, &err);
    if (rc)
        fail_msg("%s: %s", err.path, err.msg);
    /* And as a set, together with the role it inherits. */
    json_t *set = json_array();
    json_array_append(set, doc);
    json_array_append_new(set, parse("{\"name\":\"staff\",\"version\":3}"));
    rc = pol_set_validate(set, NULL, NULL, 0, &err);
    if (rc)
        fail_msg("%s: %s", err.path, err.msg);
    json_decref(set);
    json_decref(doc);
}

static void test_unknown_top_level_key_is_rejected(void **state)
{
    (void)state;
    expect_doc_error("{\"name\":\"a\",\"rulez\":[]}", "$.rulez", "unknown key 'rulez'");
}

static void test_unknown_rule_key_is_rejected(void **state)
{
    (void)state;
    expect_doc_error("{\"name\":\"a\",\"rules\":[{\"id\":\"x\",\"effect\":\"allow\","
                     "\"actions\":[\"authorize\"]},{\"id\":\"y\",\"effect\":\"deny\","
                     "\"actions\":[\"authorize\"],\"effects\":1}]}",
                     "$.rules[1].effects", "unknown key");
}

static void test_unknown_operator_is_rejected(void **state)
{
    (void)state;
    expect_doc_error("{\"name\":\"a\",\"rules\":[{\"id\":\"x\",\"effect\":\"allow\","
                     "\"actions\":[\"authorize\"]},{\"id\":\"y\",\"effect\":\"allow\","
                     "\"actions\":[\"authorize\"],\"when\":{\"all\":["
                     "{\"attr\":\"subject.id\",\"equalz\":\"x\"}]}}]}",
                     "$.rules[1].when.all[0].equalz", "unknown operator 'equalz'");
}

static void test_unknown_attribute_is_rejected(void **state)
{
    (void)state;
    expect_when_error("{\"all\":[{\"attr\":\"subject.id\",\"equals\":\"a\"},"
                      "{\"attr\":\"subject.name\",\"equals\":\"a\"}]}",
                      "$.rules[0].when.all[1].attr", "unknown attribute");
    expect_when_error("{\"attr\":\"resource.\",\"exists\":true}", "$.rules[0].when.attr",
                      "empty attribute segment");
    expect_when_error("{\"attr\":\"resource.a..b\",\"exists\":true}", "$.rules[0].when.attr",
                      NULL);
    expect_when_error("{\"attr\":\"subject.claims\",\"exists\":true}", "$.rules[0].when.attr",
                      "unknown attribute");
    expect_when_ok("{\"attr\":\"subject.claims.dept\",\"equals\":\"it\"}");
    expect_when_ok("{\"attr\":\"resource.labels.assignee\",\"equals\":\"$subject.id\"}");
}

static void test_unknown_action_is_rejected(void **state)
{
    (void)state;
    expect_doc_error("{\"name\":\"a\",\"rules\":[{\"id\":\"x\",\"effect\":\"allow\","
                     "\"actions\":[\"conversation:read\",\"conversation:rede\"]}]}",
                     "$.rules[0].actions[1]", "unknown action 'conversation:rede'");
    expect_doc_error("{\"name\":\"a\",\"rules\":[{\"id\":\"x\",\"effect\":\"allow\","
                     "\"actions\":[\"bogus:*\"]}]}",
                     "$.rules[0].actions[0]", "unknown action");
    expect_doc_error("{\"name\":\"a\",\"rules\":[{\"id\":\"x\",\"effect\":\"allow\","
                     "\"actions\":[\"conversation:re*\"]}]}",
                     "$.rules[0].actions[0]", "unknown action");
    expect_doc_error("{\"name\":\"a\",\"rules\":[{\"id\":\"x\",\"effect\":\"allow\","
                     "\"actions\":[]}]}",
                     "$.rules[0].actions", "must not be empty");
    pol_error err;
    json_t *ok = parse("{\"name\":\"a\",\"rules\":[{\"id\":\"x\",\"effect\":\"allow\","
                       "\"actions\":[\"*\",\"conversation:*\",\"alert:*\",\"user:erase\"]}]}");
    assert_int_equal(pol_doc_validate(ok, NULL, NULL, 0, &err), 0);
    json_decref(ok);
}

static void test_bad_glob_is_rejected(void **state)
{
    (void)state;
    expect_when_error("{\"attr\":\"request.purpose\",\"matches\":\"ticket:[0-9]*\"}",
                      "$.rules[0].when.matches", "bad glob");
    expect_when_error("{\"attr\":\"request.purpose\",\"matches\":\"\"}",
                      "$.rules[0].when.matches", "empty glob");
    expect_when_error("{\"attr\":\"request.purpose\",\"matches\":\"a\\\\*\"}",
                      "$.rules[0].when.matches", "bad glob");
    expect_when_error("{\"attr\":\"request.purpose\",\"matches\":\"a\\tb\"}",
                      "$.rules[0].when.matches", "control character");
    expect_when_error("{\"attr\":\"request.purpose\","
                      "\"matches\":\"*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*\"}",
                      "$.rules[0].when.matches", "more than 16");
    expect_when_error("{\"attr\":\"request.purpose\",\"matches\":5}",
                      "$.rules[0].when.matches", "glob string");
    expect_when_ok("{\"attr\":\"request.purpose\",\"matches\":\"ticket:?*\"}");
}

static void test_duplicate_rule_id_is_rejected(void **state)
{
    (void)state;
    expect_doc_error("{\"name\":\"a\",\"rules\":["
                     "{\"id\":\"x\",\"effect\":\"allow\",\"actions\":[\"authorize\"]},"
                     "{\"id\":\"y\",\"effect\":\"allow\",\"actions\":[\"authorize\"]},"
                     "{\"id\":\"x\",\"effect\":\"deny\",\"actions\":[\"authorize\"]}]}",
                     "$.rules[2].id", "duplicate rule id 'x'");
}

static void test_inheritance_cycle_is_rejected(void **state)
{
    (void)state;
    expect_set_error("[{\"name\":\"a\",\"inherits\":[\"b\"]},"
                     "{\"name\":\"b\",\"inherits\":[\"c\"]},"
                     "{\"name\":\"c\",\"inherits\":[\"a\"]}]",
                     "$[2].inherits[0]", "inheritance cycle: a -> b -> c -> a");
    expect_set_error("[{\"name\":\"ok\"},{\"name\":\"self\",\"inherits\":[\"ok\",\"self\"]}]",
                     "$[1].inherits[1]", "inheritance cycle: self -> self");
}

static void test_unknown_inherit_is_rejected(void **state)
{
    (void)state;
    expect_set_error("[{\"name\":\"a\"},{\"name\":\"b\",\"inherits\":[\"a\",\"staff\"]}]",
                     "$[1].inherits[1]", "unknown role 'staff'");
    /* The built-in admin always exists. */
    pol_error err;
    json_t *j = parse("[{\"name\":\"ops\",\"inherits\":[\"admin\"]}]");
    assert_int_equal(pol_set_validate(j, NULL, NULL, 0, &err), 0);
    json_decref(j);
}

static void test_duplicate_role_name_is_rejected(void **state)
{
    (void)state;
    expect_set_error("[{\"name\":\"a\"},{\"name\":\"b\"},{\"name\":\"a\"}]", "$[2].name",
                     "duplicate role name 'a'");
}

static void test_set_paths_prefix_each_document(void **state)
{
    (void)state;
    expect_set_error("[{\"name\":\"a\"},{\"name\":\"b\",\"rules\":[{\"id\":\"x\","
                     "\"effect\":\"allow\",\"actions\":[\"authorize\"],"
                     "\"when\":{\"attr\":\"subject.nope\",\"exists\":true}}]}]",
                     "$[1].rules[0].when.attr", "unknown attribute");
    expect_set_error("{\"name\":\"a\"}", "$", "array");
}

static json_t *nested_not(size_t depth)
{
    json_t *n = json_pack("{s:s, s:b}", "attr", "subject.id", "exists", 1);
    for (size_t i = 1; i < depth; i++)
        n = json_pack("{s:o}", "not", n);
    json_t *doc = json_pack("{s:s, s:[{s:s, s:s, s:[s], s:o}]}", "name", "deep", "rules", "id",
                            "r", "effect", "allow", "actions", "authorize", "when", n);
    assert_non_null(doc);
    return doc;
}

static void test_condition_depth_is_capped(void **state)
{
    (void)state;
    pol_error err;
    json_t *ok = nested_not(16);
    assert_int_equal(pol_doc_validate(ok, NULL, NULL, 0, &err), 0);
    json_decref(ok);
    char path[256] = "$.rules[0].when";
    for (int i = 1; i < 17; i++)
        strcat(path, ".not");
    expect_doc_error_j(nested_not(17), path, "deeper than 16");
}

static void test_too_many_rules_are_rejected(void **state)
{
    (void)state;
    json_t *rules = json_array();
    for (int i = 0; i < 257; i++) {
        char id[16];
        snprintf(id, sizeof id, "r%d", i);
        json_array_append_new(rules, json_pack("{s:s, s:s, s:[s]}", "id", id, "effect",
                                               "allow", "actions", "authorize"));
    }
    json_t *doc = json_pack("{s:s, s:o}", "name", "big", "rules", rules);
    pol_error err;
    json_array_remove(rules, 256);
    assert_int_equal(pol_doc_validate(doc, NULL, NULL, 0, &err), 0);
    json_array_append_new(rules, json_pack("{s:s, s:s, s:[s]}", "id", "last", "effect", "allow",
                                           "actions", "authorize"));
    expect_doc_error_j(doc, "$.rules", "more than 256 rules");
}

static void test_too_many_condition_nodes_are_rejected(void **state)
{
    (void)state;
    /* 5 rules of one `any` with 250 leaves: 1255 nodes; the 1025th is any[19] of rule 4. */
    json_t *rules = json_array();
    for (int r = 0; r < 5; r++) {
        json_t *kids = json_array();
        for (int i = 0; i < 250; i++)
            json_array_append_new(kids, json_pack("{s:s, s:i}", "attr", "resource.n", "gt", i));
        char id[8];
        snprintf(id, sizeof id, "r%d", r);
        json_array_append_new(rules, json_pack("{s:s, s:s, s:[s], s:{s:o}}", "id", id,
                                               "effect", "allow", "actions", "authorize",
                                               "when", "any", kids));
    }
    expect_doc_error_j(json_pack("{s:s, s:o}", "name", "wide", "rules", rules),
                       "$.rules[4].when.any[19]", "more than 1024 condition nodes");
}

static void test_wrong_types_are_rejected(void **state)
{
    (void)state;
    expect_doc_error("[]", "$", "must be an object");
    expect_doc_error("{\"rules\":[]}", "$", "missing required key 'name'");
    expect_doc_error("{\"name\":7}", "$.name", "must be a string");
    expect_doc_error("{\"name\":\"Support\"}", "$.name", "[a-z0-9_.-]");
    expect_doc_error("{\"name\":\"\"}", "$.name", NULL);
    expect_doc_error("{\"name\":\"a\",\"description\":[]}", "$.description", "string");
    expect_doc_error("{\"name\":\"a\",\"version\":\"7\"}", "$.version", "integer");
    expect_doc_error("{\"name\":\"a\",\"inherits\":\"b\"}", "$.inherits", "array");
    expect_doc_error("{\"name\":\"a\",\"inherits\":[\"B\"]}", "$.inherits[0]", "role name");
    expect_doc_error("{\"name\":\"a\",\"rules\":{}}", "$.rules", "array");
    expect_doc_error("{\"name\":\"a\",\"rules\":[{\"id\":\"x\",\"effect\":\"permit\","
                     "\"actions\":[\"authorize\"]}]}", "$.rules[0].effect", "allow");
    expect_doc_error("{\"name\":\"a\",\"rules\":[{\"id\":\"x\",\"effect\":\"allow\","
                     "\"actions\":\"authorize\"}]}", "$.rules[0].actions", "array");
    expect_doc_error("{\"name\":\"a\",\"rules\":[{\"effect\":\"allow\","
                     "\"actions\":[\"authorize\"]}]}", "$.rules[0]", "missing required key 'id'");
    expect_when_error("[]", "$.rules[0].when", "must be an object");
    expect_when_error("{}", "$.rules[0].when", "empty condition");
    expect_when_error("{\"all\":[]}", "$.rules[0].when.all", "at least one");
    expect_when_error("{\"any\":{}}", "$.rules[0].when.any", "array");
    expect_when_error("{\"attr\":\"resource.x\",\"in\":\"a\"}", "$.rules[0].when.in", "array");
    expect_when_error("{\"attr\":\"resource.x\",\"in\":[]}", "$.rules[0].when.in", "non-empty");
    expect_when_error("{\"attr\":\"resource.x\",\"in\":[\"a\",{}]}", "$.rules[0].when.in[1]",
                      NULL);
    expect_when_error("{\"attr\":\"resource.x\",\"exists\":\"yes\"}",
                      "$.rules[0].when.exists", "true or false");
    expect_when_error("{\"attr\":\"resource.x\",\"lt\":\"3\"}", "$.rules[0].when.lt", "number");
    expect_when_error("{\"attr\":\"subject.id\",\"gt\":3}", "$.rules[0].when.gt", "numeric");
    expect_when_error("{\"attr\":\"request.hour_utc\",\"equals\":\"9\"}",
                      "$.rules[0].when.equals", "number");
    expect_when_error("{\"attr\":\"resource.x\",\"equals\":null}", "$.rules[0].when.equals",
                      NULL);
    expect_when_error("{\"attr\":\"resource.x\",\"equals\":{\"a\":1}}",
                      "$.rules[0].when.equals", NULL);
    expect_when_error("{\"attr\":7,\"equals\":1}", "$.rules[0].when.attr", "string");
}

static void test_leaf_needs_exactly_one_operator(void **state)
{
    (void)state;
    expect_when_error("{\"attr\":\"resource.x\"}", "$.rules[0].when", "needs one operator");
    expect_when_error("{\"attr\":\"resource.x\",\"equals\":1,\"gt\":0}", "$.rules[0].when.gt",
                      "exactly one operator");
    expect_when_error("{\"equals\":1}", "$.rules[0].when.equals", "needs an attr");
    expect_when_error("{\"alll\":[]}", "$.rules[0].when.alll", "unknown condition key");
    expect_when_error("{\"all\":[{\"attr\":\"resource.x\",\"exists\":true}],\"attr\":\"x\"}",
                      "$.rules[0].when.attr", "beside 'all'");
}

static void test_references_are_checked(void **state)
{
    (void)state;
    expect_when_error("{\"attr\":\"resource.owner\",\"equals\":\"$subject.Id\"}",
                      "$.rules[0].when.equals", "unknown reference");
    expect_when_ok("{\"attr\":\"resource.owner\",\"in\":[\"$subject.id\",\"$request.client\"]}");
    expect_when_ok("{\"attr\":\"resource.kind\",\"not_equals\":\"$subject.kind\"}");
}

static void test_redact_names_are_checked(void **state)
{
    (void)state;
    const char *doc = "{\"name\":\"a\",\"rules\":[{\"id\":\"x\",\"effect\":\"allow\","
                      "\"actions\":[\"conversation:read\"],\"redact\":[\"email\",\"salary\"]}]}";
    expect_doc_error(doc, "$.rules[0].redact[1]", "unknown redact name 'salary'");
    const char *custom[] = {"salary", "ticket_ref"};
    pol_error err;
    json_t *j = parse(doc);
    assert_int_equal(pol_doc_validate(j, NULL, custom, 2, &err), 0);
    /* A custom list that shadows a builtin is a caller error. */
    const char *bad[] = {"email"};
    assert_int_equal(pol_doc_validate(j, NULL, bad, 1, &err), POL_EARG);
    json_decref(j);
    expect_doc_error("{\"name\":\"a\",\"rules\":[{\"id\":\"x\",\"effect\":\"deny\","
                     "\"actions\":[\"conversation:read\"],\"redact\":[\"email\"]}]}",
                     "$.rules[0].redact", "only to allow rules");
}

static void test_reveal_names_are_checked_and_exclusive(void **state)
{
    (void)state;
    expect_doc_error("{\"name\":\"a\",\"rules\":[{\"id\":\"x\",\"effect\":\"allow\","
                     "\"actions\":[\"conversation:read\"],\"reveal\":[\"email\",\"shoe_size\"]}]}",
                     "$.rules[0].reveal[1]", "unknown reveal name 'shoe_size'");
    expect_doc_error("{\"name\":\"a\",\"rules\":[{\"id\":\"x\",\"effect\":\"deny\","
                     "\"actions\":[\"conversation:read\"],\"reveal\":[\"email\"]}]}",
                     "$.rules[0].reveal", "only to allow rules");
    expect_doc_error("{\"name\":\"a\",\"rules\":[{\"id\":\"x\",\"effect\":\"allow\","
                     "\"actions\":[\"conversation:read\"],\"reveal\":[\"email\"],"
                     "\"redact\":[\"phone\"]}]}",
                     "$.rules[0].reveal", "not both");
    /* every built-in type name, and pii, may be revealed */
    pol_error err;
    json_t *j = parse("{\"name\":\"a\",\"rules\":[{\"id\":\"x\",\"effect\":\"allow\","
                      "\"actions\":[\"conversation:read\"],\"reveal\":[\"email\",\"phone\","
                      "\"card\",\"iban\",\"ip\",\"ssn\",\"gov_id\",\"secret\",\"person\","
                      "\"address\",\"dob\",\"pii\"]}]}");
    assert_int_equal(pol_doc_validate(j, NULL, NULL, 0, &err), 0);
    json_decref(j);
}

static void test_oversized_document_is_rejected(void **state)
{
    (void)state;
    pol_limits lim = *pol_limits_default();
    lim.max_doc_bytes = 200;
    char desc[400];
    memset(desc, 'x', 300);
    desc[300] = '\0';
    json_t *doc = json_pack("{s:s, s:s}", "name", "a", "description", desc);
    pol_error err;
    assert_int_equal(pol_doc_validate(doc, &lim, NULL, 0, &err), POL_EDOC);
    assert_string_equal(err.path, "$");
    assert_non_null(strstr(err.msg, "more than 200"));
    json_decref(doc);
}

static void test_unsafe_keys_are_quoted_in_paths(void **state)
{
    (void)state;
    expect_doc_error("{\"name\":\"a\",\"we\\\"ird.key\":1}", "$[\"we?ird.key\"]", "unknown key");
}

static void test_validate_all_collects_every_problem(void **state)
{
    (void)state;
    json_t *doc = parse("{\"name\":\"a\",\"extra\":1,\"rules\":["
                        "{\"id\":\"x\",\"effect\":\"allow\",\"actions\":[\"nope\"]},"
                        "{\"id\":\"x\",\"effect\":\"allow\",\"actions\":[\"authorize\"],"
                        "\"when\":{\"attr\":\"subject.bad\",\"frob\":1}}]}");
    pol_error errs[16];
    size_t n = 0;
    assert_int_equal(pol_doc_validate_all(doc, NULL, NULL, 0, errs, 16, &n), POL_EDOC);
    assert_int_equal(n, 5);
    assert_string_equal(errs[0].path, "$.extra");
    assert_string_equal(errs[1].path, "$.rules[0].actions[0]");
    assert_string_equal(errs[2].path, "$.rules[1].when.attr");
    assert_string_equal(errs[3].path, "$.rules[1].when.frob");
    assert_string_equal(errs[4].path, "$.rules[1].id");
    /* A full array stops the walk. */
    assert_int_equal(pol_doc_validate_all(doc, NULL, NULL, 0, errs, 2, &n), POL_EDOC);
    assert_int_equal(n, 2);
    json_decref(doc);

    json_t *set = parse("[{\"name\":\"a\",\"inherits\":[\"zz\"]},{\"name\":\"a\"},"
                        "{\"name\":\"b\",\"inherits\":[\"b\"]}]");
    assert_int_equal(pol_set_validate_all(set, NULL, NULL, 0, errs, 16, &n), POL_EDOC);
    assert_int_equal(n, 3);
    assert_string_equal(errs[0].path, "$[1].name");
    assert_string_equal(errs[1].path, "$[0].inherits[0]");
    assert_string_equal(errs[2].path, "$[2].inherits[0]");
    json_decref(set);
}

static void test_bad_arguments_are_refused(void **state)
{
    (void)state;
    pol_error err;
    assert_int_equal(pol_doc_validate(NULL, NULL, NULL, 0, &err), POL_EARG);
    json_t *doc = parse("{\"name\":\"a\"}");
    assert_int_equal(pol_doc_validate(doc, NULL, NULL, 0, NULL), POL_EARG);
    assert_int_equal(pol_doc_validate(doc, NULL, NULL, 0, &err), 0);
    json_decref(doc);
    assert_string_equal(pol_strerror(POL_EDOC), "invalid role document");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contract_example_validates),
        cmocka_unit_test(test_unknown_top_level_key_is_rejected),
        cmocka_unit_test(test_unknown_rule_key_is_rejected),
        cmocka_unit_test(test_unknown_operator_is_rejected),
        cmocka_unit_test(test_unknown_attribute_is_rejected),
        cmocka_unit_test(test_unknown_action_is_rejected),
        cmocka_unit_test(test_bad_glob_is_rejected),
        cmocka_unit_test(test_duplicate_rule_id_is_rejected),
        cmocka_unit_test(test_inheritance_cycle_is_rejected),
        cmocka_unit_test(test_unknown_inherit_is_rejected),
        cmocka_unit_test(test_duplicate_role_name_is_rejected),
        cmocka_unit_test(test_set_paths_prefix_each_document),
        cmocka_unit_test(test_condition_depth_is_capped),
        cmocka_unit_test(test_too_many_rules_are_rejected),
        cmocka_unit_test(test_too_many_condition_nodes_are_rejected),
        cmocka_unit_test(test_wrong_types_are_rejected),
        cmocka_unit_test(test_leaf_needs_exactly_one_operator),
        cmocka_unit_test(test_references_are_checked),
        cmocka_unit_test(test_redact_names_are_checked),
        cmocka_unit_test(test_reveal_names_are_checked_and_exclusive),
        cmocka_unit_test(test_oversized_document_is_rejected),
        cmocka_unit_test(test_unsafe_keys_are_quoted_in_paths),
        cmocka_unit_test(test_validate_all_collects_every_problem),
        cmocka_unit_test(test_bad_arguments_are_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
