/* email: addresses found at their '@' (or an obfuscated or percent-encoded
 * '@'), the local part read backwards and the domain forwards in C.
 *
 * Forms: plain and internationalised (jürgen@straße.de, a@пример.рф),
 * quoted local parts ("john doe"@example.com), IP-literal domains (the whole
 * a@[192.0.2.1]), spaces around '@' (both sides), "%40" in URLs, and the
 * obfuscations "[at]" "(at)" "{at}" with "." or "[dot]"-like separators, and
 * "name dot x at domain dot com". Not addresses: URL user information
 * (scheme://user:pass@host), git remotes (git@host:org/repo.git), files
 * (icon@2x.png), package specs (react@18.2.0), mentions (@channel). */
#include <arpa/inet.h>
#include <string.h>

#include "redact_int.h"

/* File extensions that are not top-level domains: "icon@2x.png" is a file
 * (the five that are both, tld_ok's `both`, are judged by their label). */
static const char *const not_tld[] = {
	"png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "tif", "tiff", "pdf", "txt", "log", "js",
	"css", "html", "htm", "json", "xml", "yaml", "yml", "csv", "gz", "tgz", "tar", "exe", "dll", "cpp",
	"hpp", "php", "mp3", "mp4", "wav", "avi", "docx", "xlsx", "pptx", "doc", "xls", "ppt", "bin", "iso",
	"dmg", "apk", "lock", "toml", "ini", "cfg", "conf", "bak", "tmp", "rb", "go", "ts", "zip", "jar", "h", "c",
	/* systemd's unit types ("postgresql@16-main.service") */
	"service", "socket", "timer", "mount", "automount", "target", "slice", "scope", "swap",
};

/* Whether a[0..n) is the lower-case word b, in any case (b ends at n:
 * no strlen, most words differ at their first byte). */
static int ascii_ieq(const char *a, size_t n, const char *b)
{
	for (size_t i = 0; i < n; i++)
		if (!b[i] || rx_lower(a[i]) != b[i])
			return 0;
	return b[n] == '\0';
}

/* Start of the local part ending at `at` (exclusive), or NONE. */
#define NONE ((size_t)-1)
static size_t local_start(const char *s, size_t at)
{
	size_t i = at;
	if (i > 0 && s[i - 1] == '"') {
		/* quoted: back to the opening quote on the same line */
		size_t j = i - 1;
		while (j > 0 && i - j < 66) {
			j--;
			if (s[j] == '"')
				return j + 1 < i - 1 ? j : NONE;
			if (s[j] == '\n' || s[j] == '\\')
				return NONE;
		}
		return NONE;
	}
	while (i > 0 && at - i <= 64) {
		unsigned char c = (unsigned char)s[i - 1];
		if (rx_is_alnum(c) || rx_in("._%+'-", c)) {
			i--;
			continue;
		}
		size_t k = rx_letter_before(s, i);
		if (!k)
			break;
		i -= k;
	}
	if (at - i > 64)
		return NONE;
	/* (a word of three-byte letters run into an ASCII local part is the
	 * sentence's: "邮箱zimo.bao@sina.com", "메일abc@...") */
	/* (or after a phone's number and a word: "请联系0578-5120366或listing@...";
	 * the address starts after the last such letter; stop 64) */
	if ((unsigned char)s[i] >= 0xE0 && (unsigned char)s[i] < 0xF0) {
		size_t p = at;
		while (p > i && (unsigned char)s[p - 1] < 0x80)
			p--;
		if (p < at && p >= i + 3 && (unsigned char)s[p - 3] >= 0xE3 && (unsigned char)s[p - 3] <= 0xED)
			i = p;
	}
	/* (a Hebrew preposition glued on by its hyphen is the sentence's:
	 * "שלחו ל-hadassahaz@walla.co.il"; stop 60) */
	{
		size_t q = i;
		while (q + 1 < at && (unsigned char)s[q] == 0xD7)
			q += 2;
		if (q > i && q - i <= 4 && s[q] == '-' && q + 1 < at && (unsigned char)s[q + 1] < 0x80)
			i = q + 1;
	}
	/* a local part does not start with '.', '\'' or '-' (quotes and
	 * dashes around the address) */
	while (i < at && (s[i] == '.' || s[i] == '\'' || s[i] == '-'))
		i++;
	if (i == at || s[at - 1] == '.')
		return NONE;
	for (size_t k = i; k + 1 < at; k++)
		if (s[k] == '.' && s[k + 1] == '.')
			return NONE;
	return i;
}

/* URL user information is no address: "scheme://user@host",
 * "scheme://user:password@host" (the token holds "://" and no '/' between
 * it and the local part; passwords may hold '#', '?', '!'...). */
static int in_url_userinfo(const char *s, size_t ls)
{
	size_t i = ls;
	/* (a query's value is an address: "mailtos://smtp.gmail.com?user=
	 * anna@gmail.com&to=...") */
	if (ls > 0 && s[ls - 1] == '=')
		return 0;
	while (i > 0 && ls - i < 256) {
		unsigned char ch = (unsigned char)s[i - 1];
		if (ch <= ' ' || ch == '"' || ch == '<' || ch == '\'')
			break;
		i--;
	}
	/* "://" in the token, and no '/' between it and the local part */
	for (size_t k = i; k + 3 <= ls; k++) {
		if (memcmp(s + k, "://", 3) != 0)
			continue;
		/* (a comma after a host ends a CSV's URL cell:
		 * "https://play.example.gg,anna@gmail.com,...") */
		const char *cm = memchr(s + k + 3, ',', ls - k - 3);
		if (cm && !memchr(s + k + 3, ':', (size_t)(cm - s) - k - 3))
			return 0;
		return memchr(s + k + 3, '/', ls - k - 3) == NULL;
	}
	return 0;
}

