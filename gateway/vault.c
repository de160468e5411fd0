/* vault: conversations, consent and privacy concerns in LMDB, encrypted at
 * rest. Per-conversation AES-256-GCM data keys wrapped by a key derived from
 * the master key; an HMAC user index; a big-endian expiry index for retention
 * sweeps; HMAC-authenticated plain metadata. Layout and rationale:
 * docs/VAULT.md. */
#include "vault.h"

#include "log.h"
#include "util.h"

#include <assert.h>
#include <errno.h>
#include <limits.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/core_names.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define KEYLEN 32
#define NONCE_LEN 12
#define TAG_LEN 16
#define SEAL_VER 1
#define SEAL_OVERHEAD (1 + NONCE_LEN + TAG_LEN)
#define WRAPPED_LEN (SEAL_OVERHEAD + KEYLEN)
#define MAC_LEN 32
#define UH_HEX 64 /* hex HMAC-SHA256 of a user id */
#define AAD_MAX 192
#define IDX_KEY_MAX (2 * VAULT_MAX_LABEL_LEN + 2 + VAULT_ID_LEN)
/* Derivation label of the staff pseudonym subkey (the NUL is part of it). */
#define STAFF_LABEL "custos-pseudonym-staff\0v1"

struct vault {
	MDB_env *env;
	MDB_dbi info, meta, dkey, msg, uidx, lidx, exp, consent, chist, concern;
	uint8_t wrap_key[KEYLEN];   /* wraps conversation data keys */
	uint8_t rec_key[KEYLEN];    /* seals consent history and concerns */
	uint8_t mac_key[KEYLEN];    /* authenticates plain metadata records */
	uint8_t cursor_key[KEYLEN]; /* seals list cursors handed to clients */
	uint8_t pseudo_key[KEYLEN]; /* HMAC of end-user ids */
	uint8_t staff_key[KEYLEN];  /* HMAC of staff principals, derived from pseudo_key */
	EVP_CIPHER *gcm;            /* AES-256-GCM, fetched once (OpenSSL 3) */
	EVP_MAC_CTX *mac_tmpl;      /* HMAC-SHA256 keyed with mac_key; dup'ed per use */
	EVP_MAC_CTX *pseudo_tmpl;   /* HMAC-SHA256 keyed with pseudo_key */
	EVP_MAC_CTX *staff_tmpl;    /* HMAC-SHA256 keyed with staff_key */
};

/* A decoded conversation metadata record. j is owned; uh points into it. */
struct meta {
	json_t *j;
	time_t created, expires; /* expires 0: never */
	int hold;
	size_t n;
	const char *uh;
};

/* Raw LMDB keys collected under a cursor, deleted after it is closed. */
struct keylist {
	size_t n, cap;
	struct rawkey {
		size_t len;
		uint8_t b[IDX_KEY_MAX];
	} *k;
};

static int keylist_add(struct keylist *l, const MDB_val *k)
{
	if (k->mv_size > IDX_KEY_MAX)
		return VAULT_E_STORE;
	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 16;
		struct rawkey *nk = realloc(l->k, cap * sizeof *nk);
		if (!nk)
			return VAULT_E_NOMEM;
		l->k = nk;
		l->cap = cap;
	}
	l->k[l->n].len = k->mv_size;
	memcpy(l->k[l->n].b, k->mv_data, k->mv_size);
	l->n++;
	return 0;
}

static void keylist_free(struct keylist *l)
{
	free(l->k);
	memset(l, 0, sizeof *l);
}

const char *vault_strerror(int rc)
{
	switch (rc) {
	case VAULT_OK: return "ok";
	case VAULT_E_INVALID: return "invalid input";
	case VAULT_E_NOTFOUND: return "not found";
	case VAULT_E_HOLD: return "under legal hold";
	case VAULT_E_CRYPTO: return "stored data failed authentication (tampered or wrong key)";
	case VAULT_E_FULL: return "store is full";
	case VAULT_E_STORE: return "store error";
	case VAULT_E_NOMEM: return "out of memory";
	case VAULT_E_LIMIT: return "conversation holds the maximum number of messages";
	default: return "unknown vault error";
	}
}

__attribute__((format(printf, 3, 4)))
static int bad(char *err, size_t errsz, const char *fmt, ...)
{
	if (err && errsz) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(err, errsz, fmt, ap);
		va_end(ap);
	}
	return VAULT_E_INVALID;
}

static int lmdb_rc(int rc)
{
	switch (rc) {
	case 0: return 0;
	case MDB_NOTFOUND: return VAULT_E_NOTFOUND;
	case MDB_MAP_FULL: return VAULT_E_FULL;
	case ENOMEM: return VAULT_E_NOMEM;
	default:
		log_error("vault: lmdb error", "error", mdb_strerror(rc));
		return VAULT_E_STORE;
	}
}

/* Commits t (always consumed). MDB_MAP_FULL may surface here too. */
static int commit(MDB_txn *t)
{
	return lmdb_rc(mdb_txn_commit(t));
}

static void put_be32(uint8_t *p, uint32_t x)
{
	p[0] = (uint8_t)(x >> 24);
	p[1] = (uint8_t)(x >> 16);
	p[2] = (uint8_t)(x >> 8);
	p[3] = (uint8_t)x;
}

static uint32_t get_be32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void put_be64(uint8_t *p, uint64_t x)
{
	for (int i = 7; i >= 0; i--) {
		p[i] = (uint8_t)x;
		x >>= 8;
	}
}

static uint64_t get_be64(const uint8_t *p)
{
	uint64_t x = 0;
	for (int i = 0; i < 8; i++)
		x = x << 8 | p[i];
	return x;
}

/* ---- crypto ---------------------------------------------------------- */

static void hmac32(const uint8_t key[KEYLEN], const void *data, size_t n, uint8_t out[32])
{
	unsigned int len = 32;
	/* Fails only when the library itself is broken: stop rather than
	 * index or authenticate with garbage. */
	if (!HMAC(EVP_sha256(), key, KEYLEN, data, n, out, &len))
		abort();
}

/* A keyed HMAC-SHA256 context to duplicate per use: OpenSSL 3's one-shot
 * HMAC() re-fetches the digest and re-keys on every call. */
static EVP_MAC_CTX *mac_template(const uint8_t key[KEYLEN])
{
	EVP_MAC *mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
	EVP_MAC_CTX *c = mac ? EVP_MAC_CTX_new(mac) : NULL;
	OSSL_PARAM params[] = {
		OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, "SHA256", 0),
		OSSL_PARAM_construct_end(),
	};
	EVP_MAC_free(mac); /* the context keeps its own reference */
	if (c && EVP_MAC_init(c, key, KEYLEN, params) != 1) {
		EVP_MAC_CTX_free(c);
		c = NULL;
	}
	return c;
}

/* HMAC over the concatenation of n (data, len) parts. Like hmac32, stops
 * the process if the library fails rather than continue with a bad MAC. */
static void mac_parts(const EVP_MAC_CTX *tmpl, const void *const *parts, const size_t *lens,
		      size_t n, uint8_t out[32])
{
	EVP_MAC_CTX *c = EVP_MAC_CTX_dup(tmpl);
	size_t outl = 0;
	if (!c)
		abort();
	for (size_t i = 0; i < n; i++)
		if (EVP_MAC_update(c, parts[i], lens[i]) != 1)
			abort();
	if (EVP_MAC_final(c, out, &outl, 32) != 1 || outl != 32)
		abort();
	EVP_MAC_CTX_free(c);
}

/* out = ver | nonce | ciphertext | tag; out holds ptlen + SEAL_OVERHEAD.
 * The version byte and aad (a domain string naming the record) are
 * authenticated; the nonce is fresh random 96 bits per record. */
static int seal(const vault *v, const uint8_t key[KEYLEN], const char *aad, const uint8_t *pt, size_t ptlen,
		uint8_t *out)
{
	EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
	uint8_t *nonce = out + 1, *ct = out + 1 + NONCE_LEN, *tag = ct + ptlen;
	int n = 0, rc = VAULT_E_CRYPTO;

	assert(ptlen < INT_MAX);
	if (!c)
		return VAULT_E_NOMEM;
	out[0] = SEAL_VER;
	if (RAND_bytes(nonce, NONCE_LEN) != 1)
		goto out;
	if (EVP_EncryptInit_ex(c, v->gcm, NULL, key, nonce) != 1)
		goto out;
	if (EVP_EncryptUpdate(c, NULL, &n, out, 1) != 1 ||
	    EVP_EncryptUpdate(c, NULL, &n, (const uint8_t *)aad, (int)strlen(aad)) != 1)
		goto out;
	n = 0;
	if (ptlen && EVP_EncryptUpdate(c, ct, &n, pt, (int)ptlen) != 1)
		goto out;
	int fin = 0;
	if (EVP_EncryptFinal_ex(c, ct + n, &fin) != 1)
		goto out;
	if (EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_GET_TAG, TAG_LEN, tag) != 1)
		goto out;
	rc = 0;
out:
	EVP_CIPHER_CTX_free(c);
	return rc;
}

/* Opens a sealed record into out (inlen - SEAL_OVERHEAD bytes). On any
 * failure out is wiped and VAULT_E_CRYPTO returned: no unauthenticated
 * plaintext ever leaves this function. */
static int unseal(const vault *v, const uint8_t key[KEYLEN], const char *aad, const uint8_t *in, size_t inlen,
		  uint8_t *out)
{
	if (inlen < SEAL_OVERHEAD || in[0] != SEAL_VER || inlen - SEAL_OVERHEAD >= INT_MAX)
		return VAULT_E_CRYPTO;
	size_t ctlen = inlen - SEAL_OVERHEAD;
	const uint8_t *nonce = in + 1, *ct = in + 1 + NONCE_LEN, *tag = ct + ctlen;
	EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
	int n = 0, fin = 0, rc = VAULT_E_CRYPTO;

	if (!c)
		return VAULT_E_NOMEM;
	if (EVP_DecryptInit_ex(c, v->gcm, NULL, key, nonce) != 1)
		goto out;
	if (EVP_DecryptUpdate(c, NULL, &n, in, 1) != 1 ||
	    EVP_DecryptUpdate(c, NULL, &n, (const uint8_t *)aad, (int)strlen(aad)) != 1)
		goto out;
	n = 0;
	if (ctlen && EVP_DecryptUpdate(c, out, &n, ct, (int)ctlen) != 1)
		goto out;
	if (EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_SET_TAG, TAG_LEN, (void *)tag) != 1)
		goto out;
	if (EVP_DecryptFinal_ex(c, out + n, &fin) != 1)
		goto out;
	rc = 0;
out:
	if (rc && ctlen)
		OPENSSL_cleanse(out, ctlen);
	EVP_CIPHER_CTX_free(c);
	return rc;
}

/* Seals pt and stores it under key k in one MDB_RESERVE put (no extra copy). */
static int put_sealed(const vault *v, MDB_txn *t, MDB_dbi db, MDB_val *k, const uint8_t key[KEYLEN],
		      const char *aad, const void *pt, size_t ptlen)
{
	MDB_val val = {.mv_size = ptlen + SEAL_OVERHEAD, .mv_data = NULL};
	int rc = lmdb_rc(mdb_put(t, db, k, &val, MDB_RESERVE));
	if (rc)
		return rc;
	return seal(v, key, aad, pt, ptlen, val.mv_data);
}

