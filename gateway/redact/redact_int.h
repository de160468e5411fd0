/* redact_int: internals shared by the redactor's files (engine, families,
 * validators). Not part of the interface: only gateway/redact/ includes it.
 *
 * The scan: the engine walks the message once, word start by word start
 * (and over the few punctuation bytes that can start a candidate: '@', '+',
 * '(', ':', '=', '-', ...). Each family (email, phone, ...) declares
 * triggers: word starts of a class (digit, capital, lower case), keywords
 * (the folded first word of the text is looked up in one hash), or bytes.
 * A trigger's detector decides (checksums, numbering plans, context words,
 * the name gazetteer, anchored PCRE2 patterns for shapes) and reports the
 * spans it found, which may differ from the trigger position: a name after
 * a greeting, an e-mail found at its '@' reaching back to its local part. */
#ifndef CUSTOS_REDACT_INT_H
#define CUSTOS_REDACT_INT_H

#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <pcre2.h>
#include <stddef.h>
#include <string.h>
#include <stdint.h>

#include "redact.h"

/* A detector may report spans starting at most this many bytes before the
 * position that triggered it (an e-mail found at its '@'; a secret said
 * again is reported anywhere in the message, secret_again.c). */
#define RX_LOOKBACK 192u
/* Spans one detector call may report (a password column reports one per
 * row). */
#define RX_MAX_OUT 64u
/* secrets remembered per message for their other occurrences */
#define RX_MAX_AGAIN 16u
/* Name words remembered per message (person.c). */
#define RX_MAX_KNOWN 32u
#define RX_NONE ((size_t)-1)

/* ---- triggers -------------------------------------------------------------- */

/* Families group triggers; each family is also scanned alone by
 * redact_find_multipass (the one-scan-per-family reference). */
enum rx_family {
	F_EMAIL, F_PHONE, F_CARD, F_IBAN, F_IP, F_GOV, F_SECRET, F_PERSON, F_ADDRESS,
	F_DOB, F_COUNT
};

enum rx_on {
	RX_ON_DIGIT = 1,  /* a word starting with an ASCII digit */
	RX_ON_UPPER = 2,  /* a word starting with a capital (ASCII or Latin, Greek, Cyrillic) */
	RX_ON_LOWER = 4,  /* a word starting with an ASCII lower-case letter */
	RX_ON_CHAR = 8,   /* any byte of `chars` (bytes that are no word characters) */
	RX_ON_WORD = 16,  /* a word start where one of `words` (folded phrases) begins */
	RX_ON_WIDE = 32,  /* a run of three-byte letters (Indic, CJK, Hangul...) */
};

struct rx_out {
	size_t start, end;
	unsigned type;
};

/* What a detector sees and fills. text[0..len) is the whole (valid UTF-8)
 * message; ms is the trigger position, me the end of the keyword for word
 * triggers (ms + 1 for the others). */
/* What rows of tables found above them (table.c): a row below stops its
 * walk at a row asked about before where that row's answer is the one its
 * own walk would give. */
struct rx_alignmemo {
	size_t row1;          /* a row's start + 1; 0 when none */
	size_t hps, hpe;      /* its header line */
	size_t first_counted; /* lines counted against the reach before its first header-like line */
	size_t top_steps;     /* lines passed before the header */
	size_t none1;         /* a row that found no header: its start + 1; 0 when none */
	size_t capped1;       /* a row whose climb from the line right above went out of reach */
	size_t skip1;         /* a line that is no row (no wide gap): its start + 1 */
	char climb1;          /* the line right above the row looked like a header */
};

struct rx_csvslot {
	size_t line;          /* the row's start, RX_NONE when none */
	size_t nd;            /* its delimiters */
	size_t idx, hk;       /* the answer holds for cells idx..hk */
	size_t hps, hpe;      /* the header line, hps RX_NONE when none */
	size_t first_counted, top_steps; /* as in rx_alignmemo */
	char climb1;          /* the line right above the row may be its header */
	char gap1;            /* and has an empty cell */
	size_t run_e, run_steps; /* where its table's rows above it end, after how many */
	char run_capped;      /* they go on out of reach */
};

struct rx_csvmemo {
	struct rx_csvslot slot[4]; /* per delimiter: tab, ';', ',', '|' */
	size_t md_line;            /* a Markdown row's start, RX_NONE when none */
	size_t md_hps, md_hpe;     /* its header, md_hps RX_NONE when none */
	size_t md_e, md_steps;     /* where its rule was met, and after how many rows */
	size_t hps, hpe;           /* the header of the last cell answered */
	char d;                    /* and its delimiter */
	/* the count of the last row asked about (its cells are asked left to
	 * right): the row, delimiter and delimiters; the cell asked, its
	 * index and the quote state there */
	size_t cnt_ls, cnt_nd, cnt_at, cnt_idx;
	char cnt_d;
	int cnt_q;
	char sql; /* the text holds the word INSERT: 0 not looked yet, 1 no, 2 yes */
	size_t hc_ps, hc_idx, hc_cs; /* the header cell read last: its line, index, start */
	int hc_q;                    /* and the quote state there */
	char hc_d;
};

/* A word of the message as the lexer (tok.c) read it once: a maximal run of
 * letters (rx_letter_at: ASCII letters and digits, two-byte letters; runs
 * of three-byte letters are words of their own), its folded hash and its
 * shape. Keyword and gazetteer lookups take the hash instead of folding and
 * hashing the text again. */
struct rx_tok {
	uint32_t s, e;  /* bytes [s, e) of the text */
	uint32_t h;     /* rx_hash of the folded word */
	uint16_t f;     /* RXT_* */
	uint16_t n;     /* e - s, at most 65535 */
};

enum rx_tokflag {
	RXT_DIGIT = 1,      /* starts with an ASCII digit */
	RXT_UPPER = 2,      /* starts with a capital (rx_cap_at) */
	RXT_LOWER = 4,      /* starts with an ASCII lower-case letter */
	RXT_WS = 8,         /* a word start of the scan (no word character, '_' included, before it) */
	RXT_WIDE = 16,      /* three-byte letters (Indic, CJK, ...) */
	RXT_GAPTRIG = 32,   /* a trigger byte (rx_lex's table) lies between the word before and this one */
	RXT_ALPHA = 64,     /* ASCII letters only (no digit, no two-byte letter) */
};

