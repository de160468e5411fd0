/* Decisions: default deny, deny overrides, inheritance, every operator
 * (including missing attributes), references, redaction, the built-in admin,
 * groups, explain, and the lock-free holder under concurrent swaps. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <stdatomic.h>
#include <time.h>
#include <sched.h>

#include <cmocka.h>
#include <fnmatch.h>

#include "policy.h"
#include "pol_int.h" /* pol_v_glob_match */

static const char *support_docs =
    "[{\"name\": \"support_agent\","
    "  \"inherits\": [\"staff\"],"
    "  \"rules\": ["
    "   {\"id\": \"assigned\", \"effect\": \"allow\", \"actions\": [\"conversation:read\", \"conversation:list\"],"
    "    \"when\": {\"all\": [{\"attr\": \"resource.labels.assignee\", \"equals\": \"$subject.id\"},"
    "                     {\"attr\": \"resource.consent.human_review\", \"equals\": true},"
    "                     {\"attr\": \"request.purpose\", \"matches\": \"ticket:*\"}]},"
    "    \"redact\": [\"email\", \"phone\", \"card\", \"iban\", \"ip\", \"pii\"]},"
    "   {\"id\": \"held\", \"effect\": \"deny\", \"actions\": [\"*\"],"
    "    \"when\": {\"attr\": \"resource.legal_hold\", \"equals\": true}}]},"
    " {\"name\": \"staff\", \"rules\": ["
    "   {\"id\": \"concerns\", \"effect\": \"allow\", \"actions\": [\"concern:read\"]}]}]";

static json_t *parse(const char *text)
{
    json_error_t e;
    json_t *j = json_loads(text, JSON_REJECT_DUPLICATES, &e);
    if (!j)
        fail_msg("bad test JSON: %s (%s)", e.text, text);
    return j;
}

static pol_snapshot *compile_v(const char *docs, const char *bindings, uint64_t version,
                               const pol_limits *lim)
{
    json_t *d = parse(docs);
    json_t *b = bindings ? parse(bindings) : NULL;
    pol_error err;
    int rc = 0;
    pol_snapshot *s = pol_compile(d, b, version, lim, NULL, 0, &err, &rc);
    json_decref(d);
    json_decref(b);
    if (!s)
        fail_msg("compile failed (%s): %s: %s", pol_strerror(rc), err.path, err.msg);
    return s;
}

static pol_snapshot *compile(const char *docs, const char *bindings)
{
    return compile_v(docs, bindings, 7, NULL);
}

static const char *alice_principals[] = {"user:corp/alice"};

static pol_request alice_req(const char *action)
{
    pol_request r = {
        .subject_id = "user:corp/alice",
        .subject_kind = "user",
        .principals = alice_principals,
        .nprincipals = 1,
        .client = "svc:support-console",
        .purpose = "ticket:4711",
        .hour_utc = 9,
        .action = action,
    };
    return r;
}

static void decide(const pol_snapshot *s, const pol_request *r, pol_decision *d)
{
    int rc = pol_eval(s, r, d);
    if (rc)
        fail_msg("pol_eval: %s", pol_strerror(rc));
}

static char *redact_str(const pol_decision *d)
{
    static char buf[256];
    size_t o = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < json_array_size(d->redact); i++)
        o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", i ? "," : "",
                              json_string_value(json_array_get(d->redact, i)));
    return buf;
}

static char *reveal_str(const pol_decision *d)
{
    static char buf[256];
    size_t o = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < json_array_size(d->reveal); i++)
        o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", i ? "," : "",
                              json_string_value(json_array_get(d->reveal, i)));
    return buf;
}

static char *roles_str(const pol_decision *d)
{
    static char buf[256];
    size_t o = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < json_array_size(d->roles); i++)
        o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", i ? "," : "",
                              json_string_value(json_array_get(d->roles, i)));
    return buf;
}

static const char *alice_support = "{\"user:corp/alice\": [\"support_agent\"]}";
static const char *res_ok =
    "{\"type\":\"conversation\",\"id\":\"c-1\",\"labels\":{\"assignee\":\"user:corp/alice\"},"
    "\"consent\":{\"human_review\":true},\"legal_hold\":false}";

static void test_no_roles_means_default_deny(void **state)
{
    (void)state;
    pol_snapshot *s = compile(support_docs, NULL);
    pol_request r = alice_req("conversation:read");
    json_t *res = parse(res_ok);
    r.resource = res;
    pol_decision d;
    decide(s, &r, &d);
    assert_int_equal(d.allow, 0);
    assert_string_equal(d.rule, "");
    assert_string_equal(d.reason, "no rule allows conversation:read");
    assert_int_equal(json_array_size(d.roles), 0);
    assert_int_equal(json_array_size(d.redact), 0);
    assert_int_equal(d.policy_version, 7);
    assert_null(d.explain);
    pol_decision_clear(&d);
    json_decref(res);
    pol_snapshot_free(s);
}

static void test_matching_allow_decides_with_its_redaction(void **state)
{
    (void)state;
    pol_snapshot *s = compile(support_docs, alice_support);
    pol_request r = alice_req("conversation:read");
    json_t *res = parse(res_ok);
    r.resource = res;
    pol_decision d;
    decide(s, &r, &d);
    assert_int_equal(d.allow, 1);
    assert_string_equal(d.rule, "support_agent/assigned");
    assert_string_equal(d.reason, "allowed by support_agent/assigned");
    /* a legacy redact list: shows the older types it does not name (ssn),
     * hides everything else, the newer types and pii among them */
    assert_string_equal(redact_str(&d), "email,phone,card,iban,ip,gov_id,secret,person,address,dob,pii");
    assert_string_equal(reveal_str(&d), "ssn");
    assert_string_equal(roles_str(&d), "staff,support_agent");
    pol_decision_clear(&d);
    /* A purpose that does not match the glob: no allow. */
    r.purpose = "legal:case-9";
    decide(s, &r, &d);
    assert_int_equal(d.allow, 0);
    pol_decision_clear(&d);
    json_decref(res);
    pol_snapshot_free(s);
}

static void test_deny_overrides_every_allow(void **state)
{
    (void)state;
    const char *docs =
        "[{\"name\":\"a\",\"rules\":[{\"id\":\"open\",\"effect\":\"allow\",\"actions\":[\"*\"]}]},"
        " {\"name\":\"z\",\"rules\":[{\"id\":\"held\",\"effect\":\"deny\","
        "   \"actions\":[\"conversation:delete\"],"
        "   \"when\":{\"attr\":\"resource.legal_hold\",\"equals\":true}}]}]";
    pol_snapshot *s = compile(docs, "{\"user:corp/alice\":[\"a\",\"z\"]}");
    pol_request r = alice_req("conversation:delete");
    json_t *res = parse("{\"legal_hold\":true}");
    r.resource = res;
    pol_decision d;
    decide(s, &r, &d);
    assert_int_equal(d.allow, 0);
    assert_string_equal(d.rule, "z/held");
    assert_string_equal(d.reason, "denied by z/held");
    assert_int_equal(json_array_size(d.redact), 0);
    pol_decision_clear(&d);
    /* The same deny in the contract's example role. */
    pol_snapshot_free(s);
    s = compile(support_docs, alice_support);
    json_decref(res);
    res = parse("{\"labels\":{\"assignee\":\"user:corp/alice\"},"
                "\"consent\":{\"human_review\":true},\"legal_hold\":true}");
    r = alice_req("conversation:read");
    r.resource = res;
    decide(s, &r, &d);
    assert_int_equal(d.allow, 0);
    assert_string_equal(d.reason, "denied by support_agent/held");
    pol_decision_clear(&d);
    json_decref(res);
    pol_snapshot_free(s);
}

