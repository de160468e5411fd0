/* routes: the table of (method, path) -> handler + policy action. */
#ifndef CUSTOS_ROUTES_H
#define CUSTOS_ROUTES_H

#include "errors-t.h"
#include "http.h"

typedef void (*route_fn)(struct req *r);

struct route {
	const char *method;
	/* Segments separated by '/'; "{}" captures one segment, a final "{...}"
	 * captures the rest (percent-decoded, may contain '/'). */
	const char *pattern;
	const char *action;   /* policy action, or NULL when none applies */
	route_fn fn;
};

/* ROUTE_NOT_FOUND, ROUTE_BAD_METHOD, ROUTE_BAD_PATH: errors.def. */
enum { ROUTE_OK = 0 };

/* Finds the route for method and the raw (still percent-encoded) path and
 * stores its decoded parameters in r->params. Returns ROUTE_OK,
 * ROUTE_NOT_FOUND, ROUTE_BAD_METHOD (path known, method not) or
 * ROUTE_BAD_PATH (bad percent-encoding, NUL, or a parameter over 512 bytes). */
int routes_match(const char *method, const char *path, struct req *r);

/* Decodes %XX in s[0..n) into a new string (caller frees). Refuses %00,
 * malformed escapes and results over max bytes: returns NULL. */
char *routes_pct_decode(const char *s, size_t n, size_t max);

#endif
