/* redact_int: internals shared by the redactor's files (engine, families,
 * validators). Not part of the interface: only gateway/redact/ includes it.
 *
 * The scan: every family (email, phone, ...) contributes PCRE2 fragments.
 * The engine joins all fragments into one JIT-compiled pattern; each
 * fragment ends in a callout whose number names it, and the callout runs
 * the fragment's detector on the matched text. A detector decides (checksums,
 * numbering plans, context words) and writes the spans it found, which may
 * differ from the match: a phone candidate trimmed to its valid part, an
 * e-mail found at its '@' reaching back to its local part, a name after a
 * greeting. Fragments are atomic, so each is tried at most once per start. */
#ifndef CUSTOS_REDACT_INT_H
#define CUSTOS_REDACT_INT_H

#include <stddef.h>
#include <stdint.h>

#include "redact.h"

/* A detector may report spans starting at most this many bytes before the
 * match that found them (an e-mail found at its '@'). The scan finalises a
 * candidate once no later match can report one starting before it. */
#define RX_LOOKBACK 192u
/* Spans one detector call may report. */
#define RX_MAX_OUT 8u

/* ---- fragments ---------------------------------------------------------- */

/* Where a fragment may start. RX_WORD: only at a word start (not after a
 * letter, digit or '_', ASCII or a two-byte UTF-8 letter); the engine adds
 * that guard and skips whole words in one step. RX_ANY: the fragment brings
 * its own guard and must start with a byte that is no word character
 * ('@', '+', '(', '-', a full-width form...). */
enum rx_where { RX_WORD, RX_ANY };

/* Families group fragments; each family is also scanned alone by
 * redact_find_multipass (the one-scan-per-family reference). */
enum rx_family {
	F_EMAIL, F_PHONE, F_CARD, F_IBAN, F_IP, F_GOV, F_SECRET, F_PERSON, F_ADDRESS,
	F_DOB, F_COUNT
};

struct rx_out {
	size_t start, end;
	unsigned type;
};

struct phone_memo;

/* What a detector sees and fills. text[0..len) is the whole (valid UTF-8)
 * message; [ms, me) the fragment's match. */
struct rx_ctx {
	const char *text;
	size_t len;
	size_t ms, me;
	struct rx_out out[RX_MAX_OUT];
	unsigned nout;
	struct phone_memo *phones; /* per-call memo of phone verdicts (may be NULL) */
};

/* Returns the number of spans written with rx_emit (0 rejects the match). */
typedef unsigned (*rx_detect_fn)(struct rx_ctx *c);

struct rx_frag {
	unsigned char family;    /* enum rx_family */
	unsigned char where;     /* enum rx_where */
	const char *pattern;     /* PCRE2, byte mode; wrapped in (?>...) by the engine */
	rx_detect_fn detect;
	const char *name;        /* for messages and tests */
};

/* Records a span in c (ignored when empty, out of range, reaching back more
 * than RX_LOOKBACK before the match, or when c is full). Returns 1 when kept. */
int rx_emit(struct rx_ctx *c, size_t start, size_t end, unsigned type);

/* The fragment tables of the families, in scan order. */
extern const struct rx_frag rx_email_frags[];
extern const size_t rx_email_nfrags;
extern const struct rx_frag rx_phone_frags[];
extern const size_t rx_phone_nfrags;
extern const struct rx_frag rx_card_frags[];
extern const size_t rx_card_nfrags;
extern const struct rx_frag rx_iban_frags[];
extern const size_t rx_iban_nfrags;
extern const struct rx_frag rx_ip_frags[];
extern const size_t rx_ip_nfrags;
extern const struct rx_frag rx_gov_frags[];
extern const size_t rx_gov_nfrags;
extern const struct rx_frag rx_secret_frags[];
extern const size_t rx_secret_nfrags;
extern const struct rx_frag rx_person_frags[];
extern const size_t rx_person_nfrags;
extern const struct rx_frag rx_address_frags[];
extern const size_t rx_address_nfrags;
extern const struct rx_frag rx_dob_frags[];
extern const size_t rx_dob_nfrags;

/* ---- text helpers (text.c) ------------------------------------------------ */

/* Strict UTF-8 (no overlongs, surrogates, code points above U+10FFFF). */
int rx_utf8_valid(const unsigned char *s, size_t n);

static inline int rx_is_digit(int c) { return c >= '0' && c <= '9'; }
static inline int rx_is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static inline int rx_is_lower(int c) { return c >= 'a' && c <= 'z'; }
static inline int rx_is_alpha(int c) { return rx_is_upper(c) || rx_is_lower(c); }
static inline int rx_is_alnum(int c) { return rx_is_alpha(c) || rx_is_digit(c); }
static inline char rx_upper(char c) { return rx_is_lower(c) ? (char)(c - 32) : c; }
static inline char rx_lower(char c) { return rx_is_upper(c) ? (char)(c + 32) : c; }

