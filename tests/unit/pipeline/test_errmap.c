/* Unit tests of pipeline/errmap: every error code has its HTTP answer, and
 * the answers the old per-handler switches disagreed on are the ones kept
 * (see errmap.c for why). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "errmap.h"
#include "errors.h"
#include "jwt_verify.h"
#include "store.h"
#include "vault.h"

static void expect(int rc, unsigned status, const char *code)
{
	unsigned s = 0;
	const char *c = NULL;
	errmap_http(rc, &s, &c);
	if (s != status || strcmp(c, code))
		fail_msg("%s: %u %s, want %u %s", custos_errname(rc), s, c, status, code);
}

static void test_every_code_has_an_answer(void **state)
{
	(void)state;
	int n = 0;
	for (int rc = -1; rc > -2000; rc--) {
		if (!custos_errname(rc))
			continue;
		n++;
		if (!errmap_listed(rc))
			fail_msg("%s has no row in errmap.c", custos_errname(rc));
	}
	assert_true(n > 50);
	expect(-99999, 500, "internal");
}

/* POL_STORE_E_LIMIT was 400 in the admin API and 507 in the revocation
 * handlers; POL_STORE_E_IO 503 in one and 500 in the other; the vault's
 * store errors were 500. One answer each now. */
static void test_disagreements_resolved(void **state)
{
	(void)state;
	expect(POL_STORE_E_LIMIT, 400, "bad_request");
	expect(POL_STORE_E_IO, 503, "store_unavailable");
	expect(POL_STORE_E_FATAL, 503, "store_unavailable");
	expect(VAULT_E_STORE, 503, "store_unavailable");
	expect(POL_STORE_E_FULL, 507, "store_full");
	expect(VAULT_E_FULL, 507, "store_full");
}

static void test_contract_answers(void **state)
{
	(void)state;
	expect(POL_STORE_E_NOTFOUND, 404, "not_found");
	expect(POL_STORE_E_PRECONDITION, 412, "precondition_failed");
	expect(POL_STORE_E_INVALID, 400, "invalid_policy");
	expect(POL_STORE_E_TOOBIG, 413, "payload_too_large");
	expect(POL_STORE_E_RESERVED, 403, "forbidden");
	expect(VAULT_E_HOLD, 409, "legal_hold");
	expect(VAULT_E_LIMIT, 409, "conflict");
	expect(VAULT_E_RETIRED, 400, "pseudonym_retired");
	expect(VAULT_E_INVALID, 400, "bad_request");
	expect(AUDIT_E_UNAVAILABLE, 503, "audit_unavailable");
	expect(JWTV_E_EXPIRED, 401, "token_expired");
	expect(JWTV_E_TOO_LARGE, 401, "token_malformed");
	expect(ROUTE_BAD_METHOD, 405, "method_not_allowed");
	expect(IDENT_E_REVOKED, 403, "revoked");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_code_has_an_answer),
		cmocka_unit_test(test_disagreements_resolved),
		cmocka_unit_test(test_contract_answers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
