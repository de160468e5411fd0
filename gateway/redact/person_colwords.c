/* person_colwords.c: the words of a table's header that name a column of
 * people's names ("Surname", "Nachname", "Επώνυμο", "氏名"), and those that
 * make a column a thing's ("Company Name") or a person's all the same
 * ("Company contact"); person_ctx.c, pn_name_column, reads them. And the
 * labels of a list of people and of a thing's name (moved here from
 * person_words.c in stop 47); whether a header is a password manager's
 * export. */
#include <string.h>

#include "person_int.h"

static const char *const name_columns[] = {
	/* Tsonga, Fijian; a pilot's logbook's pilot in command and second */
	"vito", "yaca", "pic", "sic", "hingoa", "crew", "liefra", "fancier",
	"name", "nombre", "nom", "nome", "naam", "customer", "client", "kunde", "contact",
	"vorname", "nachname", "surname", "prénom", "cognome", "apellido", "apellidos", "holder", "patient",
	"forename", "forenames", "cardholder", "card_holder", "name_on_card", "nameoncard",
	"employee", "person", "efternavn", "fornavn", "efternamn", "förnamn", "etternavn",
	"achternaam", "voornaam", "sobrenome", "nazwisko", "imię", "imie", "imiona", "prenom",
	"prenoms", "soyadı", "soyadi", "adi", "sukunimi",
	"etunimi", "příjmení", "jméno", "first", "last", "given", "family", "member", "guest",
	"attendee", "participant", "invitato", "invitata", "invité", "invitée", "invitado",
	"invitada", "gast", "accompagnatore", "accompagnatrice", "begleitung", "plus-one",
	"plus one", "on-call", "on call", "speaker", "student", "tenant", "driver", "passenger",
	"staff", "mitarbeiter", "mitarbeiterin", "medewerker", "empleado", "empleada",
	"dipendente", "funcionário", "ansprechpartner", "kontaktperson", "contact person",
	"firstname", "lastname", "first_name", "last_name", "fullname", "full_name", "givenname",
	"given_name", "familyname", "family_name", "displayname", "display_name", "claimed by",
	"contact name", "donor", "spender", "dawca", "donneur", "donante", "child", "kind", "barn",
	"enfant", "niño", "niña", "bambino", "bambina", "pupil", "schüler", "schülerin", "leerling",
	"élève", "alumno", "alumna", "aluno", "aluna", "jeneng", "ngalan", "zita",
	"dzina", "writer", "songwriter", "composer", "lyricist", "фио", "ф.и.о.",
	"lub npe", "npe", "hming", "pa hming", "nami budak", "nami", "sutiy",
	/* stop 51: a CRM's owners and reps, a fair's scanner, an
	 * executive's assistant ("Deal owner", "Scanned by", "Assistant") */
	"owner", "scanned by", "sales rep", "account manager",
	"assistant",
	/* stop 54: a cash desk's and a safe-deposit register's teller */
	"teller", "cashier", "journalist", "reporter",
	/* stop 56: a hardship fund's payee, a pastoral rota's visitor and
	 * the visited, a befriending scheme's volunteer and befriendee */
	"payee", "visitor", "visiting", "visited", "volunteer", "befriender", "befriendee",
	"keyworker", "caseworker", "referrer", "applicant", "recipient", "beneficiary",
	/* stop 57: a shipment's consignee, a claim's handler, a journalist;
	 * a vet's or a pet register's owner in the scripts without capitals */
	"consignee", "handler", "claims handler", "المالك", "مالك", "เจ้าของ", "主人", "飼い主", "मालिक", "בעלים",
	"보호자", "반려인",
	/* stop 66: a home-care rota's carer and a care home's resident, a
	 * building's occupier */
	"carer", "caregiver", "care worker", "resident", "occupier", "occupant", "leaseholder",
	NULL,
};
/* More languages' "name" as a column's whole header (not a word of it:
 * these languages put the name's owner after it, "Nama Produk" is a
 * product's); Google Workspace's export keys. */
static const char *const name_columns_whole[] = {
	"nama", "nama lengkap", "jina", "jina kamili", "leina", "libizo", "igama", "suna",
	"orúkọ", "oruko", "emri", "emri dhe mbiemri", "ngakl", "igoa", "naan", "ena", "nòm",
	"shuti", "хушамат, ят", "хушамат", "ят", "namo", "isim", "ad soyad", "adı soyadı", "tên",
	"họ và tên", "họ tên", "ime", "ime i prezime", "prezime", "nimi", "navn", "namn", "név",
	"vardas", "vārds", "ονομα", "επωνυμο", "ονοματεπωνυμο", "πατρωνυμο", "имя", "ім'я", "фамилия",
	"прізвище", "презиме", "отчество", "по батькові", "nom et prénom", "prénom et nom",
	"nombre y apellidos", "nome e cognome", "nome completo", "name.givenname",
	"name.familyname", "name.fullname", NULL,
};

