/* person_labels.c: the labels of a person's name ("Name:", "Patient:",
 * "Beneficiary 1:", "신랑:"), in the languages of the messages, as one
 * keyword set (person_ctx.c, person_fields.c, person_cjk.c ask it; the
 * words are never names themselves, person_words.c); and the labels
 * before an inverted "Surname, Given" (at its end). */
#include "person_int.h"

/* Labels: need ':' or '=' (or a tab) between them and the name. */
const char *const pn_labels[] = {
	/* stop 54: a letter's "Attn:" (also an intro word without the
	 * colon), a register's assessor; a nomination paper's proposer,
	 * seconder and assentors, a polling station's presiding officer, a
	 * proxy's holder; a bank's analyst, relationship manager, officer
	 * and clerk, a firm's co-owner, a borrower's surname and full name
	 * in Vietnamese, Hindi, Thai, Arabic, Hebrew, Chinese and Turkish */
	"attn", "assessor", "proposer", "seconder", "assentor", "presiding officer", "mandataire",
	"analyst", "rm", "relationship manager", "co-owner", "co-owner of the company", "gestor",
	"họ", "tên", "họ và tên", "họ tên", "अधिकारी", "उपनाम", "เจ้าหน้าที่", "นามสกุล", "الاسم بالكامل",
	"اسم العائلة", "בנקאי", "经办人", "temsilci", "rep", "union rep", "shop steward",
	/* stop 65: a spouse's, a lessor's and an account holder's labels in
	 * Turkish and Vietnamese */
	"eşi", "vợ/chồng", "bên cho thuê", "bên thuê", "chủ tài khoản",
	/* stop 58: a school's and a nursery's staff and pupils, in the
	 * languages of parts 50/51 ("SENCO:", "学生:", "園児:", "원아:",
	 * "תלמיד/ה:", "นักเรียน:", "बच्चा:", "التلميذ/ة:"), a council's
	 * officers and liable parties */
	"senco", "dsl", "deputy dsl", "exams officer", "attendance officer", "licensing officer",
	"planning officer", "housing officer", "enforcement officer", "educational psychologist",
	"social worker", "key worker", "keyworker", "class teacher", "joint liable", "alleged source",
	"other occupant attaining 18", "occupant attaining 18",
	"学生", "園児", "児童・生徒", "児童", "生徒", "幼儿", "担当保育士", "원아", "학생", "담임 교사",
	"담임", "תלמיד/ה", "תלמיד", "תלמידה", "ילד/ה", "נקלט/ת", "นักเรียน", "เด็ก", "ครูประจำชั้น",
	"बच्चा", "विद्यार्थी", "छात्र", "छात्रा", "التلميذ/ة", "الطفل/ة",
	/* a parent's, a guardian's, an emergency contact's and a teacher's
	 * labels in those scripts ("הורה:", "अभिभावक 2 (माँ):", "ولي الأمر 1
	 * (الأب):", "प्रभारी शिक्षिका:", "संदर्भ:") */
	"הורה", "איש קשר לחירום", "अभिभावक", "प्रभारी शिक्षिका", "प्रभारी शिक्षक", "संदर्भ", "ولي الأمر",
	"جهة الاتصال في حالات الطوارئ", "ผู้ปกครอง", "担任", "비상 연락처", "استلمه", "responsável",
	"responsavel", "גננת אחראית", "גננת", "học sinh", "照会先", "お迎え",
	/* stop 47: a Turkish doorbell's name ("Zil: Erdem") */
	"zil",
	/* stop 52: a fire drill's wardens, the people they help and their
	 * buddies; emergency contacts in Portuguese, Italian, Dutch, Polish,
	 * Swedish */
	"warden", "fire warden", "floor warden", "bhv'er", "bhv-er", "peep", "buddy", "acompañante",
	"acompanhante", "begleitung", "räumungshelfer", "räumungshelferin", "delegado", "delegada",
	"evacuation marshal", "fire marshal", "accompagnateur", "accompagnatrice", "serre-file",
	"contacto de emergência", "contato de emergência", "contatto di emergenza", "noodcontact",
	"kontakt awaryjny", "nödkontakt",
	/* stop 47: a delivery app's courier ("Kuryeniz: Zeynep (4.9★)") */
	"kuryeniz", "je bezorger", "jouw bezorger", "delivery partner", "your delivery partner",
	"tu repartidor", "tu repartidora", "dein fahrer", "deine fahrerin", "votre livreur",
	"votre livreuse", "il tuo corriere", "twój kurier", "seu entregador", "sua entregadora",
	/* stop 47: a disclosure's custodian, a mediation's parents, a French
	 * form's identity, a witness statement's maker, an estate's deceased
	 * and a power's grantor, a creditor, a Catalan and a Spanish entry
	 * form's name, a Turkish guardian, an account's holder, a human
	 * tower's children */
	"custodian", "parent 1", "parent 2", "identité", "statement of", "causante", "outorgante",
	"outorgado", "le créancier", "la créancière", "le débiteur", "la débitrice",
	"nom i cognoms", "nombre y apellidos del participante", "velisi", "veli",
	"titulaire du compte", "fills/es a la canalla", "héritiers", "heritiers",
	/* stop 42: a lab's sender and referrer, a vaccination's giver, a
	 * report's electronic signature, a power of attorney's donor, a
	 * bill's account name */
	"einsender", "einsenderin", "zuweiser", "zuweiserin", "überweiser", "überweiserin",
	"given by", "administered by", "vaccinated by", "vaccinator", "vacunador", "vacunadora",
	"vacunador/a", "vaccinatore", "vaccinatrice", "vaccinateur", "vaccinatrice",
	"electronically signed by", "signed electronically by", "firmado electrónicamente por",
	"assinado eletronicamente por", "signé électroniquement par", "elektronisch signiert von",
	"firmato elettronicamente da", "elektronisch ondertekend door", "donor", "nome na conta",
	"pasted by", "recommended by", "referred by",
	/* stop 40: an application's "Full names", a Dutch bill's customer, an
	 * airline's APIS line, a bank account's name */
	"full names", "klant", "apis", "account name", "naam rekeninghouder", "titular da conta",
	"titular de la cuenta", "nome do titular",
	/* a transfer's payer and payee, a hotel's guest */
	/* stop 46: a learner's parent, a car's new owner, a garage's
	 * technician, a ride's driver */
	"genitore", "rodzic", "opiekun", "rodzic/opiekun", "représentant légal", "représentante légale",
	"erziehungsberechtigte/r", "erziehungsberechtigter", "ny ägare", "ägare", "tidigare ägare",
	"servicetekniker", "din servicetekniker", "votre chauffeur", "chauffeur", "kierowca", "motorista",
	"conductor", "tu conductor", "sürücü", "şoför", "autista", "förare", "din förare",
	"titolare", "titolare carta", "naam kaarthouder", "kaarthouder", "your rider", "il tuo rider",
	"tu rider", "ton livreur", "votre livreur", "dein kurier",
	"ordenante", "beneficiario", "beneficiário", "gönderen", "alıcı", "donneur d'ordre",
	"remitter", "payer", "nadawca", "odbiorca", "opdrachtgever", "begunstigde", "huésped",
	"hóspede", "ospite",
	/* CITATION.cff's keys; a boat's crew; Gilbertese, Samoan, Rusyn */
	"family-names", "given-names", "name-particle", "skipper", "cox", "helm", "aran",
	"igoa", "igoa atoa", "molimau", "ведучій", "ведуча", "hingoa",
	"team manager", "drummer", "lead drummer", "fancier",
	/* an investigation's, a hearing's, a school's and a hospital's people */
	"investigator", "investigating officer", "hearing manager", "hearing officer",
	"headteacher", "head teacher", "headmaster", "headmistress", "head of year",
	"form tutor", "next of kin", "note taker", "notetaker", "minute taker", "complainant",
	"respondent", "line manager", "officer in the case",
	"dzina ḽa ṅwana", "mubebi", "oppschreewa", "aran te karo ke te tia tararua",
	"name", "full name", "fullname", "full_name", "first name", "last name", "firstname",
	"lastname", "first_name", "last_name", "given name", "surname", "customer",
	"customer name", "customer_name", "client", "contact", "contact name", "patient",
	"employee", "nombre", "nombre completo", "apellidos", "nom", "prénom", "nom complet",
	"nome", "cognome", "nome completo", "naam", "volledige naam", "vorname", "nachname",
	"kunde", "kundin", "ansprechpartner", "from", "to", "cc", "signed-off-by",
	"co-authored-by", "reviewed-by", "acked-by", "tested-by", "reported-by", "author",
	"fn", "n", "assignee", "owner", "requester", "reporter", "sender", "recipient",
	"titular", "inhaber", "destinatario", "remitente", "destinataire", "expéditeur",
	"ship to", "bill to", "sold to", "passenger", "guest", "holder", "cardholder",
	"account holder", "kontoinhaber", "titulaire", "beneficiary", "signed by", "witness",
	/* a form's signature line (stop 45) */
	"signed", "signature", "signatory", "signataire", "assinatura", "handtekening", "podpis",
	"underskrift", "allekirjoitus", "imza", "unterschrift",
	"technician", "mechanic", "reporter", "assignee",
	"display name", "display_name", "displayname", "patiënt", "patiente", "patientin",
	"paziente", "paciente", "empfänger", "empfängerin", "absender", "absenderin",
	"auftraggeber", "begünstigter", "karteninhaber", "rechnung an", "lieferung an",
	"versand an", "versicherte", "versicherter", "mieter", "mieterin", "factuur aan",
	"ontvanger", "afzender", "begunstigde", "rekeninghouder", "verzekerde", "huurder",
	"facturé à", "facture à", "livrer à", "bénéficiaire", "assuré", "assurée", "locataire",
	"expéditeur", "fattura a", "intestatario", "intestataria", "beneficiario", "mittente",
	"assicurato", "assicurata", "factura a", "facturar a", "asegurado", "asegurada",
	"inquilino", "inquilina", "fatura para", "destinatário", "segurado", "segurada",
	"invoice to", "billed to", "deliver to", "payee", "insured", "policyholder", "tenant",
	"nome no cartão", "name on card", "name on the card", "nombre en la tarjeta",
	"nom sur la carte", "name auf der karte", "pax", "lead pax", "2nd pax", "3rd pax",
	"lead passenger", "lead guest", "passenger name", "guest name", "traveller", "traveler",
	"name on card", "cardholder name", "cn", "sn", "givenname", "displayname", "gecos",
	"family name", "given names", "pårørende",
	"mentor", "emergency contact", "emergency_contact",
	"next of kin", "notfallkontakt", "contact d'urgence", "contacto de emergencia",
	"firmado", "firmato", "gezeichnet", "signé", "assinado", "getekend", "efternavn",
	"fornavn", "efternamn", "förnamn", "etternavn", "achternaam", "voornaam", "apellido",
	"sobrenome", "nazwisko", "imię", "soyadı", "sukunimi", "etunimi", "příjmení", "jméno",
	/* more forms of the name fields */
	"prénoms", "vornamen", "voornamen", "familienname", "geburtsname", "nombres", "nomes",
	"nomi", "first names", "apelido", "apelidos", "nume", "prenume", "imiona", "adı",
	"ad soyad", "namn", "fullständigt namn", "nimi", "név", "jmeno", "apellidos, nombre",
	"apelido, nome", "nom, prénom", "name, vorname", "nume, prenume", "surname, given name",
	"last name, first name", "nachname, vorname", "achternaam, voornaam", "nazwisko, imię",
	/* Uzbek, Hungarian, Azerbaijani, Basque, Galician, Welsh, Irish,
	 * South Slavic, Ukrainian, Russian, Afrikaans */
	"familiyasi", "ismi", "otasining ismi", "ota-onasi", "ariza beruvchi",
	"családi és utónév", "születési családi és utónév", "anyja születési családi és utóneve",
	"anyja neve", "a szállásadó neve", "szállásadó", "neve", "işçi", "İşçi", "isim", "İsim",
	"isim soyisim", "İsim soyisim", "isim soyad", "İsim soyad", "soyadı, adı", "izen-abizenak",
	"abizenak", "izena", "nome e apelidos", "enw", "ainm", "ime i prezime",
	"прізвище", "ім'я", "фамилия", "имя",
	"отчество", "фио", "Ф.И.О.", "pasiënt", "naam en van", "nok",
	/* VI, UZ, AZ customers; other given names; JSON and XML keys */
	"khách hàng", "khách", "mijoz", "müştəri", "other names", "other name", "forenames",
	"forename", "userdisplayname", "user_display_name", "registeredowner", "contactname",
	"customername", "ownername", "sendername", "recipientname", "patientname", "employeename",
	"membername", "guestname", "authorname", "assigneename", "holdername", "cardholdername",
	/* people named by their role in a form, a deed, a case or a booking */
	"borrower", "lender", "applicant", "co-applicant", "driver", "conductor", "condutor",
	/* a booking's, a visa's, a card's people (stop 44) */
	"surnames", "passageiro principal", "pasajero principal", "passeggero principale",
	"lead passenger", "main passenger", "hauptreisender", "hauptreisende", "titulaire de la carte",
	"titular de la tarjeta", "titular do cartão", "titolare della carta", "karteninhaber",
	"richiedente", "solicitante", "requerente", "antragsteller", "antragstellerin", "demandeur",
	"заявитель", "заявительница", "inviting person", "nome próprio", "arrendatário",
	"arrendatária", "arrendatario", "arrendataria", "huurder", "mieter", "mieterin", "locataire",
	"inquilino", "inquilina", "propietario/a", "propietario", "propietaria",
	"your hosts", "hosts", "anfitriones", "vuestros anfitriones", "anfitriões", "gastgeber",
	"eure gastgeber", "ihre gastgeber", "gastheren", "jullie gastheren", "vos hôtes", "hôtes",
	"i vostri host", "οι οικοδεσπότες σας", "οικοδεσπότες",
	"sökande", "contribuente", "contribuable", "contribuyente", "contribuinte", "podatnik",
	"cessionario/committente", "nome/razão social", "nome/razao social",
	"belastingplichtige", "steuerpflichtige", "steuerpflichtiger",
	"policyholder", "policy holder", "versicherungsnehmer", "versicherungsnehmerin", "tomador",
	"tomador del seguro", "tomador do seguro", "contraente", "verzekeringnemer", "souscripteur",
	"fahrer", "fahrerin", "conducteur", "conductrice", "autista", "bestuurder", "şoför",
	"şoförünüz", "sürücü", "οδηγός", "ο οδηγός σας", "full name in native alphabet", "plaintiff",
	"defendant", "claimant", "respondent", "appellant", "petitioner", "attorney",
	"plaintiff's attorney", "defendant's attorney", "counsel", "solicitor", "lawyer",
	"procurador", "procuradora", "abogado", "abogada", "advogado", "advogada", "avocat",
	"avocate", "avvocato", "advocaat", "rechtsanwalt", "rechtsanwältin", "anwalt",
	"anwältin", "prozessbevollmächtigte", "prozessbevollmächtigter", "kläger", "klägerin",
	"beklagte", "beklagter", "demandeur", "demanderesse", "défendeur", "défenderesse",
	"demandante", "demandado", "demandada", "vendeur", "vendeuse", "acheteur", "acheteuse",
	"acquéreur", "seller", "buyer", "vendor", "purchaser", "verkäufer", "verkäuferin",
	"käufer", "käuferin", "vendedor", "vendedora", "comprador", "compradora", "venditore",
	"acquirente", "verkoper", "koper", "landlord", "landlady", "vermieter", "vermieterin",
	"bailleur", "arrendador", "arrendatario", "verhuurder", "locatore", "conduttore",
	"member", "mitglied", "socio", "socia", "socio/a", "membre", "membro", "lid", "medlem",
	"jäsen", "członek", "üye", "companion", "accompagnant", "accompagnante", "begleitperson",
	"begleitung", "mitreisende", "mitreisender", "acompañante", "acompanhante",
	"accompagnatore", "accompagnatrice", "reisgenoot", "noodcontact", "hätäyhteyshenkilö",
	"nödkontakt", "nødkontakt", "contatto di emergenza", "contato de emergência",
	"persona de contacto", "personne à contacter", "kontaktperson", "contact person",
	"student", "pupil", "schüler", "schülerin", "élève", "étudiant", "étudiante", "alumno",
	"alumna", "estudiante", "aluno", "aluna", "studente", "studentessa", "leerling",
	"parent", "guardian", "legal guardian", "erziehungsberechtigte", "spouse", "ehepartner",
	"carer", "parent/carer", "parent/guardian", "verzorger", "ouder/verzorger", "forælder",
	"förälder", "forelder", "elternteil",
	"conjoint", "cónyuge", "coniuge", "echtgenoot", "echtgenote", "notary", "notar",
	"notarin", "notaire", "notario", "notaio", "notaris", "advisor", "adviser",
	"berater", "beraterin", "conseiller", "conseillère", "assistente", "caseworker", "case worker",
	"case officer", "sachbearbeiter", "sachbearbeiterin", "doctor", "arzt", "ärztin",
	"médecin", "médico", "medico", "huisarts", "physician", "gp", "nurse", "therapist",
	"pharmacist", "prescriber", "referring physician", "dentist", "veterinarian", "vet",
	"visitor", "besucher", "besucherin", "visiteur", "visitante", "traveller", "traveler",
	"reisende", "reisender", "voyageur", "viajero", "viajante", "passager", "passagier",
	"pasajero", "passageiro", "passeggero", "occupant", "resident", "bewohner", "residente",
	"bewoner", "heir", "erbe", "héritier", "heredero", "deceased", "verstorbene",
	"verstorbener", "défunt", "défunte", "fallecido", "fallecida", "executor", "trustee",
	"grantor", "signatory", "unterzeichner", "unterzeichnerin", "host", "speaker",
	"presenter", "moderator", "interviewer", "interviewee", "organizer", "organiser",
	"coach", "trainer", "instructor", "teacher", "lehrer", "lehrerin", "professeur",
	"profesor", "profesora", "docent", "supervisor", "betreuer", "betreuerin", "tutor",
	"handled by", "approved by", "prepared by", "verified by",
	"checked by", "submitted by", "requested by", "raised by", "opened by", "created by",
	"closed by", "filed by", "issued to", "assigned", "contact", "referent", "referente",
	"responsable", "interlocutor", "assuré(e)", "bénéficiaire(s)", "testigo", "témoin",
	"zeuge", "zeugin", "getuige", "testemunha", "testimone", "nominee", "policy holder",
	"insured person", "versicherte person", "guarantor", "bürge", "bürgin", "garant",
	"avalista", "fiador", "fiadora", "tenant(s)", "occupant(s)", "souscripteur",
	"souscriptrice", "emprunteur", "emprunteuse", "co-emprunteur", "donateur", "donatrice",
	"gever", "schenker", "verzekeringnemer", "versicherungsnehmer", "preneur d'assurance",
	"tomador", "contraente", "contratante", "aanvrager", "aanvraagster", "antragsteller",
	"antragstellerin", "demandeur", "arguido",
	/* stop 50: a funeral's, a christening's, a wedding's and a shoot's
	 * people ("Elhunyt:", "Szertartást végzi:", "Couple:", "Camera op:",
	 * "Regia:", "Officiant:") */
	"elhunyt", "megrendelő", "szertartást végzi", "couple", "bride", "groom", "officiant",
	"celebrant", "camera op", "camera operator", "photographer", "videographer", "regia",
	"regie", "réalisation", "fotógrafo/a", "fotografo", "fotograaf", "verstorben",
	"overledene", "zmarły", "zmarła", "falecido", "falecida", "defunto", "defunta",
	"godparents", "paten", "padrinos", "padrini", "padrinhos", "peetouders", "chrzestni",
	"pastor", "priest", "rabbi", "imam", "pfarrer", "pfarrerin", "ksiądz", "párroco", "ninong",
	"ninang", "ninong/ninang",
	"arguida", "halter", "halterin", "halter/in", "utente", "alumno/a", "alumna/o", "tutor/a",
	"geadresseerde", "adressat", "adressatin", "destinatária", "name, vorname des versicherten",
	"kontakt", "references", "referencias", "referências", "referenzen", "références",
	"referenze", "referenties", "reference", "referee", "cotitular", "assinante", "abonné",
	"abonnée", "abonnent", "abonnentin", "abbonato", "abbonata", "suscriptor", "suscriptora",
	"subscriber", "prestatario", "prestataria", "mutuário", "mutuária", "deudor", "deudora",
	"schuldner", "schuldnerin", "débiteur", "débitrice", "debitore",
	"zahlungspflichtiger", "donante", "doador", "doadora", "donatore", "spender",
	"spenderin", "mum", "mom", "mam", "dad", "mother", "father", "child", "son", "daughter",
	"grandma", "grandpa", "grandmother", "grandfather", "nanny", "babysitter", "husband",
	"wife", "brother", "sister", "aunt", "uncle", "mutter", "vater", "sohn", "tochter",
	"oma", "opa", "mère", "père", "enfant", "fils", "fille", "madre", "padre", "hijo", "hija",
	"mamma", "papà", "figlio", "figlia", "moeder", "vader", "zoon", "dochter", "mãe", "pai",
	"filho", "filha", "matka", "ojciec", "dziecko", "baba", "pappa", "taxpayer", "taxpayers",
	"mama", "papa", "mamá", "papá", "maman", "mami", "papi", "mutti", "vati", "mamã",
	"papai", "niño", "niña", "niño/a", "niña/o", "bambino", "bambina", "bambino/a",
	"pédiatre", "pediatra", "kinderarzt", "kinderärztin", "paediatrician", "pediatrician",
	"médecin traitant", "hausarzt", "hausärztin", "médico de cabecera", "medico di base",
	"huisarts", "nounou", "canguro", "tagesmutter", "baby-sitter", "au pair",
	"navn", "elevens navn", "name des kindes", "name of child", "child's name", "asiakas",
	"kund", "kunde/kundin", "omainen", "pflegekraft", "pleier", "contactpersoon",
	"contact person", "notify party", "named driver", "joint member", "oncall", "on-call",
	"listing agent", "davalı", "davacı", "davali", "davaci", "hakim", "sanık", "tanık",
	"vertskap", "anfitrión", "anfitrión/a", "host/ess", "il vostro host", "contacto",
	"kontaktperson", "yhteyshenkilö", "kontaktní osoba", "osoba kontaktowa",
	"dependent", "dependents", "members", "member(s)", "owner(s)", "watchers", "reviewer",
	"reviewers", "approver", "approvers", "inspector", "registrar", "coordinator",
	"koordinator", "koordinatorin", "coordinador", "coordinadora", "coordinatore",
	"coordinatrice", "coördinator", "rufname", "patient/in", "patient(in)", "kunde/in",
	"mitarbeiter/in", "mitarbeiter", "mitarbeiterin", "minister", "celebrant", "officiant",
	"celebró", "celebrante", "padrinos", "padrino", "madrina", "godparents", "godparent",
	"parrain", "marraine", "paten", "finado", "finada", "finado/a", "referencia",
	"referência", "referenz", "referentie", "référence", "mokinys", "mokinė", "instruktorius",
	"instruktorė", "instruktors", "instruktore", "instruktor", "instruktorica", "cestujúci",
	"cestující", "putnik", "potnik", "nama penuh", "nama", "waris terdekat", "waris",
	"δικαιούχος", "συνδικαιούχος", "ονοματεπώνυμο",
	"επώνυμο", "όνομα", "πατρώνυμο",
	"μητρώνυμο", "first name and middle initial", "first name and initial",
	"make/sambo", "make/maka", "maka/make", "sambo", "ehegatte", "ehegattin",
	"ehepartner", "ehepartnerin", "lebenspartner", "lebenspartnerin", "성명", "보호자", "audzēknis", "audzēkne", "kandidat", "kandidatkinja",
	"dalībnieks", "dalībniece", "osanik", "valdes loceklis", "juhatuse liige", "bearbeiter",
	"bearbeiterin", "operador", "operadora", "operatore", "operatrice", "klient", "klientka",
	"zákazník", "kupac", "kupec", "pacient", "pacientka", "pacijent", "polnomočnik",
	"pooblaščenec", "ime in priimek", "ime i prezime", "име и презиме", "име и фамилия",
	"tour leader", "group leader", "tour guide", "guide", "caller", "buyer(s)", "seller(s)",
	"callerid", "caller id", "caller_id", "actor", "nombre exacto", "full legal name",
	"podróżny", "podróżna", "pasażer", "codeudor", "aval", "codeudor / aval",
	"vārds, uzvārds", "vardas, pavardė", "ees- ja perekonnanimi", "emri dhe mbiemri",
	"emri", "mbiemri", "vārds", "uzvārds", "vardas", "pavardė", "ime", "prezime", "priimek",
	/* "name" in more languages (person_script.c's Latin words among them),
	 * and people named by their role in a group's, a permit's or a
	 * delivery's papers */
	"ngalan", "dzina", "zita", "jeneng", "ingoa", "magaca", "magaca oo buuxa", "jina",
	"jina kamili", "igama", "leina", "lebitso", "suna", "pangalan", "buong pangalan", "isim",
	"orúkọ", "izina", "maqaa", "anarana", "inoa", "nem", "ainm", "nafn", "nimi ja sukunimi",
	"насаб", "ном", "насаб, ном", "chairperson", "chairman",
	"chairwoman", "treasurer", "secretary", "usihlalo", "modulasetulo", "kaitiaki pūtea",
	"onye ode akwụkwọ", "caregiver", "caretaker", "attendant", "solicitant", "solicitante",
	"requerente", "diver", "dive buddy", "entregó", "recibió", "entregado por",
	"recibido por", "entregue por", "recebido por", "delivered by", "received by", "sponsor",
	"inventor", "architect", "architekt", "architektin", "architecte", "arquitecto",
	"arquitecta", "architetto", "bauherr", "bauherrin", "bauhär", "antragsteller/in",
	"responsab", "liaison officer", "beneficiario/a", "beneficiaria", "cox", "nòmber kompleto",
	"nòmber", "nomber kompleto", "cantarist", "clerk", "patrini", "patrinus", "patrina",
	"escolan", "escolana", "vaandrig", "non kliyan", "igama nefani",
	"тренер", "director", "mookameli", "lider", "líder", "name of licensee", "licensee", "music", "பெயர்",
	"மாணவர் பெயர்",
	/* a university's and a study's people (stop 48) */
	"kart sahibi", "hesap sahibi", "name of participant", "participant name", "participant",
	"researcher taking consent", "person taking consent", "researcher", "investigador",
	"investigadora", "graduate", "närmast anhörig", "invigilator", "candidate", "maintainer",
	"surveillant", "surveillante", "aufsicht", "kortinnehavare", "nom de famille", "cognome e nome",
	"nome e cognome",
	"maintained by",
	/* a job sheet's trades and an invoice's payer (stop 49) */
	"engineer", "technicien", "technicienne", "técnico", "técnica", "tecnico", "tecnica", "monteur",
	"monteurin", "serwisant", "мастер", "instalador", "installateur", "installer", "fitter",
	"admin_name", "admin name",
	/* the roles of a crew, a rota, a sale and a contract (stop 53; not a
	 * call's caller, a transcript's turn: "Anrufer: Meine Frau ...", nor an
	 * owner, who answers reviews: "Reactie van de eigenaar: Dank je wel") */
	"crew", "on duty", "on call", "déclarant", "déclarante", "cliente", "faturado para", "fatturato a",
	"facturado a", "mutual connection", "titulaire du contrat", "vevő", "eladó", "translator",
	"interpreter", "exhibitor", "champion", "proprietario", "proprietaria", "propriétaire",
	"veterinary surgeon", "farrier", "dipendente", "requérant", "requérante", "testimone",
	/* a couple's, a club's, a lab's and a believer's, in their languages (not a
	 * surname, "Bräutigam", nor a chat's customer, "고객: 감사합니다") */
	"novio", "novia", "marié", "mariée", "sposo", "sposa", "жених", "невеста",
	"ნეფე", "პატარძალი", "新郎", "新娘", "신랑", "신부", "bendahara", "ketua", "sekretaris", "ibu", "ayah",
	"의뢰의", "保護者", "飼い主", "信眾", "信众", "nome/i", "tus sau ntawv", "уҡытыусы",
	"सभासदाचे नाव", "ຊື່ ແລະ ນາມສະກຸນ", "اسم المحرم", "حامل الوثيقة",
	/* who is on shift, on a hotel's handover ("-- night shift: Diễm, keys
	 * in drawer 2", "On shift: Hayato, Ryunosuke."; stop 53) */
	"night shift", "day shift", "early shift", "late shift", "on shift", "on duty tonight",
	/* an event's contacts, each a name and a number ("Contacts: Rattana
	 * 091-188-5480 / ...") */
	"contacts", "kontakte", "contactos", "contatti", "contatos",
	/* a plant's permit, accident and work order forms, a league's team
	 * sheet, a platform's identity check (stop 55: "Receiver: ...", "Fire
	 * watch: ...", "First aider: ...", "Name submitted:
	 * ...", "Requesting officer: ...") */
	"permit issuer", "receiver", "permit receiver", "fire watch", "first aider",
	"socorrista", "encarregado", "encarregada", "sinistrado", "sinistrada", "accidentado",
	"accidentada", "injured person", "injured worker", "team manager",
	"name submitted", "kyc name", "requesting officer", "exported by",
	/* a builder's subcontractor, an estate agent's parties, an
	 * airport's incident and cargo forms (stop 57: "Proprietor: ...",
	 * "Buyer's conveyancer: ...", "Reporting officer: ...", "CONSIGNEE:
	 * ...") */
	"proprietor", "contractor", "estimator", "conveyancer", "buyer's conveyancer",
	"seller's conveyancer", "previous landlord", "reporting officer", "consignee", "shipper",
	/* a theatre list's staff and a patient's escort (stop 67) */
	"anaesthetist", "anesthetist", "anaesthesiologist", "anesthesiologist", "scrub lead",
	"scrub nurse", "surgeon", "escort", "operating surgeon", "assistant surgeon",
	/* a salon's, a studio's and a gym's staff, a utility's occupiers
	 * and end users (stop 59: "Stylist: Ziemowit", "Outgoing occupier:
	 * ...") */
	"stylist", "artist", "tattoo artist", "trainer", "personal trainer", "therapist", "barber",
	"new occupier", "outgoing occupier", "occupier", "previous occupier", "end user",
	/* who did something, as a label's colon says ("Reported by: Aldwyn
	 * Pybus (jointer)", "Bought by: ..."; without the colon a mention) */
	"reported by", "submitted by", "requested by", "raised by", "opened by", "created by",
	"approved by", "handled by", "bought by", "added by", "inspected by", "witnessed by",
	/* an agency's temps and officers, a car hire's renters and drivers
	 * (stop 60: "Worker: הדסה ביטון", "Vetting officer: Nurhan
	 * Eryılmaz", "Renter: Hầu Nghi Dung", "Водитель: ...") */
	"worker", "officer", "vetting officer", "compliance officer", "renter", "hirer", "recovery agent",
	"водитель", "người lái", "người thuê", "चालक", "ड्राइवर", "נהג", "נהגת", "השוכר",
	"candidate placed",
	/* a funeral firm's and a museum's forms and checks (stop 61:
	 * "Arranger: ...", "Registered by: ...", "Vérifié par: Barnabé ·
	 * Date: ...", "שם הנפטר/ת: ...", "ผู้ติดต่อ: ...") */
	"arranger", "funeral arranger", "registered by", "checked by", "verified by", "vérifié par",
	"revisado por", "conferido por", "verificado por", "geprüft von", "verificato da",
	"gecontroleerd door", "sprawdził(a)", "kontrol eden", "проверил(а)", "έλεγχος", "נבדק ע\"י",
	"核对人", "note for reply", "seen by", "sprawdził", "проверил", "проверила", "difunto", "difunta",
	"fallecido", "fallecida", "確認者",
	"اسم المتوفى", "आवेदक", "שם הנפטר/ת", "שם הנפטר", "שם המבקש/ת", "经办家属", "ชื่อผู้เสียชีวิต",
	"ผู้ติดต่อ",
	/* a prison's and a probation service's forms (stop 62: "Prisoner:
	 * 宍戸 寅吉 (称呼番号6361)", "Booked by: Raimundo (visits booking line
	 * ...)", "Installed by: ...", "Householder consent: ...") */
	"prisoner", "booked by", "installed by", "entered by", "householder consent", "householder",
	"interpreter booked", "interpreter", "witness (staff)", "also attending",
	/* a dental, an optician's and a physiotherapy practice's staff and
	 * checks (stop 62: "Dispensed by: Wijnand", "Optometrist: 栾昊天",
	 * "Treating clinician: ...", "Comprobado por: Evaristo", "확인자:
	 * 예린") */
	"sent by", "taken by", "dispensed by", "optometrist", "optician", "dispensing optician",
	"clinician", "treating clinician", "referred clinician", "referring clinician", "dentist",
	"hygienist", "dental nurse", "physiotherapist", "physio", "lives with",
	"comprobado por", "जाँचकर्ता", "ตรวจสอบโดย", "확인자", "έλεγχος από", "راجعه", "reviewed by",
	/* a veterinary practice's owners (keepers) and its staff's checks
	 * (stop 63: "Keeper (Owner): ...", "Agreed with: ...", "Saisi par:
	 * Amaury", "Hayvan sahibi: ...", "בעלים: ...", "宠物主人: ...") */
	"keeper", "new keeper", "previous keeper", "registered keeper", "agreed with", "authorised by",
	"authorized by", "assessed by", "saisi par", "atendido por", "atendente", "compilato da",
	"aufgenommen von", "ingevoerd door", "przyjął(a)", "przyjął", "przyjęła", "καταχώριση",
	"hayvan sahibi", "sahibi", "chủ nuôi", "受付", "المالك", "בעלים", "בעלים נוסף", "宠物主人",
	"เจ้าของสัตว์", "เจ้าของร่วม", "पालक/मालिक", "दर्ज करने वाले",
	/* a driving school's and a test centre's learners and examiners
	 * (stop 63: "Examiner: Yiğitcan Akbulut (EX-4234)", "Learner: ...") */
	"examiner", "driving examiner", "learner", "learner driver", "test candidate", "supervising driver",
	/* a practice's owners and co-owners and who took the record down
	 * (stop 64: "Tierhalter/in: ...", "Współwłaściciel: ...", "Cotutor(a):
	 * ...", "Kaydı alan: Erdinç", "Принял(а): ...", "접수자: 예린") */
	"tierhalter", "tierhalterin", "właściciel", "właścicielka", "współwłaściciel",
	"współwłaścicielka", "cotutor", "cotutor(a)", "tutor(a)", "ortak sahip", "kaydı alan",
	"принял(а)", "принял", "приняла", "владелец", "נקלט ע\"י", "ผู้รับเรื่อง", "접수자", "سجّله",
	"سجله", "共同主人", "共同飼い主", "mede-eigenaar",
	/* a court's parties and clerks, an agency's consultant and travellers
	 * (stop 64: "Intimado(a): ...", "Bị đơn: ...", "प्रतिवादी: ...", "المدعى
	 * عليه: ...", "Processed by: Jadwiga (jury officer)", "Consultant:
	 * Romilly · bookings@...", "Travellers: 柏浩宇, 鲍修远") */
	"intimado", "intimada", "requerido", "requerida", "bị đơn", "nguyên đơn", "người làm chứng",
	"प्रतिवादी", "वादी", "गवाह", "المدعى عليه", "المدعي", "المدعية", "الشاهد", "התובע", "הנתבע",
	"התובעת", "הנתבעת", "processed by", "decided by", "consultant", "travel consultant",
	"travellers", "travelers", "passengers",
	/* a care home's incident report and a building's minutes (stop 66:
	 * "Person affected: ...", "Nurse in charge: ...", "Family informed:
	 * ... (son)", "Chair: ...", "By proxy: ...",
	 * "입소자: ...", "ผู้พักอาศัย: ...") */
	"person affected", "family informed", "nurse in charge", "gp informed", "staff on duty",
	"senior carer", "care worker", "team leader", "chair", "chairperson", "chaired by", "presidente",
	"voorzitter", "chủ tọa", "ประธานในที่ประชุม", "رئيس الاجتماع", "יו\"ר האסיפה", "अध्यक्ष",
	"divan başkanı", "by proxy", "per delega", "por procuração", "vekâleten", "بالتوكيل", "בייפוי כוח",
	"प्रॉक्सी द्वारा", "มอบฉันทะ", "ủy quyền", "입소자", "النزيل", "النزيلة", "דייר", "דיירת", "निवासी",
	"ผู้พักอาศัย", "người cao tuổi", "sakin", "φιλοξενούμενη", "φιλοξενούμενος",
	NULL,
};

