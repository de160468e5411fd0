/* score_redact: recall, precision and F1 per PII type of the redactor on a
 * labelled corpus (tests/redact-corpus/, JSONL with code-point spans), and
 * the fraction of clean lines (no label) it touches. Uses only the public
 * span API of redact.h (redact_create, redact_find, redact_type_name).
 *
 *   build/score_redact [--errors N] [--by-sub] [--limit N] [--heldout] CORPUS.jsonl
 *
 * Match rule (privacy-first coverage; see tests/redact-corpus/README.md):
 * - A label of type T is FOUND when every alphanumeric code point of it lies
 *   inside some predicted span of type T (one span or several: "Anna" and
 *   "Müller" found separately cover "Anna Müller"; punctuation and spaces
 *   inside or around the value may stay visible).
 * - A predicted span of type T is CORRECT when it has at least one
 *   alphanumeric code point, all of its alphanumeric code points lie inside
 *   labels of type T (so it may take surrounding punctuation and spaces as
 *   slack, or cover "a / b" as one span, but not a word or digit that is not
 *   PII of that type), and every label of type T it touches is FOUND (a span
 *   that hides half a number counts as a false positive, and the label as a
 *   miss).
 * - recall = found labels / labels; precision = correct spans / predicted
 *   spans; F1 their harmonic mean; "overall" sums over types (micro).
 *   Predictions of a type the corpus does not know ("other") are never correct.
 * - Redactor type names map to corpus types: "ssn" -> gov_id, "name" ->
 *   person; the corpus's own names (secret, person, address, dob, gov_id) map
 *   to themselves.
 *
 * Records whose id starts with "heldout-" are refused unless --heldout is
 * given: the held-out part is scored once, at the end. */
#include <jansson.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "redact.h"

enum ctype { CT_EMAIL, CT_PHONE, CT_CARD, CT_IBAN, CT_IP, CT_GOV_ID, CT_SECRET, CT_PERSON,
	     CT_ADDRESS, CT_DOB, CT_OTHER, CT_N };
static const char *const ct_names[CT_N] = {
	"email", "phone", "card", "iban", "ip", "gov_id", "secret", "person", "address", "dob",
	"other"
};

#define SCORE_MAX_SPANS 256    /* labels or predictions per record */
#define SCORE_MAX_LINE (1u << 20)
#define SCORE_MAX_SUBS 512

struct cspan {
	size_t s, e;  /* code points, end exclusive */
	int type;
	const char *sub;  /* borrowed from the record's JSON, labels only */
	const char *region;  /* phones: the numbering plan ("plan", else "region") */
};

struct tstat {
	size_t labels, found, preds, correct;
};

struct substat {
	char name[48];
	size_t labels, found;
};

struct score {
	struct tstat t[CT_N];
	size_t lines, clean, clean_touched, lines_with_fp;
	struct substat sub[SCORE_MAX_SUBS];
	size_t nsub;
	/* hard-negative tags: labels = lines with the tag, found = those lines
	 * with a wrong span */
	struct substat neg[SCORE_MAX_SUBS];
	size_t nneg;
};

static int ctype_of(const char *name)
{
	if (!name)
		return CT_OTHER;
	if (strcmp(name, "ssn") == 0)
		return CT_GOV_ID;
	if (strcmp(name, "name") == 0)
		return CT_PERSON;
	for (int i = 0; i < CT_OTHER; i++)
		if (strcmp(name, ct_names[i]) == 0)
			return i;
	return CT_OTHER;
}

/* Per code point: is it alphanumeric (C.UTF-8 iswalnum)? Returns the count
 * of code points; *alnum is a new array (caller frees), NULL on error. */
