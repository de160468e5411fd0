/* redactor: the redactor object and its public API (types, names,
 * placeholders, masks, custom operator patterns and their checks), the
 * per-thread PCRE2 scratch, the detectors' lazily compiled anchored
 * patterns (rx_re_at) and the error texts. The scan itself is engine.c,
 * the replacement apply.c. */
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

unsigned rx_rank(unsigned type)
{
	return type < REDACT_NBUILTIN ? builtin_rank[type] : type;
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

static pthread_key_t scratch_key;
static pthread_once_t scratch_once = PTHREAD_ONCE_INIT;
static int scratch_key_ok;

static void scratch_free(void *p)
{
	struct rx_scratch *s = p;
	if (!s)
		return;
	pcre2_match_data_free(s->md);
	pcre2_match_context_free(s->mctx);
	pcre2_jit_stack_free(s->js);
	free(s->tk);
	free(s);
}

static void scratch_key_make(void)
{
	scratch_key_ok = pthread_key_create(&scratch_key, scratch_free) == 0;
}

struct rx_scratch *rx_scratch_get(void)
{
	pthread_once(&scratch_once, scratch_key_make);
	if (!scratch_key_ok)
		return NULL;
	struct rx_scratch *s = pthread_getspecific(scratch_key);
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

/* ---- anchored patterns of the detectors ------------------------------------ */

static pthread_mutex_t re_lock = PTHREAD_MUTEX_INITIALIZER;

size_t rx_re_at(struct rx_re *re, const struct rx_ctx *c, size_t at)
{
	pcre2_code *code = __atomic_load_n((pcre2_code **)&re->code, __ATOMIC_ACQUIRE);
	if (!code) {
		int ec;
		size_t eoff;
		pthread_mutex_lock(&re_lock);
		code = re->code;
		if (!code && compile(re->pattern, PCRE2_ANCHORED, &code, &ec, &eoff) == 0)
			__atomic_store_n((pcre2_code **)&re->code, code, __ATOMIC_RELEASE);
		pthread_mutex_unlock(&re_lock);
		assert(code);
		if (!code)
			return RX_NONE;
	}
	/* the JIT entry skips pcre2_match's argument checks (same result) */
	int m = pcre2_jit_match(code, (PCRE2_SPTR)c->text, c->len, at, 0, c->md, NULL);
	if (m == PCRE2_ERROR_JIT_BADOPTION)
		m = pcre2_match(code, (PCRE2_SPTR)c->text, c->len, at, 0, c->md, NULL);
	if (m < 0)
		return RX_NONE;
	return pcre2_get_ovector_pointer(c->md)[1];
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

int redact_pattern_check(const char *pattern, char *why, size_t whysz)
{
	int ec;
	size_t eoff;
	char msg[160];
	if (!pattern) {
		set_err(why, whysz, "no pattern");
		return REDACT_EPATTERN;
	}
	if (strlen(pattern) > REDACT_MAX_PATTERN) {
		set_err(why, whysz, "longer than %d bytes", REDACT_MAX_PATTERN);
		return REDACT_EPATTERN;
	}
	pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
					 PCRE2_UTF | PCRE2_NEVER_BACKSLASH_C, &ec, &eoff, NULL);
	if (!code) {
		pcre2_get_error_message(ec, (PCRE2_UCHAR *)msg, sizeof msg);
		set_err(why, whysz, "%s at offset %zu", msg, eoff);
		return REDACT_EPATTERN;
	}
	pcre2_code_free(code);
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
	if (!rx_tables_ready()) {
		set_err(err, errsz, "built-in trigger tables overflow");
		return REDACT_EINTERNAL;
	}
	r = calloc(1, sizeof *r);
	if (!r)
		return REDACT_ENOMEM;

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
		struct rx_custom *c = &r->custom[i];
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


/* Next match of a custom pattern at or after pos (operator callouts are
 * ignored); RX_NONE when there is none. */
int rx_custom_match(const pcre2_code *code, struct rx_scratch *sc, const char *text,
			size_t len, size_t pos, size_t *ms, size_t *me)
{
	pcre2_set_callout(sc->mctx, NULL, NULL);
	int m = pcre2_match(code, (PCRE2_SPTR)text, len, pos, PCRE2_NO_UTF_CHECK | PCRE2_NOTEMPTY,
			    sc->md, sc->mctx);
	if (m == PCRE2_ERROR_NOMATCH) {
		*ms = *me = RX_NONE;
		return 0;
	}
	if (m < 0)
		return REDACT_EMATCH;
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(sc->md);
	*ms = ov[0];
	*me = ov[1];
	if (*me <= *ms) /* cannot happen with NOTEMPTY; never emit an empty span */
		*ms = *me = RX_NONE;
	return 0;
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
