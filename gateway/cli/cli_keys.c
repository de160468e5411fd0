/* cli_keys: "custos keys init", "custos keys rotate", "custos keys rewrap"
 * and "custos keys status" (rotation: docs/KEYS.md). "init" makes the three key files a fresh install
 * needs (master, audit, pseudonym: 32 random bytes, base64), each created
 * 0600 with O_EXCL by keys_generate_file, so an existing key is never
 * replaced: a lost master key makes every stored conversation unreadable.
 * Run it as the user the gateway runs as, so that user owns the files. */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app.h"
#include "cli.h"
#include "config.h"
#include "keyring.h"
#include "keys.h"

#define KEY_PATH_CAP 4096

static const char help_text[] =
	"usage: custos keys init --dir DIR\n"
	"       custos keys init --config FILE\n"
	"Creates the master, audit and pseudonym key files (32 random bytes,\n"
	"base64, mode 0600): DIR/master.key, DIR/audit.key, DIR/pseudonym.key\n"
	"(DIR made 0700 if missing), or the three paths FILE's [keys] section\n"
	"names. An existing key file is checked and kept, never overwritten.\n"
	"Run it as the user the gateway runs as (e.g. setpriv --reuid=custos\n"
	"--regid=custos --init-groups custos keys init ...). Back the keys up:\n"
	"without the master key the stored conversations cannot be read, without\n"
	"the audit key the audit chain cannot be verified.\n"
	"Exit: 0 all three keys present and valid, 1 a problem, 2 usage.\n"
	"\n"
	"usage: custos keys rotate master|audit|pseudonym --config FILE\n"
	"       custos keys rewrap --config FILE\n"
	"       custos keys status --config FILE\n"
	"rotate: with no gateway running, adds master key version N+1 (the file\n"
	"[keys] master_key_file.N+1, 0600) and rewraps every data key under it,\n"
	"then retires the older versions; recorded in the audit log. rotate audit:\n"
	"adds audit key version N+1 (audit_key_file.N+1); a key switch entry in the\n"
	"chain makes it the key of every later entry (keep every version: old\n"
	"entries verify under theirs). rotate pseudonym: adds pseudonym key\n"
	"version N+1 (pseudonym_key_file.N+1): pseudonyms are \"uN+1-...\" from\n"
	"then on, the pseudonym index is rebuilt, the previous pseudonyms are\n"
	"accepted for [keys] pseudonym_grace_s. With a gateway running, use\n"
	"POST /v1/keys/{master|audit|pseudonym}/rotate instead. rewrap: finishes\n"
	"an interrupted rewrap or index rebuild. status: the versions in use and\n"
	"the progress (read-only, a gateway may run). Runbook: docs/KEYS.md.\n";

static int usage(void)
{
	fputs(help_text, stderr);
	return 2;
}

/* Creates path's parent directory (one level) 0700 if it is missing. */
static int make_parent(const char *path)
{
	char dir[KEY_PATH_CAP];
	const char *slash = strrchr(path, '/');
	if (!slash || slash == path)
		return 0;
	size_t n = (size_t)(slash - path);
	if (n >= sizeof dir)
		return -1;
	memcpy(dir, path, n);
	dir[n] = '\0';
	if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
		fprintf(stderr, "custos keys: cannot create %s: %s\n", dir, strerror(errno));
		return -1;
	}
	return 0;
}

/* Creates one key file, or checks the one that is there. 0 or 1. */
static int init_one(const char *path)
{
	if (make_parent(path))
		return 1;
	int rc = keys_generate_file(path);
	int err_no = errno;
	if (rc == KEYS_OK) {
		printf("created %s\n", path);
		return 0;
	}
	if (rc != KEYS_E_EXISTS) {
		fprintf(stderr, "custos keys: %s: %s: %s\n", path, keys_strerror(rc),
			strerror(err_no));
		return 1;
	}
	keys_secret *k = NULL;
	char err[256];
	rc = keys_load_file(path, &k, err, sizeof err);
	keys_free(k);
	if (rc) {
		fprintf(stderr, "custos keys: %s exists but is not a usable key: %s\n", path, err);
		return 1;
	}
	printf("kept %s (exists)\n", path);
	return 0;
}

