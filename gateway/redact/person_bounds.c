/* person_bounds.c: where a name starts and ends around the words the
 * name parser read (person.c): an initial or particles before it, the
 * given names after an inverted "Surname, Given" or a surname in
 * capitals, a second name after "and", a Markdown cell it fills, words in
 * camel case that are no name words; a surname with its particle after a
 * strong context, a name before a question to "you". */
#include <string.h>

#include "person_int.h"

int pn_is_initial(const char *s, const struct name *n, size_t k)
{
	return n->te[k] - n->ts[k] == 2 && s[n->te[k] - 1] == '.';
}

/* Whether s[i..e) is a family name's particle ("van", "de", "'t"). */
static int particle_word(const char *s, size_t i, size_t e);

size_t pn_inverted_end(const struct rx_ctx *c, const struct name *n, const char *s, size_t end)
{
	if (n->nt > 2 || end + 3 >= c->len || s[end] != ',' || s[end + 1] != ' ' || !rx_cap_at(s, c->len, end + 2))
		return end;
	struct name g;
	if (!pn_parse_name(s, c->len, end + 2, &g) || g.nt > 3)
		return end;
	/* two surnames ("Soler Lozano, Inmaculada") before a known given name;
	 * after a title too ("Dr Harris, Hillside Medical Practice", "dokter
	 * Mulder, Rotterdam" name a place) */
	int titled = 0;
	if (n->ts[0] >= 3 && s[n->ts[0] - 1] == ' ') {
		size_t tb = n->ts[0] - 1, k;
		while (tb > 0 && (k = rx_letter_before(s, tb)) > 0)
			tb -= k;
		size_t te = n->ts[0] - 1;
		if (te > tb && s[te - 1] == '.')
			te--;
		titled = te > tb && pn_kw_word(c, &pn_title_kws, tb, te);
	}
	if ((n->nt == 2 || titled) && (g.nt != 1 || !(pn_tok(c, &g, 0, T_GIVEN) & T_GIVEN)) &&
	    !(n->nt == 2 && g.nt <= 2 && (pn_inverted_label(c, n->ts[0]) || pn_citation_author(s, n->ts[0]))) &&
	    !(g.nt == 1 && !g.caps && rx_is_lower((unsigned char)s[g.end - 1]) && !pn_stop_token(c, &g, 0) &&
	      pn_unknown_ok(c, g.ts[0], g.end) &&
	      pn_person_label_before(c, n->ts[0])))
		return end;
	/* a whole name after the comma is the next item of a list ("Haoran,
	 * Despina Karagiannis"): its last word a surname and no given name */
	if (g.nt >= 2 && (pn_tok(c, &g, g.nt - 1, T_SUR | T_GIVEN) & (T_SUR | T_GIVEN)) == T_SUR)
		return end;
	size_t e = g.end;
	/* in quotes, the quote closes it, after a Dutch name's particles
	 * ("ATTENDEE;CN=\"Boer, Noor de\"") */
	int quoted = n->ts[0] > 0 && s[n->ts[0] - 1] == '"';
	if (quoted) {
		size_t q = e;
		while (q + 1 < c->len && s[q] == ' ' && q - e < 12) {
			size_t w = q + 1, we = w;
			while (we < c->len && we - w < 4 && (rx_is_lower((unsigned char)s[we]) || s[we] == '\''))
				we++;
			if (!particle_word(s, w, we))
				break;
			q = we;
		}
		if (q > e && (q >= c->len || s[q] != '"'))
			return end;
		e = g.end = q;
	}
	while (e < c->len && s[e] == ' ')
		e++;
	/* the cell, the line or the sentence ends, or a note or another field
	 * follows ("(card 3833...)", "  DOB: ..."), or its quote closes */
	if (e < c->len && !rx_in("\t|;\r\n(", s[e]) && !(quoted && s[e] == '"') &&
	    !(e + 1 < c->len && (unsigned char)s[e] == 0xC2 && (unsigned char)s[e + 1] == 0xB7) && /* "·" */
	    !(e + 1 < c->len && (unsigned char)s[e] == 0xC2 && (unsigned char)s[e + 1] == 0xA6) && /* "¦" */
	    !(e >= g.end + 2 && s[e - 1] == ' ' && s[e - 2] == ' ') &&
	    !(s[e] == '.' && e == g.end && (e + 1 == c->len || rx_in(" \n\r", s[e + 1])) &&
	      (pn_tok(c, &g, 0, T_GIVEN) & T_GIVEN)) &&
	    /* (or a given name the gazetteer knows, then the address or the
	     * next field after a comma: "Lemaire, Solène, 104 rue Paradis";
	     * after a surname in capitals any next field: "SPURRIER,
	     * Henrietta, home address ..."; stop 54) */
	    !(s[e] == ',' && e == g.end && g.nt == 1 && e + 2 < c->len && s[e + 1] == ' ' &&
	      (rx_is_digit((unsigned char)s[e + 2]) || rx_cap_at(s, c->len, e + 2) || n->caps) &&
	      (n->caps ? !(pn_tok(c, &g, 0, T_STOP) & T_STOP)
		       : (pn_tok(c, &g, 0, T_GIVEN | T_STOP) & (T_GIVEN | T_STOP)) == T_GIVEN)) &&
	    /* (or a CSV's next cell, its comma bare, when the name's cell
	     * opened after a bare comma: "R8085491,SIDIROPOULOU,
	     * Despoina,2026-08-07,..." as hotel systems export a guest;
	     * stop 55) */
	    !(s[e] == ',' && e == g.end && g.nt == 1 && e + 1 < c->len && s[e + 1] != ' ' &&
	      n->ts[0] > 0 && s[n->ts[0] - 1] == ',' &&
	      (n->caps ? !(pn_tok(c, &g, 0, T_STOP) & T_STOP)
		       : (pn_tok(c, &g, 0, T_GIVEN | T_STOP) & (T_GIVEN | T_STOP)) == T_GIVEN)) &&
	    /* (a BibTeX field's next author or its end: "{Abrate, Dario and
	     * ...}") */
	    !((s[e] == '}' || s[e] == '"' || (e + 4 <= c->len && !memcmp(s + e, "and ", 4))) &&
	      pn_citation_author(s, n->ts[0])))
		return end;
	for (size_t k = 0; k < g.nt; k++)
		if (pn_stop_token(c, &g, k) && !pn_namelike_stop(c, &g, k))
			return end;
	return g.end;
}

