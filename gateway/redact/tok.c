/* tok: the words of a message, read once before the scan. Each word (a run
 * of letters as rx_letter_at defines them) is folded and hashed here, once;
 * keyword sets, the name gazetteer and the scan's dispatch then look words
 * up by that hash instead of folding and hashing the text again at every
 * context check. The array lives in the thread's scratch (no allocation
 * per message once it is large enough). */
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "redact_int.h"

/* Byte classes of the lexer: 1 an ASCII letter or digit, 2 the lead byte of
 * a two-byte character (C3-DF), 3 the lead byte of a three-byte letter
 * (E0, E1, E3-ED; those of Latin Extended Additional, latx, belong to the
 * words of Latin letters), 0 anything else. */
static const uint8_t lx[256] = {
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
	['8'] = 1, ['9'] = 1,
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
	['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1,
	['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
	['Y'] = 1, ['Z'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1,
	['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,
	['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1,
	[0xC3] = 2, [0xC4] = 2, [0xC5] = 2, [0xC6] = 2, [0xC7] = 2, [0xC8] = 2, [0xC9] = 2,
	[0xCA] = 2, [0xCB] = 2, [0xCC] = 2, [0xCD] = 2, [0xCE] = 2, [0xCF] = 2, [0xD0] = 2,
	[0xD1] = 2, [0xD2] = 2, [0xD3] = 2, [0xD4] = 2, [0xD5] = 2, [0xD6] = 2, [0xD7] = 2,
	[0xD8] = 2, [0xD9] = 2, [0xDA] = 2, [0xDB] = 2, [0xDC] = 2, [0xDD] = 2, [0xDE] = 2,
	[0xDF] = 2,
	[0xE0] = 3, [0xE1] = 3, [0xE3] = 3, [0xE4] = 3, [0xE5] = 3, [0xE6] = 3, [0xE7] = 3,
	[0xE8] = 3, [0xE9] = 3, [0xEA] = 3, [0xEB] = 3, [0xEC] = 3, [0xED] = 3,
};

/* Whether u[p] starts a letter of Latin Extended Additional (U+1E00-U+1EFF,
 * E1 B8-BB xx: Vietnamese "ị" and "ễ", Welsh "ẁ"), which joins
 * the words of Latin letters around it ("Địa", "Nguyễn") instead of
 * splitting them as other three-byte letters do. */
static inline int latx(const unsigned char *u, size_t len, size_t p)
{
	return p + 2 < len && u[p] == 0xE1 && u[p + 1] >= 0xB8 && u[p + 1] <= 0xBB &&
	       (u[p + 2] & 0xC0) == 0x80;
}

/* rx_fold of one ASCII byte. */
static inline unsigned char lower(unsigned char c)
{
	return (unsigned char)(c | (((unsigned)c - 'A' < 26u) << 5));
}


/* The word hash: the folded bytes taken 8 at a time (little-endian, the
 * last chunk padded with zeros), each chunk mixed in by a multiply, then
 * the length. Chunks rather than bytes so that the lexer hashes a word of
 * ASCII letters and digits from two loads (tok_ascii) instead of one
 * multiply per byte; hs_put/hs_end are the same hash fed byte by byte
 * (words with other letters, rx_hash). */
#define H_BASIS UINT64_C(0xcbf29ce484222325)
#define H_MUL UINT64_C(0x9e3779b97f4a7c15)

static inline uint64_t hmix(uint64_t h, uint64_t w)
{
	h = (h ^ w) * H_MUL;
	return h ^ (h >> 32);
}

static inline uint32_t hfinal(uint64_t h, size_t n)
{
	h = (h ^ (uint64_t)n) * H_MUL;
	return (uint32_t)(h >> 32) | 1u;
}

/* The 8 bytes at b as a little-endian number (the order tok_ascii's loads
 * have on x86-64). */
static inline uint64_t le64(const unsigned char *b)
{
	uint64_t w = 0;
	for (int i = 7; i >= 0; i--)
		w = (w << 8) | b[i];
	return w;
}

struct hs {
	uint64_t h;
	size_t n;
	unsigned k;
	unsigned char b[8];
};

static inline void hs_init(struct hs *s)
{
	s->h = H_BASIS;
	s->n = 0;
	s->k = 0;
}

static inline void hs_put(struct hs *s, unsigned char c)
{
	s->b[s->k++] = c;
	s->n++;
	if (s->k == 8) {
		s->h = hmix(s->h, le64(s->b));
		s->k = 0;
	}
}

static inline uint32_t hs_end(struct hs *s)
{
	if (s->k) {
		memset(s->b + s->k, 0, 8 - s->k);
		s->h = hmix(s->h, le64(s->b));
	}
	return hfinal(s->h, s->n);
}

uint32_t rx_hash(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	struct hs st;
	hs_init(&st);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = u[i], fc, fd;
		if (c >= 0xC3 && i + 1 < n && rx_fold2(c, u[i + 1], &fc, &fd)) {
			hs_put(&st, fc);
			hs_put(&st, fd);
			i++;
			continue;
		}
		hs_put(&st, lower(c));
	}
	return hs_end(&st);
}

int rx_fold_eq(const char *s, const char *w, size_t n)
{
	/* both sides folded: a list may write a phrase as a text does
	 * ("СНИЛС", "Семья"); kwset.c's phrases come folded already */
	const unsigned char *u = (const unsigned char *)s, *v = (const unsigned char *)w;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = u[i], e = v[i];
		if ((c >= 0xC3 || e >= 0xC3) && i + 1 < n) {
			unsigned char a = c, b = u[i + 1], a2 = e, b2 = v[i + 1];
			if (c >= 0xC3)
				rx_fold2(c, b, &a, &b);
			if (e >= 0xC3)
				rx_fold2(e, b2, &a2, &b2);
			if (a != a2 || b != b2)
				return 0;
			i++;
			continue;
		}
		if (lower(c) != lower(e))
			return 0;
	}
	return 1;
}

static int grow(struct rx_scratch *sc, size_t need)
{
	size_t cap = sc->tkcap ? sc->tkcap : 256;
	while (cap < need)
		cap *= 2;
	struct rx_tok *v = realloc(sc->tk, cap * sizeof *v);
	if (!v)
		return REDACT_ENOMEM;
	sc->tk = v;
	sc->tkcap = cap;
	return 0;
}

/* Whether a word character of the scan ('_', an ASCII letter or digit, or
 * any two-byte character C3-DF) ends right before u[i]. */
static inline int scan_word_before(const unsigned char *u, size_t i)
{
	if (i == 0)
		return 0;
	unsigned char c = u[i - 1];
	if (c < 0x80)
		return lx[c] == 1 || c == '_';
	return i >= 2 && c <= 0xBF && u[i - 2] >= 0xC3 && u[i - 2] <= 0xDF;
}

#if defined(__SSE2__)
/* A word of ASCII letters and digits starting at u[p] (p < len), read from
 * one 16-byte load: its length in *n and its hash, or 0 when the run of
 * ASCII letters and digits is 16 bytes or longer or goes on with a
 * two-byte letter or an E1 lead byte (then the byte loop of rx_lex reads
 * it, latx). *digits gets
 * whether it holds a digit. The last 15 bytes of a message are copied to
 * a zero-padded buffer first (zeros end the run), so no load reads past
 * the text. */
static inline int tok_ascii(const unsigned char *u, size_t len, size_t p, size_t *n,
			    uint32_t *h, int *digits)
{
	unsigned char tmp[16];
	const unsigned char *q = u + p;
	if (len - p < 16) {
		memset(tmp, 0, sizeof tmp);
		memcpy(tmp, q, len - p);
		q = tmp;
	}
	__m128i v = _mm_loadu_si128((const __m128i *)q);
	__m128i lo = _mm_or_si128(v, _mm_set1_epi8(0x20));
	/* x - c + 0x80 < 0x80 + k as signed bytes: c <= x < c + k */
	__m128i al = _mm_cmplt_epi8(_mm_add_epi8(lo, _mm_set1_epi8((char)(0x80 - 'a'))),
				    _mm_set1_epi8((char)(0x80 + 26)));
	__m128i dg = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '0'))),
				    _mm_set1_epi8((char)(0x80 + 10)));
	unsigned dm = (unsigned)_mm_movemask_epi8(dg);
	unsigned wm = (unsigned)_mm_movemask_epi8(al) | dm;
	unsigned l = (unsigned)__builtin_ctz(~wm); /* bit 16 of ~wm is set */
	/* l >= 1: the caller saw a letter or digit at p (lx 1); said here
	 * too, so the masks' shifts below stay visibly under 64 */
	if (l == 0 || l == 16 || (p + l < len && (lx[u[p + l]] == 2 || u[p + l] == 0xE1)))
		return 0;
	/* | 0x20 folds ASCII letters and leaves digits as they are */
	uint64_t w0 = (uint64_t)_mm_cvtsi128_si64(lo);
	uint64_t hh;
	if (l <= 8) {
		hh = hmix(H_BASIS, w0 & (~UINT64_C(0) >> (64 - 8 * l)));
	} else {
		uint64_t w1 = (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(lo, lo));
		hh = hmix(hmix(H_BASIS, w0), w1 & (~UINT64_C(0) >> (64 - 8 * (l - 8))));
	}
	*n = l;
	*h = hfinal(hh, l);
	*digits = (dm & ((1u << l) - 1u)) != 0;
	return 1;
}
#endif

