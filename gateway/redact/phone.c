/* phone: telephone numbers. PCRE2 finds a run of digits and separators
 * (space, NBSP, narrow NBSP, '-', en dash, '.', '/', parentheses, full-width
 * forms) starting with '+', '(' or a digit; the run is split into digit
 * groups here and libphonenumber's numbering plans decide (phonemeta.h):
 *
 * - "+CC ..." and "00CC ...": valid for the country code's plan; no context
 *   needed.
 * - national numbers (ES, PT, PL, IT mobiles, IN, CN, MX, BR, SG, HK, RU
 *   "8 (9xx)", ...): valid in one of the plans of REGIONS, and a phone word
 *   before it, phone-like grouping or a contact row's cell; never after an
 *   order, invoice, id or account word, never a date.
 * - US 7-digit local numbers (555-0123): only right after a phone word.
 *
 * A list "a / b" yields two spans: a run that is not valid as a whole is cut
 * at a slash. Extensions ("ext. 45", "x45") stay outside the span. */
#include <pthread.h>
#include <string.h>

#include "phonemeta.h"
#include "redact_int.h"

/* The plans a national number is tried against, most common first. */
static const char *const regions[] = {
	"US", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "CH", "AT", "PT", "BR", "IN", "MX",
	"PL", "IE", "SE", "CN", "SG", "HK", "RU", "JP", "AU", "ZA", "CA",
};

/* Words that name a phone (not only a number: "Numéro d'ordre", "PCN
 * number"). After one of them a national number is also tried against
 * regions_ctx; otherwise only `regions`: the more plans, the more random
 * digits pass one. */
static const char *const phone_word[] = {
	"tel", "tél", "tel.", "telf", "telf.", "phone", "mobile", "mobil", "cell", "cellphone",
	"call", "dial", "fax", "whatsapp", "telefon", "handy", "téléphone", "portable",
	"teléfono", "telefono", "móvil", "movil", "llámame", "llámame al", "celular",
	"celular es", "telefone", "ligar", "ligue", "liga para", "liga pra", "me liga",
	"cellulare", "telefoon", "mobiel", "tlf", "tlf.", "gsm", "mob", "mob.", "puh", "puh.", "puhelin", "mobile no", "mobile no.",
	"phone on account", "phone on file", "mobile on account", "mobile on file", "number on account",
	"number on file", "area code", "number to port", "número a portar", "número para portar",
	/* stop 56: an order's and a network ticket's subscriber ("Phone on
	 * order: 0152 82500349", "MSISDN affected: 682 751 805") */
	"phone on order", "mobile on order", "msisdn", "msisdn affected", "affected msisdn",
	"ring tilbage på",
	"ring til", "ring på", "nomor hp", "no. hp", "telepon", "contacto", "contato",
	"tālrunis", "tālr.", "telefonas", "κινητό", "τηλέφωνο", "mòbil",
	"telèfon", "richiamare", "mobitel", "mobilni", "telefón", "telefonum", "cep telefonu", "cep no",
	"nº de línea", "línea", "llamarle", "llamarle al", "chiami", "chiami il", "chiamare",
	/* Gilbertese, Samoan, Tongan, Asturian, Silesian, Swahili, Dholuo;
	 * Nepali's and Telugu's words (whole lexer words) */
	"tereboon", "telefoni", "telefonu", "teléfonu", "telefōn", "simu", "namba ya simu",
	"मो.", "मोबाइल", "फोन", "ఫోన్", "ఫోన్ నంబర్", "మొబైల్",
	/* Russian ("cep" alone is Brazil's postcode word too) */
	"тел", "тел.", "телефон", "моб", "моб.",
	"мобильный", "сотовый", "телефон для связи", NULL,
};
static struct rx_kwset phone_word_kws = RX_KWSET(phone_word);
/* The other words that make a number a phone, with phone_word: generic
 * ones ("number", "contact", "numéro") and the phrases around a phone. */
