/* log: structured logs, one JSON object per line on stderr.
 *
 * Every line has "ts" (RFC 3339, ms, UTC), "level" and "msg"; callers add
 * string fields as NULL-terminated key/value pairs. Values are JSON-escaped,
 * so untrusted text cannot forge a line. Never pass secrets or tokens.
 * Any thread: each line is one write(2), so lines never interleave. */
#ifndef CUSTOS_LOG_H
#define CUSTOS_LOG_H

enum log_level { LOG_DEBUG = 0, LOG_INFO = 1, LOG_WARN = 2, LOG_ERROR = 3 };

/* Lines below this level are dropped (default LOG_INFO). */
void log_set_level(enum log_level lvl);

/* Would a line at lvl be written? For callers that format fields first. */
int log_enabled(enum log_level lvl);

/* Writes {"ts":..,"level":..,"msg":msg, k1:v1, ...}. The variadic part is
 * pairs of const char * ending with NULL; a NULL value is written as null.
 * Thread-safe: one write(2) per line. */
void log_msg(enum log_level lvl, const char *msg, ...) __attribute__((sentinel));

#define log_info(...)  log_msg(LOG_INFO, __VA_ARGS__, (char *)NULL)
#define log_warn(...)  log_msg(LOG_WARN, __VA_ARGS__, (char *)NULL)
#define log_error(...) log_msg(LOG_ERROR, __VA_ARGS__, (char *)NULL)
#define log_debug(...) log_msg(LOG_DEBUG, __VA_ARGS__, (char *)NULL)

#endif
