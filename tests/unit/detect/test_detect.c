/* Unit tests for gateway/detect: which decisions raise which alerts, the
 * one-burst-alert-per-window rule, coalescing of audit failures, the ring
 * cap and since_id. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "errors.h"
#include "detect.h"

static int reset(void **state)
{
	(void)state;
	detect_reset();
	return 0;
}

static void observe(const char *decision, const char *subject, const char *purpose,
		    const char *request_id)
{
	json_t *e = json_pack("{s:s,s:s,s:s,s:s,s:s}", "decision", decision, "subject", subject,
			      "action", "conversation:read", "resource", "conversation/c-1",
			      "request_id", request_id);
	if (purpose)
		json_object_set_new(e, "purpose", json_string(purpose));
	else
		json_object_set_new(e, "purpose", json_null());
	detect_observe(e);
	json_decref(e);
}

static size_t count_kind(const json_t *alerts, const char *kind)
{
	size_t n = 0, i;
	json_t *a;
	json_array_foreach(alerts, i, a)
		n += !strcmp(json_string_value(json_object_get(a, "kind")), kind);
	return n;
}

static void test_break_glass_allow_raises_an_alert_and_a_deny_does_not(void **state)
{
	(void)state;
	observe("allow", "user:corp/alice", "ticket:1", "r-1");
	observe("deny", "user:corp/bob", "break-glass:fire", "r-2");
	observe("allow", "user:corp/carol", "break-glass:outage-7", "r-3");
	json_t *a = detect_alerts(0);
	assert_int_equal(json_array_size(a), 1);
	json_t *x = json_array_get(a, 0);
	assert_string_equal(json_string_value(json_object_get(x, "kind")), "break_glass");
	assert_string_equal(json_string_value(json_object_get(x, "subject")), "user:corp/carol");
	assert_non_null(strstr(json_string_value(json_object_get(x, "detail")), "r-3"));
	assert_non_null(json_object_get(x, "time"));
	json_decref(a);
}

static void test_tenth_denial_raises_one_burst_alert_per_window(void **state)
{
	(void)state;
	for (int i = 0; i < DETECT_BURST_N - 1; i++)
		observe("deny", "svc:x", NULL, "r");
	observe("deny", "svc:other", NULL, "r"); /* another subject does not count */
	json_t *a = detect_alerts(0);
	assert_int_equal(count_kind(a, "denial_burst"), 0);
	json_decref(a);
	observe("deny", "svc:x", NULL, "r-10");
	a = detect_alerts(0);
	assert_int_equal(count_kind(a, "denial_burst"), 1);
	json_decref(a);
	for (int i = 0; i < 25; i++)
		observe("deny", "svc:x", NULL, "r");
	a = detect_alerts(0);
	assert_int_equal(count_kind(a, "denial_burst"), 1);
	json_decref(a);
	/* errors (token failures) and allows are not denials */
	for (int i = 0; i < 20; i++) {
		observe("error", "svc:y", NULL, "r");
		observe("allow", "svc:y", NULL, "r");
	}
	a = detect_alerts(0);
	assert_int_equal(count_kind(a, "denial_burst"), 1);
	json_decref(a);
}

static void test_record_failures_coalesce_into_one_alert(void **state)
{
	(void)state;
	detect_record_failed("svc:a", "r-first", AUDIT_E_UNAVAILABLE);
	for (int i = 0; i < 40; i++)
		detect_record_failed("svc:b", "r-later", AUDIT_E_TIMEOUT);
	json_t *a = detect_alerts(0);
	assert_int_equal(json_array_size(a), 1);
	const char *d = json_string_value(json_object_get(json_array_get(a, 0), "detail"));
	assert_non_null(strstr(d, "41 decision"));
	assert_non_null(strstr(d, "r-first"));
	assert_null(strstr(d, "r-later"));
	json_decref(a);
}

static void test_ring_keeps_the_newest_and_since_id_filters(void **state)
{
	(void)state;
	for (int i = 0; i < DETECT_RING + 10; i++)
		observe("allow", "svc:z", "break-glass:x", "r");
	json_t *a = detect_alerts(0);
	assert_int_equal(json_array_size(a), DETECT_RING);
	json_int_t first = json_integer_value(json_object_get(json_array_get(a, 0), "id"));
	json_int_t last =
		json_integer_value(json_object_get(json_array_get(a, DETECT_RING - 1), "id"));
	assert_int_equal(last - first, DETECT_RING - 1);
	json_decref(a);
	a = detect_alerts((uint64_t)last - 3);
	assert_int_equal(json_array_size(a), 3);
	json_decref(a);
	a = detect_alerts((uint64_t)last);
	assert_int_equal(json_array_size(a), 0);
	json_decref(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_break_glass_allow_raises_an_alert_and_a_deny_does_not,
				       reset),
		cmocka_unit_test_setup(test_tenth_denial_raises_one_burst_alert_per_window, reset),
		cmocka_unit_test_setup(test_record_failures_coalesce_into_one_alert, reset),
		cmocka_unit_test_setup(test_ring_keeps_the_newest_and_since_id_filters, reset),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