_Static_assert(sizeof pn_labels / sizeof pn_labels[0] <= PN_LABELS_MAX, "PN_LABELS_MAX is too small");
struct rx_kwset pn_label_kws = RX_KWSET(pn_labels);

size_t pn_label_len(const struct rx_ctx *c, size_t from, size_t e, size_t at)
{
	const char *s = c->text;
	size_t l = rx_kw_ends_len(c, &pn_label_kws, from, e);
	if (l)
		return l;
	/* the label's other gender or number after it, "Karteninhaber/in",
	 * "Investigador/a", "Given name(s)" */
	size_t g = pn_gender_ending(s, from, e);
	/* or its number ("Déclarant 1 : BAUDOUIN Éloïse"; stop 54) */
	if (g == e && e - from > 3 && rx_is_digit((unsigned char)s[e - 1]) && s[e - 2] == ' ')
		g = e - 2;
	if (g != e && (l = rx_kw_ends_len(c, &pn_label_kws, from, g)) != 0)
		return l + (e - g);
	/* a label of several languages, its first one the label's
	 * ("Employee / 员工:", "Employee / Nhân viên:"; stop 66): the whole */
	for (size_t q = from + 3; q + 1 < e && q < from + 48; q++) {
		if (s[q] != '/' || (s[q - 1] != ' ' && s[q + 1] != ' '))
			continue;
		size_t qe = q;
		while (qe > from && s[qe - 1] == ' ')
			qe--;
		if ((l = rx_kw_ends_len(c, &pn_label_kws, from, qe)) != 0 && qe - l == from)
			return e - from;
		break;
	}
	/* who issued a fob or a permit at a time, staff ("Issued by: Nurten
	 * Yılmazer on 24.08.2026 21:00"; an office issues without " on " and
	 * a date: "Issued by: Florida"; stop 66) */
	if (e - from >= 9 && rx_fold_eq(s + e - 9, "issued by", 9) && (e - from == 9 || s[e - 10] == ' ')) {
		size_t le = rx_line_end(s, c->len, at);
		for (size_t i = at; i + 5 < le && i < at + 64; i++)
			if (s[i] == ' ' && (!memcmp(s + i, " on ", 4) || !memcmp(s + i, " at ", 4)) &&
			    rx_is_digit((unsigned char)s[i + 4]))
				return !rx_cap_at(s, le, at) || pn_unknown_ok(c, at, i) ? 9 : 0;
	}
	/* who did a thing, any verb's participle before "by" ("Logged by:",
	 * "Traced by:", "Reviewed by:"; stop 67), not a firm's or an
	 * office's doing ("Powered by:", "Issued by:", "Operated by:") */
	if (e - from >= 8 && rx_fold_eq(s + e - 3, " by", 3) && rx_fold_eq(s + e - 5, "ed", 2)) {
		static const char *const firms[] = {"issued", "powered", "sponsored", "provided", "operated",
						    "supplied", "funded", "covered", "managed", "owned", "published",
						    "produced", "distributed", "manufactured", "delivered", "shipped",
						    "insured", "underwritten", "regulated", "authorised", "authorized",
						    "hosted", "served", "caused", "licensed", "licenced", "backed",
						    "secured", "guaranteed", "administered", "governed", "followed",
						    "replaced", "superseded", "affected", "used", NULL};
		static struct rx_kwset firm_kws = RX_KWSET(firms);
		size_t w = e - 3, ws = w;
		while (ws > from && rx_is_alpha((unsigned char)s[ws - 1]))
			ws--;
		char f[24];
		if (w - ws >= 4 && w - ws < sizeof f && (ws == from || s[ws - 1] == ' ') &&
		    !rx_kwset_has(&firm_kws, f, rx_fold(s + ws, w - ws, f, sizeof f)))
			return e - ws;
	}
	/* a Dutch form's owner, the label alone at its line's start
	 * ("Eigenaar: Gerolt Hoogendoorn"; stop 64), not the owner's reply
	 * to a review ("Reactie van de eigenaar: Dank je wel") */
	if (e - from == 8 && rx_fold_eq(s + from, "eigenaar", 8)) {
		size_t ls = rx_line_start(s, from), q = ls;
		while (q < from && rx_in(" \t*-", s[q]))
			q++;
		if (q == from)
			return 8;
	}
	/* a report's subject whose line goes on with the birth date
	 * ("Subject: Ana Ruiz, DOB 20/01/1972, ID ..."; a mail's subject is
	 * none; stop 54) */
	/* (or a clinic's "Seen:" so, stop 62: "Seen: ชาตรี ศรีวิชัย (DOB 18
	 * พฤษภาคม 2530)") */
	if ((e - from >= 7 && rx_fold_eq(s + e - 7, "subject", 7)) ||
	    (e - from == 4 && rx_fold_eq(s + from, "seen", 4))) {
		static const char *const born[] = {", dob ", ", born ", ", date of birth", " (dob ", NULL};
		size_t le = rx_line_end(s, c->len, at);
		if (rx_phrase_in(s, at, le < at + 120 ? le : at + 120, born))
			return e - from == 4 ? 4 : 7;
	}
	return 0;
}

