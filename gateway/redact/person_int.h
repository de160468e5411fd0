/* Shared by person.c (the name detector) and person_ctx.c (its contexts). */
#ifndef CUSTOS_REDACT_PERSON_INT_H
#define CUSTOS_REDACT_PERSON_INT_H

#include <stddef.h>

#include "redact_int.h"

enum ctx { C_NONE, C_WEAK, C_STRONG };

/* ---- the name parser (person.c) ---- */

#define MAX_TOKENS 6

struct name {
	size_t ts[MAX_TOKENS], te[MAX_TOKENS];
	unsigned char cls[MAX_TOKENS]; /* token classes, see pn_tok() */
	size_t nt;        /* capitalised tokens (initials included) */
	size_t end;
	int caps;         /* every token in capitals */
};

/* Per token: bit 1 ordinary word, 2 never a name, 4 given, 8 surname; 32
 * set when the gazetteer was asked (1, 4, 8 known), 64 when the never-list
 * was (2 known); 16 is kept with 32. */
enum { T_STOP = 1, T_NEVER = 2, T_GIVEN = 4, T_SUR = 8, T_WORDS = 16, T_NAMES = 32,
       T_NEVERK = 64 };

/* A name word at s[i] (a capital, then letters, inner '-' or '\''): its
 * end, or i; *caps when all in capitals. */
size_t pn_name_word(const char *s, size_t len, size_t i, int *caps);
/* A particle ("van", "de", "da") at s[i] followed by a space; its end. */
int pn_is_particle(const char *s, size_t len, size_t i, size_t *end);
int pn_caps_particle(const char *s, size_t len, size_t i, size_t *end);
/* The end of a label before its note in parentheses ("Keeper (المالك)",
 * "Assessed by (nurse)"; person_ctx.c), or e. */
size_t pn_before_note(const char *s, size_t from, size_t e);
/* Whether [from, e) is a whole label before a note in parentheses
 * ("Keeper (المالك)", not "ships to (home office)"). */
int pn_noted_label(const struct rx_ctx *c, size_t from, size_t e, size_t at);
/* A professional register's word at s[i] in a script without capitals
 * ("قيد النقابة", "רישיון", "면허", "执业兽医"; person_script.c). */
int pn_register_word(const char *s, size_t len, size_t i);
/* A badge's word in capitals before a number at [w, we): "CO 7835". */
int pn_badge_word(const char *s, size_t len, size_t w, size_t we);
/* The name starting at s[i]; 0 when no name word starts there. */
int pn_parse_name(const char *s, size_t len, size_t i, struct name *n);
/* The classes (T_*) of token k that `want` asks for, looked up once. */
unsigned pn_tok(const struct rx_ctx *cx, struct name *n, size_t k, unsigned want);
/* Token k is an ordinary word or never a name. */
int pn_stop_token(const struct rx_ctx *s, struct name *n, size_t k);
/* Token k is an ordinary word that is also a name ("Will", "May"). */
int pn_namelike_stop(const struct rx_ctx *s, struct name *n, size_t k);
/* Whether s[a..b) is one of k's words. */
int pn_kw_word(const struct rx_ctx *c, struct rx_kwset *k, size_t a, size_t b);
/* Words that start a place ("San", "Saint", "Fort"). */
extern struct rx_kwset pn_place_first_kws;
int pn_name_column_whole(const char *hdr, size_t n);
int pn_pet_column(const char *hdr, size_t n);
int pn_visitor_log(const struct rx_ctx *c);
extern struct rx_kwset pn_place_last_kws; /* a place's or a firm's last word */
/* Last words that make a name a place or a building in any context
 * (person_words.c). */
extern struct rx_kwset pn_building_kws;
/* A word ending in a street suffix no surname ends in ("...straat"; person_noname.c). */
int pn_street_word(const char *s, size_t a, size_t b);

/* ---- a name said again (person_again.c) ---- */

/* Remembers the words of the name n, about to be emitted. */
void pn_remember_name(struct rx_ctx *c, struct name *n);
/* Remembers a name's first word whatever the gazetteer says of it (a
 * rota's "Wian K.": its context made it a name), one lexer word of three
 * bytes or more. */
void pn_remember_first_word(struct rx_ctx *c, const struct name *n);
/* The capitalised words of the name at [a, e), confirmed by its person's
 * contact, remembered whether the gazetteer knows them or not, ordinary
 * words excepted (person_again.c). */
void pn_remember_confirmed(struct rx_ctx *c, size_t a, size_t e);
/* A remembered name word at c->ms, with its neighbours: spans emitted. */
unsigned pn_known_name(struct rx_ctx *c);

/* Titles ("Mr", "Frau", "Dott.ssa"): outside a name's span. */
extern struct rx_kwset pn_title_kws;
extern struct rx_kwset pn_post_kws; /* a signer's job title's words (person_directory.c) */
/* person_words.c: the contexts' word lists (person_ctx.c says how each is
 * used). */
/* person_labels.c: the labels of names, at most PN_LABELS_MAX words
 * (person_words.c's sets hold them too). */
#define PN_LABELS_MAX 2048
extern const char *const pn_labels[];
extern struct rx_kwset pn_greet_kws, pn_intro_kws, pn_label_kws, pn_signoff_kws, pn_column_kws,
	pn_list_label_kws, pn_thing_name_kws;
