/* config_sections: the keys of the sections that are not a flat table:
 * [issuer:NAME] (one per token issuer) and [proxy] (trusted principals and
 * mapping rules), and the list splitter they share with config.c. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config_int.h"
#include "file.h"
#include "jwks_fetch.h"
#include "policy.h"
#include "proxymap.h"

/* Splits a comma-separated list into at most max trimmed, non-empty items. */
int cfg_split_list(const char *value, char **items, size_t max, size_t *n)
{
	const char *s = value;
	*n = 0;
	while (*s) {
		while (*s == ' ' || *s == '\t' || *s == ',')
			s++;
		if (!*s)
			break;
		const char *e = s;
		while (*e && *e != ',')
			e++;
		const char *t = e;
		while (t > s && (t[-1] == ' ' || t[-1] == '\t'))
			t--;
		if (*n == max)
			return -1;
		items[*n] = strndup(s, (size_t)(t - s));
		(*n)++;
		s = e;
	}
	return 0;
}

static const char *const known_algs[] = {
	"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384",
};

void cfg_issuer_key(struct parse *p, const char *name, const char *value)
{
	struct config_issuer *is = p->issuer;
	const char *file = p->c->path;
	if (!is)
		return;
	if (!*value) {
		cfg_add_err(p->errs, file, p->lineno, "[issuer:%s] %s: empty value", is->name,
			    name);
		return;
	}
	if (!strcmp(name, "iss")) {
		free(is->iss);
		is->iss = strdup(value);
	} else if (!strcmp(name, "audience")) {
		free(is->audience);
		is->audience = strdup(value);
	} else if (!strcmp(name, "algorithms")) {
		for (size_t i = 0; i < is->nalgorithms; i++)
			free(is->algorithms[i]);
		if (cfg_split_list(value, is->algorithms, CONFIG_MAX_ALGS, &is->nalgorithms)) {
			cfg_add_err(p->errs, file, p->lineno,
				    "[issuer:%s] algorithms: more than %d", is->name,
				    CONFIG_MAX_ALGS);
			return;
		}
		for (size_t i = 0; i < is->nalgorithms; i++) {
			int ok = 0;
			for (size_t j = 0; j < sizeof known_algs / sizeof known_algs[0]; j++)
				ok |= !strcmp(is->algorithms[i], known_algs[j]);
			if (!ok)
				cfg_add_err(
					p->errs, file, p->lineno,
					"[issuer:%s] algorithms: '%s' is not allowed (RS256/384/512, PS256/384/512, ES256/384)",
					is->name, is->algorithms[i]);
		}
	} else if (!strcmp(name, "key_file")) {
		free(is->key_file);
		is->key_file = file_path_relative(file, value);
	} else if (!strcmp(name, "jwks_file")) {
		free(is->jwks_file);
		is->jwks_file = file_path_relative(file, value);
	} else if (!strcmp(name, "discovery") || !strcmp(name, "jwks_uri")) {
		char why[200];
		char **slot = !strcmp(name, "discovery") ? &is->discovery : &is->jwks_uri;
		if (jwksf_url_ok(value, p->c->allow_http_issuers, why, sizeof why) != 0) {
			cfg_add_err(p->errs, file, p->lineno, "[issuer:%s] %s: '%.200s': %s",
				    is->name, name, value, why);
			return;
		}
		free(*slot);
		*slot = strdup(value);
	} else if (!strcmp(name, "ca_file")) {
		free(is->ca_file);
		is->ca_file = file_path_relative(file, value);
	} else if (!strcmp(name, "require_cert_binding")) {
		if (!strcmp(value, "true") || !strcmp(value, "yes") || !strcmp(value, "1") ||
		    !strcmp(value, "on"))
			is->require_cert_binding = 1;
		else if (!strcmp(value, "false") || !strcmp(value, "no") || !strcmp(value, "0") ||
			 !strcmp(value, "off"))
			is->require_cert_binding = 0;
		else
			cfg_add_err(p->errs, file, p->lineno,
				    "[issuer:%s] require_cert_binding: '%s' is not a boolean",
				    is->name, value);
	} else if (!strcmp(name, "groups_claim")) {
		free(is->groups_claim);
		is->groups_claim = strdup(value);
	} else if (!strcmp(name, "leeway_s")) {
		long x;
		if (cfg_parse_long(value, &x) || x < 0 || x > 600)
			cfg_add_err(p->errs, file, p->lineno,
				    "[issuer:%s] leeway_s: '%s' is not a number in 0..600",
				    is->name, value);
		else
			is->leeway_s = (int)x;
	} else if (!strcmp(name, "console_client_id") || !strcmp(name, "console_redirect_url") ||
		   !strcmp(name, "console_scope")) {
		char **slot = !strcmp(name, "console_client_id")      ? &is->console_client_id
			      : !strcmp(name, "console_redirect_url") ? &is->console_redirect_url
								      : &is->console_scope;
		free(*slot);
		*slot = strdup(value);
	} else if (!strcmp(name, "console_client_secret_file")) {
		free(is->console_client_secret_file);
		is->console_client_secret_file = file_path_relative(file, value);
	} else {
		cfg_add_err(p->errs, file, p->lineno, "[issuer:%s] unknown key '%s'", is->name,
			    name);
	}
}

