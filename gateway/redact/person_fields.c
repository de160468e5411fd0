/* person_fields.c: a form's fields that give a name without a colon: a
 * paper form's aligned label and value, a name's field label alone on the
 * line above (also in two languages apart by '/'; pn_label_above), a
 * chat export's sender before its message and a speaker's line with its
 * time (person_ctx.c and person.c ask here); a couple's shared surname
 * ("Hosts: Maud & Marieke (Bakker)", moved here from person_turns.c in
 * stop 47). */
#include <string.h>

#include "person_int.h"

/* Whether s[a, e) is one of the words of `list`, compared folded (or as
 * written, `exact`: a particle's capital counts). */
static int word_in(const char *s, size_t a, size_t e, const char *const *list, int exact)
{
	for (const char *const *q = list; *q; q++) {
		size_t n = strlen(*q);
		if (n == e - a && (exact ? !memcmp(s + a, *q, n) : rx_fold_eq(s + a, *q, n)))
			return 1;
	}
	return 0;
}

/* Whether a chat export's time and separator end right before `at`
 * ("06/06/2025, 22:58 - ", "[06.06.25, 22:58:10] ", "22:58 "). */
int pn_chat_sender_at(const char *s, size_t ls, size_t at)
{
	if (at < ls + 6)
		return 0;
	size_t k = at;
	if (s[k - 1] == ' ' && (s[k - 2] == '-' || s[k - 2] == ']'))
		k -= s[k - 2] == '-' ? 3 : 2;
	else if (s[k - 1] == ' ')
		k--;
	else
		return 0;
	/* hh:mm, maybe :ss, right before */
	size_t d = 0;
	while (k > ls && (rx_is_digit((unsigned char)s[k - 1]) || s[k - 1] == ':') && d < 8)
		k--, d++;
	return d >= 4 && memchr(s + k, ':', d) != NULL;
}

/* A paper form's aligned fields, label and value apart by two spaces or
 * more ("Surname  Blackwood        First names  Philippa"): the field
 * before the value is a name's label, the value is no label, and the line goes on
 * with another label after it, or came from another label and its value
 * before (a header row, "Name        Role       Phone", does neither). */
#define AL_FIELDS 8
static const char *const aligned_name_words[] = {
	"name", "full name", "surname", "last name", "family name", "first name", "first names",
	"given name", "given names", "forename", "forenames", "middle name", "middle names",
	"nachname", "vorname", "vornamen", "familienname", "geburtsname", "nom", "prénom", "prénoms",
	"nom de naissance", "apellido", "apellidos", "nombre", "nombres", "cognome", "nome", "nomi",
	"achternaam", "voornaam", "voornamen", "nazwisko", "imię", "imiona", "efternamn", "förnamn",
	"etternavn", "fornavn", "efternavn", "sobrenome", "apelido", "apelidos", "příjmení", "jméno",
	"sukunimi", "etunimi", "soyadı", "adı", NULL,
};
static struct rx_kwset aligned_name_kws = RX_KWSET(aligned_name_words);

/* Whether s[a, b) is a name's field label, also in two languages apart by
 * '/' ("COGNOME / SURNAME", "Given names/Prénoms"): 2 when it is, 1 when
 * it is another label, 0 when none. */
static int field_label(const char *s, size_t a, size_t b)
{
	char buf[64];
	int any = 0;
	while (a < b) {
		size_t e = a;
		while (e < b && s[e] != '/')
			e++;
		size_t x = a, y = e;
		while (x < y && s[x] == ' ')
			x++;
		while (y > x && s[y - 1] == ' ')
			y--;
		if (y > x && y - x < sizeof buf) {
			size_t n = rx_fold(s + x, y - x, buf, sizeof buf);
			if (rx_kwset_has(&aligned_name_kws, buf, n))
				return 2;
			any |= rx_kwset_has(&pn_label_kws, buf, n);
		}
		a = e + 1;
	}
	return any;
}

/* A line that is only a name's field label ("COGNOME / SURNAME", "Given
 * names"), the name on the line below (pn_label_above). */