static void test_inherited_role_contributes_its_rules(void **state)
{
    (void)state;
    pol_snapshot *s = compile(support_docs, alice_support);
    pol_request r = alice_req("concern:read");
    pol_decision d;
    decide(s, &r, &d);
    assert_int_equal(d.allow, 1);
    assert_string_equal(d.rule, "staff/concerns");
    /* a rule that reveals nothing hides every type */
    assert_string_equal(redact_str(&d), "email,phone,card,iban,ip,ssn,gov_id,secret,person,address,dob,pii");
    assert_string_equal(reveal_str(&d), "");
    pol_decision_clear(&d);
    /* Multi-level chain: c inherits b inherits a. */
    pol_snapshot_free(s);
    s = compile("[{\"name\":\"a\",\"rules\":[{\"id\":\"x\",\"effect\":\"allow\","
                "\"actions\":[\"audit:read\"]}]},{\"name\":\"b\",\"inherits\":[\"a\"]},"
                "{\"name\":\"c\",\"inherits\":[\"b\",\"a\"]}]",
                "{\"user:corp/alice\":[\"c\"]}");
    r = alice_req("audit:read");
    decide(s, &r, &d);
    assert_int_equal(d.allow, 1);
    assert_string_equal(d.rule, "a/x");
    assert_string_equal(roles_str(&d), "a,b,c");
    pol_decision_clear(&d);
    pol_snapshot_free(s);
}

static void test_wildcard_actions_cover_their_prefix(void **state)
{
    (void)state;
    pol_snapshot *s = compile("[{\"name\":\"t\",\"rules\":[{\"id\":\"c\",\"effect\":\"allow\","
                              "\"actions\":[\"conversation:*\"]}]}]",
                              "{\"user:corp/alice\":[\"t\"]}");
    pol_request r = alice_req("conversation:delete");
    pol_decision d;
    decide(s, &r, &d);
    assert_int_equal(d.allow, 1);
    pol_decision_clear(&d);
    r.action = "user:erase";
    decide(s, &r, &d);
    assert_int_equal(d.allow, 0);
    pol_decision_clear(&d);
    r.action = "conversation:teleport";
    decide(s, &r, &d);
    assert_int_equal(d.allow, 0);
    assert_string_equal(d.reason, "unknown action 'conversation:teleport'");
    pol_decision_clear(&d);
    pol_snapshot_free(s);
}

/* ---- operators ---- */

static const char *op_resource =
    "{\"s\":\"abc\",\"n\":5,\"f\":2.5,\"b\":true,\"arr\":[\"x\",\"y\"],\"nums\":[1,2],"
    "\"nul\":null,\"obj\":{\"k\":\"v\"},\"owner\":\"user:corp/alice\"}";

static int eval_when(const char *when, const pol_request *base, const char *resource)
{
    char docs[4096];
    snprintf(docs, sizeof docs,
             "[{\"name\":\"t\",\"rules\":[{\"id\":\"r\",\"effect\":\"allow\","
             "\"actions\":[\"authorize\"],\"when\":%s}]}]", when);
    pol_snapshot *s = compile(docs, "{\"user:corp/alice\":[\"t\"]}");
    pol_request r = base ? *base : alice_req("authorize");
    r.action = "authorize";
    json_t *res = parse(resource ? resource : op_resource);
    r.resource = res;
    pol_decision d;
    decide(s, &r, &d);
    int allow = d.allow;
    pol_decision_clear(&d);
    json_decref(res);
    pol_snapshot_free(s);
    return allow;
}

static const struct {
    const char *when;
    int want;
} op_cases[] = {
    {"{\"attr\":\"resource.s\",\"equals\":\"abc\"}", 1},
    {"{\"attr\":\"resource.s\",\"equals\":\"abd\"}", 0},
    {"{\"attr\":\"resource.missing\",\"equals\":\"abc\"}", 0},
    {"{\"attr\":\"resource.n\",\"equals\":5}", 1},
    {"{\"attr\":\"resource.n\",\"equals\":5.0}", 1},
    {"{\"attr\":\"resource.f\",\"equals\":2.5}", 1},
    {"{\"attr\":\"resource.n\",\"equals\":\"5\"}", 0},
    {"{\"attr\":\"resource.b\",\"equals\":true}", 1},
    {"{\"attr\":\"resource.b\",\"equals\":\"true\"}", 0},
    {"{\"attr\":\"resource.arr\",\"equals\":\"y\"}", 1},
    {"{\"attr\":\"resource.arr\",\"equals\":\"z\"}", 0},
    {"{\"attr\":\"resource.obj.k\",\"equals\":\"v\"}", 1},
    {"{\"attr\":\"resource.s.k\",\"equals\":\"v\"}", 0},
    {"{\"attr\":\"resource.s\",\"not_equals\":\"zzz\"}", 1},
    {"{\"attr\":\"resource.s\",\"not_equals\":\"abc\"}", 0},
    {"{\"attr\":\"resource.missing\",\"not_equals\":\"abc\"}", 0},
    {"{\"attr\":\"resource.nul\",\"not_equals\":\"abc\"}", 0},
    {"{\"attr\":\"resource.arr\",\"not_equals\":\"z\"}", 1},
    {"{\"attr\":\"resource.arr\",\"not_equals\":\"x\"}", 0},
    {"{\"attr\":\"resource.s\",\"in\":[\"q\",\"abc\"]}", 1},
    {"{\"attr\":\"resource.s\",\"in\":[\"q\"]}", 0},
    {"{\"attr\":\"resource.arr\",\"in\":[\"z\",\"x\"]}", 1},
    {"{\"attr\":\"resource.arr\",\"in\":[\"z\"]}", 0},
    {"{\"attr\":\"resource.n\",\"in\":[4,5]}", 1},
    {"{\"attr\":\"resource.nums\",\"in\":[2,9]}", 1},
    {"{\"attr\":\"resource.missing\",\"in\":[\"abc\"]}", 0},
    {"{\"attr\":\"resource.s\",\"matches\":\"a*\"}", 1},
    {"{\"attr\":\"resource.s\",\"matches\":\"a?c\"}", 1},
    {"{\"attr\":\"resource.s\",\"matches\":\"*c\"}", 1},
    {"{\"attr\":\"resource.s\",\"matches\":\"a?\"}", 0},
    {"{\"attr\":\"resource.s\",\"matches\":\"b*\"}", 0},
    {"{\"attr\":\"resource.arr\",\"matches\":\"?\"}", 1},
    {"{\"attr\":\"resource.n\",\"matches\":\"5\"}", 0},
    {"{\"attr\":\"resource.missing\",\"matches\":\"*\"}", 0},
    {"{\"attr\":\"resource.s\",\"exists\":true}", 1},
    {"{\"attr\":\"resource.s\",\"exists\":false}", 0},
    {"{\"attr\":\"resource.missing\",\"exists\":false}", 1},
    {"{\"attr\":\"resource.missing\",\"exists\":true}", 0},
    {"{\"attr\":\"resource.nul\",\"exists\":true}", 0},
    {"{\"attr\":\"resource.nul\",\"exists\":false}", 1},
    {"{\"attr\":\"resource.obj\",\"exists\":true}", 1},
    {"{\"attr\":\"resource.n\",\"lt\":6}", 1},
    {"{\"attr\":\"resource.n\",\"lt\":5}", 0},
    {"{\"attr\":\"resource.n\",\"gt\":4}", 1},
    {"{\"attr\":\"resource.f\",\"gt\":2}", 1},
    {"{\"attr\":\"resource.s\",\"lt\":10}", 0},
    {"{\"attr\":\"resource.missing\",\"gt\":0}", 0},
    {"{\"attr\":\"resource.missing\",\"lt\":0}", 0},
    {"{\"not\":{\"attr\":\"resource.missing\",\"equals\":\"a\"}}", 1},
    {"{\"not\":{\"attr\":\"resource.s\",\"equals\":\"abc\"}}", 0},
    {"{\"any\":[{\"attr\":\"resource.s\",\"equals\":\"no\"},{\"attr\":\"resource.n\",\"equals\":5}]}", 1},
    {"{\"any\":[{\"attr\":\"resource.s\",\"equals\":\"no\"},{\"attr\":\"resource.n\",\"equals\":6}]}", 0},
    {"{\"all\":[{\"attr\":\"resource.s\",\"equals\":\"abc\"},{\"attr\":\"resource.n\",\"equals\":6}]}", 0},
    {"{\"all\":[{\"attr\":\"resource.s\",\"equals\":\"abc\"},{\"attr\":\"resource.n\",\"equals\":5}]}", 1},
    {"{\"attr\":\"resource.owner\",\"equals\":\"$subject.id\"}", 1},
    {"{\"attr\":\"resource.owner\",\"not_equals\":\"$subject.id\"}", 0},
    {"{\"attr\":\"resource.owner\",\"in\":[\"nobody\",\"$subject.id\"]}", 1},
    {"{\"attr\":\"subject.roles\",\"equals\":\"t\"}", 1},
    {"{\"attr\":\"subject.roles\",\"equals\":\"admin\"}", 0},
    {"{\"attr\":\"subject.roles\",\"in\":[\"x\",\"t\"]}", 1},
    {"{\"attr\":\"subject.roles\",\"matches\":\"t*\"}", 1},
    {"{\"attr\":\"subject.kind\",\"equals\":\"user\"}", 1},
    {"{\"attr\":\"request.client\",\"matches\":\"svc:*\"}", 1},
    {"{\"attr\":\"request.hour_utc\",\"lt\":12}", 1},
    {"{\"attr\":\"request.hour_utc\",\"gt\":12}", 0},
    {"{\"attr\":\"request.hour_utc\",\"in\":[8,9,10]}", 1},
    {"{\"attr\":\"subject.claims.dept\",\"equals\":\"it\"}", 1},
    {"{\"attr\":\"subject.claims.level\",\"gt\":2}", 1},
    {"{\"attr\":\"subject.claims.nope\",\"exists\":false}", 1},
};

