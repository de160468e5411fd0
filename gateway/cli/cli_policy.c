/* cli_policy: "custos policy validate|import|export|test": the inputs
 * shared by the commands (cli_policy.h), validate, and the dispatch. validate
 * and test (cli_policy_test.c) work offline with the policy engine alone;
 * import and export (cli_policy_store.c) open the LMDB store under
 * data_dir/store (LMDB allows it while a gateway runs). See
 * docs/ADMIN_API.md. */
#include "cli_policy.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "config.h"
#include "file.h"
#include "store.h"

void cpol_inputs_init(struct inputs *in)
{
	memset(in, 0, sizeof *in);
	in->docs = json_array();
	in->bindings = json_object();
}

void cpol_inputs_clear(struct inputs *in)
{
	for (size_t i = 0; i < in->nsrcs; i++)
		free(in->srcs[i].file);
	free(in->srcs);
	json_decref(in->docs);
	json_decref(in->bindings);
	memset(in, 0, sizeof *in);
}

json_t *cpol_load_json(const char *path)
{
	char *buf = NULL;
	size_t len = 0;
	int rc = file_read(path, CLI_MAX_FILE, &buf, &len);
	if (rc) {
		fprintf(stderr, "%s: cannot read: %s\n", path,
			rc == -EFBIG ? "file too large" : strerror(-rc));
		return NULL;
	}
	json_error_t je;
	json_t *j = json_loadb(buf, len, JSON_REJECT_DUPLICATES, &je);
	free(buf);
	if (!j)
		fprintf(stderr, "%s: invalid JSON at line %d column %d: %s\n", path, je.line,
			je.column, je.text);
	return j;
}

static int ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	return a >= b && !strcmp(s + a - b, suffix);
}

static const char *base_name(const char *path)
{
	const char *b = strrchr(path, '/');
	return b ? b + 1 : path;
}

/* Merges a bindings object ({"p": ["r"]} or {"p": {"roles": ["r"]}}) into
 * out as {"p": ["r"]}. Problems are printed on stdout like document problems
 * ("FILE: $[\"p\"]: ..."); returns their count. */
int cpol_merge_bindings(const char *file, const json_t *b, json_t *out)
{
	int bad = 0;
	if (!json_is_object(b)) {
		fprintf(stdout, "%s: $: bindings must be an object of principal -> roles\n", file);
		return 1;
	}
	const char *p;
	json_t *v;
	json_object_foreach ((json_t *)b, p, v) {
		json_t *roles = json_is_object(v) ? json_object_get(v, "roles") : v;
		const char *why = NULL;
		if (pol_principal_parse(p, strlen(p), NULL, &why)) {
			fprintf(stdout, "%s: $[\"%s\"]: %s\n", file, p, why);
			bad++;
			continue;
		}
		int ok = json_is_array(roles) &&
			 json_array_size(roles) <= POL_STORE_MAX_BINDING_ROLES;
		size_t i;
		json_t *r;
		json_array_foreach (roles, i, r)
			ok = ok && json_is_string(r);
		if (!ok) {
			fprintf(stdout,
				"%s: $[\"%s\"]: a binding maps a principal (svc:, user: or "
				"group:) to an array of at most %d role names\n",
				file, p, POL_STORE_MAX_BINDING_ROLES);
			bad++;
			continue;
		}
		json_object_set(out, p, roles);
	}
	return bad;
}

static int add_src(struct inputs *in, const char *file, int is_array, size_t n)
{
	if (in->nsrcs == in->cap) {
		size_t cap = in->cap ? in->cap * 2 : 16;
		struct src *s = realloc(in->srcs, cap * sizeof *s);
		if (!s)
			return -1;
		in->srcs = s;
		in->cap = cap;
	}
	struct src *s = &in->srcs[in->nsrcs];
	s->file = strdup(file);
	if (!s->file)
		return -1;
	s->is_array = is_array;
	s->first = json_array_size(in->docs) - n;
	s->n = n;
	in->nsrcs++;
	return 0;
}

