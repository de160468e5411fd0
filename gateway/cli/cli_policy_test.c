/* cli_policy_test: "custos policy test": decision cases evaluated offline
 * against role documents and bindings (docs/ADMIN_API.md). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_policy.h"
#include "config.h"
#include "policy.h"

/* 1 when a and b (arrays of strings) hold the same set. */
static int same_set(const json_t *a, const json_t *b)
{
	if (!json_is_array(a) || !json_is_array(b) || json_array_size(a) != json_array_size(b))
		return 0;
	size_t i, j;
	json_t *x, *y;
	json_array_foreach (a, i, x) {
		int found = 0;
		json_array_foreach (b, j, y)
			found |= json_equal(x, y);
		if (!found)
			return 0;
	}
	return 1;
}

static char *dump(const json_t *j)
{
	return json_dumps(j, JSON_COMPACT | JSON_ENCODE_ANY);
}

/* Runs one case; prints PASS/FAIL; 1 passed, 0 failed. */
static int run_case(const pol_snapshot *snap, const json_t *c, size_t idx)
{
	char label[200];
	const char *nm = json_string_value(json_object_get(c, "name"));
	snprintf(label, sizeof label, "%s", nm ? nm : "");
	if (!nm)
		snprintf(label, sizeof label, "cases[%zu]", idx);
	json_t *rq = json_object_get(c, "request");
	json_t *ex = json_object_get(c, "expect");
	const char *subject = json_string_value(json_object_get(rq, "subject"));
	const char *action = json_string_value(json_object_get(rq, "action"));
	const char *exp_dec = json_string_value(json_object_get(ex, "decision"));
	if (!json_is_object(rq) || !json_is_object(ex) || !subject || !action || !exp_dec ||
	    (strcmp(exp_dec, "allow") && strcmp(exp_dec, "deny"))) {
		printf("FAIL %s: malformed case (needs request.subject, request.action and "
		       "expect.decision allow|deny)\n",
		       label);
		return 0;
	}
	const char *principals[1 + CLI_MAX_GROUPS];
	const char *extra[CLI_MAX_EXTRA];
	size_t np = 0, nx = 0, i;
	json_t *g;
	const char *bad = NULL;
	if (pol_principal_parse(subject, strlen(subject), NULL, &bad)) {
		printf("FAIL %s: malformed case (request.subject: %s)\n", label, bad);
		return 0;
	}
	principals[np++] = subject;
	json_array_foreach (json_object_get(rq, "groups"), i, g) {
		pol_principal gp;
		if (!json_is_string(g) || np == 1 + CLI_MAX_GROUPS ||
		    pol_principal_parse(json_string_value(g), json_string_length(g), &gp, NULL) ||
		    gp.kind != POL_PRINCIPAL_GROUP) {
			printf("FAIL %s: malformed case (groups: at most %d group principals)\n",
			       label, CLI_MAX_GROUPS);
			return 0;
		}
		principals[np++] = json_string_value(g);
	}
	json_array_foreach (json_object_get(rq, "roles"), i, g) {
		if (!json_is_string(g) || nx == CLI_MAX_EXTRA) {
			printf("FAIL %s: malformed case (roles: at most %d strings)\n", label,
			       CLI_MAX_EXTRA);
			return 0;
		}
		extra[nx++] = json_string_value(g);
	}
	json_t *hour = json_object_get(rq, "hour_utc");
	pol_request q;
	memset(&q, 0, sizeof q);
	q.subject_id = subject;
	q.subject_kind = json_string_value(json_object_get(rq, "kind"));
	if (!q.subject_kind)
		q.subject_kind = pol_principal_kind(subject);
	q.principals = principals;
	q.nprincipals = np;
	q.extra_roles = extra;
	q.nextra = nx;
	q.claims = json_object_get(rq, "claims");
	q.client = json_string_value(json_object_get(rq, "client"));
	q.purpose = json_string_value(json_object_get(rq, "purpose"));
	q.hour_utc = json_is_integer(hour) ? (int)json_integer_value(hour) : -1;
	q.action = action;
	q.resource = json_object_get(rq, "resource");
	q.explain = 0;
	pol_decision d;
	memset(&d, 0, sizeof d);
	int rc = pol_eval(snap, &q, &d);
	if (rc && !(rc == POL_ELIMIT && !d.allow)) {
		printf("FAIL %s: evaluation error: %s\n", label, pol_strerror(rc));
		pol_decision_clear(&d);
		return 0;
	}
	char why[600] = "";
	const char *got = d.allow ? "allow" : "deny";
	json_t *er = json_object_get(ex, "rule");
	json_t *ered = json_object_get(ex, "redact");
	json_t *ehid = json_object_get(ex, "hidden");
	json_t *erev = json_object_get(ex, "reveal");
	json_t *eroles = json_object_get(ex, "roles");
	if (strcmp(exp_dec, got)) {
		snprintf(why, sizeof why, "decision: expected %s, got %s (%s)", exp_dec, got,
			 d.reason);
	} else if (er && !(json_is_null(er) && !d.rule[0]) &&
		   !(json_is_string(er) && !strcmp(json_string_value(er), d.rule))) {
		char *s = dump(er);
		snprintf(why, sizeof why, "rule: expected %s, got %s%s%s", s ? s : "?",
			 d.rule[0] ? "\"" : "", d.rule[0] ? d.rule : "null", d.rule[0] ? "\"" : "");
		free(s);
	} else if ((ered || ehid) && !same_set(ered ? ered : ehid, d.redact)) {
		char *a = dump(ered ? ered : ehid), *b = dump(d.redact);
		snprintf(why, sizeof why, "%s: expected %s, got %s", ered ? "redact" : "hidden",
			 a ? a : "?", b ? b : "?");
		free(a);
		free(b);
	} else if (erev && !same_set(erev, d.reveal)) {
		char *a = dump(erev), *b = dump(d.reveal);
		snprintf(why, sizeof why, "reveal: expected %s, got %s", a ? a : "?", b ? b : "?");
		free(a);
		free(b);
	} else if (eroles && !same_set(eroles, d.roles)) {
		char *a = dump(eroles), *b = dump(d.roles);
		snprintf(why, sizeof why, "roles: expected %s, got %s", a ? a : "?", b ? b : "?");
		free(a);
		free(b);
	}
	pol_decision_clear(&d);
	if (why[0]) {
		printf("FAIL %s: %s\n", label, why);
		return 0;
	}
	printf("PASS %s\n", label);
	return 1;
}

