/* kwset: sets of folded keywords and phrases ("date of birth", "mot de
 * passe", "tel.") looked up by hashing the first word of the text at a
 * word start, so that checking the context of a candidate costs a few
 * hundred instructions however long the lists are. Phrases that start
 * with no letter ("--", "€") or in a script written without spaces (CJK)
 * are found by substring search instead. Built on first use, under a
 * global mutex; read-only afterwards. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "redact_int.h"

struct rx_kwidx {
	uint32_t *slot;  /* open addressing: phrase index + 1, 0 empty */
	uint32_t *hash;  /* hash of the phrase's first word */
	uint8_t subfirst[32]; /* first bytes of the substring phrases */
	uint32_t *tslot;      /* by the last word: phrase index + 1, 0 empty */
	uint32_t *thash;
	uint16_t *tnone;      /* phrases without letters */
	size_t ntnone;
	size_t mask;
	uint16_t *sub;   /* phrases searched as substrings */
	size_t nsub;
	uint16_t *len;   /* byte length of each phrase */
};

static pthread_mutex_t build_lock = PTHREAD_MUTEX_INITIALIZER;

static uint32_t fnv(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h | 1u; /* 0 marks an empty slot */
}

/* Length of the leading word (letters and digits) of folded text t[0..n). */
static size_t first_word(const char *t, size_t n)
{
	size_t i = 0, k;
	while (i < n && (k = rx_letter_at(t, n, i)) > 0)
		i += k;
	return i;
}

/* The last run of letters of t[0..n): [*a, *b). 0 when there is none. */
static int last_word(const char *t, size_t n, size_t *a, size_t *b)
{
	size_t e = n, k;
	while (e > 0 && !rx_letter_before(t, e))
		e--;
	if (e == 0)
		return 0;
	size_t st = e;
	while (st > 0 && (k = rx_letter_before(t, st)) > 0)
		st -= k;
	*a = st;
	*b = e;
	return 1;
}

static int cjk_or_symbol(const char *w)
{
	unsigned char c = (unsigned char)w[0];
	return c >= 0xE3 || !rx_letter_at(w, strlen(w), 0);
}

static struct rx_kwidx *build(const char *const *words)
{
	size_t n = 0;
	while (words[n])
		n++;
	struct rx_kwidx *x = calloc(1, sizeof *x);
	if (!x)
		return NULL;
	size_t cap = 16;
	while (cap < 2 * n + 2)
		cap <<= 1;
	x->slot = calloc(cap, sizeof *x->slot);
	x->hash = calloc(cap, sizeof *x->hash);
	x->sub = calloc(n + 1, sizeof *x->sub);
	x->len = calloc(n + 1, sizeof *x->len);
	x->tslot = calloc(cap, sizeof *x->tslot);
	x->thash = calloc(cap, sizeof *x->thash);
	x->tnone = calloc(n + 1, sizeof *x->tnone);
	if (!x->slot || !x->hash || !x->sub || !x->len || !x->tslot || !x->thash || !x->tnone) {
		free(x->slot);
		free(x->hash);
		free(x->sub);
		free(x->len);
		free(x->tslot);
		free(x->thash);
		free(x->tnone);
		free(x);
		return NULL;
	}
	x->mask = cap - 1;
	for (size_t i = 0; i < n; i++) {
		size_t l = strlen(words[i]), a, b;
		x->len[i] = (uint16_t)l;
		if (last_word(words[i], l, &a, &b)) {
			uint32_t th = fnv(words[i] + a, b - a);
			size_t p = th & x->mask;
			while (x->tslot[p])
				p = (p + 1) & x->mask;
			x->tslot[p] = (uint32_t)i + 1;
			x->thash[p] = th;
		} else {
			x->tnone[x->ntnone++] = (uint16_t)i;
		}
		if (cjk_or_symbol(words[i])) {
			unsigned char f = (unsigned char)words[i][0];
			x->subfirst[f / 8] |= (uint8_t)(1u << (f % 8));
			x->sub[x->nsub++] = (uint16_t)i;
			continue;
		}
		uint32_t h = fnv(words[i], first_word(words[i], l));
		size_t p = h & x->mask;
		while (x->slot[p])
			p = (p + 1) & x->mask;
		x->slot[p] = (uint32_t)i + 1;
		x->hash[p] = h;
	}
	return x;
}

