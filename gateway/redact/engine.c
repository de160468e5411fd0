/* engine: scans a message once, word start by word start, calls the
 * triggers of every family there, and resolves the candidates the
 * detectors report into non-overlapping spans (earliest start, then
 * longest, then type rank). Custom operator patterns are PCRE2 streams
 * merged into the same resolution. redact_find and redact_find_multipass
 * are here; the redactor object is redactor.c, replacement apply.c.
 *
 * Exactness: a family's candidates depend only on the text and the
 * position, so the one pass sees the candidates of one scan per family
 * (redact_find_multipass); candidates are resolved in sorted order at the
 * message's end, so both give the same spans. The fuzz target checks this
 * on every input. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <assert.h>
#include <pcre2.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "redact_int.h"

/* ---- families and triggers --------------------------------------------------- */

struct family {
	const struct rx_trigger *t;
	const size_t *n;
};

static const struct family families[F_COUNT] = {
	[F_SECRET] = {rx_secret_triggers, &rx_secret_ntriggers},
	[F_EMAIL] = {rx_email_triggers, &rx_email_ntriggers},
	[F_IBAN] = {rx_iban_triggers, &rx_iban_ntriggers},
	[F_CARD] = {rx_card_triggers, &rx_card_ntriggers},
	[F_GOV] = {rx_gov_triggers, &rx_gov_ntriggers},
	[F_IP] = {rx_ip_triggers, &rx_ip_ntriggers},
	[F_DOB] = {rx_dob_triggers, &rx_dob_ntriggers},
	[F_PHONE] = {rx_phone_triggers, &rx_phone_ntriggers},
	[F_ADDRESS] = {rx_address_triggers, &rx_address_ntriggers},
	[F_PERSON] = {rx_person_triggers, &rx_person_ntriggers},
};

#define MAX_TRIGGERS 192
#define MAX_KW 2048

/* Dispatch tables, built once (pthread_once): the triggers per word-start
 * class and per byte, and one keyword index over every word trigger's
 * phrases (phrase i belongs to trigger kw_trigger[i]). */
static const struct rx_trigger *trig[MAX_TRIGGERS];
static size_t ntrig;
static uint8_t on_digit[MAX_TRIGGERS], on_upper[MAX_TRIGGERS], on_lower[MAX_TRIGGERS], on_wide[MAX_TRIGGERS];
static size_t non_digit, non_upper, non_lower, non_wide;
/* Per word class (digit, upper, lower) and set of features present: the
 * triggers that may run (bit i stands for the class list's entry i), one
 * lookup per word. */
#define NFEAT 12
static uint64_t runnable[3][1u << NFEAT];
static uint8_t on_byte[256][24];
static uint8_t non_byte[256];
/* Byte classes for the walk: 1 an ASCII word character, 2 a lead byte of a
 * two-byte letter, 4 a trigger byte (set in tables_init). */
static uint8_t byte_class[256];

static const char *kw_words[MAX_KW + 1];
static uint8_t kw_trigger[MAX_KW];
static uint8_t kw_len[MAX_KW];
static struct rx_kwset kw_all = RX_KWSET(kw_words);
/* A filter over the hashes of the phrases' first words (rx_hash): most
 * words start no phrase, and one bit tells without a call. */
static uint64_t kw_first[64];
static inline int kw_maybe(uint32_t h)
{
	return (kw_first[(h >> 7) & 63] >> ((h >> 13) & 63)) & 1;
}
/* No lower-case word trigger runs without a feature (runnable[2][0] is
 * 0): the walk may then skip features() for plain lower-case words. */
static int lower_quiet;
static int tables_ok;
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

