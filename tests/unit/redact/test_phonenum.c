/* Unit tests of the libphonenumber C interface (gateway/redact/phonenum.h):
 * national formats without a trunk prefix, Russian 8 (9xx), US 7/10 digits,
 * extensions, separators people paste, invalid look-alikes, bad arguments,
 * concurrent use; a cross-check that every phone number labelled in the
 * redaction corpus (tests/redact-corpus) is valid per the numbering plans;
 * and that the redactor's compiled metadata (phonemeta.h) gives the
 * library's verdict on every dev corpus phone and on look-alikes made from
 * them (a digit changed, dropped or added). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "phonemeta.h"
#include "phonenum.h"
#include "file.h"

struct want {
	const char *text;
	const char *region;
	int status;
	const char *e164;               /* NULL: not checked */
	enum phonenum_type type;        /* checked when status is VALID */
};

static void expect(const struct want *w)
{
	struct phonenum_result r;
	int rc = phonenum_check(w->text, strlen(w->text), w->region, &r);
	if (rc != w->status)
		fail_msg("'%s' (%s): got %d (%s), want %d", w->text, w->region ? w->region : "-",
		         rc, phonenum_strerror(rc), w->status);
	if (w->e164 && strcmp(r.e164, w->e164) != 0)
		fail_msg("'%s': e164 '%s', want '%s'", w->text, r.e164, w->e164);
	if (rc == PHONENUM_VALID && r.type != w->type)
		fail_msg("'%s': type %s, want %s", w->text, phonenum_type_name(r.type),
		         phonenum_type_name(w->type));
}

#define V PHONENUM_VALID
#define I PHONENUM_INVALID
#define L PHONENUM_LOCAL_ONLY
#define MOB PHONENUM_T_MOBILE
#define FIX PHONENUM_T_FIXED_LINE
#define FOM PHONENUM_T_FIXED_OR_MOBILE

static void test_national_mobiles_without_trunk_prefix(void **state)
{
	(void)state;
	static const struct want w[] = {
		{"612 345 678", "ES", V, "+34612345678", MOB},
		{"912 345 678", "ES", V, "+34912345678", FIX},
		{"912 345 678", "PT", V, "+351912345678", MOB},
		{"212 345 678", "PT", V, "+351212345678", FIX},
		{"512 345 678", "PL", V, "+48512345678", MOB},
		{"312 345 6789", "IT", V, "+393123456789", MOB},
		{"347 123 4567", "IT", V, "+393471234567", MOB},
		{"06 6982 0000", "IT", V, "+390669820000", FIX},
		{"98765 43210", "IN", V, "+919876543210", MOB},
		{"+91 98765 43210", NULL, V, "+919876543210", MOB},
		{"138 0013 8000", "CN", V, "+8613800138000", MOB},
		{"55 1234 5678", "MX", V, "+525512345678", FOM},
		{"(11) 91234-5678", "BR", V, "+5511912345678", MOB},
		{"(21) 2345-6789", "BR", V, "+552123456789", FIX},
		{"8123 4567", "SG", V, "+6581234567", MOB},
		{"6123 4567", "SG", V, "+6561234567", FIX},
		{"5123 4567", "HK", V, "+85251234567", MOB},
		{"2123 4567", "HK", V, "+85221234567", FIX},
	};
	for (size_t i = 0; i < sizeof(w) / sizeof(w[0]); i++)
		expect(&w[i]);
}

static void test_russian_8_prefix_and_north_american_forms(void **state)
{
	(void)state;
	static const struct want w[] = {
		{"8 (912) 345-67-89", "RU", V, "+79123456789", MOB},
		{"+7 912 345-67-89", NULL, V, "+79123456789", MOB},
		{"8 (495) 123-45-67", "RU", V, "+74951234567", FIX},
		{"(201) 555-0123", "US", V, "+12015550123", FOM},
		{"201.555.0123", "US", V, "+12015550123", FOM},
		{"2015550123", "US", V, "+12015550123", FOM},
		{"1-800-555-0199", "US", V, "+18005550199", PHONENUM_T_TOLL_FREE},
		{"555-0123", "US", L, NULL, 0},
	};
	for (size_t i = 0; i < sizeof(w) / sizeof(w[0]); i++)
		expect(&w[i]);
}

