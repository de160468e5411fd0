/* errmap: the table. Where two handlers used to answer one code differently,
 * the row says which answer was kept and why. */
#include "errmap.h"

#include <stddef.h>

#include "errors-t.h"
#include "jwt_verify.h"

struct row {
	int rc;
	unsigned status;
	const char *code;
};

static const struct row table[] = {
	{CUSTOS_E_NOMEM, 500, "internal"},
	{CUSTOS_E_TOOBIG, 413, "payload_too_large"},
	{CUSTOS_E_ARG, 400, "bad_request"},

	{DB_E_NOTFOUND, 404, "not_found"},
	/* Nothing was written; the operator must raise the map size, so a
	 * client should not simply retry (507, not 503). */
	{DB_E_FULL, 507, "store_full"},
	/* An I/O error of the store: the admin API answered 503, the
	 * revocation handlers and the vault 500. 503 store_unavailable: the
	 * request may succeed once the store works again, and it is the answer
	 * a failed revocation check already gives (fail closed, 503). */
	{DB_E_IO, 503, "store_unavailable"},
	{DB_E_FATAL, 503, "store_unavailable"},
	{DB_E_CORRUPT, 500, "internal"},
	{DB_E_TOOLONG, 400, "bad_request"},
	/* A count limit (1024 roles, 64 roles in a binding, 100000 bindings or
	 * revocations) or a change too large for one transaction: the admin
	 * API answered 400, the revocation handlers 507. 400 bad_request: the
	 * client must change its request (remove something first); 507 says
	 * "raise the map size", which would not help (docs/ADMIN_API.md). */
	{DB_E_LIMIT, 400, "bad_request"},
	{DB_E_CONFLICT, 500, "internal"},
	{DB_E_BUSY, 503, "store_unavailable"}, /* a compaction gave way; never reaches a request */

	{POL_EDOC, 400, "invalid_policy"},
	{POL_EBINDINGS, 400, "invalid_policy"},
	{POL_ELIMIT, 500, "internal"},
	{POL_EARG, 500, "internal"},

	{POL_STORE_E_ARG, 400, "bad_request"},
	{POL_STORE_E_PRECONDITION, 412, "precondition_failed"},
	{POL_STORE_E_INVALID, 400, "invalid_policy"},
	{POL_STORE_E_TOOBIG, 413, "payload_too_large"},
	{POL_STORE_E_RESERVED, 403, "forbidden"},

	{VAULT_E_INVALID, 400, "bad_request"},
	{VAULT_E_HOLD, 409, "legal_hold"},
	{VAULT_E_CRYPTO, 500, "internal"},
	{VAULT_E_LIMIT, 409, "conflict"},
	{VAULT_E_RETIRED, 400, "pseudonym_retired"},

	{AUDIT_E_INVALID, 500, "internal"},
	{AUDIT_E_TOO_LARGE, 500, "internal"},
	{AUDIT_E_UNAVAILABLE, 503, "audit_unavailable"},
	{AUDIT_E_TIMEOUT, 503, "audit_unavailable"},
	{AUDIT_E_IO, 500, "internal"},
	{AUDIT_E_KEY, 500, "internal"},
	{AUDIT_E_NOTFOUND, 500, "internal"},

	{TLS_E_NO_CERT, 401, "client_cert_required"},
	{TLS_E_INVALID, 401, "client_cert_invalid"},
	{TLS_E_LOAD, 500, "internal"},

	{KEYS_E_IO, 500, "internal"},
	{KEYS_E_FORMAT, 500, "internal"},
	{KEYS_E_EXISTS, 500, "internal"},
	{KEYS_E_RANDOM, 500, "internal"},

	{TCACHE_E_INVAL, 500, "internal"},

	{ROUTE_NOT_FOUND, 404, "not_found"},
	{ROUTE_BAD_METHOD, 405, "method_not_allowed"},
	{ROUTE_BAD_PATH, 400, "bad_request"},
	{IDENT_E_PURPOSE, 400, "bad_request"},
	{IDENT_E_REVOKED, 403, "revoked"},
	{AUTHZ_E_EVAL, 500, "internal"},
	{AUTHZ_E_NOPOLICY, 500, "internal"},

	{DETECT_E_LOCKED, 403, "subject_locked"},
	{DETECT_E_RATE_LIMITED, 429, "rate_limited"},
	{DETECT_E_SELF, 403, "forbidden"},
	{DETECT_E_CLOSED, 409, "conflict"},
	{DETECT_E_LIMIT, 409, "conflict"},
	{DETECT_E_STORE, 503, "store_unavailable"},

	{SESS_E_NONE, 401, "sign_in_required"},
	{SESS_E_EXPIRED, 401, "sign_in_required"},
	{SESS_E_FULL, 503, "overloaded"},
	{SESS_E_CSRF, 403, "csrf_failed"},
	{SESS_E_STATE, 400, "sign_in_failed"},
	{SESS_E_PROVIDER, 502, "sign_in_failed"},
	{SESS_E_ID_TOKEN, 401, "sign_in_failed"},
};

static const struct row *find(int rc)
{
	for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
		if (table[i].rc == rc)
			return &table[i];
	return NULL;
}

static int is_token(int rc)
{
	return rc <= JWTV_E_MALFORMED && rc >= JWTV_E_BINDING;
}

void errmap_http(int rc, unsigned *status, const char **code)
{
	const struct row *r = find(rc);
	if (is_token(rc)) {
		*status = 401;
		*code = jwtv_code(rc);
	} else if (r) {
		*status = r->status;
		*code = r->code;
	} else {
		*status = 500;
		*code = "internal";
	}
}

int errmap_listed(int rc)
{
	return is_token(rc) || find(rc) != NULL;
}
