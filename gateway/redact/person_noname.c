/* person_noname.c: what reads like a name and is none (pn_no_name): a
 * form's example after "e.g.", a field's label ("Last name"), a vet's
 * patient, a pronoun and its verb, a firm by its last word or legal form,
 * a book before its ISBN, a code in capitals, a place after a travel word
 * or "the", an acronym alone. Moved here from person_bounds.c in stop 46;
 * a street's word ("...straat", pn_street_word) came from person.c in stop 55. */
#include <string.h>

#include "person_int.h"

/* A field's label: "Last name", "Last name(s)" (the word of a name's part
 * before "name"). */
static int name_part_label(const struct rx_ctx *c, const struct name *n)
{
	const char *s = c->text;
	size_t b = n->ts[n->nt - 1], e = n->te[n->nt - 1];
	if (e + 5 > c->len || memcmp(s + e, " name", 5) || (e + 5 < c->len && rx_is_alpha((unsigned char)s[e + 5])))
		return 0;
	for (const char *const *p = pn_name_parts; *p; p++)
		if (strlen(*p) == e - b && rx_fold_eq(s + b, *p, e - b))
			return 1;
	return 0;
}

/* An animal, a vet's patient ("PATIENT: Rocky   Species: Rabbit"; its
 * owner's name stays one): a label's colon after it on the line whose
 * word is a kind's, and a pet's label before it. */
static int vet_patient(const struct rx_ctx *c, const struct name *n)
{
	static const char *const kind[] = {"species", "breed", "rasse", "espèce", "especie", "raza", "ras", "razza", NULL};
	static const char *const pet[] = {"patient", "pet", "animal", "tier", "paciente", "patiënt", "animale", "dier",
					  "huisdier", NULL};
	const char *s = c->text;
	size_t a = n->ts[0];
	if (n->nt != 1 || a < 2 || (s[a - 1] != ' ' && s[a - 1] != '\t'))
		return 0;
	size_t le = rx_line_end(s, c->len, n->end);
	const char *colon = le - n->end < 40 ? memchr(s + n->end, ':', le - n->end) : NULL;
	if (!colon || colon <= s + n->end + 3)
		return 0;
	size_t ce = (size_t)(colon - s), cs = ce, ls = rx_line_start(s, a);
	while (cs > n->end && s[cs - 1] != ' ')
		cs--;
	int k = 0;
	for (const char *const *w = kind; *w && !k; w++)
		k = strlen(*w) == ce - cs && rx_fold_eq(s + cs, *w, ce - cs);
	return k && a - ls < 24 && rx_phrase_in(s, ls, a, pet);
}

/* A result's line: " – " between two teams and a score at its end ("  1–0",
 * " 2:1", " 3-2 (a.e.t.)"). */
static int fixture_line(const char *s, size_t len, size_t at)
{
	/* (a cheap look first: a digit ends the line) */
	size_t le = rx_line_end(s, len, at), e = le;
	while (e > at && (s[e - 1] == ' ' || s[e - 1] == '\r' || s[e - 1] == ')' || s[e - 1] == '.'))
		e--;
	if (e == at || !rx_is_digit((unsigned char)s[e - 1]) || le - at > 120)
		return 0;
	size_t ls = rx_line_start(s, at);
	e = le;
	if (le - ls < 12 || le - ls > 120)
		return 0;
	while (e > ls && (s[e - 1] == ' ' || s[e - 1] == '\r'))
		e--;
	if (e - ls > 10 && !memcmp(s + e - 9, " (a.e.t.)", 9))
		e -= 9;
	size_t d2 = e;
	while (d2 > ls && rx_is_digit((unsigned char)s[d2 - 1]))
		d2--;
	if (d2 == e || e - d2 > 2 || d2 < ls + 4)
		return 0;
	size_t q = d2;
	if ((s[q - 1] == ':' && e - d2 == 1) || s[q - 1] == '-')
		q--; /* (a clock's minutes are two digits: "Page Personnel  08:57") */
	else if (q >= ls + 3 && (unsigned char)s[q - 3] == 0xE2 && (unsigned char)s[q - 2] == 0x80 &&
		 (unsigned char)s[q - 1] == 0x93)
		q -= 3;
	else
		return 0;
	size_t d1 = q;
	while (d1 > ls && rx_is_digit((unsigned char)s[d1 - 1]))
		d1--;
	if (d1 == q || q - d1 > 2 || d1 < ls + 2 || s[d1 - 1] != ' ')
		return 0;
	return memmem(s + ls, d1 - ls, " \xe2\x80\x93 ", 5) != NULL || memmem(s + ls, d1 - ls, " - ", 3) != NULL;
}

/* Whether the name at `a` stands on an event's venue's line (its label
 * within 160 bytes before it). */
