/* dob_animal.c: a birth date that is an animal's, not a person's (stop
 * 51). Vets' records, pet passports, breeders' contracts, pedigrees, horse
 * passports and herd registers give their animals' births with the same
 * labels people's have:
 *
 *   Name des Tieres: Luna, Ragdoll, Geburtsdatum 26.02.2017   the line
 *   Kullen född: 2025-12-08                                     names the
 *   Dam: ... · Reg. no. AB3506203 · Born 15/05/2013 · Hips 1/1  animal
 *   Eläinlaji / Rotu: koira, Weimaraner, uros                   a species'
 *   Syntymäaika: 2.5.2013                                       or a chip's
 *   Mikrosirun numero: 981929435460919                          label next
 *   IT 15 473 37844 | 27/05/2021 | F | CHA | ...                an ear tag
 *                                                               opens the row
 *
 * Words that are also common words of people's forms are left out
 * ("race", "art", "chat", "mare": a US form's race, a German form's
 * "Art der Beschäftigung", a chat, Italian "mare"). The words are
 * compared whole, folded as rx_fold folds them (Greek
 * without its accents and with a plain sigma: "φυλη", "σκυλοσ"); words
 * of scripts without spaces are looked for inside the line. */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "redact_int.h"

/* Words that name an animal, its kind, its litter or its papers. */
static const char *const animal_words[] = {
	"animal", "animals", "pet", "pets", "dog", "dogs", "cat", "cats", "puppy", "puppies",
	"kitten", "kittens", "litter", "breed", "species", "horse", "pony", "foal",
	"stallion", "gelding", "colt", "filly", "microchip", "transponder", "ueln", "pedigree",
	"hips", "kennel", "tieres", "haustier", "hund", "hundes", "katze",
	"kater", "welpe", "welpen", "wurf", "rasse", "pferd", "pferdes", "stute", "hengst",
	"wallach", "fohlen", "equidenpass", "tierart", "chien", "chienne",
	"chiot", "chaton", "portée", "cheval", "jument", "étalon", "poulain", "espèce",
	"transpondeur", "lof", "dysplasie", "perro", "perra", "gato", "gata", "cachorro",
	"camada", "raza", "caballo", "yegua", "potro", "especie", "mascota", "cane", "gatto",
	"cucciolo", "cucciolata", "razza", "cavallo", "cavalla", "puledro", "animale", "cão",
	"cadela", "ninhada", "raça", "cavalo", "égua", "espécie", "dier", "hond", "kat", "nest",
	"paard", "merrie", "veulen", "huisdier", "stamboeknr", "stamboom", "djur", "katt",
	"valp", "valpar", "kull", "kullen", "häst", "föl", "hingst", "meriter", "dyr", "kuld",
	"rase", "hest", "hoppe", "føll", "hvalp", "zwierzę", "zwierzęcia", "pies", "psa", "kot",
	"szczenię", "szczeniak", "miot", "koń", "konia", "klacz", "źrebię", "pkr",
	"eläin", "eläimen", "koira", "kissa", "pentu", "rotu", "hevonen", "eläinlaji", "lonkat",
	"zvíře", "zvířete", "kočka", "štěně", "plemeno", "kůň", "klisna", "dkk", "kutya",
	"macska", "kölyök", "fajta", "kanca", "csikó", "câine", "pisică", "cățel", "cuib",
	"cuibului", "rasă", "iapă", "mânz", "köpek", "kedi", "yavru", "ırk", "kısrak", "chó",
	"mèo", "giống", "loài", "φυλη", "σκυλοσ", "γατα", "ζωο", "ζωου", "κατοικιδιο",
	"αλογο", "μικροτσιπ", "порода", "собака", "кошка", "кішка", "кіт", "пес", "щенок",
	"цуценя", "помета", "метрики", "животное", "тварина", "лошадь", "кінь",
	"כלב", "חתול", "גזע", "סוס", "החיה", "كلب", "قطة", "سلالة", "حصان", "الحيوان", "حيوان",
	"कुत्ता", "बिल्ली", "नस्ल", "घोड़ा", "प्रजाति", "पशु", "miotu", "rodowodu", "rodowód",
	"batın", "mikroçip", "dyrets", "djurets", "hayvanın", "hayvan", "rasa", "gatunek",
	"dyreart", "djurart", "irkı", "ırkı", "állat", "faj", "chip", "puce", "chipu", NULL,
};