static const char *const phone_kw[] = {
	"phones", "call me", "text me", "sms", "number", "numbers", "reach", "reach me",
	"contact", "direct", "desk", "landline", "office line", "telefonnummer",
	"handynummer", "rufnummer", "ruf", "erreichbar", "kontakt", "festnetz", "numéro",
	"appeler", "appelez", "rappelez", "joindre", "llamar", "número", "chiamami",
	"chiamare", "numero", "nummer", "bel me", "bereikbaar", "numer", "telefonu", "komórka",
	"номер", "телефон", "звоните", "電話", "电话", "手机", "फ़ोन", "फोन", "phone number",
	"cell phone", "mobile number", "ph", "☎", "📞", "✆", "contattarmi", "contattami",
	"contattare", "matkapuhelin", "mobilnummer", "mobiltelefon", "telemóvel", "telemovel",
	"numero di telefono", "numéro de téléphone", "ring mig", "ring meg", "soita",
	"zadzwoń", "zavolejte", "arayın", "telefon numarası", "nomor telepon",
	"numero ng telepono", "nambari ya simu", "tel. nr.", "τηλ.", "richiamami",
	"telefono cellulare", "telefonszám", "mobil:", "numri i telefonit", "cel.", "휴대전화",
	"전화번호", "手機", "電話號碼", "telefonn", "fon", "namba bilong fon", "xov tooj", "selfon",
	"ഫോൺ", "ഫോൺ നമ്പർ", "फोन नंबर", "selular", "chiamatemi", "chiamateci", "vi avviso",
	"avvisatemi", "llamadme", "llámenme", "llámanos", "llamanos", "emergenza", "emergencia",
	"emergency", "notfall", "urgence", "noodgeval",
	/* stop 46: who called whom at which number ("el conductor me llamó
	 * al ...", "te llamaremos al ...", "llamad a Rocío: ...") */
	"llamó al", "me llamó al", "llamaremos al", "te llamaremos al", "le llamaremos al", "llamad",
	"llamad a", "ti chiameremo al", "vi chiameremo al", "nous vous appellerons au",
	"wir rufen sie an unter", "we bellen je op", "we'll call you on", "we will call you on",
	/* stop 48: contact details and "if anything comes up" before a number
	 * ("Recapiti: 338 ...", "Cualquier cosa: 608 ...", "su cel es 55 ...") */
	"recapiti", "recapito", "cualquier cosa", "per qualsiasi cosa", "falls was ist", "si souci",
	"any probs", "txt me", "cel", "su cel", "su cel es", "celular",
	/* stop 52: a claimant's "call me at" and a caller's "call back on"
	 * ("Pueden llamarme al ...", "Devolver llamada al ...", "dzwonić na
	 * ...", "port. 06 ..."), a list of numbers' label */
	"llamarme", "llamarnos", "devolver llamada", "contactarme", "contactarnos",
	"dzwonić", "zadzwonić", "port.", "portable", "téléphones", "telefoons", "teléfonos",
	"telefones", "telefoni", "telefony", "directo", "diretto", "durchwahl", NULL,
};
static const char *const regions_ctx[] = {
	"AR", "PH", "NZ", "DK", "NO", "FI", "KE", "ID", "TH", "IL", "RO", "CZ", "UA", "NG",
	"PK", "BD", "PE", "CO", "CL", "TR", "GR", "HU", "SK", "IS", "MY", "VN", "KR", "EG",
	"LV", "LT", "EE", "CY", "MT", "LU", "SI", "HR", "RS", "BG", "AL", "AM", "GE", "KZ",
	"MN", "NP", "LK", "GH", "MA", "TW",
	/* smaller plans, tried only after a phone word */
	"CW", "AW", "SX", "LS", "SZ", "BW", "NA", "ZM", "ZW", "MW", "UG", "TZ", "RW", "ET", "SN",
	"CI", "CM", "GM", "SL", "LR", "GN", "ML", "BF", "NE", "BJ", "TG", "MU", "RE", "MG", "MZ",
	"AO", "JM", "TT", "BB", "BS", "FJ", "PG", "VU", "WS", "TO", "SB", "MV", "MM", "KH", "LA",
	"BT", "AF", "IQ", "JO", "LB", "SA", "AE", "QA", "KW", "BH", "OM", "DZ", "TN", "SD", "SO",
	"BO", "PY", "UY", "EC", "VE", "GT", "HN", "SV", "NI", "CR", "PA", "DO", "HT", "BY", "MD",
	"AZ", "UZ", "KG", "TJ", "MK", "BA", "ME",
};
/* The lists in one set (phone words first), so that one scan of the
 * context finds the nearest word of either kind. */
static const char *ctx_words[sizeof phone_word / sizeof phone_word[0] + sizeof phone_kw / sizeof phone_kw[0] +
			     RX_PHONE_NOT_WORDS];
static size_t n_phone_words, first_firm_word = SIZE_MAX;
static struct rx_kwset ctx_kws = RX_KWSET(ctx_words);
static pthread_once_t ctx_once = PTHREAD_ONCE_INIT;

static void ctx_init(void)
{
	size_t n = 0;
	for (const char *const *w = phone_word; *w; w++)
		ctx_words[n++] = *w;
	for (const char *const *w = phone_kw; *w; w++)
		ctx_words[n++] = *w;
	n_phone_words = n;
	for (const char *const *w = rx_phone_not_words; *w; w++) {
		if (!strcmp(*w, "switchboard"))
			first_firm_word = n;
		ctx_words[n++] = *w;
	}
	ctx_words[n] = NULL;
}

/* Phone words strong enough to admit a short local number. */
static const char *const local_kw[] = {
	"dial", "call", "phone", "tel", "local number", "extension", "number is", "desk at",
	"reach me at", "reach us at", "call me on", NULL,
};
static struct rx_kwset local_kws = RX_KWSET(local_kw);

#define MAX_GROUPS 12

struct run {
	size_t gs[MAX_GROUPS], ge[MAX_GROUPS]; /* digit groups (byte offsets) */
	size_t nd[MAX_GROUPS];                 /* digits per group */
	size_t ng;
	int plus;                              /* starts with '+' */
	size_t start;                          /* span start ('+', '(' or first digit) */
};

