/* person_lists.c: names in scripts without capitals (and in Han and kana)
 * that lists and mail headers hold: a list's item opening with the name
 * and a person's numbers after ", " or " · ", a mailbox's display name
 * before its <address> (pn_detect_script_cell asks at ',', the middle
 * dot's lead byte and '<'); and a call log's speaker in any script
 * (pn_detect_clock_speaker asks at ':'), and a chat's speakers in such
 * scripts without times, a key's person in a record of key=value pairs,
 * a team's people with their roles and a list's creator before a handle
 * (stop 55); such names after English words ("by", "Dr"), before their
 * person's mailbox or phone under a label, a household's and a couple's
 * (stop 56). person_script.c has the labels, cells and rosters,
 * person_records.c records' rows, configs' keys and chats' bubbles. */
#include <string.h>

#include "person_int.h"

/* The start of the UTF-8 character whose last byte is s[i]. */
static size_t char_start(const char *s, size_t i)
{
	size_t q = i;
	while (q > 0 && i - q < 3 && ((unsigned char)s[q] & 0xC0) == 0x80)
		q--;
	return q;
}

/* A letter of an uncased script, of Han (and its repeat mark 々, "佐々木")
 * or of kana at s[i] (or a zero-width joiner). */
static int script_letter(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	if (pn_uncased_at(s, len, i))
		return 1;
	return i + 2 < len &&
	       ((u[i] == 0xE3 && ((u[i + 1] >= 0x81 && u[i + 1] <= 0x83) || (u[i + 1] == 0x80 && u[i + 2] == 0x85))) ||
		(u[i] >= 0xE4 && u[i] <= 0xE9) || (u[i] == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0x8C || u[i + 2] == 0x8D)));
}

/* The start of one to three words of script_letter ending at e (single
 * spaces between), their number in *words; e when there is none. */
static size_t script_words_before(const char *s, size_t len, size_t e, size_t *words)
{
	size_t b = e;
	*words = 0;
	for (;;) {
		size_t we = b, q;
		while (b > 0 && we - b < 60 && (q = char_start(s, b - 1)) < b && script_letter(s, len, q))
			b = q;
		if (b == we)
			break;
		if (++*words == 3 || b < 2 || s[b - 1] != ' ' || !script_letter(s, len, char_start(s, b - 2)))
			break;
		b--;
	}
	return b;
}

/* A list's item that opens with a name in a script without capitals and
 * goes on after ", " with a person's numbers (a surgery's or a grievance
 * list's "1. 宇佐美 琴音, 〒013-7766 ... Tel 090-3077-5086", "* प्रणव
 * गायकवाड, staff no. E30583, 93714 05517"; stop 54): the marker opening
 * the line, two or three words (or one of two to four Han or Hangul
 * characters), ten digits at least after the comma on the line. */
unsigned pn_uncased_item(struct rx_ctx *c, size_t comma)
{
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	size_t len = c->len, words, b, ne = comma;
	/* (or a middle dot between the fields: "- Saadet Eskiyapan ·
	 * 41026018068 · ...") */
	if (u[comma] == 0xC2) {
		if (comma < 5 || comma + 2 >= len || u[comma + 1] != 0xB7 || s[comma + 2] != ' ' || s[comma - 1] != ' ')
			return 0;
		ne = comma - 1;
	} else if (comma < 4 || comma + 1 >= len || s[comma + 1] != ' ') {
		return 0;
	}
	if (u[ne - 1] < 0x80)
		return 0;
	b = script_words_before(s, len, ne, &words);
	if (b == ne || u[b] < 0xD7 || (words == 1 && !(u[b] >= 0xE4 && ne - b >= 6 && ne - b <= 12)))
		return 0;
	size_t ls = rx_line_start(s, b), m = ls, le = rx_line_end(s, len, comma), nd = 0;
	while (m < b && s[m] == ' ')
		m++;
	if (b == m || pn_list_marker_end(s, len, ls) != b)
		return 0;
	for (size_t i = comma; i < le; i++)
		nd += rx_is_digit(u[i]) != 0;
	return nd >= 10 ? (unsigned)rx_emit(c, b, ne, REDACT_PERSON) : 0;
}

/* A mailbox's display name in a script without capitals, at the '<' of
 * its address ("- चिन्मय सावंत <chinmay@gmail.com> — yes", "From: 闾丘子墨
 * <zimo84@163.com>"; stop 54): one to three words of such letters or of
 * Han and kana before " <", the address's '@' before its '>', and before
 * the name a list's marker or a mail header's label opening the line, or
 * a list's ", ". */
