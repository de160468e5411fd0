/* doc: validation of role documents and document sets.
 *
 * One walker serves both "first problem" and "collect every problem": each
 * problem is appended to a caller array of pol_error with the JSON path of the
 * offending value, and the walk stops once the array is full (size 1 for the
 * single-problem variants). Set checks add duplicate names, unknown inherits
 * and inheritance cycles. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc_int.h"
#include "errors.h"
#include "pol_int.h"

static const pol_limits default_limits = {
	.max_rules = 256,
	.max_depth = 16,
	.max_nodes = 1024,
	.max_doc_bytes = 65536,
	.max_list = 256,
	.max_string = 1024,
	.max_roles = 100000,
	.max_principals = 1000000,
	.max_subject_roles = 1024,
};

const pol_limits *pol_limits_default(void)
{
	return &default_limits;
}

const char *pol_strerror(int rc)
{
	return custos_strerror(rc);
}

int pol_dv_err(vctx *c, const char *fmt, ...)
{
	if (c->n < c->max) {
		pol_error *e = &c->errs[c->n++];
		snprintf(e->path, sizeof e->path, "%s", c->path);
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(e->msg, sizeof e->msg, fmt, ap);
		va_end(ap);
	}
	return c->n >= c->max;
}

void pol_dv_path_set(vctx *c, size_t len)
{
	c->plen = len;
	c->path[len] = '\0';
}

static size_t path_append(vctx *c, const char *text)
{
	size_t mark = c->plen;
	int w = snprintf(c->path + c->plen, sizeof c->path - c->plen, "%s", text);
	if (w > 0)
		c->plen += (size_t)w < sizeof c->path - c->plen ? (size_t)w
								: sizeof c->path - c->plen - 1;
	return mark;
}

size_t pol_dv_path_key(vctx *c, const char *key)
{
	char buf[80];
	int plain = key[0] != '\0' && strlen(key) <= 64;
	for (const char *p = key; plain && *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		      (*p >= '0' && *p <= '9') || *p == '_'))
			plain = 0;
	if (plain) {
		snprintf(buf, sizeof buf, ".%s", key);
	} else {
		char s[64];
		pol_v_san(key, s, sizeof s);
		snprintf(buf, sizeof buf, "[\"%s\"]", s);
	}
	return path_append(c, buf);
}

size_t pol_dv_path_idx(vctx *c, size_t i)
{
	char buf[32];
	snprintf(buf, sizeof buf, "[%zu]", i);
	return path_append(c, buf);
}

/* Error at child `key` of the current path. */
int pol_dv_err_key(vctx *c, const char *key, const char *fmt, ...)
{
	size_t m = pol_dv_path_key(c, key);
	char msg[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	int stop = pol_dv_err(c, "%s", msg);
	pol_dv_path_set(c, m);
	return stop;
}

static int in_list(const char *key, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(key, list[i]) == 0)
			return 1;
	return 0;
}

/* Reports every key of obj not in allowed[]. */
int pol_dv_check_keys(vctx *c, const json_t *obj, const char *const *allowed, size_t n,
		      const char *what)
{
	const char *key;
	json_t *val;
	json_object_foreach ((json_t *)obj, key, val) {
		(void)val;
		if (!in_list(key, allowed, n)) {
			char s[64];
			pol_v_san(key, s, sizeof s);
			if (pol_dv_err_key(c, key, "unknown key '%s' in %s", s, what))
				return 1;
		}
	}
	return 0;
}

const char *pol_dv_type_name(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT:
		return "object";
	case JSON_ARRAY:
		return "array";
	case JSON_STRING:
		return "string";
	case JSON_INTEGER:
	case JSON_REAL:
		return "number";
	case JSON_TRUE:
	case JSON_FALSE:
		return "boolean";
	default:
		return "null";
	}
}

