/* person_cjk_title.c: CJK names that a staff title follows, glued on, and
 * a signature's given name after the practice's name on a message's last
 * line:
 *
 *   没问题，钮浩然教练16:45去接你。            a family name the gazetteer
 *   我想反映我女儿缪芷若跟裘佳怡教练预约的课程    knows, one or two given
 *   大丈夫ですよ。波多野 悠真指導員が13:30に      letters, the title
 *   ...www.xiquepet.cn预约。喜鹊动物医院 明哲      a hospital's or a clinic's
 *   ...www.kkachivet.kr. 까치동물병원 서윤 드림    name, then the signer's
 *
 * And a Japanese name written apart before an honorific ("隣の岩瀬 恵理さんに",
 * stop 67), and a CJK name after words of meeting in a sentence of another
 * script ("I met 杨欣怡 on Instagram"; moved here from person_cjk.c in stop
 * 67), and a chat's speaker after a role's word ("業主 何凱琳：..."; moved
 * here from person_script.c in stop 67).
 *
 * Run at each run of three-byte letters (RX_ON_WIDE). Stop 64, from parts
 * 60's and 61's reminders and chats. */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "person_int.h"

/* Staff titles written after a name, no space between. */
static const char *const titles[] = {"教练", "教練", "老师", "老師", "医生", "醫生", "律师", "律師",
				     "法官", "指導員", "指导员", "教官", "医師", "弁護士", "先生", NULL};

/* A CJK or Hangul letter in the three bytes at i (no CJK punctuation). */
static int wide_letter(const char *s, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	return u[i] >= 0xE3 && u[i] <= 0xED && (u[i + 1] & 0xC0) == 0x80 && (u[i + 2] & 0xC0) == 0x80 &&
	       !(u[i] == 0xE3 && u[i + 1] == 0x80);
}

/* A particle or a punctuation mark of three bytes at s[i] before a name
 * ("女儿缪芷若跟...", "息子の波多野 ..."): the name may start after it. */
static int name_may_follow(const char *s, size_t i)
{
	static const char *const p[] = {"的", "跟", "和", "与", "與", "是", "给", "找", "请", "让", "由", "被",
					"对", "向", "把", "儿", "兒", "子", "娘", "の", "が", "は", "を", "に", "と",
					"、", "，", "。", "：", NULL};
	for (const char *const *q = p; *q; q++)
		if (s[i] == (*q)[0] && s[i + 1] == (*q)[1] && s[i + 2] == (*q)[2])
			return 1;
	return 0;
}

/* The length of a title at s[i] (before e), or 0. */
static size_t title_at(const char *s, size_t i, size_t e)
{
	for (const char *const *t = titles; *t; t++) {
		if (s[i] != (*t)[0] || s[i + 1] != (*t)[1] || s[i + 2] != (*t)[2])
			continue;
		size_t n = strlen(*t);
		if (i + n <= e && !memcmp(s + i + 3, *t + 3, n - 3))
			return n;
	}
	return 0;
}

/* Where a family name the gazetteer knows, of one to four letters, ends at
 * e and starts at the run's start a or after a particle; its start, or
 * RX_NONE. */
static size_t family_before(const char *s, size_t a, size_t e)
{
	for (size_t n = 3; n <= 12; n += 3) {
		if (e < a + n)
			break;
		size_t st = e - n;
		if (rx_is_surname(s + st, n) && (st == a || (st >= a + 3 && name_may_follow(s, st - 3))))
			return st;
	}
	return RX_NONE;
}

/* The titles' first letters' second and third bytes, six bits each: a
 * cheap look at each letter of the run, built once from the list. */
static uint64_t m1, m2;
static pthread_once_t masks_once = PTHREAD_ONCE_INIT;

static void masks_init(void)
{
	for (const char *const *t = titles; *t; t++) {
		m1 |= 1ull << ((unsigned char)(*t)[1] & 63);
		m2 |= 1ull << ((unsigned char)(*t)[2] & 63);
	}
}

