/* cli_keys: "custos keys init". Makes the three key files a fresh install
 * needs (master, audit, pseudonym: 32 random bytes, base64), each created
 * 0600 with O_EXCL by keys_generate_file, so an existing key is never
 * replaced: a lost master key makes every stored conversation unreadable.
 * Run it as the user the gateway runs as, so that user owns the files. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "config.h"
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
	"Exit: 0 all three keys present and valid, 1 a problem, 2 usage.\n";

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
			int n = snprintf(paths[i], sizeof paths[i], "%s", from[i]);
			too_long |= n < 0 || (size_t)n >= sizeof paths[i];
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
		bad |= init_one(paths[i]);
	return bad;
}

int cli_keys(int argc, char **argv)
{
	if (cli_wants_help(argc, argv, 2)) {
		fputs(help_text, stdout);
		return 0;
	}
	if (argc >= 3 && !strcmp(argv[2], "init"))
		return cmd_init(argc, argv);
	return usage();
}
