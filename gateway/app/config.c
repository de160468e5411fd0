/* config: INI -> struct config with libinih.
 *
 * Keys are table-driven (section, name, type, bounds). libinih does not give
 * the handler a line number in Debian's build, so we feed it through our own
 * line reader that counts lines and refuses lines longer than
 * CONFIG_MAX_LINE (inih's line buffer is sized for it: see config_load). */
#include "config.h"
#include "config_int.h"
#include "redact.h"

#include <arpa/inet.h>
#include <errno.h>
#include <ini.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "errbuf.h"
#include "file.h"
#include "jwks_fetch.h"
#include "log.h"
#include "policy.h"
#include "proxymap.h"

enum ktype { K_STR, K_PATH, K_INT, K_SIZE, K_BOOL, K_LISTEN, K_LEVEL };

struct key {
	const char *section;
	const char *name;
	enum ktype type;
	size_t off;    /* offset in struct config */
	long min, max; /* for K_INT / K_SIZE */
	int required;
};

#define O(f) offsetof(struct config, f)

static const struct key keys[] = {
	{"server", "listen", K_LISTEN, O(listen), 0, 0, 1},
	{"server", "data_dir", K_PATH, O(data_dir), 0, 0, 1},
	{"server", "threads", K_INT, O(threads), 1, 64, 0},
	{"server", "max_body_bytes", K_SIZE, O(max_body_bytes), 1024, 64L << 20, 0},
	{"server", "max_header_bytes", K_SIZE, O(max_header_bytes), 4096, 1L << 20, 0},
	{"server", "max_connections", K_INT, O(max_connections), 8, 100000, 0},
	{"server", "per_ip_connections", K_INT, O(per_ip_connections), 1, 100000, 0},
	{"server", "idle_timeout_s", K_INT, O(idle_timeout_s), 1, 3600, 0},
	{"server", "request_timeout_s", K_INT, O(request_timeout_s), 1, 3600, 0},
	{"server", "drain_timeout_s", K_INT, O(drain_timeout_s), 0, 600, 0},
	{"server", "store_map_size", K_SIZE, O(store_map_size), 1L << 16, LONG_MAX, 0},
	{"server", "audit_map_size", K_SIZE, O(audit_map_size), 1L << 16, LONG_MAX, 0},
	{"server", "list_scan_max", K_INT, O(list_scan_max), 10, 1000000, 0},
	{"server", "heavy_concurrency", K_INT, O(heavy_concurrency), 0, 256, 0},
	{"server", "heavy_per_subject", K_INT, O(heavy_per_subject), 1, 256, 0},
	{"server", "heavy_workers", K_INT, O(heavy_workers), 1, 16, 0},
	{"tls", "cert", K_PATH, O(cert), 0, 0, 1},
	{"tls", "key", K_PATH, O(key), 0, 0, 1},
	{"tls", "client_ca", K_PATH, O(client_ca), 0, 0, 1},
	{"tls", "crl", K_PATH, O(crl), 0, 0, 0},
	{"tls", "priorities", K_STR, O(priorities), 0, 0, 0},
	{"tls", "allow_intermediates", K_BOOL, O(tls_allow_intermediates), 0, 1, 0},
	{"ops", "listen", K_LISTEN, O(ops_listen), 0, 0, 0},
	{"console", "listen", K_LISTEN, O(console_listen), 0, 0, 0},
	{"console", "client_cert", K_STR, O(console_client_cert), 0, 0, 0},
	{"console", "session_idle_s", K_INT, O(console_session_idle_s), 60, 86400, 0},
	{"console", "session_max_s", K_INT, O(console_session_max_s), 300, 7 * 86400, 0},
	{"console", "sessions_max", K_INT, O(console_sessions_max), 1, 100000, 0},
	{"keys", "master_key_file", K_PATH, O(master_key_file), 0, 0, 0},
	{"keys", "master", K_STR, O(master_uri), 0, 0, 0},
	{"keys", "pin_file", K_PATH, O(pin_file), 0, 0, 0},
	{"keys", "dek_cache", K_INT, O(dek_cache), 0, 1000000, 0},
	{"keys", "audit_key_file", K_PATH, O(audit_key_file), 0, 0, 1},
	{"keys", "pseudonym_key_file", K_PATH, O(pseudonym_key_file), 0, 0, 1},
	{"keys", "strict_permissions", K_BOOL, O(keys_strict), 0, 1, 0},
	{"keys", "rewrap_batch", K_INT, O(rewrap_batch), 1, 100000, 0},
	{"keys", "pseudonym_grace_s", K_INT, O(pseudonym_grace_s), 0, 31536000, 0},
	{"tokens", "cache_ttl_s", K_INT, O(token_cache_ttl_s), 0, 86400, 0},
	{"tokens", "cache_max", K_SIZE, O(token_cache_max), 0, 10000000, 0},
	{"tokens", "jwks_refresh_s", K_INT, O(jwks_refresh_s), 0, 86400, 0},
	{"tokens", "jwks_min_refresh_s", K_INT, O(jwks_min_refresh_s), 1, 86400, 0},
	{"tokens", "jwks_max_refresh_s", K_INT, O(jwks_max_refresh_s), 1, 7 * 86400, 0},
	{"audit", "export", K_PATH, O(audit_export), 0, 0, 0},
	{"audit", "group_commit", K_BOOL, O(audit_group_commit), 0, 1, 0},
	{"audit", "timeout_ms", K_INT, O(audit_timeout_ms), 10, 600000, 0},
	{"retention", "default_s", K_SIZE, O(default_retention_s), 60, LONG_MAX, 0},
	{"retention", "sweep_interval_s", K_INT, O(sweep_interval_s), 1, 86400, 0},
	{"retention", "shred_interval_s", K_INT, O(shred_interval_s), 1, 86400, 0},
	{"log", "level", K_LEVEL, O(log_level), 0, 0, 0},
};