/* [keys] master = pkcs11:...: the key is made on the token (never
 * extractable), or the one there is checked. 0 or 1. */
static int init_token(const struct config *cfg)
{
	keys_p11 *k = NULL;
	char err[300];
	if (keys_p11_open(cfg->master_uri, cfg->pin_file, 1, 0, &k, err, sizeof err)) {
		fprintf(stderr, "custos keys: [keys] master: %s\n", err);
		return 1;
	}
	keys_p11_free(k);
	printf("master key on the token %s\n", cfg->master_uri);
	return 0;
}

static int cmd_init(int argc, char **argv)
{
	const char *dir = NULL, *cfgpath = NULL;
	for (int i = 3; i < argc; i++) {
		if (i + 1 < argc && !strcmp(argv[i], "--dir"))
			dir = argv[++i];
		else if (i + 1 < argc && !strcmp(argv[i], "--config"))
			cfgpath = argv[++i];
		else
			return usage();
	}
	if (!dir == !cfgpath)
		return usage();

	char paths[3][KEY_PATH_CAP];
	struct config *cfg = NULL;
	if (cfgpath) {
		if (cli_config_load(cfgpath, 0, &cfg))
			return 1;
		const char *from[3] = {cfg->master_key_file, cfg->audit_key_file,
				       cfg->pseudonym_key_file};
		int too_long = 0;
		for (int i = 0; i < 3; i++) {
			int n = snprintf(paths[i], sizeof paths[i], "%s", from[i] ? from[i] : "");
			too_long |= n < 0 || (size_t)n >= sizeof paths[i];
		}
		if (cfg->master_uri && init_token(cfg)) {
			config_free(cfg);
			return 1;
		}
		config_free(cfg);
		if (too_long) {
			fprintf(stderr, "custos keys: a key path in %s is too long\n", cfgpath);
			return 1;
		}
	} else {
		static const char *const names[3] = {"master", "audit", "pseudonym"};
		for (int i = 0; i < 3; i++) {
			int n = snprintf(paths[i], sizeof paths[i], "%s/%s.key", dir, names[i]);
			if (n < 0 || (size_t)n >= sizeof paths[i]) {
				fprintf(stderr, "custos keys: path too long: %s\n", dir);
				return 1;
			}
		}
		if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
			fprintf(stderr, "custos keys: cannot create %s: %s\n", dir,
				strerror(errno));
			return 1;
		}
	}
	int bad = 0;
	for (int i = 0; i < 3; i++)
		bad |= paths[i][0] ? init_one(paths[i]) : 0;
	return bad;
}

/* Opens the application for an offline key change: the data directory's
 * lock first (one writer). Returns the lock fd, or -1 (reported). */
static int open_offline(const char *cfgpath, struct config **cfg)
{
	char err[512];
	if (cli_config_load(cfgpath, 0, cfg))
		return -1;
	int lock = app_lock_data_dir((*cfg)->data_dir, err, sizeof err);
	if (lock < 0) {
		fprintf(stderr,
			"custos keys: %s; rotate online with POST "
			"/v1/keys/{master|audit|pseudonym}/rotate "
			"(docs/KEYS.md)\n",
			err);
		return -1;
	}
	if (app_open(*cfg, err, sizeof err)) {
		fprintf(stderr, "custos keys: %s\n", err);
		app_close();
		close(lock);
		return -1;
	}
	return lock;
}

/* Runs the rewrap (and a pseudonym index rebuild) to its end, printing
 * progress now and then. 0 or 1. */
static int rewrap_all(const char *done)
{
	int finished = 0;
	unsigned long steps = 0;
	while (!finished) {
		if (keyring_tick(&finished))
			return 1;
		if (++steps % 100 == 0)
			printf("rewrapping...\n");
	}
	printf("%s\n", done);
	return 0;
}