unsigned pn_uncased_mailbox(struct rx_ctx *c)
{
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	size_t len = c->len, at = c->ms, b;
	if (at < 4 || s[at - 1] != ' ' || !((unsigned char)s[at - 2] >= 0x80))
		return 0;
	const char *gt = memchr(s + at, '>', len - at < 80 ? len - at : 80);
	const char *atsign = gt ? memchr(s + at, '@', (size_t)(gt - (s + at))) : NULL;
	/* (a role's mailbox names a desk: "مكتب الخدمة <office@x.org>") */
	if (!atsign || rx_email_nobody(s, at + 1, (size_t)(atsign - s), (size_t)(atsign - s) + 1, (size_t)(gt - s)))
		return 0;
	size_t words;
	b = script_words_before(s, len, at - 1, &words);
	if (b >= at - 1 || !(u[b] >= 0xD7))
		return 0;
	/* what stands before the name */
	size_t ls = rx_line_start(s, b), m = ls;
	while (m < b && s[m] == ' ')
		m++;
	if (m == b)
		return 0; /* (a name alone at the line's start: a signature's, not asked) */
	int ok = pn_list_marker_end(s, len, ls) == b || (b >= 2 && s[b - 2] == ',' && s[b - 1] == ' ');
	static const char *const hdr[] = {"from: ", "to: ", "cc: ", "reply-to: ", NULL};
	for (const char *const *h = hdr; *h && !ok; h++)
		ok = b == m + strlen(*h) && rx_fold_eq(s + m, *h, strlen(*h));
	/* (stop 56: any label's ": " or a sentence's word and a space before
	 * it, "Reviewed by 을지지안 <jian.eulji@...>", "Keyworker: 段干婉清
	 * <wduangan@...>": a person's mailbox says whose name it is) */
	ok |= b >= 2 && s[b - 1] == ' ' && (s[b - 2] == ':' || rx_is_alpha((unsigned char)s[b - 2]));
	return ok ? (unsigned)rx_emit(c, b, at - 1, REDACT_PERSON) : 0;
}

/* A call log's speaker ("13:03 outbound, Aneurin: customer cites job
 * loss", "11:52 inbound, 婉清: ..."; stop 54): a clock opening the line,
 * the call's direction and ", ", then one to three words (capitalised, or
 * of a script without capitals) up to the colon. */
unsigned pn_call_log_speaker(struct rx_ctx *c, size_t colon)
{
	static const char *const dirs[] = {"outbound, ", "inbound, ", "callback, ", NULL};
	const char *s = c->text;
	size_t len = c->len, ls = rx_line_start(s, colon), p = ls;
	if (colon + 1 >= len || s[colon + 1] != ' ' || colon < ls + 12)
		return 0;
	if (!(rx_is_digit((unsigned char)s[p]) && rx_is_digit((unsigned char)s[p + 1]) && s[p + 2] == ':' &&
	      rx_is_digit((unsigned char)s[p + 3]) && rx_is_digit((unsigned char)s[p + 4]) && s[p + 5] == ' '))
		return 0;
	p += 6;
	size_t dl = 0;
	for (const char *const *d = dirs; *d && !dl; d++)
		if (rx_fold_eq(s + p, *d, strlen(*d)))
			dl = strlen(*d);
	if (!dl)
		return 0;
	p += dl;
	size_t words = 1;
	for (size_t i = p; i < colon; i++) {
		if (s[i] == ' ')
			words++;
		else if ((unsigned char)s[i] < 0x80 && !rx_is_alpha((unsigned char)s[i]) && !rx_in("-'.", s[i]))
			return 0;
	}
	if (words > 3 || colon - p < 3 || !(rx_cap_at(s, colon, p) || script_letter(s, len, p)))
		return 0;
	return (unsigned)rx_emit(c, p, colon, REDACT_PERSON);
}

/* A letter of an uncased script, of Han, kana or Hangul at s[i]: its
 * length, or 0. */
static size_t turn_letter(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	if (script_letter(s, len, i))
		return u[i] < 0xE0 ? 2 : 3;
	/* Hangul syllables (U+AC00-D7A3) */
	return i + 2 < len && ((u[i] == 0xEA && u[i + 1] >= 0xB0) || u[i] == 0xEB || u[i] == 0xEC ||
			       (u[i] == 0xED && u[i + 1] <= 0x9E))
		       ? 3
		       : 0;
}

/* The end of a chat turn's speaker opening the line at ls: one or two
 * words of turn_letter, then ": "; or ls. */
static size_t turn_speaker(const char *s, size_t len, size_t ls)
{
	size_t i = ls, k;
	int words = 1;
	/* (a cheap look first: a letter of these scripts first, a colon
	 * within 41 bytes) */
	if (ls >= len || (unsigned char)s[ls] < 0xD7 || !memchr(s + ls, ':', len - ls < 41 ? len - ls : 41))
		return ls;
	while (i < len && i - ls < 40) {
		if ((k = turn_letter(s, len, i)) != 0)
			i += k;
		else if (s[i] == ' ' && i > ls && words < 2 && i + 1 < len && turn_letter(s, len, i + 1))
			i++, words++;
		else
			break;
	}
	return i > ls && i + 1 < len && s[i] == ':' && s[i + 1] == ' ' ? i : ls;
}

/* Whether the line at p ends a chat's block: empty, or a rule or a fence
 * ("---", "```", "\"\"\""). */
static int block_edge(const char *s, size_t len, size_t p)
{
	size_t le = rx_line_end(s, len, p);
	while (p < le && (s[p] == ' ' || s[p] == '\r'))
		p++;
	return p == le || (le - p >= 3 && (!memcmp(s + p, "---", 3) || !memcmp(s + p, "```", 3) ||
					   !memcmp(s + p, "\"\"\"", 3)));
}

