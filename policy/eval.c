/* eval: decisions against a compiled snapshot. Roles come from hashed
 * bindings (cost independent of unrelated roles), are closed under inherits,
 * and each rule is checked by action bitmask before its condition tree. The
 * hot path reads only the immutable snapshot and the stack; the only
 * allocations are the JSON arrays handed back in the decision. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pol_int.h"

#define MAX_SUBJECT_ROLES 1024
#define ROLESET_SLOTS     2048 /* power of two, >= 2 * MAX_SUBJECT_ROLES */
#define LINEAR_DEDUPE     32

enum { AV_MISSING, AV_STR, AV_NUM, AV_BOOL, AV_ARRAY, AV_ROLES, AV_OTHER };

typedef struct aval {
	int t;
	const char *s;
	size_t len;
	double num;
	int b;
	const json_t *j; /* source value when it came from JSON */
} aval;

typedef struct ectx {
	const pol_snapshot *s;
	const pol_request *r;
	const uint32_t *roles;
	size_t nroles;
	const pol_node **over; /* first leaf whose attribute was over the bounds */
	const pol_tz *tz;      /* time zone of the role whose rules are evaluated */
} ectx;

/* ---- attribute values ---- */

static void from_json(const json_t *j, aval *a)
{
	memset(a, 0, sizeof *a);
	a->j = j;
	switch (j ? json_typeof(j) : JSON_NULL) {
	case JSON_STRING:
		a->t = AV_STR;
		a->s = json_string_value(j);
		a->len = json_string_length(j);
		break;
	case JSON_INTEGER:
		a->t = AV_NUM;
		a->num = (double)json_integer_value(j);
		break;
	case JSON_REAL:
		a->t = AV_NUM;
		a->num = json_real_value(j);
		break;
	case JSON_TRUE:
	case JSON_FALSE:
		a->t = AV_BOOL;
		a->b = json_is_true(j);
		break;
	case JSON_ARRAY:
		a->t = AV_ARRAY;
		break;
	case JSON_OBJECT:
		a->t = AV_OTHER;
		break;
	default:
		a->t = AV_MISSING; /* JSON null counts as missing */
		a->j = NULL;
		break;
	}
}

static void from_str(const char *s, aval *a)
{
	memset(a, 0, sizeof *a);
	if (s) {
		a->t = AV_STR;
		a->s = s;
		a->len = strlen(s);
	}
}

static const json_t *walk(const json_t *j, const pol_node *n)
{
	for (uint8_t i = 0; i < n->nseg && j; i++)
		j = json_is_object(j) ? json_object_get(j, n->seg[i]) : NULL;
	return j;
}

static void resolve(const ectx *e, const pol_node *n, aval *a)
{
	const pol_request *r = e->r;
	memset(a, 0, sizeof *a);
	switch (n->root) {
	case PA_SUBJECT_ID:
		from_str(r->subject_id, a);
		break;
	case PA_SUBJECT_KIND:
		from_str(r->subject_kind, a);
		break;
	case PA_REQUEST_CLIENT:
		from_str(r->client, a);
		break;
	case PA_REQUEST_PURPOSE:
		from_str(r->purpose, a);
		break;
	case PA_REQUEST_HOUR:
		if (r->hour_utc >= 0) {
			a->t = AV_NUM;
			a->num = r->hour_utc;
		}
		break;
	case PA_REQUEST_TIME_HOUR:
	case PA_REQUEST_TIME_WEEKDAY:
		if (r->time_s > 0) {
			pol_tm tm;
			pol_tz_local(e->tz, r->time_s, &tm);
			a->t = AV_NUM;
			a->num = n->root == PA_REQUEST_TIME_HOUR ? tm.hour : tm.weekday;
		}
		break;
	case PA_SUBJECT_ROLES:
		a->t = AV_ROLES;
		break;
	case PA_SUBJECT_CLAIMS:
		from_json(walk(r->claims, n), a);
		break;
	case PA_RESOURCE:
		from_json(walk(r->resource, n), a);
		break;
	default:
		break;
	}
	/* Client-sized values have a bound (POL_VALUE_MAX, POL_VALUE_ITEMS_MAX):
     * over it, the leaf is noted and the whole decision becomes a deny
     * (pol_eval), whatever the leaf's operator or the rule's effect. A
     * leaf that merely evaluated false could turn a `not` into an allow or
     * hide a deny. */
	int over = (a->t == AV_STR && a->len > POL_VALUE_MAX) ||
		   (a->t == AV_ARRAY && json_array_size(a->j) > POL_VALUE_ITEMS_MAX);
	for (size_t i = 0; !over && a->t == AV_ARRAY && i < json_array_size(a->j); i++) {
		const json_t *x = json_array_get(a->j, i);
		over = json_is_string(x) && json_string_length(x) > POL_VALUE_MAX;
	}
	if (over) {
		if (e->over && !*e->over)
			*e->over = n;
		memset(a, 0, sizeof *a);
	}
}

