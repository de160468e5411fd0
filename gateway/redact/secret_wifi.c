/* secret_wifi.c: a router's keys as people copy them off its sticker or its
 * page: a key of digit groups ("Clé de sécurité Wi-Fi: 1669 5899 9670 1362
 * 9709", "Wi-Fi password: 4897 1226 ..."), and a guest network's name and
 * key after a Wi-Fi label ("Guest Wi-Fi: GUEST-PB / kingfisher*4034x"). */
#include <stdint.h>
#include <string.h>

#include "secret_int.h"

size_t sc_digit_groups(const char *s, size_t len, size_t vs)
{
	size_t i = vs, groups = 0, digits = 0, e = vs;
	for (;;) {
		size_t d = 0;
		while (i < len && rx_is_digit((unsigned char)s[i]))
			i++, d++;
		if (d < 4 || d > 6)
			return groups >= 3 && digits >= 12 ? e : vs;
		groups++;
		digits += d;
		e = i;
		if (i + 1 < len && s[i] == ' ' && rx_is_digit((unsigned char)s[i + 1]))
			i++;
		else
			break;
	}
	/* (the key ends the line or its field) */
	if (e < len && !rx_in(" \r\n\t<|,;", s[e]))
		return vs;
	return groups >= 3 && digits >= 12 ? e : vs;
}

static const char *const wifi_words[] = {"wi-fi", "wifi", "wlan", "gastenwifi", "gäste-wlan",
					 "gastwlan", "gast-wlan", "guest network", "wifi invités",
					 "wi-fi invités", "wifi ospiti", "wifi de invitados", NULL};
static struct rx_kwset wifi_kws = RX_KWSET(wifi_words);
/* (and in chats: Russian, Korean, Arabic words for it) */
static const char *const wifi_said_words[] = {"wi-fi", "wifi", "wlan", "вайфай", "вай-фай", "와이파이",
					      "واي فاي", "الواي فاي", NULL};
struct rx_kwset sc_wifi_said_kws = RX_KWSET(wifi_said_words);

/* Whether the label that ends at w on its line starts with a Wi-Fi word
 * after a chat's speaker or the line's start, and names the device it is
 * for ("Wi-Fi for the tablet", "WLAN fürs Tablet", "Wi-Fi de la
 * tablette"): short, of words (no digit, no '_'), not the network's
 * name's label. */
static int wifi_for_label(struct rx_ctx *c, size_t ls, size_t w)
{
	const char *s = c->text;
	size_t p = w;
	while (p > ls && !(s[p - 1] == ' ' && p - 1 > ls && s[p - 2] == ':'))
		p--;
	while (p < w && s[p] == ' ')
		p++;
	if (w - p < 5 || w - p > 32 || !memchr(s + p, ' ', w - p))
		return 0;
	for (size_t i = p; i < w; i++)
		if (rx_is_digit((unsigned char)s[i]) || s[i] == '_')
			return 0;
	/* (the network's name, not its key: "Wi-Fi network name", "WLAN
	 * SSID") */
	if (sc_ci_contains(s + p, w - p, "ssid") || sc_ci_contains(s + p, w - p, "name") ||
	    sc_ci_contains(s + p, w - p, "network") || sc_ci_contains(s + p, w - p, "netz") ||
	    sc_ci_contains(s + p, w - p, "nom") || sc_ci_contains(s + p, w - p, "red ") ||
	    sc_ci_contains(s + p, w - p, "rete") || sc_ci_contains(s + p, w - p, "réseau"))
		return 0;
	uint16_t idx[2];
	return rx_kwset_starts(&wifi_kws, s, c->len, p, idx, 2) > 0;
}

int sc_wifi_label(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t ls = rx_line_start(s, c->ms), e = c->ms;
	while (e > ls && s[e - 1] == ' ')
		e--;
	/* (a note after the label: "Wi-Fi (members): ...") */
	if (e > ls && s[e - 1] == ')') {
		size_t o = e - 1;
		while (o > ls && e - o < 24 && s[o] != '(')
			o--;
		if (s[o] == '(')
			for (e = o; e > ls && s[e - 1] == ' ';)
				e--;
	}
	return e > ls && (rx_kw_ends(c, &wifi_kws, e > ls + 24 ? e - 24 : ls, e) || wifi_for_label(c, ls, e));
}

