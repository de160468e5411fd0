/* routes: a small matcher over raw path segments. */
#include "routes.h"

#include <stdlib.h>
#include <string.h>

#include "http.h"

/* Matches path against pattern; on success stores params in r. 1 = match,
 * 0 = no match, -1 = bad encoding. */
static int match(const char *pattern, const char *path, struct req *r)
{
	const char *p = pattern, *s = path;
	size_t np = 0;
	char *params[REQ_MAX_PARAMS] = {0};
	int rc = 0;
	while (*p && *s) {
		int rest = p[0] == '{' && p[1] == '.'; /* "{...}": the rest */
		if (p[0] == '{') {                     /* "{}": one segment */
			const char *e = rest ? NULL : strchr(s, '/');
			size_t n = e ? (size_t)(e - s) : strlen(s);
			if (n == 0 || np == REQ_MAX_PARAMS)
				goto out;
			params[np] = http_pct_decode(s, n, ROUTE_PARAM_MAX);
			if (!params[np]) {
				rc = -1;
				goto out;
			}
			np++;
			s += n;
			p += rest ? 5 : 2;
			if (rest)
				break;
			continue;
		}
		if (*p != *s)
			goto out;
		p++;
		s++;
	}
	if (*p || *s)
		goto out;
	for (size_t i = 0; i < np; i++) {
		r->params[i] = params[i];
		params[i] = NULL;
	}
	r->nparams = np;
	rc = 1;
out:
	for (size_t i = 0; i < np; i++)
		free(params[i]);
	return rc;
}

int routes_match(const struct route *table, size_t n, const char *method, const char *path,
		 struct req *r)
{
	int path_known = 0;
	for (size_t i = 0; i < n; i++) {
		int m = match(table[i].pattern, path, r);
		if (m < 0)
			return ROUTE_BAD_PATH;
		if (m == 0)
			continue;
		if (strcmp(table[i].method, method) == 0) {
			r->route = &table[i];
			return ROUTE_OK;
		}
		for (size_t k = 0; k < r->nparams; k++)
			free(r->params[k]);
		r->nparams = 0;
		path_known = 1;
	}
	return path_known ? ROUTE_BAD_METHOD : ROUTE_NOT_FOUND;
}
