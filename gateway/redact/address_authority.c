/* address_authority.c: the words that name a public body, a practice, a
 * firm's office or a court, in a recipient's block, a letterhead or a
 * signature (rx_authority_words, asked by address_prose.c, person_firm.c,
 * person_cjk_title.c and person_noname.c). Moved out of address_prose.c
 * in stop 65. */
#include <string.h>

#include "address_int.h"

/* Words that name a public body or its office, in a recipient's block
 * ("Stadt Kassel – Bußgeldstelle", "Leeds City Council – Parking Services",
 * "Jefatura Provincial de Tráfico de Valencia", "CJIB"); a bare "Court",
 * a surname too, is none. */
static const char *const authority[] = {
	"council", "county", "stadt", "landkreis", "landratsamt", "bezirksamt", "gemeente",
	"kommune", "kommun", "comune", "ayuntamiento", "mairie", "municipality", "municipio",
	"município", "prefeitura", "gmina", "urząd", "polizia", "police", "polizei", "politie",
	"policía", "policia", "gendarmerie", "questura", "carabinieri", "jefatura", "tráfico",
	"trafico", "parket", "procureur", "prokuratura", "revenue", "centre", "center", "centrum",
	"autoridade", "autoridad", "autorità", "bußgeldstelle", "ordnungsamt", "straßenverkehrsamt",
	"enforcement", "tribunal", "tribunale", "gericht", "amtsgericht", "rechtbank", "juzgado",
	"ministry", "ministère", "ministerio", "ministero", "agency", "agence", "agencia",
	"agenzia", "cjib", "dvla", "dvsa", "ansr", "rdw", "dgt", "detran", "préfecture",
	"prefecture", "prefettura", "behörde", "verwaltung", "department", "département",
	"inspectorate", "trafikverket", "transportstyrelsen", "vegvesen", "comando", "direzione",
	"dirección", "direction", "bundesamt", "landesamt",
	/* stop 47: courts, law firms, notaries and debt collectors ("Sąd
	 * Rejonowy", "Stockholms tingsrätt", "Studio Legale Ferrandina",
	 * "Van Bemmel Advocaten", "Northgate Credit Recoveries Ltd") */
	"sąd", "суд", "tingsrätt", "hovrätt", "foro", "comarca", "arbeitsgericht", "landgericht",
	"sozialgericht", "verwaltungsgericht", "oberlandesgericht", "judiciaire", "judicial",
	"avocats", "advocaten", "avvocati", "abogados", "advogados", "rechtsanwälte", "solicitors",
	"attorneys", "notaires", "notariat", "notaría", "kanzlei", "advokatfirman", "advokatfirma",
	"advokatbyrå", "recoveries", "recouvrement", "inkasso", "legale", "legal", "tribunals",
	"courts", "ausländerbehörde", "extranjería", "division", "notarial", "conseil",
	/* stop 51: an office of the state and a service's ("Child Benefit
	 * Office, PO Box 1, ...", "Dienst Uitvoering Onderwijs – Postbus
	 * 50061, ...", "Finanzamt Köln-Nord, ...") */
	"office", "uitvoering", "duo", "belastingdienst", "finanzamt", "hmrc",
	/* stop 56: a telecom's and a collector's departments ("Quillwave
	 * Mobile, Customer Relations, PO Box 7731, ...", "Keystrand
	 * Collections, Suite 12, ...") and pharmacies */
	"relations", "collections", "complaints", "billing", "pharmacy", "apothecary", "telecom",
	"telecoms", "communications",
	"skatteverket", "uwv",
	/* vets' practices and farmers' co-operatives ("Kleintierpraxis
	 * Geestblick · Gewerbering 7, ...", "Molkerei Geestland eG · ...") */
	"tierklinik", "kleintierpraxis", "tierarztpraxis", "pferdeklinik", "dierenkliniek",
	"veterinary", "vétérinaire", "veterinaria", "veterinario", "eläinlääkäriasema",
	"djursjukhus", "djurklinik", "dyreklinikk", "molkerei", "mlékárna", "družstvo",
	"genossenschaft", "cooperative", "coopérative", "cooperativa", "kooperativ", "lecznica",
	"weterynaryjna",
	/* stop 52: hospitals and clinics, public pools and lidos ("Hospital
	 * Comarcal del Jiloca — calle ...", "مستشفى الشفاء — ...", "ROSTER —
	 * Strandbad Eichengrund — ... — tel. ...") */
	"hospital", "ospedale", "ziekenhuis", "krankenhaus", "klinikum", "hôpital", "hopital",
	"clinic", "clinica", "clínica", "szpital", "sjukhus", "sykehus", "sygehus", "hastanesi",
	"больница", "νοσοκομείο", "مستشفى", "הרפואי", "policlinico", "poliklinik", "spital",
	"lido", "strandbad", "hallenbad", "freibad", "zwembad", "piscine", "piscina",
	/* business parks and shopping centres ("Businesspark Donaulände,
	 * ...", "Cloverdell Corporate Park, ...") */
	"businesspark", "bedrijvenpark", "gewerbepark", "corporate", "galeria", "galerie", "mall",
	"einkaufszentrum", "centro",
	/* a forwarder's depots and a port's terminals ("Switchyard Dock
	 * Fulfillment", "Logistický park Bělá", "CD Logístico Baixada Verde";
	 * stop 53) */
	"fulfillment", "fulfilment", "logistics", "logistik", "logistique", "logística", "logístico",
	"logistica", "logistický", "logistyczne", "logistiek", "depot", "warehouse", "distribution",
	"freight", "terminal", "lagerhaus", "entrepôt", "almacén", "magazzino", "armazém", "складской",
	/* dental, optical and physiotherapy practices ("Quarrybank Dental Care
	 * · Unit 4, ...", "To: Cabinet dentaire des Micocouliers, ...",
	 * "Practice: Havenplein 3, ..."; stop 62) */
	"dental", "dentaire", "dentistry", "dentists", "tandarts", "tandartspraktijk",
	"zahnarztpraxis", "ottica", "optik", "óptica", "optica", "opticiens", "opticians",
	"optometry", "kinésithérapie",
	"odontologia", "odontoiatria", "stomatologia", "gabinet",
	/* vets' practices in more languages (stop 63: "Dierenartsenpraktijk
	 * De Kwikstaart", "Serçe Veteriner Kliniği", "Ветклиника «Снегирь»",
	 * "Κτηνιατρείο Χελιδόνι", "מרפאה וטרינרית הדוכיפת", "عيادة الهدهد
	 * البيطرية", "मोरपंख पशु चिकित्सालय", "Phòng khám thú y") */
	"dierenartsenpraktijk", "dierenarts", "dierenartsen", "dierenziekenhuis", "veteriner", "kliniği",
	"ветклиника", "ветеринарная", "ветеринарный", "κτηνιατρείο", "κτηνιατρική", "וטרינרית", "וטרינרי",
	"البيطرية", "البيطري", "चिकित्सालय", "पशु", "thú",
	/* driving schools (stop 63: "Rijschool De Wielewaal", "Autoscuola Il
	 * Carpino", "Hornbeam School of Motoring", "हंसध्वनि ड्राइविंग स्कूल") */
	"rijschool", "autoescola", "autoescuela", "autoscuola", "fahrschule", "motoring", "autoškola",
	"autoszkoła", "sürücü", "автошкола", "σχολή", "ड्राइविंग",
	/* law firms in Arabic and Hebrew (stop 64: "مكتب السنط للمحاماة",
	 * "משרד עורכי דין ערבה ושות'") */
	"للمحاماة", "محاماة", "עורכי",
	/* accountants', tax advisers' and payroll bureaus' practices, tax
	 * offices, consulates and embassies (stop 65: "Steuerkanzlei
	 * Glimmerstein, ...", "Biuro Rachunkowe Krzemień, ...", "Asesoría
	 * Pizarra Gestión, ...", "مكتب البازلت للمحاسبة والضرائب · ...") */
	"steuerkanzlei", "steuerberater", "steuerberatung", "rachunkowe", "rachunkowa", "asesoría",
	"asesoria", "gestoría", "gestoria", "accountants", "accountancy", "bookkeeping", "comptable",
	"comptables", "commercialista", "commercialisti", "administratiekantoor", "boekhoudkantoor",
	"muhasebe", "müşavirlik", "contabilidade", "contábil", "contabilista", "λογιστικό", "λογιστικά",
	"бухгалтерия", "бухгалтерская", "للمحاسبة", "المحاسبة", "الضرائب", "רואי", "consulate", "embassy",
	"consulat", "ambassade", "botschaft", "konsulat", "generalkonsulat", "embajada", "consulado",
	"ambasciata", "consolato", "ambasada", "büyükelçiliği", "başkonsolosluğu", "посольство",
	"консульство", "πρεσβεία", "προξενείο",
	/* immigration advisers and relocation firms ("Rıhtım Göç ve Vize
	 * Danışmanlığı", "Kompass Relocation & Visa GmbH", "مرفأ لخدمات
	 * التأشيرات والإقامة", "מגדלור ייעוץ הגירה ורילוקיישן") */
	"relocation", "relocations", "immigration", "imigração", "imigracao", "inmigración", "migration",
	"migração", "immigratie", "einwanderung", "göç", "danışmanlığı", "vize", "relocalização",
	"relocalisation", "trú", "التأشيرات", "للتأشيرات", "הגירה", "इमिग्रेशन", "वीज़ा", "визовый",
	"миграционный", "μετανάστευσης", NULL,
};
static struct rx_kwset authority_kws = RX_KWSET(authority);