extern struct rx_kwset pn_thing_column_kws, pn_person_column_kws;
extern const char *const pn_name_parts[]; /* "first", "last", ... */
/* Whether the word w[0..n) (folded hash h) may end a context phrase
 * (greeting, title, introduction, label): one hash lookup. */
int pn_ctx_last_is(uint32_t h, const char *w, size_t n);
/* Whether the word (hash h) is the last word of a sign-off. */
int pn_signoff_last_is(uint32_t h, const char *w, size_t n);

/* The context right before a name at `at` on its line: C_STRONG when it
 * ends with a label (after ':', '=', a tab or '|'), a greeting, a title or
 * an introduction. */
int pn_before_context(const struct rx_ctx *c, size_t at);
/* Whether the word before `at` may end a context phrase (one lookup). */
int pn_maybe_context(const struct rx_ctx *c, size_t at);
/* An item of a list of people after a list label ("Attendees: A, B"). */
int pn_listed_after_label(const struct rx_ctx *c, size_t at);
/* Where the separator before an item at `at` starts (", ", "; ", ": ",
 * " / ", " · "), or RX_NONE. */
size_t pn_list_sep(const char *s, size_t at);
/* "Groet, Maaike": a sign-off and the name [at, end) end the line. */
int pn_inline_signoff(const struct rx_ctx *c, const char *s, size_t len, size_t at, size_t end);
/* The name [at, end) fills its line after a sign-off line. */
int pn_after_signoff(const struct rx_ctx *c, const char *s, size_t len, size_t at, size_t end);
/* A letter head: the name fills its line and a postal address follows. */
int pn_before_address(const char *s, size_t len, size_t at, size_t end);
/* A table cell or SQL value at `at` in a column named like a name column. */
int pn_name_column(struct rx_ctx *c, size_t at);
/* Whether a delimited table's header is a password manager's export
 * (person_colwords.c). */
int pn_manager_export(const struct rx_ctx *c);
/* "[12/03/2024, 14:22] Maria Silva: ...": a chat export's speaker (1);
 * after a time alone ("[16:31] Weronika: ..."), 2: a speaker only if the
 * gazetteer knows the name. */
int pn_chat_speaker(const char *s, size_t len, size_t at, size_t end);
/* A chat's contact saved with a note, "Keeley (Mum Alfie): ": the end of
 * the note's ')' (its ':' there), else end (person_ctx.c). */
size_t pn_noted_speaker_end(const char *s, size_t len, size_t end);
/* A child's age announced right after a name ("Garrett is turning 10",
 * "Ebba fyller 10"; person_fields.c). */
int pn_turning_after(const char *s, size_t len, size_t end);
/* A note about a person at a line's or an item's start ("Kacper: spać o
 * 20", "[ ] Angus: new school"; person_fields.c). */
int pn_note_about(const char *s, size_t len, size_t at, size_t end);
/* A kin word in parentheses after a name ("Maël (cousin)"; person_fields.c). */
int pn_kin_paren_after(const char *s, size_t len, size_t end);
/* The same after one word that is no name's last word (the word before it
 * is not capitalised) (person_fields.c). */
int pn_kin_single(const char *s, size_t len, size_t at, size_t end);
/* A note's title for someone, a device's owner, a greeting's addressee
 * with her full name (person_fields.c). */
int pn_titled_for(const char *s, size_t len, size_t at, size_t end);
/* A chat message's first word before a lower-case one (person_fields.c). */
int pn_chat_first_word(const char *s, size_t len, size_t at, size_t end);
/* A receipt's thanks ending in the given name at s[at, end) ("Thanks for
 * riding with Ola, Ishita"). */
int pn_thanks_vocative(const char *s, size_t len, size_t at, size_t end);
/* A surname's particle with a capital at [a, e) ("Lo", "De", "Van";
 * person_fields.c). */
int pn_cap_particle(const char *s, size_t a, size_t e);
/* git blame's author after the commit id ("0a2522aa (Luzia da Cunha"). */
int pn_blame_author(const char *s, size_t at);
/* A form label alone on the line above the name filling its line. */
int pn_label_above(const struct rx_ctx *c, const char *s, size_t at, size_t end);
int pn_post_below(const struct rx_ctx *c, struct name *n, size_t at);
/* A party in a court order's heading: its role alone on the next line
 * ("HESTER DUNSMORE" over "Defendant"; person_directory.c). */
int pn_party_below(const struct rx_ctx *c, struct name *n);
/* A name in a table aligned by spaces, under its column's header word
 * ("Pos  Pett  Nome  ..." over "4    15831 GUARNIERI Amedeo  ...";
 * person_directory.c). */
int pn_aligned_column(const struct rx_ctx *c, size_t at);
/* An RSVP list's item ("- Thaddeus Ambrose: yes") and a volunteers' rota's
 * name after a shift's times ("Setup 08:00–10:00: Wendell Q."; person_fields.c). */
int pn_rsvp_item(const char *s, size_t len, size_t at, size_t end);
/* A Turkish street read as a name by its abbreviation ("Lale Sok.",
 * "Yaprak Sok. No: 61"), and a courier's carrier cut off the name ("Henning
 * von Hermes" -> "Henning"; person_noname.c). */
