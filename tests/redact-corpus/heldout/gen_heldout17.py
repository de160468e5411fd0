#!/usr/bin/python3
"""Held-out part 17 of the redaction corpus (heldout17.jsonl).

Written by a fifteenth helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions and the lists of what parts 1-16 hold),
lines 1-60 of gen_heldout16.py (header and constants) and its function
`pv_check` (grep -A14), and, outside the repository, the 25-line source of
the phone validator /tmp/pv/pv.cc; not the redactor, its docs, its tests,
the other generators' bodies or any .jsonl data file. It ran no project
binary, no make, no cmake/ctest and no git command.
Started 03:52:49 UTC, ended 04:08:08 UTC on 2026-12-03 (`date -u`).
Rules broken: none known. `pv_check` is reused as is; the CLI layout
(rewrite / --check / --stats) imitates part 16's header.

Theme: LONG-FORM DOCUMENTS PASTED TO BE SUMMARISED, REWRITTEN, TRANSLATED
OR CHECKED. A request line ("summarise this", "make this more formal",
"translate to English", "is this clause fair?", "check this letter for
mistakes") plus the whole pasted document: contracts with party blocks,
tenancy agreements, employment contracts and offer letters, meeting
minutes, incident post-mortems, HR case notes, medical referral and
discharge letters, solicitor/police/court letters, insurance claim
narratives, wills and powers of attorney, school reports and references,
registration lists and seating plans, family-history notes, funeral
notices, newsletters, car and flat purchase agreements, invoices, bank and
tax letters. English about 45 % (UK, US, IE, AU, IN, ZA), then de, fr, es,
it, nl, pt (PT/BR), pl, sv, da, no, fi, cs, tr. Every name, street, town,
company, frame sentence and template here was written by hand for this
part. Deterministic (seed 170917).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout17.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout17.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout17.py --stats   # counts
"""
import ipaddress
import json
import os
import random
import re
import string
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import (L, N, build, check_record, write_jsonl, luhn_ok, luhn_complete,  # noqa: E402
                       iban_mod97, iban_random, IBAN_LEN, group,
                       ssn_random, nino_random, nhs_random, nhs_ok,
                       steuerid_random, steuerid_ok, nir_random, nir_ok,
                       dni_random, nie_random, nie_ok, DNI_LETTERS, cf_make, cf_check,
                       bsn_random, bsn_ok, aadhaar_random, verhoeff_ok, pan_random,
                       cpf_random, cpf_ok, MONTHS, card_random, card_grouping,
                       split_groups, PLANS, secret_random, rnd, digits, nz)

SEED = 170917
OUT = os.path.join(HERE, "heldout17.jsonl")
PREFIX = "heldout-q-"
NREC = 800
NCLEAN = 200


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ---------------------------------------------------------------- names
# culture: (male given, female given, surnames); for PL and CS surnames are
# (male, female) pairs.
NAMES = {
    "uk": ("Rupert Callum Barnaby Oswin Hamish Gethin Rhodri Alistair Jolyon Crispin Tobias Ewan".split(),
           "Harriet Imogen Beatrix Tamsin Ffion Morwenna Philippa Rosalind Kirsty Jocelyn Henrietta Verity".split(),
           "Pengelly Ashworth Tregarthen Hebblethwaite Oakenfold Fairbairn Cattermole Winstanley Prothero "
           "Blackledge Gawthorpe Kettlewell Mainwaring Treloar Quayle Ridgeway-Hale Stanhope-Lyle Dimmock".split()),
    "ie": ("Cillian Ruairí Oisín Donnacha Tadhg Fiachra Colm Diarmuid Peadar".split(),
           "Aoife Niamh Saoirse Clodagh Gráinne Éabha Caoimhe Róisín Sorcha".split(),
           "Kinsella Brennock Feeney Heffernan Coakley Mulcahy Tierney Geraghty Hanrahan Scanlon".split() + ["Ó Floinn", "Mac Cárthaigh"]),
    "us": ("Brayden Trevor Jamal Colton Garrett Tucker Dwayne Marcus Emmett Rhett Jalen Wesley".split(),
           "Kelsey Marisol Courtney Whitney Dakota Bethany Latoya Priscilla Shelby Tamika Brianna Raelynn".split(),
           "Pruitt Galloway Thibodeaux Whitlock Rutledge Castellanos Brannigan Mayfield Sorensen Ostrowski "
           "Harlan Delgado-Reyes Okonkwo Amundsen Villareal Kessler".split()),
    "au": ("Lachlan Jarrah Brodie Darcy Fletcher Heath Kieran Ashton".split(),
           "Matilda Bronte Kirra Tahlia Sienna Ebony Jacinta Maddison".split(),
           "Dunstan McInerney Papadakis Treadwell Kovacevic Bellamy Cosgrove Halloran Strachan Nguyen-Wells".split()),
    "in": ("Anirudh Vikrant Kartikeya Ravindra Tanvir Siddharth Harpreet Pranav Imran".split(),
           "Ritika Sowmya Meenakshi Ishita Zoya Lavanya Deepthi Anusha Farheen".split(),
           "Raghunathan Chakraborty Deshpande Siddiqui Venkataraman Bhattacharjee Kulkarni Menon Ansari Thakkar Gill".split()),
    "za": ("Sipho Pieter Kagiso Johan Riaan Thabo Mandla Wikus".split(),
           "Thandeka Lerato Annelie Nomvula Refilwe Zanele Busisiwe Marelize".split(),
           "Mahlangu Botha Khumalo Mokoena Ndlovu Pretorius Sithole Venter Maseko".split() + ["du Toit"]),
    "de": ("Torben Henrik Malte Jannis Volker Detlef Lutz Hauke Jobst Gernot Ansgar".split(),
           "Gundula Wiebke Irmgard Friederike Sieglinde Annika Hannelore Mareike Heike Swantje Edeltraud".split(),
           "Brinkmeier Haferkamp Sonnleitner Kröger Wolters Plöger Tiedemann Rauscher Lindemeyer Kaczmarek "
           "Steinhöfel Vogelsang Oelschläger Wendehorst Grotjahn".split()),
    "fr": ("Gaëtan Anatole Bastien Loïc Thibault Firmin Aurélien Gauthier Eudes".split(),
           "Solène Maëlle Clémence Eugénie Apolline Ségolène Bérengère Margaux Ophélie".split(),
           "Lavergne Besnard Ravier Delacourt Quéré Maillard Guilloux Fournel Chevrier Brochard Courtois-Mallet".split() + ["Le Duff"]),
    "es": ("Gonzalo Íñigo Fermín Baltasar Ander Eusebio Rogelio Marcelino".split(),
           "Itziar Remedios Macarena Nerea Consuelo Begoña Amparo Rocío".split(),
           "Echeverría Carrasco Villalba Urquijo Montoya Peñalver Arribas Zubizarreta Quintana Lozano Bermejo Olmedo".split()),
    "it": ("Ludovico Ettore Gianmarco Tommaso Corrado Ottavio Raffaele Lapo".split(),
           "Ottavia Benedetta Carlotta Ilaria Margherita Nives Ginevra Loredana".split(),
           "Bellandi Ferraresi Zanardi Pellegrini Sartori Bonfiglio Cavallaro Mancuso Dall'Acqua".split() + ["Lo Cascio"]),
    "nl": ("Joost Sjoerd Wouter Bram Gijs Reinier Thijs Maarten".split(),
           "Femke Marloes Anouk Ilse Lieke Jorien Hanneke Wilma".split(),
           "Hoekstra Dijkhuis Brouwer Kuipers Postma Verhoeven Zwanenburg Wijnands".split() + ["van der Veen", "de Ruiter", "ten Brink", "van Leeuwen"]),
    "pt": ("Duarte Tomás Rodrigo Gonçalo Afonso Vasco Nuno".split(),
           "Inês Leonor Beatriz Matilde Carolina Mafalda Teresa".split(),
           "Figueiredo Tavares Sampaio Nogueira Brandão Quintela Magalhães".split() + ["Ribeiro da Silva", "Pinto Correia"]),
    "br": ("Thiago Vinícius Caio Wellington Davi Everton Renan".split(),
           "Larissa Rafaela Juliana Letícia Thaís Jaqueline Bianca".split(),
           "Albuquerque Nascimento Cavalcanti Siqueira Barbosa Rezende Gusmão".split() + ["Moreira dos Reis", "Lima de Andrade"]),
    "pl": ("Bartłomiej Krzysztof Wojciech Jarosław Przemysław Zbigniew Mateusz".split(),
           "Agnieszka Małgorzata Zofia Dorota Grażyna Justyna Halina".split(),
           [("Wiśniewski", "Wiśniewska"), ("Zieliński", "Zielińska"), ("Grabowski", "Grabowska"),
            ("Nowakowski", "Nowakowska"), ("Mazur", "Mazur"), ("Sikora", "Sikora"), ("Wróbel", "Wróbel"),
            ("Pawłowski", "Pawłowska")]),
    "sv": ("Gustav Måns Hampus Viggo Sixten Ingvar".split(),
           "Ebba Linnea Sigrid Tove Agnes Ylva".split(),
           "Bergström Åkesson Holmgren Sjöberg Nyström Ekdahl Wallin".split()),
    "da": ("Rasmus Mikkel Anders Jeppe Troels Kasper".split(),
           "Mette Signe Freja Birgitte Lærke Dorthe".split(),
           "Bertelsen Kjærgaard Østergaard Lauridsen Thygesen Dalsgaard".split()),
    "no": ("Eirik Håkon Torstein Sindre Øyvind Vegard".split(),
           "Ingrid Solveig Silje Ragnhild Marit Tone".split(),
           "Haugland Bjørnstad Fjeldheim Aasen Lunde Strømme Tveit".split()),
    "fi": ("Juhani Ville Eero Lauri Tapio Jussi".split(),
           "Aino Kaisa Helmi Tuula Satu Riikka".split(),
           "Kettunen Hämäläinen Laaksonen Nieminen Salmela Rantanen Heikkilä".split()),
    "cs": ("Jiří Tomáš Ondřej Vojtěch Radek Zdeněk".split(),
           "Alžběta Kateřina Lenka Markéta Jitka Radka".split(),
           [("Dvořák", "Dvořáková"), ("Procházka", "Procházková"), ("Kučera", "Kučerová"), ("Veselý", "Veselá"),
            ("Horák", "Horáková"), ("Pokorný", "Pokorná"), ("Šimek", "Šimková")]),
    "tr": ("Burak Emre Kerem Oğuzhan Tolga Serkan Cem".split(),
           "Elif Zeynep Selin Ayşegül Gizem Nur Pınar".split(),
           "Aydoğan Karakaya Yurtsever Çelikkol Tunalı Erbaş Sarıkaya Kocabaş".split()),
}


class Person:
    def __init__(self, R, cult, sex=None, family=None):
        m, f, fam = NAMES[cult]
        self.cult = cult
        self.sex = sex or R.choice("mf")
        self.given = R.choice(m if self.sex == "m" else f)
        sur = family if family is not None else R.choice(fam)
        if isinstance(sur, tuple):
            self.fam_pair = sur
            sur = sur[0] if self.sex == "m" else sur[1]
        else:
            self.fam_pair = (sur, sur)
        self.family = sur
        self.full = self.given + " " + self.family

    def relative(self, R, sex=None):
        """Same family (gendered surnames follow the sex)."""
        p = Person(R, self.cult, sex, family=self.fam_pair if self.cult in ("pl", "cs") else self.family)
        tries = 0
        while p.given == self.given and tries < 20:
            p = Person(R, self.cult, sex, family=self.fam_pair if self.cult in ("pl", "cs") else self.family)
            tries += 1
        return p


def people(R, cult, n, sexes=None):
    """n persons with distinct given names and family names."""
    out = []
    while len(out) < n:
        p = Person(R, cult, sexes[len(out)] if sexes else None)
        if any(p.given == q.given or p.family == q.family for q in out):
            continue
        out.append(p)
    return out


def P(x, cult=None):
    return L("person", x, **({"sub": cult} if cult else {}))


def ascii_fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ß", "ss").replace("ł", "l").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


