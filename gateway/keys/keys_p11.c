/* keys_p11: a master key held in a PKCS#11 token (keys.h, docs/KEYS.md).
 *
 * The module is loaded with p11-kit (the URI's module-path, else every
 * module p11-kit has registered), the token found by the URI's token
 * attributes, the AES-256 secret keys by their labels: slot 0 is the URI's
 * object= itself, slot n the object labelled "object.n" (a newer master
 * version made on the token by a rotation). Keys are made on the token
 * (sensitive, not extractable) by keys_p11_open(create) or keys_p11_find
 * and never leave it: sealing and opening are C_Encrypt / C_Decrypt with
 * CKM_AES_GCM, in the vault's sealed-record layout. One session, guarded by
 * a mutex (a session is not for two threads at once).
 *
 * Opened data keys are cached (a 4-way set-associative table keyed by
 * SHA-256 of the key slot, the sealed record and its associated data: a
 * record is answered only under the key that opened it; the least recently
 * used entry of a set replaced) in memory that is mlock'ed,
 * excluded from core dumps and wiped on free, so a read does not pay a
 * token round trip each time. */
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <p11-kit/p11-kit.h>
#include <p11-kit/pkcs11.h>
#include <p11-kit/uri.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "errbuf.h"
#include "file.h"
#include "keys.h"
#include "log.h"

#define NONCE     12
#define TAG       16
#define AAD_CAP   512
#define PIN_MAX   256
#define LABEL_CAP 256

struct centry {
	uint8_t tag[32]; /* SHA-256 of slot | aad | sealed record */
	uint8_t dek[KEYS_SECRET_LEN];
	uint8_t used;
	uint8_t slot;   /* the key that opened it (wiped when it is destroyed) */
	uint64_t stamp; /* last use (k->clock): the set's oldest is replaced */
};

/* Entries per set. Direct-mapped (one), two keys in the same slot evicted
 * each other on every read: with 3 keys in 1024 slots that happens in 0.3%
 * of the runs (the "1 cache hit where 3 were expected" of
 * test_token_master_from_scratch_and_refusals). */
#define WAYS 4

struct keys_p11 {
	CK_FUNCTION_LIST *mod;   /* loaded by module-path (ours to release) */
	CK_FUNCTION_LIST **mods; /* or p11-kit's registered modules */
	CK_FUNCTION_LIST *fl;    /* the one holding the token */
	CK_SESSION_HANDLE s;
	CK_OBJECT_HANDLE key[KEYS_P11_SLOTS]; /* found so far (under mu; 0: not yet) */
	char label[LABEL_CAP];                /* the URI's object= */
	size_t llen;
	pthread_mutex_t mu; /* the session, the key handles and the cache */
	struct centry *cache;
	size_t ncache, map_len;
	uint64_t clock; /* under mu */
	atomic_uint_least64_t hits, misses, forgotten;
};

static const char *rv_name(CK_RV rv)
{
	const char *m = p11_kit_strerror(rv);
	return m ? m : "PKCS#11 error";
}

/* The first module and slot whose token matches the URI. */
static int find_token(keys_p11 *k, P11KitUri *u, CK_SLOT_ID *slot, char *err, size_t errsz)
{
	CK_FUNCTION_LIST *one[2] = {k->mod, NULL};
	CK_FUNCTION_LIST **list = k->mod ? one : k->mods;
	for (size_t m = 0; list && list[m]; m++) {
		CK_ULONG n = 0;
		if (list[m]->C_GetSlotList(CK_TRUE, NULL, &n) != CKR_OK || n == 0)
			continue;
		CK_SLOT_ID *ids = calloc(n, sizeof *ids);
		if (!ids)
			return KEYS_E_NOMEM;
		if (list[m]->C_GetSlotList(CK_TRUE, ids, &n) == CKR_OK) {
			for (CK_ULONG i = 0; i < n; i++) {
				CK_TOKEN_INFO ti;
				if (list[m]->C_GetTokenInfo(ids[i], &ti) == CKR_OK &&
				    p11_kit_uri_match_token_info(u, &ti)) {
					*slot = ids[i];
					k->fl = list[m];
					free(ids);
					return 0;
				}
			}
		}
		free(ids);
	}
	errbuf_set(err, errsz,
		   "no PKCS#11 token matches the URI (token absent or not initialised)");
	return KEYS_E_IO;
}

