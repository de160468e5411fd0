/* address_east.c: postal addresses of China, Taiwan, Hong Kong and Korea
 * found without a label (address_world.c has the other layouts):
 *
 *   CN  杭州市西湖区文三路288号2095室 310012   台北市大安區忠孝東路四段100號5樓
 *       (a city or district word, a road word, the number with 号/號, the
 *       flat or floor after it, a six-digit code)
 *   KR  서울특별시 강남구 테헤란로 18, 101동 532호 (06142)
 *       (administrative words, a road's name, the building's number, the
 *       building's and flat's numbers, the code)
 *   IL  רחוב הצבר 92, באר שבע 8420255 (stop 55: the street's word, its
 *       name, the number, a flat or not, the town, a seven-digit code) */
#include "address_world.h"

/* ---- China, Taiwan, Hong Kong ---------------------------------------------- */

/* Road words the number follows, administrative words before them, the
 * unit words after the number, and characters that end a clause before
 * the address ("寄到", "住在", "地址是"). */
static const char *const cn_road[] = {"路", "街", "道", "巷", "弄", "里", "段", NULL};
static const char *const cn_admin[] = {"市", "区", "區", "县", "縣", "省", "镇", "鎮", "乡", "鄉",
				       "九龍", "九龙", "新界", "香港", NULL};
/* the last words of an estate's or a building's name after the number
 * ("...176号翠苑小区1栋", "...88號海景花園3座") */
static const char *const cn_estate[] = {"小区", "小區", "花园", "花園", "大厦", "大廈", "公寓", "苑", "村",
					"广场", "廣場", "中心", "大楼", "大樓", "邨", "阁", "閣", "轩", "軒",
					"新城", "家园", "家園", NULL};
static const char *const cn_unit[] = {"号", "號", "室", "楼", "樓", "层", "層", "单元", "單元",
				      "栋", "棟", "幢", "座", "院", "门", "門", "期", NULL};
static const char *const cn_cut[] = {"到", "在", "至", "于", "於", "是", "为", "為", "址", "寄",
				     "送", "往", "：", "住", NULL};

unsigned ad_detect_cn(struct rx_ctx *c)
{
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	size_t len = c->len, d = c->ms, de = d + ad_digits_at(s, len, d);
	/* the number with 号 or 號 after it and a road word before it */
	if (de >= len || (u[de] != 0xE5 && u[de] != 0xE8) || de == d || de - d > 5 || !(at_str(s, len, de, "号") || at_str(s, len, de, "號")) || d < 6)
		return 0;
	size_t p = ch_before(s, d);
	if (!cn_in(s, len, p, cn_road) && !(p >= 3 && at_str(s, len, ch_before(s, p), "胡同")))
		return 0;
	/* back over CJK letters (and numbers inside: "南一条西5丁目") to a
	 * clause's cut, at most 40 characters; an admin word among them */
	size_t b = d;
	int admin = 0, n = 0;
	while (b > 0 && n < 40) {
		size_t q = ch_before(s, b);
		if (cn_in(s, len, q, cn_cut) || !(cjk_at(u, len, q) || rx_is_digit(u[q])))
			break;
		admin |= cn_in(s, len, q, cn_admin);
		b = q;
		n++;
	}
	if (!admin || !cjk_at(u, len, b))
		return 0;
	/* forward over numbers, unit words and letters ("B座"), and an
	 * estate's name of up to eight characters followed by its numbers */
	size_t e = de, w;
	while (e < len) {
		if ((w = cn_in(s, len, e, cn_unit)) != 0) {
			e += w;
		} else if (rx_is_digit(u[e]) || rx_is_upper(u[e]) || s[e] == '-') {
			e++;
		} else if (cjk_at(u, len, e)) {
			size_t q = e, end = 0;
			for (int k = 0; k < 8 && cjk_at(u, len, q) && !cn_in(s, len, q, cn_cut); k++) {
				q += 3;
				if (!(q < len && rx_is_digit(u[q])))
					continue;
				for (const char *const *x = cn_estate; *x && end != q; x++) {
					size_t xl = strlen(*x);
					if (q - e > 3 && q - e >= xl && !memcmp(s + q - xl, *x, xl))
						end = q;
				}
				if (end)
					break;
			}
			if (!end)
				break;
			e = end;
		} else {
			break;
		}
	}
	/* a six-digit postal code after one space */
	if (e + 7 <= len && s[e] == ' ' && ad_digits_at(s, len, e + 1) == 6 &&
	    (e + 7 == len || !rx_is_alnum(u[e + 7])))
		e += 7;
	return (unsigned)rx_emit(c, b, e, REDACT_ADDRESS);
}