#undef O

_Static_assert(sizeof keys / sizeof keys[0] <= CONFIG_NKEYS, "raise CONFIG_NKEYS");

static const char *const known_sections[] = {
	"server", "tls",       "ops", "keys",   "bootstrap", "tokens",
	"audit",  "retention", "log", "redact", "console",   "proxy",
};
#define NSECTIONS (sizeof known_sections / sizeof known_sections[0])

void cfg_add_err(struct config_errors *e, const char *file, int line, const char *fmt, ...)
{
	char full[1024];
	int n = snprintf(full, sizeof full, "%s:%d: ", file, line);
	va_list ap;
	va_start(ap, fmt);
	if (n > 0 && (size_t)n < sizeof full)
		errbuf_vset(full + n, sizeof full - (size_t)n, fmt, ap);
	va_end(ap);
	if (e->n == e->cap) {
		size_t ncap = e->cap ? e->cap * 2 : 8;
		char **p = realloc(e->msgs, ncap * sizeof *p);
		if (!p)
			return;
		e->msgs = p;
		e->cap = ncap;
	}
	e->msgs[e->n] = strdup(full);
	if (e->msgs[e->n])
		e->n++;
}

void config_errors_clear(struct config_errors *e)
{
	for (size_t i = 0; i < e->n; i++)
		free(e->msgs[i]);
	free(e->msgs);
	e->msgs = NULL;
	e->n = e->cap = 0;
}

/* Line reader for ini_parse_stream that counts physical lines. It reads to
 * the end of each line itself (fgets would split a line at a NUL byte or at
 * inih's buffer size and count the pieces as lines): a line with a NUL byte
 * or longer than CONFIG_MAX_LINE bytes (a CRLF's '\r' not counted) is
 * reported and handed to inih as empty. inih's buffer (num bytes) holds
 * CONFIG_MAX_LINE bytes, the '\r' and the NUL. */
