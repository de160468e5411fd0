/* Unit tests of the embedded name gazetteer (gateway/redact/names_data.h):
 * the arrays cmake/embed.cmake generates hold exactly the data files' bytes,
 * in the shape the header promises (one name a line, byte-sorted, unique,
 * NUL after the last line), and known names of several languages are in it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "names_data.h"
#include "file.h"

/* Binary search of a byte-sorted, '\n'-separated list: what a detector can do
 * on the embedded bytes without building anything at start-up. */
static int list_has(const unsigned char *list, size_t len, const char *name)
{
	const char *base = (const char *)list;
	size_t lo = 0, hi = len, nlen = strlen(name);
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		/* move to the start of the line holding mid */
		size_t s = mid;
		while (s > lo && base[s - 1] != '\n')
			s--;
		const char *nl = memchr(base + s, '\n', len - s);
		size_t e = nl ? (size_t)(nl - base) : len;
		size_t llen = e - s;
		int c = memcmp(base + s, name, llen < nlen ? llen : nlen);
		if (c == 0 && llen != nlen)
			c = llen < nlen ? -1 : 1;
		if (c == 0)
			return 1;
		if (c < 0)
			lo = e + 1;
		else
			hi = s;
	}
	return 0;
}

static void check_shape(const unsigned char *list, size_t len, size_t min_lines)
{
	const char *b = (const char *)list;
	assert_true(len > min_lines);
	assert_int_equal(list[len], '\0');
	assert_int_equal(list[len - 1], '\n');
	assert_null(memchr(b, '\r', len));
	assert_null(memchr(b, '\0', len));
	const char *prev = NULL;
	size_t prevlen = 0, lines = 0;
	for (const char *p = b; p < b + len;) {
		const char *nl = memchr(p, '\n', (size_t)(b + len - p));
		assert_non_null(nl);
		size_t l = (size_t)(nl - p);
		assert_true(l > 0);
		if (prev) {
			int c = memcmp(prev, p, prevlen < l ? prevlen : l);
			/* strictly ascending: sorted and without duplicates */
			assert_true(c < 0 || (c == 0 && prevlen < l));
		}
		prev = p;
		prevlen = l;
		lines++;
		p = nl + 1;
	}
	assert_true(lines > min_lines);
}

static void expect_same_as_file(const unsigned char *list, size_t len, const char *rel)
{
	const char *src = getenv("CUSTOS_SOURCE_DIR");
	char path[4096];
	char *data = NULL;
	size_t dlen = 0;
	assert_non_null(src);
	assert_true(snprintf(path, sizeof(path), "%s/%s", src, rel) < (int)sizeof(path));
	assert_int_equal(file_read(path, 16u << 20, &data, &dlen), 0);
	assert_int_equal(dlen, len);
	assert_memory_equal(data, list, len);
	free(data);
}

static void test_embedded_lists_are_the_data_files_byte_for_byte(void **state)
{
	(void)state;
	expect_same_as_file(redact_data_given, redact_data_given_len,
	                    "gateway/redact/gazetteer/given.txt");
	expect_same_as_file(redact_data_surnames, redact_data_surnames_len,
	                    "gateway/redact/gazetteer/surnames.txt");
	expect_same_as_file(redact_data_rgiven, redact_data_rgiven_len,
	                    "gateway/redact/gazetteer/romanized_given.txt");
	expect_same_as_file(redact_data_rsurnames, redact_data_rsurnames_len,
	                    "gateway/redact/gazetteer/romanized_surnames.txt");
	expect_same_as_file(redact_data_cgiven, redact_data_cgiven_len,
	                    "gateway/redact/gazetteer/common_given.txt");
	expect_same_as_file(redact_data_csurnames, redact_data_csurnames_len,
	                    "gateway/redact/gazetteer/common_surnames.txt");
	expect_same_as_file(redact_data_mgiven, redact_data_mgiven_len,
	                    "gateway/redact/gazetteer/more_given.txt");
	expect_same_as_file(redact_data_msurnames, redact_data_msurnames_len,
	                    "gateway/redact/gazetteer/more_surnames.txt");
}

static void test_embedded_lists_are_sorted_unique_lines(void **state)
{
	(void)state;
	check_shape(redact_data_given, redact_data_given_len, 10000);
	check_shape(redact_data_surnames, redact_data_surnames_len, 10000);
	check_shape(redact_data_rgiven, redact_data_rgiven_len, 250);
	check_shape(redact_data_rsurnames, redact_data_rsurnames_len, 250);
	check_shape(redact_data_cgiven, redact_data_cgiven_len, 2500);
	check_shape(redact_data_csurnames, redact_data_csurnames_len, 2500);
	check_shape(redact_data_mgiven, redact_data_mgiven_len, 20000);
	check_shape(redact_data_msurnames, redact_data_msurnames_len, 20000);
}

static void test_names_of_several_languages_are_found(void **state)
{
	(void)state;
	static const char *const given[] = {
		"James", "Giulia", "Lukas", "Amélie", "Lucía", "Joaquim", "Sanne",
		"Priya", "Agnieszka", "Søren", "Мария", NULL
	};
	static const char *const sur[] = {
		"Smith", "Müller", "Rossi", "García", "Bakker", "Oliveira", "Dubois",
		"Sharma", "Kowalski", "O'Hara", NULL
	};
	for (int i = 0; given[i]; i++)
		assert_true(list_has(redact_data_given, redact_data_given_len, given[i]));
	for (int i = 0; sur[i]; i++)
		assert_true(list_has(redact_data_surnames, redact_data_surnames_len, sur[i]));
	assert_false(list_has(redact_data_given, redact_data_given_len, "Xqzvbn"));
	assert_false(list_has(redact_data_surnames, redact_data_surnames_len, "Mülle"));
	/* prefixes and lower-case particles are not names */
	assert_false(list_has(redact_data_surnames, redact_data_surnames_len, "van"));
}

/* The lists from FakerPHP and Ruby Faker add names the others miss, and
 * keep out what extract-more.py filters: ordinary words, places, names
 * already shipped. */
static void test_the_more_lists_add_names_and_keep_words_out(void **state)
{
	(void)state;
	static const char *const given[] = {"Priyanka", "Marloes", "Preeti", "Jannemieke", NULL};
	static const char *const sur[] = {"Varghese", "Veldkamp", "Achterberg", NULL};
	static const char *const not_given[] = {"Will", "Rose", "Summer", "Pierre", "James", "Paris", NULL};
	static const char *const not_sur[] = {"Baker", "Smith", "Lincoln", "Victoria", NULL};
	for (int i = 0; given[i]; i++)
		assert_true(list_has(redact_data_mgiven, redact_data_mgiven_len, given[i]));
	for (int i = 0; sur[i]; i++)
		assert_true(list_has(redact_data_msurnames, redact_data_msurnames_len, sur[i]));
	for (int i = 0; not_given[i]; i++)
		assert_false(list_has(redact_data_mgiven, redact_data_mgiven_len, not_given[i]));
	for (int i = 0; not_sur[i]; i++)
		assert_false(list_has(redact_data_msurnames, redact_data_msurnames_len, not_sur[i]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_embedded_lists_are_the_data_files_byte_for_byte),
		cmocka_unit_test(test_embedded_lists_are_sorted_unique_lines),
		cmocka_unit_test(test_names_of_several_languages_are_found),
		cmocka_unit_test(test_the_more_lists_add_names_and_keep_words_out),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