/* Parses a domain at s[i]: labels of letters, digits and '-' (non-ASCII
 * letters too) separated by sep (a '.' or, for obfuscated forms, one of
 * " dot ", "[dot]"...). Returns the end offset (0 when none) and the TLD's
 * offsets. */
static size_t obf_dot(const char *s, size_t len, size_t i);

static size_t domain(const char *s, size_t len, size_t i, int obf, size_t *tld, size_t *tlde)
{
	size_t labels = 0, end = 0;
	for (;;) {
		size_t ls = i;
		int ascii = 1;
		while (i < len) {
			size_t k = rx_letter_at(s, len, i);
			/* (a label of ASCII letters ends where another script's
			 * letters run on: "gmail.com예요", "ezweb.ne.jpです") */
			if (k >= 3 && ascii && i > ls)
				break;
			if (k) {
				ascii &= k < 3;
				i += k;
			} else if (s[i] == '-' && i > ls) {
				i++;
			} else {
				break;
			}
		}
		if (i == ls || i - ls > 63 || s[i - 1] == '-')
			break;
		labels++;
		*tld = ls;
		*tlde = i;
		end = i;
		if (labels == 10)
			break;
		size_t d = 0;
		if (i + 1 < len && s[i] == '.' && rx_letter_at(s, len, i + 1))
			d = 1;
		else if (obf)
			d = obf_dot(s, len, i);
		if (!d)
			break;
		i += d;
	}
	return labels >= 2 ? end : 0;
}

static int tld_ok(const char *s, size_t a, size_t b)
{
	size_t n = b - a;
	int ascii = 1;
	for (size_t i = a; i < b; i++)
		ascii &= rx_is_alpha((unsigned char)s[i]);
	if (ascii) {
		if (n < 2 || n > 24)
			return 0;
		/* Moldova's, Serbia's, Paraguay's, St Helena's and Somalia's
		 * domains are file extensions too: a domain when the label
		 * before holds two letters and starts with one ("ana@cloud.md",
		 * "marko@posta.rs"; not "icon@2x.png"'s kind, "a@2x.md") */
		static const char *const both[] = {"md", "rs", "py", "sh", "so", NULL};
		for (const char *const *t = both; *t; t++) {
			if (!ascii_ieq(s + a, n, *t))
				continue;
			size_t l = a - 1, letters = 0;
			while (l > 0 && s[l - 1] != '.' && s[l - 1] != '@') {
				letters += rx_is_alpha((unsigned char)s[l - 1]);
				l--;
			}
			return letters >= 2 && rx_is_alpha((unsigned char)s[l]);
		}
		for (size_t i = 0; i < sizeof not_tld / sizeof not_tld[0]; i++)
			if (ascii_ieq(s + a, n, not_tld[i]))
				return 0;
		return 1;
	}
	if (n > 4 && ascii_ieq(s + a, 4, "xn--"))
		return 1;
	/* non-ASCII TLD: letters only, at least two of them */
	size_t chars = 0;
	for (size_t i = a; i < b;) {
		size_t k = rx_letter_at(s, b, i);
		if (k <= 1)
			return 0;
		i += k;
		chars++;
	}
	return chars >= 2;
}

/* After the domain: not a git remote (host:org/repo) or a host's port
 * ("root@db.example.com:22"), not the start of a longer token. An address
 * and its password ("anna@example.lu:Harmattan#93", Postfix's sasl_passwd,
 * a credentials dump) is an address. */
static int right_ok(const char *s, size_t len, size_t e)
{
	if (e < len && (s[e] == '@' || s[e] == '_'))
		return 0;
	if (e + 1 < len && s[e] == ':' &&
	    (rx_is_alnum((unsigned char)s[e + 1]) || s[e + 1] == '~' || s[e + 1] == '/')) {
		size_t k = e + 1;
		int digits = 1;
		while (k < len && !rx_in(" \t\r\n\"'", s[k])) {
			if (s[k] == '/' || s[k] == '~')
				return 0;
			digits &= rx_is_digit((unsigned char)s[k]);
			k++;
		}
		return !digits;
	}
	return 1;
}

/* IP literal "[192.0.2.1]" or "[IPv6:2001:db8::1]" at s[i]; its end or 0. */
static size_t ip_literal(const char *s, size_t len, size_t i)
{
	char buf[64];
	unsigned char addr[16];
	size_t j = i + 1;
	while (j < len && j - i < 60 && s[j] != ']')
		j++;
	if (j >= len || s[j] != ']' || j - i - 1 >= sizeof buf)
		return 0;
	size_t n = j - i - 1;
	memcpy(buf, s + i + 1, n);
	buf[n] = '\0';
	if (n > 5 && ascii_ieq(buf, 5, "ipv6:"))
		return inet_pton(AF_INET6, buf + 5, addr) == 1 ? j + 1 : 0;
	return inet_pton(AF_INET, buf, addr) == 1 ? j + 1 : 0;
}

static size_t skip_spaces(const char *s, size_t len, size_t i, size_t max)
{
	size_t n = 0, k;
	while (n < max && (k = rx_space_at(s, len, i)) > 0) {
		i += k;
		n++;
	}
	return i;
}

