/* compile: turns a validated document set plus bindings into an immutable
 * pol_snapshot. Everything the evaluator reads lives in one arena: roles
 * sorted by name, rules with action bitmasks and redact bitmasks, condition
 * trees with pre-split attribute paths, and hash indexes for role names and
 * binding principals so that a decision never parses JSON. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pol_int.h"

struct pol_arena_chunk {
	pol_arena_chunk *next;
	size_t used, cap;
};

#define ARENA_HDR      ((sizeof(pol_arena_chunk) + 15) & ~(size_t)15)
#define ARENA_CHUNK    (64 * 1024)
#define BIND_ROLES_MAX 1024 /* hard cap on roles per principal, whatever max_list says */

static void *aalloc(pol_snapshot *s, size_t n)
{
	n = (n + 15) & ~(size_t)15;
	pol_arena_chunk *ch = s->arena;
	if (!ch || ch->cap - ch->used < n) {
		size_t cap = n > ARENA_CHUNK ? n : ARENA_CHUNK;
		ch = malloc(ARENA_HDR + cap);
		if (!ch)
			return NULL;
		ch->cap = cap;
		ch->used = 0;
		ch->next = s->arena;
		s->arena = ch;
	}
	void *p = (char *)ch + ARENA_HDR + ch->used;
	ch->used += n;
	memset(p, 0, n);
	return p;
}

static char *astrndup(pol_snapshot *s, const char *str, size_t len)
{
	char *p = aalloc(s, len + 1);
	if (p) {
		memcpy(p, str, len);
		p[len] = '\0';
	}
	return p;
}

static char *astrdup(pol_snapshot *s, const char *str)
{
	return astrndup(s, str, strlen(str));
}

void pol_snapshot_free(pol_snapshot *snap)
{
	if (!snap)
		return;
	pol_sidx_free(&snap->role_idx);
	pol_sidx_free(&snap->bind_idx);
	pol_arena_chunk *ch = snap->arena;
	while (ch) {
		pol_arena_chunk *next = ch->next;
		free(ch);
		ch = next;
	}
	free(snap);
}

uint64_t pol_snapshot_version(const pol_snapshot *snap)
{
	return snap ? snap->version : 0;
}

size_t pol_snapshot_role_count(const pol_snapshot *snap)
{
	return snap ? snap->nroles : 0;
}

/* ---- conditions ---- */

typedef struct cctx {
	pol_snapshot *s;
	const char *const *custom;
	size_t ncustom;
	char path[256];
	size_t plen;
} cctx;

static size_t cpath(cctx *c, const char *fmt_key, size_t idx, int is_idx)
{
	size_t mark = c->plen;
	int w = is_idx ? snprintf(c->path + c->plen, sizeof c->path - c->plen, "[%zu]", idx)
		       : snprintf(c->path + c->plen, sizeof c->path - c->plen, ".%s", fmt_key);
	if (w > 0)
		c->plen += (size_t)w < sizeof c->path - c->plen ? (size_t)w
								: sizeof c->path - c->plen - 1;
	return mark;
}

static void cpath_set(cctx *c, size_t mark)
{
	c->plen = mark;
	c->path[mark] = '\0';
}

static int c_val(cctx *c, const json_t *v, int allow_ref, int weekday, pol_cval *out)
{
	memset(out, 0, sizeof *out);
	if (weekday && json_is_string(v)) {
		/* Day names compile to their ISO number, as request.time.weekday is. */
		out->type = PV_NUM;
		out->num = pol_v_weekday(json_string_value(v));
		return out->num > 0 ? 0 : POL_EDOC;
	}
	if (json_is_string(v)) {
		out->type = PV_STR;
		out->len = json_string_length(v);
		out->s = astrndup(c->s, json_string_value(v), out->len);
		if (!out->s)
			return POL_ENOMEM;
		if (allow_ref) {
			int ref = pol_v_ref(out->s);
			out->ref = (uint8_t)(ref > 0 ? ref : PR_NONE);
		}
	} else if (json_is_integer(v)) {
		out->type = PV_NUM;
		out->num = (double)json_integer_value(v);
	} else if (json_is_real(v)) {
		out->type = PV_NUM;
		out->num = json_real_value(v);
	} else if (json_is_boolean(v)) {
		out->type = PV_BOOL;
		out->b = json_is_true(v) ? 1 : 0;
	} else {
		return POL_EDOC; /* excluded by validation */
	}
	return 0;
}

