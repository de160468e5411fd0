/* names_data: the name gazetteer embedded at build time from
 * gateway/redact/gazetteer/{given,surnames}.txt (see data/README.md for source
 * and license; cmake/embed.cmake makes the arrays).
 *
 * Each array holds the file's bytes: UTF-8, one name per line, each line
 * ending in '\n', lines sorted by bytes; then one NUL (not counted in _len),
 * so the whole list is also a C string. Read-only, static storage: share
 * freely between threads, never free. */
#ifndef CUSTOS_NAMES_DATA_H
#define CUSTOS_NAMES_DATA_H

#include <stddef.h>

extern const unsigned char redact_data_given[];
extern const size_t redact_data_given_len;
extern const unsigned char redact_data_surnames[];
extern const size_t redact_data_surnames_len;

#endif
