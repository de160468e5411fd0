/* eponym.c: names that are not people. A brand, a company, a book, a car
 * or a place named after someone ("Hugo Boss", "Jane Eyre", "Ford Fiesta",
 * "Charles de Gaulle", "Fundación Ramón Areces") reads like a person's name
 * and is none: a support transcript is full of what people bought, read,
 * drove and flew from. person.c asks here before it emits a name.
 *
 * Two lists: `sure` holds names that are rarely a private person's ("Calvin
 * Klein", "Anna Karenina"), dropped whatever the context; `brand` holds
 * brands that are also common names ("Paul Smith", "Ted Baker"), dropped
 * only when no context says "person" (no label, title or greeting).
 * Phrases are folded (lower case, accents kept) and matched as whole words
 * from a word start; they may begin before the name ("Dr. Oetker" found at
 * "Oetker", "Alfa Romeo Giulia" at "Romeo") as long as they cover its first
 * word. A capitalised institution word right before the name, or as its
 * first word, makes it a place or an institution too ("Hospital Ramón y
 * Cajal", "Aeropuerto Adolfo Suárez", "Fundación Ramón Areces"). */
#include <pthread.h>
#include <string.h>

#include "person_int.h"

static const char *const sure[] = {
	/* stop 41: consultancies and recruiters named after their founders */
	"arthur d. little", "spencer stuart", "egon zehnder", "korn ferry", "heidrick & struggles",
	"russell reynolds",
	/* fashion and beauty houses */
	"calvin klein", "ralph lauren", "tommy hilfiger", "hugo boss", "louis vuitton",
	"giorgio armani", "emporio armani", "jean paul gaultier", "marc o'polo", "marc o’polo",
	"yves saint laurent", "christian dior", "coco chanel", "christian louboutin",
	"michael kors", "kate spade", "tory burch", "donna karan", "oscar de la renta",
	"karl lagerfeld", "jimmy choo", "manolo blahnik", "salvatore ferragamo",
	"diane von furstenberg", "stella mccartney", "vivienne westwood", "pierre cardin",
	"tommy bahama", "levi strauss", "liz claiborne", "victoria beckham", "max mara",
	"tom tailor", "bruno banani", "adolfo domínguez", "estée lauder", "estee lauder",
	"helena rubinstein", "max factor", "vidal sassoon", "van heusen", "massimo dutti",
	"dolce & gabbana", "ermenegildo zegna", "brunello cucinelli", "valentino garavani",
	"guy laroche", "ted lapidus", "jack wolfskin", "dr. martens", "dr martens", "doc martens",
	/* software, a novel and a fair-trade label, insurers, a mountain, a
	 * frame and a wine (stop 46) */
	"bitcoin core", "max havelaar", "blue shield", "blue cross", "ama dablam", "ray-ban",
	"kendall-jackson", "simply food",
	/* food and drink */
	"jack daniel's", "jack daniel’s", "captain morgan", "josé cuervo", "jose cuervo",
	"dom pérignon", "dom perignon", "veuve clicquot", "robert mondavi", "ben & jerry's",
	"ben & jerry’s", "tim hortons", "tim horton's", "uncle ben's", "uncle ben’s",
	"betty crocker", "little debbie", "chef boyardee", "duncan hines", "orville redenbacher",
	"dr. oetker", "dr oetker", "ronald mcdonald", "colonel sanders", "mrs fields",
	"mrs. fields", "dr pepper", "dr. pepper", "trader joe's", "trader joe’s", "papa john's",
	/* shops, banks and firms named after their founders */
	"albert heijn", "marks & spencer", "marks and spencer", "carl zeiss", "axel springer",
	"leroy merlin", "morgan stanley", "goldman sachs", "merrill lynch", "wells fargo",
	"lehman brothers", "dow jones", "procter & gamble", "johnson & johnson",
	"sherwin williams", "black & decker", "harley davidson", "harley-davidson",
	"anheuser busch", "anheuser-busch", "philip morris", "walt disney", "warner bros",
	"ernst & young", "price waterhouse", "arthur andersen", "hewlett packard",
	"hewlett-packard", "rolls royce", "rolls-royce", "aston martin", "mercedes benz",
	"mercedes-benz", "alfa romeo", "ferdinand porsche", "gottlieb daimler", "karl benz",
	"carl benz", "adi dassler", "melitta bentz", "douwe egberts", "peek & cloppenburg",
	"massey ferguson", "el corte inglés",
	/* messengers named where a contact's number goes ("Kontakt: Signal
	 * 0175 ...") */
	"signal", "threema", "whatsapp", "telegram",
	/* the makers' placeholders of forms and documentation, no one's name
	 * ("MUSTERMANN/MAX" covered by the surname) */
	"mustermann", "musterfrau", "max mustermann", "erika mustermann", "erika musterfrau",
	"maria muster",
	"jan modaal", "ola nordmann", "kari nordmann", "joe bloggs", "fred bloggs",
	"fulano de tal", "fulana de tal", "matti meikäläinen", "maija meikäläinen",
	/* cars: make and model */
	"ford fiesta", "ford focus", "ford mondeo", "ford mustang", "ford transit", "ford puma",
	"ford kuga", "ford galaxy", "ford escort", "ford ranger", "ford fusion", "skoda octavia",
	"škoda octavia", "skoda fabia", "škoda fabia", "skoda superb", "škoda superb",
	"romeo giulia", "romeo giulietta", "romeo stelvio", "renault clio", "renault megane",
	"renault mégane", "renault zoe", "opel corsa", "opel astra", "fiat panda",
	"toyota corolla", "honda jazz", "seat leon", "seat león", "seat ibiza", "dacia duster",
	"dacia sandero", "chevrolet camaro", "chevrolet malibu", "volkswagen golf",
	"volkswagen polo", "porsche cayenne", "lancia ypsilon", "mini cooper",
	/* (stop 46: the capital Š is not folded, so the make is listed as
	 * written too) */
	"lincoln navigator", "lincoln aviator", "lincoln nautilus", "lincoln corsair", "lada vesta",
	"lada granta", "lada niva", "lada largus", "\xc5\xa0koda octavia", "\xc5\xa0koda fabia",
	"\xc5\xa0koda superb", "\xc5\xa0koda kodiaq", "\xc5\xa0koda karoq", "\xc5\xa0koda kamiq",
	"\xc5\xa0koda scala", "\xc5\xa0koda enyaq", "\xc5\xa0koda elroq", "\xc5\xa0koda rapid",
	"skoda rapid", "škoda rapid", "octavia combi", "fiat egea",
	/* (stop 60: a car hire's fleet) */
	"mercedes sprinter", "mercedes vito", "mercedes citan", "mercedes a-class", "mercedes c-class",
	"mercedes e-class", "land rover", "range rover", "nissan qashqai", "nissan micra", "nissan leaf",
	"nissan juke", "renault captur", "renault kangoo", "renault twingo", "opel vivaro", "opel mokka",
	"dacia logan", "dacia jogger", "toyota yaris", "toyota aygo", "toyota rav4", "kia picanto",
	"kia sportage", "hyundai tucson", "hyundai i10", "hyundai i20", "peugeot partner",
	"citroën berlingo", "citroen berlingo", "tesla model",
	/* towns that read like people (stop 38) */
	"milton keynes", "newton abbot", "nova scotia", "grange-over-sands", "barrow-in-furness",
	"stoke-on-trent", "bury st edmunds", "kirkby lonsdale", "kirkby stephen", "kirkby stephen",
	"sutton coldfield", "newton aycliffe", "milton abbot", "melton mowbray",
	/* (Malaysia's cities, stop 60: a login's location "Shah Alam, MY") */
	"shah alam", "petaling jaya", "johor bahru", "kota bharu", "kota kinabalu",
	/* computers: make and line */
	"dell latitude", "dell inspiron", "dell optiplex", "dell precision", "dell vostro",
	"dell xps", "dell poweredge", "dell alienware", "lenovo thinkpad", "lenovo ideapad",
	"hp elitebook", "hp probook", "hp pavilion", "hp envy", "hp spectre", "hp laserjet",
	"surface laptop", "surface pro", "macbook pro", "macbook air",
	/* mail systems' senders */
	"cron daemon", "mail delivery system", "mail delivery subsystem",
	/* books, plays and films, and their title characters */
	"jane eyre", "oliver twist", "anna karenina", "madame bovary", "emma bovary",
	"nicholas nickleby", "martin chuzzlewit", "robinson crusoe", "tom sawyer",
	"huckleberry finn", "moll flanders", "don quijote", "don quixote", "don quichotte",
	"harry potter", "sherlock holmes", "hercule poirot", "miss marple", "jay gatsby",
	"eugene onegin", "eugen onegin", "effi briest", "tristram shandy", "barry lyndon",
	"silas marner", "adam bede", "daniel deronda", "peter pan", "mary poppins",
	"indiana jones", "forrest gump", "jerry maguire", "erin brockovich", "amélie poulain",
	"robin hood", "romeo and juliet", "romeo y julieta", "roméo et juliette",
	"romeo e giulietta", "romeo und julia", "julius caesar", "king lear",
	"pippi longstocking", "pippi langstrumpf", "anne of green gables", "winnie the pooh",
	"mickey mouse", "minnie mouse", "donald duck", "buzz lightyear", "luke skywalker",
	"darth vader", "han solo", "lara croft", "bilbo baggins", "frodo baggins",
	/* games' heroes and a studio's founder in a game's title (stop 55) */
	"arthur morgan", "john marston", "gordon freeman", "geralt of rivia", "master chief",
	"solid snake", "ellie williams", "joel miller", "nathan drake", "marcus fenix",
	"sid meier", "sid meier's", "tom clancy's", "tom clancy",
	"jack reacher", "artemis fowl", "peter rabbit", "paddington bear", "santa claus",
	"father christmas", "tom thumb", "max und moritz", "dom casmurro", "quincas borba",
	"doña perfecta", "lazarillo de tormes", "jean valjean", "wilhelm tell", "dr. jekyll",
	"dr jekyll", "mr hyde", "mr. hyde", "cyrano de bergerac", "pinocchio", "tintin",
	"hamlet", "othello", "macbeth", "annie hall", "jackie brown", "frances ha",
	"michael clayton", "donnie darko", "napoleon dynamite", "ferris bueller",
	"thelma & louise", "bonnie and clyde", "jules et jim", "toni erdmann", "nils holgersson",
	"nils holgerssons", "mrs dalloway", "mrs. dalloway", "lady chatterley", "queen mary",
	"queen elizabeth", "emma maersk", "mary rose", "tate modern", "tate britain",
	"kennedy space center", "kennedy space", "anne frank house", "vasco da gama", "willem ii",
	"hertha bsc", "aston villa",
	/* Vietnam's cities, their words given names too (stop 55: "@ Tideline
	 * Studio Hà Nội") */
	"hà nội", "đà nẵng", "hải phòng", "cần thơ", "nha trang", "hồ chí minh", "vũng tàu",
	"biên hòa", "thủ đức", "đà lạt", "hạ long",
	/* people of history, named in what is read, watched and visited */
	"marie curie", "albert einstein", "isaac newton", "charles darwin", "nelson mandela", "louis pasteur",
	/* architects asked about (stop 48) */
	"frank lloyd wright", "alvar aalto", "stefano boeri", "renzo piano", "zaha hadid", "le corbusier",
	"mies van der rohe", "giuseppe verdi",
	"martin luther king", "mahatma gandhi", "winston churchill", "abraham lincoln",
	"william shakespeare", "wolfgang amadeus mozart", "ludwig van beethoven",
	"johann sebastian bach", "frida kahlo", "pablo picasso", "vincent van gogh",
	"david attenborough", "florence nightingale", "ada lovelace", "alan turing",
	/* (stop 52: more of history's founders, inventors, reformers and
	 * statesmen asked about) */
	"benjamin franklin", "otto von bismarck", "christiaan huygens", "henry dunant", "clara barton",
	"robert peel", "allan pinkerton", "napoleon bonaparte", "napoléon bonaparte", "karl marx",
	"adam smith", "john maynard keynes", "thomas edison", "alexander graham bell",
	"queen victoria", "louis braille", "johannes gutenberg", "sigmund freud", "martin luther",
	"friedrich wilhelm raiffeisen", "hermann schulze-delitzsch", "edward jenner",
	"joseph lister", "robert koch", "wilhelm röntgen", "alfred nobel", "james watt",
	"george stephenson", "isambard kingdom brunel", "simon bolivar", "giuseppe garibaldi",
	"otto lilienthal", "wright brothers", "nikolaus otto", "rudolf diesel", "werner heisenberg",
	"max weber", "émile durkheim", "eugène-françois vidocq", "dominique-jean larrey",
	/* places, airports and prizes named after people */
	"charles de gaulle", "jackson hole", "são josé dos campos", "sao jose dos campos",
	"josé dos campos", "jose dos campos", "leonardo da vinci", "ben gurion",
	"indira gandhi", "chhatrapati shivaji", "jomo kenyatta", "oliver tambo",
	"pierre elliott trudeau", "franz josef strauss", "franz josef strauß",
	"josep tarradellas", "simón bolívar", "martha's vineyard", "alice springs",
	"victoria falls", "saint-denis", "saint-étienne", "fort lauderdale", "lake louise",
	"johns hopkins", "carnegie mellon", "charles sturt", "max planck", "max-planck",
	"rey juan carlos", "nobel prize", "pulitzer prize", "carnegie hall", "lincoln park",
	"lincoln center", "lincoln memorial", "jefferson memorial", "kennedy center",
	"rockefeller center", "madison square", "regent's park", "albert park", "victoria park",
	"victoria station", "king's cross", "st pancras",
	/* stop 44: airports and stations by their boards' names (a city's
	 * word first: "FCO Roma Fiumicino Leonardo da Vinci", "HAM Hamburg
	 * Helmut Schmidt", "Madrid Chamartín - Clara Campoamor") */
	"roma fiumicino", "fiumicino", "roma ciampino", "ciampino", "roma termini", "roma tiburtina",
	"milano malpensa", "malpensa", "milano linate", "milano centrale", "milano porta garibaldi",
	"enrico forlanini", "gioia del colle", "paris-charles de gaulle", "paris charles de gaulle",
	"humberto delgado", "antonio carlos jobim", "antônio carlos jobim", "rio de janeiro",
	"helmut schmidt", "galileo galilei", "václava havla", "václav havel", "john f. kennedy",
	"john f kennedy", "konrad adenauer", "benito juárez", "andré franco montoro",
	"eleftherios venizelos", "césar manrique", "guglielmo marconi", "george bush intercontinental",
	"houston george bush", "adolfo suárez", "almudena grandes", "clara campoamor",
	"cristiano ronaldo", "hartsfield-jackson", "sabiha gökçen", "lech wałęsa", "frédéric chopin",
	"nikola tesla", "franjo tuđman", "henri coandă", "ferenc liszt", "marco polo", "sandro pertini",
	"falcone e borsellino", "cristoforo colombo", "amerigo vespucci", "jorge chávez",
	"arturo merino benítez", "josé martí", "ministro pistarini", "santos dumont", "salgado filho",
	"luis muñoz marín", "ninoy aquino", "rajiv gandhi", "kempegowda", "netaji subhas chandra bose",
	"queen alia", "king khalid", "king abdulaziz", "lester b. pearson", "jean lesage",
	"juan santamaría", "chiang mai", "mueang", "gustav adolfs", "burj al arab", "al arab",
	"eleftherios venizel", "ronald reagan washington", "ronald reagan", "sá carneiro",
	"francisco sá carneiro", "birger jarlsgatan",
	/* stop 57: Berlin's and Athens' airports by their own names ("BER
	 * Brandenburg Willy Brandt", "«Ελευθέριος Βενιζέλος»"), Saigon's */
	"willy brandt", "brandenburg willy brandt", "ελευθέριος βενιζέλος", "tân sơn nhất",
	/* dogs, drinks, apples and roses named after people */
	"king charles spaniel", "cavalier king charles", "gordon setter", "tom collins",
	"rob roy", "bloody mary", "earl grey", "granny smith", "gertrude jekyll",
	"lady emma hamilton", "princess alexandra of kent", "william baffin",
	/* stop 51: breeds whose words read as names ("German Shepherd",
	 * "Golden Retriever", "Selle Français") */
	"german shepherd", "australian shepherd", "labrador retriever", "golden retriever",
	"flat-coated retriever", "border collie", "rough collie", "bearded collie", "maine coon",
	"european shorthair", "british shorthair", "american shorthair", "exotic shorthair",
	"selle français", "springer spaniel", "cocker spaniel", "english springer",
	"shetland sheepdog", "shetland pony", "yorkshire terrier", "jack russell terrier",
	"parson russell terrier", "russell terrier", "border terrier", "boston terrier",
	"bernese mountain dog", "great dane", "irish setter", "english setter", "irish wolfhound",
	"saint bernard", "st. bernard", "siberian husky", "rhodesian ridgeback",
	"norwegian forest", "scottish fold", "russian blue", "devon rex", "cornish rex",
	"french bulldog", "english bulldog", "miniature schnauzer", "welsh corgi", "welsh pony",
	"connemara pony", "irish draught", "new forest pony", "dutch warmblood",
	/* works named after people or with names' words, under any label
	 * ("Music: Amazing Grace", "Entrance music: Abide With Me"; stop 61,
	 * sure since stop 62) */
	"judith slaying holofernes", "girl with a pearl earring", "amazing grace", "abide with me", NULL,
};

