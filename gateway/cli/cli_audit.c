/* cli_audit: "custos audit verify|head". Both open the audit environment
 * read-only (audit_verify_dir / audit_head_dir), so they run in their own
 * process while a gateway writes the log. verify finds the audit key from
 * --key, --config, $CUSTOS_AUDIT_KEY_FILE or DIR/audit-key.path, in that
 * order, and says on stderr which one it used. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "audit.h"
#include "cli.h"
#include "config.h"
#include "file.h"
#include "keys.h"

#define PATH_CAP 4096

static const char help_text[] =
	"usage:\n"
	"  custos audit verify --data DIR [--key FILE] [--config CFG] [--anchor SEQ:HASH]\n"
	"  custos audit head --data DIR\n"
	"DIR is the gateway's data_dir (its audit/ subdirectory is used) or the audit\n"
	"environment itself; with --config and no --data, the config's data_dir.\n"
	"The key: --key, else --config's [keys] audit_key_file, else\n"
	"$CUSTOS_AUDIT_KEY_FILE, else the path the gateway wrote to DIR/audit-key.path.\n"
	"Exit: 0 intact, 1 a bad entry or truncation (first bad seq printed), 2 usage\n"
	"or the log/key could not be read.\n";

static int usage(void)
{
	fputs(help_text, stderr);
	return 2;
}

struct opts {
	const char *data, *key, *config, *anchor;
};

static int parse_opts(int argc, char **argv, struct opts *o)
{
	memset(o, 0, sizeof *o);
	for (int i = 3; i < argc; i++) {
		const char **slot = NULL;
		if (!strcmp(argv[i], "--data"))
			slot = &o->data;
		else if (!strcmp(argv[i], "--key"))
			slot = &o->key;
		else if (!strcmp(argv[i], "--config"))
			slot = &o->config;
		else if (!strcmp(argv[i], "--anchor"))
			slot = &o->anchor;
		if (!slot || i + 1 >= argc) {
			fprintf(stderr, "custos audit: unexpected argument %s\n", argv[i]);
			return -1;
		}
		*slot = argv[++i];
	}
	return 0;
}

static int is_file(const char *dir, const char *name)
{
	char p[PATH_CAP];
	struct stat st;
	int n = snprintf(p, sizeof p, "%s/%s", dir, name);
	return n > 0 && (size_t)n < sizeof p && stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* The audit environment (*env) and the data_dir holding audit-key.path
 * (*data_dir) for DIR. 0, or -1 with a message printed. */
static int resolve_dirs(const char *dir, char env[PATH_CAP], char data_dir[PATH_CAP])
{
	char sub[PATH_CAP];
	int n = snprintf(sub, sizeof sub, "%s/audit", dir);
	if (n < 0 || (size_t)n >= sizeof sub) {
		fprintf(stderr, "custos audit: path too long: %s\n", dir);
		return -1;
	}
	if (is_file(sub, "data.mdb")) {
		memcpy(env, sub, (size_t)n + 1);
		memcpy(data_dir, dir, strlen(dir) + 1); /* shorter than sub */
		return 0;
	}
	if (is_file(dir, "data.mdb")) {
		memcpy(env, dir, strlen(dir) + 1);
		memcpy(data_dir, sub, (size_t)n - 5); /* dir + "/" */
		memcpy(data_dir + n - 5, "..", 3);
		return 0;
	}
	fprintf(stderr, "custos audit: no audit log in %s (nor in %s)\n", dir, sub);
	return -1;
}

/* The key path recorded by the gateway in data_dir/audit-key.path (new
 * string, caller frees), or NULL. */
static char *recorded_key_path(const char *data_dir)
{
	char p[PATH_CAP];
	char *text = NULL;
	size_t len = 0;
	int n = snprintf(p, sizeof p, "%s/audit-key.path", data_dir);
	if (n < 0 || (size_t)n >= sizeof p || file_read(p, PATH_CAP, &text, &len) != 0)
		return NULL;
	text[strcspn(text, "\r\n")] = '\0';
	if (!text[0]) {
		free(text);
		return NULL;
	}
	return text;
}

