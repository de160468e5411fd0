/* names_data: the name gazetteer embedded at build time from
 * gateway/redact/gazetteer/{given,surnames}.txt, romanized_*.txt and
 * common_*.txt (see
 * gazetteer/README.md for source
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
/* romanized_{given,surnames}.txt: names the faker locales carry only in
 * their own scripts or with diacritics (pinyin, Hepburn, Vietnamese without
 * marks...), written by hand; same shape. */
extern const unsigned char redact_data_rgiven[];
extern const size_t redact_data_rgiven_len;
extern const unsigned char redact_data_rsurnames[];
extern const size_t redact_data_rsurnames_len;
/* common_{given,surnames}.txt: names people of many cultures bear that
 * faker's locales miss (older-generation and regional names), written by
 * hand; same shape. */
extern const unsigned char redact_data_cgiven[];
extern const size_t redact_data_cgiven_len;
extern const unsigned char redact_data_csurnames[];
extern const size_t redact_data_csurnames_len;
/* more_{given,surnames}.txt: the names of two more fake-data libraries
 * (FakerPHP and Ruby Faker, as Debian ships them) that none of the lists
 * above holds and that are no ordinary word or place (extract-more.py);
 * same shape. */
extern const unsigned char redact_data_mgiven[];
extern const size_t redact_data_mgiven_len;
extern const unsigned char redact_data_msurnames[];
extern const size_t redact_data_msurnames_len;

#endif
