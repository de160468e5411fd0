/* address_prose.c: what a sentence says around a street line: the
 * preposition or article before it ("at", "ship to", "in der"), a home
 * named before it ("at ours, "), and a town after it to the clause's end
 * (address.c asks). */
#include <string.h>

#include "address_int.h"

/* After a preposition of place or "is" and one space ("ship to
 * Vredenburg 114, ...", "it's for Imaneq 33, 3900 Nuuk", "la dirección es
 * ..."). */
int ad_after_prep(const char *s, size_t i)
{
	static const char *const preps[] = {"to", "for", "at", "is", "from", "à", "au", "chez",
					    "es", "en", "a", "em", "para", "nach", "naar", "in",
					    "til", "na", "do", "u", "bei", NULL};
	if (i < 3 || s[i - 1] != ' ')
		return 0;
	size_t e = i - 1, b = e, k;
	while (b > 0 && e - b < 8 && (k = rx_letter_before(s, b)) > 0)
		b -= k;
	char w[12];
	if (b == e || e - b >= sizeof w || (b > 0 && rx_word_before(s, b)))
		return 0;
	rx_fold(s + b, e - b, w, sizeof w);
	return ad_in_list(preps, w);
}

/* "at ours, " or "at my place, " right before i: the place, then where it
 * is ("party is at ours, 40 Damson Way"). */
int ad_home_before(const char *s, size_t i)
{
	static const char *const homes[] = {"ours", "mine", "home", "place", "theirs", "hers", "his", NULL};
	if (i < 8 || s[i - 1] != ' ' || s[i - 2] != ',')
		return 0;
	size_t e = i - 2, b = e;
	while (b > 0 && e - b < 7 && rx_is_lower((unsigned char)s[b - 1]))
		b--;
	char w[8];
	if (b == e || e - b >= sizeof w || b < 2 || s[b - 1] != ' ')
		return 0;
	memcpy(w, s + b, e - b);
	w[e - b] = 0;
	return ad_in_list(homes, w) && ad_after_prep(s, !strcmp(w, "place") && b >= 4 ? b - 3 : b);
}

/* A town after a street line that has no locality ("party at 40 Damson
 * Way, Oakham, 7pm", "drop it round to 159 Rookery Gardens, Bridport?"):
 * ", " and one to three capitalised words ("Stratford upon Avon") that end
 * the clause: the text's or the line's end, a punctuation mark, or a space
 * and a word in lower case or a short number ("..., Malton by six"). Not a word
 * that is mostly an ordinary word or a given name alone ("..., Thanks!",
 * "..., Tom said"). Its end, or e. */
size_t ad_town_after(const char *s, size_t len, size_t e)
{
	if (e + 3 >= len || s[e] != ',' || s[e + 1] != ' ' || !rx_cap_at(s, len, e + 2))
		return e;
	size_t i = e + 2, end = e;
	int words = 0;
	char w[32];
	while (words < 3 && i < len) {
		size_t we = ad_word(s, len, i, w, sizeof w);
		if (rx_cap_at(s, len, i)) {
			if (we <= i + 1 || (words == 0 && (rx_name_class(s + i, we - i) & RX_NAME_STOP)))
				return e;
			if (words == 0 && (rx_name_class(s + i, we - i) & (RX_NAME_GIVEN | RX_NAME_SURNAME)) == RX_NAME_GIVEN &&
			    !(we < len && rx_in(".?!\n", s[we])))
				return e;
			end = we;
			words++;
		} else if (!ad_in_list(ad_particles, w)) {
			break;
		}
		if (we + 1 < len && s[we] == ' ' && rx_letter_at(s, len, we + 1))
			i = we + 1;
		else
			break;
	}
	if (end == e)
		return e;
	if (end >= len || rx_in("\n\r.,?!;)", s[end]))
		return end;
	/* (a number of one or two digits: "Lekki Phase 1"; not a phone
	 * after a name: "..., Flynn 0436179851") */
	if (s[end] == ' ' && end + 1 < len &&
	    (rx_is_lower((unsigned char)s[end + 1]) || (rx_is_digit((unsigned char)s[end + 1]) && ad_digits_at(s, len, end + 1) <= 2)))
		return end;
	return e;
}

/* An article or a preposition right before at ("in der ", "am ", "zur
 * ", "bei "), or after_prep's. */
