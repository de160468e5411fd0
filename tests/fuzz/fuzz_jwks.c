/* fuzz_jwks: what an identity provider (or whoever answers in its place)
 * sends: JWKS documents (jwtv_set_jwks), discovery documents and
 * Cache-Control values. The first byte picks the parser.
 * Checks: a refused JWKS leaves the key set in force (last known good); an
 * accepted one holds at least one key; a discovery document is accepted only
 * with our exact issuer and an https jwks_uri; a Cache-Control lifetime is
 * never negative. */
#include <assert.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "jwks_fetch.h"
#include "jwt_verify.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define ISS "https://idp.fuzz.test"

/* A known good set, installed before every input, so that a refusal can be
 * told from an accepted document. */
static const char GOOD[] =
	"{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"good\","
	"\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\","
	"\"y\":\"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\"}]}";

static jwtv *g_v;

static void setup(void)
{
	static const char *const algs[] = {"RS256", "ES256", "ES384", "PS256"};
	jwtv_issuer_conf is = {.name = "fuzz", .iss = ISS, .audience = "custos", .algorithms = algs,
			       .nalgorithms = 4, .leeway_s = 0, .remote = ISS "/certs"};
	jwtv_conf conf = {.issuers = &is, .nissuers = 1, .cache_ttl_s = 0, .cache_max = 0};
	char err[256];
	if (jwtv_create(&g_v, &conf, err, sizeof err) != 0)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[600];
	if (!g_v)
		setup();
	if (size < 1 || size > 300 * 1024)
		return 0;
	const char *doc = (const char *)data + 1;
	size_t len = size - 1;
	jwtv_issuer_info info;
	switch (data[0] % 3) {
	case 0: {
		int changed = -1;
		assert(jwtv_set_jwks(g_v, 0, GOOD, sizeof GOOD - 1, 1, NULL, err, sizeof err) == 0);
		int rc = jwtv_set_jwks(g_v, 0, doc, len, 2, &changed, err, sizeof err);
		assert(jwtv_issuer_info_get(g_v, 0, &info) == 0);
		assert(info.nkeys >= 1 && info.nkeys <= JWTV_MAX_KEYS);
		if (rc != 0)
			assert(changed == 0 && info.nkeys == 1 && info.keys_at == 1);
		break;
	}
	case 1: {
		char uri[JWKSF_MAX_URL + 1];
		if (jwksf_discovery_parse(doc, len, ISS, 0, uri, sizeof uri, err, sizeof err) == 0)
			assert(strncasecmp(uri, "https://", 8) == 0 && strlen(uri) <= JWKSF_MAX_URL);
		break;
	}
	default: {
		char *s = malloc(len + 1);
		assert(s);
		memcpy(s, doc, len);
		s[len] = '\0';
		long ma = -1;
		if (jwksf_cache_control(s, &ma))
			assert(ma >= 0);
		free(s);
	}
	}
	return 0;
}