static void test_each_operator_on_present_and_missing_attributes(void **state)
{
    (void)state;
    json_t *claims = parse("{\"dept\":\"it\",\"level\":3}");
    pol_request base = alice_req("authorize");
    base.claims = claims;
    for (size_t i = 0; i < sizeof op_cases / sizeof op_cases[0]; i++) {
        int got = eval_when(op_cases[i].when, &base, NULL);
        if (got != op_cases[i].want)
            fail_msg("%s: got %d want %d", op_cases[i].when, got, op_cases[i].want);
    }
    json_decref(claims);
}

static void test_missing_request_attributes_fail_closed(void **state)
{
    (void)state;
    pol_request r = alice_req("authorize");
    r.hour_utc = -1;
    r.purpose = NULL;
    r.claims = NULL;
    assert_int_equal(eval_when("{\"attr\":\"request.hour_utc\",\"lt\":24}", &r, NULL), 0);
    assert_int_equal(eval_when("{\"attr\":\"request.purpose\",\"matches\":\"*\"}", &r, NULL), 0);
    assert_int_equal(eval_when("{\"attr\":\"request.purpose\",\"not_equals\":\"x\"}", &r, NULL), 0);
    assert_int_equal(eval_when("{\"attr\":\"request.purpose\",\"exists\":false}", &r, NULL), 1);
    assert_int_equal(eval_when("{\"attr\":\"subject.claims.dept\",\"equals\":\"it\"}", &r, NULL), 0);
    /* No resource at all. */
    pol_snapshot *s = compile("[{\"name\":\"t\",\"rules\":[{\"id\":\"r\",\"effect\":\"allow\","
                              "\"actions\":[\"authorize\"],"
                              "\"when\":{\"attr\":\"resource.x\",\"exists\":false}}]}]",
                              "{\"user:corp/alice\":[\"t\"]}");
    pol_decision d;
    decide(s, &r, &d);
    assert_int_equal(d.allow, 1);
    pol_decision_clear(&d);
    pol_snapshot_free(s);
}

static void test_subject_reference_resolves_per_request(void **state)
{
    (void)state;
    const char *res = "{\"owner\":\"user:corp/alice\"}";
    pol_request r = alice_req("authorize");
    assert_int_equal(eval_when("{\"attr\":\"resource.owner\",\"equals\":\"$subject.id\"}", &r, res), 1);
    /* Bob bound to the same role is not the owner. */
    const char *bob[] = {"user:corp/alice"}; /* bound principal, different subject id */
    r.principals = bob;
    r.subject_id = "user:corp/bob";
    assert_int_equal(eval_when("{\"attr\":\"resource.owner\",\"equals\":\"$subject.id\"}", &r, res), 0);
    /* An unresolvable reference compares false both ways. */
    r.subject_id = NULL;
    assert_int_equal(eval_when("{\"attr\":\"resource.owner\",\"equals\":\"$subject.id\"}", &r, res), 0);
    assert_int_equal(eval_when("{\"attr\":\"resource.owner\",\"not_equals\":\"$subject.id\"}", &r, res), 0);
    r.subject_id = "user:corp/alice";
    r.client = "svc:x";
    assert_int_equal(eval_when("{\"attr\":\"resource.c\",\"equals\":\"$request.client\"}", &r,
                               "{\"c\":\"svc:x\"}"), 1);
    assert_int_equal(eval_when("{\"attr\":\"resource.k\",\"equals\":\"$subject.kind\"}", &r,
                               "{\"k\":\"user\"}"), 1);
}

static void test_least_hidden_view_of_one_allow_decides(void **state)
{
    (void)state;
    const char *docs =
        "[{\"name\":\"a\",\"rules\":[{\"id\":\"wide\",\"effect\":\"allow\","
        "   \"actions\":[\"conversation:read\"],\"reveal\":[\"email\",\"phone\",\"pii\"]}]},"
        " {\"name\":\"b\",\"rules\":[{\"id\":\"narrow\",\"effect\":\"allow\","
        "   \"actions\":[\"conversation:read\"],\"reveal\":[\"phone\",\"card\"]},"
        "   {\"id\":\"tie\",\"effect\":\"allow\",\"actions\":[\"conversation:read\"],"
        "    \"reveal\":[\"card\",\"iban\"]}]},"
        " {\"name\":\"c\",\"rules\":[{\"id\":\"never\",\"effect\":\"allow\","
        "   \"actions\":[\"conversation:read\"],\"reveal\":[\"email\",\"phone\",\"card\",\"iban\"],"
        "   \"when\":{\"attr\":\"resource.never\",\"exists\":true}}]}]";
    pol_snapshot *s = compile(docs, "{\"user:corp/alice\":[\"a\",\"b\",\"c\"]}");
    pol_request r = alice_req("conversation:read");
    pol_decision d;
    decide(s, &r, &d);
    assert_int_equal(d.allow, 1);
    /* the rule that hides least decides alone */
    assert_string_equal(d.rule, "a/wide");
    assert_string_equal(reveal_str(&d), "email,phone,pii");
    assert_string_equal(redact_str(&d), "card,iban,ip,ssn,gov_id,secret,person,address,dob");
    pol_decision_clear(&d);
    /* b's two rules grant different views of the same size: the first
     * decides, and the union (phone, card and iban together) that no single
     * rule grants is not shown */
    pol_snapshot_free(s);
    s = compile(docs, "{\"user:corp/alice\":[\"b\",\"c\"]}");
    decide(s, &r, &d);
    assert_string_equal(d.rule, "b/narrow");
    assert_string_equal(reveal_str(&d), "phone,card");
    assert_string_equal(redact_str(&d), "email,iban,ip,ssn,gov_id,secret,person,address,dob,pii");
    pol_decision_clear(&d);
    pol_snapshot_free(s);
}

