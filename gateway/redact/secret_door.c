/* secret_door.c: the codes that open a home, and passwords under labels
 * in scripts the keyword triggers do not read.
 *
 *   Door code: 3184#                        a door's, a gate's or a key
 *   Der Schlüsselkasten hängt links neben   box's code, after its words in
 *   der Tür, Code 1948#.                    16 languages: four to eight
 *   キーボックスはドアの左側、暗証番号は 8421# です   digits, a '#', '*' or a
 *                                           capital after them ("4139C")
 *   Wi-Fi: Apt_8C8F / κωδικός: DH2Q-MGWH    a password's label in Greek,
 *   와이파이: Casa_HF8A / 비밀번호: z8z5u63w      Korean, Japanese, Chinese,
 *   Wi-Fi: Home_6FCC รหัสผ่าน MBBT-DYWL       Thai, Russian, Turkish...,
 *                                           with its colon or after a
 *                                           network's name
 *
 * A code that opens a door is a credential like a password (whoever reads
 * it can walk in), so it is a secret wherever it is written; a one-time
 * code a service texts ("the access code they texted was 020788") is left
 * to the one-time-code rules. Words that only say "code" ("κωδικός",
 * "รหัส", "clave") name a password only on a line about Wi-Fi. */
#include <pthread.h>
#include <string.h>

#include "secret_int.h"

static const char *const door_words[] = {
	"door code", "gate code", "entry code", "building code", "front door code", "alarm code",
	"intercom code", "buzzer code", "key box", "keybox", "key safe", "keysafe", "key lockbox",
	"lock box code", "türcode", "haustürcode", "torcode", "schlüsselkasten", "schlüsselbox",
	"schlüsseltresor", "schlüsselsafe", "deurcode", "sleutelkastje", "sleutelkluis", "poortcode",
	"digicode", "boîte à clés", "boîte à clé", "boite à clés", "code de la porte", "code porte",
	"code d'entrée", "code du portail", "código de la puerta", "caja de llaves", "código del portal",
	"código del portón", "código da porta", "cofre das chaves", "caixa de chaves", "código do portão",
	"codice del portone", "codice della porta", "codice del cancello", "cassetta delle chiavi",
	"cassetta portachiavi", "κωδικός πόρτας", "κωδικός εισόδου", "κλειδοθήκη", "anahtar kutusu",
	"kapı şifresi", "kapı kodu", "kod do drzwi", "kod do bramy", "skrytka na klucze",
	"sejf na klucze", "kod do domofonu", "portkod", "portkoden", "nyckelbox", "nyckelskåp",
	"dørkode", "nøgleboks", "nøkkelboks", "код домофона", "код двери", "код от двери",
	"сейф для ключей", "ключница",
	/* an alarm's code, a keypad's; a PIN (a parental control's, a card's)
	 * (stop 45) */
	"alarm", "alarma", "alarme", "allarme", "alarmanlage", "alarmcode", "alarmkod", "larm",
	"larmkod", "alarmsysteem", "alarmu", "alarmı", "keypad", "front door keypad",
	"haustür-code", "codice portone", "pin", "pin-kod", "kod pin", "código pin", "codice pin",
	"code pin", "code parental", "parental pin",
	/* a parcel's pick-up code, a phone's unlock code left for its repair,
	 * a delivery's door code (stop 45, part 26) */
	"pick-up code", "pickup code", "collection code", "código de recogida", "codice di ritiro",
	"abholcode", "code de retrait", "ophaalcode", "teslim alma kodu", "teslim alma kodunuz",
	"upplåsningskod", "kod odbioru", "unlock code", "passcode", "kod odblokowania",
	"entsperrcode", "codice di sblocco", "code de déverrouillage", "código de desbloqueo",
	"toegangscode", "tür-code", "voordeur",
	/* a gym's or a club's locker, a studio's check-in, a bar's till
	 * (stop 47: "Locker code (your choice): 7995", "Spind-Code",
	 * "Kluiscode", "Codice armadietto", "Code casier", "Código taquilla",
	 * "kassakod kiosken", "code caisse buvette") */
	"locker code", "spind-code", "spindcode", "kluiscode",
	"codice armadietto", "code casier", "código taquilla", "código de taquilla",
	"código do cacifo", "skåpkod", "door access code", "access code for the door",
	"check-in-code", "check-in code", "zugangscode", "kassakod", "kassa-pincode", "pincode",
	"code caisse", "codice cassa", "código de caja", "till pin", "kassen-pin",
	/* a smart lock's, an intercom's, a cold room's (stop 48) */
	"smart lock", "smartlock", "smartlås", "hoveddør", "dørtelefonkode", "ovikoodi",
	"keypad_code", "frontdoor_keypad_code", "intercomcode", "porttelefonkod", "kodlås", "ytterdörr",
	"haustür", "gegensprechanlage", "nuki", "intercom",
	/* a job sheet's alarm and key safe in more languages, a till's code
	 * (stop 49) */
	"код сигнализации", "код охраны", "κωδικός συναγερμού", "συναγερμός", "hälytyskoodi", "hälytys",
	"alarmkode", "alarmkoden", "cod alarmă", "cod alarma", "alarm şifresi",
	"avainsäilö", "avainsäilön", "cofre de chaves", "cassetta chiavi", "kasa şifresi", "kassakode",
	"kassakoodi", "pin do kasy", "pin da caixa", "pin cassa", "pin del datáfono",
	/* a guard's log of an alarm set or unset with a code (stop 52:
	 * "Unset with code 9022, area checked") */
	"unset with code", "set with code", "disarmed with code", "armed with code", "disarm code",
	"unset code", "unscharf mit code", "désactivée avec le code", "désarmée avec le code",
	"desactivada con el código", "disattivato con il codice", "uitgeschakeld met code",
	NULL,
};
struct rx_kwset sc_door_kws = RX_KWSET(door_words);

