/* Unit tests of jwt_verify: tokens minted at test time by mint_tokens.py
 * (python3-jwt, python3-cryptography, hand-built bytes) in a fresh temp dir;
 * every case must get its exact reason code. Also the cache, JWKS key
 * rotation, reload and refusal to start on bad key files. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "jwt_verify.h"
#include "token_cache.h"
#include "file.h"
#include "hex.h"

#include <errno.h>
#include <jwt.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/sha.h>
#include <pthread.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static char g_dir[256];     /* minted keys and tokens */
static json_t *g_cases;     /* {case: expected} */
static time_t g_minted_at; /* the instant the token times are relative to */

static const char *const CORP_ALGS[] = {"RS256", "RS384", "PS256", "ES256", "ES384"};
static const char *const PARTNER_ALGS[] = {"RS256", "ES384", "ES512"};

static void path_in(char *out, size_t outsz, const char *name)
{
	int n = snprintf(out, outsz, "%s/%s", g_dir, name);
	assert_true(n > 0 && (size_t)n < outsz);
}

static char *read_in(const char *name, size_t *len)
{
	char p[512];
	char *buf = NULL;
	path_in(p, sizeof p, name);
	int rc = file_read(p, 1 << 20, &buf, len);
	if (rc)
		fail_msg("cannot read %s: %s", p, strerror(-rc));
	return buf;
}

