/* timefmt: the clocks and the one time format of custos (RFC 3339, UTC).
 * Pure functions over the caller's buffers: any thread. */
#ifndef CUSTOS_TIMEFMT_H
#define CUSTOS_TIMEFMT_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#define TIME_RFC3339_MAX 32 /* buffer for either form, with room to spare */

/* "2026-11-29T04:00:00Z" for t. */
void time_rfc3339(time_t t, char *out, size_t outsz);

/* "2026-11-29T04:00:00.123Z" for ts (milliseconds, truncated). */
void time_rfc3339_ms(const struct timespec *ts, char *out, size_t outsz);

/* time_rfc3339_ms of the wall clock now. */
void time_rfc3339_ms_now(char *out, size_t outsz);

/* Parses "YYYY-MM-DDTHH:MM:SS[.fff](Z|+hh:mm|-hh:mm)" (no other form).
 * 0 and *out, or -1. */
int time_parse_rfc3339(const char *s, time_t *out);

/* A monotonic clock, for deadlines and durations. */
uint64_t time_mono_ms(void);
uint64_t time_mono_us(void);

#endif
