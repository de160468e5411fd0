/* person_script.c: names in scripts without capitals (Arabic, Persian,
 * Urdu, Hebrew, Thaana, the Indic scripts, Thai, Lao, Tibetan, Myanmar,
 * Georgian, Ge'ez, Khmer, Korean Hangul), which the scan led by capitals
 * never sees:
 *
 *   الاسم | الهاتف | المبلغ            a cell of a table's name column
 *   أروى باوزير | — | 43,500 ريال
 *   Name: نگار احمدی                    the value after a name label
 *   სახელი: ნინო ლომიძე                 (the labels of the Latin scan,
 *   ስም: ሳባ ገብረሂወት                      and the words "name" in these
 *                                       scripts)
 *
 * The value must be one to five words of one such script and fill the cell
 * or run to the field's end (a comma, " | ", '(', a digit or the line's
 * end). */
#include <string.h>

#include "person_int.h"

/* The byte length of a letter of an uncased script at s[i], or 0. */
static size_t uncased_at(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	if (i + 1 >= len)
		return 0;
	unsigned c = u[i], d = u[i + 1];
	if (c >= 0xD7 && c <= 0xDF) {
		if ((d & 0xC0) != 0x80)
			return 0;
		/* Hebrew letters; Arabic without its punctuation and digits */
		if (c == 0xD7)
			return d >= 0x90 && d <= 0xAA ? 2 : 0;
		if ((c == 0xD8 && (d == 0x8C || d == 0x9B || d == 0x9F)) || (c == 0xD9 && d >= 0xA0 && d <= 0xAD) ||
		    (c == 0xDB && (d == 0x94 || (d >= 0xB0 && d <= 0xB9))))
			return 0;
		return 2;
	}
	if (i + 2 >= len || (d & 0xC0) != 0x80 || (u[i + 2] & 0xC0) != 0x80)
		return 0;
	/* the Indic scripts, Sinhala, Thai, Lao, Tibetan (E0 A4-BF) */
	if (c == 0xE0)
		return d >= 0xA4 ? 3 : 0;
	/* Myanmar, Georgian, Ge'ez, Cherokee, Khmer (E1 80-9F), not Latin or
	 * Greek Extended */
	if (c == 0xE1)
		return d <= 0x9F ? 3 : 0;
	/* Hangul syllables (U+AC00-D7A3) */
	if ((c >= 0xEA && c <= 0xEC) || (c == 0xED && d <= 0x9E))
		return c > 0xEA || d >= 0xB0 ? 3 : 0;
	return 0;
}

size_t pn_uncased_at(const char *s, size_t len, size_t i)
{
	return uncased_at(s, len, i);
}

/* (the end of the value after a label is wherever its words end: " (",
 * " —", a comma, a digit or the line's end) */

/* A professional register's word at s[i], that ends a name before its
 * number ("سامح الحفناوي قيد النقابة 12043", "אביגדור פרלמוטר רישיון
 * 4778", "류윤서 면허 제25962호"; stop 63). */
int pn_register_word(const char *s, size_t len, size_t i)
{
	static const char *const w[] = {"قيد ", "رقم القيد", "رقم الترخيص", "רישיון ", "ใบอนุญาต", "면허 ", "पंजीकरण ",
					"执业", "執業", "免許", "登録番号", NULL};
	for (const char *const *p = w; *p; p++) {
		if ((*p)[0] != s[i] || i + 1 >= len || (*p)[1] != s[i + 1])
			continue;
		size_t n = strlen(*p);
		if (i + n <= len && !memcmp(s + i, *p, n))
			return 1;
	}
	return 0;
}

/* The end of one to five words of uncased letters from i (single spaces,
 * '-' or a zero-width non-joiner between), or i. */
static size_t uncased_words(const char *s, size_t len, size_t i)
{
	size_t e = i, k;
	for (int w = 0; w < 5; w++) {
		size_t ws = e;
		if (w > 0 && pn_register_word(s, len, ws)) {
			e = ws - 1;
			break;
		}
		while (e < len && e - i < 120) {
			if ((k = uncased_at(s, len, e)) > 0)
				e += k;
			else if (e + 2 < len && (unsigned char)s[e] == 0xE2 && (unsigned char)s[e + 1] == 0x80 &&
				 ((unsigned char)s[e + 2] == 0x8C || (unsigned char)s[e + 2] == 0x8D))
				e += 3; /* ZWNJ, ZWJ (Persian, Indic) */
			else if (s[e] == '-' && e > ws && uncased_at(s, len, e + 1))
				e++;
			/* (a Hebrew letter's geresh as an apostrophe, "תורג'מן") */
			else if (s[e] == '\'' && e >= ws + 2 && (unsigned char)s[e - 2] == 0xD7 && e + 2 < len &&
				 (unsigned char)s[e + 1] == 0xD7)
				e++;
			else
				break;
		}
		if (e == ws) {
			e = ws > i ? ws - 1 : i; /* a trailing space is none of it */
			break;
		}
		if (e + 1 < len && s[e] == ' ' && uncased_at(s, len, e + 1))
			e++;
		else
			break;
	}
	return e;
}