int pn_turkish_street(const char *s, size_t len, const struct name *n);
int pn_ship_before(const char *s, size_t at);
int pn_vn_street(const char *s, size_t len, const struct name *n, size_t at);
void pn_cut_carrier(const char *s, struct name *n);
int pn_shift_name(const char *s, size_t at);
int pn_party_after(const struct rx_ctx *c, struct name *n);
/* "Anna Weber  11:18 PM": a chat paste's speaker line, from the name's end. */
int pn_speaker_time(const char *s, size_t len, size_t end);
/* A word (a lexer word at a, l bytes) that is never a name. */
int pn_never_word(const struct rx_ctx *c, size_t a, size_t l);
/* ", born ...", " (geb. ...": a birth word right after a name ending at end. */
int pn_born_after_name(const struct rx_ctx *c, const char *s, size_t end);
/* A brand, a work, a car or a place named after someone ("Hugo Boss",
 * "Jane Eyre", "Dr. Oetker", "Fundación Ramón Areces"), for a name starting
 * at `a` (eponym.c). With `context` (a label, title or greeting said
 * "person"), only names no private person is likely to bear count. */
/* A capitalised institution word inside the name after its first word
 * ("Helios Klinikum Emil von Behring"): an institution's name (eponym.c). */
int pn_institution_in(const struct rx_ctx *c, const struct name *n);
int pn_eponym(const struct rx_ctx *c, size_t a, int context);

/* vCard "N:Family;Given;Middle;...": the name parts (person_vcard.c),
 * triggered at the word "N" (pn_vcard_kws). */
unsigned pn_detect_vcard(struct rx_ctx *c);
extern struct rx_kwset pn_vcard_kws;
/* GEDCOM's "1 NAME Given /Surname/", "2 GIVN", "2 SURN" lines (person_vcard.c),
 * triggered at the tag (pn_gedcom_kws). */
unsigned pn_detect_gedcom(struct rx_ctx *c);
extern struct rx_kwset pn_gedcom_kws;
/* Health records (person_vcard.c): HL7 v2 name fields (PID-5, NK1-2,
 * PV1-7, ...), triggered at the segment's name; a DICOM dump's PN values,
 * at "PN"; FHIR HumanName's family and given strings, at the key. */
unsigned pn_detect_hl7(struct rx_ctx *c);
/* A WeChat export's "NAME YYYY-MM-DD HH:MM:SS" speaker line, triggered at
 * the date (person_forms.c). */
unsigned pn_detect_wechat_speaker(struct rx_ctx *c);
/* A Cyrillic surname with two initials ("Тихонова Е. А.", "Е. А.
 * Тихонова"), triggered at a capital (person_forms.c). */
unsigned pn_detect_initials(struct rx_ctx *c);
extern struct rx_kwset pn_hl7_kws;
unsigned pn_detect_dicom(struct rx_ctx *c);
extern struct rx_kwset pn_dicom_kws;
unsigned pn_detect_fhir(struct rx_ctx *c);
unsigned pn_detect_travel_doc(struct rx_ctx *c);
extern struct rx_kwset pn_fhir_kws;

/* Where a name starts and ends (person_bounds.c). */
/* Token k of n is an initial ("G."). */
int pn_is_initial(const char *s, const struct name *n, size_t k);
/* "Krämer, Lotte" in a field or cell: the given names after the comma
 * belong to the name when they end the field (a tab, '|', ';' or the
 * line's end follows). The end of the whole name, or `end`. */
size_t pn_inverted_end(const struct rx_ctx *c, const struct name *n, const char *s, size_t end);
/* A surname in capitals, then the given name ("DUMONT Inès", "Mme GARNIER
 * Armand", the French way): the name's end past the given names the
 * gazetteer knows (at most two), else end. */
size_t pn_given_after_caps(const struct rx_ctx *c, const struct name *n, size_t end);
/* A Markdown cell ("| Anna Weber |") is a name cell only when the name
 * fills it; other cells pass. */
/* Words that are no name where they stand: an example's ("e.g. Jane
 * Doe", "z. B. Max Mustermann"), capitals before a path's '/'
 * ("user:ISSUER/SUB", "https://HOST:PORT/") or a phrase in capitals with
 * an ordinary word that is no name ("THE LIABLE DAMAGES"). */
int pn_no_name(const struct rx_ctx *c, struct name *n);
/* A résumé's or a letterhead's name in capitals alone on its line, a
 * contact field's label starting the next ("LAKSHMI MENON" over
 * "Address: ..."), every word a name the gazetteer knows. */
int pn_caps_header(const struct rx_ctx *c, struct name *n, size_t at);
int pn_md_cell_whole(const struct rx_ctx *c, const struct name *n, const char *s, size_t at,
		     size_t end);
/* "Proud parents Tamsin and Crispin", "Jutta und Bernd": a given name the
 * gazetteer knows after "and" and a name found by its context is a name
 * too (with its surname). */
unsigned pn_and_next(struct rx_ctx *c, size_t end);
/* An initial right before a name ("C. Mac Giolla", "J. Mayhew") belongs
 * to it; not a title's ("Dr."), not the end of "U.S.". */