/* A string value of a leaf: reference check and length. */
static int v_string_value(vctx *c, const json_t *v, int allow_ref)
{
	const char *s = json_string_value(v);
	if (json_string_length(v) > c->lim->max_string)
		return pol_dv_err(c, "string longer than %zu bytes", c->lim->max_string);
	if (strlen(s) != json_string_length(v))
		return pol_dv_err(c, "string contains a NUL byte");
	int ref = pol_v_ref(s);
	if (ref < 0) {
		char t[64];
		pol_v_san(s, t, sizeof t);
		return pol_dv_err(
			c,
			"unknown reference '%s' (known: $subject.id, $subject.kind, $request.client)",
			t);
	}
	if (ref > 0 && !allow_ref)
		return pol_dv_err(c, "references are not allowed here");
	return 0;
}

/* Value for equals / not_equals / one `in` element, checked against the attribute type. */
static int v_scalar(vctx *c, const json_t *v, int atype, const char *opname)
{
	if (json_is_string(v)) {
		if (atype == PT_INT)
			return pol_dv_err(c, "%s on a numeric attribute needs a number", opname);
		if (atype == PT_WEEKDAY) {
			if (strlen(json_string_value(v)) != json_string_length(v) ||
			    pol_v_weekday(json_string_value(v)) < 0)
				return pol_dv_err(
					c,
					"a weekday is 1..7 (Monday 1) or mon, tue, wed, thu, fri, sat, sun");
			return 0;
		}
		return v_string_value(c, v, 1);
	}
	if (json_is_number(v)) {
		if (atype == PT_STR || atype == PT_STRLIST)
			return pol_dv_err(c, "%s on a string attribute needs a string", opname);
		if (atype == PT_WEEKDAY &&
		    (!json_is_integer(v) || json_integer_value(v) < 1 || json_integer_value(v) > 7))
			return pol_dv_err(
				c,
				"a weekday is 1..7 (Monday 1) or mon, tue, wed, thu, fri, sat, sun");
		return 0;
	}
	if (json_is_boolean(v)) {
		if (atype != PT_ANY)
			return pol_dv_err(c, "%s on this attribute cannot take a boolean", opname);
		return 0;
	}
	return pol_dv_err(c, "%s needs a string, number or boolean, not %s", opname,
			  pol_dv_type_name(v));
}

static int v_leaf_value(vctx *c, int op, const json_t *v, int atype)
{
	const char *opname = pol_v_op_name(op);
	const char *why = NULL;
	switch (op) {
	case PO_EQUALS:
	case PO_NOT_EQUALS:
		return v_scalar(c, v, atype, opname);
	case PO_IN: {
		if (!json_is_array(v))
			return pol_dv_err(c, "in needs an array, not %s", pol_dv_type_name(v));
		size_t n = json_array_size(v);
		if (n == 0)
			return pol_dv_err(c, "in needs a non-empty array");
		if (n > c->lim->max_list)
			return pol_dv_err(c, "in takes at most %zu values", c->lim->max_list);
		for (size_t i = 0; i < n; i++) {
			size_t m = pol_dv_path_idx(c, i);
			int stop = v_scalar(c, json_array_get(v, i), atype, opname);
			pol_dv_path_set(c, m);
			if (stop)
				return 1;
		}
		return 0;
	}
	case PO_MATCHES:
		if (!json_is_string(v))
			return pol_dv_err(c, "matches needs a glob string, not %s",
					  pol_dv_type_name(v));
		if (atype == PT_INT || atype == PT_WEEKDAY)
			return pol_dv_err(c, "matches needs a string attribute");
		if (strlen(json_string_value(v)) != json_string_length(v))
			return pol_dv_err(c, "bad glob: contains a NUL byte");
		if (pol_v_glob_check(json_string_value(v), &why))
			return pol_dv_err(c, "bad glob: %s", why);
		return 0;
	case PO_EXISTS:
		if (!json_is_boolean(v))
			return pol_dv_err(c, "exists needs true or false, not %s",
					  pol_dv_type_name(v));
		return 0;
	case PO_LT:
	case PO_GT:
		if (!json_is_number(v))
			return pol_dv_err(c, "%s needs a number, not %s", opname,
					  pol_dv_type_name(v));
		if (atype == PT_STR || atype == PT_STRLIST)
			return pol_dv_err(c, "%s needs a numeric attribute", opname);
		return 0;
	default:
		return pol_dv_err(c, "unknown operator");
	}
}