static void test_extensions_are_split_off(void **state)
{
	(void)state;
	static const char *const forms[] = {
		"+1 201-555-0123 ext. 45", "(201) 555-0123 x45", "201-555-0123 #45",
		"+1 201 555 0123 ext 45",
	};
	for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
		struct phonenum_result r;
		int rc = phonenum_check(forms[i], strlen(forms[i]), "US", &r);
		if (rc != V)
			fail_msg("'%s': %s", forms[i], phonenum_strerror(rc));
		assert_string_equal(r.e164, "+12015550123");
		assert_string_equal(r.extension, "45");
		assert_string_equal(r.region, "US");
	}
}

/* What people paste: NBSP, narrow NBSP, en dash, dots, full-width digits. */
static void test_pasted_separators_and_fullwidth_digits(void **state)
{
	(void)state;
	static const struct want w[] = {
		{"+34\xc2\xa0" "612\xc2\xa0" "345\xc2\xa0" "678", NULL, V, "+34612345678", MOB},
		{"+33\xe2\x80\xaf" "6\xe2\x80\xaf" "12\xe2\x80\xaf" "34\xe2\x80\xaf" "56\xe2\x80\xaf" "78",
		 NULL, V, "+33612345678", MOB},
		{"030\xe2\x80\x93" "1234567", "DE", V, "+49301234567", FIX},
		{"06.12.34.56.78", "FR", V, "+33612345678", MOB},
		/* ０９０-１２３４-５６７８ (full-width digits, Japanese mobile) */
		{"\xef\xbc\x90\xef\xbc\x99\xef\xbc\x90-\xef\xbc\x91\xef\xbc\x92\xef\xbc\x93\xef\xbc\x94-"
		 "\xef\xbc\x95\xef\xbc\x96\xef\xbc\x97\xef\xbc\x98", "JP", V, "+819012345678", MOB},
		{"+44 (0)20 7946 0958", NULL, V, "+442079460958", FIX},
		{"07911 123456", "GB", V, "+447911123456", MOB},
		/* Ofcom's range for drama (07700 900000-900999) is no real mobile */
		{"07700 900123", "GB", I, NULL, 0},
	};
	for (size_t i = 0; i < sizeof(w) / sizeof(w[0]); i++)
		expect(&w[i]);
}

/* Look-alikes a regex alone would take: wrong lengths, impossible leading
 * digits, order and part numbers, dates. */
static void test_invalid_lookalikes_are_rejected(void **state)
{
	(void)state;
	static const struct want w[] = {
		{"112 345 678", "ES", I, NULL, 0},
		{"612 345 67", "ES", I, NULL, 0},
		{"(123) 456-7890", "US", I, NULL, 0},
		{"(201) 155-0123", "US", I, NULL, 0},
		{"8 (012) 345-67-89", "RU", I, NULL, 0},
		{"138 0013 800", "CN", I, NULL, 0},
		{"+44 20 7946 095", NULL, I, NULL, 0},
		{"+999 1234 5678", NULL, I, NULL, 0},
		{"1234-5678-9012", "US", I, NULL, 0},
		{"order 4012", "US", I, NULL, 0},
		{"hello", "US", I, NULL, 0},
		{"", "US", I, NULL, 0},
		{"612 345 678", NULL, I, NULL, 0},   /* national number, no region */
	};
	for (size_t i = 0; i < sizeof(w) / sizeof(w[0]); i++)
		expect(&w[i]);
}

/* German numbers have variable lengths, so a date read as a national number
 * is a valid one (area code 0202, Wuppertal): the plan cannot tell, the
 * candidate's shape must. Kept as a test so that the redactor's design does
 * not forget it. */
static void test_a_date_is_a_valid_german_number(void **state)
{
	(void)state;
	assert_int_equal(phonenum_check("2024-03-15", 10, "DE", NULL), PHONENUM_VALID);
}