struct rx_ctx {
	const char *text;
	size_t len;
	size_t ms, me;
	struct rx_out out[RX_MAX_OUT];
	unsigned nout;
	void *md; /* PCRE2 match data of this thread (rx_re_at) */
	struct rx_csvmemo csv;
	struct rx_alignmemo align;
	const struct rx_tok *tk; /* the message's words, in order */
	size_t ntk;
	size_t ti;               /* the first word at or after ms (a hint) */
	/* the words of the names found so far in the message (person.c:
	 * "Guest: Pilar Cabrera" makes a later "Pilar" one) */
	uint32_t known_h[RX_MAX_KNOWN];
	uint16_t known_n[RX_MAX_KNOWN];
	size_t known_at[RX_MAX_KNOWN]; /* where each was found (the scan's ms) */
	uint64_t known_bloom[4]; /* two bits of every remembered word's hash */
	unsigned nknown;
	/* the digits of the phones found so far in the message (phone.c: a
	 * number said again is the same phone) */
	uint64_t phone_h[8];
	unsigned nphone;
	/* the end of the last name dropped as a place or a work ("Thành phố
	 * Hồ Chí Minh" is not found again at "Chí Minh") */
	size_t place_end;
	/* the last line asked whether it names an animal, and the answer
	 * (dob_animal.c; anim_le 0: none asked) */
	size_t anim_ls, anim_le;
	int anim_line;
	/* how far an example's words were looked for, the last found (+1, 0
	 * for none) and the last position asked about (eponym.c) */
	size_t smp_hi, smp_last, smp_at;
	/* the last name found, its bounds (a letter's signature block under
	 * it: address_block.c; stop 55) */
	size_t pers_s, pers_e;
	/* the last chat block's bounds, its two speakers' offsets and lengths,
	 * and whether it is a chat (person_lists.c; stop 55) */
	size_t turn_bs, turn_be, turn_a, turn_an, turn_b, turn_bn;
	int turn_ok;
	/* the last block of turns found to be no transcript (its first line's
	 * start, its last line's end; person_transcript.c; stop 67) */
	size_t tr_bs, tr_be;
	/* the secrets found so far in the message, whose other occurrences
	 * are secrets too (secret_again.c) */
	size_t again_s[RX_MAX_AGAIN];
	uint16_t again_n[RX_MAX_AGAIN];
	unsigned nagain;
	/* the last addresses dropped as a firm's, a public body's or a form's
	 * sample: the streets named after people inside them are no names
	 * ("Av. Juan Carlos I, 40, 30009 Murcia · 968 29 11 40") */
	size_t kept_s[8], kept_e[8];
	unsigned nkept;
};

/* Returns the number of spans written with rx_emit (0: nothing here). */
typedef unsigned (*rx_detect_fn)(struct rx_ctx *c);

struct rx_kwset;

/* Shapes the engine computes once per word start, so that a trigger runs
 * only where its detector could find something (a trigger's `need` bits
 * must all be present). */
enum rx_feat {
	RXF_DIG7 = 1u << 0,      /* 7+ digits in a run (single separators between) */
	RXF_DIG8 = 1u << 1,      /* 8+ of them */
	RXF_DIG12 = 1u << 2,     /* 12+ of them */
	RXF_DOT3 = 1u << 3,      /* 1-3 digits, then '.' */
	RXF_HEXCOLON = 1u << 4,  /* 1-4 hex digits, then ':' */
	RXF_DATE = 1u << 5,      /* 1-4 digits then . / -, 8 digits, or 1-2 digits then a letter or '.' or a space */
	RXF_HOUSE = 1u << 6,     /* 1-5 digits (a letter, -12), maybe ',', a space and a letter */
	RXF_L2D2 = 1u << 7,      /* two letters, two digits */
	RXF_ALPHAID = 1u << 8,   /* 1 (X, Y, Z), 2, 5, 6 or 7 letters, then a digit, space or '-' */
	RXF_TOKENPRE = 1u << 9,  /* first letter of a token format (A g s S h x r n) */
	RXF_EYJ = 1u << 10,      /* "eyJ" */
	RXF_KEYSHAPE = 1u << 11, /* a word of 40 bytes or more, or "https://" */
};

struct rx_trigger {
	unsigned char family;     /* enum rx_family */
	unsigned char on;         /* enum rx_on */
	unsigned short need;      /* enum rx_feat bits, for word-start triggers */
	const char *chars;        /* RX_ON_CHAR */
	struct rx_kwset *words;   /* RX_ON_WORD */
	rx_detect_fn detect;
	const char *name;         /* for messages and tests */
};

/* Records a span in c (ignored when empty, out of range, reaching back more
 * than RX_LOOKBACK before the trigger, or when c is full). 1 when kept. */
int rx_emit(struct rx_ctx *c, size_t start, size_t end, unsigned type);
/* The text as a person reads it (repair.c): soft hyphens and zero-width
 * characters removed, ligatures spelt out, HTML's layout tags and entities
 * and RTF's controls read, mojibake decoded; each byte of text knows the
 * original bytes [ms[i], me[i]) it came from. */
struct rx_repair {
	char *text;
	size_t len;
	uint32_t *ms, *me;
	int reordered; /* a block of two columns was read one after the other */
};
/* 1 and the repaired copy in r, 0 when s needs no repair (r empty), or
 * REDACT_ENOMEM. */
int rx_repair(const char *s, size_t n, struct rx_repair *r);
void rx_repair_free(struct rx_repair *r);
/* r's text, ms and me for a copy of up to n bytes (zeroed r), or
 * REDACT_ENOMEM (r empty). */
int rx_repair_alloc(struct rx_repair *r, size_t n);
/* Two columns side by side read one after the other (columns.c): 1 and
 * the copy of t in r (rx_repair_alloc'ed) when t holds such a block, 0
 * when none (r empty), REDACT_ENOMEM. */
int rx_columns(const char *t, size_t n, struct rx_repair *r);

/* A secret found at [start, end) is remembered, and its other occurrences
 * in the message, before it too, are recorded in c as secrets
 * (secret_again.c). */
void sc_again(struct rx_ctx *c, size_t start, size_t end);

/* ---- the redactor (redactor.c) and the scan (engine.c) -------------------- */

/* A thread's PCRE2 match data, match context (limits) and JIT stack, and
 * the word array of the message being scanned (grown as needed, kept for
 * the next message up to a size). */
struct rx_scratch {
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	pcre2_jit_stack *js;
	struct rx_tok *tk;
	size_t tkcap;
};
/* The calling thread's scratch (created on first use), NULL without memory. */
struct rx_scratch *rx_scratch_get(void);

struct rx_custom {
	char name[REDACT_MAX_NAME + 1];
	char placeholder[REDACT_MAX_NAME + 3];
	pcre2_code *code;
};

struct redactor {
	struct rx_custom custom[REDACT_MAX_CUSTOM];
	size_t ncustom;
};

/* Tie-break rank of a type between equal spans (lower wins). */
unsigned rx_rank(unsigned type);
/* The next match of a custom pattern at or after pos in [*ms, *me) (RX_NONE
 * when none); REDACT_EMATCH when PCRE2 fails (limits). */
int rx_custom_match(const pcre2_code *code, struct rx_scratch *sc, const char *text, size_t len,
		    size_t pos, size_t *ms, size_t *me);
/* Builds the trigger tables once; 1 when they fit. */
int rx_tables_ready(void);
/* Argument and input checks of every entry point: 0 or a REDACT_E* code. */
int rx_check_input(const redactor *r, const char *text, size_t len);
/* The one pass: calls emit(ectx, start, end, type) for each resolved span in
 * order; 0 or a REDACT_E* code. */
typedef int (*rx_emit_fn)(void *ctx, size_t start, size_t end, unsigned type);
int rx_scan(const redactor *r, const char *text, size_t len, rx_emit_fn emit, void *ectx);
/* The engine's parts shared with engine_out.c: where the walk's candidates
 * go (the one pass keeps them and resolves them at the message's end, with
 * the custom patterns' matches; the reference collects them all), the walk
 * over a message's words (of one family, or all when only < 0), the scan
 * of a text as it stands, the candidates' order, the next character's
 * start, and the trigger bytes the lexer marks. */
