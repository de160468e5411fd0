/* person_ctx.c: the contexts that make capitalised words a person's name
 * (greetings, titles, introductions, labels, sign-offs, name columns, lists
 * of people, chat speakers, birth words), and the words that never are
 * one. person.c parses the name and decides with these. */
#include <pthread.h>
#include <string.h>

#include "person_int.h"

/* ---- contexts ----------------------------------------------------------------- */

/* Words before a name that make it one (folded; the text before the name,
 * trimmed of spaces and of ':', '=', '"', must end with one of them). */
static const char *const greet[] = {
	"hi", "hello", "hey", "dear", "thanks", "thank you", "many thanks", "hallo", "liebe",
	"lieber", "sehr geehrte", "sehr geehrter", "guten tag", "danke", "hola", "buenos días",
	"buenas tardes", "buenas", "estimado", "estimada", "querido", "querida", "gracias",
	"bonjour", "bonsoir", "cher", "chère", "salut", "coucou", "merci", "ciao", "buongiorno",
	"buonasera", "gentile", "gentilissimo", "gentilissima", "caro", "cara", "salve", "grazie",
	"hoi", "beste", "geachte", "bedankt", "olá", "oi", "prezado", "prezada",
	"bom dia", "boa tarde", "obrigado", "obrigada", "good morning", "good afternoon",
	"welcome", "szanowny panie", "szanowna pani", "dzień dobry", "cześć", "sayın", "merhaba",
	"hej", "hei", "hallå", "kære", "käre", "bäste", "hyvä", "dobrý den", "vážený pane",
	"vážená paní", "bună ziua", "stimate", "stimată", "estimado/a", "estimada/o", "benvolgut",
	"benvolguda", "dragi", "draga", "poštovani", "poštovana", "spoštovani", "spoštovana",
	"gerbiamas", "gerbiama", "lugupeetud", "cienījamais", "cienījamā", "αγαπητέ", "αγαπητή",
	"Αγαπητέ", "Αγαπητή", "kepada", "yang dihormati", "i nderuar", "e nderuar", NULL,
};
static const char *const titles[] = {
	"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "herr", "herrn",
	"frau", "monsieur", "madame", "mme", "mme.", "m.", "mlle", "sr", "sr.", "sra", "sra.",
	"srta", "srta.", "don", "doña", "dona", "sig", "sig.", "sig.ra", "sig.na", "dott",
	"dott.", "dott.ssa", "ing.", "avv.", "heer", "mevrouw", "mw.", "dhr.", "sir", "lady",
	"señor", "señora", "signor", "signora", "senhor", "senhora", "mister", "juf", "meester",
	"mevr.", "mevr", "richterin", "richter am amtsgericht", "richterin am amtsgericht",
	"richter am landgericht", "richterin am landgericht", "juez", "jueza", "giudice", "dommer",
	"tingrettsdommer", "pani", "panie", "panu", "państwo", "fr", "fr.", "pbro", "pbro.", "rev",
	"rev.", "revd", "revd.", "rvdo.", "rvdo", "msgr", "msgr.", "mons.", "pastor", "pastora",
	"father", "sister", "brother", "abbé", NULL,
};
static const char *const intro[] = {
	"my name is", "name is", "i'm", "i am", "this is", "it's", "it is", "je m'appelle",
	"je suis", "c'est", "moi c'est", "ich bin", "mein name ist", "ich heiße", "ich heisse",
	"me llamo", "soy", "mi nombre es", "mi chiamo", "sono", "il mio nome è", "ik heet",
	"ik ben", "mijn naam is", "meu nome é", "eu sou", "sou", "me chamo", "меня зовут",
	"colleague", "my colleague", "coworker", "co-worker", "my manager", "my boss",
	"compañera", "compañero", "mi compañera", "mi compañero", "colega", "mi colega",
	"minha colega", "meu colega", "collega", "mijn collega", "kollegin", "kollege",
	"meine kollegin", "mein kollege", "il mio collega", "la mia collega", "collègue",
	"mon collègue", "ma collègue", "please ask", "ask", "talk to", "spoke to",
	"in memory of", "in loving memory of", "congratulations to", "congrats to",
	"wir gratulieren", "gratulieren", "félicitations à", "felicidades a", "auguri a",
	"parabéns a", "gefeliciteerd", "prayers for", "pray for", "names to", "condolences to",
	"i,", "ik,", "jeg,", "jag,", "minä,", "já,", "ja,", "ich,", "yo,", "eu,", "je soussigné",
	"ја,", "Ја,", "аз,", "Аз,", "unë,", "aš,", "es,", "mina,", "jaz,", "εγώ,", "Εγώ,",
	"this is to certify that", "we certify that", "certify that", "autorizoj", "įgalioju",
	"upoważniam", "ovlašćujem", "овлашћујем", "pooblaščam", "упълномощавам", "opunomoćujem",
	"our admin", "pass it to", "pass this to", "agent", "agente", "case-worker", "case- worker",
	"certifica che", "certifico che", "certifie que", "certifica que",
	"je soussigné(e)", "soussigné(e)", "ondergetekende,",
	"bearbeiter", "bearbeiterin", "operador", "operadora", "operatore",
	"operatrice", "medewerker", "medewerkster", "operator",
	"je soussignée", "io sottoscritto", "io sottoscritta", "undertegnede", "ondergetekende",
	"the undersigned", "der unterzeichnende", "die unterzeichnende", "proud parents",
	"trotse ouders", "die glücklichen eltern", "les heureux parents", "stolze eltern",
	"contacte con", "contactar con", "terecht bij", "contact opnemen met", "kontakt venligst",
	"wenden sie sich an", "s'adresser à", "rivolgersi a", "fremvisning med", "visitas com",
	"visning med", "kontakta", "ota yhteyttä",
	"ask for", "demandez", "vraag naar", "danke an", "pregunta por", "preguntad por",
	"chiedete di", "chiedi di", "fragen sie nach", "frag nach", "thanks to", "merci à",
	"gracias a", "grazie a", "dank aan", "obrigado a",
	"reported by", "submitted by", "requested by", "raised by", "opened by", "created by",
	"handled by", "approved by", "maintained by", "written by",
	"authored by", "nazywam się", "mam na imię", "jmenuji se", "benim adım",
	"adım", "mitt namn är", "jag heter", "jeg heter", "mit navn er", "minun nimeni on",
	"nimeni on", "numele meu este", "mă numesc", "my name's", "call me", "dem notar",
	"der notarin", "rechtsanwältin", "rechtsanwalt", "maître", "abogado",
	"abogada", "defendant", "plaintiff",
	"spoke with", "speak to", "contact", "cc", "assigned to", "forward to",
	"according to", "wife", "husband", "son", "daughter", "mother", "father", "my friend",
	"brother", "sister", "signed", "regards from", "greetings from", "on behalf of",
	"attn", "attn.", "attention", "c/o", "s/o", "d/o", "w/o", "z. hd.", "z.hd.",
	"à l'attention de",
	"name on card", "name on the card", "vecino", "vecina", "neighbour", "neighbor",
	"nachbar", "nachbarin", "voisin", "voisine", "vicino", "vicina", "buurman", "buurvrouw",
	"vizinho", "vizinha", "please call", "please ring", "please text", "llamar a",
	"llame a", "ligar para", "ligue para", "viajou com", "viajaste con", "you rode with",
	"treatment plan for", "behandlungsplan für", "guest book —", "guestbook —",
	"guest book for", "livre d'or de", "libro de condolencias de", "chat history with",
	"conversation with", "chat with", "tour leader", NULL,
};
/* Labels: need ':' or '=' (or a tab) between them and the name. */
static const char *const labels[] = {
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
	 * South Slavic, Ukrainian, Russian (both cases: Cyrillic is not
	 * folded), Afrikaans */
	"familiyasi", "ismi", "otasining ismi", "ota-onasi", "ariza beruvchi",
	"családi és utónév", "születési családi és utónév", "anyja születési családi és utóneve",
	"anyja neve", "a szállásadó neve", "szállásadó", "işçi", "soyadı, adı", "izen-abizenak",
	"abizenak", "izena", "nome e apelidos", "enw", "ainm", "ime i prezime", "име и презиме",
	"Име и презиме", "прізвище", "Прізвище", "ім'я", "Ім'я", "фамилия", "Фамилия", "имя",
	"Имя", "отчество", "Отчество", "фио", "ФИО", "Ф.И.О.", "pasiënt", "naam en van", "nok",
	/* VI, UZ, AZ customers; other given names; JSON and XML keys */
	"khách hàng", "khách", "mijoz", "müştəri", "other names", "other name", "forenames",
	"forename", "userdisplayname", "user_display_name", "registeredowner", "contactname",
	"customername", "ownername", "sendername", "recipientname", "patientname", "employeename",
	"membername", "guestname", "authorname", "assigneename", "holdername", "cardholdername",
	/* people named by their role in a form, a deed, a case or a booking */
	"borrower", "lender", "applicant", "co-applicant", "driver", "conductor", "condutor",
	"fahrer", "fahrerin", "conducteur", "conductrice", "autista", "bestuurder", "plaintiff",
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
	"berater", "beraterin", "conseiller", "conseillère", "caseworker", "case worker",
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
	"δικαιούχος", "συνδικαιούχος", "ονοματεπώνυμο", "Δικαιούχος", "Συνδικαιούχος",
	"Ονοματεπώνυμο", "성명", "보호자", "audzēknis", "audzēkne", "kandidat", "kandidatkinja",
	"dalībnieks", "dalībniece", "osanik", "valdes loceklis", "juhatuse liige", "bearbeiter",
	"bearbeiterin", "operador", "operadora", "operatore", "operatrice", "klient", "klientka",
	"zákazník", "kupac", "kupec", "pacient", "pacientka", "pacijent", "polnomočnik",
	"pooblaščenec", "ime in priimek", "ime i prezime", "име и презиме", "име и фамилия",
	"tour leader", "group leader", "tour guide", "guide", "caller", "buyer(s)", "seller(s)",
	"callerid", "caller id", "caller_id", "actor", "nombre exacto", "full legal name",
	"podróżny", "podróżna", "pasażer", "codeudor", "aval", "codeudor / aval",
	"vārds, uzvārds", "vardas, pavardė", "ees- ja perekonnanimi", "emri dhe mbiemri",
	"emri", "mbiemri", "vārds", "uzvārds", "vardas", "pavardė", "ime", "prezime", "priimek",
	NULL,
};
static const char *const signoffs[] = {
	"regards", "best regards", "kind regards", "warm regards", "best", "cheers", "thanks",
	"thank you", "many thanks", "sincerely", "yours sincerely", "yours truly",
	"yours faithfully", "all the best", "mit freundlichen grüßen", "mit freundlichen grüssen",
	"freundliche grüße", "viele grüße", "beste grüße", "liebe grüße", "lg", "gruß", "grüße",
	"cordialement", "bien à vous", "bien cordialement", "salutations", "amicalement",
	"atentamente", "saludos", "un saludo", "saludos cordiales", "cordiales saludos",
	"un abrazo", "cordiali saluti", "distinti saluti", "saluti", "un saluto",
	"met vriendelijke groet", "vriendelijke groeten", "met vriendelijke groeten", "groeten",
	"groetjes", "hartelijke groet", "atenciosamente", "abraços", "cumprimentos",
	"obrigado", "obrigada", "groet", "gruss", "abraço", "beijos", "besos", "baci", "bisous",
	"--", "—", "pozdrawiam", "z poważaniem", "salutacions", "cordialment", "atentament",
	"s pozdravom", "lep pozdrav", "srdačan pozdrav", "srdačno", "pozdrav", "lugupidamisega",
	"parimate soovidega", "ar cieņu", "pagarbiai", "me respekt", "με εκτίμηση", "Με εκτίμηση",
	"terima kasih", "salam hormat", "tervitustega", "sveicieni", "с уважение", "С уважение",
	"s poštovanjem", "S poštovanjem", NULL,
};
static const char *const name_columns[] = {
	"name", "nombre", "nom", "nome", "naam", "customer", "client", "kunde", "contact",
	"vorname", "nachname", "surname", "prénom", "cognome", "apellido", "holder", "patient",
	"employee", "person", "efternavn", "fornavn", "efternamn", "förnamn", "etternavn",
	"achternaam", "voornaam", "sobrenome", "nazwisko", "imię", "soyadı", "sukunimi",
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
	"élève", "alumno", "alumna", "aluno", "aluna", NULL,
};
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
	"tafel", "tavolo", "bord", "stół", NULL,
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
	"volume name", "disk name", "share name", "profile name", "certificate name", NULL,
};
static struct rx_kwset thing_name_kws = RX_KWSET(thing_names);
static struct rx_kwset greet_kws = RX_KWSET(greet);
struct rx_kwset pn_title_kws = RX_KWSET(titles);
static struct rx_kwset intro_kws = RX_KWSET(intro);
static struct rx_kwset label_kws = RX_KWSET(labels);
static struct rx_kwset signoff_kws = RX_KWSET(signoffs);
static struct rx_kwset column_kws = RX_KWSET(name_columns);
static struct rx_kwset list_label_kws = RX_KWSET(list_labels);



