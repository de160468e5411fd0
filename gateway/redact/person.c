/* person: names of people. A name is one to four capitalised words (with
 * initials "G.", particles "van der", "da", "de la", hyphens and
 * apostrophes), ALL CAPS on labels. It is a person's name when
 *
 * - a context says so right before it: a greeting ("Hi", "Dear", "Lieber",
 *   "Estimado Sr.", "Chère Madame"...), a title (Mr, Frau, Dott.ssa...), a
 *   self-introduction ("my name is", "je m'appelle", "ich bin", "sono"...),
 *   a third-party mention ("my colleague", "mi compañera", "please ask"), a
 *   form label or field ("Name:", "Nombre =", "From:", "Signed-off-by:",
 *   "FN:", "\"name\": \""), in 7+ languages;
 * - it stands alone on the line after a sign-off ("Best regards,", "Mit
 *   freundlichen Grüßen", "Cordialement", "Atentamente", ...), or on the
 *   line before a postal address (a letter head), or is a cell of a table
 *   column named like a name column, or speaks in a chat export
 *   ("[12/03/24, 14:22] Maria Silva: ...");
 * - or, with no context, it has two or more words and the gazetteer knows
 *   its first word as a given name or its last as a surname, and none is an
 *   ordinary word (Will, May, Paris, Grant...: rx_name_stopword).
 *
 * Titles stay outside the span ("Dr. [NAME]"). Airline passenger names
 * ("KAYA/DERYA") and the French "DUMONT Inès" have forms of their own. A
 * brand, work or place named after someone ("Hugo Boss", "Jane Eyre") is
 * no name (eponym.c), nor is a word in camel case ("WebInspector"). The
 * context words and the checks that read them are in person_ctx.c; a name
 * said again alone after it was found whole is found in person_again.c. */
#include <string.h>

#include "person_int.h"

#define cap_at rx_cap_at
int pn_any_known(const struct rx_ctx *c, struct name *n)
{
	for (size_t k = 0; k < n->nt; k++)
		if (pn_tok(c, n, k, T_GIVEN | T_SUR) & (T_GIVEN | T_SUR))
			return 1;
	return 0;
}

/* A capitalised word right before at, one space between ("Sầm" before
 * "Hoằng Diễn"). */
static int cap_word_before(const char *s, size_t len, size_t at)
{
	if (at < 2 || s[at - 1] != ' ')
		return 0;
	size_t b = at - 1, k;
	while (b > 0 && at - 1 - b < 40 && (k = rx_letter_before(s, b)) > 0)
		b -= k;
	return b < at - 1 && rx_cap_at(s, len, b);
}

/* The gazetteer classes (rx_name_class) that hold for the token, or for
 * each part of a hyphenated one ("Hans-Peter", "Müller-Lüdenscheidt"). */
static unsigned token_class(const struct rx_ctx *c, const struct name *n, size_t k)
{
	const char *s = c->text;
	size_t a = n->ts[k], b = n->te[k];
	size_t ti = rx_tok_at(c, a);
	if (ti != RX_NONE && c->tk[ti].e == b)
		return rx_name_class_h(c->tk[ti].h, s + a, b - a);
	unsigned whole = rx_name_class(s + a, b - a);
	if (!memchr(s + a, '-', b - a))
		return whole;
	unsigned parts = ~0u;
	for (size_t i = a; i < b && parts;) {
		const char *d = memchr(s + i, '-', b - i);
		size_t e = d ? (size_t)(d - s) : b;
		parts = e == i ? 0 : parts & rx_name_class(s + i, e - i);
		i = e + 1;
	}
	return whole | parts;
}

unsigned pn_tok(const struct rx_ctx *cx, struct name *n, size_t k, unsigned want)
{
	unsigned c = n->cls[k];
	if (!(c & T_NAMES)) {
		/* one gazetteer probe gives the three classes */
		unsigned g = token_class(cx, n, k);
		c |= T_NAMES | T_WORDS;
		c |= g & RX_NAME_STOP ? T_STOP : 0;
		c |= g & RX_NAME_GIVEN ? T_GIVEN : 0;
		c |= g & RX_NAME_SURNAME ? T_SUR : 0;
	}
	if ((want & T_NEVER) && !(c & T_NEVERK)) {
		c |= T_NEVERK;
		if (pn_never_word(cx, n->ts[k], n->te[k] - n->ts[k]))
			c |= T_NEVER;
	}
	n->cls[k] = (unsigned char)c;
	return c;
}

int pn_stop_token(const struct rx_ctx *s, struct name *n, size_t k)
{
	return (pn_tok(s, n, k, T_STOP | T_NEVER) & (T_STOP | T_NEVER)) != 0;
}

/* Whether s[a..b) is one of k's words: by the lexer's hash when it is a
 * lexer word, else folded. */
int pn_kw_word(const struct rx_ctx *c, struct rx_kwset *k, size_t a, size_t b)
{
	size_t ti = rx_tok_at(c, a);
	if (ti != RX_NONE && c->tk[ti].e == b)
		return rx_kw_is(k, c->tk[ti].h, c->text + a, b - a);
	char w[32];
	if (b - a >= sizeof w)
		return 0;
	size_t wl = rx_fold(c->text + a, b - a, w, sizeof w);
	return rx_kwset_has(k, w, wl);
}