static void test_bad_arguments_give_errors_and_a_zeroed_result(void **state)
{
	(void)state;
	struct phonenum_result r;
	char big[PHONENUM_MAX_INPUT + 1];
	memset(big, '1', sizeof(big));
	memset(&r, 0x55, sizeof(r));
	assert_int_equal(phonenum_check(NULL, 3, "US", &r), PHONENUM_EINVAL);
	assert_int_equal(r.e164[0], '\0');
	assert_int_equal(phonenum_check("2015550123", 10, "USA", &r), PHONENUM_EINVAL);
	assert_int_equal(phonenum_check("2015550123", 10, "1S", &r), PHONENUM_EINVAL);
	assert_int_equal(phonenum_check(big, sizeof(big), "US", &r), PHONENUM_ETOOBIG);
	assert_int_equal(r.country_code, 0);
	/* lower-case region accepted; out may be NULL */
	assert_int_equal(phonenum_check("2015550123", 10, "us", NULL), PHONENUM_VALID);
	/* not NUL-terminated: only len bytes are read */
	assert_int_equal(phonenum_check("2015550123999", 10, "US", &r), PHONENUM_VALID);
	assert_string_equal(r.e164, "+12015550123");
	assert_string_equal(phonenum_strerror(PHONENUM_ETOOBIG), "candidate too long");
}

static void test_check_any_prefers_a_valid_region(void **state)
{
	(void)state;
	static const char *const regions[] = {"US", "ES", "PT"};
	struct phonenum_result r;
	assert_int_equal(phonenum_check_any("912 345 678", 11, regions, 3, &r), PHONENUM_VALID);
	assert_string_equal(r.region, "ES");
	assert_int_equal(phonenum_check_any("555-0123", 8, regions, 3, &r), PHONENUM_LOCAL_ONLY);
	assert_int_equal(phonenum_check_any("hello", 5, regions, 3, &r), PHONENUM_INVALID);
	assert_int_equal(phonenum_check_any("1", 1, NULL, 1, &r), PHONENUM_EINVAL);
}

static void *hammer(void *arg)
{
	const char *region = arg;
	for (int i = 0; i < 2000; i++) {
		struct phonenum_result r;
		if (phonenum_check("612 345 678", 11, region, &r) != PHONENUM_VALID)
			return (void *)1;
		if (strcmp(r.e164, "+34612345678") != 0)
			return (void *)1;
	}
	return NULL;
}

/* The first call makes the singleton: race several first calls. */
static void test_concurrent_calls_agree(void **state)
{
	(void)state;
	pthread_t t[4];
	for (int i = 0; i < 4; i++)
		assert_int_equal(pthread_create(&t[i], NULL, hammer, "ES"), 0);
	for (int i = 0; i < 4; i++) {
		void *res = (void *)1;
		assert_int_equal(pthread_join(t[i], &res), 0);
		assert_null(res);
	}
}

/* Each phone label of the dev corpus carries the region whose plan the
 * generator followed; libphonenumber must call every one of them valid.
 * Code points -> bytes: the corpus counts code points (see its README). */
static size_t cp_to_byte(const char *s, size_t slen, size_t cp)
{
	size_t b = 0;
	while (b < slen && cp > 0) {
		b++;
		while (b < slen && ((unsigned char)s[b] & 0xc0) == 0x80)
			b++;
		cp--;
	}
	return b;
}

static void check_corpus_phones(const char *rel, size_t *nphones)
{
	const char *src = getenv("CUSTOS_SOURCE_DIR");
	char path[4096];
	char *data = NULL;
	size_t len = 0, bad = 0;
	assert_non_null(src);
	assert_true(snprintf(path, sizeof(path), "%s/%s", src, rel) < (int)sizeof(path));
	assert_int_equal(file_read(path, 64u << 20, &data, &len), 0);
	for (char *line = data, *next; line < data + len; line = next) {
		char *nl = memchr(line, '\n', (size_t)(data + len - line));
		next = nl ? nl + 1 : data + len;
		if (nl)
			*nl = '\0';
		json_error_t jerr;
		json_t *o = json_loads(line, 0, &jerr);
		assert_non_null(o);
		const char *text = json_string_value(json_object_get(o, "text"));
		size_t tlen = json_string_length(json_object_get(o, "text"));
		size_t i;
		json_t *sp;
		assert_non_null(text);
		json_array_foreach(json_object_get(o, "spans"), i, sp) {
			if (strcmp(json_string_value(json_object_get(sp, "type")), "phone") != 0)
				continue;
			const char *region = json_string_value(json_object_get(sp, "region"));
			size_t s = cp_to_byte(text, tlen,
			                      (size_t)json_integer_value(json_object_get(sp, "start")));
			size_t e = cp_to_byte(text, tlen,
			                      (size_t)json_integer_value(json_object_get(sp, "end")));
			struct phonenum_result r;
			int rc = phonenum_check(text + s, e - s, region, &r);
			(*nphones)++;
			if (rc != PHONENUM_VALID && !(rc == PHONENUM_LOCAL_ONLY && region &&
			                              strcmp(region, "US") == 0)) {
				if (bad++ < 20)
					print_message("invalid corpus phone: '%.*s' (%s): %s\n", (int)(e - s),
					              text + s, region ? region : "-", phonenum_strerror(rc));
			}
		}
		json_decref(o);
	}
	free(data);
	assert_int_equal(bad, 0);
}