/* A label's note in parentheses ending at e ("Surname (family name):",
 * "Given name(s):"): where the label ends before it (not before `from`),
 * or e. */
static size_t before_note(const char *s, size_t from, size_t e)
{
	if (e <= from || s[e - 1] != ')')
		return e;
	size_t o = e - 1;
	while (o > from && s[o - 1] != '(' && e - o < 32)
		o--;
	if (o == from || s[o - 1] != '(')
		return e;
	e = o - 1;
	while (e > from && s[e - 1] == ' ')
		e--;
	return e;
}

/* The key ending at e is a part of a name ("first", "last", "given",
 * "family", "middle") in an object that is the value of a "name" key:
 * {"name": {"title": "Mr", "first": "Anna", "last": "Weber"}} and
 * mongosh's { name: { first: 'Anna', last: 'Weber' } }. The object's '{'
 * is looked for within 160 bytes. */
static const char *const name_parts[] = {"first", "last", "given", "family", "middle", NULL};

static int name_part_key(const char *s, size_t e)
{
	size_t ks = e;
	while (ks > 0 && rx_is_alpha((unsigned char)s[ks - 1]))
		ks--;
	int part = 0;
	for (const char *const *p = name_parts; *p && !part; p++)
		part = strlen(*p) == e - ks && memcmp(s + ks, *p, e - ks) == 0;
	if (!part)
		return 0;
	size_t lim = ks > 160 ? ks - 160 : 0, i = ks;
	int depth = 0;
	while (i > lim) {
		char ch = s[--i];
		if (ch == '}')
			depth++;
		else if (ch == '{' && depth-- == 0)
			break;
	}
	if (i == lim && s[i] != '{')
		return 0;
	/* before the '{': ':' and the key "name" */
	while (i > lim && rx_in(" \t\r\n", s[i - 1]))
		i--;
	if (i == lim || s[i - 1] != ':')
		return 0;
	i--;
	while (i > lim && rx_in(" \t\"'", s[i - 1]))
		i--;
	return i >= lim + 4 && memcmp(s + i - 4, "name", 4) == 0 &&
	       (i == lim + 4 || !rx_is_alnum((unsigned char)s[i - 5]));
}

