/* doc_set: validation of a set of role documents: each document (doc.c),
 * then duplicate names, unknown inherits and inheritance cycles, every
 * problem with the JSON path of the offending value. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc_int.h"
#include "pol_int.h"

/* Names of valid documents for the set checks (NULL for documents whose name is unusable). */
static const char *doc_name(const json_t *doc)
{
	const char *s = json_string_value(json_object_get(doc, "name"));
	return s && pol_v_name_ok(s) ? s : NULL;
}

static int v_cycles(vctx *c, const json_t *docs, const char *const *names, const pol_sidx *idx)
{
	size_t n = json_array_size(docs);
	unsigned char *color = calloc(n ? n : 1, 1); /* 0 white, 1 on stack, 2 done */
	size_t *st_node = malloc((n ? n : 1) * sizeof *st_node);
	size_t *st_edge = malloc((n ? n : 1) * sizeof *st_edge);
	int stop = 0;
	if (!color || !st_node || !st_edge) {
		stop = -1;
		goto out;
	}
	for (size_t root = 0; root < n && !stop; root++) {
		if (color[root] || !names[root])
			continue;
		size_t sp = 0;
		st_node[sp] = root;
		st_edge[sp] = 0;
		sp++;
		color[root] = 1;
		while (sp > 0 && !stop) {
			size_t u = st_node[sp - 1];
			const json_t *inh = json_object_get(json_array_get(docs, u), "inherits");
			size_t e = st_edge[sp - 1]++;
			if (!json_is_array(inh) || e >= json_array_size(inh)) {
				color[u] = 2;
				sp--;
				continue;
			}
			const char *pn = json_string_value(json_array_get(inh, e));
			long v = pn ? pol_sidx_find(idx, names, pn, strlen(pn)) : -1;
			if (v < 0)
				continue;
			if (color[v] == 0) {
				color[v] = 1;
				st_node[sp] = (size_t)v;
				st_edge[sp] = 0;
				sp++;
			} else if (color[v] == 1) {
				/* Back edge u -> v: the cycle is v ... u -> v on the stack. */
				char cyc[200];
				size_t cl = 0, from = sp;
				while (from > 0 && st_node[from - 1] != (size_t)v)
					from--;
				for (size_t k = from - 1; k < sp && cl + 1 < sizeof cyc; k++) {
					int w = snprintf(cyc + cl, sizeof cyc - cl, "%s -> ",
							 names[st_node[k]]);
					if (w < 0 || (size_t)w >= sizeof cyc - cl) {
						cl = sizeof cyc - 1;
						break;
					}
					cl += (size_t)w;
				}
				if (cl + 1 < sizeof cyc)
					snprintf(cyc + cl, sizeof cyc - cl, "%s", names[v]);
				size_t m = pol_dv_path_idx(c, u);
				size_t m2 = pol_dv_path_key(c, "inherits");
				pol_dv_path_idx(c, e);
				stop = pol_dv_err(c, "inheritance cycle: %s", cyc);
				pol_dv_path_set(c, m2);
				pol_dv_path_set(c, m);
			}
		}
	}
out:
	free(color);
	free(st_node);
	free(st_edge);
	return stop;
}

int pol_set_validate_all(const json_t *docs, const pol_limits *lim,
			 const char *const *custom_redact, size_t ncustom, pol_error *errs,
			 size_t maxerrs, size_t *nerrs)
{
	vctx c;
	int rc = pol_dv_init(&c, lim, custom_redact, ncustom, errs, maxerrs);
	const char **names = NULL;
	pol_sidx idx = {0};
	if (nerrs)
		*nerrs = 0;
	if (rc)
		return rc;
	if (!docs)
		return POL_EARG;
	if (!json_is_array(docs)) {
		pol_dv_err(&c, "policy must be an array of role documents, not %s",
			   pol_dv_type_name(docs));
		goto out;
	}
	size_t n = json_array_size(docs);
	if (n > c.lim->max_roles) {
		pol_dv_err(&c, "more than %zu role documents", c.lim->max_roles);
		goto out;
	}
	for (size_t i = 0; i < n; i++) {
		size_t m = pol_dv_path_idx(&c, i);
		int stop = pol_dv_doc(&c, json_array_get(docs, i));
		pol_dv_path_set(&c, m);
		if (stop)
			goto out;
	}
	names = calloc(n ? n : 1, sizeof *names);
	if (!names || pol_sidx_init(&idx, n)) {
		rc = POL_ENOMEM;
		goto out;
	}
	for (size_t i = 0; i < n; i++) {
		const json_t *doc = json_array_get(docs, i);
		const char *nm = doc_name(doc);
		if (!nm)
			continue;
		long prev = pol_sidx_find(&idx, names, nm, strlen(nm));
		if (prev >= 0) {
			size_t m = pol_dv_path_idx(&c, i);
			int stop = pol_dv_err_key(
				&c, "name", "duplicate role name '%s' (also $[%ld])", nm, prev);
			pol_dv_path_set(&c, m);
			if (stop)
				goto out;
			continue; /* later duplicates take no part in the graph */
		}
		names[i] = nm;
		pol_sidx_put(&idx, names, (uint32_t)i);
	}
	for (size_t i = 0; i < n; i++) {
		const json_t *inh = json_object_get(json_array_get(docs, i), "inherits");
		if (!names[i] || !json_is_array(inh))
			continue;
		for (size_t j = 0; j < json_array_size(inh); j++) {
			const char *pn = json_string_value(json_array_get(inh, j));
			if (!pn || !pol_v_name_ok(pn) || strcmp(pn, "admin") == 0 ||
			    pol_sidx_find(&idx, names, pn, strlen(pn)) >= 0)
				continue;
			size_t m = pol_dv_path_idx(&c, i);
			pol_dv_path_key(&c, "inherits");
			pol_dv_path_idx(&c, j);
			int stop = pol_dv_err(&c, "inherits unknown role '%s'", pn);
			pol_dv_path_set(&c, m);
			if (stop)
				goto out;
		}
	}
	if (v_cycles(&c, docs, names, &idx) < 0)
		rc = POL_ENOMEM;
out:
	free(names);
	pol_sidx_free(&idx);
	if (nerrs)
		*nerrs = c.n;
	if (rc)
		return rc;
	return c.n ? POL_EDOC : 0;
}

int pol_set_validate(const json_t *docs, const pol_limits *lim, const char *const *custom_redact,
		     size_t ncustom, pol_error *err)
{
	return pol_set_validate_all(docs, lim, custom_redact, ncustom, err, 1, NULL);
}
