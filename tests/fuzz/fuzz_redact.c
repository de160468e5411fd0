/* fuzz_redact: PII detection and replacement on untrusted message text.
 *
 * Checks, for every input: redact_apply succeeds exactly when the input is
 * valid UTF-8 (checked here independently); spans are ordered, disjoint and
 * never split a UTF-8 sequence; the output is valid UTF-8, is exactly the
 * input with redact_find's spans replaced by their placeholders (mask all),
 * and the one-pass scan finds the same spans as the reference per-type scan
 * (each family alone, then the overlap rule); with a partial mask (the first
 * two bytes pick the types, so every type and mix is reached) only the masked
 * types are replaced. Seeds and the dictionary (redact.dict) cover every
 * type's triggers: context words, labels, prefixes of secrets. */
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "redact.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static redactor *g_r;

static const redact_custom CUSTOM[] = {
	{"nick", "(?i)\\b(?:alice|bob|j\xc3\xbcrgen)\\s+[[:alpha:]]+"},
	{"ticket", "TCK-\\d{4,8}"},
};

static int utf8_ok(const uint8_t *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		uint32_t c = s[i], cp;
		size_t k;
		if (c < 0x80) {
			i++;
			continue;
		} else if ((c & 0xE0) == 0xC0) {
			k = 1;
			cp = c & 0x1F;
		} else if ((c & 0xF0) == 0xE0) {
			k = 2;
			cp = c & 0x0F;
		} else if ((c & 0xF8) == 0xF0) {
			k = 3;
			cp = c & 0x07;
		} else {
			return 0;
		}
		if (i + k >= n)
			return 0;
		for (size_t j = 1; j <= k; j++) {
			if ((s[i + j] & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (s[i + j] & 0x3F);
		}
		static const uint32_t min[] = {0, 0x80, 0x800, 0x10000};
		if (cp < min[k] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		i += k + 1;
	}
	return 1;
}

/* The input with the spans of types in mask replaced, as redact_apply must
 * build it. */
static char *expected(const char *text, size_t len, const redact_span *sp, size_t n,
                      uint64_t mask, size_t *outlen)
{
	char *out = malloc(len * 1 + n * 48 + 1);
	assert(out);
	size_t o = 0, pos = 0;
	for (size_t i = 0; i < n; i++) {
		if (sp[i].type >= 64 || !(mask & (UINT64_C(1) << sp[i].type)))
			continue;
		memcpy(out + o, text + pos, sp[i].start - pos);
		o += sp[i].start - pos;
		const char *ph = redact_type_placeholder(g_r, sp[i].type);
		assert(ph && ph[0] == '[' && strlen(ph) <= 40);
		memcpy(out + o, ph, strlen(ph));
		o += strlen(ph);
		pos = sp[i].end;
	}
	memcpy(out + o, text + pos, len - pos);
	o += len - pos;
	out[o] = '\0';
	*outlen = o;
	return out;
}

static void check_apply(const char *text, size_t len, const redact_span *sp, size_t n,
                        uint64_t mask)
{
	char *out = NULL;
	size_t outlen = 0;
	redact_stats st;
	int rc = redact_apply(g_r, text, len, mask, &out, &outlen, &st);
	if (rc == REDACT_EMATCH)
		return; /* PCRE2 resource limit: refused, nothing leaks */
	assert(rc == 0 && out);
	assert(out[outlen] == '\0');
	assert(utf8_ok((const uint8_t *)out, outlen));
	size_t explen = 0;
	char *exp = expected(text, len, sp, n, mask, &explen);
	if (explen != outlen || memcmp(exp, out, outlen) != 0) {
		fprintf(stderr, "fuzz_redact: apply(mask %#llx) differs from its spans\n",
		        (unsigned long long)mask);
		abort();
	}
	size_t total = 0;
	for (size_t i = 0; i < n; i++)
		total += sp[i].type < 64 && (mask & (UINT64_C(1) << sp[i].type));
	assert(st.total == total);
	free(exp);
	free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!g_r) {
		char err[256];
		if (redact_create(&g_r, CUSTOM, sizeof CUSTOM / sizeof CUSTOM[0], err, sizeof err)) {
			fprintf(stderr, "fuzz_redact: %s\n", err);
			abort();
		}
	}
	if (size > 65536)
		return 0;
	const char *text = (const char *)data;
	redact_span *sp = NULL, *mp = NULL;
	size_t n = 0, mn = 0;
	int rc = redact_find(g_r, text, size, &sp, &n);
	int valid = utf8_ok(data, size);
	if (!valid) {
		assert(rc == REDACT_EUTF8);
		char *out = NULL;
		size_t outlen = 0;
		assert(redact_apply(g_r, text, size, REDACT_MASK_ALL, &out, &outlen, NULL) ==
		       REDACT_EUTF8);
		assert(!out);
		return 0;
	}
	if (rc == REDACT_EMATCH)
		return 0;
	assert(rc == 0);
	unsigned ntypes = redact_type_count(g_r);
	for (size_t i = 0; i < n; i++) {
		assert(sp[i].start < sp[i].end && sp[i].end <= size);
		assert(i == 0 || sp[i - 1].end <= sp[i].start);
		assert(sp[i].type < ntypes);
		/* a span starts and ends on a character boundary */
		assert((data[sp[i].start] & 0xC0) != 0x80);
		assert(sp[i].end == size || (data[sp[i].end] & 0xC0) != 0x80);
	}
	rc = redact_find_multipass(g_r, text, size, &mp, &mn);
	if (rc == 0) {
		int same = mn == n;
		for (size_t i = 0; same && i < n; i++)
			same = sp[i].start == mp[i].start && sp[i].end == mp[i].end &&
			       sp[i].type == mp[i].type;
		if (!same) {
			fprintf(stderr, "fuzz_redact: one-pass %zu spans, multipass %zu spans\n", n, mn);
			for (size_t i = 0; i < n; i++)
				fprintf(stderr, "  one  [%zu,%zu) %u\n", sp[i].start, sp[i].end, sp[i].type);
			for (size_t i = 0; i < mn; i++)
				fprintf(stderr, "  multi [%zu,%zu) %u\n", mp[i].start, mp[i].end, mp[i].type);
			abort();
		}
	}
	check_apply(text, size, sp, n, REDACT_MASK_ALL);
	check_apply(text, size, sp, n,
	            size > 1 ? (uint64_t)data[0] | (uint64_t)(data[1] & 0x1F) << 8 : 0);
	free(sp);
	free(mp);
	return 0;
}
