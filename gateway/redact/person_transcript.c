/* person_transcript.c: a call's or an interview's transcript whose
 * speakers are named at their lines' starts, no clock before them:
 *
 *   Lucineide: Bom dia, eu poderia falar com Josué Amaral?
 *   Eliseu: Aqui é Eliseu Lisboa, sou o procurador.       <- named again
 *   Lucineide: Vou precisar da procuração antes ...
 *   卢玉珍: 您好，请问是鲍桂英吗？
 *   鲍桂英: 现在是我本人。
 *
 * Fired at each speaker's colon. The line is one turn of a block of three
 * turns or more (up to twelve lines each way, a blank line between turns
 * allowed) by two to four speakers, one of whom speaks twice; every
 * speaker is a name's shape (one to three capitalised words that are no
 * ordinary, firm's or role's words, or one to three words of a script
 * without capitals that are no kin's word or label), and one of them is
 * named again in what the turns say (a form's labels are neither repeated
 * nor named in their values; a speaker naming themselves counts). The
 * speakers' names said in the line's turn are names too, with their
 * rest (mentions). pn_turn_speaker (person_turns.c) asks the
 * gazetteer instead, and takes a known speaker without the rest (below,
 * moved here from person_turns.c). Stop 67, from part 69's call
 * transcripts. */
#include <string.h>

#include "person_int.h"

/* Roles that speak in transcripts ("Agent: ...", "客服: ..."), folded. */
static const char *const roles[] = {
	"agent", "customer", "caller", "user", "assistant", "bot", "system", "operator", "interviewer",
	"interviewee", "speaker", "me", "you", "client", "kunde", "kundin", "cliente", "klant", "berater",
	"agente", "operatore", "operador", "operadora", "atendente", "moderator", "host", "guest", "doctor",
	"patient", "nurse", "officer", "judge", "witness", "counsel", "teacher", "student", "debtor",
	"collector", "representative", "advisor", "adviser", "khách hàng", "nhân viên", "tổng đài viên",
	"客服", "客户", "用户", "顾客", "坐席", "患者", "医生", "护士", "お客様", "オペレーター", "担当者",
	"상담원", "고객", "상담사", "الموظف", "العميل", "المندوب", "נציג", "נציגה", "לקוח", "ลูกค้า",
	"เจ้าหน้าที่", "ग्राहक", "एजेंट", NULL};
static struct rx_kwset role_kws = RX_KWSET(roles);

/* The speaker of the line at ls, [ls, e) before ": " (its end e), or ls. */
static size_t speaker_of(struct rx_ctx *c, size_t ls, size_t le)
{
	const char *s = c->text;
	size_t lim = le - ls > 48 ? ls + 48 : le, e = ls, k;
	const char *col = memmem(s + ls, lim - ls, ": ", 2);
	if (!col || (size_t)(col - s) == ls || (size_t)(col - s) + 2 >= le)
		return ls;
	size_t ce = (size_t)(col - s);
	char f[64];
	/* (a CJK or Hangul role is matched by its bytes: the keyword set's
	 * word look-up reads no word in those scripts) */
	if ((ce - ls < sizeof f && rx_kwset_has(&role_kws, f, rx_fold(s + ls, ce - ls, f, sizeof f))) ||
	    ((unsigned char)s[ls] >= 0xE3 && rx_kwset_bytes_end(&role_kws, s, ls, ce, 0) == ce - ls))
		return ls;
	if (rx_cap_at(s, ce, ls)) {
		/* one to three capitalised words of letters */
		int words = 0;
		while (e < ce) {
			if (!rx_cap_at(s, ce, e) || ++words > 3)
				return ls;
			while (e < ce && ((k = rx_letter_at(s, ce, e)) > 0 || ((s[e] == '-' || s[e] == '\'') && e + 1 < ce)))
				e += k ? k : 1;
			if (e < ce && !(s[e] == ' ' && e + 1 < ce))
				return ls;
			e += e < ce;
		}
		/* (Turkish "Ben: ..." is "I") */
		return e == ce && ce - ls > 2 && pn_unknown_ok(c, ls, ce) && !pn_turkish_ben(s, c->len, ls, ce) ? ce : ls;
	}
	return pn_script_speaker(s, ls, ce) && !pn_script_label(c, ls, ce) ? ce : ls;
}

/* The end of the word of the name's script at y (capitalised, or of a
 * script without capitals), or y. */
static size_t word_end(struct rx_ctx *c, size_t y, size_t e, int cap)
{
	const char *s = c->text;
	size_t l;
	if (cap ? !rx_cap_at(s, e, y) : !pn_uncased_at(s, e, y))
		return y;
	while (y < e && ((l = cap ? rx_letter_at(s, e, y) : pn_uncased_at(s, e, y)) > 0 ||
			 (s[y] == '-' && y + 1 < e && rx_letter_at(s, e, y + 1))))
		y += l ? l : 1;
	return y;
}

