/* person_mail.c: a name on the line of the mail address that spells it,
 * read after the scan from the address candidates (stop 61):
 *
 *   Gianmarco — CMS: gianmarco.santoro@tiscali.it
 *   Account B HZ 927 381 578: ENCARNACIÓN URQUIJO, encarnacion_urquijo@...
 *   contact the office or Jarrah directly on jarrah.cosgrove@staff...
 *     owner: aldous.gaskell@orbisly.com  # Aldous Gaskell
 *
 * A word of the name, folded to ASCII (accents off: "Encarnación" spells
 * "encarnacion"), is in the address's local part; the name is the run of
 * capitalised words around it on the same line, within 160 bytes before
 * the address or 80 after it. The address is no desk's (rx_email_nobody:
 * "billing@", "support@"), and the run holds no ordinary word, firm's
 * word or legal form (pn_unknown_ok); one word alone must be a name the
 * gazetteer knows or open a local part of two parts ("Jarrah ...
 * jarrah.cosgrove@", not "Remittance ... remittance@"). Names right before
 * their address have their own rule (person_forms.c, mail_named); this one
 * reads the rest of the line. It reads every candidate before it adds a
 * name (an add may move the candidates' array). */
#include <stdint.h>
#include <string.h>

#include "person_int.h"

/* The ASCII letter of a Latin letter U+00C0-U+017F, lower case, or 0: the
 * gazetteer's plain letters (rx_latin_base), and those a mailbox spells
 * for letters without one ("yilmaz" for "Yılmaz", "strasser" for
 * "Straßer"). */
static char latin_base(unsigned cp)
{
	char b = rx_latin_base(cp);
	if (b != '?')
		return b;
	switch (cp) {
	case 0xC6: case 0xE6: return 'a'; /* Æ æ */
	case 0xDE: case 0xFE: return 't'; /* Þ þ */
	case 0xDF: return 's';            /* ß */
	case 0x131: return 'i';           /* ı */
	case 0x132: case 0x133: return 'j'; /* Ĳ ĳ */
	case 0x152: case 0x153: return 'o'; /* Œ œ */
	default: return 0;
	}
}

/* The word [a, e) folded to lower-case ASCII into f (at most n - 1
 * letters): its length, or 0 when a letter has no ASCII base. */
static size_t ascii_fold(const char *s, size_t a, size_t e, char *f, size_t n)
{
	size_t k = 0;
	for (size_t i = a; i < e; k++) {
		unsigned char u = (unsigned char)s[i];
		if (k + 1 >= n)
			return 0;
		if (rx_is_alpha(u)) {
			f[k] = (char)rx_lower((char)u);
			i++;
		} else if (u == '-' || u == '\'') {
			f[k] = '.';
			i++;
		} else if (u >= 0xC3 && u <= 0xC5 && i + 1 < e && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
			unsigned cp = ((u & 0x1Fu) << 6) | ((unsigned char)s[i + 1] & 0x3Fu);
			if (!(f[k] = latin_base(cp)))
				return 0;
			i += 2;
		} else {
			return 0;
		}
	}
	f[k] = '\0';
	return k;
}

/* Whether the folded word w (wl letters) is in the folded local part lp:
 * at a part's start, or at its end after an initial or two; three letters
 * only as a whole part. *first says whether it opens a local part of two
 * parts, the second of three letters or more. */
static int spelt_in(const char *lp, const char *w, size_t wl, int *first)
{
	size_t ll = strlen(lp);
	*first = 0;
	if (wl < 3 || wl > ll)
		return 0;
	for (size_t i = 0; i + wl <= ll; i++) {
		if (memcmp(lp + i, w, wl) != 0)
			continue;
		int opens = i == 0 || !rx_is_alpha((unsigned char)lp[i - 1]);
		int closes = i + wl == ll || !rx_is_alpha((unsigned char)lp[i + wl]);
		/* (a part's start, or its end after an initial or two,
		 * "bellery", "apurnomo": "into" inside "jacinto" is none) */
		size_t ps = i;
		while (ps > 0 && rx_is_alpha((unsigned char)lp[ps - 1]))
			ps--;
		if (!(opens || (closes && i - ps <= 2)) || (wl < 4 && !(opens && closes)))
			continue;
		/* (opening a local part of two parts, the second of three
		 * letters or more: "jarrah.cosgrove", not "remittance" or
		 * "vicar_o") */
		size_t q = wl, r;
		while (q < ll && !rx_is_alpha((unsigned char)lp[q]))
			q++;
		for (r = q; r < ll && rx_is_alpha((unsigned char)lp[r]);)
			r++;
		*first = i == 0 && closes && q > wl && r - q >= 3;
		return 1;
	}
	return 0;
}