static void tables_init(void)
{
	size_t nkw = 0;
	for (size_t f = 0; f < F_COUNT; f++) {
		for (size_t i = 0; i < *families[f].n; i++) {
			const struct rx_trigger *t = &families[f].t[i];
			assert(t->family == f);
			if (ntrig == MAX_TRIGGERS)
				return;
			uint8_t k = (uint8_t)ntrig;
			trig[ntrig++] = t;
			if (t->on & RX_ON_DIGIT)
				on_digit[non_digit++] = k;
			if (t->on & RX_ON_UPPER)
				on_upper[non_upper++] = k;
			if (t->on & RX_ON_LOWER)
				on_lower[non_lower++] = k;
			if (t->on & RX_ON_WIDE)
				on_wide[non_wide++] = k;
			if ((t->on & RX_ON_CHAR) && t->chars) {
				for (const unsigned char *c = (const unsigned char *)t->chars; *c; c++) {
					if (non_byte[*c] == sizeof on_byte[0])
						return;
					on_byte[*c][non_byte[*c]++] = k;
				}
			}
			if ((t->on & RX_ON_WORD) && t->words) {
				for (const char *const *w = t->words->words; *w; w++) {
					if (nkw == MAX_KW)
						return;
					kw_words[nkw] = *w;
					kw_len[nkw] = (uint8_t)strlen(*w);
					kw_trigger[nkw++] = k;
				}
			}
		}
	}
	kw_words[nkw] = NULL;
	for (size_t i = 0; i < nkw; i++) {
		size_t l = strlen(kw_words[i]), fw = 0, k;
		while (fw < l && (k = rx_letter_at(kw_words[i], l, fw)) > 0)
			fw += k;
		uint32_t h = rx_hash(kw_words[i], fw);
		kw_first[(h >> 7) & 63] |= UINT64_C(1) << ((h >> 13) & 63);
	}
	for (unsigned b = 0; b < 256; b++)
		byte_class[b] = (uint8_t)((b < 0x80 && (rx_is_alnum((int)b) || b == '_') ? 1 : 0) |
					  (b >= 0xC3 && b <= 0xDF ? 2 : 0) | (non_byte[b] ? 4 : 0));
	const uint8_t *lists[3] = {on_digit, on_upper, on_lower};
	const size_t ns[3] = {non_digit, non_upper, non_lower};
	for (int c = 0; c < 3; c++) {
		if (ns[c] > 64)
			return;
		for (unsigned have = 0; have < (1u << NFEAT); have++)
			for (size_t i = 0; i < ns[c]; i++) {
				unsigned need = trig[lists[c][i]]->need;
				if (need >= (1u << NFEAT))
					return;
				if ((need & have) == need)
					runnable[c][have] |= UINT64_C(1) << i;
			}
	}
	lower_quiet = runnable[2][0] == 0;
	tables_ok = 1;
}

const uint8_t *rx_trigger_bytes(void)
{
	return non_byte;
}

int rx_tables_ready(void)
{
	pthread_once(&tables_once, tables_init);
	return tables_ok;
}

/* ---- matching ------------------------------------------------------------------ */


