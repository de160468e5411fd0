/* jwt_verify: Bearer token verification for custos.
 * The token is checked (size, canonical base64url, strict JSON) before any
 * crypto; the signature is verified with OpenSSL EVP_DigestVerify against keys
 * parsed once per load (PEM or JWKS), never against PEM handed to libjwt per
 * request (see docs/TOKENS.md for why and for how libjwt is still used). */
#include "jwt_verify.h"

#include "log.h"
#include "policy.h"
#include "token_cache.h"
#include "util.h"

#include <assert.h>
#include <errno.h>
#include <math.h> /* isfinite */
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/sha.h>
#include <openssl/x509.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define MAX_SIG_TRIES 8      /* keys tried for one token without a kid */
#define MIN_RSA_BITS 2048
#define MAX_RSA_BITS 8192      /* 1024-byte signatures */

enum key_type { KT_RSA = 1, KT_EC256, KT_EC384, KT_EC521 };
enum { CURVE_P256, CURVE_P384, CURVE_P521, NCURVES };

struct alg_info {
	const char *name;
	int kt;            /* key type it needs */
	const char *md;    /* digest name */
	int pss;           /* RSASSA-PSS (salt = digest length) instead of PKCS#1 v1.5 */
	size_t ec_half;    /* bytes of r (and of s) in a JOSE ECDSA signature */
};

static const struct alg_info ALGS[] = {
	{"RS256", KT_RSA, "SHA256", 0, 0},
	{"RS384", KT_RSA, "SHA384", 0, 0},
	{"RS512", KT_RSA, "SHA512", 0, 0},
	{"PS256", KT_RSA, "SHA256", 1, 0},
	{"PS384", KT_RSA, "SHA384", 1, 0},
	{"PS512", KT_RSA, "SHA512", 1, 0},
	{"ES256", KT_EC256, "SHA256", 0, 32},
	{"ES384", KT_EC384, "SHA384", 0, 48},
	{"ES512", KT_EC521, "SHA512", 0, 66},
};
#define NALGS (sizeof ALGS / sizeof ALGS[0])

struct key {
	EVP_PKEY *pkey;
	int kt;
	const struct alg_info *only_alg; /* JWKS "alg", NULL: any that fits kt */
	char *kid;                       /* JWKS "kid"; NULL for PEM keys */
	/* Per algorithm that fits: a verify context initialised once (padding,
	 * digest). Each verification duplicates it: EVP_DigestVerifyInit per
	 * token costs ~8 % of an RS256 verify in provider fetches. */
	EVP_PKEY_CTX *tmpl[NALGS];
};

/* An immutable set of keys, swapped whole on reload or JWKS refresh. */
struct keyset {
	_Atomic int refs;
	size_t n;
	struct key keys[JWTV_MAX_KEYS];
};

/* What identifies a file's content without reading it. */
struct file_id {
	dev_t dev;
	ino_t ino;
	off_t size;
	struct timespec mtim, ctim;
};

struct issuer {
	char *name, *iss, *audience, *key_file, *jwks_file, *groups_claim, *remote;
	const struct alg_info *algs[JWTV_MAX_ALGS];
	size_t nalgs;
	int leeway;
	int require_binding;
	pthread_mutex_t mu;              /* guards pem, jwks, jwks_loaded_at, jwks_sha */
	struct keyset *pem;
	struct keyset *jwks;
	time_t jwks_loaded_at;
	uint8_t jwks_sha[32];            /* remote: SHA-256 of the JWKS bytes in force */
	int jwks_sha_set;
	pthread_mutex_t file_mu;         /* serializes jwks_file checks; guards file_id */
	struct file_id file_id;          /* of the jwks_file last read (good or not) */
	int file_id_set;
};

struct jwtv {
	struct issuer *issuers;
	size_t nissuers;
	int cache_ttl;
	int min_refresh;
	tcache *cache;
	pthread_mutex_t reload_mu;
	EVP_MD *md[NALGS];               /* fetched once per algorithm */
	EVP_MD *sha256;                  /* cache key digest */
	BIGNUM *order[NCURVES];
	jwtv_unknown_kid_fn unknown_kid; /* remote issuers; set before sharing */
	void *unknown_kid_ctx;
};

/* The public identity is the first member so a jwtv_identity * is an ident *. */
struct ident {
	jwtv_identity pub;
	_Atomic int refs;
	json_t *payload;
	char *issuer_name;
	const char *groups[JWTV_MAX_GROUPS];
};

/* ---------------------------------------------------------------- codes */

const char *jwtv_code(int rc)
{
	switch (rc) {
	case JWTV_OK: return "token_ok";
	case JWTV_E_MALFORMED: return "token_malformed";
	case JWTV_E_TOO_LARGE: return "token_malformed"; /* issue 3: oversize is malformed */
	case JWTV_E_EXPIRED: return "token_expired";
	case JWTV_E_NOT_YET_VALID: return "token_not_yet_valid";
	case JWTV_E_ISSUER_UNKNOWN: return "token_issuer_unknown";
	case JWTV_E_KEY_UNKNOWN: return "token_key_unknown";
	case JWTV_E_SIGNATURE: return "token_signature_invalid";
	case JWTV_E_ALGORITHM: return "token_algorithm_rejected";
	case JWTV_E_AUDIENCE: return "token_audience_mismatch";
	case JWTV_E_CLAIMS: return "token_claims_invalid";
	case JWTV_E_HEADER_UNSUPPORTED: return "token_header_unsupported";
	case JWTV_E_MISSING: return "token_missing";
	case JWTV_E_CONFIG: return "token_config_invalid";
	case JWTV_E_KEY_FILE: return "token_key_file_invalid";
	case JWTV_E_BINDING: return "token_binding_mismatch";
	default: return "token_internal_error";
	}
}

const char *jwtv_strerror(int rc)
{
	switch (rc) {
	case JWTV_OK: return "token verified";
	case JWTV_E_MALFORMED: return "the token is not a canonical compact JWS with JSON object header and payload";
	case JWTV_E_TOO_LARGE: return "the token is larger than 8 KiB";
	case JWTV_E_EXPIRED: return "the token has expired";
	case JWTV_E_NOT_YET_VALID: return "the token is not valid yet (nbf or iat in the future)";
	case JWTV_E_ISSUER_UNKNOWN: return "the token's issuer is not configured";
	case JWTV_E_KEY_UNKNOWN: return "no key of the issuer matches the token's kid and algorithm";
	case JWTV_E_SIGNATURE: return "the token's signature does not verify";
	case JWTV_E_ALGORITHM: return "the token's algorithm is not pinned for its issuer or does not fit the key";
	case JWTV_E_AUDIENCE: return "the token is not meant for this audience";
	case JWTV_E_CLAIMS: return "a required claim is missing or has the wrong type";
	case JWTV_E_HEADER_UNSUPPORTED: return "the token has a critical header extension";
	case JWTV_E_MISSING: return "no token";
	case JWTV_E_CONFIG: return "invalid token issuer configuration";
	case JWTV_E_KEY_FILE: return "an issuer key file is missing, empty or invalid";
	case JWTV_E_BINDING: return "the token is not bound to this client certificate (RFC 8705 cnf.x5t#S256)";
	default: return "internal error while verifying the token";
	}
}

static int fail(char *err, size_t errsz, int rc, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static int fail(char *err, size_t errsz, int rc, const char *fmt, ...)
{
	if (err && errsz) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(err, errsz, fmt, ap);
		va_end(ap);
	}
	return rc;
}

static const struct alg_info *alg_by_name(const char *name)
{
	for (size_t i = 0; i < NALGS; i++)
		if (strcmp(ALGS[i].name, name) == 0)
			return &ALGS[i];
	return NULL;
}

static size_t alg_index(const struct alg_info *a)
{
	return (size_t)(a - ALGS);
}

/* -------------------------------------------------------- base64url, JSON */

static int8_t b64tab[256];
static pthread_once_t b64_once = PTHREAD_ONCE_INIT;