int pn_name_label_line(const char *s, size_t ps, size_t pe)
{
	if (pe - ps > 48)
		return 0;
	for (size_t i = ps; i < pe; i++)
		if (rx_is_digit((unsigned char)s[i]) || rx_in(":=|,;", s[i]))
			return 0;
	return field_label(s, ps, pe) == 2;
}

int pn_aligned_label(const struct rx_ctx *c, size_t ls, size_t e, size_t at)
{
	const char *s = c->text;
	size_t le = rx_line_end(s, c->len, at), fs[AL_FIELDS], fe[AL_FIELDS], nf = 0, v = AL_FIELDS;
	int lab[AL_FIELDS];
	(void)e;
	for (size_t i = ls; i < le && nf < AL_FIELDS;) {
		while (i < le && (s[i] == ' ' || s[i] == '\r'))
			i++;
		if (i >= le)
			break;
		fs[nf] = i;
		while (i < le && !(s[i] == ' ' && (i + 1 >= le || s[i + 1] == ' ')) && s[i] != '\t' && s[i] != '\r')
			i++;
		if (i < le && s[i] == '\t')
			return C_NONE;
		fe[nf] = i;
		if (fs[nf] == at)
			v = nf;
		lab[nf] = field_label(s, fs[nf], fe[nf]);
		nf++;
	}
	if (v == AL_FIELDS || v == 0 || lab[v - 1] != 2 || lab[v])
		return C_NONE;
	if ((v + 1 < nf && lab[v + 1]) || (v >= 3 && !lab[v - 2] && lab[v - 3]))
		return C_STRONG;
	/* one pair on its line, under or over another name's pair
	 * ("Surname/Nom  YODER" then "Given names/Prénoms  CODY") */
	if (v == 1 && nf == 2) {
		size_t near[2] = {ls > 0 ? rx_line_start(s, ls - 1) : RX_NONE, le < c->len ? le + 1 : RX_NONE};
		for (int k = 0; k < 2; k++) {
			size_t a = near[k];
			if (a == RX_NONE)
				continue;
			size_t b = rx_line_end(s, c->len, a), g = a;
			while (g + 1 < b && !(s[g] == ' ' && s[g + 1] == ' '))
				g++;
			if (g + 1 < b && field_label(s, a, g) == 2)
				return C_STRONG;
		}
	}
	return C_NONE;
}

/* A form label alone on the line above, the name filling its own line
 * ("SHIP TO:\nBARNABY PILKINGTON", "Empfänger:\nAnna Weber"). */
int pn_label_above(const struct rx_ctx *c, const char *s, size_t at, size_t end)
{
	size_t le = rx_line_end(s, c->len, end);
	while (le > end && (s[le - 1] == ' ' || s[le - 1] == '\r'))
		le--;
	size_t ls = rx_line_start(s, at);
	if (ls == 0 || le != end)
		return 0;
	size_t pe = ls - 1, ps = rx_line_start(s, pe);
	while (pe > ps && rx_in(" \t\r", s[pe - 1]))
		pe--;
	if (pe > ps && s[pe - 1] != ':' && pn_name_label_line(s, ps, pe))
		return 1;
	if (pe == ps || s[pe - 1] != ':' || pe - ps > 40)
		return 0;
	pe--;
	while (pe > ps && s[pe - 1] == ' ')
		pe--;
	return pe > ps && rx_kw_ends(c, &pn_label_kws, ps, pe);
}

/* A chat export's speaker line: the name, one to three spaces (or " · "),
 * a clock time ("11:18", "9:05 PM") and the line's end ("Anna Weber  11:18
 * PM", "Amandine · 08:57"). */