static int read_pin(const char *pin_file, P11KitUri *u, char pin[PIN_MAX], char *err, size_t errsz)
{
	char *text = NULL;
	size_t len = 0;
	pin[0] = '\0';
	if (!pin_file) {
		const char *v = p11_kit_uri_get_pin_value(u);
		if (v && strlen(v) < PIN_MAX)
			snprintf(pin, PIN_MAX, "%s", v);
		return 0;
	}
	int rc = file_read(pin_file, PIN_MAX - 1, &text, &len);
	if (rc) {
		errbuf_set(err, errsz, "[keys] pin_file %s: cannot read it (at most %d bytes)",
			   pin_file, PIN_MAX - 1);
		return KEYS_E_IO;
	}
	while (len && (text[len - 1] == '\n' || text[len - 1] == '\r'))
		len--;
	memcpy(pin, text, len);
	pin[len] = '\0';
	OPENSSL_cleanse(text, len);
	free(text);
	return 0;
}

/* The label of slot's key: the URI's object=, or "object.N". */
static size_t slot_label(const keys_p11 *k, unsigned slot, char out[LABEL_CAP + 16])
{
	if (!slot) {
		memcpy(out, k->label, k->llen);
		return k->llen;
	}
	int n = snprintf(out, LABEL_CAP + 16, "%.*s.%u", (int)k->llen, k->label, slot);
	return n < 0 ? 0 : (size_t)n;
}

/* Looks for slot's key object: 1 found (its handle in *h), 0 absent, or
 * -1 (a failed search, err set). Under mu. */
static int search_key(keys_p11 *k, const char *label, size_t llen, CK_OBJECT_HANDLE *h, char *err,
		      size_t errsz)
{
	CK_OBJECT_CLASS cls = CKO_SECRET_KEY;
	CK_ATTRIBUTE q[] = {
		{CKA_CLASS, &cls, sizeof cls},
		{CKA_LABEL, (void *)label, llen},
	};
	CK_ULONG n = 0;
	CK_RV rv = k->fl->C_FindObjectsInit(k->s, q, 2);
	if (rv == CKR_OK) {
		rv = k->fl->C_FindObjects(k->s, h, 1, &n);
		k->fl->C_FindObjectsFinal(k->s);
	}
	if (rv != CKR_OK) {
		errbuf_set(err, errsz, "PKCS#11 object search failed: %s", rv_name(rv));
		return -1;
	}
	return n == 1;
}

/* find_key under mu. */
static int find_key_locked(keys_p11 *k, unsigned slot, int create, char *err, size_t errsz)
{
	char label[LABEL_CAP + 16];
	size_t llen = slot_label(k, slot, label);
	CK_OBJECT_HANDLE h = CK_INVALID_HANDLE;
	if (k->key[slot] != CK_INVALID_HANDLE)
		return 0;
	int found = search_key(k, label, llen, &h, err, errsz);
	if (found < 0)
		return KEYS_E_IO;
	if (found) {
		k->key[slot] = h;
		return 0;
	}
	if (!create) {
		errbuf_set(err, errsz, "no secret key object '%.*s' on the token%s", (int)llen,
			   label, slot ? "" : " (custos keys init makes it)");
		return KEYS_E_IO;
	}
	CK_OBJECT_CLASS cls = CKO_SECRET_KEY;
	CK_KEY_TYPE kt = CKK_AES;
	CK_ULONG vlen = KEYS_SECRET_LEN;
	CK_BBOOL yes = CK_TRUE, no = CK_FALSE;
	CK_ATTRIBUTE t[] = {
		{CKA_CLASS, &cls, sizeof cls},       {CKA_KEY_TYPE, &kt, sizeof kt},
		{CKA_VALUE_LEN, &vlen, sizeof vlen}, {CKA_TOKEN, &yes, sizeof yes},
		{CKA_PRIVATE, &yes, sizeof yes},     {CKA_SENSITIVE, &yes, sizeof yes},
		{CKA_EXTRACTABLE, &no, sizeof no},   {CKA_ENCRYPT, &yes, sizeof yes},
		{CKA_DECRYPT, &yes, sizeof yes},     {CKA_LABEL, (void *)label, llen},
	};
	CK_MECHANISM m = {CKM_AES_KEY_GEN, NULL, 0};
	CK_RV rv = k->fl->C_GenerateKey(k->s, &m, t, sizeof t / sizeof t[0], &h);
	if (rv != CKR_OK) {
		errbuf_set(err, errsz, "cannot make the key '%.*s' on the token: %s", (int)llen,
			   label, rv_name(rv));
		return KEYS_E_IO;
	}
	k->key[slot] = h;
	return 0;
}