/* ---- Korea ---------------------------------------------------------------- */

/* A Hangul syllable (U+AC00-U+D7A3) at s[i]. */
static int hangul_at(const unsigned char *u, size_t len, size_t i)
{
	return i + 2 < len && u[i] >= 0xEA && u[i] <= 0xED && (u[i + 1] & 0xC0) == 0x80;
}

/* A word of Hangul syllables ending at s[e] (after a space or the line's
 * start): its start, or e. */
static size_t hangul_word_before(const unsigned char *u, size_t len, size_t e)
{
	size_t b = e;
	while (b >= 3 && e - b < 30 && hangul_at(u, len, b - 3))
		b -= 3;
	return b;
}

/* A road-name address in Hangul in running text, fired at its building
 * number: "서울특별시 강남구 테헤란로 18, 101동 532호 (06142)" — a road's
 * name ending in 로 or 길 before the number, a city's, a province's or a
 * district's words before it (시, 도, 구, 군), then a building's and a
 * flat's numbers and the postal code in parentheses. */
unsigned ad_detect_kr(struct rx_ctx *c)
{
	static const char *const admin[] = {"시", "도", "구", "군", NULL};
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	size_t len = c->len, d = c->ms, de;
	/* (a cheap look first: a Hangul syllable and a space before it) */
	if (d < 10 || s[d - 1] != ' ' || !hangul_at(u, len, d - 4))
		return 0;
	size_t n = digits(s, len, d, &de);
	if (n < 1 || n > 4)
		return 0;
	if (de + 1 < len && s[de] == '-' && rx_is_digit(u[de + 1]))
		digits(s, len, de + 1, &de); /* "12-3" */
	size_t rb = hangul_word_before(u, len, d - 1), nb = rb;
	/* a numbered side road of a road ("월드컵북로11길") */
	while (nb > 0 && rb - nb < 3 && rx_is_digit(u[nb - 1]))
		nb--;
	if (nb < rb && nb >= 3 && at_str(s, len, nb - 3, "로"))
		rb = hangul_word_before(u, len, nb);
	if (rb == d - 1 || !(at_str(s, len, d - 4, "로") || at_str(s, len, d - 4, "길")) || rb < 1 || s[rb - 1] != ' ')
		return 0;
	/* back over the administrative words, one to four */
	size_t b = rb;
	int nadmin = 0;
	while (nadmin < 4 && b >= 4 && s[b - 1] == ' ') {
		size_t wb = hangul_word_before(u, len, b - 1);
		if (wb == b - 1)
			break;
		int is_admin = 0;
		for (const char *const *w = admin; *w && !is_admin; w++)
			is_admin = at_str(s, len, b - 4, *w);
		if (!is_admin)
			break;
		b = wb;
		nadmin++;
	}
	if (!nadmin)
		return 0;
	/* forward: ", 101동 532호", "동"/"호" with their numbers, " (06142)" */
	size_t e = de, q = de, x;
	if (q + 2 < len && s[q] == ',' && s[q + 1] == ' ')
		q += 2;
	for (int k = 0; k < 2; k++) {
		size_t m = digits(s, len, q, &x);
		if (m < 1 || m > 5 || !(at_str(s, len, x, "동") || at_str(s, len, x, "호") || at_str(s, len, x, "층")))
			break;
		e = x + 3;
		q = e < len && s[e] == ' ' ? e + 1 : e;
	}
	if (e + 8 <= len && s[e] == ' ' && s[e + 1] == '(' && digits(s, len, e + 2, &x) == 5 && x < len && s[x] == ')')
		e = x + 1;
	return (unsigned)rx_emit(c, b, e, REDACT_ADDRESS);
}

