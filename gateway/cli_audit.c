/* cli_audit: "custos audit ..." (not built yet). */
#include <stdio.h>

#include "cli.h"

int cli_audit(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "custos audit: not implemented yet\n");
	return 2;
}
