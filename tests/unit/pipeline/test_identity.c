/* Unit tests of pipeline/identity: identities from a client certificate's
 * principal, a Bearer token (minted at test time by mint_tokens.py with
 * python3-jwt), a subject's own token and a named subject; and revocations
 * looked up in a real policy store in a fresh temp dir. No request, no
 * HTTP: the module takes plain values. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>

#include "buf.h"
#include "db.h"
#include "errors-t.h"
#include "file.h"
#include "identity.h"
#include "idp.h"
#include "jdump.h"
#include "jwt_verify.h"
#include "store.h"

extern char **environ;

static char g_dir[256];

struct world {
	db_env *env;
	pol_store *store;
	idp *idp;
	struct ident_ctx c;
};

static void run(char *const argv[])
{
	pid_t pid;
	int st = 0;
	assert_int_equal(posix_spawn(&pid, argv[0], NULL, NULL, argv, environ), 0);
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 0);
}

static char *token(const char *name, size_t *len)
{
	char p[512];
	char *buf = NULL;
	snprintf(p, sizeof p, "%s/%s.jwt", g_dir, name);
	assert_int_equal(file_read(p, 1 << 16, &buf, len), 0);
	return buf;
}

/* "Bearer <token of case name>" (caller frees). */
static char *bearer(const char *name)
{
	size_t len = 0;
	char *t = token(name, &len), *h = NULL;
	assert_true(asprintf(&h, "Bearer %s", t) > 0);
	free(t);
	return h;
}

static const char *const ADMINS[] = {"svc:root", "group:corp/eu"};
static const char *const ALGS[] = {"RS256", "ES256"};

static int setup(void **state)
{
	struct world *w = calloc(1, sizeof *w);
	const char *src = getenv("CUSTOS_SOURCE_DIR");
	char script[512], jwks[512], store[300], err[256] = "";
	if (!w)
		return -1;
	snprintf(g_dir, sizeof g_dir, "/tmp/custos-ident-XXXXXX");
	if (!mkdtemp(g_dir))
		return -1;
	snprintf(script, sizeof script, "%s/tests/unit/mint_tokens.py", src ? src : ".");
	char *argv[] = {"/usr/bin/python3", script, g_dir, NULL};
	run(argv);
	snprintf(jwks, sizeof jwks, "%s/corp.jwks.json", g_dir);
	jwtv_issuer_conf iss = {.name = "corp", .iss = "https://idp.example.test",
				.audience = "custos", .algorithms = ALGS, .nalgorithms = 2,
				.jwks_file = jwks, .groups_claim = "groups", .leeway_s = 30};
	jwksf_issuer_conf fetch = {.name = "corp", .iss = "https://idp.example.test",
				   .watch_file = 1};
	idp_conf ic = {.jwtv = {.issuers = &iss, .nissuers = 1, .cache_ttl_s = 60,
				.cache_max = 16, .jwks_min_refresh_s = 60},
		       .fetch = {.issuers = &fetch, .nissuers = 1, .min_refresh_s = 60,
				 .max_refresh_s = 3600}};
	if (idp_open(&w->idp, &ic, err, sizeof err))
		fail_msg("idp_open: %s", err);
	snprintf(store, sizeof store, "%s/store", g_dir);
	db_env_opts eo = {.dir = store, .map_size = 16u << 20};
	if (db_env_open(&eo, &w->env, err, sizeof err) ||
	    pol_store_open(w->env, NULL, &w->store, err, sizeof err))
		fail_msg("store: %s", err);
	w->c = (struct ident_ctx){.idp = w->idp, .store = w->store, .admins = ADMINS,
				  .nadmins = 2};
	*state = w;
	return 0;
}

static int teardown(void **state)
{
	struct world *w = *state;
	pol_store_close(w->store);
	db_env_close(w->env);
	idp_close(w->idp);
	free(w);
	char *argv[] = {"/bin/rm", "-rf", g_dir, NULL};
	run(argv);
	return 0;
}

static void test_certificate_alone_is_a_service(void **state)
{
	struct world *w = *state;
	struct identity *who = NULL;
	assert_int_equal(ident_of_request(&w->c, "svc:billing", NULL, NULL, time(NULL), &who), 0);
	assert_string_equal(who->subject, "svc:billing");
	assert_string_equal(who->kind, "svc");
	assert_int_equal(who->nprincipals, 1);
	assert_null(who->token);
	assert_string_equal(who->purpose, "");
	assert_false(who->bootstrap_admin);
	ident_free(who);
	assert_int_equal(ident_of_request(&w->c, "svc:root", NULL, "audit 2026", time(NULL), &who),
			 0);
	assert_true(who->bootstrap_admin);
	assert_string_equal(who->purpose, "audit 2026");
	ident_free(who);
}