/* A compiled value with its reference resolved; 0, or -1 when the reference
 * has no value in this request (every comparison with it is false). */
static int cval_resolve(const ectx *e, const pol_cval *v, pol_cval *out)
{
	*out = *v;
	if (v->ref == PR_NONE)
		return 0;
	const char *s = NULL;
	switch (v->ref) {
	case PR_SUBJECT_ID:
		s = e->r->subject_id;
		break;
	case PR_SUBJECT_KIND:
		s = e->r->subject_kind;
		break;
	case PR_REQUEST_CLIENT:
		s = e->r->client;
		break;
	default:
		break;
	}
	if (!s)
		return -1;
	out->s = s;
	out->len = strlen(s);
	return 0;
}

static int scalar_eq(const aval *a, const pol_cval *v)
{
	switch (v->type) {
	case PV_STR:
		return a->t == AV_STR && a->len == v->len && memcmp(a->s, v->s, v->len) == 0;
	case PV_NUM:
		return a->t == AV_NUM && a->num == v->num;
	case PV_BOOL:
		return a->t == AV_BOOL && a->b == v->b;
	default:
		return 0;
	}
}

/* equals semantics: scalar equality, or "contains" for an array attribute. */
static int eq_any(const ectx *e, const aval *a, const pol_cval *v)
{
	switch (a->t) {
	case AV_STR:
	case AV_NUM:
	case AV_BOOL:
		return scalar_eq(a, v);
	case AV_ARRAY:
		for (size_t i = 0; i < json_array_size(a->j); i++) {
			aval x;
			from_json(json_array_get(a->j, i), &x);
			if (scalar_eq(&x, v))
				return 1;
		}
		return 0;
	case AV_ROLES:
		for (size_t i = 0; i < e->nroles; i++) {
			aval x;
			from_str(e->s->roles[e->roles[i]].name, &x);
			if (scalar_eq(&x, v))
				return 1;
		}
		return 0;
	default:
		return 0;
	}
}

static int glob_any(const ectx *e, const aval *a, const char *pat)
{
	switch (a->t) {
	case AV_STR:
		return pol_v_glob_match(pat, a->s, a->len);
	case AV_ARRAY:
		for (size_t i = 0; i < json_array_size(a->j); i++) {
			const json_t *x = json_array_get(a->j, i);
			if (json_is_string(x) &&
			    pol_v_glob_match(pat, json_string_value(x), json_string_length(x)))
				return 1;
		}
		return 0;
	case AV_ROLES:
		for (size_t i = 0; i < e->nroles; i++) {
			const char *nm = e->s->roles[e->roles[i]].name;
			if (pol_v_glob_match(pat, nm, strlen(nm)))
				return 1;
		}
		return 0;
	default:
		return 0;
	}
}

