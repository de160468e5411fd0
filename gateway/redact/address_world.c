/* address_world.c: postal addresses of countries whose layout carries its
 * own marks, found without a label:
 *
 *   JP  〒060-0061 北海道札幌市中央区南一条西5丁目29-11 コーポ白川288号室
 *       (the postal mark and code, then the address up to a sentence's
 *       particles)
 *   RU  191023, г. Санкт-Петербург, ул. Малая Садовая, д. 88, кв. 239
 *       ul. Baumana, d. 5, kv. 12, g. Kazan, 420111
 *       (a street word, the house as "д. N" / "d. N"; the city, index, flat
 *       and building parts around it)
 *   TH  178/37 ถนนพหลโยธิน แขวงจตุจักร เขตจตุจักร กรุงเทพมหานคร 10900
 *       (a house number, a road, a sub-district or district, the code)
 *   IR  شیراز، خیابان شریعتی، کوچه نهم، پلاک 54، کد پستی 5768967331
 *       (a street and a plate number; the city before, the code after)
 *   EG  55 شارع جامعة الدول العربية، الدقي، الجيزة 12311
 *       (a number, the street word, the code)
 *
 * (China's, Taiwan's, Hong Kong's and Korea's are in address_east.c.)
 * Each needs two of its marks, so a city named in prose, "д. 5" alone or a
 * road's name without a number is not an address. */
#include <string.h>

#include "address_int.h"
#include "address_world.h"

/* ---- Japan ----------------------------------------------------------------- */

/* Hiragana (U+3041-U+309F): the particles that end an address in a
 * sentence ("までお送りください"). */
static int hiragana_at(const unsigned char *u, size_t len, size_t i)
{
	return i + 2 < len && u[i] == 0xE3 &&
	       ((u[i + 1] == 0x81 && u[i + 2] >= 0x81) || (u[i + 1] == 0x82 && u[i + 2] <= 0x9F));
}

/* Particles that follow an address in a sentence ("...8階までお送りください",
 * "...号室へ"); not "の" or "が", which place names hold ("丸の内"). */
static int cn_particle(const char *s, size_t len, size_t i)
{
	static const char *const p[] = {"まで", "へ", "に", "です", "から", "で", "を", "は", "宛", NULL};
	for (const char *const *w = p; *w; w++)
		if (at_str(s, len, i, *w))
			return 1;
	return 0;
}

/* A business's place labels the address before `i` on its line ("店舗：〒100-0005
 * ...", "本社：", "事務所:"): a shop's or a firm's address, not a person's. */
static int business_label_before(const char *s, size_t i)
{
	static const char *const biz[] = {"店舗", "本社", "支店", "営業所", "事務所", "会社", "店",
					  "公司", "门店", "門市", NULL};
	size_t ls = rx_line_start(s, i), e = i;
	while (e > ls && s[e - 1] == ' ')
		e--;
	if (e >= ls + 3 && !memcmp(s + e - 3, "\xef\xbc\x9a", 3)) /* ： */
		e -= 3;
	else if (e > ls && s[e - 1] == ':')
		e--;
	else
		return 0;
	for (const char *const *b = biz; *b; b++) {
		size_t n = strlen(*b);
		if (e >= ls + n && !memcmp(s + e - n, *b, n))
			return 1;
	}
	return 0;
}

unsigned ad_detect_jp(struct rx_ctx *c)
{
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	size_t len = c->len, i = c->ms;
	if (!at_str(s, len, i, "\xe3\x80\x92") || business_label_before(s, i)) /* 〒 */
		return 0;
	i += 3;
	if (i < len && s[i] == ' ')
		i++;
	if (ad_digits_at(s, len, i) != 3 || i + 8 > len || s[i + 3] != '-' || ad_digits_at(s, len, i + 4) != 4)
		return 0;
	size_t e = i + 8, j = e;
	/* the address after the code, over single spaces (ASCII or
	 * ideographic) before the building's name */
	for (int seg = 0;; seg++) {
		size_t sp = j;
		if (j < len && s[j] == ' ')
			j++;
		else if (at_str(s, len, j, "\xe3\x80\x80"))
			j += 3;
		if ((seg && j == sp) ||
		    (j > sp && (j >= len || hiragana_at(u, len, j) || !(cjk_at(u, len, j) || rx_is_alnum(u[j])))))
			break;
		size_t w = j;
		while (j < len) {
			if (cjk_at(u, len, j) && !(j > w && hiragana_at(u, len, j) && cn_particle(s, len, j))) {
				/* a sentence's particle ends it ("までお送り") */
				j += 3;
			} else if (rx_is_alnum(u[j]) || s[j] == '-') {
				j++;
			} else if (at_str(s, len, j, "\xe2\x88\x92") || at_str(s, len, j, "\xef\xbc\x8d")) {
				j += 3; /* − and the full-width hyphen */
			} else if (u[j] == 0xEF && j + 2 < len && u[j + 1] == 0xBC && u[j + 2] >= 0x90 &&
				   u[j + 2] <= 0x99) {
				j += 3; /* full-width digits */
			} else {
				break;
			}
		}
		if (j == w)
			break;
		e = j;
	}
	return e > i + 8 ? (unsigned)rx_emit(c, c->ms, e, REDACT_ADDRESS) : 0;
}

