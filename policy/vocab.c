/* vocab: the fixed vocabulary of role documents (actions, redact names,
 * operators, attributes, references), glob checking and matching, and a small
 * open-addressing string index shared by validation and compilation. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pol_int.h"

const char *const pol_v_actions[POL_NACTIONS] = {
	"conversation:create", "conversation:append", "conversation:read", "conversation:list",
	"conversation:delete", "conversation:hold",   "authorize",         "user:consent",
	"user:export",         "user:erase",          "concern:create",    "concern:read",
	"policy:read",         "policy:write",        "revocation:write",  "audit:read",
	"alert:read",          "keys:rotate",         "lock:write",        "review:read",
	"review:write",
};

/* The order of hidden and revealed sets in decisions. "ssn" is the US
 * Social Security number, a subtype of "gov_id" (revealing gov_id reveals
 * it too); "pii" is the end user's id (shown as a pseudonym while hidden). */
const char *const pol_v_redact_builtin[POL_NREDACT_BUILTIN] = {
	"email",  "phone",  "card",   "iban",    "ip",  "ssn",
	"gov_id", "secret", "person", "address", "dob", "pii",
};

static const char *const op_names[PO_COUNT] = {
	"equals", "not_equals", "in", "matches", "exists", "lt", "gt",
};

static const char *const prefixes[] = {
	"conversation", "user",  "concern", "policy", "revocation",
	"audit",        "alert", "keys",    "lock",   "review",
};

size_t pol_action_count(void)
{
	return POL_NACTIONS;
}

const char *pol_action_name(size_t i)
{
	return i < POL_NACTIONS ? pol_v_actions[i] : NULL;
}

int pol_action_known(const char *action)
{
	return pol_v_action_index(action) >= 0;
}

size_t pol_redact_builtin_count(void)
{
	return POL_NREDACT_BUILTIN;
}

const char *pol_redact_builtin_name(size_t i)
{
	return i < POL_NREDACT_BUILTIN ? pol_v_redact_builtin[i] : NULL;
}

int pol_v_action_index(const char *s)
{
	if (!s)
		return -1;
	for (int i = 0; i < POL_NACTIONS; i++)
		if (strcmp(s, pol_v_actions[i]) == 0)
			return i;
	return -1;
}

int pol_v_action_bits(const char *s, uint32_t *bits)
{
	size_t n = strlen(s);
	*bits = 0;
	if (strcmp(s, "*") == 0) {
		*bits = (1u << POL_NACTIONS) - 1;
		return 0;
	}
	if (n > 2 && s[n - 2] == ':' && s[n - 1] == '*') {
		size_t plen = n - 2;
		int known = 0;
		for (size_t p = 0; p < sizeof prefixes / sizeof prefixes[0]; p++)
			if (strlen(prefixes[p]) == plen && memcmp(prefixes[p], s, plen) == 0)
				known = 1;
		if (!known)
			return -1;
		for (int i = 0; i < POL_NACTIONS; i++) {
			const char *a = pol_v_actions[i];
			if (strncmp(a, s, plen + 1) == 0)
				*bits |= 1u << i;
		}
		return 0;
	}
	int i = pol_v_action_index(s);
	if (i < 0)
		return -1;
	*bits = 1u << i;
	return 0;
}

int pol_v_redact_index(const char *s, const char *const *custom, size_t ncustom)
{
	for (int i = 0; i < POL_NREDACT_BUILTIN; i++)
		if (strcmp(s, pol_v_redact_builtin[i]) == 0)
			return i;
	for (size_t i = 0; i < ncustom; i++)
		if (strcmp(s, custom[i]) == 0)
			return POL_NREDACT_BUILTIN + (int)i;
	return -1;
}

static int redact_name_ok(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n > POL_REDACT_NAME_MAX)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
			return 0;
	}
	return 1;
}