/* Splits [ms, me) into digit groups. */
static void split(const char *s, size_t len, size_t ms, size_t me, struct run *r)
{
	size_t i = ms, adv;
	memset(r, 0, sizeof *r);
	r->start = ms;
	if (s[i] == '(' && i + 1 < me && s[i + 1] == '+') {
		/* "(+52 55 ...)": the parentheses wrap the number */
		i++;
		r->start = i;
	}
	if (s[i] == '+') {
		r->plus = 1;
		i++;
	} else if (me - i >= 3 && (unsigned char)s[i] == 0xEF && (unsigned char)s[i + 1] == 0xBC &&
		   (unsigned char)s[i + 2] == 0x8B) {
		r->plus = 1;
		i += 3;
	}
	(void)len;
	while (i < me && r->ng < MAX_GROUPS) {
		if (rx_digit_at(s, me, i, &adv) < 0) {
			i++;
			continue;
		}
		size_t st = i, n = 0;
		while (i < me && rx_digit_at(s, me, i, &adv) >= 0) {
			i += adv;
			n++;
		}
		r->gs[r->ng] = st;
		r->ge[r->ng] = i;
		r->nd[r->ng] = n;
		r->ng++;
	}
	/* "(349 721 0099)" wraps the number too: its parenthesis does not
	 * close after the first group, as an area code's does ("(030)
	 * 1234567"), so it stays outside */
	if (s[r->start] == '(' && r->ng >= 2 && r->gs[0] == r->start + 1 &&
	    !memchr(s + r->ge[0], ')', r->gs[1] - r->ge[0]))
		r->start++;
}

/* Digits of groups [a, b] into d; count returned (0 if over cap). */
static size_t collect(const char *s, const struct run *r, size_t a, size_t b, char *d, size_t cap)
{
	size_t n = 0, adv;
	for (size_t g = a; g <= b; g++)
		for (size_t i = r->gs[g]; i < r->ge[g];) {
			int v = rx_digit_at(s, r->ge[g], i, &adv);
			if (n == cap)
				return 0;
			d[n++] = (char)('0' + v);
			i += adv;
		}
	return n;
}

/* The separator text between groups g and g + 1 holds c. */
static int gap_has(const char *s, const struct run *r, size_t g, char c)
{
	return memchr(s + r->ge[g], c, r->gs[g + 1] - r->ge[g]) != NULL;
}

/* Whether the gap between groups g, g + 1 is a list separator ("a / b"). */
static int list_gap(const char *s, const struct run *r, size_t g)
{
	size_t a = r->ge[g], b = r->gs[g + 1];
	return b - a >= 3 && memchr(s + a, '/', b - a) && s[a] == ' ' && s[b - 1] == ' ';
}

/* The context of a national number on its line: 1 when a phone word is
 * nearer than any word that makes it something else ("order", "amount",
 * "NHS number"...), -1 when such a word is nearer (-2 when it names a
 * firm's desk: "switchboard", "Centralita"), 0 when neither is there.
 * Compound names ("BSN-nummer") end where their "nummer" ends: the
 * identifier wins. */
static int context(const struct rx_ctx *c, size_t at, size_t window, int in_cell)
{
	const char *s = c->text;
	size_t ls = rx_line_start(s, at), which = 0;
	size_t from = at > window ? at - window : 0;
	if (from < ls)
		from = ls;
	/* a cell's own words only, past a row's first cell ("Kia Lis\t$220\t
	 * (559) 710-6605": the amount is the cell before; in "national_id |
	 * 030200-9180" the first cell is the value's key) */
	if (in_cell) {
		size_t last = RX_NONE, cells = 0;
		for (size_t q = ls; q < at; q++)
			if (s[q] == '\t' || s[q] == '|') {
				last = q + 1;
				cells++;
			}
		if (cells >= 2 && last > from)
			from = last;
	}
	pthread_once(&ctx_once, ctx_init);
	/* at equal ends the longer phrase wins: a "not a phone" compound
	 * ("NHS number") beats its "number" */
	size_t ke = rx_kw_last(c, &ctx_kws, from, at, &which);
	if (ke == RX_NONE)
		return 0;
	/* (a line that opens with "Office line" and the number gives a
	 * parish's or a charity's line, "Office line 058 903 4903"; "not the
	 * office line 617-..." in a chat is a person's, and the older corpus
	 * labels "Office line (+39-02-...) is staffed"; stop 56) */
	if (which < n_phone_words)
		return ke == ls + 11 && at <= ke + 2 && ke + 2 < c->len && s[ke] == ' ' &&
			       (rx_is_digit((unsigned char)s[ke + 1]) ||
				(s[ke + 1] == '(' && rx_is_digit((unsigned char)s[ke + 2]))) &&
			       rx_fold_eq(s + ls, "office line", 11)
			   ? -2
			   : 1;
	/* (a value of its own and a comma right before the number end its
	 * say: "staff no. E94399, 07753 674774"; stop 54) */
	if (at >= ke + 4 && s[at - 1] == ' ' && s[at - 2] == ',' && rx_is_alnum((unsigned char)s[at - 3]))
		for (size_t q = ke; q < at - 3; q++)
			if (rx_is_alnum((unsigned char)s[q]))
				return 0;
	return which >= first_firm_word ? -2 : -1;
}

/* The answer to a question for a phone number: the line before ends in
 * '?' after a phone word ("alternate number?", "what's your mobile?") and
 * the number opens this line, after a speaker's name at most ("Me:
 * 8178151773"). */
