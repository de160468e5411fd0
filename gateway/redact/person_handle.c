/* person_handle.c: a public handle built from a person's name identifies
 * them as the name does:
 *
 *   my account @menon__raghav was disabled      name parts split by '.',
 *   Link zum Fake-Konto: tiktok.com/@anna_vogt1 '_' or digits, or glued
 *   IG @thepriyatripathi                        ("razvanstoica37"), each
 *   instagram.com/yijun_tsai.backup             part a given name or a
 *                                               surname the gazetteer knows
 *
 * Found after '@' at a word's start (not an address's) and after a social
 * network's profile URL; the handle without the '@' or the URL. A handle
 * that no name builds ("@lemon_drizzle22", "@leaks_jygbe", "t.me/
 * gossip_ogcoh") is a pseudonym and stays. */
#include <stdint.h>
#include <string.h>

#include "person_int.h"

/* Words glued to a handle's name that are no part of it. */
static int filler(const char *w, size_t n)
{
	static const char *const f[] = {"the", "real", "official", "backup", "its", "im", "iam", "mr",
					"mrs", "ms", "dr", "fake", "old", "new", "page", "fan", "fans",
					"private", "priv", "tv", "art", "photo", "photos", NULL};
	for (const char *const *p = f; *p; p++)
		if (strlen(*p) == n && !memcmp(w, *p, n))
			return 1;
	return 0;
}

/* The gazetteer's classes of the lower-case ASCII word w[0..n) (a name
 * that is an ordinary word too, "will", "lemon", counts for none). */
static unsigned name_part(const char *w, size_t n)
{
	if (n < 2 || n > 24)
		return 0;
	unsigned k = rx_name_class(w, n);
	return k & RX_NAME_STOP ? 0 : k & (RX_NAME_GIVEN | RX_NAME_SURNAME);
}

/* Whether the glued word w[0..n) is a given name and a surname ("razvan"
 * "stoica", "suachoi": "sua" "choi"), in either order. */
static int glued_name(const char *w, size_t n)
{
	for (size_t k = 3; k + 3 <= n; k++) {
		unsigned a = name_part(w, k), b = a ? name_part(w + k, n - k) : 0;
		if (((a & RX_NAME_GIVEN) && (b & RX_NAME_SURNAME)) || ((a & RX_NAME_SURNAME) && (b & RX_NAME_GIVEN)))
			return 1;
	}
	return 0;
}

/* The ASCII letter a Latin letter of s[i] is written with in a handle
 * ("ă" -> 'a', "ł" -> 'l', "ả" -> 'a'), lower-cased, and its byte length
 * in *k; 0 for any other character ("ß", "æ" give their first letter's
 * pair: 's', 'a', and *two = 1). */
static char ascii_letter(const char *s, size_t len, size_t i, size_t *k, int *two)
{
	const unsigned char *u = (const unsigned char *)s;
	*two = 0;
	*k = 1;
	if (u[i] < 0x80)
		return rx_is_alpha(u[i]) ? rx_lower((char)u[i]) : 0;
	/* Latin-1 and Latin Extended-A/B: U+00C0-U+024F */
	if (u[i] >= 0xC3 && u[i] <= 0xC9 && i + 1 < len && (u[i + 1] & 0xC0) == 0x80) {
		unsigned cp = ((unsigned)(u[i] & 0x1F) << 6) | (u[i + 1] & 0x3F);
		*k = 2;
		static const char l1[] = "aaaaaaaceeeeiiiidnooooo*ouuuuyts"  /* C0-DF */
					 "aaaaaaaceeeeiiiidnooooo*ouuuuyty"; /* E0-FF */
		static const char la[] = /* U+0100-U+017F */
			"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
		if (cp < 0xC0)
			return 0;
		if (cp <= 0xFF) {
			char ch = l1[cp - 0xC0];
			if (cp == 0xC6 || cp == 0xE6 || cp == 0xDF)
				*two = 1; /* æ, ß */
			return ch == '*' ? 0 : ch;
		}
		if (cp <= 0x17F)
			return la[cp - 0x100];
		if (cp == 0x1A1 || cp == 0x1A0)
			return 'o';
		if (cp == 0x1B0 || cp == 0x1AF)
			return 'u';
		if (cp >= 0x218 && cp <= 0x21B)
			return cp < 0x21A ? 's' : 't';
		return 0;
	}
	/* Vietnamese: U+1EA0-U+1EF9 */
	if (u[i] == 0xE1 && i + 2 < len && (u[i + 1] == 0xBA || u[i + 1] == 0xBB)) {
		unsigned cp = 0x1000 | ((unsigned)(u[i + 1] & 0x3F) << 6) | (u[i + 2] & 0x3F);
		*k = 3;
		if (cp < 0x1EA0 || cp > 0x1EF9)
			return 0;
		return cp < 0x1EB8 ? 'a' : cp < 0x1EC8 ? 'e' : cp < 0x1ECC ? 'i' : cp < 0x1EE4 ? 'o' : cp < 0x1EF2 ? 'u' : 'y';
	}
	return 0;
}

