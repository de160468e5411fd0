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

static int work_code_after(const char *s, size_t len, size_t e)
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
	if (scene_line(s, ls, a) || work_code_after(s, c->len, n->end) ||
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
