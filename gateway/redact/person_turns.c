/* person_turns.c: a chat's speakers written in scripts other than Latin,
 * by the layout of the app that exported the chat:
 *
 *   [26.01.27, 16:04] ليلى: تم الحجز!       WhatsApp: the clock in
 *   [2027/01/19 15:15] 恵理子: 予約できたよ     brackets, the speaker, ':'
 *   현우 · 12:41                             a booking app's thread: the
 *   กัญญารัตน์ · 19:20                        speaker, " · ", the clock
 *
 * Latin names in these layouts are the scan's (person.c, pn_chat_speaker
 * and pn_speaker_time), and so are those of the other cased scripts; here
 * the speaker must start with a letter of an uncased one (Hebrew, Arabic,
 * the Indic scripts, Thai, CJK, Hangul) and be one to three words of
 * letters (no digit, no ASCII but the spaces, no CJK punctuation).
 *
 * The turns of a pasted conversation in any script (pn_turn_speaker:
 * "Dilek: ...", "Duarte (19:35): ...") are person_transcript.c's since
 * stop 67. */
#include <string.h>

#include "person_int.h"

static unsigned greeting_name(struct rx_ctx *c, size_t v);

/* Kin and roles as a chat's sender ("[...] 妈妈: ...", "엄마 · 09:12"). */
static const char *const kin[] = {
	"妈妈", "妈", "爸爸", "爸", "媽媽", "媽", "老公", "老婆", "哥哥", "姐姐", "弟弟", "妹妹", "爷爷",
	"奶奶", "外婆", "外公", "儿子", "女儿", "宝贝", "亲爱的", "客服", "老师", "お母さん", "お父さん",
	"母", "父", "ママ", "パパ", "母さん", "父さん", "兄", "姉", "弟", "妹", "祖母", "祖父",
	"おばあちゃん", "おじいちゃん", "엄마", "아빠", "어머니", "아버지", "누나", "언니", "오빠", "형",
	"여보", "아들", "딸", "할머니", "할아버지", "자기", "ماما", "بابا", "أمي", "أبي", "امي", "ابي",
	"جدتي", "جدي", "زوجي", "زوجتي", "אמא", "אבא", "סבתא", "סבא", "แม่", "พ่อ", "ยาย", "ปู่", "ย่า",
	"พี่", "น้อง", "माँ", "मां", "पापा", "मम्मी", "दादी", "नानी", "भैया", "दीदी",
	/* roles before an honorific ("고객님", "선생님") */
	"고객", "회원", "선생", "사장", "부장", "팀장", "과장", "대리", "관리자", "기사", "원장", "교수",
	"작가",
	/* a support chat's and a delivery's roles as senders (stop 45, part
	 * 26): agent, customer, courier, staff, me, you */
	"상담원", "상담사", "고객", "배송기사", "기사님", "我", "我们", "客户", "快递员", "快递小哥", "担当",
	"担当者", "お客様", "店員", "配達員", "オペレーター", "الموظف", "أنت", "أنا", "المندوب",
	"العميل", "الزبون", "خدمة العملاء", "مرحباً", "مرحبا", "شكراً", "شكرا", NULL,
};

static int kin_word(const char *s, size_t a, size_t e)
{
	/* (a cheap look first: the first bytes, before the length) */
	if (e < a + 2)
		return 0;
	for (const char *const *k = kin; *k; k++)
		if ((*k)[0] == s[a] && (*k)[1] == s[a + 1] && strlen(*k) == e - a && !memcmp(s + a, *k, e - a))
			return 1;
	return 0;
}

/* Whether s[a, e) is a speaker's name of another script. */
int pn_script_speaker(const char *s, size_t a, size_t e)
{
	const unsigned char *u = (const unsigned char *)s;
	if (kin_word(s, a, e))
		return 0;
	/* (cased scripts, Greek and Cyrillic among them, are the scan's: a
	 * kin word, "Μαμά", is no name) */
	if (e <= a || e - a > 60 || u[a] < 0xD7)
		return 0;
	int spaces = 0;
	for (size_t i = a; i < e; i++) {
		if (u[i] == ' ') {
			if (++spaces > 2 || u[i - 1] == ' ')
				return 0;
			continue;
		}
		if (u[i] < 0x80)
			return 0;
		/* CJK punctuation and symbols (U+3000-303F, but the marks
		 * names hold: 々, 〆, 〇), full-width forms, general
		 * punctuation (U+2000-206F) */
		if ((u[i] == 0xE3 && i + 2 < e && u[i + 1] == 0x80 && !(u[i + 2] >= 0x85 && u[i + 2] <= 0x87)) ||
		    u[i] == 0xEF ||
		    (u[i] == 0xE2 && i + 1 < e && u[i + 1] <= 0x81))
			return 0;
	}
	return u[e - 1] != ' ';
}

/* The one the message at s[v] opens by addressing: a given name the
 * gazetteer knows, or one word of an uncased script, then a comma
 * ("Duarte, falta a tua data de nascimento", "ريم، ينقصني ..."). */
