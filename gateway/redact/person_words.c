/* person_words.c: the word lists of person_ctx.c's contexts (greetings,
 * titles, introductions, labels, sign-offs, name columns, lists of people,
 * labels of things; the labels of names are person_labels.c's) and of the words that are never a name, as keyword
 * sets, with the sets built from several of them (every word that is
 * never a name; the last word of every context phrase and of every
 * sign-off), and the verbs before a name (pn_called). */
#include <pthread.h>
#include <string.h>

#include "person_int.h"

/* Words before a name that make it one (folded; the text before the name,
 * trimmed of spaces and of ':', '=', '"', must end with one of them). */
static const char *const greet[] = {
	/* stop 40: Indonesian */
	"halo",
	/* stop 47: Swiss, Austrian and northern German greetings */
	"grüezi", "grüessech", "grüß gott", "servus", "moin",
	/* stop 44: Greek */
	"γεια σου", "γεια σας", "αγαπητέ", "αγαπητή",
	/* stop 45: a gift card's wishes */
	"happy birthday", "feliz cumple", "feliz cumpleaños", "tanti auguri", "buon compleanno",
	"joyeux anniversaire", "alles gute", "herzlichen glückwunsch", "fijne verjaardag",
	"hi", "hello", "hey", "dear", "thanks", "thank you", "many thanks", "hallo", "liebe",
	"lieber", "sehr geehrte", "sehr geehrter", "guten tag", "danke", "hola", "buenos días",
	"buenas tardes", "buenas", "estimado", "estimada", "querido", "querida", "gracias",
	/* (both genders, stop 62: "Sehr geehrte/r Hildegunde Eisenlohr,") */
	"sehr geehrte/r", "sehr geehrte(r)", "liebe/r", "estimado/a", "estimado(a)",
	"bonjour", "bonsoir", "cher", "chère", "salut", "coucou", "merci", "ciao", "buongiorno",
	"buonasera", "gentile", "gentilissimo", "gentilissima", "caro", "cara", "salve", "grazie",
	"hoi", "beste", "geachte", "bedankt", "olá", "oi", "prezado", "prezada",
	"bom dia", "boa tarde", "obrigado", "obrigada", "good morning", "good afternoon",
	"welcome", "szanowny panie", "szanowna pani", "dzień dobry", "cześć", "sayın", "merhaba",
	"hej", "hei", "hallå", "kære", "käre", "bäste", "hyvä", "dobrý den", "vážený pane",
	"vážená paní", "bună ziua", "stimate", "stimată", "estimado/a", "estimada/o", "benvolgut",
	"benvolguda", "dragi", "draga", "poštovani", "poštovana", "spoštovani", "spoštovana",
	"gerbiamas", "gerbiama", "lugupeetud", "cienījamais", "cienījamā", "αγαπητέ", "αγαπητή",
	"kepada", "yang dihormati", "i nderuar", "e nderuar",
	/* stop 41: a new starter's welcome */
	"bienvenue", "willkommen", "herzlich willkommen", "welkom", "bienvenido", "bienvenida",
	"bienvenido/a", "bienvenida/o", "benvenuto", "benvenuta", "benvenuto/a", "bem-vindo",
	"bem-vinda", "bem-vindo/a", "välkommen", "velkommen", "tervetuloa", "witaj", NULL,
};
static const char *const titles[] = {
	"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "herr", "herrn",
	/* a woman doctor in Spanish and Portuguese, a Dutch graduate, a
	 * Vietnamese doctor ("Dra. Leocadia Ibarguren", "drs. Gerolt
	 * Spanjaard", "BS. Vưu Ý Tiên"; stop 63) */
	"dra.", "drs", "drs.", "bs.",
	/* a German form's field words without a colon ("Familienname
	 * Tiedemann, Vornamen Hiltrud") */
	"familienname", "vornamen", "geburtsname",
	"frau", "monsieur", "madame", "mme", "mme.", "m.", "mlle", "sr", "sr.", "sra", "sra.",
	"srta", "srta.", "don", "doña", "dona", "sig", "sig.", "sig.ra", "sig.na", "dott",
	"dott.", "dott.ssa", "ing.", "avv.", "heer", "mevrouw", "mw.", "dhr.", "sir", "lady",
	"señor", "señora", "signor", "signora", "senhor", "senhora", "mister", "juf", "meester",
	"mevr.", "mevr", "richterin", "richter am amtsgericht", "richterin am amtsgericht",
	"richter am landgericht", "richterin am landgericht", "juez", "jueza", "giudice", "dommer",
	"tingrettsdommer", "pani", "panie", "panu", "państwo", "fr", "fr.", "pbro", "pbro.", "rev",
	"rev.", "revd", "revd.", "rvdo.", "rvdo", "msgr", "msgr.", "mons.", "pastor", "pastora",
	"father", "sister", "brother", "abbé", "dokter", "onkel", "tante", "oma", "opa", "uncle",
	"aunt", "auntie", "grandma", "grandpa", "tío", "tía", "zio", "zia", "oncle", "shri", "shri.",
	"smt", "smt.", "shrimati", "kumari", "huisarts", "meneer", "alhaji", "alhaja", "dña.", "dña",
	"maître", "pc", "sgt", "sgt.", "née", "geb.", "geborene",
	"doctora", "la doctora", "el doctor",
	/* stop 47: an Indian advocate's title ("Adv. Revathi Sengupta") */
	"adv.", "advocate",
	/* stop 59: Greek titles ("Προς: Δρ Σπύρος Καραγιάννης", "κα Βλάχου") */
	"δρ", "δρ.", "κ.", "κα", "κα.",
	/* stop 62: a prison's roles before a name ("seen by nurse Rodolfo",
	 * "Witness: prisoner Chử Thị Quế Lài", "Also attending: trainee
	 * Geertruida Dijkgraaf") */
	"nurse", "trainee", "prisoner", "inmate",
	/* stop 66: a Polish letter's doctor ("Szanowna Pani Doktor ...") */
	"doktor", "doktorze", NULL,
};
static const char *const intro[] = {
	/* stop 47: a lawyer's and a court's parties: a client, a neighbour or
	 * a partner named after a comma, witnesses, who a file went to, a
	 * receipt's payer, a representative, an appointee, a defendant named
	 * by the claim ("em face de"), the deceased ("deixados por") */
	"my client", "our client", "your client", "neighbour,", "neighbor,", "partner,",
	/* (stop 62: an incident report's "The victim, Zuleide Cavalcanti,") */
	"the victim,", "victim,",
	"the other driver,", "landlord,", "former landlord,", "witnesses", "forwarded to",
	"received with thanks from", "received from", "recebemos de", "recibimos de",
	"represented by", "representada por", "representado por", "el/la letrado", "el letrado",
	"la letrada", "hereby appoint", "now know to be", "em face de", "deixados por",
	"donne procuration à", "je soussigné,", "je soussignée,", "el meu fill/a", "la meva filla",
	"notes by", "zile", "hier ist", "hier spricht", "tu kurier", "tu kurierka", "como vendedor,", "como compradora,", "como comprador,", "como vendedora,",
	"como arrendador,", "como arrendatario,", "como arrendadora,", "como arrendataria,",
	"el meu fill", "excompañero de piso,", "excompañera de piso,",
	/* stop 42: a care rota's shift before the carer's name ("Frühdienst
	 * Fiete:", "Förmiddag Gunilla:") */
	"frühdienst", "spätdienst", "nachtdienst", "förmiddag", "eftermiddag", "kväll",
	"early shift", "late shift", "night shift", "day shift",
	/* stop 42: who cares for someone, in a family's chat ("Carer is
	 * Darcy this week", "La badante è Ludovica", "De thuiszorg is Ilse") */
	"carer is", "the carer is", "caregiver is", "the caregiver is", "the nurse is",
	"the on-call is", "on-call is", "la badante è", "badante è", "opiekunka to", "opiekun to",
	"de thuiszorg is", "thuiszorg is", "die pflegerin ist", "der pfleger ist", "pflegerin ist",
	"l'aide-soignante est", "l'auxiliaire de vie est", "la cuidadora es", "el cuidador es",
	"a cuidadora é", "o cuidador é", "bakıcı", "сиделка —", "сиделка",
	"η φροντίστρια είναι η", "ο φροντιστής είναι ο",
	/* stop 49: who a caller said he was ("said he was Lachlan from the
	 * fraud team", "soi-disant Aurèle du service fraude", "dijo ser
	 * Osvaldo"), whose name an account is in */
	"said he was", "said she was", "claimed to be", "claiming to be", "pretending to be",
	"soi-disant", "prétendument", "dijo ser", "diciendo ser", "decía ser", "disse que era",
	"dizendo ser", "diceva di essere", "dicendo di essere", "zogenaamd", "beweerde",
	"gab sich als", "angeblich", "представился", "представилась", "назвался", "påstod att han var",
	"påstod att hon var", "name on the account is", "the account is in the name of",
	"a nombre de", "intestato a", "au nom de",
	/* who someone met online ("I met Brielle on Instagram", "Ik leerde
	 * Brielle kennen", "Conocí a Yesenia") */
	"i met", "ik leerde", "conocí a", "conoci a", "conheci", "j'ai rencontré", "ho conosciuto",
	"poznałam", "poznałem", "saya kenal", "aku kenal",
	/* who passed a number on, named after it */
	"numer mam od", "me pasó tu número", "me paso tu numero", "j'ai eu votre numéro par",
	"j'ai eu ton numéro par", "ik kreeg je nummer van", "ik heb je nummer van", "mi ha dato il tuo numero",
	"am numărul dvs. de la", "am numărul tău de la", "got your number from", "your number from",
	"deine nummer habe ich von", "ihre nummer habe ich von", "fick ditt nummer av", "fikk nummeret ditt av",
	"το τηλέφωνό σας το πήρα από",
	"my name is", "name is", "i'm", "i am", "this is", "it's", "it is", "je m'appelle",
	"je soussignée", "je soussignee", "je soussigne",
	"son of", "daughter of", "wife of", "s/o", "d/o", "w/o", "o soi", "jo soi",
	"marriage is intended between", "intended marriage between",
	"je suis", "c'est", "moi c'est", "ich bin", "mein name ist", "ich heiße", "ich heisse",
	"me llamo", "soy", "mi nombre es", "mi chiamo", "sono", "il mio nome è", "ik heet",
	"chatting with", "reference for", "recommendation for", "mom", "mum", "my wife",
	"mamma", "mamá", "mãe", "maman", "мама", "papa", "pappa", "papá", "pai", "папа",
	"my husband", "my son", "my daughter", "my mom", "my mum", "my dad", "my mother",
	"my father", "my brother", "my sister", "meine frau", "mein mann", "mein sohn",
	"meine tochter", "mi esposa", "mi marido", "mi hijo", "mi hija", "mia moglie", "mio marito",
	"ma femme", "mon mari", "minha esposa", "meu marido", "mijn vrouw", "mijn man",
	"ik ben", "mijn naam is", "meu nome é", "eu sou", "sou", "me chamo", "меня зовут",
	"colleague", "my colleague", "coworker", "co-worker", "my manager", "my boss",
	/* relatives and the people of a household, and "my wife, Beatrix," */
	"cousin", "niece", "nephew", "mother-in-law", "father-in-law", "sister-in-law",
	"brother-in-law", "daughter-in-law", "son-in-law", "stepson", "stepdaughter", "stepmum",
	"stepmom", "stepdad", "stepmother", "stepfather", "grandson", "granddaughter", "fiancé",
	"fiancée", "fiance", "fiancee", "girlfriend", "boyfriend", "flatmate", "roommate",
	"housemate", "landlord", "landlady", "godson", "goddaughter", "godmother", "godfather",
	"cousine", "neffe", "nichte", "schwiegermutter", "schwiegervater", "schwägerin", "schwager",
	"neveu", "nièce", "belle-mère", "beau-père", "belle-sœur", "beau-frère", "sobrino",
	"sobrina", "suegra", "suegro", "cuñada", "cuñado", "cugino", "cugina", "suocera", "suocero",
	"cognata", "cognato", "schoonmoeder", "schoonvader", "schoonzus", "zwager", "sobrinho",
	"sobrinha", "sogra", "sogro", "cunhada", "cunhado", "my wife,", "my husband,", "my son,",
	"my daughter,", "my mother,", "my father,", "my mum,", "my mom,", "my dad,", "my brother,",
	"my sister,", "my colleague,", "my boss,", "my manager,", "my friend,", "my partner,",
	"my cousin,", "my neighbour,", "my neighbor,", "my landlord,", "my landlady,",
	"my mother-in-law,", "my father-in-law,", "my fiancé,", "my fiancée,", "my girlfriend,",
	"my boyfriend,", "my grandson,", "my granddaughter,", "my niece,", "my nephew,",
	/* a role and a comma before the name ("his line manager, Henrietta
	 * Treloar,", "the editor, Fletcher Halloran:", "A witness, Jarrah ...") */
	"line manager,", "his line manager,", "her line manager,", "their line manager,",
	"his manager,", "her manager,", "the editor,", "our editor,", "a witness,", "the witness,",
	"his colleague,", "her colleague,", "his supervisor,", "her supervisor,", "a man,",
	"a woman,", "the complainant,", "the claimant,", "the tenant,", "the landlord,",
	"his wife,", "her husband,", "his son,", "her son,", "his daughter,", "her daughter,",
	"our treasurer,", "our secretary,", "our chair,", "the treasurer,", "the secretary,",
	"hyresvärden", "hyresvärd", "huisbaas", "vermieter", "vermieterin", "erzieherin",
	"erzieher", "amministratore", "amministratrice", "child name", "in the name", "in the name of",
	"name on pan is", "name on card is", "karteninhaber", "karteninhaberin", "titulaire",
	"intestata a", "intestato a", "surname+given", "dependent", "my dependent",
	"ma fille", "mon fils", "ma mère", "mon père", "ma sœur", "mon frère", "ma copine",
	"mon copain", "ma cousine", "mon cousin", "ma grand-mère", "mon grand-père", "mia figlia",
	"mio figlio", "mia madre", "mio padre", "mia sorella", "mio fratello", "mia nonna",
	"mio nonno", "mijn dochter", "mijn zoon", "mijn moeder", "mijn vader", "mijn zus",
	"mijn broer", "mijn oma", "mijn opa", "minha filha", "meu filho", "minha mãe", "meu pai",
	"minha irmã", "meu irmão", "minha avó", "meu avô", "moja córka", "mój syn", "moja mama",
	"mój tata", "moja siostra", "mój brat", "meine mutter", "mein vater", "meine schwester",
	"mein bruder", "meine oma", "mein opa", "mi madre", "mi padre", "mi hermana", "mi hermano",
	"mi abuela", "mi abuelo", "mi mamá", "mi papá",
	/* our child (stop 64: "unsere Tochter Friedlinde Scharnagl", "oğlum
	 * Doğukan Sarıkaya"; not "booked with", an airline's as often) */
	"unsere tochter", "unser sohn", "onze dochter", "onze zoon", "nossa filha", "nosso filho",
	"nuestra hija", "nuestro hijo", "notre fille", "notre fils", "nostra figlia", "nostro figlio",
	"our daughter", "our son", "nasza córka", "nasz syn", "oğlum", "kızım",
	"compañera", "compañero", "mi compañera", "mi compañero", "colega", "mi colega",
	"minha colega", "meu colega", "collega", "mijn collega", "kollegin", "kollege",
	"meine kollegin", "mein kollege", "il mio collega", "la mia collega", "collègue",
	"my partner", "mijn partner", "mein partner", "meine partnerin", "min sambo", "min partner",
	/* a doorbell's name, a courier's and an adviser's (stop 45) */
	"klingel", "klingeln bei", "bel aan bij", "aanbellen bij", "buzz", "zil", "sonnez chez",
	"je bezorger", "ihr fahrer", "your driver", "votre conseiller", "votre conseillère",
	/* stop 46: a doorbell's name in more languages, a friend, whom to call */
	"citofono", "bel bij", "tocar a", "tocar en", "interphone", "portero", "domofon", "knock for",
	"ring for", "timbre", "campanello", "klingel bei", "ring på", "mijn vriendin", "mijn vriend", "mi amiga", "mi amigo",
	"mon amie", "mon ami", "meine freundin", "mein freund", "my friend", "la mia amica",
	"il mio amico", "a minha amiga", "o meu amigo", "chiamate", "chiamare", "chiama", "llamad a",
	"llama a", "llamar a", "ligue para", "ligar para", "liga para", "bellen naar",
	"leave it with", "leave with", "deixar com", "dejar con", "dejarlo con", "lasciare a",
	"laisser à", "abgeben bei",
	"mi pareja", "ma compagne", "mon compagnon", "la mia compagna", "il mio compagno",
	"a minha mulher", "o meu marido", "minha mulher", "a minha mulher,", "minha mulher,",
	"o meu marido,", "meu marido,",
	"ihr mitarbeiter", "ihre mitarbeiterin", "unser mitarbeiter", "unsere mitarbeiterin",
	"euer mitarbeiter", "eure mitarbeiterin",
	"mon collègue", "ma collègue", "please ask", "ask", "talk to", "spoke to",
	/* stop 50: the family in notices, announcements and eulogies
	 * ("grandparent of Beckett Tillman", "ses petits-enfants Domitille",
	 * "wnuki Agnieszka", "Son amie Apolline", "best friend Ainslie") */
	"grandparent of", "grandmother of", "grandfather of", "grandchildren", "grandchild",
	"grandkids", "survived by", "predeceased by", "beloved wife of", "beloved husband of",
	"loving wife of", "loving husband of", "beloved mother of", "beloved father of",
	"mother of", "father of", "sister of", "brother of", "best friend", "her best friend",
	"his best friend", "their best friend", "her friend", "his friend", "petits-enfants",
	"ses petits-enfants", "ses enfants", "son petit-fils", "sa petite-fille", "son amie",
	"son ami", "sa meilleure amie", "son meilleur ami", "épouse de", "époux de", "veuve de",
	"enkel", "enkelkinder", "enkelin", "seine enkel", "ihre enkel", "die enkel", "seine frau",
	"ihre tochter", "ihr sohn", "sein sohn", "seine tochter", "nipoti", "i nipoti", "la nipote",
	"il nipote", "nietos", "sus nietos", "su nieta", "su nieto", "netos", "os netos", "kleinkinderen",
	"de kleinkinderen", "wnuki", "wnuczka", "wnuczki", "wnuk", "wnukowie", "barnbarn", "barnebarn",
	"børnebørn", "lapsenlapset", "unokák", "vnoučata", "внуки", "внучка", "внук", "los padres",
	"os pais", "i genitori", "die eltern", "de ouders", "rodzice", "les parents", "the parents",
	"mutter", "vater", "madre", "padre", "mère", "père", "moeder", "vader", "mãe",
	/* (a parent's word and "of" before the child's name, stop 63: "der
	 * Vater von Friedlinde", "la madre de Socorro", "de vader van
	 * Roelfje") */
	"vater von", "mutter von", "vader van", "moeder van", "padre de", "madre de", "pai de", "mãe de",
	"père de", "mère de",
	"message from", "posted by", "managed by", "shared by", "uploaded by", "proud grandparents",
	"grandparents", "dziadkowie", "rodzeństwo:", "nagyszülők:", "a boldog szülők:", "testvér:",
	"su hermano", "su hermana", "sus papás", "los abuelos", "babaanne", "anneanne", "dede",
	"welcome to the world,", "megérkezett", "przyszedł na świat", "przyszła na świat", "dad",
	"in memory of", "in loving memory of", "congratulations to", "congrats to",
	"wir gratulieren", "gratulieren", "félicitations à", "felicidades a", "auguri a",
	"parabéns a", "gefeliciteerd", "prayers for", "pray for", "names to", "condolences to",
	"i,", "ik,", "jeg,", "jag,", "minä,", "já,", "ja,", "ich,", "yo,", "eu,", "je soussigné",
	"ја,", "аз,", "unë,", "aš,", "es,", "mina,", "jaz,", "εγώ,",
	"this is to certify that", "we certify that", "certify that", "autorizoj", "įgalioju",
	"upoważniam", "ovlašćujem", "овлашћујем", "pooblaščam", "упълномощавам", "opunomoćujem",
	"our admin", "pass it to", "pass this to", "agent", "agente", "case-worker", "case- worker",
	"certifica che", "certifico che", "certifie que", "certifica que",
	"je soussigné(e)", "soussigné(e)", "ondergetekende,",
	"bearbeiter", "bearbeiterin", "operador", "operadora", "operatore",
	"operatrice", "medewerker", "medewerkster", "operator",
	/* (stop 52: a claims line's advisers, "[17:01] Conseillère Maïté :") */
	"conseillère", "conseiller", "asesor", "asesora", "consulente",
	"adviseur", "doradca", "konsultant", "konsultantka", "assistente",
	"gestionnaire", "gestor", "gestora",
	"je soussignée", "io sottoscritto", "io sottoscritta", "undertegnede", "ondergetekende",
	"the undersigned", "der unterzeichnende", "die unterzeichnende", "proud parents",
	"trotse ouders", "die glücklichen eltern", "les heureux parents", "stolze eltern",
	"stolte forældre", "stolte foreldre", "stolta föräldrar", "orgullosos padres",
	"orgogliosi genitori", "orgulhosos pais", "dumni rodzice", "ylpeät vanhemmat",
	"contacte con", "contactar con", "terecht bij", "contact opnemen met", "kontakt venligst",
	"wenden sie sich an", "s'adresser à", "rivolgersi a", "fremvisning med", "visitas com",
	"visning med", "kontakta", "ota yhteyttä",
	"ask for", "demandez", "vraag naar", "danke an", "pregunta por", "preguntad por",
	"chiedete di", "chiedi di", "fragen sie nach", "frag nach", "thanks to", "merci à",
	"gracias a", "grazie a", "dank aan", "obrigado a",
	"reported by", "submitted by", "requested by", "raised by", "opened by", "created by",
	"handled by", "approved by", "maintained by", "written by",
	/* (stop 52: a claim's referral, an adjuster's visit) */
	"referred by", "inspected by", "attended by", "witnessed by", "accompanied by", "signed by",
	"derivado por", "remitido por", "signalé par", "transmis par", "segnalato da", "gemeldet von",
	"su pareja", "mi pareja", "seu companheiro", "sua companheira", "il compagno", "la compagna",
	"son conjoint", "sa conjointe", "ihr partner", "seine partnerin", "ihr mann", "seine frau",
	"ehepartner", "ehepartnerin", "lebensgefährte", "lebensgefährtin", "partnerin",
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
	"conversation with", "chat with", "tour leader",
	/* "my name is" in more languages (Swahili, Zulu, Xhosa, Sotho, Tswana,
	 * Sepedi, Chichewa, Shona, Yoruba, Igbo, Hausa, Hindi-Urdu, Balochi,
	 * Malay, Minangkabau, Tagalog, Vietnamese, Azerbaijani, Uzbek, Persian,
	 * Arabic, Samoan, Haitian, Caribbean English, Catalan, Galician,
	 * Aragonese, Aromanian, Neapolitan, Albanian, South Slavic, Slovak,
	 * Slovene, Hungarian, Baltic, Estonian, Ukrainian, Bulgarian,
	 * Macedonian, Greek) */
	"jina langu ni", "naitwa", "igama lami ngu", "igama lam ngu", "igama lami ngu-",
	"leina la ka ke", "leina la me ke", "lebitso la ka ke", "lebitso la ka ki", "libizo la ka ki",
	"dzina langa ndi", "dzina langu", "zita rangu ndi", "zita rangu ndinonzi", "orúkọ mi ni",
	"oruko mi ni", "aha m bụ", "aha m bu", "sunana", "mera naam", "mera naan", "mera nam",
	"mani naam", "nama saya", "nama saya ialah", "namo ambo", "ako si", "ang pangalan ko ay",
	"tên tôi là", "tôi tên là", "mənim adım", "mening ismim", "esme man", "ismi", "ismee",
	"o lo'u igoa o", "mwen rele", "non mwen se", "me name", "mi name", "em dic", "chámome",
	"me clamo", "mi cljamã", "mi clljamã", "io so'", "emri im është", "unë quhem", "zovem se",
	"moje ime je", "volám sa", "ime mi je", "a nevem", "mano vardas", "mani sauc",
	"minu nimi on", "мене звати", "казвам се", "се викам", "με λένε",
	/* a thesis's thanks and a reference letter's candidate (stop 48) */
	"my parents,", "meine eltern,", "mijn ouders,", "miei genitori,", "ai miei genitori,",
	"meus pais,", "aos meus pais,", "mes parents,", "à mes parents,", "mis padres,",
	"a mis padres,", "dziękuję rodzicom,", "rodzicom,", "спасибо родителям,", "родителям,",
	"my supervisor", "our supervisor", "mijn promotor", "meiner betreuerin",
	"meinem betreuer", "mio relatore", "mia relatrice", "meu orientador", "minha orientadora",
	"mi director de tesis", "mi directora de tesis", "we thank", "we are grateful to",
	"i am grateful to", "recomendar a", "recomiendo a", "to recommend", "i recommend",
	"empfehle ich", "empfehle ich nachdrücklich", "raccomando", "je recommande",
	"recomendo", "in strong support of", "in support of", "i supervised", "dirigí a",
	/* stop 53: a hotel's staff by their job before the name, on a
	 * housekeeping log, a lost-property book or a guest's profile
	 * ("Attendant Dilek Bozkurt: rooms 301-313", "found by Walid (HK)",
	 * "Logged by Lysander Duckworth") */
	"attendant", "room attendant", "housekeeper", "waiter", "waitress",
	"receptionist", "concierge", "porter", "night auditor", "found by", "logged by", "on shift",
	/* a carrier's driver named to a customer ("Your driver, Pimchanok
	 * Boonma, noted the damage") */
	"your driver,", "our driver", "the driver,", "house operative", "warehouse operative",
	NULL,
};
static const char *const signoffs[] = {
	"regards", "best regards", "kind regards", "warm regards", "best", "cheers", "thanks",
	/* a death notice's mourners */
	"in stiller trauer", "in tiefer trauer", "in liebe und dankbarkeit", "in liebevoller erinnerung",
	"in dankbarkeit", "wir trauern um", "in loving memory, from", "sadly missed by",
	"mandi", "meur ras", "masha danki", "kea leboha", "ngiyabonga", "tlazohcamati",
	"thank you", "many thanks", "sincerely", "yours sincerely", "yours truly",
	"yours faithfully", "all the best", "mit freundlichen grüßen", "mit freundlichen grüssen",
	"freundliche grüße", "viele grüße", "beste grüße", "liebe grüße", "lg", "gruß", "grüße",
	"sportivement", "un saludo deportivo", "saludos deportivos", "sportliche grüße",
	"mit sportlichen grüßen", "saluti sportivi", "cordialement", "bien à vous", "bien cordialement", "salutations", "amicalement",
	"atentamente", "saludos", "un saludo", "saludos cordiales", "cordiales saludos",
	"un abrazo", "cordiali saluti", "distinti saluti", "saluti", "un saluto",
	"met vriendelijke groet", "vriendelijke groeten", "met vriendelijke groeten", "groeten",
	"groetjes", "hartelijke groet", "atenciosamente", "abraços", "cumprimentos",
	"obrigado", "obrigada", "groet", "gruss", "abraço", "beijos", "besos", "baci", "bisous",
	"--", "—", "pozdrawiam", "z poważaniem", "salutacions", "cordialment", "atentament",
	"s pozdravom", "lep pozdrav", "srdačan pozdrav", "srdačno", "pozdrav", "lugupidamisega",
	"parimate soovidega", "ar cieņu", "pagarbiai", "me respekt", "με εκτίμηση",
	"terima kasih", "salam hormat", "tervitustega", "sveicieni", "с уважение",
	"s poštovanjem", "S poštovanjem", "un abrazo enorme", "un fuerte abrazo", "con affetto", "con cariño", "alles liebe", "love", "lots of love", "much love", "all my love", "xoxo",
	"xx", "hugs", "take care", "talk soon", "see you", "see you soon", "enjoy", "enjoy your stay",
	"thanks so much", "thank you so much", "thanks again", "buona permanenza", "boa estadia",
	"buena estancia", "bon séjour", "schönen aufenthalt", "fijn verblijf", "bis bald",
	"à bientôt", "a presto", "até breve", "hasta pronto", "besitos", "un beso", "bacioni",
	"dikke kus", "beijinhos", "danke", "danke dir", "vielen dank", "merci", "gracias",
	"grazie", "bedankt", "dank je", "dankjewel", "tack", "takk", "tak", "dzięki", "teşekkürler",
	"sağ ol",
	/* Nordic, Greek, Russian and Turkish closings (stop 45) */
	"mvh", "med vänlig hälsning", "med vänliga hälsningar", "vänliga hälsningar", "hälsningar",
	"hilsen", "venlig hilsen", "med venlig hilsen", "vennlig hilsen", "med vennlig hilsen",
	"ystävällisin terveisin", "terveisin", "ευχαριστώ", "φιλικά", "с уважением", "спасибо",
	"saygılarımla", "un caro saluto", "cari saluti", "un saluto", NULL,
};
struct rx_kwset pn_greet_kws = RX_KWSET(greet);
struct rx_kwset pn_title_kws = RX_KWSET(titles);
struct rx_kwset pn_intro_kws = RX_KWSET(intro);
struct rx_kwset pn_signoff_kws = RX_KWSET(signoffs);

