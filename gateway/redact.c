/* redact: PII detection and placeholder replacement for message text.
 * Built-in types are fragments of one combined, JIT-compiled PCRE2 pattern;
 * each fragment ends in a callout that runs the type's validator, so an
 * invalid candidate simply fails to match and the scan goes on in the same
 * pass. Custom operator patterns are scanned beside it and merged by the
 * overlap rule (earliest start, then longest). */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "redact.h"

#include <arpa/inet.h>
#include <assert.h>
#include <pcre2.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- built-in patterns ------------------------------------------------ */

/* Callout numbers: one per fragment ("kind"); several kinds map to a type. */
enum kind {
  K_EMAIL = 1, K_IBAN, K_CARD, K_SSN, K_IPV4, K_IPV6,
  K_PHONE_INTL, K_PHONE_US, K_PHONE_NAT, K_COUNT
};

static const unsigned kind_type[K_COUNT] = {
  [K_EMAIL] = REDACT_EMAIL, [K_IBAN] = REDACT_IBAN, [K_CARD] = REDACT_CARD,
  [K_SSN] = REDACT_SSN, [K_IPV4] = REDACT_IP, [K_IPV6] = REDACT_IP,
  [K_PHONE_INTL] = REDACT_PHONE, [K_PHONE_US] = REDACT_PHONE,
  [K_PHONE_NAT] = REDACT_PHONE,
};

/* Every fragment starts with a left-boundary lookbehind and ends with a
 * right-boundary lookahead so a candidate is a whole token, never the middle
 * of an id, a version or an amount. They run in byte mode (the input is
 * validated UTF-8 first): every fragment starts and ends on an ASCII byte,
 * and ASCII bytes never occur inside a UTF-8 multibyte sequence, so a match
 * can neither start nor end inside a character. */
/* Email: bytes >= 0x80 are allowed in the local part and the domain labels
 * (internationalised addresses: "jürgen@müller.de"), so a non-ASCII name is
 * never cut in half; an apostrophe inside the local part ("o'connor@...");
 * the TLD is ASCII letters. */
#define P_EMAIL                                                              \
  "(?<![A-Za-z0-9._%+\\-\\x80-\\xff])[A-Za-z0-9_%+\\-\\x80-\\xff]"           \
  "[A-Za-z0-9._%+'\\-\\x80-\\xff]{0,63}+@"                                   \
  "(?:[A-Za-z0-9\\x80-\\xff](?:[A-Za-z0-9\\-\\x80-\\xff]{0,61}"             \
  "[A-Za-z0-9\\x80-\\xff])?\\.){1,8}"                                        \
  "[A-Za-z]{2,24}(?![A-Za-z0-9_\\-@\\x80-\\xff]|\\.[A-Za-z0-9])"
/* IBAN: country, check digits, then the BBAN either contiguous or in
 * space-separated groups of four (the last group may be shorter). */
#define P_IBAN                                                               \
  "(?<![A-Za-z0-9_])[A-Za-z]{2}[0-9]{2}"                                     \
  "(?:[A-Za-z0-9]{11,30}|(?: [A-Za-z0-9]{4}){2,7}(?: [A-Za-z0-9]{1,3})?)"    \
  "(?![A-Za-z0-9_])"
/* Card: 13-19 contiguous digits, 4-4-4-4(-1..3) or Amex/Diners 4-6-5/4-6-4,
 * one consistent separator (space or dash). */
#define P_CARD                                                               \
  "(?<![A-Za-z0-9_.,\\-])(?:[0-9]{13,19}"                                    \
  "|[0-9]{4}([ \\-])[0-9]{4}\\g{-1}[0-9]{4}\\g{-1}[0-9]{1,4}"                \
  "(?:\\g{-1}[0-9]{1,3})?"                                                   \
  "|[0-9]{4}([ \\-])[0-9]{6}\\g{-1}[0-9]{4,5})"                              \
  "(?![A-Za-z0-9_]|[.,\\-][0-9])"
#define P_SSN                                                                \
  "(?<![A-Za-z0-9_\\-])[0-9]{3}-[0-9]{2}-[0-9]{4}(?![A-Za-z0-9_]|-[0-9])"
#define P_IPV4                                                               \
  "(?<![A-Za-z0-9_.:])[0-9]{1,3}(?:\\.[0-9]{1,3}){3}"                        \
  "(?![A-Za-z0-9_]|\\.[0-9]|-[A-Za-z])"
/* IPv6: a run of hex digits and colons (with two colons near the start),
 * optionally ending in a dotted quad; inet_pton decides. */
#define P_IPV6                                                               \
  "(?<![A-Za-z0-9_.:\\-])(?=[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:)"             \
  "[0-9A-Fa-f:]{2,39}(?:(?<=:)[0-9]{1,3}(?:\\.[0-9]{1,3}){3})?"              \
  "(?![A-Za-z0-9_]|\\.[0-9]|::|:[A-Za-z])"
/* Phones. Digit runs are possessive so a run is never split in two, which
 * keeps backtracking linear. International: +CC or 00CC, then up to six
 * groups, an optional "(0)" trunk prefix; digits counted by the validator.
 * Numbers without "+" do not start right after "<digit> ": there they are
 * the tail of a longer digit sequence (a mistyped IBAN, an account number). */
