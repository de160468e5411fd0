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
 * letters (no digit, no ASCII but the spaces, no CJK punctuation). */
#include <string.h>

#include "person_int.h"

/* Kin and roles as a chat's sender ("[...] 妈妈: ...", "엄마 · 09:12"). */
static const char *const kin[] = {
	"妈妈", "妈", "爸爸", "爸", "媽媽", "媽", "老公", "老婆", "哥哥", "姐姐", "弟弟", "妹妹", "爷爷",
	"奶奶", "外婆", "外公", "儿子", "女儿", "宝贝", "亲爱的", "客服", "老师", "お母さん", "お父さん",
	"母", "父", "ママ", "パパ", "母さん", "父さん", "兄", "姉", "弟", "妹", "祖母", "祖父",
	"おばあちゃん", "おじいちゃん", "엄마", "아빠", "어머니", "아버지", "누나", "언니", "오빠", "형",
	"여보", "아들", "딸", "할머니", "할아버지", "자기", "ماما", "بابا", "أمي", "أبي", "امي", "ابي",
	"جدتي", "جدي", "زوجي", "زوجتي", "אמא", "אבא", "סבתא", "סבא", "แม่", "พ่อ", "ยาย", "ปู่", "ย่า",
	"พี่", "น้อง", "माँ", "मां", "पापा", "मम्मी", "दादी", "नानी", "भैया", "दीदी", NULL,
};

/* Whether s[a, e) is a speaker's name of another script. */
static int script_speaker(const char *s, size_t a, size_t e)
{
	const unsigned char *u = (const unsigned char *)s;
	for (const char *const *k = kin; *k; k++)
		if (strlen(*k) == e - a && !memcmp(s + a, *k, e - a))
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

/* Fired at ']': "[<clock>] <speaker>: " at a line's start. */
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
	if (e >= lim || s[e] != ':' || !script_speaker(s, a, e))
		return 0;
	return (unsigned)rx_emit(c, a, e, REDACT_PERSON);
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
	size_t i = at + 3, d = 0;
	while (i < c->len && rx_is_digit((unsigned char)s[i]) && d < 3)
		i++, d++;
	if (d < 1 || d > 2 || i + 3 > c->len || s[i] != ':' || !rx_is_digit((unsigned char)s[i + 1]) ||
	    !rx_is_digit((unsigned char)s[i + 2]))
		return 0;
	i += 3;
	while (i < c->len && (s[i] == ' ' || s[i] == '\r'))
		i++;
	if (i < c->len && s[i] != '\n')
		return 0;
	if (!script_speaker(s, ls, at - 1))
		return 0;
	return (unsigned)rx_emit(c, ls, at - 1, REDACT_PERSON);
}