/* Is-called verbs before a given name, and verbs of a person and a
 * signature's words before a given name or a surname (person_ctx.c,
 * pn_called). */
static const char *const called_verbs[] = {
	"se llama", "s'appelle", "s\xe2\x80\x99" "appelle", "si chiama", "se chama", "heißt",
	"heisst", "heet", "se jmenuje", "nazywa się", NULL,
};
static const char *const person_verbs[] = {
	/* "can you chase Lavanya", "firma Triana", "sign off as Jarrah" */
	"chase", "remind", "ping", "invite", "inviting", "ring", "thank", "pick up", "tell",
	"firma", "firmado", "sign", "sign off as", "sign it as", "signed", "unterschreibe mit",
	"signe", "naam", "namn", "name", "nome", "kind", "pedirle a", "decirle a", "escribirle a",
	"preguntarle a", "avisar a", "dzwońcie do", "zadzwoń do", "zadzwońcie do", "ruft",
	"reported to", "reports to", "reporting to", "we act for", "acting for", "on behalf of",
	"married",
	/* stop 39: "can you text Bryony?", "table booked under Ogden" */
	"text", "whatsapp", "dm", "booked under", "reserved under", "reservation under",
	"booking under", "in the name of",
	/* stop 40: "call Desmond on 0131 ...", "veuillez appeler Percival";
	 * a courier named by their role ("Your driver Faisal will try again",
	 * "Tu repartidor Ignacio", "Kurir Ayu akan") */
	"call", "appeler", "driver", "courier", "repartidor", "kurir", "entregador", "livreur",
	"fahrer", "bezorger", "corriere",
	/* a statement's holder ("Extrato de Carla Gomes:", "Statement export
	 * for Hollie Metcalfe:") */
	"extrato de", "relevé de", "statement for", "statement export for", "kontoauszug für",
	"kontoauszug von", "estado de cuenta de", "estratto conto di", "afschrift van",
	/* stop 41: someone a message, a card or a thing goes to ("RSVP to
	 * Fletcher on ...", "Married to Kavitha.", "write an email to Jasper
	 * in HR", "Handover notes for Shannon", "sent ... of GCash to Noel
	 * S.") */
	"married to", "engaged to", "rsvp to", "enquiries to", "inquiries to", "queries to",
	"a message to", "an email to", "an e-mail to", "a note to", "a letter to", "a text to",
	"address it to", "introduce you to", "send it to", "give it to", "hand it to",
	"card for", "notes for", "gift for", "present for", "gcash to", "maya to", "venmo to",
	"sign it with",
	/* an emergency contact ("ICE Morwenna Polglase", "In case of
	 * emergency: ...") */
	"ice", "ice contact", "in case of emergency", "emergency contact",
	/* stop 57: a eulogy's "Most of you knew Airlie as ..." in the
	 * languages of the corpora */
	"you knew", "kannten", "conocisteis a", "ont connu", "conoscevano", "znało", "znali",
	"conheceram a", "kenden", "kände",
	/* stop 61: a eulogy's spouse and friend ("Ha sposato Ilaria nel
	 * 1970", "Se casó con Froilán Garrido Olabarría", "La sua amica
	 * Ludovica mi ha detto") */
	"sposato", "sposata", "heiratete", "heiratete sie", "heiratete er", "casó con", "casou com",
	"gifte sig med", "trouwde met", "épousé", "épousée", "épousa", "amica", "amico", "amiga",
	"amigo", "freundin", "freund", "väninna", "vriendin", "vriend", "amie", "funeral of",
	"funeral for", "memorial for", NULL,
};
struct rx_kwset pn_called_kws = RX_KWSET(called_verbs);
struct rx_kwset pn_person_verb_kws = RX_KWSET(person_verbs);


