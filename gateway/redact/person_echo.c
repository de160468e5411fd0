/* person_echo.c: a whole name said again. Once the candidates of a message
 * are resolved, a name found somewhere in it, whatever found it ("| Pupil
 * |" over "| Bryony Braithwaite |"), is the same person's wherever the
 * same words stand again in the message ("| Bryony Braithwaite 0113 291
 * 2961" in the parent's column; "Aniket Khurana" in the chat after the
 * form that named him). person_again.c finds the words of a name the
 * gazetteer knows said alone; this finds a name whole, known or not, and
 * the given name of a name in a script without capitals alone (stop 59:
 * "# ณัฐวุฒิ home" after "owner: ณัฐวุฒิ ศรีสุข"; the lexer's words of these
 * scripts have no capital for person_again.c to start at).
 *
 * Only names that cannot be ordinary words are spread: two words or more
 * that start with capitals, without digits or a form's symbols, or a name
 * in a script without capitals (Han, kana, Hangul: two characters at
 * least; Indic, Thai, Hebrew, Arabic: two words). An occurrence must be one as a reader sees it: at a word's
 * start, not inside a mail address, a handle or a path, not inside a
 * longer word, and not inside a span already found (a street named after
 * the person, "Rue Marie Curie 5", stays the address). The names looked
 * for are the message's first ECHO_MAX, in the text's order, so that the
 * one pass and the multipass, which resolve the same candidates, agree. */
#include <stdlib.h>
#include <string.h>

#include "person_int.h"

#define ECHO_MAX 64  /* names looked for per message */
#define ECHO_ADD 256 /* occurrences added per message */

/* Whether the name at [a, e) may be looked for again. */
static int echoable(const char *s, size_t len, size_t a, size_t e)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n = e - a;
	if (n < 5 || n > 64)
		return 0;
	/* (Hebrew and Arabic letters lead with D7-DB) */
	int space = 0, wide = u[a] >= 0xE0 || (u[a] >= 0xD7 && u[a] <= 0xDB);
	size_t last = a;
	for (size_t i = a; i < e; i++) {
		unsigned char b = u[i];
		if (b == ' ') {
			space = 1;
			last = i + 1;
		} else if (b < 0x80 && !rx_is_alpha(b) && b != '.' && b != '-' && b != '\'') {
			return 0; /* a digit, a form's symbol, a line's end */
		}
		if (wide && b < 0x80 && b != ' ')
			return 0; /* "李娜A" */
	}
	if (last >= e)
		return 0;
	if (wide) {
		/* Han, kana and Hangul (and Indic, Thai, Hebrew, Arabic and
		 * the like, with a space); Han, kana and Hangul need no space */
		unsigned lead = u[a];
		return space || (lead >= 0xE3 && lead <= 0xED);
	}
	/* two words or more, the first and the last starting with a capital */
	return space && rx_cap_at(s, len, a) && rx_cap_at(s, len, last);
}

/* Words of a firm's, a publisher's, a court's, an agency's or an
 * insurer's name, that a context may have taken for a person's ("Viajes
 * Alborada", "Verlag Kieselgrund", "Amtsgericht München", "Granite
 * Prairie Casualty Co"): the one name in the message is not spread (a
 * legal form too: rx_legal_form_word). */
static const char *const org_words[] = {
	"verlag", "editions", "éditions", "ediciones", "edizioni", "edições", "editora", "editorial",
	"uitgeverij", "wydawnictwo", "förlag", "forlag", "kiadó", "viajes", "voyages", "reisen", "reizen",
	"viaggi", "viagens", "tur", "turizm", "tours", "travel", "gericht", "amtsgericht", "landgericht",
	"arbeitsgericht", "sozialgericht", "tribunal", "tribunale", "juzgado", "rechtbank", "mutuelle",
	"mutual", "assurances", "assurance", "insurance", "casualty", "versicherung", "seguros",
	"assicurazioni", "verzekeringen", "co", "sa", "bv", "nv", "pty", "curriculum", "vitae", "studio",
	"studios", "media", "records", "verein", "stiftung", "gesellschaft", "werke", "immobilien",
	"logistik", "logistics", "transportes", "spedition", "services", "solutions", "systems",
	"consulting", "technologies", "labs", "ventures", "trust", "associates", NULL,
};
static struct rx_kwset org_kws = RX_KWSET(org_words);

