/* jdump: jansson's compact dump (json_dumps with JSON_COMPACT, optionally
 * JSON_SORT_KEYS), byte for byte, written straight into a capped buffer.
 *
 * Why: every JSON reply and every audit entry is dumped once per request,
 * and jansson's dumper costs more than building the tree (a hash table of
 * the containers being dumped to find cycles, a callback and a UTF-8 decode
 * per character, an allocation per sorted object): ~15 % of an audited
 * decision's instructions. This writer walks the tree and copies runs of
 * plain bytes. Whatever it does not do itself (reals, flags other than
 * those below, an invalid UTF-8 string, nesting deeper than JDUMP_MAX_DEPTH)
 * it hands to jansson, so its output is jansson's by construction, and
 * tests/fuzz/fuzz_jdump.c checks that against jansson on arbitrary trees.
 *
 * Pure function of its arguments: any thread, one buffer per caller. */
#ifndef CUSTOS_JDUMP_H
#define CUSTOS_JDUMP_H

#include <jansson.h>
#include <stddef.h>

#include "buf.h"

/* Deeper trees are dumped by jansson itself (which finds cycles). */
#define JDUMP_MAX_DEPTH 512

/* Appends the dump of v with flags (JSON_COMPACT, JSON_SORT_KEYS,
 * JSON_PRESERVE_ORDER, JSON_ENCODE_ANY; any other flag is jansson's) to out.
 * 0; CUSTOS_E_ARG where json_dumps(v, flags) returns NULL (a NULL v, a scalar
 * without JSON_ENCODE_ANY, a string that is not UTF-8, a cycle), with out as
 * it was; or buf_add's errors (CUSTOS_E_TOOBIG over out's cap: out is freed;
 * CUSTOS_E_NOMEM). */
int jdump(const json_t *v, size_t flags, struct buf *out) BUF_WUR;

/* jdump of an object that also says where its members are: at[i], for
 * i < nat and below the object's size, the offset from the dump's first
 * byte ('{') of the i-th member written (its key's opening quote); every
 * at[i] is SIZE_MAX when jansson wrote the dump (a real, a string that is
 * not UTF-8...: jdump's fallback). CUSTOS_E_ARG when obj is not an object
 * (or at is NULL with nat > 0);
 * otherwise as jdump. (The audit log seals its members into an entry's
 * dump at those places.) */
int jdump_members(const json_t *obj, size_t flags, struct buf *out, size_t *at, size_t nat) BUF_WUR;

/* For replies written without a tree (the decision point's, whoami's):
 * appends s (n bytes) as a JSON string exactly as jdump writes a string
 * value, or an integer as it writes one. 0; CUSTOS_E_ARG when s is not
 * UTF-8 (jansson would not have made it a string), out as it was; or
 * buf_add's errors. */
int jdump_string(struct buf *out, const char *s, size_t n) BUF_WUR;
int jdump_int(struct buf *out, json_int_t v) BUF_WUR;

/* The length of the UTF-8 sequence at s (n > 0 bytes left) that starts
 * with a byte >= 0x80, or 0 when it is not valid RFC 3629 UTF-8 (overlong,
 * a surrogate, above U+10FFFF, truncated): what jansson refuses in a string,
 * when it dumps one and when it parses one (base/jload.c). */
size_t jdump_utf8_len(const unsigned char *s, size_t n);

#endif