/* Labels of a species', a breed's or a chip's line next to the date's. */
static const char *const kind_labels[] = {
	"species", "breed", "microchip", "chip", "transponder", "ueln", "rasse",
	"raza", "razza", "raça", "ras", "rase", "rotu", "eläinlaji", "plemeno", "fajta",
	"chipnummer", "mikrosirun", "microcip", "transpondeur", "loài", "giống", "dyreart",
	"порода", "φυλη", "ειδοσ", "नस्ल", "प्रजाति", "espèce", "especie", "specie",
	"espécie", "tierart", "türü", "tür", "irkı", "ırkı", "ırk", "gatunek", "rasa", "mikroçip",
	"종", "품종", "ชนิด", "สายพันธุ์", "种类", "品种", "種類", "品種", NULL,
};

/* Words of scripts without spaces, looked for inside the line. */
static const char *const animal_cjk[] = {
	"動物", "犬", "猫", "品種", "子犬", "ペット", "동물", "반려동물", "강아지", "고양이", "품종",
	"宠物", "品种", "狗", "马", "สุนัข", "แมว", "สายพันธุ์", "สัตว์", NULL,
};

/* Words of a label that make its value the owner's, not the animal's
 * ("Besitzer des Hundes:", "Owner of the dog:"). */
static const char *const owner_words[] = {
	"owner", "owners", "keeper", "halter", "halterin", "besitzer", "besitzerin", "propriétaire",
	"dueño", "dueña", "proprietario", "proprietaria", "eigenaar", "ägare", "eier", "ejer",
	"omistaja", "omistajan", "właściciel", "właścicielka", "tulajdonos", "sahibi", "владелец",
	"власник", "chủ", "breeder", "züchter", "éleveur", "criador", "allevatore", "fokker",
	"uppfödare", "oppdretter", "kasvattaja", "hodowca", "tenyésztő",
	/* people who work with animals ("Dog walker:", "Pet sitter:") */
	"walker", "sitter", "groomer", "trainer", "rider", "handler", "minder", "carer", "vet",
	"veterinarian", "farrier", "adopter", "finder", "volunteer", "contact", "emergency",
	"guardian", "tierarzt", "tierärztin", "vétérinaire", "veterinario", "dierenarts",
	"eläinlääkäri", "weterynarz", "veterinär", "dyrlæge", "dyrlege", NULL,
};

/* Each list as a hash set (made once): a label's words are looked up,
 * not compared with every entry. */
#define WSET_SLOTS 1024
struct wset {
	const char *slot[WSET_SLOTS];
};
static struct wset w_animal, w_kind, w_owner, w_either;
/* (a marker list: animal_words and kind_labels together) */
static const char *const either_words[] = {NULL};
static pthread_once_t w_once = PTHREAD_ONCE_INIT;

static uint32_t w_hash(const char *w, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)w[i]) * 16777619u;
	return h;
}

static void w_make(struct wset *set, const char *const *l)
{
	for (; *l; l++) {
		size_t k = w_hash(*l, strlen(*l)) & (WSET_SLOTS - 1);
		while (set->slot[k])
			k = (k + 1) & (WSET_SLOTS - 1);
		set->slot[k] = *l;
	}
}

static void w_init(void)
{
	w_make(&w_animal, animal_words);
	w_make(&w_kind, kind_labels);
	w_make(&w_owner, owner_words);
	w_make(&w_either, animal_words);
	w_make(&w_either, kind_labels);
}

static int in_set(const struct wset *set, const char *w, size_t n)
{
	for (size_t k = w_hash(w, n) & (WSET_SLOTS - 1); set->slot[k]; k = (k + 1) & (WSET_SLOTS - 1))
		if (!strcmp(set->slot[k], w))
			return 1;
	return 0;
}

static const struct wset *set_of(const char *const *l)
{
	pthread_once(&w_once, w_init);
	return l == animal_words ? &w_animal : l == kind_labels ? &w_kind : l == owner_words ? &w_owner :
	       l == either_words ? &w_either : NULL;
}

