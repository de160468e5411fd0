/* notice: the privacy notice, generated from the role documents.
 *
 * For every role (and the built-in admin), the rules of the role and of the
 * roles it inherits whose actions touch end users' data, each with what it
 * allows or forbids in words, the purposes it needs, its other conditions
 * (consent, assignment, hours, ...) in words and exactly ("when"), and for
 * an allow the types a read under it shows and hides: the same computation
 * as the compiler's (pol_rule_reveal), so the notice says what decisions
 * do. The Markdown form is notice_md.c. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "pol_int.h"

/* The actions on end users' data, in the order the notice lists them, and
 * what each lets a role do, in words. */
static const struct {
	const char *action;
	const char *may;
} data_actions[] = {
	{"conversation:read", "read your conversations"},
	{"conversation:list", "list your conversations"},
	{"conversation:create", "record new conversations of yours"},
	{"conversation:append", "add messages to your conversations"},
	{"conversation:delete", "delete your conversations"},
	{"conversation:hold", "put your conversations under legal hold or release them"},
	{"user:consent", "record your consent choices"},
	{"user:export", "export your data (conversations, consent history, access log)"},
	{"user:erase", "erase your data"},
	{"concern:read", "read the concerns you raised"},
};
#define NDATA (sizeof data_actions / sizeof data_actions[0])

/* The built-in types in words (pol_v_redact_builtin's order). */
static const char *const type_text[POL_NREDACT_BUILTIN] = {
	"email addresses",
	"phone numbers",
	"payment card numbers",
	"bank account numbers (IBAN)",
	"IP addresses",
	"US social security numbers",
	"government identifiers (passport, national id, tax numbers)",
	"passwords, keys and other secrets",
	"names of people",
	"postal addresses",
	"dates of birth",
	"your user id (shown as a pseudonym while hidden)",
};

#define TEXT_MAX ((size_t)1 << 20) /* one condition in words; documents are smaller */

struct nctx {
	const char *const *custom;
	size_t ncustom;
	uint64_t all; /* a bit for every type name */
	const json_t **role;
	size_t nroles;
	json_t *index; /* name -> position in role[] */
	uint32_t *stamp;
	size_t *stack;
	size_t *closure;
};

static int by_name(const void *a, const void *b)
{
	const json_t *const *x = a, *const *y = b;
	return strcmp(json_string_value(json_object_get(*x, "name")),
		      json_string_value(json_object_get(*y, "name")));
}