static void b64_init(void)
{
	static const char alpha[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
	memset(b64tab, -1, sizeof b64tab);
	for (int i = 0; i < 64; i++)
		b64tab[(unsigned char)alpha[i]] = (int8_t)i;
}

/* Decodes canonical base64url (RFC 7515 section 2: no padding, no other
 * alphabet, zero unused bits) into out. Returns 0 and *outlen, or -1. */
static int b64url_decode(const char *in, size_t n, uint8_t *out, size_t outsz, size_t *outlen)
{
	pthread_once(&b64_once, b64_init);
	if (n % 4 == 1)
		return -1;
	size_t need = n / 4 * 3 + (n % 4 ? n % 4 - 1 : 0);
	if (need > outsz)
		return -1;
	size_t o = 0, i = 0;
	for (; i + 4 <= n; i += 4) {
		int a = b64tab[(unsigned char)in[i]], b = b64tab[(unsigned char)in[i + 1]];
		int c = b64tab[(unsigned char)in[i + 2]], d = b64tab[(unsigned char)in[i + 3]];
		if ((a | b | c | d) < 0)
			return -1;
		uint32_t v = (uint32_t)a << 18 | (uint32_t)b << 12 | (uint32_t)c << 6 | (uint32_t)d;
		out[o++] = (uint8_t)(v >> 16);
		out[o++] = (uint8_t)(v >> 8);
		out[o++] = (uint8_t)v;
	}
	if (n - i == 2) {
		int a = b64tab[(unsigned char)in[i]], b = b64tab[(unsigned char)in[i + 1]];
		if ((a | b) < 0 || (b & 0x0f))
			return -1;
		out[o++] = (uint8_t)(a << 2 | b >> 4);
	} else if (n - i == 3) {
		int a = b64tab[(unsigned char)in[i]], b = b64tab[(unsigned char)in[i + 1]];
		int c = b64tab[(unsigned char)in[i + 2]];
		if ((a | b | c) < 0 || (c & 0x03))
			return -1;
		out[o++] = (uint8_t)(a << 2 | b >> 4);
		out[o++] = (uint8_t)((b & 0x0f) << 4 | c >> 2);
	}
	assert(o == need);
	*outlen = o;
	return 0;
}

/* jansson has no depth option (its own limit is 2048): bound it first. */
static int json_depth_ok(const uint8_t *p, size_t n, int max)
{
	int depth = 0, in_str = 0, esc = 0;
	for (size_t i = 0; i < n; i++) {
		uint8_t c = p[i];
		if (in_str) {
			if (esc)
				esc = 0;
			else if (c == '\\')
				esc = 1;
			else if (c == '"')
				in_str = 0;
		} else if (c == '"') {
			in_str = 1;
		} else if (c == '{' || c == '[') {
			if (++depth > max)
				return 0;
		} else if (c == '}' || c == ']') {
			depth--;
		}
	}
	return 1;
}

/* Parses a JSON object strictly: bounded size and depth, no duplicate keys,
 * no trailing data, no NUL in strings (jansson's default). NULL on failure. */
static json_t *parse_object(const uint8_t *p, size_t n)
{
	if (n == 0 || n > JWTV_MAX_JSON || !json_depth_ok(p, n, JWTV_MAX_DEPTH))
		return NULL;
	json_error_t jerr;
	json_t *j = json_loadb((const char *)p, n, JSON_REJECT_DUPLICATES, &jerr);
	if (j && !json_is_object(j)) {
		json_decref(j);
		return NULL;
	}
	return j;
}

/* A string claim of 1..JWTV_MAX_STR bytes (jansson already refuses NUL). */
static const char *bounded_str(const json_t *j)
{
	if (!json_is_string(j))
		return NULL;
	size_t n = json_string_length(j);
	if (n == 0 || n > JWTV_MAX_STR)
		return NULL;
	return json_string_value(j);
}

/* NumericDate: an integer or a finite real (floored), 0..JWTV_MAX_NUMERIC_DATE
 * (2^53 s: every value is exact as a double, and exp + leeway can never
 * overflow). Anything else, negative or near INT64_MAX included, is refused. */
static int numeric_date(const json_t *j, int64_t *out)
{
	if (json_is_integer(j)) {
		json_int_t v = json_integer_value(j);
		if (v < 0 || v > JWTV_MAX_NUMERIC_DATE)
			return -1;
		*out = (int64_t)v;
		return 0;
	}
	if (json_is_real(j)) {
		double d = json_real_value(j);
		if (!isfinite(d) || d < 0 || d > (double)JWTV_MAX_NUMERIC_DATE)
			return -1;
		int64_t t = (int64_t)d; /* floor without libm (not linked); d >= 0 */
		*out = t;
		return 0;
	}
	return -1;
}

/* A principal id claim (sub, each group, jti): bounded_str, and the one
 * grammar of policy.h, so that every value a token can carry can also be
 * bound and revoked. */
static const char *id_str(const json_t *j)
{
	const char *s = bounded_str(j);
	if (!s || pol_id_check(s, json_string_length(j), NULL))
		return NULL;
	return s;
}

/* ------------------------------------------------------------------ keys */

static struct keyset *keyset_new(void)
{
	struct keyset *ks = calloc(1, sizeof *ks);
	if (ks)
		atomic_init(&ks->refs, 1);
	return ks;
}

static struct keyset *keyset_ref(struct keyset *ks)
{
	if (ks)
		atomic_fetch_add(&ks->refs, 1);
	return ks;
}

static void keyset_unref(struct keyset *ks)
{
	if (!ks || atomic_fetch_sub(&ks->refs, 1) != 1)
		return;
	for (size_t i = 0; i < ks->n; i++) {
		EVP_PKEY_free(ks->keys[i].pkey);
		free(ks->keys[i].kid);
		for (size_t a = 0; a < NALGS; a++)
			EVP_PKEY_CTX_free(ks->keys[i].tmpl[a]);
	}
	free(ks);
}

/* Classifies pkey (RSA >= 2048 bits, EC P-256/384/521). 0 and *kt, or -1
 * with a message. */
static int key_type_of(EVP_PKEY *pkey, int *kt, char *why, size_t whysz)
{
	int id = EVP_PKEY_get_base_id(pkey);
	if (id == EVP_PKEY_RSA) {
		int bits = EVP_PKEY_get_bits(pkey);
		if (bits < MIN_RSA_BITS || bits > MAX_RSA_BITS) {
			snprintf(why, whysz, "RSA key of %d bits (need %d..%d)", bits, MIN_RSA_BITS, MAX_RSA_BITS);
			return -1;
		}
		*kt = KT_RSA;
		return 0;
	}
	if (id == EVP_PKEY_EC) {
		char grp[64];
		size_t gl = 0;
		if (EVP_PKEY_get_group_name(pkey, grp, sizeof grp, &gl) != 1) {
			snprintf(why, whysz, "EC key without a named curve");
			return -1;
		}
		int nid = OBJ_txt2nid(grp);
		if (nid == NID_X9_62_prime256v1)
			*kt = KT_EC256;
		else if (nid == NID_secp384r1)
			*kt = KT_EC384;
		else if (nid == NID_secp521r1)
			*kt = KT_EC521;
		else {
			snprintf(why, whysz, "EC curve %s not supported (P-256, P-384, P-521)", grp);
			return -1;
		}
		return 0;
	}
	snprintf(why, whysz, "key type %s not supported (RSA, EC)", OBJ_nid2sn(id));
	return -1;
}

/* A verify context for alg on pkey: padding (PKCS#1 v1.5, or PSS with salt =
 * digest length and MGF1 of the same digest) and the digest. */
static EVP_PKEY_CTX *verify_template(EVP_PKEY *pkey, const struct alg_info *a)
{
	EVP_MD *md = EVP_MD_fetch(NULL, a->md, NULL);
	EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_pkey(NULL, pkey, NULL);
	int ok = md && ctx && EVP_PKEY_verify_init(ctx) == 1;
	if (ok && a->kt == KT_RSA)
		ok = EVP_PKEY_CTX_set_rsa_padding(ctx, a->pss ? RSA_PKCS1_PSS_PADDING : RSA_PKCS1_PADDING) == 1;
	if (ok && a->pss)
		ok = EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, RSA_PSS_SALTLEN_DIGEST) == 1 &&
		     EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, md) == 1;
	if (ok)
		ok = EVP_PKEY_CTX_set_signature_md(ctx, md) == 1;
	EVP_MD_free(md);
	if (!ok) {
		EVP_PKEY_CTX_free(ctx);
		ERR_clear_error();
		return NULL;
	}
	return ctx;
}