/* Vietnamese middle names, between a family name and a given name. */
static const char *const vi_middle[] = {"thị", "văn", "hữu", "đức", "Đức", "ngọc", "minh", "thanh", "quang", "xuân",
					"kim", NULL};
static struct rx_kwset vi_middle_kws = RX_KWSET(vi_middle);

/* A speaker's name w (of wl bytes) said in the turn [a, e), with the rest
 * of the name around it: "Aqui é Eliseu Lisboa, ...", "معاك فتحي
 * الدمنهوري،" (one or two more words after it: capitalised ones that are
 * no ordinary words, or words of its script; not Thai's, whose words run
 * on, "คุณอรุณี วงศ์สวัสดิ์คุยแทน": a Thai mention before a space is left
 * alone), "cho em gặp Ngưu Thị Sứ ạ" (a Vietnamese family and middle name
 * before it); "请问是鲍桂英吗" in Han, kana and Hangul, with a family name the
 * gazetteer knows run on before it (or one letter that opens the run,
 * "蔺思琪,") or a Japanese one before a space ("東海林 陽翔"). Each is
 * emitted; a mention that its name's rest would not end cleanly is left
 * alone. */
static unsigned mentions(struct rx_ctx *c, const char *w, size_t wl, size_t a, size_t e)
{
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	unsigned k = 0;
	int cjk = u[w - s] >= 0xE3 && u[w - s] <= 0xED, thai = u[w - s] == 0xE0 && (unsigned char)w[1] >= 0xB8;
	size_t a0 = a;
	for (const char *p; a + wl <= e && (p = memmem(s + a, e - a, w, wl)) != NULL; a = (size_t)(p - s) + wl) {
		size_t b = (size_t)(p - s), x = b + wl, y;
		if (b == (size_t)(w - s))
			continue;
		if (cjk) {
			/* (a family name run on before it, or a Japanese one
			 * and a space) */
			/* (or one letter that opens the run: "思琪: 蔺思琪, card ...") */
			if (b >= a0 + 3 && u[b - 3] >= 0xE4 && u[b - 3] <= 0xE9 &&
			    (rx_is_surname(s + b - 3, 3) || b == a0 + 3 || u[b - 6] < 0xE3 || u[b - 6] > 0xE9))
				b -= 3;
			else if (b >= a0 + 4 && s[b - 1] == ' ' && u[b - 4] >= 0xE4 && u[b - 4] <= 0xE9) {
				size_t f = b - 1;
				while (f >= a0 + 3 && f > b - 13 && u[f - 3] >= 0xE4 && u[f - 3] <= 0xE9)
					f -= 3;
				b = f;
			} else if (b >= a0 + 3 && u[b - 3] >= 0xEA && u[b - 3] <= 0xED) {
				/* (Hangul: the family name glued on, "어금예린") */
				size_t f = b;
				while (f >= a0 + 3 && b - f < 9 && u[f - 3] >= 0xEA && u[f - 3] <= 0xED)
					f -= 3;
				if (b - f > 6 || (f >= a0 + 3 && u[f - 3] >= 0xEA && u[f - 3] <= 0xED))
					continue;
				b = f;
			}
			k += (unsigned)rx_emit(c, b, x, REDACT_PERSON);
			continue;
		}
		/* (a word of its own) */
		if ((b > 0 && rx_letter_before(s, b)) || (x < e && rx_letter_at(s, e, x)))
			continue;
		int cap = rx_cap_at(s, e, b) != 0;
		/* (Thai: where a surname after the space ends is not known) */
		if (thai && x + 2 < e && s[x] == ' ' && pn_uncased_at(s, e, x + 1))
			continue;
		for (int more = 0; more < (cap ? 2 : 1) && !thai && x + 2 < e && s[x] == ' '; more++) {
			y = word_end(c, x + 1, e, cap);
			if (y <= x + 2 || (cap && !pn_unknown_ok(c, x + 1, y)))
				break;
			x = y;
		}
		for (int words = 0; cap && words < 2 && b >= a0 + 3 && s[b - 1] == ' ';) {
			size_t v = b - 1;
			while (v > a0 && rx_letter_before(s, v) > 0)
				v -= rx_letter_before(s, v);
			if (v == b - 1 || !rx_cap_at(s, b - 1, v) || (!words && !pn_kw_word(c, &vi_middle_kws, v, b - 1)) ||
			    !pn_unknown_ok(c, v, b - 1))
				break;
			b = v, words++;
		}
		k += (unsigned)rx_emit(c, b, x, REDACT_PERSON);
	}
	return k;
}

