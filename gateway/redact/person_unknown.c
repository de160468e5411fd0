/* person_unknown.c: a name in Latin letters that the gazetteer may not
 * know ("Araminta Braithwaite", "Ermengarde Lhermitte"), read only where
 * its context says "a person" already: its own mailbox or phone right
 * after it, "by ... on <date>" (person_lists.c asks). New in stop 56.
 * Also pn_namelike_stop, which decides whether an ordinary word inside a
 * name is one of its words (moved here from person.c in stop 62). */
#include <string.h>

#include "person_int.h"

/* Words that make a run of capitalised words a firm's, a desk's or a
 * place's name ("Northwind Traders", "Marigold Apothecary", "Support
 * Team"), folded. */
static const char *const org_words[] = {
	"pharmacy", "apothecary", "trust", "network", "scheme", "church", "parish", "fund", "foundation",
	"charity", "clinic", "centre", "center", "group", "team", "services", "service", "support",
	"desk", "office", "bank", "limited", "company", "partners", "associates", "traders", "solutions",
	"systems", "labs", "studio", "store", "shop", "mobile", "fibre", "fiber", "telecom", "broadband",
	"direct", "field", "house", "hall", "mission", "society", "association", "council", "ministry",
	"department", "agency", "institute", "school", "college", "university", "hospital", "surgery",
	"practice", "care", "helpdesk", "billing", "operations", "admin", "noc", "dispatch", "logistics",
	"volunteers", "pantry", "welcome", "hub", "advice",
	/* the same in the languages of Europe's firms ("Cabinet Rivoire
	 * Gestion") */
	"cabinet", "gestion", "immobilier", "immobilière", "agence", "société", "groupe", "bureau",
	"entreprise", "kanzlei", "praxis", "firma", "verwaltung", "hausverwaltung", "gabinete", "despacho",
	"empresa", "servicios", "asesoría", "inmobiliaria", "gestoría", "studio", "servizi", "agenzia",
	"imobiliária", "serviços", "diensten", "beheer", "makelaardij",
	/* a department signing a note ("— Abteilung Tischtennis", "— Ufficio
	 * Rivalse"; stop 61) */
	"abteilung", "ufficio", "département", "departamento", "dipartimento", "afdeling", "dział",
	"servizio", "referat", NULL,
};
static struct rx_kwset org_kws = RX_KWSET(org_words);

/* Parts of firms' words in any language ("Tierarztpraxis",
 * "Eläinklinikka", "Immobiliare", "Nieruchomości"), folded. */
static const char *const org_parts[] = {
	"praxis", "klinik", "clinic", "clínic", "veterin", "weteryn", "immobil", "makelaar", "nieruchom",
	"biuro", "gabinet", "kancelari", "apothek", "farmac", "pharma", "apteka", "eczane", "hotel",
	"restaur", "salon", "atelier", "werkstatt", "garage", "autohaus", "zentrum", "verein", "stiftung",
	"gemeinde", "kirche", "parroqui", "paroisse", "parrocchi", "schule", "escuela", "scuola", "szkoł",
	"universit", "hospital", "krankenhaus", "ospedal", "szpital", "vets", NULL,
};

/* Two to four capitalised words at v (particles between them: "de",
 * "van", "da"), each with small letters after its capital: their end, or
 * v. Only their shape: pn_unknown_ok asks the lists. */