static void test_bearer_token_names_the_user_and_groups(void **state)
{
	struct world *w = *state;
	struct identity *who = NULL;
	char *h = bearer("valid_rs256");
	assert_int_equal(ident_of_request(&w->c, "svc:frontend", h, NULL, time(NULL), &who), 0);
	assert_string_equal(who->subject, "user:corp/alice");
	assert_string_equal(who->kind, "user");
	assert_int_equal(who->nprincipals, 3);
	assert_string_equal(who->principals[0], "user:corp/alice");
	assert_string_equal(who->principals[1], "group:corp/support");
	assert_string_equal(who->principals[2], "group:corp/eu");
	assert_non_null(who->token);
	/* group:corp/eu is a bootstrap admin: so is every member. */
	assert_true(who->bootstrap_admin);
	ident_free(who);
	free(h);
}

/* ident_whoami_dump writes the bytes http_reply_json wrote for
 * ident_whoami_json, or fails where that tree is not the full answer. */
static void same_whoami(const struct identity *who, const char *client, const char *cert)
{
	json_t *o = ident_whoami_json(who, client, cert);
	struct buf want, got;
	buf_init(&want, 1 << 16);
	buf_init(&got, 1 << 16);
	int rc = ident_whoami_dump(who, client, cert, &got);
	int complete = o && json_object_size(o) == (who->token ? 7u : 4u) &&
		       (!who->token || json_array_size(json_object_get(o, "groups")) ==
					       who->nprincipals - 1);
	if (complete) {
		assert_int_equal(jdump(o, JSON_COMPACT | JSON_PRESERVE_ORDER, &want), 0);
		assert_int_equal(rc, 0);
		assert_string_equal(got.p, want.p);
	} else {
		assert_int_equal(rc, CUSTOS_E_ARG);
	}
	json_decref(o);
	buf_free(&want);
	buf_free(&got);
}

static void test_whoami_answer_written_directly_is_the_trees(void **state)
{
	struct world *w = *state;
	struct identity *who = NULL;
	static const char cert[] = "ab01cd23ef45ab01cd23ef45ab01cd23ef45ab01cd23ef45ab01cd23ef45ab01";
	char *h = bearer("valid_rs256");
	assert_int_equal(ident_of_request(&w->c, "svc:frontend", h, NULL, time(NULL), &who), 0);
	same_whoami(who, "svc:frontend", cert);
	same_whoami(who, "svc:front\"end\\ \x01 caf\xc3\xa9", cert);
	same_whoami(who, "svc:bad \xc3\x28", cert); /* not UTF-8: no tree */
	same_whoami(who, NULL, cert);
	same_whoami(who, "svc:frontend", NULL);
	/* a group that is not UTF-8: the tree drops it, the dump fails */
	char *g = who->principals[2];
	who->principals[2] = strdup("group:corp/\xff");
	same_whoami(who, "svc:frontend", cert);
	free(who->principals[2]);
	who->principals[2] = g;
	/* no groups at all */
	size_t n = who->nprincipals;
	who->nprincipals = 1;
	same_whoami(who, "svc:frontend", cert);
	who->nprincipals = n;
	ident_free(who);
	free(h);
	/* a service, and a named subject with groups but no token */
	assert_int_equal(ident_of_request(&w->c, "svc:billing", NULL, NULL, time(NULL), &who), 0);
	same_whoami(who, "svc:billing", cert);
	ident_free(who);
	const char *groups[] = {"group:corp/a", "group:corp/b"};
	assert_int_equal(ident_named(&w->c, "user:corp/bob", groups, 2, &who), 0);
	same_whoami(who, "svc:billing", cert);
	ident_free(who);
}

static void test_refused_tokens_give_the_verifiers_code(void **state)
{
	struct world *w = *state;
	struct identity *who = NULL;
	char *h = bearer("expired");
	assert_int_equal(ident_of_request(&w->c, "svc:x", h, NULL, time(NULL), &who),
			 JWTV_E_EXPIRED);
	assert_null(who);
	assert_int_equal(ident_of_request(&w->c, "svc:x", "Basic dXNlcjpwdw==", NULL, time(NULL),
					  &who),
			 JWTV_E_MALFORMED);
	struct ident_ctx none = w->c;
	none.idp = NULL;
	free(h);
	h = bearer("valid_rs256");
	assert_int_equal(ident_of_request(&none, "svc:x", h, NULL, time(NULL), &who),
			 JWTV_E_ISSUER_UNKNOWN);
	free(h);
}

