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

const pol_limits *pol_limits_default(void) { return &default_limits; }

const char *pol_strerror(int rc)
{
    switch (rc) {
    case POL_OK: return "ok";
    case POL_EDOC: return "invalid role document";
    case POL_ENOMEM: return "out of memory";
    case POL_EBINDINGS: return "invalid bindings";
    case POL_ELIMIT: return "policy limit exceeded";
    case POL_EARG: return "invalid argument";
    default: return "unknown policy error";
    }
}

typedef struct vctx {
    const pol_limits *lim;
    const char *const *custom;
    size_t ncustom;
    pol_error *errs;
    size_t max, n;
    char path[256];
    size_t plen;
    size_t nodes;      /* condition nodes in the current document */
    int nodes_reported;
} vctx;

__attribute__((format(printf, 2, 3)))
static int verr(vctx *c, const char *fmt, ...)
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

static void path_set(vctx *c, size_t len)
{
    c->plen = len;
    c->path[len] = '\0';
}

static size_t path_append(vctx *c, const char *text)
{
    size_t mark = c->plen;
    int w = snprintf(c->path + c->plen, sizeof c->path - c->plen, "%s", text);
    if (w > 0)
        c->plen += (size_t)w < sizeof c->path - c->plen ? (size_t)w : sizeof c->path - c->plen - 1;
    return mark;
}

static size_t path_key(vctx *c, const char *key)
{
    char buf[80];
    int plain = key[0] != '\0' && strlen(key) <= 64;
    for (const char *p = key; plain && *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              *p == '_'))
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

static size_t path_idx(vctx *c, size_t i)
{
    char buf[32];
    snprintf(buf, sizeof buf, "[%zu]", i);
    return path_append(c, buf);
}

/* Error at child `key` of the current path. */
__attribute__((format(printf, 3, 4)))
static int verr_key(vctx *c, const char *key, const char *fmt, ...)
{
    size_t m = path_key(c, key);
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    int stop = verr(c, "%s", msg);
    path_set(c, m);
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
static int check_keys(vctx *c, const json_t *obj, const char *const *allowed, size_t n,
                      const char *what)
{
    const char *key;
    json_t *val;
    json_object_foreach((json_t *)obj, key, val) {
        (void)val;
        if (!in_list(key, allowed, n)) {
            char s[64];
            pol_v_san(key, s, sizeof s);
            if (verr_key(c, key, "unknown key '%s' in %s", s, what))
                return 1;
        }
    }
    return 0;
}

static const char *type_name(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT: return "object";
    case JSON_ARRAY: return "array";
    case JSON_STRING: return "string";
    case JSON_INTEGER: case JSON_REAL: return "number";
    case JSON_TRUE: case JSON_FALSE: return "boolean";
    default: return "null";
    }
}

/* A string value of a leaf: reference check and length. */
static int v_string_value(vctx *c, const json_t *v, int allow_ref)
{
    const char *s = json_string_value(v);
    if (json_string_length(v) > c->lim->max_string)
        return verr(c, "string longer than %zu bytes", c->lim->max_string);
    if (strlen(s) != json_string_length(v))
        return verr(c, "string contains a NUL byte");
    int ref = pol_v_ref(s);
    if (ref < 0) {
        char t[64];
        pol_v_san(s, t, sizeof t);
        return verr(c, "unknown reference '%s' (known: $subject.id, $subject.kind, $request.client)", t);
    }
    if (ref > 0 && !allow_ref)
        return verr(c, "references are not allowed here");
    return 0;
}