/* Door words in scripts written without spaces, found by their bytes. */
static const char *const door_script[] = {
	"キーボックス", "暗証番号", "ドアコード", "オートロック", "키박스", "도어락", "현관 비밀번호",
	"보안 해제", "경보 해제", "セキュリティ解除", "警報解除", "警报密码", "报警密码",
	"กล่องกุญแจ", "รหัสประตู", "密码箱", "钥匙盒", "门锁密码", "门禁密码", "門禁密碼", "鑰匙盒",
	"認証番号", "受取番号", "출입번호", "공동현관", "رمز البوابة", "رمز الباب",
	/* a cold room's door, a locker, "open the door for me" (stop 48) */
	"门密码", "储物柜", "開門", "开门", "开下门", "ロッカー", "사물함", "الباب", NULL,
};

/* A door's code at s[i]: four to eight digits alone, a '#', '*' or one
 * capital after them; its end, else 0. */
static size_t code_at(const char *s, size_t len, size_t i)
{
	if (i > 0 && (rx_is_alnum((unsigned char)s[i - 1]) || rx_in(".,/-+:#", s[i - 1])))
		return 0;
	/* (a capital first: "A270", "A494") */
	size_t e = i + (i + 1 < len && rx_is_upper((unsigned char)s[i]) && rx_is_digit((unsigned char)s[i + 1]));
	size_t d = e;
	while (e < len && e - d < 9 && rx_is_digit((unsigned char)s[e]))
		e++;
	/* (a capital inside, a key safe's "7C260": one to three digits, the
	 * capital, three digits or more; stop 57) */
	if (d == i && e > d && e - d <= 3 && e + 4 < len && rx_is_upper((unsigned char)s[e]) &&
	    rx_is_digit((unsigned char)s[e + 1])) {
		size_t m = e + 1;
		while (m < len && m - e < 7 && rx_is_digit((unsigned char)s[m]))
			m++;
		if (m - e - 1 >= 3)
			e = m;
	}
	if (e - i < 4 || e - d > 8 || (d > i && e - d < 3))
		return 0;
	/* (two groups of four: a locker's "3261-3735") */
	if (d == i && e - i == 4 && e + 5 <= len && s[e] == '-' && rx_is_digit((unsigned char)s[e + 1]) &&
	    rx_is_digit((unsigned char)s[e + 4]) && (e + 5 == len || !rx_is_alnum((unsigned char)s[e + 5])))
		for (size_t k = e + 1; k < e + 5 && rx_is_digit((unsigned char)s[k]); k++)
			if (k == e + 4) {
				e += 5;
				break;
			}
	if (e < len && (s[e] == '#' || s[e] == '*'))
		e++;
	else if (e < len && rx_is_upper((unsigned char)s[e]) && (e + 1 == len || !rx_is_alnum((unsigned char)s[e + 1])))
		e++;
	/* (no time, date, decimal, range or longer word goes on) */
	if (e < len && (rx_is_alnum((unsigned char)s[e]) || s[e] == '_' || s[e] == '@' ||
			(rx_in(":./-,", s[e]) && e + 1 < len && rx_is_digit((unsigned char)s[e + 1]))))
		return 0;
	return e;
}