static int c_leaf(cctx *c, const json_t *j, pol_node *n)
{
	const char *attr = json_string_value(json_object_get(j, "attr"));
	pol_attr_info info;
	const char *why = NULL;
	if (!attr || pol_v_attr_parse(attr, &info, &why))
		return POL_EDOC;
	n->kind = PK_LEAF;
	n->root = (uint8_t)info.root;
	n->attr = astrdup(c->s, attr);
	if (!n->attr)
		return POL_ENOMEM;
	if (info.nseg) {
		char *segs = astrdup(c->s, attr + info.prefix_len);
		const char **sv = aalloc(c->s, info.nseg * sizeof *sv);
		if (!segs || !sv)
			return POL_ENOMEM;
		size_t k = 0;
		sv[k++] = segs;
		for (char *p = segs; *p; p++) {
			if (*p == '.') {
				*p = '\0';
				sv[k++] = p + 1;
			}
		}
		n->nseg = (uint8_t)k;
		n->seg = sv;
	}
	const char *key;
	json_t *val;
	int op = -1;
	const json_t *opval = NULL;
	json_object_foreach ((json_t *)j, key, val) {
		if (strcmp(key, "attr") != 0) {
			op = pol_v_op(key);
			opval = val;
			break;
		}
	}
	if (op < 0)
		return POL_EDOC;
	n->op = (uint8_t)op;
	if (op == PO_IN) {
		n->n = (uint32_t)json_array_size(opval);
		n->vals = aalloc(c->s, n->n * sizeof *n->vals);
		if (!n->vals)
			return POL_ENOMEM;
		for (uint32_t i = 0; i < n->n; i++) {
			int rc = c_val(c, json_array_get(opval, i), 1, info.type == PT_WEEKDAY,
				       &n->vals[i]);
			if (rc)
				return rc;
		}
		return 0;
	}
	return c_val(c, opval, op == PO_EQUALS || op == PO_NOT_EQUALS,
		     info.type == PT_WEEKDAY && op != PO_EXISTS, &n->val);
}

static int c_node(cctx *c, const json_t *j, pol_node **out)
{
	pol_node *n = aalloc(c->s, sizeof *n);
	*out = n;
	if (!n)
		return POL_ENOMEM;
	n->path = astrdup(c->s, c->path);
	if (!n->path)
		return POL_ENOMEM;
	static const char *const combs[] = {"all", "any", "not"};
	static const uint8_t kinds[] = {PK_ALL, PK_ANY, PK_NOT};
	for (size_t k = 0; k < 3; k++) {
		const json_t *v = json_object_get(j, combs[k]);
		if (!v)
			continue;
		n->kind = kinds[k];
		size_t m = cpath(c, combs[k], 0, 0);
		int rc = 0;
		if (n->kind == PK_NOT) {
			n->n = 1;
			n->kids = aalloc(c->s, sizeof *n->kids);
			rc = n->kids ? c_node(c, v, &n->kids[0]) : POL_ENOMEM;
		} else {
			n->n = (uint32_t)json_array_size(v);
			n->kids = aalloc(c->s, n->n * sizeof *n->kids);
			if (!n->kids)
				rc = POL_ENOMEM;
			for (uint32_t i = 0; i < n->n && !rc; i++) {
				size_t mi = cpath(c, NULL, i, 1);
				rc = c_node(c, json_array_get(v, i), &n->kids[i]);
				cpath_set(c, mi);
			}
		}
		cpath_set(c, m);
		return rc;
	}
	return c_leaf(c, j, n);
}