/* Whether the words at [a, e) read as a person's name, not a firm's, a
 * court's or a place's that a context took for one: no ordinary word, no
 * firm's or place's word, and a word the gazetteer knows as a name, or
 * two or three words of three letters or more (a name it does not know:
 * "Bryony Braithwaite", "Revaz Tsiklauri"). */
static int person_like(const struct rx_ctx *x, size_t a, size_t e)
{
	struct name n;
	if (!pn_parse_name(x->text, x->len, a, &n) || n.end != e || n.nt < 2)
		return 0;
	int known = 0, short_word = 0;
	for (size_t k = 0; k < n.nt; k++) {
		if ((pn_stop_token(x, &n, k) && !pn_namelike_stop(x, &n, k)) ||
		    pn_kw_word(x, &org_kws, n.ts[k], n.te[k]) ||
		    (n.te[k] - n.ts[k] <= 7 && rx_legal_form_word(x->text + n.ts[k], n.te[k] - n.ts[k])) ||
		    pn_kw_word(x, &pn_place_last_kws, n.ts[k], n.te[k]))
			return 0;
		known |= (pn_tok(x, &n, k, T_GIVEN | T_SUR) & (T_GIVEN | T_SUR)) != 0;
		short_word |= n.te[k] - n.ts[k] < 3;
	}
	return (known || (n.nt <= 3 && !short_word)) && !pn_institution_in(x, &n) &&
	       !pn_kw_word(x, &pn_place_first_kws, n.ts[0], n.te[0]);
}

/* Whether [p, p + n) lies on a word's bounds as the name at [a, a + n)
 * does: nothing of an address, a handle, a path or a longer word around. */
static int alone_at(const char *s, size_t len, size_t p, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	if (p > 0) {
		unsigned char b = u[p - 1];
		if (rx_is_alnum(b) || rx_in("@._-/\\#&=+'", (char)b) || (b >= 0x80 && rx_letter_before(s, p)))
			return 0;
	}
	size_t e = p + n;
	if (e >= len)
		return 1;
	unsigned char b = u[e];
	/* (a letter after it, of any script, makes it a longer word's start:
	 * "하린이" is not looked for as "하린") */
	if (rx_is_alnum(b) || b == '@' || b == '_' || (b >= 0x80 && rx_letter_at(s, len, e)))
		return 0;
	if ((b == '.' || b == '-') && e + 1 < len && rx_letter_at(s, len, e + 1))
		return 0; /* "bryony braithwaite.x@", "Anna Maria-Luisa" */
	return 1;
}

/* A Han or kana name at [p, p + n) with a Japanese honorific after it
 * and no letter before it ("詩織様、", "「健太ちゃん、"; stop 59): the
 * honorific stays outside. */
static int honorific_after(const char *s, size_t len, size_t p, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	if (u[p] < 0xE3 || u[p] > 0xE9 || (p > 0 && (rx_is_alnum(u[p - 1]) || (u[p - 1] >= 0x80 && rx_letter_before(s, p)))))
		return 0;
	return pn_honorific_len(s, len, p + n) != 0;
}

/* Whether [p, q) overlaps one of the sorted, disjoint spans v[0..n). */
static int overlaps(const struct rx_out *v, size_t n, size_t p, size_t q)
{
	size_t lo = 0, hi = n;
	while (lo < hi) { /* the first span ending after p */
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid].end <= p)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && v[lo].start < q;
}

/* The start of the name an occurrence at p ends: a given name before it,
 * a capitalised word that is no ordinary word, no title and no firm's or
 * place's word ("Borja" before "Villalobos Sotomayor"), or a
 * family name of one to three Han characters before a given name in Han
 * ("小野寺" before "美咲", a given name of one or two characters); else
 * p. */
