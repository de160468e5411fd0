/* detect: simple alerting on the decisions the gateway records. An in-memory
 * ring of the last DETECT_RING alerts (lost on restart; the audit log is the
 * record, alerts only point at it), fed from http_record (every decision, as
 * it is submitted) and from the point where a record fails:
 *
 *   break_glass        an allow whose purpose starts with "break-glass:"
 *   denial_burst       one subject got >= DETECT_BURST_N denials within
 *                      DETECT_BURST_WINDOW_S seconds (at most one alert per
 *                      subject per window)
 *   audit_unavailable  a decision could not be recorded (failures within
 *                      DETECT_COALESCE_S of the alert are counted in it)
 *
 * Thread-safe (one mutex); every call is O(DETECT_SUBJECTS) at worst. */
#ifndef CUSTOS_DETECT_H
#define CUSTOS_DETECT_H

#include <jansson.h>
#include <stdint.h>

#define DETECT_RING           256
#define DETECT_SUBJECTS       256 /* subjects tracked for bursts (oldest evicted) */
#define DETECT_BURST_N        10
#define DETECT_BURST_WINDOW_S 60
#define DETECT_COALESCE_S     10
#define DETECT_DETAIL_MAX     400

/* Looks at one audit entry (borrowed; fields decision, subject, purpose,
 * action, resource, request_id) and raises break_glass / denial_burst. */
void detect_observe(const json_t *entry);

/* A decision could not be recorded (rc: the AUDIT_E_* code). subject and
 * request_id may be NULL. Raises or extends an audit_unavailable alert. */
void detect_record_failed(const char *subject, const char *request_id, int rc);

/* The alerts with id > since_id, oldest first, as a new JSON array (caller
 * owns) of {"id","time","kind","subject","detail"}; NULL when out of memory. */
json_t *detect_alerts(uint64_t since_id);

/* Forgets every alert and burst counter (tests). */
void detect_reset(void);

#endif