/* Adds one file: bindings, test cases (skipped), or role documents. */
static void add_file(struct inputs *in, const char *path, int from_dir)
{
	json_t *j = cpol_load_json(path);
	if (!j) {
		in->problems++;
		return;
	}
	if (ends_with(base_name(path), "bindings.json")) {
		in->problems += cpol_merge_bindings(path, j, in->bindings);
	} else if (json_is_object(j) && json_object_get(j, "cases")) {
		if (!from_dir)
			fprintf(stderr, "%s: skipped (a test cases file, not role documents)\n",
				path);
	} else if (json_is_object(j)) {
		json_array_append(in->docs, j);
		if (add_src(in, path, 0, 1))
			in->problems++;
	} else if (json_is_array(j)) {
		json_array_extend(in->docs, j);
		if (add_src(in, path, 1, json_array_size(j)))
			in->problems++;
	} else {
		fprintf(stderr, "%s: $: expected a role document or an array of them\n", path);
		in->problems++;
	}
	json_decref(j);
}

static int json_name_filter(const struct dirent *d)
{
	return d->d_name[0] != '.' && ends_with(d->d_name, ".json");
}

/* Adds a file, or every *.json of a directory in name order. */
void cpol_add_path(struct inputs *in, const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		in->problems++;
		return;
	}
	if (!S_ISDIR(st.st_mode)) {
		add_file(in, path, 0);
		return;
	}
	struct dirent **list = NULL;
	int n = scandir(path, &list, json_name_filter, alphasort);
	if (n < 0) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		in->problems++;
		return;
	}
	for (int i = 0; i < n; i++) {
		char *full = NULL;
		if (asprintf(&full, "%s/%s", path, list[i]->d_name) >= 0) {
			add_file(in, full, 1);
			free(full);
		}
		free(list[i]);
	}
	free(list);
}

/* Prints a set-validation problem ("$[k]rest") as "FILE: $[j]rest: msg" for
 * the file that holds document k; k beyond the files is a stored role. */
static void print_problem_to(FILE *f, const struct inputs *in, const json_t *all,
			     const pol_error *e)
{
	char *end = NULL;
	unsigned long k = 0;
	if (!strncmp(e->path, "$[", 2))
		k = strtoul(e->path + 2, &end, 10);
	if (!end || *end != ']') {
		fprintf(f, "%s: %s\n", e->path, e->msg);
		return;
	}
	const char *rest = end + 1;
	for (size_t i = 0; i < in->nsrcs; i++) {
		const struct src *s = &in->srcs[i];
		if (k < s->first || k >= s->first + s->n)
			continue;
		if (s->is_array)
			fprintf(f, "%s: $[%lu]%s: %s\n", s->file, (unsigned long)(k - s->first),
				rest, e->msg);
		else
			fprintf(f, "%s: $%s: %s\n", s->file, rest, e->msg);
		return;
	}
	const char *name = json_string_value(json_object_get(json_array_get(all, k), "name"));
	fprintf(f, "store: role '%s': $%s: %s\n", name ? name : "?", rest, e->msg);
}

static void print_problem(const struct inputs *in, const json_t *all, const pol_error *e)
{
	print_problem_to(stdout, in, all, e);
}

/* Validates all (whose first documents are in's) as one set; prints every
 * problem. Returns the number of problems. */
size_t cpol_validate_all(const struct inputs *in, const json_t *all, const char *const *custom,
			 size_t ncustom)
{
	pol_error *errs = calloc(CLI_MAX_ERRS, sizeof *errs);
	size_t n = 0;
	if (!errs) {
		fprintf(stderr, "out of memory\n");
		return 1;
	}
	int rc = pol_set_validate_all(all, NULL, custom, ncustom, errs, CLI_MAX_ERRS, &n);
	for (size_t i = 0; i < n; i++)
		print_problem(in, all, &errs[i]);
	if (n == CLI_MAX_ERRS)
		fprintf(stdout, "(stopped after %d problems)\n", CLI_MAX_ERRS);
	if (rc && n == 0) {
		fprintf(stdout, "validation failed: %s\n", pol_strerror(rc));
		n = 1;
	}
	free(errs);
	return n;
}

