/* cli: the custos subcommands. Each returns the process exit code:
 * 0 success, 1 a reported problem, 2 a usage error. */
#include "cli.h"

#include <gnutls/gnutls.h>
#include <jansson.h>
#include <lmdb.h>
#include <microhttpd.h>
#include <openssl/crypto.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "server.h"

static int usage(void)
{
	fprintf(stderr,
		"usage:\n"
		"  custos serve --config FILE          run the gateway\n"
		"  custos check-config --config FILE   validate a configuration\n"
		"  custos policy validate FILE...      validate role documents offline\n"
		"  custos policy import|export|test    see custos policy help\n"
		"  custos audit verify --data DIR      verify the audit chain offline\n"
		"  custos audit head --data DIR        print the last seq and hash\n"
		"  custos retention sweep --config FILE  delete expired conversations now\n"
		"  custos version [--deps]             version (and linked libraries)\n");
	return 2;
}

/* Finds "--name VALUE" in argv[from..]. */
static const char *opt(int argc, char **argv, int from, const char *name)
{
	for (int i = from; i + 1 < argc; i++)
		if (!strcmp(argv[i], name))
			return argv[i + 1];
	return NULL;
}

static int load(const char *path, int check_files, struct config **out)
{
	struct config_errors errs = {0};
	int rc = config_load(path, check_files, out, &errs);
	for (size_t i = 0; i < errs.n; i++)
		fprintf(stderr, "%s\n", errs.msgs[i]);
	config_errors_clear(&errs);
	return rc;
}

static int cmd_check_config(int argc, char **argv)
{
	const char *path = opt(argc, argv, 2, "--config");
	if (!path)
		return usage();
	struct config *c = NULL;
	if (load(path, 1, &c))
		return 1;
	config_free(c);
	printf("%s: ok\n", path);
	return 0;
}

static int cmd_serve(int argc, char **argv)
{
	const char *path = opt(argc, argv, 2, "--config");
	if (!path)
		return usage();
	struct config *c = NULL;
	if (load(path, 1, &c))
		return 1;
	return server_run(c);
}

static int cmd_version(int argc, char **argv)
{
	printf("custos %s\n", CUSTOS_VERSION);
	if (argc >= 3 && !strcmp(argv[2], "--deps")) {
		char pcre[64] = "";
		pcre2_config(PCRE2_CONFIG_VERSION, pcre);
		printf("OpenSSL %s\n", OpenSSL_version(OPENSSL_VERSION_STRING));
		printf("GnuTLS %s\n", gnutls_check_version(NULL));
		printf("libjwt %s (build)\n", CUSTOS_LIBJWT_VERSION);
		printf("LMDB %s\n", mdb_version(NULL, NULL, NULL));
		printf("libmicrohttpd %s\n", MHD_get_version());
		printf("jansson %s\n", jansson_version_str());
		printf("PCRE2 %s\n", pcre);
		printf("inih %s (build)\n", CUSTOS_INIH_VERSION);
	}
	return 0;
}

int cli_main(int argc, char **argv)
{
	if (argc < 2)
		return usage();
	const char *cmd = argv[1];
	if (!strcmp(cmd, "serve"))
		return cmd_serve(argc, argv);
	if (!strcmp(cmd, "check-config"))
		return cmd_check_config(argc, argv);
	if (!strcmp(cmd, "version"))
		return cmd_version(argc, argv);
	if (!strcmp(cmd, "policy"))
		return cli_policy(argc, argv);
	if (!strcmp(cmd, "audit"))
		return cli_audit(argc, argv);
	if (!strcmp(cmd, "retention"))
		return cli_retention(argc, argv);
	return usage();
}