static int interjection(const char *s, size_t a, size_t e)
{
	/* (answers and greetings a gazetteer may hold as names: "Bon,",
	 * "Selam,", "Sim,", "نعم،") */
	static const char *const w[] = {
		"bon", "selam", "si", "sí", "sì", "sim", "yes", "ok", "okay", "oui", "ja", "nee", "no", "non",
		"hola", "hi", "hey", "ciao", "salut", "merci", "thanks", "danke", "gracias", "obrigado",
		"obrigada", "grazie", "perfect", "perfecto", "perfeito", "perfetto", "top", "super", "great",
		"bueno", "bene", "vale", "claro", "certo", "tamam", "evet", "hayır", "tak", "nie", "да", "нет",
		"ладно", "хорошо", "привет", "ναι", "όχι", "εντάξει", "نعم", "تمام", "حسناً", "حسنا", "لا",
		"شكراً", "شكرا", "مرحبا", "أهلا", "طيب", "כן", "לא", "בסדר", "תודה", NULL};
	char f[32];
	size_t n = e - a < sizeof f ? rx_fold(s + a, e - a, f, sizeof f) : 0;
	for (const char *const *q = w; *q && n; q++)
		if (strlen(*q) == n && !memcmp(f, *q, n))
			return 1;
	return 0;
}

static unsigned vocative(struct rx_ctx *c, size_t v)
{
	const char *s = c->text;
	size_t len = c->len, e, k;
	if (v >= len || s[v] != ' ')
		return 0;
	v++;
	/* (the text may end right after the colon's space: "... Maria Silva: ",
	 * found by fuzz_redact in stop 47) */
	if (v >= len)
		return 0;
	if (rx_cap_at(s, len, v)) {
		for (e = v; e < len && (k = rx_letter_at(s, len, e)) > 0;)
			e += k;
		if (e + 1 >= len || s[e] != ',' || s[e + 1] != ' ' || !(rx_name_class(s + v, e - v) & RX_NAME_GIVEN) ||
		    (rx_name_class(s + v, e - v) & RX_NAME_STOP) || interjection(s, v, e))
			return 0;
		return (unsigned)rx_emit(c, v, e, REDACT_PERSON);
	}
	if ((unsigned char)s[v] >= 0xE0 && (k = greeting_name(c, v)) != 0)
		return (unsigned)k;
	for (e = v; e < len && e - v < 40 && (unsigned char)s[e] >= 0x80 && !pn_starts(s, len, e, "،"); e++)
		;
	if (e == v || !pn_starts(s, len, e, "،") || !pn_script_speaker(s, v, e) || interjection(s, v, e))
		return 0;
	return (unsigned)rx_emit(c, v, e, REDACT_PERSON);
}

/* Fired at ']': "[<clock>] <speaker>: " at a line's start, and the one
 * the message addresses first. */
unsigned pn_detect_bracket_turn(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t at = c->ms, ls = rx_line_start(s, at);
	if (s[ls] != '[' || at - ls < 6 || at - ls > 32 || at + 3 >= c->len || s[at + 1] != ' ')
		return 0;
	/* (a clock inside: digits and ':') */
	int digits = 0, colon = 0;
	for (size_t i = ls + 1; i < at; i++) {
		if (rx_is_digit((unsigned char)s[i]))
			digits++;
		else if (s[i] == ':')
			colon = 1;
		else if (!rx_in("/.,- APMapm", s[i]) && (unsigned char)s[i] < 0x80)
			return 0;
	}
	if (digits < 4 || !colon)
		return 0;
	size_t a = at + 2, e = a, lim = a + 61 < c->len ? a + 61 : c->len;
	while (e < lim && s[e] != ':' && s[e] != '\n')
		e++;
	if (e >= lim || s[e] != ':')
		return 0;
	unsigned k = pn_script_speaker(s, a, e) ? (unsigned)rx_emit(c, a, e, REDACT_PERSON) : 0;
	return k + vocative(c, e + 1);
}

/* "<speaker> · <clock>" or "<speaker> — <clock>" alone on its line: the
 * speaker [ls, ne) when s[i] starts the clock and the line ends after it. */
static unsigned clock_line_speaker(struct rx_ctx *c, size_t ls, size_t ne, size_t i)
{
	const char *s = c->text;
	size_t d = 0;
	while (i < c->len && rx_is_digit((unsigned char)s[i]) && d < 3)
		i++, d++;
	if (d < 1 || d > 2 || i + 3 > c->len || s[i] != ':' || !rx_is_digit((unsigned char)s[i + 1]) ||
	    !rx_is_digit((unsigned char)s[i + 2]))
		return 0;
	i += 3;
	while (i < c->len && (s[i] == ' ' || s[i] == '\r'))
		i++;
	if ((i < c->len && s[i] != '\n') || !pn_script_speaker(s, ls, ne))
		return 0;
	return (unsigned)rx_emit(c, ls, ne, REDACT_PERSON);
}

/* Fired at the first byte of '·' (C2 B7): "<speaker> · <clock>" alone on
 * its line. */
unsigned pn_detect_dot_turn(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t at = c->ms, ls = rx_line_start(s, at);
	if (at + 8 > c->len || (unsigned char)s[at + 1] != 0xB7 || at < ls + 3 || s[at - 1] != ' ' ||
	    s[at + 2] != ' ')
		return 0;
	return clock_line_speaker(c, ls, at - 1, at + 3);
}