int pn_speaker_time(const char *s, size_t len, size_t end)
{
	size_t i = end, sp = 0;
	while (i < len && s[i] == ' ' && sp < 4)
		i++, sp++;
	if (sp == 0 || sp > 3)
		return 0;
	/* a messaging app's "Name · 08:57" */
	if (sp == 1 && i + 3 < len && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xB7 && s[i + 2] == ' ')
		i += 3;
	/* Discord's and Slack's "Name — 12:43", "Name — Today at 09:05" */
	else if (sp == 1 && i + 4 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
		 ((unsigned char)s[i + 2] == 0x94 || (unsigned char)s[i + 2] == 0x93) && s[i + 3] == ' ') {
		i += 4;
		if (i + 9 < len && (!memcmp(s + i, "Today at ", 9)))
			i += 9;
		else if (i + 13 < len && !memcmp(s + i, "Yesterday at ", 13))
			i += 13;
	}
	size_t d = 0;
	while (i < len && rx_is_digit((unsigned char)s[i]) && d < 3)
		i++, d++;
	if (d < 1 || d > 2 || i + 2 >= len || s[i] != ':' || !rx_is_digit((unsigned char)s[i + 1]) ||
	    !rx_is_digit((unsigned char)s[i + 2]))
		return 0;
	i += 3;
	if (i + 2 < len && s[i] == ' ' && (s[i + 1] == 'A' || s[i + 1] == 'P') && s[i + 2] == 'M')
		i += 3;
	while (i < len && (s[i] == ' ' || s[i] == '\r'))
		i++;
	return i == len || s[i] == '\n';
}

int pn_trailing_title(const char *s, size_t from, size_t e)
{
	size_t t = e - (e > from && s[e - 1] == '.'), tb = t;
	while (tb > from && rx_is_upper((unsigned char)s[tb - 1]))
		tb--;
	size_t wb = tb > from + 1 ? tb - 1 : tb;
	while (wb > from && rx_is_upper((unsigned char)s[wb - 1]))
		wb--;
	/* (a word of three capitals or more: "OU MME", "AND MRS" join two
	 * names) */
	return t - tb >= 2 && tb >= from + 2 && s[tb - 1] == ' ' && tb - 1 - wb >= 3 &&
	       !(tb - 1 - wb == 3 && (!memcmp(s + wb, "AND", 3) || !memcmp(s + wb, "UND", 3)));
}

/* A child's age announced after the name ("Garrett is turning 10 on
 * Saturday", "Sjoerd wordt zaterdag 9", "Vinícius faz 8 anos", "Ebba
 * fyller 10", "Ксения в субботу исполняется 9"): the phrase right after
 * the name, a number within 24 bytes after it. */
int pn_turning_after(const char *s, size_t len, size_t end)
{
	static const struct {
		const char *w;
		unsigned char n;
	} w[] = {
#define W(x) {x, sizeof x - 1}
		W(" is turning "), W(" turns "), W(" wordt "), W(" wird "), W(" fyller "),
		W(" fylder "), W(" faz "), W(" compie "), W(" cumple "), W(" cumplirá "),
		W(" fête ses "), W(" aura "), W(" kończy "), W(" skończy "), W(" yaşına "),
		W(" исполняется "), W(" в субботу исполняется "), W(" в воскресенье исполняется ")
#undef W
	};
	/* (a cheap look first: a space, then a phrase's first letter) */
	if (end + 6 >= len || s[end] != ' ' || !rx_in("itwfcaksy\xd0", s[end + 1]))
		return 0;
	for (size_t k = 0; k < sizeof w / sizeof w[0]; k++) {
		size_t l = w[k].n;
		if (s[end + 1] != w[k].w[1] || end + l > len || memcmp(s + end, w[k].w, l) != 0)
			continue;
		for (size_t i = end + l; i < len && i < end + l + 24 && s[i] != '\n' && s[i] != '.'; i++)
			if (rx_is_digit((unsigned char)s[i]))
				return 1;
		return 0;
	}
	return 0;
}

/* A note about a person at its line's start, a list's or a checklist's
 * item ("Kacper: spać o 20", "- Nehir: Nintendo user ...", "[ ] Angus: new
 * school place"): the name, ": ", then lower case, a number or a phone.
 * The caller asks the gazetteer (a given name, no ordinary word). */