size_t pn_unknown_name(const struct rx_ctx *c, size_t v)
{
	const char *s = c->text;
	size_t len = c->len, e = v, words = 0, k, pe;
	for (;;) {
		if (words > 0 && pn_is_particle(s, len, e, &pe) && pe + 1 < len && s[pe] == ' ') {
			e = pe + 1;
			continue;
		}
		size_t ws = e;
		if (e >= len || !rx_cap_at(s, len, e))
			break;
		int small = 0;
		e += rx_letter_at(s, len, e);
		for (;;) {
			while (e < len && (k = rx_letter_at(s, len, e)) > 0) {
				small |= !rx_cap_at(s, len, e);
				e += k;
			}
			/* ("Smith-Jones", "O'Brien") */
			if (e + 1 < len && (s[e] == '-' || s[e] == '\'') && rx_letter_at(s, len, e + 1)) {
				e++;
				continue;
			}
			break;
		}
		if (!small || e - ws < 3 || e - ws > 31)
			return v;
		words++;
		if (words < 4 && e + 1 < len && s[e] == ' ') {
			/* (the next word a name's or a particle; else the name ends) */
			size_t n = e + 1;
			if (rx_cap_at(s, len, n) || (pn_is_particle(s, len, n, &pe) && pe + 1 < len && s[pe] == ' ' &&
						     rx_cap_at(s, len, pe + 1))) {
				e = n;
				continue;
			}
		}
		break;
	}
	/* (a trailing particle is none of it) */
	while (e > v && s[e - 1] == ' ')
		e--;
	return words >= 2 && words <= 4 ? e : v;
}

/* A name at v in any script: two to four capitalised words
 * (pn_unknown_name; the caller asks pn_unknown_ok, or emits with
 * pn_emit_name, which does), or one in a script without capitals, Han or
 * kana read up to lim (pn_uncased_name): its end, or v. */
size_t pn_any_name(const struct rx_ctx *c, size_t v, size_t lim)
{
	return rx_cap_at(c->text, lim, v) ? pn_unknown_name(c, v) : pn_uncased_name(c->text, lim, v);
}

/* Whether the capitalised words [v, e) pn_unknown_name read may be a
 * person's name: none an ordinary word, a word that is never a name, a
 * firm's word or a legal form. */
int pn_unknown_ok(const struct rx_ctx *c, size_t v, size_t e)
{
	const char *s = c->text;
	/* (a brand, a book, a car or a form's placeholder named after
	 * someone: eponym.c's lists) */
	if (pn_eponym(c, v, 1))
		return 0;
	for (size_t ws = v; ws < e;) {
		size_t we = ws, k;
		while (we < e && (k = rx_letter_at(s, e, we)) > 0)
			we += k;
		while (we < e && (s[we] == '-' || s[we] == '\'') && we + 1 < e && rx_letter_at(s, e, we + 1))
			for (we++; we < e && (k = rx_letter_at(s, e, we)) > 0;)
				we += k;
		if (we > ws && rx_cap_at(s, e, ws)) {
			unsigned cls = rx_name_class(s + ws, we - ws);
			char f[33];
			size_t fl = we - ws < 32 ? rx_fold(s + ws, we - ws, f, 32) : 0;
			if (((cls & RX_NAME_STOP) && !(cls & (RX_NAME_GIVEN | RX_NAME_SURNAME))) ||
			    pn_never_word(c, ws, we - ws) || rx_legal_form_word(s + ws, we - ws) ||
			    (fl && rx_kwset_has(&org_kws, f, fl)))
				return 0;
			if (fl) {
				f[fl < 32 ? fl : 32] = '\0';
				for (const char *const *q = org_parts; *q; q++)
					if (strstr(f, *q))
						return 0;
			}
		}
		ws = we;
		while (ws < e && !rx_letter_at(s, e, ws))
			ws++;
	}
	return 1;
}

/* After a name ending at e: its person's mailbox or phone on the line
 * (", " or " (" or " <" then an address that is no desk's, or a phone of
 * nine digits or more right there), or " / DOB". */