MAILHOST = {
    "uk": ["btinternet.com", "gmail.com", "outlook.com", "sky.com"], "ie": ["eircom.net", "gmail.com", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "icloud.com", "comcast.net"], "au": ["bigpond.com", "gmail.com", "outlook.com.au"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com"], "za": ["gmail.com", "webmail.co.za", "mweb.co.za"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"], "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
    "es": ["gmail.com", "telefonica.net", "hotmail.es"], "it": ["libero.it", "virgilio.it", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "pt": ["sapo.pt", "gmail.com", "netcabo.pt"],
    "br": ["uol.com.br", "bol.com.br", "gmail.com"], "pl": ["wp.pl", "o2.pl", "interia.pl"],
    "sv": ["telia.com", "bredband.net", "gmail.com"], "da": ["jubii.dk", "mail.dk", "gmail.com"],
    "no": ["online.no", "gmail.com"], "fi": ["saunalahti.fi", "elisanet.fi", "gmail.com"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz"], "tr": ["gmail.com", "hotmail.com.tr", "yandex.com.tr"],
}


def email_of(R, p, domain=None):
    g = ascii_fold(p.given).lower().replace(" ", "")
    f = ascii_fold(p.family).lower().replace(" ", "").replace("'", "")
    shape = R.randint(0, 5)
    local = [g + "." + f, g[0] + f, f + "." + g, g + f + str(R.randint(2, 99)), g + "_" + f, g + "." + f[0]][shape]
    return local + "@" + (domain or R.choice(MAILHOST[p.cult]))


FREEMAIL = {h for hs in MAILHOST.values() for h in hs}


def E(x):
    return L("email", x, sub="personal" if x.split("@")[1] in FREEMAIL else "work")


# ---------------------------------------------------------------- addresses

def _pc_uk(R, area):
    return "%s%d %d%s" % (area, R.randint(1, 9), R.randint(1, 9), "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))


UK_STREETS = ["Hollybush Lane", "Tanners Row", "Quarry Bank Road", "Chapel Fold", "Merrivale Crescent",
              "Saltash Terrace", "Ferndown Close", "Larkspur Way", "Kilnhouse Drive", "Abbotsmead Road"]
UK_TOWNS = [("Harrogate", "HG"), ("Truro", "TR"), ("Shrewsbury", "SY"), ("Lancaster", "LA"), ("Ipswich", "IP"),
            ("Dundee", "DD"), ("Exeter", "EX"), ("Carlisle", "CA")]
IE_STREETS = ["Ardmore Grove", "Castleview Heights", "Glenview Park", "Millbrook Lawns", "Sally Park Close", "The Paddocks"]
IE_AREAS = [("Ballincollig", "Co. Cork", "P31"), ("Oranmore", "Co. Galway", "H91"), ("Castletroy", "Co. Limerick", "V94"),
            ("Drogheda", "Co. Louth", "A92"), ("Tramore", "Co. Waterford", "X91"), ("Naas", "Co. Kildare", "W91")]
US_STREETS = ["Sycamore Bend Dr", "Willow Creek Rd", "N Cedar Ave", "Larkin St", "Old Mill Pike", "Foxhollow Ct",
              "E Magnolia Blvd", "Prairie View Ln"]
US_CITIES = [("Dayton", "OH", "454"), ("Boise", "ID", "837"), ("Chattanooga", "TN", "374"), ("Spokane", "WA", "992"),
             ("Lancaster", "PA", "176"), ("Tucson", "AZ", "857"), ("Madison", "WI", "537"), ("Savannah", "GA", "314")]
AU_STREETS = ["Wattle Ave", "Bellbird Cres", "Banksia Rd", "Currawong St", "Gumtree Pde", "Kookaburra Cl"]
AU_SUBURBS = [("Fitzroy North", "VIC", "3068"), ("Paddington", "QLD", "4064"), ("Fremantle", "WA", "6160"),
              ("Glenelg", "SA", "5045"), ("Newtown", "NSW", "2042"), ("Sandy Bay", "TAS", "7005")]
IN_BLDGS = ["Shreeji Heights", "Sai Krupa Apartments", "Green Meadows CHS", "Lotus Residency", "Kaveri Enclave"]
IN_LOCS = [("Baner Road", "Pune", "Maharashtra", "4110"), ("Indiranagar", "Bengaluru", "Karnataka", "5600"),
           ("Salt Lake Sector III", "Kolkata", "West Bengal", "7001"), ("Vastrapur", "Ahmedabad", "Gujarat", "3800"),
           ("Kondapur", "Hyderabad", "Telangana", "5000")]
ZA_STREETS = ["Kiaat Street", "Disa Avenue", "Protea Road", "Milkwood Crescent", "Acacia Lane"]
ZA_SUBURBS = [("Rondebosch", "Cape Town", "7700"), ("Linden", "Johannesburg", "2195"), ("Morningside", "Durban", "4001"),
              ("Brooklyn", "Pretoria", "0181"), ("Walmer", "Gqeberha", "6070")]
DE_STREETS = ["Lindenhofweg", "Am Mühlbach", "Hagebuttenstraße", "Tannenkamp", "Schlehdornweg", "Rosmarinstraße",
              "Zum Kiekeberg", "Brunnenwiese"]
DE_CITIES = [("Bielefeld", "336"), ("Lüneburg", "213"), ("Würzburg", "970"), ("Freiburg im Breisgau", "791"),
             ("Kassel", "341"), ("Erfurt", "990"), ("Oldenburg", "261")]
FR_STREETS = ["rue des Tanneurs", "allée des Glycines", "impasse du Moulin-Vert", "chemin de la Source",
              "avenue des Tilleuls", "rue du Four-à-Chaux", "place des Marronniers"]
FR_CITIES = [("Angers", "49100"), ("Besançon", "25000"), ("Nîmes", "30900"), ("Quimper", "29000"), ("Tours", "37000"),
             ("Annecy", "74000"), ("Poitiers", "86000")]
ES_STREETS = ["calle del Almendro", "avenida de los Naranjos", "calle Jazmín", "paseo de la Alameda", "calle Cuesta del Río",
              "plaza de los Tilos"]
ES_CITIES = [("Valladolid", "470"), ("Murcia", "300"), ("Logroño", "260"), ("Cáceres", "100"), ("Gijón", "332")]
IT_STREETS = ["via delle Betulle", "via San Rocco", "viale dei Pini", "via Fontanelle", "vicolo del Pozzo", "via dei Gelsi"]
IT_CITIES = [("Parma", "431", "PR", "G337"), ("Lecce", "731", "LE", "E506"), ("Bergamo", "241", "BG", "A794"),
             ("Perugia", "061", "PG", "G478"), ("Trento", "381", "TN", "L378")]
NL_STREETS = ["Lindengracht", "Kievitstraat", "Berkenlaan", "Molenweg", "Zonnebloemstraat", "Reigerhof"]
NL_CITIES = [("Zwolle", "80"), ("Leeuwarden", "89"), ("Haarlem", "20"), ("Nijmegen", "65"), ("Delft", "26")]
PT_STREETS = ["Rua do Salgueiral", "Travessa da Fonte", "Rua das Camélias", "Rua Cimo da Vila", "Largo do Pelourinho"]
PT_CITIES = [("Braga", "4700"), ("Coimbra", "3000"), ("Aveiro", "3810"), ("Setúbal", "2900"), ("Faro", "8000")]
BR_STREETS = ["Rua das Acácias", "Rua Padre Anchieta", "Avenida Ipiranga", "Rua dos Girassóis", "Rua Tamoios"]
BR_CITIES = [("Savassi", "Belo Horizonte", "MG", "301"), ("Boa Viagem", "Recife", "PE", "510"),
             ("Moinhos de Vento", "Porto Alegre", "RS", "905"), ("Batel", "Curitiba", "PR", "804")]
PL_STREETS = ["ul. Kwiatowa", "ul. Jaśminowa", "ul. Słowicza", "al. Lipowa", "ul. Wrzosowa", "ul. Poziomkowa"]
PL_CITIES = [("Poznań", "60"), ("Lublin", "20"), ("Gdynia", "81"), ("Toruń", "87"), ("Rzeszów", "35")]
SV_STREETS = ["Björkvägen", "Lingonstigen", "Sjögatan", "Tallbacken", "Kvarnbacksvägen"]
SV_CITIES = [("Uppsala", "753"), ("Örebro", "702"), ("Umeå", "903"), ("Lund", "222")]
DA_STREETS = ["Birkevej", "Skovbrynet", "Møllegade", "Hybenvænget", "Rosenhaven"]
DA_CITIES = [("Aarhus C", "8000"), ("Odense C", "5000"), ("Aalborg", "9000"), ("Roskilde", "4000")]
NO_STREETS = ["Furuveien", "Bekkeliveien", "Granstubben", "Måkeveien", "Lyngbakken"]
NO_CITIES = [("Bergen", "50"), ("Trondheim", "70"), ("Tromsø", "90"), ("Stavanger", "40")]
FI_STREETS = ["Koivukuja", "Rantatie", "Mäntypolku", "Pihlajatie", "Kuusikallio"]
FI_CITIES = [("Tampere", "331"), ("Oulu", "901"), ("Turku", "201"), ("Jyväskylä", "401")]
CS_STREETS = ["Lipová", "Na Výsluní", "Zahradní", "Pod Lesem", "U Rybníka"]
CS_CITIES = [("Brno", "602 00"), ("Olomouc", "779 00"), ("Plzeň", "301 00"), ("Liberec", "460 01")]
TR_PLACES = [("Bahçelievler", "Menekşe", "35", "Karşıyaka", "İzmir"), ("Kavaklıdere", "Güvercin", "06", "Çankaya", "Ankara"),
             ("Fethiye", "Lale", "16", "Nilüfer", "Bursa"), ("Meltem", "Portakal Çiçeği", "07", "Muratpaşa", "Antalya")]


def address(R, cc, ml=False, business=False):
    """A whole postal address in the country's layout; ml: across lines;
    business: no flat or cottage line (surgeries, offices)."""
    sep = "\n" if ml else ", "
    n = R.randint(2, 148)
    if cc == "uk" and business:
        town, area = R.choice(UK_TOWNS)
        return "%d %s" % (n, R.choice(UK_STREETS)) + sep + town + (sep if ml else " ") + _pc_uk(R, area)
    if cc == "uk":
        town, area = R.choice(UK_TOWNS)
        first = R.choice(["%d %s" % (n, R.choice(UK_STREETS)), "Flat %d, %d %s" % (R.randint(1, 9), n, R.choice(UK_STREETS)),
                          "%s Cottage%s%s" % (R.choice(["Bramble", "Wren", "Mill"]), sep, R.choice(UK_STREETS))])
        return first + sep + town + (sep if ml else " ") + _pc_uk(R, area)
    if cc == "ie":
        area, county, rk = R.choice(IE_AREAS)
        ec = rk + " " + "".join(R.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
        return "%d %s%s%s%s%s %s" % (n, R.choice(IE_STREETS), sep, area, sep, county, ec)
    if cc == "us":
        city, st, z = R.choice(US_CITIES)
        unit = R.choice(["", "", " Apt %d" % R.randint(1, 40), " Unit %s" % R.choice("ABCD")])
        return "%d %s%s%s%s, %s %s%02d" % (R.randint(100, 9899), R.choice(US_STREETS), unit, sep, city, st, z, R.randint(1, 40))
    if cc == "au":
        sub, st, pc = R.choice(AU_SUBURBS)
        num = R.choice(["%d" % n, "%d/%d" % (R.randint(1, 12), n)])
        return "%s %s%s%s %s %s" % (num, R.choice(AU_STREETS), sep, sub, st, pc)
    if cc == "in":
        loc, city, state, pin = R.choice(IN_LOCS)
        return "Flat %d%02d, %s%s%s%s%s, %s %s%02d" % (R.randint(1, 9), R.randint(1, 12), R.choice(IN_BLDGS), sep, loc, sep,
                                                        city, state, pin, R.randint(1, 99))
    if cc == "za":
        sub, city, pc = R.choice(ZA_SUBURBS)
        return "%d %s%s%s%s%s%s%s" % (n, R.choice(ZA_STREETS), sep, sub, sep, city, sep if ml else ", ", pc)
    if cc == "de":
        city, plz = R.choice(DE_CITIES)
        return "%s %d%s%s%s%02d %s" % (R.choice(DE_STREETS), n % 90 + 1, R.choice(["", "a", ""]), sep, plz, R.randint(1, 99), city)
    if cc == "fr":
        city, cp = R.choice(FR_CITIES)
        return "%d%s %s%s%s %s" % (n % 80 + 1, R.choice(["", "", " bis", " ter"]), R.choice(FR_STREETS), sep, cp, city)
    if cc == "es":
        city, cp = R.choice(ES_CITIES)
        return "%s, %d, %s%s%s%02d %s" % ((lambda st: st[0].upper() + st[1:] if R.random() < 0.5 else st)(R.choice(ES_STREETS)),
                                          n % 70 + 1, R.choice(["2º B", "3º izda.", "bajo A", "1º D", "5º 2ª"]), sep, cp,
                                          R.randint(1, 20), city)
    if cc == "it":
        city, cap, pr, _ = R.choice(IT_CITIES)
        return "%s %d%s%s%02d %s (%s)" % (R.choice(IT_STREETS), n % 90 + 1, sep, cap, R.randint(0, 99), city, pr)
    if cc == "nl":
        city, pc = R.choice(NL_CITIES)
        return "%s %d%s%s%02d %s %s" % (R.choice(NL_STREETS), n % 120 + 1, sep, pc, R.randint(10, 99),
                                        "".join(R.choice("BCDEGHJKLMNPRSTVWXZ") for _ in range(2)), city)
    if cc == "pt":
        city, cp = R.choice(PT_CITIES)
        return "%s, n.º %d, %s%s%s-%03d %s" % (R.choice(PT_STREETS), n % 200 + 1, R.choice(["2.º Esq.", "1.º Dto.", "r/c", "3.º Frente"]),
                                                sep, cp, R.randint(1, 999), city)
    if cc == "br":
        bairro, city, uf, cep = R.choice(BR_CITIES)
        return "%s, %d, apto %d%s%s%s%s - %s%sCEP %s%02d-%03d" % (R.choice(BR_STREETS), R.randint(10, 2400), R.randint(11, 1204),
                                                                  ", ", bairro, sep, city, uf, sep, cep, R.randint(0, 99), R.randint(0, 999))
    if cc == "pl":
        city, pc = R.choice(PL_CITIES)
        return "%s %d%s%s%s-%03d %s" % (R.choice(PL_STREETS), n % 90 + 1, R.choice(["", " m. %d" % R.randint(1, 60), "/%d" % R.randint(1, 40)]),
                                        sep, pc, R.randint(1, 999), city)
    if cc == "sv":
        city, pc = R.choice(SV_CITIES)
        return "%s %d%s%s%s %02d %s" % (R.choice(SV_STREETS), n % 60 + 1, R.choice(["", " lgh 1102", "B"]), sep, pc, R.randint(10, 99), city)
    if cc == "da":
        city, pc = R.choice(DA_CITIES)
        return "%s %d%s%s%s %s" % (R.choice(DA_STREETS), n % 60 + 1, R.choice(["", ", 2. tv.", ", st. th."]), sep, pc, city)
    if cc == "no":
        city, pc = R.choice(NO_CITIES)
        return "%s %d%s%s%s%02d %s" % (R.choice(NO_STREETS), n % 60 + 1, R.choice(["", " B", " H0201"]), sep, pc, R.randint(1, 99), city)
    if cc == "fi":
        city, pc = R.choice(FI_CITIES)
        return "%s %d %s %d%s%s%02d %s" % (R.choice(FI_STREETS), n % 40 + 1, R.choice("ABC"), R.randint(1, 30), sep, pc, R.randint(0, 99), city)
    if cc == "cs":
        city, psc = R.choice(CS_CITIES)
        return "%s %d/%d%s%s %s" % (R.choice(CS_STREETS), R.randint(100, 2999), n % 60 + 1, sep, psc, city)
    if cc == "tr":
        mah, sok, il_code, ilce, il = R.choice(TR_PLACES)
        return "%s Mah. %s Sok. No: %d D: %d%s%s%03d %s/%s" % (mah, sok, n % 90 + 1, R.randint(1, 16), sep, il_code, R.randint(0, 999), ilce, il)
    raise KeyError(cc)


def A(R, cc, ml=False, business=False):
    return L("address", address(R, cc, ml, business), sub=cc)


# ---------------------------------------------------------------- phones

PHONES = []   # (value, region, plan) of the record being built


OWN_PLANS = {
    "DK": (45, lambda R: R.choice("2345") + R.choice("0123456789") + digits(R, 6)),
    "NO": (47, lambda R: R.choice(["4", "9"]) + (R.choice("015678") if True else "") + digits(R, 6)),
    "FI": (358, lambda R: R.choice(["40", "41", "44", "45", "50"]) + digits(R, 7)),
    "CZ": (420, lambda R: R.choice(["601", "602", "603", "604", "605", "606", "607", "608", "720", "721", "723", "724",
                                     "725", "730", "731", "732", "736", "737", "739", "770", "771", "773", "774", "775",
                                     "776", "777", "778", "790", "792", "793", "799"]) + digits(R, 6)),
    "TR": (90, lambda R: R.choice(["530", "532", "533", "535", "536", "537", "538", "539", "541", "542", "543", "544",
                                    "545", "546", "505", "506", "507", "551", "552", "553", "554", "555"]) + digits(R, 7)),
}


def _g(s, sizes, sep=" "):
    return sep.join(split_groups(s, sizes))


def phone(R, cc, intl=None, kind=None, region=None):
    """A labelled phone of country cc (ISO), written as people in that
    country write it; intl: +CC form. region: reading country when foreign."""
    if intl is None:
        intl = R.random() < 0.35
    if cc in OWN_PLANS:
        code, fn = OWN_PLANS[cc]
        nsn = fn(R)
        k = "mobile"
    else:
        code, trunk, k, nsn = phone_nsn_kind(R, cc, kind)
    if cc == "US":
        v = R.choice(["(%s) %s-%s" % (nsn[:3], nsn[3:6], nsn[6:]), "%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:]),
                      "%s.%s.%s" % (nsn[:3], nsn[3:6], nsn[6:])]) if not intl else "+1 %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])
    elif cc == "GB":
        if nsn.startswith("20"):
            body = _g(nsn, [2, 4, 4])
        elif nsn.startswith("7"):
            body = _g(nsn, [4, 6])
        else:
            body = _g(nsn, [3, 3, 4])
        v = ("+44 " + body) if intl else ("0" + body)
    elif cc == "IE":
        v = ("+353 " + _g(nsn, [2, 3, 4])) if intl else "0" + _g(nsn, [2, 3, 4])
    elif cc == "AU":
        v = ("+61 " + _g(nsn, [3, 3, 3])) if intl else "0" + _g(nsn, [3, 3, 3])
    elif cc == "IN":
        v = ("+91 " + _g(nsn, [5, 5])) if intl else R.choice([nsn, _g(nsn, [5, 5]), "0" + nsn])
    elif cc == "ZA":
        v = ("+27 " + _g(nsn, [2, 3, 4])) if intl else "0" + _g(nsn, [2, 3, 4])
    elif cc == "DE":
        ac = 3 if nsn[0] == "1" else (2 if nsn[:2] in ("30", "40", "89", "69") else 3)
        v = ("+49 %s %s" % (nsn[:ac], nsn[ac:])) if intl else R.choice(["0%s %s" % (nsn[:ac], nsn[ac:]), "0%s/%s" % (nsn[:ac], nsn[ac:]),
                                                                       "0%s-%s" % (nsn[:ac], nsn[ac:])])
    elif cc == "FR":
        v = ("+33 " + nsn[0] + " " + _g(nsn[1:], [2, 2, 2, 2])) if intl else R.choice([" ", "."]).join(split_groups("0" + nsn, [2, 2, 2, 2, 2]))
    elif cc == "ES":
        v = ("+34 " if intl else "") + _g(nsn, [3, 3, 3])
    elif cc == "IT":
        if nsn[0] == "3":
            v = ("+39 " if intl else "") + R.choice([_g(nsn, [3, 3, 4]), _g(nsn, [3, 7])])
        else:
            v = ("+39 " if intl else "") + _g(nsn, [2, 4, 4])
    elif cc == "NL":
        if nsn[0] == "6":
            v = ("+31 6 " + nsn[1:]) if intl else R.choice(["06-" + nsn[1:], "06 " + nsn[1:]])
        else:
            v = ("+31 %s %s" % (nsn[:2], nsn[2:])) if intl else "0%s-%s" % (nsn[:2], nsn[2:])
    elif cc == "PT":
        v = ("+351 " if intl else "") + _g(nsn, [3, 3, 3])
    elif cc == "BR":
        loc = nsn[2:]
        body = "%s-%s" % (loc[:-4], loc[-4:])
        v = ("+55 %s %s" % (nsn[:2], body)) if intl else "(%s) %s" % (nsn[:2], body)
    elif cc == "PL":
        v = ("+48 " if intl else "") + _g(nsn, [3, 3, 3])
    elif cc == "SE":
        v = ("+46 %s %s %s %s" % (nsn[:2], nsn[2:5], nsn[5:7], nsn[7:])) if intl else "0%s-%s %s %s" % (nsn[:2], nsn[2:5], nsn[5:7], nsn[7:])
    elif cc == "AT":
        v = ("+43 %s %s" % (nsn[:3], nsn[3:])) if intl else "0%s %s" % (nsn[:3], nsn[3:])
    elif cc == "CH":
        v = ("+41 " if intl else "0") + _g(nsn, [2, 3, 2, 2])
    elif cc == "DK":
        v = ("+45 " if intl else "") + _g(nsn, [2, 2, 2, 2])
    elif cc == "NO":
        v = ("+47 " if intl else "") + R.choice([_g(nsn, [3, 2, 3]), _g(nsn, [2, 2, 2, 2])])
    elif cc == "FI":
        v = ("+358 %s %s" % (nsn[:2], _g(nsn[2:], [3, 4]))) if intl else "0%s %s" % (nsn[:2], _g(nsn[2:], [3, 4]))
    elif cc == "CZ":
        v = ("+420 " if intl else "") + _g(nsn, [3, 3, 3])
    elif cc == "TR":
        v = ("+90 %s %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])) if intl else "0%s %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])
    else:
        raise KeyError(cc)
    reg = region or cc
    meta = {"sub": k, "region": reg}
    if reg != cc:
        meta["plan"] = cc
        if intl is False:
            raise ValueError("foreign national number")
    PHONES.append((v, reg, meta.get("plan", "")))
    return L("phone", v, **meta)


def phone_nsn_kind(R, cc, kind=None):
    code, trunk, kinds = PLANS[cc]
    allowed = {"US": ["fixed_or_mobile"], "GB": ["mobile", "london", "fixed"], "DE": ["mobile", "mobile7", "berlin", "fixed"],
               "IT": ["mobile", "rome", "milan"], "BR": ["mobile", "fixed"], "NL": ["mobile", "fixed"], "FR": ["mobile", "fixed"],
               "ES": ["mobile", "fixed"], "PT": ["mobile", "fixed"], "PL": ["mobile", "fixed"]}.get(cc, sorted(kinds))
    k = kind or R.choice(allowed)
    return code, trunk, k, kinds[k](R)


# ---------------------------------------------------------------- dates

def ymd(R, y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


MONTHS_X = {
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
}


def fmt_date(R, lang, y, m, d, style=None):
    """A date as written in the language; style picks numeric or words."""
    mn = (MONTHS.get(lang) or MONTHS_X.get(lang) or MONTHS["en"])
    st = style if style is not None else R.randint(0, 2)
    if lang in ("en-us",):
        return ["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS["en"][m - 1], d, y), "%d/%d/%d" % (m, d, y)][st]
    if lang == "en":
        return ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn[m - 1], y), "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), mn[m - 1], y)][st]
    if lang == "de":
        return ["%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, mn[m - 1], y), "%d.%d.%d" % (d, m, y)][st]
    if lang in ("fr", "es", "it", "pt", "nl"):
        w = {"fr": "%d %s %d", "es": "%d de %s de %d", "it": "%d %s %d", "pt": "%d de %s de %d", "nl": "%d %s %d"}[lang]
        return ["%02d/%02d/%d" % (d, m, y) if lang != "nl" else "%02d-%02d-%d" % (d, m, y), w % (d, mn[m - 1], y), "%d/%d/%d" % (d, m, y) if lang != "nl" else "%d-%d-%d" % (d, m, y)][st]
    if lang == "pl":
        return ["%02d.%02d.%d" % (d, m, y), "%d %s %d r." % (d, mn[m - 1], y), "%02d.%02d.%d r." % (d, m, y)][st]
    if lang == "sv":
        return ["%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, mn[m - 1], y), "%d-%02d-%02d" % (y, m, d)][st]
    if lang in ("da", "no"):
        return ["%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, mn[m - 1], y), "%d.%d.%d" % (d, m, y)][st]
    if lang == "fi":
        return ["%d.%d.%d" % (d, m, y), "%d. %s %d" % (d, mn[m - 1], y), "%02d.%02d.%d" % (d, m, y)][st]
    if lang == "cs":
        return ["%d. %d. %d" % (d, m, y), "%d. %s %d" % (d, mn[m - 1], y), "%02d.%02d.%d" % (d, m, y)][st]
    if lang == "tr":
        return ["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, mn[m - 1], y), "%02d/%02d/%d" % (d, m, y)][st]
    raise KeyError(lang)


def DOB(R, lang, y0=1940, y1=2005, ymd_=None, style=None):
    y, m, d = ymd_ or ymd(R, y0, y1)
    return L("dob", fmt_date(R, lang, y, m, d, style), sub=lang), (y, m, d)


def ND_pair(R, lang, t1, t2, style=None):
    """Two ordered dates of one stay (admission, discharge)."""
    y, m, d = ymd(R, 2026, 2026)
    d2 = d + R.randint(1, 12)
    m2 = m + (1 if d2 > 28 else 0)
    y2 = y + (1 if m2 > 12 else 0)
    st = style if style is not None else R.randint(0, 2)
    return (N(fmt_date(R, lang, y, m, d, st), t1),
            N(fmt_date(R, lang, y2, (m2 - 1) % 12 + 1, (d2 - 1) % 28 + 1, st), t2))


def ND(R, lang, y0=2024, y1=2027, tag="date_not_birth", style=None):
    y, m, d = ymd(R, y0, y1)
    return N(fmt_date(R, lang, y, m, d, style), tag)


# ---------------------------------------------------------------- gov ids
# (checks written from the published algorithms; corpuslib ones reused)

def pesel(R, y, m, d, sex):
    mm = m + (20 if y >= 2000 else 0)
    s = "%02d%02d%02d%03d" % (y % 100, mm, d, R.randint(0, 999))
    s += str(R.choice([1, 3, 5, 7, 9]) if sex == "m" else R.choice([0, 2, 4, 6, 8]))
    return s + pesel_check(s)


def pesel_check(s10):
    return str((10 - sum(int(c) * w for c, w in zip(s10, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10)


def se_pnr(R, y, m, d, sex):
    body = "%02d%02d%02d%02d%d" % (y % 100, m, d, R.randint(0, 99), R.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
    full = luhn_complete(body)
    return full[:6] + "-" + full[6:]


HETU_CH = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def fi_hetu(R, y, m, d, sex):
    n = R.randint(1, 449) * 2 + (1 if sex == "m" else 0)
    n = max(2, min(n, 899))
    if (n % 2 == 1) != (sex == "m"):
        n += 1
    s = "%02d%02d%02d" % (d, m, y % 100)
    return s + ("A" if y >= 2000 else "-") + "%03d" % n + HETU_CH[int(s + "%03d" % n) % 31]


def fi_hetu_ok(v):
    return HETU_CH[int(v[:6] + v[7:10]) % 31] == v[10]


def cz_rc(R, y, m, d, sex):
    while True:
        s = "%02d%02d%02d%03d" % (y % 100, m + (50 if sex == "f" else 0), d, R.randint(0, 999))
        c = int(s) % 11
        if c != 10:
            return s[:6] + "/" + s[6:] + str(c)


def cz_rc_ok(v):
    return int(v.replace("/", "")) % 11 == 0


def tckn(R):
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
        d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        d11 = (sum(d) + d10) % 10
        return "".join(map(str, d + [d10, d11]))


def tckn_ok(v):
    d = [int(c) for c in v]
    return len(v) == 11 and d[0] != 0 and ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] \
        and sum(d[:10]) % 10 == d[10]


def no_fnr(R, y, m, d, sex):
    while True:
        if y >= 2000:
            ind = R.randint(500, 999)
        else:
            ind = R.randint(0, 499)
        if (ind % 2 == 0) != (sex == "f"):
            continue
        s = "%02d%02d%02d%03d" % (d, m, y % 100, ind)
        k = [int(c) for c in s]
        k1 = 11 - sum(a * b for a, b in zip(k, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        k2 = 11 - sum(a * b for a, b in zip(k + [k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return s + str(k1) + str(k2)


def no_fnr_ok(v):
    k = [int(c) for c in v]
    k1 = 11 - sum(a * b for a, b in zip(k[:9], [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
    k2 = 11 - sum(a * b for a, b in zip(k[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
    return (0 if k1 == 11 else k1) == k[9] and (0 if k2 == 11 else k2) == k[10]


def pt_nif(R):
    while True:
        s = R.choice("12") + digits(R, 7)
        c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(s)) % 11
        return s + str(0 if c >= 10 else c)


def pt_nif_ok(v):
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(v[:8])) % 11
    return str(0 if c >= 10 else c) == v[8]


def za_id(R, y, m, d, sex):
    body = "%02d%02d%02d%04d08" % (y % 100, m, d, R.randint(5000, 9999) if sex == "m" else R.randint(0, 4999))
    return luhn_complete(body)


PPS_L = "WABCDEFGHIJKLMNOPQRSTUV"


def ie_ppsn(R):
    s = digits(R, 7)
    return s + PPS_L[sum(int(c) * (8 - i) for i, c in enumerate(s)) % 23]


def ie_ppsn_ok(v):
    return PPS_L[sum(int(c) * (8 - i) for i, c in enumerate(v[:7])) % 23] == v[7]


def au_tfn(R):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        s = nz(R, 8)
        for c in "0123456789":
            if sum(int(x) * y for x, y in zip(s + c, w)) % 11 == 0:
                return s + c


def au_tfn_ok(v):
    v = v.replace(" ", "")
    return sum(int(x) * y for x, y in zip(v, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0


def G(v, sub):
    return L("gov_id", v, sub=sub)


def gov_ok(sub, v):
    c = re.sub(r"[\s./-]", "", v)
    if sub == "us_ssn":
        a, g, s = int(c[:3]), int(c[3:5]), int(c[5:])
        return a not in (0, 666) and a < 900 and g and s
    if sub == "uk_nino":
        return re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", c) is not None
    if sub == "nhs":
        return nhs_ok(c)
    if sub == "de_steuerid":
        return steuerid_ok(c)
    if sub == "fr_nir":
        return nir_ok(c[:13], c[13:])
    if sub == "es_dni":
        return DNI_LETTERS[int(c[:8]) % 23] == c[8]
    if sub == "es_nie":
        return nie_ok(c)
    if sub == "it_cf":
        return cf_check(c[:15]) == c[15]
    if sub == "nl_bsn":
        return bsn_ok(c)
    if sub == "in_aadhaar":
        return verhoeff_ok(c)
    if sub == "in_pan":
        return re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", c) is not None
    if sub == "br_cpf":
        return cpf_ok(c)
    if sub == "pl_pesel":
        return pesel_check(c[:10]) == c[10]
    if sub == "se_pnr":
        return luhn_ok(c)
    if sub == "fi_hetu":
        return fi_hetu_ok(v)
    if sub == "cz_rc":
        return cz_rc_ok(v)
    if sub == "tr_tckn":
        return tckn_ok(c)
    if sub == "no_fnr":
        return no_fnr_ok(c)
    if sub == "pt_nif":
        return pt_nif_ok(c)
    if sub == "za_id":
        return luhn_ok(c) and len(c) == 13
    if sub == "ie_ppsn":
        return ie_ppsn_ok(c)
    if sub == "au_tfn":
        return au_tfn_ok(c)
    if sub in ("dk_cpr", "passport"):
        return True
    raise KeyError(sub)


def nino_s(R):
    p, n, s = nino_random(R)
    return R.choice(["%s %s %s %s %s" % (p, n[:2], n[2:4], n[4:], s), p + n + s])


def nhs_s(R):
    s = nhs_random(R)
    return R.choice([_g(s, [3, 3, 4]), s])


def ssn_s(R):
    a, g, s = ssn_random(R)
    return "%s-%s-%s" % (a, g, s)


# ---------------------------------------------------------------- money, ids

def IB(R, cc, grouped=None):
    v = iban_random(R, cc)
    if grouped is None:
        grouped = R.random() < 0.7
    return L("iban", group(v) if grouped else v, sub=cc)


def CARD(R, issuer=None):
    issuer = issuer or R.choice(["visa", "mastercard", "mastercard2", "amex", "maestro"])
    v = card_random(R, issuer)
    gs = split_groups(v, card_grouping(len(v)))
    return L("card", R.choice([" ", "-"]).join(gs), sub=issuer)


def IP(R, v6=False):
    if v6:
        v = "2a02:%x:%x:%x::%x" % (R.randint(0x1000, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xfff))
        return L("ip", v, sub="v6")
    while True:
        v = "%d.%d.%d.%d" % (R.choice([31, 46, 77, 82, 86, 92, 109, 151, 176, 185, 188, 212, 213]), R.randint(0, 255),
                             R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(v).is_global:
            return L("ip", v, sub="v4")


def SEC(R, kind):
    return L("secret", secret_random(R, kind), sub=kind)


def refno(R, pat):
    """A look-alike reference: pattern letters A (letter), 9 (digit)."""
    return "".join(R.choice(string.ascii_uppercase) if c == "A" else R.choice(string.digits) if c == "9" else c for c in pat)


def money(R, cur, lo, hi):
    v = R.randint(lo, hi)
    if cur == "£":
        return "£%s" % format(v, ",")
    if cur == "$":
        return "$%s" % format(v, ",")
    if cur == "R":
        return "R%s" % format(v, ",").replace(",", " ")
    if cur == "€de":
        return "%s €" % format(v, ",").replace(",", ".")
    if cur == "€fr":
        return "%s €" % format(v, ",").replace(",", "\u202f")
    if cur == "€":
        return "%s €" % format(v, ",").replace(",", ".")
    if cur == "₹":
        return "₹%s" % format(v, ",")
    return "%s %s" % (format(v, ",").replace(",", " "), cur)


# ---------------------------------------------------------------- requests

REQ = {
    "en": {
        "sum": ["Can you summarise this for me in a few bullet points?", "tl;dr this please, I don't have time to read it all",
                "Summarise the key points of the document below.", "What are the main things I need to know from this?",
                "Give me a short summary of this, plain English please."],
        "formal": ["Can you make this sound more formal?", "Please rewrite this so it reads more professionally.",
                   "Tidy this up and make it a bit more polished, keep all the details.", "Rewrite in a warmer tone please:"],
        "fair": ["Is this fair? Anything in here I should push back on?", "Can you check this agreement for anything unusual or unfair before I sign?",
                 "Is clause {c} enforceable? Be honest.", "Any red flags in this?"],
        "check": ["Check this for spelling and grammar mistakes, don't change the meaning.", "Proofread this please:",
                  "Can you check this for mistakes before I send it?", "Please check the dates and names are consistent in this."],
        "tr": ["Translate this into Spanish please.", "Can you translate this to French for my in-laws?", "Translate to German, keep the layout."],
    },
    "de": {"sum": ["Kannst du mir das kurz zusammenfassen?", "Fass mir bitte die wichtigsten Punkte zusammen:"],
           "formal": ["Bitte formeller formulieren:", "Kannst du das etwas professioneller klingen lassen?"],
           "fair": ["Ist diese Klausel so überhaupt zulässig?", "Ist das ein fairer Vertrag oder sollte ich was ändern lassen?"],
           "check": ["Bitte auf Rechtschreibfehler prüfen:", "Kannst du den Text Korrektur lesen?"],
           "tr": ["Bitte ins Englische übersetzen.", "Übersetz das bitte auf Englisch, ich muss es weiterleiten."]},
    "fr": {"sum": ["Tu peux me résumer ce document ?", "Résume-moi l'essentiel, s'il te plaît :"],
           "formal": ["Rends ce texte plus formel, stp.", "Peux-tu reformuler ça de façon plus soutenue ?"],
           "fair": ["Cette clause est-elle légale ?", "Est-ce que ce bail contient des clauses abusives ?"],
           "check": ["Corrige les fautes sans changer le sens :", "Tu peux relire ce courrier ?"],
           "tr": ["Traduis en anglais s'il te plaît.", "Peux-tu traduire ce document en anglais ?"]},
    "es": {"sum": ["¿Me haces un resumen de esto?", "Resúmeme los puntos importantes:"],
           "formal": ["Ponlo en un tono más formal:", "¿Puedes redactarlo mejor?"],
           "fair": ["¿Es legal esta cláusula?", "¿Ves algo raro en este contrato antes de firmarlo?"],
           "check": ["Revisa la ortografía, por favor:", "¿Puedes corregir este texto?"],
           "tr": ["Tradúcelo al inglés, por favor.", "Pásalo a inglés, que lo tengo que reenviar."]},
    "it": {"sum": ["Me lo riassumi in poche righe?", "Fammi un riassunto dei punti principali:"],
           "formal": ["Rendilo più formale, per favore.", "Puoi riformularlo in modo più professionale?"],
           "fair": ["Questa clausola è regolare?", "C'è qualcosa di strano in questo contratto?"],
           "check": ["Correggi eventuali errori:", "Puoi ricontrollare questo testo?"],
           "tr": ["Traduci in inglese per favore.", "Me lo traduci in inglese?"]},
    "nl": {"sum": ["Kun je dit samenvatten?", "Vat de belangrijkste punten even samen:"],
           "formal": ["Kun je dit formeler maken?", "Herschrijf dit wat zakelijker:"],
           "fair": ["Is dit artikel wel redelijk?", "Staat hier iets in wat niet mag?"],
           "check": ["Check even op taalfouten:", "Kun je dit nalezen?"],
           "tr": ["Vertaal dit naar het Engels aub.", "Kun je dit in het Engels zetten?"]},
    "pt": {"sum": ["Podes resumir-me isto?", "Faz um resumo dos pontos principais:", "Me faz um resumo disso?"],
           "formal": ["Deixa isto mais formal:", "Pode reescrever de forma mais profissional?"],
           "fair": ["Esta cláusula é legal?", "Tem alguma coisa abusiva nesse contrato?"],
           "check": ["Corrige os erros, por favor:", "Revisa esse texto pra mim?"],
           "tr": ["Traduz para inglês, por favor.", "Traduz pro inglês?"]},
    "pl": {"sum": ["Możesz to streścić?", "Podsumuj najważniejsze punkty:"],
           "formal": ["Przeredaguj to bardziej oficjalnie:"], "fair": ["Czy ten zapis jest zgodny z prawem?", "Czy ta umowa jest uczciwa?"],
           "check": ["Popraw błędy:"], "tr": ["Przetłumacz na angielski, proszę."]},
    "sv": {"sum": ["Kan du sammanfatta det här?"], "formal": ["Kan du göra texten mer formell?"],
           "fair": ["Är det här avtalet rimligt?"], "check": ["Kan du korrekturläsa det här?"], "tr": ["Översätt till engelska, tack."]},
    "da": {"sum": ["Kan du lave et kort resumé?"], "formal": ["Kan du gøre det mere formelt?"], "fair": ["Er den her kontrakt fair?"],
           "check": ["Kan du rette stavefejl?"], "tr": ["Oversæt til engelsk, tak."]},
    "no": {"sum": ["Kan du oppsummere dette?"], "formal": ["Kan du gjøre teksten mer formell?"], "fair": ["Er denne kontrakten rimelig?"],
           "check": ["Kan du korrekturlese dette?"], "tr": ["Oversett til engelsk, takk."]},
    "fi": {"sum": ["Voitko tiivistää tämän?"], "formal": ["Voitko muotoilla tämän virallisemmaksi?"], "fair": ["Onko tämä sopimus kohtuullinen?"],
           "check": ["Voitko oikolukea tämän?"], "tr": ["Käännä englanniksi, kiitos."]},
    "cs": {"sum": ["Můžeš mi to shrnout?"], "formal": ["Přepiš to formálněji, prosím."], "fair": ["Je tahle smlouva v pořádku?"],
           "check": ["Zkontroluj mi to prosím na chyby."], "tr": ["Přelož to do angličtiny, prosím."]},
    "tr": {"sum": ["Bunu özetler misin?", "Kısaca ne diyor bu belge?"], "formal": ["Daha resmi bir dille yazar mısın?"],
           "fair": ["Bu madde yasal mı?", "Bu sözleşmede dikkat etmem gereken bir şey var mı?"],
           "check": ["Yazım hatalarını düzeltir misin?"], "tr": ["İngilizceye çevirir misin?"]},
}


def wrap(R, lang, kinds, doc, clause=None):
    """The request line before (mostly) or after the pasted document."""
    rl = REQ[lang][R.choice(kinds)]
    req = R.choice(rl).replace("{c}", clause or "4.2")
    style = R.randint(0, 9)
    if style < 6:
        return [req, "\n\n", doc]
    if style < 8:
        return [req, "\n\n\"\"\"\n", doc, "\n\"\"\""]
    return [doc, "\n\n", req]


def caps(p):
    return p.full.upper()


# ---------------------------------------------------------------- templates

TEMPLATES = []   # (name, fn, count, clean)


def T(count, clean=False):
    def deco(fn):
        TEMPLATES.append((fn.__name__, fn, count, clean))
        return fn
    return deco


@T(11)
def uk_tenancy(R):
    ll, t1 = people(R, "uk", 2)
    t2 = t1.relative(R) if R.random() < 0.4 else None
    amt = R.randint(8, 19) * 75
    c = R.choice(["7.3", "9.1", "11.4"])
    doc = ["ASSURED SHORTHOLD TENANCY AGREEMENT\n\nThis Agreement is made on ", ND(R, "en", 2026, 2026),
           "\n\nBETWEEN:\n(1) ", P(caps(ll), "uk"), " of ", A(R, "uk"), " (\"the Landlord\"); and\n(2) ", P(t1.full, "uk")]
    if t2:
        doc += [" and ", P(t2.full, "uk"), " (together \"the Tenant\")."]
    else:
        doc += [" (\"the Tenant\")."]
    doc += ["\n\n1. THE PROPERTY: ", A(R, "uk"), ", including the fixtures and fittings listed in the Inventory.\n",
            "2. TERM: ", N("12 months", "term"), " from ", ND(R, "en", 2026, 2026, "start_date"), ".\n",
            "3. RENT: ", N(money(R, "£", amt, amt), "amount"), " per calendar month, payable in advance on the 1st of each month.\n",
            "4. DEPOSIT: ", N(money(R, "£", amt + 150, amt + 150), "amount"), ", protected with the Deposit Protection Service (certificate ",
            N(refno(R, "DPS-9999999"), "deposit_ref"), ").\n",
            c, " The Tenant shall not keep any animal at the Property and shall pay for professional cleaning of all carpets at the end of the Term regardless of their condition.\n",
            "12. NOTICES: notices to the Landlord may be served by e-mail to ", E(email_of(R, ll)), ".\n\n",
            "Signed by the Landlord: ........ ", P(ll.full, "uk"), "\nSigned by the Tenant: ........ ", P(t1.full, "uk")]
    return "contract", "en", wrap(R, "en", ["fair", "fair", "sum"], doc, c)


@T(10)
def uk_referral(R):
    gp, cons, pat = people(R, "uk", 3)
    y, m, d = ymd(R, 1938, 1990)
    doc = [R.choice(["Wrenfield", "Cotterstock", "Highgate Lane", "Tamarside"]), " Medical Practice\n", A(R, "uk", ml=True, business=True),
           "\nTel: ", phone(R, "GB", intl=False, kind="fixed"), "\n\nDr ", P(cons.family, "uk"), "\nConsultant ",
           R.choice(["Rheumatologist", "Cardiologist", "Gastroenterologist"]), "\n", N("St Aldhelm's Hospital", "hospital_name"),
           "\n\nDate: ", ND(R, "en", 2026, 2026), "\n\nRe: ", P(pat.full, "uk"), "   DOB: ", L("dob", fmt_date(R, "en", y, m, d, 0), sub="en"),
           "   NHS No: ", G(nhs_s(R), "nhs"), "\n", A(R, "uk"), "\nTel: ", phone(R, "GB", kind="mobile"),
           "\n\nDear Dr ", P(cons.family, "uk"), ",\n\nThank you for seeing ", "Mrs " if pat.sex == "f" else "Mr ", P(pat.family, "uk"),
           ", who has had ", R.choice(["increasing joint pain and morning stiffness", "episodes of palpitations on exertion", "weight loss and intermittent abdominal pain"]),
           " for the past ", N("four months", "duration"), ". Bloods on ", ND(R, "en", 2026, 2026, "test_date"), " showed a CRP of ", N("38", "lab_value"),
           ". ", "She" if pat.sex == "f" else "He", " is currently taking ", N("naproxen 500 mg twice daily", "medication"),
           ". I would be grateful for your assessment.\n\nYours sincerely,\n\nDr ", P(gp.full, "uk"), "\nGeneral Practitioner"]
    return "letter", "en", wrap(R, "en", ["sum", "sum", "check"], doc)


@T(9)
def ie_discharge(R):
    pat, cons, nok = people(R, "ie", 3)
    doc = ["DISCHARGE SUMMARY\n", N("University Hospital Kerrybrook", "hospital_name"), " - Ward ", N("St Brigid's", "ward"), "\n\nPatient: ",
           P(pat.full, "ie"), "\nMRN: ", N(refno(R, "9999999"), "mrn"), "\nDate of birth: ", DOB(R, "en", 1935, 1975, style=0)[0],
           "\nPPSN: ", G(ie_ppsn(R), "ie_ppsn"), "\nAddress: ", A(R, "ie"),
           "\nNext of kin: ", P(nok.full, "ie"), " (", R.choice(["daughter", "sister"] if nok.sex == "f" else ["son", "brother"]), ") ", phone(R, "IE"),
           "\n\nAdmitted: ", (_pr := ND_pair(R, "en", "admission_date", "discharge_date"))[0], "  Discharged: ", _pr[1],
           "\nConsultant: Dr ", P(cons.full, "ie"),
           "\n\nDiagnosis: ", R.choice(["community-acquired pneumonia", "fractured neck of femur (left), hemiarthroplasty", "NSTEMI"]),
           "\nFollow-up: OPD clinic in ", N("6 weeks", "duration"), "; GP to review bloods in 1 week.\n\n", P(pat.given, "ie"),
           " was keen to go home and is mobilising with a frame."]
    return "medical", "en", wrap(R, "en", ["sum", "sum", "tr"], doc)


@T(9)
def uk_minutes(R):
    ps = people(R, "uk", 6)
    hr = R.randint(18, 19)
    doc = [R.choice(["Ellerby Road Residents' Association", "Kingsmead Allotment Society", "Friends of Tollgate Primary"]),
           "\nMinutes of the committee meeting, ", ND(R, "en", 2026, 2026, "meeting_date", 1), ", ", N("%d:30" % hr, "time"), ", Village Hall\n\n",
           "Present: ", P(ps[0].full, "uk"), " (Chair), ", P(ps[1].full, "uk"), " (Treasurer), ", P(ps[2].full, "uk"), ", ", P(ps[3].full, "uk"),
           "\nApologies: ", P(ps[4].full, "uk"), "\n\n1. Minutes of the last meeting were agreed.\n2. Treasurer's report: balance ",
           N(money(R, "£", 900, 5200), "amount"), "; ", P(ps[1].given, "uk"), " to chase the two unpaid subscriptions.\n",
           "3. Hedge along the footpath: ", P(ps[2].given, "uk"), " has spoken to the council (ref ", N(refno(R, "CRM-999999"), "council_ref"), ").\n",
           "4. AOB: ", P(ps[5].full, "uk"), " of ", A(R, "uk"), " has asked to join the committee.\n\nACTIONS\n- ",
           P(ps[1].given, "uk"), ": chase subs by ", ND(R, "en", 2026, 2026, "deadline", 1), "\n- ", P(ps[3].family, "uk"),
           ": book the hall for the summer fair\n\nNext meeting: ", ND(R, "en", 2026, 2026, "meeting_date", 1),
           ". Queries to the secretary, ", P(ps[3].full, "uk"), ", ", phone(R, "GB", kind="mobile"), " or ", E(email_of(R, ps[3])), "."]
    return "minutes", "en", wrap(R, "en", ["sum", "formal", "check"], doc)


@T(13)
def us_postmortem(R):
    a, b, c, cust = people(R, "us", 4)
    key = SEC(R, R.choice(["aws_access_key_id", "stripe", "github_pat", "sendgrid"]))
    doc = ["# Postmortem: ", N(refno(R, "INC-9999"), "incident_id"), " checkout API 5xx spike\n\n**Date:** ", ND(R, "en-us", 2026, 2026, "incident_date", 0),
           "\n**Severity:** SEV-2\n**On-call:** ", P(a.full, "us"), " (primary), ", P(b.full, "us"), " (secondary)\n**Author:** ", P(c.full, "us"),
           "\n\n## Summary\nA config push in ", N("v4.18.2", "version"), " removed the connection-pool limit; payments-db ran out of connections and ",
           N("31%", "percent"), " of checkout requests failed for ", N("47 minutes", "duration"), ".\n\n## Timeline (UTC)\n- 14:02 deploy ",
           N(rnd(R, "0123456789abcdef", 7), "git_hash"), " rolled out\n- 14:09 alert fired, ", P(a.given, "us"), " acked\n",
           "- 14:21 customer ", E(email_of(R, cust)), " reported double charges via support\n",
           "- 14:30 traffic from ", IP(R), " identified as a retry storm from a partner integration\n",
           "- 14:49 ", P(b.given, "us"), " rolled back\n\n## What went wrong\nWhile debugging, the partner's API key (", key,
           ") was pasted into the incident Slack channel. It has since been rotated.\n\n## Action items\n- [ ] ", P(a.family, "us"),
           ": add pool-limit lint to CI\n- [ ] ", P(c.family, "us"), ": refund affected orders (", N(refno(R, "ORD-999999"), "order_id"), " et al.)"]
    return "postmortem", "en", wrap(R, "en", ["sum", "formal", "check"], doc)


@T(9)
def uk_grievance(R):
    emp, mgr, wit, hr = people(R, "uk", 4)
    doc = ["CONFIDENTIAL - GRIEVANCE HEARING NOTES\nCase ref: ", N(refno(R, "HR-2026-9999"), "case_ref"), "\nDate: ",
           ND(R, "en", 2026, 2026, "hearing_date"), "\n\nEmployee: ", P(emp.full, "uk"), " (NI no. ", G(nino_s(R), "uk_nino"),
           ")\nRole: ", N("Senior Warehouse Supervisor", "job_title"), "\nHearing manager: ", P(hr.full, "uk"),
           "\nCompanion: ", P(wit.full, "uk"), " (", N("Unite", "union"), " rep)\n\n", P(emp.given, "uk"),
           " stated that ", "her" if emp.sex == "f" else "his", " line manager, ", P(mgr.full, "uk"),
           ", had repeatedly changed ", "her" if emp.sex == "f" else "his",
           " shifts at less than 24 hours' notice, contrary to section ", N("6.2", "clause_no"), " of the Staff Handbook. ",
           P(hr.given, "uk"), " asked whether this had been raised informally; ", P(emp.given, "uk"), " said it had, by e-mail on ",
           ND(R, "en", 2026, 2026, "email_date"), ".\n\n", "Mr " if mgr.sex == "m" else "Ms ", P(mgr.family, "uk"),
           " will be interviewed separately. Outcome letter to be sent to the employee's home address, ", A(R, "uk"),
           ", within ", N("5 working days", "duration"), "."]
    return "hr_notes", "en", wrap(R, "en", ["sum", "formal", "check"], doc)


@T(10)
def us_offer(R):
    cand, mgr, rec = people(R, "us", 3)
    sal = R.randint(68, 155) * 1000
    co = R.choice(["Bluegill Analytics, Inc.", "Ridgeline Freight LLC", "Copperleaf Health Partners"])
    doc = [N(co, "company"), "\n\n", ND(R, "en-us", 2026, 2026, "letter_date", 1), "\n\n", P(cand.full, "us"), "\n", A(R, "us", ml=True),
           "\n\nDear ", P(cand.given, "us"), ",\n\nWe are delighted to offer you the position of ", N(R.choice(["Senior Data Engineer", "Logistics Coordinator", "Clinical Billing Specialist"]), "job_title"),
           ", reporting to ", P(mgr.full, "us"), ". Your start date will be ", ND(R, "en-us", 2026, 2026, "start_date", 1),
           " and your annual base salary will be ", N(money(R, "$", sal, sal), "amount"), ", paid bi-weekly.\n\n",
           "This offer is contingent on a background check and on completing Form I-9 on your first day. Please sign and return by ",
           ND(R, "en-us", 2026, 2026, "deadline", 1), ". If you have any questions, call me at ", phone(R, "US"), " or write to ",
           E(email_of(R, rec, ascii_fold(co.split()[0]).lower() + ".com")), ".\n\nSincerely,\n", P(rec.full, "us"), "\nTalent Acquisition"]
    return "letter", "en", wrap(R, "en", ["fair", "sum", "check"], doc)


@T(9)
def uk_solicitor(R):
    client, other, sol = people(R, "uk", 3)
    doc = [R.choice(["Pelham Ashcroft LLP", "Treharne & Vosper Solicitors", "Kirkbride Marsh Law"]), "\n\nOur ref: ",
           N(refno(R, "AAA/9999/26"), "case_ref"), "\nYour ref: ", N(refno(R, "AA/999"), "case_ref"), "\n\n",
           "Mr " if other.sex == "m" else "Ms ", P(other.full, "uk"), "\n", A(R, "uk", ml=True), "\n\n", ND(R, "en", 2026, 2026, "letter_date", 1),
           "\n\nDear ", "Mr " if other.sex == "m" else "Ms ", P(other.family, "uk"), ",\n\nLETTER BEFORE CLAIM\n\n",
           "We act for ", P(client.full, "uk"), " of ", A(R, "uk"), ". Our client paid you ", N(money(R, "£", 2400, 18000), "amount"),
           " on ", ND(R, "en", 2025, 2026, "payment_date"), " for building works which were never completed.\n\n",
           "Unless payment is received within ", N("14 days", "duration"), " our client intends to issue proceedings in the ",
           N("County Court at Exeter", "court_name"), " without further notice. Please refer to the Practice Direction on Pre-Action Conduct.\n\n",
           "Yours faithfully,\n\n", P(sol.full, "uk"), "\nAssociate Solicitor\nDirect line: ", phone(R, "GB", kind=R.choice(["london", "fixed"]))]
    return "letter", "en", wrap(R, "en", ["sum", "check", "formal"], doc)


@T(9)
def uk_police(R):
    vic, off, sus = people(R, "uk", 3)
    doc = [N("Devonshire Constabulary", "police_force"), " - Victim Care Unit\n\n", "Dear ", P(vic.full, "uk"), ",\n\nCrime reference: ",
           N(refno(R, "99/999999/26"), "crime_ref"), "\n\nI am writing to update you on the harassment you reported on ",
           ND(R, "en", 2026, 2026, "report_date"), ". The messages sent to your account came from an IP address, ", IP(R),
           ", which the provider has linked to a subscriber. On ", ND(R, "en", 2026, 2026, "arrest_date"), " a man, ",
           P(sus.full, "uk"), ", was interviewed under caution and released on bail with conditions not to contact you or attend ",
           A(R, "uk"), ".\n\nYour officer in the case is PC ", P(off.full, "uk"), " (collar number ", N(str(R.randint(1000, 9999)), "collar_no"),
           "). You can reach ", "her" if off.sex == "f" else "him", " on ", phone(R, "GB", kind="fixed"), " or by e-mail at ",
           E(email_of(R, off, "devonshire.police.example")), ".\n\nYours sincerely,\n", P(off.full, "uk")]
    return "letter", "en", wrap(R, "en", ["sum", "sum", "tr"], doc)


@T(10)
def au_claim(R):
    me, other, wit = people(R, "au", 3)
    doc = ["Claim number: ", N(refno(R, "MOT999999999"), "claim_no"), "\nPolicy: ", N(refno(R, "POL-99999999"), "policy_no"),
           "\n\nOn ", ND(R, "en", 2026, 2026, "incident_date", 1), " at about ", N("5:40pm", "time"), " I was driving south on ",
           N(R.choice(["Canning Highway", "Parramatta Road", "Sydney Road"]), "street_no_number"),
           " when a white ute pulled out of a side street and hit my passenger door. The other driver, ", P(other.full, "au"),
           ", admitted ", "he" if other.sex == "m" else "she", " hadn't seen me. ", "His" if other.sex == "m" else "Her", " details: ", A(R, "au"), ", mobile ", phone(R, "AU"), ", rego ",
           N(refno(R, "9AA9AA"), "plate"), ", insured with ", N("Coastline Mutual", "company"),
           ".\n\nA witness, ", P(wit.full, "au"), ", stopped and gave me ", "her" if wit.sex == "f" else "his", " number (", phone(R, "AU"),
           "). Police event number ", N(refno(R, "E99999999"), "police_ref"), ".\n\nThe quote from the panel beater is ",
           N("$6,840", "amount"), ". I am the registered owner and live at ", A(R, "au"), ". Contact me on ", phone(R, "AU"),
           " or ", E(email_of(R, me)), ".\n\n", P(me.full, "au")]
    return "claim", "en", wrap(R, "en", ["formal", "check", "sum"], doc)


@T(9)
def uk_will(R):
    tes = Person(R, "uk")
    sp = tes.relative(R, "f" if tes.sex == "m" else "m")
    fr, gc = people(R, "uk", 2, ["m", "m"])
    while fr.family == tes.family or gc.family == tes.family:
        fr, gc = people(R, "uk", 2, ["m", "m"])
    gc2 = gc.relative(R, "f")
    doc = ["THIS IS THE LAST WILL AND TESTAMENT of me ", P(caps(tes), "uk"), " of ", A(R, "uk"),
           "\n\n1. I REVOKE all former wills and codicils made by me.\n\n2. I APPOINT my ", "wife" if sp.sex == "f" else "husband", " ",
           P(sp.full, "uk"), " and my friend ", P(fr.full, "uk"), " of ", A(R, "uk"),
           " to be the executors and trustees of this my Will.\n\n3. I GIVE my ", N("Rolex Oyster", "product"),
           " watch to my grandson ", P(gc.full, "uk"), " (born ", DOB(R, "en", 1998, 2012, style=1)[0], ").\n\n",
           "4. I GIVE the sum of ", N(money(R, "£", 1000, 15000), "amount"), " to my granddaughter ", P(gc2.full, "uk"), " (born ",
           DOB(R, "en", 1998, 2012, style=1)[0], ") if she survives me.\n\n5. I GIVE the residue of my estate to ", P(sp.given, "uk"),
           " absolutely.\n\nSIGNED by the testator in our presence on ", ND(R, "en", 2026, 2026, "signing_date", 1),
           "\n\nWitness 1: ", P(Person(R, "ie").full, "ie"), ", ", N("retired nurse", "job_title")]
    return "will", "en", wrap(R, "en", ["check", "check", "sum"], doc)


@T(9)
def uk_lpa(R):
    donor = Person(R, "uk")
    a1 = donor.relative(R)
    a2 = Person(R, "ie")
    doc = ["Lasting power of attorney - property and financial affairs (draft, form ", N("LP1F", "form_id"), ")\n\nSection 1 - The donor\n",
           "Full name: ", P(donor.full, "uk"), "\nDate of birth: ", DOB(R, "en", 1932, 1958, style=0)[0], "\nAddress: ", A(R, "uk"),
           "\nEmail: ", E(email_of(R, donor)), "\n\nSection 2 - The attorneys\n1) ", P(a1.full, "uk"), ", date of birth ",
           DOB(R, "en", 1960, 1992, style=0)[0], ", ", A(R, "uk"), "\n2) ", P(a2.full, "ie"), ", date of birth ",
           DOB(R, "en", 1960, 1992, style=0)[0], ", ", A(R, "ie"),
           "\n\nSection 3 - How should your attorneys make decisions?\n[x] Jointly and severally\n\nSection 5 - Certificate provider: ",
           N("Dr", "title"), " ", P(Person(R, "uk").full, "uk"), "\n\nRegistration fee: ", N("£92", "amount")]
    return "form", "en", wrap(R, "en", ["check", "sum"], doc)


@T(9)
def school_report(R):
    cult = R.choice(["uk", "au"])
    pupil = Person(R, cult)
    t1, t2, head = people(R, cult, 3)
    pr = "She" if pupil.sex == "f" else "He"
    doc = [N(R.choice(["Whitstone Academy", "Banksia Grove College", "Holmecroft High School"]), "school_name"), " - ",
           N("Year 9", "school_year"), " Report, ", N("Summer Term 2026", "term"), "\n\nPupil: ", P(pupil.full, cult), "   Tutor group: ",
           N("9KH", "tutor_group"), "\n\nEnglish (", N("Mr", "title"), " ", P(t1.family, cult), "): ", P(pupil.given, cult),
           " wrote a thoughtful essay on ", N(R.choice(["Of Mice and Men", "Lord of the Flies", "Noughts & Crosses"]), "book_title"),
           " but needs to proof-read more carefully. Attainment ", N("6+", "grade"), ".\n\nScience (", "Ms " if t2.sex == "f" else "Mr ",
           P(t2.family, cult), "): ", pr, " is curious and asks excellent questions; homework is occasionally late.\n\n",
           "Form tutor: ", P(pupil.given, cult), " has had a good year and was a reliable member of the ", N("Eco Council", "club"),
           ".\n\nHeadteacher: ", P(head.full, cult), "\nAttendance: ", N("96.4%", "percent"),
           "\n\nParents' evening appointments: contact the office or ", P(t1.given, cult), " directly on ", E(email_of(R, t1, "staff.whitstone.sch.uk")), "."]
    return "report", "en", wrap(R, "en", ["formal", "sum", "check"], doc)


@T(10)
def in_reference(R):
    emp, hr, mgr = people(R, "in", 3)
    co = R.choice(["Vrindavan Softech Pvt. Ltd.", "Narmada Infra Projects Ltd.", "Kalpavriksha Retail LLP"])
    doc = [N(co, "company"), "\nCIN: ", N(refno(R, "U99999MH2011PTC999999"), "cin"), "\n\nDate: ", ND(R, "en", 2026, 2026, "letter_date", 0),
           "\n\nTO WHOMSOEVER IT MAY CONCERN\n\nThis is to certify that ", "Mr. " if emp.sex == "m" else "Ms. ", P(emp.full, "in"),
           " (Employee ID ", N(refno(R, "VS9999"), "employee_id"), "), residing at ", A(R, "in"), ", was employed with us as ",
           N("Senior Associate - Finance", "job_title"), " from ", ND(R, "en", 2019, 2022, "employment_date", 0), " to ",
           ND(R, "en", 2025, 2026, "employment_date", 0), ". During this period ", "his" if emp.sex == "m" else "her",
           " conduct was good and ", "he" if emp.sex == "m" else "she", " reported to ", P(mgr.full, "in"),
           ".\n\nPAN: ", G(pan_random(R, "P", emp.family), "in_pan"), "\n\nFor verification please contact the undersigned at ",
           phone(R, "IN"), " or ", E(email_of(R, hr, "hr." + ascii_fold(co.split()[0]).lower() + ".in")), ".\n\nFor ", N(co, "company"),
           "\n\n", P(hr.full, "in"), "\nManager - Human Resources"]
    return "letter", "in", wrap(R, "en", ["check", "formal"], doc)


@T(9)
def za_seating(R):
    n = R.randint(4, 6)
    ps = people(R, "za", n)
    rows = []
    for i, p in enumerate(ps):
        rows += [str(i + 1), " | ", P(p.full, "za"), " | ", phone(R, "GB", intl=True, kind="mobile", region="ZA") if R.random() < 0.12 else phone(R, "ZA", intl=R.random() < 0.3), " | ",
                 E(email_of(R, p)) if R.random() < 0.6 else "-", " | Table ", N(str(R.randint(1, 12)), "table_no"), " | ",
                 R.choice(["vegetarian", "halaal", "none", "no nuts", "none"]), "\n"]
    doc = ["Registration list - ", N(R.choice(["Karoo Heritage Dinner", "Rotary Winter Gala", "Alumni Reunion 2006"]), "event_name"),
           " (", ND(R, "en", 2026, 2026, "event_date", 1), ")\n\n# | Name | Cell | Email | Table | Diet\n"] + rows + \
          ["\nVenue: ", N("Lanzerac Hall", "venue"), ". Payment ref format: ", N("GALA-" + str(R.randint(100, 999)), "payment_ref")]
    return "list", "en", wrap(R, "en", ["sum", "check", "formal"], doc)


@T(9)
def genealogy(R):
    cult = R.choice(["ie", "us", "uk"])
    lang = "en"
    me = Person(R, cult)
    anc1 = Person(R, cult, "m", family=me.family)
    anc2 = Person(R, cult, "f")
    while anc2.family == me.family or anc2.given == anc1.given:
        anc2 = Person(R, cult, "f")
    cousin = Person(R, cult)
    while cousin.family in (me.family, anc2.family):
        cousin = Person(R, cult)
    kid = me.relative(R)
    y1 = R.randint(1852, 1880)
    doc = ["Family history notes - ", "our line", "\n\n",
           "- ", P(anc1.full, cult), " (", N("b. %d" % y1, "historic_year"), ", d. ", N(str(y1 + R.randint(50, 80)), "historic_year"),
           "), farm labourer in ", N(R.choice(["Co. Mayo", "Wiltshire", "Lancashire"]), "place"), "; married ", P(anc2.full, cult),
           " in ", N(str(y1 + 24), "historic_year"), " at St Columba's.\n",
           "- Their grandson emigrated in ", N(str(y1 + 70), "historic_year"), " (ship manifest ", N(refno(R, "T999-9999"), "archive_ref"), ").\n",
           "- Me: ", P(me.full, cult), ", born ", DOB(R, "en", 1960, 1988, style=R.choice([1, 2]))[0], ".\n",
           "- My ", "son" if kid.sex == "m" else "daughter", " ", P(kid.full, cult), ", born ", DOB(R, "en", 1990, 2015, style=1)[0], ".\n",
           "- DNA match: second cousin ", P(cousin.full, cult), " (shared ", N("212 cM", "dna_cm"), "), lives at ", A(R, "ie" if cult == "ie" else "us" if cult == "us" else "uk"),
           ", e-mail ", E(email_of(R, cousin)), ".\n\nTODO: order the ", N("1911 census", "archive_ref"), " page; ask ", P(cousin.given, cult), " about the photos."]
    return "notes", lang, wrap(R, "en", ["sum", "formal"], doc)


@T(9)
def ie_funeral(R):
    dec = Person(R, "ie", "f")
    hus = dec.relative(R, "m")
    s1 = dec.relative(R, "m")
    d1 = dec.relative(R, "f")
    dil = Person(R, "ie", "f")
    while dil.family == dec.family or dil.given in (dec.given, d1.given):
        dil = Person(R, "ie", "f")
    maiden = R.choice(["Scanlon", "Heffernan", "Coakley", "Tierney"])
    while maiden == dec.family:
        maiden = R.choice(["Scanlon", "Heffernan", "Coakley", "Tierney", "Geraghty"])
    doc = [P(dec.family.upper(), "ie"), ", ", P(dec.given, "ie"), " (née ", P(maiden, "ie"), ")\n", A(R, "ie"),
           "\n\nPeacefully, at ", N("Marymount Hospice", "hospice"), ", on ", ND(R, "en", 2026, 2026, "death_date", 1),
           ". Predeceased by her husband ", P(hus.given, "ie"), ". Sadly missed by her son ", P(s1.given, "ie"), ", daughter ",
           P(d1.full, "ie"), ", daughter-in-law ", P(dil.full, "ie"), ", grandchildren, neighbours and many friends.\n\n",
           "Reposing at her home on ", N("Friday", "weekday"), " from 4pm to 8pm. Funeral Mass on Saturday at 11am in ",
           N("St Finbarr's Church", "church"), ", followed by burial in the adjoining cemetery. House private on Saturday morning.\n\n",
           "Enquiries to ", P(s1.given, "ie"), " on ", phone(R, "IE", intl=False), "."]
    return "notice", "en", wrap(R, "en", ["check", "check", "formal"], doc)


@T(9)
def au_newsletter(R):
    a, b, c, ed = people(R, "au", 4)
    partner = c.relative(R)
    baby = c.relative(R)
    doc = [N(R.choice(["The Wattle Post", "Bayside Bowls Club Bulletin", "Riverside Rowing Newsletter"]), "newsletter_name"), " - ",
           N("Issue 42", "issue_no"), "\n\nMEMBER NEWS\nA warm welcome to new members ", P(a.full, "au"), " and ", P(b.full, "au"), ".\n",
           "Congratulations to ", P(c.given, "au"), " and ", P(partner.given, "au"), " ", P(c.family, "au"), " on the arrival of baby ",
           P(baby.given, "au"), ", born ", DOB(R, "en", 2026, 2026, style=1)[0], " - both doing well!\n\n",
           "WORKING BEE\nSaturday ", ND(R, "en", 2026, 2026, "event_date", 1), ", 8am. Bring gloves. RSVP to ", P(ed.given, "au"),
           " on ", phone(R, "AU", intl=False), ".\n\nLOST PROPERTY\nA blue ", N("Kathmandu", "brand"), " jacket was left in the clubhouse.\n\n",
           "Contributions for next issue to the editor, ", P(ed.full, "au"), ": ", E(email_of(R, ed)), "."]
    return "newsletter", "en", wrap(R, "en", ["check", "formal", "sum"], doc)


@T(9)
def za_car_sale(R):
    s, b = people(R, "za", 2)
    ys, ms, ds = ymd(R, 1962, 1998)
    yb, mb, db = ymd(R, 1962, 2002)
    doc = ["AGREEMENT OF SALE - MOTOR VEHICLE\n\nSELLER: ", P(caps(s), "za"), "\nID number: ", G(za_id(R, ys, ms, ds, s.sex), "za_id"),
           "\nAddress: ", A(R, "za"), "\nCell: ", phone(R, "ZA"),
           "\n\nBUYER: ", P(caps(b), "za"), "\nID number: ", G(za_id(R, yb, mb, db, b.sex), "za_id"), "\nAddress: ", A(R, "za"),
           "\nCell: ", phone(R, "ZA"), "\n\nVEHICLE: ", N("2017 Toyota Corolla Quest 1.8", "product"), "\nVIN: ", N(refno(R, "AHT99AA9999999999"), "vin"),
           "\nEngine no: ", N(refno(R, "2ZR9999999"), "engine_no"), "\nRegistration: ", N(refno(R, "AA 99 AA GP"), "plate"),
           "\n\n1. The purchase price is ", N(money(R, "R", 98000, 189000), "amount"), ", payable by EFT on or before ",
           ND(R, "en", 2026, 2026, "deadline"), ".\n2. The vehicle is sold voetstoots (as is).\n3. The Seller warrants that there is no outstanding finance.\n\n",
           "Signed at ", N("Stellenbosch", "city"), " on ", ND(R, "en", 2026, 2026, "signing_date", 1), "\n\n_________ ", P(s.full, "za"),
           "\n_________ ", P(b.full, "za")]
    return "contract", "en", wrap(R, "en", ["fair", "check"], doc)


@T(9)
def uk_invoice(R):
    trader, cust = people(R, "uk", 2)
    q = R.randint(2, 6)
    rate = R.choice([35, 42, 48, 55])
    doc = ["INVOICE ", N(refno(R, "INV-2026-0999"), "invoice_no"), "\nDate: ", ND(R, "en", 2026, 2026, "invoice_date", 0),
           "\n\nFrom:\n", P(trader.full, "uk"), " t/a ", N(R.choice(["Brightwater Plumbing", "Fettle & Fix Joinery", "Oakmoor Garden Care"]), "company"),
           "\n", A(R, "uk", ml=True), "\n", phone(R, "GB", kind="mobile"), "\n\nBill to:\n", P(cust.full, "uk"), "\n", A(R, "uk", ml=True),
           "\n\n", N(str(q), "quantity"), " x labour @ ", N("£%d" % rate, "amount"), "/hr ........ ", N("£%d.00" % (q * rate), "amount"),
           "\nParts (", N(refno(R, "SKU-99999"), "sku"), ") ........ ", N("£%d.50" % R.randint(12, 90), "amount"),
           "\n\nPayment within ", N("14 days", "duration"), " to:\nIBAN ", IB(R, "GB"), "\nSort code ", N("%02d-%02d-%02d" % (R.randint(10, 99), R.randint(0, 99), R.randint(0, 99)), "sort_code"),
           "\nPlease use the invoice number as the reference."]
    return "invoice", "en", wrap(R, "en", ["check", "formal"], doc)


@T(8)
def ie_bank(R):
    cust, off = people(R, "ie", 2)
    doc = [N("Shannonside Credit Union", "company"), "\n\n", P(cust.full, "ie"), "\n", A(R, "ie", ml=True), "\n\n",
           ND(R, "en", 2026, 2026, "letter_date", 1), "\n\nDear ", P(cust.given, "ie"), ",\n\nRe: Loan account ",
           N(refno(R, "9999-99999"), "account_ref"), "\n\nWe have not received the last ", N("two", "count"), " repayments of ",
           N("€245.00", "amount"), ". Repayments are collected by direct debit from IBAN ", IB(R, "IE"),
           ". Please contact us within ", N("10 days", "duration"), " to agree an arrangement.\n\nYours sincerely,\n",
           P(off.full, "ie"), "\nCredit Control\nDirect: ", phone(R, "IE", intl=False)]
    return "letter", "en", wrap(R, "en", ["sum", "formal"], doc)


@T(8)
def us_tax(R):
    tp = Person(R, "us")
    sp = tp.relative(R)
    doc = [N("Department of the Treasury - Internal Revenue Service", "agency"), "\nNotice ", N("CP2000", "notice_code"), "\nTax year ",
           N("2024", "tax_year"), "\nNotice date ", ND(R, "en-us", 2026, 2026, "letter_date", 1), "\n\n", P(caps(tp), "us"), " & ",
           P(caps(sp), "us"), "\n", A(R, "us", ml=True), "\n\nTaxpayer ID: ", G(ssn_s(R), "us_ssn"), "\nSpouse ID: ", G(ssn_s(R), "us_ssn"),
           "\n\nThe income and payment information we have on file doesn't match the information you reported. We received a Form ",
           N("1099-NEC", "form_id"), " from ", N("Harbor Lane Media LLC", "company"), " showing ", N("$14,200", "amount"),
           " that was not included. Proposed amount due: ", N("$3,511", "amount"), ". Respond by ", ND(R, "en-us", 2026, 2026, "deadline", 1), "."]
    return "letter", "en", wrap(R, "en", ["sum", "sum", "formal"], doc)


@T(9)
def in_rent(R):
    lr = Person(R, "in", "m")
    lf = Person(R, "in", "m", family=lr.family)
    while lf.given == lr.given:
        lf = Person(R, "in", "m", family=lr.family)
    tn = Person(R, "in")
    while tn.family == lr.family:
        tn = Person(R, "in")
    rent = R.randint(14, 48) * 1000
    doc = ["RENT AGREEMENT\n\nThis Rent Agreement is made at ", N("Pune", "city"), " on ", ND(R, "en", 2026, 2026, "agreement_date", 2),
           " BETWEEN Shri ", P(lr.full, "in"), ", S/o Shri ", P(lf.full, "in"), ", residing at ", A(R, "in"),
           ", PAN ", G(pan_random(R, "P", lr.family), "in_pan"), " (hereinafter called the LESSOR)\nAND\n",
           "Shri " if tn.sex == "m" else "Smt. ", P(tn.full, "in"), ", Aadhaar No. ", G(_g(aadhaar_random(R), [4, 4, 4]), "in_aadhaar"),
           ", mobile ", phone(R, "IN"), " (hereinafter called the LESSEE).\n\n",
           "1. The monthly rent shall be ", N(money(R, "₹", rent, rent), "amount"), " payable before the ", N("5th", "day_of_month"), " of every month.\n",
           "2. The Lessee has paid a refundable security deposit of ", N(money(R, "₹", rent * 3, rent * 3), "amount"), ".\n",
           "3. This agreement is for ", N("11 months", "term"), " and may be renewed with a ", N("5%", "percent"), " increase.\n",
           "4. The Lessee shall not sub-let the premises.\n\nWITNESSES:\n1. ", P(Person(R, "in").full, "in"), "\n2. ", P(Person(R, "in").full, "in")]
    return "contract", "in", wrap(R, "en", ["fair", "check", "sum"], doc, "3")


@T(8)
def za_employment(R):
    emp, mgr = people(R, "za", 2)
    y, m, d = ymd(R, 1970, 2002)
    doc = ["CONTRACT OF EMPLOYMENT\n\nbetween ", N("Fynbos Logistics (Pty) Ltd", "company"), " (Reg. no. ", N(refno(R, "2014/999999/07"), "company_reg"),
           ")\nand\n", P(emp.full, "za"), ", identity number ", G(za_id(R, y, m, d, emp.sex), "za_id"), ", of ", A(R, "za"),
           "\n\n1. Commencement: ", ND(R, "en", 2026, 2026, "start_date"), ".\n2. Position: ", N("Dispatch Controller", "job_title"),
           ", reporting to ", P(mgr.full, "za"), ".\n3. Remuneration: ", N(money(R, "R", 14000, 38000), "amount"),
           " per month, paid on the ", N("25th", "day_of_month"), ".\n4. Probation: ", N("3 months", "term"),
           ".\n5. Leave: 15 working days per annum in terms of the BCEA.\n\nEmployee contact: ", phone(R, "ZA", intl=False), " / ", E(email_of(R, emp))]
    return "contract", "en", wrap(R, "en", ["fair", "sum"], doc)


@T(8)
def us_lease(R):
    ll, t1 = people(R, "us", 2)
    rent = R.randint(11, 34) * 100
    doc = ["RESIDENTIAL LEASE AGREEMENT\n\nLandlord: ", P(ll.full, "us"), "\nTenant(s): ", P(t1.full, "us"), "\nPremises: ", A(R, "us"),
           "\n\n1. TERM. This lease begins ", ND(R, "en-us", 2026, 2026, "start_date", 1), " and ends ", ND(R, "en-us", 2027, 2027, "end_date", 1),
           ".\n2. RENT. Tenant shall pay ", N(money(R, "$", rent, rent), "amount"), " per month. A late fee of ", N("$75", "amount"),
           " applies after the 5th.\n3. SECURITY DEPOSIT. ", N(money(R, "$", rent * 2, rent * 2), "amount"),
           ", non-refundable.\n4. ENTRY. Landlord may enter the Premises at any time without notice.\n5. NOTICES. To Landlord at ",
           A(R, "us"), "; phone ", phone(R, "US"), ".\n\n_____ ", P(ll.full, "us"), ", Landlord    _____ ", P(t1.full, "us"), ", Tenant"]
    return "contract", "en", wrap(R, "en", ["fair", "fair"], doc, R.choice(["3", "4"]))


@T(9)
def au_onboarding(R):
    emp, mgr = people(R, "au", 2)
    doc = ["NEW STARTER FORM - ", N("Jarrah Creek Vineyards Pty Ltd", "company"), " (ABN ", N("51 824 753 556", "abn"), ")\n\nName: ", P(emp.full, "au"),
           "\nDate of birth: ", DOB(R, "en", 1975, 2006, style=0)[0], "\nHome address: ", A(R, "au"), "\nMobile: ", phone(R, "AU", intl=False),
           "\nEmail: ", E(email_of(R, emp)), "\nTax file number: ", G(_g(au_tfn(R), [3, 3, 3]), "au_tfn"),
           "\nSuper fund: ", N("Vintners Super (USI VSP0001AU)", "fund_id"), "\nBank: BSB ", N("%03d-%03d" % (R.randint(10, 999), R.randint(0, 999)), "bsb"),
           "\n\nStart date: ", ND(R, "en", 2026, 2026, "start_date", 0), "\nSupervisor: ", P(mgr.full, "au"),
           "\nEmergency contact: ", P(emp.relative(R).full, "au"), " ", phone(R, "AU", intl=False)]
    return "form", "en", wrap(R, "en", ["check", "sum"], doc)


@T(8)
def us_hoa_minutes(R):
    ps = people(R, "us", 5)
    doc = [N("Quail Hollow Homeowners Association", "company"), " - Board Meeting Minutes\n", ND(R, "en-us", 2026, 2026, "meeting_date", 1),
           "\n\nBoard present: ", P(ps[0].full, "us"), " (President), ", P(ps[1].full, "us"), " (Secretary), ", P(ps[2].full, "us"),
           "\nAbsent: ", P(ps[3].full, "us"), "\n\nCall to order at ", N("7:02 PM", "time"), ". Quorum confirmed.\n\n",
           "Old business: the pool resurfacing bid from ", N("Sunbelt Pools", "company"), " (", N("$38,400", "amount"), ") was approved 3-0.\n",
           "New business: owner ", P(ps[4].full, "us"), " of ", A(R, "us"), " appealed a ", N("$250", "amount"),
           " fine for trash cans left out; the board waived it.\n\nAction: ", P(ps[1].given, "us"), " to post minutes; ",
           P(ps[0].family, "us"), " to call the landscaper at ", phone(R, "US"), ".\nAdjourned ", N("8:15 PM", "time"), "."]
    return "minutes", "en", wrap(R, "en", ["sum", "formal", "check"], doc)


@T(6)
def in_society_minutes(R):
    ps = people(R, "in", 5)
    doc = ["Minutes of the Annual General Meeting - ", N("Kaveri Enclave Co-operative Housing Society", "company"), "\nHeld on ",
           ND(R, "en", 2026, 2026, "meeting_date", 0), " in the clubhouse\n\nPresent: ", P(ps[0].full, "in"), " (Chairman), ",
           P(ps[1].full, "in"), " (Secretary), ", P(ps[2].full, "in"), " and ", N("34", "count"), " members.\n\n",
           "1. Maintenance for FY 2026-27 fixed at ", N("₹4.20 per sq. ft.", "amount"), "\n2. Flat ", N("B-704", "flat_no"),
           " owner ", P(ps[3].full, "in"), " has dues of ", N("₹38,560", "amount"), "; Secretary to send notice.\n",
           "3. Lift AMC renewed with ", N("Otis", "brand"), ".\n4. ", P(ps[4].full, "in"), " (mob. ", phone(R, "IN"),
           ") volunteered to coordinate the Diwali event.\n\nThe meeting ended with a vote of thanks by ", P(ps[1].given, "in"), "."]
    return "minutes", "in", wrap(R, "en", ["sum", "formal"], doc)


# ---------------------------------------------------------------- German

def herr(p):
    return "Herrn " if p.sex == "m" else "Frau "


@T(9)
def de_mietvertrag(R):
    vm, mt = people(R, "de", 2)
    miete = R.randint(48, 140) * 10
    doc = ["Mietvertrag über Wohnraum\n\nzwischen\n", herr(vm), P(vm.full, "de"), ", wohnhaft ", A(R, "de"),
           "\n– nachstehend „Vermieter“ genannt –\nund\n", herr(mt), P(mt.full, "de"), ", geb. am ",
           DOB(R, "de", 1965, 2003, style=0)[0], ", derzeit wohnhaft ", A(R, "de"),
           "\n– nachstehend „Mieter“ genannt –\n\n§ 1 Mietsache\nVermietet wird die Wohnung im ", N("2. OG links", "floor"), " des Hauses ",
           A(R, "de"), ".\n\n§ 3 Miete\nDie Nettokaltmiete beträgt ", N(money(R, "€de", miete, miete), "amount"), " monatlich zzgl. ",
           N("180,00 €", "amount"), " Betriebskostenvorauszahlung.\n\n§ 5 Kaution\nDie Kaution in Höhe von drei Nettokaltmieten ist auf das Konto des Vermieters, IBAN ",
           IB(R, "DE"), ", zu zahlen.\n\n§ 14 Schönheitsreparaturen\nDer Mieter hat unabhängig vom Zustand der Wohnung bei Auszug sämtliche Räume fachgerecht zu streichen.\n\n",
           "Telefon Vermieter: ", phone(R, R.choice(["AT", "CH"]), intl=True, kind="mobile", region="DE") if R.random() < 0.25 else phone(R, "DE"), "\n\n", N("Bielefeld", "city"), ", den ", ND(R, "de", 2026, 2026, "signing_date"), "\n\n",
           "______ ", P(vm.full, "de"), "      ______ ", P(mt.full, "de")]
    return "contract", "de", wrap(R, "de", ["fair", "fair", "tr"], doc)


@T(9)
def de_arbeitsvertrag(R):
    an, gf = people(R, "de", 2)
    doc = ["Arbeitsvertrag\n\nZwischen der ", N("Haferkamp & Söhne Metallbau GmbH", "company") if an.family != "Haferkamp" and gf.family != "Haferkamp" else N("Nordlicht Metallbau GmbH", "company"),
           ", ", N("HRB 41872", "company_reg"), ", vertreten durch den Geschäftsführer ", P(gf.full, "de"),
           "\n– Arbeitgeber –\nund\n", herr(an), P(an.full, "de"), "\ngeboren am ", DOB(R, "de", 1968, 2004, style=R.choice([0, 1]))[0],
           "\nAnschrift: ", A(R, "de"), "\nSteuer-ID: ", G(R.choice([lambda s: s, lambda s: _g(s, [2, 3, 3, 3])])(steuerid_random(R)), "de_steuerid"),
           "\n– Arbeitnehmer" + ("in" if an.sex == "f" else "") + " –\n\n§ 1 Beginn: Das Arbeitsverhältnis beginnt am ", ND(R, "de", 2026, 2026, "start_date"),
           ".\n§ 2 Probezeit: ", N("6 Monate", "term"), ".\n§ 4 Vergütung: ", N(money(R, "€de", 2900, 5400), "amount"),
           " brutto monatlich, zahlbar auf das Konto IBAN ", IB(R, "DE"), ".\n§ 7 Urlaub: ", N("28 Arbeitstage", "duration"),
           ".\n§ 11 Wettbewerbsverbot: Für die Dauer von zwei Jahren nach Ende des Arbeitsverhältnisses ohne Karenzentschädigung."]
    return "contract", "de", wrap(R, "de", ["fair", "sum"], doc)


@T(9)
def de_arztbrief(R):
    pat, arzt, ha = people(R, "de", 3)
    doc = [N("Klinikum Lindenberg", "hospital_name"), " · Klinik für Innere Medizin\n\n", "Frau Dr. med. " if ha.sex == "f" else "Herrn Dr. med. ",
           P(ha.full, "de"), "\nPraxis für Allgemeinmedizin\n", A(R, "de", ml=True), "\n\n", ND(R, "de", 2026, 2026, "letter_date"),
           "\n\nEntlassungsbrief\n\nSehr geehrte", " Frau Kollegin " if ha.sex == "f" else "r Herr Kollege ", P(ha.family, "de"),
           ",\n\nwir berichten über ", "Ihre Patientin Frau " if pat.sex == "f" else "Ihren Patienten Herrn ", P(pat.full, "de"), ", geb. ",
           DOB(R, "de", 1930, 1985, style=0)[0], ", wohnhaft ", A(R, "de"), ", die" if pat.sex == "f" else ", der", " sich vom ", (_pr := ND_pair(R, "de", "admission_date", "discharge_date"))[0],
           " bis ", _pr[1], " in unserer stationären Behandlung befand.\n\nDiagnosen:\n- ",
           R.choice(["Exazerbierte COPD (J44.1)", "Erysipel Unterschenkel rechts (A46)", "Hypertensive Entgleisung (I10.01)"]),
           "\n\nMedikation bei Entlassung: ", N("Ramipril 5 mg 1-0-0", "medication"),
           "\n\nFür Rückfragen stehen wir unter ", phone(R, "DE", intl=False, kind="fixed"), " zur Verfügung.\n\nMit freundlichen kollegialen Grüßen\n\n",
           "Dr. ", P(arzt.full, "de"), "\nOberarzt" if arzt.sex == "m" else "\nOberärztin"]
    return "medical", "de", wrap(R, "de", ["sum", "sum", "tr"], doc)


@T(9)
def de_protokoll(R):
    ps = people(R, "de", 5)
    doc = ["Protokoll der Eigentümerversammlung ", N("WEG Tannenkamp 12", "weg_name"), "\nDatum: ", ND(R, "de", 2026, 2026, "meeting_date"),
           ", Beginn ", N("18:00 Uhr", "time"), "\n\nAnwesend: ", herr(ps[0]).replace("Herrn", "Herr"), P(ps[0].family, "de"), " (Verwalter), ",
           P(ps[1].full, "de"), ", ", P(ps[2].full, "de"), ", ", P(ps[3].full, "de"), "\nEntschuldigt: ", P(ps[4].full, "de"),
           "\n\nTOP 1: Jahresabrechnung 2025 – einstimmig genehmigt.\nTOP 2: Sanierung der Tiefgarage, Angebot ", N(refno(R, "AN-2026-999"), "quote_no"),
           " über ", N(money(R, "€de", 40000, 120000), "amount"), " – beschlossen mit ", N("7:2", "vote"), " Stimmen.\n",
           "TOP 3: ", P(ps[2].given, "de"), " ", P(ps[2].family, "de"), " beantragt eine Wallbox am Stellplatz ", N("Nr. 14", "parking_no"),
           "; Verwalter holt Angebote ein.\n\nNächste Versammlung: ", ND(R, "de", 2027, 2027, "meeting_date"),
           "\nProtokoll: ", P(ps[1].full, "de"), ", ", E(email_of(R, ps[1])), ", Tel. ", phone(R, "DE")]
    return "minutes", "de", wrap(R, "de", ["sum", "formal", "check"], doc)


@T(8)
def de_kfz(R):
    vk, kf = people(R, "de", 2)
    doc = ["Kaufvertrag für ein gebrauchtes Kraftfahrzeug (privat)\n\nVerkäufer: ", P(vk.full, "de"), ", ", A(R, "de"), ", Tel. ", phone(R, "DE"),
           "\nKäufer: ", P(kf.full, "de"), ", ", A(R, "de"), ", Ausweis-Nr. ", N(refno(R, "A9A9A9A9A"), "id_doc_no_not_gov"),
           "\n\nFahrzeug: ", N("VW Golf VII Variant 1.6 TDI", "product"), ", FIN ", N(refno(R, "WVWZZZAUZHP999999"), "vin"),
           ", amtl. Kennzeichen ", N(refno(R, "BI-AA 999"), "plate"), ", Erstzulassung ", N("03/2017", "month_year"), ", km-Stand ", N("142.300", "mileage"),
           "\n\nKaufpreis: ", N(money(R, "€de", 6000, 16000), "amount"), "\nDas Fahrzeug wird unter Ausschluss jeglicher Sachmängelhaftung verkauft.\n",
           "Übergabe am ", ND(R, "de", 2026, 2026, "handover_date"), "."]
    return "contract", "de", wrap(R, "de", ["fair", "check", "tr"], doc)


@T(7)
def de_traueranzeige(R):
    dec = Person(R, "de")
    sp = dec.relative(R, "f" if dec.sex == "m" else "m")
    k1 = dec.relative(R)
    k2 = Person(R, "de")
    doc = ["In Liebe und Dankbarkeit nehmen wir Abschied von\n\n", P(dec.full, "de"), "\n* ", N("1941", "historic_year"), "   † ",
           (_pr := ND_pair(R, "de", "death_date", "funeral_date", 1))[0], "\n\nIn stiller Trauer\n", P(sp.given, "de"), "\n", P(k1.given, "de"), " und ",
           P(k2.full, "de"), "\nsowie alle Angehörigen\n\nTraueranschrift: Familie ", P(dec.family, "de"), ", ", A(R, "de"),
           "\n\nDie Trauerfeier findet am ", _pr[1], " um 11 Uhr in der ", N("Friedhofskapelle Sennestadt", "venue"),
           " statt. Anstelle von Blumen bitten wir um eine Spende an den ", N("Hospizverein Bielefeld e. V.", "charity"), "."]
    return "notice", "de", wrap(R, "de", ["check", "formal"], doc)


# ---------------------------------------------------------------- French

def civ(p):
    return "M. " if p.sex == "m" else "Mme "


@T(9)
def fr_bail(R):
    b, l = people(R, "fr", 2)
    loyer = R.randint(45, 130) * 10
    doc = ["CONTRAT DE LOCATION – LOCAUX VIDES À USAGE D'HABITATION\n(loi n° ", N("89-462", "law_no"), " du 6 juillet 1989)\n\nENTRE LES SOUSSIGNÉS :\n",
           civ(b), P(b.full, "fr"), ", demeurant ", A(R, "fr"), ", ci-après « le bailleur »,\n\nET\n\n", civ(l), P(l.full, "fr"), ", né",
           "e" if l.sex == "f" else "", " le ", DOB(R, "fr", 1968, 2004, style=R.choice([0, 1]))[0], ", ci-après « le locataire ».\n\n",
           "I. OBJET\nLe présent contrat a pour objet la location d'un logement situé ", A(R, "fr"), ".\n\nII. DURÉE\n",
           N("Trois ans", "term"), " à compter du ", ND(R, "fr", 2026, 2026, "start_date", 1), ".\n\nIII. LOYER\n",
           N(money(R, "€fr", loyer, loyer), "amount"), " par mois, charges en sus, payable par virement sur le compte IBAN ", IB(R, "FR"),
           ".\n\nArticle 9 : Le locataire s'engage à souscrire l'assurance proposée par le bailleur et à ne recevoir aucun visiteur après 22 heures.\n\n",
           "Contact bailleur : ", phone(R, "FR"), " – ", E(email_of(R, b))]
    return "contract", "fr", wrap(R, "fr", ["fair", "fair", "tr"], doc)


@T(8)
def fr_compte_rendu(R):
    ps = people(R, "fr", 5)
    doc = ["Compte rendu – Conseil syndical ", N("Résidence Les Hortensias", "residence_name"), "\nRéunion du ", ND(R, "fr", 2026, 2026, "meeting_date", 1),
           "\n\nPrésents : ", civ(ps[0]), P(ps[0].full, "fr"), " (présidente)" if ps[0].sex == "f" else " (président)", ", ", civ(ps[1]),
           P(ps[1].full, "fr"), ", ", civ(ps[2]), P(ps[2].full, "fr"), "\nExcusé(e)s : ", civ(ps[3]), P(ps[3].family, "fr"),
           "\n\n1. Ravalement : le devis ", N(refno(R, "DV-99999"), "quote_no"), " de ", N(money(R, "€fr", 30000, 90000), "amount"),
           " sera soumis à l'AG.\n2. Infiltrations au 3e étage : ", civ(ps[4]), P(ps[4].full, "fr"), " (", A(R, "fr"),
           ") signale une fuite depuis le ", ND(R, "fr", 2026, 2026, "incident_date", 1), ".\n3. Le syndic ", N("Foncia", "company"),
           " sera relancé.\n\nProchaine réunion le ", ND(R, "fr", 2026, 2026, "meeting_date", 1), ". Contact : ", P(ps[1].given, "fr"), ", ",
           phone(R, "FR", intl=False)]
    return "minutes", "fr", wrap(R, "fr", ["sum", "formal", "check"], doc)


@T(9)
def fr_courrier_medical(R):
    pat, med, conf = people(R, "fr", 3)
    y, m, d = ymd(R, 1945, 1995)
    body, key = nir_random(R, "1" if pat.sex == "m" else "2", y % 100, m)
    nir = "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)
    doc = ["Docteur ", P(med.full, "fr"), "\nMédecin généraliste\n", A(R, "fr", ml=True), "\nTél. ", phone(R, "FR", intl=False, kind="fixed"),
           "\n\nLe ", ND(R, "fr", 2026, 2026, "letter_date", 1), "\n\nCher confrère,\n\nJe vous adresse ", civ(pat), P(pat.full, "fr"),
           ", né", "e" if pat.sex == "f" else "", " le ", L("dob", fmt_date(R, "fr", y, m, d, 0), sub="fr"), " (n° de sécurité sociale ", G(nir, "fr_nir"),
           "), pour avis concernant ", R.choice(["des douleurs thoraciques atypiques", "une dyspnée d'effort", "des lombalgies persistantes"]),
           ". ", "Elle" if pat.sex == "f" else "Il", " est joignable au ", phone(R, "FR", intl=False, kind="mobile"),
           ".\n\nBien confraternellement,\n\nDr ", P(med.family, "fr"), "\n\nÀ l'attention du Dr ", P(conf.full, "fr"), ", ",
           N("Centre hospitalier de Cornouaille", "hospital_name")]
    return "medical", "fr", wrap(R, "fr", ["sum", "tr"], doc)


@T(8)
def fr_avis_deces(R):
    dec = Person(R, "fr")
    sp = dec.relative(R, "f" if dec.sex == "m" else "m")
    k = dec.relative(R)
    g = Person(R, "fr")
    doc = ["Avis de décès\n\n", civ(sp).replace("M. ", "Monsieur ").replace("Mme ", "Madame "), P(sp.full, "fr"), ", son épou", "se" if sp.sex == "f" else "x",
           " ;\n", P(k.full, "fr"), ", son fils" if k.sex == "m" else ", sa fille", " ;\n", P(g.full, "fr"),
           ", son petit-fils ;" if g.sex == "m" else ", sa petite-fille ;", "\nont la tristesse de vous faire part du décès de\n\n", "Monsieur " if dec.sex == "m" else "Madame ", P(dec.full, "fr"),
           "\n\nsurvenu le ", (_pr := ND_pair(R, "fr", "death_date", "funeral_date", 1))[0], " à l'âge de ", N("84 ans", "age"), ".\n\nLes obsèques seront célébrées le ",
           _pr[1], " à 14 h 30 en l'église ", N("Saint-Maurice", "church"),
           ".\n\nCondoléances : famille ", P(dec.family, "fr"), ", ", A(R, "fr")]
    return "notice", "fr", wrap(R, "fr", ["check", "formal"], doc)


@T(8)
def fr_avocat(R):
    cl, adv, av = people(R, "fr", 3)
    doc = ["Maître ", P(av.full, "fr"), "\nAvocat au Barreau d'", N("Angers", "city"), "\n\nN/Réf. : ", N(refno(R, "99/9999"), "case_ref"),
           "\n\nLettre recommandée avec AR\n\n", civ(adv), P(adv.full, "fr"), "\n", A(R, "fr", ml=True), "\n\n", civ(adv).strip().replace("M.", "Monsieur").replace("Mme", "Madame"),
           ",\n\nJe suis le conseil de ", civ(cl), P(cl.full, "fr"), ", demeurant ", A(R, "fr"), ", qui m'a fait part du différend vous opposant au sujet de la haie mitoyenne.\n\n",
           "Je vous mets en demeure de procéder à la taille de cette haie dans un délai de ", N("quinze jours", "duration"),
           ", à défaut de quoi je saisirai le ", N("tribunal judiciaire d'Angers", "court_name"),
           ".\n\nVeuillez agréer, ", "Monsieur" if adv.sex == "m" else "Madame", ", mes salutations distinguées.\n\nMe ", P(av.family, "fr")]
    return "letter", "fr", wrap(R, "fr", ["sum", "tr", "check"], doc)


# ---------------------------------------------------------------- Spanish

def esname(R):
    p = Person(R, "es")
    s2 = R.choice(NAMES["es"][2])
    while s2 == p.family:
        s2 = R.choice(NAMES["es"][2])
    p.family = p.family + " " + s2
    p.full = p.given + " " + p.family
    return p


def don(p):
    return "D. " if p.sex == "m" else "D.ª "


@T(8)
def es_arrendamiento(R):
    a, b = esname(R), esname(R)
    while set(a.family.split()) & set(b.family.split()) or a.given == b.given:
        b = esname(R)
    renta = R.randint(45, 120) * 10
    idb = R.choice(["dni", "nie"])
    if idb == "dni":
        n, l = dni_random(R)
        bid = G(n + l, "es_dni")
    else:
        p, n, l = nie_random(R)
        bid = G(p + n + l, "es_nie")
    n2, l2 = dni_random(R)
    doc = ["CONTRATO DE ARRENDAMIENTO DE VIVIENDA\n\nEn ", N("Valladolid", "city"), ", a ", ND(R, "es", 2026, 2026, "signing_date", 1),
           "\n\nREUNIDOS\n\nDe una parte, ", don(a), P(a.full, "es"), ", mayor de edad, con DNI ", G(n2 + "-" + l2, "es_dni"),
           " y domicilio en ", A(R, "es"), ", en adelante el ARRENDADOR.\n\nDe otra parte, ", don(b), P(b.full, "es"), ", con ",
           "DNI" if idb == "dni" else "NIE", " ", bid, ", nacid", "a" if b.sex == "f" else "o", " el ", DOB(R, "es", 1970, 2004, style=1)[0],
           ", teléfono ", phone(R, "ES"), ", en adelante el ARRENDATARIO.\n\nCLÁUSULAS\n\nPRIMERA.– Objeto: la vivienda sita en ", A(R, "es"),
           ".\nSEGUNDA.– Duración: ", N("un año", "term"), ", prorrogable.\nTERCERA.– Renta: ", N(money(R, "€", renta, renta), "amount"),
           " mensuales, a ingresar en la cuenta ", IB(R, "ES"), ".\nSÉPTIMA.– El arrendatario renuncia expresamente a la devolución de la fianza."]
    return "contract", "es", wrap(R, "es", ["fair", "fair", "tr"], doc)


@T(9)
def es_acta(R):
    ps = [esname(R) for _ in range(4)]
    doc = ["ACTA DE LA JUNTA GENERAL ORDINARIA\nComunidad de Propietarios ", N("Residencial Los Olivos", "residence_name"), "\n\nFecha: ",
           ND(R, "es", 2026, 2026, "meeting_date", 1), "\nAsistentes: ", P(ps[0].full, "es"), " (presidente, 2.º A), ", P(ps[1].full, "es"),
           " (1.º C), ", P(ps[2].full, "es"), " (bajo B) y la administradora de fincas.\n\nPRIMERO.– Se aprueban las cuentas de 2025 por unanimidad.\n",
           "SEGUNDO.– Derrama de ", N(money(R, "€", 8000, 40000), "amount"), " para el ascensor (", N("expediente 2026/118", "case_ref"), ").\n",
           "TERCERO.– ", don(ps[3]), P(ps[3].full, "es"), ", con domicilio a efectos de notificaciones en ", A(R, "es"),
           ", adeuda ", N("1.240,00 €", "amount"), ". Se acuerda reclamar judicialmente.\n\nSin más asuntos, se levanta la sesión. ",
           "Contacto de la presidencia: ", phone(R, "ES"), ", ", E(email_of(R, ps[0]))]
    return "minutes", "es", wrap(R, "es", ["sum", "check", "formal"], doc)


@T(8)
def es_informe_alta(R):
    pat, med = esname(R), esname(R)
    doc = [N("Hospital Comarcal del Valle", "hospital_name"),
           " – Servicio de Traumatología\n\nINFORME DE ALTA\n\nPaciente: ", P(pat.full, "es"), "\nFecha de nacimiento: ",
           DOB(R, "es", 1935, 1990, style=0)[0], "\nNHC: ", N(refno(R, "999999"), "mrn"), "\nDomicilio: ", A(R, "es"), "\nTeléfono de contacto: ",
           phone(R, "ES"), "\n\nFecha de ingreso: ", (_pr := ND_pair(R, "es", "admission_date", "discharge_date"))[0], "\nFecha de alta: ", _pr[1],
           "\n\nJuicio clínico: fractura de radio distal izquierdo. Reducción cerrada y yeso.\nTratamiento: ", N("paracetamol 1 g cada 8 horas", "medication"),
           ".\nRevisión en consultas externas en ", N("3 semanas", "duration"), ".\n\nFdo.: Dr", "a." if med.sex == "f" else ".", " ", P(med.full, "es"),
           " – Nº colegiado ", N(refno(R, "47/99999"), "licence_no")]
    return "medical", "es", wrap(R, "es", ["sum", "tr"], doc)


# ---------------------------------------------------------------- Italian

@T(8)
def it_locazione(R):
    lo, co = people(R, "it", 2)
    y, m, d = ymd(R, 1960, 2003)
    city, cap, pr, bel = R.choice(IT_CITIES)
    cf = cf_make(co.family, co.given, y % 100, m, d, co.sex == "f", bel)
    canone = R.randint(40, 120) * 10
    doc = ["CONTRATTO DI LOCAZIONE AD USO ABITATIVO (art. 2, comma 3, L. ", N("431/1998", "law_no"), ")\n\n",
           "Il sig. " if lo.sex == "m" else "La sig.ra ", P(lo.full, "it"), ", residente in ", A(R, "it"), ", di seguito denominato locatore,\n",
           "concede in locazione a\n", "il sig. " if co.sex == "m" else "la sig.ra ", P(co.full, "it"), ", nat", "a" if co.sex == "f" else "o", " a ",
           N(city, "city"), " il ", L("dob", fmt_date(R, "it", y, m, d, R.choice([0, 1])), sub="it"), ", C.F. ", G(cf, "it_cf"),
           ", di seguito denominato conduttore,\nl'unità immobiliare posta in ", A(R, "it"), ", piano ", N("2°", "floor"), ".\n\n",
           "Art. 1 – Durata: ", N("3 anni + 2", "term"), " a decorrere dal ", ND(R, "it", 2026, 2026, "start_date", 0), ".\n",
           "Art. 2 – Canone annuo: ", N(money(R, "€", canone * 12, canone * 12), "amount"), ", in rate mensili da versare sull'IBAN ", IB(R, "IT"), ".\n",
           "Art. 9 – Il conduttore rinuncia a qualsiasi diritto di recesso anticipato.\n\nRecapito conduttore: ", phone(R, "IT"), " – ", E(email_of(R, co))]
    return "contract", "it", wrap(R, "it", ["fair", "fair", "tr"], doc)


@T(8)
def it_dimissione(R):
    pat, med = people(R, "it", 2)
    doc = [N("Azienda Ospedaliera Santa Chiara", "hospital_name"), " – U.O. Cardiologia\n\nLETTERA DI DIMISSIONE\n\nPaziente: ", P(pat.full, "it"),
           "\nData di nascita: ", DOB(R, "it", 1935, 1980, style=0)[0], "\nResidenza: ", A(R, "it"), "\nRicovero dal ",
           (_pr := ND_pair(R, "it", "admission_date", "discharge_date"))[0], " al ", _pr[1], " (SDO ", N(refno(R, "99999999"), "case_ref"),
           ")\n\nDiagnosi: fibrillazione atriale di nuova insorgenza.\nTerapia: ", N("apixaban 5 mg x 2/die", "medication"),
           "\nControllo ambulatoriale tra ", N("30 giorni", "duration"), ".\n\nCaregiver: ", P(pat.relative(R).full, "it"), ", tel. ", phone(R, "IT"),
           "\n\nIl medico: dott", ".ssa" if med.sex == "f" else ".", " ", P(med.full, "it")]
    return "medical", "it", wrap(R, "it", ["sum", "tr"], doc)


@T(8)
def it_verbale(R):
    ps = people(R, "it", 4)
    doc = ["VERBALE DI ASSEMBLEA CONDOMINIALE\nCondominio ", N("\"Le Magnolie\"", "residence_name"), "\n\nIl giorno ", ND(R, "it", 2026, 2026, "meeting_date", 1),
           " alle ore ", N("21:00", "time"), " si è riunita l'assemblea. Presiede ", P(ps[0].full, "it"), ", segretario ", P(ps[1].full, "it"),
           ".\nPresenti ", N("12 condomini su 18", "count"), ", pari a ", N("742/1000", "millesimi"), ".\n\n1) Approvato il consuntivo 2025.\n",
           "2) Il condomino ", P(ps[2].full, "it"), " (int. 7) lamenta infiltrazioni; l'amministratore contatterà l'impresa.\n",
           "3) Morosità: ", P(ps[3].full, "it"), ", residente in ", A(R, "it"), ", deve ", N("1.870,00 €", "amount"),
           ".\n\nLa seduta è tolta alle ", N("23:10", "time"), ". Per informazioni: ", P(ps[1].given, "it"), " ", phone(R, "IT")]
    return "minutes", "it", wrap(R, "it", ["sum", "formal"], doc)


# ---------------------------------------------------------------- Dutch

def dhr(p):
    return "de heer " if p.sex == "m" else "mevrouw "


@T(9)
def nl_huur(R):
    vh, hu = people(R, "nl", 2)
    doc = ["HUUROVEREENKOMST WOONRUIMTE\n\nDe ondergetekenden:\n1. ", dhr(vh), P(vh.full, "nl"), ", wonende te ", A(R, "nl"),
           ", hierna te noemen 'verhuurder',\nen\n2. ", dhr(hu), P(hu.full, "nl"), ", geboren op ", DOB(R, "nl", 1970, 2004, style=R.choice([0, 1]))[0],
           ", hierna te noemen 'huurder',\n\nzijn het volgende overeengekomen:\n\nArtikel 1 – Het gehuurde: de woning aan ", A(R, "nl"),
           ".\nArtikel 3 – De huurprijs bedraagt ", N("€ 1.385,00", "amount"), " per maand, te voldoen op rekening ", IB(R, "NL"),
           ".\nArtikel 4 – Waarborgsom: ", N("€ 4.155,00", "amount"), ".\nArtikel 8 – Huurder mag geen huisdieren houden en geen bezoek laten overnachten.\n\n",
           "Contact verhuurder: ", phone(R, "NL"), ", ", E(email_of(R, vh))]
    return "contract", "nl", wrap(R, "nl", ["fair", "fair", "tr"], doc)


@T(8)
def nl_notulen(R):
    ps = people(R, "nl", 5)
    doc = ["Notulen ALV ", N("Tennisvereniging De Smash", "club"), "\n", ND(R, "nl", 2026, 2026, "meeting_date", 1),
           "\n\nAanwezig: ", P(ps[0].full, "nl"), " (voorzitter), ", P(ps[1].full, "nl"), " (penningmeester), ", P(ps[2].full, "nl"),
           " (secretaris) en ", N("23", "count"), " leden\nAfwezig met bericht: ", P(ps[3].full, "nl"),
           "\n\n1. Opening door ", P(ps[0].given, "nl"), ".\n2. Contributie 2027 wordt ", N("€ 215", "amount"), ".\n",
           "3. Nieuw erelid: ", P(ps[4].full, "nl"), ".\n4. Rondvraag: graag de ballenautomaat laten repareren.\n\nActiepunten:\n- ",
           P(ps[1].given, "nl"), ": facturen versturen voor ", ND(R, "nl", 2026, 2026, "deadline", 1), "\n- ", P(ps[2].given, "nl"),
           ": notulen op de site\n\nVragen? Mail ", E(email_of(R, ps[2])), " of bel ", phone(R, "NL")]
    return "minutes", "nl", wrap(R, "nl", ["sum", "check"], doc)


@T(8)
def nl_ontslagbrief(R):
    pat, ha, sp = people(R, "nl", 3)
    doc = [N("Ziekenhuis Rivierenland", "hospital_name"), " – afdeling Longziekten\n\nAan: ", dhr(ha).replace("de heer", "Dhr.").replace("mevrouw", "Mw."),
           P(ha.full, "nl"), ", huisarts\n", A(R, "nl", ml=True), "\n\nBetreft: ", dhr(pat).replace("de heer", "dhr.").replace("mevrouw", "mw."),
           P(pat.full, "nl"), ", geb. ", DOB(R, "nl", 1935, 1985, style=0)[0], ", BSN ", G(R.choice([lambda s: s, lambda s: s[:4] + "." + s[4:6] + "." + s[6:]])(bsn_random(R)), "nl_bsn"),
           "\n\nGeachte collega,\n\nUw patiënt was opgenomen van ", (_pr := ND_pair(R, "nl", "admission_date", "discharge_date"))[0], " tot ",
           _pr[1], " wegens een pneumonie. Ontslag naar huis, ", A(R, "nl"),
           ".\nControle op de poli over ", N("zes weken", "duration"), ".\n\nMet collegiale groet,\n", P(sp.full, "nl"), ", longarts"]
    return "medical", "nl", wrap(R, "nl", ["sum", "tr"], doc)


# ---------------------------------------------------------------- Portuguese / Brazilian

@T(9)
def pt_arrendamento(R):
    s, a = people(R, "pt", 2)
    doc = ["CONTRATO DE ARRENDAMENTO PARA FIM HABITACIONAL\n\nPRIMEIRO OUTORGANTE (Senhorio): ", P(s.full, "pt"), ", NIF ", G(pt_nif(R), "pt_nif"),
           ", residente na ", A(R, "pt"), ".\n\nSEGUNDO OUTORGANTE (Arrendatário): ", P(a.full, "pt"), ", NIF ", G(pt_nif(R), "pt_nif"),
           ", nascid", "a" if a.sex == "f" else "o", " a ", DOB(R, "pt", 1965, 2003, style=1)[0], ", telemóvel ", phone(R, "PT"), ".\n\n",
           "Cláusula 1.ª – O Senhorio dá de arrendamento a fração sita na ", A(R, "pt"), ".\nCláusula 3.ª – A renda mensal é de ",
           N("850,00 €", "amount"), ", paga por transferência para o IBAN ", IB(R, "PT"), ".\nCláusula 7.ª – O arrendatário não poderá denunciar o contrato antes de ",
           N("cinco anos", "term"), ".\n\n", N("Braga", "city"), ", ", ND(R, "pt", 2026, 2026, "signing_date", 1)]
    return "contract", "pt", wrap(R, "pt", ["fair", "tr"], doc)


@T(9)
def br_compra_veiculo(R):
    v, c = people(R, "br", 2)

    def cpf():
        s = cpf_random(R)
        return G("%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), "br_cpf")
    doc = ["CONTRATO PARTICULAR DE COMPRA E VENDA DE VEÍCULO\n\nVENDEDOR: ", P(v.full, "br"), ", CPF ", cpf(), ", residente na ", A(R, "br"),
           ", telefone ", phone(R, "BR"), ".\n\nCOMPRADOR: ", P(c.full, "br"), ", CPF ", cpf(), ", nascid", "a" if c.sex == "f" else "o",
           " em ", DOB(R, "pt", 1970, 2004, style=0)[0], ", e-mail ", E(email_of(R, c)), ".\n\nCLÁUSULA 1ª – Objeto: veículo ",
           N("Fiat Argo Drive 1.0 2021", "product"), ", placa ", N(refno(R, "AAA9A99"), "plate"), ", RENAVAM ", N(refno(R, "99999999999"), "renavam"),
           ".\nCLÁUSULA 2ª – Preço: ", N("R$ 58.900,00", "amount"), ", pagos via Pix.\nCLÁUSULA 4ª – O comprador assume multas a partir de ",
           ND(R, "pt", 2026, 2026, "handover_date", 0), ".\n\n", N("Curitiba", "city"), ", ", ND(R, "pt", 2026, 2026, "signing_date", 1)]
    return "contract", "pt", wrap(R, "pt", ["fair", "check"], doc)


@T(8)
def br_ata(R):
    ps = people(R, "br", 4)
    doc = ["ATA DA ASSEMBLEIA GERAL ORDINÁRIA DO ", N("CONDOMÍNIO EDIFÍCIO IPÊ AMARELO", "residence_name"), "\n\nAos ",
           ND(R, "pt", 2026, 2026, "meeting_date", 1), ", reuniram-se os condôminos. Presidiu a mesa ", P(ps[0].full, "br"),
           ", secretariada por ", P(ps[1].full, "br"), ".\n\nItem 1: aprovadas as contas.\nItem 2: eleito síndico ", P(ps[2].full, "br"),
           " (apto 302), contato ", phone(R, "BR"), ".\nItem 3: a moradora ", P(ps[3].full, "br"), " solicitou a troca do interfone.\n\n",
           "Nada mais havendo, ", P(ps[1].given, "br"), " lavrou a presente ata."]
    return "minutes", "pt", wrap(R, "pt", ["sum", "formal"], doc)


# ---------------------------------------------------------------- Polish

def pan_(p):
    return "Pan " if p.sex == "m" else "Pani "


@T(9)
def pl_najem(R):
    w, n = people(R, "pl", 2)
    y, m, d = ymd(R, 1960, 2004)
    doc = ["UMOWA NAJMU LOKALU MIESZKALNEGO\n\nzawarta w dniu ", ND(R, "pl", 2026, 2026, "signing_date", 1), " w ", N("Poznaniu", "city"),
           " pomiędzy:\n", pan_(w), P(w.full, "pl"), ", zam. ", A(R, "pl"), ", PESEL ", G(pesel(R, *ymd(R, 1955, 1990), w.sex), "pl_pesel"),
           ", zwan", "ym" if w.sex == "m" else "ą", " dalej Wynajmującym,\na\n", pan_(n), P(n.full, "pl"), ", ur. ",
           L("dob", fmt_date(R, "pl", y, m, d, R.choice([0, 1])), sub="pl"), ", PESEL ", G(pesel(R, y, m, d, n.sex), "pl_pesel"), ", tel. ",
           phone(R, "PL"), ", zwan", "ym" if n.sex == "m" else "ą", " dalej Najemcą.\n\n§ 1. Przedmiotem najmu jest lokal przy ", A(R, "pl"),
           ".\n§ 3. Czynsz: ", N("2 400 zł", "amount"), " miesięcznie, płatny na rachunek ", IB(R, "PL"),
           ".\n§ 7. Najemca nie może wypowiedzieć umowy przed upływem ", N("24 miesięcy", "term"), "."]
    return "contract", "pl", wrap(R, "pl", ["fair", "tr"], doc)


@T(8)
def pl_protokol(R):
    ps = people(R, "pl", 4)
    doc = ["Protokół z zebrania Wspólnoty Mieszkaniowej ", N("\"Słoneczne Wzgórze\"", "residence_name"), "\nz dnia ",
           ND(R, "pl", 2026, 2026, "meeting_date", 1), "\n\nObecni: ", P(ps[0].full, "pl"), " (przewodnicząca)" if ps[0].sex == "f" else " (przewodniczący)",
           ", ", P(ps[1].full, "pl"), ", ", P(ps[2].full, "pl"), "\n\n1. Przyjęto sprawozdanie finansowe.\n2. Uchwała nr ", N("4/2026", "resolution_no"),
           " w sprawie remontu dachu – przyjęta.\n3. ", pan_(ps[3]), P(ps[3].full, "pl"),
           " (", A(R, "pl"), ") zgłosił", "a" if ps[3].sex == "f" else "", " zalanie piwnicy.\n\nProtokołował", "a" if ps[1].sex == "f" else "",
           ": ", P(ps[1].full, "pl"), ", tel. ", phone(R, "PL"), ", ", E(email_of(R, ps[1]))]
    return "minutes", "pl", wrap(R, "pl", ["sum", "check"], doc)


# ---------------------------------------------------------------- Nordic, Finnish, Czech, Turkish

@T(9)
def sv_andrahand(R):
    h, a = people(R, "sv", 2)
    y, m, d = ymd(R, 1965, 2004)
    doc = ["KONTRAKT FÖR UPPLÅTELSE AV BOSTADSRÄTT I ANDRA HAND\n\nUpplåtare: ", P(h.full, "sv"), ", personnummer ",
           G(se_pnr(R, *ymd(R, 1955, 1995), h.sex), "se_pnr"), ", ", A(R, "sv"), "\nNyttjanderättshavare: ", P(a.full, "sv"),
           ", född ", L("dob", fmt_date(R, "sv", y, m, d, R.choice([0, 1])), sub="sv"), ", tel. ", phone(R, "SE"), ", ", E(email_of(R, a)),
           "\n\n§ 1 Lägenheten: ", A(R, "sv"), ", lägenhetsnummer ", N("1203", "apartment_no"), ".\n§ 2 Avtalstid: ", ND(R, "sv", 2026, 2026, "start_date", 0),
           " – ", ND(R, "sv", 2027, 2027, "end_date", 0), ".\n§ 3 Hyra: ", N("9 800 kr", "amount"), " per månad.\n§ 8 Besittningsskyddet är avtalat bort enligt 12 kap. 45 § JB."]
    return "contract", "sv", wrap(R, "sv", ["fair", "tr"], doc)


@T(7)
def da_lejekontrakt(R):
    ul, le = people(R, "da", 2)
    y, m, d = ymd(R, 1960, 2004)
    doc = ["LEJEKONTRAKT FOR BOLIG\n\nUdlejer: ", P(ul.full, "da"), ", ", A(R, "da"), ", tlf. ", phone(R, "DK"), "\nLejer: ", P(le.full, "da"),
           ", CPR-nr. ", G("%02d%02d%02d-%04d" % (d, m, y % 100, R.randint(500, 4999) * 2 + (1 if le.sex == "m" else 0)), "dk_cpr"), ", født ", L("dob", fmt_date(R, "da", y, m, d, 1), sub="da"),
           "\n\n§ 1 Det lejede: ", A(R, "da"), "\n§ 3 Månedlig leje: ", N("8.450 kr.", "amount"), ", betales til konto IBAN ", IB(R, "DK"),
           "\n§ 4 Depositum: ", N("3 måneders husleje", "term"), "\n§ 11 Lejer må ikke holde husdyr.\n\nDato: ", ND(R, "da", 2026, 2026, "signing_date", 0)]
    return "contract", "da", wrap(R, "da", ["fair", "tr"], doc)


@T(6)
def no_leiekontrakt(R):
    ul, lt = people(R, "no", 2)
    y, m, d = ymd(R, 1962, 2004)
    doc = ["HUSLEIEKONTRAKT\n\nUtleier: ", P(ul.full, "no"), ", ", A(R, "no"), "\nLeietaker: ", P(lt.full, "no"), ", fødselsnummer ",
           G(no_fnr(R, y, m, d, lt.sex), "no_fnr"), ", tlf. ", phone(R, "NO"), ", e-post ", E(email_of(R, lt)),
           "\n\n1. Leieobjekt: ", A(R, "no"), "\n2. Leieforholdet starter ", ND(R, "no", 2026, 2026, "start_date", 1), " og er tidsbestemt i ",
           N("3 år", "term"), ".\n3. Husleie: ", N("kr 12 900", "amount"), " per måned til konto ", IB(R, "NO"), ".\n4. Depositum tilsvarende ",
           N("6 måneders leie", "term"), "."]
    return "contract", "no", wrap(R, "no", ["fair", "tr"], doc)


@T(5)
def no_dodsannonse(R):
    dec = Person(R, "no")
    sp = dec.relative(R, "f" if dec.sex == "m" else "m")
    k = Person(R, "no")
    doc = ["Vår kjære ", "mann, far, svigerfar og bestefar" if dec.sex == "m" else "kone, mor, svigermor og bestemor", "\n\n", P(dec.full, "no"), "\n\nsovnet stille inn ",
           (_pr := ND_pair(R, "no", "death_date", "funeral_date", 1))[0], ".\n\n", P(sp.given, "no"), "\n", P(k.full, "no"), "\n\nBisettelse fra ",
           N("Fana kirke", "church"), " ", _pr[1], " kl. 12.00. Minnegaver til ", N("Kreftforeningen", "charity"),
           ".\nHilsener kan sendes til familien, ", A(R, "no"), "."]
    return "notice", "no", wrap(R, "no", ["check", "tr"], doc)


@T(7)
def fi_vuokra(R):
    vn, vo = people(R, "fi", 2)
    y, m, d = ymd(R, 1960, 2004)
    doc = ["HUONEISTON VUOKRASOPIMUS\n\nVuokranantaja: ", P(vn.full, "fi"), ", ", A(R, "fi"), ", puh. ", phone(R, "FI"), "\nVuokralainen: ", P(vo.full, "fi"),
           ", henkilötunnus ", G(fi_hetu(R, y, m, d, vo.sex), "fi_hetu"), ", ", E(email_of(R, vo)), "\n\n1. Vuokrakohde: ", A(R, "fi"),
           "\n2. Sopimus on voimassa toistaiseksi ", ND(R, "fi", 2026, 2026, "start_date", 0), " alkaen.\n3. Vuokra: ", N("980 €", "amount"),
           " kuukaudessa tilille ", IB(R, "FI"), ".\n4. Vakuus: ", N("kolmen kuukauden vuokra", "term"), ".\n9. Vuokralainen ei saa irtisanoa sopimusta ensimmäisen vuoden aikana."]
    return "contract", "fi", wrap(R, "fi", ["fair", "tr"], doc)


@T(7)
def cs_najem(R):
    pr, na = people(R, "cs", 2)
    y, m, d = ymd(R, 1960, 2004)
    doc = ["NÁJEMNÍ SMLOUVA\n\nPronajímatel: ", "pan " if pr.sex == "m" else "paní ", P(pr.full, "cs"), ", bytem ", A(R, "cs"),
           "\nNájemce: ", "pan " if na.sex == "m" else "paní ", P(na.full, "cs"), ", nar. ", L("dob", fmt_date(R, "cs", y, m, d, R.choice([0, 1])), sub="cs"),
           ", r. č. ", G(cz_rc(R, y, m, d, na.sex), "cz_rc"), ", tel. ", phone(R, "CZ"), "\n\nI. Předmět nájmu: byt 2+kk na adrese ", A(R, "cs"),
           ".\nII. Doba nájmu: od ", ND(R, "cs", 2026, 2026, "start_date", 0), " na ", N("dobu určitou 1 rok", "term"),
           ".\nIII. Nájemné: ", N("16 500 Kč", "amount"), " měsíčně na účet ", IB(R, "CZ"), ".\nVII. Nájemce nesmí v bytě přechovávat zvířata."]
    return "contract", "cs", wrap(R, "cs", ["fair", "tr"], doc)


@T(6)
def cs_kupni(R):
    pr, ku = people(R, "cs", 2)
    doc = ["KUPNÍ SMLOUVA O PRODEJI MOTOROVÉHO VOZIDLA\n\nProdávající: ", P(pr.full, "cs"), ", ", A(R, "cs"), ", tel. ", phone(R, "CZ"),
           "\nKupující: ", P(ku.full, "cs"), ", ", A(R, "cs"), ", e-mail ", E(email_of(R, ku)), "\n\nVozidlo: ", N("Škoda Octavia III Combi 2.0 TDI", "product"),
           ", VIN ", N(refno(R, "TMBAA9NE9H9999999"), "vin"), ", SPZ ", N(refno(R, "9A9 9999"), "plate"), "\nKupní cena: ", N("189 000 Kč", "amount"),
           "\nDatum předání: ", ND(R, "cs", 2026, 2026, "handover_date", 1)]
    return "contract", "cs", wrap(R, "cs", ["check", "tr"], doc)


@T(8)
def tr_kira(R):
    ks, kr = people(R, "tr", 2)
    doc = ["KİRA SÖZLEŞMESİ\n\nKiraya Veren: ", P(ks.full, "tr"), " (T.C. Kimlik No: ", G(tckn(R), "tr_tckn"), ")\nAdresi: ", A(R, "tr"),
           "\nKiracı: ", P(kr.full, "tr"), " (T.C. Kimlik No: ", G(tckn(R), "tr_tckn"), "), Doğum tarihi: ", DOB(R, "tr", 1965, 2004, style=R.choice([0, 1]))[0],
           "\nTelefon: ", phone(R, "TR"), "\n\nKiralanan yer: ", A(R, "tr"), "\nKira başlangıç tarihi: ", ND(R, "tr", 2026, 2026, "start_date", 0),
           "\nAylık kira: ", N("18.500 TL", "amount"), "\nÖdeme: Her ayın 5'ine kadar ", IB(R, "TR"), " numaralı hesaba.\n\n",
           "Özel şartlar:\n7. Kiracı, sözleşme süresi dolmadan çıkarsa 3 aylık kira bedelini ceza olarak öder."]
    return "contract", "tr", wrap(R, "tr", ["fair", "tr"], doc)


@T(6)
def tr_tutanak(R):
    ps = people(R, "tr", 4)
    doc = ["KAT MALİKLERİ KURULU TOPLANTI TUTANAĞI\n", N("Güneşli Sitesi", "residence_name"), " – ", ND(R, "tr", 2026, 2026, "meeting_date", 1),
           "\n\nKatılanlar: ", P(ps[0].full, "tr"), " (yönetici), ", P(ps[1].full, "tr"), ", ", P(ps[2].full, "tr"),
           "\n\n1. Aidat ", N("1.750 TL", "amount"), " olarak belirlendi.\n2. Daire 9 sakini ", P(ps[3].full, "tr"),
           " çatı sızıntısını bildirdi.\n3. Yönetici iletişim: ", phone(R, "TR"), ", ", E(email_of(R, ps[0])), "\n\nTutanak ", P(ps[1].given, "tr"), " tarafından yazılmıştır."]
    return "minutes", "tr", wrap(R, "tr", ["sum", "tr"], doc)


@T(8)
def de_zeugnis(R):
    an, gf = people(R, "de", 2)
    er = "Frau " if an.sex == "f" else "Herr "
    doc = ["Arbeitszeugnis\n\n", er, P(an.full, "de"), ", geboren am ", DOB(R, "de", 1970, 2002, style=1)[0], " in ", N("Kassel", "city"),
           ", war vom ", ND(R, "de", 2018, 2022, "employment_date", 0), " bis zum ", ND(R, "de", 2025, 2026, "employment_date", 0), " als ",
           N("Sachbearbeiter" + ("in" if an.sex == "f" else "") + " Buchhaltung", "job_title"), " in unserem Unternehmen tätig.\n\n",
           er, P(an.family, "de"), " erledigte die ihr/ihm übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit. ",
           "Sie" if an.sex == "f" else "Er", " war bei Vorgesetzten und Kollegen gleichermaßen geschätzt.\n\nWir danken ", "ihr" if an.sex == "f" else "ihm",
           " und wünschen für die Zukunft alles Gute.\n\n", N("Wendt Logistik GmbH", "company"), ", ", ND(R, "de", 2026, 2026, "letter_date"), "\n\n",
           P(gf.full, "de"), "\nGeschäftsführung"]
    return "reference", "de", wrap(R, "de", ["check", "tr", "sum"], doc)


@T(7)
def fr_attestation(R):
    sal, rh = people(R, "fr", 2)
    doc = [N("Maillard Ingénierie SAS", "company") if "Maillard" not in (sal.family, rh.family) else N("Brocéliande Ingénierie SAS", "company"),
           " – SIRET ", N("812 334 561 00027", "siret"), "\n\nATTESTATION EMPLOYEUR\n\nJe soussigné", "e" if rh.sex == "f" else "", " ",
           P(rh.full, "fr"), ", responsable des ressources humaines, atteste que ", civ(sal), P(sal.full, "fr"), ", né", "e" if sal.sex == "f" else "",
           " le ", DOB(R, "fr", 1968, 2002, style=1)[0], ", demeurant ", A(R, "fr"), ", est employé", "e" if sal.sex == "f" else "",
           " en CDI depuis le ", ND(R, "fr", 2015, 2024, "employment_date", 1), " en qualité de ", N("technicien bureau d'études", "job_title"),
           ", pour un salaire brut mensuel de ", N(money(R, "€fr", 2400, 4200), "amount"), ".\n\nFait pour servir et valoir ce que de droit.\n\n",
           N("Tours", "city"), ", le ", ND(R, "fr", 2026, 2026, "letter_date", 1), "\n", P(rh.full, "fr"), " – ", phone(R, "FR", intl=False, kind="fixed")]
    return "letter", "fr", wrap(R, "fr", ["check", "tr"], doc)


@T(7)
def es_compraventa(R):
    v, c = esname(R), esname(R)
    while set(v.family.split()) & set(c.family.split()) or v.given == c.given:
        c = esname(R)
    n1, l1 = dni_random(R)
    n2, l2 = dni_random(R)
    doc = ["CONTRATO DE ARRAS PENITENCIALES\n\nEn ", N("Murcia", "city"), ", a ", ND(R, "es", 2026, 2026, "signing_date", 1), "\n\nDe una parte, como VENDEDOR, ",
           don(v), P(v.full, "es"), ", con DNI ", G(n1 + l1, "es_dni"), ", domiciliado en ", A(R, "es"), ".\nDe otra parte, como COMPRADOR, ", don(c),
           P(c.full, "es"), ", con DNI ", G(n2 + l2, "es_dni"), ", email ", E(email_of(R, c)), ".\n\nEXPONEN\nQue el vendedor es propietario de la vivienda sita en ",
           A(R, "es"), ", referencia catastral ", N(refno(R, "9999999AA9999A9999AA"), "cadastral_ref"), ".\n\nESTIPULACIONES\n1.ª Precio: ",
           N("187.000 €", "amount"), ".\n2.ª El comprador entrega ", N("18.700 €", "amount"), " en concepto de arras, que perderá si desiste.\n",
           "3.ª Escritura ante notario antes del ", ND(R, "es", 2026, 2026, "deadline", 1), "."]
    return "contract", "es", wrap(R, "es", ["fair", "sum", "tr"], doc)


@T(6)
def it_testamento(R):
    t = Person(R, "it")
    sp = t.relative(R, "f" if t.sex == "m" else "m")
    f1 = t.relative(R)
    ni = Person(R, "it")
    doc = ["Io sottoscritt", "a" if t.sex == "f" else "o", " ", P(t.full, "it"), ", nat", "a" if t.sex == "f" else "o", " il ",
           DOB(R, "it", 1935, 1960, style=1)[0], " e residente in ", A(R, "it"), ", nel pieno possesso delle mie facoltà mentali, dispongo quanto segue:\n\n",
           "1) Lascio a ", "mia moglie " if sp.sex == "f" else "mio marito ", P(sp.full, "it"), " l'usufrutto della casa di abitazione.\n",
           "2) Lascio a ", "mio figlio " if f1.sex == "m" else "mia figlia ", P(f1.given, "it"), " la nuda proprietà della stessa.\n",
           "3) Lascio alla mia nipote ", P(ni.full, "it"), " la somma di ", N("20.000 €", "amount"), ".\n\nRevoco ogni precedente testamento.\n\n",
           N("Perugia", "city"), ", ", ND(R, "it", 2026, 2026, "signing_date", 1), "\n", P(t.full, "it")]
    return "will", "it", wrap(R, "it", ["check", "tr"], doc)


@T(6)
def sv_protokoll(R):
    ps = people(R, "sv", 4)
    doc = ["Protokoll fört vid styrelsemöte i ", N("Brf Lingonet", "residence_name"), "\nDatum: ", ND(R, "sv", 2026, 2026, "meeting_date", 0),
           "\nNärvarande: ", P(ps[0].full, "sv"), " (ordf.), ", P(ps[1].full, "sv"), " (sekr.), ", P(ps[2].full, "sv"),
           "\n\n§ 1 Mötet öppnades.\n§ 2 Avgiftshöjning med ", N("4 %", "percent"), " från 1 januari beslutades.\n§ 3 Medlem ", P(ps[3].full, "sv"),
           " har ansökt om andrahandsuthyrning; ansökan beviljas för ett år.\n§ 4 Nästa möte ", ND(R, "sv", 2026, 2026, "meeting_date", 0),
           ".\n\nVid protokollet: ", P(ps[1].given, "sv"), ", ", phone(R, "SE"), "\nJusteras: ", P(ps[0].given, "sv")]
    return "minutes", "sv", wrap(R, "sv", ["sum", "tr"], doc)


@T(8)
def us_membership(R):
    m, sp = people(R, "us", 2)
    card = CARD(R)
    doc = [N(R.choice(["Cedar Ridge Athletic Club", "Lakeshore Swim & Racquet", "Summit Peak Fitness"]), "club"), " - Family Membership Application\n\n",
           "Primary member: ", P(m.full, "us"), "\nDate of birth: ", DOB(R, "en-us", 1965, 2000, style=0)[0], "\nAddress: ", A(R, "us"),
           "\nCell: ", phone(R, "US"), "\nEmail: ", E(email_of(R, m)), "\n\nAdditional member: ", P(sp.full, "us"), " (DOB ",
           DOB(R, "en-us", 1965, 2000, style=2)[0], ")\n\nPlan: ", N("Family Plus", "plan_name"), " - ", N("$189/month", "amount"), ", ", N("12-month", "term"),
           " commitment\nInitiation fee: ", N("$99", "amount"), " (waived until ", ND(R, "en-us", 2026, 2026, "deadline", 1), ")\n\nCard for monthly dues: ", card,
           "  Exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"), "  CVV ", N("%03d" % R.randint(100, 999), "cvc"),
           "\nCancellation requires 60 days' written notice and a fee of two months' dues."]
    return "form", "en", wrap(R, "en", ["fair", "check"], doc, "cancellation")


@T(8)
def it_handover(R):
    old, new, ll = people(R, "uk", 3)
    rip = IP(R)
    doc = ["Office IT handover - ", N(R.choice(["Fellgate Surveyors", "Quillon Accountancy", "Marsh Lane Dental"]), "company"), "\nFrom ", P(old.full, "uk"),
           " to ", P(new.full, "uk"), ", ", ND(R, "en", 2026, 2026, "handover_date", 1), "\n\nBroadband: ", N("BT Business Fibre", "product"), ", account ",
           N(refno(R, "BT99999999"), "account_ref"), ". Static IP ", rip, " (needed for the practice software allow-list).\n",
           "Router admin: http://", "router.local", "  user admin / password ", SEC(R, "password"),
           "\nWi-Fi (staff): SSID ", N("FELLGATE-STAFF", "ssid"), ", key ", SEC(R, "password"),
           "\nNAS: synology at the back of the server cupboard, login ", P(old.given.lower(), "uk"), " / ", SEC(R, "password"),
           "\nPrinter: ", N("Brother MFC-L8900CDW", "product"), ", toner from ", N("Viking", "brand"), ".\n\nLandlord for the building: ",
           P(ll.full, "uk"), ", ", phone(R, "GB", kind="mobile"), ". Keys are with ", P(new.given, "uk"), " from ", N("Monday", "weekday"), ".\n\n",
           "Anything I've forgotten: ", E(email_of(R, old)), " or ", phone(R, "GB", kind="mobile")]
    return "notes", "en", wrap(R, "en", ["formal", "sum"], doc)


@T(8)
def security_incident(R):
    cult = R.choice(["us", "uk", "au"])
    emp, inv, vic = people(R, cult, 3)
    doc = ["IT SECURITY INVESTIGATION - SUMMARY OF FINDINGS\nRef: ", N(refno(R, "SEC-2026-999"), "case_ref"), "\n\nSubject: ", P(emp.full, cult),
           ", ", N(R.choice(["Accounts Payable Clerk", "Sales Executive", "Junior Developer"]), "job_title"), "\nInvestigator: ", P(inv.full, cult),
           "\n\n1. On ", ND(R, "en" if cult != "us" else "en-us", 2026, 2026, "incident_date", 1), " the mailbox of ", E(email_of(R, vic, "corp-mail.example.net")),
           " was accessed from ", IP(R), " (a VPS provider) and from ", IP(R, v6=R.random() < 0.5), ".\n2. Sign-in logs show the same session token was first used from ",
           P(emp.given, cult), "'s laptop (asset ", N(refno(R, "LT-99999"), "asset_tag"), ").\n3. A text file on the laptop's desktop contained the victim's password (",
           SEC(R, "password"), ") and an API key (", SEC(R, R.choice(["github_pat", "slack_token", "openai"])), ").\n4. ",
           P(emp.given, cult), " denies sharing the credentials.\n\nRecommendation: disciplinary hearing; all listed credentials revoked on ",
           ND(R, "en", 2026, 2026, "revocation_date", 1), "."]
    return "hr_notes", "en", wrap(R, "en", ["sum", "formal"], doc)


@T(6)
def es_reserva(R):
    t = esname(R)
    c = CARD(R, R.choice(["visa", "mastercard"]))
    doc = ["HOJA DE RESERVA DE GRUPO – ", N("Hotel Mirador de Gredos", "hotel_name"), "\n\nTitular de la reserva: ", P(t.full, "es"), "\nDNI: ",
           G("".join(dni_random(R)), "es_dni"), "\nDirección: ", A(R, "es"), "\nMóvil: ", phone(R, "ES"), "\nCorreo: ", E(email_of(R, t)),
           "\n\nFechas: del ", (_pr := ND_pair(R, "es", "arrival_date", "departure_date", 0))[0], " al ", _pr[1], "\nHabitaciones: ",
           N("6 dobles", "count"), ", régimen de media pensión\nPrecio: ", N("1.980 €", "amount"), "\n\nGarantía con tarjeta: ", c, "  cad. ",
           N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"), "\nCancelación gratuita hasta ", N("30 días", "duration"), " antes de la llegada."]
    return "form", "es", wrap(R, "es", ["check", "sum"], doc)


@T(6)
def de_vorfall(R):
    ma, it, ch = people(R, "de", 3)
    doc = ["Vorfallbericht IT-Sicherheit (", N(refno(R, "VB-2026-99"), "case_ref"), ")\n\nBetroffen: ", P(ma.full, "de"), ", Buchhaltung\nBearbeitet von: ",
           P(it.full, "de"), "\n\nAm ", ND(R, "de", 2026, 2026, "incident_date"), " erhielt ", "Frau " if ma.sex == "f" else "Herr ", P(ma.family, "de"),
           " eine gefälschte Rechnung im Namen von ", N("Brückner Bürobedarf", "company"), ". Nach Eingabe des Passworts (", SEC(R, "password"),
           ") auf einer Phishing-Seite erfolgten Anmeldungen von ", IP(R), ". Es wurde eine Weiterleitungsregel an ", E(email_of(R, ch, "postfach-" + str(R.randint(10, 99)) + ".example.net")),
           " angelegt.\n\nMaßnahmen: Passwort zurückgesetzt, MFA aktiviert, Meldung an den Datenschutzbeauftragten ", P(ch.full, "de"), " am selben Tag."]
    return "hr_notes", "de", wrap(R, "de", ["sum", "formal", "tr"], doc)


@T(5)
def fr_bulletin(R):
    p = Person(R, "fr")
    kid = p.relative(R)
    doc = ["BULLETIN D'INSCRIPTION – ", N("Stage d'été Les Petits Voileux", "event_name"), "\n\nResponsable légal : ", civ(p), P(p.full, "fr"), "\nAdresse : ",
           A(R, "fr"), "\nTél. : ", phone(R, "FR", kind="mobile"), "\nCourriel : ", E(email_of(R, p)), "\n\nEnfant : ", P(kid.given, "fr"), ", né",
           "e" if kid.sex == "f" else "", " le ", DOB(R, "fr", 2012, 2019, style=0)[0], "\nSemaine du ", ND(R, "fr", 2026, 2026, "event_date", 1), "\n\n",
           "Tarif : ", N("245 €", "amount"), " – paiement par carte n° ", CARD(R, "visa"), ", expiration ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry"),
           "\nAssurance : ", N("MAIF", "company"), ", contrat ", N(refno(R, "9999999A"), "policy_no")]
    return "form", "fr", wrap(R, "fr", ["check", "tr"], doc)


# ---------------------------------------------------------------- clean templates (no personal data)

@T(10, clean=True)
def c_tenancy_template(R):
    c = R.choice(["5.2", "8.1", "14.3"])
    doc = ["TENANCY AGREEMENT (TEMPLATE v", N("3.%d" % R.randint(1, 9), "version"), ")\n\nThis Agreement is dated ", N("[date]", "placeholder"),
           "\n\nBETWEEN:\n(1) ", N("[LANDLORD NAME]", "placeholder"), " of ", N("[Landlord address]", "placeholder"), " (\"the Landlord\"); and\n(2) ",
           N("[Tenant name]", "placeholder"), " (\"the Tenant\").\n\n1. TERM: ", N("%d months" % R.choice([6, 12, 24]), "term"), " from ",
           N("[start date]", "placeholder"), ".\n2. RENT: ", N(money(R, "£", 700, 2400), "amount"), " per month.\n", c,
           " The Tenant shall allow the Landlord access on ", N("24 hours'", "duration"), " written notice, save in an emergency.\n",
           "9. Deposit to be protected within ", N("30 days", "duration"), " under the Housing Act 2004, s.213.\n\nSigned: ", N("____________ (Landlord)", "signature_line")]
    return "contract", "en", wrap(R, "en", ["fair", "check"], doc, c)


@T(9, clean=True)
def c_board_minutes(R):
    doc = [N(R.choice(["Northgate Dental Group Ltd", "Harbourside Credit Co-operative", "Kestrel Rail Services plc"]), "company"),
           " (company no. ", N("%08d" % R.randint(1000000, 13999999), "company_reg"), ")\nMinutes of the Board, ", ND(R, "en", 2026, 2026, "meeting_date", 1),
           "\n\nPresent: the Chair, the Chief Executive, the Finance Director and two non-executive directors.\nIn attendance: the Company Secretary.\n\n",
           "1. Declarations of interest: none.\n2. The Board approved resolution ", N("BR-2026/%02d" % R.randint(1, 40), "resolution_no"),
           " authorising capital expenditure of up to ", N(money(R, "£", 120000, 900000), "amount"), ".\n3. The Audit Committee report was noted.\n",
           "4. Actions: Finance Director to circulate the Q3 forecast by ", ND(R, "en", 2026, 2026, "deadline", 1), "."]
    return "minutes", "en", wrap(R, "en", ["sum", "formal"], doc)


@T(10, clean=True)
def c_postmortem(R):
    doc = ["Incident review ", N(refno(R, "INC-9999"), "incident_id"), " - search latency\n\nImpact: p99 latency rose to ", N("%d ms" % R.randint(900, 4000), "metric"),
           " for ", N("%d minutes" % R.randint(9, 80), "duration"), ".\nRoot cause: ", N("elasticsearch 8.11.3", "version"), " rolling restart with shard allocation disabled.\n",
           "Detection: alert ", N("search-p99-high", "alert_name"), " (PagerDuty rotation: platform-primary).\nTimeline:\n- ", N("09:14", "time"),
           " restart began (commit ", N(rnd(R, "0123456789abcdef", 12), "git_hash"), ")\n- ", N("09:31", "time"),
           " health check on ", N("127.0.0.1:9200", "loopback"), " green but cluster yellow\n- ", N("09:52", "time"),
           " allocation re-enabled\n\nFollow-ups: ", N(refno(R, "PLAT-9999"), "ticket_id"), ", ", N(refno(R, "PLAT-9999"), "ticket_id"),
           ". Bind address was ", N("0.0.0.0", "unspecified_ip"), ", netmask ", N("255.255.255.0", "netmask"), "."]
    return "postmortem", "en", wrap(R, "en", ["sum", "formal"], doc)


@T(9, clean=True)
def c_judgment(R):
    a = R.choice(["Harwell Freight Ltd", "Castlegate Insurance plc", "Brindle Homes (Midlands) Ltd"])
    b = R.choice(["Oakvale Property Holdings LLP", "Sandpiper Logistics Ltd", "Greyfriars Marine Ltd"])
    doc = [N(a + " v " + b, "case_name"), " ", N("[2025] EWHC %d (Comm)" % R.randint(100, 3400), "citation"), "\n\n",
           "The claimant sought damages of ", N(money(R, "£", 200000, 4000000), "amount"), " for breach of clause ", N("17.4", "clause_no"),
           " of a framework agreement dated ", ND(R, "en", 2019, 2023, "contract_date", 1), ". The ", N("High Court", "court_name"),
           " held that the limitation clause was incorporated and reasonable under the Unfair Contract Terms Act 1977, s.11. ",
           "Permission to appeal to the ", N("Court of Appeal", "court_name"), " was refused on ", ND(R, "en", 2025, 2026, "decision_date", 1), "."]
    return "judgment", "en", wrap(R, "en", ["sum", "sum"], doc)


@T(9, clean=True)
def c_policy(R):
    doc = ["Annual Leave Policy (section ", N("4.%d" % R.randint(1, 9), "section_no"), " of the Employee Handbook)\n\n4.1 Full-time staff are entitled to ",
           N("%d days" % R.choice([25, 27, 28, 30]), "duration"), " plus bank holidays.\n4.2 The leave year runs from ", N("1 April", "date_not_birth"), " to ",
           N("31 March", "date_not_birth"), ".\n4.3 Up to ", N("5 days", "duration"), " may be carried over with line-manager approval.\n",
           "4.4 Requests must be submitted via ", N("PeopleHub", "product"), " at least ", N("two weeks", "duration"), " in advance.\n",
           N("Will", "name_as_word"), " staff on probation accrue leave? Yes, pro rata. ", N("May", "name_as_word"), " leave be bought? Up to 3 days (see 4.9).\n\nReview date: ", ND(R, "en", 2027, 2027, "review_date", 1)]
    return "policy", "en", wrap(R, "en", ["sum", "formal", "check"], doc)


@T(8, clean=True)
def c_recall(R):
    doc = ["PRODUCT SAFETY NOTICE\n\n", N(R.choice(["Hearthway", "Brookline Kitchen", "Tidewell"]), "brand"), " is recalling its ",
           N(R.choice(["HX-200 electric kettle", "Model 4471 slow cooker", "TW Pro hair dryer"]), "product"), " with batch codes ",
           N(refno(R, "AA99999"), "batch_no"), " to ", N(refno(R, "AA99999"), "batch_no"), " sold between ", ND(R, "en", 2025, 2025, "date_not_birth", 1),
           " and ", ND(R, "en", 2026, 2026, "date_not_birth", 1), ". A fault may cause the unit to overheat.\n\nStop using it and call the free recall line ",
           N("0800 %03d %04d" % (R.randint(0, 999), R.randint(0, 9999)), "freephone_company"),
           " or visit the retailer. Refund: ", N(money(R, "£", 20, 120), "amount"), " or replacement. EAN ", N("50%011d" % R.randint(0, 10 ** 10), "ean")]
    return "notice", "en", wrap(R, "en", ["sum", "formal"], doc)


@T(8, clean=True)
def c_book_review(R):
    t1, t2 = R.sample(["Rebecca", "Emma", "Anne of Green Gables", "Matilda", "Stuart Little", "Rebecca of Sunnybrook Farm", "Jude the Obscure"], 2)
    doc = ["Book club notes for ", N(R.choice(["October", "March", "June"]), "month"), "\n\nWe read ", N(t1, "book_title"), " and compared it with ",
           N(t2, "book_title"), ". Most of us preferred the first half; the ending felt rushed. The film adaptation (", N(str(R.randint(1940, 2020)), "year"),
           ") cuts the whole subplot at the lighthouse.\n\nNext month: ", N("The Shipping News", "book_title"), ", meeting at the ",
           N("Red Lion", "venue"), " on ", N("Market Street", "street_no_number"), " at ", N("7.30pm", "time"), ". Bring ", N("£5", "amount"), " for the room."]
    return "notes", "en", wrap(R, "en", ["formal", "sum"], doc)


@T(8, clean=True)
def c_fixtures(R):
    doc = [N(R.choice(["Ashgrove Cricket Club", "Tollgate Netball League", "Riverside Rowing Club"]), "club"), " - Members' Bulletin\n\nFIXTURES\n",
           ND(R, "en", 2026, 2026, "date_not_birth", 1), ": Home v ", N("Kirkby Wanderers", "team_name"), ", 1pm\n",
           ND(R, "en", 2026, 2026, "date_not_birth", 1), ": Away at ", N("Victoria Park", "place"), ", 2.30pm\n\n",
           "SUBSCRIPTIONS\nAdult ", N(money(R, "£", 80, 160), "amount"), ", junior ", N(money(R, "£", 30, 60), "amount"),
           ". Pay by ", N("31 May", "date_not_birth"), ".\n\nThe car park off ", N("Station Road", "street_no_number"),
           " is closed for resurfacing. ", N("Grace", "name_as_word"), " period for late subs ends in June.\n\nThe Committee"]
    return "newsletter", "en", wrap(R, "en", ["check", "formal"], doc)


@T(8, clean=True)
def c_invoice_template(R):
    doc = ["INVOICE TEMPLATE\n\nInvoice no: ", N("{{invoice_number}}", "placeholder"), "\nDate: ", N("{{date}}", "placeholder"),
           "\nBill to: ", N("{{customer_name}}", "placeholder"), "\n", N("{{customer_address}}", "placeholder"),
           "\n\nDescription | Qty | Unit | Total\n", N(R.choice(["Consultancy", "Site survey", "Design work"]), "service"), " | ", N(str(R.randint(1, 9)), "quantity"),
           " | ", N(money(R, "£", 40, 400), "amount"), " | ", N("{{line_total}}", "placeholder"), "\n\nVAT reg. ", N("GB %03d %04d %02d" % (R.randint(100, 999), R.randint(0, 9999), R.randint(0, 99)), "vat_no"),
           "\nPayment terms: ", N("30 days", "duration"), "\nIBAN: ", N("{{iban}}", "placeholder")]
    return "invoice", "en", wrap(R, "en", ["check", "formal"], doc)


@T(8, clean=True)
def c_form_example(R):
    doc = ["HOW TO COMPLETE THIS FORM\n\nSection A - Your details\nFull name: write it as on your passport, e.g. ", N("Jane Citizen", "example_name"),
           "\nDate of birth: DD/MM/YYYY, e.g. ", N("01/01/1990", "example_date"), "\nAddress: include the postcode, e.g. ", N("[house number, street, town, postcode]", "placeholder"),
           "\nPhone: ", N("07xxx xxxxxx", "placeholder"), "\n\nSection B - Fee\nThe fee is ", N(money(R, "£", 40, 120), "amount"),
           ". Reference format ", N(refno(R, "AAA-9999-A"), "reference_no"), ".\n\nReturn to the address on page ", N(str(R.randint(2, 9)), "page_no"), " within ",
           N("28 days", "duration"), "."]
    return "form", "en", wrap(R, "en", ["formal", "check", "sum"], doc)


@T(8, clean=True)
def c_in_circular(R):
    doc = ["CIRCULAR No. ", N("%d/2026" % R.randint(3, 40), "circular_no"), "\n", N("Lotus Residency CHS Ltd", "company"), " (Reg. No. ",
           N(refno(R, "PNA/PNA/HSG/TC/99999/2016"), "company_reg"), ")\n\nAll members are informed that the water tank cleaning will be done on ",
           ND(R, "en", 2026, 2026, "date_not_birth", 0), " between ", N("10 AM and 2 PM", "time_range"), ". Flats ", N("A-101 to A-1204", "flat_no"),
           " will not have water supply during this time.\n\nMaintenance of ", N("₹3,450", "amount"), " for Q2 is due by the ", N("10th", "day_of_month"),
           ". Late payment attracts ", N("21%", "percent"), " p.a. interest as per bye-law ", N("No. 70", "bylaw_no"), ".\n\nBy order of the Managing Committee"]
    return "notice", "in", wrap(R, "en", ["formal", "check"], doc)


@T(10, clean=True)
def c_de_muster(R):
    doc = ["Muster-Mietvertrag (Stand ", N("01/2026", "month_year"), ")\n\nzwischen ", N("[Name des Vermieters]", "placeholder"), " – Vermieter –\nund ",
           N("[Name des Mieters]", "placeholder"), ", z. B. ", N("Max Mustermann", "example_name"), " – Mieter –\n\n§ 3 Miete: ",
           N(money(R, "€de", 400, 1600), "amount"), " zzgl. Nebenkosten.\n§ 5 Kaution: höchstens ", N("drei Nettokaltmieten", "term"), " (§ 551 BGB).\n",
           "§ 9 Kündigung: gesetzliche Frist von ", N("drei Monaten", "duration"), ".\n\nDie Wohnung liegt im Erdgeschoss; Fahrradkeller über den Hof der ",
           N("Goethestraße", "street_no_number"), " erreichbar."]
    return "contract", "de", wrap(R, "de", ["fair", "tr", "check"], doc)


@T(8, clean=True)
def c_de_hausordnung(R):
    doc = ["Hausordnung der ", N("Wohnungsbaugenossenschaft Lindenhof eG", "company"), "\n\n1. Ruhezeiten: ", N("22:00 bis 6:00 Uhr", "time_range"),
           " sowie sonn- und feiertags.\n2. Treppenhausreinigung im wöchentlichen Wechsel laut Aushang.\n3. Mülltonnen werden ", N("dienstags", "weekday"),
           " geleert.\n4. Grillen auf Balkonen nur mit Elektrogrill.\n5. Bei Störungen wenden Sie sich an den Hausmeisterservice unter der Servicenummer ",
           N("0800 %03d %04d" % (R.randint(0, 999), R.randint(0, 9999)), "freephone_company"), ".\n\nGültig ab ", ND(R, "de", 2026, 2026, "date_not_birth"), "."]
    return "policy", "de", wrap(R, "de", ["sum", "tr", "formal"], doc)


@T(8, clean=True)
def c_fr_modele(R):
    doc = ["MODÈLE – Lettre de résiliation de bail\n\n", N("[Prénom Nom]", "placeholder"), "\n", N("[Adresse]", "placeholder"), "\n\nÀ l'attention de ",
           N("[nom du bailleur]", "placeholder"), "\n\nObjet : congé du logement – préavis de ", N("%s mois" % R.choice(["un", "trois"]), "duration"),
           "\n\nMadame, Monsieur,\nPar la présente, je vous informe de mon intention de quitter le logement à compter du ", N("[date]", "placeholder"),
           ", conformément à l'article ", N("15", "clause_no"), " de la loi du 6 juillet 1989. Le dépôt de garantie de ", N(money(R, "€fr", 500, 1800), "amount"),
           " devra m'être restitué dans un délai d'un mois."]
    return "letter", "fr", wrap(R, "fr", ["check", "formal"], doc)


@T(6, clean=True)
def c_fr_reglement(R):
    doc = ["Règlement intérieur – ", N("Résidence Les Tilleuls", "residence_name"), "\n\nArticle 1 : Les parties communes doivent rester libres.\n",
           "Article 2 : Les travaux bruyants sont autorisés en semaine de ", N("8 h 30 à 12 h", "time_range"), " et de ", N("14 h 30 à 19 h 30", "time_range"),
           ".\nArticle 3 : Le local vélos se trouve côté ", N("rue Victor-Hugo", "street_no_number"), ".\nArticle 4 : Toute infraction pourra faire l'objet d'une amende de ",
           N("%d €" % R.randint(35, 150), "amount"), ".\n\nAdopté en AG le ", ND(R, "fr", 2025, 2026, "date_not_birth", 1), "."]
    return "policy", "fr", wrap(R, "fr", ["sum", "tr"], doc)


@T(9, clean=True)
def c_es_convocatoria(R):
    doc = ["CONVOCATORIA A JUNTA GENERAL EXTRAORDINARIA\n\nSe convoca a todos los propietarios de la ", N("Comunidad Residencial Las Dunas", "residence_name"),
           " a la junta que se celebrará el ", ND(R, "es", 2026, 2026, "date_not_birth", 1), " a las ", N("19:00", "time"),
           " en primera convocatoria y a las ", N("19:30", "time"), " en segunda.\n\nORDEN DEL DÍA\n1. Aprobación de presupuesto de impermeabilización (",
           N(money(R, "€", 12000, 60000), "amount"), ").\n2. Derrama y calendario de pagos.\n3. Ruegos y preguntas.\n\nLa Presidencia.\nCIF de la comunidad: ",
           N("H%08d" % R.randint(0, 99999999), "cif")]
    return "notice", "es", wrap(R, "es", ["sum", "formal", "tr"], doc)


@T(7, clean=True)
def c_it_regolamento(R):
    doc = ["REGOLAMENTO DI CONDOMINIO – estratto\n\nArt. 4 – È vietato stendere biancheria sulle facciate prospicienti ", N("via Garibaldi", "street_no_number"),
           ".\nArt. 7 – Gli animali domestici sono ammessi purché non arrechino disturbo.\nArt. 12 – Le spese di manutenzione dell'ascensore sono ripartite secondo la tabella ",
           N("B", "table_ref"), " (", N("%d/1000" % R.randint(10, 200), "millesimi"), ").\nArt. 15 – Sanzione per le violazioni: fino a ", N("200 €", "amount"),
           " (art. 70 disp. att. c.c.).\n\nApprovato il ", ND(R, "it", 2025, 2026, "date_not_birth", 1), "."]
    return "policy", "it", wrap(R, "it", ["sum", "tr"], doc)


@T(7, clean=True)
def c_nl_huisregels(R):
    doc = ["Huishoudelijk reglement ", N("VvE Berkenhof", "residence_name"), "\n\n1. Fietsen in de stalling, niet in de gang.\n2. Geluidsoverlast na ",
           N("23.00 uur", "time"), " is niet toegestaan.\n3. Servicekosten ", N("€ %d,00" % R.randint(90, 260), "amount"), " per maand, vóór de ", N("1e", "day_of_month"),
           ".\n4. Klachten via het formulier op de website, onder vermelding van ", N(refno(R, "VVE-9999"), "reference_no"), ".\n\nVastgesteld op ",
           ND(R, "nl", 2025, 2026, "date_not_birth", 1), "."]
    return "policy", "nl", wrap(R, "nl", ["sum", "tr"], doc)


@T(7, clean=True)
def c_pt_minuta(R):
    doc = ["MINUTA – CONTRATO DE LOCAÇÃO RESIDENCIAL\n\nLOCADOR: ", N("[NOME DO LOCADOR]", "placeholder"), ", CPF ", N("[000.000.000-00]", "placeholder"),
           "\nLOCATÁRIO: ", N("Fulano de Tal", "example_name"), " (exemplo)\n\nCLÁUSULA 1ª – Prazo de ", N("30 meses", "term"), ".\nCLÁUSULA 2ª – Aluguel de ",
           N("R$ %d,00" % (R.randint(9, 40) * 100), "amount"), ", reajustado anualmente pelo ", N("IPCA", "index_name"), ".\nCLÁUSULA 3ª – Multa de ",
           N("3 aluguéis", "term"), " em caso de rescisão antecipada.\n\nForo da Comarca de ", N("Porto Alegre", "city"), "."]
    return "contract", "pt", wrap(R, "pt", ["fair", "tr"], doc)


@T(7, clean=True)
def c_pl_ogloszenie(R):
    doc = ["OGŁOSZENIE ZARZĄDU WSPÓLNOTY\n\nUprzejmie informujemy, że w dniu ", ND(R, "pl", 2026, 2026, "date_not_birth", 0), " w godz. ",
           N("8:00–15:00", "time_range"), " nastąpi przerwa w dostawie ciepłej wody.\nZaliczka na fundusz remontowy od ", N("1 lipca", "date_not_birth"),
           " wynosi ", N("%d,50 zł/m²" % R.randint(2, 6), "amount"), ".\nUchwała nr ", N("%d/2026" % R.randint(1, 20), "resolution_no"),
           " dostępna w biurze administracji przy ", N("ul. Mickiewicza", "street_no_number"), ".\n\nZarząd"]
    return "notice", "pl", wrap(R, "pl", ["sum", "tr"], doc)


@T(6, clean=True)
def c_sv_regler(R):
    doc = ["Ordningsregler för ", N("Brf Sjöutsikten", "residence_name"), "\n\n1. Tvättstugan bokas via tavlan, pass ", N("07–11", "time_range"), ".\n",
           "2. Grillning på balkong endast med elgrill.\n3. Avgiften ", N("%d kr" % R.randint(2800, 6400), "amount"), " per månad betalas senast sista vardagen.\n",
           "4. Andrahandsuthyrning kräver styrelsens tillstånd (se stadgarna § ", N("%d" % R.randint(30, 45), "section_no"), ").\n\nAntagna ",
           ND(R, "sv", 2025, 2026, "date_not_birth", 0), "."]
    return "policy", "sv", wrap(R, "sv", ["sum", "tr"], doc)


@T(6, clean=True)
def c_da_regler(R):
    doc = ["Husorden for ", N("Andelsboligforeningen Rosenhaven", "residence_name"), "\n\n§ 1 Affald sorteres i gården.\n§ 2 Musik efter ", N("kl. 23", "time"),
           " er ikke tilladt.\n§ 3 Boligafgift ", N("%d kr." % R.randint(3000, 7000), "amount"), " betales den ", N("1. i måneden", "day_of_month"),
           ".\n\nVedtaget på generalforsamlingen ", ND(R, "da", 2025, 2026, "date_not_birth", 1), "."]
    return "policy", "da", wrap(R, "da", ["sum", "tr"], doc)


@T(5, clean=True)
def c_no_regler(R):
    doc = ["Husordensregler – ", N("Borettslaget Furulia", "residence_name"), "\n\n1. Ro i bygningen mellom ", N("kl. 23.00 og 07.00", "time_range"),
           ".\n2. Felleskostnader ", N("kr %d" % R.randint(2500, 6500), "amount"), " forfaller den 20. hver måned.\n3. Dugnad ", ND(R, "no", 2026, 2026, "date_not_birth", 1),
           ".\n\nStyret"]
    return "policy", "no", wrap(R, "no", ["sum", "tr"], doc)


@T(6, clean=True)
def c_fi_tiedote(R):
    doc = ["TIEDOTE ASUKKAILLE – ", N("As Oy Koivurinne", "residence_name"), "\n\nPutkiremontti alkaa ", ND(R, "fi", 2026, 2026, "date_not_birth", 0),
           " porrashuoneessa ", N("B", "stair_ref"), ". Vesikatko klo ", N("8–16", "time_range"), ".\nYhtiövastike nousee ", N("%d,%02d €/m²" % (R.randint(3, 6), R.randint(0, 99)), "amount"),
           " alkaen 1.1.\n\nHallitus"]
    return "notice", "fi", wrap(R, "fi", ["sum", "tr"], doc)


@T(6, clean=True)
def c_cs_oznameni(R):
    doc = ["OZNÁMENÍ SVJ ", N("Na Výsluní 1220", "building_name"), "\n\nVe dnech ", ND(R, "cs", 2026, 2026, "date_not_birth", 0), " proběhne odečet vodoměrů.\n",
           "Zálohy na služby se od 1. 7. zvyšují na ", N("%d Kč" % R.randint(1800, 4500), "amount"), ".\nShromáždění vlastníků: usnesení č. ",
           N("%d/2026" % R.randint(1, 12), "resolution_no"), ".\n\nVýbor SVJ"]
    return "notice", "cs", wrap(R, "cs", ["sum", "tr"], doc)


@T(7, clean=True)
def c_tr_duyuru(R):
    doc = ["SİTE YÖNETİMİ DUYURUSU\n\n", N("Papatya Evleri", "residence_name"), " sakinlerinin dikkatine:\n\n", ND(R, "tr", 2026, 2026, "date_not_birth", 0),
           " tarihinde ", N("09:00–17:00", "time_range"), " saatleri arasında su kesintisi olacaktır.\nAidatlar ", N("%d TL" % (R.randint(8, 30) * 100), "amount"),
           " olarak güncellenmiştir. Ödemeler ayın ", N("10'una", "day_of_month"), " kadar yapılmalıdır.\nKarar no: ", N("2026/%d" % R.randint(1, 20), "resolution_no"),
           "\n\nSite Yönetimi"]
    return "notice", "tr", wrap(R, "tr", ["sum", "tr", "formal"], doc)


# ---------------------------------------------------------------- rules, generation

PARTICLES = {"van", "der", "den", "de", "du", "da", "dos", "das", "ten", "von", "le", "la", "del", "mac", "ní", "ó", "lo", "né"}
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IPV4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")


def masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = " "
    return "".join(t)


def violations(rec):
    """Rules of this part, beyond check_record (phones are checked apart)."""
    out = []
    check_record(rec)
    m = masked(rec)
    for sp in rec["spans"]:
        v, ty = sp["value"], sp["type"]
        if ty == "person":
            for w in re.split(r"[\s\-'’]+", v):
                if len(w) < 3 or w.lower() in PARTICLES:
                    continue
                if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", m, re.I):
                    out.append("unlabelled name word %r" % w)
        elif ty == "gov_id":
            if not gov_ok(sp["sub"], v):
                out.append("bad gov id %r" % v)
        elif ty == "card":
            if not luhn_ok(re.sub(r"\D", "", v)):
                out.append("luhn %r" % v)
        elif ty == "iban":
            c = v.replace(" ", "").upper()
            if iban_mod97(c) != 1 or len(c) != IBAN_LEN[c[:2]]:
                out.append("iban %r" % v)
        elif ty == "email":
            if not EMAIL_RE.fullmatch(v):
                out.append("email %r" % v)
        elif ty == "ip":
            ipaddress.ip_address(v)
        if ty != "address" and "\n" in v:
            out.append("newline in %s" % ty)
    for mm in EMAIL_RE.finditer(m):
        out.append("unlabelled email %r" % mm.group())
    for mm in IPV4_RE.finditer(m):
        ip = mm.group()
        if not (ip.startswith("127.") or ip == "0.0.0.0" or ip.startswith("255.")):
            out.append("unlabelled ipv4 %r" % ip)
    if not rec["spans"] and rec.get("_clean") is False:
        out.append("labelled template without labels")
    return out


def phones_of(rec):
    return [(sp["value"], sp["region"], sp.get("plan", "")) for sp in rec["spans"] if sp["type"] == "phone"]


def generate():
    R = random.Random(SEED)
    labelled, clean = [], []
    pools = []
    for name, fn, count, is_clean in TEMPLATES:
        cands = []
        for _ in range(count * 3 + 6):
            del PHONES[:]
            form, lang, parts = fn(R)
            rec = build("", form, lang, parts)
            cands.append(rec)
        pools.append((name, count, is_clean, cands))
    allph = sorted({p for _, _, _, cands in pools for r in cands for p in phones_of(r)})
    bad = pv_check(allph)
    if bad is None:
        sys.exit("the phone validator /tmp/pv/pv is missing")
    badset = {tuple(ln.split("\t")[1:3]) for ln in bad}
    for name, count, is_clean, cands in pools:
        got, seen = [], set()
        for r in cands:
            if r["text"] in seen:
                continue
            if is_clean and r["spans"]:
                raise AssertionError(name)
            if not is_clean and not r["spans"]:
                continue
            if violations(r):
                continue
            if any((v, reg) in badset for v, reg, _ in phones_of(r)):
                continue
            seen.add(r["text"])
            got.append(r)
            if len(got) == count:
                break
        if len(got) < count:
            sys.exit("template %s: only %d of %d candidates pass" % (name, len(got), count))
        (clean if is_clean else labelled).extend(got)
    assert len(labelled) == NREC - NCLEAN and len(clean) == NCLEAN
    recs = labelled + clean
    random.Random(SEED + 1).shuffle(recs)
    out = []
    for i, r in enumerate(recs):
        r2 = {"id": "%s%05d" % (PREFIX, i)}
        r2.update({k: v for k, v in r.items() if k != "id"})
        out.append(r2)
    return out


def verify(recs):
    errs = []
    assert len(recs) == NREC, len(recs)
    assert sum(1 for r in recs if not r["spans"]) == NCLEAN
    for i, r in enumerate(recs):
        assert r["id"] == "%s%05d" % (PREFIX, i), r["id"]
        for v in violations(r):
            errs.append("%s: %s" % (r["id"], v))
    ph = [p for r in recs for p in phones_of(r)]
    bad = pv_check(ph)
    if bad is None:
        errs.append("phone validator missing: phones not re-checked")
    else:
        errs += bad
    return errs, len(ph)


def stats(recs):
    types, langs, forms, subs, negs = Counter(), Counter(), Counter(), defaultdict(Counter), Counter()
    llab, lclean = Counter(), Counter()
    for r in recs:
        langs[r["lang"]] += 1
        (llab if r["spans"] else lclean)[r["lang"]] += 1
        forms[r["form"]] += 1
        for sp in r["spans"]:
            types[sp["type"]] += 1
            subs[sp["type"]][sp.get("sub", "")] += 1
        for t in r.get("neg", []):
            negs[t] += 1
    print("records %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if not r["spans"]), sum(types.values())))
    print("types:", ", ".join("%s %d" % kv for kv in types.most_common()))
    print("langs:", ", ".join("%s %d (%d/%d)" % (k, v, llab[k], lclean[k]) for k, v in langs.most_common()))
    print("forms:", ", ".join("%s %d" % kv for kv in forms.most_common()))
    for t in sorted(subs):
        print("  %s:" % t, ", ".join("%s %d" % kv for kv in subs[t].most_common()))
    print("neg tags (%d):" % len(negs), ", ".join("%s %d" % kv for kv in negs.most_common()))
    pw = set()
    for r in recs:
        for sp in r["spans"]:
            if sp["type"] == "person":
                pw.update(w for w in re.split(r"[\s\-'’]+", sp["value"]) if w)
    print("distinct name words:", len({w.lower() for w in pw}))


def main():
    if "--check" in sys.argv or "--stats" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            recs = [json.loads(ln) for ln in f]
        if "--stats" in sys.argv:
            stats(recs)
            return
        errs, nph = verify(recs)
        regen = generate()
        if regen != recs:
            errs.append("file differs from a fresh generation")
        for e in errs[:50]:
            print(e)
        if errs:
            sys.exit("%d problems" % len(errs))
        print("ok: %d records, %d phones valid per libphonenumber, every checksum and rule holds, regeneration identical" % (len(recs), nph))
        return
    recs = generate()
    errs, nph = verify(recs)
    if errs:
        for e in errs[:50]:
            print(e)
        sys.exit("%d problems" % len(errs))
    write_jsonl(OUT, recs)
    print("wrote %s: %d records, %d phones" % (OUT, len(recs), nph))


if __name__ == "__main__":
    main()