int rx_emit(struct rx_ctx *c, size_t start, size_t end, unsigned type)
{
	/* a span covers whole characters: a detector's bound in bytes that
	 * falls inside one (a value's 512 bytes) takes the character along */
	while (end < c->len && ((unsigned char)c->text[end] & 0xC0) == 0x80)
		end++;
	while (start > 0 && start < c->len && ((unsigned char)c->text[start] & 0xC0) == 0x80)
		start--;
	if (start >= end || end > c->len || c->nout == RX_MAX_OUT ||
	    start + RX_LOOKBACK < c->ms)
		return 0;
	/* a form's example ("Date of birth: DD/MM/YYYY, e.g. 01/01/1990",
	 * "National Insurance number: e.g. AB 12 34 56 C") */
	if ((type == REDACT_DOB || type == REDACT_PHONE || type == REDACT_GOV_ID || type == REDACT_SSN) &&
	    (rx_example_before(c->text, start) || rx_example_after(c->text, c->len, end)))
		return 0;
	/* 1 January 1900, the date record systems hold for a birth date no
	 * one knows ("TEST_PATIENT_DOB=1900-01-01", HL7's "19000101") */
	/* an animal's birth: a vet's, a breeder's, a stable's, a herd's; an
	 * animal's passport's or chip's number on a line about it (dob_animal.c) */
	if (type == REDACT_DOB && rx_dob_animal(c, start))
		return 0;
	if ((type == REDACT_GOV_ID || type == REDACT_SSN) && rx_animal_line_memo(c, start))
		return 0;
	if (type == REDACT_DOB) {
		/* (and 1 January of any year on a sheet of sample values within
		 * 600 bytes before: a training sheet's "Data urodzenia:
		 * 01.01.1970"; stop 54) */
		static const char *const sample[] = {"sample", "example", "beispiel", "muster", "exemple",
						     "ejemplo", "esempio", "exemplo", "przyk", "voorbeeld", NULL};
		struct rx_date d;
		if (rx_parse_date(c->text, c->len, start, &d) && d.end == end && d.m == 1 && d.d == 1 &&
		    (d.y == 1900 || rx_phrase_in(c->text, start > 600 ? start - 600 : 0, start, sample)))
			return 0;
	}
	if (type == REDACT_ADDRESS) {
		/* a GEDCOM record's and a CSV row's bounds (address_field.c) */
		if (!rx_address_bounds(c->text, c->len, &start, &end))
			return 0;
		start = rx_address_prefix(c->text, start);
		end = rx_vn_tail(c->text, c->len, end);
		/* an address made up for forms ("Musterstraße 1, 12345
		 * Musterstadt"), with a note right after it ("Heidestraße 17,
		 * 51147 Köln (Musteradresse)") */
		size_t x = end, w = start;
		if (x + 2 < c->len && c->text[x] == ' ' && c->text[x + 1] == '(')
			x = c->len - x > 16 ? x + 16 : c->len;
		/* (a postcode alone: its line and the two above, the form's
		 * sample street there, "Adresse : 1 rue de l'Exemple" / "Code
		 * postal : 75000 Paris"; stop 53) */
		if (end - start <= 12) {
			for (int k = 0; k < 3 && w > 0; k++)
				w = rx_line_start(c->text, w - 1);
			size_t le = rx_line_end(c->text, c->len, end);
			x = le > x ? le : x;
			if (start - w > 240)
				w = start - 240;
		}
		if (rx_placeholder_address(c->text + w, x - w) || rx_firm_address(c->text, c->len, start) ||
		    rx_firm_comma_before(c->text, start) || rx_firm_footer(c->text, c->len, start, end) ||
		    rx_desk_below(c->text, c->len, end, 2) || rx_desk_after(c->text, c->len, end) ||
		    rx_standard_in(c->text, start, end)) {
			c->kept_s[c->nkept % 8] = start;
			c->kept_e[c->nkept % 8] = end;
			c->nkept++;
			return 0;
		}
	}
	/* a line of its own that heads an organisation's block, its desk's
	 * line within three below ("Bürgerliste Weserbogen" / address /
	 * "Switchboard: ..."; stop 54) */
	if (type == REDACT_PERSON && (start == 0 || c->text[start - 1] == '\n') &&
	    (end == c->len || rx_in("\r\n", c->text[end])) && rx_desk_below(c->text, c->len, end, 3))
		return 0;
	/* a practice's, a firm's or a public body's name, a word of theirs
	 * in it ("From: Steuerkanzlei Glimmerstein, ...", "Company
	 * secretary: Administratiekantoor Zandsteen", "까치동물병원"; stop 65;
	 * not looked for in a name of one word shorter than 12 bytes: three
	 * CJK letters or fewer) */
	if (type == REDACT_PERSON && (end - start >= 12 || memchr(c->text + start, ' ', end - start)) &&
	    rx_authority_words(c->text, start, end))
		return 0;
	/* a Cyrillic name with its patronymic, whole; an institution's patron */
	if (type == REDACT_PERSON && (unsigned char)c->text[start] == 0xD0)
		pn_fio_bounds(c->text, c->len, &start, &end);
	/* a CJK family name found alone before its given name and a space
	 * ("PEEP: 小野寺 茜 (room 1.11)"; stop 52): the whole name, unless a
	 * label's colon follows ("张伟 电话:") */
	if (type == REDACT_PERSON && end < c->len && c->text[end] == ' ' && end - start <= 12 &&
	    (unsigned char)c->text[start] >= 0xE4 && (unsigned char)c->text[start] <= 0xE9) {
		size_t x = pn_cjk_name_space(c->text, c->len, start);
		if (x > end + 1 && x - end <= 10 &&
		    !(x < c->len && (c->text[x] == ':' || (x + 2 < c->len && !memcmp(c->text + x, "\xef\xbc\x9a", 3)))))
			end = x;
	}
	/* a Korean or Japanese title after a name is no part of it; a work's
	 * title in another script before its code is none ("밤의 정류장 —
	 * ISRC SE-...", stop 51; Latin titles are person_fiction.c's) */
	if (type == REDACT_PERSON && end - start > 7 && (unsigned char)c->text[end - 1] >= 0x80) {
		end = pn_title_after(c->text, start, end);
		if (pn_work_code_after(c->text, c->len, end))
			return 0;
	}
	if (type == REDACT_PERSON && start >= 4 && c->text[start - 1] == ' ' &&
	    (c->text[start - 2] == '.' || (unsigned char)c->text[start - 2] == 0xB8) && pn_named_after(c->text, start))
		return 0;
	/* an animal's name or breed after a label that names one, in any
	 * script ("Animal's name: Max", "動物の名前: ハナ"; dob_animal.c) */
	if (type == REDACT_PERSON && start > 0 && c->text[start - 1] == ' ' && rx_animal_label(c->text, c->len, start)) {
		if (c->place_end < end)
			c->place_end = end; /* (nor a word of it alone: "Orion du Bocage") */
		return 0;
	}
	c->out[c->nout].start = start;
	c->out[c->nout].end = end;
	c->out[c->nout].type = type;
	c->nout++;
	if (type == REDACT_PERSON)
		c->pers_s = start, c->pers_e = end;
	if (type == REDACT_SECRET)
		sc_again(c, start, end);
	return 1;
}