/* The word of letters at p (with '-' and '\'' between letters): its end. */
static size_t word_end(const char *s, size_t len, size_t p)
{
	size_t k;
	for (;;) {
		while (p < len && (k = rx_letter_at(s, len, p)) > 0)
			p += k;
		if (p + 1 < len && (s[p] == '-' || s[p] == '\'') && rx_letter_at(s, len, p + 1)) {
			p++;
			continue;
		}
		return p;
	}
}

/* Whether a candidate other than a name's overlaps [a, e). */
static int taken(const struct rx_out *v, size_t nv, size_t a, size_t e)
{
	for (size_t k = 0; k < nv; k++)
		if (v[k].type != REDACT_PERSON && v[k].start < e && a < v[k].end)
			return 1;
	return 0;
}

/* Whether a name candidate holds [a, e) already (most mailboxes' owners
 * were found before: nothing to read again). */
static int found(const struct rx_out *pv, size_t np, size_t a, size_t e)
{
	for (size_t k = 0; k < np; k++)
		if (pv[k].start <= a && e <= pv[k].end)
			return 1;
	return 0;
}

/* The mailbox's context: the other types' candidates, the names found,
 * the local part folded, whether the address is a desk's (read once, at
 * the first word it spells: -1 until then). */
struct mailbox {
	const struct rx_out *v, *pv;
	size_t nv, np, a, at, de, nout;
	int nobody;
	uint32_t first; /* the letters a match may start with, a bit each */
	char lp[49];
	struct rx_out out[64]; /* the names, added after every read of v */
};

/* Whether the particle [a, e) is a conjunction ("Ginevra Tagliaferri e
 * Gianmarco Cappelletti" are two). */
static int and_word(const char *s, size_t a, size_t e)
{
	return (e - a == 1 && rx_in("eyi", s[a])) || (e - a == 2 && (!memcmp(s + a, "et", 2) || !memcmp(s + a, "en", 2)));
}

/* The run of capitalised words around the word [a, e) on its line (one
 * space between them, particles inside): [*ra, *re), and its count. */
static size_t run_around(const struct rx_ctx *c, size_t lo, size_t hi, size_t a, size_t e, size_t *ra, size_t *re)
{
	const char *s = c->text;
	size_t words = 1, pe;
	/* back over capitalised words and particles */
	while (words < 4 && a >= lo + 2 && s[a - 1] == ' ') {
		size_t q = a - 1, k;
		while (q > lo && (k = rx_letter_before(s, q)) > 0)
			q -= k;
		if (q == a - 1 || (q > lo && !rx_in(" \t([\"'/", s[q - 1])))
			break;
		if (rx_cap_at(s, hi, q))
			words++;
		else if (!(pn_is_particle(s, hi, q, &pe) && pe == a - 1 && !and_word(s, q, pe)))
			break;
		a = q;
	}
	/* a leading particle is none of it */
	while (!rx_cap_at(s, hi, a) && a < e) {
		a = word_end(s, hi, a);
		while (a < e && s[a] == ' ')
			a++;
	}
	/* on over capitalised words and particles */
	while (words < 4 && e + 2 < hi && s[e] == ' ') {
		size_t q = e + 1;
		if (pn_is_particle(s, hi, q, &pe) && pe + 1 < hi && s[pe] == ' ' && rx_cap_at(s, hi, pe + 1) &&
		    !and_word(s, q, pe))
			q = pe + 1;
		if (!rx_cap_at(s, hi, q))
			break;
		e = word_end(s, hi, q);
		words++;
	}
	/* an airline's "SURNAME/GIVEN" whole */
	if (a > lo + 1 && s[a - 1] == '/' && rx_cap_at(s, hi, a - 1 - rx_letter_before(s, a - 1))) {
		size_t q = a - 1, k;
		while (q > lo && (k = rx_letter_before(s, q)) > 0)
			q -= k;
		a = q;
		words++;
	}
	if (e + 1 < hi && s[e] == '/' && rx_cap_at(s, hi, e + 1)) {
		e = word_end(s, hi, e + 1);
		words++;
	}
	*ra = a;
	*re = e;
	return words;
}