static size_t alnum_map(const char *text, size_t len, unsigned char **alnum)
{
	unsigned char *m = malloc(len + 1);
	size_t n = 0;
	mbstate_t st;
	memset(&st, 0, sizeof(st));
	*alnum = NULL;
	if (!m)
		return 0;
	for (size_t i = 0; i < len;) {
		wchar_t wc;
		size_t k = mbrtowc(&wc, text + i, len - i, &st);
		if (k == (size_t)-1 || k == (size_t)-2) {
			free(m);
			return 0;
		}
		if (k == 0)
			k = 1;  /* embedded NUL: one code point, not alnum */
		m[n++] = k > 0 && wc != 0 && iswalnum((wint_t)wc);
		i += k;
	}
	*alnum = m;
	return n;
}

/* Byte offset -> code point index. */
static size_t byte_to_cp(const char *text, size_t b)
{
	size_t cp = 0;
	for (size_t i = 0; i < b; i++)
		cp += ((unsigned char)text[i] & 0xc0) != 0x80;
	return cp;
}

static void tally(struct substat *tab, size_t *n, const char *name, int hit)
{
	for (size_t i = 0; i < *n; i++) {
		if (strcmp(tab[i].name, name) == 0) {
			tab[i].labels++;
			tab[i].found += hit != 0;
			return;
		}
	}
	if (*n == SCORE_MAX_SUBS)
		return;
	snprintf(tab[*n].name, sizeof(tab[*n].name), "%s", name);
	tab[*n].labels = 1;
	tab[*n].found = hit != 0;
	(*n)++;
}

static void sub_count(struct score *sc, const struct cspan *l, int found)
{
	char name[48];
	if (l->region)
		snprintf(name, sizeof(name), "%s/%s:%s", ct_names[l->type], l->region,
		         l->sub ? l->sub : "-");
	else
		snprintf(name, sizeof(name), "%s/%s", ct_names[l->type], l->sub ? l->sub : "-");
	tally(sc->sub, &sc->nsub, name, found);
}

/* Scores one record: labels lab[0..nlab), predictions pred[0..npred) over a
 * text of ncp code points whose alnum map is alnum. Fills found[i] for each
 * label and correct[j] for each prediction (either may be NULL). Returns 1
 * when a prediction is wrong, 0 when none is, -1 when a span lies outside
 * the text. */
static int score_record(const unsigned char *alnum, size_t ncp, const struct cspan *lab,
                        size_t nlab, const struct cspan *pred, size_t npred,
                        struct score *sc, int *found, int *correct)
{
	/* cover[cp]: bit t set when a prediction of type t covers cp;
	 * labelled[cp]: bit t set when a label of type t covers cp */
	uint16_t *cover = calloc(ncp + 1, sizeof(*cover));
	uint16_t *labelled = calloc(ncp + 1, sizeof(*labelled));
	int rc = -1, any_fp = 0;
	if (!cover || !labelled)
		goto out;
	for (size_t i = 0; i < nlab; i++) {
		if (lab[i].s >= lab[i].e || lab[i].e > ncp)
			goto out;
		for (size_t c = lab[i].s; c < lab[i].e; c++)
			labelled[c] |= (uint16_t)(1u << lab[i].type);
	}
	for (size_t j = 0; j < npred; j++) {
		if (pred[j].s >= pred[j].e || pred[j].e > ncp)
			goto out;
		for (size_t c = pred[j].s; c < pred[j].e; c++)
			cover[c] |= (uint16_t)(1u << pred[j].type);
	}
	int lfound[SCORE_MAX_SPANS];
	for (size_t i = 0; i < nlab; i++) {
		int ok = 1;
		uint16_t bit = (uint16_t)(1u << lab[i].type);
		for (size_t c = lab[i].s; c < lab[i].e && ok; c++)
			if (alnum[c] && !(cover[c] & bit))
				ok = 0;
		lfound[i] = ok;
		if (found)
			found[i] = ok;
		sc->t[lab[i].type].labels++;
		sc->t[lab[i].type].found += ok;
		sub_count(sc, &lab[i], ok);
	}
	for (size_t j = 0; j < npred; j++) {
		int t = pred[j].type, ok = t != CT_OTHER, nal = 0;
		uint16_t bit = (uint16_t)(1u << t);
		for (size_t c = pred[j].s; c < pred[j].e && ok; c++) {
			if (!alnum[c])
				continue;
			nal++;
			if (!(labelled[c] & bit))
				ok = 0;
		}
		if (nal == 0)
			ok = 0;
		for (size_t i = 0; i < nlab && ok; i++) {
			if (lab[i].type != t || lab[i].e <= pred[j].s || lab[i].s >= pred[j].e)
				continue;
			if (!lfound[i])
				ok = 0;
		}
		if (correct)
			correct[j] = ok;
		sc->t[t].preds++;
		sc->t[t].correct += ok;
		any_fp |= !ok;
	}
	sc->lines++;
	if (nlab == 0) {
		sc->clean++;
		sc->clean_touched += npred > 0;
	}
	sc->lines_with_fp += any_fp;
	rc = any_fp;
out:
	free(cover);
	free(labelled);
	return rc;
}