int ad_article_before(const char *s, size_t at)
{
	static const char *const arts[] = {"der", "die", "dem", "den", "im", "am", "zur", "zum", "beim",
					   "vom", "ins", NULL};
	if (ad_after_prep(s, at))
		return 1;
	if (at < 3 || s[at - 1] != ' ')
		return 0;
	size_t e = at - 1, b = e;
	while (b > 0 && e - b < 5 && rx_is_alpha((unsigned char)s[b - 1]))
		b--;
	char w[8];
	if (b == e || e - b >= sizeof w || (b > 0 && rx_letter_before(s, b)))
		return 0;
	rx_fold(s + b, e - b, w, sizeof w);
	return ad_in_list(arts, w);
}

size_t ad_name_article(const char *s, size_t at)
{
	static const char *const arts[] = {"Am ", "Im ", "Zum ", "Zur ", "Auf der ", "An der ", "In der ",
					   "Vor dem ", "Hinter der ", NULL};
	for (const char *const *a = arts; *a; a++) {
		size_t n = strlen(*a);
		if (at >= n && !memcmp(s + at - n, *a, n) && (at == n || !rx_letter_before(s, at - n)))
			return at - n;
	}
	return at;
}

/* A firm's legal form as the last word of a line: "Möbelhaus Wiesental
 * GmbH", "Fietsenhandel De Spaak B.V.", "Meble Mazury Sp. z o.o." (its
 * last word "o.o."), "Sdn Bhd", "S.A. de C.V.". An address right under a
 * firm's name that heads its block is the firm's. */
int rx_legal_form_word(const char *w, size_t n)
{
	static const char *const forms[] = {
		"gmbh", "ag", "kg", "e.v.", "ltd", "ltd.", "limited", "plc", "llc", "inc", "inc.",
		"corp.", "b.v.", "n.v.", "s.l.", "s.a.", "s.a.s.", "sas", "sarl", "s.r.l.", "srl",
		"s.p.a.", "spa", "lda", "lda.", "ltda", "ltda.", "o.o.", "a/s", "aps", "oy", "bhd",
		"c.v.", "gbr", "ohg", "ug", "s.r.o.", "a.s.", "dac", "clg",
		/* (stop 46: Italy's partnerships, Poland's civil partnership,
		 * Sweden's AB, Spain's sole-member S.L.U.) */
		"snc", "s.n.c.", "s.a.s.", "s.c.", "sp.j.", "ab", "s.l.u.", "slu", "eurl", "sasu", "e.k.",
		/* (stop 47: law firms' partnerships, "Kestrel Bay LLP",
		 * "Advokatfirman Hjortronet KB") */
		"llp", "pllc", "lp", "kb", "hb", "selarl", "selas", "partg", "partgmbb",
		/* (stop 50: Turkey's joint-stock and limited companies) */
		"a.ş.", "a.Ş.", "şti.", "Şti.",
		/* (stop 51: a German co-operative, "Molkerei Geestland eG") */
		"eg", NULL,
	};
	char f[8];
	if (n == 0 || n >= sizeof f)
		return 0;
	rx_fold(w, n, f, sizeof f);
	for (const char *const *k = forms; *k; k++)
		if ((*k)[0] == f[0] && !strcmp(*k, f))
			return 1;
	return 0;
}

/* A desk's line within the n lines after `end` ("Switchboard: 0571
 * 000000", "Lost cards 24/7: ...", "Press office: ..."; stop 54): an
 * organisation's address block, not a person's. */
/* Whether one of the desks' words stands at s[i], a letter not after it
 * (before lim). */
static int desk_word(const char *s, size_t lim, size_t i, const char *const *desks)
{
	for (const char *const *d = desks; *d; d++) {
		size_t dn = strlen(*d);
		if (i + dn < lim && rx_fold_eq(s + i, *d, dn) && !rx_is_alpha((unsigned char)s[i + dn]))
			return 1;
	}
	return 0;
}

int rx_desk_below(const char *s, size_t len, size_t end, int n)
{
	static const char *const desks[] = {"switchboard", "centralita", "centralino", "zentrale",
					    "standard", "press office", "lost cards", "telefonzentrale",
					    "servicenummer", "service line", NULL};
	size_t l = end;
	for (int k = 0; k < n; k++) {
		l = rx_line_end(s, len, l);
		if (l + 1 >= len)
			return 0;
		l++;
		/* (a cheap look first: the desks' first letters) */
		if (rx_in("sczpltSCZPLT", s[l]) && desk_word(s, len, l, desks))
			return 1;
	}
	return 0;
}

/* A desk's number on the address's own line after it ("5th floor, 21
 * Marlow Yard, London SE1 4QT · switchboard +44 20 ..."; stop 55): the
 * organisation's address. */