/* A one-time code's validity after it ("611651. Válido durante 10
 * minutos", "valid for 10 minutes"): the one-time-code rules' (a texted
 * code is left to them). */
static int one_time_after(const char *s, size_t len, size_t e)
{
	static const char *const w[] = {"valid", "válido", "valido", "gültig", "geldig", "expire", "expira",
					"scade", "ważny", "wygasa", NULL};
	size_t i = e;
	while (i < len && i - e < 3 && rx_in(". ,-(", s[i]))
		i++;
	for (const char *const *q = w; *q; q++) {
		size_t n = strlen(*q);
		if (i + n <= len && rx_fold_eq(s + i, *q, n))
			return 1;
	}
	return 0;
}

/* The first door code in s[from, lim) before a sentence's end; with
 * `first`, only the first number there. */
static unsigned code_after(struct rx_ctx *c, size_t from, size_t lim, int first)
{
	const char *s = c->text;
	for (size_t i = from; i < lim; i++) {
		if (s[i] == '.' && (i + 1 == c->len || s[i + 1] == ' ' || s[i + 1] == '\n'))
			return 0;
		/* (an address's number or a time before the code is passed) */
		if (!(rx_is_digit((unsigned char)s[i]) ||
		      (rx_is_upper((unsigned char)s[i]) && i + 1 < c->len && rx_is_digit((unsigned char)s[i + 1]))) ||
		    (i > 0 && rx_is_alnum((unsigned char)s[i - 1])))
			continue;
		size_t e = code_at(s, c->len, i);
		/* (a clock's four digits after "at" is a time: "Alarm at 0600") */
		if (e && e - i == 4 && i >= 3 && s[i - 1] == ' ' &&
		    (rx_fold_eq(s + i - 3, "at", 2) || rx_fold_eq(s + i - 3, "um", 2)) &&
		    (i == 3 || !rx_is_alpha((unsigned char)s[i - 4])))
			continue;
		if (e && !one_time_after(s, c->len, e))
			return (unsigned)rx_emit(c, i, e, REDACT_SECRET);
		if (first)
			return 0;
	}
	return 0;
}

/* Words that only say "code" or "combination", and the words of a door, a
 * gate, a locker or of opening one that make it a door's code on their
 * line ("¿alguien me abre? el código 785514 ya no va", "Locker 76,
 * combination 7076", "Spind 28, Zahlenschloss 8979", "a senha do portão é
 * 1186#", "Código nuevo de la puerta del laboratorio: 968880"). */
static const char *const code_words[] = {
	"code", "código", "codice", "kod", "koodi", "код", "combination", "combinación", "combinazione",
	"kombination", "zahlenschloss", "senha", "clave", "الرمز", NULL,
};
struct rx_kwset sc_code_kws = RX_KWSET(code_words);
static const char *const door_places[] = {
	"locker", "spind", "kaappi", "skåp", "casier", "casillero", "armadietto", "taquilla", "cacifo",
	"szafka", "шкафчик", "door", "porte", "puerta", "porta", "portão", "portail", "portón", "tür",
	"deur", "dörr", "dør", "дверь", "двери", "gate", "chapa", "open me", "let me in", "swipe me",
	"откройте", "откроет", "відчиніть", "öffne", "apri", "aprire", "الباب",
	/* a key left by the door in a safe (stop 49: "Klucz jest w sejfie
	 * przy drzwiach, kod 7896") */
	"drzwi", "drzwiach", "furtka", "furtki", "furtkę", "dörren", "døra", "døren", "ovi", "oven", "ovella", "ușă", "ușa", "kapı",
	"kapının", "deurtje", "sejf", "sejfie", "nyckelboxen", "nøkkelboksen", "avainsäilössä", "nøglen",
	"nyckeln", "nøkkelen", "klucz", "avain", "cheia", "anahtar", "llave", "chiave", "schlüssel",
	"sleutel", NULL,
};
static struct rx_kwset door_places_kws = RX_KWSET(door_places);
/* (asking to open, which may run on: "ouvrira", "abrela") */
static const char *const door_stems[] = {"abre", "abra", "ouvrir", NULL};