static double ratio(size_t a, size_t b)
{
	return b ? (double)a / (double)b : -1.0;
}

/* F1 of recall r and precision p (-1: undefined). No predictions at all
 * while there are labels is recall 0, F1 0. */
static double f1(double r, double p)
{
	if (r < 0)
		return -1.0;
	if (p < 0 || r + p == 0)
		return r == 0 ? 0.0 : -1.0;
	return 2 * r * p / (r + p);
}

static void print_num(double v)
{
	if (v < 0)
		printf("  %6s", "-");
	else
		printf("  %6.4f", v);
}

static int sub_cmp(const void *a, const void *b)
{
	return strcmp(((const struct substat *)a)->name, ((const struct substat *)b)->name);
}

static void print_report(struct score *sc, const char *path, int by_sub)
{
	struct tstat all;
	memset(&all, 0, sizeof(all));
	printf("corpus: %s (%zu lines, %zu clean)\n", path, sc->lines, sc->clean);
	printf("%-8s  %6s  %6s  %6s  %6s  %6s  %6s  %6s\n", "type", "labels", "found", "preds",
	       "corr", "recall", "prec", "F1");
	for (int t = 0; t < CT_N; t++) {
		const struct tstat *s = &sc->t[t];
		if (t == CT_OTHER && s->preds == 0)
			continue;
		double r = ratio(s->found, s->labels), p = ratio(s->correct, s->preds);
		double f = f1(r, p);
		printf("%-8s  %6zu  %6zu  %6zu  %6zu", ct_names[t], s->labels, s->found, s->preds,
		       s->correct);
		print_num(r);
		print_num(p);
		print_num(f);
		printf("\n");
		all.labels += s->labels;
		all.found += s->found;
		all.preds += s->preds;
		all.correct += s->correct;
	}
	double r = ratio(all.found, all.labels), p = ratio(all.correct, all.preds);
	printf("%-8s  %6zu  %6zu  %6zu  %6zu", "overall", all.labels, all.found, all.preds,
	       all.correct);
	print_num(r);
	print_num(p);
	print_num(f1(r, p));
	printf("\nclean lines touched: %zu / %zu = %.2f %%\n", sc->clean_touched, sc->clean,
	       sc->clean ? 100.0 * (double)sc->clean_touched / (double)sc->clean : 0.0);
	printf("lines with a wrong span: %zu / %zu\n", sc->lines_with_fp, sc->lines);
	if (by_sub) {
		printf("\nrecall by subtype:\n");
		qsort(sc->sub, sc->nsub, sizeof(sc->sub[0]), sub_cmp);
		for (size_t i = 0; i < sc->nsub; i++)
			printf("  %-28s %5zu / %5zu  %6.4f\n", sc->sub[i].name, sc->sub[i].found,
			       sc->sub[i].labels, ratio(sc->sub[i].found, sc->sub[i].labels));
		printf("\nhard negatives: lines with a wrong span / lines with the tag:\n");
		qsort(sc->neg, sc->nneg, sizeof(sc->neg[0]), sub_cmp);
		for (size_t i = 0; i < sc->nneg; i++)
			printf("  %-28s %5zu / %5zu\n", sc->neg[i].name, sc->neg[i].found,
			       sc->neg[i].labels);
	}
}