int rx_desk_after(const char *s, size_t len, size_t end)
{
	static const char *const desks[] = {"switchboard", "centralita", "centralino", "zentrale",
					    "standard", "main line", "reception", NULL};
	size_t le = rx_line_end(s, len, end), i = end;
	while (i < le && i - end < 6 && rx_in(" |,;-\xc2\xb7", s[i]))
		i++;
	return i > end && i < le && desk_word(s, le, i, desks);
}

/* A standard's number inside the span ("Certified ISO 4762, IATF 16949",
 * "DIN 912"; stop 55): a certificate's line, not an address. */
int rx_standard_in(const char *s, size_t start, size_t end)
{
	static const char *const std[] = {"ISO", "IATF", "DIN", "IEC", "ASME", "ASTM", NULL};
	/* (at each space before a digit, the word before it) */
	for (const char *p = memchr(s + start, ' ', end - start); p && (size_t)(p - s) + 1 < end;
	     p = memchr(p + 1, ' ', end - (size_t)(p - s) - 1)) {
		size_t sp = (size_t)(p - s);
		if (!rx_is_digit((unsigned char)s[sp + 1]) || sp < start + 3)
			continue;
		for (const char *const *k = std; *k; k++) {
			size_t n = strlen(*k);
			if (sp >= start + n && !memcmp(s + sp - n, *k, n) &&
			    (sp == start + n || !rx_is_alpha((unsigned char)s[sp - n - 1])))
				return 1;
		}
	}
	return 0;
}

/* What belongs before an address's start (stop 55): an Indian house's
 * block letter ("B-85, Gomti Nagar"), a Korean postcode in parentheses
 * ("(48094) 부산광역시 ..."), a Chinese one before the province ("621000
 * 四川省..."): the address's start with it. */
size_t rx_address_prefix(const char *s, size_t start)
{
	const unsigned char *u = (const unsigned char *)s;
	if (start >= 2 && s[start - 1] == '-' && rx_is_upper(u[start - 2]) && rx_is_digit(u[start]) &&
	    (start == 2 || !rx_is_alnum(u[start - 3])))
		return start - 2;
	if (start >= 8 && s[start - 1] == ' ' && s[start - 2] == ')' && s[start - 8] == '(' &&
	    ad_digits_at(s, start, start - 7) == 5 && u[start] >= 0xEA && u[start] <= 0xED)
		return start - 8;
	if (start >= 7 && s[start - 1] == ' ' && ad_digits_at(s, start, start - 7) == 6 && u[start] >= 0xE4 &&
	    u[start] <= 0xE9 && (start == 7 || !rx_is_alnum(u[start - 8])))
		return start - 7;
	return start;
}

/* A Vietnamese address's administrative parts after its end (stop 55):
 * ", phường Mỹ Đình 1, quận Nam Từ Liêm, Hà Nội": each part after ", "
 * opening with a ward's, a district's, a commune's, a town's or a
 * province's word, then after one at least the city's words, to the
 * line's end, a full stop, a comma or a parenthesis. */
size_t rx_vn_tail(const char *s, size_t len, size_t end)
{
	static const char *const admin[] = {"phường ", "quận ", "huyện ", "xã ", "thị xã ", "thị trấn ",
					    "thành phố ", "tp. ", "tp ", "tỉnh ", "p. ", "q. ", "tx. ", NULL};
	size_t e = end;
	int parts = 0, city = 0, admin_parts = 0;
	for (int k = 0; k < 5; k++) {
		if (e + 3 >= len || s[e] != ',' || s[e + 1] != ' ')
			break;
		size_t p = e + 2, q, n = 0;
		for (const char *const *w = admin; *w && !n; w++)
			if (p + strlen(*w) < len && rx_fold_eq(s + p, *w, strlen(*w)))
				n = strlen(*w);
		/* (the city after the parts, or a district's and the city's
		 * names alone, "..., Hải Châu, Đà Nẵng" (stop 58): capitalised
		 * words) */
		if (!n && (!rx_cap_at(s, len, p) || rx_is_upper((unsigned char)s[p + 1])))
			break; /* (not a label in capitals, "TEL") */
		/* (words that open with a capital or a digit, one space
		 * between them: not "... Hà Nội giúp tôi", "... Huế · 0961 ...") */
		q = p + n;
		while (q < len && q - p < 48 && (rx_cap_at(s, len, q) || rx_is_digit((unsigned char)s[q]))) {
			size_t kl;
			while (q < len && ((kl = rx_letter_at(s, len, q)) > 0 || s[q] == '-' || s[q] == '\''))
				q += kl ? kl : 1;
			if (q + 1 < len && s[q] == ' ' && (rx_cap_at(s, len, q + 1) || rx_is_digit((unsigned char)s[q + 1])))
				q++;
			else
				break;
		}
		if (q < len && !rx_in(",.()[]\n\r;|\t\" ", s[q]))
			break;
		if (q == p + n || q - p >= 48)
			break;
		e = q;
		/* (the city ends it, after a district's name without its word
		 * or not: "..., Hải Châu, Đà Nẵng") */
		if (!n && ++city == 2)
			return e;
		admin_parts += n != 0;
		parts++;
	}
	/* (the city alone on the next line, an envelope's: "..., quận Hải
	 * Châu" then "Đà Nẵng"; one or two words) */
	if (admin_parts && e + 3 < len && s[e] == '\n' && rx_cap_at(s, len, e + 1) && !rx_is_upper((unsigned char)s[e + 2])) {
		size_t q = e + 1, words = 0, kl;
		while (q < len && words < 3) {
			size_t ws = q;
			while (q < len && (kl = rx_letter_at(s, len, q)) > 0)
				q += kl;
			if (q == ws || q - ws > 16 || !rx_cap_at(s, len, ws))
				break;
			words++;
			if (q + 1 < len && s[q] == ' ')
				q++;
			else
				break;
		}
		if (words >= 1 && words <= 2 && (q == len || s[q] == '\n' || s[q] == '\r'))
			return q;
	}
	return admin_parts ? e : end;
}