int pn_note_about(const char *s, size_t len, size_t at, size_t end)
{
	if (end + 3 >= len || s[end] != ':' || s[end + 1] != ' ')
		return 0;
	unsigned char v = (unsigned char)s[end + 2];
	if (!(rx_is_lower(v) || rx_is_digit(v) || v == '+' || (v >= 0xC3 && v <= 0xC5 && !rx_cap_at(s, len, end + 2))))
		return 0;
	/* (names that are words too, as a list's or a form's label:
	 * "Consuelo: al menos...", "Assunto:", "Zaman:", "Dal: 26/08/2019") */
	static const char *const words[] = {"price", "karta", "etsy", "magalu", "bottega", "consuelo",
					    "vitória", "vitoria", "esperanza", "amparo",
					    "victoria", "gloria", "soledad", "assunto", "zaman", "dal",
					    "mi", "buddy", "stone", "sunny", "summer", "âge", "age", "alter",
					    "edad", "età", "idade", "leeftijd", "ålder", NULL};
	if (word_in(s, at, end, words, 0))
		return 0;
	size_t ls = rx_line_start(s, at);
	if (at == ls || pn_list_item_at(s, at))
		return 1;
	return at >= ls + 4 && !memcmp(s + at - 4, "[ ] ", 4);
}

/* A kin word or a household's role in parentheses after the name ("- Maël
 * (cousin) – 25/01/1945", "Heike (Tante)", "Harshvardhan (Mama)",
 * "Kirra (7)" is not one). */
int pn_kin_paren_after(const char *s, size_t len, size_t end)
{
	static const char *const w[] = {
		"cousin", "cousine", "cugino", "cugina", "primo", "prima", "neef", "nicht", "niece",
		"nephew", "aunt", "uncle", "tante", "onkel", "oom", "zia", "zio", "tía", "tío", "tia",
		"tio", "oma", "opa", "grandma", "grandpa", "granny", "nana", "nan", "mamie", "papi",
		"nonna", "nonno", "abuela", "abuelo", "avó", "avô", "mama", "papa", "mum", "mom", "dad",
		"schwager", "schwägerin", "filleul", "filleule", "godson", "goddaughter", "patenkind",
		"sister", "brother", "schwester", "bruder", "sœur", "frère", "wife", "husband",
		"дядя", "тётя", "тетя", "дедушка", "бабушка", "крестница", "крестник", "брат", "сестра",
		"babysitter", "nanny", "neighbour", "neighbor", "buurvrouw", "buurman", "nachbarin",
		"nachbar", "voisine", "voisin",
		/* partners and children (stop 52: "Present: insured and
		 * Sutton (partner)") */
		"partner", "partnerin", "spouse", "fiancé", "fiancée", "girlfriend", "boyfriend", "son",
		"daughter", "mother", "father", "stepson", "stepdaughter", "ehefrau", "ehemann", "sohn",
		"tochter", "épouse", "époux", "mari", "fils", "fille", "esposa", "esposo", "marido", "hijo",
		"hija", "moglie", "marito", "figlio", "figlia", "echtgenote", "echtgenoot", "zoon",
		"dochter", "żona", "mąż", "syn", "córka", "hustru", "sambo", "жена", "муж", "сын", "дочь",
		"filho", "filha", "pareja", "compañera", "compañero", "novia", "novio", "companheira",
		"companheiro", "compagna", "compagno", "partenaire", "conjoint", "conjointe", "cônjuge",
		"cónyuge", "coniuge", "pai", "mãe", "irmão", "irmã", "padre", "madre", "hermano", "hermana",
		"vater", "mutter", "père", "mère", "frère", "sœur", NULL};
	if (end + 4 >= len || s[end] != ' ' || s[end + 1] != '(')
		return 0;
	size_t a = end + 2, e = a, k;
	while (e < len && e - a < 24 && (k = rx_letter_at(s, len, e)) > 0)
		e += k;
	if (e == a || e >= len || s[e] != ')')
		return 0;
	return word_in(s, a, e, w, 0);
}

