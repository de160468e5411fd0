/* person_fiction.c: names of characters, not of people (new in stop 50).
 * Writers, casting directors and crews paste their fiction with their
 * own people's data around it; the characters are no one's:
 *
 *   Main characters: old Mrs Pettigrew-Haze, Jonah Quarrendon
 *   Role | Actor | DOB | Agent            (the Role column's cells)
 *   48B INT. NEWSROOM – DAY — Lene Morgenroth — MCU — TC in 01:22:56:11
 *
 * A characters' label before the name on its line, a cell under a role's
 * or a character's column, or a shot list's scene line (INT. or EXT. and
 * the time of day). The actor beside the role, the agent and the crew are
 * found as ever. And works' titles: a work's code after it (ISRC, ISBN),
 * a work's label before it ("Release:", "Titel:"). */
#include <string.h>

#include "person_int.h"

/* The labels of a book's or a script's characters, folded. */
static const char *const cast_labels[] = {
	"characters", "character", "main characters", "main character", "cast of characters",
	"personajes", "personajes principales", "personaggi", "personaggi principali",
	"personnages", "personnages principaux", "figuren", "hauptfiguren", "personagens",
	"personagens principais", "postacie", "bohaterowie", "karakters", "personages",
	"hoofdpersonen", "karaktärer", "huvudpersoner", "karakterler", "персонажи", "герои",
	"χαρακτήρες", "登場人物", "主要人物", "人物", "등장인물", NULL,
};

/* Columns of roles and characters (a casting sheet's "Role | Actor"). */
static const char *const role_cols[] = {
	"role", "roles", "rolle", "rollen", "rôle", "ruolo", "papel", "rol", "rola", "roll",
	"character", "characters", "personaggio", "personaje", "personnage", "figur", "personagem",
	"postać", "personage", "роль", "персонаж", "役", "役名", "배역", "角色", NULL,
};

static int in_list(const char *const *l, const char *w)
{
	for (; *l; l++)
		if ((*l)[0] == w[0] && !strcmp(*l, w))
			return 1;
	return 0;
}

/* The label before a on its line, folded into f: the words between the
 * line's start (past bullets) and the last ':' before a; 0 when none or
 * longer than f holds. */
static int label_before(const char *s, size_t ls, size_t a, char *f, size_t cap)
{
	/* (an ASCII colon; a full-width one, "登場人物：", where the line
	 * holds none) */
	const char *q = a > ls ? memrchr(s + ls, ':', a - ls) : NULL;
	size_t e;
	if (q) {
		e = (size_t)(q - s);
	} else {
		/* (within 64 bytes before the name; a cheap look first) */
		size_t w0 = a - ls > 64 ? a - 64 : ls;
		if (!memchr(s + w0, 0xEF, a - w0))
			return 0;
		for (e = a; e >= ls + 3 && a - e < 64 && memcmp(s + e - 3, "\xef\xbc\x9a", 3); e--)
			;
		if (e < ls + 3 || a - e >= 64)
			return 0;
		e -= 3;
	}
	if (e - ls > cap + 8)
		return 0;
	size_t b = ls;
	while (b < e && rx_in(" -*#\t", s[b]))
		b++;
	while (e > b && s[e - 1] == ' ')
		e--;
	/* (Markdown's bold: "**Characters**:") */
	while (e > b && s[e - 1] == '*')
		e--;
	while (b < e && s[b] == '*')
		b++;
	if (e <= b || e - b >= cap)
		return 0;
	rx_fold(s + b, e - b, f, cap);
	return 1;
}

/* A shot list's or a script's scene line: "INT." or "EXT." in capitals
 * after the line's start or a scene number, before a. */
static int scene_line(const char *s, size_t ls, size_t a)
{
	for (size_t i = ls; i + 4 <= a && i < ls + 16; i++)
		if ((s[i] == 'I' || s[i] == 'E') && s[i + 3] == '.' &&
		    (!memcmp(s + i, "INT.", 4) || !memcmp(s + i, "EXT.", 4) || !memcmp(s + i, "I/E.", 4)) &&
		    (i == ls || s[i - 1] == ' ') && i + 4 < a && s[i + 4] == ' ')
			return 1;
	return 0;
}

/* A work's title: a work's code right after it on its line ("Low Tide
 * Hymn — ISRC ES-FND-26-40770", "Winter Ferry / 978-8-830-71893-7"), or a
 * work's label before it ("RELEASE: Winter Ferry (Deluxe)"). */
