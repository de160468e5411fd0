/* The detection settings of role documents (timezone, limits,
 * working_hours, bulk_distinct_users, break_glass_min_reason): validation
 * with JSON paths, and what pol_eval makes of them: request.time.hour and
 * request.time.weekday in the rule's role's zone (day names or ISO numbers),
 * the most generous limit and threshold among the subject's roles, off-hours
 * (overnight shifts, several roles), and break-glass reasons too short.
 * Also the actions lock:write, review:read, review:write and the built-in
 * admin holding them. Times are fixed instants, never the clock. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "policy.h"

/* 2026-01-05 is a Monday. */
#define MON_0330Z 1767583800LL  /* Berlin 04:30 */
#define MON_0830Z 1767601800LL  /* Berlin 09:30 */
#define SAT_1000Z 1768039200LL  /* Berlin 11:00, Saturday */
#define JUL_MON_0730Z 1783323000LL /* Berlin 09:30 (CEST) */
#define TUE_0200Z 1767664800LL  /* Berlin Tue 03:00 */
#define MON_2230Z 1767652200LL  /* Berlin Mon 23:30 */

static json_t *parse(const char *text)
{
    json_error_t e;
    json_t *j = json_loads(text, JSON_REJECT_DUPLICATES, &e);
    if (!j)
        fail_msg("bad test JSON: %s (%s)", e.text, text);
    return j;
}

static pol_snapshot *compile(const char *docs, const char *bindings)
{
    json_t *d = parse(docs), *b = parse(bindings);
    pol_error err;
    int rc = 0;
    pol_snapshot *s = pol_compile(d, b, 1, NULL, NULL, 0, &err, &rc);
    json_decref(d);
    json_decref(b);
    if (!s)
        fail_msg("compile: %s: %s", err.path, err.msg);
    return s;
}

static const char *alice[] = {"user:corp/alice"};

static pol_decision decide(const pol_snapshot *s, const char *action, const char *purpose,
                           int64_t t)
{
    pol_request r = {.subject_id = "user:corp/alice", .subject_kind = "user",
                     .principals = alice, .nprincipals = 1, .client = "svc:console",
                     .purpose = purpose, .hour_utc = -1, .action = action, .time_s = t};
    pol_decision d;
    if (pol_eval(s, &r, &d))
        fail_msg("pol_eval failed");
    return d;
}

static void expect_invalid(const char *doc, const char *path, const char *msg_part)
{
    json_t *d = parse(doc);
    pol_error e;
    memset(&e, 0, sizeof e);
    int rc = pol_doc_validate(d, NULL, NULL, 0, &e);
    json_decref(d);
    if (rc != POL_EDOC)
        fail_msg("accepted: %s", doc);
    if (strcmp(e.path, path) != 0 || !strstr(e.msg, msg_part))
        fail_msg("%s: got %s: %s; want %s: ...%s...", doc, e.path, e.msg, path, msg_part);
}

static void expect_valid(const char *doc)
{
    json_t *d = parse(doc);
    pol_error e;
    int rc = pol_doc_validate(d, NULL, NULL, 0, &e);
    json_decref(d);
    if (rc)
        fail_msg("refused %s: %s: %s", doc, e.path, e.msg);
}

