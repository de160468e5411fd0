/* dclock: the wall clock of policy time attributes (request.time.*, working
 * hours) and of detection (windows, lock expiry, review deadlines).
 *
 * It is time(2), unless the environment names a test clock file:
 *   CUSTOS_TEST_CLOCK_FILE=/path   the file holds a signed offset in seconds
 *                                  ("-3600", "+86400"), added to the real time
 * The file is re-read when it changes (checked at most once a second), so a
 * test can move the clock of a running gateway past a lock's expiry or a
 * review's deadline, or into the night. Certificate and token validity and
 * audit timestamps never use this clock. The gateway logs a warning at
 * start when the variable is set, and `custos check-config --security`
 * reports it as an error: it is for tests only. Thread-safe. */
#ifndef CUSTOS_DETECT_DCLOCK_H
#define CUSTOS_DETECT_DCLOCK_H

#include <stdint.h>

#define DCLOCK_ENV "CUSTOS_TEST_CLOCK_FILE"

/* Unix seconds on the detection clock. */
int64_t dclock_now(void);

/* 1 when the test clock is configured (DCLOCK_ENV set), else 0. */
int dclock_is_test(void);

/* The offset in force (0 without a test clock). */
int64_t dclock_offset(void);

#endif