static size_t name_before(const struct rx_ctx *x, size_t p, size_t l)
{
	const char *s = x->text;
	const unsigned char *u = (const unsigned char *)s;
	if (p < 3 || s[p - 1] != ' ')
		return p;
	if (u[p] >= 0xE4 && u[p] <= 0xE9 && l <= 6) {
		size_t w = p - 1;
		while (w >= 3 && w + 9 > p - 1 && u[w - 3] >= 0xE4 && u[w - 3] <= 0xE9 && (u[w - 2] & 0xC0) == 0x80)
			w -= 3;
		if (w == p - 1 || w + 9 < p - 1 || (w > 0 && u[w - 1] >= 0x80 && rx_letter_before(s, w)))
			return p;
		return w;
	}
	size_t w = p - 1;
	while (w > 0 && (u[w - 1] >= 0x80 || rx_is_alpha(u[w - 1])))
		w--;
	struct name n;
	if (w + 2 > p - 1 || !rx_cap_at(s, x->len, w) || (w > 0 && !rx_in(" \n\t:,(;|", s[w - 1])) ||
	    !pn_parse_name(s, x->len, w, &n) || n.nt < 2 || n.te[0] != p - 1 ||
	    pn_stop_token(x, &n, 0) || pn_kw_word(x, &pn_title_kws, w, p - 1) ||
	    pn_kw_word(x, &org_kws, w, p - 1) || pn_kw_word(x, &pn_place_first_kws, w, p - 1))
		return p;
	return w;
}

/* A title or a particle that stands in a name in a script without
 * capitals, and alone is no one's: Thai นาย, นาง, นางสาว, คุณ;
 * Hindi श्री, श्रीमती, कुमारी, डॉ; Arabic أبو, عبد, ابن, بنت; Japanese 様. */
static const char *const wide_titles[] = {
	"\xe0\xb8\x99\xe0\xb8\xb2\xe0\xb8\xa2", "\xe0\xb8\x99\xe0\xb8\xb2\xe0\xb8\x87",
	"\xe0\xb8\x99\xe0\xb8\xb2\xe0\xb8\x87\xe0\xb8\xaa\xe0\xb8\xb2\xe0\xb8\xa7",
	"\xe0\xb8\x84\xe0\xb8\xb8\xe0\xb8\x93",
	"\xe0\xa4\xb6\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa5\x80",
	"\xe0\xa4\xb6\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa5\x80\xe0\xa4\xae\xe0\xa4\xa4\xe0\xa5\x80",
	"\xe0\xa4\x95\xe0\xa5\x81\xe0\xa4\xae\xe0\xa4\xbe\xe0\xa4\xb0\xe0\xa5\x80",
	"\xe0\xa4\xa1\xe0\xa5\x89", "\xd8\xa3\xd8\xa8\xd9\x88", "\xd8\xb9\xd8\xa8\xd8\xaf",
	"\xd8\xa7\xd8\xa8\xd9\x86", "\xd8\xa8\xd9\x86\xd8\xaa", NULL,
};

/* A word of a name in a script without capitals, with a space in it
 * ("ณัฐวุฒิ ศรีสุข", "मयंक रस्तोगी", "خالد الشامسي", "東海林 詩織"): its
 * first or its last word, two characters at least (three letters in
 * Hebrew and Arabic), no title, looked for alone ("# ณัฐวุฒิ home",
 * "मैं मयंक बोल रहा हूँ"; stop 59). */
static int wide_word(const char *s, size_t a, size_t e)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t l = e - a;
	if (l < 6 || l > 48)
		return 0;
	for (size_t i = a; i < e; i++)
		if (u[i] < 0x80)
			return 0;
	for (const char *const *t = wide_titles; *t; t++)
		if (strlen(*t) == l && !memcmp(s + a, *t, l))
			return 0;
	return 1;
}

/* After a given name said again at [.., e), one of the names' last words
 * ("ສຸກສະຫວັນ ໄຊຍະວົງ" after "ຄຳແພງ ໄຊຍະວົງ" and "ສຸກສະຫວັນ ແກ້ວມະນີ": a
 * sibling's): the end of that word, or e. */
static size_t surname_after(const char *s, size_t len, size_t e, const size_t *es, const uint16_t *en,
			    unsigned nfull)
{
	if (e + 1 >= len || s[e] != ' ')
		return e;
	for (unsigned k = 0; k < nfull; k++) {
		size_t a = es[k], z = a + en[k], w = z;
		while (w > a && s[w - 1] != ' ')
			w--;
		if (w == a || !wide_word(s, w, z))
			continue;
		size_t l = z - w;
		if (e + 1 + l <= len && !memcmp(s + e + 1, s + w, l) && alone_at(s, len, e + 1, l))
			return e + 1 + l;
	}
	return e;
}