/* At a dash's first byte (E2): "<speaker> — <clock>" alone on its line, a
 * Discord or Slack copy in an uncased script ("윤수아 — 07:10",
 * "孙欣悦 — 09:19"). */
unsigned pn_dash_turn(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t at = c->ms, ls = rx_line_start(s, at);
	if (at + 8 > c->len || at < ls + 4 || s[at - 1] != ' ' || s[at + 3] != ' ' ||
	    !rx_is_digit((unsigned char)s[at + 4]) || (unsigned char)s[at + 1] != 0x80 ||
	    ((unsigned char)s[at + 2] != 0x94 && (unsigned char)s[at + 2] != 0x93))
		return 0;
	return clock_line_speaker(c, ls, at - 1, at + 4);
}

/* ---- a letter's salutation in an uncased script ------------------------ */

enum script { S_HANGUL, S_HAN, S_THAI, S_ARABIC };

/* The byte length of a letter of script k at s[i], else 0. */
static size_t letter_of(const char *s, size_t len, size_t i, enum script k)
{
	const unsigned char *u = (const unsigned char *)s;
	if (i + 1 >= len)
		return 0;
	switch (k) {
	case S_ARABIC:
		return u[i] >= 0xD8 && u[i] <= 0xDB && (u[i + 1] & 0xC0) == 0x80 &&
			       !(u[i] == 0xD8 && u[i + 1] == 0x8C) /* '،' */
			       ? 2
			       : 0;
	case S_THAI:
		return i + 2 < len && u[i] == 0xE0 && (u[i + 1] == 0xB8 || u[i + 1] == 0xB9) ? 3 : 0;
	case S_HANGUL:
		return i + 2 < len && u[i] >= 0xEA && u[i] <= 0xED && (u[i + 1] & 0xC0) == 0x80 ? 3 : 0;
	case S_HAN:
		return i + 2 < len && ((u[i] >= 0xE4 && u[i] <= 0xE9) || (u[i] == 0xE3 && u[i + 1] == 0x80 && u[i + 2] == 0x85))
			       ? 3
			       : 0;
	}
	return 0;
}

/* The end of one to `words` words of script k at s[i] (one space between,
 * each of up to `max` letters), else i. */
static size_t words_of(const char *s, size_t len, size_t i, enum script k, int words, size_t max)
{
	size_t e = i, end = i;
	for (int w = 0; w < words; w++) {
		size_t a = e, n = 0, l;
		while (n < max && (l = letter_of(s, len, e, k)) > 0)
			e += l, n++;
		if (e == a || (e < len && letter_of(s, len, e, k)))
			break;
		end = e;
		if (e + 1 >= len || s[e] != ' ' || !letter_of(s, len, e + 1, k))
			break;
		e++;
	}
	return end;
}

/* A letter's closing words in CJK and Korean. */
static const char *const closing[] = {"よろしくお願いいたします", "よろしくお願いします",
					"よろしくお願い致します", "宜しくお願いいたします", "宜しくお願い致します",
					"敬具", "草々", "かしこ", "此致", "敬礼", "谢谢", "謝謝", "祝好", "顺祝商祺",
					"顺颂商祺", "감사합니다", "고맙습니다", "드림", NULL};

/* A closing line ("よろしくお願いいたします。", "此致 / 敬礼", "감사합니다.",
 * or a Latin sign-off) among the three lines above the line at ls, blank
 * lines skipped. */
static int closing_above(const struct rx_ctx *c, size_t ls)
{
	const char *const *w = closing;
	const char *s = c->text;
	size_t p = ls;
	for (int k = 0; k < 3 && p > 0; k++) {
		size_t pe = p - 1, ps = rx_line_start(s, pe);
		for (;;) {
			if (pe > ps && rx_in(" \r.!,", s[pe - 1]))
				pe--;
			else if (pe >= ps + 3 && (pn_starts(s, pe, pe - 3, "。") || pn_starts(s, pe, pe - 3, "！") ||
						  pn_starts(s, pe, pe - 3, "，")))
				pe -= 3;
			else
				break;
		}
		if (pe == ps) {
			p = ps;
			continue;
		}
		/* (the closing fills its line but for a word or two before it,
		 * "どうぞ", "此致": not a request's "...部分，谢谢") */
		for (const char *const *q = w; *q; q++) {
			size_t l = strlen(*q);
			if (pe - ps >= l && pe - ps <= l + 12 && !memcmp(s + pe - l, *q, l))
				return 1;
		}
		/* (a rule of three dashes or more is no signature's "--") */
		if (pe - ps >= 3 && s[pe - 3] == '-' && s[pe - 2] == '-' && s[pe - 1] == '-')
			return 0;
		return pe - ps <= 30 && rx_kw_ends(c, &pn_signoff_kws, ps, pe);
	}
	return 0;
}

/* A name alone on the line at i, in Han or Hangul letters, below a letter's
 * closing ("よろしくお願いいたします。\n藤原彩香", "此致\n徐明轩",
 * "감사합니다.\n김민준 드림"); not a kin word nor a desk ("客服部"). */