static const struct rx_kwidx *idx_of(struct rx_kwset *k)
{
	struct rx_kwidx *x = __atomic_load_n(&k->idx, __ATOMIC_ACQUIRE);
	if (x)
		return x;
	pthread_mutex_lock(&build_lock);
	x = k->idx;
	if (!x) {
		x = build(k->words);
		__atomic_store_n(&k->idx, x, __ATOMIC_RELEASE);
	}
	pthread_mutex_unlock(&build_lock);
	return x;
}

/* Whether phrase w (folded, wl bytes) is at t[i..] (folded, n bytes) as
 * whole words. */
static int phrase_at(const char *t, size_t n, size_t i, const char *w, size_t wl)
{
	if (i + wl > n || memcmp(t + i, w, wl) != 0)
		return 0;
	unsigned char last = (unsigned char)w[wl - 1];
	if (rx_is_alnum(last) || last >= 0x80)
		return i + wl == n || !rx_letter_at(t, n, i + wl);
	return 1;
}

int rx_kwset_has(struct rx_kwset *k, const char *w, size_t n)
{
	const struct rx_kwidx *x = idx_of(k);
	if (!x || n == 0)
		return 0;
	uint32_t h = fnv(w, first_word(w, n));
	for (size_t p = h & x->mask; x->slot[p]; p = (p + 1) & x->mask) {
		if (x->hash[p] != h)
			continue;
		size_t i = x->slot[p] - 1;
		if (x->len[i] == n && memcmp(k->words[i], w, n) == 0)
			return 1;
	}
	return 0;
}

size_t rx_kwset_last(struct rx_kwset *k, const char *s, size_t from, size_t to)
{
	return rx_kwset_last_idx(k, s, from, to, NULL);
}

size_t rx_kwset_last_idx(struct rx_kwset *k, const char *s, size_t from, size_t to, size_t *which)
{
	char buf[256];
	size_t best = (size_t)-1;
	const struct rx_kwidx *x = idx_of(k);
	if (!x || to <= from)
		return best;
	if (to - from > sizeof buf - 1)
		from = to - (sizeof buf - 1);
	while (from < to && ((unsigned char)s[from] & 0xC0) == 0x80)
		from++;
	size_t n = rx_fold(s + from, to - from, buf, sizeof buf);
	for (size_t i = 0; i < n;) {
		size_t wl = 0, kk;
		while (i + wl < n) {
			unsigned char ch = (unsigned char)buf[i + wl];
			if (rx_is_alnum(ch))
				kk = 1;
			else if (ch < 0x80 || !(kk = rx_letter_at(buf, n, i + wl)))
				break;
			wl += kk;
		}
		if (wl == 0) {
			i++;
			continue;
		}
		uint32_t h = fnv(buf + i, wl);
		for (size_t p = h & x->mask; x->slot[p]; p = (p + 1) & x->mask) {
			if (x->hash[p] != h)
				continue;
			size_t q = x->slot[p] - 1;
			if (phrase_at(buf, n, i, k->words[q], x->len[q]) &&
			    (best == (size_t)-1 || from + i + x->len[q] > best)) {
				best = from + i + x->len[q];
				if (which)
					*which = q;
			}
		}
		i += wl;
	}
	if (!x->nsub)
		return best;
	for (size_t i = 0; i < n; i++) {
		unsigned char f = (unsigned char)buf[i];
		if (!((x->subfirst[f / 8] >> (f % 8)) & 1))
			continue;
		for (size_t j = 0; j < x->nsub; j++) {
			const char *w = k->words[x->sub[j]];
			size_t wl = x->len[x->sub[j]];
			if (i + wl <= n && memcmp(buf + i, w, wl) == 0 &&
			    (best == (size_t)-1 || from + i + wl > best)) {
				best = from + i + wl;
				if (which)
					*which = x->sub[j];
			}
		}
	}
	return best;
}

size_t rx_kwset_at(struct rx_kwset *k, const char *s, size_t len, size_t at)
{
	char buf[64];
	const struct rx_kwidx *x = idx_of(k);
	if (!x || at >= len)
		return 0;
	size_t n = rx_fold(s + at, len - at < 48 ? len - at : 48, buf, sizeof buf);
	size_t wl = first_word(buf, n), best = 0;
	if (wl == 0)
		return 0;
	uint32_t h = fnv(buf, wl);
	for (size_t p = h & x->mask; x->slot[p]; p = (p + 1) & x->mask) {
		if (x->hash[p] != h)
			continue;
		size_t q = x->slot[p] - 1;
		if (x->len[q] > best && phrase_at(buf, n, 0, k->words[q], x->len[q]))
			best = x->len[q];
	}
	return best;
}

