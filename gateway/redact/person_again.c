/* person_again.c: a person's name said again. The words of a name found
 * in a message are remembered for the rest of it, and found again alone
 * (person.c asks here at every capitalised word). */
#include <string.h>

#include "person_int.h"

/* The words of a name found at [a, end) are remembered for the rest of the
 * message: its given name and surname said again alone ("Guest: Pilar
 * Cabrera Peña ... 00:02 Pilar on growing up ... Book P. Cabrera Peña",
 * "On 12/03, Tiago Raposo <t@x> wrote: ... > Tiago") are the same
 * person's. Only names of two words or more whose words the gazetteer
 * knows as names are remembered (one unknown word is allowed: the surname
 * after a known given name, or the given name before a known surname), of
 * them no ordinary word ("Will", "Park"), no initial, and words in capitals
 * only from a name in capitals ("IBAN" after a name is none). */
static void remember_word(struct rx_ctx *c, size_t ti)
{
	uint32_t h = c->tk[ti].h;
	uint16_t l = c->tk[ti].n;
	if (l < 3 || c->nknown == RX_MAX_KNOWN)
		return;
	for (unsigned j = 0; j < c->nknown; j++)
		if (c->known_h[j] == h && c->known_n[j] == l)
			return;
	c->known_h[c->nknown] = h;
	c->known_at[c->nknown] = c->ms;
	c->known_n[c->nknown++] = l;
	c->known_bloom[(h >> 6) & 3] |= 1ull << (h & 63);
	c->known_bloom[(h >> 14) & 3] |= 1ull << ((h >> 8) & 63);
}

/* A word in capitals only: no small letter in it, in any script
 * ("ΠΑΠΑΔΟΠΟΥΛΟΣ", "IBAN"; "Евдокия" is none). A letter of no case
 * (Hebrew, Arabic) is no capital. */
static int caps_word(const char *s, size_t a, size_t e)
{
	size_t k;
	for (size_t i = a; i < e; i += k) {
		k = rx_letter_at(s, e, i);
		if (!k)
			return 0;
		if (!rx_is_digit((unsigned char)s[i]) && !rx_cap_at(s, e, i))
			return 0;
	}
	return 1;
}

void pn_remember_first_word(struct rx_ctx *c, const struct name *n)
{
	size_t ti = rx_tok_at(c, n->ts[0]);
	if (n->nt >= 1 && c->nknown < RX_MAX_KNOWN && n->te[0] - n->ts[0] >= 3 && ti != RX_NONE &&
	    c->tk[ti].e == n->te[0])
		remember_word(c, ti);
}

void pn_remember_confirmed(struct rx_ctx *c, size_t a, size_t e)
{
	/* a name its person's own contact confirms ("owner: Святослав
	 * Журавлёв <s.zhuravlev@...>"): its words, but ordinary words, even
	 * when the gazetteer does not know them (stop 58) */
	for (size_t ti = rx_tok_at(c, a); ti != RX_NONE && ti < c->ntk && c->tk[ti].s < e; ti++)
		if (rx_cap_at(c->text, c->len, c->tk[ti].s) &&
		    !(rx_name_class_h(c->tk[ti].h, c->text + c->tk[ti].s, c->tk[ti].n) & RX_NAME_STOP))
			remember_word(c, ti);
}

/* A child's given name that its parent's words name ("this is Tansy's
 * father", "ben Feraye'in babası", "der Vater von Friedlinde"; stop 63):
 * a person's, said again in the message, though the gazetteer may not
 * know it. */
static int parent_of(const char *s, size_t len, size_t a, size_t e)
{
	static const char *const after[] = {"'s father", "'s mother", "'s dad", "'s mum", "'s mom", "'s parent",
					    "\xe2\x80\x99s father", "\xe2\x80\x99s mother", "'in babası", "'ın babası",
					    "'in annesi", "'ın annesi", "'un babası", "'ün babası", "'un annesi",
					    "'ün annesi", NULL};
	static const char *const before[] = {"vater von ", "mutter von ", "vader van ", "moeder van ", "padre de ",
					     "madre de ", "pai de ", "mãe de ", "père de ", "mère de ", "father of ",
					     "mother of ", NULL};
	for (const char *const *k = after; *k; k++) {
		size_t l = strlen(*k);
		if (e + l <= len && !memcmp(s + e, *k, l))
			return 1;
	}
	for (const char *const *k = before; *k; k++) {
		size_t l = strlen(*k);
		if (a >= l && rx_fold_eq(s + a - l, *k, l))
			return 1;
	}
	return 0;
}

