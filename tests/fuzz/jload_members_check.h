/* jload_members_check: the contract of base/jload's jload_members, shared by
 * tests/fuzz/fuzz_jload.c and tests/unit/base/test_jload.c. With the members
 * of an /v1/authorize body: when jload_members takes s, jansson parses s
 * exactly when it parses each container's bytes, and then its tree has
 * those members and no other, each equal to what jload_members gave (a
 * string's content, or the tree of the container's bytes). Returns
 * jload_members' result. A broken contract aborts (whatever NDEBUG says:
 * the unit tests are built with it). */
#ifndef CUSTOS_JLOAD_MEMBERS_CHECK_H
#define CUSTOS_JLOAD_MEMBERS_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jload.h"

#define JMC_CHECK(c)                                                                     \
	do {                                                                             \
		if (!(c)) {                                                              \
			fprintf(stderr, "%s:%d: jload_members: %s\n", __FILE__, __LINE__, #c); \
			abort();                                                         \
		}                                                                        \
	} while (0)

static int jload_members_check(const char *s, size_t n)
{
	static const char *const keys[] = {"action", "purpose", "subject",
					   "token",  "groups",  "resource"};
	struct jload_member m[6];
	int rc = jload_members(s, n, keys, "\"\"\"\"[{", 6, m);
	JMC_CHECK(rc == 0 || rc == 1);
	if (rc)
		return rc;
	json_t *sub[6] = {0};
	int all = 1;
	size_t present = 0;
	for (size_t i = 0; i < 6; i++) {
		if (!m[i].type)
			continue;
		present++;
		JMC_CHECK(m[i].p >= s && m[i].p + m[i].len <= s + n);
		if (m[i].type != '"') {
			sub[i] = json_loadb(m[i].p, m[i].len, JSON_REJECT_DUPLICATES, NULL);
			all = all && sub[i];
		}
	}
	json_t *want = json_loadb(s, n, JSON_REJECT_DUPLICATES, NULL);
	JMC_CHECK(!want == !all);
	if (want) {
		JMC_CHECK(json_is_object(want) && json_object_size(want) == present);
		for (size_t i = 0; i < 6; i++) {
			json_t *v = json_object_get(want, keys[i]);
			JMC_CHECK(!v == !m[i].type);
			if (m[i].type == '"')
				JMC_CHECK(json_is_string(v) && json_string_length(v) == m[i].len &&
				       !memcmp(json_string_value(v), m[i].p, m[i].len));
			else if (m[i].type)
				JMC_CHECK(json_equal(v, sub[i]));
		}
	}
	json_decref(want);
	for (size_t i = 0; i < 6; i++)
		json_decref(sub[i]);
	return rc;
}

#endif
