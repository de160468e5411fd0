/* engine: compiles the families' fragments into one JIT pattern, scans a
 * message once, and resolves the candidates the detectors report into
 * non-overlapping spans (earliest start, then longest, then type rank).
 *
 * Exactness: a match at start s is checked by every family that can start
 * with text[s] (anchored re-checks), so the one pass sees the same
 * candidates as one scan per family (redact_find_multipass); candidates are
 * finalised in sorted order once no later match can report one starting
 * earlier (RX_LOOKBACK), so both give the same spans. The fuzz target
 * checks this on every input. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <assert.h>
#include <pcre2.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "redact_int.h"

/* ---- types ------------------------------------------------------------------ */

static const char *const builtin_name[REDACT_NBUILTIN] = {
	[REDACT_EMAIL] = "email", [REDACT_PHONE] = "phone", [REDACT_CARD] = "card",
	[REDACT_IBAN] = "iban", [REDACT_IP] = "ip", [REDACT_SSN] = "ssn",
	[REDACT_GOV_ID] = "gov_id", [REDACT_SECRET] = "secret", [REDACT_PERSON] = "person",
	[REDACT_ADDRESS] = "address", [REDACT_DOB] = "dob",
};
static const char *const builtin_placeholder[REDACT_NBUILTIN] = {
	[REDACT_EMAIL] = "[EMAIL]", [REDACT_PHONE] = "[PHONE]", [REDACT_CARD] = "[CARD]",
	[REDACT_IBAN] = "[IBAN]", [REDACT_IP] = "[IP]", [REDACT_SSN] = "[SSN]",
	[REDACT_GOV_ID] = "[ID]", [REDACT_SECRET] = "[SECRET]", [REDACT_PERSON] = "[NAME]",
	[REDACT_ADDRESS] = "[ADDRESS]", [REDACT_DOB] = "[DOB]",
};
/* Tie-break between types reporting the same span: the more specific
 * validator first. Custom types follow in configuration order. */
static const unsigned builtin_rank[REDACT_NBUILTIN] = {
	[REDACT_SECRET] = 0, [REDACT_EMAIL] = 1, [REDACT_IBAN] = 2, [REDACT_CARD] = 3,
	[REDACT_SSN] = 4, [REDACT_GOV_ID] = 5, [REDACT_IP] = 6, [REDACT_DOB] = 7,
	[REDACT_PHONE] = 8, [REDACT_ADDRESS] = 9, [REDACT_PERSON] = 10,
};

static unsigned rank(unsigned type)
{
	return type < REDACT_NBUILTIN ? builtin_rank[type] : type;
}

/* ---- families and fragments ------------------------------------------------- */

struct family {
	const struct rx_frag *frags;
	const size_t *n;
};

/* Scan order: the combined pattern tries fragments in this order (it only
 * decides which family reports first at a start; every other family that
 * can start there is re-checked). */
static const struct family families[F_COUNT] = {
	[F_SECRET] = {rx_secret_frags, &rx_secret_nfrags},
	[F_EMAIL] = {rx_email_frags, &rx_email_nfrags},
	[F_IBAN] = {rx_iban_frags, &rx_iban_nfrags},
	[F_CARD] = {rx_card_frags, &rx_card_nfrags},
	[F_GOV] = {rx_gov_frags, &rx_gov_nfrags},
	[F_IP] = {rx_ip_frags, &rx_ip_nfrags},
	[F_DOB] = {rx_dob_frags, &rx_dob_nfrags},
	[F_PHONE] = {rx_phone_frags, &rx_phone_nfrags},
	[F_ADDRESS] = {rx_address_frags, &rx_address_nfrags},
	[F_PERSON] = {rx_person_frags, &rx_person_nfrags},
};
static const unsigned char family_order[F_COUNT] = {
	F_SECRET, F_EMAIL, F_IBAN, F_CARD, F_GOV, F_IP, F_DOB, F_PHONE, F_ADDRESS, F_PERSON,
};