unsigned sc_wifi_pair(struct rx_ctx *c, size_t vs)
{
	const char *s = c->text;
	/* the network's name, " / ", the key to the line's end (looked at
	 * first: most values are none) */
	/* ("SSID Clubhaus-Gast / ruderboot_club44": the name's word first) */
	if (vs + 5 < c->len && rx_fold_eq(s + vs, "ssid", 4) && (s[vs + 4] == ' ' || s[vs + 4] == ':')) {
		vs += 5;
		while (vs < c->len && s[vs] == ' ')
			vs++;
	}
	size_t q = vs, lim = vs + 40 < c->len ? vs + 40 : c->len;
	while (q < lim && s[q] != ' ' && s[q] != '/' && s[q] != '\n')
		q++;
	/* (a name of words: "FRITZ!Box 7590 KL / ...") */
	if (q < lim && s[q] == ' ' && !(q + 3 < c->len && !memcmp(s + q, " / ", 3)) && memchr(s + q, '/', lim - q)) {
		const char *sl = memmem(s + q, lim - q, " / ", 3);
		const char *nl = memchr(s + q, '\n', lim - q);
		if (sl && (!nl || nl > sl))
			q = (size_t)(sl - s);
	}
	if (q == vs || q + 3 >= c->len || memcmp(s + q, " / ", 3) != 0)
		return 0;
	size_t le = rx_line_end(s, c->len, vs);
	if (q + 3 >= le)
		return 0;
	if (!sc_wifi_label(c))
		return 0;
	size_t ks = q + 3, ke = le;
	while (ke > ks && rx_in(" \r", s[ke - 1]))
		ke--;
	size_t g = sc_digit_groups(s, c->len, ks);
	if (g != ks)
		return (unsigned)rx_emit(c, ks, g, REDACT_SECRET);
	if (ke - ks < 8 || ke - ks > 64 || memchr(s + ks, ' ', ke - ks) || !sc_varied(s + ks, ke - ks) ||
	    sc_placeholder(s + ks, ke - ks))
		return 0;
	return (unsigned)rx_emit(c, ks, ke, REDACT_SECRET);
}

unsigned sc_wifi_named(struct rx_ctx *c, size_t vs, size_t ve)
{
	const char *s = c->text;
	size_t q = c->ms;
	while (q > 0 && s[q - 1] == ' ')
		q--;
	if (q < 4 || s[q - 1] != '"')
		return 0;
	size_t a = q - 1;
	while (a > 0 && q - a < 40 && s[a - 1] != '"' && s[a - 1] != '\n')
		a--;
	if (a < 2 || s[a - 1] != '"' || a + 1 >= q)
		return 0;
	size_t w = a - 1, ls = rx_line_start(s, w);
	while (w > ls && s[w - 1] == ' ')
		w--;
	if (w == ls || !rx_kw_ends(c, &wifi_kws, w > ls + 24 ? w - 24 : ls, w))
		return 0;
	if (ve - vs < 6 || ve - vs > 64 || !sc_varied(s + vs, ve - vs) || sc_placeholder(s + vs, ve - vs))
		return 0;
	return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
}

/* A router's key as its sticker or a family's note writes it: groups of
 * four ("rrwk-3qny-a8g3"), twelve digits or more, a symbol between letters
 * and digits ("schneeflocke*Zeerover22"), or random-looking mixed case
 * ("FN5hkdCF2jWVU42M"); not a network's name ("Livebox-3F2A",
 * "TP-Link_5G_9C", "NETGEAR47"). */
static int key_shaped(const char *v, size_t n)
{
	size_t digits = 0, lower = 0, upper = 0, sym = 0, dash = 0, groups4 = 1, run = 0;
	int grouped = 1;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)v[i];
		if (rx_is_digit(ch))
			digits++;
		else if (rx_is_lower(ch))
			lower++;
		else if (rx_is_upper(ch))
			upper++;
		else if (ch == '-')
			dash++;
		else if (rx_in("*!&$%#?+@~^=", (char)ch))
			sym++;
		else if (ch != '_')
			return 0;
		if (ch == '-') {
			grouped &= run == 4;
			groups4++;
			run = 0;
		} else {
			run++;
		}
	}
	grouped &= run == 4;
	if (n >= 14 && dash >= 2 && grouped && groups4 >= 3 && !upper && digits && lower)
		return 1; /* "rrwk-3qny-a8g3" */
	if (digits == n && n >= 12)
		return 1;
	if (sym && digits && (lower || upper) && n >= 8)
		return 1;
	/* mixed case and digits, no separator, 12 or more: random */
	return n >= 12 && !dash && !sym && upper >= 2 && lower >= 2 && digits >= 2 && sc_varied(v, n);
}

