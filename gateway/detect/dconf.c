/* dconf: table-driven parsing of [limits], [detect] and [alerts] (see
 * dconf.h). Numbers are whole and bounded; the limit grammar is
 * ratelimit.c's. */
#include "dconf.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy.h"

enum { T_U32, T_SIZE, T_BOOL, T_FACTOR, T_STR, T_PATH, T_URL };

struct dkey {
	const char *section, *name;
	int type;
	size_t off;
	uint64_t min, max;
};

#define D(f) offsetof(dconf, f)
#define A(f) (offsetof(dconf, anom) + offsetof(anom_conf, f))

static const struct dkey keys[] = {
	{"limits", "max_tracked", T_SIZE, D(rl_capacity), 1024, 1u << 26},
	{"detect", "denial_streak", T_U32, A(denial_streak), 0, ANOM_STREAK_MAX},
	{"detect", "streak_window_s", T_U32, A(streak_window_s), 0, 86400 * 30},
	{"detect", "lock_s", T_U32, A(lock_s), 1, 86400 * 365},
	{"detect", "bulk_distinct_users", T_U32, A(bulk_distinct_users), 0, 1000000},
	{"detect", "bulk_window_s", T_U32, A(bulk_window_s), 60, 86400 * 30},
	{"detect", "bulk_baseline_factor", T_FACTOR, A(bulk_baseline_factor), 0, 1000},
	{"detect", "bulk_baseline_min", T_U32, A(bulk_baseline_min), 1, 1000000},
	{"detect", "bulk_lock", T_BOOL, A(bulk_lock), 0, 1},
	{"detect", "revocation_watch_s", T_U32, A(revocation_watch_s), 0, 86400 * 30},
	{"detect", "coalesce_s", T_U32, A(coalesce_s), 0, 86400},
	{"detect", "review_deadline_s", T_U32, D(review_deadline_s), 60, 86400 * 90},
	{"detect", "tracked_subjects", T_SIZE, A(subjects), 1024, 1u << 24},
	{"detect", "bulk_tracked", T_SIZE, A(bulk_subjects), 1024, 1u << 22},
	{"detect", "tokens_tracked", T_SIZE, A(tokens), 1024, 1u << 24},
	{"alerts", "webhook_url", T_URL, D(webhook_url), 0, 0},
	{"alerts", "webhook_secret_file", T_PATH, D(webhook_secret_file), 0, 0},
	{"alerts", "webhook_ca_file", T_PATH, D(webhook_ca_file), 0, 0},
	{"alerts", "webhook_timeout_ms", T_U32, D(webhook_timeout_ms), 100, 120000},
	{"alerts", "retry_min_ms", T_U32, D(retry_min_ms), 10, 600000},
	{"alerts", "retry_max_s", T_U32, D(retry_max_s), 1, 86400},
	{"alerts", "syslog", T_BOOL, D(syslog), 0, 1},
	{"alerts", "syslog_socket", T_STR, D(syslog_socket), 0, 0},
	{"alerts", "max_stored", T_SIZE, D(max_stored), 100, 10000000},
	{"alerts", "queue_max", T_SIZE, D(queue_max), 16, 1000000},
};

void dconf_defaults(dconf *d)
{
	memset(d, 0, sizeof *d);
	d->limit_default.rate = 100;
	d->limit_default.burst = 200;
	/* Small by default (RSS, issue 13): raise with [limits] max_tracked and
	 * [detect] *_tracked for more concurrent subjects (docs/DETECTION.md). */
	d->rl_capacity = 16384;
	anom_conf_defaults(&d->anom);
	d->anom.subjects = 16384;
	d->anom.bulk_subjects = 2048;
	d->anom.tokens = 16384;
	d->review_deadline_s = 86400;
	d->webhook_timeout_ms = 10000;
	d->retry_min_ms = 1000;
	d->retry_max_s = 300;
	d->max_stored = 100000;
	d->queue_max = 4096;
}

void dconf_free(dconf *d)
{
	free(d->webhook_url);
	free(d->webhook_secret_file);
	free(d->webhook_ca_file);
	free(d->syslog_socket);
	dconf_defaults(d);
}

int dconf_section(const char *s)
{
	return !strcmp(s, "limits") || !strcmp(s, "detect") || !strcmp(s, "alerts");
}

static int parse_u64(const char *v, uint64_t *out)
{
	if (*v < '0' || *v > '9')
		return -1;
	char *end;
	errno = 0;
	unsigned long long x = strtoull(v, &end, 10);
	if (errno || *end)
		return -1;
	*out = x;
	return 0;
}

static char *relative(const char *cfg, const char *v)
{
	char *p = NULL;
	const char *slash = cfg ? strrchr(cfg, '/') : NULL;
	if (v[0] == '/' || !slash)
		return strdup(v);
	if (asprintf(&p, "%.*s/%s", (int)(slash - cfg), cfg, v) < 0)
		return NULL;
	return p;
}

static int limit_key(dconf *d, const char *name, const char *value, char *err, size_t errsz)
{
	rl_limit l;
	const char *why = NULL;
	if (rl_parse(value, &l, &why)) {
		snprintf(err, errsz, "[limits] %s: %s", name, why);
		return -1;
	}
	if (!strcmp(name, "default")) {
		d->limit_default = l;
		return 0;
	}
	for (size_t i = 0; i < pol_action_count() && i < DCONF_MAX_ACTIONS; i++) {
		if (!strcmp(pol_action_name(i), name)) {
			d->limits[i] = l;
			d->limit_set[i] = 1;
			return 0;
		}
	}
	snprintf(
		err, errsz,
		"[limits] unknown key '%s' (default, max_tracked or an action such as conversation:read)",
		name);
	return -1;
}