int pn_contact_after(const char *s, size_t len, size_t e)
{
	if (e + 3 >= len)
		return 0;
	size_t p;
	int mail_only = 0;
	if ((s[e] == ',' && s[e + 1] == ' ') || (s[e] == ' ' && (s[e + 1] == '(' || s[e + 1] == '<')))
		p = e + 2;
	else if (s[e] == ' ' && s[e + 1] == '/' && e + 6 < len && s[e + 2] == ' ')
		return rx_fold_eq(s + e + 3, "dob", 3);
	/* (or a dash between them, "Exams officer: Name — name@...", or
	 * only a space before the address, "Officer: Name s.saotome@..."; stop
	 * 58) */
	else if (s[e] == ' ' && e + 5 < len && (unsigned char)s[e + 1] == 0xE2 && (unsigned char)s[e + 2] == 0x80 &&
		 ((unsigned char)s[e + 3] == 0x94 || (unsigned char)s[e + 3] == 0x93) && s[e + 4] == ' ')
		p = e + 5;
	else if (s[e] == ' ' && rx_is_alnum((unsigned char)s[e + 1]))
		p = e + 1, mail_only = 1;
	else
		return 0;
	/* the address: its local part and domain, the first '@' on the line
	 * within 64 bytes */
	size_t le = rx_line_end(s, len, p), lim = p + 64 < le ? p + 64 : le;
	const char *at = memchr(s + p, '@', lim - p);
	if (at && (size_t)(at - s) > p) {
		size_t a = (size_t)(at - s), ls = a, de = a + 1;
		while (ls > p && (rx_is_alnum((unsigned char)s[ls - 1]) || rx_in("._+-", s[ls - 1])))
			ls--;
		while (de < le && (rx_is_alnum((unsigned char)s[de]) || rx_in(".-", s[de])))
			de++;
		/* (right after the name: no other words between) */
		if (ls == p && ls < a && de > a + 3 && !rx_email_nobody(s, ls, a, a + 1, de))
			return 1;
	}
	if (mail_only)
		return 0;
	/* (not a date, year first: "2026-05-26 17:10") */
	if (p + 8 < le && rx_is_digit((unsigned char)s[p]) && rx_is_digit((unsigned char)s[p + 3]) &&
	    rx_in("-./", s[p + 4]) && rx_is_digit((unsigned char)s[p + 6]) && rx_in("-./", s[p + 7]))
		return 0;
	size_t nd = 0, q = p + (s[p] == '+');
	while (q < le && (rx_is_digit((unsigned char)s[q]) || rx_in(" -()", s[q])))
		nd += rx_is_digit((unsigned char)s[q++]) != 0;
	return nd >= 9 && nd <= 15 && rx_is_digit((unsigned char)s[p + (s[p] == '+' || s[p] == '(')]);
}

/* Digits of a phone right at p ("0532 547 92 24", "(+90 552 ...)"):
 * nine to fifteen digits with single separators. */
static int phone_at(const char *s, size_t len, size_t p)
{
	if (p < len && (s[p] == '(' || s[p] == '+'))
		p++;
	if (p < len && s[p] == '+')
		p++;
	/* (not a firm's freephone: "0800 123 4567", "1800 ...") */
	if (p + 4 < len && (!memcmp(s + p, "0800", 4) || !memcmp(s + p, "1800", 4) || !memcmp(s + p, "0120", 4)))
		return 0;
	size_t nd = 0;
	while (p < len && (rx_is_digit((unsigned char)s[p]) ||
			   (rx_in(" -()", s[p]) && p + 1 < len && rx_is_digit((unsigned char)s[p + 1]))))
		nd += rx_is_digit((unsigned char)s[p++]) != 0;
	return nd >= 9 && nd <= 15;
}

/* Words of a call before or after a person's name ("Called keyholder
 * Şükran Kalkan on 0532 547 92 24", "Spouse Perpetua Cheesewright called
 * back from 07946 773008", "Customer Sung-min Kang called (+90 552 ...)"). */
static const char *const call_words[] = {"called", "rang", "phoned", "texted", NULL};
struct rx_kwset pn_call_kws = RX_KWSET(call_words);

/* At such a word: a name (pn_unknown_name, pn_unknown_ok) right before
 * it or after it (past one role's word in small letters), and the call's
 * number right after the name or the word ("on", "from", "at", "back
 * from", or in parentheses). New in stop 56. */
