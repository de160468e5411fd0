/* file: reading small files whole, with a cap, and paths relative to a
 * configuration file.
 * What is returned is the caller's to free; any thread. */
#ifndef CUSTOS_FILE_H
#define CUSTOS_FILE_H

#include <stddef.h>

/* Reads the regular file at path into a new NUL-terminated buffer (*out,
 * owned by the caller, free()), at most max bytes. Returns 0, a negated
 * errno (-ENOENT, -EACCES, ..., -EINVAL when not a regular file) or -EFBIG
 * when the file is larger than max. *len may be NULL. */
int file_read(const char *path, size_t max, char **out, size_t *len);

/* rel joined to the directory of base_file unless rel is absolute (or
 * base_file is NULL or has no directory). A new string (caller frees), or
 * NULL when rel is NULL or out of memory. */
char *file_path_relative(const char *base_file, const char *rel);

#endif
