/* apply: a message with the spans of the masked types replaced by their
 * placeholders (redact_apply), from the one pass of engine.c. */
#include <stdlib.h>
#include <string.h>

#include "redact_int.h"

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
	const char *ph = redact_type_placeholder(o->r, type);
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

int redact_apply(const redactor *r, const char *text, size_t len, uint64_t mask, char **out,
		 size_t *outlen, redact_stats *st)
{
	struct outbuf o = {0};
	int rc;
	if (!out || !outlen)
		return REDACT_EINVAL;
	*out = NULL;
	*outlen = 0;
	if (st)
		memset(st, 0, sizeof *st);
	rc = rx_check_input(r, text, len);
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
		rc = rx_scan(r, text, len, out_span, &o);
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