static int venue_line(const char *s, size_t a)
{
	/* (a cheap look first: right after the label's ": " or a ", ") */
	if (a < 2 || s[a - 1] != ' ' || (s[a - 2] != ':' && s[a - 2] != ','))
		return 0;
	size_t lim = a < 160 ? a : 160;
	const char *nl = memrchr(s + a - lim, '\n', lim);
	size_t ls = nl ? (size_t)(nl - s) + 1 : a - lim;
	return (nl || ls == 0) && rx_venue_label(s, ls, a);
}

/* A receipt's or an invoice's header: the line at a (its start) is a
 * shop's name when one of the two lines below starts with a business's
 * tax or registry number ("TABACCHERIA SAN GIORGIO" / "Corso Italia 3,
 * 56125 Pisa" / "P.IVA 36120460013"). */
static int shop_header(const char *s, size_t len, size_t a)
{
	if (a > 0 && s[a - 1] != '\n')
		return 0;
#define ID(w) {w, sizeof w - 1}
	static const struct {
		const char *w;
		size_t n;
	} ids[] = {ID("p.iva"), ID("partita iva"), ID("ust-idnr"), ID("ust-id"), ID("ust.-id"), ID("vat "),
		   ID("vat:"), ID("vat no"), ID("vat reg"), ID("org.nr"), ID("org nr"), ID("orgnr"), ID("cif "),
		   ID("cif:"), ID("nif "), ID("nif:"), ID("siret"), ID("siren"), ID("abn "), ID("abn:"), ID("gst "),
		   ID("gstin"), ID("kvk"), ID("btw"), ID("tva "), ID("n° tva"), ID("nipc"), ID("cnpj"), ID("rut "),
		   ID("rfc "), ID("nip "), ID("nip:"), ID("krs"), ID("steuernr"), ID("st.-nr"), ID("y-tunnus"),
		   ID("cvr"), ID("org.-nr"), ID("ičo"), ID("ico:")};
#undef ID
	size_t l = rx_line_end(s, len, a);
	for (int k = 0; k < 2 && l < len; k++) {
		size_t ls = l + 1;
		l = rx_line_end(s, len, ls);
		/* (a cheap look first: the line's first letter starts one) */
		char f = ls < l ? rx_lower(s[ls]) : 0;
		if (!f || !strchr("puvocnsagkbtryi", f))
			continue;
		for (size_t j = 0; j < sizeof ids / sizeof ids[0]; j++)
			if (ids[j].w[0] == f && l - ls >= ids[j].n && rx_fold_eq(s + ls, ids[j].w, ids[j].n))
				return 1;
	}
	return 0;
}

/* A German compound that names a body by its last part
 * ("Landeskrankenhaus", "Rettungsleitstelle", "Feuerwache") in [a, e). */
static int body_compound(const char *t, size_t a, size_t e)
{
	static const char *const tails[] = {"krankenhaus", "klinikum", "leitstelle", "feuerwache",
					    "zentrale", "zentrum", "polizei", NULL};
	for (size_t i = a; i < e;) {
		size_t we = i;
		while (we < e && t[we] != ' ')
			we++;
		for (const char *const *q = tails; *q; q++) {
			size_t n = strlen(*q);
			if (we - i > n && rx_fold_eq(t + we - n, *q, n))
				return 1;
		}
		i = we + 1;
	}
	return 0;
}

/* A legal form written with letters of any script and dots at t[w]
 * ("GmbH", "A.Ş.", "s.r.o.", "SA"): its end, or 0. */
static size_t legal_form_at(const char *t, size_t len, size_t w)
{
	size_t we = w, k;
	while (we < len && we - w < 12 && (t[we] == '.' || (k = rx_letter_at(t, len, we)) > 0))
		we += t[we] == '.' ? 1 : k;
	if (we <= w + 1 || we - w >= 12 || (we < len && rx_letter_at(t, len, we)))
		return 0;
	/* (and the société anonyme in capitals: "sa" is a word of several
	 * languages) */
	if (we - w == 2 && t[w] == 'S' && t[w + 1] == 'A')
		return we;
	return rx_legal_form_word(t + w, we - w) ? we : 0;
}

/* Whether the name ending at `e` goes on as a firm's, on its line, to a
 * legal form: right after it in small letters (1), in capitals right after
 * it (2: a firm may bear its founder's name, "Bernd Müller GmbH"), after
 * one to four more words, capitalised or a name's small words (3); 0 when
 * it does not. *of_first: the first word after it is "de", "von", "van" or
 * "of" (a person of the firm), or "and", "&" ("Ana Ruiz and Partners LLP",
 * a firm after its founder). */