void cfg_console_check(struct parse *p, int check_files, int line)
{
	struct config *c = p->c;
	const char *f = c->path;
	char why[200];
	c->console_signin = -1;
	for (size_t i = 0; i < c->nissuers; i++) {
		struct config_issuer *is = &c->issuers[i];
		int any = is->console_client_id || is->console_client_secret_file ||
			  is->console_redirect_url || is->console_scope;
		if (!any)
			continue;
		if (c->console_signin >= 0) {
			cfg_add_err(p->errs, f, is->line,
				    "[issuer:%s] the console signs in with one issuer only (%s "
				    "has console_client_id too)",
				    is->name, c->issuers[c->console_signin].name);
			continue;
		}
		c->console_signin = (int)i;
		if (!is->console_client_id || !is->console_client_secret_file ||
		    !is->console_redirect_url)
			cfg_add_err(p->errs, f, is->line,
				    "[issuer:%s] console sign-in needs console_client_id, "
				    "console_client_secret_file and console_redirect_url",
				    is->name);
		if (!is->discovery)
			cfg_add_err(p->errs, f, is->line,
				    "[issuer:%s] console sign-in needs discovery (the provider's "
				    "endpoints)",
				    is->name);
		if (!c->console_listen)
			cfg_add_err(p->errs, f, is->line,
				    "[issuer:%s] console_client_id needs [console] listen",
				    is->name);
		if (is->console_client_id && is->audience &&
		    !strcmp(is->console_client_id, is->audience))
			cfg_add_err(
				p->errs, f, is->line,
				"[issuer:%s] console_client_id must differ from audience (an ID "
				"token must never pass as an API token)",
				is->name);
		const char *u = is->console_redirect_url;
		if (u && (strncmp(u, "https://", 8) || jwksf_url_ok(u, 0, why, sizeof why) ||
			  strlen(u) < 9 || strcmp(u + strlen(u) - 9, "/callback")))
			cfg_add_err(
				p->errs, f, is->line,
				"[issuer:%s] console_redirect_url: '%.200s' is not an https URL "
				"ending in /callback",
				is->name, u);
		if (is->console_scope && !strstr(is->console_scope, "openid"))
			cfg_add_err(p->errs, f, is->line,
				    "[issuer:%s] console_scope must include openid", is->name);
		if (check_files && is->console_client_secret_file &&
		    access(is->console_client_secret_file, R_OK))
			cfg_add_err(p->errs, f, is->line,
				    "[issuer:%s] console_client_secret_file: cannot read '%s'",
				    is->name, is->console_client_secret_file);
	}
	if (c->console_session_idle_s > c->console_session_max_s)
		cfg_add_err(p->errs, f, line,
			    "[console] session_idle_s (%d) must not exceed session_max_s (%d)",
			    c->console_session_idle_s, c->console_session_max_s);
}

/* [proxy]: trusted = principals that may forward a client's certificate;
 * rule.NAME = "METHOD /path ACTION" (proxymap.h). */
int cfg_proxy_key(struct parse *p, const char *name, const char *value)
{
	struct config *c = p->c;
	char why[200];
	if (!strcmp(name, "trusted")) {
		for (size_t i = 0; i < c->nproxy_trusted; i++)
			free(c->proxy_trusted[i]);
		if (cfg_split_list(value, c->proxy_trusted, CONFIG_MAX_ADMINS, &c->nproxy_trusted))
			cfg_add_err(p->errs, c->path, p->lineno, "[proxy] trusted: more than %d",
				    CONFIG_MAX_ADMINS);
		for (size_t i = 0; i < c->nproxy_trusted; i++) {
			const char *a = c->proxy_trusted[i], *w = NULL;
			pol_principal pp;
			if (!a || pol_principal_parse(a, strlen(a), &pp, &w) ||
			    pp.kind != POL_PRINCIPAL_SVC)
				cfg_add_err(
					p->errs, c->path, p->lineno,
					"[proxy] trusted: '%.80s' is not a service principal (svc:NAME)",
					a ? a : "");
		}
		return 1;
	}
	struct proxy_rule r;
	if (strncmp(name, "rule.", 5) != 0 || !name[5] || strlen(name + 5) >= sizeof r.name) {
		cfg_add_err(p->errs, c->path, p->lineno,
			    "[proxy] keys are trusted and rule.NAME, not '%s'", name);
		return 1;
	}
	for (size_t i = 0; i < c->nproxy_rules; i++) {
		if (!strcmp(c->proxy_rules[i].name, name + 5)) {
			cfg_add_err(p->errs, c->path, p->lineno, "[proxy] %s: defined twice", name);
			return 1;
		}
	}
	if (proxy_rule_parse(name + 5, value, &r, why, sizeof why)) {
		cfg_add_err(p->errs, c->path, p->lineno, "[proxy] %s: %s", name, why);
		return 1;
	}
	if (c->nproxy_rules == CONFIG_MAX_PROXY_RULES) {
		cfg_add_err(p->errs, c->path, p->lineno, "[proxy] more than %d rules",
			    CONFIG_MAX_PROXY_RULES);
		return 1;
	}
	c->proxy_rules[c->nproxy_rules].name = strdup(name + 5);
	c->proxy_rules[c->nproxy_rules].pattern = strdup(value);
	c->nproxy_rules++;
	return 1;
}