/* Whether the line at p opens with a speaker other than the one of sn
 * bytes at ls. */
static int other_turn(const char *s, size_t len, size_t p, size_t ls, size_t sn)
{
	size_t e = turn_speaker(s, len, p);
	return e != p && !(e - p == sn && !memcmp(s + p, s + ls, sn));
}

/* The chat block around the line at ls (bounded by block_edge, forty
 * lines either way at most): its bounds, and whether exactly two speakers
 * take turns in it, each at least twice (a form's labels are three or
 * more: "姓名:", "出生日期:", "住址:" over again); kept in c for the
 * block's other lines. */
static void turn_block(struct rx_ctx *c, size_t ls)
{
	const char *s = c->text;
	size_t len = c->len, p = ls, na = 0, nb = 0;
	for (int n = 0; n < 40 && p > 0 && !block_edge(s, len, rx_line_start(s, p - 1)); n++)
		p = rx_line_start(s, p - 1);
	c->turn_bs = p;
	c->turn_a = c->turn_b = RX_NONE;
	c->turn_an = c->turn_bn = 0;
	c->turn_ok = 1;
	for (int n = 0; n < 81 && p < len && (p == c->turn_bs || !block_edge(s, len, p)); n++) {
		size_t e = turn_speaker(s, len, p), le = rx_line_end(s, len, p);
		if (e != p) {
			if (c->turn_a == RX_NONE || (e - p == c->turn_an && !memcmp(s + p, s + c->turn_a, e - p)))
				c->turn_a = p, c->turn_an = e - p, na++;
			else if (c->turn_b == RX_NONE || (e - p == c->turn_bn && !memcmp(s + p, s + c->turn_b, e - p)))
				c->turn_b = p, c->turn_bn = e - p, nb++;
			else
				c->turn_ok = 0;
		}
		p = le + 1;
	}
	c->turn_be = p;
	c->turn_ok = c->turn_ok && na >= 2 && nb >= 2;
}

/* A chat's speaker in such a script without a time ("กฤษดา: Hi! Can you
 * confirm ...", "도윤: Thanks.", "俊熙: ..."; stop 55), at the colon: the
 * word or two opening the line, when the line above or below opens with
 * the other speaker (looked at first), in a block where two speakers
 * take turns (turn_block), neither a label's word. */
unsigned pn_untimed_turn(struct rx_ctx *c, size_t colon)
{
	const char *s = c->text;
	size_t len = c->len, ls = colon;
	/* (a cheap look first: the line's start within 40 bytes, another
	 * speaker's turn on the line above or below) */
	while (ls > 0 && colon - ls <= 40 && s[ls - 1] != '\n')
		ls--;
	if (colon - ls < 2 || colon - ls > 40 || turn_speaker(s, len, ls) != colon)
		return 0;
	size_t sn = colon - ls, up = ls >= 2 ? rx_line_start(s, ls - 1) : RX_NONE, dn = rx_line_end(s, len, colon) + 1;
	if (!((up != RX_NONE && other_turn(s, len, up, ls, sn)) || (dn < len && other_turn(s, len, dn, ls, sn))))
		return 0;
	if (!(ls >= c->turn_bs && ls < c->turn_be))
		turn_block(c, ls);
	if (!c->turn_ok)
		return 0;
	char f[64];
	if ((colon - ls < sizeof f && pn_label_word(f, rx_fold(s + ls, colon - ls, f, sizeof f))) ||
	    pn_script_label(c, ls, colon))
		return 0;
	return (unsigned)rx_emit(c, ls, colon, REDACT_PERSON);
}

/* The end of a team member's name at i: one to three words of
 * turn_letter, or two or three capitalised words ("Platform (infra)" is
 * a team's), before " ("; or i. */
static size_t member_name(const char *s, size_t len, size_t i)
{
	size_t e = i, words = 0, l;
	int latin = rx_cap_at(s, len, i);
	while (e < len && words < 3) {
		size_t a = e;
		if (turn_letter(s, len, e)) {
			while (e < len && (l = turn_letter(s, len, e)) != 0)
				e += l;
		} else if (rx_cap_at(s, len, e)) {
			while (e < len && ((l = rx_letter_at(s, len, e)) != 0 || s[e] == '-' || s[e] == '\''))
				e += l ? l : 1;
		}
		if (e == a)
			return i;
		words++;
		if (e + 2 < len && s[e] == ' ' && s[e + 1] == '(')
			return latin && words < 2 ? i : e;
		if (e + 1 >= len || s[e] != ' ')
			return i;
		e++;
	}
	return i;
}

/* A team's people, each with a role in parentheses, after the team's
 * label ("D1 Team: Elke Wetzlich (SQE), Wolfram Eisenhut (production),
 * ...", an 8D report's; "Team: 邬秀兰 (SQE), ..."; stop 55), at the colon:
 * two items at least, every item of the line a name and its role. */