static int leaf(const ectx *e, const pol_node *n)
{
	aval a;
	pol_cval v;
	resolve(e, n, &a);
	if (n->op == PO_EXISTS)
		return (a.t != AV_MISSING) == (n->val.b != 0);
	if (a.t == AV_MISSING)
		return 0; /* fail closed: every other operator is false on a missing attribute */
	switch (n->op) {
	case PO_EQUALS:
		return cval_resolve(e, &n->val, &v) == 0 && eq_any(e, &a, &v);
	case PO_NOT_EQUALS:
		return cval_resolve(e, &n->val, &v) == 0 && !eq_any(e, &a, &v);
	case PO_IN:
		for (uint32_t i = 0; i < n->n; i++)
			if (cval_resolve(e, &n->vals[i], &v) == 0 && eq_any(e, &a, &v))
				return 1;
		return 0;
	case PO_MATCHES:
		return glob_any(e, &a, n->val.s);
	case PO_LT:
		return a.t == AV_NUM && a.num < n->val.num;
	case PO_GT:
		return a.t == AV_NUM && a.num > n->val.num;
	default:
		return 0;
	}
}

/* Evaluates a condition tree; when false, *blame is the leaf (or `not`) that failed. */
static int ev(const ectx *e, const pol_node *n, const pol_node **blame)
{
	const pol_node *b = NULL, *first = NULL;
	switch (n->kind) {
	case PK_ALL:
		for (uint32_t i = 0; i < n->n; i++)
			if (!ev(e, n->kids[i], blame))
				return 0;
		return 1;
	case PK_ANY:
		for (uint32_t i = 0; i < n->n; i++) {
			if (ev(e, n->kids[i], &b))
				return 1;
			if (!first)
				first = b;
		}
		*blame = first;
		return 0;
	case PK_NOT:
		if (ev(e, n->kids[0], &b)) {
			*blame = n;
			return 0;
		}
		return 1;
	default:
		if (leaf(e, n))
			return 1;
		*blame = n;
		return 0;
	}
}

/* Three-valued evaluation for pol_eval_possible: a condition on resource.*
 * is unknown (no resource is at hand), the rest is evaluated as ev() does. */
enum { T3_FALSE = 0, T3_TRUE = 1, T3_UNKNOWN = 2 };

static int ev3(const ectx *e, const pol_node *n)
{
	int r, unknown = 0;
	switch (n->kind) {
	case PK_ALL:
	case PK_ANY: {
		/* all: false at the first false child; any: true at the first true */
		int stop = n->kind == PK_ALL ? T3_FALSE : T3_TRUE;
		for (uint32_t i = 0; i < n->n; i++) {
			r = ev3(e, n->kids[i]);
			if (r == stop)
				return stop;
			unknown |= r == T3_UNKNOWN;
		}
		return unknown ? T3_UNKNOWN : stop == T3_FALSE ? T3_TRUE : T3_FALSE;
	}
	case PK_NOT:
		r = ev3(e, n->kids[0]);
		return r == T3_UNKNOWN ? T3_UNKNOWN : r == T3_TRUE ? T3_FALSE : T3_TRUE;
	default:
		if (n->root == PA_RESOURCE)
			return T3_UNKNOWN;
		return leaf(e, n) ? T3_TRUE : T3_FALSE;
	}
}

/* ---- roles of the subject ---- */

typedef struct roleset {
	uint32_t *list;
	size_t n, max;
	int hashed;
	uint32_t slot[ROLESET_SLOTS]; /* idx + 1; valid only once hashed */
} roleset;

static void rs_hash_insert(roleset *rs, uint32_t idx)
{
	size_t i = (idx * 2654435761u) & (ROLESET_SLOTS - 1);
	while (rs->slot[i] != 0)
		i = (i + 1) & (ROLESET_SLOTS - 1);
	rs->slot[i] = idx + 1;
}

