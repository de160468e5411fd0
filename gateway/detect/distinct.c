/* distinct: exact set of 32-bit hashes, then HyperLogLog in the same bytes
 * (see distinct.h for the error). */
#include "distinct.h"

#include <math.h>
#include <string.h>

/* HyperLogLog with p = 8 over a 32-bit hash: the top 8 bits pick the
 * register, the rank of the remaining 24 bits is 1..25. */
static int hll_add(dc *d, uint32_t h)
{
	unsigned idx = h >> 24;
	uint32_t w = h << 8;
	uint8_t rank = w ? (uint8_t)(__builtin_clz(w) + 1) : 25;
	uint8_t old = d->u.reg[idx];
	if (rank <= old)
		return 0;
	d->u.reg[idx] = rank;
	d->sum += ldexpf(1.0f, -(int)rank) - ldexpf(1.0f, -(int)old);
	d->zeros -= old == 0;
	return 1;
}

int dc_add(dc *d, uint32_t h)
{
	if (d->sketch)
		return hll_add(d, h);
	for (unsigned i = 0; i < d->n; i++)
		if (d->u.h[i] == h)
			return 0;
	if (d->n < DC_EXACT) {
		d->u.h[d->n++] = h;
		return 1;
	}
	/* Overflow: the exact hashes become the sketch's first items. */
	uint32_t keep[DC_EXACT];
	memcpy(keep, d->u.h, sizeof keep);
	memset(d->u.reg, 0, sizeof d->u.reg);
	d->sketch = 1;
	d->zeros = DC_REGS;
	d->sum = DC_REGS; /* 256 registers at 2^-0 */
	for (unsigned i = 0; i < DC_EXACT; i++)
		hll_add(d, keep[i]);
	hll_add(d, h);
	return 1; /* it was not in the exact set */
}

uint32_t dc_count(const dc *d)
{
	if (!d->sketch)
		return d->n;
	const double m = DC_REGS, alpha = 0.7213 / (1 + 1.079 / m);
	double sum = d->sum;
	unsigned zeros = d->zeros;
	double e = alpha * m * m / sum;
	if (e <= 2.5 * m && zeros)
		e = m * log(m / zeros);
	else if (e > 4294967296.0 / 30)
		e = -4294967296.0 * log(1 - e / 4294967296.0);
	/* Never report fewer than the exact set held before it overflowed. */
	if (e < DC_EXACT + 1)
		e = DC_EXACT + 1;
	return e > 4e9 ? 4000000000u : (uint32_t)(e + 0.5);
}

int dc_is_estimate(const dc *d)
{
	return d->sketch;
}

void dc_reset(dc *d)
{
	memset(d, 0, sizeof *d);
}