/* Whether a word of the list starts at s[i] within [i, to); with
 * `whole`, ending there. */
static int door_word_at(const char *s, size_t i, size_t to, const char *const *list, int whole)
{
	unsigned char f = (unsigned char)rx_lower(s[i]);
	for (; *list; list++) {
		/* (a cheap look first: an ASCII first letter) */
		if (f < 0x80 && (unsigned char)(*list)[0] != f)
			continue;
		size_t n = strlen(*list);
		if (i + n > to || !rx_fold_eq(s + i, *list, n))
			continue;
		if (!whole || i + n == to || !rx_is_alpha((unsigned char)s[i + n]))
			return 1;
	}
	return 0;
}

unsigned sc_detect_code_said(struct rx_ctx *c)
{
	const char *s = c->text;
	if (c->ms > 0 && (rx_is_alnum((unsigned char)s[c->ms - 1]) || s[c->ms - 1] == '_' || s[c->ms - 1] == '-'))
		return 0;
	size_t ls = rx_line_start(s, c->ms), le = rx_line_end(s, c->len, c->me);
	size_t lim = c->me + 60 < le ? c->me + 60 : le;
	/* (a cheap look first: three digits in a row after the word) */
	{
		int run = 0;
		for (size_t i = c->me; i < lim && run < 3; i++)
			run = rx_is_digit((unsigned char)s[i]) ? run + 1 : 0;
		if (run < 3)
			return 0;
	}
	/* (not a shop's, a parcel's or a post office's: "discount code",
	 * "kod pocztowy" is after it) */
	static const char *const not_before[] = {"discount ", "promo ", "voucher ", "coupon ", "gift ",
						 "tracking ", "booking ", "order ", "postal ", "zip ",
						 "post ", "area ", "country ", "error ", "status ", "rabatt",
						 "gutschein", "código postal ", "codice fiscale ", NULL};
	for (const char *const *w = not_before; *w; w++) {
		size_t n = strlen(*w);
		if (c->ms >= ls + n && rx_fold_eq(s + c->ms - n, *w, n))
			return 0;
	}
	size_t from = c->ms > ls + 80 ? c->ms - 80 : ls, to = c->me + 80 < le ? c->me + 80 : le;
	int place = rx_kw_last(c, &door_places_kws, from, to, NULL) != RX_NONE;
	for (size_t i = from; i < to && !place; i++) {
		if (i > from && rx_is_alpha((unsigned char)s[i - 1]))
			continue;
		place = door_word_at(s, i, to, door_stems, 0);
	}
	/* (or a question about a door's code on the two lines above, which
	 * this line answers: "Jaki jest kod do furtki?" / "Kod to 2074."; stop
	 * 53) */
	if (!place && ls > 0) {
		size_t up = rx_line_start(s, ls - 1);
		if (up > 0)
			up = rx_line_start(s, up - 1);
		place = memchr(s + up, '?', ls - up) && rx_kw_last(c, &door_places_kws, up, ls, NULL) != RX_NONE;
	}
	if (!place)
		return 0;
	return code_after(c, c->me, lim, 1);
}