int rx_firm_address(const char *s, size_t len, size_t start)
{
	size_t ls = rx_line_start(s, start);
	if (ls < 2)
		return 0;
	size_t pe = ls - 1, ps;
	if (pe > 0 && s[pe - 1] == '\r')
		pe--;
	ps = rx_line_start(s, pe);
	while (pe > ps && rx_in(" \t,", s[pe - 1]))
		pe--;
	if (pe - ps < 4 || pe - ps > 80)
		return 0;
	(void)len;
	/* (the line's last word, after a space) */
	size_t ws = pe;
	while (ws > ps && s[ws - 1] != ' ')
		ws--;
	/* (or a public body's name over a block that starts with the
	 * address: a letter's recipient, not a table's header or a label's
	 * line) */
	if ((ws == ps || pe - ws > 7 || !rx_legal_form_word(s + ws, pe - ws)) &&
	    (start - ls > 5 || memchr(s + ps, ':', pe - ps) || memchr(s + ps, ';', pe - ps) ||
	     memchr(s + ps, '\t', pe - ps) || memchr(s + ps, '|', pe - ps) || memchr(s + ps, '@', pe - ps) ||
	     !rx_authority_words(s, ps, pe)))
		return 0;
	/* the firm's name heads its block (a letterhead, a receipt, an
	 * invoice): no line right above it, or a quote's fence; under a
	 * person's name it is their employer, and the address theirs at work
	 * (a signature: name, firm, address) */
	if (ps == 0)
		return 1;
	size_t qe = ps - 1, qs = rx_line_start(s, qe);
	while (qs < qe && rx_in(" \t", s[qs]))
		qs++;
	while (qe > qs && rx_in(" \t\r", s[qe - 1]))
		qe--;
	/* (or the request the paste follows: a sentence, no name, "... before
	 * doing anything" or "Can you make my reply firmer?") */
	if (qe == qs || s[qs] == '"' || s[qs] == '-' || s[qs] == '`' || s[qs] == '=' || s[qs] == '_' ||
	    qe - qs > 48 || rx_in("?:", s[qe - 1]))
		return 1;
	/* (or a block's heading in capitals: a bill of lading's "SHIPPER",
	 * "CONSIGNEE", "NOTIFY PARTY"; stop 53) */
	{
		size_t i = qs;
		while (i < qe && (rx_is_upper((unsigned char)s[i]) || rx_in(" /&", s[i])))
			i++;
		if (i == qe && qe - qs >= 5)
			return 1;
	}
	/* (words in lower case, two or more that are no particles: "vertaal
	 * dit even naar het Engels aub" is no name) */
	static const char *const particles[] = {"van", "von", "de", "der", "den", "da", "di", "del", "dos",
						"das", "du", "le", "la", "bin", "binti", "al", "y", "e", NULL};
	int lower = 0;
	/* (a form's field, "Date of transaction: 27 Feb 2026", is none) */
	if (memchr(s + qs, ':', qe - qs))
		return 0;
	for (size_t i = qs; i < qe && lower < 2 && s[qs] != '[';) {
		size_t we = i;
		while (we < qe && s[we] != ' ')
			we++;
		if (rx_is_lower((unsigned char)s[i])) {
			int part = 0;
			for (const char *const *p = particles; *p && !part; p++)
				part = strlen(*p) == we - i && !memcmp(s + i, *p, we - i);
			lower += !part;
		}
		i = we + 1;
	}
	return lower >= 2;
}