/* Brands and namesakes that are also ordinary people's names. */
static const char *const brand[] = {
	"carolina herrera", "ted baker", "paul smith", "tom ford", "fred perry", "ben sherman",
	"jack jones", "jack & jones", "mary kay", "edward jones", "raymond james", "kenneth cole",
	"steve madden", "anne klein", "ann taylor", "betsey johnson", "kurt geiger",
	"karen millen", "jack wills", "dorothy perkins", "paul frank", "marc cain",
	"sam edelman", "bob evans", "dick smith", "harvey nichols", "john lewis", "vera wang",
	"marc jacobs", "gerry weber", "peter hahn", "roberto cavalli", "alexander mcqueen",
	"laura ashley", "nina ricci", "elizabeth arden", "charlotte tilbury", "bobbi brown",
	"jo malone", "paul mitchell", "allen solly", "louis philippe", "peter england",
	"jack daniels", "jim beam", "johnnie walker", "tia maria", "sara lee", "jimmy dean",
	"oscar mayer", "robert bosch", "charles schwab", "john deere", "enzo ferrari",
	"anton paar", "ramón areces", "ramon areces", "david copperfield", "dorian gray",
	"bridget jones", "percy jackson", "jack sparrow", "james bond", "tom jones",
	"billy elliot", "daisy miller", "nancy drew", "walter white", "marco polo",
	"john wayne", "john lennon", "adolfo suárez", "george washington", "james cook",
	"simon fraser", "robert koch", "paul ehrlich", "albert schweitzer", "jack russell",
	"shirley temple", "arnold palmer", "john collins", "graham thomas", "roland berger",
	"robert half", "michael page", "robert walters",
	/* stop 50: writers, reporters, photographers, musicians and film
	 * makers asked about by those who write, shoot and compose (a
	 * private namesake named by a label keeps the name) */
	"george orwell", "janet malcolm", "susan sontag", "joan didion", "svetlana alexievich",
	"ryszard kapuściński", "ryszard kapuscinski", "agatha christie", "gabriel garcía márquez",
	"garcía márquez", "garcia marquez", "elena ferrante", "clarice lispector", "annie ernaux",
	"toni morrison", "orhan pamuk", "nazım hikmet", "karel čapek", "adam mickiewicz",
	"miguel de cervantes", "victor hugo", "thomas mann", "rosa montero", "oriana fallaci",
	"günter wallraff", "albert londres", "nellie bly", "ernest hemingway", "virginia woolf",
	"jane austen", "charles dickens", "leo tolstoy", "fyodor dostoevsky", "franz kafka",
	"albert camus", "simone de beauvoir", "jean-paul sartre", "marcel proust", "james joyce",
	"mark twain", "oscar wilde", "maya angelou", "haruki murakami", "paulo coelho",
	"isabel allende", "jorge luis borges", "pablo neruda", "umberto eco", "italo calvino",
	"primo levi", "günter grass", "hermann hesse", "bertolt brecht", "margaret atwood",
	"salman rushdie", "kazuo ishiguro", "hunter s. thompson", "truman capote", "bob woodward",
	"carl bernstein", "christiane amanpour", "robert capa", "dorothea lange", "vivian maier",
	"diane arbus", "steve mccurry", "ansel adams", "richard avedon", "annie leibovitz",
	"henri cartier-bresson", "helmut newton", "sebastião salgado", "sebastiao salgado",
	"édith piaf", "edith piaf", "amália rodrigues", "luciano pavarotti", "arvo pärt",
	"frédéric chopin", "giacomo puccini", "bob dylan", "david bowie", "freddie mercury",
	"ingmar bergman", "miloš forman", "nuri bilge ceylan", "alfred hitchcock",
	"stanley kubrick", "federico fellini", "pedro almodóvar", "akira kurosawa",
	"hayao miyazaki", "charlie chaplin", "sophia loren", "carlo ponti", "grace kelly",
	"marilyn monroe", "audrey hepburn", "ayrton senna", "pierre curie", "kate middleton",
	"prince william",
	/* stop 61: the painters, printmakers and writers of the canon that
	 * collections hold and catalogue ("Johannes Vermeer, Anna Karenina
	 * (Moscow, 1878)", "the inventory of Emily Dickinson"), and a few of
	 * their works named after people */
	"johannes vermeer", "jan vermeer", "rembrandt van rijn", "albrecht dürer", "albrecht durer",
	"leonardo da vinci", "sandro botticelli", "artemisia gentileschi", "peter paul rubens",
	"jan van eyck", "hieronymus bosch", "pieter bruegel", "diego velázquez", "francisco de goya",
	"claude monet", "édouard manet", "edgar degas", "paul cézanne", "gustav klimt", "egon schiele",
	"edvard munch", "john constable", "william blake", "salvador dalí", "joan miró",
	"wassily kandinsky", "paul klee", "henri matisse", "marc chagall", "andy warhol",
	"katsushika hokusai", "utagawa hiroshige", "giacomo leopardi", "dante alighieri",
	"giovanni boccaccio", "machado de assis", "emilia pardo bazán", "benito pérez galdós",
	"fernando pessoa", "luís de camões", "emily dickinson", "walt whitman", "edgar allan poe",
	"herman melville", "charlotte brontë", "emily brontë", "mary shelley", "george eliot",
	"thomas hardy", "hans christian andersen", "selma lagerlöf", "henrik ibsen",
	"august strindberg", "astrid lindgren", "johann wolfgang von goethe", "friedrich schiller",
	"heinrich heine", "rainer maria rilke", "alexander pushkin", "anton chekhov", "nikolai gogol",
	"wisława szymborska", "rabindranath tagore", "yunus emre", "murasaki shikibu", "lu xun",
	/* stop 52: founders, executives and marketers asked about in sales and
	 * business questions ("How did Howard Schultz pitch Starbucks?") */
	"bill gates", "steve jobs", "steve wozniak", "elon musk", "jeff bezos", "mark zuckerberg",
	"warren buffett", "charlie munger", "larry page", "sergey brin", "sundar pichai",
	"satya nadella", "tim cook", "larry ellison", "michael dell", "reed hastings",
	"brian chesky", "travis kalanick", "jensen huang", "sam altman", "sheryl sandberg",
	"indra nooyi", "marc benioff", "howard schultz", "ray kroc", "sam walton", "phil knight",
	"henry ford", "andrew carnegie", "john d. rockefeller", "jack welch", "lee iacocca",
	"richard branson", "anita roddick", "james dyson", "alan sugar", "oprah winfrey",
	"jack ma", "masayoshi son", "akio morita", "soichiro honda", "kiichiro toyoda",
	"konosuke matsushita", "tadashi yanai", "li ka-shing", "lee kun-hee", "chung ju-yung",
	"ratan tata", "mukesh ambani", "dhirubhai ambani", "gautam adani", "azim premji",
	"narayana murthy", "carlos slim", "jorge paulo lemann", "luiza trajano", "abilio diniz",
	"belmiro de azevedo", "amancio ortega", "ana botín", "ana botin", "emilio botín",
	"emilio botin", "juan roig", "isak andic", "bernard arnault", "françois pinault",
	"xavier niel", "liliane bettencourt", "marcel dassault", "andré citroën", "louis renault",
	"marcel bleustein-blanchet", "gianni agnelli", "sergio marchionne", "leonardo del vecchio",
	"michele ferrero", "adriano olivetti", "dietrich mateschitz", "reinhold würth",
	"claus hipp", "adolf dassler", "rudolf dassler", "werner von siemens", "ferdinand piëch",
	"hasso plattner", "dietmar hopp", "karl albrecht", "theo albrecht", "anton philips",
	"gerard philips", "freddy heineken", "anton dreesmann", "ingvar kamprad", "daniel ek",
	"erling persson", "stefan persson", "niklas zennström", "ole kirk christiansen",
	"tomáš baťa", "sakıp sabancı", "vehbi koç", "rahmi koç", "pavel durov", "eugene kaspersky",
	"аркадий волож", "олег тиньков", "павел дуров", "евгений касперский",
	"philip kotler", "seth godin", "david ogilvy", "peter drucker", "dale carnegie",
	"zig ziglar", "simon sinek", "gary vaynerchuk", "leo burnett", "bill bernbach",
	"al ries", "jack trout", "byron sharp",
	/* stop 53: chefs, hoteliers and a soprano asked about in hospitality
	 * (a dessert and a toast are hers), and transport's and logistics'
	 * pioneers */
	"paul bocuse", "auguste escoffier", "marie-antoine carême", "antonin carême", "ferran adrià",
	"ferran adria", "juan mari arzak", "elena arzak", "rené redzepi", "rene redzepi",
	"joël robuchon", "joel robuchon", "alain ducasse", "gordon ramsay", "jamie oliver",
	"heston blumenthal", "massimo bottura", "julia child", "anthony bourdain", "gualtiero marchesi",
	"tore wretman", "νικόλαος τσελεμεντές", "nikolaos tselementes", "pierre gagnaire",
	"anne-sophie pic", "thomas keller", "yotam ottolenghi", "nigella lawson", "jiro ono",
	"nobu matsuhisa", "gastón acurio", "alex atala", "wolfgang puck", "eckart witzigmann",
	"joan roca", "martín berasategui", "karlos arguiñano", "césar ritz", "cesar ritz",
	"marie-louise ritz", "conrad hilton", "barron hilton", "j. w. marriott", "kemmons wilson",
	"isadore sharp", "nellie melba", "malcom mclean", "malcolm mclean", "keith tantlinger",
	"frederick winslow taylor", "ferdinand de lesseps", "henry gantt", "rudolf diesel",
	"carl benz", "gottlieb daimler", "isambard kingdom brunel", "пётр первый", "петр первый",
	/* insurance's, medicine's and rescue's founders, writers, athletes,
	 * actors and broadcasters asked about in parts 1-41's clean questions */
	"ernst-wilhelm arnoldi", "cuthbert heath", "edward lloyd", "nicholas barbon", "johan de witt",
	"pierre laroque", "luigi luzzatti", "francesco di marco datini", "friedrich wilhelm raiffeisen",
	"christiaan huygens", "conrad dietrich magirus", "peter safar", "friedrich von esmarch",
	"ferdinando palasciano", "carlos chagas", "james e. casey", "charles ranhofer",
	"cesare cardini", "franz sacher", "margarete steiff", "emma wedgwood", "amir temur",
	"alisher navoiy", "alessandro manzoni", "fernando pessoa", "karel čapek", "astrid lindgren",
	"selma lagerlöf", "jean de la fontaine", "james herriot", "midas dekkers", "konrad lorenz",
	"bernhard grzimek", "jane goodall", "félix rodríguez de la fuente", "enrico caruso",
	"ara güler", "piero angela", "thomas gottschalk", "acun ılıcalı", "brigitte bardot",
	"brad pitt", "keanu reeves", "wayne gretzky", "mario lemieux", "robert lewandowski",
	"serena williams", "steffi graf", "simona halep", "franz beckenbauer", "manny pacquiao",
	"evert van benthem", "stuart little", NULL,
};