static int v_cond(vctx *c, const json_t *n, size_t depth);

static int v_leaf(vctx *c, const json_t *n)
{
	const json_t *attr = json_object_get(n, "attr");
	pol_attr_info info = {.type = PT_ANY};
	int attr_ok = 0;
	size_t m = pol_dv_path_key(c, "attr");
	if (!json_is_string(attr)) {
		if (pol_dv_err(c, "attr must be a string, not %s", pol_dv_type_name(attr)))
			return 1;
	} else {
		const char *why = NULL;
		const char *s = json_string_value(attr);
		char t[64];
		pol_v_san(s, t, sizeof t);
		if (strlen(s) != json_string_length(attr)) {
			if (pol_dv_err(c, "attr contains a NUL byte"))
				return 1;
		} else if (pol_v_attr_parse(s, &info, &why)) {
			if (pol_dv_err(c, "%s '%s'", why, t))
				return 1;
		} else {
			attr_ok = 1;
		}
	}
	pol_dv_path_set(c, m);

	const char *key, *op_key = NULL;
	json_t *val;
	int saw_unknown = 0;
	json_object_foreach ((json_t *)n, key, val) {
		if (strcmp(key, "attr") == 0)
			continue;
		int op = pol_v_op(key);
		char t[64];
		pol_v_san(key, t, sizeof t);
		if (op < 0) {
			saw_unknown = 1;
			if (pol_dv_err_key(c, key, "unknown operator '%s'", t))
				return 1;
			continue;
		}
		if (op_key) {
			if (pol_dv_err_key(c, key,
					   "a leaf takes exactly one operator (already has '%s')",
					   op_key))
				return 1;
			continue;
		}
		op_key = key;
		m = pol_dv_path_key(c, key);
		int stop = v_leaf_value(c, op, val, attr_ok ? info.type : PT_ANY);
		pol_dv_path_set(c, m);
		if (stop)
			return 1;
	}
	if (!op_key && !saw_unknown)
		return pol_dv_err(
			c,
			"leaf needs one operator (equals, not_equals, in, matches, exists, lt, gt)");
	return 0;
}