static int place_name(const struct rx_ctx *c, struct name *n)
{
	const char *s = c->text;
	size_t a = n->ts[0];
	if (pn_kw_word(c, &pn_place_first_kws, a, n->te[0]))
		return 1;
	/* the rest of a place ("Santa Maria Novella" found at "Maria") */
	if (a >= 3 && s[a - 1] == ' ') {
		size_t pe = a - 1, ps = pe, k;
		while (ps > 0 && pe - ps < 8 && (k = rx_letter_before(s, ps)) > 0)
			ps -= k;
		if (pe > ps && pe - ps < 8 && rx_cap_at(s, pe, ps) && (ps == 0 || !rx_letter_before(s, ps)) &&
		    pn_kw_word(c, &pn_place_first_kws, ps, pe))
			return 1;
	}
	/* a product with its quantity ("Earl Grey 250 g", "Hugo Boss Bottled
	 * 50 ml") */
	{
		size_t i = n->end;
		if (i + 2 < c->len && s[i] == ' ' && rx_is_digit((unsigned char)s[i + 1])) {
			i++;
			while (i < c->len && (rx_is_digit((unsigned char)s[i]) || s[i] == '.' || s[i] == ','))
				i++;
			if (i < c->len && s[i] == ' ')
				i++;
			size_t u = i;
			while (i < c->len && rx_is_alpha((unsigned char)s[i]) && i - u < 4)
				i++;
			if (i > u && (i == c->len || !rx_is_alpha((unsigned char)s[i]))) {
				static const char *const units[] = {"g", "kg", "mg", "ml", "cl", "l", "oz",
								    "lb", "lbs", "pcs", "pc", "x", "cm",
								    "mm", "m", NULL};
				size_t ul = i - u;
				for (const char *const *q = units; *q; q++)
					if (strlen(*q) == ul && !memcmp(*q, s + u, ul))
						return 1;
			}
		}
	}
	size_t k = n->nt - 1;
	if (!pn_kw_word(c, &pn_place_last_kws, n->ts[k], n->te[k]))
		return 0;
	/* a place word that is no surname ("Square") ends a place; one that
	 * is ("Park", "Hall") only after a first word that is not only a
	 * given name */
	if (!(pn_tok(c, n, k, T_SUR) & T_SUR))
		return 1;
	/* after a whole name: no given name before it ("Raoul Wallenberg
	 * Park"; "Mary Anne Park" stays a name) */
	if (k >= 2 && !(pn_tok(c, n, k - 1, T_GIVEN) & T_GIVEN))
		return 1;
	unsigned f = pn_tok(c, n, 0, T_GIVEN | T_SUR | T_STOP);
	return (f & (T_SUR | T_STOP)) || !(f & T_GIVEN);
}

