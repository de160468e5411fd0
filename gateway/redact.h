/* redact: find personal data in message text and replace it with typed
 * placeholders ([EMAIL], [PHONE], [CARD], [IBAN], [IP], [SSN], [NAME] for an
 * operator-configured type "name").
 *
 * The built-in types are one combined PCRE2 pattern, JIT-compiled, scanned
 * once per message; candidates are checked by validators (Luhn and issuer
 * ranges for cards, mod-97 and country length for IBANs, octets for IPv4,
 * inet_pton for IPv6, area/group/serial for SSNs, digit counts for phones)
 * from inside the match (callouts), so a failed candidate lets the scan go on.
 * Overlaps: the earliest-starting match wins; at the same start the longest;
 * at equal length the first of email, iban, card, ssn, ip, phone, then the
 * custom types in configuration order.
 *
 * A redactor is immutable after redact_create and may be shared by any number
 * of threads; per-thread match data and JIT stacks live in thread-specific
 * storage (freed at thread exit, or early with redact_thread_cleanup). */
#ifndef CUSTOS_REDACT_H
#define CUSTOS_REDACT_H

#include <stddef.h>
#include <stdint.h>

#define REDACT_MAX_CUSTOM 32          /* custom patterns per redactor */
#define REDACT_MAX_PATTERN 512        /* bytes per custom pattern */
#define REDACT_MAX_NAME 32            /* bytes per custom type name */
#define REDACT_MAX_INPUT (1u << 20)   /* bytes per message: 1 MiB */

/* Built-in type numbers; custom type i is REDACT_CUSTOM0 + i. Type t is bit
 * (1 << t) of a mask. */
enum redact_type {
  REDACT_EMAIL = 0,
  REDACT_PHONE = 1,
  REDACT_CARD = 2,
  REDACT_IBAN = 3,
  REDACT_IP = 4,
  REDACT_SSN = 5,
  REDACT_CUSTOM0 = 6
};
#define REDACT_NBUILTIN 6
#define REDACT_MAX_TYPES (REDACT_NBUILTIN + REDACT_MAX_CUSTOM)
#define REDACT_MASK_BUILTIN ((UINT64_C(1) << REDACT_NBUILTIN) - 1)
#define REDACT_MASK_ALL (~UINT64_C(0))

enum redact_err {
  REDACT_OK = 0,
  REDACT_EINVAL = -1,     /* bad argument (NULL, ncustom with NULL array) */
  REDACT_ENOMEM = -2,
  REDACT_ETOOBIG = -3,    /* message longer than REDACT_MAX_INPUT */
  REDACT_EUTF8 = -4,      /* message is not valid UTF-8 */
  REDACT_EPATTERN = -5,   /* custom pattern too long or does not compile */
  REDACT_ETOOMANY = -6,   /* more than REDACT_MAX_CUSTOM custom patterns */
  REDACT_ENAME = -7,      /* custom name malformed, reserved or duplicated */
  REDACT_EUNKNOWN = -8,   /* redact_type_mask: a name that is no type */
  REDACT_EMATCH = -9,     /* PCRE2 failed mid-scan (match/depth limit, JIT stack) */
  REDACT_EINTERNAL = -10  /* a built-in pattern did not compile (a bug) */
};

typedef struct redactor redactor;

/* An operator-configured type. name: [a-z][a-z0-9_]{0,31}, not a built-in
 * name and not "pii"; its placeholder is the name upper-cased in brackets.
 * pattern: PCRE2 syntax, UTF mode, at most REDACT_MAX_PATTERN bytes. */
typedef struct redact_custom {
  const char *name;
  const char *pattern;
} redact_custom;

/* Spans replaced per type by one redact_apply call (detected spans of types
 * outside the mask are left as they are and not counted). */
typedef struct redact_stats {
  size_t count[REDACT_MAX_TYPES];
  size_t total;
} redact_stats;

/* One detected span: bytes [start, end) of the input, of type `type`. */
typedef struct redact_span {
  size_t start;
  size_t end;
  unsigned type;
} redact_span;

/* Compiles the built-in patterns and the ncustom custom ones (copied: the
 * caller's strings may go away). On success *out is a new redactor (free with
 * redact_free). On error *out is NULL and err (if errsz > 0) holds one line
 * naming the problem, for a custom pattern with its name and the PCRE2 message
 * and offset. Errors: EINVAL, ENOMEM, ETOOMANY, ENAME, EPATTERN, EINTERNAL. */
int redact_create(redactor **out, const redact_custom *custom, size_t ncustom,
                  char *err, size_t errsz);

/* Frees a redactor; NULL is fine. No redact_* call on r may be running. */
void redact_free(redactor *r);

/* Mask of the types named in names[0..n) (as in a policy's redact set:
 * "email", "phone", "card", "iban", "ip", "ssn" or a custom name). "pii" is
 * not a text type and is ignored here. Errors: EINVAL, EUNKNOWN (*mask is
 * then 0). */
int redact_type_mask(const redactor *r, const char *const *names, size_t n,
                     uint64_t *mask);

/* Replaces every detected span whose type is in mask with its placeholder.
 * text need not be NUL-terminated. On success *out is a new NUL-terminated
 * string of *outlen bytes (caller frees with free()); st, when not NULL, is
 * overwritten with counts. Spans of types outside the mask are still detected
 * (an IBAN is not half-redacted as a phone when only phones are masked) but
 * kept verbatim. Errors: EINVAL, ETOOBIG, EUTF8, ENOMEM, EMATCH; *out is then
 * NULL. Thread-safe. */
int redact_apply(const redactor *r, const char *text, size_t len, uint64_t mask,
                 char **out, size_t *outlen, redact_stats *st);

/* Detects spans without replacing: *spans is a new array of *n spans in
 * ascending, non-overlapping order (caller frees; NULL when *n is 0).
 * Same errors as redact_apply. Thread-safe. */
int redact_find(const redactor *r, const char *text, size_t len,
                redact_span **spans, size_t *n);

/* Reference implementation of redact_find: one separate scan per type with
 * that type's own pattern, then the same overlap rule. Slower; kept to
 * cross-check the combined scan in tests and as the bench baseline. */
int redact_find_multipass(const redactor *r, const char *text, size_t len,
                          redact_span **spans, size_t *n);

/* Number of types of r (REDACT_NBUILTIN + custom count). */
unsigned redact_type_count(const redactor *r);

/* Name of type t ("email", ..., or the custom name); borrowed from r, valid
 * until redact_free. NULL when t is out of range. */
const char *redact_type_name(const redactor *r, unsigned t);

/* Frees the calling thread's match data and JIT stack now instead of at
 * thread exit. Optional; the next call on this thread recreates them. */
void redact_thread_cleanup(void);

/* Static English text for a redact_err code. */
const char *redact_strerror(int rc);

#endif