int pn_label_word(const char *folded, size_t n)
{
	return rx_kwset_has(&label_kws, folded, n);
}

/* The context right before a name at `at` on its line: the text before it,
 * without trailing spaces, quotes, '(' and one ':' / '=' / tab / '|' (a
 * label separator, a Markdown table cell), must end with a label (after a
 * separator) or a greeting, title or introduction (without one). */
int pn_before_context(const struct rx_ctx *c, size_t at)
{
	const char *s = c->text;
	size_t ls = rx_line_start(s, at);
	size_t from = at > 64 ? at - 64 : 0;
	if (from < ls)
		from = ls;
	size_t e = at;
	int sep = 0;
	while (e > from && rx_in(" \t\"'(*", s[e - 1])) {
		sep |= s[e - 1] == '\t';
		e--;
	}
	int tab_only = sep;
	if (e > from && (s[e - 1] == ':' || s[e - 1] == '=' || s[e - 1] == '|')) {
		/* "| Patient | Anna |": the label is the row's first cell; in a
		 * header row ("| Name | Durchwahl |") a cell is not */
		if (s[e - 1] == '|') {
			size_t pipes = 0;
			for (size_t q = ls; q + 1 < e; q++)
				pipes += s[q] == '|';
			if (pipes > 1)
				return C_NONE;
			/* a row of two cells only ("Surname | Nationality | Document"
			 * is a header's) */
			size_t le = rx_line_end(s, c->len, at), after = 0;
			for (size_t q = at; q < le; q++)
				after += s[q] == '|';
			while (le > at && rx_in(" \r", s[le - 1]))
				le--;
			if (after > 1 || (after == 1 && s[le - 1] != '|'))
				return C_NONE;
		}
		sep = 1;
		tab_only = 0;
		e--;
		while (e > from && rx_in(" \t\"'*", s[e - 1]))
			e--;
		e = before_note(s, from, e);
	}
	if (e == from)
		return C_NONE;
	/* "I, Crispin Pemberton, certify": only an introduction ends in ',' */
	if (s[e - 1] == ',' && !sep)
		return rx_kw_ends(c, &intro_kws, from, e) ? C_STRONG : C_NONE;
	if (tab_only) {
		/* "Name\tAnna Weber": a two-cell row whose first cell is the
		 * label; in a header row ("Employee Name\tDOB") a cell is not */
		size_t st = ls;
		while (st < e && s[st] == ' ')
			st++;
		char buf[64];
		if (e - st >= sizeof buf || memchr(s + st, '\t', e - st))
			return C_NONE;
		size_t n = rx_fold(s + st, e - st, buf, sizeof buf);
		return rx_kwset_has(&label_kws, buf, n) ? C_STRONG : C_NONE;
	}
	if (sep)
		return (rx_kw_ends(c, &label_kws, from, e) && !rx_kw_ends(c, &thing_name_kws, from, e)) ||
				       name_part_key(s, e)
			       ? C_STRONG
			       : C_NONE;
	if (rx_kw_ends(c, &greet_kws, from, e) || rx_kw_ends(c, &pn_title_kws, from, e) ||
	    rx_kw_ends(c, &intro_kws, from, e))
		return C_STRONG;
	return C_NONE;
}

