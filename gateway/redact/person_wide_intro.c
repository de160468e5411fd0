/* person_wide_intro.c: a writer who names themselves, or the child they
 * write about, in Hindi and Thai, whose words the keyword sets cannot read:
 *
 *   मैं, गार्गी जुयाल, जन्म तिथि ...           I, NAME, born ...
 *   नमस्ते, मैं शिवेंद्र वाडेकर बोल रहा हूँ     I am NAME speaking
 *   नमस्ते, मैं गार्गी की माँ हूँ               I am NAME's mother
 *   ข้าพเจ้า ศิริพร ปัญญาวงศ์ เกิดวันที่ ...     I, NAME, born ...
 *   สวัสดีค่ะ ดิฉันอรุณี ทองดี เป็นแม่ของ ...   I am NAME, the mother of
 *   สวัสดีครับ เป็นพ่อของวรรณวิสาครับ          I am the father of NAME
 *
 * Asked by person_cjk_title.c at each run of three-byte letters that
 * starts with 0xE0; a cheap look at the run's second byte first. Stop 65,
 * from parts 58's to 62's statements and parents' chats. */
#include <string.h>

#include "person_int.h"

/* A Devanagari (U+0900-097F) or Thai (U+0E00-0E7F) letter or mark at i. */
static int deva_at(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	return i + 3 <= len && u[i] == 0xE0 && (u[i + 1] == 0xA4 || u[i + 1] == 0xA5) &&
	       (u[i + 2] & 0xC0) == 0x80 &&
	       !(u[i + 1] == 0xA5 && (u[i + 2] == 0xA4 || u[i + 2] == 0xA5)); /* (no danda) */
}

static int thai_at(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	return i + 3 <= len && u[i] == 0xE0 && (u[i + 1] == 0xB8 || u[i + 1] == 0xB9) &&
	       (u[i + 2] & 0xC0) == 0x80 &&
	       !(u[i + 1] == 0xB9 && u[i + 2] >= 0x8F); /* (no Thai digits or signs) */
}

/* The end of the word of letters (deva_at or thai_at) at i. */
static size_t word_end(const char *s, size_t len, size_t i, int (*at)(const char *, size_t, size_t))
{
	while (at(s, len, i))
		i += 3;
	return i;
}

/* Hindi words that follow a name and end the introduction, and the
 * kinship after की/का/के ("की माँ", "का पिता"). */
static const char *const hi_after[] = {"बोल", "हूँ", "हूं", NULL};
static const char *const hi_kin[] = {"माँ",  "मां",      "पिता", "पापा", "मम्मी", "बेटी",
				     "बेटा", "अभिभावक", "पत्नी", "पति",  NULL};

/* Words that open no name after मैं ("मैं आपसे सच बोल रहा हूँ"). */
static const char *const hi_not[] = {"आपसे", "आपको", "आप",  "सच",  "झूठ", "यह",  "वह",
				     "ये",   "वो",   "फिर", "अब",  "भी", "बहुत", "बस",
				     "अभी", "कल",   "आज",  "ठीक", NULL};

static int word_is(const char *s, size_t a, size_t e, const char *const *list)
{
	for (const char *const *w = list; *w; w++)
		if (strlen(*w) == e - a && !memcmp(s + a, *w, e - a))
			return 1;
	return 0;
}

/* After "मैं": "मैं, NAME," (one to three words up to a comma), or "मैं
 * NAME बोल रहा" / "मैं NAME हूँ" (two or three words), or "मैं NAME की
 * माँ" (one or two words before की, का or के and a kinship word). */