/* Reads the labels of one record. Returns the count or -1. */
static int read_labels(json_t *rec, struct cspan *lab)
{
	json_t *spans = json_object_get(rec, "spans"), *sp;
	size_t i;
	int n = 0;
	if (!json_is_array(spans) || json_array_size(spans) > SCORE_MAX_SPANS)
		return -1;
	json_array_foreach(spans, i, sp) {
		json_t *s = json_object_get(sp, "start"), *e = json_object_get(sp, "end");
		int t = ctype_of(json_string_value(json_object_get(sp, "type")));
		if (!json_is_integer(s) || !json_is_integer(e) || t == CT_OTHER ||
		    json_integer_value(s) < 0 || json_integer_value(e) < 0)
			return -1;
		lab[n].s = (size_t)json_integer_value(s);
		lab[n].e = (size_t)json_integer_value(e);
		lab[n].type = t;
		lab[n].sub = json_string_value(json_object_get(sp, "sub"));
		lab[n].region = json_string_value(json_object_get(sp, "plan"));
		if (!lab[n].region)
			lab[n].region = json_string_value(json_object_get(sp, "region"));
		n++;
	}
	return n;
}

static void show(const char *what, const char *id, const char *text, size_t s, size_t e,
                 const char *type)
{
	/* print the code points [s, e) by walking the UTF-8 text */
	const char *p = text, *bs = NULL, *be = NULL;
	size_t cp = 0;
	for (; *p; cp++) {
		if (cp == s)
			bs = p;
		if (cp == e)
			be = p;
		p++;
		while ((*p & 0xc0) == 0x80)
			p++;
	}
	if (cp == e)
		be = p;
	if (!bs || !be)
		return;
	/* separators that look like a space or a dash are shown escaped, so a
	 * miss caused by one is visible */
	printf("  %s %-7s %-12s \"", what, type, id);
	for (const char *q = bs; q < be; q++) {
		const unsigned char *u = (const unsigned char *)q;
		const char *esc = NULL;
		size_t skip = 0;
		if (*q == '\n') {
			esc = "\\n";
		} else if (be - q >= 2 && u[0] == 0xc2 && u[1] == 0xa0) {
			esc = "\\u00a0";
			skip = 1;
		} else if (be - q >= 3 && u[0] == 0xe2 && u[1] == 0x80 && (u[2] == 0xaf || u[2] == 0x93)) {
			esc = u[2] == 0xaf ? "\\u202f" : "\\u2013";
			skip = 2;
		}
		if (esc)
			fputs(esc, stdout);
		else
			putchar(*q);
		q += skip;
	}
	printf("\"\n");
}