static char *reader(char *str, int num, void *stream)
{
	struct parse *p = stream;
	size_t n = 0, max = num > 2 ? (size_t)num - 2 : 0;
	if (max > CONFIG_MAX_LINE)
		max = CONFIG_MAX_LINE;
	int any = 0, nul = 0, too_long = 0;
	for (;;) {
		int ch = fgetc(p->f);
		if (ch == EOF || ch == '\n') {
			any |= ch == '\n';
			break;
		}
		any = 1;
		nul |= ch == '\0';
		if (n < max + 1)
			str[n++] = (char)ch;
		else
			too_long = 1;
	}
	if (!any)
		return NULL;
	if (n > max && str[n - 1] != '\r')
		too_long = 1;
	p->lineno++;
	p->long_line = nul || too_long;
	if (nul)
		cfg_add_err(p->errs, p->c->path, p->lineno, "NUL byte in line");
	else if (too_long)
		cfg_add_err(p->errs, p->c->path, p->lineno, "line longer than %zu bytes", max);
	if (p->long_line)
		n = 0;
	str[n] = '\0';
	return str;
}

int cfg_parse_long(const char *v, long *out)
{
	char *end;
	errno = 0;
	long x = strtol(v, &end, 10);
	if (errno || end == v)
		return -1;
	/* optional size suffix */
	if (*end == 'k' || *end == 'K') {
		if (x > LONG_MAX / 1024)
			return -1;
		x *= 1024;
		end++;
	} else if (*end == 'm' || *end == 'M') {
		if (x > LONG_MAX / (1024 * 1024))
			return -1;
		x *= 1024 * 1024;
		end++;
	} else if (*end == 'g' || *end == 'G') {
		if (x > LONG_MAX / (1024L * 1024 * 1024))
			return -1;
		x *= 1024L * 1024 * 1024;
		end++;
	}
	if (*end)
		return -1;
	*out = x;
	return 0;
}

/* "host:port" with host an IPv4 literal, "[v6]" literal or "localhost". */
static int parse_listen(const char *v, char *host, size_t hostsz, int *port)
{
	const char *colon;
	char h[64];
	if (v[0] == '[') {
		const char *rb = strchr(v, ']');
		if (!rb || rb[1] != ':')
			return -1;
		size_t hl = (size_t)(rb - v - 1);
		if (hl == 0 || hl >= sizeof h)
			return -1;
		memcpy(h, v + 1, hl);
		h[hl] = '\0';
		colon = rb + 1;
		struct in6_addr a6;
		if (inet_pton(AF_INET6, h, &a6) != 1)
			return -1;
	} else {
		colon = strrchr(v, ':');
		if (!colon)
			return -1;
		size_t hl = (size_t)(colon - v);
		if (hl == 0 || hl >= sizeof h)
			return -1;
		memcpy(h, v, hl);
		h[hl] = '\0';
		if (strcmp(h, "localhost") == 0)
			snprintf(h, sizeof h, "127.0.0.1");
		struct in_addr a4;
		if (inet_pton(AF_INET, h, &a4) != 1)
			return -1;
	}
	long p;
	if (cfg_parse_long(colon + 1, &p) || p < 1 || p > 65535)
		return -1;
	snprintf(host, hostsz, "%s", h);
	*port = (int)p;
	return 0;
}