/* The names of forms' and documentation's examples. Without context they
 * are no one's; with one (a label may name a real bearer: "Full name: Jane
 * Doe", "Name: Jan Kowalski") only where the text around them is a sample:
 * an example's word within 2 KiB either side ("Wzór wypełnienia:", "ad es.
 * ROSSI/MARIO", "mario.rossi@example.it", "Musterstraße 1"). A surname
 * alone covers the forms that put it first ("DUPONT/JEAN", "DUPONT Marie",
 * "Nom : DUPONT"). The makers' own placeholders, which no one bears, are in
 * `sure` ("Max Mustermann", "Fulano de Tal", "Joe Bloggs"). */
static const char *const sample[] = {
	"jane doe", "john doe", "john q. public", "jane q. public", "mario rossi", "maria rossi",
	"josé da silva", "joão da silva", "γιωργοσ παπαδοπουλοσ",
	"jean dupont", "marie dupont", "pierre dupont", "juan español", "juan pérez", "juan perez",
	"jan jansen", "jan janssen", "jan kowalski", "anna kowalska", "john smith", "jane smith",
	"jan novák", "jana nováková", "ahmet yılmaz", "ayşe yılmaz", "иван иванов", "иванов иван",
	"doe/john", "doe/jane", "doe john", "doe jane", "rossi/mario", "rossi mario", "dupont/jean",
	"dupont/marie", "dupont jean", "dupont marie", "kowalski/jan", "kowalski jan",
	"jansen/jan", "jansen jan", "smith/john", "smith/jane", "dupont", NULL,
};