/* Value for equals / not_equals / one `in` element, checked against the attribute type. */
static int v_scalar(vctx *c, const json_t *v, int atype, const char *opname)
{
    if (json_is_string(v)) {
        if (atype == PT_INT)
            return verr(c, "%s on a numeric attribute needs a number", opname);
        if (atype == PT_WEEKDAY) {
            if (strlen(json_string_value(v)) != json_string_length(v) ||
                pol_v_weekday(json_string_value(v)) < 0)
                return verr(c, "a weekday is 1..7 (Monday 1) or mon, tue, wed, thu, fri, sat, sun");
            return 0;
        }
        return v_string_value(c, v, 1);
    }
    if (json_is_number(v)) {
        if (atype == PT_STR || atype == PT_STRLIST)
            return verr(c, "%s on a string attribute needs a string", opname);
        if (atype == PT_WEEKDAY &&
            (!json_is_integer(v) || json_integer_value(v) < 1 || json_integer_value(v) > 7))
            return verr(c, "a weekday is 1..7 (Monday 1) or mon, tue, wed, thu, fri, sat, sun");
        return 0;
    }
    if (json_is_boolean(v)) {
        if (atype != PT_ANY)
            return verr(c, "%s on this attribute cannot take a boolean", opname);
        return 0;
    }
    return verr(c, "%s needs a string, number or boolean, not %s", opname, type_name(v));
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
            return verr(c, "in needs an array, not %s", type_name(v));
        size_t n = json_array_size(v);
        if (n == 0)
            return verr(c, "in needs a non-empty array");
        if (n > c->lim->max_list)
            return verr(c, "in takes at most %zu values", c->lim->max_list);
        for (size_t i = 0; i < n; i++) {
            size_t m = path_idx(c, i);
            int stop = v_scalar(c, json_array_get(v, i), atype, opname);
            path_set(c, m);
            if (stop)
                return 1;
        }
        return 0;
    }
    case PO_MATCHES:
        if (!json_is_string(v))
            return verr(c, "matches needs a glob string, not %s", type_name(v));
        if (atype == PT_INT || atype == PT_WEEKDAY)
            return verr(c, "matches needs a string attribute");
        if (strlen(json_string_value(v)) != json_string_length(v))
            return verr(c, "bad glob: contains a NUL byte");
        if (pol_v_glob_check(json_string_value(v), &why))
            return verr(c, "bad glob: %s", why);
        return 0;
    case PO_EXISTS:
        if (!json_is_boolean(v))
            return verr(c, "exists needs true or false, not %s", type_name(v));
        return 0;
    case PO_LT:
    case PO_GT:
        if (!json_is_number(v))
            return verr(c, "%s needs a number, not %s", opname, type_name(v));
        if (atype == PT_STR || atype == PT_STRLIST)
            return verr(c, "%s needs a numeric attribute", opname);
        return 0;
    default:
        return verr(c, "unknown operator");
    }
}

static int v_cond(vctx *c, const json_t *n, size_t depth);

static int v_leaf(vctx *c, const json_t *n)
{
    const json_t *attr = json_object_get(n, "attr");
    pol_attr_info info = {.type = PT_ANY};
    int attr_ok = 0;
    size_t m = path_key(c, "attr");
    if (!json_is_string(attr)) {
        if (verr(c, "attr must be a string, not %s", type_name(attr)))
            return 1;
    } else {
        const char *why = NULL;
        const char *s = json_string_value(attr);
        char t[64];
        pol_v_san(s, t, sizeof t);
        if (strlen(s) != json_string_length(attr)) {
            if (verr(c, "attr contains a NUL byte"))
                return 1;
        } else if (pol_v_attr_parse(s, &info, &why)) {
            if (verr(c, "%s '%s'", why, t))
                return 1;
        } else {
            attr_ok = 1;
        }
    }
    path_set(c, m);

    const char *key, *op_key = NULL;
    json_t *val;
    int saw_unknown = 0;
    json_object_foreach((json_t *)n, key, val) {
        if (strcmp(key, "attr") == 0)
            continue;
        int op = pol_v_op(key);
        char t[64];
        pol_v_san(key, t, sizeof t);
        if (op < 0) {
            saw_unknown = 1;
            if (verr_key(c, key, "unknown operator '%s'", t))
                return 1;
            continue;
        }
        if (op_key) {
            if (verr_key(c, key, "a leaf takes exactly one operator (already has '%s')", op_key))
                return 1;
            continue;
        }
        op_key = key;
        m = path_key(c, key);
        int stop = v_leaf_value(c, op, val, attr_ok ? info.type : PT_ANY);
        path_set(c, m);
        if (stop)
            return 1;
    }
    if (!op_key && !saw_unknown)
        return verr(c, "leaf needs one operator (equals, not_equals, in, matches, exists, lt, gt)");
    return 0;
}