/* Words of such bodies in scripts without spaces, looked for inside the
 * words: an animal hospital, a hospital, a clinic, a driving school, a law
 * firm (stop 63: "しらさぎ動物病院", "喜鹊动物医院", "까치동물병원",
 * "โรงพยาบาลสัตว์นกกระจิบ"); an accountancy practice, a tax office, an
 * embassy or a consulate, a visa or immigration office, a bank (stop 65:
 * "石英会計事務所", "金沢税務署", "국민은행"). */
static const char *const authority_cjk[] = {"病院", "医院", "诊所", "クリニック", "병원", "의원", "클리닉",
					    "โรงพยาบาล", "คลินิก", "教習所", "驾校", "운전전문학원", "운전학원",
					    "โรงเรียนสอนขับรถ", "สำนักงานกฎหมาย", "会計事務所", "税理士事務所",
					    "会计师事务所", "税务局", "税務署", "세무서", "회계사무소", "세무사무소",
					    "สำนักงานบัญชี", "สรรพากร", "大使館", "领事馆", "대사관", "영사관", "วีซ่า", "行政書士",
					    "出入境", "은행", "银行", "銀行", "ธนาคาร", NULL};

int rx_authority_words(const char *s, size_t ps, size_t pe)
{
	/* (the words in scripts without spaces only where a letter of three
	 * bytes stands) */
	int wide = 0;
	for (size_t i = ps; i < pe && !wide; i++)
		wide = (unsigned char)s[i] >= 0xE0;
	if (wide && rx_wide_word_in(s, ps, pe, authority_cjk))
		return 1;
	char f[24];
	for (size_t i = ps; i < pe;) {
		size_t k, e = i;
		while (e < pe && (k = rx_letter_at(s, pe, e)) > 0)
			e += k;
		if (e == i) {
			i++;
			continue;
		}
		if (e - i < sizeof f && rx_kwset_has(&authority_kws, f, rx_fold(s + i, e - i, f, sizeof f)))
			return 1;
		i = e;
	}
	return 0;
}