/* libinih splits a line at its first '=' or ':', so "conversation:read =
 * 10/s" arrives as name "conversation", value "read = 10/s": joined again
 * into *full (name) and returned the value after the '='. NULL when the
 * line was not split that way. */
static const char *rejoin(const char *name, const char *value, char *full, size_t fullsz)
{
	const char *eq = strchr(value, '=');
	size_t n = eq ? strcspn(value, " \t=") : 0;
	if (!eq || !n || strchr(name, ':'))
		return NULL;
	for (const char *p = value + n; p < eq; p++)
		if (*p != ' ' && *p != '\t')
			return NULL;
	int len = snprintf(full, fullsz, "%s:%.*s", name, (int)n, value);
	if (len < 0 || (size_t)len >= fullsz)
		return NULL;
	for (eq++; *eq == ' ' || *eq == '\t'; eq++)
		;
	return eq;
}

int dconf_key(dconf *d, const char *section, const char *name, const char *value,
	      const char *cfg_path, char *err, size_t errsz)
{
	char full[80];
	const char *v2 = !strcmp(section, "limits") ? rejoin(name, value, full, sizeof full) : NULL;
	if (v2) {
		name = full;
		value = v2;
	}
	const struct dkey *k = NULL;
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
		if (!strcmp(keys[i].section, section) && !strcmp(keys[i].name, name))
			k = &keys[i];
	if (!k) {
		if (!strcmp(section, "limits"))
			return limit_key(d, name, value, err, errsz);
		snprintf(err, errsz, "[%s] unknown key '%s'", section, name);
		return -1;
	}
	char *base = (char *)d;
	uint64_t x;
	switch (k->type) {
	case T_U32:
	case T_SIZE:
		if (parse_u64(value, &x) || x < k->min || x > k->max) {
			snprintf(err, errsz, "[%s] %s: '%s' is not a number in %llu..%llu", section,
				 name, value, (unsigned long long)k->min,
				 (unsigned long long)k->max);
			return -1;
		}
		if (k->type == T_U32)
			*(uint32_t *)(base + k->off) = (uint32_t)x;
		else
			*(size_t *)(base + k->off) = (size_t)x;
		return 0;
	case T_BOOL:
		if (!strcmp(value, "true") || !strcmp(value, "yes") || !strcmp(value, "on") ||
		    !strcmp(value, "1")) {
			*(int *)(base + k->off) = 1;
		} else if (!strcmp(value, "false") || !strcmp(value, "no") ||
			   !strcmp(value, "off") || !strcmp(value, "0")) {
			*(int *)(base + k->off) = 0;
		} else {
			snprintf(err, errsz, "[%s] %s: '%s' is not a boolean", section, name,
				 value);
			return -1;
		}
		return 0;
	case T_FACTOR: {
		char *end;
		errno = 0;
		double f = strtod(value, &end);
		if (errno || *end || end == value || !(f >= 0) || f > (double)k->max) {
			snprintf(err, errsz, "[%s] %s: '%s' is not a number in 0..%llu", section,
				 name, value, (unsigned long long)k->max);
			return -1;
		}
		*(double *)(base + k->off) = f;
		return 0;
	}
	default:
		break;
	}
	if (!*value || strlen(value) > 2048) {
		snprintf(err, errsz, "[%s] %s: empty or longer than 2048 bytes", section, name);
		return -1;
	}
	if (k->type == T_URL && strncmp(value, "https://", 8) != 0) {
		snprintf(err, errsz, "[%s] %s: must be an https:// URL", section, name);
		return -1;
	}
	char **slot = (char **)(base + k->off);
	char *v = k->type == T_PATH ? relative(cfg_path, value) : strdup(value);
	if (!v) {
		snprintf(err, errsz, "out of memory");
		return -1;
	}
	free(*slot);
	*slot = v;
	return 0;
}

int dconf_check(const dconf *d, char *err, size_t errsz)
{
	if (d->webhook_url && !d->webhook_secret_file) {
		snprintf(err, errsz,
			 "[alerts] webhook_url needs webhook_secret_file (the HMAC key)");
		return -1;
	}
	if (!d->webhook_url && (d->webhook_secret_file || d->webhook_ca_file)) {
		snprintf(err, errsz,
			 "[alerts] webhook_secret_file and webhook_ca_file need webhook_url");
		return -1;
	}
	if ((uint64_t)d->retry_max_s * 1000 < d->retry_min_ms) {
		snprintf(err, errsz, "[alerts] retry_max_s must be at least retry_min_ms");
		return -1;
	}
	return 0;
}

rl_limit dconf_limit(const dconf *d, const char *action)
{
	for (size_t i = 0; i < pol_action_count() && i < DCONF_MAX_ACTIONS; i++) {
		if (strcmp(pol_action_name(i), action) != 0)
			continue;
		if (d->limit_set[i])
			return d->limits[i];
		break;
	}
	if (!strcmp(action, "authorize")) {
		rl_limit off = {0, 0};
		return off;
	}
	return d->limit_default;
}