static int by_index(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

static int enomem(int rc)
{
	return rc == CUSTOS_E_NOMEM || rc == CUSTOS_E_TOOBIG ? POL_ENOMEM : rc;
}

/* ---- conditions in words ---- */

static int add_value(struct buf *b, const json_t *v)
{
	if (json_is_string(v)) {
		const char *s = json_string_value(v);
		switch (pol_v_ref(s)) {
		case PR_SUBJECT_ID:
			return buf_adds(b, "them");
		case PR_SUBJECT_KIND:
			return buf_adds(b, "their own kind");
		case PR_REQUEST_CLIENT:
			return buf_adds(b, "the calling service");
		default:
			return buf_addf(b, "'%s'", s);
		}
	}
	char *s = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
	if (!s)
		return CUSTOS_E_NOMEM;
	int rc = buf_adds(b, s);
	free(s);
	return rc;
}

static int add_op(struct buf *b, const char *op, const json_t *v)
{
	int rc;
	if (!strcmp(op, "exists"))
		return buf_adds(b, json_is_true(v) ? "is set" : "is not set");
	if (!strcmp(op, "in")) {
		rc = buf_adds(b, "is one of ");
		for (size_t i = 0; !rc && i < json_array_size(v); i++) {
			if (i)
				rc = buf_adds(b, ", ");
			if (!rc)
				rc = add_value(b, json_array_get(v, i));
		}
		return rc;
	}
	static const struct {
		const char *op, *words;
	} ops[] = {{"equals", "is "},
		   {"not_equals", "is not "},
		   {"matches", "matches "},
		   {"lt", "is less than "},
		   {"gt", "is greater than "}};
	const char *w = "";
	for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
		if (!strcmp(op, ops[i].op))
			w = ops[i].words;
	rc = buf_adds(b, w);
	return rc ? rc : add_value(b, v);
}

/* "hour_utc lt 8" -> "before 08:00 UTC". 1 when written this way. */
static int add_hours(struct buf *b, const char *op, const json_t *v, const char *zone, int *rc)
{
	if (!json_is_integer(v) || json_integer_value(v) < 0 || json_integer_value(v) > 24)
		return 0;
	long h = (long)json_integer_value(v);
	if (!strcmp(op, "lt"))
		*rc = buf_addf(b, "before %02ld:00 %s", h, zone);
	else if (!strcmp(op, "gt"))
		*rc = buf_addf(b, "from %02ld:00 %s", h + 1, zone);
	else if (!strcmp(op, "equals"))
		*rc = buf_addf(b, "between %02ld:00 and %02ld:59 %s", h, h, zone);
	else if (!strcmp(op, "not_equals"))
		*rc = buf_addf(b, "outside %02ld:00 to %02ld:59 %s", h, h, zone);
	else
		return 0;
	return 1;
}

/* One leaf {"attr": A, OP: V} in words; *kind what it is about. */
static int leaf_words(struct buf *b, const json_t *leaf, const char **kind)
{
	const char *attr = json_string_value(json_object_get(leaf, "attr"));
	const char *op = NULL;
	const json_t *v = NULL;
	const char *key;
	json_t *val;
	json_object_foreach ((json_t *)leaf, key, val) {
		if (strcmp(key, "attr")) {
			op = key;
			v = val;
		}
	}
	if (!attr || !op)
		return POL_EDOC;
	int is_eq = !strcmp(op, "equals"), is_ne = !strcmp(op, "not_equals");
	int rc = 0;
	static const char consent[] = "resource.consent.", labels[] = "resource.labels.",
			  claims[] = "subject.claims.", res[] = "resource.";
	if (!strcmp(attr, "request.purpose")) {
		*kind = "purpose";
		rc = buf_adds(b, "the stated purpose ");
	} else if (!strncmp(attr, consent, sizeof consent - 1)) {
		*kind = "consent";
		const char *what = attr + sizeof consent - 1;
		if ((is_eq || is_ne) && json_is_boolean(v)) {
			int yes = json_is_true(v) == is_eq;
			return buf_addf(b, "you have %s to %s", yes ? "agreed" : "not agreed",
					what);
		}
		rc = buf_addf(b, "your consent to %s ", what);
	} else if ((is_eq || is_ne) && json_is_string(v) &&
		   pol_v_ref(json_string_value(v)) == PR_SUBJECT_ID) {
		*kind = "assignment";
		if (!strcmp(attr, "resource.labels.assignee"))
			return buf_addf(b, "the conversation is %sassigned to them",
					is_eq ? "" : "not ");
		if (!strncmp(attr, labels, sizeof labels - 1))
			rc = buf_addf(b, "the conversation's label '%s' ",
				      attr + sizeof labels - 1);
		else
			rc = buf_addf(b, "'%s' ", attr);
	} else if (!strcmp(attr, "request.hour_utc")) {
		*kind = "hours";
		if (add_hours(b, op, v, "UTC", &rc))
			return rc;
		rc = buf_adds(b, "the hour (UTC) ");
	} else if (!strncmp(attr, "request.time.", 13)) {
		*kind = "hours";
		if (!strcmp(attr, "request.time.hour") &&
		    add_hours(b, op, v, "in the role's time zone", &rc))
			return rc;
		rc = buf_addf(b, "the %s (in the role's time zone) ", attr + 13);
	} else if (!strcmp(attr, "resource.legal_hold")) {
		*kind = "legal_hold";
		if ((is_eq || is_ne) && json_is_boolean(v))
			return buf_addf(b, "the conversation is %sunder legal hold",
					json_is_true(v) == is_eq ? "" : "not ");
		rc = buf_adds(b, "the conversation's legal hold ");
	} else if (!strncmp(attr, claims, sizeof claims - 1)) {
		*kind = "staff";
		rc = buf_addf(b, "their sign-in claim '%s' ", attr + sizeof claims - 1);
	} else if (!strcmp(attr, "subject.roles")) {
		*kind = "staff";
		rc = buf_adds(b, "their roles ");
	} else if (!strcmp(attr, "subject.id")) {
		*kind = "staff";
		rc = buf_adds(b, "their identity ");
	} else if (!strcmp(attr, "subject.kind")) {
		*kind = "staff";
		rc = buf_adds(b, "the kind of caller (user or service) ");
	} else if (!strcmp(attr, "request.client")) {
		*kind = "client";
		rc = buf_adds(b, "the calling service ");
	} else if (!strncmp(attr, labels, sizeof labels - 1)) {
		*kind = "resource";
		rc = buf_addf(b, "the conversation's label '%s' ", attr + sizeof labels - 1);
	} else if (!strncmp(attr, res, sizeof res - 1)) {
		*kind = "resource";
		rc = buf_addf(b, "the conversation's '%s' ", attr + sizeof res - 1);
	} else {
		*kind = "other";
		rc = buf_addf(b, "'%s' ", attr);
	}
	return rc ? rc : add_op(b, op, v);
}

/* A condition in words; *kind the kind of its leaves ("combined" when
 * they differ). */
static int cond_words(struct buf *b, const json_t *c, const char **kind)
{
	const json_t *list = json_object_get(c, "all");
	const char *sep = "; ", *open = "all of: (";
	if (!list) {
		list = json_object_get(c, "any");
		sep = "; or ";
		open = "at least one of: (";
	}
	if (!list) {
		const json_t *n = json_object_get(c, "not");
		if (!n)
			return leaf_words(b, c, kind);
		int rc = buf_adds(b, "not (");
		if (!rc)
			rc = cond_words(b, n, kind);
		return rc ? rc : buf_adds(b, ")");
	}
	int rc = buf_adds(b, open);
	*kind = NULL;
	for (size_t i = 0; !rc && i < json_array_size(list); i++) {
		const char *k = NULL;
		if (i)
			rc = buf_adds(b, sep);
		if (!rc)
			rc = cond_words(b, json_array_get(list, i), &k);
		if (!*kind)
			*kind = k;
		else if (k && strcmp(*kind, k))
			*kind = "combined";
	}
	return rc ? rc : buf_adds(b, ")");
}

static int add_condition(json_t *conds, const json_t *c)
{
	struct buf b;
	const char *kind = "other";
	buf_init(&b, TEXT_MAX);
	int rc = cond_words(&b, c, &kind);
	if (!rc &&
	    json_array_append_new(conds, json_pack("{s:s,s:s}", "kind", kind ? kind : "other",
						   "text", b.p ? b.p : "")))
		rc = POL_ENOMEM;
	buf_free(&b);
	return enomem(rc);
}

/* A purpose leaf that can stand as the rule's list of purposes: its
 * patterns (new array), else NULL. */
static json_t *purpose_list(const json_t *c)
{
	const char *attr = json_string_value(json_object_get(c, "attr"));
	if (!attr || strcmp(attr, "request.purpose") || json_object_size(c) != 2)
		return NULL;
	const json_t *v = json_object_get(c, "matches");
	if (!v)
		v = json_object_get(c, "equals");
	if (json_is_string(v) && pol_v_ref(json_string_value(v)) == PR_NONE)
		return json_pack("[O]", v);
	v = json_object_get(c, "in");
	if (!json_is_array(v))
		return NULL;
	for (size_t i = 0; i < json_array_size(v); i++)
		if (!json_is_string(json_array_get(v, i)))
			return NULL;
	return json_deep_copy(v);
}

/* 1 when condition c reads attribute attr anywhere. */
static int reads_attr(const json_t *c, const char *attr)
{
	const json_t *list = json_object_get(c, "all");
	if (!list)
		list = json_object_get(c, "any");
	if (list) {
		for (size_t i = 0; i < json_array_size(list); i++)
			if (reads_attr(json_array_get(list, i), attr))
				return 1;
		return 0;
	}
	const json_t *n = json_object_get(c, "not");
	if (n)
		return reads_attr(n, attr);
	const char *a = json_string_value(json_object_get(c, "attr"));
	return a && !strcmp(a, attr);
}

/* Sets "conditions" (the top-level parts of `when` in words) and, with
 * purposes, "purposes": the patterns of the one purpose condition among
 * them, ["*"] when no condition reads the purpose, null when the purpose is
 * read in a way a list cannot say (the conditions then say it). */
static int describe_when(json_t *e, const json_t *when, int purposes)
{
	json_t *conds = json_array(), *plist = NULL;
	const json_t *all = when ? json_object_get(when, "all") : NULL;
	size_t n = all ? json_array_size(all) : (when ? 1 : 0), taken = (size_t)-1;
	int reads_purpose = 0, rc = 0;
	if (!conds)
		return POL_ENOMEM;
	if (purposes) {
		reads_purpose = when && reads_attr(when, "request.purpose");
		for (size_t i = 0; reads_purpose && i < n; i++) {
			json_t *p = purpose_list(all ? json_array_get(all, i) : when);
			if (p && !plist) {
				plist = p;
				taken = i;
			} else if (p) { /* two of them: the conditions say it */
				json_decref(p);
				json_decref(plist);
				plist = NULL;
				taken = (size_t)-1;
				break;
			}
		}
		if (!reads_purpose)
			plist = json_pack("[s]", "*");
	}
	for (size_t i = 0; !rc && i < n; i++)
		if (i != taken)
			rc = add_condition(conds, all ? json_array_get(all, i) : when);
	if (!rc && purposes)
		rc = json_object_set_new(e, "purposes", plist ? plist : json_null()) ? POL_ENOMEM
										     : 0;
	else
		json_decref(plist);
	if (!rc)
		rc = json_object_set_new(e, "conditions", conds) ? POL_ENOMEM : 0;
	else
		json_decref(conds);
	if (!rc && when)
		rc = json_object_set_new(e, "when", json_deep_copy(when)) ? POL_ENOMEM : 0;
	return rc;
}

/* ---- roles and rules ---- */

static json_t *type_names(const struct nctx *c, uint64_t bits)
{
	json_t *a = json_array();
	size_t n = POL_NREDACT_BUILTIN + c->ncustom;
	for (size_t i = 0; a && i < n; i++) {
		if (!(bits & ((uint64_t)1 << i)))
			continue;
		const char *name = i < POL_NREDACT_BUILTIN ? pol_v_redact_builtin[i]
							   : c->custom[i - POL_NREDACT_BUILTIN];
		if (json_array_append_new(a, json_string(name))) {
			json_decref(a);
			return NULL;
		}
	}
	return a;
}

/* The entry of one rule of role `from` touching end users' data, appended to
 * access (allow) or restrictions (deny); nothing for other rules. */
static int rule_entry(const struct nctx *c, const char *from, const json_t *r, json_t *access,
		      json_t *restrictions)
{
	uint32_t bits = 0;
	const json_t *acts = json_object_get(r, "actions");
	for (size_t i = 0; i < json_array_size(acts); i++) {
		uint32_t b = 0;
		if (pol_v_action_bits(json_string_value(json_array_get(acts, i)), &b))
			return POL_EDOC;
		bits |= b;
	}
	int deny = !strcmp(json_string_value(json_object_get(r, "effect")), "deny");
	json_t *names = json_array(), *words = json_array();
	json_t *e = json_pack("{s:s++}", "rule", from, "/",
			      json_string_value(json_object_get(r, "id")));
	int rc = names && words && e ? 0 : POL_ENOMEM;
	for (size_t i = 0; !rc && i < NDATA; i++) {
		int k = pol_v_action_index(data_actions[i].action);
		if (k < 0 || !(bits & ((uint32_t)1 << k)))
			continue;
		if (json_array_append_new(names, json_string(data_actions[i].action)) ||
		    json_array_append_new(words, json_string(data_actions[i].may)))
			rc = POL_ENOMEM;
	}
	if (rc || json_array_size(names) == 0) {
		json_decref(names);
		json_decref(words);
		json_decref(e);
		return rc;
	}
	json_object_set_new(e, "actions", names);
	if (json_object_set_new(e, deny ? "never" : "may", words)) {
		json_decref(e);
		return POL_ENOMEM;
	}
	rc = describe_when(e, json_object_get(r, "when"), !deny);
	if (!rc && !deny) {
		uint64_t shown = 0;
		if (pol_rule_reveal(r, c->custom, c->ncustom, c->all, &shown))
			rc = POL_EDOC;
		else if (json_object_set_new(e, "shown", type_names(c, shown)) ||
			 json_object_set_new(e, "hidden", type_names(c, c->all & ~shown)))
			rc = POL_ENOMEM;
	}
	if (!rc && json_array_append_new(deny ? restrictions : access, e))
		rc = POL_ENOMEM;
	else if (rc)
		json_decref(e);
	return rc;
}

/* The roles role[i] is made of: itself first, then what it inherits
 * (transitively) in name order, into c->closure; returns the count. */
static size_t closure_of(struct nctx *c, size_t i)
{
	size_t nclose = 0, top = 0;
	c->stamp[i] = (uint32_t)i + 1;
	c->stack[top++] = i;
	while (top) {
		size_t k = c->stack[--top];
		c->closure[nclose++] = k;
		const json_t *inh = json_object_get(c->role[k], "inherits");
		for (size_t j = 0; j < json_array_size(inh); j++) {
			json_t *at = json_object_get(c->index,
						     json_string_value(json_array_get(inh, j)));
			if (!at)
				continue; /* validated sets name only roles that exist */
			size_t p = (size_t)json_integer_value(at);
			if (c->stamp[p] == (uint32_t)i + 1)
				continue;
			c->stamp[p] = (uint32_t)i + 1;
			c->stack[top++] = p;
		}
	}
	qsort(c->closure + 1, nclose - 1, sizeof *c->closure, by_index);
	return nclose;
}

static int role_entry(struct nctx *c, size_t i, json_t *roles)
{
	const json_t *doc = c->role[i];
	const json_t *d = json_object_get(doc, "description");
	json_t *inherits = json_array(), *access = json_array(), *restr = json_array();
	json_t *o = json_pack("{s:O,s:s,s:b}", "name", json_object_get(doc, "name"), "description",
			      json_is_string(d) ? json_string_value(d) : "", "builtin",
			      json_is_true(json_object_get(doc, "builtin")));
	int rc = inherits && access && restr && o ? 0 : POL_ENOMEM;
	size_t n = rc ? 0 : closure_of(c, i);
	for (size_t k = 0; !rc && k < n; k++) {
		const json_t *from = c->role[c->closure[k]];
		const char *fname = json_string_value(json_object_get(from, "name"));
		if (k && json_array_append_new(inherits, json_string(fname)))
			rc = POL_ENOMEM;
		const json_t *rules = json_object_get(from, "rules");
		for (size_t j = 0; !rc && j < json_array_size(rules); j++)
			rc = rule_entry(c, fname, json_array_get(rules, j), access, restr);
	}
	if (!rc &&
	    (json_object_set(o, "inherits", inherits) || json_object_set(o, "access", access) ||
	     json_object_set(o, "restrictions", restr) || json_array_append(roles, o)))
		rc = POL_ENOMEM;
	json_decref(inherits);
	json_decref(access);
	json_decref(restr);
	json_decref(o);
	return rc;
}

static json_t *types_json(const struct nctx *c)
{
	json_t *a = json_array();
	for (size_t i = 0; a && i < POL_NREDACT_BUILTIN + c->ncustom; i++) {
		json_t *t;
		if (i < POL_NREDACT_BUILTIN)
			t = json_pack("{s:s,s:s}", "name", pol_v_redact_builtin[i], "text",
				      type_text[i]);
		else
			t = json_pack("{s:s,s:s++}", "name", c->custom[i - POL_NREDACT_BUILTIN],
				      "text", "text matching the custom pattern '",
				      c->custom[i - POL_NREDACT_BUILTIN], "'");
		if (json_array_append_new(a, t)) {
			json_decref(a);
			return NULL;
		}
	}
	return a;
}

int pol_notice(const json_t *docs, uint64_t version, const char *const *custom, size_t ncustom,
	       json_t **out)
{
	struct nctx c;
	json_t *admin = NULL, *roles = NULL, *notice = NULL;
	int rc = POL_EARG;
	memset(&c, 0, sizeof c);
	if (out)
		*out = NULL;
	if (!out || !json_is_array(docs) || (ncustom && !custom) ||
	    (ncustom && pol_v_custom_ok(custom, ncustom)) || json_array_size(docs) >= UINT32_MAX)
		goto out;
	c.custom = custom;
	c.ncustom = ncustom;
	size_t ntypes = POL_NREDACT_BUILTIN + ncustom;
	c.all = ntypes >= 64 ? ~(uint64_t)0 : (((uint64_t)1 << ntypes) - 1);
	rc = POL_ENOMEM;
	admin = pol_builtin_admin_doc();
	c.nroles = json_array_size(docs) + 1;
	c.role = calloc(c.nroles, sizeof *c.role);
	c.stamp = calloc(c.nroles, sizeof *c.stamp);
	c.stack = calloc(c.nroles, sizeof *c.stack);
	c.closure = calloc(c.nroles, sizeof *c.closure);
	c.index = json_object();
	roles = json_array();
	if (!admin || !c.role || !c.stamp || !c.stack || !c.closure || !c.index || !roles)
		goto out;
	rc = POL_EDOC;
	for (size_t i = 0; i + 1 < c.nroles; i++) {
		const json_t *d = json_array_get(docs, i);
		const char *name = json_string_value(json_object_get(d, "name"));
		if (!name || !strcmp(name, POL_ADMIN_ROLE))
			goto out;
		c.role[i] = d;
	}
	c.role[c.nroles - 1] = admin;
	qsort(c.role, c.nroles, sizeof *c.role, by_name);
	for (size_t i = 0; i < c.nroles; i++) {
		const char *name = json_string_value(json_object_get(c.role[i], "name"));
		if (json_object_get(c.index, name))
			goto out; /* a duplicate name */
		if (json_object_set_new(c.index, name, json_integer((json_int_t)i))) {
			rc = POL_ENOMEM;
			goto out;
		}
	}
	rc = 0;
	for (size_t i = 0; !rc && i < c.nroles; i++)
		rc = role_entry(&c, i, roles);
	if (rc)
		goto out;
	notice = json_pack("{s:I,s:o,s:O}", "policy_version", (json_int_t)version, "types",
			   types_json(&c), "roles", roles);
	rc = notice ? 0 : POL_ENOMEM;
	*out = notice;
out:
	json_decref(roles);
	json_decref(admin);
	json_decref(c.index);
	free(c.role);
	free(c.stamp);
	free(c.stack);
	free(c.closure);
	return rc;
}