unsigned sc_detect_door(struct rx_ctx *c)
{
	const char *s = c->text;
	if (c->ms > 0 && (rx_is_alnum((unsigned char)s[c->ms - 1]) || s[c->ms - 1] == '_'))
		return 0;
	/* (nor a word of an identifier, "ev=PIN_ENTRY_TIMEOUT card=****6000";
	 * stop 67) */
	if (c->me < c->len && s[c->me] == '_')
		return 0;
	size_t le = rx_line_end(s, c->len, c->me), lim = c->me + 80 < le ? c->me + 80 : le;
	/* a one-time passcode is the one-time-code rules' ("Your one-time
	 * passcode is 423934") */
	if (c->ms >= 9 && (rx_fold_eq(s + c->ms - 9, "one-time ", 9) || rx_fold_eq(s + c->ms - 9, "one time ", 9)))
		return 0;
	/* a PIN: the first number after the word, not a postal code ("PIN
	 * code 445239", an Indian address line's "PIN: 560034"), nor a masked
	 * card's last digits ("Pin ************6672") */
	if (c->me - c->ms >= 3 && rx_fold_eq(s + c->me - 3, "pin", 3)) {
		size_t q = c->me, ls = rx_line_start(s, c->ms);
		while (q < le && rx_in(" :-", s[q]))
			q++;
		if (q + 4 <= le && (rx_fold_eq(s + q, "code", 4) || rx_fold_eq(s + q, "no", 2) || s[q] == '*'))
			return 0;
		/* (after an address's comma, "Bengaluru, Karnataka, PIN
		 * 560034"; not after prose's, "has the certificate, PIN
		 * 323380", a word in small letters before it; stop 53) */
		const char *cm = memrchr(s + ls, ',', c->ms - ls);
		if (cm) {
			size_t w = (size_t)(cm - s);
			while (w > ls && rx_is_alpha((unsigned char)s[w - 1]))
				w--;
			static const char *const addr[] = {"road", "rd", "street", "st", "nagar", "marg", "lane",
							   "colony", "layout", "sector", "block", "cross", "main",
							   "chowk", "bazar", "bazaar", "dist", "district", "taluk",
							   "tehsil", "po", "ps", "village", "post", NULL};
			if (w == (size_t)(cm - s) || !rx_is_lower((unsigned char)s[w]))
				return 0;
			for (const char *const *a = addr; *a; a++)
				if (strlen(*a) == (size_t)(cm - s) - w && rx_fold_eq(s + w, *a, strlen(*a)))
					return 0;
		}
		return code_after(c, c->me, lim, 1);
	}
	unsigned k = code_after(c, c->me, lim, 0);
	/* a question about the code, answered on the next line of a chat
	 * ("¿Cuál es el código del portal?" / "[13:48] Arantxa: Es 1039."; stop
	 * 53): the answer's first code after its speaker's colon */
	if (!k && memchr(s + c->me, '?', le - c->me) && le + 1 < c->len) {
		size_t nl = le + 1, ne = rx_line_end(s, c->len, nl);
		const char *colon = memchr(s + nl, ':', ne - nl);
		while (colon && (size_t)(colon - s) + 1 < ne && s[colon - s + 1] != ' ')
			colon = memchr(colon + 1, ':', (size_t)(s + ne - colon - 1));
		if (colon) {
			size_t a = (size_t)(colon - s) + 2;
			k = code_after(c, a, a + 40 < ne ? a + 40 : ne, 0);
		}
	}
	return k;
}

/* A code after a door word of a CJK or Thai script on its line, within 150
 * bytes: fired at the code's first digit. */
unsigned sc_detect_door_script(struct rx_ctx *c)
{
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	size_t i = c->ms;
	/* (right after a letter of those scripts or its colon, or one space
	 * after them) */
	size_t p = i;
	if (p > 0 && s[p - 1] == ' ')
		p--;
	if (p > 0 && s[p - 1] == ':')
		p--;
	if (p < 3 || u[p - 1] < 0x80)
		return 0;
	size_t e = code_at(s, c->len, i);
	if (!e)
		return 0;
	size_t ls = rx_line_start(s, i), from = i > 150 ? i - 150 : 0, k;
	if (from < ls)
		from = ls;
	for (k = from; k < i && u[k] < 0xD8; k++)
		;
	if (k == i || !rx_bytes_in(s, k, i, door_script))
		return 0;
	return (unsigned)rx_emit(c, i, e, REDACT_SECRET);
}

/* Password words in other scripts and languages, and the words that only
 * say "code" (a password on a Wi-Fi line only). */