void pn_remember_name(struct rx_ctx *c, struct name *np)
{
	struct name n = *np;
	if (c->nknown == RX_MAX_KNOWN)
		return;
	/* one word, found by its context ("my coworker Ingrid", "Hi Priya",
	 * "Jingyi's homework"; so "Okta's own APIs" hides Okta further on):
	 * said again alone in the same message ("For Ingrid, a guidebook"), when
	 * the gazetteer knows it as a name and it is no ordinary word ("Grace",
	 * "Will") and no capitals-only word */
	if (n.nt < 2) {
		if (n.nt == 1 && !n.caps && n.te[0] - n.ts[0] >= 3 && !pn_stop_token(c, &n, 0) &&
		    ((pn_tok(c, &n, 0, T_GIVEN | T_SUR) & (T_GIVEN | T_SUR)) ||
		     parent_of(c->text, c->len, n.ts[0], n.te[0])))
			for (size_t ti = rx_tok_at(c, n.ts[0]); ti != RX_NONE && ti < c->ntk && c->tk[ti].s < n.te[0]; ti++)
				remember_word(c, ti);
		return;
	}
	/* every word a name word the gazetteer knows, or an initial, or the
	 * surname after a known given name, or the given name before a known
	 * surname: a name with another word in it ("Loan Application Form")
	 * is too doubtful to spread */
	int first_given = (pn_tok(c, &n, 0, T_GIVEN) & T_GIVEN) != 0;
	int last_sur = (pn_tok(c, &n, n.nt - 1, T_SUR) & T_SUR) != 0;
	for (size_t k = 0; k < n.nt; k++) {
		int initial = n.te[k] - n.ts[k] == 2 && c->text[n.te[k] - 1] == '.';
		if ((pn_stop_token(c, &n, k) && !pn_namelike_stop(c, &n, k)) ||
		    (!initial && !(pn_tok(c, &n, k, T_GIVEN | T_SUR) & (T_GIVEN | T_SUR)) &&
		     !(k == n.nt - 1 && first_given) && !(k == 0 && last_sur)))
			return;
	}
	for (size_t k = 0; k < n.nt; k++) {
		if (pn_stop_token(c, &n, k) || (n.te[k] - n.ts[k] == 2 && c->text[n.te[k] - 1] == '.'))
			continue;
		/* each part of "Jean-Baptiste", a word of the lexer */
		for (size_t ti = rx_tok_at(c, n.ts[k]); ti != RX_NONE && ti < c->ntk && c->tk[ti].s < n.te[k]; ti++) {
			if (!caps_word(c->text, c->tk[ti].s, c->tk[ti].e) || n.caps)
				remember_word(c, ti);
		}
	}
}

/* The index of the lexer word ti among the remembered name words, or -1.
 * (The hash is of the folded word, so "PILAR" is "Pilar"; a collision
 * costs a wrong name only where a name was found already.) */
static int known_index(const struct rx_ctx *c, size_t ti)
{
	const struct rx_tok *t = &c->tk[ti];
	uint32_t h = t->h;
	if (!((c->known_bloom[(h >> 6) & 3] >> (h & 63)) & 1) ||
	    !((c->known_bloom[(h >> 14) & 3] >> ((h >> 8) & 63)) & 1))
		return -1;
	for (unsigned j = 0; j < c->nknown; j++)
		if (c->known_h[j] == t->h && c->known_n[j] == t->n)
			return (int)j;
	return -1;
}

static int known_word(const struct rx_ctx *c, size_t ti)
{
	return known_index(c, ti) >= 0;
}

/* The start of the word that ends at e (letters only), or e. */
static size_t word_start_before(const char *s, size_t e)
{
	size_t b = e, k;
	while (b > 0 && e - b < 32 && (k = rx_letter_before(s, b)) > 0)
		b -= k;
	return b;
}

/* A name may start at w: at a line's start, after a label's colon, a
 * comma, a parenthesis or a dash, or after a word in small letters ("pax
 * Vestine", "presence of Anisa"). */