static int keyset_add(struct keyset *ks, EVP_PKEY *pkey, const char *kid,
                      const struct alg_info *only, char *why, size_t whysz)
{
	int kt = 0;
	if (ks->n >= JWTV_MAX_KEYS) {
		snprintf(why, whysz, "more than %d keys", JWTV_MAX_KEYS);
		return -1;
	}
	if (key_type_of(pkey, &kt, why, whysz) != 0)
		return -1;
	if (only && only->kt != kt) {
		snprintf(why, whysz, "key \"%s\": alg %s does not fit its key type", kid ? kid : "", only->name);
		return -1;
	}
	struct key *k = &ks->keys[ks->n];
	memset(k, 0, sizeof *k);
	k->pkey = pkey;
	k->kt = kt;
	k->only_alg = only;
	ks->n++; /* from here keyset_unref frees what is built */
	if (kid)
		k->kid = strdup(kid);
	if (kid && !k->kid) {
		snprintf(why, whysz, "out of memory");
		goto undo;
	}
	for (size_t a = 0; a < NALGS; a++) {
		if (ALGS[a].kt != kt || (only && only != &ALGS[a]))
			continue;
		k->tmpl[a] = verify_template(pkey, &ALGS[a]);
		if (!k->tmpl[a]) {
			snprintf(why, whysz, "OpenSSL cannot verify %s with this key", ALGS[a].name);
			goto undo;
		}
	}
	return 0;
undo:
	/* the caller frees pkey on failure */
	ks->n--;
	free(k->kid);
	for (size_t a = 0; a < NALGS; a++)
		EVP_PKEY_CTX_free(k->tmpl[a]);
	memset(k, 0, sizeof *k);
	return -1;
}

/* Loads every public key of a PEM file (PUBLIC KEY, RSA PUBLIC KEY,
 * CERTIFICATE blocks). A private key, any other block or none at all fails. */
static int load_pem(const char *path, struct keyset **out, char *err, size_t errsz)
{
	char *buf = NULL, *name = NULL, *header = NULL;
	unsigned char *data = NULL;
	long dlen = 0;
	size_t len = 0;
	BIO *bio = NULL;
	char why[160] = "";
	int rc = JWTV_E_KEY_FILE;
	struct keyset *ks = keyset_new();
	if (!ks)
		return fail(err, errsz, JWTV_E_INTERNAL, "out of memory");
	int e = util_read_file(path, JWTV_MAX_KEY_FILE, &buf, &len);
	if (e) {
		fail(err, errsz, rc, "key_file %s: %s", path, strerror(-e));
		goto out;
	}
	bio = BIO_new_mem_buf(buf, (int)len);
	if (!bio) {
		rc = fail(err, errsz, JWTV_E_INTERNAL, "out of memory");
		goto out;
	}
	for (;;) {
		ERR_clear_error();
		if (PEM_read_bio(bio, &name, &header, &data, &dlen) != 1) {
			unsigned long ec = ERR_peek_last_error();
			if (ERR_GET_REASON(ec) == PEM_R_NO_START_LINE && ks->n > 0)
				break;
			fail(err, errsz, rc, "key_file %s: %s", path,
			     ks->n ? "unreadable PEM block" : "no PEM public key in the file");
			goto out;
		}
		const unsigned char *p = data;
		EVP_PKEY *pkey = NULL;
		if (strstr(name, "PRIVATE")) {
			fail(err, errsz, rc, "key_file %s: holds a private key (%s); give the public key only", path, name);
			goto out;
		} else if (strcmp(name, "PUBLIC KEY") == 0) {
			pkey = d2i_PUBKEY(NULL, &p, dlen);
		} else if (strcmp(name, "RSA PUBLIC KEY") == 0) {
			pkey = d2i_PublicKey(EVP_PKEY_RSA, NULL, &p, dlen);
		} else if (strcmp(name, "CERTIFICATE") == 0) {
			X509 *x = d2i_X509(NULL, &p, dlen);
			if (x)
				pkey = X509_get_pubkey(x);
			X509_free(x);
		} else {
			fail(err, errsz, rc, "key_file %s: unsupported PEM block \"%s\"", path, name);
			goto out;
		}
		if (!pkey || p != data + dlen) {
			EVP_PKEY_free(pkey);
			fail(err, errsz, rc, "key_file %s: cannot parse PEM block %zu (%s)", path, ks->n + 1, name);
			goto out;
		}
		if (keyset_add(ks, pkey, NULL, NULL, why, sizeof why) != 0) {
			EVP_PKEY_free(pkey);
			fail(err, errsz, rc, "key_file %s: %s", path, why);
			goto out;
		}
		OPENSSL_free(name);
		OPENSSL_free(header);
		OPENSSL_free(data);
		name = header = NULL;
		data = NULL;
	}
	*out = ks;
	ks = NULL;
	rc = 0;
out:
	ERR_clear_error();
	OPENSSL_free(name);
	OPENSSL_free(header);
	OPENSSL_free(data);
	BIO_free(bio);
	free(buf);
	keyset_unref(ks);
	return rc;
}

/* Decodes a JWKS base64url member into a new buffer of exactly want bytes
 * (want 0: any length 1..1024). */
static uint8_t *jwk_bytes(const json_t *jwk, const char *member, size_t want, size_t *outlen)
{
	const json_t *j = json_object_get(jwk, member);
	if (!json_is_string(j))
		return NULL;
	size_t n = json_string_length(j), len = 0;
	uint8_t *b = malloc(n + 1);
	if (!b)
		return NULL;
	if (b64url_decode(json_string_value(j), n, b, n + 1, &len) != 0 || len == 0 ||
	    (want && len != want) || len > 1024) {
		free(b);
		return NULL;
	}
	*outlen = len;
	return b;
}

static EVP_PKEY *pkey_fromdata(const char *type, OSSL_PARAM *params)
{
	EVP_PKEY *pkey = NULL;
	EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(NULL, type, NULL);
	if (ctx && EVP_PKEY_fromdata_init(ctx) == 1)
		EVP_PKEY_fromdata(ctx, &pkey, EVP_PKEY_PUBLIC_KEY, params);
	EVP_PKEY_CTX_free(ctx);
	if (!pkey)
		return NULL;
	/* Point on the curve / sane RSA public values. */
	ctx = EVP_PKEY_CTX_new_from_pkey(NULL, pkey, NULL);
	int ok = ctx && EVP_PKEY_public_check(ctx) == 1;
	EVP_PKEY_CTX_free(ctx);
	if (!ok) {
		EVP_PKEY_free(pkey);
		return NULL;
	}
	return pkey;
}

static EVP_PKEY *jwk_rsa(const json_t *jwk)
{
	size_t nl = 0, el = 0;
	EVP_PKEY *pkey = NULL;
	OSSL_PARAM_BLD *bld = NULL;
	OSSL_PARAM *params = NULL;
	BIGNUM *n = NULL, *e = NULL;
	uint8_t *nb = jwk_bytes(jwk, "n", 0, &nl), *eb = jwk_bytes(jwk, "e", 0, &el);
	if (!nb || !eb || el > 8)
		goto out;
	n = BN_bin2bn(nb, (int)nl, NULL);
	e = BN_bin2bn(eb, (int)el, NULL);
	bld = OSSL_PARAM_BLD_new();
	if (!n || !e || !bld || !OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, n) ||
	    !OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, e))
		goto out;
	params = OSSL_PARAM_BLD_to_param(bld);
	if (params)
		pkey = pkey_fromdata("RSA", params);
out:
	OSSL_PARAM_free(params);
	OSSL_PARAM_BLD_free(bld);
	BN_free(n);
	BN_free(e);
	free(nb);
	free(eb);
	return pkey;
}

static EVP_PKEY *jwk_ec(const json_t *jwk)
{
	static const struct { const char *crv, *group; size_t len; } curves[] = {
		{"P-256", "prime256v1", 32}, {"P-384", "secp384r1", 48}, {"P-521", "secp521r1", 66},
	};
	const char *crv = json_string_value(json_object_get(jwk, "crv"));
	size_t c = 0, xl = 0, yl = 0;
	EVP_PKEY *pkey = NULL;
	uint8_t pub[1 + 2 * 66];
	if (!crv)
		return NULL;
	while (c < 3 && strcmp(curves[c].crv, crv) != 0)
		c++;
	if (c == 3)
		return NULL;
	uint8_t *x = jwk_bytes(jwk, "x", curves[c].len, &xl), *y = jwk_bytes(jwk, "y", curves[c].len, &yl);
	if (x && y) {
		pub[0] = 0x04; /* uncompressed point */
		memcpy(pub + 1, x, xl);
		memcpy(pub + 1 + xl, y, yl);
		OSSL_PARAM params[] = {
			OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, (char *)curves[c].group, 0),
			OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, pub, 1 + xl + yl),
			OSSL_PARAM_construct_end(),
		};
		pkey = pkey_fromdata("EC", params);
	}
	free(x);
	free(y);
	return pkey;
}