#define MAX_FRAGS 250 /* callout numbers are 1..255 */

/* The global fragment list, built once (pthread_once): index i is callout
 * number i + 1. */
static const struct rx_frag *frag_list[MAX_FRAGS];
static size_t nfrag_list;
static pthread_once_t frag_once = PTHREAD_ONCE_INIT;

static void frags_init(void)
{
	for (size_t k = 0; k < F_COUNT; k++) {
		const struct family *f = &families[family_order[k]];
		for (size_t i = 0; i < *f->n; i++) {
			assert(f->frags[i].family == family_order[k]);
			if (nfrag_list < MAX_FRAGS)
				frag_list[nfrag_list++] = &f->frags[i];
		}
	}
}

/* ---- PCRE2 limits and per-thread scratch ------------------------------------ */

/* Built-in fragments are atomic and bounded; custom ones are the operator's:
 * a runaway custom pattern fails the call (EMATCH) instead of stalling a
 * request thread. */
#define MATCH_LIMIT 5000000u
#define DEPTH_LIMIT 10000u
#define JIT_STACK_MIN (32u * 1024u)
#define JIT_STACK_MAX (1024u * 1024u)
#define MD_PAIRS 32u

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

/* ---- the redactor ----------------------------------------------------------- */

struct custom {
	char name[REDACT_MAX_NAME + 1];
	char placeholder[REDACT_MAX_NAME + 3];
	pcre2_code *code;
};

struct redactor {
	pcre2_code *combined;
	/* per family: alone (multipass) and anchored (re-check at a start;
	 * anchoring is compiled in: JIT does not support PCRE2_ANCHORED as a
	 * match-time option and would fall back to the interpreter) */
	pcre2_code *family[F_COUNT];
	pcre2_code *anchored[F_COUNT];
	/* bit b of may_start[f]: a match of family f can start with byte b */
	uint8_t may_start[F_COUNT][32];
	unsigned char frag_family[MAX_FRAGS];
	struct custom custom[REDACT_MAX_CUSTOM];
	size_t ncustom;
};

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

/* A growing string for building the patterns. */
struct sbuf {
	char *s;
	size_t n, cap;
	int oom;
};

static void sb_add(struct sbuf *b, const char *s)
{
	size_t k = strlen(s);
	if (b->oom)
		return;
	if (b->n + k + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		while (b->n + k + 1 > cap)
			cap *= 2;
		char *p = realloc(b->s, cap);
		if (!p) {
			b->oom = 1;
			return;
		}
		b->s = p;
		b->cap = cap;
	}
	memcpy(b->s + b->n, s, k + 1);
	b->n += k;
}

/* Word start: not after an ASCII word character, nor after a two-byte UTF-8
 * letter (U+00C0..U+07FF: Latin, Greek, Cyrillic...). Three-byte
 * characters (CJK, dashes, NBSP-like spaces) do not join words, so a number
 * right after "号是" or an en dash is still a token. */
#define WORD_GUARD "(?<![A-Za-z0-9_])(?<![\\xc3-\\xdf][\\x80-\\xbf])"
#define SKIP_WORD "(?:[A-Za-z0-9_]|[\\xc3-\\xdf][\\x80-\\xbf])++(*SKIP)(*FAIL)"

static void add_frag(struct sbuf *b, size_t i, int *nparts)
{
	char num[32];
	sb_add(b, (*nparts)++ ? "|(?>" : "(?>");
	sb_add(b, frag_list[i]->pattern);
	snprintf(num, sizeof num, ")(?C%zu)", i + 1);
	sb_add(b, num);
}

/* The fragments of family fam (fam < 0: all, and then with the word skip)
 * as one alternation: (?:ANY|...|WORD_GUARD(?:WORD|...[|SKIP_WORD])). */
