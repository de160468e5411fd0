/* cli_security: `custos check-config --security`: the posture checks of
 * posture.c on a loaded configuration (docs/DETECTION.md, "Posture
 * checks"). One line per finding on stdout: "error CODE: message" or
 * "warning CODE: message". */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "cli.h"
#include "config.h"
#include "db.h"
#include "dclock.h"
#include "posture.h"
#include "store.h"

/* 1 when the policy store holds roles, 0 when empty, -1 unknown (no data
 * directory yet, or it cannot be opened). */
static int store_populated(const struct config *cfg)
{
	char err[400];
	db_env *env = NULL;
	pol_store *st = NULL;
	json_t *roles = NULL;
	int populated = -1;
	if (app_db_open(cfg, 0, &env, err, sizeof err))
		return -1;
	pol_store_opts o = {.validate = NULL};
	if (pol_store_open(env, &o, &st, err, sizeof err) == 0 &&
	    pol_store_list_roles(st, &roles) == 0)
		populated = json_array_size(roles) > 0;
	json_decref(roles);
	pol_store_close(st);
	db_env_close(env);
	return populated;
}

static void add_secret(posture_input *in, const char *label, const char *path)
{
	if (!path || in->nsecrets >= POSTURE_MAX_FILES)
		return;
	in->secrets[in->nsecrets].label = label;
	in->secrets[in->nsecrets].path = path;
	in->nsecrets++;
}

int cli_security(const struct config *c)
{
	posture_input in;
	memset(&in, 0, sizeof in);
	add_secret(&in, "[tls] key", c->key);
	add_secret(&in, "[keys] master_key_file", c->master_key_file);
	add_secret(&in, "[keys] audit_key_file", c->audit_key_file);
	add_secret(&in, "[keys] pseudonym_key_file", c->pseudonym_key_file);
	add_secret(&in, "[alerts] webhook_secret_file", c->detect.webhook_secret_file);
	in.ops_host = c->ops_listen ? c->ops_host : NULL;
	in.tls_priorities = c->priorities;
	in.default_priorities = app_tls_default_priorities();
	in.server_cert = c->cert;
	in.client_ca = c->client_ca;
	in.bootstrap_admins = c->nadmins;
	in.store_populated = c->nadmins ? store_populated(c) : -1;
	for (size_t i = 0; i < c->nissuers && i < POSTURE_MAX_ISSUERS; i++) {
		in.issuers[i].name = c->issuers[i].name;
		in.issuers[i].audience = c->issuers[i].audience;
		in.nissuers++;
	}
	in.retention_s = c->default_retention_s;
	in.test_clock = dclock_is_test();
	in.now_s = (uint64_t)time(NULL);

	posture_finding f[32];
	size_t n = posture_run(&in, f, sizeof f / sizeof f[0]);
	int errors = 0;
	for (size_t i = 0; i < n && i < sizeof f / sizeof f[0]; i++) {
		errors |= f[i].severity == POSTURE_ERROR;
		printf("%s %s: %s\n", f[i].severity == POSTURE_ERROR ? "error" : "warning",
		       f[i].code, f[i].msg);
	}
	return errors ? 2 : n ? 3 : 0;
}