static int v_cond(vctx *c, const json_t *n, size_t depth)
{
    if (depth > c->lim->max_depth)
        return verr(c, "condition nested deeper than %zu", c->lim->max_depth);
    if (++c->nodes > c->lim->max_nodes) {
        if (c->nodes_reported)
            return 0;
        c->nodes_reported = 1;
        return verr(c, "more than %zu condition nodes in the document", c->lim->max_nodes);
    }
    if (!json_is_object(n))
        return verr(c, "condition must be an object, not %s", type_name(n));
    if (json_object_size(n) == 0)
        return verr(c, "empty condition");

    static const char *const combs[] = {"all", "any", "not"};
    const char *comb = NULL;
    for (size_t i = 0; i < 3; i++)
        if (json_object_get(n, combs[i]) && !comb)
            comb = combs[i];

    if (comb) {
        const char *key;
        json_t *val;
        json_object_foreach((json_t *)n, key, val) {
            (void)val;
            if (strcmp(key, comb) != 0) {
                char t[64];
                pol_v_san(key, t, sizeof t);
                if (verr_key(c, key, "unexpected key '%s' beside '%s' (a combinator stands alone)",
                             t, comb))
                    return 1;
            }
        }
        const json_t *v = json_object_get(n, comb);
        size_t m = path_key(c, comb);
        int stop = 0;
        if (strcmp(comb, "not") == 0) {
            stop = v_cond(c, v, depth + 1);
        } else if (!json_is_array(v)) {
            stop = verr(c, "%s needs an array of conditions, not %s", comb, type_name(v));
        } else if (json_array_size(v) == 0) {
            stop = verr(c, "%s needs at least one condition", comb);
        } else if (json_array_size(v) > c->lim->max_list) {
            stop = verr(c, "%s takes at most %zu conditions", comb, c->lim->max_list);
        } else {
            for (size_t i = 0; i < json_array_size(v) && !stop; i++) {
                size_t mi = path_idx(c, i);
                stop = v_cond(c, json_array_get(v, i), depth + 1);
                path_set(c, mi);
            }
        }
        path_set(c, m);
        return stop;
    }
    if (json_object_get(n, "attr"))
        return v_leaf(c, n);

    const char *key;
    json_t *val;
    json_object_foreach((json_t *)n, key, val) {
        (void)val;
        char t[64];
        pol_v_san(key, t, sizeof t);
        if (pol_v_op(key) >= 0) {
            if (verr_key(c, key, "operator '%s' needs an attr beside it", t))
                return 1;
        } else if (verr_key(c, key, "unknown condition key '%s' (expected all, any, not or attr)", t)) {
            return 1;
        }
    }
    return 0;
}

/* An array of strings with a per-item check. kind: 0 actions, 1 redact, 2 role names. */
static int v_string_list(vctx *c, const json_t *doc, const char *key, int kind, int required)
{
    const json_t *v = json_object_get(doc, key);
    if (!v) {
        if (required)
            return verr(c, "missing required key '%s'", key);
        return 0;
    }
    size_t m = path_key(c, key);
    int stop = 0;
    if (!json_is_array(v)) {
        stop = verr(c, "%s must be an array of strings, not %s", key, type_name(v));
    } else if (json_array_size(v) > c->lim->max_list) {
        stop = verr(c, "%s has more than %zu entries", key, c->lim->max_list);
    } else if (kind == 0 && json_array_size(v) == 0) {
        stop = verr(c, "actions must not be empty");
    } else {
        for (size_t i = 0; i < json_array_size(v) && !stop; i++) {
            const json_t *it = json_array_get(v, i);
            size_t mi = path_idx(c, i);
            if (!json_is_string(it)) {
                stop = verr(c, "expected a string, not %s", type_name(it));
            } else {
                const char *s = json_string_value(it);
                char t[72];
                uint32_t bits;
                pol_v_san(s, t, sizeof t);
                if (strlen(s) != json_string_length(it))
                    stop = verr(c, "string contains a NUL byte");
                else if (kind == 0 && pol_v_action_bits(s, &bits))
                    stop = verr(c, "unknown action '%s'", t);
                else if (kind == 1 && pol_v_redact_index(s, c->custom, c->ncustom) < 0)
                    stop = verr(c, "unknown redact name '%s'", t);
                else if (kind == 2 && !pol_v_name_ok(s))
                    stop = verr(c, "role name must match [a-z0-9_.-]{1,64}: '%s'", t);
            }
            path_set(c, mi);
        }
    }
    path_set(c, m);
    return stop;
}

static int v_name_field(vctx *c, const json_t *obj, const char *key, const char *what)
{
    const json_t *v = json_object_get(obj, key);
    if (!v)
        return verr(c, "missing required key '%s'", key);
    if (!json_is_string(v))
        return verr_key(c, key, "%s must be a string, not %s", what, type_name(v));
    if (strlen(json_string_value(v)) != json_string_length(v) ||
        !pol_v_name_ok(json_string_value(v))) {
        char t[72];
        pol_v_san(json_string_value(v), t, sizeof t);
        return verr_key(c, key, "%s must match [a-z0-9_.-]{1,64}: '%s'", what, t);
    }
    return 0;
}