static int asked_before(const struct rx_ctx *c, size_t at)
{
	const char *s = c->text;
	size_t ls = rx_line_start(s, at), l0 = ls;
	/* (past a chat's bracketed clock: "[13:18] Io: 335 ...") */
	if (at > ls + 8 && s[ls] == '[') {
		const char *rb = memchr(s + ls, ']', at - ls < 24 ? at - ls : 24);
		if (rb)
			ls = (size_t)(rb - s) + 1;
	}
	if (l0 < 3 || at - ls > 24)
		return 0;
	for (size_t i = ls; i < at; i++)
		if (rx_is_digit((unsigned char)s[i]))
			return 0;
	size_t q = l0 - 1;
	while (q > 0 && rx_in(" \r\n", s[q - 1]))
		q--;
	if (q == 0 || s[q - 1] != '?')
		return 0;
	return context(c, q - 1, 64, 0) > 0;
}

/* The two context verdicts of one run, computed once (2: not yet). */
struct ctxmemo {
	int near24, near48;
};

static int phone_context(const struct rx_ctx *c, size_t at, struct ctxmemo *m)
{
	if (m->near48 == 2)
		m->near48 = context(c, at, 48, 0);
	return m->near48 > 0;
}

static int negative_context(const struct rx_ctx *c, size_t at, struct ctxmemo *m)
{
	if (m->near24 == 2)
		m->near24 = context(c, at, 24, 1);
	return m->near24 < 0;
}

/* A firm's desk under its label, whatever its form ("Centralita: +30 210
 * 333 0000", "Asistencia 24 h: +34 971 78 95 00"). */
static int firm_context(const struct rx_ctx *c, size_t at, struct ctxmemo *m)
{
	if (m->near24 == 2)
		m->near24 = context(c, at, 24, 1);
	return m->near24 == -2;
}

/* A cell of a table column, or a quoted value of an SQL INSERT column,
 * named like a phone column (rx_phone_column_says, phone_contact.c). */
static int phone_column(struct rx_ctx *c, size_t at)
{
	return rx_phone_column_says(c, at) == 1;
}

static int valid_in(const char *region, const char *d, size_t n)
{
	return phonemeta_check_national(region, d, n) == PHONEMETA_VALID;
}

/* "(AAA) EEE-NNNN" (NANP), "(DD) NNNNN-NNNN" (Brazil, Mexico), "(0AB) ..."
 * (a trunk prefix in parentheses): the group in parentheses is an area code
 * of a plan in which the number is valid. */
static int paren_area(const char *s, const struct run *r, const char *d, size_t n)
{
	if (s[r->start] != '(' || r->ng < 2 || !memchr(s + r->ge[0], ')', r->gs[1] - r->ge[0]))
		return 0;
	if (d[0] == '0')
		return 1;
	if (r->nd[0] == 3)
		return valid_in("US", d, n) || valid_in("CA", d, n);
	if (r->nd[0] == 2)
		return valid_in("BR", d, n) || valid_in("MX", d, n);
	return 0;
}

/* 1: valid in a plan of regions[]; 0: in none. (A firm's type,
 * rx_phone_firm_number, does not count for a national number: its plan is
 * a guess, and "0800 150 50 50" is a number of Italy's and India's plans as
 * well as a toll-free one of eight others.) */
static int national_valid(const char *d, size_t n, int *local)
{
	*local = 0;
	for (size_t i = 0; i < sizeof regions / sizeof regions[0]; i++) {
		int v = phonemeta_check_national(regions[i], d, n);
		if (v == PHONEMETA_VALID)
			return 1;
		if (v == PHONEMETA_LOCAL_ONLY && (i == 0 || !strcmp(regions[i], "CA")))
			*local = 1;
	}
	return 0;
}

/* North American layout: [1-]AAA-EEE-NNNN, (AAA) EEE-NNNN, AAA.EEE.NNNN,
 * one separator kind. */
static int nanp_layout(const char *s, const struct run *r, size_t g)
{
	size_t a = 0;
	if (g == 3 && r->nd[0] == 1)
		a = 1;
	if (g != a + 2 || r->nd[a] != 3 || r->nd[a + 1] != 3 || r->nd[a + 2] != 4)
		return 0;
	return !gap_has(s, r, a, '/') && !gap_has(s, r, a + 1, '/');
}

/* Nine digits spaced 3-2-2-2 ("622 22 41 26"): how Spain and Portugal
 * write a mobile or a number without a trunk prefix; no amount, count or
 * reference is grouped so (the plan still decides). */
static int pairs_layout(const char *s, const struct run *r, size_t g)
{
	if (g != 3 || r->nd[0] != 3 || r->nd[1] != 2 || r->nd[2] != 2 || r->nd[3] != 2)
		return 0;
	for (size_t k = 0; k < 3; k++)
		if (r->gs[k + 1] != r->ge[k] + 1 || s[r->ge[k]] != ' ')
			return 0;
	return 1;
}

/* Russia's "8 (914) 854-55-26": the trunk prefix 8, the area or mobile
 * code in parentheses, then 3-2-2. */
static int ru_layout(const char *s, const struct run *r, size_t g)
{
	return g == 4 && r->nd[0] == 1 && s[r->gs[0]] == '8' && r->nd[1] == 3 && r->nd[2] == 3 && r->nd[3] == 2 &&
	       r->nd[4] == 2 && r->gs[1] > 0 && s[r->gs[1] - 1] == '(' && s[r->ge[1]] == ')';
}

/* Layouts only a mobile of one country has: India's 98450 12345 (or
 * 98450-12345), Turkey's 0532 123 45 67; valid in that country's plan. */
