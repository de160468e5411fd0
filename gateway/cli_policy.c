/* cli_policy: "custos policy ..." (not built yet). */
#include <stdio.h>

#include "cli.h"

int cli_policy(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "custos policy: not implemented yet\n");
	return 2;
}