struct rx_sink {
	int (*put)(struct rx_sink *k, const struct rx_ctx *x);
};
int rx_walk(const char *text, size_t len, int only, struct rx_ctx *x, struct rx_sink *k);
/* After the walk: the names said before the name whose words they are was
 * found ("Order #58 – Brielle paid. Ship to: Brielle Pruett"), as
 * person_again.c finds those said after it (person family only). */
int pn_known_before(struct rx_ctx *x, struct rx_sink *k);
/* After the walk, before resolving: the names of a list's other items
 * once two of its items open with a found name (person_rows.c); every
 * new candidate goes to add(actx, ...). The same candidates give the same
 * additions, so the one pass and the multipass agree. */
/* A Cyrillic name with its patronymic, whole (person_fio.c): moves *a or
 * *e over the surname or the given name the detectors left out. */
void pn_fio_bounds(const char *s, size_t len, size_t *a, size_t *e);
/* A Korean or Japanese title after a name at [a, e) ("박예준 목사", a
 * pastor; "先生"): where the name ends without it (person_cjk.c). */
size_t pn_title_after(const char *s, size_t a, size_t e);
/* A CJK name at i, its family and given names perhaps apart (one space or
 * an ideographic space): the end, or i (person_cjk.c). */
size_t pn_cjk_name_space(const char *s, size_t len, size_t i);
/* A work's code right after s[e] on its line (ISRC, ISWC, ISBN, UPC,
 * EAN; person_fiction.c). */
int pn_work_code_after(const char *s, size_t len, size_t e);
/* A name right after Polish "im." or Russian "им." or "имени" (named
 * after: "Szpital im. Jana Mikulicza", "НМИЦ им. В. А. Алмазова",
 * "аэропорт Шереметьево имени А. С. Пушкина"; stop 60) is an
 * institution's patron, no person of the message (person_fio.c). */
int pn_named_after(const char *s, size_t a);
int pn_sibling_rows(const struct rx_ctx *c, const struct rx_out *v, size_t n,
		    int (*add)(void *, const struct rx_out *), void *actx);
/* After resolving: a name found once, said again whole elsewhere in the
 * message (person_echo.c); *v (sorted, disjoint, *cap long) grows. */
int pn_echo(struct rx_ctx *c, struct rx_out **v, size_t *n, size_t *cap);
/* Resolves the sorted candidates v[0..*n) in place, in the one pass and
 * the multipass alike: each that does not overlap one kept before it (and
 * no name or address inside a dropped firm's address), then the names
 * said again (pn_echo). */
int rx_resolve(struct rx_out **v, size_t *n, size_t *cap, struct rx_ctx *x);
int rx_scan_text(const redactor *r, const char *text, size_t len, rx_emit_fn emit, void *ectx);
int rx_out_cmp(const void *a, const void *b);
size_t rx_next_char(const char *text, size_t len, size_t p);
const uint8_t *rx_trigger_bytes(void);

/* The trigger tables of the families. */
extern const struct rx_trigger rx_email_triggers[];
extern const size_t rx_email_ntriggers;
extern const struct rx_trigger rx_phone_triggers[];
/* Contact data right before a national number at `at` (phone_contact.c). */
int rx_phone_contact_before(const char *s, size_t at);
/* Mobiles grouped as their countries write them, beyond phone.c's: Italy's
 * and Greece's as 3-3-4 ("388 394 9393", "694 076 7580"), each valid in
 * its plan (phone_contact.c, stop 53; not Mexico's 2-4-4, which a bank's
 * landline shares: "55 5133 4000"). The digits d[0..n), the groups' sizes
 * nd[0..g]. */
int rx_phone_mobile_groups(const char *d, size_t n, const size_t *nd, size_t g);
/* What the column of a table cell at `at` is named: 1 a phone, -1
 * something else ("IPI", "Share"), 0 no column (phone_contact.c). */
int rx_phone_column_says(struct rx_ctx *c, size_t at);
/* What a phone's shape is not (phone_not.c): a number with its country
 * code that the last phonemeta check found of a firm's type (toll free,
 * premium rate, shared cost, UAN; never when nanp, the country code 1, the
 * North American plan); a number on an
 * institution's sign ("Kingsway Pharmacy 0161 268 1945"); a date or a
 * range of dates in s[at, end); a bank account after its CJK word. */
/* An address that names no person (email.c): a role's mailbox, a
 * placeholder's at a reserved domain, a service account on a private
 * network's host; [ls, at) the local part, [d, de) the domain. */
int rx_email_nobody(const char *s, size_t ls, size_t at, size_t d, size_t de);
/* The words that make a number of a phone's shape something else, the
 * firms' desks' words from "switchboard" on (phone_not.c); at most
 * RX_PHONE_NOT_WORDS with their NULL. */
#define RX_PHONE_NOT_WORDS 512
extern const char *const rx_phone_not_words[];
int rx_phone_firm_number(int nanp);
int rx_phone_freephone(const char *d, size_t n, const size_t *nd, size_t g);
int rx_phone_firm_line(const struct rx_ctx *c, size_t at);
/* An institution's name (its word: a hospital's, a practice's, a vet's, a
 * co-operative's) in parentheses right before ", " and the number ("Dr
 * ... (Tierklinik Almblick, 03152 25449)"; phone_not.c). */
int rx_phone_inst_before(const struct rx_ctx *c, size_t at);
/* A cell of a delimited row around s[a, b) (tab, ';', ',' or '|' on both
 * sides, two of them on the line); an amount's decimal part right after a
 * run at s[end] (phone_not.c). */
int rx_phone_csv_cell(const char *s, size_t len, size_t a, size_t b);
int rx_phone_amount_after(const char *s, size_t len, size_t end);
int rx_phone_desk_after(const char *s, size_t len, size_t end);
/* A firm's or a public body's number: in a letterhead's "Tel." line under
 * its address, or before ", " and a role's mailbox (phone_not.c). */
int rx_phone_block_firm(const char *s, size_t len, size_t at, size_t end);
int rx_phone_site_near(const char *s, size_t len, size_t at, size_t end);
int rx_phone_is_date(const char *s, size_t len, size_t at, size_t end);
/* Whether [at, end) holds a range of times ("10.00–12.00"). */
int rx_phone_time_range(const char *s, size_t at, size_t end);
/* Whether a run at `at` goes on from a date or a dotted identifier. */
int rx_phone_in_ident(const char *s, size_t len, size_t at);
/* North America's fictional area code 555 in its 3-3-4 layout. */
int rx_phone_fiction(const char *d, size_t n, const size_t *nd, size_t g);
int rx_phone_cjk_account_before(const char *s, size_t at);
extern const size_t rx_phone_ntriggers;
extern const struct rx_trigger rx_card_triggers[];
extern const size_t rx_card_ntriggers;
extern const struct rx_trigger rx_iban_triggers[];
extern const size_t rx_iban_ntriggers;
extern const struct rx_trigger rx_ip_triggers[];
extern const size_t rx_ip_ntriggers;
extern const struct rx_trigger rx_gov_triggers[];
extern const size_t rx_gov_ntriggers;
extern const struct rx_trigger rx_secret_triggers[];
extern const size_t rx_secret_ntriggers;
extern const struct rx_trigger rx_person_triggers[];
extern const size_t rx_person_ntriggers;
/* National ids after their own label, with their checks (gov_id_more.c):
 * RO CNP, IS kennitala, CA SIN, AR CUIL, DE KVNR, MX CURP, FI henkilötunnus
 * of the 2000s. */
