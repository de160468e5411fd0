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
 * Titles stay outside the span ("Dr. [NAME]"). */
#include <string.h>

#include "redact_int.h"

#define MAX_TOKENS 6

struct name {
	size_t ts[MAX_TOKENS], te[MAX_TOKENS];
	size_t nt;        /* capitalised tokens (initials included) */
	size_t end;
	int caps;         /* every token in capitals */
};

static int cap_at(const char *s, size_t len, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	if (rx_is_upper(c))
		return 1;
	if (i + 1 >= len)
		return 0;
	unsigned char d = (unsigned char)s[i + 1];
	/* Latin-1 capitals, Latin Extended-A capitals (even code points),
	 * Greek and Cyrillic capitals */
	if (c == 0xC3)
		return d >= 0x80 && d <= 0x9E && d != 0x97;
	if (c == 0xC4 || c == 0xC5) {
		/* Latin Extended-A: capitals at even code points, except
		 * U+0139-U+0148 and U+0179-U+017E (odd), U+0178 */
		unsigned cp = ((c & 0x1Fu) << 6) | (d & 0x3Fu);
		if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
			return cp & 1;
		if (cp == 0x178)
			return 1;
		return !(cp & 1) && cp != 0x138;
	}
	if (c == 0xCE)
		return d >= 0x91 && d <= 0xA9;
	if (c == 0xD0)
		return d >= 0x80 && d <= 0xAF;
	return 0;
}

static int lower_at(const char *s, size_t len, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	return rx_is_lower(c) || (rx_letter_at(s, len, i) > 1 && !cap_at(s, len, i));
}

/* A name word at s[i]: a capital, then letters (any case), inner '-' or '\''
 * before a letter. Its end, or i. */
static size_t name_word(const char *s, size_t len, size_t i, int *caps)
{
	size_t e = i, k, letters = 0;
	int all_caps = 1;
	if (!cap_at(s, len, i))
		return i;
	/* O'Connor, D'Angelo */
	if (i + 2 < len && s[i + 1] == '\'' && cap_at(s, len, i + 2))
		e = i + 2;
	while (e < len) {
		k = rx_letter_at(s, len, e);
		if (k && !rx_is_digit((unsigned char)s[e])) {
			if (lower_at(s, len, e))
				all_caps = 0;
			e += k;
			letters++;
			continue;
		}
		if ((s[e] == '-' || s[e] == '\'') && e + 1 < len && rx_letter_at(s, len, e + 1) &&
		    !rx_is_digit((unsigned char)s[e + 1])) {
			e++;
			continue;
		}
		break;
	}
	if (letters < 2 || (e < len && rx_is_digit((unsigned char)s[e])))
		return i;
	*caps = all_caps;
	return e;
}

static const char *const particles[] = {
	"van", "der", "den", "de", "da", "das", "do", "dos", "di", "del", "della", "von", "zu",
	"du", "le", "la", "ten", "ter", "y", "e", "bin", "al", "el", "ben", "af", "av", NULL,
};

static int is_particle(const char *s, size_t len, size_t i, size_t *end)
{
	char w[8];
	size_t e = i;
	while (e < len && rx_is_lower((unsigned char)s[e]) && e - i < 6)
		e++;
	if (e == i || e >= len || s[e] != ' ')
		return 0;
	rx_fold(s + i, e - i, w, sizeof w);
	for (const char *const *p = particles; *p; p++)
		if (strcmp(w, *p) == 0) {
			*end = e;
			return 1;
		}
	return 0;
}