#define NONE RX_NONE

/* ---- candidates and their resolution ------------------------------------------ */

/* The candidates of a message, resolved once, at its end (a secret found
 * late reports its earlier occurrences too, secret_again.c; they are at
 * most the message's spans, which its caller keeps anyway). */
struct cands {
	struct rx_out *v;
	size_t n, cap;
	int unsorted; /* a candidate far before the last ones was appended */
};

static int cand_before(const struct rx_out *a, const struct rx_out *b)
{
	if (a->start != b->start)
		return a->start < b->start;
	if (a->end != b->end)
		return a->end > b->end; /* longer first */
	return rx_rank(a->type) < rx_rank(b->type);
}

int rx_out_cmp(const void *a, const void *b)
{
	const struct rx_out *x = a, *y = b;
	if (cand_before(x, y))
		return -1;
	return cand_before(y, x) ? 1 : 0;
}

static int cand_add(struct cands *c, const struct rx_out *o)
{
	if (c->n == c->cap) {
		size_t cap = c->cap ? c->cap * 2 : 32;
		struct rx_out *v = realloc(c->v, cap * sizeof *v);
		if (!v)
			return REDACT_ENOMEM;
		c->v = v;
		c->cap = cap;
	}
	/* the detectors report in about the text's order: a few steps back
	 * at most, else (a secret said again before its label) appended, and
	 * the whole sorted once at the end */
	size_t i = c->n;
	while (i > 0 && cand_before(o, &c->v[i - 1]) && c->n - i < 64) {
		c->v[i] = c->v[i - 1];
		i--;
	}
	if (i > 0 && cand_before(o, &c->v[i - 1]))
		c->unsorted = 1;
	c->v[i] = *o;
	c->n++;
	return 0;
}

struct resolver {
	rx_emit_fn emit;
	void *ctx;
};

int rx_in_kept(const struct rx_ctx *x, const struct rx_out *o)
{
	unsigned n = x->nkept < 8 ? x->nkept : 8;
	for (unsigned k = 0; k < n; k++)
		if (o->start >= x->kept_s[k] && o->end <= x->kept_e[k])
			return 1;
	return 0;
}

int rx_resolve(struct rx_out **v, size_t *n, size_t *cap, struct rx_ctx *x)
{
	struct rx_out *o = *v;
	size_t m = 0, end = 0;
	for (size_t i = 0; i < *n; i++) {
		if (o[i].start < end ||
		    ((o[i].type == REDACT_PERSON || o[i].type == REDACT_ADDRESS) && x->nkept && rx_in_kept(x, &o[i])))
			continue;
		o[m++] = o[i];
		end = o[i].end;
	}
	*n = m;
	return pn_echo(x, v, n, cap);
}

