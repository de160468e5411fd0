/* secret_mfa.c: what a two-factor setup page shows, pasted with the
 * question where to keep it:
 *
 *   Backup codes for ana@example.org         the codes under their heading,
 *   1. svk56-w9i2h                           in any language ("Kody
 *   2. ~~4ba5gxx4kv38~~ (used)               zapasowe", "備用驗證碼"), of
 *   3. JJLC-LUDB-DN95-UNKX                   the shapes sites print; a code
 *                                            struck out as used is passed
 *   Can't scan? Enter this key:              a setup key in groups of four
 *   kbxx uqwr 5hwn vdwk mbke qrme fnof tf2v  (base32), on its label's line
 *   App password (Mail): qvfe iqrs jpbm gbqx or the next; an app password
 *                                            after a password's label
 *   Bildschirmzeit-Code: 836835              a parental control's passcode
 *   security Q: first pet = Minou            a security question's answer
 */
#include <string.h>

#include "secret_int.h"

/* Whether s[a, b) has four consonants in a row (no vowel, no digit): a
 * random code's, rarely a word's. */
static int consonant_run(const char *s, size_t a, size_t b)
{
	int run = 0;
	for (size_t i = a; i < b; i++) {
		unsigned char ch = (unsigned char)(s[i] | 0x20);
		run = rx_is_alpha((unsigned char)s[i]) && !rx_in("aeiouy", (char)ch) ? run + 1 : 0;
		if (run >= 4)
			return 1;
	}
	return 0;
}

/* A recovery code at s[i]: one part of 4-16 letters and digits, or two to
 * four parts of 4-6 with a '-' or a space between ("svk56-w9i2h", "4821
 * 9930", "JJLC-LUDB-DN95-UNKX"); a digit in it, or the look of a random
 * code (parts of capitals only, or four consonants in a row); its end or
 * 0. */
static size_t recovery_code(const char *s, size_t le, size_t i)
{
	size_t e = i, digits = 0, parts = 0, lower = 0;
	for (;;) {
		size_t ps = e;
		while (e < le && rx_is_alnum((unsigned char)s[e])) {
			digits += rx_is_digit((unsigned char)s[e]);
			lower += rx_is_lower((unsigned char)s[e]);
			e++;
		}
		if (e - ps < 4 || e - ps > 16 || (parts && e - ps > 6))
			return 0;
		parts++;
		if (parts < 4 && e + 1 < le && (s[e] == '-' || s[e] == ' ') && rx_is_alnum((unsigned char)s[e + 1]) &&
		    e - ps <= 6)
			e++;
		else
			break;
	}
	if (digits || (parts >= 3 && !lower) || (e - i >= 8 && consonant_run(s, i, e)))
		return e;
	return 0;
}

/* The codes of the lines from the one after `row` (a '\n' or the text's
 * start - 1): "1. svk56-w9i2h", "- 4821 9930", "svk56-w9i2h  9k2m1-x8q0p",
 * up to 24 lines, passing `other` lines of other text before the first,
 * blank lines, and codes struck out as used ("~~4ba5gxx4kv38~~ (used)"). */