/* Reads and opens a sealed JSON record. */
static int get_sealed_json(const vault *v, const uint8_t key[KEYLEN], const char *aad, const MDB_val *val,
			   json_t **out)
{
	if (val->mv_size < SEAL_OVERHEAD)
		return VAULT_E_CRYPTO;
	size_t n = val->mv_size - SEAL_OVERHEAD;
	uint8_t *pt = malloc(n + 1);
	if (!pt)
		return VAULT_E_NOMEM;
	int rc = unseal(v, key, aad, val->mv_data, val->mv_size, pt);
	if (!rc) {
		*out = json_loadb((const char *)pt, n, 0, NULL);
		if (!*out)
			rc = VAULT_E_CRYPTO;
	}
	OPENSSL_cleanse(pt, n);
	free(pt);
	return rc;
}

/* HMAC over domain \0 key \0 json binds a plain record to its place. */
static void record_mac(const vault *v, const char *domain, const MDB_val *k, const char *js,
		       size_t jlen, uint8_t out[MAC_LEN])
{
	static const uint8_t zero = 0;
	const void *parts[] = {domain, &zero, k->mv_data, &zero, js};
	size_t lens[] = {strlen(domain), 1, k->mv_size, 1, jlen};
	mac_parts(v->mac_tmpl, parts, lens, 5, out);
}

static int put_json_mac(vault *v, MDB_txn *t, MDB_dbi db, const char *domain, MDB_val *k,
			const json_t *j)
{
	char *js = json_dumps(j, JSON_COMPACT);
	if (!js)
		return VAULT_E_NOMEM;
	size_t jlen = strlen(js);
	MDB_val val = {.mv_size = MAC_LEN + jlen, .mv_data = NULL};
	int rc = lmdb_rc(mdb_put(t, db, k, &val, MDB_RESERVE));
	if (!rc) {
		record_mac(v, domain, k, js, jlen, val.mv_data);
		memcpy((uint8_t *)val.mv_data + MAC_LEN, js, jlen);
	}
	free(js);
	return rc;
}

static int get_json_mac(vault *v, MDB_txn *t, MDB_dbi db, const char *domain, MDB_val *k,
			json_t **out)
{
	MDB_val val;
	int rc = lmdb_rc(mdb_get(t, db, k, &val));
	if (rc)
		return rc;
	if (val.mv_size < MAC_LEN)
		return VAULT_E_CRYPTO;
	const char *js = (const char *)val.mv_data + MAC_LEN;
	size_t jlen = val.mv_size - MAC_LEN;
	uint8_t mac[MAC_LEN];
	record_mac(v, domain, k, js, jlen, mac);
	if (CRYPTO_memcmp(mac, val.mv_data, MAC_LEN) != 0)
		return VAULT_E_CRYPTO;
	*out = json_loadb(js, jlen, 0, NULL);
	return *out ? 0 : VAULT_E_CRYPTO;
}

static void user_hash(const vault *v, const char *user, char uh[UH_HEX + 1])
{
	uint8_t mac[32];
	const void *parts[] = {user};
	size_t lens[] = {strlen(user)};
	mac_parts(v->pseudo_tmpl, parts, lens, 1, mac);
	util_hex(mac, sizeof mac, uh);
}

static void pseudonym_of_uh(const char *uh, char out[35])
{
	out[0] = 'u';
	out[1] = '-';
	memcpy(out + 2, uh, 32);
	out[34] = '\0';
}

void vault_pseudonym(const vault *v, const char *user, char out[35])
{
	char uh[UH_HEX + 1];
	user_hash(v, user, uh);
	pseudonym_of_uh(uh, out);
}

void vault_staff_pseudonym(const vault *v, const char *principal, char out[35])
{
	uint8_t mac[32];
	char hex[UH_HEX + 1];
	const void *parts[] = {principal};
	size_t lens[] = {strlen(principal)};
	mac_parts(v->staff_tmpl, parts, lens, 1, mac);
	util_hex(mac, sizeof mac, hex);
	out[0] = 's';
	out[1] = '-';
	memcpy(out + 2, hex, 32);
	out[34] = '\0';
}

/* ---- ids and validation ---------------------------------------------- */

static int gen_id(char prefix, char out[40])
{
	static const char alphabet[] =
		"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
	uint8_t buf[32];
	size_t n = 2;
	out[0] = prefix;
	out[1] = '-';
	while (n < VAULT_ID_LEN) {
		if (RAND_bytes(buf, sizeof buf) != 1)
			return VAULT_E_CRYPTO;
		/* Rejection sampling keeps the 62 symbols uniform. */
		for (size_t i = 0; i < sizeof buf && n < VAULT_ID_LEN; i++)
			if (buf[i] < 248)
				out[n++] = alphabet[buf[i] % 62];
	}
	out[n] = '\0';
	return 0;
}

static int valid_id(const char *id, char prefix)
{
	if (!id || strnlen(id, VAULT_ID_LEN + 1) != VAULT_ID_LEN || id[0] != prefix ||
	    id[1] != '-')
		return 0;
	for (size_t i = 2; i < VAULT_ID_LEN; i++) {
		char c = id[i];
		if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
			return 0;
	}
	return 1;
}

static int check_user(const char *user, char *err, size_t errsz)
{
	if (!user || !user[0])
		return bad(err, errsz, "user: required");
	if (strnlen(user, VAULT_MAX_USER_LEN + 1) > VAULT_MAX_USER_LEN)
		return bad(err, errsz, "user: longer than %d bytes", VAULT_MAX_USER_LEN);
	return 0;
}

static int check_str(const json_t *j, size_t min, size_t max, const char *field, char *err,
		     size_t errsz, const char **out)
{
	if (!json_is_string(j))
		return bad(err, errsz, "%s: must be a string", field);
	const char *s = json_string_value(j);
	size_t n = json_string_length(j);
	if (strlen(s) != n)
		return bad(err, errsz, "%s: contains a NUL character", field);
	if (n < min)
		return bad(err, errsz, "%s: must not be empty", field);
	if (n > max)
		return bad(err, errsz, "%s: longer than %zu bytes", field, max);
	*out = s;
	return 0;
}

static int check_labels(const json_t *labels, char *err, size_t errsz)
{
	const char *key;
	size_t klen;
	json_t *val;

	if (!json_is_object(labels))
		return bad(err, errsz, "labels: must be an object of strings");
	if (json_object_size(labels) > VAULT_MAX_LABELS)
		return bad(err, errsz, "labels: more than %d labels", VAULT_MAX_LABELS);
	json_object_keylen_foreach((json_t *)labels, key, klen, val) {
		const char *s;
		if (klen == 0 || klen > VAULT_MAX_LABEL_LEN || strlen(key) != klen)
			return bad(err, errsz, "labels: a key is empty, longer than %d bytes "
					       "or contains NUL", VAULT_MAX_LABEL_LEN);
		if (strchr(key, ':'))
			return bad(err, errsz, "labels: a key contains ':' (reserved for "
					       "label=K:V filters)");
		if (check_str(val, 0, VAULT_MAX_LABEL_LEN, "labels: value", err, errsz, &s))
			return VAULT_E_INVALID;
	}
	return 0;
}

static int check_consent(const json_t *c, const char *field, char *err, size_t errsz)
{
	const char *key;
	size_t klen;
	json_t *val;

	if (!json_is_object(c))
		return bad(err, errsz, "%s: must be an object of booleans", field);
	if (json_object_size(c) > VAULT_MAX_CONSENT_KEYS)
		return bad(err, errsz, "%s: more than %d entries", field, VAULT_MAX_CONSENT_KEYS);
	json_object_keylen_foreach((json_t *)c, key, klen, val) {
		if (klen == 0 || klen > VAULT_MAX_CONSENT_KEY_LEN || strlen(key) != klen)
			return bad(err, errsz, "%s: a key is empty or longer than %d bytes",
				   field, VAULT_MAX_CONSENT_KEY_LEN);
		if (!json_is_boolean(val))
			return bad(err, errsz, "%s: values must be true or false", field);
	}
	return 0;
}

/* Validates one message and returns its normalised internal form
 * {"role","text","at": Unix seconds} (new reference). */
static int check_message(const json_t *m, size_t idx, time_t now, json_t **out, char *err,
			 size_t errsz)
{
	char f[48];
	const char *key, *role, *text, *at_s;
	json_t *val;
	time_t at = now;

	if (!json_is_object(m))
		return bad(err, errsz, "messages[%zu]: must be an object", idx);
	json_object_foreach((json_t *)m, key, val) {
		if (strcmp(key, "role") && strcmp(key, "text") && strcmp(key, "at"))
			return bad(err, errsz, "messages[%zu]: unknown member (allowed: role, "
					       "text, at)", idx);
	}
	snprintf(f, sizeof f, "messages[%zu].role", idx);
	if (check_str(json_object_get(m, "role"), 1, 16, f, err, errsz, &role))
		return VAULT_E_INVALID;
	if (strcmp(role, "user") && strcmp(role, "assistant"))
		return bad(err, errsz, "%s: must be \"user\" or \"assistant\"", f);
	snprintf(f, sizeof f, "messages[%zu].text", idx);
	if (check_str(json_object_get(m, "text"), 0, VAULT_MAX_TEXT, f, err, errsz, &text))
		return VAULT_E_INVALID;
	val = json_object_get(m, "at");
	if (val) {
		snprintf(f, sizeof f, "messages[%zu].at", idx);
		if (check_str(val, 1, 40, f, err, errsz, &at_s))
			return VAULT_E_INVALID;
		if (util_parse_rfc3339(at_s, &at) != 0)
			return bad(err, errsz, "%s: not an RFC 3339 time", f);
	}
	*out = json_pack("{s:s, s:s%, s:I}", "role", role, "text", text,
			 json_string_length(json_object_get(m, "text")), "at", (json_int_t)at);
	return *out ? 0 : VAULT_E_NOMEM;
}

/* body: one message, an array, or {"messages": [...]} -> new array of
 * normalised messages. */
static int parse_messages(const json_t *body, time_t now, int allow_single, json_t **out,
			  char *err, size_t errsz)
{
	const json_t *arr = body;
	json_t *res = NULL, *m;
	size_t i;
	int rc;

	if (allow_single && json_is_object(body)) {
		if (json_object_get(body, "role") || json_object_get(body, "text")) {
			json_t *one = NULL;
			rc = check_message(body, 0, now, &one, err, errsz);
			if (rc)
				return rc;
			res = json_array();
			if (!res || json_array_append_new(res, one)) {
				json_decref(one);
				json_decref(res);
				return VAULT_E_NOMEM;
			}
			*out = res;
			return 0;
		}
		if (json_object_size(body) != 1 || !json_object_get(body, "messages"))
			return bad(err, errsz, "body: expected a message, an array of messages "
					       "or {\"messages\": [...]}");
		arr = json_object_get(body, "messages");
	}
	if (!json_is_array(arr))
		return bad(err, errsz, "messages: must be an array");
	if (json_array_size(arr) > VAULT_MAX_MESSAGES)
		return bad(err, errsz, "messages: more than %d messages", VAULT_MAX_MESSAGES);
	res = json_array();
	if (!res)
		return VAULT_E_NOMEM;
	json_array_foreach(arr, i, m) {
		json_t *norm = NULL;
		rc = check_message(m, i, now, &norm, err, errsz);
		if (rc)
			goto fail;
		if (json_array_append_new(res, norm)) {
			rc = VAULT_E_NOMEM;
			goto fail;
		}
	}
	*out = res;
	return 0;
fail:
	json_decref(res);
	return rc;
}

/* ---- records ----------------------------------------------------------- */

static void meta_free(struct meta *m)
{
	json_decref(m->j);
	m->j = NULL;
}

