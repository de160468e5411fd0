/* routes: matching a request line against a route table (the table itself
 * is the handlers', handlers/table.c). MHD's own unescaping is switched
 * off (server.c) so that an encoded '/' inside a parameter stays inside it;
 * parameters are decoded here.
 * Pure over a static, read-only table: any thread. */
#ifndef CUSTOS_ROUTES_H
#define CUSTOS_ROUTES_H

#include <stddef.h>

#include "errors-t.h"
#include "req-t.h"

#define ROUTE_PARAM_MAX 512 /* bytes of one decoded parameter */

enum { ROUTE_OK = 0 }; /* ROUTE_NOT_FOUND, ROUTE_BAD_METHOD, ROUTE_BAD_PATH: errors.def */

/* Finds the route of table[0..n) for method and the raw (still
 * percent-encoded) path; the first match wins. On ROUTE_OK r->route is set
 * and r->params holds the decoded parameters (owned by r). Else
 * ROUTE_NOT_FOUND, ROUTE_BAD_METHOD (path known, method not) or
 * ROUTE_BAD_PATH (bad percent-encoding, NUL, or a parameter over
 * ROUTE_PARAM_MAX bytes), with no parameter left in r. */
int routes_match(const struct route *table, size_t n, const char *method, const char *path,
		 struct req *r);

#endif
