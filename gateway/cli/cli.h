/* cli: the custos subcommands (serve, check-config, audit, policy, retention,
 * keys, version). Every command and group answers --help (or -h) on stdout
 * with exit 0.
 * The main thread of a short-lived process. */
#ifndef CUSTOS_CLI_H
#define CUSTOS_CLI_H

/* Runs the subcommand named in argv[1]; returns the process exit code. */
int cli_main(int argc, char **argv);

/* Subcommand groups, one file each; argv[1] is the group name, argv[2] the
 * subcommand. Exit codes: 0 ok, 1 a reported problem, 2 usage. */
int cli_policy(int argc, char **argv);    /* cli_policy.c: validate|import|export|test */
int cli_audit(int argc, char **argv);     /* cli_audit.c: verify|head */
int cli_retention(int argc, char **argv); /* cli_retention.c: sweep */
int cli_keys(int argc, char **argv);      /* cli_keys.c: init */

struct config;
/* cli_security.c: `check-config --security`: prints the posture findings
 * of c; returns the exit code (0 none, 3 warnings only, 2 errors). */
int cli_security(const struct config *c);

/* 1 if argv[from..] holds --help or -h (the command then prints its help on
 * stdout and exits 0), else 0. */
int cli_wants_help(int argc, char **argv, int from);

/* The value of "--name VALUE" in argv[from..], or NULL. */
const char *cli_opt(int argc, char **argv, int from, const char *name);

/* config_load with its problems printed on stderr; 0 or an error. */
struct config;
int cli_config_load(const char *path, int check_files, struct config **out);

#endif