/* " dot ", "[dot]", "(dot)", "{dot}" with optional spaces around. */
static size_t obf_dot(const char *s, size_t len, size_t i)
{
	size_t j = skip_spaces(s, len, i, 2);
	int br = j < len && (s[j] == '[' || s[j] == '(' || s[j] == '{');
	if (!br && j == i)
		return 0; /* the word "dot" needs spaces on both sides */
	if (br)
		j = skip_spaces(s, len, j + 1, 1);
	if (j + 3 > len || !ascii_ieq(s + j, 3, "dot"))
		return 0;
	j += 3;
	if (br) {
		j = skip_spaces(s, len, j, 1);
		if (j >= len || !(s[j] == ']' || s[j] == ')' || s[j] == '}'))
			return 0;
		j++;
	} else if (j >= len || s[j] != ' ') {
		return 0;
	}
	j = skip_spaces(s, len, j, 2);
	return rx_letter_at(s, len, j) ? j - i : 0;
}

/* A message's id, not a person's address: "message-id=<...@host>",
 * "Message-ID: <...>", "In-Reply-To:", "References:", an ICS "UID:". */
static int message_id(const char *s, size_t ls)
{
	static const char *const keys[] = {"message-id", "msgid", "in-reply-to", "references",
					   "content-id", NULL};
	if (ls >= 4 && (ls == 4 || s[ls - 5] == '\n') && ascii_ieq(s + ls - 4, 4, "uid:"))
		return 1;
	if (ls == 0 || s[ls - 1] != '<')
		return 0;
	size_t e = ls - 1;
	while (e > 0 && ls - e < 4 && rx_in(" :=", s[e - 1]))
		e--;
	for (const char *const *k = keys; *k; k++) {
		size_t n = strlen(*k);
		if (e >= n && ascii_ieq(s + e - n, n, *k))
			return 1;
	}
	return 0;
}

/* A role's word among the parts of the local part s[ls, at), one other
 * part at most and no name or person's post among them
 * ("reservations.ryh@", "consular.info@", "evisa-support@"; "anna.support@"
 * is Anna's, "payroll-team-lead@" a lead's). */
static int role_parts(const char *s, size_t ls, size_t at, struct rx_kwset *roles)
{
	static const char *const posts[] = {"lead", "manager", "head", "director", "chief", "officer",
					    "assistant", "team", "mgr", "boss", NULL};
	char f[32];
	size_t part[2][2] = {{0, 0}, {0, 0}}, np = 0, role = 0;
	/* (two or three parts; the role's word looked for first, the names
	 * only then) */
	for (size_t a = ls; a < at;) {
		size_t b = a;
		while (b < at && !rx_in("._-", s[b]))
			b++;
		if (b > a) {
			if (b - a < sizeof f && rx_kwset_has(roles, f, rx_fold(s + a, b - a, f, sizeof f))) {
				role++;
			} else {
				if (np == 1)
					return 0;
				part[np][0] = a;
				part[np++][1] = b;
			}
		}
		a = b + 1;
	}
	if (!role || role + np < 2)
		return 0;
	for (size_t k = 0; k < np; k++) {
		size_t a = part[k][0], n = part[k][1] - a;
		if (rx_name_class(s + a, n) & (RX_NAME_GIVEN | RX_NAME_SURNAME))
			return 0;
		for (const char *const *q = posts; *q; q++)
			if (ascii_ieq(s + a, n, *q))
				return 0;
	}
	return 1;
}

/* A plain or quoted address, or one with spaces around '@' (both sides). */
/* An address that names no person: a role's mailbox at any domain
 * ("orders@wildroot.co", "noreply@..."), or a placeholder's at a domain
 * reserved for examples ("you@example.com", "jane.doe@example.org"; RFC
 * 2606: example.com/.net/.org, .example, .test, .invalid, .localhost).
 * [ls, at) is the local part, [d, de) the domain. */