/* ---- the labels before an inverted "Surname, Given" (pn_inverted_end,
 * person_bounds.c; moved here in stop 67) ---- */

/* The colon of a label that opens the line at ls, right before `at` (spaces
 * between), at most max bytes from the line's start: its position, or
 * RX_NONE. */
static size_t label_colon(const char *s, size_t ls, size_t at, size_t max)
{
	size_t p = at;
	while (p > ls && s[p - 1] == ' ')
		p--;
	return p == ls || s[p - 1] != ':' || p - ls > max ? RX_NONE : p - 1;
}

/* The label before the name at `at` asks for the surname first: it names
 * the given name after another word ("Apellidos, Nombre:", "Apellido(s)
 * y nombre(s):", "Name, Vorname:", "Nom, prénom :"). */
int pn_inverted_label(const struct rx_ctx *c, size_t at)
{
	static const char *const given[] = {"nombre", "vorname", "prénom", "prenom", "nome", "voornaam",
					    "first name", "given name", "forename", "imię", "imie", "förnamn",
					    "fornavn", "etunimi", NULL};
	const char *s = c->text;
	size_t ls = rx_line_start(s, at), p = label_colon(s, ls, at, 48);
	if (p == RX_NONE)
		return 0;
	char lab[64];
	size_t n = rx_fold(s + ls, p - ls, lab, sizeof lab);
	if (!n || n >= sizeof lab)
		return 0;
	lab[n] = 0;
	for (const char *const *g = given; *g; g++) {
		const char *q = strstr(lab, *g);
		/* (after another word: "Nombre y apellidos" names the given
		 * name first) */
		if (q && q > lab + 2 && !rx_is_alnum((unsigned char)q[-1]))
			return 1;
	}
	return 0;
}

