/* policy/tz.c: zone names, and local hour, minute, weekday and UTC offset
 * against glibc's localtime_r (the reference: same tzdata files) for zones
 * with every kind of rule (northern and southern DST, negative DST, 30 and
 * 45 minute offsets, a zone without DST, zones whose footer is a Jn or n
 * rule) at instants spread over 1900..2100, past the files' last
 * transitions into the footer rules. This test alone sets TZ (it is single
 * threaded); tz.c itself never does. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pol_int.h"

static const char *const zones[] = {
    "Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata",
    "America/St_Johns", "Pacific/Chatham", "Europe/Dublin", "America/Sao_Paulo",
    "Asia/Tehran", "Antarctica/Troll", "Africa/Casablanca", "Pacific/Kiritimati",
    "America/Santiago", "Asia/Gaza", "Europe/London", "UTC", "Etc/GMT+5",
    "America/Godthab", "Pacific/Apia", "Asia/Jerusalem",
};

static void compare_zone(const char *name)
{
    const char *why = NULL;
    const pol_tz *z = pol_tz_get(name, &why);
    if (!z)
        fail_msg("%s: %s", name, why);
    setenv("TZ", name, 1);
    tzset();
    /* A step that is no multiple of an hour or a day walks every time of day. */
    const int64_t from = -2208988800LL, to = 4102444800LL, step = 7 * 3600 + 1601;
    size_t n = 0;
    for (int64_t t = from; t < to; t += step, n++) {
        time_t tt = (time_t)t;
        struct tm tm;
        assert_non_null(localtime_r(&tt, &tm));
        pol_tm got;
        pol_tz_local(z, t, &got);
        if (got.offset != tm.tm_gmtoff || got.hour != tm.tm_hour || got.minute != tm.tm_min ||
            got.weekday != (tm.tm_wday == 0 ? 7 : tm.tm_wday))
            fail_msg("%s at %lld: ours offset %d %02d:%02d wd %d, glibc offset %ld %02d:%02d "
                     "wday %d",
                     name, (long long)t, got.offset, got.hour, got.minute, got.weekday,
                     tm.tm_gmtoff, tm.tm_hour, tm.tm_min, tm.tm_wday);
    }
    assert_true(n > 100000);
}

static void test_local_time_matches_glibc(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof zones / sizeof zones[0]; i++)
        compare_zone(zones[i]);
    unsetenv("TZ");
    tzset();
}

/* Around the instants of the 2030 changes in Berlin (footer rule only). */
static void test_footer_rule_edges(void **state)
{
    (void)state;
    const pol_tz *z = pol_tz_get("Europe/Berlin", NULL);
    assert_non_null(z);
    /* 2030-03-31 01:00:00Z: CET -> CEST; 2030-10-27 01:00:00Z: back. */
    const int64_t spring = 1901149200, autumn = 1919293200;
    pol_tm tm;
    pol_tz_local(z, spring - 1, &tm);
    assert_int_equal(tm.offset, 3600);
    assert_int_equal(tm.hour, 1);
    pol_tz_local(z, spring, &tm);
    assert_int_equal(tm.offset, 7200);
    assert_int_equal(tm.hour, 3);
    assert_int_equal(tm.weekday, 7); /* a Sunday */
    pol_tz_local(z, autumn - 1, &tm);
    assert_int_equal(tm.offset, 7200);
    pol_tz_local(z, autumn, &tm);
    assert_int_equal(tm.offset, 3600);
}

static void test_names(void **state)
{
    (void)state;
    assert_true(pol_tz_name_ok("Europe/Berlin"));
    assert_true(pol_tz_name_ok("Etc/GMT+5"));
    assert_true(pol_tz_name_ok("UTC"));
    static const char *const bad[] = {
        "", "/etc/passwd", "../etc/passwd", "Europe/../../etc/passwd", "Europe//Berlin",
        "Europe/Berlin/", "Europe/.", "a b", "Europe/Berlin\n",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        const char *why = NULL;
        assert_false(pol_tz_name_ok(bad[i]));
        assert_null(pol_tz_get(bad[i], &why));
        assert_non_null(why);
    }
    const char *why = NULL;
    assert_null(pol_tz_get("Europe/Atlantis", &why));
    assert_non_null(strstr(why, "unknown time zone"));
    /* A directory and a file that is not TZif are refused too. */
    assert_null(pol_tz_get("Europe", &why));
    assert_null(pol_tz_get("zone1970.tab", &why));
    /* The same zone twice is one cached object. */
    assert_ptr_equal(pol_tz_get("Asia/Tokyo", NULL), pol_tz_get("Asia/Tokyo", NULL));
    assert_string_equal(pol_tz_name(pol_tz_get("Asia/Tokyo", NULL)), "Asia/Tokyo");
}

/* TZDIR selects the database; UTC works without one. */
static void test_tzdir_and_builtin_utc(void **state)
{
    (void)state;
    setenv("TZDIR", "/nonexistent", 1);
    const char *why = NULL;
    assert_null(pol_tz_get("Europe/Paris", &why));
    const pol_tz *u = pol_tz_get("UTC", &why); /* cached or built in */
    assert_non_null(u);
    pol_tm tm;
    pol_tz_local(u, 86400 * 4 + 3600 * 5, &tm); /* 1970-01-05 05:00Z, a Monday */
    assert_int_equal(tm.hour, 5);
    assert_int_equal(tm.weekday, 1);
    unsetenv("TZDIR");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_footer_rule_edges),
        cmocka_unit_test(test_tzdir_and_builtin_utc),
        cmocka_unit_test(test_local_time_matches_glibc),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