/* Adds a role once. 0, or POL_ELIMIT when the subject has too many roles. */
static int rs_add(roleset *rs, uint32_t idx)
{
	if (!rs->hashed) {
		for (size_t i = 0; i < rs->n; i++)
			if (rs->list[i] == idx)
				return 0;
	} else {
		for (size_t i = (idx * 2654435761u) & (ROLESET_SLOTS - 1); rs->slot[i];
		     i = (i + 1) & (ROLESET_SLOTS - 1))
			if (rs->slot[i] == idx + 1)
				return 0;
	}
	if (rs->n >= rs->max)
		return POL_ELIMIT;
	rs->list[rs->n++] = idx;
	if (rs->hashed) {
		rs_hash_insert(rs, idx);
	} else if (rs->n > LINEAR_DEDUPE) {
		memset(rs->slot, 0, sizeof rs->slot);
		for (size_t i = 0; i < rs->n; i++)
			rs_hash_insert(rs, rs->list[i]);
		rs->hashed = 1;
	}
	return 0;
}

static int u32_cmp(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

static int collect_roles(const pol_snapshot *s, const pol_request *r, roleset *rs)
{
	int rc = 0;
	for (size_t p = 0; p < r->nprincipals && !rc; p++) {
		const char *pr = r->principals[p];
		if (!pr)
			continue;
		long b = pol_sidx_find(&s->bind_idx, s->bind_keys, pr, strlen(pr));
		if (b < 0)
			continue;
		const pol_bind *bd = &s->binds[b];
		for (uint32_t i = 0; i < bd->nroles && !rc; i++)
			rc = rs_add(rs, bd->roles[i]);
	}
	for (size_t x = 0; x < r->nextra && !rc; x++) {
		const char *nm = r->extra_roles[x];
		long i = nm ? pol_sidx_find(&s->role_idx, s->role_names, nm, strlen(nm)) : -1;
		if (i >= 0)
			rc = rs_add(rs, (uint32_t)i);
	}
	/* Close under inherits: the list grows while we walk it. */
	for (size_t i = 0; i < rs->n && !rc; i++) {
		const pol_role *role = &s->roles[rs->list[i]];
		for (uint32_t k = 0; k < role->nparents && !rc; k++)
			rc = rs_add(rs, role->parents[k]);
	}
	/* Index order is name order: roles and rules are reported deterministically. */
	qsort(rs->list, rs->n, sizeof *rs->list, u32_cmp);
	return rc;
}

/* ---- explain ---- */

typedef struct jb {
	int oom;
} jb;

static json_t *jchk(jb *j, json_t *v)
{
	if (!v)
		j->oom = 1;
	return v;
}

static void jset(jb *j, json_t *obj, const char *key, json_t *v)
{
	if (!obj || json_object_set_new(obj, key, v))
		j->oom = 1;
}

static void jpush(jb *j, json_t *arr, json_t *v)
{
	if (!arr || json_array_append_new(arr, v))
		j->oom = 1;
}

static json_t *cval_json(const pol_cval *v)
{
	switch (v->type) {
	case PV_STR:
		return json_stringn(v->s, v->len);
	case PV_NUM:
		return json_real(v->num);
	default:
		return json_boolean(v->b);
	}
}

static json_t *aval_json(const ectx *e, const aval *a)
{
	switch (a->t) {
	case AV_STR:
		return json_stringn(a->s, a->len);
	case AV_NUM:
		return a->j ? json_deep_copy(a->j) : json_integer((json_int_t)a->num);
	case AV_BOOL:
		return json_boolean(a->b);
	case AV_ARRAY:
	case AV_OTHER:
		return json_deep_copy(a->j);
	case AV_ROLES: {
		json_t *arr = json_array();
		for (size_t i = 0; arr && i < e->nroles; i++)
			json_array_append_new(arr, json_string(e->s->roles[e->roles[i]].name));
		return arr;
	}
	default:
		return json_null();
	}
}

static json_t *redact_json(jb *j, const pol_snapshot *s, uint64_t mask)
{
	json_t *arr = jchk(j, json_array());
	for (unsigned i = 0; arr && i < s->nredact; i++)
		if (mask & ((uint64_t)1 << i))
			jpush(j, arr, json_string(s->redact_names[i]));
	return arr;
}

static json_t *explain_failed(jb *j, const ectx *e, const pol_rule *rule, const pol_node *n)
{
	json_t *o = jchk(j, json_object());
	jset(j, o, "rule", json_string(rule->full));
	jset(j, o, "effect", json_string(rule->deny ? "deny" : "allow"));
	if (!n)
		return o;
	jset(j, o, "path", json_string(n->path));
	if (n->kind == PK_NOT) {
		jset(j, o, "op", json_string("not"));
		jset(j, o, "note", json_string("the negated condition held"));
		return o;
	}
	jset(j, o, "attr", json_string(n->attr));
	jset(j, o, "op", json_string(pol_v_op_name(n->op)));
	if (n->op == PO_IN) {
		json_t *arr = jchk(j, json_array());
		for (uint32_t i = 0; arr && i < n->n; i++)
			jpush(j, arr,
			      n->vals[i].ref ? json_string(pol_v_ref_name(n->vals[i].ref))
					     : cval_json(&n->vals[i]));
		jset(j, o, "expected", arr);
	} else {
		jset(j, o, "expected",
		     n->val.ref ? json_string(pol_v_ref_name(n->val.ref)) : cval_json(&n->val));
		pol_cval rv;
		if (n->val.ref)
			jset(j, o, "expected_resolved",
			     cval_resolve(e, &n->val, &rv) == 0 ? json_stringn(rv.s, rv.len)
								: json_null());
	}
	aval a;
	resolve(e, n, &a);
	jset(j, o, "actual", aval_json(e, &a));
	jset(j, o, "missing", json_boolean(a.t == AV_MISSING));
	return o;
}

/* ---- decisions ---- */

/* dst = a + b, truncated to cap - 1 bytes. snprintf costs a third of a
 * decision on this path (measured with callgrind), so plain copies. */
static void cat2(char *dst, size_t cap, const char *a, const char *b)
{
	size_t o = 0;
	for (const char *p = a; *p && o + 1 < cap; p++)
		dst[o++] = *p;
	for (const char *p = b; p && *p && o + 1 < cap; p++)
		dst[o++] = *p;
	dst[o] = '\0';
}

void pol_decision_clear(pol_decision *d)
{
	if (!d)
		return;
	json_decref(d->redact);
	json_decref(d->reveal);
	json_decref(d->roles);
	json_decref(d->explain);
	memset(d, 0, sizeof *d);
}

/* What one decision works with. */
typedef struct run {
	uint32_t list[MAX_SUBJECT_ROLES]; /* the subject's roles (rs) */
	roleset rs;
	jb j;
	uint32_t bg_min; /* the roles' longest break_glass_min_reason */
} run;

/* The rules of the subject's roles that name an action, in role and rule
 * order: for (const pol_rule *r; (r = next_rule(&it));). */
typedef struct rule_it {
	const pol_snapshot *s;
	const run *u;
	uint32_t bit;
	size_t ri;
	uint32_t k;
} rule_it;

static inline const pol_rule *next_rule(rule_it *it)
{
	for (; it->ri < it->u->rs.n; it->ri++, it->k = 0) {
		const pol_role *role = &it->s->roles[it->u->list[it->ri]];
		while (it->k < role->nrules) {
			const pol_rule *rule = &role->rules[it->k++];
			if (rule->actions & it->bit)
				return rule;
		}
	}
	return NULL;
}

/* The start of every decision: *out reset to a deny with reason "no
 * decision" at the snapshot's version, the subject's roles collected into
 * u->rs and named in out->roles. 0, or POL_EARG / the error of collect_roles
 * with out->reason saying why. */
static int start(const pol_snapshot *s, const pol_request *req, pol_decision *out, run *u)
{
	uint32_t *list = u->list;
	roleset *rs = &u->rs;
	jb *j = &u->j;
	j->oom = 0;
	if (!out)
		return POL_EARG;
	memset(out, 0, sizeof *out);
	cat2(out->reason, sizeof out->reason, "no decision", NULL);
	if (!s || !req)
		return POL_EARG;
	out->policy_version = s->version;
	rs->list = list;
	rs->n = 0;
	rs->max = s->max_subject_roles;
	rs->hashed = 0;
	int rc = collect_roles(s, req, rs);
	out->redact = jchk(j, json_array());
	out->reveal = jchk(j, json_array());
	out->roles = jchk(j, json_array());
	if (rc) {
		snprintf(out->reason, sizeof out->reason, "subject has more than %zu roles",
			 rs->max);
		return rc;
	}
	for (size_t i = 0; i < rs->n; i++)
		jpush(j, out->roles, json_string(s->roles[list[i]].name));
	u->bg_min = pol_e_profile(s, list, rs->n, req, out);
	return 0;
}

/* The bit of req's action in rule->actions, or 0 with out->reason saying
 * the action is unknown (a deny). */
static uint32_t action_bit(const pol_request *req, pol_decision *out)
{
	int ai = pol_v_action_index(req->action);
	if (ai >= 0)
		return 1u << ai;
	char t[64];
	pol_v_san(req->action ? req->action : "(none)", t, sizeof t);
	snprintf(out->reason, sizeof out->reason, "unknown action '%s'", t);
	return 0;
}

/* The end of every decision: out of memory anywhere is POL_ENOMEM with
 * nothing half-made left in *out. */
static int finish(const jb *j, pol_decision *out, int rc)
{
	if (!j->oom)
		return rc;
	pol_decision_clear(out);
	snprintf(out->reason, sizeof out->reason, "out of memory");
	return POL_ENOMEM;
}

int pol_eval(const pol_snapshot *s, const pol_request *req, pol_decision *out)
{
	run u;
	int rc = start(s, req, out, &u);
	if (rc)
		return finish(&u.j, out, rc);

	json_t *matched = NULL, *failed = NULL;
	if (req->explain) {
		out->explain = jchk(&u.j, json_object());
		matched = jchk(&u.j, json_array());
		failed = jchk(&u.j, json_array());
		jset(&u.j, out->explain, "action",
		     req->action ? json_string(req->action) : json_null());
		jset(&u.j, out->explain, "roles", json_deep_copy(out->roles));
		jset(&u.j, out->explain, "matched", matched);
		jset(&u.j, out->explain, "failed", failed);
	}

	uint32_t bit = action_bit(req, out);
	if (!bit)
		goto out;
	int pinned = 0;
	for (size_t x = 0; x < req->nextra; x++)
		pinned |= req->extra_roles[x] && strcmp(req->extra_roles[x], POL_ADMIN_ROLE) == 0;
	const pol_node *over = NULL;
	ectx e = {.s = s, .r = req, .roles = u.list, .nroles = u.rs.n, .over = &over};
	const pol_rule *deny = NULL, *allow = NULL;
	int allow_pop = -1;
	rule_it it = {.s = s, .u = &u, .bit = bit};
	for (const pol_rule *rule; (rule = next_rule(&it));) {
		e.tz = s->roles[u.list[it.ri]].tz; /* the zone of the rule's role */
		const pol_node *blame = NULL;
		int m = !rule->when || ev(&e, rule->when, &blame);
		if (!m) {
			if (failed)
				jpush(&u.j, failed, explain_failed(&u.j, &e, rule, blame));
			continue;
		}
		if (matched) {
			json_t *o = jchk(&u.j, json_object());
			jset(&u.j, o, "rule", json_string(rule->full));
			jset(&u.j, o, "effect", json_string(rule->deny ? "deny" : "allow"));
			if (!rule->deny) {
				jset(&u.j, o, "reveal", redact_json(&u.j, s, rule->reveal));
				jset(&u.j, o, "redact",
				     redact_json(&u.j, s, s->all_types & ~rule->reveal));
			}
			jpush(&u.j, matched, o);
		}
		if (rule->deny) {
			if (!deny)
				deny = rule;
			if (!req->explain)
				goto decide;
			continue;
		}
		/* the least view any one rule grants: the rule that reveals
         * most decides alone (its types, not a union of several
         * rules' that no single rule grants) */
		int pop = __builtin_popcountll(rule->reveal & s->all_types);
		if (pop > allow_pop) {
			allow_pop = pop;
			allow = rule;
		}
	}
decide:
	if (pinned && (s->admin_actions & bit)) {
		/* A subject granted admin by configuration ([bootstrap] admins)
         * keeps the built-in admin rule whatever other roles deny: no
         * policy writer can lock the operators out (docs/POLICY.md). The
         * rule reads no attribute, so an over-long one cannot matter. */
		out->allow = 1;
		cat2(out->rule, sizeof out->rule, "admin/builtin", NULL);
		cat2(out->reason, sizeof out->reason, "allowed by admin/builtin",
		     " (bootstrap admin)");
		/* the built-in rule reveals nothing: every type is hidden */
		for (unsigned i = 0; out->redact && i < s->nredact; i++)
			jpush(&u.j, out->redact, json_string(s->redact_names[i]));
	} else if (over) {
		/* Fail closed: the decision cannot be trusted when an attribute it
         * read was too large to compare (see resolve). */
		snprintf(out->reason, sizeof out->reason,
			 "attribute %.64s is over %d bytes or %d items: denied", over->attr,
			 POL_VALUE_MAX, POL_VALUE_ITEMS_MAX);
	} else if (deny) {
		cat2(out->rule, sizeof out->rule, deny->full, NULL);
		cat2(out->reason, sizeof out->reason, "denied by ", deny->full);
	} else if (allow) {
		out->allow = 1;
		cat2(out->rule, sizeof out->rule, allow->full, NULL);
		cat2(out->reason, sizeof out->reason, "allowed by ", allow->full);
		for (unsigned i = 0; out->redact && out->reveal && i < s->nredact; i++)
			jpush(&u.j, (allow->reveal >> i) & 1 ? out->reveal : out->redact,
			      json_string(s->redact_names[i]));
	} else {
		cat2(out->reason, sizeof out->reason, "no rule allows ", req->action);
	}
	if (!pinned || !(s->admin_actions & bit))
		pol_e_break_glass(req, u.bg_min, out);
out:
	if (out->explain) {
		jset(&u.j, out->explain, "decision", json_string(out->allow ? "allow" : "deny"));
		jset(&u.j, out->explain, "rule",
		     out->rule[0] ? json_string(out->rule) : json_null());
		jset(&u.j, out->explain, "reason", json_string(out->reason));
	}
	return finish(&u.j, out, rc);
}

int pol_eval_possible(const pol_snapshot *s, const pol_request *req, pol_decision *out)
{
	run u;
	int rc = start(s, req, out, &u);
	if (rc)
		return finish(&u.j, out, rc);
	uint32_t bit = action_bit(req, out);
	if (!bit)
		goto out;
	pol_request q = *req;
	q.resource = NULL; /* never consulted: ev3 treats resource.* as unknown */
	ectx e = {.s = s, .r = &q, .roles = u.list, .nroles = u.rs.n};
	const pol_rule *allow = NULL;
	rule_it it = {.s = s, .u = &u, .bit = bit};
	for (const pol_rule *rule; (rule = next_rule(&it));) {
		e.tz = s->roles[u.list[it.ri]].tz; /* the zone of the rule's role */
		int m = rule->when ? ev3(&e, rule->when) : T3_TRUE;
		if (rule->deny && m == T3_TRUE) {
			/* Denied whatever the resource. */
			cat2(out->rule, sizeof out->rule, rule->full, NULL);
			cat2(out->reason, sizeof out->reason, "denied by ", rule->full);
			goto out;
		}
		if (!rule->deny && m != T3_FALSE && !allow)
			allow = rule;
	}
	if (allow) {
		out->allow = 1;
		cat2(out->reason, sizeof out->reason, "may be allowed by ", allow->full);
		pol_e_break_glass(req, u.bg_min, out);
	} else {
		cat2(out->reason, sizeof out->reason, "no rule can allow ", req->action);
	}
out:
	return finish(&u.j, out, rc);
}