static int in_list(const char *const *l, const char *w)
{
	for (; *l; l++)
		if (!strcmp(*l, w))
			return 1;
	return 0;
}

/* Whether a word of [a, b) is on the list; with `label`, a word of the
 * line's label, before its ':' within 48 bytes. A capitalised word right
 * after another is part of a name and does not count ("Tatewin High
 * Horse", "Gaspard Poulain", "Mill Race Road"). */
static int words_in(const char *s, size_t a, size_t b, const char *const *l, int label)
{
	char w[48];
	if (label) {
		const char *colon = memchr(s + a, ':', b - a < 48 ? b - a : 48);
		if (!colon)
			return 0;
		b = (size_t)(colon - s);
	}
	int prev_cap = 0;
	const struct wset *set = set_of(l);
	for (size_t i = a; i < b;) {
		size_t k, e = i;
		while (e < b && (k = rx_letter_at(s, b, e)) > 0)
			e += k;
		if (e == i) {
			if (s[i] != ' ')
				prev_cap = 0;
			i++;
			continue;
		}
		/* (a PET scan's is no pet: a word of three capitals counts only
		 * as the registries' and papers' do, "LOF", "PKR", "DKK") */
		if (e - i == 3 && rx_is_upper((unsigned char)s[i]) && rx_is_upper((unsigned char)s[i + 1]) &&
		    rx_is_upper((unsigned char)s[i + 2]) && !memcmp(s + i, "PET", 3)) {
			prev_cap = 1;
			i = e;
			continue;
		}
		/* (a capital and small letters: a name's word; "PKR" counts) */
		int cap = rx_cap_at(s, b, i) && e > i + 1 && !rx_is_upper((unsigned char)s[e - 1]);
		/* (a word cut short is an abbreviation: a licence's "Cat.",
		 * its categories, is no cat; a registry's "PKR." stays; stop
		 * 53) */
		int cut = e < b && s[e] == '.' && e - i <= 3 && rx_is_lower((unsigned char)s[e - 1]);
		if (!(cap && prev_cap) && !cut && e - i < sizeof w) {
			size_t n = rx_fold(s + i, e - i, w, sizeof w);
			if (set ? in_set(set, w, n) : in_list(l, w))
				return 1;
		}
		prev_cap = cap;
		i = e;
	}
	return 0;
}

/* An EU ear tag opening the row: two capitals, a space, digits in groups
 * (ten to twelve), then a cell's end ("IT 15 473 37844 | ..."). */
static int ear_tag_row(const char *s, size_t ls, size_t le)
{
	if (le < ls + 12 || !rx_is_upper((unsigned char)s[ls]) || !rx_is_upper((unsigned char)s[ls + 1]) ||
	    s[ls + 2] != ' ')
		return 0;
	size_t i = ls + 3, nd = 0;
	while (i < le && (rx_is_digit((unsigned char)s[i]) || s[i] == ' ') && !(s[i] == ' ' && i + 1 < le && s[i + 1] == '|'))
		nd += rx_is_digit((unsigned char)s[i++]) != 0;
	while (i < le && s[i] == ' ')
		i++;
	return nd >= 10 && nd <= 12 && i < le && rx_in("|\t;", s[i]);
}

/* Words of scripts without spaces or case for the owner of an animal
 * ("宠物主人", "飼い主", "보호자", "เจ้าของสัตว์"; stop 63). */
static const char *const owner_cjk[] = {"主人", "飼い主", "보호자", "견주", "เจ้าของ", NULL};

int rx_wide_word_in(const char *s, size_t a, size_t b, const char *const *l)
{
	/* one pass: at each letter of three bytes, the words that start with
	 * its first two */
	for (size_t i = a; i + 3 <= b; i++) {
		if ((unsigned char)s[i] < 0xE0)
			continue;
		for (const char *const *p = l; *p; p++) {
			if ((*p)[0] != s[i] || (*p)[1] != s[i + 1])
				continue;
			size_t n = strlen(*p);
			if (i + n <= b && !memcmp(s + i, *p, n))
				return 1;
		}
		i += 2;
	}
	return 0;
}

/* A CJK, Korean or Thai word for an animal inside [a, b). */
static int cjk_animal_in(const char *s, size_t a, size_t b)
{
	return rx_wide_word_in(s, a, b, animal_cjk);
}