/* ---- Russia and its neighbours ---------------------------------------------- */

static const char *const ru_street[] = {
	"ул", "улица", "пр-т", "пр", "просп", "проспект", "пер", "переулок", "наб",
	"набережная", "б-р", "бульвар", "ш", "шоссе", "пл", "площадь", "мкр", "микрорайон",
	"проезд", "тракт", "аллея", "ul", "ulitsa", "pr-t", "prospekt", "per", "nab", "sh",
	"pr", "vul", "вул", "вулиця", "көш", "кӯч", NULL,
};
static struct rx_kwset ru_street_kws = RX_KWSET(ru_street);
/* the parts around the street: city, region, flat, building */
static const char *const ru_part[] = {
	"г", "город", "g", "обл", "р-н", "пос", "с", "кв", "корп", "стр", "оф", "эт", "под",
	"kv", "korp", "str", "of", "пом", "лит", "республика", "респ", NULL,
};
/* the words after a district's or region's name ("Аликовский р-н",
 * "Чувашская Республика", "Московская обл.", "Пермский край") */
static const char *const ru_region[] = {
	"р-н", "район", "обл", "область", "край", "республика", "округ", "ао", NULL,
};

/* Whether s[p - 1] ends a segment of the address's line: ", " and ": "
 * between parts; a table's cell ('\t', '|', ';') and a list's " — " before
 * it. */
static int ru_seg_stop(const char *s, size_t p)
{
	char ch = s[p - 1];
	return ch == ',' || ch == ':' || ch == '\t' || ch == '|' || ch == ';' || ch == '"' ||
	       (ch == ' ' && p >= 4 && memcmp(s + p - 4, "\xE2\x80\x94", 3) == 0);
}

/* Where the street of the segment s[a..b) (between ", ") starts: at its
 * street word ("живёт на ул. Ленина" at "ул."), or at the one or two
 * capitalised words before a street word that ends it ("Красный пр-т",
 * "Ленинский проспект"); NONE without a street word. */
static size_t street_start(const struct rx_ctx *c, struct rx_kwset *k, size_t a, size_t b)
{
	size_t t = rx_tok_from(c, a), t0 = t;
	for (; t < c->ntk && c->tk[t].s < b; t++) {
		if (!rx_kw_is(k, c->tk[t].h, c->text + c->tk[t].s, c->tk[t].e - c->tk[t].s))
			continue;
		size_t e = c->tk[t].e;
		while (e < b && (c->text[e] == '-' || rx_letter_at(c->text, b, e)))
			e += c->text[e] == '-' ? 1 : rx_letter_at(c->text, b, e); /* "пр-т" */
		if (e < b && c->text[e] == '.')
			e++;
		if (e < b)
			return c->tk[t].s;
		size_t q = t;
		while (q > t0 && t - q < 2 && rx_cap_at(c->text, c->len, c->tk[q - 1].s))
			q--;
		return c->tk[q].s;
	}
	return NONE;
}

/* The segment at s[a..) is a part of the address around the street ("г.
 * Москва", "кв. 239", "191023"): its end, or NONE. */