static void build_pattern(struct sbuf *b, int fam)
{
	int nparts = 0, nword = 0;
	sb_add(b, "(?:");
	for (size_t i = 0; i < nfrag_list; i++)
		if (frag_list[i]->where == RX_ANY && (fam < 0 || frag_list[i]->family == (unsigned)fam))
			add_frag(b, i, &nparts);
	for (size_t i = 0; i < nfrag_list; i++) {
		if (frag_list[i]->where != RX_WORD || (fam >= 0 && frag_list[i]->family != (unsigned)fam))
			continue;
		if (!nword)
			sb_add(b, nparts ? "|" WORD_GUARD "(?:" : WORD_GUARD "(?:");
		add_frag(b, i, &nword);
	}
	if (fam < 0) {
		if (!nword)
			sb_add(b, nparts ? "|" WORD_GUARD "(?:" : WORD_GUARD "(?:");
		sb_add(b, nword++ ? "|" SKIP_WORD : SKIP_WORD);
	}
	if (nword)
		sb_add(b, ")");
	if (!nparts && !nword)
		sb_add(b, "(*FAIL)");
	sb_add(b, ")");
}

static int compile(const char *pat, uint32_t opts, pcre2_code **out, int *errcode,
		   size_t *erroff)
{
	*out = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED, opts, errcode, erroff, NULL);
	if (!*out)
		return -1;
	/* JIT is an optimisation: without it (unsupported CPU) the interpreter
	 * gives the same results. */
	(void)pcre2_jit_compile(*out, PCRE2_JIT_COMPLETE);
	return 0;
}

/* The bytes a match of code can start with, from PCRE2's own start-of-match
 * analysis (all bytes when it has none). */
static void start_bytes(const pcre2_code *code, uint8_t bits[32])
{
	const uint8_t *bm = NULL;
	uint32_t type = 0, unit = 0;
	if (pcre2_pattern_info(code, PCRE2_INFO_FIRSTBITMAP, &bm) == 0 && bm) {
		memcpy(bits, bm, 32);
		return;
	}
	if (pcre2_pattern_info(code, PCRE2_INFO_FIRSTCODETYPE, &type) == 0 && type == 1 &&
	    pcre2_pattern_info(code, PCRE2_INFO_FIRSTCODEUNIT, &unit) == 0 && unit < 256) {
		memset(bits, 0, 32);
		bits[unit / 8] |= (uint8_t)(1u << (unit % 8));
		if (rx_is_alpha((int)unit)) {
			unsigned o = unit ^ 0x20u;
			bits[o / 8] |= (uint8_t)(1u << (o % 8));
		}
		return;
	}
	memset(bits, 0xff, 32);
}

static int compile_builtin(redactor *r, char *err, size_t errsz)
{
	struct sbuf b = {0};
	int ec = 0, rc = 0;
	size_t eoff = 0;
	char msg[160];
	for (size_t i = 0; i < nfrag_list; i++)
		r->frag_family[i] = frag_list[i]->family;
	build_pattern(&b, -1);
	if (b.oom) {
		rc = REDACT_ENOMEM;
		goto out;
	}
	if (compile(b.s, 0, &r->combined, &ec, &eoff))
		goto fail;
	for (int f = 0; f < F_COUNT; f++) {
		b.n = 0;
		if (b.s)
			b.s[0] = '\0';
		build_pattern(&b, f);
		if (b.oom) {
			rc = REDACT_ENOMEM;
			goto out;
		}
		if (compile(b.s, 0, &r->family[f], &ec, &eoff) ||
		    compile(b.s, PCRE2_ANCHORED, &r->anchored[f], &ec, &eoff))
			goto fail;
		start_bytes(r->anchored[f], r->may_start[f]);
	}
	goto out;
fail:
	pcre2_get_error_message(ec, (PCRE2_UCHAR *)msg, sizeof msg);
	set_err(err, errsz, "built-in pattern: %s at offset %zu", msg, eoff);
	rc = REDACT_EINTERNAL;
out:
	free(b.s);
	return rc;
}