/* The value of the digit at s[i] (ASCII or full-width U+FF10-FF19) and its
 * byte length in *adv; -1 when there is none. */
int rx_digit_at(const char *s, size_t len, size_t i, size_t *adv);

/* Collects the digits (ASCII or full-width) of s[0..n) into d (at most cap;
 * more gives 0). Returns the count; *other gets the count of other code
 * points that are not separators (space, NBSP, narrow NBSP, thin spaces,
 * '-', en dash, '.', '/', '(', ')'). */
size_t rx_digits(const char *s, size_t n, char *d, size_t cap, size_t *other);

/* Length of the separator (space, NBSP, narrow NBSP, U+2000-U+200A, tab) at
 * s[i], 0 when none. */
size_t rx_space_at(const char *s, size_t len, size_t i);

/* Whether a word character (ASCII letter/digit/_ or a two-byte UTF-8
 * letter) ends right before s[i] / starts at s[i]. */
int rx_word_before(const char *s, size_t i);
int rx_word_at(const char *s, size_t len, size_t i);

/* Byte length of the letter (ASCII letter or digit, or a non-ASCII letter
 * told by its UTF-8 lead byte) at s[i] / ending right before s[i]; 0 when
 * there is none. */
size_t rx_letter_at(const char *s, size_t len, size_t i);
size_t rx_letter_before(const char *s, size_t i);

/* Case-insensitive (ASCII and Latin-1 letters) search for any of the
 * keywords kw (lower case, NULL-terminated list) in s[from..to). Returns the
 * end offset of the last occurrence found (the one nearest to `to`), or
 * (size_t)-1. Keywords match only at word boundaries. */
size_t rx_find_kw(const char *s, size_t from, size_t to, const char *const *kw);

/* Whether the `window` bytes before offset `at` hold one of the keywords
 * (rx_find_kw over max(0, at - window)..at). */
int rx_kw_before(const char *s, size_t at, size_t window, const char *const *kw);

/* Lower-cases (ASCII, Latin-1) s[0..n) into out (cap bytes incl. NUL);
 * returns the length written. */
size_t rx_fold(const char *s, size_t n, char *out, size_t cap);

/* The folded header cell of the column whose cell starts at `at` in a
 * delimited table (',', ';', tab, '|'): the nearest earlier line without
 * digits with as many delimiters. 1 when found. */
int rx_csv_column(const char *s, size_t len, size_t at, char *hdr, size_t cap);

/* Start of the line holding offset i (after the previous '\n'). */
size_t rx_line_start(const char *s, size_t i);
size_t rx_line_end(const char *s, size_t len, size_t i);

/* ---- checksums (checksum.c) ----------------------------------------------- */

int rx_luhn(const char *d, size_t n);
/* ISO 7064 MOD 97-10 of an IBAN in its printed order (letters count 10..35). */
int rx_iban_mod97(const char *c, size_t n);
int rx_verhoeff(const char *d, size_t n);
/* ISO 7064 MOD 11,10 (German Steuer-ID check digit over the first n-1). */
int rx_mod11_10(const char *d, size_t n);

/* ---- dates (date.c) ---------------------------------------------------------- */

struct rx_date {
	int y, m, d;
	size_t end;     /* offset just after the date */
};

/* Parses a date at s[i] (numeric d.m.y, m/d/y, y-m-d, d-m-y, yyyymmdd, or
 * with a month name in EN/DE/FR/ES/IT/NL/PT, ordinals, "de", "of"). Returns
 * 1 and fills *out when one starts exactly at i. Years of two digits are
 * taken in 1900-2099 by proximity to 2000 +- 50. */
int rx_parse_date(const char *s, size_t len, size_t i, struct rx_date *out);

/* Whether s[i..] starts a month name; returns its byte length or 0, *month
 * 1-12. */
size_t rx_month_name(const char *s, size_t len, size_t i, int *month);

/* ---- names (names.c) -------------------------------------------------------- */

/* Gazetteer lookups on the embedded lists (exact bytes, UTF-8). */
int rx_is_given(const char *s, size_t n);
int rx_is_surname(const char *s, size_t n);
/* A capitalised word that is an ordinary word too often to count as a name
 * on its own (Will, May, Mark, Paris...). */
int rx_name_stopword(const char *s, size_t n);

/* ---- addresses (address.c) ------------------------------------------------- */

/* The end of the postal address starting at s[i] (a street line reaching a
 * locality), or (size_t)-1. */
size_t rx_address_at(const char *s, size_t len, size_t i);

/* ---- phones (phone.c, phonemeta.cc) ----------------------------------------- */

void rx_phone_memo_free(struct phone_memo *m);

#endif