static unsigned detect_person_ctx(struct rx_ctx *c)
{
	const char *s = c->text;
	struct name n;
	/* not the second half of a compound ("Hans-Peter"), nor the rest of
	 * a place or a work just dropped */
	if ((c->ms >= 2 && s[c->ms - 1] == '-' && rx_letter_before(s, c->ms - 1)) || c->ms < c->place_end)
		return 0;
	/* an initial or particles before the name ("| V. Eichhorn |", "Driver:
	 * S. Mulder", "195  van den Akker, Lotte") stand where the name
	 * starts: its context is read before them */
	size_t at = pn_initial_before(s, c->ms);
	if (at == c->ms)
		at = pn_particles_before(s, c->len, c->ms);
	/* a surname in capitals before it in a cell ("| OBERLÄNDER Detlef |") */
	int caps_first = 0;
	if (at == c->ms && c->ms >= 3 && s[c->ms - 1] == ' ' && rx_cap_at(s, c->len, c->ms - 2) &&
	    c->ms + 1 < c->len && !rx_is_upper((unsigned char)s[c->ms + 1])) {
		at = pn_caps_before(s, c->ms);
		caps_first = at != c->ms;
	}
	/* (a surname in capitals anywhere on the line: "QUINTELA Afonso (fração
	 * 27)", person_forms.c) */
	size_t capsn = RX_NONE;
	if (!caps_first && c->ms >= 4 && s[c->ms - 1] == ' ' && rx_is_upper((unsigned char)s[c->ms - 2]) &&
	    (capsn = pn_caps_surname_name(c, c->ms)) != RX_NONE)
		at = capsn;
	int line_start = at == 0 || s[at - 1] == '\n' || pn_scan_bar_before(s, c->len, at);
	/* (a quoted cell of a CSV export: "Ingrid","Nyström"; a column of a
	 * printed data frame, after a wide gap) */
	int cell = at > 0 && s[at - 1] &&
		   (rx_in("\t;,|", s[at - 1]) || (at >= 2 && s[at - 1] == ' ' && s[at - 2] == '|') ||
		    (s[at - 1] == '"' && (at == 1 || rx_in("\t;,|\n", s[at - 2]))) ||
		    (at >= 2 && s[at - 1] == ' ' && s[at - 2] == ' '));
	int quoted = at > 0 && s[at - 1] == '\'';
	int maybe = -1, listed = -1, born = 0;
	/* a cheap look first: a lone capitalised word in running text (no
	 * name word, particle or initial after it, no ':' after it, no
	 * context word before it) is no name, as below; most are */
	if (!line_start && !cell && capsn == RX_NONE) {
		int caps;
		size_t e;
		const struct rx_tok *t = c->ti < c->ntk ? &c->tk[c->ti] : NULL;
		/* a word of two ASCII letters or more that no '-' or '\''
		 * continues is a name word to its end (name_word's answer,
		 * without reading it again) */
		if (t && t->s == c->ms && (t->f & RXT_ALPHA) && t->n >= 2 && t->e < c->len &&
		    s[t->e] != '-' && s[t->e] != '\'')
			e = t->e;
		else
			e = pn_name_word(s, c->len, c->ms, &caps);
		if (e == c->ms)
			return 0;
		int more = e + 1 < c->len && s[e] == ' ' &&
			   (cap_at(s, c->len, e + 1) || rx_in("vdzlteaby&", s[e + 1]));
		if (!more && !(e < c->len && s[e] == ':') && !pn_before_phone(s, c->len, at, e) &&
		    !pn_adif_name(s, at) && !(e > c->ms + 3 && s[e - 2] == '\'' && s[e - 1] == 's') &&
		    !(at > 1 && (s[at - 1] == '>' || (s[at - 1] == '"' && s[at - 2] == '='))) && !pn_licence_field(s, at) &&
		    !(line_start && pn_bracket_time_after(s, c->len, e)) && !pn_vocative_shape(s, c->len, at, e) &&
		    !pn_latin_in_cjk(s, c->len, at, e) && pn_noted_speaker_end(s, c->len, e) == e &&
		    !pn_turning_after(s, c->len, e) && !pn_kin_paren_after(s, c->len, e) &&
		    !pn_titled_for(s, c->len, at, e) && !pn_chat_first_word(s, c->len, at, e) &&
		    !pn_thanks_vocative(s, c->len, at, e) && !pn_firm_signer(c, at, e) &&
		    !(e + 1 < c->len && s[e] == ')' && s[e + 1] == ':' && pn_role_paren_speaker(s, c->len, at, e)) &&
		    !pn_doorbell_second(s, c->len, at) && !pn_phone_around(s, c->len, at, e) &&
		    !pn_speaker_elsewhere(s, c->len, at, e) && !(caps_first && pn_party_mark_after(s, c->len, e))) {
			maybe = pn_maybe_context(c, at);
			if (!maybe && !(pn_list_sep(s, at) != RX_NONE &&
					(listed = pn_listed_after_label(c, at) ||
						  pn_inline_signoff(c, s, c->len, at, e))) &&
			    !(born = pn_born_after_name(c, s, e)))
				return 0;
		}
	}
	if (!pn_parse_name(s, c->len, c->ms, &n))
		return 0;
	/* Spanish "D." (don) before a given name and two surnames is a title,
	 * not an initial ("contra D. Unai Iturbe Mayoral") */
	if (at + 3 == c->ms && s[at] == 'D' && s[at + 1] == '.' && n.nt >= 3)
		at = c->ms;
	/* a CSV's quoted cell "Surname, Given" under a name's column
	 * (27431,"Liu, Jian",709-...): the whole cell */
	if (at >= 1 && s[at - 1] == '"' && (at == 1 || rx_in(",;\t\n", s[at - 2])) && n.end + 2 < c->len &&
	    s[n.end] == ',' && s[n.end + 1] == ' ' && rx_cap_at(s, c->len, n.end + 2)) {
		size_t q = n.end + 2, lim = c->len - q < 64 ? c->len : q + 64;
		while (q < lim && s[q] != '"' && s[q] != '\n' && s[q] != ',')
			q++;
		if (q < lim && s[q] == '"' && (q + 1 == c->len || rx_in(",;\t\r\n", s[q + 1])) && pn_name_column(c, at))
			return (unsigned)rx_emit(c, at, q, REDACT_PERSON);
	}
	/* a courier's firm after the courier's name ("hier ist Henning von
	 * Hermes"): the name ends before the particle */
	pn_cut_carrier(s, &n);
	/* a possessive is no part of the name ("Pita's birthday") */
	if (n.end - n.ts[n.nt - 1] > 3 && s[n.end - 2] == '\'' && s[n.end - 1] == 's') {
		n.end -= 2;
		n.te[n.nt - 1] = n.end;
	}
	/* code ("OpenAI(", "Foo.bar", "Bar::baz"), a product or a document */
	if ((n.end < c->len && (s[n.end] == '(' || s[n.end] == '_' || s[n.end] == '[' ||
				(s[n.end] == ':' && n.end + 1 < c->len && s[n.end + 1] == ':') ||
				(s[n.end] == '.' && n.end + 1 < c->len &&
				 rx_is_alpha((unsigned char)s[n.end + 1])))) ||
	    pn_thing_number_after(s, c->len, at, &n))
		return 0;
	/* a word in camel case is no name word: it ends the name ("Bernd
	 * Müller GmbH") or, first, leaves none ("WebInspector") */
	for (size_t k = 0; k < n.nt; k++)
		if (pn_camel_word(s, n.ts[k], n.te[k])) {
			if (k == 0)
				return 0;
			n.nt = k;
			n.end = n.te[k - 1];
		}
	/* where a context may come from; a single capitalised word without
	 * any is no name (the common case: a sentence start, a place) */
	int speaker = n.end + 1 < c->len && s[n.end] == ':' && s[n.end + 1] == ' ';
	/* (a chat's contact saved with a note: "Keeley (Mum Alfie): Hi all!") */
	size_t se = speaker ? n.end : pn_noted_speaker_end(s, c->len, n.end);
	if (maybe < 0)
		maybe = pn_maybe_context(c, at);
	if (n.nt == 1 && !maybe && !line_start && !cell && !speaker && listed < 0 && !born &&
	    pn_list_sep(s, at) != RX_NONE)
		listed = pn_listed_after_label(c, at) || pn_inline_signoff(c, s, c->len, at, n.end);
	/* "Gustavo e Beatriz Bezerra", "Lucrezia and Gian Marco Rossi": a
	 * given name before "and" and a name whose given name is known */
	int and_after = n.nt == 1 && pn_before_and(c, &n) && (pn_tok(c, &n, 0, T_GIVEN) & T_GIVEN) &&
			!pn_stop_token(c, &n, 0);
	/* (one word and a patronymic: "Tiurma br. Sinaga", "Thilagavathy a/p
	 * Velayutham"; Malaysia's and India's "a/l", "a/p", "s/o", "d/o" make
	 * a name alone, and a phone after the whole is the person's) */
	size_t pe = n.nt == 1 ? pn_patronymic_after(s, c->len, n.end) : n.end;
	int patro = pe != n.end;
	int phone = pn_before_phone(s, c->len, at, n.end) || pn_adif_name(s, at) ||
		    (patro && pn_before_phone(s, c->len, at, pe)) ||
		    (n.nt <= 2 && !n.caps && (pn_tok(c, &n, 0, T_GIVEN) & T_GIVEN) && !pn_stop_token(c, &n, 0) &&
		     pn_phone_around(s, c->len, at, n.end));
	int slashed = patro && s[n.end + 2] == '/';
	/* a given name the gazetteer knows, possessive ("Tariq's homework";
	 * not a saint's, "St Mary's tower", nor a firm's, "Ben & Jerry's") */
	int poss = n.nt == 1 && pn_possessive_name(c, at, n.end) &&
		   ((pn_tok(c, &n, 0, T_GIVEN) & T_GIVEN) || pn_birthday_after(s, c->len, n.end)) &&
		   !pn_stop_token(c, &n, 0);
	/* a given name the gazetteer knows, spoken to ("Renée, are you
	 * there?") or named after a chat agent's role ("Atendente (Larissa):") */
	int addressed = n.nt == 1 && !n.caps && (pn_vocative_shape(s, c->len, at, n.end) ||
						 pn_role_paren_speaker(s, c->len, at, n.end) ||
						 pn_thanks_vocative(s, c->len, at, n.end)) &&
			(pn_tok(c, &n, 0, T_GIVEN) & T_GIVEN) && !pn_stop_token(c, &n, 0);
	/* a given name the gazetteer knows in CJK text, with an honorific or
	 * between CJK letters ("フロントのAndrei様", "前台的Begoña告诉"), or
	 * before a child's age ("Garrett is turning 10") */
	int in_cjk = n.nt == 1 && !pn_stop_token(c, &n, 0) &&
		     (((pn_latin_in_cjk(s, c->len, at, n.end) || pn_turning_after(s, c->len, n.end) ||
			pn_titled_for(s, c->len, at, n.end) || pn_chat_first_word(s, c->len, at, n.end)) &&
		       (pn_tok(c, &n, 0, T_GIVEN) & T_GIVEN)) ||
		      (pn_kin_single(s, c->len, at, n.end) && (pn_tok(c, &n, 0, T_GIVEN | T_SUR) & (T_GIVEN | T_SUR))));
	/* a volunteers' rota's name after a shift's times ("Setup 08:00–10:00:
	 * Wendell Q.") */
	int sig;
	/* a staff member's name before their practice's ("Thanks, Godfrey at
	 * Wagtail Veterinary Surgery"; the practice is no inverted name's
	 * given names; stop 64) */
	int firm = n.nt <= 2 && !n.caps && pn_firm_signer(c, at, n.end) && !pn_stop_token(c, &n, 0);
	int shift = pn_shift_name(s, at) || pn_doorbell_second(s, c->len, at) ||
		    (n.nt == 1 && !n.caps && pn_speaker_elsewhere(s, c->len, at, n.end)) ||
		    (n.nt == 1 && !n.caps && pn_staff_by(s, c->len, at, n.end) && !pn_stop_token(c, &n, 0)) ||
		    firm ||
		    /* (and the speaker's given name with a surname, "Done. Perpetua
		     * Spraggett, Wagtail Veterinary Surgery"; not inside a name
		     * that starts before it; stop 63) */
		    (n.nt == 2 && !n.caps && !cap_word_before(s, c->len, at) &&
		     pn_speaker_elsewhere(s, c->len, at, n.te[0])) ||
		    pn_manuscript_name(s, c->len, at, n.end) ||
		    (n.nt >= 2 && n.nt <= 3 && !n.caps && (sig = pn_signature_block(s, c->len, at, n.end)) != 0 &&
		     (sig == 1 || pn_any_known(c, &n))) ||
		    pn_party_marked(c, &n, &at, caps_first);
	if (n.nt == 1 && !maybe && !line_start && !cell && !speaker && se == n.end && listed != 1 && !born &&
	    !and_after && !phone && !patro && !poss && !addressed && !in_cjk && !shift && capsn == RX_NONE &&
	    !(at > 0 && (s[at - 1] == '>' || s[at - 1] == '"') && pn_xml_person(c, at, n.end)) &&
	    !(n.caps && pn_licence_field(s, at)))
		return 0;
	/* a title word starts no name: "Mr Johnson" is found at "Johnson" */
	size_t l0 = n.te[0] - n.ts[0], t0 = rx_tok_at(c, n.ts[0]);
	if (l0 + 1 < 16 && t0 != RX_NONE) {
		uint32_t h0 = c->tk[t0].h;
		if (rx_kw_is(&pn_title_kws, h0, s + n.ts[0], l0))
			return 0;
		if (n.te[0] < c->len && s[n.te[0]] == '.' &&
		    rx_kw_is(&pn_title_kws, h0, s + n.ts[0], l0 + 1))
			return 0;
	}
	/* a street named after a person ("Jan van Galenstraat 35B"), or a
	 * Turkish one by its abbreviation (person_noname.c) */
	if (pn_street_word(s, n.ts[n.nt - 1], n.te[n.nt - 1]) || pn_turkish_street(s, c->len, &n))
		return 0;
	/* (a ship's or a Vietnamese street's name, none of its words a name
	 * alone; the street's town and province after it on its line too:
	 * "25 Trần Hưng Đạo, Hội An, Quảng Nam") */
	if (pn_ship_before(s, at) || pn_vn_street(s, c->len, &n, at)) {
		size_t le = rx_line_end(s, c->len, n.end), q = n.end;
		while (q < le && !rx_is_digit((unsigned char)s[q]) && !rx_in(":@|(", s[q]) && (unsigned char)s[q] != 0xC2)
			q++;
		c->place_end = pn_ship_before(s, at) ? n.end : q;
		return 0;
	}
	/* drop trailing ordinary words ("Anna Team"); a word that is no given
	 * name before "team" names a team ("Talent Team <...>", "Hi Payroll team") */
	if (n.nt == 1 && pn_team_after(c, &n, n.end))
		return 0;
	while (n.nt > 1 && pn_stop_token(c, &n, n.nt - 1) && !pn_namelike_stop(c, &n, n.nt - 1) &&
	       !pn_cap_particle(s, n.ts[n.nt - 2], n.te[n.nt - 2])) {
		n.nt--;
		n.end = n.te[n.nt - 1];
		if (n.nt == 1 && pn_team_after(c, &n, n.end))
			return 0;
	}
	if (pn_stop_token(c, &n, 0) && !pn_namelike_stop(c, &n, 0))
		return 0;
	/* (Spanish "D.ª" and "Dª", doña: the ordinal sign is no letter) */
	int before = (maybe && (pn_before_context(c, at) == C_STRONG || pn_citation_author(s, at))) ||
		     (at >= 5 && !memcmp(s + at - 5, "D.\xc2\xaa ", 5)) || (at >= 4 && !memcmp(s + at - 4, "D\xc2\xaa ", 4));
	/* a name/value pair (HAR headers and cookies: {"name": "If-None-Match",
	 * "value": ...}) names a field, not a person */
	if (before && n.end + 10 < c->len && s[n.end] == '"' && memcmp(s + n.end, "\", \"value\"", 10) == 0)
		return 0;
	if (!before && listed < 0 && pn_list_sep(s, at) != RX_NONE)
		listed = pn_listed_after_label(c, at) || pn_inline_signoff(c, s, c->len, at, n.end);
	/* a list item is a name when the gazetteer knows one of its words
	 * ("Attendees: Anna Weber, Billing" finds Anna Weber only) */
	if (!before && listed == 1) {
		/* ... or two words or more with a role in parentheses after
		 * them ("Present: ..., Jolyon Dimmock (Treasurer), ...") */
		if (!pn_any_known(c, &n) &&
		    !(n.nt >= 2 && !n.caps && n.end + 4 < c->len && s[n.end] == ' ' && s[n.end + 1] == '(' &&
		      rx_is_upper((unsigned char)s[n.end + 2])) &&
		    !((n.nt >= 2 || caps_first) && pn_party_mark_after(s, c->len, n.end)))
			return 0;
		before = 1;
	}
	size_t caps_cell = RX_NONE, cc; /* a cell's given name after the caps, when it counts */
	int chat = speaker ? pn_chat_speaker(s, c->len, at, n.end)
			   : se != n.end ? pn_chat_speaker(s, c->len, at, se) == 1 : 0;
	/* a comment under "Comments (2)": "Mairead Matheson: Made these...";
	 * one word only when the gazetteer knows it ("Tormod: ...", not
	 * "Status: open" under "Comments:") */
	if (!chat && speaker && line_start && pn_comment_speaker(s, at))
		chat = n.nt >= 2 || ((pn_tok(c, &n, 0, T_GIVEN | T_SUR) & (T_GIVEN | T_SUR)) && !pn_stop_token(c, &n, 0));
	/* "06:41\tLai Po-han\t..."; a name alone after a date and time line,
	 * when the gazetteer knows it */
	if (!chat && cell)
		chat = pn_tab_speaker(s, c->len, at, n.end);
	/* a note about someone: a given name the gazetteer knows */
	if (!chat && speaker && n.nt == 1 && !n.caps && pn_note_about(s, c->len, at, n.end))
		chat = (pn_tok(c, &n, 0, T_GIVEN | T_STOP) & (T_GIVEN | T_STOP)) == T_GIVEN;
	if (!chat && line_start && pn_after_timestamp(s, c->len, at, n.end))
		chat = (pn_tok(c, &n, 0, T_GIVEN | T_SUR) & (T_GIVEN | T_SUR)) && !pn_stop_token(c, &n, 0);
	/* a speaker after a time alone: a name the gazetteer knows */
	if (chat == 2)
		chat = !pn_stop_token(c, &n, 0) && ((pn_tok(c, &n, 0, T_GIVEN | T_SUR) & (T_GIVEN | T_SUR)) ||
						    (!n.caps && pn_clocked_chat(s, c->len, at)));
	chat = chat || pn_turn_speaker(c, &n, at) || pn_called(c, &n, at) || addressed || /* turns; "se llama" */
	       pn_rsvp_item(s, c->len, at, n.end); /* ("- Thaddeus Ambrose: yes") */
	int strong = before || chat || and_after || phone || poss || in_cjk || slashed || capsn != RX_NONE ||
		     pn_blame_author(s, at) ||
		     (n.nt >= 2 && !n.caps && (pn_titled_for(s, c->len, at, n.end) || pn_kin_paren_after(s, c->len, n.end))) ||
		     pn_party_after(c, &n) || shift ||
		     pn_xml_person(c, at, n.end) || (line_start && pn_swift_party(s, at)) ||
		     pn_passwd_gecos(s, at) || (cell && pn_shortlog(s, c->len, at, n.end)) ||
		     (n.nt >= 2 && !n.caps && pn_before_email(s, c->len, n.end)) ||
		     (n.nt >= 2 && !n.caps && (n.nt == 2 || (pn_tok(c, &n, 0, T_GIVEN) & T_GIVEN)) &&
		      !pn_stop_token(c, &n, 0) && pn_before_iban(s, c->len, n.end)) ||
		     ((line_start || (at >= 2 && s[at - 1] == ' ' && s[at - 2] == '>')) &&
		      pn_after_signoff(c, s, c->len, at, n.end)) ||
		     ((line_start || pn_list_item_at(s, at) ||
		       (at >= 4 && (!memcmp(s + at - 4, " OR ", 4) || !memcmp(s + at - 3, " & ", 3) ||
				    (at >= 5 && !memcmp(s + at - 5, " AND ", 5))))) &&
		      pn_before_address(s, c->len, at, n.end)) ||
		     ((line_start || cell || quoted) &&
		      (pn_md_cell_whole(c, &n, s, at, pn_given_after_caps(c, &n, pn_inverted_end(c, &n, s, n.end))) ||
		       (n.nt == 1 && pn_md_cell_whole(c, &n, s, at, pn_initial_after(s, c->len, n.end)))) &&
		      pn_name_column(c, at)) ||
		     (cell && (cc = pn_caps_given_cell(s, c->len, &n)) != n.end && pn_name_column(c, at) &&
		      (caps_cell = cc) != RX_NONE) ||
		     (caps_first && pn_md_cell_whole(c, &n, s, at, n.end) && pn_name_column(c, at)) ||
		     (line_start && (pn_label_above(c, s, at, n.end) || pn_caps_header(c, &n, at) ||
				     pn_post_below(c, &n, at) || pn_party_below(c, &n) ||
				     pn_speaker_time(s, c->len, n.end))) ||
		     ((n.nt >= 2 || patro) && pn_roster_line(s, c->len, at, n.end, pn_any_known(c, &n))) ||
		     (at >= 2 && s[at - 1] == ' ' && s[at - 2] == ' ' &&
		      pn_directory_line(s, c->len, at, n.end) + pn_any_known(c, &n) >= 2) ||
		     (at >= 3 && s[at - 1] == ' ' && (!n.caps || pn_any_known(c, &n)) && pn_aligned_column(c, at)) ||
		     (n.nt >= 2 && !n.caps && at >= 2 && s[at - 1] == ' ' && pn_list_of_names(c, at, n.end)) ||
		     pn_layout_name(c, &n, at);
	/* (a name of two words before its firm's is no shop's heading:
	 * "Lambertus Lieftinck, Loodsboot Relocation B.V."; stop 65) */
	if ((pn_no_name(c, &n) && !(firm && n.nt >= 2)) || pn_masked_or_degree(s, c->len, &n, at) ||
	    (n.nt == 1 && pn_turkish_ben(s, c->len, at, n.end)))
		return 0;
	/* a firm's sender: its role's mailbox after the name ("From: Northpay
	 * <service@northpay.com>"; a one-word firm's after a comma, "Vendor:
	 * Keelguard, security@keelguard.io"), or a business's chat ("Mavi Tur
	 * (WhatsApp Business)") */
	if (n.end + 3 < c->len && (s[n.end] == ' ' || (s[n.end] == ',' && n.nt == 1)) &&
	    ((s[n.end + 1] == '<' && pn_role_mailbox(s, c->len, n.end + 2)) ||
	     (s[n.end] == ',' && s[n.end + 1] == ' ' && pn_desk_mailbox(s, c->len, n.end + 2)) ||
	     (n.end + 20 <= c->len && !memcmp(s + n.end, " (WhatsApp Business)", 20))))
		return 0;
	/* "Fecha:" is a label, not a name ("Estimado Sr. Muñoz:" is) */
	if (n.end < c->len && (s[n.end] == ':' || s[n.end] == '=') && !before && !chat && !pn_titled_for(s, c->len, at, n.end))
		return 0;
	/* "Hi Will," is a name, "User: Can you" is not: an ordinary word alone
	 * must not go on into a lower-case sentence */
	if (strong && n.nt == 1 && pn_namelike_stop(c, &n, 0) && n.end + 1 < c->len &&
	    s[n.end] == ' ' && rx_is_lower((unsigned char)s[n.end + 1]))
		return 0;
	/* "- Marisa, nata il 25.04.1945", "Anna Weber (born 1980)": a birth
	 * word right after the name */
	size_t ie = strong ? n.end : pn_inverted_end(c, &n, s, n.end);
	if (!strong && (pn_born_after_name(c, s, n.end) || (ie != n.end && pn_born_after_name(c, s, ie)))) {
		/* every word a name word ("ich überweise Ihnen Frau Gisela
		 * Schneider, geb. ..." is found at Gisela, after the title) */
		strong = 1;
		for (size_t k = 0; k < n.nt && strong; k++)
			strong = !pn_stop_token(c, &n, k) && !pn_kw_word(c, &pn_title_kws, n.ts[k], n.te[k]);
	}
	/* "Popescu, Cătălin" filling a cell, or a line when the surname is
	 * known too ("Signed, Alistair ..." is no name): an inverted name
	 * whose given name the gazetteer knows */
	if (!strong && ie != n.end &&
	    (cell || (line_start && (pn_tok(c, &n, n.nt - 1, T_SUR) & T_SUR))) &&
	    pn_inverted_known(c, &n, s, n.end))
		strong = 1;
	/* a brand, a work or a place named after someone ("Hugo Boss") */
	if (pn_eponym(c, c->ms, strong) || pn_institution_in(c, &n)) {
		c->place_end = n.end;
		return 0;
	}
	/* a monarch, an SMS's sender id, a form's sample, a device's name
	 * (person_fiction.c) */
	if (pn_no_private_name(c, &n, at))
		return 0;
	/* a manuscript's shelf mark ("MS. Add. b. 3660", "MS. Eng. d. 21"),
	 * no Ms (stop 61) */
	if (c->ms >= 4 && !memcmp(s + c->ms - 4, "MS. ", 4) && n.nt == 1 && n.end + 4 < c->len && s[n.end] == '.' &&
	    s[n.end + 1] == ' ' && rx_is_lower((unsigned char)s[n.end + 2]) && s[n.end + 3] == '.')
		return 0;
	/* a book of the Bible by its chapter and verse ("John 14:1-6",
	 * "Romans 8:38-39"; a clock's "Maria 10:30" stays a name: one digit
	 * of verse, or a range of verses without a second colon) */
	if (n.nt == 1 && n.end + 4 < c->len && s[n.end] == ' ' && rx_is_digit((unsigned char)s[n.end + 1])) {
		size_t q = n.end + 1, v;
		while (q < c->len && q - n.end < 4 && rx_is_digit((unsigned char)s[q]))
			q++;
		if (q + 1 < c->len && s[q] == ':' && rx_is_digit((unsigned char)s[q + 1])) {
			for (v = q + 1; v < c->len && rx_is_digit((unsigned char)s[v]);)
				v++;
			size_t w = v + 1;
			while (w < c->len && rx_is_digit((unsigned char)s[w]))
				w++;
			if (v - q == 2 ? v == c->len || !rx_is_alnum((unsigned char)s[v])
				       : v < c->len && s[v] == '-' && w > v + 1 && (w == c->len || s[w] != ':'))
				return 0;
		}
	}
	/* a quoted phrase ("name": "Create customer"; not a tribute's
	 * "\"Mavis and I met in 1975\"", stop 61) */
	if (c->ms > 0 && s[c->ms - 1] == '"' && n.nt == 1 && n.end + 1 < c->len && s[n.end] == ' ' &&
	    rx_is_lower((unsigned char)s[n.end + 1]) && !and_after)
		return 0;
	/* an acronym after a name is no part of it ("Helga Wiegand IBAN
	 * DE31..."), and one word before an acronym is a system ("Billing
	 * API"); a surname in capitals ("Marie ROY") stays */
	if (n.nt >= 2 && !n.caps && n.te[n.nt - 1] - n.ts[n.nt - 1] <= 4 && !pn_is_initial(s, &n, n.nt - 1)) {
		int acr = 1;
		for (size_t i = n.ts[n.nt - 1]; i < n.te[n.nt - 1] && acr; i++)
			acr = rx_is_upper((unsigned char)s[i]);
		if (acr && !(pn_tok(c, &n, n.nt - 1, T_SUR) & T_SUR)) {
			n.nt--;
			n.end = n.te[n.nt - 1];
			if (n.nt == 1 && !(pn_tok(c, &n, 0, T_GIVEN | T_SUR) & (T_GIVEN | T_SUR)))
				return 0;
		}
	}
	/* a place or a building named after someone, whatever the context
	 * ("land at Sir Seretse Khama International", "the Lakshmi Narayan
	 * Mandir") */
	if (n.nt >= 2 && (pn_kw_word(c, &pn_building_kws, n.ts[n.nt - 1], n.te[n.nt - 1]) ||
			  pn_kw_word(c, &pn_building_kws, n.ts[0], n.te[0]) || /* ("Arena Hall B") */
			  pn_place_word_after(c, n.end) ||
			  (pn_kw_word(c, &pn_place_after_kws, n.ts[n.nt - 1], n.te[n.nt - 1]) &&
			   !(pn_tok(c, &n, n.nt - 1, T_SUR) & T_SUR))))
		return 0;
	if (strong) {
		pn_remember_name(c, &n);
		size_t end = firm ? n.end : pn_given_after_caps(c, &n, pn_inverted_end(c, &n, s, n.end));
		if (end == n.end && caps_cell != RX_NONE)
			end = caps_cell;
		if (end == n.end)
			end = pn_initial_after(s, c->len, end);
		end = pn_patronymic_after(s, c->len, end);
		unsigned k = (unsigned)rx_emit(c, at, end, REDACT_PERSON);
		return k + (k ? pn_and_next(c, end) : 0);
	}
	/* no context: a given name and the initial of a surname ("Engineer:
	 * Feargal L.", "| Ylva Å. | 9-17 |", "Мастер: Алексей Н."), as staff
	 * rotas, job sheets and reviews shorten a name */
	if (n.nt == 1 && !n.caps && !pn_stop_token(c, &n, 0) && !pn_namelike_stop(c, &n, 0) &&
	    (pn_tok(c, &n, 0, T_GIVEN) & T_GIVEN)) {
		size_t ie2 = pn_initial_after(s, c->len, n.end);
		if (ie2 > n.end) {
			pn_remember_name(c, &n);
			return (unsigned)rx_emit(c, at, ie2, REDACT_PERSON);
		}
	}
	/* no context: two words or more, known to the gazetteer */
	if (n.nt < 2 || n.caps)
		return 0;
	if (place_name(c, &n))
		return 0;
	for (size_t k = 1; k < n.nt; k++)
		if (!pn_is_initial(s, &n, k) && pn_stop_token(c, &n, k) && !pn_namelike_stop(c, &n, k))
			return 0;
	int first_given = (pn_tok(c, &n, 0, T_GIVEN) & T_GIVEN) != 0;
	int last_known = (pn_tok(c, &n, n.nt - 1, T_SUR) & T_SUR) != 0;
	if (pn_namelike_stop(c, &n, 0) && !last_known)
		return 0;
	/* "Ffion Q. Patel": a middle initial between two name words makes a
	 * known surname enough, but not after a sentence's first word ("Book
	 * F. Vieira") */
	size_t w0 = n.ts[0];
	int sentence_start = w0 == 0 || s[w0 - 1] == '\n' || (w0 >= 2 && s[w0 - 2] == '.');
	int middle = n.nt == 3 && pn_is_initial(s, &n, 1) && !pn_stop_token(c, &n, 0) &&
		     !pn_stop_token(c, &n, 2) && last_known && !sentence_start;
	/* a family name first and given names after it, as Vietnamese,
	 * Chinese, Korean and Hungarian names are written ("Trịnh Ngọc
	 * Hằng"); three words at least ("Casas Bahia" is a shop) */
	int sur_first = n.nt >= 3 && !first_given && !middle && !last_known &&
			(pn_tok(c, &n, 0, T_SUR) & T_SUR);
	for (size_t k = 1; k < n.nt && sur_first; k++)
		sur_first = (pn_tok(c, &n, k, T_GIVEN) & T_GIVEN) != 0;
	/* a family name before the given name, as Russian papers write them
	 * ("Щербаков Юрий"): in Cyrillic, a surname the gazetteer knows only
	 * as one, then a given name it knows (in Latin letters two such words
	 * are too often a shop's or a law's: "Casas Bahia", "Loi Évin") */
	int sur_given = n.nt == 2 && !first_given && (unsigned char)s[n.ts[0]] >= 0xD0 &&
			(unsigned char)s[n.ts[0]] <= 0xD3 &&
			(pn_tok(c, &n, 0, T_SUR | T_GIVEN) & (T_SUR | T_GIVEN)) == T_SUR &&
			(pn_tok(c, &n, 1, T_GIVEN) & T_GIVEN);
	/* a given name the gazetteer lacks before two surnames it knows, as
	 * Spanish and Portuguese names run ("Ueslei Sampaio Guimarães";
	 * stop 55): the two alone are a name anyway, the word before them is
	 * its first (not a word before a given name and a surname: "Bei Roland
	 * Berger", "Sentito Tommaso Mancini") */
	int two_sur = n.nt == 3 && !first_given && last_known && !pn_stop_token(c, &n, 0) &&
		      n.te[0] - n.ts[0] >= 3 && !pn_is_initial(s, &n, 1) &&
		      (pn_tok(c, &n, 1, T_SUR | T_GIVEN) & (T_SUR | T_GIVEN)) == T_SUR && !pn_stop_token(c, &n, 1) &&
		      !memchr(s + n.ts[0], '\'', n.te[0] - n.ts[0]);
	if (!first_given && !middle && !sur_first && !sur_given && !two_sur &&
	    !(last_known && (pn_tok(c, &n, 0, T_SUR) & T_SUR)))
		return 0;
	pn_remember_name(c, &n);
	unsigned k = (unsigned)rx_emit(c, at, n.end, REDACT_PERSON);
	return k + (k ? pn_and_next(c, n.end) : 0);
}