static size_t firm_goes_on(const char *t, size_t len, size_t e, int *of_first)
{
	static const char *const small[] = {"de", "del", "la", "le", "du", "des", "der", "van", "von",
					    "and", "und", "et", "y", "e", "di", "da", "do", "of", "the", "&", NULL};
	size_t i = e;
	for (int words = 0; words <= 4; words++) {
		if (i + 2 >= len || t[i] != ' ')
			return 0;
		i++;
		/* (a legal form is short: a cheap look at the word's length
		 * first) */
		size_t wl = i;
		while (wl < len && wl - i < 10 &&
		       ((unsigned char)t[wl] >= 0x80 || rx_is_alnum((unsigned char)t[wl]) || t[wl] == '.'))
			wl++;
		size_t lf = wl - i <= 9 ? legal_form_at(t, len, i) : 0;
		if (lf) {
			if (!words)
				return rx_is_upper((unsigned char)t[i]) ? 2 : 1;
			return 3;
		}
		/* the next word: capitalised (after an elided "l'" or "d'"), or
		 * a small word of a name */
		size_t w = i, k;
		if ((t[w] == 'l' || t[w] == 'd') && w + 1 < len && t[w + 1] == '\'')
			w += 2;
		size_t we = w;
		while (we < len && we - w < 40 && (t[we] == '-' || (k = rx_letter_at(t, len, we)) > 0))
			we += t[we] == '-' ? 1 : k;
		if (we == w && !(t[w] == '&'))
			return 0;
		if (t[w] == '&')
			we = w + 1;
		int cap = rx_cap_at(t, len, w), sm = 0;
		for (const char *const *q = small; *q && !cap; q++)
			sm = sm || (strlen(*q) == we - w && !memcmp(t + w, *q, we - w));
		if (!cap && !sm)
			return 0;
		if (!words && sm) {
			static const char *const of[] = {"de", "von", "van", "of", "and", "und", "et", "y", "e", "&", NULL};
			for (const char *const *q = of; *q; q++)
				*of_first = *of_first || (strlen(*q) == we - w && !memcmp(t + w, *q, we - w));
		}
		i = we;
	}
	return 0;
}

/* A match's score at s[i] (" 2-1 ", " 0–0 " then a capital; not a
 * clock's "11:05"). */
static int score_at(const char *s, size_t len, size_t i)
{
	size_t q = i;
	if (q + 6 > len || s[q] != ' ' || !rx_is_digit((unsigned char)s[q + 1]))
		return 0;
	q += 1 + (rx_is_digit((unsigned char)s[q + 2]) ? 2 : 1);
	if (q + 3 < len && !memcmp(s + q, "\xe2\x80\x93", 3))
		q += 3;
	else if (q < len && s[q] == '-')
		q++;
	else
		return 0;
	if (q >= len || !rx_is_digit((unsigned char)s[q]))
		return 0;
	q += q + 1 < len && rx_is_digit((unsigned char)s[q + 1]) ? 2 : 1;
	return q + 1 < len && s[q] == ' ' && rx_is_upper((unsigned char)s[q + 1]);
}

/* A match's score ending at e ("2-1" before " Glacier Crabs"). */
static int score_before(const char *s, size_t e)
{
	size_t q = e;
	while (q > 0 && e - q < 2 && rx_is_digit((unsigned char)s[q - 1]))
		q--;
	if (q == e || q < 3 || s[q - 1] != '-')
		return 0;
	size_t d = q - 1;
	while (d > 0 && q - 1 - d < 2 && rx_is_digit((unsigned char)s[d - 1]))
		d--;
	return d < q - 1 && d > 0 && s[d - 1] == ' ';
}

/* Words of the radio alphabet ("Oscar Mike", "Romeo Victor", "Zulu Seven
 * Bravo Lima"): two or more of them spell letters, not a name (stop 57). */