int pn_name_column_whole(const char *hdr, size_t n)
{
	for (const char *const *w = name_columns_whole; *w; w++)
		if (strlen(*w) == n && memcmp(*w, hdr, n) == 0)
			return 1;
	return 0;
}
struct rx_kwset pn_column_kws = RX_KWSET(name_columns);

/* A column named for a thing's name ("Company Name", "Device name"), and
 * the words that make it a person's all the same ("Company contact"). */
static const char *const thing_columns[] = {
	"company", "business", "organisation", "organization", "org", "product", "item", "file",
	"host", "device", "app", "application", "project", "team", "server", "computer", "printer",
	"network", "domain", "street", "city", "bank", "brand", "shop", "store", "site", "venue",
	"event", "group", "role", "model", "service", "package", "database", "table", "column",
	"field", "firma", "empresa", "société", "entreprise", "unternehmen", "azienda", "bedrijf",
	"ssid", "entry", "title", "course", "department", "abteilung", NULL,
};
struct rx_kwset pn_thing_column_kws = RX_KWSET(thing_columns);
static const char *const person_columns[] = {
	"contact", "customer", "client", "employee", "holder", "patient", "guest", "member",
	"person", "first", "last", "given", "family", "surname", "full", "ansprechpartner", NULL,
};
struct rx_kwset pn_person_column_kws = RX_KWSET(person_columns);

/* A pet's column ("pet_name", "동물 이름", "ペット名"), unless its owner's
 * ("Pet owner", "飼い主"): a pet's name is no person's (stop 57). */
static const char *const pet_words[] = {"pet", "pets", "animal", "동물", "반려동물", "펫", "ペット", "動物",
					"宠物", "动物", NULL};
static struct rx_kwset pet_kws = RX_KWSET(pet_words);
static const char *const pet_owners[] = {"owner", "owners", "guardian", "keeper", "보호자", "主人", "飼い主",
					 NULL};
static struct rx_kwset pet_owner_kws = RX_KWSET(pet_owners);

int pn_pet_column(const char *hdr, size_t n)
{
	return rx_kwset_last(&pet_kws, hdr, 0, n) != RX_NONE && rx_kwset_last(&pet_owner_kws, hdr, 0, n) == RX_NONE;
}

/* Labels of a list of people ("Attendees: Anna Weber, Ben Ortiz"). */
static const char *const list_labels[] = {
	"attendees", "attendee", "present", "absent", "apologies", "participants", "guests",
	"members", "invitees", "aanwezig", "afwezig", "deelnemers", "genodigden", "anwesend",
	"abwesend", "teilnehmer", "teilnehmende", "entschuldigt", "gäste", "présents",
	"présentes", "absents", "excusés", "participants", "invités", "presentes", "ausentes",
	"asistentes", "participantes", "invitados", "presenti", "assenti", "partecipanti",
	"invitati", "presentes", "convidados", "närvarande", "frånvarande", "deltagere",
	"deltagare", "obecni", "nieobecni", "cc", "to", "notulen", "protokoll", "chair",
	"minutes", "soprano", "sopranos", "alto", "altos", "tenor", "tenors", "bass", "basses",
	"baritone", "baritones", "mezzo", "sopran", "alt", "bas", "parents", "eltern", "ouders",
	"parents:", "table", "top table", "head table", "mesa", "mesa presidencial", "tisch",
	"tafel", "tavolo", "bord", "stół", "членове", "члены", "crew",
	"dancers", "players", "squad", "dansers", "tänzer", "bailarines", "introduction", "intro",
	"quick intro", "introducing",
	/* stop 50: prayers' and witnesses' lists, a wedding's tables ("Prayer
	 * requests:", "Imádkozzunk:", "Testemunhas:", "Bruidstafel:") */
	"prayer requests", "prayer list", "prayers", "please pray for", "imádkozzunk",
	"módlmy się za", "oremos por", "preghiamo per", "testemunhas", "testigos", "témoins",
	"zeugen", "getuigen", "świadkowie", "witnesses", "testimoni", "bruidstafel",
	"kindertafel", "brauttisch", "table d'honneur", NULL,
};

/* Labels that name a thing ("Log Name:", "Workstation Name:"): the value
 * is no person's. */