/* Capitalised words that make the name after them a place or an
 * institution ("Hospital Ramón y Cajal", "Rue Victor Hugo"), or, first in
 * the name, make it one ("Fundación Ramón Areces"). */
static const char *const institution[] = {
	"fundación", "fundacion", "fundação", "fundacao", "fondation", "fondazione",
	"foundation", "stiftung", "stichting", "fundacja", "institut", "instituto",
	"istituto", "institute", "hospital", "hôpital", "hopital", "ospedale", "klinikum",
	"clínica", "clinica", "colegio", "collège", "college", "escuela", "école", "ecole",
	"escola", "liceo", "lycée", "lycee", "gymnasium", "universidad", "università",
	"universita", "université", "universite", "universität", "universitat", "universiteit",
	"university", "universitas", "museo", "musée", "musee", "museum", "teatro", "théâtre", "theatre",
	"theater", "aeropuerto", "aeroporto", "aéroport", "aeroport", "airport", "flughafen",
	"estación", "estacion", "gare", "bahnhof", "premio", "prix", "preis", "prijs",
	"avenida", "calle", "rue", "viale", "piazza", "plaza", "praça", "praca", "rua",
	"largo", "boulevard", "avenue", "allee", "platz", "parc", "parque", "parco",
	"stadion", "estadio", "stadium", "stade", "biblioteca", "bibliothèque", "bibliotheek",
	"bibliothek", "library", "hotel", "hôtel", "orchestre", "orquesta", "orchestra",
	"albergo", "pousada", "hostal", "hostel", "pensione", "palace", "resort", "ryokan",
	"gasthof", "gasthaus", "hotell", "otel",
	/* a physiotherapy practice, a dentist's studio, a prison's wings and
	 * houses named after people ("Fisioterapia Los Lentiscos", "Studio
	 * Dentistico Le Gelsomine", "il reparto Cesare Beccaria", "el módulo
	 * Concepción Arenal", "Haus Gustav Radbruch"; stop 62) */
	"fisioterapia", "fysiotherapie", "physiotherapie", "kinésithérapie", "dentistico", "reparto",
	"módulo", "modulo", "pavilhão", "haus", "studio dentistico",
	"paseo", "carrer", "carrera", "camino", "strada", "quai", "chemin", "impasse",
	"aleja", "ulica", "caddesi", "marg", "nagar", "gesellschaft", "ceip", "ies", "cole",
	"üniversitesi", "universitesi", "consulate", "consulate general", "embassy", "konsulat",
	"generalkonsulat", "botschaft", "consulado", "embajada", "ambassade", "consulat",
	/* (stop 57: a Vietnamese airport, "sân bay Tân Sơn Nhất"; the words
	 * with three-byte letters are person_noname.c's, vn_firm_before) */
	"sân bay",
	"escuela infantil", "grundschule", "scuola", "istituto comprensivo", "basisschool",
	/* hospitals named after people (stop 42: "Universitätsklinikum Carl
	 * Gustav Carus", "Policlinico Agostino Gemelli") */
	"universitätsklinikum", "policlinico", "szpital", "ziekenhuis", "kinderziekenhuis",
	"krankenhaus", "klinik", "kliniek", "sjukhus", "sjukhuset", "hastanesi", "spital",
	"kantonsspital", "poliklinik", "centre hospitalier", "chu",
	/* funeral firms and cemeteries (stop 61: "Uitvaartcentrum De
	 * Zilverberk", "Tanatorio Vega del Duero", "Funerária Recanto da Paz") */
	"uitvaartcentrum", "uitvaart", "tanatorio", "funerária", "funeraria", "begravningsbyrå",
	"bestattungen", "bestattungshaus", "onoranze", "pompes funèbres", "crematorium", "friedhof",
	"cementerio", "cimitero", "cimetière", "hospice", "nghĩa trang",
	/* museums and archives (stop 61: "Muzeum Garncarstwa", "Музей ...") */
	"muzeum", "музей", "tegelmuseum",
	/* storms named after people ("Storm Daniel"; not laws: "Lei" and
	 * "Lex" are given names too) */
	"storm", "hurricane", "typhoon", "cyclone",
	/* Vietnamese: "TP. Hồ Chí Minh" (thành phố, the city), "Phường Bến
	 * Nghé", "Quận Bình Thạnh", "Đường Lê Lợi" */
	"tp", "phường", "quận", "huyện", "tỉnh", "đường", "phố",
	/* Indonesian and Malay streets ("Jl. Slamet Riyadi") */
	"jl", "jln", "jalan",
	/* car dealers named after their founders or their street
	 * ("Autobedrijf Willem Barentsz", stop 46) */
	"autobedrijf", "autohaus", "bilhallen", "autosalon", "concesionario", "carrozzeria",
	"autoservice", "autocentrum",
	/* courts, law firms and police stations (stop 47: "Tribunale
	 * Ordinario di Roma", "Foro Central Cível", "Kanzlei Tannhof",
	 * "Stazione Carabinieri di Verona") */
	"tribunale", "tribunal", "foro", "kanzlei", "stazione", "juzgado", "giudice di pace",
	/* clubs, choirs, parishes, scouts and venues (stop 47: "Coro
	 * Polifonico Città di Lucca", "Sportpark Johan Cruijff", "Campo
	 * Gaetano Scirea", "Pfarrei St. Martin") */
	"coro", "chor", "pallavolo", "cofradía", "paróquia", "pfarrei", "parrocchia", "parroquia",
	"paroisse", "parafia", "scout", "scouts", "sportpark", "campo", "estádio", "polisportiva",
	"sportverein", "club", "escòla",
	/* practices, clinics and agents named after their place (stop 56:
	 * "Tierarztpraxis Lindenhof", "Immobiliare Portici", "Biuro
	 * Nieruchomości Pod Lipami") */
	"praxis", "arztpraxis", "tierarztpraxis", "kleintierpraxis", "zahnarztpraxis",
	"gemeinschaftspraxis", "tierklinik", "pferdeklinik", "dierenkliniek", "eläinklinikka", "gabinet",
	"biuro", "immobiliare", "inmobiliaria", "immobilien", "agenzia", "agence",
	/* Vietnamese parishes and temples named after saints ("Giáo xứ
	 * Thánh Giuse", "Nhà thờ Thánh Phêrô") */
	"thánh", "giáo xứ", "nhà thờ", "chùa", "đền",
	/* firms of a founder's or brothers' name (stop 60: "Officine Gino
	 * Baratta", "Établissements Marcel Rigaud", "Gebr. Anselm", "Bakkerij
	 * Gebroeders Stoop", "Construtora Irmãos Vilela", "Zakłady
	 * Cegielskiego") */
	"officine", "établissements", "etablissements", "ets", "gebr", "gebroeders", "gebrüder",
	"fratelli", "hermanos", "irmãos", "construtora", "zakłady", "bakkerij",
	/* vets' practices and driving schools named after a bird or a tree
	 * (stop 63: "Rijschool De Wielewaal", "Dierenartsenpraktijk De
	 * Kwikstaart", "Autoscuola Il Carpino", "Autoescuela El Azarbe") */
	"rijschool", "autoescola", "autoescuela", "autoscuola", "fahrschule", "dierenartsenpraktijk",
	"dierenkliniek", "ambulatorio", "clínica", "clinica", "clinique", NULL,
};