static const char *const pw_strong[] = {
	"パスワード", "비밀번호", "암호", "密码", "密碼", "пароль", "пароля", "รหัสผ่าน", "lösenord",
	"lösenordet", "şifre", "şifresi", "parola", "salasana", "adgangskode", "passord", "heslo",
	"jelszó", "lozinka", "κωδικός πρόσβασης", "סיסמה", "كلمة المرور", "كلمة السر", "mật khẩu",
	NULL,
};
static const char *const pw_weak[] = {"κωδικός", "κωδικος", "รหัส", "kod", "code", "código",
				      "codice", "clave", "chave", "schlüssel", "sleutel", "clé", NULL};
static const char *const wifi_words[] = {"wi-fi", "wifi", "wlan", "와이파이", "ワイファイ", "无线",
					 "ασύρματο", "вайфай", "ไวไฟ", NULL};

static struct rx_kwset pw_strong_kws = RX_KWSET(pw_strong), pw_weak_kws = RX_KWSET(pw_weak),
			wifi_kws = RX_KWSET(wifi_words);
/* The three lists in one, joined on first use: one probe for them all. */
static const char *all_words[sizeof pw_strong / sizeof pw_strong[0] + sizeof pw_weak / sizeof pw_weak[0] +
			     sizeof wifi_words / sizeof wifi_words[0]];
static pthread_once_t all_once = PTHREAD_ONCE_INIT;

static void all_init(void)
{
	size_t n = 0;
	const char *const *lists[] = {pw_strong, pw_weak, wifi_words};
	for (size_t l = 0; l < 3; l++)
		for (const char *const *w = lists[l]; *w; w++)
			all_words[n++] = *w;
	all_words[n] = NULL;
}
static struct rx_kwset all_kws = RX_KWSET((const char *const *)all_words);

/* Whether a word of the set ends at s[e]: by its hash, or, after a letter
 * of another script, by its bytes ("WiFi密码"). */
static int ends_with(const char *s, size_t from, size_t e, struct rx_kwset *k)
{
	return rx_kwset_ends_at(k, s, from, e) ||
	       ((unsigned char)s[e - 1] >= 0x80 && rx_kwset_bytes_end(k, s, from, e, 1));
}

/* Whether s[a, e) is one word of the set. */
static int is_word(const char *s, size_t a, size_t e, struct rx_kwset *k)
{
	char f[64];
	return e - a < sizeof f && rx_kwset_has(k, f, rx_fold(s + a, e - a, f, sizeof f));
}

/* The value after a password word at s[i, le): a password-like word or a
 * varied one of six bytes or more. */
static unsigned pw_value(struct rx_ctx *c, size_t i, size_t le)
{
	const char *s = c->text;
	size_t vs, raw, ve = sc_value_at(s, le, i, &vs, &raw);
	if (ve <= vs || ve - vs < 6 || sc_placeholder(s + vs, raw - vs) || sc_other_value(s + vs, ve - vs) ||
	    !(sc_password_like(s + vs, ve - vs) || sc_varied(s + vs, ve - vs)))
		return 0;
	return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
}