static void write_in(const char *name, const char *data, size_t len)
{
	char p[512];
	path_in(p, sizeof p, name);
	FILE *f = fopen(p, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

static void copy_in(const char *from, const char *to)
{
	size_t len = 0;
	char *b = read_in(from, &len);
	write_in(to, b, len);
	free(b);
}

static int group_setup(void **state)
{
	(void)state;
	const char *src = getenv("CUSTOS_SOURCE_DIR");
	char script[512];
	if (!src)
		src = ".";
	snprintf(g_dir, sizeof g_dir, "/tmp/custos-jwt-XXXXXX");
	if (!mkdtemp(g_dir))
		return -1;
	snprintf(script, sizeof script, "%s/tests/unit/mint_tokens.py", src);
	char *argv[] = {"/usr/bin/python3", script, g_dir, NULL};
	pid_t pid;
	int st = 0;
	if (posix_spawn(&pid, argv[0], NULL, NULL, argv, environ) != 0)
		return -1;
	if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		fprintf(stderr, "mint_tokens.py failed\n");
		return -1;
	}
	char p[512];
	snprintf(p, sizeof p, "%s/cases.json", g_dir);
	g_cases = json_load_file(p, 0, NULL);
	snprintf(p, sizeof p, "%s/minted_at", g_dir);
	FILE *f = fopen(p, "r");
	long long t = 0;
	if (!f)
		return -1;
	if (fscanf(f, "%lld", &t) != 1)
		t = 0;
	fclose(f);
	g_minted_at = (time_t)t;
	return g_cases && g_minted_at > 0 ? 0 : -1;
}

static int group_teardown(void **state)
{
	(void)state;
	json_decref(g_cases);
	char *argv[] = {"/bin/rm", "-rf", g_dir, NULL};
	pid_t pid;
	int st;
	if (g_dir[0] && posix_spawn(&pid, argv[0], NULL, NULL, argv, environ) == 0)
		waitpid(pid, &st, 0);
	return 0;
}

/* Two issuers: corp (JWKS file jwks, leeway 30) and partner (PEM pem, leeway 0). */
struct world {
	char jwks[512], pem[512];
	jwtv_issuer_conf iss[2];
	jwtv_conf conf;
};

static void world_init(struct world *w, const char *jwks, const char *pem, int ttl, size_t cmax)
{
	memset(w, 0, sizeof *w);
	path_in(w->jwks, sizeof w->jwks, jwks);
	path_in(w->pem, sizeof w->pem, pem);
	w->iss[0] = (jwtv_issuer_conf){
		.name = "corp", .iss = "https://idp.example.test", .audience = "custos",
		.algorithms = CORP_ALGS, .nalgorithms = 5, .jwks_file = w->jwks,
		.groups_claim = "groups", .leeway_s = 30};
	w->iss[1] = (jwtv_issuer_conf){
		.name = "partner", .iss = "https://partner.example.test", .audience = "custos",
		.algorithms = PARTNER_ALGS, .nalgorithms = 3, .key_file = w->pem,
		.groups_claim = "roles", .leeway_s = 0};
	w->conf = (jwtv_conf){.issuers = w->iss, .nissuers = 2, .cache_ttl_s = ttl,
	                      .cache_max = cmax, .jwks_min_refresh_s = 60};
}

static jwtv *world_verifier(struct world *w)
{
	char err[256] = "";
	jwtv *v = NULL;
	int rc = jwtv_create(&v, &w->conf, err, sizeof err);
	if (rc)
		fail_msg("jwtv_create: %s (%s)", jwtv_code(rc), err);
	return v;
}

static int verify_case(jwtv *v, const char *name, time_t now, jwtv_identity **out)
{
	char file[300];
	size_t len = 0;
	snprintf(file, sizeof file, "%s.jwt", name);
	char *tok = read_in(file, &len);
	jwtv_identity *id = NULL;
	int rc = jwtv_verify(v, tok, len, now, &id);
	if (rc == 0) {
		uint8_t d[32];
		SHA256((const unsigned char *)tok, len, d);
		assert_memory_equal(d, id->token_sha256, 32);
	} else {
		assert_null(id);
	}
	free(tok);
	if (out)
		*out = id;
	else
		jwtv_identity_free(id);
	return rc;
}

static const char *result_name(int rc)
{
	return rc == 0 ? "ok" : jwtv_code(rc);
}

static void test_every_minted_case_gets_its_exact_code(void **state)
{
	(void)state;
	struct world w;
	world_init(&w, "corp.jwks.json", "partner.pem", 300, 1000);
	jwtv *v = world_verifier(&w);
	time_t now = g_minted_at; /* the cases' own clock (see mint_tokens.py) */
	const char *name;
	json_t *exp;
	int bad = 0, n = 0;
	json_object_foreach(g_cases, name, exp) {
		if (strcmp(name, "key_rotation_new_kid") == 0)
			continue; /* sequenced: test_rotated_key_is_found_at_once_when_the_jwks_file_changes */
		/* twice: the second answer may come from the cache and must agree */
		for (int pass = 0; pass < 2; pass++) {
			jwtv_identity *id = NULL;
			int rc = verify_case(v, name, now, &id);
			if (strcmp(result_name(rc), json_string_value(exp)) != 0) {
				fprintf(stderr, "case %s (pass %d): got %s, want %s\n", name, pass,
				        result_name(rc), json_string_value(exp));
				bad++;
			}
			if (id && (strcmp(id->sub, "alice") != 0 || !id->issuer)) {
				fprintf(stderr, "case %s: wrong identity\n", name);
				bad++;
			}
			jwtv_identity_free(id);
		}
		n++;
	}
	assert_true(n >= 30);
	assert_int_equal(bad, 0);
	jwtv_free(v);
}

static void test_valid_token_yields_identity_with_groups_and_claims(void **state)
{
	(void)state;
	struct world w;
	world_init(&w, "corp.jwks.json", "partner.pem", 0, 0);
	jwtv *v = world_verifier(&w);
	jwtv_identity *id = NULL;
	assert_int_equal(verify_case(v, "valid_rs256", time(NULL), &id), 0);
	assert_string_equal(id->issuer, "corp");
	assert_string_equal(id->iss, "https://idp.example.test");
	assert_string_equal(id->sub, "alice");
	assert_non_null(id->jti);
	assert_true(id->exp > time(NULL));
	assert_int_equal(id->ngroups, 2);
	assert_string_equal(id->groups[0], "support");
	assert_string_equal(id->groups[1], "eu");
	assert_string_equal(json_string_value(json_object_get(id->claims, "aud")), "custos");
	assert_int_equal(strlen(id->token_sha256_hex), 64);
	jwtv_identity_free(id);

	/* partner's groups come from its own groups_claim ("roles") */
	assert_int_equal(verify_case(v, "partner_rs256_pem", time(NULL), &id), 0);
	assert_string_equal(id->issuer, "partner");
	assert_int_equal(id->ngroups, 1);
	assert_string_equal(id->groups[0], "ops");
	/* the identity outlives the verifier */
	jwtv_free(v);
	assert_string_equal(id->sub, "alice");
	jwtv_identity_free(id);
}

static void test_cache_counts_hits_and_is_cleared(void **state)
{
	(void)state;
	struct world w;
	uint64_t hits = 0, misses = 0;
	world_init(&w, "corp.jwks.json", "partner.pem", 300, 100);
	jwtv *v = world_verifier(&w);
	time_t now = time(NULL);
	jwtv_identity *a = NULL, *b = NULL;
	assert_int_equal(verify_case(v, "valid_es256", now, &a), 0);
	assert_int_equal(verify_case(v, "valid_es256", now, &b), 0);
	assert_ptr_equal(a, b); /* the cached, shared identity */
	jwtv_stats(v, &hits, &misses);
	assert_int_equal(hits, 1);
	assert_int_equal(misses, 1);
	jwtv_identity_free(a);
	jwtv_identity_free(b);

	jwtv_cache_clear(v);
	assert_int_equal(verify_case(v, "valid_es256", now, NULL), 0);
	jwtv_stats(v, &hits, &misses);
	assert_int_equal(hits, 1);
	assert_int_equal(misses, 2);

	/* a cached token still expires: the entry lives until min(exp, now+ttl) */
	assert_int_equal(verify_case(v, "valid_es256", now + 7200, NULL), JWTV_E_EXPIRED);
	/* refused tokens are never cached */
	assert_int_equal(verify_case(v, "wrong_aud", now, NULL), JWTV_E_AUDIENCE);
	assert_int_equal(verify_case(v, "wrong_aud", now, NULL), JWTV_E_AUDIENCE);
	jwtv_stats(v, &hits, &misses);
	assert_int_equal(hits, 1);
	jwtv_free(v);
}

/* A cache hit skips decoding (the cache holds verified tokens by the digest
 * of their exact bytes): another spelling of a cached token, whose
 * signature decodes to the same bytes through unused bits, must still miss
 * and be refused as malformed, every time. */
static void test_other_spelling_of_a_cached_token_is_refused(void **state)
{
	(void)state;
	struct world w;
	uint64_t hits = 0, misses = 0;
	world_init(&w, "corp.jwks.json", "partner.pem", 300, 100);
	jwtv *v = world_verifier(&w);
	time_t now = g_minted_at;
	assert_int_equal(verify_case(v, "valid_rs256", now, NULL), 0);
	assert_int_equal(verify_case(v, "valid_rs256", now, NULL), 0);
	for (int i = 0; i < 2; i++)
		assert_int_equal(verify_case(v, "noncanonical_unused_bits", now, NULL),
				 JWTV_E_MALFORMED);
	jwtv_stats(v, &hits, &misses);
	assert_int_equal(hits, 1);
	assert_int_equal(misses, 3);
	jwtv_free(v);
}

static void test_cache_evicts_beyond_its_bound(void **state)
{
	(void)state;
	struct world w;
	uint64_t hits = 0, misses = 0;
	world_init(&w, "corp.jwks.json", "partner.pem", 300, 1);
	jwtv *v = world_verifier(&w);
	time_t now = time(NULL);
	assert_int_equal(verify_case(v, "valid_rs256", now, NULL), 0);
	assert_int_equal(verify_case(v, "valid_rs384", now, NULL), 0); /* evicts valid_rs256 */
	assert_int_equal(verify_case(v, "valid_rs256", now, NULL), 0);
	jwtv_stats(v, &hits, &misses);
	assert_int_equal(hits, 0);
	assert_int_equal(misses, 3);
	jwtv_free(v);
}

/* Replaces name atomically (a new inode, as tools that rotate files do). */
static void replace_in(const char *from, const char *name)
{
	char tmp[300], a[512], b[512];
	snprintf(tmp, sizeof tmp, "%s.tmp", name);
	copy_in(from, tmp);
	path_in(a, sizeof a, tmp);
	path_in(b, sizeof b, name);
	assert_int_equal(rename(a, b), 0);
}

static void test_rotated_key_is_found_at_once_when_the_jwks_file_changes(void **state)
{
	(void)state;
	struct world w;
	copy_in("corp.jwks.json", "rot.jwks.json");
	world_init(&w, "rot.jwks.json", "partner.pem", 300, 100);
	jwtv *v = world_verifier(&w);
	time_t t0 = time(NULL);
	assert_int_equal(verify_case(v, "key_rotation_new_kid", t0, NULL), JWTV_E_KEY_UNKNOWN);
	replace_in("corp-rotated.jwks.json", "rot.jwks.json");
	/* no interval to wait: the file's identity changed */
	assert_int_equal(verify_case(v, "key_rotation_new_kid", t0, NULL), 0);
	/* older keys keep working */
	assert_int_equal(verify_case(v, "valid_rs256", t0, NULL), 0);
	/* an in-place rewrite (same inode) is noticed too: rsa-2 is gone again,
	 * and the token it verified (cached) is refused */
	copy_in("corp.jwks.json", "rot.jwks.json");
	assert_int_equal(verify_case(v, "unknown_kid", t0, NULL), JWTV_E_KEY_UNKNOWN);
	assert_int_equal(verify_case(v, "key_rotation_new_kid", t0, NULL), JWTV_E_KEY_UNKNOWN);
	jwtv_free(v);
}

static void test_an_unchanged_or_broken_jwks_file_is_not_read_again(void **state)
{
	(void)state;
	struct world w;
	copy_in("corp.jwks.json", "rl.jwks.json");
	world_init(&w, "rl.jwks.json", "partner.pem", 0, 0);
	jwtv *v = world_verifier(&w);
	/* unchanged since create: a flood of unknown kids reads nothing */
	for (int i = 0; i < 1000; i++)
		assert_int_equal(jwtv_jwks_file_check(v, 0), 0);
	assert_int_equal(verify_case(v, "unknown_kid", time(NULL), NULL), JWTV_E_KEY_UNKNOWN);
	/* a broken replacement is reported once and the old keys stay */
	write_in("rl.tmp", "{\"keys\": [", 10);
	char a[512], b[512];
	path_in(a, sizeof a, "rl.tmp");
	path_in(b, sizeof b, "rl.jwks.json");
	assert_int_equal(rename(a, b), 0);
	assert_int_equal(jwtv_jwks_file_check(v, 0), JWTV_E_KEY_FILE);
	assert_int_equal(jwtv_jwks_file_check(v, 0), 0);
	assert_int_equal(verify_case(v, "valid_rs256", time(NULL), NULL), 0);
	/* a deleted file keeps the keys as well */
	assert_int_equal(unlink(b), 0);
	assert_int_equal(jwtv_jwks_file_check(v, 0), JWTV_E_KEY_FILE);
	assert_int_equal(jwtv_jwks_file_check(v, 0), 0);
	assert_int_equal(verify_case(v, "valid_rs256", time(NULL), NULL), 0);
	/* the next good file is used */
	replace_in("corp-rotated.jwks.json", "rl.jwks.json");
	assert_int_equal(verify_case(v, "key_rotation_new_kid", time(NULL), NULL), 0);
	jwtv_free(v);
}

/* ---- remote issuers (keys from jwtv_set_jwks) */

struct kid_calls {
	int n;
	size_t issuer;
	char kid[300];
};

static void on_unknown_kid(void *ctx, size_t issuer, const char *kid)
{
	struct kid_calls *k = ctx;
	k->n++;
	k->issuer = issuer;
	snprintf(k->kid, sizeof k->kid, "%s", kid);
}

static int set_jwks_file(jwtv *v, const char *name, int *changed, char *err, size_t errsz)
{
	size_t len = 0;
	char *b = read_in(name, &len);
	int rc = jwtv_set_jwks(v, 0, b, len, time(NULL), changed, err, errsz);
	free(b);
	return rc;
}

static void test_remote_issuer_keys_come_from_set_jwks(void **state)
{
	(void)state;
	struct world w;
	struct kid_calls calls = {0};
	jwtv_issuer_info info;
	char err[300] = "";
	int changed = -1;
	world_init(&w, "corp.jwks.json", "partner.pem", 300, 100);
	w.iss[0].jwks_file = NULL;
	w.iss[0].remote = "https://idp.example.test/jwks";
	jwtv *v = world_verifier(&w);
	jwtv_set_unknown_kid_hook(v, on_unknown_kid, &calls);
	time_t now = time(NULL);
	/* no keys yet: refused, and the fetcher is told the kid */
	assert_int_equal(jwtv_issuer_info_get(v, 0, &info), 0);
	assert_int_equal(info.nkeys, 0);
	assert_int_equal(info.keys_at, 0);
	assert_int_equal(verify_case(v, "valid_rs256", now, NULL), JWTV_E_KEY_UNKNOWN);
	assert_int_equal(calls.n, 1);
	assert_int_equal(calls.issuer, 0);
	assert_string_equal(calls.kid, "rsa-1");
	/* a kid-less token tells nothing (there is no kid to wait for) */
	assert_int_equal(verify_case(v, "valid_rs256_without_kid", now, NULL), JWTV_E_KEY_UNKNOWN);
	assert_int_equal(calls.n, 1);

	assert_int_equal(set_jwks_file(v, "corp.jwks.json", &changed, err, sizeof err), 0);
	assert_int_equal(changed, 1);
	assert_int_equal(jwtv_issuer_info_get(v, 0, &info), 0);
	assert_int_equal(info.nkeys, 3); /* the use=enc key is skipped */
	assert_true(info.remote && info.keys_at > 0);
	assert_int_equal(verify_case(v, "valid_rs256", now, NULL), 0);
	assert_int_equal(verify_case(v, "valid_es384", now, NULL), 0);
	/* the same bytes again only renew the time */
	assert_int_equal(set_jwks_file(v, "corp.jwks.json", &changed, err, sizeof err), 0);
	assert_int_equal(changed, 0);

	/* last known good: junk, private members, no fitting key, oversize */
	static const char *const bad[] = {
		"{\"keys\": [",
		"[]",
		"{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"r\",\"n\":\"AQAB\",\"e\":\"AQAB\",\"qi\":\"AQAB\"}]}",
		"{\"keys\":[{\"kty\":\"oct\",\"kid\":\"h\",\"k\":\"c2VjcmV0\"}]}",
		"{\"keys\":[{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"kid\":\"o\",\"x\":\"AQAB\"}]}",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		assert_int_equal(jwtv_set_jwks(v, 0, bad[i], strlen(bad[i]), now, &changed, err, sizeof err),
		                 JWTV_E_KEY_FILE);
		assert_int_equal(changed, 0);
		assert_int_equal(verify_case(v, "valid_rs256", now, NULL), 0);
	}
	size_t big = JWTV_MAX_KEY_FILE + 1;
	char *huge = malloc(big);
	assert_non_null(huge);
	memset(huge, ' ', big);
	memcpy(huge, "{\"keys\":[]}", 11);
	assert_int_equal(jwtv_set_jwks(v, 0, huge, big, now, &changed, err, sizeof err), JWTV_E_KEY_FILE);
	free(huge);
	assert_int_equal(verify_case(v, "valid_rs256", now, NULL), 0);
	/* an enc-only JWKS has no key that fits */
	const char *enc_only = "{\"keys\":[]}";
	assert_int_equal(jwtv_set_jwks(v, 0, enc_only, strlen(enc_only), now, &changed, err, sizeof err),
	                 JWTV_E_KEY_FILE);

	/* a key that is only added keeps the cache; one that vanishes clears it */
	uint64_t h0 = 0, h1 = 0, m = 0;
	assert_int_equal(verify_case(v, "valid_rs256", now, NULL), 0); /* cached */
	assert_int_equal(set_jwks_file(v, "corp-rotated.jwks.json", &changed, err, sizeof err), 0);
	assert_int_equal(changed, 1);
	jwtv_stats(v, &h0, &m);
	assert_int_equal(verify_case(v, "valid_rs256", now, NULL), 0);
	jwtv_stats(v, &h1, &m);
	assert_int_equal(h1, h0 + 1);
	assert_int_equal(verify_case(v, "key_rotation_new_kid", now, NULL), 0);
	assert_int_equal(verify_case(v, "key_rotation_new_kid", now, NULL), 0); /* cached */
	assert_int_equal(set_jwks_file(v, "corp.jwks.json", &changed, err, sizeof err), 0);
	assert_int_equal(verify_case(v, "key_rotation_new_kid", now, NULL), JWTV_E_KEY_UNKNOWN);
	/* a SIGHUP reload keeps the fetched JWKS of a remote issuer */
	assert_int_equal(jwtv_reload(v, err, sizeof err), 0);
	assert_int_equal(verify_case(v, "valid_rs256", now, NULL), 0);
	/* a file issuer cannot be fed */
	assert_int_equal(jwtv_set_jwks(v, 1, "{}", 2, now, NULL, err, sizeof err), JWTV_E_CONFIG);
	jwtv_free(v);
}

static void test_certificate_binding(void **state)
{
	(void)state;
	struct world w;
	char a[65], b[65];
	uint8_t d[32];
	SHA256((const unsigned char *)"cert-a", 6, d);
	hex_encode(d, 32, a);
	SHA256((const unsigned char *)"cert-b", 6, d);
	hex_encode(d, 32, b);
	char upper[65];
	for (int i = 0; i < 65; i++)
		upper[i] = (char)(a[i] >= 'a' && a[i] <= 'f' ? a[i] - 32 : a[i]);
	static const char *const never[] = {"cnf_jkt_only", "cnf_not_an_object", "cnf_null",
	                                    "cnf_x5t_padded", "cnf_x5t_short", "cnf_x5t_std_alphabet",
	                                    "cnf_x5t_number"};
	for (int required = 0; required < 2; required++) {
		world_init(&w, "corp.jwks.json", "partner.pem", 300, 100);
		w.iss[0].require_cert_binding = required;
		jwtv *v = world_verifier(&w);
		jwtv_identity *id = NULL;
		time_t now = time(NULL);
		for (int pass = 0; pass < 2; pass++) { /* fresh, then cached */
			assert_int_equal(verify_case(v, "cnf_bound_to_cert_a", now, &id), 0);
			assert_int_equal(id->cnf, JWTV_CNF_X5T);
			assert_int_equal(jwtv_check_binding(id, a), 0);
			assert_int_equal(jwtv_check_binding(id, upper), 0);
			assert_int_equal(jwtv_check_binding(id, b), JWTV_E_BINDING);
			assert_int_equal(jwtv_check_binding(id, NULL), JWTV_E_BINDING);
			assert_int_equal(jwtv_check_binding(id, "abc"), JWTV_E_BINDING);
			jwtv_identity_free(id);
		}
		for (size_t i = 0; i < sizeof never / sizeof never[0]; i++) {
			assert_int_equal(verify_case(v, never[i], now, &id), 0);
			assert_int_equal(id->cnf, JWTV_CNF_OTHER);
			assert_int_equal(jwtv_check_binding(id, a), JWTV_E_BINDING);
			jwtv_identity_free(id);
		}
		/* no cnf: only a requiring issuer refuses */
		assert_int_equal(verify_case(v, "valid_rs256", now, &id), 0);
		assert_int_equal(id->cnf, JWTV_CNF_NONE);
		assert_int_equal(jwtv_check_binding(id, a), required ? JWTV_E_BINDING : 0);
		jwtv_identity_free(id);
		jwtv_free(v);
	}
	assert_string_equal(jwtv_code(JWTV_E_BINDING), "token_binding_mismatch");
}

static void test_reload_keeps_old_keys_when_a_file_is_broken(void **state)
{
	(void)state;
	struct world w;
	char err[256] = "";
	copy_in("partner.pem", "live.pem");
	world_init(&w, "corp.jwks.json", "live.pem", 300, 100);
	jwtv *v = world_verifier(&w);
	time_t now = time(NULL);
	assert_int_equal(verify_case(v, "partner_rs256_pem", now, NULL), 0);

	write_in("live.pem", "-----BEGIN PUBLIC KEY-----\nnot base64 !!\n-----END PUBLIC KEY-----\n", 66);
	assert_int_equal(jwtv_reload(v, err, sizeof err), JWTV_E_KEY_FILE);
	assert_non_null(strstr(err, "live.pem"));
	jwtv_cache_clear(v);
	assert_int_equal(verify_case(v, "partner_rs256_pem", now, NULL), 0); /* old keys */

	write_in("live.pem", "", 0);
	assert_int_equal(jwtv_reload(v, err, sizeof err), JWTV_E_KEY_FILE);
	assert_int_equal(verify_case(v, "partner_rs256_pem", now, NULL), 0);

	/* a good reload replaces the keys and clears the cache: the removed
	 * partner RSA key no longer verifies even a token cached before */
	copy_in("corp-rsa.pub.pem", "live.pem");
	assert_int_equal(verify_case(v, "partner_rs256_pem", now, NULL), 0);
	assert_int_equal(jwtv_reload(v, err, sizeof err), 0);
	assert_int_equal(verify_case(v, "partner_rs256_pem", now, NULL), JWTV_E_SIGNATURE);
	jwtv_free(v);
}

static void test_certificate_and_pkcs1_pem_blocks_are_keys(void **state)
{
	(void)state;
	static const char *const files[] = {"corp-rsa.cert.pem", "corp-rsa.pkcs1.pem"};
	for (size_t i = 0; i < 2; i++) {
		struct world w;
		world_init(&w, "corp.jwks.json", files[i], 0, 0);
		w.iss[0].jwks_file = NULL;
		w.iss[0].key_file = w.pem; /* corp verified by a PEM key: kid-less, tried by alg */
		w.iss[1].key_file = NULL;
		w.iss[1].jwks_file = w.jwks;
		w.iss[1].nalgorithms = 1;
		jwtv *v = world_verifier(&w);
		assert_int_equal(verify_case(v, "valid_rs256", time(NULL), NULL), 0);
		assert_int_equal(verify_case(v, "valid_rs256_without_kid", time(NULL), NULL), 0);
		assert_int_equal(verify_case(v, "rs256_signed_by_other_issuers_key", time(NULL), NULL),
		                 JWTV_E_SIGNATURE);
		jwtv_free(v);
	}
}

static int create_rc(struct world *w, char *err, size_t errsz)
{
	jwtv *v = NULL;
	int rc = jwtv_create(&v, &w->conf, err, errsz);
	assert_true(rc != 0 || v != NULL);
	if (rc)
		assert_null(v);
	jwtv_free(v);
	return rc;
}

static void test_missing_or_bad_key_file_refuses_creation(void **state)
{
	(void)state;
	struct world w;
	char err[256] = "";
	world_init(&w, "corp.jwks.json", "does-not-exist.pem", 300, 100);
	assert_int_equal(create_rc(&w, err, sizeof err), JWTV_E_KEY_FILE);
	assert_non_null(strstr(err, "does-not-exist.pem"));

	write_in("empty.pem", "", 0);
	world_init(&w, "corp.jwks.json", "empty.pem", 300, 100);
	assert_int_equal(create_rc(&w, err, sizeof err), JWTV_E_KEY_FILE);

	write_in("junk.pem", "hello\n", 6);
	world_init(&w, "corp.jwks.json", "junk.pem", 300, 100);
	assert_int_equal(create_rc(&w, err, sizeof err), JWTV_E_KEY_FILE);

	/* a private key is refused: the file should hold the public key only */
	EVP_PKEY *pk = EVP_EC_gen("P-384");
	assert_non_null(pk);
	char p[512];
	path_in(p, sizeof p, "private.pem");
	FILE *f = fopen(p, "w");
	assert_non_null(f);
	assert_int_equal(PEM_write_PrivateKey(f, pk, NULL, NULL, 0, NULL, NULL), 1);
	fclose(f);
	EVP_PKEY_free(pk);
	world_init(&w, "corp.jwks.json", "private.pem", 300, 100);
	assert_int_equal(create_rc(&w, err, sizeof err), JWTV_E_KEY_FILE);
	assert_non_null(strstr(err, "private"));

	world_init(&w, "missing.jwks.json", "partner.pem", 300, 100);
	assert_int_equal(create_rc(&w, err, sizeof err), JWTV_E_KEY_FILE);

	const char *priv_jwks = "{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"AA\",\"y\":\"AA\",\"d\":\"AA\"}]}";
	write_in("priv.jwks.json", priv_jwks, strlen(priv_jwks));
	world_init(&w, "priv.jwks.json", "partner.pem", 300, 100);
	assert_int_equal(create_rc(&w, err, sizeof err), JWTV_E_KEY_FILE);

	/* a point not on the curve */
	const char *off_curve = "{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"x\","
		"\"x\":\"AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\","
		"\"y\":\"AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}]}";
	write_in("offcurve.jwks.json", off_curve, strlen(off_curve));
	world_init(&w, "offcurve.jwks.json", "partner.pem", 300, 100);
	assert_int_equal(create_rc(&w, err, sizeof err), JWTV_E_KEY_FILE);
}

static void test_unknown_or_symmetric_algorithm_refuses_creation(void **state)
{
	(void)state;
	struct world w;
	char err[256] = "";
	static const char *const bad[][1] = {{"RS257"}, {"HS256"}, {"none"}, {"rs256"}};
	for (size_t i = 0; i < 4; i++) {
		world_init(&w, "corp.jwks.json", "partner.pem", 300, 100);
		w.iss[1].algorithms = bad[i];
		w.iss[1].nalgorithms = 1;
		assert_int_equal(create_rc(&w, err, sizeof err), JWTV_E_CONFIG);
	}
	/* pinned ES256 but the PEM holds only RSA, P-384 and P-521 keys */
	static const char *const es256[] = {"ES256"};
	world_init(&w, "corp.jwks.json", "partner.pem", 300, 100);
	w.iss[1].algorithms = es256;
	w.iss[1].nalgorithms = 1;
	assert_int_equal(create_rc(&w, err, sizeof err), JWTV_E_KEY_FILE);
	/* no audience */
	world_init(&w, "corp.jwks.json", "partner.pem", 300, 100);
	w.iss[1].audience = NULL;
	assert_int_equal(create_rc(&w, err, sizeof err), JWTV_E_CONFIG);
	/* two issuers with the same iss */
	world_init(&w, "corp.jwks.json", "partner.pem", 300, 100);
	w.iss[1].iss = w.iss[0].iss;
	assert_int_equal(create_rc(&w, err, sizeof err), JWTV_E_CONFIG);
}

static void test_reason_codes_all_start_with_token(void **state)
{
	(void)state;
	for (int rc = 0; rc >= -20; rc--)
		assert_int_equal(strncmp(jwtv_code(rc), "token_", 6), 0);
	assert_string_equal(jwtv_code(JWTV_E_EXPIRED), "token_expired");
	assert_string_equal(jwtv_code(JWTV_E_SIGNATURE), "token_signature_invalid");
}

/* libjwt as an independent oracle: it accepts our valid tokens with the
 * pinned key (and reports the pinned alg). It is never on our verify path. */
static void test_libjwt_agrees_on_valid_tokens(void **state)
{
	(void)state;
	static const struct { const char *tok, *pem; jwt_alg_t alg; } cases[] = {
		{"valid_rs256.jwt", "corp-rsa.pub.pem", JWT_ALG_RS256},
		{"valid_es256.jwt", "corp-ec256.pub.pem", JWT_ALG_ES256},
	};
	for (size_t i = 0; i < 2; i++) {
		size_t tl = 0, kl = 0;
		char *tok = read_in(cases[i].tok, &tl), *pem = read_in(cases[i].pem, &kl);
		jwt_t *j = NULL;
		assert_true(kl > 0);
		assert_int_equal(jwt_decode(&j, tok, (const unsigned char *)pem, (int)kl), 0);
		assert_int_equal(jwt_get_alg(j), cases[i].alg);
		assert_string_equal(jwt_get_grant(j, "sub"), "alice");
		jwt_free(j);
		free(tok);
		free(pem);
	}
}

static int g_refs;
static void dummy_ref(void *p) { (void)p; g_refs++; }
static void dummy_unref(void *p) { (void)p; g_refs--; }

static void test_cache_drops_a_put_computed_before_a_clear(void **state)
{
	(void)state;
	tcache *c = NULL;
	uint8_t k1[32] = {1}, k2[32] = {2};
	int val = 0;
	assert_int_equal(tcache_create(&c, 8, dummy_ref, dummy_unref), 0);
	uint64_t gen = tcache_generation(c);
	tcache_put(c, k1, &val, 100, 10, gen);
	assert_int_equal(g_refs, 1);
	tcache_clear(c); /* e.g. a revocation while k2 was being verified */
	assert_int_equal(g_refs, 0);
	tcache_put(c, k2, &val, 100, 10, gen);
	assert_null(tcache_get(c, k2, 10));
	assert_int_equal(tcache_size(c), 0);
	tcache_put(c, k2, &val, 100, 10, tcache_generation(c));
	assert_ptr_equal(tcache_get(c, k2, 10), &val);
	dummy_unref(&val);
	assert_null(tcache_get(c, k2, 100)); /* expired: removed */
	assert_int_equal(g_refs, 0);
	tcache_free(c);
}

/* Expired entries leave the cache as new ones come, not when the ring comes
 * round to them: memory follows the tokens alive (and an expired token's
 * claims are not kept). */
static void test_cache_reaps_expired_entries(void **state)
{
	(void)state;
	tcache *c = NULL;
	int val = 0;
	assert_int_equal(tcache_create(&c, 1600, dummy_ref, dummy_unref), 0);
	uint8_t k[32] = {0};
	for (int i = 0; i < 1100; i++) {
		k[0] = (uint8_t)i;
		k[1] = (uint8_t)(i >> 8);
		k[8] = (uint8_t)i;
		k[9] = (uint8_t)(i >> 8);
		int later = i >= 800;
		tcache_put(c, k, &val, later ? 300 : 100, later ? 200 : 10, tcache_generation(c));
		if (i == 799)
			assert_int_equal(tcache_size(c), 800);
	}
	assert_int_equal(tcache_size(c), 300); /* the 800 expired at 100 are gone */
	assert_int_equal(g_refs, 300);
	tcache_free(c);
	assert_int_equal(g_refs, 0);
}

struct race {
	jwtv *v;
	time_t now;
	int bad;
};

static void *race_thread(void *arg)
{
	struct race *r = arg;
	static const char *const names[] = {"valid_es256", "valid_rs256", "wrong_aud", "expired"};
	static const int want[] = {0, 0, JWTV_E_AUDIENCE, JWTV_E_EXPIRED};
	for (int i = 0; i < 200; i++) {
		if (verify_case(r->v, names[i % 4], r->now, NULL) != want[i % 4])
			r->bad++;
		if (i % 50 == 0)
			jwtv_cache_clear(r->v);
	}
	return NULL;
}

static void test_concurrent_verification_is_consistent(void **state)
{
	(void)state;
	struct world w;
	world_init(&w, "corp.jwks.json", "partner.pem", 300, 100);
	jwtv *v = world_verifier(&w);
	struct race r[2] = {{v, time(NULL), 0}, {v, time(NULL), 0}};
	pthread_t t[2];
	for (int i = 0; i < 2; i++)
		assert_int_equal(pthread_create(&t[i], NULL, race_thread, &r[i]), 0);
	char err[256];
	assert_int_equal(jwtv_reload(v, err, sizeof err), 0);
	for (int i = 0; i < 2; i++)
		pthread_join(t[i], NULL);
	assert_int_equal(r[0].bad + r[1].bad, 0);
	jwtv_free(v);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_minted_case_gets_its_exact_code),
		cmocka_unit_test(test_valid_token_yields_identity_with_groups_and_claims),
		cmocka_unit_test(test_cache_counts_hits_and_is_cleared),
		cmocka_unit_test(test_other_spelling_of_a_cached_token_is_refused),
		cmocka_unit_test(test_cache_evicts_beyond_its_bound),
		cmocka_unit_test(test_cache_drops_a_put_computed_before_a_clear),
		cmocka_unit_test(test_cache_reaps_expired_entries),
		cmocka_unit_test(test_rotated_key_is_found_at_once_when_the_jwks_file_changes),
		cmocka_unit_test(test_an_unchanged_or_broken_jwks_file_is_not_read_again),
		cmocka_unit_test(test_remote_issuer_keys_come_from_set_jwks),
		cmocka_unit_test(test_certificate_binding),
		cmocka_unit_test(test_reload_keeps_old_keys_when_a_file_is_broken),
		cmocka_unit_test(test_certificate_and_pkcs1_pem_blocks_are_keys),
		cmocka_unit_test(test_missing_or_bad_key_file_refuses_creation),
		cmocka_unit_test(test_unknown_or_symmetric_algorithm_refuses_creation),
		cmocka_unit_test(test_reason_codes_all_start_with_token),
		cmocka_unit_test(test_libjwt_agrees_on_valid_tokens),
		cmocka_unit_test(test_concurrent_verification_is_consistent),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