size_t pn_list_sep(const char *s, size_t at)
{
	if (at < 3 || s[at - 1] != ' ')
		return RX_NONE;
	if (rx_in(",;:", s[at - 2]))
		return at - 2;
	if (s[at - 2] == '/' && s[at - 3] == ' ')
		return at - 3;
	if (at >= 4 && (unsigned char)s[at - 3] == 0xC2 && (unsigned char)s[at - 2] == 0xB7 && s[at - 4] == ' ')
		return at - 4; /* " · " */
	return RX_NONE;
}

/* An item of a list of people after a list label, on one line:
 * "**Attendees:** Anna Weber, Ben Ortiz; Carla", "Table 2 (Peony): Haoran,
 * Despina Karagiannis (veg) / Signe · Hong Nhung Tran" (the name at `at`
 * follows the label's ": ", or a separator and items of letters and
 * spaces, each with a note in parentheses or not). */
int pn_listed_after_label(const struct rx_ctx *c, size_t at)
{
	const char *s = c->text;
	size_t ls = rx_line_start(s, at), sep = pn_list_sep(s, at);
	if (sep == RX_NONE || sep < ls + 2 || at - ls > 400)
		return 0;
	/* the item before ends in a capitalised word (a name) or an initial
	 * ("Hannelore L."), as in every list of people; in prose the word
	 * before a comma mostly is not. The first item follows the label. */
	if (s[sep] != ':') {
		size_t we = sep, ws;
		while (we > ls && s[we - 1] == ' ')
			we--;
		if (we > ls && s[we - 1] == ')' && (we = before_note(s, ls, we)) > ls && s[we - 1] == ')')
			return 0; /* a note ("(veg)") that does not open on the line */
		if (we >= ls + 4 && s[we - 1] == '.' && s[we - 3] == ' ' && rx_in("vdt", s[we - 2]))
			we -= 3; /* a particle's initial ("Maarten v."): the name before it */
		else if (we >= ls + 2 && s[we - 1] == '.' && rx_is_upper((unsigned char)s[we - 2]))
			we--; /* the initial's letter, before its '.' */
		ws = we;
		while (ws > ls && (rx_is_alpha((unsigned char)s[ws - 1]) || ((unsigned char)s[ws - 1] & 0x80)))
			ws--;
		if (ws == we || !rx_cap_at(s, we, ws))
			return 0;
	}
	size_t colon = RX_NONE;
	if (s[sep] == ':')
		colon = sep;
	for (size_t i = sep; i > ls && colon == RX_NONE; i--) {
		unsigned char ch = (unsigned char)s[i - 1];
		if (ch == ':') {
			colon = i - 1;
			break;
		}
		if (rx_is_digit(ch) || rx_in("@[]{}<>=\\|\t\"", (char)ch))
			return 0;
	}
	if (colon == RX_NONE)
		return 0;
	/* the label, past a name or number it gives ("Table 2 (Peony):") */
	size_t e = colon;
	while (e > ls && rx_in(" *_", s[e - 1]))
		e--;
	e = before_note(s, ls, e);
	size_t d = e;
	while (d > ls && rx_is_digit((unsigned char)s[d - 1]))
		d--;
	if (d < e && d > ls && s[d - 1] == ' ')
		for (e = d; e > ls && s[e - 1] == ' ';)
			e--;
	size_t st = ls;
	while (st < e && rx_in(" *_-#>", s[st]))
		st++;
	return e > st && e - st <= 32 && rx_kw_ends(c, &list_label_kws, st, e);
}