/* One to max Hebrew words at i (letters U+05D0-05EA, a geresh or a
 * gershayim inside: "ת\"א"), single spaces between: their end, or i. */
static size_t he_words(const char *s, size_t len, size_t i, int max)
{
	size_t e = i, end = i;
	for (int w = 0; w < max; w++) {
		size_t a = e;
		while (e + 1 < len && ((s[e] == '\xd7' && (unsigned char)s[e + 1] >= 0x90 && (unsigned char)s[e + 1] <= 0xaa) ||
				       ((s[e] == '"' || s[e] == '\'') && e > a)))
			e += s[e] == '\xd7' ? 2 : 1;
		if (e == a)
			break;
		end = e;
		if (e + 2 < len && s[e] == ' ' && s[e + 1] == '\xd7')
			e++;
		else
			break;
	}
	return end;
}

static size_t he_number(const char *s, size_t len, size_t i)
{
	size_t e = i;
	while (e < len && e - i < 4 && rx_is_digit((unsigned char)s[e]))
		e++;
	return e;
}

/* A Hebrew address in running text (stop 55): "רחוב הצבר 92, באר שבע
 * 8420255", "רחוב השקמה 111, דירה 25, רחובות": at the street's word,
 * one to three words of its name, the house number, ", ", a flat's
 * "דירה N, " or not, the town's one to three words and its postal code
 * of seven digits or not. */
static const char *const he_street[] = {"\xd7\xa8\xd7\x97\xd7\x95\xd7\x91", NULL}; /* "רחוב" */
struct rx_kwset ad_he_street_kws = RX_KWSET(he_street);

unsigned ad_detect_he(struct rx_ctx *c)
{
	static const char flat[] = "\xd7\x93\xd7\x99\xd7\xa8\xd7\x94 "; /* "דירה " */
	const char *s = c->text;
	size_t len = c->len, e = c->me, d, t, ce;
	if (e + 4 >= len || s[e] != ' ' || (e = he_words(s, len, e + 1, 3)) == c->me + 1)
		return 0;
	if (e + 2 >= len || s[e] != ' ' || (d = he_number(s, len, e + 1)) == e + 1)
		return 0;
	/* (the flat right after the number: "רחוב ניצה 14 דירה 32, נתניה";
	 * stop 66) */
	if (d + sizeof flat < len && s[d] == ' ' && !memcmp(s + d + 1, flat, sizeof flat - 1)) {
		size_t f = he_number(s, len, d + sizeof flat);
		if (f == d + sizeof flat)
			return 0;
		d = f;
	}
	if (d + 2 >= len || s[d] != ',' || s[d + 1] != ' ')
		return 0;
	t = d + 2;
	if (t + sizeof flat - 1 < len && !memcmp(s + t, flat, sizeof flat - 1)) {
		size_t f = he_number(s, len, t + sizeof flat - 1);
		if (f == t + sizeof flat - 1 || f + 2 >= len || s[f] != ',' || s[f + 1] != ' ')
			return 0;
		t = f + 2;
	}
	if ((ce = he_words(s, len, t, 3)) == t)
		return 0;
	if (ce + 8 <= len && s[ce] == ' ' && ad_digits_at(s, len, ce + 1) == 7)
		ce += 8;
	return (unsigned)rx_emit(c, c->ms, ce, REDACT_ADDRESS);
}

/* ---- Vietnam (stop 57) ------------------------------------------------------ */

/* "Số 15 đường Cây Gòn, Phường Hòa Cường Bắc, Quận Hải Châu, Đà Nẵng",
 * "Số 61 ngõ 80 đường Phan Xích Long, phường Vĩnh Ninh, ...": at the
 * house's number (after "Số" or not), an alley's word and number or not,
 * the street's word ("đường", "phố") and its capitalised name to a comma,
 * then a ward's or a district's part, which rx_vn_tail reads with the
 * rest (the engine extends every address by it). */
