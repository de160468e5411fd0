/* fuzz_audit_fit: audit_entry_fit on entries whose members are arbitrary
 * client JSON (an authorize body's resource, a consent body, ...).
 * Checks the contract: the fitted entry is at most AUDIT_MAX_ENTRY bytes of
 * compact JSON, no string in it is longer than a bounded form, nothing is
 * nested deeper than AUDIT_MAX_DEPTH, short contract fields are kept as they
 * were, and fitting again changes nothing. */
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <jansson.h>

#include "audit.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Longest form a bounded string can take (prefix + "...[N bytes] sha256:" +
 * 64 hex; a container's digest is shorter): below the bound, so fitting
 * again leaves it alone. */
#define BOUNDED_MAX (AUDIT_FIT_KEEP + 112)
_Static_assert(BOUNDED_MAX <= AUDIT_FIT_STRING_MAX, "a bounded string must fit the bound");

static int depth_of(const json_t *j)
{
	int best = 0;
	if (json_is_object(j)) {
		const char *k;
		json_t *v;
		json_object_foreach((json_t *)j, k, v) {
			assert(strlen(k) <= AUDIT_FIT_STRING_MAX);
			int d = depth_of(v);
			if (d > best)
				best = d;
		}
		return best + 1;
	}
	if (json_is_array(j)) {
		size_t i;
		json_t *v;
		json_array_foreach(j, i, v) {
			int d = depth_of(v);
			if (d > best)
				best = d;
		}
		return best + 1;
	}
	if (json_is_string(j))
		assert(json_string_length(j) <= AUDIT_FIT_STRING_MAX);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	json_t *client = json_loadb((const char *)data, size, JSON_DECODE_ANY | JSON_ALLOW_NUL,
				    NULL);
	if (!client)
		return 0;
	json_t *e = json_pack("{s:s,s:s,s:s,s:s,s:[s],s:o}", "request_id", "r-1", "decision",
			      "allow", "action", "conversation:read", "subject", "user:corp/a",
			      "roles", "support_agent", "extra", client);
	if (!e)
		return 0;
	/* The same client value as the resource name, when it is a string. */
	json_t *res = json_object_get(e, "extra");
	if (json_is_string(res))
		json_object_set(e, "resource", res);
	int rc = audit_entry_fit(e);
	assert(rc == 0 || rc == AUDIT_E_NOMEM);
	if (rc == 0) {
		assert(json_dumpb(e, NULL, 0, JSON_COMPACT) <= AUDIT_MAX_ENTRY);
		assert(depth_of(e) <= AUDIT_MAX_DEPTH);
		assert(!strcmp(json_string_value(json_object_get(e, "request_id")), "r-1"));
		assert(!strcmp(json_string_value(json_object_get(e, "subject")), "user:corp/a"));
		json_t *again = json_deep_copy(e);
		assert(again && audit_entry_fit(again) == 0 && json_equal(again, e));
		json_decref(again);
	}
	json_decref(e);
	return 0;
}