static int load_meta(vault *v, MDB_txn *t, const char *id, struct meta *m)
{
	MDB_val k = {.mv_size = VAULT_ID_LEN, .mv_data = (void *)id};
	json_t *j = NULL;
	memset(m, 0, sizeof *m);
	int rc = get_json_mac(v, t, v->meta, "custos-meta", &k, &j);
	if (rc)
		return rc;
	json_t *c = json_object_get(j, "created_at"), *e = json_object_get(j, "expires_at");
	json_t *h = json_object_get(j, "legal_hold"), *n = json_object_get(j, "n");
	json_t *uh = json_object_get(j, "uh");
	if (!json_is_integer(c) || !json_is_integer(e) || !json_is_boolean(h) ||
	    !json_is_integer(n) || json_integer_value(n) < 0 || !json_is_string(uh) ||
	    json_string_length(uh) != UH_HEX || !json_is_object(json_object_get(j, "labels")) ||
	    !json_is_object(json_object_get(j, "consent")) ||
	    !json_is_string(json_object_get(j, "user"))) {
		json_decref(j);
		return VAULT_E_STORE;
	}
	m->j = j;
	m->created = (time_t)json_integer_value(c);
	m->expires = (time_t)json_integer_value(e);
	m->hold = json_is_true(h);
	m->n = (size_t)json_integer_value(n);
	m->uh = json_string_value(uh);
	return 0;
}

static int store_meta(vault *v, MDB_txn *t, const char *id, const json_t *j)
{
	MDB_val k = {.mv_size = VAULT_ID_LEN, .mv_data = (void *)id};
	return put_json_mac(v, t, v->meta, "custos-meta", &k, j);
}

static int is_expired(const struct meta *m, time_t now)
{
	return !m->hold && m->expires != 0 && now >= m->expires;
}

static int unwrap_dek(vault *v, MDB_txn *t, const char *id, uint8_t dek[KEYLEN])
{
	MDB_val k = {.mv_size = VAULT_ID_LEN, .mv_data = (void *)id}, val;
	char aad[AAD_MAX];
	int rc = lmdb_rc(mdb_get(t, v->dkey, &k, &val));
	if (rc == VAULT_E_NOTFOUND)
		return VAULT_E_CRYPTO; /* metadata without its key: shredded or tampered */
	if (rc)
		return rc;
	if (val.mv_size != WRAPPED_LEN)
		return VAULT_E_CRYPTO;
	snprintf(aad, sizeof aad, "custos-dek|%s", id);
	return unseal(v, v->wrap_key, aad, val.mv_data, val.mv_size, dek);
}

static void msg_key(uint8_t kb[VAULT_ID_LEN + 4], const char *id, uint32_t idx)
{
	memcpy(kb, id, VAULT_ID_LEN);
	put_be32(kb + VAULT_ID_LEN, idx);
}

/* Message plaintext: role (1 byte: 0 user, 1 assistant) | at (BE64 Unix
 * seconds) | UTF-8 text. Binary rather than JSON: parsing JSON was most of
 * the cost of a read. */
#define MSG_HDR 9

static int put_message(vault *v, MDB_txn *t, const char *id, uint32_t idx,
		       const uint8_t dek[KEYLEN], const json_t *msg)
{
	uint8_t kb[VAULT_ID_LEN + 4];
	MDB_val k = {.mv_size = sizeof kb, .mv_data = kb};
	char aad[AAD_MAX];
	const json_t *text = json_object_get(msg, "text");
	size_t tlen = json_string_length(text), n = MSG_HDR + tlen;
	uint8_t *pt = malloc(n);
	if (!pt)
		return VAULT_E_NOMEM;
	pt[0] = strcmp(json_string_value(json_object_get(msg, "role")), "user") ? 1 : 0;
	put_be64(pt + 1, (uint64_t)json_integer_value(json_object_get(msg, "at")));
	memcpy(pt + MSG_HDR, json_string_value(text), tlen);
	msg_key(kb, id, idx);
	snprintf(aad, sizeof aad, "custos-msg|%s|%u", id, idx);
	int rc = put_sealed(v, t, v->msg, &k, dek, aad, pt, n);
	OPENSSL_cleanse(pt, n);
	free(pt);
	return rc;
}

static int del_key(MDB_txn *t, MDB_dbi db, const void *kb, size_t klen)
{
	MDB_val k = {.mv_size = klen, .mv_data = (void *)kb};
	int rc = mdb_del(t, db, &k, NULL);
	return rc == MDB_NOTFOUND ? 0 : lmdb_rc(rc);
}

static size_t label_key(uint8_t *kb, const char *lk, const char *lv, const char *id)
{
	size_t a = strlen(lk), b = strlen(lv), n = 0;
	assert(a <= VAULT_MAX_LABEL_LEN && b <= VAULT_MAX_LABEL_LEN);
	memcpy(kb, lk, a);
	n = a;
	kb[n++] = 0;
	memcpy(kb + n, lv, b);
	n += b;
	kb[n++] = 0;
	if (id) {
		memcpy(kb + n, id, VAULT_ID_LEN);
		n += VAULT_ID_LEN;
	}
	return n;
}

static void exp_key(uint8_t kb[8 + VAULT_ID_LEN], time_t expires, const char *id)
{
	put_be64(kb, (uint64_t)expires);
	memcpy(kb + 8, id, VAULT_ID_LEN);
}

/* Deletes every record of a conversation. The wrapped data key goes first;
 * all of it commits atomically with the caller's txn. */
static int delete_conv(vault *v, MDB_txn *t, const char *id, const struct meta *m)
{
	uint8_t kb[IDX_KEY_MAX];
	const char *lk;
	json_t *lv;
	int rc;

	rc = del_key(t, v->dkey, id, VAULT_ID_LEN);
	if (rc)
		return rc;
	for (size_t i = 0; i < m->n; i++) {
		msg_key(kb, id, (uint32_t)i);
		rc = del_key(t, v->msg, kb, VAULT_ID_LEN + 4);
		if (rc)
			return rc;
	}
	memcpy(kb, m->uh, UH_HEX);
	memcpy(kb + UH_HEX, id, VAULT_ID_LEN);
	rc = del_key(t, v->uidx, kb, UH_HEX + VAULT_ID_LEN);
	if (rc)
		return rc;
	json_object_foreach(json_object_get(m->j, "labels"), lk, lv) {
		size_t n = label_key(kb, lk, json_string_value(lv), id);
		rc = del_key(t, v->lidx, kb, n);
		if (rc)
			return rc;
	}
	if (m->expires) {
		exp_key(kb, m->expires, id);
		rc = del_key(t, v->exp, kb, 8 + VAULT_ID_LEN);
		if (rc)
			return rc;
	}
	return del_key(t, v->meta, id, VAULT_ID_LEN);
}

/* The user's current consent record {"consent","seq","updated_at"} or NOTFOUND. */
static int load_consent(vault *v, MDB_txn *t, const char *uh, json_t **rec)
{
	MDB_val k = {.mv_size = UH_HEX, .mv_data = (void *)uh};
	return get_json_mac(v, t, v->consent, "custos-consent", &k, rec);
}

/* Effective consent: the user's current consent if one was ever set, else
 * the consent stored with the conversation. New reference. */
static int effective_consent(vault *v, MDB_txn *t, const struct meta *m, json_t **out)
{
	json_t *rec = NULL;
	int rc = load_consent(v, t, m->uh, &rec);
	if (rc == VAULT_E_NOTFOUND) {
		*out = json_deep_copy(json_object_get(m->j, "consent"));
		return *out ? 0 : VAULT_E_NOMEM;
	}
	if (rc)
		return rc;
	*out = json_deep_copy(json_object_get(rec, "consent"));
	json_decref(rec);
	return *out ? 0 : VAULT_E_NOMEM;
}

static json_t *time_json(time_t t)
{
	char buf[32];
	if (t == 0)
		return json_null();
	util_time_rfc3339(t, buf, sizeof buf);
	return json_string(buf);
}

static int conv_attrs(vault *v, MDB_txn *t, const char *id, const struct meta *m,
		      json_t **out)
{
	char pn[35];
	json_t *consent = NULL;
	int rc = effective_consent(v, t, m, &consent);
	if (rc)
		return rc;
	pseudonym_of_uh(m->uh, pn);
	*out = json_pack("{s:s, s:s, s:O, s:o, s:b, s:o, s:o, s:s, s:I}", "type", "conversation",
			 "id", id, "labels", json_object_get(m->j, "labels"), "consent", consent,
			 "legal_hold", m->hold, "created_at", time_json(m->created), "expires_at",
			 time_json(m->expires), "user_pseudonym", pn, "message_count",
			 (json_int_t)m->n);
	return *out ? 0 : VAULT_E_NOMEM;
}

/* Decrypts the end-user id of a conversation. *user is owned (free). */
static int open_user(const vault *v, const char *id, const struct meta *m, const uint8_t dek[KEYLEN],
		     char **user)
{
	const char *b64 = json_string_value(json_object_get(m->j, "user"));
	size_t blen = strlen(b64);
	uint8_t *ct = malloc(blen);
	char aad[AAD_MAX];
	int rc = VAULT_E_NOMEM;
	*user = NULL;
	if (!ct)
		return rc;
	int n = util_base64_decode(b64, blen, ct, blen);
	rc = VAULT_E_CRYPTO;
	if (n < SEAL_OVERHEAD)
		goto out;
	*user = malloc((size_t)n - SEAL_OVERHEAD + 1);
	rc = VAULT_E_NOMEM;
	if (!*user)
		goto out;
	snprintf(aad, sizeof aad, "custos-user|%s", id);
	rc = unseal(v, dek, aad, ct, (size_t)n, (uint8_t *)*user);
	if (rc) {
		free(*user);
		*user = NULL;
		goto out;
	}
	(*user)[n - SEAL_OVERHEAD] = '\0';
out:
	free(ct);
	return rc;
}

static int open_message(const vault *v, const uint8_t dek[KEYLEN], const char *aad,
			const MDB_val *val, json_t **out)
{
	char atbuf[32];
	if (val->mv_size < SEAL_OVERHEAD + MSG_HDR)
		return VAULT_E_CRYPTO;
	size_t n = val->mv_size - SEAL_OVERHEAD;
	uint8_t *pt = malloc(n);
	if (!pt)
		return VAULT_E_NOMEM;
	int rc = unseal(v, dek, aad, val->mv_data, val->mv_size, pt);
	if (rc)
		goto out;
	rc = VAULT_E_CRYPTO;
	if (pt[0] > 1)
		goto out;
	util_time_rfc3339((time_t)get_be64(pt + 1), atbuf, sizeof atbuf);
	/* json_stringn re-validates UTF-8; failure means a bug, not input. */
	json_t *text = json_stringn((const char *)pt + MSG_HDR, n - MSG_HDR);
	if (!text)
		goto out;
	*out = json_pack("{s:s, s:o, s:s}", "role", pt[0] ? "assistant" : "user", "text", text,
			 "at", atbuf);
	rc = *out ? 0 : VAULT_E_NOMEM;
out:
	OPENSSL_cleanse(pt, n);
	free(pt);
	return rc;
}