static unsigned titled(struct rx_ctx *c, size_t at, size_t te)
{
	const char *s = c->text;
	pthread_once(&masks_once, masks_init);
	for (size_t i = at + 3; i + 6 <= te; i += 3) {
		if (!((m1 >> ((unsigned char)s[i + 1] & 63)) & (m2 >> ((unsigned char)s[i + 2] & 63)) & 1))
			continue;
		size_t tl = title_at(s, i, te);
		if (!tl)
			continue;
		/* a given name alone in its run, the family name ending the
		 * run before it after a space ("波多野 悠真指導員") */
		if (i - at <= 6 && at >= 4 && s[at - 1] == ' ' && wide_letter(s, at - 4)) {
			size_t pe = at - 1, ps = pe;
			while (ps >= 3 && wide_letter(s, ps - 3))
				ps -= 3;
			size_t f = family_before(s, ps, pe);
			if (f != RX_NONE && pe - f >= 6)
				return (unsigned)rx_emit(c, f, i, REDACT_PERSON);
			return 0;
		}
		/* or a family name and a given name of two letters glued on
		 * ("钮浩然"), or of one after a family name of two ("欧阳明"; one
		 * and one is a word as often: "明天老师") */
		for (size_t g = 6; g >= 3; g -= 3) {
			if (i < at + g + 3)
				continue;
			size_t f = family_before(s, at, i - g);
			if (f != RX_NONE && (g == 6 || i - g - f >= 6))
				return (unsigned)rx_emit(c, f, i, REDACT_PERSON);
		}
		i += tl - 3;
	}
	return 0;
}

/* The signer's name after the practice's at the line's end. */
static unsigned after_practice(struct rx_ctx *c, size_t at, size_t te)
{
	const char *s = c->text;
	size_t len = c->len;
	size_t e = te;
	/* (a Korean letter's "드림", "올림": from) */
	if (e + 7 <= len && s[e] == ' ' && (!memcmp(s + e + 1, "드림", 6) || !memcmp(s + e + 1, "올림", 6)))
		e += 7;
	if (!(e == len || s[e] == '\n' || s[e] == '\r') || te - at < 3 || te - at > 12 || at < 7 || s[at - 1] != ' ')
		return 0;
	size_t pe = at - 1, ps = pe;
	while (ps >= 3 && wide_letter(s, ps - 3))
		ps -= 3;
	if (pe - ps < 6 || !rx_authority_words(s, ps, pe) || rx_authority_words(s, at, te))
		return 0;
	/* (in Hangul a name the gazetteer knows, given alone or after a
	 * family name: "병원 응급실" is the hospital's emergency room) */
	if ((unsigned char)s[at] >= 0xEA && !rx_is_given(s + at, te - at) &&
	    !(te - at >= 9 && rx_is_surname(s + at, 3) && rx_is_given(s + at + 3, te - at - 3)))
		return 0;
	return (unsigned)rx_emit(c, at, te, REDACT_PERSON);
}

/* A Japanese name written apart, a family name in Han, a space (or an
 * ideographic space), a given name in Han or katakana, then an honorific
 * ("変更しました。祖父江 蓮さんに", "隣の岩瀬 恵理さんに", "宇佐美 慎之介様　");
 * no family name a desk's word ends ("営業部 田中さん", "担当 ..."). Read at
 * the given name's run; the spans emitted. */
static unsigned honored(struct rx_ctx *c, size_t at, size_t te)
{
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	size_t g = at, sp;
	if (at >= 7 && s[at - 1] == ' ')
		sp = 1;
	else if (at >= 9 && u[at - 3] == 0xE3 && u[at - 2] == 0x80 && u[at - 1] == 0x80)
		sp = 3;
	else
		return 0;
	while (g + 3 <= te && g - at < 12 && memcmp(s + g, "様", 3) &&
	       ((u[g] >= 0xE4 && u[g] <= 0xE9) || (u[g] == 0xE3 && (u[g + 1] == 0x82 || u[g + 1] == 0x83) &&
							   !(u[g + 1] == 0x82 && u[g + 2] < 0xA1))))
		g += 3;
	size_t h = g + 6 <= c->len && (!memcmp(s + g, "さん", 6) || !memcmp(s + g, "さま", 6)) ? 6
		   : g + 3 <= c->len && !memcmp(s + g, "様", 3)				       ? 3
												       : 0;
	if (g == at || !h)
		return 0;
	/* the family name: one to four Han letters, after a kana, a
	 * punctuation mark, a particle or nothing */
	size_t fe = at - sp, f = fe;
	while (f >= 3 && fe - f < 12 && ((u[f - 3] >= 0xE4 && u[f - 3] <= 0xE9) || !memcmp(s + f - 3, "々", 3)))
		f -= 3;
	if (f == fe || fe - f > 12 || (f >= 3 && u[f - 3] >= 0xE4 && u[f - 3] <= 0xE9))
		return 0;
	static const char *const desk[] = {"課", "係", "室", "長", "当", "社", "店", "院", "所", "局", "者", "員", "会",
					   /* (a department's 部, not 阿部's or 長谷部's) */
					   "業部", "務部", "事部", "理部", "発部", "術部", "画部", "報部", NULL};
	for (const char *const *d = desk; *d; d++) {
		size_t dl = strlen(*d);
		if (fe - f >= dl && !memcmp(s + fe - dl, *d, dl))
			return 0;
	}
	return (unsigned)rx_emit(c, f, g, REDACT_PERSON);
}