static void test_reveal_gov_id_includes_ssn_but_not_the_reverse(void **state)
{
    (void)state;
    const char *docs =
        "[{\"name\":\"g\",\"rules\":[{\"id\":\"r\",\"effect\":\"allow\","
        "   \"actions\":[\"conversation:read\"],\"reveal\":[\"gov_id\"]}]},"
        " {\"name\":\"s\",\"rules\":[{\"id\":\"r\",\"effect\":\"allow\","
        "   \"actions\":[\"conversation:read\"],\"reveal\":[\"ssn\"]}]}]";
    pol_snapshot *s = compile(docs, "{\"user:corp/alice\":[\"g\"]}");
    pol_request r = alice_req("conversation:read");
    pol_decision d;
    decide(s, &r, &d);
    assert_string_equal(reveal_str(&d), "ssn,gov_id");
    pol_decision_clear(&d);
    pol_snapshot_free(s);
    s = compile(docs, "{\"user:corp/alice\":[\"s\"]}");
    decide(s, &r, &d);
    assert_string_equal(reveal_str(&d), "ssn");
    assert_non_null(strstr(redact_str(&d), "gov_id"));
    pol_decision_clear(&d);
    pol_snapshot_free(s);
}

static void test_legacy_redact_still_hides_types_it_never_named(void **state)
{
    (void)state;
    /* written when email ... ssn were all the types: it names two; the
     * others it knew are shown, every type added since stays hidden, and
     * pii too (pseudonymisation is hidden unless a reveal names it) */
    pol_snapshot *s = compile("[{\"name\":\"old\",\"rules\":[{\"id\":\"r\",\"effect\":\"allow\","
                              "\"actions\":[\"conversation:read\"],\"redact\":[\"card\",\"iban\"]}]}]",
                              "{\"user:corp/alice\":[\"old\"]}");
    pol_request r = alice_req("conversation:read");
    pol_decision d;
    decide(s, &r, &d);
    assert_string_equal(reveal_str(&d), "email,phone,ip,ssn");
    assert_string_equal(redact_str(&d), "card,iban,gov_id,secret,person,address,dob,pii");
    pol_decision_clear(&d);
    pol_snapshot_free(s);
}

static void test_custom_redact_names_reach_the_decision(void **state)
{
    (void)state;
    json_t *docs = parse("[{\"name\":\"t\",\"rules\":[{\"id\":\"r\",\"effect\":\"allow\","
                         "\"actions\":[\"conversation:read\"],\"redact\":[\"salary\",\"ip\"]},"
                         "{\"id\":\"n\",\"effect\":\"allow\",\"actions\":[\"concern:read\"],"
                         "\"reveal\":[\"salary\"]}]}]");
    json_t *b = parse("{\"user:corp/alice\":[\"t\"]}");
    const char *custom[] = {"order_ref", "salary"};
    int rc = 0;
    pol_error err;
    assert_null(pol_compile(docs, b, 1, NULL, NULL, 0, &err, &rc));
    assert_int_equal(rc, POL_EDOC);
    assert_string_equal(err.path, "$[0].rules[0].redact[0]");
    /* a custom name that is a built-in type name is refused */
    const char *clash[] = {"address"};
    assert_null(pol_compile(docs, b, 1, NULL, clash, 1, &err, &rc));
    pol_snapshot *s = pol_compile(docs, b, 1, NULL, custom, 2, &err, &rc);
    assert_non_null(s);
    pol_request r = alice_req("conversation:read");
    pol_decision d;
    decide(s, &r, &d);
    /* legacy: custom names are older types too */
    assert_string_equal(reveal_str(&d), "email,phone,card,iban,ssn,order_ref");
    assert_string_equal(redact_str(&d), "ip,gov_id,secret,person,address,dob,pii,salary");
    pol_decision_clear(&d);
    r.action = "concern:read";
    decide(s, &r, &d);
    assert_string_equal(reveal_str(&d), "salary");
    pol_decision_clear(&d);
    pol_snapshot_free(s);
    json_decref(docs);
    json_decref(b);
}

static void test_bootstrap_extra_role_gets_builtin_admin(void **state)
{
    (void)state;
    pol_snapshot *s = compile(support_docs, NULL);
    assert_int_equal(pol_snapshot_role_count(s), 3);
    const char *extra[] = {"admin"};
    pol_request r = alice_req("policy:write");
    r.extra_roles = extra;
    r.nextra = 1;
    pol_decision d;
    decide(s, &r, &d);
    assert_int_equal(d.allow, 1);
    assert_string_equal(d.rule, "admin/builtin");
    assert_string_equal(roles_str(&d), "admin");
    pol_decision_clear(&d);
    static const char *admin_ok[] = {"policy:read", "policy:write", "revocation:write",
                                     "audit:read", "alert:read", "authorize",
                                     "conversation:hold"};
    for (size_t i = 0; i < 7; i++) {
        r.action = admin_ok[i];
        decide(s, &r, &d);
        assert_int_equal(d.allow, 1);
        pol_decision_clear(&d);
    }
    /* The built-in admin reads no transcripts. */
    r.action = "conversation:read";
    decide(s, &r, &d);
    assert_int_equal(d.allow, 0);
    pol_decision_clear(&d);
    /* Without the extra role, alice is no admin. */
    r.nextra = 0;
    r.action = "policy:write";
    decide(s, &r, &d);
    assert_int_equal(d.allow, 0);
    pol_decision_clear(&d);
    pol_snapshot_free(s);
}

/* issue 9 (policy:write is root): no document can be named admin, so the
 * built-in admin can never be replaced or weakened by a policy writer. */
static void test_admin_document_is_refused_and_builtin_stays(void **state)
{
    (void)state;
    json_t *docs = parse("[{\"name\":\"admin\",\"rules\":[{\"id\":\"audit\","
                         "\"effect\":\"allow\",\"actions\":[\"audit:read\"]}]}]");
    pol_error err;
    int rc = 0;
    assert_null(pol_compile(docs, NULL, 1, NULL, NULL, 0, &err, &rc));
    assert_int_equal(rc, POL_EDOC);
    assert_string_equal(err.path, "$[0].name");
    assert_non_null(strstr(err.msg, "built-in"));
    assert_int_equal(pol_doc_validate(json_array_get(docs, 0), NULL, NULL, 0, &err), POL_EDOC);
    json_decref(docs);
    /* Inheriting it stays allowed; the built-in is always there. */
    pol_snapshot *s = compile("[{\"name\":\"ops\",\"inherits\":[\"admin\"]}]",
                              "{\"user:corp/alice\":[\"ops\"]}");
    assert_int_equal(pol_snapshot_role_count(s), 2);
    pol_request r = alice_req("policy:write");
    pol_decision d;
    decide(s, &r, &d);
    assert_int_equal(d.allow, 1);
    assert_string_equal(d.rule, "admin/builtin");
    pol_decision_clear(&d);
    pol_snapshot_free(s);
    json_t *doc = pol_builtin_admin_doc();
    assert_non_null(doc);
    assert_true(json_is_true(json_object_get(doc, "builtin")));
    json_decref(doc);
}

/* issue 9 (policy:write is root): a writer who binds a bootstrap admin (or
 * one of its groups) to a role that denies everything, or who makes a role
 * it inherits deny, does not take the admin's built-in rule away. */