unsigned sc_wifi_alone(struct rx_ctx *c, size_t vs, size_t ve)
{
	const char *s = c->text;
	size_t le = rx_line_end(s, c->len, vs), e = le;
	while (e > vs && rx_in(" \r", s[e - 1]))
		e--;
	if (ve != e || ve - vs < 8 || ve - vs > 64)
		return 0;
	/* the label: a Wi-Fi word, or one and a network's name ("Wi-Fi
	 * Livebox-3F2A :") */
	size_t ls = rx_line_start(s, c->ms), w = c->ms;
	while (w > ls && s[w - 1] == ' ')
		w--;
	if (w == ls)
		return 0;
	/* a device's Wi-Fi in a team's chat ("Wi-Fi for the tablet:
	 * tulipan-salon-39"): a word with letters and a digit */
	if (!key_shaped(s + vs, ve - vs)) {
		int dg = 0, al = 0;
		for (size_t i = vs; i < ve; i++) {
			dg |= rx_is_digit((unsigned char)s[i]);
			al |= rx_is_alpha((unsigned char)s[i]);
		}
		if (!dg || !al || !wifi_for_label(c, ls, w) || sc_placeholder(s + vs, ve - vs))
			return 0;
		return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
	}
	if (sc_placeholder(s + vs, ve - vs))
		return 0;
	if (!rx_kw_ends(c, &wifi_kws, w > ls + 24 ? w - 24 : ls, w)) {
		size_t b = w;
		while (b > ls && s[b - 1] != ' ')
			b--;
		if (b == w || b == ls || w - b > 32)
			return 0;
		w = b - 1;
		if (!rx_kw_ends(c, &wifi_kws, w > ls + 24 ? w - 24 : ls, w))
			return 0;
	}
	return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
}

/* A router's or a box's login after its address on a label's line
 * ("Router admin: http://192.168.0.1 admin / Rega506B-", "Box admin:
 * http://192.168.178.1 admin / z5fw4VJ9tB82o2jxly", "NAS:
 * 221.187.113.223:5001 admin / Backbeat!1155Z"): the password after
 * an administrator's user name and " / ", to the line's end. */
unsigned sc_login_after_url(struct rx_ctx *c, size_t vs, size_t ve)
{
	static const char *const users[] = {"admin", "root", "administrator", "beheerder", "user", NULL};
	const char *s = c->text;
	if (vs >= ve || ve > c->len)
		return 0;
	/* (or a bare IPv4 address with its port: "NAS: 221.187.113.223:5001
	 * admin / ...", stop 50) */
	int dots = 0, bare = ve - vs >= 7 && rx_is_digit((unsigned char)s[vs]);
	for (size_t k = vs; k < ve && bare; k++) {
		dots += s[k] == '.';
		bare = rx_is_digit((unsigned char)s[k]) || s[k] == '.' || (s[k] == ':' && dots == 3);
	}
	int url = (ve - vs >= 10 && !memcmp(s + vs, "http://", 7)) || (ve - vs >= 11 && !memcmp(s + vs, "https://", 8));
	if (!url && !(bare && dots == 3))
		return 0;
	size_t le = rx_line_end(s, c->len, ve), u = ve;
	while (u < le && s[u] == ' ')
		u++;
	size_t ue = u;
	while (ue < le && ue - u < 16 && (rx_is_alnum((unsigned char)s[ue]) || s[ue] == '_'))
		ue++;
	int ok = 0;
	for (const char *const *w = users; *w && !ok; w++)
		ok = strlen(*w) == ue - u && rx_fold_eq(s + u, *w, ue - u);
	if (!ok || ue + 3 >= le || memcmp(s + ue, " / ", 3))
		return 0;
	size_t ps = ue + 3, pe = le;
	while (pe > ps && rx_in(" \r", s[pe - 1]))
		pe--;
	if (pe - ps < 6 || pe - ps > 64 || memchr(s + ps, ' ', pe - ps) || !sc_varied(s + ps, pe - ps) ||
	    sc_placeholder(s + ps, pe - ps))
		return 0;
	return (unsigned)rx_emit(c, ps, pe, REDACT_SECRET);
}

