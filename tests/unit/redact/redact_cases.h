/* The case table and its runner, shared by the redactor's case tests
 * (test_redact_types.c, test_redact_lookalikes.c): each case is redacted
 * with every type and compared with what it should read, and the one-pass
 * scan must agree with one scan per type. Include after cmocka.h. */
#ifndef CUSTOS_TEST_REDACT_CASES_H
#define CUSTOS_TEST_REDACT_CASES_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "redact.h"
#include "redact_int.h"

struct tc {
  const char *in, *want;
};

static redactor *make(void)
{
  redactor *r = NULL;
  char err[256];
  assert_int_equal(redact_create(&r, NULL, 0, err, sizeof err), 0);
  return r;
}

/* Text placed flush against a page that may not be read: a scan that reads
 * a byte past the message's end crashes here, with or without a
 * sanitizer. *mapped is what to unmap. */
static const char *at_page_end(const char *in, size_t il, void **mapped, size_t *maplen)
{
  size_t pg = (size_t)sysconf(_SC_PAGESIZE);
  size_t n = (il + pg - 1) / pg * pg + pg;
  char *m = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  assert_true(m != MAP_FAILED);
  assert_int_equal(mprotect(m + n - pg, pg, PROT_NONE), 0);
  char *t = m + n - pg - il;
  memcpy(t, in, il);
  *mapped = m;
  *maplen = n;
  return t;
}

/* Each case redacted with every type; a NULL want only requires that the
 * one-pass and per-type scans agree and the output is valid UTF-8. Each is
 * scanned again at a page's end. */
static void run(const struct tc *t, size_t n)
{
  redactor *r = make();
  int bad = 0;
  for (size_t i = 0; i < n; i++) {
    char *out = NULL;
    size_t ol = 0;
    size_t il = strlen(t[i].in);
    int rc = redact_apply(r, t[i].in, il, REDACT_MASK_ALL, &out, &ol, NULL);
    if (rc) {
      fprintf(stderr, "redact_apply(%s) = %s\n", t[i].in, redact_strerror(rc));
      bad++;
      continue;
    }
    if (t[i].want && strcmp(out, t[i].want) != 0) {
      fprintf(stderr, "  in:   %s\n  want: %s\n  got:  %s\n", t[i].in, t[i].want, out);
      bad++;
    }
    if (!rx_utf8_valid((const unsigned char *)out, ol)) {
      fprintf(stderr, "  not UTF-8 out: %s\n", out);
      bad++;
    }
    free(out);
    redact_span *a = NULL, *b = NULL;
    size_t na = 0, nb = 0;
    assert_int_equal(redact_find(r, t[i].in, il, &a, &na), 0);
    assert_int_equal(redact_find_multipass(r, t[i].in, il, &b, &nb), 0);
    int same = na == nb;
    for (size_t k = 0; same && k < na; k++)
      same = a[k].start == b[k].start && a[k].end == b[k].end && a[k].type == b[k].type;
    if (!same) {
      fprintf(stderr, "  one pass and per type differ on: %s\n", t[i].in);
      bad++;
    }
    free(a);
    free(b);
    void *map;
    size_t maplen;
    const char *edge = at_page_end(t[i].in, il, &map, &maplen);
    assert_int_equal(redact_find(r, edge, il, &a, &na), 0);
    assert_int_equal(redact_find_multipass(r, edge, il, &b, &nb), 0);
    free(a);
    free(b);
    munmap(map, maplen);
  }
  redact_free(r);
  if (bad)
    fail_msg("%d case(s) failed", bad);
}

#define RUN(t) run(t, sizeof t / sizeof t[0])

#endif