/* Parses "SEQ:HASH" (HASH 64 hex digits). 0 or -1. */
static int parse_anchor(const char *s, audit_anchor *a)
{
	const char *colon = strchr(s, ':');
	if (!colon || colon == s || colon - s > 20 || strlen(colon + 1) != 64)
		return -1;
	char num[24];
	memcpy(num, s, (size_t)(colon - s));
	num[colon - s] = '\0';
	for (const char *p = num; *p; p++)
		if (*p < '0' || *p > '9')
			return -1;
	errno = 0;
	char *end = NULL;
	unsigned long long v = strtoull(num, &end, 10);
	if (errno || *end || v == 0)
		return -1;
	for (const char *p = colon + 1; *p; p++)
		if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f')))
			return -1;
	a->seq = (uint64_t)v;
	memcpy(a->hash, colon + 1, 65);
	return 0;
}

static int cmd_verify(const struct opts *o)
{
	int rc = 2;
	struct config *cfg = NULL;
	char *recorded = NULL;
	keys_secret *key = NULL;
	char env[PATH_CAP], data_dir[PATH_CAP];
	audit_anchor anchor;
	const char *data = o->data;

	if (o->anchor && parse_anchor(o->anchor, &anchor)) {
		fprintf(stderr,
			"custos audit: --anchor must be SEQ:HASH (from `custos audit head`)\n");
		goto out;
	}
	if (o->config) {
		if (cli_config_load(o->config, 0, &cfg))
			goto out;
		if (!data)
			data = cfg->data_dir;
	}
	if (!data) {
		rc = usage();
		goto out;
	}
	if (resolve_dirs(data, env, data_dir))
		goto out;

	const char *key_path = NULL, *from = NULL;
	const char *env_key = getenv("CUSTOS_AUDIT_KEY_FILE");
	if (o->key) {
		key_path = o->key;
		from = "--key";
	} else if (cfg && cfg->audit_key_file) {
		key_path = cfg->audit_key_file;
		from = "--config [keys] audit_key_file";
	} else if (env_key && env_key[0]) {
		key_path = env_key;
		from = "$CUSTOS_AUDIT_KEY_FILE";
	} else {
		recorded = recorded_key_path(data_dir);
		key_path = recorded;
		from = "audit-key.path in the data directory";
	}
	if (!key_path) {
		fprintf(stderr,
			"custos audit: no audit key: give --key, --config or $CUSTOS_AUDIT_KEY_FILE "
			"(%s/audit-key.path is missing)\n",
			data_dir);
		goto out;
	}
	fprintf(stderr, "custos audit: key file %s (from %s)\n", key_path, from);
	char err[256];
	if (keys_load_file(key_path, &key, err, sizeof err)) {
		fprintf(stderr, "custos audit: %s\n", err);
		goto out;
	}
	audit_verify_result v;
	memset(&v, 0, sizeof v);
	int vrc = audit_verify_dir(env, keys_secret_bytes(key), o->anchor ? &anchor : NULL, &v);
	if (vrc) {
		fprintf(stderr, "custos audit: %s: %s\n", env, audit_strerror(vrc));
		goto out;
	}
	if (v.ok) {
		printf("ok: %llu entries, head seq %llu hash %s\n", (unsigned long long)v.entries,
		       (unsigned long long)v.head_seq, v.head_hash);
		rc = 0;
	} else {
		printf("first bad seq %llu: %s\n", (unsigned long long)v.first_bad_seq, v.reason);
		fprintf(stderr,
			"custos audit: intact prefix: %llu entries, head seq %llu hash %s\n",
			(unsigned long long)v.entries, (unsigned long long)v.head_seq, v.head_hash);
		rc = 1;
	}
out:
	keys_free(key);
	free(recorded);
	config_free(cfg);
	return rc;
}

static int cmd_head(const struct opts *o)
{
	char env[PATH_CAP], data_dir[PATH_CAP];
	if (!o->data || o->key || o->anchor || o->config)
		return usage();
	if (resolve_dirs(o->data, env, data_dir))
		return 2;
	uint64_t seq = 0;
	char hash[AUDIT_HASH_HEX];
	int rc = audit_head_dir(env, &seq, hash);
	if (rc) {
		fprintf(stderr, "custos audit: %s: %s\n", env, audit_strerror(rc));
		return 2;
	}
	printf("%llu %s\n", (unsigned long long)seq, hash);
	return 0;
}

int cli_audit(int argc, char **argv)
{
	struct opts o;
	if (cli_wants_help(argc, argv, 2)) {
		fputs(help_text, stdout);
		return 0;
	}
	if (argc < 3)
		return usage();
	if (parse_opts(argc, argv, &o))
		return usage();
	if (!strcmp(argv[2], "verify"))
		return cmd_verify(&o);
	if (!strcmp(argv[2], "head"))
		return cmd_head(&o);
	return usage();
}