static int v_rule(vctx *c, const json_t *r)
{
    static const char *const keys[] = {"id", "effect", "actions", "when", "redact"};
    if (!json_is_object(r))
        return verr(c, "rule must be an object, not %s", type_name(r));
    if (check_keys(c, r, keys, 5, "rule"))
        return 1;
    if (v_name_field(c, r, "id", "rule id"))
        return 1;
    const json_t *eff = json_object_get(r, "effect");
    int deny = 0;
    if (!eff) {
        if (verr(c, "missing required key 'effect'"))
            return 1;
    } else if (!json_is_string(eff) ||
               (strcmp(json_string_value(eff), "allow") != 0 &&
                strcmp(json_string_value(eff), "deny") != 0)) {
        if (verr_key(c, "effect", "effect must be \"allow\" or \"deny\""))
            return 1;
    } else {
        deny = strcmp(json_string_value(eff), "deny") == 0;
    }
    if (v_string_list(c, r, "actions", 0, 1))
        return 1;
    const json_t *when = json_object_get(r, "when");
    if (when) {
        size_t m = path_key(c, "when");
        int stop = v_cond(c, when, 1);
        path_set(c, m);
        if (stop)
            return 1;
    }
    if (json_object_get(r, "redact") && deny) {
        if (verr_key(c, "redact", "redact applies only to allow rules"))
            return 1;
    } else if (v_string_list(c, r, "redact", 1, 0)) {
        return 1;
    }
    return 0;
}

/* ---- detection settings of a role (docs/DETECTION.md) ---- */

static int v_timezone(vctx *c, const json_t *doc)
{
    const json_t *v = json_object_get(doc, "timezone");
    const char *why = NULL;
    if (!v)
        return 0;
    if (!json_is_string(v) || strlen(json_string_value(v)) != json_string_length(v))
        return verr_key(c, "timezone", "timezone must be an IANA zone name such as Europe/Berlin");
    if (!pol_tz_get(json_string_value(v), &why)) {
        char t[72];
        pol_v_san(json_string_value(v), t, sizeof t);
        return verr_key(c, "timezone", "timezone '%s': %s", t, why);
    }
    return 0;
}

static int v_uint_field(vctx *c, const json_t *doc, const char *key, json_int_t lo, json_int_t hi)
{
    const json_t *v = json_object_get(doc, key);
    if (v && (!json_is_integer(v) || json_integer_value(v) < lo || json_integer_value(v) > hi))
        return verr_key(c, key, "%s must be a whole number in %lld..%lld", key, (long long)lo,
                        (long long)hi);
    return 0;
}

static int v_limits(vctx *c, const json_t *doc)
{
    const json_t *v = json_object_get(doc, "limits");
    if (!v)
        return 0;
    size_t m = path_key(c, "limits");
    int stop = 0;
    if (!json_is_object(v)) {
        stop = verr(c, "limits must be an object of action -> {\"rate\", \"burst\"}");
        goto out;
    }
    const char *key;
    json_t *val;
    json_object_foreach((json_t *)v, key, val) {
        char t[72];
        pol_v_san(key, t, sizeof t);
        size_t mk = path_key(c, key);
        if (pol_v_action_index(key) < 0) {
            stop = verr(c, "limits: '%s' is not an action (wildcards are not allowed here)", t);
        } else if (!json_is_object(val)) {
            stop = verr(c, "a limit is an object {\"rate\": per second, \"burst\": N}");
        } else {
            static const char *const lk[] = {"rate", "burst"};
            const json_t *rate = json_object_get(val, "rate"), *burst = json_object_get(val, "burst");
            stop = check_keys(c, val, lk, 2, "limit");
            if (!stop && (!json_is_number(rate) || json_number_value(rate) < 0 ||
                          json_number_value(rate) > 1e6))
                stop = verr(c, "rate must be a number of requests per second in 0..1000000 (0: unlimited)");
            else if (!stop && burst &&
                     (!json_is_integer(burst) || json_integer_value(burst) < 1 ||
                      json_integer_value(burst) > 1000000))
                stop = verr(c, "burst must be a whole number in 1..1000000");
            else if (!stop && burst && json_number_value(rate) == 0)
                stop = verr(c, "an unlimited rate (0) takes no burst");
        }
        path_set(c, mk);
        if (stop)
            break;
    }
out:
    path_set(c, m);
    return stop;
}