/* Emits, in order, the resolved candidates. */
static int finalize(struct cands *c, struct resolver *rs, struct rx_ctx *x)
{
	if (c->unsorted)
		qsort(c->v, c->n, sizeof *c->v, rx_out_cmp);
	int rc = rx_resolve(&c->v, &c->n, &c->cap, x);
	for (size_t i = 0; i < c->n && !rc; i++)
		rc = rs->emit(rs->ctx, c->v[i].start, c->v[i].end, c->v[i].type);
	return rc;
}

size_t rx_next_char(const char *text, size_t len, size_t p)
{
	p++;
	while (p < len && ((unsigned char)text[p] & 0xC0) == 0x80)
		p++;
	return p;
}

/* The shapes (enum rx_feat) of the word u[p..te) (the lexer's word): a
 * cheap look that keeps most triggers from running where they could find
 * nothing. */
/* 1-4 hex digits, then ':' (an IPv6 group): the digits are the whole
 * word u[p..te), since ':' ends a word. */
static inline int hex_colon(const unsigned char *u, size_t len, size_t p, size_t te)
{
	if (te - p > 4 || te >= len || u[te] != ':')
		return 0;
	for (size_t i = p; i < te; i++)
		if (!rx_is_xdigit(u[i]))
			return 0;
	return 1;
}

static unsigned features(const char *text, const unsigned char *u, size_t len, size_t p,
			 size_t te, unsigned tf)
{
	/* a long word (a key in its alphabet) or a URL's "https://" */
	unsigned f = te - p >= 40 || (u[p] == 'h' && p + 8 <= len && memcmp(u + p, "https://", 8) == 0) ? RXF_KEYSHAPE : 0;
	size_t i = p, adv;
	if (rx_is_digit(u[p])) {
		size_t nd = 0;
		while (i < len && rx_is_digit(u[i]) && i - p < 9)
			i++;
		size_t lead = i - p; /* leading digits, up to 9 */
		unsigned char nx = i < len ? u[i] : 0;
		if (lead <= 3 && nx == '.')
			f |= RXF_DOT3;
		if (hex_colon(u, len, p, te))
			f |= RXF_HEXCOLON;
		if ((lead <= 4 && (nx == '.' || nx == '/' || nx == '-')) || lead == 8 ||
		    (lead <= 2 && (nx == ' ' || nx == 0xC2 || nx == 0xE5 || rx_is_alpha(nx))) || (lead == 3 && nx == 0xE5) ||
		    (lead == 4 && (nx == 0xEB || nx == 0xE5 || (nx == ' ' && i + 3 < len && u[i + 1] == 'm' && u[i + 2] == '.') ||
				   (nx == 'k' && i + 2 < len && u[i + 1] == 'o' && u[i + 2] == ' '))))
			f |= RXF_DATE; /* (year first: "1993년", "2005年", "2010 m.", "2001ko";
					* a Japanese era's "18年", a Minguo year's "105年") */
		if (lead <= 5) {
			size_t j = i;
			if (j < len && rx_is_alpha(u[j]))
				j++;
			else if (j + 2 < len && u[j] == 0xE0 && (u[j + 1] == 0xA4 || u[j + 1] == 0xA5))
				for (int l = 0; l < 2 && j + 2 < len && u[j] == 0xE0 && (u[j + 1] == 0xA4 || u[j + 1] == 0xA5); l++)
					j += 3; /* (a flat's letter in Devanagari, "5बी") */
			else if (j + 1 < len && u[j] == '-' && rx_is_digit(u[j + 1]))
				for (j++; j < len && rx_is_digit(u[j]); j++)
					;
			if (j < len && u[j] == ',')
				j++;
			if (j + 1 < len && u[j] == ' ' && (rx_is_alpha(u[j + 1]) || u[j + 1] >= 0xC3))
				f |= RXF_HOUSE;
		}
		/* digits in the run: separators between them are one byte of
		 * space . - / ( ) or a NBSP, narrow NBSP, dash or full-width form */
		i = p;
		for (int chars = 0; i < len && chars < 40 && nd < 12; chars++) {
			if (rx_digit_at(text, len, i, &adv) >= 0) {
				nd++;
				i += adv;
			} else if (u[i] == ' ' || u[i] == '.' || u[i] == '-' || u[i] == '/' ||
				   u[i] == '(' || u[i] == ')') {
				i++;
			} else if (u[i] >= 0xC2 && (adv = rx_space_at(text, len, i)) > 0) {
				i += adv;
			} else if (u[i] == 0xE2 && i + 2 < len && u[i + 1] == 0x80 && u[i + 2] >= 0x90 &&
				   u[i + 2] <= 0x95) {
				i += 3;
			} else {
				break;
			}
		}
		if (nd >= 7)
			f |= RXF_DIG7;
		if (nd >= 8)
			f |= RXF_DIG8;
		if (nd >= 12)
			f |= RXF_DIG12;
		return f;
	}
	/* a word starting with a letter: its leading ASCII letters, up to 8
	 * (they cannot run past the word); all of it, up to 8, when the
	 * lexer saw only ASCII letters (most words of prose) */
	size_t lim = te < p + 8 ? te : p + 8;
	if (tf & RXT_ALPHA)
		i = lim;
	else
		while (i < lim && rx_is_alpha(u[i]))
			i++;
	size_t nl = i - p;
	unsigned char nx = i < len ? u[i] : 0;
	if (nl == 2 && i + 1 < len && rx_is_digit(nx) && rx_is_digit(u[i + 1]))
		f |= RXF_L2D2;
	/* what detect_alpha's shapes need: a digit right after the letters,
	 * or after one space or '-' (NINO "AB 12", NIE "X-1234567-L"); most
	 * words of prose ("is a", "hello world") have neither */
	if ((nl == 2 || nl == 5 || nl == 6 || nl == 7 || (nl == 1 && rx_in("XYZxyz", u[p]))) &&
	    (rx_is_digit(nx) ||
	     ((nx == ' ' || nx == '-') && i + 1 < len && rx_is_digit(u[i + 1]))))
		f |= RXF_ALPHAID;
	if (hex_colon(u, len, p, te))
		f |= RXF_HEXCOLON;
	switch (u[p]) {
	case 'A': case 'g': case 's': case 'S': case 'h': case 'x': case 'r': case 'n': case 'y':
	case 't': case 'w': case 'o': case 'L': case 'd': case 'N': case 'P': case 'p':
	case 'M': case 'O':
		if (rx_token_prefix(text, len, p))
			f |= RXF_TOKENPRE;
		break;
	case 'e':
		if (p + 2 < len && u[p + 1] == 'y' && u[p + 2] == 'J')
			f |= RXF_EYJ;
		break;
	default:
		break;
	}
	return f;
}

