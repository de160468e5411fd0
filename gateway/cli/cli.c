/* cli: the custos subcommands. Each returns the process exit code:
 * 0 success, 1 a reported problem, 2 a usage error. */
#include "cli.h"

#define PCRE2_CODE_UNIT_WIDTH 8 /* before pcre2.h */

#include <curl/curl.h>
#include <gnutls/gnutls.h>
#include <jansson.h>
#include <lmdb.h>
#include <microhttpd.h>
#include <openssl/crypto.h>
#include <pcre2.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "config.h"
#include "depver.h"

static const char overview[] =
	"usage: custos COMMAND [ARGS]   (custos help COMMAND, or COMMAND --help)\n"
	"  serve --config FILE                run the gateway in the foreground\n"
	"  check-config --config FILE         validate a configuration and its files\n"
	"  policy validate|import|export|test role documents (offline or on the store)\n"
	"  audit verify|head                  check the audit chain offline\n"
	"  retention sweep --config FILE      delete expired conversations now\n"
	"  keys init --dir DIR | --config FILE  make the master, audit and pseudonym keys\n"
	"  keys rotate master | rewrap | status --config FILE  rotate keys (docs/KEYS.md)\n"
	"  version [--deps]                   version (and linked libraries)\n"
	"Exit: 0 ok, 1 a reported problem, 2 usage. Manual: man 8 custos.\n";

static const char serve_help[] =
	"usage: custos serve --config FILE\n"
	"Runs the gateway in the foreground: the HTTPS data listener (client\n"
	"certificate required) and the plain-HTTP ops listener. Logs go to stderr.\n"
	"SIGTERM/SIGINT drain in-flight requests and exit 0. SIGHUP re-reads the\n"
	"TLS certificate and key, client CA, CRL and issuer key files, reopens the\n"
	"audit export file and applies a new [server] audit_map_size (other\n"
	"settings need a restart). SIGUSR1 sweeps expired conversations now.\n"
	"Under systemd (Type=notify) it reports READY=1 once both listeners\n"
	"accept, RELOADING=1 and READY=1 around SIGHUP, and STOPPING=1.\n";

static const char check_config_help[] =
	"usage: custos check-config --config FILE [--security]\n"
	"Validates FILE and checks that every file it names can be read. Prints\n"
	"\"FILE: ok\" and exits 0, or one line per problem (file:line: message)\n"
	"and exits 1. With --security also reports weak settings (key files\n"
	"readable by others, weak TLS, certificates expiring within 30 days, ...):\n"
	"one line per finding, exit 2 with an error among them, 3 with warnings\n"
	"only (docs/DETECTION.md).\n";

static const char version_help[] =
	"usage: custos version [--deps]\n"
	"Prints the version; with --deps also the OpenSSL, GnuTLS, libjwt, LMDB,\n"
	"libmicrohttpd, jansson, PCRE2, inih and libcurl versions it runs with.\n";

static int usage(void)
{
	fputs(overview, stderr);
	return 2;
}

int cli_wants_help(int argc, char **argv, int from)
{
	for (int i = from; i < argc; i++)
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))
			return 1;
	return 0;
}

static int help(const char *text)
{
	fputs(text, stdout);
	return 0;
}

const char *cli_opt(int argc, char **argv, int from, const char *name)
{
	for (int i = from; i + 1 < argc; i++)
		if (!strcmp(argv[i], name))
			return argv[i + 1];
	return NULL;
}

int cli_config_load(const char *path, int check_files, struct config **out)
{
	struct config_errors errs = {0};
	int rc = config_load(path, check_files, out, &errs);
	for (size_t i = 0; i < errs.n; i++)
		fprintf(stderr, "%s\n", errs.msgs[i]);
	config_errors_clear(&errs);
	return rc;
}

/* The configuration of "CMD --config PATH", its files checked; NULL with
 * the exit code in *code when there is none to use (help shown, usage,
 * problems printed). */
static struct config *config_arg(int argc, char **argv, const char *help_text, int *code)
{
	struct config *c = NULL;
	const char *path = cli_opt(argc, argv, 2, "--config");
	if (cli_wants_help(argc, argv, 2))
		*code = help(help_text);
	else if (!path)
		*code = usage();
	else if (cli_config_load(path, 1, &c))
		*code = 1;
	return c;
}

static int cmd_check_config(int argc, char **argv)
{
	int code = 0;
	struct config *c = config_arg(argc, argv, check_config_help, &code);
	if (!c)
		return code;
	for (int i = 2; i < argc; i++)
		if (!strcmp(argv[i], "--security"))
			code = cli_security(c);
	config_free(c);
	printf("%s: ok\n", cli_opt(argc, argv, 2, "--config"));
	return code;
}

static int cmd_serve(int argc, char **argv)
{
	int code = 0;
	struct config *c = config_arg(argc, argv, serve_help, &code);
	return c ? app_serve(c) : code;
}

static int cmd_version(int argc, char **argv)
{
	if (cli_wants_help(argc, argv, 2))
		return help(version_help);
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
		printf("libcurl %s\n", curl_version_info(CURLVERSION_NOW)->version);
		/* against the Debian security releases the build saw */
		depver_print(stdout, NULL);
	}
	return 0;
}

int cli_main(int argc, char **argv)
{
	if (argc < 2)
		return usage();
	const char *cmd = argv[1];
	if (!strcmp(cmd, "help") && argc >= 3 && strcmp(argv[2], "help")) {
		char *sub[] = {argv[0], argv[2], (char *)"--help", NULL};
		return cli_main(3, sub);
	}
	if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help"))
		return help(overview);
	if (!strcmp(cmd, "--version"))
		return cmd_version(1, argv);
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
	if (!strcmp(cmd, "keys"))
		return cli_keys(argc, argv);
	return usage();
}
