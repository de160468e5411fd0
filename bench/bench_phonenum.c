/* bench_phonenum: cost of one libphonenumber check per phone candidate, so
 * the redactor's design can budget it against its >= 80 MB/s target. Times
 * phonenum_check single-threaded on a mix of valid numbers (national and
 * international, several plans) and invalid look-alikes that a candidate
 * regex would still hand over (order numbers, dates, wrong lengths).
 *
 *   build/bench_phonenum [seconds]      (default 2 per variant) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "phonenum.h"

struct cand {
	const char *text;
	const char *region;
};

static const struct cand valid[] = {
	{"+44 20 7946 0958", NULL}, {"612 345 678", "ES"}, {"(201) 555-0123", "US"},
	{"8 (912) 345-67-89", "RU"}, {"030 1234567", "DE"}, {"06 12 34 56 78", "FR"},
	{"+91 98765 43210", NULL}, {"(11) 91234-5678", "BR"}, {"312 345 6789", "IT"},
	{"+86 138 0013 8000", NULL},
};
static const struct cand invalid[] = {
	{"31/12/2024", "DE"}, {"112 345 678", "ES"}, {"(123) 456-7890", "US"},
	{"4012 8888 0000", "US"}, {"+999 1234 5678", NULL}, {"12345678", "FR"},
	{"10.0.1", "US"}, {"138 0013 800", "CN"}, {"0000 0000", "GB"}, {"99-1234-5", "IT"},
};

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* with_result: fill a phonenum_result (E.164 form, type, region: three more
 * library calls) or only ask for the verdict (out == NULL). */
static double run(const struct cand *c, size_t n, double secs, int want_valid, int with_result)
{
	size_t calls = 0;
	double t0 = now_s(), t = t0;
	while (t - t0 < secs) {
		for (int rep = 0; rep < 100; rep++) {
			for (size_t i = 0; i < n; i++) {
				struct phonenum_result r;
				int rc = phonenum_check(c[i].text, strlen(c[i].text), c[i].region,
				                        with_result ? &r : NULL);
				if ((rc == PHONENUM_VALID) != want_valid) {
					fprintf(stderr, "unexpected verdict %d for '%s'\n", rc, c[i].text);
					exit(1);
				}
			}
			calls += n;
		}
		t = now_s();
	}
	return (double)calls / (t - t0);
}

int main(int argc, char **argv)
{
	double secs = argc > 1 ? strtod(argv[1], NULL) : 2.0;
	if (!(secs > 0 && secs < 600)) {
		fprintf(stderr, "usage: %s [seconds]\n", argv[0]);
		return 2;
	}
	/* first call builds the metadata singleton: not part of the per-call cost */
	double t0 = now_s();
	phonenum_check("+1 201 555 0123", 15, NULL, NULL);
	double init = now_s() - t0;
	size_t nv = sizeof(valid) / sizeof(valid[0]), ni = sizeof(invalid) / sizeof(invalid[0]);
	double v = run(valid, nv, secs, 1, 1);
	double v0 = run(valid, nv, secs, 1, 0);
	double inv = run(invalid, ni, secs, 0, 1);
	printf("phonenum_check, one thread (first call %.1f ms)\n", init * 1e3);
	printf("  valid, with result:   %9.0f calls/s  %6.2f us/call\n", v, 1e6 / v);
	printf("  valid, verdict only:  %9.0f calls/s  %6.2f us/call\n", v0, 1e6 / v0);
	printf("  invalid look-alikes:  %9.0f calls/s  %6.2f us/call\n", inv, 1e6 / inv);
	/* what that costs the redactor: at 80 MB/s a 1 MB text may spend 12.5 ms
	 * in total, so N candidates per MB cost N * us/call of it */
	double us = 1e6 / (v0 < inv ? v0 : inv);
	printf("  at 80 MB/s the budget allows ~%.0f checked candidates per MB (all time spent)\n",
	       12500.0 / us);
	return 0;
}