static const char *const work_labels[] = {
	"release", "album", "single", "ep", "title", "titel", "titre", "título", "titulo", "titolo",
	"tytuł", "track", "song", "book", "working title", "work title", "series", "podcast",
	"show", "film", "movie", "manuscript", "novel", "roman", "romanzo", "novela", "livro",
	"buch", "libro", "livre", "boek", "książka", NULL,
};

int pn_work_code_after(const char *s, size_t len, size_t e)
{
	/* (a cheap look first: a separator right after the name) */
	if (e + 5 >= len || !rx_in(" /|(-,", s[e]))
		return 0;
	size_t le = rx_line_end(s, len, e), i = e;
	while (i < le && i - e < 8 && (rx_in(" /|(-,", s[i]) || (unsigned char)s[i] == 0xE2 || (unsigned char)s[i] == 0x80 ||
					(unsigned char)s[i] == 0x94 || (unsigned char)s[i] == 0x93))
		i++;
	if (i + 4 > le || !rx_in("IUE9", s[i]))
		return 0;
	static const char *const codes[] = {"ISRC", "ISWC", "ISBN", "UPC", "EAN", "978-", "979-", NULL};
	for (const char *const *q = codes; *q; q++) {
		size_t n = strlen(*q);
		if (i + n <= le && !memcmp(s + i, *q, n))
			return 1;
	}
	return 0;
}

int pn_fiction_name(struct rx_ctx *c, const struct name *n)
{
	const char *s = c->text;
	size_t a = n->ts[0], ls = rx_line_start(s, a);
	char f[48];
	if (scene_line(s, ls, a) || pn_work_code_after(s, c->len, n->end) ||
	    (label_before(s, ls, a, f, sizeof f) && (in_list(cast_labels, f) || in_list(work_labels, f))))
		return 1;
	/* a cell under a role's column: a casting sheet's table of bars or
	 * tabs (a cheap look first: a bar or a tab before it on its line) */
	size_t w = a - ls > 40 ? a - 40 : ls, p = ls;
	const char *bar = memrchr(s + w, '|', a - w), *tab = memrchr(s + w, '\t', a - w);
	if (bar || tab)
		p = (size_t)((bar > tab ? bar : tab) - s) + 1;
	else if (w > ls)
		return 0;
	if (p == ls) {
		/* (the row's first cell: a bar or a tab after it) */
		size_t le = rx_line_end(s, c->len, a), q = n->end;
		while (q < le && q - n->end < 8 && s[q] == ' ')
			q++;
		if (q >= le || (s[q] != '|' && s[q] != '\t'))
			return 0;
	}
	while (p < a && s[p] == ' ')
		p++;
	char hdr[48];
	return rx_column_header(c, p, hdr, sizeof hdr) && in_list(role_cols, hdr);
}

/* A cell under a column of pets ("pet_name", "Tier", "Mascota"). */
static int pet_cell(struct rx_ctx *c, size_t at)
{
	static const char *const pets[] = {"pet", "pets", "pet_name", "petname", "animal",
					   "tiername", "haustier", "dier", "huisdier", "djur", "dyr",
					   "mascota", "animale", "zwierzę", "eläin", "lemmikki", NULL};
	const char *s = c->text;
	char hdr[64];
	if (at == 0 || !rx_in(",;\t|", s[at - 1] == ' ' && at >= 2 ? s[at - 2] : s[at - 1]) ||
	    !rx_column_header(c, at, hdr, sizeof hdr))
		return 0;
	for (char *w = hdr; *w;) {
		while (*w && !(rx_is_alpha((unsigned char)*w) || (unsigned char)*w >= 0x80))
			w++;
		char *e = w;
		while (*e && (rx_is_alpha((unsigned char)*e) || (unsigned char)*e >= 0x80 || *e == '_'))
			e++;
		for (const char *const *p = pets; *p; p++)
			if (strlen(*p) == (size_t)(e - w) && !memcmp(w, *p, (size_t)(e - w)))
				return 1;
		w = e;
	}
	return 0;
}

/* A Latin name right after a CJK word for a dog or a cat ("我家狗Max",
 * "うちの猫Luna"). */