static unsigned name_below_closing(struct rx_ctx *c, size_t i)
{
	static const char *const desk[] = {"部", "社", "課", "係", "室", "局", "店", "团队", "團隊", "팀", NULL};
	const char *s = c->text;
	size_t len = c->len, e, h, ls = i;
	/* (a cheap look first: the line is short, 26 bytes at most) */
	if (len - i > 26 && !memchr(s + i, '\n', 27))
		return 0;
	if (letter_of(s, len, i, S_HANGUL)) {
		e = words_of(s, len, i, S_HANGUL, 2, 4);
		h = pn_starts(s, len, e, " 드림") || pn_starts(s, len, e, " 올림") ? e + 7 : e;
		if (h == e && e - i >= 12 && (!memcmp(s + e - 6, "드림", 6) || !memcmp(s + e - 6, "올림", 6)))
			e -= s[e - 7] == ' ' ? 7 : 6;
		if (e - i < 6 || e - i > 13)
			return 0;
	} else {
		/* (a role before the name: "医师 刘志强", "担当 佐藤健") */
		static const char *const role[] = {"医师 ", "医師 ", "医生 ", "主治医师 ", "担当医 ", "教授 ",
						   "律师 ", "弁護士 ", "老师 ", "经理 ", "主任 ", "院长 ", "担当 ",
						   "担当者 ", "代表 ", "部長 ", "课长 ", "課長 ", NULL};
		for (const char *const *q = role; *q; q++)
			if (pn_starts(s, len, i, *q)) {
				i += strlen(*q);
				break;
			}
		e = h = words_of(s, len, i, S_HAN, 2, 6);
		if (e - i < 6 || e - i > 19)
			return 0;
	}
	if (!(h == len || s[h] == '\n' || s[h] == '\r') || kin_word(s, i, e))
		return 0;
	for (const char *const *q = closing; *q; q++)
		if (strlen(*q) == e - i && !memcmp(s + i, *q, e - i))
			return 0;
	for (const char *const *q = desk; *q; q++) {
		size_t l = strlen(*q);
		if (e - i > l && !memcmp(s + e - l, *q, l))
			return 0;
	}
	return closing_above(c, ls) ? (unsigned)rx_emit(c, i, e, REDACT_PERSON) : 0;
}

/* A name alone on its line in a script without capitals, below a letter's
 * closing ("Yours faithfully,\nإنجي القليوبي", "-- \nנריה חדד"): two or
 * three words that fill the line (pn_uncased_name). */
static unsigned uncased_below_closing(struct rx_ctx *c, size_t i)
{
	/* (a team's, a desk's or an office's signature, or more thanks:
	 * "فريق الدعم", "צוות השירות", "ग्राहक सेवा", "ฝ่ายบริการลูกค้า") */
	static const char *const desk[] = {"فريق", "قسم", "إدارة", "ادارة", "خدمة", "خدمات", "دعم", "شكرا",
					   "مع ", "بلدية", "مجلس", "وزارة", "צוות", "שירות", "מחלקת", "עיריית",
					   "תודה", "הנהלת", "מוקד", "אגף", "टीम", "विभाग", "सेवा", "नगर", "ग्राहक",
					   "सहायता", "धन्यवाद", "प्रबंधन", "कंपनी", "परिषद", "मुख्य", "ทีม", "ฝ่าย",
					   "แผนก", "ขอบคุณ", "เทศบาล", "กอง", "งาน", NULL};
	const char *s = c->text;
	size_t len = c->len, e = pn_uncased_name(s, len, i), le;
	if (e == i)
		return 0;
	for (const char *const *q = desk; *q; q++)
		if (pn_starts(s, len, i, *q))
			return 0;
	le = rx_line_end(s, len, i);
	while (le > e && rx_in(" \r", s[le - 1]))
		le--;
	return le == e && closing_above(c, i) ? (unsigned)rx_emit(c, i, e, REDACT_PERSON) : 0;
}

/* A message that opens by greeting someone by name, at v (a line's start
 * or after a chat's speaker): a Han name the gazetteer knows (or a known
 * family name and one to three letters) before an honorific and a
 * punctuation mark ("大輔さん、ようこそ", "佐藤健様。"), or Thai "สวัสดีค่ะคุณ"
 * and the name ("สวัสดีค่ะคุณปิยะนุช ยินดีต้อนรับ"). */
