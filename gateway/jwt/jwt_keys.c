/* jwt_keys: the issuers' public keys, parsed once (PEM: PUBLIC KEY, RSA
 * PUBLIC KEY, CERTIFICATE; JWKS: RSA and EC P-256/384/521) into immutable,
 * refcounted key sets with a verify context per algorithm that fits. */
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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "b64.h"
#include "errbuf.h"
#include "errors.h"
#include "file.h"
#include "hex.h"
#include "jwt_int.h"
#include "log.h"
#include "policy.h"

/* ------------------------------------------------------------------ keys */

static struct keyset *keyset_new(void)
{
	struct keyset *ks = calloc(1, sizeof *ks);
	if (ks)
		atomic_init(&ks->refs, 1);
	return ks;
}

struct keyset *jwt_keyset_ref(struct keyset *ks)
{
	if (ks)
		atomic_fetch_add(&ks->refs, 1);
	return ks;
}

void jwt_keyset_unref(struct keyset *ks)
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
			snprintf(why, whysz, "RSA key of %d bits (need %d..%d)", bits, MIN_RSA_BITS,
				 MAX_RSA_BITS);
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
			snprintf(why, whysz, "EC curve %s not supported (P-256, P-384, P-521)",
				 grp);
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
		ok = EVP_PKEY_CTX_set_rsa_padding(ctx, a->pss ? RSA_PKCS1_PSS_PADDING
							      : RSA_PKCS1_PADDING) == 1;
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
		snprintf(why, whysz, "key \"%s\": alg %s does not fit its key type", kid ? kid : "",
			 only->name);
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
			snprintf(why, whysz, "OpenSSL cannot verify %s with this key",
				 ALGS[a].name);
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

/* The start of loading a key file: a new empty keyset and the file's
 * bytes. 0, or the error with err naming the file (what: "key_file",
 * "jwks_file") and nothing left to free. */