int keys_p11_find(keys_p11 *k, unsigned slot, int create, char *err, size_t errsz)
{
	errbuf_clear(err, errsz);
	if (slot >= KEYS_P11_SLOTS || slot == 1) {
		errbuf_set(err, errsz, "no token key slot %u", slot);
		return KEYS_E_FORMAT;
	}
	pthread_mutex_lock(&k->mu);
	int rc = find_key_locked(k, slot, create, err, errsz);
	pthread_mutex_unlock(&k->mu);
	return rc;
}

int keys_p11_label(const keys_p11 *k, unsigned slot, char *out, size_t cap)
{
	char label[LABEL_CAP + 16];
	size_t n = slot < KEYS_P11_SLOTS ? slot_label(k, slot, label) : 0;
	int w = snprintf(out, cap, "%.*s", (int)n, label);
	return w < 0 || (size_t)w >= cap ? -1 : 0;
}

int keys_p11_uri_label(const char *uri, unsigned slot, char *out, size_t cap)
{
	P11KitUri *u = p11_kit_uri_new();
	int rc = -1;
	if (u && p11_kit_uri_parse(uri, P11_KIT_URI_FOR_OBJECT_ON_TOKEN_AND_MODULE, u) ==
			 P11_KIT_URI_OK) {
		CK_ATTRIBUTE *l = p11_kit_uri_get_attribute(u, CKA_LABEL);
		int n = !l || l->ulValueLen >= LABEL_CAP ? -1
			: slot ? snprintf(out, cap, "%.*s.%u", (int)l->ulValueLen,
					  (char *)l->pValue, slot)
			       : snprintf(out, cap, "%.*s", (int)l->ulValueLen, (char *)l->pValue);
		rc = n < 0 || (size_t)n >= cap ? -1 : 0;
	}
	if (u)
		p11_kit_uri_free(u);
	return rc;
}

int keys_p11_destroy(keys_p11 *k, unsigned slot, char *err, size_t errsz)
{
	char label[LABEL_CAP + 16];
	CK_OBJECT_HANDLE h = CK_INVALID_HANDLE;
	int rc = 0;
	errbuf_clear(err, errsz);
	if (slot >= KEYS_P11_SLOTS)
		return KEYS_E_FORMAT;
	size_t llen = slot_label(k, slot, label);
	pthread_mutex_lock(&k->mu);
	int found = k->key[slot] != CK_INVALID_HANDLE;
	if (found)
		h = k->key[slot];
	else
		found = search_key(k, label, llen, &h, err, errsz);
	if (found < 0) {
		rc = KEYS_E_IO;
	} else if (found) {
		CK_RV rv = k->fl->C_DestroyObject(k->s, h);
		if (rv != CKR_OK && rv != CKR_OBJECT_HANDLE_INVALID) {
			errbuf_set(err, errsz, "cannot destroy the key '%.*s' on the token: %s",
				   (int)llen, label, rv_name(rv));
			rc = KEYS_E_IO;
		}
	}
	if (!rc) {
		k->key[slot] = CK_INVALID_HANDLE;
		for (size_t i = 0; k->cache && i < k->ncache; i++)
			if (k->cache[i].used && k->cache[i].slot == slot)
				OPENSSL_cleanse(&k->cache[i], sizeof k->cache[i]);
	}
	pthread_mutex_unlock(&k->mu);
	return rc;
}