/* "Groet, Maaike", "Best, Anna": a sign-off and the name end the line. */
int pn_inline_signoff(const struct rx_ctx *c, const char *s, size_t len, size_t at,
			  size_t end)
{
	size_t ls = rx_line_start(s, at);
	if (at < ls + 4 || s[at - 1] != ' ' || s[at - 2] != ',' || at - ls > 40)
		return 0;
	size_t le = rx_line_end(s, len, end);
	while (le > end && rx_in(" \r.!", s[le - 1]))
		le--;
	if (le != end)
		return 0;
	size_t st = ls;
	while (st < at && rx_in(" >", s[st]))
		st++;
	return rx_kw_ends(c, &signoff_kws, st, at - 2) && at - 2 - st <= 30;
}

/* The name fills its line after a sign-off line (blank lines between). */
int pn_after_signoff(const struct rx_ctx *c, const char *s, size_t len, size_t at,
			 size_t end)
{
	size_t ls = rx_line_start(s, at);
	if (ls != at || rx_line_end(s, len, end) != end)
		return 0;
	size_t p = ls;
	for (int k = 0; k < 3 && p > 0; k++) {
		size_t pe = p - 1, ps = rx_line_start(s, pe);
		while (pe > ps && rx_in(" \r,.!", s[pe - 1]))
			pe--;
		if (pe == ps) {
			p = ps;
			continue;
		}
		return pe - ps < 40 && rx_kw_ends(c, &signoff_kws, ps, pe);
	}
	return 0;
}

