/* store_admin: loading, validating and compiling a stored policy, the one
 * way the gateway (app), the admin API (simulate with proposed documents)
 * and the CLI do it. */
#include <string.h>

#include "errbuf.h"
#include "store_int.h"

int pol_store_validate_docs(const json_t *docs_after, void *ctx, char *err, size_t errsz)
{
	const pol_vocab *v = ctx;
	pol_error pe;
	memset(&pe, 0, sizeof pe);
	if (pol_set_validate(docs_after, NULL, v ? v->custom_redact : NULL, v ? v->ncustom : 0,
			     &pe) == 0)
		return 0;
	errbuf_set(err, errsz, "%s: %s", pe.path, pe.msg);
	return -1;
}

json_t *pol_bindings_flat(const json_t *bindings)
{
	json_t *flat = json_object();
	const char *principal;
	json_t *b;
	if (!flat)
		return NULL;
	json_object_foreach ((json_t *)bindings, principal, b) {
		if (json_object_set(flat, principal, json_object_get(b, "roles"))) {
			json_decref(flat);
			return NULL;
		}
	}
	return flat;
}

int pol_store_compile(pol_store *st, const json_t *docs, const pol_vocab *vocab, pol_snapshot **out,
		      uint64_t *version, pol_error *pe)
{
	json_t *sdocs = NULL, *bindings = NULL, *flat = NULL;
	uint64_t v = 0;
	int rc = 0;
	*out = NULL;
	memset(pe, 0, sizeof *pe);
	rc = pol_store_load(st, &sdocs, &bindings, &v);
	if (rc)
		goto out;
	flat = pol_bindings_flat(bindings);
	if (!flat) {
		rc = POL_ENOMEM;
		goto out;
	}
	*out = pol_compile(docs ? docs : sdocs, flat, v, NULL, vocab ? vocab->custom_redact : NULL,
			   vocab ? vocab->ncustom : 0, pe, &rc);
	if (!*out && !rc)
		rc = POL_ENOMEM;
	if (version)
		*version = v;
out:
	json_decref(sdocs);
	json_decref(bindings);
	json_decref(flat);
	return rc;
}