size_t pn_script_title_end(const char *s, size_t len, size_t v)
{
	static const char *const titles[] = {"د. ", "د.", "डॉ. ", "डॉ.", "ד\"ר ", "סמנכ\"ל ", "สพ.ญ./น.สพ. ", "สพ.ญ. ",
					     "น.สพ. ", "นพ. ", "พญ. ", "ทพ. ", "ทพญ. ", "นพ.", "พญ.", "ทพ.", "ทพญ.", "獣医師 ", "兽医 ", "医生 ",
					     "수의사 ", NULL};
	/* (a cheap look first: a byte of these scripts) */
	if (v >= len || (unsigned char)s[v] < 0xD7)
		return v;
	for (const char *const *t = titles; *t; t++) {
		size_t n = strlen(*t);
		if (v + n < len && !memcmp(s + v, *t, n))
			return v + n;
	}
	return v;
}

size_t pn_uncased_words(const char *s, size_t len, size_t i)
{
	return uncased_words(s, len, i);
}

/* Words for "name" in these scripts and in languages whose name words the
 * Latin lists lack, for labels and table headers. */
static const char *const script_names[] = {
	"ingoa", "magaca", "magaca oo buuxa", "jina", "jina kamili", "igama", "leina", "suna",
	"nama", "nama lengkap", "pangalan", "buong pangalan", "tên", "họ tên", "họ và tên",
	"isim", "ad soyad", "orúkọ", "izina", "zita", "maqaa", "anarana", "inoa", "aha",
	"الاسم", "اسم", "الاسم الكامل", "الاسم الرباعي", "الاسم الثلاثي", "نام", "نام و نام خانوادگی",
	"نام کامل", "نام خانوادگی", "شم", "שם", "שם מלא", "שם פרטי", "שם משפחה", "სახელი",
	"სახელი, გვარი", "გვარი", "ስም", "ሙሉ ስም", "नाम", "पूरा नाम", "নাম", "ਨਾਮ", "નામ", "பெயர்",
	"పేరు", "ಹೆಸರು", "പേര്", "නම", "ชื่อ", "ชื่อ-นามสกุล", "ชื่อ-สกุล", "ຊື່", "အမည်",
	"ឈ្មោះ", "ނަން", "མིང་", "נאמען", "נאָמען", "성함", "이름", "성명", "氏名", "姓名", "名前", "お名前", "ئىسىمى", "ئىسىم", "ጸሐፊ", "ሰብሳቢ",
	"ገንዘብ ያዥ",
	/* stop 41: an employee and the contacts of a form in Arabic */
	"الموظف", "اسم الموظف", "جهة الاتصال", "جهة الاتصال الأولى", "جهة الاتصال الثانية",
	"كفيل", "المتقدم", "اسم المتقدم",
	/* stop 44: an applicant, guests, a passenger, a driver */
	"مقدم الطلب", "النزلاء", "المسافر", "ผู้ยื่นคำร้อง", "ผู้เข้าพัก", "ผู้โดยสาร", "คนขับของท่าน",
	"คนขับ", "ผู้โดยสารหลัก",
	/* stop 52: a policy's beneficiaries, as a label and as a table's
	 * column ("| # | 수익자 | 생년월일 |", "المستفيد 1: ...") */
	"المستفيد", "מוטב", "수익자", "受益人", "受取人", "ผู้รับผลประโยชน์", "लाभार्थी", NULL,
};
static struct rx_kwset script_name_kws = RX_KWSET(script_names);
/* Labels only (a form's "key: value" or "key | value"), not a column's
 * header, where a form's other keys would stand under them (stop 42): a
 * patient, a doctor and an emergency contact in Arabic, Hindi and Thai. */
static const char *const script_labels[] = {
	"المريض", "اسم المريض", "الطبيب", "اسم الطبيب", "جهة الاتصال في الطوارئ", "आपातकालीन संपर्क",
	"डॉक्टर", "रोगी", "मरीज़", "मरीज", "रोगी का नाम", "ผู้ป่วย", "ชื่อผู้ป่วย", "แพทย์",
	"แพทย์ผู้สั่งตรวจ", "ผู้ติดต่อฉุกเฉิน",
	/* stop 50: a birth's or a marriage's parties on the forms of Japan,
	 * Korea, Israel, India, the Arab countries and Thailand ("母: 長谷川 紬",
	 * "부: 황은우", "האם: שני דהן", "पिता: अर्जुन श्रीवास्तव") */
	"母", "父", "夫", "妻", "子", "子の氏名", "届出人", "証人", "모", "부", "배우자",
	"האם", "האב", "שם הילד", "שם הילדה", "שם הילד/ה", "שם האם", "שם האב",
	"הכלה", "החתן", "माता", "पिता", "माता का नाम", "पिता का नाम", "पति", "पत्नी", "बच्चे का नाम",
	"शिशु का नाम", "الأم", "الأب", "اسم الأم", "اسم الأب", "الزوج", "الزوجة", "اسم المولود",
	"المولود", "العريس", "العروس", "บิดา", "มารดา", "ชื่อบิดา", "ชื่อมารดา", "เจ้าบ่าว", "เจ้าสาว",
	/* stop 52: a claim's witness, treating doctor, insured, driver and
	 * claimant ("الشاهد: ...", "목격자: ...", "הרופא המטפל: ...") */
	"الشاهد", "الطبيب المعالج", "المؤمن له", "المؤمن عليه", "السائق", "سائق إضافي", "المطالب",
	"עד", "עדה", "הרופא המטפל", "המבוטח", "המבוטחת", "נהג נוסף", "התובע", "התובעת", "목격자",
	"피보험자", "운전자", "추가 운전자", "담당의", "청구인", "目撃者", "被保険者", "運転者", "主治医",
	"证人", "目击者", "被保险人", "主治医生", "พยาน", "ผู้เอาประกัน", "ผู้ขับขี่", "गवाह", "बीमाधारक",
	/* a fire drill's wardens and buddies, next of kin */
	"유도원", "동행자", "परिजन", "قريب للطوارئ", "紧急联系人", "緊急連絡先", "비상연락처", "ice",
	/* stop 55: a plant's accident report's injured, first aider and
	 * shift supervisor */
	"אחראי משמרת", "נפגע", "נפגעת", "מגיש עזרה ראשונה", "सुपरवाइज़र", "घायल व्यक्ति",
	"प्राथमिक उपचारकर्ता", "หัวหน้ากะ", "ผู้บาดเจ็บ", "ผู้ปฐมพยาบาล", "مشرف الوردية", "المصاب", "المسعف",
	/* English labels before a name in these scripts, Han or Hangul only
	 * (a Latin value is a firm's as often: "Issuer: Bitwarden") */
	"manager", "team manager", "issuer", "permit issuer", "kyc name",
	/* stop 59: a salon's and a studio's staff, a utility's occupiers,
	 * end users, agents and reporters */
	"stylist", "artist", "trainer", "new occupier", "outgoing occupier", "end user", "agent",
	"reported by", "witnesses", "witness", /* stop 65: a visa form's family, account holders, lessors */
	"בן/בת זוג", "คู่สมรส", "บุตร", "संतान", "الابن/الابنة", "المؤجر", "เจ้าของบัญชี", "בעל/ת החשבון", "खाताधारक",
	"صاحب الحساب", "الاسم الأول", "配偶", "配偶者", "子女", "经办人", "代理人",
	/* stop 67: a hospital's letters' patient, contact, doctor in charge
	 * and family doctor, their Hebrew forms with both genders */
	"מטופל/ת", "מטופל", "מטופלת", "איש קשר", "אשת קשר", "רופא/ה אחראי/ת", "רופא אחראי", "רופא/ת משפחה",
	"רופא משפחה", "ญาติ", "แพทย์เจ้าของไข้", "แพทย์ประจำตัว", "かかりつけ医", "担当医師", NULL,
};
static struct rx_kwset script_label_kws = RX_KWSET(script_labels);