/* Street and place words written in lower case right before the name they
 * carry ("rue Victor Hugo", "calle Ramón y Cajal", "ulica Jana Pawła",
 * Vietnamese "đường Nguyễn Huệ", "phường Ngọc Khánh", "Thành phố Hồ Chí
 * Minh"): without other context such a name is the street's or the place's.
 * Not English "via" or "place" ("via Anna Weber", "took place"). */
static const char *const street_lc[] = {
	"rue", "avenue", "boulevard", "allée", "chemin", "impasse", "quai", "calle",
	"avenida", "paseo", "carrer", "viale", "piazza", "corso", "strada", "rua",
	"travessa", "praça", "ulica", "ul.", "aleja", "al.", "ulice", "náměstí", "trg",
	"đường", "phố", "phường", "quận", "huyện", "xã", "tỉnh", "ngõ", "hẻm", "ấp",
	"thị trấn", NULL,
};
static struct rx_kwset street_kws = RX_KWSET(street_lc);

/* The three lists in one set (institution words, then sure, then brand),
 * so that one probe with the lexer's hash of a word finds the phrases of
 * all three that start there. */
#define N_ALL                                                                                     \
	(sizeof institution / sizeof institution[0] + sizeof sure / sizeof sure[0] +                \
	 sizeof brand / sizeof brand[0] + sizeof sample / sizeof sample[0])