/* ---- roles ---- */

/* What a rule shows: the types `reveal` names (gov_id takes its subtype
 * ssn along); for a legacy `redact` list, the legacy types it does not name;
 * else nothing. Whatever is not revealed is hidden, so a type added later
 * stays hidden under every existing rule. Shared with notice.c, so that the
 * privacy notice says what decisions do. */
int pol_rule_reveal(const json_t *r, const char *const *custom, size_t ncustom, uint64_t all,
		    uint64_t *out)
{
	const json_t *rev = json_object_get(r, "reveal");
	const json_t *red = json_object_get(r, "redact");
	uint64_t named = 0;
	const json_t *list = rev ? rev : red;
	for (size_t i = 0; i < json_array_size(list); i++) {
		int b = pol_v_redact_index(json_string_value(json_array_get(list, i)), custom,
					   ncustom);
		if (b < 0)
			return -1;
		named |= (uint64_t)1 << b;
	}
	if (rev) {
		if (named & ((uint64_t)1 << POL_BIT_GOV_ID))
			named |= (uint64_t)1 << POL_BIT_SSN;
		*out = named;
	} else if (red) {
		uint64_t legacy = POL_LEGACY_BUILTIN_MASK & all;
		legacy |= all & ~(((uint64_t)1 << POL_NREDACT_BUILTIN) - 1);
		*out = legacy & ~named;
	} else {
		*out = 0;
	}
	return 0;
}

static int c_rule(cctx *c, const char *role, const json_t *r, pol_rule *out)
{
	const char *id = json_string_value(json_object_get(r, "id"));
	size_t flen = strlen(role) + 1 + strlen(id) + 1;
	char *full = aalloc(c->s, flen);
	out->id = astrdup(c->s, id);
	if (!full || !out->id)
		return POL_ENOMEM;
	snprintf(full, flen, "%s/%s", role, id);
	out->full = full;
	out->deny = strcmp(json_string_value(json_object_get(r, "effect")), "deny") == 0;
	const json_t *acts = json_object_get(r, "actions");
	for (size_t i = 0; i < json_array_size(acts); i++) {
		uint32_t bits = 0;
		if (pol_v_action_bits(json_string_value(json_array_get(acts, i)), &bits))
			return POL_EDOC;
		out->actions |= bits;
	}
	if (pol_rule_reveal(r, c->custom, c->ncustom, c->s->all_types, &out->reveal))
		return POL_EDOC;
	const json_t *when = json_object_get(r, "when");
	if (when) {
		size_t m = cpath(c, "when", 0, 0);
		pol_node *n = NULL;
		int rc = c_node(c, when, &n);
		cpath_set(c, m);
		out->when = n;
		return rc;
	}
	return 0;
}

/* The detection settings of a role document (validated before). */
static int c_detect(const json_t *doc, pol_role *role)
{
	const json_t *tz = json_object_get(doc, "timezone");
	if (tz) {
		role->tz = pol_tz_get(json_string_value(tz), NULL);
		if (!role->tz)
			return POL_EDOC;
	}
	const char *act;
	json_t *lim;
	json_object_foreach ((json_t *)json_object_get(doc, "limits"), act, lim) {
		int ai = pol_v_action_index(act);
		if (ai < 0)
			return POL_EDOC;
		double rate = json_number_value(json_object_get(lim, "rate"));
		const json_t *burst = json_object_get(lim, "burst");
		role->limit_mask |= 1u << ai;
		role->limit_rate[ai] = rate;
		/* Default burst: one second's worth, at least 1 (as [limits]). */
		role->limit_burst[ai] = burst ? (double)json_integer_value(burst)
					      : (rate >= 1 ? (double)(long)(rate + 0.999999) : 1);
	}
	const json_t *wh = json_object_get(doc, "working_hours");
	if (wh) {
		const json_t *days = json_object_get(wh, "days");
		for (size_t i = 0; i < json_array_size(days); i++) {
			int d = pol_v_weekday(json_string_value(json_array_get(days, i)));
			if (d < 1)
				return POL_EDOC;
			role->wh_days |= (uint8_t)(1u << (d - 1));
		}
		role->wh_start =
			(int16_t)pol_v_hhmm(json_string_value(json_object_get(wh, "start")));
		role->wh_end = (int16_t)pol_v_hhmm(json_string_value(json_object_get(wh, "end")));
		if (role->wh_start < 0 || role->wh_end < 0)
			return POL_EDOC;
	}
	role->bulk = (uint32_t)json_integer_value(json_object_get(doc, "bulk_distinct_users"));
	role->bg_min = (uint32_t)json_integer_value(json_object_get(doc, "break_glass_min_reason"));
	return 0;
}