/* The word [a, b) of the message written in ASCII letters into w (cap
 * bytes); its length, or 0 when a character has no ASCII letter. */
static size_t ascii_word(const char *s, size_t len, size_t a, size_t b, char *w, size_t cap)
{
	size_t o = 0, k;
	int two;
	for (size_t i = a; i < b; i += k) {
		char ch = ascii_letter(s, len, i, &k, &two);
		if (!ch || o + 2 >= cap)
			return 0;
		w[o++] = ch;
		if (two)
			w[o++] = ch == 's' ? 's' : 'e';
	}
	return o;
}

/* Whether the handle's letters h[0..n) are a capitalised word of the
 * message (words 1), or two of them in a row in either order (words 2):
 * "pauline" with "Pauline Jacquemin", "aurelegiraud" with "Aurèle
 * Giraud". The words within 256 of the handle's either side (a message of
 * many handles costs no more per handle than a short one). */
static int name_in_message(const struct rx_ctx *c, const char *h, size_t n, int words)
{
	char w1[64], w2[64];
	size_t l1 = 0, e1 = 0, ti = c->ti < c->ntk ? c->ti : c->ntk;
	size_t t0 = ti > 256 ? ti - 256 : 0, t1 = c->ntk - ti > 256 ? ti + 256 : c->ntk;
	for (size_t t = t0; t < t1; t++) {
		const struct rx_tok *k = &c->tk[t];
		size_t l2 = k->f & RXT_UPPER ? ascii_word(c->text, c->len, k->s, k->e, w2, sizeof w2) : 0;
		if (words == 1 && l2 >= 2 && l2 == n && !memcmp(w2, h, n))
			return 1;
		/* (the word before, one space before it) */
		if (words == 2 && l2 >= 2 && l1 >= 2 && e1 + 1 == k->s && l1 + l2 == n &&
		    ((!memcmp(h, w1, l1) && !memcmp(h + l1, w2, l2)) || (!memcmp(h, w2, l2) && !memcmp(h + l2, w1, l1))))
			return 1;
		memcpy(w1, w2, l2);
		l1 = l2;
		e1 = k->e;
	}
	return 0;
}

/* Whether the handle h[0..n) (ASCII letters, digits, '.', '_') is built
 * from a name. Its parts are its runs of letters, fillers ("the",
 * "official") passed and a leading "the" glued to a name cut. Built from
 * a name: two parts the gazetteer knows, one a given name; a given name
 * and one other part ("pauline" "jacquemin"), or its initial ("thea.k_");
 * a given name and a surname glued ("razvanstoica"); or parts that the
 * message writes as a name ("aurelegiraud" beside "Aurèle Giraud"). */