size_t pn_initial_before(const char *s, size_t at);
/* Particles right before the name ("195  van den Akker, Lotte (F, ...)",
 * "Customer: da Cunha, Joaquim"): where the name starts when a line, a
 * cell or a field starts before them; else at. */
size_t pn_particles_before(const char *s, size_t len, size_t at);
/* A word in camel case ("WebInspector", "PayPal"): a capital after a
 * small letter, past a prefix that names carry ("McDonald", "DeShawn",
 * "MaryAnn" are names). */
int pn_camel_word(const char *s, size_t a, size_t b);
/* "Popescu, Cătălin": the name ending at end goes on after a comma with a
 * given name the gazetteer knows, and no word of either is an ordinary
 * word. */
int pn_inverted_known(const struct rx_ctx *c, struct name *n, const char *s, size_t end);
/* A surname's initial after a given name, ending an item ("Soprano:
 * Hannelore L., Annegret K."): the end past it, or end. */
size_t pn_initial_after(const char *s, size_t len, size_t end);
/* "Saravanan a/l Arumugam", "Ahmad bin Ismail": the name's end past a
 * patronymic connector and the father's name, or end (person_bounds.c). */
size_t pn_patronymic_after(const char *s, size_t len, size_t end);
/* A name's possessive before a noun ("Tariq's homework"), not a place's,
 * a saint's or a firm's. */
int pn_possessive_name(const struct rx_ctx *c, size_t at, size_t end);
int pn_birthday_after(const char *s, size_t len, size_t end);
int pn_list_item_at(const char *s, size_t at);
/* Place words after a whole name ("Nikola Tesla Airport"), and whether the
 * word after a name (one space) is one. */
extern struct rx_kwset pn_place_after_kws;
int pn_place_word_after(const struct rx_ctx *c, size_t end);
int pn_thing_number_after(const char *s, size_t len, size_t at, const struct name *n);
/* A name follows the name n after "and" ("Gustavo e Beatriz Bezerra"): two
 * words or more, the first a given name the gazetteer knows. */
int pn_before_and(const struct rx_ctx *c, const struct name *n);
/* "Oded Ben-Ami <obenami@gmail.com>": an e-mail address in angle brackets
 * right after the name ending at end (a mail header, git shortlog). */
int pn_before_email(const char *s, size_t len, size_t end);
/* Whether an IBAN follows the name ending at end after ", " (its
 * holder: person_bounds.c). */
int pn_before_iban(const char *s, size_t len, size_t end);
/* person_ctx.c: whether a folded word is a label of a person's field */
int pn_label_word(const char *folded, size_t n);
/* person_forms.c: names by the layout of their document */
/* person_transcript.c: a speaker's turn in a pasted conversation ("Dilek:
 * Selam, ..." among other "Name: ..." lines): at least two turns'
 * speakers are names the gazetteer knows, two speakers differ, and this
 * one is known or speaks twice. n ends before the ": ". */
int pn_turn_speaker(const struct rx_ctx *c, struct name *n, size_t at);
/* Turkish "Ben" (I) as a chat's sender at s[at, end): a Turkish letter (ı,
 * ğ, ş, İ, Ğ, Ş) in the chat around it. */
int pn_turkish_ben(const char *s, size_t len, size_t at, size_t end);
/* An is-called verb before a known given name ("se llama Ximena"). */
int pn_called(const struct rx_ctx *c, struct name *n, size_t at);
int pn_vocative_shape(const char *s, size_t len, size_t at, size_t end);
extern struct rx_kwset pn_called_kws, pn_person_verb_kws;
int pn_comment_speaker(const char *s, size_t at);
int pn_before_phone(const char *s, size_t len, size_t at, size_t end);
/* person_near.c */
int pn_phone_around(const char *s, size_t len, size_t at, size_t end);
size_t pn_gender_ending(const char *s, size_t from, size_t e);
size_t pn_dot_leaders(const char *s, size_t at, size_t e);
int pn_doorbell_second(const char *s, size_t len, size_t at);
int pn_citation_line(const char *s, size_t len, size_t at);
int pn_manuscript_name(const char *s, size_t len, size_t at, size_t end);
int pn_signature_block(const char *s, size_t len, size_t at, size_t end);
/* (1, or 2 for the weaker mark of a flat's number in parentheses) */
int pn_party_mark_after(const char *s, size_t len, size_t end);
int pn_people_item(const char *s, size_t len, size_t at);
int pn_phone_paren_after(const char *s, size_t len, size_t at, size_t end);
int pn_party_marked(struct rx_ctx *c, struct name *n, size_t *at, int caps_first);
int pn_kv_label_cell(const char *s, size_t len, size_t at, size_t end);
/* Rosters (person_forms.c): where a line's item starts past its list
 * marker ("- ", "* ", "• ", "1. ", "12) "); an e-mail address or a
 * phone's seven digits or more in s[a, b). */
size_t pn_list_marker_end(const char *s, size_t len, size_t ls);