/* A letter head: the name fills its line and a postal address follows on
 * the next line. */
int pn_before_address(const char *s, size_t len, size_t at, size_t end)
{
	size_t le = rx_line_end(s, len, end);
	if (le != end || le >= len || (at != rx_line_start(s, at)))
		return 0;
	return rx_address_at(s, len, le + 1) != (size_t)-1;
}

/* A cell of a table column, or a quoted value of an SQL INSERT column,
 * named like a name column. */
int pn_name_column(struct rx_ctx *c, size_t at)
{
	char hdr[64];
	if (!rx_column_header(c, at, hdr, sizeof hdr))
		return 0;
	/* a numbered column ("Guest 1 | Guest 2") */
	size_t hl = strlen(hdr);
	while (hl > 1 && (rx_is_digit((unsigned char)hdr[hl - 1]) || hdr[hl - 1] == ' ' || hdr[hl - 1] == '#'))
		hl--;
	if (rx_kwset_last(&column_kws, hdr, 0, hl) == RX_NONE && !pn_script_name_column(hdr, hl))
		return 0;
	/* a password manager's export ("name,url,username,password"): its
	 * "name" is the entry's, a site or a device */
	if (strcmp(hdr, "name") || c->csv.hps == RX_NONE || (at > 0 && rx_in("'\"", c->text[at - 1])))
		return 1;
	const char *s = c->text;
	for (size_t i = c->csv.hps; i + 3 <= c->csv.hpe; i++)
		if ((rx_fold_eq(s + i, "url", 3) || (i + 8 <= c->csv.hpe && rx_fold_eq(s + i, "password", 8))) &&
		    (i == c->csv.hps || s[i - 1] == c->csv.d))
			return 0;
	return 1;
}

/* "[12/03/2024, 14:22] Maria Silva: ..." or "12/03/24, 14:22 - Maria: ...". */
int pn_chat_speaker(const char *s, size_t len, size_t at, size_t end)
{
	if (end + 1 >= len || s[end] != ':' || s[end + 1] != ' ')
		return 0;
	size_t ls = rx_line_start(s, at);
	if (at == ls)
		return 0;
	/* a date and a time ("14:22"), not a label ("Tel: +49-30-1234567, ");
	 * a time alone is a chat room's, whose speakers are handles */
	int digits = 0, clock = 0;
	for (size_t i = ls; i < at; i++) {
		digits += rx_is_digit((unsigned char)s[i]);
		clock |= s[i] == ':' && i >= ls + 1 && i + 2 < at && rx_is_digit((unsigned char)s[i - 1]) &&
			 rx_is_digit((unsigned char)s[i + 1]) && rx_is_digit((unsigned char)s[i + 2]);
	}
	if (!clock || at - ls > 30)
		return 0;
	if (digits >= 6 && (s[at - 2] == ']' || s[at - 2] == '-' || s[at - 2] == ','))
		return 1;
	/* a time alone in brackets ("[16:31] Weronika: ..."): a speaker the
	 * caller still asks the gazetteer about */
	return digits <= 6 && s[ls] == '[' && s[at - 2] == ']' ? 2 : 0;
}

