/* person_hangul.c: Korean names in running text. Hangul has no capitals,
 * so the scan led by capitals never sees "오랜 친구 강민준님이 말씀하셨죠",
 * "저희 강지우의 첫 생일" or "황지호 + 임지우 | 오민준 (11)". A Korean name is
 * mostly three syllables, a family name the gazetteer knows (김, 박, 윤...)
 * and a given name it knows (민준, 서연, 지우...), written as one word with
 * at most an honorific or a particle after it. New in stop 56. */
#include <string.h>

#include "person_int.h"

/* What may follow the name inside its word: nothing, an honorific (님,
 * 씨, 군, 양) and a particle, or a particle alone. */
static const char *const tails[] = {
	"님", "님은", "님이", "님의", "님과", "님께", "님께서", "님도", "님을", "님에게", "님한테", "님이랑",
	"님과의", "씨", "씨는", "씨가", "씨의", "씨와", "씨도", "씨를", "씨에게", "씨한테", "씨랑", "군", "양",
	"은", "는", "이", "가", "의", "과", "와", "께", "께서", "을", "를", "도", "에게", "한테", "이랑", "랑",
	"이가", "이는", "이를", "이의", "이도", "이와", "이한테", "이에게", "입니다", "이에요", "예요",
	"이라고", "라고", "이라는", "라는", NULL,
};

/* Three-syllable words that read as a family and a given name and are no
 * private person: an adjective ("진지한"), a trade ("유도원"), people
 * everyone knows (a film director, athletes, presidents). */
static const char *const never[] = {
	"진지한", "유도원", "박지성", "김연아", "봉준호", "손흥민", "이순신", "유재석", "문재인", "윤석열",
	"이재명", "박근혜", "이명박", "노무현", "김대중", "박정희", "이승만", "안중근", "유관순", "반기문",
	"류현진", "박찬호", "추신수", "이강인", "황희찬", "김연경", "송강호", "이병헌", "전지현", NULL,
};

/* Given names that are also words ("사랑" love, "가을" autumn, "수정"
 * correction...). */
static const char *const words[] = {
	"사랑", "가을", "우주", "미소", "새봄", "단비", "유리", "수정", "소원", "정원", "연주", "연수",
	"준수", "성원", "시안", "시원", "소정", "유성", "재원", "은혜", "요한", "이나", "아름", "주한",
	"도하", "유안", NULL,
};

/* Two-syllable family names (제갈지훈, 남궁하준). */
static const char *const fam2[] = {"제갈", "남궁", "선우", "황보", "독고", "사공", "서문", NULL};

static int in_list(const char *const *l, const char *s, size_t n)
{
	for (; *l; l++)
		if ((*l)[0] == s[0] && (*l)[1] == s[1] && (*l)[2] == s[2] && strlen(*l) == n && !memcmp(*l, s, n))
			return 1;
	return 0;
}

/* A Hangul syllable (U+AC00-D7A3) at s[i]. */
static int hangul_at(const char *s, size_t len, size_t i)
{
	if (i + 3 > len)
		return 0;
	const unsigned char *u = (const unsigned char *)s + i;
	unsigned cp = ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
	return (u[0] & 0xF0) == 0xE0 && cp >= 0xAC00 && cp <= 0xD7A3;
}

/* A given name ending in a syllable that is also a particle ("하은",
 * "서이") or an adjective's ending ("지한"): "가정은" is "the home"
 * and "진지한" "serious" as often as they are names. */
static int ends_like_particle(const char *g)
{
	static const char *const p[] = {"은", "는", "이", "가", "을", "를", "의", "도", "와", "과",
					"로", "에", "만", "한", NULL};
	return in_list(p, g + 3, 3);
}

/* After such a name with nothing after it in its word: a list's or a
 * table's punctuation, or the line's end. */
static int list_after(const char *s, size_t len, size_t e)
{
	if (e >= len)
		return 1;
	if (strchr(",|()/\t\r\n:", s[e]))
		return 1;
	if (e + 1 < len && (unsigned char)s[e] == 0xC2 && (unsigned char)s[e + 1] == 0xB7)
		return 1;
	if (s[e] == ' ' && e + 2 < len &&
	    (strchr("(|+", s[e + 1]) || ((unsigned char)s[e + 1] == 0xC2 && (unsigned char)s[e + 2] == 0xB7)))
		return 1;
	return 0;
}

/* At a run of three-byte letters: a Hangul word that is a family name and
 * a given name, then an honorific or a particle or nothing. */
unsigned pn_detect_hangul_name(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, at = c->ms, te = c->tk[c->ti].e;
	/* (a cheap look first: a Hangul lead byte, three to seven syllables) */
	unsigned char b = (unsigned char)s[at];
	if (b < 0xEA || b > 0xED || te - at < 9 || te - at > 21 || !hangul_at(s, len, at))
		return 0;
	if (rx_letter_before(s, at))
		return 0;
	/* a family name of two syllables ("제갈", "남궁": six bytes each) or
	 * of one; the gazetteer first, the lists of words only then */
	int two = 0;
	for (size_t k = 0; fam2[k] && te - at >= 12 && !two; k++)
		two = !memcmp(s + at, fam2[k], 6);
	for (size_t f = two ? 6 : 3; f >= 3; f -= 3) {
		size_t g = at + f, ne = g + 6;
		if (ne > te || !hangul_at(s, len, g) || !hangul_at(s, len, g + 3) ||
		    (f == 3 && !rx_is_surname(s + at, 3)) || !rx_is_given(s + g, 6))
			continue;
		char given[7];
		memcpy(given, s + g, 6);
		given[6] = 0;
		if (in_list(words, given, 6) || in_list(never, s + at, ne - at))
			return 0;
		size_t rest = te - ne;
		if (rest && !in_list(tails, s + ne, rest))
			continue;
		/* (a name ending like a particle, alone in its word: only in a
		 * list or a table, or before an honorific) */
		if (!rest && f == 3 && ends_like_particle(given) && !list_after(s, len, te))
			return 0;
		return (unsigned)rx_emit(c, at, ne, REDACT_PERSON);
	}
	return 0;
}
