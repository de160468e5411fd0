/* audit_export: the JSON-lines copy of every durable entry ([audit] export),
 * ASCII only, reopened on SIGHUP. */
#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "audit_int.h"
#include "codec.h"
#include "db_lmdb.h"
#include "errbuf.h"
#include "errors.h"
#include "fault.h"
#include "hex.h"
#include "log.h"
#include "timefmt.h"

/* ---------- export ---------- */

int aud_export_open_locked(audit *a)
{
	if (a->export_fd >= 0) {
		close(a->export_fd);
		a->export_fd = -1;
	}
	a->export_fd = open(a->export_path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
	return a->export_fd < 0 ? -errno : 0;
}

static int write_all(int fd, const char *buf, size_t len)
{
	while (len) {
		ssize_t w = write(fd, buf, len);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return -errno;
		if (w == 0)
			return -EIO;
		buf += w;
		len -= (size_t)w;
	}
	return 0;
}

/* The canonical bytes of one entry with every non-ASCII character written as
 * a \uXXXX escape (a surrogate pair above U+FFFF), as JSON_ENSURE_ASCII does:
 * readers that split lines on U+2028, U+2029 or U+0085 (JavaScript, Python's
 * str.splitlines) then see one entry per line. The input is jansson's output,
 * so valid UTF-8 whose non-ASCII bytes all sit inside strings. Writes into
 * out (NULL: only measures) and returns the length. */
static size_t ascii_escape(const char *in, size_t n, char *out)
{
	static const char hexd[] = "0123456789abcdef";
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)in[i];
		if (c < 0x80) {
			if (out)
				out[o] = (char)c;
			o++;
			i++;
			continue;
		}
		size_t k = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
		unsigned long cp = c & (k == 4 ? 0x07 : k == 3 ? 0x0f : 0x1f);
		for (size_t j = 1; j < k && i + j < n; j++)
			cp = (cp << 6) | ((unsigned char)in[i + j] & 0x3f);
		i += k;
		unsigned long units[2] = {cp, 0};
		size_t nu = 1;
		if (cp > 0xffff) {
			cp -= 0x10000;
			units[0] = 0xd800 | (cp >> 10);
			units[1] = 0xdc00 | (cp & 0x3ff);
			nu = 2;
		}
		for (size_t u = 0; u < nu; u++) {
			if (out) {
				out[o] = '\\';
				out[o + 1] = 'u';
				for (int h = 0; h < 4; h++)
					out[o + 2 + h] = hexd[(units[u] >> (12 - 4 * h)) & 0xf];
			}
			o += 6;
		}
	}
	return o;
}

/* Writer: appends one line per durable entry, ASCII only (ascii_escape).
 * Failures are logged once per episode and counted; a torn tail is cut back
 * so lines stay whole. */
void aud_export_batch(audit *a, struct item **batch, size_t n)
{
	if (!a->export_path)
		return;
	size_t total = 0, lines = 0;
	for (size_t i = 0; i < n; i++) {
		if (batch[i]->rc == 0 && batch[i]->stored) {
			total += ascii_escape(batch[i]->stored, batch[i]->stored_len, NULL) + 1;
			lines++;
		}
	}
	if (!lines)
		return;
	char *buf = malloc(total);
	int err = 0;
	pthread_mutex_lock(&a->export_mu);
	if (!buf) {
		err = -ENOMEM;
		goto out;
	}
	size_t off = 0;
	for (size_t i = 0; i < n; i++) {
		if (batch[i]->rc == 0 && batch[i]->stored) {
			off += ascii_escape(batch[i]->stored, batch[i]->stored_len, buf + off);
			buf[off++] = '\n';
		}
	}
	if (a->export_fd < 0) {
		err = -EBADF;
		goto out;
	}
	off_t before = lseek(a->export_fd, 0, SEEK_END);
	err = write_all(a->export_fd, buf, total);
	if (err && before >= 0 && ftruncate(a->export_fd, before) != 0) {
		/* Nothing more to do: the failure is already counted below. */
	}
out:
	if (err) {
		a->n_export_failures += lines;
		if (!a->export_failing)
			log_error("audit: export write failed", "path", a->export_path, "error",
				  strerror(-err));
		a->export_failing = 1;
	} else if (a->export_failing) {
		a->export_failing = 0;
		log_info("audit: export writing again", "path", a->export_path);
	}
	pthread_mutex_unlock(&a->export_mu);
	free(buf);
}

int audit_reopen_export(audit *a)
{
	if (!a)
		return AUDIT_E_INVALID;
	if (!a->export_path)
		return 0;
	pthread_mutex_lock(&a->export_mu);
	int err = aud_export_open_locked(a);
	if (err) {
		a->n_export_failures++;
		a->export_failing = 1;
		log_error("audit: cannot reopen export", "path", a->export_path, "error",
			  strerror(-err));
	}
	pthread_mutex_unlock(&a->export_mu);
	return err ? AUDIT_E_IO : 0;
}