/* Whether the run [a, e) reads as a place's or an institution's ("Santa
 * Cruz", "Whitstone School"), as person_echo.c asks. */
static int place_run(const struct rx_ctx *c, size_t a, size_t e)
{
	struct name n;
	if (!pn_parse_name(c->text, c->len, a, &n) || n.end != e)
		return 0;
	for (size_t k = 0; k < n.nt; k++)
		if (pn_kw_word(c, &pn_place_last_kws, n.ts[k], n.te[k]))
			return 1;
	return pn_kw_word(c, &pn_place_first_kws, n.ts[0], n.te[0]) || pn_institution_in(c, &n);
}

/* The words of [lo, hi) that the mailbox's local part spells: their names
 * into m->out. */
static void owners_in(const struct rx_ctx *c, struct mailbox *m, size_t lo, size_t hi)
{
	const char *lp = m->lp;
	const char *s = c->text;
	size_t p = lo;
	while (p < hi) {
		unsigned char u = (unsigned char)s[p];
		/* (a cheap look first: ASCII that opens no capitalised word;
		 * a word's other letters, to its end) */
		if (u < 0x80 && !(u >= 'A' && u <= 'Z')) {
			p++;
			if (rx_is_alnum(u))
				while (p < hi && (rx_is_alnum((unsigned char)s[p]) || (unsigned char)s[p] >= 0x80))
					p++;
			continue;
		}
		/* (a word whose first letter starts no match: a match opens a
		 * part of the local part or starts within its first three
		 * letters) */
		char f0 = u < 0x80 ? (char)(u | 0x20)
			  : u >= 0xC3 && u <= 0xC5 && p + 1 < hi
			      ? latin_base(((u & 0x1Fu) << 6) | ((unsigned char)s[p + 1] & 0x3Fu))
			      : 0;
		if ((f0 >= 'a' && f0 <= 'z' && !(m->first >> (f0 - 'a') & 1)) || !rx_cap_at(s, hi, p) ||
		    (p > lo && (rx_letter_before(s, p) || rx_is_digit((unsigned char)s[p - 1]) || rx_in("@._", s[p - 1])))) {
			p += u < 0x80 || (u & 0xC0) == 0x80 ? 1 : u < 0xE0 ? 2 : u < 0xF0 ? 3 : 4;
			continue;
		}
		size_t e = word_end(s, hi, p), ra, re;
		char w[40];
		size_t wl = ascii_fold(s, p, e, w, sizeof w);
		int first;
		if (e < hi && (rx_is_digit((unsigned char)s[e]) || rx_in("@._", s[e])))
			wl = 0; /* (a word of a handle or a mailbox itself) */
		if (!wl || !spelt_in(lp, w, wl, &first)) {
			p = e > p ? e : p + 1;
			continue;
		}
		size_t words = run_around(c, lo, hi, p, e, &ra, &re);
		if (found(m->pv, m->np, ra, re)) {
			p = re > e ? re : e;
			continue;
		}
		if (m->nobody < 0)
			m->nobody = rx_email_nobody(s, m->a, m->at, m->at + 1, m->de);
		if (m->nobody)
			return;
		/* (a sentence's first word before the name: "Ask Tymon
		 * Szczepaniak", "Soy Jaime Castaño Sanz") */
		while (ra < p && words > 1) {
			size_t we = word_end(s, re, ra), ne;
			if (we + 1 >= re || s[we] != ' ')
				break;
			unsigned wc = rx_name_class(s + ra, we - ra);
			/* (an ordinary word, or one the gazetteer does not know
			 * before a given name it knows: "Assistenz Gisbert") */
			ne = word_end(s, re, we + 1);
			if ((wc & (RX_NAME_GIVEN | RX_NAME_SURNAME)) ||
			    (!(wc & RX_NAME_STOP) && (words < 3 || !(rx_name_class(s + we + 1, ne - we - 1) & RX_NAME_GIVEN))))
				break;
			ra = we + 1;
			words--;
			/* (and a particle after it: "Ik ben Gijs Schouten") */
			while (ra < p && !rx_cap_at(s, re, ra)) {
				ra = word_end(s, re, ra);
				while (ra < p && s[ra] == ' ')
					ra++;
			}
		}
		unsigned cls = rx_name_class(s + p, e - p);
		/* (one word in capitals only when the gazetteer knows it; one
		 * word is no label's, "Réservations :") */
		int known = 0, small = 0;
		for (size_t q = ra; q < re;) {
			size_t we = word_end(s, re, q);
			known |= we > q && (rx_name_class(s + q, we - q) & (RX_NAME_GIVEN | RX_NAME_SURNAME));
			for (size_t i = q; i < we; i++)
				small |= rx_is_lower((unsigned char)s[i]);
			q = we;
			while (q < re && !rx_letter_at(s, re, q))
				q++;
		}
		size_t ae = re;
		while (ae < hi && s[ae] == ' ')
			ae++;
		if (words == 1 && ((!small && !known) || (ae < hi && s[ae] == ':'))) {
			p = re > e ? re : e;
			continue;
		}
		int ok = words >= 2 ? pn_unknown_ok(c, ra, re)
				    : ((cls & (RX_NAME_GIVEN | RX_NAME_SURNAME)) || first) && !(cls & RX_NAME_STOP) &&
					  !pn_never_word(c, p, e - p) && pn_unknown_ok(c, ra, re);
		if (ok && !taken(m->v, m->nv, ra, re) && !place_run(c, ra, re) &&
		    m->nout < sizeof m->out / sizeof m->out[0])
			m->out[m->nout++] = (struct rx_out){ra, re, REDACT_PERSON};
		p = re > e ? re : e;
	}
}