/* Whether a word of ASCII lower-case letters u[p..te) has none of the
 * features a lower-case word's triggers need (so that features() would
 * give 0): no digit or ':' can follow it (RXF_ALPHAID, RXF_HEXCOLON; a
 * word of letters only is never RXF_L2D2) and its first letter starts no
 * token format or JWT (RXF_TOKENPRE, RXF_EYJ). Most words of prose. */
static inline int plain_lower(const unsigned char *u, size_t len, size_t p, size_t te)
{
	/* the first two bytes of "eyJ" and of rx_token_prefix's formats */
	unsigned char b = p + 1 < len ? u[p + 1] : 0;
	switch (u[p]) {
	case 'e': if (b == 'y') return 0; break;
	/* (a third or fourth byte for "dop_v1_", "django-insecure-", "squ_",
	 * "shpat_", "pypi-AgEI": "do", "does", "square", "show", "python"
	 * stay plain) */
	case 'd': if (b == 'c' || b == 'j' || (b == 'o' && p + 3 < len && u[p + 3] == '_')) return 0; break;
	case 'p': if (b == 'y' && p + 4 < len && u[p + 4] == '-') return 0; break;
	case 'g': if (b == 'h' || b == 'l' || b == 's' || (b == 'i' && p + 6 < len && u[p + 6] == '_')) return 0; break;
	case 'h': if (b == 't' || b == 'v') return 0; break;
	case 'n': if (b == 'p' || b == 't') return 0; break;
	case 'r': if (b == 'k' || b == '8') return 0; break;
	case 's': if (b == 'k' || (b == 'n' && p + 2 < len && u[p + 2] == 't') ||
		      (b == 'q' && p + 3 < len && u[p + 3] == '_') || (b == 'h' && p + 2 < len && u[p + 2] == 'p'))
			return 0;
		break;
	case 'x': if (b == 'o' || (b == 'p' && p + 2 < len && u[p + 2] == 'r')) return 0; break;
	/* (a third byte for "ya29.", "whsec_": "what", "yard" stay plain) */
	case 'y': if (b == 'a' && p + 2 < len && u[p + 2] == '2') return 0; break;
	case 't': if (b == 's') return 0; break;
	case 'w': if (b == 'h' && p + 2 < len && u[p + 2] == 's') return 0; break;
	case 'o': if (b == 'y') return 0; break;
	default: break;
	}
	if (te >= len)
		return 1;
	unsigned char nx = u[te];
	if (nx == ':')
		return 0;
	return !((nx == ' ' || nx == '-') && te + 1 < len && rx_is_digit(u[te + 1]));
}