static int name_handle(const struct rx_ctx *c, const char *h, size_t n)
{
	char w[64];
	size_t ps[4], pl[4], np = 0;
	if (n >= sizeof w)
		return 0;
	for (size_t i = 0; i < n; i++)
		w[i] = rx_lower(h[i]);
	for (size_t i = 0; i < n;) {
		if (!rx_is_alpha((unsigned char)w[i])) {
			i++;
			continue;
		}
		size_t a = i;
		while (i < n && rx_is_alpha((unsigned char)w[i]))
			i++;
		if (filler(w + a, i - a))
			continue;
		/* "thepriyatripathi": the article glued first */
		if (np == 0 && i - a >= 8 && !memcmp(w + a, "the", 3))
			a += 3;
		if (np == 4)
			return 0;
		ps[np] = a;
		pl[np++] = i - a;
	}
	if (np == 0)
		return 0;
	unsigned k[4];
	int given = -1, known = 0;
	for (size_t j = 0; j < np; j++) {
		k[j] = name_part(w + ps[j], pl[j]);
		known += k[j] != 0;
		if ((k[j] & RX_NAME_GIVEN) && pl[j] >= 3 && given < 0)
			given = (int)j;
	}
	/* (one name alone is a mention's or a pseudonym's: "@satoshi") */
	if (np == 1 && k[0])
		return 0;
	if (np == 1 && pl[0] >= 6 && glued_name(w + ps[0], pl[0]))
		return 1;
	if (np == 2 && given >= 0) {
		size_t o = 1 - (size_t)given;
		if (known == 2 || pl[o] >= 3 || (pl[o] == 1 && pl[given] >= 4))
			return 1;
	}
	/* a surname and another part ("menon__raghav", "yijun_tsai") */
	if (np == 2 && known && pl[0] >= 3 && pl[1] >= 3)
		return 1;
	/* the message's own name: the one part two capitalised words of it
	 * glued, or every part one of them and one part a name */
	if (np == 1)
		return pl[0] >= 6 && name_in_message(c, w + ps[0], pl[0], 2);
	int all = known > 0;
	for (size_t j = 0; j < np && all; j++)
		all = pl[j] >= 3 && name_in_message(c, w + ps[j], pl[j], 1);
	return all;
}

/* The handle at s[i]: letters, digits, '.' and '_' (no '.' last); its end
 * or i. */
static size_t handle_end(const char *s, size_t len, size_t i)
{
	size_t e = i;
	while (e < len && e - i <= 40 && (rx_is_alnum((unsigned char)s[e]) || s[e] == '.' || s[e] == '_'))
		e++;
	while (e > i && s[e - 1] == '.')
		e--;
	if (e - i > 40 || (e < len && ((unsigned char)s[e] >= 0x80 && rx_letter_at(s, len, e))) ||
	    (e < len && (s[e] == '@' || s[e] == '-')))
		return i;
	return e;
}

/* At '@' or '/': the handle after an '@' that starts a word, or after a
 * social network's profile URL ("instagram.com/", "x.com/"). */
unsigned pn_detect_handle(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t at = c->ms, len = c->len;
	if (at + 4 >= len || !rx_is_alpha((unsigned char)s[at + 1]))
		return 0;
	if (s[at] == '@') {
		/* (an address's '@' follows its local part) */
		if (at > 0 && (rx_is_alnum((unsigned char)s[at - 1]) || rx_in("._-+%'", s[at - 1])))
			return 0;
	} else {
		static const struct {
			const char *w;
			size_t l;
		} nets[] = {{"instagram.com", 13}, {"x.com", 5},        {"twitter.com", 11}, {"tiktok.com", 10},
			    {"facebook.com", 12},  {"fb.com", 6},       {"threads.net", 11}, {"vk.com", 6},
			    {"linkedin.com/in", 15}, {"youtube.com", 11}, {"twitch.tv", 9}};
		/* (a cheap look first: ".com", ".net", ".tv" or "/in" before) */
		if (at < 5 || !((s[at - 4] == '.' && (s[at - 1] == 'm' || s[at - 1] == 't')) ||
				(s[at - 3] == '.' && s[at - 1] == 'v') || (s[at - 3] == '/' && s[at - 1] == 'n')))
			return 0;
		int ok = 0;
		for (size_t k = 0; k < sizeof nets / sizeof nets[0] && !ok; k++) {
			size_t l = nets[k].l;
			ok = at >= l && rx_fold_eq(s + at - l, nets[k].w, l) &&
			     (at == l || !rx_is_alnum((unsigned char)s[at - l - 1]));
			if (ok && at > l && s[at - l - 1] == '.' && l <= 6)
				ok = 0; /* ("box.com/", not "x.com/"; "www.x.com/" is
					 * cut at its "www.": below) */
			if (!ok && at > l + 4 && rx_fold_eq(s + at - l - 4, "www.", 4) && rx_fold_eq(s + at - l, nets[k].w, l))
				ok = 1;
		}
		if (!ok)
			return 0;
	}
	size_t i = at + 1, e = handle_end(s, len, i);
	if (e - i < 4 || !name_handle(c, s + i, e - i))
		return 0;
	return (unsigned)rx_emit(c, i, e, REDACT_PERSON);
}

