/* cli: the custos subcommands (serve, check-config, audit, policy, version). */
#ifndef CUSTOS_CLI_H
#define CUSTOS_CLI_H

/* Runs the subcommand named in argv[1]; returns the process exit code. */
int cli_main(int argc, char **argv);

/* Subcommand groups, one file each; argv[1] is the group name, argv[2] the
 * subcommand. Exit codes: 0 ok, 1 a reported problem, 2 usage. */
int cli_policy(int argc, char **argv);    /* cli_policy.c: validate|import|export|test */
int cli_audit(int argc, char **argv);     /* cli_audit.c: verify|head */
int cli_retention(int argc, char **argv); /* cli_retention.c: sweep */

#endif