size_t pn_given_after_caps(const struct rx_ctx *c, const struct name *n, size_t end)
{
	const char *s = c->text;
	if (!n->caps || end != n->end)
		return end;
	for (int k = 0; k < 2 && end + 2 < c->len && s[end] == ' '; k++) {
		struct name g;
		/* (the first given name whatever the gazetteer says: the
		 * context is strong, "This is to certify that OMAROV Daniyar";
		 * a second one known to it) */
		if (!pn_parse_name(s, c->len, end + 1, &g) || g.caps || pn_stop_token(c, &g, 0) ||
		    (k > 0 && !(pn_tok(c, &g, 0, T_GIVEN) & T_GIVEN)))
			break;
		end = g.te[0];
	}
	return end;
}

int pn_md_cell_whole(const struct rx_ctx *c, const struct name *n, const char *s, size_t at,
		     size_t end)
{
	if (!(at >= 2 && s[at - 1] == ' ' && s[at - 2] == '|')) {
		/* another table's cell: the name ends it, or a column gap, a
		 * contact or a note follows ("Errors are nice, x" under
		 * "client, seq" is a sentence) */
		end = pn_inverted_end(c, n, s, end);
		if (end >= c->len || rx_in(",;\t\"'|.\n\r", s[end]))
			return 1;
		return s[end] == ' ' && end + 1 < c->len &&
		       (rx_in(" <(|-/;\n\r", s[end + 1]) || (unsigned char)s[end + 1] == 0xE2);
	}
	end = pn_inverted_end(c, n, s, end);
	while (end < c->len && s[end] == ' ')
		end++;
	/* (or the row's last cell without a closing '|': "15:51 | ... |
	 * Gullvi"; stop 54) */
	return end >= c->len || rx_in("|\r\n", s[end]);
}

/* A name the gazetteer does not know after "and" ("in the presence of
 * Ana Ruiz and Kadian Ebanks."): two or three name words, none of them an
 * ordinary word, an acronym, a place's, a firm's or a building's, ending the clause (a
 * punctuation mark, a line's end or a contact in parentheses). */
