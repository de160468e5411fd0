/* Unit tests of base/jload: for every input it gives what json_loadb gives,
 * the same tree (types, values, member order) or the same error (text, line,
 * column), whether it parsed the input itself or left it to jansson:
 * malformed input, duplicate keys, unicode escapes and surrogates, bounds
 * (depth, integer range), control characters and invalid UTF-8. The fuzz
 * target tests/fuzz/fuzz_jload.c does the same on arbitrary input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jload.h"
#include "../../fuzz/jload_members_check.h"

#define FLAGS JSON_REJECT_DUPLICATES

static void same_as_jansson_n(const char *s, size_t n, size_t flags)
{
	json_error_t je = {0}, we = {0};
	json_t *got = jload(s, n, flags, &je);
	json_t *want = json_loadb(s, n, flags, &we);
	if (!want) {
		assert_null(got);
		assert_string_equal(je.text, we.text);
		assert_int_equal(je.line, we.line);
		assert_int_equal(je.column, we.column);
		assert_int_equal(je.position, we.position);
		return;
	}
	assert_non_null(got);
	assert_true(json_equal(got, want));
	char *a = json_dumps(got, JSON_COMPACT | JSON_ENCODE_ANY);
	char *b = json_dumps(want, JSON_COMPACT | JSON_ENCODE_ANY);
	assert_non_null(a);
	assert_string_equal(a, b); /* the member order too */
	free(a);
	free(b);
	json_decref(got);
	json_decref(want);
}

/* Parsed by jload itself, not handed to jansson. */
static void own(const char *s)
{
	json_t *v = jload_own(s, strlen(s), FLAGS);
	assert_non_null(v);
	json_decref(v);
}

/* Left to jansson. */
static void not_own(const char *s)
{
	assert_null(jload_own(s, strlen(s), FLAGS));
}

static void same(const char *s)
{
	same_as_jansson_n(s, strlen(s), FLAGS);
	same_as_jansson_n(s, strlen(s), FLAGS | JSON_DECODE_ANY);
	same_as_jansson_n(s, strlen(s), 0);
}

static void test_an_authorize_body_parses_as_jansson_parses_it(void **state)
{
	(void)state;
	same("{\"action\":\"conversation:read\",\"purpose\":\"ticket:4711\",\"resource\":{\"type\":"
	     "\"conversation\",\"id\":\"c-1\",\"labels\":{\"assignee\":\"user:corp/alice\"},"
	     "\"consent\":{\"human_review\":true},\"legal_hold\":false}}");
	same(" \t\r\n{ \"a\" : [ 1 , -2 , 0 , -0 , null , true , false , [ ] , { } ] } \n");
	same("{\"z\":1,\"a\":2,\"m\":{\"y\":[],\"b\":{}}}");
	same("[]");
	same("{}");
	own("{\"action\":\"conversation:read\",\"resource\":{\"id\":\"c-1\",\"n\":-12,"
	    "\"ok\":true,\"x\":null,\"l\":[\"\\u00e9\\ud83d\\ude00\\n\"]}}");
	own(" [ ] ");
}

static void test_malformed_input_gives_jansson_s_error(void **state)
{
	(void)state;
	static const char *const bad[] = {
		"",        " ",        "{",         "}",           "[1,]",        "{\"a\":1,}",
		"{\"a\"}", "{\"a\" 1}", "{a:1}",     "{\"a\":01}",  "{\"a\":-}",   "{\"a\":1.}",
		"{\"a\":tru}", "{\"a\":truex}", "{\"a\":nul}", "[1 2]", "[1]x", "[1]]",
		"\"top\"", "1",       "null",      "{\"a\":\"\x01\"}", "{\"a\":\"unterminated}",
		"{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"\\u12G4\"}", "[\"\\",
		"{\"a\":[1,{\"b\":]}]}", "[\x7f]", "{\"\xff\":1}", "[\"\xc0\x80\"]",
		"[\"\xed\xa0\x80\"]", "[\"\xf4\x90\x80\x80\"]", "[\"\xe2\x82\"]"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		same(bad[i]);
		not_own(bad[i]);
	}
	same_as_jansson_n("[1,\0 2]", 6, FLAGS); /* a NUL between values */
	same_as_jansson_n("[\"a\0b\"]", 7, FLAGS); /* a raw NUL in a string */
	same_as_jansson_n(NULL, 0, FLAGS);
}

/* A NULL text is refused before its end (s + n) is computed: NULL plus a
 * length is undefined (clang's UBSan reports it; GCC's does not). */
static void test_a_null_text_is_refused_whatever_its_length(void **state)
{
	(void)state;
	static const char *const keys[] = {"action"};
	struct jload_member out[1];
	assert_null(jload_own(NULL, 8, FLAGS));
	assert_null(jload_own(NULL, 0, FLAGS));
	memset(out, 0xab, sizeof out);
	assert_int_equal(jload_members(NULL, 8, keys, "\"", 1, out), 1);
	assert_int_equal(out[0].type, 0);
	assert_int_equal(jload_members(NULL, 0, keys, "\"", 1, out), 1);
}

static void test_duplicate_keys_are_refused_as_jansson_refuses_them(void **state)
{
	(void)state;
	same("{\"a\":1,\"a\":2}");
	same("{\"a\":1,\"b\":{\"c\":1,\"c\":1}}");
	same("{\"a\":1,\"\\u0061\":2}"); /* the same key once decoded */
	same("{\"\":1,\"\":2}");
	not_own("{\"a\":1,\"\\u0061\":2}");
}

