/* The one principal grammar (policy/principal.c, docs/POLICY.md
 * "Principals"): what is a principal, an id, an issuer, a purpose. Every
 * consumer (config, CLI, control plane, revocations, token path) calls these,
 * so these cases are the rule for all of them (issue 9, items 5 and 14). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "policy.h"

static int ok(const char *s)
{
	return pol_principal_parse(s, strlen(s), NULL, NULL) == 0;
}

static void test_valid_principals_parse_into_parts(void **state)
{
	(void)state;
	pol_principal p;
	const char *why = "x";
	assert_int_equal(pol_principal_parse("user:corp/alice", 15, &p, &why), 0);
	assert_null(why);
	assert_int_equal(p.kind, POL_PRINCIPAL_USER);
	assert_int_equal(p.issuer_len, 4);
	assert_memory_equal(p.issuer, "corp", 4);
	assert_int_equal(p.id_len, 5);
	assert_memory_equal(p.id, "alice", 5);
	assert_string_equal(pol_principal_kind_name(p.kind), "user");

	const char *g = "group:corp//support/tier 1";
	assert_int_equal(pol_principal_parse(g, strlen(g), &p, NULL), 0);
	assert_int_equal(p.kind, POL_PRINCIPAL_GROUP);
	assert_int_equal(p.issuer_len, 4);
	assert_string_equal(p.id, "/support/tier 1"); /* the first '/' ends the issuer */

	const char *svc = "svc:spiffe://svc.team-a.test/payments";
	assert_int_equal(pol_principal_parse(svc, strlen(svc), &p, NULL), 0);
	assert_int_equal(p.kind, POL_PRINCIPAL_SVC);
	assert_null(p.issuer);
	assert_string_equal(p.id, "spiffe://svc.team-a.test/payments");

	assert_true(ok("svc:admin-cli"));
	assert_true(ok("user:corp/Zo\xc3\xab")); /* UTF-8 letters are fine */
	assert_true(ok("group:corp/Sales EMEA"));  /* an inner space is fine */
	assert_true(ok("user:idp_2.prod-eu/00u1abcd"));
	assert_true(ok("user:corp/\xf0\x9f\x98\x80")); /* U+1F600 */
}

static void test_bad_principals_are_refused(void **state)
{
	(void)state;
	static const char *const bad[] = {
		"", "alice", "user:alice", "user:/alice", "user:corp/", "group:corp",
		"svc:", "svc:a b", "svc:caf\xc3\xa9", "role:corp/x", "User:corp/alice",
		"user:co rp/alice", "user:corp!/alice", "user:corp/ alice", "user:corp/alice ",
		"user:corp/al\x01ice", "user:corp/al\x7fice", "user:corp/al\tice",
		"user:corp/al\nice", "user:corp/al\xc2\x85ice" /* U+0085 */,
		"user:corp/al\xe2\x80\xa8ice" /* U+2028 */, "user:corp/al\xe2\x80\x8bice" /* ZWSP */,
		"user:corp/al\xe2\x80\xaeice" /* RLO */, "user:corp/al\xef\xbb\xbfice" /* BOM */,
		"user:corp/al\xc2\xa0ice" /* NBSP */, "user:corp/al\xe3\x80\x80ice" /* U+3000 */,
		"user:corp/al\xffice", "user:corp/al\xc0\xafice" /* overlong '/' */,
		"user:corp/al\xed\xa0\x80ice" /* surrogate */, "user:corp/al\xc3",
		"user:corp/\xef\xbf\xbf" /* U+FFFF */,
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		const char *why = NULL;
		if (pol_principal_parse(bad[i], strlen(bad[i]), NULL, &why) == 0)
			fail_msg("accepted bad principal #%zu", i);
		assert_non_null(why);
	}
	/* A NUL inside is refused: lengths are explicit. */
	assert_int_equal(pol_principal_parse("user:corp/a\0b", 13, NULL, NULL), POL_EARG);
	assert_false(pol_principal_ok(NULL));
}

static void test_lengths_are_bounded(void **state)
{
	(void)state;
	char buf[600];
	/* issuer 64, id 256: the longest principal, 327 bytes. */
	int o = snprintf(buf, sizeof buf, "group:");
	memset(buf + o, 'i', 64);
	o += 64;
	buf[o++] = '/';
	memset(buf + o, 'n', 256);
	o += 256;
	buf[o] = '\0';
	assert_int_equal(o, 327);
	assert_true(o <= POL_PRINCIPAL_MAX);
	assert_true(ok(buf));
	buf[o] = 'n';
	buf[o + 1] = '\0';
	assert_false(ok(buf)); /* id of 257 */
	o = snprintf(buf, sizeof buf, "user:");
	memset(buf + o, 'i', 65);
	o += 65;
	snprintf(buf + o, sizeof buf - (size_t)o, "/x");
	assert_false(ok(buf)); /* issuer of 65 */
	o = snprintf(buf, sizeof buf, "svc:");
	memset(buf + o, 's', 255);
	buf[o + 255] = '\0';
	assert_true(ok(buf));
	buf[o + 255] = 's';
	buf[o + 256] = '\0';
	assert_false(ok(buf));
}

static void test_ids_issuers_and_purposes(void **state)
{
	(void)state;
	assert_int_equal(pol_id_check("a", 1, NULL), 0);
	assert_int_equal(pol_id_check("tok-123 x", 9, NULL), 0);
	assert_int_equal(pol_id_check("", 0, NULL), POL_EARG);
	assert_int_equal(pol_id_check("a\x1b[31m", 6, NULL), POL_EARG);
	char big[300];
	memset(big, 'j', sizeof big);
	assert_int_equal(pol_id_check(big, 256, NULL), 0);
	assert_int_equal(pol_id_check(big, 257, NULL), POL_EARG);

	assert_int_equal(pol_issuer_check("corp", 4), 0);
	assert_int_equal(pol_issuer_check("co/rp", 5), POL_EARG);
	assert_int_equal(pol_issuer_check("", 0), POL_EARG);

	assert_int_equal(pol_purpose_check("ticket:4711", 11), 0);
	assert_int_equal(pol_purpose_check("break-glass: outage #12", 23), 0);
	assert_int_equal(pol_purpose_check("ticket:\xe2\x80\xa8", 10), POL_EARG);
	assert_int_equal(pol_purpose_check("t\n", 2), POL_EARG);
	assert_int_equal(pol_purpose_check("", 0), POL_EARG);
	memset(big, 'p', sizeof big);
	assert_int_equal(pol_purpose_check(big, 256), 0);
	assert_int_equal(pol_purpose_check(big, 257), POL_EARG);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid_principals_parse_into_parts),
		cmocka_unit_test(test_bad_principals_are_refused),
		cmocka_unit_test(test_lengths_are_bounded),
		cmocka_unit_test(test_ids_issuers_and_purposes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