int redact_name_check(const char *name, char *why, size_t whysz)
{
	size_t n;
	if (!name) {
		set_err(why, whysz, "no name");
		return REDACT_ENAME;
	}
	n = strlen(name);
	int ok = n > 0 && n <= REDACT_MAX_NAME && rx_is_lower((unsigned char)name[0]);
	for (size_t i = 0; ok && i < n; i++)
		ok = rx_is_lower((unsigned char)name[i]) || rx_is_digit((unsigned char)name[i]) ||
		     name[i] == '_';
	if (!ok) {
		set_err(why, whysz,
			"'%.40s' is not a type name: 1-%d of [a-z0-9_], starting with a letter",
			name, REDACT_MAX_NAME);
		return REDACT_ENAME;
	}
	int reserved = strcmp(name, "pii") == 0;
	for (unsigned t = 0; t < REDACT_NBUILTIN; t++)
		reserved |= strcmp(name, builtin_name[t]) == 0;
	if (reserved) {
		set_err(why, whysz, "'%s' is a built-in type name", name);
		return REDACT_ENAME;
	}
	return 0;
}

int redact_create(redactor **out, const redact_custom *custom, size_t ncustom, char *err,
		  size_t errsz)
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
		set_err(err, errsz, "%zu custom patterns given, at most %d allowed", ncustom,
			REDACT_MAX_CUSTOM);
		return REDACT_ETOOMANY;
	}
	pthread_once(&frag_once, frags_init);
	r = calloc(1, sizeof *r);
	if (!r)
		return REDACT_ENOMEM;
	rc = compile_builtin(r, err, errsz);
	if (rc)
		goto out;

	for (size_t i = 0; i < ncustom; i++) {
		const char *nm = custom[i].name, *pat = custom[i].pattern;
		char why[128];
		if (!nm || !pat) {
			rc = REDACT_EINVAL;
			goto out;
		}
		rc = redact_name_check(nm, why, sizeof why);
		if (rc) {
			set_err(err, errsz, "custom pattern %zu: %s", i, why);
			goto out;
		}
		for (size_t j = 0; j < i; j++) {
			if (strcmp(nm, r->custom[j].name) == 0) {
				set_err(err, errsz, "custom pattern '%s' is defined twice", nm);
				rc = REDACT_ENAME;
				goto out;
			}
		}
		if (strlen(pat) > REDACT_MAX_PATTERN) {
			set_err(err, errsz, "custom pattern '%s': longer than %d bytes", nm,
				REDACT_MAX_PATTERN);
			rc = REDACT_EPATTERN;
			goto out;
		}
		struct custom *c = &r->custom[i];
		if (compile(pat, PCRE2_UTF | PCRE2_NEVER_BACKSLASH_C, &c->code, &ec, &eoff)) {
			pcre2_get_error_message(ec, (PCRE2_UCHAR *)msg, sizeof msg);
			set_err(err, errsz, "custom pattern '%s': %s at offset %zu", nm, msg, eoff);
			rc = REDACT_EPATTERN;
			goto out;
		}
		size_t n = strlen(nm);
		memcpy(c->name, nm, n + 1);
		c->placeholder[0] = '[';
		for (size_t k = 0; k < n; k++)
			c->placeholder[k + 1] = rx_upper(nm[k]);
		c->placeholder[n + 1] = ']';
		c->placeholder[n + 2] = '\0';
		r->ncustom = i + 1;
	}
	*out = r;
	return 0;
out:
	redact_free(r);
	return rc;
}

