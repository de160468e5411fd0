/* cli_retention: "custos retention ..." (not built yet). */
#include <stdio.h>

#include "cli.h"

int cli_retention(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "custos retention: not implemented yet\n");
	return 2;
}
