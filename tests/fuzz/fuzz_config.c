/* fuzz_config: the INI configuration reader on untrusted file contents.
 *
 * The input is written to a temp file and loaded without file checks. Checks
 * the contract: success exactly when no problem was reported, every problem
 * "PATH:LINE: message" with LINE within the file, and a loaded config has
 * every required key and only in-range values. */
#include <assert.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char g_path[64];

static void cleanup(void)
{
	unlink(g_path);
}

static void check_ok(const struct config *c)
{
	assert(c->listen && c->data_dir && c->cert && c->key && c->client_ca);
	assert(c->master_key_file && c->audit_key_file && c->pseudonym_key_file);
	assert(c->listen_port >= 1 && c->listen_port <= 65535);
	assert(c->threads >= 1 && c->threads <= 64);
	assert(c->nissuers <= CONFIG_MAX_ISSUERS && c->nadmins <= CONFIG_MAX_ADMINS);
	assert(c->npatterns <= CONFIG_MAX_PATTERNS);
	for (size_t i = 0; i < c->nissuers; i++) {
		const struct config_issuer *is = &c->issuers[i];
		assert(is->name && is->iss && is->audience);
		assert(is->nalgorithms >= 1 && is->nalgorithms <= CONFIG_MAX_ALGS);
		assert(!is->key_file != !is->jwks_file);
		assert(is->leeway_s >= 0 && is->leeway_s <= 600);
	}
	for (size_t i = 0; i < c->nadmins; i++)
		assert(c->admins[i] && c->admins[i][0]);
	for (size_t i = 0; i < c->npatterns; i++)
		assert(c->patterns[i].name && c->patterns[i].pattern);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!g_path[0]) {
		snprintf(g_path, sizeof g_path, "/tmp/custos-fuzz-config-XXXXXX");
		int fd = mkstemp(g_path);
		assert(fd >= 0);
		close(fd);
		atexit(cleanup);
	}
	if (size > 65536)
		return 0;
	int fd = open(g_path, O_WRONLY | O_TRUNC);
	assert(fd >= 0);
	assert(write(fd, data, size) == (ssize_t)size);
	close(fd);

	size_t lines = 1;
	for (size_t i = 0; i < size; i++)
		lines += data[i] == '\n';

	struct config *c = NULL;
	struct config_errors errs = {0};
	int rc = config_load(g_path, 0, &c, &errs);
	assert((rc == 0) == (errs.n == 0));
	assert((rc == 0) == (c != NULL));
	size_t plen = strlen(g_path);
	for (size_t i = 0; i < errs.n; i++) {
		const char *m = errs.msgs[i];
		assert(strncmp(m, g_path, plen) == 0 && m[plen] == ':');
		char *end = NULL;
		long line = strtol(m + plen + 1, &end, 10);
		assert(end && end[0] == ':' && end[1] == ' ');
		assert(line >= 1 && (size_t)line <= lines);
	}
	if (c)
		check_ok(c);
	config_free(c);
	config_errors_clear(&errs);
	return 0;
}
