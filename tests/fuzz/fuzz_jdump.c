/* fuzz_jdump: base/jdump must write exactly what jansson's json_dumps
 * writes (every JSON reply and every audit entry goes through it), and fail
 * exactly where jansson fails. The input is JSON (any value, NULs allowed
 * in strings) dumped with the reply flags and the audit's canonical flags;
 * an input that does not parse is taken as raw bytes for a string and a
 * key made without UTF-8 checks, so invalid UTF-8 is compared too. */
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "errors-t.h"
#include "jdump.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void compare(const json_t *v, size_t flags)
{
	char *want = json_dumps(v, flags);
	struct buf b;
	buf_init(&b, 1 << 22);
	int rc = jdump(v, flags, &b);
	if (want) {
		assert(rc == 0);
		assert(b.len == strlen(want));
		assert(memcmp(b.p, want, b.len) == 0);
	} else {
		assert(rc == CUSTOS_E_ARG);
		assert(b.len == 0);
	}
	free(want);
	buf_free(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const size_t flags[] = {
		JSON_COMPACT | JSON_PRESERVE_ORDER, JSON_COMPACT | JSON_SORT_KEYS,
		JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY, JSON_COMPACT | JSON_ENCODE_ANY};
	if (size > 65536)
		return 0;
	json_error_t je;
	json_t *v = json_loadb((const char *)data, size, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
	if (!v) {
		v = json_object();
		assert(v);
		json_object_set_new_nocheck(
			v, "s", json_stringn_nocheck((const char *)data, size));
		json_object_setn_new_nocheck(v, (const char *)data, size, json_integer(1));
	}
	for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++)
		compare(v, flags[i]);
	json_decref(v);
	return 0;
}