/* The name starting at s[i]. 0 when no name word starts there. */
static int parse_name(const char *s, size_t len, size_t i, struct name *n)
{
	int caps = 0;
	memset(n, 0, sizeof *n);
	n->caps = 1;
	size_t e = name_word(s, len, i, &caps);
	if (e == i)
		return 0;
	n->ts[0] = i;
	n->te[0] = e;
	n->nt = 1;
	n->caps &= caps;
	n->end = e;
	while (n->nt < MAX_TOKENS) {
		size_t j = n->end, pe;
		if (j >= len || s[j] != ' ')
			break;
		j++;
		/* particles: "van der", "de la", "da" */
		size_t save = j;
		int np = 0;
		while (np < 2 && is_particle(s, len, j, &pe)) {
			j = pe + 1;
			np++;
		}
		/* an initial "G." */
		if (j + 1 < len && rx_is_upper((unsigned char)s[j]) && s[j + 1] == '.' &&
		    (j + 2 == len || s[j + 2] == ' ') && !np) {
			n->ts[n->nt] = j;
			n->te[n->nt] = j + 2;
			n->nt++;
			n->end = j + 2;
			continue;
		}
		size_t we = name_word(s, len, j, &caps);
		if (we == j) {
			(void)save;
			break;
		}
		if (n->caps && !caps && n->nt > 0)
			break; /* "JOHN DOE Street"... keep case consistent */
		n->ts[n->nt] = j;
		n->te[n->nt] = we;
		n->nt++;
		n->caps &= caps;
		n->end = we;
	}
	/* an initial may not end a name */
	while (n->nt > 1 && n->te[n->nt - 1] - n->ts[n->nt - 1] == 2 &&
	       s[n->te[n->nt - 1] - 1] == '.') {
		n->nt--;
		n->end = n->te[n->nt - 1];
	}
	return 1;
}

/* ---- contexts ----------------------------------------------------------------- */

/* Words before a name that make it one (folded; the text before the name,
 * trimmed of spaces and of ':', '=', '"', must end with one of them). */