int rx_lex(struct rx_scratch *sc, const char *text, size_t len, const uint8_t *trig,
	   size_t *ntk)
{
	const unsigned char *u = (const unsigned char *)text;
	size_t p = 0, n = 0;
	unsigned gap = 0; /* a trigger byte since the last word */
	*ntk = 0;
	while (p < len) {
		unsigned k = lx[u[p]];
		if (!k) {
			gap |= trig[u[p]];
			p++;
			continue;
		}
		if (n == sc->tkcap && grow(sc, n + 1))
			return REDACT_ENOMEM;
		struct rx_tok *t = &sc->tk[n];
		size_t s = p;
		uint32_t h;
		unsigned f = 0;
		if (k == 1) {
			unsigned c0 = u[p];
			f = c0 - '0' < 10u ? RXT_DIGIT : c0 - 'A' < 26u ? RXT_UPPER : RXT_LOWER;
#if defined(__SSE2__)
			size_t wl;
			int digits;
			if (tok_ascii(u, len, p, &wl, &h, &digits)) {
				p += wl;
				if (!scan_word_before(u, s))
					f |= RXT_WS;
				if (!digits && !(f & RXT_DIGIT))
					f |= RXT_ALPHA;
				goto put;
			}
#endif
		}
		struct hs hs;
		hs_init(&hs);
		if (k == 3 && !latx(u, len, p)) {
			/* a run of three-byte letters (not CJK punctuation E3 80) */
			while (p + 2 < len && lx[u[p]] == 3 && !(u[p] == 0xE3 && u[p + 1] == 0x80) &&
			       !latx(u, len, p)) {
				hs_put(&hs, u[p]);
				hs_put(&hs, u[p + 1]);
				hs_put(&hs, u[p + 2]);
				p += 3;
			}
			if (p == s) {
				gap |= trig[u[p]];
				p++;
				continue;
			}
			f = RXT_WIDE;
		} else {
			unsigned c0 = u[p];
			if (k == 2 && (c0 == 0xC3 && (u[p + 1] == 0x97 || u[p + 1] == 0xB7))) {
				gap |= trig[u[p]] | trig[u[p + 1]];
				p += 2; /* x and the division sign are no letters */
				continue;
			} else if (k != 1 && rx_cap_at(text, len, p)) {
				f = RXT_UPPER;
			}
			/* the AND of the ASCII bytes keeps 0x40 when none is a
			 * digit (letters have it, digits not); two-byte letters
			 * clear it too */
			unsigned all = 0xFFu;
			for (;;) {
				/* ASCII letters and digits, the common case: | 0x20
				 * lowers a letter and leaves a digit as it is */
				while (p < len && lx[u[p]] == 1) {
					hs_put(&hs, (unsigned char)(u[p] | 0x20u));
					all &= u[p];
					p++;
				}
				if (p + 1 < len && lx[u[p]] == 2 &&
				    !(u[p] == 0xC3 && (u[p + 1] == 0x97 || u[p + 1] == 0xB7))) {
					unsigned char c = u[p], d = u[p + 1];
					all = 0;
					rx_fold2(c, d, &c, &d);
					hs_put(&hs, c);
					hs_put(&hs, d);
					p += 2;
					continue;
				}
				if (latx(u, len, p)) {
					all = 0;
					hs_put(&hs, u[p]);
					hs_put(&hs, u[p + 1]);
					hs_put(&hs, u[p + 2]);
					p += 3;
					continue;
				}
				break;
			}
			if (p == s) {
				gap |= trig[u[p]];
				p++; /* a lead byte without its continuation (not valid UTF-8) */
				continue;
			}
			if (!scan_word_before(u, s))
				f |= RXT_WS;
			if ((all & 0x40u) && (f & (RXT_UPPER | RXT_LOWER)))
				f |= RXT_ALPHA;
		}
		h = hs_end(&hs);
#if defined(__SSE2__)
put:
#endif
		t->s = (uint32_t)s;
		t->e = (uint32_t)p;
		t->h = h;
		t->f = (uint16_t)(f | (gap ? RXT_GAPTRIG : 0));
		gap = 0;
		t->n = (uint16_t)(p - s > 65535 ? 65535 : p - s);
		n++;
	}
	*ntk = n;
	return 0;
}