static int set_key(struct parse *p, const struct key *k, const char *value)
{
	struct config *c = p->c;
	char *base = (char *)c;
	long x;

	switch (k->type) {
	case K_STR:
	case K_PATH: {
		if (!*value) {
			cfg_add_err(p->errs, c->path, p->lineno, "[%s] %s: empty value", k->section,
				    k->name);
			return 0;
		}
		char **slot = (char **)(base + k->off);
		char *v = k->type == K_PATH ? file_path_relative(c->path, value) : strdup(value);
		free(*slot);
		*slot = v;
		return 0;
	}
	case K_LISTEN: {
		char **slot = (char **)(base + k->off);
		int is_ops = k->off == offsetof(struct config, ops_listen);
		int is_console = k->off == offsetof(struct config, console_listen);
		char *host = is_ops ? c->ops_host : is_console ? c->console_host : c->listen_host;
		int *port = is_ops ? &c->ops_port : is_console ? &c->console_port : &c->listen_port;
		if (parse_listen(value, host, 64, port)) {
			cfg_add_err(
				p->errs, c->path, p->lineno,
				"[%s] %s: '%s' is not an address:port (IP literal or localhost, port 1-65535)",
				k->section, k->name, value);
			return 0;
		}
		free(*slot);
		*slot = strdup(value);
		return 0;
	}
	case K_INT:
	case K_SIZE:
		if (cfg_parse_long(value, &x) || x < k->min || x > k->max) {
			cfg_add_err(p->errs, c->path, p->lineno,
				    "[%s] %s: '%s' is not a number in %ld..%ld", k->section,
				    k->name, value, k->min, k->max);
			return 0;
		}
		if (k->type == K_INT)
			*(int *)(base + k->off) = (int)x;
		else if (k->off == offsetof(struct config, default_retention_s))
			*(long *)(base + k->off) = x;
		else
			*(size_t *)(base + k->off) = (size_t)x;
		return 0;
	case K_BOOL:
		if (!strcmp(value, "true") || !strcmp(value, "yes") || !strcmp(value, "1") ||
		    !strcmp(value, "on")) {
			*(int *)(base + k->off) = 1;
		} else if (!strcmp(value, "false") || !strcmp(value, "no") || !strcmp(value, "0") ||
			   !strcmp(value, "off")) {
			*(int *)(base + k->off) = 0;
		} else {
			cfg_add_err(p->errs, c->path, p->lineno, "[%s] %s: '%s' is not a boolean",
				    k->section, k->name, value);
		}
		return 0;
	case K_LEVEL: {
		static const char *const lv[] = {"debug", "info", "warn", "error"};
		for (int i = 0; i < 4; i++) {
			if (!strcmp(value, lv[i])) {
				*(int *)(base + k->off) = i;
				return 0;
			}
		}
		cfg_add_err(p->errs, c->path, p->lineno,
			    "[log] level: '%s' is not debug, info, warn or error", value);
		return 0;
	}
	}
	return 0;
}

