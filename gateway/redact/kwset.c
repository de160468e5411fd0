/* kwset: sets of folded keywords and phrases ("date of birth", "mot de
 * passe", "tel.") indexed by the hash of their first word and of their last
 * word, so that checking the context of a candidate costs one probe per
 * word however long the lists are. The fast forms (rx_kw_*) take the hashes
 * the lexer computed once per word (tok.c); the byte forms (rx_kwset_*)
 * hash the text themselves, for buffers that are not the message (a table
 * header). Phrases that start with no letter ("--", "€") or in a script
 * written without spaces (CJK) are found by substring search instead.
 * Built on first use, under a global mutex; read-only afterwards. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "redact_int.h"

/* A slot of the open-addressing tables: the hash of a phrase's first (or
 * last) word and the phrase's index + 1 (0: empty). */
struct slot {
	uint32_t h;
	uint16_t q;
	uint8_t suf; /* last-word table: bytes after the word ("dr." -> 1) */
	uint8_t pad;
};

struct rx_kwidx {
	struct slot *first, *last;
	size_t mask;
	uint16_t *len;        /* byte length of each phrase */
	uint16_t *sub;        /* phrases searched as substrings */
	size_t nsub;
	uint8_t subfirst[32]; /* their first bytes */
	uint8_t sub_hi;       /* one of them is >= 0x80 */
	uint8_t nsub_asc;     /* ASCII first bytes (up to 4 kept; more: 5) */
	char sub_asc[4];
	uint16_t *tnone;      /* phrases without letters */
	size_t ntnone;
	size_t maxlen;
	char **fw;            /* the phrases folded (rx_fold: the same lengths) */
	uint64_t lastb[4];    /* the folded last bytes of the phrases */
};

static pthread_mutex_t build_lock = PTHREAD_MUTEX_INITIALIZER;

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