/* The cell [a, b) holds one to five uncased words and nothing else. */
static int uncased_cell(const char *s, size_t len, size_t a, size_t b)
{
	while (a < b && s[a] == ' ')
		a++;
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\r'))
		b--;
	return a < b && uncased_at(s, len, a) && uncased_words(s, len, a) == b;
}

static unsigned emit_cell(struct rx_ctx *c, size_t a, size_t b)
{
	const char *s = c->text;
	while (a < b && s[a] == ' ')
		a++;
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\r'))
		b--;
	return (unsigned)rx_emit(c, a, b, REDACT_PERSON);
}

/* At a cell delimiter ('|', a tab, ','): the cell after it, and the line's
 * first cell before the line's first delimiter, when it is a name column's
 * cell of uncased words. */
unsigned pn_detect_script_cell(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, d = c->ms, a = d + 1, ls;
	char dl = s[d];
	unsigned k = 0;
	if (dl == '<')
		return pn_uncased_mailbox(c);
	if ((dl == ',' || (unsigned char)dl == 0xC2) && (k = pn_uncased_item(c, d)) != 0)
		return k;
	if ((unsigned char)dl == 0xC2)
		return 0;
	/* a CJK name in a CSV's first column, at the line's first delimiter
	 * ("村上大輔,1987/02/12,JPN,..." under "氏名,生年月日,...") */
	if (dl != '\t' && d >= 6 && (unsigned char)s[d - 3] >= 0xE4 && (unsigned char)s[d - 3] <= 0xE9 &&
	    (ls = rx_line_start(s, d)) < d && !memchr(s + ls, dl, d - ls))
		k = pn_cjk_cell(c, ls, d);
	/* a CJK name under its column in a CSV ("840316,中島 拓海,...") or a
	 * table ("3年 | 渡辺悠真 | 渡辺心春 | ...") */
	size_t ca = a + (dl == '|' && a < len && s[a] == ' ');
	if (dl != '\t' && ca + 2 < len && (unsigned char)s[ca] >= 0xE4 && (unsigned char)s[ca] <= 0xE9) {
		size_t b = ca;
		while (b < len && s[b] != dl && s[b] != '\n' && s[b] != '\r')
			b++;
		if (dl == '|')
			while (b > ca && s[b - 1] == ' ')
				b--;
		return k + pn_cjk_cell(c, ca, b);
	}
	if (k)
		return k;
	/* a cheap look first: a letter without capitals after the delimiter
	 * or before it (the first cell) */
	if (!(a + 2 < len && (uncased_at(s, len, a) || uncased_at(s, len, a + 1))) &&
	    !(d >= 2 && ((unsigned char)s[d - 1] >= 0x80 || (unsigned char)s[d - 2] >= 0x80)))
		return 0;
	ls = rx_line_start(s, d);
	while (a < len && s[a] == ' ')
		a++;
	if (a < len && uncased_at(s, len, a)) {
		size_t b = a;
		while (b < len && s[b] != dl && s[b] != '\n')
			b++;
		if (uncased_cell(s, len, a, b) && pn_name_column(c, a))
			k += emit_cell(c, a, b);
	}
	/* a label and its value, the line's two cells ("ชื่อผู้ป่วย\tประเสริฐ
	 * ทองดี", "रोगी का नाम | सुनीता यादव") */
	if (!k && d > ls && !memchr(s + ls, dl, d - ls) && a < len && uncased_at(s, len, a)) {
		size_t b = a, le = d;
		while (b < len && s[b] != dl && s[b] != '\n')
			b++;
		while (le > ls && s[le - 1] == ' ')
			le--;
		if ((b == len || s[b] == '\n') && uncased_cell(s, len, a, b) && le > ls && le - ls < 64 &&
		    (rx_kw_ends(c, &script_name_kws, ls, le) || rx_kw_ends(c, &script_label_kws, ls, le)))
			return emit_cell(c, a, b);
	}
	/* the first cell, when no delimiter of its kind precedes this one */
	if (d > ls && !memchr(s + ls, dl, d - ls)) {
		size_t f = ls;
		while (f < d && s[f] == ' ')
			f++;
		if (f < d && uncased_at(s, len, f) && uncased_cell(s, len, f, d) && pn_name_column(c, f))
			k += emit_cell(c, f, d);
	}
	return k;
}