int pol_v_custom_ok(const char *const *custom, size_t ncustom)
{
	if (ncustom > POL_MAX_CUSTOM_REDACT || (ncustom && !custom))
		return -1;
	for (size_t i = 0; i < ncustom; i++) {
		if (!custom[i] || !redact_name_ok(custom[i]))
			return -1;
		if (pol_v_redact_index(custom[i], custom, i) >= 0)
			return -1; /* builtin or earlier duplicate */
	}
	return 0;
}

int pol_v_op(const char *key)
{
	for (int i = 0; i < PO_COUNT; i++)
		if (strcmp(key, op_names[i]) == 0)
			return i;
	return -1;
}

const char *pol_v_op_name(int op)
{
	return op >= 0 && op < PO_COUNT ? op_names[op] : "?";
}

static const struct {
	const char *name;
	int root, type;
} fixed_attrs[] = {
	{"subject.id", PA_SUBJECT_ID, PT_STR},
	{"subject.roles", PA_SUBJECT_ROLES, PT_STRLIST},
	{"subject.kind", PA_SUBJECT_KIND, PT_STR},
	{"request.client", PA_REQUEST_CLIENT, PT_STR},
	{"request.purpose", PA_REQUEST_PURPOSE, PT_STR},
	{"request.hour_utc", PA_REQUEST_HOUR, PT_INT},
	{"request.time.hour", PA_REQUEST_TIME_HOUR, PT_INT},
	{"request.time.weekday", PA_REQUEST_TIME_WEEKDAY, PT_WEEKDAY},
};

static int seg_char_ok(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '-' || c == ':';
}

int pol_v_attr_parse(const char *s, pol_attr_info *info, const char **why)
{
	size_t n = strlen(s);
	memset(info, 0, sizeof *info);
	if (n == 0 || n > POL_ATTR_MAX) {
		*why = "attribute must be 1..256 bytes";
		return -1;
	}
	for (size_t i = 0; i < sizeof fixed_attrs / sizeof fixed_attrs[0]; i++) {
		if (strcmp(s, fixed_attrs[i].name) == 0) {
			info->root = fixed_attrs[i].root;
			info->type = fixed_attrs[i].type;
			return 0;
		}
	}
	static const char claims[] = "subject.claims.", resource[] = "resource.";
	if (strncmp(s, claims, sizeof claims - 1) == 0) {
		info->root = PA_SUBJECT_CLAIMS;
		info->prefix_len = sizeof claims - 1;
	} else if (strncmp(s, resource, sizeof resource - 1) == 0) {
		info->root = PA_RESOURCE;
		info->prefix_len = sizeof resource - 1;
	} else {
		*why = "unknown attribute";
		return -1;
	}
	info->type = PT_ANY;
	/* Segments: [A-Za-z0-9_:-]{1,64} separated by single dots. */
	const char *p = s + info->prefix_len;
	size_t seglen = 0;
	info->nseg = 1;
	for (; *p; p++) {
		if (*p == '.') {
			if (seglen == 0)
				break;
			seglen = 0;
			info->nseg++;
			continue;
		}
		if (!seg_char_ok(*p)) {
			*why = "attribute segments allow only [A-Za-z0-9_:-]";
			return -1;
		}
		if (++seglen > POL_SEG_MAX) {
			*why = "attribute segment longer than 64 bytes";
			return -1;
		}
	}
	if (seglen == 0) {
		*why = "empty attribute segment";
		return -1;
	}
	if (info->nseg > POL_ATTR_SEGS) {
		*why = "attribute has more than 8 segments";
		return -1;
	}
	return 0;
}

static const char *const weekday_names[7][2] = {
	{"mon", "monday"}, {"tue", "tuesday"},  {"wed", "wednesday"}, {"thu", "thursday"},
	{"fri", "friday"}, {"sat", "saturday"}, {"sun", "sunday"},
};

int pol_v_weekday(const char *s)
{
	for (int d = 0; d < 7; d++)
		for (int k = 0; k < 2; k++)
			if (strcasecmp(s, weekday_names[d][k]) == 0)
				return d + 1;
	return -1;
}