static size_t ru_part_at(const char *s, size_t len, size_t a)
{
	size_t e;
	if (digits(s, len, a, &e) == 6)
		return e < len && rx_is_alnum((unsigned char)s[e]) ? NONE : e;
	char w[24];
	size_t we = ad_word(s, len, a, w, sizeof w);
	if (we == a)
		return NONE;
	if (!ad_in_list(ru_part, w)) {
		/* one or two capitalised words, then the region's word */
		e = a;
		for (int k = 0; k < 2 && rx_cap_at(s, len, e); k++) {
			e = ad_word(s, len, e, w, sizeof w);
			if (e + 1 >= len || s[e] != ' ')
				return NONE;
			size_t re = ad_word(s, len, e + 1, w, sizeof w);
			if (re > e + 1 && ad_in_list(ru_region, w))
				return re < len && s[re] == '.' ? re + 1 : re;
			e++;
		}
		return NONE;
	}
	if (we < len && s[we] == '.')
		we++;
	if (we >= len || s[we] != ' ')
		return NONE;
	we++;
	/* a number ("кв. 239", "корп. 2") or up to three words ("г.
	 * Санкт-Петербург", "г. Нижний Новгород") */
	if (digits(s, len, we, &e) > 0) {
		while (e < len && (rx_letter_at(s, len, e) || s[e] == '/') && e - we < 8)
			e += rx_letter_at(s, len, e) ? rx_letter_at(s, len, e) : 1;
		return e;
	}
	e = we;
	for (int k = 0; k < 3 && e < len && rx_cap_at(s, len, e); k++) {
		while (e < len && (rx_letter_at(s, len, e) || s[e] == '-'))
			e += rx_letter_at(s, len, e) ? rx_letter_at(s, len, e) : 1;
		if (k < 2 && e + 1 < len && s[e] == ' ' && rx_cap_at(s, len, e + 1))
			e++;
		else
			break;
	}
	return e > we ? e : NONE;
}

/* A city's name alone, a capitalised Cyrillic word ("Новосибирск",
 * "Ростов-на-Дону"): its end, or NONE. */
static size_t ru_city_at(const char *s, size_t len, size_t a)
{
	if (a + 1 >= len || (unsigned char)s[a] < 0xD0 || (unsigned char)s[a] > 0xD3 || !rx_cap_at(s, len, a))
		return NONE;
	size_t e = a, k;
	while (e < len && e - a < 48 && ((k = rx_letter_at(s, len, e)) > 0 || s[e] == '-'))
		e += k ? k : 1;
	return e - a >= 6 ? e : NONE;
}

/* A six-digit postcode at a: its end, or NONE. */
static size_t ru_index_at(const char *s, size_t len, size_t a)
{
	size_t e;
	return digits(s, len, a, &e) == 6 && !(e < len && rx_is_alnum((unsigned char)s[e])) ? e : NONE;
}

unsigned ad_detect_ru(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, j = c->me;
	/* "д. 88", "d. 5", "дом 12": the house */
	if (j < len && s[j] == '.')
		j++;
	if (j + 1 >= len || s[j] != ' ' || !rx_is_digit((unsigned char)s[j + 1]))
		return 0;
	size_t e = j + 1 + ad_digits_at(s, len, j + 1);
	while (e < len && e - j < 8 && (rx_letter_at(s, len, e) || s[e] == '/' || rx_is_digit((unsigned char)s[e])))
		e += rx_letter_at(s, len, e) ? rx_letter_at(s, len, e) : 1;
	/* the street before it, after ", " */
	if (c->ms < 4 || s[c->ms - 1] != ' ' || s[c->ms - 2] != ',')
		return 0;
	size_t se = c->ms - 2, ls = rx_line_start(s, se), sb = se;
	while (sb > ls && se - sb < 96 && !ru_seg_stop(s, sb))
		sb--;
	while (sb < se && s[sb] == ' ')
		sb++;
	if (sb >= se || (sb = street_start(c, &ru_street_kws, sb, se)) == NONE)
		return 0;
	/* parts before the street ("191023, г. Москва, "), at most three */
	size_t b = sb;
	for (int k = 0; k < 3 && b >= ls + 2 && s[b - 1] == ' ' && s[b - 2] == ','; k++) {
		size_t pe = b - 2, pb = pe;
		while (pb > ls && pe - pb < 48 && !ru_seg_stop(s, pb))
			pb--;
		while (pb < pe && s[pb] == ' ')
			pb++;
		if (ru_part_at(s, len, pb) != pe) {
			/* the postcode first ("603238, г. Нижний Новгород, ...") */
			if (pe >= ls + 6 && ru_index_at(s, len, pe - 6) == pe &&
			    (pe == ls + 6 || !rx_is_alnum((unsigned char)s[pe - 7]))) {
				b = pe - 6;
				break;
			}
			/* a city alone after its postcode ("620075, Екатеринбург, ул. ...") */
			size_t qb = pb >= ls + 8 && s[pb - 1] == ' ' && s[pb - 2] == ',' ? pb - 8 : NONE;
			if (ru_city_at(s, len, pb) == pe && qb != NONE && ru_index_at(s, len, qb) == pb - 2)
				b = qb;
			break;
		}
		b = pb;
	}
	/* and after the house (", кв. 239", ", г. Новосибирск, 630099") */
	for (int k = 0; k < 4 && e + 2 < len && s[e] == ',' && s[e + 1] == ' '; k++) {
		size_t pe = ru_part_at(s, len, e + 2);
		/* (a city alone before its postcode: "..., Новосибирск, 630099") */
		if (pe == NONE && (pe = ru_city_at(s, len, e + 2)) != NONE &&
		    !(pe + 2 < len && s[pe] == ',' && s[pe + 1] == ' ' && ru_index_at(s, len, pe + 2) != NONE))
			pe = NONE;
		/* ("с 15 до 18" is a time, not a village) */
		if (pe != NONE && pe + 6 <= len && !memcmp(s + pe, " до ", 6))
			pe = NONE;
		if (pe == NONE)
			break;
		int index = ru_index_at(s, len, e + 2) == pe;
		e = pe;
		if (index)
			break; /* (the postcode ends it: "630099, с 15 до 18" is a time) */
	}
	return (unsigned)rx_emit(c, b, e, REDACT_ADDRESS);
}