static int c_role(cctx *c, const json_t *doc, pol_role *role)
{
	int drc = c_detect(doc, role);
	if (drc)
		return drc;
	const json_t *inh = json_object_get(doc, "inherits");
	size_t np = json_array_size(inh);
	if (np) {
		role->parents = aalloc(c->s, np * sizeof *role->parents);
		if (!role->parents)
			return POL_ENOMEM;
		for (size_t i = 0; i < np; i++) {
			const char *pn = json_string_value(json_array_get(inh, i));
			long p = pol_sidx_find(&c->s->role_idx, c->s->role_names, pn, strlen(pn));
			if (p < 0)
				return POL_EDOC;
			role->parents[role->nparents++] = (uint32_t)p;
		}
	}
	const json_t *rules = json_object_get(doc, "rules");
	role->nrules = (uint32_t)json_array_size(rules);
	if (role->nrules) {
		role->rules = aalloc(c->s, role->nrules * sizeof *role->rules);
		if (!role->rules)
			return POL_ENOMEM;
	}
	for (uint32_t i = 0; i < role->nrules; i++) {
		snprintf(c->path, sizeof c->path, "$.rules[%u]", i);
		c->plen = strlen(c->path);
		int rc = c_rule(c, role->name, json_array_get(rules, i), &role->rules[i]);
		if (rc)
			return rc;
	}
	return 0;
}

static const char *const admin_actions[] = {
	"policy:read", "policy:write", "revocation:write",  "audit:read",
	"alert:read",  "authorize",    "conversation:hold", "keys:rotate",
	"lock:write",  "review:read",  "review:write",
};

json_t *pol_builtin_admin_doc(void)
{
	json_t *acts = json_array();
	for (size_t i = 0; acts && i < sizeof admin_actions / sizeof admin_actions[0]; i++)
		if (json_array_append_new(acts, json_string(admin_actions[i]))) {
			json_decref(acts);
			acts = NULL;
		}
	if (!acts)
		return NULL;
	return json_pack("{s:s,s:s,s:b,s:[{s:s,s:s,s:o}]}", "name", POL_ADMIN_ROLE, "description",
			 "Built in: the control plane, revocations, audit, alerts, locks, "
			 "break-glass reviews, legal holds and the decision point; reads no "
			 "transcripts. Cannot be changed.",
			 "builtin", 1, "rules", "id", "builtin", "effect", "allow", "actions",
			 acts);
}

static int c_builtin_admin(cctx *c, pol_role *role)
{
	role->nrules = 1;
	role->rules = aalloc(c->s, sizeof *role->rules);
	if (!role->rules)
		return POL_ENOMEM;
	pol_rule *r = &role->rules[0];
	r->id = "builtin";
	r->full = "admin/builtin";
	for (size_t i = 0; i < sizeof admin_actions / sizeof admin_actions[0]; i++) {
		uint32_t bits = 0;
		int rc = pol_v_action_bits(admin_actions[i], &bits);
		(void)rc;
		r->actions |= bits;
	}
	c->s->admin_actions = r->actions;
	return 0;
}

