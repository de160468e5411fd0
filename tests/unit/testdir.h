/* A scratch directory per unit-test program: TESTDIR_NAME (defined before
 * including this) names it under /tmp; testdir_setup/testdir_teardown are
 * cmocka group or test fixtures; testdir_run runs a shell command inside it,
 * its output discarded, and returns system()'s status. Header-only: each
 * test program is one translation unit. */
#ifndef CUSTOS_TESTS_TESTDIR_H
#define CUSTOS_TESTS_TESTDIR_H

#include <stdio.h>
#include <stdlib.h>

#ifndef TESTDIR_NAME
#error "define TESTDIR_NAME before including testdir.h"
#endif

static char dir[64];

static int testdir_setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "/tmp/custos-" TESTDIR_NAME "-XXXXXX");
	return mkdtemp(dir) ? 0 : -1;
}

static int testdir_teardown(void **state)
{
	(void)state;
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	return system(cmd) == 0 ? 0 : -1;
}

__attribute__((unused)) static int testdir_run(const char *cmd)
{
	char full[2048];
	snprintf(full, sizeof full, "cd %s && ( %s ) >/dev/null 2>&1", dir, cmd);
	return system(full);
}

#endif