/* A field separator of a footer at s[i]: " · " or " | " (its length), or 0. */
static size_t footer_sep(const char *s, size_t len, size_t i)
{
	if (i + 4 <= len && s[i] == ' ' && (unsigned char)s[i + 1] == 0xC2 && (unsigned char)s[i + 2] == 0xB7 &&
	    s[i + 3] == ' ')
		return 4;
	/* (an em or en dash between spaces: "Wachschutz Greifenstein GmbH —
	 * 05674 ..."; stop 52) */
	if (i + 5 <= len && s[i] == ' ' && (unsigned char)s[i + 1] == 0xE2 && (unsigned char)s[i + 2] == 0x80 &&
	    ((unsigned char)s[i + 3] == 0x94 || (unsigned char)s[i + 3] == 0x93) && s[i + 4] == ' ')
		return 5;
	return i + 3 <= len && s[i] == ' ' && s[i + 1] == '|' && s[i + 2] == ' ' ? 3 : 0;
}

/* A mobile's field is a person's at the firm ("... · Tel. 0800 330 1200 ·
 * mobil 0178-5202469"): the field's words before s[start]. */
static int own_field(const char *s, size_t ls, size_t start)
{
	static const char *const own[] = {"mobil", "mobile", "cell", "handy", "móvil", "movil",
					   "cellulare", "portable", "gsm", "direct", "durchwahl", NULL};
	size_t fs = start;
	while (fs > ls && !footer_sep(s, start, fs - 1) && start - fs < 24)
		fs--;
	return rx_phrase_in(s, fs, start, own);
}

int rx_venue_label(const char *s, size_t ls, size_t at)
{
	/* (each with its length: the label's length is compared first) */
#define W(x) {x, sizeof x - 1}
	static const struct {
		const char *w;
		size_t n;
	} venue[] = {
		W("venue"), W("tagungsort"), W("veranstaltungsort"), W("sede"), W("miejsce"), W("lieu"),
		W("lugar"), W("luogo"), W("local do evento"), W("locatie"), W("plats"), W("conference venue"),
		W("location of the event"),
		/* stop 50: a publisher's, a production office's
		 * and a newsroom's ("Imprint: Lantern Cove Books,
		 * ...", "Production office: ...", "Building: ...") */
		W("imprint"), W("publisher"), W("verlag"), W("éditeur"), W("editore"), W("editorial"),
		W("uitgeverij"), W("wydawnictwo"), W("editora"), W("production office"),
		W("bureau de production"), W("ufficio di produzione"), W("biuro produkcji"),
		W("oficina de producción"), W("produktionsbüro"), W("productiekantoor"),
		W("building"), W("newsroom"), W("redaktion"), W("redacción"), W("rédaction"),
		W("redazione"), W("redactie"),
		/* stop 52: a fire brigade's station on its
		 * members' list ("Gerätehaus: ...", "Quartel:
		 * ...", "Parque de bomberos: ...") */
		W("fire station"), W("station"), W("gerätehaus"), W("feuerwache"), W("feuerwehrhaus"),
		W("quartel"), W("remiza"), W("parque de bomberos"), W("brandstation"), W("distaccamento"),
		W("caserne"), W("centre de secours"), W("kazerne"), W("brandweerkazerne"), W("σταθμός"),
		W("пожарная часть"), W("itfaiye"),
		/* stop 56: a food bank's collection point and a
		 * charity's own address on a grant's form */
		W("collect at"), W("collection point"), W("pick-up point"),
		W("pickup point"), W("applicant organisation"), W("applicant organization"),
		W("organisation"), W("organization"),
		/* stop 63: a driving school's branch on its forms
		 * ("Branch: Schuttevaerkade 7, 8021 DB Zwolle · Tel.
		 * ...") */
		W("branch"), W("branch office"), W("filiale"), W("sucursal"), W("filial"), W("oddział"),
		W("şube"), W("filiaal"),
	};
#undef W
	size_t c = ls;
	while (c < at && c - ls < 24 && s[c] != ':')
		c++;
	if (c >= at || s[c] != ':')
		return 0;
	size_t e = c;
	while (e > ls && s[e - 1] == ' ')
		e--;
	for (size_t k = 0; k < sizeof venue / sizeof venue[0]; k++)
		if (venue[k].n == e - ls && rx_fold_eq(s + ls, venue[k].w, e - ls))
			return 1;
	return 0;
}