/* A found name that is its table cell's whole text (person_cols.c). */
struct pn_cell {
	size_t at;          /* the name's start */
	size_t ls, le;      /* its row's line */
	unsigned short col; /* the cell's index */
	unsigned short nd;  /* the row's delimiters */
	char d;             /* the delimiter: '|', '\t', ';' or ',' */
	unsigned char done; /* its column of its block was looked at */
};
#define PN_MAX_CELLS 256 /* found names in a cell, per message */
size_t pn_cells_collect(const struct rx_ctx *c, const struct rx_out *v, size_t nv, struct pn_cell *out,
			size_t cap);
/* Adds the names of the other cells of the columns that two found names
 * fill; sorts r. */
int pn_sibling_cells(struct rx_ctx *c, struct pn_cell *r, size_t n, int (*add)(void *, const struct rx_out *),
		     void *actx);
int pn_contact_in(const char *s, size_t a, size_t b);
/* A mask ("XXXXX") or a degree's letters ("M.Sc."): no name (person_bounds.c). */
int pn_masked_or_degree(const char *s, size_t len, const struct name *n, size_t at);
/* " team" after a one-word name the gazetteer does not know as a given
 * name: a team's name (person_bounds.c). */
int pn_team_after(const struct rx_ctx *c, struct name *n, size_t end);
/* "Tšepo Letsoela — tenor — 5401 9772": a name opening an item of a
 * roster whose items are laid out alike (person_forms.c); known: the
 * gazetteer knows one of its words (else a contact must be on the line). */
int pn_roster_line(const char *s, size_t len, size_t at, size_t end, int known);
/* A directory's line ("Flat 6  T. Yamaguchi  +44 20 8131 5892"): 0 no, 1
 * its shape, 2 its shape with a phone on it or on a neighbouring item. */
int pn_directory_line(const char *s, size_t len, size_t at, size_t end);
/* A bank file's party (person_bank.c): MT940's "/NAME/", NACHA's entry. */
extern struct rx_kwset pn_bank_name_kws;
unsigned pn_detect_mt940_name(struct rx_ctx *c);
unsigned pn_detect_nacha_name(struct rx_ctx *c);
unsigned pn_detect_qif_payee(struct rx_ctx *c);
/* Whether the gazetteer knows one of the name's words. */
int pn_any_known(const struct rx_ctx *c, struct name *n);
/* A name a document's layout gives away (person_layout.c): an EU driving
 * licence's fields 1 and 2, a payment card's holder, a bank statement's
 * payer in capitals, the name over a CV. */
int pn_layout_name(const struct rx_ctx *c, struct name *n, size_t at);
/* A citation's author or editor at s[at]: a RIS tag ("AU  - "), a BibTeX
 * field ("author = {A, B and C, D}"). */
int pn_citation_author(const char *s, size_t at);
int pn_scan_bar_line(const char *s, size_t len, size_t at);
/* Whether the text at s[i] starts with the word w (before len). */
/* The start of the line above (dir < 0) or below (dir > 0) the line at p,
 * or RX_NONE at the text's edge: a walk over a block's lines. */
static inline size_t pn_line_step(const char *s, size_t len, size_t p, int dir)
{
	if (dir < 0)
		return p == 0 ? RX_NONE : rx_line_start(s, p - 1);
	size_t q = rx_line_end(s, len, p);
	return q >= len ? RX_NONE : q + 1;
}

static inline int pn_starts(const char *s, size_t len, size_t i, const char *w)
{
	size_t n = strlen(w);
	return i + n <= len && !memcmp(s + i, w, n);
}

/* A scanned page's bar ('|' or '¦', one space or none) alone before the
 * name at `at` at its line's start (person_layout.c); the cheap look here,
 * at every name. */
static inline int pn_scan_bar_before(const char *s, size_t len, size_t at)
{
	return at > 0 &&
	       (s[at - 1] == '|' || (unsigned char)s[at - 1] == 0xA6 ||
		(s[at - 1] == ' ' && at >= 2 && (s[at - 2] == '|' || (unsigned char)s[at - 2] == 0xA6))) &&
	       pn_scan_bar_line(s, len, at);
}
int pn_role_paren_speaker(const char *s, size_t len, size_t at, size_t end);
int pn_desk_mailbox(const char *s, size_t len, size_t i);
int pn_role_mailbox(const char *s, size_t len, size_t i);
int pn_licence_field(const char *s, size_t at);
int pn_bracket_time_after(const char *s, size_t len, size_t end);
/* person_fields.c: a paper form's aligned label and value (C_STRONG or
 * C_NONE), a name's field label alone on its line, a chat export's time
 * and separator right before `at`. */
int pn_aligned_label(const struct rx_ctx *c, size_t ls, size_t e, size_t at);
int pn_name_label_line(const char *s, size_t ps, size_t pe);
int pn_chat_sender_at(const char *s, size_t ls, size_t at);
/* A name filling an item of a list of names ("1 Janke Haitsma", "- Paraska
 * Jaburová"): three items or more, two thirds of them names, half of
 * these and two at least with a word the gazetteer knows. */
int pn_list_of_names(const struct rx_ctx *c, size_t at, size_t end);
int pn_xml_person(const struct rx_ctx *c, size_t at, size_t end);
int pn_swift_party(const char *s, size_t at);
int pn_passwd_gecos(const char *s, size_t at);
int pn_shortlog(const char *s, size_t len, size_t at, size_t end);
int pn_tab_speaker(const char *s, size_t len, size_t at, size_t end);
int pn_after_timestamp(const char *s, size_t len, size_t at, size_t end);
/* Whether another line near the one at `at` is a chat's turn after a
 * clock in brackets or an ISO date and clock ("[11:28] Ketaki: ..."). */