/* At ':': uncased words after a name label ("Name: نگار احمدی", "სახელი:
 * ...", "الاسم الرباعي: ..."), to the field's end. */
/* A name in Latin capitals filling the field after a name's label in
 * these scripts, as visas and travel forms print it ("مقدم الطلب: LAYLA AL
 * MANSOORI", "ผู้ยื่นคำร้อง: KITTIPAT SRISUK", "성: CHOI", "名: DAISUKE"):
 * one to four words of two capitals or more ('-' and '\'' inside), then
 * the line's end. */
static unsigned latin_caps_value(struct rx_ctx *c, size_t v)
{
	static const char *const short_labels[] = {"성", "이름", "姓", "名", "氏名", "姓名", "성명", NULL};
	const char *s = c->text;
	size_t len = c->len, ls = rx_line_start(s, c->ms), le = c->ms, e = v, words = 0;
	while (le > ls && s[le - 1] == ' ')
		le--;
	/* (a label of another script ends in a byte >= 0x80) */
	if (le == ls || (unsigned char)s[le - 1] < 0x80)
		return 0;
	while (e < len && words < 5) {
		size_t a = e;
		while (e < len && (rx_is_upper((unsigned char)s[e]) || ((s[e] == '-' || s[e] == '\'') && e > a)))
			e++;
		if (e - a < 2)
			return 0;
		words++;
		if (e + 1 < len && s[e] == ' ' && rx_is_upper((unsigned char)s[e + 1]))
			e++;
		else
			break;
	}
	if (words > 4 || (e < len && s[e] != '\n' && s[e] != '\r'))
		return 0;
	int ok = rx_kw_ends(c, &script_name_kws, ls, le) || rx_kw_ends(c, &script_label_kws, ls, le);
	for (const char *const *k = short_labels; *k && !ok; k++) {
		size_t n = strlen(*k);
		ok = le - ls == n && !memcmp(s + ls, *k, n);
	}
	return ok ? (unsigned)rx_emit(c, v, e, REDACT_PERSON) : 0;
}

