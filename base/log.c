/* log: JSON-lines logger on stderr. One write(2) per line keeps lines whole
 * when several threads log at once. */
#include "log.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "timefmt.h"

static volatile int g_level = LOG_INFO;

static const char *const level_names[] = {"debug", "info", "warn", "error"};

void log_set_level(enum log_level lvl)
{
	g_level = lvl;
}

int log_enabled(enum log_level lvl)
{
	return (int)lvl >= g_level;
}

void log_msg(enum log_level lvl, const char *msg, ...)
{
	if ((int)lvl < g_level)
		return;

	char ts[TIME_RFC3339_MAX];
	time_rfc3339_ms_now(ts, sizeof ts);

	json_t *o = json_object();
	if (!o)
		return;
	json_object_set_new(o, "ts", json_string(ts));
	json_object_set_new(o, "level", json_string(level_names[lvl & 3]));
	json_object_set_new(o, "msg", json_string(msg ? msg : ""));

	va_list ap;
	va_start(ap, msg);
	for (;;) {
		const char *k = va_arg(ap, const char *);
		if (!k)
			break;
		const char *v = va_arg(ap, const char *);
		/* json_string rejects invalid UTF-8; fall back to a marker. */
		json_t *jv = v ? json_string(v) : json_null();
		if (!jv)
			jv = json_string("<invalid utf-8>");
		json_object_set_new(o, k, jv);
	}
	va_end(ap);

	char *line = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(o);
	if (!line)
		return;
	size_t len = strlen(line);
	char buf[4096];
	if (len + 1 <= sizeof buf) {
		memcpy(buf, line, len);
		buf[len] = '\n';
		ssize_t w = write(STDERR_FILENO, buf, len + 1);
		(void)w;
	} else {
		ssize_t w = write(STDERR_FILENO, line, len);
		w = write(STDERR_FILENO, "\n", 1);
		(void)w;
	}
	free(line);
}
