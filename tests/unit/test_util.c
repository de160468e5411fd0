/* Unit tests of util.c: the RFC 3339 parser that request bodies reach
 * (conversation and revocation "expires_at", message "at") and base64. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "util.h"

/* A heap copy of exactly strlen+1 bytes: under ASan a read past the NUL fails. */
static int parse_exact(const char *s, time_t *t)
{
	size_t n = strlen(s) + 1;
	char *c = malloc(n);
	assert_non_null(c);
	memcpy(c, s, n);
	int rc = util_parse_rfc3339(c, t);
	free(c);
	return rc;
}

static void test_rfc3339_utc_and_offsets_give_the_same_instant(void **state)
{
	(void)state;
	time_t a = 0, b = 0, c = 0;
	assert_int_equal(parse_exact("2026-11-29T04:00:00Z", &a), 0);
	assert_int_equal(parse_exact("2026-11-29T09:30:00.123+05:30", &b), 0);
	assert_int_equal(parse_exact("2026-11-28T23:00:00-05:00", &c), 0);
	assert_int_equal(a, 1795924800);
	assert_int_equal(b, a);
	assert_int_equal(c, a);
}

/* Found by fuzz_util: the offset was read with sscanf("%2d:%2d") and then
 * skipped as exactly six bytes, so "+5:30" read past the end of the string. */
static void test_rfc3339_offset_must_be_exactly_hh_colon_mm(void **state)
{
	(void)state;
	static const char *const bad[] = {
		"2026-11-29T04:00:00+5:30", "2026-11-29T04:00:00+05:3", "2026-11-29T04:00:00+05",
		"2026-11-29T04:00:00+", "2026-11-29T04:00:00+ 5:30", "2026-11-29T04:00:00+-1:00",
		"2026-11-29T04:00:00+05:30Z", "2026-11-29T04:00:00+24:00", "2026-11-29T04:00:00+05:60",
		"2026-11-29T04:00:00", "2026-11-29T04:00:00.Z",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		time_t t = 0;
		if (parse_exact(bad[i], &t) != -1)
			fail_msg("accepted %s", bad[i]);
	}
}

static void test_base64_never_writes_past_outsz(void **state)
{
	(void)state;
	uint8_t out[8];
	memset(out, 0xAA, sizeof out);
	assert_int_equal(util_base64_decode("QUJD REVG", 9, out, 6), 6);
	assert_memory_equal(out, "ABCDEF", 6);
	assert_int_equal(out[6], 0xAA);
	assert_int_equal(util_base64_decode("QUJDREVG", 8, out, 5), -1);
	assert_int_equal(util_base64_decode("QUJDR", 5, out, sizeof out), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rfc3339_utc_and_offsets_give_the_same_instant),
		cmocka_unit_test(test_rfc3339_offset_must_be_exactly_hh_colon_mm),
		cmocka_unit_test(test_base64_never_writes_past_outsz),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