static int v_working_hours(vctx *c, const json_t *doc)
{
    const json_t *v = json_object_get(doc, "working_hours");
    if (!v)
        return 0;
    static const char *const wk[] = {"days", "start", "end"};
    size_t m = path_key(c, "working_hours");
    int stop = 0;
    if (!json_is_object(v)) {
        stop = verr(c, "working_hours must be {\"days\": [\"mon\", ...], \"start\": \"08:00\", \"end\": \"18:00\"}");
        goto out;
    }
    stop = check_keys(c, v, wk, 3, "working_hours");
    const json_t *days = json_object_get(v, "days");
    if (!stop && (!json_is_array(days) || json_array_size(days) == 0 || json_array_size(days) > 7))
        stop = verr_key(c, "days", "days must be a list of 1 to 7 weekdays (mon .. sun)");
    unsigned seen = 0;
    for (size_t i = 0; !stop && i < json_array_size(days); i++) {
        const json_t *d = json_array_get(days, i);
        int w = json_is_string(d) ? pol_v_weekday(json_string_value(d)) : -1;
        size_t md = path_key(c, "days");
        path_idx(c, i);
        if (w < 0)
            stop = verr(c, "a weekday is mon, tue, wed, thu, fri, sat or sun");
        else if (seen & (1u << w))
            stop = verr(c, "weekday listed twice");
        seen |= w > 0 ? 1u << w : 0;
        path_set(c, md);
    }
    int start = -1, end = -1;
    for (int k = 1; !stop && k < 3; k++) {
        const json_t *t = json_object_get(v, wk[k]);
        int mins = json_is_string(t) ? pol_v_hhmm(json_string_value(t)) : -1;
        if (mins < 0)
            stop = verr_key(c, wk[k], "%s must be a time \"HH:MM\" (00:00 .. 24:00)", wk[k]);
        if (k == 1)
            start = mins;
        else
            end = mins;
    }
    if (!stop && start == end)
        stop = verr(c, "working_hours start and end are equal: leave working_hours out for all day");
out:
    path_set(c, m);
    return stop;
}

static int v_doc(vctx *c, const json_t *doc)
{
    static const char *const keys[] = {"name", "description", "inherits", "rules", "version",
                                       "timezone", "limits", "working_hours",
                                       "bulk_distinct_users", "break_glass_min_reason"};
    size_t before = c->n;
    c->nodes = 0;
    c->nodes_reported = 0;
    if (!json_is_object(doc))
        return verr(c, "role document must be an object, not %s", type_name(doc));
    if (check_keys(c, doc, keys, sizeof keys / sizeof keys[0], "role document"))
        return 1;
    if (v_name_field(c, doc, "name", "role name"))
        return 1;
    const char *nm = json_string_value(json_object_get(doc, "name"));
    if (nm && strcmp(nm, POL_ADMIN_ROLE) == 0 &&
        verr_key(c, "name", "'admin' is the built-in role: no document can define or replace it"))
        return 1;
    const json_t *d = json_object_get(doc, "description");
    if (d && !json_is_string(d)) {
        if (verr_key(c, "description", "description must be a string, not %s", type_name(d)))
            return 1;
    } else if (d && json_string_length(d) > c->lim->max_string) {
        if (verr_key(c, "description", "description longer than %zu bytes", c->lim->max_string))
            return 1;
    }
    const json_t *ver = json_object_get(doc, "version");
    if (ver && (!json_is_integer(ver) || json_integer_value(ver) < 0)) {
        if (verr_key(c, "version", "version must be a non-negative integer"))
            return 1;
    }
    if (v_string_list(c, doc, "inherits", 2, 0))
        return 1;
    if (v_timezone(c, doc) || v_limits(c, doc) || v_working_hours(c, doc) ||
        v_uint_field(c, doc, "bulk_distinct_users", 1, 1000000) ||
        v_uint_field(c, doc, "break_glass_min_reason", 0, POL_PURPOSE_MAX - 12))
        return 1;

    const json_t *rules = json_object_get(doc, "rules");
    if (rules) {
        size_t m = path_key(c, "rules");
        int stop = 0;
        if (!json_is_array(rules)) {
            stop = verr(c, "rules must be an array, not %s", type_name(rules));
        } else if (json_array_size(rules) > c->lim->max_rules) {
            stop = verr(c, "more than %zu rules in one role", c->lim->max_rules);
        } else {
            for (size_t i = 0; i < json_array_size(rules) && !stop; i++) {
                const json_t *r = json_array_get(rules, i);
                size_t mi = path_idx(c, i);
                stop = v_rule(c, r);
                /* Duplicate id against earlier rules. */
                const char *id = json_string_value(json_object_get(r, "id"));
                for (size_t j = 0; id && j < i && !stop; j++) {
                    const char *other = json_string_value(
                        json_object_get(json_array_get(rules, j), "id"));
                    if (other && strcmp(id, other) == 0) {
                        char t[72];
                        pol_v_san(id, t, sizeof t);
                        stop = verr_key(c, "id", "duplicate rule id '%s' (also $.rules[%zu])", t, j);
                        break;
                    }
                }
                path_set(c, mi);
            }
        }
        path_set(c, m);
        if (stop)
            return 1;
    }
    /* Size only for structurally valid documents (bounded depth, known keys). */
    if (c->n == before) {
        size_t bytes = json_dumpb(doc, NULL, 0, JSON_COMPACT);
        if (bytes > c->lim->max_doc_bytes)
            return verr(c, "document is %zu bytes, more than %zu", bytes, c->lim->max_doc_bytes);
    }
    return 0;
}