int pn_mail_owners(const struct rx_ctx *c, const struct rx_out *v, size_t nv, const struct rx_out *pv, size_t np,
		   const struct rx_out *em, size_t n, int (*add)(void *, const struct rx_out *), void *actx)
{
	const char *s = c->text;
	struct mailbox m = {.v = v, .nv = nv, .pv = pv, .np = np, .nout = 0};
	for (size_t k = 0; k < n; k++) {
		size_t a = em[k].start, b = em[k].end, at = a;
		while (at < b && s[at] != '@')
			at++;
		if (at >= b || at - a < 3 || at - a > 48)
			continue;
		size_t de = at + 1;
		while (de < b && (rx_is_alnum((unsigned char)s[de]) || rx_in(".-", s[de])))
			de++;
		/* the local part folded: letters, '.' for the rest */
		size_t ll = 0, run = 0;
		m.first = 0;
		for (size_t i = a; i < at; i++) {
			char ch = rx_is_alpha((unsigned char)s[i]) ? (char)rx_lower(s[i]) : '.';
			run = ch == '.' ? 0 : run + 1;
			if (run && run <= 3)
				m.first |= 1u << (ch - 'a');
			m.lp[ll++] = ch;
		}
		m.lp[ll] = '\0';
		m.a = a, m.at = at, m.de = de, m.nobody = -1;
		size_t ls = rx_line_start(s, a), le = rx_line_end(s, c->len, b);
		size_t lo = a - ls > 160 ? a - 160 : ls, hi = le - b > 80 ? b + 80 : le;
		owners_in(c, &m, lo, a);
		if (m.nobody != 1)
			owners_in(c, &m, b, hi);
	}
	/* (an add may move v: none before every read of it is done) */
	for (size_t k = 0; k < m.nout; k++) {
		int rc = add(actx, &m.out[k]);
		if (rc)
			return rc;
	}
	return 0;
}