int rx_email_nobody(const char *s, size_t ls, size_t at, size_t d, size_t de)
{
	static const char *const roles[] = {
		"noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "orders", "order",
		"support", "hello", "help", "info", "sales", "billing", "contact", "office",
		"enquiries", "inquiries", "careers", "jobs", "press", "privacy", "security", "abuse",
		"postmaster", "webmaster", "hostmaster", "accounts", "invoices", "bookings",
		"reservations", "helpdesk", "service", "customerservice", "notifications",
		/* stop 41: a firm's departments of people and of IT, in the
		 * languages of HR mail ("hr@", "rrhh@", "payroll@", "saiyo@",
		 * "werkenbij@", "it-helpdesk@") */
		"hr", "rh", "rrhh", "people", "payroll", "paie", "nominas", "nomina", "entgelt",
		"lohn", "salaris", "salarisadministratie", "expenses", "reisekosten", "notespese",
		"gastos", "declaraties", "benefits", "recruiting", "recruitment", "recrutement",
		"reclutamiento", "rekrutacja", "recruiter", "talent", "job", "jobb", "vagas",
		"empleo", "bewerbung", "bewerbungen", "werkenbij", "lavoraconnoi", "saiyo", "hiring",
		"servicedesk", "service-desk", "it-helpdesk", "itsupport", "it-support", "it",
		"facilities", "onboarding", "hrservices", "hr-services", "personalabteilung",
		/* a practice's, a hospital's or an insurer's desks in the
		 * languages of health mail ("afspraken@", "rdv@", "citas@",
		 * "patientenservice@", "secretariat@") */
		"appointments", "appointment", "referrals", "referral", "reception", "claims", "secretariat",
		"secretariaat", "secretaria", "segreteria", "sekretariat", "pharmacy", "apotheke",
		"facturacion", "facturation", "fatturazione", "faturamento", "abrechnung", "afspraken",
		"accueil", "verwaltung", "administration", "rdv", "prenotazioni", "praxis",
		"patientenservice", "patient.services", "patientservices", "patient-services", "cup",
		"urp", "termine", "polikliniek", "citas", "atendimento", "agendamento", "marcacoes",
		"consultas", "scheduling", "records", "medicalrecords", "frontdesk", "front-desk",
		"atencionalpaciente", "kontakt", "contacto", "contatto", "anmeldung", "empfang",
		"newsletter", "kundenservice", "klantenservice", "serviceclient", "service.client",
		/* stop 44: a hotel's, a mover's, a consulate's desks ("quotes@",
		 * "devis@", "reservas@", "visa@") */
		"reservation", "reservas", "reserva", "prenotazione", "reserveringen", "reservierung",
		"quotes", "quote", "devis", "angebote", "angebot", "preventivi", "presupuestos",
		"orcamentos", "offerte", "visa", "visas", "evisa", "consular", "consulate", "embassy",
		"concierge", "guestrelations", "frontoffice", "customerrelations", "baggage",
		"lostandfound", "refunds", "complaints",
		/* stop 45: a letting agent's, a building's, a school's and a
		 * nursery's desks ("lettings@", "vermietung@", "admissions@") */
		"lettings", "letting", "leasing", "rentals", "rental", "vermietung", "verhuur",
		"gestion", "affitti", "alquileres", "arrendamento", "arrendamentos", "biuro",
		"kita", "okul", "school", "schule", "escola", "ecole",
		"scuola", "hausverwaltung", "immobilien", "makelaar", "syndic", "location",
		"locations", "property", "maintenance", "repairs", "onderhoud",
		/* stop 46: a garage's, a dealer's and an insurer's desks
		 * ("taller@", "verkstad@", "officina@", "szkody@", "sinistri@") */
		"verkstad", "werkstatt", "werkplaats", "taller", "officina", "oficina", "atelier",
		"garage", "serwis", "kfz", "salon", "ventas", "vendite", "vendas", "verkoop", "verkauf",
		"forsaljning", "sprzedaz", "ricambi", "recambios", "onderdelen", "teile", "ersatzteile",
		"schade", "schaden", "schadenmeldung", "szkody", "siniestros", "sinistri", "sinistros",
		"sinistres", "skador", "skade", "pomoc", "ayuda", "aiuto", "aide", "hilfe", "hjalp",
		"assistance", "assistenza", "asistencia", "pannenhilfe", "vragen", "receipts", "receipt",
		"rechnung", "rechnungen", "facturas", "faktura", "fakturor",
		/* stop 47: a court's, a law firm's, a collector's and a data
		 * protection officer's desks ("poststelle@", "greffe@",
		 * "cancelleria@", "kanzlei@", "inkasso@", "dpo@") */
		"post", "poststelle", "cancelleria", "kantoor", "civil", "greffe", "despacho", "studio",
		"kanzlei", "inkasso", "mahnwesen", "forderungsmanagement", "collections", "recouvrement",
		"dpo", "datenschutz", "privacidad", "privacidade", "dataprotection", "data-protection",
		"dataprivacy", "gdpr", "rgpd", "legal", "juridique", "juridico", "legale", "recht",
		"court", "courts", "tribunal", "clerk", "clerks", "chambers", "notaria",
		"notariat", "notaio", "notary", "cartorio", "juzgado", "amtsgericht", "rechtbank",
		/* a club's, a league's and an event's desks ("registrations@",
		 * "competiciones@", "rozgrywki@", "wedstrijdzaken@", "karten@",
		 * "billetterie@") */
		"registrations", "registration", "entries", "tickets", "ticketing", "karten",
		"billetterie", "biglietteria", "entradas", "ingressos", "competiciones", "competitions",
		"rozgrywki", "wedstrijdzaken", "spielbetrieb", "kamp", "camp", "camps", "verein",
		"vorstand", "kassenwart", "treasurer", "membership", "members", "mitglieder",
		"ledenadministratie", "soci", "socios", "events", "evenementen", "eventos", "eventi",
		"volunteers", "ehrenamt", "benevoles", "voluntarios", "volontari", "secretary",
		/* stop 48: a university's, a journal's and a lab's desks
		 * ("io@", "international@", "admissions@", "hpc@"), a utility's,
		 * a building manager's and a telecom's ("bok@", "servizioclienti@",
		 * "administracion@", "klantendienst@", "uthyrning@") */
		"io", "international", "internationaloffice", "welcome", "admissions", "registry",
		"registrar", "studentservices", "student-services", "library", "bibliothek",
		"biblioteca", "exchange", "ethics", "grants", "research", "researchoffice",
		"scholarships", "accommodation", "housing", "abstracts", "submissions", "editorial",
		"editorialoffice", "journal", "conference", "hpc", "cluster", "soporte", "suporte",
		"supporto", "customercare", "customerservices", "customer-service", "bok", "obsluga",
		"servizioclienti", "serviziclienti", "assistenzaclienti", "administracion",
		"administracja", "amministrazione", "administracao", "diaxeirisi", "apoio", "uthyrning",
		"udlejning", "utleie", "sprava", "klantendienst", "klantcontact", "condominios",
		"condominio", "beheer", "atencion", "atencionalcliente", "geral", "contato",
		"kundservice", "kundeservice", "kundendienst", "kundenbetreuung", "storingen",
		"stoerung", "entstoerung", "ablesung", "zaehlerstand", "lecturas", "letture",
		"averias", "guasti", "abonnement", "clientes", "klienci", "asiakaspalvelu",
		"kundesenter", "relatii", "relatii.clienti",
		/* a no-reply in other languages */
		"naoresponda", "nao-responda", "nepasrepondre", "ne-pas-repondre", "noresponder",
		"no-responder", "nichtantworten", "nicht-antworten", "nonrispondere", "non-rispondere",
		"niet-beantwoorden",
		/* stop 49: a brand's desks for creators and a platform's for
		 * appeals ("partnerships@", "collab@", "appeals@") */
		"partnerships", "partnership", "partners", "collab", "collabs", "collaborations",
		"creators", "influencer", "influencers", "marketing", "sponsorship", "sponsoring",
		"appeals", "moderation", "trustandsafety",
		/* stop 50: a newsroom's, a publisher's and a studio's desks
		 * ("newsdesk@", "corrections@", "redazione@", "casting@", "pix@"),
		 * a parish's, a cemetery's and a wedding venue's ("friedhof@",
		 * "trouwen@"), more firms' departments ("buchhaltung@",
		 * "kundtjanst@", "muhasebe@") */
		"newsdesk", "news", "nyhet", "nyheter", "noticias", "notizie", "nachrichten", "corrections",
		"correction", "korrekturen", "presse", "prensa", "imprensa", "pers", "stampa",
		"ufficiostampa", "pressoffice", "press-office", "presseabteilung", "pressestelle",
		"redaktion", "redaktionen", "redaccion", "redacción", "redaction", "rédaction", "redazione",
		"redakcja", "redakce", "redactie", "redacao", "redação", "features", "pitches", "pitch",
		"tips", "newstips", "tipline", "letters", "cronaca", "reportage", "pautas", "publicity",
		"media", "rights", "permissions", "foreignrights", "licensing", "royalties", "casting",
		"castings", "pix", "photo", "photos", "pictures", "picturedesk", "photodesk", "crew",
		"production", "produktion", "produccion", "provas", "parish", "parroquia", "parrocchia",
		"pfarramt", "pfarrbuero", "paroisse", "kyrkogard", "kyrkogarden", "friedhof",
		"friedhofsverwaltung", "cimiteri", "cimitero", "cimetiere", "cimetieres", "cementerio",
		"cementerios", "begraafplaats", "cmentarz", "trouwen", "hochzeit", "hochzeiten", "bodas",
		"matrimoni", "mariages", "wesela", "weddings", "wedding", "buchhaltung", "kundtjanst",
		"muhasebe", "zarzad", "ordini", "bestellingen", "notificaciones", "results", "fixtures",
		"captain", "junior", "juniors", "kyc",
		/* stop 51: sales' and invoicing desks in the languages of CRM
		 * mail ("vertrieb@", "fakturace@", "satis@", "cskh@") */
		"vertrieb", "fakturace", "faktury", "fakturering", "fakturaer", "commercial",
		"commerciale", "comercial", "salj", "salg", "myynti", "obchod", "prodej", "satis",
		"satış", "ekonomi", "ksiegowosc", "faturacao", "faturação", "pwliseis", "poliseis",
		"penjualan", "cskh", "kinhdoanh", "cs", "ertekesites", "sprzedaz",
		/* a practice's, a shelter's and a licensing office's desks */
		"permis", "permits", "adoption", "adoptions", "tierheim", "rescue", "shelter",
		"clinic", "klinik", "vet",
		/* stop 52: a control room's and a security firm's desks
		 * ("dispatch@", "control@", "ops@", "leitstelle@") */
		"dispatch", "control", "controlroom", "ops", "operations", "soc", "noc", "leitstelle",
		"einsatz", "alarm", "alarme", "meldkamer", "centrale", "guard", "guards", "wache",
		/* stop 53: a forwarder's, a warehouse's and a shop's desks
		 * ("customs@", "returns@", "versand@") */
		"customs", "zoll", "douane", "aduana", "dogana", "alfandega", "returns", "retouren", "retours",
		"devoluciones", "freight", "shipping", "logistics", "logistik", "warehouse", "lager", "export",
		"import", "versand", "spedition", "shipper", "consignee", "hazmat", "booking",
		/* a hotel's desks ("nightaudit@", "banquets@", "fo@", "gm@") */
		"nightaudit", "night.audit", "banquets", "banqueting", "banquet", "fo", "frontoffice",
		"front.office", "frontdesk", "front.desk", "gm", "housekeeping", "concierge", "fb",
		/* more desks of parts 1-41's clean texts ("auktion@", "rebooking@",
		 * "incidents@", "destek@", "eigyo@", "boithuong@") */
		"auktion", "rebooking", "jagd", "customer", "claim", "attivita", "inscriptions",
		"incidents", "incident", "jiko", "buh", "administratie", "releng", "destek", "basin", "eigyo",
		"hasar", "skody", "boithuong",
		/* stop 54: an elected member's, a campaign's and a bank's desks
		 * ("casework@", "donations@", "disputes@", "kyc@" above) */
		"casework", "caseworker", "surgery", "constituency", "campaign", "donations", "donate",
		"rsvp", "hq", "elections", "petitions", "canvass", "disputes", "fraud", "aml",
		"compliance", "loans", "mortgages", "branch", "payments",
		/* stop 55: a plant's and a games studio's desks ("ehs@",
		 * "works-council@", "purchasing@", "payouts@", "lerequests@") */
		"ehs", "hse", "sheq", "safety", "quality", "qa", "qm", "works-council", "workscouncil",
		"betriebsrat", "ondernemingsraad", "purchasing", "procurement", "einkauf", "compras",
		"acquisti", "achats", "inkoop", "zakupy", "supplier", "suppliers", "vendors", "planning",
		"production-planning", "payouts", "payout", "lerequests", "le-requests", "lawenforcement",
		"law-enforcement", "tournaments", "tournament", "esports", "trust", "anticheat",
		"anti-cheat", "community", "creator", "talentteam",
		/* stop 56: a charity's and a parish's desks ("safeguarding@",
		 * "hardship@", "donor@"), a telecom's and a pharmacy's
		 * ("porting@", "escalations@", "rx-transfers@", "ivr-admin@") */
		"safeguarding", "hardship", "donor", "donors", "giftaid", "gift-aid", "pastoral", "intake",
		"trustees", "porting", "care", "escalations", "escalation", "rx-transfers", "rx", "ivr",
		"caller",
		/* stop 57: a builder's and an estate agent's desks
		 * ("estimating@", "hs@", "valuations@", "referencing@"), an
		 * airline's ("station@", "crewcontrol@", "apis@", "groups@") */
		"estimating", "estimates", "tenders", "hs", "blockmgmt", "block-management", "valuations",
		"valuation", "referencing", "deposits", "conveyancing", "lettings", "maintenance", "repairs",
		"station", "crewcontrol", "crew-control", "apis", "groups", "relations",
		"customer-relations", "baggage", "lostandfound", "refunds", "claims", "cargo", "ops",
		"operations", "dispatch", "loyalty",
		/* stop 58: a school's desks ("exams@", "attendance@",
		 * "senco@", "bursar@"), a council's ("revenues@", "parking@",
		 * "streetscene@", "registrars@") */
		"exams", "examinations", "attendance", "data", "inclusion", "trips", "senco", "send",
		"bursar", "bursary", "nursery", "dsl", "ict", "revenues", "parking", "streetscene",
		"street-scene", "waste", "registrars", "counciltax", "council-tax", "electoral", "libraries",
		"highways", "noise", "buildingcontrol", "building-control", "businessrates",
		/* stop 59: a utility's desks ("outages@", "metering@",
		 * "fieldops@", "psr@", its priority services register) */
		"outages", "outage", "metering", "fieldops", "field-ops", "psr", "faults",
		/* stop 60: an agency's, a car hire's ("tempdesk@", "fleet@",
		 * "fines@"); stop 61: a funeral firm's, an archive's, a museum's
		 * ("arrangements@", "cemeteries@", "searchroom@", "learning@");
		 * stop 62: a prison's, a practice's ("legalvisits@", "lab@") */
		"tempdesk", "temp-desk", "temps", "timesheets", "timesheet", "vetting", "screening",
		"placements", "candidates", "references", "contractors", "fleet", "damage", "damages",
		"fines", "pcn", "pcns", "enforcement", "carparks", "car-parks", "carpark", "seasontickets",
		"season-tickets", "desk", "telematics", "recoveries", "tolls", "arrangements", "cemeteries",
		"cemetery", "crematorium", "searchroom", "readingroom", "learning", "collections", "visits",
		"legalvisits", "legal-visits", "payback", "emstock", "lab", "recalls", "recall",
		/* stop 64: a court's desks ("listing@", "jury@", "interpreters@") */
		"listing", "listings", "listingoffice", "jury", "juries", "jurors", "interpreters",
		"interpreting", "hearings", "fees", "filings", "efiling", "bailiffs", "usher", "ushers", NULL};
	static const char *const placeholders[] = {
		"you", "your", "yourname", "your.name", "your_name", "user", "username", "someone",
		"somebody", "name", "firstname.lastname", "first.last", "test", "email", "me",
		"foo", "bar", "example", "admin",
		/* the same in the languages of forms ("usuario@", "nome@") */
		"usuario", "utilizador", "utente", "utilisateur", "benutzer", "gebruiker", "nombre",
		"nome", "nom", "naam", "correo", "tu", "tuo", "ton", "dein", "jouw", "prenom.nom",
		"prénom.nom", "imie", "imie.nazwisko", "vorname.nachname", "nombre.apellido",
		"nome.cognome", "voornaam.achternaam", "fornavn.etternavn",
		/* forms' sample people at a reserved domain (stop 53; no corpus
		 * labels one; `jane.doe@` stays an address, the older corpus
		 * labels it) */
		"fulano", "max.mustermann", "erika.mustermann", "erika.musterfrau", "joe.bloggs",
		"gildong.hong", "hong.gildong", "zhangsan", "taro.yamada", "yamada.taro", "mario.rossi",
		"jean.dupont", "jan.kowalski", "jan.jansen", "j.jansen", "jan.novak", "ivan.ivanov",
		"ahmet.yilmaz", "test.passenger", "test.tenant", "jane.resident", "john.resident",
		"jane.client", "john.client", "jane.member", "john.member", /* (stop 59) */
		/* (stop 54: their given names alone, "max@example.de") */
		"max", "jan", "juan", "mario", NULL};
	size_t n = at - ls;
	static struct rx_kwset role_kws = RX_KWSET(roles);
	char f[32];
	if (n < sizeof f && rx_kwset_has(&role_kws, f, rx_fold(s + ls, n, f, sizeof f)))
		return 1;
	/* a role's mailbox for a country or a team ("jobs-in@", "hr-cn@",
	 * "payroll-uk@"): the role word, '-' and two letters */
	if (n >= 5 && n - 3 < sizeof f && s[at - 3] == '-' && rx_is_alpha((unsigned char)s[at - 2]) &&
	    rx_is_alpha((unsigned char)s[at - 1]) && rx_kwset_has(&role_kws, f, rx_fold(s + ls, n - 3, f, sizeof f)))
		return 1;
	if (n < 48 && role_parts(s, ls, at, &role_kws))
		return 1;
	/* a role's mailbox with a tag of letters ("qa+ivr@", "support+eu@";
	 * "support+ticket-4711@" answers one customer): the role word before
	 * the '+' */
	const char *plus = memchr(s + ls, '+', n);
	if (plus && plus > s + ls && (size_t)(plus - s) - ls < sizeof f) {
		size_t t = (size_t)(plus - s) + 1;
		while (t < at && rx_is_alpha((unsigned char)s[t]))
			t++;
		if (t == at && rx_kwset_has(&role_kws, f, rx_fold(s + ls, (size_t)(plus - s) - ls, f, sizeof f)))
			return 1;
	}
	static const char *const reserved[] = {"example.com", "example.net", "example.org", "example",
					       "test", "invalid", "localhost", NULL};
	int res = 0;
	for (const char *const *r = reserved; *r && !res; r++) {
		size_t rl = strlen(*r);
		res = de - d >= rl && ascii_ieq(s + de - rl, rl, *r) && (de - d == rl || s[de - rl - 1] == '.');
	}
	/* (a domain with "example" as one of its labels: "kita@stadt.example.de",
	 * "okul@example.k12.tr") */
	for (size_t i = d; !res && i + 7 <= de; i++)
		res = (i == d || s[i - 1] == '.') && ascii_ieq(s + i, 7, "example") && (i + 7 == de || s[i + 7] == '.');
	/* (a form's placeholder at a country's "example": "usuario@example.es") */
	if (!res && de - d == 10 && ascii_ieq(s + d, 8, "example.") && rx_is_alpha((unsigned char)s[d + 8]) &&
	    rx_is_alpha((unsigned char)s[d + 9]))
		res = 1;
	/* a service account on a host of a private network ("ssh
	 * deploy@web01.prod.internal"): a machine's user, not a mailbox (the
	 * domain's last label first: most are com, org, de...) */
	static const char *const internal[] = {"internal", "local", "lan", "corp", "intranet",
					       "localdomain", "arpa", "private", NULL};
	static const char *const service_users[] = {
		"deploy", "deployer", "root", "git", "ubuntu", "ec2-user", "centos", "debian", "admin",
		"postgres", "www-data", "ci", "jenkins", "ansible", "backup", "svc", "app", "nginx",
		"oracle", "mysql", "gitlab-runner", "runner", "build", "pi", NULL};
	const char *dot = de > d ? memrchr(s + d, '.', de - d) : NULL;
	if (dot && !res) {
		size_t ll = (size_t)(s + de - dot - 1);
		for (const char *const *r = internal; *r; r++)
			if (ascii_ieq(dot + 1, ll, *r)) {
				for (const char *const *u = service_users; *u; u++)
					if (ascii_ieq(s + ls, n, *u))
						return 1;
				break;
			}
	}
	if (!res)
		return 0;
	/* a form's sample after its "e.g." ("E-Mail (z. B. max@example.de)",
	 * "Почта (напр. ivan@example.ru)", "メール（例：taro@example.jp）") */
	if (rx_example_before(s, ls))
		return 1;
	for (const char *const *p = placeholders; *p; p++)
		if (ascii_ieq(s + ls, n, *p))
			return 1;
	/* a tester's sample person ("test.candidate@example.com",
	 * "driver.test@"; stop 60): "test" and a word of letters */
	if (n > 6 && (ascii_ieq(s + ls, 5, "test.") || ascii_ieq(s + ls, 5, "test_") || ascii_ieq(s + at - 5, 5, ".test"))) {
		size_t q = ls;
		while (q < at && (rx_is_alpha((unsigned char)s[q]) || rx_in("._", s[q])))
			q++;
		if (q == at)
			return 1;
	}
	/* a sandbox's numbered sample ("buyer4@example.com", "user12@",
	 * "test3@"; stop 55): a word of these, then digits */
	static const char *const numbered[] = {"buyer", "customer", "user", "test", "tester", "player",
					       "demo", "sample", "guest", "shopper", "tenant", "passenger",
					       "parent.test", "test.parent", NULL};
	size_t w = at;
	while (w > ls && rx_is_digit((unsigned char)s[w - 1]))
		w--;
	if (w < at && w > ls)
		for (const char *const *p = numbered; *p; p++)
			if (ascii_ieq(s + ls, w - ls, *p))
				return 1;
	return 0;
}