static int name_starts_at(const char *s, size_t len, size_t w)
{
	if (w == 0 || s[w - 1] == '\n' || s[w - 1] == '\t')
		return 1;
	if (w < 2 || s[w - 1] != ' ')
		return 0;
	unsigned char p = (unsigned char)s[w - 2];
	if (p == ':' || p == ',' || p == '(' || p == ';' || p == '|')
		return 1;
	if ((w >= 5 && rx_dash_sep(s, len, w - 5) == 5) || (w >= 3 && rx_dash_sep(s, len, w - 3) == 3))
		return 1;
	size_t b = word_start_before(s, w - 1);
	return b < w - 1 && rx_is_lower((unsigned char)s[b]);
}

/* A family's word before its surname ("Familie Plöger", "famille
 * Morel"). */
static int family_word(const char *w, size_t n)
{
	static const char *const fam[] = {"familie", "family", "famille", "familia", "famiglia", "família",
					  "rodzina", "aile", "Семья", NULL};
	for (const char *const *f = fam; *f; f++)
		if (strlen(*f) == n && rx_fold_eq(w, *f, n))
			return 1;
	return 0;
}

/* A word in Greek or Cyrillic letters, whose given names the gazetteer
 * knows fewer of ("Στέλιος Τσακίρης" after "Λευτέρης Τσακίρης"). */
static int greek_or_cyrillic(const char *s, size_t w)
{
	unsigned char b = (unsigned char)s[w];
	return b >= 0xCE && b <= 0xD3;
}

/* The word at w follows a comma or a word in small letters, in any script
 * ("γονείς Στέλιος", "и Пётр"; not a sentence's first word after a chat's
 * speaker, "Παντελής: Είμαι Παντελής"). */
static int after_small_word(const char *s, size_t w)
{
	if (w < 3 || s[w - 1] != ' ')
		return 0;
	if (s[w - 2] == ',')
		return 1;
	size_t b = word_start_before(s, w - 1);
	return b < w - 1 && !rx_cap_at(s, w - 1, b) && !rx_is_digit((unsigned char)s[b]);
}

/* A remembered name word at ms, with the remembered words after it (across
 * '-' and particles) and a surname the gazetteer knows, and an initial
 * before it ("P. Cabrera Peña", "F. de Lange"). Not in a place ("Santa
 * Cruz") or an identifier ("pilar.cabrera@"). */
