/* phonemeta: libphonenumber's numbering-plan metadata (the
 * PhoneMetadataCollection the library itself embeds) compiled once per
 * process to PCRE2 JIT patterns, so that the redactor can decide thousands of
 * phone candidates per megabyte: a check costs about a microsecond where the
 * library's own IsValidNumber costs 15-70 (ICU regular expressions).
 *
 * It follows the library's rules: a number is valid for a region when its
 * national significant number matches the region's general description and
 * one line-type description (fixed line, mobile, toll free, ...), each with
 * its possible lengths; the national prefix is stripped as the region's
 * national_prefix_for_parsing and transform rule say. The unit test
 * test_phonenum.c checks that this agrees with phonenum_check (the library's
 * own Parse and IsValidNumber) on every corpus phone and on look-alikes.
 *
 * Thread-safe: the tables are built once (pthread_once) and read-only after;
 * each call uses its own match data. Digits are ASCII '0'-'9'. */
#ifndef CUSTOS_PHONEMETA_H
#define CUSTOS_PHONEMETA_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

enum phonemeta_status {
	PHONEMETA_INVALID = 0,
	PHONEMETA_VALID = 1,
	PHONEMETA_LOCAL_ONLY = 2, /* a possible local-only length (US 555-0123) */
	PHONEMETA_EINTERNAL = -1  /* the metadata could not be loaded */
};

/* Loads the tables (also done by the first check). 0 or PHONEMETA_EINTERNAL. */
int phonemeta_init(void);

/* digits d[0..n) follow an international prefix ("+" or "00"): a country
 * calling code (1-3 digits), then the national number, possibly with its
 * national (trunk) prefix. *cc_len (may be NULL) gets the code's length. */
int phonemeta_check_intl(const char *d, size_t n, size_t *cc_len);

/* digits d[0..n) as dialled inside region (ISO 3166 alpha-2, e.g. "ES"). */
int phonemeta_check_national(const char *region, const char *d, size_t n);

/* Whether the number the last check of this thread found valid is of a
 * type whose numbers are a firm's, not a person's: toll free, premium
 * rate, shared cost or a universal access number (UAN), as libphonenumber's
 * GetNumberType would say. */
int phonemeta_firm(void);

/* The country calling code of region, 0 when unknown. */
int phonemeta_country_code(const char *region);

#ifdef __cplusplus
}
#endif

#endif
