/* sinks: delivering one alert to the outside, synchronously (alerts.c runs
 * each sink on a thread of its own, so that a sink that is slow or down
 * never delays a request).
 *
 * webhook: an HTTPS POST of the alert's JSON with libcurl, signed with
 * HMAC-SHA256 under the [alerts] webhook_secret_file key in
 *     X-Custos-Signature: sha256=<lowercase hex of HMAC(key, body)>
 * plus X-Custos-Alert-Id: <id> so a receiver can drop a repeat (delivery is
 * at least once: exactly once unless the process dies between a receiver's
 * 2xx and the cursor's commit). Only https:// URLs, no redirects, a
 * connect and a total timeout; a 2xx answer is a delivery, anything else a
 * failure (retried by alerts.c with backoff).
 *
 * syslog: one RFC 5424 message per alert, as a datagram on the local syslog
 * socket (/dev/log), facility authpriv, severity warning:
 *   <84>1 2026-11-29T04:00:00Z host custos 1234 bulk_access
 *   [custos@32473 id="7" subject="user:corp/eve" seqs="12,15"] detail text
 * (32473 is the private enterprise number RFC 5612 reserves for examples:
 * there is no registered one for custos). syslog(3) would write the older
 * RFC 3164 form, hence our own line. */
#ifndef CUSTOS_DETECT_SINKS_H
#define CUSTOS_DETECT_SINKS_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#define SINK_SIG_LEN    72   /* "sha256=" + 64 hex + NUL */
#define SINK_SYSLOG_MAX 2048 /* bytes of one message */
#define SINK_KEY_MAX    64

/* "sha256=<hex>" of HMAC-SHA256(key, body) into out (SINK_SIG_LEN bytes). */
void sink_sign(const uint8_t *key, size_t keylen, const char *body, size_t len,
	       char out[SINK_SIG_LEN]);

typedef struct sink_webhook sink_webhook;

/* A webhook sink for url (https:// only) signing with key (1..SINK_KEY_MAX
 * bytes, copied; wiped at free). ca_file (NULL: the system's trust store)
 * verifies the receiver. timeout_ms bounds a whole attempt (0 = 10000).
 * 0, or -1 with err. curl_global_init must have run (alerts_start does). */
int sink_webhook_create(const char *url, const uint8_t *key, size_t keylen, const char *ca_file,
			uint32_t timeout_ms, sink_webhook **out, char *err, size_t errsz);

/* POSTs body (len bytes of JSON). 0 when the receiver answered 2xx, else -1
 * with a reason in err ("HTTP 503", curl's error text). */
int sink_webhook_post(sink_webhook *w, const char *body, size_t len, uint64_t alert_id, char *err,
		      size_t errsz);

void sink_webhook_free(sink_webhook *w);

typedef struct sink_syslog sink_syslog;

/* A syslog sink writing to the unix datagram socket at path (NULL =
 * "/dev/log"). Opening is lazy: a missing socket is a delivery failure,
 * retried. 0 or -1 (out of memory). */
int sink_syslog_create(const char *path, sink_syslog **out, char *err, size_t errsz);

/* Formats alert ({"id","time","kind","subject","detail","seqs"}) as an RFC
 * 5424 message (not NUL-terminated) into out; returns its length (at most
 * cap, cut at cap on a character boundary) or 0 when cap < 256. */
size_t sink_syslog_format(const json_t *alert, const char *host, int pid, char *out, size_t cap);

/* Sends one alert. 0, or -1 with err (socket missing, queue full). Never
 * blocks: the datagram is sent with MSG_DONTWAIT. */
int sink_syslog_send(sink_syslog *s, const json_t *alert, char *err, size_t errsz);

void sink_syslog_free(sink_syslog *s);

#endif
