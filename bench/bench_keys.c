/* bench_keys: the cost of opening a wrapped data key (a read's key work)
 * with a PKCS#11-held master key, with and without the data-key cache, and
 * with a file-held key (AES-256-GCM in OpenSSL, as the vault does).
 * Usage: SOFTHSM2_CONF=... bench_keys URI PIN_FILE [N]
 * (bench/keys_bench.py makes a token and runs it). Prints "name us_per_op". */
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "keys.h"

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double token_run(keys_p11 *k, const uint8_t *rec, size_t n)
{
	uint8_t dek[KEYS_SECRET_LEN];
	double t0 = now_s();
	for (size_t i = 0; i < n; i++)
		if (keys_p11_unseal(k, 0, "custos-dek|c-bench", rec, KEYS_SECRET_LEN + KEYS_SEAL_OVERHEAD,
				    dek)) {
			fprintf(stderr, "unseal failed\n");
			exit(1);
		}
	return (now_s() - t0) / (double)n * 1e6;
}

/* The file-held key's work per read: one AES-256-GCM open of 32 bytes. */
static double soft_run(size_t n)
{
	uint8_t key[32], iv[12], ct[32], tag[16], pt[32], aad[32] = "custos-dek|c-bench";
	EVP_CIPHER *gcm = EVP_CIPHER_fetch(NULL, "AES-256-GCM", NULL);
	int l = 0;
	RAND_bytes(key, sizeof key);
	RAND_bytes(iv, sizeof iv);
	RAND_bytes(pt, sizeof pt);
	EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
	EVP_EncryptInit_ex(c, gcm, NULL, key, iv);
	EVP_EncryptUpdate(c, NULL, &l, aad, sizeof aad);
	EVP_EncryptUpdate(c, ct, &l, pt, sizeof pt);
	EVP_EncryptFinal_ex(c, ct + l, &l);
	EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_GET_TAG, 16, tag);
	EVP_CIPHER_CTX_free(c);
	double t0 = now_s();
	for (size_t i = 0; i < n; i++) {
		c = EVP_CIPHER_CTX_new();
		int ok = EVP_DecryptInit_ex(c, gcm, NULL, key, iv) == 1 &&
			 EVP_DecryptUpdate(c, NULL, &l, aad, sizeof aad) == 1 &&
			 EVP_DecryptUpdate(c, pt, &l, ct, sizeof ct) == 1 &&
			 EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_SET_TAG, 16, tag) == 1 &&
			 EVP_DecryptFinal_ex(c, pt + l, &l) == 1;
		EVP_CIPHER_CTX_free(c);
		if (!ok)
			exit(1);
	}
	double us = (now_s() - t0) / (double)n * 1e6;
	EVP_CIPHER_free(gcm);
	return us;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: bench_keys URI PIN_FILE [N]\n");
		return 2;
	}
	size_t n = argc > 3 ? strtoul(argv[3], NULL, 10) : 2000;
	keys_p11 *cached = NULL, *plain = NULL;
	char err[300];
	if (keys_p11_open(argv[1], argv[2], 1, 1024, &cached, err, sizeof err) ||
	    keys_p11_open(argv[1], argv[2], 1, 0, &plain, err, sizeof err)) {
		fprintf(stderr, "bench_keys: %s\n", err);
		return 1;
	}
	uint8_t dek[KEYS_SECRET_LEN], rec[KEYS_SECRET_LEN + KEYS_SEAL_OVERHEAD];
	RAND_bytes(dek, sizeof dek);
	if (keys_p11_seal(plain, 0, "custos-dek|c-bench", dek, sizeof dek, rec))
		return 1;
	printf("file_key_open_us %.2f\n", soft_run(n * 10));
	printf("token_open_no_cache_us %.2f\n", token_run(plain, rec, n));
	printf("token_open_cached_us %.2f\n", token_run(cached, rec, n * 10));
	keys_p11_free(cached);
	keys_p11_free(plain);
	return 0;
}
