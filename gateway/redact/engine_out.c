/* engine_out.c: the scan's outputs: the spans of a message
 * (redact_find), the reference scan of one family at a time
 * (redact_find_multipass), and the scan of a repaired text whose spans are
 * reported on the original (rx_scan; repair.c). */
#include <stdlib.h>
#include <string.h>

#include "redact_int.h"

/* A span of the repaired copy, reported on the original text. */
struct unrepair {
	const struct rx_repair *rp;
	const char *orig;
	rx_emit_fn emit;
	void *ctx;
};

/* Whether t[i] is a space, a tab, a line end or a no-break space (its
 * length, or 0). */
static size_t blank_at(const unsigned char *t, size_t i, size_t end)
{
	if (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r')
		return 1;
	return t[i] == 0xC2 && i + 1 < end && t[i + 1] == 0xA0 ? 2 : 0;
}

/* Reports [start, end) of the repaired copy on the original, cut where the
 * copy holds a space that markup made (a tag, an RTF control): a span never
 * swallows markup ("Flat 8, 171 Pinfold Lane<br>Tiverton" is two, and the
 * <br> stays), nor the blanks at its ends ("&nbsp;Flat 8"). */
static int unrepair_span(const struct rx_repair *rp, const char *orig, size_t start, size_t end,
			 unsigned type, rx_emit_fn emit, void *ctx)
{
	const unsigned char *t = (const unsigned char *)rp->text;
	size_t a = start;
	for (size_t i = start; i <= end; i++) {
		/* (markup reads as one byte: ' ', '\n' or '\t'; so does the
		 * end of a cell of two columns read one after the other, from
		 * spaces or a line end: columns.c) */
		if (i < end && !((t[i] == ' ' || t[i] == '\n' || t[i] == '\t') && rp->me[i] - rp->ms[i] > 1 &&
				 rx_in("<\\ \n\r", orig[rp->ms[i]])))
			continue;
		size_t b = i, k;
		while (a < b && (k = blank_at(t, a, b)) != 0)
			a += k;
		while (b > a && (blank_at(t, b - 1, b) == 1 || (b >= a + 2 && blank_at(t, b - 2, b) == 2)))
			b -= blank_at(t, b - 1, b) == 1 ? 1 : 2;
		if (b > a) {
			int rc = emit(ctx, rp->ms[a], rp->me[b - 1], type);
			if (rc)
				return rc;
		}
		a = i + 1;
	}
	return 0;
}

static int unrepair_emit(void *ctx, size_t start, size_t end, unsigned type)
{
	const struct unrepair *u = ctx;
	return unrepair_span(u->rp, u->orig, start, end, type, u->emit, u->ctx);
}

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

static int span_cmp(const void *a, const void *b)
{
	const redact_span *x = a, *y = b;
	return x->start < y->start ? -1 : x->start > y->start;
}

/* The scan of the text as a person reads it (repair.c): a text with soft
 * hyphens, ligatures, HTML or RTF markup or mojibake is scanned as its
 * repaired copy, and the spans are the original's bytes of theirs. */
int rx_scan(const redactor *r, const char *text, size_t len, rx_emit_fn emit, void *ectx)
{
	struct rx_repair rp;
	int rc = rx_repair(text, len, &rp);
	if (rc <= 0)
		return rc ? rc : rx_scan_text(r, text, len, emit, ectx);
	if (!rp.reordered) {
		struct unrepair u = {&rp, text, emit, ectx};
		rc = rx_scan_text(r, rp.text, rp.len, unrepair_emit, &u);
		rx_repair_free(&rp);
		return rc;
	}
	/* columns read one after the other: the spans come out of order */
	struct spans sp = {0};
	struct unrepair u = {&rp, text, spans_add, &sp};
	rc = rx_scan_text(r, rp.text, rp.len, unrepair_emit, &u);
	rx_repair_free(&rp);
	if (!rc && sp.n)
		qsort(sp.v, sp.n, sizeof *sp.v, span_cmp);
	for (size_t i = 0; i < sp.n && !rc; i++)
		rc = emit(ectx, sp.v[i].start, sp.v[i].end, sp.v[i].type);
	free(sp.v);
	return rc;
}

/* ---- outputs ------------------------------------------------------------------ */

int redact_find(const redactor *r, const char *text, size_t len, redact_span **spans,
		size_t *n)
{
	struct spans sp = {0};
	if (!spans || !n)
		return REDACT_EINVAL;
	*spans = NULL;
	*n = 0;
	int rc = rx_check_input(r, text, len);
	if (rc)
		return rc;
	rc = rx_scan(r, text, len, spans_add, &sp);
	if (rc) {
		free(sp.v);
		return rc;
	}
	*spans = sp.v;
	*n = sp.n;
	return 0;
}


struct all {
	struct rx_out *v;
	size_t n, cap;
};

static int all_add(struct all *a, const struct rx_out *o)
{
	if (a->n == a->cap) {
		size_t cap = a->cap ? a->cap * 2 : 64;
		struct rx_out *v = realloc(a->v, cap * sizeof *v);
		if (!v)
			return REDACT_ENOMEM;
		a->v = v;
		a->cap = cap;
	}
	a->v[a->n++] = *o;
	return 0;
}

struct collect {
	struct rx_sink k;
	struct all *all;
};

static int collect_put(struct rx_sink *k, const struct rx_ctx *x)
{
	struct collect *c = (struct collect *)k;
	for (unsigned i = 0; i < x->nout; i++) {
		int rc = all_add(c->all, &x->out[i]);
		if (rc)
			return rc;
	}
	return 0;
}

static int all_add_cb(void *a, const struct rx_out *o)
{
	return all_add(a, o);
}

int redact_find_multipass(const redactor *r, const char *text, size_t len,
			  redact_span **spans, size_t *n)
{
	struct all all = {0};
	struct spans keep = {0};
	struct collect col = {{collect_put}, &all};
	struct rx_scratch *sc;
	struct rx_ctx x;
	int rc;
	if (!spans || !n)
		return REDACT_EINVAL;
	*spans = NULL;
	*n = 0;
	rc = rx_check_input(r, text, len);
	if (rc)
		return rc;
	sc = rx_scratch_get();
	if (!sc)
		return REDACT_ENOMEM;
	/* the same repaired copy as the one pass's (rx_scan) */
	struct rx_repair rp;
	rc = rx_repair(text, len, &rp);
	if (rc < 0)
		return rc;
	const char *orig = text;
	if (rc) {
		text = rp.text;
		len = rp.len;
	}
	rc = 0;
	memset(&x, 0, sizeof x);
	x.text = text;
	x.len = len;
	x.md = sc->md;
	rx_tables_reset(&x);
	rc = rx_lex(sc, text, len, rx_trigger_bytes(), &x.ntk);
	if (rc) {
		rx_repair_free(&rp);
		return rc;
	}
	x.tk = sc->tk;
	/* every candidate of every family and custom type, each its own scan */
	for (int f = 0; f < F_COUNT && !rc; f++)
		rc = rx_walk(text, len, f, &x, &col.k);
	if (!rc && x.nknown)
		rc = pn_known_before(&x, &col.k);
	if (!rc)
		rc = pn_sibling_rows(&x, all.v, all.n, all_add_cb, &all);
	for (size_t i = 0; i < r->ncustom && !rc; i++) {
		size_t pos = 0, ms, me;
		while (pos < len) {
			rc = rx_custom_match(r->custom[i].code, sc, text, len, pos, &ms, &me);
			if (rc || ms == RX_NONE)
				break;
			struct rx_out o = {ms, me, (unsigned)(REDACT_CUSTOM0 + i)};
			rc = all_add(&all, &o);
			if (rc)
				break;
			pos = rx_next_char(text, len, ms);
		}
	}
	if (rc)
		goto out;
	if (all.n)
		qsort(all.v, all.n, sizeof *all.v, rx_out_cmp);
	rc = rx_resolve(&all.v, &all.n, &all.cap, &x);
	for (size_t i = 0; i < all.n && !rc; i++) {
		if (rp.text)
			rc = unrepair_span(&rp, orig, all.v[i].start, all.v[i].end, all.v[i].type, spans_add, &keep);
		else
			rc = spans_add(&keep, all.v[i].start, all.v[i].end, all.v[i].type);
	}
	if (rc)
		goto out;
	if (rp.reordered && keep.n)
		qsort(keep.v, keep.n, sizeof *keep.v, span_cmp);
	*spans = keep.v;
	*n = keep.n;
	keep.v = NULL;
out:
	free(all.v);
	free(keep.v);
	rx_repair_free(&rp);
	rx_lex_trim(sc);
	return rc;
}
