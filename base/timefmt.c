/* timefmt: clocks and RFC 3339. */
#include "timefmt.h"

#include <stdio.h>
#include <string.h>

void time_rfc3339(time_t t, char *out, size_t outsz)
{
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, outsz, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void time_rfc3339_ms(const struct timespec *ts, char *out, size_t outsz)
{
	struct tm tm;
	gmtime_r(&ts->tv_sec, &tm);
	size_t n = strftime(out, outsz, "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(out + n, outsz - n, ".%03dZ", (int)(ts->tv_nsec / 1000000));
}

void time_rfc3339_ms_now(char *out, size_t outsz)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	time_rfc3339_ms(&ts, out, outsz);
}

/* Two ASCII digits at p (never reads past a NUL). 0 and *v, or -1. */
static int two_digits(const char *p, int *v)
{
	if (p[0] < '0' || p[0] > '9' || p[1] < '0' || p[1] > '9')
		return -1;
	*v = (p[0] - '0') * 10 + (p[1] - '0');
	return 0;
}

int time_parse_rfc3339(const char *s, time_t *out)
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	const char *p = strptime(s, "%Y-%m-%dT%H:%M:%S", &tm);
	if (!p)
		return -1;
	if (*p == '.') {
		p++;
		if (*p < '0' || *p > '9')
			return -1;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	long off = 0;
	if (*p == 'Z' || *p == 'z') {
		p++;
	} else if (*p == '+' || *p == '-') {
		/* Exactly "hh:mm": sscanf("%2d") took "+5:3" or " -1:00" and the
		 * fixed step below then read past the end of the string. */
		int sign = *p == '-' ? -1 : 1;
		int hh, mm;
		if (two_digits(p + 1, &hh) || p[3] != ':' || two_digits(p + 4, &mm) || hh > 23 ||
		    mm > 59)
			return -1;
		off = sign * (hh * 3600L + mm * 60L);
		p += 6;
	} else {
		return -1;
	}
	if (*p)
		return -1;
	int mday = tm.tm_mday;
	time_t t = timegm(&tm);
	if (t == (time_t)-1 || tm.tm_mday != mday)
		return -1; /* timegm normalised an impossible date (Feb 30) */
	*out = t - off;
	return 0;
}

uint64_t time_mono_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

uint64_t time_mono_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}
