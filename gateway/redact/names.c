/* names: lookups in the embedded name gazetteer (data/README.md: given names
 * and surnames of 62 locales from faker 10.6.0, MIT) and the list of
 * capitalised words that are too often ordinary words to count as a name
 * without context. The lists (one name a line) and the words are indexed
 * once (pthread_once) as one hash set of folded words with class bits. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "names_data.h"
#include "redact_int.h"

/* Folded words that read as ordinary words (or titles, places, products)
 * when capitalised at a sentence start or in a heading. */
static const char *const stop[] = {
	"the", "a", "an", "this", "that", "these", "those", "my", "your", "our", "their", "his",
	"her", "its", "we", "you", "they", "he", "she", "it", "i", "me", "us", "them", "and", "or",
	"but", "so", "if", "then", "when", "what", "which", "who", "why", "how", "where", "all",
	"any", "every", "each", "some", "no", "not", "yes", "ok", "okay", "hi", "hello", "hey",
	"dear", "thanks", "thank", "please", "sorry", "good", "great", "best", "kind", "regards",
	"cheers", "sincerely", "team", "support", "customer", "client", "user", "users", "admin",
	"reception", "dispatch", "security", "helpdesk", "hotline", "office", "emergency",
	"mobile", "cell", "fax", "tel", "landline", "handy", "mobil", "mobiel", "móvil", "celular",
	"telefon", "telefone", "teléfono", "portable", "cellulare", "home", "work",
	"nationality", "citizenship", "document", "gender", "sex", "status", "notes", "country",
	"nat", "default", "deploy", "area",
	"manager", "service", "services", "sir", "madam", "mr", "mrs", "ms", "miss", "dr", "prof",
	"everyone", "everybody", "there", "guys", "folks", "friends", "friend", "world", "monday",
	"tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
	"february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "will", "can", "could", "would", "should", "shall", "must",
	"might", "grant", "mark", "bill", "hope", "rose", "angel", "iris", "ruby", "paris",
	"summer", "winter", "spring", "page", "long", "young", "faith", "joy", "dawn", "amber",
	"jade", "crystal", "pearl", "ivy", "holly", "chase", "hunter", "frank", "sunny", "storm",
	"river", "forest", "daisy", "lily", "violet", "olive", "sage", "melody", "autumn", "new",
	"york", "street", "road", "avenue", "lane", "city", "london", "berlin", "madrid", "rome",
	"amsterdam", "lisbon", "company", "inc", "ltd", "gmbh", "bank", "order", "invoice",
	"account", "card", "phone", "email", "address", "name", "date", "birth", "password",
	"token", "key", "error", "warning", "update", "version", "release", "app", "server",
	"cloud", "google", "microsoft", "apple", "amazon", "github", "gitlab", "slack", "windows",
	"linux", "chrome", "firefox", "python", "java", "rust", "go", "docker", "kubernetes",
	"assistant", "bot", "system", "agent", "note", "subject", "re", "fwd", "fw", "sent",
	"from", "to", "cc", "bcc", "via", "per", "ticket", "issue", "bug", "feature", "question",
	"answer", "help", "info", "information", "details", "application", "applications", "thanks", "hola", "bonjour", "hallo",
	"ciao", "hoi", "olá", "oi", "gracias", "merci", "danke", "grazie", "bedankt", "obrigado",
	"obrigada", "madame", "monsieur", "herr", "frau", "señor", "señora", "signor", "signora",
	"heer", "mevrouw", "senhor", "senhora", "equipe", "equipo", "tutti", "todos", "tous",
	"alle", "allemaal", "kunde", "kundin", "cliente", "klant", "från", "north", "south", "east",
	"west", "central", "saint", "san", "santa", "santo", "los", "las", "el", "la", "le", "les",
	"der", "die", "das", "den", "het", "een", "ein", "eine", "il", "lo", "gli", "uno", "una",
	"un", "une", "des", "du", "de", "di", "da", "do", "dos", "van", "von", "om", "op", "auf",
	"im", "am", "en", "et", "und", "y", "e", "o", "ou", "oder", "of", "in", "on", "at", "by",
	"for", "with", "as", "is", "are", "was", "be", "been", "have", "has", "had", "do", "does",
	"did", "just", "also", "still", "again", "here", "now", "today", "tomorrow", "yesterday",
	"morning", "evening", "afternoon", "night", "day", "week", "month", "year", "time",
	"office", "home", "work", "meeting", "call", "chat", "message", "mail", "post", "street",
	"lake", "park", "hill", "view", "green", "sector", "cross", "residency", "apartments",
	"flat", "door", "house", "plot", "block", "floor", "suite", "apt", "unit", "building",
	"tower", "mall", "station", "airport", "hospital", "school", "university", "college",
	"institute", "centre", "center", "pro", "plus", "max", "mini", "air", "one", "two",
	"three",
	/* ordinary English words the name lists hold too ("General Public
	 * License", "Major Component", "Valid Until", "Human Resources") */
	"general", "major", "valid", "top", "menu", "alpha", "unique", "constant", "human", "fine",
	"honor", "idea", "alone", "among", "said", "lack", "trace", "hold", "hand", "fall", "marks",
	"blank", "peer", "lot", "job", "arch", "meta", "skipped", "even", "line", "else", "tar",
	"perl", "man", "dev", "param", "len", "deb", "val", "pip", "baby",
	/* virtues and things that are given names too ("the Grace period",
	 * "Destiny 2", "Liberty Bell") */
	"grace", "patience", "charity", "destiny", "harmony", "trinity", "heaven", "serenity",
	"liberty", "justice", "mercy", "unity", "precious", "promise", "star", "sky",
	"rain", "ocean", "brook", "honey", "blessing", "miracle", "journey", "genesis", "eden",
	/* the roles a letter addresses ("Dear Hiring Manager,") */
	/* titles after a Turkish name, before a Nigerian one ("Gizem Bey'e",
	 * "Selin Hanım'a", "Chief Ogundipe") */
	"bey", "hanım", "beyefendi", "hanımefendi", "chief", "bey'e", "bey'in", "bey'den",
	"hanım'a", "hanım'ın", "hanım'dan",
	"hiring", "recruiter", "recruiting", "recruitment", "admissions", "selection", "committee",
	"editor", "editors", "reviewer", "reviewers", "landlord", "teacher", "board", "panel",
	"hr",
	/* the roles of a support chat's turns ("Sie: ...", "Agente: ...") */
	"sie", "wir", "ihr", "vous", "usted", "você", "jij", "agente", "atendente", "kundendienst",
	"kundenservice", "servicio", "operator", "operatore", "opérateur", "kundservice", "kundtjänst",
	/* a court order's operative words ("IT IS ORDERED THAT") */
	"ordered", "adjudged", "decreed", "maxim",
	"kundeservice", "klantenservice", "asiakaspalvelu", "kundesenter", "medewerker", "оператор",
	"вы", "ты", "я", "мы", "клиент", "поддержка", "менеджер",
	/* a delivery's roles as a chat's senders (stop 45) */
	"repartidor", "repartidora", "livreur", "livreuse", "bezorger", "kurier", "courier",
	"entregador", "corriere", "fattorino", "kurye", "kurir", "kierowca", "motorista", "chauffeur",
	"conductor", "fahrer", "autista", "taxista",
	/* the groups a greeting addresses ("Dear Customers,", "Liebe Eltern,",
	 * "Hi Parents,"; German writes every noun with a capital) */
	"customers", "clients", "colleagues", "parents", "neighbours", "neighbors", "members",
	"guests", "residents", "tenants", "students", "teachers", "staff", "partners",
	"participants", "volunteers", "subscribers", "readers", "shareholders", "stakeholders",
	"patients", "employees", "coworkers", "families", "supporters", "attendees", "applicants",
	"sponsors", "donors", "visitors", "passengers", "travellers", "travelers", "developers",
	"contributors", "organisers", "organizers", "valued", "kundschaft", "kunden",
	"kundinnen", "freunde", "freundinnen", "mitglieder", "nachbarn", "nachbarinnen", "eltern",
	"gäste", "teilnehmer", "teilnehmerinnen", "teilnehmende", "mitarbeitende", "mitarbeiter",
	"mitarbeiterinnen", "bewohner", "bewohnerinnen", "mieter", "mieterinnen", "schüler",
	"schülerinnen", "studierende", "lehrkräfte", "leser", "leserinnen", "abonnenten",
	"patienten", "familien", "anwohner", "anwohnende", "spender", "förderer", "genossen",
	"amis", "membres", "voisins", "invités", "adhérents", "bénévoles", "habitants",
	"locataires", "résidents", "élèves", "familles", "partenaires", "abonnés", "amigos",
	"amigas", "socios", "vecinos", "vecinas", "clientes", "compañeros", "compañeras",
	"miembros", "invitados", "participantes", "voluntarios", "alumnos", "inquilinos",
	"amici", "soci", "clienti", "genitori", "vicini", "famiglie", "membri", "ospiti",
	"partecipanti", "volontari", "studenti", "inquilini", "condomini", "vrienden", "leden",
	"klanten", "ouders", "gasten", "deelnemers", "vrijwilligers", "bewoners",
	"huurders", "leerlingen", "iedereen", "vizinhos", "membros", "associados", "convidados",
	"moradores", "condôminos", "państwo", "klienci", "sąsiedzi", "przyjaciele", "rodzice",
	"członkowie", "goście", "uczestnicy", "mieszkańcy",
	/* coaches' makers and models ("Coach: Setra S 516 HD, driver ...";
	 * stop 64) */
	"setra", "irizar", "neoplan", "tourliner", "yutong", "scania", "iveco", "temsa", "tourismo",
	"higer", "otokar", "solaris", "briefing", "briefings", NULL,
};

