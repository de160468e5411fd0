/* fuzz_principal: the one principal grammar (policy/principal.c) and the
 * linear glob matcher (policy/vocab.c) on arbitrary bytes.
 * Checks: a parsed principal splits into parts that rebuild it exactly and
 * each part passes its own rule; an accepted id has no byte that starts a
 * control or line-breaking character; the glob matcher agrees with glibc's
 * fnmatch (our globs have no [ ] \ and no path rules). */
#include <assert.h>
#include <fnmatch.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pol_int.h"
#include "policy.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void principal(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	pol_principal p;
	const char *why = NULL;
	if (pol_principal_parse(s, size, &p, &why)) {
		assert(why && *why);
		return;
	}
	assert(size <= POL_PRINCIPAL_MAX && !memchr(s, '\0', size));
	const char *kind = pol_principal_kind_name(p.kind);
	assert(kind);
	size_t kl = strlen(kind);
	assert(size > kl && !memcmp(s, kind, kl) && s[kl] == ':');
	if (p.kind == POL_PRINCIPAL_SVC) {
		assert(!p.issuer && p.id == s + kl + 1 && p.id_len == size - kl - 1);
		for (size_t i = 0; i < p.id_len; i++)
			assert(p.id[i] > 0x20 && p.id[i] < 0x7f);
		return;
	}
	assert(p.issuer == s + kl + 1 && pol_issuer_check(p.issuer, p.issuer_len) == 0);
	assert(p.issuer[p.issuer_len] == '/' && p.id == p.issuer + p.issuer_len + 1);
	assert(p.id + p.id_len == s + size);
	assert(pol_id_check(p.id, p.id_len, NULL) == 0);
	for (size_t i = 0; i < p.id_len; i++) {
		unsigned char c = (unsigned char)p.id[i];
		assert(c >= 0x20 && c != 0x7f);
		/* C1 controls (U+0080-U+009F, U+0085 NEL among them) are C2 80..9F. */
		assert(!(c == 0xc2 && i + 1 < p.id_len && (unsigned char)p.id[i + 1] < 0xa1));
		/* U+2028 / U+2029 */
		assert(!(c == 0xe2 && i + 2 < p.id_len && (unsigned char)p.id[i + 1] == 0x80 &&
			 ((unsigned char)p.id[i + 2] == 0xa8 || (unsigned char)p.id[i + 2] == 0xa9)));
	}
}

/* First byte: pattern length; pattern bytes are mapped onto "ab*?", the rest
 * of the input (up to 300 bytes) onto "ab" is the text. Long texts and the
 * bit-parallel path are covered by test_policy_eval (against fnmatch too). */
static void glob(const uint8_t *data, size_t size)
{
	if (size < 1)
		return;
	size_t pl = data[0] % 40;
	if (pl == 0 || pl + 1 > size)
		return;
	char pat[41];
	size_t stars = 0;
	for (size_t i = 0; i < pl; i++) {
		pat[i] = "ab*?"[data[1 + i] & 3];
		stars += pat[i] == '*';
	}
	pat[pl] = '\0';
	if (stars > 8)
		return; /* glibc's fnmatch backtracks: keep the reference fast */
	size_t tl = size - 1 - pl;
	if (tl > 300)
		tl = 300;
	char *text = malloc(tl + 1);
	assert(text);
	for (size_t i = 0; i < tl; i++)
		text[i] = "ab"[data[1 + pl + i] & 1];
	text[tl] = '\0';
	int want = fnmatch(pat, text, 0) == 0;
	assert(pol_v_glob_match(pat, text, tl) == want);
	free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	principal(data, size);
	glob(data, size);
	return 0;
}
