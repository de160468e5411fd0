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
	uint8_t *tsuf;        /* bytes after the last letter run ("dr." -> 1) */
	size_t mask;
	uint16_t *sub;   /* phrases searched as substrings */
	size_t nsub;
	uint16_t *len;   /* byte length of each phrase */
	/* bit pair2(a, b): some phrase's first word starts with the folded
	 * ASCII bytes a, b (b = 0 for a one-byte word) */
	uint8_t pre[512];
};

static unsigned pair2(unsigned char a, unsigned char b)
{
	return ((unsigned)a * 31u + (unsigned)b) & 4095u;
}

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
	x->tsuf = calloc(n + 1, sizeof *x->tsuf);
	if (!x->slot || !x->hash || !x->sub || !x->len || !x->tslot || !x->thash || !x->tnone ||
	    !x->tsuf) {
		free(x->tsuf);
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
			x->tsuf[i] = (uint8_t)(l - b);
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
		size_t fw = first_word(words[i], l);
		unsigned char c0 = (unsigned char)words[i][0];
		unsigned char c1 = fw > 1 ? (unsigned char)words[i][1] : 0;
		if (c0 < 0x80 && c1 < 0x80) {
			unsigned k = pair2(c0, c1);
			x->pre[k / 8] = (uint8_t)(x->pre[k / 8] | (1u << (k % 8)));
		}
		uint32_t h = fnv(words[i], fw);
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
	size_t fw = first_word(w, n);
	unsigned char c0 = (unsigned char)w[0], c1 = fw > 1 ? (unsigned char)w[1] : 0;
	if (c0 < 0x80 && c1 < 0x80 && fw > 0) {
		unsigned q = pair2(c0, c1);
		if (!((x->pre[q / 8] >> (q % 8)) & 1))
			return 0;
	}
	uint32_t h = fnv(w, fw);
	for (size_t p = h & x->mask; x->slot[p]; p = (p + 1) & x->mask) {
		if (x->hash[p] != h)
			continue;
		size_t i = x->slot[p] - 1;
		if (x->len[i] == n && memcmp(k->words[i], w, n) == 0)
			return 1;
	}
	return 0;
}

static size_t tail_probe(struct rx_kwset *k, const struct rx_kwidx *x, const char *s,
			 size_t from, size_t to, size_t e, const char *w, size_t wl, size_t want,
			 size_t *end);
static size_t word_before(const char *s, size_t from, size_t e, char *w, size_t cap, size_t *a);

size_t rx_kwset_last(struct rx_kwset *k, const char *s, size_t from, size_t to)
{
	return rx_kwset_last_idx(k, s, from, to, NULL);
}

