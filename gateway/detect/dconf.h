/* dconf: the [limits], [detect] and [alerts] sections of the configuration
 * (docs/DETECTION.md lists every key and default). config.c hands each key
 * of these sections to dconf_key; everything else about the file (line
 * numbers, duplicates, unknown sections) stays config.c's. */
#ifndef CUSTOS_DETECT_DCONF_H
#define CUSTOS_DETECT_DCONF_H

#include <stddef.h>
#include <stdint.h>

#include "anomaly.h"
#include "ratelimit.h"

#define DCONF_MAX_ACTIONS 32

typedef struct dconf {
	/* [limits] */
	rl_limit limit_default;             /* default = ... (100/s burst 200) */
	rl_limit limits[DCONF_MAX_ACTIONS]; /* per action index (pol_action_name) */
	uint8_t limit_set[DCONF_MAX_ACTIONS];
	size_t rl_capacity; /* max_tracked */

	/* [detect] */
	anom_conf anom;
	uint32_t review_deadline_s;

	/* [alerts] */
	char *webhook_url;
	char *webhook_secret_file; /* resolved against the config file */
	char *webhook_ca_file;
	uint32_t webhook_timeout_ms;
	uint32_t retry_min_ms;
	uint32_t retry_max_s;
	int syslog;          /* RFC 5424 to syslog_socket */
	char *syslog_socket; /* NULL: /dev/log */
	size_t max_stored;   /* alerts kept in the store */
	size_t queue_max;
} dconf;

/* Fills the defaults (no allocation). */
void dconf_defaults(dconf *d);

/* Frees the strings and resets d to the defaults. */
void dconf_free(dconf *d);

/* 1 when section is one of limits, detect, alerts. */
int dconf_section(const char *section);

/* Applies one key of those sections. cfg_path (may be NULL) anchors
 * relative paths. Returns 0, or -1 with a message in err (unknown key, bad
 * value) that the caller prefixes with file:line. */
int dconf_key(dconf *d, const char *section, const char *name, const char *value,
	      const char *cfg_path, char *err, size_t errsz);

/* Checks the keys together once the file is read: 0 or -1 with err. */
int dconf_check(const dconf *d, char *err, size_t errsz);

/* The limit for action: its own [limits] line, else the built-in exception
 * (authorize: off, a decision point for other proxies), else default. */
rl_limit dconf_limit(const dconf *d, const char *action);

#endif