static int v_cond(vctx *c, const json_t *n, size_t depth)
{
	if (depth > c->lim->max_depth)
		return pol_dv_err(c, "condition nested deeper than %zu", c->lim->max_depth);
	if (++c->nodes > c->lim->max_nodes) {
		if (c->nodes_reported)
			return 0;
		c->nodes_reported = 1;
		return pol_dv_err(c, "more than %zu condition nodes in the document",
				  c->lim->max_nodes);
	}
	if (!json_is_object(n))
		return pol_dv_err(c, "condition must be an object, not %s", pol_dv_type_name(n));
	if (json_object_size(n) == 0)
		return pol_dv_err(c, "empty condition");

	static const char *const combs[] = {"all", "any", "not"};
	const char *comb = NULL;
	for (size_t i = 0; i < 3; i++)
		if (json_object_get(n, combs[i]) && !comb)
			comb = combs[i];

	if (comb) {
		const char *key;
		json_t *val;
		json_object_foreach ((json_t *)n, key, val) {
			(void)val;
			if (strcmp(key, comb) != 0) {
				char t[64];
				pol_v_san(key, t, sizeof t);
				if (pol_dv_err_key(
					    c, key,
					    "unexpected key '%s' beside '%s' (a combinator stands alone)",
					    t, comb))
					return 1;
			}
		}
		const json_t *v = json_object_get(n, comb);
		size_t m = pol_dv_path_key(c, comb);
		int stop = 0;
		if (strcmp(comb, "not") == 0) {
			stop = v_cond(c, v, depth + 1);
		} else if (!json_is_array(v)) {
			stop = pol_dv_err(c, "%s needs an array of conditions, not %s", comb,
					  pol_dv_type_name(v));
		} else if (json_array_size(v) == 0) {
			stop = pol_dv_err(c, "%s needs at least one condition", comb);
		} else if (json_array_size(v) > c->lim->max_list) {
			stop = pol_dv_err(c, "%s takes at most %zu conditions", comb,
					  c->lim->max_list);
		} else {
			for (size_t i = 0; i < json_array_size(v) && !stop; i++) {
				size_t mi = pol_dv_path_idx(c, i);
				stop = v_cond(c, json_array_get(v, i), depth + 1);
				pol_dv_path_set(c, mi);
			}
		}
		pol_dv_path_set(c, m);
		return stop;
	}
	if (json_object_get(n, "attr"))
		return v_leaf(c, n);

	const char *key;
	json_t *val;
	json_object_foreach ((json_t *)n, key, val) {
		(void)val;
		char t[64];
		pol_v_san(key, t, sizeof t);
		if (pol_v_op(key) >= 0) {
			if (pol_dv_err_key(c, key, "operator '%s' needs an attr beside it", t))
				return 1;
		} else if (pol_dv_err_key(
				   c, key,
				   "unknown condition key '%s' (expected all, any, not or attr)",
				   t)) {
			return 1;
		}
	}
	return 0;
}

/* An array of strings with a per-item check. kind: 0 actions, 1 type names
 * (reveal, redact), 2 role names. */
static int v_string_list(vctx *c, const json_t *doc, const char *key, int kind, int required)
{
	const json_t *v = json_object_get(doc, key);
	if (!v) {
		if (required)
			return pol_dv_err(c, "missing required key '%s'", key);
		return 0;
	}
	size_t m = pol_dv_path_key(c, key);
	int stop = 0;
	if (!json_is_array(v)) {
		stop = pol_dv_err(c, "%s must be an array of strings, not %s", key,
				  pol_dv_type_name(v));
	} else if (json_array_size(v) > c->lim->max_list) {
		stop = pol_dv_err(c, "%s has more than %zu entries", key, c->lim->max_list);
	} else if (kind == 0 && json_array_size(v) == 0) {
		stop = pol_dv_err(c, "actions must not be empty");
	} else {
		for (size_t i = 0; i < json_array_size(v) && !stop; i++) {
			const json_t *it = json_array_get(v, i);
			size_t mi = pol_dv_path_idx(c, i);
			if (!json_is_string(it)) {
				stop = pol_dv_err(c, "expected a string, not %s",
						  pol_dv_type_name(it));
			} else {
				const char *s = json_string_value(it);
				char t[72];
				uint32_t bits;
				pol_v_san(s, t, sizeof t);
				if (strlen(s) != json_string_length(it))
					stop = pol_dv_err(c, "string contains a NUL byte");
				else if (kind == 0 && pol_v_action_bits(s, &bits))
					stop = pol_dv_err(c, "unknown action '%s'", t);
				else if (kind == 1 &&
					 pol_v_redact_index(s, c->custom, c->ncustom) < 0)
					stop = pol_dv_err(c, "unknown %s name '%s'", key, t);
				else if (kind == 2 && !pol_v_name_ok(s))
					stop = pol_dv_err(
						c, "role name must match [a-z0-9_.-]{1,64}: '%s'",
						t);
			}
			pol_dv_path_set(c, mi);
		}
	}
	pol_dv_path_set(c, m);
	return stop;
}