static const char *const thing_names[] = {
	"log name", "workstation name", "host name", "computer name", "machine name",
	"server name", "service name", "process name", "event name", "file name", "project name",
	"product name", "company name", "table name", "network name", "domain name",
	"database name", "key name", "app name", "application name", "package name",
	"bucket name", "cluster name", "container name", "device name", "model name",
	"brand name", "task name", "job name", "queue name", "topic name", "channel name",
	"team name", "role name", "policy name", "rule name", "field name", "column name",
	"branch name", "repo name", "repository name", "image name", "instance name",
	"region name", "zone name", "store name", "shop name", "site name", "page name",
	"template name", "plan name", "course name", "item name", "street name", "city name",
	"country name", "pet name", "ship name", "vessel name", "hotel name", "venue name",
	"folder name", "directory name", "module name", "function name", "class name",
	"method name", "variable name", "test name", "script name", "printer name", "drive name",
	"volume name", "disk name", "share name", "profile name", "certificate name",
	/* head-last languages name the thing first: Hungarian "neve",
	 * Turkish "adı", Finnish and Estonian "nimi" */
	"termék neve", "cég neve", "cége neve", "fájl neve", "vállalkozás neve",
	"szervezet neve", "intézmény neve", "utca neve", "település neve", "bank neve",
	"iskola neve", "projekt neve", "szolgáltató neve", "társaság neve", "gyártó neve",
	"program neve", "ürün adı", "Ürün adı", "şirket adı", "Şirket adı", "firma adı", "dosya adı",
	"proje adı", "sokak adı", "cadde adı", "okul adı", "banka adı", "mağaza adı",
	"ilaç adı", "otel adı", "kurum adı", "tuotteen nimi", "yrityksen nimi", "tiedoston nimi",
	"projektin nimi", "kadun nimi", "pankin nimi", "koulun nimi", "ettevõtte nimi",
	"toote nimi", "faili nimi",
	/* a number's old and new operators (stop 48: "Operador donante:
	 * Movistar") */
	"operador donante", "operador receptor", "opérateur actuel", "opérateur donneur",
	"bisheriger anbieter", "neuer anbieter", "current provider", "operatore attuale",
	/* a shop's config keys and a sole trader's trading name (stop 49:
	 * "shop_name": "Bottega del Vetro", "SHOP_NAME=...", "Trading name:") */
	"shop_name", "store_name", "site_name", "app_name", "product_name", "company_name",
	"brand_name", "business_name", "trading_name", "shopname", "storename", "sitename",
	"trading name", "business name", "nom commercial", "nombre comercial", "handelsnaam",
	"ragione sociale", "firmenname", "nome comercial", "nombre de la tienda", "nom de la boutique", NULL,
};
struct rx_kwset pn_thing_name_kws = RX_KWSET(thing_names);
struct rx_kwset pn_list_label_kws = RX_KWSET(list_labels);

/* Whether the delimited table's header (c's memo) is a password manager's
 * export ("name,url,username,password", Bitwarden's "...,name,...,
 * login_uri,login_username,login_password"): its "name" is the entry's, a
 * site or a device. */
int pn_manager_export(const struct rx_ctx *c)
{
	if (c->csv.hps == RX_NONE)
		return 0;
	const char *s = c->text;
	for (size_t i = c->csv.hps; i + 3 <= c->csv.hpe; i++) {
		size_t p = i;
		if (p == c->csv.hps || s[p - 1] == c->csv.d)
			p += p + 6 <= c->csv.hpe && rx_fold_eq(s + p, "login_", 6) ? 6 : 0;
		else
			continue;
		if (p + 3 <= c->csv.hpe && (rx_fold_eq(s + p, "url", 3) || rx_fold_eq(s + p, "uri", 3) ||
					    (p + 8 <= c->csv.hpe && rx_fold_eq(s + p, "password", 8))))
			return 1;
		/* (a price list's or a catalogue's "name" is its product's:
		 * "code;name;price;contract;data;sku"; stop 56) */
		if (p + 3 <= c->csv.hpe && (rx_fold_eq(s + p, "sku", 3) ||
					    (p + 5 <= c->csv.hpe && rx_fold_eq(s + p, "price", 5)) ||
					    (p + 6 <= c->csv.hpe && rx_fold_eq(s + p, "tariff", 6))))
			return 1;
	}
	return 0;
}

/* Whether the delimited table's header (c's memo) is a visitor log's
 * ("date,time_in,visitor,company,host,badge"; "visiting", the flat
 * visited, stop 66): its "host" is the person visited, not a machine
 * (stop 57). */
int pn_visitor_log(const struct rx_ctx *c)
{
	if (c->csv.hps == RX_NONE)
		return 0;
	const char *s = c->text;
	for (size_t i = c->csv.hps; i + 7 <= c->csv.hpe; i++)
		if ((i == c->csv.hps || s[i - 1] == c->csv.d || s[i - 1] == ' ') && rx_fold_eq(s + i, "visit", 5) &&
		    (rx_fold_eq(s + i + 5, "or", 2) || (i + 8 <= c->csv.hpe && rx_fold_eq(s + i + 5, "ing", 3))))
			return 1;
	return 0;
}