static int handler(void *user, const char *section, const char *name, const char *value)
{
	struct parse *p = user;
	struct config *c = p->c;

	if (p->long_line)
		return 1;
	if (strcmp(section, p->section) != 0) {
		/* inih gives no callback for a section header alone; track it here. */
		snprintf(p->section, sizeof p->section, "%s", section);
		p->section_line = p->lineno;
		p->issuer = NULL;
		if (!strncmp(section, "issuer:", 7)) {
			const char *iname = section + 7;
			for (size_t i = 0; i < c->nissuers; i++) {
				if (!strcmp(c->issuers[i].name, iname)) {
					cfg_add_err(p->errs, c->path, p->lineno,
						    "[issuer:%s] defined twice", iname);
					return 1;
				}
			}
			if (pol_issuer_check(iname, strlen(iname))) {
				cfg_add_err(p->errs, c->path, p->lineno,
					    "[issuer:%s] name must be 1-64 of [A-Za-z0-9_.-]",
					    iname);
				return 1;
			}
			if (c->nissuers == CONFIG_MAX_ISSUERS) {
				cfg_add_err(p->errs, c->path, p->lineno, "more than %d issuers",
					    CONFIG_MAX_ISSUERS);
				return 1;
			}
			p->issuer = &c->issuers[c->nissuers++];
			p->issuer->name = strdup(iname);
			p->issuer->leeway_s = 30;
			p->issuer->line = p->lineno;
		}
	}
	if (!strncmp(section, "issuer:", 7)) {
		cfg_issuer_key(p, name, value);
		return 1;
	}
	if (!strcmp(section, "bootstrap")) {
		if (strcmp(name, "admins") != 0) {
			cfg_add_err(p->errs, c->path, p->lineno, "[bootstrap] unknown key '%s'",
				    name);
			return 1;
		}
		for (size_t i = 0; i < c->nadmins; i++)
			free(c->admins[i]);
		if (cfg_split_list(value, c->admins, CONFIG_MAX_ADMINS, &c->nadmins))
			cfg_add_err(p->errs, c->path, p->lineno, "[bootstrap] admins: more than %d",
				    CONFIG_MAX_ADMINS);
		for (size_t i = 0; i < c->nadmins; i++) {
			const char *a = c->admins[i], *why = NULL;
			if (!a || pol_principal_parse(a, strlen(a), NULL, &why))
				cfg_add_err(p->errs, c->path, p->lineno,
					    "[bootstrap] admins: '%.80s' is not a principal: %s",
					    a ? a : "", why ? why : "out of memory");
		}
		return 1;
	}
	if (!strcmp(section, "proxy"))
		return cfg_proxy_key(p, name, value);
	if (!strcmp(section, "redact")) {
		/* one naming rule, the redactor's (redact_name_check): what
		 * passes here also compiles at serve */
		char why[160];
		if (strncmp(name, "pattern.", 8) != 0) {
			cfg_add_err(p->errs, c->path, p->lineno,
				    "[redact] keys are pattern.NAME, not '%s'", name);
			return 1;
		}
		if (redact_name_check(name + 8, why, sizeof why)) {
			cfg_add_err(p->errs, c->path, p->lineno, "[redact] %s: %s", name, why);
			return 1;
		}
		for (size_t i = 0; i < c->npatterns; i++) {
			if (!strcmp(c->patterns[i].name, name + 8)) {
				cfg_add_err(p->errs, c->path, p->lineno,
					    "[redact] %s: defined twice", name);
				return 1;
			}
		}
		if (redact_pattern_check(value, why, sizeof why)) {
			cfg_add_err(p->errs, c->path, p->lineno, "[redact] %s: %s", name, why);
			return 1;
		}
		if (c->npatterns == CONFIG_MAX_PATTERNS) {
			cfg_add_err(p->errs, c->path, p->lineno, "[redact] more than %d patterns",
				    CONFIG_MAX_PATTERNS);
			return 1;
		}
		c->patterns[c->npatterns].name = strdup(name + 8);
		c->patterns[c->npatterns].pattern = strdup(value);
		c->npatterns++;
		return 1;
	}

	if (dconf_section(section)) {
		char e[600];
		if (dconf_key(&c->detect, section, name, value, c->path, e, sizeof e))
			cfg_add_err(p->errs, c->path, p->lineno, "%s", e);
		return 1;
	}
	int known_section = 0;
	for (size_t i = 0; i < NSECTIONS; i++)
		known_section |= !strcmp(section, known_sections[i]);
	if (!known_section) {
		cfg_add_err(p->errs, c->path, p->lineno, "unknown section [%s]", section);
		return 1;
	}
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		if (strcmp(keys[i].section, section) || strcmp(keys[i].name, name))
			continue;
		if (p->seen[i]) {
			cfg_add_err(p->errs, c->path, p->lineno, "[%s] %s: set twice", section,
				    name);
			return 1;
		}
		p->seen[i] = p->lineno;
		return set_key(p, &keys[i], value) == 0;
	}
	cfg_add_err(p->errs, c->path, p->lineno, "[%s] unknown key '%s'", section, name);
	return 1;
}

