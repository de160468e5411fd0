/* Unit tests of the corpus scorer's match rule (bench/score_redact.c,
 * included so its static functions can be reached): coverage by one or
 * several spans, punctuation slack, lists as one span, partial spans, spans
 * that take a word, wrong types, clean lines, and the type-name mapping. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#define SCORE_REDACT_TEST 1
#include "../../../bench/score_redact.c"

struct run {
	struct score sc;
	int found[8], correct[8];
};

/* Scores one text; spans given in code points. */
static void run1(struct run *r, const char *text, const struct cspan *lab, size_t nlab,
                 const struct cspan *pred, size_t npred)
{
	unsigned char *alnum = NULL;
	size_t ncp;
	assert_non_null(setlocale(LC_CTYPE, "C.UTF-8"));
	ncp = alnum_map(text, strlen(text), &alnum);
	assert_non_null(alnum);
	memset(r, 0, sizeof(*r));
	int rc = score_record(alnum, ncp, lab, nlab, pred, npred, &r->sc, r->found, r->correct);
	assert_true(rc == 0 || rc == 1);
	assert_int_equal(rc, r->sc.lines_with_fp);
	free(alnum);
}

static void test_exact_span_is_found_and_correct(void **state)
{
	(void)state;
	struct run r;
	/* "mail bob@example.com now": label [5, 20) */
	struct cspan lab[] = {{5, 20, CT_EMAIL, NULL, NULL}}, pred[] = {{5, 20, CT_EMAIL, NULL, NULL}};
	run1(&r, "mail bob@example.com now", lab, 1, pred, 1);
	assert_true(r.found[0]);
	assert_true(r.correct[0]);
	assert_int_equal(r.sc.t[CT_EMAIL].found, 1);
	assert_int_equal(r.sc.t[CT_EMAIL].correct, 1);
}

static void test_several_spans_may_cover_one_label(void **state)
{
	(void)state;
	struct run r;
	/* "Dear Anna Müller," : label "Anna Müller" = [5, 16); code points, so
	 * the ü counts once */
	struct cspan lab[] = {{5, 16, CT_PERSON, NULL, NULL}};
	struct cspan pred[] = {{5, 9, CT_PERSON, NULL, NULL}, {10, 16, CT_PERSON, NULL, NULL}};
	run1(&r, "Dear Anna Müller,", lab, 1, pred, 2);
	assert_true(r.found[0]);
	assert_true(r.correct[0] && r.correct[1]);
}

static void test_punctuation_slack_and_lists_as_one_span(void **state)
{
	(void)state;
	struct run r;
	/* "(+44 20 7946 0958)": a span taking both parentheses is still correct */
	struct cspan lab[] = {{1, 17, CT_PHONE, NULL, NULL}}, pred[] = {{0, 18, CT_PHONE, NULL, NULL}};
	run1(&r, "(+44 20 7946 0958)", lab, 1, pred, 1);
	assert_true(r.found[0]);
	assert_true(r.correct[0]);
	/* "a@x.io / b@y.io": one span over both labels and the " / " */
	struct cspan lab2[] = {{0, 6, CT_EMAIL, NULL, NULL}, {9, 15, CT_EMAIL, NULL, NULL}};
	struct cspan pred2[] = {{0, 15, CT_EMAIL, NULL, NULL}};
	run1(&r, "a@x.io / b@y.io", lab2, 2, pred2, 1);
	assert_true(r.found[0] && r.found[1]);
	assert_true(r.correct[0]);
}

static void test_half_a_number_is_a_miss_and_a_false_positive(void **state)
{
	(void)state;
	struct run r;
	/* "call 0612 345 678": a span over "0612 345" leaves "678" visible */
	struct cspan lab[] = {{5, 17, CT_PHONE, NULL, NULL}}, pred[] = {{5, 13, CT_PHONE, NULL, NULL}};
	run1(&r, "call 0612 345 678", lab, 1, pred, 1);
	assert_false(r.found[0]);
	assert_false(r.correct[0]);
	assert_int_equal(r.sc.lines_with_fp, 1);
}

static void test_a_span_that_takes_a_word_is_wrong_but_the_label_is_found(void **state)
{
	(void)state;
	struct run r;
	/* "IBAN DE89370400440532013000": the span includes the word "IBAN" */
	struct cspan lab[] = {{5, 27, CT_IBAN, NULL, NULL}}, pred[] = {{0, 27, CT_IBAN, NULL, NULL}};
	run1(&r, "IBAN DE89370400440532013000", lab, 1, pred, 1);
	assert_true(r.found[0]);
	assert_false(r.correct[0]);
}

