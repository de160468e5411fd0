#!/usr/bin/python3
"""Held-out part 5 of the redaction corpus (heldout5.jsonl, ids heldout-e-*).

Written from format knowledge only (corpuslib's checksum and numbering-plan
rules, national address/date/phone writing conventions); its own hand-made
name, street and city lists; 23 document forms none of parts 1-4 use.

    /usr/bin/python3 gen_heldout5.py           # write heldout5.jsonl
    /usr/bin/python3 gen_heldout5.py --check   # regenerate, compare, verify
"""
import datetime
import ipaddress
import json
import os
import random
import re
import string
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib as C  # noqa: E402
from corpuslib import L, N  # noqa: E402

OUT = os.path.join(HERE, "heldout5.jsonl")
SEED = 70361
COUNT = 800
CLEAN = 200

# ------------------------------------------------------------------ names
NAMES = {
    "en": ("James Olivia Harriet Declan Priya Oluwaseun Megan Callum Siobhan Theodore Imogen Rhys "
           "Beatrix Tobias Nadia Marcus Eleanor Ffion Jasper Keira Lachlan Rosalind Dominic Amara "
           "Gareth Philippa Ewan Tamsin Orla Barnaby Winifred Desmond Hollis Cordelia Everett Maeve "
           "Raymond Juniper Kwame Lorna Seamus Tabitha".split(),
           "Whitfield Okonkwo Brennan Ashworth Pemberton Gallagher Featherstone Nakamura-Hill Holloway "
           "MacAskill O'Sullivan Thistlethwaite Ramsbottom Patel Blackwood Fairbairn Coulson Delacroix-Ward "
           "Eastwood Fenwick Greenhalgh Hargreaves Iredale Jessop Kershaw Lyle Mayhew Northcott Oyelaran "
           "Prendergast Quigley Rudd Stainforth Trelawny Underhill Vickers Wainwright Yardley Zabinski "
           "Bhattacharya Llewellyn".split() + ["St Clair"]),
    "de": ("Anneliese Jörg Friederike Maximilian Sönke Henrike Wolfgang Elke Till Mechthild Korbinian "
           "Svenja Detlef Ilse Jannik Gudrun Bastian Wiebke Ottokar Lieselotte Ruprecht Maren Volker "
           "Hannelore Malte Rosemarie Kai-Uwe Annegret Leopold Birgit Florian Gesine Ulf Brunhilde "
           "Lennart Hiltrud Matthias Swantje Eckhart Josefine Theresa".split(),
           ["Schäfer", "Großmann", "von Bülow", "Kaczmarek", "Oberhuber", "Wendt", "Brandtner",
            "Fischer-Lorenz", "Haberkorn", "Immelmann", "Jürgensen", "Kuhlmann", "Lindemann", "Mayrhofer",
            "Nießen", "Osterkamp", "Pfannenstiel", "Quast", "Riedl", "Schwarzkopf", "Thielemann", "Uhlig",
            "Vogelsang", "Wöhrle", "Zimmermann", "Ahrens", "Böttcher", "Dreßler", "Eichhorn", "Falkenberg",
            "Gutknecht", "Hoffmann-Rieck", "zu Ellingen", "Krämer", "Löffler", "Mühlbauer", "Nägele",
            "Rautenberg", "Sauerbrei", "Tiedemann", "Weißenborn"]),
    "fr": ("Margaux Thibault Solène Aurélien Clémence Gaspard Ophélie Benoît Maëlle Lucien Apolline "
           "Yannick Bérénice Fabrice Capucine Jean-Baptiste Anne-Laure Corentin Héloïse Grégoire Manon "
           "Rodolphe Ségolène Armand Inès Baptiste Lætitia Évariste Noémie Tristan Gwenaëlle Marius "
           "Sidonie Florent Éloïse Kévin Romane Jérôme Albane Cyprien".split(),
           ["Lefèvre", "Rousseau", "de La Tour", "Giraud", "Fontaine", "Mercier-Blanc", "Chevallier",
            "Duplessis", "Garnier", "Barbier", "Lemaire", "Perrin", "Vasseur", "Boucher", "d'Aubigné",
            "Carpentier", "Delmas", "Esnault", "Fauré", "Guillot", "Hébert", "Jacquemin", "Kerbrat",
            "Le Goff", "Marchand", "Navarre", "Ollivier", "Pasquier", "Quéré", "Rivière", "Saint-Amour",
            "Tessier", "Vidal", "Baudouin", "Courtois", "Dumont", "Lacroix", "Morvan", "Poirier", "Thévenet"]),
    "es": (["Alejandro", "Lucía", "Íñigo", "Ximena", "Rodrigo", "Itziar", "Gonzalo", "Montserrat", "Álvaro",
            "Begoña", "Joaquín", "Nerea", "Fermín", "Rocío", "Ignacio", "Amparo", "Santiago", "Inmaculada",
            "Borja", "Covadonga", "Mateo", "Pilar", "Leandro", "Ainhoa", "Emilio", "Macarena", "Vicente",
            "Remedios", "Jacobo", "Almudena", "Teodoro", "Yolanda", "Aitor", "Consuelo", "Rafael", "Eulalia",
            "Hugo", "Maite", "Julián", "Soledad", "José Luis", "María José"],
           ["García", "Fernández", "Iglesias", "Etxeberria", "Ruiz", "Moreno", "Goikoetxea", "Sánchez",
            "Vázquez", "Castillo", "Domínguez", "Ortega", "Navarro", "Bermúdez", "Calvo", "Pascual", "Cabrera",
            "Zubizarreta", "Ibáñez", "Quintana", "Montero", "Salvador", "Aguirre", "Ferrer", "Gallego",
            "Hidalgo", "Lozano", "Medina", "Nieto", "Osorio", "Prieto", "Rubio", "Soler", "Toledo", "Urrutia",
            "Garrido", "de la Fuente", "del Río", "Peña", "Sáez"]),
    "it": (["Giuseppe", "Chiara", "Lorenzo", "Benedetta", "Matteo", "Ginevra", "Salvatore", "Ludovica",
            "Pierpaolo", "Costanza", "Ettore", "Annunziata", "Gianluca", "Ottavia", "Raffaele", "Serena",
            "Tommaso", "Carmela", "Vittorio", "Beatrice", "Alessio", "Rosalba", "Cosimo", "Federica",
            "Leonardo", "Mariagrazia", "Nicolò", "Assunta", "Emanuele", "Viola", "Gennaro", "Ilaria",
            "Fabrizio", "Noemi", "Aurelio", "Graziella", "Dario", "Letizia", "Stefano", "Maddalena", "Gian Marco"],
           ["Rossi", "Esposito", "Bianchi", "Ferraro", "De Luca", "Colombo", "Ricci", "Marino", "Greco",
            "Bruno", "Gallo", "Conti", "Mancini", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro",
            "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile",
            "Martinelli", "Vitale", "Pellegrino", "Serra", "Coppola", "De Santis", "D'Angelo", "Marchetti",
            "Parisi", "Villa", "Di Stefano", "La Rosa", "Cattaneo"]),
    "nl": ("Sanne Joost Femke Maarten Anouk Pieter-Jan Lotte Bram Marieke Thijs Ilse Sjoerd Floor Gijs "
           "Annelies Wouter Roos Jelle Hanneke Daan Eline Koen Marloes Ruud Fenna Stijn Noor Teun Griet "
           "Hidde Lieke Coen Wilhelmina Joris Tjitske Jurriaan Mirjam Siebe Evelien Rutger".split(),
           ["de Vries", "van den Broek", "Jansen", "Bakker", "van Dijk", "Visser", "Smit", "de Boer", "Mulder",
            "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
            "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan",
            "Vermeulen", "van den Heuvel", "van der Veen", "van den Berg", "Kuipers", "Schouten", "Huisman",
            "Veenstra", "'t Hart", "Hoekstra", "Zwart-Eijkelenboom", "ter Horst", "Verbeek", "Postma"]),
    "pt": (["João", "Mariana", "Thiago", "Inês", "Rodrigo", "Beatriz", "Gonçalo", "Leonor", "Caio", "Larissa",
            "Vinícius", "Francisca", "Henrique", "Luana", "Rui", "Conceição", "Diogo", "Raquel", "Anderson",
            "Tânia", "Afonso", "Glória", "Wellington", "Madalena", "Sebastião", "Jéssica", "Tiago", "Camila",
            "Duarte", "Aparecida", "Otávio", "Filipa", "Matheus", "Rosângela", "Nuno", "Letícia", "Cauã",
            "Graça", "Bento", "Ana Paula"],
           ["Silva", "Santos", "Ferreira", "Pereira", "de Oliveira", "Costa", "Rodrigues", "Martins", "de Jesus",
            "Sousa", "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida", "Ribeiro",
            "Pinto", "Carvalho", "Teixeira", "Moreira", "Correia", "Mendes", "Nunes", "Soares", "Vieira",
            "Monteiro", "Cardoso", "Rocha", "Raposo", "das Neves", "Coelho", "da Cruz", "Cunha", "Pires",
            "Ramos", "dos Reis", "Simões", "Antunes", "da Silva", "dos Santos"]),
    "pl": ("Agnieszka Grzegorz Małgorzata Krzysztof Zofia Wojciech Katarzyna Bartosz Jadwiga Przemysław Ewa Tomasz".split(),
           "Nowak Wiśniewski Wójcik Kowalczyk Kamińska Lewandowski Zielińska Szymański Dąbrowska Woźniak Kozłowski Jankowska".split()),
    "sv": ("Astrid Björn Ingrid Gustav Linnéa Oskar Sigrid Viktor Elsa Johan Märta Anders".split(),
           "Lindqvist Bergström Andersson Sjöberg Nyström Holmgren Ekström Lundgren Åkesson Forsberg Wallin Håkansson".split()),
    "da": ("Mette Søren Rasmus Signe Frederik Ida Mads Karen Jens Freja Troels Birthe".split(),
           "Jørgensen Nielsen Kristensen Mikkelsen Thomsen Rasmussen Poulsen Sørensen Madsen Kjær Østergaard Dahl".split()),
    "fi": ("Aino Juhani Päivi Mikko Tuulikki Eero Satu Lauri Hanna Ville Riikka Jarmo".split(),
           "Virtanen Korhonen Mäkinen Nieminen Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Saarinen Kärkkäinen".split()),
    "tr": ("Ayşe Mehmet Zeynep Mustafa Elif Emre Gülşen Burak Şebnem Oğuz Derya Kerem".split(),
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kılıç Aksoy".split()),
    "cs": ("Jiří Lenka Tomáš Markéta Vojtěch Kateřina Ondřej Zuzana Radek Jana Přemysl Alžběta".split(),
           "Novák Svobodová Dvořák Černá Procházka Kučerová Veselý Horáková Němec Pokorná Marek Růžičková".split()),
    "ro": ("Ioana Andrei Mihaela Bogdan Alexandra Cătălin Roxana Radu Ileana Sorin Diana Florin".split(),
           "Popescu Ionescu Dumitrescu Stoica Constantin Munteanu Georgescu Moldovan Stănescu Lungu Ciobanu Tănase".split()),
}

CLANG = {"US": "en", "GB": "en", "IE": "en", "DE": "de", "AT": "de", "CH": "de", "FR": "fr", "BE": "fr",
         "ES": "es", "IT": "it", "NL": "nl", "PT": "pt", "BR": "pt", "PL": "pl", "SE": "sv", "DK": "da",
         "FI": "fi", "TR": "tr", "CZ": "cs", "RO": "ro"}

# ------------------------------------------------------------------ places
STREETS = {
    "US": ["Maple Avenue", "Cedar Lane", "Elm Street", "Lakeshore Drive", "Juniper Court", "Harbor View Road",
           "Willow Bend", "Pine Ridge Trail", "N Halsted St", "Old Mill Road"],
    "GB": ["Kingsway", "Holloway Road", "Mill Lane", "Bramble Close", "St Mary's Terrace", "Victoria Crescent",
           "Orchard Rise", "Chapel Street"],
    "IE": ["Harcourt Terrace", "Main Street", "Ballymun Road"],
    "DE": ["Lindenallee", "Am Mühlbach", "Kastanienweg", "Friedrichstraße", "Schillerplatz", "Gartenstraße",
           "Auf der Heide", "Bahnhofstr.", "Zum Steinbruch", "Hohe Gasse"],
    "AT": ["Mariahilfer Straße", "Schubertgasse", "Am Anger"],
    "CH": ["Bahnhofstrasse", "Rosenweg", "Seefeldstrasse"],
    "FR": ["rue des Lilas", "avenue Jean-Jaurès", "boulevard Voltaire", "impasse du Moulin", "allée des Peupliers",
           "chemin de la Croix", "place du Marché", "quai Saint-Michel"],
    "BE": ["rue de la Loi", "avenue Louise", "chaussée de Wavre"],
    "ES": ["Calle de Alcalá", "Avenida de la Constitución", "Calle Mayor", "Paseo de Gracia", "Calle San Vicente",
           "Ronda de Segovia", "Plaza del Pilar", "Calle Larios"],
    "IT": ["Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Piazza Navona", "Viale Monza",
           "Via San Francesco", "Vicolo del Gallo", "Via XX Settembre"],
    "NL": ["Prinsengracht", "Dorpsstraat", "Kerkweg", "Lange Voorhout", "Oudegracht", "Molenstraat",
           "Vondelstraat", "Zeeweg"],
    "PT": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo", "Largo do Rato"],
    "BR": ["Rua das Laranjeiras", "Avenida Paulista", "Rua XV de Novembro", "Rua da Consolação",
           "Avenida Afonso Pena", "Rua Padre Chagas"],
    "PL": ["ul. Długa", "ul. Marszałkowska", "al. Jerozolimskie", "ul. Piotrkowska"],
    "SE": ["Storgatan", "Drottninggatan", "Kungsvägen", "Sveavägen"],
    "DK": ["Nørregade", "Vesterbrogade", "Strandvejen", "Østergade"],
    "FI": ["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Puistokatu"],
    "TR": ["Bahariye Cad.", "Atatürk Cad.", "Bağdat Cad."],
    "CZ": ["Vinohradská", "Národní", "Masarykova"],
    "RO": ["Str. Mihai Eminescu", "Bd. Unirii", "Calea Victoriei"],
}
CITIES = {
    "US": [("Columbus", "OH", "432"), ("Boise", "ID", "837"), ("Savannah", "GA", "314"), ("Tacoma", "WA", "984"),
           ("Madison", "WI", "537"), ("Albuquerque", "NM", "871"), ("Raleigh", "NC", "276"), ("Omaha", "NE", "681")],
    "GB": [("Leeds", "LS"), ("Bristol", "BS"), ("Norwich", "NR"), ("Sheffield", "S"), ("Exeter", "EX"),
           ("York", "YO"), ("Cardiff", "CF"), ("Glasgow", "G")],
    "IE": [("Dublin 2", "D02"), ("Dublin 9", "D09")],
    "DE": [("Würzburg", "970"), ("Lüneburg", "213"), ("Bielefeld", "336"), ("Freiburg im Breisgau", "791"),
           ("Erfurt", "990"), ("Regensburg", "930"), ("Kiel", "241"), ("Mainz", "551")],
    "AT": [("Wien", "10"), ("Graz", "80"), ("Linz", "40")],
    "CH": [("Zürich", "80"), ("Bern", "30"), ("Luzern", "60")],
    "FR": [("Lyon", "690"), ("Nantes", "440"), ("Rennes", "350"), ("Montpellier", "340"), ("Dijon", "210"),
           ("Grenoble", "380"), ("Toulouse", "310"), ("Lille", "590")],
    "BE": [("Bruxelles", "10"), ("Liège", "40"), ("Namur", "50")],
    "ES": [("Madrid", "280"), ("Valencia", "460"), ("Sevilla", "410"), ("Zaragoza", "500"), ("Bilbao", "480"),
           ("Málaga", "290"), ("Valladolid", "470"), ("Barcelona", "080")],
    "IT": [("Torino", "TO", "101"), ("Bologna", "BO", "401"), ("Firenze", "FI", "501"), ("Bari", "BA", "701"),
           ("Padova", "PD", "351"), ("Genova", "GE", "161"), ("Napoli", "NA", "801"), ("Verona", "VR", "371")],
    "NL": [("Utrecht", "35"), ("Groningen", "97"), ("Haarlem", "20"), ("Leiden", "23"), ("Eindhoven", "56"),
           ("Zwolle", "80"), ("Delft", "26"), ("Arnhem", "68")],
    "PT": [("Lisboa", "11"), ("Porto", "40"), ("Braga", "47"), ("Coimbra", "30"), ("Faro", "80")],
    "BR": [("São Paulo", "SP", "01"), ("Belo Horizonte", "MG", "30"), ("Porto Alegre", "RS", "90"),
           ("Recife", "PE", "50"), ("Curitiba", "PR", "80"), ("Rio de Janeiro", "RJ", "22")],
    "PL": [("Warszawa", "00"), ("Łódź", "90"), ("Kraków", "31"), ("Gdańsk", "80")],
    "SE": [("Stockholm", "11"), ("Göteborg", "41"), ("Uppsala", "75"), ("Malmö", "21")],
    "DK": [("København K", "1165"), ("Aarhus C", "8000"), ("Odense C", "5000"), ("Aalborg", "9000")],
    "FI": [("Helsinki", "00"), ("Tampere", "33"), ("Turku", "20"), ("Oulu", "90")],
    "TR": [("Kadıköy/İstanbul", "34710"), ("Çankaya/Ankara", "06690"), ("Konak/İzmir", "35250")],
    "CZ": [("Praha 2", "120 00"), ("Brno", "602 00"), ("Olomouc", "779 00")],
    "RO": [("București", "0"), ("Cluj-Napoca", "400"), ("Iași", "700")],
}
BAIRROS = ["Centro", "Jardim América", "Savassi", "Moinhos de Vento", "Boa Viagem", "Batel"]
GB_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def address(R, cc, multiline=False):
    st = R.choice(STREETS[cc])
    nl = "\n" if multiline else ", "
    no = R.randint(1, 180)
    if cc == "US":
        city, state, z = R.choice(CITIES[cc])
        unit = R.choice(["", "", " Apt 4B", " Unit 12", " #305"])
        zip_ = z + "%02d" % R.randint(1, 99) + R.choice(["", "-%04d" % R.randint(1, 9999)])
        return "%d %s%s%s%s, %s %s" % (R.randint(10, 9899), st, unit, nl, city, state, zip_)
    if cc in ("GB", "IE"):
        city, pa = R.choice(CITIES[cc])
        if cc == "IE":
            pc = pa + " " + R.choice("ACDEFHKNPRTVWXY") + "%d" % R.randint(1, 9) + R.choice("ACDEFHKNPRTVWXY") + "%d" % R.randint(1, 9)
        else:
            pc = "%s%d %d%s%s" % (pa, R.randint(1, 19), R.randint(1, 9), R.choice(GB_LETTERS), R.choice(GB_LETTERS))
        pre = R.choice(["", "", "Flat %d, " % R.randint(1, 20)])
        return "%s%d %s%s%s%s%s" % (pre, no, st, nl, city, nl if multiline else " ", pc) if cc == "GB" else \
            "%d %s%s%s, %s" % (no, st, nl, city, pc)
    if cc in ("DE", "AT", "CH"):
        city, p = R.choice(CITIES[cc])
        plz = p + "%0*d" % (5 - len(p) - (1 if cc != "DE" else 0), R.randint(1, 99))
        if cc != "DE":
            plz = p + "%02d" % R.randint(1, 99)
            plz = plz[:4]
        return "%s %d%s%s%s %s" % (st, no, R.choice(["", "a", ""]), nl, plz, city)
    if cc in ("FR", "BE"):
        city, p = R.choice(CITIES[cc])
        cp = p + "%02d" % R.randint(0, 99) if cc == "FR" else p + "%02d" % R.randint(0, 99)
        return "%d%s %s%s%s %s" % (no, R.choice(["", "", " bis", " ter"]), st, nl, cp, city)
    if cc == "ES":
        city, p = R.choice(CITIES[cc])
        return "%s, %d, %dº %s%s%s%02d %s" % (st, no, R.randint(1, 9), R.choice("ABCD"), nl, p, R.randint(1, 52), city)
    if cc == "IT":
        city, pr, p = R.choice(CITIES[cc])
        return "%s %d%s%s%02d %s (%s)" % (st, no, nl, p, R.randint(0, 99), city, pr)
    if cc == "NL":
        city, p = R.choice(CITIES[cc])
        while True:
            lt = R.choice(string.ascii_uppercase) + R.choice(string.ascii_uppercase)
            if lt not in ("SA", "SD", "SS"):
                break
        return "%s %d%s%s%s%02d %s %s" % (st, no, R.choice(["", "", "-II", " A"]), nl, p, R.randint(10, 99), lt, city)
    if cc == "PT":
        city, p = R.choice(CITIES[cc])
        return "%s, %d, %dº Esq.%s%s%02d-%03d %s" % (st, no, R.randint(1, 8), nl, p, R.randint(0, 99), R.randint(1, 999), city)
    if cc == "BR":
        city, uf, p = R.choice(CITIES[cc])
        return "%s, %d, apto %d - %s%s%s - %s, CEP %s%03d-%03d" % (st, no * 10, R.randint(11, 1804), R.choice(BAIRROS),
                                                                 nl, city, uf, p, R.randint(0, 999), R.randint(0, 999))
    if cc == "PL":
        city, p = R.choice(CITIES[cc])
        return "%s %d/%d%s%s-%03d %s" % (st, no, R.randint(1, 60), nl, p, R.randint(1, 999), city)
    if cc == "SE":
        city, p = R.choice(CITIES[cc])
        return "%s %d%s%s%d %02d %s" % (st, no, nl, p, R.randint(1, 9), R.randint(0, 99), city)
    if cc == "DK":
        city, p = R.choice(CITIES[cc])
        return "%s %d, %d. %s%s%s %s" % (st, no, R.randint(1, 5), R.choice(["th.", "tv."]), nl, p, city)
    if cc == "FI":
        city, p = R.choice(CITIES[cc])
        return "%s %d A %d%s%s%03d %s" % (st, no, R.randint(1, 40), nl, p, R.randint(100, 990), city)
    if cc == "TR":
        city, p = R.choice(CITIES[cc])
        return "Moda Mah. %s No: %d D: %d%s%s %s" % (st, no, R.randint(1, 20), nl, p, city)
    if cc == "CZ":
        city, p = R.choice(CITIES[cc])
        return "%s %d/%d%s%s %s" % (st, R.randint(100, 2999), no, nl, p, city)
    if cc == "RO":
        city, p = R.choice(CITIES[cc])
        pc = p + "%05d" % R.randint(10000, 99999) if p == "0" else p + "%03d" % R.randint(1, 999)
        return "%s nr. %d, ap. %d%s%s %s" % (st, no, R.randint(1, 80), nl, pc[:6], city)
    raise KeyError(cc)


# ------------------------------------------------------------------ people
def asc(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def pax(s):
    s = s.upper().replace("Ä", "AE").replace("Ö", "OE").replace("Ü", "UE").replace("ß", "SS")
    return re.sub(r"[^A-Z]", "", asc(s))


class Person:
    def __init__(self, R, cc, lang=None):
        self.cc = cc
        self.lang = lang or CLANG[cc]
        gl, sl = NAMES[self.lang]
        self.given = R.choice(gl)
        self.surname = R.choice(sl)
        if self.lang == "es" or (self.lang == "pt" and R.random() < 0.6):
            while True:
                s2 = R.choice(sl)
                if s2 != self.surname:
                    break
            self.surname = self.surname + " " + s2
        self.middle = R.choice(string.ascii_uppercase) + "." if self.lang == "en" and R.random() < 0.2 else ""
        self.female = R.random() < 0.5
        self.dob = (R.randint(1941, 2006), R.randint(1, 12), R.randint(1, 28))

    def name(self, style="full"):
        if style == "full":
            return " ".join(x for x in (self.given, self.middle, self.surname) if x)
        if style == "inv":
            return "%s, %s" % (self.surname, self.given)
        if style == "init":
            return "%s. %s" % (self.given[0], self.surname)
        if style == "caps":
            return "%s %s" % (self.surname.upper(), self.given)
        if style == "pax":
            return "%s/%s" % (pax(self.surname), pax(self.given))
        raise KeyError(style)

    def email(self, R, domain=None):
        g = re.sub(r"[^a-z]", "", asc(self.given).lower())
        caps = [w for w in self.surname.split(" ") if w[:1].isupper()] or [self.surname]
        s = re.sub(r"[^a-z]", "", asc(caps[0] if self.lang in ("es", "pt") else caps[-1]).lower())
        local = R.choice(["%s.%s" % (g, s), "%s%s" % (g[0], s), "%s_%s%d" % (g, s, R.randint(1, 99)),
                          "%s.%s" % (s, g), "%s%d" % (g, R.randint(70, 2006))])
        dom = domain or R.choice(MAILDOM.get(self.cc, ["gmail.com"]) + ["gmail.com", "outlook.com", "proton.me"])
        return local + "@" + dom


MAILDOM = {"DE": ["web.de", "gmx.de", "posteo.de", "t-online.de"], "AT": ["gmx.at", "aon.at"], "CH": ["bluewin.ch"],
           "FR": ["orange.fr", "free.fr", "laposte.net"], "BE": ["skynet.be", "telenet.be"],
           "ES": ["yahoo.es", "telefonica.net"], "IT": ["libero.it", "virgilio.it", "tiscali.it"],
           "NL": ["ziggo.nl", "kpnmail.nl", "xs4all.nl"], "PT": ["sapo.pt", "clix.pt"],
           "BR": ["uol.com.br", "bol.com.br", "terra.com.br"], "GB": ["btinternet.com", "sky.com"],
           "US": ["yahoo.com", "icloud.com", "comcast.net"], "PL": ["wp.pl", "o2.pl", "interia.pl"],
           "SE": ["telia.com", "bredband.net"], "DK": ["mail.dk", "jubii.dk"], "FI": ["elisanet.fi", "kolumbus.fi"],
           "TR": ["yandex.com.tr", "hotmail.com.tr"], "CZ": ["seznam.cz", "email.cz"], "RO": ["yahoo.ro", "rdslink.ro"]}


# ------------------------------------------------------------------ dates
def fmt_date(R, cc, y, m, d, iso_ok=True):
    lang = CLANG[cc]
    mn = C.MONTHS.get(lang)
    if cc == "US":
        opts = ["%02d/%02d/%04d" % (m, d, y), "%d/%d/%04d" % (m, d, y), "%s %d, %d" % (mn[m - 1], d, y)]
    elif lang == "en":
        opts = ["%02d/%02d/%04d" % (d, m, y), "%d %s %d" % (d, mn[m - 1], y), "%d %s %d" % (d, mn[m - 1][:3], y)]
    elif lang == "de":
        opts = ["%02d.%02d.%04d" % (d, m, y), "%d. %s %d" % (d, mn[m - 1], y)]
    elif lang == "fr":
        opts = ["%02d/%02d/%04d" % (d, m, y), "%s %s %d" % ("1er" if d == 1 else str(d), mn[m - 1], y)]
    elif lang in ("es", "pt"):
        opts = ["%02d/%02d/%04d" % (d, m, y), "%d de %s de %d" % (d, mn[m - 1], y)]
    elif lang == "it":
        opts = ["%02d/%02d/%04d" % (d, m, y), "%d %s %d" % (d, mn[m - 1], y)]
    elif lang == "nl":
        opts = ["%02d-%02d-%04d" % (d, m, y), "%d %s %d" % (d, mn[m - 1], y)]
    elif lang == "sv":
        opts = ["%04d-%02d-%02d" % (y, m, d)]
    elif lang == "fi":
        opts = ["%d.%d.%04d" % (d, m, y)]
    elif lang == "cs":
        opts = ["%d. %d. %04d" % (d, m, y)]
    else:
        opts = ["%02d.%02d.%04d" % (d, m, y)]
    if iso_ok:
        opts.append("%04d-%02d-%02d" % (y, m, d))
    return R.choice(opts)


def dob(R, p):
    y, m, d = p.dob
    return L("dob", fmt_date(R, p.cc, y, m, d))


def ev_date(R, cc, tag="date_event"):
    return N(fmt_date(R, cc, R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28)), tag)


# ------------------------------------------------------------------ phones
INTL00 = {"DE", "AT", "CH", "FR", "BE", "NL", "ES", "PT", "IT", "PL", "IE", "SE", "GB", "DK", "FI", "TR", "CZ", "RO"}
HOME_PLAN = {"DK": "SE", "FI": "SE", "TR": "DE", "CZ": "AT", "RO": "IT"}
KINDS = {"US": ["fixed_or_mobile"], "CA": ["fixed_or_mobile"], "GB": ["mobile", "london", "fixed"],
         "DE": ["mobile", "mobile7", "berlin", "fixed"], "AT": ["mobile", "vienna"], "CH": ["mobile", "fixed"],
         "FR": ["mobile", "fixed"], "BE": ["mobile", "fixed"], "NL": ["mobile", "fixed"],
         "ES": ["mobile", "mobile7", "fixed"], "PT": ["mobile", "fixed"], "IT": ["mobile", "rome", "milan"],
         "PL": ["mobile", "fixed"], "IE": ["mobile"], "SE": ["mobile"], "BR": ["mobile", "fixed"]}


def _groups(nsn, sizes, sep=" "):
    return sep.join(C.split_groups(nsn, sizes))


def _split(plan, kind, nsn):
    """National grouping after the area code: (area, rest-as-written)."""
    if plan in ("US", "CA"):
        return nsn[:3], nsn[3:6] + "-" + nsn[6:]
    if plan == "GB":
        if kind == "mobile":
            return nsn[:4], nsn[4:]
        if kind == "london":
            return nsn[:2], nsn[2:6] + " " + nsn[6:]
        return nsn[:3], nsn[3:6] + " " + nsn[6:]
    if plan == "DE":
        a = 2 if kind == "berlin" or (kind == "fixed" and nsn[:2] in ("89", "40", "69")) else 3
        return nsn[:a], nsn[a:]
    if plan == "AT":
        a = 1 if kind == "vienna" else 3
        return nsn[:a], nsn[a:]
    if plan == "CH":
        return nsn[:2], _groups(nsn[2:], [3, 2, 2])
    if plan == "FR":
        return nsn[:1], _groups(nsn[1:], [2, 2, 2, 2])
    if plan == "BE":
        if kind == "mobile":
            return nsn[:3], _groups(nsn[3:], [2, 2, 2])
        return nsn[:1], _groups(nsn[1:], [3, 2, 2])
    if plan == "NL":
        if kind == "mobile":
            return nsn[:1], nsn[1:]
        return nsn[:2], nsn[2:5] + " " + nsn[5:]
    if plan in ("ES", "PT", "PL"):
        if plan == "ES" and kind == "fixed":
            return nsn[:2], _groups(nsn[2:], [3, 2, 2])
        if plan == "PL" and kind == "fixed":
            return nsn[:2], _groups(nsn[2:], [3, 2, 2])
        return nsn[:3], _groups(nsn[3:], [3, 3])
    if plan == "IT":
        if kind == "mobile":
            return nsn[:3], _groups(nsn[3:], [3, 4])
        return nsn[:2], _groups(nsn[2:], [4, 4])
    if plan == "IE":
        return nsn[:2], _groups(nsn[2:], [3, 4])
    if plan == "SE":
        return nsn[:2], _groups(nsn[2:], [3, 2, 2])
    if plan == "BR":
        if kind == "mobile":
            return nsn[:2], nsn[2:7] + "-" + nsn[7:]
        return nsn[:2], nsn[2:6] + "-" + nsn[6:]
    raise KeyError(plan)


def phone(R, region, plan=None, intl=None):
    """A phone label written the way a writer in `region` writes a number of
    `plan` (default: the region's own)."""
    if plan is None:
        plan = HOME_PLAN.get(region, region)
    kind = R.choice(KINDS[plan])
    cc, trunk, kind, nsn = C.phone_nsn(R, plan, kind)
    area, rest = _split(plan, kind, nsn)
    if plan != region or region not in KINDS:
        intl = True
    if intl is None:
        intl = R.random() < 0.4
    if not intl:
        if plan in ("US", "CA"):
            txt = R.choice(["(%s) %s" % (area, rest), "%s-%s" % (area, rest), "%s.%s" % (area, rest.replace("-", "."))])
        elif plan == "DE":
            txt = R.choice(["0%s %s" % (area, rest), "0%s/%s" % (area, rest), "(0%s) %s" % (area, rest)])
        elif plan == "NL" and kind == "mobile":
            txt = R.choice(["06-%s" % rest, "06 %s %s" % (rest[:4], rest[4:])])
        elif plan == "NL":
            txt = "0%s-%s" % (area, rest)
        elif plan == "FR":
            txt = ("0%s %s" % (area, rest)).replace(" ", R.choice([" ", ".", " ", "\u202f"]))
        elif plan == "SE":
            txt = "0%s-%s" % (area, rest)
        elif plan == "BR":
            txt = "(%s) %s" % (area, rest)
        else:
            txt = "%s%s %s" % (trunk, area, rest)
        meta = {"sub": kind, "region": region}
    else:
        pre = "+%d" % cc
        if region in INTL00 and R.random() < 0.3:
            pre = "00%d" % cc
        if plan in ("US", "CA"):
            txt = R.choice(["%s %s %s" % (pre, area, rest.replace("-", " ")), "%s (%s) %s" % (pre, area, rest),
                            "%s-%s-%s" % (pre, area, rest)])
            if pre.startswith("00"):
                txt = "%s %s %s" % (pre, area, rest.replace("-", " "))
        elif trunk == "0" and pre.startswith("+") and R.random() < 0.2 and plan in ("GB", "DE", "CH", "AT", "FR"):
            txt = "%s (0)%s %s" % (pre, area, rest)
        else:
            txt = "%s %s %s" % (pre, area, rest)
        meta = {"sub": kind, "region": region}
        if plan != region:
            meta["plan"] = plan
    return L("phone", txt, **meta)


def other_plan(R, region):
    return R.choice([p for p in ("GB", "DE", "FR", "ES", "IT", "NL", "US", "CH", "PT", "SE", "PL", "BE") if p != region])


# ------------------------------------------------------------------ values
ISSUERS = ["visa", "visa", "mastercard", "mastercard2", "amex", "discover", "jcb", "diners", "maestro", "unionpay"]


def card(R, issuer=None):
    issuer = issuer or R.choice(ISSUERS)
    num = C.card_random(R, issuer)
    sep = R.choice([" ", " ", "-", "", "\u00a0"])
    return L("card", sep.join(C.split_groups(num, C.card_grouping(len(num)))), sub=issuer)


def iban(R, cc):
    v = C.iban_random(R, cc)
    return L("iban", C.group(v) if R.random() < 0.7 else v, sub=cc)


PUB_V4 = [5, 23, 31, 37, 46, 51, 62, 77, 78, 80, 81, 85, 89, 91, 93, 95, 104, 109, 128, 141, 145, 151,
          176, 178, 185, 188, 193, 195, 212, 213, 217]


def ip(R, v6=None):
    if v6 is None:
        v6 = R.random() < 0.2
    if v6:
        return L("ip", "%s:%x:%x:%x::%x" % (R.choice(["2a02", "2a01", "2a00", "2604", "2a0e", "2003"]),
                                             R.randint(0x100, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff),
                                             R.randint(1, 0xfff)), sub="v6")
    return L("ip", "%d.%d.%d.%d" % (R.choice(PUB_V4), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), sub="v4")


BELFIORE = ["H501", "F205", "L219", "A944", "G273", "F839", "D612", "L736"]


def gov(R, p, kind=None):
    cc = p.cc
    if kind == "passport":
        if cc == "US" or cc == "GB":
            v = "%d%08d" % (R.randint(1, 9), R.randint(0, 99999999))
        elif cc == "FR":
            v = "%02d%s%s%05d" % (R.randint(10, 24), R.choice(string.ascii_uppercase), R.choice(string.ascii_uppercase), R.randint(0, 99999))
        elif cc == "DE":
            v = "C" + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        else:
            v = "".join(R.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(2)) + "".join(R.choice("BCDFGHJKLMNPRSTVWXYZ0123456789") for _ in range(6)) + str(R.randint(0, 9))
        return L("gov_id", v, sub="passport")
    if cc == "US":
        if kind == "itin":
            a, g, s = C.itin_random(R)
            return L("gov_id", "%s-%s-%s" % (a, g, s), sub="itin")
        a, g, s = C.ssn_random(R)
        return L("gov_id", "%s-%s-%s" % (a, g, s), sub="ssn")
    if cc == "GB":
        if kind == "nhs":
            v = C.nhs_random(R)
            return L("gov_id", "%s %s %s" % (v[:3], v[3:6], v[6:]), sub="nhs")
        a, b, c = C.nino_random(R)
        return L("gov_id", R.choice(["%s %s %s %s %s" % (a, b[:2], b[2:4], b[4:], c), a + b + c]), sub="nino")
    if cc in ("DE", "AT"):
        v = C.steuerid_random(R)
        return L("gov_id", R.choice([v, "%s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:])]), sub="steuer_id")
    if cc in ("FR", "BE"):
        y, m, d = p.dob
        body, key = C.nir_random(R, sex="2" if p.female else "1", yy=y % 100, mm=m)
        return L("gov_id", R.choice(["%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key),
                                     body + key]), sub="nir")
    if cc == "ES":
        if kind == "nie" or R.random() < 0.25:
            a, n, l = C.nie_random(R)
            return L("gov_id", a + n + l, sub="nie")
        n, l = C.dni_random(R)
        return L("gov_id", R.choice([n + l, n + "-" + l]), sub="dni")
    if cc == "IT":
        y, m, d = p.dob
        gn = p.given.split(" ")[0]
        return L("gov_id", C.cf_make(p.surname, gn, y % 100, m, d, p.female, R.choice(BELFIORE)), sub="codice_fiscale")
    if cc == "NL":
        v = C.bsn_random(R)
        return L("gov_id", R.choice([v, "%s.%s.%s" % (v[:4], v[4:6], v[6:])]), sub="bsn")
    if cc == "BR":
        v = C.cpf_random(R)
        return L("gov_id", R.choice(["%s.%s.%s-%s" % (v[:3], v[3:6], v[6:9], v[9:]), v]), sub="cpf")
    return gov(R, p, "passport")


SECRET_KINDS = ["aws_access_key_id", "github_pat", "github_fine_grained", "gitlab_pat", "slack_token",
                "slack_webhook", "stripe", "google_api_key", "openai", "anthropic", "jwt", "npm_token",
                "sendgrid", "twilio"]


def secret(R, kind=None):
    kind = kind or R.choice(SECRET_KINDS)
    return L("secret", C.secret_random(R, kind), sub=kind)


def password(R):
    return L("secret", C.secret_random(R, "password"), sub="password")


# ------------------------------------------------------------------ hard negatives
def hexs(R, n):
    return C.rnd(R, "0123456789abcdef", n)


def isbn13(R):
    body = "978" + R.choice("0123") + C.digits(R, 8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    full = body + str((10 - s % 10) % 10)
    return "%s-%s-%s-%s-%s" % (full[:3], full[3], full[4:7], full[7:12], full[12])


def luhn_bad(R):
    while True:
        n = "4" + C.digits(R, 15)
        if not C.luhn_ok(n):
            return C.group(n)


def iban_bad(R, cc):
    v = C.iban_random(R, cc)
    ck = int(v[2:4])
    bad = v[:2] + "%02d" % ((ck + R.randint(1, 9)) % 97 + 2 if ck < 90 else ck - R.randint(1, 9)) + v[4:]
    if C.iban_mod97(bad) == 1:
        bad = v[:2] + "%02d" % ((ck + 1) % 100) + v[4:]
    assert C.iban_mod97(bad) != 1
    return C.group(bad)


def bsn_bad(R):
    while True:
        s = str(R.randint(1, 6)) + C.digits(R, 8)
        if not C.bsn_ok(s):
            return s


def cpf_bad(R):
    while True:
        s = C.digits(R, 11)
        if len(set(s)) > 1 and not C.cpf_ok(s):
            return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def dni_bad(R):
    n, l = C.dni_random(R)
    return n + C.DNI_LETTERS[(C.DNI_LETTERS.index(l) + R.randint(1, 22)) % 23]


def imei(R):
    return C.luhn_complete("35" + C.digits(R, 12))


BRANDS = ["Mercedes-Benz", "Tommy Hilfiger", "Hugo Boss", "Louis Vuitton", "Ferrero Rocher", "Ben & Jerry's",
          "Jean Paul Gaultier", "Carolina Herrera", "Dr. Oetker", "Calvin Klein", "Giorgio Armani", "Marc O'Polo"]
PLACES = ["Santa Monica", "Port Louis", "Mount Pleasant", "San Sebastián", "Saint-Denis", "Sankt Augustin",
          "Vila Madalena", "Den Helder", "San Marino", "Santa Cruz", "Porto Alegre", "Saint-Malo"]
ORGS = ["Max-Planck-Gesellschaft", "Fundación Ramón Areces", "Fondation Cartier", "Johns Hopkins University",
        "Rijksmuseum", "Banco Santander", "Caixa Geral de Depósitos", "Deutsche Rentenversicherung",
        "Agenzia delle Entrate", "Belastingdienst", "Red Cross", "Boston Consulting Group"]
TITLES = ["Madame Bovary", "Anna Karenina", "Don Quijote", "Effi Briest", "Oliver Twist", "Emil und die Detektive",
          "Il nome della rosa", "Dom Casmurro", "Max Havelaar", "Pippi Långstrump", "Jane Eyre", "Le Petit Prince"]


def neg(R, cat, cc="GB"):
    """One hard negative of a category named after the type it imitates."""
    if cat == "email":
        return R.choice([
            lambda: N("%s***@%s***.com" % (R.choice("abcdefghjkmnprst"), R.choice("gmyo")), "masked_email"),
            lambda: N(R.choice(["{{ticket.requester.email}}", "<your-email>", "${SMTP_FROM}", "%EMAIL%"]), "placeholder_email"),
            lambda: N("@" + R.choice(["dataviz_nerd", "pixelhund", "la_cuisine42", "ops-bot"]), "handle"),
            lambda: N("git@gitlab.com:%s/%s.git" % (R.choice(["infra", "mobile", "web"]), R.choice(["api", "site", "tools"])), "git_remote"),
        ])()
    if cat == "phone":
        return R.choice([
            lambda: N("ORD-%d-%06d" % (R.randint(2023, 2026), R.randint(1, 999999)), "order_number"),
            lambda: N("(123) 456-7890", "phone_invalid"),
            lambda: N("+999 %d %d" % (R.randint(10, 99), R.randint(100000, 999999)), "phone_invalid"),
            lambda: N("1Z%s%02d%08d" % (C.rnd(R, string.ascii_uppercase + string.digits, 6), R.randint(1, 99), R.randint(0, 99999999)), "tracking"),
            lambda: N("%d–%d" % (R.randint(1000, 1999), R.randint(2000, 2999)), "range"),
            lambda: N("%02d:%02d–%02d:%02d" % (R.randint(7, 11), R.choice([0, 15, 30]), R.randint(12, 18), R.choice([0, 30])), "time_range"),
        ])()
    if cat == "card":
        return R.choice([
            lambda: N(R.choice(["**** **** **** %04d", "XXXX-XXXX-XXXX-%04d", "•••• %04d"]) % R.randint(0, 9999), "masked_card"),
            lambda: N(luhn_bad(R), "luhn_fail"),
            lambda: N(imei(R), "imei"),
        ])()
    if cat == "iban":
        return R.choice([
            lambda: N(iban_bad(R, R.choice(["DE", "FR", "NL", "ES", "IT", "GB"])), "iban_bad_check"),
            lambda: N("%s** **** **** **** %04d %02d" % (R.choice(["DE", "AT", "FR", "NL"]), R.randint(0, 9999), R.randint(0, 99)), "masked_iban"),
            lambda: N("BIC %s" % R.choice(["COBADEFFXXX", "BNPAFRPPXXX", "INGBNL2A", "CAIXESBBXXX", "BCITITMM"]), "bic"),
        ])()
    if cat == "ip":
        return R.choice([
            lambda: N("%d.%d.%d.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(256, 999), R.randint(0, 300)), "octets_gt255"),
            lambda: N("1.3.6.1.4.1.%d.%d.%d" % (R.randint(100, 60000), R.randint(1, 9), R.randint(1, 99)), "oid"),
            lambda: N("%d.%d.%d.%d" % (R.randint(4, 6), R.randint(1, 20), R.randint(0, 9), R.randint(1000, 9999)), "version_4part"),
            lambda: N("%02x:%02x:%02x:%02x:%02x:%02x" % tuple(R.randint(0, 255) for _ in range(6)), "mac"),
        ])()
    if cat == "gov_id":
        return R.choice([
            lambda: N("%s-%02d-%04d" % (R.choice(["000", "666"]), R.randint(1, 99), R.randint(1, 9999)), "ssn_invalid"),
            lambda: N(dni_bad(R), "dni_bad_letter"),
            lambda: N(bsn_bad(R), "bsn_bad"),
            lambda: N(cpf_bad(R), "cpf_bad"),
            lambda: N("%s%09d" % (R.choice(["DE", "FR", "IT", "NL"]), R.randint(0, 999999999)), "vat_id"),
        ])()
    if cat == "secret":
        return R.choice([
            lambda: N(R.choice(["${GITHUB_TOKEN}", "<your-api-key>", "sk_live_xxxxxxxx", "ghp_XXXXXXXXXXXXXXXX", "{{ secrets.NPM_TOKEN }}", "changeme"]), "placeholder_secret"),
            lambda: N("sha256:" + hexs(R, 64), "digest"),
            lambda: N(hexs(R, 40), "git_sha"),
            lambda: N("%s-%s-4%s-%s%s-%s" % (hexs(R, 8), hexs(R, 4), hexs(R, 3), R.choice("89ab"), hexs(R, 3), hexs(R, 12)), "uuid"),
            lambda: N("pk_live_" + C.rnd(R, C.ALNUM, 24), "stripe_publishable"),
        ])()
    if cat == "person":
        return R.choice([lambda: N(R.choice(BRANDS), "brand"), lambda: N(R.choice(PLACES), "place"),
                         lambda: N(R.choice(ORGS), "org"), lambda: N(R.choice(TITLES), "title_work")])()
    if cat == "address":
        return R.choice([
            lambda: N("Room %d.%02d, Building %s" % (R.randint(1, 5), R.randint(1, 40), R.choice("ABCDE")), "room"),
            lambda: N("Terminal %d, Gate %s%d" % (R.randint(1, 3), R.choice("ABCDE"), R.randint(1, 60)), "gate"),
            lambda: N(R.choice(["Route 66", "Highway 101", "A7", "M25 junction 12"]), "road"),
            lambda: N("Postfach %d" % R.randint(1000, 99999), "po_box"),
        ])()
    if cat == "dob":
        return R.choice([
            lambda: ev_date(R, cc, "date_other"),
            lambda: N("%d-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28),
                                                       R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "timestamp"),
            lambda: N("%02d/%02d" % (R.randint(1, 12), R.randint(25, 31)), "expiry"),
        ])()
    if cat == "number":
        return R.choice([
            lambda: N(isbn13(R), "isbn"),
            lambda: N(R.choice(["€ %d.%03d,%02d", "$%d,%03d.%02d", "%d\u00a0%03d,%02d €"]) % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 99)), "amount"),
            lambda: N("v%d.%d.%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 99)), "version"),
            lambda: N("INV-%05d" % R.randint(0, 99999), "invoice_number"),
        ])()
    raise KeyError(cat)


NEG_CATS = ["email", "phone", "card", "iban", "ip", "gov_id", "secret", "person", "address", "dob", "number"]


def masked_card(R):
    return N(R.choice(["**** **** **** %04d", "XXXX-XXXX-XXXX-%04d", "•••• %04d"]) % R.randint(0, 9999), "masked_card")


def negs(R, cc, k=3, sep=" · "):
    cats = R.sample(NEG_CATS, k)
    out = []
    for i, c in enumerate(cats):
        if i:
            out.append(sep)
        out.append(neg(R, c, cc))
    return out


# ------------------------------------------------------------------ forms
FORMS = []


def form(name, countries):
    def deco(fn):
        FORMS.append((name, countries, fn))
        return fn
    return deco


@form("court_summons", ["GB", "US", "DE", "FR", "ES", "IT"])
def f_court(R, cc, clean):
    city = R.choice(CITIES[cc])[0]
    if clean:
        hd = {"GB": "COUNTY COURT AT %s — DAILY CAUSE LIST" % city.upper(), "US": "SUPERIOR COURT — CALENDAR",
              "DE": "Amtsgericht %s – Terminsrolle" % city, "FR": "TRIBUNAL JUDICIAIRE DE %s — RÔLE D'AUDIENCE" % city.upper(),
              "ES": "JUZGADO DE PRIMERA INSTANCIA N.º %d DE %s — SEÑALAMIENTOS" % (R.randint(1, 9), city.upper()),
              "IT": "TRIBUNALE DI %s — RUOLO DI UDIENZA" % city.upper()}[cc]
        return [hd, "\n", N("%d C %d/%d" % (R.randint(1, 40), R.randint(10, 999), R.randint(23, 25)), "case_number"), " ",
                N(R.choice(BRANDS + ORGS), "org"), " ./. ", N(R.choice(BRANDS + ORGS), "org"), " — ", ev_date(R, cc), " 09:30, ",
                neg(R, "address", cc), "\n", negs(R, cc, 2)]
    d, j = Person(R, cc), Person(R, cc)
    case = N("%d-%s-%05d" % (R.randint(2023, 2025), R.choice(["CV", "C", "RG"]), R.randint(1, 99999)), "case_number")
    if cc == "GB":
        return ["IN THE COUNTY COURT AT %s\nClaim No. " % city.upper(), case, "\nNOTICE OF HEARING\nTo: ", L("person", d.name()),
                "\nof ", L("address", address(R, cc, True)), "\nDate of birth: ", dob(R, d),
                "\nTake notice that the hearing will take place on ", ev_date(R, cc), " at 10:30 before District Judge ",
                L("person", j.name("init")), ".\nYour solicitor on record: ", L("email", Person(R, cc).email(R, "harrowlaw.co.uk"))]
    if cc == "US":
        return ["SUPERIOR COURT OF CALIFORNIA, COUNTY OF ORANGE\nCase No. ", case, "\nSUMMONS (CITACION JUDICIAL)\nNOTICE TO DEFENDANT: ",
                L("person", d.name().upper()), "\nLast known address: ", L("address", address(R, cc)), "\nDOB: ", dob(R, d),
                "\nPlaintiff's attorney: ", L("person", j.name()), ", ", phone(R, cc), ", ", L("email", j.email(R, "ocbarlaw.com"))]
    if cc == "DE":
        return ["Amtsgericht %s\nAz.: " % city, N("%d C %d/%d" % (R.randint(1, 40), R.randint(10, 999), R.randint(23, 25)), "case_number"),
                "\nLadung zum Termin zur mündlichen Verhandlung\nIn dem Rechtsstreit ", neg(R, "person", cc), " ./. ",
                L("person", d.name()), ", geb. am ", dob(R, d), ", wohnhaft ", L("address", address(R, cc)),
                "\nwerden Sie zum Termin am ", ev_date(R, cc), " um 9:15 Uhr, Saal 2.14, geladen.\nProzessbevollmächtigte: Rechtsanwältin ",
                L("person", j.name()), ", Tel. ", phone(R, cc)]
    if cc == "FR":
        return ["TRIBUNAL JUDICIAIRE DE %s\nRG n° " % city.upper(), N("%02d/%05d" % (R.randint(23, 25), R.randint(1, 99999)), "case_number"),
                "\nCITATION À COMPARAÎTRE\n", R.choice(["M. ", "Mme "]), L("person", d.name("caps")), ", né(e) le ", dob(R, d),
                ", demeurant ", L("address", address(R, cc)), ", est cité(e) à comparaître le ", ev_date(R, cc),
                " à 14 h 00.\nAvocat : Me ", L("person", j.name()), " — ", L("email", j.email(R, "avocats-%s.fr" % asc(city).lower()))]
    if cc == "ES":
        return ["JUZGADO DE PRIMERA INSTANCIA N.º %d DE %s\nJuicio verbal " % (R.randint(1, 9), city.upper()),
                N("%d/%d" % (R.randint(1, 999), R.randint(2023, 2025)), "case_number"), "\nCÉDULA DE CITACIÓN\nSe cita a ",
                R.choice(["D. ", "D.ª "]), L("person", d.name()), ", con DNI ", gov(R, d), ", domiciliado/a en ",
                L("address", address(R, cc)), ", para el día ", ev_date(R, cc), " a las 10:00 horas.\nProcurador: ",
                L("person", j.name()), ", tel. ", phone(R, cc)]
    return ["TRIBUNALE DI %s\nR.G. n. " % city.upper(), N("%d/%d" % (R.randint(100, 9999), R.randint(2023, 2025)), "case_number"),
            "\nATTO DI CITAZIONE\nIl/la sig./sig.ra ", L("person", d.name()), ", nato/a il ", dob(R, d), ", C.F. ", gov(R, d),
            ", residente in ", L("address", address(R, cc)), ", è citato/a a comparire all'udienza del ", ev_date(R, cc),
            ".\nAvv. ", L("person", j.name()), ", PEC ", L("email", j.email(R, "pec.ordineavvocati.it"))]


@form("notary_deed", ["DE", "AT", "FR", "IT", "ES", "NL", "PT"])
def f_notary(R, cc, clean):
    if clean:
        return [{"DE": "Urkundenrolle Nr. ", "AT": "GZ ", "FR": "Répertoire n° ", "IT": "Repertorio n. ", "ES": "Protocolo n.º ",
                 "NL": "Akte nr. ", "PT": "Livro de notas n.º "}[cc], N("%d/%d" % (R.randint(100, 3999), R.randint(2023, 2025)), "deed_number"),
                " — ", ev_date(R, cc), "\n", neg(R, "person", cc), " / ", neg(R, "number", cc), "\n", negs(R, cc, 3)]
    n, a, b = Person(R, cc), Person(R, cc), Person(R, cc)
    if cc in ("DE", "AT"):
        return ["Urkundenrolle Nr. ", N("%d/%d" % (R.randint(100, 3999), R.randint(2023, 2025)), "deed_number"),
                "\nVerhandelt zu %s am " % R.choice(CITIES[cc])[0], ev_date(R, cc), "\nVor mir, dem Notar ", L("person", n.name()),
                ", erschienen:\n1. Herr/Frau ", L("person", a.name()), ", geboren am ", dob(R, a), ", wohnhaft ",
                L("address", address(R, cc)), ", ausgewiesen durch Personalausweis,\n2. ", L("person", b.name()),
                ", geb. ", dob(R, b), ".\nDer Kaufpreis ist auf das Konto ", iban(R, cc), " zu zahlen."]
    if cc == "FR":
        return ["L'AN DEUX MILLE VINGT-CINQ,\nMaître ", L("person", n.name()), ", notaire à %s, a reçu le présent acte.\nVENDEUR : " % R.choice(CITIES[cc])[0],
                L("person", a.name("caps")), ", né(e) le ", dob(R, a), ", demeurant ", L("address", address(R, cc)),
                ".\nACQUÉREUR : ", L("person", b.name("caps")), ", NIR ", gov(R, b), ".\nRIB de l'étude : ", iban(R, "FR")]
    if cc == "IT":
        return ["REPERTORIO N. ", N("%d" % R.randint(1000, 99999), "deed_number"), "\nInnanzi a me, dott. ", L("person", n.name()),
                ", notaio in %s, sono comparsi:\n- " % R.choice(CITIES[cc])[0], L("person", a.name()), ", nato/a il ", dob(R, a),
                ", codice fiscale ", gov(R, a), ", residente in ", L("address", address(R, cc)), ";\n- ", L("person", b.name()),
                ", codice fiscale ", gov(R, b), "."]
    if cc == "ES":
        return ["NÚMERO ", N("%d" % R.randint(100, 3999), "deed_number"), ".— ESCRITURA DE COMPRAVENTA\nAnte mí, ",
                L("person", n.name()), ", Notario del Ilustre Colegio de %s,\nCOMPARECEN:\nDon/Doña " % R.choice(CITIES[cc])[0],
                L("person", a.name()), ", mayor de edad, nacido/a el ", dob(R, a), ", con domicilio en ", L("address", address(R, cc)),
                " y DNI/NIE ", gov(R, a), ".\nEl precio se abona por transferencia a la cuenta ", iban(R, "ES"), "."]
    if cc == "NL":
        return ["Heden, ", ev_date(R, cc), ", verschenen voor mij, mr. ", L("person", n.name()), ", notaris te %s:\n1. " % R.choice(CITIES[cc])[0],
                L("person", a.name()), ", geboren op ", dob(R, a), ", wonende te ", L("address", address(R, cc)),
                ", BSN ", gov(R, a), ";\n2. ", L("person", b.name()), ".\nDe koopsom wordt voldaan op rekening ", iban(R, "NL"), "."]
    return ["ESCRITURA DE COMPRA E VENDA\nNo dia ", ev_date(R, cc), ", perante mim, ", L("person", n.name()),
            ", notária, compareceram:\nPRIMEIRO: ", L("person", a.name()), ", nascido(a) em ", dob(R, a), ", residente na ",
            L("address", address(R, cc)), ".\nSEGUNDO: ", L("person", b.name()), ".\nIBAN para pagamento: ", iban(R, "PT")]


@form("tax_assessment", ["DE", "FR", "GB", "NL", "ES", "IT"])
def f_tax(R, cc, clean):
    if clean:
        return [{"DE": "Bescheid für %d über Einkommensteuer – Festsetzung: ", "FR": "Avis d'impôt %d sur les revenus — montant : ",
                 "GB": "Self Assessment tax year %d – amount due: ", "NL": "Aanslag inkomstenbelasting %d — te betalen: ",
                 "ES": "Liquidación IRPF %d — cuota: ", "IT": "Avviso di liquidazione %d — importo: "}[cc] % R.randint(2021, 2024),
                neg(R, "number", cc), "\n", neg(R, "person", cc), " · ", neg(R, "dob", cc), "\n", negs(R, cc, 2)]
    p = Person(R, cc)
    if cc == "DE":
        return ["Finanzamt %s\nIdentifikationsnummer " % R.choice(CITIES[cc])[0], gov(R, p), "\n", R.choice(["Herrn ", "Frau "]), L("person", p.name()), "\n",
                L("address", address(R, cc, True)), "\nBescheid für ", str(R.randint(2021, 2024)),
                " über Einkommensteuer\nDie Erstattung wird auf das Konto ", iban(R, "DE"), " überwiesen."]
    if cc == "FR":
        return ["AVIS D'IMPÔT SUR LES REVENUS\nDéclarant 1 : ", L("person", p.name("caps")), " — né(e) le ", dob(R, p), "\nAdresse : ", L("address", address(R, cc)),
                "\nMontant à rembourser sur ", iban(R, "FR")]
    if cc == "GB":
        return ["HM Revenue & Customs\nNational Insurance number ", gov(R, p), "\n", L("person", p.name()), "\n", L("address", address(R, cc, True)),
                "\nYour tax calculation for the year to 5 April ", str(R.randint(2022, 2025)), " shows an overpayment. Refund to ",
                iban(R, "GB")]
    if cc == "NL":
        return ["Belastingdienst\nAanslag inkomstenbelasting ", str(R.randint(2021, 2024)), "\nBurgerservicenummer ", gov(R, p),
                "\n", L("person", p.name()), "\n", L("address", address(R, cc, True)), "\nTerugbetaling op rekening ", iban(R, "NL")]
    if cc == "ES":
        return ["Agencia Tributaria — Liquidación provisional IRPF ", str(R.randint(2021, 2024)), "\nNIF: ", gov(R, p),
                "\nApellidos y nombre: ", L("person", p.name("inv")), "\nDomicilio fiscal: ", L("address", address(R, cc)),
                "\nDevolución en la cuenta ", iban(R, "ES")]
    return ["Agenzia delle Entrate — Comunicazione di irregolarità ", str(R.randint(2021, 2024)), "\nCodice fiscale: ", gov(R, p),
            "\nContribuente: ", L("person", p.name("caps")), "\nDomicilio fiscale: ", L("address", address(R, cc)),
            "\nRimborso su IBAN ", iban(R, "IT")]


@form("pension_statement", ["GB", "NL", "FR", "IT", "ES", "DE", "SE"])
def f_pension(R, cc, clean):
    if clean:
        return [{"GB": "State Pension forecast", "NL": "Uniform Pensioenoverzicht", "FR": "Relevé de situation individuelle",
                 "IT": "Estratto conto contributivo", "ES": "Informe de vida laboral", "DE": "Renteninformation",
                 "SE": "Orange kuvertet – pensionsprognos"}[cc], " ", str(R.randint(2024, 2025)), "\n",
                neg(R, "number", cc), " / ", neg(R, "dob", cc), "\n", negs(R, cc, 3)]
    p = Person(R, cc)
    if cc == "GB":
        return ["Your State Pension forecast\nName: ", L("person", p.name()), "\nNational Insurance number: ", gov(R, p),
                "\nDate of birth: ", dob(R, p), "\nState Pension age reached on: ", ev_date(R, cc), "\nForecast: ",
                N("£%d.%02d a week" % (R.randint(150, 230), R.randint(0, 99)), "amount"), "\nPayments into: ", iban(R, "GB")]
    if cc == "NL":
        return ["Uniform Pensioenoverzicht ", str(R.randint(2024, 2025)), "\n", L("person", p.name()), ", geboren ", dob(R, p),
                "\nBSN ", gov(R, p), "\nAOW-leeftijd bereikt op ", ev_date(R, cc), "\nE-mail: ", L("email", p.email(R))]
    if cc == "FR":
        return ["Relevé de situation individuelle\nAssuré(e) : ", L("person", p.name("caps")), "\nN° de sécurité sociale : ",
                gov(R, p), "\nDate de naissance : ", dob(R, p), "\nTrimestres validés : ", N(str(R.randint(40, 170)), "count"),
                "\nTél. : ", phone(R, cc)]
    if cc == "IT":
        return ["Estratto conto contributivo INPS\nAssicurato: ", L("person", p.name()), "\nCodice fiscale: ", gov(R, p),
                "\nData di nascita: ", dob(R, p), "\nIndirizzo: ", L("address", address(R, cc)), "\nAccredito su ", iban(R, "IT")]
    if cc == "ES":
        return ["Informe de vida laboral\nNombre: ", L("person", p.name()), "\nDNI/NIE: ", gov(R, p), "\nFecha de nacimiento: ",
                dob(R, p), "\nTeléfono: ", phone(R, cc)]
    if cc == "DE":
        return ["Renteninformation ", str(R.randint(2024, 2025)), "\n", L("person", p.name()), "\n", L("address", address(R, cc, True)),
                "\nGeburtsdatum ", dob(R, p), "\nSteuerliche Identifikationsnummer ", gov(R, p), "\nRegelaltersrente ab ",
                ev_date(R, cc)]
    return ["Pensionsprognos\nNamn: ", L("person", p.name()), "\nFödd: ", dob(R, p), "\nAdress: ", L("address", address(R, cc)),
            "\nMobil: ", phone(R, cc), "\nKonto: ", iban(R, "SE")]


@form("gym_membership", ["GB", "DE", "NL", "ES", "SE", "DK", "FI"])
def f_gym(R, cc, clean):
    lab = {"GB": ("Member", "DOB", "Mobile", "Email", "Direct Debit IBAN", "Emergency contact"),
           "DE": ("Mitglied", "Geburtsdatum", "Handy", "E-Mail", "IBAN (SEPA-Lastschrift)", "Notfallkontakt"),
           "NL": ("Lid", "Geboortedatum", "Mobiel", "E-mail", "IBAN (incasso)", "Noodcontact"),
           "ES": ("Socio/a", "Fecha de nacimiento", "Móvil", "Correo", "IBAN domiciliación", "Contacto de emergencia"),
           "SE": ("Medlem", "Födelsedatum", "Mobil", "E-post", "IBAN autogiro", "Nödkontakt"),
           "DK": ("Medlem", "Fødselsdato", "Mobil", "E-mail", "IBAN (betalingsservice)", "Pårørende"),
           "FI": ("Jäsen", "Syntymäaika", "Matkapuhelin", "Sähköposti", "IBAN (e-lasku)", "Hätäyhteyshenkilö")}[cc]
    if clean:
        return ["%s: " % lab[0], N("M-%06d" % R.randint(0, 999999), "member_id"), " · Plan: ", N(R.choice(["Premium 24/7", "Flex Off-Peak", "Student"]), "plan_name"),
                " · ", neg(R, "card", cc), "\n", neg(R, "person", cc), " — ", neg(R, "address", cc), "\n", negs(R, cc, 2)]
    p, e = Person(R, cc), Person(R, cc)
    return ["FitHub %s — membership form\n%s: " % (R.choice(CITIES[cc])[0], lab[0]), L("person", p.name()), "\n%s: " % lab[1], dob(R, p),
            "\n%s: " % lab[2], phone(R, cc), "\n%s: " % lab[3], L("email", p.email(R)), "\n%s: " % lab[4], iban(R, cc),
            "\n%s: " % lab[5], L("person", e.name()), " ", phone(R, cc)]


@form("library_loan", ["GB", "US", "FR", "DE", "FI", "CZ"])
def f_library(R, cc, clean):
    items = [N(R.choice(TITLES), "title_work"), "  ISBN ", N(isbn13(R), "isbn"), "  due ", ev_date(R, cc, "date_due")]
    if clean:
        return ["Loan receipt — branch ", N(R.choice(PLACES), "place"), "\nPatron: ", N("%014d" % R.randint(0, 10 ** 14 - 1), "library_card"),
                "\n", items, "\n", N(R.choice(TITLES), "title_work"), "  due ", ev_date(R, cc, "date_due"), "\n", negs(R, cc, 2)]
    p = Person(R, cc)
    return ["Library loan receipt\nBorrower: ", L("person", p.name("inv")), " (card ", N("%014d" % R.randint(0, 10 ** 14 - 1), "library_card"),
            ")\nNotices to: ", L("email", p.email(R)), "\nSMS reminders: ", phone(R, cc), "\n", items,
            "\nHome address on file: ", L("address", address(R, cc))]


@form("car_rental", ["US", "ES", "IT", "PT", "FR", "BR"])
def f_car(R, cc, clean):
    plate = N({"US": "7%s%s%03d" % (R.choice("ABCDEFG"), R.choice("KLMNP"), R.randint(0, 999)), "ES": "%04d %s" % (R.randint(0, 9999), C.rnd(R, "BCDFGHJKLMNPRSTVWXYZ", 3)),
               "IT": "%s%03d%s" % (C.rnd(R, "ABCDEFGH", 2), R.randint(0, 999), C.rnd(R, "ABCDEFGH", 2)), "PT": "%s-%02d-%s" % (C.rnd(R, "ABCDEFGH", 2), R.randint(0, 99), C.rnd(R, "ABCDEFGH", 2)),
               "FR": "%s-%03d-%s" % (C.rnd(R, "ABCDEFGH", 2), R.randint(0, 999), C.rnd(R, "ABCDEFGH", 2)), "BR": "%s%d%s%02d" % (C.rnd(R, "ABCDEFGH", 3), R.randint(0, 9), R.choice("ABCDEFGH"), R.randint(0, 99))}[cc], "plate")
    if clean:
        return ["Rental agreement ", N("RA%09d" % R.randint(0, 999999999), "agreement_number"), " — vehicle ", plate, " (",
                N(R.choice(["Toyota Corolla", "Fiat 500", "Renault Clio", "SEAT Ibiza", "Chevrolet Onix"]), "brand"), ")\nPick-up: ",
                neg(R, "address", cc), " ", ev_date(R, cc), " 10:00\nDeposit: ", masked_card(R), "\n", negs(R, cc, 2)]
    p = Person(R, cc)
    lab = {"US": ("Driver", "Date of birth", "Home address", "Card on file", "Phone"), "ES": ("Conductor", "Fecha de nacimiento", "Domicilio", "Tarjeta", "Teléfono"),
           "IT": ("Conducente", "Data di nascita", "Residenza", "Carta", "Telefono"), "PT": ("Condutor", "Data de nascimento", "Morada", "Cartão", "Telemóvel"),
           "FR": ("Conducteur", "Date de naissance", "Adresse", "Carte", "Téléphone"), "BR": ("Condutor", "Data de nascimento", "Endereço", "Cartão", "Celular")}[cc]
    return ["Rental agreement ", N("RA%09d" % R.randint(0, 999999999), "agreement_number"), " · vehicle ", plate,
            "\n%s: " % lab[0], L("person", p.name()), "\n%s: " % lab[1], dob(R, p), "\n%s: " % lab[2], L("address", address(R, cc)),
            "\n%s: " % lab[3], card(R), " exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "expiry"),
            "\n%s: " % lab[4], phone(R, cc)]


@form("boarding_pass", ["GB", "DE", "FR", "ES", "IT", "TR", "PL"])
def f_boarding(R, cc, clean):
    fl = N("%s %d" % (R.choice(["LH", "AF", "IB", "AZ", "TK", "LO", "BA", "KL"]), R.randint(100, 9999)), "flight_number")
    pnr = N(C.rnd(R, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6), "pnr")
    seat = "%d%s" % (R.randint(1, 40), R.choice("ABCDEF"))
    if clean:
        return ["BOARDING PASS  ", fl, "  ", N("%s → %s" % (R.choice(["FRA", "CDG", "MAD", "FCO", "IST", "WAW"]), R.choice(["LHR", "AMS", "LIS", "BCN", "ARN"])), "route"),
                "  SEAT ", seat, "  PNR ", pnr, "\n", neg(R, "address", cc), "  BOARDING ", ev_date(R, cc), " 06:45\n", negs(R, cc, 2)]
    p = Person(R, cc)
    t = "MR" if not p.female else R.choice(["MRS", "MS"])
    parts = ["BOARDING PASS\nNAME OF PASSENGER  ", L("person", p.name("pax")), " ", t, "\nFLIGHT  ", fl, "   SEAT ", seat,
             "   BOOKING REF ", pnr, "\nFREQUENT FLYER  ", N("%s %09d" % (R.choice(["M&M", "FB", "MM"]), R.randint(0, 999999999)), "loyalty_number")]
    if R.random() < 0.6:
        parts += ["\nContact: ", L("email", p.email(R)), " / ", phone(R, cc)]
    if R.random() < 0.4:
        parts += ["\nM1", L("person", p.name("pax")), " E", pnr]
    return parts


@form("hotel_registration", ["DE", "IT", "ES", "PT", "FR", "AT", "RO"])
def f_hotel(R, cc, clean):
    if clean:
        return ["Meldeschein / registration card ", N("%06d" % R.randint(0, 999999), "form_number"), "\nRoom ", N("%d%02d" % (R.randint(1, 6), R.randint(1, 30)), "room_number"),
                " · arrival ", ev_date(R, cc), " · departure ", ev_date(R, cc), "\nHotel ", neg(R, "person", cc), " — ", negs(R, cc, 3)]
    p = Person(R, cc)
    g = Person(R, cc)
    lab = {"DE": ("Name, Vorname", "Geburtsdatum", "Anschrift", "Telefon", "Mitreisende"), "AT": ("Name, Vorname", "Geburtsdatum", "Wohnadresse", "Telefon", "Begleitperson"),
           "IT": ("Cognome e nome", "Data di nascita", "Residenza", "Telefono", "Accompagnatore"), "ES": ("Apellidos, nombre", "Fecha de nacimiento", "Dirección", "Teléfono", "Acompañante"),
           "PT": ("Apelido, nome", "Data de nascimento", "Morada", "Telefone", "Acompanhante"), "FR": ("Nom, prénom", "Date de naissance", "Adresse", "Téléphone", "Accompagnant"),
           "RO": ("Nume, prenume", "Data nașterii", "Domiciliu", "Telefon", "Însoțitor")}[cc]
    parts = ["Hotel registration card — room ", N("%d%02d" % (R.randint(1, 6), R.randint(1, 30)), "room_number"), "\n%s: " % lab[0],
             L("person", p.name("inv")), "\n%s: " % lab[1], dob(R, p), "\n%s: " % lab[2], L("address", address(R, cc)),
             "\n%s: " % lab[3], phone(R, cc), "\n%s: " % lab[4], L("person", g.name())]
    if cc in ("ES", "IT"):
        parts += ["\nDoc.: ", gov(R, p)]
    parts += ["\nArrival ", ev_date(R, cc)]
    return parts


@form("scholarship_application", ["US", "IT", "ES", "BR", "PL", "RO"])
def f_scholar(R, cc, clean):
    if clean:
        return ["Scholarship call ", str(R.randint(2025, 2026)), " — deadline ", ev_date(R, cc, "date_deadline"), "\nFunded by ",
                neg(R, "person", cc), "; ", neg(R, "number", cc), "\nPortal ID format: ", neg(R, "gov_id", cc), " (example, invalid)\n", negs(R, cc, 2)]
    p = Person(R, cc)
    ref = Person(R, cc)
    lab = {"US": ("Applicant", "Date of birth", "SSN (last used)", "Mailing address", "Email", "Phone", "Recommender"),
           "IT": ("Candidato/a", "Data di nascita", "Codice fiscale", "Indirizzo", "Email", "Cellulare", "Referente"),
           "ES": ("Solicitante", "Fecha de nacimiento", "DNI", "Domicilio", "Correo electrónico", "Teléfono", "Tutor/a"),
           "BR": ("Candidato(a)", "Data de nascimento", "CPF", "Endereço", "E-mail", "Celular", "Orientador(a)"),
           "PL": ("Kandydat", "Data urodzenia", "Paszport", "Adres", "E-mail", "Telefon", "Opiekun"),
           "RO": ("Candidat", "Data nașterii", "Pașaport", "Adresa", "E-mail", "Telefon", "Coordonator")}[cc]
    return ["Scholarship application\n%s: " % lab[0], L("person", p.name()), "\n%s: " % lab[1], dob(R, p), "\n%s: " % lab[2],
            gov(R, p), "\n%s: " % lab[3], L("address", address(R, cc)), "\n%s: " % lab[4], L("email", p.email(R)),
            "\n%s: " % lab[5], phone(R, cc), "\n%s: " % lab[6], L("person", ref.name()), " <", L("email", ref.email(R, "uni-%s.edu" % R.choice(["north", "lakes", "stmark"]))), ">"]


@form("passport_renewal", ["US", "GB", "DE", "NL", "FR"])
def f_passport(R, cc, clean):
    if clean:
        return ["Passport renewal checklist: photo 35x45 mm, fee ", neg(R, "number", cc), ", processing ", N("6–8 weeks", "duration"),
                "\nAppointment slot: ", ev_date(R, cc), " at ", neg(R, "address", cc), "\n", negs(R, cc, 3)]
    p = Person(R, cc)
    if cc == "US":
        return ["DS-82 U.S. Passport Renewal\n1. Name: ", L("person", p.name().upper()), "\n2. Date of Birth: ", dob(R, p),
                "\n5. Social Security Number: ", gov(R, p), "\n6. Email: ", L("email", p.email(R)), "\n7. Primary phone: ", phone(R, cc),
                "\n8. Mailing address: ", L("address", address(R, cc)), "\nMost recent passport number: ", gov(R, p, "passport"),
                " issued ", ev_date(R, cc, "date_issue")]
    lab = {"GB": ("Surname", "Given names", "Date of birth", "Old passport number", "Address", "Phone"),
           "DE": ("Familienname", "Vornamen", "Geburtsdatum", "Bisherige Passnummer", "Anschrift", "Telefon"),
           "NL": ("Achternaam", "Voornamen", "Geboortedatum", "Oud paspoortnummer", "Adres", "Telefoon"),
           "FR": ("Nom", "Prénoms", "Date de naissance", "N° de l'ancien passeport", "Adresse", "Téléphone")}[cc]
    parts = ["Passport renewal\n%s: " % lab[0], L("person", p.surname.upper()), "\n%s: " % lab[1], L("person", p.given),
             "\n%s: " % lab[2], dob(R, p), "\n%s: " % lab[3], gov(R, p, "passport"), "\n%s: " % lab[4], L("address", address(R, cc)),
             "\n%s: " % lab[5], phone(R, cc)]
    if cc == "NL":
        parts += ["\nBSN: ", gov(R, p)]
    return parts


@form("attendee_export", ["US", "GB", "DE", "FR", "NL", "SE"])
def f_attendee(R, cc, clean):
    if clean:
        rows = ["ticket_type,count,revenue,checked_in"]
        for t in ["Early Bird", "Standard", "Speaker", "Sponsor"]:
            rows.append("\n%s,%d,%d.%02d,%d" % (t, R.randint(1, 400), R.randint(0, 90000), R.randint(0, 99), R.randint(0, 300)))
        return [rows, "\n# exported ", neg(R, "dob", cc), " by ", neg(R, "email", cc), " · sponsor ", neg(R, "person", cc), " · ", neg(R, "ip", cc)]
    out = ["first_name,last_name,email,company,ticket_type,badge_id,phone"]
    for _ in range(R.randint(2, 4)):
        p = Person(R, CLANG_COUNTRY_SAMPLE(R, cc))
        out += ["\n", L("person", p.given), ",", L("person", p.surname), ",", L("email", p.email(R, R.choice(["acme.io", "contoso.com", "nordwind.de", "globex.fr"]))),
                ",", N(R.choice(["Globex", "Initech", "Umbrella Labs", "Hooli"]), "org"), ",", R.choice(["Standard", "Speaker", "VIP"]),
                ",", N("B-%05d" % R.randint(0, 99999), "badge_id"), ","]
        if R.random() < 0.7:
            out.append(phone(R, cc, p.cc if p.cc in KINDS and p.cc != cc else None, intl=True))
    return out


def CLANG_COUNTRY_SAMPLE(R, cc):
    return cc if R.random() < 0.6 else R.choice(["US", "GB", "DE", "FR", "NL", "ES", "IT", "PL", "SE", "BR"])


@form("podcast_notes", ["US", "GB", "DE", "ES", "BR"])
def f_podcast(R, cc, clean):
    ts = lambda: N("%02d:%02d:%02d" % (R.randint(0, 1), R.randint(0, 59), R.randint(0, 59)), "timestamp")
    if clean:
        return ["Episode %d — " % R.randint(10, 300), N(R.choice(TITLES), "title_work"), " revisited\n", ts(), " intro\n", ts(),
                " why ", neg(R, "person", cc), " matters\n", ts(), " listener mail\nSponsor code ", N(C.rnd(R, string.ascii_uppercase, 6) + "20", "promo_code"),
                "\n", negs(R, cc, 2)]
    g = Person(R, cc)
    h = Person(R, cc)
    return ["Episode %d: " % R.randint(10, 300), N(R.choice(TITLES), "title_work"), " and the craft of translation\nGuest: ",
            L("person", g.name()), "\n", ts(), " ", L("person", g.given), " on growing up in ", N(R.choice(PLACES), "place"), "\n", ts(),
            " questions\nBook ", L("person", g.name("init")), " for talks: ", L("email", g.email(R)), "\nHost: ",
            L("person", h.name()), " — voicemail line ", phone(R, cc)]


@form("jira_csv", ["US", "GB", "DE", "NL", "PL"])
def f_jira(R, cc, clean):
    hdr = "Issue key,Summary,Reporter,Assignee,Created,Description"
    key = lambda: N("%s-%d" % (R.choice(["OPS", "PAY", "WEB", "SEC"]), R.randint(10, 9999)), "issue_key")
    if clean:
        return [hdr, "\n", key(), ",Upgrade to ", neg(R, "number", cc), ",Platform Team,QA Automation,", neg(R, "dob", cc),
                ",\"Rollout blocked on ", neg(R, "secret", cc), "; see ", neg(R, "ip", cc), "\"\n", key(), ",Rename ", neg(R, "person", cc),
                " tenant,Platform Team,,", neg(R, "dob", cc), ",\"", neg(R, "email", cc), "\""]
    a, b, c = Person(R, cc), Person(R, cc), Person(R, CLANG_COUNTRY_SAMPLE(R, cc))
    what = R.choice(["secret", "ip", "email", "phone"])
    val = {"secret": lambda: secret(R), "ip": lambda: ip(R), "email": lambda: L("email", c.email(R)), "phone": lambda: phone(R, cc)}[what]()
    return [hdr, "\n", key(), ",Customer cannot log in,", L("person", a.name()), ",", L("person", b.name()), ",",
            N("%d-%02d-%02d %02d:%02d" % (R.randint(2024, 2025), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59)), "timestamp"),
            ",\"Reported by ", L("person", c.name()), " from ", ip(R), "; pasted value: ", val, "\""]


@form("zendesk_macro", ["US", "ES", "DE", "FR", "IT", "NL", "BR"])
def f_zendesk(R, cc, clean):
    hi = {"US": "Hi", "ES": "Hola", "DE": "Hallo", "FR": "Bonjour", "IT": "Ciao", "NL": "Hoi", "BR": "Olá"}[cc]
    if clean:
        return ["Macro: Refund issued\n", hi, " ", N("{{ticket.requester.first_name}}", "placeholder_person"), ",\n", N("{{ticket.id}}", "placeholder"),
                " — refund to card ", masked_card(R), " on ", neg(R, "dob", cc), ".\n", N("{{current_user.name}}", "placeholder_person"),
                "\n", negs(R, cc, 2)]
    c, a = Person(R, cc), Person(R, cc)
    return ["Macro applied: Refund issued (rendered)\nTo: ", L("email", c.email(R)), "\n", hi, " ", L("person", c.given), ",\n",
            "ticket #", N(str(R.randint(100000, 9999999)), "ticket_number"), " — refund to card ", masked_card(R),
            ". Callback number on file: ", phone(R, cc), "\n", L("person", a.name()), " | Support"]


@form("discord_log", ["US", "BR", "ES", "PL", "TR", "GB"])
def f_discord(R, cc, clean):
    t = lambda: "[%02d:%02d] " % (R.randint(0, 23), R.randint(0, 59))
    nick = lambda: N(R.choice(["xXshadowXx", "pixelhund", "nullptr", "kappa_queen", "moddybot", "frostbyte", "Ryuu"]), "nickname")
    if clean:
        return [t(), nick(), ": server moved, new build ", neg(R, "ip", cc), "\n", t(), nick(), ": token is ", neg(R, "secret", cc),
                " lol\n", t(), nick(), ": gg, rematch ", neg(R, "dob", cc), " at ", neg(R, "address", cc), "\n", t(), nick(), ": ",
                neg(R, "person", cc), " raid tonight"]
    p = Person(R, cc)
    return [t(), nick(), ": join the mc server ", ip(R, False), ":25565\n", t(), nick(), ": bot token leaked?? ", secret(R, R.choice(["github_pat", "slack_token", "openai", "jwt"])),
            "\n", t(), nick(), ": " + {"US": "irl name is ", "GB": "I'm ", "BR": "meu nome é ", "ES": "me llamo ", "PL": "nazywam się ", "TR": "adım "}[cc],
            L("person", p.name()), ", dm me at ", L("email", p.email(R))]


QUOTE = {"en": "On %s, %s <%s> wrote:", "de": "Am %s schrieb %s <%s>:", "fr": "Le %s, %s <%s> a écrit :",
         "es": "El %s, %s <%s> escribió:", "it": "Il giorno %s %s <%s> ha scritto:", "nl": "Op %s schreef %s <%s>:",
         "pt": "Em %s, %s <%s> escreveu:", "pl": "W dniu %s %s <%s> napisał(a):", "sv": "Den %s skrev %s <%s>:"}


@form("reply_thread", ["GB", "US", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "PL", "SE"])
def f_reply(R, cc, clean):
    lang = CLANG[cc]
    if clean:
        return ["> ", {"en": "Thanks, see attached.", "de": "Danke, siehe Anhang.", "fr": "Merci, voir pièce jointe.", "es": "Gracias, adjunto.",
                       "it": "Grazie, in allegato.", "nl": "Dank, zie bijlage.", "pt": "Obrigado, segue em anexo.", "pl": "Dzięki, w załączniku.",
                       "sv": "Tack, se bilaga."}[lang], "\n> Ref. ", neg(R, "number", cc), " — ", neg(R, "iban", cc), "\n> ",
                neg(R, "dob", cc), " · ", neg(R, "person", cc), "\n", negs(R, cc, 2)]
    a, b = Person(R, cc), Person(R, cc)
    d = ev_date(R, cc, "date_email")
    q = QUOTE[lang].split("%s")
    body = R.choice([["my new number is ", phone(R, cc)], ["IBAN: ", iban(R, cc if cc not in ("US",) else "GB")],
                     ["new address: ", L("address", address(R, cc))], ["born ", dob(R, b)]])
    return [L("person", b.given), " — ", body, "\n\n", q[0], d, q[1], L("person", a.name()), q[2], L("email", a.email(R)), q[3],
            "\n> ", {"en": "Could you send me the details?", "de": "Kannst du mir die Daten schicken?", "fr": "Tu peux m'envoyer les infos ?",
                     "es": "¿Me mandas los datos?", "it": "Mi mandi i dati?", "nl": "Kun je de gegevens sturen?", "pt": "Pode me mandar os dados?",
                     "pl": "Możesz przesłać dane?", "sv": "Kan du skicka uppgifterna?"}[lang], "\n> ", L("person", a.given)]


@form("sms_2fa_log", ["GB", "DE", "FR", "ES", "SE", "DK", "FI", "NL"])
def f_sms(R, cc, clean):
    def ts():
        return N("%d-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(2024, 2025), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "timestamp")
    sid = lambda: N("SM" + hexs(R, 32), "message_sid")
    lines = []
    for i in range(R.randint(2, 3)):
        if i:
            lines.append("\n")
        code = N("%06d" % R.randint(0, 999999), "otp_code")
        if clean:
            lines += [ts(), " otp.send to=", N("+%d *** ***%03d" % (R.randint(30, 49), R.randint(0, 999)), "masked_phone"),
                      " code=", code, " sid=", sid(), " status=delivered"]
        else:
            lines += [ts(), " otp.send to=", phone(R, cc, intl=True), " code=", code, " sid=", sid(), " status=",
                      R.choice(["delivered", "queued", "failed"])]
    if not clean and R.random() < 0.5:
        lines += ["\n", ts(), " otp.verify user=", L("email", Person(R, cc).email(R)), " ip=", ip(R), " ok"]
    elif clean:
        lines += ["\n", negs(R, cc, 2)]
    return lines


@form("password_csv", ["US", "GB", "DE", "FR", "NL"])
def f_pwcsv(R, cc, clean):
    hdr = "name,url,username,password,note"
    if clean:
        return [hdr, "\nExample,https://example.org/login,", N("<username>", "placeholder_email"), ",", N("<password>", "placeholder_secret"),
                ",", neg(R, "dob", cc), "\nRouter,http://router.local/,admin,", neg(R, "secret", cc), ",fw ", neg(R, "ip", cc)]
    p = Person(R, cc)
    sites = R.sample(["netflix.com", "github.com", "amazon.de", "booking.com", "bol.com", "leboncoin.fr", "ebay.co.uk", "spotify.com"], 3)
    out = [hdr]
    for i, s in enumerate(sites):
        out += ["\n", s.split(".")[0], ",https://www.", s, "/,"]
        out.append(L("email", p.email(R)) if i != 1 else L("person", p.name()))
        out += [",", password(R) if i != 2 else secret(R, R.choice(["github_pat", "gitlab_pat", "npm_token"])), ","]
        if i == 0:
            out += ["recovery ", phone(R, cc)]
    return out


@form("autofill_dump", ["US", "DE", "FR", "NL", "IT"])
def f_autofill(R, cc, clean):
    if clean:
        return ["sqlite> SELECT guid, use_count, date_modified FROM autofill_profiles;\n",
                N("%s-%s-4%s-%s%s-%s" % (hexs(R, 8), hexs(R, 4), hexs(R, 3), R.choice("89ab"), hexs(R, 3), hexs(R, 12)), "uuid"),
                "|%d|%d\n" % (R.randint(1, 80), R.randint(1600000000, 1750000000)), "sqlite> SELECT name_on_card, card_number_encrypted FROM credit_cards;\n",
                N("|v10" + C.rnd(R, C.B64, 40), "encrypted_blob"), "\n-- ", negs(R, cc, 3)]
    p = Person(R, cc)
    out = ["sqlite> SELECT full_name, street_address, email, phone FROM autofill_profiles;\n", L("person", p.name()), "|",
           L("address", address(R, cc)), "|", L("email", p.email(R)), "|", phone(R, cc)]
    if R.random() < 0.5:
        out += ["\nsqlite> SELECT name_on_card, card_number FROM credit_cards;\n", L("person", p.name().upper()), "|",
                card(R, R.choice(["visa", "mastercard"]))]
    else:
        out += ["\n-- birthday field: ", dob(R, p)]
    return out


@form("k8s_events", ["US", "GB", "DE"])
def f_k8s(R, cc, clean):
    hdr = "LAST SEEN   TYPE      REASON              OBJECT                          MESSAGE"
    pod = lambda: "pod/%s-%s-%s" % (R.choice(["api", "worker", "billing", "web"]), hexs(R, 10), C.rnd(R, string.ascii_lowercase + string.digits, 5))
    if clean:
        return [hdr, "\n%dm         Normal    Pulled              %s   Successfully pulled image \"registry.example.org/api@" % (R.randint(1, 59), pod()),
                neg(R, "secret", cc), "\"\n%ds         Warning   BackOff             %s   Back-off restarting failed container (app " % (R.randint(1, 59), pod()),
                neg(R, "number", cc), ", ", neg(R, "ip", cc), ")\n", negs(R, cc, 2)]
    p = Person(R, cc)
    return [hdr, "\n%dm         Normal    EnsuredLoadBalancer service/ingress-nginx            Ensured load balancer, ingress IP " % R.randint(1, 59),
            ip(R), "\n%ds         Warning   Failed              %s   Error: secret env API_KEY=" % (R.randint(1, 59), pod()), secret(R, R.choice(["stripe", "aws_access_key_id", "sendgrid", "twilio"])),
            " rejected\n%dm         Normal    Scheduled           %s   annotation owner=" % (R.randint(1, 59), pod()), L("email", p.email(R, "corp-%s.com" % R.choice(["alpha", "nimbus", "orbit"])))]


@form("r_dataframe", ["US", "DE", "ES", "FR", "IT"])
def f_rdf(R, cc, clean):
    if clean:
        return ["> summary(df$score)\n   Min. 1st Qu.  Median    Mean 3rd Qu.    Max.\n  %5.2f   %5.2f   %5.2f   %5.2f   %5.2f   %5.2f\n" % tuple(sorted(R.uniform(0, 99) for _ in range(6))),
                "> levels(df$site)\n[1] \"", neg(R, "person", cc), "\" \"", neg(R, "person", cc), "\"\n> df$run_id[1:2]\n[1] \"",
                neg(R, "secret", cc), "\" \"", neg(R, "number", cc), "\"\n# ", neg(R, "dob", cc)]
    out = ["> head(patients, %d)\n# A tibble: %d × 4\n  name                 dob        email                          phone\n  <chr>                <chr>      <chr>                          <chr>" % (3, 3)]
    for i in range(3):
        p = Person(R, cc)
        nm = p.name()
        em = p.email(R)
        out += ["\n%d " % (i + 1), L("person", nm), " " * max(1, 21 - len(nm)), dob(R, p), " ", L("email", em), " " * max(1, 31 - len(em)), phone(R, cc)]
    return out


@form("excel_paste", ["DE", "NL", "IT", "FR", "ES", "CZ", "PL"])
def f_excel(R, cc, clean):
    hd = {"DE": ("Mitarbeiter", "Kontakt", "Name", "Vorname", "Geburtsdatum", "Telefon", "E-Mail"),
          "NL": ("Medewerker", "Contact", "Achternaam", "Voornaam", "Geboortedatum", "Telefoon", "E-mail"),
          "IT": ("Dipendente", "Contatti", "Cognome", "Nome", "Data di nascita", "Telefono", "Email"),
          "FR": ("Salarié", "Contact", "Nom", "Prénom", "Date de naissance", "Téléphone", "E-mail"),
          "ES": ("Empleado", "Contacto", "Apellidos", "Nombre", "Fecha de nacimiento", "Teléfono", "Correo"),
          "CZ": ("Zaměstnanec", "Kontakt", "Příjmení", "Jméno", "Datum narození", "Telefon", "E-mail"),
          "PL": ("Pracownik", "Kontakt", "Nazwisko", "Imię", "Data urodzenia", "Telefon", "E-mail")}[cc]
    if clean:
        return ["%s\t\t\tQ1\tQ2\n%s\t%s\t—\t\t\n" % (hd[0], hd[1], hd[2]), neg(R, "person", cc), "\t", neg(R, "address", cc), "\tvakant\t",
                neg(R, "number", cc), "\t", neg(R, "number", cc), "\n", neg(R, "person", cc), "\t", neg(R, "phone", cc), "\t—\t",
                neg(R, "dob", cc), "\t", neg(R, "iban", cc)]
    out = ["%s\t\t\t%s\t\n%s\t%s\t%s\t%s\t%s" % (hd[0], hd[1], hd[2], hd[3], hd[4], hd[5], hd[6])]
    for _ in range(R.randint(2, 4)):
        p = Person(R, cc)
        out += ["\n", L("person", p.surname), "\t", L("person", p.given), "\t", dob(R, p), "\t", phone(R, cc), "\t", L("email", p.email(R))]
    return out


# ------------------------------------------------------------------ generate
def generate():
    R = random.Random(SEED)
    reps = -(-COUNT // len(FORMS))
    order = [i for i in range(len(FORMS)) for _ in range(reps)]
    R.shuffle(order)
    order = order[:COUNT]
    clean = [True] * CLEAN + [False] * (COUNT - CLEAN)
    R.shuffle(clean)
    recs = []
    for i in range(COUNT):
        name, countries, fn = FORMS[order[i]]
        cc = R.choice(countries)
        parts = fn(R, cc, clean[i])
        rec = C.build("heldout-e-%05d" % i, name, CLANG[cc], parts)
        if cc == "BR":
            rec["lang"] = "pt"
        recs.append(rec)
    return recs


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


# ------------------------------------------------------------------ checks
MONTH_WORDS = {w.lower(): i + 1 for ms in C.MONTHS.values() for i, w in enumerate(ms)}
MONTH_WORDS.update({w[:3].lower(): i + 1 for i, w in enumerate(C.MONTHS["en"])})


def date_ok(v):
    nums = [int(x) for x in re.findall(r"\d+", v)]
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", v) if w.lower() not in ("de", "er")]
    if words:
        assert len(words) == 1 and words[0] in MONTH_WORDS and len(nums) == 2, v
        cands = [(nums[1], MONTH_WORDS[words[0]], nums[0])]
    else:
        assert len(nums) == 3, v
        if nums[0] > 999:
            cands = [(nums[0], nums[1], nums[2])]
        else:
            cands = [(nums[2], nums[1], nums[0]), (nums[2], nums[0], nums[1])]
    ok = False
    for y, m, d in cands:
        try:
            dt = datetime.date(y, m, d)
            ok = ok or 1900 <= dt.year <= 2010
        except ValueError:
            pass
    return ok


def gov_ok(sp):
    v = re.sub(r"[\s.\-]", "", sp["value"])
    s = sp["sub"]
    if s == "ssn":
        return C.ssn_valid(int(v[:3]), int(v[3:5]), int(v[5:]))
    if s == "itin":
        g = int(v[3:5])
        return v[0] == "9" and (50 <= g <= 65 or 70 <= g <= 88 or g in (90, 91, 92) or 94 <= g <= 99)
    if s == "nino":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v) is not None and v[:2] not in C.NINO_BAD_PREFIX
    if s == "nhs":
        return C.nhs_ok(v)
    if s == "steuer_id":
        return C.steuerid_ok(v)
    if s == "nir":
        return len(v) == 15 and C.nir_ok(v[:13], v[13:])
    if s == "dni":
        return C.DNI_LETTERS[int(v[:8]) % 23] == v[8]
    if s == "nie":
        return C.nie_ok(v)
    if s == "codice_fiscale":
        return len(v) == 16 and C.cf_check(v[:15]) == v[15]
    if s == "bsn":
        return C.bsn_ok(v)
    if s == "cpf":
        return C.cpf_ok(v)
    if s == "passport":
        return re.fullmatch(r"[A-Z0-9]{8,9}", v) is not None
    return False


PHONE_LEN = {"US": 10, "CA": 10, "GB": 10, "DE": (9, 10, 11), "AT": (8, 10, 11), "CH": 9, "FR": 9, "BE": (8, 9), "NL": 9,
             "ES": 9, "PT": 9, "IT": (10,), "PL": 9, "IE": 9, "SE": 9, "BR": (10, 11)}


def phone_ok(sp):
    v = sp["value"]
    plan = sp.get("plan", sp["region"])
    cc = C.PLANS[plan][0]
    dg = re.sub(r"\D", "", v.replace("(0)", ""))
    if v.startswith("+"):
        assert dg.startswith(str(cc)), sp
        nsn = dg[len(str(cc)):]
    elif v.startswith("00"):
        assert sp["region"] in INTL00 and dg.startswith("00%d" % cc), sp
        nsn = dg[2 + len(str(cc)):]
    else:
        assert "plan" not in sp, sp
        t = C.PLANS[plan][1]
        nsn = dg[len(t):] if t and dg.startswith(t) else dg
    want = PHONE_LEN[plan]
    want = want if isinstance(want, tuple) else (want,)
    return len(nsn) in want


def check_value(sp):
    t, v = sp["type"], sp["value"]
    if t == "card":
        d = re.sub(r"\D", "", v)
        assert C.luhn_ok(d) and 12 <= len(d) <= 19, sp
    elif t == "iban":
        c = re.sub(r"[\s\-\u00a0\u202f]", "", v).upper()
        assert C.iban_mod97(c) == 1 and len(c) == C.IBAN_LEN[c[:2]] and c[:2] == sp["sub"], sp
    elif t == "gov_id":
        assert gov_ok(sp), sp
    elif t == "dob":
        assert date_ok(v), sp
    elif t == "ip":
        assert ipaddress.ip_address(v).is_global, sp
    elif t == "email":
        assert re.fullmatch(r"[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}", v), sp
    elif t == "phone":
        assert "region" in sp and phone_ok(sp), sp
    elif t == "secret":
        assert len(v) >= 8, sp


def check(recs, text_on_disk):
    assert dumps(recs) == text_on_disk, "file on disk differs from regeneration"
    ids = set()
    nclean = 0
    forms = {}
    for r in recs:
        C.check_record(r)
        assert r["id"] not in ids
        ids.add(r["id"])
        forms[r["form"]] = forms.get(r["form"], 0) + 1
        if not r["spans"]:
            nclean += 1
            assert r.get("neg"), ("clean record without negatives", r["id"])
            for m in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", r["text"]):
                assert any(int(x) > 255 for x in m.group().split(".")), ("IP-like in clean record", r)
        for sp in r["spans"]:
            check_value(sp)
        # every dotted quad in the text must be a labelled IP or not an address
        labelled = [(s["start"], s["end"]) for s in r["spans"] if s["type"] == "ip"]
        for m in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", r["text"]):
            if all(int(x) <= 255 for x in m.group().split(".")):
                assert any(a <= m.start() and m.end() <= b for a, b in labelled), ("unlabelled IP", r)
    assert len(recs) == COUNT and nclean == CLEAN
    assert len(forms) >= 20 and max(forms.values()) <= 0.07 * COUNT, forms
    return nclean, forms


def main():
    recs = generate()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            disk = f.read()
        nclean, forms = check(recs, disk)
        counts = {}
        for r in recs:
            for sp in r["spans"]:
                counts[sp["type"]] = counts.get(sp["type"], 0) + 1
        print("OK %s: %d records, %d clean, %d labels %s" % (os.path.basename(OUT), len(recs), nclean, sum(counts.values()),
                                                            dict(sorted(counts.items(), key=lambda kv: -kv[1]))))
        print("forms (%d): %s" % (len(forms), dict(sorted(forms.items()))))
        return
    C.write_jsonl(OUT, recs)
    with open(OUT, encoding="utf-8") as f:
        check(recs, f.read())
    print("wrote", OUT, len(recs))


if __name__ == "__main__":
    main()