#define PHONE_LEFT "(?<![A-Za-z0-9_+.,\\-/])(?<![0-9] )"
#define PHONE_RIGHT "(?![A-Za-z0-9_]|[.\\-/][0-9])"
#define P_PHONE_INTL                                                         \
  "(?<![A-Za-z0-9_+])(?:\\+|(?<![0-9] )00(?=[1-9]))[0-9]++(?:\\)(?= ?[0-9]))?"                         \
  "(?:[ .\\-]?\\(0\\))?(?:(?:[ .\\-]| ?/ ?)?(?:\\([0-9]++\\)|[0-9]++)){0,6}" \
  PHONE_RIGHT
/* North American: (AAA) EEE-NNNN or AAA-EEE-NNNN with one separator kind,
 * optional leading 1; area code starts 2-9. */
#define P_PHONE_US                                                           \
  PHONE_LEFT "(?:1[ .\\-]?)?(?:\\([2-9][0-9]{2}\\)[ \\-]?[0-9]{3}[ .\\-][0-9]{4}" \
  "|[2-9][0-9]{2}([ .\\-])[0-9]{3}\\g{-1}[0-9]{4})" PHONE_RIGHT
/* National formats with a trunk 0 (UK, DE, FR, IT, NL, ...): "(020) 7946
 * 0958", "030 1234567", "089/12345678", "01 23 45 67 89", "01.23.45.67.89",
 * "0612345678". Not after "ISBN" (ISBN-10s may start with 0). */
#define P_PHONE_NAT                                                          \
  PHONE_LEFT "(?<!ISBN )(?<!ISBN:)(?<!ISBN: )(?:"                            \
  "\\(0[1-9][0-9]{0,4}+\\) ?[0-9]{2,8}+(?:[ \\-][0-9]{2,8}+){0,3}"           \
  "|0[1-9][0-9]{0,4}+(?: ?/ ?[0-9]{3,8}+(?:[ \\-][0-9]{2,8}+){0,3}"          \
  "|(?:[ \\-][0-9]{2,8}+){1,4})"                                             \
  "|0[1-9](?:\\.[0-9]{2}){4}"                                                \
  "|0[1-9][0-9]{8,9})" PHONE_RIGHT

#define FRAG(p, k) "(?:" p ")(?C" #k ")"

/* No fragment can start right after a word character. SKIP_WORD, the last
 * alternative, consumes the rest of a word at whose start every fragment
 * failed, and (*SKIP) makes the next attempt begin after it: the scan tests
 * each word once instead of at each of its letters. */
#define SKIP_WORD "|[A-Za-z0-9_]++(*SKIP)(*FAIL)"

static const char combined_pattern[] =
  "(?<![A-Za-z0-9_])(?:"
  FRAG(P_EMAIL, 1) "|" FRAG(P_IBAN, 2) "|" FRAG(P_CARD, 3) "|"
  FRAG(P_SSN, 4) "|" FRAG(P_IPV4, 5) "|" FRAG(P_IPV6, 6) "|"
  FRAG(P_PHONE_INTL, 7) "|" FRAG(P_PHONE_US, 8) "|" FRAG(P_PHONE_NAT, 9)
  SKIP_WORD ")";

static const char *const type_pattern[REDACT_NBUILTIN] = {
  [REDACT_EMAIL] = FRAG(P_EMAIL, 1),
  [REDACT_PHONE] = FRAG(P_PHONE_INTL, 7) "|" FRAG(P_PHONE_US, 8) "|"
                   FRAG(P_PHONE_NAT, 9),
  [REDACT_CARD] = FRAG(P_CARD, 3),
  [REDACT_IBAN] = FRAG(P_IBAN, 2),
  [REDACT_IP] = FRAG(P_IPV4, 5) "|" FRAG(P_IPV6, 6),
  [REDACT_SSN] = FRAG(P_SSN, 4),
};

/* Tie-break between types matching the same span: the fragment order of the
 * combined pattern (more specific validators first). Custom types follow. */
static const unsigned builtin_rank[REDACT_NBUILTIN] = {
  [REDACT_EMAIL] = 0, [REDACT_IBAN] = 1, [REDACT_CARD] = 2, [REDACT_SSN] = 3,
  [REDACT_IP] = 4, [REDACT_PHONE] = 5,
};

static unsigned rank(unsigned type)
{
  return type < REDACT_NBUILTIN ? builtin_rank[type] : type;
}

static const char *const builtin_name[REDACT_NBUILTIN] = {
  "email", "phone", "card", "iban", "ip", "ssn"
};
static const char *const builtin_placeholder[REDACT_NBUILTIN] = {
  "[EMAIL]", "[PHONE]", "[CARD]", "[IBAN]", "[IP]", "[SSN]"
};

/* PCRE2 limits: built-in patterns are linear, custom ones are the
 * operator's; a runaway custom pattern fails the call (EMATCH) instead of
 * stalling a request thread. */
#define MATCH_LIMIT 5000000u
#define DEPTH_LIMIT 10000u
#define JIT_STACK_MIN (32u * 1024u)
#define JIT_STACK_MAX (1024u * 1024u)
#define MD_PAIRS 32u

struct custom {
  char name[REDACT_MAX_NAME + 1];
  char placeholder[REDACT_MAX_NAME + 3];
  pcre2_code *code;
};

struct redactor {
  pcre2_code *combined;
  pcre2_code *per_type[REDACT_NBUILTIN];
  /* the same compiled with PCRE2_ANCHORED: JIT does not support anchoring
   * as a match-time option and would fall back to the interpreter */
  pcre2_code *anchored[REDACT_NBUILTIN];
  struct custom custom[REDACT_MAX_CUSTOM];
  size_t ncustom;
};