static void put(struct slot *t, size_t mask, uint32_t h, size_t q, size_t suf)
{
	size_t p = h & mask;
	while (t[p].q)
		p = (p + 1) & mask;
	t[p].h = h;
	t[p].q = (uint16_t)(q + 1);
	t[p].suf = (uint8_t)suf;
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
	while (cap < 4 * n + 4)
		cap <<= 1;
	x->first = calloc(cap, sizeof *x->first);
	x->last = calloc(cap, sizeof *x->last);
	x->len = calloc(n + 1, sizeof *x->len);
	x->sub = calloc(n + 1, sizeof *x->sub);
	x->tnone = calloc(n + 1, sizeof *x->tnone);
	size_t total = 0;
	for (size_t i = 0; i < n; i++)
		total += strlen(words[i]) + 1;
	x->fw = calloc(n + 1, sizeof *x->fw);
	char *arena = x->fw ? malloc(total ? total : 1) : NULL;
	if (!x->first || !x->last || !x->len || !x->sub || !x->tnone || !arena) {
		free(arena);
		free(x->fw);
		free(x->first);
		free(x->last);
		free(x->len);
		free(x->sub);
		free(x->tnone);
		free(x);
		return NULL;
	}
	x->mask = cap - 1;
	/* a list may write a phrase as it stands in a text ("Дата рождения"):
	 * compared folded */
	for (size_t i = 0; i < n; i++) {
		size_t l = strlen(words[i]);
		x->fw[i] = arena;
		arena += rx_fold(words[i], l, arena, l + 1) + 1;
		if (l) {
			unsigned char lb = (unsigned char)x->fw[i][l - 1];
			x->lastb[lb >> 6] |= UINT64_C(1) << (lb & 63);
		}
	}
	for (size_t i = 0; i < n; i++) {
		size_t l = strlen(words[i]), a, b;
		x->len[i] = (uint16_t)l;
		if (l > x->maxlen)
			x->maxlen = l;
		if (last_word(words[i], l, &a, &b))
			put(x->last, x->mask, rx_hash(words[i] + a, b - a), i, l - b);
		else
			x->tnone[x->ntnone++] = (uint16_t)i;
		if (cjk_or_symbol(words[i])) {
			unsigned char f = (unsigned char)words[i][0];
			if (f >= 0x80) {
				x->sub_hi = 1;
			} else if (!((x->subfirst[f / 8] >> (f % 8)) & 1) && x->nsub_asc < 5) {
				if (x->nsub_asc < 4)
					x->sub_asc[x->nsub_asc] = (char)f;
				x->nsub_asc++;
			}
			x->subfirst[f / 8] |= (uint8_t)(1u << (f % 8));
			x->sub[x->nsub++] = (uint16_t)i;
			continue;
		}
		put(x->first, x->mask, rx_hash(words[i], first_word(words[i], l)), i, 0);
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

/* Whether the phrase q ends its match at text[e] as a whole word: when it
 * ends in a letter, no letter follows. */
static int ends_word(const struct rx_kwidx *x, size_t q,
		     const char *s, size_t len, size_t e)
{
	unsigned char last = (unsigned char)x->fw[q][x->len[q] - 1];
	if (rx_is_alnum(last) || last >= 0x80)
		return e >= len || !rx_letter_at(s, len, e);
	return 1;
}

/* ---- byte forms ------------------------------------------------------------- */

int rx_kwset_has(struct rx_kwset *k, const char *w, size_t n)
{
	const struct rx_kwidx *x = idx_of(k);
	if (!x || n == 0)
		return 0;
	uint32_t h = rx_hash(w, first_word(w, n));
	for (size_t p = h & x->mask; x->first[p].q; p = (p + 1) & x->mask) {
		size_t q = x->first[p].q - 1u;
		if (x->first[p].h == h && x->len[q] == n && memcmp(x->fw[q], w, n) == 0)
			return 1;
	}
	return 0;
}

int rx_kw_is(struct rx_kwset *k, uint32_t h, const char *s, size_t n)
{
	const struct rx_kwidx *x = idx_of(k);
	if (!x || n == 0)
		return 0;
	for (size_t p = h & x->mask; x->first[p].q; p = (p + 1) & x->mask) {
		size_t q = x->first[p].q - 1u;
		if (x->first[p].h == h && x->len[q] == n && rx_fold_eq(s, x->fw[q], n))
			return 1;
	}
	return 0;
}

/* The phrases of k whose last word has hash h and ends at e (plus their
 * own trailing punctuation), inside s[from..to): the longest whose end is
 * `want` (or, when want is RX_NONE, the one ending nearest to `to`). Its
 * index, *end its end. */
static size_t tail_probe(const struct rx_kwidx *x, const char *s,
			 size_t from, size_t to, size_t e, uint32_t h, size_t want, size_t *end)
{
	size_t best = RX_NONE, bestend = 0, bestl = 0;
	for (size_t p = h & x->mask; x->last[p].q; p = (p + 1) & x->mask) {
		if (x->last[p].h != h)
			continue;
		size_t q = x->last[p].q - 1u, l = x->len[q], pe = e + x->last[p].suf;
		if (pe > to || l > pe - from || (want != RX_NONE && pe != want))
			continue;
		if (pe < bestend || (pe == bestend && l <= bestl))
			continue;
		size_t bs = pe - l;
		if (((unsigned char)s[bs] & 0xC0) == 0x80 || (bs > from && rx_letter_before(s, bs)))
			continue;
		if (rx_fold_eq(s + bs, x->fw[q], l)) {
			best = q;
			bestend = pe;
			bestl = l;
		}
	}
	if (end)
		*end = bestend;
	return best;
}

/* Phrases without letters or of unspaced scripts, by substring, nearest to
 * `to` first. */
#define ONES UINT64_C(0x0101010101010101)
#define HIGHS UINT64_C(0x8080808080808080)

/* Whether one of the 8 bytes of w may start a substring phrase: a byte >=
 * 0x80 (when such phrases exist) or one of the ASCII first bytes (a zero
 * byte of w ^ c). No false negatives. */
static int sub_maybe8(const struct rx_kwidx *x, uint64_t w)
{
	uint64_t hit = x->sub_hi ? w & HIGHS : 0;
	for (size_t k = 0; k < x->nsub_asc; k++) {
		uint64_t v = w ^ (ONES * (unsigned char)x->sub_asc[k]);
		hit |= (v - ONES) & ~v & HIGHS;
	}
	return hit != 0;
}

static size_t sub_last(const struct rx_kwidx *x, const char *s, size_t from,
		       size_t to, size_t *which)
{
	size_t skip_to = to; /* bytes from here on were cleared 8 at a time */
	for (size_t i = to; i-- > from;) {
		if (x->nsub_asc <= 4 && i + 1 == skip_to && i + 1 - from >= 8) {
			uint64_t w;
			memcpy(&w, s + i + 1 - 8, 8);
			if (!sub_maybe8(x, w)) {
				i -= 7; /* the loop's i-- takes the eighth */
				skip_to = i;
				continue;
			}
			skip_to = i + 1 - 8; /* these 8 one by one */
		}
		unsigned char f = (unsigned char)s[i];
		if (!((x->subfirst[f / 8] >> (f % 8)) & 1))
			continue;
		for (size_t j = 0; j < x->nsub; j++) {
			size_t q = x->sub[j], wl = x->len[q];
			if (i + wl <= to && memcmp(s + i, x->fw[q], wl) == 0) {
				if (which)
					*which = q;
				return i + wl;
			}
		}
	}
	return RX_NONE;
}

/* The last word before e ([*a, e)): its folded hash; 0 when the text
 * before e is no letter. */
static uint32_t word_before(const char *s, size_t from, size_t e, size_t *a)
{
	size_t st = e, kk;
	while (st > from && e - st < 63) {
		unsigned char ch = (unsigned char)s[st - 1];
		if (rx_is_alnum(ch)) {
			st--;
			continue;
		}
		if (ch < 0x80 || (kk = rx_letter_before(s, st)) == 0)
			break;
		st -= kk;
	}
	*a = st;
	return st == e ? 0 : rx_hash(s + st, e - st);
}

/* The start of a search for the last phrase in s[*from..to): the window
 * cut to 255 bytes and to a character start, and the substring phrases'
 * answer (RX_NONE when none). */
static size_t last_start(const struct rx_kwidx *x, const char *s,
			 size_t *from, size_t to, size_t *which)
{
	if (to - *from > 255)
		*from = to - 255;
	while (*from < to && ((unsigned char)s[*from] & 0xC0) == 0x80)
		(*from)++;
	return x->nsub ? sub_last(x, s, *from, to, which) : RX_NONE;
}

size_t rx_kwset_last(struct rx_kwset *k, const char *s, size_t from, size_t to)
{
	return rx_kwset_last_idx(k, s, from, to, NULL);
}

size_t rx_kwset_last_idx(struct rx_kwset *k, const char *s, size_t from, size_t to, size_t *which)
{
	const struct rx_kwidx *x = idx_of(k);
	size_t best = RX_NONE;
	if (!x || to <= from)
		return best;
	best = last_start(x, s, &from, to, which);
	/* the words, nearest first; each word's phrases end at it or a few
	 * bytes of punctuation after it */
	size_t e = to, a;
	while (e > from) {
		while (e > from && !rx_letter_before(s, e))
			e--;
		if (e == from || (best != RX_NONE && e + 3 <= best))
			break;
		uint32_t h = word_before(s, from, e, &a);
		if (!h)
			break;
		size_t pe, q = tail_probe(x, s, from, to, e, h, RX_NONE, &pe);
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

/* The phrases of k whose first word, of hash h, starts at s[at] (longest
 * first): their indexes in idx (at most max), their count. */
static inline size_t starts_probe(const struct rx_kwidx *x, const char *s,
				  size_t len, size_t at, uint32_t h, uint16_t *idx, size_t max)
{
	size_t found = 0;
	for (size_t p = h & x->mask; x->first[p].q; p = (p + 1) & x->mask) {
		if (x->first[p].h != h)
			continue;
		size_t q = x->first[p].q - 1u, l = x->len[q];
		if (at + l > len || !rx_fold_eq(s + at, x->fw[q], l) ||
		    !ends_word(x, q, s, len, at + l))
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

size_t rx_kwset_starts(struct rx_kwset *k, const char *s, size_t len, size_t at, uint16_t *idx,
		       size_t max)
{
	const struct rx_kwidx *x = idx_of(k);
	if (!x || at >= len)
		return 0;
	size_t e = at, kk;
	while (e < len && e - at < 32 && (kk = rx_letter_at(s, len, e)) > 0)
		e += kk;
	if (e == at || e - at >= 32)
		return 0;
	return starts_probe(x, s, len, at, rx_hash(s + at, e - at), idx, max);
}

/* The longest phrase of k that ends exactly at `end` (starting at or after
 * `from`, at a word start), given the hash h of the word [a, e) before any
 * trailing punctuation: its index, or RX_NONE. */
static size_t ends_at_idx(const struct rx_kwidx *x, const char *s,
			  size_t from, size_t end, size_t e, uint32_t h)
{
	size_t best = RX_NONE, bestl = 0;
	if (h) {
		size_t pe;
		best = tail_probe(x, s, from, end, e, h, end, &pe);
		if (best != RX_NONE)
			bestl = x->len[best];
	}
	for (size_t j = 0; j < x->ntnone; j++) {
		size_t q = x->tnone[j], l = x->len[q];
		if (l <= end - from && l > bestl && rx_fold_eq(s + end - l, x->fw[q], l)) {
			best = q;
			bestl = l;
		}
	}
	return best;
}

int rx_kwset_ends_at(struct rx_kwset *k, const char *s, size_t from, size_t end)
{
	const struct rx_kwidx *x = idx_of(k);
	if (!x || end <= from)
		return 0;
	size_t e = end, a;
	while (e > from && end - e < 3 && !rx_letter_before(s, e))
		e--;
	uint32_t h = word_before(s, from, e, &a);
	return ends_at_idx(x, s, from, end, e, h) != RX_NONE;
}

size_t rx_kwset_bytes_end(struct rx_kwset *k, const char *s, size_t from, size_t end, int bound)
{
	const struct rx_kwidx *x = idx_of(k);
	if (!x || end <= from)
		return 0;
	/* (a cheap look first: the last byte, folded, ends a phrase) */
	unsigned char lb = (unsigned char)rx_lower(s[end - 1]);
	if (end - from >= 2 && (unsigned char)s[end - 2] >= 0xC3 && (unsigned char)s[end - 2] < 0xE0) {
		char f[4];
		if (rx_fold(s + end - 2, 2, f, sizeof f) == 2)
			lb = (unsigned char)f[1]; /* a two-byte letter's, folded ("É") */
	}
	if (!((x->lastb[lb >> 6] >> (lb & 63)) & 1))
		return 0;
	for (size_t q = 0; k->words[q]; q++) {
		size_t l = x->len[q];
		if (!l || l > end - from || (unsigned char)x->fw[q][l - 1] != lb ||
		    !rx_fold_eq(s + end - l, x->fw[q], l))
			continue;
		if (bound && end - l > 0 && rx_is_alpha((unsigned char)x->fw[q][0]) &&
		    (rx_is_alnum((unsigned char)s[end - l - 1]) || (unsigned char)s[end - l - 1] >= 0x80))
			continue;
		return l;
	}
	return 0;
}

/* ---- word forms ----------------------------------------------------------------- */

/* The hash of the part [a, b) of word t (the whole word: its hash). */
static inline uint32_t part_hash(const char *s, const struct rx_tok *t, size_t a, size_t b)
{
	if (a == t->s && b == t->e)
		return t->h;
	return rx_hash(s + a, b - a);
}

size_t rx_kw_last(const struct rx_ctx *c, struct rx_kwset *k, size_t from, size_t to,
		  size_t *which)
{
	const struct rx_kwidx *x = idx_of(k);
	const char *s = c->text;
	size_t best = RX_NONE;
	if (!x || to <= from)
		return best;
	best = last_start(x, s, &from, to, which);
	/* the words before `to`, nearest first (a word cut by `from` or `to`
	 * counts with its part inside) */
	for (size_t i = rx_tok_from(c, to); i-- > 0;) {
		const struct rx_tok *t = &c->tk[i];
		if (t->e <= from)
			break;
		size_t a = t->s > from ? t->s : from, e = t->e < to ? t->e : to;
		if (best != RX_NONE && e + 3 <= best)
			break;
		size_t pe, q = tail_probe(x, s, from, to, e, part_hash(s, t, a, e), RX_NONE, &pe);
		if (q != RX_NONE && (best == RX_NONE || pe > best)) {
			best = pe;
			if (which)
				*which = q;
		}
		if (best != RX_NONE && a + 3 <= best)
			break;
	}
	return best;
}

size_t rx_kw_starts(const struct rx_ctx *c, struct rx_kwset *k, size_t ti, uint16_t *idx,
		    size_t max)
{
	const struct rx_kwidx *x = idx_of(k);
	if (!x)
		return 0;
	return starts_probe(x, c->text, c->len, c->tk[ti].s, c->tk[ti].h, idx, max);
}

size_t rx_kw_ends_len(const struct rx_ctx *c, struct rx_kwset *k, size_t from, size_t end)
{
	const struct rx_kwidx *x = idx_of(k);
	const char *s = c->text;
	if (!x || end <= from)
		return 0;
	/* the word before any trailing punctuation ("dr.", "z. hd.") */
	size_t e = end;
	while (e > from && end - e < 3 && !rx_letter_before(s, e))
		e--;
	uint32_t h = rx_word_before_h(c, from, e, NULL);
	size_t q = ends_at_idx(x, s, from, end, e, h);
	return q == RX_NONE ? 0 : x->len[q];
}

int rx_kw_ends(const struct rx_ctx *c, struct rx_kwset *k, size_t from, size_t end)
{
	return rx_kw_ends_len(c, k, from, end) != 0;
}