/* ---- Thailand ------------------------------------------------------------------ */

unsigned ad_detect_th(struct rx_ctx *c)
{
	static const char *const road[] = {"ถนน", "ซอย", "หมู่", "ซ.", "ถ.", NULL};
	static const char *const area[] = {"แขวง", "ตำบล", "เขต", "อำเภอ", "จังหวัด", "กรุงเทพ", "ต.",
					   "อ.", "จ.", NULL};
	const char *s = c->text;
	size_t len = c->len, i = c->ms + ad_digits_at(s, len, c->ms);
	/* "178/37 ถนน...", "99 หมู่ 4 ..." */
	if (i < len && s[i] == '/')
		i += 1 + ad_digits_at(s, len, i + 1);
	/* (Thai letters start with E0 B8 or E0 B9) */
	if (i + 2 >= len || s[i] != ' ' || (unsigned char)s[i + 1] != 0xE0 || !cn_in(s, len, i + 1, road))
		return 0;
	size_t le = rx_line_end(s, len, i), lim = le < i + 400 ? le : i + 400;
	int seen = 0;
	for (size_t j = i + 1; j < lim; j += ch_len(s, len, j)) {
		seen |= cn_in(s, len, j, area);
		if (seen && s[j - 1] == ' ' && ad_digits_at(s, len, j) == 5 &&
		    (j + 5 == len || !rx_is_alnum((unsigned char)s[j + 5])))
			return (unsigned)rx_emit(c, c->ms, j + 5, REDACT_ADDRESS);
		if (s[j] == '\t' || s[j] == '|')
			break;
	}
	return 0;
}

/* ---- Iran, the Arab countries ------------------------------------------------ */

#define AR_COMMA "\xd8\x8c" /* ، */

/* The end of the segment at s[a..) (up to "، ", ',' or the line's end). */
static size_t seg_end(const char *s, size_t len, size_t a)
{
	size_t le = rx_line_end(s, len, a), e = a;
	while (e < le && !at_str(s, len, e, AR_COMMA) && s[e] != ',' && s[e] != '\t' && s[e] != '|')
		e++;
	while (e > a && s[e - 1] == ' ')
		e--;
	return e;
}

/* The start of the next segment after the one ending at e, or NONE. */
static size_t seg_next(const char *s, size_t len, size_t e)
{
	if (at_str(s, len, e, AR_COMMA))
		e += 2;
	else if (e < len && s[e] == ',')
		e++;
	else
		return NONE;
	while (e < len && s[e] == ' ')
		e++;
	return e < len ? e : NONE;
}