static unsigned detect_at(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t len = c->len, at = c->ms, ls, de, tld, tlde;
	size_t n1 = at + 1 < len && s[at + 1] == ' ' ? at + 2 : at + 1;
	if (n1 >= len || !(rx_is_alnum((unsigned char)s[n1]) || (unsigned char)s[n1] >= 0x80 ||
			   s[n1] == '['))
		return 0;
	size_t before = at, after = at + 1;
	if (at > 0 && s[at - 1] == ' ')
		before = at - 1;
	if (after < len && s[after] == ' ')
		after++;
	if ((before != at) != (after != at + 1))
		return 0; /* "hi @john.smith": a mention, not an address */
	ls = local_start(s, before);
	if (ls == NONE || in_url_userinfo(s, ls) || (ls > 0 && s[ls - 1] == '@'))
		return 0;
	/* a SIP or tel URI's user part that is a phone number
	 * ("sip:+302100458206@sip.provider.example"): the phone is the
	 * person's, the rest a server */
	if (ls >= 4 && s[ls] == '+' && rx_fold_eq(s + ls - 4, "sip:", 4)) {
		size_t q = ls + 1;
		while (q < before && rx_is_digit((unsigned char)s[q]))
			q++;
		if (q == before && q - ls >= 8)
			return 0;
	}
	if (after < len && s[after] == '[') {
		de = ip_literal(s, len, after);
		return de ? (unsigned)rx_emit(c, ls, de, REDACT_EMAIL) : 0;
	}
	de = domain(s, len, after, 0, &tld, &tlde);
	if (!de || !tld_ok(s, tld, tlde) || !right_ok(s, len, de) || de - ls > 254 ||
	    message_id(s, ls) || (before == at && rx_email_nobody(s, ls, at, after, de)))
		return 0;
	return (unsigned)rx_emit(c, ls, de, REDACT_EMAIL);
}