int cpol_test(int argc, char **argv)
{
	if (argc < 4 || argv[3][0] == '-')
		return cpol_usage();
	const char *cases_path = argv[3];
	const char *cfgpath = cli_opt(argc, argv, 4, "--config");
	struct config *cfg = NULL;
	struct inputs in;
	json_t *cf = NULL;
	pol_snapshot *snap = NULL;
	int ret = 1;
	cpol_inputs_init(&in);
	if (cfgpath && cli_config_load(cfgpath, 0, &cfg))
		goto out;
	cf = cpol_load_json(cases_path);
	if (!cf)
		goto out;
	json_t *cases = json_is_array(cf) ? cf : json_object_get(cf, "cases");
	if (!json_is_array(cases)) {
		fprintf(stderr, "%s: expected {\"cases\": [...]} or an array of cases\n",
			cases_path);
		goto out;
	}
	int ndocs = 0;
	for (int i = 4; i < argc; i++) {
		if (strcmp(argv[i], "--docs"))
			continue;
		for (i++; i < argc && strncmp(argv[i], "--", 2); i++, ndocs++)
			cpol_add_path(&in, argv[i]);
		i--;
	}
	if (ndocs == 0) { /* the directory of the cases file */
		char *dir = strdup(cases_path);
		if (!dir)
			goto out;
		char *slash = strrchr(dir, '/');
		if (slash)
			*slash = '\0';
		cpol_add_path(&in, slash ? dir : ".");
		free(dir);
	}
	json_t *cb = json_is_object(cf) ? json_object_get(cf, "bindings") : NULL;
	if (cb)
		in.problems += cpol_merge_bindings(cases_path, cb, in.bindings);
	size_t ncustom;
	const char *const *custom = cpol_custom_names(cfg, &ncustom);
	if (cpol_validate_all(&in, in.docs, custom, ncustom) || in.problems) {
		fprintf(stderr, "invalid policy: no case was run\n");
		goto out;
	}
	pol_error pe;
	memset(&pe, 0, sizeof pe);
	int rc = 0;
	snap = pol_compile(in.docs, in.bindings, 0, NULL, custom, ncustom, &pe, &rc);
	if (!snap) {
		fprintf(stderr, "cannot compile: %s: %s (%s)\n", pe.path, pe.msg, pol_strerror(rc));
		goto out;
	}
	size_t passed = 0, failed = 0, i;
	json_t *c;
	json_array_foreach (cases, i, c) {
		if (run_case(snap, c, i))
			passed++;
		else
			failed++;
	}
	printf("%zu passed, %zu failed\n", passed, failed);
	ret = failed || passed == 0 ? 1 : 0;
out:
	pol_snapshot_free(snap);
	json_decref(cf);
	cpol_inputs_clear(&in);
	config_free(cfg);
	return ret;
}