/* A username's labels, at the end of the label before ':' (found as
 * bytes: "ユーザー名", "사용자 이름"); their last three bytes are listed
 * in pn_detect_username: keep both lists together. */
static const char *const user_words[] = {
	"username", "user name", "user_name", "screen_name", "handle", "nom d'utilisateur",
	"nom d’utilisateur", "usuario", "nombre de usuario", "utilizador", "nome de usuário",
	"nome utente", "benutzername", "gebruikersnaam", "nazwa użytkownika", "kullanıcı adı",
	"kullanıcı adınız", "имя пользователя", "ім'я користувача", "логин", "tên người dùng",
	"användarnamn", "brugernavn", "brukernavn", "käyttäjätunnus", "nume de utilizator",
	"ユーザー名", "ユーザーネーム", "사용자 이름", "아이디", "用户名", "使用者名稱", "用戶名",
	"اسم المستخدم", "שם משתמש", "ชื่อผู้ใช้", "उपयोगकर्ता नाम", NULL,
};
static struct rx_kwset user_kws = RX_KWSET(user_words);

/* At ':': a handle built from a name as a username's value, after its
 * label ("Votre nom d'utilisateur: aurelegiraud17") or its JSON key
 * ("username": "leclercq__nathan"), to the line's end or the quote. */
unsigned pn_detect_username(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t at = c->ms, len = c->len, b = at;
	/* (a cheap look first: a label's last letter, or a quote, right
	 * before; every label ends in a letter of these or a non-ASCII byte) */
	if (at == 0 || !(rx_in("eEoOmMnNsSrRaAgGzZ\"", s[at - 1]) || (unsigned char)s[at - 1] >= 0x80))
		return 0;
	if (s[b - 1] == '"')
		b--;
	/* (then the last three bytes of one of the labels, as a number:
	 * sorted, searched by halves) */
	static const uint32_t suf[] = {
		0x61616d, 0x616d65, 0x616d6e, 0x61766e, 0x646c65, 0x646f72, 0x64c4b1, 0x657572,
		0x696b61, 0x6e7465, 0x6e7573, 0x72696f, 0x746f72, 0x87d0b0, 0x9ed7a9, 0xafd985,
		0xb8d0bd, 0xb96e67, 0xbbd18f, 0xc4b17a, 0xe0a4ae, 0xe0b989, 0xe383a0, 0xe5908d,
		0xe7a8b1, 0xeb9494, 0xeba684};
	if (b < 3)
		return 0;
	uint32_t t = (uint32_t)(unsigned char)rx_lower(s[b - 3]) << 16 | (uint32_t)(unsigned char)rx_lower(s[b - 2]) << 8 |
		     (unsigned char)rx_lower(s[b - 1]);
	size_t lo = 0, hi = sizeof suf / sizeof suf[0];
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (suf[mid] < t)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == sizeof suf / sizeof suf[0] || suf[lo] != t)
		return 0;
	size_t ls = rx_line_start(s, at);
	if (b - ls > 80 || !rx_kwset_bytes_end(&user_kws, s, ls, b, 1))
		return 0;
	size_t i = at + 1;
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	int q = i < len && s[i] == '"';
	i += q;
	if (i < len && s[i] == '@')
		i++;
	size_t e = handle_end(s, len, i), f = e;
	if (q && (f >= len || s[f] != '"'))
		return 0;
	f += q;
	while (f < len && (s[f] == ' ' || s[f] == '\r' || s[f] == ','))
		f++;
	if (e - i < 4 || (f < len && s[f] != '\n') || !name_handle(c, s + i, e - i))
		return 0;
	return (unsigned)rx_emit(c, i, e, REDACT_PERSON);
}