static const char *const greet[] = {
	"hi", "hello", "hey", "dear", "thanks", "thank you", "many thanks", "hallo", "liebe",
	"lieber", "sehr geehrte", "sehr geehrter", "guten tag", "danke", "hola", "buenos días",
	"buenas tardes", "buenas", "estimado", "estimada", "querido", "querida", "gracias",
	"bonjour", "bonsoir", "cher", "chère", "salut", "coucou", "merci", "ciao", "buongiorno",
	"buonasera", "gentile", "gentilissimo", "gentilissima", "caro", "cara", "salve", "grazie",
	"hoi", "beste", "geachte", "bedankt", "olá", "oi", "prezado", "prezada",
	"bom dia", "boa tarde", "obrigado", "obrigada", "good morning", "good afternoon",
	"welcome", NULL,
};
static const char *const titles[] = {
	"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "herr",
	"frau", "monsieur", "madame", "mme", "mme.", "m.", "mlle", "sr", "sr.", "sra", "sra.",
	"srta", "srta.", "don", "doña", "dona", "sig", "sig.", "sig.ra", "sig.na", "dott",
	"dott.", "dott.ssa", "ing.", "avv.", "heer", "mevrouw", "mw.", "dhr.", "sir", "lady",
	"señor", "señora", "signor", "signora", "senhor", "senhora", "mister", NULL,
};
static const char *const intro[] = {
	"my name is", "name is", "i'm", "i am", "this is", "it's", "it is", "je m'appelle",
	"je suis", "c'est", "moi c'est", "ich bin", "mein name ist", "ich heiße", "ich heisse",
	"me llamo", "soy", "mi nombre es", "mi chiamo", "sono", "il mio nome è", "ik heet",
	"ik ben", "mijn naam is", "meu nome é", "eu sou", "sou", "me chamo", "меня зовут",
	"colleague", "my colleague", "coworker", "co-worker", "my manager", "my boss",
	"compañera", "compañero", "mi compañera", "mi compañero", "colega", "mi colega",
	"minha colega", "meu colega", "collega", "mijn collega", "kollegin", "kollege",
	"meine kollegin", "mein kollege", "il mio collega", "la mia collega", "collègue",
	"mon collègue", "ma collègue", "please ask", "ask", "talk to", "spoke to",
	"spoke with", "speak to", "contact", "cc", "per", "assigned to", "forward to",
	"according to", "wife", "husband", "son", "daughter", "mother", "father", "my friend",
	"brother", "sister", "signed", "regards from", "greetings from", "on behalf of",
	"attn", "attn.", "attention", "c/o", "z. hd.", "z.hd.", "à l'attention de", NULL,
};
/* Labels: need ':' or '=' (or a tab) between them and the name. */
static const char *const labels[] = {
	"name", "full name", "fullname", "full_name", "first name", "last name", "firstname",
	"lastname", "first_name", "last_name", "given name", "surname", "customer",
	"customer name", "customer_name", "client", "contact", "contact name", "patient",
	"employee", "nombre", "nombre completo", "apellidos", "nom", "prénom", "nom complet",
	"nome", "cognome", "nome completo", "naam", "volledige naam", "vorname", "nachname",
	"kunde", "kundin", "ansprechpartner", "from", "to", "cc", "signed-off-by",
	"co-authored-by", "reviewed-by", "acked-by", "tested-by", "reported-by", "author",
	"fn", "n", "assignee", "owner", "requester", "reporter", "sender", "recipient",
	"titular", "inhaber", "destinatario", "remitente", "destinataire", "expéditeur",
	"ship to", "bill to", "sold to", "passenger", "guest", "holder", "cardholder",
	"account holder", "kontoinhaber", "titulaire", "beneficiary", "signed by", "witness",
	"display name", "display_name", "displayname", NULL,
};
static const char *const signoffs[] = {
	"regards", "best regards", "kind regards", "warm regards", "best", "cheers", "thanks",
	"thank you", "many thanks", "sincerely", "yours sincerely", "yours truly",
	"yours faithfully", "all the best", "mit freundlichen grüßen", "mit freundlichen grüssen",
	"freundliche grüße", "viele grüße", "beste grüße", "liebe grüße", "lg", "gruß", "grüße",
	"cordialement", "bien à vous", "bien cordialement", "salutations", "amicalement",
	"atentamente", "saludos", "un saludo", "saludos cordiales", "cordiales saludos",
	"un abrazo", "cordiali saluti", "distinti saluti", "saluti", "un saluto",
	"met vriendelijke groet", "vriendelijke groeten", "met vriendelijke groeten", "groeten",
	"groetjes", "hartelijke groet", "atenciosamente", "abraços", "cumprimentos",
	"obrigado", "obrigada", "--", "—", NULL,
};
static const char *const name_columns[] = {
	"name", "nombre", "nom", "nome", "naam", "customer", "client", "kunde", "contact",
	"vorname", "nachname", "surname", "prénom", "cognome", "apellido", "holder", "patient",
	"employee", "person", NULL,
};

/* Whether the folded text ending at buf[n] ends with one of words at a
 * word boundary. */
static int ends_with(const char *buf, size_t n, const char *const *words)
{
	for (const char *const *w = words; *w; w++) {
		size_t k = strlen(*w);
		if (k > n || memcmp(buf + n - k, *w, k) != 0)
			continue;
		if (n == k || !(rx_is_alnum((unsigned char)buf[n - k - 1]) ||
				(unsigned char)buf[n - k - 1] >= 0x80 || buf[n - k - 1] == '_'))
			return 1;
	}
	return 0;
}

enum ctx { C_NONE, C_WEAK, C_STRONG };