unsigned pn_detect_cjk_titled(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t at = c->ms, te = c->tk[c->ti].e;
	unsigned char b = (unsigned char)s[at];
	/* (a cheap look first: a CJK or Hangul letter's lead byte; a
	 * Devanagari or Thai run's is person_wide_intro.c's) */
	if (b == 0xE0)
		return pn_detect_wide_intro(c);
	if (b < 0xE3 || b > 0xED || te - at < 3)
		return 0;
	unsigned k = b <= 0xE9 && te - at >= 9 ? titled(c, at, te) : 0;
	if (!k && b <= 0xE9)
		k = honored(c, at, te);
	return k ? k : after_practice(c, at, te);
}

/* Words before a CJK name in a sentence of another script ("I met 杨欣怡
 * on Instagram", "Ich habe 怡君 auf Instagram kennengelernt", "Saya kenal
 * 赵梓涵 di Instagram"). */
static const char *const met_words[] = {
	"i met", "ik leerde", "ich habe", "saya kenal", "aku kenal", "conocí a", "conheci", "j'ai rencontré",
	"ho conosciuto", "poznałam", "poznałem", NULL,
};
struct rx_kwset pn_met_kws = RX_KWSET(met_words);

/* After such words: a name of two to four CJK letters, followed by a
 * space or punctuation. */
unsigned pn_detect_cjk_met(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, at = c->me + 1;
	if (at + 6 >= len || s[c->me] != ' ' || (unsigned char)s[at] < 0xE4 || (unsigned char)s[at] > 0xE9)
		return 0;
	size_t e = at;
	while (e + 2 < len && e - at < 12 && (unsigned char)s[e] >= 0xE4 && (unsigned char)s[e] <= 0xE9)
		e += 3;
	if (e - at < 6 || e - at > 12)
		return 0;
	if (e < len && !(s[e] == ' ' || s[e] == ',' || s[e] == '.' || (unsigned char)s[e] == 0xEF ||
			 ((unsigned char)s[e] == 0xE3 && e + 1 < len && (unsigned char)s[e + 1] == 0x80)))
		return 0;
	/* (German's "ich habe" with its participle on the line: "Ich habe 中文
	 * gelernt" is a language) */
	if (rx_fold_eq(s + c->ms, "ich habe", 8)) {
		size_t le = rx_line_end(s, len, e);
		if (!memmem(s + e, le - e, "kennengelernt", 13) && !memmem(s + e, le - e, "getroffen", 9))
			return 0;
	}
	return (unsigned)rx_emit(c, at, e, REDACT_PERSON);
}

/* A chat's speaker after the speaker's role, before a full-width colon
 * ("業主 何凱琳：租金每月...", "租客 麥美玲：好呀"): a role word at the line's
 * start, a space, two to four CJK letters; fired at the colon. */
unsigned pn_cjk_role_speaker(struct rx_ctx *c, size_t colon)
{
	static const char *const roles[] = {"業主", "租客", "房東", "房客", "經紀", "中介", "老闆", "客戶",
					    "顧客", "買家", "賣家", "司機", "乘客", "家長", "老師", "醫生",
					    "业主", "租客", "房东", "经纪", "老板", "客户", "买家", "卖家",
					    "司机", "家长", "老师", "医生", NULL};
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	size_t a = colon;
	while (a >= 3 && colon - a < 12 && u[a - 3] >= 0xE3 && u[a - 3] <= 0xE9 && (u[a - 2] & 0xC0) == 0x80)
		a -= 3;
	if (colon - a < 6 || a < 4 || s[a - 1] != ' ')
		return 0;
	size_t ls = rx_line_start(s, a - 1);
	for (const char *const *r = roles; *r; r++) {
		size_t l = strlen(*r);
		if (a - 1 - ls == l && memcmp(s + ls, *r, l) == 0)
			return (unsigned)rx_emit(c, a, colon, REDACT_PERSON);
	}
	return 0;
}