static unsigned greeting_name(struct rx_ctx *c, size_t v)
{
	static const char *const hon[] = {"さん", "様", "さま", "ちゃん", "くん", NULL};
	static const char *const thai[] = {"สวัสดีค่ะคุณ", "สวัสดีครับคุณ", "สวัสดีคุณ", NULL};
	const char *s = c->text;
	size_t len = c->len, e, h = 0;
	if (letter_of(s, len, v, S_THAI)) {
		for (const char *const *q = thai; *q; q++)
			if (pn_starts(s, len, v, *q)) {
				size_t a = v + strlen(*q), k;
				/* (a guest's name in Latin letters or Hangul:
				 * "สวัสดีค่ะคุณFemke", "คุณ다은") */
				if (rx_cap_at(s, len, a) || letter_of(s, len, a, S_HANGUL)) {
					for (e = a; e < len && e - a < 40 && (k = rx_letter_at(s, len, e)) > 0 &&
						    !letter_of(s, len, e, S_THAI);)
						e += k;
					return e > a && (e == len || rx_in(" \n,", s[e])) &&
						       (letter_of(s, len, a, S_HANGUL) ||
							((rx_name_class(s + a, e - a) & (RX_NAME_GIVEN | RX_NAME_STOP)) ==
							 RX_NAME_GIVEN))
						       ? (unsigned)rx_emit(c, a, e, REDACT_PERSON)
						       : 0;
				}
				e = words_of(s, len, a, S_THAI, 1, 20);
				return e - a >= 6 && (e == len || rx_in(" \n,", s[e])) && !kin_word(s, a, e)
					       ? (unsigned)rx_emit(c, a, e, REDACT_PERSON)
					       : 0;
			}
		return 0;
	}
	e = words_of(s, len, v, S_HAN, 1, 6);
	/* (a cheap look first: kana or 様 after the name) */
	if (e - v < 6 || e + 3 > len || ((unsigned char)s[e] != 0xE3 && (unsigned char)s[e - 3] != 0xE6))
		return 0;
	if (e - v >= 9 && !memcmp(s + e - 3, "様", 3))
		h = e, e -= 3; /* (様 is a Han letter too) */
	if (e - v < 6 || e - v > 15)
		return 0;
	for (const char *const *q = hon; *q && !h; q++)
		if (pn_starts(s, len, e, *q))
			h = e + strlen(*q);
	if (!h || !(h == len || rx_in("\n,!", s[h]) || pn_starts(s, len, h, "、") || pn_starts(s, len, h, "！") ||
		    pn_starts(s, len, h, "，") || pn_starts(s, len, h, "。")) || kin_word(s, v, e))
		return 0;
	unsigned f = rx_name_class(s + v, e - v);
	if ((f & RX_NAME_STOP) ||
	    !((f & (RX_NAME_GIVEN | RX_NAME_SURNAME)) ||
	      (e - v >= 9 && e - v <= 15 && (rx_name_class(s + v, 6) & RX_NAME_SURNAME))))
		return 0;
	return (unsigned)rx_emit(c, v, e, REDACT_PERSON);
}

/* A Han or Hangul name ending at e whose family name (its first one or
 * two letters) the gazetteer knows, two to four letters: its start, or e. */
static size_t known_name_before(const char *s, size_t len, size_t lo, size_t e, enum script k)
{
	for (size_t n = 4; n >= 2; n--) {
		if (e < lo + 3 * n)
			continue;
		size_t a = e - 3 * n, q;
		for (q = a; q < e && letter_of(s, len, q, k); q += 3)
			;
		if (q != e)
			continue;
		/* (nothing of the script before it but a role word's end) */
		if ((rx_name_class(s + a, 3) & RX_NAME_SURNAME) || (n >= 3 && (rx_name_class(s + a, 6) & RX_NAME_SURNAME)))
			return a;
	}
	return e;
}

/* The chat message's speaker ("[10:53] 浩然: ..." or "浩然 (10:53): ...")
 * when [b, e) ends with it, two or three Han letters: its start there,
 * or RX_NONE. */
static size_t speaker_echo(const char *s, size_t ls, size_t lim, size_t b, size_t e)
{
	const char *col = memmem(s + ls, lim - ls, ": ", 2);
	if (!col || (size_t)(col - s) < ls + 6)
		return RX_NONE;
	size_t ce = (size_t)(col - s), cs = ce;
	if (s[ce - 1] == ')') { /* ("浩然 (10:53):") */
		const char *op = memchr(s + ls, '(', ce - ls);
		if (!op || (size_t)(op - s) < ls + 7 || op[-1] != ' ')
			return RX_NONE;
		ce = cs = (size_t)(op - s) - 1;
	}
	while (cs >= ls + 3 && ce - cs < 12 && letter_of(s, ce, cs - 3, S_HAN))
		cs -= 3;
	size_t n = ce - cs;
	if (n < 6 || n > 9 || e - b < n || memcmp(s + e - n, s + cs, n) || kin_word(s, cs, ce))
		return RX_NONE;
	return e - n;
}

/* A Chinese message that opens by naming whom it greets ("[...] 唐晓燕:
 * 曹振宇你好，...", "志强: 婉清您好，"): two or three Han letters after the
 * speaker's colon, before 你好 or 您好; no role's or kin's word ("老师您好"). */
static unsigned greeted_han(struct rx_ctx *c, size_t ls, size_t le)
{
	static const char *const roles[] = {"老师", "师傅", "医生", "经理", "客服", "同学", "阿姨", "叔叔", "老板",
					    "领导", "各位", "大家", "先生", "女士", "小姐", "亲爱的", "朋友", "师父",
					    "宝宝", "律师", "教练", "警官", "护士", "主任", "老乡", "家人", NULL};
	const char *s = c->text;
	/* (a cheap look first: the speaker's ": " within 48 bytes, then two
	 * or three Han letters and 你好 or 您好 right after it) */
	size_t lim = le - ls > 48 ? ls + 48 : le;
	const char *col = memchr(s + ls, ':', lim - ls);
	while (col && (size_t)(col - s) + 1 < lim && col[1] != ' ')
		col = memchr(col + 1, ':', lim - (size_t)(col - s) - 1);
	if (!col || (size_t)(col - s) + 14 > le || col[1] != ' ')
		return 0;
	size_t a = (size_t)(col - s) + 2, e = a;
	while (e < le && e - a < 9 && letter_of(s, le, e, S_HAN) && !pn_starts(s, le, e, "你好") &&
	       !pn_starts(s, le, e, "您好"))
		e += 3;
	if (e - a < 6 || !(pn_starts(s, le, e, "你好") || pn_starts(s, le, e, "您好")) || kin_word(s, a, e))
		return 0;
	for (const char *const *r = roles; *r; r++)
		if (pn_starts(s, e, a, *r) || (e - a >= 6 && pn_starts(s, e, e - 6, *r)))
			return 0;
	return (unsigned)rx_emit(c, a, e, REDACT_PERSON);
}