extern struct rx_kwset gv_label_kws;
unsigned gv_detect_labelled(struct rx_ctx *c);
/* A table's cell s[v, e) under the column named hdr (folded): a national
 * number of the kind the name says, with its check (gov_id_more.c). */
unsigned gv_cell_labelled(struct rx_ctx *c, const char *hdr, size_t v, size_t e);
unsigned gv_detect_shaped(struct rx_ctx *c);
/* Whether one of the phrases comes before `at` on its line, within 48
 * bytes, ASCII letters folded (gov_id_more.c). */
int gv_label_before(const char *s, size_t at, const char *const *phrases);
/* A hunting's, a fishing's or a firearm's licence label on the line
 * [ls, me) (gov_id_world.c). */
int gv_sport_licence(const char *s, size_t ls, size_t at, size_t me);
/* Whether a delimited table's header is a ledger's (a supplier's, an
 * amount's, a total's column): its document column holds invoices'
 * numbers (gov_id_label.c; after rx_column_header). */
int gv_ledger_header(const struct rx_ctx *c);
/* gov_id_rows.c: a document's number under its column (a ferry's
 * manifest, a group's passenger list) and a Korean RRN's column */
unsigned gv_doc_cell(struct rx_ctx *c);
int gv_kr_column(struct rx_ctx *c, size_t i);
/* The words that name a national number without saying which ("national
 * id", "personal identification number"): its check says which (gov_id.c). */
extern const char *const gv_national_words[];
/* Whether one of the phrases (ASCII letters folded) lies inside s[from, at)
 * (text.c). */
int rx_phrase_in(const char *s, size_t from, size_t at, const char *const *phrases);
/* The same for phrases of scripts without case, byte for byte (memmem). */
int rx_bytes_in(const char *s, size_t from, size_t to, const char *const *phrases);
/* The identifiers of gov_id_world.c, triggered at a word's digit or capital. */
unsigned gv_detect_world(struct rx_ctx *c);
/* Identity numbers after their document's label, without a check
 * (gov_id_label.c; gv_id_label_kws), and in a cell under such a column. */
extern struct rx_kwset gv_id_label_kws;
unsigned gv_detect_id_label(struct rx_ctx *c);
unsigned gv_detect_id_cell(struct rx_ctx *c);
/* A number in parentheses after a document's words, at '(' or '（'
 * (gov_id_label.c). */
unsigned gv_detect_id_paren(struct rx_ctx *c);
unsigned gv_detect_travel_doc(struct rx_ctx *c);
/* Whether the birth date at s[at] is an animal's: its line names an
 * animal, its kind, its litter or its papers, a species', a breed's or a
 * chip's label is on the line before or after, or an ear tag opens its row
 * (dob_animal.c). */
int rx_dob_animal(struct rx_ctx *c, size_t at);
/* The value at s[at] after a label that names an animal, its kind or its
 * breed and not its owner ("Animal's name: Max", "Raça: Golden
 * Retriever"); a pedigree's line (its hips' scores between middle dots).
 * dob_animal.c. */
int rx_animal_label(const char *s, size_t len, size_t at);
/* A word of the list l, of scripts of three-byte letters (CJK, Korean,
 * Thai), inside [a, b): bytes as written, these scripts have no case; one
 * pass over the three-byte letters (dob_animal.c). */
int rx_wide_word_in(const char *s, size_t a, size_t b, const char *const *l);
/* Whether the line of s[at] names an animal, its kind or its papers. */
int rx_animal_line(const char *s, size_t len, size_t at);
/* The same, remembered per line in c (engine.c asks at every emission). */
int rx_animal_line_memo(struct rx_ctx *c, size_t at);
int rx_pedigree_line(const char *s, size_t len, size_t at);
/* A GDT record's line at s[at] (a line's start; gdt.c): its field, its
 * value [vs, ve); and the detectors of its fields by family. */
int rx_gdt_line(const char *s, size_t len, size_t at, unsigned *field, size_t *vs, size_t *ve);
unsigned rx_gdt_person(struct rx_ctx *c);
unsigned rx_gdt_dob(struct rx_ctx *c);
unsigned rx_gdt_address(struct rx_ctx *c);
unsigned rx_gdt_phone(struct rx_ctx *c);
/* Myanmar's NRC's length at s[v] ("12/OuKaMa(N)275756"), else 0; an
 * EDIFACT DOC segment's number (gov_id_travel.c). */
size_t gv_nrc_len(const char *s, size_t len, size_t v);
extern struct rx_kwset gv_doc_seg_kws;
unsigned gv_detect_edifact_doc(struct rx_ctx *c);
/* MX CURP's sex letter and check over its 18 characters (s holds 18 or
 * more). */
int gv_curp_ok(const char *s);
/* South Africa's 13 digits: a birth date (YYMMDD) and the Luhn check. */
int gv_za_ok(const char *d);
/* Whether a number named only "ID" passes a national number's check
 * (stop 55): the digits d[0, n) by this file's checks and gov_id.c's; with
 * `weak`, the checks that pass one number in ten or eleven too (IL, TH, JP,
 * VN; NL, IN; PT, MX), which a gate's log of the papers it saw may use
 * (gov_id_world.c, gov_id.c, gov_id_more.c). */
int gv_checked_world(const char *d, size_t n, int weak);
int gv_checked_here(const char *d, size_t n, int weak);
int gv_checked_more(const char *d, size_t n, int weak);
int gv_any_checked(const char *s, size_t v, size_t e, int weak);
unsigned gv_detect_roster_id(struct rx_ctx *c);
unsigned gv_detect_id_script(struct rx_ctx *c);
/* A number's cell in a row of cells split by ';', '|' or tabs under a
 * line of prose that names the numbers (gov_id_label.c). */
int gv_row_under_header(struct rx_ctx *c, struct rx_kwset *words);
/* The byte length of a letter of a script without capitals, of Han or of
 * kana at s[i], or 0 (person_lists.c). */
size_t pn_script_len(const char *s, size_t len, size_t i);
/* A person's name in a form's field right before the '(' of a date, or
 * the next of a list of such names (dob_world.c). */
int rx_dob_named_field(const char *s, size_t at, int depth);
/* A form's field "Label: Name, date" with the date ending the line, of
 * year y, [at, de) (dob_world.c). */
int rx_dob_field_name(const char *s, size_t len, size_t at, size_t de, int y);
/* A national id's word right after a date at s[e] (dob_world.c). */
int rx_dob_id_after(const char *s, size_t len, size_t e);
/* A date after a person's name on a form's line that names the person's
 * role (a beneficiary, a named driver, "Name (2)") (dob_world.c). */
int rx_dob_role_line(const char *s, size_t at);
/* A wine named after its maker, its vintage after it, on a wine list's
 * line (eponym.c): not a person's name, nor a street's. */
int pn_vintage(const struct rx_ctx *c, size_t a);
/* A list's item naming a person, ended by the date at [at, de) of year y
 * (dob_world.c). */
