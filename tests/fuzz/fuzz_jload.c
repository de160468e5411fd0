/* fuzz_jload: base/jload parses request bodies and token JSON in place of
 * json_loadb. Whatever it parses itself must be exactly what jansson parses
 * (jansson accepts it too, with an equal tree: types, values, member order);
 * whatever it does not is jansson's (the same error text and position).
 * And the authorize body's plain reading (jload_members) agrees with
 * jansson wherever it takes the input (jload_members_check.h). */
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "jload.h"
#include "jload_members_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(const char *s, size_t n, size_t flags)
{
	json_error_t je, we;
	json_t *want = json_loadb(s, n, flags, &we);
	json_t *own = jload_own(s, n, flags);
	if (own) {
		assert(want);
		assert(json_equal(own, want));
		char *a = json_dumps(own, JSON_COMPACT | JSON_ENCODE_ANY);
		char *b = json_dumps(want, JSON_COMPACT | JSON_ENCODE_ANY);
		assert(a && b && strcmp(a, b) == 0);
		free(a);
		free(b);
		json_decref(own);
	}
	json_t *got = jload(s, n, flags, &je);
	assert(!got == !want);
	if (!want) {
		assert(strcmp(je.text, we.text) == 0);
		assert(je.line == we.line && je.column == we.column && je.position == we.position);
	}
	json_decref(got);
	json_decref(want);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 65536)
		return 0;
	/* exactly sized: a read past the end is an ASan error */
	char *s = malloc(size ? size : 1);
	assert(s);
	memcpy(s, data, size);
	check(s, size, JSON_REJECT_DUPLICATES);
	check(s, size, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY);
	check(s, size, 0);
	jload_members_check(s, size);
	free(s);
	return 0;
}
