/* cli: subcommand dispatch (placeholder until the server lands). */
#include "cli.h"

#include <stdio.h>
#include <string.h>

int cli_main(int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "version") == 0) {
		printf("custos %s\n", CUSTOS_VERSION);
		return 0;
	}
	fprintf(stderr, "usage: custos serve|check-config|audit|policy|version\n");
	return 2;
}