/* ---- bindings ---- */

static int bind_err(pol_error *err, const char *key, long idx, const char *msg)
{
	char k[96];
	pol_v_san(key ? key : "", k, sizeof k);
	if (!key)
		snprintf(err->path, sizeof err->path, "$");
	else if (idx < 0)
		snprintf(err->path, sizeof err->path, "$[\"%s\"]", k);
	else
		snprintf(err->path, sizeof err->path, "$[\"%s\"][%ld]", k, idx);
	snprintf(err->msg, sizeof err->msg, "%s", msg);
	return POL_EBINDINGS;
}

static int check_bindings(const json_t *b, const pol_limits *lim, pol_error *err)
{
	if (!b)
		return 0;
	if (!json_is_object(b))
		return bind_err(err, NULL, -1,
				"bindings must be an object of principal -> [roles]");
	if (json_object_size(b) > lim->max_principals)
		return bind_err(err, NULL, -1, "too many principals in bindings");
	const char *key;
	json_t *val;
	json_object_foreach ((json_t *)b, key, val) {
		size_t klen = strlen(key);
		if (klen == 0 || klen > POL_BINDING_KEY_MAX)
			return bind_err(err, key, -1, "principal must be 1..512 bytes");
		if (!json_is_array(val))
			return bind_err(err, key, -1, "roles must be an array of role names");
		if (json_array_size(val) > lim->max_list || json_array_size(val) > BIND_ROLES_MAX)
			return bind_err(err, key, -1, "too many roles for one principal");
		for (size_t i = 0; i < json_array_size(val); i++) {
			const char *r = json_string_value(json_array_get(val, i));
			if (!r || !pol_v_name_ok(r))
				return bind_err(err, key, (long)i,
						"role name must match [a-z0-9_.-]{1,64}");
		}
	}
	return 0;
}

static int c_bindings(cctx *c, const json_t *b)
{
	pol_snapshot *s = c->s;
	size_t n = b ? json_object_size(b) : 0;
	s->binds = aalloc(s, (n ? n : 1) * sizeof *s->binds);
	s->bind_keys = aalloc(s, (n ? n : 1) * sizeof *s->bind_keys);
	if (!s->binds || !s->bind_keys || pol_sidx_init(&s->bind_idx, n))
		return POL_ENOMEM;
	if (!b)
		return 0;
	const char *key;
	json_t *val;
	uint32_t tmp[BIND_ROLES_MAX];
	json_object_foreach ((json_t *)b, key, val) {
		size_t nr = 0, cnt = json_array_size(val);
		for (size_t i = 0; i < cnt && nr < sizeof tmp / sizeof tmp[0]; i++) {
			const char *rn = json_string_value(json_array_get(val, i));
			long r = pol_sidx_find(&s->role_idx, s->role_names, rn, strlen(rn));
			if (r < 0)
				continue; /* binding to a role that does not exist: grants nothing */
			int dup = 0;
			for (size_t k = 0; k < nr; k++)
				dup |= tmp[k] == (uint32_t)r;
			if (!dup)
				tmp[nr++] = (uint32_t)r;
		}
		if (nr == 0)
			continue;
		pol_bind *bd = &s->binds[s->nbinds];
		bd->roles = aalloc(s, nr * sizeof *bd->roles);
		s->bind_keys[s->nbinds] = astrdup(s, key);
		if (!bd->roles || !s->bind_keys[s->nbinds])
			return POL_ENOMEM;
		memcpy(bd->roles, tmp, nr * sizeof *tmp);
		bd->nroles = (uint32_t)nr;
		pol_sidx_put(&s->bind_idx, s->bind_keys, (uint32_t)s->nbinds);
		s->nbinds++;
	}
	return 0;
}

/* ---- entry point ---- */