int pn_kin_single(const char *s, size_t len, size_t at, size_t end)
{
	/* (not a name's last word: "Tatenda Moyo (son)", "Rodel dela Cruz
	 * (spouse)" are found whole; a particle before it is skipped) */
	for (int w = 0; w < 2 && at >= 2 && s[at - 1] == ' '; w++) {
		size_t b = at - 1, k;
		while (b > 0 && (k = rx_letter_before(s, b)) > 0)
			b -= k;
		if (b < at - 1 && rx_cap_at(s, len, b))
			return 0;
		if (b == at - 1 || at - 1 - b > 4)
			break;
		at = b;
	}
	return pn_kin_paren_after(s, len, end);
}

/* Where a note's title names the one it is for ("Infos für Silvan
 * (Babysitting Samstag)", "Para Almudena (canguro del sábado)", "Notes for
 * Brodie – Saturday"), a device's owner ("Galaxy-Tab-4 (Solène)  192.168.1.140")
 * or a greeting's addressee with her full name ("Hola, Ismael Palomares
 * Arrieta:"): the name at [at, end) in one of these layouts. The caller asks
 * the gazetteer for one word. */
int pn_titled_for(const char *s, size_t len, size_t at, size_t end)
{
	static const char *const fw[] = {"for ", "für ", "para ", "pour ", "per ", "dla ", "voor ", "för ", NULL};
	/* an action's doer, one name after "by", then punctuation or "after",
	 * "on", "at" ("Visit by Rhett, warning letter next", "# unlocked by
	 * Ευτέρπη after call to ..."; stop 58) */
	if (at >= 5 && !memcmp(s + at - 4, " by ", 4) && rx_is_alpha((unsigned char)s[at - 5]) &&
	    !memchr(s + at, ' ', end - at) &&
	    (end == len || rx_in(",.;\n\r", s[end]) ||
	     (end + 4 < len && s[end] == ' ' &&
	      ((end + 7 <= len && !memcmp(s + end + 1, "after ", 6)) || !memcmp(s + end + 1, "on ", 3) ||
	       !memcmp(s + end + 1, "at ", 3)))))
		return 1;
	/* (a cheap look first: "(" before the name and ")  " after it, ", "
	 * before it and ':' after it, or " (" or " –" after it) */
	if (!(at >= 3 && s[at - 1] == '(' && end + 3 < len && s[end] == ')') &&
	    !(at >= 6 && s[at - 2] == ',' && end < len && s[end] == ':') &&
	    !(end + 2 < len && s[end] == ' ' && (s[end + 1] == '(' || (unsigned char)s[end + 1] == 0xE2)))
		return 0;
	size_t ls = rx_line_start(s, at);
	/* a device's owner: "<device>-<n> (" before, ")  " and a digit after */
	if (at >= ls + 3 && s[at - 1] == '(' && s[at - 2] == ' ' && rx_is_alnum((unsigned char)s[at - 3]) &&
	    end + 3 < len && s[end] == ')' && s[end + 1] == ' ' && s[end + 2] == ' ' &&
	    rx_is_digit((unsigned char)s[end + 3]))
		return 1;
	/* a greeting's addressee, the name ending its line with ':' */
	if (at >= ls + 6 && s[at - 1] == ' ' && s[at - 2] == ',' && end + 1 <= len && end < len && s[end] == ':' &&
	    (end + 1 == len || s[end + 1] == '\n' || s[end + 1] == '\r')) {
		static const char *const gw[] = {"Hola", "Olá", "Ola", "Ciao", "Hallo", "Bonjour", "Hi", "Hello", "Dear", NULL};
		for (const char *const *q = gw; *q; q++) {
			size_t n = strlen(*q);
			if (at - 2 - ls == n && !memcmp(s + ls, *q, n))
				return 1;
		}
	}
	/* a note's title: "(Infos |Notes )?for <name>" then " (" or " – " */
	if (!(end + 2 < len && s[end] == ' ' &&
	      (s[end + 1] == '(' || (end + 4 <= len && !memcmp(s + end + 1, "\xe2\x80\x93", 3)))))
		return 0;
	for (const char *const *q = fw; *q; q++) {
		size_t n = strlen(*q);
		if (at < ls + n || !rx_fold_eq(s + at - n, *q, n))
			continue;
		size_t b = at - n;
		if (b == ls)
			return 1;
		/* one word before it: "Infos", "Notes", "Notizen" */
		size_t w = b - 1;
		while (w > ls && rx_letter_before(s, w))
			w -= rx_letter_before(s, w);
		return w == ls && s[b - 1] == ' ' && b - 1 - ls <= 8;
	}
	return 0;
}