/* The verdict of phonemeta on a candidate as the redactor reads it: digits
 * (full-width too) after "+" or "00" are international, else national in
 * region. */
static int meta_verdict(const char *t, size_t n, const char *region)
{
	char d[40];
	size_t nd = 0;
	int plus = 0;
	for (size_t i = 0; i < n && nd < sizeof d; i++) {
		const unsigned char *u = (const unsigned char *)t + i;
		if (nd == 0 && (u[0] == '+' || (i + 2 < n && u[0] == 0xEF && u[1] == 0xBC && u[2] == 0x8B)))
			plus = 1;
		if (u[0] >= '0' && u[0] <= '9') {
			d[nd++] = (char)u[0];
		} else if (i + 2 < n && u[0] == 0xEF && u[1] == 0xBC && u[2] >= 0x90 && u[2] <= 0x99) {
			d[nd++] = (char)('0' + u[2] - 0x90);
			i += 2;
		}
	}
	if (plus)
		return phonemeta_check_intl(d, nd, NULL);
	if (nd > 2 && d[0] == '0' && d[1] == '0')
		return phonemeta_check_intl(d + 2, nd - 2, NULL);
	return phonemeta_check_national(region ? region : "ZZ", d, nd);
}

/* The library's types whose numbers are a firm's (phonemeta_firm). */
static int firm_type(enum phonenum_type t)
{
	return t == PHONENUM_T_TOLL_FREE || t == PHONENUM_T_PREMIUM_RATE || t == PHONENUM_T_SHARED_COST ||
	       t == PHONENUM_T_UAN;
}

/* Compares phonemeta with the library on t[0..n), the validity and, for a
 * valid number, whether it is of a firm's type; counts disagreements. */
static void agree(const char *t, size_t n, const char *region, size_t *cmp, size_t *bad)
{
	struct phonenum_result res;
	int lib = phonenum_check(t, n, region, &res);
	int meta = meta_verdict(t, n, region);
	(*cmp)++;
	if ((lib == PHONENUM_VALID) == (meta == PHONEMETA_VALID) &&
	    (lib != PHONENUM_VALID || firm_type(res.type) == phonemeta_firm()))
		return;
	if ((*bad)++ < 20)
		print_message("phonemeta %d, libphonenumber %d: '%.*s' (%s)\n", meta, lib, (int)n, t,
		              region ? region : "-");
}