/* One open-addressing hash set of folded words (given names, surnames and
 * the ordinary words below), each with its class bits, so that a token
 * costs one fold and one probe whatever it is looked up for. */
struct slot {
	uint32_t off;     /* arena offset + 1, 0 empty */
	uint32_t hash;
	uint8_t len;
	uint8_t cls;
};
/* (a slot's fields side by side: a probe reads one cache line) */
struct lex {
	char *arena;      /* the folded words, back to back */
	size_t used, cap;
	struct slot *slot;
	size_t mask, count; /* (count at most three quarters of the slots) */
};

static struct lex lex;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int ready; /* set (release) once the set is built */

char rx_latin_base(unsigned cp)
{
	static const char l1[] = "aaaaaa?ceeeeiiiidnooooo?ouuuuy??aaaaaa?ceeeeiiiidnooooo?ouuuuy?y";
	/* (Turkish and Azeri dotless ı has none: "Bakı" is no "Baki") */
	static const char xa[] = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiii???jjkkklllllll";
	static const char xb[] = "lllnnnnnnnnnoooooo??rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
	return cp >= 0xC0 && cp < 0x100    ? l1[cp - 0xC0]
	       : cp >= 0x100 && cp < 0x140 ? xa[cp - 0x100]
	       : cp >= 0x140 && cp < 0x180 ? xb[cp - 0x140]
					   : '?';
}