static int spelled(const struct rx_ctx *c, const struct name *n)
{
	static const char *const words[] = {
		"alfa", "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
		"juliet", "juliett", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo",
		"sierra", "tango", "uniform", "victor", "whiskey", "whisky", "x-ray", "xray", "yankee", "zulu",
		"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "niner", NULL};
	static struct rx_kwset kws = RX_KWSET(words);
	if (n->nt < 2)
		return 0;
	for (size_t k = 0; k < n->nt; k++)
		if (!pn_kw_word(c, &kws, n->ts[k], n->te[k]))
			return 0;
	return 1;
}

/* A Vietnamese firm's, hotel's or group's word right before the name
 * ("Khách sạn Sóng Ngọc", "Bảo hiểm Sông Lam", "Công ty TNHH Cơ khí Tân
 * Đông Hiệp", "Kho ngoại quan Tân Cảng Hiệp Phước", "Nhóm Công dân Nam
 * Định"): compared as bytes, since the lexer splits words at their
 * three-byte letters and the keyword sets cannot read them (stop 57). */
static int vn_firm_before(const char *s, size_t len, size_t a)
{
	static const char *const w[] = {"khách sạn ", "bảo hiểm ", "cơ khí ", "ngoại quan ", "công dân ",
					"công ty ", "tnhh ", "nhà đất ", "nhà Đất ", "nhà hàng ", "bệnh viện ",
					/* (a school, a cultural house; stop 58) */
					"trường ", "nhà văn hóa ", "nhà văn hoá ", "mầm non ",
					/* (a university, a staffing firm, a car hire; stop 60) */
					"đại học ", "Đại học ", "nhân lực ", "thuê xe ", "trung tâm ", "thương mại ",
					/* (a cemetery, a funeral home, a museum, an archive;
					 * stop 61) */
					"nghĩa trang ", "tang lễ ", "bảo tàng ", "lưu trữ ",
					/* (a dentist, an optician, a clinic, a physiotherapy
					 * room; stop 62: "Nha khoa Hoa Gạo", "Kính mắt Hoa
					 * Gạo") */
					"nha khoa ", "kính mắt ", "phòng khám ", "trị liệu ",
					/* (an accountancy firm, an immigration adviser, a
					 * tax law, an industrial zone, a boulevard; stop 65:
					 * "Công ty Kế toán Đá Phiến", "Luật Thuế TNCN") */
					"kế toán ", "tư vấn ", "di trú ", "luật ", "khu công nghiệp ", "đại lộ ", NULL};
	/* (a cheap look first: Vietnamese letters near, the three-byte ones of
	 * Latin Extended Additional, E1 B8-BB, or "ư"/"ơ", C6, or a car hire's
	 * "xe " right before, "Thuê xe Sóng Hàn") */
	size_t from = a > 48 ? a - 48 : 0, to = a + 8 < len ? a + 8 : len;
	if (!memchr(s + from, 0xE1, to - from) && !memchr(s + from, 0xC6, to - from) &&
	    !(a >= 3 && !memcmp(s + a - 3, "xe ", 3)))
		return 0;
	/* (right before the name, its first words, or before up to three
	 * capitalised words of the same name: "Tân Đông Hiệp" read at "Đông") */
	for (int k = 0; k < 4; k++) {
		for (const char *const *p = w; *p; p++) {
			size_t l = strlen(*p);
			if ((a >= l && rx_fold_eq(s + a - l, *p, l)) || (k == 0 && a + l < len && rx_fold_eq(s + a, *p, l)))
				return 1;
		}
		/* (the capitalised word before, one space between) */
		if (a < 3 || s[a - 1] != ' ')
			return 0;
		size_t b = a - 1;
		while (b > 0 && ((unsigned char)s[b - 1] >= 0x80 || rx_is_alpha((unsigned char)s[b - 1])))
			b--;
		if (b == a - 1 || !rx_cap_at(s, len, b))
			return 0;
		a = b;
	}
	return 0;
}

/* The end of a word of ASCII letters and dots at w, a legal form's
 * ("GmbH", "s.r.o.", "Lda."), at most 12 bytes. */
static size_t form_word_end(const char *t, size_t len, size_t w)
{
	size_t we = w;
	while (we < len && we - w < 12 && (rx_is_alpha((unsigned char)t[we]) || t[we] == '.'))
		we++;
	return we;
}

int pn_no_name(const struct rx_ctx *c, struct name *n)
{
	if (spelled(c, n) || vn_firm_before(c->text, c->len, n->ts[0]))
		return 1;
	const char *s = c->text;
	size_t a = n->ts[0];
	static const char *const eg[] = {"e.g. ", "eg. ", "z.B. ", "z. B. ", "p.ej. ", "p. ej. ", "ex. ",
					 "ad es. ", "(es. ", "bijv. ", "np. ", "örn. ", NULL};
	if (a >= 4 && s[a - 1] == ' ' && s[a - 2] == '.')
		for (const char *const *q = eg; *q; q++) {
			size_t l = strlen(*q);
			if (a >= l && rx_fold_eq(s + a - l, *q, l))
				return 1;
		}
	if (rx_example_before(s, a) || name_part_label(c, n) || vet_patient(c, n) || shop_header(s, c->len, a) ||
	    pn_fiction_name((struct rx_ctx *)c, n))
		return 1;
	/* a reference list's authors, a two-cell form's labels (person_near.c),
	 * an event's venue ("Venue: Pacifico Yokohama, 1-1-1 ...") */
	if (pn_citation_line(s, c->len, a) || (n->nt == 1 && pn_kv_label_cell(s, c->len, a, n->end)) ||
	    venue_line(s, a))
		return 1;
	/* a team's name in a match's result ("Ember Wolves 0-1 Glacier Crabs";
	 * stop 55): a score of one or two digits each after it or before it */
	if (score_at(s, c->len, n->end) || (a >= 5 && s[a - 1] == ' ' && score_before(s, a - 1)))
		return 1;
	/* a team's name after its word ("the player of team Ember Wolves";
	 * stop 55; not its label, "Team: Elke Wetzlich (SQE)") */
	if (a >= 5 && s[a - 1] == ' ' && rx_fold_eq(s + a - 5, "team", 4) && (a == 5 || !rx_letter_before(s, a - 5)))
		return 1;
	/* "I'm Trevor Burrows": the pronoun and its verb start no name (the
	 * name after them is found at its own word) */
	if (s[a] == 'I' && a + 3 < c->len && (s[a + 1] == '\'' || !memcmp(s + a + 1, "\xe2\x80\x99", 3)))
		return 1;
	/* a firm's name ("Oak & Ember Catering", "Riverbend Logistics LLC") */
	static const char *const firm[] = {
		"llc", "ltd", "inc", "gmbh", "plc", "corp", "corporation", "catering", "software",
		"logistics", "lojistik", "outfitters", "solutions", "consulting", "technologies",
		"studios", "bakery", "plumbing", "construction", "roofing", "landscaping", "finance",
		"financial", "realty", "properties", "accountants", "pediatrics", "dentistry",
		"practice", "veterinary", "elétrica", "eléctrica", "elettrica", "book", "cookbook", "press",
		"publishing", "publishers", "limited", "trust", "council", "society", "association",
		"foundation", "partnership", "holdings", "labs", "logistik", "inn", "suites", "hotel",
		"hotels", "holidays", "tours", "travel", "travels", "trading", "supplies", "supermart",
		"supermarket", "mutual", "union", "airways", "airlines", "bank", "ombudsman", "ombud",
		/* (stop 57: an airport's handling agents) */
		"cargo", "handling", "airport", "aviation", "freight", "furniture", "furnishings",
		"textiles", "imports", "exports", "import", "export", "works", "fulfillment", "fulfilment",
		/* (stop 54: a bank's name in Turkish, Spanish, Portuguese,
		 * Italian, German; a building society, a fund) */
		"bankası", "bankasi", "banco", "banca", "banque", "sparkasse", "volksbank", "kasse",
		"society", "fund", "funds",
		"gestion", "corecom", "lecture", "lectures", "network", "fellowship", "symposium", "medal",
		/* public bodies, garages and forms' titles (stop 46:
		 * "Kraftfahrt-Bundesamt", "DVSA Vehicle Safety Recalls",
		 * "Cottonwood Auto Repair", "Auto Insurance Quote Request") */
		"bundesamt", "landesamt", "behörde", "enforcement", "agency", "ministry", "department",
		"recalls", "recall", "repair", "repairs", "motors", "insurance", "request", "form", "vets",
		/* legal forms (stop 40): "Ouest Bâtiment SAS" */
		"sas", "sasu", "sarl", "eurl", "srl", "spa", "bv", "nv", "ag", "kg", "lda", "ltda", "oy",
		"aps", "ug",
		/* (stop 58: a council's contractors, "Brightmere Property Care",
		 * "Northgate Drawing Co") */
		"co", "care", "property", "drawing",
		/* Spanish and Portuguese trades, a Turkish travel firm and a
		 * mosque's association ("Ventura Limpiezas", "Mavi Tur", "Sinan
		 * Camii Yaptırma") */
		"limpiezas", "construcciones", "reformas", "transportes", "instalaciones", "servicios",
		"limpeza", "construções", "tur", "turizm", "camii", "yaptırma",
		/* (stop 59: salons, studios and gyms after their owners, "Gisela
		 * Kosmetik", "Viva Tattoo"; a utility's substations, "Victoria
		 * Substation") */
		"kosmetik", "tattoo", "tattoos", "salon", "salong", "frisörsalong", "barbershop", "barbers",
		"nails", "fitness", "gym", "substation",
		/* (stop 60: an agency's clients and its own names, "Mehmet Akif
		 * Tekstil", "Lloyd Hartigan Engineering", "Anselm Fahrzeugbau",
		 * "Van Heumen Uitzendgroep"; a stadium, "Johan Cruijff ArenA") */
		"tekstil", "engineering", "fahrzeugbau", "maschinenbau", "metallbau", "capital",
		"uitzendgroep", "uitzendbureau", "staffing", "recruitment", "intérim", "interim", "arena",
		"bureau",
		/* (stop 62: a physiotherapy practice and a Turkish clinic,
		 * "Larchmere Physical Therapy", "Diş Sağlığı Polikliniği") */
		"therapy", "polikliniği", "kliniği", "dental", "opticians", "optician", NULL};
	static struct rx_kwset firm_kws = RX_KWSET(firm);
	/* the name's last word, or the capitalised word right after it (an
	 * ordinary word the name stopped at: "From: Coromandel Bank Ltd.");
	 * a legal form after it names a firm after a person ("Bernd Müller
	 * GmbH" keeps the name) */
	int firmish = n->nt >= 2 && pn_kw_word(c, &firm_kws, n->ts[n->nt - 1], n->te[n->nt - 1]), legal = 0;
	/* (or a Swedish school's compound, "Selma Lagerlöfskolan"; stop 58) */
	static const char *const school[] = {"skolan", "skola", "gymnasiet", "stationen", NULL};
	for (const char *const *k = school; *k && !firmish && n->nt >= 2; k++) {
		size_t kl = strlen(*k), e = n->te[n->nt - 1];
		firmish = e - n->ts[n->nt - 1] > kl + 2 && !memcmp(s + e - kl, *k, kl);
	}
	/* (or a compound's last part: "Kraftfahrt-Bundesamt") */
	if (!firmish && n->nt == 1) {
		const char *h = memrchr(s + a, '-', n->te[0] - a);
		char f[24];
		size_t hs = h ? (size_t)(h - s) + 1 : 0;
		firmish = h && n->te[0] - hs < sizeof f &&
			  rx_kwset_has(&firm_kws, f, rx_fold(s + hs, n->te[0] - hs, f, sizeof f));
	}
	const char *t = c->text;
	/* (a Polish firm's "Sp. z o.o." read as the name's last word, "Meble
	 * Dębowy Gaj Sp. z o.o."; stop 60) */
	if (!firmish && n->nt >= 2 && n->te[n->nt - 1] - n->ts[n->nt - 1] == 2 &&
	    !memcmp(t + n->ts[n->nt - 1], "Sp", 2) && n->end + 7 <= c->len && !memcmp(t + n->end, ". z o.o", 7))
		firmish = 1;
	/* (the legal form after a comma, ending the name's field: "(Loja Verde
	 * Oliva, Lda.)"; not a firm after a person, "Maître Thibault Kerjean,
	 * SELARL Quéméner Avocats"; stop 60) */
	if (!firmish && n->end + 4 < c->len && t[n->end] == ',' && t[n->end + 1] == ' ') {
		size_t w = n->end + 2, we = form_word_end(t, c->len, w);
		firmish = we > w + 1 && (we == c->len || rx_in(")\n\r", t[we])) && rx_legal_form_word(t + w, we - w);
	}
	if (!firmish && n->end + 3 < c->len && t[n->end] == ' ') {
		size_t w = n->end + 1, we = form_word_end(t, c->len, w);
		if (we > w + 1 && (we == c->len || !rx_letter_at(t, c->len, we))) {
			if (rx_legal_form_word(t + w, we - w)) {
				/* a legal form: in capitals it may name a firm
				 * after a person, in small letters it is a firm's
				 * ("Vltava Labs s.r.o.") */
				legal = rx_is_upper((unsigned char)t[w]);
				firmish = !legal;
			} else if (rx_is_upper((unsigned char)t[w])) {
				size_t ae = we;
				while (ae > w && t[ae - 1] == '.')
					ae--;
				firmish = !pn_badge_word(t, c->len, w, we) && pn_kw_word(c, &firm_kws, w, ae);
			}
		}
	}
	/* a body's or an institution's name heading a directory's line
	 * before a dash ("Landeskrankenhaus Traunblick — Am Mühlgrund 94a,
	 * ...", "Centro Coordinador de Emergencias — ops@...", stop 52) */
	if (n->nt >= 2 && (a == 0 || t[a - 1] == '\n') && rx_dash_sep(t, c->len, n->end) &&
	    (rx_authority_words(t, a, n->end) || body_compound(t, a, n->end)))
		return 1;
	/* a firm's name that goes on past the name to its legal form on
	 * the same line ("Client: Le Courrier de l'Estuaire SA, 4 quai ...",
	 * "Gece Masası Yayıncılık A.Ş."); a person before "de", "von",
	 * "of" or "and" and the firm ("María López de Acme SA", "Ana Ruiz
	 * and Partners LLP") keeps the name */
	if (!firmish && !legal && n->nt >= 1) {
		int of_first = 0;
		size_t f = firm_goes_on(t, c->len, n->end, &of_first);
		if (f == 1)
			return 1;
		if (f) {
			int known = n->nt >= 2 && (pn_tok(c, n, 0, T_GIVEN) & T_GIVEN) &&
				    (pn_tok(c, n, n->nt - 1, T_SUR) & T_SUR);
			if (f == 2 ? !known : !(of_first && known))
				return 1;
		}
	}
	if (firmish || legal) {
		/* a person of the firm keeps their name ("Bernd Müller von
		 * Nordwerk Logistik GmbH"): it ends before "von" */
		static const struct {
			const char *w;
			size_t n;
		} of[] = {{" von ", 5}, {" van ", 5}, {" de ", 4}, {" of ", 4}, {" from ", 6}, {" bei ", 5}, {" at ", 4}};
		for (size_t k = 1; k < n->nt; k++)
			for (size_t o = 0; o < sizeof of / sizeof of[0]; o++) {
				size_t l = of[o].n;
				if (n->te[k - 1] + l == n->ts[k] && rx_fold_eq(t + n->te[k - 1], of[o].w, l)) {
					n->nt = k;
					n->end = n->te[k - 1];
					return 0;
				}
			}
		/* (a firm named after a person is the person's name: a
		 * given name and a surname the gazetteer knows, "Bernd Müller
		 * GmbH"; not "Blue Yak Ltd", "Ege Tekstil Ltd") */
		if (firmish || !(n->nt >= 2 && (pn_tok(c, n, 0, T_GIVEN) & T_GIVEN) &&
				 (pn_tok(c, n, n->nt - 1, T_SUR) & T_SUR)))
			return 1;
	}
	/* a book's title before its ISBN ("Max Havelaar – ISBN 978-...",
	 * "Effi Briest (ISBN ...)") */
	{
		size_t i = n->end, k;
		while (i < c->len && i - n->end < 8) {
			if (rx_in(" ,(-", s[i]))
				k = 1;
			else if (i + 2 < c->len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
				 ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94))
				k = 3;
			else if (!(k = rx_space_at(s, c->len, i)))
				break;
			i += k;
		}
		if (i > n->end && i + 4 <= c->len && !memcmp(s + i, "ISBN", 4))
			return 1;
	}
	/* a fixture's team: the line a result ("03/11  Lucca San Concordio –
	 * Cremonese U14  1–0", "Trento Nord – Lucca San Concordio  2:1") */
	size_t ne = n->end;
	if (ne + 3 < c->len && s[ne] == ' ' &&
	    (s[ne + 1] == ' ' || s[ne + 1] == '-' || (unsigned char)s[ne + 1] == 0xE2 ||
	     (a >= 2 && s[a - 1] == ' ' && (s[a - 2] == '-' || (unsigned char)s[a - 2] == 0x93))) &&
	    fixture_line(s, c->len, a))
		return 1;
	/* a code in capitals before its number ("Reference: YNW-7424") */
	if (n->caps && n->end + 1 < c->len && s[n->end] == '-' && rx_is_digit((unsigned char)s[n->end + 1]))
		return 1;
	/* a place after a travel word ("visitar Fernando de Noronha", "fly to
	 * Austin"; Spanish says "visitar a" of a person) */
	static const char *const travel[] = {
		"visitar", "visiter", "visitare", "viajar a", "viajar para", "vuelo a", "voo para",
		"volo per", "vol pour", "fly to", "flying to", "flight to", "flights to", "trip to",
		"moving to", "holiday in", "vacation in", "road trip to", NULL};
	static struct rx_kwset travel_kws = RX_KWSET(travel);
	if (a >= 7 && s[a - 1] == ' ' && rx_is_lower((unsigned char)s[a - 2]) &&
	    rx_kw_ends(c, &travel_kws, a >= 24 ? a - 24 : 0, a - 1))
		return 1;
	/* a place, a firm or a thing after "the" ("walked to the Brown Cow") */
	if (a >= 5 && !memcmp(s + a - 4, "the ", 4) && !rx_is_alpha((unsigned char)s[a - 5]))
		return 1;
	if (!n->caps)
		return 0;
	if (n->end + 1 < c->len && s[n->end] == '/' && rx_is_alnum((unsigned char)s[n->end + 1]))
		return 1;
	/* an acronym alone ("the signed PO", "the signed NDA") unless the
	 * gazetteer knows it as a name */
	if (n->nt == 1 && n->end - a <= 4 && !(pn_tok(c, n, 0, T_GIVEN | T_SUR) & (T_GIVEN | T_SUR)))
		return 1;
	for (size_t k = 0; k < n->nt; k++)
		if (pn_stop_token(c, n, k) && !pn_namelike_stop(c, n, k))
			return 1;
	return 0;
}