static unsigned codes_below(struct rx_ctx *c, size_t row, int other)
{
	const char *s = c->text;
	size_t len = c->len;
	unsigned k = 0;
	for (int n = 0; n < 24 && (row == (size_t)-1 || row < len); n++) {
		size_t ls = row + 1, le = rx_line_end(s, len, ls), i = ls;
		row = le;
		while (i < le && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (i == le || (i + 1 == le && s[i] == '\r')) {
			if (k)
				break;
			continue;
		}
		/* "1.", "1)", "-", "*" before the code */
		size_t j = i;
		while (j < le && rx_is_digit((unsigned char)s[j]))
			j++;
		if (j > i && j < le && (s[j] == '.' || s[j] == ')'))
			i = j + 1;
		else if (s[i] == '-' || s[i] == '*')
			i++;
		while (i < le && s[i] == ' ')
			i++;
		if (i + 2 < le && s[i] == '~' && s[i + 1] == '~')
			continue; /* (used) */
		size_t cs[4], ce[4];
		int here = 0;
		for (; here < 4 && i < le; here++) {
			size_t e = recovery_code(s, le, i);
			if (!e || (e < le && !rx_in(" \t\r", s[e])))
				break;
			cs[here] = i;
			ce[here] = e;
			i = e;
			while (i < le && rx_in(" \t\r", s[i]))
				i++;
		}
		if (here && i < le)
			break; /* a line of prose that starts with a code-like word */
		for (int m = 0; m < here; m++)
			k += (unsigned)rx_emit(c, cs[m], ce[m], REDACT_SECRET);
		if (!here && (k || --other < 0))
			break;
	}
	return k;
}

/* Under "Recovery codes" / "Backup codes": the codes of the lines below,
 * passing two lines of other text before the first ("Keep these somewhere
 * safe."). */
unsigned sc_detect_recovery_codes(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, le = rx_line_end(s, len, c->me), i = c->me;
	/* or after its colon on the heading's line, a comma or a space
	 * between them ("Backup codes for the social account: 5935-7547,
	 * 0986-4538, 9513-4133"; stop 50) */
	while (i < le && i - c->me < 48 && s[i] != ':')
		i++;
	unsigned k = 0;
	if (i < le && s[i] == ':') {
		for (int n = 0; n < 16; n++) {
			while (i < le && rx_in(":, ;\t", s[i]))
				i++;
			size_t e = i < le ? recovery_code(s, le, i) : 0;
			if (!e || (e < le && !rx_in(" ,;\t\r", s[e])))
				break;
			k += (unsigned)rx_emit(c, i, e, REDACT_SECRET);
			i = e;
		}
	}
	return k + codes_below(c, le, 2);
}

/* At a numbered list's "1." at a line's start: its codes when the words
 * of a recovery code's heading are in the three lines above (found there
 * as bytes: "的備用驗證碼", "のバックアップコード" follow other letters). */
unsigned sc_detect_recovery_list(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t p = c->ms;
	if (s[p] != '1' || p + 4 >= c->len || (s[p + 1] != '.' && s[p + 1] != ')') || s[p + 2] != ' ' ||
	    (p > 0 && s[p - 1] != '\n'))
		return 0;
	size_t from = p, lines = 0;
	while (from > 0 && lines < 4 && p - from < 400)
		lines += s[--from] == '\n';
	if (rx_kwset_last(&sc_recovery_kws, s, from, p) == RX_NONE)
		return 0;
	return codes_below(c, p - 1, 0);
}

/* Words of a password's label, in the label before a colon (found as
 * bytes: "應用程式密碼（郵件）", "アプリパスワード"). */
static const char *const pw_label_words[] = {
	"password", "passwort", "kennwort", "mot de passe", "contraseña", "senha", "hasło", "haslo",
	"wachtwoord", "lösenord", "losenord", "adgangskode", "passord", "salasana", "parola", "şifre",
	"şifresi", "heslo", "jelszó", "parolă", "пароль", "пароля", "κωδικός", "密码", "密碼",
	"パスワード", "비밀번호", "암호", "סיסמה", "كلمة المرور", "كلمة مرور", "كلمة السر", "รหัสผ่าน",
	"mật khẩu", "kata sandi", "sandi", "पासवर्ड", "app password", "passcode", NULL,
};
static struct rx_kwset pw_label_kws = RX_KWSET(pw_label_words);

/* Groups of four base32 characters of one case ("kbxx uqwr 5hwn vdwk",
 * "JBSW Y3DP EHPK 3PXP"), one space between, from s[i] to the line's end
 * (spaces and '\r' after): their count (0: none), the end in *e, and in
 * *digits and *bare the groups with a digit and those without a vowel. */
static int b32_groups(const char *s, size_t len, size_t i, size_t *e, int *digits, int *bare)
{
	int n = 0, up = -1;
	*digits = *bare = 0;
	for (;;) {
		if (i + 4 > len)
			return 0;
		int dg = 0, vw = 0;
		for (size_t k = i; k < i + 4; k++) {
			unsigned char ch = (unsigned char)s[k];
			if (ch >= '2' && ch <= '7') {
				dg = 1;
				continue;
			}
			if (!rx_is_alpha(ch))
				return 0;
			int u = rx_is_upper(ch);
			if (up >= 0 && u != up)
				return 0;
			up = u;
			vw |= rx_in("aeiouAEIOU", (char)ch);
		}
		n++;
		*digits += dg;
		*bare += !vw && !dg;
		i += 4;
		if (n < 10 && i + 1 < len && s[i] == ' ' && s[i + 1] != ' ')
			i++;
		else
			break;
	}
	*e = i;
	while (i < len && (s[i] == ' ' || s[i] == '\r'))
		i++;
	return i == len || s[i] == '\n' ? n : 0;
}

/* Whether the label s[ls, le) names a parental control's or a screen
 * time's passcode ("Bildschirmzeit-Code", "Skärmtidskod", "スクリーンタイム・
 * パスコード"): one of these words in it, folded, glued or not. */
static int parental_label(const char *s, size_t ls, size_t le)
{
	static const char *const w[] = {
		"screen time", "screentime", "bildschirmzeit", "schermtijd", "tempo de uso", "tempo di utilizzo",
		"temps d'écran", "temps d’écran", "ekran süresi", "skärmtid", "skjermtid", "skærmtid",
		"näyttöaika", "czasu przed ekranem", "czas przed ekranem", "tiempo de uso", "tempo de ecrã",
		"tempo de tela", "экранное время", "екранний час", "parental", "kindersicherung", "jugendschutz",
		"family link", "restrictions", "ouderlijk toezicht", "kontrola rodzicielska",
		"родительский контроль", "ebeveyn", "föräldrakontroll", "controllo parentale",
		"control parental", "controlo parental", "contrôle parental", "스크린 타임", "자녀 보호",
		"スクリーンタイム", "ペアレンタル", "屏幕使用时间", "螢幕使用時間", "家长控制", "家長控制", NULL,
	};
	char f[128];
	if (le - ls >= sizeof f)
		return 0;
	size_t n = rx_fold(s + ls, le - ls, f, sizeof f);
	for (const char *const *p = w; *p; p++)
		if (memmem(f, n, *p, strlen(*p)))
			return 1;
	return 0;
}

/* At ':' (or the full-width '：'): a setup key of eight groups of four
 * (base32: a digit or no vowel in half of them) after a label or on the
 * next line ("Enter this key:\nkbxx uqwr ..."); four groups after a
 * password's label ("App password (Mail): qvfe iqrs jpbm gbqx",
 * "Mot de passe d'application (Thunderbird): utrx llau pkqn gytf"). */
unsigned sc_detect_grouped_key(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, i = c->ms;
	if ((unsigned char)s[i] == 0xEF) {
		if (i + 3 > len || (unsigned char)s[i + 1] != 0xBC || (unsigned char)s[i + 2] != 0x9A)
			return 0;
		i += 3;
	} else {
		i++;
	}
	while (i < len && s[i] == ' ')
		i++;
	int next = 0;
	if (i < len && (s[i] == '\n' || s[i] == '\r')) {
		i += s[i] == '\r';
		if (i >= len || s[i] != '\n')
			return 0;
		i++;
		next = 1;
	}
	/* a setup key in one piece on the label's next line ("Nhập khóa
	 * này:\nCWWF2LHW..."): 16 to 64 base32 capitals to the line's end, two
	 * digits at least, a letter beyond hex's */
	if (next) {
		size_t e = i;
		int dg = 0, hi = 0;
		while (e < len && e - i <= 64 && ((s[e] >= 'A' && s[e] <= 'Z') || (s[e] >= '2' && s[e] <= '7'))) {
			dg += rx_is_digit((unsigned char)s[e]);
			hi |= s[e] > 'F';
			e++;
		}
		if (e - i >= 16 && e - i <= 64 && dg >= 2 && hi && (e == len || rx_in("\r\n", s[e])))
			return (unsigned)rx_emit(c, i, e, REDACT_SECRET);
	}
	/* a parental control's passcode: four to eight digits to the line's
	 * end after a screen time's label */
	if (!next && i < len && rx_is_digit((unsigned char)s[i])) {
		size_t e = i;
		while (e < len && e - i <= 8 && rx_is_digit((unsigned char)s[e]))
			e++;
		size_t f = e;
		while (f < len && (s[f] == ' ' || s[f] == '\r'))
			f++;
		if (e - i >= 4 && e - i <= 8 && (f == len || s[f] == '\n') && parental_label(s, rx_line_start(s, c->ms), c->ms))
			return (unsigned)rx_emit(c, i, e, REDACT_SECRET);
		return 0;
	}
	/* (a cheap look first: four base32 characters and a space) */
	if (i + 9 > len || s[i + 4] != ' ')
		return 0;
	size_t e;
	int digits, bare, n = b32_groups(s, len, i, &e, &digits, &bare);
	if (n < 4)
		return 0;
	if (n >= 6 && digits + bare >= n / 2)
		return (unsigned)rx_emit(c, i, e, REDACT_SECRET);
	if (n != 4 || next || (digits < 2 && !bare))
		return 0;
	size_t ls = rx_line_start(s, c->ms);
	if (c->ms - ls > 120 || rx_kwset_last(&pw_label_kws, s, ls, c->ms) == RX_NONE)
		return 0;
	return (unsigned)rx_emit(c, i, e, REDACT_SECRET);
}

static const char *const recovery_words[] = {
	"recovery codes", "backup codes", "recovery code", "backup code", "backup-codes", "back-up codes",
	"back-upcodes", "backupcodes", "codes de récupération", "codes de secours",
	"codes de sauvegarde", "códigos de recuperación", "códigos de respaldo",
	"códigos de backup", "códigos de recuperação", "códigos de reserva", "codici di backup",
	"codici di recupero", "wiederherstellungscodes", "sicherungscodes", "herstelcodes",
	"reservecodes", "kody zapasowe", "kody odzyskiwania", "kody awaryjne", "záložní kódy",
	"kódy pro obnovení", "yedek kodlar", "kurtarma kodları", "yedek kodları", "reservkoder",
	"reservekoder", "backupkoder", "varakoodit", "palautuskoodit", "coduri de rezervă",
	"coduri de recuperare", "tartalékkódok", "mã dự phòng", "mã khôi phục", "kode cadangan",
	"kode pemulihan", "резервные коды", "коды восстановления", "резервні коди",
	"коди відновлення", "εφεδρικοί κωδικοί", "備用驗證碼", "备用验证码", "備用碼", "备用码",
	"恢復碼", "恢复码", "バックアップコード", "リカバリーコード", "백업 코드",
	"복구 코드", "رموز احتياطية", "رموز الاسترداد", "קודי גיבוי", "קודי שחזור", "बैकअप कोड",
	"รหัสสำรอง", NULL,
};
struct rx_kwset sc_recovery_kws = RX_KWSET(recovery_words);

/* Words of a security question ("security Q: first pet = Minou"). */
static const char *const question_words[] = {
	"security q", "security question", "secret question", "first pet", "mother's maiden name",
	"sicherheitsfrage", "pregunta de seguridad", "pregunta secreta", "question secrète",
	"question de sécurité", "domanda di sicurezza", "beveiligingsvraag", "pergunta de segurança",
	"pergunta secreta", "pytanie bezpieczeństwa", "güvenlik sorusu", "контрольный вопрос",
	"секретный вопрос", "säkerhetsfråga", "sikkerhedsspørgsmål", "sikkerhetsspørsmål", NULL,
};
struct rx_kwset sc_question_kws = RX_KWSET(question_words);

/* After a security question's words: the answer, after the last '=' or
 * ':' of its cell or line ("security Q: first pet = Minou"), or after an
 * answer's label on the next line when the question is asked there
 * ("Security question: Name of your first pet?\nAnswer: Minou"). One to
 * five words, no question. */
unsigned sc_detect_security_answer(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, le = rx_line_end(s, len, c->me), i = c->me, sep = 0;
	for (; i < le && i - c->me < 120 && s[i] != ',' && s[i] != ';' && s[i] != '\t'; i++)
		if (s[i] == '=' || s[i] == ':')
			sep = i + 1;
	size_t ce = i;
	if (sep && ce > sep && s[ce - 1] == '?') {
		/* the answer's label on the next line */
		static const char *const ans[] = {"answer:", "antwort:", "respuesta:", "réponse:", "reponse:",
						  "risposta:", "antwoord:", "resposta:", "odpowiedź:", "cevap:",
						  "ответ:", "svar:", "a:", NULL};
		if (le >= len)
			return 0;
		size_t ns = le + 1, ne = rx_line_end(s, len, ns);
		sep = 0;
		for (const char *const *a = ans; *a && !sep; a++) {
			size_t l = strlen(*a);
			if (ne - ns > l && rx_fold_eq(s + ns, *a, l))
				sep = ns + l;
		}
		ce = ne;
	}
	if (!sep)
		return 0;
	while (sep < ce && s[sep] == ' ')
		sep++;
	while (ce > sep && rx_in(" \r.", s[ce - 1]))
		ce--;
	int words = 1;
	for (size_t k = sep; k < ce; k++)
		words += s[k] == ' ';
	if (ce - sep < 2 || ce - sep > 40 || words > 5 || memchr(s + sep, '?', ce - sep) ||
	    sc_placeholder(s + sep, ce - sep))
		return 0;
	return (unsigned)rx_emit(c, sep, ce, REDACT_SECRET);
}
