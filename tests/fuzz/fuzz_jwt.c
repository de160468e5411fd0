/* fuzz_jwt: jwtv_verify on untrusted bytes, in two modes.
 *
 * Raw mode (any input not starting with '{'): the input is the token. The
 * verifier trusts only the committed PUBLIC keys of jwt_seeds.h, whose private
 * halves were discarded, so the only inputs allowed to verify are the
 * committed SEED_TOKENS; anything else returning JWTV_OK is a forgery.
 * Sign mode (input starting with '{'): "HEADER\0PAYLOAD" JSON (no NUL: a fixed
 * ES256 header), signed here with a key made at first call, so that the claim
 * checks behind the signature are reached too; a verified identity must obey
 * the header's promises (sub, exp, groups caps). */
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include "jwt_verify.h"
#include "jwt_seeds.h"

#define NOW ((time_t)1750000000)
#define ISS "https://idp.example.test"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static jwtv *g_raw, *g_signed;
static EVP_PKEY *g_key; /* made at first call, never written anywhere */

static const char *const ALGS[] = {"RS256", "PS256", "ES256", "ES384"};

static jwtv *make_verifier(const char *pem, size_t pemlen)
{
	char path[] = "/tmp/custos-fuzz-jwt-XXXXXX";
	int fd = mkstemp(path);
	assert(fd >= 0);
	assert(write(fd, pem, pemlen) == (ssize_t)pemlen);
	close(fd);
	jwtv_issuer_conf is = {
		.name = "corp", .iss = ISS, .audience = "custos", .algorithms = ALGS,
		.nalgorithms = sizeof ALGS / sizeof ALGS[0], .key_file = path,
		.groups_claim = "groups", .leeway_s = 30,
	};
	jwtv_conf conf = {.issuers = &is, .nissuers = 1, .cache_ttl_s = 60, .cache_max = 16};
	char err[256];
	jwtv *v = NULL;
	int rc = jwtv_create(&v, &conf, err, sizeof err);
	unlink(path);
	if (rc) {
		fprintf(stderr, "fuzz_jwt: jwtv_create: %s\n", err);
		abort();
	}
	return v;
}

static void init(void)
{
	g_raw = make_verifier(SEED_PEM, strlen(SEED_PEM));
	/* The premise: every seed verifies (else the oracle below proves nothing). */
	for (size_t i = 0; i < sizeof SEED_TOKENS / sizeof SEED_TOKENS[0]; i++) {
		jwtv_identity *id = NULL;
		int rc = jwtv_verify(g_raw, SEED_TOKENS[i], strlen(SEED_TOKENS[i]), NOW, &id);
		if (rc) {
			fprintf(stderr, "fuzz_jwt: seed %zu: %s\n", i, jwtv_strerror(rc));
			abort();
		}
		jwtv_identity_free(id);
	}
	EVP_PKEY_CTX *kc = EVP_PKEY_CTX_new_id(EVP_PKEY_EC, NULL);
	assert(kc && EVP_PKEY_keygen_init(kc) == 1);
	assert(EVP_PKEY_CTX_set_ec_paramgen_curve_nid(kc, NID_X9_62_prime256v1) == 1);
	assert(EVP_PKEY_keygen(kc, &g_key) == 1);
	EVP_PKEY_CTX_free(kc);
	BIO *b = BIO_new(BIO_s_mem());
	assert(b && PEM_write_bio_PUBKEY(b, g_key) == 1);
	char *pem = NULL;
	long n = BIO_get_mem_data(b, &pem);
	g_signed = make_verifier(pem, (size_t)n);
	BIO_free(b);
}