/* The full decrypted conversation document. */
static int conv_doc(vault *v, MDB_txn *t, const char *id, const struct meta *m, json_t **out)
{
	uint8_t dek[KEYLEN];
	uint8_t kb[VAULT_ID_LEN + 4];
	char aad[AAD_MAX];
	char *user = NULL;
	json_t *doc = NULL, *msgs = NULL;
	int rc = unwrap_dek(v, t, id, dek);
	if (rc)
		goto out;
	rc = open_user(v, id, m, dek, &user);
	if (rc)
		goto out;
	rc = conv_attrs(v, t, id, m, &doc);
	if (rc)
		goto out;
	json_object_del(doc, "type");
	json_object_del(doc, "message_count");
	rc = VAULT_E_NOMEM;
	msgs = json_array();
	if (!msgs || json_object_set_new(doc, "user", json_string(user)))
		goto out;
	for (size_t i = 0; i < m->n; i++) {
		MDB_val k = {.mv_size = sizeof kb, .mv_data = kb}, val;
		json_t *msg = NULL;
		msg_key(kb, id, (uint32_t)i);
		rc = lmdb_rc(mdb_get(t, v->msg, &k, &val));
		if (rc == VAULT_E_NOTFOUND)
			rc = VAULT_E_CRYPTO; /* a missing record is truncation */
		if (rc)
			goto out;
		snprintf(aad, sizeof aad, "custos-msg|%s|%zu", id, i);
		rc = open_message(v, dek, aad, &val, &msg);
		if (rc)
			goto out;
		if (json_array_append_new(msgs, msg)) {
			rc = VAULT_E_NOMEM;
			goto out;
		}
	}
	rc = json_object_set_new(doc, "messages", msgs) ? VAULT_E_NOMEM : 0;
	msgs = NULL;
out:
	OPENSSL_cleanse(dek, sizeof dek);
	if (user) {
		OPENSSL_cleanse(user, strlen(user));
		free(user);
	}
	json_decref(msgs);
	if (rc) {
		json_decref(doc);
		doc = NULL;
	}
	*out = doc;
	return rc;
}

/* ---- open / free --------------------------------------------------------- */

static void derive(const uint8_t master[KEYLEN], const char *label, uint8_t out[KEYLEN])
{
	hmac32(master, label, strlen(label), out);
}

static int key_check(vault *v, MDB_txn *t, char *err, size_t errsz)
{
	static const char probe[] = "custos-vault-v1";
	MDB_val k = {.mv_size = 12, .mv_data = "master_check"}, val;
	uint8_t buf[sizeof probe];
	int rc = mdb_get(t, v->info, &k, &val);

	if (rc == MDB_NOTFOUND) {
		rc = put_sealed(v, t, v->info, &k, v->wrap_key, "custos-check", probe, sizeof probe);
	} else if (rc == 0) {
		rc = VAULT_E_CRYPTO;
		if (val.mv_size == sizeof probe + SEAL_OVERHEAD)
			rc = unseal(v, v->wrap_key, "custos-check", val.mv_data, val.mv_size, buf);
		if (rc == 0 && memcmp(buf, probe, sizeof probe) != 0)
			rc = VAULT_E_CRYPTO;
		if (rc == VAULT_E_CRYPTO) {
			bad(err, errsz, "master key does not match this data directory");
			return rc;
		}
	} else {
		rc = lmdb_rc(rc);
	}
	if (rc)
		return rc;

	uint8_t pc[32];
	hmac32(v->pseudo_key, "custos-pseudonym-check-v1", 25, pc);
	k.mv_size = 15;
	k.mv_data = "pseudonym_check";
	rc = mdb_get(t, v->info, &k, &val);
	if (rc == MDB_NOTFOUND) {
		val.mv_size = sizeof pc;
		val.mv_data = pc;
		return lmdb_rc(mdb_put(t, v->info, &k, &val, 0));
	}
	if (rc)
		return lmdb_rc(rc);
	if (val.mv_size != sizeof pc || CRYPTO_memcmp(val.mv_data, pc, sizeof pc) != 0) {
		bad(err, errsz, "pseudonym key does not match this data directory");
		return VAULT_E_CRYPTO;
	}
	return 0;
}

int vault_open(MDB_env *env, const keys_secret *master, const keys_secret *pseudonym,
	       vault **out, char *err, size_t errsz)
{
	static const struct {
		const char *name;
		size_t off;
	} dbs[VAULT_NDBS] = {
		{"conv_info", offsetof(vault, info)},     {"conv_meta", offsetof(vault, meta)},
		{"conv_key", offsetof(vault, dkey)},      {"conv_msg", offsetof(vault, msg)},
		{"user_conv", offsetof(vault, uidx)},     {"conv_label", offsetof(vault, lidx)},
		{"conv_expiry", offsetof(vault, exp)},    {"consent", offsetof(vault, consent)},
		{"consent_hist", offsetof(vault, chist)}, {"concern", offsetof(vault, concern)},
	};
	MDB_txn *t = NULL;
	int rc;

	assert(env && master && pseudonym && out);
	*out = NULL;
	if (err && errsz)
		err[0] = '\0';
	vault *v = calloc(1, sizeof *v);
	if (!v)
		return VAULT_E_NOMEM;
	v->env = env;
	derive(keys_secret_bytes(master), "custos-vault-wrap-v1", v->wrap_key);
	derive(keys_secret_bytes(master), "custos-vault-record-v1", v->rec_key);
	derive(keys_secret_bytes(master), "custos-vault-mac-v1", v->mac_key);
	derive(keys_secret_bytes(master), "custos-vault-cursor-v1", v->cursor_key);
	memcpy(v->pseudo_key, keys_secret_bytes(pseudonym), KEYLEN);
	/* Staff pseudonyms use their own subkey, so that nobody who can have an
	 * end user's pseudonym computed (user:export of any id) can compute a
	 * staff member's. The label holds a NUL byte, which no end-user id
	 * can: HMAC(pseudonym key, label) is never an end user's hash.
	 * End-user pseudonyms keep HMAC(pseudonym key, id): the user index,
	 * consent records and every audit entry's "user" are keyed by it. */
	hmac32(v->pseudo_key, STAFF_LABEL, sizeof STAFF_LABEL - 1, v->staff_key);
	v->gcm = EVP_CIPHER_fetch(NULL, "AES-256-GCM", NULL);
	v->mac_tmpl = mac_template(v->mac_key);
	v->pseudo_tmpl = mac_template(v->pseudo_key);
	v->staff_tmpl = mac_template(v->staff_key);
	if (!v->gcm || !v->mac_tmpl || !v->pseudo_tmpl || !v->staff_tmpl) {
		rc = VAULT_E_CRYPTO;
		bad(err, errsz, "AES-256-GCM or HMAC-SHA256 is not available from OpenSSL");
		goto out;
	}

	rc = lmdb_rc(mdb_txn_begin(env, NULL, 0, &t));
	if (rc)
		goto out;
	for (size_t i = 0; i < VAULT_NDBS; i++) {
		MDB_dbi *dbi = (MDB_dbi *)((char *)v + dbs[i].off);
		int r = mdb_dbi_open(t, dbs[i].name, MDB_CREATE, dbi);
		if (r) {
			bad(err, errsz, "cannot open database %s: %s", dbs[i].name,
			    mdb_strerror(r));
			rc = r == MDB_DBS_FULL ? VAULT_E_STORE : lmdb_rc(r);
			goto out;
		}
	}
	rc = key_check(v, t, err, errsz);
	if (rc)
		goto out;
	rc = commit(t);
	t = NULL;
out:
	if (t)
		mdb_txn_abort(t);
	if (rc) {
		if (err && errsz && !err[0])
			snprintf(err, errsz, "%s", vault_strerror(rc));
		vault_free(v);
		return rc;
	}
	*out = v;
	return 0;
}

void vault_free(vault *v)
{
	if (!v)
		return;
	EVP_CIPHER_free(v->gcm);
	EVP_MAC_CTX_free(v->mac_tmpl);
	EVP_MAC_CTX_free(v->pseudo_tmpl);
	EVP_MAC_CTX_free(v->staff_tmpl);
	OPENSSL_cleanse(v, sizeof *v);
	free(v);
}

/* ---- conversations ------------------------------------------------------- */

static int set_user_ct(const vault *v, json_t *meta, const char *id, const char *user, const uint8_t dek[KEYLEN])
{
	size_t ulen = strlen(user), clen = ulen + SEAL_OVERHEAD;
	uint8_t ct[VAULT_MAX_USER_LEN + SEAL_OVERHEAD];
	char b64[(sizeof ct + 2) / 3 * 4 + 1];
	char aad[AAD_MAX];
	assert(ulen <= VAULT_MAX_USER_LEN);
	snprintf(aad, sizeof aad, "custos-user|%s", id);
	int rc = seal(v, dek, aad, (const uint8_t *)user, ulen, ct);
	if (rc)
		return rc;
	EVP_EncodeBlock((unsigned char *)b64, ct, (int)clen);
	return json_object_set_new(meta, "user", json_string(b64)) ? VAULT_E_NOMEM : 0;
}

/* Checks a create body; on success *user (borrowed from body), *expires
 * (0 when the body names none) and *msgs (new array, may be NULL). */
static int create_check(const json_t *body, time_t now, const char **user, time_t *expires,
			json_t **msgs, char *err, size_t errsz)
{
	const char *key, *s;
	json_t *val, *labels, *consent, *hold, *exp;

	*expires = 0;
	*msgs = NULL;
	if (!json_is_object(body))
		return bad(err, errsz, "body: must be a JSON object");
	json_object_foreach((json_t *)body, key, val) {
		if (!strcmp(key, "id") || !strcmp(key, "created_at"))
			return bad(err, errsz, "%s: assigned by the server", key);
		if (strcmp(key, "user") && strcmp(key, "labels") && strcmp(key, "consent") &&
		    strcmp(key, "legal_hold") && strcmp(key, "expires_at") &&
		    strcmp(key, "messages"))
			return bad(err, errsz, "body: unknown member (allowed: user, labels, "
					       "consent, legal_hold, expires_at, messages)");
	}
	if (check_str(json_object_get(body, "user"), 1, VAULT_MAX_USER_LEN, "user", err, errsz,
		      user))
		return VAULT_E_INVALID;
	labels = json_object_get(body, "labels");
	if (labels && check_labels(labels, err, errsz))
		return VAULT_E_INVALID;
	consent = json_object_get(body, "consent");
	if (consent && check_consent(consent, "consent", err, errsz))
		return VAULT_E_INVALID;
	hold = json_object_get(body, "legal_hold");
	if (hold && !json_is_boolean(hold))
		return bad(err, errsz, "legal_hold: must be true or false");
	exp = json_object_get(body, "expires_at");
	if (exp && !json_is_null(exp)) {
		if (check_str(exp, 1, 40, "expires_at", err, errsz, &s))
			return VAULT_E_INVALID;
		if (util_parse_rfc3339(s, expires) != 0)
			return bad(err, errsz, "expires_at: not an RFC 3339 time");
		if (*expires <= now)
			return bad(err, errsz, "expires_at: must lie in the future");
	}
	if (json_object_get(body, "messages"))
		return parse_messages(json_object_get(body, "messages"), now, 0, msgs, err, errsz);
	return 0;
}

int vault_create_check(const json_t *body, time_t now, char *err, size_t errsz)
{
	const char *user = NULL;
	time_t expires = 0;
	json_t *msgs = NULL;
	if (err && errsz)
		err[0] = '\0';
	int rc = create_check(body, now, &user, &expires, &msgs, err, errsz);
	json_decref(msgs);
	return rc;
}

int vault_consent_check(const json_t *consent, char *err, size_t errsz)
{
	if (err && errsz)
		err[0] = '\0';
	return check_consent(consent, "consent", err, errsz);
}