static void test_purpose_must_be_printable_ascii(void **state)
{
	struct world *w = *state;
	struct identity *who = NULL;
	char longp[300];
	memset(longp, 'p', sizeof longp - 1);
	longp[sizeof longp - 1] = '\0';
	assert_int_equal(ident_of_request(&w->c, "svc:x", NULL, "tab\there", time(NULL), &who),
			 IDENT_E_PURPOSE);
	assert_int_equal(ident_of_request(&w->c, "svc:x", NULL, longp, time(NULL), &who),
			 IDENT_E_PURPOSE);
	assert_null(who);
	/* An empty header is no purpose, not a bad one. */
	assert_int_equal(ident_of_request(&w->c, "svc:x", NULL, "", time(NULL), &who), 0);
	ident_free(who);
}

static void test_subjects_own_token_and_named_subjects(void **state)
{
	struct world *w = *state;
	struct identity *who = NULL;
	size_t len = 0;
	char *t = token("valid_es256", &len);
	assert_int_equal(ident_of_token(&w->c, t, len, time(NULL), &who), 0);
	assert_string_equal(who->subject, "user:corp/alice");
	ident_free(who);
	free(t);
	t = token("expired", &len);
	assert_int_equal(ident_of_token(&w->c, t, len, time(NULL), &who), JWTV_E_EXPIRED);
	free(t);

	const char *groups[] = {"group:corp/eu"};
	assert_int_equal(ident_named(&w->c, "user:corp/bob", groups, 1, &who), 0);
	assert_string_equal(who->kind, "user");
	assert_int_equal(who->nprincipals, 2);
	assert_true(who->bootstrap_admin);
	assert_null(who->token);
	ident_free(who);
	const char *many[IDENT_MAX_PRINCIPALS];
	for (size_t i = 0; i < IDENT_MAX_PRINCIPALS; i++)
		many[i] = "group:corp/g";
	assert_int_equal(ident_named(&w->c, "user:corp/bob", many, IDENT_MAX_PRINCIPALS, &who),
			 CUSTOS_E_ARG);
	assert_null(who);
	assert_string_equal(pol_principal_kind("group:corp/eu"), "group");
	assert_null(pol_principal_kind("nobody"));
}

static void expect_revoked(struct world *w, const struct identity *who, const char *client,
			   const char *cert, const char *label)
{
	const char *what = NULL;
	int rc = ident_revoked(&w->c, who, client, cert, &what);
	if (!label) {
		assert_int_equal(rc, 0);
		return;
	}
	assert_int_equal(rc, 1);
	assert_string_equal(what, label);
}

static void do_revoke(struct world *w, const char *kind, const char *value)
{
	char err[200] = "";
	if (pol_store_revoke(w->store, "svc:root", kind, value, NULL, 0, NULL, err, sizeof err))
		fail_msg("revoke %s %s: %s", kind, value, err);
}

static void do_unrevoke(struct world *w, const char *kind, const char *value)
{
	assert_int_equal(pol_store_unrevoke(w->store, kind, value, NULL, NULL, 0), 0);
}

/* Each revocation refuses the identity and says which part of it. */
static void test_revocations_name_what_is_revoked(void **state)
{
	struct world *w = *state;
	static const char cert[] = "aa11223344556677889900aabbccddeeff00112233445566778899aabbccddee";
	struct identity *who = NULL;
	char *h = bearer("valid_rs256");
	assert_int_equal(ident_of_request(&w->c, "svc:frontend", h, NULL, time(NULL), &who), 0);
	expect_revoked(w, who, "svc:frontend", cert, NULL);

	do_revoke(w, "subject", "svc:frontend");
	expect_revoked(w, who, "svc:frontend", cert, "client");
	/* Without the client (a named subject), only the identity counts. */
	expect_revoked(w, who, NULL, NULL, NULL);
	do_unrevoke(w, "subject", "svc:frontend");

	do_revoke(w, "cert", cert);
	expect_revoked(w, who, "svc:frontend", cert, "certificate");
	do_unrevoke(w, "cert", cert);

	do_revoke(w, "subject", "user:corp/alice");
	expect_revoked(w, who, "svc:frontend", cert, "subject");
	do_unrevoke(w, "subject", "user:corp/alice");

	do_revoke(w, "jti", who->token->jti);
	expect_revoked(w, who, NULL, NULL, "token");
	do_unrevoke(w, "jti", who->token->jti);

	do_revoke(w, "subject", "group:corp/support");
	expect_revoked(w, who, NULL, NULL, "group");
	do_unrevoke(w, "subject", "group:corp/support");

	expect_revoked(w, who, "svc:frontend", cert, NULL);
	ident_free(who);
	free(h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_certificate_alone_is_a_service),
		cmocka_unit_test(test_bearer_token_names_the_user_and_groups),
		cmocka_unit_test(test_refused_tokens_give_the_verifiers_code),
		cmocka_unit_test(test_whoami_answer_written_directly_is_the_trees),
		cmocka_unit_test(test_purpose_must_be_printable_ascii),
		cmocka_unit_test(test_subjects_own_token_and_named_subjects),
		cmocka_unit_test(test_revocations_name_what_is_revoked),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
