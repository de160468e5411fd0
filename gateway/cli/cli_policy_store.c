/* cli_policy_store: "custos policy import" and "custos policy export": the
 * policy store of a configuration's data directory, opened beside a running
 * gateway (LMDB allows it). import validates the set as it will be, then
 * writes parents before children so that every version is valid. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "app.h"
#include "cli.h"
#include "cli_policy.h"
#include "config.h"
#include "db.h"
#include "store.h"

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
	json_array_foreach (json_object_get(doc, "inherits"), i, p) {
		const char *n = json_string_value(p);
		if (n && strcmp(n, "admin") && !name_in(present, n))
			return 0;
	}
	return 1;
}

int cpol_import(int argc, char **argv)
{
	const char *cfgpath = cli_opt(argc, argv, 3, "--config");
	struct config *cfg = NULL;
	pol_store *st = NULL;
	db_env *env = NULL;
	json_t *sdocs = NULL, *sbind = NULL, *all = NULL, *present = NULL, *done = NULL;
	struct inputs in;
	int ret = 1;
	cpol_inputs_init(&in);
	if (!cfgpath) {
		ret = cpol_usage();
		goto out;
	}
	if (cli_config_load(cfgpath, 0, &cfg))
		goto out;
	if (cpol_collect_positional(argc, argv, 3, &in) == 0) {
		ret = cpol_usage();
		goto out;
	}
	if (in.problems) {
		fprintf(stderr, "nothing imported\n");
		goto out;
	}
	pol_vocab v;
	v.custom_redact = cpol_custom_names(cfg, &v.ncustom);
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
	json_array_foreach (in.docs, i, d) {
		const char *n = json_string_value(json_object_get(d, "name"));
		if (n)
			json_object_set_new(done, n, json_true());
	}
	json_array_foreach (sdocs, i, d) {
		const char *n = json_string_value(json_object_get(d, "name"));
		if (n)
			json_object_set_new(present, n, json_true());
		if (n && !name_in(done, n))
			json_array_append(all, d);
	}
	if (cpol_validate_all(&in, all, v.custom_redact, v.ncustom)) {
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
			json_array_foreach (in.docs, i, d) {
				if (written[i] || (!force && !parents_present(d, present)))
					continue;
				const char *n = json_string_value(json_object_get(d, "name"));
				err[0] = '\0';
				rc = pol_store_put_role(st, "cli:import", n, d, POL_STORE_ANY, &ver,
							err, sizeof err);
				if (rc) {
					fprintf(stderr,
						"role '%s': %s (%zu of %zu roles imported)\n", n,
						err[0] ? err : pol_store_strerror(rc), put, nd);
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
	json_object_foreach (in.bindings, p, roles) {
		json_t *b = json_pack("{s:O}", "roles", roles);
		err[0] = '\0';
		rc = pol_store_put_binding(st, "cli:import", p, b, &ver, err, sizeof err);
		json_decref(b);
		if (rc) {
			fprintf(stderr, "binding '%s': %s\n", p,
				err[0] ? err : pol_store_strerror(rc));
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
	cpol_inputs_clear(&in);
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

int cpol_export(int argc, char **argv)
{
	const char *cfgpath = cli_opt(argc, argv, 3, "--config");
	const char *outdir = cli_opt(argc, argv, 3, "--out");
	struct config *cfg = NULL;
	pol_store *st = NULL;
	db_env *env = NULL;
	json_t *docs = NULL, *bind = NULL, *flat = NULL, *o = NULL;
	int ret = 1;
	if (!cfgpath)
		return cpol_usage();
	if (cli_config_load(cfgpath, 0, &cfg))
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
	json_array_foreach (docs, i, d) {
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