static int cmd_rotate(int argc, char **argv)
{
	const char *cfgpath = cli_opt(argc, argv, 4, "--config");
	struct config *cfg = NULL;
	if (argc < 4 || !cfgpath)
		return usage();
	int master = !strcmp(argv[3], "master"), pseudonym = !strcmp(argv[3], "pseudonym");
	if (!master && !pseudonym && strcmp(argv[3], "audit") != 0) {
		fprintf(stderr, "custos keys rotate: master, audit or pseudonym\n");
		return 2;
	}
	int lock = open_offline(cfgpath, &cfg);
	if (lock < 0) {
		config_free(cfg);
		return 1;
	}
	json_t *out = NULL;
	char err[256] = "";
	int ret = 1;
	/* The decision first, as the gateway records an API rotation. */
	if (keyring_record(argv[3], "system:cli", "rotate requested", 1)) {
		fprintf(stderr, "custos keys rotate: the audit log cannot record it; nothing "
				"rotated\n");
		goto out;
	}
	int rc = keyring_rotate(argv[3], &out, err, sizeof err);
	if (rc) {
		fprintf(stderr, "custos keys rotate: %s\n", err);
		keyring_record(argv[3], "system:cli", "rotate failed", 1);
		goto out;
	}
	if (pseudonym) {
		printf("pseudonym key version %lld is current; rebuilding the pseudonym index "
		       "(%lld conversations); the previous pseudonyms are accepted until %s\n",
		       (long long)json_integer_value(json_object_get(out, "version")),
		       (long long)json_integer_value(json_object_get(out, "index_pending")),
		       json_string_value(json_object_get(out, "grace_until")));
		ret = rewrap_all("pseudonym index rebuilt");
		goto out;
	}
	if (!master) {
		printf("audit key version %lld is in force from seq %lld\n",
		       (long long)json_integer_value(json_object_get(out, "version")),
		       (long long)json_integer_value(json_object_get(out, "from_seq")));
		ret = 0;
		goto out;
	}
	printf("master key version %lld is current; rewrapping %lld data keys\n",
	       (long long)json_integer_value(json_object_get(out, "version")),
	       (long long)json_integer_value(json_object_get(out, "rewrap_pending")));
	ret = rewrap_all("rewrap finished; older master key versions retired");
out:
	json_decref(out);
	app_close();
	close(lock);
	config_free(cfg);
	return ret;
}

static int cmd_rewrap(int argc, char **argv)
{
	const char *cfgpath = cli_opt(argc, argv, 3, "--config");
	struct config *cfg = NULL;
	if (!cfgpath)
		return usage();
	int lock = open_offline(cfgpath, &cfg);
	if (lock < 0) {
		config_free(cfg);
		return 1;
	}
	int ret = rewrap_all("rewrap and pseudonym index rebuild finished");
	app_close();
	close(lock);
	config_free(cfg);
	return ret;
}

static int cmd_status(int argc, char **argv)
{
	const char *cfgpath = cli_opt(argc, argv, 3, "--config");
	struct config *cfg = NULL;
	json_t *st = NULL;
	char err[512];
	if (!cfgpath)
		return usage();
	if (cli_config_load(cfgpath, 0, &cfg))
		return 1;
	int ret = keyring_status(cfg, &st, err, sizeof err);
	if (ret)
		fprintf(stderr, "custos keys status: %s\n", err);
	else
		json_dumpf(st, stdout, JSON_INDENT(2) | JSON_SORT_KEYS);
	if (!ret)
		putchar('\n');
	json_decref(st);
	config_free(cfg);
	return ret ? 1 : 0;
}

int cli_keys(int argc, char **argv)
{
	if (cli_wants_help(argc, argv, 2)) {
		fputs(help_text, stdout);
		return 0;
	}
	if (argc >= 3 && !strcmp(argv[2], "init"))
		return cmd_init(argc, argv);
	if (argc >= 3 && !strcmp(argv[2], "rotate"))
		return cmd_rotate(argc, argv);
	if (argc >= 3 && !strcmp(argv[2], "rewrap"))
		return cmd_rewrap(argc, argv);
	if (argc >= 3 && !strcmp(argv[2], "status"))
		return cmd_status(argc, argv);
	return usage();
}