/* JWK members that only a private or symmetric key has (RFC 7518 6.2.2,
 * 6.3.2, 6.4.1): a JWKS holding any of them is refused whole. */
static const char *const PRIVATE_MEMBERS[] = {"d", "p", "q", "dp", "dq", "qi", "oth", "k"};

/* Parses a JWKS document: {"keys": [...]}. Keys with "use" other than
 * "sig", or an "alg" we do not verify, or kty other than RSA/EC are skipped
 * (logged); a key with private members, a bad RSA/EC key or no usable key
 * fails. what names the source in messages ("jwks_file PATH", a URL). */
static int parse_jwks(const char *what, const char *buf, size_t len, struct keyset **out,
                      char *err, size_t errsz)
{
	const char *path = what; /* the messages below predate remote sources */
	json_t *root = NULL;
	json_error_t jerr;
	char why[160] = "";
	int rc = JWTV_E_KEY_FILE;
	struct keyset *ks = keyset_new();
	if (!ks)
		return fail(err, errsz, JWTV_E_INTERNAL, "out of memory");
	if (len > JWTV_MAX_KEY_FILE || !json_depth_ok((const uint8_t *)buf, len, JWTV_MAX_DEPTH)) {
		fail(err, errsz, rc, "%s: larger than %d bytes or nested deeper than %d", path,
		     JWTV_MAX_KEY_FILE, JWTV_MAX_DEPTH);
		goto out;
	}
	root = json_loadb(buf, len, JSON_REJECT_DUPLICATES, &jerr);
	const json_t *keys = json_object_get(root, "keys");
	if (!json_is_array(keys)) {
		fail(err, errsz, rc, "%s: not a JWKS object with a \"keys\" array%s%s", path,
		     root ? "" : ": ", root ? "" : jerr.text);
		goto out;
	}
	size_t i;
	const json_t *jwk;
	json_array_foreach(keys, i, jwk) {
		const char *kty = json_string_value(json_object_get(jwk, "kty"));
		const json_t *jkid = json_object_get(jwk, "kid");
		const json_t *juse = json_object_get(jwk, "use");
		const json_t *jalg = json_object_get(jwk, "alg");
		const struct alg_info *only = NULL;
		char where[64];
		snprintf(where, sizeof where, "%zu", i);
		if (!json_is_object(jwk) || !kty) {
			fail(err, errsz, rc, "%s: key %s has no kty", path, where);
			goto out;
		}
		for (size_t m = 0; m < sizeof PRIVATE_MEMBERS / sizeof PRIVATE_MEMBERS[0]; m++) {
			if (json_object_get(jwk, PRIVATE_MEMBERS[m])) {
				fail(err, errsz, rc, "%s: key %s holds private or symmetric key material (\"%s\")",
				     path, where, PRIVATE_MEMBERS[m]);
				goto out;
			}
		}
		if (jkid && !bounded_str(jkid)) {
			fail(err, errsz, rc, "%s: key %s: kid must be a string of 1..%d bytes", path, where, JWTV_MAX_STR);
			goto out;
		}
		if (juse && !(json_is_string(juse) && strcmp(json_string_value(juse), "sig") == 0)) {
			log_info("jwks key skipped", "source", path, "key", where, "reason", "use is not sig");
			continue;
		}
		if (jalg) {
			only = json_is_string(jalg) ? alg_by_name(json_string_value(jalg)) : NULL;
			if (!only) {
				log_info("jwks key skipped", "source", path, "key", where, "reason", "alg not supported");
				continue;
			}
		}
		EVP_PKEY *pkey = NULL;
		if (strcmp(kty, "RSA") == 0)
			pkey = jwk_rsa(jwk);
		else if (strcmp(kty, "EC") == 0)
			pkey = jwk_ec(jwk);
		else {
			log_info("jwks key skipped", "source", path, "key", where, "reason", "kty not RSA or EC");
			continue;
		}
		if (!pkey) {
			fail(err, errsz, rc, "%s: key %s: invalid %s public key", path, where, kty);
			goto out;
		}
		if (keyset_add(ks, pkey, json_string_value(jkid), only, why, sizeof why) != 0) {
			EVP_PKEY_free(pkey);
			fail(err, errsz, rc, "%s: key %s: %s", path, where, why);
			goto out;
		}
	}
	if (ks->n == 0) {
		fail(err, errsz, rc, "%s: no usable signing key", path);
		goto out;
	}
	*out = ks;
	ks = NULL;
	rc = 0;
out:
	ERR_clear_error();
	json_decref(root);
	keyset_unref(ks);
	return rc;
}

static int file_id_of(const char *path, struct file_id *id)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return -errno;
	memset(id, 0, sizeof *id);
	id->dev = st.st_dev;
	id->ino = st.st_ino;
	id->size = st.st_size;
	id->mtim = st.st_mtim;
	id->ctim = st.st_ctim;
	return 0;
}

static int file_id_eq(const struct file_id *a, const struct file_id *b)
{
	return a->dev == b->dev && a->ino == b->ino && a->size == b->size &&
	       a->mtim.tv_sec == b->mtim.tv_sec && a->mtim.tv_nsec == b->mtim.tv_nsec &&
	       a->ctim.tv_sec == b->ctim.tv_sec && a->ctim.tv_nsec == b->ctim.tv_nsec;
}

/* Reads and parses a JWKS file. With id (may be NULL), the identity of the
 * file taken just before reading it (*id_set 0 when it could not be taken):
 * a file replaced in between is merely read once more at the next check. */
static int load_jwks_id(const char *path, struct keyset **out, struct file_id *id, int *id_set,
                        char *err, size_t errsz)
{
	char what[300];
	char *buf = NULL;
	size_t len = 0;
	int rc = JWTV_E_KEY_FILE;
	if (id)
		*id_set = file_id_of(path, id) == 0;
	int e = util_read_file(path, JWTV_MAX_KEY_FILE, &buf, &len);
	if (e)
		return fail(err, errsz, rc, "jwks_file %s: %s", path, strerror(-e));
	snprintf(what, sizeof what, "jwks_file %s", path);
	rc = parse_jwks(what, buf, len, out, err, errsz);
	free(buf);
	return rc;
}

static int load_jwks(const char *path, struct keyset **out, char *err, size_t errsz)
{
	return load_jwks_id(path, out, NULL, NULL, err, errsz);
}

static int key_fits(const struct key *k, const struct alg_info *a)
{
	return k->kt == a->kt && (!k->only_alg || k->only_alg == a);
}

/* Loads both key files of an issuer and checks that a key fits a pinned alg
 * (a remote issuer may have none yet: its JWKS arrives by jwtv_set_jwks).
 * fid, fid_set: the identity of the jwks_file read. */
static int issuer_load(const struct issuer *is, struct keyset **pem, struct keyset **jwks,
                       struct file_id *fid, int *fid_set, char *err, size_t errsz)
{
	int rc = 0;
	*pem = *jwks = NULL;
	*fid_set = 0;
	if (is->key_file)
		rc = load_pem(is->key_file, pem, err, errsz);
	if (!rc && is->jwks_file)
		rc = load_jwks_id(is->jwks_file, jwks, fid, fid_set, err, errsz);
	if (rc || is->remote)
		goto out;
	for (size_t a = 0; a < is->nalgs; a++) {
		const struct keyset *sets[2] = {*pem, *jwks};
		for (size_t s = 0; s < 2; s++)
			for (size_t k = 0; sets[s] && k < sets[s]->n; k++)
				if (key_fits(&sets[s]->keys[k], is->algs[a]))
					goto out;
	}
	rc = fail(err, errsz, JWTV_E_KEY_FILE, "issuer %s: no key fits any of its pinned algorithms", is->name);
out:
	if (rc) {
		keyset_unref(*pem);
		keyset_unref(*jwks);
		*pem = *jwks = NULL;
	}
	return rc;
}

/* --------------------------------------------------------------- create */