/* A folded word without its diacritics ("íñigo" -> "inigo", "jürgen" ->
 * "jurgen", "łukasz" -> "lukasz", "weiß" -> "weiss"), Latin-1 and Latin
 * Extended-A letters only: its length in out, or 0 when the word has none
 * or a letter without a base letter (æ, œ, þ). */
static size_t strip_marks(const char *w, size_t n, char *out, size_t cap)
{
	const unsigned char *u = (const unsigned char *)w;
	size_t k = 0;
	int marks = 0;
	for (size_t i = 0; i < n; i++) {
		if (k + 2 >= cap)
			return 0;
		if (u[i] < 0x80) {
			out[k++] = (char)u[i];
			continue;
		}
		if (i + 1 >= n || u[i + 1] < 0x80 || u[i + 1] > 0xBF)
			return 0;
		unsigned char d = u[i + 1];
		char b = '?';
		if (u[i] == 0xC3 && d == 0x9F) {
			out[k++] = 's';
			b = 's'; /* ß */
		} else if (u[i] >= 0xC3 && u[i] <= 0xC5) {
			b = rx_latin_base(((u[i] & 0x1Fu) << 6) | (d & 0x3Fu));
		}
		if (b == '?')
			return 0;
		out[k++] = b;
		marks = 1;
		i++;
	}
	return marks ? k : 0;
}

static void lex_put(const char *t, size_t k, unsigned cls);

static void lex_add(const char *w, size_t n, unsigned cls)
{
	char t[64], v[64];
	if (n == 0 || n >= sizeof t)
		return;
	size_t k = rx_fold(w, n, t, sizeof t);
	lex_put(t, k, cls);
	/* a name with marks also without them, in the variant classes (<< 4),
	 * for a query that has other marks ("Íñigo" for "Iñigo") */
	size_t vk = cls & RX_NAME_STOP ? 0 : strip_marks(t, k, v, sizeof v);
	if (vk)
		lex_put(v, vk, cls << 4);
}

static void lex_put(const char *t, size_t k, unsigned cls)
{
	uint32_t h = rx_hash(t, k);
	size_t p = h & lex.mask;
	for (; lex.slot[p].off; p = (p + 1) & lex.mask) {
		if (lex.slot[p].hash == h && lex.slot[p].len == k &&
		    memcmp(lex.arena + lex.slot[p].off - 1, t, k) == 0) {
			lex.slot[p].cls |= (uint8_t)cls;
			return;
		}
	}
	/* (a probe ends at an empty slot: the table never fills) */
	if (lex.used + k > lex.cap || 4 * (lex.count + 1) > 3 * (lex.mask + 1))
		return;
	lex.count++;
	memcpy(lex.arena + lex.used, t, k);
	lex.slot[p].off = (uint32_t)lex.used + 1;
	lex.used += k;
	lex.slot[p].hash = h;
	lex.slot[p].len = (uint8_t)k;
	lex.slot[p].cls = (uint8_t)cls;
}