unsigned pn_detect_team_list(struct rx_ctx *c)
{
	/* (stop 56: minutes' attendees, "Present: Wilhelmien Stokvisch
	 * (chair), Folkert Heerkens (treasurer), ...") */
	static const char *const labels[] = {"team", "d1 team", "8d team", "team members", "crew", "present",
					     "attendees", "in attendance", "apologies", "committee", "board",
					     "officers", "trustees", "panel",
					     /* (and in other languages, a building's owners at its
					      * meeting: "Presentes: ... (apto 33), ..."; stop 66) */
					     "presentes", "presenti", "présents", "anwesend", "aanwezig", "obecni",
					     "присутствовали", "παρόντες", "katılanlar", "có mặt", "ผู้เข้าประชุม",
					     "الحضور", "נוכחים", "उपस्थित", "참석자", NULL};
	static struct rx_kwset team_kws = RX_KWSET(labels);
	const char *s = c->text;
	size_t len = c->len, colon = c->ms, ls = colon, a;
	/* (a cheap look first: the labels' last letters, the line's start
	 * within 16 bytes) */
	if (colon < 4 || colon + 2 >= len || s[colon + 1] != ' ' ||
	    !(rx_in("mMsSwWtTeEdDlLiIrR ", s[colon - 1]) || (unsigned char)s[colon - 1] >= 0x80))
		return 0;
	while (ls > 0 && colon - ls <= 48 && s[ls - 1] != '\n')
		ls--;
	if (colon - ls > 48)
		return 0;
	a = ls;
	while (a < colon && rx_in(" -*#", s[a]))
		a++;
	size_t ae = colon;
	while (ae > a && s[ae - 1] == ' ') /* ("Présents : ") */
		ae--;
	if (ae == a || !pn_kw_word(c, &team_kws, a, ae))
		return 0;
	size_t le = rx_line_end(s, len, colon), i = colon + 2, n = 0, at[12][2];
	while (i < le && n < 12) {
		size_t e = member_name(s, le, i), r;
		if (e == i)
			return 0;
		const char *cp = memchr(s + e + 2, ')', le - e - 2);
		if (!cp || (r = (size_t)(cp - s)) - e > 40)
			return 0;
		at[n][0] = i, at[n][1] = e, n++;
		i = r + 1;
		if (i + 2 < le && s[i] == ',' && s[i + 1] == ' ')
			i += 2;
		else if (i < le && s[i] != '\r')
			return 0;
		else
			break;
	}
	if (n < 2)
		return 0;
	unsigned k = 0;
	for (size_t q = 0; q < n; q++)
		k += (unsigned)rx_emit(c, at[q][0], at[q][1], REDACT_PERSON);
	return k;
}

/* A list's person before their handle in parentheses ("• Brynlee Wingo
 * (@FrostNoodle, 766k followers)", "• ऋचा बघेल (@xX_OzoneFang_Xx, ...)", a
 * creators' shipping list; stop 55), at the '(': the name opens its item
 * after a list's marker, two or three capitalised words or one to three
 * of a script without capitals. */
unsigned pn_detect_handle_owner(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, at = c->ms;
	if (at < 4 || at + 3 >= len || s[at + 1] != '@' || s[at - 1] != ' ' || !rx_is_alnum((unsigned char)s[at + 2]))
		return 0;
	size_t ls = rx_line_start(s, at), b = pn_list_marker_end(s, len, ls);
	if (b == ls || b >= at - 1 || member_name(s, len, b) != at - 1)
		return 0;
	/* (not the handle's own words: "• Frost Noodle (@FrostNoodle)") */
	size_t p = b, q = at + 2;
	while (p < at - 1 && q < len && rx_is_alnum((unsigned char)s[q])) {
		if (s[p] == ' ') {
			p++;
			continue;
		}
		if (rx_lower(s[p]) != rx_lower(s[q]))
			break;
		p++, q++;
	}
	if (p == at - 1)
		return 0;
	return (unsigned)rx_emit(c, b, at - 1, REDACT_PERSON);
}

size_t pn_turn_letter(const char *s, size_t len, size_t i)
{
	return turn_letter(s, len, i);
}

/* The byte length of a script_letter at s[i], or 0. */
size_t pn_script_len(const char *s, size_t len, size_t i)
{
	size_t k = pn_uncased_at(s, len, i);
	return k ? k : script_letter(s, len, i) ? 3 : 0;
}

/* A name in a script without capitals, in Han or in kana at v: two or
 * three words (Hangul one word of two to four syllables too; Han and kana
 * two to four characters, not a place's or a firm's), not a desk's or a
 * firm's; its end, or v. */