static int fire(const struct rx_trigger *t, struct rx_ctx *x, size_t p, size_t me,
		struct rx_sink *k)
{
	x->ms = p;
	x->me = me;
	x->nout = 0;
	t->detect(x);
	return x->nout ? k->put(k, x) : 0;
}

/* The triggers of the byte at p (family `only`, or all when only < 0). */
static int fire_byte(const unsigned char *u, size_t p, int only, struct rx_ctx *x,
		     struct rx_sink *k)
{
	int rc = 0;
	size_t nb = non_byte[u[p]];
	for (size_t i = 0; i < nb && !rc; i++)
		if (only < 0 || trig[on_byte[u[p]][i]]->family == only)
			rc = fire(trig[on_byte[u[p]][i]], x, p, p + 1, k);
	return rc;
}

/* Runs the triggers (of family `only`, or all when only < 0) at every word
 * start and trigger byte of the text, in order: the words come from the
 * lexer (x->tk); trigger bytes lie between words. */
int rx_walk(const char *text, size_t len, int only, struct rx_ctx *x, struct rx_sink *k)
{
	const unsigned char *u = (const unsigned char *)text;
	const struct rx_tok *tk = x->tk;
	size_t ntk = x->ntk, gap = 0;
	int rc = 0;
	for (size_t ti = 0; ti <= ntk; ti++) {
		size_t ts = ti < ntk ? tk[ti].s : len;
		/* trigger bytes before this word (the lexer saw whether there
		 * are any; after the last word, look) */
		if (ti < ntk && !(tk[ti].f & RXT_GAPTRIG))
			gap = ts;
		for (size_t p = gap; p < ts; p++) {
			if (!(byte_class[u[p]] & 4))
				continue;
			x->ti = ti;
			rc = fire_byte(u, p, only, x, k);
			if (rc)
				return rc;
		}
		if (ti == ntk)
			break;
		gap = tk[ti].e;
		unsigned tf = tk[ti].f;
		if (tf & RXT_WIDE) {
			/* (runs of three-byte letters: their own few triggers,
			 * no features, no phrases) */
			x->ti = ti;
			for (size_t i = 0; i < non_wide && !rc; i++)
				if (only < 0 || trig[on_wide[i]]->family == only)
					rc = fire(trig[on_wide[i]], x, ts, ts + 1, k);
			if (rc)
				return rc;
			continue;
		}
		if (!(tf & RXT_WS))
			continue;
		size_t p = ts;
		x->ti = ti;
		const uint8_t *list = NULL;
		size_t nk = 0;
		int cls = -1;
		uint16_t idx[16];
		unsigned have = 0;
		if ((tf & (RXT_LOWER | RXT_ALPHA)) != (RXT_LOWER | RXT_ALPHA) || !lower_quiet ||
		    !plain_lower(u, len, p, tk[ti].e))
			have = features(text, u, len, p, tk[ti].e, tf);
		if (tf & RXT_DIGIT) {
			list = on_digit;
			cls = 0;
		} else {
			if (tf & RXT_UPPER) {
				list = on_upper;
				cls = 1;
			} else if (tf & RXT_LOWER) {
				list = on_lower;
				cls = 2;
			}
			if (kw_maybe(tk[ti].h))
				nk = rx_kw_starts(x, &kw_all, ti, idx, 16);
		}
		if (cls >= 0) {
			/* the class's triggers whose features are all there, in
			 * table order */
			uint64_t run = runnable[cls][have & ((1u << NFEAT) - 1)];
			while (run && !rc) {
				const struct rx_trigger *t = trig[list[__builtin_ctzll(run)]];
				run &= run - 1;
				if (only < 0 || t->family == only)
					rc = fire(t, x, p, p + 1, k);
			}
		}
		if (nk) {
			uint32_t seen[(MAX_TRIGGERS + 31) / 32] = {0};
			for (size_t i = 0; i < nk && !rc; i++) {
				uint8_t t = kw_trigger[idx[i]];
				if ((seen[t / 32] >> (t % 32)) & 1)
					continue; /* its longest phrase was taken */
				seen[t / 32] |= 1u << (t % 32);
				if (only < 0 || trig[t]->family == only)
					rc = fire(trig[t], x, p, p + kw_len[idx[i]], k);
			}
		}
		if (rc)
			return rc;
	}
	return 0;
}