static unsigned detect_person(struct rx_ctx *c)
{
	unsigned p = pn_airline_name(c);
	if (p)
		return p;
	unsigned k = c->nknown ? pn_known_name(c) : 0;
	return k + detect_person_ctx(c);
}

const struct rx_trigger rx_person_triggers[] = {
	{F_PERSON, RX_ON_UPPER, 0, NULL, NULL, detect_person, "person"},
	{F_PERSON, RX_ON_DIGIT, RXF_DIG7, NULL, NULL, rx_gdt_person, "gdt_name"},
	{F_PERSON, RX_ON_WORD, 0, NULL, &pn_vcard_kws, pn_detect_vcard, "vcard_n"},
	{F_PERSON, RX_ON_WORD, 0, NULL, &pn_gedcom_kws, pn_detect_gedcom, "gedcom_name"},
	{F_PERSON, RX_ON_WORD, 0, NULL, &pn_hl7_kws, pn_detect_hl7, "hl7_name"},
	{F_PERSON, RX_ON_WORD, 0, NULL, &pn_dicom_kws, pn_detect_dicom, "dicom_name"},
	{F_PERSON, RX_ON_WORD, 0, NULL, &pn_fhir_kws, pn_detect_fhir, "fhir_name"},
	{F_PERSON, RX_ON_WORD, 0, NULL, &pn_particle_kws, pn_detect_particle_name, "person_particle"},
	{F_PERSON, RX_ON_CHAR, 0, ":\t\xef\xe3|", NULL, pn_detect_cjk_name, "person_cjk"},
	{F_PERSON, RX_ON_DIGIT, 0, NULL, NULL, pn_detect_wechat_speaker, "wechat_speaker"},
	{F_PERSON, RX_ON_UPPER, 0, NULL, NULL, pn_detect_initials, "cyrillic_initials"},
	{F_PERSON, RX_ON_CHAR, 0, "|\t,;<\xc2", NULL, pn_detect_script_cell, "person_script_cell"},
	{F_PERSON, RX_ON_CHAR, 0, ":|", NULL, pn_detect_script_label, "person_script_label"},
	{F_PERSON, RX_ON_CHAR, 0, ":", NULL, pn_detect_clock_speaker, "person_clock_speaker"},
	{F_PERSON, RX_ON_CHAR, 0, "\xe2", NULL, pn_detect_script_roster, "person_script_roster"},
	{F_PERSON, RX_ON_CHAR, 0, "]", NULL, pn_detect_bracket_turn, "person_bracket_turn"},
	{F_PERSON, RX_ON_CHAR, 0, "\xc2", NULL, pn_detect_dot_turn, "person_dot_turn"},
	{F_PERSON, RX_ON_CHAR, 0, "\n", NULL, pn_detect_salutation, "person_salutation"},
	{F_PERSON, RX_ON_CHAR, 0, "\n", NULL, pn_detect_uncased_signoff, "person_uncased_signoff"},
	{F_PERSON, RX_ON_CHAR, 0, "(", NULL, pn_detect_couple_surname, "person_couple_surname"},
	{F_PERSON, RX_ON_CHAR, 0, "@/", NULL, pn_detect_handle, "person_handle"},
	{F_PERSON, RX_ON_CHAR, 0, ":", NULL, pn_detect_username, "person_username"},
	{F_PERSON, RX_ON_CHAR, 0, "|", NULL, pn_detect_rota_row, "person_rota_row"},
	{F_PERSON, RX_ON_CHAR, 0, ":", NULL, pn_detect_booking_line, "person_booking_line"},
	{F_PERSON, RX_ON_CHAR, 0, "\n", NULL, pn_detect_cjk_header, "person_cjk_header"},
	{F_PERSON, RX_ON_WORD, 0, NULL, &pn_script_intro_kws, pn_detect_script_intro, "person_script_intro"},
	{F_PERSON, RX_ON_CHAR, 0, ":", NULL, pn_detect_json_script_name, "person_json_script_name"},
	{F_PERSON, RX_ON_WORD, 0, NULL, &pn_met_kws, pn_detect_cjk_met, "person_cjk_met"},
	{F_PERSON, RX_ON_WORD, 0, NULL, &pn_bank_name_kws, pn_detect_mt940_name, "mt940_name"},
	{F_PERSON, RX_ON_DIGIT, 0, NULL, NULL, pn_detect_nacha_name, "nacha_name"},
	{F_PERSON, RX_ON_WORD, 0, NULL, &rx_travel_doc_kws, pn_detect_travel_doc, "travel_doc_name"},
	{F_PERSON, RX_ON_UPPER, 0, NULL, NULL, pn_detect_qif_payee, "qif_payee"},
	{F_PERSON, RX_ON_CHAR, 0, "=", NULL, pn_detect_kv_person, "person_kv"},
	{F_PERSON, RX_ON_CHAR, 0, ":", NULL, pn_detect_team_list, "person_team_list"},
	{F_PERSON, RX_ON_CHAR, 0, "(", NULL, pn_detect_handle_owner, "person_handle_owner"},
	{F_PERSON, RX_ON_WIDE, 0, NULL, NULL, pn_detect_hangul_name, "person_hangul_name"},
	{F_PERSON, RX_ON_WORD, 0, NULL, &pn_by_kws, pn_detect_by_uncased, "person_by_uncased"},
	{F_PERSON, RX_ON_CHAR, 0, ":", NULL, pn_detect_label_uncased, "person_label_uncased"},
	{F_PERSON, RX_ON_CHAR, 0, "|", NULL, pn_detect_record_row, "person_record_row"},
	{F_PERSON, RX_ON_CHAR, 0, "=", NULL, pn_detect_env_person, "person_env"},
	{F_PERSON, RX_ON_CHAR, 0, ":", NULL, pn_detect_bubble_speaker, "person_bubble_speaker"},
	{F_PERSON, RX_ON_WORD, 0, NULL, &pn_call_kws, pn_detect_called, "person_called_number"},
	{F_PERSON, RX_ON_WORD, 0, NULL, &pn_home_kws, pn_detect_home_comment, "person_home_comment"},
	{F_PERSON, RX_ON_CHAR, 0, "|\t,;", NULL, pn_detect_unknown_cell, "person_unknown_cell"},
	{F_PERSON, RX_ON_CHAR, 0, ":", NULL, pn_detect_comment_writer, "person_comment_writer"},
	{F_PERSON, RX_ON_CHAR, 0, "\n", NULL, pn_detect_item_before_birth, "person_item_before_birth"},
	{F_PERSON, RX_ON_CHAR, 0, "(<", NULL, pn_detect_uncased_signature, "person_uncased_signature"},
	{F_PERSON, RX_ON_CHAR, 0, "(:", NULL, pn_detect_note_person, "person_note"},
	{F_PERSON, RX_ON_WORD, 0, NULL, &pn_late_kws, pn_detect_late, "person_late"},
	{F_PERSON, RX_ON_CHAR, 0, "\xe2", NULL, pn_detect_dash_signer, "person_dash_signer"},
	{F_PERSON, RX_ON_CHAR, 0, "\xef", NULL, pn_detect_born_paren, "person_born_paren"},
	{F_PERSON, RX_ON_CHAR, 0, ",(-\xe2", NULL, pn_detect_uncased_firm, "person_uncased_firm"},
	{F_PERSON, RX_ON_WIDE, 0, NULL, NULL, pn_detect_cjk_titled, "person_cjk_titled"},
	{F_PERSON, RX_ON_CHAR, 0, "(", NULL, pn_detect_paren_clock_speaker, "person_paren_clock"},
	{F_PERSON, RX_ON_CHAR, 0, "\n", NULL, pn_detect_item_detail, "person_item_detail"},
	{F_PERSON, RX_ON_CHAR, 0, ":", NULL, pn_detect_doc_holder, "person_doc_holder"},
	{F_PERSON, RX_ON_CHAR, 0, "/", NULL, pn_detect_card_holder, "person_card_holder"},
	{F_PERSON, RX_ON_CHAR, 0, ":", NULL, pn_detect_chat_birth, "person_chat_birth"},
	{F_PERSON, RX_ON_CHAR, 0, ":", NULL, pn_detect_transcript, "person_transcript"},
};
const size_t rx_person_ntriggers = sizeof rx_person_triggers / sizeof rx_person_triggers[0];