/* The first word of a chat's message, a given name the caller asks the
 * gazetteer about, then a lower-case word ("[16.08.26, 15:38:47] +44 7969
 * 870510: Kieran came home in...", "... - Kerem Güneş: Özkan öğretmenin
 * ..."): the line opens with a date and a clock, the speaker and ": "
 * before the name. */
int pn_chat_first_word(const char *s, size_t len, size_t at, size_t end)
{
	if (at < 12 || s[at - 1] != ' ' || !rx_in(":.!?", s[at - 2]) || end + 2 >= len || s[end] != ' ' ||
	    !(rx_is_lower((unsigned char)s[end + 1]) || ((unsigned char)s[end + 1] >= 0xC3 && !rx_cap_at(s, len, end + 1))))
		return 0;
	size_t ls = rx_line_start(s, at), lim = at;
	if (!(s[ls] == '[' || rx_is_digit((unsigned char)s[ls])))
		return 0;
	/* (or a sentence's first word in the message, after the speaker's
	 * colon: "Casimiro: Sin problema. Baltasar te recoge a las 11:45";
	 * stop 64) */
	if (s[at - 2] != ':') {
		size_t q = ls;
		while (q < at && q < ls + 64 && !(s[q] == ':' && s[q + 1] == ' '))
			q++;
		if (q >= at || q >= ls + 64 || at - q > 120)
			return 0;
		lim = q + 2;
		/* (a word of four letters or more, no month: "Mi", "Từ", "Kasım
		 * kirası" start sentences too) */
		size_t nl = 0, i;
		for (i = at; i < end; i++)
			nl += ((unsigned char)s[i] & 0xC0) != 0x80;
		int m;
		if (nl < 4 || rx_month_name(s, len, at, &m))
			return 0;
	}
	int digits = 0, clock = 0;
	for (size_t i = ls; i + 2 < lim && i < ls + 32; i++) {
		digits += rx_is_digit((unsigned char)s[i]);
		clock |= s[i] == ':' && i > ls && rx_is_digit((unsigned char)s[i - 1]) && rx_is_digit((unsigned char)s[i + 1]) &&
			 rx_is_digit((unsigned char)s[i + 2]);
	}
	if (!clock || digits < 8 || !(s[ls] == '[' || rx_is_digit((unsigned char)s[ls])))
		return 0;
	/* (an answer or a kin word a gazetteer may hold as a name: Vietnamese
	 * "Dạ", Turkish "Anne" (mum), "Baba") */
	static const char *const w[] = {"dạ", "vâng", "đã", "Đã", "rồi", "chưa", "có", "không", "được", "xin", "anne", "baba", "abla", "abi", "mama", "papa", "mom", "mum",
					"dad", NULL};
	return !word_in(s, at, end, w, 0);
}

/* A surname's particle written with a capital ("Arianna Lo Giudice", "Van
 * Dijk", "De Luca"): the word after it is the surname, an ordinary word
 * or not. */
int pn_cap_particle(const char *s, size_t a, size_t e)
{
	static const char *const w[] = {"Lo", "La", "Le", "De", "Di", "Da", "Del", "Della", "Dello", "Van",
					"Von", "Du", "Dos", "Das", "Dal", "Dalla", NULL};
	return word_in(s, a, e, w, 1);
}

/* A receipt's or an app's thanks ending in the customer's given name, the
 * line's last word ("Thanks for riding with Ola, Ishita", "Merci pour
 * votre course, Gaëtan", "Yolculuğunuz için teşekkürler, Zeynep!"). */
