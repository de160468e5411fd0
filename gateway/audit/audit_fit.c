/* audit_fit: makes an entry storable whatever its client-supplied parts
 * hold. A decision must never go unrecorded because a client sent a long
 * resource id or a wide object: long strings keep a prefix and a SHA-256 of
 * the whole, oversized or deep containers are replaced by their SHA-256, and
 * an entry still over the cap keeps the contract's fields and folds the rest
 * into one digest. The digests let an investigator check a value they hold
 * against the record. See docs/AUDIT.md ("Bounded entries"). */
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "hex.h"

#define FIT_FLAGS         (JSON_COMPACT | JSON_SORT_KEYS)
#define OMITTED_NAMES_MAX 32 /* member names listed in "omitted" */

/* The fields every entry keeps (API.md section 5, plus the end user's
 * pseudonym and the authorize fields); each is a bounded scalar or a short
 * list of policy names once its strings are bounded. */
static const char *const core[] = {
	"request_id",  "decision", "action",   "resource", "subject", "client",
	"cert_sha256", "roles",    "rule",     "reason",   "purpose", "policy_version",
	"redact",      "user",     "asked_by", "via",
};

static int is_core(const char *key)
{
	for (size_t i = 0; i < sizeof core / sizeof core[0]; i++)
		if (!strcmp(core[i], key))
			return 1;
	return 0;
}

/* Lowercase hex SHA-256 of n bytes. Returns 0, or -1 if the library fails. */
static int sha256_hex(const void *p, size_t n, char out[65])
{
	unsigned char md[32];
	unsigned int len = 0;
	if (!EVP_Digest(p, n, md, &len, EVP_sha256(), NULL) || len != 32)
		return -1;
	hex_encode(md, 32, out);
	return 0;
}

/* "<prefix>...[N bytes] sha256:<hex>" for a string of n bytes (valid UTF-8,
 * as every jansson string is); the prefix ends on a character boundary. */
static json_t *bounded_string(const char *s, size_t n)
{
	char hex[65], tail[112];
	size_t keep = AUDIT_FIT_KEEP;
	if (sha256_hex(s, n, hex))
		return NULL;
	while (keep > 0 && ((unsigned char)s[keep] & 0xC0) == 0x80)
		keep--; /* s[keep] continues a character: cut before it */
	int t = snprintf(tail, sizeof tail, "...[%zu bytes] sha256:%s", n, hex);
	char *buf = malloc(keep + (size_t)t + 1);
	if (!buf)
		return NULL;
	memcpy(buf, s, keep);
	memcpy(buf + keep, tail, (size_t)t + 1);
	json_t *j = json_stringn(buf, keep + (size_t)t);
	free(buf);
	return j;
}

/* "[omitted N bytes] sha256:<hex>" of a value's canonical JSON. */
static json_t *digest_of(const json_t *v)
{
	char hex[65], out[128];
	char *js = json_dumps(v, FIT_FLAGS | JSON_ENCODE_ANY);
	if (!js)
		return NULL;
	size_t n = strlen(js);
	int rc = sha256_hex(js, n, hex);
	free(js);
	if (rc)
		return NULL;
	snprintf(out, sizeof out, "[omitted %zu bytes] sha256:%s", n, hex);
	return json_string(out);
}

/* A new reference to v bounded as described above, at depth (the entry's
 * own members are at 1): v itself when nothing needs bounding, else a
 * bounded copy. v is never changed: its containers may be shared with the
 * caller, so a container with a changed child is copied first. */