static void issuer_clear(struct issuer *is)
{
	free(is->name);
	free(is->iss);
	free(is->audience);
	free(is->key_file);
	free(is->jwks_file);
	free(is->groups_claim);
	free(is->remote);
	keyset_unref(is->pem);
	keyset_unref(is->jwks);
	pthread_mutex_destroy(&is->mu);
	pthread_mutex_destroy(&is->file_mu);
}

static char *dup_opt(const char *s, int *oom)
{
	if (!s || !*s)
		return NULL;
	char *d = strdup(s);
	if (!d)
		*oom = 1;
	return d;
}

static int issuer_init(struct issuer *is, const jwtv_issuer_conf *c, char *err, size_t errsz)
{
	int oom = 0;
	pthread_mutex_init(&is->mu, NULL);
	pthread_mutex_init(&is->file_mu, NULL);
	const char *n = c->name && *c->name ? c->name : "?";
	if (!c->name || !*c->name)
		return fail(err, errsz, JWTV_E_CONFIG, "issuer without a name");
	if (!c->iss || !*c->iss || strlen(c->iss) > JWTV_MAX_STR)
		return fail(err, errsz, JWTV_E_CONFIG, "issuer %s: iss is required (1..%d bytes)", n, JWTV_MAX_STR);
	if (!c->audience || !*c->audience || strlen(c->audience) > JWTV_MAX_STR)
		return fail(err, errsz, JWTV_E_CONFIG, "issuer %s: audience is required (1..%d bytes)", n, JWTV_MAX_STR);
	if ((!c->key_file || !*c->key_file) && (!c->jwks_file || !*c->jwks_file) &&
	    (!c->remote || !*c->remote))
		return fail(err, errsz, JWTV_E_CONFIG, "issuer %s: key_file, jwks_file or a remote JWKS is required", n);
	if (c->nalgorithms == 0 || c->nalgorithms > JWTV_MAX_ALGS || !c->algorithms)
		return fail(err, errsz, JWTV_E_CONFIG, "issuer %s: 1..%d algorithms are required", n, JWTV_MAX_ALGS);
	if (c->leeway_s < 0 || c->leeway_s > 600)
		return fail(err, errsz, JWTV_E_CONFIG, "issuer %s: leeway_s must be 0..600", n);
	for (size_t i = 0; i < c->nalgorithms; i++) {
		const char *an = c->algorithms[i] ? c->algorithms[i] : "";
		const struct alg_info *a = alg_by_name(an);
		if (!a) {
			int sym = strncasecmp(an, "HS", 2) == 0 || strcasecmp(an, "none") == 0;
			return fail(err, errsz, JWTV_E_CONFIG, "issuer %s: algorithm \"%s\" %s", n, an,
			            sym ? "is not allowed (only RS*, PS*, ES*)" : "is unknown");
		}
		is->algs[is->nalgs++] = a;
	}
	is->name = dup_opt(c->name, &oom);
	is->iss = dup_opt(c->iss, &oom);
	is->audience = dup_opt(c->audience, &oom);
	is->key_file = dup_opt(c->key_file, &oom);
	is->jwks_file = dup_opt(c->jwks_file, &oom);
	is->groups_claim = dup_opt(c->groups_claim, &oom);
	is->remote = dup_opt(c->remote, &oom);
	is->leeway = c->leeway_s;
	is->require_binding = c->require_cert_binding != 0;
	if (oom)
		return fail(err, errsz, JWTV_E_INTERNAL, "out of memory");
	int rc = issuer_load(is, &is->pem, &is->jwks, &is->file_id, &is->file_id_set, err, errsz);
	is->jwks_loaded_at = is->pem || is->jwks ? time(NULL) : 0;
	return rc;
}

static void ident_ref_cb(void *p)
{
	jwtv_identity_ref(p);
}

static void ident_unref_cb(void *p)
{
	jwtv_identity_free(p);
}

int jwtv_create(jwtv **out, const jwtv_conf *conf, char *err, size_t errsz)
{
	int rc = 0;
	if (err && errsz)
		err[0] = '\0';
	if (!out || !conf)
		return fail(err, errsz, JWTV_E_CONFIG, "no configuration");
	*out = NULL;
	if (conf->nissuers > JWTV_MAX_ISSUERS || (conf->nissuers && !conf->issuers))
		return fail(err, errsz, JWTV_E_CONFIG, "at most %d issuers", JWTV_MAX_ISSUERS);
	if (conf->cache_ttl_s < 0 || conf->jwks_min_refresh_s < 0)
		return fail(err, errsz, JWTV_E_CONFIG, "cache_ttl_s and jwks_min_refresh_s must be >= 0");
	jwtv *v = calloc(1, sizeof *v);
	if (!v)
		return fail(err, errsz, JWTV_E_INTERNAL, "out of memory");
	pthread_mutex_init(&v->reload_mu, NULL);
	v->cache_ttl = conf->cache_ttl_s;
	v->min_refresh = conf->jwks_min_refresh_s;
	v->issuers = calloc(conf->nissuers ? conf->nissuers : 1, sizeof *v->issuers);
	if (!v->issuers) {
		rc = fail(err, errsz, JWTV_E_INTERNAL, "out of memory");
		goto out;
	}
	v->sha256 = EVP_MD_fetch(NULL, "SHA256", NULL);
	for (size_t i = 0; i < NALGS; i++) {
		v->md[i] = EVP_MD_fetch(NULL, ALGS[i].md, NULL);
		if (!v->md[i] || !v->sha256) {
			rc = fail(err, errsz, JWTV_E_INTERNAL, "OpenSSL has no %s", ALGS[i].md);
			goto out;
		}
	}
	static const int nids[NCURVES] = {NID_X9_62_prime256v1, NID_secp384r1, NID_secp521r1};
	for (size_t i = 0; i < NCURVES; i++) {
		EC_GROUP *g = EC_GROUP_new_by_curve_name(nids[i]);
		v->order[i] = g ? BN_dup(EC_GROUP_get0_order(g)) : NULL;
		EC_GROUP_free(g);
		if (!v->order[i]) {
			rc = fail(err, errsz, JWTV_E_INTERNAL, "OpenSSL EC group unavailable");
			goto out;
		}
	}
	for (size_t i = 0; i < conf->nissuers; i++) {
		v->nissuers = i + 1; /* so that cleanup sees a half-built issuer */
		rc = issuer_init(&v->issuers[i], &conf->issuers[i], err, errsz);
		if (rc)
			goto out;
		for (size_t j = 0; j < i; j++) {
			if (strcmp(v->issuers[j].name, v->issuers[i].name) == 0 ||
			    strcmp(v->issuers[j].iss, v->issuers[i].iss) == 0) {
				rc = fail(err, errsz, JWTV_E_CONFIG, "issuers %s and %s share a name or iss",
				          v->issuers[j].name, v->issuers[i].name);
				goto out;
			}
		}
	}
	size_t cmax = conf->cache_ttl_s > 0 ? conf->cache_max : 0;
	if (tcache_create(&v->cache, cmax, ident_ref_cb, ident_unref_cb) != 0) {
		rc = fail(err, errsz, JWTV_E_INTERNAL, "out of memory");
		goto out;
	}
	*out = v;
	v = NULL;
out:
	jwtv_free(v);
	return rc;
}

void jwtv_free(jwtv *v)
{
	if (!v)
		return;
	tcache_free(v->cache);
	for (size_t i = 0; i < v->nissuers; i++)
		issuer_clear(&v->issuers[i]);
	free(v->issuers);
	for (size_t i = 0; i < NALGS; i++)
		EVP_MD_free(v->md[i]);
	EVP_MD_free(v->sha256);
	for (size_t i = 0; i < NCURVES; i++)
		BN_free(v->order[i]);
	pthread_mutex_destroy(&v->reload_mu);
	free(v);
}