static void test_bootstrap_admin_keeps_builtin_rule_against_denies(void **state)
{
    (void)state;
    pol_snapshot *s = compile(
        "[{\"name\":\"lockout\",\"rules\":[{\"id\":\"all\",\"effect\":\"deny\","
        "\"actions\":[\"*\"]}]}]",
        "{\"user:corp/alice\":[\"lockout\"],\"group:corp/ops\":[\"lockout\"]}");
    const char *extra[] = {"admin"};
    const char *principals[] = {"user:corp/alice", "group:corp/ops"};
    pol_request r = alice_req("policy:write");
    r.principals = principals;
    r.nprincipals = 2;
    pol_decision d;
    /* Without configuration's grant the deny wins, as for anyone. */
    decide(s, &r, &d);
    assert_int_equal(d.allow, 0);
    assert_string_equal(d.rule, "lockout/all");
    pol_decision_clear(&d);
    r.extra_roles = extra;
    r.nextra = 1;
    static const char *admin_ok[] = {"policy:read", "policy:write", "revocation:write",
                                     "audit:read", "alert:read", "authorize",
                                     "conversation:hold"};
    for (size_t i = 0; i < 7; i++) {
        r.action = admin_ok[i];
        decide(s, &r, &d);
        assert_int_equal(d.allow, 1);
        assert_string_equal(d.rule, "admin/builtin");
        pol_decision_clear(&d);
    }
    /* Beyond the admin rule the deny still applies. */
    r.action = "conversation:read";
    decide(s, &r, &d);
    assert_int_equal(d.allow, 0);
    pol_decision_clear(&d);
    pol_snapshot_free(s);

    /* Nor does a rule reading an over-long claim of the admin's token lock
     * it out: the pinned rule reads no attribute. */
    s = compile("[{\"name\":\"probe\",\"rules\":[{\"id\":\"note\",\"effect\":\"deny\","
                "\"actions\":[\"*\"],\"when\":{\"attr\":\"subject.claims.note\","
                "\"matches\":\"*x*\"}}]}]",
                "{\"user:corp/alice\":[\"probe\"]}");
    char *note = malloc(POL_VALUE_MAX + 2);
    assert_non_null(note);
    memset(note, 'n', POL_VALUE_MAX + 1);
    note[POL_VALUE_MAX + 1] = '\0';
    json_t *claims = json_pack("{s:s}", "note", note);
    r.claims = claims;
    r.action = "policy:write";
    decide(s, &r, &d);
    assert_int_equal(d.allow, 1);
    assert_string_equal(d.rule, "admin/builtin");
    pol_decision_clear(&d);
    r.action = "conversation:read";
    decide(s, &r, &d);
    assert_int_equal(d.allow, 0);
    pol_decision_clear(&d);
    json_decref(claims);
    free(note);
    pol_snapshot_free(s);
}

/* xorshift64: deterministic test data. */
static uint64_t rnd_state = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void)
{
    rnd_state ^= rnd_state << 13;
    rnd_state ^= rnd_state >> 7;
    rnd_state ^= rnd_state << 17;
    return rnd_state;
}

static int glob_ref(const char *pat, const char *s)
{
    /* Our globs have no [ ] \ and no path rules: fnmatch with no flags
     * gives the same meaning to * and ?. */
    return fnmatch(pat, s, 0) == 0;
}

/* issue 9 (glob cost): the linear matcher agrees with fnmatch on random
 * globs, short and long, including long middle segments that take the
 * bit-parallel path. */
static void test_glob_agrees_with_fnmatch(void **state)
{
    (void)state;
    char pat[POL_GLOB_MAX + 1], str[4096];
    for (int iter = 0; iter < 40000; iter++) {
        size_t sl = (size_t)(rnd() % 24), pl = 1 + (size_t)(rnd() % 14);
        for (size_t i = 0; i < sl; i++)
            str[i] = "ab"[rnd() % 2];
        str[sl] = '\0';
        for (size_t i = 0; i < pl; i++)
            pat[i] = "ab*?"[rnd() % 4];
        pat[pl] = '\0';
        if (glob_ref(pat, str) != pol_v_glob_match(pat, str, sl))
            fail_msg("glob '%s' on '%s': fnmatch %d", pat, str, glob_ref(pat, str));
    }
    for (int iter = 0; iter < 3000; iter++) {
        size_t sl = 1000 + (size_t)(rnd() % 3000);
        for (size_t i = 0; i < sl; i++)
            str[i] = "ab"[rnd() % 2];
        str[sl] = '\0';
        /* head * mid1 * mid2 * tail, the middles often cut from the text
         * (with some bytes turned into ?), so both outcomes are common. */
        size_t o = 0;
        int nmid = 1 + (int)(rnd() % 3);
        for (int k = 0; k < nmid; k++) {
            pat[o++] = '*';
            size_t m = 1 + (size_t)(rnd() % 70);
            size_t from = (size_t)(rnd() % (sl - m));
            int cut = rnd() % 4 != 0;
            for (size_t i = 0; i < m; i++) {
                char c = cut ? str[from + i] : "ab"[rnd() % 2];
                pat[o++] = rnd() % 9 == 0 ? '?' : c;
            }
        }
        pat[o++] = '*';
        if (rnd() % 2)
            pat[o++] = str[sl - 1];
        pat[o] = '\0';
        if (glob_ref(pat, str) != pol_v_glob_match(pat, str, sl))
            fail_msg("glob '%s' on a %zu-byte text: fnmatch %d", pat, sl, glob_ref(pat, str));
    }
}

static double cpu_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* issue 9 (glob cost): matching looks at each byte of the text once. A
 * 200-byte middle segment that almost matches everywhere in 8 MiB of 'a'
 * cost the old backtracking matcher about 200 x 8M steps (seconds); now it
 * is one pass (tens of ms). Thread CPU time, so the load of other processes
 * does not count. */
static void test_glob_is_linear_in_the_text(void **state)
{
    (void)state;
    size_t n = (size_t)8 << 20;
    char *text = malloc(n + 1);
    assert_non_null(text);
    memset(text, 'a', n);
    text[n] = '\0';
    char pat[POL_GLOB_MAX + 1];
    size_t o = 0;
    pat[o++] = '*';
    for (int i = 0; i < 200; i++)
        pat[o++] = 'a';
    pat[o++] = 'b';
    pat[o++] = '*';
    pat[o] = '\0';
    double t0 = cpu_seconds();
    int m = pol_v_glob_match(pat, text, n);
    double t1 = cpu_seconds();
    assert_int_equal(m, 0);
    /* And a 16-star pattern whose segments all match late. */
    char pat2[POL_GLOB_MAX + 1];
    o = 0;
    for (int k = 0; k < 15; k++) {
        pat2[o++] = '*';
        for (int i = 0; i < 15; i++)
            pat2[o++] = k == 14 ? 'b' : 'a';
    }
    pat2[o++] = '*';
    pat2[o] = '\0';
    double t2 = cpu_seconds();
    int m2 = pol_v_glob_match(pat2, text, n);
    double t3 = cpu_seconds();
    assert_int_equal(m2, 0);
    fprintf(stderr, "glob on 8 MiB: %.3f s (200-byte segment), %.3f s (16 stars)\n",
            t1 - t0, t3 - t2);
    free(text);
    assert_true(t1 - t0 < 1.0);
    assert_true(t3 - t2 < 1.0);
}

/* issue 9 (glob cost): an attribute over POL_VALUE_MAX bytes (or an array over
 * POL_VALUE_ITEMS_MAX items) that a condition reads makes the decision a
 * deny: it never matches an allow (even through `not`), never hides a deny. */