static int pn_and_whole_name(const struct rx_ctx *c, struct name *g)
{
	const char *s = c->text;
	if (g->nt < 2 || g->nt > 3)
		return 0;
	for (size_t k = 0; k < g->nt; k++) {
		int lower = 0;
		for (size_t i = g->ts[k]; i < g->te[k] && !lower; i++)
			lower = rx_is_lower((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80;
		if (!lower || pn_stop_token(c, g, k) || pn_is_initial(s, g, k) ||
		    pn_kw_word(c, &pn_place_last_kws, g->ts[k], g->te[k]))
			return 0;
	}
	if (pn_kw_word(c, &pn_place_first_kws, g->ts[0], g->te[0]) ||
	    pn_kw_word(c, &pn_place_after_kws, g->ts[g->nt - 1], g->te[g->nt - 1]) ||
	    pn_place_word_after(c, g->end))
		return 0;
	size_t e = g->end;
	return e == c->len || rx_in(",.;)\n\r", s[e]) ||
	       (e + 1 < c->len && s[e] == ' ' && s[e + 1] == '(');
}

unsigned pn_and_next(struct rx_ctx *c, size_t end)
{
	static const char *const conj[] = {" and ", " und ", " en ", " et ", " e ", " y ", " og ",
					   " och ", " ja ", " & ", " i ", " a ",
					   /* (stop 51: Hungarian, Greek, Russian,
					    * Indonesian, Polish, Romanian, Portuguese) */
					   " és ", " και ", " и ", " dan ", " oraz ", " și ", " ou ",
					   NULL};
	const char *s = c->text;
	/* (past a note in parentheses after the first: "Eleni Constantinou
	 * (ID card 6364483) and Androulla Nicolaou") */
	if (end + 2 < c->len && s[end] == ' ' && s[end + 1] == '(') {
		size_t q = end + 2;
		while (q < c->len && q - end < 48 && s[q] != ')' && s[q] != '(' && s[q] != '\n')
			q++;
		if (q < c->len && s[q] == ')')
			end = q + 1;
	}
	for (const char *const *q = conj; *q; q++) {
		size_t l = strlen(*q);
		if (end + l >= c->len || memcmp(s + end, *q, l) != 0)
			continue;
		struct name g;
		size_t a = end + l;
		if (!pn_parse_name(s, c->len, a, &g) || g.caps)
			return 0;
		/* (one word that ends the clause, the pair's second: "Proud
		 * parents Tamsin and Crispin.", "Ségolène et Capucine, ses
		 * enfants" — a word the gazetteer does not know, or one that is
		 * a word and a name too; not after "a", "i" or "en", which are
		 * also "to", "the" and "in": "da Milano a Napoli?"; stop 51) */
		int pair = g.nt == 1 && l > 3 && strcmp(*q, " en ") != 0 && (g.end == c->len || rx_in(".,;!?)\n\r", s[g.end])) &&
			   (!pn_stop_token(c, &g, 0) || pn_namelike_stop(c, &g, 0)) &&
			   !(pn_tok(c, &g, 0, T_NEVER) & T_NEVER);
		if (!pair && pn_stop_token(c, &g, 0))
			return 0;
		if (!pair && !(pn_tok(c, &g, 0, T_GIVEN) & T_GIVEN) && !pn_and_whole_name(c, &g))
			return 0;
		while (g.nt > 1 && pn_stop_token(c, &g, g.nt - 1)) {
			g.nt--;
			g.end = g.te[g.nt - 1];
		}
		return (unsigned)rx_emit(c, a, g.end, REDACT_PERSON);
	}
	/* (a list's next item after a comma: "On duty: Marigold Scholefield,
	 * Tancred Entwistle"; a whole name of two or three words, its given
	 * name or its surname known; stop 65) */
	unsigned k = 0;
	for (int n = 0; n < 4; n++) {
		struct name g;
		if (!(end + 2 < c->len && s[end] == ',' && s[end + 1] == ' ' && pn_parse_name(s, c->len, end + 2, &g) &&
		      !g.caps && pn_and_whole_name(c, &g) &&
		      ((pn_tok(c, &g, 0, T_GIVEN) & T_GIVEN) || (pn_tok(c, &g, g.nt - 1, T_SUR) & T_SUR))))
			break;
		unsigned e = (unsigned)rx_emit(c, end + 2, g.end, REDACT_PERSON);
		if (!e)
			break;
		k += e;
		end = g.end;
	}
	return k;
}

size_t pn_initial_before(const char *s, size_t at)
{
	/* German "i. A." and "i. V." (im Auftrag, in Vertretung) before a
	 * signature are no initials */
	if (at >= 5 && s[at - 1] == ' ' && s[at - 2] == '.' && rx_in("AV", s[at - 3])) {
		size_t b = at - 3 - (s[at - 4] == ' ');
		if (b >= 2 && s[b - 1] == '.' && s[b - 2] == 'i')
			return at;
	}
	if (at >= 3 && s[at - 1] == ' ' && s[at - 2] == '.' && rx_is_upper((unsigned char)s[at - 3]) &&
	    (at == 3 || rx_in(" \t\n(,;:|\"", s[at - 4]))) {
		/* "M. Dupont" (Monsieur), "D. Lorenzo" (Don): a title */
		char t[2] = {rx_lower(s[at - 3]), '.'};
		return rx_kwset_has(&pn_title_kws, t, 2) ? at : at - 3;
	}
	return at;
}

size_t pn_particles_before(const char *s, size_t len, size_t at)
{
	size_t p = at, pe;
	for (int k = 0; k < 2 && p >= 3 && s[p - 1] == ' '; k++) {
		size_t q = p - 1;
		while (q > 0 && p - q < 8 && (rx_is_lower((unsigned char)s[q - 1]) || s[q - 1] == '\''))
			q--;
		if (q == p - 1 || !pn_is_particle(s, len, q, &pe) || pe != p - 1)
			break;
		/* not "y", "e", "al", "el", "los", "bin", "ben" ("Merhaba,
		 * ben Emre"): words of sentences as often */
		if (pe - q < 2 || rx_in("ybe", s[q]) || (s[q] == 'a' && s[q + 1] == 'l') ||
		    (s[q] == 'l' && s[q + 1] == 'o'))
			break;
		p = q;
	}
	if (p < at && (p == 0 || rx_in("\n\t|;,'\"", s[p - 1]) ||
		       (p >= 2 && s[p - 1] == ' ' && rx_in(" |:,", s[p - 2]))))
		return p;
	return at;
}

int pn_inverted_known(const struct rx_ctx *c, struct name *n, const char *s, size_t end)
{
	if (end + 3 >= c->len || s[end] != ',' || s[end + 1] != ' ')
		return 0;
	for (size_t k = 0; k < n->nt; k++)
		if (pn_stop_token(c, n, k))
			return 0;
	struct name g;
	return pn_parse_name(s, c->len, end + 2, &g) && !g.caps && !pn_stop_token(c, &g, 0) &&
	       (pn_tok(c, &g, 0, T_GIVEN) & T_GIVEN);
}

size_t pn_initial_after(const char *s, size_t len, size_t end)
{
	/* (or a particle's: "Maarten v.", "Ilse t."; a capital of two bytes:
	 * "Ylva Å.", "Алексей Н.") */
	size_t k = 1;
	if (end + 3 > len || s[end] != ' ')
		return end;
	if ((unsigned char)s[end + 1] >= 0xC3 && (unsigned char)s[end + 1] <= 0xD3 && rx_cap_at(s, len, end + 1))
		k = 2;
	else if (!(rx_is_upper((unsigned char)s[end + 1]) || rx_in("vdt", s[end + 1])))
		return end;
	size_t d = end + 1 + k;
	if (d < len && s[d] == '.' &&
	    (d + 1 == len || rx_in(",;:|\r\n", s[d + 1]) ||
	     (s[d + 1] == ' ' && (d + 2 == len || !rx_is_alpha((unsigned char)s[d + 2]) ||
				  rx_is_lower((unsigned char)s[d + 2])))))
		return d + 1; /* (before a lower-case word too: "to Noel S. with") */
	return end;
}

int pn_before_and(const struct rx_ctx *c, const struct name *n)
{
	static const char *const conj[] = {" and ", " und ", " en ", " et ", " e ", " y ", " og ",
					   " och ", " & ", NULL};
	const char *s = c->text;
	for (const char *const *q = conj; *q; q++) {
		size_t l = strlen(*q);
		if (n->end + l >= c->len || memcmp(s + n->end, *q, l) != 0)
			continue;
		/* "When Tegan and I were small", "Roos en ik": the speaker
		 * after the name (stop 61) */
		static const char *const me[] = {"I ", "I'", "ich ", "ik ", "moi ", "yo ", "io ", "eu ", "jag ", "jeg ", NULL};
		for (const char *const *m = me; *m; m++) {
			size_t ml = strlen(*m), p = n->end + l;
			if (l > 3 && p + ml < c->len && !memcmp(s + p, *m, ml) &&
			    (ml > 2 ? rx_is_lower((unsigned char)s[p + ml]) || s[p + ml] == ',' : ml == 2))
				return 1;
		}
		struct name g;
		/* (or, after "&", a given name alone: a couple's, "Jemima &
		 * Lysander 2027", "Fenna & Bram"; stop 50) */
		return pn_parse_name(s, c->len, n->end + l, &g) && (g.nt >= 2 || (l == 3 && g.nt == 1)) &&
		       !g.caps && !pn_stop_token(c, &g, 0) && (pn_tok(c, &g, 0, T_GIVEN) & T_GIVEN);
	}
	return 0;
}

/* A desk's mailbox at s[i] by email.c's list of roles ("security@",
 * "legal@", "payouts@"; stop 55): a firm's, after its name. */
int pn_desk_mailbox(const char *s, size_t len, size_t i)
{
	size_t at = i, de;
	while (at < len && at - i < 40 && (rx_is_alnum((unsigned char)s[at]) || rx_in("._-", s[at])))
		at++;
	if (at == i || at >= len || s[at] != '@')
		return 0;
	for (de = at + 1; de < len && de - at < 80 && (rx_is_alnum((unsigned char)s[de]) || rx_in(".-", s[de]));)
		de++;
	return de > at + 3 && rx_email_nobody(s, i, at, at + 1, de);
}

/* A role's mailbox ("service@", "noreply@", "support@"): a firm's sender,
 * not a person's. */
int pn_role_mailbox(const char *s, size_t len, size_t i)
{
	static const char *const roles[] = {"service", "noreply", "no-reply", "support", "info",
					    "hello", "notifications", "notification", "alerts", "team",
					    "billing", "orders", "donotreply", "do-not-reply", "news",
					    /* (a no-reply in other languages, stop 46) */
					    "naoresponda", "nao-responda", "nepasrepondre", "ne-pas-repondre",
					    "noresponder", "no-responder", "nichtantworten", "nicht-antworten",
					    "nonrispondere", "non-rispondere", "niet-beantwoorden", NULL};
	for (const char *const *r = roles; *r; r++) {
		size_t n = strlen(*r);
		if (i + n < len && rx_fold_eq(s + i, *r, n) && s[i + n] == '@')
			return 1;
	}
	return 0;
}

int pn_before_iban(const char *s, size_t len, size_t end)
{
	/* ", " then two capitals, two digits and four letters or digits: an
	 * IBAN ("... an Barnaby Fairweather, GB90 BARC 4460 ...") */
	if (end + 10 > len || s[end] != ',' || s[end + 1] != ' ')
		return 0;
	const char *p = s + end + 2;
	if (!rx_is_upper((unsigned char)p[0]) || !rx_is_upper((unsigned char)p[1]) || !rx_is_digit((unsigned char)p[2]) ||
	    !rx_is_digit((unsigned char)p[3]))
		return 0;
	size_t k = 4;
	if (p[k] == ' ')
		k++;
	for (size_t j = 0; j < 4; j++)
		if (end + 2 + k + j >= len || !rx_is_alnum((unsigned char)p[k + j]))
			return 0;
	return 1;
}

int pn_before_email(const char *s, size_t len, size_t end)
{
	/* (a quote header wrapped at its column: "On ..., Morwenna Pemberton"
	 * then "<morwenna@...> wrote:") */
	if (end + 4 < len && s[end] == '\r' && s[end + 1] == '\n')
		end++;
	/* (a record in code: ("Brodie Tregear", "brodie.tregear@gmail.com")) */
	if (end + 6 < len && s[end] == '"' && s[end + 1] == ',' && s[end + 2] == ' ' && s[end + 3] == '"') {
		for (size_t i = end + 4; i < len && i < end + 84; i++) {
			if (s[i] == '@')
				return i > end + 4;
			if (s[i] == '"' || s[i] == '\n' || s[i] == ' ')
				return 0;
		}
		return 0;
	}
	if (end + 4 >= len || (s[end] != ' ' && s[end] != '\n') || s[end + 1] != '<')
		return 0;
	for (size_t i = end + 2; i < len && i < end + 80; i++) {
		if (s[i] == '@')
			return i > end + 2;
		if (s[i] == '>' || s[i] == '\n' || s[i] == ' ')
			return 0;
	}
	return 0;
}

/* Malaysian and Singaporean names go on past a connector and the father's
 * name: "Saravanan a/l Arumugam", "Malarvili a/p Arumugam", "Ahmad bin
 * Ismail", "Siti binti Abdullah", Batak's "Tiurma br. Sinaga" (up to three
 * capitalised words). */
size_t pn_patronymic_after(const char *s, size_t len, size_t end)
{
	static const char *const con[] = {" a/l ", " a/p ", " s/o ", " d/o ", " bin ", " binti ", " bte ", " bt. ",
					  " br. ", " boru ", NULL};
	static const unsigned char conl[] = {5, 5, 5, 5, 5, 7, 5, 5, 5, 6};
	/* a cheap look first: a space and the first letter of one */
	if (end + 5 >= len || s[end] != ' ' || !rx_in("asdb", s[end + 1]))
		return end;
	for (size_t j = 0; con[j]; j++) {
		const char *const *k = &con[j];
		size_t l = conl[j];
		if (end + l >= len || memcmp(s + end, *k, l) != 0 || !rx_is_upper((unsigned char)s[end + l]))
			continue;
		size_t e = end + l;
		for (int w = 0; w < 3 && e < len && rx_is_upper((unsigned char)s[e]); w++) {
			size_t we = e;
			while (we < len && (rx_is_alpha((unsigned char)s[we]) || s[we] == '\'' || ((unsigned char)s[we] & 0x80)))
				we++;
			e = we;
			if (e + 1 < len && s[e] == ' ' && rx_is_upper((unsigned char)s[e + 1]))
				e++;
			else
				break;
		}
		return e;
	}
	return end;
}

/* Whether a list's marker ("- ", "* ", "• ", "12. ") alone comes before at
 * on its line. */
int pn_list_item_at(const char *s, size_t at)
{
	size_t ls = rx_line_start(s, at);
	return ls < at && pn_list_marker_end(s, at, ls) == at;
}

/* "Pita's birthday": a birthday, a wedding or a funeral after the
 * possessive at end. */
int pn_birthday_after(const char *s, size_t len, size_t end)
{
	static const char *const w[] = {"birthday", "wedding", "funeral", "anniversary", NULL};
	size_t i = end;
	while (i < len && i - end < 4 && s[i] != ' ')
		i++;
	if (i + 1 >= len || s[i] != ' ')
		return 0;
	i++;
	for (const char *const *k = w; *k; k++) {
		size_t l = strlen(*k);
		if (i + l <= len && memcmp(s + i, *k, l) == 0 && (i + l == len || !rx_letter_at(s, len, i + l)))
			return 1;
	}
	return 0;
}

/* "Tariq's reading homework": a possessive right after the word ("'s",
 * "’s"; German's "s'" is not read) and a noun after it ("lunch at
 * Rosalia's." is a place's). */
static int possessive_after(const char *s, size_t len, size_t end)
{
	size_t i = end;
	if (i + 1 < len && s[i] == '\'')
		i++;
	else if (i + 3 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
		 (unsigned char)s[i + 2] == 0x99)
		i += 3;
	else
		return 0;
	/* a noun after it ("Tariq's reading"; "lunch at Rosalia's." is a
	 * place's) */
	return i + 2 < len && s[i] == 's' && s[i + 1] == ' ' && rx_is_lower((unsigned char)s[i + 2]);
}

/* A product or a document, not a person: a version or a model's size
 * after the name ("Aya Expanse 8B", "Jamba 1.5 Mini"), or a number after
 * a name whose first word is an acronym ("WO 2021/123456", "IEC 60601-1",
 * "ICAO Doc 9303"). */
int pn_thing_number_after(const char *s, size_t len, size_t at, const struct name *n)
{
	size_t e = n->end;
	if (e + 2 >= len || s[e] != ' ' || !rx_is_digit((unsigned char)s[e + 1]))
		return 0;
	/* (the first word from `at`, which may stand before the parsed name:
	 * "ICAO Doc"; a name in capitals before a phone number is one: "sent
	 * to KAMAU NJOROGE 0703786241") */
	size_t we = at < n->ts[0] ? at : n->ts[0];
	while (we < n->te[0] && rx_is_upper((unsigned char)s[we]))
		we++;
	int acronym = we - (at < n->ts[0] ? at : n->ts[0]) >= 2 && (we == len || s[we] == ' ') &&
		      !(n->nt >= 2 && n->caps);
	if (acronym)
		return 1;
	/* a version has a dot and six digits at most (not "512.555.0101",
	 * "02.06.2002") */
	size_t i = e + 1, digits = 0;
	int dots = 0;
	for (; i < len && (rx_is_digit((unsigned char)s[i]) ||
			   (s[i] == '.' && i + 1 < len && rx_is_digit((unsigned char)s[i + 1])));
	     i++) {
		dots += s[i] == '.';
		digits += s[i] != '.';
	}
	int size = i < len && rx_in("BbMmKk", s[i]);
	i += size;
	return ((dots && digits <= 6) || size) && (i == len || !rx_is_alnum((unsigned char)s[i]));
}

/* Whether the word right after a name (one space) is one of place_after. */
int pn_place_word_after(const struct rx_ctx *c, size_t end)
{
	const char *s = c->text;
	if (end + 3 >= c->len || s[end] != ' ' || !rx_is_alpha((unsigned char)s[end + 1]))
		return 0;
	size_t e = end + 1;
	while (e < c->len && rx_is_alpha((unsigned char)s[e]) && e - end < 12)
		e++;
	if (e < c->len && rx_letter_at(s, c->len, e))
		return 0;
	return pn_kw_word(c, &pn_place_after_kws, end + 1, e);
}

/* Places that are also given names, whose possessive is the place's
 * ("Jordan's economy", "Georgia's capital"). */
static const char *const places[] = {
	"jordan", "georgia", "chad", "india", "israel", "florence", "victoria", "paris",
	"sydney", "austin", "dallas", "chelsea", "adelaide", "charlotte", "savannah", "lincoln",
	"houston", "phoenix", "orlando", "augusta", "virginia", "carolina", "kingston",
	"jackson", "madison", "alexandria", "lourdes", "regina", "valencia", "santiago", NULL,
};
static struct rx_kwset place_kws = RX_KWSET(places);

int pn_possessive_name(const struct rx_ctx *c, size_t at, size_t end)
{
	const char *s = c->text;
	if (!possessive_after(s, c->len, end) || pn_kw_word(c, &place_kws, at, end))
		return 0;
	/* (an acronym's is no one's: "every CA's name constraints") */
	int lower = 0;
	for (size_t i = at; i < end && !lower; i++)
		lower = rx_is_lower((unsigned char)s[i]) || (unsigned char)s[i] >= 0xC3;
	if (!lower)
		return 0;
	/* not a scientist's law ("Newton's laws", "Pascal's triangle";
	 * stop 58) */
	static const char *const laws[] = {" law", " laws", " theorem", " principle", " equation",
					   " equations", " triangle", " constant", " rule", NULL};
	size_t q = end + (s[end] == '\'' ? 2 : 4);
	for (const char *const *w = laws; *w; w++) {
		size_t l = strlen(*w);
		if (q + l <= c->len && !memcmp(s + q, *w, l) && (q + l == c->len || !rx_is_alpha((unsigned char)s[q + l])))
			return 0;
	}
	/* not a saint's ("St Mary's tower") nor a firm's ("Ben & Jerry's") */
	return !(at >= 2 && s[at - 2] == '&') &&
	       !(at >= 3 && s[at - 1] == ' ' && rx_kw_ends(c, &pn_place_first_kws, at > 12 ? at - 12 : 0, at - 1));
}

int pn_caps_header(const struct rx_ctx *c, struct name *n, size_t at)
{
	const char *s = c->text;
	static const char *const labels[] = {"address", "email", "e-mail", "phone", "mobile", "tel",
					     "contact", "dob", "date of birth", "linkedin", NULL};
	static struct rx_kwset label_kws = RX_KWSET(labels);
	if (!n->caps || n->nt < 2 || n->end >= c->len || s[n->end] != '\n' || at != rx_line_start(s, at))
		return 0;
	size_t b = n->end + 1, e = b;
	while (e < c->len && e - b < 16 && (rx_is_alpha((unsigned char)s[e]) || rx_in(" -", s[e])))
		e++;
	if (e >= c->len || s[e] != ':' || e == b)
		return 0;
	char w[16];
	size_t wl = rx_fold(s + b, e - b, w, sizeof w);
	if (!rx_kwset_has(&label_kws, w, wl))
		return 0;
	for (size_t k = 0; k < n->nt; k++)
		if (!(pn_tok(c, n, k, T_GIVEN | T_SUR) & (T_GIVEN | T_SUR)) || pn_stop_token(c, n, k))
			return 0;
	return 1;
}

/* The particles inside a name ("van der", "de la", "di"), lower-case as
 * written, and Irish "Ó", "Ní", "Uí". */
#define PW(x) {x, sizeof(x) - 1}
static const struct {
	const char *s;
	size_t n;
} particles[] = {
	PW("van"), PW("der"), PW("den"), PW("de"), PW("da"), PW("das"), PW("do"), PW("dos"),
	PW("di"), PW("del"), PW("della"), PW("von"), PW("zu"), PW("du"), PW("le"), PW("la"),
	PW("ten"), PW("ter"), PW("y"), PW("e"), PW("bin"), PW("al"), PW("el"), PW("ben"),
	PW("af"), PW("av"), PW("los"), PW("las"), PW("binti"), PW("bt"), PW("dela"), PW("delos"),
};
#undef PW

static int particle_word(const char *s, size_t i, size_t e)
{
	if (e == i + 2 && s[i] == '\'' && s[i + 1] == 't')
		return 1; /* Dutch "'t" */
	for (size_t k = 0; k < sizeof particles / sizeof particles[0]; k++)
		if (particles[k].n == e - i && memcmp(s + i, particles[k].s, e - i) == 0)
			return 1;
	return 0;
}

int pn_is_particle(const char *s, size_t len, size_t i, size_t *end)
{
	size_t e = i;
	/* Dutch "'t" and "in 't" ("Wouter in 't Veld", "van 't Hof") */
	if (i + 3 < len && s[i] == '\'' && s[i + 1] == 't' && s[i + 2] == ' ') {
		*end = i + 2;
		return 1;
	}
	if (i + 6 < len && s[i] == 'i' && s[i + 1] == 'n' && s[i + 2] == ' ' && s[i + 3] == '\'' &&
	    s[i + 4] == 't' && s[i + 5] == ' ') {
		*end = i + 5;
		return 1;
	}
	/* Irish "Ó", "Ní", "Uí" ("Sorcha Ó Floinn", "Aoife Ní Bhriain") */
	if (i + 3 < len && (!memcmp(s + i, "\xc3\x93 ", 3) || (i + 4 < len && (!memcmp(s + i, "N\xc3\xad ", 4) ||
									     !memcmp(s + i, "U\xc3\xad ", 4))))) {
		*end = i + (s[i] == '\xc3' ? 2 : 3);
		return 1;
	}
	/* Scottish Gaelic "a'" and "an" after "Mac" or "Nic" ("Mòrag Nic a'
	 * Phearsain", "Catriona Mac an t-Saoir"; stop 55) */
	if (i >= 4 && i + 3 < len && s[i] == 'a' && (s[i + 1] == '\'' || s[i + 1] == 'n') && s[i + 2] == ' ' &&
	    s[i - 1] == ' ' && (!memcmp(s + i - 4, "Mac", 3) || !memcmp(s + i - 4, "Nic", 3)) &&
	    (i == 4 || !rx_is_alpha((unsigned char)s[i - 5]))) {
		*end = i + 2;
		return 1;
	}
	if (i >= len || !rx_in("vdzlteaby", s[i]) || !s[i])
		return 0;
	while (e < len && rx_is_lower((unsigned char)s[e]) && e - i < 6)
		e++;
	if (e == i || e >= len || s[e] != ' ')
		return 0;
	/* lower-case ASCII already: compared as it is */
	if (!particle_word(s, i, e))
		return 0;
	*end = e;
	return 1;
}

/* A particle in capitals in a name in capitals ("DOUWE DE WIT", "LOTTE
 * VAN 'T HOF", "MIRELLA LO RUSSO"). */
int pn_caps_particle(const char *s, size_t len, size_t i, size_t *end)
{
	char low[8];
	size_t e = i;
	if (i + 3 < len && s[i] == '\'' && s[i + 1] == 'T' && s[i + 2] == ' ') {
		*end = i + 2;
		return 1;
	}
	while (e < len && e - i < 6 && s[e] >= 'A' && s[e] <= 'Z') {
		low[e - i] = (char)(s[e] - 'A' + 'a');
		e++;
	}
	if (e == i || e >= len || s[e] != ' ')
		return 0;
	for (size_t k = 0; k < sizeof particles / sizeof particles[0]; k++)
		if (particles[k].n == e - i && memcmp(low, particles[k].s, e - i) == 0) {
			*end = e;
			return 1;
		}
	return 0;
}

/* A mask ("Employee: XXXXX") or a degree's letters glued to their first
 * ("M.Sc.", "B.Sc.", "Ph.D."): no name. */
int pn_masked_or_degree(const char *s, size_t len, const struct name *n, size_t at)
{
	size_t x = 0, l = 0;
	for (size_t i = at; i < n->end; i++)
		if (rx_is_alpha((unsigned char)s[i]))
			l++, x += s[i] == 'X' || s[i] == 'x';
	if (l >= 3 && x == l)
		return 1;
	return n->nt == 1 && n->te[0] - n->ts[0] <= 3 && at >= 2 && s[at - 1] == '.' &&
	       rx_is_alpha((unsigned char)s[at - 2]) && n->end < len && s[n->end] == '.';
}

int pn_team_after(const struct rx_ctx *c, struct name *n, size_t end)
{
	const char *s = c->text;
	return end + 5 <= c->len && rx_fold_eq(s + end, " team", 5) &&
	       (end + 5 == c->len || !rx_letter_at(s, c->len, end + 5)) && !(pn_tok(c, n, 0, T_GIVEN) & T_GIVEN);
}

/* "Geachte heer van Leeuwen", "Dear Mr de Vries": a surname with its
 * particle, after a strong context only. */
unsigned pn_detect_particle_name(struct rx_ctx *c)
{
	const char *s = c->text;
	struct name n;
	size_t j = c->ms, pe;
	for (int k = 0; k < 2 && pn_is_particle(s, c->len, j, &pe); k++)
		j = pe + 1;
	if (j == c->ms || !pn_parse_name(s, c->len, j, &n) || pn_before_context(c, c->ms) != C_STRONG)
		return 0;
	/* (a parent's word before "von", "van", "de": the child's name after
	 * it, "der Vater von Friedlinde", "la madre de Socorro"; stop 63) */
	static const char *const kin[] = {"vater ", "mutter ", "vader ", "moeder ", "padre ", "madre ", "père ",
					  "mère ", "pai ", "mãe ", "father ", "mother ", NULL};
	for (const char *const *k = kin; *k; k++) {
		size_t l = strlen(*k);
		if (c->ms >= l && rx_fold_eq(s + c->ms - l, *k, l) && (c->ms == l || !rx_letter_before(s, c->ms - l)))
			return 0;
	}
	for (size_t k = 0; k < n.nt; k++)
		if (pn_stop_token(c, &n, k) && !pn_namelike_stop(c, &n, k))
			return 0;
	return (unsigned)rx_emit(c, c->ms, n.end, REDACT_PERSON);
}

static const char *const particle_words[] = {
	"van", "von", "de", "da", "di", "del", "della", "du", "le", "la", "ten", "ter", "dos",
	"das", "do", NULL,
};
struct rx_kwset pn_particle_kws = RX_KWSET(particle_words);

/* "okay let's start, Renée are you there?", "no worries. Rosalind can you
 * send ...", "Jorien, ben je er?": a word at a clause's start before a
 * question to "you" (person.c asks for a given name the gazetteer knows). */
#define ASK(w) {w, sizeof w - 1}
static const struct {
	const char *w;
	size_t n;
} you_asks[] = {
	ASK("are you"), ASK("can you"), ASK("could you"), ASK("will you"), ASK("would you"),
	ASK("do you"), ASK("did you"), ASK("have you"), ASK("kannst du"), ASK("könntest du"),
	ASK("bist du"), ASK("hast du"), ASK("ben je"), ASK("kun je"), ASK("kan je"), ASK("wil je"),
	ASK("heb je"), ASK("puedes"), ASK("podrías"), ASK("peux-tu"), ASK("pourrais-tu"),
	ASK("tu peux"), ASK("puoi"), ASK("potresti"), ASK("você pode"), ASK("podes"),
};

int pn_vocative_shape(const char *s, size_t len, size_t at, size_t end)
{
	/* the question's first letter first (most words after a
	 * capitalised one start none) */
	size_t q = end;
	if (q < len && s[q] == ',')
		q++;
	if (q + 6 >= len || s[q] != ' ' || !rx_in("abcdhkpvwt", s[q + 1] | 0x20))
		return 0;
	q++;
	/* a clause starts at the name: the line's start, or after ", ", ". ",
	 * "? ", "! " or a speaker's ": " */
	if (!(at == 0 || s[at - 1] == '\n' || (at >= 2 && s[at - 1] == ' ' && rx_in(",.!?:;", s[at - 2]))))
		return 0;
	char f = (char)(s[q] | 0x20);
	for (size_t k = 0; k < sizeof you_asks / sizeof you_asks[0]; k++) {
		size_t l = you_asks[k].n;
		if (you_asks[k].w[0] == f && q + l <= len && rx_fold_eq(s + q, you_asks[k].w, l) &&
		    (q + l == len || !rx_letter_at(s, len, q + l)))
			return 1;
	}
	return 0;
}