int vault_create(vault *v, const json_t *body, time_t now, int default_retention_s,
		 char id_out[40], char *err, size_t errsz)
{
	const char *key, *user = NULL;
	json_t *val, *labels, *consent, *hold, *msgs = NULL, *meta = NULL;
	json_t *cons_copy = NULL, *m;
	time_t expires = 0;
	char uh[UH_HEX + 1], id[40], aad[AAD_MAX];
	uint8_t dek[KEYLEN], kb[IDX_KEY_MAX];
	MDB_txn *t = NULL;
	size_t i;
	int rc;

	if (err && errsz)
		err[0] = '\0';
	id_out[0] = '\0';
	rc = create_check(body, now, &user, &expires, &msgs, err, errsz);
	if (rc)
		return rc;
	if (!expires && default_retention_s > 0)
		expires = now + default_retention_s;
	labels = json_object_get(body, "labels");
	consent = json_object_get(body, "consent");
	hold = json_object_get(body, "legal_hold");

	user_hash(v, user, uh);
	rc = lmdb_rc(mdb_txn_begin(v->env, NULL, 0, &t));
	if (rc)
		goto out;
	if (consent) {
		cons_copy = json_deep_copy(consent);
	} else {
		json_t *rec = NULL;
		rc = load_consent(v, t, uh, &rec);
		if (rc == VAULT_E_NOTFOUND) {
			cons_copy = json_pack("{s:b, s:b}", "human_review", 0, "training", 0);
			rc = 0;
		} else if (rc == 0) {
			cons_copy = json_deep_copy(json_object_get(rec, "consent"));
			json_decref(rec);
		}
		if (rc)
			goto out;
	}
	rc = VAULT_E_NOMEM;
	if (!cons_copy)
		goto out;
	/* A collision of 131 random bits is not expected; loop for form. */
	do {
		MDB_val k = {.mv_size = VAULT_ID_LEN, .mv_data = id}, tmp;
		rc = gen_id('c', id);
		if (rc)
			goto out;
		rc = mdb_get(t, v->meta, &k, &tmp);
	} while (rc == 0);
	if (rc != MDB_NOTFOUND) {
		rc = lmdb_rc(rc);
		goto out;
	}
	if (RAND_bytes(dek, sizeof dek) != 1) {
		rc = VAULT_E_CRYPTO;
		goto out;
	}
	{
		MDB_val k = {.mv_size = VAULT_ID_LEN, .mv_data = id};
		snprintf(aad, sizeof aad, "custos-dek|%s", id);
		rc = put_sealed(v, t, v->dkey, &k, v->wrap_key, aad, dek, KEYLEN);
		if (rc)
			goto out;
	}
	meta = json_pack("{s:I, s:I, s:b, s:o, s:O, s:s, s:I}", "created_at", (json_int_t)now,
			 "expires_at", (json_int_t)expires, "legal_hold", json_is_true(hold),
			 "labels", labels ? json_deep_copy(labels) : json_object(), "consent",
			 cons_copy, "uh", uh, "n", (json_int_t)json_array_size(msgs));
	rc = VAULT_E_NOMEM;
	if (!meta)
		goto out;
	rc = set_user_ct(v, meta, id, user, dek);
	if (rc)
		goto out;
	rc = store_meta(v, t, id, meta);
	if (rc)
		goto out;
	{
		MDB_val k = {.mv_size = UH_HEX + VAULT_ID_LEN, .mv_data = kb}, empty = {0, NULL};
		memcpy(kb, uh, UH_HEX);
		memcpy(kb + UH_HEX, id, VAULT_ID_LEN);
		rc = lmdb_rc(mdb_put(t, v->uidx, &k, &empty, 0));
		if (rc)
			goto out;
	}
	json_object_foreach(json_object_get(meta, "labels"), key, val) {
		MDB_val k = {.mv_size = 0, .mv_data = kb}, empty = {0, NULL};
		k.mv_size = label_key(kb, key, json_string_value(val), id);
		rc = lmdb_rc(mdb_put(t, v->lidx, &k, &empty, 0));
		if (rc)
			goto out;
	}
	if (expires) {
		MDB_val k = {.mv_size = 8 + VAULT_ID_LEN, .mv_data = kb}, empty = {0, NULL};
		exp_key(kb, expires, id);
		rc = lmdb_rc(mdb_put(t, v->exp, &k, &empty, 0));
		if (rc)
			goto out;
	}
	json_array_foreach(msgs, i, m) {
		rc = put_message(v, t, id, (uint32_t)i, dek, m);
		if (rc)
			goto out;
	}
	rc = commit(t);
	t = NULL;
	if (!rc)
		memcpy(id_out, id, VAULT_ID_LEN + 1);
out:
	if (t)
		mdb_txn_abort(t);
	OPENSSL_cleanse(dek, sizeof dek);
	json_decref(cons_copy);
	json_decref(meta);
	json_decref(msgs);
	return rc;
}

int vault_append(vault *v, const char *id, const json_t *body, time_t now, size_t *count_out,
		 char *err, size_t errsz)
{
	struct meta m = {0};
	json_t *msgs = NULL, *msg;
	uint8_t dek[KEYLEN];
	MDB_txn *t = NULL;
	size_t i;
	int rc;

	if (err && errsz)
		err[0] = '\0';
	if (!valid_id(id, 'c'))
		return VAULT_E_NOTFOUND;
	rc = parse_messages(body, now, 1, &msgs, err, errsz);
	if (rc)
		return rc;
	if (json_array_size(msgs) == 0) {
		json_decref(msgs);
		return bad(err, errsz, "messages: empty");
	}
	rc = lmdb_rc(mdb_txn_begin(v->env, NULL, 0, &t));
	if (rc)
		goto out;
	rc = load_meta(v, t, id, &m);
	if (rc)
		goto out;
	if (is_expired(&m, now)) {
		rc = VAULT_E_NOTFOUND;
		goto out;
	}
	if (m.n + json_array_size(msgs) > VAULT_MAX_MESSAGES) {
		rc = VAULT_E_LIMIT;
		bad(err, errsz, "messages: a conversation holds at most %d messages",
		    VAULT_MAX_MESSAGES);
		goto out;
	}
	rc = unwrap_dek(v, t, id, dek);
	if (rc)
		goto out;
	json_array_foreach(msgs, i, msg) {
		rc = put_message(v, t, id, (uint32_t)(m.n + i), dek, msg);
		if (rc)
			goto out;
	}
	m.n += json_array_size(msgs);
	rc = json_object_set_new(m.j, "n", json_integer((json_int_t)m.n)) ? VAULT_E_NOMEM : 0;
	if (rc)
		goto out;
	rc = store_meta(v, t, id, m.j);
	if (rc)
		goto out;
	rc = commit(t);
	t = NULL;
	if (!rc && count_out)
		*count_out = m.n;
out:
	if (t)
		mdb_txn_abort(t);
	OPENSSL_cleanse(dek, sizeof dek);
	meta_free(&m);
	json_decref(msgs);
	return rc;
}

/* Shared read path of vault_get / vault_meta. */
static int read_conv(vault *v, const char *id, time_t now, int full, json_t **out)
{
	struct meta m = {0};
	MDB_txn *t = NULL;
	int rc;

	*out = NULL;
	if (!valid_id(id, 'c'))
		return VAULT_E_NOTFOUND;
	rc = lmdb_rc(mdb_txn_begin(v->env, NULL, MDB_RDONLY, &t));
	if (rc)
		return rc;
	rc = load_meta(v, t, id, &m);
	if (rc)
		goto out;
	if (is_expired(&m, now)) {
		rc = VAULT_E_NOTFOUND;
		goto out;
	}
	rc = full ? conv_doc(v, t, id, &m, out) : conv_attrs(v, t, id, &m, out);
out:
	mdb_txn_abort(t);
	meta_free(&m);
	return rc;
}

int vault_get(vault *v, const char *id, time_t now, json_t **out)
{
	return read_conv(v, id, now, 1, out);
}

int vault_meta(vault *v, const char *id, time_t now, json_t **attrs)
{
	return read_conv(v, id, now, 0, attrs);
}