/* ---- validators -------------------------------------------------------- */

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
static char upper(char c) { return (c >= 'a' && c <= 'z') ? (char)(c - 32) : c; }

static size_t count_digits(const char *s, size_t n)
{
  size_t d = 0;
  for (size_t i = 0; i < n; i++)
    d += is_digit(s[i]);
  return d;
}

static int ascii_ieq(const char *a, size_t n, const char *b)
{
  if (strlen(b) != n)
    return 0;
  for (size_t i = 0; i < n; i++)
    if (upper(a[i]) != upper(b[i]))
      return 0;
  return 1;
}

/* File extensions that are not top-level domains: "icon@2x.png" is a file. */
static const char *const not_tld[] = {
  "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "tif", "tiff",
  "pdf", "txt", "log", "js", "css", "html", "htm", "json", "xml", "yaml",
  "yml", "csv", "gz", "tgz", "tar", "exe", "dll", "cpp", "hpp", "php", "mp3",
  "mp4", "wav", "avi", "docx", "xlsx", "pptx", "doc", "xls", "ppt", "bin",
  "iso", "dmg", "apk", "lock", "toml", "ini", "cfg", "conf", "bak", "tmp",
};

static int valid_email(const char *s, size_t n)
{
  const char *at = memchr(s, '@', n);
  if (!at || n > 254)
    return 0;
  size_t local = (size_t)(at - s);
  if (local == 0 || local > 64 || s[local - 1] == '.')
    return 0;
  for (size_t i = 0; i + 1 < local; i++)
    if (s[i] == '.' && s[i + 1] == '.')
      return 0;
  size_t t = n;
  while (t > 0 && s[t - 1] != '.')
    t--;
  for (size_t i = 0; i < sizeof not_tld / sizeof not_tld[0]; i++)
    if (ascii_ieq(s + t, n - t, not_tld[i]))
      return 0;
  return 1;
}

static int luhn_ok(const char *d, size_t n)
{
  unsigned sum = 0;
  int dbl = 0;
  for (size_t i = n; i-- > 0;) {
    unsigned v = (unsigned)(d[i] - '0');
    if (dbl) {
      v *= 2;
      if (v > 9)
        v -= 9;
    }
    sum += v;
    dbl = !dbl;
  }
  return sum % 10 == 0;
}

/* Issuer ranges (prefix of `plen` digits in [lo, hi]) with card lengths.
 * Numbers outside every range (airline 1, petroleum 7, telecom 8, national
 * 9, ...) are not cards even when their Luhn digit fits. */
static const struct iin { unsigned plen, lo, hi, minlen, maxlen; } iins[] = {
  {1, 4, 4, 16, 19},           /* Visa (13-digit numbers are long retired and
                                  collide with EAN-13 barcodes) */
  {2, 51, 55, 16, 16},         /* Mastercard */
  {4, 2221, 2720, 16, 16},     /* Mastercard 2-series */
  {4, 2200, 2204, 16, 19},     /* Mir */
  {2, 34, 34, 15, 15},         /* Amex */
  {2, 37, 37, 15, 15},         /* Amex */
  {3, 300, 305, 14, 19},       /* Diners Club */
  {2, 36, 36, 14, 19},         /* Diners Club International */
  {2, 38, 39, 14, 19},         /* Diners Club */
  {4, 3528, 3589, 16, 19},     /* JCB */
  {4, 6011, 6011, 16, 19},     /* Discover */
  {3, 644, 649, 16, 19},       /* Discover */
  {2, 65, 65, 16, 19},         /* Discover */
  {2, 62, 62, 16, 19},         /* UnionPay */
  {2, 50, 50, 16, 19},         /* Maestro (12-15 digit ones are rare and */
  {2, 56, 69, 16, 19},         /* collide with EAN-13 barcodes) */
};

static int valid_card(const char *s, size_t n)
{
  char d[19];
  size_t nd = 0;
  for (size_t i = 0; i < n; i++) {
    if (!is_digit(s[i]))
      continue;
    if (nd == sizeof d)
      return 0;
    d[nd++] = s[i];
  }
  if (nd < 13 || !luhn_ok(d, nd))
    return 0;
  for (size_t i = 0; i < sizeof iins / sizeof iins[0]; i++) {
    unsigned p = 0;
    for (unsigned j = 0; j < iins[i].plen; j++)
      p = p * 10 + (unsigned)(d[j] - '0');
    if (p >= iins[i].lo && p <= iins[i].hi && nd >= iins[i].minlen &&
        nd <= iins[i].maxlen)
      return 1;
  }
  return 0;
}

/* SWIFT IBAN registry (countries and lengths). A two-letter prefix that is
 * no IBAN country (tracking numbers like "JD0149...") is not an IBAN. */
static const struct { char cc[3]; unsigned char len; } iban_len[] = {
  {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20},
  {"BE", 16}, {"BG", 22}, {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28},
  {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24}, {"DE", 22}, {"DJ", 27},
  {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18},
  {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23},
  {"GL", 18}, {"GR", 27}, {"GT", 28}, {"HN", 28}, {"HR", 21}, {"HU", 28},
  {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27}, {"JO", 30},
  {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20},
  {"LU", 20}, {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22},
  {"MK", 19}, {"MN", 20}, {"MR", 27}, {"MT", 31}, {"MU", 30}, {"NI", 28},
  {"NL", 18}, {"NO", 15}, {"OM", 23}, {"PK", 24}, {"PL", 28}, {"PS", 29},
  {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33}, {"SA", 24},
  {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27},
  {"SO", 23}, {"ST", 25}, {"SV", 28}, {"TL", 23}, {"TN", 24}, {"TR", 26},
  {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20}, {"YE", 30},
};

