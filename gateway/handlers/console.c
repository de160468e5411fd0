/* console: the console listener's route table and its pages. Today the
 * console serves what needs no sign-in: the public privacy-notice page
 * (/privacy, rendered in the browser from /v1/privacy-notice by the embedded
 * script) and its assets, all embedded at build time (cmake/embed.cmake) so
 * the binary reads no file at run time. The engine (pipe_set_console) adds
 * the strict Content-Security-Policy and refuses every route with an
 * action until a person has signed in. docs/CONSOLE.md. */
#include <stdlib.h>
#include <string.h>

#include "handlers.h"
#include "req.h"

/* The embedded assets (CMakeLists.txt: custos_console_assets). */
extern const unsigned char console_privacy_html[], console_css[], console_privacy_js[];
extern const size_t console_privacy_html_len, console_css_len, console_privacy_js_len;

static const struct asset {
	const char *path;
	const char *ctype;
	const unsigned char *data;
	const size_t *len;
} assets[] = {
	{"/privacy", "text/html; charset=utf-8", console_privacy_html, &console_privacy_html_len},
	{"/assets/console.css", "text/css; charset=utf-8", console_css, &console_css_len},
	{"/assets/privacy.js", "text/javascript; charset=utf-8", console_privacy_js,
	 &console_privacy_js_len},
};

static void h_console_root_act(struct req *r)
{
	req_reply(r, 303, NULL);
	req_add_header(r, "Location", "/privacy");
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

static const struct route table[] = {
	{"GET", "/", NULL, NULL, NULL, NULL, h_console_root_act, NULL},
	{"GET", "/privacy", NULL, NULL, NULL, NULL, h_console_asset_act, NULL},
	{"GET", "/v1/privacy-notice", NULL, NULL, NULL, NULL, h_privacy_notice_act, NULL},
	{"GET", "/assets/console.css", NULL, NULL, NULL, NULL, h_console_asset_act, NULL},
	{"GET", "/assets/privacy.js", NULL, NULL, NULL, NULL, h_console_asset_act, NULL},
};

const struct route *handlers_console_routes(size_t *n)
{
	*n = sizeof table / sizeof table[0];
	return table;
}