/* The length of the word of list (each with its space) at p, or 0. */
static size_t vn_word_at(const char *s, size_t len, size_t p, const char *const *list)
{
	for (; *list; list++) {
		size_t l = strlen(*list);
		if (p + l < len && !memcmp(s + p, *list, l))
			return l;
	}
	return 0;
}

unsigned ad_detect_vn(struct rx_ctx *c)
{
	static const char *const alley[] = {"ngõ ", "ngách ", "hẻm ", "kiệt ", NULL};
	static const char *const street[] = {"đường ", "phố ", NULL};
	const char *s = c->text;
	size_t len = c->len, d = c->ms, e = d;
	while (e < len && e - d < 5 && (rx_is_digit((unsigned char)s[e]) || s[e] == '/'))
		e++;
	if (e < len && rx_is_upper((unsigned char)s[e]))
		e++;
	/* (a cheap look first: a space, then 'đ', 'p', 'n', 'h' or 'k') */
	int so = d >= 5 && (s[d - 5] == 'S' || s[d - 5] == 's') && !memcmp(s + d - 4, "\xe1\xbb\x91 ", 4);
	if (e + 8 >= len || s[e] != ' ' ||
	    !((unsigned char)s[e + 1] == 0xC4 || rx_in("pnhk", s[e + 1]) || (so && rx_cap_at(s, len, e + 1))))
		return 0;
	size_t start = so ? d - 5 : d, p = e + 1;
	size_t named = 0; /* an alley's name, not its number: "ngõ Chợ Hàng" */
	for (int k = 0; k < 2; k++) {
		size_t l = vn_word_at(s, len, p, alley);
		if (!l)
			break;
		size_t q = p + l;
		while (q < len && (rx_is_digit((unsigned char)s[q]) || s[q] == '/'))
			q++;
		if (q == p + l && rx_cap_at(s, len, q)) {
			named = l;
			break;
		}
		if (q == p + l || q >= len || s[q] != ' ')
			return 0;
		p = q + 1;
	}
	size_t l = named ? named : vn_word_at(s, len, p, street);
	/* (no street's word after "Số" and the number, or after an alley:
	 * "Số 52 Võ Văn Tần, Phường Vĩnh Ninh", "Số 103 ngõ Chợ Hàng, TP.
	 * Hưng Yên"; stop 59) */
	if (!l && !((start != d || p != e + 1) && rx_cap_at(s, len, p)))
		return 0;
	if (!rx_cap_at(s, len, p + l))
		return 0;
	/* the street's name: capitalised words (or a number: "đường 3/2") */
	size_t q = p + l;
	while (q < len && q - p < 64 && !rx_in(",\n\r;()", s[q]))
		q++;
	if (q >= len || s[q] != ',' || q - p >= 64)
		return 0;
	size_t t = rx_vn_tail(s, len, q);
	if (t == q)
		return 0;
	/* (a flat's, a room's or a floor's number before it: "căn hộ 189, số
	 * 160 đường Tầm Vu, ..."; stop 67) */
	if (start >= 10 && s[start - 1] == ' ' && s[start - 2] == ',' && rx_is_digit((unsigned char)s[start - 3])) {
		static const char *const unit[] = {"căn hộ ", "Căn hộ ", "phòng ", "Phòng ", "tầng ", "Tầng ", NULL};
		size_t b = start - 2;
		while (b > 0 && start - b < 10 && rx_is_digit((unsigned char)s[b - 1]))
			b--;
		for (const char *const *u = unit; *u; u++) {
			size_t ul = strlen(*u);
			if (b >= ul && !memcmp(s + b - ul, *u, ul)) {
				start = b - ul;
				break;
			}
		}
	}
	return (unsigned)rx_emit(c, start, q, REDACT_ADDRESS);
}