static const char *all_words[N_ALL];
static size_t n_inst, n_sure, n_brand;
static struct rx_kwset all_kws = RX_KWSET(all_words);
static pthread_once_t all_once = PTHREAD_ONCE_INIT;

static void all_init(void)
{
	size_t n = 0;
	for (const char *const *w = institution; *w && n < N_ALL - 1; w++)
		all_words[n++] = *w;
	n_inst = n;
	for (const char *const *w = sure; *w && n < N_ALL - 1; w++)
		all_words[n++] = *w;
	n_sure = n;
	for (const char *const *w = brand; *w && n < N_ALL - 1; w++)
		all_words[n++] = *w;
	n_brand = n;
	for (const char *const *w = sample; *w && n < N_ALL - 1; w++)
		all_words[n++] = *w;
	all_words[n] = NULL;
}

/* Whether an example's word stands in [from, to) ("Exemple :", "Ejemplo
 * de cumplimentación:", "SAMPLE — completed form", "填写示例", "작성 예시",
 * "@example.it", "Przykładowa 1", "Musterstraße"). */
/* The last example's word that starts in [from, to) and ends by `to`, or
 * RX_NONE; a word starts at `from` or after a non-letter (at `from` also
 * inside a word when `at_from` says so: a window's first byte). */
static size_t sample_last(const char *s, size_t from, size_t to, int at_from)
{
#define W(x) {x, sizeof(x) - 1}
	static const struct {
		const char *w;
		size_t n;
	} w[] = {W("exemple"), W("example"), W("ejemplo"), W("esempio"), W("beispiel"), W("voorbeeld"),
		 W("sample"), W("przykład"), W("exemplo"), W("örnek"), W("記入例"), W("填写示例"), W("示例"),
		 W("작성 예시"), W("예시"), W("muster"), W("wzór"), W("wzoru"), W("vorlage"), W("template"),
		 W("ad es."), W("z. b."), W("p. ej."), W("par ex."), W("e.g."), W("fac-simile"),
		 W("facsimile"), W("fac simile"),
		 /* (stop 52: an exercise's or a drill's scenario, "training
		  * scenario, not a real incident") */
		 W("training scenario"), W("trainingsscenario"), W("trainingsszenario"), W("exercise"),
		 W("übungsszenario"), W("oefenscenario"), W("simulacro"), W("esercitazione"),
		 W("σενάριο"), W("senaryo")};
#undef W
	/* (the words' first bytes, folded: most bytes start none) */
	static const char firsts[] = "ebvspmwtazfo\xc3\xe8\xe5\xe7\xec\xcf";
	size_t last = RX_NONE;
	for (size_t i = from; i < to; i++) {
		unsigned char c0 = (unsigned char)rx_lower(s[i]);
		if (!memchr(firsts, c0, sizeof firsts - 1) ||
		    ((i > from || !at_from) && i > 0 && rx_is_alpha((unsigned char)s[i - 1])))
			continue;
		for (size_t q = 0; q < sizeof w / sizeof w[0]; q++) {
			size_t n = w[q].n;
			if ((unsigned char)w[q].w[0] != c0 || i + n > to)
				continue;
			if (c0 >= 0x80 ? !memcmp(s + i, w[q].w, n) : rx_fold_eq(s + i, w[q].w, n)) {
				last = i;
				break;
			}
		}
	}
	return last;
}

