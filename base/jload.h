/* jload: json_loadb for small untrusted documents (request bodies, token
 * headers and claims), with jansson's result and jansson's errors.
 *
 * Why: jansson's parser reads through a stream with a callback, a UTF-8
 * check and a string buffer per character; for the few hundred bytes of an
 * /v1/authorize body that is most of the cost of parsing it (38 k
 * instructions of an authorize, docs/PERFORMANCE.md). jload parses strict
 * JSON (RFC 8259) directly into the same jansson values. Anything it does not
 * take itself is handed to json_loadb unchanged: every error (so the error
 * text, line and column are jansson's), reals, integers out of range,
 * "\u0000", nesting deeper than JLOAD_MAX_DEPTH, a duplicate key, flags other
 * than JSON_REJECT_DUPLICATES. What it does take it takes exactly as jansson
 * does (the same types, values and member order): tests/fuzz/fuzz_jload.c
 * compares the two on arbitrary input.
 *
 * Bounds: none of its own beyond JLOAD_MAX_DEPTH; the caller bounds the
 * input's length (as for json_loadb). Any thread. */
#ifndef CUSTOS_JLOAD_H
#define CUSTOS_JLOAD_H

#include <jansson.h>
#include <stddef.h>

/* Deeper documents are parsed by jansson (which stops at 2048). */
#define JLOAD_MAX_DEPTH 64

/* As json_loadb(s, n, flags, err): a new reference, or NULL with err filled
 * (err may be NULL). Without JSON_DECODE_ANY the document must be an object
 * or an array, as for jansson. */
json_t *jload(const char *s, size_t n, size_t flags, json_error_t *err);

/* jload's own part: the value, or NULL for what it leaves to jansson (which
 * includes every error). For tests and fuzzing. */
json_t *jload_own(const char *s, size_t n, size_t flags);

/* The top level of a request body read without a tree, for a body of a few
 * known members (POST /v1/authorize): one object whose members are each
 * one of keys[0..nkeys) at most once, whose value has the kind types[i]
 * ('"' a string of printable ASCII without escapes, '{' an object, '['
 * an array), nested at most JLOAD_MEMBERS_DEPTH deep. 0 with out[i] set
 * for each member present (type: the kind; p, len: a string's content,
 * or a container's bytes, which are NOT checked: s is valid JSON exactly
 * when each container's bytes are, so parse each, e.g. with jload). 1 for
 * anything else (another member, a duplicate, an escape, a number, bad
 * syntax...): parse s with jload, which gives jansson's value or error. */
#define JLOAD_MEMBERS_DEPTH 32
struct jload_member {
	const char *p; /* into s */
	size_t len;
	char type; /* 0: absent */
};
int jload_members(const char *s, size_t n, const char *const *keys, const char *types, size_t nkeys,
		  struct jload_member *out);

#endif