static void test_settings_are_validated(void **state)
{
    (void)state;
    expect_valid("{\"name\":\"a\",\"timezone\":\"Europe/Berlin\",\"limits\":{\"conversation:read\":"
                 "{\"rate\":1,\"burst\":5},\"conversation:list\":{\"rate\":0.5},\"user:export\":"
                 "{\"rate\":0}},\"working_hours\":{\"days\":[\"mon\",\"Tuesday\",\"fri\"],"
                 "\"start\":\"08:00\",\"end\":\"18:30\"},\"bulk_distinct_users\":50,"
                 "\"break_glass_min_reason\":20,\"rules\":[]}");
    expect_invalid("{\"name\":\"a\",\"timezone\":\"Mars/Olympus\"}", "$.timezone",
                   "unknown time zone");
    expect_invalid("{\"name\":\"a\",\"timezone\":\"../../etc/passwd\"}", "$.timezone", "IANA");
    expect_invalid("{\"name\":\"a\",\"timezone\":7}", "$.timezone", "IANA");
    expect_invalid("{\"name\":\"a\",\"limits\":[]}", "$.limits", "object");
    expect_invalid("{\"name\":\"a\",\"limits\":{\"conversation:*\":{\"rate\":1}}}",
                   "$.limits[\"conversation:*\"]", "not an action");
    expect_invalid("{\"name\":\"a\",\"limits\":{\"conversation:read\":{\"rate\":-1}}}",
                   "$.limits[\"conversation:read\"]", "rate must be");
    expect_invalid("{\"name\":\"a\",\"limits\":{\"conversation:read\":{\"rate\":1,\"burst\":0}}}",
                   "$.limits[\"conversation:read\"]", "burst must be");
    expect_invalid("{\"name\":\"a\",\"limits\":{\"conversation:read\":{\"rate\":1,\"brust\":2}}}",
                   "$.limits[\"conversation:read\"].brust", "unknown key");
    expect_invalid("{\"name\":\"a\",\"limits\":{\"conversation:read\":{\"rate\":0,\"burst\":2}}}",
                   "$.limits[\"conversation:read\"]", "unlimited");
    expect_invalid("{\"name\":\"a\",\"working_hours\":{\"days\":[],\"start\":\"08:00\",\"end\":\"18:00\"}}",
                   "$.working_hours.days", "1 to 7");
    expect_invalid("{\"name\":\"a\",\"working_hours\":{\"days\":[\"mon\",\"funday\"],\"start\":\"08:00\",\"end\":\"18:00\"}}",
                   "$.working_hours.days[1]", "weekday");
    expect_invalid("{\"name\":\"a\",\"working_hours\":{\"days\":[\"mon\",\"MON\"],\"start\":\"08:00\",\"end\":\"18:00\"}}",
                   "$.working_hours.days[1]", "twice");
    expect_invalid("{\"name\":\"a\",\"working_hours\":{\"days\":[\"mon\"],\"start\":\"8:00\",\"end\":\"18:00\"}}",
                   "$.working_hours.start", "HH:MM");
    expect_invalid("{\"name\":\"a\",\"working_hours\":{\"days\":[\"mon\"],\"start\":\"08:00\",\"end\":\"24:01\"}}",
                   "$.working_hours.end", "HH:MM");
    expect_invalid("{\"name\":\"a\",\"working_hours\":{\"days\":[\"mon\"],\"start\":\"08:00\",\"end\":\"08:00\"}}",
                   "$.working_hours", "equal");
    expect_invalid("{\"name\":\"a\",\"bulk_distinct_users\":0}", "$.bulk_distinct_users",
                   "whole number");
    expect_invalid("{\"name\":\"a\",\"break_glass_min_reason\":\"20\"}",
                   "$.break_glass_min_reason", "whole number");
    /* Weekday conditions: names or 1..7, numbers for lt/gt, no globs. */
    expect_valid("{\"name\":\"a\",\"rules\":[{\"id\":\"r\",\"effect\":\"deny\",\"actions\":[\"*\"],"
                 "\"when\":{\"any\":[{\"attr\":\"request.time.weekday\",\"in\":[\"sat\",7]},"
                 "{\"attr\":\"request.time.hour\",\"lt\":8},"
                 "{\"attr\":\"request.time.weekday\",\"gt\":5}]}}]}");
    expect_invalid("{\"name\":\"a\",\"rules\":[{\"id\":\"r\",\"effect\":\"deny\",\"actions\":[\"*\"],"
                   "\"when\":{\"attr\":\"request.time.weekday\",\"equals\":\"someday\"}}]}",
                   "$.rules[0].when.equals", "weekday");
    expect_invalid("{\"name\":\"a\",\"rules\":[{\"id\":\"r\",\"effect\":\"deny\",\"actions\":[\"*\"],"
                   "\"when\":{\"attr\":\"request.time.weekday\",\"equals\":8}}]}",
                   "$.rules[0].when.equals", "weekday");
    expect_invalid("{\"name\":\"a\",\"rules\":[{\"id\":\"r\",\"effect\":\"deny\",\"actions\":[\"*\"],"
                   "\"when\":{\"attr\":\"request.time.hour\",\"equals\":\"9\"}}]}",
                   "$.rules[0].when.equals", "number");
    expect_invalid("{\"name\":\"a\",\"rules\":[{\"id\":\"r\",\"effect\":\"deny\",\"actions\":[\"*\"],"
                   "\"when\":{\"attr\":\"request.time.weekday\",\"matches\":\"s*\"}}]}",
                   "$.rules[0].when.matches", "string attribute");
}