int rx_dob_item_end(const char *s, size_t len, size_t at, size_t de, int y);
/* A row's cell holding the date at [at, de) of year y after a cell holding
 * a person's name, on a row with an e-mail address (dob_world.c). */
int rx_dob_row_cell(const char *s, size_t len, size_t at, size_t de, int y);
/* A life's first date on a line of its own before a dash and a recent
 * death's date ("July 20, 1960 – 04/24/2026"; dob_world.c, stop 61). */
int rx_dob_lifespan(const char *s, size_t len, size_t at, size_t de, int y);
/* A person's name and the date of year y at [at, de) ending its line,
 * after ", " or " · " ("0160 7768120 · Gesine Thielscher · 26. Juli 1987";
 * dob_world.c, stop 62). */
int rx_dob_name_end(const char *s, size_t len, size_t at, size_t de, int y);
/* A Thai date at i, its year in the Buddhist Era: "12/01/2502", "28
 * พฤศจิกายน 2526", "28 พ.ย. 2526"; its end, or RX_NONE (dob_world.c). */
size_t rx_thai_date(const char *s, size_t len, size_t i);
/* Whether the line at ls ends with ", " and the birth date of someone 14
 * or older ("• तृप्ति गोखले (Spa, #207), 04/10/1958"): the date's start,
 * else RX_NONE (dob_world.c). */
size_t rx_line_birth_end(const char *s, size_t len, size_t ls);
/* Whether the label [a, b) ends with a birth word ("Date of birth",
 * "Geburtsdatum", "DOB": dob.c's list). */
/* dob_chat.c: a speaker's label ("CUSTOMER: ", "Nurhan (09:00): Nurhan
 * Bozdoğan, ") alone before at on its line */
int rx_dob_speaker_before(const char *s, size_t ls, size_t at);
int rx_birth_label(const struct rx_ctx *c, size_t a, size_t b);
/* Whether a birth word of dob.c's list lies in s[a, b). */
int rx_birth_word_in(const struct rx_ctx *c, size_t a, size_t b);
extern const struct rx_trigger rx_address_triggers[];
extern const size_t rx_address_ntriggers;
extern const struct rx_trigger rx_dob_triggers[];
/* Dates of birth after birth labels and under birth columns of more
 * languages, in digits of more scripts (dob_world.c). */
unsigned dob_detect_world_label(struct rx_ctx *c);
unsigned dob_detect_travel_doc(struct rx_ctx *c);
/* A date of birth in words after the birth words (dob_spoken.c). */
unsigned dob_detect_spoken(struct rx_ctx *c);
extern struct rx_kwset rx_dob_spoken_kws;
/* The end of a date of any script's digits and any language's month name
 * at s[i] ("14 Avost 1952", "20 trìulas 1985"), RX_NONE when none. */
size_t dob_world_date(const char *s, size_t len, size_t i);
/* A Solar Hijri date "yyyy/mm/dd" at i (years 1300-1409): its end, or
 * RX_NONE; whether Persian letters are on the line before at
 * (dob_world.c). */
size_t dob_solar_hijri(const char *s, size_t len, size_t i);
int dob_persian_before(const char *s, size_t at);
unsigned dob_detect_world_cell(struct rx_ctx *c);
extern const size_t rx_dob_ntriggers;

/* ---- anchored patterns (engine.c) ------------------------------------------- */

/* A PCRE2 pattern (byte mode) compiled once per process, anchored, with
 * JIT, on first use. */
struct rx_re {
	const char *pattern;
	void *code;
};
#define RX_RE(p) {(p), NULL}

/* End of the match of re at s[at] (c->text), or RX_NONE. A pattern that
 * does not compile is a bug: it never matches (and asserts in debug). */
size_t rx_re_at(struct rx_re *re, const struct rx_ctx *c, size_t at);

/* Whether the word at s[i] starts like a credential format of secret.c
 * (AKIA, ghp_, xox, sk_...): the scan runs the token pattern only there. */
int rx_token_prefix(const char *s, size_t len, size_t i);

/* ---- words (tok.c) ------------------------------------------------------------ */

/* A hash of the folded bytes (rx_fold) taken 8 at a time (tok.c), with the
 * low bit set (0 marks an empty slot in the tables that store these).
 * Every table is built with it at run time, so it may change freely; the
 * lookups compare the bytes too, so a collision costs time, never a
 * wrong answer. */
uint32_t rx_hash(const char *s, size_t n);

/* Reads the words of text[0..len) into sc->tk; their count in *n. A word
 * gets RXT_GAPTRIG when a byte b with trig[b] != 0 lies between it and the
 * word before (so that the scan looks at the bytes between words only
 * there). 0 or REDACT_ENOMEM. */
int rx_lex(struct rx_scratch *sc, const char *text, size_t len, const uint8_t *trig,
	   size_t *n);
/* Releases an oversized word array after a scan of a large message. */
void rx_lex_trim(struct rx_scratch *sc);

/* Index of the first word starting at or after pos (c->ntk when none). */
size_t rx_tok_from(const struct rx_ctx *c, size_t pos);

/* The folded hash of the letters that end at e (from `from` on; the
 * word's start in *a, may be NULL); 0 when no letter ends at e. */
uint32_t rx_word_before_h(const struct rx_ctx *c, size_t from, size_t e, size_t *a);
/* Index of the word that starts at pos, RX_NONE when none does. */
size_t rx_tok_at(const struct rx_ctx *c, size_t pos);

/* Whether the folded text s[0..n) equals the (folded) phrase w[0..n). */
int rx_fold_eq(const char *s, const char *w, size_t n);

/* ---- keyword sets (kwset.c) --------------------------------------------------- */

struct rx_kwidx;
struct rx_kwset {
	const char *const *words; /* folded phrases, NULL-terminated */
	struct rx_kwidx *idx;     /* built on first use */
};
#define RX_KWSET(list) {(list), NULL}

/* Whether the folded word w[0..n) is one of the set's phrases. */
int rx_kwset_has(struct rx_kwset *k, const char *w, size_t n);

/* End offset of the phrase of k nearest to `to` that lies (as whole words)
 * in s[from..to), or RX_NONE. Case-insensitive (ASCII and Latin-1). */
size_t rx_kwset_last(struct rx_kwset *k, const char *s, size_t from, size_t to);
/* The same; *which (when not NULL) gets the phrase's index into k->words
 * (at equal ends the longer phrase: "nhs number" rather than "number"). */
size_t rx_kwset_last_idx(struct rx_kwset *k, const char *s, size_t from, size_t to, size_t *which);

/* Whether a phrase of k ends exactly at `end` (starting at or after
 * `from`, at a word start). */
int rx_kwset_ends_at(struct rx_kwset *k, const char *s, size_t from, size_t end);
/* The length of the set's first phrase whose bytes (folded) end at
 * s[end], inside [from, end), or 0; with `bound`, a phrase that starts
 * with a letter must not follow a letter or a digit ("WiFi密码" ends with
 * "密码" wherever it stands). Compared byte by byte, not by words: for
 * scripts that write no spaces. */
size_t rx_kwset_bytes_end(struct rx_kwset *k, const char *s, size_t from, size_t end, int bound);

/* The phrases of k that start at s[at] (a word start): up to max indices
 * into k->words, longest first; returns their count. */