/* The context right before a name at `at`: the same line, trimmed. */
static int before_context(const char *s, size_t at)
{
	char buf[80];
	size_t ls = rx_line_start(s, at);
	size_t from = at > 64 ? at - 64 : 0;
	if (from < ls)
		from = ls;
	while (from < at && ((unsigned char)s[from] & 0xC0) == 0x80)
		from++;
	size_t n = rx_fold(s + from, at - from, buf, sizeof buf);
	int sep = 0;
	/* trailing spaces, quotes, '(' and one ':' / '=' / tab / '|' (a
	 * Markdown table cell) */
	while (n > 0 && strchr(" \t\"'(", buf[n - 1])) {
		sep |= buf[n - 1] == '\t';
		n--;
	}
	if (n > 0 && (buf[n - 1] == ':' || buf[n - 1] == '=' || buf[n - 1] == '|')) {
		sep = 1;
		n--;
		while (n > 0 && strchr(" \t\"'", buf[n - 1]))
			n--;
	}
	if (n > 0 && buf[n - 1] == ',' && !sep)
		return C_NONE;
	if (sep && ends_with(buf, n, labels))
		return C_STRONG;
	if (!sep && (ends_with(buf, n, greet) || ends_with(buf, n, titles) || ends_with(buf, n, intro)))
		return C_STRONG;
	return C_NONE;
}

/* The name fills its line after a sign-off line (blank lines between). */
static int after_signoff(const char *s, size_t len, size_t at, size_t end)
{
	char buf[64];
	size_t ls = rx_line_start(s, at);
	if (ls != at || rx_line_end(s, len, end) != end)
		return 0;
	size_t p = ls;
	for (int k = 0; k < 3 && p > 0; k++) {
		size_t pe = p - 1, ps = rx_line_start(s, pe);
		size_t n = pe - ps;
		while (n > 0 && (s[ps + n - 1] == ' ' || s[ps + n - 1] == '\r'))
			n--;
		if (n == 0) {
			p = ps;
			continue;
		}
		if (n > 60)
			return 0;
		n = rx_fold(s + ps, n, buf, sizeof buf);
		while (n > 0 && strchr(",.!", buf[n - 1]))
			n--;
		buf[n] = '\0';
		return ends_with(buf, n, signoffs) && n < 40;
	}
	return 0;
}

/* A letter head: the name fills its line and a postal address follows on
 * the next line. */
static int before_address(const char *s, size_t len, size_t at, size_t end)
{
	size_t le = rx_line_end(s, len, end);
	if (le != end || le >= len || (at != rx_line_start(s, at)))
		return 0;
	return rx_address_at(s, len, le + 1) != (size_t)-1;
}

static int name_column(const char *s, size_t len, size_t at)
{
	char hdr[64];
	if (!rx_csv_column(s, len, at, hdr, sizeof hdr))
		return 0;
	for (const char *const *k = name_columns; *k; k++)
		if (strstr(hdr, *k))
			return 1;
	return 0;
}

/* "[12/03/2024, 14:22] Maria Silva: ..." or "12/03/24, 14:22 - Maria: ...". */
static int chat_speaker(const char *s, size_t len, size_t at, size_t end)
{
	if (end + 1 >= len || s[end] != ':' || s[end + 1] != ' ')
		return 0;
	size_t ls = rx_line_start(s, at);
	if (at == ls)
		return 0;
	int digits = 0, colon = 0;
	for (size_t i = ls; i < at; i++) {
		digits += rx_is_digit((unsigned char)s[i]);
		colon += s[i] == ':';
	}
	return digits >= 6 && colon >= 1 && at - ls <= 30 &&
	       (s[at - 2] == ']' || s[at - 2] == '-' || s[at - 2] == ',');
}

/* f holds for the token, or for each part of a hyphenated one
 * ("Hans-Peter", "Müller-Lüdenscheidt"). */
static int token_is(const char *s, const struct name *n, size_t k,
		    int (*f)(const char *, size_t))
{
	size_t a = n->ts[k], b = n->te[k];
	if (f(s + a, b - a))
		return 1;
	const char *dash = memchr(s + a, '-', b - a);
	if (!dash)
		return 0;
	for (size_t i = a; i < b;) {
		const char *d = memchr(s + i, '-', b - i);
		size_t e = d ? (size_t)(d - s) : b;
		if (e == i || !f(s + i, e - i))
			return 0;
		i = e + 1;
	}
	return 1;
}