/* "name%40example.com" inside a URL's query. */
static unsigned detect_pct(struct rx_ctx *c)
{
	const char *s = c->text;
	if (c->ms + 4 > c->len || memcmp(s + c->ms, "%40", 3) != 0 ||
	    !(rx_is_alnum((unsigned char)s[c->ms + 3]) || (unsigned char)s[c->ms + 3] >= 0x80))
		return 0;
	size_t ls = local_start(s, c->ms), tld, tlde;
	if (ls == NONE)
		return 0;
	size_t de = domain(s, c->len, c->ms + 3, 0, &tld, &tlde);
	if (!de || !tld_ok(s, tld, tlde) || !right_ok(s, c->len, de))
		return 0;
	return (unsigned)rx_emit(c, ls, de, REDACT_EMAIL);
}

/* "name [at] example [dot] com", "name(at)example.com", "name{at}x.it". */
static unsigned detect_bracket_at(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t b = c->ms, tld, tlde, i = c->ms + 1;
	/* "[at]", "( at )", "{at}" */
	if (i < c->len && s[i] == ' ')
		i++;
	if (i + 2 > c->len || rx_lower(s[i]) != 'a' || rx_lower(s[i + 1]) != 't')
		return 0;
	i += 2;
	if (i < c->len && s[i] == ' ')
		i++;
	if (i >= c->len || !(s[i] == ']' || s[i] == ')' || s[i] == '}'))
		return 0;
	c->me = i + 1;
	if (b > 0 && s[b - 1] == ' ')
		b--;
	size_t ls = local_start(s, b);
	if (ls == NONE || in_url_userinfo(s, ls))
		return 0;
	size_t d = skip_spaces(s, c->len, c->me, 1);
	size_t de = domain(s, c->len, d, 1, &tld, &tlde);
	if (!de || !tld_ok(s, tld, tlde) || !right_ok(s, c->len, de))
		return 0;
	return (unsigned)rx_emit(c, ls, de, REDACT_EMAIL);
}