/* Fired at ':' (or the first byte of '：'). */
unsigned sc_detect_script_pw(struct rx_ctx *c)
{
	const char *s = c->text;
	const unsigned char *u = (const unsigned char *)s;
	size_t at = c->ms, after = at + 1;
	if ((unsigned char)s[at] == 0xEF) {
		if (at + 2 >= c->len || u[at + 1] != 0xBC || u[at + 2] != 0x9A)
			return 0;
		after = at + 3;
	}
	size_t e = at, le;
	while (e > 0 && at - e < 8 && s[e - 1] == ' ')
		e--;
	/* (a label ends with a letter: not a time, a quote or a URL's port) */
	if (e == 0 || s[e - 1] == '\n' || (u[e - 1] < 0x80 && !rx_is_alpha(u[e - 1])))
		return 0;
	size_t from = e > 40 ? e - 40 : 0;
	for (size_t q = e; q > from; q--)
		if (s[q - 1] == '\n') {
			from = q;
			break;
		}
	/* (one probe for the three lists' words) */
	pthread_once(&all_once, all_init);
	if (!ends_with(s, from, e, &all_kws))
		return 0;
	size_t ls = rx_line_start(s, at);
	le = rx_line_end(s, c->len, after);
	if (ends_with(s, from, e, &pw_strong_kws) ||
	    (ends_with(s, from, e, &pw_weak_kws) && rx_phrase_in(s, ls, e, wifi_words)))
		return pw_value(c, after, le);
	/* "Wi-Fi: <network> <password word> <password>", no colon after the
	 * word */
	if (!ends_with(s, from, e, &wifi_kws))
		return 0;
	size_t i = after;
	while (i < le && s[i] == ' ')
		i++;
	size_t a = i;
	while (i < le && s[i] != ' ')
		i++;
	if (i == a || i - a > 32 || i >= le)
		return 0;
	while (i < le && (s[i] == ' ' || s[i] == '/' || s[i] == ','))
		i++;
	size_t w = i;
	while (i < le && s[i] != ' ' && s[i] != ':')
		i++;
	if (i == w || i >= le || s[i] != ' ' || !(is_word(s, w, i, &pw_strong_kws) || is_word(s, w, i, &pw_weak_kws)))
		return 0;
	return pw_value(c, i, le);
}

/* The codes that move a number or open a SIM, and a router's passwords
 * under labels of other languages (stop 48): a French RIO, a UK PAC, an
 * MNP reservation number, a carrier's transfer PIN, the customer password
 * at the old provider, a SIM's PUK ("PIN / PUK: 9556 / 81318381": the
 * second after the slash), "Пароль администратора", "Ключ Wi-Fi". The
 * value is the next word of four to forty letters, digits and "-#*._!$%&"
 * with a digit, after the label's colon or space. */
static const char *const sim_words[] = {
	"code rio", "rio", "pac", "pac code", "mnp reservation number", "transfer pin",
	"number transfer pin", "port-out pin", "port out pin", "kundenkennwort", "puk", "puk code",
	"puk-code", "código puk", "codice puk", "code puk", "pin / puk", "pin/puk", "pincode / puk", "pin-code / puk",
	"пароль администратора", "ключ wi-fi", "ключ сети", "пароль wi-fi", NULL,
};
struct rx_kwset sc_sim_kws = RX_KWSET(sim_words);

unsigned sc_detect_sim_code(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, le = rx_line_end(s, len, c->me), q = c->me;
	if (c->ms > 0 && rx_is_alnum((unsigned char)s[c->ms - 1]))
		return 0;
	/* (words of the label after it: "Kundenkennwort beim Altanbieter:") */
	size_t colon = q;
	while (colon < le && colon - q < 32 && s[colon] != ':')
		colon++;
	if (colon < le && s[colon] == ':')
		q = colon + 1;
	else if (q < le && (s[q] == '_' || rx_is_alpha((unsigned char)s[q])))
		return 0;
	while (q < le && rx_in(" :-\t", s[q]))
		q++;
	int pair = c->me - c->ms >= 3 && rx_fold_eq(s + c->me - 3, "puk", 3) &&
		   memchr(s + c->ms, '/', c->me - c->ms) != NULL;
	for (int k = 0; k < 2; k++) {
		size_t e = q;
		int digit = 0;
		while (e < le && e - q < 41 && (rx_is_alnum((unsigned char)s[e]) || rx_in("-#*._!$%&", s[e]))) {
			digit |= rx_is_digit((unsigned char)s[e]);
			e++;
		}
		if (e - q < 4 || e - q > 40 || !digit || (e < le && !rx_in(" \r\t,;)", s[e])))
			return 0;
		/* (a form's sample: "ABC123456") */
		if (!pair)
			return sc_placeholder(s + q, e - q) || memmem(s + q, e - q, "123456", 6) ||
					       (e - q > 3 && rx_fold_eq(s + q, "abc1", 4))
				       ? 0
				       : (unsigned)rx_emit(c, q, e, REDACT_SECRET);
		/* the PIN first, the PUK after " / " */
		if (e + 3 >= le || memcmp(s + e, " / ", 3) != 0)
			return 0;
		q = e + 3;
		pair = 0;
	}
	return 0;
}
