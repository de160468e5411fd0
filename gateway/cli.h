/* cli: the custos subcommands (serve, check-config, audit, policy, version). */
#ifndef CUSTOS_CLI_H
#define CUSTOS_CLI_H

/* Runs the subcommand named in argv[1]; returns the process exit code. */
int cli_main(int argc, char **argv);

#endif