static int ctx_init(vctx *c, const pol_limits *lim, const char *const *custom, size_t ncustom,
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

int pol_doc_validate_all(const json_t *doc, const pol_limits *lim,
                         const char *const *custom_redact, size_t ncustom,
                         pol_error *errs, size_t maxerrs, size_t *nerrs)
{
    vctx c;
    int rc = ctx_init(&c, lim, custom_redact, ncustom, errs, maxerrs);
    if (nerrs)
        *nerrs = 0;
    if (rc)
        return rc;
    if (!doc)
        return POL_EARG;
    v_doc(&c, doc);
    if (nerrs)
        *nerrs = c.n;
    return c.n ? POL_EDOC : 0;
}

int pol_doc_validate(const json_t *doc, const pol_limits *lim,
                     const char *const *custom_redact, size_t ncustom, pol_error *err)
{
    return pol_doc_validate_all(doc, lim, custom_redact, ncustom, err, 1, NULL);
}

/* ---- set level ---- */

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
                    int w = snprintf(cyc + cl, sizeof cyc - cl, "%s -> ", names[st_node[k]]);
                    if (w < 0 || (size_t)w >= sizeof cyc - cl) {
                        cl = sizeof cyc - 1;
                        break;
                    }
                    cl += (size_t)w;
                }
                if (cl + 1 < sizeof cyc)
                    snprintf(cyc + cl, sizeof cyc - cl, "%s", names[v]);
                size_t m = path_idx(c, u);
                size_t m2 = path_key(c, "inherits");
                path_idx(c, e);
                stop = verr(c, "inheritance cycle: %s", cyc);
                path_set(c, m2);
                path_set(c, m);
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
                         const char *const *custom_redact, size_t ncustom,
                         pol_error *errs, size_t maxerrs, size_t *nerrs)
{
    vctx c;
    int rc = ctx_init(&c, lim, custom_redact, ncustom, errs, maxerrs);
    const char **names = NULL;
    pol_sidx idx = {0};
    if (nerrs)
        *nerrs = 0;
    if (rc)
        return rc;
    if (!docs)
        return POL_EARG;
    if (!json_is_array(docs)) {
        verr(&c, "policy must be an array of role documents, not %s", type_name(docs));
        goto out;
    }
    size_t n = json_array_size(docs);
    if (n > c.lim->max_roles) {
        verr(&c, "more than %zu role documents", c.lim->max_roles);
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        size_t m = path_idx(&c, i);
        int stop = v_doc(&c, json_array_get(docs, i));
        path_set(&c, m);
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
            size_t m = path_idx(&c, i);
            int stop = verr_key(&c, "name", "duplicate role name '%s' (also $[%ld])", nm, prev);
            path_set(&c, m);
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
            size_t m = path_idx(&c, i);
            path_key(&c, "inherits");
            path_idx(&c, j);
            int stop = verr(&c, "inherits unknown role '%s'", pn);
            path_set(&c, m);
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

int pol_set_validate(const json_t *docs, const pol_limits *lim,
                     const char *const *custom_redact, size_t ncustom, pol_error *err)
{
    return pol_set_validate_all(docs, lim, custom_redact, ncustom, err, 1, NULL);
}
