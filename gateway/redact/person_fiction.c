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
		if (!strcmp(*l, w))
			return 1;
	return 0;
}

/* A characters' label between the line's start and a, before a ':' that
 * no other ':' follows. */
static int cast_label(const char *s, size_t ls, size_t a)
{
	const char *colon = NULL;
	for (size_t i = ls; i < a; i++)
		if (s[i] == ':' || (i + 3 <= a && !memcmp(s + i, "\xef\xbc\x9a", 3)))
			colon = s + i;
	if (!colon)
		return 0;
	size_t e = (size_t)(colon - s), b = ls;
	while (b < e && rx_in(" -*#\t", s[b]))
		b++;
	while (e > b && s[e - 1] == ' ')
		e--;
	/* (Markdown's bold: "**Characters**:") */
	while (e > b && s[e - 1] == '*')
		e--;
	while (b < e && s[b] == '*')
		b++;
	char f[48];
	if (e <= b || e - b >= sizeof f)
		return 0;
	rx_fold(s + b, e - b, f, sizeof f);
	return in_list(cast_labels, f);
}

/* A shot list's or a script's scene line: "INT." or "EXT." in capitals
 * after the line's start or a scene number, before a. */
static int scene_line(const char *s, size_t ls, size_t a)
{
	for (size_t i = ls; i + 4 <= a && i < ls + 16; i++)
		if ((!memcmp(s + i, "INT.", 4) || !memcmp(s + i, "EXT.", 4) || !memcmp(s + i, "I/E.", 4)) &&
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

static int work_title(const char *s, size_t len, size_t ls, size_t a, size_t e)
{
	size_t le = rx_line_end(s, len, e), i = e;
	while (i < le && i - e < 8 && (rx_in(" /|(-,", s[i]) || (unsigned char)s[i] == 0xE2 || (unsigned char)s[i] == 0x80 ||
					(unsigned char)s[i] == 0x94 || (unsigned char)s[i] == 0x93))
		i++;
	static const char *const codes[] = {"ISRC", "ISWC", "ISBN", "UPC", "EAN", "978-", "979-", NULL};
	for (const char *const *q = codes; *q; q++) {
		size_t n = strlen(*q);
		if (i + n <= le && !memcmp(s + i, *q, n))
			return 1;
	}
	const char *colon = NULL;
	for (size_t k = ls; k < a; k++)
		if (s[k] == ':')
			colon = s + k;
	if (!colon)
		return 0;
	size_t b = ls, ce = (size_t)(colon - s);
	while (b < ce && rx_in(" -*#\t", s[b]))
		b++;
	while (ce > b && s[ce - 1] == ' ')
		ce--;
	char f[32];
	if (ce <= b || ce - b >= sizeof f)
		return 0;
	rx_fold(s + b, ce - b, f, sizeof f);
	return in_list(work_labels, f);
}

int pn_fiction_name(struct rx_ctx *c, const struct name *n)
{
	const char *s = c->text;
	size_t a = n->ts[0], ls = rx_line_start(s, a);
	if (cast_label(s, ls, a) || scene_line(s, ls, a) || work_title(s, c->len, ls, a, n->end))
		return 1;
	/* a cell under a role's column (a cheap look first: a cell's
	 * delimiter before it on its line) */
	size_t p = a;
	while (p > ls && a - p < 40 && !rx_in("|\t,;", s[p - 1]))
		p--;
	if (p > ls && !rx_in("|\t,;", s[p - 1]))
		return 0;
	if (p == ls && !memchr(s + a, '|', rx_line_end(s, c->len, a) - a) && !memchr(s + a, '\t', rx_line_end(s, c->len, a) - a))
		return 0;
	while (p < a && s[p] == ' ')
		p++;
	char hdr[48];
	return rx_column_header(c, p, hdr, sizeof hdr) && in_list(role_cols, hdr);
}