static int valid_iban(const char *s, size_t n)
{
  char c[34];
  size_t nc = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == ' ')
      continue;
    if (nc == sizeof c)
      return 0;
    c[nc++] = upper(s[i]);
  }
  if (nc < 15 || !is_alpha(c[0]) || !is_alpha(c[1]))
    return 0;
  size_t i;
  for (i = 0; i < sizeof iban_len / sizeof iban_len[0]; i++)
    if (c[0] == iban_len[i].cc[0] && c[1] == iban_len[i].cc[1])
      break;
  if (i == sizeof iban_len / sizeof iban_len[0] || nc != iban_len[i].len)
    return 0;
  /* mod 97 of BBAN + country + check digits, letters as 10..35 */
  unsigned rem = 0;
  for (size_t k = 0; k < nc; k++) {
    char ch = c[(k + 4) % nc];
    if (is_digit(ch))
      rem = (rem * 10 + (unsigned)(ch - '0')) % 97;
    else
      rem = (rem * 100 + (unsigned)(ch - 'A' + 10)) % 97;
  }
  return rem == 1;
}

static int valid_ssn(const char *s, size_t n)
{
  if (n != 11)
    return 0;
  unsigned area = (unsigned)((s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0'));
  unsigned group = (unsigned)((s[4] - '0') * 10 + (s[5] - '0'));
  unsigned serial = (unsigned)((s[7] - '0') * 1000 + (s[8] - '0') * 100 +
                               (s[9] - '0') * 10 + (s[10] - '0'));
  return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
}

static int valid_ipv4(const char *s, size_t n)
{
  unsigned v = 0, digits = 0;
  for (size_t i = 0; i <= n; i++) {
    if (i == n || s[i] == '.') {
      if (digits == 0 || v > 255)
        return 0;
      v = 0;
      digits = 0;
    } else {
      v = v * 10 + (unsigned)(s[i] - '0');
      digits++;
    }
  }
  return 1;
}

static int valid_ipv6(const char *s, size_t n)
{
  char buf[64];
  unsigned char addr[16];
  size_t hex = 0, dec = 0, groups = 1;
  if (n >= sizeof buf)
    return 0;
  for (size_t i = 0; i < n; i++) {
    hex += s[i] != ':' && s[i] != '.';
    dec += is_digit(s[i]);
    groups += s[i] == ':' && i > 0 && s[i - 1] != ':';
  }
  /* "::" alone, and short all-letter forms like C++ "a::b", are not
   * addresses anyone writes */
  if (!hex || (!dec && groups < 3))
    return 0;
  memcpy(buf, s, n);
  buf[n] = '\0';
  return inet_pton(AF_INET6, buf, addr) == 1;
}

static int valid_phone_intl(const char *s, size_t n)
{
  size_t d = count_digits(s, n);
  if (s[0] == '0') {
    /* 00CC: the trunk 0 is dropped after a country code, so "0044 0532 ..."
     * is a digit group (a mistyped IBAN's tail), not a number; Italy keeps
     * its 0. With "+" a kept 0 is a common slip and still a phone. */
    size_t cc = 2;
    while (cc < n && is_digit(s[cc]))
      cc++;
    size_t next = cc;
    while (next < n && !is_digit(s[next]))
      next++;
    if (cc - 2 <= 3 && next < n && s[next] == '0' && s[next - 1] != '(' &&
        !(cc - 2 == 2 && s[2] == '3' && s[3] == '9'))
      return 0;
    d -= 2; /* the 00 international prefix */
  } else if (s[1] == '0') {
    return 0; /* +0... is no country code */
  }
  if (memmem(s, n, "(0)", 3))
    d -= 1; /* trunk prefix, dialled only nationally */
  return d >= 8 && d <= 15;
}

static int valid_phone_nat(const char *s, size_t n)
{
  size_t d = count_digits(s, n);
  if (n == 11 && s[3] == '-' && s[6] == '-')
    return 0; /* NNN-NN-NNNN is SSN-shaped, valid SSN or not */
  return d >= 9 && d <= 12;
}

static int validate(int kind, const char *s, size_t n)
{
  switch (kind) {
  case K_EMAIL: return valid_email(s, n);
  case K_IBAN: return valid_iban(s, n);
  case K_CARD: return valid_card(s, n);
  case K_SSN: return valid_ssn(s, n);
  case K_IPV4: return valid_ipv4(s, n);
  case K_IPV6: return valid_ipv6(s, n);
  case K_PHONE_INTL: return valid_phone_intl(s, n);
  case K_PHONE_US: return 1;
  case K_PHONE_NAT: return valid_phone_nat(s, n);
  default: return 0;
  }
}

/* Called by PCRE2 at the end of each fragment: 0 accepts the candidate (the
 * pattern then ends, so the match succeeds with this kind), 1 rejects it and
 * PCRE2 backtracks to the next alternative, length or start. */
static int on_callout(pcre2_callout_block *cb, void *data)
{
  int *kind = data;
  int k = (int)cb->callout_number;
  const char *s = (const char *)cb->subject + cb->start_match;
  size_t n = cb->current_position - cb->start_match;
  if (!validate(k, s, n))
    return 1;
  *kind = k;
  return 0;
}

/* ---- per-thread scratch ----------------------------------------------- */

struct scratch {
  pcre2_match_data *md;
  pcre2_match_context *mctx;
  pcre2_jit_stack *js;
};

static pthread_key_t scratch_key;
static pthread_once_t scratch_once = PTHREAD_ONCE_INIT;
static int scratch_key_ok;

static void scratch_free(void *p)
{
  struct scratch *s = p;
  if (!s)
    return;
  pcre2_match_data_free(s->md);
  pcre2_match_context_free(s->mctx);
  pcre2_jit_stack_free(s->js);
  free(s);
}

static void scratch_key_make(void)
{
  scratch_key_ok = pthread_key_create(&scratch_key, scratch_free) == 0;
}

static struct scratch *scratch_get(void)
{
  pthread_once(&scratch_once, scratch_key_make);
  if (!scratch_key_ok)
    return NULL;
  struct scratch *s = pthread_getspecific(scratch_key);
  if (s)
    return s;
  s = calloc(1, sizeof *s);
  if (!s)
    return NULL;
  s->md = pcre2_match_data_create(MD_PAIRS, NULL);
  s->mctx = pcre2_match_context_create(NULL);
  s->js = pcre2_jit_stack_create(JIT_STACK_MIN, JIT_STACK_MAX, NULL);
  if (!s->md || !s->mctx || !s->js || pthread_setspecific(scratch_key, s)) {
    scratch_free(s);
    return NULL;
  }
  pcre2_jit_stack_assign(s->mctx, NULL, s->js);
  pcre2_set_match_limit(s->mctx, MATCH_LIMIT);
  pcre2_set_depth_limit(s->mctx, DEPTH_LIMIT);
  return s;
}

void redact_thread_cleanup(void)
{
  pthread_once(&scratch_once, scratch_key_make);
  if (!scratch_key_ok)
    return;
  scratch_free(pthread_getspecific(scratch_key));
  pthread_setspecific(scratch_key, NULL);
}

/* ---- create / free ------------------------------------------------------ */

static void set_err(char *err, size_t errsz, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void set_err(char *err, size_t errsz, const char *fmt, ...)
{
  va_list ap;
  if (!err || !errsz)
    return;
  va_start(ap, fmt);
  vsnprintf(err, errsz, fmt, ap);
  va_end(ap);
}

static int compile(const char *pat, uint32_t opts, pcre2_code **out,
                   int *errcode, size_t *erroff)
{
  *out = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED, opts, errcode,
                       erroff, NULL);
  if (!*out)
    return -1;
  /* JIT is an optimisation: without it (unsupported CPU) the interpreter
   * gives the same results. */
  (void)pcre2_jit_compile(*out, PCRE2_JIT_COMPLETE);
  return 0;
}

static int name_ok(const char *s)
{
  size_t n = strlen(s);
  if (n == 0 || n > REDACT_MAX_NAME || !(s[0] >= 'a' && s[0] <= 'z'))
    return 0;
  for (size_t i = 0; i < n; i++)
    if (!((s[i] >= 'a' && s[i] <= 'z') || is_digit(s[i]) || s[i] == '_'))
      return 0;
  return 1;
}

int redact_create(redactor **out, const redact_custom *custom, size_t ncustom,
                  char *err, size_t errsz)
{
  int rc = 0, ec = 0;
  size_t eoff = 0;
  char msg[160];
  redactor *r = NULL;

  if (err && errsz)
    err[0] = '\0';
  if (!out || (ncustom && !custom))
    return REDACT_EINVAL;
  *out = NULL;
  if (ncustom > REDACT_MAX_CUSTOM) {
    set_err(err, errsz, "%zu custom patterns given, at most %d allowed",
            ncustom, REDACT_MAX_CUSTOM);
    return REDACT_ETOOMANY;
  }
  r = calloc(1, sizeof *r);
  if (!r)
    return REDACT_ENOMEM;

  if (compile(combined_pattern, 0, &r->combined, &ec, &eoff)) {
    rc = REDACT_EINTERNAL;
    goto builtin_fail;
  }
  for (unsigned t = 0; t < REDACT_NBUILTIN; t++) {
    if (compile(type_pattern[t], 0, &r->per_type[t], &ec, &eoff) ||
        compile(type_pattern[t], PCRE2_ANCHORED, &r->anchored[t], &ec, &eoff)) {
      rc = REDACT_EINTERNAL;
      goto builtin_fail;
    }
  }

  for (size_t i = 0; i < ncustom; i++) {
    const char *nm = custom[i].name, *pat = custom[i].pattern;
    if (!nm || !pat) {
      rc = REDACT_EINVAL;
      goto out;
    }
    if (!name_ok(nm)) {
      set_err(err, errsz, "custom type name '%.40s': must match "
              "[a-z][a-z0-9_]{0,31} (entry %zu)", nm, i);
      rc = REDACT_ENAME;
      goto out;
    }
    int dup = strcmp(nm, "pii") == 0;
    for (unsigned t = 0; t < REDACT_NBUILTIN; t++)
      dup |= strcmp(nm, builtin_name[t]) == 0;
    for (size_t j = 0; j < i; j++)
      dup |= strcmp(nm, r->custom[j].name) == 0;
    if (dup) {
      set_err(err, errsz, "custom type name '%s' is reserved or used twice "
              "(entry %zu)", nm, i);
      rc = REDACT_ENAME;
      goto out;
    }
    if (strlen(pat) > REDACT_MAX_PATTERN) {
      set_err(err, errsz, "custom pattern '%s': longer than %d bytes", nm,
              REDACT_MAX_PATTERN);
      rc = REDACT_EPATTERN;
      goto out;
    }
    struct custom *c = &r->custom[i];
    if (compile(pat, PCRE2_UTF | PCRE2_NEVER_BACKSLASH_C, &c->code, &ec,
                &eoff)) {
      pcre2_get_error_message(ec, (PCRE2_UCHAR *)msg, sizeof msg);
      set_err(err, errsz, "custom pattern '%s': %s at offset %zu", nm, msg,
              eoff);
      rc = REDACT_EPATTERN;
      goto out;
    }
    size_t n = strlen(nm);
    memcpy(c->name, nm, n + 1);
    c->placeholder[0] = '[';
    for (size_t k = 0; k < n; k++)
      c->placeholder[k + 1] = upper(nm[k]);
    c->placeholder[n + 1] = ']';
    c->placeholder[n + 2] = '\0';
    r->ncustom = i + 1;
  }
  *out = r;
  return 0;

builtin_fail:
  pcre2_get_error_message(ec, (PCRE2_UCHAR *)msg, sizeof msg);
  set_err(err, errsz, "built-in pattern: %s at offset %zu", msg, eoff);
out:
  redact_free(r);
  return rc;
}

void redact_free(redactor *r)
{
  if (!r)
    return;
  pcre2_code_free(r->combined);
  for (unsigned t = 0; t < REDACT_NBUILTIN; t++) {
    pcre2_code_free(r->per_type[t]);
    pcre2_code_free(r->anchored[t]);
  }
  for (size_t i = 0; i < REDACT_MAX_CUSTOM; i++)
    pcre2_code_free(r->custom[i].code);
  free(r);
}

unsigned redact_type_count(const redactor *r)
{
  return r ? (unsigned)(REDACT_NBUILTIN + r->ncustom) : 0;
}

const char *redact_type_name(const redactor *r, unsigned t)
{
  if (!r || t >= redact_type_count(r))
    return NULL;
  return t < REDACT_NBUILTIN ? builtin_name[t] : r->custom[t - REDACT_NBUILTIN].name;
}

int redact_type_mask(const redactor *r, const char *const *names, size_t n,
                     uint64_t *mask)
{
  if (!r || !mask || (n && !names))
    return REDACT_EINVAL;
  *mask = 0;
  uint64_t m = 0;
  for (size_t i = 0; i < n; i++) {
    if (!names[i])
      return REDACT_EINVAL;
    if (strcmp(names[i], "pii") == 0)
      continue;
    unsigned t, nt = redact_type_count(r);
    for (t = 0; t < nt; t++)
      if (strcmp(names[i], redact_type_name(r, t)) == 0)
        break;
    if (t == nt)
      return REDACT_EUNKNOWN;
    m |= UINT64_C(1) << t;
  }
  *mask = m;
  return 0;
}

/* ---- scanning ----------------------------------------------------------- */

/* Strict UTF-8 (no overlongs, surrogates or code points above U+10FFFF),
 * with an 8-byte ASCII fast path. */
static int utf8_valid(const unsigned char *s, size_t n)
{
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t w;
      memcpy(&w, s + i, 8);
      if (!(w & UINT64_C(0x8080808080808080))) {
        i += 8;
        continue;
      }
    }
    unsigned c = s[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    size_t len;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return 0;
    }
    if (i + len > n)
      return 0;
    if (s[i + 1] < lo || s[i + 1] > hi)
      return 0;
    for (size_t k = 2; k < len; k++)
      if (s[i + k] < 0x80 || s[i + k] > 0xBF)
        return 0;
    i += len;
  }
  return 1;
}