static size_t uncased_name(const char *s, size_t len, size_t v)
{
	const unsigned char *u = (const unsigned char *)s;
	if (v + 6 >= len || u[v] < 0xD7 || !pn_script_len(s, len, v))
		return v;
	int han = u[v] >= 0xE3 && u[v] <= 0xE9, hangul = u[v] >= 0xEA && u[v] <= 0xED;
	size_t e = v, words = 0, chars = 0, k;
	for (;;) {
		size_t ws = e;
		while (e < len && (k = pn_script_len(s, len, e)) > 0) {
			e += k;
			chars++;
		}
		if (e == ws)
			return v;
		words++;
		if (e + 1 < len && s[e] == ' ' && pn_script_len(s, len, e + 1)) {
			if (words == 3)
				return v; /* (a sentence in that script) */
			e++;
			continue;
		}
		break;
	}
	if (han) {
		static const char *const place[] = {"市", "省", "県", "都", "区", "區", "店", "社", "院", "局",
						    "所", "部", "会", "會", "館", "馆", "寺", "堂", "学", "學",
						    "校", "司", "行", "团", "團", "組", "组", "屋", "島", "岛",
						    /* (a police station, an office, a centre) */
						    "署", "厅", "廳", "处", "處", "室", "中心", NULL};
		if (chars < 2 || chars > 4 + (words == 2) || words > 2)
			return v;
		for (const char *const *p = place; *p; p++)
			if (e - v >= strlen(*p) && !memcmp(s + e - strlen(*p), *p, strlen(*p)))
				return v;
	} else if (hangul) {
		/* (an honorific is not the name's: "윤도윤님") */
		if (e - v >= 9 && (!memcmp(s + e - 3, "님", 3) || !memcmp(s + e - 3, "씨", 3))) {
			if (e < len && pn_script_len(s, len, e))
				return v;
			e -= 3;
			chars--;
		}
		if ((words == 1 && (chars < 2 || chars > 4)) || words > 2)
			return v;
	} else if (words < 2) {
		return v;
	}
	/* (a desk's or a firm's name: its first word) */
	static const char *const org[] = {"مكتب", "مركز", "جمعية", "شركة", "مؤسسة", "بنك", "مستشفى", "عيادة",
					  "בית", "עמותת", "חברת", "משרד", "מרכז", "בנק", "บริษัท", "ศูนย์",
					  "มูลนิธิ", "สำนักงาน", "ธนาคาร", "โรงพยาบาล", "कार्यालय", "केंद्र",
					  "संस्था", "बैंक", "अस्पताल", NULL};
	for (const char *const *o = org; *o; o++) {
		if ((*o)[0] != s[v] || (*o)[1] != s[v + 1])
			continue;
		size_t n = strlen(*o);
		if (e - v > n && !memcmp(s + v, *o, n) && s[v + n] == ' ')
			return v;
	}
	/* (or one of its words: "מפעלי זכוכית הכרמל", "मालवा एग्रो फूड्स";
	 * stop 62) */
	return pn_uncased_org(s, v, e) ? v : e;
}

/* Emits [a, b) as a person's name; a name in capitals' scripts only when
 * pn_unknown_ok lets it (read last: the context is cheaper to check). */
static unsigned emit_name(struct rx_ctx *c, size_t a, size_t b)
{
	if (rx_cap_at(c->text, c->len, a) && !pn_unknown_ok(c, a, b))
		return 0;
	return (unsigned)rx_emit(c, a, b, REDACT_PERSON);
}

/* A house's number at h ("12/103 Coolabah", "93 chemin"), no clock's ("3 pm"). */
static int house_at(const char *s, size_t len, size_t h)
{
	size_t d = h;
	while (d < len && (rx_is_digit((unsigned char)s[d]) || s[d] == '/'))
		d++;
	return d > h && d + 3 < len && s[d] == ' ' && rx_is_alpha((unsigned char)s[d + 1]) &&
	       !(rx_in("ap", rx_lower(s[d + 1])) && (rx_lower(s[d + 2]) == 'm' || s[d + 2] == '.'));
}

/* A mail address's local part at p, to its '@' within 40 bytes. */
static int mailbox_at(const char *s, size_t len, size_t p)
{
	size_t q = p;
	while (q < len && q - p < 40 && (rx_is_alnum((unsigned char)s[q]) || rx_in("._-", s[q])))
		q++;
	return q > p && q < len && s[q] == '@';
}

/* The word the scan stands at is "child", "son", "daughter" or "partner". */
static int kin_word(const struct rx_ctx *c)
{
	const char *s = c->text;
	size_t kl = c->me - c->ms;
	return (kl == 5 && rx_fold_eq(s + c->ms, "child", 5)) || (kl == 3 && rx_fold_eq(s + c->ms, "son", 3)) ||
	       (kl == 8 && rx_fold_eq(s + c->ms, "daughter", 8)) || (kl == 7 && rx_fold_eq(s + c->ms, "partner", 7));
}

/* After such a word: a name (uncased_name) inside English text, then
 * punctuation, the line's end or more English (a desk's name, "by مكتب
 * الخدمة <office@...>", is left out by its first word). New in stop 56. */