int pn_clocked_chat(const char *s, size_t len, size_t at);
size_t pn_caps_given_cell(const char *s, size_t len, const struct name *n);
size_t pn_caps_before(const char *s, size_t at);
/* A surname in capitals before the given name at ms, anywhere on a line
 * ("QUINTELA Afonso (fração 27)"): where it starts, or RX_NONE. */
size_t pn_caps_surname_name(const struct rx_ctx *c, size_t ms);
/* A character's name, not a person's: after a characters' label, under a
 * role's column, on a script's scene line (person_fiction.c). */
int pn_fiction_name(struct rx_ctx *c, const struct name *n);
/* Names that are no private person's in any context: a monarch, an SMS's
 * sender id, a form's sample, a YAML device's name (person_fiction.c). */
int pn_no_private_name(struct rx_ctx *c, struct name *n, size_t at);
int pn_roman_numeral(const char *s, size_t a, size_t b);
int pn_example_after(const char *s, size_t len, size_t e);
/* The byte length of a letter of an uncased script (Arabic, Hebrew, Indic,
 * Thai, Hangul...) at s[i], or 0 (person_script.c). */
size_t pn_uncased_at(const char *s, size_t len, size_t i);
/* The end of one to five words of uncased letters from i, or i
 * (person_script.c). */
size_t pn_uncased_words(const char *s, size_t len, size_t i);
/* After a doctor's or a vet's title of a script without capitals at v
 * ("د. ", "डॉ. ", "獣医師 "): where the name starts, or v. */
size_t pn_script_title_end(const char *s, size_t len, size_t v);
/* A letter's signature in a script without capitals on the line after
 * its sign-off (person_signoff.c), fired at the '\n'. */
unsigned pn_detect_uncased_signoff(struct rx_ctx *c);
int pn_signature_tail(const char *s, size_t e, size_t le, size_t max);
int pn_adif_name(const char *s, size_t at);
unsigned pn_detect_cjk_name(struct rx_ctx *c);
/* The length of a Japanese or Korean honorific at s[e] ("様", "さん",
 * "ちゃん", "님"...), or 0 (person_cjk.c). */
size_t pn_honorific_len(const char *s, size_t len, size_t e);
/* A kana or Han letter in the three bytes at i (person_cjk.c). */
int pn_cjk_letter3(const char *s, size_t len, size_t i);
/* A Latin name word [at, end) in CJK text, with an honorific after it or
 * CJK letters on both sides (person_cjk.c). */
int pn_latin_in_cjk(const char *s, size_t len, size_t at, size_t end);
/* Names in scripts without capitals (person_script.c): a name column's
 * cell (at '|', a tab, ','), the value after a name label (at ':'); and
 * the words for "name" those headers use. */
/* A CJK name filling the cell [a, b) under a name's column (person_forms.c). */
unsigned pn_cjk_cell(struct rx_ctx *c, size_t a, size_t b);
unsigned pn_detect_script_cell(struct rx_ctx *c);
/* A list's item opening with a name in a script without capitals before
 * the ", " at comma, a person's numbers after it; a mailbox's display name
 * in such a script at the '<' of its address (person_lists.c). */
unsigned pn_uncased_item(struct rx_ctx *c, size_t comma);
unsigned pn_uncased_mailbox(struct rx_ctx *c);
/* A call log's speaker after its clock and direction, at the colon
 * (person_lists.c). */
unsigned pn_call_log_speaker(struct rx_ctx *c, size_t colon);
/* A chat's speaker in a script without capitals, no time before it, at
 * the colon (person_lists.c). */
unsigned pn_untimed_turn(struct rx_ctx *c, size_t colon);
/* Whether [a, b) ends with a name's or a person's label of a script
 * without capitals (person_script.c). */
int pn_script_label(struct rx_ctx *c, size_t a, size_t b);
/* A person's key's value in a record of key=value pairs, at the '='
 * (person_records.c). */
unsigned pn_detect_kv_person(struct rx_ctx *c);
/* A letter of an uncased script, of Han, kana or Hangul at s[i]: its
 * length, or 0 (person_lists.c). */
size_t pn_turn_letter(const char *s, size_t len, size_t i);
/* A team's people with their roles after the team's label, at the colon
 * (person_lists.c). */
unsigned pn_detect_team_list(struct rx_ctx *c);
/* A list's person before their handle in parentheses, at the '('
 * (person_lists.c). */
unsigned pn_detect_handle_owner(struct rx_ctx *c);
/* The length of a name's label that ends at e (after from), with its other
 * gender or its number after it, or a report's "Subject" before a birth
 * date on the line of the value at `at`; 0 when none (person_labels.c). */
size_t pn_label_len(const struct rx_ctx *c, size_t from, size_t e, size_t at);
/* The label before the name at `at` asks for the surname first ("Name,
 * Vorname:"); a patient's or a name's label opens the line before it
 * (person_labels.c, for pn_inverted_end). */