size_t rx_kwset_starts(struct rx_kwset *k, const char *s, size_t len, size_t at, uint16_t *idx,
		       size_t max);

/* The same over the words of c (the fast forms: each word was hashed
 * once by the lexer). */
/* End of the phrase of k nearest to `to` in text[from..to), RX_NONE. */
size_t rx_kw_last(const struct rx_ctx *c, struct rx_kwset *k, size_t from, size_t to,
		  size_t *which);
/* The phrases of k starting at word ti (longest first), as rx_kwset_starts. */
size_t rx_kw_starts(const struct rx_ctx *c, struct rx_kwset *k, size_t ti, uint16_t *idx,
		    size_t max);
/* Whether a phrase of k ends exactly at `end` (from its start at or after
 * `from`, at a word start). */
int rx_kw_ends(const struct rx_ctx *c, struct rx_kwset *k, size_t from, size_t end);
/* The same: the length of the (longest) phrase that ends there, 0 when none. */
size_t rx_kw_ends_len(const struct rx_ctx *c, struct rx_kwset *k, size_t from, size_t end);
/* Whether the text s[0..n), whose folded hash is h, is one of k's phrases
 * (case-insensitive). */
int rx_kw_is(struct rx_kwset *k, uint32_t h, const char *s, size_t n);

/* ---- text helpers (text.c) ------------------------------------------------ */

/* Strict UTF-8 (no overlongs, surrogates, code points above U+10FFFF). */
int rx_utf8_valid(const unsigned char *s, size_t n);

/* Whether byte c is one of the bytes of the string literal set; never for
 * NUL (text may hold NUL bytes). A macro so that the set's length is a
 * constant: the compiler unrolls the loop into compares on the literal's
 * bytes instead of loading them one by one (3-5 % of a dense scan). */
#define rx_in(set, c) rx_in_n("" set "", sizeof("" set "") - 1, (c))
static inline int rx_in_n(const char *set, size_t n, int c)
{
	if (c == 0)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (set[i] == (char)c)
			return 1;
	return 0;
}
static inline int rx_is_digit(int c) { return (unsigned)(c - '0') < 10u; }
static inline int rx_is_upper(int c) { return c >= 'A' && c <= 'Z'; }
static inline int rx_is_lower(int c) { return c >= 'a' && c <= 'z'; }
static inline int rx_is_alpha(int c) { return (unsigned)((c | 0x20) - 'a') < 26u; }
static inline int rx_is_alnum(int c) { return rx_is_alpha(c) || rx_is_digit(c); }
static inline int rx_is_xdigit(int c) { return rx_is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
static inline char rx_upper(char c) { return rx_is_lower(c) ? (char)(c - 32) : c; }
static inline char rx_lower(char c) { return rx_is_upper(c) ? (char)(c + 32) : c; }
/* Whether a[0..n) is the lower-case word b, in any case (b ends at n:
 * no strlen, most words differ at their first byte; email.c and
 * email_roles.c). */
static inline int rx_ascii_ieq(const char *a, size_t n, const char *b)
{
	for (size_t i = 0; i < n; i++)
		if (!b[i] || rx_lower(a[i]) != b[i])
			return 0;
	return b[n] == '\0';
}

/* rx_fold of the two-byte character c d into *oc *od: 1 when it changes
 * it, else 0. Lowers Latin-1 capitals U+00C0-U+00DE (not the
 * multiplication sign) and Cyrillic ones (U+0400-U+042F), and reads ё as е
 * (Russian writes "Петр" for "Пётр"); lowers Greek and drops its accents
 * and diaereses, and reads final ς as σ (Greek capitals carry no accents:
 * "ΗΜΕΡΟΜΗΝΙΑ ΓΕΝΝΗΣΗΣ" is "ημερομηνία γέννησης"). Every fold (text.c's
 * rx_fold, tok.c's hash, the lexer and rx_fold_eq) goes through here, so
 * that they agree, and keyword lists are folded when built (kwset.c). */
static inline int rx_fold2(unsigned c, unsigned d, unsigned char *oc, unsigned char *od)
{
	unsigned cp = ((c & 0x1Fu) << 6) | (d & 0x3Fu), lo;
	if (c < 0xC3 || c > 0xD1 || (d & 0xC0u) != 0x80)
		return 0;
	if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
		lo = cp + 0x20;
	else if (cp >= 0x410 && cp <= 0x42F)
		lo = cp + 0x20;
	else if (cp == 0x401 || cp == 0x451)
		lo = 0x435; /* Ё ё -> е */
	else if (cp >= 0x400 && cp <= 0x40F)
		lo = cp + 0x50;
	else if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2)
		lo = cp == 0x3AA ? 0x3B9 : cp == 0x3AB ? 0x3C5 : cp + 0x20;
	else if (cp == 0x386 || cp == 0x3AC)
		lo = 0x3B1;
	else if (cp == 0x388 || cp == 0x3AD)
		lo = 0x3B5;
	else if (cp == 0x389 || cp == 0x3AE)
		lo = 0x3B7;
	else if (cp == 0x38A || cp == 0x3AF || cp == 0x390 || cp == 0x3CA)
		lo = 0x3B9;
	else if (cp == 0x38C || cp == 0x3CC)
		lo = 0x3BF;
	else if (cp == 0x38E || cp == 0x3CD || cp == 0x3B0 || cp == 0x3CB)
		lo = 0x3C5;
	else if (cp == 0x38F || cp == 0x3CE)
		lo = 0x3C9;
	else if (cp == 0x3C2)
		lo = 0x3C3;
	else
		return 0;
	*oc = (unsigned char)(0xC0u | (lo >> 6));
	*od = (unsigned char)(0x80u | (lo & 0x3Fu));
	return 1;
}

/* The value of the digit at s[i] (ASCII or full-width U+FF10-FF19) and its
 * byte length in *adv; -1 when there is none. (The small helpers here are
 * inline for ASCII, the common case; the rest is in text.c.) */
int rx_digit_at_slow(const char *s, size_t len, size_t i, size_t *adv);
static inline int rx_digit_at(const char *s, size_t len, size_t i, size_t *adv)
{
	if (i < len && rx_is_digit((unsigned char)s[i])) {
		*adv = 1;
		return (unsigned char)s[i] - '0';
	}
	return rx_digit_at_slow(s, len, i, adv);
}

/* Collects the digits (ASCII or full-width) of s[0..n) into d (at most cap;
 * more gives 0). Returns the count; *other gets the count of other code
 * points that are not separators (space, NBSP, narrow NBSP, thin spaces,
 * '-', en dash, '.', '/', '(', ')'). */
size_t rx_digits(const char *s, size_t n, char *d, size_t cap, size_t *other);

/* Length of the separator (space, NBSP, narrow NBSP, U+2000-U+200A, tab) at
 * s[i], 0 when none. */
size_t rx_space_at_slow(const char *s, size_t len, size_t i);
static inline size_t rx_space_at(const char *s, size_t len, size_t i)
{
	if (i >= len)
		return 0;
	unsigned char c = (unsigned char)s[i];
	if (c == ' ' || c == '\t')
		return 1;
	return c < 0xC2 ? 0 : rx_space_at_slow(s, len, i);
}

/* Whether a capital letter (ASCII, Latin-1, Latin Extended-A, Greek,
 * Cyrillic) starts at s[i]. */