/* 1 when s is an end-user pseudonym: "u-" + 32 lowercase hex digits. */
static int is_pseudonym(const char *s)
{
	if (!s || strnlen(s, 35) != 34 || s[0] != 'u' || s[1] != '-')
		return 0;
	for (size_t i = 2; i < 34; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

int vault_is_pseudonym(const char *s)
{
	return is_pseudonym(s);
}

int vault_list(vault *v, const char *user, const char *label_k, const char *label_v,
	       time_t now, size_t limit, const char *after, json_t **out)
{
	vault_filter f = {.user = user, .label_k = label_k, .label_v = label_v};
	return vault_list_filtered(v, &f, now, limit, after, out);
}

/* The full uh of the user whose pseudonym is pn, from the user index (the
 * pseudonym is uh's first 32 hex digits). VAULT_E_NOTFOUND when no
 * conversation is indexed under it. */
static int uh_of_pseudonym(vault *v, MDB_txn *t, const char *pn, char uh[UH_HEX + 1])
{
	MDB_cursor *cur = NULL;
	int rc = lmdb_rc(mdb_cursor_open(t, v->uidx, &cur));
	if (rc)
		return rc;
	MDB_val k = {.mv_size = 32, .mv_data = (void *)(pn + 2)};
	int r = mdb_cursor_get(cur, &k, NULL, MDB_SET_RANGE);
	if (r == 0 && k.mv_size == UH_HEX + VAULT_ID_LEN && memcmp(k.mv_data, pn + 2, 32) == 0) {
		memcpy(uh, k.mv_data, UH_HEX);
		uh[UH_HEX] = '\0';
	} else {
		rc = r == 0 || r == MDB_NOTFOUND ? VAULT_E_NOTFOUND : lmdb_rc(r);
	}
	mdb_cursor_close(cur);
	return rc;
}

int vault_list_filtered(vault *v, const vault_filter *f, time_t now, size_t limit,
			const char *after, json_t **out)
{
	uint8_t start[IDX_KEY_MAX];
	char uh[UH_HEX + 1], id[VAULT_ID_LEN + 1], next[VAULT_ID_LEN + 1] = "";
	size_t plen = 0;
	int by_user = f->user || f->pseudonym;
	MDB_dbi db = v->meta;
	MDB_txn *t = NULL;
	MDB_cursor *cur = NULL;
	json_t *arr = NULL;
	const char *label_k = f->label_k, *label_v = f->label_v;
	int rc;

	*out = NULL;
	if (f->user && f->pseudonym)
		return VAULT_E_INVALID;
	if (f->user && check_user(f->user, NULL, 0))
		return VAULT_E_INVALID;
	if (f->pseudonym && !is_pseudonym(f->pseudonym))
		return VAULT_E_INVALID;
	if (!label_k != !label_v)
		return VAULT_E_INVALID;
	if (label_k && (!label_k[0] || strnlen(label_k, VAULT_MAX_LABEL_LEN + 1) >
						 VAULT_MAX_LABEL_LEN ||
			strnlen(label_v, VAULT_MAX_LABEL_LEN + 1) > VAULT_MAX_LABEL_LEN))
		return VAULT_E_INVALID;
	if (after && !valid_id(after, 'c'))
		return VAULT_E_INVALID;
	if (limit == 0)
		limit = VAULT_LIST_DEFAULT;
	if (limit > VAULT_LIST_MAX)
		limit = VAULT_LIST_MAX;

	arr = json_array();
	if (!arr)
		return VAULT_E_NOMEM;
	rc = lmdb_rc(mdb_txn_begin(v->env, NULL, MDB_RDONLY, &t));
	if (rc)
		goto out;
	if (f->user) {
		user_hash(v, f->user, uh);
	} else if (f->pseudonym) {
		rc = uh_of_pseudonym(v, t, f->pseudonym, uh);
		if (rc == VAULT_E_NOTFOUND) {
			rc = 0;
			goto done; /* nobody with conversations has this pseudonym */
		}
		if (rc)
			goto out;
	}
	if (by_user) {
		memcpy(start, uh, UH_HEX);
		plen = UH_HEX;
		db = v->uidx;
	} else if (label_k) {
		plen = label_key(start, label_k, label_v, NULL);
		db = v->lidx;
	}
	size_t slen = plen;
	if (after) {
		memcpy(start + plen, after, VAULT_ID_LEN);
		slen += VAULT_ID_LEN;
	}
	rc = lmdb_rc(mdb_cursor_open(t, db, &cur));
	if (rc)
		goto out;
	MDB_val k = {.mv_size = slen, .mv_data = start};
	int r = mdb_cursor_get(cur, &k, NULL, slen ? MDB_SET_RANGE : MDB_FIRST);
	for (; r == 0; r = mdb_cursor_get(cur, &k, NULL, MDB_NEXT)) {
		struct meta m;
		json_t *attrs = NULL;
		if (k.mv_size < plen || memcmp(k.mv_data, start, plen) != 0)
			break;
		if (k.mv_size != plen + VAULT_ID_LEN)
			continue;
		memcpy(id, (const char *)k.mv_data + plen, VAULT_ID_LEN);
		id[VAULT_ID_LEN] = '\0';
		if (after && !strcmp(id, after))
			continue;
		rc = load_meta(v, t, id, &m);
		if (rc == VAULT_E_NOTFOUND) {
			rc = 0;
			continue;
		}
		if (rc)
			goto out;
		/* Index entries are not authenticated: trust only the metadata. */
		int skip = is_expired(&m, now) || (by_user && strcmp(m.uh, uh) != 0);
		if (!skip && label_k) {
			json_t *lv = json_object_get(json_object_get(m.j, "labels"), label_k);
			skip = !json_is_string(lv) || strcmp(json_string_value(lv), label_v) != 0;
		}
		if (!skip) {
			rc = conv_attrs(v, t, id, &m, &attrs);
			if (!rc && json_array_append_new(arr, attrs))
				rc = VAULT_E_NOMEM;
		}
		meta_free(&m);
		if (rc)
			goto out;
		if (json_array_size(arr) == limit) {
			memcpy(next, id, sizeof next);
			break;
		}
	}
	if (r && r != MDB_NOTFOUND) {
		rc = lmdb_rc(r);
		goto out;
	}
done:
	*out = json_pack("{s:O, s:o}", "conversations", arr,
			 "next", next[0] ? json_string(next) : json_null());
	rc = *out ? 0 : VAULT_E_NOMEM;
out:
	if (cur)
		mdb_cursor_close(cur);
	if (t)
		mdb_txn_abort(t);
	json_decref(arr);
	return rc;
}

/* ---- cursors handed to clients ------------------------------------------ */

#define CURSOR_POS_MAX 64

static int cursor_aad(const char *scope, char aad[AAD_MAX + 512])
{
	int n = snprintf(aad, AAD_MAX + 512, "custos-cursor|%s", scope);
	return n < 0 || n >= AAD_MAX + 512 ? -1 : 0;
}

int vault_cursor_seal(const vault *v, const char *scope, const void *pos, size_t len,
		      char *out, size_t outsz)
{
	uint8_t buf[CURSOR_POS_MAX + SEAL_OVERHEAD];
	char aad[AAD_MAX + 512];
	if (len == 0 || len > CURSOR_POS_MAX || outsz < 2 * (len + SEAL_OVERHEAD) + 1 ||
	    cursor_aad(scope, aad))
		return VAULT_E_INVALID;
	int rc = seal(v, v->cursor_key, aad, pos, len, buf);
	if (rc)
		return rc;
	util_hex(buf, len + SEAL_OVERHEAD, out);
	return 0;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

int vault_cursor_open(const vault *v, const char *scope, const char *cursor, void *pos,
		      size_t possz, size_t *len)
{
	uint8_t buf[CURSOR_POS_MAX + SEAL_OVERHEAD];
	char aad[AAD_MAX + 512];
	size_t n = strnlen(cursor, 2 * sizeof buf + 1);
	*len = 0;
	if (n % 2 || n < 2 * (SEAL_OVERHEAD + 1) || n > 2 * sizeof buf || cursor_aad(scope, aad))
		return VAULT_E_INVALID;
	for (size_t i = 0; i < n / 2; i++) {
		int hi = hexval(cursor[2 * i]), lo = hexval(cursor[2 * i + 1]);
		if (hi < 0 || lo < 0)
			return VAULT_E_INVALID;
		buf[i] = (uint8_t)(hi << 4 | lo);
	}
	size_t plen = n / 2 - SEAL_OVERHEAD;
	if (plen > possz)
		return VAULT_E_INVALID;
	/* A cursor that does not open (forged, altered, or made for another
	 * listing) is bad input, not a store fault. */
	if (unseal(v, v->cursor_key, aad, buf, n / 2, pos))
		return VAULT_E_INVALID;
	*len = plen;
	return 0;
}

int vault_delete(vault *v, const char *id)
{
	struct meta m = {0};
	MDB_txn *t = NULL;
	int rc;

	if (!valid_id(id, 'c'))
		return VAULT_E_NOTFOUND;
	rc = lmdb_rc(mdb_txn_begin(v->env, NULL, 0, &t));
	if (rc)
		return rc;
	rc = load_meta(v, t, id, &m);
	if (rc)
		goto out;
	if (m.hold) {
		rc = VAULT_E_HOLD;
		goto out;
	}
	rc = delete_conv(v, t, id, &m);
	if (rc)
		goto out;
	rc = commit(t);
	t = NULL;
out:
	if (t)
		mdb_txn_abort(t);
	meta_free(&m);
	return rc;
}

int vault_set_hold(vault *v, const char *id, int hold)
{
	struct meta m = {0};
	MDB_txn *t = NULL;
	int rc;

	if (!valid_id(id, 'c'))
		return VAULT_E_NOTFOUND;
	rc = lmdb_rc(mdb_txn_begin(v->env, NULL, 0, &t));
	if (rc)
		return rc;
	rc = load_meta(v, t, id, &m);
	if (rc)
		goto out;
	rc = json_object_set_new(m.j, "legal_hold", json_boolean(hold)) ? VAULT_E_NOMEM : 0;
	if (rc)
		goto out;
	rc = store_meta(v, t, id, m.j);
	if (rc)
		goto out;
	rc = commit(t);
	t = NULL;
out:
	if (t)
		mdb_txn_abort(t);
	meta_free(&m);
	return rc;
}

/* What walk_due found at one expiry-index entry. */
enum due_kind {
	DUE,   /* expired, not held: m is its metadata */
	HELD,  /* expired but under legal hold: m is its metadata */
	STALE, /* the conversation is gone, or expires at another time now */
};

typedef int (*due_fn)(void *ctx, enum due_kind kind, const MDB_val *key, const char *id,
		      const struct meta *m);

/* Walks the expiry index in t from the oldest entry up to now, calling fn for
 * each entry while *more(ctx) says so. Stops at fn's first nonzero return. */
static int walk_due(vault *v, MDB_txn *t, time_t now, int (*more)(void *), due_fn fn, void *ctx)
{
	MDB_cursor *cur = NULL;
	char id[VAULT_ID_LEN + 1];
	int rc = lmdb_rc(mdb_cursor_open(t, v->exp, &cur));
	int r;
	if (rc)
		return rc;
	MDB_val k;
	for (r = mdb_cursor_get(cur, &k, NULL, MDB_FIRST); r == 0 && more(ctx);
	     r = mdb_cursor_get(cur, &k, NULL, MDB_NEXT)) {
		struct meta m;
		if (k.mv_size != 8 + VAULT_ID_LEN)
			continue;
		time_t at = (time_t)get_be64(k.mv_data);
		if (at > now)
			break;
		memcpy(id, (const char *)k.mv_data + 8, VAULT_ID_LEN);
		id[VAULT_ID_LEN] = '\0';
		rc = load_meta(v, t, id, &m);
		if (rc == VAULT_E_NOTFOUND) {
			rc = fn(ctx, STALE, &k, id, NULL);
		} else if (rc == 0) {
			rc = fn(ctx, m.expires != at ? STALE : m.hold ? HELD : DUE, &k, id, &m);
			meta_free(&m);
		}
		if (rc)
			break;
	}
	if (!rc && r && r != MDB_NOTFOUND)
		rc = lmdb_rc(r);
	mdb_cursor_close(cur);
	return rc;
}

struct sweep_ctx {
	json_t *ids;
	size_t max;
	struct keylist dangling;
};

static int sweep_more(void *p)
{
	struct sweep_ctx *c = p;
	return json_array_size(c->ids) < c->max;
}

static int sweep_collect(void *p, enum due_kind kind, const MDB_val *key, const char *id,
			 const struct meta *m)
{
	struct sweep_ctx *c = p;
	(void)m;
	if (kind == STALE)
		return keylist_add(&c->dangling, key); /* drop the index entry only */
	if (kind == DUE && json_array_append_new(c->ids, json_string(id)))
		return VAULT_E_NOMEM;
	return 0;
}

int vault_sweep(vault *v, time_t now, size_t max, json_t **deleted_ids)
{
	MDB_txn *t = NULL;
	struct sweep_ctx c = {json_array(), max, {0}};
	json_t *jid;
	size_t i;
	int rc;

	if (deleted_ids)
		*deleted_ids = NULL;
	rc = VAULT_E_NOMEM;
	if (!c.ids)
		goto out;
	rc = lmdb_rc(mdb_txn_begin(v->env, NULL, 0, &t));
	if (rc)
		goto out;
	/* Pass 1 collects, pass 2 deletes: deleting under an open cursor
	 * would move it. */
	rc = walk_due(v, t, now, sweep_more, sweep_collect, &c);
	if (rc)
		goto out;
	for (i = 0; i < c.dangling.n; i++) {
		rc = del_key(t, v->exp, c.dangling.k[i].b, c.dangling.k[i].len);
		if (rc)
			goto out;
	}
	json_array_foreach(c.ids, i, jid) {
		struct meta m;
		rc = load_meta(v, t, json_string_value(jid), &m);
		if (rc)
			goto out;
		rc = delete_conv(v, t, json_string_value(jid), &m);
		meta_free(&m);
		if (rc)
			goto out;
	}
	rc = commit(t);
	t = NULL;
	if (!rc && deleted_ids) {
		*deleted_ids = c.ids;
		c.ids = NULL;
	}
out:
	if (t)
		mdb_txn_abort(t);
	json_decref(c.ids);
	keylist_free(&c.dangling);
	return rc;
}

struct expired_ctx {
	json_t *res;
	size_t max;
};

static int expired_more(void *p)
{
	struct expired_ctx *c = p;
	return json_array_size(c->res) < c->max;
}

static int expired_collect(void *p, enum due_kind kind, const MDB_val *key, const char *id,
			   const struct meta *m)
{
	struct expired_ctx *c = p;
	char pn[35];
	(void)key;
	if (kind != DUE)
		return 0;
	pseudonym_of_uh(m->uh, pn);
	if (json_array_append_new(c->res, json_pack("{s:s, s:s}", "id", id, "user_pseudonym", pn)))
		return VAULT_E_NOMEM;
	return 0;
}

int vault_expired(vault *v, time_t now, size_t max, json_t **out)
{
	MDB_txn *t = NULL;
	struct expired_ctx c = {json_array(), max};
	int rc;

	*out = NULL;
	rc = VAULT_E_NOMEM;
	if (!c.res)
		goto out;
	rc = lmdb_rc(mdb_txn_begin(v->env, NULL, MDB_RDONLY, &t));
	if (rc)
		goto out;
	rc = walk_due(v, t, now, expired_more, expired_collect, &c);
	if (rc)
		goto out;
	*out = c.res;
	c.res = NULL;
out:
	if (t)
		mdb_txn_abort(t);
	json_decref(c.res);
	return rc;
}

/* ---- consent --------------------------------------------------------------- */

static void hist_key(uint8_t kb[UH_HEX + 4], const char *uh, uint32_t seq)
{
	memcpy(kb, uh, UH_HEX);
	put_be32(kb + UH_HEX, seq);
}

int vault_consent_put(vault *v, const char *user, const json_t *consent, const char *author,
		      time_t now, char *err, size_t errsz)
{
	char uh[UH_HEX + 1], aad[AAD_MAX], atbuf[32];
	uint8_t kb[UH_HEX + 4];
	json_t *rec = NULL, *entry = NULL;
	char *pt = NULL;
	MDB_txn *t = NULL;
	json_int_t seq = 0;
	int rc;

	if (err && errsz)
		err[0] = '\0';
	rc = check_user(user, err, errsz);
	if (rc)
		return rc;
	rc = check_consent(consent, "consent", err, errsz);
	if (rc)
		return rc;
	if (author && strnlen(author, VAULT_MAX_AUTHOR_LEN + 1) > VAULT_MAX_AUTHOR_LEN)
		return bad(err, errsz, "author: longer than %d bytes", VAULT_MAX_AUTHOR_LEN);
	user_hash(v, user, uh);
	rc = lmdb_rc(mdb_txn_begin(v->env, NULL, 0, &t));
	if (rc)
		return rc;
	rc = load_consent(v, t, uh, &rec);
	if (rc == 0)
		seq = json_integer_value(json_object_get(rec, "seq"));
	else if (rc != VAULT_E_NOTFOUND)
		goto out;
	json_decref(rec);
	seq++;
	rc = VAULT_E_NOMEM;
	rec = json_pack("{s:O, s:I, s:I}", "consent", consent, "seq", seq, "updated_at",
			(json_int_t)now);
	if (!rec)
		goto out;
	{
		MDB_val k = {.mv_size = UH_HEX, .mv_data = uh};
		rc = put_json_mac(v, t, v->consent, "custos-consent", &k, rec);
		if (rc)
			goto out;
	}
	util_time_rfc3339(now, atbuf, sizeof atbuf);
	rc = VAULT_E_NOMEM;
	entry = json_pack("{s:O, s:s?, s:s}", "consent", consent, "author", author, "at", atbuf);
	if (!entry)
		goto out;
	pt = json_dumps(entry, JSON_COMPACT);
	if (!pt)
		goto out;
	{
		MDB_val k = {.mv_size = sizeof kb, .mv_data = kb};
		hist_key(kb, uh, (uint32_t)seq);
		snprintf(aad, sizeof aad, "custos-consent|%s|%u", uh, (unsigned)seq);
		rc = put_sealed(v, t, v->chist, &k, v->rec_key, aad, pt, strlen(pt));
		if (rc)
			goto out;
	}
	rc = commit(t);
	t = NULL;
out:
	if (t)
		mdb_txn_abort(t);
	free(pt);
	json_decref(rec);
	json_decref(entry);
	return rc;
}

int vault_consent_get(vault *v, const char *user, json_t **current)
{
	char uh[UH_HEX + 1];
	json_t *rec = NULL;
	MDB_txn *t = NULL;
	int rc;

	*current = NULL;
	if (check_user(user, NULL, 0))
		return VAULT_E_INVALID;
	user_hash(v, user, uh);
	rc = lmdb_rc(mdb_txn_begin(v->env, NULL, MDB_RDONLY, &t));
	if (rc)
		return rc;
	rc = load_consent(v, t, uh, &rec);
	mdb_txn_abort(t);
	if (rc)
		return rc;
	*current = json_deep_copy(json_object_get(rec, "consent"));
	json_decref(rec);
	return *current ? 0 : VAULT_E_NOMEM;
}

/* Appends the user's decrypted consent history to arr; with keys_out, also
 * collects the raw keys (for erasure). */
static int history_scan(vault *v, MDB_txn *t, const char *uh, json_t *arr,
			struct keylist *keys_out)
{
	MDB_cursor *cur = NULL;
	uint8_t kb[UH_HEX + 4];
	char aad[AAD_MAX];
	int rc = lmdb_rc(mdb_cursor_open(t, v->chist, &cur));
	if (rc)
		return rc;
	hist_key(kb, uh, 0);
	MDB_val k = {.mv_size = sizeof kb, .mv_data = kb}, val;
	int r;
	for (r = mdb_cursor_get(cur, &k, &val, MDB_SET_RANGE); r == 0;
	     r = mdb_cursor_get(cur, &k, &val, MDB_NEXT)) {
		json_t *e = NULL;
		if (k.mv_size != UH_HEX + 4 || memcmp(k.mv_data, uh, UH_HEX) != 0)
			break;
		if (keys_out) {
			rc = keylist_add(keys_out, &k);
			if (rc)
				goto out;
			continue;
		}
		snprintf(aad, sizeof aad, "custos-consent|%s|%u", uh,
			 (unsigned)get_be32((const uint8_t *)k.mv_data + UH_HEX));
		rc = get_sealed_json(v, v->rec_key, aad, &val, &e);
		if (rc)
			goto out;
		if (json_array_append_new(arr, e)) {
			rc = VAULT_E_NOMEM;
			goto out;
		}
	}
	if (r != MDB_NOTFOUND && r != 0)
		rc = lmdb_rc(r);
out:
	mdb_cursor_close(cur);
	return rc;
}

int vault_consent_history(vault *v, const char *user, json_t **hist)
{
	char uh[UH_HEX + 1];
	MDB_txn *t = NULL;
	int rc;

	*hist = NULL;
	if (check_user(user, NULL, 0))
		return VAULT_E_INVALID;
	json_t *arr = json_array();
	if (!arr)
		return VAULT_E_NOMEM;
	user_hash(v, user, uh);
	rc = lmdb_rc(mdb_txn_begin(v->env, NULL, MDB_RDONLY, &t));
	if (!rc) {
		rc = history_scan(v, t, uh, arr, NULL);
		mdb_txn_abort(t);
	}
	if (rc) {
		json_decref(arr);
		return rc;
	}
	*hist = arr;
	return 0;
}

/* ---- concerns --------------------------------------------------------------- */

static int concern_open(vault *v, const MDB_val *k, const MDB_val *val, json_t **rec)
{
	char aad[AAD_MAX];
	if (k->mv_size != 8 + VAULT_ID_LEN)
		return VAULT_E_CRYPTO;
	snprintf(aad, sizeof aad, "custos-concern|%.*s", VAULT_ID_LEN,
		 (const char *)k->mv_data + 8);
	return get_sealed_json(v, v->rec_key, aad, val, rec);
}

/* Public form of a stored concern record (new reference). */
static json_t *concern_public(const json_t *rec)
{
	char pn[35];
	const char *uh = json_string_value(json_object_get(rec, "uh"));
	json_t *out;
	if (!uh || strlen(uh) != UH_HEX)
		return NULL;
	pseudonym_of_uh(uh, pn);
	out = json_pack("{s:O, s:o, s:O, s:s, s:O?, s:O?, s:O}", "id", json_object_get(rec, "id"),
			"created_at",
			time_json((time_t)json_integer_value(json_object_get(rec, "created_at"))),
			"user", json_object_get(rec, "user"), "user_pseudonym", pn,
			"conversation_id", json_object_get(rec, "conversation_id"), "decision_id",
			json_object_get(rec, "decision_id"), "text", json_object_get(rec, "text"));
	return out;
}

/* Scans all concerns: with uh set, only that user's. Appends public records
 * to arr (up to max) and/or raw keys to keys_out. *truncated set if more. */
static int concern_scan(vault *v, MDB_txn *t, const char *uh, json_t *arr, size_t max,
			struct keylist *keys_out, int *truncated)
{
	MDB_cursor *cur = NULL;
	MDB_val k, val;
	int r, rc = lmdb_rc(mdb_cursor_open(t, v->concern, &cur));
	if (rc)
		return rc;
	for (r = mdb_cursor_get(cur, &k, &val, MDB_FIRST); r == 0;
	     r = mdb_cursor_get(cur, &k, &val, MDB_NEXT)) {
		json_t *rec = NULL, *pub;
		rc = concern_open(v, &k, &val, &rec);
		if (rc)
			goto out;
		const char *ruh = json_string_value(json_object_get(rec, "uh"));
		if (uh && (!ruh || strcmp(ruh, uh) != 0)) {
			json_decref(rec);
			continue;
		}
		if (keys_out)
			rc = keylist_add(keys_out, &k);
		if (!rc && arr) {
			if (json_array_size(arr) >= max) {
				if (truncated)
					*truncated = 1;
			} else {
				pub = concern_public(rec);
				if (!pub || json_array_append_new(arr, pub))
					rc = pub ? VAULT_E_NOMEM : VAULT_E_CRYPTO;
			}
		}
		json_decref(rec);
		if (rc)
			goto out;
	}
	if (r != MDB_NOTFOUND)
		rc = lmdb_rc(r);
out:
	mdb_cursor_close(cur);
	return rc;
}

/* Checks a concern body; on success *user, *cid (NULL if none) and *dec
 * (NULL if none) are borrowed from it. */
static int concern_check(const json_t *body, const char **user, const char **cid,
			 const json_t **dec, char *err, size_t errsz)
{
	const char *key, *text;
	json_t *val;

	*cid = NULL;
	*dec = NULL;
	if (!json_is_object(body))
		return bad(err, errsz, "body: must be a JSON object");
	json_object_foreach((json_t *)body, key, val) {
		if (strcmp(key, "user") && strcmp(key, "conversation_id") &&
		    strcmp(key, "decision_id") && strcmp(key, "text"))
			return bad(err, errsz, "body: unknown member (allowed: user, "
					       "conversation_id, decision_id, text)");
	}
	if (check_str(json_object_get(body, "user"), 1, VAULT_MAX_USER_LEN, "user", err, errsz,
		      user) ||
	    check_str(json_object_get(body, "text"), 1, VAULT_MAX_TEXT, "text", err, errsz, &text))
		return VAULT_E_INVALID;
	val = json_object_get(body, "conversation_id");
	if (val && !json_is_null(val)) {
		if (!json_is_string(val) || !valid_id(json_string_value(val), 'c'))
			return bad(err, errsz, "conversation_id: not a conversation id");
		*cid = json_string_value(val);
	}
	val = json_object_get(body, "decision_id");
	if (val && !json_is_null(val)) {
		if (!json_is_integer(val) || json_integer_value(val) < 0)
			return bad(err, errsz, "decision_id: must be a non-negative integer");
		*dec = val;
	}
	return 0;
}

/* The time part of a new concern's key: microseconds (now, plus the
 * current sub-second), strictly increasing within the process, so that
 * concerns list in creation order even within one second (two at once get
 * distinct, ordered keys). Records written before keyed by seconds, which
 * are smaller than any microsecond count since 1970 and so sort first, as
 * they were created first. */
static uint64_t concern_key_time(time_t now)
{
	static _Atomic uint64_t last;
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	uint64_t want = (uint64_t)now * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
	uint64_t prev = atomic_load(&last), next;
	do {
		next = want > prev ? want : prev + 1;
	} while (!atomic_compare_exchange_weak(&last, &prev, next));
	return next;
}

int vault_concern_check(const json_t *body, char *err, size_t errsz)
{
	const char *user, *cid;
	const json_t *dec;
	if (err && errsz)
		err[0] = '\0';
	return concern_check(body, &user, &cid, &dec, err, errsz);
}

int vault_concern_create(vault *v, const json_t *body, time_t now, char id_out[40], char *err,
			 size_t errsz)
{
	const char *user, *cid = NULL;
	const json_t *dec = NULL;
	json_t *rec = NULL;
	char uh[UH_HEX + 1], id[40], aad[AAD_MAX];
	uint8_t kb[8 + VAULT_ID_LEN];
	char *pt = NULL;
	MDB_txn *t = NULL;
	int rc;

	if (err && errsz)
		err[0] = '\0';
	id_out[0] = '\0';
	rc = concern_check(body, &user, &cid, &dec, err, errsz);
	if (rc)
		return rc;
	rc = gen_id('q', id);
	if (rc)
		return rc;
	user_hash(v, user, uh);
	rec = json_pack("{s:s, s:I, s:s, s:s, s:s?, s:O?, s:O}", "id", id, "created_at",
			(json_int_t)now, "uh", uh, "user", user, "conversation_id", cid,
			"decision_id", dec, "text", json_object_get(body, "text"));
	rc = VAULT_E_NOMEM;
	if (!rec)
		goto out;
	pt = json_dumps(rec, JSON_COMPACT);
	if (!pt)
		goto out;
	rc = lmdb_rc(mdb_txn_begin(v->env, NULL, 0, &t));
	if (rc)
		goto out;
	{
		MDB_val k = {.mv_size = sizeof kb, .mv_data = kb};
		put_be64(kb, concern_key_time(now));
		memcpy(kb + 8, id, VAULT_ID_LEN);
		snprintf(aad, sizeof aad, "custos-concern|%s", id);
		rc = put_sealed(v, t, v->concern, &k, v->rec_key, aad, pt, strlen(pt));
		if (rc)
			goto out;
	}
	rc = commit(t);
	t = NULL;
	if (!rc)
		memcpy(id_out, id, VAULT_ID_LEN + 1);
out:
	if (t)
		mdb_txn_abort(t);
	if (pt) {
		OPENSSL_cleanse(pt, strlen(pt));
		free(pt);
	}
	json_decref(rec);
	return rc;
}

int vault_concern_page(vault *v, int newest_first, size_t limit,
		       const uint8_t after[VAULT_CONCERN_POS_LEN], json_t **out,
		       uint8_t next_pos[VAULT_CONCERN_POS_LEN], int *more)
{
	MDB_txn *t = NULL;
	MDB_cursor *cur = NULL;
	MDB_val k, val;
	json_t *arr = json_array();
	MDB_cursor_op step = newest_first ? MDB_PREV : MDB_NEXT;
	int r, rc;

	*out = NULL;
	*more = 0;
	if (!arr)
		return VAULT_E_NOMEM;
	if (limit == 0)
		limit = VAULT_LIST_DEFAULT;
	if (limit > VAULT_LIST_MAX)
		limit = VAULT_LIST_MAX;
	rc = lmdb_rc(mdb_txn_begin(v->env, NULL, MDB_RDONLY, &t));
	if (rc)
		goto out;
	rc = lmdb_rc(mdb_cursor_open(t, v->concern, &cur));
	if (rc)
		goto out;
	if (!after) {
		r = mdb_cursor_get(cur, &k, &val, newest_first ? MDB_LAST : MDB_FIRST);
	} else {
		/* The first key >= after; the page starts strictly beyond after
		 * in the page's direction (after itself may have been erased). */
		k.mv_size = VAULT_CONCERN_POS_LEN;
		k.mv_data = (void *)after;
		r = mdb_cursor_get(cur, &k, &val, MDB_SET_RANGE);
		if (r == MDB_NOTFOUND && newest_first)
			r = mdb_cursor_get(cur, &k, &val, MDB_LAST);
		else if (r == 0 && (newest_first || (k.mv_size == VAULT_CONCERN_POS_LEN &&
						     !memcmp(k.mv_data, after, k.mv_size))))
			r = mdb_cursor_get(cur, &k, &val, step);
	}
	for (; r == 0; r = mdb_cursor_get(cur, &k, &val, step)) {
		json_t *rec = NULL, *pub;
		if (json_array_size(arr) == limit) {
			*more = 1; /* one more exists beyond the full page */
			break;
		}
		rc = concern_open(v, &k, &val, &rec);
		if (rc)
			goto out;
		pub = concern_public(rec);
		json_decref(rec);
		if (!pub || json_array_append_new(arr, pub)) {
			rc = pub ? VAULT_E_NOMEM : VAULT_E_CRYPTO;
			goto out;
		}
		memcpy(next_pos, k.mv_data, VAULT_CONCERN_POS_LEN);
	}
	if (r != 0 && r != MDB_NOTFOUND) {
		rc = lmdb_rc(r);
		goto out;
	}
	*out = json_pack("{s:O}", "concerns", arr);
	rc = *out ? 0 : VAULT_E_NOMEM;
out:
	if (cur)
		mdb_cursor_close(cur);
	if (t)
		mdb_txn_abort(t);
	json_decref(arr);
	if (rc)
		*more = 0;
	return rc;
}

/* ---- end-user rights ------------------------------------------------------ */

/* Ids of every conversation indexed under uh (new array). */
static int user_conv_ids(vault *v, MDB_txn *t, const char *uh, json_t **ids)
{
	MDB_cursor *cur = NULL;
	json_t *arr = json_array();
	int r, rc;
	if (!arr)
		return VAULT_E_NOMEM;
	rc = lmdb_rc(mdb_cursor_open(t, v->uidx, &cur));
	if (rc)
		goto out;
	MDB_val k = {.mv_size = UH_HEX, .mv_data = (void *)uh};
	for (r = mdb_cursor_get(cur, &k, NULL, MDB_SET_RANGE); r == 0;
	     r = mdb_cursor_get(cur, &k, NULL, MDB_NEXT)) {
		if (k.mv_size != UH_HEX + VAULT_ID_LEN || memcmp(k.mv_data, uh, UH_HEX) != 0)
			break;
		if (json_array_append_new(
			    arr, json_stringn((const char *)k.mv_data + UH_HEX, VAULT_ID_LEN))) {
			rc = VAULT_E_NOMEM;
			goto out;
		}
	}
	if (r != MDB_NOTFOUND && r != 0)
		rc = lmdb_rc(r);
out:
	if (cur)
		mdb_cursor_close(cur);
	if (rc) {
		json_decref(arr);
		arr = NULL;
	}
	*ids = arr;
	return rc;
}

int vault_erase_user(vault *v, const char *user, json_t **report)
{
	char uh[UH_HEX + 1], pn[35];
	json_t *ids = NULL, *erased = json_array(), *held = json_array(), *jid;
	struct keylist keys = {0}, ckeys = {0};
	MDB_txn *t = NULL;
	size_t i, consent_n = 0;
	int rc;

	*report = NULL;
	rc = VAULT_E_NOMEM;
	if (!erased || !held)
		goto out;
	rc = check_user(user, NULL, 0);
	if (rc)
		goto out;
	user_hash(v, user, uh);
	pseudonym_of_uh(uh, pn);
	rc = lmdb_rc(mdb_txn_begin(v->env, NULL, 0, &t));
	if (rc)
		goto out;
	rc = user_conv_ids(v, t, uh, &ids);
	if (rc)
		goto out;
	json_array_foreach(ids, i, jid) {
		struct meta m;
		const char *id = json_string_value(jid);
		rc = load_meta(v, t, id, &m);
		if (rc == VAULT_E_NOTFOUND) {
			rc = 0;
			continue;
		}
		if (rc)
			goto out;
		if (strcmp(m.uh, uh) != 0) {
			meta_free(&m); /* forged index entry: not this user's */
			continue;
		}
		if (m.hold) {
			/* Freeze today's effective consent into the held
			 * conversation before its source record goes. */
			json_t *eff = NULL;
			rc = effective_consent(v, t, &m, &eff);
			if (!rc && json_object_set_new(m.j, "consent", eff))
				rc = VAULT_E_NOMEM;
			if (!rc)
				rc = store_meta(v, t, id, m.j);
			if (!rc && json_array_append(held, jid))
				rc = VAULT_E_NOMEM;
		} else {
			rc = delete_conv(v, t, id, &m);
			if (!rc && json_array_append(erased, jid))
				rc = VAULT_E_NOMEM;
		}
		meta_free(&m);
		if (rc)
			goto out;
	}
	rc = history_scan(v, t, uh, NULL, &keys);
	if (rc)
		goto out;
	for (i = 0; i < keys.n; i++) {
		rc = del_key(t, v->chist, keys.k[i].b, keys.k[i].len);
		if (rc)
			goto out;
	}
	consent_n = keys.n;
	{
		MDB_val k = {.mv_size = UH_HEX, .mv_data = uh};
		int r = mdb_del(t, v->consent, &k, NULL);
		if (r == 0)
			consent_n++;
		else if (r != MDB_NOTFOUND) {
			rc = lmdb_rc(r);
			goto out;
		}
	}
	rc = concern_scan(v, t, uh, NULL, 0, &ckeys, NULL);
	if (rc)
		goto out;
	for (i = 0; i < ckeys.n; i++) {
		rc = del_key(t, v->concern, ckeys.k[i].b, ckeys.k[i].len);
		if (rc)
			goto out;
	}
	rc = commit(t);
	t = NULL;
	if (rc)
		goto out;
	*report = json_pack("{s:s, s:O, s:O, s:I, s:I}", "user_pseudonym", pn, "erased", erased,
			    "held", held, "consent_records_erased", (json_int_t)consent_n,
			    "concerns_erased", (json_int_t)ckeys.n);
	rc = *report ? 0 : VAULT_E_NOMEM;
out:
	if (t)
		mdb_txn_abort(t);
	json_decref(ids);
	json_decref(erased);
	json_decref(held);
	keylist_free(&keys);
	keylist_free(&ckeys);
	return rc;
}

int vault_export_user(vault *v, const char *user, time_t now, json_t **doc)
{
	char uh[UH_HEX + 1], pn[35];
	json_t *ids = NULL, *convs = json_array(), *hist = json_array(), *concerns = json_array();
	json_t *rec = NULL, *jid, *current = NULL;
	MDB_txn *t = NULL;
	size_t i;
	int rc;

	*doc = NULL;
	rc = VAULT_E_NOMEM;
	if (!convs || !hist || !concerns)
		goto out;
	rc = check_user(user, NULL, 0);
	if (rc)
		goto out;
	user_hash(v, user, uh);
	pseudonym_of_uh(uh, pn);
	rc = lmdb_rc(mdb_txn_begin(v->env, NULL, MDB_RDONLY, &t));
	if (rc)
		goto out;
	rc = user_conv_ids(v, t, uh, &ids);
	if (rc)
		goto out;
	json_array_foreach(ids, i, jid) {
		struct meta m;
		json_t *d = NULL;
		rc = load_meta(v, t, json_string_value(jid), &m);
		if (rc == VAULT_E_NOTFOUND) {
			rc = 0;
			continue;
		}
		if (rc)
			goto out;
		if (!is_expired(&m, now) && strcmp(m.uh, uh) == 0) {
			rc = conv_doc(v, t, json_string_value(jid), &m, &d);
			if (!rc && json_array_append_new(convs, d))
				rc = VAULT_E_NOMEM;
		}
		meta_free(&m);
		if (rc)
			goto out;
	}
	rc = load_consent(v, t, uh, &rec);
	if (rc == 0) {
		current = json_object_get(rec, "consent");
	} else if (rc != VAULT_E_NOTFOUND) {
		goto out;
	}
	rc = history_scan(v, t, uh, hist, NULL);
	if (rc)
		goto out;
	rc = concern_scan(v, t, uh, concerns, SIZE_MAX, NULL, NULL);
	if (rc)
		goto out;
	*doc = json_pack("{s:s, s:s, s:O, s:O?, s:O, s:O}", "user", user, "user_pseudonym", pn,
			 "conversations", convs, "consent", current, "consent_history", hist,
			 "concerns", concerns);
	rc = *doc ? 0 : VAULT_E_NOMEM;
out:
	if (t)
		mdb_txn_abort(t);
	json_decref(rec);
	json_decref(ids);
	json_decref(convs);
	json_decref(hist);
	json_decref(concerns);
	return rc;
}