static void test_oversized_attribute_fails_closed(void **state)
{
    (void)state;
    pol_snapshot *s = compile(
        "[{\"name\":\"r\",\"rules\":["
        "{\"id\":\"not_secret\",\"effect\":\"allow\",\"actions\":[\"conversation:read\"],"
        " \"when\":{\"not\":{\"attr\":\"resource.labels.tag\",\"matches\":\"*secret*\"}}},"
        "{\"id\":\"tagged\",\"effect\":\"allow\",\"actions\":[\"conversation:list\"],"
        " \"when\":{\"attr\":\"resource.labels.tag\",\"matches\":\"a*\"}}]}]",
        "{\"user:corp/alice\":[\"r\"]}");
    size_t n = POL_VALUE_MAX + 1;
    char *big = malloc(n + 1);
    assert_non_null(big);
    memset(big, 'a', n);
    big[n] = '\0';
    json_t *res = json_pack("{s:{s:s}}", "labels", "tag", big);
    pol_request r = alice_req("conversation:read");
    r.resource = res;
    pol_decision d;
    decide(s, &r, &d);
    assert_int_equal(d.allow, 0);
    assert_string_equal(d.rule, "");
    assert_non_null(strstr(d.reason, "resource.labels.tag"));
    pol_decision_clear(&d);
    r.action = "conversation:list";
    decide(s, &r, &d);
    assert_int_equal(d.allow, 0);
    pol_decision_clear(&d);
    /* At the bound it is compared as usual. */
    big[POL_VALUE_MAX] = '\0';
    json_object_set_new(json_object_get(res, "labels"), "tag", json_string(big));
    decide(s, &r, &d);
    assert_int_equal(d.allow, 1);
    pol_decision_clear(&d);
    r.action = "conversation:read";
    decide(s, &r, &d);
    assert_int_equal(d.allow, 1);
    pol_decision_clear(&d);
    /* An array with too many items, or one long item, fails closed too. */
    json_t *arr = json_array();
    for (int i = 0; i <= POL_VALUE_ITEMS_MAX; i++)
        json_array_append_new(arr, json_string("x"));
    json_object_set_new(json_object_get(res, "labels"), "tag", arr);
    decide(s, &r, &d);
    assert_int_equal(d.allow, 0);
    pol_decision_clear(&d);
    big[POL_VALUE_MAX] = 'a';
    json_object_set_new(json_object_get(res, "labels"), "tag", json_pack("[s,s]", "x", big));
    decide(s, &r, &d);
    assert_int_equal(d.allow, 0);
    pol_decision_clear(&d);
    /* A deny that reads it is not hidden either: no allow survives. */
    pol_snapshot *s2 = compile(
        "[{\"name\":\"r\",\"rules\":["
        "{\"id\":\"all\",\"effect\":\"allow\",\"actions\":[\"conversation:read\"]},"
        "{\"id\":\"no_secret\",\"effect\":\"deny\",\"actions\":[\"conversation:read\"],"
        " \"when\":{\"attr\":\"resource.labels.tag\",\"matches\":\"*secret*\"}}]}]",
        "{\"user:corp/alice\":[\"r\"]}");
    json_object_set_new(json_object_get(res, "labels"), "tag", json_string(big));
    r.explain = 1;
    decide(s2, &r, &d);
    assert_int_equal(d.allow, 0);
    assert_non_null(d.explain);
    pol_decision_clear(&d);
    r.explain = 0;
    decide(s2, &r, &d);
    assert_int_equal(d.allow, 0);
    pol_decision_clear(&d);
    json_decref(res);
    free(big);
    pol_snapshot_free(s);
    pol_snapshot_free(s2);
}

static void test_group_principal_bindings_apply(void **state)
{
    (void)state;
    pol_snapshot *s = compile(support_docs, "{\"group:corp/support\":[\"support_agent\"],"
                                            "\"user:corp/bob\":[\"staff\"]}");
    const char *principals[] = {"user:corp/alice", "group:corp/support"};
    pol_request r = alice_req("conversation:read");
    json_t *res = parse(res_ok);
    r.resource = res;
    pol_decision d;
    decide(s, &r, &d);
    assert_int_equal(d.allow, 0); /* alice alone has no binding */
    pol_decision_clear(&d);
    r.principals = principals;
    r.nprincipals = 2;
    decide(s, &r, &d);
    assert_int_equal(d.allow, 1);
    assert_string_equal(roles_str(&d), "staff,support_agent");
    pol_decision_clear(&d);
    json_decref(res);
    pol_snapshot_free(s);
}

static void test_bindings_to_unknown_roles_grant_nothing(void **state)
{
    (void)state;
    pol_snapshot *s = compile(support_docs,
                              "{\"user:corp/alice\":[\"ghost\",\"staff\",\"staff\"]}");
    pol_request r = alice_req("concern:read");
    pol_decision d;
    decide(s, &r, &d);
    assert_int_equal(d.allow, 1);
    assert_string_equal(roles_str(&d), "staff");
    pol_decision_clear(&d);
    pol_snapshot_free(s);

    json_t *docs = parse(support_docs);
    json_t *bad = parse("{\"user:corp/alice\":\"staff\"}");
    pol_error err;
    int rc = 0;
    assert_null(pol_compile(docs, bad, 1, NULL, NULL, 0, &err, &rc));
    assert_int_equal(rc, POL_EBINDINGS);
    assert_string_equal(err.path, "$[\"user:corp/alice\"]");
    json_decref(bad);
    bad = parse("{\"user:corp/alice\":[\"Staff\"]}");
    assert_null(pol_compile(docs, bad, 1, NULL, NULL, 0, &err, &rc));
    assert_string_equal(err.path, "$[\"user:corp/alice\"][0]");
    json_decref(bad);
    json_decref(docs);
}

static void test_invalid_documents_do_not_compile(void **state)
{
    (void)state;
    json_t *docs = parse("[{\"name\":\"a\",\"inherits\":[\"b\"]},{\"name\":\"b\",\"inherits\":[\"a\"]}]");
    pol_error err;
    int rc = 0;
    assert_null(pol_compile(docs, NULL, 1, NULL, NULL, 0, &err, &rc));
    assert_int_equal(rc, POL_EDOC);
    assert_string_equal(err.path, "$[1].inherits[0]");
    json_decref(docs);
    assert_null(pol_compile(NULL, NULL, 1, NULL, NULL, 0, &err, &rc));
    assert_int_equal(rc, POL_EARG);
}

static void test_too_many_roles_for_one_subject_is_a_limit_deny(void **state)
{
    (void)state;
    pol_limits lim = *pol_limits_default();
    lim.max_subject_roles = 2;
    pol_snapshot *s = compile_v("[{\"name\":\"a\",\"rules\":[{\"id\":\"x\",\"effect\":\"allow\","
                                "\"actions\":[\"*\"]}]},{\"name\":\"b\"},{\"name\":\"c\",\"inherits\":[\"b\"]}]",
                                "{\"user:corp/alice\":[\"a\",\"c\"]}", 1, &lim);
    pol_request r = alice_req("authorize");
    pol_decision d;
    assert_int_equal(pol_eval(s, &r, &d), POL_ELIMIT);
    assert_int_equal(d.allow, 0);
    pol_decision_clear(&d);
    pol_snapshot_free(s);
}

static void test_many_roles_are_deduplicated_past_the_linear_phase(void **state)
{
    (void)state;
    /* 100 roles, each inheriting the previous one: the closure of r99 is all of them. */
    json_t *docs = json_array();
    for (int i = 0; i < 100; i++) {
        char name[16], parent[16];
        snprintf(name, sizeof name, "r%02d", i);
        snprintf(parent, sizeof parent, "r%02d", i ? i - 1 : 0);
        json_t *d = i ? json_pack("{s:s, s:[s]}", "name", name, "inherits", parent)
                      : json_pack("{s:s, s:[{s:s, s:s, s:[s]}]}", "name", name, "rules", "id",
                                  "x", "effect", "allow", "actions", "audit:read");
        json_array_append_new(docs, d);
    }
    json_t *b = parse("{\"user:corp/alice\":[\"r99\",\"r50\",\"r98\"]}");
    int rc = 0;
    pol_snapshot *s = pol_compile(docs, b, 1, NULL, NULL, 0, NULL, &rc);
    assert_non_null(s);
    pol_request r = alice_req("audit:read");
    pol_decision d;
    decide(s, &r, &d);
    assert_int_equal(d.allow, 1);
    assert_string_equal(d.rule, "r00/x");
    assert_int_equal(json_array_size(d.roles), 100);
    assert_string_equal(json_string_value(json_array_get(d.roles, 0)), "r00");
    assert_string_equal(json_string_value(json_array_get(d.roles, 99)), "r99");
    pol_decision_clear(&d);
    pol_snapshot_free(s);
    json_decref(docs);
    json_decref(b);
}