int pol_v_hhmm(const char *s)
{
	if (strlen(s) != 5 || s[2] != ':')
		return -1;
	for (int i = 0; i < 5; i++)
		if (i != 2 && (s[i] < '0' || s[i] > '9'))
			return -1;
	int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0');
	if (h > 24 || m > 59 || (h == 24 && m != 0))
		return -1;
	return h * 60 + m;
}

static const char *const ref_names[] = {NULL, "$subject.id", "$subject.kind", "$request.client"};

int pol_v_ref(const char *s)
{
	if (s[0] != '$')
		return PR_NONE;
	for (int i = 1; i < (int)(sizeof ref_names / sizeof ref_names[0]); i++)
		if (strcmp(s, ref_names[i]) == 0)
			return i;
	return -1;
}

const char *pol_v_ref_name(int ref)
{
	return ref > 0 && ref < (int)(sizeof ref_names / sizeof ref_names[0]) ? ref_names[ref] : "";
}

int pol_v_name_ok(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n > POL_NAME_MAX)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
		      c == '-'))
			return 0;
	}
	return 1;
}

int pol_v_glob_check(const char *s, const char **why)
{
	size_t n = strlen(s), stars = 0;
	if (n == 0) {
		*why = "empty glob";
		return -1;
	}
	if (n > POL_GLOB_MAX) {
		*why = "glob longer than 256 bytes";
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == 0x7f) {
			*why = "glob contains a control character";
			return -1;
		}
		if (c == '[' || c == ']' || c == '\\') {
			*why = "glob supports only * and ? ([, ] and \\ are not allowed)";
			return -1;
		}
		if (c == '*' && ++stars > POL_GLOB_STARS) {
			*why = "glob has more than 16 '*'";
			return -1;
		}
	}
	return 0;
}

/* s[0..m) equals seg[0..m), where '?' in seg matches any byte. */
static int seg_eq(const char *seg, const char *s, size_t m)
{
	for (size_t i = 0; i < m; i++)
		if (seg[i] != '?' && seg[i] != s[i])
			return 0;
	return 1;
}

#define GLOB_WORDS ((POL_GLOB_MAX + 63) / 64)

/* Start of the leftmost occurrence of seg[0..m) ('?' = any byte) in
 * s[from..end), or (size_t)-1. Bit-parallel (shift-and): every byte of the
 * text is looked at once, whatever the segment, so the cost is
 * O((end - from) * ceil(m / 64)) plus a fixed table set-up; short texts are
 * compared directly, which costs at most GLOB_DIRECT comparisons. */
#define GLOB_DIRECT 2048
static size_t seg_find(const char *seg, size_t m, const char *s, size_t from, size_t end)
{
	if (end < from || end - from < m)
		return (size_t)-1;
	size_t last = end - m; /* the last possible start */
	if ((last - from + 1) * m <= GLOB_DIRECT) {
		for (size_t i = from; i <= last; i++)
			if (seg_eq(seg, s + i, m))
				return i;
		return (size_t)-1;
	}
	size_t w = (m + 63) / 64;
	uint64_t wild[GLOB_WORDS] = {0}, d[GLOB_WORDS] = {0};
	uint64_t t[256][GLOB_WORDS];
	for (size_t j = 0; j < m; j++)
		if (seg[j] == '?')
			wild[j / 64] |= (uint64_t)1 << (j % 64);
	for (size_t c = 0; c < 256; c++)
		for (size_t k = 0; k < w; k++)
			t[c][k] = wild[k];
	for (size_t j = 0; j < m; j++)
		t[(unsigned char)seg[j]][j / 64] |= (uint64_t)1 << (j % 64);
	const uint64_t hit = (uint64_t)1 << ((m - 1) % 64);
	for (size_t i = from; i < end; i++) {
		const uint64_t *tc = t[(unsigned char)s[i]];
		uint64_t carry = 1; /* a match may start at every position */
		for (size_t k = 0; k < w; k++) {
			uint64_t out = d[k] >> 63;
			d[k] = ((d[k] << 1) | carry) & tc[k];
			carry = out;
		}
		if (d[w - 1] & hit)
			return i + 1 - m;
	}
	return (size_t)-1;
}