/* ---- the one pass ------------------------------------------------------------ */

struct pass {
	struct rx_sink k;
	const redactor *r;
	struct rx_scratch *sc;
	const char *text;
	size_t len;
	struct cands cs;
	struct resolver rs;
	size_t cstart[REDACT_MAX_CUSTOM], cend[REDACT_MAX_CUSTOM], cpos[REDACT_MAX_CUSTOM];
};

static int cand_add_cb(void *c, const struct rx_out *o)
{
	return cand_add(c, o);
}

static int pass_put(struct rx_sink *k, const struct rx_ctx *x)
{
	struct pass *ps = (struct pass *)k;
	for (unsigned i = 0; i < x->nout; i++) {
		int rc = cand_add(&ps->cs, &x->out[i]);
		if (rc)
			return rc;
	}
	return 0;
}

/* Every custom pattern's matches join the candidates. */
static int pull_custom(struct pass *ps)
{
	for (size_t i = 0; i < ps->r->ncustom; i++) {
		while (ps->cstart[i] != NONE) {
			struct rx_out o = {ps->cstart[i], ps->cend[i], (unsigned)(REDACT_CUSTOM0 + i)};
			int rc = cand_add(&ps->cs, &o);
			if (rc)
				return rc;
			ps->cpos[i] = rx_next_char(ps->text, ps->len, ps->cstart[i]);
			if (ps->cpos[i] >= ps->len) {
				ps->cstart[i] = NONE;
				break;
			}
			rc = rx_custom_match(ps->r->custom[i].code, ps->sc, ps->text, ps->len, ps->cpos[i],
					  &ps->cstart[i], &ps->cend[i]);
			if (rc)
				return rc;
		}
	}
	return 0;
}

int rx_scan_text(const redactor *r, const char *text, size_t len, rx_emit_fn emit, void *ectx)
{
	struct pass ps;
	struct rx_ctx x;
	int rc = 0;
	memset(&ps, 0, sizeof ps);
	ps.k.put = pass_put;
	ps.r = r;
	ps.sc = rx_scratch_get();
	ps.text = text;
	ps.len = len;
	ps.rs.emit = emit;
	ps.rs.ctx = ectx;
	if (!ps.sc)
		return REDACT_ENOMEM;
	memset(&x, 0, sizeof x);
	x.text = text;
	x.len = len;
	x.md = ps.sc->md;
	rx_tables_reset(&x);
	rc = rx_lex(ps.sc, text, len, non_byte, &x.ntk);
	if (rc)
		goto out;
	x.tk = ps.sc->tk;
	for (size_t i = 0; i < r->ncustom; i++) {
		rc = rx_custom_match(r->custom[i].code, ps.sc, text, len, 0, &ps.cstart[i], &ps.cend[i]);
		if (rc)
			goto out;
	}
	rc = rx_walk(text, len, -1, &x, &ps.k);
	if (!rc && x.nknown)
		rc = pn_known_before(&x, &ps.k);
	if (!rc)
		rc = pn_sibling_rows(&x, ps.cs.v, ps.cs.n, cand_add_cb, &ps.cs);
	if (!rc)
		rc = pull_custom(&ps);
	if (!rc)
		rc = finalize(&ps.cs, &ps.rs, &x);
out:
	free(ps.cs.v);
	rx_lex_trim(ps.sc);
	return rc;
}