static json_t *find_rule(const json_t *arr, const char *rule)
{
    for (size_t i = 0; i < json_array_size(arr); i++) {
        json_t *o = json_array_get(arr, i);
        if (strcmp(json_string_value(json_object_get(o, "rule")), rule) == 0)
            return o;
    }
    return NULL;
}

static void test_explain_names_roles_matches_and_failed_leaf(void **state)
{
    (void)state;
    pol_snapshot *s = compile(support_docs, alice_support);
    pol_request r = alice_req("conversation:read");
    json_t *res = parse("{\"labels\":{\"assignee\":\"user:corp/alice\"},"
                        "\"consent\":{\"human_review\":false}}");
    r.resource = res;
    r.explain = 1;
    pol_decision d;
    decide(s, &r, &d);
    assert_int_equal(d.allow, 0);
    assert_non_null(d.explain);
    const json_t *ex = d.explain;
    assert_string_equal(json_string_value(json_object_get(ex, "action")), "conversation:read");
    assert_int_equal(json_array_size(json_object_get(ex, "roles")), 2);
    assert_int_equal(json_array_size(json_object_get(ex, "matched")), 0);
    const json_t *failed = json_object_get(ex, "failed");
    assert_int_equal(json_array_size(failed), 2); /* staff has no conversation:read rule */
    json_t *f = find_rule(failed, "support_agent/assigned");
    assert_non_null(f);
    assert_string_equal(json_string_value(json_object_get(f, "path")), "$.rules[0].when.all[1]");
    assert_string_equal(json_string_value(json_object_get(f, "attr")),
                        "resource.consent.human_review");
    assert_string_equal(json_string_value(json_object_get(f, "op")), "equals");
    assert_true(json_is_true(json_object_get(f, "expected")));
    assert_true(json_is_false(json_object_get(f, "actual")));
    assert_true(json_is_false(json_object_get(f, "missing")));
    f = find_rule(failed, "support_agent/held");
    assert_non_null(f);
    assert_string_equal(json_string_value(json_object_get(f, "path")), "$.rules[1].when");
    assert_true(json_is_null(json_object_get(f, "actual")));
    assert_true(json_is_true(json_object_get(f, "missing")));
    assert_true(json_is_null(json_object_get(ex, "rule")));
    pol_decision_clear(&d);

    /* Held and otherwise allowed: both rules matched, the deny decides. */
    json_object_set_new(res, "legal_hold", json_true());
    json_object_set_new(json_object_get(res, "consent"), "human_review", json_true());
    decide(s, &r, &d);
    assert_int_equal(d.allow, 0);
    const json_t *matched = json_object_get(d.explain, "matched");
    assert_int_equal(json_array_size(matched), 2);
    json_t *m = find_rule(matched, "support_agent/assigned");
    assert_non_null(m);
    assert_string_equal(json_string_value(json_object_get(m, "effect")), "allow");
    assert_int_equal(json_array_size(json_object_get(m, "redact")), 11);
    assert_int_equal(json_array_size(json_object_get(m, "reveal")), 1);
    m = find_rule(matched, "support_agent/held");
    assert_non_null(m);
    assert_string_equal(json_string_value(json_object_get(m, "effect")), "deny");
    assert_string_equal(json_string_value(json_object_get(d.explain, "rule")),
                        "support_agent/held");
    pol_decision_clear(&d);

    /* A reference shows both its text and its resolved value. */
    json_object_set_new(res, "legal_hold", json_false());
    json_object_set_new(json_object_get(res, "labels"), "assignee", json_string("user:corp/bob"));
    decide(s, &r, &d);
    f = find_rule(json_object_get(d.explain, "failed"), "support_agent/assigned");
    assert_string_equal(json_string_value(json_object_get(f, "path")), "$.rules[0].when.all[0]");
    assert_string_equal(json_string_value(json_object_get(f, "expected")), "$subject.id");
    assert_string_equal(json_string_value(json_object_get(f, "expected_resolved")),
                        "user:corp/alice");
    assert_string_equal(json_string_value(json_object_get(f, "actual")), "user:corp/bob");
    pol_decision_clear(&d);
    json_decref(res);
    pol_snapshot_free(s);
}

/* ---- holder ---- */

#define READERS 4
#define SWAPS 150
#define OVERLAP 2000 /* decisions that must happen while swapping */

static const char *holder_docs =
    "[{\"name\":\"t\",\"rules\":[{\"id\":\"r\",\"effect\":\"allow\",\"actions\":[\"authorize\"],"
    "\"when\":{\"attr\":\"request.purpose\",\"matches\":\"ticket:*\"}}]}]";

typedef struct hctx {
    pol_holder *h;
    atomic_int stop;
    atomic_long decisions;
    atomic_int errors;
} hctx;

static void *reader(void *arg)
{
    hctx *c = arg;
    uint64_t last = 0;
    while (!atomic_load(&c->stop)) {
        unsigned t;
        const pol_snapshot *s = pol_holder_acquire(c->h, &t);
        uint64_t v = pol_snapshot_version(s);
        pol_request r = alice_req("authorize");
        pol_decision d;
        if (v < last || pol_eval(s, &r, &d) != 0 || !d.allow || d.policy_version != v)
            atomic_fetch_add(&c->errors, 1);
        pol_decision_clear(&d);
        pol_holder_release(c->h, t);
        last = v;
        atomic_fetch_add(&c->decisions, 1);
    }
    return NULL;
}

static void test_holder_survives_readers_during_swaps(void **state)
{
    (void)state;
    hctx c;
    c.h = pol_holder_create(compile_v(holder_docs, "{\"user:corp/alice\":[\"t\"]}", 1, NULL));
    assert_non_null(c.h);
    atomic_init(&c.stop, 0);
    atomic_init(&c.decisions, 0);
    atomic_init(&c.errors, 0);
    pthread_t th[READERS];
    for (int i = 0; i < READERS; i++)
        assert_int_equal(pthread_create(&th[i], NULL, reader, &c), 0);
    /* Swaps must overlap with reads: start once readers are running, and keep
     * swapping until both SWAPS swaps and OVERLAP decisions have happened. */
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    while (atomic_load(&c.decisions) < READERS)
        sched_yield();
    long at_start = atomic_load(&c.decisions);
    uint64_t v = 1;
    while (v < SWAPS + 1 || atomic_load(&c.decisions) - at_start < OVERLAP) {
        v++;
        pol_holder_swap(c.h, compile_v(holder_docs, "{\"user:corp/alice\":[\"t\"]}", v, NULL));
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (now.tv_sec - start.tv_sec > 20)
            break; /* readers starved: the overlap assertion below fails */
    }
    atomic_store(&c.stop, 1);
    for (int i = 0; i < READERS; i++)
        pthread_join(th[i], NULL);
    assert_int_equal(atomic_load(&c.errors), 0);
    assert_true(atomic_load(&c.decisions) - at_start >= OVERLAP);
    unsigned t;
    assert_int_equal(pol_snapshot_version(pol_holder_acquire(c.h, &t)), v);
    pol_holder_release(c.h, t);
    pol_holder_free(c.h);
}

typedef struct swapper {
    pol_holder *h;
    pol_snapshot *next;
    atomic_int done;
} swapper;

