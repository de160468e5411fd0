/* config_int: what config.c and config_sections.c share (app/ only). */
#ifndef CUSTOS_CONFIG_INT_H
#define CUSTOS_CONFIG_INT_H

#include <stdio.h>

#include "config.h"

#define CONFIG_NKEYS 64 /* at least the rows of config.c's key table (asserted there) */

/* One load's parser state (libinih's user pointer). */
struct parse {
	struct config *c;
	struct config_errors *errs;
	FILE *f;
	int lineno;
	int long_line; /* current physical line was refused (long, NUL) */
	char section[80];
	int section_line;
	struct config_issuer *issuer; /* current [issuer:NAME] or NULL */
	int seen[CONFIG_NKEYS];       /* line of each key, 0 = absent */
	int seen_sections[8];         /* line of [server],[tls],[ops],[keys],... */
};

void cfg_add_err(struct config_errors *e, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* A decimal long with an optional k/m/g size suffix: 0, or -1 when v is
 * not one or overflows. */
int cfg_parse_long(const char *v, long *out);
/* Splits a comma-separated list into at most max trimmed, non-empty items. */
int cfg_split_list(const char *value, char **items, size_t max, size_t *n);
/* A key of the current [issuer:NAME] section. */
void cfg_issuer_key(struct parse *p, const char *name, const char *value);
/* A key of [proxy]: 1 handled (errors added), as inih's handler answers. */
int cfg_proxy_key(struct parse *p, const char *name, const char *value);

/* The console's sign-in keys across [issuer:*] and [console]: at most one
 * issuer signs in, with all of its keys, a discovery URL and [console]
 * listen; timeouts in order. line: where [console] errors go. */
void cfg_console_check(struct parse *p, int check_files, int line);

#endif