static int mobile_layout(const char *s, const struct run *r, size_t g, const char *d, size_t n)
{
	if (g == 1 && n == 10 && r->nd[0] == 5 && d[0] >= '6' && r->gs[1] == r->ge[0] + 1 &&
	    rx_in(" -", s[r->ge[0]]))
		return valid_in("IN", d, n);
	if (g == 3 && n == 11 && d[0] == '0' && d[1] == '5' && r->nd[0] == 4 && r->nd[1] == 3 && r->nd[2] == 2)
		return valid_in("TR", d, n);
	/* China's mobiles as written, 3-4-4 ("133-7132-3593") */
	return g == 2 && n == 11 && d[0] == '1' && r->nd[0] == 3 && r->nd[1] == 4 && r->nd[2] == 4 &&
	       r->gs[1] == r->ge[0] + 1 && r->gs[2] == r->ge[1] + 1 && rx_in(" -", s[r->ge[0]]) &&
	       s[r->ge[1]] == s[r->ge[0]] && valid_in("CN", d, n);
}

/* Mobiles as their countries write them, without a trunk prefix or a
 * phone word: Italy's 3 then 7 ("389 3490377", "339/7753678"), Greece's
 * 69x then 7, Portugal's (9x) and Poland's in three groups of three, and
 * Turkey's "0 (544) 381 05 61"; each valid in its plan. */
static int more_mobiles(const char *s, const struct run *r, size_t g, const char *d, size_t n)
{
	if (g == 4 && n == 11 && r->nd[0] == 1 && d[0] == '0' && d[1] == '5' && r->nd[1] == 3 &&
	    memchr(s + r->ge[0], '(', r->gs[1] - r->ge[0]))
		return valid_in("TR", d, n);
	for (size_t k = 0; k < g; k++)
		if (r->gs[k + 1] != r->ge[k] + 1 || !(s[r->ge[k]] == ' ' || (g == 1 && s[r->ge[k]] == '/')))
			return 0;
	if (g == 1 && n == 10 && r->nd[0] == 3 && d[0] == '3')
		return valid_in("IT", d, n);
	if (g == 1 && n == 10 && r->nd[0] == 3 && d[0] == '6' && d[1] == '9' && s[r->ge[0]] == ' ')
		return valid_in("GR", d, n);
	if (g == 2 && n == 9 && r->nd[0] == 3 && r->nd[1] == 3) {
		/* (the mobiles' own prefixes: 80x, 70x and 76x are firms' and
		 * landlines') */
		static const char *const pl[] = {"45", "50", "51", "53", "57", "60", "66", "69", "72", "73",
						 "78", "79", "88", NULL};
		if (d[0] == '9' && rx_in("1236", d[1]))
			return valid_in("PT", d, n);
		for (const char *const *p = pl; *p; p++)
			if (d[0] == (*p)[0] && d[1] == (*p)[1])
				return valid_in("PL", d, n);
	}
	return rx_phone_mobile_groups(d, n, r->nd, g);
}