unsigned ad_detect_ar(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, ms = c->ms, x;
	int persian = at_str(s, len, ms, "خیابان");
	if (persian) {
		/* the city before it: one segment of letters, no digits */
		size_t b = ms;
		if (ms >= 3 && s[ms - 1] == ' ' && at_str(s, len, ms - 3, AR_COMMA)) {
			size_t q = ms - 3, pb = q;
			while (pb > 0 && q - pb < 40 && rx_letter_before(s, pb))
				pb -= rx_letter_before(s, pb);
			if (pb < q && (pb == 0 || !rx_letter_before(s, pb)))
				b = pb;
		}
		/* segments up to the plate ("پلاک 54"), then unit, floor and
		 * the postal code */
		size_t a = ms, e = NONE;
		for (int k = 0; k < 8 && a != NONE; k++) {
			size_t se = seg_end(s, len, a);
			if (at_str(s, len, a, "پلاک") || at_str(s, len, a, "واحد") || at_str(s, len, a, "طبقه") ||
			    at_str(s, len, a, "کد پستی")) {
				size_t d = a;
				while (d < se && !digit_at(s, len, d))
					d++;
				if (d == se || digits(s, len, d, &x) == 0)
					break;
				e = x; /* the number ends it ("... 5768967331 شماره تماس") */
			} else if (e != NONE) {
				break;
			}
			a = seg_next(s, len, se);
		}
		return e != NONE ? (unsigned)rx_emit(c, b, e, REDACT_ADDRESS) : 0;
	}
	/* "55 شارع ...، ...، الجيزة 12311": a number before the street word
	 * and a postal code of five digits ending a later segment; or a
	 * district's segment before it ("حي الملقا، شارع ...، مبنى 2077،
	 * الرياض 13325"; stop 55) */
	size_t b = ms;
	int numbered = ms >= 3 && s[ms - 1] == ' ' && rx_is_digit((unsigned char)s[ms - 2]);
	if (numbered) {
		b = ms - 1;
		while (b > 0 && rx_is_digit((unsigned char)s[b - 1]))
			b--;
	} else if (ms >= 8 && s[ms - 1] == ' ' && at_str(s, len, ms - 3, AR_COMMA)) {
		size_t q = ms - 3, pb = q;
		while (pb > 0 && q - pb < 40 && (rx_letter_before(s, pb) || s[pb - 1] == ' '))
			pb -= rx_letter_before(s, pb) ? rx_letter_before(s, pb) : 1;
		while (pb < q && s[pb] == ' ')
			pb++;
		if (!at_str(s, len, pb, "حي "))
			return 0;
		b = pb;
	} else {
		return 0;
	}
	size_t a = ms, last = NONE;
	int k = 0;
	for (; k < 5 && a != NONE; k++) {
		size_t se = seg_end(s, len, a), d = se;
		while (d > a && rx_is_digit((unsigned char)s[d - 1]))
			d--;
		if (se - d == 5 && d > a && s[d - 1] == ' ' && k > 0)
			return (unsigned)rx_emit(c, b, se, REDACT_ADDRESS);
		/* (a segment of this script's words and numbers only, to a full
		 * stop or a parenthesis: "..., مدينة نصر، القاهرة."; or to a CSV
		 * field's quote, "...، محافظة الدقهلية","165,046.93", stop 67) */
		size_t q = a;
		while (q < se && !rx_in(".();\"", s[q]) && !rx_is_alpha((unsigned char)s[q]) &&
		       !(s[q] == '\xc2' && q + 1 < se && s[q + 1] == '\xb7'))
			q++;
		while (q > a && s[q - 1] == ' ')
			q--;
		if (q == a || q - a > 48)
			break;
		last = q;
		if (q < se)
			break;
		a = seg_next(s, len, se);
	}
	/* (a numbered street, a district and a city: three segments at least,
	 * no postal code; not a company's, "شركة" on its line or the line
	 * above) */
	if (!numbered || last == NONE || k < 2)
		return 0;
	size_t ls = rx_line_start(s, b), up = ls >= 2 ? rx_line_start(s, ls - 1) : ls;
	if (rx_bytes_in(s, up, b, (const char *const[]){"شركة", NULL}))
		return 0;
	return (unsigned)rx_emit(c, b, last, REDACT_ADDRESS);
}

static const char *const ru_house[] = {"д", "d", "дом", NULL};
struct rx_kwset ad_ru_house_kws = RX_KWSET(ru_house);
static const char *const ar_street[] = {"خیابان", "شارع", NULL};
struct rx_kwset ad_ar_street_kws = RX_KWSET(ar_street);

/* A Colombian address, which has no postcode to end it: "Calle 45 # 50-77,
 * Apto 937, Bogotá, D.C." (the street's number, '#', the cross street's
 * number, '-', the door's). From the number at i to the line's end, ';',
 * '"' or " (" (at most 100 bytes), or NONE. */
