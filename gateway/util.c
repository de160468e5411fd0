/* util: capped file reads, hex, time and path helpers. */
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

int util_read_file(const char *path, size_t max, char **out, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	struct stat st;
	if (fstat(fd, &st) != 0) {
		int e = -errno;
		close(fd);
		return e;
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		return -EINVAL;
	}
	if ((size_t)st.st_size > max) {
		close(fd);
		return -EFBIG;
	}
	char *buf = malloc((size_t)st.st_size + 1);
	if (!buf) {
		close(fd);
		return -ENOMEM;
	}
	size_t got = 0;
	while (got < (size_t)st.st_size) {
		ssize_t r = read(fd, buf + got, (size_t)st.st_size - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	close(fd);
	buf[got] = '\0';
	*out = buf;
	if (len)
		*len = got;
	return 0;
}

void util_hex(const uint8_t *in, size_t n, char *out)
{
	static const char digits[] = "0123456789abcdef";
	for (size_t i = 0; i < n; i++) {
		out[2 * i] = digits[in[i] >> 4];
		out[2 * i + 1] = digits[in[i] & 15];
	}
	out[2 * n] = '\0';
}

void util_time_rfc3339_ms(char *out, size_t outsz)
{
	struct timeval tv;
	struct tm tm;
	gettimeofday(&tv, NULL);
	gmtime_r(&tv.tv_sec, &tm);
	size_t n = strftime(out, outsz, "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(out + n, outsz - n, ".%03dZ", (int)(tv.tv_usec / 1000));
}

void util_time_rfc3339(time_t t, char *out, size_t outsz)
{
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, outsz, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* Two ASCII digits at p (never reads past a NUL). 0 and *v, or -1. */
static int two_digits(const char *p, int *v)
{
	if (p[0] < '0' || p[0] > '9' || p[1] < '0' || p[1] > '9')
		return -1;
	*v = (p[0] - '0') * 10 + (p[1] - '0');
	return 0;
}

int util_parse_rfc3339(const char *s, time_t *out)
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	const char *p = strptime(s, "%Y-%m-%dT%H:%M:%S", &tm);
	if (!p)
		return -1;
	if (*p == '.') {
		p++;
		if (*p < '0' || *p > '9')
			return -1;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	long off = 0;
	if (*p == 'Z' || *p == 'z') {
		p++;
	} else if (*p == '+' || *p == '-') {
		/* Exactly "hh:mm": sscanf("%2d") took "+5:3" or " -1:00" and the
		 * fixed step below then read past the end of the string. */
		int sign = *p == '-' ? -1 : 1;
		int hh, mm;
		if (two_digits(p + 1, &hh) || p[3] != ':' || two_digits(p + 4, &mm) ||
		    hh > 23 || mm > 59)
			return -1;
		off = sign * (hh * 3600L + mm * 60L);
		p += 6;
	} else {
		return -1;
	}
	if (*p)
		return -1;
	time_t t = timegm(&tm);
	if (t == (time_t)-1)
		return -1;
	*out = t - off;
	return 0;
}

uint64_t util_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

char *util_path_relative_to(const char *base_file, const char *rel)
{
	if (!rel)
		return NULL;
	if (rel[0] == '/' || !base_file)
		return strdup(rel);
	const char *slash = strrchr(base_file, '/');
	if (!slash)
		return strdup(rel);
	size_t dlen = (size_t)(slash - base_file);
	size_t rlen = strlen(rel);
	char *p = malloc(dlen + 1 + rlen + 1);
	if (!p)
		return NULL;
	memcpy(p, base_file, dlen);
	p[dlen] = '/';
	memcpy(p + dlen + 1, rel, rlen + 1);
	return p;
}

int util_base64_decode(const char *in, size_t inlen, uint8_t *out, size_t outsz)
{
	/* Strip whitespace and compute padding ourselves: EVP_DecodeBlock keeps
	 * pad bytes in its count. */
	char *clean = malloc(inlen + 4);
	if (!clean)
		return -1;
	size_t n = 0;
	for (size_t i = 0; i < inlen; i++) {
		char c = in[i];
		if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
			continue;
		clean[n++] = c;
	}
	size_t pad = 0;
	while (n > 0 && clean[n - 1] == '=') {
		n--;
		pad++;
	}
	if (pad > 2 || n % 4 == 1) {
		free(clean);
		return -1;
	}
	size_t full = n;
	while (full % 4)
		clean[full++] = '=';
	size_t need = full / 4 * 3;
	uint8_t *tmp = malloc(need + 1);
	if (!tmp) {
		free(clean);
		return -1;
	}
	int r = EVP_DecodeBlock(tmp, (const unsigned char *)clean, (int)full);
	free(clean);
	if (r < 0) {
		free(tmp);
		return -1;
	}
	size_t real = full / 4 * 3 - (full - n);
	if (real > outsz) {
		OPENSSL_cleanse(tmp, need);
		free(tmp);
		return -1;
	}
	memcpy(out, tmp, real);
	OPENSSL_cleanse(tmp, need);
	free(tmp);
	return (int)real;
}
