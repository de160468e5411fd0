/* fuzz_base: the small parsers of base/ that see request bodies: RFC 3339
 * times (conversation "expires_at", message "at", revocation "expires_at")
 * and standard base64 (vault ciphertexts, key files).
 * Checks: a parsed time prints and parses back to itself; base64 never
 * writes more than asked and agrees with an independent decoder. */
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "b64.h"
#include "timefmt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Reference decoder: whitespace skipped, at most two '=' and only at the end,
 * length mod 4 != 1. Returns the length or -1. */
static int ref_b64(const uint8_t *in, size_t n, uint8_t *out, size_t outsz)
{
	static const char A[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	uint32_t acc = 0;
	size_t bits = 0, o = 0, chars = 0, pad = 0;
	for (size_t i = 0; i < n; i++) {
		uint8_t c = in[i];
		if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
			continue;
		if (c == '=') {
			pad++;
			continue;
		}
		if (pad)
			return -1;
		const char *p = c ? memchr(A, c, 64) : NULL;
		if (!p)
			return -1;
		acc = (acc << 6) | (uint32_t)(p - A);
		bits += 6;
		chars++;
		if (bits >= 8) {
			bits -= 8;
			if (o == outsz)
				return -1;
			out[o++] = (uint8_t)(acc >> bits);
		}
	}
	if (pad > 2 || chars % 4 == 1)
		return -1;
	return (int)o;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 4096)
		return 0;
	/* Exactly sized, so that reading past the NUL is an ASan error. */
	char *s = malloc(size + 1);
	assert(s);
	memcpy(s, data, size);
	s[size] = '\0';

	time_t t = 0;
	if (time_parse_rfc3339(s, &t) == 0) {
		char buf[64];
		time_t back = 0;
		struct tm tm;
		if (gmtime_r(&t, &tm) && tm.tm_year + 1900 >= 1 && tm.tm_year + 1900 <= 9999) {
			time_rfc3339(t, buf, sizeof buf);
			assert(time_parse_rfc3339(buf, &back) == 0);
			assert(back == t);
		}
	}

	uint8_t out[96], ref[96];
	size_t outsz = size ? data[0] % sizeof out : 0;
	memset(out, 0xAA, sizeof out);
	int n = b64_decode(s, size, out, outsz);
	int r = ref_b64(data, size, ref, outsz);
	assert(n >= -1 && n <= (int)outsz);
	for (size_t i = outsz; i < sizeof out; i++)
		assert(out[i] == 0xAA);
	/* The reference refuses non-zero trailing bits no more than b64_decode does;
	 * compare only where both decode. */
	if (n >= 0 && r >= 0) {
		assert(n == r);
		assert(memcmp(out, ref, (size_t)n) == 0);
	}
	free(s);
	return 0;
}