static int v_name_field(vctx *c, const json_t *obj, const char *key, const char *what)
{
	const json_t *v = json_object_get(obj, key);
	if (!v)
		return pol_dv_err(c, "missing required key '%s'", key);
	if (!json_is_string(v))
		return pol_dv_err_key(c, key, "%s must be a string, not %s", what,
				      pol_dv_type_name(v));
	if (strlen(json_string_value(v)) != json_string_length(v) ||
	    !pol_v_name_ok(json_string_value(v))) {
		char t[72];
		pol_v_san(json_string_value(v), t, sizeof t);
		return pol_dv_err_key(c, key, "%s must match [a-z0-9_.-]{1,64}: '%s'", what, t);
	}
	return 0;
}

static int v_rule(vctx *c, const json_t *r)
{
	static const char *const keys[] = {"id", "effect", "actions", "when", "redact", "reveal"};
	if (!json_is_object(r))
		return pol_dv_err(c, "rule must be an object, not %s", pol_dv_type_name(r));
	if (pol_dv_check_keys(c, r, keys, 6, "rule"))
		return 1;
	if (v_name_field(c, r, "id", "rule id"))
		return 1;
	const json_t *eff = json_object_get(r, "effect");
	int deny = 0;
	if (!eff) {
		if (pol_dv_err(c, "missing required key 'effect'"))
			return 1;
	} else if (!json_is_string(eff) || (strcmp(json_string_value(eff), "allow") != 0 &&
					    strcmp(json_string_value(eff), "deny") != 0)) {
		if (pol_dv_err_key(c, "effect", "effect must be \"allow\" or \"deny\""))
			return 1;
	} else {
		deny = strcmp(json_string_value(eff), "deny") == 0;
	}
	if (v_string_list(c, r, "actions", 0, 1))
		return 1;
	const json_t *when = json_object_get(r, "when");
	if (when) {
		size_t m = pol_dv_path_key(c, "when");
		int stop = v_cond(c, when, 1);
		pol_dv_path_set(c, m);
		if (stop)
			return 1;
	}
	/* reveal (or, from before it, redact): allow rules only, one of them */
	int has_reveal = json_object_get(r, "reveal") != NULL;
	int has_redact = json_object_get(r, "redact") != NULL;
	if (has_reveal && has_redact) {
		if (pol_dv_err_key(c, "reveal",
				   "use reveal or redact, not both (redact is the older form)"))
			return 1;
	} else if ((has_reveal || has_redact) && deny) {
		const char *k = has_reveal ? "reveal" : "redact";
		if (pol_dv_err_key(c, k, "%s applies only to allow rules", k))
			return 1;
	} else if (v_string_list(c, r, "redact", 1, 0) || v_string_list(c, r, "reveal", 1, 0)) {
		return 1;
	}
	return 0;
}