/* Whether an example's word stands within 2 KiB of `a`. The walk asks in
 * the text's order, so the message is read once: a memo in c holds how far
 * it was read and the last word found (a message of thousands of sample
 * names reads each byte once, not 4 KiB per name); a question out of order
 * reads its window. */
static int sample_near(const struct rx_ctx *cc, size_t a)
{
	struct rx_ctx *c = (struct rx_ctx *)cc; /* (the memo) */
	size_t lo = a > 2048 ? a - 2048 : 0, hi = c->len - a > 2048 ? a + 2048 : c->len;
	if (a < c->smp_at)
		return sample_last(c->text, lo, hi, 1) != RX_NONE;
	c->smp_at = a;
	/* (from a word's length before the end read: a word across it) */
	size_t from = c->smp_hi > lo + 16 ? c->smp_hi - 16 : lo;
	if (from < hi) {
		size_t w = sample_last(c->text, from, hi, from == lo);
		if (w != RX_NONE)
			c->smp_last = w + 1;
		c->smp_hi = hi;
	}
	return c->smp_last && c->smp_last - 1 >= lo;
}

/* The start of the word before `at` on its line, across one or two spaces
 * and a '.' ("Dr. Oetker"), or RX_NONE. */
static size_t word_before(const char *s, size_t at)
{
	size_t e = at;
	int sp = 0;
	while (e > 0 && s[e - 1] == ' ' && sp < 2) {
		e--;
		sp++;
	}
	if (!sp || e == 0)
		return RX_NONE;
	/* (across an ampersand: "Marks & Spencer Simply Food" read at
	 * "Spencer"; stop 60) */
	if (e >= 3 && s[e - 1] == '&' && s[e - 2] == ' ')
		e -= 2;
	if (s[e - 1] == '.')
		e--;
	size_t b = e, k;
	while (b > 0 && e - b < 32 && (k = rx_letter_before(s, b)) > 0)
		b -= k;
	if (b == e || e - b >= 32 || !rx_cap_at(s, e, b))
		return RX_NONE;
	return b;
}

/* Institutions' nouns that, inside a name, make it theirs ("Helios
 * Klinikum Emil von Behring", "Universitätsklinikum Carl Gustav Carus");
 * not streets' words, which a name's particles may reach ("Eko Siregar di
 * Jl. ...", "Mac Giolla Rua"). */