static void defaults(struct config *c)
{
	c->threads = 2;
	c->max_body_bytes = 1 << 20;
	c->max_header_bytes = 16 << 10;
	c->max_connections = 1024;
	c->per_ip_connections = 256;
	c->idle_timeout_s = 30;
	c->request_timeout_s = 30;
	c->drain_timeout_s = 10;
	c->store_map_size = (size_t)1 << 30;
	c->audit_map_size = (size_t)1 << 30;
	c->list_scan_max = 1000;
	c->rewrap_batch = 500;
	c->pseudonym_grace_s = 30 * 86400;
	c->dek_cache = 1024;
	c->heavy_concurrency = 8;
	c->heavy_per_subject = 2;
	c->heavy_workers = 2;
	c->token_cache_ttl_s = 300;
	c->token_cache_max = 10000;
	c->jwks_refresh_s = 60;
	c->jwks_min_refresh_s = 10;
	c->jwks_max_refresh_s = 3600;
	/* A documented test switch, never a config key: a config file cannot
	 * turn off TLS to the identity provider by accident. */
	const char *ah = getenv("CUSTOS_ALLOW_HTTP_ISSUERS");
	c->allow_http_issuers = ah && !strcmp(ah, "1");
	c->audit_group_commit = 1;
	c->audit_timeout_ms = 5000;
	c->default_retention_s = 90L * 86400;
	c->sweep_interval_s = 60;
	c->shred_interval_s = 60;
	c->console_session_idle_s = 900;
	c->console_session_max_s = 8 * 3600;
	c->console_sessions_max = 1000;
	c->log_level = LOG_INFO;
	dconf_defaults(&c->detect);
}

/* The line where section/name was set, or fallback. */
static int key_line(const struct parse *p, const char *section, const char *name, int fallback)
{
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
		if (!strcmp(keys[i].section, section) && !strcmp(keys[i].name, name))
			return p->seen[i] ? p->seen[i] : fallback;
	return fallback;
}

static void check_file(struct config_errors *e, const char *cfgpath, int line, const char *what,
		       const char *path)
{
	if (path && access(path, R_OK) != 0)
		cfg_add_err(e, cfgpath, line, "%s: cannot read '%s': %s", what, path,
			    strerror(errno));
}

/* The master key's version 1 file may be deleted once a rotation retired it
 * (docs/KEYS.md): then a later version's file, path.N, must be there. */
static void check_master_file(struct config_errors *e, const char *cfgpath, int line,
			      const char *path)
{
	char vp[4096];
	if (!path || access(path, R_OK) == 0)
		return;
	int err_no = errno;
	for (int ver = 2; ver <= 64; ver++) {
		int n = snprintf(vp, sizeof vp, "%s.%d", path, ver);
		if (n > 0 && (size_t)n < sizeof vp && access(vp, R_OK) == 0)
			return;
	}
	cfg_add_err(e, cfgpath, line, "[keys] master_key_file: cannot read '%s': %s", path,
		    strerror(err_no));
}

