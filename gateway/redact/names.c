/* names: lookups in the embedded name gazetteer (data/README.md: given names
 * and surnames of 62 locales from faker 10.6.0, MIT) and the list of
 * capitalised words that are too often ordinary words to count as a name
 * without context. The lists are byte-sorted, one name a line; an index of
 * line offsets is built once (pthread_once) for binary search. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "names_data.h"
#include "redact_int.h"

struct list {
	const unsigned char *data;
	size_t len;
	uint32_t *off;
	size_t n;
};

static struct list given = {redact_data_given, 0, NULL, 0};
static struct list surnames = {redact_data_surnames, 0, NULL, 0};
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void index_list(struct list *l, size_t len)
{
	size_t n = 0;
	l->len = len;
	for (size_t i = 0; i < len; i++)
		n += l->data[i] == '\n';
	l->off = malloc((n + 1) * sizeof *l->off);
	if (!l->off)
		return; /* lookups then find nothing: names need context */
	size_t k = 0, st = 0;
	for (size_t i = 0; i < len; i++)
		if (l->data[i] == '\n') {
			l->off[k++] = (uint32_t)st;
			st = i + 1;
		}
	l->n = k;
}

static void init(void)
{
	index_list(&given, redact_data_given_len);
	index_list(&surnames, redact_data_surnames_len);
}

static int find(const struct list *l, const char *s, size_t n)
{
	size_t lo = 0, hi = l->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *e = (const char *)l->data + l->off[mid];
		size_t el = (size_t)((const char *)memchr(e, '\n', l->len - l->off[mid]) - e);
		int c = memcmp(e, s, el < n ? el : n);
		if (c == 0)
			c = el < n ? -1 : (el > n ? 1 : 0);
		if (c == 0)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
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
	pthread_once(&once, init);
	if (n == 0 || n >= sizeof t)
		return 0;
	size_t k = title(s, n, t, sizeof t);
	return find(&given, t, k);
}

int rx_is_surname(const char *s, size_t n)
{
	char t[64];
	pthread_once(&once, init);
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

int rx_name_stopword(const char *s, size_t n)
{
	char t[64];
	if (n == 0 || n >= sizeof t)
		return 0;
	rx_fold(s, n, t, sizeof t);
	for (const char *const *w = stop; *w; w++)
		if (strcmp(t, *w) == 0)
			return 1;
	return 0;
}
