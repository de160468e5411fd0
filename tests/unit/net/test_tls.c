/* Unit tests of tls.c: the principal a client certificate names (every SAN
 * entry read, never the CN instead of an unreadable URI), chains through
 * intermediates and name constraints, key and signature strength, the
 * validity window kept with the peer, and that the server material loads
 * (and a key that does not match is refused). Certificates come from
 * certs/gen.sh or are made here with the openssl CLI (mk.sh below). */
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

#include "tls_gnutls.h"
#include "file.h"

static char dir[64];

static int run(const char *cmd)
{
	char full[16384];
	snprintf(full, sizeof full, "cd %s && ( %s ) >/dev/null 2>&1", dir, cmd);
	return system(full);
}

/* mk.sh NAME ISSUER DN EXT [KEYSPEC] [MD]: key NAME.key (ec, ec:CURVE or
 * rsa:BITS) and certificate NAME.crt with distinguished-name lines DN and
 * extension lines EXT, self-signed (ISSUER "self") or by ISSUER.crt/.key,
 * valid $DAYS (30) days; NAME-chain.crt holds NAME.crt and ISSUER's chain. */
static const char MK_SH[] =
	"set -e\n"
	"name=$1 issuer=$2 dn=$3 ext=$4 keyspec=${5:-ec} md=${6:-sha256} days=${DAYS:-30}\n"
	"case $keyspec in\n"
	"ec) openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out $name.key ;;\n"
	"ec:*) openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:${keyspec#ec:} -out $name.key ;;\n"
	"rsa:*) openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:${keyspec#rsa:} -out $name.key ;;\n"
	"esac\n"
	"printf '[req]\\ndistinguished_name=dn\\nprompt=no\\n[dn]\\n%s\\n[e]\\n%s\\n' \"$dn\" \"$ext\" >$name.cnf\n"
	"if [ \"$issuer\" = self ]; then\n"
	"  openssl req -x509 -new -key $name.key -config $name.cnf -extensions e -days $days -$md -out $name.crt\n"
	"  cp $name.crt $name-chain.crt\n"
	"else\n"
	"  openssl req -new -key $name.key -config $name.cnf -out $name.csr\n"
	"  openssl x509 -req -in $name.csr -CA $issuer.crt -CAkey $issuer.key -set_serial 0x$(openssl rand -hex 8) \\\n"
	"    -days $days -$md -extfile $name.cnf -extensions e -out $name.crt\n"
	"  cat $name.crt $issuer-chain.crt >$name-chain.crt\n"
	"fi\n";

#define EXT_CA "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n" \
	"subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid:always"
#define EXT_CLIENT "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n" \
	"extendedKeyUsage=clientAuth\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid"

/* Makes certificate name (see MK_SH); asserts it worked. */
static void mk(const char *name, const char *issuer, const char *dn, const char *ext,
	       const char *keyspec)
{
	char cmd[8192];
	int n = snprintf(cmd, sizeof cmd, "sh mk.sh '%s' '%s' '%s' '%s' '%s'", name, issuer, dn,
			 ext, keyspec ? keyspec : "ec");
	assert_true(n > 0 && (size_t)n < sizeof cmd);
	assert_int_equal(run(cmd), 0);
}

/* A client certificate from issuer with subject CN cn and SAN san (NULL:
 * no SAN extension). */
static void mk_client(const char *name, const char *issuer, const char *cn, const char *san)
{
	char dn[600], ext[8192];
	snprintf(dn, sizeof dn, "CN=%s", cn);
	snprintf(ext, sizeof ext, "%s%s%s", EXT_CLIENT, san ? "\nsubjectAltName=" : "",
		 san ? san : "");
	mk(name, issuer, dn, ext, NULL);
}