/* A neighbour's note that introduces its writer: "아래층에 사는 표하준입니다",
 * "下の階に住んでいる宮部 凛です", "我是楼下的住户蒋俊熙（...": the name before
 * 입니다 or です, or at the end of what follows 我是, when its family name
 * is known. Looked for on lines in these scripts, at their '\n'. */
static unsigned self_intro(struct rx_ctx *c, size_t ls)
{
	const char *s = c->text;
	size_t len = c->len, le = rx_line_end(s, len, ls);
	const char *p;
	if (le - ls > 400)
		return 0;
	/* (the introduction comes early in its line: 160 bytes looked at, and
	 * only the script's own phrase) */
	if (le - ls > 160)
		le = ls + 160;
	int hangul = 0; /* (Hangul among the line's first bytes: "◂ 감사합니다. ...") */
	for (size_t q = ls; q < le && q < ls + 16 && !hangul; q++)
		hangul = (unsigned char)s[q] >= 0xEA && (unsigned char)s[q] <= 0xED;
	if (hangul && (p = memmem(s + ls, le - ls, "입니다", 9)) != NULL) {
		size_t e = (size_t)(p - s), b = e;
		while (b > ls && letter_of(s, len, b - 3, S_HANGUL))
			b -= 3;
		if (e - b < 6 || e - b > 12 || (b > ls && s[b - 1] != ' '))
			return 0;
		size_t a = known_name_before(s, len, b, e, S_HANGUL);
		return a == b ? (unsigned)rx_emit(c, a, e, REDACT_PERSON) : 0;
	}
	if (hangul)
		return 0;
	if ((p = memmem(s + ls, le - ls, "です", 6)) != NULL) {
		size_t e = (size_t)(p - s), g = e, a;
		while (g > ls && letter_of(s, len, g - 3, S_HAN))
			g -= 3;
		/* (a parent's "波多野 凛の母です": the child's name before の) */
		if (g >= ls + 6 && e - g <= 6 && pn_starts(s, len, g - 3, "の") && kin_word(s, g, e))
			for (e = g -= 3; g > ls && letter_of(s, len, g - 3, S_HAN);)
				g -= 3;
		if (e - g < 3 || e - g > 9)
			return 0;
		a = g;
		if (g > ls + 1 && s[g - 1] == ' ') { /* "宮部 凛" */
			size_t f = g - 1;
			while (f > ls && letter_of(s, len, f - 3, S_HAN))
				f -= 3;
			/* (a family and a given name, a space between them) */
			if (g - 1 - f >= 3 && g - 1 - f <= 9)
				a = f;
		}
		if (a == g && known_name_before(s, len, g, e, S_HAN) != g)
			return 0;
		/* (after a verb's kana or a particle: "住んでいる", "の") */
		return a >= ls + 3 && (unsigned char)s[a - 3] == 0xE3 ? (unsigned)rx_emit(c, a, e, REDACT_PERSON) : 0;
	}
	unsigned voc = greeted_han(c, ls, le);
	/* (我 first, then 是 or 叫: one look for both) */
	for (p = memmem(s + ls, le - ls, "我", 3); p && (size_t)(p - s) + 6 <= le && memcmp(p + 3, "是", 3) &&
						   memcmp(p + 3, "叫", 3);
	     p = memmem(p + 3, le - (size_t)(p - s) - 3, "我", 3))
		;
	if (p && (size_t)(p - s) + 6 > le)
		p = NULL;
	if (p) {
		size_t b = (size_t)(p - s) + 6, e = b;
		while (e < le && e - b < 60 && letter_of(s, len, e, S_HAN))
			e += 3;
		/* (a parent's "我是钮浩然的妈妈。": the child's name before 的,
		 * two or three letters, its family name known or not) */
		for (size_t q = b + 6; q + 6 <= e && q <= b + 9; q += 3)
			if (pn_starts(s, len, q, "的") && kin_word(s, q + 3, e))
				return (unsigned)rx_emit(c, b, q, REDACT_PERSON);
		if (e == b || !(pn_starts(s, len, e, "（") || pn_starts(s, len, e, "，") || pn_starts(s, len, e, "。")))
			return voc;
		/* (the name after the last 的: "我是安居桥房产经纪的志强") */
		for (size_t q = e; q >= b + 3; q -= 3)
			if (pn_starts(s, len, q - 3, "的")) {
				b = q;
				break;
			}
		size_t a = known_name_before(s, len, b, e, S_HAN);
		/* (or the message's speaker, a role's word before: "[10:53] 浩然:
		 * 您好，我是客服浩然，", stop 67) */
		if (a == e && (a = speaker_echo(s, ls, (size_t)(p - s), b, e)) == RX_NONE)
			a = e;
		return voc + (a != e ? (unsigned)rx_emit(c, a, e, REDACT_PERSON) : 0);
	}
	return voc;
}