int pn_inverted_label(const struct rx_ctx *c, size_t at);
int pn_person_label_before(const struct rx_ctx *c, size_t at);
unsigned pn_detect_script_label(struct rx_ctx *c);
unsigned pn_detect_script_roster(struct rx_ctx *c);
/* "業主 何凱琳：...": a speaker after a role word, at the full-width colon. */
unsigned pn_detect_clock_speaker(struct rx_ctx *c);
int pn_script_speaker(const char *s, size_t a, size_t e);
int pn_clock_prefix(const char *s, size_t a, size_t b);
int pn_speaker_elsewhere(const char *s, size_t len, size_t at, size_t end);
/* (person_cjk_title.c) */
unsigned pn_cjk_role_speaker(struct rx_ctx *c, size_t colon);
int pn_script_name_column(const char *folded, size_t n);

/* A clock time ("06:41") alone before the tab at `tab` on its line
 * (person_forms.c). */
int pn_clock_before_tab(const char *s, size_t tab);

/* A passenger's name as airlines print it, "KAYA/DERYA MRS", and a
 * boarding pass's bar code read as text (person_airline.c). */
unsigned pn_airline_name(struct rx_ctx *c);

/* A chat's speaker in another script after a bracketed clock, or before
 * " · " and a clock (person_turns.c; at ']' and at '·'). */
unsigned pn_detect_bracket_turn(struct rx_ctx *c);
unsigned pn_detect_dot_turn(struct rx_ctx *c);
unsigned pn_dash_turn(struct rx_ctx *c);
/* A letter's or a message's salutation in an uncased script, at '\n'
 * ("신현우 고객님,", "村上 陽菜 様", "尊敬的...先生", "เรียน คุณ...", "عزيزي ...،"). */
unsigned pn_detect_salutation(struct rx_ctx *c);
/* At '(': a couple's surname in parentheses after "A & B" on a label's
 * line ("Hosts: Maud & Marieke (Bakker)"), a travel authorisation's
 * companion ("(+) KÄSER, SERAINA – ..."). */
unsigned pn_detect_couple_surname(struct rx_ctx *c);
/* A handle built from a name, after '@' or a profile URL's '/'
 * (person_handle.c). */
unsigned pn_detect_handle(struct rx_ctx *c);
/* A surname with its particle after a strong context ("Dear Mr de Vries"),
 * at the particle (person_bounds.c). */
extern struct rx_kwset pn_particle_kws;
unsigned pn_detect_particle_name(struct rx_ctx *c);
/* The same as a username's value after its label or JSON key, at ':'. */
unsigned pn_detect_username(struct rx_ctx *c);
/* A staff rota's row's name, at the '|' that starts it (person_rota.c). */
unsigned pn_detect_rota_row(struct rx_ctx *c);
/* A restaurant's booking line, "18:45 Name 8 pax, table 24" (person_rota.c). */
unsigned pn_detect_booking_line(struct rx_ctx *c);
/* A CJK or Hangul name alone on its line above its address's line, at the
 * '\n' before it (person_cjk.c). */
unsigned pn_detect_cjk_header(struct rx_ctx *c);
/* A name in an uncased script after its introducing words (person_script.c). */
extern struct rx_kwset pn_script_intro_kws;
unsigned pn_detect_script_intro(struct rx_ctx *c);
/* A JSON name key's quoted value in an uncased script or CJK, at ':'
 * (person_records.c). */
unsigned pn_detect_json_script_name(struct rx_ctx *c);
/* A CJK name after words of meeting someone (person_cjk.c). */
extern struct rx_kwset pn_met_kws;
unsigned pn_detect_cjk_met(struct rx_ctx *c);
/* person_lists.c: a name in a script without capitals after "by", "Dr" (its
 * words, pn_by_kws, are person_words.c's). */
extern struct rx_kwset pn_by_kws;
unsigned pn_detect_by_uncased(struct rx_ctx *c);
/* person_by.c: what it reads after the name. */
int pn_by_note_after(const char *s, size_t len, size_t e);
int pn_colon_ends_line(const char *s, size_t len, size_t e);
int pn_review_line(const char *s, size_t by);
int pn_date_at(const char *s, size_t len, size_t i);
int pn_tool_by(const char *s, size_t by);
/* One name after a desk's verb and "by" ("Processed by Lorcan — ..."). */
int pn_staff_by(const char *s, size_t len, size_t at, size_t end);
/* person_firm.c: a staff member's name before their organisation's on a
 * message's last line ("Thanks, Godfrey at Wagtail Veterinary Surgery") */
int pn_firm_tail(const char *s, size_t len, size_t end);
int pn_firm_signer(const struct rx_ctx *c, size_t at, size_t end);
unsigned pn_detect_uncased_firm(struct rx_ctx *c);
/* person_cjk_title.c: a CJK name before a staff title ("钮浩然教练"), a
 * signer after the practice's name ("喜鹊动物医院 明哲") */
unsigned pn_detect_cjk_titled(struct rx_ctx *c);
/* person_paren_clock.c: a chat's speaker before " (hh:mm): " and their
 * name said in its messages */
unsigned pn_detect_paren_clock_speaker(struct rx_ctx *c);
/* person_items.c: a list's item opening with a name, then a birth or an
 * age ("- 卞雨萱 (出生日期 1944年4月21日): ...", "3. ... (child, 12)") */
