/* bench_policy: decisions/s of pol_eval as the number of roles grows.
 *
 * For 10, 1,000 and 10,000 roles (each with three conditional rules, like the
 * contract's support_agent) and 100,000 bindings of other users to random
 * roles, one subject bound to two roles (one through a group) asks for
 * conversation:read. Prints decisions/s and the ratio to the 10-role run.
 * Rates use this thread's CPU time (other processes share the machine), and
 * the three sizes are interleaved over ROUNDS rounds, keeping each one's best. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "policy.h"

#define BINDINGS 100000
#define RUN_SECONDS 0.4
#define ROUNDS 5

static double clock_s(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double now_s(void) { return clock_s(CLOCK_MONOTONIC); }
static double cpu_s(void) { return clock_s(CLOCK_THREAD_CPUTIME_ID); }

static json_t *role_doc(size_t i)
{
    char name[32];
    snprintf(name, sizeof name, "role%05zu", i);
    json_t *doc = json_pack(
        "{s:s, s:s, s:["
        "{s:s, s:s, s:[s,s], s:{s:[{s:s, s:s}, {s:s, s:b}, {s:s, s:s}]}, s:[s,s,s,s,s,s]},"
        "{s:s, s:s, s:[s], s:{s:s, s:b}},"
        "{s:s, s:s, s:[s], s:{s:s, s:[s,s,s]}}]}",
        "name", name, "description", "bench role", "rules",
        "id", "assigned", "effect", "allow", "actions", "conversation:read", "conversation:list",
        "when", "all", "attr", "resource.labels.assignee", "equals", "$subject.id",
        "attr", "resource.consent.human_review", "equals", 1,
        "attr", "request.purpose", "matches", "ticket:*",
        "redact", "email", "phone", "card", "iban", "ip", "pii",
        "id", "held", "effect", "deny", "actions", "*",
        "when", "attr", "resource.legal_hold", "equals", 1,
        "id", "regional", "effect", "allow", "actions", "conversation:list",
        "when", "attr", "resource.labels.region", "in", "eu", "us", "apac");
    if (i > 0 && i % 10 != 0) /* some inheritance, as in real policies */
        json_object_set_new(doc, "inherits", json_pack("[s]", "role00000"));
    return doc;
}

static pol_snapshot *build(size_t nroles, double *compile_s)
{
    json_t *docs = json_array();
    for (size_t i = 0; i < nroles; i++)
        json_array_append_new(docs, role_doc(i));
    json_t *b = json_object();
    srand(42);
    char key[64], role[32];
    for (size_t i = 0; i < BINDINGS - 2; i++) {
        snprintf(key, sizeof key, "user:corp/u%06zu", i);
        snprintf(role, sizeof role, "role%05zu", (size_t)rand() % nroles);
        json_object_set_new(b, key, json_pack("[s]", role));
    }
    json_object_set_new(b, "user:corp/alice", json_pack("[s]", "role00001"));
    json_object_set_new(b, "group:corp/support", json_pack("[s]", "role00002"));
    pol_error err;
    int rc = 0;
    double t0 = now_s();
    pol_snapshot *s = pol_compile(docs, b, 1, NULL, NULL, 0, &err, &rc);
    *compile_s = now_s() - t0;
    if (!s) {
        fprintf(stderr, "compile: %s %s: %s\n", pol_strerror(rc), err.path, err.msg);
        exit(1);
    }
    json_decref(docs);
    json_decref(b);
    return s;
}

static double run(const pol_snapshot *s, long *allows)
{
    static const char *principals[] = {"user:corp/alice", "group:corp/support",
                                       "group:corp/everyone"};
    json_t *res = json_pack("{s:s, s:s, s:{s:s, s:s, s:s}, s:{s:b, s:b}, s:b}", "type",
                            "conversation", "id", "c-1", "labels", "ticket", "4711",
                            "assignee", "user:corp/alice", "region", "eu", "consent",
                            "human_review", 1, "training", 0, "legal_hold", 0);
    pol_request r = {
        .subject_id = "user:corp/alice", .subject_kind = "user",
        .principals = principals, .nprincipals = 3,
        .client = "svc:support-console", .purpose = "ticket:4711", .hour_utc = 10,
        .action = "conversation:read", .resource = res,
    };
    long n = 0;
    *allows = 0;
    double t0 = cpu_s(), el = 0;
    while (el < RUN_SECONDS) {
        for (int k = 0; k < 1000; k++) {
            pol_decision d;
            if (pol_eval(s, &r, &d) == 0 && d.allow)
                (*allows)++;
            pol_decision_clear(&d);
        }
        n += 1000;
        el = cpu_s() - t0;
    }
    json_decref(res);
    return (double)n / el;
}

int main(void)
{
    enum { NSIZES = 3 };
    static const size_t sizes[NSIZES] = {10, 1000, 10000};
    pol_snapshot *snaps[NSIZES];
    double compile_s[NSIZES], best[NSIZES] = {0};
    printf("pol_eval, %d bindings, subject with 2 bound roles (+ inherited), conversation:read\n",
           BINDINGS);
    for (size_t i = 0; i < NSIZES; i++)
        snaps[i] = build(sizes[i], &compile_s[i]);
    for (int round = 0; round < ROUNDS; round++) {
        for (size_t i = 0; i < NSIZES; i++) {
            long allows;
            double rate = run(snaps[i], &allows);
            if (allows == 0) {
                fprintf(stderr, "bench request was not allowed\n");
                return 1;
            }
            if (rate > best[i])
                best[i] = rate;
        }
    }
    printf("%8s %12s %18s %10s %10s\n", "roles", "compile_ms", "decisions/s(cpu)", "us/dec",
           "vs_10");
    for (size_t i = 0; i < NSIZES; i++) {
        printf("%8zu %12.1f %18.0f %10.2f %9.2fx\n", sizes[i], compile_s[i] * 1000, best[i],
               1e6 / best[i], best[i] / best[0]);
        pol_snapshot_free(snaps[i]);
    }
    return 0;
}