const char *const pn_name_parts[] = {"first", "last", "given", "family", "middle", NULL};

/* Words that are never names: greetings, titles, form labels, sign-offs,
 * and the words that follow greetings to a group ("Damen und Herren"). */
static const char *const never[] = {
	/* a restaurant's table and a dock's bay by their numbers (stop 53:
	 * "ask for Table 13") */
	"table", "tisch", "tavolo", "tafel", "stolik",
	/* a service's hymns and psalms by their numbers ("Music: Hymn 477") */
	"hymn", "hymns", "psalm", "psalms",
	"damen", "herren", "messieurs", "mesdames", "señores", "señoras", "signori", "signore",
	"heren", "dames", "senhores", "senhoras", "sirs", "alexa", "siri", "cortana", "openai", "slackbot",
	"chatgpt", "claude", "gemini", "copilot", "anthropic", "ich", "eu", "yo", "io", "ik",
	"me", "moi", "jag", "du", "tu", "tú", "you", "kollegin", "kollege", "kollegen", "collega",
	"colleghi", "collègue", "collègues", "colega", "colegas", "ja", "mon", "tue", "tues", "wed",
	"thu", "thur", "thurs", "fri", "sat",
	/* a form's field words and addressees (stop 38): "Dítě: ...",
	 * "Telephone  07864 ...", "Sehr geehrte Bürgerinnen und Bürger" */
	"dítě", "děti", "telephone", "bürgerinnen", "bürger", "einwohnerinnen", "einwohner",
	"nachbarinnen", "nachbarn", "kundinnen", "kunden", "mitglieder", "eltern",
	/* column names of other scripts (folded since stop 43: "ТЕЛЕФОН",
	 * "ΤΗΛΕΦΩΝΟ" too) */
	"телефон", "адрес", "почта", "дата", "сумма", "подпись", "примечание", "должность",
	"τηλέφωνο", "κινητό", "διεύθυνση", "ημερομηνία", "υπογραφή", "ποσό",
	/* a form's field words and a transcript's title, an RTF mail merge
	 * field (stop 39) */
	"straße", "geburtsdatum", "ort", "datum", "transcript", "mergefield",
	/* kin as a chat's sender ("02/06/2025, 11:06 - Gran: ...") */
	"granny", "grandad", "granddad", "nonna", "nonno", "abuela", "abuelo", "avó", "avô",
	"vovó", "vovô", "babcia", "dziadek", "mormor", "farmor", "morfar", "farfar", "mémé",
	"pépé", "mamie", "papy", "papi", "omi", "opi", "babam", "annem", "amma", "папа",
	"мама", "μαμά", "μπαμπάς",
	/* diseases, scores and signs named after their describers ("Crohn
	 * hastalığı", "Waterlow score": no person's name; Parkinson, Down and
	 * Bell are also surnames) (stop 42) */
	"crohn", "alzheimer", "hodgkin", "asperger", "tourette", "dupuytren", "raynaud", "ménière",
	"sjögren", "waterlow", "apgar",
	/* the acts a reference cites ("Références : Directive (UE) 2019/1937") */
	"directive", "règlement", "reglement", "regulation", "décision", "decision", "décret",
	"decreto", "verordnung", "richtlinie",
	/* a question's first word after a speaker ("Service client (Justine):
	 * Comment puis-je ...") (stop 40) */
	"comment", "pourquoi", "combien", "cuándo", "dónde", "warum", "wieso", "perché",
	/* and a question's first word before the name it asks about ("- Como
	 * Belmiro de Azevedo montou ...?": Como is a surname too) */
	"como", "cómo", "qué", "quién", "cuál", "wie", "hoe", "wat", "waarom", "welke", "come",
	"cosa", "quale", "dove", "hur", "vad", "varför", "hvordan", "hvorfor", "hvad", "hva",
	"onde", "quem", "qual", "quanto", "quando", "jak", "dlaczego", "gdzie", "kiedy", "kto",
	/* a bank's words after a payee's name ("FABRIZIO ZANELLA IBAN IT92...") */
	"iban", "bic",
	/* a roadside chat's title, a fee's label, two insurers (stop 46) */
	"soccorso", "tasa", "warta",
	/* kin as a sender, a switchboard in a staff list */
	"grandma", "grandpa", "centrale", "zentrale", "switchboard",
	/* a practice and its desk as an addressee (stop 62: "To: Cabinet
	 * dentaire ...", "Dear Practice", "Sehr geehrte Praxisleitung") */
	"cabinet", "practice", "praxisleitung", "optik", "ottica",
	/* (an Italian clinician's register after the name: "Orfeo Zambonelli
	 * Albo n. 4471") */
	"albo", NULL,
};