unsigned pn_detect_item_detail(struct rx_ctx *c);
unsigned pn_detect_wide_intro(struct rx_ctx *c);
unsigned pn_detect_doc_holder(struct rx_ctx *c);
/* person_card.c: the name on a card after its number and expiry month */
unsigned pn_detect_card_holder(struct rx_ctx *c);
/* person_transcript.c: a transcript's speakers named at their lines'
 * starts, no clock before them (stop 67). */
unsigned pn_detect_transcript(struct rx_ctx *c);
/* person_items.c: a chat's message that is a name and its birth date */
unsigned pn_detect_chat_birth(struct rx_ctx *c);
/* person_salute.c: a salutation's title and the name after it, and a
 * Latin name after a salutation of another script, at a line's start i */
unsigned pn_titled_salutation(struct rx_ctx *c, size_t i);
unsigned pn_latin_after_salutation(struct rx_ctx *c, size_t i);
unsigned pn_detect_label_uncased(struct rx_ctx *c);
/* A name in a script without capitals, Han or kana at v (two or three
 * words; Hangul and Han of two to four letters; not a desk's or a firm's):
 * its end, or v; and the emit that asks pn_unknown_ok for names in
 * capitals' scripts (person_lists.c). */
size_t pn_uncased_name(const char *s, size_t len, size_t v);
/* Whether the pipe at p is the second of a table's two-cell row, "| label
 * | value |" (person_cols.c). */
int pn_two_cell_row(const char *s, size_t len, size_t p);
unsigned pn_emit_name(struct rx_ctx *c, size_t a, size_t b);
/* A staff member's label, the whole of [s, s + n) (person_words.c). */
int pn_staff_label(const char *s, size_t n);
/* An institution's or a firm's word among the words of an uncased name
 * (person_words.c). */
int pn_uncased_org(const char *s, size_t a, size_t e);
/* person_records.c: a record's row, a config's key, a chat's bubble. */
unsigned pn_detect_record_row(struct rx_ctx *c);
unsigned pn_detect_env_person(struct rx_ctx *c);
unsigned pn_detect_bubble_speaker(struct rx_ctx *c);
unsigned pn_detect_unknown_cell(struct rx_ctx *c);
unsigned pn_detect_comment_writer(struct rx_ctx *c);
unsigned pn_detect_item_before_birth(struct rx_ctx *c);
unsigned pn_detect_uncased_signature(struct rx_ctx *c);
/* At '(' a note's writer in parentheses before its colon, "Officer note
 * (Name):"; at ':' a gift's recipient under its buyer, "Bought by:
 * ...\nFor: Name" (person_note.c). */
unsigned pn_detect_note_person(struct rx_ctx *c);
/* At a word for the dead, the name after it ("the late 鶴見 紬"); at a
 * dash after a sentence, a note's writer to the line's end (person_late.c). */
extern struct rx_kwset pn_late_kws;
unsigned pn_detect_late(struct rx_ctx *c);
unsigned pn_detect_dash_signer(struct rx_ctx *c);
unsigned pn_detect_born_paren(struct rx_ctx *c);
/* A letter's addressee alone on its line above an address candidate, read
 * after the scan (person_head.c). */
int pn_address_heads(const struct rx_ctx *c, const struct rx_out *ad, size_t n,
		     int (*add)(void *, const struct rx_out *), void *actx);
int pn_header_adjacent(const struct rx_ctx *c, size_t at);
/* A name on the line of the mail address candidate that spells it, read
 * after the scan (person_mail.c; v the candidates, read before its first
 * add; pv the names' (or NULL), em the addresses'). */
int pn_mail_owners(const struct rx_ctx *c, const struct rx_out *v, size_t nv, const struct rx_out *pv, size_t np,
		   const struct rx_out *em, size_t n, int (*add)(void *, const struct rx_out *), void *actx);
/* person_unknown.c: a name in Latin letters the gazetteer may not know,
 * two to four capitalised words (their end, or v), and its person's
 * mailbox or phone right after it. */
size_t pn_unknown_name(const struct rx_ctx *c, size_t v);
size_t pn_any_name(const struct rx_ctx *c, size_t v, size_t lim);
int pn_unknown_ok(const struct rx_ctx *c, size_t v, size_t e);
int pn_contact_after(const char *s, size_t len, size_t e);
extern struct rx_kwset pn_call_kws;
unsigned pn_detect_called(struct rx_ctx *c);
/* A person's home in a config's comment ("# Oğuzhan home",
 * "(鸿飞 home)"; person_home.c). */
extern struct rx_kwset pn_home_kws;
unsigned pn_detect_home_comment(struct rx_ctx *c);
/* person_hangul.c: a Korean name in running text. */
unsigned pn_detect_hangul_name(struct rx_ctx *c);

/* Whether the title that ends at s[e] (from `from` on) trails a name in
 * capitals and so names no word after it ("1. MONTEIRO/TIAGO MR  Data de
 * nascimento", "ESPANOLA/CARMEN MRS. Número"; "Dear MR. Smith" and "OU MME
 * ROUXEL" introduce one): person_fields.c. */
int pn_trailing_title(const char *s, size_t from, size_t e);

#endif