/* The cache: locked, not dumped. Without the lock it is left off. */
static void cache_init(keys_p11 *k, size_t entries)
{
	if (!entries)
		return;
	size_t len = entries * sizeof(struct centry);
	void *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		return;
	if (mlock(p, len) != 0) {
		log_warn("PKCS#11 data-key cache off: cannot lock its memory (RLIMIT_MEMLOCK)");
		munmap(p, len);
		return;
	}
	madvise(p, len, MADV_DONTDUMP);
	memset(p, 0, len);
	k->cache = p;
	k->ncache = entries;
	k->map_len = len;
}

int keys_p11_open(const char *uri, const char *pin_file, int create, size_t cache_entries,
		  keys_p11 **out, char *err, size_t errsz)
{
	P11KitUri *u = NULL;
	char pin[PIN_MAX] = "";
	CK_SLOT_ID slot = 0;
	int rc = KEYS_E_NOMEM;
	*out = NULL;
	errbuf_clear(err, errsz);
	keys_p11 *k = calloc(1, sizeof *k);
	u = p11_kit_uri_new();
	if (!k || !u)
		goto out;
	k->s = CK_INVALID_HANDLE;
	pthread_mutex_init(&k->mu, NULL);
	rc = KEYS_E_FORMAT;
	if (p11_kit_uri_parse(uri, P11_KIT_URI_FOR_OBJECT_ON_TOKEN_AND_MODULE, u) !=
	    P11_KIT_URI_OK) {
		errbuf_set(err, errsz, "[keys] master is not a PKCS#11 URI (RFC 7512)");
		goto out;
	}
	CK_ATTRIBUTE *label = p11_kit_uri_get_attribute(u, CKA_LABEL);
	if (!label || !label->ulValueLen || label->ulValueLen >= LABEL_CAP) {
		errbuf_set(err, errsz,
			   "[keys] master: the URI names no object (object=..., under %d bytes)",
			   LABEL_CAP);
		goto out;
	}
	memcpy(k->label, label->pValue, label->ulValueLen);
	k->llen = label->ulValueLen;
	rc = KEYS_E_IO;
	const char *path = p11_kit_uri_get_module_path(u);
	if (path) {
		k->mod = p11_kit_module_load(path, 0);
		if (!k->mod || p11_kit_module_initialize(k->mod) != CKR_OK) {
			errbuf_set(err, errsz, "cannot load the PKCS#11 module %s: %s", path,
				   p11_kit_message() ? p11_kit_message() : "failed");
			if (k->mod)
				p11_kit_module_release(k->mod);
			k->mod = NULL;
			goto out;
		}
	} else {
		k->mods = p11_kit_modules_load_and_initialize(0);
		if (!k->mods) {
			errbuf_set(err, errsz, "p11-kit cannot load its PKCS#11 modules: %s",
				   p11_kit_message() ? p11_kit_message() : "failed");
			goto out;
		}
	}
	rc = find_token(k, u, &slot, err, errsz);
	if (rc)
		goto out;
	CK_RV rv =
		k->fl->C_OpenSession(slot, CKF_SERIAL_SESSION | CKF_RW_SESSION, NULL, NULL, &k->s);
	if (rv != CKR_OK) {
		errbuf_set(err, errsz, "cannot open a session on the token: %s", rv_name(rv));
		rc = KEYS_E_IO;
		goto out;
	}
	rc = read_pin(pin_file, u, pin, err, errsz);
	if (rc)
		goto out;
	rv = k->fl->C_Login(k->s, CKU_USER, (CK_UTF8CHAR *)pin, strlen(pin));
	if (rv != CKR_OK && rv != CKR_USER_ALREADY_LOGGED_IN) {
		errbuf_set(err, errsz, "cannot log in to the token: %s", rv_name(rv));
		rc = KEYS_E_IO;
		goto out;
	}
	/* Without create the keys are looked up by the vault, version by
	 * version (the URI's own object may be retired and gone). */
	rc = create ? find_key_locked(k, 0, 1, err, errsz) : 0;
	if (rc)
		goto out;
	cache_init(k, cache_entries);
out:
	OPENSSL_cleanse(pin, sizeof pin);
	if (u)
		p11_kit_uri_free(u);
	if (rc) {
		keys_p11_free(k);
		return rc;
	}
	*out = k;
	return 0;
}