/* The verdict on groups [0, g] of r: 1 phone, 0 not. */
static int judge(struct rx_ctx *c, const char *s, size_t len, const struct run *r, size_t g,
		 size_t end, struct ctxmemo *m)
{
	char d[24];
	size_t n = collect(s, r, 0, g, d, sizeof d);
	if (n < 7 || n > 17)
		return 0;
	/* placeholders ("(123) 456-7890", "06 00 00 00 00"), switchboards ("01 40 00 00 00") */
	if ((n == 10 && !memcmp(d, "1234567890", 10)) || (n >= 9 && !memcmp(d + n - 6, "000000", 6)))
		return 0;
	/* a range of times, a run inside a date or an identifier, fiction's
	 * 555 (phone_not.c) */
	if (rx_phone_time_range(s, r->start, end) || rx_phone_in_ident(s, len, r->start) ||
	    rx_phone_fiction(d, n, r->nd, g))
		return 0;
	/* an institution's number on its sign (phone_not.c) */
	if (rx_phone_firm_line(c, r->start) || rx_phone_inst_before(c, r->start) ||
	    (r->plus && firm_context(c, r->start, m)) ||
	    rx_firm_footer(s, len, r->start, end) || rx_phone_block_firm(s, len, r->start, end))
		return 0;
	if (r->plus)
		return phonemeta_check_intl(d, n, NULL) == PHONEMETA_VALID && !rx_phone_firm_number(d[0] == '1');
	if (n >= 10 && r->nd[0] >= 2 && d[0] == '0' && d[1] == '0' && d[2] != '0' &&
	    phonemeta_check_intl(d + 2, n - 2, NULL) == PHONEMETA_VALID)
		return !rx_phone_firm_number(d[2] == '1');
	/* national numbers (a freephone's layout first, then a mobile's own:
	 * Turkish "cep" is a mobile, Brazil's CEP a postcode) */
	if (rx_phone_freephone(d, n, r->nd, g))
		return 0;
	/* an airline ticket's number: its airline's three digits, then ten
	 * ("016 5119114635", "0555192661664"); no national number is as long */
	if (n == 13 && (g == 0 || (g == 1 && r->nd[0] == 3)))
		return 0;
	if (mobile_layout(s, r, g, d, n))
		return 1;
	if (rx_phone_is_date(s, len, r->gs[0], end) || negative_context(c, r->start, m) ||
	    rx_phone_cjk_account_before(s, r->start))
		return 0;
	/* a US ZIP+4 after its state ("Boston, MA  02110-1301") */
	if (g == 1 && r->nd[0] == 5 && r->nd[1] == 4 && gap_has(s, r, 0, '-')) {
		size_t b = r->start;
		while (b > 0 && s[b - 1] == ' ')
			b--;
		if (b < r->start && b >= 3 && rx_is_upper((unsigned char)s[b - 1]) &&
		    rx_is_upper((unsigned char)s[b - 2]) && rx_in(" ,", s[b - 3]))
			return 0;
	}
	/* two '/' or more: a date or a log's timers ("0/42/2/61 200 4723"),
	 * not a number (a phone has one: "030/1234567", "347/1977269") */
	{
		int slashes = 0;
		for (size_t k = 0; k < g; k++)
			slashes += gap_has(s, r, k, '/');
		if (slashes >= 2)
			return 0;
	}
	/* a decimal number ("1.123357", a duration): two groups, one '.' and
	 * no phone word */
	if (g == 1 && gap_has(s, r, 0, '.') && !phone_context(c, r->start, m) && !phone_column(c, r->start))
		return 0;
	/* an IPv4 address ("Release,172.24.25.203,HOST" in a CSV): four
	 * numbers up to 255 without a leading zero between dots (not
	 * "031.418.32.66", "95.794.59.28") */
	if (g == 3 && gap_has(s, r, 0, '.') && gap_has(s, r, 1, '.') && gap_has(s, r, 2, '.')) {
		int ip = 1;
		for (size_t k = 0; k < 4 && ip; k++) {
			const char *q = s + r->gs[k];
			unsigned v = 0;
			for (size_t j = 0; j < r->nd[k] && j < 4; j++)
				v = rx_is_digit((unsigned char)q[j]) ? v * 10 + (unsigned)(q[j] - '0') : 999;
			ip = r->nd[k] <= 3 && v <= 255 && !(r->nd[k] > 1 && q[0] == '0');
		}
		if (ip)
			return 0;
	}
	/* the seconds and their fraction of a timestamp ("17:17:02.8455620Z") */
	if (r->start >= 2 && s[r->start - 1] == ':' && rx_is_digit((unsigned char)s[r->start - 2]))
		return 0;
	/* inside an identifier (arn:aws:iam::123456789012:role), an amount
	 * ("1 234 567,89" going on; "86913.87": two groups, the second of two
	 * digits after one '.' or ',') */
	if ((end + 1 < len && s[end] == ':' && rx_is_alnum((unsigned char)s[end + 1])) ||
	    rx_phone_amount_after(s, len, end) ||
	    (g == 1 && r->nd[1] == 2 && r->gs[1] == r->ge[0] + 1 && rx_in(".,", s[r->ge[0]])))
		return 0;
	/* what could make it a phone, checked before the (costlier)
	 * numbering plans: a phone word or column, a phone layout, or the
	 * shape of a short local number */
	int col = rx_phone_column_says(c, r->start);
	/* (after contact data: nine digits or more, not a Swedish
	 * personnummer's YYMMDD-NNNN) */
	int ctx = phone_context(c, r->start, m) || col == 1 ||
		  (n >= 9 && !(g == 1 && r->nd[0] == 6 && r->nd[1] == 4) &&
		   (rx_phone_contact_before(s, r->start) || asked_before(c, r->start)));
	/* a cell of a column named for something else ("| IPI |" over
	 * "09132995581") */
	if (col < 0 && !r->plus && !phone_context(c, r->start, m))
		return 0;
	int grouped = g >= 1 && !gap_has(s, r, 0, '/');
	int trunk = d[0] == '0';
	int paren = s[r->start] == '(';
	int trunk_layout = trunk && n >= 9 && (grouped || n >= 10);
	int nanp = nanp_layout(s, r, g), pairs = pairs_layout(s, r, g) || ru_layout(s, r, g);
	/* (a cell of ten bare digits from 1 is a Unix time: "1739739660";
	 * no national number starts so) */
	/* (bare digits with no trunk prefix in a cell are a record's or an
	 * order's number unless the column names a phone: phone_column, in
	 * ctx) */
	int cell = rx_phone_csv_cell(s, len, r->start, end) && (grouped || trunk) &&
		   !(g == 0 && n == 10 && d[0] == '1');
	int short_local = n == 7 && g == 1 && r->nd[0] == 3;
	if (more_mobiles(s, r, g, d, n))
		return 1;
	if (!ctx && !paren && !trunk_layout && !nanp && !pairs && !cell && !short_local)
		return 0;
	/* a lone digit first is a log's counter before other numbers ("204 -
	 * 0 3873 173 194"), not a trunk prefix, without a phone word */
	if (!ctx && g >= 1 && r->nd[0] == 1 && d[0] == '0' && gap_has(s, r, 0, ' '))
		return 0;
	int local;
	if (!national_valid(d, n, &local)) {
		/* more countries' plans after a phone word */
		if (ctx && n >= 8 && (col == 1 || rx_kw_before(c, &phone_word_kws, r->start, 32)))
			for (size_t i = 0; i < sizeof regions_ctx / sizeof regions_ctx[0]; i++)
				if (valid_in(regions_ctx[i], d, n))
					return 1;
		/* a short local number, only right after a strong phone word */
		return local && short_local && rx_kw_before(c, &local_kws, r->start, 32);
	}
	if (ctx)
		return 1;
	/* no phone word: the layout must look like a phone number */
	if (paren)
		return paren_area(s, r, d, n);
	if (trunk_layout || pairs)
		return 1;
	if (nanp && (valid_in("US", d, n) || valid_in("CA", d, n)))
		return 1;
	return cell;
}