static json_t *fit_value(json_t *v, int depth)
{
	if (json_is_string(v)) {
		size_t n = json_string_length(v);
		return n > AUDIT_FIT_STRING_MAX ? bounded_string(json_string_value(v), n)
						: json_incref(v);
	}
	int obj = json_is_object(v);
	if (!obj && !json_is_array(v))
		return json_incref(v);
	size_t size = obj ? json_object_size(v) : json_array_size(v);
	if (size > AUDIT_FIT_ITEMS_MAX || depth > AUDIT_FIT_DEPTH_MAX)
		return digest_of(v);
	json_t *out = NULL; /* the copy, made at the first change */
	if (obj) {
		const char *k;
		size_t klen;
		json_t *x;
		json_object_keylen_foreach (v, k, klen, x) {
			json_t *nx = fit_value(x, depth + 1);
			int longkey = klen > AUDIT_FIT_STRING_MAX;
			if (nx == x && !longkey) {
				json_decref(nx);
				continue;
			}
			json_t *nk = longkey ? bounded_string(k, klen) : NULL;
			if (!out)
				out = json_copy(v);
			int bad = !nx || !out || (longkey && !nk);
			if (!bad && longkey)
				json_object_deln(out, k, klen);
			if (!bad)
				bad = json_object_setn_new(out, nk ? json_string_value(nk) : k,
							   nk ? json_string_length(nk) : klen, nx);
			else
				json_decref(nx);
			json_decref(nk);
			if (bad) {
				json_decref(out);
				return NULL;
			}
		}
		return out ? out : json_incref(v);
	}
	size_t i;
	json_t *x;
	json_array_foreach (v, i, x) {
		json_t *nx = fit_value(x, depth + 1);
		if (nx == x) {
			json_decref(nx);
			continue;
		}
		if (!out)
			out = json_copy(v);
		if (!nx || !out || json_array_set_new(out, i, nx)) {
			json_decref(out);
			return NULL;
		}
	}
	return out ? out : json_incref(v);
}

static size_t entry_bytes(const json_t *e)
{
	return json_dumpb(e, NULL, 0, JSON_COMPACT);
}

int audit_entry_fit(json_t *e)
{
	const char *k;
	json_t *v;
	void *tmp;
	if (!json_is_object(e))
		return AUDIT_E_INVALID;
	/* The entry's own members are ours to replace (its keys are the
	 * handlers' names); what they hold is bounded copy-on-write. */
	json_object_foreach_safe (e, tmp, k, v) {
		json_t *nv = fit_value(v, 1);
		if (!nv)
			return AUDIT_E_NOMEM;
		if (nv == v)
			json_decref(nv);
		else if (json_object_set_new(e, k, nv))
			return AUDIT_E_NOMEM;
	}
	if (entry_bytes(e) <= AUDIT_MAX_ENTRY)
		return 0;

	/* Still too large: keep the contract's fields, fold the rest. */
	json_t *rest = json_object(), *names = json_array();
	int rc = AUDIT_E_NOMEM;
	if (!rest || !names)
		goto out;
	json_object_foreach_safe (e, tmp, k, v) {
		if (is_core(k))
			continue;
		if (json_object_set(rest, k, v))
			goto out;
		if (json_array_size(names) < OMITTED_NAMES_MAX &&
		    json_array_append_new(names, json_string(k)))
			goto out;
		json_object_del(e, k);
	}
	if (json_object_size(rest)) {
		json_t *d = digest_of(rest);
		json_t *o = d ? json_pack("{s:o,s:O,s:I}", "digest", d, "members", names, "count",
					  (json_int_t)json_object_size(rest))
			      : NULL;
		if (!o || json_object_set_new(e, "omitted", o))
			goto out;
	}
	/* Then the lists of policy names, should a policy make them huge. */
	static const char *const lists[] = {"roles", "redact"};
	for (size_t i = 0; i < 2 && entry_bytes(e) > AUDIT_MAX_ENTRY; i++) {
		json_t *l = json_object_get(e, lists[i]);
		if (l && json_object_set_new(e, lists[i], digest_of(l)))
			goto out;
	}
	rc = entry_bytes(e) <= AUDIT_MAX_ENTRY ? 0 : AUDIT_E_TOO_LARGE;
out:
	json_decref(rest);
	json_decref(names);
	return rc;
}