static int cjk_pet_before(const char *s, size_t at)
{
	static const char *const pets[] = {"狗", "猫", "犬", "ペット", "강아지", "고양이", NULL};
	for (const char *const *p = pets; *p; p++) {
		size_t n = strlen(*p);
		if (at >= n && !memcmp(s + at - n, *p, n))
			return 1;
	}
	return 0;
}

/* Colleagues greeted as such ("Dear Colleague,", "Liebe Kolleginnen"). */
static int colleagues(struct rx_ctx *c, const struct name *n)
{
	static const char *const w[] = {"colleague", "colleagues", "kollegin", "kolleginnen",
					"kollege", "kollegen", "collega", "colleghi", "collègue",
					"collègues", "colega", "colegas", "collega's", NULL};
	char f[24];
	if (n->nt != 1 || n->te[0] - n->ts[0] >= sizeof f)
		return 0;
	rx_fold(c->text + n->ts[0], n->te[0] - n->ts[0], f, sizeof f);
	return in_list(w, f);
}

/* Names that are no private person's, whatever their context (stop 51):
 * a monarch or a pope, an SMS's sender id, a form's sample before its
 * example's word, a device's or a home's name in a YAML config. */
int pn_no_private_name(struct rx_ctx *c, struct name *n, size_t at)
{
	const char *s = c->text;
	/* a ship's, a depot's or a venue's label right before it ("Vessel /
	 * Voy.: Aurora Pelican 130E", "Hotel name: Grand Union"; stop 53):
	 * its value is the thing's (not every thing's label: a model release
	 * form's "Model name:" is a person's) */
	{
		static const char *const things[] = {"vessel", "vessel / voy.", "vessel/voyage", "vessel / voyage",
						     "ship", "ship name", "vessel name", "feeder", "mother vessel",
						     "depot", "terminal", "warehouse", "hotel name", "venue name", NULL};
		static struct rx_kwset thing_kws = RX_KWSET(things);
		size_t p = at, ls = rx_line_start(s, at);
		while (p > ls && s[p - 1] == ' ')
			p--;
		if (p > ls + 1 && s[p - 1] == ':' && rx_kw_ends(c, &thing_kws, ls, p - 1))
			return 1;
		/* an order of service's music, "Entrance music: Amazing Grace",
		 * "Exit music: Elgar, Nimrod", "Music: Jerusalem" (stop 62): a
		 * hymn, a piece or its composer: its first word an ordinary
		 * word, or one word alone that is no given name the gazetteer
		 * knows (a party's band of two words is a person's, "music :
		 * Ozite Boudreaux") */
		static const char *const music[] = {"music", "entrance music", "exit music", "hymn", "processional",
						    "recessional", "anthem", NULL};
		static struct rx_kwset music_kws = RX_KWSET(music);
		if (p > ls + 1 && s[p - 1] == ':' && rx_kw_ends(c, &music_kws, ls, p - (s[p - 2] == ' ' ? 2 : 1)) &&
		    ((pn_tok(c, n, 0, T_STOP) & T_STOP) || (n->nt == 1 && !(pn_tok(c, n, 0, T_GIVEN) & T_GIVEN))))
			return 1;
	}
	/* a monarch or a pope: given names and a regnal number ("Felipe VI y
	 * Letizia", "Juan Carlos I", "Benedict XVI"; "John Smith III" keeps
	 * its surname; stop 51) */
	for (size_t k = 1; k <= n->nt; k++) {
		size_t a = k < n->nt ? n->ts[k] : n->end + 1, b = a;
		if (k == n->nt) { /* (the numeral after the name: "Juan Carlos I") */
			if (a >= c->len || s[a - 1] != ' ')
				break;
			while (b < c->len && b - a < 6 && rx_is_upper((unsigned char)s[b]))
				b++;
			if (b < c->len && rx_is_alnum((unsigned char)s[b]))
				break;
		} else {
			b = n->te[k];
		}
		/* (an initial is none: "Josefa V.", "Rubén I.") */
		if (!pn_roman_numeral(s, a, b) || (b < c->len && s[b] == '.'))
			continue;
		size_t g = 0;
		while (g < k && (pn_tok(c, n, g, T_GIVEN) & T_GIVEN))
			g++;
		if (g == k) {
			c->place_end = b; /* (the numeral is no name of its own) */
			return 1;
		}
		break;
	}
	/* an SMS's sender id ("From: PAKET", "From: DELIVERY"): one word in
	 * capitals alone on the line, no name the gazetteer knows (stop 51) */
	if (n->nt == 1 && n->caps && (n->end == c->len || s[n->end] == '\n' || s[n->end] == '\r') && at >= 6 &&
	    !memcmp(s + at - 6, "From: ", 6) && (at == 6 || s[at - 7] == '\n') &&
	    !(pn_tok(c, n, 0, T_GIVEN | T_SUR) & (T_GIVEN | T_SUR)))
		return 1;
	/* an animal (after a label that names one: engine.c asks for every
	 * script): on a pedigree's line, in a column of pets, after a CJK word for a dog or a cat ("我家狗
	 * Max"); colleagues greeted as such (stop 51) */
	if (rx_pedigree_line(s, c->len, at) || (n->nt == 1 && rx_is_upper((unsigned char)s[at]) && pet_cell(c, at)) ||
	    cjk_pet_before(s, at) || colleagues(c, n))
		return 1;
	/* a form's sample, its example's word in parentheses after it on its
	 * line, perhaps after a second sample ("Naam: Jan Jansen / Piet
	 * Pietersen (voorbeeld)", "ФИО: ... / Иванова Мария Петровна
	 * (образец)"; stop 51) */
	if (pn_example_after(s, c->len, n->end))
		return 1;
	/* a device's or a home's name in a YAML config ("camera:" / "  -
	 * platform: generic" / "    name: Hoftor"): the key in small
	 * letters and indented, one word to the line's end that the
	 * gazetteer does not know (stop 51) */
	if (n->nt == 1 && at >= 8 && !memcmp(s + at - 6, "name: ", 6) &&
	    (n->end == c->len || s[n->end] == '\n' || s[n->end] == '\r') &&
	    !(pn_tok(c, n, 0, T_GIVEN | T_SUR) & (T_GIVEN | T_SUR))) {
		size_t ls = rx_line_start(s, at), k = ls;
		while (k < at - 6 && (s[k] == ' ' || s[k] == '-'))
			k++;
		if (k == at - 6 && k > ls + 1)
			return 1;
	}
	return 0;
}

