/* Shared by address.c (street lines) and address_post.c (localities). */
#ifndef CUSTOS_REDACT_ADDRESS_INT_H
#define CUSTOS_REDACT_ADDRESS_INT_H

#include <stddef.h>

#include "redact_int.h"

#define NONE ((size_t)-1)

/* City particles: "Freiburg im Breisgau", "Rio de Janeiro", "Den Haag". */
extern const char *const ad_particles[];
/* Whether w is one of l's words (NULL-terminated). */
int ad_in_list(const char *const *l, const char *w);
/* The word at s[i] (letters, '/', '\''), folded into w; its end. */
size_t ad_word(const char *s, size_t len, size_t i, char *w, size_t cap);
/* After a locality ending at e: the end of a province in parentheses, a
 * state's abbreviation or a country that follows it, or e. */
size_t ad_locality_tail(const char *s, size_t len, size_t e);
/* The number of ASCII digits at s[i]. */
size_t ad_digits_at(const char *s, size_t len, size_t i);
/* A city's capitalised words at i: their end, or NONE. */
size_t ad_city(const char *s, size_t len, size_t i);
/* A UK postcode at s[i]: its end or NONE. */
size_t ad_uk_postcode(const char *s, size_t len, size_t i);
/* vCard ADR and LABEL lines (address_field.c). */
unsigned ad_detect_vcard(struct rx_ctx *c);
/* A British address from its postcode back to a house's name (address_post.c). */
unsigned ad_detect_uk_back(struct rx_ctx *c);
/* A street without its type before its number and postcode (address_world.c). */
unsigned ad_detect_num_before_pc(struct rx_ctx *c);
/* The locality anchor (postal code and city) at s[i]: the address end, or
 * NONE. */
size_t ad_anchor(const char *s, size_t len, size_t i);
/* A postal code alone after a postcode word (address_post.c). */
extern struct rx_kwset ad_postcode_kws;
unsigned ad_detect_postcode(struct rx_ctx *c);
/* A street of its own line without its type word before a postcode's
 * line (address_world.c): the address's end, or NONE. */
size_t ad_street_line_before_pc(const char *s, size_t len, size_t i);
/* A Colombian address from the number at i to its end (address_world.c), or
 * NONE. */
size_t ad_colombian(const char *s, size_t le, size_t i);

/* An address after its label ("Home address: ...", "Domicilio:" and the
 * lines after it) or after "residing at" ("bytem", "con domicilio en"), in
 * any country's layout (address_label.c); triggered at the label's words. */
unsigned ad_detect_label(struct rx_ctx *c);
unsigned ad_detect_phrase(struct rx_ctx *c);
extern struct rx_kwset ad_label_kws;
extern struct rx_kwset ad_phrase_kws;
/* The address lines of a SWIFT MT103 party (fields 50K, 50F, 59). */
unsigned ad_detect_swift(struct rx_ctx *c);
/* An address in Hangul or CJK after its label (주소:, 通訊地址：). */
unsigned ad_detect_cjk(struct rx_ctx *c);

/* Addresses whose layout carries its own marks (address_world.c): JP
 * after the postal mark 〒, CN/TW/HK by 号/號 after a road word, RU by
 * "д. N" after a street word, TH by a road after the house number, IR by
 * a street and a plate number, the Arab countries by a number, the street
 * word and a postal code. */
unsigned ad_detect_jp(struct rx_ctx *c);
/* address_unit.c: the unit words ("flat", "apt", "unit"...); the start of
 * the field's word ending at we; whether i starts a field; what before a
 * house number belongs to the address (a unit, a house's name, a floor);
 * a unit's number before a '/' ("1/120 Hay Street"). */
extern const char *const ad_unit_words[];
size_t ad_field_word_start(const char *s, size_t ls, size_t we);
int ad_field_start(const char *s, size_t ls, size_t i);
size_t ad_unit_prefix(const char *s, size_t len, size_t at);
size_t ad_slash_unit(const char *s, size_t at);
unsigned ad_detect_cn(struct rx_ctx *c);
/* A road-name address in Hangul, fired at its building number. */
unsigned ad_detect_kr(struct rx_ctx *c);
unsigned ad_detect_ru(struct rx_ctx *c);
unsigned ad_detect_th(struct rx_ctx *c);
unsigned ad_detect_vn(struct rx_ctx *c);
unsigned ad_detect_ar(struct rx_ctx *c);
/* A Hebrew address in running text at its street's word (address_east.c). */
unsigned ad_detect_he(struct rx_ctx *c);
extern struct rx_kwset ad_he_street_kws;
/* An Indian address in Devanagari at the number after a house's or a
 * flat's word (address_world.c). */
unsigned ad_detect_in_deva(struct rx_ctx *c);
extern struct rx_kwset ad_ru_house_kws;
/* An address as a field's value or a cell under an address column, in
 * any language and script (address_field.c), at ':' and at delimiters. */
unsigned ad_detect_field(struct rx_ctx *c);
unsigned ad_detect_field_cell(struct rx_ctx *c);
extern struct rx_kwset ad_ar_street_kws;
/* An address as a field of a roster's item after " — " (address_roster.c). */
unsigned ad_detect_roster(struct rx_ctx *c);
/* The street and town lines under a name's line, at the '\n' before
 * them (address_block.c). */
unsigned ad_detect_block(struct rx_ctx *c);
/* Turkish addresses ("Lale Sok. No: 4 D: 24 Çankaya/Ankara", address_tr.c). */
extern struct rx_kwset ad_tr_kws;
unsigned ad_detect_tr(struct rx_ctx *c);
/* Greek addresses at their "NNN NN" postcode and Philippine ones at "Blk"
 * (address_more.c). */
unsigned ad_detect_gr(struct rx_ctx *c);
unsigned ad_detect_ph(struct rx_ctx *c);
extern struct rx_kwset ad_ph_kws;
/* The rest of a line after a pin's emoji, at its first byte. */
unsigned ad_detect_pin(struct rx_ctx *c);

/* address_prose.c: after a preposition of place or "is"; after "at ours,
 * "; a town after a street line to the clause's end (its end, or e); after
 * an article or a preposition. */
int ad_after_prep(const char *s, size_t i);
int ad_home_before(const char *s, size_t i);
size_t ad_town_after(const char *s, size_t len, size_t e);
int ad_article_before(const char *s, size_t at);
/* A capitalised article that starts the street's name before at ("Am
 * Mühlgraben", "Zur Linde"): its start, or at. */
size_t ad_name_article(const char *s, size_t at);

/* address_post.c: one to three capitalised words (a city) ending at e
 * after ", " and after st; the line of i opens with '|' (a table's row);
 * the line at i opens a list's item or a table's row. */
int ad_city_after_comma(const char *s, size_t st, size_t e);
int ad_table_row(const char *s, size_t i);
int ad_list_item_next(const char *s, size_t len, size_t i);

/* A street's type word first ("Calle Mayor, 42", "Via Verdi 120"): the
 * street and its locality (address.c); its trigger's words and checks
 * (address_prose.c). */
unsigned ad_detect_typed(struct rx_ctx *c);
unsigned ad_detect_typed_word(struct rx_ctx *c);
extern struct rx_kwset ad_typed_kws;

#endif