static size_t b64url(const uint8_t *in, size_t n, char *out)
{
	static const char A[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
	size_t o = 0;
	for (size_t i = 0; i < n; i += 3) {
		uint32_t v = (uint32_t)in[i] << 16;
		if (i + 1 < n)
			v |= (uint32_t)in[i + 1] << 8;
		if (i + 2 < n)
			v |= in[i + 2];
		out[o++] = A[(v >> 18) & 63];
		out[o++] = A[(v >> 12) & 63];
		if (i + 1 < n)
			out[o++] = A[(v >> 6) & 63];
		if (i + 2 < n)
			out[o++] = A[v & 63];
	}
	return o;
}

/* header.payload.signature with an ES256 (r||s) signature by g_key. */
static char *sign_token(const uint8_t *h, size_t hl, const uint8_t *p, size_t pl, size_t *len)
{
	char *t = malloc((hl + pl) * 4 / 3 + 200);
	assert(t);
	size_t n = b64url(h, hl, t);
	t[n++] = '.';
	n += b64url(p, pl, t + n);
	uint8_t der[128], rs[64];
	size_t derlen = sizeof der;
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	assert(md && EVP_DigestSignInit(md, NULL, EVP_sha256(), NULL, g_key) == 1);
	assert(EVP_DigestSign(md, der, &derlen, (const uint8_t *)t, n) == 1);
	EVP_MD_CTX_free(md);
	const uint8_t *dp = der;
	ECDSA_SIG *es = d2i_ECDSA_SIG(NULL, &dp, (long)derlen);
	assert(es);
	assert(BN_bn2binpad(ECDSA_SIG_get0_r(es), rs, 32) == 32);
	assert(BN_bn2binpad(ECDSA_SIG_get0_s(es), rs + 32, 32) == 32);
	ECDSA_SIG_free(es);
	t[n++] = '.';
	n += b64url(rs, sizeof rs, t + n);
	t[n] = '\0';
	*len = n;
	return t;
}

static void check_identity(const jwtv_identity *id)
{
	assert(id->issuer && strcmp(id->issuer, "corp") == 0);
	assert(id->iss && strcmp(id->iss, ISS) == 0);
	assert(id->sub && id->sub[0] && strlen(id->sub) <= JWTV_MAX_STR);
	assert(!id->jti || strlen(id->jti) <= JWTV_MAX_STR);
	assert(id->exp > NOW - 30);
	assert(id->ngroups <= JWTV_MAX_GROUPS);
	for (size_t i = 0; i < id->ngroups; i++)
		assert(id->groups[i] && id->groups[i][0] && strlen(id->groups[i]) <= JWTV_MAX_STR);
	assert(id->claims);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!g_raw)
		init();
	jwtv_identity *id = NULL;
	if (size > 0 && data[0] == '{') {
		static const uint8_t H[] = "{\"alg\":\"ES256\"}";
		const uint8_t *h = H, *p = data;
		size_t hl = sizeof H - 1, pl = size;
		const uint8_t *nul = memchr(data, '\0', size);
		if (nul) {
			h = data;
			hl = (size_t)(nul - data);
			p = nul + 1;
			pl = size - hl - 1;
		}
		if (hl + pl > JWTV_MAX_TOKEN)
			return 0;
		size_t len = 0;
		char *t = sign_token(h, hl, p, pl, &len);
		int rc = jwtv_verify(g_signed, t, len, NOW, &id);
		assert((rc == JWTV_OK) == (id != NULL));
		if (id)
			check_identity(id);
		jwtv_identity_free(id);
		free(t);
		return 0;
	}
	int rc = jwtv_verify(g_raw, (const char *)data, size, NOW, &id);
	assert((rc == JWTV_OK) == (id != NULL));
	assert(rc <= 0 && rc >= JWTV_E_INTERNAL);
	assert(rc != JWTV_E_INTERNAL);
	if (rc == JWTV_OK) {
		int known = 0;
		for (size_t i = 0; i < sizeof SEED_TOKENS / sizeof SEED_TOKENS[0]; i++)
			if (size == strlen(SEED_TOKENS[i]) && memcmp(data, SEED_TOKENS[i], size) == 0)
				known = 1;
		if (!known) {
			fprintf(stderr, "fuzz_jwt: a token not signed by the key verified\n");
			abort();
		}
		check_identity(id);
	}
	jwtv_identity_free(id);
	return 0;
}