int jwtv_reload(jwtv *v, char *err, size_t errsz)
{
	int rc = 0;
	struct keyset *pem[JWTV_MAX_ISSUERS] = {0}, *jwks[JWTV_MAX_ISSUERS] = {0};
	if (err && errsz)
		err[0] = '\0';
	if (!v)
		return fail(err, errsz, JWTV_E_CONFIG, "no verifier");
	struct file_id fid[JWTV_MAX_ISSUERS];
	int fid_set[JWTV_MAX_ISSUERS] = {0};
	pthread_mutex_lock(&v->reload_mu);
	/* No jwks_file check runs meanwhile (order: reload_mu, file_mu, mu). */
	for (size_t i = 0; i < v->nissuers; i++)
		pthread_mutex_lock(&v->issuers[i].file_mu);
	for (size_t i = 0; i < v->nissuers; i++) {
		rc = issuer_load(&v->issuers[i], &pem[i], &jwks[i], &fid[i], &fid_set[i], err, errsz);
		if (rc)
			goto out;
	}
	time_t t = time(NULL);
	for (size_t i = 0; i < v->nissuers; i++) {
		struct issuer *is = &v->issuers[i];
		pthread_mutex_lock(&is->mu);
		struct keyset *op = is->pem, *oj = jwks[i];
		is->pem = pem[i];
		if (!is->remote) { /* a remote issuer keeps its fetched JWKS */
			oj = is->jwks;
			is->jwks = jwks[i];
			is->jwks_loaded_at = t;
		}
		pthread_mutex_unlock(&is->mu);
		pem[i] = op; /* released below */
		jwks[i] = oj;
		is->file_id = fid[i];
		is->file_id_set = fid_set[i];
	}
	tcache_clear(v->cache);
out:
	for (size_t i = 0; i < v->nissuers; i++) {
		keyset_unref(pem[i]);
		keyset_unref(jwks[i]);
		pthread_mutex_unlock(&v->issuers[i].file_mu);
	}
	pthread_mutex_unlock(&v->reload_mu);
	if (rc)
		log_warn("token keys not reloaded; keeping the previous keys", "error", err ? err : "");
	return rc;
}

void jwtv_cache_clear(jwtv *v)
{
	if (v)
		tcache_clear(v->cache);
}

void jwtv_stats(jwtv *v, uint64_t *hits, uint64_t *misses)
{
	tcache_stats(v ? v->cache : NULL, hits, misses);
}

/* ------------------------------------------------------------ signature */

/* JOSE ECDSA signatures are r||s; OpenSSL wants DER. r and s must be in
 * [1, order-1] (r = s = 0 is the "psychic signature" forgery). */
static int ec_sig_der(const BIGNUM *order, const uint8_t *sig, size_t half,
                      uint8_t *der, size_t dersz, size_t *derlen)
{
	int rc = JWTV_E_SIGNATURE;
	ECDSA_SIG *es = ECDSA_SIG_new();
	BIGNUM *r = BN_bin2bn(sig, (int)half, NULL), *s = BN_bin2bn(sig + half, (int)half, NULL);
	if (!es || !r || !s) {
		rc = JWTV_E_INTERNAL;
		goto out;
	}
	if (BN_is_zero(r) || BN_is_zero(s) || BN_cmp(r, order) >= 0 || BN_cmp(s, order) >= 0)
		goto out;
	ECDSA_SIG_set0(es, r, s);
	r = s = NULL;
	int n = i2d_ECDSA_SIG(es, NULL);
	if (n <= 0 || (size_t)n > dersz) {
		rc = JWTV_E_INTERNAL;
		goto out;
	}
	uint8_t *p = der;
	i2d_ECDSA_SIG(es, &p);
	*derlen = (size_t)n;
	rc = 0;
out:
	BN_free(r);
	BN_free(s);
	ECDSA_SIG_free(es);
	return rc;
}

static int sig_verify(jwtv *v, const struct key *k, const struct alg_info *a,
                      const uint8_t *msg, size_t msglen, const uint8_t *sig, size_t siglen)
{
	uint8_t der[160];
	size_t derlen = 0;
	int rc = JWTV_E_SIGNATURE;
	EVP_PKEY_CTX *pctx = NULL;
	if (a->ec_half) {
		if (siglen != 2 * a->ec_half)
			return JWTV_E_SIGNATURE;
		size_t curve = a->kt == KT_EC256 ? CURVE_P256 : a->kt == KT_EC384 ? CURVE_P384 : CURVE_P521;
		rc = ec_sig_der(v->order[curve], sig, a->ec_half, der, sizeof der, &derlen);
		if (rc)
			return rc;
		sig = der;
		siglen = derlen;
		rc = JWTV_E_SIGNATURE;
	} else if ((int)siglen != EVP_PKEY_get_size(k->pkey)) {
		return JWTV_E_SIGNATURE;
	}
	uint8_t dgst[EVP_MAX_MD_SIZE];
	unsigned int dlen = 0;
	assert(k->tmpl[alg_index(a)]);
	if (EVP_Digest(msg, msglen, dgst, &dlen, v->md[alg_index(a)], NULL) != 1)
		return JWTV_E_INTERNAL;
	pctx = EVP_PKEY_CTX_dup(k->tmpl[alg_index(a)]);
	if (!pctx)
		return JWTV_E_INTERNAL;
	if (EVP_PKEY_verify(pctx, sig, siglen, dgst, dlen) == 1)
		rc = 0;
	EVP_PKEY_CTX_free(pctx);
	ERR_clear_error();
	return rc;
}

/* Tries the issuer's candidate keys: with a kid, the JWKS keys of that kid
 * plus the kid-less PEM keys; without, every key fitting alg (at most
 * MAX_SIG_TRIES). 0, KEY_UNKNOWN (no candidate), ALGORITHM (the kid names
 * only keys of another type) or SIGNATURE. */
static int try_keys(jwtv *v, struct issuer *is, const struct alg_info *a, const char *kid,
                    const uint8_t *msg, size_t msglen, const uint8_t *sig, size_t siglen,
                    int *kid_found)
{
	*kid_found = 0;
	pthread_mutex_lock(&is->mu);
	struct keyset *sets[2] = {keyset_ref(is->jwks), keyset_ref(is->pem)};
	pthread_mutex_unlock(&is->mu);
	int rc = JWTV_E_KEY_UNKNOWN, tries = 0, kid_wrong_type = 0;
	for (size_t s = 0; s < 2 && rc != 0; s++) {
		for (size_t i = 0; sets[s] && i < sets[s]->n && rc != 0; i++) {
			const struct key *k = &sets[s]->keys[i];
			if (kid && k->kid && strcmp(k->kid, kid) != 0)
				continue;
			if (kid && k->kid)
				*kid_found = 1;
			if (!key_fits(k, a)) {
				if (kid && k->kid)
					kid_wrong_type = 1;
				continue;
			}
			if (tries++ >= MAX_SIG_TRIES)
				break;
			int r = sig_verify(v, k, a, msg, msglen, sig, siglen);
			if (r == 0 || r == JWTV_E_INTERNAL || rc == JWTV_E_KEY_UNKNOWN)
				rc = r;
		}
	}
	if (rc == JWTV_E_KEY_UNKNOWN && kid_wrong_type)
		rc = JWTV_E_ALGORITHM;
	keyset_unref(sets[0]);
	keyset_unref(sets[1]);
	return rc;
}

/* 1 when a key of old (may be NULL) is not in new: tokens it verified must
 * not live on in the token cache. */
static int keyset_lost(const struct keyset *old, const struct keyset *new)
{
	for (size_t i = 0; old && i < old->n; i++) {
		const struct key *a = &old->keys[i];
		int found = 0;
		for (size_t j = 0; new && j < new->n && !found; j++) {
			const struct key *b = &new->keys[j];
			found = (a->kid == NULL) == (b->kid == NULL) && (!a->kid || strcmp(a->kid, b->kid) == 0) &&
			        a->kt == b->kt && a->only_alg == b->only_alg && EVP_PKEY_eq(a->pkey, b->pkey) == 1;
		}
		if (!found)
			return 1;
	}
	return 0;
}

/* 1 when a key of ks or of the issuer's PEM keys fits a pinned algorithm. */
static int keyset_fits(struct issuer *is, const struct keyset *ks)
{
	pthread_mutex_lock(&is->mu);
	struct keyset *pem = keyset_ref(is->pem);
	pthread_mutex_unlock(&is->mu);
	int ok = 0;
	for (size_t a = 0; a < is->nalgs && !ok; a++) {
		const struct keyset *sets[2] = {ks, pem};
		for (size_t s = 0; s < 2; s++)
			for (size_t k = 0; sets[s] && k < sets[s]->n && !ok; k++)
				ok = key_fits(&sets[s]->keys[k], is->algs[a]);
	}
	keyset_unref(pem);
	return ok;
}

/* Installs ks (taken over) as the issuer's JWKS set, fetched or read at at
 * (sha: of its bytes, or NULL). The swap is the only locked step; the cache
 * is cleared when a key vanished (a verification that began before is kept
 * out of the cache by its generation). */
