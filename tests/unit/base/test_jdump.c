/* Unit tests of base/jdump: its output is jansson's json_dumps output, byte
 * for byte, for the flags it serves (JSON replies: compact, insertion order;
 * audit entries: compact, sorted keys), and it fails where jansson fails.
 * tests/fuzz/fuzz_jdump.c checks the same on arbitrary trees. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "errors-t.h"
#include "jdump.h"

#define REPLY (JSON_COMPACT | JSON_PRESERVE_ORDER)
#define CANON (JSON_COMPACT | JSON_SORT_KEYS)

/* jdump's output equals json_dumps's for v, with both flag sets; v is
 * consumed. */
static void same_as_jansson(json_t *v, size_t flags)
{
	char *want = json_dumps(v, flags);
	struct buf b;
	buf_init(&b, 1 << 20);
	int rc = jdump(v, flags, &b);
	if (!want) {
		assert_int_equal(rc, CUSTOS_E_ARG);
		assert_int_equal(b.len, 0);
	} else {
		assert_int_equal(rc, 0);
		assert_int_equal(b.len, strlen(want));
		assert_memory_equal(b.p, want, b.len);
	}
	free(want);
	buf_free(&b);
}

static void both(json_t *v)
{
	same_as_jansson(v, REPLY);
	same_as_jansson(v, CANON);
	json_decref(v);
}

static void test_every_control_character_and_escape_is_jansson_s(void **state)
{
	(void)state;
	char s[160];
	size_t n = 0;
	for (int c = 0; c < 0x20; c++)
		s[n++] = (char)c; /* \u0000 .. \u001F, \b \f \n \r \t */
	memcpy(s + n, "\"\\/\x7f plain ", 10);
	n += 10;
	memcpy(s + n, "\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \xef\xbf\xbf \xf4\x8f\xbf\xbf", 20);
	n += 20;
	json_t *o = json_object();
	json_object_set_new(o, "s", json_stringn(s, n));
	json_object_setn_new(o, s, n, json_true()); /* the same bytes as a key */
	json_object_set_new(o, "empty", json_string(""));
	both(o);
}

static void test_keys_sort_by_bytes_then_length_and_keep_insertion_order(void **state)
{
	(void)state;
	static const char *const keys[] = {"b", "ab", "a", "", "A", "a\x7f", "\xc3\xa9", "aa"};
	json_t *o = json_object();
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
		json_object_set_new(o, keys[i], json_integer((json_int_t)i));
	json_object_setn_new(o, "a\0b", 3, json_null()); /* a NUL inside a key */
	both(json_incref(o));
	/* more members than are sorted on the stack */
	for (int i = 0; i < 100; i++) {
		char k[16];
		snprintf(k, sizeof k, "k%d", (i * 37) % 100);
		json_object_set_new(o, k, json_pack("{s:[i,b,n]}", "x", i, i & 1));
	}
	both(o);
}

static void test_numbers_and_literals(void **state)
{
	(void)state;
	both(json_pack("[I,I,i,i,I,f,f,f,f,f,b,b,n,{},[]]", (json_int_t)INT64_MIN,
		       (json_int_t)INT64_MAX, 0, -1, (json_int_t)1234567890123, 0.1, 1e300, -0.0,
		       3.0, 2.5e-300, 1, 0));
}

static void test_invalid_utf8_fails_like_jansson_and_leaves_the_buffer(void **state)
{
	(void)state;
	static const char *const bad[] = {"\xc0\x80", "\xc1\xbf",     "\xed\xa0\x80",
					  "\xf4\x90\x80\x80", "\xe2\x82", "\x80",
					  "\xf5\x80\x80\x80", "\xe0\x9f\xbf", "\xf0\x8f\xbf\xbf"};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		json_t *a = json_array();
		json_array_append_new(a, json_stringn_nocheck(bad[i], strlen(bad[i])));
		struct buf b;
		buf_init(&b, 1024);
		assert_int_equal(buf_adds(&b, "kept"), 0);
		assert_int_equal(jdump(a, REPLY, &b), CUSTOS_E_ARG);
		assert_string_equal(b.p, "kept");
		assert_null(json_dumps(a, REPLY));
		buf_free(&b);
		json_decref(a);
	}
}

static void test_deep_trees_scalars_and_other_flags_are_jansson_s(void **state)
{
	(void)state;
	/* arrays in objects, deeper than jdump goes itself */
	json_t *deep = json_pack("{s:s}", "end", "\n");
	for (int i = 0; i < JDUMP_MAX_DEPTH + 10; i++)
		deep = i % 2 ? json_pack("[o]", deep) : json_pack("{s:o}", "z", deep);
	assert_non_null(deep);
	both(deep);
	json_t *s = json_string("x");
	same_as_jansson(s, REPLY); /* not a container: NULL */
	same_as_jansson(s, REPLY | JSON_ENCODE_ANY);
	json_decref(s);
	json_t *o = json_pack("{s:s,s:[i,i]}", "k\xc3\xa9/", "v\xc3\xa9/", "a", 1, 2);
	same_as_jansson(o, JSON_INDENT(2) | JSON_SORT_KEYS);
	same_as_jansson(o, JSON_COMPACT | JSON_ENSURE_ASCII);
	same_as_jansson(o, JSON_COMPACT | JSON_ESCAPE_SLASH);
	same_as_jansson(o, 0);
	json_decref(o);
	struct buf b;
	buf_init(&b, 16);
	assert_int_equal(jdump(NULL, REPLY, &b), CUSTOS_E_ARG);
	buf_free(&b);
}

