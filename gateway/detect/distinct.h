/* distinct: a bounded-memory count of distinct items (end users read by one
 * subject in one window), exact while small and approximate after.
 *
 * The first DC_EXACT distinct items are kept as 32-bit hashes: the count is
 * exact (two items collide with probability about 1 in 2^32 / 32^2, which
 * undercounts by one). On the next new item the same 256 bytes become a
 * HyperLogLog sketch of DC_REGS one-byte registers (Flajolet et al. 2007,
 * with linear counting below 2.5 m), fed with every item seen so far: the
 * count is then an estimate with a standard error of 1.04 / sqrt(256) =
 * 6.5% (about +-13 at 200 in 95% of windows; better in the linear-counting
 * range, under ~640). Fixed size: sizeof(dc) is 268 bytes whatever is added; dc_count is O(1).
 *
 * Not thread-safe: the caller's lock guards it. */
#ifndef CUSTOS_DETECT_DISTINCT_H
#define CUSTOS_DETECT_DISTINCT_H

#include <stdint.h>

#define DC_EXACT 32
#define DC_REGS  256

typedef struct dc {
	uint16_t n;     /* items while exact */
	uint8_t sketch; /* 1 once the exact set overflowed */
	uint8_t pad;
	uint16_t zeros; /* sketch: registers still 0 */
	uint16_t pad2;
	float sum; /* sketch: sum of 2^-register, kept as registers rise */
	union {
		uint32_t h[DC_EXACT];
		uint8_t reg[DC_REGS];
	} u;
} dc;

/* Adds the item whose 32-bit hash is h. Returns 1 when the item is certainly
 * new (exact mode: not in the set; sketch mode: it raised a register), else
 * 0 (seen, or indistinguishable from seen). */
int dc_add(dc *d, uint32_t h);

/* The distinct count: exact below DC_EXACT + 1, else the estimate rounded. */
uint32_t dc_count(const dc *d);

/* 1 when dc_count is an estimate. */
int dc_is_estimate(const dc *d);

/* Empties d. */
void dc_reset(dc *d);

#endif