/* One of the words right after the space at e. */
static int word_after(const char *s, size_t len, size_t e, const char *const *w)
{
	for (; *w; w++)
		if (e + 1 + strlen(*w) <= len && !memcmp(s + e + 1, *w, strlen(*w)))
			return 1;
	return 0;
}

int pn_turkish_street(const char *s, size_t len, const struct name *n)
{
	/* the abbreviation read as the name's last word ("Lale Sok.", "Hürriyet
	 * Mah."), or right after it ("Yaprak Sok. No: 61", "Atatürk Cd.") */
	static const char *const last[] = {"Sok.", "Sk.", "Cad.", "Mah.", NULL};
	static const char *const after[] = {"Sok.", "Sk.", "Cad.", "Cd.", NULL};
	static const char *const words[] = {"Caddesi", "Sokak", "Sokağı", "Bulvarı", "Mahallesi", NULL};
	size_t k = n->nt - 1, e = n->end;
	/* (or the street's word in full as its last: "Fevzi Çakmak Caddesi";
	 * stop 60) */
	for (const char *const *w = words; n->nt >= 2 && *w; w++)
		if (n->te[k] - n->ts[k] == strlen(*w) && !memcmp(s + n->ts[k], *w, strlen(*w)))
			return 1;
	/* (a cheap look first: a dot after the name, or a capital S or C after
	 * its space) */
	if (!(e < len && s[e] == '.') && !(e + 3 < len && s[e] == ' ' && (s[e + 1] == 'S' || s[e + 1] == 'C')))
		return 0;
	for (const char *const *a = last; n->nt >= 2 && s[e] == '.' && *a; a++) {
		size_t l = strlen(*a);
		if (n->te[k] - n->ts[k] == l - 1 && e < len && !memcmp(s + n->ts[k], *a, l))
			return 1;
	}
	return e < len && s[e] == ' ' && (word_after(s, len, e, after) || word_after(s, len, e, words));
}