size_t ad_colombian(const char *s, size_t le, size_t i)
{
	size_t k = ad_digits_at(s, le, i);
	if (!k || k > 3)
		return NONE;
	i += k;
	if (i < le && rx_is_upper((unsigned char)s[i]))
		i++;
	if (i + 3 >= le || s[i] != ' ' || s[i + 1] != '#' || s[i + 2] != ' ')
		return NONE;
	i += 3;
	if (!(k = ad_digits_at(s, le, i)) || k > 3)
		return NONE;
	i += k;
	if (i < le && rx_is_upper((unsigned char)s[i]))
		i++;
	if (i + 1 >= le || s[i] != '-' || !(k = ad_digits_at(s, le, i + 1)) || k > 3)
		return NONE;
	size_t e = i + 1 + k;
	while (e < le && e - i < 100 && s[e] != ';' && s[e] != '"' && !(s[e] == ' ' && e + 1 < le && s[e + 1] == '('))
		e++;
	while (e > i && rx_in(" ,.?!\r", s[e - 1]) && !(s[e - 1] == '.' && e >= 2 && rx_is_upper((unsigned char)s[e - 2])))
		e--;
	return e;
}

/* A street without its type word before its number and a postcode with
 * its town ("Brunnenwiese 57, 21364 Lüneburg", "Zahradní 737/37, 460 01
 * Liberec", "Lingonstigen 43 lgh 1102, 702 20 Örebro", "Pod Lesem 2154/1,
 * 779 00 Olomouc"): capitalised words and the particles between them
 * (six words at most) back to a separator or a word of prose. Triggered at
 * the number. */
unsigned ad_detect_num_before_pc(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, i = c->ms + ad_digits_at(s, len, c->ms);
	if (i == c->ms || i - c->ms > 5 || c->ms < 3 || s[c->ms - 1] != ' ')
		return 0;
	if (i + 1 < len && s[i] == '/' && rx_is_digit((unsigned char)s[i + 1]))
		i += 1 + ad_digits_at(s, len, i + 1);
	else if (i < len && rx_is_alpha((unsigned char)s[i]) && !(i + 1 < len && rx_is_alpha((unsigned char)s[i + 1])))
		i++;
	if (i + 5 < len && !memcmp(s + i, " lgh ", 5) && rx_is_digit((unsigned char)s[i + 5]))
		i += 5 + ad_digits_at(s, len, i + 5);
	/* the postcode after ", " on the line, or starting the next line when
	 * the street starts its own ("Achter de Kerk 85 II\n9525 KL
	 * Amersfoort"; a Dutch house number's suffix: "85 II", "61-A", "12 hs") */
	size_t pc = i + 2, own_line = 0;
	if (i + 3 >= len || s[i] != ',' || s[i + 1] != ' ' || !rx_is_digit((unsigned char)s[i + 2])) {
		size_t j = i;
		if (j + 2 < len && s[j] == '-' && rx_is_alnum((unsigned char)s[j + 1]) && !rx_is_alnum((unsigned char)s[j + 2]))
			j += 2;
		else if (j + 3 < len && s[j] == ' ' && (!memcmp(s + j + 1, "II", 2) || !memcmp(s + j + 1, "hs", 2) ||
							 !memcmp(s + j + 1, "bg", 2)))
			j += s[j + 3] == 'I' ? 4 : 3;
		else if (j + 2 < len && s[j] == ' ' && s[j + 1] == 'I')
			j += 2;
		if (j < len && s[j] == '\r')
			j++;
		/* (the suffix, then ", " and the postcode on the line: "Lange
		 * Voorhout 220-3, 9096 HZ Delft") */
		if (j > i && j + 3 < len && s[j] == ',' && s[j + 1] == ' ' && rx_is_digit((unsigned char)s[j + 2])) {
			pc = j + 2;
		} else {
			if (j + 1 >= len || s[j] != '\n' || !rx_is_digit((unsigned char)s[j + 1]))
				return 0;
			pc = j + 1;
			own_line = 1;
		}
	}
	size_t e = ad_anchor(s, len, pc);
	if (e == NONE)
		return 0;
	/* the street's words before the number: capitalised words and the
	 * particles between them ("Auf dem Kamp", "Rue de la Gare", "Laan van
	 * Meerdervoort"; a preposition in lower case, "wohne in", ends them),
	 * not a noun that names the flat ("Wohnung", "des Hauses") */
	static const char *const parts[] = {"de", "la", "le", "du", "des", "van", "der", "dem", "den",
					    "do", "da", "di", "del", "della", "dos", "das", "von", "'t",
					    "het", NULL};
	static const char *const nouns[] = {"wohnung", "hauses", "haus", "adresse", "anschrift",
					    "lieferadresse", "wohnhaft", "gebäude", "mietsache",
					    "objekt", "byt", "lägenheten", NULL};
	size_t st = c->ms, words = 0, cap_st = c->ms; /* (the walk's and the street's start) */
	char w[16];
	while (st > 0 && words < 6 && s[st - 1] == ' ') {
		size_t we = st - 1, ws = we, k;
		while (ws > 0 && (k = rx_letter_before(s, ws)) > 0)
			ws -= k;
		while (ws < we && (s[ws] == '-' || s[ws] == '\''))
			ws++;
		if (ws == we || we - ws >= sizeof w)
			break;
		rx_fold(s + ws, we - ws, w, sizeof w);
		if (rx_cap_at(s, len, ws)) {
			/* (nor a field's code in capitals before the street, a
			 * booking's "PA Molenwiek 140"; stop 57) */
			if (ad_in_list(nouns, w) || (we - ws >= 2 && we - ws <= 3 && rx_is_upper((unsigned char)s[ws + 1]) && words > 0))
				break;
			cap_st = ws;
		} else if (!ad_in_list(parts, w)) {
			break;
		}
		words++;
		st = ws;
		if (ws < 2 || rx_in(",:;(", s[ws - 2]) || s[ws - 1] != ' ')
			break;
	}
	st = cap_st;
	/* four digits alone are many things' numbers ("Windows 10, 2004
	 * Update", "Cart 2, 1500 Items"): then the street starts a field */
	size_t pd = ad_digits_at(s, len, pc);
	int nl = pd == 4 && pc + 6 < len && s[pc + 4] == ' ' && rx_is_upper((unsigned char)s[pc + 5]) &&
		 rx_is_upper((unsigned char)s[pc + 6]);
	/* (or three digits, a space and two: a Czech, Slovak, Greek or
	 * Swedish postcode, "110 00 Praha 1", "104 34 Αθήνα") */
	int split = pd == 3 && pc + 7 < len && s[pc + 3] == ' ' && rx_is_digit((unsigned char)s[pc + 4]) &&
		    rx_is_digit((unsigned char)s[pc + 5]) && s[pc + 6] == ' ';
	if (own_line && (!(st == 0 || s[st - 1] == '\n') || !(nl || pd == 5 || split)))
		return 0;
	if (pd == 4 && !nl &&
	    !(st == 0 || s[st - 1] == '\n' || s[st - 1] == '\t' || s[st - 1] == '(' ||
	      (st >= 2 && s[st - 1] == ' ' && rx_in(",:;", s[st - 2]))))
		return 0;
	if (st >= c->ms)
		return 0; /* (st is the first capitalised word's start) */
	return (unsigned)rx_emit(c, st, e, REDACT_ADDRESS);
}