int rx_cap_at(const char *s, size_t len, size_t i);

/* Whether a word character (ASCII letter/digit/_ or a two-byte UTF-8
 * letter) ends right before s[i] / starts at s[i]. */
int rx_word_before(const char *s, size_t i);
int rx_word_at(const char *s, size_t len, size_t i);

/* Byte length of the letter (ASCII letter or digit, or a non-ASCII letter
 * told by its UTF-8 lead byte) at s[i] / ending right before s[i]; 0 when
 * there is none. */
size_t rx_letter_at_slow(const char *s, size_t len, size_t i);
size_t rx_letter_before_slow(const char *s, size_t i);
static inline size_t rx_letter_at(const char *s, size_t len, size_t i)
{
	if (i >= len)
		return 0;
	unsigned char c = (unsigned char)s[i];
	return c < 0x80 ? (size_t)rx_is_alnum(c) : rx_letter_at_slow(s, len, i);
}
static inline size_t rx_letter_before(const char *s, size_t i)
{
	if (i == 0)
		return 0;
	unsigned char c = (unsigned char)s[i - 1];
	return c < 0x80 ? (size_t)rx_is_alnum(c) : rx_letter_before_slow(s, i);
}

/* Whether the `window` bytes before offset `at`, on its line, hold a
 * phrase of k. */
int rx_kw_before(const struct rx_ctx *c, struct rx_kwset *k, size_t at, size_t window);

/* Lower-cases (ASCII, Latin-1, Cyrillic, Greek: rx_fold2) s[0..n) into
 * out (cap bytes incl. NUL);
 * returns the length written. */
size_t rx_fold(const char *s, size_t n, char *out, size_t cap);

/* The folded header cell of the column whose cell starts at `at` in a
 * delimited table (',', ';', tab, '|'): the nearest line above without
 * digits, '@', ':' or '=' with no more delimiters than the row and enough
 * for the cell (the topmost of a run of such lines), passing the table's
 * rows; in Markdown the row above the rule. 1 when found. The memo (may
 * be NULL) remembers answers for the rows below (table.c). */
int rx_csv_column(const char *s, size_t len, size_t at, char *hdr, size_t cap,
		  struct rx_csvmemo *memo);
/* The column of a quoted value at `at` in an SQL "INSERT INTO t (a, b, ...)
 * VALUES (...), (...)" statement, folded into hdr. 1 when found. */
int rx_sql_column(const char *s, size_t len, size_t at, char *hdr, size_t cap);
/* Whether s holds the word INSERT (any case): rx_sql_column's first test,
 * made once per message (table_sql.c). */
int rx_sql_text(const char *s, size_t len);
/* The header of the column of the value at `at` in a table aligned with
 * spaces (a printed data frame, a fixed-width report: rows of two fields
 * or more, two spaces apart): the field of the nearest line above of three
 * column names or more (letters, '_', '.', '-', '#') whose columns overlap
 * the value's most. Folded into hdr; 1 when found. The search passes the
 * table's rows (lines with a wide gap) up to 2,000 lines and 64 KiB, and
 * at most 40 other lines; a memo (may be NULL) lets the rows that follow
 * stop there. */
int rx_aligned_column(const char *s, size_t len, size_t at, char *hdr, size_t cap,
		      struct rx_alignmemo *memo);
/* Empties the table memos of c (before a scan). */
void rx_tables_reset(struct rx_ctx *c);
/* The header naming the column of the value at `at`: an SQL INSERT's column
 * when a quote precedes it, else a delimited table's (rx_csv_column, with
 * c's memo), else an aligned table's (rx_aligned_column) for a value after
 * two spaces, a tab or a row number. Folded into hdr; 1 when found. */
int rx_column_header(struct rx_ctx *c, size_t at, char *hdr, size_t cap);

/* Start of the line holding offset i (after the previous '\n'), and its
 * end; lines are followed at most RX_LINE_LIMIT bytes either way. */
#define RX_LINE_LIMIT 1024u
size_t rx_line_start(const char *s, size_t i);
/* A label's end before its number, "(2)" or one or two digits ("Name
 * (2)", "Beneficiary 1", "المستفيد 1", "ICE1"), within [ls, le): where
 * the number starts, or le when it has none. */
static inline size_t rx_label_unnumbered(const char *s, size_t ls, size_t le)
{
	if (le > ls + 3 && s[le - 1] == ')' && rx_is_digit((unsigned char)s[le - 2]) && s[le - 3] == '(')
		return le - 3;
	size_t q = le;
	while (q > ls && rx_is_digit((unsigned char)s[q - 1]) && le - q < 2)
		q--;
	return q;
}
/* A decimal digit of ASCII, Arabic-Indic, Persian or an Indic script at
 * s[i]: its value, its byte length in *adv and its script in *script (so
 * that a number's digits can be kept to one); -1 when none. */
int rx_decimal_at(const char *s, size_t len, size_t i, size_t *adv, int *script);
/* At a field's ':' or '：' at `at`, right after its label's last letter (or
 * a space): where the value starts, past spaces; RX_NONE for a JSON key's
 * quote, a clock's digit or a URL's "://". */
size_t rx_field_value(const char *s, size_t len, size_t at);
/* At a ':' or a full-width '：' (its lead byte) at `at` that follows one of
 * the labels written in CJK, Hangul, Thai or an Indic script ("주소:",
 * "姓名：", "ที่อยู่:"): where the value starts, past spaces; RX_NONE
 * otherwise. */
size_t rx_after_cjk_label(const char *s, size_t len, size_t at, struct rx_kwset *labels);
/* A label's qualifier after its word at i, one to three lower-case words
 * before the colon ("NIF do aluno:", "СНИЛС ребёнка:"): the colon's
 * offset, else i. */
size_t rx_qualified_colon(const char *s, size_t len, size_t i);
/* A name the gazetteer knows right before c->ms on its line, then ", " or
 * a space ("Saga Nordin, 19741106-3980"; text.c). */
int rx_name_right_before(const struct rx_ctx *c);
size_t rx_line_end(const char *s, size_t len, size_t i);
/* Whether the text before `at` (and one space) says "for example" ("e.g.",
 * "z. B.", "por ejemplo"...): what follows is a form's example. */
int rx_example_before(const char *s, size_t at);
/* A sample's note in parentheses right after a value ("030 12345678
 * (Beispiel)", "(example)"; stop 53) (text.c). */
int rx_example_after(const char *s, size_t len, size_t e);
/* Whether an address span s[0..n) is one made up for forms ("Musterstraße
 * 1, 12345 Musterstadt", "Anytown"). */
int rx_placeholder_address(const char *s, size_t n);
/* The line right above `start` is a firm's name with its legal form that
 * heads its block ("Möbelhaus Wiesental GmbH" after an empty line), or a
 * public body's over a block that starts with the address ("Stadt Kassel –
 * Bußgeldstelle"): the address under it is theirs, not a person's
 * (address_prose.c). */
int rx_firm_address(const char *s, size_t len, size_t start);
/* A desk's line ("Switchboard:", "Press office:") within the n lines
 * after `end`: an organisation's block (address_prose.c). */
