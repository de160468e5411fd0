/* fuzz_routes: the route matcher and the percent-decoder on untrusted request
 * lines. Input: "METHOD PATH" (split at the first space; no space = GET).
 * Checks the matcher's contract: a match names a route and hands out at most
 * REQ_MAX_PARAMS decoded, NUL-free parameters of at most 512 bytes. */
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "handlers.h"
#include "http.h"
#include "routes.h"

#define PARAM_MAX ROUTE_PARAM_MAX

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_decode(const char *s, size_t n, size_t max)
{
	char *d = http_pct_decode(s, n, max);
	if (!d)
		return;
	size_t dl = strlen(d);
	assert(dl <= max);
	assert(dl <= n);
	/* A decoded byte never is NUL, so no input byte may be lost silently:
	 * every '%' consumed exactly two hex digits. */
	size_t pct = 0;
	for (size_t i = 0; i < n; i++)
		pct += s[i] == '%';
	assert(dl + 2 * pct == n);
	free(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 4096)
		return 0;
	char *buf = malloc(size + 1);
	if (!buf)
		return 0;
	memcpy(buf, data, size);
	buf[size] = '\0';
	const char *method = "GET", *path = buf;
	char *sp = memchr(buf, ' ', size);
	if (sp) {
		*sp = '\0';
		method = buf;
		path = sp + 1;
	}

	struct req r;
	memset(&r, 0, sizeof r);
	size_t n = 0;
	const struct route *table = handlers_routes(&n);
	int rc = routes_match(table, n, method, path, &r);
	assert(rc == ROUTE_OK || rc == ROUTE_NOT_FOUND || rc == ROUTE_BAD_METHOD ||
	       rc == ROUTE_BAD_PATH);
	if (rc == ROUTE_OK) {
		assert(r.route);
		assert(strcmp(r.route->method, method) == 0);
	} else {
		assert(r.nparams == 0);
	}
	assert(r.nparams <= REQ_MAX_PARAMS);
	for (size_t i = 0; i < r.nparams; i++) {
		assert(r.params[i]);
		assert(strlen(r.params[i]) <= PARAM_MAX);
		free(r.params[i]);
	}

	check_decode(path, strlen(path), size ? (size_t)data[0] * 4 : 0);
	free(buf);
	return 0;
}
