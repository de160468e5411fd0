/* file: capped whole-file reads and relative paths. */
#include "file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int file_read(const char *path, size_t max, char **out, size_t *len)
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

char *file_path_relative(const char *base_file, const char *rel)
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