static int in_words(const char *s, size_t n, const char *const *list)
{
	char w[32];
	if (n >= sizeof w)
		return 0;
	rx_fold(s, n, w, sizeof w);
	for (const char *const *k = list; *k; k++)
		if (strcmp(w, *k) == 0)
			return 1;
	return 0;
}

/* Words that are never names: greetings, titles, form labels, and the
 * words that follow greetings to a group ("Damen und Herren"). */
static const char *const never[] = {
	"damen", "herren", "messieurs", "mesdames", "señores", "señoras", "signori", "signore",
	"heren", "dames", "senhores", "senhoras", "sirs", "alexa", "siri", "cortana", "openai",
	"chatgpt", "claude", "gemini", "copilot", "anthropic", NULL,
};

static int never_token(const char *s, const struct name *n, size_t k)
{
	size_t l = n->te[k] - n->ts[k];
	const char *t = s + n->ts[k];
	return in_words(t, l, never) || in_words(t, l, greet) || in_words(t, l, titles) ||
	       in_words(t, l, labels) || in_words(t, l, signoffs);
}

/* An ordinary word that is also a name (Iris, May, Will) counts as a name
 * only with context or before a surname; other ordinary words never do. */
static int stop_token(const char *s, const struct name *n, size_t k)
{
	return token_is(s, n, k, rx_name_stopword) || never_token(s, n, k);
}

static int namelike_stop(const char *s, const struct name *n, size_t k)
{
	return !never_token(s, n, k) && token_is(s, n, k, rx_name_stopword) &&
	       (token_is(s, n, k, rx_is_given) || token_is(s, n, k, rx_is_surname));
}

static int is_initial(const char *s, const struct name *n, size_t k)
{
	return n->te[k] - n->ts[k] == 2 && s[n->te[k] - 1] == '.';
}

static unsigned detect_person(struct rx_ctx *c)
{
	const char *s = c->text;
	struct name n;
	if (!parse_name(s, c->len, c->ms, &n))
		return 0;
	/* a title word starts no name: "Mr Johnson" is found at "Johnson" */
	char w[16];
	size_t l0 = n.te[0] - n.ts[0];
	if (l0 < sizeof w) {
		rx_fold(s + n.ts[0], l0, w, sizeof w);
		for (const char *const *t = titles; *t; t++)
			if (strcmp(w, *t) == 0)
				return 0;
		if (n.te[0] < c->len && s[n.te[0]] == '.') {
			size_t k = strlen(w);
			w[k] = '.';
			w[k + 1] = '\0';
			for (const char *const *t = titles; *t; t++)
				if (strcmp(w, *t) == 0)
					return 0;
		}
	}
	/* drop trailing ordinary words ("Anna Team") */
	while (n.nt > 1 && stop_token(s, &n, n.nt - 1) && !namelike_stop(s, &n, n.nt - 1)) {
		n.nt--;
		n.end = n.te[n.nt - 1];
	}
	if (stop_token(s, &n, 0) && !namelike_stop(s, &n, 0))
		return 0;
	/* a label ("Fecha:"), code ("OpenAI(", "Foo.bar", "Bar::baz") */
	if (n.end < c->len && (s[n.end] == '(' || s[n.end] == '_' || s[n.end] == '[' ||
			       (s[n.end] == ':' && n.end + 1 < c->len && s[n.end + 1] == ':') ||
			       (s[n.end] == '.' && n.end + 1 < c->len &&
				rx_is_alpha((unsigned char)s[n.end + 1]))))
		return 0;
	int strong = before_context(s, c->ms) == C_STRONG ||
		     after_signoff(s, c->len, c->ms, n.end) ||
		     name_column(s, c->len, c->ms) || chat_speaker(s, c->len, c->ms, n.end) ||
		     before_address(s, c->len, c->ms, n.end);
	/* "Fecha:" is a label, not a name ("Estimado Sr. Muñoz:" is) */
	if (n.end < c->len && (s[n.end] == ':' || s[n.end] == '=') &&
	    before_context(s, c->ms) != C_STRONG && !chat_speaker(s, c->len, c->ms, n.end))
		return 0;
	/* "Hi Will," is a name, "User: Can you" is not: an ordinary word alone
	 * must not go on into a lower-case sentence */
	if (strong && n.nt == 1 && namelike_stop(s, &n, 0) && n.end + 1 < c->len &&
	    s[n.end] == ' ' && rx_is_lower((unsigned char)s[n.end + 1]))
		return 0;
	if (strong)
		return (unsigned)rx_emit(c, c->ms, n.end, REDACT_PERSON);
	/* no context: two words or more, known to the gazetteer */
	if (n.nt < 2 || n.caps)
		return 0;
	for (size_t k = 1; k < n.nt; k++)
		if (!is_initial(s, &n, k) && stop_token(s, &n, k) && !namelike_stop(s, &n, k))
			return 0;
	int first_given = token_is(s, &n, 0, rx_is_given);
	int last_known = token_is(s, &n, n.nt - 1, rx_is_surname);
	if (namelike_stop(s, &n, 0) && !last_known)
		return 0;
	if (!first_given && !(last_known && token_is(s, &n, 0, rx_is_surname)))
		return 0;
	return (unsigned)rx_emit(c, c->ms, n.end, REDACT_PERSON);
}