unsigned pn_detect_script_label(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, v = c->ms + 1;
	/* (or a table's row of a label's cell and a value's, "| पूरा नाम |
	 * शिवांश सेंगर |", at the second pipe: the value's a name in these
	 * scripts, the line's first cell the label; stop 67) */
	if (s[c->ms] == '|' && (v + 4 >= len || (unsigned char)s[v + 1] < 0xD7 || !pn_two_cell_row(s, len, c->ms)))
		return 0;
	while (v < len && s[v] == ' ')
		v++;
	if (v < len && rx_is_upper((unsigned char)s[v]))
		return s[c->ms] == '|' ? 0 : latin_caps_value(c, v);
	/* (a role's word in small letters before the name: "Witness:
	 * prisoner रामकिशोर अग्निहोत्री", "Also attending: trainee נתנאל
	 * מזרחי"; stop 62) */
	if (v + 8 < len && rx_is_lower((unsigned char)s[v])) {
		static const char *const roles[] = {"prisoner ", "trainee ", "nurse ", "inmate ", "officer ", NULL};
		for (const char *const *r = roles; *r; r++) {
			size_t n = strlen(*r);
			if (v + n < len && !memcmp(s + v, *r, n)) {
				v += n;
				break;
			}
		}
	}
	/* (a doctor's or a vet's title before the name: "Seen by: د. مدحت
	 * البرعي", "डॉ. ...", "ד\"ר ...", "สพ.ญ./น.สพ. ..."; stop 63) */
	v = pn_script_title_end(s, len, v);
	if (v >= len || !uncased_at(s, len, v))
		return 0;
	/* the label: from the line's start or a field's separator */
	size_t ls = rx_line_start(s, c->ms), lb = c->ms, le = c->ms;
	int numbered = 0;
	while (le > ls && s[le - 1] == ' ')
		le--;
	/* (a numbered label: "المستفيد 1:", "שם (2):"; one person's, its
	 * fields after the name are a relation and a date) */
	{
		/* (a numbered label's note in parentheses: "अभिभावक 2 (माँ):",
		 * "ولي الأمر 1 (الأب):"; stop 58) */
		const char *np = le > ls + 4 && s[le - 1] == ')' ? memrchr(s + ls, '(', le - ls) : NULL;
		if (np && (size_t)(np - s) > ls + 3 && le - (size_t)(np - s) <= 32 && np[-1] == ' ' &&
		    rx_is_digit((unsigned char)np[-2]))
			le = (size_t)(np - s) - 1;
		size_t q = rx_label_unnumbered(s, ls, le);
		if (q < le && q > ls + 1 && s[q - 1] == ' ' && (unsigned char)s[q - 2] >= 0x80)
			for (le = q, numbered = 1; le > ls && s[le - 1] == ' ';)
				le--;
		/* (a short Latin label glued to its number: "ICE1: 皇甫志远") */
		else if (q < le && q > ls + 1 && q - ls <= 8 && rx_is_alpha((unsigned char)s[q - 1]))
			le = q, numbered = 1;
		/* (a note in parentheses after the label: "KYC name
		 * (payout-verified): ปวีณา บุญมาก"; stop 55) */
		else if (le > ls + 4 && s[le - 1] == ')') {
			size_t from = le - ls > 32 ? le - 32 : ls;
			const char *op = memchr(s + from, '(', le - from);
			/* (a name's label only: not "ships to (home office):") */
			size_t pe = op ? (size_t)(op - s) : 0;
			if (pe > ls + 5 && s[pe - 1] == ' ' && rx_fold_eq(s + pe - 5, "name", 4))
				le = pe - 1;
		}
	}
	while (lb > ls && c->ms - lb < 48 && !rx_in("|\t;,", s[lb - 1]))
		lb--;
	while (lb < le && rx_in(" -*#\"", s[lb]))
		lb++;
	char w[64];
	if (le <= lb || le - lb >= sizeof w)
		return 0;
	/* a name label, or one that ends with a word for "name" ("ಕುಟುಂಬದ
	 * ಮುಖ್ಯಸ್ಥರ ಹೆಸರು", the head of the family's name) */
	if (!rx_kw_ends(c, &script_name_kws, lb, le) && !rx_kw_ends(c, &script_label_kws, lb, le)) {
		size_t n = rx_fold(s + lb, le - lb, w, sizeof w);
		/* (or a label before a note in parentheses: "Keeper
		 * (المالك): ...", "Bill to (เจ้าของสัตว์): ..."; stop 63) */
		if (!pn_label_word(w, n) && !pn_label_len(c, lb, le, v) && !pn_noted_label(c, lb, le, v) &&
		    !(lb > ls && pn_noted_label(c, ls, le, v)))
			return 0;
	}
	/* and the names listed after it, a comma between them ("ผู้เข้าพัก:
	 * ศิริพร ศรีสุข, ปิยะนุช ศรีสุข"), up to four more */
	size_t e = uncased_words(s, len, v);
	/* (a museum, a hospital or a firm after a party's label: "Borrower:
	 * हस्तशिल्प संग्रहालय कुंभारगढ़"; stop 62) */
	if (pn_uncased_org(s, v, e))
		return 0;
	unsigned k = (unsigned)rx_emit(c, v, e, REDACT_PERSON);
	for (int n = 0; n < 4 && k && !numbered && e + 2 < len && s[e] == ',' && s[e + 1] == ' ' &&
			uncased_at(s, len, e + 2);
	     n++) {
		size_t x = uncased_words(s, len, e + 2);
		/* (a clinic after its doctor: "ד\"ר בצלאל ויסמן, מרפאת מטולה") */
		if (!(x == len || rx_in("\r\n\t,", s[x])) || pn_uncased_org(s, e + 2, x))
			break;
		k += (unsigned)rx_emit(c, e + 2, x, REDACT_PERSON);
		e = x;
	}
	return k;
}

/* Whether [a, b) ends with a label of these scripts ("الاسم", "ชื่อ";
 * person_lists.c asks for a chat's speakers). */
int pn_script_label(struct rx_ctx *c, size_t a, size_t b)
{
	return rx_kw_ends(c, &script_name_kws, a, b) || rx_kw_ends(c, &script_label_kws, a, b);
}

/* A table header of these scripts names a name column too (person_ctx.c
 * asks here), when the word ends it ("Nama Produk" is a product's). */
int pn_script_name_column(const char *folded, size_t n)
{
	return rx_kwset_last(&script_name_kws, folded, 0, n) == n;
}

/* After a Burmese honorific at i ("U ", "Daw ", "Ko ", ဦး, ဒေါ်) before a
 * Myanmar letter: where the name starts, or i. */
static size_t burmese_honorific(const char *s, size_t len, size_t i)
{
	static const char *const h[] = {"U ", "Daw ", "Ko ", "\xe1\x80\xa6\xe1\x80\xb8",
					"\xe1\x80\x92\xe1\x80\xb1\xe1\x80\xab\xe1\x80\xba", NULL};
	for (const char *const *k = h; *k; k++) {
		size_t l = strlen(*k);
		if (i + l + 3 <= len && memcmp(s + i, *k, l) == 0 && (unsigned char)s[i + l] == 0xE1 &&
		    (unsigned char)s[i + l + 1] <= 0x81)
			return i + l;
	}
	return i;
}

/* A roster's item in these scripts: "2. மணிமாறன் ராஜு — 012-345 6789 — RM
 * 850.00", fired at the dash after the name (" — " or " – "). The item
 * holds nothing but the name before the dash (a list's marker first), and
 * a contact is on its line or on a neighbouring line that has a dash too. */
/* A staff list's item in these scripts, "• तृप्ति गोखले (Spa, #207),
 * 04/10/1958" (stop 53): at the bullet that opens its line, the words
 * before " (" or ", ", when the line ends with a birth date. */