int rx_employer_label(const char *s, size_t ls, size_t at)
{
	static const char *const firm[] = {"employer", "hotel", "arbeitgeber", "employeur", "empleador",
					   "werkgever", "pracodawca", "işveren", "datore di lavoro",
					   "entidade patronal", "empregador",
					   /* a direct debit mandate's creditor (stop 58) */
					   "creditor", "acreedor", "créancier", "creancier", "gläubiger",
					   "creditore", "credor", "schuldeiser", "wierzyciel", "alacaklı", NULL};
	const char *cp = memchr(s + ls, ':', at - ls < 64 ? at - ls : 64);
	if (!cp)
		return 0;
	size_t c = (size_t)(cp - s);
	if (!memchr(s + c, ',', at - c))
		return 0;
	/* (not a person of the firm after a dash: "Employer: Harbourfront
	 * Logistics — supervisor Ezekiel Pettigrew, +1 949 ...") */
	for (size_t i = c; i < at; i++)
		if (s[i] == ' ' && rx_dash_sep(s, at, i))
			return 0;
	size_t e = c;
	while (e > ls && s[e - 1] == ' ')
		e--;
	for (const char *const *f = firm; *f; f++) {
		size_t n = strlen(*f);
		if (e >= ls + n && rx_fold_eq(s + e - n, *f, n) &&
		    (e == ls + n || rx_in(" /.", s[e - n - 1]) || rx_is_digit((unsigned char)s[e - n - 1])))
			return 1;
	}
	return 0;
}

int rx_firm_comma_before(const char *s, size_t start)
{
	size_t ls = rx_line_start(s, start);
	/* an event's venue on its label's line ("Venue: Messe Wien, ..."),
	 * an employer's or a hotel's on a form's ("20. Employer: Siam
	 * Cement Group, 1 Siam Cement Road, ...", stop 52) */
	if (rx_venue_label(s, ls, start) || rx_employer_label(s, ls, start))
		return 1;
	/* (a firm's registered office on its label's line; stop 65) */
	static const char *const seat[] = {"registered office", "registered address", "siège social",
					   "sede legale", "domicilio social", "sede social", "firmensitz",
					   "statutaire zetel", "siedziba", NULL};
	const char *cp = memchr(s + ls, ':', start - ls < 40 ? start - ls : 40);
	if (cp && rx_phrase_in(s, ls, (size_t)(cp - s), seat))
		return 1;
	/* (a meeting's place in the minutes: "Next meeting at 90 chemin de la
	 * Sablière, ...", stop 56) */
	if (start >= ls + 11 && rx_fold_eq(s + start - 11, "meeting at ", 11))
		return 1;
	if (start < ls + 6 || s[start - 1] != ' ')
		return 0;
	size_t fe;
	if (s[start - 2] == ',')
		fe = start - 2;
	else if (start >= ls + 8 && (unsigned char)s[start - 4] == 0xE2 && (unsigned char)s[start - 3] == 0x80 &&
		 ((unsigned char)s[start - 2] == 0x94 || (unsigned char)s[start - 2] == 0x93) && s[start - 5] == ' ')
		fe = start - 5; /* (a dash: "Cabinet de recouvrement Argance — BP 40217, ...") */
	else
		return 0;
	size_t ws = fe, fs;
	while (ws > ls && s[ws - 1] != ' ')
		ws--;
	if (fe - ws <= 7 && rx_legal_form_word(s + ws, fe - ws))
		return 1;
	/* (forms that are words in small letters, in capitals only: "Le
	 * Courrier de l'Estuaire SA,", "De Waddenbode BV,"; Swedish "sa" is
	 * "said") */
	if (fe - ws == 2 && (!memcmp(s + ws, "SA", 2) || !memcmp(s + ws, "BV", 2) || !memcmp(s + ws, "NV", 2)))
		return 1;
	/* (a German registered association, "Schlichtungsstelle Energie e. V.,") */
	if (fe - ws == 2 && s[ws] == 'V' && s[ws + 1] == '.' && ws >= ls + 3 && !memcmp(s + ws - 3, "e. ", 3))
		return 1;
	/* (the field from the line's start, or from a ": " or ", " before it) */
	for (fs = fe; fs > ls && s[fs - 1] != ',' && s[fs - 1] != ':'; fs--)
		;
	/* (before a dash, the whole line from its start: "Cambios: nueva
	 * dirección de envío añadida – Calle ..." is a change's note) */
	if (s[start - 2] != ',' && fs != ls)
		return 0;
	return fe - fs < 60 && !memchr(s + fs, '@', fe - fs) && rx_authority_words(s, fs, fe);
}