size_t rx_kwset_starts(struct rx_kwset *k, const char *s, size_t len, size_t at, uint16_t *idx,
		       size_t max)
{
	char w[32];
	const struct rx_kwidx *x = idx_of(k);
	if (!x)
		return 0;
	/* fold and hash the first word as it is read */
	uint32_t h = 2166136261u;
	size_t i = at, n = 0, kk;
	while (i < len) {
		unsigned char ch = (unsigned char)s[i];
		if (ch < 0x80) {
			if (!rx_is_alnum(ch))
				break;
			if (n + 1 >= sizeof w)
				return 0;
			ch = (unsigned char)rx_lower((char)ch);
			w[n++] = (char)ch;
			h = (h ^ ch) * 16777619u;
			i++;
			continue;
		}
		if ((kk = rx_letter_at(s, len, i)) == 0)
			break;
		if (n + kk >= sizeof w)
			return 0; /* longer than any keyword */
		rx_fold(s + i, kk, w + n, sizeof w - n);
		for (size_t j = 0; j < kk; j++)
			h = (h ^ (unsigned char)w[n + j]) * 16777619u;
		n += kk;
		i += kk;
	}
	if (n == 0)
		return 0;
	h |= 1u;
	size_t found = 0;
	char buf[64];
	size_t bn = 0;
	for (size_t p = h & x->mask; x->slot[p]; p = (p + 1) & x->mask) {
		if (x->hash[p] != h)
			continue;
		size_t q = x->slot[p] - 1;
		if (!bn)
			bn = rx_fold(s + at, len - at < 60 ? len - at : 60, buf, sizeof buf);
		if (!phrase_at(buf, bn, 0, k->words[q], x->len[q]))
			continue;
		if (found < max)
			idx[found++] = (uint16_t)q;
	}
	/* longest first */
	for (size_t a = 1; a < found; a++)
		for (size_t b = a; b > 0 && x->len[idx[b]] > x->len[idx[b - 1]]; b--) {
			uint16_t t = idx[b];
			idx[b] = idx[b - 1];
			idx[b - 1] = t;
		}
	return found;
}

int rx_kwset_ends_at(struct rx_kwset *k, const char *s, size_t from, size_t end)
{
	char w[64], buf[64];
	const struct rx_kwidx *x = idx_of(k);
	if (!x || end <= from)
		return 0;
	/* the last run of letters before end (past up to 3 trailing bytes of
	 * punctuation: "dr.", "z. hd.") */
	size_t b = end, kk;
	while (b > from && end - b < 3 && !rx_letter_before(s, b))
		b--;
	size_t a = b;
	while (a > from && b - a < sizeof w - 1 && (kk = rx_letter_before(s, a)) > 0)
		a -= kk;
	if (a < b) {
		size_t wl = rx_fold(s + a, b - a, w, sizeof w);
		uint32_t th = fnv(w, wl);
		size_t bn = 0, bs = RX_NONE;
		for (size_t p = th & x->mask; x->tslot[p]; p = (p + 1) & x->mask) {
			if (x->thash[p] != th)
				continue;
			size_t q = x->tslot[p] - 1, l = x->len[q];
			if (l > end - from || l > sizeof buf - 1)
				continue;
			if (bs != end - l) {
				bs = end - l;
				if (((unsigned char)s[bs] & 0xC0) == 0x80)
					continue;
				bn = rx_fold(s + bs, l, buf, sizeof buf);
			}
			if (bn == l && memcmp(buf, k->words[q], l) == 0 &&
			    (bs == from || !rx_letter_before(s, bs)))
				return 1;
		}
	}
	for (size_t j = 0; j < x->ntnone; j++) {
		size_t q = x->tnone[j], l = x->len[q];
		if (l <= end - from && l < sizeof buf) {
			size_t bn = rx_fold(s + end - l, l, buf, sizeof buf);
			if (bn == l && memcmp(buf, k->words[q], l) == 0)
				return 1;
		}
	}
	return 0;
}