/* A street of its own line before a postcode's line, without its type
 * word ("Achter de Kerk 85 II" then "9525 KL Amersfoort"; the line above it
 * may be the addressee's): from i, capitalised words and particles (six at
 * most), a house number with its suffix to the line's end, then a Dutch
 * postcode with its letters or five digits, and a town. The address's end,
 * or NONE. */
size_t ad_street_line_before_pc(const char *s, size_t len, size_t i)
{
	static const char *const parts[] = {"de", "la", "le", "du", "des", "van", "der", "dem", "den",
					    "do", "da", "di", "del", "della", "dos", "das", "von", "'t",
					    "het", "ter", "ten", NULL};
	size_t le = rx_line_end(s, len, i), j = i;
	char w[16];
	int words = 0;
	if (le >= len || le - i > 60 || !rx_cap_at(s, len, i))
		return NONE;
	while (j < le && !rx_is_digit((unsigned char)s[j])) {
		size_t ws = j, k;
		while (j < le && (k = rx_letter_at(s, le, j)) > 0)
			j += k;
		while (j < le && (s[j] == '-' || s[j] == '\'') && j + 1 < le && rx_letter_at(s, le, j + 1))
			for (j++; j < le && (k = rx_letter_at(s, le, j)) > 0;)
				j += k;
		if (j == ws || j - ws >= sizeof w || j >= le || s[j] != ' ' || ++words > 6)
			return NONE;
		rx_fold(s + ws, j - ws, w, sizeof w);
		if (!rx_cap_at(s, le, ws) && !ad_in_list(parts, w))
			return NONE;
		j++;
	}
	size_t nd = ad_digits_at(s, le, j);
	if (words < 1 || nd == 0 || nd > 4)
		return NONE;
	j += nd;
	if (j + 1 < le && s[j] == '-' && rx_is_alnum((unsigned char)s[j + 1]))
		j += 2;
	else if (j + 2 < le && s[j] == ' ' && (s[j + 1] == 'I' || !memcmp(s + j + 1, "hs", 2) || !memcmp(s + j + 1, "bg", 2)))
		j = le;
	else if (j < le && rx_is_alpha((unsigned char)s[j]))
		j++;
	if (j < le && s[j] == '\r')
		j++;
	if (j != le || ++j >= len)
		return NONE;
	size_t pd = ad_digits_at(s, len, j);
	int nl = pd == 4 && j + 6 < len && s[j + 4] == ' ' && rx_is_upper((unsigned char)s[j + 5]) &&
		 rx_is_upper((unsigned char)s[j + 6]);
	/* (one word before the number only with a Dutch postcode's letters:
	 * "Vlasakker 63" then "8261 BM Kampen") */
	if ((!nl && pd != 5) || (words < 2 && !nl))
		return NONE;
	return ad_anchor(s, len, j);
}