unsigned pn_known_name(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t ti = c->ti;
	if (ti >= c->ntk || c->tk[ti].s != c->ms || !known_word(c, ti))
		return 0;
	size_t a = c->ms, e = c->tk[ti].e, pe;
	if ((a > 0 && rx_in("@./_\\", s[a - 1])) || (e < c->len && rx_in("@_/", s[e])))
		return 0;
	/* a cell of a place's column ("| city |" over "| Savannah |") */
	if (a >= 2 && (rx_in("|\t;,", s[a - 1]) || (s[a - 1] == ' ' && rx_in("| ", s[a - 2])))) {
		static const char *const places[] = {"city", "town", "ville", "stadt", "ort", "ciudad", "cidade",
						     "città", "plaats", "country", "state", "place", NULL};
		char hdr[64];
		if (rx_column_header(c, a, hdr, sizeof hdr))
			for (const char *const *k = places; *k; k++) {
				const char *q = strstr(hdr, *k);
				size_t l = strlen(*k);
				/* (a whole word: "reporter" is no "ort") */
				if (q && (q == hdr || !rx_is_alnum((unsigned char)q[-1])) && !rx_is_alnum((unsigned char)q[l]))
					return 0;
			}
	}
	if (a >= 2 && s[a - 1] == ' ') {
		size_t w = word_start_before(s, a - 1);
		if (w < a - 1 && rx_cap_at(s, a - 1, w) && pn_kw_word(c, &pn_place_first_kws, w, a - 1))
			return 0;
		/* a Vietnamese ward, street or district named after someone
		 * ("phường Võ Thị Sáu", "đường Lê Lợi"; bytes: their letters
		 * are three bytes, no keyword set's) */
		static const char *const vn[] = {"ph\xc6\xb0\xe1\xbb\x9dng", "\xc4\x91\xc6\xb0\xe1\xbb\x9dng",
						 "ph\xe1\xbb\x91", "qu\xe1\xba\xadn", "huy\xe1\xbb\x87n", "x\xc3\xa3", NULL};
		for (const char *const *v = vn; *v; v++) {
			size_t l = strlen(*v);
			if (a - 1 >= l && !memcmp(s + a - 1 - l, *v, l) && (a - 1 == l || !rx_letter_before(s, a - 1 - l)))
				return 0;
		}
	}
	/* "O'Sullivan" (the lexer's word is "Sullivan") */
	if (a >= 2 && s[a - 1] == '\'' && rx_is_upper((unsigned char)s[a - 2]) &&
	    (a == 2 || !rx_letter_before(s, a - 2)))
		a -= 2;
	/* back over particles to an initial, or to one name word before */
	size_t b = a;
	for (int np = 0; np < 2 && b >= 2 && s[b - 1] == ' '; np++) {
		size_t w = word_start_before(s, b - 1);
		if (!pn_is_particle(s, c->len, w, &pe) || pe != b - 1)
			break;
		b = w;
	}
	/* (a Greek or Cyrillic initial is two bytes: "Π. Οικονόμου") */
	size_t il = b >= 4 && s[b - 1] == ' ' && s[b - 2] == '.' ? rx_letter_before(s, b - 2) : 0;
	if (il && il <= 2 && rx_cap_at(s, b - 2, b - 2 - il) && !rx_letter_before(s, b - 2 - il)) {
		a = b - 2 - il;
	} else if (b >= 3 && s[b - 1] == ' ' && s[b - 2] == '.' && rx_is_upper((unsigned char)s[b - 3]) &&
	    (b == 3 || !rx_letter_before(s, b - 3))) {
		a = b - 3;
	} else if (b == a && a >= 2 && s[a - 1] == ' ') {
		/* "Rutger Smit" where only "Smit" was remembered */
		size_t w = word_start_before(s, a - 1);
		struct name n0;
		int caps;
		if (w < a - 1 && (w == 0 || !rx_letter_before(s, w)) &&
		    pn_name_word(s, c->len, w, &caps) == a - 1 && pn_parse_name(s, c->len, w, &n0) &&
		    !pn_stop_token(c, &n0, 0) &&
		    ((pn_tok(c, &n0, 0, T_GIVEN | T_SUR) & (T_GIVEN | T_SUR)) ||
		     (greek_or_cyrillic(s, w) && after_small_word(s, w))) &&
		    !pn_kw_word(c, &pn_title_kws, w, a - 1) &&
		    !pn_kw_word(c, &pn_place_first_kws, w, a - 1))
			a = w;
	}
	/* at most a name's length of words after it: a run of remembered
	 * words ("Anna Weber Anna Weber ...") must not make every one of them
	 * scan the rest of the message */
	for (int words = 1; words < MAX_TOKENS; words++) {
		size_t j = e;
		if (j + 1 >= c->len || (s[j] != ' ' && s[j] != '-'))
			break;
		j++;
		for (int np = 0; np < 2 && s[j - 1] == ' ' && pn_is_particle(s, c->len, j, &pe); np++)
			j = pe + 1;
		/* "Tjon-A-Fong": a short part between hyphens */
		if (s[j - 1] == '-' && j + 3 < c->len && rx_is_upper((unsigned char)s[j]) &&
		    (s[j + 1] == '-' || (rx_is_lower((unsigned char)s[j + 1]) && s[j + 2] == '-')))
			j += s[j + 1] == '-' ? 2 : 3;
		size_t tj = rx_tok_at(c, j);
		/* (a word in small letters after a capitalised one is no part
		 * of it, nor is an address's or a handle's: "Anna Schmidt
		 * anna.schmidt@..."; stop 53) */
		if (tj != RX_NONE && known_word(c, tj) &&
		    !(rx_is_lower((unsigned char)s[j]) && !rx_is_lower((unsigned char)s[a])) &&
		    !(c->tk[tj].e < c->len && rx_in("@._", s[c->tk[tj].e]) && c->tk[tj].e + 1 < c->len &&
		      rx_is_alnum((unsigned char)s[c->tk[tj].e + 1]))) {
			e = c->tk[tj].e;
			continue;
		}
		/* an initial after the name ("Yvonne L. reports", "Yvonne L.
		 * Taylor") */
		if (s[j - 1] == ' ' && j + 2 <= c->len && rx_is_upper((unsigned char)s[j]) && s[j + 1] == '.' &&
		    (j + 2 == c->len || !rx_letter_at(s, c->len, j + 2))) {
			e = j + 2;
			continue;
		}
		/* one surname more ("Gerdien Vos" after "Gerdien Kloosterboer") */
		struct name n2;
		if (s[e] == ' ' && j == e + 1 && pn_parse_name(s, c->len, j, &n2) &&
		    !pn_stop_token(c, &n2, 0) && (pn_tok(c, &n2, 0, T_SUR) & T_SUR) &&
		    !pn_badge_word(s, c->len, j, n2.te[0]))
			e = n2.te[0];
		break;
	}
	/* a surname remembered alone, after a given name the gazetteer does
	 * not know where a name starts ("Stroke: Elowen Trelawny", "pax
	 * Vestine Mukamana"); not a family's word ("Familie Plöger") */
	if (a == c->ms && e == c->tk[ti].e && a >= 4 && s[a - 1] == ' ') {
		size_t w = word_start_before(s, a - 1);
		struct name n0, n1;
		int caps;
		if (w + 3 <= a - 1 && (w == 0 || !rx_letter_before(s, w)) && name_starts_at(s, c->len, w) &&
		    pn_name_word(s, c->len, w, &caps) == a - 1 && !caps && pn_parse_name(s, c->len, w, &n0) &&
		    pn_parse_name(s, c->len, a, &n1) && !(pn_tok(c, &n1, 0, T_GIVEN) & T_GIVEN) &&
		    !pn_stop_token(c, &n0, 0) && !pn_kw_word(c, &pn_title_kws, w, a - 1) &&
		    !pn_kw_word(c, &pn_place_first_kws, w, a - 1) && !family_word(s + w, a - 1 - w))
			a = w;
	}
	/* a signature's line, "Jingyi Huang" after "Dear Mr Huang": the word
	 * before a remembered surname when the two make the line */
	if (a == c->ms && a >= 3 && s[a - 1] == ' ' && (e == c->len || s[e] == '\n' || s[e] == '\r')) {
		size_t w = word_start_before(s, a - 1);
		struct name n0;
		int caps;
		if (w < a - 1 && (w == 0 || s[w - 1] == '\n') && pn_name_word(s, c->len, w, &caps) == a - 1 &&
		    !caps && pn_parse_name(s, c->len, w, &n0) && !pn_stop_token(c, &n0, 0) &&
		    !pn_kw_word(c, &pn_title_kws, w, a - 1) && !pn_kw_word(c, &pn_place_first_kws, w, a - 1))
			a = w;
	}
	/* a Vietnamese name's middle word alone, "Văn" or "Thị", names no
	 * one ("Văn phòng luật sư", an office; stop 64) */
	if ((e - a == 4 && !memcmp(s + a, "V\xc4\x83n", 4)) || (e - a == 5 && !memcmp(s + a, "Th\xe1\xbb\x8b", 5)))
		return 0;
	return (unsigned)rx_emit(c, a, e, REDACT_PERSON);
}