int pn_thanks_vocative(const char *s, size_t len, size_t at, size_t end)
{
	/* the thanks right before the name, a '!' after it ("Dank je
	 * Rutger! 🙏", "Valeu Yasmin!", "Thanks Ottilie!") */
	if (at >= 6 && s[at - 1] == ' ' && end < len && s[end] == '!' && rx_in("euosaikEUOSAIK", s[at - 2])) {
		static const char *const t[] = {"dank je", "dank u", "valeu", "thanks", "thank you", "obrigado",
						"obrigada", "grazie", "gracias", "merci", "danke", "tack", "takk",
						"cheers", NULL};
		for (const char *const *w = t; *w; w++) {
			size_t l = strlen(*w);
			if (at >= l + 1 && rx_fold_eq(s + at - 1 - l, *w, l) &&
			    (at - 1 - l == 0 || !rx_is_alpha((unsigned char)s[at - 2 - l])))
				return 1;
		}
	}
	if (at < 8 || s[at - 1] != ' ' || s[at - 2] != ',')
		return 0;
	size_t e = end;
	while (e < len && (s[e] == '!' || s[e] == '.'))
		e++;
	if (e < len && s[e] != '\n' && s[e] != '\r')
		return 0;
	static const char *const w[] = {"thank", "merci", "gracias", "danke", "obrigad", "dziękuj",
					"grazie", "bedankt", "dank je", "dank u", "tack", "kiitos", "takk", "teşekkür",
					"cảm ơn", "terima kasih", "salamat", "спасибо", "благодар", "ευχαριστ", NULL};
	size_t ls = rx_line_start(s, at);
	/* (the thanks within 48 bytes of the comma: "... teşekkürler, Zeynep",
	 * "Thanks for riding with Ola, Ishita") */
	return at - ls < 80 && rx_phrase_in(s, at - ls > 50 ? at - 50 : ls, at - 2, w);
}

/* An RSVP list's item: "- Thaddeus Ambrose: yes", "- Dashiell: ? – (617)
 * ...", a list's marker before the name and an answer after its colon. */
int pn_rsvp_item(const char *s, size_t len, size_t at, size_t end)
{
	static const char *const answers[] = {"?", "yes", "no", "maybe", "ja", "nein", "vielleicht", "oui",
					      "non", "peut-être", "sí", "si", "quizás", "sim", "não", "talvez",
					      "tak", "nie", "może", "nee", "misschien", "evet", "hayır", "forse",
					      "kanske", "nej", NULL};
	if (at < 2 || end + 3 > len || s[end] != ':' || s[end + 1] != ' ' || s[at - 1] != ' ' ||
	    !rx_in("-*", s[at - 2]) || (at > 2 && s[at - 3] != '\n'))
		return 0;
	size_t v = end + 2;
	for (const char *const *a = answers; *a; a++) {
		size_t l = strlen(*a);
		if (v + l <= len && rx_fold_eq(s + v, *a, l) &&
		    (v + l == len || rx_in(" \r\n(,.!", s[v + l]) || (unsigned char)s[v + l] == 0xE2))
			return 1;
	}
	return 0;
}

/* A volunteers' rota: the name after a shift's times and a colon
 * ("Allestimento 15:00–17:30: Jacopo G. – +39 ...", "Setup 08:00–10:00:
 * Wendell Q."). */
int pn_shift_name(const char *s, size_t at)
{
	/* "dd:dd", a dash ('-', '–'), "dd:dd", ": " before the name */
	if (at < 14 || s[at - 1] != ' ' || s[at - 2] != ':')
		return 0;
	size_t i = at - 2;
	if (!rx_is_digit((unsigned char)s[i - 1]) || !rx_is_digit((unsigned char)s[i - 2]) || s[i - 3] != ':' ||
	    !rx_is_digit((unsigned char)s[i - 4]))
		return 0;
	i -= 4;
	while (i > 0 && rx_is_digit((unsigned char)s[i - 1]))
		i--;
	if (i >= 3 && (unsigned char)s[i - 3] == 0xE2 && (unsigned char)s[i - 2] == 0x80 && (unsigned char)s[i - 1] == 0x93)
		i -= 3;
	else if (i >= 1 && s[i - 1] == '-')
		i--;
	else
		return 0;
	return i >= 5 && rx_is_digit((unsigned char)s[i - 1]) && rx_is_digit((unsigned char)s[i - 2]) && s[i - 3] == ':';
}