static void test_wrong_type_and_unknown_type_never_count(void **state)
{
	(void)state;
	struct run r;
	struct cspan lab[] = {{4, 15, CT_GOV_ID, NULL, NULL}};
	struct cspan pred[] = {{4, 15, CT_PHONE, NULL, NULL}, {4, 15, CT_OTHER, NULL, NULL}};
	run1(&r, "SSN 123-45-6789", lab, 1, pred, 2);
	assert_false(r.found[0]);
	assert_false(r.correct[0]);
	assert_false(r.correct[1]);
	assert_int_equal(r.sc.t[CT_GOV_ID].labels, 1);
	assert_int_equal(r.sc.t[CT_GOV_ID].found, 0);
	assert_int_equal(r.sc.t[CT_PHONE].preds, 1);
	assert_int_equal(r.sc.t[CT_OTHER].preds, 1);
}

static void test_clean_lines_touched_are_counted(void **state)
{
	(void)state;
	struct run r;
	struct cspan pred[] = {{8, 15, CT_IP, NULL, NULL}};
	run1(&r, "version 1.2.3.4 released", NULL, 0, pred, 1);
	assert_int_equal(r.sc.clean, 1);
	assert_int_equal(r.sc.clean_touched, 1);
	assert_false(r.correct[0]);
	run1(&r, "nothing here", NULL, 0, NULL, 0);
	assert_int_equal(r.sc.clean, 1);
	assert_int_equal(r.sc.clean_touched, 0);
}

static void test_spans_outside_the_text_are_an_error(void **state)
{
	(void)state;
	struct score sc;
	unsigned char alnum[4] = {1, 1, 1, 1};
	struct cspan lab[] = {{2, 9, CT_EMAIL, NULL, NULL}};
	memset(&sc, 0, sizeof(sc));
	assert_int_equal(score_record(alnum, 4, lab, 1, NULL, 0, &sc, NULL, NULL), -1);
}

static void test_redactor_type_names_map_to_corpus_types(void **state)
{
	(void)state;
	assert_int_equal(ctype_of("ssn"), CT_GOV_ID);
	assert_int_equal(ctype_of("gov_id"), CT_GOV_ID);
	assert_int_equal(ctype_of("name"), CT_PERSON);
	assert_int_equal(ctype_of("email"), CT_EMAIL);
	assert_int_equal(ctype_of("dob"), CT_DOB);
	assert_int_equal(ctype_of("order_id"), CT_OTHER);
	assert_int_equal(ctype_of(NULL), CT_OTHER);
	/* byte offsets of the redactor -> code points of the corpus */
	assert_int_equal(byte_to_cp("Müller 1", 8), 7);
	assert_int_equal(f1(0.0, -1.0), 0.0);
}

static void test_labels_are_read_and_bad_records_refused(void **state)
{
	(void)state;
	struct cspan lab[SCORE_MAX_SPANS];
	json_t *ok = json_loads("{\"id\":\"dev-1\",\"text\":\"x a@b.io\",\"spans\":[{\"start\":2,"
	                        "\"end\":8,\"type\":\"email\",\"sub\":\"plain\"}]}", 0, NULL);
	json_t *badtype = json_loads("{\"spans\":[{\"start\":0,\"end\":1,\"type\":\"zip\"}]}", 0, NULL);
	json_t *negative = json_loads("{\"spans\":[{\"start\":-1,\"end\":1,\"type\":\"ip\"}]}", 0, NULL);
	json_t *nospans = json_loads("{\"text\":\"x\"}", 0, NULL);
	assert_int_equal(read_labels(ok, lab), 1);
	assert_int_equal(lab[0].s, 2);
	assert_int_equal(lab[0].e, 8);
	assert_int_equal(lab[0].type, CT_EMAIL);
	assert_string_equal(lab[0].sub, "plain");
	assert_int_equal(read_labels(badtype, lab), -1);
	assert_int_equal(read_labels(negative, lab), -1);
	assert_int_equal(read_labels(nospans, lab), -1);
	/* the report and the error lines print without crashing on a real score */
	struct run r;
	struct cspan l1[] = {{2, 8, CT_EMAIL, "plain", NULL}}, p1[] = {{2, 5, CT_EMAIL, NULL, NULL}};
	run1(&r, "x a@b.io", l1, 1, p1, 1);
	print_report(&r.sc, "inline", 1);
	show("FN", "dev-1", "x a@b.io", 2, 8, "email");
	json_decref(ok);
	json_decref(badtype);
	json_decref(negative);
	json_decref(nospans);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_exact_span_is_found_and_correct),
		cmocka_unit_test(test_several_spans_may_cover_one_label),
		cmocka_unit_test(test_punctuation_slack_and_lists_as_one_span),
		cmocka_unit_test(test_half_a_number_is_a_miss_and_a_false_positive),
		cmocka_unit_test(test_a_span_that_takes_a_word_is_wrong_but_the_label_is_found),
		cmocka_unit_test(test_wrong_type_and_unknown_type_never_count),
		cmocka_unit_test(test_clean_lines_touched_are_counted),
		cmocka_unit_test(test_spans_outside_the_text_are_an_error),
		cmocka_unit_test(test_redactor_type_names_map_to_corpus_types),
		cmocka_unit_test(test_labels_are_read_and_bad_records_refused),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