/* Separator characters inside a run: spaces (also NBSP, narrow NBSP and
 * U+2000-U+200A), '-', '.', '/', '(', ')', dashes U+2010-U+2013 and the
 * full-width forms of ( ) - . ; byte length or 0. */
static size_t sepc(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t k = rx_space_at(s, len, i);
	if (k)
		return u[i] == '\t' || (k == 3 && u[i] == 0xE3) ? 0 : k;
	if (u[i] == '-' || u[i] == '.' || u[i] == '/' || u[i] == '(' || u[i] == ')')
		return 1;
	/* (not an em dash or a bar, U+2014-2015: a list's fields between
	 * them, "974 703 939 — 02/03/1953") */
	if (i + 2 < len && u[i] == 0xE2 && u[i + 1] == 0x80 && u[i + 2] >= 0x90 && u[i + 2] <= 0x93)
		return 3;
	if (i + 2 < len && u[i] == 0xEF && u[i + 1] == 0xBC &&
	    (u[i + 2] == 0x88 || u[i + 2] == 0x89 || u[i + 2] == 0x8D || u[i + 2] == 0x8E))
		return 3;
	return 0;
}

/* Whether "+CC " (1-4 digits) ends right before i: then what starts at i is
 * the rest of an international number, judged (and refused) as one. */
static int after_intl_prefix(const char *s, size_t i)
{
	size_t j = i;
	if (j > 0 && s[j - 1] == ' ')
		j--;
	size_t k = j;
	while (k > 0 && j - k < 5 && rx_is_digit((unsigned char)s[k - 1]))
		k--;
	return k < j && j - k <= 4 && k > 0 && s[k - 1] == '+';
}

/* Whether a national number may start at i: not inside a longer digit
 * sequence ("1234 5678", "12.34"), not after "::", "+" or a word. */
static int national_start_ok(const char *s, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	if (i >= 2 && rx_is_digit(u[i - 2]) && (u[i - 1] == ' ' || u[i - 1] == '.' || u[i - 1] == '-'))
		return 0;
	if (i >= 3 && rx_is_digit(u[i - 3]) && u[i - 2] == 0xC2 && u[i - 1] == 0xA0)
		return 0;
	if (i >= 2 && u[i - 1] == ':' && u[i - 2] == ':')
		return 0;
	if (i >= 1 && u[i - 1] == '+')
		return 0;
	/* the rest of a run of short numbers between slashes ("0/0/0/56/73
	 * 200 3564", a proxy log's timers), not one number after another
	 * ("030 84861089/0151/50164464") */
	if (i >= 4 && u[i - 1] == '/' && rx_is_digit(u[i - 2])) {
		size_t j = i - 2;
		while (j > 0 && rx_is_digit(u[j - 1]))
			j--;
		if (i - 1 - j <= 3 && j >= 2 && u[j - 1] == '/' && rx_is_digit(u[j - 2]))
			return 0;
	}
	/* a code's number after its letter and '-' ("ISWC: T-047.090.797-1"),
	 * a reference's after its capitals and '/' ("OM/2026/07160", not
	 * "Tel/0151 ..." nor "TEL/"; stop 62) */
	if (i >= 2 && u[i - 1] == '-' && rx_is_alpha(u[i - 2]))
		return 0;
	if (i >= 3 && u[i - 1] == '/' && rx_is_upper(u[i - 2]) && rx_is_upper(u[i - 3]) &&
	    !(i >= 4 && (!memcmp(s + i - 4, "TEL", 3) || !memcmp(s + i - 4, "FAX", 3) || !memcmp(s + i - 4, "MOB", 3))))
		return 0;
	if (i >= 1 && u[i - 1] == '(' && after_intl_prefix(s, i - 1))
		return 0;
	/* the rest of "(555) 123-4567" after its area code */
	if (i >= 3 && (u[i - 1] == ' ' || u[i - 1] == '-') && u[i - 2] == ')' && rx_is_digit(u[i - 3]))
		return 0;
	if (i >= 3 && u[i - 3] == 0xEF && u[i - 2] == 0xBC && u[i - 1] == 0x8B)
		return 0;
	return !rx_word_before(s, i);
}

/* The digits' hash (FNV-1a), 0 never. */
static uint64_t digits_hash(const char *d, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)d[i]) * 1099511628211ull;
	return h | 1;
}

/* A phone found in the message is remembered (its digits, eight phones
 * at most), so that the same number said again is found without its
 * context ("my number is 9073910886" ... "the line 9073910886"). */
static unsigned emit_phone(struct rx_ctx *c, const struct run *r, size_t g, size_t end)
{
	char d[24];
	size_t n = collect(c->text, r, 0, g, d, sizeof d);
	if (n && c->nphone < sizeof c->phone_h / sizeof c->phone_h[0])
		c->phone_h[c->nphone++] = digits_hash(d, n);
	/* (a number wrapped in parentheses whole, "(451396028)": no area
	 * code's, the '(' is the text's; stop 65) */
	size_t st = r->start;
	if (c->text[st] == '(' && end < c->len && c->text[end] == ')' && !memchr(c->text + st + 1, ')', end - st - 1))
		st++;
	return (unsigned)rx_emit(c, st, end, REDACT_PHONE);
}