static void test_unicode_escapes_and_surrogates(void **state)
{
	(void)state;
	same("[\"\\u00e9\\u20AC\\uFFFF\\u0001\\u001f\\\"\\\\\\/\\b\\f\\n\\r\\t\"]");
	same("[\"\\ud83d\\ude00 pair\", \"\\uD83D\\uDE00\"]");
	same("[\"\\ud83d alone\"]");       /* a high surrogate without its pair */
	same("[\"\\ude00 alone\"]");       /* a lone low surrogate */
	same("[\"\\ud83d\\u0041\"]");      /* a high surrogate then no low one */
	same("[\"\\ud83d\\\"\"]");
	same("[\"\\u0000\"]");             /* NUL: refused without JSON_ALLOW_NUL */
	not_own("[\"\\ud83d alone\"]");
	own("[\"\\ud83d\\ude00\"]");
	same("{\"k\\u0000\":1}");          /* NUL in a key */
	same("{\"\\u00e9t\\u00e9\":\"\xc3\xa9t\xc3\xa9 \xf0\x9f\x98\x80\"}");
	same_as_jansson_n("[\"\\u0000\"]", 10, FLAGS | JSON_ALLOW_NUL); /* not jload's flag */
}

static void test_bounds_depth_and_integer_range(void **state)
{
	(void)state;
	char deep[8192];
	for (size_t depth = JLOAD_MAX_DEPTH - 1; depth <= 2100; depth += 1000) {
		size_t n = 0;
		for (size_t i = 0; i < depth; i++)
			deep[n++] = '[';
		for (size_t i = 0; i < depth; i++)
			deep[n++] = ']';
		same_as_jansson_n(deep, n, FLAGS);
	}
	for (size_t depth = JLOAD_MAX_DEPTH - 1; depth <= JLOAD_MAX_DEPTH + 2; depth++) {
		size_t n = 0;
		for (size_t i = 0; i < depth; i++)
			n += (size_t)snprintf(deep + n, sizeof deep - n, "{\"k\":");
		deep[n++] = '1';
		for (size_t i = 0; i < depth; i++)
			deep[n++] = '}';
		same_as_jansson_n(deep, n, FLAGS);
	}
	same("[9223372036854775807,-9223372036854775808]");
	same("[9223372036854775808]");
	same("[-9223372036854775809]");
	same("[123456789012345678901234567890]");
	same("[1.5,-0.0,1e3,1E-3,2e+2,1e400,-1e400,1e-400]"); /* reals are jansson's */
	not_own("[1.5]");
	not_own("[9223372036854775808]");
	own("[9223372036854775807,-9223372036854775808]");
}

/* The authorize body's plain reading takes the common bodies, agrees with
 * jansson on each (jload_members_check.h), and leaves everything unusual to
 * the tree path. */
static void test_members_of_a_plain_body(void **state)
{
	(void)state;
	static const char *const taken[] = {
		"{\"action\":\"conversation:read\",\"purpose\":\"ticket:4711\",\"resource\":"
		"{\"type\":\"conversation\",\"id\":\"c-1\",\"labels\":{\"assignee\":\"user:corp/a\"},"
		"\"consent\":{\"human_review\":true},\"legal_hold\":false}}",
		" {\n\t\"action\" : \"x\" ,\r\n \"subject\":\"user:corp/b\", \"groups\": "
		"[\"group:corp/x\", \"g\\u00e9\"] } \n",
		"{}",
		"{\"token\":\"\"}",
		"{\"resource\":{\"s\":\"a } ] \\\" [ {\"}}",
		/* containers that are not JSON: taken, but jansson refuses the
		 * body exactly when it refuses them */
		"{\"resource\":{\"a\":1,\"a\":2}}",
		"{\"resource\":{\"a\":tru}}",
		"{\"groups\":[1,]}",
		"{\"resource\":{\"a\":\"\x01\"}}",
		"{\"resource\":{\"a\":\"\xc3\x28\"}}",
	};
	static const char *const left[] = {
		"", "[]", "{", "{\"action\":\"x\"", "{\"action\":\"x\"}}", "{\"action\":\"x\",}",
		"{\"other\":\"x\"}", "{\"action\":\"x\",\"action\":\"y\"}",
		"{\"\\u0061ction\":\"x\"}", "{\"action\":\"\\n\"}", "{\"action\":\"caf\xc3\xa9\"}",
		"{\"action\":\"a\x7f\"}", "{\"action\":\"a\tb\"}", "{\"action\":5}",
		"{\"action\":null}", "{\"action\":{}}", "{\"resource\":\"x\"}", "{\"groups\":{}}",
		"{\"resource\":{\"a\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}}",
		"{\"resource\":{\"a\":1}", "{\"resource\":{\"a\":\"}\"", "\xef\xbb\xbf{}",
		"{} x", "{\"action\" \"x\"}", "{\"groups\":[1,}]}",
	};
	for (size_t i = 0; i < sizeof taken / sizeof taken[0]; i++)
		assert_int_equal(jload_members_check(taken[i], strlen(taken[i])), 0);
	for (size_t i = 0; i < sizeof left / sizeof left[0]; i++)
		assert_int_equal(jload_members_check(left[i], strlen(left[i])), 1);
	/* every prefix of a body is left or agrees with jansson */
	const char *b = taken[0];
	for (size_t n = 0; n <= strlen(b); n++)
		jload_members_check(b, n);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_an_authorize_body_parses_as_jansson_parses_it),
		cmocka_unit_test(test_malformed_input_gives_jansson_s_error),
		cmocka_unit_test(test_a_null_text_is_refused_whatever_its_length),
		cmocka_unit_test(test_duplicate_keys_are_refused_as_jansson_refuses_them),
		cmocka_unit_test(test_unicode_escapes_and_surrogates),
		cmocka_unit_test(test_bounds_depth_and_integer_range),
		cmocka_unit_test(test_members_of_a_plain_body),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