struct cand {
  size_t start, end; /* start == SIZE_MAX: none at or after the search point */
  unsigned type;
};

#define NONE ((size_t)-1)

/* Next validated match of code at or after pos (at pos for an anchored
 * code). callouts: whether code carries validator callouts (built-in) or not
 * (custom: operator callouts are ignored). Only JIT-supported match options
 * are used, so a JIT-compiled code never falls back to the interpreter. */
static int next_match(pcre2_code *code, struct scratch *sc, const char *text,
                      size_t len, size_t pos, int callouts, size_t *ms,
                      size_t *me, int *kind)
{
  uint32_t opts = 0;
  *kind = 0;
  if (callouts) {
    pcre2_set_callout(sc->mctx, on_callout, kind);
  } else {
    pcre2_set_callout(sc->mctx, NULL, NULL);
    opts |= PCRE2_NO_UTF_CHECK | PCRE2_NOTEMPTY;
  }
  int m = pcre2_match(code, (PCRE2_SPTR)text, len, pos, opts, sc->md, sc->mctx);
  if (m == PCRE2_ERROR_NOMATCH) {
    *ms = *me = NONE;
    return 0;
  }
  if (m < 0)
    return REDACT_EMATCH;
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->md);
  *ms = ov[0];
  *me = ov[1];
  if (*me <= *ms) { /* cannot happen with NOTEMPTY; never emit an empty span */
    *ms = *me = NONE;
  }
  return 0;
}