/* An intermediate CA from issuer with nameConstraints nc (NULL: none). */
static void mk_ca(const char *name, const char *issuer, const char *nc)
{
	char dn[128], ext[1024];
	snprintf(dn, sizeof dn, "CN=%s", name);
	snprintf(ext, sizeof ext, "%s%s%s", EXT_CA, nc ? "\nnameConstraints=" : "", nc ? nc : "");
	mk(name, issuer, dn, ext, NULL);
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
	if (run(cmd))
		return -1;
	char path[128];
	snprintf(path, sizeof path, "%s/mk.sh", dir);
	FILE *f = fopen(path, "w");
	if (!f)
		return -1;
	fputs(MK_SH, f);
	fclose(f);
	/* A root of our own for the certificates made here, and the trust
	 * bundle of both roots. */
	if (run("sh mk.sh root self 'CN=unit root' '" EXT_CA "'"))
		return -1;
	return run("cat certs/ca.crt root.crt >bundle.crt");
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
	assert_int_equal(file_read(path, 1 << 20, &pem, &len), 0);
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
	struct tls_conf c;
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

/* Starts tls with client_ca = dir/ca_rel and allow_intermediates. */
static void trust(const char *ca_rel, int allow)
{
	char cert[256], key[256], ca[256], err[512];
	struct tls_conf c;
	memset(&c, 0, sizeof c);
	snprintf(cert, sizeof cert, "%s/certs/server.crt", dir);
	snprintf(key, sizeof key, "%s/certs/server.key", dir);
	snprintf(ca, sizeof ca, "%s/%s", dir, ca_rel);
	c.cert = cert;
	c.key = key;
	c.client_ca = ca;
	c.allow_intermediates = allow;
	if (tls_init(&c, err, sizeof err) != TLS_OK)
		fail_msg("tls_init: %s", err);
}

/* tls_verify_chain on the PEM chain in dir/rel (leaf first); *why set. */
static int verify(const char *rel, struct tls_peer *peer, const char **why)
{
	char path[256];
	snprintf(path, sizeof path, "%s/%s", dir, rel);
	char *pem = NULL;
	size_t len = 0;
	assert_int_equal(file_read(path, 1 << 20, &pem, &len), 0);
	gnutls_datum_t in = {(unsigned char *)pem, (unsigned)len};
	gnutls_x509_crt_t *crts = NULL;
	unsigned n = 0;
	assert_true(gnutls_x509_crt_list_import2(&crts, &n, &in, GNUTLS_X509_FMT_PEM, 0) >= 0);
	gnutls_datum_t der[16];
	assert_true(n >= 1 && n <= 16);
	for (unsigned i = 0; i < n; i++)
		assert_int_equal(gnutls_x509_crt_export2(crts[i], GNUTLS_X509_FMT_DER, &der[i]), 0);
	*why = NULL;
	int rc = tls_verify_chain(der, n, peer, why);
	for (unsigned i = 0; i < n; i++) {
		gnutls_free(der[i].data);
		gnutls_x509_crt_deinit(crts[i]);
	}
	gnutls_free(crts);
	free(pem);
	return rc;
}

/* Asserts rel verifies (to principal, when not NULL) or is refused for why. */
static void expect(const char *rel, const char *principal, const char *why_want)
{
	struct tls_peer p;
	const char *why = NULL;
	int rc = verify(rel, &p, &why);
	if (!why_want) {
		if (rc != TLS_OK)
			fail_msg("%s refused (%s), want %s", rel, why, principal);
		if (principal)
			assert_string_equal(p.principal, principal);
		return;
	}
	if (rc == TLS_OK)
		fail_msg("%s verified as %s, want refused for %s", rel, p.principal, why_want);
	if (strcmp(why, why_want) != 0)
		fail_msg("%s refused for %s, want %s", rel, why, why_want);
	assert_string_equal(p.principal, "");
	assert_int_equal(strlen(p.cert_sha256), 64); /* named even when refused */
}

static void test_every_san_entry_is_read_and_never_replaced_by_the_cn(void **state)
{
	(void)state;
	char p[TLS_PRINCIPAL_MAX];
	/* gen.sh: CN admin-cli behind an unreadable (600-byte) URI, and behind
	 * a URI after 65 DNS entries: refused, never svc:admin-cli */
	assert_int_equal(principal_of("certs/long-uri.crt", p, sizeof p), TLS_E_INVALID);
	assert_int_equal(principal_of("certs/many-san.crt", p, sizeof p), TLS_E_INVALID);
	trust("certs/ca.crt", 0);
	expect("certs/long-uri.crt", NULL, "unusable_name");
	expect("certs/many-san.crt", NULL, "too_many_san");
	tls_shutdown();

	/* The cap is 64 entries: a URI as the 64th is read. */
	char san[4096] = "", uri[300];
	size_t o = 0;
	for (int i = 0; i < 63; i++)
		o += (size_t)snprintf(san + o, sizeof san - o, "DNS:d%d.test,", i);
	snprintf(san + o, sizeof san - o, "URI:spiffe://custos.test/64th");
	mk_client("san64", "root", "admin-cli", san);
	assert_int_equal(principal_of("san64.crt", p, sizeof p), TLS_OK);
	assert_string_equal(p, "svc:spiffe://custos.test/64th");

	/* 255 characters are a name, 256 are not (and no CN instead). */
	memset(uri, 'x', sizeof uri);
	memcpy(uri, "URI:spiffe://custos.test/", 25);
	uri[4 + 255] = '\0';
	mk_client("uri255", "root", "admin-cli", uri);
	assert_int_equal(principal_of("uri255.crt", p, sizeof p), TLS_OK);
	assert_int_equal(strlen(p), 4 + 255);
	uri[4 + 255] = 'x';
	uri[4 + 256] = '\0';
	mk_client("uri256", "root", "admin-cli", uri);
	assert_int_equal(principal_of("uri256.crt", p, sizeof p), TLS_E_INVALID);

	/* Two URIs: which one names the service? Neither. */
	mk_client("two-uri", "root", "admin-cli",
		  "URI:spiffe://custos.test/a,URI:spiffe://custos.test/b");
	assert_int_equal(principal_of("two-uri.crt", p, sizeof p), TLS_E_INVALID);
	/* A URI with a space: refused, not the CN. */
	mk_client("uri-space", "root", "admin-cli", "URI:spiffe://custos.test/a b");
	assert_int_equal(principal_of("uri-space.crt", p, sizeof p), TLS_E_INVALID);

	/* A SAN without URI (DNS, e-mail): the CN names the service. */
	mk_client("dns-only", "root", "dns-svc", "DNS:dns-svc.test,email:ops@custos.test");
	assert_int_equal(principal_of("dns-only.crt", p, sizeof p), TLS_OK);
	assert_string_equal(p, "svc:dns-svc");

	/* Two CNs: ambiguous, refused. */
	mk("two-cn", "root", "0.CN=admin-cli\n1.CN=other", EXT_CLIENT, NULL);
	assert_int_equal(principal_of("two-cn.crt", p, sizeof p), TLS_E_INVALID);
}

static void test_intermediates_only_when_allowed(void **state)
{
	(void)state;
	trust("certs/ca.crt", 0);
	expect("certs/team-a-chain.crt", NULL, "intermediate_not_allowed");
	expect("certs/team-a.crt", NULL, "untrusted");
	expect("certs/support-console.crt", "svc:support-console", NULL);
	tls_shutdown();

	trust("certs/ca.crt", 1);
	expect("certs/team-a-chain.crt", "svc:spiffe://svc.team-a.test/payments", NULL);
	expect("certs/team-b-chain.crt", NULL, "name_constraints");
	expect("certs/inter-cn-chain.crt", NULL, "name_constraints");
	expect("certs/dns-team-a-chain.crt", "svc:spiffe://svc.team-a.test/ledger", NULL);
	expect("certs/dns-team-b-chain.crt", NULL, "name_constraints");
	expect("certs/support-console.crt", "svc:support-console", NULL);
	/* Presented extras that are not on the path are ignored. */
	assert_int_equal(run("cat certs/team-a-chain.crt certs/foreign-ca.crt certs/inter-dns-ca.crt"
			     " >team-a-extra.crt"), 0);
	expect("team-a-extra.crt", "svc:spiffe://svc.team-a.test/payments", NULL);
	tls_shutdown();
}

/* One intermediate with constraints nc under our root, and a leaf with
 * SAN san: verified to principal, or refused for name_constraints. */
static void nc_case(const char *nc, const char *cn, const char *san, const char *principal)
{
	static int seq;
	char ca[32], leaf[32], chain[48];
	snprintf(ca, sizeof ca, "nc%d", seq);
	snprintf(leaf, sizeof leaf, "nc%d-leaf", seq);
	snprintf(chain, sizeof chain, "nc%d-leaf-chain.crt", seq);
	seq++;
	mk_ca(ca, "root", nc);
	mk_client(leaf, ca, cn, san);
	expect(chain, principal, principal ? NULL : "name_constraints");
}

static void test_name_constraints_bound_the_principal(void **state)
{
	(void)state;
	trust("bundle.crt", 1);
	/* URI constraints (RFC 5280 4.2.1.10): "host" is that host only,
	 * ".domain" any host below it; the host of the URI's authority. */
	const char *host = "critical,permitted;URI:svc.team-a.test";
	nc_case(host, "x", "URI:spiffe://svc.team-a.test/p", "svc:spiffe://svc.team-a.test/p");
	nc_case(host, "x", "URI:spiffe://a.svc.team-a.test/p", NULL);
	const char *dom = "critical,permitted;URI:.team-a.test";
	nc_case(dom, "x", "URI:spiffe://team-a.test/p", NULL);
	nc_case(dom, "x", "URI:spiffe://a.b.team-a.test/p", "svc:spiffe://a.b.team-a.test/p");
	nc_case(dom, "x", "URI:SPIFFE://SVC.Team-A.test/p", "svc:SPIFFE://SVC.Team-A.test/p");
	nc_case(dom, "x", "URI:https://svc.team-a.test:8443/p",
		"svc:https://svc.team-a.test:8443/p");
	nc_case(dom, "x", "URI:spiffe://svc.team-a.test.evil.test/p", NULL);
	nc_case(dom, "x", "URI:spiffe://evil.test@svc.team-a.test/p", NULL); /* userinfo */
	nc_case(dom, "x", "URI:spiffe://10.1.2.3/p", NULL);                  /* IP host */
	nc_case(dom, "x", "URI:urn:svc.team-a.test", NULL);                  /* no authority */
	nc_case(dom, "x", "URI:spiffe://svc%2eteam-a.test/p", NULL);          /* encoded */
	nc_case(dom, "admin-cli", NULL, NULL);                                /* CN */
	/* Excluded URI subtrees: GnuTLS 3.7 itself refuses every URI under
	 * them (a type it cannot evaluate), and so does the CN rule. */
	const char *ex = "critical,excluded;URI:.team-b.test";
	nc_case(ex, "x", "URI:spiffe://svc.team-b.test/p", NULL);
	nc_case(ex, "x", "URI:spiffe://svc.team-a.test/p", NULL);
	nc_case(ex, "admin-cli", NULL, NULL);
	/* DNS constraints bound the URI's host too; excluded as well. */
	const char *dns = "critical,permitted;DNS:team-a.test";
	nc_case(dns, "x", "URI:spiffe://team-a.test/p", "svc:spiffe://team-a.test/p");
	nc_case(dns, "x", "URI:spiffe://svc.team-b.test/p", NULL);
	const char *dnsx = "critical,excluded;DNS:team-b.test";
	nc_case(dnsx, "x", "URI:spiffe://svc.team-b.test/p", NULL);
	nc_case(dnsx, "x", "URI:spiffe://svc.team-a.test/p", "svc:spiffe://svc.team-a.test/p");
	/* Constraints that say nothing about URIs or hosts permit none. */
	nc_case("critical,permitted;email:team-a.test", "x", "URI:spiffe://svc.team-a.test/p",
		NULL);
	/* Both: the URI must satisfy each kind. */
	const char *both = "critical,permitted;URI:.team-a.test,permitted;DNS:ops.team-a.test";
	nc_case(both, "x", "URI:spiffe://svc.ops.team-a.test/p",
		"svc:spiffe://svc.ops.team-a.test/p");
	nc_case(both, "x", "URI:spiffe://svc.team-a.test/p", NULL);
	tls_shutdown();
}

static void test_weak_keys_and_signatures_are_refused(void **state)
{
	(void)state;
	trust("bundle.crt", 1);
	struct tls_peer p;
	const char *why = NULL;
	assert_int_equal(verify("certs/rsa768.crt", &p, &why), TLS_E_INVALID);
	assert_string_equal(why, "weak_key");
	assert_int_equal(verify("certs/rsa1024.crt", &p, &why), TLS_E_INVALID);
	assert_string_equal(why, "weak_key");
	expect("certs/rsa2048.crt", "svc:rsa2048", NULL);
	assert_int_equal(verify("certs/sha1-client.crt", &p, &why), TLS_E_INVALID);
	assert_true(!strcmp(why, "weak_signature") || !strcmp(why, "insecure_algorithm"));
	/* P-224 has 112 bits (GnuTLS's MEDIUM profile accepts it): not for us. */
	mk("p224", "root", "CN=p224", EXT_CLIENT, "ec:P-224");
	expect("p224.crt", NULL, "weak_key");
	mk("p384", "root", "CN=p384", EXT_CLIENT, "ec:P-384");
	expect("p384.crt", "svc:p384", NULL);
	/* A weak intermediate weakens every certificate it signs. */
	mk("weak-ca", "root", "CN=weak-ca", EXT_CA, "rsa:1024");
	mk_client("under-weak", "weak-ca", "under-weak", NULL);
	struct tls_peer q;
	assert_int_equal(verify("under-weak-chain.crt", &q, &why), TLS_E_INVALID);
	assert_true(!strcmp(why, "weak_key") || !strcmp(why, "insecure_algorithm"));
	tls_shutdown();
}

static void test_validity_window_is_kept_with_the_peer(void **state)
{
	(void)state;
	trust("certs/ca.crt", 1);
	struct tls_peer p;
	const char *why = NULL;
	assert_int_equal(verify("certs/support-console.crt", &p, &why), TLS_OK);
	/* gen.sh: leaves live 825 days, the CA 10 years: the leaf bounds it. */
	assert_true(p.not_after > time(NULL) + 800 * 86400);
	assert_true(p.not_after < time(NULL) + 826 * 86400);
	assert_true(p.not_before <= time(NULL));
	assert_int_equal(tls_peer_current(&p, p.not_after, &why), TLS_OK);
	assert_int_equal(tls_peer_current(&p, p.not_after + 1, &why), TLS_E_INVALID);
	assert_string_equal(why, "expired");
	assert_int_equal(tls_peer_current(&p, p.not_before - 1, &why), TLS_E_INVALID);
	assert_string_equal(why, "not_yet_valid");
	assert_int_equal(tls_peer_current(&p, time(NULL), &why), TLS_OK);
	tls_shutdown();

	/* Through an intermediate that ends first, the intermediate bounds it. */
	trust("bundle.crt", 1);
	assert_int_equal(run("DAYS=2 sh mk.sh inter2 root 'CN=inter2' '" EXT_CA "'"), 0);
	mk_client("under2", "inter2", "under2", NULL); /* 30 days */
	assert_int_equal(verify("under2-chain.crt", &p, &why), TLS_OK);
	assert_true(p.not_after <= time(NULL) + 2 * 86400);
	assert_true(p.not_after > time(NULL) + 86400);
	tls_shutdown();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_principal_is_the_subject_cn),
		cmocka_unit_test(test_principal_prefers_the_san_uri),
		cmocka_unit_test(test_names_with_spaces_or_no_name_are_refused),
		cmocka_unit_test(test_server_key_must_match_the_certificate),
		cmocka_unit_test(test_every_san_entry_is_read_and_never_replaced_by_the_cn),
		cmocka_unit_test(test_intermediates_only_when_allowed),
		cmocka_unit_test(test_name_constraints_bound_the_principal),
		cmocka_unit_test(test_weak_keys_and_signatures_are_refused),
		cmocka_unit_test(test_validity_window_is_kept_with_the_peer),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