typedef struct order_ent {
	const char *name;
	long doc; /* index in the array, -1 for the built-in admin */
} order_ent;

static int order_cmp(const void *a, const void *b)
{
	return strcmp(((const order_ent *)a)->name, ((const order_ent *)b)->name);
}

pol_snapshot *pol_compile(const json_t *docs, const json_t *bindings, uint64_t version,
			  const pol_limits *lim, const char *const *custom_redact, size_t ncustom,
			  pol_error *err, int *rcp)
{
	pol_error local;
	pol_snapshot *s = NULL;
	order_ent *order = NULL;
	int rc;
	if (!err)
		err = &local;
	memset(err, 0, sizeof *err);
	if (!lim)
		lim = pol_limits_default();
	if (!docs) {
		rc = POL_EARG;
		goto out;
	}
	rc = pol_set_validate(docs, lim, custom_redact, ncustom, err);
	if (rc)
		goto out;
	rc = check_bindings(bindings, lim, err);
	if (rc)
		goto out;

	/* pol_set_validate refused any document named admin: the built-in one
     * is always added and nothing can replace it. */
	size_t ndocs = json_array_size(docs);
	size_t nroles = ndocs + 1;

	rc = POL_ENOMEM;
	s = calloc(1, sizeof *s);
	order = malloc(nroles * sizeof *order);
	if (!s || !order)
		goto out;
	s->version = version;
	s->max_subject_roles = lim->max_subject_roles;
	if (s->max_subject_roles == 0 || s->max_subject_roles > 1024)
		s->max_subject_roles = 1024;
	s->nredact = POL_NREDACT_BUILTIN + (unsigned)ncustom;
	s->all_types = s->nredact >= 64 ? ~(uint64_t)0 : (((uint64_t)1 << s->nredact) - 1);
	for (unsigned i = 0; i < POL_NREDACT_BUILTIN; i++)
		s->redact_names[i] = pol_v_redact_builtin[i];

	for (size_t i = 0; i < ndocs; i++) {
		order[i].name = json_string_value(json_object_get(json_array_get(docs, i), "name"));
		order[i].doc = (long)i;
	}
	order[ndocs].name = POL_ADMIN_ROLE;
	order[ndocs].doc = -1;
	qsort(order, nroles, sizeof *order, order_cmp);

	s->nroles = (uint32_t)nroles;
	s->roles = aalloc(s, nroles * sizeof *s->roles);
	s->role_names = aalloc(s, nroles * sizeof *s->role_names);
	if (!s->roles || !s->role_names || pol_sidx_init(&s->role_idx, nroles))
		goto out;
	for (size_t i = 0; i < ncustom; i++) {
		s->redact_names[POL_NREDACT_BUILTIN + i] = astrdup(s, custom_redact[i]);
		if (!s->redact_names[POL_NREDACT_BUILTIN + i])
			goto out;
	}
	for (size_t i = 0; i < nroles; i++) {
		s->roles[i].name = astrdup(s, order[i].name);
		if (!s->roles[i].name)
			goto out;
		s->role_names[i] = s->roles[i].name;
		pol_sidx_put(&s->role_idx, s->role_names, (uint32_t)i);
	}

	cctx c = {.s = s, .custom = custom_redact, .ncustom = ncustom};
	for (size_t i = 0; i < nroles; i++) {
		if (order[i].doc < 0)
			rc = c_builtin_admin(&c, &s->roles[i]);
		else
			rc = c_role(&c, json_array_get(docs, (size_t)order[i].doc), &s->roles[i]);
		if (rc)
			goto out;
	}
	rc = c_bindings(&c, bindings);
out:
	free(order);
	if (rc) {
		pol_snapshot_free(s);
		s = NULL;
		if (rc == POL_EDOC && err->msg[0] == '\0')
			snprintf(err->msg, sizeof err->msg, "document set failed to compile");
	}
	if (rcp)
		*rcp = rc;
	return s;
}