/* A Wi-Fi's key said in a chat ("la wifi del despacho nuevo es
 * Lumen#7424!", "wifi nieuwe kantoor: Cuvette!1013!", "新しい部屋のWi-Fiは
 * Eppendorf.4554!", "вайфай в новом кабинете: Lumen_#9735"): after a
 * Wi-Fi word, up to 48 bytes of words without digits, then ": ", "：",
 * "は" or a verb ("is", "es", "c'est", "é", "ist", "är"), then one word
 * shaped like a password (a digit and a password's symbol) to a space or
 * the line's end. Fired at the Wi-Fi word. */
unsigned sc_detect_wifi_said(struct rx_ctx *c)
{
	static const char *const verbs[] = {" is ", " es ", " est ", " c'est ", " é ", " ist ", " är ", " er ",
					    " = ", ": ", "\xef\xbc\x9a", "\xe3\x81\xaf", NULL};
	const char *s = c->text;
	size_t len = c->len, le = rx_line_end(s, len, c->me), lim = c->me + 48 < le ? c->me + 48 : le;
	/* (not a key's name: "wifi_ssid: ...", "SSID: ...") */
	if (c->me < len && (s[c->me] == '_' || s[c->me] == '-'))
		return 0;
	for (size_t i = c->me; i < lim; i++) {
		if (rx_is_digit((unsigned char)s[i]) || s[i] == '@' || s[i] == '/' ||
		    (i + 4 <= lim && (rx_fold_eq(s + i, "ssid", 4) || rx_fold_eq(s + i, "name", 4))))
			return 0;
		for (const char *const *v = verbs; *v; v++) {
			size_t n = strlen(*v);
			if (i + n > le || memcmp(s + i, *v, n) != 0)
				continue;
			size_t vs = i + n, ve = vs;
			while (vs < le && s[vs] == ' ')
				vs++;
			for (ve = vs; ve < le && s[ve] != ' ' && s[ve] != '\r' && s[ve] != '\t'; ve++)
				;
			/* (a quoted key: "«Lumen#7424»") */
			int digit = 0, sym = 0, up = 0, low = 0;
			for (size_t k = vs; k < ve; k++) {
				unsigned char ch = (unsigned char)s[k];
				digit |= rx_is_digit(ch);
				up |= rx_is_upper(ch);
				low |= rx_is_lower(ch);
				sym |= ch < 0x80 && !rx_is_alnum(ch);
			}
			/* a password's symbol, not only a network name's '_'
			 * and '-' ("Casa_92", "Vodafone-CD21"), and no pair
			 * after it ("Makai-81 / 5HXw...": the name first) */
			int strong = 0;
			for (size_t k = vs; k < ve; k++)
				strong |= rx_in("!#$%&*+?^~.", s[k]);
			if (ve - vs < 6 || ve - vs > 40 || !digit || !(up || low) || !sym || !strong ||
			    !sc_password_like(s + vs, ve - vs) || (ve + 2 < le && s[ve + 1] == '/'))
				return 0;
			/* right after the Wi-Fi word ("Wi-Fi: Hytta_2.4",
			 * "新办公室wifi：...") the label's rules read the value: a
			 * network's name, or its pair ("Wi-Fi: FLAT_E32H /
			 * κωδικός: ..."); here only a key ending its line */
			size_t q = c->me;
			while (q < i && s[q] == ' ')
				q++;
			if (q == i) {
				size_t t = ve;
				while (t < le && s[t] == ' ')
					t++;
				int sharp = 0; /* (a symbol beyond a version's '.') */
				for (size_t k = vs; k < ve; k++)
					sharp |= rx_in("!#$%&*+?^~", s[k]);
				if (t != le || !sharp)
					return 0;
			}
			return (unsigned)rx_emit(c, vs, ve, REDACT_SECRET);
		}
	}
	return 0;
}