/* A person's label and its colon before the name at `at`, the line's
 * first field ("Patient/in: Kühnemund, Eckehard · ...", "Nome completo:
 * Cavalcanti Uchoa, Cândido"; stop 67): a surname first, whatever given
 * name follows (no credential, "Crew: Mele Vea, EMT-P", no ordinary word,
 * and a patient's or a name's label). */
int pn_person_label_before(const struct rx_ctx *c, size_t at)
{
	const char *s = c->text;
	size_t ls = rx_line_start(s, at), le = label_colon(s, ls, at, 40), from = ls;
	if (le == RX_NONE)
		return 0;
	while (from < le && rx_in(" -*#>", s[from]))
		from++;
	if (le <= from || pn_label_len(c, from, le, at) != le - from)
		return 0;
	/* (a patient's or a name's label: "Contact person: Courtney Rutledge,
	 * Accounts" names a desk) */
	static const char *const heads[] = {"patient", "paziente", "paciente", "patiënt", "pacjent", "пациент",
					    "name", "nome", "nombre", "nom", "naam", "navn", "namn", "nazwisko", NULL};
	char f[48];
	size_t n = le - from < sizeof f ? rx_fold(s + from, le - from, f, sizeof f - 1) : 0;
	f[n] = '\0';
	for (const char *const *h = heads; *h && n; h++)
		if (strstr(f, *h))
			return 1;
	return 0;
}