void pn_cut_carrier(const char *s, struct name *n)
{
	static const char *const carriers[] = {"Hermes", "DHL", "DPD", "GLS", "UPS", "FedEx", "PostNL",
					       "Amazon", "InPost", "Evri", "TNT", "Correos", "SEUR", "Glovo",
					       "Deliveroo", "Chronopost", "Colissimo", "PostNord", "Bring", NULL};
	if (n->nt < 2)
		return;
	size_t k = n->nt - 1, l = n->te[k] - n->ts[k];
	/* (a cheap look first: " von " or " van " right before the last word) */
	const char *p = s + n->ts[k];
	if (n->ts[k] < 5 || p[-1] != ' ' || p[-2] != 'n' || p[-4] != 'v' || p[-5] != ' ' || (p[-3] != 'o' && p[-3] != 'a'))
		return;
	for (const char *const *w = carriers; *w; w++)
		if (strlen(*w) == l && !memcmp(p, *w, l)) {
			size_t pe = n->ts[k] - 5; /* (the particle is a word of its own or not) */
			while (k > 0 && n->te[k - 1] > pe)
				k--;
			if (k > 0) {
				n->nt = k;
				n->end = n->te[k - 1];
			}
			return;
		}
}

/* A word ending in a street suffix no surname ends in ("...straat",
 * "...straße", "...gasse", "...gracht", "...allee", "...platz"). */
