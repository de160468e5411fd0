/* console: the console listener's route table and its pages: the public
 * privacy-notice page (/privacy), the admin console's shell (/console) and
 * their scripts, all embedded at build time (cmake/embed.cmake) so the
 * binary reads no file at run time, plus the API routes the pages call:
 * the very routes of the API table (table.c), decided and recorded by the
 * same engine, with the signed-in person as subject. The engine
 * (pipe_set_console) adds the strict Content-Security-Policy and refuses
 * every route with an action to a caller who has not signed in.
 * docs/CONSOLE.md. */
#include <stdlib.h>
#include <string.h>

#include "handlers.h"
#include "req.h"

/* The embedded assets (CMakeLists.txt: custos_console_assets). */
extern const unsigned char console_privacy_html[], console_css[], console_privacy_js[],
	console_html[], console_js[], console_roles_js[], console_simulate_js[],
	console_history_js[], console_audit_js[], console_ops_js[];
extern const size_t console_privacy_html_len, console_css_len, console_privacy_js_len,
	console_html_len, console_js_len, console_roles_js_len, console_simulate_js_len,
	console_history_js_len, console_audit_js_len, console_ops_js_len;

#define JS "text/javascript; charset=utf-8"

static const struct asset {
	const char *path;
	const char *ctype;
	const unsigned char *data;
	const size_t *len;
} assets[] = {
	{"/privacy", "text/html; charset=utf-8", console_privacy_html, &console_privacy_html_len},
	{"/assets/console.css", "text/css; charset=utf-8", console_css, &console_css_len},
	{"/assets/privacy.js", JS, console_privacy_js, &console_privacy_js_len},
	{"/console", "text/html; charset=utf-8", console_html, &console_html_len},
	{"/assets/console.js", JS, console_js, &console_js_len},
	{"/assets/roles.js", JS, console_roles_js, &console_roles_js_len},
	{"/assets/simulate.js", JS, console_simulate_js, &console_simulate_js_len},
	{"/assets/history.js", JS, console_history_js, &console_history_js_len},
	{"/assets/audit.js", JS, console_audit_js, &console_audit_js_len},
	{"/assets/ops.js", JS, console_ops_js, &console_ops_js_len},
};

/* The API routes the console's pages call (prefixes of table.c's patterns):
 * the control plane and the caller's own questions, not the data plane. */
static const char *const api_prefixes[] = {
	"/v1/whoami",   "/v1/privacy-notice", "/v1/authorize",   "/v1/roles",
	"/v1/bindings", "/v1/policy/",        "/v1/revocations", "/v1/audit",
	"/v1/alerts",   "/v1/locks",          "/v1/reviews",
};

static void h_console_root_act(struct req *r)
{
	req_reply(r, 303, NULL);
	req_add_header(r, "Location", "/console");
}

static void h_console_asset_act(struct req *r)
{
	for (size_t i = 0; i < sizeof assets / sizeof assets[0]; i++) {
		if (strcmp(r->route->pattern, assets[i].path))
			continue;
		size_t n = *assets[i].len;
		char *copy = malloc(n + 1);
		if (!copy) {
			req_error(r, 500, "internal", "out of memory");
			return;
		}
		memcpy(copy, assets[i].data, n + 1);
		req_reply_text(r, 200, assets[i].ctype, copy, n);
		return;
	}
	req_error(r, 404, "not_found", "no such page");
}

#define NASSETS            (sizeof assets / sizeof assets[0])
#define CONSOLE_ROUTES_MAX 96

static struct route table[CONSOLE_ROUTES_MAX];

static int api_route(const struct route *rt)
{
	for (size_t i = 0; i < sizeof api_prefixes / sizeof api_prefixes[0]; i++)
		if (!strncmp(rt->pattern, api_prefixes[i], strlen(api_prefixes[i])))
			return 1;
	return 0;
}

/* The table is made from assets[] and table.c's routes on each call (the
 * same result every time; serve calls it once, before any thread). */
const struct route *handlers_console_routes(size_t *n)
{
	size_t k = 0, napi = 0;
	table[k++] = (struct route){"GET", "/", NULL, NULL, NULL, NULL, h_console_root_act, NULL};
	for (size_t i = 0; i < NASSETS; i++)
		table[k++] = (struct route){"GET", assets[i].path,      NULL, NULL, NULL,
					    NULL,  h_console_asset_act, NULL};
	const struct route *api = handlers_routes(&napi);
	for (size_t i = 0; i < napi && k < CONSOLE_ROUTES_MAX; i++)
		if (api_route(&api[i]))
			table[k++] = api[i];
	*n = k;
	return table;
}