/* request.time.* reads the zone of the role whose rule it is in. */
static void test_time_attributes_in_the_roles_zone(void **state)
{
    (void)state;
    const char *docs =
        "[{\"name\":\"berlin\",\"timezone\":\"Europe/Berlin\",\"rules\":["
        "  {\"id\":\"day\",\"effect\":\"allow\",\"actions\":[\"concern:read\"],"
        "   \"when\":{\"all\":[{\"attr\":\"request.time.hour\",\"gt\":7},"
        "                    {\"attr\":\"request.time.hour\",\"lt\":18},"
        "                    {\"not\":{\"attr\":\"request.time.weekday\",\"in\":[\"sat\",\"sun\"]}}]}}]},"
        " {\"name\":\"utc\",\"rules\":["
        "  {\"id\":\"nine\",\"effect\":\"allow\",\"actions\":[\"concern:create\"],"
        "   \"when\":{\"attr\":\"request.time.hour\",\"equals\":8}},"
        "  {\"id\":\"monday\",\"effect\":\"allow\",\"actions\":[\"user:consent\"],"
        "   \"when\":{\"attr\":\"request.time.weekday\",\"equals\":1}}]}]";
    pol_snapshot *s = compile(docs, "{\"user:corp/alice\":[\"berlin\",\"utc\"]}");
    struct {
        const char *action;
        int64_t t;
        int allow;
    } cases[] = {
        {"concern:read", MON_0330Z, 0},     /* 04:30 in Berlin */
        {"concern:read", MON_0830Z, 1},     /* 09:30 */
        {"concern:read", JUL_MON_0730Z, 1}, /* 09:30 summer time */
        {"concern:read", SAT_1000Z, 0},     /* Saturday */
        {"concern:read", 0, 0},             /* no time: missing, the allow fails closed */
        {"concern:create", MON_0830Z, 1},   /* 08 UTC: the utc role has no zone */
        {"concern:create", MON_0330Z, 0},
        {"user:consent", MON_0830Z, 1},
        {"user:consent", SAT_1000Z, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        pol_decision d = decide(s, cases[i].action, NULL, cases[i].t);
        if (d.allow != cases[i].allow)
            fail_msg("case %zu (%s at %lld): allow %d: %s", i, cases[i].action,
                     (long long)cases[i].t, d.allow, d.reason);
        pol_decision_clear(&d);
    }
    pol_snapshot_free(s);
}

/* An off-hours deny, the way a role is denied outside its hours. */
static void test_off_hours_deny_rule(void **state)
{
    (void)state;
    const char *docs =
        "[{\"name\":\"support\",\"timezone\":\"America/New_York\",\"rules\":["
        "  {\"id\":\"read\",\"effect\":\"allow\",\"actions\":[\"concern:read\"]},"
        "  {\"id\":\"night\",\"effect\":\"deny\",\"actions\":[\"*\"],\"when\":{\"any\":["
        "     {\"attr\":\"request.time.hour\",\"lt\":8},{\"attr\":\"request.time.hour\",\"gt\":17}]}}]}]";
    pol_snapshot *s = compile(docs, "{\"user:corp/alice\":[\"support\"]}");
    pol_decision d = decide(s, "concern:read", NULL, MON_0830Z); /* 03:30 in New York */
    assert_int_equal(d.allow, 0);
    assert_string_equal(d.rule, "support/night");
    pol_decision_clear(&d);
    d = decide(s, "concern:read", NULL, MON_0830Z + 6 * 3600); /* 09:30 */
    assert_int_equal(d.allow, 1);
    pol_decision_clear(&d);
    pol_snapshot_free(s);
}

static void test_limits_and_thresholds_most_generous(void **state)
{
    (void)state;
    const char *docs =
        "[{\"name\":\"staff\",\"limits\":{\"conversation:read\":{\"rate\":1,\"burst\":5}},"
        "  \"bulk_distinct_users\":20,\"rules\":[]},"
        " {\"name\":\"auditor\",\"inherits\":[\"staff\"],"
        "  \"limits\":{\"conversation:read\":{\"rate\":3},\"conversation:list\":{\"rate\":2.5}},"
        "  \"bulk_distinct_users\":500,\"rules\":[]},"
        " {\"name\":\"exporter\",\"limits\":{\"user:export\":{\"rate\":0}},\"rules\":[]},"
        " {\"name\":\"plain\",\"rules\":[]}]";
    pol_snapshot *s = compile(docs, "{\"user:corp/alice\":[\"auditor\",\"exporter\"],"
                                    "\"user:corp/bob\":[\"staff\"],\"user:corp/carol\":[\"plain\"]}");
    pol_decision d = decide(s, "conversation:read", NULL, MON_0830Z);
    assert_int_equal(d.limit_set, 1);
    assert_true(d.limit_rate == 3);   /* auditor beats the inherited staff */
    assert_true(d.limit_burst == 5);  /* staff's burst is the larger */
    assert_int_equal(d.bulk_distinct_users, 500);
    pol_decision_clear(&d);
    d = decide(s, "conversation:list", NULL, MON_0830Z);
    assert_int_equal(d.limit_set, 1);
    assert_true(d.limit_rate == 2.5);
    assert_true(d.limit_burst == 3); /* default: one second's worth, rounded up */
    pol_decision_clear(&d);
    d = decide(s, "user:export", NULL, MON_0830Z);
    assert_int_equal(d.limit_set, 1);
    assert_true(d.limit_rate == 0); /* unlimited */
    pol_decision_clear(&d);
    d = decide(s, "concern:read", NULL, MON_0830Z);
    assert_int_equal(d.limit_set, 0);
    pol_decision_clear(&d);

    static const char *carol[] = {"user:corp/carol"};
    pol_request r = {.subject_id = "user:corp/carol", .principals = carol, .nprincipals = 1,
                     .hour_utc = -1, .action = "conversation:read", .time_s = MON_0830Z};
    assert_int_equal(pol_eval(s, &r, &d), 0);
    assert_int_equal(d.limit_set, 0);
    assert_int_equal(d.bulk_distinct_users, 0);
    assert_int_equal(d.off_hours, 0);
    pol_decision_clear(&d);
    /* pol_eval_possible fills the same profile. */
    static const char *bob[] = {"user:corp/bob"};
    r.subject_id = "user:corp/bob";
    r.principals = bob;
    assert_int_equal(pol_eval_possible(s, &r, &d), 0);
    assert_int_equal(d.limit_set, 1);
    assert_true(d.limit_rate == 1 && d.limit_burst == 5);
    assert_int_equal(d.bulk_distinct_users, 20);
    pol_decision_clear(&d);
    pol_snapshot_free(s);
}

static int off_hours_at(const pol_snapshot *s, int64_t t)
{
    pol_decision d = decide(s, "concern:read", NULL, t);
    int o = d.off_hours;
    pol_decision_clear(&d);
    return o;
}

static void test_working_hours(void **state)
{
    (void)state;
    /* Berlin office hours Mon-Fri 08:00-18:00; a night shift 22:00-06:00
     * Monday to Friday nights (the Friday shift ends Saturday morning). */
    const char *docs =
        "[{\"name\":\"office\",\"timezone\":\"Europe/Berlin\",\"working_hours\":{\"days\":"
        "  [\"mon\",\"tue\",\"wed\",\"thu\",\"fri\"],\"start\":\"08:00\",\"end\":\"18:00\"},\"rules\":[]},"
        " {\"name\":\"night\",\"timezone\":\"Europe/Berlin\",\"working_hours\":{\"days\":"
        "  [\"mon\"],\"start\":\"22:00\",\"end\":\"06:00\"},\"rules\":[]},"
        " {\"name\":\"nohours\",\"rules\":[]}]";
    pol_snapshot *s = compile(docs, "{\"user:corp/alice\":[\"office\"]}");
    assert_int_equal(off_hours_at(s, MON_0830Z), 0);  /* 09:30 */
    assert_int_equal(off_hours_at(s, MON_0330Z), 1);  /* 04:30 */
    assert_int_equal(off_hours_at(s, SAT_1000Z), 1);  /* Saturday */
    assert_int_equal(off_hours_at(s, 0), 0);          /* no time: nothing to say */
    pol_snapshot_free(s);

    s = compile(docs, "{\"user:corp/alice\":[\"night\"]}");
    assert_int_equal(off_hours_at(s, MON_2230Z), 0);  /* Mon 23:30: the shift */
    assert_int_equal(off_hours_at(s, TUE_0200Z), 0);  /* Tue 03:00: still Monday's shift */
    assert_int_equal(off_hours_at(s, TUE_0200Z + 86400), 1); /* Wed 03:00: no Tuesday shift */
    assert_int_equal(off_hours_at(s, MON_0830Z), 1);
    pol_snapshot_free(s);

    /* Several roles: inside the hours of any one of them is inside. */
    s = compile(docs, "{\"user:corp/alice\":[\"office\",\"night\"]}");
    assert_int_equal(off_hours_at(s, MON_0830Z), 0);
    assert_int_equal(off_hours_at(s, MON_2230Z), 0);
    assert_int_equal(off_hours_at(s, SAT_1000Z), 1);
    pol_snapshot_free(s);
    /* A role without working hours sets none: never off hours. */
    s = compile(docs, "{\"user:corp/alice\":[\"nohours\"]}");
    assert_int_equal(off_hours_at(s, SAT_1000Z), 0);
    pol_snapshot_free(s);
}

static void test_break_glass_minimum_reason(void **state)
{
    (void)state;
    const char *docs =
        "[{\"name\":\"oncall\",\"break_glass_min_reason\":20,\"rules\":["
        "  {\"id\":\"glass\",\"effect\":\"allow\",\"actions\":[\"concern:read\"],"
        "   \"when\":{\"attr\":\"request.purpose\",\"matches\":\"break-glass:*\"}},"
        "  {\"id\":\"ticket\",\"effect\":\"allow\",\"actions\":[\"concern:read\"],"
        "   \"when\":{\"attr\":\"request.purpose\",\"matches\":\"ticket:*\"}}]},"
        " {\"name\":\"lax\",\"break_glass_min_reason\":3,\"rules\":[]}]";
    pol_snapshot *s = compile(docs, "{\"user:corp/alice\":[\"oncall\",\"lax\"]}");
    pol_decision d = decide(s, "concern:read", "break-glass:outage", 1);
    assert_int_equal(d.allow, 0);
    assert_non_null(strstr(d.reason, "break-glass reason is 6 characters"));
    assert_non_null(strstr(d.reason, "at least 20"));
    assert_string_equal(d.rule, "");
    pol_decision_clear(&d);
    d = decide(s, "concern:read", "break-glass:pager 4711, db down, customer 9", 1);
    assert_int_equal(d.allow, 1);
    assert_string_equal(d.rule, "oncall/glass");
    pol_decision_clear(&d);
    d = decide(s, "concern:read", "ticket:1", 1); /* not break-glass: no minimum */
    assert_int_equal(d.allow, 1);
    pol_decision_clear(&d);
    static const char *al[] = {"user:corp/alice"};
    pol_request r = {.subject_id = "user:corp/alice", .principals = al, .nprincipals = 1,
                     .hour_utc = -1, .action = "concern:read", .purpose = "break-glass:x"};
    assert_int_equal(pol_eval_possible(s, &r, &d), 0);
    assert_int_equal(d.allow, 0);
    pol_decision_clear(&d);
    pol_snapshot_free(s);
}

static void test_new_actions_and_admin(void **state)
{
    (void)state;
    assert_true(pol_action_known("lock:write"));
    assert_true(pol_action_known("review:read"));
    assert_true(pol_action_known("review:write"));
    pol_snapshot *s = compile("[{\"name\":\"reviewer\",\"rules\":[{\"id\":\"r\",\"effect\":"
                              "\"allow\",\"actions\":[\"review:*\"]}]}]",
                              "{\"user:corp/alice\":[\"reviewer\"]}");
    pol_decision d = decide(s, "review:write", NULL, 1);
    assert_int_equal(d.allow, 1);
    pol_decision_clear(&d);
    d = decide(s, "lock:write", NULL, 1);
    assert_int_equal(d.allow, 0);
    pol_decision_clear(&d);
    static const char *ad[] = {"svc:admin-cli"}, *admin_role[] = {"admin"};
    const char *acts[] = {"lock:write", "review:read", "review:write"};
    for (size_t i = 0; i < 3; i++) {
        pol_request r = {.subject_id = "svc:admin-cli", .principals = ad, .nprincipals = 1,
                         .extra_roles = admin_role, .nextra = 1, .hour_utc = -1,
                         .action = acts[i]};
        assert_int_equal(pol_eval(s, &r, &d), 0);
        assert_int_equal(d.allow, 1);
        pol_decision_clear(&d);
    }
    pol_snapshot_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_settings_are_validated),
        cmocka_unit_test(test_time_attributes_in_the_roles_zone),
        cmocka_unit_test(test_off_hours_deny_rule),
        cmocka_unit_test(test_limits_and_thresholds_most_generous),
        cmocka_unit_test(test_working_hours),
        cmocka_unit_test(test_break_glass_minimum_reason),
        cmocka_unit_test(test_new_actions_and_admin),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