/* "Geachte heer van Leeuwen", "Dear Mr de Vries": a surname with its
 * particle, after a strong context only. */
static unsigned detect_particle_name(struct rx_ctx *c)
{
	const char *s = c->text;
	struct name n;
	size_t j = c->ms, pe;
	for (int k = 0; k < 2 && is_particle(s, c->len, j, &pe); k++)
		j = pe + 1;
	if (j == c->ms || !parse_name(s, c->len, j, &n) || before_context(s, c->ms) != C_STRONG)
		return 0;
	for (size_t k = 0; k < n.nt; k++)
		if (stop_token(s, &n, k) && !namelike_stop(s, &n, k))
			return 0;
	return (unsigned)rx_emit(c, c->ms, n.end, REDACT_PERSON);
}

/* vCard "N:Family;Given;Middle;Prefix;Suffix": the name parts. */
static unsigned detect_vcard_n(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t le = rx_line_end(s, c->len, c->me), i = c->me + 1;
	unsigned k = 0;
	for (int part = 0; part < 3 && i <= le; part++) {
		size_t e = i;
		while (e < le && s[e] != ';')
			e++;
		size_t a = i, b = e;
		while (a < b && s[a] == ' ')
			a++;
		while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\r'))
			b--;
		if (b > a)
			k += (unsigned)rx_emit(c, a, b, REDACT_PERSON);
		i = e + 1;
	}
	return k;
}

const struct rx_frag rx_person_frags[] = {
	{F_PERSON, RX_WORD, "(?<![^\\n])(?:item[0-9]+\\.)?N(?:;[^:\\n]{0,40})?:(?=[^\\n;]*;)",
	 detect_vcard_n, "vcard_n"},
	{F_PERSON, RX_WORD, "(?:van|von|de|da|di|del|della|du|le|la|ten|ter|dos|das|do) (?=[A-Z\\xc3-\\xc5])",
	 detect_particle_name, "person_particle"},
	{F_PERSON, RX_WORD,
	 "(?<![A-Za-z\\x80-\\xbf]-)(?:[A-Z]|\\xc3[\\x80-\\x9e]|\\xc4[\\x80-\\xbf]|\\xc5[\\x80-\\xbf]|\\xce[\\x91-\\xa9]|"
	 "\\xd0[\\x80-\\xaf])(?:'?[A-Za-z\\x80-\\xbf\\xc3-\\xd1])",
	 detect_person, "person"},
};
const size_t rx_person_nfrags = sizeof rx_person_frags / sizeof rx_person_frags[0];