int pn_street_word(const char *s, size_t a, size_t b)
{
	static const struct {
		const char *s;
		size_t n;
	} suf[] = {{"straat", 6}, {"straße", 7}, {"strasse", 7}, {"gasse", 5},
		   {"gracht", 6}, {"allee", 5}, {"platz", 5}, {"laan", 4}, {"plein", 5},
		   {"gatan", 5}, {"vägen", 6}};
	size_t n = b - a;
	/* every suffix ends in 't', 'e', 'z' or 'n' (either case) */
	char last = rx_lower(s[b - 1]);
	if (n < 6 || (last != 't' && last != 'e' && last != 'z' && last != 'n'))
		return 0;
	for (size_t k = 0; k < sizeof suf / sizeof suf[0]; k++) {
		size_t m = suf[k].n, i;
		if (n <= m)
			continue;
		for (i = 0; i < m && rx_lower(s[b - m + i]) == suf[k].s[i]; i++)
			;
		if (i == m)
			return 1;
	}
	return 0;
}

/* A ship's name after its prefix in capitals ("cruise on the MS Fridtjof
 * Nansen", "die MS Roald Amundsen", "MV Richard With"; "Ms" is a title;
 * stop 64). */
int pn_ship_before(const char *s, size_t at)
{
	static const char *const pre[] = {"MS ", "MV ", "M/S ", "M/V ", "MY ", "SS ", "HMS ", "RMS ", "HMY ", NULL};
	/* (a cheap look first: a capital S, V or Y and a space before) */
	if (at < 3 || s[at - 1] != ' ' || !rx_in("SVY", s[at - 2]))
		return 0;
	for (const char *const *p = pre; *p; p++) {
		size_t n = strlen(*p);
		if (at >= n && !memcmp(s + at - n, *p, n) && (at == n || !rx_is_alnum((unsigned char)s[at - n - 1])))
			return 1;
	}
	return 0;
}