static void test_compiled_metadata_agrees_with_the_library(void **state)
{
	(void)state;
	const char *src = getenv("CUSTOS_SOURCE_DIR");
	char path[4096];
	char *data = NULL;
	size_t len = 0, cmp = 0, bad = 0;
	uint32_t seed = 12345;
	assert_non_null(src);
	assert_int_equal(phonemeta_init(), 0);
	assert_true(snprintf(path, sizeof(path), "%s/tests/redact-corpus/dev.jsonl", src) <
	            (int)sizeof(path));
	assert_int_equal(file_read(path, 64u << 20, &data, &len), 0);
	for (char *line = data, *next; line < data + len; line = next) {
		char *nl = memchr(line, '\n', (size_t)(data + len - line));
		next = nl ? nl + 1 : data + len;
		if (nl)
			*nl = '\0';
		json_t *o = json_loads(line, 0, NULL);
		assert_non_null(o);
		const char *text = json_string_value(json_object_get(o, "text"));
		size_t tlen = json_string_length(json_object_get(o, "text"));
		size_t i;
		json_t *sp;
		json_array_foreach(json_object_get(o, "spans"), i, sp) {
			if (strcmp(json_string_value(json_object_get(sp, "type")), "phone") != 0)
				continue;
			const char *region = json_string_value(json_object_get(sp, "region"));
			size_t s = cp_to_byte(text, tlen,
			                      (size_t)json_integer_value(json_object_get(sp, "start")));
			size_t e = cp_to_byte(text, tlen,
			                      (size_t)json_integer_value(json_object_get(sp, "end")));
			char v[128];
			size_t n = e - s;
			if (n + 2 > sizeof v)
				continue;
			memcpy(v, text + s, n);
			agree(v, n, region, &cmp, &bad);
			/* look-alikes: the last ASCII digit changed, one dropped, one added */
			size_t k = n;
			while (k > 0 && !(v[k - 1] >= '0' && v[k - 1] <= '9'))
				k--;
			if (k == 0)
				continue;
			seed = seed * 1103515245u + 12345u;
			char keep = v[k - 1];
			v[k - 1] = (char)('0' + (keep - '0' + 1 + (seed >> 16) % 9) % 10);
			agree(v, n, region, &cmp, &bad);
			v[k - 1] = keep;
			memmove(v + k - 1, v + k, n - k);
			agree(v, n - 1, region, &cmp, &bad);
			memmove(v + k, v + k - 1, n - k + 1);
			v[k - 1] = keep;
			memmove(v + k + 1, v + k, n - k);
			v[k] = (char)('0' + (seed >> 20) % 10);
			agree(v, n + 1, region, &cmp, &bad);
		}
		json_decref(o);
	}
	free(data);
	/* numbers of a firm's type and their neighbours in the same plans */
	static const struct {
		const char *t, *region;
	} firms[] = {
		{"+49 800 1505050", NULL}, {"+44 345 108 0422", NULL}, {"+44 871 200 2233", NULL},
		{"+81 120-998-575", NULL}, {"+86 400-041-2501", NULL}, {"+34 900 137 789", NULL},
		{"+61 1800 401 648", NULL}, {"+1 800 376 0958", NULL}, {"0800 150 50 50", "DE"},
		{"0345 108 0422", "GB"}, {"0120-998-575", "JP"}, {"+33 9 69 32 61 77", NULL},
		{"+44 20 7946 0958", NULL}, {"+49 30 1234567", NULL}, {"07700 900123", "GB"},
	};
	size_t nfirm = 0;
	for (size_t i = 0; i < sizeof firms / sizeof firms[0]; i++) {
		agree(firms[i].t, strlen(firms[i].t), firms[i].region, &cmp, &bad);
		nfirm += meta_verdict(firms[i].t, strlen(firms[i].t), firms[i].region) == PHONEMETA_VALID &&
			 phonemeta_firm();
	}
	assert_int_equal(nfirm, 11); /* all but the last four (France's 09 is VoIP to the library) */
	print_message("phonemeta and libphonenumber compared on %zu candidates, %zu differ\n", cmp,
	              bad);
	assert_true(cmp > 2000);
	assert_int_equal(bad, 0);
}

static void test_every_corpus_phone_is_valid_per_its_plan(void **state)
{
	(void)state;
	size_t n = 0;
	check_corpus_phones("tests/redact-corpus/dev.jsonl", &n);
	check_corpus_phones("tests/redact-corpus/heldout/heldout.jsonl", &n);
	print_message("corpus phones checked: %zu\n", n);
	assert_true(n > 300);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_national_mobiles_without_trunk_prefix),
		cmocka_unit_test(test_russian_8_prefix_and_north_american_forms),
		cmocka_unit_test(test_extensions_are_split_off),
		cmocka_unit_test(test_pasted_separators_and_fullwidth_digits),
		cmocka_unit_test(test_invalid_lookalikes_are_rejected),
		cmocka_unit_test(test_a_date_is_a_valid_german_number),
		cmocka_unit_test(test_bad_arguments_give_errors_and_a_zeroed_result),
		cmocka_unit_test(test_check_any_prefers_a_valid_region),
		cmocka_unit_test(test_concurrent_calls_agree),
		cmocka_unit_test(test_every_corpus_phone_is_valid_per_its_plan),
		cmocka_unit_test(test_compiled_metadata_agrees_with_the_library),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