static void lex_add_lines(const unsigned char *data, size_t len, unsigned cls)
{
	size_t st = 0;
	for (size_t i = 0; i < len; i++) {
		if (data[i] != '\n')
			continue;
		lex_add((const char *)data + st, i - st, cls);
		st = i + 1;
	}
}

/* The embedded lists, each with the class its names take. */
static const struct {
	const unsigned char *data;
	const size_t *len;
	unsigned cls;
} lists[] = {
	{redact_data_given, &redact_data_given_len, RX_NAME_GIVEN},
	{redact_data_surnames, &redact_data_surnames_len, RX_NAME_SURNAME},
	{redact_data_rgiven, &redact_data_rgiven_len, RX_NAME_GIVEN},
	{redact_data_rsurnames, &redact_data_rsurnames_len, RX_NAME_SURNAME},
	{redact_data_cgiven, &redact_data_cgiven_len, RX_NAME_GIVEN},
	{redact_data_csurnames, &redact_data_csurnames_len, RX_NAME_SURNAME},
	{redact_data_mgiven, &redact_data_mgiven_len, RX_NAME_GIVEN},
	{redact_data_msurnames, &redact_data_msurnames_len, RX_NAME_SURNAME},
};

static void init(void)
{
	size_t n = 0, bytes = 0;
	for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++) {
		for (size_t i = 0; i < *lists[l].len; i++)
			n += lists[l].data[i] == '\n';
		bytes += *lists[l].len;
	}
	for (const char *const *w = stop; *w; w++) {
		n++;
		bytes += strlen(*w);
	}
	size_t cap = 16;
	while (cap < 2 * n)
		cap <<= 1;
	lex.cap = 2 * bytes; /* (the words, and those without their marks) */
	lex.arena = malloc(lex.cap ? lex.cap : 1);
	lex.slot = calloc(cap, sizeof *lex.slot);
	if (!lex.arena || !lex.slot) {
		free(lex.arena);
		free(lex.slot);
		memset(&lex, 0, sizeof lex);
		__atomic_store_n(&ready, 1, __ATOMIC_RELEASE);
		return; /* lookups then find nothing: names need context */
	}
	lex.mask = cap - 1;
	for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
		lex_add_lines(lists[l].data, *lists[l].len, lists[l].cls);
	for (const char *const *w = stop; *w; w++)
		lex_add(*w, strlen(*w), RX_NAME_STOP);
	__atomic_store_n(&ready, 1, __ATOMIC_RELEASE);
}

unsigned rx_name_class_h(uint32_t h, const char *s, size_t n)
{
	if (!__atomic_load_n(&ready, __ATOMIC_ACQUIRE))
		pthread_once(&once, init);
	if (n == 0 || n >= 64 || !lex.slot)
		return 0;
	for (size_t p = h & lex.mask; lex.slot[p].off; p = (p + 1) & lex.mask)
		if (lex.slot[p].hash == h && lex.slot[p].len == n &&
		    rx_fold_eq(s, lex.arena + lex.slot[p].off - 1, n))
			return lex.slot[p].cls & 7u;
	/* not known as written: without its marks, a name written with other
	 * marks ("Íñigo" is "Iñigo"; "Från" is no "Fran") */
	if (!memchr(s, 0xC3, n) && !memchr(s, 0xC4, n) && !memchr(s, 0xC5, n))
		return 0;
	char t[64], v[64];
	size_t k = rx_fold(s, n, t, sizeof t), vk = strip_marks(t, k, v, sizeof v);
	if (!vk)
		return 0;
	uint32_t vh = rx_hash(v, vk);
	for (size_t p = vh & lex.mask; lex.slot[p].off; p = (p + 1) & lex.mask)
		if (lex.slot[p].hash == vh && lex.slot[p].len == vk &&
		    !memcmp(v, lex.arena + lex.slot[p].off - 1, vk))
			return (lex.slot[p].cls >> 4) & (unsigned)(RX_NAME_GIVEN | RX_NAME_SURNAME);
	return 0;
}

unsigned rx_name_class(const char *s, size_t n)
{
	return rx_name_class_h(rx_hash(s, n), s, n);
}

int rx_is_given(const char *s, size_t n)
{
	return (rx_name_class(s, n) & RX_NAME_GIVEN) != 0;
}

int rx_is_surname(const char *s, size_t n)
{
	return (rx_name_class(s, n) & RX_NAME_SURNAME) != 0;
}

int rx_name_stopword(const char *s, size_t n)
{
	return (rx_name_class(s, n) & RX_NAME_STOP) != 0;
}