/* The line of the key for key index i if it was seen, else of its section. */
static void post_checks(struct parse *p, int check_files)
{
	struct config *c = p->c;
	const char *f = c->path;
	int last = p->lineno > 0 ? p->lineno : 1;

	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		if (keys[i].required && !p->seen[i])
			cfg_add_err(p->errs, f, last, "[%s] %s is required", keys[i].section,
				    keys[i].name);
	}
	if (!c->master_key_file && !c->master_uri)
		cfg_add_err(p->errs, f, last,
			    "[keys] master_key_file (or master, a PKCS#11 URI) is required");
	if (c->master_uri && strncmp(c->master_uri, "pkcs11:", 7) != 0)
		cfg_add_err(p->errs, f, key_line(p, "keys", "master", last),
			    "[keys] master must be a PKCS#11 URI (pkcs11:token=...;object=...)");
	for (size_t i = 0; i < c->nissuers; i++) {
		struct config_issuer *is = &c->issuers[i];
		if (!is->iss)
			cfg_add_err(p->errs, f, is->line, "[issuer:%s] iss is required", is->name);
		if (!is->audience)
			cfg_add_err(p->errs, f, is->line, "[issuer:%s] audience is required",
				    is->name);
		if (!is->nalgorithms)
			cfg_add_err(p->errs, f, is->line, "[issuer:%s] algorithms is required",
				    is->name);
		int sources = !!is->key_file + !!is->jwks_file + !!is->discovery + !!is->jwks_uri;
		if (sources != 1)
			cfg_add_err(
				p->errs, f, is->line,
				"[issuer:%s] exactly one of key_file, jwks_file, discovery and jwks_uri is required",
				is->name);
		if (is->ca_file && !is->discovery && !is->jwks_uri)
			cfg_add_err(p->errs, f, is->line,
				    "[issuer:%s] ca_file is only for discovery or jwks_uri",
				    is->name);
		for (size_t j = 0; j < i; j++) {
			if (is->iss && c->issuers[j].iss && !strcmp(is->iss, c->issuers[j].iss))
				cfg_add_err(p->errs, f, is->line,
					    "[issuer:%s] iss '%s' already used by [issuer:%s]",
					    is->name, is->iss, c->issuers[j].name);
		}
		if (check_files) {
			check_file(p->errs, f, is->line, "key_file", is->key_file);
			check_file(p->errs, f, is->line, "jwks_file", is->jwks_file);
			check_file(p->errs, f, is->line, "ca_file", is->ca_file);
		}
	}
	char derr[400];
	if (dconf_check(&c->detect, derr, sizeof derr))
		cfg_add_err(p->errs, f, last, "%s", derr);
	if (c->jwks_min_refresh_s > c->jwks_max_refresh_s)
		cfg_add_err(
			p->errs, f, key_line(p, "tokens", "jwks_min_refresh_s", last),
			"[tokens] jwks_min_refresh_s (%d) must not exceed jwks_max_refresh_s (%d)",
			c->jwks_min_refresh_s, c->jwks_max_refresh_s);
	/* A request may wait for its audit entry up to timeout_ms; SIGTERM must
	 * wait longer, or it would stop the server under a suspended request. */
	if ((long)c->drain_timeout_s * 1000 <= (long)c->audit_timeout_ms)
		cfg_add_err(
			p->errs, f, key_line(p, "server", "drain_timeout_s", last),
			"[server] drain_timeout_s (%d s) must exceed [audit] timeout_ms (%d ms)",
			c->drain_timeout_s, c->audit_timeout_ms);
	if (c->ops_listen && c->listen && !strcmp(c->ops_host, c->listen_host) &&
	    c->ops_port == c->listen_port)
		cfg_add_err(p->errs, f, key_line(p, "ops", "listen", last),
			    "[ops] listen must differ from [server] listen");
	if (c->console_listen && c->listen && !strcmp(c->console_host, c->listen_host) &&
	    c->console_port == c->listen_port)
		cfg_add_err(p->errs, f, key_line(p, "console", "listen", last),
			    "[console] listen must differ from [server] listen");
	if (c->console_listen && c->ops_listen && !strcmp(c->console_host, c->ops_host) &&
	    c->console_port == c->ops_port)
		cfg_add_err(p->errs, f, key_line(p, "console", "listen", last),
			    "[console] listen must differ from [ops] listen");
	c->console_cert_required = 0;
	if (c->console_client_cert && !strcmp(c->console_client_cert, "required"))
		c->console_cert_required = 1;
	else if (c->console_client_cert && strcmp(c->console_client_cert, "optional"))
		cfg_add_err(p->errs, f, key_line(p, "console", "client_cert", last),
			    "[console] client_cert: '%s' is not optional or required",
			    c->console_client_cert);
	cfg_console_check(p, check_files, key_line(p, "console", "session_idle_s", last));
	if (check_files) {
		static const struct {
			const char *section, *name;
			size_t off;
		} files[] = {
			{"tls", "cert", offsetof(struct config, cert)},
			{"tls", "key", offsetof(struct config, key)},
			{"tls", "client_ca", offsetof(struct config, client_ca)},
			{"tls", "crl", offsetof(struct config, crl)},
			{"keys", "audit_key_file", offsetof(struct config, audit_key_file)},
			{"keys", "pseudonym_key_file", offsetof(struct config, pseudonym_key_file)},
		};
		for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
			char what[64];
			snprintf(what, sizeof what, "[%s] %s", files[i].section, files[i].name);
			check_file(p->errs, f, key_line(p, files[i].section, files[i].name, last),
				   what, *(char **)((char *)c + files[i].off));
		}
		check_master_file(p->errs, f, key_line(p, "keys", "master_key_file", last),
				  c->master_key_file);
	}
}