static unsigned hindi(struct rx_ctx *c, size_t v)
{
	const char *s = c->text;
	size_t len = c->len;
	int declared = v + 1 < len && s[v] == ',';
	if (v >= len || s[v + declared] != ' ')
		return 0;
	size_t a = v + declared + 1, e = a, ws[4], we[4];
	int n = 0;
	while (n < 4) {
		size_t w = word_end(s, len, e, deva_at);
		if (w - e < 6)
			break;
		ws[n] = e;
		we[n++] = w;
		if (w + 1 < len && s[w] == ' ' && deva_at(s, len, w + 1))
			e = w + 1;
		else
			break;
	}
	if (n == 0)
		return 0;
	if (declared)
		return n <= 3 && we[n - 1] < len && s[we[n - 1]] == ','
			       ? (unsigned)rx_emit(c, a, we[n - 1], REDACT_PERSON)
			       : 0;
	/* (before बोल or हूँ, two words, a name the gazetteer knows or after
	 * a greeting: "मैं बहुत परेशान हूँ" is "I am very worried") */
	int greeted = c->ms >= 2 && s[c->ms - 1] == ' ' && s[c->ms - 2] == ',';
	int known = (rx_name_class(s + ws[0], we[0] - ws[0]) & (RX_NAME_GIVEN | RX_NAME_SURNAME)) ||
		    (n > 1 && (rx_name_class(s + ws[1], we[1] - ws[1]) & RX_NAME_SURNAME));
	for (int k = 1; k < n && k <= 3; k++) {
		if (word_is(s, ws[k], we[k], hi_after))
			return k == 2 && (greeted || known) && !word_is(s, ws[0], we[0], hi_not)
				       ? (unsigned)rx_emit(c, a, we[k - 1], REDACT_PERSON)
				       : 0;
		if (k + 1 < n &&
		    (word_is(s, ws[k], we[k], (const char *const[]){"की", "का", "के", NULL})) &&
		    word_is(s, ws[k + 1], we[k + 1], hi_kin))
			return k <= 2 ? (unsigned)rx_emit(c, a, we[k - 1], REDACT_PERSON) : 0;
	}
	return 0;
}

/* Thai words that follow a statement's or a parent's name. */
static const char *const th_after[] = {"เกิด",    "อายุ", "อยู่", "เป็น", "ถือ",  "เลข", "ขอ", "โทร",
				       "ตำแหน่ง", "บ้าน", "ค่ะ", "ครับ", "จาก", "ผู้",   NULL};
static const char *const th_titles[] = {"นางสาว", "นาย", "นาง", "ด.ช.", "ด.ญ.", NULL};
static const char *const th_verbs[] = {"ขอ",  "ได้",   "จะ",   "มี",  "ไม่",  "อยาก",  "ต้อง",
				       "เป็น", "ยืนยัน", "ทราบ", "รับ", "ยินดี", "ขอบคุณ", "ส่ง",
				       "แจ้ง", "กำลัง", "เคย",  "ยัง", NULL};
static const char *const th_polite[] = {"ครับ", "ค่ะ", "คะ", "นะ", NULL};

static int starts_any(const char *s, size_t len, size_t i, const char *const *list)
{
	for (const char *const *w = list; *w; w++)
		if (pn_starts(s, len, i, *w))
			return 1;
	return 0;
}

/* A Thai name from a (after a title): two words, then a comma, or a space
 * and one of th_after or th_verbs; or one word before a verb ("ดิฉัน สำรวย
 * ขอแสดงความเสียใจ"). Its end, or 0. */
static size_t thai_two(const char *s, size_t len, size_t a)
{
	size_t g = word_end(s, len, a, thai_at);
	if (g - a < 6 || g + 1 >= len || s[g] != ' ')
		return 0;
	if (starts_any(s, len, g + 1, th_verbs))
		return g;
	size_t f = word_end(s, len, g + 1, thai_at);
	if (f - g - 1 < 6 || f - a > 120)
		return 0;
	if (f < len && s[f] == ',')
		return f;
	if (f == len || s[f] != ' ')
		return 0;
	if (!(starts_any(s, len, f + 1, th_after) || starts_any(s, len, f + 1, th_verbs)))
		return 0;
	/* (a polite word glued on is none of the name: "ดิฉันอรุณี
	 * วงศ์สวัสดิ์ค่ะ เป็น..."; stop 67) */
	for (const char *const *w = th_polite; *w; w++) {
		size_t n = strlen(*w);
		if (f - g - 1 >= n + 6 && !memcmp(s + f - n, *w, n))
			return f - n;
	}
	return f;
}