/* A timed chat's speaker of one word in a script with spaces and without
 * capitals at [a, e) ("[11:38] צפניה: ...", "[14:16] ปิยธิดา: ..."; stop
 * 63): a person's name, looked for alone in the messages. */
static int wide_speaker(const char *s, size_t len, size_t a, size_t e)
{
	const unsigned char *u = (const unsigned char *)s;
	if (e >= len || s[e] != ':' || a < 7 || s[a - 1] != ' ' || !(u[a] < 0xE3 || u[a] > 0xED) ||
	    !wide_word(s, a, e) || memchr(s + a, ' ', e - a))
		return 0;
	size_t ls = rx_line_start(s, a), pe = a - 1;
	if (pe >= ls + 2 && s[pe - 1] == '-' && s[pe - 2] == ' ')
		pe -= 2;
	return pn_clock_prefix(s, ls, pe);
}

/* After a speaker's word said again at [.., e): its end, when no word of
 * its script follows, or an honorific does ("सरोज जी,"); the end of one
 * more word before a comma, a full stop, a dash or the line's end, the
 * speaker's surname as a sign-off gives it ("נשלח. גדליה קלמנוביץ, מרפאה
 * ...", "هشام الكفراوي، عيادة ..."); else RX_NONE: a word of the sentence
 * may follow, or the rest of a name ("मैं ईशानी त्रिवेदी बोल रही हूँ"), and
 * the word alone is not looked for there. */
static size_t speaker_end(const char *s, size_t len, size_t e)
{
	if (e + 1 >= len || s[e] != ' ' || !pn_uncased_at(s, len, e + 1))
		return e;
	size_t w = e + 1, k;
	while (w < len && w - e < 48 && (k = pn_uncased_at(s, len, w)) > 0)
		w += k;
	if (w - e - 1 == 6 && !memcmp(s + e + 1, "\xe0\xa4\x9c\xe0\xa5\x80", 6)) /* जी */
		return e;
	if (w == len || rx_in(",.\n\r", s[w]) ||
	    (w + 2 < len && (unsigned char)s[w] == 0xD8 && (unsigned char)s[w + 1] == 0x8C) || /* ، */
	    (w + 4 < len && s[w] == ' ' && (unsigned char)s[w + 1] == 0xE2 && (unsigned char)s[w + 2] == 0x80 &&
	     ((unsigned char)s[w + 3] == 0x93 || (unsigned char)s[w + 3] == 0x94))) /* – — */
		return w;
	return RX_NONE;
}

/* A bit of a name's first three bytes (a whole character in Han), to
 * pass over most words at once. */
static unsigned key3(const unsigned char *u)
{
	return (((unsigned)u[0] * 31u + u[1]) * 31u + u[2]) & 511u;
}