static void install_jwks(jwtv *v, struct issuer *is, struct keyset *ks, time_t at, const uint8_t *sha)
{
	ERR_clear_error();
	pthread_mutex_lock(&is->mu);
	struct keyset *old = is->jwks;
	is->jwks = ks;
	is->jwks_loaded_at = at;
	is->jwks_sha_set = sha != NULL;
	if (sha)
		memcpy(is->jwks_sha, sha, sizeof is->jwks_sha);
	pthread_mutex_unlock(&is->mu);
	int lost = keyset_lost(old, ks);
	keyset_unref(old);
	if (lost) {
		tcache_clear(v->cache);
		log_info("jwks changed and a key was removed; token cache cleared", "issuer", is->name);
	}
}

int jwtv_jwks_file_check(jwtv *v, size_t i)
{
	char err[300];
	struct file_id id;
	struct keyset *fresh = NULL;
	int rc = 0;
	if (!v || i >= v->nissuers || !v->issuers[i].jwks_file)
		return 0;
	struct issuer *is = &v->issuers[i];
	pthread_mutex_lock(&is->file_mu);
	if (file_id_of(is->jwks_file, &id) != 0)
		memset(&id, 0, sizeof id); /* missing: the same "identity" until it returns */
	time_t now = time(NULL);
	if (is->file_id_set && file_id_eq(&id, &is->file_id)) {
		pthread_mutex_lock(&is->mu);
		is->jwks_loaded_at = now;
		pthread_mutex_unlock(&is->mu);
		goto out;
	}
	is->file_id = id;
	is->file_id_set = 1; /* a broken file is reported once, not on every unknown kid */
	rc = load_jwks(is->jwks_file, &fresh, err, sizeof err);
	if (!rc && !keyset_fits(is, fresh))
		rc = fail(err, sizeof err, JWTV_E_KEY_FILE, "jwks_file %s: no key fits a pinned algorithm", is->jwks_file);
	if (rc) {
		keyset_unref(fresh);
		log_warn("jwks_file changed but cannot be used; keeping the previous keys", "issuer", is->name,
		         "error", err);
		goto out;
	}
	install_jwks(v, is, fresh, now, NULL);
	log_info("jwks_file changed; keys reloaded", "issuer", is->name);
	rc = 1;
out:
	pthread_mutex_unlock(&is->file_mu);
	return rc;
}

int jwtv_set_jwks(jwtv *v, size_t i, const char *json, size_t len, time_t fetched_at,
                  int *changed, char *err, size_t errsz)
{
	uint8_t sha[SHA256_DIGEST_LENGTH];
	struct keyset *ks = NULL;
	if (changed)
		*changed = 0;
	if (err && errsz)
		err[0] = '\0';
	if (!v || i >= v->nissuers || !v->issuers[i].remote || !json)
		return fail(err, errsz, JWTV_E_CONFIG, "not a remote issuer");
	struct issuer *is = &v->issuers[i];
	if (EVP_Digest(json, len, sha, NULL, v->sha256, NULL) != 1)
		return fail(err, errsz, JWTV_E_INTERNAL, "SHA-256 failed");
	pthread_mutex_lock(&is->mu);
	int same = is->jwks && is->jwks_sha_set && memcmp(sha, is->jwks_sha, sizeof sha) == 0;
	if (same && fetched_at > is->jwks_loaded_at)
		is->jwks_loaded_at = fetched_at;
	pthread_mutex_unlock(&is->mu);
	if (same)
		return 0;
	int rc = parse_jwks(is->remote, json, len, &ks, err, errsz);
	if (rc)
		return rc;
	if (!keyset_fits(is, ks)) {
		keyset_unref(ks);
		return fail(err, errsz, JWTV_E_KEY_FILE, "%s: no key fits any of the issuer's pinned algorithms",
		            is->remote);
	}
	install_jwks(v, is, ks, fetched_at, sha);
	if (changed)
		*changed = 1;
	return 0;
}

void jwtv_set_unknown_kid_hook(jwtv *v, jwtv_unknown_kid_fn fn, void *ctx)
{
	if (!v)
		return;
	v->unknown_kid = fn;
	v->unknown_kid_ctx = ctx;
}

size_t jwtv_issuer_count(const jwtv *v)
{
	return v ? v->nissuers : 0;
}

int jwtv_issuer_info_get(jwtv *v, size_t i, jwtv_issuer_info *out)
{
	if (!v || !out || i >= v->nissuers)
		return JWTV_E_CONFIG;
	struct issuer *is = &v->issuers[i];
	out->name = is->name;
	out->remote = is->remote != NULL;
	pthread_mutex_lock(&is->mu);
	out->nkeys = (is->pem ? is->pem->n : 0) + (is->jwks ? is->jwks->n : 0);
	out->keys_at = is->jwks_loaded_at;
	pthread_mutex_unlock(&is->mu);
	return 0;
}

/* Decodes 64 hex digits (either case) into 32 bytes. 0 or -1. */
static int hex32(const char *hex, uint8_t out[32])
{
	for (size_t i = 0; i < 64; i++) {
		char c = hex[i];
		int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 :
		        c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
		if (v < 0)
			return -1;
		if (i % 2 == 0)
			out[i / 2] = (uint8_t)(v << 4);
		else
			out[i / 2] |= (uint8_t)v;
	}
	return hex[64] == '\0' ? 0 : -1;
}

int jwtv_check_binding(const jwtv_identity *id, const char *cert_sha256_hex)
{
	uint8_t want[32];
	if (!id)
		return JWTV_E_BINDING;
	if (id->cnf == JWTV_CNF_NONE)
		return id->binding_required ? JWTV_E_BINDING : 0;
	if (id->cnf != JWTV_CNF_X5T || !cert_sha256_hex || hex32(cert_sha256_hex, want) != 0)
		return JWTV_E_BINDING;
	return CRYPTO_memcmp(want, id->cnf_x5t_s256, sizeof want) == 0 ? 0 : JWTV_E_BINDING;
}

/* --------------------------------------------------------------- claims */

static int check_aud(const json_t *aud, const char *want, int *type_ok)
{
	*type_ok = 1;
	if (!aud)
		return 0;
	if (json_is_string(aud))
		return strcmp(json_string_value(aud), want) == 0;
	if (!json_is_array(aud) || json_array_size(aud) > JWTV_MAX_AUD) {
		*type_ok = 0;
		return 0;
	}
	size_t i;
	const json_t *e;
	int found = 0;
	json_array_foreach(aud, i, e) {
		if (!json_is_string(e)) {
			*type_ok = 0;
			return 0;
		}
		if (strcmp(json_string_value(e), want) == 0)
			found = 1;
	}
	return found;
}