int rx_firm_footer(const char *s, size_t len, size_t start, size_t end)
{
	size_t ls = rx_line_start(s, start), le = rx_line_end(s, len, end);
	/* (a cheap look first: a separator on the line; 0xB7 alone is also a
	 * continuation byte of other letters) */
	int dot = 0;
	for (const char *p = memchr(s + ls, 0xB7, le - ls); p && !dot; p = memchr(p + 1, 0xB7, (size_t)(s + le - p - 1)))
		dot = p > s + ls && (unsigned char)p[-1] == 0xC2;
	int dash = 0;
	for (const char *p = dot ? NULL : memchr(s + ls, 0xE2, le - ls); p && !dash;
	     p = memchr(p + 1, 0xE2, (size_t)(s + le - p - 1)))
		dash = p > s + ls && footer_sep(s, le, (size_t)(p - s) - 1) == 5;
	if (!dot && !dash && !memchr(s + ls, '|', le - ls))
		return 0;
	if (memchr(s + ls, '@', start - ls))
		return 0;
	/* (a table's row is no footer: its cells are a person's, the
	 * mailbox in the last one a desk's, "| Ettore Scarpa | +39 345 408
	 * 1799 | casting@agentur.de |") */
	if (!dot) {
		int bars = 0;
		for (const char *p = memchr(s + ls, '|', le - ls); p && bars < 4; p = memchr(p + 1, '|', (size_t)(s + le - p - 1)))
			bars++;
		if (bars >= 4)
			return 0;
	}
	/* a firm's registration or tax number after it on the line, past a
	 * separator ("4 quai Perrache, 69002 Lyon · SIRET 512 ... · TVA
	 * FR...", "... · HRB 218834 B · USt-IdNr. ..."; stop 51) */
	{
		static const char *const firm_ids[] = {"siret", "siren", "rcs", "tva", "nipc", "hrb", "hra",
						       "ust-idnr", "ust-id", "company no", "company number",
						       "vat", "kvk", "cif", "ičo", "ičo:", "org.nr", "org.nr.",
						       "abn", "acn", "gstin", "cin", "npwp", "duns", "p.iva",
						       "partita iva", "btw", "nip", "regon", "krs", NULL};
		size_t q = end;
		while (q < le && q - end < 4 && (s[q] == ' ' || s[q] == ','))
			q++;
		size_t k = q < le ? footer_sep(s, le, q - (q > end && s[q - 1] == ' ')) : 0;
		if (k) {
			size_t w = q - (q > end && s[q - 1] == ' ') + k;
			/* (the field opens with the number's word) */
			for (const char *const *f = firm_ids; *f && w < le; f++) {
				size_t n = strlen(*f);
				if (w + n < le && rx_fold_eq(s + w, *f, n) && !rx_is_alpha((unsigned char)s[w + n]))
					return 1;
			}
		}
	}
	/* the firm's name first, its fields after " · " ("Talleres Ibaizabal
	 * S.L. · Polígono Ugaldeguren I, 48170 Zamudio · 944 52 18 60") */
	size_t first = RX_NONE;
	for (size_t i = ls; i + 3 <= start; i++)
		if (footer_sep(s, start, i) > 0) {
			first = i;
			break;
		}
	if (first != RX_NONE && !memchr(s + ls, ':', start - ls)) {
		size_t ws = first;
		while (ws > ls && s[ws - 1] != ' ')
			ws--;
		if ((first - ws <= 7 && rx_legal_form_word(s + ws, first - ws)) || rx_authority_words(s, ls, first))
			return !own_field(s, ls, start);
	}
	/* a role's mailbox after it, a field or more on ("... · Tel. 035 595
	 * 117 · officina@brambati-auto.it"); not on a label's line, whose
	 * value is a person's ("Sales: Vlasta Novotná, 607 760 881 ·
	 * fakturace@..."; stop 51) */
	/* (or its website: "Kornblumengasse 6, 35578 Wetzlar · 06441 9402
	 * 310 · www.glimmerstein-steuer.de"; stop 65) */
	/* (a cheap look first: a "www." on the line after it) */
	const char *www = le > end + 4 ? memmem(s + end, le - end, "www.", 4) : NULL;
	for (size_t i = end; www && i + 7 < le && s + i < www; i++)
		if (footer_sep(s, le, i) && !memcmp(s + i + footer_sep(s, le, i), "www.", 4))
			return !memchr(s + ls, ':', start - ls) && !own_field(s, ls, start);
	const char *at = memchr(s + end, '@', le - end);
	if (!at)
		return 0;
	const char *colon = memchr(s + ls, ':', start - ls);
	if (colon) {
		static const char *const office[] = {"office", "büro", "buero", "bureau", "oficina", "ufficio",
						     "kantoor", "kontor", "biuro", "address", "adresse", "contact us",
						     "head office", "headquarters", "hq", NULL};
		if (!rx_phrase_in(s, ls, (size_t)(colon - s), office))
			return 0;
	}
	size_t a = (size_t)(at - s), b = a, sep = 0;
	while (b > end && !rx_in(" \t<(", s[b - 1]))
		b--;
	for (size_t i = end; i < b && !sep; i++)
		sep = footer_sep(s, b, i);
	size_t de = a + 1;
	while (de < le && (rx_is_alnum((unsigned char)s[de]) || rx_in(".-", s[de])))
		de++;
	while (de > a + 1 && s[de - 1] == '.')
		de--;
	return sep && b < a && rx_email_nobody(s, b, a, a + 1, de) && !own_field(s, ls, start);
}

