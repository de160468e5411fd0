/* Unit tests of the route table (gateway/handlers/table.c): every route is
 * complete (an act or a decision of its own, a named resource when it
 * decides), its action is one of the policy vocabulary, it is reachable
 * (no earlier pattern shadows it), and docs/API.md lists exactly the
 * table's routes with their actions. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "errors.h"
#include "file.h"
#include "handlers.h"
#include "policy.h"
#include "routes.h"

static const struct route *T;
static size_t N;

static int setup(void **state)
{
	(void)state;
	T = handlers_routes(&N);
	return N ? 0 : -1;
}

static void test_every_route_is_complete(void **state)
{
	(void)state;
	for (size_t i = 0; i < N; i++) {
		const struct route *r = &T[i];
		if (!r->method || !r->pattern || strncmp(r->pattern, "/v1/", 4))
			fail_msg("route %zu: method and a /v1/ pattern", i);
		if (!r->act && !r->decide)
			fail_msg("%s %s: neither act nor decide", r->method, r->pattern);
		if (!r->action) {
			/* nothing is decided, so nothing may be loaded or recorded */
			if (r->load || r->decide || r->resource || r->name)
				fail_msg("%s %s: no action, yet load/decide/resource", r->method,
					 r->pattern);
			continue;
		}
		int params = strchr(r->pattern, '{') != NULL;
		if (params && !r->name)
			fail_msg("%s %s: a parameter but no name for the resource", r->method,
				 r->pattern);
		if (r->resource && r->name)
			fail_msg("%s %s: both a fixed resource and a name", r->method, r->pattern);
	}
}

static void test_actions_are_in_the_vocabulary(void **state)
{
	(void)state;
	for (size_t i = 0; i < N; i++)
		if (T[i].action && !pol_action_known(T[i].action))
			fail_msg("%s %s: action %s is not in the policy vocabulary", T[i].method,
				 T[i].pattern, T[i].action);
}

/* pattern with each "{}" as "p<i>" and "{...}" as "a/b". */
static void sample_path(const char *pattern, char *out, size_t outsz)
{
	size_t o = 0;
	int k = 0;
	for (const char *p = pattern; *p && o + 8 < outsz;) {
		if (!strncmp(p, "{...}", 5)) {
			o += (size_t)snprintf(out + o, outsz - o, "a/b");
			p += 5;
		} else if (!strncmp(p, "{}", 2)) {
			o += (size_t)snprintf(out + o, outsz - o, "p%d", k++);
			p += 2;
		} else {
			out[o++] = *p++;
		}
	}
	out[o] = '\0';
}

static void test_every_route_is_reachable_and_unique(void **state)
{
	(void)state;
	for (size_t i = 0; i < N; i++) {
		char path[256];
		struct req r;
		sample_path(T[i].pattern, path, sizeof path);
		memset(&r, 0, sizeof r);
		int rc = routes_match(T, N, T[i].method, path, &r);
		if (rc != ROUTE_OK || r.route != &T[i])
			fail_msg("%s %s: %s goes to %s", T[i].method, T[i].pattern, path,
				 rc ? custos_errname(rc) : r.route->pattern);
		for (size_t k = 0; k < r.nparams; k++)
			free(r.params[k]);
		for (size_t j = 0; j < i; j++)
			if (!strcmp(T[i].method, T[j].method) && !strcmp(T[i].pattern, T[j].pattern))
				fail_msg("%s %s: twice", T[i].method, T[i].pattern);
	}
}

/* The routes docs/API.md lists: lines "    METHOD[/METHOD...]  /v1/path  [action|action]",
 * with "{name}" for a parameter ("{principal}": the rest of the path), the
 * query left out and "[-]" for no decision. Adds "METHOD pattern action"
 * lines to out. */
static void api_md_routes(const char *text, char *out, size_t outsz)
{
	size_t o = 0;
	for (const char *line = text; line && *line;) {
		const char *nl = strchr(line, '\n');
		char methods[64], path[256], actions[128];
		int n = sscanf(line, " %63[A-Z/] %255s [%127[a-z:|-]]", methods, path, actions);
		line = nl ? nl + 1 : NULL;
		if (n != 3 || strncmp(path, "/v1/", 4))
			continue;
		char pattern[256];
		size_t p = 0;
		for (const char *s = path; *s && *s != '?' && p + 6 < sizeof pattern; s++) {
			if (*s != '{') {
				pattern[p++] = *s;
				continue;
			}
			const char *e = strchr(s, '}');
			int rest = !strncmp(s, "{principal}", 11) || !strncmp(s, "{path}", 6);
			p += (size_t)snprintf(pattern + p, sizeof pattern - p, rest ? "{...}" : "{}");
			s = e;
		}
		pattern[p] = '\0';
		/* "GET/PUT/DELETE ... [policy:read|policy:write]": reads, then writes */
		char *save = NULL, *m = strtok_r(methods, "/", &save);
		for (; m; m = strtok_r(NULL, "/", &save)) {
			char act[128];
			snprintf(act, sizeof act, "%s", actions);
			char *bar = strchr(act, '|');
			if (bar) {
				*bar = '\0';
				if (strcmp(m, "GET"))
					memmove(act, bar + 1, strlen(bar + 1) + 1);
			}
			o += (size_t)snprintf(out + o, outsz - o, "%s %s %s\n", m, pattern, act);
		}
	}
}

static void test_api_md_lists_the_table(void **state)
{
	(void)state;
	const char *src = getenv("CUSTOS_SOURCE_DIR");
	char path[512], listed[16384], line[512];
	snprintf(path, sizeof path, "%s/docs/API.md", src ? src : ".");
	char *text = NULL;
	size_t len = 0;
	if (file_read(path, 1 << 20, &text, &len))
		fail_msg("cannot read %s", path);
	api_md_routes(text, listed, sizeof listed);
	free(text);
	char table[16384];
	size_t o = 0;
	for (size_t i = 0; i < N; i++) {
		snprintf(line, sizeof line, "%s %s %s\n", T[i].method, T[i].pattern,
			 T[i].action ? T[i].action : "-");
		if (!strstr(listed, line))
			fail_msg("docs/API.md does not list \"%s\"", line);
		o += (size_t)snprintf(table + o, sizeof table - o, "%s", line);
	}
	for (const char *l = listed; *l;) {
		const char *nl = strchr(l, '\n');
		snprintf(line, sizeof line, "%.*s", (int)(nl - l + 1), l);
		if (!strstr(table, line))
			fail_msg("docs/API.md lists \"%s\", which is not in the table", line);
		l = nl + 1;
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_route_is_complete),
		cmocka_unit_test(test_actions_are_in_the_vocabulary),
		cmocka_unit_test(test_every_route_is_reachable_and_unique),
		cmocka_unit_test(test_api_md_lists_the_table),
	};
	return cmocka_run_group_tests(tests, setup, NULL);
}
