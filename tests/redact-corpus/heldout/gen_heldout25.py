#!/usr/bin/python3
"""Held-out part 25 of the redaction corpus (heldout25.jsonl).

Written by a twenty-third helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions and the lists of what parts 1-24 hold,
the part 24 section as the model), lines 1-60 of gen_heldout24.py (header
and imports) and its function `pv_check`, and, outside the repository, the
source of the phone validator /tmp/pv/pv.cc (run by hand on a few numbers,
otherwise only through `pv_check`); not the redactor, its docs, its tests,
the other generators' bodies or any .jsonl data file other than its own
output. It ran no project binary, no make, no cmake/ctest and no git
command, and it did not score this file. Started 02:44:37 UTC on
2026-12-04 (`date -u`); the end time is in heldout/README.md. `pv_check` is
reused as is; the CLI layout (rewrite / --check / --stats) imitates part
24's header.

Theme: HOME, FAMILY AND SCHOOL. What people paste into an AI assistant about
renting and owning a home, neighbours, family admin, children, school and
childcare, from 25 countries and 16 languages: viewing requests, tenancy
agreements, deposit disputes, letting-agent threads, check-out reports,
repair requests and contractor quotes, owners' association notices and
minutes with owner lists, noise complaints, utility and broadband contracts
with meter readings, council/property tax letters, mortgage offers and
direct debits, change-of-address notices, moving checklists, school
enrolment forms, class parent group chats (WhatsApp, LINE, KakaoTalk,
WeChat layouts), trip consent forms, report cards and teacher e-mails,
nursery contracts, babysitter notes (door, alarm and Wi-Fi codes), child
benefit applications, custody and maintenance letters, family trees and
birthday lists, wedding and baptism guest lists, router and smart-home
admin pastes, family shared-account notes, school payment forms. Each
record carries a request line in the text's language. Hard negatives of
the theme everywhere: schools and streets named after people, class names,
room numbers, grades, student numbers, meter, customer, contract and
property reference numbers, cadastral references, energy ratings, rents and
prices, viewing/move-in/term dates, ages, documentation IPs, router
defaults from manuals, masked values, sample names in help texts, names
used as words.

Every name, street, town, firm, school, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
250924, shuffle seed 250925).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout25.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout25.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout25.py --stats   # counts
"""
import datetime
import ipaddress
import json
import os
import random
import re
import string
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import (L, N, build, check_record, write_jsonl, luhn_ok,  # noqa: E402
                       iban_random, iban_mod97, IBAN_LEN, group, steuerid_random,
                       steuerid_ok, nir_ok, DNI_LETTERS, dni_random, nie_random,
                       nie_ok, cf_make, cf_check, bsn_random, bsn_ok, aadhaar_random,
                       verhoeff_ok, cpf_random, cpf_ok, nino_random, ssn_random,
                       card_random, card_grouping, split_groups, PLANS, MONTHS,
                       secret_random, digits, nz)

SEED = 250924
SHUFFLE_SEED = 250925
PREFIX = "heldout-y"
OUT = os.path.join(HERE, "heldout25.jsonl")
N_LABELLED = 600
N_CLEAN = 200


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ====================================================================== cultures
# Hand-written for this part. Each country: language, given names (m, f),
# surnames (for PL, RU, GR: masculine / feminine forms), streets, towns.

C = {}


def culture(cc, lang, m, f, sur, streets, towns, mail, sur_f=None):
    C[cc] = dict(cc=cc, lang=lang, m=m.split("|"), f=f.split("|"), sur=sur.split("|"),
                 sur_f=sur_f.split("|") if sur_f else None, streets=streets.split("|"),
                 towns=towns, mail=mail.split("|"))


culture("GB", "en", "Rhodri|Callum|Alfie|Euan|Tobias|Fergus|Barnaby|Kieran|Ellis|Dominic|Rory",
        "Imogen|Niamh|Philippa|Poppy|Harriet|Rosalind|Tamsin|Keeley|Isla|Bethan|Ffion",
        "Pennington|Ashcroft|Thewlis|Blackmore|Rowntree|Fairclough|Haworth|Lockwood|Kershaw|Mabey|Postlethwaite|Treloar|Dimmock",
        "Larkspur Road|Cobden Terrace|Wharfedale Avenue|Brambling Close|Sorrel Way|Tanner's Row|Quarry Hill Lane|Netherfield Crescent",
        [("Leeds", "LS6 2QT"), ("Bristol", "BS7 8NE"), ("Norwich", "NR2 3HP"), ("Sheffield", "S11 8YB"), ("Exeter", "EX4 6PL"), ("York", "YO31 7RD")],
        "btinternet.com|gmail.com|outlook.com|sky.com|icloud.com")
culture("US", "en", "Garrett|Dalton|Tucker|Brody|Landon|Wesley|Colby|Jarrett|Easton|Reid",
        "Kaylee|Brianna|Maddox|Shelby|Ainsley|Raelynn|Darcy|Hadley|Tessa|Callie",
        "Kowalczyk|Bramlett|Huckabay|Stallworth|Pruitt|Dunagan|Whitsett|Abernathy|Lindqvist|Oyelaran|Castellanos|McCreary",
        "Chestnut Hollow Dr|Sycamore Bend Rd|Quail Run Ct|Bluestem Ave|Heron Pointe Blvd|Old Mill Creek Ln|Tamarack St",
        [("Columbus, OH", "43215"), ("Raleigh, NC", "27609"), ("Boise, ID", "83706"), ("Madison, WI", "53711"), ("Tucson, AZ", "85719"), ("Richmond, VA", "23226")],
        "gmail.com|yahoo.com|comcast.net|icloud.com|outlook.com")
culture("IE", "en", "Oisín|Cathal|Donnacha|Tadhg|Ruairí|Fiachra|Colm|Darragh",
        "Clodagh|Aoife|Gráinne|Sorcha|Orla|Caoimhe|Muireann|Ailbhe",
        "Ó Súilleabháin|Mac Craith|Breathnach|Fennelly|Culhane|Hanrahan|Moriarty|Gilsenan|Kinsella|Keohane",
        "Ardilaun Park|Glenageary Lawns|Kilbarrack Grove|Sruleen Avenue|Castlefarm Walk",
        [("Dublin 14", "D14 X2K7"), ("Cork", "T12 K8PY"), ("Galway", "H91 E3WR"), ("Limerick", "V94 N6C2")],
        "eircom.net|gmail.com|hotmail.com|icloud.com")
culture("AU", "en", "Lachlan|Hamish|Angus|Jarrah|Mitchell|Brodie|Corey|Damon",
        "Indi|Sienna|Kirra|Tahlia|Brooke|Jacinta|Ebony|Shanae",
        "Cosgrove|Tranter|McIlwraith|Pettigrew|Boland|Zappia|Tran-Whitby|Farquhar|Delahunty|Rudd-Hartigan",
        "Wattle Grove Ave|Banksia Pde|Kookaburra Cl|Jacaranda Tce|Ironbark Rd",
        [("Carlton VIC", "3053"), ("Paddington QLD", "4064"), ("Fremantle WA", "6160"), ("Glebe NSW", "2037"), ("Norwood SA", "5067")],
        "bigpond.com|gmail.com|outlook.com.au|icloud.com")
culture("CA", "en", "Tristan|Owen|Malcolm|Marc-Olivier|Graham|Parminder|Rémi",
        "Kendra|Maëlle|Shauna|Jasleen|Brittany|Geneviève|Leanne",
        "MacPhail|Gagnon-Roy|Sidhu|Desrochers|Burtnyk|Adeyemi-Ross|Fitzhenry|Thibodeau|Lalonde",
        "Maplecrest Cres|Spruce Hollow Way|Cedarvale Ave|Bonaventure Rd",
        [("Ottawa ON", "K1N 5T3"), ("Halifax NS", "B3H 2Y9"), ("Winnipeg MB", "R3M 1J4"), ("Victoria BC", "V8S 3N2")],
        "rogers.com|gmail.com|sympatico.ca|outlook.com")
culture("IN", "in", "Aniruddh|Harshvardhan|Saurabh|Devesh|Tanmay|Pranav|Kartikeya|Omkar|Siddhesh",
        "Ishita|Pallavi|Mrunal|Tanvi|Gayatri|Sayali|Ritika|Anushka|Madhuri",
        "Kulkarni|Deshpande|Iyengar|Bhattacharjee|Raghavan|Nadkarni|Chaturvedi|Venkataraman|Gokhale|Saxena",
        "Flat 302, Sai Krupa Residency, 5th Cross, Jayanagar|B-14, Gulmohar Society, Baner Road|House No. 27, Sector 21C|12/4, Teachers Colony, Near Hanuman Mandir",
        [("Bengaluru, Karnataka", "560041"), ("Pune, Maharashtra", "411045"), ("Faridabad, Haryana", "121001"), ("Jaipur, Rajasthan", "302015")],
        "gmail.com|rediffmail.com|yahoo.co.in|outlook.com")
culture("DE", "de", "Jannik|Malte|Björn|Torben|Lennart|Fynn|Hauke|Ole|Jasper|Carsten|Mirko",
        "Wiebke|Svenja|Frauke|Imke|Merle|Birte|Janina|Kerstin|Ronja|Insa|Heike",
        "Brinkmann|Oltmanns|Hüsing|Terhorst|Wessels|Poppinga|Dreesmann|Kasulke|Lüdemann|Schwertfeger|Ostendorf|Grabowski|Yıldırım-Köhler",
        "Holunderweg|Am Kiesgrund|Eschenring|Lerchenfeldstraße|Mühlbachstraße|Schlehdornweg|Ginsterstraße|Am Hopfengarten",
        [("Leipzig", "04277"), ("Osnabrück", "49078"), ("Kassel", "34131"), ("Freiburg im Breisgau", "79102"), ("Bochum", "44797"), ("Regensburg", "93053")],
        "web.de|gmx.de|t-online.de|posteo.de|gmail.com")
culture("AT", "de", "Florian|Lukas|Matthias|Christoph|Valentin|Dominik",
        "Theresa|Magdalena|Verena|Katharina|Johanna|Anja",
        "Pichler|Gruber-Mayr|Hinterleitner|Lackner|Stoisser|Wimmer|Pölzl|Rainer",
        "Kastanienallee|Obstgartenweg|Reininghausstraße|Am Mühlbach",
        [("Graz", "8010"), ("Linz", "4020"), ("Wien", "1140"), ("Salzburg", "5020")],
        "gmx.at|aon.at|a1.net|gmail.com")
culture("CH", "de", "Reto|Urs|Beat|Silvan|Gian|Flurin",
        "Corinne|Nadja|Seraina|Annina|Mirjam|Ladina",
        "Bösiger|Zürcher|Ammann|Tschudin|Wyss|Caduff|Hänggi|Brügger",
        "Im Brüel|Rebhaldenstrasse|Alte Landstrasse|Sonnmattweg",
        [("Winterthur", "8400"), ("Aarau", "5000"), ("Chur", "7000"), ("Thun", "3600")],
        "bluewin.ch|gmx.ch|sunrise.ch|gmail.com")
culture("FR", "fr", "Gaspard|Timothée|Anatole|Évariste|Maël|Clément|Aurélien|Quentin|Loïc|Romain",
        "Solène|Apolline|Capucine|Maëlys|Clémence|Ombeline|Perrine|Laure-Hélène|Ophélie|Garance",
        "Lemarchand|Villeneuve|Ferrand|Le Floch|Chauvin|Duchêne|Marchetti|Vasseur|Belkacem|Rigaud|Poulain|Tessier",
        "rue des Tanneurs|allée des Charmilles|impasse du Lavoir|rue de la Forge|chemin des Vignes|rue du Moulin Rouge",
        [("Lyon", "69004"), ("Nantes", "44000"), ("Rennes", "35000"), ("Montpellier", "34070"), ("Lille", "59800"), ("Dijon", "21000")],
        "orange.fr|free.fr|laposte.net|sfr.fr|gmail.com")
culture("BE", "nl", "Wout|Senne|Jarne|Arno|Maxime|Thibault",
        "Lotte|Fien|Marthe|Elise|Manon|Noémie",
        "Vermeulen|De Clercq|Goossens|Verbruggen|Wuyts|Lambrechts|Dubois-Haesaerts|Mertens",
        "Kerkhofstraat|Populierenlaan|Rue des Glycines|Brouwerijstraat|Avenue des Tilleuls",
        [("Gent", "9000"), ("Leuven", "3000"), ("Ixelles", "1050"), ("Namur", "5000"), ("Antwerpen", "2018")],
        "telenet.be|skynet.be|proximus.be|gmail.com")
culture("NL", "nl", "Thijmen|Gijs|Daan|Teun|Stijn|Wessel|Job|Sjoerd",
        "Fenna|Sanne|Lieke|Noor|Isa|Jikke|Femke|Marieke",
        "van Oorschot|Hoekstra|de Boer-Veenstra|Kuipers|van 't Hek|Brouwer|Zwart|Veldkamp|van Beusekom|Postma",
        "Zeeltstraat|Bilderdijkkade|Karperstraat|Hortensialaan|Kievitsweg|Oudegracht",
        [("3531 KD", "Utrecht"), ("9712 HV", "Groningen"), ("2313 EK", "Leiden"), ("5614 BC", "Eindhoven"), ("6811 LZ", "Arnhem")],
        "ziggo.nl|kpnmail.nl|hotmail.nl|gmail.com|xs4all.nl")
culture("ES", "es", "Íñigo|Álvaro|Rodrigo|Jacobo|Unai|Borja|Gonzalo|Ismael",
        "Ainhoa|Itziar|Nerea|Macarena|Rocío|Leire|Almudena|Candela",
        "Etxeberria|Olmedo|Santamaría|Quintana|Arrieta|Villalobos|Cabrera|Montero|Palomares|Lozano|Iriarte|Fajardo",
        "C/ de les Moreres|Calle del Almendro|Avenida de los Chopos|Calle Sierra de Gredos|Travesía del Olivar|Calle Nogal",
        [("46022", "Valencia"), ("28039", "Madrid"), ("48007", "Bilbao"), ("41010", "Sevilla"), ("50009", "Zaragoza"), ("29004", "Málaga")],
        "gmail.com|hotmail.es|yahoo.es|telefonica.net|outlook.es")
culture("MX", "es", "Emiliano|Santiago|Mateo|Ulises|Diego|Joaquín",
        "Ximena|Regina|Valeria|Renata|Fernanda|Itzel",
        "Zamudio|Ontiveros|Garza|Villaseñor|Tapia|Esquivel|Cárdenas|Lizárraga",
        "Calle Jacarandas|Av. de los Fresnos|Privada Tabachines|Calle Ahuehuete",
        [("Col. Del Valle, 03100 Ciudad de México, CDMX", ""), ("Col. Providencia, 44630 Guadalajara, Jal.", ""), ("Col. Cumbres, 64610 Monterrey, N.L.", "")],
        "gmail.com|hotmail.com|yahoo.com.mx|outlook.com")
culture("PT", "pt", "Duarte|Tomás|Rodrigo|Gonçalo|Afonso|Lourenço",
        "Leonor|Matilde|Inês|Beatriz|Mafalda|Margarida",
        "Magalhães|Barros|Cordeiro|Sequeira|Antunes|Figueiredo|Quaresma|Teixeira",
        "Rua do Loureiro|Travessa das Amoreiras|Rua dos Lagares|Avenida da Boavista",
        [("4000-298", "Porto"), ("1070-011", "Lisboa"), ("3000-132", "Coimbra"), ("4700-320", "Braga")],
        "sapo.pt|gmail.com|netcabo.pt|outlook.pt")
culture("BR", "pt", "Caio|Thiago|Enzo|Davi|Heitor|Murilo|Vinícius",
        "Lívia|Yasmin|Manuela|Isadora|Luana|Heloísa|Rebeca",
        "Albuquerque|Nogueira|Guimarães|Brandão|Siqueira|Moraes|Pimentel|Cavalcanti|Rezende",
        "Rua das Acácias|Rua Ipê Amarelo|Avenida dos Bandeirantes|Rua Jequitibá|Rua das Paineiras",
        [("Vila Mariana, São Paulo - SP", "04117-040"), ("Savassi, Belo Horizonte - MG", "30140-110"), ("Boa Viagem, Recife - PE", "51020-010"), ("Bigorrilho, Curitiba - PR", "80730-320")],
        "gmail.com|uol.com.br|bol.com.br|hotmail.com")
culture("IT", "it", "Tommaso|Edoardo|Jacopo|Filippo|Niccolò|Pietro|Samuele",
        "Ginevra|Ludovica|Benedetta|Camilla|Vittoria|Bianca|Arianna",
        "Bernardini|Mancuso|Ferraris|Pellegrino|Guidotti|Lombardo|Santoro|Barbieri|Cattaneo",
        "Via dei Mandorli|Via del Pratello|Viale delle Magnolie|Via Gelsomino|Vicolo del Pozzo",
        [("40137", "Bologna (BO)", "A944"), ("20135", "Milano (MI)", "F205"), ("10138", "Torino (TO)", "L219"), ("50127", "Firenze (FI)", "D612"), ("90144", "Palermo (PA)", "G273")],
        "libero.it|gmail.com|alice.it|virgilio.it|tiscali.it")
culture("PL", "pl", "Bartosz|Szymon|Mikołaj|Wojciech|Kacper|Radosław",
        "Zuzanna|Wiktoria|Aleksandra|Małgorzata|Natalia|Karolina",
        "Wróblewski|Kaczmarczyk|Zieliński|Gajewski|Sobczak|Michalak",
        "ul. Jaworowa|ul. Wrzosowa|ul. Modrzewiowa|ul. Kwiatowa",
        [("30-418", "Kraków"), ("80-286", "Gdańsk"), ("50-527", "Wrocław"), ("02-796", "Warszawa")],
        "wp.pl|o2.pl|interia.pl|gmail.com",
        sur_f="Wróblewska|Kaczmarczyk|Zielińska|Gajewska|Sobczak|Michalak")
culture("SE", "sv", "Viggo|Ebbe|Hampus|Linus|Sixten|Alvar",
        "Tindra|Saga|Ebba|Vilma|Alva|Linnea",
        "Lindroth|Bergqvist|Hellström|Sjöberg|Nordin|Åkesson|Engström",
        "Lingonvägen|Blåbärsstigen|Ekbacksgatan|Fiskargränd",
        [("752 36", "Uppsala"), ("413 19", "Göteborg"), ("222 40", "Lund"), ("903 30", "Umeå")],
        "telia.com|gmail.com|hotmail.se|bredband.net")
culture("TR", "tr", "Emir|Kerem|Yiğit|Alp|Doruk|Berk",
        "Defne|Ecrin|Zeynep|Elif|Duru|Nehir",
        "Karaca|Güneş|Kılıç|Özkan|Erdem|Tunç|Akbulut",
        "Menekşe Sok.|Lale Sok.|Erguvan Sok.|Nergis Sok.",
        [("Çınarlı Mah.", "35220 Konak/İzmir"), ("Moda Mah.", "34710 Kadıköy/İstanbul"), ("Bahçelievler Mah.", "06490 Çankaya/Ankara")],
        "gmail.com|hotmail.com|yandex.com.tr|outlook.com")

# Non-Latin cultures: (native, latin) pairs.
NL_NAMES = {
    "GR": dict(lang="el",
               m=[("Στέλιος", "Stelios"), ("Παναγιώτης", "Panagiotis"), ("Άρης", "Aris"), ("Θοδωρής", "Thodoris"), ("Λευτέρης", "Lefteris"), ("Μιλτιάδης", "Miltiadis"), ("Ορέστης", "Orestis"), ("Φραγκίσκος", "Frangiskos")],
               f=[("Δέσποινα", "Despoina"), ("Ευανθία", "Evanthia"), ("Ιφιγένεια", "Ifigeneia"), ("Χαρίκλεια", "Harikleia"), ("Ζωή", "Zoi"), ("Αγλαΐα", "Aglaia"), ("Κυριακή", "Kyriaki"), ("Μυρτώ", "Myrto")],
               sur_m=[("Καραγιάννης", "Karagiannis"), ("Μπαλτάς", "Baltas"), ("Ξενάκης", "Xenakis"), ("Σταυρόπουλος", "Stavropoulos"), ("Λιάπης", "Liapis")],
               sur_f=[("Καραγιάννη", "Karagianni"), ("Μπαλτά", "Balta"), ("Ξενάκη", "Xenaki"), ("Σταυροπούλου", "Stavropoulou"), ("Λιάπη", "Liapi")],
               streets=["Αμυγδαλιάς", "Κυδωνιών", "Ανθέων", "Πλατάνων"], towns=[("546 42", "Θεσσαλονίκη"), ("152 36", "Πεντέλη"), ("262 22", "Πάτρα")],
               mail=["gmail.com", "otenet.gr", "yahoo.gr"]),
    "RU": dict(lang="ru",
               m=[("Тимофей", "Timofey"), ("Всеволод", "Vsevolod"), ("Ярослав", "Yaroslav"), ("Глеб", "Gleb"), ("Матвей", "Matvey"), ("Арсений", "Arseniy"), ("Савелий", "Saveliy"), ("Лев", "Lev")],
               f=[("Василиса", "Vasilisa"), ("Ульяна", "Ulyana"), ("Злата", "Zlata"), ("Есения", "Yesenia"), ("Милана", "Milana"), ("Агата", "Agata"), ("Таисия", "Taisiya"), ("Ксения", "Kseniya")],
               sur_m=[("Рябинин", "Ryabinin"), ("Белозёров", "Belozyorov"), ("Тетерин", "Teterin"), ("Кудрявцев", "Kudryavtsev"), ("Снегирёв", "Snegiryov")],
               sur_f=[("Рябинина", "Ryabinina"), ("Белозёрова", "Belozyorova"), ("Тетерина", "Teterina"), ("Кудрявцева", "Kudryavtseva"), ("Снегирёва", "Snegiryova")],
               streets=["ул. Рябиновая", "ул. Садовая-Кудринская", "пр-т Космонавтов", "ул. Заречная"], towns=[("620075", "Екатеринбург"), ("630099", "Новосибирск"), ("420111", "Казань")],
               mail=["yandex.ru", "mail.ru", "gmail.com"]),
    "JP": dict(lang="ja",
               m=[("陽翔", "Haruto"), ("蒼", "Aoi"), ("湊", "Minato"), ("大和", "Yamato"), ("悠真", "Yuma"), ("朔", "Saku"), ("律", "Ritsu"), ("颯太", "Sota")],
               f=[("結菜", "Yuina"), ("陽葵", "Himari"), ("紬", "Tsumugi"), ("咲良", "Sakura"), ("芽依", "Mei"), ("凛", "Rin"), ("柚希", "Yuzuki"), ("琴音", "Kotone")],
               sur_m=[("堀江", "Horie"), ("杉浦", "Sugiura"), ("野々村", "Nonomura"), ("柏木", "Kashiwagi"), ("宮部", "Miyabe")],
               sur_f=None,
               streets=["大通西12丁目3-8", "本町2-14-6", "桜ケ丘4-7-21", "中央3-2-15"], towns=[("060-0042", "札幌市中央区"), ("980-0811", "仙台市青葉区"), ("812-0011", "福岡市博多区")],
               mail=["docomo.ne.jp", "yahoo.co.jp", "gmail.com", "icloud.com"]),
    "CN": dict(lang="zh",
               m=[("子轩", "Zixuan"), ("浩然", "Haoran"), ("宇航", "Yuhang"), ("梓睿", "Zirui"), ("俊熙", "Junxi"), ("沐阳", "Muyang"), ("嘉懿", "Jiayi"), ("铭泽", "Mingze")],
               f=[("欣怡", "Xinyi"), ("梓涵", "Zihan"), ("诗琪", "Shiqi"), ("语桐", "Yutong"), ("雨萱", "Yuxuan"), ("思彤", "Sitong"), ("若汐", "Ruoxi"), ("可馨", "Kexin")],
               sur_m=[("蒋", "Jiang"), ("韩", "Han"), ("谭", "Tan"), ("邱", "Qiu"), ("贺", "He")],
               sur_f=None,
               streets=["枫林路288弄5号1203室", "翠湖北路16号3栋502室", "文昌路9号院2单元801", "长青街47号6楼"], towns=[("200032", "上海市徐汇区"), ("650031", "昆明市五华区"), ("310012", "杭州市西湖区")],
               mail=["qq.com", "163.com", "126.com"]),
    "KR": dict(lang="ko",
               m=[("도윤", "Doyun"), ("시우", "Siwoo"), ("하준", "Hajun"), ("은우", "Eunwoo"), ("준서", "Junseo"), ("이안", "Ian"), ("로운", "Roun"), ("태오", "Taeo")],
               f=[("서아", "Seoa"), ("하린", "Harin"), ("지유", "Jiyu"), ("채원", "Chaewon"), ("윤슬", "Yunseul"), ("아린", "Arin"), ("소율", "Soyul"), ("다온", "Daon")],
               sur_m=[("권", "Kwon"), ("한", "Han"), ("석", "Seok"), ("표", "Pyo"), ("남궁", "Namgung")],
               sur_f=None,
               streets=["성미산로17길 24, 302호", "동백로 88, 105동 1203호", "은행나무길 15-3, 2층", "해오름로 41, 207동 806호"], towns=[("03967", "서울특별시 마포구"), ("16950", "경기도 용인시 기흥구"), ("48095", "부산광역시 해운대구")],
               mail=["naver.com", "daum.net", "hanmail.net", "gmail.com"]),
}
for cc, d in NL_NAMES.items():
    C[cc] = dict(cc=cc, lang=d["lang"], native=True, **{k: v for k, v in d.items() if k != "lang"})

LANG_OF = {cc: C[cc]["lang"] for cc in C}


# ====================================================================== people

def fold(s):
    import unicodedata
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ø", "o").replace("æ", "ae").replace("'", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


class P:
    """A person: given/family as written in the text's culture; latin forms
    for the non-Latin cultures."""

    def __init__(self, cc, sex, given, family, given_l=None, family_l=None):
        self.cc, self.sex, self.given, self.family = cc, sex, given, family
        self.given_l = given_l or given
        self.family_l = family_l or family
        self.dob = None

    @property
    def native(self):
        return C[self.cc].get("native", False)

    def full(self):
        if self.cc in ("CN", "KR"):
            return self.family + self.given
        if self.cc == "JP":
            return self.family + " " + self.given
        return self.given + " " + self.family

    def latin(self):
        if self.cc in ("CN", "KR", "JP"):
            return self.given_l + " " + self.family_l
        return self.given_l + " " + self.family_l

    def sur_first(self):
        return self.family + " " + self.given

    def words(self):
        return [w for w in re.split(r"[\s\-]+", self.full()) if w]


USED = set()
USED_FAM = set()


def new_person(R, cc, sex=None, family=None, family_l=None):
    c = C[cc]
    sex = sex or R.choice("mf")
    for _ in range(200):
        if c.get("native"):
            g = R.choice(c[sex])
            if family is None:
                pool = c["sur_f"] if (sex == "f" and c.get("sur_f")) else c["sur_m"]
                fam = R.choice(pool)
                fn, fl = fam
            else:
                fn, fl = family, family_l
            p = P(cc, sex, g[0], fn, g[1], fl)
        else:
            g = R.choice(c[sex])
            if family is None:
                if cc in ("ES", "MX", "PT", "BR"):
                    a, b = R.sample(c["sur"], 2)
                    fam = a + " " + b
                else:
                    i = R.randrange(len(c["sur"]))
                    fam = c["sur_f"][i] if (sex == "f" and c.get("sur_f")) else c["sur"][i]
            else:
                fam = family
            p = P(cc, sex, g, fam)
        if p.given not in USED and (family is not None or p.family not in USED_FAM or _ > 150):
            USED.add(p.given)
            USED_FAM.add(p.family)
            return p
    raise AssertionError("names exhausted")


def household(R, cc, kids=1, single=False):
    """Parents and children with consistent surnames; given names distinct."""
    USED.clear()
    USED_FAM.clear()
    a = new_person(R, cc, "f" if R.random() < 0.55 else "m")
    ps = [a]
    c = C[cc]
    if not single:
        if cc in ("ES", "MX", "PT", "BR", "IT", "CN", "KR", "TR") or R.random() < 0.4:
            b = new_person(R, cc, "m" if a.sex == "f" else "f")
        else:
            b = new_person(R, cc, "m" if a.sex == "f" else "f", family=a.family if not c.get("native") else None)
            if c.get("native") and c.get("sur_f") is None:
                b = P(cc, b.sex, b.given, a.family, b.given_l, a.family_l)
            elif c.get("native"):
                pool_m, pool_f = c["sur_m"], c["sur_f"]
                idx = [x[0] for x in (pool_f if a.sex == "f" else pool_m)].index(a.family)
                t = (pool_f if b.sex == "f" else pool_m)[idx]
                b = P(cc, b.sex, b.given, t[0], b.given_l, t[1])
            elif c.get("sur_f"):
                idx = (c["sur_f"] if a.sex == "f" else c["sur"]).index(a.family)
                b = P(cc, b.sex, b.given, (c["sur_f"] if b.sex == "f" else c["sur"])[idx])
        ps.append(b)
    father = next((p for p in ps if p.sex == "m"), ps[0])
    mother = next((p for p in ps if p.sex == "f"), ps[0])
    children = []
    for _ in range(kids):
        sx = R.choice("mf")
        if c.get("native"):
            if c.get("sur_f"):
                pool_m, pool_f = c["sur_m"], c["sur_f"]
                base = father if father.sex == "m" else mother
                idx = [x[0] for x in (pool_m if base.sex == "m" else pool_f)].index(base.family)
                t = (pool_f if sx == "f" else pool_m)[idx]
                k = new_person(R, cc, sx, family=t[0], family_l=t[1])
            else:
                k = new_person(R, cc, sx, family=father.family, family_l=father.family_l)
        elif cc in ("ES", "MX"):
            k = new_person(R, cc, sx, family=father.family.split(" ")[0] + " " + mother.family.split(" ")[0])
        elif cc in ("PT", "BR"):
            k = new_person(R, cc, sx, family=mother.family.split(" ")[-1] + " " + father.family.split(" ")[-1])
        elif c.get("sur_f"):
            base = father
            idx = (c["sur"] if base.sex == "m" else c["sur_f"]).index(base.family)
            k = new_person(R, cc, sx, family=(c["sur_f"] if sx == "f" else c["sur"])[idx])
        else:
            k = new_person(R, cc, sx, family=father.family)
        children.append(k)
    return ps, children


def dob_for(R, role):
    y = {"child": (2010, 2023), "toddler": (2021, 2024), "teen": (2008, 2014), "adult": (1968, 1996),
         "elder": (1934, 1958)}[role]
    return datetime.date(R.randint(*y), R.randint(1, 12), R.randint(1, 28))


# ---------------------------------------------------------------- e-mail

def email_of(R, p, domain=None):
    c = C[p.cc]
    dom = domain or R.choice(c["mail"])
    if p.cc == "CN" and dom in ("qq.com",) and R.random() < 0.7:
        return "%d@qq.com" % R.randint(10 ** 7, 10 ** 10)
    g = fold(p.given_l).lower().replace(" ", "")
    f = fold(p.family_l).lower().replace(" ", "")
    f = re.sub(r"[^a-z\-]", "", f)
    g = re.sub(r"[^a-z\-]", "", g)
    st = R.randrange(7)
    if st == 0:
        loc = g + "." + f
    elif st == 1:
        loc = g[0] + "." + f
    elif st == 2:
        loc = g + f + str(R.randint(70, 99))
    elif st == 3:
        loc = f + "." + g
    elif st == 4:
        loc = g + "_" + f[:4] + str(R.randint(1, 30))
    elif st == 5:
        loc = g + "." + f.split("-")[0] + str(R.randint(1978, 1996))
    else:
        loc = g[0] + f
    return loc.replace("--", "-") + "@" + dom


def EM(R, p, **kw):
    return L("email", email_of(R, p, **kw))


# ---------------------------------------------------------------- phones

EXTRA = {
    "TR": (90, "0", {"mobile": lambda R: R.choice(["530", "532", "533", "535", "536", "537", "538", "539", "541", "542", "543", "544", "545", "546", "505", "506", "551", "552", "553", "554", "555"]) + nz(R, 7)}),
    "GR": (30, "", {"mobile": lambda R: R.choice(["690", "693", "694", "695", "697", "698", "699"]) + digits(R, 7),
                    "fixed": lambda R: "210" + R.choice("123456789") + digits(R, 6)}),
    "KR": (82, "0", {"mobile": lambda R: "10" + R.choice("23456789") + digits(R, 3) + digits(R, 4),
                     "seoul": lambda R: "2" + R.choice("23456789") + digits(R, 3) + digits(R, 4)}),
}


def plan(cc):
    return EXTRA.get(cc) or PLANS[cc]


def _pairs(s):
    return " ".join(s[i:i + 2] for i in range(0, len(s), 2))


def fmt_phone(R, cc, kind, nsn, intl):
    cco, trunk, _ = plan(cc)
    if cc in ("US", "CA"):
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        if intl:
            return R.choice(["+1 %s %s %s", "+1 (%s) %s-%s", "+1-%s-%s-%s"]) % (a, b, c)
        return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "(%s) %s %s"]) % (a, b, c)
    if cc == "GB":
        if nsn.startswith("7"):
            return ("+44 %s %s" % (nsn[:4], nsn[4:])) if intl else R.choice(["0%s %s", "0%s%s"]) % (nsn[:4], nsn[4:])
        if nsn.startswith("20"):
            return ("+44 20 %s %s" % (nsn[2:6], nsn[6:])) if intl else "020 %s %s" % (nsn[2:6], nsn[6:])
        return ("+44 %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])) if intl else "0%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])
    if cc == "IE":
        return ("+353 %s %s %s" % (nsn[:2], nsn[2:5], nsn[5:])) if intl else R.choice(["0%s %s %s", "0%s-%s%s"]) % (nsn[:2], nsn[2:5], nsn[5:])
    if cc == "AU":
        return ("+61 %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])) if intl else "0%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])
    if cc == "IN":
        return ("+91 %s %s" % (nsn[:5], nsn[5:])) if intl else R.choice(["%s %s", "0%s%s", "%s%s"]) % (nsn[:5], nsn[5:])
    if cc == "DE":
        if kind == "berlin":
            ac, rest = nsn[:2], nsn[2:]
        elif kind == "fixed":
            ac = nsn[:2] if nsn[:2] in ("89", "40", "69") else nsn[:3]
            rest = nsn[len(ac):]
        else:
            ac, rest = nsn[:3], nsn[3:]
        if intl:
            return R.choice(["+49 %s %s", "+49 (0)%s %s", "+49-%s-%s"]) % (ac, rest)
        return R.choice(["0%s %s", "0%s/%s", "(0%s) %s", "0%s-%s"]) % (ac, rest)
    if cc == "AT":
        ac, rest = (nsn[:1], nsn[1:]) if kind == "vienna" else (nsn[:3], nsn[3:])
        return ("+43 %s %s" % (ac, rest)) if intl else R.choice(["0%s %s", "0%s/%s"]) % (ac, rest)
    if cc == "CH":
        return ("+41 %s %s %s %s" % (nsn[:2], nsn[2:5], nsn[5:7], nsn[7:])) if intl else "0%s %s %s %s" % (nsn[:2], nsn[2:5], nsn[5:7], nsn[7:])
    if cc == "FR":
        if intl:
            return "+33 %s %s" % (nsn[0], _pairs(nsn[1:]))
        return R.choice([" ", ".", "\u00a0", ""]).join(("0" + nsn)[i:i + 2] for i in range(0, 10, 2))
    if cc == "BE":
        if nsn.startswith("4"):
            return ("+32 %s %s" % (nsn[:3], _pairs(nsn[3:]))) if intl else R.choice(["0%s %s", "0%s/%s"]) % (nsn[:3], _pairs(nsn[3:]))
        return ("+32 %s %s" % (nsn[:1], nsn[1:])) if intl else "0%s %s %s %s" % (nsn[:1], nsn[1:4], nsn[4:6], nsn[6:])
    if cc == "NL":
        if nsn.startswith("6"):
            return ("+31 6 %s" % nsn[1:]) if intl else R.choice(["06-%s", "06 %s", "06%s"]) % nsn[1:]
        return ("+31 %s %s" % (nsn[:2], nsn[2:])) if intl else "0%s-%s" % (nsn[:2], nsn[2:])
    if cc == "ES":
        if intl:
            return R.choice(["+34 %s %s %s", "+34 %s%s%s"]) % (nsn[:3], nsn[3:6], nsn[6:])
        return R.choice(["%s %s %s", "%s%s%s"]) % (nsn[:3], nsn[3:6], nsn[6:]) if R.random() < 0.7 else "%s %s %s %s" % (nsn[:3], nsn[3:5], nsn[5:7], nsn[7:])
    if cc == "MX":
        ac = nsn[:2]
        return ("+52 %s %s %s" % (ac, nsn[2:6], nsn[6:])) if intl else "%s %s %s" % (ac, nsn[2:6], nsn[6:])
    if cc == "PT":
        return ("+351 %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])) if intl else "%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])
    if cc == "BR":
        ddd, rest = nsn[:2], nsn[2:]
        a, b = rest[:-4], rest[-4:]
        return ("+55 %s %s-%s" % (ddd, a, b)) if intl else R.choice(["(%s) %s-%s", "(0%s) %s-%s", "%s %s-%s"]) % (ddd, a, b)
    if cc == "IT":
        if nsn.startswith("3"):
            return ("+39 %s %s" % (nsn[:3], nsn[3:])) if intl else R.choice(["%s %s %s", "%s/%s%s", "%s.%s%s"]) % (nsn[:3], nsn[3:6], nsn[6:])
        return ("+39 %s %s" % (nsn[:2], nsn[2:])) if intl else "%s %s" % (nsn[:2], nsn[2:])
    if cc == "PL":
        return ("+48 %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])) if intl else R.choice(["%s %s %s", "%s-%s-%s"]) % (nsn[:3], nsn[3:6], nsn[6:])
    if cc == "SE":
        return ("+46 %s %s %s %s" % (nsn[:2], nsn[2:5], nsn[5:7], nsn[7:])) if intl else R.choice(["0%s-%s %s %s", "0%s %s %s %s"]) % (nsn[:2], nsn[2:5], nsn[5:7], nsn[7:])
    if cc == "TR":
        return ("+90 %s %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])) if intl else R.choice(["0%s %s %s %s", "0 (%s) %s %s %s", "0%s%s%s%s"]) % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])
    if cc == "GR":
        return ("+30 %s %s" % (nsn[:3], nsn[3:])) if intl else R.choice(["%s %s %s", "%s%s%s"]) % (nsn[:3], nsn[3:6], nsn[6:])
    if cc == "RU":
        if intl:
            return "+7 %s %s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])
        return R.choice(["8 (%s) %s-%s-%s", "8-%s-%s-%s-%s", "8 %s %s %s %s"]) % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])
    if cc == "JP":
        return ("+81 %s-%s-%s" % (nsn[:2], nsn[2:6], nsn[6:])) if intl else "0%s-%s-%s" % (nsn[:2], nsn[2:6], nsn[6:])
    if cc == "CN":
        return ("+86 %s %s %s" % (nsn[:3], nsn[3:7], nsn[7:])) if intl else R.choice(["%s %s %s", "%s%s%s", "%s-%s-%s"]) % (nsn[:3], nsn[3:7], nsn[7:])
    if cc == "KR":
        if kind == "seoul":
            return ("+82 2-%s-%s" % (nsn[1:-4], nsn[-4:])) if intl else "02-%s-%s" % (nsn[1:-4], nsn[-4:])
        return ("+82 10-%s-%s" % (nsn[2:6], nsn[6:])) if intl else R.choice(["010-%s-%s", "010 %s %s", "010%s%s"]) % (nsn[2:6], nsn[6:])
    raise KeyError(cc)


MOBILE_KIND = {"US": "fixed_or_mobile", "CA": "fixed_or_mobile", "DE": ("mobile", "mobile7"), "ES": ("mobile", "mobile7"),
               "MX": "any"}


def PH(R, cc, kind=None, intl=None, region=None):
    """A phone label. region: the country whose conventions the text uses
    (when another, the number is written +CC and carries plan)."""
    _, _, kinds = plan(cc)
    if kind is None:
        mk = MOBILE_KIND.get(cc, "mobile")
        kind = R.choice(mk) if isinstance(mk, tuple) else mk
    if kind not in kinds:
        kind = sorted(kinds)[0]
    nsn = kinds[kind](R)
    if cc == "KR" and kind == "mobile" and nsn[2:5] in ("597", "598", "599"):
        nsn = nsn[:2] + "4" + nsn[3:]
    foreign = region is not None and region != cc
    if intl is None:
        intl = foreign or R.random() < 0.25
    txt = fmt_phone(R, cc, kind, nsn, intl or foreign)
    meta = dict(sub=kind, region=region or cc)
    if foreign:
        meta["plan"] = cc
    return L("phone", txt, **meta)


def PHf(R, cc, kind=None):
    return PH(R, cc, kind=kind, intl=False)


# ---------------------------------------------------------------- addresses

def addr(R, cc, nl=False, street=None, no=None):
    """A private postal address in the country's layout; nl: across line
    breaks (letters)."""
    c = C[cc]
    st = street or R.choice(c["streets"])
    sep = "\n" if nl else ", "
    n = no or str(R.randint(2, 148))
    if cc == "GB":
        town, pc = R.choice(c["towns"])
        flat = R.choice(["", "", "Flat %d, " % R.randint(1, 9), "%s " % R.choice(["Ground Floor Flat,", "Flat B,"])])
        return "%s%s %s%s%s %s" % (flat, n, st, sep, town, pc)
    if cc == "US":
        town, z = R.choice(c["towns"])
        unit = R.choice(["", "", ", Apt %d%s" % (R.randint(1, 4), R.choice("ABCD")), " Unit %d" % R.randint(2, 40)])
        return "%s %s%s%s%s %s" % (R.randint(100, 9899), st, unit, sep, town, z)
    if cc == "IE":
        town, ec = R.choice(c["towns"])
        return "%s %s%s%s%s%s" % (n, st, sep, town, sep if nl else ", ", ec)
    if cc == "AU":
        town, pc = R.choice(c["towns"])
        u = R.choice(["", "Unit %d/" % R.randint(1, 12)])
        return "%s%s %s%s%s %s" % (u, n, st, sep, town, pc)
    if cc == "CA":
        town, pc = R.choice(c["towns"])
        return "%s %s%s%s  %s" % (n, st, sep, town, pc) if R.random() < 0.2 else "%s %s%s%s %s" % (n, st, sep, town, pc)
    if cc == "IN":
        town, pin = R.choice(c["towns"])
        return "%s%s%s - %s" % (st, sep, town, pin)
    if cc in ("DE", "AT", "CH"):
        town, pc = R.choice(c["towns"])
        if cc == "AT" and R.random() < 0.5:
            n = "%s/%d" % (n, R.randint(1, 14))
        return "%s %s%s%s %s" % (st, n + R.choice(["", "", "a", "b"]) if cc == "DE" else n, sep, pc, town)
    if cc == "FR":
        town, pc = R.choice(c["towns"])
        b = R.choice(["", "", " bis", " ter"])
        extra = R.choice(["", "", "Bât. C, ", "Résidence Les Iris, "])
        return "%s%s%s %s%s%s %s" % (extra, n, b, st, sep, pc, town.upper() if nl else town)
    if cc == "BE":
        town, pc = R.choice(c["towns"])
        bus = R.choice(["", " bus %d" % R.randint(1, 12)]) if st[0].isupper() and not st.startswith(("Rue", "Avenue")) else R.choice(["", " boîte %d" % R.randint(1, 9)])
        return "%s %s%s%s%s %s" % (st, n, bus, sep, pc, town)
    if cc == "NL":
        pc, town = R.choice(c["towns"])
        return "%s %s%s%s%s  %s" % (st, n, R.choice(["", "", "-bis", " A", "-2"]), sep, pc, town) if False else "%s %s%s%s%s %s" % (st, n, R.choice(["", "", " A", "-2", " hs"]), sep, pc, town)
    if cc == "ES":
        pc, town = R.choice(c["towns"])
        piso = R.choice(["", ", %dº %s" % (R.randint(1, 9), R.choice("ABCD")), ", %dº %dª" % (R.randint(1, 7), R.randint(1, 4))])
        return "%s %s%s%s%s %s" % (st, n, piso, sep, pc, town)
    if cc == "MX":
        town = R.choice(c["towns"])[0]
        return "%s %s%s%s" % (st, R.randint(10, 480), sep, town if not nl else town.replace(", ", "\n", 1))
    if cc == "PT":
        pc, town = R.choice(c["towns"])
        andar = R.choice(["", ", %d.º Dto." % R.randint(1, 6), ", %d.º Esq." % R.randint(1, 6), ", r/c"])
        return "%s, %s%s%s%s %s" % (st, n, andar, sep, pc, town)
    if cc == "BR":
        town, cep = R.choice(c["towns"])
        ap = R.choice(["", ", ap. %d" % R.randint(11, 184), ", casa %d" % R.randint(1, 4)])
        return "%s, %s%s%s%s, CEP %s" % (st, n, ap, sep, town, cep) if R.random() < 0.5 else "%s, %s%s%s%s%s%s" % (st, n, ap, sep, town, sep, cep)
    if cc == "IT":
        cap, town, _ = R.choice(c["towns"])
        return "%s %s%s%s %s" % (st, n + R.choice(["", "", "/A", " int. %d" % R.randint(1, 12)]), sep, cap, town)
    if cc == "PL":
        pc, town = R.choice(c["towns"])
        return "%s %s%s%s%s %s" % (st, n, R.choice(["", " m. %d" % R.randint(1, 40), "/%d" % R.randint(1, 40)]), sep, pc, town)
    if cc == "SE":
        pc, town = R.choice(c["towns"])
        return "%s %s%s%s%s %s" % (st, n, R.choice(["", " lgh 1%03d" % R.randint(1, 402)]), sep, pc, town)
    if cc == "TR":
        mah, town = R.choice(c["towns"])
        return "%s %s No: %s Daire: %d%s%s" % (mah, st, R.randint(2, 60), R.randint(1, 14), sep, town)
    if cc == "GR":
        pc, town = R.choice(c["towns"])
        return "%s %s%s%s %s" % (st, n, sep, pc, town)
    if cc == "RU":
        pc, town = R.choice(c["towns"])
        s = "%s, д. %s, кв. %d" % (st, n, R.randint(1, 180))
        return "%s%s%s, %s" % (s, sep, town, pc) if R.random() < 0.5 else "%s, %s%s%s" % (pc, town, sep, s)
    if cc == "JP":
        pc, town = R.choice(c["towns"])
        return "〒%s %s%s%s" % (pc, town, st, R.choice(["", " グランメゾン%d号室" % R.randint(101, 905)]))
    if cc == "CN":
        pc, town = R.choice(c["towns"])
        return "%s%s" % (town, st)
    if cc == "KR":
        pc, town = R.choice(c["towns"])
        return "%s %s" % (town, st)
    raise KeyError(cc)


def AD(R, cc, nl=False, **kw):
    return L("address", addr(R, cc, nl=nl, **kw), sub=cc.lower())


# ---------------------------------------------------------------- dates

MON_EXTRA = {
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}


def fdate(R, d, lang, cc=None, style=None):
    """A date in the language's common styles."""
    style = style or R.choice(["num", "num", "long"])
    dd, mm, yy = d.day, d.month, d.year
    if style == "iso":
        return d.isoformat()
    if lang in ("ja", "zh"):
        return R.choice(["%d年%d月%d日" % (yy, mm, dd), "%d/%02d/%02d" % (yy, mm, dd)]) if style == "long" or lang == "ja" else R.choice(["%d年%d月%d日" % (yy, mm, dd), "%d-%02d-%02d" % (yy, mm, dd)])
    if lang == "ko":
        return "%d년 %d월 %d일" % (yy, mm, dd) if style == "long" else "%d.%02d.%02d" % (yy, mm, dd)
    if lang in ("en", "in"):
        if cc == "US":
            return "%02d/%02d/%d" % (mm, dd, yy) if style == "num" else "%s %d, %d" % (MONTHS["en"][mm - 1], dd, yy)
        return "%02d/%02d/%d" % (dd, mm, yy) if style == "num" else "%d %s %d" % (dd, MONTHS["en"][mm - 1], yy)
    if style == "num":
        sep = {"de": ".", "pl": ".", "tr": ".", "ru": ".", "nl": "-", "sv": "-"}.get(lang, "/")
        if lang == "sv":
            return "%d-%02d-%02d" % (yy, mm, dd)
        if lang == "de" and R.random() < 0.3:
            return "%d.%d.%d" % (dd, mm, yy)
        return "%02d%s%02d%s%d" % (dd, sep, mm, sep, yy)
    if lang in MONTHS:
        m = MONTHS[lang][mm - 1]
        if lang in ("es", "pt"):
            return "%d de %s de %d" % (dd, m, yy)
        if lang == "de":
            return "%d. %s %d" % (dd, m, yy)
        return "%d %s %d" % (dd, m, yy)
    return "%d %s %d" % (dd, MON_EXTRA[lang][mm - 1], yy)


def DOB(R, d, lang, cc=None, style=None):
    return L("dob", fdate(R, d, lang, cc, style))


def plain_date(R, lang, cc=None, year=2026, style=None):
    """A non-birth date (viewing, move-in, term, meeting)."""
    d = datetime.date(year, R.randint(1, 12), R.randint(1, 28))
    return fdate(R, d, lang, cc, style)


# ---------------------------------------------------------------- gov ids

def pt_nif_check(d8):
    s = sum(int(c) * (9 - i) for i, c in enumerate(d8))
    c = 11 - s % 11
    return "0" if c >= 10 else str(c)


def pt_nif(R):
    d8 = R.choice("123") + digits(R, 7)
    return d8 + pt_nif_check(d8)


def pesel(R, d, sex):
    mm = d.month + (20 if d.year >= 2000 else 0)
    body = "%02d%02d%02d" % (d.year % 100, mm, d.day) + digits(R, 3) + R.choice("13579" if sex == "m" else "02468")
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(c) * w[i] for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and s.isdigit() and (10 - sum(int(c) * w[i] for i, c in enumerate(s[:10])) % 10) % 10 == int(s[10])


def se_pnr(R, d, sex, plus=False):
    body = "%02d%02d%02d" % (d.year % 100, d.month, d.day) + digits(R, 2) + R.choice("13579" if sex == "m" else "02468")
    from corpuslib import luhn_complete
    full = luhn_complete(body)
    return full


def tc_kimlik(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d)) + str(d10) + str(d11)


def tc_ok(s):
    d = [int(c) for c in s]
    return len(s) == 11 and d[0] != 0 and ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id(R, d, sex, area):
    body = area + "%d%02d%02d" % (d.year, d.month, d.day) + digits(R, 2) + R.choice("13579" if sex == "m" else "02468")
    return body + "10X98765432"[sum(int(c) * CN_W[i] for i, c in enumerate(body)) % 11]


def cn_ok(s):
    return len(s) == 18 and "10X98765432"[sum(int(c) * CN_W[i] for i, c in enumerate(s[:17])) % 11] == s[17]


def be_rrn(R, d, sex):
    serial = R.randint(1, 997)
    if (serial % 2 == 1) != (sex == "m"):
        serial += 1
    body = "%02d%02d%02d%03d" % (d.year % 100, d.month, d.day, serial)
    n = int(("2" if d.year >= 2000 else "") + body)
    return body + "%02d" % (97 - n % 97)


def be_ok(s):
    b, k = s[:9], int(s[9:])
    return k == 97 - int(b) % 97 or k == 97 - int("2" + b) % 97


def at_svnr(R, d):
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    while True:
        ser = str(R.randint(1, 9)) + digits(R, 2)
        s = ser + "0" + "%02d%02d%02d" % (d.day, d.month, d.year % 100)
        c = sum(int(x) * w[i] for i, x in enumerate(s)) % 11
        if c != 10:
            return ser + str(c) + s[4:]


def at_ok(s):
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    c = sum(int(x) * w[i] for i, x in enumerate(s[:3] + "0" + s[4:])) % 11
    return len(s) == 10 and c == int(s[3]) and s[0] != "0"


def ahv(R):
    body = "756" + digits(R, 9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def ahv_ok(s):
    return len(s) == 13 and s.startswith("756") and (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(s[:12])) % 10) % 10 == int(s[12])


def ppsn(R):
    d = digits(R, 7)
    s = sum(int(c) * (8 - i) for i, c in enumerate(d))
    return d + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]


def ppsn_ok(s):
    d = s[:7]
    return "WABCDEFGHIJKLMNOPQRSTUV"[sum(int(c) * (8 - i) for i, c in enumerate(d)) % 23] == s[7]


def sin_ca(R):
    from corpuslib import luhn_complete
    return luhn_complete(R.choice("1234567") + digits(R, 7))


def snils(R):
    while True:
        d = digits(R, 9)
        s = sum(int(c) * (9 - i) for i, c in enumerate(d))
        if s < 100:
            c = s
        elif s in (100, 101):
            c = 0
        else:
            c = s % 101
            if c == 100:
                c = 0
        return d, "%02d" % c


def snils_ok(d, c):
    s = sum(int(x) * (9 - i) for i, x in enumerate(d))
    if s < 100:
        e = s
    elif s in (100, 101):
        e = 0
    else:
        e = s % 101
        e = 0 if e == 100 else e
    return int(c) == e


def kr_rrn(R, d, sex):
    g = ("3" if sex == "m" else "4") if d.year >= 2000 else ("1" if sex == "m" else "2")
    body = "%02d%02d%02d" % (d.year % 100, d.month, d.day) + g + digits(R, 5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return body + str((11 - sum(int(c) * w[i] for i, c in enumerate(body)) % 11) % 10)


def kr_ok(s):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return len(s) == 13 and (11 - sum(int(c) * w[i] for i, c in enumerate(s[:12])) % 11) % 10 == int(s[12])


def amka(R, d):
    from corpuslib import luhn_complete
    return luhn_complete("%02d%02d%02d" % (d.day, d.month, d.year % 100) + digits(R, 4))


IT_BELF = {"Bologna (BO)": "A944", "Milano (MI)": "F205", "Torino (TO)": "L219", "Firenze (FI)": "D612", "Palermo (PA)": "G273"}


def codice_fiscale(R, p, d, town=None):
    belf = IT_BELF.get(town) or R.choice(sorted(IT_BELF.values()))
    return cf_make(p.family, p.given, d.year % 100, d.month, d.day, p.sex == "f", belf)


def fmt_nir(body, key):
    return "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)


def nir_for(R, d, sex):
    from corpuslib import nir_random
    body, key = nir_random(R, sex="1" if sex == "m" else "2", yy=d.year % 100, mm=d.month)
    return body, key


def GID(R, kind, p=None, d=None, fmt=None):
    """(label, check info) for a government id of `kind`."""
    if kind == "steuerid":
        s = steuerid_random(R)
        txt = R.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])])
    elif kind == "nir":
        b, k = nir_for(R, d, p.sex)
        txt = R.choice([fmt_nir(b, k), b + k, b + " " + k])
    elif kind == "dni":
        n, l = dni_random(R)
        txt = R.choice([n + l, n + "-" + l, "%s.%s.%s-%s" % (n[:2], n[2:5], n[5:], l)])
    elif kind == "nie":
        pfx, n, l = nie_random(R)
        txt = R.choice([pfx + n + l, "%s-%s-%s" % (pfx, n, l)])
    elif kind == "cf":
        txt = codice_fiscale(R, p, d)
    elif kind == "bsn":
        s = bsn_random(R)
        txt = R.choice([s, "%s.%s.%s" % (s[:4], s[4:6], s[6:])])
    elif kind == "rrn":
        s = be_rrn(R, d, p.sex)
        txt = "%s.%s.%s-%s.%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])
    elif kind == "nif":
        s = pt_nif(R)
        txt = R.choice([s, "%s %s %s" % (s[:3], s[3:6], s[6:])])
    elif kind == "cpf":
        s = cpf_random(R)
        txt = R.choice(["%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), s])
    elif kind == "pesel":
        txt = pesel(R, d, p.sex)
    elif kind == "pnr":
        s = se_pnr(R, d, p.sex)
        txt = R.choice(["%s-%s" % (s[:6], s[6:]), "%d%s-%s" % (d.year // 100, s[:6], s[6:]), "%d%s" % (d.year // 100, s)])
    elif kind == "tc":
        txt = tc_kimlik(R)
    elif kind == "cn":
        txt = cn_id(R, d, p.sex, R.choice(["310104", "530102", "330106", "110105", "440305"]))
    elif kind == "aadhaar":
        s = aadhaar_random(R)
        txt = R.choice(["%s %s %s" % (s[:4], s[4:8], s[8:]), s, "%s-%s-%s" % (s[:4], s[4:8], s[8:])])
    elif kind == "nino":
        a, b, c = nino_random(R)
        txt = R.choice(["%s %s %s %s %s" % (a, b[:2], b[2:4], b[4:], c), a + b + c])
    elif kind == "ssn":
        a, b, c = ssn_random(R)
        txt = "%s-%s-%s" % (a, b, c)
    elif kind == "svnr":
        s = at_svnr(R, d)
        txt = R.choice([s, s[:4] + " " + s[4:]])
    elif kind == "ahv":
        s = ahv(R)
        txt = "%s.%s.%s.%s" % (s[:3], s[3:7], s[7:11], s[11:])
    elif kind == "ppsn":
        txt = ppsn(R)
    elif kind == "sin":
        s = sin_ca(R)
        txt = R.choice(["%s %s %s" % (s[:3], s[3:6], s[6:]), "%s-%s-%s" % (s[:3], s[3:6], s[6:])])
    elif kind == "snils":
        a, c = snils(R)
        txt = "%s-%s-%s %s" % (a[:3], a[3:6], a[6:], c)
    elif kind == "krrrn":
        s = kr_rrn(R, d, p.sex)
        txt = s[:6] + "-" + s[6:]
    elif kind == "amka":
        txt = amka(R, d)
    else:
        raise KeyError(kind)
    return L("gov_id", txt, sub=kind)


def gid_ok(sub, v):
    s = re.sub(r"[\s.\-]", "", v)
    if sub == "steuerid":
        return steuerid_ok(s)
    if sub == "nir":
        return len(s) == 15 and nir_ok(s[:13], s[13:])
    if sub == "dni":
        return len(s) == 9 and s[:8].isdigit() and DNI_LETTERS[int(s[:8]) % 23] == s[8]
    if sub == "nie":
        return len(s) == 9 and nie_ok(s)
    if sub == "cf":
        return len(s) == 16 and cf_check(s[:15]) == s[15]
    if sub == "bsn":
        return bsn_ok(s)
    if sub == "rrn":
        return len(s) == 11 and be_ok(s)
    if sub == "nif":
        return len(s) == 9 and pt_nif_check(s[:8]) == s[8]
    if sub == "cpf":
        return cpf_ok(s)
    if sub == "pesel":
        return pesel_ok(s)
    if sub == "pnr":
        s = s[-10:]
        return luhn_ok(s)
    if sub == "tc":
        return tc_ok(s)
    if sub == "cn":
        return cn_ok(s)
    if sub == "aadhaar":
        return len(s) == 12 and verhoeff_ok(s)
    if sub == "nino":
        return re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s) is not None and s[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if sub == "ssn":
        a, g, n = int(s[:3]), int(s[3:5]), int(s[5:])
        return len(s) == 9 and a not in (0, 666) and a < 900 and g and n
    if sub == "svnr":
        return at_ok(s)
    if sub == "ahv":
        return ahv_ok(s)
    if sub == "ppsn":
        return ppsn_ok(s)
    if sub == "sin":
        return len(s) == 9 and luhn_ok(s)
    if sub == "snils":
        return len(s) == 11 and snils_ok(s[:9], s[9:])
    if sub == "krrrn":
        return kr_ok(s)
    if sub == "amka":
        return len(s) == 11 and luhn_ok(s)
    if sub == "passport":
        return True
    return False


# ---------------------------------------------------------------- money, cards, secrets, ips

def IB(R, cc, grouped=None, **meta):
    from corpuslib import IBAN_SPEC
    need = sum(int(n) for n, k in re.findall(r"(\d+)([nac])", IBAN_SPEC[cc]) if k == "a")
    for _ in range(60):
        iban = iban_random(R, cc)
        if sum(ch.isalpha() for ch in iban[4:]) <= need:
            break
    g = R.random() < 0.7 if grouped is None else grouped
    return L("iban", group(iban) if g else iban, sub=cc.lower(), **meta)


def CARD(R, issuer=None):
    issuer = issuer or R.choice(["visa", "visa", "mastercard", "mastercard2", "amex", "maestro", "discover"])
    n = card_random(R, issuer)
    if issuer == "maestro" and len(n) != 16:
        n = card_random(R, issuer)
    sizes = [4, 6, 5] if issuer == "amex" else card_grouping(len(n)) if len(n) in (12, 13, 14, 15, 16, 17, 18, 19) else [len(n)]
    sep = R.choice([" ", " ", "-", ""])
    return L("card", sep.join(split_groups(n, sizes)) if sep else n, sub=issuer)


WIFI_WORDS = ["Kanelbulle", "Gänseblümchen", "Tournesol", "Girasole", "Zeerover", "Amapola", "Andorinha", "Lighthouse", "Jabłonka", "Papatya", "Bergamotte", "Stroopwafel", "Laranjeira", "Mirtillo", "Kiwibird", "Schneeflocke", "Madreselva", "Cornflower"]


def wifi_pw(R):
    st = R.randrange(4)
    if st == 0:
        return R.choice(WIFI_WORDS) + R.choice(["!", "#", "_", "."]) + str(R.randint(10, 2099))
    if st == 1:
        return "".join(R.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(4)) + "-" + "".join(R.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(4)) + "-" + "".join(R.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(4))
    if st == 2:
        return "%s%s%s%d" % (R.choice(WIFI_WORDS).lower(), R.choice(["&", "+", "*"]), R.choice(WIFI_WORDS), R.randint(1, 99))
    return "".join(R.choice(string.digits) for _ in range(20)) if R.random() < 0.5 else "".join(R.choice(string.ascii_letters + string.digits) for _ in range(16))


def code_pw(R, n=None):
    n = n or R.choice([4, 4, 5, 6])
    while True:
        s = "".join(R.choice(string.digits) for _ in range(n))
        if len(set(s)) > 2 and s not in ("1234", "12345", "123456"):
            return s


def admin_pw(R):
    parts = [R.choice(["Fritz", "Haus", "Casa", "Maison", "Thuis", "Dom", "Hem", "Home", "Ev", "Lar"]), R.choice(["Box", "Net", "Wlan", "Router", "Cam", "Hub"]), R.choice(["!", "#", "$", "%", "@", "_"]), str(R.randint(10, 9999)), R.choice(["", "x", "Q", "z"])]
    return "".join(parts)


def acct_pw(R):
    a = R.choice(["Pixel", "Toast", "Sommer", "lilablau", "Kiwi", "Maison", "Otter", "Biscuit", "Regenbogen", "Pingu", "Cactus", "Zebra", "Nebula", "Tortuga", "Mango"])
    b = R.choice(["", "&", "_", ".", "!", "#"])
    c = R.choice(["Toast", "Haus", "Sol", "Mar", "Bear", "Luna", "fox", "Berg", ""])
    return a + b + c + str(R.randint(7, 2099)) + R.choice(["", "!", "?", "$"])


def SEC(R, kind, value=None):
    if value is None:
        value = {"wifi_psk": wifi_pw, "door_code": code_pw, "alarm_code": code_pw, "router_admin": admin_pw,
                 "password": acct_pw, "camera_password": admin_pw}[kind](R)
    return L("secret", value, sub=kind)


PUB4 = [(81, 0), (62, 0), (91, 0), (178, 0), (217, 0), (88, 0), (95, 0), (109, 0), (185, 0), (213, 0), (37, 0), (46, 0), (79, 0), (84, 0), (90, 0), (176, 0), (188, 0), (212, 0)]


def pub_ip(R):
    while True:
        a = R.choice(PUB4)[0]
        ip = "%d.%d.%d.%d" % (a, R.randint(1, 254), R.randint(0, 255), R.randint(2, 254))
        o = ipaddress.ip_address(ip)
        if o.is_global:
            return ip


def pub_ip6(R):
    pfx = R.choice(["2a02:8109", "2a01:cb1d", "2003:e6", "2a00:23c7", "2001:1c05", "2a02:a46b", "2804:14c", "2601:647"])
    return pfx + ":" + ":".join("%x" % R.randint(0, 0xffff) for _ in range(2 if pfx.count(":") == 1 else 3)) + "::" + "%x" % R.randint(1, 0xffff)


def lan_ip(R, net="192.168.178"):
    return "%s.%d" % (net, R.randint(20, 240))


def IP(R, kind="wan", net=None):
    if kind == "wan":
        return L("ip", pub_ip(R), sub="ipv4_wan")
    if kind == "wan6":
        return L("ip", pub_ip6(R), sub="ipv6_wan")
    return L("ip", lan_ip(R, net or "192.168.178"), sub="ipv4_lan")


# ====================================================================== requests

REQ = {
    "en": ["Can you check this for mistakes before I send it?", "Could you summarise this for me in a few bullet points?", "Can you help me reply to this? Polite but firm.",
           "What should I do next?", "pls tidy this up, it's a mess", "Is there anything here I should be worried about?", "Turn this into a short checklist for me.",
           "Can you make this sound less angry?", "Rewrite this so it's clearer.", "Does this look right to you?"],
    "in": ["Please check this once and tell me if anything is missing.", "Kindly help me draft a reply to this.", "Can you make this more formal?",
           "What all documents will I need for this?", "Please correct the English in this.", "Summarise this in simple words pls."],
    "de": ["Kannst du das auf Fehler prüfen, bevor ich es abschicke?", "Fass mir das bitte kurz zusammen.", "Hilf mir bitte, darauf höflich, aber bestimmt zu antworten.",
           "Was muss ich jetzt tun?", "Kannst du das etwas freundlicher formulieren?", "Mach mir daraus bitte eine Checkliste.", "Ist das so korrekt ausgefüllt?", "Bitte ins Englische übersetzen."],
    "fr": ["Tu peux vérifier s'il y a des fautes avant que j'envoie ?", "Peux-tu me résumer ça en quelques lignes ?", "Aide-moi à répondre poliment mais fermement.",
           "Qu'est-ce que je dois faire maintenant ?", "Tu peux reformuler ça de façon plus claire ?", "Est-ce que c'est bien rempli ?", "Fais-moi une liste de ce qu'il reste à faire."],
    "nl": ["Kun je dit controleren op fouten voordat ik het verstuur?", "Kun je dit kort samenvatten?", "Help je me met een nette reactie hierop?",
           "Wat moet ik nu doen?", "Kun je dit wat vriendelijker formuleren?", "Klopt dit zo?", "Maak hier een checklist van alsjeblieft."],
    "es": ["¿Me lo revisas antes de enviarlo?", "¿Me haces un resumen de esto?", "Ayúdame a contestar a esto con educación pero firme.",
           "¿Qué tengo que hacer ahora?", "¿Puedes redactarlo mejor?", "¿Está bien rellenado?", "Pásamelo a una lista de tareas, porfa."],
    "pt": ["Podes rever isto antes de eu enviar?", "Consegue resumir isso pra mim?", "Ajuda-me a responder a isto de forma educada.",
           "O que é que eu tenho de fazer agora?", "Pode deixar esse texto mais claro?", "Está tudo certo aqui?", "Faz-me uma lista do que falta."],
    "it": ["Puoi controllare se ci sono errori prima che lo mandi?", "Me lo riassumi in poche righe?", "Aiutami a rispondere in modo educato ma deciso.",
           "Cosa devo fare adesso?", "Puoi riscriverlo in modo più chiaro?", "È compilato bene?", "Fammi una lista delle cose da fare."],
    "pl": ["Możesz sprawdzić, czy nie ma tu błędów?", "Streść mi to w kilku punktach.", "Pomóż mi grzecznie odpisać na to.", "Co powinnam teraz zrobić?", "Czy to jest dobrze wypełnione?"],
    "sv": ["Kan du kolla om det finns några fel innan jag skickar?", "Kan du sammanfatta det här?", "Hjälp mig att svara vänligt men bestämt.", "Vad ska jag göra nu?", "Stämmer allt här?"],
    "tr": ["Göndermeden önce hata var mı kontrol eder misin?", "Bunu kısaca özetler misin?", "Buna kibar ama net bir cevap yazmama yardım et.", "Şimdi ne yapmam lazım?", "Bu doğru doldurulmuş mu?"],
    "el": ["Μπορείς να το ελέγξεις για λάθη πριν το στείλω;", "Μου το συνοψίζεις;", "Βοήθησέ με να απαντήσω ευγενικά.", "Τι πρέπει να κάνω τώρα;", "Είναι σωστά συμπληρωμένο;"],
    "ru": ["Проверь, пожалуйста, нет ли здесь ошибок.", "Можешь кратко пересказать?", "Помоги вежливо ответить на это.", "Что мне теперь делать?", "Правильно ли я всё заполнила?"],
    "ja": ["送る前に間違いがないか確認してもらえますか？", "これを簡単に要約してください。", "丁寧に返信する文面を考えてもらえますか？", "次に何をすればいいですか？", "この記入で合っていますか？"],
    "zh": ["帮我看看这里有没有错误？", "帮我总结一下要点。", "帮我礼貌地回复一下。", "我接下来该怎么办？", "这样填写对吗？"],
    "ko": ["보내기 전에 틀린 부분이 있는지 확인해 줄래?", "이거 간단히 요약해 줘.", "정중하게 답장하는 것 좀 도와줘.", "이제 뭘 해야 해?", "이렇게 작성하면 맞아?"],
}


TECHREQ = {
    "en": ["What does this mean? Is anything misconfigured?", "Is my setup safe like this?", "Can you turn this into a clean table?"],
    "in": ["Please tell me what is wrong in this setup.", "Convert this into a proper table please."],
    "de": ["Was bedeutet das? Ist da was falsch eingestellt?", "Ist das so sicher?", "Mach mir daraus bitte eine saubere Tabelle."],
    "fr": ["Qu'est-ce que ça veut dire ? Il y a un souci de config ?", "C'est sécurisé comme ça ?", "Tu peux mettre ça dans un tableau propre ?"],
    "nl": ["Wat betekent dit? Staat er iets verkeerd ingesteld?", "Is dit zo veilig?"], "es": ["¿Qué significa esto? ¿Hay algo mal configurado?", "¿Es seguro así?"],
    "it": ["Cosa significa? C'è qualcosa configurato male?", "È sicuro così?"], "pt": ["O que significa isto? Há algo mal configurado?", "Isto está seguro assim?"],
    "pl": ["Co to znaczy? Coś jest źle ustawione?", "Czy tak jest bezpiecznie?"], "sv": ["Vad betyder det här? Är något felinställt?", "Är det här säkert?"],
    "tr": ["Bu ne anlama geliyor? Yanlış ayar var mı?"], "el": ["Τι σημαίνει αυτό; Είναι κάτι λάθος ρυθμισμένο;"], "ru": ["Что это значит? Что-то неправильно настроено?", "Так безопасно?"],
    "ja": ["これはどういう意味ですか？設定に問題はありますか？"], "zh": ["这是什么意思？有没有哪里设置错了？"], "ko": ["이거 무슨 뜻이야? 설정이 잘못된 거 있어?"],
}


def wrap(R, lang, body, own=None, tech=False):
    """Puts the request line before or after the paste, with the
    separators people use."""
    if tech and not own:
        own = TECHREQ[lang]
    req = own if (own and R.random() < 0.6) else R.choice(REQ[lang] if not tech else TECHREQ[lang] + REQ[lang][:2])
    if isinstance(req, list):
        req = R.choice(req)
    style = R.randrange(6)
    if tech and R.random() < 0.5:
        return [req + "\n\n```\n", body, "\n```"]
    if style == 0:
        return [req + "\n\n", body]
    if style == 1:
        return [body, "\n\n" + req]
    if style == 2:
        return [req + "\n---\n", body]
    if style == 3:
        return [req + '\n"""\n', body, '\n"""']
    if style == 4:
        return [body, "\n\n---\n" + req]
    return [req + "\n\n", body]


def NM(p, style="full"):
    """A person label in a given written form."""
    if style == "full":
        v = p.full()
    elif style == "given":
        v = p.given
    elif style == "family":
        v = p.family
    elif style == "surfirst":
        v = p.sur_first()
    elif style == "caps":
        v = p.family.upper() + " " + p.given
    elif style == "latin":
        v = p.latin()
    elif style == "comma":
        v = p.family + ", " + p.given
    else:
        raise KeyError(style)
    return L("person", v, sub=p.cc.lower())


def nonluhn(R, n, first=None):
    """n digits that fail Luhn (look-alike numbers that could be mistaken
    for cards)."""
    while True:
        s = (first or R.choice("123456789")) + digits(R, n - len(first or "x"))
        if not luhn_ok(s):
            return s


def money(R, cc, lo, hi, step=10):
    v = R.randrange(lo, hi, step)
    f = {"GB": "£{:,}", "US": "${:,}", "IE": "€{:,}", "AU": "A${:,}", "CA": "C${:,}", "IN": "₹{:,}",
         "DE": "{:,} €", "AT": "€ {:,}", "CH": "CHF {:,}", "FR": "{:,} €", "BE": "€ {:,}", "NL": "€ {:,}",
         "ES": "{:,} €", "MX": "${:,} MXN", "PT": "{:,} €", "BR": "R$ {:,}", "IT": "€ {:,}", "PL": "{:,} zł",
         "SE": "{:,} kr", "TR": "{:,} TL", "GR": "{:,} €", "RU": "{:,} ₽", "JP": "{:,}円", "CN": "{:,}元", "KR": "{:,}원"}[cc]
    s = f.format(v)
    if cc in ("DE", "AT", "FR", "ES", "PT", "IT", "BE", "NL", "GR", "BR", "TR"):
        s = s.replace(",", ".")
    if cc in ("FR", "PL", "SE", "RU"):
        s = s.replace(",", "\u202f")
    if cc == "CH":
        s = s.replace(",", "'")
    return N(s, "price")


# ====================================================================== templates

TPL = []


def tpl(name, count, clean=False):
    def deco(f):
        TPL.append((name, count, clean, f))
        return f
    return deco


def fill(fmt, **kw):
    out, pos = [], 0
    for m in re.finditer(r"\{(\w+)\}", fmt):
        out.append(fmt[pos:m.start()])
        out.append(kw[m.group(1)])
        pos = m.end()
    out.append(fmt[pos:])
    return out


AGENCY = {
    "GB": ("Hartwell & Pryce Lettings", "lettings@hartwellpryce.co.uk", "0113 496 0000"),
    "US": ("Bluestem Property Management", "leasing@bluestempm.com", "1-800-555-0199"),
    "IE": ("Liffey Lettings", "lettings@liffeylettings.ie", "01 555 0100"),
    "AU": ("Harbourline Realty", "rentals@harbourline.com.au", "1300 555 010"),
    "DE": ("Brunnfeld Immobilien GmbH", "vermietung@brunnfeld-immo.de", "0800 330 1200"),
    "AT": ("Stadtgut Immobilien", "office@stadtgut-immo.at", "0800 201 300"),
    "CH": ("Aareblick Verwaltungen AG", "vermietung@aareblick.ch", "0800 44 55 66"),
    "FR": ("Agence du Vieux Quartier", "gestion@agence-vieuxquartier.fr", "09 70 80 90 10"),
    "BE": ("Immo Schelde", "verhuur@immoschelde.be", "078 15 15 20"),
    "NL": ("Grachtzicht Makelaars", "verhuur@grachtzicht.nl", "0900 1234 567"),
    "ES": ("Inmobiliaria Los Almendros", "alquileres@losalmendros.es", "900 123 456"),
    "IT": ("Immobiliare Portici", "affitti@immobiliareportici.it", "800 123 456"),
    "PT": ("Casa Ribeira Imobiliária", "arrendamento@casaribeira.pt", "808 200 300"),
    "SE": ("Bostadsförmedlingen Ekdalen", "uthyrning@ekdalen.se", "0771-12 12 12"),
    "PL": ("Biuro Nieruchomości Pod Lipami", "biuro@podlipami.pl", "801 100 200"),
}
LISTING_REF = {
    "GB": lambda R: "Ref. RM-%d" % R.randint(1000000, 9999999), "US": lambda R: "MLS #%d" % R.randint(1000000, 9999999),
    "IE": lambda R: "daft.ie ID %d" % R.randint(1000000, 9999999), "AU": lambda R: "Listing ID %d" % R.randint(100000000, 999999999),
    "DE": lambda R: "Scout-ID %d" % R.randint(100000000, 999999999), "AT": lambda R: "willhaben-Code %d" % R.randint(100000000, 999999999),
    "CH": lambda R: "Objekt-Nr. %d.%02d.%03d" % (R.randint(1000, 9999), R.randint(1, 99), R.randint(1, 999)),
    "FR": lambda R: "réf. annonce %d" % R.randint(10000000, 99999999), "BE": lambda R: "Zimmo-code %s" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
    "NL": lambda R: "Funda-ID %d" % R.randint(10000000, 99999999), "ES": lambda R: "ref. Idealista %d" % R.randint(10000000, 99999999),
    "IT": lambda R: "rif. annuncio %d" % R.randint(10000000, 99999999), "PT": lambda R: "ref.ª %s-%d" % (R.choice(["LX", "PT", "CB"]), R.randint(10000, 99999)),
    "SE": lambda R: "objekt-ID %d" % R.randint(100000, 999999), "PL": lambda R: "nr oferty %d/OMW" % R.randint(1000, 9999),
}
ENERGY = {
    "GB": lambda R: "EPC %s" % R.choice("BCDE"), "US": lambda R: "built %d" % R.randint(1955, 2015), "IE": lambda R: "BER %s%d" % (R.choice("BCD"), R.randint(1, 3)),
    "AU": lambda R: "%d-star NatHERS" % R.randint(5, 8), "DE": lambda R: "Energieausweis %s, %d kWh/(m²·a)" % (R.choice("BCDE"), R.randint(55, 160)),
    "AT": lambda R: "HWB %d kWh/m²a" % R.randint(40, 140), "CH": lambda R: "GEAK %s" % R.choice("BCD"), "FR": lambda R: "DPE %s" % R.choice("BCDE"),
    "BE": lambda R: "EPC %d kWh/m²" % R.randint(90, 320), "NL": lambda R: "energielabel %s" % R.choice(["A", "A+", "B", "C"]),
    "ES": lambda R: "certificado energético %s" % R.choice("CDE"), "IT": lambda R: "classe energetica %s" % R.choice("ABCDEFG"),
    "PT": lambda R: "certificado energético %s" % R.choice(["B", "B-", "C"]), "SE": lambda R: "energiklass %s" % R.choice("CDE"),
    "PL": lambda R: "świadectwo energetyczne %d kWh/m²" % R.randint(80, 180),
}


@tpl("viewing_request", 42)
def t_viewing(R):
    cc = R.choice(["GB", "US", "IE", "DE", "AT", "FR", "NL", "ES", "IT", "PT", "SE", "PL", "BE", "CH", "AU"])
    lang = LANG_OF[cc]
    if cc == "BE":
        lang = "nl"
    ps, kids = household(R, cc, kids=R.choice([0, 1, 2]))
    me = ps[0]
    ag = AGENCY[cc]
    street = R.choice(C[cc]["streets"])
    kw = dict(ref=N(LISTING_REF[cc](R), "listing_ref"), rent=money(R, cc, 700, 2400, 25) if cc not in ("SE", "PL") else money(R, cc, 3000, 14000, 100),
              en=N(ENERGY[cc](R), "energy_rating"), st=N(street, "listing_street"), ph=PH(R, R.choice([x for x in ("GB", "DE", "FR", "ES", "IT", "NL", "PL", "IN", "BR", "TR", "US") if x != cc]), region=cc) if R.random() < 0.2 else PH(R, cc), em=EM(R, me), me=NM(me), mg=NM(me, "given"),
              date=N(plain_date(R, lang, cc), "move_in_date"), agmail=N(ag[1], "role_email"), ag=N(ag[0], "agency"))
    if len(ps) > 1:
        kw["pt"] = NM(ps[1], "given")
    fam = len(ps) > 1
    kid_ages = [N(str(R.randint(1, 14)), "age") for _ in kids]
    if lang == "en":
        body = ["To: ", kw["agmail"], "\nSubject: Viewing request – ", kw["st"], " (", kw["ref"], ")\n\nHi there,\n\nI saw the ", R.choice(["two-bed", "three-bed", "2 bed"]),
                " on ", kw["st"], " listed at ", kw["rent"], R.choice([" pcm", " a month", "/mo"]), " (", kw["en"], ") and would love to book a viewing. "]
        if fam:
            body += ["It would be for me and my partner ", kw["pt"]]
            if kids:
                body += [" plus our ", "kids" if len(kids) > 1 else "little one", " (", *sum([[a, ", "] for a in kid_ages], [])[:-1], ")"]
            body += [". "]
        body += ["No pets, non-smokers, both in full-time work. We'd be looking to move in around ", kw["date"], ".\n\nBest number is ", kw["ph"], " (after 5pm is easiest) or just reply to ",
                 kw["em"], ".\n\nThanks,\n", kw["me"]]
        own = ["Can you make this viewing request sound more professional?", "Is this ok to send to the letting agent?", "Make this shorter pls, agents don't read long emails"]
    elif lang == "de":
        body = ["An: ", kw["agmail"], "\nBetreff: Anfrage Besichtigung ", kw["st"], " – ", kw["ref"], "\n\nSehr geehrte Damen und Herren,\n\nich interessiere mich für die Wohnung in der ", kw["st"],
                " (Kaltmiete ", kw["rent"], ", ", kw["en"], ") und würde sie gerne besichtigen. "]
        if fam:
            body += ["Einziehen würden mein Partner", "" if ps[1].sex == "m" else "in", " ", kw["pt"], " und ich"]
            if kids:
                body += [" mit ", "unseren Kindern" if len(kids) > 1 else "unserem Kind", " (", *sum([[a, " und "] for a in kid_ages], [])[:-1], " Jahre)"]
            body += [". "]
        body += ["Wir sind Nichtraucher, haben keine Haustiere, eine SCHUFA-Auskunft liegt vor. Frühester Einzug wäre der ", kw["date"], ".\n\nSie erreichen mich unter ", kw["ph"],
                 " oder per Mail an ", kw["em"], ".\n\nMit freundlichen Grüßen\n", kw["me"]]
        own = ["Klingt das seriös genug für den Makler?", "Kannst du die Anfrage etwas kürzer machen?"]
    elif lang == "fr":
        body = ["Objet : Demande de visite – ", kw["ref"], "\n\nBonjour,\n\nJe suis intéressé", "e" if me.sex == "f" else "", " par l'appartement ", kw["st"], " (", kw["rent"], " CC, ", kw["en"],
                ") et j'aimerais organiser une visite. "]
        if fam:
            body += ["Nous serions deux avec ", kw["pt"]]
            if kids:
                body += [", plus ", "nos enfants" if len(kids) > 1 else "notre enfant", " (", *sum([[a, " et "] for a in kid_ages], [])[:-1], " ans)"]
            body += [". "]
        body += ["CDI tous les deux, garant Visale possible. Entrée souhaitée le ", kw["date"], ".\n\nMon numéro : ", kw["ph"], " – mail : ", kw["em"], "\n\nCordialement,\n", kw["me"]]
        own = ["Tu peux rendre ce message plus convaincant pour l'agence ?"]
    elif lang == "nl":
        body = ["Onderwerp: Bezichtiging ", kw["st"], " (", kw["ref"], ")\n\nBeste ", kw["ag"], ",\n\nGraag zou ik de woning aan de ", kw["st"], " (", kw["rent"], " per maand, ", kw["en"], ") willen bezichtigen. "]
        if fam:
            body += ["Het gaat om mij en mijn partner ", kw["pt"]]
            if kids:
                body += [" met ", "onze kinderen" if len(kids) > 1 else "ons kind", " (", *sum([[a, " en "] for a in kid_ages], [])[:-1], " jaar)"]
            body += [". "]
        body += ["Ingangsdatum vanaf ", kw["date"], " zou ideaal zijn.\n\nJe kunt me bereiken op ", kw["ph"], " of ", kw["em"], ".\n\nGroet,\n", kw["me"]]
        own = ["Kun je deze bezichtigingsaanvraag wat formeler maken?"]
    elif lang == "es":
        body = ["Hola, buenas tardes:\n\nLes escribo por el piso de ", kw["st"], " (", kw["ref"], ", ", kw["rent"], "/mes, ", kw["en"], "). ¿Sería posible verlo esta semana? "]
        if fam:
            body += ["Somos mi pareja, ", kw["pt"], ", y yo"]
            if kids:
                body += [" con ", "nuestros hijos" if len(kids) > 1 else "nuestro hijo", " (", *sum([[a, " y "] for a in kid_ages], [])[:-1], " años)"]
            body += [". "]
        body += ["Contratos indefinidos, sin mascotas. Entrada a partir del ", kw["date"], ".\n\nMi móvil es el ", kw["ph"], " y el correo ", kw["em"], ".\n\nUn saludo,\n", kw["me"]]
        own = ["¿Suena bien este mensaje para la inmobiliaria?"]
    elif lang == "it":
        body = ["Buongiorno,\n\nvi scrivo per l'appartamento in ", kw["st"], " (", kw["ref"], ", canone ", kw["rent"], " al mese, ", kw["en"], "). Sarebbe possibile fissare una visita? "]
        if fam:
            body += ["Saremmo io e il mio compagno" if ps[1].sex == "m" else "Saremmo io e la mia compagna", " ", kw["pt"]]
            if kids:
                body += [" con ", "i nostri figli" if len(kids) > 1 else "nostro figlio", " (", *sum([[a, " e "] for a in kid_ages], [])[:-1], " anni)"]
            body += [". "]
        body += ["Disponibilità all'ingresso dal ", kw["date"], ".\n\nMi trovate al ", kw["ph"], " oppure a ", kw["em"], ".\n\nCordiali saluti\n", kw["me"]]
        own = ["Puoi rendere questa richiesta più convincente?"]
    elif lang == "pt":
        body = ["Boa tarde,\n\nVi o anúncio do T2 na ", kw["st"], " (", kw["ref"], ", ", kw["rent"], "/mês, ", kw["en"], ") e gostava de marcar uma visita. "]
        if fam:
            body += ["Seríamos eu e ", "o meu marido" if ps[1].sex == "m" else "a minha mulher", ", ", kw["pt"]]
            if kids:
                body += [", e ", "os nossos filhos" if len(kids) > 1 else "o nosso filho", " (", *sum([[a, " e "] for a in kid_ages], [])[:-1], " anos)"]
            body += [". "]
        body += ["Entrada a partir de ", kw["date"], ".\n\nTelemóvel: ", kw["ph"], "\nEmail: ", kw["em"], "\n\nCumprimentos,\n", kw["me"]]
        own = ["Está bem escrito para mandar à imobiliária?"]
    elif lang == "sv":
        body = ["Hej!\n\nJag är intresserad av lägenheten på ", kw["st"], " (", kw["ref"], ", hyra ", kw["rent"], "/mån, ", kw["en"], ") och undrar om det går att boka en visning. "]
        if fam:
            body += ["Vi är jag och min sambo ", kw["pt"]]
            if kids:
                body += [" och ", "våra barn" if len(kids) > 1 else "vårt barn", " (", *sum([[a, " och "] for a in kid_ages], [])[:-1], " år)"]
            body += [". "]
        body += ["Inflytt tidigast ", kw["date"], ".\n\nNås på ", kw["ph"], " eller ", kw["em"], ".\n\nMvh\n", kw["me"]]
        own = None
    else:  # pl
        body = ["Dzień dobry,\n\npiszę w sprawie mieszkania przy ", kw["st"], " (", kw["ref"], ", czynsz ", kw["rent"], " + opłaty, ", kw["en"], "). Czy byłaby możliwość obejrzenia go w tym tygodniu? "]
        if fam:
            body += ["Mieszkalibyśmy razem: ja i ", kw["pt"]]
            if kids:
                body += [" i ", "dziećmi" if len(kids) > 1 else "dzieckiem", " (", *sum([[a, " i "] for a in kid_ages], [])[:-1], " lat)"]
            body += [". "]
        body += ["Termin wprowadzenia od ", kw["date"], ".\n\nMój telefon: ", kw["ph"], ", e-mail: ", kw["em"], "\n\nPozdrawiam\n", kw["me"]]
        own = ["Czy ta wiadomość brzmi w porządku?"]
    return "email", lang, wrap(R, lang, body, own)


@tpl("tenancy_agreement", 26)
def t_tenancy(R):
    cc = R.choice(["DE", "ES", "IT", "PT", "FR", "NL", "GB", "BE", "AT", "PL"])
    lang = LANG_OF[cc]
    USED.clear()
    USED_FAM.clear()
    ll = new_person(R, cc)
    tn = new_person(R, cc)
    tn2 = new_person(R, cc) if R.random() < 0.4 else None
    home = AD(R, cc)
    llad = AD(R, cc)
    rent = money(R, cc, 550, 1900, 5) if cc != "PL" else money(R, cc, 2200, 5200, 50)
    dep = money(R, cc, 1100, 5400, 100) if cc != "PL" else money(R, cc, 4000, 9000, 100)
    start = N(plain_date(R, lang, cc), "lease_start")
    iban = IB(R, {"GB": "GB", "PL": "PL"}.get(cc, cc))
    ten = [NM(tn)] + ([", ", NM(tn2)] if tn2 else [])
    if cc == "DE" or cc == "AT":
        body = ["MIETVERTRAG über Wohnraum\n\nZwischen\n", NM(ll), ", ", llad, "\n– Vermieter –\n\nund\n", *ten, "\n– Mieter –\n\n§ 1 Mietsache\nVermietet wird die Wohnung im ",
                R.choice(["2. OG links", "EG rechts", "DG", "1. OG Mitte"]), " des Hauses ", home, " (", N("%d,%d m²" % (R.randint(38, 110), R.randint(0, 9)), "area"), ", ",
                N("Flurstück %d/%d" % (R.randint(10, 900), R.randint(1, 20)), "cadastral_ref"), ").\n\n§ 3 Miete\nDie Nettokaltmiete beträgt ", rent, " monatlich zzgl. ", money(R, cc, 90, 320, 5),
                " Betriebskostenvorauszahlung, zahlbar bis zum 3. Werktag auf das Konto des Vermieters\nIBAN ", iban, "\n\n§ 5 Kaution\nDie Mietsicherheit beträgt ", dep, ".\n\nMietbeginn: ", start]
        own = ["Ist dieser Mietvertrag so in Ordnung oder fehlt was Wichtiges?", "Welche Klauseln hier sind für mich als Mieter problematisch?"]
    elif cc == "ES":
        d1, d2 = GID(R, R.choice(["dni", "dni", "nie"])), GID(R, "dni")
        body = ["CONTRATO DE ARRENDAMIENTO DE VIVIENDA\n\nREUNIDOS\n\nDe una parte, D./Dña. ", NM(ll), ", mayor de edad, con DNI ", d2, " y domicilio en ", llad, ", en adelante EL ARRENDADOR.\n\n",
                "De otra parte, D./Dña. ", NM(tn), ", con ", "NIE/DNI ", d1, ", en adelante EL ARRENDATARIO.\n\nPRIMERA.- Objeto. La vivienda sita en ", home, ", referencia catastral ",
                N("%07d%s%04d%s%04d%s" % (R.randint(1000000, 9999999), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)), R.randint(1000, 9999), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(1)), R.randint(1, 9999), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2))), "cadastral_ref"),
                ".\n\nTERCERA.- Renta. ", rent, " mensuales, pagaderos en los siete primeros días de cada mes mediante transferencia a la cuenta ", iban, ".\n\nQUINTA.- Fianza: ", dep,
                " (una mensualidad), depositada en el organismo autonómico.\n\nFecha de inicio: ", start]
        own = ["¿Hay alguna cláusula abusiva en este contrato?", "Revísame este contrato de alquiler, porfa."]
    elif cc == "IT":
        d = dob_for(R, "adult")
        d2 = dob_for(R, "adult")
        body = ["CONTRATO DI LOCAZIONE AD USO ABITATIVO (L. 431/98, canone concordato)\n\nIl/La sig./sig.ra ", NM(ll), ", nato/a il ", DOB(R, d, lang), ", C.F. ", L("gov_id", codice_fiscale(R, ll, d), sub="cf"),
                ", residente in ", llad, " (locatore)\n\nconcede in locazione al/alla sig./sig.ra ", NM(tn), ", nato/a il ", DOB(R, d2, lang), ", C.F. ", L("gov_id", codice_fiscale(R, tn, d2), sub="cf"),
                " (conduttore)\n\nl'unità immobiliare sita in ", home, ", censita al catasto fabbricati ", N("foglio %d, particella %d, sub %d, cat. A/%d" % (R.randint(1, 80), R.randint(10, 999), R.randint(1, 40), R.choice([2, 3, 4])), "cadastral_ref"),
                ".\n\nIl canone annuo è di ", money(R, cc, 6000, 15000, 100), ", da corrispondere in rate mensili di ", rent, " mediante bonifico su IBAN ", iban, ".\nDeposito cauzionale: ", dep, ".\nDecorrenza: ", start]
        own = ["Mi spieghi in parole semplici cosa sto firmando?", "Ci sono errori nei dati di questo contratto?"]
    elif cc == "PT":
        body = ["CONTRATO DE ARRENDAMENTO PARA HABITAÇÃO PERMANENTE\n\nPRIMEIRO OUTORGANTE (Senhorio): ", NM(ll), ", NIF ", GID(R, "nif"), ", residente em ", llad,
                ".\nSEGUNDO OUTORGANTE (Arrendatário): ", NM(tn), ", NIF ", GID(R, "nif"), ".\n\nCláusula 1.ª O Senhorio dá de arrendamento a fração autónoma sita em ", home, ", inscrita na matriz predial urbana sob o ",
                N("artigo %d, fração %s" % (R.randint(100, 9999), R.choice("ABCDEFGH")), "cadastral_ref"), ", ", N(ENERGY[cc](R), "energy_rating"), ".\nCláusula 3.ª A renda mensal é de ", rent,
                ", paga por transferência para o IBAN ", iban, ".\nCláusula 4.ª Caução: ", dep, ".\nInício: ", start]
        own = ["Pode verificar se este contrato está conforme o NRAU?"]
    elif cc == "FR":
        body = ["CONTRAT DE LOCATION – LOGEMENT NU (loi n° 89-462 du 6 juillet 1989)\n\nENTRE LES SOUSSIGNÉS\nLe bailleur : ", NM(ll), ", demeurant ", llad, "\nEt le(s) locataire(s) : ", *ten,
                "\n\nI. Objet : logement situé ", home, ", ", N(ENERGY[cc](R), "energy_rating"), ", ", N("parcelle cadastrale section %s n° %04d" % ("".join(R.choice("ABCDEHKLM") for _ in range(2)), R.randint(1, 2999)), "cadastral_ref"),
                ".\nII. Loyer mensuel hors charges : ", rent, " ; provision sur charges : ", money(R, cc, 30, 180, 5), ".\nPaiement par virement : ", iban, "\nDépôt de garantie : ", dep, "\nPrise d'effet : ", start]
        own = ["Est-ce que ce bail est conforme à la loi ?", "Peux-tu me dire ce que je dois vérifier dans ce bail ?"]
    elif cc in ("NL", "BE"):
        body = ["HUUROVEREENKOMST WOONRUIMTE\n\nDe ondergetekenden:\n1. ", NM(ll), ", wonende te ", llad, ", hierna 'verhuurder',\n2. ", *ten, ", hierna 'huurder',\n\nverklaren te zijn overeengekomen:\n\nArtikel 1 – Het gehuurde\nDe woonruimte gelegen aan ",
                home, " (", N(ENERGY["NL" if cc == "NL" else "BE"](R), "energy_rating"), ").\nArtikel 4 – Huurprijs\n", rent, " per maand, te voldoen vóór de eerste van de maand op rekening ", iban,
                ".\nArtikel 6 – Waarborgsom\n", dep, ".\nIngangsdatum: ", start]
        own = ["Klopt deze huurovereenkomst juridisch een beetje?", "Wat zijn de belangrijkste punten hierin?"]
    elif cc == "PL":
        d1 = dob_for(R, "adult")
        body = ["UMOWA NAJMU LOKALU MIESZKALNEGO\n\nzawarta pomiędzy:\n", NM(ll), ", zam. ", llad, ", PESEL ", L("gov_id", pesel(R, dob_for(R, "adult"), ll.sex), sub="pesel"), " – Wynajmującym,\na\n",
                NM(tn), ", PESEL ", L("gov_id", pesel(R, d1, tn.sex), sub="pesel"), " – Najemcą.\n\n§1. Przedmiotem najmu jest lokal przy ", home, " (", N("KW nr KR1P/%08d/%d" % (R.randint(1, 99999999), R.randint(0, 9)), "land_register"),
                ").\n§3. Czynsz najmu wynosi ", rent, " miesięcznie, płatny na rachunek ", iban, ".\n§4. Kaucja: ", dep, ".\nData rozpoczęcia: ", start]
        own = ["Czy ta umowa najmu jest w porządku?"]
    else:  # GB
        body = ["ASSURED SHORTHOLD TENANCY AGREEMENT\n\nLandlord: ", NM(ll), " of ", llad, "\nTenant(s): ", *ten, "\nProperty: ", home, "\nTerm: 12 months from ", start,
                "\nRent: ", rent, " per calendar month, payable by standing order to the Landlord's account ", iban, "\nDeposit: ", dep, ", protected with the ",
                N("Deposit Protection Service (DPS), certificate %s" % "".join(R.choice(string.digits) for _ in range(8)), "deposit_scheme_ref"), "\n", N(ENERGY["GB"](R), "energy_rating"), " provided at signing."]
        own = ["Is there anything unfair in this AST I should push back on?", "Can you explain the key bits of this tenancy agreement?"]
    return "contract", lang, wrap(R, lang, body, own)


@tpl("deposit_dispute", 22)
def t_deposit(R):
    cc = R.choice(["GB", "DE", "FR", "NL", "ES", "AU", "IE", "IT", "US"])
    lang = LANG_OF[cc]
    USED.clear()
    USED_FAM.clear()
    tn, ll = new_person(R, cc), new_person(R, cc)
    old, new = AD(R, cc, nl=True), AD(R, cc, nl=True)
    dep = money(R, cc, 900, 3600, 50)
    ded = money(R, cc, 120, 850, 5)
    d_out = N(plain_date(R, lang, cc), "moveout_date")
    ib = IB(R, {"AU": "GB", "US": "GB"}.get(cc, cc)) if cc not in ("AU", "US") else None
    if lang == "en":
        body = [NM(tn), "\n", new, "\n\n", N(plain_date(R, lang, cc, style="long"), "letter_date"), "\n\nDear ", "Mr" if ll.sex == "m" else R.choice(["Ms", "Mrs"]), " ", NM(ll, "family"), ",\n\nRe: Return of deposit – ", old,
                "\n\nI moved out of the above property on ", d_out, " and returned all keys. You have proposed to keep ", ded, " of my ", dep,
                " deposit for \"cleaning and redecoration\". The check-out report shows only fair wear and tear after ", N("%d years" % R.randint(2, 6), "duration"), " of occupation, and the carpets were professionally cleaned (receipt attached).\n\n"]
        if ib:
            body += ["Please return the full deposit to my account ", ib, " within 14 days, or I will raise a dispute with the ", N(R.choice(["TDS", "DPS", "mydeposits"]), "scheme"), ".\n\n"]
        else:
            body += ["Please return the full deposit within 14 days, or I will lodge a claim with the ", N("Residential Tenancies Board" if cc == "IE" else ("NSW Fair Trading" if cc == "AU" else "small claims court"), "authority"), ".\n\n"]
        body += ["You can reach me on ", PH(R, cc), ".\n\nYours sincerely,\n", NM(tn)]
        own = ["Can you make this deposit letter firmer but still polite?", "Is this letter strong enough? I want my deposit back."]
    elif lang == "de":
        body = [NM(tn), "\n", new, "\n\nEinschreiben\n", NM(ll), "\n", AD(R, cc, nl=True), "\n\n", N(plain_date(R, lang, cc), "letter_date"), "\n\nRückzahlung der Mietkaution – Wohnung ", old,
                "\n\nSehr geehrte", "r Herr " if ll.sex == "m" else " Frau ", NM(ll, "family"), ",\n\ndas Mietverhältnis endete am ", d_out, ", die Wohnung wurde laut Übergabeprotokoll ohne Mängel übergeben. Sie halten jedoch ", ded,
                " von der Kaution (", dep, ") für \"Renovierung\" zurück. Schönheitsreparaturen schulde ich nach der Rechtsprechung des BGH (", N("VIII ZR 185/14", "court_ref"),
                ") nicht.\n\nBitte überweisen Sie den vollständigen Betrag bis zum ", N(plain_date(R, lang, cc), "deadline"), " auf mein Konto ", ib, ".\n\nMit freundlichen Grüßen\n", NM(tn)]
        own = ["Ist das rechtlich so haltbar? Bitte Ton prüfen.", "Kannst du den Brief an meinen Vermieter verbessern?"]
    elif lang == "fr":
        body = [NM(tn), "\n", new, "\n\nLettre recommandée avec AR\n\nÀ l'attention de ", "Monsieur" if ll.sex == "m" else "Madame", " ", NM(ll), "\n\nObjet : restitution du dépôt de garantie – logement ", old,
                "\n\n", "Monsieur" if ll.sex == "m" else "Madame", ",\n\nJ'ai quitté le logement le ", d_out, " ; l'état des lieux de sortie ne mentionne aucune dégradation. Le délai d'un mois prévu par l'article 22 de la loi du 6 juillet 1989 est dépassé et je n'ai toujours pas reçu mon dépôt de ",
                dep, ".\n\nMerci de procéder au virement sur mon compte ", ib, " sous huit jours, faute de quoi je saisirai la commission départementale de conciliation.\n\nVeuillez agréer mes salutations distinguées.\n", NM(tn)]
        own = ["Tu peux vérifier cette mise en demeure ?"]
    elif lang == "nl":
        body = ["Aan: ", NM(ll), "\nBetreft: terugbetaling waarborgsom ", old, "\n\nBeste ", NM(ll, "given"), ",\n\nOp ", d_out, " heb ik de sleutels ingeleverd. Bij de eindinspectie zijn geen gebreken vastgesteld, toch houd je ", ded,
                " in op de borg van ", dep, ". Ik verzoek je het volledige bedrag binnen 14 dagen over te maken naar ", ib, ".\n\nMijn nieuwe adres is:\n", new, "\n\nMet vriendelijke groet,\n", NM(tn), "\n", PH(R, cc)]
        own = ["Kun je deze mail aan mijn ex-verhuurder strenger maken?"]
    elif lang == "es":
        body = ["Estimado/a ", NM(ll), ":\n\nEl pasado ", d_out, " le entregué las llaves del piso de ", old, ". Han pasado más de 30 días y sigo sin recibir la fianza de ", dep,
                ". Las \"reparaciones\" que me indica (", ded, ") corresponden al desgaste normal por el uso.\n\nLe ruego que me la devuelva por transferencia a ", ib,
                ". En caso contrario acudiré a la Junta Arbitral de Consumo.\n\nMi nueva dirección a efectos de notificaciones:\n", new, "\n\nAtentamente,\n", NM(tn), "\nTel. ", PH(R, cc)]
        own = ["¿Cómo lo puedo decir de forma más contundente?"]
    else:  # it
        body = ["Gentile sig./sig.ra ", NM(ll), ",\n\ncon la presente le chiedo la restituzione del deposito cauzionale di ", dep, " versato per l'appartamento di ", old,
                ", da me rilasciato il ", d_out, " come da verbale di riconsegna.\nLe trattenute che mi ha comunicato (", ded, ") non sono giustificate.\n\nLa prego di effettuare il bonifico sull'IBAN ", ib,
                " entro 15 giorni.\n\nIl mio nuovo indirizzo:\n", new, "\n\nDistinti saluti\n", NM(tn), "\ncell. ", PH(R, cc)]
        own = ["Puoi rendere questa lettera più formale?"]
    return "letter", lang, wrap(R, lang, body, own)


SIGN_ROLE = {"en": "Property Manager", "de": "Objektbetreuung", "fr": "Gestionnaire locative", "nl": "Verhuurmakelaar", "it": "Ufficio affitti", "es": "Departamento de alquileres"}


@tpl("agent_thread", 12)
def t_agent(R):
    cc = R.choice(["GB", "US", "IE", "DE", "FR", "NL", "IT", "ES", "AU", "CH"])
    lang = LANG_OF[cc]
    USED.clear()
    USED_FAM.clear()
    tn = new_person(R, cc)
    ag = new_person(R, cc)
    org = AGENCY[cc]
    home = AD(R, cc)
    tmail, amail = EM(R, tn), L("email", fold(ag.given).lower().split(" ")[0] + "." + re.sub(r"[^a-z]", "", fold(ag.family).lower()) + "@" + org[1].split("@")[1])
    aph = PH(R, cc)
    d1 = N(plain_date(R, lang, cc, style="num"), "sent_date")
    if lang == "en":
        issue = R.choice(["the boiler has stopped working again and we've had no hot water since Sunday", "there's black mould coming back in the bathroom ceiling",
                          "the front door lock is sticking and we can barely get in", "the dishwasher leaks onto the kitchen floor"])
        body = ["From: ", NM(tn), " <", tmail, ">\nTo: ", NM(ag), " <", amail, ">\nSubject: Re: Repairs at ", home, "\n\nHi ", NM(ag, "given"), ",\n\nSorry to chase again but ", issue,
                ". Could someone come out this week? Someone is home most mornings, or the contractor can call me on ", PH(R, cc), " to arrange.\n\nThanks,\n", NM(tn, "given"),
                "\n\nOn ", d1, ", ", NM(ag), " <", amail, "> wrote:\n> Hi ", NM(tn, "given"), ",\n> Thanks for letting us know. I've passed this to the landlord and will update you once we have approval.\n> Kind regards,\n> ",
                NM(ag), "\n> ", SIGN_ROLE["en"], " | ", N(org[0], "agency"), "\n> T: ", N(org[2], "service_line"), " | M: ", aph, "\n> ", N(org[1], "role_email")]
        own = ["Help me write a stronger follow-up, this is the third time I've asked.", "What are my rights here? And draft a reply."]
    elif lang == "de":
        body = ["Von: ", NM(tn), " <", tmail, ">\nAn: ", amail, "\nBetreff: AW: Mängelanzeige ", home, "\n\nHallo ", R.choice(["Herr ", "Frau "]) if False else "", NM(ag), ",\n\nleider ist die Heizung im Kinderzimmer immer noch kalt. Der Handwerker war am ",
                N(plain_date(R, lang, cc), "visit_date"), " da, hat aber nur entlüftet. Ich behalte mir eine Mietminderung vor. Für einen neuen Termin erreichen Sie mich unter ", PH(R, cc),
                ".\n\nViele Grüße\n", NM(tn), "\n\n-----Ursprüngliche Nachricht-----\nVon: ", NM(ag), " [mailto:", amail, "]\nGesendet: ", d1, "\n\nSehr geehrte", "r" if tn.sex == "m" else "", " ", "Herr " if tn.sex == "m" else "Frau ", NM(tn, "family"),
                ",\nder Heizungsbauer meldet sich bei Ihnen.\nMit freundlichen Grüßen\n", NM(ag), "\n", SIGN_ROLE["de"], "\n", N(org[0], "agency"), " · Tel. ", N(org[2], "service_line"), " · mobil ", aph]
        own = ["Kannst du meine Antwort an die Hausverwaltung verbessern?"]
    elif lang == "fr":
        body = ["De : ", NM(tn), " <", tmail, ">\nÀ : ", amail, "\nObjet : RE: Fuite salle de bains – ", home, "\n\nBonjour ", NM(ag, "given"),
                ",\n\nLa fuite sous la baignoire a repris et le voisin du dessous s'est plaint. Est-ce que le plombier peut repasser ? Je suis joignable au ", PH(R, cc), ".\n\nBien à vous,\n", NM(tn),
                "\n\nLe ", d1, ", ", NM(ag), " a écrit :\n> Bonjour, je transmets au propriétaire et je reviens vers vous.\n> ", NM(ag), " – ", SIGN_ROLE["fr"], "\n> ", N(org[0], "agency"), " – standard ", N(org[2], "service_line"), " – ligne directe ", aph]
        own = ["Peux-tu rendre ma réponse plus ferme ?"]
    elif lang == "nl":
        body = ["Van: ", NM(tn), " <", tmail, ">\nAan: ", amail, "\nOnderwerp: RE: Lekkage ", home, "\n\nHoi ", NM(ag, "given"), ",\n\nHet lekt nog steeds bij het dakraam. Kan de aannemer deze week langskomen? Bel me gerust op ",
                PH(R, cc), ".\n\nGroet,\n", NM(tn, "given"), "\n\nOp ", d1, " schreef ", NM(ag), " <", amail, ">:\n> Dank voor je melding, ik zet het door naar de eigenaar.\n> ", NM(ag), "\n> ", SIGN_ROLE["nl"], " | ", N(org[0], "agency"), " | ", aph]
        own = ["Kun je deze reactie aan de makelaar wat dwingender maken?"]
    elif lang == "it":
        body = ["Da: ", NM(tn), " <", tmail, ">\nA: ", amail, "\nOggetto: R: Caldaia – ", home, "\n\nBuongiorno ", NM(ag, "given"), ",\n\nla caldaia è di nuovo in blocco. Il tecnico può chiamarmi al ", PH(R, cc),
                " per fissare l'intervento.\n\nGrazie,\n", NM(tn), "\n\nIl giorno ", d1, " ", NM(ag), " <", amail, "> ha scritto:\n> Gentile ", NM(tn, "given"), ", ho inoltrato la segnalazione al proprietario.\n> ", NM(ag), " – ", SIGN_ROLE["it"], " – ", N(org[0], "agency"), " – cell. ", aph]
        own = ["Mi aiuti a sollecitare l'agenzia senza essere scortese?"]
    else:
        body = ["De: ", NM(tn), " <", tmail, ">\nPara: ", amail, "\nAsunto: RE: Persiana rota – ", home, "\n\nHola ", NM(ag, "given"), ",\n\nla persiana del dormitorio sigue sin subir. ¿Puede venir alguien esta semana? Mi móvil: ",
                PH(R, cc), ".\n\nGracias,\n", NM(tn), "\n\nEl ", d1, ", ", NM(ag), " <", amail, "> escribió:\n> Hola, se lo paso al propietario y te digo algo.\n> ", NM(ag), " · ", SIGN_ROLE["es"], " · ", N(org[0], "agency"), " · ", aph]
        own = ["¿Me ayudas a insistir a la inmobiliaria?"]
    return "email", lang, wrap(R, lang, body, own)


@tpl("checkout_report", 26)
def t_checkout(R):
    cc = R.choice(["GB", "DE", "NL", "FR", "IE", "AU"])
    lang = LANG_OF[cc]
    USED.clear()
    USED_FAM.clear()
    tn, clerk = new_person(R, cc), new_person(R, cc)
    home = AD(R, cc)
    m1 = N(nonluhn(R, 11, "1") if cc != "GB" else "S%s" % nonluhn(R, 13), "meter_id")
    m2 = N("%05d,%d" % (R.randint(1000, 60000), R.randint(0, 9)) if lang != "en" else "%05d.%d" % (R.randint(1000, 60000), R.randint(0, 9)), "meter_reading")
    keys = N(str(R.randint(2, 6)), "count")
    fwd = AD(R, cc)
    if lang == "en":
        body = ["CHECK-OUT REPORT\nProperty: ", home, "\nTenant: ", NM(tn), "\nInventory clerk: ", NM(clerk), "\nDate: ", N(plain_date(R, lang, cc), "inspection_date"),
                "\n\n", "\n".join(R.sample(["KITCHEN – oven: heavy grease to door seal, cleaning required (tenant)", "KITCHEN – worktop: two small burn marks left of hob, compare check-in photo %d" % R.randint(3, 40),
                                    "LOUNGE – carpet: fair wear and tear, no action", "LOUNGE – walls: %d x Blu Tack marks" % R.randint(2, 12), "BEDROOM 2 – curtain rail detached (landlord, age-related)",
                                    "BATHROOM – limescale to shower screen, descale (tenant)", "HALL – scuffs to skirting, within fair wear and tear", "GARDEN – lawn overgrown, not maintained (tenant)",
                                    "BEDROOM 1 – mattress stained, protector was supplied at check-in", "WINDOWS – condensation mould to bedroom 2 sill, advise landlord"], R.randint(3, 6))),
                "\n\nMETERS\nElectricity meter ",
                m1, " reading ", m2, "\nKeys returned: ", keys, " (incl. ", N("fob #%d" % R.randint(100, 999), "fob_no"), ")\nForwarding address given by tenant: ", fwd, "\nTenant mobile: ", PH(R, cc)]
        own = ["Which of these would a deposit scheme actually let them charge me for?", "Summarise what they're blaming me for."]
    elif lang == "de":
        body = ["WOHNUNGSÜBERGABEPROTOKOLL (Auszug)\nObjekt: ", home, "\nMieter: ", NM(tn), "\nFür den Vermieter: ", NM(clerk), "\nTermin: ", N(plain_date(R, lang, cc), "inspection_date"),
                "\n\nRaum | Zustand | Bemerkung\n", "\n".join(R.sample(["Flur | gut | Dübellöcher (%d) verschlossen" % R.randint(2, 9), "Bad | Mängel | Silikonfuge Dusche verschimmelt", "Küche | gut | Einbauküche vollständig",
                                                         "Kinderzimmer | Mängel | Tapete bemalt (ca. 1 m²)", "Wohnzimmer | gut | Parkett mit leichten Gebrauchsspuren", "Balkon | Mängel | Blumenkasten-Halterung fehlt",
                                                         "Schlafzimmer | gut | frisch gestrichen", "Keller | gut | geräumt, besenrein"], R.randint(3, 5))), "\n\nZählerstände:\nStrom Zähler-Nr. ",
                m1, ": ", m2, " kWh\nWasser kalt Zähler-Nr. ", N(nonluhn(R, 8), "meter_id"), ": ", N("%d,%03d m³" % (R.randint(10, 400), R.randint(0, 999)), "meter_reading"),
                "\nSchlüssel zurück: ", keys, "\nNeue Anschrift des Mieters: ", fwd, "\nTel.: ", PH(R, cc)]
        own = ["Muss ich für die Mängel hier wirklich zahlen?"]
    elif lang == "nl":
        body = ["EINDINSPECTIE / OPLEVERRAPPORT\nAdres: ", home, "\nHuurder: ", NM(tn), "\nInspecteur: ", NM(clerk), "\nDatum: ", N(plain_date(R, lang, cc), "inspection_date"),
                "\n\n- Woonkamer: vloer licht beschadigd (normale slijtage)\n- Keuken: afzuigkap vet, reinigen\n- Badkamer: kitten vervangen\n\nMeterstanden: elektra ", m1, " stand ", m2, "\nSleutels ingeleverd: ", keys,
                "\nNieuw adres huurder: ", fwd, "\nTelefoon: ", PH(R, cc)]
        own = None
    else:
        body = ["ÉTAT DES LIEUX DE SORTIE\nLogement : ", home, "\nLocataire : ", NM(tn), "\nRéalisé par : ", NM(clerk), "\nLe : ", N(plain_date(R, lang, cc), "inspection_date"),
                "\n\nSéjour : sol bon état, murs traces de chevilles (6)\nCuisine : plaques à nettoyer\nChambre 1 : moquette tachée\n\nCompteur électrique (PDL ", N(nonluhn(R, 14, "1"), "meter_id"), ") : index ", m2,
                "\nClés restituées : ", keys, "\nNouvelle adresse du locataire : ", fwd, "\nTél. : ", PH(R, cc)]
        own = ["Le propriétaire peut-il retenir quelque chose sur la caution avec ça ?"]
    return "report", lang, wrap(R, lang, body, own)


TRADES = {
    "en": ["plumber", "electrician", "roofer", "locksmith", "boiler engineer"],
    "de": ["Sanitär", "Elektro", "Dachdecker", "Schlüsseldienst", "Heizungsbau"],
    "fr": ["plombier", "électricien", "couvreur", "serrurier", "chauffagiste"],
    "es": ["fontanero", "electricista", "cerrajero", "albañil"],
    "it": ["idraulico", "elettricista", "fabbro", "imbianchino"],
    "nl": ["loodgieter", "elektricien", "dakdekker", "slotenmaker"],
    "pl": ["hydraulik", "elektryk", "dekarz"],
    "sv": ["rörmokare", "elektriker", "låssmed"],
}


@tpl("repair_quote", 22)
def t_repair(R):
    cc = R.choice(["GB", "US", "DE", "FR", "ES", "IT", "NL", "PL", "SE", "AU", "CA"])
    lang = LANG_OF[cc]
    USED.clear()
    USED_FAM.clear()
    owner, tr = new_person(R, cc), new_person(R, cc)
    home = AD(R, cc)
    trm = PH(R, cc)
    trade = R.choice(TRADES[lang])
    q = N("Q-%d-%04d" % (2026, R.randint(1, 9999)), "quote_no")
    tot = money(R, cc, 180, 4200, 10) if cc not in ("PL", "SE") else money(R, cc, 900, 25000, 50)
    code = SEC(R, "door_code")
    card = CARD(R) if R.random() < 0.2 else None
    if lang == "en":
        body = ["QUOTE ", q, "\n", NM(tr), " – ", trade.title(), " Services\nMob: ", trm, " | ", EM(R, tr), "\n\nFor: ", NM(owner), "\nSite: ", home, "\n\n1. Replace ",
                R.choice(["failed diverter valve", "consumer unit (18th ed.)", "cracked ridge tiles x6", "euro cylinder front door", "leaking trap + waste"]), " ... ", tot,
                "\n2. Labour incl. callout\n\nPrices valid 30 days. Payment on completion.\n\n--- my note to the tradesman ---\nHi ", NM(tr, "given"),
                ", that's fine, go ahead. We're away Thursday – key safe by the side gate, code ", code, ". Please text ", PH(R, cc), " when done."]
        if card:
            body += [" Happy to pay the deposit by card now: ", card, " exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"), "."]
        own = ["Is this quote reasonable? And check my reply.", "Can you tidy up my reply to the tradesman?"]
    elif lang == "de":
        body = ["ANGEBOT Nr. ", q, "\n", NM(tr), " ", trade, "meisterbetrieb\nMobil ", trm, "\n\nKunde: ", NM(owner), "\nBaustelle: ", home, "\n\nPos. 1 Austausch ",
                R.choice(["Mischbatterie Küche", "Sicherungskasten", "Dachrinne 8 lfm", "Schließzylinder Haustür"]), "\nPos. 2 Arbeitszeit 3 Std.\nGesamt brutto: ", tot,
                "\n\n--- meine Antwort ---\nHallo Herr " if tr.sex == "m" else "\n\n--- meine Antwort ---\nHallo Frau ", NM(tr, "family"), ", passt, bitte beauftragen. Wir sind Donnerstag nicht da, der Schlüsseltresor am Gartentor hat den Code ", code,
                ". Bei Fragen: ", PH(R, cc), ".\nGruß ", NM(owner)]
        if card:
            body += ["\nAnzahlung per Karte geht auch: ", card]
        own = ["Ist das Angebot fair? Und ist meine Antwort okay so?"]
    elif lang == "fr":
        body = ["DEVIS ", q, "\n", NM(tr), " – ", trade, "\nPortable : ", trm, "\n\nClient : ", NM(owner), "\nAdresse du chantier : ", home, "\n\n- Remplacement ",
                R.choice(["chauffe-eau 200 L", "tableau électrique", "serrure 3 points", "gouttière zinc"]), "\n- Main-d'œuvre\nTotal TTC : ", tot,
                "\n\n--- ma réponse ---\nBonjour ", NM(tr, "given"), ", c'est d'accord. Le digicode de l'immeuble est ", code, ", appelez-moi au ", PH(R, cc), " en arrivant."]
        own = ["Ce devis te paraît correct ?"]
    elif lang == "es":
        body = ["PRESUPUESTO ", q, "\n", NM(tr), " – ", trade, "\nMóvil: ", trm, "\n\nCliente: ", NM(owner), "\nDirección: ", home, "\n\n- Cambio de ",
                R.choice(["termo eléctrico", "bombín de la puerta", "bajante", "grifo de cocina"]), "\n- Mano de obra\nTotal (IVA incl.): ", tot,
                "\n\n--- mi respuesta ---\nHola ", NM(tr, "given"), ", adelante. El código del portal es ", code, ". Cualquier cosa me llamas al ", PH(R, cc), "."]
        own = ["¿Es razonable este presupuesto?"]
    elif lang == "it":
        body = ["PREVENTIVO ", q, "\n", NM(tr), " – ", trade, "\nCell. ", trm, "\n\nCliente: ", NM(owner), "\nIndirizzo intervento: ", home, "\n\n- Sostituzione ",
                R.choice(["caldaia a condensazione", "miscelatore bagno", "serratura blindata"]), "\n- Manodopera\nTotale IVA inclusa: ", tot,
                "\n\n--- la mia risposta ---\nBuongiorno ", NM(tr, "given"), ", va bene. Il codice del cancello è ", code, ", per qualsiasi cosa il mio numero è ", PH(R, cc), "."]
        own = ["Il preventivo ti sembra onesto?"]
    elif lang == "nl":
        body = ["OFFERTE ", q, "\n", NM(tr), " – ", trade, "\nMobiel: ", trm, "\n\nKlant: ", NM(owner), "\nAdres: ", home, "\n\n- Vervangen ",
                R.choice(["cv-ketel", "kraan keuken", "cilinderslot"]), "\n- Arbeid\nTotaal incl. btw: ", tot, "\n\n--- mijn antwoord ---\nHoi ", NM(tr, "given"), ", akkoord. Sleutelkluisje naast de voordeur, code ", code, ". Bel ", PH(R, cc), " als je er bent."]
        own = ["Is deze offerte redelijk?"]
    elif lang == "pl":
        body = ["WYCENA ", q, "\n", NM(tr), " – ", trade, "\ntel. ", trm, "\n\nZleceniodawca: ", NM(owner), "\nAdres: ", home, "\n\n- Wymiana ",
                R.choice(["baterii", "gniazdek (6 szt.)", "rynny"]), "\n- Robocizna\nRazem brutto: ", tot, "\n\n--- moja odpowiedź ---\nDzień dobry, zgoda. Kod do domofonu: ", code, ". W razie czego proszę dzwonić ", PH(R, cc), "."]
        own = None
    else:
        body = ["OFFERT ", q, "\n", NM(tr), " – ", trade, "\nMobil: ", trm, "\n\nKund: ", NM(owner), "\nAdress: ", home, "\n\n- Byte av ",
                R.choice(["blandare", "elcentral", "cylinder"]), "\n- Arbete\nTotalt inkl. moms: ", tot, " (före ROT-avdrag)\n\n--- mitt svar ---\nHej ", NM(tr, "given"), "! Kör. Portkoden är ", code, ", ring ", PH(R, cc), " om något."]
        own = None
    return "quote", lang, wrap(R, lang, body, own)


@tpl("hoa_minutes", 18)
def t_hoa(R):
    cc = R.choice(["DE", "FR", "ES", "IT", "US", "PL", "AT", "PT", "GR"])
    lang = LANG_OF[cc]
    USED.clear()
    USED_FAM.clear()
    n = R.randint(3, 4)
    owners = [new_person(R, cc) for _ in range(n)]
    adm = new_person(R, cc)
    bld = AD(R, cc)
    units = R.sample(range(1, 24), n)
    comm_iban = IB(R, cc if cc not in ("US", "GR") else "DE", holder="org") if cc not in ("US", "GR") else None
    d = N(plain_date(R, lang, cc), "meeting_date")
    if cc in ("DE", "AT"):
        rows = sum([["Whg. %d | " % u, NM(o, "comma"), " | ", N("%d/1000" % R.randint(40, 160), "share"), " | ", R.choice(["anwesend", "Vollmacht", "abwesend"]), "\n"] for u, o in zip(units, owners)], [])
        body = ["Niederschrift der ordentlichen Eigentümerversammlung der WEG ", bld, "\nam ", d, ", 18:30 Uhr, Gemeindesaal\nVersammlungsleitung: ", NM(adm), " (Verwaltung, Tel. ", PH(R, cc, kind="fixed" if cc == "DE" else None), ")\n\nAnwesenheitsliste:\nEinheit | Eigentümer | MEA | Status\n",
                *rows, "\nTOP 3 Beschluss über die Jahresabrechnung ", N("2025", "year"), ": angenommen (", N("%d Ja / %d Nein / %d Enth." % (R.randint(400, 700), R.randint(0, 150), R.randint(0, 80)), "vote_count"),
                ")\nTOP 5 Sonderumlage Dachsanierung ", money(R, cc, 18000, 90000, 500), ", fällig zum ", N(plain_date(R, lang, cc), "due_date"), ", zahlbar auf das WEG-Konto ", comm_iban,
                "\nTOP 7 Verschiedenes: ", NM(owners[0], "family"), " beantragt Genehmigung einer Wallbox (Stellplatz ", N("TG-%02d" % R.randint(1, 40), "parking_no"), ")."]
        own = ["Fass mir das Protokoll kurz zusammen, was muss ich zahlen?", "Prüf bitte, ob die Beschlüsse so korrekt protokolliert sind."]
    elif cc == "FR":
        rows = sum([["Lot n° %d – " % u, NM(o), " – ", N("%d/10000e" % R.randint(180, 900), "share"), " – ", R.choice(["présent", "représenté", "absent"]), "\n"] for u, o in zip(units, owners)], [])
        body = ["PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE\nSyndicat des copropriétaires de l'immeuble ", bld, "\nRéunie le ", d, "\nSyndic : ", N("Cabinet Roussillon Gestion", "syndic"), ", représenté par ", NM(adm),
                " (", PH(R, cc), ")\n\nFeuille de présence :\n", *rows, "\nRésolution n° 6 : ravalement de façade, budget ", money(R, cc, 40000, 160000, 1000), " – adoptée à la majorité de l'article 25.\nAppels de fonds à verser sur le compte séparé du syndicat : ",
                comm_iban, "\nQuestions diverses : ", NM(owners[1], "family"), " signale des nuisances sonores au 3e étage."]
        own = ["Tu peux me résumer ce PV d'AG ?"]
    elif cc == "ES":
        rows = sum([["%dº %s – " % (R.randint(1, 6), R.choice("ABCD")), NM(o), " – coef. ", N("%d,%02d %%" % (R.randint(2, 9), R.randint(0, 99)), "share"), "\n"] for o in owners], [])
        body = ["ACTA DE LA JUNTA GENERAL ORDINARIA\nComunidad de Propietarios ", bld, "\nFecha: ", d, "\nPresidente/a: ", NM(owners[0]), "\nAdministrador/a de fincas: ", NM(adm), " (col. n.º ", N(str(R.randint(100, 4999)), "licence_no"),
                "), tel. ", PH(R, cc), "\n\nAsistentes (presentes o representados):\n", *rows, "\n3.º Aprobación de la derrama para la instalación del ascensor: ", money(R, cc, 1500, 6000, 50),
                " por vivienda, a ingresar en la cuenta de la comunidad ", comm_iban, ".\n4.º Morosos: se requiere a ", NM(owners[-1]), " el pago de ", money(R, cc, 200, 1800, 10), "."]
        own = ["¿Me explicas qué se aprobó y cuánto me toca pagar?"]
    elif cc == "IT":
        rows = sum([["Int. %d – " % u, NM(o), " – ", N("%d,%02d millesimi" % (R.randint(20, 120), R.randint(0, 99)), "share"), "\n"] for u, o in zip(units, owners)], [])
        body = ["VERBALE DI ASSEMBLEA CONDOMINIALE\nCondominio di ", bld, "\nIn data ", d, " si è riunita l'assemblea. Amministratore: ", NM(adm), ", tel. ", PH(R, cc),
                "\n\nPresenti:\n", *rows, "\nPunto 2: rifacimento tetto, spesa ", money(R, cc, 30000, 140000, 1000), ", approvato. Le quote vanno versate sul c/c condominiale IBAN ", comm_iban,
                "\nPunto 4: il condomino ", NM(owners[1]), " lamenta infiltrazioni nel box ", N("n. %d" % R.randint(1, 30), "box_no"), "."]
        own = ["Puoi riassumermi il verbale?"]
    elif cc == "PL":
        rows = sum([["lok. %d – " % u, NM(o), " – udział ", N("%d/1000" % R.randint(20, 90), "share"), "\n"] for u, o in zip(units, owners)], [])
        body = ["PROTOKÓŁ z zebrania Wspólnoty Mieszkaniowej ", bld, "\nz dnia ", d, "\nZarządca: ", NM(adm), ", tel. ", PH(R, cc), "\n\nLista obecności:\n", *rows,
                "\nUchwała nr 4/", N("2026", "year"), " w sprawie remontu klatki schodowej – przyjęta. Zaliczki na fundusz remontowy wpłacać na rachunek ", comm_iban, "."]
        own = ["Streść mi ten protokół."]
    elif cc == "PT":
        rows = sum([["Fração %s – " % R.choice("ABCDEFGHIJ"), NM(o), " – permilagem ", N("%d‰" % R.randint(40, 120), "share"), "\n"] for o in owners], [])
        body = ["ATA N.º ", N(str(R.randint(20, 90)), "minutes_no"), "\nAssembleia de Condóminos do prédio ", bld, "\nData: ", d, "\nAdministração: ", NM(adm), ", telemóvel ", PH(R, cc), "\n\nPresenças:\n", *rows,
                "\nPonto 2: Quota extra para pintura da fachada, ", money(R, cc, 200, 1200, 10), " por fração, a transferir para o IBAN do condomínio ", comm_iban, "."]
        own = ["Podes resumir esta ata?"]
    elif cc == "GR":
        rows = sum([["Διαμ. %s%d – " % (R.choice("ΑΒΓΔ"), R.randint(1, 6)), NM(o), " – ", N("%d‰" % R.randint(40, 140), "share"), "\n"] for o in owners], [])
        body = ["ΠΡΑΚΤΙΚΟ ΓΕΝΙΚΗΣ ΣΥΝΕΛΕΥΣΗΣ ΣΥΝΙΔΙΟΚΤΗΤΩΝ\nΠολυκατοικία: ", bld, "\nΗμερομηνία: ", d, "\nΔιαχειριστής: ", NM(adm), ", τηλ. ", PH(R, cc),
                "\n\nΠαρόντες:\n", *rows, "\nΘέμα 1: Επισκευή ανελκυστήρα, κόστος ", money(R, cc, 3000, 12000, 100), ". Εγκρίθηκε.\nΘέμα 2: Κοινόχρηστα θέρμανσης."]
        own = ["Μου το συνοψίζεις;"]
    else:
        rows = sum([["Lot %d – " % u, NM(o), " – ", R.choice(["present", "proxy", "absent"]), "\n"] for u, o in zip(units, owners)], [])
        body = [N("Maple Hollow Homeowners Association", "hoa_name"), "\nMinutes of the Annual Meeting – ", d, "\nCommunity: ", bld, "\nManaging agent: ", NM(adm), ", ", PH(R, cc), "\n\nRoll call:\n", *rows,
                "\nMotion: raise monthly dues to ", money(R, cc, 180, 420, 5), " – carried 5-2.\nViolation notice: ", NM(owners[1]), " (", N("Lot %d" % units[1], "lot_no"),
                "), trash cans visible from street, second notice.\nNext meeting ", N(plain_date(R, lang, cc), "meeting_date"), "."]
        own = ["Can you summarise these HOA minutes for our neighbours' group?"]
    return "minutes", lang, wrap(R, lang, body, own)


@tpl("neighbour_complaint", 38)
def t_neighbour(R):
    cc = R.choice(["GB", "US", "DE", "FR", "ES", "IT", "NL", "RU", "GR", "TR", "JP", "PL", "SE", "CN", "KR", "IN"])
    lang = LANG_OF[cc]
    USED.clear()
    USED_FAM.clear()
    me, nb = new_person(R, cc), new_person(R, cc)
    home = AD(R, cc)
    t = N(R.choice(["23:40", "00:15", "01:30", "02:05", "6:10"]), "time")
    if lang == "zh":
        body = ["致", NM(nb), "：\n\n您好，我是楼下的住户", NM(me), "（", home, "）。最近几周晚上经常有很大的声音，昨天一直到", t,
                "。孩子第二天要上学，实在睡不着。希望我们能当面沟通一下，我的手机是", PH(R, cc), "。\n\n谢谢！"]
        own = ["帮我把这段话改得委婉一点。"]
    elif lang == "ko":
        body = [NM(nb), "님께\n\n안녕하세요, 아래층에 사는 ", NM(me), "입니다 (", home, "). 최근 밤늦게까지 발소리와 음악 소리가 들려서요, 어제는 ", t,
                "까지 이어졌습니다. 아이가 잠을 못 자서 한번 이야기 나누고 싶어요. 연락처: ", PH(R, cc), "\n\n감사합니다."]
        own = ["층간소음 쪽지 좀 더 부드럽게 고쳐 줘."]
    elif lang in ("en", "in"):
        body = ["Dear ", NM(nb), ",\n\nI live in the flat below yours at ", home, ". For the past few weeks there has been loud music and banging most nights, last night until ", t,
                ". My daughter has exams and we're not sleeping. I'd rather sort this out between us than go to the council, so could we have a chat? My number is ", PH(R, cc), ".\n\nThanks,\n", NM(me)]
        own = ["Make this noise complaint friendlier but clear.", "Is this too passive-aggressive?"]
    elif lang == "de":
        body = ["Lärmprotokoll (für die Hausverwaltung)\nBeschwerdeführer: ", NM(me), ", ", home, ", Tel. ", PH(R, cc), "\nVerursacher: ", NM(nb), ", Wohnung darüber\n\n",
                N(plain_date(R, lang, cc), "log_date"), " 22:10–", t, " laute Musik, Bass\n", N(plain_date(R, lang, cc), "log_date"), " 21:30–23:00 Möbelrücken, Trampeln\n",
                N(plain_date(R, lang, cc), "log_date"), " 06:00 Bohren (Sonntag!)\n\nGespräch mit ", "Herrn " if nb.sex == "m" else "Frau ", NM(nb, "family"), " am Briefkasten ergebnislos."]
        own = ["Mach daraus bitte ein sachliches Schreiben an die Hausverwaltung."]
    elif lang == "fr":
        body = ["Bonjour ", NM(nb), ",\n\nJe suis votre voisin", "e" if me.sex == "f" else "", " du dessous (", home, "). Depuis quelques semaines, il y a du bruit tard le soir, hier jusqu'à ", t,
                ". Pourriez-vous faire attention après 22 h ? Je préfère en parler directement avant de saisir le syndic. Mon numéro : ", PH(R, cc), ".\n\nMerci,\n", NM(me)]
        own = ["Tu peux rendre ce mot pour ma voisine plus aimable ?"]
    elif lang == "es":
        body = ["Hola, ", NM(nb), ":\n\nSoy ", NM(me), ", del piso de abajo (", home, "). Los ladridos del perro cuando no estáis en casa se oyen todo el día y anoche hubo música hasta las ", t,
                ". ¿Podemos hablarlo? Mi móvil es ", PH(R, cc), ".\n\nGracias"]
        own = ["¿Me ayudas a decirle esto a mi vecina sin que se ofenda?"]
    elif lang == "it":
        body = ["Gentile ", NM(nb), ",\n\nabito sotto di lei in ", home, ". Da settimane sentiamo rumori forti dopo le 23 (ieri fino alle ", t, ") e la bambina non dorme. Preferirei parlarne di persona prima di rivolgermi all'amministratore: il mio cellulare è ",
                PH(R, cc), ".\n\nCordialmente,\n", NM(me)]
        own = ["Puoi renderlo più gentile?"]
    elif lang == "nl":
        body = ["Beste ", NM(nb), ",\n\nWij wonen onder jullie op ", home, ". De laatste tijd is er vaak geluidsoverlast tot laat (gisteren tot ", t, "). Zullen we even praten? Je kunt me appen op ", PH(R, cc), ".\n\nGroetjes,\n", NM(me)]
        own = ["Is dit briefje niet te bot?"]
    elif lang == "ru":
        body = ["Жалоба в управляющую компанию\nот ", NM(me), ", проживающей по адресу: ", home, ", тел. ", PH(R, cc), "\n\nПрошу принять меры в отношении соседа ", NM(nb), " из квартиры сверху: ремонт с перфоратором ведётся после 22:00, вчера до ",
                t, ". Устные просьбы не помогают."]
        own = ["Помоги сделать эту жалобу официальнее."]
    elif lang == "el":
        body = ["Αγαπητέ/ή ", NM(nb), ",\n\nμένω στο διαμέρισμα από κάτω (", home, "). Τις τελευταίες εβδομάδες ακούγεται δυνατή μουσική αργά το βράδυ, χθες μέχρι τις ", t,
                ". Θα ήθελα να το συζητήσουμε. Το κινητό μου είναι ", PH(R, cc), ".\n\nΕυχαριστώ,\n", NM(me)]
        own = ["Μπορείς να το κάνεις πιο ευγενικό;"]
    elif lang == "tr":
        body = ["Sayın ", NM(nb), ",\n\nAlt kattaki komşunuzum (", home, "). Son haftalarda gece geç saatlere kadar yüksek ses geliyor, dün saat ", t,
                "'e kadar sürdü. Yönetime gitmeden önce konuşmak isterim. Telefonum: ", PH(R, cc), "\n\nSaygılarımla,\n", NM(me)]
        own = ["Bunu daha kibar yazabilir misin?"]
    elif lang == "ja":
        body = [NM(nb), "様\n\n下の階に住んでいる", NM(me), "です（", home, "）。最近、夜遅くまで足音や音楽が響いており、昨夜も", t,
                "頃まで続いていました。子どもが眠れず困っています。一度お話しできればと思います。連絡先：", PH(R, cc), "\n\nよろしくお願いいたします。"]
        own = ["角が立たないように直してもらえますか？"]
    elif lang == "pl":
        body = ["Szanowny Panie / Szanowna Pani ", NM(nb), ",\n\nmieszkam piętro niżej (", home, "). Od kilku tygodni hałas trwa do późna, wczoraj do ", t, ". Proszę o kontakt: ", PH(R, cc), ".\n\nZ poważaniem\n", NM(me)]
        own = None
    else:
        body = ["Hej ", NM(nb), "!\n\nVi bor under er på ", home, ". Det har varit mycket ljud sent på kvällarna, i går till ", t, ". Kan vi prata om det? Ring eller sms:a ", PH(R, cc), ".\n\nHälsningar\n", NM(me)]
        own = None
    return "letter", lang, wrap(R, lang, body, own)


UTIL = {
    "DE": ("Stadtwerke Elbtal", "Vertragskonto", "Zählernummer", "Marktlokations-ID"),
    "FR": ("EDF", "Référence client", "N° de compteur Linky", "PDL"),
    "ES": ("Iberdrola Clientes", "Nº de contrato", "Nº de contador", "CUPS"),
    "IT": ("Enel Energia", "Codice cliente", "Matricola contatore", "POD"),
    "NL": ("Vattenfall", "Klantnummer", "Meternummer", "EAN-code"),
    "GB": ("Octopus Energy", "Account number", "Meter serial", "MPAN"),
    "PL": ("PGE Obrót", "Numer klienta", "Numer licznika", "PPE"),
    "PT": ("EDP Comercial", "N.º de cliente", "N.º contador", "CPE"),
    "BE": ("Engie", "Klantnummer", "Meternummer", "EAN"),
}


def supply_point(R, cc):
    while True:
        s = _supply_point(R, cc)
        runs = [re.sub(r"\D", "", x) for x in re.findall(r"\d+(?:[ ]\d+)*", s)] + re.findall(r"\d+", s)
        if not any(13 <= len(x) <= 19 and luhn_ok(x) for x in runs):
            return s


def _supply_point(R, cc):
    if cc == "ES":
        return "ES0021%s%s0F" % (nonluhn(R, 12), "".join(R.choice("ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(2)))
    if cc == "IT":
        return "IT001E%s" % nonluhn(R, 8)
    if cc == "FR":
        return nonluhn(R, 14, "2")
    if cc == "DE":
        return nonluhn(R, 11, "5")
    if cc in ("NL", "BE"):
        return "8716%s" % nonluhn(R, 14, "9")
    if cc == "PT":
        return "PT0002%s%sDE" % (nonluhn(R, 10), R.choice(["GH", "JK", "MW"]))
    if cc == "PL":
        return "590%s" % nonluhn(R, 15, "2")
    return "%s %s %s" % (nonluhn(R, 2), nonluhn(R, 4), nonluhn(R, 7))


@tpl("utility_contract", 24)
def t_utility(R):
    cc = R.choice(list(UTIL))
    lang = LANG_OF[cc]
    USED.clear()
    USED_FAM.clear()
    me = new_person(R, cc)
    d = dob_for(R, "adult")
    u = UTIL[cc]
    home = AD(R, cc)
    ib = IB(R, cc)
    labels = {
        "de": ("Auftragsbestätigung Stromliefervertrag", "Kunde", "Geburtsdatum", "Lieferanschrift", "Zahlungsweise: SEPA-Lastschrift von IBAN", "Abschlag", "Lieferbeginn", "Zählerstand bei Einzug", "Telefon", "E-Mail"),
        "fr": ("Confirmation de souscription – électricité", "Titulaire", "Date de naissance", "Adresse de consommation", "Prélèvement SEPA – IBAN", "Mensualité", "Date de mise en service", "Index relevé", "Téléphone", "E-mail"),
        "es": ("Condiciones particulares del contrato de luz", "Titular", "Fecha de nacimiento", "Dirección de suministro", "Domiciliación bancaria – IBAN", "Cuota estimada", "Fecha de alta", "Lectura inicial", "Teléfono", "Email"),
        "it": ("Riepilogo contratto luce", "Intestatario", "Data di nascita", "Indirizzo di fornitura", "Addebito diretto SEPA su IBAN", "Rata stimata", "Data attivazione", "Lettura iniziale", "Cellulare", "Email"),
        "nl": ("Bevestiging energiecontract", "Naam", "Geboortedatum", "Leveringsadres", "Automatische incasso van IBAN", "Termijnbedrag", "Startdatum", "Beginstand", "Telefoon", "E-mail"),
        "en": ("Your new energy tariff – welcome pack", "Account holder", "Date of birth", "Supply address", "Direct Debit from", "Monthly payment", "Supply start date", "Opening meter reading", "Phone", "Email"),
        "pl": ("Potwierdzenie zawarcia umowy kompleksowej", "Odbiorca", "Data urodzenia", "Adres punktu poboru", "Polecenie zapłaty z rachunku", "Prognoza", "Data rozpoczęcia", "Stan licznika", "Telefon", "E-mail"),
        "pt": ("Confirmação de adesão – eletricidade", "Titular", "Data de nascimento", "Local de consumo", "Débito direto SEPA – IBAN", "Prestação mensal", "Início do fornecimento", "Leitura inicial", "Telemóvel", "Email"),
    }[lang]
    extra = []
    if cc == "ES":
        extra = ["DNI/NIE: ", GID(R, R.choice(["dni", "nie"])), "\n"]
    elif cc == "IT":
        extra = ["Codice fiscale: ", L("gov_id", codice_fiscale(R, me, d), sub="cf"), "\n"]
    elif cc == "PT":
        extra = ["NIF: ", GID(R, "nif"), "\n"]
    elif cc == "PL":
        extra = ["PESEL: ", L("gov_id", pesel(R, d, me.sex), sub="pesel"), "\n"]
    elif cc == "BE":
        extra = ["Rijksregisternummer: ", GID(R, "rrn", me, d), "\n"]
    body = [N(u[0], "utility"), " – ", labels[0], "\n\n", u[1], ": ", N(nonluhn(R, 10, "3"), "customer_no"), "\n", labels[1], ": ", NM(me), "\n", labels[2], ": ", DOB(R, d, lang, cc), "\n", *extra,
            labels[3], ": ", home, "\n", u[2], ": ", N(nonluhn(R, 10, "1") if cc != "GB" else "%02dP%s" % (R.randint(10, 24), nonluhn(R, 7)), "meter_id"), "\n", u[3], ": ", N(supply_point(R, cc), "supply_point"),
            "\n", labels[7], ": ", N("%d kWh" % R.randint(100, 60000), "meter_reading"), "\n", labels[5], ": ", money(R, cc, 45, 190, 1), "\n", labels[6], ": ", N(plain_date(R, lang, cc), "start_date"),
            "\n", labels[4], " ", ib, "\n", labels[8], ": ", PH(R, cc), "\n", labels[9], ": ", EM(R, me)]
    if R.random() < 0.3:
        body += ["\n\n", {"de": "Internet-Zugangsdaten (Router): ", "fr": "Mot de passe Wi-Fi de la box : ", "es": "Clave Wi-Fi del router: ", "it": "Password Wi-Fi del modem: ",
                          "nl": "Wifi-wachtwoord modem: ", "en": "Broadband Wi-Fi key: ", "pl": "Hasło Wi-Fi: ", "pt": "Password Wi-Fi da box: "}[lang], SEC(R, "wifi_psk")]
    own = {"de": ["Stimmt das alles mit meiner Bestellung überein?"], "en": ["Can you check if anything looks wrong in this?"], "fr": ["Est-ce que tout est correct ?"]}.get(lang)
    return "contract", lang, wrap(R, lang, body, own)


@tpl("property_tax_letter", 36)
def t_ptax(R):
    cc = R.choice(["GB", "FR", "ES", "IT", "US", "DE", "NL"])
    lang = LANG_OF[cc]
    USED.clear()
    USED_FAM.clear()
    me = new_person(R, cc)
    home = AD(R, cc, nl=True)
    if cc == "GB":
        body = [N("Leeds City Council – Council Tax", "authority"), "\n", N("PO Box 1, Leeds LS1 1UR", "authority_address"), "\n\n", NM(me), "\n", home, "\n\nAccount reference: ", N(nonluhn(R, 9, "6"), "account_ref"),
                "\nProperty reference: ", N(nonluhn(R, 12, "7"), "property_ref"), "\nBand: ", N(R.choice("ABCDE"), "band"), "\n\nDear ", R.choice(["Mr", "Ms"]), " ", NM(me, "family"),
                ",\n\nCOUNCIL TAX BILL 2026/27\nAnnual charge ", money(R, cc, 1400, 2600, 1), ", less single person discount 25%. Instalments of ", money(R, cc, 90, 240, 1), " on the 1st of each month from ",
                N(plain_date(R, lang, cc), "due_date"), ".\n\nPhone ", N("0113 222 4404", "service_line"), " quoting your account reference."]
        own = ["I've just moved in, is this bill right? They charged from the wrong date."]
    elif cc == "FR":
        body = [N("DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES", "authority"), "\nAVIS D'IMPÔT 2026 – TAXES FONCIÈRES\n\n", NM(me, "caps") if False else L("person", me.family.upper() + " " + me.given, sub="fr"), "\n", home,
                "\n\nNuméro fiscal : ", N(nonluhn(R, 13, "3"), "tax_no"), "\nRéférence de l'avis : ", N("26 %02d %s %s %02d" % (R.randint(10, 95), nonluhn(R, 7), nonluhn(R, 3), R.randint(10, 99)), "notice_ref"),
                "\nIdentifiant fiscal du local : ", N(nonluhn(R, 10), "property_ref"), "\nSection/plan : ", N("%s %04d" % ("".join(R.choice("ABCDEK") for _ in range(2)), R.randint(1, 999)), "cadastral_ref"),
                "\n\nMontant à payer : ", money(R, cc, 600, 2400, 1), "\nDate limite de paiement : ", N(plain_date(R, lang, cc), "due_date")]
        own = ["Pourquoi la taxe foncière a autant augmenté ? Explique-moi cet avis."]
    elif cc == "ES":
        body = [N("Ayuntamiento – Impuesto sobre Bienes Inmuebles", "authority"), "\n\nSujeto pasivo: ", NM(me), "\nNIF: ", GID(R, "dni"), "\nDomicilio fiscal: ", home,
                "\nReferencia catastral: ", N("%07d%s%04d%s%04d%s" % (R.randint(1000000, 9999999), "VH", R.randint(1000, 9999), "S", R.randint(1, 9999), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2))), "cadastral_ref"),
                "\nValor catastral: ", money(R, cc, 40000, 180000, 1), "\nCuota íntegra: ", money(R, cc, 250, 900, 1), "\nCargo en cuenta el ", N(plain_date(R, lang, cc), "due_date"), ": ", IB(R, "ES")]
        own = ["¿Por qué me cobran el IBI si vendí el piso en marzo?"]
    elif cc == "IT":
        d = dob_for(R, "adult")
        body = ["Comune di Bologna – Settore Entrate\nAvviso di accertamento IMU anno ", N("2024", "year"), "\n\nContribuente: ", NM(me), "\nCodice fiscale: ", L("gov_id", codice_fiscale(R, me, d), sub="cf"),
                "\nResidenza: ", home, "\n\nImmobile: ", N("foglio %d, particella %d, sub. %d, cat. A/%d, rendita € %d,%02d" % (R.randint(1, 200), R.randint(1, 999), R.randint(1, 40), R.choice([2, 3, 7]), R.randint(300, 1400), R.randint(0, 99)), "cadastral_ref"),
                "\nImposta dovuta ", money(R, cc, 200, 1600, 1), " + sanzioni e interessi.\nTermine per il ricorso: 60 giorni."]
        own = ["Ma l'IMU sulla prima casa non è esente? Spiegami questo avviso."]
    elif cc == "US":
        body = [N("Franklin County Treasurer", "authority"), "\n2026 REAL ESTATE TAX BILL – FIRST HALF\n\nOwner: ", L("person", me.family.upper() + " " + me.given.upper(), sub="us"), "\nMailing address: ", home,
                "\nParcel ID: ", N("%03d-%06d-00" % (R.randint(10, 600), R.randint(1, 999999)), "parcel_id"), "\nMarket value ", money(R, cc, 180000, 640000, 100), "\nOwner-occupancy credit applied\nAmount due ", money(R, cc, 1500, 6800, 1),
                " by ", N(plain_date(R, lang, cc), "due_date")]
        own = ["Why did my property tax go up this much? Explain the bill."]
    elif cc == "DE":
        body = [N("Stadt Osnabrück – Fachbereich Steuern", "authority"), "\n\n", NM(me), "\n", home, "\n\nGrundsteuerbescheid ", N("2026", "year"), "\nKassenzeichen: ", N(nonluhn(R, 12, "4"), "cash_ref"),
                "\nSteuergegenstand: ", N("Gemarkung Schinkel, Flur %d, Flurstück %d/%d" % (R.randint(1, 20), R.randint(10, 400), R.randint(1, 9)), "cadastral_ref"), "\nGrundsteuermessbetrag ",
                N("%d,%02d €" % (R.randint(20, 200), R.randint(0, 99)), "amount"), " × Hebesatz ", N("%d %%" % R.randint(400, 900), "rate"), "\nJahresbetrag ", money(R, cc, 200, 1400, 1),
                "\nDer Betrag wird per SEPA-Lastschrift eingezogen von ", IB(R, "DE")]
        own = ["Kann das stimmen? Meine Grundsteuer hat sich verdoppelt."]
    else:
        body = [N("Gemeente Utrecht – Belastingen", "authority"), "\nAanslagbiljet gemeentelijke belastingen 2026\n\n", NM(me), "\n", home, "\n\nAanslagnummer: ", N(nonluhn(R, 12, "5"), "assessment_no"),
                "\nWOZ-waarde: ", money(R, cc, 250000, 700000, 1000), " (peildatum 1-1-2025)\nOZB eigenaren ", money(R, cc, 300, 900, 1), "\nRioolheffing ", money(R, cc, 150, 300, 1),
                "\nAutomatische incasso in 10 termijnen van rekening ", IB(R, "NL")]
        own = ["Klopt deze WOZ-waarde wel? Help me met een bezwaar."]
    return "letter", lang, wrap(R, lang, body, own)


@tpl("mortgage_offer", 18)
def t_mortgage(R):
    cc = R.choice(["DE", "NL", "GB", "ES", "FR", "IT", "BE", "IE"])
    lang = LANG_OF[cc]
    ps, _ = household(R, cc, kids=0)
    ds = [dob_for(R, "adult") for _ in ps]
    prop = AD(R, cc)
    ib = IB(R, cc)
    loan = money(R, cc, 150000, 620000, 1000)
    rate = N("%d,%02d %%" % (R.randint(2, 4), R.randint(0, 99)) if lang != "en" else "%d.%02d%%" % (R.randint(3, 5), R.randint(0, 99)), "interest_rate")
    bor = sum([[NM(p), " (", {"de": "geb. ", "nl": "geb. ", "en": "DOB ", "es": "nac. ", "fr": "né(e) le ", "it": "nato/a il "}[lang], DOB(R, d, lang, cc), ")", "\n"] for p, d in zip(ps, ds)], [])
    if cc == "ES":
        bor = sum([[NM(p), ", DNI ", GID(R, "dni"), "\n"] for p in ps], [])
    if cc == "BE":
        bor = sum([[NM(p), ", rijksregisternr. ", GID(R, "rrn", p, d), "\n"] for p, d in zip(ps, ds)], [])
    H = {"de": ("Finanzierungsangebot / ESIS-Merkblatt", "Darlehensnehmer", "Beleihungsobjekt", "Darlehensbetrag", "Sollzins gebunden 15 Jahre", "Rate monatlich", "Lastschrift von"),
         "nl": ("Hypotheekofferte", "Aanvrager(s)", "Onderpand", "Hypotheekbedrag", "Rente 20 jaar vast", "Bruto maandlast", "Incasso van"),
         "en": ("Mortgage offer", "Applicant(s)", "Security property", "Loan amount", "Initial rate (5-yr fixed)", "Monthly payment", "Direct Debit from"),
         "es": ("Oferta vinculante (FEIN)", "Prestatarios", "Finca hipotecada", "Importe del préstamo", "TIN fijo", "Cuota mensual", "Cargo en cuenta"),
         "fr": ("Offre de prêt immobilier", "Emprunteur(s)", "Bien financé", "Montant", "Taux nominal fixe", "Échéance mensuelle", "Compte de prélèvement"),
         "it": ("Offerta di mutuo (PIES)", "Mutuatari", "Immobile ipotecato", "Importo", "TAN fisso", "Rata mensile", "Addebito su"),
         }[lang]
    body = [H[0], " – ", N({"DE": "Sparkasse am Kiesgrund", "NL": "Rabobank", "GB": "Nationwide Building Society", "ES": "CaixaBank", "FR": "Crédit Agricole", "IT": "Intesa Sanpaolo", "BE": "KBC", "IE": "AIB Mortgages"}[cc], "bank"),
            "\n", {"de": "Angebotsnummer", "nl": "Offertenummer", "en": "Offer ref", "es": "Nº de oferta", "fr": "N° d'offre", "it": "N. pratica"}[lang], ": ", N("%s-%d" % (R.choice(["HF", "MO", "BL"]), R.randint(1000000, 9999999)), "offer_no"),
            "\n\n", H[1], ":\n", *bor, "\n", H[2], ": ", prop, "\n", H[3], ": ", loan, "\n", H[4], ": ", rate, "\n", H[5], ": ", money(R, cc, 700, 2900, 1), "\n", H[6], ": ", ib]
    own = {"de": ["Ist das ein gutes Angebot? Was fehlt mir zum Vergleich?"], "en": ["Explain this mortgage offer like I'm five.", "Is this a good deal compared to what's out there?"],
           "nl": ["Is deze offerte gunstig?"], "es": ["¿Me explicas esta oferta de hipoteca?"]}.get(lang)
    return "contract", lang, wrap(R, lang, body, own)


@tpl("change_of_address", 32)
def t_coa(R):
    cc = R.choice(["DE", "GB", "FR", "NL", "ES", "IT", "PT", "BR", "SE", "PL", "US", "CH", "JP", "CN", "KR", "RU", "GR", "TR", "IN"])
    lang = LANG_OF[cc]
    USED.clear()
    USED_FAM.clear()
    me = new_person(R, cc)
    old, new = AD(R, cc), AD(R, cc)
    cno = N(nonluhn(R, R.choice([8, 9, 10])), "customer_no")
    d = N(plain_date(R, lang, cc), "move_date")
    frames = {
        "de": ["Betreff: Adressänderung – Kundennummer ", cno, "\n\nSehr geehrte Damen und Herren,\n\nbitte ändern Sie ab dem ", d, " meine Anschrift.\n\nAlt: ", old, "\nNeu: ", new,
               "\n\nName: ", NM(me), "\nTelefon: ", PH(R, cc), "\n\nVielen Dank\n", NM(me)],
        "en": ["Subject: Change of address – account ", cno, "\n\nHello,\n\nPlease update my details from ", d, ".\n\nOld address: ", old, "\nNew address: ", new, "\nName on account: ", NM(me),
               "\nContact number: ", PH(R, cc), "\n\nKind regards,\n", NM(me)],
        "fr": ["Objet : changement d'adresse – n° client ", cno, "\n\nMadame, Monsieur,\n\nJe vous informe de mon déménagement au ", d, ".\nAncienne adresse : ", old, "\nNouvelle adresse : ", new,
               "\nTéléphone : ", PH(R, cc), "\n\nCordialement,\n", NM(me)],
        "nl": ["Onderwerp: adreswijziging klantnummer ", cno, "\n\nGeachte heer/mevrouw,\n\nPer ", d, " ben ik verhuisd.\nOud adres: ", old, "\nNieuw adres: ", new, "\nTelefoon: ", PH(R, cc), "\n\nMet vriendelijke groet,\n", NM(me)],
        "es": ["Asunto: Cambio de domicilio – nº de cliente ", cno, "\n\nBuenos días:\n\nLes comunico que desde el ", d, " mi nueva dirección es ", new, " (antes ", old, ").\nTitular: ", NM(me), "\nMóvil: ", PH(R, cc), "\n\nUn saludo"],
        "it": ["Oggetto: variazione di indirizzo – codice cliente ", cno, "\n\nSpett.le ufficio,\n\ndal ", d, " il mio nuovo indirizzo è ", new, " (precedente: ", old, ").\nIntestatario: ", NM(me), "\nTel. ", PH(R, cc), "\n\nCordiali saluti"],
        "pt": ["Assunto: Alteração de morada – n.º cliente ", cno, "\n\nBom dia,\n\nA partir de ", d, " a minha morada passa a ser ", new, " (anterior: ", old, ").\nNome: ", NM(me), "\nContacto: ", PH(R, cc), "\n\nObrigado"],
        "sv": ["Ämne: Adressändring – kundnummer ", cno, "\n\nHej!\n\nFrån och med ", d, " har jag ny adress: ", new, " (tidigare ", old, ").\nNamn: ", NM(me), "\nTelefon: ", PH(R, cc), "\n\nMvh"],
        "pl": ["Temat: Zmiana adresu – nr klienta ", cno, "\n\nDzień dobry,\n\nod ", d, " mój nowy adres to: ", new, " (poprzedni: ", old, ").\nImię i nazwisko: ", NM(me), "\nTelefon: ", PH(R, cc), "\n\nPozdrawiam"],
    }
    frames.update({
        "ja": ["件名：住所変更のお届け（お客様番号 ", cno, "）\n\nご担当者様\n\n", d, "付で下記へ転居いたしました。\n旧住所：", old, "\n新住所：", new, "\n氏名：", NM(me), "\n電話：", PH(R, cc), "\n\nよろしくお願いいたします。"],
        "zh": ["主题：地址变更（客户编号 ", cno, "）\n\n您好，\n\n我已于", d, "搬家，请更新信息。\n原地址：", old, "\n新地址：", new, "\n姓名：", NM(me), "\n手机：", PH(R, cc), "\n\n谢谢！"],
        "ko": ["제목: 주소 변경 요청 (고객번호 ", cno, ")\n\n안녕하세요.\n\n", d, "에 이사하여 주소 변경을 요청드립니다.\n이전 주소: ", old, "\n새 주소: ", new, "\n성명: ", NM(me), "\n연락처: ", PH(R, cc), "\n\n감사합니다."],
        "ru": ["Тема: смена адреса, лицевой счёт ", cno, "\n\nЗдравствуйте!\n\nС ", d, " я проживаю по новому адресу: ", new, " (прежний: ", old, ").\nФИО: ", NM(me), "\nТелефон: ", PH(R, cc), "\n\nСпасибо."],
        "el": ["Θέμα: Αλλαγή διεύθυνσης – αρ. πελάτη ", cno, "\n\nΚαλησπέρα σας,\n\nαπό ", d, " η νέα μου διεύθυνση είναι ", new, " (παλιά: ", old, ").\nΟνοματεπώνυμο: ", NM(me), "\nΚινητό: ", PH(R, cc), "\n\nΕυχαριστώ"],
        "tr": ["Konu: Adres değişikliği – müşteri no ", cno, "\n\nMerhaba,\n\n", d, " itibarıyla yeni adresim: ", new, " (eski adres: ", old, ").\nAd Soyad: ", NM(me), "\nTelefon: ", PH(R, cc), "\n\nTeşekkürler"],
        "in": ["Subject: Change of address – Consumer No. ", cno, "\n\nDear Sir/Madam,\n\nKindly update my address w.e.f. ", d, ".\nOld address: ", old, "\nNew address: ", new, "\nName: ", NM(me), "\nMobile: ", PH(R, cc), "\n\nThanking you,\n", NM(me)],
    })
    if cc == "BR":
        body = ["Assunto: Atualização cadastral – cliente ", cno, "\n\nOlá,\n\nMudei de endereço em ", d, ". Novo endereço: ", new, ". Endereço antigo: ", old, ".\nNome: ", NM(me), "\nCPF: ", GID(R, "cpf"), "\nCelular: ", PH(R, cc), "\n\nObrigada"]
    else:
        body = frames[lang]
    own = {"de": ["Kannst du mir eine Liste machen, wem ich das noch alles schicken muss?"], "en": ["Who else do I need to tell when I move? Check this too."]}.get(lang)
    return "notice", lang, wrap(R, lang, body, own)


SCHOOLS = {
    "DE": ["Goethe-Gymnasium", "Grundschule an der Elsteraue", "Sophie-Scholl-Gesamtschule", "Anne-Frank-Realschule"],
    "AT": ["Volksschule Rosegger", "BRG Keplerstraße", "Mittelschule am Lendplatz"],
    "CH": ["Primarschule Schönengrund", "Schulhaus Pestalozzi"],
    "FR": ["Lycée Victor-Hugo", "École élémentaire Jacques-Prévert", "Collège Marie-Curie"],
    "ES": ["CEIP Gloria Fuertes", "IES Miguel Hernández", "Colegio Público Rosalía de Castro"],
    "IT": ["Scuola primaria Gianni Rodari", "Liceo scientifico Enrico Fermi", "I.C. Don Lorenzo Milani"],
    "PT": ["Escola Básica Luís de Camões", "Agrupamento de Escolas Sophia de Mello Breyner"],
    "BR": ["Escola Estadual Cecília Meireles", "EMEF Monteiro Lobato"],
    "NL": ["Basisschool De Regenboog", "Openbare basisschool Anne Frank", "Het Erasmus College"],
    "BE": ["Basisschool Sint-Lutgardis", "Athénée Royal Jules Bordet"],
    "IE": ["St. Brigid's National School", "Scoil Mhuire Gan Smál"],
    "PL": ["Szkoła Podstawowa nr 12 im. Marii Konopnickiej", "Przedszkole nr 5 im. Jana Brzechwy"],
    "SE": ["Selma Lagerlöfskolan", "Ekdalsskolan"],
    "TR": ["Atatürk İlkokulu", "Cumhuriyet Ortaokulu", "Mimar Sinan Anadolu Lisesi"],
    "GR": ["1ο Δημοτικό Σχολείο Πεντέλης", "Γυμνάσιο Νίκος Καζαντζάκης"],
    "RU": ["Гимназия № 9 им. А. П. Чехова", "МАОУ СОШ № 104"],
    "CN": ["鲁迅实验小学", "杭州市文三街小学"],
    "KR": ["세종초등학교", "한빛초등학교"],
    "JP": ["札幌市立北光小学校", "福岡市立春吉小学校"],
    "IN": ["Delhi Public School, Sector 19", "Kendriya Vidyalaya No. 2", "Sardar Patel Vidyalaya"],
    "GB": ["Queen Elizabeth's Grammar School", "St Aidan's C of E Primary", "Florence Nightingale Academy"],
    "US": ["Thomas Jefferson Elementary", "Rosa Parks Middle School", "Lincoln High School"],
    "MX": ["Escuela Primaria Benito Juárez", "Colegio Sor Juana Inés de la Cruz"],
    "AU": ["Banksia Park Primary School"], "CA": ["École Jeanne-Mance", "Lord Byng Secondary"],
}
CLASSES = {"DE": ["Klasse 1b", "5c", "Klasse 3a"], "AT": ["1A", "2B"], "CH": ["3. Klasse"], "FR": ["CP", "CM2 B", "6e 3", "CE1"], "ES": ["1º de Primaria", "3º ESO B", "Infantil 4 años"],
           "IT": ["classe 1ª A", "2ª B", "sezione C"], "PT": ["1.º ano", "5.º B"], "BR": ["1º ano", "6º ano B"], "NL": ["groep 1", "groep 5", "brugklas"], "BE": ["1ste leerjaar", "P3"],
           "IE": ["Junior Infants", "2nd Class"], "PL": ["klasa 1a", "zerówka"], "SE": ["förskoleklass", "årskurs 4"], "TR": ["1-A", "5-C"], "GR": ["Α' τάξη", "Γ2"],
           "RU": ["1 «Б»", "1 «В»", "1 «А»"], "CN": ["一年级(3)班", "二年级(1)班"], "KR": ["1학년 2반", "3학년 5반"], "JP": ["1年2組", "3年1組"], "IN": ["Class I-B", "Nursery", "Class V-A"],
           "GB": ["Reception (Hazel class)", "Year 3", "Year 7"], "US": ["Kindergarten", "Grade 3", "6th grade"], "MX": ["1º A", "3º B"], "AU": ["Prep", "Year 2"], "CA": ["Grade 1", "maternelle"]}
SCHOOL_ID = {"AT": "svnr", "CH": "ahv", "ES": "dni", "IT": "cf", "PT": "nif", "BR": "cpf", "NL": "bsn", "BE": "rrn", "IE": "ppsn", "PL": "pesel", "SE": "pnr",
             "TR": "tc", "GR": "amka", "RU": "snils", "CN": "cn", "KR": "krrrn", "IN": "aadhaar"}
ENROL = {
    "en": dict(title="Pupil Admission Form", child="PUPIL DETAILS", sur="Legal surname", giv="First name(s)", dob="Date of birth", sex="Sex", addr="Home address", par="PARENT/CARER", name="Name",
               rel="Relationship", tel="Mobile", mail="Email", idl="ID number", school="School applied for", cls="Year group", prev="Previous school", med="Medical needs / allergies",
               em="Emergency contact (other than parents)", sexv=("M", "F"), rels=("Mother", "Father")),
    "in": dict(title="APPLICATION FOR ADMISSION 2026-27", child="Student's details", sur="Surname", giv="First name", dob="Date of Birth (as per birth certificate)", sex="Gender", addr="Residential address",
               par="Parent details", name="Name", rel="Relation", tel="Mobile No.", mail="E-mail ID", idl="Aadhaar No. of student", school="School", cls="Class applied for", prev="Previous school",
               med="Medical conditions", em="Emergency contact", sexv=("Male", "Female"), rels=("Mother", "Father")),
    "de": dict(title="Schulanmeldung", child="Angaben zum Kind", sur="Nachname", giv="Vorname(n)", dob="Geburtsdatum", sex="Geschlecht", addr="Anschrift", par="Erziehungsberechtigte", name="Name",
               rel="Verhältnis", tel="Handy", mail="E-Mail", idl="Sozialversicherungsnummer des Kindes", school="Schule", cls="Klasse", prev="Bisherige Einrichtung", med="Allergien / Medikamente",
               em="Notfallkontakt", sexv=("m", "w"), rels=("Mutter", "Vater")),
    "fr": dict(title="Fiche d'inscription scolaire", child="ÉLÈVE", sur="Nom", giv="Prénom(s)", dob="Né(e) le", sex="Sexe", addr="Adresse", par="RESPONSABLES LÉGAUX", name="Nom Prénom",
               rel="Lien", tel="Portable", mail="Courriel", idl="N°", school="Établissement", cls="Classe", prev="École précédente", med="PAI / allergies", em="Personne à prévenir en cas d'urgence",
               sexv=("M", "F"), rels=("Mère", "Père")),
    "es": dict(title="Solicitud de admisión – curso 2026/2027", child="DATOS DEL ALUMNO/A", sur="Apellidos", giv="Nombre", dob="Fecha de nacimiento", sex="Sexo", addr="Domicilio", par="DATOS DE LOS PROGENITORES",
               name="Nombre y apellidos", rel="Parentesco", tel="Teléfono móvil", mail="Correo electrónico", idl="DNI/NIE", school="Centro solicitado", cls="Curso", prev="Centro de procedencia",
               med="Alergias / intolerancias", em="Contacto de emergencia", sexv=("H", "M"), rels=("Madre", "Padre")),
    "it": dict(title="Domanda di iscrizione – a.s. 2026/27", child="DATI DELL'ALUNNO/A", sur="Cognome", giv="Nome", dob="Data di nascita", sex="Sesso", addr="Residenza", par="GENITORI",
               name="Cognome e nome", rel="In qualità di", tel="Cellulare", mail="E-mail", idl="Codice fiscale", school="Scuola", cls="Classe", prev="Scuola di provenienza",
               med="Allergie / patologie", em="Altro recapito per urgenze", sexv=("M", "F"), rels=("Madre", "Padre")),
    "pt": dict(title="Ficha de matrícula", child="Dados do aluno", sur="Apelidos", giv="Nome próprio", dob="Data de nascimento", sex="Sexo", addr="Morada", par="Encarregado de educação",
               name="Nome", rel="Parentesco", tel="Telemóvel", mail="Email", idl="NIF", school="Escola", cls="Ano", prev="Escola anterior", med="Alergias", em="Contacto de emergência",
               sexv=("M", "F"), rels=("Mãe", "Pai")),
    "nl": dict(title="Inschrijfformulier", child="Gegevens leerling", sur="Achternaam", giv="Roepnaam / voornamen", dob="Geboortedatum", sex="Geslacht", addr="Adres", par="Ouder/verzorger",
               name="Naam", rel="Relatie", tel="Mobiel", mail="E-mail", idl="BSN", school="School", cls="Groep", prev="Vorige school/kinderopvang", med="Allergieën / medicijnen",
               em="Noodnummer", sexv=("M", "V"), rels=("Moeder", "Vader")),
    "pl": dict(title="Wniosek o przyjęcie do szkoły", child="Dane kandydata", sur="Nazwisko", giv="Imię", dob="Data urodzenia", sex="Płeć", addr="Adres zamieszkania", par="Rodzice / opiekunowie prawni",
               name="Imię i nazwisko", rel="Stopień pokrewieństwa", tel="Telefon", mail="E-mail", idl="PESEL", school="Szkoła", cls="Klasa", prev="Przedszkole", med="Alergie", em="Kontakt w nagłych wypadkach",
               sexv=("M", "K"), rels=("Matka", "Ojciec")),
    "sv": dict(title="Ansökan om skolplacering", child="Elev", sur="Efternamn", giv="Förnamn", dob="Födelsedatum", sex="Kön", addr="Folkbokföringsadress", par="Vårdnadshavare", name="Namn",
               rel="Relation", tel="Mobil", mail="E-post", idl="Personnummer", school="Skola", cls="Årskurs", prev="Tidigare förskola", med="Allergier", em="Nödkontakt", sexv=("P", "F"), rels=("Mamma", "Pappa")),
    "tr": dict(title="Öğrenci Kayıt Formu", child="ÖĞRENCİ BİLGİLERİ", sur="Soyadı", giv="Adı", dob="Doğum tarihi", sex="Cinsiyet", addr="Adres", par="VELİ BİLGİLERİ", name="Adı Soyadı",
               rel="Yakınlık", tel="Cep telefonu", mail="E-posta", idl="T.C. Kimlik No", school="Okul", cls="Sınıf", prev="Önceki okul", med="Sağlık durumu / alerji", em="Acil durumda aranacak kişi",
               sexv=("Erkek", "Kız"), rels=("Anne", "Baba")),
    "el": dict(title="ΑΙΤΗΣΗ ΕΓΓΡΑΦΗΣ ΜΑΘΗΤΗ/ΤΡΙΑΣ", child="ΣΤΟΙΧΕΙΑ ΜΑΘΗΤΗ", sur="Επώνυμο", giv="Όνομα", dob="Ημερομηνία γέννησης", sex="Φύλο", addr="Διεύθυνση κατοικίας", par="ΣΤΟΙΧΕΙΑ ΚΗΔΕΜΟΝΑ",
               name="Ονοματεπώνυμο", rel="Σχέση", tel="Κινητό", mail="Email", idl="ΑΜΚΑ μαθητή", school="Σχολείο", cls="Τάξη", prev="Προηγούμενο σχολείο", med="Αλλεργίες", em="Τηλέφωνο έκτακτης ανάγκης",
               sexv=("Α", "Θ"), rels=("Μητέρα", "Πατέρας")),
    "ru": dict(title="ЗАЯВЛЕНИЕ о приёме в 1 класс", child="Сведения о ребёнке", sur="Фамилия", giv="Имя", dob="Дата рождения", sex="Пол", addr="Адрес регистрации", par="Родитель (законный представитель)",
               name="ФИО", rel="Кем приходится", tel="Телефон", mail="E-mail", idl="СНИЛС ребёнка", school="Школа", cls="Класс", prev="Детский сад", med="Особенности здоровья", em="Контакт для экстренной связи",
               sexv=("м", "ж"), rels=("мать", "отец")),
    "zh": dict(title="新生入学登记表", child="学生信息", sur="姓", giv="名", dob="出生日期", sex="性别", addr="家庭住址", par="监护人信息", name="姓名", rel="关系", tel="手机", mail="邮箱",
               idl="身份证号", school="学校", cls="班级", prev="原幼儿园", med="过敏史", em="紧急联系人", sexv=("男", "女"), rels=("母亲", "父亲")),
    "ko": dict(title="입학 신청서", child="학생 정보", sur="성", giv="이름", dob="생년월일", sex="성별", addr="주소", par="보호자 정보", name="성명", rel="관계", tel="휴대전화", mail="이메일",
               idl="주민등록번호", school="학교", cls="학년/반", prev="이전 유치원", med="알레르기", em="비상 연락처", sexv=("남", "여"), rels=("어머니", "아버지")),
    "ja": dict(title="入学届・家庭調査票", child="児童", sur="氏", giv="名", dob="生年月日", sex="性別", addr="住所", par="保護者", name="氏名", rel="続柄", tel="携帯電話", mail="メール",
               idl="", school="学校", cls="学年・組", prev="前在籍園", med="アレルギー", em="緊急連絡先", sexv=("男", "女"), rels=("母", "父")),
}


@tpl("school_enrolment", 30)
def t_enrol(R):
    cc = R.choice(["GB", "US", "IE", "IN", "DE", "AT", "CH", "FR", "ES", "IT", "PT", "BR", "NL", "BE", "PL", "SE", "TR", "GR", "RU", "CN", "KR", "JP", "MX", "AU", "CA"])
    lang = LANG_OF[cc]
    if cc in ("AU", "CA"):
        lang = "en"
    E = ENROL[lang]
    if cc == "BR":
        E = dict(E, title="Ficha de matrícula 2027", sur="Sobrenome", giv="Nome", addr="Endereço", par="Responsáveis", tel="Celular", mail="E-mail", school="Escola", cls="Série/ano", prev="Escola anterior")
    ps, kids = household(R, cc, kids=1, single=R.random() < 0.2)
    k = kids[0]
    k.dob = dob_for(R, "child")
    home = AD(R, cc)
    idk = SCHOOL_ID.get(cc)
    pairs = []
    if R.random() < 0.5 or k.native:
        pairs += [(E["sur"], [L("person", k.family, sub=cc.lower())]), (E["giv"], [L("person", k.given, sub=cc.lower())])]
    else:
        pairs += [(E["name"], [NM(k)])]
    if k.native and R.random() < 0.4 and cc != "CN":
        pairs += [("Name (Latin)" if cc != "RU" else "ФИО латиницей", [L("person", k.latin() if cc != "JP" else k.family_l.upper() + " " + k.given_l, sub=cc.lower() + "_latin")])]
    pairs += [(E["dob"], [DOB(R, k.dob, lang, cc)]), (E["sex"], [E["sexv"][0] if k.sex == "m" else E["sexv"][1]])]
    if idk:
        lab = E["idl"] if cc not in ("AT", "CH", "IE", "BE", "BR", "PT") else {"AT": "SV-Nummer des Kindes", "CH": "AHV-Nummer", "IE": "PPS Number", "BE": "Rijksregisternummer kind", "BR": "CPF do aluno", "PT": "NIF do aluno"}[cc]
        if cc == "ES":
            lab = "DNI del alumno/a (si tiene)"
        pairs += [(lab, [GID(R, idk, k, k.dob) if idk != "cf" else L("gov_id", codice_fiscale(R, k, k.dob), sub="cf")])]
    elif cc == "GB":
        pairs += [("UPN (if known)", [N("%s%s" % (R.choice("ABCDEFGHJKLMNPQRTUVWXYZ"), nonluhn(R, 12, "8")), "upn")])]
    elif cc == "US":
        pairs += [("District student ID", [N(str(R.randint(1000000, 9999999)), "student_no")])]
    pairs += [(E["addr"], [home]), (E["school"], [N(R.choice(SCHOOLS[cc]), "school_name")]), (E["cls"], [N(R.choice(CLASSES[cc]), "class_name")])]
    if R.random() < 0.5:
        pairs += [(E["med"], [R.choice({"de": ["keine", "Nussallergie", "Asthma (Spray im Ranzen)"], "en": ["none", "peanut allergy – EpiPen", "mild asthma"], "fr": ["aucune", "allergie arachide (PAI)"],
                                         "es": ["ninguna", "celíaca"], "it": ["nessuna", "allergia al lattosio"], "nl": ["geen", "pinda-allergie"]}.get(lang, ["—"]))])]
    lines = [E["title"], "\n", "=" * min(40, len(E["title"]) + 4) if lang not in ("zh", "ja", "ko") else "", "\n", E["child"], "\n"]
    for a, b in pairs:
        lines += [a, ": ", *b, "\n"]
    lines += ["\n", E["par"], "\n"]
    for i, p in enumerate(ps):
        rel = E["rels"][0] if p.sex == "f" else E["rels"][1]
        lines += [E["name"], ": ", NM(p), " (", rel, ")\n", E["tel"], ": ", PH(R, cc), "\n"]
        if R.random() < 0.5:
            lines += [E["mail"], ": ", EM(R, p), "\n"]
        if cc in ("ES", "IT", "PT", "TR", "CN") and R.random() < 0.5:
            pid = {"ES": lambda: GID(R, R.choice(["dni", "nie"])), "IT": lambda: L("gov_id", codice_fiscale(R, p, dob_for(R, "adult")), sub="cf"), "PT": lambda: GID(R, "nif"),
                   "TR": lambda: GID(R, "tc"), "CN": lambda: GID(R, "cn", p, dob_for(R, "adult"))}[cc]()
            lines += [E["idl"], ": ", pid, "\n"]
    if R.random() < 0.3:
        USED.discard("")
        g = new_person(R, cc)
        if R.random() < 0.35:
            cc2 = R.choice([x for x in ("GB", "DE", "FR", "ES", "IT", "PL", "TR", "PT", "NL", "IN", "BR", "RU", "CN", "KR") if x != cc])
            lines += ["\n", E["em"], ": ", NM(g), ", ", PH(R, cc2, region=cc), "\n"]
        else:
            lines += ["\n", E["em"], ": ", NM(g), ", ", PH(R, cc), "\n"]
    body = lines
    own = {"en": ["Can you check I've filled this admission form in properly?", "Anything missing before I submit this?"], "de": ["Hab ich die Schulanmeldung richtig ausgefüllt?"],
           "in": ["Please check this admission form once before I submit."], "zh": ["帮我检查一下这份入学登记表有没有填错。"], "ko": ["입학 신청서 이렇게 쓰면 되는지 봐 줘."],
           "ja": ["入学の書類、書き方これで大丈夫ですか？"], "ru": ["Проверь заявление в школу, всё ли правильно?"]}.get(lang)
    return "form", lang, wrap(R, lang, body, own)


CHAT = {
    "en": dict(inv="Hi all! {kid} is turning {age} on Saturday 🎉 party at ours, {addr}, 2–5pm. Let me know on {ph} if yours can come x",
               ask="Does anyone have Mrs {tfam}'s email? the office one keeps bouncing", ans="it's {tmail} 👍", lift="Can {kid} come home with us on Thursday? I'll drop her back at yours after tea",
               num="New number everyone, please save: {ph}", lost="{kid} came home in someone else's jumper, label says {kid2} – I'll put it in {room} tomorrow",
               rem="Reminder {cls} trip to the science museum is Friday, £{p} on ParentPay by Wednesday", ok="Thanks!! 🙏", par="Mum", neg="room 12"),
    "de": dict(inv="Hallo zusammen! {kid} wird am Samstag {age} 🎉 Wir feiern bei uns, {addr}, 15–18 Uhr. Gebt mir kurz Bescheid unter {ph} 😊",
               ask="Hat jemand die Mailadresse von Frau {tfam}? Die vom Sekretariat kommt zurück", ans="{tmail} müsste gehen", lift="Kann {kid} Donnerstag nach der AG mit zu uns? Bringe sie um sechs zurück",
               num="Neue Nummer, bitte speichern: {ph}", lost="{kid} hatte heute eine fremde Jacke an, Namensschild {kid2}. Ich gebe sie morgen in {room} ab",
               rem="Erinnerung: Wandertag der {cls} am Freitag, {p} € Busgeld bis Mittwoch", ok="Danke dir! 👍", par="Mama", neg="Raum 1.14"),
    "fr": dict(inv="Coucou ! {kid} fête ses {age} ans samedi 🎂 à la maison, {addr}, de 14h à 17h. Répondez-moi au {ph} svp",
               ask="Quelqu'un a le mail de Mme {tfam} ? celui de l'ENT ne marche pas", ans="c'est {tmail}", lift="Est-ce que {kid} peut rentrer avec nous jeudi ? je la ramène après le goûter",
               num="Nouveau numéro, enregistrez-le : {ph}", lost="{kid} est rentré avec le gilet de {kid2}, je le dépose demain en {room}",
               rem="Rappel : sortie des {cls} vendredi, {p} € à donner dans une enveloppe", ok="Merci 🙏", par="Maman", neg="salle B204"),
    "es": dict(inv="¡Hola a todos! {kid} cumple {age} años el sábado 🎉 Lo celebramos en casa, {addr}, de 17 a 20h. Confirmadme al {ph} porfa",
               ask="¿Alguien tiene el correo de la seño {tfam}? El del cole rebota", ans="es {tmail}", lift="¿Puede venirse {kid} con nosotros el jueves? La llevo a las siete",
               num="Cambio de número, guardadlo: {ph}", lost="{kid} trajo la sudadera de {kid2}, mañana la dejo en {room}",
               rem="Recordad que la excursión de {cls} es el viernes, {p} € en sobre cerrado", ok="¡Gracias! 😘", par="Mamá", neg="aula 7"),
    "it": dict(inv="Ciao a tutti! Sabato {kid} compie {age} anni 🎉 festa a casa nostra, {addr}, dalle 16 alle 19. Fatemi sapere al {ph}",
               ask="Qualcuno ha la mail della maestra {tfam}? Quella della segreteria torna indietro", ans="è {tmail}", lift="{kid} può venire da noi giovedì dopo la piscina? La riporto per cena",
               num="Nuovo numero, salvatelo: {ph}", lost="{kid} è tornata con la felpa di {kid2}, domani la lascio in {room}",
               rem="Promemoria: gita della {cls} venerdì, {p} € al rappresentante", ok="Grazie mille!", par="Mamma", neg="aula 3"),
    "nl": dict(inv="Hoi allemaal! {kid} wordt zaterdag {age} 🎉 feestje bij ons thuis, {addr}, 14-17 uur. Laat je het even weten via {ph}?",
               ask="Heeft iemand het mailadres van juf {tfam}? Dat van Parro werkt niet", ans="{tmail}", lift="Mag {kid} donderdag met ons mee na school? Ik breng haar om 6 uur terug",
               num="Nieuw nummer, sla je het op? {ph}", lost="{kid} kwam thuis met de jas van {kid2}, ik leg hem morgen in {room}",
               rem="Herinnering: schoolreisje {cls} vrijdag, €{p} overmaken", ok="Dankjewel!", par="Mama", neg="lokaal 4"),
    "pt": dict(inv="Oi gente! {kid} faz {age} anos no sábado 🎉 festinha aqui em casa, {addr}, das 15h às 18h. Confirmem comigo no {ph}",
               ask="Alguém tem o e-mail da professora {tfam}? O da secretaria volta", ans="é {tmail}", lift="{kid} pode voltar com a gente na quinta? Levo ela de volta depois do lanche",
               num="Número novo, salvem aí: {ph}", lost="{kid} veio com o casaco do {kid2}, amanhã deixo na {room}",
               rem="Lembrete: passeio do {cls} sexta, R$ {p} até quarta", ok="Obrigada! ❤️", par="Mãe", neg="sala 5"),
    "pl": dict(inv="Cześć! {kid} kończy w sobotę {age} lat 🎉 zapraszamy do nas, {addr}, 15-18. Dajcie znać na {ph}",
               ask="Czy ktoś ma maila do pani {tfam}? Librus nie działa", ans="{tmail}", lift="Czy {kid} może w czwartek wrócić z nami? Odwiozę ją po obiedzie",
               num="Nowy numer, zapiszcie proszę: {ph}", lost="{kid} przyniosła bluzę {kid2}, jutro oddam w sali {room}",
               rem="Przypominam: wycieczka {cls} w piątek, {p} zł do środy", ok="Dzięki!", par="Mama", neg="sala 21"),
    "sv": dict(inv="Hej alla! {kid} fyller {age} på lördag 🎉 kalas hemma hos oss, {addr}, kl 14–17. OSA till {ph}",
               ask="Har någon mejlen till {tfam}? Den på Unikum studsar", ans="{tmail}", lift="Kan {kid} följa med oss hem på torsdag? Jag kör hem henne efter middagen",
               num="Nytt nummer, spara gärna: {ph}", lost="{kid} kom hem med {kid2}s jacka, lämnar den i {room} imorgon",
               rem="Påminnelse: utflykt för {cls} på fredag, {p} kr på Swish till klasskassan", ok="Tack!", par="Mamma", neg="sal 12"),
    "tr": dict(inv="Merhaba veliler! {kid} cumartesi {age} yaşına giriyor 🎉 evde kutlıyoruz, {addr}, 14.00-17.00. Katılım için {ph} numarasına yazabilirsiniz",
               ask="{tfam} öğretmenin e-postası olan var mı?", ans="{tmail}", lift="{kid} perşembe bizimle eve gelebilir mi? Akşam bırakırım",
               num="Yeni numaram, kaydedin lütfen: {ph}", lost="{kid} bugün {kid2} adlı arkadaşının montuyla gelmiş, yarın {room}'e bırakırım",
               rem="Hatırlatma: {cls} gezisi cuma günü, {p} TL", ok="Teşekkürler 🙏", par="Annem", neg="derslik 2"),
    "ru": dict(inv="Всем привет! {kid} в субботу исполняется {age} 🎉 празднуем дома, {addr}, с 15 до 18. Отпишитесь мне на {ph}",
               ask="У кого-нибудь есть почта {tfam}? В электронном дневнике не работает", ans="{tmail}", lift="Можно {kid} в четверг пойдёт с нами после продлёнки? Верну к ужину",
               num="Мой новый номер, сохраните: {ph}", lost="{kid} пришла в чужой кофте, подписано {kid2}. Завтра оставлю в кабинете {room}",
               rem="Напоминаю: экскурсия {cls} в пятницу, сдаём по {p} ₽", ok="Спасибо!", par="Мама", neg="каб. 214"),
    "el": dict(inv="Γεια σε όλους! {kid} γίνεται {age} το Σάββατο 🎉 πάρτι στο σπίτι μας, {addr}, 5-8 μ.μ. Επιβεβαιώστε στο {ph}",
               ask="Έχει κανείς το email της κυρίας {tfam};", ans="{tmail}", lift="Μπορεί {kid} να έρθει μαζί μας την Πέμπτη; Την φέρνω πίσω το βράδυ",
               num="Νέο κινητό, αποθηκεύστε το: {ph}", lost="{kid} γύρισε με τη ζακέτα του/της {kid2}, αύριο την αφήνω στην {room}",
               rem="Υπενθύμιση: εκδρομή {cls} την Παρασκευή, {p} €", ok="Ευχαριστώ!", par="Μαμά", neg="αίθουσα 3"),
    "ja": dict(inv="皆さんこんにちは！土曜日に{kid}の{age}歳の誕生日会をします🎉 場所は{addr}、14時〜17時です。参加の方は{ph}までご連絡ください",
               ask="{tfam}先生のメールアドレスご存知の方いますか？", ans="{tmail} です", lift="木曜日、{kid}ちゃんうちで預かれますよ。夕方送ります",
               num="電話番号変わりました、登録お願いします：{ph}", lost="{kid}が{kid2}くんの上履きを持って帰ってきました。明日{room}に届けます",
               rem="{cls}の遠足は金曜日です。{p}円を封筒で", ok="ありがとうございます！", par="ママ", neg="図工室"),
    "zh": dict(inv="各位家长好！周六是{kid}的{age}岁生日🎉 在家里办小派对，地址：{addr}，下午2点到5点。能来的请回复我{ph}",
               ask="有人有{tfam}老师的邮箱吗？", ans="{tmail}", lift="周四{kid}可以跟我们一起回家，晚饭后送回去",
               num="我换号了，请保存：{ph}", lost="{kid}把{kid2}的外套穿回家了，明天送到{room}",
               rem="提醒：{cls}周五春游，每人交{p}元", ok="谢谢！", par="妈妈", neg="302教室"),
    "ko": dict(inv="안녕하세요~ 토요일에 {kid} {age}살 생일파티 해요🎉 장소는 {addr}, 오후 2시~5시예요. 참석 여부 {ph}로 알려주세요",
               ask="{tfam} 선생님 이메일 아시는 분 계세요?", ans="{tmail} 이에요", lift="목요일에 {kid} 저희가 데리고 갈게요. 저녁 먹고 데려다 드릴게요",
               num="번호 바뀌었어요, 저장 부탁드려요: {ph}", lost="{kid}가 {kid2} 실내화를 가져왔어요. 내일 {room}에 갖다 둘게요",
               rem="{cls} 현장체험학습 금요일이에요, {p}원 스쿨뱅킹", ok="감사합니다!", par="엄마", neg="과학실"),
}
CHAT_CC = {"en": ["GB", "US", "IE", "AU"], "de": ["DE", "AT", "CH"], "fr": ["FR", "BE"], "es": ["ES", "MX"], "it": ["IT"], "nl": ["NL", "BE"], "pt": ["BR", "PT"], "pl": ["PL"], "sv": ["SE"],
           "tr": ["TR"], "ru": ["RU"], "el": ["GR"], "ja": ["JP"], "zh": ["CN"], "ko": ["KR"]}


@tpl("class_chat", 28)
def t_chat(R):
    lang = R.choice(sorted(CHAT))
    cc = R.choice(CHAT_CC[lang])
    if cc == "BE" and lang == "fr":
        cc = "FR"
    M = CHAT[lang]
    USED.clear()
    USED_FAM.clear()
    fams = []
    for _ in range(R.randint(3, 4) if not C[cc].get("native") else 3):
        par = new_person(R, cc)
        kid = new_person(R, cc, family=par.family if not par.native else par.family, family_l=par.family_l)
        fams.append((par, kid))
    USED_T = new_person(R, cc, "f")
    teacher = USED_T
    domain = {"GB": "stgeorges.sch.uk", "US": "jefferson.k12.oh.us", "IE": "scoilbhride.ie", "AU": "banksiaps.vic.edu.au", "DE": "gs-elsteraue.de", "AT": "vs-rosegger.at", "CH": "schule-schoenengrund.ch",
              "FR": "ac-lyon.fr", "ES": "educa.madrid.org", "MX": "sep.edu.mx", "IT": "icmilani.edu.it", "NL": "obsdewilg.nl", "BE": "sintlutgardis.be", "BR": "escolaceciliameireles.com.br", "PT": "aecamoes.pt",
              "PL": "sp12.krakow.pl", "SE": "ekdalsskolan.se", "TR": "meb.k12.tr", "RU": "gym9.ru", "GR": "sch.gr", "JP": "hokko-es.ed.jp", "CN": "wensan.edu.cn", "KR": "hanbit.es.kr"}[cc]
    tmail = L("email", re.sub(r"[^a-z.]", "", fold(teacher.given_l).lower() + "." + fold(teacher.family_l).lower()) + "@" + domain)
    tfam = L("person", teacher.family if lang not in ("ja", "zh", "ko") else teacher.family, sub=cc.lower())

    def sender(i):
        par, kid = fams[i]
        st = R.randrange(4)
        if lang in ("ja", "zh", "ko") and st < 2:
            return [L("person", kid.given, sub=cc.lower()), ("ママ" if lang == "ja" else "妈妈" if lang == "zh" else " 엄마")]
        if st == 0:
            return [PH(R, cc, intl=True)]
        if st == 1 and lang not in ("ja", "zh", "ko", "tr"):
            return [L("person", par.given, sub=cc.lower()), " (", M["par"], " ", L("person", kid.given, sub=cc.lower()), ")"]
        return [NM(par)]

    senders = [sender(i) for i in range(len(fams))]
    style = {"ja": "line", "ko": "kakao", "zh": "wechat"}.get(lang, R.choice(["android", "ios"]))
    day = datetime.date(2026, R.randint(1, 12), R.randint(1, 28))
    clock = [R.randint(7, 21), R.randint(0, 59)]

    def line(i, content):
        clock[1] += R.randint(1, 40)
        if clock[1] >= 60:
            clock[0], clock[1] = min(23, clock[0] + 1), clock[1] - 60
        hm = "%02d:%02d" % tuple(clock)
        s = senders[i]
        if style == "android":
            return [N("%02d/%02d/%d, %s" % (day.day, day.month, day.year, hm) if cc != "US" else "%d/%d/%02d, %s" % (day.month, day.day, day.year % 100, hm), "timestamp"), " - ", *s, ": ", *content, "\n"]
        if style == "ios":
            return [N("[%02d.%02d.%02d, %s:%02d]" % (day.day, day.month, day.year % 100, hm, R.randint(0, 59)), "timestamp"), " ", *s, ": ", *content, "\n"]
        if style == "line":
            return [N(hm, "time"), "\t", *s, "\t", *content, "\n"]
        if style == "kakao":
            return [N("%d년 %d월 %d일 %s %d:%02d" % (day.year, day.month, day.day, "오후" if clock[0] >= 12 else "오전", (clock[0] - 1) % 12 + 1, clock[1]), "timestamp"), ", ", *s, " : ", *content, "\n"]
        return [*s, " ", N(hm, "time"), "\n", *content, "\n"]

    kid0 = fams[0][1]
    other = fams[1 % len(fams)][1]
    kw = dict(kid=L("person", kid0.given, sub=cc.lower()), age=N(str(R.randint(5, 11)), "age"), addr=AD(R, cc), ph=PH(R, cc), tfam=tfam, tmail=tmail,
              kid2=NM(other) if lang not in ("ja", "zh", "ko", "pl", "ru", "el", "tr") else L("person", other.given, sub=cc.lower()), room=N(M["neg"], "room_no"), cls=N(R.choice(CLASSES[cc]), "class_name"), p=N(str(R.choice([5, 8, 12, 15, 20, 25])), "price"))
    msgs = [(0, fill(M["inv"], **{k: kw[k] for k in ("kid", "age", "addr", "ph")}))]
    pool = ["ask", "lift", "num", "lost", "rem", "ok"]
    R.shuffle(pool)
    for key in pool[:R.randint(2, 3)]:
        i = R.randrange(len(fams))
        if key == "ask":
            msgs.append((i, fill(M["ask"], tfam=kw["tfam"])))
            msgs.append(((i + 1) % len(fams), fill(M["ans"], tmail=kw["tmail"])))
        elif key == "lift":
            kk = fams[(i + 1) % len(fams)][1]
            msgs.append((i, fill(M["lift"], kid=L("person", kk.given, sub=cc.lower()))))
        elif key == "num":
            if R.random() < 0.3 and not C[cc].get("native"):
                cc2 = R.choice([x for x in ("GB", "DE", "FR", "ES", "IT", "PL", "TR", "PT", "NL", "BR", "CH", "AT") if x != cc])
                msgs.append((i, fill(M["num"], ph=PH(R, cc2, region=cc))))
            else:
                msgs.append((i, fill(M["num"], ph=PH(R, cc))))
        elif key == "lost":
            kk = fams[i][1]
            msgs.append((i, fill(M["lost"], kid=L("person", kk.given, sub=cc.lower()), kid2=kw["kid2"] if fams[i][1] is not other else L("person", kid0.given, sub=cc.lower()), room=kw["room"])))
        elif key == "rem":
            msgs.append((i, fill(M["rem"], cls=kw["cls"], p=kw["p"])))
        else:
            msgs.append((i, [M["ok"]]))
    head = {"android": "", "ios": "", "line": "[LINE] %s\n%d.%02d.%02d\n" % (R.choice(["1年2組 保護者", "クラス連絡網", "3-1ママ友"]), day.year, day.month, day.day),
            "kakao": "%s 님과 카카오톡 대화\n저장한 날짜 : %d-%02d-%02d\n\n" % (R.choice(["한빛초 2반 학부모", "1학년 3반 엄마들"]), day.year, day.month, day.day),
            "wechat": "%s\n\n" % R.choice(["二(3)班家长群", "一年级家委会"])}[style]
    body = [head]
    for i, c in msgs:
        body += line(i, c)
    body[-1] = body[-1].rstrip("\n") if isinstance(body[-1], str) else body[-1]
    own = {"en": ["Can you summarise what I missed in the class group?", "What do I need to do from this chat?"], "de": ["Was muss ich aus dem Klassenchat mitnehmen?"],
           "ja": ["このグループLINEの要点をまとめてください。"], "ko": ["단톡방 내용 요약해 줘, 내가 할 일만."], "zh": ["帮我总结一下家长群里说了什么。"]}.get(lang)
    return "chat_export", lang, wrap(R, lang, body, own)


@tpl("trip_consent", 28)
def t_trip(R):
    cc = R.choice(["GB", "US", "IE", "DE", "FR", "ES", "IT", "NL", "PT", "PL", "AU", "CA", "SE"])
    lang = LANG_OF[cc]
    ps, kids = household(R, cc, kids=1)
    k = kids[0]
    k.dob = dob_for(R, "child")
    par = ps[0]
    alt = new_person(R, cc)
    dest = {"en": ["Natural History Museum", "Hadrian's Wall residential (3 nights)", "Lake Burley Griffin outdoor centre"], "de": ["Klassenfahrt Jugendherberge Bad Zwischenahn", "Landschulheim Schwäbische Alb"],
            "fr": ["classe de découverte à Saint-Malo", "sortie au musée Fabre"], "es": ["excursión a la Granja Escuela", "convivencias en Cercedilla"], "it": ["gita al Museo Egizio", "campo scuola in Val di Fassa"],
            "nl": ["schoolkamp Texel", "excursie Naturalis"], "pt": ["visita de estudo ao Oceanário", "passeio ao Portugal dos Pequenitos"], "pl": ["zielona szkoła w Zakopanem", "wycieczka do Wieliczki"],
            "sv": ["lägerskola på Ven", "utflykt till Skansen"]}[lang]
    F = {"en": ("CONSENT FORM – ", "Pupil", "Class", "Date of birth", "I give permission for my child to take part. Emergency contact during the trip", "Alternative contact", "Medical information / medication", "Signed (parent/carer)", "Date", "Cost"),
         "de": ("Einverständniserklärung – ", "Schüler/in", "Klasse", "Geburtsdatum", "Ich bin mit der Teilnahme meines Kindes einverstanden. Während der Fahrt erreichbar unter", "Weitere Kontaktperson", "Medikamente / Allergien", "Unterschrift Erziehungsberechtigte/r", "Datum", "Kosten"),
         "fr": ("AUTORISATION PARENTALE – ", "Élève", "Classe", "Date de naissance", "J'autorise mon enfant à participer à la sortie. Joignable pendant la sortie au", "Autre personne à contacter", "Traitement / allergies", "Signature du responsable légal", "Date", "Participation"),
         "es": ("AUTORIZACIÓN – ", "Alumno/a", "Curso", "Fecha de nacimiento", "Autorizo a mi hijo/a a participar en la actividad. Teléfono de contacto durante la salida", "Otro contacto", "Medicación / alergias", "Firma del padre/madre/tutor", "Fecha", "Precio"),
         "it": ("AUTORIZZAZIONE USCITA DIDATTICA – ", "Alunno/a", "Classe", "Data di nascita", "Autorizzo mio/a figlio/a a partecipare. Recapito durante l'uscita", "Altro recapito", "Farmaci / allergie", "Firma del genitore", "Data", "Quota"),
         "nl": ("TOESTEMMINGSFORMULIER – ", "Leerling", "Groep", "Geboortedatum", "Ik geef toestemming voor deelname. Bereikbaar tijdens het kamp op", "Tweede contactpersoon", "Medicijnen / allergieën", "Handtekening ouder/verzorger", "Datum", "Kosten"),
         "pt": ("AUTORIZAÇÃO – ", "Aluno/a", "Turma", "Data de nascimento", "Autorizo o meu educando a participar. Contacto durante a visita", "Contacto alternativo", "Medicação / alergias", "Assinatura do encarregado de educação", "Data", "Custo"),
         "pl": ("ZGODA RODZICA – ", "Uczeń/uczennica", "Klasa", "Data urodzenia", "Wyrażam zgodę na udział dziecka. Telefon kontaktowy w trakcie wyjazdu", "Dodatkowy kontakt", "Leki / alergie", "Podpis rodzica", "Data", "Koszt"),
         "sv": ("MEDGIVANDE – ", "Elev", "Klass", "Födelsedatum", "Jag godkänner att mitt barn deltar. Nås under resan på", "Annan kontaktperson", "Mediciner / allergier", "Vårdnadshavares underskrift", "Datum", "Kostnad")}[lang]
    sig = NM(par) if R.random() < 0.7 else L("person", par.given[0] + ". " + par.family, sub=cc.lower())
    body = [F[0], N(R.choice(dest), "trip_destination"), "\n", N(R.choice(SCHOOLS.get(cc, SCHOOLS["GB"])), "school_name"), "\n\n", F[1], ": ", NM(k), "\n", F[2], ": ", N(R.choice(CLASSES[cc]), "class_name"), "\n",
            F[3], ": ", DOB(R, k.dob, lang, cc), "\n", F[9], ": ", money(R, cc, 8, 320, 1), "\n\n", F[4], ": ", PH(R, cc), "\n", F[5], ": ", NM(alt), " ", PH(R, cc), "\n", F[6], ": ",
            R.choice(["-", "Ventolin inhaler", "Cetirizin 5 mg", "none", "—", "lactose-free"]), "\n\n", F[7], ": ", sig, "    ", F[8], ": ", N(plain_date(R, lang, cc, style="num"), "signature_date")]
    if cc in ("FR", "ES", "IT") and R.random() < 0.5:
        body += ["\n", {"fr": "N° de sécurité sociale du parent (enfant rattaché) : ", "es": "Nº de tarjeta sanitaria / DNI del menor: ", "it": "Codice fiscale alunno: "}[lang],
                 GID(R, "nir", par, dob_for(R, "adult")) if cc == "FR" else (GID(R, "dni") if cc == "ES" else L("gov_id", codice_fiscale(R, k, k.dob), sub="cf"))]
    own = {"en": ["Have I filled this trip form in right?", "Can you fill in the rest of this consent form with the same details?"], "de": ["Ist das so richtig ausgefüllt?"]}.get(lang)
    return "form", lang, wrap(R, lang, body, own)


@tpl("teacher_email", 24)
def t_teacher(R):
    cc = R.choice(["GB", "US", "DE", "FR", "NL", "ES", "IT", "IE", "IN", "AU", "SE", "PT"])
    lang = LANG_OF[cc]
    ps, kids = household(R, cc, kids=1)
    k, par = kids[0], ps[0]
    t = new_person(R, cc)
    dom = {"GB": "oakfield.sch.uk", "US": "rosaparksms.org", "DE": "goethe-gym-kassel.de", "FR": "ac-nantes.fr", "NL": "hetlyceum.nl", "ES": "colegiogloriafuertes.es", "IT": "liceofermi.edu.it",
           "IE": "stbrigidsns.ie", "IN": "dpssector19.edu.in", "AU": "banksiaps.vic.edu.au", "SE": "ekdalsskolan.se", "PT": "aecamoes.pt"}[cc]
    tmail = L("email", re.sub(r"[^a-z.]", "", fold(t.given).lower()[0] + "." + fold(t.family.split(" ")[-1]).lower()) + "@" + dom)
    grades = {"en": "Maths: 4 (working at expected) | English: 3 | Science: 5 | Effort: B", "in": "Maths 78/100 | English 65/100 | EVS 82/100 | Grade B1",
              "de": "Deutsch 3 | Mathe 4- | Englisch 2 | Sachkunde 2 | Fehltage: 6", "fr": "Français 11,5/20 | Maths 9/20 | Anglais 14/20 | Moyenne générale 11,8",
              "nl": "Rekenen 5,4 | Taal 6,8 | Begrijpend lezen C | Cito-score 531", "es": "Lengua: Suficiente (5) | Matemáticas: Insuficiente (4) | Inglés: Notable (7)",
              "it": "Italiano 6 | Matematica 5 | Inglese 7 | Comportamento 8", "sv": "Matematik E | Svenska C | Engelska B", "pt": "Português 3 | Matemática 2 | Inglês 4"}[lang]
    if lang in ("en", "in"):
        body = ["From: ", NM(t), " <", tmail, ">\nTo: ", EM(R, par), "\nSubject: ", NM(k, "given"), "'s progress – ", N(R.choice(CLASSES[cc]), "class_name"), "\n\nDear ", R.choice(["Mr", "Ms", "Mrs"]), " ", NM(par, "family"),
                ",\n\nI wanted to follow up on ", NM(k, "given"), "'s report. Current grades:\n", N(grades, "grades"), "\n\n", NM(k, "given"),
                " is a kind member of the class but has been finding fractions hard and has missed several homeworks. Could we meet on ", N(plain_date(R, lang, cc), "meeting_date"),
                " at 3.30 in ", N("Room %d" % R.randint(1, 40), "room_no"), "? If easier, call the school office.\n\nBest wishes,\n", NM(t), "\n", N("Class Teacher / Maths Lead", "job_title")]
        own = ["How should I reply to this? I'm a bit upset.", "Help me reply and ask what support they'll give at school."]
    elif lang == "de":
        body = ["Von: ", NM(t), " <", tmail, ">\nAn: ", EM(R, par), "\nBetreff: Halbjahresinformation ", NM(k), "\n\nSehr geehrte", "r Herr " if par.sex == "m" else " Frau ", NM(par, "family"),
                ",\n\nanbei die Noten von ", NM(k, "given"), ":\n", N(grades, "grades"), "\n\nDie Versetzung ist gefährdet. Ich würde gern mit Ihnen sprechen, z. B. am ", N(plain_date(R, lang, cc), "meeting_date"),
                " in ", N("Raum %d.%02d" % (R.randint(0, 3), R.randint(1, 40)), "room_no"), ".\n\nFreundliche Grüße\n", NM(t), "\nKlassenleitung"]
        own = ["Wie antworte ich darauf, ohne mich zu rechtfertigen?"]
    elif lang == "fr":
        body = ["De : ", NM(t), " <", tmail, ">\nObjet : bulletin du 1er trimestre – ", NM(k), "\n\nBonjour ", "Monsieur" if par.sex == "m" else "Madame", " ", NM(par, "family"), ",\n\nVoici les résultats de ", NM(k, "given"), " :\n",
                N(grades, "grades"), "\n\nJe vous propose un rendez-vous le ", N(plain_date(R, lang, cc), "meeting_date"), " en ", N("salle %s%d" % (R.choice("ABC"), R.randint(100, 320)), "room_no"), ".\n\nCordialement,\n", NM(t), ", professeur principal"]
        own = ["Aide-moi à répondre à la prof principale."]
    elif lang == "nl":
        body = ["Van: ", NM(t), " <", tmail, ">\nOnderwerp: rapport ", NM(k), "\n\nBeste ouders van ", NM(k, "given"), ",\n\n", N(grades, "grades"), "\n\nIk plan graag een gesprek op ", N(plain_date(R, lang, cc), "meeting_date"),
                ".\n\nGroet,\n", NM(t), ", mentor"]
        own = ["Hoe reageer ik hierop?"]
    elif lang == "es":
        body = ["De: ", NM(t), " <", tmail, ">\nAsunto: Boletín 1ª evaluación – ", NM(k), "\n\nEstimada familia:\n\nLes adjunto las notas de ", NM(k, "given"), ":\n", N(grades, "grades"),
                "\n\nMe gustaría tener una tutoría el ", N(plain_date(R, lang, cc), "meeting_date"), ".\n\nUn saludo,\n", NM(t), ", tutor/a"]
        own = ["¿Cómo le contesto a la tutora?"]
    elif lang == "it":
        body = ["Da: ", NM(t), " <", tmail, ">\nOggetto: pagella primo quadrimestre – ", NM(k), "\n\nGentili genitori,\n\nvi comunico i voti di ", NM(k, "given"), ":\n", N(grades, "grades"),
                "\n\nPropongo un colloquio il ", N(plain_date(R, lang, cc), "meeting_date"), ".\n\nCordiali saluti\n", NM(t), ", coordinatore di classe"]
        own = ["Come rispondo alla professoressa?"]
    elif lang == "sv":
        body = ["Från: ", NM(t), " <", tmail, ">\nÄmne: Omdöme ", NM(k), "\n\nHej!\n\n", N(grades, "grades"), "\n\nKan vi ses på utvecklingssamtal ", N(plain_date(R, lang, cc), "meeting_date"), "?\n\nHälsningar\n", NM(t), ", mentor"]
        own = None
    else:
        body = ["De: ", NM(t), " <", tmail, ">\nAssunto: Avaliação do 1.º período – ", NM(k), "\n\nCaro encarregado de educação,\n\n", N(grades, "grades"), "\n\nProponho uma reunião no dia ", N(plain_date(R, lang, cc), "meeting_date"), ".\n\nCumprimentos,\n", NM(t), ", diretor de turma"]
        own = None
    return "email", lang, wrap(R, lang, body, own)


@tpl("nursery_contract", 12)
def t_nursery(R):
    cc = R.choice(["DE", "FR", "NL", "GB", "ES", "IT", "SE", "CH", "AT", "BE", "PL", "KR"])
    lang = LANG_OF[cc]
    ps, kids = household(R, cc, kids=1)
    k = kids[0]
    k.dob = dob_for(R, "toddler")
    ib = IB(R, {"KR": "DE"}.get(cc, cc)) if cc != "KR" else None
    fee = money(R, cc, 180, 1600, 5) if cc not in ("SE", "PL", "KR") else money(R, cc, 900, 600000, 100)
    H = {"de": ("Betreuungsvertrag Kita ", "Kind", "geb. am", "Sorgeberechtigte", "Betreuungsumfang: 45 Std./Woche, Beginn ", "Elternbeitrag monatlich", "Einzug per SEPA-Lastschrift, IBAN", "Abholberechtigt"),
         "fr": ("Contrat d'accueil – crèche ", "Enfant", "né(e) le", "Parents", "Accueil 4 jours/semaine à partir du ", "Participation mensuelle", "Prélèvement sur IBAN", "Personnes autorisées à venir chercher l'enfant"),
         "nl": ("Plaatsingsovereenkomst kinderopvang ", "Kind", "geboren", "Ouders", "Opvang 3 dagen per week vanaf ", "Maandbedrag", "Incasso van IBAN", "Ophalen door"),
         "en": ("Nursery Childcare Agreement – ", "Child", "born", "Parents", "Sessions: Mon–Wed full days from ", "Monthly fee (after funded hours)", "Direct Debit from", "Authorised to collect"),
         "es": ("Contrato de matrícula – Escuela Infantil ", "Niño/a", "nacido/a el", "Progenitores", "Jornada completa desde el ", "Cuota mensual", "Domiciliación IBAN", "Autorizados a recoger"),
         "it": ("Contratto di iscrizione – Asilo nido ", "Bambino/a", "nato/a il", "Genitori", "Tempo pieno dal ", "Retta mensile", "Addebito SDD su IBAN", "Delegati al ritiro"),
         "sv": ("Placeringsavtal förskola ", "Barn", "född", "Vårdnadshavare", "Placering 40 tim/vecka från ", "Avgift/mån (maxtaxa)", "Autogiro från", "Får hämta"),
         "pl": ("Umowa o świadczenie usług żłobka ", "Dziecko", "ur.", "Rodzice", "Pobyt 9 h dziennie od ", "Opłata miesięczna", "Przelew z rachunku", "Osoby upoważnione do odbioru"),
         "ko": ("어린이집 입소 계약서 – ", "원아", "생년월일", "보호자", "보육 시작일 ", "월 보육료(부모 부담)", "자동이체 계좌", "귀가 동의 보호자")}[lang]
    name = {"de": "Kita Sonnenkäfer", "fr": "Crèche Les P'tits Loups", "nl": "Kinderopvang De Vlinderboom", "en": "Little Acorns Day Nursery", "es": "Escuela Infantil Los Girasoles",
            "it": "Nido Il Girotondo", "sv": "Förskolan Myrstacken", "pl": "Żłobek Biedronka", "ko": "해님어린이집"}[lang]
    idline = []
    if cc in ("SE", "BE", "IT", "ES", "PL", "AT", "KR", "NL", "CH"):
        kind = {"SE": "pnr", "BE": "rrn", "IT": "cf", "ES": "dni", "PL": "pesel", "AT": "svnr", "KR": "krrrn", "NL": "bsn", "CH": "ahv"}[cc]
        if kind == "cf":
            v = L("gov_id", codice_fiscale(R, k, k.dob), sub="cf")
        elif kind == "dni":
            v = GID(R, "dni")
        else:
            v = GID(R, kind, k, k.dob)
        idline = [{"SE": "Personnummer", "BE": "Rijksregisternummer", "IT": "C.F.", "ES": "DNI (padre/madre)", "PL": "PESEL", "AT": "SVNR", "KR": "주민등록번호", "NL": "BSN kind", "CH": "AHV-Nr."}[cc], ": ", v, "\n"]
    col = new_person(R, cc)
    body = [H[0], N(name, "nursery_name"), "\n\n", H[1], ": ", NM(k), ", ", H[2], " ", DOB(R, k.dob, lang, cc), "\n", *idline, H[3], ":\n"]
    for p in ps:
        body += ["  ", NM(p), ", ", PH(R, cc)] + ([", ", EM(R, p)] if R.random() < 0.5 else []) + ["\n"]
    body += [H[4], N(plain_date(R, lang, cc), "start_date"), "\n", H[5], ": ", fee, "\n"]
    if ib:
        body += [H[6], " ", ib, "\n"]
    body += [H[7], ": ", NM(col), " (", PH(R, cc), ")"]
    own = {"de": ["Was sollte ich in diesem Kita-Vertrag noch klären?"], "en": ["Anything in this nursery contract I should question?"]}.get(lang)
    return "contract", lang, wrap(R, lang, body, own)


@tpl("babysitter_notes", 16)
def t_babysit(R):
    cc = R.choice(["GB", "US", "DE", "FR", "NL", "ES", "IT", "SE", "AU", "IE", "PT", "JP", "KR", "PL", "CH"])
    lang = LANG_OF[cc]
    ps, kids = household(R, cc, kids=R.choice([1, 2, 2]))
    home = AD(R, cc)
    nb = new_person(R, cc)
    door, alarm, wifi = SEC(R, "door_code"), SEC(R, "alarm_code"), SEC(R, "wifi_psk")
    ssid = N(R.choice(["FRITZ!Box 7590 KL", "VM7729341", "Livebox-3F2A", "H369A8F2C1", "TP-Link_5G_9C", "Vodafone-B21D", "NETGEAR47", "MOVISTAR_2B8F", "iliadbox-7C11", "Telia-2E4A19", "aterm-5b1e7c-g", "iptime_5G"]), "ssid")
    k = kids
    card = CARD(R) if R.random() < 0.3 else None
    with_nb = R.random() < 0.5
    if lang == "en":
        body = ["Notes for ", NM(nb, "given"), " – Saturday\n\nAddress (for taxi/emergencies): ", home, "\nFront door keypad: ", door, "  |  Alarm: ", alarm, " then OFF (panel in hall cupboard)\nWi-Fi: ", ssid, " / ", wifi,
                "\n\nKids:\n"]
        for kk in k:
            kk.dob = dob_for(R, "child")
            body += ["- ", NM(kk, "given"), " (", N(str(2026 - kk.dob.year), "age"), ") – bed by ", N(R.choice(["7.30", "8", "8.30"]), "time"), ", ", R.choice(["one story max!", "no screens after 7", "needs the night light on", "allergic to peanuts – EpiPen in the blue bag"]), "\n"]
        body += ["\nWe're at the restaurant, back ~11. ", NM(ps[0], "given"), ": ", PH(R, cc), "\n", NM(ps[1], "given") if len(ps) > 1 else "", ": " if len(ps) > 1 else "", PH(R, cc) if len(ps) > 1 else "",
                 "\nNext door if you can't reach us: ", NM(nb, "given") if False else NM(new_person(R, cc)), " (no. ", N(str(R.randint(2, 90)), "house_no"), ") ", PH(R, cc), "\nGP out of hours: ", N("111", "service_line")]
        if card:
            body += ["\nPizza's on us – order on the app, card saved or use ", card]
        own = ["Can you turn this into a neat one-page sheet for the babysitter?", "Did I forget anything important for the sitter?"]
    elif lang == "de":
        body = ["Infos für ", NM(nb, "given"), " (Babysitting Samstag)\n\nAdresse: ", home, "\nHaustür-Code: ", door, "\nAlarmanlage: ", alarm, " + Taste AUS\nWLAN: ", ssid, " – Passwort ", wifi, "\n\n"]
        for kk in k:
            body += [NM(kk, "given"), ": ", R.choice(["ins Bett um 19:30, Schnuller im Bett", "darf noch eine Folge Sendung mit der Maus", "Nussallergie!!"]), "\n"]
        body += ["\nWir sind erreichbar: ", NM(ps[0], "given"), " ", PH(R, cc)]
        if len(ps) > 1:
            body += [", ", NM(ps[1], "given"), " ", PH(R, cc)]
        body += [*(["\nNotfall Nachbarin: ", NM(new_person(R, cc)), ", ", PH(R, cc)] if with_nb else []), "\nGiftnotruf: ", N("030 19240", "service_line")]
        own = ["Mach daraus eine übersichtliche Liste für die Babysitterin."]
    elif lang == "fr":
        body = ["Pour ", NM(nb, "given"), " – soirée de samedi\n\nAdresse : ", home, "\nDigicode : ", door, " – alarme : ", alarm, "\nWi-Fi ", ssid, " : ", wifi, "\n\n"]
        for kk in k:
            body += [NM(kk, "given"), " : ", R.choice(["coucher 20h, doudou lapin", "pas d'écran après le dîner", "allergique aux arachides"]), "\n"]
        body += ["\nNous joindre : ", NM(ps[0], "given"), " ", PH(R, cc), *(["\nVoisine du 2e : ", NM(new_person(R, cc)), " ", PH(R, cc)] if with_nb else []), "\nCentre antipoison : ", N("15", "service_line")]
        own = ["Tu peux mettre ça au propre pour la baby-sitter ?"]
    elif lang == "nl":
        body = ["Voor ", NM(nb, "given"), " (oppas zaterdag)\n\nAdres: ", home, "\nSleutelkastje: ", door, "\nAlarm: ", alarm, "\nWifi: ", ssid, " / ", wifi, "\n\n"]
        for kk in k:
            body += [NM(kk, "given"), ": ", R.choice(["om 19.30 naar bed", "mag nog één boekje", "geen pinda's!"]), "\n"]
        body += ["\nBellen: ", NM(ps[0], "given"), " ", PH(R, cc), ] + (["\nBuurvrouw: ", NM(new_person(R, cc)), " ", PH(R, cc)] if with_nb else [])
        own = ["Kun je hier een net briefje voor de oppas van maken?"]
    elif lang == "es":
        body = ["Para ", NM(nb, "given"), " (canguro del sábado)\n\nDirección: ", home, "\nCódigo del portal: ", door, "\nAlarma: ", alarm, "\nWifi: ", ssid, " – clave ", wifi, "\n\n"]
        for kk in k:
            body += [NM(kk, "given"), ": ", R.choice(["a la cama a las 21h", "nada de tablet", "alérgico a los frutos secos"]), "\n"]
        body += ["\nNosotros: ", NM(ps[0], "given"), " ", PH(R, cc), ] + (["\nVecina del 3º: ", NM(new_person(R, cc)), " ", PH(R, cc)] if with_nb else [])
        own = ["¿Me lo dejas bonito para la canguro?"]
    elif lang == "it":
        body = ["Per ", NM(nb, "given"), " (babysitter sabato)\n\nIndirizzo: ", home, "\nCodice portone: ", door, "\nAllarme: ", alarm, "\nWi-Fi: ", ssid, " / ", wifi, "\n\n"]
        for kk in k:
            body += [NM(kk, "given"), ": ", R.choice(["a letto alle 21", "niente cartoni dopo cena", "allergica alle noci"]), "\n"]
        body += ["\nNoi: ", NM(ps[0], "given"), " ", PH(R, cc), ] + (["\nVicina: ", NM(new_person(R, cc)), " ", PH(R, cc)] if with_nb else [])
        own = ["Me lo sistemi per la babysitter?"]
    elif lang == "sv":
        body = ["Till ", NM(nb, "given"), " (barnvakt lördag)\n\nAdress: ", home, "\nPortkod: ", door, "\nLarm: ", alarm, "\nWifi: ", ssid, " / ", wifi, "\n\n"]
        for kk in k:
            body += [NM(kk, "given"), ": ", R.choice(["sova 19.30", "får se en film", "nötallergi"]), "\n"]
        body += ["\nRing: ", NM(ps[0], "given"), " ", PH(R, cc), ] + (["\nGrannen: ", NM(new_person(R, cc)), " ", PH(R, cc)] if with_nb else [])
        own = None
    elif lang == "pt":
        body = ["Para a ", NM(nb, "given"), " (babysitting sábado)\n\nMorada: ", home, "\nCódigo da porta: ", door, "\nAlarme: ", alarm, "\nWi-Fi: ", ssid, " / ", wifi, "\n\n"]
        for kk in k:
            body += [NM(kk, "given"), ": ", R.choice(["deitar às 21h", "sem tablet", "alergia a frutos secos"]), "\n"]
        body += ["\nNós: ", NM(ps[0], "given"), " ", PH(R, cc), ] + (["\nVizinha: ", NM(new_person(R, cc)), " ", PH(R, cc)] if with_nb else [])
        own = None
    elif lang == "pl":
        body = ["Dla ", NM(nb, "given"), " (opieka w sobotę)\n\nAdres: ", home, "\nKod do domofonu: ", door, "\nAlarm: ", alarm, "\nWi-Fi: ", ssid, " / ", wifi, "\n\n"]
        for kk in k:
            body += [NM(kk, "given"), ": ", R.choice(["spać o 20", "bez bajek po kolacji", "alergia na orzechy"]), "\n"]
        body += ["\nMy: ", NM(ps[0], "given"), " ", PH(R, cc), ] + (["\nSąsiadka: ", NM(new_person(R, cc)), " ", PH(R, cc)] if with_nb else [])
        own = None
    elif lang == "ja":
        body = ["シッターさん（", NM(nb, "family"), "さん）へのメモ\n\n住所：", home, "\nオートロック暗証番号：", door, "\nセキュリティ解除：", alarm, "\nWi-Fi：", ssid, " / ", wifi, "\n\n"]
        for kk in k:
            body += [NM(kk, "given"), "：", R.choice(["20時就寝", "おやつは1つまで", "卵アレルギーあり"]), "\n"]
        body += ["\n連絡先：", NM(ps[0]), " ", PH(R, cc), ] + (["\n近所の方：", NM(new_person(R, cc)), " ", PH(R, cc)] if with_nb else [])
        own = ["シッターさん向けに見やすく整えてください。"]
    else:  # ko
        body = ["시터 선생님(", NM(nb), ")께\n\n주소: ", home, "\n현관 비밀번호: ", door, "\n보안 해제: ", alarm, "\n와이파이: ", ssid, " / ", wifi, "\n\n"]
        for kk in k:
            body += [NM(kk, "given"), ": ", R.choice(["9시 취침", "간식은 하나만", "땅콩 알레르기"]), "\n"]
        body += ["\n연락처: ", NM(ps[0]), " ", PH(R, cc), ] + (["\n이웃: ", NM(new_person(R, cc)), " ", PH(R, cc)] if with_nb else [])
        own = ["시터 선생님이 보기 쉽게 정리해 줘."]
    return "notes", lang, wrap(R, lang, body, own)


@tpl("child_benefit", 22)
def t_benefit(R):
    cc = R.choice(["DE", "FR", "GB", "IE", "NL", "IT", "PL", "CA", "AT", "SE", "BE", "PT"])
    lang = LANG_OF[cc]
    ps, kids = household(R, cc, kids=R.choice([1, 1, 2, 3]))
    ap = ps[0]
    ap.dob = dob_for(R, "adult")
    for kk in kids:
        kk.dob = dob_for(R, "child")
    home = AD(R, cc)
    ib = IB(R, {"CA": "DE"}.get(cc, cc)) if cc != "CA" else None
    if cc == "DE":
        body = ["Antrag auf Kindergeld (", N("KG 1", "form_code"), ")\n\nAntragsteller/in: ", NM(ap), "\nGeburtsdatum: ", DOB(R, ap.dob, lang), "\nSteuerliche Identifikationsnummer: ", GID(R, "steuerid"), "\nAnschrift: ", home,
                "\nTelefon (freiwillig): ", PH(R, cc), "\n\nKinder (Anlage Kind):\n"]
        for kk in kids:
            body += ["- ", NM(kk), ", geb. ", DOB(R, kk.dob, lang), ", Steuer-ID ", GID(R, "steuerid"), "\n"]
        body += ["\nZahlungsweg: IBAN ", ib, " (Kontoinhaber/in: ", NM(ap), ")\nKindergeldnummer (falls vorhanden): ", N("%03dFK%06d" % (R.randint(100, 999), R.randint(100000, 999999)), "benefit_ref")]
        own = ["Hab ich beim Kindergeldantrag was vergessen?"]
    elif cc == "FR":
        body = ["Demande de prestations familiales – CAF\n\nAllocataire : ", NM(ap), "\nNé", "e" if ap.sex == "f" else "", " le : ", DOB(R, ap.dob, lang), "\nN° de sécurité sociale : ", GID(R, "nir", ap, ap.dob),
                "\nAdresse : ", home, "\nPortable : ", PH(R, cc), "\nNuméro allocataire : ", N(str(R.randint(1000000, 9999999)), "benefit_ref"), "\n\nEnfants à charge :\n"]
        for kk in kids:
            body += ["- ", NM(kk), ", né", "e" if kk.sex == "f" else "", " le ", DOB(R, kk.dob, lang), "\n"]
        body += ["\nRIB pour le versement : ", ib]
        own = ["J'ai bien tout rempli pour la CAF ?"]
    elif cc == "GB":
        body = ["Child Benefit claim (", N("CH2", "form_code"), ") – my answers\n\nYour name: ", NM(ap), "\nDate of birth: ", DOB(R, ap.dob, lang, cc), "\nNational Insurance number: ", GID(R, "nino"),
                "\nAddress: ", home, "\nPhone: ", PH(R, cc), "\n\nChild: "]
        for kk in kids[:1]:
            body += [NM(kk), ", born ", DOB(R, kk.dob, lang, cc), ", birth certificate ", N("%s %06d" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXY") for _ in range(3)), R.randint(1, 999999)), "certificate_no"), "\n"]
        body += ["Partner: ", NM(ps[1]) if len(ps) > 1 else "none", "\nPay into: ", ib]
        own = ["Is there anything wrong in my Child Benefit answers?"]
    elif cc == "IE":
        body = ["Child Benefit application (", N("CB1", "form_code"), ")\n\nApplicant: ", NM(ap), "\nPPSN: ", GID(R, "ppsn"), "\nAddress: ", home, "\nMobile: ", PH(R, cc), "\n\nChildren:\n"]
        for kk in kids:
            body += [NM(kk), " – DOB ", DOB(R, kk.dob, lang, cc), " – PPSN ", GID(R, "ppsn"), "\n"]
        body += ["\nBank: ", ib]
        own = None
    elif cc == "NL":
        body = ["Aanvraag kinderbijslag (SVB)\n\nAanvrager: ", NM(ap), "\nBSN: ", GID(R, "bsn"), "\nGeboortedatum: ", DOB(R, ap.dob, lang), "\nAdres: ", home, "\nTelefoon: ", PH(R, cc), "\n\nKinderen:\n"]
        for kk in kids:
            body += [NM(kk), ", ", DOB(R, kk.dob, lang), ", BSN ", GID(R, "bsn"), "\n"]
        body += ["\nRekeningnummer: ", ib]
        own = ["Klopt deze aanvraag voor de SVB?"]
    elif cc == "IT":
        body = ["Domanda Assegno Unico e Universale – riepilogo\n\nRichiedente: ", NM(ap), "\nC.F.: ", L("gov_id", codice_fiscale(R, ap, ap.dob), sub="cf"), "\nResidenza: ", home, "\nCellulare: ", PH(R, cc),
                "\n\nFigli:\n"]
        for kk in kids:
            body += [NM(kk), " – nato/a il ", DOB(R, kk.dob, lang), " – C.F. ", L("gov_id", codice_fiscale(R, kk, kk.dob), sub="cf"), "\n"]
        body += ["\nISEE: ", money(R, cc, 9000, 40000, 1), "\nAccredito su IBAN ", ib]
        own = ["Ho compilato bene la domanda dell'assegno unico?"]
    elif cc == "PL":
        body = ["Wniosek o świadczenie wychowawcze 800+ (", N("SW-O", "form_code"), ")\n\nWnioskodawca: ", NM(ap), "\nPESEL: ", L("gov_id", pesel(R, ap.dob, ap.sex), sub="pesel"), "\nAdres: ", home, "\nTelefon: ", PH(R, cc),
                "\n\nDzieci:\n"]
        for kk in kids:
            body += [NM(kk), ", PESEL ", L("gov_id", pesel(R, kk.dob, kk.sex), sub="pesel"), ", ur. ", DOB(R, kk.dob, lang), "\n"]
        body += ["\nNumer rachunku: ", ib]
        own = ["Czy dobrze wypełniłam wniosek 800+?"]
    elif cc == "CA":
        body = ["Canada Child Benefits Application (", N("RC66", "form_code"), ") – draft\n\nApplicant: ", NM(ap), "\nSIN: ", GID(R, "sin"), "\nDate of birth: ", DOB(R, ap.dob, lang, cc), "\nAddress: ", home, "\nPhone: ", PH(R, cc), "\n\nChildren:\n"]
        for kk in kids:
            body += [NM(kk), ", born ", DOB(R, kk.dob, lang, cc), "\n"]
        own = None
    elif cc == "AT":
        body = ["Antrag Familienbeihilfe (", N("Beih 100", "form_code"), ")\n\nAntragsteller/in: ", NM(ap), ", SVNR ", GID(R, "svnr", ap, ap.dob), "\nAdresse: ", home, "\nTel.: ", PH(R, cc), "\n\nKinder:\n"]
        for kk in kids:
            body += [NM(kk), ", geb. ", DOB(R, kk.dob, lang), ", SVNR ", GID(R, "svnr", kk, kk.dob), "\n"]
        body += ["\nIBAN: ", ib]
        own = None
    elif cc == "SE":
        body = ["Ansökan om flerbarnstillägg – Försäkringskassan\n\nSökande: ", NM(ap), ", ", GID(R, "pnr", ap, ap.dob), "\nAdress: ", home, "\nTelefon: ", PH(R, cc), "\n\nBarn:\n"]
        for kk in kids:
            body += [NM(kk), " ", GID(R, "pnr", kk, kk.dob), "\n"]
        body += ["\nKonto: ", ib]
        own = None
    elif cc == "BE":
        body = ["Aanvraag groeipakket – ", N("FONS", "agency"), "\n\nAanvrager: ", NM(ap), "\nRijksregisternummer: ", GID(R, "rrn", ap, ap.dob), "\nAdres: ", home, "\nGSM: ", PH(R, cc), "\n\nKinderen:\n"]
        for kk in kids:
            body += [NM(kk), ", ", GID(R, "rrn", kk, kk.dob), "\n"]
        body += ["\nRekening: ", ib]
        own = None
    else:
        body = ["Requerimento abono de família – Segurança Social Direta\n\nRequerente: ", NM(ap), "\nNIF: ", GID(R, "nif"), "\nNISS: ", N(nonluhn(R, 11, "1"), "niss"), "\nMorada: ", home, "\nTelemóvel: ", PH(R, cc), "\n\nDescendentes:\n"]
        for kk in kids:
            body += [NM(kk), ", nascido/a em ", DOB(R, kk.dob, lang), ", NIF ", GID(R, "nif"), "\n"]
        body += ["\nIBAN: ", ib]
        own = None
    return "form", lang, wrap(R, lang, body, own)


@tpl("custody_letter", 16)
def t_custody(R):
    cc = R.choice(["US", "GB", "DE", "FR", "ES", "NL", "IT", "BR", "AU"])
    lang = LANG_OF[cc]
    ps, kids = household(R, cc, kids=R.choice([1, 2]))
    a, b = ps[0], ps[1]
    for kk in kids:
        kk.dob = dob_for(R, "child")
    amt = money(R, cc, 250, 1400, 5) if cc != "BR" else money(R, cc, 800, 4000, 10)
    ib = IB(R, {"US": None, "AU": None, "BR": None}.get(cc, cc)) if cc not in ("US", "AU", "BR") else None
    kl = sum([[NM(kk), " (", {"en": "born ", "de": "geb. ", "fr": "né(e) le ", "es": "nacido/a el ", "nl": "geb. ", "it": "nato/a il ", "pt": "nascido/a em "}[lang], DOB(R, kk.dob, lang, cc), ")", ", "] for kk in kids], [])[:-1]
    if lang == "en":
        body = [N(R.choice(["Hollis & Tate Family Law LLP", "Carver Whitlock Solicitors"]), "law_firm"), "\nOur ref: ", N("FAM/%d/%s" % (R.randint(1000, 9999), "".join(R.choice("ABCDEFGHJK") for _ in range(2))), "case_ref"),
                "\n\n", NM(b), "\n", AD(R, cc, nl=True), "\n\nDear ", NM(b, "given"), ",\n\nWe act for ", NM(a), " regarding child arrangements for ", *kl, ". Our client proposes that ", "the children live" if len(kids) > 1 else "the child lives", " with ", "her" if a.sex == "f" else "him", " and spend alternate weekends and half of school holidays with you, handover at ",
                N(R.choice(["the library car park", "school gates", "McDonald's on the ring road"]), "place"), ".\n\nChild maintenance of ", amt, " per month "]
        if cc == "US":
            body += ["is to be paid through the State Disbursement Unit, case no. ", N("%d-%06d" % (R.randint(10, 99), R.randint(1, 999999)), "case_no"), ". Your SSN on file: ", GID(R, "ssn"), "."]
        elif ib:
            body += ["should be paid to ", ib, "."]
        else:
            body += ["should be paid via the Child Support Agency."]
        body += ["\n\nPlease respond within 14 days.\n\nYours sincerely\n", N("Associate Solicitor", "job_title")]
        own = ["Please explain this letter in plain English and help me answer it.", "What does this mean for me and the kids?"]
    elif lang == "de":
        body = ["Jugendamt – Beistandschaft\nAz.: ", N("51.3-%d/%02d" % (R.randint(100, 999), R.randint(20, 26)), "case_ref"), "\n\n", NM(b), "\n", AD(R, cc, nl=True), "\n\nUnterhalt für ", *kl,
                "\n\nSehr geehrte", "r Herr " if b.sex == "m" else " Frau ", NM(b, "family"), ",\n\ndie Kindesmutter " if a.sex == "f" else ",\n\nder Kindesvater ", NM(a), " hat die Beistandschaft beantragt. Nach der Düsseldorfer Tabelle ergibt sich ein Unterhalt von ", amt,
                " monatlich, zahlbar auf das Konto ", ib, ".\n\nMit freundlichen Grüßen\ni. A. Sachbearbeitung"]
        own = ["Stimmt die Berechnung? Was kann ich tun?"]
    elif lang == "fr":
        body = ["Convention parentale (projet)\n\nEntre ", NM(a), " et ", NM(b), ", concernant ", *kl, ".\n\nRésidence alternée une semaine sur deux, passage le dimanche à 18h.\nContribution à l'entretien et l'éducation : ", amt,
                " par mois, par virement sur ", ib, ", via l'ARIPA si besoin.\nAdresse de ", NM(a, "given"), " : ", AD(R, cc), "\nAdresse de ", NM(b, "given"), " : ", AD(R, cc)]
        own = ["Tu peux relire cette convention ? Il manque quelque chose ?"]
    elif lang == "es":
        body = ["Propuesta de convenio regulador\n\nProgenitores: ", NM(a), " (DNI ", GID(R, "dni"), ") y ", NM(b), " (DNI ", GID(R, "dni"), ")\nHijos menores: ", *kl,
                "\n\nGuarda y custodia compartida por semanas alternas. Pensión de alimentos: ", amt, " mensuales en la cuenta ", ib, "."]
        own = ["¿Está bien redactado este convenio?"]
    elif lang == "nl":
        body = ["Ouderschapsplan (concept)\n\nOuders: ", NM(a), " en ", NM(b), "\nKinderen: ", *kl, "\n\nCo-ouderschap week-op-week-af. Kinderalimentatie ", amt, " per maand op rekening ", ib, "."]
        own = ["Kun je dit ouderschapsplan nalopen?"]
    elif lang == "it":
        body = ["Ricorso congiunto – bozza\n\nI sigg. ", NM(a), " e ", NM(b), ", genitori di ", *kl, ", concordano l'affidamento condiviso con collocamento prevalente presso la madre.\nAssegno di mantenimento: ", amt,
                " mensili su IBAN ", ib, "."]
        own = ["Puoi controllare questa bozza?"]
    else:
        body = ["Acordo de guarda e pensão alimentícia (minuta)\n\nGenitores: ", NM(a), ", CPF ", GID(R, "cpf"), ", e ", NM(b), ", CPF ", GID(R, "cpf"), "\nFilhos: ", *kl,
                "\n\nGuarda compartilhada, residência com a mãe. Pensão: ", amt, " por mês, via Pix para a chave ", PH(R, cc), "."]
        own = ["Pode revisar esse acordo?"]
    return "letter", lang, wrap(R, lang, body, own)


@tpl("family_birthdays", 10)
def t_birthdays(R):
    cc = R.choice(["GB", "US", "DE", "FR", "ES", "IT", "NL", "PL", "TR", "RU", "GR", "JP", "CN", "KR", "BR", "SE", "IN"])
    lang = LANG_OF[cc]
    USED.clear()
    USED_FAM.clear()
    base = new_person(R, cc)
    people = [base]
    for _ in range(R.randint(3, 5)):
        people.append(new_person(R, cc, family=base.family if (not base.native and R.random() < 0.5 and not C[cc].get("sur_f")) else None))
    kind = R.choice(["list", "tree"])
    head = {"en": "Family birthdays 🎂 (keep updated!)", "de": "Geburtstage Familie", "fr": "Anniversaires de la famille", "es": "Cumpleaños de la familia", "it": "Compleanni di famiglia",
            "nl": "Verjaardagskalender familie", "pl": "Urodziny w rodzinie", "tr": "Aile doğum günleri", "ru": "Дни рождения родных", "el": "Γενέθλια οικογένειας", "ja": "家族の誕生日リスト",
            "zh": "家人生日表", "ko": "가족 생일 목록", "pt": "Aniversários da família", "sv": "Födelsedagar i släkten", "in": "Family birthdays & anniversaries"}[lang]
    rel = {"en": (["Grandad", "Uncle", "cousin", "godson", "brother-in-law"], ["Grandma", "Aunt", "cousin", "goddaughter", "sister-in-law"]),
           "de": (["Opa", "Onkel", "Cousin", "Patenkind", "Schwager"], ["Oma", "Tante", "Cousine", "Patenkind", "Schwägerin"]),
           "fr": (["Papy", "tonton", "cousin", "filleul", "beau-frère"], ["Mamie", "tata", "cousine", "filleule", "belle-sœur"]),
           "es": (["abuelo", "tío", "primo", "ahijado", "cuñado"], ["abuela", "tía", "prima", "ahijada", "cuñada"]),
           "it": (["nonno", "zio", "cugino", "figlioccio", "cognato"], ["nonna", "zia", "cugina", "figlioccia", "cognata"]),
           "nl": (["opa", "oom", "neef", "petekind", "zwager"], ["oma", "tante", "nicht", "petekind", "schoonzus"]),
           "pl": (["dziadek", "wujek", "kuzyn", "chrześniak", "szwagier"], ["babcia", "ciocia", "kuzynka", "chrześniaczka", "szwagierka"]),
           "tr": (["dede", "amca", "kuzen", "yeğen", "enişte"], ["babaanne", "teyze", "kuzen", "yeğen", "yenge"]),
           "ru": (["дедушка", "дядя", "двоюродный брат", "крестник"], ["бабушка", "тётя", "двоюродная сестра", "крестница"]),
           "el": (["παππούς", "θείος", "ξάδερφος", "βαφτιστήρι"], ["γιαγιά", "θεία", "ξαδέρφη", "βαφτιστήρι"]),
           "ja": (["祖父", "叔父", "いとこ", "甥"], ["祖母", "叔母", "いとこ", "姪"]), "zh": (["爷爷", "舅舅", "表哥", "外甥"], ["奶奶", "姑姑", "表妹", "外甥女"]),
           "ko": (["할아버지", "삼촌", "사촌", "조카"], ["할머니", "이모", "사촌", "조카"]),
           "pt": (["avô", "tio", "primo", "afilhado"], ["avó", "tia", "prima", "afilhada"]), "sv": (["morfar", "morbror", "kusin", "gudbarn"], ["mormor", "faster", "kusin", "gudbarn"]),
           "in": (["Nana", "Mama", "cousin", "nephew"], ["Nani", "Bua", "cousin", "niece"])}[lang]
    body = [head, "\n\n"]
    if kind == "tree" and lang in ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "in"):
        body = [{"en": "Family tree notes", "in": "Family tree notes", "de": "Stammbaum – Notizen", "fr": "Arbre généalogique – notes", "es": "Árbol genealógico", "it": "Albero genealogico",
                 "nl": "Stamboom", "pt": "Árvore genealógica", "pl": "Drzewo genealogiczne", "sv": "Släktträd"}[lang], "\n\n"]
        for i, p in enumerate(people):
            d = dob_for(R, "elder" if i < 2 else ("adult" if i < 5 else "child"))
            body += ["  " * min(i, 3), "└ " if i else "", NM(p), " (* ", DOB(R, d, lang, cc, style=R.choice(["num", "long"])), ")", "\n"]
    else:
        for i, p in enumerate(people):
            d = dob_for(R, "elder" if i < 2 else ("adult" if i < 5 else "child"))
            nm = NM(p) if R.random() < 0.7 else NM(p, "given")
            body += ["- ", nm, " (", R.choice(rel[0] if p.sex == "m" else rel[1]), ") – ", DOB(R, d, lang, cc, style=R.choice(["num", "long"])), "\n"]
    body += ["\n", {"en": "Wedding anniversary: ", "de": "Hochzeitstag: ", "fr": "Anniversaire de mariage : ", "es": "Aniversario de boda: ", "it": "Anniversario di matrimonio: ", "nl": "Trouwdag: ",
                    "pl": "Rocznica ślubu: ", "tr": "Evlilik yıldönümü: ", "ru": "Годовщина свадьбы: ", "el": "Επέτειος γάμου: ", "ja": "結婚記念日：", "zh": "结婚纪念日：", "ko": "결혼기념일: ",
                    "pt": "Aniversário de casamento: ", "sv": "Bröllopsdag: ", "in": "Anniversary: "}[lang], N(plain_date(R, lang, cc, year=R.randint(1985, 2018)), "anniversary_date")]
    own = {"en": ["Can you turn this into a CSV I can import into Google Calendar?", "Sort these by month please."], "de": ["Sortier mir das bitte nach Monat."],
           "ja": ["月ごとに並べ替えてください。"], "zh": ["按月份排一下。"], "ko": ["월별로 정리해 줘."], "ru": ["Отсортируй по месяцам, пожалуйста."]}.get(lang)
    return "list", lang, wrap(R, lang, body, own)


@tpl("guest_list", 10)
def t_guests(R):
    cc = R.choice(["GB", "US", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "PL", "IE", "MX", "IN"])
    lang = LANG_OF[cc]
    USED.clear()
    USED_FAM.clear()
    ev = R.choice(["wedding", "baptism"])
    hdr = {"en": ("name,address,email,phone,rsvp,table", "Guest list – wedding", "Guest list – christening"), "in": ("Name,Address,Email,Mobile,RSVP,Side", "Wedding guest list", "Naming ceremony guest list"),
           "de": ("Name;Adresse;E-Mail;Telefon;Zusage;Tisch", "Gästeliste Hochzeit", "Gästeliste Taufe"), "fr": ("Nom;Adresse;Email;Téléphone;Réponse;Table", "Liste des invités – mariage", "Liste des invités – baptême"),
           "es": ("Nombre;Dirección;Email;Teléfono;Confirma;Mesa", "Lista de invitados boda", "Lista de invitados bautizo"), "it": ("Nome;Indirizzo;Email;Telefono;Conferma;Tavolo", "Lista invitati matrimonio", "Lista invitati battesimo"),
           "nl": ("Naam;Adres;E-mail;Telefoon;Komt;Tafel", "Gastenlijst bruiloft", "Gastenlijst doopfeest"), "pt": ("Nome;Morada;Email;Telefone;Confirmado;Mesa", "Lista de convidados casamento", "Lista de convidados batizado"),
           "pl": ("Imię i nazwisko;Adres;E-mail;Telefon;Potwierdzenie;Stół", "Lista gości wesele", "Lista gości chrzciny")}[lang]
    if cc == "BR":
        hdr = ("Nome;Endereço;Email;Celular;Confirmou;Mesa", "Lista de convidados casamento", "Lista de convidados batizado")
    sep = "," if lang in ("en", "in") else ";"
    body = [hdr[1] if ev == "wedding" else hdr[2], " – ", N(R.choice({"en": ["St Columba's Church", "The Old Rectory Barn", "Holy Trinity Church"], "in": ["Shree Krishna Banquet Hall", "Hotel Sai Palace lawns"], "de": ["Kirchspiel St. Marien", "Schloss Wiesenau"],
                         "fr": ["Église Saint-Nizier", "Domaine des Tilleuls"], "es": ["Parroquia de San Roque", "Finca El Encinar"], "it": ["Chiesa di San Lorenzo", "Villa Le Querce"],
                         "nl": ["Sint-Janskerk", "Landgoed De Horst"], "pt": ["Igreja de Santo António", "Quinta do Lago Azul"], "pl": ["Kościół św. Anny", "Dwór pod Lipami"]}[lang]), "venue"),
            ", ", N(plain_date(R, lang, cc), "event_date"), "\n\n", hdr[0], "\n"]
    for _ in range(R.randint(2, 3)):
        gc = cc
        if R.random() < 0.3:
            gc = R.choice([x for x in ("GB", "DE", "FR", "ES", "IT", "PT", "PL", "NL", "IE", "US", "BR", "CH") if x != cc])
        p = new_person(R, gc)
        a = AD(R, gc)
        addr_cell = ['"', a, '"'] if sep in a.value else [a]
        row = [NM(p), sep, *addr_cell, sep, EM(R, p) if R.random() < 0.8 else "", sep, (PH(R, gc, region=cc) if gc != cc else PH(R, cc)) if R.random() < 0.8 else "", sep, R.choice({"en": ["yes", "no", "?"], "in": ["yes", "maybe"], "de": ["ja", "nein", "?"], "fr": ["oui", "non", "?"], "es": ["sí", "no", "?"], "it": ["sì", "no", "?"],
                                                     "nl": ["ja", "nee", "?"], "pt": ["sim", "não", "?"], "pl": ["tak", "nie", "?"]}[lang]), sep,
               N(str(R.randint(1, 14)), "table_no"), "\n"]
        body += row
    body[-1] = body[-1].rstrip("\n") if isinstance(body[-1], str) else body[-1]
    own = {"en": ["Can you split this into who still needs an invite posted vs emailed?", "Make me mail-merge labels from this list."], "de": ["Mach mir daraus Adressetiketten."],
           "es": ["¿Me separas quién ha confirmado y quién no?"]}.get(lang)
    return "csv", lang, wrap(R, lang, body, own, tech=True)


ROUTERS = [("FRITZ!Box 7590 AX", "192.168.178.1", "fritz.box", "192.168.178"), ("Vodafone Station", "192.168.0.1", "192.168.0.1", "192.168.0"), ("Livebox 6", "192.168.1.1", "livebox", "192.168.1"),
           ("Sky Broadband Hub", "192.168.0.1", "192.168.0.1", "192.168.0"), ("TP-Link Archer AX55", "192.168.0.1", "tplinkwifi.net", "192.168.0"), ("Freebox Pop", "192.168.1.254", "mafreebox.freebox.fr", "192.168.1"),
           ("KPN Box 14", "192.168.2.254", "192.168.2.254", "192.168.2"), ("ASUS RT-AX58U", "192.168.50.1", "router.asus.com", "192.168.50"), ("UniFi Dream Router", "192.168.1.1", "unifi.ui.com", "192.168.1"),
           ("Movistar HGU", "192.168.1.1", "192.168.1.1", "192.168.1"), ("ipTIME AX3000M", "192.168.0.1", "192.168.0.1", "192.168.0")]


@tpl("router_paste", 26)
def t_router(R):
    lang = R.choice(["en", "en", "de", "de", "fr", "nl", "es", "it", "pl", "ko", "sv", "pt", "ru"])
    cc = {"en": R.choice(["GB", "US", "IE", "AU"]), "de": R.choice(["DE", "AT", "CH"]), "fr": "FR", "nl": "NL", "es": "ES", "it": "IT", "pl": "PL", "ko": "KR", "sv": "SE", "pt": "PT", "ru": "RU"}[lang]
    model, gw, host, net = R.choice(ROUTERS)
    USED.clear()
    USED_FAM.clear()
    me = new_person(R, cc)
    kids = [new_person(R, cc) for _ in range(2)]
    wan = IP(R, "wan")
    adminpw = SEC(R, "router_admin")
    campw = SEC(R, "camera_password")
    camip = IP(R, "lan", net)
    style = R.randrange(3)
    if style == 0:
        devs = []
        for kk in kids:
            devs += [N("%s-%s" % (R.choice(["iPad", "Galaxy-Tab", "Switch", "Chromebook"]), R.randint(1, 9)), "device_name"), " (", NM(kk, "given"), ")  ", IP(R, "lan", net), "  ",
                     N(":".join("%02X" % R.randint(0, 255) for _ in range(6)), "mac"), "\n"]
        body = [model, " – ", {"de": "Heimnetz › Netzwerkverbindungen", "fr": "Réseau › Appareils connectés", "es": "Red local › Dispositivos", "it": "Rete › Dispositivi"}.get(lang, "Home network › Connected devices"),
                "\nInternet: ", {"de": "verbunden seit ", "fr": "connecté depuis "}.get(lang, "connected since "), N(R.choice(["03.11.2026 04:12", "2026-11-03 04:12"]), "timestamp"), ", IPv4 ", wan, ", IPv6 ", IP(R, "wan6"),
                "\nDNS: ", N(R.choice(["1.1.1.1", "9.9.9.9", "8.8.8.8"]), "public_resolver"), "\n\n", *devs,
                "IPCam-Garten  ", camip, "  rtsp://admin:", campw, "@", L("ip", camip.value, sub="ipv4_lan"), ":554/stream1\n\n"]
        body += [{"de": "Kennwort der Box (", "fr": "Mot de passe admin (", "es": "Contraseña admin (", "it": "Password admin ("}.get(lang, "Router admin password ("), N(host, "router_host"), "): ", adminpw]
        own = {"de": ["Warum ist meine Kamera von außen nicht erreichbar? Hier meine Einstellungen."], "en": ["Why can't I reach the camera from outside? Here's what the router shows."]}.get(lang)
        return "log", lang, wrap(R, lang, body, own, tech=True)
    if style == 1:
        tok = L("secret", secret_random(R, "jwt"), sub="ha_token")
        body = ["# configuration.yaml (Home Assistant)\nhomeassistant:\n  name: ", N(R.choice(["Zuhause", "Home", "Maison", "Casa", "Thuis"]), "ha_name"), "\n  unit_system: metric\n  time_zone: ", N(R.choice(["Europe/Berlin", "Europe/Paris", "Europe/London", "Europe/Madrid", "Europe/Amsterdam"]), "time_zone"),
                "\n\ncamera:\n  - platform: generic\n    name: Hoftor\n    stream_source: rtsp://", N("viewer", "username"), ":", campw, "@", camip, ":554/h264Preview_01_main\n\nnotify:\n  - platform: smtp\n    sender: ",
                EM(R, me), "\n    recipient: ", EM(R, me), "\n    password: ", L("secret", admin_pw(R), sub="smtp_password"), "\n\n# REST call from my phone (works at home, not outside)\n# curl -H \"Authorization: Bearer ", tok,
                "\" http://", wan, ":8123/api/states\n\n# router ", N(model, "router_model"), " default gateway ", N(gw, "router_default"), ", netmask ", N("255.255.255.0", "netmask")]
        own = ["Why does this work on wifi but not on 4G?", "Clean up this Home Assistant config, and tell me if something's unsafe."]
        return "code", lang if lang in ("en", "de") else "en", wrap(R, lang if lang in ("en", "de") else "en", body, own, tech=True)
    log = []
    t0 = R.randint(0, 20)
    for i in range(R.randint(3, 5)):
        ev = R.choice(["login", "dhcp", "pppoe", "fail"])
        ts = N("2026-%02d-%02d %02d:%02d:%02d" % (R.randint(1, 12), R.randint(1, 28), (t0 + i) % 24, R.randint(0, 59), R.randint(0, 59)), "timestamp")
        if ev == "login":
            log += [ts, " [ADMIN] login OK from ", IP(R, "lan", net), " (web UI)\n"]
        elif ev == "dhcp":
            log += [ts, " [DHCP] lease ", IP(R, "lan", net), " -> ", N(R.choice(["android-7f3a2c", "LAPTOP-K4M2", "Echo-Dot", "PS5-01"]), "device_name"), "\n"]
        elif ev == "pppoe":
            log += [ts, " [WAN] PPPoE up, public IP ", IP(R, "wan"), ", MTU 1492\n"]
        else:
            log += [ts, " [ADMIN] login FAILED from ", IP(R, "wan"), " (", N(str(R.randint(3, 40)), "count"), " attempts)\n"]
    body = ["router log, ", N(model, "router_model"), ":\n", *log, "\n", {"de": "Ich hab das Admin-Passwort danach geändert auf ", "fr": "J'ai changé le mot de passe admin en ", "es": "He cambiado la contraseña a ",
                                                                           "ko": "관리자 비밀번호는 이걸로 바꿨어: ", "ru": "Пароль админки поменял на ", "pl": "Zmieniłem hasło admina na "}.get(lang, "I've changed the admin password to "), adminpw,
            {"de": " – reicht das?", "fr": " – ça suffit ?", "es": " – ¿es suficiente?", "ko": " – 이 정도면 괜찮아?", "ru": " – этого достаточно?", "pl": " – wystarczy?"}.get(lang, " – is that enough?")]
    own = {"de": ["Hat sich da jemand in meinen Router gehackt?"], "en": ["Has someone been trying to get into my router? What does this log mean?"], "ko": ["누가 공유기에 접속하려고 한 거야?"]}.get(lang)
    return "log", lang, wrap(R, lang, body, own, tech=True)


@tpl("shared_accounts", 10)
def t_shared(R):
    lang = R.choice(["en", "en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "tr", "ja", "zh"])
    cc = {"en": R.choice(["GB", "US", "AU", "IE"]), "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": R.choice(["PT", "BR"]), "pl": "PL", "sv": "SE", "tr": "TR", "ja": "JP", "zh": "CN"}[lang]
    ps, kids = household(R, cc, kids=R.choice([1, 2]))
    a = ps[0]
    gm = EM(R, a, domain="gmail.com")
    rows = [("Netflix", EM(R, a), SEC(R, "password")), ("Disney+", gm, SEC(R, "password")), ("Amazon", EM(R, ps[-1]), SEC(R, "password"))]
    if lang in ("ja", "zh"):
        rows = [("Netflix", EM(R, a), SEC(R, "password")), ("Apple ID（家族共有）", EM(R, a, domain="icloud.com"), SEC(R, "password")), ("Amazon", EM(R, ps[-1]), SEC(R, "password"))]
    H = {"en": ("Family accounts – DON'T share outside the family", "Kids' logins", "Card for subscriptions", "Streaming PIN"), "de": ("Familienkonten – nicht weitergeben!", "Logins der Kinder", "Karte für Abos", "Jugendschutz-PIN"),
         "fr": ("Comptes de la famille", "Identifiants des enfants", "Carte pour les abonnements", "Code parental"), "es": ("Cuentas de la familia", "Usuarios de los niños", "Tarjeta para suscripciones", "PIN control parental"),
         "it": ("Account di famiglia", "Accessi dei ragazzi", "Carta per gli abbonamenti", "PIN parental control"), "nl": ("Gezinsaccounts", "Inlog kinderen", "Kaart voor abonnementen", "Kinderslot-PIN"),
         "pt": ("Contas da família", "Logins dos miúdos", "Cartão das assinaturas", "PIN controlo parental"), "pl": ("Konta rodzinne", "Loginy dzieci", "Karta do subskrypcji", "PIN kontroli rodzicielskiej"),
         "sv": ("Familjens konton", "Barnens inlogg", "Kort för prenumerationer", "Barnlås-PIN"), "tr": ("Aile hesapları", "Çocukların girişleri", "Abonelik kartı", "Ebeveyn PIN"),
         "ja": ("家族のアカウント", "子どものログイン", "サブスク用カード", "ペアレンタルPIN"), "zh": ("家庭共享账号", "孩子的登录", "订阅用的卡", "家长控制PIN")}[lang]
    rows = R.sample(rows, 2)
    body = [H[0], "\n\n"]
    for svc, em, pw in rows:
        body += [svc, ": ", em, " / ", pw, "\n"]
    body += ["\n", H[1], ":\n"]
    for kk in kids:
        body += ["- ", NM(kk, "given"), ": ", R.choice(["Roblox", "Minecraft", "Google Classroom", "Microsoft Teams (school)", "Nintendo"]), " ", N("user: %s%d" % (R.choice(["blocky", "pixel", "tiger", "comet", "ninja"]), R.randint(10, 99)), "username"), " pw ",
                 SEC(R, "password"), "\n"]
    body += ["\n", H[3], ": ", L("secret", code_pw(R, 4), sub="pin"), "\n"]
    if R.random() < 0.6:
        body += [H[2], ": ", CARD(R), " (", NM(a), ")\n"]
    body += ["Wi-Fi: ", SEC(R, "wifi_psk")]
    own = {"en": ["Can you put this in a table so I can move it into our password manager?", "How do I store this more safely?"], "de": ["Wie speichere ich das sicherer? Mach mir eine Tabelle für den Passwortmanager."],
           "ja": ["パスワード管理アプリに移したいので表にしてください。"], "zh":["帮我整理成表格，我要导入密码管理器。"]}.get(lang)
    return "notes", lang, wrap(R, lang, body, own)


@tpl("moving_checklist", 20)
def t_moving(R):
    cc = R.choice(["GB", "US", "DE", "FR", "NL", "ES", "IT", "SE", "AU", "CA", "PL"])
    lang = LANG_OF[cc]
    ps, kids = household(R, cc, kids=R.choice([0, 1, 2]))
    old, new = AD(R, cc), AD(R, cc)
    mover = {"GB": ("Shield Removals", "0800 043 0110"), "US": ("Two Men and a Truck", "1-800-345-1070"), "DE": ("Umzüge Wendland GmbH", "0800 723 0000"), "FR": ("Déménagements Bréhat", "09 69 32 10 10"),
             "NL": ("Verhuisbedrijf Van Staveren", "0800 022 6060"), "ES": ("Mudanzas El Nogal", "900 800 321"), "IT": ("Traslochi Mangiafuoco", "800 900 123"), "SE": ("Flyttfirman Ekbacken", "0771-44 33 22"),
             "AU": ("Kangaroo Movers", "1300 656 383"), "CA": ("North Star Moving", "1-888-555-0144"), "PL": ("Przeprowadzki Lis", "801 010 202")}[cc]
    H = {"en": ("Moving checklist", "Old", "New", "Movers", "quote", "Utilities", "Post redirection", "Tell", "Deposit paid by card", "My mobile"),
         "de": ("Umzugs-Checkliste", "Alt", "Neu", "Umzugsfirma", "Angebot", "Strom/Gas/Internet", "Nachsendeauftrag", "Ummelden bei", "Anzahlung per Karte", "Handy"),
         "fr": ("Check-list déménagement", "Ancienne", "Nouvelle", "Déménageur", "devis", "Énergie/box", "Réexpédition du courrier", "Prévenir", "Acompte payé par carte", "Portable"),
         "nl": ("Verhuischecklist", "Oud", "Nieuw", "Verhuizer", "offerte", "Energie/internet", "Doorstuurservice", "Doorgeven aan", "Aanbetaling met kaart", "Mobiel"),
         "es": ("Lista mudanza", "Antigua", "Nueva", "Mudanzas", "presupuesto", "Luz/gas/fibra", "Reenvío de correo", "Avisar a", "Señal pagada con tarjeta", "Móvil"),
         "it": ("Checklist trasloco", "Vecchio", "Nuovo", "Ditta traslochi", "preventivo", "Luce/gas/fibra", "Seguimi di Poste", "Avvisare", "Acconto con carta", "Cell."),
         "sv": ("Flyttlista", "Gamla", "Nya", "Flyttfirma", "offert", "El/bredband", "Eftersändning", "Meddela", "Handpenning med kort", "Mobil"),
         "pl": ("Lista przeprowadzki", "Stary", "Nowy", "Firma", "wycena", "Prąd/gaz/internet", "Przekierowanie poczty", "Powiadomić", "Zaliczka kartą", "Komórka")}[lang]
    tells = {"en": ["GP", "dentist", "school office", "car insurance", "DVLA", "bank"], "de": ["Bürgeramt (Anmeldung!)", "Kita", "Kfz-Versicherung", "Bank", "Rundfunkbeitrag"],
             "fr": ["CAF", "CPAM", "école", "assurance habitation", "banque"], "nl": ["gemeente", "huisarts", "school", "zorgverzekeraar"], "es": ["padrón", "centro de salud", "colegio", "banco"],
             "it": ["anagrafe", "medico di base", "scuola", "assicurazione"], "sv": ["Skatteverket", "förskolan", "försäkringsbolaget"], "pl": ["urząd gminy", "przychodnia", "szkoła", "bank"]}[lang]
    body = [H[0], "\n\n", H[1], ": ", old, "\n", H[2], ": ", new, " (", N(plain_date(R, lang, cc), "move_date"), ")\n\n[x] ", H[3], ": ", N(mover[0], "mover"), " ", N(mover[1], "service_line"), ", ", H[4], " ",
            N("#%d" % R.randint(10000, 99999), "quote_no"), " – ", money(R, cc, 600, 3800, 10) if cc not in ("SE", "PL") else money(R, cc, 4000, 20000, 100), "\n[ ] ", H[5], " – ", N(nonluhn(R, 10, "2"), "customer_no"),
            "\n[ ] ", H[6], "\n[ ] ", H[7], ": ", ", ".join(tells), "\n"]
    if kids:
        body += ["[ ] ", NM(kids[0], "given"), ": ", {"en": "new school place", "de": "Schulwechsel", "fr": "inscription nouvelle école", "nl": "nieuwe school", "es": "cambio de cole", "it": "nuova scuola", "sv": "ny skola", "pl": "nowa szkoła"}[lang],
                 " – ", N(R.choice(SCHOOLS.get(cc, SCHOOLS["GB"])), "school_name"), "\n"]
    if R.random() < 0.3:
        body += [H[8], ": ", CARD(R), "\n"]
    body += ["\n", H[9], ": ", PH(R, cc), " – ", NM(ps[0])]
    own = {"en": ["What have I forgotten on this moving list?"], "de": ["Was fehlt noch auf meiner Umzugsliste?"], "fr": ["Qu'est-ce que j'oublie ?"]}.get(lang)
    return "notes", lang, wrap(R, lang, body, own)


@tpl("school_payment", 32)
def t_payment(R):
    cc = R.choice(["GB", "US", "IE", "DE", "FR", "ES", "IT", "NL", "AU", "IN", "PT", "BR"])
    lang = LANG_OF[cc]
    ps, kids = household(R, cc, kids=1)
    k, a = kids[0], ps[0]
    card = CARD(R)
    what = {"en": ["Year 6 residential – balance", "school dinners top-up", "uniform order", "after-school club (Spring term)"], "in": ["Term 2 fees", "annual day costume", "transport fee Q3"],
            "de": ["Klassenfahrt Restbetrag", "Mensa-Guthaben", "Schulbuchausleihe"], "fr": ["cantine – recharge", "classe de neige", "étude surveillée"], "es": ["comedor escolar – octubre", "excursión fin de curso"],
            "it": ["mensa – ricarica", "gita di classe", "assicurazione scolastica"], "nl": ["ouderbijdrage", "schoolreis", "overblijven"], "pt": ["refeitório – carregamento", "visita de estudo"]}
    w = R.choice(what.get(lang, what["en"]))
    exp = N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry")
    cvc = N(str(R.randint(100, 999)), "cvc")
    if lang in ("en", "in"):
        body = ["Payment for: ", N(w, "item"), "\nPupil: ", NM(k), " (", N(R.choice(CLASSES[cc]), "class_name"), ")\nAmount: ", money(R, cc, 4, 420, 1), "\n\nCardholder name: ", L("person", a.full().upper(), sub=cc.lower()),
                "\nCard number: ", card, "\nExpiry: ", exp, "   CVC: ", cvc, "\nBilling address: ", AD(R, cc), "\nEmail for receipt: ", EM(R, a), "\n\n",
                N("Error 402: Your card was declined by the issuer (code 05). Reference " + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10)), "error_message")]
        own = ["Why does the school payment keep getting declined? Everything looks right to me.", "Is there a typo somewhere here?"]
    else:
        H = {"de": ("Zahlung für", "Schüler/in", "Betrag", "Karteninhaber", "Kartennummer", "Gültig bis", "Rechnungsadresse", "Zahlung abgelehnt (Code 05)"),
             "fr": ("Paiement", "Élève", "Montant", "Titulaire de la carte", "Numéro de carte", "Expiration", "Adresse de facturation", "Paiement refusé (code 05)"),
             "es": ("Pago de", "Alumno/a", "Importe", "Titular", "Número de tarjeta", "Caducidad", "Dirección de facturación", "Pago denegado (código 05)"),
             "it": ("Pagamento", "Alunno/a", "Importo", "Titolare", "Numero carta", "Scadenza", "Indirizzo di fatturazione", "Pagamento rifiutato (codice 05)"),
             "nl": ("Betaling", "Leerling", "Bedrag", "Kaarthouder", "Kaartnummer", "Geldig tot", "Factuuradres", "Betaling geweigerd (code 05)"),
             "pt": ("Pagamento", "Aluno/a", "Valor", "Titular", "Número do cartão", "Validade", "Morada de faturação", "Pagamento recusado (código 05)")}[lang]
        body = [H[0], ": ", N(w if lang in what else "mensalidade", "item"), "\n", H[1], ": ", NM(k), "\n", H[2], ": ", money(R, cc, 4, 420, 1), "\n", H[3], ": ", NM(a), "\n", H[4], ": ", card, "\n", H[5], ": ", exp,
                "   CVC ", cvc, "\n", H[6], ": ", AD(R, cc), "\n\n", N(H[7], "error_message")]
        own = None
    return "form", lang, wrap(R, lang, body, own)


# ====================================================================== clean (hard negatives only)

@tpl("clean_listing", 20, clean=True)
def c_listing(R):
    cc = R.choice(["GB", "DE", "FR", "ES", "IT", "NL", "PT", "PL", "SE", "US"])
    lang = LANG_OF[cc]
    ag = AGENCY[cc]
    st = {"GB": "Darwin Close", "DE": "Karl-Marx-Allee", "FR": "avenue Jean-Jaurès", "ES": "Calle de Goya", "IT": "Via Giuseppe Garibaldi", "NL": "Willemsparkweg", "PT": "Avenida Almirante Reis",
          "PL": "ul. Mikołaja Kopernika", "SE": "Drottninggatan", "US": "Martin Luther King Jr Blvd"}[cc]
    rent = money(R, cc, 700, 2600, 25) if cc not in ("SE", "PL") else money(R, cc, 3500, 15000, 100)
    en = N(ENERGY[cc](R), "energy_rating")
    ref = N(LISTING_REF[cc](R), "listing_ref")
    d1 = N(plain_date(R, lang, cc), "viewing_date")
    rooms = N(str(R.randint(1, 5)), "room_count")
    area = N("%d m²" % R.randint(35, 140) if cc not in ("US", "GB") else "%d sq ft" % R.randint(450, 1600), "area")
    T = {"en": ["{ref} – {rooms}-bed flat to let, ", "{st}", "\n{rent} pcm · {area} · {en} · available from {d1}\nCouncil tax band C. Deposit 5 weeks' rent. No DSS restrictions.\nBook a viewing: {ag} on {agph} or {agm}"],
         "de": ["{ref}: {rooms}-Zimmer-Wohnung, ", "{st}", "\nKaltmiete {rent} · {area} · {en}\nBezugsfrei ab {d1}, Kaution 3 Nettokaltmieten.\nBesichtigung: {ag}, Tel. {agph}, {agm}"],
         "fr": ["{ref} – T{rooms} à louer ", "{st}", "\nLoyer {rent} CC · {area} · {en}\nDisponible le {d1}. Honoraires selon barème.\nVisites : {ag} – {agph} – {agm}"],
         "es": ["{ref} · Piso de {rooms} hab. en ", "{st}", "\n{rent}/mes · {area} · {en}\nDisponible desde el {d1}. Fianza de un mes.\nVisitas: {ag}, {agph}, {agm}"],
         "it": ["{ref} – Trilocale in affitto, ", "{st}", "\nCanone {rent}/mese · {area} · {en}\nLibero dal {d1}. Contratto 4+4.\nInfo e visite: {ag}, {agph}, {agm}"],
         "nl": ["{ref} – {rooms}-kamerappartement te huur, ", "{st}", "\nHuur {rent} p/m · {area} · {en}\nBeschikbaar per {d1}.\nBezichtiging: {ag}, {agph}, {agm}"],
         "pt": ["{ref} – T{rooms} para arrendar na ", "{st}", "\nRenda {rent}/mês · {area} · {en}\nDisponível a {d1}.\nVisitas: {ag}, {agph}, {agm}"],
         "pl": ["{ref} – mieszkanie {rooms}-pokojowe na wynajem, ", "{st}", "\nCzynsz {rent} + media · {area} · {en}\nDostępne od {d1}.\nKontakt: {ag}, {agph}, {agm}"],
         "sv": ["{ref} – {rooms} rok att hyra, ", "{st}", "\nHyra {rent}/mån · {area} · {en}\nTillträde {d1}.\nVisning: {ag}, {agph}, {agm}"]}[lang]
    kw = dict(ref=ref, rooms=rooms, rent=rent, area=area, en=en, d1=d1, ag=N(ag[0], "agency"), agph=N(ag[2], "service_line"), agm=N(ag[1], "role_email"))
    body = fill(T[0], **kw) + [N(st, "street_named_after_person")] + fill(T[2], **kw)
    return "listing", lang, wrap(R, lang, body, {"en": ["Is this a fair rent for the area? What should I ask at the viewing?"], "de": ["Ist die Miete fair? Was sollte ich bei der Besichtigung fragen?"]}.get(lang))


@tpl("clean_school_news", 20, clean=True)
def c_school(R):
    cc = R.choice(["GB", "DE", "FR", "ES", "IT", "NL", "PL", "US", "JP", "KR", "CN", "TR"])
    lang = LANG_OF[cc]
    sch = N(R.choice(SCHOOLS[cc]), "school_name")
    cl = [N(c, "class_name") for c in R.sample(CLASSES[cc], 2)]
    d1, d2 = N(plain_date(R, lang, cc), "term_date"), N(plain_date(R, lang, cc), "term_date")
    room = N({"en": "Room %d" % R.randint(1, 30), "de": "Raum %d.%02d" % (R.randint(0, 2), R.randint(1, 30)), "fr": "salle %d" % R.randint(100, 330), "es": "aula %d" % R.randint(1, 20),
              "it": "aula %d" % R.randint(1, 20), "nl": "lokaal %d" % R.randint(1, 20), "pl": "sala %d" % R.randint(1, 40), "ja": "多目的室", "ko": "시청각실", "zh": "多功能厅", "tr": "konferans salonu"}[lang], "room_no")
    T = {"en": ["Newsletter – {sch}\n\nSpring term ends {d1}; we return on {d2}. {c1} and {c2} have swimming on Tuesdays – please send a named kit bag. Parents' evening is in {room} from 3.30.\nThe office (office@school.example.org) is open 8.15–4. Lost property is by the hall.",],
         "de": ["Elternbrief – {sch}\n\nDie Herbstferien beginnen am {d1}, erster Schultag ist der {d2}. Die {c1} und {c2} haben Schwimmunterricht dienstags. Elternsprechtag in {room}, 15–18 Uhr.\nSekretariat: sekretariat@schule.example.de, Mo–Fr 7:30–13 Uhr."],
         "fr": ["Lettre aux familles – {sch}\n\nLes vacances commencent le {d1}, reprise le {d2}. Les élèves de {c1} et {c2} ont piscine le mardi. Réunion parents-professeurs en {room} à 17h.\nSecrétariat : secretariat@ecole.example.fr"],
         "es": ["Circular – {sch}\n\nLas vacaciones empiezan el {d1} y volvemos el {d2}. {c1} y {c2} tienen natación los martes. Reunión de familias en el {room} a las 17h.\nSecretaría: secretaria@colegio.example.es"],
         "it": ["Avviso alle famiglie – {sch}\n\nLe lezioni terminano il {d1} e riprendono il {d2}. Le classi {c1} e {c2} hanno piscina il martedì. Colloqui in {room} dalle 16.\nSegreteria: segreteria@scuola.example.it"],
         "nl": ["Nieuwsbrief – {sch}\n\nDe vakantie begint op {d1}, we starten weer op {d2}. {c1} en {c2} hebben dinsdag gym. Ouderavond in {room} om 19.00.\nAdministratie: info@school.example.nl"],
         "pl": ["Komunikat – {sch}\n\nFerie zaczynają się {d1}, powrót {d2}. Klasy {c1} i {c2} mają basen we wtorki. Zebranie w {room} o 17:00.\nSekretariat: sekretariat@szkola.example.pl"],
         "ja": ["学年だより – {sch}\n\n終業式は{d1}、始業式は{d2}です。{c1}・{c2}は火曜日にプールがあります。保護者会は{room}で15時から行います。\n連絡先：学校代表 office@school.example.jp"],
         "ko": ["가정통신문 – {sch}\n\n방학식은 {d1}, 개학은 {d2}입니다. {c1}, {c2}는 화요일에 수영 수업이 있습니다. 학부모 상담은 {room}에서 오후 3시부터 진행합니다.\n행정실 문의는 학교 홈페이지를 이용해 주세요."],
         "zh": ["家长通知 – {sch}\n\n本学期{d1}放假，{d2}开学。{c1}、{c2}周二上游泳课，请准备好泳衣。家长会在{room}举行，下午三点开始。\n如有问题请联系班主任或学校办公室。"],
         "tr": ["Veli bilgilendirme – {sch}\n\nYarıyıl tatili {d1} tarihinde başlıyor, okullar {d2} tarihinde açılıyor. {c1} ve {c2} şubeleri salı günü yüzmeye gidecek. Veli toplantısı {room}'nda saat 15.00'te.\nOkul idaresi: okul@example.k12.tr"]}[lang]
    body = fill(T[0], sch=sch, d1=d1, d2=d2, c1=cl[0], c2=cl[1], room=room)
    return "notice", lang, wrap(R, lang, body)


@tpl("clean_utility_bill", 20, clean=True)
def c_bill(R):
    cc = R.choice(list(UTIL))
    lang = LANG_OF[cc]
    u = UTIL[cc]
    r1 = R.randint(10000, 40000)
    r2 = r1 + R.randint(800, 4000)
    masked = N({"GB": "Sort code **-**-%02d, account ****%04d" % (R.randint(10, 99), R.randint(0, 9999))}.get(cc, "%s** **** **** **** **%02d %02d" % (cc if cc != "GB" else "GB", R.randint(0, 99), R.randint(0, 99))), "masked_iban")
    H = {"de": ("Jahresabrechnung", "Zählerstand alt", "Zählerstand neu", "Verbrauch", "Arbeitspreis", "Neuer Abschlag", "Abbuchung von"),
         "fr": ("Facture de régularisation", "Index précédent", "Nouvel index", "Consommation", "Prix du kWh", "Nouvelle mensualité", "Prélevé sur"),
         "es": ("Factura de electricidad", "Lectura anterior", "Lectura actual", "Consumo", "Precio energía", "Próximo cargo", "Cuenta de cargo"),
         "it": ("Bolletta luce", "Lettura precedente", "Lettura attuale", "Consumo", "Prezzo energia", "Prossima rata", "Addebito su"),
         "nl": ("Jaarafrekening", "Beginstand", "Eindstand", "Verbruik", "Leveringstarief", "Nieuw termijnbedrag", "Incasso van"),
         "en": ("Annual statement", "Previous reading", "Latest reading", "Usage", "Unit rate", "New monthly payment", "Paid from"),
         "pl": ("Faktura rozliczeniowa", "Stan poprzedni", "Stan obecny", "Zużycie", "Cena energii", "Nowa prognoza", "Rachunek"),
         "pt": ("Fatura de acerto", "Leitura anterior", "Leitura atual", "Consumo", "Preço kWh", "Nova prestação", "Débito em")}[lang]
    body = [N(u[0], "utility"), " – ", H[0], "\n", u[1], ": ", N(nonluhn(R, 10, "3"), "customer_no"), " | ", u[2], ": ", N(nonluhn(R, 10, "1"), "meter_id"), " | ", u[3], ": ", N(supply_point(R, cc), "supply_point"),
            "\n\n", H[1], ": ", N(str(r1), "meter_reading"), " kWh\n", H[2], ": ", N(str(r2), "meter_reading"), " kWh\n", H[3], ": ", N(str(r2 - r1), "meter_reading"), " kWh\n", H[4], ": ",
            N("%d,%02d ct/kWh" % (R.randint(20, 40), R.randint(0, 99)) if lang != "en" else "%d.%02dp/kWh" % (R.randint(20, 30), R.randint(0, 99)), "unit_price"), "\n", H[5], ": ", money(R, cc, 40, 200, 1), "\n", H[6], ": ", masked]
    own = {"de": ["Warum ist die Nachzahlung so hoch? Erklär mir die Abrechnung."], "en": ["Why has my bill gone up so much? Explain it."], "fr": ["Pourquoi je dois payer autant ?"]}.get(lang)
    return "invoice", lang, wrap(R, lang, body, own)


@tpl("clean_router_manual", 20, clean=True)
def c_router(R):
    lang = R.choice(["en", "de", "fr", "es", "it", "nl", "ko", "pl"])
    model, gw, host, net = R.choice(ROUTERS)
    doc = R.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(R.randint(2, 250))
    T = {"en": "Quick start – {m}\n1. Connect your computer to a LAN port.\n2. Open http://{gw} or {host} in a browser.\n3. Log in with the password printed on the label underneath the device (default user: admin).\n4. Under Internet › Port forwarding, example rule: external port 8443 → {doc}:443.\nSubnet mask {nm}, DHCP range {net}.20–{net}.200. DNS e.g. {dns}.",
         "de": "Kurzanleitung – {m}\n1. Computer per LAN-Kabel verbinden.\n2. Im Browser http://{gw} oder {host} öffnen.\n3. Mit dem Kennwort vom Typenschild auf der Geräteunterseite anmelden.\n4. Portfreigabe, Beispiel: Port 8443 → {doc}:443\nSubnetzmaske {nm}, DHCP-Bereich {net}.20–{net}.200, DNS z. B. {dns}.",
         "fr": "Guide rapide – {m}\n1. Branchez l'ordinateur sur un port LAN.\n2. Ouvrez http://{gw} ({host}).\n3. Identifiant : admin / mot de passe : la clé inscrite sous la box.\n4. Exemple de redirection : port 8443 → {doc}:443\nMasque {nm}, plage DHCP {net}.20–{net}.200, DNS {dns}.",
         "es": "Guía rápida – {m}\n1. Conecta el ordenador a un puerto LAN.\n2. Abre http://{gw} ({host}).\n3. Usuario admin, contraseña: la de la pegatina del router.\n4. Ejemplo de NAT: puerto 8443 → {doc}:443\nMáscara {nm}, rango DHCP {net}.20–{net}.200, DNS {dns}.",
         "it": "Guida rapida – {m}\n1. Collega il PC a una porta LAN.\n2. Apri http://{gw} ({host}).\n3. Accedi con la password sull'etichetta del modem.\n4. Esempio port forwarding: 8443 → {doc}:443\nSubnet mask {nm}, DHCP {net}.20–{net}.200, DNS {dns}.",
         "nl": "Snelstart – {m}\n1. Sluit je computer aan op een LAN-poort.\n2. Ga naar http://{gw} ({host}).\n3. Log in met het wachtwoord op de sticker onderop.\n4. Voorbeeld port forwarding: 8443 → {doc}:443\nSubnetmasker {nm}, DHCP {net}.20–{net}.200, DNS {dns}.",
         "ko": "빠른 설정 – {m}\n1. PC를 LAN 포트에 연결합니다.\n2. 브라우저에서 http://{gw} 접속\n3. 기본 아이디 admin, 비밀번호는 제품 하단 라벨 참조\n4. 포트포워드 예: 8443 → {doc}:443\n서브넷 마스크 {nm}, DHCP {net}.20–{net}.200, DNS {dns}",
         "pl": "Szybki start – {m}\n1. Podłącz komputer do portu LAN.\n2. Otwórz http://{gw} ({host}).\n3. Hasło znajdziesz na naklejce pod routerem.\n4. Przykład przekierowania: 8443 → {doc}:443\nMaska {nm}, DHCP {net}.20–{net}.200, DNS {dns}."}[lang]
    body = fill(T, m=N(model, "router_model"), gw=N(gw, "router_default"), host=N(host, "router_host"), doc=N(doc, "documentation_ip"), nm=N("255.255.255.0", "netmask"), net=N(net, "subnet"),
                dns=N(R.choice(["1.1.1.1", "9.9.9.9", "8.8.8.8"]), "public_resolver"))
    return "manual", lang, wrap(R, lang, body, tech=True)


SAMPLES = {
    "de": ("Vorname, Nachname (z. B. Max Mustermann)", "Geburtsdatum (TT.MM.JJJJ)", "Anschrift (z. B. Musterstraße 1, 12345 Musterstadt)", "Steuer-ID (11 Ziffern, z. B. 12 345 678 901)", "IBAN (DE00 0000 0000 0000 0000 00)", "E-Mail (name@example.de)"),
    "en": ("Full name (e.g. John Smith)", "Date of birth (DD/MM/YYYY)", "Address (e.g. 1 High Street, Anytown AB1 2CD)", "National Insurance number (e.g. QQ 12 34 56 C)", "Phone (e.g. 07700 900000)", "Email (you@example.com)"),
    "fr": ("Nom, prénom (ex. : DUPONT Jean)", "Date de naissance (JJ/MM/AAAA)", "Adresse (ex. : 1 rue de l'Exemple, 75000 Paris)", "N° de sécurité sociale (15 chiffres)", "IBAN (FR76 XXXX …)", "Courriel (prenom.nom@example.fr)"),
    "es": ("Nombre y apellidos (p. ej. Fulano de Tal)", "Fecha de nacimiento (dd/mm/aaaa)", "Domicilio (calle, número, piso)", "DNI/NIE (p. ej. 00000000T)", "IBAN (ES00 0000 …)", "Correo (usuario@example.es)"),
    "it": ("Nome e cognome (es. Mario Rossi)", "Data di nascita (gg/mm/aaaa)", "Indirizzo di residenza", "Codice fiscale (es. RSSMRA80A01H501U)", "IBAN (IT00 X000 …)", "E-mail (nome@example.it)"),
    "nl": ("Naam (bijv. Jan Jansen)", "Geboortedatum (dd-mm-jjjj)", "Adres (straat, huisnummer, postcode)", "BSN (9 cijfers)", "IBAN (NL00 BANK 0000 0000 00)", "E-mail (naam@example.nl)"),
    "pl": ("Imię i nazwisko (np. Jan Kowalski)", "Data urodzenia (DD.MM.RRRR)", "Adres zamieszkania", "PESEL (11 cyfr)", "Numer rachunku (PL00 0000 …)", "E-mail (imie@example.pl)"),
    "pt": ("Nome completo (ex.: Fulano da Silva)", "Data de nascimento (dd/mm/aaaa)", "Morada", "NIF (9 dígitos)", "IBAN (PT50 0000 …)", "Email (nome@example.pt)"),
}


@tpl("clean_help_text", 20, clean=True)
def c_help(R):
    lang = R.choice(sorted(SAMPLES))
    S = SAMPLES[lang]
    title = {"de": "Ausfüllhilfe Kita-Anmeldung", "en": "How to fill in the school admission form", "fr": "Aide au remplissage – dossier d'inscription", "es": "Instrucciones – solicitud de plaza escolar",
             "it": "Istruzioni per la compilazione – iscrizione online", "nl": "Toelichting inschrijfformulier", "pl": "Instrukcja wypełniania wniosku", "pt": "Como preencher a ficha de matrícula"}[lang]
    body = [title, "\n\n"]
    for i, s in enumerate(S):
        body += ["%d. " % (i + 1), N(s, "form_help_sample"), "\n"]
    body += [{"de": "Bitte Felder mit * ausfüllen. Fragen: kita@stadt.example.de", "en": "Fields marked * are mandatory. Questions: admissions@council.example.gov.uk",
              "fr": "Les champs * sont obligatoires.", "es": "Los campos con * son obligatorios.", "it": "I campi con * sono obbligatori.", "nl": "Velden met * zijn verplicht.",
              "pl": "Pola oznaczone * są obowiązkowe.", "pt": "Os campos com * são obrigatórios."}[lang]]
    return "form", lang, wrap(R, lang, body, {"en": ["What do they mean by these fields? I'm new to the UK."], "de": ["Was muss ich da genau eintragen?"]}.get(lang))


@tpl("clean_masked", 20, clean=True)
def c_masked(R):
    lang = R.choice(["en", "de", "fr", "es", "it", "nl", "pt", "sv"])
    mi = N("%s** **** **** **** %02d%02d" % (R.choice(["DE", "FR", "ES", "NL", "IT"]), R.randint(0, 99), R.randint(0, 99)), "masked_iban")
    mc = N("•••• %04d" % R.randint(0, 9999), "card_last4")
    mp = N(R.choice(["+49 *** *****%03d" % R.randint(0, 999), "07*** ***%03d" % R.randint(0, 999), "06 ** ** ** %02d" % R.randint(0, 99), "+34 6** *** %03d" % R.randint(0, 999)]), "masked_phone")
    me = N(R.choice(["j***@g***.com", "m*****.k@w**.de", "a***@o****.fr", "s****@h******.nl"]), "masked_email")
    T = {"en": "Your direct debit for rent has been set up.\nPayer account: {mi}\nCard on file: {mc}\nWe'll text reminders to {mp} and email {me}.\nFirst collection: {d}. Reference: {ref}",
         "de": "Ihr Dauerauftrag für die Miete wurde eingerichtet.\nKonto: {mi}\nHinterlegte Karte: {mc}\nSMS an {mp}, E-Mail an {me}.\nErste Ausführung: {d}. Referenz: {ref}",
         "fr": "Votre prélèvement de loyer est activé.\nCompte : {mi}\nCarte enregistrée : {mc}\nRappels par SMS au {mp} et par mail à {me}.\nPremier prélèvement : {d}. Réf. {ref}",
         "es": "Se ha activado la domiciliación del alquiler.\nCuenta: {mi}\nTarjeta: {mc}\nAvisos al {mp} y a {me}.\nPrimer cargo: {d}. Ref. {ref}",
         "it": "L'addebito dell'affitto è attivo.\nConto: {mi}\nCarta: {mc}\nAvvisi al {mp} e a {me}.\nPrimo addebito: {d}. Rif. {ref}",
         "nl": "Je automatische incasso voor de huur is ingesteld.\nRekening: {mi}\nKaart: {mc}\nHerinneringen naar {mp} en {me}.\nEerste incasso: {d}. Kenmerk {ref}",
         "pt": "O débito direto da renda foi ativado.\nConta: {mi}\nCartão: {mc}\nAvisos para {mp} e {me}.\nPrimeiro débito: {d}. Ref.ª {ref}",
         "sv": "Autogiro för hyran är aktiverat.\nKonto: {mi}\nKort: {mc}\nPåminnelser till {mp} och {me}.\nFörsta dragning: {d}. Referens {ref}"}[lang]
    body = fill(T, mi=mi, mc=mc, mp=mp, me=me, d=N(plain_date(R, lang), "due_date"), ref=N("MNDT-%s" % nonluhn(R, 9), "mandate_ref"))
    return "notice", lang, wrap(R, lang, body, {"en": ["Is this email legit or a scam?"], "de": ["Ist die Mail echt?"]}.get(lang))


NAMEWORDS = {
    "en": ["Will the landlord have to give us notice before he comes in? And can I ask for a grace period on the rent this month, or is that cheeky?",
           "Mark the boxes with the room they go in, rather than what's inside – is that the best packing tip? Also how do I get Rose wine stains off a carpet before check-out?",
           "Our nursery says the kids must bring a Summer hat and a Sunny Delight free lunchbox. Bill me for the sun cream too they say. Is that normal in Year 1?",
           "Hope the surveyor doesn't find damp. Can you explain what a Level 2 survey covers vs a full structural one, and whether a Victorian terrace needs the full one?",
           "Is it true that Jack Russells are banned in most rentals? Our lease says 'no pets except with consent', and the agent said 'Max one small dog'."],
    "de": ["Ist das Ernst gemeint, dass die Hausverwaltung für den Winterdienst extra kassiert? Frank und frei gesagt finde ich 180 € zu viel.",
           "Wie bekomme ich Kerzenwachs aus dem Teppich, bevor die Wohnungsübergabe ist? Und muss ich die Dübellöcher selbst schließen?",
           "Unsere Kita schließt im August drei Wochen. Gibt es dafür einen Anspruch auf Notbetreuung? Die Leitung sagt nur 'Hoffnung gibt's immer'."],
    "fr": ["Est-ce que le propriétaire peut garder la caution pour des trous de chevilles ? L'agence dit que c'est « pierre qui roule n'amasse pas mousse », je ne comprends rien.",
           "La crèche demande une attestation CAF et un certificat de vaccination. Rose ou bleu pour la chambre du bébé, d'ailleurs ? Je n'arrive pas à choisir.",
           "Mon fils passe en CM2. Quels sont les horaires habituels de la garderie du matin, et la cantine est-elle obligatoire ?"],
    "es": ["¿Cuánto tiempo tiene el casero para devolverme la fianza? La esperanza es lo último que se pierde, pero ya van tres meses.",
           "Amparo legal: ¿existe algún amparo si la comunidad de propietarios no arregla el ascensor? Vivo en un quinto sin ascensor con un carrito.",
           "¿Qué es mejor para un niño de 4 años, jornada continua o partida? Dolores de cabeza me da el horario del cole."],
    "it": ["Serena la giornata ma il condominio vuole 3.000 € per il tetto: posso rifiutarmi di pagare se sono in affitto?",
           "Fortunato chi ha un asilo nido vicino casa. Come funziona il bonus nido INPS per il 2026?",
           "Il padrone di casa può entrare quando vuole? Il contratto dice 'previo avviso', ma non specifica quanto."],
    "nl": ["Mag de verhuurder zomaar de huur verhogen met 7%? Frank en vrij: ik snap de brief van de verhuurder niet, kun je hem uitleggen?",
           "Hoeveel kinderopvangtoeslag krijg je ongeveer bij twee dagen opvang? Roos en ik twijfelen of het loont... grapje, Roos is onze kat.",
           "Wat betekent 'energielabel C' precies voor de stookkosten van een jaren-30 woning?"],
    "pt": ["O senhorio pode ficar com a caução por causa de pequenos furos na parede? Graça nenhuma, já paguei a pintura.",
           "Como funciona o abono de família para o 2.º escalão? Vale a pena pedir? Fico à espera de uma resposta clara.",
           "Qual é a diferença entre T2 e T2+1 num anúncio de arrendamento?"],
    "sv": ["Får hyresvärden höja hyran mitt i kontraktet? Och vad är rimligt för en trea i Uppsala, ungefär?",
           "Hur funkar maxtaxan i förskolan om man har två barn? Vi har fått två olika besked."],
    "ja": ["賃貸の退去時に、普通に使っていてできた壁紙の汚れも請求されるのでしょうか？敷金はどのくらい戻るのが一般的ですか？",
           "小学校の入学準備で、名前つけが大変です。おすすめの方法はありますか？"],
    "zh": ["租房合同到期前退租，押金一般能退多少？房东说要扣一个月租金，这样合理吗？",
           "孩子上小学要准备哪些材料？户口本和房产证都要原件吗？"],
    "ko": ["전세 계약 만료 전에 이사 가면 중개수수료는 누가 내나요? 집주인이 저한테 내라고 하네요.",
           "초등학교 입학 준비물 목록 좀 알려줘. 실내화 주머니도 필요해?"],
    "pl": ["Czy właściciel może zatrzymać kaucję za zwykłe zużycie mieszkania? Umowa na czas określony kończy się za miesiąc.",
           "Ile kosztuje żłobek publiczny w Krakowie i jak działa rekrutacja?"],
}


@tpl("clean_questions", 20, clean=True)
def c_questions(R):
    lang = R.choice(sorted(NAMEWORDS))
    q = R.choice(NAMEWORDS[lang])
    extra = {"en": " Thanks in advance!", "de": " Danke vorab!", "fr": " Merci d'avance !", "es": " ¡Gracias!", "it": " Grazie!", "nl": " Alvast bedankt!", "pt": " Obrigada!", "sv": " Tack på förhand!",
             "ja": "よろしくお願いします。", "zh": "谢谢！", "ko": "고마워!", "pl": " Dzięki z góry!"}[lang]
    txt = q + extra
    pad = {"en": " We're renting for the first time.", "de": " Wir wohnen zum ersten Mal zur Miete.", "fr": " C'est notre première location, on ne connaît pas bien les règles.",
           "es": " Es la primera vez que alquilamos y no conocemos bien las normas.", "it": " È la prima volta che siamo in affitto e non conosciamo bene le regole.",
           "nl": " We huren voor het eerst en kennen de regels nog niet goed.", "pt": " É a primeira vez que arrendamos casa.", "sv": " Vi hyr för första gången och kan inte reglerna.",
           "pl": " Wynajmujemy pierwszy raz i nie znamy dobrze przepisów.", "ja": "初めてのことなので不安です。詳しく教えてもらえると助かります。", "zh": "我们第一次遇到这种情况，什么都不太懂，麻烦详细说一下。",
           "ko": "처음이라 잘 몰라서 물어봐. 자세히 알려주면 좋겠어."}[lang]
    while len(txt) < 120:
        txt += pad
    if False:
        txt += {"en": " We're renting for the first time.", "de": " Wir wohnen zum ersten Mal zur Miete.", "ja": "初めての賃貸なので不安です。今の部屋には四年住んでいて、来月末に退去する予定です。", "zh": "我们第一次租房，什么都不太懂，麻烦详细说一下。",
                "ko": "처음이라 잘 몰라서 물어봐. 자세히 알려주면 좋겠어.", "sv": " Vi hyr för första gången.", "pl": " Wynajmujemy pierwszy raz.", "pt": " É a primeira vez que arrendamos casa."}.get(lang, "")
    return "question", lang, [N(txt, "name_as_word")]


@tpl("clean_grades", 20, clean=True)
def c_grades(R):
    lang = R.choice(["en", "de", "fr", "nl", "it", "es", "pl", "tr"])
    cc = {"en": "GB", "de": "DE", "fr": "FR", "nl": "NL", "it": "IT", "es": "ES", "pl": "PL", "tr": "TR"}[lang]
    cl = N(R.choice(CLASSES[cc]), "class_name")
    subj = {"en": ["Maths", "English", "Science", "History", "PE"], "de": ["Mathe", "Deutsch", "Englisch", "Bio", "Sport"], "fr": ["Maths", "Français", "Anglais", "SVT", "EPS"],
            "nl": ["Rekenen", "Taal", "Spelling", "Lezen", "Gym"], "it": ["Matematica", "Italiano", "Inglese", "Storia", "Ed. fisica"], "es": ["Matemáticas", "Lengua", "Inglés", "Ciencias", "Ed. Física"],
            "pl": ["Matematyka", "Polski", "Angielski", "Przyroda", "WF"], "tr": ["Matematik", "Türkçe", "İngilizce", "Fen", "Beden"]}[lang]
    rows = []
    for s in subj:
        avg = {"en": "%d.%d" % (R.randint(3, 7), R.randint(0, 9)), "de": "%d,%d" % (R.randint(1, 4), R.randint(0, 9)), "fr": "%d,%d/20" % (R.randint(8, 16), R.randint(0, 9)), "nl": "%d,%d" % (R.randint(5, 8), R.randint(0, 9)),
               "it": "%d,%d" % (R.randint(5, 8), R.randint(0, 9)), "es": "%d,%d" % (R.randint(5, 8), R.randint(0, 9)), "pl": "%d,%02d" % (R.randint(3, 5), R.randint(0, 99)), "tr": "%d" % R.randint(60, 95)}[lang]
        rows += [N(s, "subject"), " | ", N(avg, "grade"), " | ", N(str(R.randint(0, 6)), "count"), " | ", N({"en": "Room %d", "de": "Raum %d", "fr": "salle %d", "nl": "lokaal %d", "it": "aula %d", "es": "aula %d", "pl": "sala %d", "tr": "derslik %d"}[lang] % R.randint(1, 40), "room_no"), "\n"]
    head = {"en": "Class average – {cl} – Autumn term\nSubject | Average | Fails | Room\n", "de": "Notenspiegel {cl} – 1. Halbjahr\nFach | Schnitt | Fünfen | Raum\n",
            "fr": "Moyennes de la classe {cl} – 1er trimestre\nMatière | Moyenne | < 10 | Salle\n", "nl": "Groepsgemiddelden {cl}\nVak | Gemiddelde | Onvoldoendes | Lokaal\n",
            "it": "Medie della classe {cl} – primo quadrimestre\nMateria | Media | Insufficienze | Aula\n", "es": "Medias del grupo {cl} – 1ª evaluación\nAsignatura | Media | Suspensos | Aula\n",
            "pl": "Średnie klasy {cl} – I semestr\nPrzedmiot | Średnia | Oceny ndst | Sala\n", "tr": "{cl} sınıf ortalamaları – 1. dönem\nDers | Ortalama | Kalan | Derslik\n"}[lang]
    body = fill(head, cl=cl) + rows + [{"en": "Students on roll: ", "de": "Schülerzahl: ", "fr": "Effectif : ", "nl": "Aantal leerlingen: ", "it": "Iscritti: ", "es": "Alumnos: ", "pl": "Liczba uczniów: ", "tr": "Öğrenci sayısı: "}[lang],
                                         N(str(R.randint(18, 32)), "count")]
    return "table", lang, wrap(R, lang, body, {"en": ["Can you turn this into a chart description for the governors' report?"], "de": ["Kannst du das für den Elternabend kurz zusammenfassen?"]}.get(lang))


@tpl("clean_building_notice", 20, clean=True)
def c_building(R):
    lang = R.choice(["en", "de", "fr", "es", "it", "pl", "el", "ru", "pt", "nl"])
    d = N(plain_date(R, lang), "meeting_date")
    fl = [N(x, "flat_no") for x in R.sample(["2A", "3B", "4C", "1D", "5A", "6B", "EG links", "Whg. 7", "lot 12", "3º B", "int. 9", "m. 14"], 2)]
    T = {"en": "NOTICE TO ALL RESIDENTS\nThe lift will be out of service on {d} for its annual inspection. Flats {f1} and {f2}: the contractor needs access to your utility cupboards between 9 and 12. Service charge for 2026/27 is {p} per unit. Out-of-hours emergencies: the managing agent's line 0345 000 0000.",
         "de": "AUSHANG – An alle Bewohner\nAm {d} wird der Aufzug gewartet. Wohnungen {f1} und {f2}: Der Schornsteinfeger benötigt Zugang zwischen 8 und 12 Uhr. Hausgeld-Erhöhung auf {p} je Einheit ab Januar. Notdienst der Hausverwaltung: 0800 000 0000.",
         "fr": "AVIS AUX RÉSIDENTS\nLe {d}, coupure d'eau de 9h à 12h pour travaux. Lots {f1} et {f2} : merci de laisser l'accès aux compteurs. Appel de fonds : {p} par lot. Urgences : numéro d'astreinte du syndic affiché dans le hall.",
         "es": "AVISO A LOS VECINOS\nEl {d} se cortará el agua de 9 a 12 h. Viviendas {f1} y {f2}: el técnico necesita acceder a los contadores. Derrama aprobada: {p} por vivienda. Urgencias: teléfono de la administración en el tablón.",
         "it": "AVVISO AI CONDOMINI\nIl {d} l'ascensore sarà fermo per manutenzione. Interni {f1} e {f2}: il tecnico deve accedere ai contatori. Quota straordinaria: {p} per unità. Urgenze: numero dell'amministrazione in bacheca.",
         "pl": "OGŁOSZENIE DLA MIESZKAŃCÓW\nW dniu {d} nastąpi przegląd instalacji gazowej. Lokale {f1} i {f2} proszone o udostępnienie mieszkań. Zaliczka na fundusz remontowy: {p}. Awarie: numer zarządcy na tablicy.",
         "el": "ΑΝΑΚΟΙΝΩΣΗ ΠΡΟΣ ΤΟΥΣ ΕΝΟΙΚΟΥΣ\nΣτις {d} θα γίνει συντήρηση του ανελκυστήρα. Διαμερίσματα {f1} και {f2}: απαιτείται πρόσβαση στους μετρητές. Κοινόχρηστα: {p} ανά διαμέρισμα.",
         "ru": "ОБЪЯВЛЕНИЕ ДЛЯ ЖИЛЬЦОВ\n{d} будет отключена горячая вода с 9 до 18. Квартиры {f1} и {f2}: обеспечьте доступ к стоякам. Взнос на капремонт: {p}. Аварийная служба — номер на доске объявлений.",
         "pt": "AVISO AOS CONDÓMINOS\nNo dia {d} haverá corte de água das 9h às 12h. Frações {f1} e {f2}: o técnico precisa de acesso aos contadores. Quota extra: {p} por fração.",
         "nl": "MEDEDELING AAN ALLE BEWONERS\nOp {d} wordt de lift gekeurd. Appartementen {f1} en {f2}: de monteur heeft toegang nodig tot de meterkast. Servicekosten: {p} per maand."}[lang]
    cc = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pl": "PL", "el": "GR", "ru": "RU", "pt": "PT", "nl": "NL"}[lang]
    body = fill(T, d=d, f1=fl[0], f2=fl[1], p=money(R, cc, 40, 900, 5) if cc not in ("RU", "PL") else money(R, cc, 200, 4000, 50))
    return "notice", lang, wrap(R, lang, body)


@tpl("clean_property_facts", 20, clean=True)
def c_facts(R):
    cc = R.choice(["ES", "IT", "FR", "DE", "GB", "PT", "NL", "US"])
    lang = LANG_OF[cc]
    cad = {"ES": "%07d%s%04d%s%04d%s" % (R.randint(1000000, 9999999), "VK", R.randint(1000, 9999), "N", R.randint(1, 9999), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2))),
           "IT": "foglio %d, particella %d, sub. %d" % (R.randint(1, 99), R.randint(1, 999), R.randint(1, 40)), "FR": "section %s n° %d" % (R.choice(["AB", "ZK", "BC"]), R.randint(1, 999)),
           "DE": "Gemarkung Lindenau, Flur %d, Flurstück %d/%d" % (R.randint(1, 9), R.randint(10, 500), R.randint(1, 9)), "GB": "Title number %s%d" % (R.choice(["WYK", "AV", "NK"]), R.randint(100000, 999999)),
           "PT": "artigo matricial %d, fração %s" % (R.randint(100, 9999), R.choice("ABCD")), "NL": "kadastraal %s sectie %s nr. %d" % (R.choice(["Utrecht", "Groningen"]), R.choice("ABCK"), R.randint(100, 9999)),
           "US": "APN %03d-%03d-%03d" % (R.randint(1, 999), R.randint(1, 999), R.randint(1, 999))}[cc]
    T = {"es": "Datos de la vivienda que queremos comprar:\nReferencia catastral {cad}\nSuperficie construida {area}\n{en}\nPrecio {p}, IBI anual {p2}\nComunidad: {p3}/mes. Año de construcción {y}.\n¿Es razonable el precio por m² para la zona?",
         "it": "Dati dell'immobile:\nCatasto: {cad}\nSuperficie {area}\n{en}\nPrezzo richiesto {p}, IMU seconda casa circa {p2}\nSpese condominiali {p3}/mese. Costruito nel {y}.\nConviene fare un'offerta più bassa?",
         "fr": "Infos sur la maison :\nCadastre : {cad}\nSurface habitable {area}\n{en}\nPrix {p} FAI, taxe foncière {p2}\nCharges {p3}/mois. Construite en {y}.\nLe prix au m² est-il cohérent ?",
         "de": "Exposé-Daten:\n{cad}\nWohnfläche {area}\n{en}\nKaufpreis {p}, Grundsteuer ca. {p2}/Jahr\nHausgeld {p3}/Monat, Baujahr {y}.\nIst der Quadratmeterpreis okay?",
         "en": "Details from the listing:\n{cad}\nFloor area {area}\n{en}\nAsking price {p}, council tax about {p2} a year\nService charge {p3}/month, built {y}.\nIs the price per square foot reasonable?",
         "pt": "Dados do imóvel:\n{cad}\nÁrea bruta {area}\n{en}\nPreço {p}, IMI anual {p2}\nCondomínio {p3}/mês, construído em {y}.\nO preço por m² faz sentido?",
         "nl": "Gegevens van de woning:\n{cad}\nWoonoppervlakte {area}\n{en}\nVraagprijs {p} k.k., OZB ca. {p2}\nVvE-bijdrage {p3}/maand, bouwjaar {y}.\nIs de prijs per m² redelijk?"}[lang]
    body = fill(T, cad=N(cad, "cadastral_ref"), area=N("%d m²" % R.randint(45, 220) if cc not in ("US", "GB") else "%d sq ft" % R.randint(600, 2400), "area"),
                en=N(ENERGY.get(cc, ENERGY["GB"])(R), "energy_rating"), p=money(R, cc, 120000, 900000, 1000), p2=money(R, cc, 300, 3000, 10), p3=money(R, cc, 40, 400, 5), y=N(str(R.randint(1890, 2022)), "year"))
    if lang == "en" and cc == "US":
        body = [b.replace("council tax", "property tax") if isinstance(b, str) else b for b in body]
    return "question", lang, body


# ====================================================================== rules

ROLE_LOCAL = {"lettings", "leasing", "rentals", "vermietung", "office", "gestion", "verhuur", "alquileres", "affitti", "arrendamento", "uthyrning", "biuro", "secretariat",
              "sekretariat", "secretaria", "segreteria", "info", "admissions", "kita", "okul", "no-reply", "noreply"}
ALLOWED_IP = {"1.1.1.1", "1.0.0.1", "8.8.8.8", "8.8.4.4", "9.9.9.9", "0.0.0.0", "255.255.255.0", "127.0.0.1"} | {r[1] for r in ROUTERS}
PARTICLES = {"van", "de", "der", "den", "ter", "da", "dos", "das", "di", "del", "della", "le", "la", "lo", "al", "mac", "ó", "'t", "t", "von", "du", "des"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])")
NONLATIN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\u2588"
    return "".join(t)


def span_errors(sp):
    v, ty = sp["value"], sp["type"]
    if ty == "gov_id" and not gid_ok(sp.get("sub"), v):
        return "bad gov_id %r" % v
    if ty == "iban":
        c = re.sub(r"[\s\u00a0\u202f\-]", "", v).upper()
        if c[:2] not in IBAN_LEN or len(c) != IBAN_LEN[c[:2]] or iban_mod97(c) != 1:
            return "bad iban %r" % v
    if ty == "card":
        d = re.sub(r"\D", "", v)
        if not (12 <= len(d) <= 19 and luhn_ok(d)):
            return "bad card %r" % v
    if ty == "email" and not EMAIL_RE.fullmatch(v):
        return "bad email %r" % v
    if ty == "ip":
        try:
            o = ipaddress.ip_address(v)
        except ValueError:
            return "bad ip %r" % v
        if sp.get("sub", "").endswith("wan") and not o.is_global:
            return "non-global wan %r" % v
        if sp.get("sub") == "ipv4_lan" and (not o.is_private or v in ALLOWED_IP):
            return "bad lan %r" % v
    if ty in ("person", "address", "dob", "secret", "phone") and not v.strip():
        return "empty"
    return None


def rule_errors(rec, clean):
    errs = []
    try:
        check_record(rec)
    except AssertionError as e:
        return ["check_record: %s" % str(e)[:80]]
    t = rec["text"]
    if not 120 <= len(t) <= 2200:
        errs.append("length %d" % len(t))
    if clean and rec["spans"]:
        errs.append("clean with labels")
    if not clean and not rec["spans"]:
        errs.append("labelled without labels")
    for sp in rec["spans"]:
        e = span_errors(sp)
        if e:
            errs.append(e)
    m = masked(rec)
    for em in EMAIL_RE.findall(m):
        loc, dom = em.split("@", 1)
        if loc.lower() not in ROLE_LOCAL and "example" not in dom.lower():
            errs.append("unlabelled email %s" % em)
    for mm in IPV4_RE.finditer(m):
        ip = mm.group(0)
        if any(len(g) > 1 and g[0] == "0" for g in mm.groups()) or any(int(g) > 255 for g in mm.groups()):
            continue
        if m[mm.end():mm.end() + 1] == "/":
            continue
        o = ipaddress.ip_address(ip)
        doc = any(o in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"))
        if clean and o.is_private:
            continue
        if ip not in ALLOWED_IP and not doc and not o.is_loopback:
            errs.append("unlabelled ip %s" % ip)
    for mm in re.finditer(r"\d{3,}(?:[ \-\u00a0\u202f]\d{3,})*", m):
        d = re.sub(r"\D", "", mm.group(0))
        if len(set(d)) == 1:
            continue
        if 13 <= len(d) <= 19 and luhn_ok(d):
            errs.append("luhn-valid run %s" % mm.group(0))
        for run in re.findall(r"\d{13,19}", mm.group(0)):
            if luhn_ok(run) and run != d:
                errs.append("luhn-valid run %s" % run)
    for mm in re.finditer(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{2,4}){3,8}", m):
        c = mm.group(0).replace(" ", "")
        for L_ in range(15, len(c) + 1):
            cc = c[:L_]
            if cc[:2] in IBAN_LEN and len(cc) == IBAN_LEN[cc[:2]] and iban_mod97(cc) == 1:
                errs.append("valid iban outside label %s" % cc)
    for sp in rec["spans"]:
        if sp["type"] != "person":
            continue
        v = sp["value"]
        if NONLATIN.search(v):
            forms = {v, v.replace(" ", "")}
            if " " in v:
                forms |= {p for p in v.split(" ") if len(p) >= 2}
            elif len(v) >= 3:
                forms.add(v[1:])
            for form in sorted(forms):
                if form in m:
                    errs.append("name outside label %s" % form)
            continue
        for w in re.split(r"[\s,\-./]+", v):
            w = w.strip("'()")
            if len(w) < 2 or w.lower() in PARTICLES or not w[0].isupper():
                continue
            for form in {w, w.upper(), w[0] + w[1:].lower()}:
                if re.search(r"(?<![^\W\d_])" + re.escape(form) + r"(?![^\W\d_])", m):
                    errs.append("name word outside label %s" % form)
    return errs


def phones_of(recs):
    out = []
    for r in recs:
        for sp in r["spans"]:
            if sp["type"] == "phone":
                out.append((sp["value"], sp["region"], sp.get("plan", "")))
    return out


# ====================================================================== generate

def generate(stats=None):
    R = random.Random(SEED)
    chosen = []
    texts = set()
    drops = Counter()
    cand_all = []
    for name, count, clean, f in TPL:
        cands = []
        for _ in range(3 * count + 6):
            try:
                form, lang, parts = f(R)
            except AssertionError as e:
                drops[(name, "names exhausted")] += 1
                continue
            rec = build("x", form, lang, parts)
            errs = rule_errors(rec, clean)
            cands.append((rec, errs))
        cand_all.append((name, count, clean, cands))
    items = sorted(set(it for _, _, _, cands in cand_all for rec, errs in cands if not errs for it in phones_of([rec])))
    bad = pv_check(items)
    if bad is None:
        raise SystemExit("pv helper missing: /tmp/pv/pv")
    badset = {tuple(b.split("\t")[1:3]) for b in bad}
    drops_all = Counter()
    for name, count, clean, cands in cand_all:
        for rec, errs in cands:
            if errs:
                drops_all[(name, errs[0].split(" ")[0] + " " + " ".join(errs[0].split(" ")[1:3]))] += 1
    for name, count, clean, cands in cand_all:
        kept = 0
        for rec, errs in cands:
            if kept >= count:
                break
            if not errs and any((sp["value"], sp["region"]) in badset for sp in rec["spans"] if sp["type"] == "phone"):
                errs = ["pv rejects a phone"]
            if not errs and rec["text"] in texts:
                errs = ["repeated text"]
            if errs:
                drops[(name, errs[0].split(" ")[0])] += 1
                continue
            texts.add(rec["text"])
            chosen.append((name, rec))
            kept += 1
        if kept < count:
            raise SystemExit("template %s: only %d of %d" % (name, kept, count))
    S = random.Random(SHUFFLE_SEED)
    S.shuffle(chosen)
    recs = []
    names = []
    for i, (name, rec) in enumerate(chosen):
        rec = dict(rec)
        rec["id"] = "%s-%05d" % (PREFIX, i)
        recs.append(rec)
        names.append(name)
    if stats is not None:
        stats["drops"] = drops
        stats["drops_all"] = drops_all
        stats["names"] = names
        stats["bad"] = bad
        stats["candidates"] = sum(len(c) for _, _, _, c in cand_all)
    return recs


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def check():
    with open(OUT, encoding="utf-8") as f:
        data = f.read()
    recs = [json.loads(ln) for ln in data.splitlines()]
    ok = True
    assert len(recs) == N_LABELLED + N_CLEAN, len(recs)
    nclean = sum(1 for r in recs if not r["spans"])
    assert nclean == N_CLEAN and len(recs) - nclean == N_LABELLED, nclean
    texts = set()
    for i, r in enumerate(recs):
        assert r["id"] == "%s-%05d" % (PREFIX, i), r["id"]
        errs = rule_errors(r, not r["spans"])
        if errs:
            ok = False
            print(r["id"], errs)
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
    ph = phones_of(recs)
    bad = pv_check(ph)
    if bad is None:
        print("pv helper missing: phones not re-validated")
        ok = False
    elif bad:
        ok = False
        print("pv rejects:", bad)
    regen = dump(generate())
    if regen != data:
        ok = False
        print("regenerating does not give the file byte for byte")
    for hs in ("0", "7", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, os.path.abspath(__file__), "--dump"], env=env, stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
        if out != data:
            ok = False
            print("PYTHONHASHSEED=%s gives a different file" % hs)
    print("%s: %d records (%d labelled, %d clean), %d labels, %d phones (%d distinct) valid per pv; %s" % (
        os.path.basename(OUT), len(recs), N_LABELLED, nclean, sum(len(r["spans"]) for r in recs), len(ph), len(set(ph)), "OK" if ok else "FAILED"))
    return ok


def print_stats():
    st = {}
    recs = generate(st)
    with open(OUT, encoding="utf-8") as f:
        if f.read() != dump(recs):
            print("(the file differs from the generator's output; stats are of the generator)")
    ty = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("labels: %d" % sum(ty.values()))
    for k, v in ty.most_common():
        print("  %-8s %5d" % (k, v))
    print("forms:", dict(Counter(r["form"] for r in recs).most_common()))
    print("langs:", dict(Counter(r["lang"] for r in recs).most_common()))
    tc = Counter(st["names"])
    lab = Counter()
    for n, r in zip(st["names"], recs):
        lab[n] += len(r["spans"])
    print("templates (records, labels):")
    for name, count, clean, _ in TPL:
        print("  %-24s %4d %5d%s" % (name, tc[name], lab[name], "  clean" if clean else ""))
    print("neg tags:", len(set(t for r in recs for t in r.get("neg", []))))
    print("phone regions:", dict(Counter(sp["region"] for r in recs for sp in r["spans"] if sp["type"] == "phone").most_common()))
    print("phones with plan:", sum(1 for r in recs for sp in r["spans"] if sp["type"] == "phone" and "plan" in sp))
    print("gov_id subs:", dict(Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "gov_id").most_common()))
    print("secret subs:", dict(Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "secret").most_common()))
    print("iban countries:", dict(Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "iban").most_common()))
    print("card issuers:", dict(Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "card").most_common()))
    print("ip subs:", dict(Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "ip").most_common()))
    ln = sorted(len(r["text"]) for r in recs)
    print("text length: min %d, median %d, max %d" % (ln[0], ln[len(ln) // 2], ln[-1]))
    print("labels across a line break:", sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"]))
    print("candidates: %d; dropped in the kept range: %s" % (st["candidates"], dict(st["drops"])))
    print("rule failures among all candidates: %s" % dict(st["drops_all"]))
    print("pv rejected among candidates:", st["bad"])


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    if "--stats" in sys.argv:
        print_stats()
        return
    recs = generate()
    if "--dump" in sys.argv:
        sys.stdout.write(dump(recs))
        return
    write_jsonl(OUT, recs)
    print("wrote %s: %d records" % (OUT, len(recs)))


if __name__ == "__main__":
    main()