static const char *const inside[] = {
	"hospital", "hôpital", "hopital", "ospedale", "klinikum", "universitätsklinikum",
	"policlinico", "szpital", "ziekenhuis", "kinderziekenhuis", "krankenhaus", "klinik",
	"kliniek", "sjukhus", "sjukhuset", "hastanesi", "spital", "kantonsspital", "poliklinik",
	"clinic", "clinique", "clínica", "foundation", "stiftung", "fundación", "fondation",
	"institut", "institute", "instituto", "istituto", "university", "universität",
	"universidad", "università", "université", "universiteit", "üniversitesi", "universitesi",
	"museum", "museo", "musée", "consulate", "embassy", "konsulat", "generalkonsulat",
	"botschaft", "consulado", "embajada", "ambassade", "consulat", "nagar",
	/* schools, letting agents, movers, firms (stop 45) */
	"elementary", "lisesi", "ilkokulu", "ortaokulu", "school", "academy", "makelaars",
	"makelaardij", "immobilien", "immobiliare", "inmobiliaria", "imobiliária", "nieruchomości",
	"lettings", "estates", "realty", "llp", "banquet", "removals", "movers", "moving",
	/* courts and law firms (stop 47: "Tribunal Judicial da Comarca", "Azevedo
	 * Toledo Advogados", "O'Rahilly Ferris Solicitors") */
	"tribunal", "tribunale", "advogados", "solicitors", "advocaten", "avocats",
	"abogados", "avvocati", "rechtsanwälte", "attorneys", "carabinieri",
	/* venues, races, trophies and events named after people or places
	 * ("Johan Cruijff ArenA", "Sir Bobby Robson Memorial Pitch", "Tralee
	 * Bay Half Marathon", "Ryder Cup Legends", "Stanley Cups") */
	"arena", "memorial", "pitch", "marathon", "cup", "cups", "trophy", "legends", "festival",
	"comics", "choir", "chorale",
	/* funeral firms, crematoria, cemeteries and hospices named after
	 * people or places (stop 61: "Tolbert Ridge Funeral Chapel", "Princess
	 * Alice Hospice", "Onoranze Funebri Fratelli Soprani") */
	"funeral", "funerals", "chapel", "hospice", "crematorium", "cemetery", "stoneworks", "funebri",
	"pogrzebowy", "pogrzebowe", "arşivi", "müzesi", "kütüphanesi", "museum", "archief", NULL,
};
static struct rx_kwset inst_kws = RX_KWSET(inside);

int pn_institution_in(const struct rx_ctx *c, const struct name *n)
{
	for (size_t k = 1; k < n->nt; k++)
		if (pn_kw_word(c, &inst_kws, n->ts[k], n->te[k]))
			return 1;
	return 0;
}

/* A wine named after its maker, its vintage after it, on a wine list's
 * line ("Wines by the bottle: Joseph Drouhin 2019, Egon Müller 2018";
 * stop 53): one to four capitalised words from a, a year of 1900-2099,
 * and a wine's word on the line. */
int pn_vintage(const struct rx_ctx *c, size_t a)
{
	static const char *const wine[] = {"wine", "vin", "vino", "vini", "vinho", "wein", "bottle",
					   "bouteille", "botella", "bottiglia", "garrafa", "flasche",
					   "cuvée", "vintage", "millésime", "jahrgang", "annata", "cosecha",
					   "champagne", "sommelier", "by the glass", "au verre", "wijn", NULL};
	const char *s = c->text;
	size_t i = a, ls, le;
	for (int w = 0; w < 4 && i < c->len && rx_cap_at(s, c->len, i); w++) {
		size_t k;
		while (i < c->len && (k = rx_letter_at(s, c->len, i)) > 0)
			i += k;
		if (i + 5 < c->len && s[i] == ' ' && rx_is_digit((unsigned char)s[i + 1])) {
			if (!((s[i + 1] == '1' && s[i + 2] == '9') || (s[i + 1] == '2' && s[i + 2] == '0')) ||
			    !rx_is_digit((unsigned char)s[i + 3]) || !rx_is_digit((unsigned char)s[i + 4]) ||
			    (i + 5 < c->len && rx_is_alnum((unsigned char)s[i + 5])))
				return 0;
			ls = rx_line_start(s, a);
			le = rx_line_end(s, c->len, a);
			char low[256];
			size_t n = le - ls < sizeof low - 1 ? le - ls : sizeof low - 1;
			for (size_t q = 0; q < n; q++)
				low[q] = rx_lower(s[ls + q]);
			low[n] = '\0';
			for (const char *const *x = wine; *x; x++)
				if (strstr(low, *x))
					return 1;
			return 0;
		}
		if (i >= c->len || s[i] != ' ')
			return 0;
		i++;
	}
	return 0;
}

int pn_eponym(const struct rx_ctx *c, size_t a, int context)
{
	pthread_once(&all_once, all_init);
	if (pn_vintage(c, a))
		return 1;
	/* named after someone ("Szpital im. Jana Mikulicza"; rx_emit drops
	 * the names of other detectors there too) */
	if (a >= 4 && c->text[a - 1] == ' ' && c->text[a - 2] == '.' && pn_named_after(c->text, a))
		return 1;
	size_t ta = rx_tok_at(c, a);
	if (ta == RX_NONE)
		return 0;
	/* a street word in lower case right before it, one space apart */
	if (!context && ta > 0 && a >= 2 && c->text[a - 1] == ' ' && c->text[a - 2] != ' ') {
		size_t w = c->tk[ta - 1].s;
		if (!rx_cap_at(c->text, c->len, w) &&
		    rx_kw_ends(c, &street_kws, w > 8 ? w - 8 : 0, a - 1))
			return 1;
	}
	size_t first = c->tk[ta].e;
	size_t p1 = word_before(c->text, a), p2 = p1 != RX_NONE ? word_before(c->text, p1) : RX_NONE;
	size_t starts[3] = {a, p1, p2};
	for (int i = 0; i < 3 && starts[i] != RX_NONE; i++) {
		size_t ti = i == 0 ? ta : rx_tok_at(c, starts[i]);
		if (ti == RX_NONE)
			continue;
		uint16_t idx[8];
		size_t n = rx_kw_starts(c, &all_kws, ti, idx, 8);
		for (size_t j = 0; j < n; j++) {
			size_t q = idx[j];
			/* an institution word first in the name or right before it
			 * (France's hospital, "CHU", in capitals only: "Chu" is a
			 * family name; stop 56) */
			if (q < n_inst && !strcmp(all_words[q], "chu") && memcmp(c->text + starts[i], "CHU", 3))
				continue;
			if (q < n_inst) {
				/* (two words back only across a title: "Jl. Dr.
				 * Radjiman", "Rue du Général Leclerc") */
				size_t t1 = i == 2 ? rx_tok_at(c, p1) : RX_NONE;
				if (i < 2 || (t1 != RX_NONE && pn_kw_word(c, &pn_title_kws, p1, c->tk[t1].e)))
					return 1;
				continue;
			}
			/* a phrase that covers the name's first word */
			if (starts[i] + strlen(all_words[q]) < first)
				continue;
			if (q < n_sure || (!context && q < n_brand))
				return 1;
			/* a brand's name under a form's example heading (160
			 * bytes above); an example's name in a sample's text */
			if (q < n_brand ? sample_last(c->text, a > 160 ? a - 160 : 0, a, 1) != RX_NONE : sample_near(c, a))
				return 1;
		}
	}
	return 0;
}