/* ---- India, in Devanagari ------------------------------------------------------ */

/* "घर नं. 74, बुनकर कॉलोनी रोड, कोल्हापूर, महाराष्ट्र 416044", "फ्लैट 808,
 * शांति कुंज सोसाइटी, भिवंडी - 421302" (stop 54): a house's or a flat's word,
 * its "नं." and number, then segments after ", " up to the one that the
 * six digits of a PIN end, within seven segments on the line. */
unsigned ad_detect_in_deva(struct rx_ctx *c)
{
	static const char *const house[] = {"घर", "मकान", "फ्लैट", "फ़्लैट", "प्लॉट", NULL};
	static const char *const no[] = {" नं.", " नं", " क्र.", " नंबर", NULL};
	const char *s = c->text;
	size_t len = c->len, i = c->ms, x, b, k;
	/* (a cheap look first: a space, and a Devanagari letter or sign
	 * before it or before its dot, E0 A4-A5) */
	size_t dv = i >= 2 && s[i - 2] == '.' ? i - 2 : i - 1;
	if (i < 8 || s[i - 1] != ' ' || dv < 3 || (unsigned char)s[dv - 3] != 0xE0 ||
	    ((unsigned char)s[dv - 2] != 0xA4 && (unsigned char)s[dv - 2] != 0xA5))
		return 0;
	/* back over "नं." to the house's word, which opens a word */
	b = i - 1;
	for (const char *const *w = no; *w; w++) {
		k = strlen(*w);
		if (b >= k && !memcmp(s + b - k, *w, k)) {
			b -= k;
			break;
		}
	}
	for (k = 0; house[k]; k++) {
		size_t hl = strlen(house[k]);
		if (b >= hl && !memcmp(s + b - hl, house[k], hl) && (b == hl || rx_in(" \n;|\t", s[b - hl - 1])))
			break;
	}
	if (!house[k] || (b == i - 1 && k < 2))
		return 0; /* (a house's word needs its "नं.": "घर 5" is none) */
	b -= strlen(house[k]);
	size_t n = digits(s, len, i, &x);
	if (n < 1 || n > 5)
		return 0;
	/* (a flat's letter after its number, "फ्लैट 5बी"; stop 58) */
	for (int l = 0; l < 2 && x + 3 < len && (unsigned char)s[x] == 0xE0 &&
			((unsigned char)s[x + 1] == 0xA4 || (unsigned char)s[x + 1] == 0xA5);
	     l++)
		x += 3;
	for (size_t a = x, seg = 0; seg < 7 && a + 2 < len && s[a] == ',' && s[a + 1] == ' '; seg++) {
		size_t q = a += 2;
		/* (to a comma, a cell's end, the line's end or a dash's " —") */
		while (q < len && q - a < 80 && !rx_in(",;|\t\n\r", s[q]) &&
		       !(s[q] == ' ' && q + 3 < len && (unsigned char)s[q + 1] == 0xE2 && (unsigned char)s[q + 2] == 0x80))
			q++;
		size_t t = q, p;
		while (t > a && rx_in(" .", s[t - 1]))
			t--;
		for (p = t; p > a && rx_is_digit((unsigned char)s[p - 1]);)
			p--;
		if (t - p == 6 && p > a && s[p - 1] == ' ')
			return (unsigned)rx_emit(c, b, t, REDACT_ADDRESS);
		a = q;
	}
	return 0;
}