static void *swap_thread(void *arg)
{
    swapper *sw = arg;
    pol_holder_swap(sw->h, sw->next);
    atomic_store(&sw->done, 1);
    return NULL;
}

static void test_holder_swap_waits_for_pinned_reader(void **state)
{
    (void)state;
    pol_holder *h = pol_holder_create(compile_v(holder_docs, NULL, 1, NULL));
    unsigned t;
    const pol_snapshot *old = pol_holder_acquire(h, &t);
    assert_int_equal(pol_snapshot_version(old), 1);
    swapper sw = {.h = h, .next = compile_v(holder_docs, NULL, 2, NULL)};
    atomic_init(&sw.done, 0);
    pthread_t th;
    assert_int_equal(pthread_create(&th, NULL, swap_thread, &sw), 0);
    /* New readers soon see version 2 while the old one is still pinned. */
    uint64_t seen = 1;
    for (int i = 0; i < 5000 && seen != 2; i++) {
        unsigned t2;
        seen = pol_snapshot_version(pol_holder_acquire(h, &t2));
        pol_holder_release(h, t2);
        struct timespec ts = {0, 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    assert_int_equal(seen, 2);
    struct timespec ts = {0, 50 * 1000 * 1000};
    nanosleep(&ts, NULL);
    assert_int_equal(atomic_load(&sw.done), 0); /* the swap is still waiting for us */
    assert_int_equal(pol_snapshot_version(old), 1); /* still valid (ASan would object) */
    pol_holder_release(h, t);
    pthread_join(th, NULL);
    assert_int_equal(atomic_load(&sw.done), 1);
    pol_holder_free(h);

    /* An empty holder hands out NULL. */
    h = pol_holder_create(NULL);
    assert_null(pol_holder_acquire(h, &t));
    pol_holder_release(h, t);
    pol_holder_free(h);
}

/* pol_eval_possible: could any resource be allowed, given only who asks and
 * why? Conditions on resource.* are unknown; the rest decides. */
static void test_possible_treats_resource_conditions_as_unknown(void **state)
{
    (void)state;
    pol_snapshot *s = compile(
        "[" "{\"name\": \"support_agent\", \"rules\": ["
        "   {\"id\": \"assigned\", \"effect\": \"allow\", \"actions\": [\"conversation:list\"],"
        "    \"when\": {\"all\": [{\"attr\": \"resource.labels.assignee\", \"equals\": \"$subject.id\"},"
        "                     {\"attr\": \"request.purpose\", \"matches\": \"ticket:*\"}]},"
        "    \"redact\": [\"pii\"]},"
        "   {\"id\": \"held\", \"effect\": \"deny\", \"actions\": [\"*\"],"
        "    \"when\": {\"attr\": \"resource.legal_hold\", \"equals\": true}}]},"
        " {\"name\": \"night\", \"rules\": ["
        "   {\"id\": \"never_at_night\", \"effect\": \"deny\", \"actions\": [\"conversation:*\"],"
        "    \"when\": {\"any\": [{\"attr\": \"request.hour_utc\", \"lt\": 6},"
        "                     {\"not\": {\"attr\": \"resource.type\", \"exists\": true}}]}}]},"
        " {\"name\": \"reviewer\", \"rules\": ["
        "   {\"id\": \"any_but_held\", \"effect\": \"allow\", \"actions\": [\"conversation:read\"],"
        "    \"when\": {\"not\": {\"attr\": \"resource.legal_hold\", \"equals\": true}}}]}]",
        "{\"user:corp/alice\": [\"support_agent\", \"night\"],"
        " \"user:corp/rita\": [\"reviewer\"]}");
    pol_decision d;
    pol_request r = alice_req("conversation:list");

    /* An allow whose resource conditions are unknown and whose request
     * conditions hold: possible. The held deny depends on the resource. */
    assert_int_equal(pol_eval_possible(s, &r, &d), 0);
    assert_true(d.allow);
    assert_string_equal(d.rule, "");
    assert_int_equal(json_array_size(d.redact), 0);
    assert_int_equal(json_array_size(d.roles), 2);
    assert_int_equal(d.policy_version, 7);
    pol_decision_clear(&d);

    /* Without a ticket purpose, no resource can make the rule match. */
    r.purpose = NULL;
    assert_int_equal(pol_eval_possible(s, &r, &d), 0);
    assert_false(d.allow);
    assert_string_equal(d.reason, "no rule can allow conversation:list");
    pol_decision_clear(&d);

    /* A deny that holds whatever the resource (any: one true kid). */
    r = alice_req("conversation:list");
    r.hour_utc = 3;
    assert_int_equal(pol_eval_possible(s, &r, &d), 0);
    assert_false(d.allow);
    assert_string_equal(d.rule, "night/never_at_night");
    pol_decision_clear(&d);

    /* No rule for the action at all; an unbound subject. */
    r = alice_req("conversation:delete");
    assert_int_equal(pol_eval_possible(s, &r, &d), 0);
    assert_false(d.allow);
    pol_decision_clear(&d);
    static const char *bob[] = {"user:corp/bob"};
    r = alice_req("conversation:list");
    r.principals = bob;
    r.subject_id = "user:corp/bob";
    assert_int_equal(pol_eval_possible(s, &r, &d), 0);
    assert_false(d.allow);
    pol_decision_clear(&d);

    /* not(unknown) is unknown: possible. */
    static const char *rita[] = {"user:corp/rita"};
    r = alice_req("conversation:read");
    r.principals = rita;
    r.subject_id = "user:corp/rita";
    assert_int_equal(pol_eval_possible(s, &r, &d), 0);
    assert_true(d.allow);
    pol_decision_clear(&d);
    pol_snapshot_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_no_roles_means_default_deny),
        cmocka_unit_test(test_matching_allow_decides_with_its_redaction),
        cmocka_unit_test(test_deny_overrides_every_allow),
        cmocka_unit_test(test_inherited_role_contributes_its_rules),
        cmocka_unit_test(test_wildcard_actions_cover_their_prefix),
        cmocka_unit_test(test_each_operator_on_present_and_missing_attributes),
        cmocka_unit_test(test_missing_request_attributes_fail_closed),
        cmocka_unit_test(test_subject_reference_resolves_per_request),
        cmocka_unit_test(test_least_hidden_view_of_one_allow_decides),
        cmocka_unit_test(test_reveal_gov_id_includes_ssn_but_not_the_reverse),
        cmocka_unit_test(test_legacy_redact_still_hides_types_it_never_named),
        cmocka_unit_test(test_custom_redact_names_reach_the_decision),
        cmocka_unit_test(test_bootstrap_extra_role_gets_builtin_admin),
        cmocka_unit_test(test_admin_document_is_refused_and_builtin_stays),
        cmocka_unit_test(test_bootstrap_admin_keeps_builtin_rule_against_denies),
        cmocka_unit_test(test_oversized_attribute_fails_closed),
        cmocka_unit_test(test_glob_agrees_with_fnmatch),
        cmocka_unit_test(test_glob_is_linear_in_the_text),
        cmocka_unit_test(test_group_principal_bindings_apply),
        cmocka_unit_test(test_bindings_to_unknown_roles_grant_nothing),
        cmocka_unit_test(test_invalid_documents_do_not_compile),
        cmocka_unit_test(test_too_many_roles_for_one_subject_is_a_limit_deny),
        cmocka_unit_test(test_many_roles_are_deduplicated_past_the_linear_phase),
        cmocka_unit_test(test_explain_names_roles_matches_and_failed_leaf),
        cmocka_unit_test(test_possible_treats_resource_conditions_as_unknown),
        cmocka_unit_test(test_holder_survives_readers_during_swaps),
        cmocka_unit_test(test_holder_swap_waits_for_pinned_reader),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
