/* cli_policy: "custos policy validate|import|export|test". Role documents
 * come from files (one document or an array each) and directories (every
 * *.json in name order; bindings.json holds bindings, a file with "cases" is a
 * test file and is skipped). validate and test work offline with the policy
 * engine alone; import and export open the LMDB store under data_dir/store
 * (LMDB allows it while a gateway runs). See docs/ADMIN_API.md. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "app.h"
#include "identity.h"
#include "cli.h"
#include "db.h"
#include "config.h"
#include "policy.h"
#include "store.h"
#include "file.h"

#define CLI_MAX_FILE (16u << 20)
#define CLI_MAX_ERRS 256
#define CLI_MAX_GROUPS 64
#define CLI_MAX_EXTRA 64

/* Where the role documents of one file sit in the combined array. */
struct src {
	char *file;
	int is_array;
	size_t first, n;
};

struct inputs {
	struct src *srcs;
	size_t nsrcs, cap;
	json_t *docs;     /* every role document, in file order */
	json_t *bindings; /* {"principal": ["role", ...]} merged over bindings files */
	int problems;     /* files that could not be used (already printed) */
};

static void inputs_init(struct inputs *in)
{
	memset(in, 0, sizeof *in);
	in->docs = json_array();
	in->bindings = json_object();
}

static void inputs_clear(struct inputs *in)
{
	for (size_t i = 0; i < in->nsrcs; i++)
		free(in->srcs[i].file);
	free(in->srcs);
	json_decref(in->docs);
	json_decref(in->bindings);
	memset(in, 0, sizeof *in);
}