#ifndef SCORE_REDACT_TEST
int main(int argc, char **argv)
{
	const char *path = NULL;
	long errors = 0, limit = -1;
	int by_sub = 0, heldout_ok = 0, rc = 1;
	char err[256];
	redactor *r = NULL;
	FILE *f = NULL;
	char *line = NULL;
	size_t cap = 0, shown = 0;
	struct score *sc = calloc(1, sizeof(*sc));

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--errors") == 0 && i + 1 < argc)
			errors = strtol(argv[++i], NULL, 10);
		else if (strcmp(argv[i], "--limit") == 0 && i + 1 < argc)
			limit = strtol(argv[++i], NULL, 10);
		else if (strcmp(argv[i], "--by-sub") == 0)
			by_sub = 1;
		else if (strcmp(argv[i], "--heldout") == 0)
			heldout_ok = 1;
		else if (argv[i][0] != '-' && !path)
			path = argv[i];
		else {
			path = NULL;
			break;
		}
	}
	if (!path || !sc) {
		fprintf(stderr, "usage: %s [--errors N] [--by-sub] [--limit N] [--heldout] CORPUS.jsonl\n",
		        argv[0]);
		goto out;
	}
	if (!setlocale(LC_CTYPE, "C.UTF-8")) {
		fprintf(stderr, "score_redact: the C.UTF-8 locale is missing\n");
		goto out;
	}
	if (redact_create(&r, NULL, 0, err, sizeof(err))) {
		fprintf(stderr, "score_redact: %s\n", err);
		goto out;
	}
	f = fopen(path, "r");
	if (!f) {
		perror(path);
		goto out;
	}
	if (heldout_ok)
		printf("*** HELD-OUT corpus: score it once, at the end (see its README) ***\n");
	for (long lineno = 1;; lineno++) {
		ssize_t got = getline(&line, &cap, f);
		if (got < 0)
			break;
		if (limit >= 0 && lineno > limit)
			break;
		if (got == 0 || (size_t)got > SCORE_MAX_LINE) {
			fprintf(stderr, "%s:%ld: empty or too long\n", path, lineno);
			goto out;
		}
		json_error_t jerr;
		json_t *rec = json_loadb(line, (size_t)got, 0, &jerr);
		json_t *jt = json_object_get(rec, "text");
		const char *id = json_string_value(json_object_get(rec, "id"));
		const char *text = json_string_value(jt);
		size_t tlen = json_string_length(jt);
		struct cspan lab[SCORE_MAX_SPANS], pred[SCORE_MAX_SPANS];
		int found[SCORE_MAX_SPANS], correct[SCORE_MAX_SPANS];
		int nlab = rec ? read_labels(rec, lab) : -1;
		redact_span *sp = NULL;
		size_t nsp = 0;
		unsigned char *alnum = NULL;
		size_t ncp;
		int bad = 0;

		if (!text || !id || nlab < 0) {
			fprintf(stderr, "%s:%ld: not a corpus record\n", path, lineno);
			json_decref(rec);
			goto out;
		}
		if (strncmp(id, "heldout-", 8) == 0 && !heldout_ok) {
			fprintf(stderr, "%s:%ld: a held-out record; pass --heldout to score the held-out "
			        "part (once, at the end)\n", path, lineno);
			json_decref(rec);
			goto out;
		}
		ncp = alnum_map(text, tlen, &alnum);
		int frc = redact_find(r, text, tlen, &sp, &nsp);
		if (frc || !alnum || nsp > SCORE_MAX_SPANS) {
			fprintf(stderr, "%s:%ld: redact_find: %s\n", path, lineno,
			        frc ? redact_strerror(frc) : "text or span count out of range");
			bad = 1;
		}
		for (size_t j = 0; !bad && j < nsp; j++) {
			pred[j].s = byte_to_cp(text, sp[j].start);
			pred[j].e = byte_to_cp(text, sp[j].end);
			pred[j].type = ctype_of(redact_type_name(r, sp[j].type));
			pred[j].sub = NULL;
			pred[j].region = NULL;
		}
		int src = bad ? 0 : score_record(alnum, ncp, lab, (size_t)nlab, pred, nsp, sc, found,
		                                 correct);
		if (src < 0) {
			fprintf(stderr, "%s:%ld: a span lies outside the text\n", path, lineno);
			bad = 1;
		}
		if (!bad) {
			size_t k;
			json_t *tag;
			json_array_foreach(json_object_get(rec, "neg"), k, tag)
				if (json_is_string(tag))
					tally(sc->neg, &sc->nneg, json_string_value(tag), src > 0);
		}
		for (int i = 0; !bad && i < nlab && (long)shown < errors; i++)
			if (!found[i]) {
				show("FN", id, text, lab[i].s, lab[i].e, ct_names[lab[i].type]);
				shown++;
			}
		for (size_t j = 0; !bad && j < nsp && (long)shown < errors; j++)
			if (!correct[j]) {
				show("FP", id, text, pred[j].s, pred[j].e, ct_names[pred[j].type]);
				shown++;
			}
		free(alnum);
		free(sp);
		json_decref(rec);
		if (bad)
			goto out;
	}
	if (errors > 0)
		printf("\n");
	print_report(sc, path, by_sub);
	rc = 0;
out:
	free(line);
	if (f)
		fclose(f);
	redact_free(r);
	free(sc);
	return rc;
}
#endif