unsigned pn_detect_by_uncased(struct rx_ctx *c)
{
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	size_t len = c->len, v = c->me;
	/* (a firm or a tool after "operated by", "powered by"; stop 60) */
	if (v + 6 >= len || (v - c->ms == 2 && pn_tool_by(s, c->ms)))
		return 0;
	if (s[v] == '=' && s[v + 1] == '"')
		v += 2;
	else if (s[v] == ' ')
		v++;
	else
		return 0;
	/* (a role's word in small letters after "by": "Signed by director
	 * Şükran Karabulut on 2026-04-01", "... by director 东方秀兰"; stop 57) */
	if (c->me - c->ms == 2 && v + 3 < len && rx_is_lower(u[v])) {
		size_t q = v;
		while (q < len && q - v < 16 && rx_is_lower(u[q]))
			q++;
		if (q < len && s[q] == ' ' && pn_kw_word(c, &pn_post_kws, v, q))
			v = q + 1;
	}
	/* (a doctor's CJK or Hangul name in a table's cell: "| Dr 越智 桐子 |",
	 * "| Dr 鞠鹤年 |"; stop 67) */
	if (c->me - c->ms == 2 && (u[c->ms] | 0x20) == 'd' && u[v] >= 0xE3 && u[v] <= 0xED) {
		size_t x = pn_cjk_name_space(s, len, v);
		if (x > v && x - v <= 19 && x + 2 < len && s[x] == ' ' && s[x + 1] == '|')
			return (unsigned)rx_emit(c, v, x, REDACT_PERSON);
	}
	size_t e = uncased_name(s, len, v);
	/* (one word of such a script, stop 58: after "by" before ", ", " (",
	 * " after" or " on " and a date, "Visit by תהילה, warning", "Left by
	 * ธีรวัฒน์ on 03.02.2026" (stop 60); after a kin's word before a birth
	 * date in parentheses, "child הדסה (17/01/2019)"; "Mr पाठक kept") */
	if (e == v && u[v] >= 0xD7 && u[v] < 0xE3) {
		size_t w = v, k, n = 0, kl = c->me - c->ms;
		while (w < len && (k = pn_script_len(s, len, w)) > 0)
			w += k, n++;
		int paren = w + 3 < len && s[w] == ' ' && s[w + 1] == '(';
		/* (and "Dear שמריהו,"; stop 60) */
		int title = (u[c->ms] == 'M' && kl <= 4) || (kl == 4 && rx_fold_eq(s + c->ms, "dear", 4));
		int ok = n >= 3 && w + 2 < len &&
			 ((kl == 2 && !title && (((s[w] == ',' || s[w] == ';') && s[w + 1] == ' ') || paren ||
						 /* (a sentence's or a line's end: "... agreements
						  * by चारुलता.", "checked by อรอุมา"; stop 65) */
						 (s[w] == '.' && (w + 1 == len || rx_in(" \r\n", s[w + 1]))) ||
						 rx_in("\r\n", s[w]) ||
						 /* (or a middle dot: "Booked by चंपा · reception ..."; stop 66) */
						 (w + 3 < len && !memcmp(s + w, " \xc2\xb7", 3)) ||
						 /* (or a table's cell: "| Dr الفقي |"; stop 67) */
						 (w + 2 < len && s[w] == ' ' && s[w + 1] == '|') ||
						 (w + 7 < len && !memcmp(s + w, " after ", 7)) ||
						 (w + 5 < len && !memcmp(s + w, " at ", 4)) ||
						 (w + 9 < len && !memcmp(s + w, " on ", 4) && pn_date_at(s, len, w + 4)))) ||
			  (kin_word(c) && paren && rx_is_digit(u[w + 2])) ||
			  (title && (s[w] == ',' || (s[w] == ' ' && rx_is_lower(u[w + 1])))));
		if (ok)
			return (unsigned)rx_emit(c, v, w, REDACT_PERSON);
	}
	/* "with" only before " on " and a date ("Valuation with कामिनी
	 * माहेश्वरी on 18/07/2026"; stop 57) */
	if (c->me - c->ms == 4 && rx_fold_eq(s + c->ms, "with", 4)) {
		size_t f = e == v && rx_cap_at(s, len, v) ? pn_unknown_name(c, v) : e;
		if (f == v || f + 5 >= len || memcmp(s + f, " on ", 4) || !rx_is_digit(u[f + 4]))
			return 0;
	}
	if (e == v) {
		/* a name in Latin letters the gazetteer may not know: in a
		 * record's quotes ('by="Ermengarde Lhermitte"'), before its
		 * person's mailbox or phone, or before " on " and a date ("told
		 * by Anson Wimberly on 09.06.2026") */
		if (!rx_cap_at(s, len, v))
			return 0;
		if ((e = pn_unknown_name(c, v)) == v) {
			/* (one given name, the gazetteer's, of a child before the
			 * birth date: "child Gerolf (24-09-2012)") */
			size_t w = v;
			while (w < len && (rx_is_alpha(u[w]) || u[w] >= 0x80))
				w++;
			unsigned cl = rx_name_class(s + v, w - v);
			if (!(cl & RX_NAME_GIVEN) || (cl & RX_NAME_STOP))
				return 0;
			/* (or a given name after "by" before its firm in
			 * parentheses or a sentence's end: "prepared by Gideon
			 * (Beaconsfold Immigration Advisers)", "... agreements by
			 * Ellison." ending its line, not a judge's "by Ilma. Sra.
			 * D.ª ..."; stop 65) */
			if (c->me - c->ms == 2 && rx_fold_eq(s + c->ms, "by", 2) && w + 1 < len &&
			    ((s[w] == ' ' && s[w + 1] == '(' && w + 2 < len && rx_is_upper(u[w + 2])) ||
			     (s[w] == '.' && (w + 1 == len || rx_in("\r\n", s[w + 1])))))
				return emit_name(c, v, w);
			if (!kin_word(c) || w + 3 >= len || s[w] != ' ' || s[w + 1] != '(' || !rx_is_digit(u[w + 2]))
				return 0;
			return emit_name(c, v, w);
		}
		if (pn_contact_after(s, len, e) ||
		    (c->me - c->ms == 2 && rx_fold_eq(s + c->ms, "by", 2) && pn_by_note_after(s, len, e))) {
			unsigned k = emit_name(c, v, e);
			if (k)
				pn_remember_confirmed(c, v, e);
			return k;
		}
		if ((s[v - 1] == '"' && e < len && s[e] == '"') ||
		    (e + 5 < len && !memcmp(s + e, " on ", 4) && rx_is_digit(u[e + 4])) ||
		    (c->me - c->ms == 2 && rx_fold_eq(s + c->ms, "by", 2) && pn_colon_ends_line(s, len, e) &&
		     pn_review_line(s, c->ms)))
			return emit_name(c, v, e);
		/* (a kin's name before a birth date in parentheses or " at " and a
		 * house, "child Gerolf (24-09-2012)"; stop 58) */
		if (e + 5 < len && s[e] == ' ' &&
		    ((s[e + 1] == '(' && rx_is_digit(u[e + 2])) || (!memcmp(s + e + 1, "at ", 3) && house_at(s, len, e + 4))) &&
		    kin_word(c))
			return emit_name(c, v, e);
		/* (an officer's before the desk's mailbox, "case officer X planning@") */
		if (c->me - c->ms == 7 && rx_fold_eq(s + c->ms, "officer", 7) && e + 2 < len && s[e] == ' ' &&
		    mailbox_at(s, len, e + 1))
			return emit_name(c, v, e);
		return 0;
	}
	/* after it: punctuation, the line's end, or English again (a
	 * review's heading, "Review on Yelp (2★) by עזריה מלמד:") */
	if (e < len && !rx_in("\n\r,;\")", s[e]) && !pn_colon_ends_line(s, len, e) &&
	    !(s[e] == ' ' && e + 1 < len && (rx_is_alnum(u[e + 1]) || rx_in("(<-#+", s[e + 1]) || u[e + 1] == 0xE2)) &&
	    !pn_by_note_after(s, len, e)) /* (" · fines team fines@..."; stop 60) */
		return 0;
	/* (a desk's mailbox after a staff member's name is theirs to answer:
	 * "Reviewed by הדס אזולאי <fraud@...>"; desks' names are left out by
	 * their first word above) */
	unsigned k = (unsigned)rx_emit(c, v, e, REDACT_PERSON);
	/* (and a second such name after " and " or " & ": "Colleagues 鉄村
	 * 茂樹 and 鋳方 鋼太郎 raised ..."; stop 57) */
	size_t w = e + 5 < len && !memcmp(s + e, " and ", 5) ? e + 5 : e + 3 < len && !memcmp(s + e, " & ", 3) ? e + 3 : e;
	size_t e2 = w != e ? uncased_name(s, len, w) : w;
	if (e2 != w && (e2 == len || rx_in("\n\r,.)", s[e2]) || (s[e2] == ' ' && e2 + 1 < len && rx_is_alnum(u[e2 + 1]))))
		k += (unsigned)rx_emit(c, w, e2, REDACT_PERSON);
	return k;
}