/* Whether a match of built-in type t could start at text[p]: a cheap filter
 * in front of the anchored re-check (most types cannot start with most
 * bytes, and an email needs an '@' at the end of its first run). */
static int may_start(unsigned t, const char *text, size_t len, size_t p)
{
  unsigned char c = (unsigned char)text[p];
  int digit = c >= '0' && c <= '9';
  int alpha = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  switch (t) {
  case REDACT_EMAIL: {
    size_t i = p, lim = p + 65 < len ? p + 65 : len;
    while (i < lim && text[i] != '@' &&
           ((unsigned char)text[i] >= 0x80 || is_digit(text[i]) || is_alpha(text[i]) ||
            (text[i] && strchr("._%+'-", text[i]))))
      i++;
    return i < lim && text[i] == '@';
  }
  case REDACT_PHONE: return digit || c == '+' || c == '(';
  case REDACT_CARD:
  case REDACT_SSN: return digit;
  case REDACT_IBAN: return alpha;
  case REDACT_IP: return digit || c == ':' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
  default: return 0;
  }
}

/* Earliest built-in match at or after pos; at its start, the longest match
 * of any built-in type (ties: rank). */
static int next_builtin(const redactor *r, struct scratch *sc, const char *text,
                        size_t len, size_t pos, struct cand *c)
{
  size_t ms, me;
  int kind, rc;
  rc = next_match(r->combined, sc, text, len, pos, 1, &ms, &me, &kind);
  if (rc)
    return rc;
  c->start = ms;
  c->end = me;
  if (ms == NONE)
    return 0;
  assert(kind > 0 && kind < K_COUNT);
  c->type = kind_type[kind];
  for (unsigned t = 0; t < REDACT_NBUILTIN; t++) {
    size_t s2, e2;
    if (t == c->type || !may_start(t, text, len, ms))
      continue;
    rc = next_match(r->anchored[t], sc, text, len, ms, 1, &s2, &e2, &kind);
    if (rc)
      return rc;
    if (s2 == ms && (e2 > c->end || (e2 == c->end && rank(t) < rank(c->type)))) {
      c->end = e2;
      c->type = t;
    }
  }
  return 0;
}