static const char *const typed_words[] = {
	"calle", "avenida", "avda", "paseo", "plaza", "pza", "camino", "carretera", "ctra",
	"ronda", "travesía", "via", "viale", "corso", "piazza", "piazzale", "largo", "vicolo",
	"strada", "rua", "travessa", "alameda", "praça", "rodovia", "estrada", "flat",
	"door no", "house no", "plot no", "plot", "h.no", "h. no", "h no", "c/", "av", "rue", "chaussée",
	"boulevard", "chemin", "allée", "impasse", "quai", "jl", "jalan", "jln", "ул", "пр",
	"бул", "улица", "triq", "rruga", "lebuh", "lorong", "carrera", "ul", "ulica", "aleja",
	"plac", "os", "al", "carrer", "avinguda", "passeig", "plaça", "mah", "mahallesi",
	/* (stop 46: Mexico's "Cerrada de Tulipanes 139, Col. Del Valle") */
	"cerrada", "privada", "calzada", "prolongación", "circuito", "andador", NULL,
};
struct rx_kwset ad_typed_kws = RX_KWSET(typed_words);

/* "C/" and "Av." are capitalised as street words; "av" alone needs its dot. */
unsigned ad_detect_typed_word(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t n = c->me - c->ms;
	if (n == 2 && rx_lower(s[c->ms]) == 'c' && s[c->ms + 1] == '/' && s[c->ms] != 'C')
		return 0;
	if (n == 2 && rx_fold_eq(s + c->ms, "av", 2) && (c->me >= c->len || s[c->me] != '.' || s[c->ms] != 'A'))
		return 0;
	/* "Flat 3", "Flat No. 68": the flat's number follows ("the flat is at"
	 * is no address's start) */
	if (n == 4 && rx_lower(s[c->ms]) == 'f' &&
	    !(c->me + 1 < c->len && s[c->me] == ' ' && (rx_is_digit((unsigned char)s[c->me + 1]) || rx_is_upper((unsigned char)s[c->me + 1]))))
		return 0;
	/* a Turkish neighbourhood's name comes before "Mah." ("Bahçelievler
	 * Mah. Aşkabat Cad. No: 80"): the address starts at it */
	if ((n == 3 || n == 9) && rx_lower(s[c->ms]) == 'm' && rx_lower(s[c->ms + 1]) == 'a') {
		/* (the whole form, to the district and province, first:
		 * address_tr.c) */
		unsigned k0 = ad_detect_tr(c);
		if (k0)
			return k0;
		size_t b = c->ms, k;
		if (b < 3 || s[b - 1] != ' ')
			return 0;
		b--;
		while (b > 0 && (k = rx_letter_before(s, b)) > 0)
			b -= k;
		if (b == c->ms - 1 || !rx_cap_at(s, c->len, b) || (b > 0 && rx_is_alnum((unsigned char)s[b - 1])))
			return 0;
		c->ms = b; /* (the locality is looked for from there too) */
		return ad_detect_typed(c);
	}
	/* "ulica" after the name is a Slovene street's last word ("Trubarjeva
	 * ulica 49"): the street detector's */
	if (n == 5 && rx_fold_eq(s + c->ms, "ulica", 5) && c->ms >= 2 && s[c->ms - 1] == ' ' &&
	    rx_letter_before(s, c->ms - 1))
		return 0;
	/* "os." (a Polish estate), "ul." and "al." need their dots ("al."
	 * a capital after it: "al. Lipowa 58") */
	if (n == 2 && (rx_fold_eq(s + c->ms, "ul", 2) || rx_fold_eq(s + c->ms, "os", 2) || rx_fold_eq(s + c->ms, "al", 2)) &&
	    (c->me >= c->len || s[c->me] != '.' ||
	     (s[c->ms + 1] == 'l' && rx_lower(s[c->ms]) == 'a' && !(c->me + 2 < c->len && rx_cap_at(s, c->len, c->me + 2)))))
		return 0;
	return ad_detect_typed(c);
}