/* "0a2522aa (Luzia da Cunha 2024-03-01 ...": git blame's author, after a
 * commit id (7-40 hex digits, '^' for a boundary commit) at the line's
 * start. */
int pn_blame_author(const char *s, size_t at)
{
	if (at < 10 || s[at - 1] != '(' || s[at - 2] != ' ')
		return 0;
	size_t ls = rx_line_start(s, at), i = ls;
	if (s[i] == '^')
		i++;
	size_t h = i;
	while (i < at - 2 && rx_is_xdigit((unsigned char)s[i]))
		i++;
	return i == at - 2 && i - h >= 7 && i - h <= 40;
}

/* A form label alone on the line above, the name filling its own line
 * ("SHIP TO:\nBARNABY PILKINGTON", "Empfänger:\nAnna Weber"). */
int pn_label_above(const struct rx_ctx *c, const char *s, size_t at, size_t end)
{
	size_t le = rx_line_end(s, c->len, end);
	while (le > end && (s[le - 1] == ' ' || s[le - 1] == '\r'))
		le--;
	if (at == 0 || le != end)
		return 0;
	size_t pe = at - 1, ps = rx_line_start(s, pe);
	while (pe > ps && rx_in(" \t\r", s[pe - 1]))
		pe--;
	if (pe == ps || s[pe - 1] != ':' || pe - ps > 40)
		return 0;
	pe--;
	while (pe > ps && s[pe - 1] == ' ')
		pe--;
	return pe > ps && rx_kw_ends(c, &label_kws, ps, pe);
}

/* A chat export's speaker line: the name, one to three spaces, a clock
 * time ("11:18", "9:05 PM") and the line's end ("Anna Weber  11:18 PM"). */
int pn_speaker_time(const char *s, size_t len, size_t end)
{
	size_t i = end, sp = 0;
	while (i < len && s[i] == ' ' && sp < 4)
		i++, sp++;
	if (sp == 0 || sp > 3)
		return 0;
	size_t d = 0;
	while (i < len && rx_is_digit((unsigned char)s[i]) && d < 3)
		i++, d++;
	if (d < 1 || d > 2 || i + 2 >= len || s[i] != ':' || !rx_is_digit((unsigned char)s[i + 1]) ||
	    !rx_is_digit((unsigned char)s[i + 2]))
		return 0;
	i += 3;
	if (i + 2 < len && s[i] == ' ' && (s[i + 1] == 'A' || s[i + 1] == 'P') && s[i + 2] == 'M')
		i += 3;
	while (i < len && (s[i] == ' ' || s[i] == '\r'))
		i++;
	return i == len || s[i] == '\n';
}

/* Words that are never names: greetings, titles, form labels, sign-offs,
 * and the words that follow greetings to a group ("Damen und Herren"). */
static const char *const never[] = {
	"damen", "herren", "messieurs", "mesdames", "señores", "señoras", "signori", "signore",
	"heren", "dames", "senhores", "senhoras", "sirs", "alexa", "siri", "cortana", "openai",
	"chatgpt", "claude", "gemini", "copilot", "anthropic", "ich", "eu", "yo", "io", "ik",
	"me", "moi", "jag", "du", "tu", "you", "kollegin", "kollege", "kollegen", "collega",
	"colleghi", "collègue", "collègues", "colega", "colegas", "ja", "mon", "tue", "tues", "wed",
	"thu", "thur", "thurs", "fri", "sat", NULL,
};

/* never, greet, titles, labels and sign-offs in one set (built once). */
#define NLIST(l) (sizeof(l) / sizeof(l)[0])
static const char *never_all[NLIST(never) + NLIST(greet) + NLIST(titles) + NLIST(labels) + NLIST(signoffs)];
static struct rx_kwset never_all_kws = RX_KWSET(never_all);
static pthread_once_t never_once = PTHREAD_ONCE_INIT;

