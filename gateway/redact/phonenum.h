/* phonenum: a C interface to libphonenumber (Google's numbering-plan
 * metadata, Debian libphonenumber-dev, C++) so that the redactor can let
 * PCRE2 find phone-number candidates fast and have the numbering plans decide.
 *
 * Every call is thread-safe: the library's PhoneNumberUtil singleton is made
 * once (pthread_once) and only its const methods are called afterwards. No C++
 * exception crosses this interface: any exception (std::bad_alloc, ...) is
 * caught and reported as PHONENUM_EINTERNAL. Nothing is allocated that the
 * caller must free; results are written into the caller's struct. */
#ifndef CUSTOS_PHONENUM_H
#define CUSTOS_PHONENUM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PHONENUM_MAX_INPUT 128  /* bytes per candidate (number + extension) */

/* Return values of phonenum_check. */
enum phonenum_status {
	PHONENUM_INVALID = 0,     /* not a number of any plan (or unparsable) */
	PHONENUM_VALID = 1,       /* a valid number of its region's plan */
	PHONENUM_LOCAL_ONLY = 2,  /* dialable only inside an area (US 555-0123) */
	PHONENUM_EINVAL = -1,     /* NULL argument, or region not 2 letters */
	PHONENUM_ETOOBIG = -2,    /* candidate longer than PHONENUM_MAX_INPUT */
	PHONENUM_EINTERNAL = -3   /* the library threw (e.g. out of memory) */
};

/* Line types as libphonenumber classifies a valid number. */
enum phonenum_type {
	PHONENUM_T_UNKNOWN = 0,
	PHONENUM_T_FIXED_LINE,
	PHONENUM_T_MOBILE,
	PHONENUM_T_FIXED_OR_MOBILE,  /* NANP: cannot be told apart */
	PHONENUM_T_TOLL_FREE,
	PHONENUM_T_PREMIUM_RATE,
	PHONENUM_T_SHARED_COST,
	PHONENUM_T_VOIP,
	PHONENUM_T_PERSONAL,
	PHONENUM_T_PAGER,
	PHONENUM_T_UAN,
	PHONENUM_T_VOICEMAIL
};

struct phonenum_result {
	int country_code;         /* e.g. 34; 0 when the candidate did not parse */
	enum phonenum_type type;  /* PHONENUM_T_UNKNOWN unless VALID */
	char region[4];           /* "ES", "001" (non-geographic); "" when unknown */
	char e164[20];            /* "+34612345678"; "" when it did not parse */
	char extension[16];       /* "45" from "... ext. 45"; "" when none */
};

/* Parses the len bytes at candidate (UTF-8, need not be NUL-terminated; a
 * leading '+' or international prefix names the country, otherwise the
 * number is read as a national number of default_region, an ISO 3166 alpha-2
 * code such as "ES", or "ZZ"/NULL for "only international numbers") and
 * checks it against the numbering plan. Full-width digits, spaces (also
 * NBSP), dots, dashes, slashes and parentheses are accepted as written by
 * people; a trailing extension ("ext. 45", "x45", "#45") is split off.
 *
 * Returns PHONENUM_VALID, PHONENUM_LOCAL_ONLY or PHONENUM_INVALID and fills
 * *out (when out is not NULL; it is zeroed first); or a negative error
 * (EINVAL, ETOOBIG, EINTERNAL), *out then zeroed. A redactor that must fail
 * closed treats a negative return as "possibly a phone number". */
int phonenum_check(const char *candidate, size_t len, const char *default_region,
                   struct phonenum_result *out);

/* Tries phonenum_check with each region of regions[0..n) in turn and returns
 * the first PHONENUM_VALID (or, failing that, the first LOCAL_ONLY) result;
 * for a candidate whose language or sender's country names several plausible
 * plans. Same errors. */
int phonenum_check_any(const char *candidate, size_t len, const char *const *regions,
                       size_t n, struct phonenum_result *out);

/* Static name of a line type ("mobile", "fixed_line", ...). */
const char *phonenum_type_name(enum phonenum_type t);

/* Static English text for a negative return value. */
const char *phonenum_strerror(int rc);

#ifdef __cplusplus
}
#endif

#endif