static int load_start(const char *what, const char *path, struct keyset **ks, char **buf,
		      size_t *len, char *err, size_t errsz)
{
	*ks = keyset_new();
	if (!*ks) {
		errbuf_set(err, errsz, "out of memory");
		return JWTV_E_INTERNAL;
	}
	int e = file_read(path, JWTV_MAX_KEY_FILE, buf, len);
	if (!e)
		return 0;
	jwt_keyset_unref(*ks);
	*ks = NULL;
	errbuf_set(err, errsz, "%s %s: %s", what, path, strerror(-e));
	return JWTV_E_KEY_FILE;
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
	struct keyset *ks = NULL;
	int rc = load_start("key_file", path, &ks, &buf, &len, err, errsz);
	if (rc)
		return rc;
	rc = JWTV_E_KEY_FILE;
	bio = BIO_new_mem_buf(buf, (int)len);
	if (!bio) {
		rc = errbuf_fail(err, errsz, JWTV_E_INTERNAL, "out of memory");
		goto out;
	}
	for (;;) {
		ERR_clear_error();
		if (PEM_read_bio(bio, &name, &header, &data, &dlen) != 1) {
			unsigned long ec = ERR_peek_last_error();
			if (ERR_GET_REASON(ec) == PEM_R_NO_START_LINE && ks->n > 0)
				break;
			errbuf_fail(err, errsz, rc, "key_file %s: %s", path,
				    ks->n ? "unreadable PEM block"
					  : "no PEM public key in the file");
			goto out;
		}
		const unsigned char *p = data;
		EVP_PKEY *pkey = NULL;
		if (strstr(name, "PRIVATE")) {
			errbuf_fail(
				err, errsz, rc,
				"key_file %s: holds a private key (%s); give the public key only",
				path, name);
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
			errbuf_fail(err, errsz, rc, "key_file %s: unsupported PEM block \"%s\"",
				    path, name);
			goto out;
		}
		if (!pkey || p != data + dlen) {
			EVP_PKEY_free(pkey);
			errbuf_fail(err, errsz, rc, "key_file %s: cannot parse PEM block %zu (%s)",
				    path, ks->n + 1, name);
			goto out;
		}
		if (keyset_add(ks, pkey, NULL, NULL, why, sizeof why) != 0) {
			EVP_PKEY_free(pkey);
			errbuf_fail(err, errsz, rc, "key_file %s: %s", path, why);
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
	jwt_keyset_unref(ks);
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
	static const struct {
		const char *crv, *group;
		size_t len;
	} curves[] = {
		{"P-256", "prime256v1", 32},
		{"P-384", "secp384r1", 48},
		{"P-521", "secp521r1", 66},
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
	uint8_t *x = jwk_bytes(jwk, "x", curves[c].len, &xl),
		*y = jwk_bytes(jwk, "y", curves[c].len, &yl);
	if (x && y) {
		pub[0] = 0x04; /* uncompressed point */
		memcpy(pub + 1, x, xl);
		memcpy(pub + 1 + xl, y, yl);
		OSSL_PARAM params[] = {
			OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME,
							 (char *)curves[c].group, 0),
			OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, pub,
							  1 + xl + yl),
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

/* Parses a JWKS: {"keys": [...]}. Keys with "use" other than "sig", or an
 * "alg" we do not verify, or kty other than RSA/EC are skipped (logged); a
 * key with private members, a bad RSA/EC key or no usable key fails. */
int jwt_parse_jwks(const char *what, const char *buf, size_t len, struct keyset **out, char *err,
		   size_t errsz)
{
	const char *path = what;
	json_t *root = NULL;
	json_error_t jerr;
	char why[160] = "";
	int rc = JWTV_E_KEY_FILE;
	struct keyset *ks = keyset_new();
	if (!ks)
		return errbuf_fail(err, errsz, JWTV_E_INTERNAL, "out of memory");
	if (len > JWTV_MAX_KEY_FILE ||
	    !jwt_json_depth_ok((const uint8_t *)buf, len, JWTV_MAX_DEPTH)) {
		errbuf_fail(err, errsz, rc, "%s: larger than %d bytes or nested deeper than %d",
			    path, JWTV_MAX_KEY_FILE, JWTV_MAX_DEPTH);
		goto out;
	}
	root = json_loadb(buf, len, JSON_REJECT_DUPLICATES, &jerr);
	const json_t *keys = json_object_get(root, "keys");
	if (!json_is_array(keys)) {
		errbuf_fail(err, errsz, rc, "%s: not a JWKS object with a \"keys\" array%s%s", path,
			    root ? "" : ": ", root ? "" : jerr.text);
		goto out;
	}
	size_t i;
	const json_t *jwk;
	json_array_foreach (keys, i, jwk) {
		const char *kty = json_string_value(json_object_get(jwk, "kty"));
		const json_t *jkid = json_object_get(jwk, "kid");
		const json_t *juse = json_object_get(jwk, "use");
		const json_t *jalg = json_object_get(jwk, "alg");
		const struct alg_info *only = NULL;
		char where[64];
		snprintf(where, sizeof where, "%zu", i);
		if (!json_is_object(jwk) || !kty) {
			errbuf_fail(err, errsz, rc, "%s: key %s has no kty", path, where);
			goto out;
		}
		for (size_t m = 0; m < sizeof PRIVATE_MEMBERS / sizeof PRIVATE_MEMBERS[0]; m++) {
			if (json_object_get(jwk, PRIVATE_MEMBERS[m])) {
				errbuf_fail(err, errsz, rc,
					    "%s: key %s holds private or symmetric key material "
					    "(\"%s\")",
					    path, where, PRIVATE_MEMBERS[m]);
				goto out;
			}
		}
		if (jkid && !jwt_bounded_str(jkid)) {
			errbuf_fail(err, errsz, rc,
				    "%s: key %s: kid must be a string of 1..%d bytes", path, where,
				    JWTV_MAX_STR);
			goto out;
		}
		if (juse &&
		    !(json_is_string(juse) && strcmp(json_string_value(juse), "sig") == 0)) {
			log_info("jwks key skipped", "source", path, "key", where, "reason",
				 "use is not sig");
			continue;
		}
		if (jalg) {
			only = json_is_string(jalg) ? jwt_alg_by_name(json_string_value(jalg))
						    : NULL;
			if (!only) {
				log_info("jwks key skipped", "source", path, "key", where, "reason",
					 "alg not supported");
				continue;
			}
		}
		EVP_PKEY *pkey = NULL;
		if (strcmp(kty, "RSA") == 0)
			pkey = jwk_rsa(jwk);
		else if (strcmp(kty, "EC") == 0)
			pkey = jwk_ec(jwk);
		else {
			log_info("jwks key skipped", "source", path, "key", where, "reason",
				 "kty not RSA or EC");
			continue;
		}
		if (!pkey) {
			errbuf_fail(err, errsz, rc, "%s: key %s: invalid %s public key", path,
				    where, kty);
			goto out;
		}
		if (keyset_add(ks, pkey, json_string_value(jkid), only, why, sizeof why) != 0) {
			EVP_PKEY_free(pkey);
			errbuf_fail(err, errsz, rc, "%s: key %s: %s", path, where, why);
			goto out;
		}
	}
	if (ks->n == 0) {
		errbuf_fail(err, errsz, rc, "%s: no usable signing key", path);
		goto out;
	}
	*out = ks;
	ks = NULL;
	rc = 0;
out:
	ERR_clear_error();
	json_decref(root);
	jwt_keyset_unref(ks);
	return rc;
}

int jwt_file_id_of(const char *path, struct file_id *id)
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

int jwt_file_id_eq(const struct file_id *a, const struct file_id *b)
{
	return a->dev == b->dev && a->ino == b->ino && a->size == b->size &&
	       a->mtim.tv_sec == b->mtim.tv_sec && a->mtim.tv_nsec == b->mtim.tv_nsec &&
	       a->ctim.tv_sec == b->ctim.tv_sec && a->ctim.tv_nsec == b->ctim.tv_nsec;
}

int jwt_load_jwks(const char *path, struct keyset **out, struct file_id *id, int *id_set, char *err,
		  size_t errsz)
{
	char what[300];
	char *buf = NULL;
	size_t len = 0;
	if (id)
		*id_set = jwt_file_id_of(path, id) == 0;
	int e = file_read(path, JWTV_MAX_KEY_FILE, &buf, &len);
	if (e)
		return errbuf_fail(err, errsz, JWTV_E_KEY_FILE, "jwks_file %s: %s", path,
				   strerror(-e));
	snprintf(what, sizeof what, "jwks_file %s", path);
	int rc = jwt_parse_jwks(what, buf, len, out, err, errsz);
	free(buf);
	return rc;
}

int jwt_key_fits(const struct key *k, const struct alg_info *a)
{
	return k->kt == a->kt && (!k->only_alg || k->only_alg == a);
}

int jwt_issuer_load(const struct issuer *is, struct keyset **pem, struct keyset **jwks,
		    struct file_id *fid, int *fid_set, char *err, size_t errsz)
{
	int rc = 0;
	*pem = *jwks = NULL;
	*fid_set = 0;
	if (is->key_file)
		rc = load_pem(is->key_file, pem, err, errsz);
	if (!rc && is->jwks_file)
		rc = jwt_load_jwks(is->jwks_file, jwks, fid, fid_set, err, errsz);
	if (rc || is->remote)
		goto out;
	for (size_t a = 0; a < is->nalgs; a++) {
		const struct keyset *sets[2] = {*pem, *jwks};
		for (size_t s = 0; s < 2; s++)
			for (size_t k = 0; sets[s] && k < sets[s]->n; k++)
				if (jwt_key_fits(&sets[s]->keys[k], is->algs[a]))
					goto out;
	}
	rc = errbuf_fail(err, errsz, JWTV_E_KEY_FILE,
			 "issuer %s: no key fits any of its pinned algorithms", is->name);
out:
	if (rc) {
		jwt_keyset_unref(*pem);
		jwt_keyset_unref(*jwks);
		*pem = *jwks = NULL;
	}
	return rc;
}