/* "name dot x at domain dot com": the words "at" and "dot" spelled out;
 * the domain must use " dot " at least once. */
static unsigned detect_word_at(struct rx_ctx *c)
{
	const char *s = c->text;
	size_t tld, tlde, i = c->me;
	/* " label dot x" must follow */
	if (i >= c->len || s[i] != ' ')
		return 0;
	size_t l = ++i;
	while (i < c->len && i - l < 64 && (rx_is_alnum((unsigned char)s[i]) || s[i] == '-'))
		i++;
	if (i == l || i + 6 > c->len || s[i] != ' ' || rx_lower(s[i + 1]) != 'd' ||
	    rx_lower(s[i + 2]) != 'o' || rx_lower(s[i + 3]) != 't' || s[i + 4] != ' ' ||
	    !rx_is_alnum((unsigned char)s[i + 5]))
		return 0;
	if (c->ms < 2 || s[c->ms - 1] != ' ')
		return 0;
	/* local part: words joined by " dot " or '.' */
	size_t ls = NONE;
	i = c->ms - 1;
	for (int parts = 0; parts < 4; parts++) {
		size_t e = i, st = i;
		while (st > 0 && (rx_is_alnum((unsigned char)s[st - 1]) || s[st - 1] == '.' ||
				  s[st - 1] == '_' || s[st - 1] == '-'))
			st--;
		if (st == e)
			break;
		ls = st;
		if (st >= 5 && ascii_ieq(s + st - 5, 5, " dot ") && st >= 6 &&
		    rx_is_alnum((unsigned char)s[st - 6])) {
			i = st - 5;
			continue;
		}
		break;
	}
	if (ls == NONE)
		return 0;
	size_t de = domain(s, c->len, c->me + 1, 1, &tld, &tlde);
	if (!de || !tld_ok(s, tld, tlde) || !right_ok(s, c->len, de))
		return 0;
	return (unsigned)rx_emit(c, ls, de, REDACT_EMAIL);
}

static const char *const at_words[] = {"at", NULL};
static struct rx_kwset at_word = RX_KWSET(at_words);

const struct rx_trigger rx_email_triggers[] = {
	{F_EMAIL, RX_ON_CHAR, 0, "@", NULL, detect_at, "email_at"},
	{F_EMAIL, RX_ON_CHAR, 0, "%", NULL, detect_pct, "email_pct40"},
	{F_EMAIL, RX_ON_CHAR, 0, "[({", NULL, detect_bracket_at, "email_obf_at"},
	{F_EMAIL, RX_ON_WORD, 0, NULL, &at_word, detect_word_at, "email_word_at"},
};
const size_t rx_email_ntriggers = sizeof rx_email_triggers / sizeof rx_email_triggers[0];
