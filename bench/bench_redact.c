/* bench_redact: single-core redaction throughput on a transcript mix
 * (corpus lines joined into chat messages, repeated to a few MB), every
 * type enabled. Compares the one pass over the text that runs every
 * family's detectors (redact_find / redact_apply) with the baseline of one
 * type family at a time, each its own pass, then the overlap rule
 * (redact_find_multipass), in the same run; both must find the same spans.
 *
 *   build/bench_redact [corpus.jsonl] [MB]
 * The corpus defaults to $CUSTOS_SOURCE_DIR/examples/pii-corpus/corpus.jsonl
 * (or ./examples/...); tests/redact-corpus/dev.jsonl is the other one to
 * run. MB defaults to 4. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "redact.h"
#include "file.h"

#define MAX_LINES 4096
#define MSG_LINES 4 /* corpus lines per chat message (~160 bytes) */
#define ROUNDS 5

struct msg {
  char *text;
  size_t len;
};

static double now_s(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int load_lines(const char *path, char **lines, size_t *n)
{
  char *data = NULL;
  size_t len = 0;
  int rc = file_read(path, 16u << 20, &data, &len);
  if (rc) {
    fprintf(stderr, "cannot read %s (%d)\n", path, rc);
    return -1;
  }
  *n = 0;
  for (char *line = data, *next; line < data + len && *n < MAX_LINES; line = next) {
    char *nl = memchr(line, '\n', (size_t)(data + len - line));
    next = nl ? nl + 1 : data + len;
    if (nl)
      *nl = '\0';
    json_t *o = json_loads(line, 0, NULL);
    const char *t = json_string_value(json_object_get(o, "text"));
    if (t)
      lines[(*n)++] = strdup(t);
    json_decref(o);
  }
  free(data);
  return *n ? 0 : -1;
}

typedef int (*find_fn)(const redactor *, const char *, size_t, redact_span **, size_t *);

/* One timed pass over all messages; returns seconds, *spans = spans found. */
static double pass_find(const redactor *r, const struct msg *m, size_t nm, find_fn f,
                        size_t *spans)
{
  size_t total = 0;
  double t0 = now_s();
  for (size_t i = 0; i < nm; i++) {
    redact_span *sp = NULL;
    size_t n = 0;
    if (f(r, m[i].text, m[i].len, &sp, &n)) {
      fprintf(stderr, "find failed\n");
      exit(1);
    }
    total += n;
    free(sp);
  }
  *spans = total;
  return now_s() - t0;
}

static double pass_apply(const redactor *r, const struct msg *m, size_t nm)
{
  double t0 = now_s();
  for (size_t i = 0; i < nm; i++) {
    char *out = NULL;
    size_t n;
    if (redact_apply(r, m[i].text, m[i].len, REDACT_MASK_ALL, &out, &n, NULL)) {
      fprintf(stderr, "apply failed\n");
      exit(1);
    }
    free(out);
  }
  return now_s() - t0;
}

static double min_d(double a, double b) { return a < b ? a : b; }

int main(int argc, char **argv)
{
  char path[1024];
  const char *root = getenv("CUSTOS_SOURCE_DIR");
  if (argc > 1)
    snprintf(path, sizeof path, "%s", argv[1]);
  else
    snprintf(path, sizeof path, "%s/examples/pii-corpus/corpus.jsonl", root ? root : ".");
  long mb = 4;
  if (argc > 2) {
    char *end;
    mb = strtol(argv[2], &end, 10);
    if (*end || mb < 1 || mb > 256) {
      fprintf(stderr, "MB must be 1..256\n");
      return 2;
    }
  }

  static char *lines[MAX_LINES];
  size_t nl = 0;
  if (load_lines(path, lines, &nl))
    return 1;

  /* messages of MSG_LINES consecutive lines (rotating offset), until the
   * target size is reached */
  size_t target = (size_t)mb << 20, bytes = 0, nm = 0, cap = 1024, k = 0;
  struct msg *m = malloc(cap * sizeof *m);
  while (bytes < target) {
    if (nm == cap) {
      cap *= 2;
      m = realloc(m, cap * sizeof *m);
    }
    size_t len = 0;
    for (int j = 0; j < MSG_LINES; j++)
      len += strlen(lines[(k + (size_t)j * 7) % nl]) + 1;
    char *t = malloc(len + 1);
    size_t off = 0;
    for (int j = 0; j < MSG_LINES; j++) {
      const char *s = lines[(k + (size_t)j * 7) % nl];
      size_t sl = strlen(s);
      memcpy(t + off, s, sl);
      off += sl;
      t[off++] = j + 1 < MSG_LINES ? ' ' : '\n';
    }
    t[off] = '\0';
    m[nm].text = t;
    m[nm].len = off;
    bytes += off;
    nm++;
    k++;
  }

  redactor *r = NULL;
  char err[256];
  if (redact_create(&r, NULL, 0, err, sizeof err)) {
    fprintf(stderr, "redact_create: %s\n", err);
    return 1;
  }
  redact_custom c[] = {{"order_id", "\\bORD-\\d{4}-\\d{6}\\b"},
                       {"ticket", "(?i)\\bticket\\s*#?\\d{3,6}\\b"}};
  redactor *rc = NULL;
  if (redact_create(&rc, c, 2, err, sizeof err)) {
    fprintf(stderr, "redact_create: %s\n", err);
    return 1;
  }
  /* rounds interleave the variants so that noise from other processes on
   * the machine hits all of them alike; the best round of each counts */
  size_t s1 = 0, s2 = 0, s3 = 0;
  double t_comb = 1e30, t_multi = 1e30, t_apply = 1e30, t_custom = 1e30;
  for (int round = 0; round < ROUNDS; round++) {
    t_comb = min_d(t_comb, pass_find(r, m, nm, redact_find, &s1));
    t_multi = min_d(t_multi, pass_find(r, m, nm, redact_find_multipass, &s2));
    t_apply = min_d(t_apply, pass_apply(r, m, nm));
    t_custom = min_d(t_custom, pass_find(rc, m, nm, redact_find, &s3));
  }
  double mbytes = (double)bytes / 1e6;
  double combined = mbytes / t_comb, multi = mbytes / t_multi;
  double apply = mbytes / t_apply, custom = mbytes / t_custom;

  printf("corpus %s: %zu lines -> %zu messages, %.1f MB, single thread, best of %d\n",
         path, nl, nm, (double)bytes / 1e6, ROUNDS);
  printf("every type, one pass (redact_find)     %8.1f MB/s  %zu spans\n", combined, s1);
  printf("one type at a time (multipass baseline)%8.1f MB/s  %zu spans\n", multi, s2);
  printf("speed-up one pass / baseline           %8.2fx\n", combined / multi);
  printf("redact_apply (scan + placeholders)     %8.1f MB/s\n", apply);
  printf("one pass + 2 custom patterns           %8.1f MB/s  %zu spans\n", custom, s3);
  if (s1 != s2) {
    fprintf(stderr, "MISMATCH: combined %zu spans, baseline %zu\n", s1, s2);
    return 1;
  }

  redact_free(r);
  redact_free(rc);
  redact_thread_cleanup();
  for (size_t i = 0; i < nm; i++)
    free(m[i].text);
  free(m);
  for (size_t i = 0; i < nl; i++)
    free(lines[i]);
  return 0;
}