size_t rx_kwset_last_idx(struct rx_kwset *k, const char *s, size_t from, size_t to, size_t *which)
{
	const struct rx_kwidx *x = idx_of(k);
	size_t best = RX_NONE;
	char w[64];
	if (!x || to <= from)
		return best;
	if (to - from > 255)
		from = to - 255;
	while (from < to && ((unsigned char)s[from] & 0xC0) == 0x80)
		from++;
	/* phrases with no letters or of unspaced scripts: by substring */
	if (x->nsub) {
		for (size_t i = to; i-- > from && best == RX_NONE;) {
			unsigned char f = (unsigned char)s[i];
			if (!((x->subfirst[f / 8] >> (f % 8)) & 1))
				continue;
			for (size_t j = 0; j < x->nsub; j++) {
				size_t q = x->sub[j], wl = x->len[q];
				if (i + wl <= to && memcmp(s + i, k->words[q], wl) == 0) {
					best = i + wl;
					if (which)
						*which = q;
					break;
				}
			}
		}
	}
	/* the words, nearest first; each word's phrases end at it or a few
	 * bytes of punctuation after it */
	size_t e = to, a;
	while (e > from) {
		while (e > from && !rx_letter_before(s, e))
			e--;
		if (e == from || (best != RX_NONE && e + 3 <= best))
			break;
		size_t wl = word_before(s, from, e, w, sizeof w, &a);
		if (wl == 0)
			break;
		size_t pe, q = tail_probe(k, x, s, from, to, e, w, wl, RX_NONE, &pe);
		if (q != RX_NONE && (best == RX_NONE || pe > best)) {
			best = pe;
			if (which)
				*which = q;
		}
		if (best != RX_NONE && a + 3 <= best)
			break;
		e = a;
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
	/* most words start no phrase: their first two ASCII bytes tell */
	if (at < len && (unsigned char)s[at] < 0x80) {
		unsigned char a = (unsigned char)rx_lower(s[at]), b = 0;
		if (at + 1 < len && rx_is_alnum((unsigned char)s[at + 1]))
			b = (unsigned char)rx_lower(s[at + 1]);
		else if (at + 1 < len && (unsigned char)s[at + 1] >= 0x80)
			b = 0x80; /* a non-ASCII second letter: no fast answer */
		if (b < 0x80) {
			unsigned q = pair2(a, b);
			if (!((x->pre[q / 8] >> (q % 8)) & 1))
				return 0;
		}
	}
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

/* The phrases of k whose last word is the folded word w[0..wl) and that
 * lie in s[from..to) ending at the word's end e plus their own trailing
 * punctuation: the longest such phrase whose end is `want` (or, when want
 * is RX_NONE, the one ending nearest to `to`). Its index, *end its end. */
static size_t tail_probe(struct rx_kwset *k, const struct rx_kwidx *x, const char *s,
			 size_t from, size_t to, size_t e, const char *w, size_t wl, size_t want,
			 size_t *end)
{
	char buf[64];
	size_t best = RX_NONE, bestend = 0, bestl = 0;
	uint32_t th = fnv(w, wl);
	for (size_t p = th & x->mask; x->tslot[p]; p = (p + 1) & x->mask) {
		if (x->thash[p] != th)
			continue;
		size_t q = x->tslot[p] - 1, l = x->len[q], pe = e + x->tsuf[q];
		if (pe > to || l > pe - from || l > sizeof buf - 1 || (want != RX_NONE && pe != want))
			continue;
		if (pe < bestend || (pe == bestend && l <= bestl))
			continue;
		size_t bs = pe - l;
		if (((unsigned char)s[bs] & 0xC0) == 0x80 || (bs > from && rx_letter_before(s, bs)))
			continue;
		if (rx_fold(s + bs, l, buf, sizeof buf) == l && memcmp(buf, k->words[q], l) == 0) {
			best = q;
			bestend = pe;
			bestl = l;
		}
	}
	if (end)
		*end = bestend;
	return best;
}

/* The last word before e ([*a, e)), folded into w; its length, 0 when the
 * text before e is no letter. */
static size_t word_before(const char *s, size_t from, size_t e, char *w, size_t cap, size_t *a)
{
	size_t st = e, kk;
	int ascii = 1;
	while (st > from && e - st < cap - 1) {
		unsigned char ch = (unsigned char)s[st - 1];
		if (rx_is_alnum(ch)) {
			st--;
			continue;
		}
		if (ch < 0x80 || (kk = rx_letter_before(s, st)) == 0)
			break;
		ascii = 0;
		st -= kk;
	}
	*a = st;
	if (st == e)
		return 0;
	if (!ascii)
		return rx_fold(s + st, e - st, w, cap);
	for (size_t i = st; i < e; i++)
		w[i - st] = rx_lower(s[i]);
	w[e - st] = '\0';
	return e - st;
}

/* The longest phrase of k that ends exactly at `end` (starting at or after
 * `from`, at a word start): its index, or RX_NONE. */
static size_t ends_at_idx(struct rx_kwset *k, const struct rx_kwidx *x, const char *s,
			  size_t from, size_t end)
{
	char w[64], buf[64];
	size_t best = RX_NONE, bestl = 0, a;
	/* the word before any trailing punctuation ("dr.", "z. hd.") */
	size_t e = end;
	while (e > from && end - e < 3 && !rx_letter_before(s, e))
		e--;
	size_t wl = word_before(s, from, e, w, sizeof w, &a);
	if (wl) {
		size_t pe;
		best = tail_probe(k, x, s, from, end, e, w, wl, end, &pe);
		if (best != RX_NONE)
			bestl = x->len[best];
	}
	for (size_t j = 0; j < x->ntnone; j++) {
		size_t q = x->tnone[j], l = x->len[q];
		if (l <= end - from && l < sizeof buf && l > bestl &&
		    rx_fold(s + end - l, l, buf, sizeof buf) == l && memcmp(buf, k->words[q], l) == 0) {
			best = q;
			bestl = l;
		}
	}
	return best;
}

int rx_kwset_ends_at(struct rx_kwset *k, const char *s, size_t from, size_t end)
{
	const struct rx_kwidx *x = idx_of(k);
	return x && end > from && ends_at_idx(k, x, s, from, end) != RX_NONE;
}