/* At ':': a label opening the line, then such a name and its person's
 * contact on the line after ", " or " (": an address's '@' or a phone's
 * nine digits ("ผู้ปกครอง: อรอุมา ทองประเสริฐ, 085-773-9228", "-- agent
 * record: 蔺梓萱, zixuan.lin@...", "agent: लावण्या भटनागर (complaints@...)").
 * New in stop 56. */
unsigned pn_detect_label_uncased(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, colon = c->ms, v = colon + 2;
	if (v + 6 >= len || s[colon + 1] != ' ' || !((unsigned char)s[v] >= 0xD7 || rx_cap_at(s, len, v)))
		return 0;
	size_t ls = rx_line_start(s, colon);
	if (colon - ls > 48 || colon == ls)
		return 0;
	/* (no digit in the label: a chat's clock and speaker, "[11:19] 고객:";
	 * but in a note in parentheses, "Referee (5-year gap check):") */
	for (size_t i = ls, paren = 0; i < colon; i++) {
		paren = s[i] == '(' ? 1 : s[i] == ')' ? 0 : paren;
		if (rx_is_digit((unsigned char)s[i]) && !paren)
			return 0;
	}
	int latin = 0;
	size_t e = uncased_name(s, len, v);
	/* (a name in Latin letters the gazetteer may not know: "Neighbour who
	 * may accept: Araminta Braithwaite, 07415 078 037"; not under a
	 * firm's label, "Supplier: Northwind Traders, ...") */
	if (e == v && rx_cap_at(s, len, v) && (e = pn_unknown_name(c, v)) != v) {
		static const char *const firm[] = {"company", "supplier", "vendor", "firm", "employer", "business",
						   "organisation", "organization", "bank", "provider", "carrier",
						   "operator", "agency", "shop", "store", "brand", "merchant",
						   "société", "firma", "empresa", "azienda", "bedrijf", NULL};
		size_t le = colon;
		while (le > ls && s[le - 1] == ' ')
			le--;
		for (const char *const *f = firm; *f; f++) {
			size_t n = strlen(*f);
			if (le - ls >= n && rx_fold_eq(s + le - n, *f, n) && (le - n == ls || !rx_is_alpha((unsigned char)s[le - n - 1])))
				return 0;
		}
		latin = 1;
	}
	if (e == v || e + 3 >= len)
		return 0;
	/* a household's people, each with a birth date in parentheses, two
	 * at least ("Hane: Tuncay Tekinalp (02.12.2009); Şükran Tekinalp
	 * (23.08.2010)", "家庭成员: 拓跋雨桐 (2009年2月1日); 闵婉清 (...)") */
	if (s[e] == ' ' && s[e + 1] == '(') {
		size_t at[8][2], n = 0, p = v, q = e, le = rx_line_end(s, len, e);
		for (;;) {
			if (q + 2 >= le || s[q] != ' ' || s[q + 1] != '(')
				break;
			const char *cp = memchr(s + q + 2, ')', le - q - 2);
			if (!cp || (size_t)(cp - s) - q > 32)
				break;
			size_t r = (size_t)(cp - s), nd = 0;
			for (size_t i = q + 2; i < r; i++)
				nd += rx_is_digit((unsigned char)s[i]) != 0;
			if (nd < 6 || !rx_is_digit((unsigned char)s[q + 2]))
				break;
			at[n][0] = p, at[n][1] = q, n++;
			size_t z = r + 1;
			if (z >= le || s[z] == '\r' || n == 8) {
				if (n < 2)
					break;
				unsigned k = 0;
				for (size_t i = 0; i < n; i++)
					k += emit_name(c, at[i][0], at[i][1]);
				return k;
			}
			if (z + 2 < le && (s[z] == ';' || s[z] == ',') && s[z + 1] == ' ')
				p = z + 2;
			else if (z + 3 < le && s[z] == ' ' && s[z + 1] == '&' && s[z + 2] == ' ')
				p = z + 3;
			else
				break;
			q = latin || rx_cap_at(s, len, p) ? pn_unknown_name(c, p) : uncased_name(s, len, p);
			if (q == p)
				break;
		}
	}
	/* two people joined by " & ", nothing else on the line ("Family
	 * contacts: 蔺梓萱 & 邬明轩", "Pai/mãe/responsável: Iracema Gusmão &
	 * Genésio Sobreira") */
	if (s[e] == ' ' && s[e + 1] == '&' && e + 4 < len && s[e + 2] == ' ') {
		size_t v2 = e + 3, e2 = latin ? pn_unknown_name(c, v2) : uncased_name(s, len, v2);
		if (e2 == v2 || !(e2 == len || s[e2] == '\n' || s[e2] == '\r'))
			return 0;
		return emit_name(c, v, e) + emit_name(c, v2, e2);
	}
	if (pn_contact_after(s, len, e)) {
		unsigned k = emit_name(c, v, e);
		if (k)
			pn_remember_confirmed(c, v, e);
		return k;
	}
	/* (a staff label, then the name and a desk's mailbox after a space:
	 * "Officer: Perpetua Gathercole revenues@..."; stop 58) */
	if (s[e] == ' ' && (mailbox_at(s, len, e + 1) || (e + 5 < len && !memcmp(s + e, " \xc2\xb7 ", 4) &&
							   mailbox_at(s, len, e + 4)))) {
		size_t a = ls;
		/* (the label after a field before it: "Breathing space: no.
		 * Agent: ...") */
		for (size_t q = colon; q > ls + 1; q--)
			if (s[q - 1] == ' ' && (s[q - 2] == '.' || s[q - 2] == ';')) {
				a = q;
				break;
			}
		while (a < colon && rx_in(" -#*>", s[a]))
			a++;
		return pn_staff_label(s + a, colon - a) ? emit_name(c, v, e) : 0;
	}
	if (!((s[e] == ',' && s[e + 1] == ' ') || (s[e] == ' ' && s[e + 1] == '(')))
		return 0;
	/* (a staff member's label: a desk's mailbox after the name is theirs,
	 * "-- agent record: Remedios Ballesteros, escalations@...") */
	if (latin) {
		size_t le = colon, a = ls;
		while (a < le && rx_in(" -#*>", s[a]))
			a++;
		const char *atp = memchr(s + e, '@', rx_line_end(s, len, e) - e);
		return pn_staff_label(s + a, le - a) && atp && (size_t)(atp - s) < e + 40 ? emit_name(c, v, e) : 0;
	}
	/* (a script without capitals: an address anywhere on the line after
	 * the name, "agent: लावण्या भटनागर (complaints@...)") */
	size_t le = rx_line_end(s, len, e);
	return memchr(s + e, '@', le - e) ? emit_name(c, v, e) : 0;
}

size_t pn_uncased_name(const char *s, size_t len, size_t v)
{
	return uncased_name(s, len, v);
}

unsigned pn_emit_name(struct rx_ctx *c, size_t a, size_t b)
{
	return emit_name(c, a, b);
}