void keys_p11_free(keys_p11 *k)
{
	if (!k)
		return;
	if (k->fl && k->s != CK_INVALID_HANDLE)
		k->fl->C_CloseSession(k->s);
	if (k->mod) {
		p11_kit_module_finalize(k->mod);
		p11_kit_module_release(k->mod);
	}
	if (k->mods)
		p11_kit_modules_finalize_and_release(k->mods);
	if (k->cache) {
		OPENSSL_cleanse(k->cache, k->map_len);
		munlock(k->cache, k->map_len);
		munmap(k->cache, k->map_len);
	}
	pthread_mutex_destroy(&k->mu);
	free(k);
}

/* The associated data the seal authenticates: its version byte, then aad. */
static size_t full_aad(const char *aad, uint8_t buf[AAD_CAP])
{
	size_t n = strnlen(aad, AAD_CAP - 1);
	buf[0] = KEYS_SEAL_VER;
	memcpy(buf + 1, aad, n);
	return n + 1;
}

int keys_p11_seal(keys_p11 *k, unsigned slot, const char *aad, const uint8_t *pt, size_t n,
		  uint8_t *out)
{
	if (slot >= KEYS_P11_SLOTS)
		return KEYS_E_FORMAT;
	uint8_t a[AAD_CAP];
	size_t alen = full_aad(aad, a);
	uint8_t *nonce = out + 1;
	out[0] = KEYS_SEAL_VER;
	if (RAND_bytes(nonce, NONCE) != 1)
		return KEYS_E_RANDOM;
	CK_GCM_PARAMS p = {nonce, NONCE, NONCE * 8, a, alen, TAG * 8};
	CK_MECHANISM m = {CKM_AES_GCM, &p, sizeof p};
	CK_ULONG olen = n + TAG;
	pthread_mutex_lock(&k->mu);
	CK_RV rv = k->key[slot] == CK_INVALID_HANDLE ? CKR_KEY_HANDLE_INVALID
						     : k->fl->C_EncryptInit(k->s, &m, k->key[slot]);
	if (rv == CKR_OK)
		rv = k->fl->C_Encrypt(k->s, (CK_BYTE *)pt, n, out + 1 + NONCE, &olen);
	pthread_mutex_unlock(&k->mu);
	if (rv != CKR_OK || olen != n + TAG) {
		log_error("PKCS#11 encryption failed", "error", rv_name(rv));
		return KEYS_E_IO;
	}
	return 0;
}

/* The set of tag: its first entry and how many (under mu). */
static struct centry *set_of(keys_p11 *k, const uint8_t tag[32], size_t *ways)
{
	uint64_t h;
	memcpy(&h, tag, sizeof h);
	*ways = k->ncache < WAYS ? k->ncache : WAYS;
	return &k->cache[(h % (k->ncache / *ways)) * *ways];
}

/* The entry holding tag, or NULL (under mu). */
static struct centry *cache_find(keys_p11 *k, const uint8_t tag[32])
{
	size_t ways;
	struct centry *set = set_of(k, tag, &ways);
	for (size_t i = 0; i < ways; i++)
		if (set[i].used && CRYPTO_memcmp(set[i].tag, tag, 32) == 0)
			return &set[i];
	return NULL;
}

/* Where tag goes: a free entry of its set, else the least recently used. */
static struct centry *cache_victim(keys_p11 *k, const uint8_t tag[32])
{
	size_t ways;
	struct centry *set = set_of(k, tag, &ways), *v = &set[0];
	for (size_t i = 0; i < ways; i++) {
		if (!set[i].used)
			return &set[i];
		if (set[i].stamp < v->stamp)
			v = &set[i];
	}
	return v;
}

/* The cache key of a sealed data key: SHA-256 of the key slot, its context
 * and the record, so that an entry answers only under the key that opened
 * it (and goes when that key is destroyed). */