int pol_v_glob_match(const char *pat, const char *s, size_t slen)
{
	/* A glob is head*mid1*mid2*...*tail. head and tail are anchored; each
     * middle segment is taken at its leftmost place after the previous one,
     * which is optimal when only '*' separates them. So the text is scanned
     * once: O(len(s) + len(pat)), never the O(len(s) * len(pat)) of
     * backtracking (docs/POLICY.md). */
	size_t plen = strlen(pat);
	const char *first = memchr(pat, '*', plen);
	if (!first)
		return plen == slen && seg_eq(pat, s, plen);
	const char *lastp = memrchr(pat, '*', plen);
	size_t head = (size_t)(first - pat), tail = plen - (size_t)(lastp - pat) - 1;
	if (head + tail > slen || !seg_eq(pat, s, head) ||
	    !seg_eq(lastp + 1, s + slen - tail, tail))
		return 0;
	size_t pos = head, end = slen - tail;
	const char *p = first + 1;
	while (p < lastp) {
		const char *q = memchr(p, '*', (size_t)(lastp - p) + 1);
		size_t m = (size_t)(q - p);
		if (m) {
			size_t at = seg_find(p, m, s, pos, end);
			if (at == (size_t)-1)
				return 0;
			pos = at + m;
		}
		p = q + 1;
	}
	return 1;
}

void pol_v_san(const char *s, char *out, size_t outlen)
{
	size_t n = strlen(s), o;
	for (o = 0; o < n && o + 1 < outlen; o++) {
		unsigned char ch = (unsigned char)s[o];
		out[o] = (ch >= 0x20 && ch < 0x7f && ch != '"' && ch != '\'') ? (char)ch : '?';
	}
	out[o] = '\0';
	if (o < n && outlen > 4)
		memcpy(out + o - 3, "...", 3);
}

/* ---- string index ---- */

uint64_t pol_v_hash(const char *s, size_t len)
{
	/* FNV-1a with a final avalanche; keys are admin-written principals. */
	uint64_t h = 0xcbf29ce484222325ull;
	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ull;
	}
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 33;
	return h;
}

int pol_sidx_init(pol_sidx *x, size_t n)
{
	size_t cap = 8;
	while (cap < 2 * n)
		cap <<= 1;
	x->slot = calloc(cap, sizeof *x->slot);
	if (!x->slot)
		return -1;
	x->mask = cap - 1;
	return 0;
}

void pol_sidx_free(pol_sidx *x)
{
	if (!x)
		return;
	free(x->slot);
	x->slot = NULL;
	x->mask = 0;
}

long pol_sidx_find(const pol_sidx *x, const char *const *keys, const char *k, size_t klen)
{
	if (!x->slot)
		return -1;
	uint64_t h = pol_v_hash(k, klen);
	uint32_t h32 = (uint32_t)(h >> 32);
	for (size_t i = h & x->mask;; i = (i + 1) & x->mask) {
		const pol_sidx_slot *sl = &x->slot[i];
		if (sl->idx1 == 0)
			return -1;
		if (sl->h32 == h32) {
			const char *key = keys[sl->idx1 - 1];
			if (strncmp(key, k, klen) == 0 && key[klen] == '\0')
				return (long)sl->idx1 - 1;
		}
	}
}

void pol_sidx_put(pol_sidx *x, const char *const *keys, uint32_t idx)
{
	uint64_t h = pol_v_hash(keys[idx], strlen(keys[idx]));
	size_t i = h & x->mask;
	while (x->slot[i].idx1 != 0)
		i = (i + 1) & x->mask;
	x->slot[i].idx1 = idx + 1;
	x->slot[i].h32 = (uint32_t)(h >> 32);
}