/* A name said before it was found stands alone: no capitalised word
 * right before or after it, nor "&" after it; a name's word inside a
 * place's, a firm's or a brand's name ("Autobedrijf Willem Barentsz",
 * "Avenida Juan Carlos I", "Pirelli & C.", "Ben & Jerry's") is none. (The
 * walk found already what a context right before it names.) */
static int alone(const char *s, size_t len, size_t a, size_t e)
{
	if (a >= 2 && s[a - 1] == ' ') {
		size_t w = word_start_before(s, a - 1);
		if (w < a - 1 && rx_cap_at(s, a - 1, w))
			return 0;
	}
	return !(e + 1 < len && s[e] == ' ' && (rx_cap_at(s, len, e + 1) || s[e + 1] == '&'));
}

int pn_known_before(struct rx_ctx *x, struct rx_sink *k)
{
	size_t last = 0;
	for (unsigned j = 0; j < x->nknown; j++)
		if (x->known_at[j] > last)
			last = x->known_at[j];
	/* every capitalised word before the point where its name was found;
	 * one detector's look, as at a word of the walk */
	for (size_t ti = 0; ti < x->ntk && x->tk[ti].s < last; ti++) {
		const struct rx_tok *t = &x->tk[ti];
		if (!(t->f & RXT_UPPER) || !rx_cap_at(x->text, x->len, t->s))
			continue;
		int j = known_index(x, ti);
		if (j < 0 || t->s >= x->known_at[j])
			continue;
		/* (not a word in capitals: "IGOR DAS NEVES CARDOSO" heads a
		 * letter whose writer signs it "Igor Cardoso") */
		if (caps_word(x->text, t->s, t->e))
			continue;
		x->ti = ti;
		x->ms = t->s;
		x->me = t->s + 1;
		x->nout = 0;
		if (!pn_known_name(x) || !alone(x->text, x->len, x->out[0].start, x->out[0].end))
			continue;
		int rc = k->put(k, x);
		if (rc)
			return rc;
	}
	return 0;
}