/* Checks the claims and fills id (borrowing strings from payload). */
static int check_claims(const struct issuer *is, const json_t *p, time_t now, struct ident *id)
{
	int64_t exp = 0, nbf = 0, iat = 0;
	const json_t *jnbf = json_object_get(p, "nbf"), *jiat = json_object_get(p, "iat");
	const json_t *jjti = json_object_get(p, "jti"), *aud = json_object_get(p, "aud");
	if (numeric_date(json_object_get(p, "exp"), &exp) != 0)
		return JWTV_E_CLAIMS; /* required; a string or null exp is not "no expiry" */
	if ((jnbf && numeric_date(jnbf, &nbf) != 0) || (jiat && numeric_date(jiat, &iat) != 0))
		return JWTV_E_CLAIMS;
	const char *sub = id_str(json_object_get(p, "sub"));
	if (!sub)
		return JWTV_E_CLAIMS;
	if (jjti && !id_str(jjti))
		return JWTV_E_CLAIMS;
	const json_t *g = is->groups_claim ? json_object_get(p, is->groups_claim) : NULL;
	if (json_is_string(g)) {
		if (!id_str(g))
			return JWTV_E_CLAIMS;
		id->groups[id->pub.ngroups++] = json_string_value(g);
	} else if (json_is_array(g)) {
		size_t i;
		const json_t *e;
		if (json_array_size(g) > JWTV_MAX_GROUPS)
			return JWTV_E_CLAIMS;
		json_array_foreach(g, i, e) {
			if (!id_str(e))
				return JWTV_E_CLAIMS; /* non-string, empty, long or ill-formed entries reject the token */
			id->groups[id->pub.ngroups++] = json_string_value(e);
		}
	} else if (g && !json_is_null(g)) {
		return JWTV_E_CLAIMS;
	}
	int aud_type_ok = 1;
	int aud_ok = check_aud(aud, is->audience, &aud_type_ok);
	if (!aud_type_ok)
		return JWTV_E_CLAIMS;
	/* exp, nbf, iat are in 0..2^53 and the leeway in 0..600, so none of
	 * these sums can overflow (a time_t near its limit is clamped too). */
	int64_t t = (int64_t)now, lw = is->leeway;
	if (t < 0)
		t = 0;
	if (t > JWTV_MAX_NUMERIC_DATE)
		t = JWTV_MAX_NUMERIC_DATE;
	if (t >= exp + lw)
		return JWTV_E_EXPIRED;
	if ((jnbf && nbf > t + lw) || (jiat && iat > t + lw))
		return JWTV_E_NOT_YET_VALID;
	if (!aud_ok)
		return JWTV_E_AUDIENCE;
	id->pub.sub = sub;
	id->pub.jti = jjti ? json_string_value(jjti) : NULL;
	id->pub.exp = (time_t)exp;
	id->pub.groups = id->groups;
	/* RFC 8705 3.1: cnf.x5t#S256 is the base64url SHA-256 of the certificate
	 * DER. A cnf we cannot check (another method, ill-formed, null) is kept
	 * as "other" and never matches: a present binding is always enforced. */
	const json_t *cnf = json_object_get(p, "cnf");
	id->pub.cnf = cnf ? JWTV_CNF_OTHER : JWTV_CNF_NONE;
	const json_t *x5t = json_is_object(cnf) ? json_object_get(cnf, "x5t#S256") : NULL;
	size_t xl = 0;
	if (json_is_string(x5t) && json_string_length(x5t) == 43 &&
	    b64url_decode(json_string_value(x5t), 43, id->pub.cnf_x5t_s256, sizeof id->pub.cnf_x5t_s256, &xl) == 0 &&
	    xl == sizeof id->pub.cnf_x5t_s256)
		id->pub.cnf = JWTV_CNF_X5T;
	return 0;
}

/* --------------------------------------------------------------- verify */

jwtv_identity *jwtv_identity_ref(jwtv_identity *pub)
{
	if (pub)
		atomic_fetch_add(&((struct ident *)pub)->refs, 1);
	return pub;
}

void jwtv_identity_free(jwtv_identity *pub)
{
	struct ident *id = (struct ident *)pub;
	if (!id || atomic_fetch_sub(&id->refs, 1) != 1)
		return;
	json_decref(id->payload);
	free(id->issuer_name);
	free(id);
}

int jwtv_verify(jwtv *v, const char *token, size_t len, time_t now, jwtv_identity **out)
{
	/* Decoded segments are at most 3/4 of the token. */
	uint8_t hbuf[JWTV_MAX_TOKEN * 3 / 4 + 3], pbuf[JWTV_MAX_TOKEN * 3 / 4 + 3], sbuf[1024];
	uint8_t digest[SHA256_DIGEST_LENGTH];
	size_t hl = 0, pl = 0, sl = 0;
	json_t *hdr = NULL, *pay = NULL;
	struct ident *id = NULL;
	struct issuer *is = NULL;
	int rc;
	assert(v && out);
	*out = NULL;
	if (!token || len == 0)
		return JWTV_E_MISSING;
	if (len > JWTV_MAX_TOKEN)
		return JWTV_E_TOO_LARGE;
	const char *d1 = memchr(token, '.', len);
	const char *d2 = d1 ? memchr(d1 + 1, '.', len - (size_t)(d1 + 1 - token)) : NULL;
	if (!d2 || memchr(d2 + 1, '.', len - (size_t)(d2 + 1 - token)))
		return JWTV_E_MALFORMED;
	if (b64url_decode(token, (size_t)(d1 - token), hbuf, sizeof hbuf, &hl) != 0 ||
	    b64url_decode(d1 + 1, (size_t)(d2 - d1 - 1), pbuf, sizeof pbuf, &pl) != 0 ||
	    b64url_decode(d2 + 1, len - (size_t)(d2 + 1 - token), sbuf, sizeof sbuf, &sl) != 0)
		return JWTV_E_MALFORMED;

	/* The spelling is now canonical: one token, one digest. */
	if (EVP_Digest(token, len, digest, NULL, v->sha256, NULL) != 1)
		return JWTV_E_INTERNAL;
	uint64_t gen = tcache_generation(v->cache);
	jwtv_identity *hit = tcache_get(v->cache, digest, now);
	if (hit) {
		*out = hit;
		return 0;
	}

	hdr = parse_object(hbuf, hl);
	pay = parse_object(pbuf, pl);
	if (!hdr || !pay) {
		rc = JWTV_E_MALFORMED;
		goto out;
	}
	const json_t *jalg = json_object_get(hdr, "alg"), *jkid = json_object_get(hdr, "kid");
	if (!json_is_string(jalg) || (jkid && !bounded_str(jkid))) {
		rc = JWTV_E_MALFORMED;
		goto out;
	}
	if (strcasecmp(json_string_value(jalg), "none") == 0) {
		rc = JWTV_E_ALGORITHM;
		goto out;
	}
	if (json_object_get(hdr, "crit")) {
		rc = JWTV_E_HEADER_UNSUPPORTED;
		goto out;
	}
	/* jku, x5u, x5c, jwk are ignored: keys come from configuration only. */
	const json_t *jiss = json_object_get(pay, "iss");
	if (!bounded_str(jiss)) {
		rc = JWTV_E_CLAIMS;
		goto out;
	}
	for (size_t i = 0; i < v->nissuers && !is; i++)
		if (strcmp(v->issuers[i].iss, json_string_value(jiss)) == 0)
			is = &v->issuers[i];
	if (!is) {
		rc = JWTV_E_ISSUER_UNKNOWN;
		goto out;
	}
	const struct alg_info *a = NULL;
	for (size_t i = 0; i < is->nalgs && !a; i++)
		if (strcmp(is->algs[i]->name, json_string_value(jalg)) == 0)
			a = is->algs[i];
	if (!a) {
		rc = JWTV_E_ALGORITHM;
		goto out;
	}
	const char *kid = jkid ? json_string_value(jkid) : NULL;
	const uint8_t *msg = (const uint8_t *)token;
	size_t msglen = (size_t)(d2 - token);
	int kid_found = 0;
	rc = try_keys(v, is, a, kid, msg, msglen, sbuf, sl, &kid_found);
	/* An unknown kid may be a rotated key: a replaced jwks_file is read at
	 * once; a remote issuer's fetcher is told (it fetches early, within its
	 * budget, never on this thread) and this token is refused meanwhile. */
	if (rc && kid && !kid_found) {
		size_t ix = (size_t)(is - v->issuers);
		if (is->jwks_file && jwtv_jwks_file_check(v, ix) == 1)
			rc = try_keys(v, is, a, kid, msg, msglen, sbuf, sl, &kid_found);
		else if (is->remote && v->unknown_kid)
			v->unknown_kid(v->unknown_kid_ctx, ix, kid);
	}
	if (rc)
		goto out;

	id = calloc(1, sizeof *id);
	if (id)
		id->issuer_name = strdup(is->name);
	if (!id || !id->issuer_name) {
		rc = JWTV_E_INTERNAL;
		goto out;
	}
	atomic_init(&id->refs, 1);
	rc = check_claims(is, pay, now, id);
	if (rc)
		goto out;
	id->pub.binding_required = is->require_binding;
	id->payload = pay;
	pay = NULL;
	id->pub.issuer = id->issuer_name;
	id->pub.iss = json_string_value(jiss);
	id->pub.claims = id->payload;
	memcpy(id->pub.token_sha256, digest, sizeof digest);
	util_hex(digest, sizeof digest, id->pub.token_sha256_hex);
	if (v->cache_ttl > 0) {
		time_t until = now + v->cache_ttl;
		if (id->pub.exp < until)
			until = id->pub.exp;
		tcache_put(v->cache, digest, id, until, now, gen);
	}
	*out = &id->pub;
	id = NULL;
out:
	if (id) {
		free(id->issuer_name);
		free(id);
	}
	json_decref(hdr);
	json_decref(pay);
	OPENSSL_cleanse(pbuf, pl);
	OPENSSL_cleanse(sbuf, sl);
	return rc;
}