static int phone_again(const struct rx_ctx *c, const struct run *r, size_t g)
{
	char d[24];
	size_t n = c->nphone ? collect(c->text, r, 0, g, d, sizeof d) : 0;
	if (n < 7)
		return 0;
	uint64_t h = digits_hash(d, n);
	for (unsigned k = 0; k < c->nphone; k++)
		if (c->phone_h[k] == h)
			return 1;
	return 0;
}

static unsigned detect_phone(struct rx_ctx *c)
{
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	size_t i = c->ms, len = c->len, adv;
	struct run r;
	/* where a run may start */
	if (u[i] == '+' || (u[i] == 0xEF && i + 2 < len && u[i + 1] == 0xBC && u[i + 2] == 0x8B)) {
		if (i > 0 && (rx_is_alnum(u[i - 1]) || u[i - 1] == '_' || u[i - 1] == '+'))
			return 0;
		i += u[i] == '+' ? 1 : 3;
		if (i < len && (s[i] == ' ' || s[i] == '('))
			i++;
		if (rx_digit_at(s, len, i, &adv) < 0)
			return 0;
	} else if (u[i] == '(') {
		if (i > 0 && (rx_is_alnum(u[i - 1]) || u[i - 1] == '_' || u[i - 1] == '('))
			return 0;
		/* "8 (918) 349-10-16", "1 (555) 123-4567": the number starts at
		 * the lone digit (a trunk prefix or a country code) */
		if (i >= 2 && u[i - 1] == ' ' && rx_is_digit(u[i - 2]) && (i == 2 || !rx_is_alnum(u[i - 3])))
			return 0;
		if (after_intl_prefix(s, i))
			return 0;
		i++;
		if (i < len && s[i] == '+')
			i++;
		if (rx_digit_at(s, len, i, &adv) < 0)
			return 0;
	} else {
		if (rx_digit_at(s, len, i, &adv) < 0 || !national_start_ok(s, i))
			return 0;
		/* (a GDT record's line is no number: gdt.c) */
		unsigned gf;
		size_t gs, ge;
		if ((i == 0 || s[i - 1] == '\n') && rx_gdt_line(s, len, i, &gf, &gs, &ge))
			return 0;
	}
	/* the run of digits and separators, 40 characters at most, 7 digits at
	 * least */
	size_t e = i, nd = 0;
	for (int chars = 0; e < len && chars < 40; chars++) {
		if (rx_digit_at(s, len, e, &adv) >= 0) {
			nd++;
			e += adv;
			continue;
		}
		size_t k = sepc(s, len, e);
		/* two spaces end it: columns, not groups ("028 3502 4179   6.
		 * Email", "D        0  2024-11-01") */
		if (!k || (s[e] == ' ' && e > i && s[e - 1] == ' '))
			break;
		e += k;
	}
	if (nd < 7)
		return 0;
	c->me = e;
	split(s, c->len, c->ms, c->me, &r);
	if (r.ng == 0)
		return 0;
	/* a spaced slash ends the number: "a / b" is a list; not after a
	 * lone area code with its trunk zero ("030 / 98734764", "0179 /
	 * 3057933": the German and Austrian layout of Vorwahl / Rufnummer) */
	for (size_t g = 0; g + 1 < r.ng; g++)
		if (list_gap(s, &r, g) &&
		    !(g == 0 && !r.plus && r.nd[0] >= 3 && r.nd[0] <= 5 && s[r.gs[0]] == '0' && s[r.gs[0] + 1] != '0' &&
		      s[r.gs[1]] != '0' && r.ge[0] - r.gs[0] == r.nd[0])) {
			r.ng = g + 1;
			break;
		}
	/* a desk's line by its note after the whole run ("+44 20 3966 0100
	 * (airline call centre)"; stop 57) */
	if (rx_phone_desk_after(s, c->len, r.ge[r.ng - 1]))
		return 0;
	/* longest valid prefix of whole groups; a cut only at a slash or, for
	 * an international number, anywhere (a trailing account digit) */
	struct ctxmemo m = {2, 2};
	for (size_t g = r.ng; g-- > 0;) {
		size_t end = r.ge[g];
		if (g + 1 < r.ng && !gap_has(s, &r, g, '/') && !r.plus)
			continue;
		if (!judge(c, s, c->len, &r, g, end, &m) && !phone_again(c, &r, g))
			continue;
		/* (a firm's desk near its mailbox or website: phone_not.c) */
		if (rx_phone_site_near(s, c->len, r.start, end))
			return 0;
		/* a '(' before the first digit belongs to the span */
		return emit_phone(c, &r, g, end);
	}
	return 0;
}

const struct rx_trigger rx_phone_triggers[] = {
	{F_PHONE, RX_ON_CHAR, 0, "+(\xef", NULL, detect_phone, "phone_plus_paren_fullwidth"},
	{F_PHONE, RX_ON_DIGIT, RXF_DIG7, NULL, NULL, detect_phone, "phone"},
	{F_PHONE, RX_ON_DIGIT, RXF_DIG7, NULL, NULL, rx_gdt_phone, "gdt_phone"},
};
const size_t rx_phone_ntriggers = sizeof rx_phone_triggers / sizeof rx_phone_triggers[0];