int rx_desk_below(const char *s, size_t len, size_t end, int n);
/* A desk's number on the address's line right after it (address_prose.c). */
int rx_desk_after(const char *s, size_t len, size_t end);
/* A standard's number inside [start, end) (address_prose.c). */
int rx_standard_in(const char *s, size_t start, size_t end);
/* An address's start with what belongs before it: a house's block letter,
 * a Korean or a Chinese postcode (address_prose.c). */
size_t rx_address_prefix(const char *s, size_t start);
/* A Vietnamese address's administrative parts after its end
 * (address_prose.c). */
size_t rx_vn_tail(const char *s, size_t len, size_t end);
/* A GEDCOM record's and a CSV row's address within a detector's span:
 * its bounds moved, or 0 when nothing of it is left (address_field.c). */
int rx_address_bounds(const char *s, size_t len, size_t *start, size_t *end);
/* Whether the word w (n bytes) is a firm's legal form ("GmbH", "B.V.",
 * "Ltd."). */
int rx_legal_form_word(const char *w, size_t n);
/* A word that names a public body or its office in s[ps, pe) ("Stadt
 * Kassel – Bußgeldstelle", "CJIB"). */
int rx_authority_words(const char *s, size_t ps, size_t pe);
/* A firm's or a public body's footer: s[start, end) is a field of a line
 * whose first field names the firm by its legal form or the body
 * ("Moorside Motors Ltd · Unit 4, ... · 0113 244 9071"), or which a role's
 * mailbox ends ("... · Tel. 035 595 117 · officina@brambati-auto.it"). */
int rx_firm_footer(const char *s, size_t len, size_t start, size_t end);
/* The field before the address at s[start] on its line names a firm by
 * its legal form or a public body, then ", " ("Ionity GmbH, Landsberger
 * Straße 110, ...", "Kraftfahrt-Bundesamt, Fördestraße 16, ..."). */
/* Whether the line from ls is an event's venue's ("Venue: ...",
 * "Tagungsort: ...", "Sede: ...") with `at` after its label. */
int rx_venue_label(const char *s, size_t ls, size_t at);
/* A form's employer's or hotel's label opens the line at ls, and the value
 * after it holds a comma before at (the firm's name, then its address and
 * number: "20. นายจ้าง / Employer: Siam Cement Group, 1 Siam Cement Road,
 * ..., 02 586 3333", "30. Hotel: ...") (address_prose.c). */
int rx_employer_label(const char *s, size_t ls, size_t at);
int rx_firm_comma_before(const char *s, size_t start);
/* Whether the name o lies inside an address that rx_emit dropped as a
 * firm's, a public body's or a form's sample (x->kept_s/e). */
int rx_in_kept(const struct rx_ctx *x, const struct rx_out *o);
/* A field separator at s[i]: " — ", " – " or " - " (its length), or 0. */
size_t rx_dash_sep(const char *s, size_t len, size_t i);

/* ---- checksums (checksum.c) ----------------------------------------------- */

int rx_luhn(const char *d, size_t n);
/* ISO 7064 MOD 97-10 of an IBAN in its printed order (letters count 10..35). */
int rx_iban_mod97(const char *c, size_t n);
int rx_verhoeff(const char *d, size_t n);
/* ISO 7064 MOD 11,10 (German Steuer-ID check digit over the first n-1). */
int rx_mod11_10(const char *d, size_t n);

/* A travel document at the word s[at] (checksum.c): a passport's
 * machine-readable zone (ICAO 9303 TD3: two lines of 44 characters of A-Z,
 * 0-9 and '<', the first opening "P<" at a line start) whose document
 * number, birth date and expiry check digits hold, or an airline booking's
 * travel document (IATA's "SSR DOCS YY HK1 P/CAN/V0643191/NAM/17JUL73/M/
 * 05JAN30/MAQUINCOC/MARCOS/P1" at its word DOCS). 1 and *m filled (the
 * names without their '<' padding, the number without its filler, the
 * birth date: YYMMDD or DDMMMYY), else 0. ICAO's specimen state UTO
 * ("Utopia") is none. person, gov_id and dob each read their part. */
struct rx_travel_doc {
	size_t sur_s, sur_e, giv_s, giv_e; /* surname, given names */
	size_t doc_s, doc_e, dob_s, dob_e; /* document number, birth date */
};
int rx_travel_doc_at(const char *s, size_t len, size_t at, struct rx_travel_doc *m);
extern struct rx_kwset rx_travel_doc_kws; /* "P" of "P<", "DOCS" */
/* The passport words (gov_id.c), and a passport's number a few lines after
 * one: a chat's answer, a companion's line, a label in any script, an
 * airline's FOID (gov_id_travel.c). */
extern struct rx_kwset rx_passport_kws;
unsigned gv_detect_passport_near(struct rx_ctx *c);
/* The length of the run of digits at s[i] when no letter, '-' or '.' and a
 * digit goes on after it, else 0 (gov_id_travel.c). */
size_t rx_digits_run(const char *s, size_t len, size_t i);
/* Identifiers in health records' own structure (gov_id_health.c): HL7 v2
 * PID identifiers of a national type, FHIR identifiers whose system names
 * a national or health id, the EHIC's numbered fields 3-6. */
extern struct rx_kwset gv_pid_kws, gv_system_kws;
unsigned gv_detect_hl7(struct rx_ctx *c);
unsigned gv_detect_fhir(struct rx_ctx *c);
unsigned gv_detect_ehic(struct rx_ctx *c);

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
/* Whether y-m-d is a calendar day of 1850-2099 (29 February always). */
int rx_date_ok(int y, int m, int d);

/* Whether s[i..] starts a month name; returns its byte length or 0, *month
 * 1-12. */
size_t rx_month_name(const char *s, size_t len, size_t i, int *month);

/* ---- names (names.c) -------------------------------------------------------- */

/* Gazetteer lookups on the embedded lists (exact bytes, UTF-8). */
enum { RX_NAME_GIVEN = 1, RX_NAME_SURNAME = 2, RX_NAME_STOP = 4 };
/* The classes of a word (case-insensitive): a given name, a surname, an
 * ordinary word (rx_name_stopword below); 0 when none. */
unsigned rx_name_class(const char *s, size_t n);
/* The plain letter of a Latin-1 or Latin Extended-A letter U+00C0-U+017F,
 * lower case ('é' -> 'e', 'Ł' -> 'l'), or '?' for one without a plain
 * base (æ, ß, þ, dotless ı, œ) or outside that range (names.c). */
char rx_latin_base(unsigned cp);
/* The same for a word whose folded hash (rx_hash) is h. */
unsigned rx_name_class_h(uint32_t h, const char *s, size_t n);
int rx_is_given(const char *s, size_t n);
int rx_is_surname(const char *s, size_t n);
/* gov_id_world.c: a Chinese resident identity number's eighteen characters
 * (its check, a birth date, a region's first digit) */
int rx_cn_rid_ok(const char *v);
/* A capitalised word that is an ordinary word too often to count as a name
 * on its own (Will, May, Mark, Paris...). */
int rx_name_stopword(const char *s, size_t n);

/* ---- addresses (address.c) ------------------------------------------------- */

/* The end of the postal address starting at s[i] (a street line reaching a
 * locality), or (size_t)-1. */
size_t rx_address_at(const char *s, size_t len, size_t i);

/* ---- phones (phone.c, phonemeta.cc) ----------------------------------------- */

#endif