/* The part of the line of s[at] read for its words: 200 bytes either
 * side at most (a line of prose runs on; a record's line is short). */
static void near_line(const char *s, size_t len, size_t at, size_t *a, size_t *b)
{
	size_t ls = rx_line_start(s, at), le = rx_line_end(s, len, at);
	*a = at > ls + 200 ? at - 200 : ls;
	*b = le > at + 200 ? at + 200 : le;
	while (*a > ls && ((unsigned char)s[*a] & 0xC0) == 0x80)
		(*a)--;
	while (*b < le && ((unsigned char)s[*b] & 0xC0) == 0x80)
		(*b)++;
}

int rx_animal_line(const char *s, size_t len, size_t at)
{
	size_t a, b;
	near_line(s, len, at, &a, &b);
	return words_in(s, a, b, animal_words, 0) || cjk_animal_in(s, a, b);
}

int rx_animal_line_memo(struct rx_ctx *c, size_t at)
{
	size_t ls = rx_line_start(c->text, at), le = rx_line_end(c->text, c->len, at);
	/* (a short line is read whole: its answer holds for all of it) */
	if (le - ls > 400)
		return rx_animal_line(c->text, c->len, at);
	if (c->anim_le == 0 || c->anim_ls != ls || c->anim_le != le) {
		c->anim_ls = ls;
		c->anim_le = le;
		c->anim_line = words_in(c->text, ls, le, animal_words, 0) || cjk_animal_in(c->text, ls, le);
	}
	return c->anim_line;
}

/* A delimited table's row: its delimiter (two tabs, or three '|' or ';'
 * on the line), or 0. */
static char row_delim(const char *s, size_t ls, size_t le)
{
	int tab = 0, bar = 0, semi = 0;
	for (size_t i = ls; i < le; i++) {
		tab += s[i] == '\t';
		bar += s[i] == '|';
		semi += s[i] == ';';
	}
	return tab >= 2 ? '\t' : bar >= 3 ? '|' : semi >= 3 ? ';' : 0;
}

/* In a table's row, the animal's words that count: the row's cells before
 * the date and the table's first line (its header): a product's name
 * after it ("Pet lifetime" in an insurer's export) is none of the
 * date's (stop 52). */
static int animal_row(const char *s, size_t len, size_t ls, size_t at, char d)
{
	if (words_in(s, ls, at, animal_words, 0) || cjk_animal_in(s, ls, at))
		return 1;
	size_t hs = ls;
	for (int k = 0; k < 200 && hs > 0; k++) {
		size_t ps = rx_line_start(s, hs - 1);
		if (!memchr(s + ps, d, hs - 1 - ps))
			break;
		hs = ps;
	}
	if (hs == ls)
		return 0;
	size_t he = rx_line_end(s, len, hs);
	return words_in(s, hs, he, animal_words, 0) || cjk_animal_in(s, hs, he);
}

/* A JSON object's value at `at` ("dob": "1972-11-17"): the object's
 * start on the line, or RX_NONE. */
static size_t json_object_start(const char *s, size_t ls, size_t at)
{
	size_t q = at;
	if (q > ls && s[q - 1] == '"')
		q--;
	while (q > ls && s[q - 1] == ' ')
		q--;
	if (q == ls || s[q - 1] != ':' || q < ls + 2 || s[q - 2] != '"')
		return RX_NONE;
	const char *o = memrchr(s + ls, '{', q - ls);
	return o ? (size_t)(o - s) : RX_NONE;
}

int rx_dob_animal(struct rx_ctx *c, size_t at)
{
	const char *s = c->text;
	size_t len = c->len;
	size_t ls = rx_line_start(s, at), le = rx_line_end(s, len, at);
	char d = row_delim(s, ls, le);
	/* (in a JSON object, the animal's words before its date and its key:
	 * an owner's record lists their pets after their own birth date,
	 * '"dob": "1972-11-17", ..., "pets": ["Mausi"]'; stop 63) */
	size_t ob = d ? RX_NONE : json_object_start(s, ls, at);
	if (ob != RX_NONE)
		return words_in(s, ob, at, animal_words, 0) || cjk_animal_in(s, ob, at);
	if (ear_tag_row(s, ls, le) || (d ? animal_row(s, len, ls, at, d) : rx_animal_line_memo(c, at)))
		return 1;
	/* the line before or after it: a species', a breed's or a chip's
	 * label */
	if (ls > 0) {
		size_t ps = rx_line_start(s, ls - 1);
		if (words_in(s, ps, ls - 1, kind_labels, 1))
			return 1;
	}
	if (le < len) {
		size_t ne = rx_line_end(s, len, le + 1);
		if (words_in(s, le + 1, ne, kind_labels, 1))
			return 1;
	}
	return 0;
}

