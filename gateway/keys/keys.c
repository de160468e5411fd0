/* keys: loads 32-byte secrets from base64 files into opaque, wiped-on-free
 * handles, and generates new key files (0600, never overwriting). */
#include "keys.h"

#include <errno.h>
#include <fcntl.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "b64.h"
#include "errbuf.h"
#include "errors.h"
#include "file.h"
#include "log.h"

#define KEYS_FILE_MAX 1024

struct keys_secret {
	uint8_t b[KEYS_SECRET_LEN];
};

const char *keys_strerror(int rc)
{
	return custos_strerror(rc);
}

int keys_from_bytes(const uint8_t *bytes, size_t n, keys_secret **out)
{
	if (!bytes || !out || n != KEYS_SECRET_LEN)
		return KEYS_E_FORMAT;
	keys_secret *k = malloc(sizeof *k);
	if (!k)
		return KEYS_E_NOMEM;
	memcpy(k->b, bytes, KEYS_SECRET_LEN);
	*out = k;
	return 0;
}

int keys_load_file(const char *path, keys_secret **out, char *err, size_t errsz)
{
	char *text = NULL;
	size_t len = 0;
	uint8_t raw[KEYS_SECRET_LEN + 16];
	int rc;

	*out = NULL;
	errbuf_clear(err, errsz);
	rc = file_read(path, KEYS_FILE_MAX, &text, &len);
	if (rc) {
		errbuf_set(err, errsz, "%s: %s", path,
			   rc == -EFBIG ? "larger than 1 KiB, not a key file" : strerror(-rc));
		rc = KEYS_E_IO;
		goto out;
	}
	struct stat st;
	if (stat(path, &st) == 0 && (st.st_mode & (S_IRWXG | S_IRWXO)))
		log_warn("key file is accessible by group or others; chmod 600 it", "path", path);
	int n = b64_decode(text, len, raw, sizeof raw);
	if (n != KEYS_SECRET_LEN) {
		errbuf_set(err, errsz, "%s: expected base64 of 32 random bytes", path);
		rc = KEYS_E_FORMAT;
		goto out;
	}
	rc = keys_from_bytes(raw, KEYS_SECRET_LEN, out);
	if (rc)
		errbuf_set(err, errsz, "%s: %s", path, keys_strerror(rc));
out:
	OPENSSL_cleanse(raw, sizeof raw);
	if (text) {
		OPENSSL_cleanse(text, len);
		free(text);
	}
	return rc;
}

const uint8_t *keys_secret_bytes(const keys_secret *k)
{
	return k ? k->b : NULL;
}

void keys_free(keys_secret *k)
{
	if (!k)
		return;
	OPENSSL_cleanse(k->b, sizeof k->b);
	free(k);
}

int keys_generate_file(const char *path)
{
	uint8_t raw[KEYS_SECRET_LEN];
	char b64[B64_ENCODED_SIZE(KEYS_SECRET_LEN) + 1];
	int rc = 0;
	int fd = -1;
	int created = 0;

	if (RAND_bytes(raw, sizeof raw) != 1) {
		rc = KEYS_E_RANDOM;
		goto out;
	}
	size_t n = b64_encode(raw, sizeof raw, b64);
	b64[n] = '\n';
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0) {
		rc = errno == EEXIST ? KEYS_E_EXISTS : KEYS_E_IO;
		goto out;
	}
	created = 1;
	size_t want = n + 1, done = 0;
	while (done < want) {
		ssize_t w = write(fd, b64 + done, want - done);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			rc = KEYS_E_IO;
			goto out;
		}
		done += (size_t)w;
	}
	if (fsync(fd) != 0)
		rc = KEYS_E_IO;
out:
	if (fd >= 0 && close(fd) != 0 && !rc)
		rc = KEYS_E_IO;
	if (rc && created)
		unlink(path); /* never leave a half-written key behind */
	OPENSSL_cleanse(raw, sizeof raw);
	OPENSSL_cleanse(b64, sizeof b64);
	return rc;
}
