/* redact: find personal data in message text and replace it with typed
 * placeholders: [EMAIL], [PHONE], [CARD], [IBAN], [IP], [SSN], [ID] (national
 * identifiers), [SECRET] (credentials), [NAME] (people), [ADDRESS], [DOB],
 * and [NAME] upper-cased for an operator-configured type "name".
 *
 * One JIT-compiled PCRE2 pattern finds candidates of every built-in type in
 * one pass; each candidate is decided by its type's detector (Luhn and issuer
 * ranges, mod-97, national-id checksums, libphonenumber's numbering-plan
 * metadata, context words, the name gazetteer), called from inside the match.
 * Overlaps: the earliest-starting span wins; at the same start the longest; at
 * equal length the first of secret, email, iban, card, ssn, gov_id, ip, dob,
 * phone, address, person, then the custom types in configuration order.
 * docs/REDACTION.md describes every type, its formats and limits.
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
 * (1 << t) of a mask. REDACT_SSN is the US Social Security number, a subtype
 * of the national identifiers (REDACT_GOV_ID) kept apart so that policies
 * written when "ssn" was the only identifier type keep their meaning. */
enum redact_type {
  REDACT_EMAIL = 0,
  REDACT_PHONE = 1,
  REDACT_CARD = 2,
  REDACT_IBAN = 3,
  REDACT_IP = 4,
  REDACT_SSN = 5,
  REDACT_GOV_ID = 6,
  REDACT_SECRET = 7,
  REDACT_PERSON = 8,
  REDACT_ADDRESS = 9,
  REDACT_DOB = 10,
  REDACT_CUSTOM0 = 11
};
#define REDACT_NBUILTIN 11
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
 * name and not "pii" (redact_name_check); its placeholder is the name
 * upper-cased in brackets.
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

/* Checks a custom type name against the one naming rule: 1-32 bytes of
 * [a-z0-9_] starting with a letter, not a built-in type name, not "pii".
 * Returns 0, or REDACT_ENAME with a one-line reason in why (whysz > 0). */
int redact_name_check(const char *name, char *why, size_t whysz);

/* Checks a custom pattern as redact_create would compile it (PCRE2, UTF,
 * at most REDACT_MAX_PATTERN bytes). Returns 0, or REDACT_EPATTERN with
 * the PCRE2 message and offset in why (whysz > 0). */
int redact_pattern_check(const char *pattern, char *why, size_t whysz);

/* Mask of the types named in names[0..n) (as in a decision's hidden set:
 * "email", "phone", "card", "iban", "ip", "ssn", "gov_id", "secret",
 * "person", "address", "dob" or a custom name). Names map one to one: "ssn"
 * is the SSN type only (policies widen "gov_id" to include it). "pii" is not
 * a text type and is ignored here. Errors: EINVAL, EUNKNOWN (*mask is then
 * 0). */
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

/* Reference implementation of redact_find: one separate scan per type family
 * with that family's own pattern (and per custom pattern), every candidate
 * collected, then the same overlap rule. Slower; kept to cross-check the
 * combined scan in tests and the fuzz target, and as the bench baseline. */
int redact_find_multipass(const redactor *r, const char *text, size_t len,
                          redact_span **spans, size_t *n);

/* Number of types of r (REDACT_NBUILTIN + custom count). */
unsigned redact_type_count(const redactor *r);

/* Name of type t ("email", ..., or the custom name); borrowed from r, valid
 * until redact_free. NULL when t is out of range. */
const char *redact_type_name(const redactor *r, unsigned t);

/* Placeholder of type t ("[EMAIL]", "[ID]" for gov_id, "[NAME]" for person,
 * "[ORDER_ID]" for a custom "order_id"); borrowed like redact_type_name. */
const char *redact_type_placeholder(const redactor *r, unsigned t);

/* Frees the calling thread's match data and JIT stack now instead of at
 * thread exit. Optional; the next call on this thread recreates them. */
void redact_thread_cleanup(void);

/* Static English text for a redact_err code. */
const char *redact_strerror(int rc);

#endif