/* never, greet, titles, labels and sign-offs in one set (built once). */
#define NLIST(l) (sizeof(l) / sizeof(l)[0])
static const char *never_all[NLIST(never) + NLIST(greet) + NLIST(titles) + PN_LABELS_MAX + NLIST(signoffs)];
static struct rx_kwset never_all_kws = RX_KWSET(never_all);
static pthread_once_t never_once = PTHREAD_ONCE_INIT;

static void never_init(void)
{
	const char *const *lists[] = {never, greet, titles, pn_labels, signoffs};
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
static const char *ctx_last[NLIST(greet) + NLIST(titles) + NLIST(intro) + PN_LABELS_MAX + 6 +
			    NLIST(called_verbs) + NLIST(person_verbs)];
static char ctx_last_buf[64 * NLIST(ctx_last)];
static struct rx_kwset ctx_last_kws = RX_KWSET(ctx_last);
static pthread_once_t ctx_last_once = PTHREAD_ONCE_INIT;

static void ctx_last_init(void)
{
	const char *const *lists[] = {greet, titles, intro, pn_labels, pn_name_parts, called_verbs, person_verbs};
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


int pn_ctx_last_is(uint32_t h, const char *w, size_t n)
{
	pthread_once(&ctx_last_once, ctx_last_init);
	return rx_kw_is(&ctx_last_kws, h, w, n);
}

/* The last words of the sign-offs, the same way ("Gruß Merle" is looked
 * for only after one). */
static const char *signoff_last[NLIST(signoffs)];
static char signoff_last_buf[32 * NLIST(signoff_last)];
static struct rx_kwset signoff_last_kws = RX_KWSET(signoff_last);
static pthread_once_t signoff_last_once = PTHREAD_ONCE_INIT;

static void signoff_last_init(void)
{
	size_t n = 0, used = 0, k;
	for (const char *const *w = signoffs; *w; w++) {
		size_t e = strlen(*w);
		while (e > 0 && !rx_letter_before(*w, e))
			e--;
		size_t st = e;
		while (st > 0 && (k = rx_letter_before(*w, st)) > 0)
			st -= k;
		if (st == e || n + 1 >= NLIST(signoff_last) || used + (e - st) + 1 > sizeof signoff_last_buf)
			continue;
		memcpy(signoff_last_buf + used, *w + st, e - st);
		signoff_last_buf[used + (e - st)] = '\0';
		signoff_last[n++] = signoff_last_buf + used;
		used += e - st + 1;
	}
	signoff_last[n] = NULL;
}

int pn_signoff_last_is(uint32_t h, const char *w, size_t n)
{
	pthread_once(&signoff_last_once, signoff_last_init);
	return rx_kw_is(&signoff_last_kws, h, w, n);
}

/* A staff member's label, the whole of [s, s + n) ("agent record",
 * "Checked by"): a desk's mailbox after the name is theirs to answer. */
int pn_staff_label(const char *s, size_t n)
{
	static const char *const staff[] = {"agent", "agent record", "analyst", "advisor", "adviser",
					    "reviewed by", "handled by", "checked by", "approved by",
					    "verified by", "pharmacist",
					    /* stop 57: an estate agent's, a builder's and an
					     * airline's staff */
					    "negotiator", "property manager", "block manager", "site manager",
					    "logged by", "inducted by", "handler", "claims handler",
					    "scheduler on duty",
					    /* stop 58: who filled a school's or a council's
					     * form in ("Completed by", "Preenchido por") */
					    "completed by", "filled in by", "prepared by", "submitted by",
					    "preenchido por", "cumplimentado por", "rellenado por", "rempli par",
					    "ausgefüllt von", "compilato da", "ingevuld door", "dolduran",
					    "exams officer", "attendance officer", "senco", "bursar", "key worker",
					    "case officer", "officer", NULL};
	for (const char *const *w = staff; *w; w++)
		if (strlen(*w) == n && rx_fold_eq(s, *w, n))
			return 1;
	return 0;
}

/* English words before a person's name ("Booked by שגיא שטרן
 * sagi.stern@...", "# flagged by 蔺可馨 (NOC)", "told by عمرو منصور on
 * 11.04.2026", "Prescriber: Dr هبة الجمال,", "the estate of วรวิทย์
 * วงศ์ไพบูลย์ has left"). */
static const char *const by_words[] = {"by", "dr", "dr.", "estate of", "with", "agent", "owner", "cc",
					"spouse", "colleague", "colleagues",
					/* stop 58: a council's and a school's people ("case
					 * officer 즙서연 s.jeup@...", "director 御手洗 朔也",
					 * "her partner 부여건우 at", "my son 東海林 詩織 in") */
					"officer", "director", "worker", "partner", "child", "son", "daughter",
					"mother", "father", "received from", "complaint from", "objection from",
					/* (a school system's log: linked_pupil="...") */
					"linked_pupil", "pupil", "student", "pupil_name", "student_name", "child_name",
					/* (a title: "Mr पाठक kept the class in", "Dear Ms
					 * แก้วมณี,") */
					"mr", "mrs", "ms", "miss",
					/* stop 59: "Dear 후정훈,", "Spoke to 蔺淑华 on 152 ..." */
					"dear", "spoke to", "spoke with",
					/* stop 60: an incident report's injured party ("member
					 * of the public 鞠梦瑶 (DOB 1948年5月7日) tripped") */
					"member of the public",
					/* a car hire's witnesses and drivers, a temp's
					 * supervisor ("Witness Ferréol Daguerre (+33 ...)",
					 * "gave name as สุภาวดี บุญญาศิริกุล, phone",
					 * "shift supervisor भारती दामले (client employee)") */
					"witness", "driver", "additional driver", "gave name as", "gave his name as",
					"gave her name as", "supervisor",
					/* stop 64: a booking's assistance notes ("carer is
					 * 柏睿渊, 132 ...", "emergency contact הדסה סויסה
					 * +972 ...") */
					"carer is", "carer", "caregiver", "escort", "emergency contact",
					"emergency contact is",
					/* stop 65: a relocation partner's consultant
					 * ("consultant צפניה טננבאום (tsfanya@...)") */
					"consultant", NULL};
struct rx_kwset pn_by_kws = RX_KWSET(by_words);

/* Place names that look like names, when no context says "person": an
 * article or a place word first ("La Paz", "Le Havre", "San Diego", "New
 * Haven", "Fort Worth"), or a place word last ("Washington Square"; "Hyde
 * Park", but "Sophie Park" stays a name, see place_name). */
static const char *const place_first[] = {
	"la", "le", "el", "los", "las", "les", "il", "lo", "the", "san", "santa", "santo",
	"são", "saint", "sainte", "st", "ste", "sankt", "new", "fort", "port", "mount", "mont",
	"lake", "cape", "bad", "puerto", "porto", "villa", "vila", "ciudad", "monte", "royal",
	/* (a Vietnamese village's, "Làng Đá"; stop 61) */
	"l\xc3\xa0ng", NULL,
};
static const char *const place_last[] = {
	"park", "square", "street", "avenue", "road", "station", "airport", "university",
	"college", "school", "hospital", "center", "centre", "memorial", "library", "museum",
	"stadium", "tower", "island", "islands", "beach", "hotel", "bridge", "gardens",
	"valley", "heights", "springs", "falls", "harbor", "harbour", "county", "city",
	"plaza", "mall", "arena", "theatre", "theater", "cathedral", "abbey", "palace",
	"castle", "boulevard", "lane", "institute", "foundation", "capital", "partners",
	"group", "holdings", "bank", "airlines", "motors", "club", "clinic", "vets", "juniors",
	"seniors", "harriers", "rovers", "athletic", "athletics", "united", "runners",
	"striders", "wanderers", "high", "dock", "docks", "international", "academy", NULL,
};
/* Last words that make a name a place or a building in any context. */
static const char *const buildings[] = {
	"international", "airport", "university", "museum", "stadium", "hospital", "mosque",
	"mandir", "temple", "church", "cathedral", "synagogue", "academy", "institute",
	"foundation", "memorial", "bridge", "station", "avenue", "boulevard", "surgery",
	"clinic", "arena",
	/* a library's and a museum's rooms and wings ("the Frederick Douglass
	 * Reading Room", "Yunus Emre Okuma Salonu"; stop 61) */
	"room", "wing", "gallery", "salonu", "salon", "saal", "zaal", NULL,
};
struct rx_kwset pn_building_kws = RX_KWSET(buildings);
struct rx_kwset pn_place_first_kws = RX_KWSET(place_first);
struct rx_kwset pn_place_last_kws = RX_KWSET(place_last);

/* Words after a whole name that make it the name of a place, a building or
 * a day ("Nikola Tesla Airport", "Gaston Fèbus castle", "Jose Rizal Day"),
 * in either case. */
static const char *const place_after[] = {
	"airport", "museum", "gallery", "stadium", "hospital", "memorial", "castle",
	"square", "avenue", "boulevard", "bridge", "station", "university", "college",
	"institute", "foundation", "academy", "cathedral", "church", "temple", "mosque",
	"library", "theatre", "theater", "opera", "monument", "statue", "mausoleum", "day",
	"prize", "award", "medal", "street", "road", "centre", "center", "school", "house",
	"hall", "wharf", "pier", "quay", "market", "tower", "terminal", "wildlife", "sanctuary",
	"reserve", "marina", "expressway", "highway", "motorway", "tunnel", "campus",
	/* (a church, a hospital, a cemetery in small letters after the
	 * name: "i Gustav Vasa kyrka", "Antoni van Leeuwenhoek ziekenhuis",
	 * "Fatih Sultan Mehmet Camii'nde"; stop 61) */
	"kyrka", "kirke", "kerk", "ziekenhuis", "sjukhus", "kyrkogård", "begraafplaats", "camii",
	"hospice", "crematorium", "cemetery", NULL,
};
struct rx_kwset pn_place_after_kws = RX_KWSET(place_after);

/* An institution's or a firm's word among the words of a name in a script
 * without capitals, [a, e): a museum, a hospital, a factory, a firm, a
 * library ("Borrower: हस्तशिल्प संग्रहालय कुंभारगढ़", "Payee: मालवा एग्रो
 * फूड्स", "Lender: מוזיאון הפסיפס גבעת אלונים", "متحف الفخار بالفسطاط
 * الجديد"; stop 62). Whole words; in Thai, which writes no space between
 * words, the name's first word opening with one ("พิพิธภัณฑ์ผ้าทอ..."); in
 * Han and Hangul, its ending. */
int pn_uncased_org(const char *s, size_t a, size_t e)
{
	static const char *const words[] = {
		"संग्रहालय", "फूड्स", "पार्ट्स", "एग्रो", "अस्पताल", "कंपनी", "लिमिटेड", "पुस्तकालय", "उद्योग",
		"मोटर्स", "ऑटो", "مصانع",
		"מוזיאון", "מפעלי", "מפעל", "בע\"מ", "הובלות", "המרכז", "חולים", "ספריית", "ספרייה", "מרפאת", "מרפאה",
		"מחלקת", "عيادة", "وحدة", "قسم",
		"متحف", "مستشفى", "شركة", "مطاحن", "مصنع", "مكتبة", "للغزل", "مؤسسة", NULL};
	static const char *const thai[] = {"พิพิธภัณฑ์", "โรงพยาบาล", "บริษัท", "โรงสี", "ห้องสมุด", "โรงงาน",
					   "มูลนิธิ", "ธนาคาร", NULL};
	/* (and Han and Hangul names' endings: a factory, a firm, a museum, a
	 * hospital, "嘉庚机械厂", "최무선정밀", "옹기 민속박물관") */
	static const char *const ends[] = {"厂", "公司", "集团", "株式会社", "医院", "病院", "博物馆", "博物館",
					   "資料館", "资料馆", "図書館", "图书馆", "정밀", "식품", "부품", "병원",
					   "박물관", "도서관", "전자",
					   /* (a clinic, a dentist, an eye doctor, an optician;
					    * stop 62: "银杏口腔诊所") */
					   "诊所", "診所", "口腔", "歯科", "眼科", "クリニック", "치과", "안과", "의원",
					   "안경원", NULL};
	const unsigned char *u = (const unsigned char *)s;
	if (e - a < 4)
		return 0;
	/* (a cheap look first: Han, kana or Hangul at the end, Thai at the
	 * start, Devanagari, Hebrew or Arabic for the words) */
	if (u[e - 3] >= 0xE3)
		for (const char *const *t = ends; *t; t++) {
			size_t n = strlen(*t);
			if (e - a > n && !memcmp(s + e - n, *t, n))
				return 1;
		}
	if (u[a] == 0xE0 && (u[a + 1] == 0xB8 || u[a + 1] == 0xB9)) {
		for (const char *const *t = thai; *t; t++) {
			size_t n = strlen(*t);
			if (e - a >= n && !memcmp(s + a, *t, n))
				return 1;
		}
		return 0;
	}
	if (!((u[a] == 0xE0 && (u[a + 1] == 0xA4 || u[a + 1] == 0xA5)) || (u[a] >= 0xD7 && u[a] <= 0xDB)))
		return 0;
	for (size_t w = a; w < e;) {
		size_t x = w;
		while (x < e && s[x] != ' ')
			x++;
		for (const char *const *k = words; *k; k++)
			if (strlen(*k) == x - w && !memcmp(s + w, *k, x - w))
				return 1;
		w = x + 1;
	}
	return 0;
}