int config_load(const char *path, int check_files, struct config **out, struct config_errors *errs)
{
	*out = NULL;
	struct config *c = calloc(1, sizeof *c);
	if (!c)
		return -1;
	defaults(c);
	c->path = strdup(path);

	struct parse p;
	memset(&p, 0, sizeof p);
	p.c = c;
	p.errs = errs;
	size_t before = errs->n;

	p.f = fopen(path, "r");
	if (!p.f) {
		cfg_add_err(errs, path, 0, "cannot open: %s", strerror(errno));
		config_free(c);
		return -1;
	}
	/* Debian's libinih sizes its line buffer (a VLA on its stack) from this
	 * global at each call: room for CONFIG_MAX_LINE bytes, a '\r' and the NUL.
	 * Set on every load (loads are not concurrent: startup and the CLI). */
	ini_max_line = CONFIG_MAX_LINE + 2;
	int rc = ini_parse_stream(reader, &p, handler, &p);
	fclose(p.f);
	if (rc > 0)
		cfg_add_err(errs, path, rc, "syntax error (expected [section] or key = value)");
	else if (rc < 0)
		cfg_add_err(errs, path, 0, "cannot parse (out of memory)");

	post_checks(&p, check_files);
	/* post_checks reports missing keys at the last line; a missing key has no
	 * line of its own, and that keeps "file:line:" parseable. */
	if (errs->n != before) {
		config_free(c);
		return -1;
	}
	*out = c;
	return 0;
}

void config_free(struct config *c)
{
	if (!c)
		return;
	free(c->path);
	free(c->listen);
	free(c->data_dir);
	free(c->cert);
	free(c->key);
	free(c->client_ca);
	free(c->crl);
	free(c->priorities);
	free(c->ops_listen);
	free(c->console_listen);
	free(c->console_client_cert);
	free(c->master_key_file);
	free(c->master_uri);
	free(c->pin_file);
	free(c->audit_key_file);
	free(c->pseudonym_key_file);
	free(c->audit_export);
	for (size_t i = 0; i < c->nadmins; i++)
		free(c->admins[i]);
	for (size_t i = 0; i < c->nissuers; i++) {
		struct config_issuer *is = &c->issuers[i];
		free(is->name);
		free(is->iss);
		free(is->audience);
		for (size_t j = 0; j < is->nalgorithms; j++)
			free(is->algorithms[j]);
		free(is->key_file);
		free(is->jwks_file);
		free(is->discovery);
		free(is->jwks_uri);
		free(is->ca_file);
		free(is->groups_claim);
		free(is->console_client_id);
		free(is->console_client_secret_file);
		free(is->console_redirect_url);
		free(is->console_scope);
	}
	for (size_t i = 0; i < c->nproxy_trusted; i++)
		free(c->proxy_trusted[i]);
	for (size_t i = 0; i < c->nproxy_rules; i++) {
		free(c->proxy_rules[i].name);
		free(c->proxy_rules[i].pattern);
	}
	for (size_t i = 0; i < c->npatterns; i++) {
		free(c->patterns[i].name);
		free(c->patterns[i].pattern);
	}
	dconf_free(&c->detect);
	free(c);
}