static void never_init(void)
{
	const char *const *lists[] = {never, greet, titles, labels, signoffs};
	size_t n = 0;
	for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
		for (const char *const *w = lists[l]; *w && n + 1 < sizeof never_all / sizeof never_all[0]; w++)
			never_all[n++] = *w;
	never_all[n] = NULL;
}

int pn_never_word(const struct rx_ctx *c, size_t a, size_t l)
{
	if (l >= 64)
		return 0;
	size_t ti = rx_tok_at(c, a);
	if (ti == RX_NONE)
		return 0;
	pthread_once(&never_once, never_init);
	return rx_kw_is(&never_all_kws, c->tk[ti].h, c->text + a, l);
}

/* The last words of every context phrase (greetings, titles,
 * introductions, labels), so that one lookup of the word before a name
 * tells whether a context phrase may end there. */
static const char *ctx_last[NLIST(greet) + NLIST(titles) + NLIST(intro) + NLIST(labels) +
			    NLIST(name_parts)];
static char ctx_last_buf[64 * NLIST(ctx_last)];
static struct rx_kwset ctx_last_kws = RX_KWSET(ctx_last);
static pthread_once_t ctx_last_once = PTHREAD_ONCE_INIT;

static void ctx_last_init(void)
{
	const char *const *lists[] = {greet, titles, intro, labels, name_parts};
	size_t n = 0, used = 0;
	for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++) {
		for (const char *const *w = lists[l]; *w; w++) {
			size_t e = strlen(*w), k;
			while (e > 0 && !rx_letter_before(*w, e))
				e--;
			size_t st = e;
			while (st > 0 && (k = rx_letter_before(*w, st)) > 0)
				st -= k;
			if (st == e || n + 1 >= sizeof ctx_last / sizeof ctx_last[0] ||
			    used + (e - st) + 1 > sizeof ctx_last_buf)
				continue;
			memcpy(ctx_last_buf + used, *w + st, e - st);
			ctx_last_buf[used + (e - st)] = '\0';
			ctx_last[n++] = ctx_last_buf + used;
			used += e - st + 1;
		}
	}
	ctx_last[n] = NULL;
}

/* Whether the word before `at` (past spaces, quotes, '(' and one ':', '=',
 * tab or '|'; up to 32 of them, a PowerShell list's padding) may end a
 * context phrase: one hash lookup. */
int pn_maybe_context(const struct rx_ctx *c, size_t at)
{
	const char *s = c->text;
	size_t e = at, st = at;
	int n = 0;
	while (e > 0 && n < 32 && rx_in(" \t\"'(:=|*", s[e - 1]) && s[e - 1] != '\0') {
		e--;
		n++;
	}
	e = before_note(s, 0, e);
	while (e > 0 && at - e < 8 && (s[e - 1] == '.' || s[e - 1] == '-' || s[e - 1] == ','))
		e--; /* "Dr.", "Signed-off-by", "I, " */
	uint32_t h = rx_word_before_h(c, 0, e, &st);
	if (!h || e - st > 31)
		return 0;
	pthread_once(&ctx_last_once, ctx_last_init);
	return rx_kw_is(&ctx_last_kws, h, s + st, e - st);
}

/* After a name: ", " or " (" and a birth word. */
int pn_born_after_name(const struct rx_ctx *c, const char *s, size_t end)
{
	static const char *const words[] = {"born ", "b. ", "nato ", "nata ", "nato/a ",
					    "geboren ", "geb. ", "né ", "née ", "nacido ", "nacida ",
					    "nascido ", "nascida ", "urodzony ", "urodzona ", "født ",
					    "född ", "narozen", NULL};
	if (end + 3 >= c->len || !((s[end] == ',' && s[end + 1] == ' ') || (s[end] == ' ' && s[end + 1] == '(')))
		return 0;
	size_t i = end + 2;
	/* a sex and a date ("Anna Nowak (F, 11.11.2004)", "(M, 27 lipca 1972)") */
	if (s[end] == ' ' && i + 4 < c->len && rx_in("MFWmfw", s[i]) && s[i + 1] == ',' &&
	    s[i + 2] == ' ' && rx_is_digit((unsigned char)s[i + 3]))
		return 1;
	/* every word starts with b, n, g, u or f */
	if (!s[i] || !rx_in("bngufBNGUF", s[i]))
		return 0;
	for (const char *const *w = words; *w; w++) {
		size_t n = strlen(*w);
		if (i + n <= c->len && memcmp(s + i, *w, n) == 0)
			return 1;
	}
	return 0;
}

