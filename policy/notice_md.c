/* notice_md: the privacy notice (notice.c) as Markdown, for a chat
 * frontend to embed. Every text that comes from a document or a condition
 * is escaped (CommonMark backslash escapes for ASCII punctuation, line
 * breaks and controls as spaces), so a role description cannot add links,
 * HTML, headings or list items to the page. */
#include <string.h>

#include "buf.h"
#include "pol_int.h"

/* Appends s escaped for Markdown inline text. */
static int esc(struct buf *b, const char *s)
{
	int rc = 0;
	const char *run = s;
	for (const char *p = s; !rc && *p; p++) {
		unsigned char ch = (unsigned char)*p;
		int punct = ch < 0x80 && strchr("\\`*_{}[]()<>#+-.!|&~=", ch);
		int ctl = ch < 0x20 || ch == 0x7f;
		if (!punct && !ctl)
			continue;
		rc = buf_add(b, run, (size_t)(p - run));
		if (!rc)
			rc = ctl ? buf_adds(b, " ") : buf_addf(b, "\\%c", ch);
		run = p + 1;
	}
	return rc ? rc : buf_adds(b, run);
}

/* The strings of array a, escaped, separated by sep. */
static int esc_list(struct buf *b, const json_t *a, const char *sep)
{
	int rc = 0;
	for (size_t i = 0; !rc && i < json_array_size(a); i++) {
		if (i)
			rc = buf_adds(b, sep);
		if (!rc)
			rc = esc(b, json_string_value(json_array_get(a, i)));
	}
	return rc;
}

/* The words of a type name (from the notice's "types"). */
static const char *type_words(const json_t *notice, const char *name)
{
	const json_t *types = json_object_get(notice, "types");
	for (size_t i = 0; i < json_array_size(types); i++) {
		const json_t *t = json_array_get(types, i);
		if (!strcmp(json_string_value(json_object_get(t, "name")), name))
			return json_string_value(json_object_get(t, "text"));
	}
	return name;
}

static int types_line(struct buf *b, const json_t *notice, const char *label, const json_t *names)
{
	int rc = buf_addf(b, "  - %s: ", label);
	if (!rc && json_array_size(names) == 0)
		rc = buf_adds(b, "nothing");
	for (size_t i = 0; !rc && i < json_array_size(names); i++) {
		if (i)
			rc = buf_adds(b, ", ");
		if (!rc)
			rc = esc(b,
				 type_words(notice, json_string_value(json_array_get(names, i))));
	}
	return rc ? rc : buf_adds(b, "\n");
}

static int conditions(struct buf *b, const char *label, const json_t *conds)
{
	if (json_array_size(conds) == 0)
		return 0;
	int rc = buf_addf(b, "  - %s: ", label);
	for (size_t i = 0; !rc && i < json_array_size(conds); i++) {
		if (i)
			rc = buf_adds(b, "; and ");
		if (!rc)
			rc = esc(b, json_string_value(
					    json_object_get(json_array_get(conds, i), "text")));
	}
	return rc ? rc : buf_adds(b, "\n");
}

static int entry(struct buf *b, const json_t *notice, const json_t *e, int deny)
{
	int rc = buf_adds(b, deny ? "- Never: " : "- May: ");
	if (!rc)
		rc = esc_list(b, json_object_get(e, deny ? "never" : "may"), ", ");
	if (!rc)
		rc = buf_adds(b, "\n");
	if (!rc && !deny) {
		const json_t *p = json_object_get(e, "purposes");
		rc = buf_adds(b, "  - For the purposes: ");
		if (!rc && json_is_null(p))
			rc = buf_adds(b, "as the conditions say");
		else if (!rc && json_array_size(p) == 1 &&
			 !strcmp(json_string_value(json_array_get(p, 0)), "*"))
			rc = buf_adds(b, "any (or none stated)");
		else if (!rc)
			rc = esc_list(b, p, ", ");
		if (!rc)
			rc = buf_adds(b, "\n");
	}
	if (!rc)
		rc = conditions(b, deny ? "When" : "Only when", json_object_get(e, "conditions"));
	if (!rc && !deny)
		rc = types_line(b, notice, "Hidden from them", json_object_get(e, "hidden"));
	if (!rc && !deny)
		rc = types_line(b, notice, "Shown to them", json_object_get(e, "shown"));
	if (!rc)
		rc = buf_adds(b, "  - Rule: ");
	if (!rc)
		rc = esc(b, json_string_value(json_object_get(e, "rule")));
	return rc ? rc : buf_adds(b, "\n");
}

static int role(struct buf *b, const json_t *notice, const json_t *r)
{
	const json_t *access = json_object_get(r, "access");
	const json_t *restr = json_object_get(r, "restrictions");
	const char *desc = json_string_value(json_object_get(r, "description"));
	int rc = buf_adds(b, "\n## Role ");
	if (!rc)
		rc = esc(b, json_string_value(json_object_get(r, "name")));
	if (!rc)
		rc = buf_adds(b, "\n\n");
	if (!rc && desc && *desc) {
		rc = esc(b, desc);
		if (!rc)
			rc = buf_adds(b, "\n\n");
	}
	if (!rc && json_array_size(json_object_get(r, "inherits"))) {
		rc = buf_adds(b, "Includes the roles: ");
		if (!rc)
			rc = esc_list(b, json_object_get(r, "inherits"), ", ");
		if (!rc)
			rc = buf_adds(b, "\n\n");
	}
	if (!rc && !json_array_size(access) && !json_array_size(restr))
		rc = buf_adds(b, "This role has no access to your data.\n");
	for (size_t i = 0; !rc && i < json_array_size(access); i++)
		rc = entry(b, notice, json_array_get(access, i), 0);
	for (size_t i = 0; !rc && i < json_array_size(restr); i++)
		rc = entry(b, notice, json_array_get(restr, i), 1);
	return rc;
}

int pol_notice_markdown(const json_t *notice, struct buf *b)
{
	int rc = buf_addf(b,
			  "# Privacy notice: who may see your conversations\n\n"
			  "Generated from access policy version %lld; it changes whenever the "
			  "policy changes. Nobody may use your data unless a rule below allows "
			  "it, and a \"never\" rule of a role wins over every \"may\". Every "
			  "access is recorded in an audit log.\n",
			  (long long)json_integer_value(json_object_get(notice, "policy_version")));
	const json_t *roles = json_object_get(notice, "roles");
	for (size_t i = 0; !rc && i < json_array_size(roles); i++)
		rc = role(b, notice, json_array_get(roles, i));
	if (!rc)
		rc = buf_adds(b, "\n## The kinds of data named above\n\n");
	const json_t *types = json_object_get(notice, "types");
	for (size_t i = 0; !rc && i < json_array_size(types); i++) {
		const json_t *t = json_array_get(types, i);
		rc = buf_adds(b, "- ");
		if (!rc)
			rc = esc(b, json_string_value(json_object_get(t, "name")));
		if (!rc)
			rc = buf_adds(b, ": ");
		if (!rc)
			rc = esc(b, json_string_value(json_object_get(t, "text")));
		if (!rc)
			rc = buf_adds(b, "\n");
	}
	return rc;
}