static void test_cap_is_kept(void **state)
{
	(void)state;
	json_t *o = json_pack("{s:s}", "k", "0123456789"); /* {"k":"0123456789"}: 18 bytes */
	struct buf b;
	buf_init(&b, 18);
	assert_int_equal(jdump(o, CANON, &b), 0);
	assert_string_equal(b.p, "{\"k\":\"0123456789\"}");
	buf_free(&b);
	buf_init(&b, 17);
	assert_int_equal(jdump(o, CANON, &b), CUSTOS_E_TOOBIG);
	buf_free(&b);
	json_decref(o);
}

/* The string scan reads eight bytes at a time: every special byte at every
 * offset of strings around the word size is still seen, in values and keys,
 * and jdump_string writes what jdump writes for the string. */
static void test_special_bytes_at_every_offset_of_a_word(void **state)
{
	(void)state;
	static const char *const special[] = {"\x01", "\x1f", "\"", "\\", "\x7f", " ",
					      "\xc3\xa9", "\xf0\x9f\x98\x80", "\xff", "\xc3"};
	for (size_t k = 0; k < sizeof special / sizeof special[0]; k++) {
		size_t sl = strlen(special[k]);
		for (size_t len = 0; len <= 26; len++) {
			for (size_t at = 0; at <= len; at++) {
				char s[64];
				memset(s, 'a', len);
				memcpy(s + at, special[k], sl);
				memset(s + at + sl, 'b', len - at);
				size_t n = len + sl;
				json_t *o = json_object();
				json_object_set_new(o, "k", json_stringn(s, n));
				json_object_set_new(o, "z", json_integer((json_int_t)n));
				if (json_object_size(o) == 2) {
					json_t *a = json_pack("[O]", o);
					json_object_setn_new(o, s, n, json_true());
					both(a);
				}
				char *want = json_dumps(json_object_get(o, "k"), JSON_ENCODE_ANY);
				struct buf b;
				buf_init(&b, 1 << 10);
				int rc = jdump_string(&b, s, n);
				if (want) {
					assert_int_equal(rc, 0);
					assert_string_equal(b.p, want);
				} else {
					assert_int_equal(rc, CUSTOS_E_ARG);
					assert_int_equal(b.len, 0);
				}
				free(want);
				buf_free(&b);
				both(o);
			}
		}
	}
	struct buf b;
	buf_init(&b, 64);
	assert_int_equal(jdump_int(&b, INT64_MIN), 0);
	assert_string_equal(b.p, "-9223372036854775808");
	buf_free(&b);
}

/* jdump_members says where each member of the dump starts: its key's quote,
 * in the order written (sorted with JSON_SORT_KEYS); SIZE_MAX everywhere
 * when jansson wrote the dump. */
static void test_members_places_are_where_the_keys_are(void **state)
{
	(void)state;
	json_t *o = json_pack("{s:s,s:[i,{s:s}],s:n,s:s,s:i}", "zeta", "a\",\"b:", "alpha", 1, "x",
			      "\"y\"", "mac", "m\"q", "{", "b", 2);
	size_t at[8], at2[2];
	for (int sorted = 0; sorted < 2; sorted++) {
		size_t flags = JSON_COMPACT | (sorted ? JSON_SORT_KEYS : JSON_PRESERVE_ORDER);
		struct buf b;
		buf_init(&b, 1 << 10);
		assert_int_equal(jdump_members(o, flags, &b, at, 8), 0);
		char *want = json_dumps(o, flags);
		assert_string_equal(b.p, want);
		static const char *const in_order[] = {"\"zeta\":", "\"alpha\":", "\"mac\":",
						       "\"m\\\"q\":", "\"b\":"};
		static const char *const by_key[] = {"\"alpha\":", "\"b\":", "\"m\\\"q\":",
						     "\"mac\":", "\"zeta\":"};
		for (size_t i = 0; i < 5; i++) {
			const char *k = sorted ? by_key[i] : in_order[i];
			assert_memory_equal(b.p + at[i], k, strlen(k));
			assert_true(at[i] == 1 || b.p[at[i] - 1] == ',');
		}
		/* fewer places asked than members */
		buf_reset(&b);
		assert_int_equal(jdump_members(o, flags, &b, at2, 2), 0);
		assert_int_equal(at2[0], at[0]);
		assert_int_equal(at2[1], at[1]);
		free(want);
		buf_free(&b);
	}
	/* deeper than JDUMP_MAX_DEPTH: jansson's dump, places unknown */
	json_t *deep = json_array(), *top = deep;
	for (int i = 0; i < JDUMP_MAX_DEPTH + 10; i++) {
		json_t *next = json_array();
		json_array_append_new(deep, next);
		deep = next;
	}
	json_object_set_new(o, "deep", top);
	struct buf b;
	buf_init(&b, 1 << 16);
	int rc = jdump_members(o, JSON_COMPACT | JSON_SORT_KEYS, &b, at, 8);
	char *want = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS);
	assert_int_equal(rc, want ? 0 : CUSTOS_E_ARG);
	if (want)
		for (size_t i = 0; i < 8; i++)
			assert_true(at[i] == SIZE_MAX);
	free(want);
	buf_free(&b);
	assert_int_equal(jdump_members(json_object_get(o, "alpha"), JSON_COMPACT, &b, at, 8),
			 CUSTOS_E_ARG);
	json_decref(o);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_control_character_and_escape_is_jansson_s),
		cmocka_unit_test(test_keys_sort_by_bytes_then_length_and_keep_insertion_order),
		cmocka_unit_test(test_numbers_and_literals),
		cmocka_unit_test(test_invalid_utf8_fails_like_jansson_and_leaves_the_buffer),
		cmocka_unit_test(test_deep_trees_scalars_and_other_flags_are_jansson_s),
		cmocka_unit_test(test_cap_is_kept),
		cmocka_unit_test(test_special_bytes_at_every_offset_of_a_word),
		cmocka_unit_test(test_members_places_are_where_the_keys_are),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