/* ---- a couple's shared surname ---------------------------------------- */

/* The end of a capitalised word at s[i] (any cased script), else i. */
static size_t cap_word(const char *s, size_t len, size_t i)
{
	if (i >= len || !rx_cap_at(s, len, i))
		return i;
	size_t e = i, k;
	while (e < len && (k = rx_letter_at(s, len, e)) > 0)
		e += k;
	return e;
}

/* Fired at '(': "Hosts: Maud & Marieke (Bakker)", "Vuestros anfitriones:
 * Leire & Álvaro (Nieto Aranda)": two given names joined by '&' right
 * after a label's colon, then their surname in parentheses closing the
 * line. */
/* An ESTA's or a travel authorisation's companion line, "(+) KÄSER,
 * SERAINA – X3298578 – 03.09.2002": the name in capitals, surname first,
 * before the dash. */
static unsigned companion_name(struct rx_ctx *c, size_t at)
{
	const char *s = c->text;
	size_t len = c->len, i = at + 4, e;
	for (int part = 0; part < 2; part++) {
		size_t a = i;
		for (;;) {
			e = cap_word(s, len, i);
			/* (all capitals: the word's letters have no lower case) */
			for (size_t k = i; k < e; k++)
				if (rx_is_lower((unsigned char)s[k]))
					return 0;
			if (e - i < 2)
				return 0;
			if (e + 1 < len && (s[e] == ' ' || s[e] == '-') && rx_cap_at(s, len, e + 1))
				i = e + 1;
			else
				break;
		}
		if (part == 0) {
			if (e + 2 >= len || s[e] != ',' || s[e + 1] != ' ' || e == a)
				return 0;
			i = e + 2;
		}
	}
	if (!pn_starts(s, len, e, " \xe2\x80\x93 ") && !pn_starts(s, len, e, " \xe2\x80\x94 "))
		return 0;
	return (unsigned)rx_emit(c, at + 4, e, REDACT_PERSON);
}

unsigned pn_detect_couple_surname(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t at = c->ms, ls = rx_line_start(s, at), len = c->len;
	if (at == ls && at + 8 < len && !memcmp(s + at, "(+) ", 4))
		return companion_name(c, at);
	if (at < ls + 12 || s[at - 1] != ' ')
		return 0;
	const char *colon = memchr(s + ls, ':', at - ls);
	if (!colon)
		return 0;
	size_t a = (size_t)(colon - s) + 1;
	while (a < at && s[a] == ' ')
		a++;
	size_t e1 = cap_word(s, len, a);
	if (e1 == a || e1 + 3 >= at || memcmp(s + e1, " & ", 3))
		return 0;
	size_t b = e1 + 3, e2 = cap_word(s, len, b);
	/* (both given names the gazetteer knows: "Fish & Chips (Large)" is a
	 * menu's) */
	if (e2 == b || e2 + 1 != at || !(rx_name_class(s + a, e1 - a) & RX_NAME_GIVEN) ||
	    !(rx_name_class(s + b, e2 - b) & RX_NAME_GIVEN))
		return 0;
	/* the surname: one to three words (particles in lower case: "de
	 * Boer", "Lo Cascio"), ')' and the line's end */
	size_t i = at + 1, words = 0, caps = 0;
	while (i < len && words < 4) {
		size_t e = cap_word(s, len, i), k;
		if (e == i)
			while (e < len && (k = rx_letter_at(s, len, e)) > 0)
				e += k;
		else
			caps++;
		if (e == i)
			return 0;
		words++;
		i = e;
		if (i < len && s[i] == ' ')
			i++;
		else
			break;
	}
	if (!caps || i >= len || s[i] != ')' || (i + 1 < len && s[i + 1] != '\n' && s[i + 1] != '\r'))
		return 0;
	return (unsigned)rx_emit(c, at + 1, i, REDACT_PERSON);
}