/* A patient's label in a veterinary practice's message: the patient is
 * an animal ("INVOICE ... — Tierarztpraxis am Schlehenhang" above
 * "Patient: Flocke (A702360)"; stop 63). The practice's word within the
 * 2,000 bytes before the label. */
static int vet_patient_label(const char *s, size_t lb, size_t ce)
{
	static const char *const patient[] = {"patient", "paciente", "patiënt", "paziente", "patientin", "patient name",
					      NULL};
	static const char *const vet[] = {"Veterinary", "veterinary", "Vets", "vets", "Tierarzt", "tierarzt",
					  "Tierärzt", "Dierenarts", "dierenarts", "étérinaire", "eterinari", "Veteriner",
					  "veteriner", "Ветклиника", "етеринар", "Κτηνιατρ", "κτηνιατρ", "動物病院",
					  "动物医院", "동물병원", "โรงพยาบาลสัตว์", "पशु चिकित्सा", "וטרינר", "البيطري",
					  "thú y", "Thú y", NULL};
	while (lb < ce && rx_in(" -*#\"\t", s[lb]))
		lb++;
	/* (a cheap look first: the label's length and first letter) */
	if (ce - lb < 7 || ce - lb > 12 || (s[lb] | 0x20) != 'p')
		return 0;
	int p = 0;
	for (const char *const *w = patient; *w && !p; w++)
		p = strlen(*w) == ce - lb && rx_fold_eq(s + lb, *w, ce - lb);
	if (!p)
		return 0;
	size_t from = lb > 2000 ? lb - 2000 : 0;
	for (const char *const *w = vet; *w; w++)
		if (memmem(s + from, lb - from, *w, strlen(*w)))
			return 1;
	return 0;
}

int rx_animal_label(const char *s, size_t len, size_t at)
{
	(void)len;
	size_t ls = rx_line_start(s, at), from = at > ls + 64 ? at - 64 : ls;
	const char *colon = NULL;
	for (size_t i = at; i > from; i--)
		if (s[i - 1] == ':') {
			colon = s + i - 1;
			break;
		}
	if (!colon)
		return 0;
	size_t ce = (size_t)(colon - s);
	/* (only blanks between the colon and the value, or the value's own
	 * first words: "Horse: Orion du Bocage" asked at "Bocage") */
	/* (or the items of its list, the species and the breed: "Animal:
	 * Réglisse, chien, Labrador, born ..."; stop 63) */
	for (size_t i = ce + 1, k; i < at; i += k ? k : 1) {
		k = rx_letter_at(s, at, i);
		if (!k && s[i] != ' ' && s[i] != ',')
			return 0;
	}
	size_t lb = ls;
	/* (the label from the last separator of fields before it) */
	for (size_t i = ce; i > ls; i--)
		if (rx_in(",;|\t", s[i - 1])) {
			lb = i;
			break;
		}
	if ((words_in(s, lb, ce, either_words, 0) || cjk_animal_in(s, lb, ce)) &&
	    !words_in(s, lb, ce, owner_words, 0) && !rx_wide_word_in(s, lb, ce, owner_cjk))
		return 1;
	return vet_patient_label(s, lb, ce);
}

int rx_pedigree_line(const char *s, size_t len, size_t at)
{
	static const char *const hips[] = {"hips", "dysplasie", "dkk", "lonkat", "hd", NULL};
	size_t ls = rx_line_start(s, at), le = rx_line_end(s, len, at);
	/* (a cheap look first: a middle dot on the line) */
	const char *dot = memchr(s + ls, 0xB7, le - ls);
	return dot && dot > s + ls && (unsigned char)dot[-1] == 0xC2 && words_in(s, ls, le, hips, 0);
}