static unsigned script_bullet(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, at = c->ms, ls = rx_line_start(s, at), v = at + 4, e;
	if (at + 8 > len || memcmp(s + at, "\xe2\x80\xa2 ", 4) != 0 || !uncased_at(s, len, v))
		return 0;
	for (size_t i = ls; i < at; i++)
		if (s[i] != ' ')
			return 0;
	e = uncased_words(s, len, v);
	if (e == v || e + 2 > len || !((s[e] == ' ' && s[e + 1] == '(') || (s[e] == ',' && s[e + 1] == ' ')) ||
	    rx_line_birth_end(s, len, ls) == RX_NONE)
		return 0;
	return (unsigned)rx_emit(c, v, e, REDACT_PERSON);
}

/* A note's signature: a dash and the writer's name alone on the last line
 * of a paste ("...call me: +39 346 9212413\n– Graziella\n\"\"\""; stop
 * 53): at an en dash that opens its line (an em dash before a name is a
 * quote's author's: "— Louis Pasteur"), one or two words (with capitals,
 * or of a script without them), then the text's end or a quote's fence. */
static unsigned dash_signature(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, at = c->ms, v = at + 4, e = v, words = 0, k;
	if ((at > 0 && s[at - 1] != '\n') || v + 2 >= len || s[at + 3] != ' ')
		return 0;
	/* (not a list's last item: "Areas:\n– Kitchen\n– Lobby") */
	if (at >= 2) {
		size_t pl = rx_line_start(s, at - 1);
		if (at - 1 - pl >= 3 && !memcmp(s + pl, "\xe2\x80\x93", 3))
			return 0;
	}
	while (words < 2 && e < len) {
		size_t ws = e;
		if (rx_cap_at(s, len, e)) {
			e++;
			while (e < len && (k = rx_letter_at(s, len, e)) > 0 && !rx_is_digit((unsigned char)s[e]))
				e += k;
		} else {
			while (e < len && (k = uncased_at(s, len, e)) > 0)
				e += k;
		}
		if (e == ws || e - ws < 2)
			return 0;
		words++;
		if (e + 1 < len && s[e] == ' ' && (rx_cap_at(s, len, e + 1) || uncased_at(s, len, e + 1)))
			e++;
		else
			break;
	}
	size_t n = e;
	while (n < len && (s[n] == ' ' || s[n] == '\r'))
		n++;
	if (n < len && s[n] != '\n')
		return 0;
	if (n + 1 < len && !(s[n + 1] == '`' || s[n + 1] == '"' || s[n + 1] == '-'))
		return 0;
	if ((unsigned char)s[v] < 0x80) {
		struct name nm;
		if (!pn_parse_name(s, len, v, &nm) || nm.end != e)
			return 0;
		for (size_t q = 0; q < nm.nt; q++)
			if (pn_stop_token(c, &nm, q))
				return 0;
	}
	return (unsigned)rx_emit(c, v, e, REDACT_PERSON);
}

unsigned pn_detect_script_roster(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, at = c->ms;
	if (at + 8 <= len && (unsigned char)s[at + 1] == 0x80 && (unsigned char)s[at + 2] == 0xA2)
		return script_bullet(c);
	if (at + 6 <= len && (unsigned char)s[at + 1] == 0x80 && (unsigned char)s[at + 2] == 0x93 &&
	    (at == 0 || s[at - 1] == '\n')) {
		unsigned k = dash_signature(c);
		if (k)
			return k;
	}
	if (at < 2 || (unsigned char)s[at - 2] < 0x80 || rx_dash_sep(s, len, at - 1) != 5)
		return 0;
	/* (a chat's speaker line, "윤수아 — 07:10") */
	unsigned k = pn_dash_turn(c);
	if (k)
		return k;
	size_t ls = rx_line_start(s, at), i = pn_list_marker_end(s, at, ls);
	/* a Burmese honorific before the name ("U ", "Daw ", ဦး, ဒေါ်): the
	 * name may then be one word */
	size_t h = burmese_honorific(s, len, i);
	/* (two words or more: "طلبات — طلب رقم 760510831" is a shop's order) */
	if (!uncased_at(s, len, h) || uncased_words(s, len, h) != at - 1 || (h == i && !memchr(s + i, ' ', at - 1 - i)))
		return 0;
	i = h;
	size_t le = rx_line_end(s, len, at);
	int ok = pn_contact_in(s, at, le);
	/* (not a list's heading: a line without a contact, words after its
	 * dash, and no item above it, "ਲੰਗਰ ਸੇਵਾ ਸੂਚੀ — ਗੁਰਪੁਰਬ" over the
	 * volunteers; stop 59) */
	if (!ok && at + 4 < len && uncased_at(s, len, at + 4)) {
		size_t pa = ls > 0 ? rx_line_start(s, ls - 1) : ls;
		if (ls == 0 || !memmem(s + pa, ls - 1 - pa, " \xe2\x80\x94 ", 5))
			return 0;
	}
	/* (two lines above and two below that have a dash too) */
	size_t up = ls, down = le;
	for (int n = 0; n < 2 && !ok; n++) {
		if (up > 0) {
			size_t a = rx_line_start(s, up - 1);
			ok = memmem(s + a, up - 1 - a, " \xe2\x80\x94 ", 5) && pn_contact_in(s, a, up - 1);
			up = a;
		}
		if (!ok && down < len) {
			size_t b = rx_line_end(s, len, down + 1);
			ok = memmem(s + down + 1, b - down - 1, " \xe2\x80\x94 ", 5) && pn_contact_in(s, down + 1, b);
			down = b;
		}
	}
	return ok ? (unsigned)rx_emit(c, i, at - 1, REDACT_PERSON) : 0;
}