void cpol_warn_legacy_redact(const struct inputs *in)
{
	size_t i, k;
	json_t *doc, *rule;
	json_array_foreach (in->docs, i, doc) {
		json_array_foreach (json_object_get(doc, "rules"), k, rule) {
			if (!json_is_object(rule) || !json_object_get(rule, "redact"))
				continue;
			pol_error e;
			snprintf(e.path, sizeof e.path, "$[%zu].rules[%zu].redact", i, k);
			snprintf(e.msg, sizeof e.msg,
				 "warning: redact is the older form: it shows only the older types "
				 "(email, phone, card, iban, ip, ssn, custom) it does not name and "
				 "hides every other (gov_id, secret, person, address, dob, pii); "
				 "say what the rule shows with reveal");
			print_problem_to(stderr, in, in->docs, &e);
		}
	}
}

/* Custom redact names of cfg (may be NULL). */
const char *const *cpol_custom_names(const struct config *cfg, size_t *n)
{
	static const char *names[CONFIG_MAX_PATTERNS];
	*n = 0;
	if (!cfg)
		return names;
	for (size_t i = 0; i < cfg->npatterns; i++)
		names[i] = cfg->patterns[i].name;
	*n = cfg->npatterns;
	return names;
}

static const char help_text[] =
	"usage:\n"
	"  custos policy validate [--config CFG] FILE_OR_DIR...\n"
	"  custos policy import --config CFG FILE_OR_DIR...\n"
	"  custos policy export --config CFG [--out DIR]\n"
	"  custos policy test CASES.json [--docs FILE_OR_DIR...] [--config CFG]\n"
	"validate checks role documents offline as one set (CFG adds its\n"
	"[redact] pattern names). import validates the resulting set, then puts\n"
	"each role and binding into the store under CFG's data_dir (one policy\n"
	"version each). export prints the stored roles and bindings as JSON, or\n"
	"writes DIR/<role>.json and DIR/bindings.json. test evaluates decision\n"
	"cases (default documents: the cases file's directory).\n"
	"A directory means its *.json files; *bindings.json files hold bindings.\n";

int cpol_usage(void)
{
	fputs(help_text, stderr);
	return 2;
}

/* Collects the positional arguments of argv[from..] (skipping --config,
 * --out and their values) into in. Returns how many there were. */
int cpol_collect_positional(int argc, char **argv, int from, struct inputs *in)
{
	int n = 0;
	for (int i = from; i < argc; i++) {
		if (!strcmp(argv[i], "--config") || !strcmp(argv[i], "--out")) {
			i++;
			continue;
		}
		cpol_add_path(in, argv[i]);
		n++;
	}
	return n;
}

/* ---- validate ------------------------------------------------------------ */

static int cmd_validate(int argc, char **argv)
{
	const char *cfgpath = cli_opt(argc, argv, 3, "--config");
	struct config *cfg = NULL;
	struct inputs in;
	int ret = 1;
	cpol_inputs_init(&in);
	if (cfgpath && cli_config_load(cfgpath, 0, &cfg))
		goto out;
	if (cpol_collect_positional(argc, argv, 3, &in) == 0) {
		ret = cpol_usage();
		goto out;
	}
	size_t ncustom;
	const char *const *custom = cpol_custom_names(cfg, &ncustom);
	size_t nprob = cpol_validate_all(&in, in.docs, custom, ncustom);
	cpol_warn_legacy_redact(&in);
	if (nprob || in.problems) {
		fprintf(stderr, "invalid: %zu problem(s)\n", nprob + (size_t)in.problems);
		goto out;
	}
	printf("ok: %zu role document(s), %zu binding(s)\n", json_array_size(in.docs),
	       json_object_size(in.bindings));
	ret = 0;
out:
	cpol_inputs_clear(&in);
	config_free(cfg);
	return ret;
}

int cli_policy(int argc, char **argv)
{
	if (cli_wants_help(argc, argv, 2)) {
		fputs(help_text, stdout);
		return 0;
	}
	if (argc < 3)
		return cpol_usage();
	const char *sub = argv[2];
	if (!strcmp(sub, "validate"))
		return cmd_validate(argc, argv);
	if (!strcmp(sub, "import"))
		return cpol_import(argc, argv);
	if (!strcmp(sub, "export"))
		return cpol_export(argc, argv);
	if (!strcmp(sub, "test"))
		return cpol_test(argc, argv);
	if (!strcmp(sub, "help")) {
		fputs(help_text, stdout);
		return 0;
	}
	return cpol_usage();
}