void redact_free(redactor *r)
{
	if (!r)
		return;
	pcre2_code_free(r->combined);
	for (unsigned f = 0; f < F_COUNT; f++) {
		pcre2_code_free(r->family[f]);
		pcre2_code_free(r->anchored[f]);
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

const char *redact_type_placeholder(const redactor *r, unsigned t)
{
	if (!r || t >= redact_type_count(r))
		return NULL;
	return t < REDACT_NBUILTIN ? builtin_placeholder[t]
				   : r->custom[t - REDACT_NBUILTIN].placeholder;
}

int redact_type_mask(const redactor *r, const char *const *names, size_t n, uint64_t *mask)
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

/* ---- matching --------------------------------------------------------------- */

int rx_emit(struct rx_ctx *c, size_t start, size_t end, unsigned type)
{
	if (start >= end || end > c->len || c->nout == RX_MAX_OUT ||
	    start + RX_LOOKBACK < c->ms)
		return 0;
	c->out[c->nout].start = start;
	c->out[c->nout].end = end;
	c->out[c->nout].type = type;
	c->nout++;
	return 1;
}

struct call {
	const redactor *r;
	struct rx_ctx *ctx;
	int frag; /* fragment index of the accepted match, -1 none */
};

/* Called by PCRE2 at the end of each fragment: 0 accepts (the pattern then
 * ends, so the match succeeds with the detector's spans in ctx), 1 rejects
 * and PCRE2 goes on with the next alternative or start. */
static int on_callout(pcre2_callout_block *cb, void *data)
{
	struct call *k = data;
	size_t i = cb->callout_number - 1;
	if (i >= nfrag_list)
		return 1;
	struct rx_ctx *c = k->ctx;
	c->ms = cb->start_match;
	c->me = cb->current_position;
	c->nout = 0;
	if (!frag_list[i]->detect(c) || c->nout == 0)
		return 1;
	k->frag = (int)i;
	return 0;
}

#define NONE ((size_t)-1)

/* Next accepted built-in match of code at or after pos (at pos for an
 * anchored code): *ms its start (NONE when there is none), the spans in
 * k->ctx, k->frag the fragment. */
static int builtin_match(pcre2_code *code, struct scratch *sc, struct call *k, size_t pos,
			 size_t *ms)
{
	k->frag = -1;
	k->ctx->nout = 0;
	pcre2_set_callout(sc->mctx, on_callout, k);
	int m = pcre2_match(code, (PCRE2_SPTR)k->ctx->text, k->ctx->len, pos, 0, sc->md,
			    sc->mctx);
	if (m == PCRE2_ERROR_NOMATCH) {
		*ms = NONE;
		return 0;
	}
	if (m < 0)
		return REDACT_EMATCH;
	*ms = pcre2_get_ovector_pointer(sc->md)[0];
	if (k->frag < 0) { /* cannot happen: every fragment ends in a callout */
		*ms = NONE;
		return REDACT_EINTERNAL;
	}
	return 0;
}

/* Next match of a custom pattern at or after pos (operator callouts are
 * ignored); NONE when there is none. */
static int custom_match(const pcre2_code *code, struct scratch *sc, const char *text,
			size_t len, size_t pos, size_t *ms, size_t *me)
{
	pcre2_set_callout(sc->mctx, NULL, NULL);
	int m = pcre2_match(code, (PCRE2_SPTR)text, len, pos, PCRE2_NO_UTF_CHECK | PCRE2_NOTEMPTY,
			    sc->md, sc->mctx);
	if (m == PCRE2_ERROR_NOMATCH) {
		*ms = *me = NONE;
		return 0;
	}
	if (m < 0)
		return REDACT_EMATCH;
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->md);
	*ms = ov[0];
	*me = ov[1];
	if (*me <= *ms) /* cannot happen with NOTEMPTY; never emit an empty span */
		*ms = *me = NONE;
	return 0;
}

/* ---- candidates and their resolution ------------------------------------------ */

struct cands {
	struct rx_out *v;
	size_t n, cap, head; /* v[head..n) pending, sorted */
};

static int cand_before(const struct rx_out *a, const struct rx_out *b)
{
	if (a->start != b->start)
		return a->start < b->start;
	if (a->end != b->end)
		return a->end > b->end; /* longer first */
	return rank(a->type) < rank(b->type);
}

static int cand_add(struct cands *c, const struct rx_out *o)
{
	if (c->head > 0 && c->head == c->n) {
		c->head = c->n = 0;
	}
	if (c->n == c->cap) {
		if (c->head > 0) {
			memmove(c->v, c->v + c->head, (c->n - c->head) * sizeof *c->v);
			c->n -= c->head;
			c->head = 0;
		} else {
			size_t cap = c->cap ? c->cap * 2 : 32;
			struct rx_out *v = realloc(c->v, cap * sizeof *v);
			if (!v)
				return REDACT_ENOMEM;
			c->v = v;
			c->cap = cap;
		}
	}
	size_t i = c->n;
	while (i > c->head && cand_before(o, &c->v[i - 1])) {
		c->v[i] = c->v[i - 1];
		i--;
	}
	c->v[i] = *o;
	c->n++;
	return 0;
}

typedef int (*emit_fn)(void *ctx, size_t start, size_t end, unsigned type);

struct resolver {
	size_t last_end;
	emit_fn emit;
	void *ctx;
};

/* Emits, in order, the pending candidates starting before `upto` that do
 * not overlap an emitted span. */
static int finalize(struct cands *c, struct resolver *rs, size_t upto)
{
	while (c->head < c->n && c->v[c->head].start < upto) {
		const struct rx_out *o = &c->v[c->head++];
		if (o->start < rs->last_end)
			continue;
		int rc = rs->emit(rs->ctx, o->start, o->end, o->type);
		if (rc)
			return rc;
		rs->last_end = o->end;
	}
	return 0;
}

static int add_outs(struct cands *c, const struct rx_ctx *x)
{
	for (unsigned i = 0; i < x->nout; i++) {
		int rc = cand_add(c, &x->out[i]);
		if (rc)
			return rc;
	}
	return 0;
}

static size_t next_char(const char *text, size_t len, size_t p)
{
	p++;
	while (p < len && ((unsigned char)text[p] & 0xC0) == 0x80)
		p++;
	return p;
}

/* The one-pass scan: the combined built-in stream and each custom stream;
 * at each start every family that can start there is asked, then the
 * candidates no later match can precede are resolved. */
static int scan(const redactor *r, const char *text, size_t len, emit_fn emit, void *ectx)
{
	struct scratch *sc = scratch_get();
	struct rx_ctx ctx;
	struct call k = {.r = r, .ctx = &ctx};
	struct cands cs = {0};
	struct resolver rs = {.emit = emit, .ctx = ectx};
	struct rx_out bout[RX_MAX_OUT];
	unsigned nbout = 0;
	int bfam = -1;
	size_t bstart = 0, cstart[REDACT_MAX_CUSTOM], cend[REDACT_MAX_CUSTOM];
	unsigned char bsearched = 0, csearched[REDACT_MAX_CUSTOM] = {0};
	size_t pos = 0;
	int rc = 0;

	if (!sc)
		return REDACT_ENOMEM;
	memset(&ctx, 0, sizeof ctx);
	ctx.text = text;
	ctx.len = len;
	while (pos < len) {
		if (!bsearched || (bstart != NONE && bstart < pos)) {
			bsearched = 1;
			rc = builtin_match(r->combined, sc, &k, pos, &bstart);
			if (rc)
				goto out;
			nbout = ctx.nout;
			memcpy(bout, ctx.out, nbout * sizeof *bout);
			bfam = bstart != NONE ? r->frag_family[k.frag] : -1;
		}
		size_t s = bstart;
		for (size_t i = 0; i < r->ncustom; i++) {
			if (!csearched[i] || (cstart[i] != NONE && cstart[i] < pos)) {
				csearched[i] = 1;
				rc = custom_match(r->custom[i].code, sc, text, len, pos, &cstart[i],
						  &cend[i]);
				if (rc)
					goto out;
			}
			if (cstart[i] < s)
				s = cstart[i];
		}
		if (s == NONE)
			break;
		if (bstart == s) {
			ctx.nout = nbout;
			memcpy(ctx.out, bout, nbout * sizeof *bout);
			rc = add_outs(&cs, &ctx);
			if (rc)
				goto out;
			unsigned char byte = (unsigned char)text[s];
			for (int f = 0; f < F_COUNT; f++) {
				size_t s2;
				if (f == bfam || !(r->may_start[f][byte / 8] & (1u << (byte % 8))))
					continue;
				rc = builtin_match(r->anchored[f], sc, &k, s, &s2);
				if (rc)
					goto out;
				if (s2 == s) {
					rc = add_outs(&cs, &ctx);
					if (rc)
						goto out;
				}
			}
		}
		for (size_t i = 0; i < r->ncustom; i++) {
			if (cstart[i] != s)
				continue;
			struct rx_out o = {cstart[i], cend[i], (unsigned)(REDACT_CUSTOM0 + i)};
			rc = cand_add(&cs, &o);
			if (rc)
				goto out;
		}
		/* later matches start after s and report spans from s + 1 -
		 * RX_LOOKBACK on */
		if (s + 1 > RX_LOOKBACK) {
			rc = finalize(&cs, &rs, s + 1 - RX_LOOKBACK);
			if (rc)
				goto out;
		}
		pos = next_char(text, len, s);
	}
	rc = finalize(&cs, &rs, NONE);
out:
	free(cs.v);
	return rc;
}

/* ---- outputs ------------------------------------------------------------------ */

static int check_input(const redactor *r, const char *text, size_t len)
{
	if (!r || (!text && len))
		return REDACT_EINVAL;
	if (len > REDACT_MAX_INPUT)
		return REDACT_ETOOBIG;
	if (!rx_utf8_valid((const unsigned char *)text, len))
		return REDACT_EUTF8;
	return 0;
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

int redact_find(const redactor *r, const char *text, size_t len, redact_span **spans,
		size_t *n)
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

static int out_cmp(const void *a, const void *b)
{
	const struct rx_out *x = a, *y = b;
	if (cand_before(x, y))
		return -1;
	return cand_before(y, x) ? 1 : 0;
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

int redact_find_multipass(const redactor *r, const char *text, size_t len,
			  redact_span **spans, size_t *n)
{
	struct all all = {0};
	struct spans keep = {0};
	struct scratch *sc;
	struct rx_ctx ctx;
	struct call k = {.r = r, .ctx = &ctx};
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
	memset(&ctx, 0, sizeof ctx);
	ctx.text = text;
	ctx.len = len;
	/* every candidate of every family and custom type, each its own scan */
	for (unsigned f = 0; f < F_COUNT + r->ncustom; f++) {
		size_t pos = 0;
		while (pos < len) {
			size_t ms, me;
			if (f < F_COUNT) {
				rc = builtin_match(r->family[f], sc, &k, pos, &ms);
				if (rc)
					goto out;
				if (ms == NONE)
					break;
				for (unsigned i = 0; i < ctx.nout && !rc; i++)
					rc = all_add(&all, &ctx.out[i]);
			} else {
				rc = custom_match(r->custom[f - F_COUNT].code, sc, text, len, pos,
						  &ms, &me);
				if (rc)
					goto out;
				if (ms == NONE)
					break;
				struct rx_out o = {ms, me, REDACT_CUSTOM0 + (f - F_COUNT)};
				rc = all_add(&all, &o);
			}
			if (rc)
				goto out;
			pos = next_char(text, len, ms);
		}
	}
	if (all.n)
		qsort(all.v, all.n, sizeof *all.v, out_cmp);
	size_t end = 0;
	for (size_t i = 0; i < all.n; i++) {
		if (all.v[i].start < end)
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