/* The byte length of a letter of a chat speaker's name without capitals
 * at s[i]: an uncased script's, a Han character or a kana, or 0. */
static size_t speaker_letter(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t k = uncased_at(s, len, i);
	if (k || i + 2 >= len || (u[i + 1] & 0xC0) != 0x80 || (u[i + 2] & 0xC0) != 0x80)
		return k;
	if ((u[i] == 0xE4 && u[i + 1] >= 0xB8) || (u[i] >= 0xE5 && u[i] <= 0xE9) ||
	    (u[i] == 0xE3 && u[i + 1] >= 0x81 && u[i + 1] <= 0x83 && !(u[i + 1] == 0x83 && u[i + 2] == 0xBB)))
		return 3;
	return 0;
}

/* Whether [a, b) is a chat line's time prefix: up to 32 bytes of digits
 * and ". /-,:[]" opening with a digit or '[', holding a clock ("22:16",
 * "02.09.26, 15:10 - ", "[16.7.2026, 12:09] "). */
int pn_clock_prefix(const char *s, size_t a, size_t b)
{
	if (b <= a + 4 || b - a > 32 || !(rx_is_digit((unsigned char)s[a]) || s[a] == '['))
		return 0;
	int clock = 0;
	for (size_t i = a; i < b; i++) {
		if (!rx_is_digit((unsigned char)s[i]) && !rx_in(" ./-,:[]", s[i]))
			return 0;
		clock |= s[i] == ':' && i > a && i + 2 < b && rx_is_digit((unsigned char)s[i - 1]) &&
			 rx_is_digit((unsigned char)s[i + 1]) && rx_is_digit((unsigned char)s[i + 2]);
	}
	return clock;
}

/* Whether the line [ls, ...) opens with a time prefix and a speaker's
 * colon within 80 bytes. */
static int clocked_line(const char *s, size_t len, size_t ls)
{
	size_t i = ls;
	while (i < len && i - ls < 32 && (rx_is_digit((unsigned char)s[i]) || rx_in(" ./-,:[]", s[i])))
		i++;
	if (!pn_clock_prefix(s, ls, i))
		return 0;
	for (size_t q = i; q < len && q - i < 80 && s[q] != '\n'; q++)
		if (s[q] == ':' && q + 1 < len && s[q + 1] == ' ')
			return 1;
	return 0;
}

/* A chat export's speaker in a script without capitals after the
 * message's time ("22:16 정서준: ...", "02.09.26, 15:10 - 蒋浩然: ...",
 * "08:21 ريم: ..."), fired at the colon, when the line above or below is
 * a timed message too. One to four words; Latin speakers are the capital
 * scan's. */
unsigned pn_detect_clock_speaker(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, colon = c->ms;
	unsigned k;
	if (colon >= 12 && rx_is_digit((unsigned char)s[rx_line_start(s, colon)]) &&
	    (k = pn_call_log_speaker(c, colon)) != 0)
		return k;
	if (colon < 2 || colon + 1 >= len || s[colon + 1] != ' ' || (unsigned char)s[colon - 1] < 0x80)
		return 0;
	/* (no time: a speaker opening the line, stop 55) */
	if ((k = pn_untimed_turn(c, colon)) != 0 || colon < 7)
		return k;
	size_t a = colon;
	int words = 1;
	while (a > 0 && colon - a < 60) {
		size_t b = a >= 3 && speaker_letter(s, len, a - 3) == 3 ? a - 3
			   : a >= 2 && speaker_letter(s, len, a - 2) == 2 ? a - 2
									  : a;
		if (b < a) {
			a = b;
			continue;
		}
		if (s[a - 1] == ' ' && a < colon && words < 4 &&
		    ((a >= 4 && speaker_letter(s, len, a - 4) == 3) || (a >= 3 && speaker_letter(s, len, a - 3) == 2))) {
			a--;
			words++;
			continue;
		}
		break;
	}
	if (a == colon || a < 2 || s[a - 1] != ' ' || !pn_script_speaker(s, a, colon))
		return 0;
	size_t ls = rx_line_start(s, a), pe = a - 1;
	/* (after " - " or a space) */
	if (pe >= ls + 2 && s[pe - 1] == '-' && s[pe - 2] == ' ')
		pe -= 2;
	if (!pn_clock_prefix(s, ls, pe + 1))
		return 0;
	/* a timed message on the line above or below */
	size_t up = ls >= 2 ? rx_line_start(s, ls - 1) : RX_NONE, le = rx_line_end(s, len, colon);
	if (!((up != RX_NONE && clocked_line(s, len, up)) || (le + 1 < len && clocked_line(s, len, le + 1))))
		return 0;
	return (unsigned)rx_emit(c, a, colon, REDACT_PERSON);
}

/* Words that introduce a name in these scripts: "I am", "my name (is)",
 * "my full name", "in the name of", "he said he was", a colleague's or a
 * boyfriend's word ("أنا نوف العتيبي", "واسمي الكامل عمرو عبد الرحمن",
 * "الحساب باسم عبدالله القحطاني", "אני יונתן ביטון", "मेरा नाम करण वर्मा"). */