unsigned pn_detect_transcript(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, at = c->ms, ls = rx_line_start(s, at);
	/* (a cheap look first: ": " within 48 bytes of the line's start, the
	 * line's first byte a letter's) */
	if (at + 2 >= len || s[at + 1] != ' ' || at == ls || at - ls > 48 ||
	    !((unsigned char)s[ls] >= 0xC3 || rx_is_upper((unsigned char)s[ls])))
		return 0;
	size_t le = rx_line_end(s, len, at);
	/* (a line of a block already found to be no transcript; a line whose
	 * neighbours hold no ": " near their starts is none) */
	if (ls >= c->tr_bs && ls < c->tr_be)
		return 0;
	{
		/* (each way, over one blank line) */
		int near = 0;
		for (int dir = -1; dir <= 1 && !near; dir += 2)
			for (size_t p = ls, q, blank = 0; !near && blank < 2 && (q = pn_line_step(s, len, p, dir)) != RX_NONE;
			     p = q) {
				size_t qe = rx_line_end(s, len, q);
				near = memchr(s + q, ':', qe - q > 48 ? 48 : qe - q) != NULL;
				blank = qe - q <= 1 ? blank + 1 : 2;
			}
		if (!near)
			return 0;
	}
	if (speaker_of(c, ls, le) != at)
		return 0;
	size_t bs = ls, be = le;
	/* the block's turns: their speakers, the text they say */
	size_t sp[25][2], tx[25][2], n = 0;
	sp[n][0] = ls, sp[n][1] = at, tx[n][0] = at + 2, tx[n][1] = le, n++;
	for (int dir = -1; dir <= 1; dir += 2) {
		size_t p = ls;
		int blanks = 0;
		for (int k = 0; k < 12 && blanks < 2 && n < 25; k++) {
			size_t q = pn_line_step(s, len, p, dir);
			if (q == RX_NONE)
				break;
			p = q;
			size_t qe = rx_line_end(s, len, q), e;
			if (qe == q || (qe == q + 1 && s[q] == '\r')) {
				blanks++;
				continue;
			}
			blanks = 0;
			if ((e = speaker_of(c, q, qe)) == q)
				break;
			sp[n][0] = q, sp[n][1] = e, tx[n][0] = e + 2, tx[n][1] = qe, n++;
			bs = q < bs ? q : bs;
			be = qe > be ? qe : be;
		}
	}
	if (n < 3) {
		c->tr_bs = bs, c->tr_be = be;
		return 0;
	}
	/* two to four speakers, one of them twice, one named in a turn */
	size_t distinct = 0, twice = 0, named = 0;
	for (size_t i = 0; i < n; i++) {
		size_t l = sp[i][1] - sp[i][0], first = 1, seen = 0;
		for (size_t j = 0; j < n; j++) {
			if (j != i && sp[j][1] - sp[j][0] == l && !memcmp(s + sp[j][0], s + sp[i][0], l)) {
				seen++;
				first &= j > i;
			}
			named |= memmem(s + tx[j][0], tx[j][1] - tx[j][0], s + sp[i][0], l) != NULL;
		}
		distinct += first;
		twice |= seen > 0;
	}
	if (distinct < 2 || distinct > 4 || !twice || !named) {
		c->tr_bs = bs, c->tr_be = be;
		return 0;
	}
	unsigned k = (unsigned)rx_emit(c, ls, at, REDACT_PERSON);
	for (size_t i = 0; i < n && k; i++)
		k += mentions(c, s + sp[i][0], sp[i][1] - sp[i][0], at + 2, le);
	return k;
}

/* ---- a pasted conversation's turns in any script: "Dilek: ...", "Duarte
 * (19:35): ...", "- Holger: ..." (moved to person_turns.c from person_ctx.c in stop 46, here in stop
 * 67) ---- */

/* Where a turn's speaker starts on the line [ls, le): after a list's
 * dash, a time or a date and time in brackets ("[19:25] ", "(09:23) ") or
 * a bare time ("14:02 "), else at the line's start. */