static void cache_tag(unsigned slot, const uint8_t *a, size_t alen, const uint8_t *in, size_t inlen,
		      uint8_t tag[32])
{
	uint8_t cat[1 + AAD_CAP + 1 + NONCE + KEYS_SECRET_LEN + TAG];
	cat[0] = (uint8_t)slot;
	memcpy(cat + 1, a, alen);
	memcpy(cat + 1 + alen, in, inlen);
	SHA256(cat, 1 + alen + inlen, tag);
}

int keys_p11_forget(keys_p11 *k, unsigned slot, const char *aad, const uint8_t *in, size_t inlen)
{
	uint8_t a[AAD_CAP], tag[32];
	if (!k->cache || inlen != 1 + NONCE + KEYS_SECRET_LEN + TAG || slot >= KEYS_P11_SLOTS)
		return 0;
	size_t alen = full_aad(aad, a);
	cache_tag(slot, a, alen, in, inlen, tag);
	pthread_mutex_lock(&k->mu);
	struct centry *e = cache_find(k, tag);
	int hit = e != NULL;
	if (hit)
		OPENSSL_cleanse(e, sizeof *e);
	pthread_mutex_unlock(&k->mu);
	if (hit)
		atomic_fetch_add(&k->forgotten, 1);
	return hit;
}

int keys_p11_unseal(keys_p11 *k, unsigned slot, const char *aad, const uint8_t *in, size_t inlen,
		    uint8_t *out)
{
	uint8_t a[AAD_CAP], tag[32];
	if (inlen < 1 + NONCE + TAG || in[0] != KEYS_SEAL_VER || slot >= KEYS_P11_SLOTS)
		return KEYS_E_FORMAT;
	size_t alen = full_aad(aad, a), n = inlen - 1 - NONCE - TAG;
	int cacheable = k->cache && n == KEYS_SECRET_LEN;
	if (cacheable) {
		cache_tag(slot, a, alen, in, inlen, tag);
		pthread_mutex_lock(&k->mu);
		struct centry *e = cache_find(k, tag);
		int hit = e != NULL;
		if (hit) {
			memcpy(out, e->dek, KEYS_SECRET_LEN);
			e->stamp = ++k->clock;
		}
		pthread_mutex_unlock(&k->mu);
		if (hit) {
			atomic_fetch_add(&k->hits, 1);
			return 0;
		}
		atomic_fetch_add(&k->misses, 1);
	}
	CK_GCM_PARAMS p = {(CK_BYTE *)in + 1, NONCE, NONCE * 8, a, alen, TAG * 8};
	CK_MECHANISM m = {CKM_AES_GCM, &p, sizeof p};
	uint8_t buf[4096];
	CK_ULONG olen = sizeof buf;
	if (n > sizeof buf)
		return KEYS_E_FORMAT;
	pthread_mutex_lock(&k->mu);
	CK_RV rv = k->key[slot] == CK_INVALID_HANDLE ? CKR_KEY_HANDLE_INVALID
						     : k->fl->C_DecryptInit(k->s, &m, k->key[slot]);
	if (rv == CKR_OK)
		rv = k->fl->C_Decrypt(k->s, (CK_BYTE *)in + 1 + NONCE, n + TAG, buf, &olen);
	int ok = rv == CKR_OK && olen == n;
	if (ok) {
		memcpy(out, buf, n);
		if (cacheable) {
			struct centry *e = cache_find(k, tag);
			if (!e)
				e = cache_victim(k, tag);
			memcpy(e->tag, tag, 32);
			memcpy(e->dek, buf, KEYS_SECRET_LEN);
			e->used = 1;
			e->slot = (uint8_t)slot;
			e->stamp = ++k->clock;
		}
	}
	pthread_mutex_unlock(&k->mu);
	OPENSSL_cleanse(buf, sizeof buf);
	return ok ? 0 : KEYS_E_FORMAT;
}

void keys_p11_stats(keys_p11 *k, uint64_t *hits, uint64_t *misses, uint64_t *forgotten)
{
	*hits = atomic_load(&k->hits);
	*misses = atomic_load(&k->misses);
	*forgotten = atomic_load(&k->forgotten);
}
