/* console: the console listener's route table and its pages. Its own
 * routes come first: the public privacy-notice page (/privacy, rendered in
 * the browser from /v1/privacy-notice by the embedded script), the console's
 * shell (/, its pages are scripts: roles, simulate, history, audit, ops),
 * the sign-in routes (signin.c) and the assets, all embedded at build
 * time (cmake/embed.cmake) so the binary reads no file at run time. Then
 * every route of the API (table.c), the same handlers: the console's
 * scripts call the /v1/ routes as any client does, as the signed-in person, and the
 * engine (pipe_set_console) gives them a session's identity, CSRF checks
 * and the strict Content-Security-Policy. docs/CONSOLE.md. */
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
	{"/", "text/html; charset=utf-8", console_html, &console_html_len},
	{"/assets/console.css", "text/css; charset=utf-8", console_css, &console_css_len},
	{"/assets/privacy.js", JS, console_privacy_js, &console_privacy_js_len},
	{"/assets/console.js", JS, console_js, &console_js_len},
	{"/assets/roles.js", JS, console_roles_js, &console_roles_js_len},
	{"/assets/simulate.js", JS, console_simulate_js, &console_simulate_js_len},
	{"/assets/history.js", JS, console_history_js, &console_history_js_len},
	{"/assets/audit.js", JS, console_audit_js, &console_audit_js_len},
	{"/assets/ops.js", JS, console_ops_js, &console_ops_js_len},
};

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

/* Without sign-in configured the console is its privacy page. */
static void h_console_root_act(struct req *r)
{
	if (r->app->signin) {
		h_console_asset_act(r);
		return;
	}
	req_reply(r, 303, NULL);
	req_add_header(r, "Location", "/privacy");
}

static const struct route own[] = {
	{"GET", "/", NULL, NULL, NULL, NULL, h_console_root_act, NULL},
	{"GET", "/privacy", NULL, NULL, NULL, NULL, h_console_asset_act, NULL},
	{"GET", "/v1/privacy-notice", NULL, NULL, NULL, NULL, h_privacy_notice_act, NULL},
	{"GET", "/assets/console.css", NULL, NULL, NULL, NULL, h_console_asset_act, NULL},
	{"GET", "/assets/privacy.js", NULL, NULL, NULL, NULL, h_console_asset_act, NULL},
	{"GET", "/assets/console.js", NULL, NULL, NULL, NULL, h_console_asset_act, NULL},
	{"GET", "/assets/roles.js", NULL, NULL, NULL, NULL, h_console_asset_act, NULL},
	{"GET", "/assets/simulate.js", NULL, NULL, NULL, NULL, h_console_asset_act, NULL},
	{"GET", "/assets/history.js", NULL, NULL, NULL, NULL, h_console_asset_act, NULL},
	{"GET", "/assets/audit.js", NULL, NULL, NULL, NULL, h_console_asset_act, NULL},
	{"GET", "/assets/ops.js", NULL, NULL, NULL, NULL, h_console_asset_act, NULL},
	{"GET", "/login", NULL, NULL, NULL, NULL, h_login_act, NULL},
	{"GET", "/callback", NULL, NULL, NULL, NULL, h_callback_act, NULL},
	{"GET", "/console/session", NULL, NULL, NULL, NULL, h_console_session_act, NULL},
	{"POST", "/logout", NULL, NULL, NULL, NULL, h_logout_act, NULL},
};

#define NOWN (sizeof own / sizeof own[0])

const struct route *handlers_console_routes(size_t *n, size_t *npublic)
{
	static struct route *table;
	static size_t total;
	if (!table) { /* once, at start-up, before any request */
		size_t napi = 0;
		const struct route *api = handlers_routes(&napi);
		table = malloc((NOWN + napi) * sizeof *table);
		if (!table)
			return NULL;
		memcpy(table, own, sizeof own);
		memcpy(table + NOWN, api, napi * sizeof *api);
		total = NOWN + napi;
	}
	*n = total;
	*npublic = NOWN;
	return table;
}