static json_t *load_json(const char *path)
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
static int merge_bindings(const char *file, const json_t *b, json_t *out)
{
	int bad = 0;
	if (!json_is_object(b)) {
		fprintf(stdout, "%s: $: bindings must be an object of principal -> roles\n", file);
		return 1;
	}
	const char *p;
	json_t *v;
	json_object_foreach((json_t *)b, p, v) {
		json_t *roles = json_is_object(v) ? json_object_get(v, "roles") : v;
		const char *why = NULL;
		if (pol_principal_parse(p, strlen(p), NULL, &why)) {
			fprintf(stdout, "%s: $[\"%s\"]: %s\n", file, p, why);
			bad++;
			continue;
		}
		int ok = json_is_array(roles) && json_array_size(roles) <= POL_STORE_MAX_BINDING_ROLES;
		size_t i;
		json_t *r;
		json_array_foreach(roles, i, r) ok = ok && json_is_string(r);
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
	json_t *j = load_json(path);
	if (!j) {
		in->problems++;
		return;
	}
	if (ends_with(base_name(path), "bindings.json")) {
		in->problems += merge_bindings(path, j, in->bindings);
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
static void add_path(struct inputs *in, const char *path)
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
static void print_problem(const struct inputs *in, const json_t *all, const pol_error *e)
{
	char *end = NULL;
	unsigned long k = 0;
	if (!strncmp(e->path, "$[", 2))
		k = strtoul(e->path + 2, &end, 10);
	if (!end || *end != ']') {
		fprintf(stdout, "%s: %s\n", e->path, e->msg);
		return;
	}
	const char *rest = end + 1;
	for (size_t i = 0; i < in->nsrcs; i++) {
		const struct src *s = &in->srcs[i];
		if (k < s->first || k >= s->first + s->n)
			continue;
		if (s->is_array)
			fprintf(stdout, "%s: $[%lu]%s: %s\n", s->file, (unsigned long)(k - s->first), rest,
				e->msg);
		else
			fprintf(stdout, "%s: $%s: %s\n", s->file, rest, e->msg);
		return;
	}
	const char *name = json_string_value(json_object_get(json_array_get(all, k), "name"));
	fprintf(stdout, "store: role '%s': $%s: %s\n", name ? name : "?", rest, e->msg);
}

/* Validates all (whose first documents are in's) as one set; prints every
 * problem. Returns the number of problems. */
static size_t validate_all(const struct inputs *in, const json_t *all,
			   const char *const *custom, size_t ncustom)
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

/* Finds "--name VALUE" in argv[from..]. */
static const char *opt(int argc, char **argv, int from, const char *name)
{
	for (int i = from; i + 1 < argc; i++)
		if (!strcmp(argv[i], name))
			return argv[i + 1];
	return NULL;
}

static int load_config(const char *path, struct config **out)
{
	struct config_errors errs = {0};
	int rc = config_load(path, 0, out, &errs);
	for (size_t i = 0; i < errs.n; i++)
		fprintf(stderr, "%s\n", errs.msgs[i]);
	config_errors_clear(&errs);
	return rc;
}

/* Custom redact names of cfg (may be NULL). */
static const char *const *custom_names(const struct config *cfg, size_t *n)
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

static int usage(void)
{
	fputs(help_text, stderr);
	return 2;
}

/* Collects the positional arguments of argv[from..] (skipping --config,
 * --out and their values) into in. Returns how many there were. */
static int collect_positional(int argc, char **argv, int from, struct inputs *in)
{
	int n = 0;
	for (int i = from; i < argc; i++) {
		if (!strcmp(argv[i], "--config") || !strcmp(argv[i], "--out")) {
			i++;
			continue;
		}
		add_path(in, argv[i]);
		n++;
	}
	return n;
}

/* ---- validate ------------------------------------------------------------ */

static int cmd_validate(int argc, char **argv)
{
	const char *cfgpath = opt(argc, argv, 3, "--config");
	struct config *cfg = NULL;
	struct inputs in;
	int ret = 1;
	inputs_init(&in);
	if (cfgpath && load_config(cfgpath, &cfg))
		goto out;
	if (collect_positional(argc, argv, 3, &in) == 0) {
		ret = usage();
		goto out;
	}
	size_t ncustom;
	const char *const *custom = custom_names(cfg, &ncustom);
	size_t nprob = validate_all(&in, in.docs, custom, ncustom);
	if (nprob || in.problems) {
		fprintf(stderr, "invalid: %zu problem(s)\n", nprob + (size_t)in.problems);
		goto out;
	}
	printf("ok: %zu role document(s), %zu binding(s)\n", json_array_size(in.docs),
	       json_object_size(in.bindings));
	ret = 0;
out:
	inputs_clear(&in);
	config_free(cfg);
	return ret;
}

/* ---- import / export ------------------------------------------------------ */

/* Opens the store of cfg's data directory (the environment in *env: close
 * it after the store). With vocab, every change is validated as a set. */
static int open_store(const struct config *cfg, int create, const pol_vocab *vocab, db_env **env,
		      pol_store **st)
{
	char err[400] = "";
	pol_store_opts o = {.validate = vocab ? pol_store_validate_docs : NULL,
			    .validate_ctx = (void *)vocab};
	*st = NULL;
	int rc = app_db_open(cfg, create, env, err, sizeof err);
	if (!rc)
		rc = pol_store_open(*env, &o, st, err, sizeof err);
	if (rc)
		fprintf(stderr, "policy store %s/store: %s\n", cfg->data_dir,
			err[0] ? err : pol_store_strerror(rc));
	return rc ? -1 : 0;
}

static int name_in(const json_t *names, const char *name)
{
	return json_object_get(names, name) != NULL;
}

/* 1 when every role doc inherits is "admin" or in present. */
static int parents_present(const json_t *doc, const json_t *present)
{
	size_t i;
	json_t *p;
	json_array_foreach(json_object_get(doc, "inherits"), i, p) {
		const char *n = json_string_value(p);
		if (n && strcmp(n, "admin") && !name_in(present, n))
			return 0;
	}
	return 1;
}

static int cmd_import(int argc, char **argv)
{
	const char *cfgpath = opt(argc, argv, 3, "--config");
	struct config *cfg = NULL;
	pol_store *st = NULL;
	db_env *env = NULL;
	json_t *sdocs = NULL, *sbind = NULL, *all = NULL, *present = NULL, *done = NULL;
	struct inputs in;
	int ret = 1;
	inputs_init(&in);
	if (!cfgpath) {
		ret = usage();
		goto out;
	}
	if (load_config(cfgpath, &cfg))
		goto out;
	if (collect_positional(argc, argv, 3, &in) == 0) {
		ret = usage();
		goto out;
	}
	if (in.problems) {
		fprintf(stderr, "nothing imported\n");
		goto out;
	}
	pol_vocab v;
	v.custom_redact = custom_names(cfg, &v.ncustom);
	if (open_store(cfg, 1, &v, &env, &st))
		goto out;
	uint64_t ver = 0;
	int rc = pol_store_load(st, &sdocs, &sbind, &ver);
	if (rc) {
		fprintf(stderr, "cannot read the policy store: %s\n", pol_store_strerror(rc));
		goto out;
	}
	/* The set as it will be: the imported documents, then stored roles they
	 * do not replace. It must be valid as a whole before anything is written. */
	all = json_deep_copy(in.docs);
	present = json_object();
	done = json_object();
	size_t i;
	json_t *d;
	json_array_foreach(in.docs, i, d) {
		const char *n = json_string_value(json_object_get(d, "name"));
		if (n)
			json_object_set_new(done, n, json_true());
	}
	json_array_foreach(sdocs, i, d) {
		const char *n = json_string_value(json_object_get(d, "name"));
		if (n)
			json_object_set_new(present, n, json_true());
		if (n && !name_in(done, n))
			json_array_append(all, d);
	}
	if (validate_all(&in, all, v.custom_redact, v.ncustom)) {
		fprintf(stderr, "invalid policy: nothing imported\n");
		goto out;
	}
	/* Parents before children, so that every intermediate set is valid. */
	size_t nd = json_array_size(in.docs), put = 0;
	char *written = calloc(nd ? nd : 1, 1);
	if (!written)
		goto out;
	char err[512];
	while (put < nd) {
		size_t before = put;
		for (int force = 0; force < 2 && put == before; force++) {
			json_array_foreach(in.docs, i, d) {
				if (written[i] || (!force && !parents_present(d, present)))
					continue;
				const char *n = json_string_value(json_object_get(d, "name"));
				err[0] = '\0';
				rc = pol_store_put_role(st, "cli:import", n, d, POL_STORE_ANY, &ver,
							err, sizeof err);
				if (rc) {
					fprintf(stderr, "role '%s': %s (%zu of %zu roles imported)\n",
						n, err[0] ? err : pol_store_strerror(rc), put, nd);
					free(written);
					goto out;
				}
				written[i] = 1;
				put++;
				json_object_set_new(present, n, json_true());
				if (force)
					break;
			}
		}
	}
	free(written);
	const char *p;
	json_t *roles;
	size_t nb = 0;
	json_object_foreach(in.bindings, p, roles) {
		json_t *b = json_pack("{s:O}", "roles", roles);
		err[0] = '\0';
		rc = pol_store_put_binding(st, "cli:import", p, b, &ver, err, sizeof err);
		json_decref(b);
		if (rc) {
			fprintf(stderr, "binding '%s': %s\n", p, err[0] ? err : pol_store_strerror(rc));
			goto out;
		}
		nb++;
	}
	printf("imported %zu role(s) and %zu binding(s); policy version %llu\n", put, nb,
	       (unsigned long long)ver);
	ret = 0;
out:
	json_decref(sdocs);
	json_decref(sbind);
	json_decref(all);
	json_decref(present);
	json_decref(done);
	pol_store_close(st);
	db_env_close(env);
	inputs_clear(&in);
	config_free(cfg);
	return ret;
}

static int write_json(const char *dir, const char *name, const json_t *j)
{
	char *path = NULL;
	if (asprintf(&path, "%s/%s.json", dir, name) < 0)
		return -1;
	int rc = json_dump_file(j, path, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	if (rc)
		fprintf(stderr, "cannot write %s\n", path);
	free(path);
	return rc ? -1 : 0;
}

/* A role name that is safe as a file name ([a-z0-9_.-], not "." or ".."). */
static int safe_file_name(const char *n)
{
	if (!n || !*n || !strcmp(n, ".") || !strcmp(n, "..") || !strcmp(n, "bindings"))
		return 0;
	for (const char *c = n; *c; c++)
		if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '_' ||
		      *c == '.' || *c == '-'))
			return 0;
	return 1;
}

static int cmd_export(int argc, char **argv)
{
	const char *cfgpath = opt(argc, argv, 3, "--config");
	const char *outdir = opt(argc, argv, 3, "--out");
	struct config *cfg = NULL;
	pol_store *st = NULL;
	db_env *env = NULL;
	json_t *docs = NULL, *bind = NULL, *flat = NULL, *o = NULL;
	int ret = 1;
	if (!cfgpath)
		return usage();
	if (load_config(cfgpath, &cfg))
		goto out;
	if (open_store(cfg, 0, NULL, &env, &st))
		goto out;
	uint64_t ver = 0;
	int rc = pol_store_load(st, &docs, &bind, &ver);
	if (rc) {
		fprintf(stderr, "cannot read the policy store: %s\n", pol_store_strerror(rc));
		goto out;
	}
	flat = pol_bindings_flat(bind);
	if (!flat)
		goto out;
	if (!outdir) {
		o = json_pack("{s:I,s:O,s:O}", "version", (json_int_t)ver, "roles", docs,
			      "bindings", flat);
		if (!o || json_dumpf(o, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER))
			goto out;
		fputc('\n', stdout);
		ret = 0;
		goto out;
	}
	if (mkdir(outdir, 0755) != 0 && errno != EEXIST) {
		fprintf(stderr, "cannot create %s: %s\n", outdir, strerror(errno));
		goto out;
	}
	size_t i;
	json_t *d;
	json_array_foreach(docs, i, d) {
		const char *n = json_string_value(json_object_get(d, "name"));
		if (!safe_file_name(n)) {
			fprintf(stderr, "role '%s': name not usable as a file name; skipped\n",
				n ? n : "?");
			continue;
		}
		if (write_json(outdir, n, d))
			goto out;
	}
	if (write_json(outdir, "bindings", flat))
		goto out;
	printf("exported %zu role(s) and %zu binding(s) of policy version %llu to %s\n",
	       json_array_size(docs), json_object_size(flat), (unsigned long long)ver, outdir);
	ret = 0;
out:
	json_decref(docs);
	json_decref(bind);
	json_decref(flat);
	json_decref(o);
	pol_store_close(st);
	db_env_close(env);
	config_free(cfg);
	return ret;
}

/* ---- test ------------------------------------------------------------------ */

/* 1 when a and b (arrays of strings) hold the same set. */
static int same_set(const json_t *a, const json_t *b)
{
	if (!json_is_array(a) || !json_is_array(b) || json_array_size(a) != json_array_size(b))
		return 0;
	size_t i, j;
	json_t *x, *y;
	json_array_foreach(a, i, x) {
		int found = 0;
		json_array_foreach(b, j, y) found |= json_equal(x, y);
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
	json_array_foreach(json_object_get(rq, "groups"), i, g) {
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
	json_array_foreach(json_object_get(rq, "roles"), i, g) {
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
		q.subject_kind = ident_kind(subject);
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
	} else if (ered && !same_set(ered, d.redact)) {
		char *a = dump(ered), *b = dump(d.redact);
		snprintf(why, sizeof why, "redact: expected %s, got %s", a ? a : "?", b ? b : "?");
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

static int cmd_test(int argc, char **argv)
{
	if (argc < 4 || argv[3][0] == '-')
		return usage();
	const char *cases_path = argv[3];
	const char *cfgpath = opt(argc, argv, 4, "--config");
	struct config *cfg = NULL;
	struct inputs in;
	json_t *cf = NULL;
	pol_snapshot *snap = NULL;
	int ret = 1;
	inputs_init(&in);
	if (cfgpath && load_config(cfgpath, &cfg))
		goto out;
	cf = load_json(cases_path);
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
			add_path(&in, argv[i]);
		i--;
	}
	if (ndocs == 0) { /* the directory of the cases file */
		char *dir = strdup(cases_path);
		if (!dir)
			goto out;
		char *slash = strrchr(dir, '/');
		if (slash)
			*slash = '\0';
		add_path(&in, slash ? dir : ".");
		free(dir);
	}
	json_t *cb = json_is_object(cf) ? json_object_get(cf, "bindings") : NULL;
	if (cb)
		in.problems += merge_bindings(cases_path, cb, in.bindings);
	size_t ncustom;
	const char *const *custom = custom_names(cfg, &ncustom);
	if (validate_all(&in, in.docs, custom, ncustom) || in.problems) {
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
	json_array_foreach(cases, i, c) {
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
	inputs_clear(&in);
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
		return usage();
	const char *sub = argv[2];
	if (!strcmp(sub, "validate"))
		return cmd_validate(argc, argv);
	if (!strcmp(sub, "import"))
		return cmd_import(argc, argv);
	if (!strcmp(sub, "export"))
		return cmd_export(argc, argv);
	if (!strcmp(sub, "test"))
		return cmd_test(argc, argv);
	if (!strcmp(sub, "help")) {
		fputs(help_text, stdout);
		return 0;
	}
	return usage();
}