/* Whether [a, b) is a Roman numeral of I to XXIII in capitals. */
int pn_roman_numeral(const char *s, size_t a, size_t b)
{
	/* (a cheap look first: capitals I, V and X only, six at most) */
	if (b <= a || b - a > 5)
		return 0;
	for (size_t i = a; i < b; i++)
		if (s[i] != 'I' && s[i] != 'V' && s[i] != 'X')
			return 0;
	static const char *const r[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
					"XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX",
					"XX", "XXI", "XXII", "XXIII", NULL};
	for (const char *const *q = r; *q; q++)
		if (strlen(*q) == b - a && !memcmp(s + a, *q, b - a))
			return 1;
	return 0;
}

/* After a name at s[e], on its line: perhaps " / " and a second name,
 * then " (" and an example's word and ")" ("(voorbeeld)", "(esempio)",
 * "(образец)"). */
int pn_example_after(const char *s, size_t len, size_t e)
{
	static const char *const words[] = {"example", "sample", "esempio", "voorbeeld", "beispiel",
					    "exemple", "ejemplo", "exemplo", "образец", "пример",
					    "przykład", "példa", "örnek", "esimerkki", "exempel",
					    "eksempel", "vzor", "příklad", "fac-simile", "facsimile", NULL};
	size_t i = e, le = rx_line_end(s, len, e);
	/* (a cheap look first: a '(' on the line after the name) */
	if (i >= le || (s[i] != ' ' && s[i] != '/') || !memchr(s + i, '(', (le - i < 72 ? le - i : 72)))
		return 0;
	/* (a second name after " / ": letters and spaces) */
	while (i < le && i - e < 64 && s[i] != '(' && (s[i] == ' ' || s[i] == '/' || s[i] == '.' || s[i] == '-' ||
						       rx_letter_at(s, le, i)))
		i += rx_letter_at(s, le, i) ? rx_letter_at(s, le, i) : 1;
	if (i >= le || s[i] != '(' || (i > e && s[i - 1] != ' '))
		return 0;
	i++;
	for (const char *const *w = words; *w; w++) {
		size_t n = strlen(*w);
		if (i + n < le && rx_fold_eq(s + i, *w, n) && s[i + n] == ')')
			return 1;
	}
	return 0;
}
