/* doc_int: what the validator's files share (doc.c: one document;
 * doc_set.c: a set of documents). Not part of the policy interface. */
#ifndef CUSTOS_DOC_INT_H
#define CUSTOS_DOC_INT_H

#include <stddef.h>

#include "pol_int.h"

/* One walk: where the problems go and the JSON path of the value at hand. */
typedef struct vctx {
	const pol_limits *lim;
	const char *const *custom;
	size_t ncustom;
	pol_error *errs;
	size_t max, n;
	char path[256];
	size_t plen;
	size_t nodes; /* condition nodes in the current document */
	int nodes_reported;
} vctx;

/* Starts a walk: lim NULL means pol_limits_default(). POL_EARG when errs
 * is missing or the custom names are not valid. */
int pol_dv_init(vctx *c, const pol_limits *lim, const char *const *custom, size_t ncustom,
		pol_error *errs, size_t maxerrs);

/* Records a problem at the current path; 1 when the walk must stop (the
 * caller's array is full), else 0. pol_dv_err_key: at child key. */
int pol_dv_err(vctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int pol_dv_err_key(vctx *c, const char *key, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* The path: each append returns the length to restore with pol_dv_path_set. */
void pol_dv_path_set(vctx *c, size_t len);
size_t pol_dv_path_key(vctx *c, const char *key);
size_t pol_dv_path_idx(vctx *c, size_t i);

/* "an object", "a string", ... for messages. */
const char *pol_dv_type_name(const json_t *v);

/* Reports every key of obj not in allowed[n] (what names obj in messages);
 * 1 when the walk must stop. */
int pol_dv_check_keys(vctx *c, const json_t *obj, const char *const *allowed, size_t n,
		      const char *what);

/* Validates the detection settings of a document (doc_detect.c); 1 when the
 * walk must stop. */
int pol_dv_detect(vctx *c, const json_t *doc);

/* Validates one document at the current path; 1 when the walk must stop. */
int pol_dv_doc(vctx *c, const json_t *doc);

#endif