unsigned pn_detect_called(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, ms = c->ms, me = c->me;
	static const char *const tails[] = {" on ", " from ", " at ", " back from ", " back on ", " ", NULL};
	/* the name after the word: "Called keyholder Şükran Kalkan on ..." */
	if (me + 3 < len && s[me] == ' ') {
		size_t v = me + 1;
		if (rx_is_lower((unsigned char)s[v])) {
			size_t k = v;
			while (k < len && k - v < 16 && rx_is_lower((unsigned char)s[k]))
				k++;
			v = k < len && s[k] == ' ' ? k + 1 : v;
		}
		size_t e = v < len && rx_cap_at(s, len, v) ? pn_unknown_name(c, v) : v;
		if (e != v) {
			for (const char *const *t = tails; *t; t++) {
				size_t n = strlen(*t);
				if (n > 1 && n < 6 && e + n < len && !memcmp(s + e, *t, n) && phone_at(s, len, e + n) &&
				    pn_unknown_ok(c, v, e))
					return (unsigned)rx_emit(c, v, e, REDACT_PERSON);
			}
		}
	}
	/* the name before it: "Spouse Perpetua Cheesewright called back from ..." */
	if (ms < 6 || s[ms - 1] != ' ')
		return 0;
	int num = 0;
	for (const char *const *t = tails; *t && !num; t++) {
		size_t n = strlen(*t);
		num = me + n < len && !memcmp(s + me, *t, n) && phone_at(s, len, me + n);
	}
	if (!num)
		return 0;
	/* back over capitalised words to the name's start */
	size_t b = ms - 1, a = b, words = 0;
	while (words < 4) {
		size_t q = a, k;
		while (q > 0 && (k = rx_letter_before(s, q)) > 0)
			q -= k;
		while (q > 0 && (s[q - 1] == '-' || s[q - 1] == '\'') && q > 1 && rx_letter_before(s, q - 1))
			for (q--; q > 0 && (k = rx_letter_before(s, q)) > 0;)
				q -= k;
		if (q == a || !rx_cap_at(s, len, q))
			break;
		a = q;
		words++;
		if (a < 2 || s[a - 1] != ' ')
			break;
		a--;
	}
	while (a < b && s[a] == ' ')
		a++;
	if (words < 2)
		return 0;
	/* (the first word may be a role's: "Customer Sung-min Kang") */
	for (int k = 0; k < 2 && a < b; k++) {
		size_t e = pn_unknown_name(c, a);
		if (e == b && pn_unknown_ok(c, a, e))
			return (unsigned)rx_emit(c, a, e, REDACT_PERSON);
		while (a < b && s[a] != ' ')
			a++;
		a++;
	}
	return 0;
}

/* An ordinary word that is also a name (Iris, May, Will) counts as a name
 * only with context or before a surname; other ordinary words never do. */
int pn_namelike_stop(const struct rx_ctx *s, struct name *n, size_t k)
{
	unsigned c = pn_tok(s, n, k, T_STOP | T_NEVER);
	if (!(c & (T_STOP | T_NEVER)))
		return 0;
	/* (a Vietnamese name's syllable with its mark, "Trịnh Thị Cẩm Tú"
	 * whatever "tú" is in Spanish: another word of the name holds a
	 * letter only Vietnamese writes; stop 62) */
	if (n->te[k] - n->ts[k] >= 2 && (unsigned char)s->text[n->ts[k] + 1] >= 0x80)
		for (size_t j = 0; j < n->nt; j++)
			if (j != k && (memmem(s->text + n->ts[j], n->te[j] - n->ts[j], "\xe1\xba", 2) ||
				       memmem(s->text + n->ts[j], n->te[j] - n->ts[j], "\xe1\xbb", 2)))
				return 1;
	if ((c & T_NEVER) || !(c & T_STOP))
		return 0;
	return (pn_tok(s, n, k, T_GIVEN | T_SUR) & (T_GIVEN | T_SUR)) != 0;
}