static int next_custom(const redactor *r, size_t i, struct scratch *sc,
                       const char *text, size_t len, size_t pos, struct cand *c)
{
  int kind;
  c->type = (unsigned)(REDACT_CUSTOM0 + i);
  return next_match(r->custom[i].code, sc, text, len, pos, 0, &c->start,
                    &c->end, &kind);
}

typedef int (*emit_fn)(void *ctx, size_t start, size_t end, unsigned type);

static int check_input(const redactor *r, const char *text, size_t len)
{
  if (!r || (!text && len))
    return REDACT_EINVAL;
  if (len > REDACT_MAX_INPUT)
    return REDACT_ETOOBIG;
  if (!utf8_valid((const unsigned char *)text, len))
    return REDACT_EUTF8;
  return 0;
}

/* The one-pass scanner: merges the combined built-in stream with each custom
 * pattern's stream; earliest start wins, then the longest, then the lower
 * type number. A cached candidate stays valid while it starts at or after the
 * scan position (matching at a start does not depend on where the search
 * began). */
static int scan(const redactor *r, const char *text, size_t len, emit_fn emit,
                void *ctx)
{
  struct cand cand[1 + REDACT_MAX_CUSTOM];
  unsigned char searched[1 + REDACT_MAX_CUSTOM] = {0};
  size_t nc = 1 + r->ncustom, pos = 0;
  int rc = 0;
  struct scratch *sc = scratch_get();
  if (!sc)
    return REDACT_ENOMEM;

  while (pos < len) {
    size_t best = NONE;
    for (size_t i = 0; i < nc; i++) {
      struct cand *c = &cand[i];
      if (!searched[i] || (c->start != NONE && c->start < pos)) {
        searched[i] = 1;
        rc = i == 0 ? next_builtin(r, sc, text, len, pos, c)
                    : next_custom(r, i - 1, sc, text, len, pos, c);
        if (rc)
          return rc;
      }
      if (c->start == NONE)
        continue;
      if (best == NONE || c->start < cand[best].start ||
          (c->start == cand[best].start && c->end > cand[best].end))
        best = i;
    }
    if (best == NONE)
      break;
    rc = emit(ctx, cand[best].start, cand[best].end, cand[best].type);
    if (rc)
      return rc;
    pos = cand[best].end;
  }
  return 0;
}

/* ---- outputs -------------------------------------------------------------- */

struct spans {
  redact_span *v;
  size_t n, cap;
};

static int spans_add(void *ctx, size_t start, size_t end, unsigned type)
{
  struct spans *sp = ctx;
  if (sp->n == sp->cap) {
    size_t cap = sp->cap ? sp->cap * 2 : 16;
    redact_span *v = realloc(sp->v, cap * sizeof *v);
    if (!v)
      return REDACT_ENOMEM;
    sp->v = v;
    sp->cap = cap;
  }
  sp->v[sp->n].start = start;
  sp->v[sp->n].end = end;
  sp->v[sp->n].type = type;
  sp->n++;
  return 0;
}

int redact_find(const redactor *r, const char *text, size_t len,
                redact_span **spans, size_t *n)
{
  struct spans sp = {0};
  if (!spans || !n)
    return REDACT_EINVAL;
  *spans = NULL;
  *n = 0;
  int rc = check_input(r, text, len);
  if (rc)
    return rc;
  rc = scan(r, text, len, spans_add, &sp);
  if (rc) {
    free(sp.v);
    return rc;
  }
  *spans = sp.v;
  *n = sp.n;
  return 0;
}