int pol_dv_doc(vctx *c, const json_t *doc)
{
	static const char *const keys[] = {"name",
					   "description",
					   "inherits",
					   "rules",
					   "version",
					   "timezone",
					   "limits",
					   "working_hours",
					   "bulk_distinct_users",
					   "break_glass_min_reason"};
	size_t before = c->n;
	c->nodes = 0;
	c->nodes_reported = 0;
	if (!json_is_object(doc))
		return pol_dv_err(c, "role document must be an object, not %s",
				  pol_dv_type_name(doc));
	if (pol_dv_check_keys(c, doc, keys, sizeof keys / sizeof keys[0], "role document"))
		return 1;
	if (v_name_field(c, doc, "name", "role name"))
		return 1;
	const char *nm = json_string_value(json_object_get(doc, "name"));
	if (nm && strcmp(nm, POL_ADMIN_ROLE) == 0 &&
	    pol_dv_err_key(c, "name",
			   "'admin' is the built-in role: no document can define or replace it"))
		return 1;
	const json_t *d = json_object_get(doc, "description");
	if (d && !json_is_string(d)) {
		if (pol_dv_err_key(c, "description", "description must be a string, not %s",
				   pol_dv_type_name(d)))
			return 1;
	} else if (d && json_string_length(d) > c->lim->max_string) {
		if (pol_dv_err_key(c, "description", "description longer than %zu bytes",
				   c->lim->max_string))
			return 1;
	}
	const json_t *ver = json_object_get(doc, "version");
	if (ver && (!json_is_integer(ver) || json_integer_value(ver) < 0)) {
		if (pol_dv_err_key(c, "version", "version must be a non-negative integer"))
			return 1;
	}
	if (v_string_list(c, doc, "inherits", 2, 0))
		return 1;
	if (pol_dv_detect(c, doc))
		return 1;

	const json_t *rules = json_object_get(doc, "rules");
	if (rules) {
		size_t m = pol_dv_path_key(c, "rules");
		int stop = 0;
		if (!json_is_array(rules)) {
			stop = pol_dv_err(c, "rules must be an array, not %s",
					  pol_dv_type_name(rules));
		} else if (json_array_size(rules) > c->lim->max_rules) {
			stop = pol_dv_err(c, "more than %zu rules in one role", c->lim->max_rules);
		} else {
			for (size_t i = 0; i < json_array_size(rules) && !stop; i++) {
				const json_t *r = json_array_get(rules, i);
				size_t mi = pol_dv_path_idx(c, i);
				stop = v_rule(c, r);
				/* Duplicate id against earlier rules. */
				const char *id = json_string_value(json_object_get(r, "id"));
				for (size_t j = 0; id && j < i && !stop; j++) {
					const char *other = json_string_value(
						json_object_get(json_array_get(rules, j), "id"));
					if (other && strcmp(id, other) == 0) {
						char t[72];
						pol_v_san(id, t, sizeof t);
						stop = pol_dv_err_key(
							c, "id",
							"duplicate rule id '%s' (also $.rules[%zu])",
							t, j);
						break;
					}
				}
				pol_dv_path_set(c, mi);
			}
		}
		pol_dv_path_set(c, m);
		if (stop)
			return 1;
	}
	/* Size only for structurally valid documents (bounded depth, known keys). */
	if (c->n == before) {
		size_t bytes = json_dumpb(doc, NULL, 0, JSON_COMPACT);
		if (bytes > c->lim->max_doc_bytes)
			return pol_dv_err(c, "document is %zu bytes, more than %zu", bytes,
					  c->lim->max_doc_bytes);
	}
	return 0;
}

int pol_dv_init(vctx *c, const pol_limits *lim, const char *const *custom, size_t ncustom,
		pol_error *errs, size_t maxerrs)
{
	memset(c, 0, sizeof *c);
	if (!errs || maxerrs == 0 || pol_v_custom_ok(custom, ncustom))
		return POL_EARG;
	c->lim = lim ? lim : &default_limits;
	c->custom = custom;
	c->ncustom = ncustom;
	c->errs = errs;
	c->max = maxerrs;
	path_append(c, "$");
	return 0;
}

int pol_doc_validate_all(const json_t *doc, const pol_limits *lim, const char *const *custom_redact,
			 size_t ncustom, pol_error *errs, size_t maxerrs, size_t *nerrs)
{
	vctx c;
	int rc = pol_dv_init(&c, lim, custom_redact, ncustom, errs, maxerrs);
	if (nerrs)
		*nerrs = 0;
	if (rc)
		return rc;
	if (!doc)
		return POL_EARG;
	pol_dv_doc(&c, doc);
	if (nerrs)
		*nerrs = c.n;
	return c.n ? POL_EDOC : 0;
}

int pol_doc_validate(const json_t *doc, const pol_limits *lim, const char *const *custom_redact,
		     size_t ncustom, pol_error *err)
{
	return pol_doc_validate_all(doc, lim, custom_redact, ncustom, err, 1, NULL);
}
