/* names: lookups in the embedded name gazetteer (data/README.md: given names
 * and surnames of 62 locales from faker 10.6.0, MIT) and the list of
 * capitalised words that are too often ordinary words to count as a name
 * without context. The lists are one name a line; each is indexed once
 * (pthread_once) as a hash set of its lines. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "names_data.h"
#include "redact_int.h"

/* A list as an open-addressing hash set of its lines: slot holds the line
 * offset + 1 (0 empty), hash its FNV-1a hash. */
struct list {
	const unsigned char *data;
	size_t len;
	uint32_t *slot;
	uint32_t *hash;
	size_t mask;
};

static struct list given = {redact_data_given, 0, NULL, NULL, 0};
static struct list surnames = {redact_data_surnames, 0, NULL, NULL, 0};
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int ready; /* set (release) once both indexes are built */

static uint32_t fnv(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

static void index_list(struct list *l, size_t len)
{
	size_t n = 0, cap = 16;
	l->len = len;
	for (size_t i = 0; i < len; i++)
		n += l->data[i] == '\n';
	while (cap < 2 * n)
		cap <<= 1;
	l->slot = calloc(cap, sizeof *l->slot);
	l->hash = calloc(cap, sizeof *l->hash);
	if (!l->slot || !l->hash) {
		free(l->slot);
		free(l->hash);
		l->slot = l->hash = NULL;
		return; /* lookups then find nothing: names need context */
	}
	l->mask = cap - 1;
	size_t st = 0;
	for (size_t i = 0; i < len; i++) {
		if (l->data[i] != '\n')
			continue;
		uint32_t h = fnv((const char *)l->data + st, i - st);
		size_t p = h & l->mask;
		while (l->slot[p])
			p = (p + 1) & l->mask;
		l->slot[p] = (uint32_t)st + 1;
		l->hash[p] = h;
		st = i + 1;
	}
}

static void init(void)
{
	index_list(&given, redact_data_given_len);
	index_list(&surnames, redact_data_surnames_len);
	__atomic_store_n(&ready, 1, __ATOMIC_RELEASE);
}

static void ensure(void)
{
	if (!__atomic_load_n(&ready, __ATOMIC_ACQUIRE))
		pthread_once(&once, init);
}

static int find(const struct list *l, const char *s, size_t n)
{
	if (!l->slot)
		return 0;
	uint32_t h = fnv(s, n);
	for (size_t p = h & l->mask; l->slot[p]; p = (p + 1) & l->mask) {
		if (l->hash[p] != h)
			continue;
		size_t off = l->slot[p] - 1;
		if (off + n < l->len && l->data[off + n] == '\n' && memcmp(l->data + off, s, n) == 0)
			return 1;
	}
	return 0;
}

/* The token in title case ("JOHN" -> "John", "MÜLLER" -> "Müller"). */
static size_t title(const char *s, size_t n, char *out, size_t cap)
{
	size_t k = rx_fold(s, n, out, cap);
	if (k == 0)
		return 0;
	if (rx_is_lower((unsigned char)out[0]))
		out[0] = (char)(out[0] - 32);
	else if ((unsigned char)out[0] == 0xC3 && k > 1 && (unsigned char)out[1] >= 0xA0 &&
		 (unsigned char)out[1] <= 0xBE && (unsigned char)out[1] != 0xB7)
		out[1] = (char)((unsigned char)out[1] - 0x20);
	return k;
}

int rx_is_given(const char *s, size_t n)
{
	char t[64];
	ensure();
	if (n == 0 || n >= sizeof t)
		return 0;
	size_t k = title(s, n, t, sizeof t);
	return find(&given, t, k);
}

int rx_is_surname(const char *s, size_t n)
{
	char t[64];
	ensure();
	if (n == 0 || n >= sizeof t)
		return 0;
	size_t k = title(s, n, t, sizeof t);
	return find(&surnames, t, k);
}

/* Folded words that read as ordinary words (or titles, places, products)
 * when capitalised at a sentence start or in a heading. */
static const char *const stop[] = {
	"the", "a", "an", "this", "that", "these", "those", "my", "your", "our", "their", "his",
	"her", "its", "we", "you", "they", "he", "she", "it", "i", "me", "us", "them", "and", "or",
	"but", "so", "if", "then", "when", "what", "which", "who", "why", "how", "where", "all",
	"any", "every", "each", "some", "no", "not", "yes", "ok", "okay", "hi", "hello", "hey",
	"dear", "thanks", "thank", "please", "sorry", "good", "great", "best", "kind", "regards",
	"cheers", "sincerely", "team", "support", "customer", "client", "user", "users", "admin",
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
	"answer", "help", "info", "information", "details", "thanks", "hola", "bonjour", "hallo",
	"ciao", "hoi", "olá", "oi", "gracias", "merci", "danke", "grazie", "bedankt", "obrigado",
	"obrigada", "madame", "monsieur", "herr", "frau", "señor", "señora", "signor", "signora",
	"heer", "mevrouw", "senhor", "senhora", "equipe", "equipo", "tutti", "todos", "tous",
	"alle", "allemaal", "kunde", "kundin", "cliente", "klant", "north", "south", "east",
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
	"three", NULL,
};

static struct rx_kwset stop_kws = RX_KWSET(stop);

int rx_name_stopword(const char *s, size_t n)
{
	char t[64];
	if (n == 0 || n >= sizeof t)
		return 0;
	size_t k = rx_fold(s, n, t, sizeof t);
	return rx_kwset_has(&stop_kws, t, k);
}