static const char *const intro_words[] = {
	"أنا", "اسمي", "واسمي", "اسمي الكامل", "واسمي الكامل", "باسم", "الحساب باسم", "وقال إنه", "قال إنه",
	"زميلتي", "زميلي", "صديقها", "صديقتها", "أختي", "أخي", "من زميلتي", "ومن زميلتي", "אני", "שמי",
	"קוראים לי", "החבר שלה", "החברה שלו", "מהעמיתה שלי", "मेरा नाम", "मैं", "बॉयफ्रेंड", "मेरी बहन",
	"ฉันชื่อ", "ผมชื่อ", "ชื่อ",
	/* a courier's proof of delivery in English before a name in these
	 * scripts ("delivered – signed by مريم الزعابي", "left with neighbour
	 * موزة النعيمي"; stop 53) */
	"signed by", "received by", "collected by", "handed to", "left with", "with neighbour",
	"with neighbor",
	/* a bank's notes in English about people named in these scripts
	 * ("Customer دعاء البنداري (CIF 30682002)", "Spouse צפניה גרינשפן
	 * called back", "Third party พรรณี ทองมหา (084-...)", "I'm कादंबरी
	 * बंदोपाध्याय, email ..."; stop 54) */
	"customer", "spouse", "director", "third party", "i'm", "i am", "my name is", "assigned to",
	"voter", "handled by",
	/* staff notes' colleagues, a work order's owner, a visa letter's
	 * player, a log's exporter ("Colleagues สายสุนีย์ ช่างหล่อ and ...",
	 * "it's देवव्रत पुरोहित", "invitation for هبة الدمرداش"; stop 55) */
	"colleagues", "colleague", "it's", "invitation for", "owner", "exported by",
	/* a support agent's greeting in English ("Hi, this is चंद्रशेखर from
	 * Pennywise Pay support"; stop 62) */
	"this is",
	/* (a licence's condition, "no contact with บุญเลิศ ศรีสุวรรณ;"; in
	 * Latin letters it names apps and groups too, "no contact with
	 * Facebook groups") */
	"no contact with", NULL,
};
struct rx_kwset pn_script_intro_kws = RX_KWSET(intro_words);

/* After such words: two or three words of one uncased script, the first
 * a name the gazetteer knows (one is a word of another kind: "أنا بخير"),
 * up to a comma, a full stop or a word of another script. */
unsigned pn_detect_script_intro(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, v = c->me;
	if (v + 4 >= len || !(s[v] == ' ' || (s[v] == ',' && s[v + 1] == ' ')))
		return 0;
	/* (a witness statement's "I, NAME, born ...": "אני, יהונתן לוזון,
	 * ילידת ..."; stop 64) */
	int declared = s[v] == ',';
	v += 1 + declared;
	size_t e = v, words = 0, k;
	while (words < 3) {
		size_t ws = e;
		while (e < len && (k = uncased_at(s, len, e)) > 0)
			e += k;
		if (e == ws)
			break;
		words++;
		if (e + 1 < len && s[e] == ' ' && uncased_at(s, len, e + 1) && words < 3)
			e++;
		else
			break;
	}
	while (e > v && s[e - 1] == ' ')
		e--;
	/* (one word after an English introduction, before " from " and the
	 * speaker's firm or desk, or a comma: "this is נחמיה from Pennywise
	 * Pay support", "I'm رشدي, ..."; stop 62) */
	int owner = c->me - c->ms == 5 && rx_fold_eq(s + c->ms, "owner", 5);
	if (words == 1 && (unsigned char)s[c->ms] < 0x80 && e - v >= 4 && e - v <= 36 && e + 2 < len &&
	    ((!owner && e + 6 < len && !memcmp(s + e, " from ", 6) && rx_is_alpha((unsigned char)s[e + 6])) ||
	     (!owner && s[e] == ',' && s[e + 1] == ' ' && rx_is_alpha((unsigned char)s[e + 2])) ||
	     /* (a config's owner before their mailbox in parentheses, "#
	      * owner: سناء (sanaa.elsherbiny@...)"; stop 62) */
	     (owner && s[e] == ' ' && s[e + 1] == '(' && e + 4 < len &&
	      memchr(s + e + 2, '@', (len - e - 2 < 48 ? len - e - 2 : 48)))))
		return (unsigned)rx_emit(c, v, e, REDACT_PERSON);
	if (words < 2)
		return 0;
	if (declared && (unsigned char)s[c->ms] >= 0x80)
		return e < len && s[e] == ',' ? (unsigned)rx_emit(c, v, e, REDACT_PERSON) : 0;
	/* (its first word a name the gazetteer knows: "أنا قريب من ..." is
	 * "I am near ...", "אני חוסם מישהו" "I am blocking someone"; an
	 * English word before a run of another script names its person) */
	if ((unsigned char)s[c->ms] >= 0x80) {
		size_t w = v;
		while (w < e && s[w] != ' ')
			w++;
		if (!(rx_name_class(s + v, w - v) & (RX_NAME_GIVEN | RX_NAME_SURNAME)))
			return 0;
	}
	/* (the name ends the clause: a comma, a full stop, a digit, a word
	 * of another script or the line's end after it) */
	if (e < len && !rx_in(",.:;)\n\r ", s[e]) && !((unsigned char)s[e] == 0xD8 && e + 1 < len && (unsigned char)s[e + 1] == 0x8C) &&
	    !((unsigned char)s[e] >= 0xE0))
		return 0;
	if (e < len && s[e] == ' ' && e + 1 < len && uncased_at(s, len, e + 1))
		return 0; /* (a fourth word: a sentence, not a name) */
	return (unsigned)rx_emit(c, v, e, REDACT_PERSON);
}