int pn_echo(struct rx_ctx *x, struct rx_out **vp, size_t *np, size_t *capp)
{
	const char *s = x->text;
	const unsigned char *u = (const unsigned char *)s;
	struct rx_out *v = *vp;
	size_t n = *np;
	size_t es[ECHO_MAX];
	uint16_t en[ECHO_MAX];
	uint8_t ok[ECHO_MAX]; /* 0 not asked, 1 a person's, 2 not */
	uint8_t spk[ECHO_MAX] = {0}; /* a timed chat's speaker of one word */
	uint64_t keys[8] = {0};
	unsigned ne = 0;
	for (size_t i = 0; i < n && ne < ECHO_MAX; i++) {
		int speaker = 0;
		if (v[i].type != REDACT_PERSON ||
		    (!echoable(s, x->len, v[i].start, v[i].end) &&
		     !(speaker = wide_speaker(s, x->len, v[i].start, v[i].end))))
			continue;
		size_t l = v[i].end - v[i].start;
		unsigned k = 0;
		while (k < ne && !(en[k] == l && !memcmp(s + es[k], s + v[i].start, l)))
			k++;
		if (k < ne)
			continue;
		es[ne] = v[i].start;
		en[ne] = (uint16_t)l;
		spk[ne] = (uint8_t)speaker;
		/* (a script without capitals: its shape is enough) */
		ok[ne++] = u[v[i].start] >= 0xE0 || (u[v[i].start] >= 0xD7 && u[v[i].start] <= 0xDB);
		unsigned h = key3(u + v[i].start);
		keys[h >> 6] |= 1ull << (h & 63);
	}
	/* then the given name of each name in a script without capitals
	 * (its first word; its last in Han, kana and Hangul), after every
	 * whole name (a whole name said again is found whole) */
	unsigned nfull = ne;
	for (unsigned k0 = 0; k0 < nfull && ne < ECHO_MAX; k0++) {
		size_t a = es[k0], e = a + en[k0], sp1 = a, sp2 = e;
		if (!(u[a] >= 0xE0 || (u[a] >= 0xD7 && u[a] <= 0xDB)))
			continue;
		while (sp1 < e && s[sp1] != ' ')
			sp1++;
		while (sp2 > a && s[sp2 - 1] != ' ')
			sp2--;
		if (sp1 == e)
			continue;
		size_t wa[2] = {a, sp2}, we[2] = {sp1, e};
		for (int w = u[a] >= 0xE3 && u[a] <= 0xED; w < 2 && ne < ECHO_MAX; w += 2) {
			size_t l = we[w] - wa[w];
			if (!wide_word(s, wa[w], we[w]))
				continue;
			unsigned k = 0;
			while (k < ne && !(en[k] == l && !memcmp(s + es[k], s + wa[w], l)))
				k++;
			if (k < ne) {
				spk[k] = 0; /* (a whole name's given name, looked for as one) */
				continue;
			}
			es[ne] = wa[w];
			en[ne] = (uint16_t)l;
			ok[ne++] = 1;
			unsigned h = key3(u + wa[w]);
			keys[h >> 6] |= 1ull << (h & 63);
		}
	}
	if (!ne)
		return 0;
	/* every word's start, against the names of its first three bytes; a
	 * name said again is asked whether it reads as a person's (the
	 * gazetteer's lookups cost more than the look for it) */
	struct rx_out add[ECHO_ADD];
	size_t na = 0, last_end = 0;
	for (size_t ti = 0; ti < x->ntk && na < ECHO_ADD; ti++) {
		size_t p = x->tk[ti].s;
		if (p < last_end || p + 5 > x->len)
			continue;
		unsigned h = key3(u + p);
		if (!((keys[h >> 6] >> (h & 63)) & 1))
			continue;
		for (unsigned k = 0; k < ne; k++) {
			size_t l = en[k];
			if (es[k] == p || p + l > x->len || u[p + l - 1] != u[es[k] + l - 1] || u[p] != u[es[k]] ||
			    memcmp(s + p, s + es[k], l) ||
			    !(alone_at(s, x->len, p, l) || honorific_after(s, x->len, p, l)) ||
			    overlaps(v, n, p, p + l))
				continue;
			if (!ok[k]) {
				x->ti = rx_tok_from(x, es[k]);
				ok[k] = person_like(x, es[k], es[k] + l) ? 1 : 2;
			}
			if (ok[k] != 1)
				continue;
			size_t se = spk[k] ? speaker_end(s, x->len, p + l) : p + l;
			if (se == RX_NONE)
				continue;
			x->ti = ti;
			size_t b = name_before(x, p, l);
			if (b < p && (b < last_end || overlaps(v, n, b, p)))
				b = p;
			size_t e = k >= nfull ? surname_after(s, x->len, p + l, es, en, nfull) : se;
			if (e > p + l && overlaps(v, n, p + l, e))
				e = p + l;
			struct rx_out o = {b, e, REDACT_PERSON};
			if (x->nkept && rx_in_kept(x, &o))
				continue;
			add[na++] = o;
			last_end = e;
			break;
		}
	}
	if (!na)
		return 0;
	if (n + na > *capp) {
		size_t cap = n + na;
		struct rx_out *w = realloc(v, cap * sizeof *w);
		if (!w)
			return REDACT_ENOMEM;
		*vp = v = w;
		*capp = cap;
	}
	memcpy(v + n, add, na * sizeof *add);
	*np = n + na;
	qsort(v, *np, sizeof *v, rx_out_cmp);
	return 0;
}
