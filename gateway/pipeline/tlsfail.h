/* tlsfail: the trace left by client certificates refused during the TLS
 * handshake, where no request exists to hold or answer: a log line and an
 * audit entry (decision "error", action "tls:handshake"), submitted without
 * waiting for it to be durable.
 *
 * Anyone can make certificates that fail, so the trace is bounded: refusals
 * of one certificate for one reason are recorded once per TLSFAIL_WINDOW_MS
 * and the rest of the window is folded into one summary entry ("repeats");
 * and all records together (individual and summaries) come from a token
 * bucket of TLSFAIL_RATE_PER_S per second, burst TLSFAIL_BURST. What the
 * bucket cannot pay for is counted and written as one "unrecorded" entry as
 * soon as it can. Every refusal is also counted in /metrics whatever
 * happens (tls.c). See docs/IDENTITY.md.
 * tlsfail_report runs on the server's threads during handshakes and never
 * blocks (one mutex guards the windows and the bucket); init and shutdown on
 * the main thread around the server's life. */
#ifndef CUSTOS_TLSFAIL_H
#define CUSTOS_TLSFAIL_H

#include <stdint.h>

struct tls_refusal;

struct audit;

#define TLSFAIL_WINDOW_MS  60000u /* one record per certificate and reason per window */
#define TLSFAIL_SLOTS      256    /* certificates tracked at once (oldest window evicted) */
#define TLSFAIL_RATE_PER_S 1      /* records per second, sustained */
#define TLSFAIL_BURST      30     /* records at once */

struct tlsfail_stats {
	uint64_t recorded;   /* audit entries submitted (individual + summaries) */
	uint64_t coalesced;  /* refusals folded into a summary */
	uint64_t unrecorded; /* refusals the rate limit kept out of individual records */
};

/* Starts recording into a (borrowed until tlsfail_shutdown; NULL: log
 * only) and registers the /metrics source. Call once, before the listener
 * starts. */
void tlsfail_init(struct audit *a);

/* The tls_refusal_fn: records r now (any thread, never blocks on I/O). */
void tlsfail_report(const struct tls_refusal *r);

/* The same at a given monotonic time in ms (tests drive the clock). */
void tlsfail_report_at(const struct tls_refusal *r, uint64_t now_ms);

/* Writes the summaries of windows that ended by now_ms, and the
 * "unrecorded" entry when one is due and the bucket allows. About once a
 * second, from any thread. */
void tlsfail_tick(uint64_t now_ms);

/* Writes every pending summary and the "unrecorded" count regardless of
 * windows and bucket (at most TLSFAIL_SLOTS + 1 entries), then stops
 * recording: before the audit log closes. Later reports are only logged. */
void tlsfail_shutdown(void);

void tlsfail_get_stats(struct tlsfail_stats *s);

#endif
