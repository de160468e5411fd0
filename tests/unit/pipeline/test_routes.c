/* Unit tests of the route matcher (gateway/pipeline/routes.c) over a small
 * table of its own: literal and parameter segments, the rest capture,
 * percent-decoding after the split (an encoded '/' stays inside its
 * parameter), the first match winning, and the three refusals. The real
 * table is tested in tests/unit/handlers/test_table.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "errors.h"
#include "routes.h"

static void act(struct req *r)
{
	(void)r;
}

static const struct route table[] = {
	{"GET", "/v1/things", "thing:list", "thing", NULL, NULL, act, NULL},
	{"POST", "/v1/things", "thing:create", "thing", NULL, NULL, act, NULL},
	{"GET", "/v1/things/special", "thing:special", NULL, NULL, NULL, act, NULL},
	{"GET", "/v1/things/{}", "thing:read", NULL, NULL, NULL, act, NULL},
	{"PUT", "/v1/things/{}/parts/{}", "thing:part", NULL, NULL, NULL, act, NULL},
	{"GET", "/v1/files/{...}", "file:read", NULL, NULL, NULL, act, NULL},
};
#define N (sizeof table / sizeof table[0])

static void clear(struct req *r)
{
	for (size_t i = 0; i < r->nparams; i++)
		free(r->params[i]);
	memset(r, 0, sizeof *r);
}

static const struct route *ok(const char *method, const char *path, struct req *r)
{
	memset(r, 0, sizeof *r);
	int rc = routes_match(table, N, method, path, r);
	if (rc != ROUTE_OK)
		fail_msg("%s %s: %s", method, path, custos_errname(rc));
	return r->route;
}

static void refused(const char *method, const char *path, int want)
{
	struct req r;
	memset(&r, 0, sizeof r);
	assert_int_equal(routes_match(table, N, method, path, &r), want);
	assert_null(r.route);
	assert_int_equal(r.nparams, 0); /* nothing left behind on a refusal */
}

static void test_literal_routes_match_by_method(void **state)
{
	(void)state;
	struct req r;
	assert_ptr_equal(ok("GET", "/v1/things", &r), &table[0]);
	assert_int_equal(r.nparams, 0);
	assert_ptr_equal(ok("POST", "/v1/things", &r), &table[1]);
	clear(&r);
}

static void test_first_match_wins_over_a_later_parameter(void **state)
{
	(void)state;
	struct req r;
	assert_ptr_equal(ok("GET", "/v1/things/special", &r), &table[2]);
	assert_int_equal(r.nparams, 0);
	assert_ptr_equal(ok("GET", "/v1/things/other", &r), &table[3]);
	assert_int_equal(r.nparams, 1);
	assert_string_equal(r.params[0], "other");
	clear(&r);
}

static void test_parameters_are_decoded_after_the_split(void **state)
{
	(void)state;
	struct req r;
	assert_ptr_equal(ok("PUT", "/v1/things/a%2Fb/parts/%41%20z", &r), &table[4]);
	assert_int_equal(r.nparams, 2);
	assert_string_equal(r.params[0], "a/b"); /* an encoded '/' stays inside */
	assert_string_equal(r.params[1], "A z");
	clear(&r);
}

static void test_the_rest_capture_takes_every_segment(void **state)
{
	(void)state;
	struct req r;
	assert_ptr_equal(ok("GET", "/v1/files/a/b/c%2Ed", &r), &table[5]);
	assert_int_equal(r.nparams, 1);
	assert_string_equal(r.params[0], "a/b/c.d");
	clear(&r);
}

static void test_unknown_paths_and_methods_are_told_apart(void **state)
{
	(void)state;
	refused("GET", "/v1/nothing", ROUTE_NOT_FOUND);
	refused("GET", "/v1/things/", ROUTE_NOT_FOUND);   /* empty parameter */
	refused("GET", "/v1/things/a/b", ROUTE_NOT_FOUND); /* one segment only */
	refused("GET", "/v1/thing", ROUTE_NOT_FOUND);
	refused("GET", "/v1/thingsx", ROUTE_NOT_FOUND);
	refused("GET", "/v1/files/", ROUTE_NOT_FOUND);
	refused("", "/v1/things", ROUTE_BAD_METHOD);
	refused("DELETE", "/v1/things", ROUTE_BAD_METHOD);
	refused("DELETE", "/v1/things/x", ROUTE_BAD_METHOD); /* params of the GET freed */
	refused("get", "/v1/things", ROUTE_BAD_METHOD);       /* methods are case-sensitive */
}

static void test_bad_encodings_are_refused(void **state)
{
	(void)state;
	refused("GET", "/v1/things/%zz", ROUTE_BAD_PATH);
	refused("GET", "/v1/things/%4", ROUTE_BAD_PATH);
	refused("GET", "/v1/things/a%00b", ROUTE_BAD_PATH); /* NUL */
	char path[32 + 3 * ROUTE_PARAM_MAX];
	strcpy(path, "/v1/things/");
	size_t o = strlen(path);
	memset(path + o, 'x', ROUTE_PARAM_MAX);
	path[o + ROUTE_PARAM_MAX] = '\0';
	struct req r;
	assert_ptr_equal(ok("GET", path, &r), &table[3]); /* at the cap: fine */
	clear(&r);
	path[o + ROUTE_PARAM_MAX] = 'x';
	path[o + ROUTE_PARAM_MAX + 1] = '\0';
	refused("GET", path, ROUTE_BAD_PATH);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_literal_routes_match_by_method),
		cmocka_unit_test(test_first_match_wins_over_a_later_parameter),
		cmocka_unit_test(test_parameters_are_decoded_after_the_split),
		cmocka_unit_test(test_the_rest_capture_takes_every_segment),
		cmocka_unit_test(test_unknown_paths_and_methods_are_told_apart),
		cmocka_unit_test(test_bad_encodings_are_refused),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