static unsigned thai(struct rx_ctx *c, size_t i, size_t te)
{
	const char *s = c->text;
	size_t len = c->len, a;
	/* "ข้าพเจ้า NAME SURNAME เกิด...", "ข้าพเจ้า นางสาว..." */
	if (pn_starts(s, len, i, "ข้าพเจ้า") || pn_starts(s, len, i, "ดิฉัน")) {
		int formal = pn_starts(s, len, i, "ข้าพเจ้า");
		a = i + strlen(formal ? "ข้าพเจ้า" : "ดิฉัน");
		if (a < len && s[a] == ' ')
			a++;
		else if (formal && a != te)
			return 0; /* ("ข้าพเจ้าขอ...": a verb glued on) */
		if (pn_starts(s, len, a, "ชื่อ"))
			a += strlen("ชื่อ");
		/* (a verb: "ดิฉันขอสอบถาม", "ข้าพเจ้า ได้รับ") */
		for (const char *const *w = th_verbs; *w; w++)
			if (pn_starts(s, len, a, *w))
				return 0;
		for (const char *const *t = th_titles; *t; t++)
			if (pn_starts(s, len, a, *t)) {
				a += strlen(*t);
				break;
			}
		size_t e = thai_two(s, len, a);
		return e ? (unsigned)rx_emit(c, a, e, REDACT_PERSON) : 0;
	}
	/* "เป็นพ่อของNAMEครับ", "แม่ของNAMEค่ะ" */
	if (pn_starts(s, len, i, "เป็น"))
		i += strlen("เป็น");
	if (!(pn_starts(s, len, i, "พ่อของ") || pn_starts(s, len, i, "แม่ของ") ||
	      pn_starts(s, len, i, "ผู้ปกครองของ")))
		return 0;
	a = i + (pn_starts(s, len, i, "ผู้ปกครองของ") ? strlen("ผู้ปกครองของ") : strlen("พ่อของ"));
	if (pn_starts(s, len, a, "น้อง"))
		a += strlen("น้อง");
	size_t e = a;
	while (e < te) {
		int polite = 0;
		for (const char *const *w = th_polite; *w && !polite; w++)
			polite = pn_starts(s, len, e, *w);
		if (polite)
			break;
		e += 3;
	}
	/* (up to the polite word, or the run's end before a space: "เป็นแม่
	 * ของพิมพ์ชนก สายทอง") */
	if (e - a < 9 || e - a > 60 || (e == te && !(te < len && s[te] == ' ')))
		return 0;
	/* (and the child's family name after a space, before a verb) */
	if (e == te) {
		size_t f = word_end(s, len, te + 1, thai_at);
		if (f - te - 1 >= 6 && f < len && s[f] == ' ' &&
		    starts_any(s, len, f + 1, th_verbs))
			e = f;
	}
	return (unsigned)rx_emit(c, a, e, REDACT_PERSON);
}

unsigned pn_detect_wide_intro(struct rx_ctx *c)
{
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	size_t at = c->ms, te = c->tk[c->ti].e, len = c->len;
	/* (a cheap look first: a Devanagari or a Thai letter's lead) */
	if (u[at] != 0xE0 || !(u[at + 1] == 0xA4 || u[at + 1] == 0xB8 || u[at + 1] == 0xB9))
		return 0;
	if (u[at + 1] == 0xA4)
		return te - at == strlen("मैं") && pn_starts(s, len, at, "मैं") ? hindi(c, te) : 0;
	return thai(c, at, te);
}
