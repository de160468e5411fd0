/* Unit tests of tls.c: the principal a client certificate names, and that
 * the server material loads (and a key that does not match is refused). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <gnutls/x509.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "tls.h"
#include "util.h"

static char dir[64];

static int run(const char *cmd)
{
	char full[2048];
	snprintf(full, sizeof full, "cd %s && %s >/dev/null 2>&1", dir, cmd);
	return system(full);
}

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "/tmp/custos-tls-XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	const char *src = getenv("CUSTOS_SOURCE_DIR");
	char cmd[512];
	snprintf(cmd, sizeof cmd, "sh %s/certs/gen.sh certs", src ? src : "../..");
	return run(cmd);
}

static int teardown(void **state)
{
	(void)state;
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	return system(cmd) == 0 ? 0 : -1;
}

/* Principal of the PEM certificate at dir/rel, or TLS_E_INVALID. */
static int principal_of(const char *rel, char *out, size_t outsz)
{
	char path[256];
	snprintf(path, sizeof path, "%s/%s", dir, rel);
	char *pem = NULL;
	size_t len = 0;
	assert_int_equal(util_read_file(path, 1 << 20, &pem, &len), 0);
	gnutls_x509_crt_t crt;
	gnutls_datum_t in = {(unsigned char *)pem, (unsigned)len}, der = {0};
	assert_int_equal(gnutls_x509_crt_init(&crt), 0);
	assert_int_equal(gnutls_x509_crt_import(crt, &in, GNUTLS_X509_FMT_PEM), 0);
	assert_int_equal(gnutls_x509_crt_export2(crt, GNUTLS_X509_FMT_DER, &der), 0);
	int rc = tls_principal_of_der(&der, out, outsz);
	gnutls_free(der.data);
	gnutls_x509_crt_deinit(crt);
	free(pem);
	return rc;
}

static void test_principal_is_the_subject_cn(void **state)
{
	(void)state;
	char p[TLS_PRINCIPAL_MAX];
	assert_int_equal(principal_of("certs/support-console.crt", p, sizeof p), TLS_OK);
	assert_string_equal(p, "svc:support-console");
}

static void test_principal_prefers_the_san_uri(void **state)
{
	(void)state;
	char p[TLS_PRINCIPAL_MAX];
	assert_int_equal(principal_of("certs/uri-client.crt", p, sizeof p), TLS_OK);
	assert_string_equal(p, "svc:spiffe://custos.test/uri-svc");
}

static void test_names_with_spaces_or_no_name_are_refused(void **state)
{
	(void)state;
	char p[TLS_PRINCIPAL_MAX];
	assert_int_equal(run("openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 "
			     "-nodes -keyout sp.key -out sp.crt -days 1 -subj '/CN=bad name'"),
			 0);
	assert_int_equal(principal_of("sp.crt", p, sizeof p), TLS_E_INVALID);
	assert_int_equal(run("openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 "
			     "-nodes -keyout nn.key -out nn.crt -days 1 -subj '/O=no-cn'"),
			 0);
	assert_int_equal(principal_of("nn.crt", p, sizeof p), TLS_E_INVALID);
}

static void test_server_key_must_match_the_certificate(void **state)
{
	(void)state;
	char cert[256], key[256], ca[256], err[512];
	struct config c;
	memset(&c, 0, sizeof c);
	snprintf(cert, sizeof cert, "%s/certs/server.crt", dir);
	snprintf(key, sizeof key, "%s/certs/ingest.key", dir);
	snprintf(ca, sizeof ca, "%s/certs/ca.crt", dir);
	c.cert = cert;
	c.key = key;
	c.client_ca = ca;
	assert_int_equal(tls_init(&c, err, sizeof err), TLS_E_LOAD);
	assert_non_null(strstr(err, "does not match"));
	tls_shutdown();

	snprintf(key, sizeof key, "%s/certs/server.key", dir);
	assert_int_equal(tls_init(&c, err, sizeof err), TLS_OK);
	uint64_t gen = tls_trust_generation();
	assert_int_equal(tls_reload(err, sizeof err), TLS_OK);
	assert_true(tls_trust_generation() > gen);
	tls_shutdown();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_principal_is_the_subject_cn),
		cmocka_unit_test(test_principal_prefers_the_san_uri),
		cmocka_unit_test(test_names_with_spaces_or_no_name_are_refused),
		cmocka_unit_test(test_server_key_must_match_the_certificate),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