/* A chat's speaker alone on its line before the clock, without the dot
 * ("韩嘉懿 21:49", a group chat copied from WeChat), or a letter's
 * addressee before 님께 or after 致 ("남궁하준님께", "致韩宇航："). */
static unsigned line_name(struct rx_ctx *c, size_t i)
{
	const char *s = c->text;
	size_t len = c->len, e, h;
	/* (a cheap look first: the line is short, 40 bytes at most) */
	if (len - i > 40 && !memchr(s + i, '\n', 41))
		return 0;
	int hangul = letter_of(s, len, i, S_HANGUL) != 0;
	if (pn_starts(s, len, i, "致")) {
		/* ("致：符婉婷", a lawyer's letter's addressee) */
		size_t a = i + 3 + (pn_starts(s, len, i + 3, "：") ? 3 : pn_starts(s, len, i + 3, ":") ? 1 : 0);
		if (a > i + 3) {
			e = words_of(s, len, a, S_HAN, 1, 4);
			return e - a >= 6 && (e == len || rx_in("\r\n", s[e])) && !kin_word(s, a, e)
				       ? (unsigned)rx_emit(c, a, e, REDACT_PERSON)
				       : 0;
		}
		e = words_of(s, len, a, S_HAN, 1, 4);
		return e - a >= 6 && (pn_starts(s, len, e, "：") || pn_starts(s, len, e, ":")) && !kin_word(s, a, e)
			       ? (unsigned)rx_emit(c, a, e, REDACT_PERSON)
			       : 0;
	}
	e = words_of(s, len, i, hangul ? S_HANGUL : S_HAN, 1, 6);
	if (hangul && e - i >= 12 && !memcmp(s + e - 6, "님께", 6) && (e == len || s[e] == '\n' || s[e] == '\r'))
		return kin_word(s, i, e - 6) ? 0 : (unsigned)rx_emit(c, i, e - 6, REDACT_PERSON);
	if (e - i < 6 || e - i > 12 || kin_word(s, i, e))
		return 0;
	/* (a Han name starts with a family name the gazetteer knows: "会议
	 * 10:00" is a meeting) */
	if (!hangul && !(rx_name_class(s + i, 3) & RX_NAME_SURNAME) && !(rx_name_class(s + i, 6) & RX_NAME_SURNAME))
		return 0;
	if (e + 5 > len || s[e] != ' ')
		return 0;
	h = e + 1;
	size_t d = h;
	while (d < len && d - h < 2 && rx_is_digit((unsigned char)s[d]))
		d++;
	if (d == h || d + 3 > len || s[d] != ':' || !rx_is_digit((unsigned char)s[d + 1]) ||
	    !rx_is_digit((unsigned char)s[d + 2]) || !(d + 3 == len || s[d + 3] == '\n' || s[d + 3] == '\r'))
		return 0;
	return (unsigned)rx_emit(c, i, e, REDACT_PERSON);
}

/* Fired at '\n': a line that opens a letter or a message to a named
 * person, "신현우 고객님, 안녕하세요", "村上 陽菜 様", "尊敬的罗思远先生/女士：",
 * "เรียน คุณวรรณา บุญมา", "عزيزي سعيد الكعبي،": the name. */