static size_t turn_start(const char *s, size_t ls, size_t le)
{
	size_t i = ls;
	if (i + 2 < le && (s[i] == '-' || s[i] == '*') && s[i + 1] == ' ')
		return i + 2; /* a list's item ("- Holger: 82 297 ...") */
	if (i < le && (s[i] == '[' || s[i] == '(')) {
		char close = s[i] == '[' ? ']' : ')';
		size_t k = i + 1;
		while (k < le && k - i < 24 && s[k] != close && (rx_is_digit((unsigned char)s[k]) || rx_in(":.,-/ ", s[k])))
			k++;
		if (k < le && s[k] == close && k > i + 3 && k + 1 < le && s[k + 1] == ' ')
			return k + 2;
		return ls;
	}
	if (i + 6 < le && rx_is_digit((unsigned char)s[i]) && rx_is_digit((unsigned char)s[i + 1]) && s[i + 2] == ':' &&
	    rx_is_digit((unsigned char)s[i + 3]) && rx_is_digit((unsigned char)s[i + 4]) && s[i + 5] == ' ')
		return i + 6;
	return ls;
}

/* The speaker of a turn at s[a]: a name of one to three words, then ": "
 * and the words said. */
/* ": " or French " : " after a speaker at s[e], then words: 1. */
static int turn_colon(const char *s, size_t len, size_t e)
{
	if (e + 3 < len && s[e] == ' ' && s[e + 1] == ':')
		e++;
	return e + 2 < len && s[e] == ':' && s[e + 1] == ' ' && s[e + 2] != '\n' && s[e + 2] != ' ';
}

static int turn_at(const char *s, size_t len, size_t a, struct name *m)
{
	/* (a note between the speaker and the colon: a time or a role,
	 * "Duarte (19:35): ...", "Brianna (Roadside): ...") */
	return pn_parse_name(s, len, a, m) && m->nt <= 3 && turn_colon(s, len, pn_noted_speaker_end(s, len, m->end));
}

static int known_speaker(const struct rx_ctx *c, struct name *m)
{
	return pn_any_known(c, m) && !pn_stop_token(c, m, 0) && !pn_namelike_stop(c, m, 0);
}

/* (Turkish "Ben" is "I": the chat around it is Turkish when it holds ı, ğ,
 * ş, İ, Ğ or Ş; English Ben stays a name.) */
int pn_turkish_ben(const char *s, size_t len, size_t at, size_t end)
{
	if (end - at != 3 || memcmp(s + at, "Ben", 3) || end >= len || s[end] != ':')
		return 0;
	/* (the message, or the chat around it: "[16:19] Ben: 👍") */
	size_t from = at > 300 ? at - 300 : 0, to = len - end > 300 ? end + 300 : len;
	for (size_t i = from; i + 1 < to; i++)
		if (((unsigned char)s[i] == 0xC4 && rx_in("\xb1\x9f\xb0\x9e", s[i + 1])) ||
		    ((unsigned char)s[i] == 0xC5 && ((unsigned char)s[i + 1] == 0x9F || (unsigned char)s[i + 1] == 0x9E)))
			return 1;
	return 0;
}

int pn_turn_speaker(const struct rx_ctx *c, struct name *n, size_t at)
{
	const char *s = c->text;
	size_t len = c->len, ls = rx_line_start(s, at);
	/* (not a word in capitals, "LAN: ...", nor one of two letters,
	 * "Mi: ...") */
	if (n->nt > 3 || n->caps || (n->nt == 1 && n->end - at <= 2) ||
	    !turn_colon(s, len, pn_noted_speaker_end(s, len, n->end)) ||
	    turn_start(s, ls, rx_line_end(s, len, at)) != at)
		return 0;
	/* other speakers with another first word: known ones, any */
	size_t fl = n->te[0] - n->ts[0], firsts = 0, anyfirst = 0;
	int me = known_speaker(c, n);
	size_t sl = n->end - at, known = (size_t)me, same = 0, other = 0;
	for (int dir = -1; dir <= 1; dir += 2) {
		size_t p = ls;
		int blanks = 0;
		for (int k = 0; k < 12 && blanks < 2; k++) {
			size_t q = pn_line_step(s, len, p, dir);
			if (q == RX_NONE)
				break;
			p = q;
			size_t qe = rx_line_end(s, len, q);
			blanks = qe == q ? blanks + 1 : 0;
			struct name m;
			size_t a = turn_start(s, q, qe);
			if (qe == q || !turn_at(s, len, a, &m))
				continue;
			if (m.end - a == sl && !memcmp(s + a, s + at, sl))
				same++;
			else
				other++;
			int kn = known_speaker(c, &m);
			known += (size_t)kn;
			int df = m.te[0] - m.ts[0] != fl || memcmp(s + m.ts[0], s + n->ts[0], fl);
			firsts += kn && df;
			anyfirst += df;
		}
	}
	/* ("Mesa Alfama: ..." over "Mesa Sintra: ...": a list's labels; a
	 * known speaker who speaks twice may answer a role, "Sie: ...") */
	return other >= 1 && known >= 2 && (me || same >= 1) &&
	       (firsts >= 1 || (me && same >= 1 && anyfirst >= 1));
}
