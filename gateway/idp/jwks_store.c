/* jwks_store: write-temp, fsync, rename, fsync-dir persistence of the last
 * good JWKS per issuer (see jwks_store.h). */
#include "jwks_store.h"

#include "errbuf.h"
#include "file.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The issuer name is a config section name; checked again here because it
 * becomes part of a path. */
static int name_ok(const char *name)
{
	size_t n = name ? strlen(name) : 0;
	if (n == 0 || n > 64)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char c = name[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '_' || c == '-' || c == '.'))
			return 0;
	}
	return 1;
}

static int file_path(char *out, size_t outsz, const char *dir, const char *name, const char *suffix)
{
	int n = snprintf(out, outsz, "%s/issuer-%s.json%s", dir, name, suffix);
	return n > 0 && (size_t)n < outsz ? 0 : -1;
}

int jwks_store_init(const char *dir, char *err, size_t errsz)
{
	if (mkdir(dir, 0700) != 0 && errno != EEXIST)
		return errbuf_fail(err, errsz, JWKS_STORE_IO, "cannot create %s: %s", dir,
				   strerror(errno));
	return 0;
}

static int write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

int jwks_store_save(const char *dir, const char *name, const char *iss, const char *source,
		    time_t fetched_at, const char *jwks, size_t len, char *err, size_t errsz)
{
	char path[4096], tmp[4200];
	char *text = NULL;
	int fd = -1, rc = JWKS_STORE_IO;
	if (!name_ok(name))
		return errbuf_fail(err, errsz, JWKS_STORE_BAD,
				   "issuer name not usable in a file name");
	if (file_path(path, sizeof path, dir, name, "") ||
	    file_path(tmp, sizeof tmp, dir, name, ".tmp"))
		return errbuf_fail(err, errsz, JWKS_STORE_IO, "path too long");
	json_t *doc = json_pack("{s:s, s:s, s:I, s:s%}", "iss", iss, "source", source ? source : "",
				"fetched_at", (json_int_t)fetched_at, "jwks", jwks, len);
	if (doc)
		text = json_dumps(doc, JSON_COMPACT);
	json_decref(doc);
	if (!text) {
		errbuf_fail(err, errsz, rc,
			    "cannot encode (out of memory, or the JWKS is not UTF-8)");
		goto out;
	}
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0 || write_all(fd, text, strlen(text)) != 0 || write_all(fd, "\n", 1) != 0 ||
	    fsync(fd) != 0) {
		errbuf_fail(err, errsz, rc, "cannot write %s: %s", tmp, strerror(errno));
		goto out;
	}
	if (close(fd) != 0) {
		fd = -1;
		errbuf_fail(err, errsz, rc, "cannot write %s: %s", tmp, strerror(errno));
		goto out;
	}
	fd = -1;
	if (rename(tmp, path) != 0) {
		errbuf_fail(err, errsz, rc, "cannot rename %s: %s", tmp, strerror(errno));
		goto out;
	}
	/* The rename is durable once the directory is. */
	int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
	rc = 0;
out:
	if (fd >= 0)
		close(fd);
	if (rc)
		unlink(tmp);
	free(text);
	return rc;
}

int jwks_store_load(const char *dir, const char *name, const char *iss, char **jwks, size_t *len,
		    time_t *fetched_at, char *err, size_t errsz)
{
	char path[4096];
	char *buf = NULL;
	size_t blen = 0;
	json_error_t jerr;
	int rc = JWKS_STORE_BAD;
	*jwks = NULL;
	*len = 0;
	if (!name_ok(name) || file_path(path, sizeof path, dir, name, ""))
		return errbuf_fail(err, errsz, JWKS_STORE_BAD,
				   "issuer name not usable in a file name");
	int e = file_read(path, JWKS_STORE_MAX, &buf, &blen);
	if (e == -ENOENT)
		return JWKS_STORE_NONE;
	if (e)
		return errbuf_fail(err, errsz, JWKS_STORE_BAD, "%s: %s", path, strerror(-e));
	json_t *doc = json_loadb(buf, blen, JSON_REJECT_DUPLICATES, &jerr);
	free(buf);
	const char *siss = json_string_value(json_object_get(doc, "iss"));
	const json_t *jj = json_object_get(doc, "jwks");
	const json_t *jt = json_object_get(doc, "fetched_at");
	if (!json_is_object(doc) || !siss || !json_is_string(jj) || !json_is_integer(jt) ||
	    json_integer_value(jt) <= 0) {
		errbuf_fail(err, errsz, rc, "%s: not a stored JWKS%s%s", path, doc ? "" : ": ",
			    doc ? "" : jerr.text);
		goto out;
	}
	if (strcmp(siss, iss) != 0) {
		errbuf_fail(err, errsz, rc, "%s: kept for another iss (%.200s)", path, siss);
		goto out;
	}
	size_t n = json_string_length(jj);
	char *copy = malloc(n + 1);
	if (!copy) {
		errbuf_fail(err, errsz, rc, "out of memory");
		goto out;
	}
	memcpy(copy, json_string_value(jj), n);
	copy[n] = '\0';
	*jwks = copy;
	*len = n;
	*fetched_at = (time_t)json_integer_value(jt);
	rc = 0;
out:
	json_decref(doc);
	return rc;
}