static int span_cmp(const void *a, const void *b)
{
  const redact_span *x = a, *y = b;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1; /* longer first */
  return rank(x->type) < rank(y->type) ? -1 : (rank(x->type) > rank(y->type));
}

int redact_find_multipass(const redactor *r, const char *text, size_t len,
                          redact_span **spans, size_t *n)
{
  struct spans all = {0}, keep = {0};
  struct scratch *sc;
  int rc;
  if (!spans || !n)
    return REDACT_EINVAL;
  *spans = NULL;
  *n = 0;
  rc = check_input(r, text, len);
  if (rc)
    return rc;
  sc = scratch_get();
  if (!sc)
    return REDACT_ENOMEM;
  /* every match of every type, each type its own full scan */
  for (unsigned t = 0; t < REDACT_NBUILTIN + r->ncustom; t++) {
    size_t pos = 0;
    while (pos < len) {
      size_t ms, me;
      int kind;
      if (t < REDACT_NBUILTIN)
        rc = next_match(r->per_type[t], sc, text, len, pos, 1, &ms, &me, &kind);
      else
        rc = next_match(r->custom[t - REDACT_NBUILTIN].code, sc, text, len,
                        pos, 0, &ms, &me, &kind);
      if (rc)
        goto out;
      if (ms == NONE)
        break;
      rc = spans_add(&all, ms, me, t);
      if (rc)
        goto out;
      pos = ms + 1;
      /* a custom UTF pattern must restart on a character boundary */
      while (pos < len && ((unsigned char)text[pos] & 0xC0) == 0x80)
        pos++;
    }
  }
  if (all.n)
    qsort(all.v, all.n, sizeof *all.v, span_cmp);
  size_t end = 0;
  for (size_t i = 0; i < all.n; i++) {
    if (keep.n && all.v[i].start < end)
      continue;
    rc = spans_add(&keep, all.v[i].start, all.v[i].end, all.v[i].type);
    if (rc)
      goto out;
    end = all.v[i].end;
  }
  *spans = keep.v;
  *n = keep.n;
  keep.v = NULL;
out:
  free(all.v);
  free(keep.v);
  return rc;
}

struct outbuf {
  const redactor *r;
  const char *text;
  uint64_t mask;
  char *buf;
  size_t n, cap, copied; /* copied: input bytes already handled */
  redact_stats *st;
};

static int out_put(struct outbuf *o, const char *s, size_t n)
{
  if (n > o->cap - o->n - 1) {
    size_t cap = o->cap;
    while (n > cap - o->n - 1)
      cap *= 2;
    char *b = realloc(o->buf, cap);
    if (!b)
      return REDACT_ENOMEM;
    o->buf = b;
    o->cap = cap;
  }
  memcpy(o->buf + o->n, s, n);
  o->n += n;
  return 0;
}

static int out_span(void *ctx, size_t start, size_t end, unsigned type)
{
  struct outbuf *o = ctx;
  if (!(o->mask & (UINT64_C(1) << type)))
    return 0; /* kept verbatim: copied with the text around it */
  int rc = out_put(o, o->text + o->copied, start - o->copied);
  if (rc)
    return rc;
  const char *ph = type < REDACT_NBUILTIN
                       ? builtin_placeholder[type]
                       : o->r->custom[type - REDACT_NBUILTIN].placeholder;
  rc = out_put(o, ph, strlen(ph));
  if (rc)
    return rc;
  o->copied = end;
  if (o->st) {
    o->st->count[type]++;
    o->st->total++;
  }
  return 0;
}

int redact_apply(const redactor *r, const char *text, size_t len, uint64_t mask,
                 char **out, size_t *outlen, redact_stats *st)
{
  struct outbuf o = {0};
  int rc;
  if (!out || !outlen)
    return REDACT_EINVAL;
  *out = NULL;
  *outlen = 0;
  if (st)
    memset(st, 0, sizeof *st);
  rc = check_input(r, text, len);
  if (rc)
    return rc;
  o.r = r;
  o.text = text;
  o.mask = mask;
  o.st = st;
  o.cap = len + 64;
  o.buf = malloc(o.cap);
  if (!o.buf)
    return REDACT_ENOMEM;
  if (mask) {
    rc = scan(r, text, len, out_span, &o);
    if (rc)
      goto out;
  }
  rc = out_put(&o, text + o.copied, len - o.copied);
  if (rc)
    goto out;
  o.buf[o.n] = '\0';
  *out = o.buf;
  *outlen = o.n;
  o.buf = NULL;
out:
  if (rc && st)
    memset(st, 0, sizeof *st);
  free(o.buf);
  return rc;
}

const char *redact_strerror(int rc)
{
  switch (rc) {
  case REDACT_OK: return "ok";
  case REDACT_EINVAL: return "invalid argument";
  case REDACT_ENOMEM: return "out of memory";
  case REDACT_ETOOBIG: return "message larger than the redaction limit";
  case REDACT_EUTF8: return "message is not valid UTF-8";
  case REDACT_EPATTERN: return "custom pattern is too long or does not compile";
  case REDACT_ETOOMANY: return "too many custom patterns";
  case REDACT_ENAME: return "custom type name is malformed, reserved or duplicated";
  case REDACT_EUNKNOWN: return "unknown redaction type";
  case REDACT_EMATCH: return "pattern matching failed (limit reached)";
  case REDACT_EINTERNAL: return "built-in pattern failed to compile";
  default: return "unknown redact error";
  }
}