/* A Vietnamese street named after a person, after its house's number and
 * no street word ("25 Trần Hưng Đạo, Hội An"; stop 64): a name with
 * Vietnamese letters right after a number. */
int pn_vn_street(const char *s, size_t len, const struct name *n, size_t at)
{
	if (at < 2 || s[at - 1] != ' ' || !rx_is_digit((unsigned char)s[at - 2]))
		return 0;
	size_t d = at - 1;
	while (d > 0 && (rx_is_digit((unsigned char)s[d - 1]) || s[d - 1] == '/'))
		d--;
	if (d > 0 && (rx_is_alnum((unsigned char)s[d - 1]) || rx_in(".:,-", s[d - 1])))
		return 0;
	/* (the town after a comma: a room's number before its guest is none,
	 * "208 Lâm Đình Khang, arr 2026-07-09") */
	size_t e = n->end;
	if (e + 3 >= len || s[e] != ',' || s[e + 1] != ' ' || !rx_cap_at(s, len, e + 2))
		return 0;
	/* (a letter only Vietnamese writes: ư, ơ, đ, or one of Latin
	 * Extended Additional's, "ạ", "ồ") */
	for (size_t i = n->ts[0]; i + 1 < n->end; i++) {
		unsigned char a = (unsigned char)s[i], b = (unsigned char)s[i + 1];
		if ((a == 0xC6 && (b == 0xA0 || b == 0xA1 || b == 0xAF || b == 0xB0)) || (a == 0xC4 && (b == 0x90 || b == 0x91)) ||
		    (a == 0xE1 && (b == 0xBA || b == 0xBB)))
			return 1;
	}
	return 0;
}