unsigned pn_detect_salutation(struct rx_ctx *c)
{
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	size_t i = c->ms + 1, len = c->len, e;
	if (i + 6 <= len && u[i] >= 0xD7 && u[i] <= 0xE0 && (e = uncased_below_closing(c, i)) != 0)
		return (unsigned)e;
	/* (a Latin name after a salutation of another script; stop 65) */
	if (i + 12 <= len && ((e = pn_latin_after_salutation(c, i)) != 0 || (e = pn_titled_salutation(c, i)) != 0))
		return (unsigned)e;
	if (i + 6 > len || (u[i] < 0xD8 && u[i] != '[' && !(u[i] == 'K' && pn_starts(s, len, i, "KakaoTalk Chats with "))))
		return 0;
	if (u[i] >= 0xE4 && (e = name_below_closing(c, i)) != 0)
		return (unsigned)e;
	if (u[i] >= 0xE0 && (e = greeting_name(c, i)) != 0)
		return (unsigned)e;
	if (u[i] >= 0xE4 && (e = line_name(c, i)) != 0)
		return (unsigned)e;
	if ((e = self_intro(c, i)) != 0)
		return (unsigned)e;
	/* a KakaoTalk export's title ("KakaoTalk Chats with 지아") */
	if (pn_starts(s, len, i, "KakaoTalk Chats with ")) {
		size_t a = i + strlen("KakaoTalk Chats with ");
		e = words_of(s, len, a, S_HANGUL, 2, 5);
		return e - a >= 6 && (e == len || rx_in("\r\n", s[e])) && !kin_word(s, a, e)
			       ? (unsigned)rx_emit(c, a, e, REDACT_PERSON)
			       : 0;
	}
	/* a carrier's or a shop's tag before the addressee ("【ヤマト運輸】西村
	 * 健太様 お荷物が...", "[注文者] 佐々木 大輔 様", "[CJ대한통운] 정도윤
	 * 고객님의 상품") */
	int tagged = 0;
	if (s[i] == '[' || pn_starts(s, len, i, "【")) {
		const char *close = s[i] == '[' ? "]" : "】";
		size_t q = i + 1, cl = strlen(close);
		while (q < len && q - i < 48 && s[q] != '\n' && !pn_starts(s, len, q, close))
			q++;
		if (q >= len || !pn_starts(s, len, q, close))
			return 0;
		i = q + cl;
		while (i < len && s[i] == ' ')
			i++;
		tagged = 1;
	}
	if (letter_of(s, len, i, S_HANGUL)) {
		/* "신현우 고객님", "다은님," (the honorific glued on) */
		e = words_of(s, len, i, S_HANGUL, 1, 6);
		if (e - i >= 9 && !memcmp(s + e - 3, "님", 3) && e < len && rx_in(", !", s[e]))
			e -= 3;
		else if (!(pn_starts(s, len, e, " 고객님") || pn_starts(s, len, e, " 회원님") || pn_starts(s, len, e, " 님")))
			return 0;
		return e - i >= 6 && e - i <= 12 && !kin_word(s, i, e) ? (unsigned)rx_emit(c, i, e, REDACT_PERSON) : 0;
	}
	if (pn_starts(s, len, i, "尊敬的")) {
		/* the title glued on: "罗思远先生/女士" */
		i += strlen("尊敬的");
		for (e = i + 6; e <= i + 12; e += 3)
			if (pn_starts(s, len, e, "先生") || pn_starts(s, len, e, "女士"))
				return words_of(s, len, i, S_HAN, 1, 8) >= e ? (unsigned)rx_emit(c, i, e, REDACT_PERSON) : 0;
		return 0;
	}
	if (letter_of(s, len, i, S_HAN)) {
		/* "村上 陽菜 様", "木村奈々様" */
		e = words_of(s, len, i, S_HAN, 2, 7);
		/* a mail's greeting at a line's start: "黄浩然您好：" (stop 46) */
		if (e - i >= 12 && e - i <= 18 && (!memcmp(s + e - 6, "您好", 6) || !memcmp(s + e - 6, "你好", 6)) &&
		    (pn_starts(s, len, e, "：") || pn_starts(s, len, e, "，") || pn_starts(s, len, e, "！") ||
		     (e < len && rx_in(":,!", s[e]))) &&
		    !kin_word(s, i, e - 6))
			return (unsigned)rx_emit(c, i, e - 6, REDACT_PERSON);
		/* (殿, a legal notice's addressee: "今泉 拓海 殿") */
		size_t h = e < len && s[e] == ' ' ? e + 1 : e;
		if ((h == e || tagged) && e - i >= 9 && (!memcmp(s + e - 3, "様", 3) || !memcmp(s + e - 3, "殿", 3)))
			h = e -= 3;
		/* an order's recipient at a line's start, a comma and a phone
		 * ("王雨桐，+86 139 6721 1111"; a family name the gazetteer knows
		 * first) */
		if (e - i >= 6 && e - i <= 12 && pn_starts(s, len, e, "，") && e + 3 < len &&
		    (rx_is_digit((unsigned char)s[e + 3]) || s[e + 3] == '+') &&
		    ((rx_name_class(s + i, 3) & RX_NAME_SURNAME) || (rx_name_class(s + i, 6) & RX_NAME_SURNAME)) &&
		    !kin_word(s, i, e))
			return (unsigned)rx_emit(c, i, e, REDACT_PERSON);
		if (e - i < 6 || e - i > 21 || !(pn_starts(s, len, h, "様") || pn_starts(s, len, h, "殿")))
			return 0;
		h += 3;
		return h == len || s[h] == '\n' || s[h] == '\r' || s[h] == ',' || pn_starts(s, len, h, "、") ||
				       pn_starts(s, len, h, "，") || (tagged && s[h] == ' ')
			       ? (unsigned)rx_emit(c, i, e, REDACT_PERSON)
			       : 0;
	}
	if (pn_starts(s, len, i, "เรียน คุณ")) {
		i += strlen("เรียน คุณ");
		e = words_of(s, len, i, S_THAI, 2, 20);
		return e > i && (e == len || s[e] == '\n' || s[e] == ',')
			       ? (unsigned)rx_emit(c, i, e, REDACT_PERSON)
			       : 0;
	}
	if (pn_starts(s, len, i, "عزيزي ") || pn_starts(s, len, i, "عزيزتي ")) {
		i += pn_starts(s, len, i, "عزيزي ") ? strlen("عزيزي ") : strlen("عزيزتي ");
		e = words_of(s, len, i, S_ARABIC, 3, 12);
		return e > i && pn_starts(s, len, e, "،") ? (unsigned)rx_emit(c, i, e, REDACT_PERSON) : 0;
	}
	return 0;
}