/* Word arrays above this many words are freed after the scan. */
#define KEEP_TOKS 16384u

void rx_lex_trim(struct rx_scratch *sc)
{
	if (sc->tkcap > KEEP_TOKS) {
		free(sc->tk);
		sc->tk = NULL;
		sc->tkcap = 0;
	}
}

size_t rx_tok_from(const struct rx_ctx *c, size_t pos)
{
	const struct rx_tok *t = c->tk;
	size_t n = c->ntk, i = c->ti < n ? c->ti : n;
	/* near the hint: a few steps either way */
	for (int k = 0; k < 16; k++) {
		if (i < n && t[i].s < pos) {
			i++;
		} else if (i > 0 && t[i - 1].s >= pos) {
			i--;
		} else {
			return i;
		}
	}
	/* far from it: binary search */
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (t[mid].s < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

uint32_t rx_word_before_h(const struct rx_ctx *c, size_t from, size_t e, size_t *a)
{
	size_t i = rx_tok_from(c, e);
	if (i == 0)
		return 0;
	const struct rx_tok *t = &c->tk[i - 1];
	if (t->e < e || t->e <= from || e <= from)
		return 0;
	size_t st = t->s > from ? t->s : from;
	if (a)
		*a = st;
	if (st == t->s && e == t->e)
		return t->h;
	return rx_hash(c->text + st, e - st);
}

size_t rx_tok_at(const struct rx_ctx *c, size_t pos)
{
	size_t i = rx_tok_from(c, pos);
	return i < c->ntk && c->tk[i].s == pos ? i : RX_NONE;
}
