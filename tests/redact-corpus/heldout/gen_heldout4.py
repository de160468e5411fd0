#!/usr/bin/python3
"""Held-out part 4 of the redaction corpus (ids heldout-d-NNNNN).

Written from format knowledge only: ../README.md (record format, label
conventions, match rule), ../corpuslib.py (record builder, checksum rules,
numbering plans, credential shapes) and the list of document forms parts 1-3
use (heldout/README.md), so that this part uses other forms.  It never saw
the redactor, the other generators or any corpus file's contents.

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout4.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout4.py --check   # verify

Deterministic: random.Random(51923), 1,000 records.  Names, streets and
cities are this file's own hand-written lists.  IP addresses: the README
exempts no range, so every IP address written is labelled; to keep the
measure unambiguous only public (global unicast) addresses are used, and the
IP look-alikes are strings that are not addresses (octets > 255, four-part
build numbers, OIDs, coordinates).

Checked when written (not by --check, which needs only the standard library):
every phone label was parsed with its `region` by Debian's libphonenumber
8.12.57 in a throwaway program (valid, and of the country in `plan`, or of
`region` when there is no `plan`; French narrow-NBSP groups read as spaces).
"""
import collections
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

SEED = 51923
COUNT = 1000
OUT = os.path.join(HERE, "heldout4.jsonl")
R = random.Random(SEED)   # re-seeded by generate()


def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def dig(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def upp(n, alphabet=string.ascii_uppercase):
    return "".join(R.choice(alphabet) for _ in range(n))


def fold(s):
    """ASCII fold for e-mail local parts and user names."""
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae") \
         .replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum()))


# ====================================================================== names
# Hand-written for this part: (female given, male given, surnames).
NAMES = {
    "en": (
        ["Harriet", "Maeve", "Imogen", "Tamsin", "Bethany", "Nia", "Juniper", "Willa", "Keira",
         "Rosalind", "Georgia", "Felicity", "Eloise", "Shannon", "Tabitha", "Gwendolyn", "Marcy",
         "Delia", "Corinne", "Lorna", "Abigail", "Kendra", "Brooke", "Paige", "Hollis", "Winifred",
         "Leanne", "Tessa", "Darcy", "Mabel", "Ottilie", "Rhiannon"],
        ["Oliver", "Declan", "Rupert", "Callum", "Alistair", "Desmond", "Ezra", "Barnaby", "Leland",
         "Cormac", "Nathaniel", "Ellis", "Gideon", "Travis", "Duncan", "Wyatt", "Spencer", "Lachlan",
         "Roderick", "Malcolm", "Tobias", "Clement", "Everett", "Dwayne", "Hamish", "Jasper",
         "Griffin", "Reuben", "Silas", "Crispin", "Thaddeus", "Emmett"],
        ["Ashworth", "Pennington", "Whitlock", "Fairbanks", "Okafor", "Hargreaves", "Thistlewood",
         "Gallagher", "McAllister", "Brennan", "Featherstone", "Holloway", "Pritchard", "Blackwood",
         "Dunmore", "Ellsworth", "Garrity", "Hutchins", "Ingram", "Jessop", "Kettering", "Lockhart",
         "Merriweather", "Nightingale", "Osgood", "Prescott", "Quigley", "Rowntree", "Sutcliffe",
         "Tremaine", "Underwood", "Wetherby", "Yardley", "Abernathy", "Bramwell", "Cartwright",
         "Dalrymple", "Fenwick", "Greenhalgh", "Lattimore", "Northcott", "O'Rourke", "Pemberton",
         "Radcliffe", "Tolliver", "Whitfield", "Beckett", "Doyle", "MacLeod", "Achebe", "Delacourt",
         "Ferris", "Nakamura", "Washington"]),
    "de": (
        ["Friederike", "Hannelore", "Annika", "Wiebke", "Svenja", "Mechthild", "Leonie", "Ines",
         "Gudrun", "Carla", "Rieke", "Theresa", "Birgit", "Helga", "Johanna", "Lotte", "Marlene",
         "Frauke", "Antje", "Sabine", "Ulrike", "Nele", "Ronja", "Henrike", "Ilse", "Gesine", "Dörte",
         "Jutta", "Elke", "Maren", "Anna-Lena", "Hildegard"],
        ["Joachim", "Hartmut", "Lennart", "Ole", "Wolfgang", "Detlef", "Malte", "Jörg", "Till",
         "Bernd", "Henning", "Volker", "Rüdiger", "Sönke", "Eberhard", "Kai", "Dietmar", "Florian",
         "Konstantin", "Matthias", "Gernot", "Torben", "Ulf", "Heiko", "Friedrich", "Klaus-Dieter",
         "Jens", "Reinhard", "Hauke", "Benedikt", "Hans-Jürgen", "Anselm"],
        ["Brandstätter", "Hoffmeister", "Lindemann", "Oberländer", "Pfeiffer", "Reinholz",
         "Schwarzkopf", "Tiedemann", "Uhlig", "Vogelsang", "Wendtland", "Zimmermann", "Achterberg",
         "Bäumer", "Claußen", "Dörfler", "Eichhorn", "Falkenhagen", "Gottschalk", "Haberland",
         "Iffland", "Kürschner", "Lehmkuhl", "Mönch", "Nußbaum", "Ostermann", "Quast",
         "Rothenberger", "Steinmetz", "Thielemann", "Voß", "Wagenknecht", "Ziegler", "Brückner",
         "Engelhardt", "Grünewald", "Janßen", "Kessler", "Neubauer", "Riedel", "Stöcker", "Wiegand",
         "von Bredow", "von der Heide", "Heinemann-Kolb", "Sauerbier", "Yıldırım", "Przybilla",
         "Overbeck", "Hölscher", "Krämer", "zur Linden"]),
    "fr": (
        ["Clémence", "Solène", "Margaux", "Aurélie", "Ségolène", "Maëlle", "Océane", "Bérénice",
         "Gaëlle", "Ludivine", "Mathilde", "Noémie", "Capucine", "Élodie", "Anaïs", "Véronique",
         "Josiane", "Sidonie", "Apolline", "Brigitte", "Lucienne", "Romane", "Yvette", "Albane",
         "Nadège", "Amandine", "Colette", "Héloïse", "Anne-Sophie", "Marie-Claude", "Inès", "Zoé"],
        ["Gaspard", "Thibault", "Baptiste", "Aurélien", "Benoît", "Corentin", "Éloi", "Fabrice",
         "Gaëtan", "Hervé", "Jean-Luc", "Lucien", "Marius", "Octave", "Pascal", "Quentin",
         "Rodolphe", "Sylvain", "Timothée", "Yannick", "Ambroise", "Bastien", "Clovis", "Didier",
         "Étienne", "Florent", "Grégoire", "Jean-Baptiste", "Loïc", "Valentin", "Karim", "Mathéo"],
        ["Lefebvre", "Garnier", "Rousseau", "Chevalier", "Fontaine", "Mercier", "Boulanger",
         "Lemaire", "Dufresne", "Vasseur", "Marchand", "Perrin", "Carpentier", "Delacroix", "Hébert",
         "Jacquemin", "Lacombe", "Masson", "Picard", "Renaud", "Tessier", "Vidal", "Barbier",
         "Caron", "Deschamps", "Faure", "Gauthier", "Huet", "Joly", "Leclerc", "Poirier", "Roche",
         "Texier", "Villeneuve", "Auclair", "Bourdon", "Charpentier", "Dumoulin", "Ferrand",
         "Guérin", "Lebrun", "Paquet", "Rivière", "Sauvage", "Le Goff", "Le Bihan", "de Kervern",
         "Benali", "N'Diaye", "d'Aubigné", "Dos Reis", "Lagarde-Morin"]),
    "es": (
        ["Ainhoa", "Begoña", "Consuelo", "Itziar", "Macarena", "Nerea", "Rocío", "Vanesa", "Amparo",
         "Lucía", "Montserrat", "Pilar", "Almudena", "Eulalia", "Fuensanta", "Inmaculada", "Jimena",
         "Leire", "Maite", "Noelia", "Paloma", "Remedios", "Soledad", "Triana", "Azucena", "Carmela",
         "Esperanza", "Guadalupe", "María José", "Yolanda", "Ximena", "Valeria"],
        ["Íñigo", "Álvaro", "Borja", "Gonzalo", "Jacinto", "Leandro", "Marcelino", "Nicanor",
         "Rodrigo", "Santiago", "Teodoro", "Unai", "Xabier", "Aitor", "Baltasar", "Cayetano",
         "Domingo", "Eusebio", "Fermín", "Gregorio", "Hilario", "Ignacio", "Joaquín", "Lorenzo",
         "Modesto", "Óscar", "Ramiro", "Sergio", "Juan Carlos", "José Antonio", "Mateo", "Rubén"],
        ["Echeverría", "Iglesias", "Jiménez", "Olmedo", "Quintana", "Zubizarreta", "Arrieta",
         "Barrionuevo", "Cifuentes", "Domínguez", "Escobar", "Fuentes", "Galindo", "Herrera",
         "Ibarra", "Lozano", "Montoya", "Navarro", "Ortega", "Pacheco", "Quiroga", "Rivas",
         "Salcedo", "Toledo", "Urquijo", "Valverde", "Villalobos", "Zamora", "Alcántara", "Bermúdez",
         "Cabrera", "Delgado", "Espinosa", "Ferrer", "Guerrero", "Hidalgo", "Lorente", "Medina",
         "Núñez", "Orozco", "Pascual", "Santana", "Trujillo", "Aguirre", "Benítez", "Calvo",
         "Durán", "Gallego", "Prieto", "de la Fuente", "del Río", "de Castro", "Goikoetxea"]),
    "it": (
        ["Ginevra", "Ludovica", "Beatrice", "Chiara", "Ilaria", "Benedetta", "Rosalba",
         "Annunziata", "Vittoria", "Letizia", "Serena", "Marisa", "Ornella", "Graziella", "Carolina",
         "Eleonora", "Fiorella", "Gaia", "Lucrezia", "Mirella", "Noemi", "Ottavia", "Patrizia",
         "Raffaella", "Simona", "Tiziana", "Veronica", "Agnese", "Donatella", "Maria Grazia",
         "Assunta", "Nives"],
        ["Lorenzo", "Tommaso", "Ettore", "Gianluca", "Leonardo", "Massimiliano", "Pierluigi",
         "Salvatore", "Vittorio", "Achille", "Bruno", "Cesare", "Damiano", "Emanuele", "Fabrizio",
         "Gennaro", "Ignazio", "Jacopo", "Lapo", "Mattia", "Nicolò", "Oreste", "Pasquale",
         "Riccardo", "Sandro", "Ugo", "Valerio", "Gian Marco", "Carmine", "Rocco", "Filippo",
         "Corrado"],
        ["Bernardini", "Caruso", "D'Amico", "Esposito", "Fabbri", "Gentile", "Lombardo",
         "Marchetti", "Negri", "Orlando", "Palumbo", "Rinaldi", "Santoro", "Testa", "Vitale",
         "Zanetti", "Barone", "Colombo", "De Luca", "Ferraro", "Galli", "Mancini", "Morelli",
         "Pellegrini", "Ricci", "Sartori", "Serra", "Amato", "Bellini", "Cattaneo", "Donati",
         "Fontana", "Giordano", "Leone", "Mazza", "Monti", "Parisi", "Riva", "Tedesco", "Valentini",
         "Brambilla", "Cristiani", "Di Benedetto", "Lo Presti", "Dell'Orto", "La Rocca", "Zanella",
         "Guidi", "Messina", "Farina", "Benedetti", "Scognamiglio", "Quattrocchi"]),
    "nl": (
        ["Marieke", "Femke", "Sanne", "Anouk", "Ilse", "Lotte", "Fleur", "Janneke", "Noor",
         "Saskia", "Wilhelmina", "Geertje", "Hanneke", "Liesbeth", "Maartje", "Roos", "Tessel",
         "Yara", "Willemijn", "Esmée", "Floor", "Jikke", "Sietske", "Merel", "Renske", "Annelies",
         "Ineke", "Dieuwke", "Margriet", "Sterre", "Fenna", "Bregje"],
        ["Joost", "Bram", "Sjoerd", "Thijs", "Wouter", "Maarten", "Pieter", "Jeroen", "Gijs",
         "Ruud", "Stijn", "Teun", "Wessel", "Arjen", "Bas", "Cornelis", "Dirk", "Evert", "Floris",
         "Gerrit", "Hidde", "Jelle", "Koen", "Niels", "Olof", "Rutger", "Sybren", "Tjeerd",
         "Jan-Willem", "Mees", "Siebe", "Ids"],
        ["Bakker", "Visser", "Smit", "Mulder", "Bos", "Vos", "Hendriks", "Dekker", "Brouwer",
         "Dijkstra", "Kuipers", "Veenstra", "Postma", "Hoekstra", "Schouten", "Huisman", "Prins",
         "Sluiter", "Wijnands", "Boersma", "Kramer", "Molenaar", "Verhoeven", "Timmermans",
         "Koster", "Willemsen", "Jonker", "Blom", "Oosterhuis", "Zwart", "van Dijk", "van der Meer",
         "de Boer", "de Vries", "van den Berg", "ter Horst", "van Leeuwen", "de Jong", "van 't Hof",
         "in 't Veld", "van der Linden", "ten Brink", "van Wijk", "de Wit", "van Rijn", "van Beek",
         "op den Kamp", "van Gils", "de Haan", "van der Zanden", "Bouali", "Tjon-A-Fong"]),
    "pt": (
        ["Beatriz", "Inês", "Leonor", "Matilde", "Conceição", "Fátima", "Graça", "Rosário",
         "Filipa", "Joana", "Mariana", "Teresa", "Adriana", "Daniela", "Gabriela", "Luana", "Thaís",
         "Yasmin", "Larissa", "Bianca", "Vitória", "Jéssica", "Raquel", "Sílvia", "Aparecida",
         "Francisca", "Madalena", "Rita", "Ana Paula", "Maria Eduarda", "Iara", "Benedita"],
        ["Afonso", "Duarte", "Gonçalo", "Rodrigo", "Tomás", "Vasco", "Nuno", "Rui", "Tiago",
         "Martim", "João Pedro", "Caio", "Davi", "Enzo", "Gustavo", "Heitor", "Igor", "Kauã",
         "Leandro", "Murilo", "Otávio", "Renato", "Sebastião", "Vinícius", "Wesley", "Anderson",
         "Fábio", "Henrique", "Luís Miguel", "Edson", "Raimundo", "Valdir"],
        ["Almeida", "Azevedo", "Barbosa", "Cardoso", "Carvalho", "Correia", "Cunha", "Esteves",
         "Ferreira", "Fonseca", "Gonçalves", "Guimarães", "Lopes", "Macedo", "Magalhães", "Marques",
         "Martins", "Matos", "Medeiros", "Monteiro", "Moreira", "Nogueira", "Pacheco", "Pereira",
         "Pinto", "Queirós", "Ramos", "Rebelo", "Ribeiro", "Rocha", "Sampaio", "Saraiva",
         "Silveira", "Soares", "Sousa", "Teixeira", "Vasconcelos", "Vieira", "Xavier", "Araújo",
         "Bezerra", "Cavalcanti", "Damasceno", "Figueiredo", "Leite", "Moura", "Siqueira",
         "da Silva", "dos Santos", "de Oliveira", "da Costa", "do Nascimento", "das Neves"]),
    "pl": (
        ["Agnieszka", "Małgorzata", "Zofia", "Katarzyna", "Joanna", "Wiktoria", "Halina", "Bożena",
         "Ewelina", "Dorota", "Jadwiga", "Aleksandra"],
        ["Grzegorz", "Krzysztof", "Tomasz", "Wojciech", "Przemysław", "Jakub", "Łukasz",
         "Mirosław", "Bartosz", "Zbigniew", "Radosław", "Piotr"],
        [("Nowak", "Nowak"), ("Wiśniewski", "Wiśniewska"), ("Zieliński", "Zielińska"),
         ("Wójcik", "Wójcik"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"),
         ("Dąbrowski", "Dąbrowska"), ("Kaczmarek", "Kaczmarek"), ("Pawlak", "Pawlak"),
         ("Szymański", "Szymańska"), ("Grabowski", "Grabowska"), ("Jabłoński", "Jabłońska"),
         ("Krawczyk", "Krawczyk"), ("Sikora", "Sikora"), ("Wróblewski", "Wróblewska"),
         ("Chmielewski", "Chmielewska")]),
    "sv": (
        ["Ingrid", "Sigrid", "Linnea", "Maja", "Elsa", "Astrid", "Britt", "Karin", "Märta", "Ebba",
         "Siv", "Agnes"],
        ["Gustav", "Henrik", "Anders", "Björn", "Leif", "Nils", "Oskar", "Pontus", "Torbjörn",
         "Viktor", "Sixten", "Arvid"],
        ["Lindqvist", "Bergström", "Holmberg", "Sjöberg", "Nyström", "Åkesson", "Forsberg",
         "Lundgren", "Ekström", "Wallin", "Hedlund", "Söderberg", "Rydén", "Fagerlund"]),
    "da": (
        ["Signe", "Mette", "Freja", "Ida", "Birgitte", "Karen", "Trine", "Sofie", "Line", "Vibeke",
         "Gry", "Tove"],
        ["Søren", "Mads", "Rasmus", "Jesper", "Kasper", "Frederik", "Morten", "Bo", "Troels",
         "Asger", "Palle", "Esben"],
        ["Jørgensen", "Kristensen", "Mikkelsen", "Thomsen", "Rasmussen", "Østergaard", "Bech",
         "Dahl", "Lauridsen", "Madsen", "Holm", "Kjærgaard", "Skovgaard", "Bisgaard"]),
    "fi": (
        ["Aino", "Helmi", "Kaisa", "Sanna", "Tuula", "Riikka", "Eveliina", "Satu", "Päivi",
         "Hilkka", "Venla", "Minna"],
        ["Juhani", "Mikko", "Antti", "Ville", "Teemu", "Jussi", "Lauri", "Eero", "Kalle", "Olli",
         "Tapio", "Ilmari"],
        ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen", "Laaksonen", "Lehtonen",
         "Salminen", "Hämäläinen", "Rantanen", "Kinnunen", "Järvinen", "Kivelä", "Pesonen"]),
    "tr": (
        ["Ayşe", "Elif", "Zeynep", "Merve", "Gülşen", "Derya", "Ebru", "Sevgi", "Nurcan", "Büşra",
         "Hatice", "Songül"],
        ["Mehmet", "Emre", "Burak", "Oğuz", "Kerem", "Serkan", "Tuncay", "Ümit", "Volkan", "Hakan",
         "Cem", "Barış"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan",
         "Kılıç", "Aslan", "Koç", "Karagöz", "Erdoğdu"]),
    "cs": (
        ["Lenka", "Kateřina", "Zuzana", "Markéta", "Jana", "Tereza", "Věra", "Hana", "Bohumila",
         "Alžběta"],
        ["Jiří", "Tomáš", "Ondřej", "Vojtěch", "Petr", "Radek", "Lukáš", "Miroslav", "Bohuslav",
         "Přemysl"],
        [("Novák", "Nováková"), ("Dvořák", "Dvořáková"), ("Černý", "Černá"),
         ("Procházka", "Procházková"), ("Kučera", "Kučerová"), ("Veselý", "Veselá"),
         ("Horák", "Horáková"), ("Němec", "Němcová"), ("Pokorný", "Pokorná"),
         ("Šťastný", "Šťastná"), ("Hrubý", "Hrubá"), ("Žáček", "Žáčková")]),
    "in": (
        ["Aishwarya", "Deepika", "Kavya", "Lakshmi", "Meenakshi", "Nandini", "Pooja", "Radhika",
         "Shalini", "Tanvi", "Ishita", "Sunita", "Gayatri", "Revathi"],
        ["Arjun", "Aniket", "Harsh", "Karthik", "Manish", "Nikhil", "Pranav", "Rohit", "Siddharth",
         "Vikram", "Venkatesh", "Abhishek", "Sandeep", "Girish"],
        ["Agarwal", "Banerjee", "Chatterjee", "Deshpande", "Gupta", "Iyer", "Joshi", "Kulkarni",
         "Menon", "Nair", "Pillai", "Rao", "Reddy", "Sharma", "Srinivasan", "Verma",
         "Bhattacharya", "Patil", "Krishnamurthy", "Dutta"]),
}

# A middle-name pool per language for "Given Middle Surname" and initials.
MIDDLE = {"en": ["James", "Louise", "Edward", "Grace", "Anne", "Thomas", "Marie", "Lee"],
          "de": ["Maria", "Johannes", "Elisabeth", "Wilhelm"],
          "nl": ["Johanna", "Hendrik", "Maria", "Petrus"]}


class Person:
    def __init__(self, lang, given, surname, female, surname2=None):
        self.lang, self.given, self.surname, self.female = lang, given, surname, female
        self.surname2 = surname2    # ES second surname, PT/BR extra

    @property
    def family(self):
        return self.surname + (" " + self.surname2 if self.surname2 else "")

    def full(self):
        return self.given + " " + self.family

    def formal(self):
        """Family name alone (after a title): Dutch particles capitalised."""
        f = self.family
        if self.lang == "nl" and f[0].islower():
            f = f[0].upper() + f[1:]
        return f

    def initial(self):
        parts = re.split(r"([ -])", self.given)
        ini = "".join(p[0] + "." if p not in (" ", "-") else ("-" if p == "-" else "")
                      for p in parts if p)
        return ini + " " + self.family

    def caps(self):          # DUPONT Marie (French forms), SURNAME Given
        return self.family.upper() + " " + self.given

    def upper(self):
        return self.full().upper()

    def rev(self):           # Family, Given
        return self.formal() + ", " + self.given

    def with_middle(self):
        m = ch(MIDDLE.get(self.lang, MIDDLE["en"]))
        if chance(0.5):
            m = m[0] + "."
        return self.given + " " + m + " " + self.family

    def style(self, st):
        return {"full": self.full, "formal": self.formal, "initial": self.initial,
                "caps": self.caps, "upper": self.upper, "rev": self.rev,
                "middle": self.with_middle, "given": lambda: self.given}[st]()

    def first(self):
        return self.given.split(" ")[0].split("-")[0]


def person(lang, female=None):
    nl = lang if lang in NAMES else "en"
    fg, mg, sn = NAMES[nl]
    if female is None:
        female = chance(0.5)
    given = ch(fg if female else mg)
    s = ch(sn)
    if isinstance(s, tuple):
        s = s[1] if female else s[0]
    s2 = None
    if nl == "es":
        while True:
            s2 = ch(sn)
            if s2 != s:
                break
    elif nl == "pt" and chance(0.55):
        s2 = ch([x for x in sn if x != s])
        if s[0].islower() and s2[0].islower():
            s2 = ch([x for x in sn if x[0].isupper()])
    elif nl == "en" and chance(0.07):
        s = s + "-" + ch([x for x in sn if x != s and "'" not in x and "-" not in x])
    elif nl == "de" and chance(0.05) and "-" not in s and " " not in s:
        s = s + "-" + ch([x for x in sn if x != s and " " not in x and "-" not in x])
    return Person(nl, given, s, female, s2)


def pl_(p, st="full", **meta):
    """Person label."""
    return L("person", p.style(st), **meta)


EMAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com",
           "proton.me", "hotmail.co.uk", "comcast.net", "fastmail.com", "aol.com"],
    "de": ["web.de", "gmx.de", "posteo.de", "t-online.de", "gmail.com", "mailbox.org",
           "freenet.de", "gmx.at", "bluewin.ch"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "wanadoo.fr",
           "hotmail.fr", "skynet.be"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es", "outlook.es"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it", "alice.it", "fastwebnet.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "xs4all.nl", "hotmail.nl", "telenet.be"],
    "pt": ["sapo.pt", "gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br",
           "outlook.pt"],
    "pl": ["wp.pl", "o2.pl", "interia.pl", "onet.pl", "gmail.com"],
    "sv": ["telia.com", "gmail.com", "bredband.net", "outlook.com"],
    "da": ["mail.dk", "gmail.com", "jubii.dk", "outlook.dk"],
    "fi": ["kolumbus.fi", "gmail.com", "luukku.com", "outlook.com"],
    "tr": ["gmail.com", "hotmail.com.tr", "yandex.com.tr"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
}
ORG_DOMAINS = ["lindqvist-bau.de", "atelier-garnier.fr", "norrbyconsult.se", "hollowaylaw.co.uk",
               "studio-bellini.it", "grupoquintana.es", "vandijkadvies.nl", "moura-arquitetos.com.br",
               "brightfieldanalytics.com", "kestrel-labs.io", "pinecrest-dental.com",
               "tessier-avocats.fr", "hafenlogistik-kiel.de", "casaverde.pt", "northgatehealth.org"]


def email_local(p):
    g = fold(p.first()).lower()
    fam = p.surname.split("-")[0] if chance(0.6) else p.surname
    s = fold(fam).lower()
    y = str(R.randint(60, 99)) if chance(0.5) else str(R.randint(1, 99))
    return ch([g + "." + s, g[0] + s, g + s, s + "." + g, g + "_" + s + y, g + "." + s + y,
               g[0] + "." + s, g + "-" + s, s + g[0], g + y])


def email(p, domain=None, **meta):
    d = domain or ch(EMAIL_DOMAINS.get(p.lang, EMAIL_DOMAINS["en"]))
    return L("email", email_local(p) + "@" + d, **meta)


def work_email(p, domain):
    g, s = fold(p.first()).lower(), fold(p.surname).lower()
    return L("email", ch([g + "." + s, g[0] + "." + s, g, g[0] + s]) + "@" + domain)


# ================================================================== addresses
US_STREETS = ["Maple Ridge", "Sycamore", "Old Mill", "Larkspur", "Chestnut Hill", "Briarwood",
              "Kingfisher", "Pawnee", "Cedar Hollow", "Magnolia", "Harbor View", "Juniper",
              "Quail Run", "Foxglove", "Westbrook", "Timberline", "Bluebonnet", "Hawthorne",
              "Persimmon", "Saddleback", "Lakeshore", "Copper Creek", "Orchard Grove", "Tamarack"]
US_SUFFIX = ["St", "Street", "Ave", "Avenue", "Dr", "Drive", "Ln", "Lane", "Rd", "Road", "Ct",
             "Blvd", "Way", "Pl", "Ter", "Cir", "Pkwy"]
US_CITIES = [("Columbus", "OH", "432"), ("Boise", "ID", "837"), ("Tucson", "AZ", "857"),
             ("Raleigh", "NC", "276"), ("Madison", "WI", "537"), ("Spokane", "WA", "992"),
             ("Albany", "NY", "122"), ("Savannah", "GA", "314"), ("Omaha", "NE", "681"),
             ("Eugene", "OR", "974"), ("Burlington", "VT", "054"), ("Knoxville", "TN", "379"),
             ("Lubbock", "TX", "794"), ("Tulsa", "OK", "741"), ("Fort Collins", "CO", "805"),
             ("Provo", "UT", "846"), ("Ann Arbor", "MI", "481"), ("Des Moines", "IA", "503"),
             ("Charleston", "SC", "294"), ("Duluth", "MN", "558"), ("Bangor", "ME", "044"),
             ("Sacramento", "CA", "958"), ("Wilmington", "DE", "198"), ("Missoula", "MT", "598")]

UK_STREETS = ["Rosebery Avenue", "Marlborough Road", "Cathedral Close", "Tanner's Lane",
              "Abbey Gardens", "Wharf Street", "Kingsway Crescent", "Orchard Mews", "Priory Walk",
              "Station Approach", "Hillcrest Drive", "Victoria Terrace", "Coldharbour Lane",
              "Netherhall Gardens", "Bishopsgate Row", "Lambourne Close", "Fernbank Road",
              "St Mary's Place", "Ropewalk", "Ferry Lane", "Gorse Hill Road", "Beech Grove"]
UK_TOWNS = [("Harrogate", "HG"), ("Norwich", "NR"), ("Exeter", "EX"), ("Leeds", "LS"),
            ("Bristol", "BS"), ("Cardiff", "CF"), ("Aberdeen", "AB"), ("York", "YO"), ("Bath", "BA"),
            ("Cambridge", "CB"), ("Oxford", "OX"), ("Brighton", "BN"), ("Derby", "DE"),
            ("Swansea", "SA"), ("Lincoln", "LN"), ("Chester", "CH"), ("Truro", "TR"),
            ("Inverness", "IV"), ("Belfast", "BT"), ("Sheffield", "S"), ("Glasgow", "G"),
            ("Manchester", "M"), ("London", "SW"), ("London", "N"), ("London", "SE"),
            ("Edinburgh", "EH"), ("Kendal", "LA"), ("Hereford", "HR")]
UK_HOUSES = ["Rose Cottage", "The Old Forge", "Hillview", "Flint House", "Willow Barn"]

DE_STREETS = ["Lindenstraße", "Am Mühlbach", "Kastanienallee", "Bergstraße", "Hohenzollernring",
              "Schillerplatz", "Im Wiesengrund", "Gartenweg", "Auf der Höhe", "Rosenstraße",
              "Kirchgasse", "Eschenweg", "Bahnhofstraße", "Hafenstraße", "Fliederweg",
              "Zur Alten Mühle", "Heinrich-Heine-Straße", "Ludwigstraße", "Obere Dorfstraße",
              "Amselweg", "Tulpenfeld", "Weserstr.", "Königsallee", "An der Windmühle"]
DE_CITIES = [("Kassel", "341"), ("Freiburg im Breisgau", "791"), ("Münster", "481"),
             ("Rostock", "180"), ("Erfurt", "990"), ("Regensburg", "930"), ("Bielefeld", "336"),
             ("Mainz", "551"), ("Lübeck", "235"), ("Augsburg", "861"), ("Göttingen", "370"),
             ("Potsdam", "144"), ("Heidelberg", "691"), ("Würzburg", "970"), ("Dresden", "010"),
             ("Leipzig", "041"), ("Bremen", "281"), ("Hannover", "301"), ("Nürnberg", "904"),
             ("Saarbrücken", "661"), ("Oldenburg", "261"), ("Ulm", "890"), ("Jena", "077")]
AT_STREETS = ["Mariahilfer Straße", "Herrengasse", "Landstraßer Hauptstraße", "Getreidegasse",
              "Annenstraße", "Museumstraße", "Linzer Gasse"]
AT_CITIES = [("Wien", "1070"), ("Wien", "1030"), ("Graz", "8010"), ("Linz", "4020"),
             ("Salzburg", "5020"), ("Innsbruck", "6020"), ("Klagenfurt", "9020")]
CH_STREETS = ["Bahnhofstrasse", "Spalenberg", "Kramgasse", "Seefeldstrasse", "Rue du Rhône",
              "Avenue de la Gare", "Haldenstrasse"]
CH_CITIES = [("Zürich", "8001"), ("Bern", "3011"), ("Basel", "4051"), ("Luzern", "6003"),
             ("Lausanne", "1003"), ("St. Gallen", "9000"), ("Winterthur", "8400")]

FR_STREETS = ["rue des Tanneurs", "avenue Jean-Jaurès", "boulevard de la Liberté",
              "impasse des Lilas", "place du Marché", "allée des Tilleuls", "chemin de la Croix",
              "rue Victor-Hugo", "quai des Chartrons", "rue du Faubourg Saint-Antoine",
              "cours Mirabeau", "route de Lyon", "rue Pasteur", "avenue de la République",
              "rue des Écoles", "square Montsouris", "rue de la Fonderie", "rue Sainte-Catherine"]
FR_CITIES = [("Strasbourg", "67000"), ("Rennes", "35000"), ("Nantes", "44000"),
             ("Dijon", "21000"), ("Grenoble", "38000"), ("Montpellier", "34000"),
             ("Tours", "37000"), ("Limoges", "87000"), ("Amiens", "80000"), ("Angers", "49000"),
             ("Brest", "29200"), ("Nancy", "54000"), ("Reims", "51100"), ("Pau", "64000"),
             ("Perpignan", "66000"), ("Besançon", "25000"), ("Caen", "14000"), ("Metz", "57000"),
             ("Poitiers", "86000"), ("Avignon", "84000"), ("Paris", "750"), ("Lyon", "6900")]
BE_STREETS = [("Rue de la Loi", "fr"), ("Chaussée de Wavre", "fr"), ("Rue Saint-Gilles", "fr"),
              ("Kerkstraat", "nl"), ("Meir", "nl"), ("Veldstraat", "nl"), ("Diestsestraat", "nl")]
BE_CITIES = {"fr": [("Etterbeek", "1040"), ("Liège", "4000"), ("Namur", "5000"),
                    ("Ixelles", "1050")],
             "nl": [("Gent", "9000"), ("Antwerpen", "2000"), ("Leuven", "3000"),
                    ("Brugge", "8000")]}

ES_STREETS = ["Calle del Pez", "Calle Mayor", "Avenida de América", "Plaza de San Miguel",
              "Calle de Alcalá", "Paseo de Gracia", "Calle de Toledo", "Ronda de Valencia",
              "Calle Real", "Travesía del Arenal", "Camino de Ronda", "Calle Sierpes",
              "Gran Vía", "Calle San Vicente Mártir", "Carrer de Provença", "Avda. de la Constitución",
              "C/ Doctor Fleming", "Rúa do Franco"]
ES_CITIES = [("Madrid", "280", "Madrid"), ("Sevilla", "410", "Sevilla"),
             ("Valencia", "460", "Valencia"), ("Zaragoza", "500", "Zaragoza"),
             ("Bilbao", "480", "Bizkaia"), ("Málaga", "290", "Málaga"), ("Murcia", "300", "Murcia"),
             ("Valladolid", "470", "Valladolid"), ("Granada", "180", "Granada"),
             ("Oviedo", "330", "Asturias"), ("Salamanca", "370", "Salamanca"),
             ("Cádiz", "110", "Cádiz"), ("Pamplona", "310", "Navarra"),
             ("Santander", "390", "Cantabria"), ("A Coruña", "150", "A Coruña"),
             ("Barcelona", "080", "Barcelona"), ("Santiago de Compostela", "157", "A Coruña")]
ES_PISO = ["3º B", "1º izda.", "bajo", "5º 2ª", "ático", "2º dcha.", "4º A", "entlo. 1ª"]

IT_STREETS = ["Via dei Mille", "Via Garibaldi", "Corso Italia", "Piazza della Repubblica",
              "Viale dei Tigli", "Via San Domenico", "Vicolo del Pozzo", "Via Roma", "Largo Augusto",
              "Via delle Orsoline", "Via Cavour", "Borgo Pinti", "Via Nazionale", "Strada Maggiore",
              "Via Mazzini", "Viale Giulio Cesare", "Corso Vittorio Emanuele II", "Via Toledo"]
IT_CITIES = [("Bologna", "401", "BO"), ("Torino", "101", "TO"), ("Genova", "161", "GE"),
             ("Verona", "371", "VR"), ("Padova", "351", "PD"), ("Bari", "701", "BA"),
             ("Palermo", "901", "PA"), ("Catania", "951", "CT"), ("Firenze", "501", "FI"),
             ("Napoli", "801", "NA"), ("Trieste", "341", "TS"), ("Perugia", "061", "PG"),
             ("Lecce", "731", "LE"), ("Parma", "431", "PR"), ("Bergamo", "241", "BG"),
             ("Cagliari", "091", "CA"), ("Ancona", "601", "AN"), ("Trento", "381", "TN"),
             ("Roma", "001", "RM"), ("Milano", "201", "MI")]

NL_STREETS = ["Prinsengracht", "Kerkstraat", "Laan van Meerdervoort", "Oudegracht", "Dorpsstraat",
              "Beukenlaan", "Molenweg", "Zeestraat", "Nieuwe Binnenweg", "Hoofdstraat",
              "Stationsweg", "Julianalaan", "Vondelstraat", "Spoorsingel", "Lange Nieuwstraat",
              "Burgemeester de Withstraat", "Van Speijkstraat", "Noorderhaven"]
NL_CITIES = [("Utrecht", "35"), ("Groningen", "97"), ("Haarlem", "20"), ("Leiden", "23"),
             ("Delft", "26"), ("Eindhoven", "56"), ("Zwolle", "80"), ("Arnhem", "68"),
             ("Nijmegen", "65"), ("Tilburg", "50"), ("Breda", "48"), ("Maastricht", "62"),
             ("Amersfoort", "38"), ("Deventer", "74"), ("Leeuwarden", "89"), ("Alkmaar", "18"),
             ("Den Haag", "25"), ("Rotterdam", "30"), ("Amsterdam", "10"), ("Enschede", "75")]

IN_BUILDINGS = ["Sai Kripa Apartments", "Lotus Residency", "Shanti Niwas", "Green Acres",
                "Mahalaxmi Heights", "Sunshine Towers", "Prestige Lakeview", "Gokul Dham"]
IN_ROADS = ["14th Cross", "MG Road", "2nd Main Road", "Link Road", "Station Road", "80 Feet Road",
            "Old Airport Road", "Sector 21"]
IN_CITIES = [("Bengaluru", "Karnataka", "560", ["Indiranagar", "Koramangala", "Jayanagar"]),
             ("Pune", "Maharashtra", "411", ["Kothrud", "Aundh", "Baner"]),
             ("Chennai", "Tamil Nadu", "600", ["Adyar", "T. Nagar", "Velachery"]),
             ("Hyderabad", "Telangana", "500", ["Banjara Hills", "Madhapur", "Kukatpally"]),
             ("Jaipur", "Rajasthan", "302", ["Malviya Nagar", "Vaishali Nagar"]),
             ("Kochi", "Kerala", "682", ["Kakkanad", "Edappally"]),
             ("Lucknow", "Uttar Pradesh", "226", ["Gomti Nagar", "Aliganj"]),
             ("Ahmedabad", "Gujarat", "380", ["Navrangpura", "Satellite"]),
             ("Kolkata", "West Bengal", "700", ["Salt Lake", "Ballygunge"]),
             ("Nagpur", "Maharashtra", "440", ["Dharampeth", "Sitabuldi"])]

BR_STREETS = ["Rua das Palmeiras", "Avenida Sete de Setembro", "Rua Barão de Itapetininga",
              "Travessa do Comércio", "Rua Padre Anchieta", "Alameda Santos", "Rua XV de Novembro",
              "Avenida Beira-Mar", "Rua Doutor Flores", "Rua Tiradentes", "Av. Afonso Pena",
              "Rua Marechal Deodoro"]
BR_BAIRROS = ["Jardim Botânico", "Centro", "Boa Viagem", "Moinhos de Vento", "Savassi", "Pituba",
              "Aldeota", "Batel", "Tijuca", "Vila Mariana", "Trindade", "Ponta Verde"]
BR_CITIES = [("Curitiba", "PR", "80"), ("Porto Alegre", "RS", "90"), ("Recife", "PE", "50"),
             ("Salvador", "BA", "40"), ("Fortaleza", "CE", "60"), ("Belo Horizonte", "MG", "30"),
             ("Goiânia", "GO", "74"), ("Florianópolis", "SC", "88"), ("Campinas", "SP", "13"),
             ("Manaus", "AM", "69"), ("Natal", "RN", "59"), ("São Paulo", "SP", "04"),
             ("Rio de Janeiro", "RJ", "22"), ("Maceió", "AL", "57")]
PT_STREETS = ["Rua de Santa Catarina", "Avenida da Liberdade", "Rua Augusta", "Rua do Almada",
              "Travessa do Carmo", "Rua Ferreira Borges", "Largo do Rato", "Rua de Cedofeita"]
PT_CITIES = [("Porto", "4000"), ("Lisboa", "1250"), ("Coimbra", "3000"), ("Braga", "4700"),
             ("Faro", "8000"), ("Aveiro", "3800")]
PL_STREETS = ["ul. Długa", "ul. Floriańska", "ul. Piotrkowska", "al. Niepodległości",
              "ul. Świętojańska", "ul. Kościuszki", "os. Słoneczne"]
PL_CITIES = [("Gdańsk", "80"), ("Kraków", "31"), ("Łódź", "90"), ("Warszawa", "02"),
             ("Poznań", "61"), ("Wrocław", "50"), ("Lublin", "20")]
SE_STREETS = ["Storgatan", "Drottninggatan", "Kungsgatan", "Södra Vägen", "Linnégatan",
              "Vasagatan"]
SE_CITIES = [("Stockholm", "11"), ("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75"),
             ("Lund", "22"), ("Umeå", "90")]
DK_STREETS = ["Nørrebrogade", "Vesterbrogade", "Jægergårdsgade", "Overgade", "Søndergade",
              "Strandvejen"]
DK_CITIES = [("København N", "2200"), ("Aarhus C", "8000"), ("Odense C", "5000"),
             ("Aalborg", "9000"), ("Frederiksberg C", "1820")]
FI_STREETS = ["Hämeenkatu", "Mannerheimintie", "Aurakatu", "Kauppakatu", "Puistokatu"]
FI_CITIES = [("Tampere", "33100"), ("Helsinki", "00100"), ("Turku", "20100"),
             ("Jyväskylä", "40100"), ("Oulu", "90100")]
CZ_STREETS = ["Vinohradská", "Masarykova", "Husova", "Palackého", "Nádražní"]
CZ_CITIES = [("Praha 2", "120 00"), ("Brno", "602 00"), ("Olomouc", "779 00"),
             ("Plzeň", "301 00")]
TR_STREETS = ["Bağdat Caddesi", "İstiklal Caddesi", "Atatürk Bulvarı", "Cumhuriyet Caddesi"]
TR_CITIES = [("Kadıköy/İstanbul", "34728"), ("Çankaya/Ankara", "06690"),
             ("Konak/İzmir", "35250"), ("Nilüfer/Bursa", "16110")]


def hn(lo=1, hi=180):
    return str(R.randint(lo, hi))


def uk_postcode(area):
    d = str(R.randint(1, 20 if len(area) == 1 else 28))
    if area in ("SW", "SE", "N"):
        d = str(R.randint(1, 19))
    return area + d + " " + str(R.randint(0, 9)) + upp(2, "ABDEFGHJLNPQRSTUWXYZ")


def nl_postcode(prefix):
    while True:
        letters = upp(2, "ABCDEFGHJKLMNPRSTVWXZ")
        if letters not in ("SA", "SD", "SS"):
            return prefix + dig(2) + " " + letters


def addr_lines(country):
    """The address as a list of lines (the caller joins them with ', ' or
    newlines)."""
    c = country
    if c == "US":
        city, st, z = ch(US_CITIES)
        street = hn(10, 9899) + " " + (ch(["N ", "S ", "E ", "W ", ""]) if chance(0.25) else "") \
            + ch(US_STREETS) + " " + ch(US_SUFFIX)
        zipc = z + dig(2) + ("-" + dig(4) if chance(0.25) else "")
        unit = ch(["Apt 4B", "Unit 12", "Apt. 17", "#3", "Suite 210", "Apt 2C"]) if chance(0.35) else None
        if chance(0.06):
            return ["PO Box " + hn(10, 9999), city + ", " + st + " " + zipc]
        if unit:
            return [street + " " + unit, city + ", " + st + " " + zipc]
        return [street, city + ", " + st + " " + zipc]
    if c == "GB":
        town, area = ch(UK_TOWNS)
        lines = []
        if chance(0.25):
            lines.append("Flat " + str(R.randint(1, 24)))
        elif chance(0.1):
            lines.append(ch(UK_HOUSES))
        lines.append(hn(1, 240) + ch(["", "", "", "a"]) + " " + ch(UK_STREETS))
        lines.append(town.upper() if chance(0.2) else town)
        lines.append(uk_postcode(area))
        if len(lines) == 4 and lines[0].startswith("Flat") and chance(0.5):
            lines = [lines[0] + ", " + lines[1]] + lines[2:]
        return lines
    if c == "DE":
        city, p = ch(DE_CITIES)
        n = hn(1, 140) + (ch(["a", "b", " a", ""]) if chance(0.2) else "")
        return [ch(DE_STREETS) + " " + n, p + dig(2) + " " + city]
    if c == "AT":
        city, p = ch(AT_CITIES)
        n = hn(1, 120) + (ch(["/2/14", "/5", "/3/7", "/Top 9"]) if chance(0.5) else "")
        return [ch(AT_STREETS) + " " + n, p + " " + city]
    if c == "CH":
        city, p = ch(CH_CITIES)
        return [ch(CH_STREETS) + " " + hn(1, 90), p + " " + city]
    if c == "FR":
        city, p = ch(FR_CITIES)
        if p == "750":
            p = "750%02d" % R.randint(1, 20)
        elif p == "6900":
            p = "6900%d" % R.randint(1, 9)
        num = hn(1, 160) + (ch([" bis", " ter"]) if chance(0.15) else "")
        lines = [num + (", " if chance(0.3) else " ") + ch(FR_STREETS)]
        if chance(0.2):
            lines.insert(0, ch(["Résidence Les Érables, bât. C", "Appartement 12", "Bâtiment B, esc. 2"]))
        lines.append(p + " " + (city.upper() if chance(0.3) else city))
        return lines
    if c == "BE":
        street, lg = ch(BE_STREETS)
        city, p = ch(BE_CITIES[lg])
        box = (" bte " if lg == "fr" else " bus ") + str(R.randint(1, 30)) if chance(0.3) else ""
        return [street + " " + hn(1, 200) + box, p + " " + city]
    if c == "ES":
        city, p, prov = ch(ES_CITIES)
        cp = p + dig(2)
        street = ch(ES_STREETS)
        line1 = street + (", " if chance(0.6) else " ") + hn(1, 150) + \
            (", " + ch(ES_PISO) if chance(0.7) else "")
        last = cp + " " + city + ((" (" + prov + ")") if chance(0.3) and prov != city else "")
        return [line1, last]
    if c == "IT":
        city, p, pr = ch(IT_CITIES)
        cap = p + dig(2)
        line1 = ch(IT_STREETS) + (", " if chance(0.5) else " ") + hn(1, 220) + \
            (ch(["/B", "/a", " int. 5", ", scala C"]) if chance(0.2) else "")
        last = cap + " " + city + ch([" (" + pr + ")", " " + pr, ""])
        return [line1, last]
    if c == "NL":
        city, p = ch(NL_CITIES)
        n = hn(1, 300) + (ch(["A", "-2", "-II", " hs", " bis"]) if chance(0.25) else "")
        pc = nl_postcode(p)
        cityw = city.upper() if chance(0.3) else city
        return [ch(NL_STREETS) + " " + n, pc + ch([" ", "  "]) + cityw]
    if c == "IN":
        city, state, pin, locs = ch(IN_CITIES)
        lines = [ch(["Flat ", "Flat No. ", "House No. ", "#"]) + hn(1, 904) + ", " + ch(IN_BUILDINGS),
                 ch(IN_ROADS) + ", " + ch(locs)]
        if chance(0.2):
            lines.insert(2, ch(["Near Ganesh Temple", "Opp. City Hospital", "Behind Bus Depot"]))
        lines.append(city + (", " if chance(0.6) else " - ") + state + " " + pin + dig(3)
                     if chance(0.7) else city + " - " + pin + dig(3) + ", " + state)
        return lines
    if c == "BR":
        city, uf, p = ch(BR_CITIES)
        cep = p + dig(3) + "-" + dig(3)
        l1 = ch(BR_STREETS) + ", " + ch(["", "nº "]) + hn(1, 3200) + \
            (ch([", apto 42", ", apto 1103", ", casa 2", ", bloco B, ap. 304", ", sala 12"]) if chance(0.45) else "")
        if chance(0.5):
            return [l1 + " - " + ch(BR_BAIRROS), city + " - " + uf, cep]
        return [l1, ch(BR_BAIRROS) + ", " + city + "/" + uf, "CEP " + cep]
    if c == "PT":
        city, p = ch(PT_CITIES)
        return [ch(PT_STREETS) + ", " + hn(1, 400) + (ch([", 2.º Esq.", ", 1.º Dto.", ", r/c"]) if chance(0.5) else ""),
                p + "-" + dig(3) + " " + city]
    if c == "PL":
        city, p = ch(PL_CITIES)
        return [ch(PL_STREETS) + " " + hn(1, 120) + ("/" + str(R.randint(1, 40)) if chance(0.6) else ""),
                p + "-" + dig(3) + " " + city]
    if c == "SE":
        city, p = ch(SE_CITIES)
        return [ch(SE_STREETS) + " " + hn(1, 80) + (ch([" A", " B", ", lgh 1102"]) if chance(0.3) else ""),
                p + dig(1) + " " + dig(2) + " " + city]
    if c == "DK":
        city, p = ch(DK_CITIES)
        return [ch(DK_STREETS) + " " + hn(1, 150) + (ch([", 2. th.", ", 1. tv.", ", st."]) if chance(0.5) else ""),
                p + " " + city]
    if c == "FI":
        city, p = ch(FI_CITIES)
        return [ch(FI_STREETS) + " " + hn(1, 60) + (ch([" A 5", " B 12", " C"]) if chance(0.5) else ""),
                p + " " + city]
    if c == "CZ":
        city, p = ch(CZ_CITIES)
        return [ch(CZ_STREETS) + " " + str(R.randint(100, 2500)) + "/" + hn(1, 90), p + " " + city]
    if c == "TR":
        city, p = ch(TR_CITIES)
        return [ch(TR_STREETS) + " No: " + hn(1, 400) + (" D: " + str(R.randint(1, 20)) if chance(0.6) else ""),
                p + " " + city]
    raise KeyError(c)


def addr(country, multi=False, sep=", "):
    lines = addr_lines(country)
    return L("address", ("\n" if multi else sep).join(lines), sub=country)


LANG_COUNTRY = {"en": ["GB", "US"], "de": ["DE", "DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "FR", "BE", "CH"],
                "es": ["ES"], "it": ["IT"], "nl": ["NL", "NL", "NL", "BE"], "pt": ["PT", "BR", "BR"],
                "pl": ["PL"], "sv": ["SE"], "da": ["DK"], "fi": ["FI"], "tr": ["TR"], "cs": ["CZ"],
                "in": ["IN"]}
COUNTRY_LANG = {"US": "en", "GB": "en", "IE": "en", "DE": "de", "AT": "de", "CH": "de", "FR": "fr",
                "BE": "fr", "ES": "es", "IT": "it", "NL": "nl", "PT": "pt", "BR": "pt", "PL": "pl",
                "SE": "sv", "DK": "da", "FI": "fi", "TR": "tr", "CZ": "cs", "IN": "in"}


def country_of(lang):
    return ch(LANG_COUNTRY.get(lang, ["GB"]))


# ====================================================================== dates
MONTHS_X = dict(C.MONTHS)
MONTHS_X.update({
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
           "oktober", "november", "december"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
           "oktober", "november", "december"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
           "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
           "Ekim", "Kasım", "Aralık"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září",
           "října", "listopadu", "prosince"],
})
EN_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rdate(lo, hi):
    a = datetime.date(lo, 1, 1).toordinal()
    b = datetime.date(hi, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(a, b))


def ordinal_en(n):
    return str(n) + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


DATE_STYLES = {
    "en-US": ["mdy", "mdy", "long_us", "mdy_short", "abbr_us", "iso"],
    "en-GB": ["dmy_slash", "dmy_slash", "long_uk", "ord_uk", "abbr_dash", "iso"],
    "de": ["dmy_dot", "dmy_dot", "dmy_dot", "long", "dmy_dot_short", "iso"],
    "fr": ["dmy_slash", "dmy_slash", "long", "dmy_dot"],
    "es": ["dmy_slash", "dmy_slash", "long", "dmy_dash"],
    "it": ["dmy_slash", "dmy_slash", "long", "dmy_dot"],
    "nl": ["dmy_dash", "dmy_dash", "long", "dmy_slash"],
    "pt": ["dmy_slash", "dmy_slash", "long", "dmy_dot"],
    "pl": ["dmy_dot", "dmy_dot", "long", "iso"],
    "sv": ["iso", "iso", "long"],
    "da": ["dmy_dot", "dmy_dash", "long"],
    "fi": ["dmy_dot_short", "dmy_dot_short", "long"],
    "tr": ["dmy_dot", "dmy_dot", "long", "dmy_slash"],
    "cs": ["cs_spaced", "dmy_dot", "long"],
    "in": ["dmy_slash", "dmy_dash", "long_uk"],
}


def fmt_date(d, lang, style=None):
    key = lang
    if lang == "en":
        key = ch(["en-US", "en-GB"])
    elif lang in ("en-US", "en-GB"):
        key = lang
    lg = lang[:2]
    if style is None:
        style = ch(DATE_STYLES.get(key, DATE_STYLES["en-GB"]))
    dd, mm, yy = d.day, d.month, d.year
    if style == "mdy":
        return "%02d/%02d/%d" % (mm, dd, yy)
    if style == "mdy_short":
        return "%d/%d/%d" % (mm, dd, yy)
    if style == "dmy_slash":
        return "%02d/%02d/%d" % (dd, mm, yy)
    if style == "dmy_dot":
        return "%02d.%02d.%d" % (dd, mm, yy)
    if style == "dmy_dot_short":
        return "%d.%d.%d" % (dd, mm, yy)
    if style == "dmy_dash":
        return "%02d-%02d-%d" % (dd, mm, yy)
    if style == "iso":
        return "%d-%02d-%02d" % (yy, mm, dd)
    if style == "cs_spaced":
        return "%d. %d. %d" % (dd, mm, yy)
    if style == "long_us":
        return "%s %d, %d" % (C.MONTHS["en"][mm - 1], dd, yy)
    if style == "long_uk":
        return "%d %s %d" % (dd, C.MONTHS["en"][mm - 1], yy)
    if style == "ord_uk":
        return "%s %s %d" % (ordinal_en(dd), C.MONTHS["en"][mm - 1], yy)
    if style == "abbr_us":
        return "%s %d, %d" % (EN_ABBR[mm - 1], dd, yy)
    if style == "abbr_dash":
        return "%02d-%s-%d" % (dd, EN_ABBR[mm - 1], yy)
    if style == "long":
        if lg == "en":
            return "%d %s %d" % (dd, C.MONTHS["en"][mm - 1], yy)
        m = MONTHS_X[lg][mm - 1]
        if lg in ("de", "da", "fi", "cs"):
            return "%d. %s %d" % (dd, m, yy)
        if lg in ("es", "pt"):
            return "%d de %s de %d" % (dd, m, yy)
        if lg == "fr":
            return "%s %s %d" % ("1er" if dd == 1 else str(dd), m, yy)
        return "%d %s %d" % (dd, m, yy)
    raise KeyError(style)


def dob(lang, lo=1941, hi=2004, style=None, d=None):
    d = d or rdate(lo, hi)
    return L("dob", fmt_date(d, lang, style)), d


def ndate(lang, tag, lo=2019, hi=2026, style=None):
    return N(fmt_date(rdate(lo, hi), lang, style), tag)


# ==================================================================== gov ids
BELFIORE = {"Roma": "H501", "Milano": "F205", "Napoli": "F839", "Torino": "L219",
            "Palermo": "G273", "Firenze": "D612", "Bologna": "A944", "Venezia": "L736",
            "Bari": "A662", "Genova": "D969", "Verona": "L781", "Catania": "C351"}


def gid(kind, sep=None, p=None, d=None):
    """A valid government id as L('gov_id'). p/d: the holder and birth date,
    used where the id encodes them (codice fiscale, NIR)."""
    if kind == "ssn":
        a, g, s = C.ssn_random(R)
        sep = sep if sep is not None else ch(["-", "-", "-", " ", ""])
        return L("gov_id", a + sep + g + sep + s, sub="ssn")
    if kind == "itin":
        a, g, s = C.itin_random(R)
        return L("gov_id", a + "-" + g + "-" + s, sub="itin")
    if kind == "nino":
        p2, n, suf = C.nino_random(R)
        if chance(0.5):
            v = p2 + " " + n[:2] + " " + n[2:4] + " " + n[4:] + " " + suf
        else:
            v = p2 + n + suf
        return L("gov_id", v, sub="nino")
    if kind == "nhs":
        v = C.nhs_random(R)
        if chance(0.65):
            v = v[:3] + " " + v[3:6] + " " + v[6:]
        return L("gov_id", v, sub="nhs")
    if kind == "steuer_id":
        v = C.steuerid_random(R)
        if chance(0.5):
            v = v[:2] + " " + v[2:5] + " " + v[5:8] + " " + v[8:]
        return L("gov_id", v, sub="steuer_id")
    if kind == "nir":
        sex = ("2" if p.female else "1") if p else None
        yy = d.year % 100 if d else None
        mm = d.month if d else None
        body, key = C.nir_random(R, sex, yy, mm)
        if chance(0.6):
            v = " ".join([body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key])
        else:
            v = body + key
        return L("gov_id", v, sub="nir")
    if kind == "dni":
        n, letter = C.dni_random(R)
        return L("gov_id", n + ch(["", "", "-"]) + letter, sub="dni")
    if kind == "nie":
        a, n, letter = C.nie_random(R)
        return L("gov_id", a + n + letter if chance(0.7) else a + "-" + n + "-" + letter, sub="nie")
    if kind == "cf":
        p = p or person("it")
        d = d or rdate(1945, 2003)
        city = ch(sorted(BELFIORE))
        fam = p.surname.replace("'", "").replace(" ", "")
        v = C.cf_make(fam, p.given.replace(" ", ""), d.year % 100, d.month, d.day, p.female, BELFIORE[city])
        return L("gov_id", v, sub="codice_fiscale")
    if kind == "bsn":
        v = C.bsn_random(R)
        if chance(0.3):
            v = v[:4] + "." + v[4:6] + "." + v[6:]
        return L("gov_id", v, sub="bsn")
    if kind == "aadhaar":
        v = C.aadhaar_random(R)
        return L("gov_id", v[:4] + " " + v[4:8] + " " + v[8:] if chance(0.7) else v, sub="aadhaar")
    if kind == "pan":
        p = p or person("in")
        return L("gov_id", C.pan_random(R, "P", fold(p.surname)), sub="pan")
    if kind == "cpf":
        v = C.cpf_random(R)
        return L("gov_id", v[:3] + "." + v[3:6] + "." + v[6:9] + "-" + v[9:] if chance(0.8) else v, sub="cpf")
    if kind == "passport":
        v = ch([lambda: dig(9),                                    # US, UK
                lambda: upp(1, "CFGHJK") + upp(8, "CFGHJKLMNPRTVWXYZ0123456789"),  # DE
                lambda: dig(2) + upp(2) + dig(5),                  # FR
                lambda: upp(2) + dig(7),                           # IT
                lambda: upp(3) + dig(6),                           # ES
                lambda: upp(2) + upp(6, string.ascii_uppercase.replace("O", "") + "123456789") + dig(1)])()
        return L("gov_id", v, sub="passport")
    raise KeyError(kind)


LANG_GID = {"en": ["ssn", "nino", "nhs"], "de": ["steuer_id"], "fr": ["nir"], "es": ["dni", "nie"],
            "it": ["cf"], "nl": ["bsn"], "pt": ["cpf"], "in": ["aadhaar", "pan"]}


# ===================================================================== phones
EXTRA_PLANS = {
    "DK": (45, "", {"mobile": lambda R: ch(["20", "22", "26", "28", "30", "31", "40", "42", "50", "51", "53", "61", "71", "81", "91", "93"]) + C.digits(R, 6)}),
    "FI": (358, "0", {"mobile": lambda R: ch(["40", "41", "44", "45", "50"]) + C.nz(R, 7)}),
    "TR": (90, "0", {"mobile": lambda R: ch(["530", "532", "533", "535", "537", "542", "543", "544", "505", "506", "555"]) + C.nz(R, 7)}),
    "CZ": (420, "", {"mobile": lambda R: ch(["602", "603", "604", "605", "606", "607", "720", "721", "722", "724", "731", "732", "736", "737", "775", "776", "777"]) + C.digits(R, 6)}),
}
INTL00 = {"DE", "AT", "CH", "FR", "BE", "NL", "ES", "PT", "IT", "PL", "IE", "SE", "GB", "DK", "FI",
          "TR", "CZ", "IN"}


def nsn_of(plan, kind=None):
    if plan in C.PLANS:
        return C.phone_nsn(R, plan, kind)
    cc, trunk, kinds = EXTRA_PLANS[plan]
    k = kind or ch(sorted(kinds))
    return cc, trunk, k, kinds[k](R)


def ngroups(plan, kind, n):
    """Digit groups of the NSN in the plan country's written conventions."""
    def cut(sizes):
        out, i = [], 0
        for s in sizes:
            out.append(n[i:i + s])
            i += s
        if i < len(n):
            out.append(n[i:])
        return [x for x in out if x]
    if plan in ("US", "CA"):
        return cut([3, 3, 4])
    if plan == "GB":
        return cut({"mobile": [4, 6], "london": [2, 4, 4]}.get(kind, [3, 3, 4]))
    if plan == "DE":
        if kind == "fixed":
            a = 2 if n[:2] in ("89", "40", "69") else 3
            return cut([a, len(n) - a])
        if kind == "berlin":
            return cut([2, len(n) - 2]) if chance(0.6) else cut([2, 4, 4])
        return cut([3, len(n) - 3])
    if plan == "AT":
        return cut([1, len(n) - 1]) if kind == "vienna" else cut([3, len(n) - 3])
    if plan in ("CH", "SE"):
        return cut([2, 3, 2, 2])
    if plan == "FR":
        return cut([1, 2, 2, 2, 2])
    if plan == "BE":
        return cut([3, 2, 2, 2]) if kind == "mobile" else cut([1, 3, 2, 2])
    if plan == "NL":
        return (cut([1, 8]) if chance(0.5) else cut([1, 4, 4])) if kind == "mobile" else cut([2, 3, 4])
    if plan == "ES":
        if kind == "fixed":
            return cut([2, 3, 2, 2])
        return cut([3, 3, 3]) if chance(0.6) else cut([3, 2, 2, 2])
    if plan == "PT":
        return cut([3, 3, 3])
    if plan == "IT":
        if kind == "mobile":
            return cut([3, 3, 4]) if chance(0.5) else cut([3, 7])
        return cut([2, 4, 4]) if chance(0.5) else cut([2, 8])
    if plan == "PL":
        return cut([3, 3, 3]) if kind == "mobile" else cut([2, 3, 2, 2])
    if plan == "IE":
        return cut([2, 3, 4])
    if plan == "IN":
        return cut([5, 5])
    if plan == "BR":
        return cut([2, 5, 4]) if kind == "mobile" else cut([2, 4, 4])
    if plan == "DK":
        return cut([2, 2, 2, 2])
    if plan == "FI":
        return cut([2, 3, 4])
    if plan == "TR":
        return cut([3, 3, 2, 2])
    if plan == "CZ":
        return cut([3, 3, 3])
    if plan == "AU":
        return cut([3, 3, 3])
    if plan in ("SG", "HK"):
        return cut([4, 4])
    if plan == "JP":
        return cut([2, 4, 4])
    if plan == "ZA":
        return cut([2, 3, 4])
    if plan == "MX":
        return cut([2, 4, 4])
    if plan == "CN":
        return cut([3, 4, 4]) if kind == "mobile" else cut([2, 4, 4])
    if plan == "RU":
        return cut([3, 3, 2, 2])
    return cut([3, 3, 4])


def national(plan, kind, n):
    g = ngroups(plan, kind, n)
    if plan in ("US", "CA"):
        if kind == "toll_free":
            return ch(["1-" + "-".join(g), "(%s) %s-%s" % tuple(g), "1 (%s) %s-%s" % tuple(g)])
        return ch(["(%s) %s-%s" % tuple(g), "-".join(g), ".".join(g), "(%s) %s-%s" % tuple(g)])
    if plan == "GB":
        return "0" + " ".join(g)
    if plan == "DE":
        st = R.random()
        if st < 0.45:
            return "0" + " ".join(g)
        if st < 0.65:
            return "0" + g[0] + "/" + "".join(g[1:])
        if st < 0.8:
            return "(0" + g[0] + ") " + "".join(g[1:])
        return "0" + g[0] + "-" + "".join(g[1:])
    if plan == "AT":
        return "0" + g[0] + ch([" ", "/"]) + "".join(g[1:])
    if plan in ("CH", "IE", "FI"):
        return "0" + " ".join(g)
    if plan == "SE":
        return "0" + g[0] + "-" + " ".join(g[1:])
    if plan == "FR":
        sep = ch([" ", " ", ".", "\u202f", ""])
        return "0" + sep.join(g)
    if plan == "BE":
        return "0" + g[0] + " " + " ".join(g[1:]) if chance(0.7) else "0" + g[0] + "/" + ".".join(g[1:])
    if plan == "NL":
        if kind == "mobile":
            rest = "".join(g[1:])
            return ch(["06-" + rest, "06 " + rest, "06 " + rest[:4] + " " + rest[4:]])
        return "0" + g[0] + ch(["-", " "]) + " ".join(g[1:])
    if plan in ("ES", "PT", "PL", "DK", "CZ"):
        return " ".join(g)
    if plan == "IT":
        return ch([" ", " ", "-", "/"]).join(g) if kind == "mobile" else " ".join(g)
    if plan == "IN":
        return ch(["", "0", ""]) + ch([" ".join(g), "".join(g), " ".join(g)])
    if plan == "BR":
        if kind == "mobile":
            return ch(["(%s) %s-%s" % tuple(g), "%s %s-%s" % tuple(g), "(%s) %s %s" % tuple(g)])
        return ch(["(%s) %s-%s" % tuple(g), "%s %s-%s" % tuple(g)])
    if plan == "TR":
        return "0" + g[0] + " " + " ".join(g[1:])
    raise KeyError(plan)


def phone(region, plan=None, kind=None, style=None):
    plan = plan or region
    if kind is None and plan == "US":
        kind = ch(["fixed_or_mobile", "fixed_or_mobile", "fixed_or_mobile", "fiction"])
    cc, trunk, kind, n = nsn_of(plan, kind)
    g = ngroups(plan, kind, n)
    if style is None:
        if plan != region:
            style = ch(["intl", "intl", "e164"] + (["00"] if region in INTL00 else []))
        else:
            style = ch(["nat", "nat", "nat", "intl", "intl"] +
                       (["intl0"] if trunk == "0" and plan in ("GB", "DE", "NL", "CH", "AT", "BE", "FR") else []) +
                       (["00"] if region in INTL00 else []) + ["e164"])
    if style == "nat":
        v = national(plan, kind, n)
    elif style == "intl":
        if plan in ("US", "CA") and chance(0.4):
            v = "+1 " + ch(["(%s) %s-%s" % tuple(g), "%s-%s-%s" % tuple(g), "%s.%s.%s" % tuple(g)])
        elif plan == "BR" and chance(0.5):
            v = "+55 " + g[0] + " " + "-".join(g[1:])
        else:
            if plan != "FR" and chance(0.15):
                v = "+%d-%s" % (cc, "-".join(g))
            else:
                v = "+%d %s" % (cc, " ".join(g))
    elif style == "intl0":
        v = "+%d (0)%s" % (cc, " ".join(g))
    elif style == "00":
        v = "00%d %s" % (cc, " ".join(g))
    elif style == "e164":
        v = "+%d%s" % (cc, n)
    else:
        raise KeyError(style)
    meta = {"sub": kind, "region": region}
    if plan != region:
        meta["plan"] = plan
    return L("phone", v, **meta)


LANG_REGION = {"en": ["GB", "US"], "de": ["DE", "DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "FR", "BE", "CH"],
               "es": ["ES"], "it": ["IT"], "nl": ["NL", "NL", "BE"], "pt": ["PT", "BR", "BR"],
               "pl": ["PL"], "sv": ["SE"], "da": ["DK"], "fi": ["FI"], "tr": ["TR"], "cs": ["CZ"],
               "in": ["IN"]}


def region_of(lang):
    return ch(LANG_REGION.get(lang, ["GB"]))


def tel(lang=None, region=None, foreign=0.08, **kw):
    """A phone for a text written in lang (or region's conventions);
    sometimes a number of another country."""
    region = region or region_of(lang)
    plan = None
    if chance(foreign):
        plan = ch([x for x in ["GB", "DE", "FR", "ES", "IT", "NL", "US", "CH", "AT", "PT", "PL", "IE",
                               "SE", "BE", "BR", "IN", "AU", "SG"] if x != region])
    return phone(region, plan, **kw)


# ====================================================================== cards
def card(issuer=None, sep=None):
    issuer = issuer or ch(["visa", "visa", "visa", "mastercard", "mastercard", "mastercard2",
                           "amex", "discover", "jcb", "diners", "unionpay", "maestro", "rupay", "mir"])
    n = C.card_random(R, issuer)
    sep = sep if sep is not None else ch([" ", " ", " ", "-", "", "\u00a0"])
    if sep == "":
        v = n
    else:
        v = sep.join(C.split_groups(n, C.card_grouping(len(n))))
    return L("card", v, sub=issuer)


def card_expiry():
    return "%02d/%02d" % (R.randint(1, 12), R.randint(26, 31))


# ====================================================================== iban
def iban(country, style=None):
    v = C.iban_random(R, country)
    style = style or ch(["grp", "grp", "grp", "compact", "nbsp"])
    if style == "grp":
        v = C.group(v)
    elif style == "nbsp":
        v = C.group(v, 4, "\u00a0")
    elif style == "lower":
        v = v.lower()
    return L("iban", v, sub=country)


LANG_IBAN = {"en": ["GB", "IE"], "de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE", "LU"],
             "es": ["ES"], "it": ["IT"], "nl": ["NL", "NL", "BE"], "pt": ["PT", "BR"],
             "pl": ["PL"], "sv": ["SE"], "da": ["DK"], "fi": ["FI"], "tr": ["TR"], "cs": ["CZ"]}


def iban_for(lang, style=None):
    return iban(ch(LANG_IBAN.get(lang, ["GB"])), style)


# ======================================================================== ips
def ipv4_str():
    while True:
        a = ipaddress.IPv4Address(R.getrandbits(32))
        if a.is_global and int(str(a).split(".")[0]) < 224:
            return str(a)


V6_PREFIXES = ["2a02:8109", "2001:16b8", "2a01:4f8", "2600:1700", "2003:e4", "2a00:23c7",
               "2804:14c", "2401:4900", "2a02:a210", "2a01:cb1d", "2605:a601"]


def ipv6_str():
    while True:
        p = ch(V6_PREFIXES)
        rest = [("%x" % R.randint(0, 0xffff)) for _ in range(8 - len(p.split(":")))]
        if chance(0.5):
            k = R.randint(1, 3)
            for i in range(2, 2 + k):
                if i < len(rest):
                    rest[i] = "0"
        a = ipaddress.IPv6Address(p + ":" + ":".join(rest))
        if a.is_global:
            return str(a)


def ip(v6=None):
    if v6 is None:
        v6 = chance(0.15)
    return L("ip", ipv6_str(), sub="ipv6") if v6 else L("ip", ipv4_str(), sub="ipv4")


# ==================================================================== secrets
PW_WORDS = ["Kestrel", "Lavendel", "Marmotte", "Girasole", "Molen", "Cajú", "Tormenta",
            "Quokka", "Heide", "Brioche", "Fjord", "Pistacchio", "Vlinder", "Zebrafink"]
PW_SYMS = "!#$%&*+-=?^_~"


def password(urlsafe=False):
    st = R.random()
    if st < 0.3:
        v = ch(PW_WORDS) + ch(PW_SYMS) + str(R.randint(2, 9999)) + ch(["", "x", "Q", "!"])
    elif st < 0.55:
        alpha = C.ALNUM + ("" if urlsafe else "!#$%&*+=?^_")
        while True:
            v = "".join(R.choice(alpha) for _ in range(R.randint(12, 22)))
            if any(c.isdigit() for c in v) and any(c.isupper() for c in v):
                break
    elif st < 0.75:
        v = "-".join(ch(PW_WORDS).lower() for _ in range(3)) + str(R.randint(1, 99))
    elif st < 0.9:
        v = C.secret_random(R, "password")
    else:
        v = ch(PW_WORDS)[:4] + str(R.randint(10, 99)) + ch(PW_SYMS) + upp(3) + dig(2)
    if urlsafe:
        v = "".join(c for c in v if c.isalnum() or c in "-_.~")
        if len(v) < 8:
            v += dig(4) + "Zq"
    return v


def sec(kind, urlsafe=False):
    if kind == "password":
        return L("secret", password(urlsafe), sub="password")
    return L("secret", C.secret_random(R, kind), sub=kind)


API_KINDS = ["aws_access_key_id", "github_pat", "github_fine_grained", "gitlab_pat", "slack_token",
             "stripe", "google_api_key", "openai", "anthropic", "npm_token", "sendgrid", "twilio",
             "jwt", "hex32"]


# ============================================================ hard negatives
# Every helper asserts the property that makes its value a look-alike and
# not a value of a labelled type.
def _luhn_digit(body):
    return C.luhn_complete(body)[-1]


def n_order():
    return N(ch([dig(3) + "-" + dig(7) + "-" + dig(7), "#" + dig(6), "ORD-" + dig(4) + "-" + upp(3),
                 "A" + dig(9), "BST-" + dig(8)]), "order_number")


def n_invoice():
    return N(ch(["INV-%d-%06d", "RE-%d-%05d", "FA%d/%04d", "FT %d/%05d", "NF-%d.%06d"]) %
             (R.randint(2019, 2026), R.randint(1, 99999)), "invoice_number")


def n_policy():
    return N(ch(["POL-" + dig(4) + "-" + dig(3) + "-" + dig(2), "VS-" + dig(2) + " " + dig(3) + " " + dig(3),
                 "HP" + dig(8) + upp(1), dig(3) + "/" + dig(6) + "/" + dig(2)]), "policy_number")


def n_customer():
    return N(ch(["KD" + dig(8), dig(3) + " " + dig(3) + " " + dig(3), "C-" + dig(7), "CL" + dig(6),
                 dig(10)]), "customer_number")


def n_meter():
    return N(ch(["1ESY" + dig(10), "MTR-" + dig(8), dig(2) + " " + dig(6) + " " + dig(4),
                 "Z" + dig(9)]), "meter_number")


def n_meter_point():
    return N("DE" + dig(11) + "0000000000000" + dig(7), "meter_point_id")


def n_imei(sep=""):
    body = "35" + dig(6) + dig(6)
    v = C.luhn_complete(body)
    assert len(v) == 15 and C.luhn_ok(v)
    if sep:
        v = v[:2] + sep + v[2:8] + sep + v[8:14] + sep + v[14]
    return N(v, "imei")


def n_iccid():
    v = C.luhn_complete("8949" + ch(["22", "11", "01"]) + dig(12))
    assert len(v) == 19 and v[:2] == "89"
    return N(v, "iccid")


VIN_MAP = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v):
    s = sum((int(c) if c.isdigit() else VIN_MAP[c]) * w for c, w in zip(v, VIN_W))
    r = s % 11
    return "X" if r == 10 else str(r)


def n_vin():
    alpha = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = ch(["WVW", "WBA", "VF1", "ZFA", "VSS", "1FT", "YV1", "TMB", "WDD", "SAL"]) + \
        "".join(R.choice(alpha) for _ in range(5)) + "0" + "".join(R.choice(alpha) for _ in range(2)) + dig(6)
    v = v[:8] + vin_check(v) + v[9:]
    assert len(v) == 17 and vin_check(v) == v[8]
    return N(v, "vin")


def n_plate(country):
    f = {"DE": lambda: ch(["KS", "HH", "B", "M", "FR", "MS", "HRO", "EF"]) + "-" + upp(2) + " " + str(R.randint(1, 9999)),
         "FR": lambda: upp(2) + "-" + dig(3) + "-" + upp(2),
         "IT": lambda: upp(2) + " " + dig(3) + " " + upp(2),
         "GB": lambda: upp(2) + dig(2) + " " + upp(3),
         "ES": lambda: dig(4) + " " + upp(3, "BCDFGHJKLMNPRSTVWXYZ"),
         "NL": lambda: ch([dig(2) + "-" + upp(3) + "-" + dig(1), upp(1) + "-" + dig(3) + "-" + upp(2)]),
         "PL": lambda: ch(["GD", "KR", "WA", "PO"]) + " " + dig(5),
         "BE": lambda: "1-" + upp(3) + "-" + dig(3),
         "PT": lambda: upp(2) + "-" + dig(2) + "-" + upp(2),
         "AT": lambda: ch(["W", "G", "L", "S"]) + "-" + dig(4) + upp(1),
         "CZ": lambda: dig(1) + upp(1) + dig(1) + " " + dig(4),
         "US": lambda: dig(1) + upp(3) + dig(3)}
    return N(f.get(country, f["DE"])(), "licence_plate")


def n_isbn():
    body = ch(["978", "979"]) + dig(9)
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(body)) % 10) % 10
    v = body + str(c)
    return N(v[:3] + "-" + v[3] + "-" + v[4:8] + "-" + v[8:12] + "-" + v[12], "isbn")


def n_ean():
    body = ch(["40", "50", "80", "87", "30", "84", "560"]) + dig(10)
    body = body[:12]
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(body)) % 10) % 10
    return N(body + str(c), "ean")


def n_pzn():
    while True:
        d7 = dig(7)
        c = sum(int(x) * (i + 1) for i, x in enumerate(d7)) % 11
        if c != 10:
            return N(d7 + str(c), "pzn")


def n_hs():
    return N(ch(["6109.10.00", "8517 12 00", "9503.00", "4901.99.00", "6203 42 31", "8471.30",
                 "3304.99.00", "0902.30"]), "hs_code")


def n_tracking():
    def s10():
        d8 = dig(8)
        w = [8, 6, 4, 2, 3, 5, 9, 7]
        c = 11 - sum(int(x) * y for x, y in zip(d8, w)) % 11
        c = {10: 0, 11: 5}.get(c, c)
        return upp(2) + d8 + str(c) + ch(["GB", "DE", "FR", "NL", "IT"])
    return N(ch([lambda: "JJD" + dig(18), lambda: "1Z" + upp(3, string.ascii_uppercase + string.digits) +
                 upp(3) + dig(10), s10, lambda: dig(4) + " " + dig(4) + " " + dig(4)])(), "tracking_number")


BICS = ["DEUTDEFF", "BNPAFRPPXXX", "INGBNL2A", "COBADEFFXXX", "BCITITMM", "CAIXESBBXXX",
        "RABONL2U", "GENODEF1S04", "BPOTBEB1", "CGDIPTPL", "NWBKGB2L", "ESSESESS", "HELADEF1KAS", "SOGEFRPP"]


def n_bic(country=None):
    pool = [b for b in BICS if b[4:6] == country] or BICS
    return N(ch(pool), "bic")


def n_rf():
    ref = dig(R.randint(8, 15))
    n = int("".join(str(int(c, 36)) for c in ref + "RF00"))
    v = "RF%02d%s" % (98 - n % 97, ref)
    assert C.iban_mod97(v) == 1 and v[:2] not in C.IBAN_SPEC
    return N(C.group(v), "rf_reference")


def n_creditor_id(country="DE"):
    nat = dig(11) if country == "DE" else dig(R.randint(6, 11))
    n = int("".join(str(int(c, 36)) for c in nat + country + "00"))
    return N("%s%02dZZZ%s" % (country, 98 - n % 97, nat), "creditor_id")


def n_vat(country):
    f = {"DE": lambda: "DE" + dig(9), "FR": lambda: "FR" + dig(2) + " " + dig(9), "IT": lambda: "IT" + dig(11),
         "NL": lambda: "NL" + dig(9) + "B01", "ES": lambda: "ESB" + dig(8), "GB": lambda: "GB " + dig(3) + " " + dig(4) + " " + dig(2),
         "BE": lambda: "BE 0" + dig(3) + "." + dig(3) + "." + dig(3), "PT": lambda: "PT" + dig(9),
         "PL": lambda: "PL" + dig(10), "AT": lambda: "ATU" + dig(8)}
    return N(f.get(country, f["DE"])(), "vat_id")


def n_uuid():
    h = "%032x" % R.getrandbits(128)
    return N("%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], ch("89ab"), h[17:20], h[20:]), "uuid")


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def n_sha256():
    return N(hexs(64), "sha256")


def n_gitsha(short=None):
    short = chance(0.5) if short is None else short
    return N(hexs(7) if short else hexs(40), "git_sha")


def n_semver():
    return N(ch(["v%d.%d.%d", "%d.%d.%d", "%d.%d.%d-rc.1", "%d.%d.%d+build.7"]) %
             (R.randint(0, 12), R.randint(0, 40), R.randint(0, 30)), "version")


def n_build4(kind=None):
    v = (["10.0.%d.%d" % (R.randint(19041, 26100), R.randint(256, 5000)),
            "%d.0.%d.%d" % (R.randint(110, 131), R.randint(5000, 6999), R.randint(256, 300))])
    v = v[1] if kind == "chrome" else v[0] if kind == "windows" else ch(v)
    try:
        ipaddress.ip_address(v)
        raise AssertionError(v)
    except ValueError:
        pass
    return N(v, "build_number")


def n_oid():
    return N(ch(["1.3.6.1.4.1.311.21.%d" % R.randint(1, 40), "2.5.29.%d" % R.randint(14, 37),
                 "1.2.840.113549.1.9.%d" % R.randint(1, 16)]), "oid")


def n_badip():
    parts = [R.randint(1, 254) for _ in range(4)]
    parts[R.randint(0, 3)] = R.randint(256, 999)
    v = ".".join(map(str, parts))
    try:
        ipaddress.ip_address(v)
        raise AssertionError(v)
    except ValueError:
        pass
    return N(v, "bad_octet")


def n_coords():
    lat, lon = R.uniform(36, 60), R.uniform(-9, 25)
    return N(ch(["%.5f, %.5f", "%.6f,%.6f", "%.4f %.4f"]) % (lat, lon), "coordinates")


def n_timestamp():
    d = rdate(2023, 2026)
    t = "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    return N(ch(["%sT%sZ" % (d.isoformat(), t), "%s %s" % (d.isoformat(), t),
                 "%sT%s.%03d+01:00" % (d.isoformat(), t, R.randint(0, 999))]), "timestamp")


def n_epoch():
    return N(str(R.randint(1690000000, 1790000000)) + ch(["", "", str(R.randint(100, 999))]), "epoch")


def n_masked_card(lang="en"):
    return N(ch(["**** **** **** " + dig(4), "XXXX-XXXX-XXXX-" + dig(4), "•••• " + dig(4),
                 dig(4) + " **** **** " + dig(4)] + (["ending in " + dig(4)] if lang == "en" else [])), "masked_card")


def n_masked_iban():
    return N(ch(["DE", "FR", "NL", "ES", "IT"]) + dig(2) + " **** **** **** **" + dig(2) + " " + dig(2),
             "masked_iban")


def n_masked_phone():
    return N(ch(["+49 *** ****" + dig(3), "07*** ***" + dig(3), "06-****" + dig(4),
                 "+33 6 ** ** ** " + dig(2), "(***) ***-" + dig(4)]), "masked_phone")


def n_masked_email():
    return N(ch("abcdefghjklmnoprstvw") + "*****@" + ch(["gmail.com", "web.de", "orange.fr", "libero.it"]),
             "masked_email")


def n_masked_ssn():
    return N("XXX-XX-" + dig(4), "masked_ssn")


def n_luhn_fail():
    n = C.card_random(R, ch(["visa", "mastercard", "amex", "discover"]))
    bad = n[:-1] + str((int(n[-1]) + R.randint(1, 9)) % 10)
    assert not C.luhn_ok(bad)
    return N(" ".join(C.split_groups(bad, C.card_grouping(len(bad)))), "luhn_fail")


def n_iban_bad(country=None):
    v = C.iban_random(R, country or ch(["DE", "FR", "NL", "ES", "IT", "GB", "BE"]))
    k = (int(v[2:4]) + R.randint(1, 90)) % 97 + 2
    bad = v[:2] + "%02d" % k + v[4:]
    if C.iban_mod97(bad) == 1:
        bad = v[:2] + "%02d" % ((k + 1) % 97 + 2) + v[4:]
    assert C.iban_mod97(bad) != 1
    return N(C.group(bad), "iban_bad_check")


def n_invalid_ssn():
    v = ch([lambda: "000-" + dig(2) + "-" + dig(4), lambda: "666-" + dig(2) + "-" + dig(4),
            lambda: "%03d-00-%04d" % (R.randint(1, 665), R.randint(1, 9999)),
            lambda: "9%02d-%02d-%04d" % (R.randint(0, 99), R.choice([10, 20, 30, 40, 49]), R.randint(0, 9999))])()
    a, g, s = int(v[:3]), int(v[4:6]), int(v[7:])
    assert not C.ssn_valid(a, g, s)
    return N(v, "invalid_ssn")


def n_dni_bad():
    n, letter = C.dni_random(R)
    wrong = ch([x for x in C.DNI_LETTERS if x != letter])
    return N(n + wrong, "dni_bad_letter")


def n_bsn_bad():
    while True:
        s = str(R.randint(1, 6)) + dig(8)
        if not C.bsn_ok(s):
            return N(s, "bsn_bad_check")


def n_nhs_bad():
    while True:
        s = str(R.randint(4, 9)) + dig(9)
        if not C.nhs_ok(s):
            return N(s[:3] + " " + s[3:6] + " " + s[6:], "nhs_bad_check")


def n_cpf_bad():
    while True:
        s = dig(11)
        if not C.cpf_ok(s):
            return N(s[:3] + "." + s[3:6] + "." + s[6:9] + "-" + s[9:], "cpf_bad_check")


def n_placeholder():
    return N(ch(["<your-api-key>", "${STRIPE_SECRET_KEY}", "REPLACE_ME", "xxxxxxxxxxxxxxxx",
                 "{{ vault_db_password }}", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "********",
                 "<redacted>", "${{ secrets.DEPLOY_KEY }}", "$(cat /run/secrets/db_pw)",
                 "sk_live_...", "<password>", "%%SMTP_PASS%%", "{{ .Values.db.password }}"]),
             "secret_placeholder")


def n_publishable():
    return N(ch(["pk_live_", "pk_test_"]) + C.rnd(R, C.ALNUM, 24), "publishable_key")


def n_ssh_pub():
    return N("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + C.rnd(R, C.B64, 43) + " " +
             ch(["deploy-ci", "backup-runner", "laptop-2023"]), "ssh_public_key")


def n_vault():
    lines = [hexs(80) for _ in range(R.randint(2, 4))]
    return N("$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join("          " + x for x in lines), "vault_ciphertext")


def n_digest():
    return N("sha256:" + hexs(64), "image_digest")


AMOUNT_FMT = {"de": ["%s €", "%s EUR"], "fr": ["%s €"], "es": ["%s €"], "it": ["€ %s", "%s €"],
              "nl": ["€ %s"], "pt": ["%s €"], "br": ["R$ %s"], "en": ["£%s", "$%s"], "en-GB": ["£%s"], "en-US": ["$%s"], "pl": ["%s zł"],
              "sv": ["%s kr"], "da": ["%s kr."], "fi": ["%s €"], "tr": ["%s TL"], "cs": ["%s Kč"],
              "in": ["₹%s"]}


def amount_str(lang, lo=5, hi=5000):
    v = R.randint(lo * 100, hi * 100)
    whole, cents = divmod(v, 100)
    cur = lang
    lang = {"en-GB": "en", "en-US": "en", "br": "pt"}.get(lang, lang)
    if lang in ("en", "in"):
        w = "{:,}".format(whole)
        s = "%s.%02d" % (w, cents)
    elif lang in ("fr", "sv", "fi", "cs", "pl"):
        w = "{:,}".format(whole).replace(",", "\u00a0" if lang != "fr" else "\u202f")
        s = "%s,%02d" % (w, cents)
    else:
        w = "{:,}".format(whole).replace(",", ".")
        s = "%s,%02d" % (w, cents)
    return ch(AMOUNT_FMT.get(cur, AMOUNT_FMT["en"])) % s


def n_amount(lang, lo=5, hi=5000):
    return N(amount_str(lang, lo, hi), "amount")


def n_time_range():
    h = R.randint(7, 18)
    return N("%02d:%02d–%02d:%02d" % (h, ch([0, 15, 30]), h + R.randint(1, 3), ch([0, 30, 45])), "time_range")


def n_short_code():
    return N(ch(["112", "116 117", "*100#", "8888", "1414", "3311", "999"]), "short_code")


def n_invalid_phone():
    return N(ch(["(123) 456-7890", "+999 123 4567", "0000 000000", "+49 12", "012-345",
                 "+1 (000) 000-0000", "06-1234"]), "invalid_phone")


def n_mac():
    return N(":".join(hexs(2) for _ in range(6)).upper() if chance(0.5) else "-".join(hexs(2) for _ in range(6)),
             "mac_address")


def n_uvci():
    return N("URN:UVCI:01:%s:%s#%s" % (ch(["DE", "FR", "IT", "NL", "AT"]), upp(20, string.ascii_uppercase + string.digits), upp(1)),
             "certificate_id")


def n_lot():
    return N(ch(["FK" + dig(4), "EW" + dig(4), "1F" + dig(3) + "A", "ACB" + dig(4), upp(2) + dig(6)]), "batch_number")


def n_arn():
    return N("arn:aws:%s::%s:%s" % (ch(["iam", "sts"]), dig(12), ch(["role/ci-deploy", "user/terraform", "policy/ReadOnlyAudit"])),
             "aws_arn")


def n_event_id():
    return N(hexs(32), "event_id")


def n_podname():
    return N(ch(["payments-api", "checkout-web", "billing-worker", "search-indexer"]) + "-" +
             hexs(9) + "-" + upp(5, "bcdfghjklmnpqrstvwxz2456789").lower(), "pod_name")


def n_port_range():
    a = R.randint(1024, 60000)
    return N("%d-%d" % (a, a + R.randint(5, 100)), "port_range")


def n_cron():
    return N(ch(["*/15 * * * *", "0 3 * * 1", "30 2 1 * *", "0 */6 * * *"]), "cron")


BRANDS = ["Hugo Boss", "Ralph Lauren", "Ted Baker", "Albert Heijn", "Dr. Oetker", "Tommy Hilfiger",
          "Jack Daniel's", "Marks & Spencer", "Ben & Jerry's", "Louis Vuitton", "Calvin Klein",
          "Guerlain", "Ferrero Rocher", "Carolina Herrera", "Giorgio Armani"]
PLACES = ["Santa Monica", "Charlotte", "Florence", "Victoria Station", "San Sebastián", "Saint-Malo",
          "Mont-Saint-Michel", "Adelaide", "Lake Louise", "St. Moritz", "Santiago", "Sankt Augustin",
          "Den Bosch", "Hertogenbosch", "Porto Alegre", "São José dos Campos", "Wilhelmshaven",
          "Marie-Galante", "Bad Homburg", "Jackson Hole"]
ORGS = ["Max Planck Institute", "Goethe-Institut", "Philips", "Johnson & Johnson", "Goldman Sachs",
        "Fraunhofer", "Robert Bosch GmbH", "Institut Pasteur", "Fondazione Prada", "Fundação Gulbenkian",
        "Rijksmuseum", "Siemens Healthineers", "Procter & Gamble", "Ernst & Young", "Ordem dos Médicos"]
ARTWORKS = ["The Night Watch", "Girl with a Pearl Earring", "Las Meninas", "Mona Lisa",
            "La Primavera", "Der Kuss", "The Hay Wain", "Guernica", "Il Quarto Stato", "Abaporu"]
PRODUCTS = ["Renault Clio", "Fiat Panda", "Skoda Octavia", "Volvo XC60", "Peugeot 208", "Ford Fiesta",
            "iPhone 15 Pro", "Galaxy S23", "ThinkPad T14", "Thermomix TM6", "Dyson V15",
            "PlayStation 5", "Kindle Paperwhite", "Alfa Romeo Giulia", "Seat Ibiza"]


def n_brand():
    return N(ch(BRANDS), "brand")


def n_place():
    return N(ch(PLACES), "place")


def n_org():
    return N(ch(ORGS), "organisation")


def n_art():
    return N(ch(ARTWORKS), "artwork")


def n_product():
    return N(ch(PRODUCTS), "product")


def n_device():
    return N(ch(["iPhone 15 Pro", "Galaxy S23", "Pixel 8", "Fairphone 5", "Xiaomi 13T", "Moto G84", "Nothing Phone (2)"]), "product")


NAME_WORDS = {
    "en": ["Will the courier ring first?", "May we park at the back?", "Grant access to the shared drive.",
           "Mark the parcel as fragile.", "Rose gold finish, as pictured.", "Frank feedback is welcome.",
           "Bill me later, please.", "Hope this helps.", "Sunny days ahead!", "Amber warning for rain.",
           "Pat the dough dry.", "Jack up the car first.", "Summer hours apply."],
    "de": ["Rosa Schleifen für die Tische.", "Ernst gemeint: bitte pünktlich.", "Kai-Anlage wird saniert.",
           "Otto-Motor, Baujahr egal.", "Heide und Moor am Sonntag.", "Frieden und Ruhe."],
    "fr": ["Clémentines de Corse en promo.", "Marguerites blanches sur les tables.", "Rose poudré ou ivoire ?",
           "Olive ou noir, au choix.", "Victoire à domicile samedi !", "Constance et rigueur exigées."],
    "es": ["Dolores de cabeza frecuentes.", "Rocío de la mañana en el jardín.", "Paz y tranquilidad aseguradas.",
           "Luz natural todo el día.", "Esperanza no falta.", "Rosario de plata antiguo."],
    "it": ["Rosa antico o bianco?", "Bianca e nera, taglia M.", "Felice anno nuovo!", "Serena notte a tutti.",
           "Speranza è l'ultima a morire.", "Vittoria in casa domenica."],
    "nl": ["Merel in de tuin gezien.", "Roos en tulp in één boeket.", "Floor is nog nat.",
           "Fleur en kleur in de kamer.", "Koos zijn weg naar huis?"],
    "pt": ["Graça e leveza no vestido.", "Luz natural o dia todo.", "Vitória do time no domingo!",
           "Aurora boreal na Islândia.", "Esperança não falta.", "Rosa ou azul?"],
}


def n_nameword(lang):
    return N(ch(NAME_WORDS.get(lang, NAME_WORDS["en"])), "name_as_word")


def n_iban_like_neg(lang):
    return ch([n_rf, n_iban_bad, n_masked_iban, lambda: n_creditor_id("DE"), n_bic])()


# ================================================================== templates
def F(_fmt, **kw):
    """Split a format string into parts; {name} slots take strings, L, N or
    lists of them (None: nothing)."""
    out = []
    for piece in re.split(r"(\{[a-z0-9_]+\})", _fmt):
        if not piece:
            continue
        k = piece[1:-1]
        if piece[0] == "{" and piece[-1] == "}" and k in kw:
            if kw[k] is not None:
                out.append(kw[k])
        else:
            out.append(piece)
    return out


TEMPLATES = []


def tpl(weight, clean_p, langs):
    def deco(f):
        TEMPLATES.append((f.__name__[2:], f, weight, clean_p, langs))
        return f
    return deco


def fem_surname(lang, s):
    for pair in NAMES.get(lang, NAMES["en"])[2]:
        if isinstance(pair, tuple) and pair[0] == s:
            return pair[1]
    return s


def age_of(d, ref=2025):
    return ref - d.year


CITY_OF = {"en": ["Leeds", "Bristol", "Austin", "Denver", "Norwich", "Portland"],
           "de": ["Kassel", "Leipzig", "Freiburg", "Graz", "Bremen", "Münster"],
           "fr": ["Rennes", "Lyon", "Nantes", "Lille", "Toulouse", "Bordeaux"],
           "es": ["Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga"],
           "it": ["Bologna", "Torino", "Bari", "Verona", "Trieste"],
           "nl": ["Utrecht", "Groningen", "Haarlem", "Delft", "Zwolle"],
           "pt": ["Porto", "Curitiba", "Recife", "Coimbra", "Campinas"],
           "pl": ["Gdańsk", "Kraków", "Poznań"], "sv": ["Göteborg", "Uppsala", "Malmö"],
           "da": ["Aarhus", "Odense"], "fi": ["Tampere", "Turku"], "tr": ["İzmir", "Bursa"],
           "cs": ["Brno", "Olomouc"], "in": ["Pune", "Kochi", "Jaipur"]}


def n_city(lang):
    return N(ch(CITY_OF.get(lang, CITY_OF["en"])), "city_name")


# ------------------------------------------------------------ dating profile
DATING = {
    "en": ("{name}, {age} — {city}\n\nAbout me: {blurb}\n{dobl}Looking for: {look}.\n{contact}",
           "Birthday: {dob} (cake is expected).\n", "Not on here much, so text me on {ph}{or_em}.",
           " or drop a line to {em}", "Drop me a line at {em}.",
           ["weekend hikes, bad puns and {brand} coffee", "{product} owner, sourdough baker, trivia nerd",
            "just back from {place}, planning the next trip"],
           ["someone who laughs at my jokes", "a hiking buddy who can read a map", "good company and long dinners"]),
    "de": ("{name}, {age} — {city}\n\nÜber mich: {blurb}\n{dobl}Ich suche: {look}.\n{contact}",
           "Geboren am {dob}, ja, ich feiere jedes Jahr groß.\n",
           "Bin selten online – schreib mir lieber per WhatsApp: {ph}{or_em}.", " oder an {em}",
           "Schreib mir an {em}.",
           ["Bergwandern, Brettspiele und {brand}", "fahre einen alten {product} und liebe Flohmärkte",
            "gerade zurück aus {place}"],
           ["jemanden zum Pferdestehlen", "eine Begleitung für Konzerte", "ehrliche Gespräche"]),
    "fr": ("{name}, {age} ans — {city}\n\nÀ propos : {blurb}\n{dobl}Je cherche : {look}.\n{contact}",
           "{nee} le {dob}, fêtes obligatoires.\n", "Rarement connecté·e ici, écris-moi au {ph}{or_em}.",
           " ou sur {em}", "Écris-moi sur {em}.",
           ["randonnées, cinéma de quartier et {brand}", "je roule en {product} depuis dix ans",
            "je reviens de {place} et je repars bientôt"],
           ["quelqu'un de drôle et curieux", "un·e partenaire de voyage", "des discussions sincères"]),
    "es": ("{name}, {age} — {city}\n\nSobre mí: {blurb}\n{dobl}Busco: {look}.\n{contact}",
           "Nací el {dob}, así que ya sabes cuándo invitarme.\n", "Entro poco, escríbeme al {ph}{or_em}.",
           " o a {em}", "Escríbeme a {em}.",
           ["montaña, tapas y {brand}", "conduzco un {product} con más años que yo", "recién volví de {place}"],
           ["alguien con sentido del humor", "compañía para viajar", "conversaciones largas"]),
    "it": ("{name}, {age} anni — {city}\n\nChi sono: {blurb}\n{dobl}Cerco: {look}.\n{contact}",
           "{nata} il {dob}, segno zodiacale pesci.\n", "Sono poco qui, scrivimi al {ph}{or_em}.",
           " oppure a {em}", "Scrivimi a {em}.",
           ["trekking, cinema e {brand}", "guido una {product} d'epoca", "appena tornata da {place}"],
           ["qualcuno con cui ridere", "un compagno di viaggio", "serate tranquille"]),
    "nl": ("{name}, {age} — {city}\n\nOver mij: {blurb}\n{dobl}Ik zoek: {look}.\n{contact}",
           "Geboren op {dob}, dus taart in maart.\n", "Ben hier weinig, app me op {ph}{or_em}.",
           " of mail {em}", "Mail me op {em}.",
           ["fietsen, festivals en {brand}", "rijd in een oude {product}", "net terug uit {place}"],
           ["iemand met humor", "een reismaatje", "goede gesprekken"]),
    "pt": ("{name}, {age} — {city}\n\nSobre mim: {blurb}\n{dobl}Procuro: {look}.\n{contact}",
           "Nasci em {dob}, podem mandar parabéns.\n", "Quase não entro aqui, me chama no zap {ph}{or_em}.",
           " ou manda e-mail pra {em}", "Manda e-mail pra {em}.",
           ["trilhas, praia e {brand}", "tenho um {product} velhinho", "acabei de voltar de {place}"],
           ["alguém bem-humorado", "companhia para viajar", "conversa boa"]),
    "sv": ("{name}, {age} — {city}\n\nOm mig: {blurb}\n{dobl}Söker: {look}.\n{contact}",
           "Född {dob}.\n", "Sällan inne här, sms:a {ph}{or_em}.", " eller mejla {em}", "Mejla {em}.",
           ["fjällvandring, kaffe och {brand}", "kör en gammal {product}", "nyss hemkommen från {place}"],
           ["någon med humor", "en resekompis", "långa middagar"]),
}


@tpl(1.0, 0.35, ["en", "de", "fr", "es", "it", "nl", "pt", "sv"])
def t_dating_profile(clean, lang):
    body, dobf, ctc, or_em, em_only, blurbs, looks = DATING[lang]
    blurb = F(ch(blurbs), brand=n_brand(), product=n_product(), place=n_place())
    look = ch(looks)
    if clean:
        handle = N(ch(["wanderlust", "nightowl", "trailrunner", "bookworm", "sunset"]) + "_" + str(R.randint(70, 99)), "username")
        intro = {"en": "Can you make my profile text sound less boring?\n\n", "de": "Kannst du meinen Profiltext aufpeppen?\n\n",
                 "fr": "Tu peux rendre mon texte de profil plus sympa ?\n\n", "es": "¿Me mejoras el texto del perfil?\n\n",
                 "it": "Mi migliori il testo del profilo?\n\n", "nl": "Kun je mijn profieltekst verbeteren?\n\n",
                 "pt": "Melhora o texto do meu perfil?\n\n", "sv": "Kan du göra min profiltext roligare?\n\n"}[lang]
        return "dating_profile", lang, [intro, F(body.split("\n{contact}")[0].replace("{dobl}", ""),
                                                   name=handle, age=str(R.randint(24, 58)), city=n_city(lang),
                                                   blurb=blurb, look=look), "\n", n_nameword(lang)]
    p = person(lang)
    lbl, d = dob(lang, 1966, 2002)
    ph = tel(lang)
    em = email(p)
    r = R.random()
    if r < 0.45:
        contact = F(ctc, ph=ph, or_em=F(or_em, em=em) if chance(0.5) else None)
    elif r < 0.75:
        contact = F(em_only, em=em)
    else:
        contact = F(ctc, ph=ph, or_em=None)
    dobl = F(dobf, dob=lbl, nee="Née" if p.female else "Né", nata="Nata" if p.female else "Nato") if chance(0.7) else None
    name = pl_(p, "given") if chance(0.8) else pl_(p, "initial")
    return "dating_profile", lang, F(body, name=name, age=str(age_of(d)), city=n_city(lang), blurb=blurb,
                                     look=look, dobl=dobl, contact=contact)


# ---------------------------------------------------------- marketplace ad
MARKET = {
    "de": ("Verkaufe {product} – {price} VB\nZustand: sehr gut, IMEI {imei}, Rechnung vom {date} liegt bei.\n"
           "Abholung: {addr} oder Versand gegen Aufpreis.\nKontakt: {name}, Tel. {ph}\nKeine Tauschangebote!",
           "Verkaufe {product} – {price} VB\nZustand: sehr gut, IMEI {imei}, Rechnung vom {date} liegt bei.\n"
           "Abholung in {city}. Bitte nur über die Nachrichtenfunktion melden, keine Anrufe."),
    "en": ("FOR SALE: {product}, {price} ono\nBarely used, IMEI {imei}, receipt dated {date}.\n"
           "Collection from {addr}.\nCall or text {name} on {ph}. No timewasters please.",
           "FOR SALE: {product}, {price} ono\nBarely used, IMEI {imei}, receipt dated {date}.\n"
           "Collection in {city} only. Message through the app, I don't give out my number."),
    "fr": ("Vends {product} — {price}\nTrès bon état, IMEI {imei}, facture du {date}.\n"
           "Remise en main propre : {addr}\nContact : {name} au {ph}",
           "Vends {product} — {price}\nTrès bon état, IMEI {imei}, facture du {date}.\n"
           "Remise en main propre à {city}. Contact uniquement par la messagerie du site."),
    "es": ("Vendo {product} por {price}. Como nuevo, IMEI {imei}, ticket del {date}.\n"
           "Entrega en mano en {addr}.\nPreguntad por {name}: {ph}",
           "Vendo {product} por {price}. Como nuevo, IMEI {imei}, ticket del {date}.\n"
           "Entrega en mano en {city}, solo por chat de la app."),
    "nl": ("Te koop: {product}, vraagprijs {price}.\nIMEI {imei}, bon van {date} aanwezig.\n"
           "Ophalen: {addr}\nBel of app {name}: {ph}",
           "Te koop: {product}, vraagprijs {price}.\nIMEI {imei}, bon van {date} aanwezig.\n"
           "Ophalen in {city}, alleen reageren via Marktplaats-berichten."),
    "it": ("Vendo {product} a {price}, trattabile. IMEI {imei}, scontrino del {date}.\n"
           "Ritiro a mano in {addr}.\nContattare {name} al {ph}, no perditempo.",
           "Vendo {product} a {price}, trattabile. IMEI {imei}, scontrino del {date}.\n"
           "Ritiro a mano a {city}, contattatemi solo in chat."),
    "pt": ("Vendo {product} — {price}. IMEI {imei}, nota fiscal de {date}.\n"
           "Retirada em {addr}.\nFalar com {name}: {ph} (WhatsApp)",
           "Vendo {product} — {price}. IMEI {imei}, nota fiscal de {date}.\n"
           "Retirada em {city}, só pelo chat da OLX."),
    "pl": ("Sprzedam {product}, cena {price} do negocjacji. IMEI {imei}, paragon z {date}.\n"
           "Odbiór osobisty: {addr}\nKontakt: {name}, tel. {ph}",
           "Sprzedam {product}, cena {price} do negocjacji. IMEI {imei}, paragon z {date}.\n"
           "Odbiór w {city}, kontakt tylko przez OLX."),
}


MARKET["in"] = ("Selling {product} — {price}, negotiable. IMEI {imei}, bill dated {date}.\nPickup from {addr}.\nCall/WhatsApp {name}: {ph}",
                "Selling {product} — {price}, negotiable. IMEI {imei}, bill dated {date}.\nPickup in {city}, chat on OLX only.")
MARKET["da"] = ("Sælges: {product}, {price}\nIMEI {imei}, kvittering fra {date}.\nAfhentes på {addr}\nRing eller skriv til {name} på {ph}",
                "Sælges: {product}, {price}\nIMEI {imei}, kvittering fra {date}.\nAfhentes i {city}, kun beskeder via DBA.")
MARKET["sv"] = ("Säljes: {product}, {price}. IMEI {imei}, kvitto från {date}.\nHämtas på {addr}\nRing eller sms:a {name} på {ph}",
                "Säljes: {product}, {price}. IMEI {imei}, kvitto från {date}.\nHämtas i {city}, endast meddelanden via Blocket.")


@tpl(1.0, 0.35, ["de", "en", "fr", "es", "nl", "it", "pt", "pl", "in", "da", "sv"])
def t_marketplace_ad(clean, lang):
    full, cl = MARKET[lang]
    prod = N(ch(["iPhone 14 (128 GB)", "Galaxy S22 Ultra", "Pixel 7a", "Xiaomi 13T", "Fairphone 5"]), "product")
    price = n_amount(lang, 40, 900)
    date = ndate(lang, "purchase_date", 2022, 2025)
    if clean:
        return "marketplace_ad", lang, F(cl, product=prod, price=price, imei=n_imei(), date=date, city=n_city(lang))
    p = person(lang)
    country = country_of(lang)
    return "marketplace_ad", lang, F(full, product=prod, price=price, imei=n_imei(), date=date,
                                     addr=addr(country), name=pl_(p, ch(["given", "full", "given"])),
                                     ph=tel(region=country if country in LANG_REGION.get(lang, []) else None, lang=lang))


# --------------------------------------------------------------- guest list
GUEST = {
    "en": ("Wedding guest list — {c1} & {c2} (draft 3, invites go out {date})", ["#", "Guest", "Plus-one", "Address for invitation", "Meal"],
           ["beef", "fish", "veg", "vegan"], "—", "Seating plan (tables named after places) — wedding on {date}"),
    "de": ("Gästeliste Hochzeit {c1} & {c2} (Stand {date})", ["Nr.", "Gast", "Begleitung", "Adresse für Einladung", "Menü"],
           ["Fleisch", "Fisch", "vegetarisch"], "–", "Tischplan (Tische nach Orten benannt) — Hochzeit am {date}"),
    "fr": ("Liste des invités — mariage de {c1} et {c2} (version du {date})", ["N°", "Invité", "Accompagnant", "Adresse pour le faire-part", "Menu"],
           ["viande", "poisson", "végétarien"], "—", "Plan de table (tables aux noms de lieux) — mariage le {date}"),
    "it": ("Lista invitati matrimonio {c1} e {c2} (agg. {date})", ["N.", "Invitato", "Accompagnatore", "Indirizzo partecipazione", "Menù"],
           ["carne", "pesce", "vegetariano"], "—", "Tableau de mariage (tavoli con nomi di luoghi) — {date}"),
    "es": ("Lista de invitados — boda de {c1} y {c2} (act. {date})", ["N.º", "Invitado/a", "Acompañante", "Dirección para la invitación", "Menú"],
           ["carne", "pescado", "vegetariano"], "—", "Distribución de mesas (con nombres de lugares) — boda el {date}"),
    "nl": ("Gastenlijst bruiloft {c1} & {c2} (versie {date})", ["Nr", "Gast", "Partner", "Adres voor uitnodiging", "Menu"],
           ["vlees", "vis", "vega"], "–", "Tafelindeling (tafels met plaatsnamen) — bruiloft op {date}"),
    "pt": ("Lista de convidados — casamento de {c1} e {c2} (atualizada em {date})", ["N.º", "Convidado", "Acompanhante", "Morada para o convite", "Menu"],
           ["carne", "peixe", "vegetariano"], "—", "Mapa de mesas (mesas com nomes de lugares) — casamento em {date}"),
}


@tpl(1.0, 0.2, ["en", "de", "fr", "it", "es", "nl", "pt"])
def t_guest_list(clean, lang):
    title, cols, meals, dash, cl_title = GUEST[lang]
    d = ndate(lang, "event_date", 2025, 2026)
    if clean:
        rows = ["| Table | Seats | Notes |", "|---|---|---|"]
        parts = [F(cl_title, date=d), "\n\n", "\n".join(rows), "\n"]
        for i in range(R.randint(3, 5)):
            parts += ["| ", n_place(), " | ", str(R.randint(6, 12)), " | ", ch(["near the band", "high chairs x2", "step-free", "window side"]), " |\n"]
        parts += ["\nVenue: ", n_org() if chance(0.3) else N(ch(["Schloss Hohenried", "Villa Medici", "Hacienda San Rafael", "Kasteel de Haar"]), "venue"), " (", n_coords(), "), reception ", n_time_range(),
                  ", budget ", n_amount(lang, 4000, 30000)]
        return "guest_list", lang, parts
    c1, c2 = person(lang), person(lang)
    parts = [F(title, c1=pl_(c1, "given"), c2=pl_(c2, "given"), date=d), "\n\n"]
    markdown = chance(0.6)
    if markdown:
        parts += ["| " + " | ".join(cols) + " |\n", "|" + "---|" * len(cols) + "\n"]
    for i in range(R.randint(3, 6)):
        g = person(lang)
        country = country_of(lang) if chance(0.85) else ch(["GB", "DE", "FR", "US", "NL", "ES", "IT"])
        plus = pl_(person(COUNTRY_LANG[country] if COUNTRY_LANG[country] in NAMES else lang), ch(["full", "given"])) if chance(0.45) else dash
        where = addr(country) if chance(0.75) else tel(lang)
        meal = ch(meals)
        if markdown:
            parts += ["| ", str(i + 1), " | ", pl_(g, ch(["full", "full", "rev"])), " | ", plus, " | ", where, " | ", meal, " |\n"]
        else:
            parts += [str(i + 1), ". ", pl_(g), [" + ", plus] if plus != dash else "", " — ", where, " (", meal, ")\n"]
    if chance(0.5):
        parts += ["\n", {"en": "RSVPs to ", "de": "Zusagen an ", "fr": "Réponses à ", "it": "Conferme a ", "es": "Confirmaciones a ",
                          "nl": "Antwoorden naar ", "pt": "Confirmações para "}[lang], email(c1)]
    return "guest_list", lang, parts


# --------------------------------------------------------------- genealogy
GEN = {
    "de": ("Stammbaum mütterlicherseits (Notizen)\n\n", "* {p1} (*{d1} in {t1}, † {x1} in {t2})\n", "  ⚭ {m} mit {p2}, geb. {maiden} (*{d2})\n",
           "  Kinder:\n", "  - {c}, geb. {dc}\n", "Quelle: Kirchenbuch {t1}, Taufregister S. {n}",
           "Recherche-Notizen: Kirchenbuch {t1} 1850–1875 prüfen, Signatur {sig}, Archivbesuch am {x1}; Auswanderungslisten Bremen durchsehen."),
    "en": ("Family tree notes (mum's side)\n\n", "- {p1}, b. {d1} in {t1}; d. {x1}, {t2}\n", "  m. {m} to {p2} (née {maiden}, b. {d2})\n",
           "  children:\n", "  - {c} (b. {dc})\n", "Source: parish register of {t1}, p. {n}",
           "Research to-do: check the {t1} parish registers 1850–1875 (ref. {sig}), 1911 census, archive visit booked for {x1}."),
    "nl": ("Stamboom (aantekeningen)\n\n", "- {p1}, geboren {d1} te {t1}, overleden {x1} te {t2}\n", "  tr. {m} met {p2} (geb. {d2})\n",
           "  Kinderen:\n", "  - {c}, geb. {dc}\n", "Bron: doopboek {t1}, fol. {n}",
           "Onderzoek: doopboeken {t1} 1850–1875 nakijken (inv.nr. {sig}), archiefbezoek op {x1}."),
    "fr": ("Arbre généalogique — notes\n\n", "- {p1}, {ne} le {d1} à {t1}, {dcd} le {x1} à {t2}\n", "  {marie} le {m} avec {p2} ({nee2} {maiden}, le {d2})\n",
           "  Enfants :\n", "  - {c}, {nec} le {dc}\n", "Source : registres paroissiaux de {t1}, f° {n}",
           "À faire : registres de {t1} 1850-1875 (cote {sig}), visite aux archives départementales le {x1}."),
    "sv": ("Släktträd — anteckningar\n\n", "- {p1}, född {d1} i {t1}, död {x1} i {t2}\n", "  gift {m} med {p2} (född {d2})\n",
           "  Barn:\n", "  - {c}, född {dc}\n", "Källa: husförhörslängd {t1}, s. {n}",
           "Att göra: husförhörslängder {t1} 1850–1875 ({sig}), arkivbesök {x1}."),
    "da": ("Slægtsnotater\n\n", "- {p1}, født {d1} i {t1}, død {x1} i {t2}\n", "  gift {m} med {p2}, født {d2}\n",
           "  Børn:\n", "  - {c}, født {dc}\n", "Kilde: kirkebog {t1}, opslag {n}",
           "Huskeliste: kirkebøger {t1} 1850–1875 ({sig}), besøg på arkivet {x1}."),
    "it": ("Albero genealogico — appunti\n\n", "- {p1}, {ne} il {d1} a {t1}, {dcd} il {x1} a {t2}\n", "  sposato/a il {m} con {p2} ({nee2} il {d2})\n",
           "  Figli:\n", "  - {c}, {nec} il {dc}\n", "Fonte: registro dei battesimi di {t1}, p. {n}",
           "Da fare: registri parrocchiali di {t1} 1850-1875 (segn. {sig}), visita all'archivio il {x1}."),
    "pl": ("Drzewo genealogiczne — notatki\n\n", "- {p1}, ur. {d1} ({t1}), zm. {x1} ({t2})\n", "  ślub {m} z {p2} (ur. {d2})\n",
           "  Dzieci:\n", "  - {c}, ur. {dc}\n", "Źródło: księgi metrykalne parafii {t1}, s. {n}",
           "Do zrobienia: księgi metrykalne {t1} 1850–1875 (sygn. {sig}), wizyta w archiwum {x1}."),
}
GEN_TOWNS = {"de": ["Kassel", "Fulda", "Eschwege", "Lübben", "Görlitz", "Wunsiedel"], "en": ["Halifax", "Whitby", "Stroud", "Ludlow", "Kendal"],
             "nl": ["Zierikzee", "Harlingen", "Deventer", "Hoorn"], "fr": ["Quimper", "Millau", "Auxerre", "Laval"],
             "sv": ["Falun", "Växjö", "Kalmar"], "da": ["Ribe", "Viborg", "Skive"], "it": ["Matera", "Cremona", "Udine"],
             "pl": ["Tarnów", "Zamość", "Płock"]}


@tpl(1.0, 0.1, ["de", "en", "nl", "fr", "sv", "da", "it", "pl"])
def t_genealogy(clean, lang):
    hd, l1, l2, kh, kl, src, cl = GEN[lang]
    towns = GEN_TOWNS[lang]
    if clean:
        return "genealogy", lang, [hd, F(cl, t1=ch(towns), sig=N("K " + dig(3) + "/" + dig(2), "archive_signature"),
                                         x1=ndate(lang, "visit_date", 2025, 2026))]
    dstyle = ch(DATE_STYLES.get(lang, DATE_STYLES["en-GB"]) if lang != "en" else ["long_uk", "dmy_slash", "ord_uk"])
    p1 = person(lang, female=False)
    spouse = person(lang, female=True)
    wed = Person(lang, spouse.given, fem_surname(lang, p1.surname), True)
    b1 = rdate(1860, 1935)
    b2 = rdate(b1.year - 3, b1.year + 6)
    death = rdate(b1.year + 50, min(b1.year + 95, 2020))
    mar = rdate(b1.year + 20, b1.year + 30)
    kw = dict(p1=pl_(p1), d1=dob(lang, d=b1, style=dstyle)[0], t1=N(ch(towns), "place"), t2=N(ch(towns), "place"),
              x1=N(fmt_date(death, lang, dstyle), "death_date"), m=N(fmt_date(mar, lang, dstyle), "marriage_date"),
              p2=pl_(wed, "given") if lang in ("de", "en") else pl_(spouse), maiden=L("person", spouse.surname),
              d2=dob(lang, d=b2, style=dstyle)[0], n=str(R.randint(3, 480)))
    if lang == "fr":
        kw.update(ne="né", dcd="décédé", marie="marié", nee2="née")
    if lang == "it":
        kw.update(ne="nato", dcd="morto", nee2="nata")
    parts = [hd, F(l1, **kw)]
    if lang in ("de", "en"):
        parts.append(F(l2, **kw))
    elif lang == "fr":
        parts.append(F("  {marie} le {m} avec {p2} ({nee2} le {d2})\n", **kw))
    else:
        parts.append(F(l2.replace(" ({nee2} il {d2})", " (nata il {d2})"), **kw))
    parts.append(kh)
    for _ in range(R.randint(1, 4)):
        cf = chance(0.5)
        c = Person(lang, person(lang, female=cf).given, fem_surname(lang, p1.surname) if cf else p1.surname, cf)
        cb = rdate(mar.year + 1, mar.year + 18)
        nec = ("née" if c.female else "né") if lang == "fr" else ("nata" if c.female else "nato")
        parts.append(F(kl, c=pl_(c, ch(["given", "full"])), dc=dob(lang, d=cb, style=dstyle)[0], nec=nec))
    parts.append(F(src, t1=ch(towns), n=str(R.randint(3, 480))))
    return "genealogy", lang, parts


# ---------------------------------------------------------------- obituary
@tpl(0.8, 0.06, ["en", "de", "fr", "it", "es", "nl", "pt"])
def t_obituary(clean, lang):
    if clean:
        tips = {"en": "How do I write an obituary? Ours needs the service on {d} at {t}, St Anne's Church, and donations to {org}.",
                "de": "Wie formuliere ich eine Traueranzeige? Die Trauerfeier ist am {d}, {t}, Spenden statt Blumen an {org}.",
                "fr": "Comment rédiger un avis de décès ? Obsèques le {d}, {t}, dons à l'{org}.",
                "it": "Come si scrive un necrologio? Funerale il {d}, {t}, offerte alla {org}.",
                "es": "¿Cómo redacto una esquela? Funeral el {d}, {t}, donativos a {org}.",
                "nl": "Hoe schrijf ik een rouwadvertentie? Uitvaart op {d}, {t}, giften aan {org}.",
                "pt": "Como escrevo uma nota de falecimento? Velório em {d}, {t}, donativos à {org}."}[lang]
        return "obituary", lang, F(tips, d=ndate(lang, "funeral_date", 2025, 2026), t=n_time_range(), org=n_org())
    p = person(lang)
    b = rdate(1925, 1960)
    death = rdate(2023, 2025)
    age = str(death.year - b.year)
    sp = person(lang, female=not p.female)
    if lang in ("de", "en", "nl"):
        sp = Person(lang, sp.given, fem_surname(lang, p.surname) if sp.female else p.surname, sp.female)
    kids = [Person(lang, person(lang, female=f).given, p.surname, f) for f in (chance(0.5), chance(0.5))]
    country = country_of(lang)
    funeral = N(fmt_date(death + datetime.timedelta(days=R.randint(5, 16)), lang), "funeral_date")
    dd = N(fmt_date(death, lang), "death_date")
    bl = dob(lang, d=b)[0]
    T = {
        "en": ["Draft obituary — please check names and dates\n\n", pl_(p, ch(["full", "middle"])), ", of ", n_city("en"),
               ", passed away peacefully on ", dd, " at the age of ", age, ". Born ", bl, ", ", pl_(p, "given"),
               " worked for over thirty years at ", n_org(), " and never missed a Sunday crossword.\n",
               pl_(p, "given"), " is survived by ", ("his wife " if not p.female else "her husband "), pl_(sp, "given"),
               ", children ", pl_(kids[0], "given"), " and ", pl_(kids[1], "full"), ", and five grandchildren.\n",
               "A service will be held on ", funeral, " at 11 am. In lieu of flowers, donations to the ", n_org(),
               ". Cards may be sent to the family at ", addr(country)],
        "de": ["Entwurf Traueranzeige\n\nIn Liebe und Dankbarkeit nehmen wir Abschied von\n\n", pl_(p), "\n* ", bl, "   † ", dd,
               "\n\nIn stiller Trauer\n", pl_(sp), "\n", pl_(kids[0], "given"), " und ", pl_(kids[1], "given"), " mit Familien\n\n",
               "Die Trauerfeier findet am ", funeral, " um 14 Uhr in der Friedhofskapelle ", n_city("de"), " statt.\n",
               "Traueranschrift: ", pl_(sp, "initial"), ", ", addr(country)],
        "fr": ["Avis de décès (brouillon)\n\n", ("Mme " if p.female else "M. "), pl_(p, "caps"), " nous a quittés le ", dd,
               ", dans sa ", age, "e année. ", ("Née" if p.female else "Né"), " le ", bl, ", ", pl_(p, "given"),
               " laisse dans la peine ", pl_(sp), ", ", ("son époux" if p.female else "son épouse"), " ; ",
               pl_(kids[0], "given"), " et ", pl_(kids[1], "given"), ", ses enfants.\nLes obsèques auront lieu le ", funeral,
               " en l'église Saint-Martin. Condoléances : ", addr(country)],
        "it": ["Necrologio (bozza)\n\n", ("È mancata" if p.female else "È mancato"), " all'affetto dei suoi cari\n", pl_(p, "upper"),
               "\n", ("nata" if p.female else "nato"), " il ", bl, "\nNe danno il triste annuncio ", ("il marito " if p.female else "la moglie "),
               pl_(sp), ", i figli ", pl_(kids[0], "given"), " e ", pl_(kids[1], "given"), ".\nI funerali si terranno il ", funeral,
               " alle ore 10:30 nella chiesa parrocchiale. Si ringrazia il personale della ", n_org(), "."],
        "es": ["Esquela (borrador)\n\nD", ("ña. " if p.female else ". "), pl_(p), "\nFalleció el ", dd, " a los ", age,
               " años. Nació el ", bl, ".\nSu ", ("esposo " if p.female else "esposa "), pl_(sp), "; sus hijos, ",
               pl_(kids[0], "given"), " y ", pl_(kids[1], "given"), ", y demás familia ruegan una oración por su alma.\n",
               "El funeral se celebrará el ", funeral, " en la parroquia de San Miguel. Domicilio familiar: ", addr("ES")],
        "nl": ["Rouwadvertentie (concept)\n\nBedroefd, maar dankbaar voor alles wat ", ("zij" if p.female else "hij"),
               " voor ons betekende, nemen wij afscheid van\n\n", pl_(p), "\n", n_city("nl"), ", ", bl, " – ", n_city("nl"), ", ", dd,
               "\n\n", pl_(sp), "\n", pl_(kids[0]), "\n", pl_(kids[1], "given"), "\n\nCorrespondentieadres:\n", addr("NL", multi=True)],
        "pt": ["Nota de falecimento (rascunho)\n\nÉ com profundo pesar que comunicamos o falecimento de ", pl_(p), ", ",
               ("nascida" if p.female else "nascido"), " em ", bl, ", ocorrido em ", dd, ". Deixa ", ("o marido " if p.female else "a esposa "),
               pl_(sp, "given"), " e os filhos ", pl_(kids[0], "given"), " e ", pl_(kids[1], "full"), ".\nO velório será no dia ",
               funeral, " e as condolências podem ser enviadas para ", email(kids[1])],
    }
    return "obituary", lang, T[lang]


# ------------------------------------------------------------- report card
SUBJ = {"de": ["Deutsch", "Mathematik", "Englisch", "Biologie", "Musik", "Sport"],
        "en": ["English", "Maths", "Science", "History", "Art", "PE"],
        "fr": ["Français", "Mathématiques", "Anglais LV1", "Histoire-géographie", "SVT", "EPS"],
        "it": ["Italiano", "Matematica", "Inglese", "Storia", "Scienze", "Arte"],
        "es": ["Lengua", "Matemáticas", "Inglés", "Geografía e Historia", "Biología", "Educación Física"],
        "nl": ["Nederlands", "Rekenen", "Engels", "Aardrijkskunde", "Geschiedenis", "Gym"],
        "fi": ["Äidinkieli", "Matematiikka", "Englanti", "Historia", "Biologia", "Liikunta"]}
GRADES = {"de": ["sehr gut (1)", "gut (2)", "befriedigend (3)", "ausreichend (4)"], "en": ["A", "B+", "B", "C", "Exceeding", "Expected"],
          "fr": ["14,5/20", "12/20", "16/20", "9,5/20", "17/20"], "it": ["8", "7", "9", "6", "10"],
          "es": ["Notable (7)", "Sobresaliente (9)", "Bien (6)", "Suficiente (5)"], "nl": ["7,5", "8,0", "6,4", "9,1"],
          "fi": ["9", "8", "10", "7"]}


@tpl(1.0, 0.28, ["de", "en", "fr", "it", "es", "nl", "fi"])
def t_report_card(clean, lang):
    yr = R.randint(2022, 2025)
    year = N("%d/%d" % (yr, yr + 1), "school_year")
    sid = N(ch(["S-", "", "ID "]) + dig(7), "student_id")
    subjects = R.sample(SUBJ[lang], 4)
    lines = "".join("%s: %s\n" % (s, ch(GRADES[lang])) for s in subjects)
    date = ndate(lang, "issue_date", yr, yr + 1)
    if clean:
        head = {"de": "Notenspiegel Klasse 7b, Schuljahr ", "en": "Grade distribution, Year 8, school year ",
                "fr": "Moyennes de la classe de 4e B, année ", "it": "Medie della classe 2ª B, anno scolastico ",
                "es": "Medias del grupo 2º ESO B, curso ", "nl": "Gemiddelden groep 6, schooljaar ", "fi": "Luokan 7B keskiarvot, lukuvuosi "}[lang]
        ex = {"de": "Klassenarbeit: ", "en": "Exam: ", "fr": "Contrôle : ", "it": "Verifica: ", "es": "Examen: ", "nl": "Toets: ", "fi": "Koe: "}[lang]
        return "report_card", lang, [head, year, "\n", lines, ex, date, ", ", n_time_range()]
    st = person(lang)
    bl, d = dob(lang, 2008, 2018)
    teacher = person(lang)
    if lang == "de":
        parts = ["Halbjahreszeugnis ", year, "\nGymnasium am Stadtpark\nName: ", pl_(st), "   geb. am ", bl, "   Klasse 7b\nSchülernummer: ", sid,
                 "\n\n", lines, "Versäumte Tage: 4 (davon unentschuldigt: 0)\nBemerkung: ", pl_(st, "given"),
                 " arbeitet im Unterricht aufmerksam mit.\n", n_city("de"), ", den ", date, "\n", pl_(teacher), " (Klassenleitung)"]
    elif lang == "en":
        if chance(0.5):
            parts = ["END OF YEAR REPORT — Year 8 (", year, ")\nPupil: ", pl_(st), "   DOB: ", dob("en-GB", d=d)[0], "   UPN: ", N("H" + dig(12), "student_id"),
                     "\n\n", lines, "Form tutor comment: ", pl_(st, "given"), " has had a settled year.\nForm tutor: ", ch(["Mr ", "Ms ", "Mrs "]),
                     pl_(teacher, "formal"), "\nParents' evening: ", date, ", ", n_time_range()]
        else:
            parent = Person("en", person("en").given, st.surname, chance(0.5))
            parts = ["REPORT CARD — Grade 5, Quarter 2 (", year, ")\nStudent: ", pl_(st), "   Student ID: ", sid, "   Birthdate: ",
                     dob("en-US", d=d)[0], "\n\n", lines, "Teacher: ", ch(["Ms. ", "Mr. ", "Mrs. "]), pl_(teacher, "formal"),
                     "\nParent/guardian: ", pl_(parent), " — ", tel(region="US")]
    elif lang == "fr":
        parts = ["BULLETIN DU 1er TRIMESTRE — Classe de 4e B (", year, ")\nÉlève : ", pl_(st, "caps"), " — ", ("Née" if st.female else "Né"),
                 " le ", bl, "\n\n", lines, "Appréciation : bon trimestre, ", pl_(st, "given"), " doit participer davantage.\n",
                 "Le professeur principal : ", ch(["M. ", "Mme "]), pl_(teacher, "formal")]
    elif lang == "it":
        parts = ["PAGELLA — Scuola secondaria di primo grado (", year, ")\nAlunno/a: ", pl_(st), "   ", ("nata" if st.female else "nato"),
                 " il ", bl, "\nCodice fiscale: ", gid("cf", p=st, d=d), "\n\n", lines, "Il coordinatore di classe: prof. ", pl_(teacher)]
    elif lang == "es":
        parts = ["BOLETÍN DE NOTAS — 2º ESO (curso ", year, ")\nAlumno/a: ", pl_(st), "\nFecha de nacimiento: ", bl, "\nN.º de expediente: ", sid,
                 "\n\n", lines, "Tutor/a: ", pl_(teacher)]
    elif lang == "nl":
        parts = ["RAPPORT — groep 6 (", year, ")\nLeerling: ", pl_(st), "\nGeboortedatum: ", bl, "\nLeerlingnummer: ", sid, "\n\n", lines,
                 "Opmerking: ", pl_(st, "given"), " werkt zelfstandig en netjes.\nLeerkracht: ", pl_(teacher)]
    else:
        parts = ["TODISTUS — lukuvuosi ", year, "\nOppilas: ", pl_(st), "\nSyntymäaika: ", bl, "\n\n", lines, "Luokanopettaja: ", pl_(teacher),
                 "\n", n_city("fi"), " ", date]
    return "report_card", lang, parts


# ----------------------------------------------------------- club members
CLUB = {
    "de": ("Mitgliederliste TSV Grünwald 1889 e. V. — Abteilung Tischtennis\n", ["Mitgl.-Nr.", "Name", "Vorname", "Geburtsdatum", "Telefon", "E-Mail", "IBAN (Lastschrift)"], ";"),
    "en": ("Riverside Rowing Club — membership export\n", ["member_no", "full_name", "date_of_birth", "mobile", "email", "category"], ","),
    "nl": ("Ledenlijst hockeyclub De Reigers — seizoen 2025/26\n", ["lidnummer", "naam", "geboortedatum", "telefoon", "e-mail", "team"], ","),
    "fr": ("Liste des licenciés — AS Volley Saint-Herblain\n", ["N° licence", "Nom", "Prénom", "Date de naissance", "Téléphone", "Email", "Catégorie"], ";"),
    "it": ("Elenco soci ASD Polisportiva Aurora\n", ["Tessera", "Cognome", "Nome", "Data di nascita", "Cellulare", "Email", "Scad. certificato medico"], ";"),
    "da": ("Medlemsliste — Boldklubben Ørnen\n", ["Medlemsnr", "Navn", "Fødselsdato", "Mobil", "E-mail", "Hold"], ";"),
    "cs": ("Seznam členů — TJ Sokol Vinohrady\n", ["Č. člena", "Jméno", "Datum narození", "Telefon", "E-mail", "Oddíl"], ";"),
}


@tpl(1.0, 0.25, ["de", "en", "nl", "fr", "it", "da", "cs"])
def t_club_members(clean, lang):
    title, cols, sep = CLUB[lang]
    if clean:
        hdr = {"de": "Datum;Uhrzeit;Gegner;Halle", "en": "date,time,opponent,venue", "nl": "datum,tijd,tegenstander,veld",
               "fr": "Date;Horaire;Adversaire;Salle", "it": "Data;Orario;Avversario;Campo", "da": "Dato;Tid;Modstander;Bane",
               "cs": "Datum;Čas;Soupeř;Hala"}[lang].replace(";", sep).replace(",", sep)
        parts = [title.replace("Mitgliederliste", "Spielplan").replace("membership export", "fixtures"), hdr, "\n"]
        for _ in range(R.randint(3, 5)):
            parts += [ndate(lang, "match_date", 2025, 2026), sep, n_time_range(), sep,
                      ch(["SV Blau-Weiß", "FC Viktoria", "Olympique Nord", "Sporting Clube", "AC Fortuna", "IF Odin"]),
                      sep, ch(["Halle 2", "Court A", "Veld 3", "Palazzetto", "Bane 1"]), "\n"]
        return "club_members", lang, parts
    parts = [title, sep.join(cols), "\n"]
    split_name = cols[1] in ("Name", "Nom", "Cognome")
    for _ in range(R.randint(2, 5)):
        p = person(lang)
        bl, d = dob(lang, 1950, 2015)
        row = [N(ch(["", "M", "L-"]) + dig(ch([4, 5, 7])), "member_number"), sep]
        if split_name:
            row += [L("person", p.family), sep, L("person", p.given), sep]
        else:
            row += [pl_(p), sep]
        row += [bl, sep, tel(lang, foreign=0.0) if chance(0.85) else "", sep, email(p) if chance(0.8) else "", sep]
        if lang == "de":
            row.append(iban("DE") if chance(0.8) else "")
        elif lang == "it":
            row.append(ndate("it", "expiry_date", 2025, 2026))
        else:
            row.append(ch(["senior", "junior", "U14", "masters", "recreational", "H1", "D2"]))
        parts += row + ["\n"]
    return "club_members", lang, parts


# -------------------------------------------------------- donation receipt
@tpl(1.0, 0.2, ["de", "en", "fr", "nl", "it", "es"])
def t_donation_receipt(clean, lang):
    amt = n_amount(lang, 10, 600)
    d = ndate(lang, "payment_date", 2024, 2025)
    if clean:
        T = {"de": ["Spendenaktion Winterhilfe: Spendenkonto siehe Website, Verwendungszweck ", N("SPENDE-" + dig(5), "reference"), ". Steuernummer des Vereins ",
                    N("27/6%02d/%05d" % (R.randint(0, 99), R.randint(0, 99999)), "tax_number_org"), ", Freistellungsbescheid vom ", ndate("de", "issue_date", 2022, 2024),
                    ". Bereits gesammelt: ", amt],
             "en": ["Appeal update: we've raised ", amt, " so far. Registered Charity No. ", N(str(R.randint(1000000, 1199999)), "charity_number"),
                    ". Gift Aid adds 25p for every £1. Campaign ends ", d, "."],
             "fr": ["Campagne de dons : ", amt, " collectés. Reçus fiscaux envoyés avant le ", d, ". SIREN de l'association : ",
                    N("%s %s %s" % (dig(3), dig(3), dig(3)), "company_id"), "."],
             "nl": ["Actie Warme Winter: ", amt, " opgehaald. ANBI, RSIN ", N(dig(9), "rsin"), ". Actie loopt tot ", d, "."],
             "it": ["Raccolta fondi: ", amt, " raccolti finora, codice fiscale ente ", N("9" + dig(10), "charity_number"), ", scadenza ", d, "."],
             "es": ["Campaña solidaria: ", amt, " recaudados. CIF de la fundación ", N("G" + dig(8), "company_id"), ". Hasta el ", d, "."]}
        return "donation_receipt", lang, T[lang]
    p = person(lang)
    country = country_of(lang)
    if lang == "de":
        signer = person("de")
        parts = ["Bestätigung über Geldzuwendungen\nim Sinne des § 10b EStG an eine der in § 5 Abs. 1 Nr. 9 KStG bezeichneten Körperschaften\n\n",
                 "Name und Anschrift des Zuwendenden:\n", pl_(p), "\n", addr("DE", multi=True),
                 (["\nIdentifikationsnummer: ", gid("steuer_id")] if chance(0.5) else ""), "\n\nBetrag der Zuwendung: ", amt,
                 "\nTag der Zuwendung: ", d, "\nSteuernummer des Vereins: ", N("27/6%02d/%05d" % (R.randint(0, 99), R.randint(0, 99999)), "tax_number_org"),
                 "\n\n", n_city("de"), ", ", ndate("de", "issue_date", 2025, 2025), "\n", pl_(signer), " (Kassenwart)"]
    elif lang == "en":
        if chance(0.5):
            parts = ["Gift Aid donation receipt\nReceipt no. ", n_invoice(), "\nDonor: ", pl_(p, ch(["full", "middle"])), "\nHome address: ",
                     addr("GB"), "\nDonation: ", N("£%d.00" % R.randint(5, 500), "amount"), " on ", ndate("en-GB", "payment_date", 2024, 2025),
                     "\nRegistered Charity No. ", N(str(R.randint(1000000, 1199999)), "charity_number"), "\n\nThank you, ", pl_(p, "given"), "!"]
        else:
            parts = ["Thank you for your gift!\n\n", pl_(p), "\n", addr("US", multi=True), "\n\nDate: ", ndate("en-US", "payment_date", 2024, 2025),
                     "   Amount: ", N("$%d.00" % R.randint(20, 2000), "amount"), [" charged to ", card()] if chance(0.35) else "", "\n", n_org(), " is a 501(c)(3) organization, EIN ",
                     N("%s-%s" % (dig(2), dig(7)), "ein"), ". No goods or services were provided in exchange for this contribution."]
    elif lang == "fr":
        parts = ["REÇU AU TITRE DES DONS — articles 200 et 238 bis du CGI\nNuméro d'ordre : ", N(str(R.randint(2024, 2025)) + "-" + dig(4), "receipt_number"),
                 "\nDonateur : ", pl_(p, "caps"), "\nAdresse : ", addr(country if country in ("FR", "BE") else "FR"), "\nMontant : ", amt,
                 "\nDate du versement : ", d, "\nMode de versement : virement depuis le compte ", iban("FR")]
    elif lang == "nl":
        parts = ["Bevestiging gift\nANBI, RSIN ", N(dig(9), "rsin"), "\n\nGever: ", pl_(p), "\nAdres: ", addr("NL"), "\nBedrag: ", amt,
                 ", ontvangen op ", d, " van rekening ", iban("NL")]
    elif lang == "it":
        dd = rdate(1950, 2000)
        parts = ["Ricevuta per erogazione liberale\nDonatore: ", pl_(p), " — C.F. ", gid("cf", p=p, d=dd), "\nIndirizzo: ", addr("IT"),
                 "\nImporto: ", amt, " versato il ", d, " tramite bonifico da ", iban("IT")]
    else:
        parts = ["Certificado de donación\nDonante: ", pl_(p), ", NIF ", gid("dni"), "\nDomicilio: ", addr("ES"), "\nImporte: ", amt,
                 "\nFecha: ", d, "\nDesgravable en la declaración de la renta."]
    return "donation_receipt", lang, parts


# ---------------------------------------------------------- deposit letter
@tpl(1.0, 0.2, ["en", "de", "fr", "nl", "es", "it", "pt"])
def t_deposit_letter(clean, lang):
    amt = n_amount(lang if lang != "en" else "en-GB", 450, 3200)
    d = ndate(lang if lang != "en" else "en-GB", "inspection_date", 2024, 2025)
    if clean:
        T = {"en": "Dear [Tenant name],\n\nRe: Tenancy deposit — [Property address]\n\nFollowing the check-out inspection on {d} we will return {a} within 10 days.\n\nKind regards,\n[Landlord]",
             "de": "Sehr geehrte/r [Name Mieter/in],\n\nnach der Wohnungsübergabe am {d} erstatten wir die Kaution von {a} auf das von Ihnen genannte Konto.\n\nMit freundlichen Grüßen\n[Vermieter]",
             "fr": "Madame, Monsieur [NOM],\n\nSuite à l'état des lieux du {d}, nous vous restituerons {a} sous un mois.\n\n[Bailleur]",
             "nl": "Beste [naam huurder],\n\nNa de eindinspectie op {d} storten we {a} terug.\n\nMet vriendelijke groet,\n[verhuurder]",
             "es": "Estimado/a [nombre del inquilino]:\n\nTras la revisión del {d}, le devolveremos {a} de fianza.\n\n[Arrendador]",
             "it": "Gentile [nome conduttore],\n\ndopo il sopralluogo del {d} restituiremo {a} di deposito.\n\n[Locatore]",
             "pt": "Caro(a) [nome do inquilino],\n\nApós a vistoria de {d}, devolveremos {a} de caução.\n\n[Senhorio]"}[lang]
        parts = []
        for x in F(T, d=d, a=amt):
            if isinstance(x, str):
                for piece in re.split(r"(\[[^\]]+\])", x):
                    if piece.startswith("["):
                        parts.append(N(piece, "form_placeholder"))
                    elif piece:
                        parts.append(piece)
            else:
                parts.append(x)
        return "deposit_letter", lang, parts
    t = person(lang)
    ll = person(lang)
    country = {"en": "GB", "de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT", "pt": "PT"}[lang]
    us = lang == "en" and chance(0.45)
    a = addr("US" if us else country)
    if us:
        parts = ["Dear ", pl_(t, ch(["given", "full"])), ",\n\nRe: Return of security deposit — ", a, "\n\nThe move-out walkthrough on ",
                 N(fmt_date(rdate(2024, 2025), "en-US"), "inspection_date"), " went fine. Enclosed is the itemized statement: we are returning ",
                 N("$%s.00" % "{:,}".format(R.randint(6, 32) * 100), "amount"), " minus $120 for repainting, mailed to your forwarding address:\n",
                 addr("US", multi=True), "\n\nQuestions? Text me at ", phone("US"), ".\n\n", pl_(ll), "\nProperty Manager"]
    elif lang == "en":
        parts = ["Dear ", ch(["Ms ", "Mr ", "Dr "]), pl_(t, "formal"), ",\n\nRe: Tenancy deposit — ", a, "\n\nFollowing the check-out inspection on ", d,
                 ", we are pleased to confirm that your deposit was protected with the Deposit Protection Service (certificate ",
                 N("DPS" + dig(9), "certificate_number"), "). We will return ", amt, " less £45 for carpet cleaning within 10 days.\n",
                 "Please confirm your forwarding address by replying to ", email(ll), ".\n\nKind regards,\n", pl_(ll), "\n", tel(region="GB")]
    elif lang == "de":
        parts = ["Sehr geehrte", ("" if t.female else "r"), (" Frau " if t.female else " Herr "), pl_(t, "formal"),
                 ",\n\nbetreffend die Mietkaution für die Wohnung ", a, ", 2. OG links: Nach der Wohnungsübergabe am ", d,
                 " ergeben sich keine Beanstandungen. Die Kaution in Höhe von ", amt, " zzgl. Zinsen überweisen wir auf Ihr Konto ", iban("DE"),
                 ".\n\nMit freundlichen Grüßen\n", pl_(ll), "\nTel. ", tel(region="DE")]
    elif lang == "fr":
        parts = [("Madame " if t.female else "Monsieur "), pl_(t, "formal"), ",\n\nObjet : restitution du dépôt de garantie — logement situé ", a,
                 "\n\nSuite à l'état des lieux de sortie du ", d, ", nous vous restituerons la somme de ", amt, " par virement sur le compte ", iban("FR"),
                 " dans le délai d'un mois.\n\nVeuillez agréer, ", ("Madame" if t.female else "Monsieur"), ", nos salutations distinguées.\n", pl_(ll)]
    elif lang == "nl":
        parts = ["Beste ", pl_(t, "given"), ",\n\nHierbij de afrekening van de borg voor ", a, ". Na de eindinspectie op ", d, " storten we ", amt,
                 " terug op ", iban("NL"), ".\n\nMet vriendelijke groet,\n", pl_(ll), "\n", tel(region="NL")]
    elif lang == "es":
        parts = ["Estimad", ("a " if t.female else "o "), pl_(t), ":\n\nLe comunicamos la devolución de la fianza del piso sito en ", a,
                 ". Tras la revisión del ", d, ", ingresaremos ", amt, " en la cuenta ", iban("ES"), ".\n\nAtentamente,\n", pl_(ll), ", DNI ", gid("dni")]
    elif lang == "it":
        parts = ["Gentile ", pl_(t), ",\n\ncon la presente le comunichiamo la restituzione del deposito cauzionale relativo all'immobile in ", a,
                 ". Dopo il sopralluogo del ", d, " provvederemo al bonifico di ", amt, " sul conto ", iban("IT"), ".\n\nCordiali saluti\n", pl_(ll)]
    else:
        parts = ["Car", ("a " if t.female else "o "), pl_(t), ",\n\nInformamos a devolução da caução referente ao imóvel sito em ", a,
                 ". Após a vistoria de ", d, ", transferiremos ", amt, " para o IBAN ", iban("PT"), ".\n\nCom os melhores cumprimentos,\n", pl_(ll)]
    return "deposit_letter", lang, parts


# ------------------------------------------------------------ cover letter
ROLES = {"en": ["Data Analyst", "Senior Nurse", "Warehouse Supervisor", "UX Designer"],
         "de": ["Sachbearbeiterin Buchhaltung", "Softwareentwickler (m/w/d)", "Pflegefachkraft", "Projektleitung Bau"],
         "fr": ["chargée de communication", "développeur back-end", "comptable", "infirmier"],
         "es": ["administrativo contable", "enfermera", "desarrollador web", "jefe de almacén"],
         "it": ["impiegata amministrativa", "sviluppatore Java", "infermiere", "responsabile logistica"],
         "nl": ["financieel medewerker", "verpleegkundige", "data-engineer", "projectleider"],
         "pt": ["analista de dados", "enfermeira", "assistente administrativo", "engenheiro civil"],
         "pl": ["księgowa", "programista Python", "kierownik magazynu", "pielęgniarka"]}


@tpl(1.1, 0.12, ["en", "de", "fr", "es", "it", "nl", "pt", "pl"])
def t_cover_letter(clean, lang):
    role = ch(ROLES[lang])
    ref = N({"en": "ref. ", "de": "Kennziffer ", "fr": "réf. ", "es": "ref. ", "it": "rif. ", "nl": "vacaturenummer ", "pt": "ref. ", "pl": "nr ref. "}[lang] + dig(4) + "-" + upp(2), "job_reference")
    if clean:
        T = {"en": "Any tips for my cover letter? The ad ({ref}) at {org} asks for 'a one-page letter by {d}'. I want to mention I used {prod} daily.",
             "de": "Tipps für mein Anschreiben? Die Anzeige ({ref}) von {org} verlangt eine Seite bis zum {d}. Ich will erwähnen, dass ich mit {prod} gearbeitet habe.",
             "fr": "Des conseils pour ma lettre de motivation ? L'annonce ({ref}) chez {org} demande une page avant le {d}.",
             "es": "¿Consejos para mi carta de presentación? La oferta ({ref}) de {org} pide una página antes del {d}.",
             "it": "Consigli per la lettera di presentazione? L'annuncio ({ref}) di {org} chiede una pagina entro il {d}.",
             "nl": "Tips voor mijn sollicitatiebrief? De vacature ({ref}) bij {org} vraagt één pagina vóór {d}.",
             "pt": "Dicas para a minha carta de apresentação? A vaga ({ref}) na {org} pede uma página até {d}.",
             "pl": "Jakieś rady do listu motywacyjnego? Ogłoszenie ({ref}) w {org} wymaga jednej strony do {d}."}[lang]
        return "cover_letter", lang, F(T, ref=ref, org=n_org(), d=ndate(lang, "deadline", 2025, 2026), prod=n_product())
    p = person(lang)
    hm = person(lang)
    country = country_of(lang)
    if lang == "en" and country == "US":
        country = ch(["US", "GB"])
    region = country if country in ("US", "GB", "DE", "AT", "CH", "FR", "BE", "ES", "IT", "NL", "PT", "BR", "PL") else region_of(lang)
    a = addr(country, multi=chance(0.6))
    ph = phone(region)
    em = email(p)
    date = ndate(lang if lang != "en" else ("en-US" if country == "US" else "en-GB"), "letter_date", 2025, 2025)
    org = n_org()
    G = {"en": ("Dear " + ch(["Ms ", "Mr ", "Dr "]), "Dear Hiring Manager", ",\n\nI am writing to apply for the {role} position ({ref}) at {org}. In my current role I ...\n\nYours sincerely,\n"),
         "de": ("Sehr geehrte" + ("" if hm.female else "r") + (" Frau " if hm.female else " Herr "), "Sehr geehrte Damen und Herren", ",\n\nmit großem Interesse habe ich Ihre Stellenanzeige als {role} ({ref}) gelesen ...\n\nMit freundlichen Grüßen\n"),
         "fr": ("Madame " if hm.female else "Monsieur ", "Madame, Monsieur", ",\n\nJe me permets de vous adresser ma candidature au poste de {role} ({ref}) au sein de {org} ...\n\nJe vous prie d'agréer mes salutations distinguées.\n"),
         "es": ("Estimad" + ("a Sra. " if hm.female else "o Sr. "), "Estimados señores", ":\n\nMe dirijo a ustedes para presentar mi candidatura al puesto de {role} ({ref}) ...\n\nAtentamente,\n"),
         "it": ("Gentile " + ("dott.ssa " if hm.female else "dott. "), "Spettabile azienda", ",\n\ncon la presente invio la mia candidatura per la posizione di {role} ({ref}) presso {org} ...\n\nDistinti saluti\n"),
         "nl": ("Geachte " + ("mevrouw " if hm.female else "heer "), "Geachte heer/mevrouw", ",\n\nMet veel interesse las ik uw vacature voor {role} ({ref}) ...\n\nMet vriendelijke groet,\n"),
         "pt": ("Prezad" + ("a Sra. " if hm.female else "o Sr. "), "Prezados senhores", ",\n\nVenho por meio desta candidatar-me à vaga de {role} ({ref}) na {org} ...\n\nAtenciosamente,\n"),
         "pl": ("Szanown" + ("a Pani " if hm.female else "y Panie "), "Szanowni Państwo", ",\n\nw odpowiedzi na ogłoszenie na stanowisko {role} ({ref}) przesyłam swoją aplikację ...\n\nZ poważaniem\n")}
    greet, generic, body = G[lang]
    if chance(0.6):
        greeting = [greet, pl_(hm, "formal")]
    else:
        greeting = [generic]
    if chance(0.5):
        head = [pl_(p), "\n", a, "\n", ph, " · ", em, "\n\n", date, "\n\n"]
    else:
        head = [pl_(p, ch(["full", "upper"])), " · ", addr(country), " · ", ph, " · ", em, "\n\n"]
    return "cover_letter", lang, head + greeting + F(body, role=role, ref=ref, org=org) + [pl_(p)]


# -------------------------------------------------------- reference letter
@tpl(1.0, 0.1, ["en", "de", "fr", "it", "es", "nl"])
def t_reference_letter(clean, lang):
    org = n_org()
    start, end = rdate(2012, 2018), rdate(2019, 2025)
    s_ = N(fmt_date(start, lang), "start_date")
    e_ = N(fmt_date(end, lang), "end_date")
    if clean:
        T = {"en": "Reference template: '[Candidate] worked at {org} from {s} to {e} as [role] ...' — can you make it warmer?",
             "de": "Zeugnisvorlage: '[Name] war vom {s} bis {e} bei {org} als [Funktion] tätig ...' — klingt das zu kühl?",
             "fr": "Modèle : « [Prénom NOM] a travaillé chez {org} du {s} au {e} ... » — plus chaleureux ?",
             "it": "Modello: '[Nome] ha lavorato presso {org} dal {s} al {e} ...' — più caloroso?",
             "es": "Plantilla: '[Nombre] trabajó en {org} del {s} al {e} ...' — ¿más cercano?",
             "nl": "Sjabloon: '[Naam] werkte van {s} tot {e} bij {org} ...' — kan het warmer?"}[lang]
        parts = []
        for x in F(T, org=org, s=s_, e=e_):
            if isinstance(x, str):
                for piece in re.split(r"(\[[^\]]+\])", x):
                    if piece.startswith("["):
                        parts.append(N(piece, "form_placeholder"))
                    elif piece:
                        parts.append(piece)
            else:
                parts.append(x)
        return "reference_letter", lang, parts
    c = person(lang)
    ref = person(lang)
    he = {"en": ("she" if c.female else "he"), }
    if lang == "en":
        parts = ["To whom it may concern,\n\nI have known ", pl_(c), " since ", s_, ", when ", he["en"], " joined ", org, " as a junior analyst. ",
                 pl_(c, "given"), " quickly became the person everyone went to with difficult spreadsheets. I recommend ",
                 ("her" if c.female else "him"), " without reservation.\n\nPlease feel free to contact me on ", tel(region=ch(["GB", "US"])),
                 " or at ", work_email(ref, ch(ORG_DOMAINS)), ".\n\n", pl_(ref), "\nHead of Finance"]
    elif lang == "de":
        parts = ["ARBEITSZEUGNIS\n\n", ("Frau " if c.female else "Herr "), pl_(c), ", geboren am ", dob("de")[0], " in ", n_city("de"),
                 ", war vom ", s_, " bis zum ", e_, " in unserem Unternehmen als ", ch(ROLES["de"]), " tätig.\n\n",
                 ("Frau " if c.female else "Herr "), pl_(c, "formal"), " hat die ", ("ihr" if c.female else "ihm"),
                 " übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit erledigt.\n\n", n_city("de"), ", ", ndate("de", "issue_date", 2025, 2025),
                 "\n", pl_(ref), "\nGeschäftsführung"]
    elif lang == "fr":
        parts = ["Lettre de recommandation\n\nJe soussigné", ("e " if ref.female else " "), pl_(ref), ", directeur", ("rice" if ref.female else ""),
                 " technique chez ", org, ", certifie avoir encadré ", ("Mme " if c.female else "M. "), pl_(c), " du ", s_, " au ", e_,
                 ". ", pl_(c, "given"), " a fait preuve d'une grande rigueur.\nJe reste joignable au ", tel(region="FR"), ".\n\n", pl_(ref, "caps")]
    elif lang == "it":
        parts = ["Lettera di referenze\n\nIl/La sottoscritto/a ", pl_(ref), " dichiara che ", ("la sig.ra " if c.female else "il sig. "), pl_(c),
                 ", ", ("nata" if c.female else "nato"), " il ", dob("it")[0], ", ha lavorato presso ", org, " dal ", s_, " al ", e_,
                 " con serietà e competenza.\nPer informazioni: ", email(ref), "\n\n", pl_(ref, "initial")]
    elif lang == "es":
        parts = ["Carta de recomendación\n\nPor la presente, ", pl_(ref), ", responsable de RR. HH. de ", org, ", certifica que ",
                 ("D.ª " if c.female else "D. "), pl_(c), ", con DNI ", gid("dni"), ", ha trabajado con nosotros del ", s_, " al ", e_,
                 ".\nQuedo a su disposición en el ", tel(region="ES"), ".\n\nFdo.: ", pl_(ref)]
    else:
        parts = ["Referentie\n\nGraag beveel ik ", pl_(c), " aan. Van ", s_, " tot ", e_, " werkte ", ("zij" if c.female else "hij"), " bij ", org,
                 " als ", ch(ROLES["nl"]), ". Bel gerust: ", tel(region="NL"), ".\n\n", pl_(ref), "\n", work_email(ref, ch(ORG_DOMAINS))]
    return "reference_letter", lang, parts


# ---------------------------------------------------------- résumé section
RES = {
    "de": ("PERSÖNLICHE DATEN", ["Name: {p}", "Geburtsdatum: {dob}", "Geburtsort: {town}", "Familienstand: ledig", "Anschrift: {addr}", "Telefon: {ph}", "E-Mail: {em}"]),
    "en": ("PERSONAL DETAILS", ["Name: {p}", "Date of birth: {dob}", "Address: {addr}", "Mobile: {ph}", "Email: {em}", "Driving licence: full, clean"]),
    "fr": ("ÉTAT CIVIL", ["{p}", "{nee} le {dob} à {town}", "{addr}", "{ph}", "{em}", "Permis B"]),
    "es": ("DATOS PERSONALES", ["Nombre: {p}", "Fecha de nacimiento: {dob}", "DNI: {gid}", "Dirección: {addr}", "Móvil: {ph}", "Correo: {em}"]),
    "it": ("DATI PERSONALI", ["Nome e cognome: {p}", "Data di nascita: {dob}", "Luogo di nascita: {town}", "Residenza: {addr}", "Cellulare: {ph}", "E-mail: {em}"]),
    "nl": ("PERSONALIA", ["Naam: {p}", "Geboortedatum: {dob}", "Adres: {addr}", "Telefoon: {ph}", "E-mail: {em}", "Rijbewijs: B"]),
    "pt": ("DADOS PESSOAIS", ["Nome: {p}", "Data de nascimento: {dob}", "Naturalidade: {town}", "Endereço: {addr}", "Celular: {ph}", "E-mail: {em}"]),
    "pl": ("DANE OSOBOWE", ["Imię i nazwisko: {p}", "Data urodzenia: {dob}", "Adres: {addr}", "Telefon: {ph}", "E-mail: {em}"]),
    "sv": ("PERSONUPPGIFTER", ["Namn: {p}", "Född: {dob}", "Adress: {addr}", "Mobil: {ph}", "E-post: {em}"]),
    "tr": ("KİŞİSEL BİLGİLER", ["Ad Soyad: {p}", "Doğum Tarihi: {dob}", "Adres: {addr}", "Telefon: {ph}", "E-posta: {em}"]),
    "cs": ("OSOBNÍ ÚDAJE", ["Jméno: {p}", "Datum narození: {dob}", "Adresa: {addr}", "Telefon: {ph}", "E-mail: {em}"]),
    "in": ("PERSONAL PROFILE", ["Name: {p}", "Date of Birth: {dob}", "Father's Name: {father}", "Address: {addr}", "Mobile: {ph}", "Email: {em}", "Languages: English, Hindi"]),
    "da": ("PERSONLIGE OPLYSNINGER", ["Navn: {p}", "Fødselsdato: {dob}", "Adresse: {addr}", "Mobil: {ph}", "E-mail: {em}"]),
}
RES_EXP = {"de": ("BERUFSERFAHRUNG", "Referenzen"), "en": ("EXPERIENCE", "References"), "fr": ("EXPÉRIENCE", "Références"),
           "es": ("EXPERIENCIA", "Referencias"), "it": ("ESPERIENZE", "Referenze"), "nl": ("WERKERVARING", "Referenties"),
           "pt": ("EXPERIÊNCIA", "Referências"), "pl": ("DOŚWIADCZENIE", "Referencje"), "sv": ("ERFARENHET", "Referenser"),
           "tr": ("İŞ DENEYİMİ", "Referanslar"), "cs": ("PRAXE", "Reference"), "in": ("WORK EXPERIENCE", "References"),
           "da": ("ERFARING", "Referencer")}
CONSENT = {"it": "Autorizzo il trattamento dei miei dati personali ai sensi del Regolamento UE 2016/679.",
           "pl": "Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb rekrutacji."}


@tpl(1.3, 0.2, ["de", "en", "fr", "es", "it", "nl", "pt", "pl", "sv", "tr", "cs", "in", "da"])
def t_resume_section(clean, lang):
    exp, refs = RES_EXP[lang]
    y1 = R.randint(2008, 2018)
    exp_lines = ["%d–%d  " % (y1, y1 + R.randint(1, 4)), n_org(), ", ", ch(ROLES.get(lang, ROLES["en"])), "\n",
                 "%d–  " % (y1 + 5), n_org(), " (", n_semver(), " release lead, ", n_product(), ")\n"]
    if clean:
        skills = {"de": "KENNTNISSE", "en": "SKILLS", "fr": "COMPÉTENCES", "es": "HABILIDADES", "it": "COMPETENZE", "nl": "VAARDIGHEDEN",
                  "pt": "COMPETÊNCIAS", "pl": "UMIEJĘTNOŚCI", "sv": "KOMPETENSER", "tr": "YETENEKLER", "cs": "DOVEDNOSTI", "in": "SKILLS",
                  "da": "KOMPETENCER"}[lang]
        return "resume_section", lang, [exp, "\n"] + exp_lines + ["\n", skills, "\nPython ", N("3.12", "version"), ", Kubernetes ", N("1.29", "version"),
                                                                   ", SAP S/4HANA, ", ch(["AWS SAA-C03", "PMP", "Scrum PSM I"]), " (", ndate(lang, "expiry_date", 2026, 2028), ")"]
    head, fields = RES[lang]
    p = person(lang)
    country = country_of(lang)
    bl, d = dob(lang, 1965, 2003)
    kw = dict(p=pl_(p, "caps" if lang == "fr" and chance(0.5) else ch(["full", "full", "middle"]) if lang == "en" else "full"),
              dob=bl, town=n_city(lang), addr=addr(country, multi=(lang == "fr" and chance(0.5))),
              ph=tel(lang, region=(country if country in ("US", "GB", "DE", "AT", "CH", "FR", "BE", "NL", "ES", "IT", "PT", "BR", "PL", "SE", "TR", "CZ") else None)),
              em=email(p), gid=gid(ch(["dni", "nie"])) if lang == "es" else None,
              father=pl_(Person("in", person("in", female=False).given, p.surname, False)) if lang == "in" else None,
              nee=("Née" if p.female else "Né"))
    chosen = [f for f in fields if chance(0.85) or "{p}" in f or "{dob}" in f]
    parts = [head, "\n"]
    for f in chosen:
        parts += F(f, **kw) + ["\n"]
    if lang == "pt" and country == "BR" and chance(0.6):
        parts += ["CPF: ", gid("cpf"), "\n"]
    if lang == "in" and chance(0.7):
        parts += ch([["PAN: ", gid("pan", p=p)], ["Passport No.: ", gid("passport")]]) + ["\n"]
    parts += ["\n", exp, "\n"] + exp_lines
    if chance(0.4):
        rp = person(lang)
        parts += ["\n", refs, ": ", pl_(rp), ", ", n_org(), ", ", tel(lang, foreign=0.0) if chance(0.5) else email(rp), "\n"]
    if lang in CONSENT and chance(0.7):
        parts += ["\n", CONSENT[lang]]
    return "resume_section", lang, parts


# -------------------------------------------------------------- customs CN23
CUSTOMS_ITEMS = [("Wool jumper", "6110.11"), ("Children's books", "4901.99"), ("Ceramic mug", "6912.00"), ("Coffee beans", "0901.21"),
                 ("Board game", "9504.90"), ("Cotton T-shirt", "6109.10"), ("Olive oil 0.5 l", "1509.20"), ("Phone case", "3926.90")]
CUSTOMS_LANG = {"de": ("Zollinhaltserklärung CN 23", "Absender", "Empfänger", "Geschenk", "Datum und Unterschrift"),
                "en": ("CUSTOMS DECLARATION CN 23", "From", "To", "Gift", "Date and sender's signature"),
                "fr": ("DÉCLARATION EN DOUANE CN 23", "Expéditeur", "Destinataire", "Cadeau", "Date et signature de l'expéditeur"),
                "es": ("DECLARACIÓN DE ADUANA CN 23", "Remitente", "Destinatario", "Regalo", "Fecha y firma del remitente"),
                "it": ("DICHIARAZIONE DOGANALE CN 23", "Mittente", "Destinatario", "Regalo", "Data e firma del mittente"),
                "nl": ("DOUANEAANGIFTE CN 23", "Afzender", "Geadresseerde", "Geschenk", "Datum en handtekening afzender"),
                "pt": ("DECLARAÇÃO ADUANEIRA CN 23", "Remetente", "Destinatário", "Presente", "Data e assinatura do remetente")}
LANG_HOME = {"de": "DE", "en": "GB", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT"}


@tpl(1.0, 0.2, ["de", "en", "fr", "es", "it", "nl", "pt"])
def t_customs_decl(clean, lang):
    title, frm, to, gift, sig = CUSTOMS_LANG[lang]
    items = R.sample(CUSTOMS_ITEMS, R.randint(1, 3))
    tab = ["Description | Qty | Net weight | Value | HS tariff no. | Origin\n"]
    home = LANG_HOME[lang]
    if home == "GB" and chance(0.3):
        home = "US"
    cur = lang if lang != "en" else ("en-US" if home == "US" else "en-GB")
    for name, hs in items:
        tab += [name, " | ", str(R.randint(1, 3)), " | ", "%.2f kg" % R.uniform(0.1, 2), " | ", n_amount(cur, 5, 120), " | ",
                N(hs, "hs_code"), " | ", ch(["DE", "GB", "FR", "IT", "ES", "NL", "PT", "CN"]), "\n"]
    if clean:
        return "customs_decl", lang, [title, " — ", ch(["draft, addresses to follow", "item list only", "Entwurf / draft"]), "\n[x] ", gift, "\n"] + tab + \
            ["Tracking: ", n_tracking(), "\nTotal weight ", "%.2f kg" % R.uniform(0.5, 4)]
    dest = ch([c for c in ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "IN", "IN", "CH", "PL", "SE", "DK", "US"] if c != home])
    s, r = person(COUNTRY_LANG[home]), person(COUNTRY_LANG[dest] if COUNTRY_LANG[dest] in NAMES else "en")
    region = home
    parts = [title, "\n\n", frm, ": ", pl_(s, ch(["full", "upper"])), "\n", addr(home, multi=True), "\nTel: ", phone(region), "\n\n",
             to, ": ", pl_(r, ch(["full", "upper"])), "\n", addr(dest, multi=True), "\nTel: ", phone(region, plan=dest if dest in C.PLANS else None,
                                                                                                style=ch(["intl", "e164"])),
             ("\nE-mail: " if chance(0.5) else ""), ]
    if parts[-1]:
        parts.append(email(r))
    parts += ["\n\n[x] ", gift, "   [ ] Commercial sample   [ ] Documents\n"] + tab + \
        ["Tracking: ", n_tracking(), "\n", sig, ": ", ndate(lang if lang != "en" else "en-GB", "signature_date", 2025, 2025), " ", pl_(s, "initial")]
    return "customs_decl", lang, parts


# ------------------------------------------------------ vehicle registration
CAR_MAKES = [("RENAULT", "CLIO"), ("VOLKSWAGEN", "GOLF"), ("FIAT", "PANDA"), ("SEAT", "IBIZA"), ("PEUGEOT", "208"), ("FORD", "FIESTA"),
             ("SKODA", "OCTAVIA"), ("TOYOTA", "YARIS"), ("OPEL", "CORSA"), ("VOLVO", "XC60")]


@tpl(1.0, 0.28, ["de", "fr", "en", "it", "es", "nl", "pl", "cs"])
def t_vehicle_reg(clean, lang):
    country = {"de": "DE", "fr": "FR", "en": "GB", "it": "IT", "es": "ES", "nl": "NL", "pl": "PL", "cs": "CZ"}[lang]
    make, model = ch(CAR_MAKES)
    first = ndate(lang if lang != "en" else "en-GB", "registration_date", 2008, 2024)
    plate, vin = n_plate(country), n_vin()
    mm = N({"de": "Marke", "en": "Make", "fr": "Marque", "it": "Marca", "es": "Marca", "nl": "Merk", "pl": "Marka", "cs": "Značka"}[lang] + ": " + make + " " + model, "product")
    if clean:
        hdr = {"de": "Fahrzeugdaten (ohne Halter)", "fr": "Caractéristiques du véhicule", "en": "Vehicle details (keeper section removed)",
               "it": "Dati del veicolo", "es": "Datos del vehículo", "nl": "Voertuiggegevens", "pl": "Dane pojazdu", "cs": "Údaje o vozidle"}[lang]
        return "vehicle_reg", lang, [hdr, "\n", plate, " · VIN ", vin, "\n", mm, "\n", first, " · ", N("%d kW" % R.randint(44, 180), "engine_power"),
                                     " · ", N("%d cm³" % R.randint(999, 2998), "displacement")]
    p = person(lang)
    a = addr(country, multi=(lang == "en"))
    if lang == "de":
        parts = ["Zulassungsbescheinigung Teil I (Abschrift)\nAmtl. Kennzeichen: ", plate, "\n(C.1.1) Name oder Firmenname: ", L("person", p.family),
                 "\n(C.1.2) Vorname(n): ", L("person", p.given), "\n(C.1.3) Anschrift: ", a, "\n(E) Fahrzeug-Identifizierungsnummer: ", vin,
                 "\n(B) Datum der Erstzulassung: ", first, "\n(D.1) ", mm, "\nHU bis: ", N("%02d/%d" % (R.randint(1, 12), R.randint(2025, 2027)), "expiry_date")]
    elif lang == "fr":
        parts = ["CERTIFICAT D'IMMATRICULATION\n(A) Numéro d'immatriculation : ", plate, "\n(B) Date de 1re immatriculation : ", first,
                 "\n(C.1) Titulaire : ", pl_(p, "caps"), "\n(C.3) Adresse : ", a, "\n(E) N° d'identification du véhicule : ", vin, "\n(D.1) ", mm]
    elif lang == "en":
        parts = ["V5C Vehicle registration certificate\nRegistration number: ", plate, "\nRegistered keeper:\n", pl_(p, "upper"), "\n", a,
                 "\nDate of first registration: ", first, "\nVIN/Chassis/Frame no.: ", vin, "\n", mm, "\nDocument reference number: ", N(dig(11), "document_number")]
    elif lang == "it":
        bl, d = dob("it")
        parts = ["CARTA DI CIRCOLAZIONE\nTarga: ", plate, "\nIntestatario: ", pl_(p, "upper"), "\n", ("Nata" if p.female else "Nato"), " il ", bl, " a ",
                 n_city("it"), (["\nC.F.: ", gid("cf", p=p, d=d)] if chance(0.5) else ""), "\nResidenza: ", a, "\nTelaio: ", vin, "\nPrima immatricolazione: ", first]
    elif lang == "es":
        parts = ["PERMISO DE CIRCULACIÓN\nMatrícula: ", plate, "\nTitular: ", pl_(p, "caps"), "\nDNI/NIF: ", gid("dni"), "\nDomicilio: ", a,
                 "\nBastidor: ", vin, "\nFecha de matriculación: ", first]
    elif lang == "nl":
        parts = ["KENTEKENBEWIJS (deel I)\nKenteken: ", plate, "\nNaam: ", pl_(p), "\nAdres: ", a, "\nVIN: ", vin, "\nDatum eerste toelating: ", first]
    elif lang == "pl":
        parts = ["DOWÓD REJESTRACYJNY\nNr rejestracyjny: ", plate, "\nWłaściciel: ", pl_(p, ch(["full", "upper"])), "\nAdres: ", a, "\nVIN: ", vin,
                 "\nData pierwszej rejestracji: ", first]
    else:
        parts = ["OSVĚDČENÍ O REGISTRACI VOZIDLA\nRZ: ", plate, "\nVlastník: ", pl_(p), "\nAdresa: ", a, "\nVIN: ", vin, "\nDatum 1. registrace: ", first]
    return "vehicle_reg", lang, parts


# ------------------------------------------------------------ parking fine
LOCS = {"en": ["Station Approach car park, bay 14", "Pay & display, Level 2, Queen's Road car park", "Bus lane, Zone C4"],
        "de": ["Parkhaus Altstadt, Ebene 2", "Marktplatz, Zone B", "Bewohnerparkzone W3"],
        "fr": ["Parking du Marché, niveau -1", "zone rouge, secteur 4"], "it": ["ZTL varco 7", "parcheggio Piazza Garibaldi, stallo 22"],
        "es": ["zona azul, sector 3", "aparcamiento Plaza Mayor, plaza 51"], "nl": ["betaald parkeren, zone 0363-12", "P+R Noord, vak 88"],
        "pt": ["zona de estacionamento tarifado, setor 5", "Parque do Mercado, lugar 17"]}


@tpl(1.0, 0.28, ["en", "de", "fr", "it", "es", "nl", "pt"])
def t_parking_fine(clean, lang):
    country = {"en": "GB", "de": "DE", "fr": "FR", "it": "IT", "es": "ES", "nl": "NL", "pt": "PT"}[lang]
    dl = lang if lang != "en" else "en-GB"
    plate = n_plate(country)
    when = ndate(dl, "offence_date", 2025, 2025)
    loc = N(ch(LOCS[lang]), "location")
    no = N(ch(["WK", "PCN", "", "AZ "]) + dig(8), "case_number")
    if clean:
        T = {"en": "How do I appeal PCN {no}? Car {pl}, ticket issued {d} at {loc}. The sign was hidden by a tree.",
             "de": "Wie lege ich Einspruch ein? Aktenzeichen {no}, Kennzeichen {pl}, Tattag {d}, Tatort {loc}.",
             "fr": "Comment contester l'avis n° {no} ? Véhicule {pl}, le {d}, {loc}.",
             "it": "Come faccio ricorso al verbale n. {no}? Targa {pl}, del {d}, {loc}.",
             "es": "¿Cómo recurro la denuncia {no}? Matrícula {pl}, del {d}, en {loc}.",
             "nl": "Hoe maak ik bezwaar tegen aanslag {no}? Kenteken {pl}, {d}, {loc}.",
             "pt": "Como contesto o auto n.º {no}? Matrícula {pl}, de {d}, {loc}."}[lang]
        return "parking_fine", lang, F(T, no=no, pl=plate, d=when, loc=loc)
    p = person(lang)
    a = addr(country, multi=chance(0.5))
    if lang == "en":
        parts = ["PENALTY CHARGE NOTICE\nPCN number: ", no, "\nVehicle registration: ", plate, "\nContravention: 01 — Parked in a restricted street during prescribed hours\n",
                 "Location: ", loc, "\nDate: ", when, "\nAmount: £70 (reduced to £35 if paid within 14 days)\n\nRegistered keeper:\n", pl_(p, "upper"), "\n", a,
                 "\n\nPay online or call the payment line on ", phone("GB", kind="fixed", style="nat")]
    elif lang == "de":
        parts = ["Verwarnung mit Verwarnungsgeld\nAktenzeichen: ", no, "\nTatzeit: ", when, ", 14:32 Uhr\nTatort: ", loc, "\nKennzeichen: ", plate,
                 "\nVerwarnungsgeld: 25,00 €\n\nHalter/in: ", pl_(p), ", ", a, "\n\nBitte überweisen Sie den Betrag unter Angabe des Aktenzeichens an die Stadtkasse: ",
                 iban("DE"), " (BIC ", n_bic("DE"), ")"]
    elif lang == "fr":
        parts = ["AVIS DE PAIEMENT — FORFAIT POST-STATIONNEMENT\nN° d'avis : ", no, "\nImmatriculation : ", plate, "\nDate : ", when, "\nLieu : ", loc,
                 "\nMontant : 35,00 €\n\nTitulaire du certificat d'immatriculation :\n", pl_(p, "caps"), "\n", a]
    elif lang == "it":
        bl_it, d_it = dob("it")
        parts = ["VERBALE DI ACCERTAMENTO DI VIOLAZIONE N. ", no, "\nIl giorno ", when, " in ", loc, " il veicolo targato ", plate,
                 " sostava in divieto.\nObbligato in solido: ", pl_(p), ", ", ("nata" if p.female else "nato"), " il ", bl_it,
                 ([", C.F. ", gid("cf", p=p, d=d_it)] if chance(0.5) else ""), ", residente in ", a,
                 "\nImporto: 42,00 €. Pagamento su IBAN ", iban("IT")]
    elif lang == "es":
        parts = ["DENUNCIA — Ayuntamiento\nExpediente: ", no, "\nMatrícula: ", plate, "\nFecha: ", when, "\nLugar: ", loc, "\nTitular: ", pl_(p),
                 ", NIF ", gid("dni"), "\nDomicilio: ", a, "\nImporte: 90 € (45 € con reducción)"]
    elif lang == "nl":
        parts = ["NAHEFFINGSAANSLAG PARKEERBELASTING\nAanslagnummer: ", no, "\nKenteken: ", plate, "\nDatum: ", when, "\nLocatie: ", loc,
                 "\nBedrag: € 72,90\n\nT.n.v.: ", pl_(p, ch(["full", "initial"])), "\n", a, "\n\nBetaal binnen 2 weken op ", iban("NL"),
                 " o.v.v. betalingskenmerk ", N(" ".join(dig(4) for _ in range(4)), "payment_reference")]
    else:
        parts = ["AUTO DE CONTRAORDENAÇÃO\nN.º ", no, "\nMatrícula: ", plate, "\nData: ", when, "\nLocal: ", loc, "\nArguido: ", pl_(p), "\nMorada: ", a]
    return "parking_fine", lang, parts


# ------------------------------------------------------------ utility bill
@tpl(1.0, 0.22, ["en", "de", "fr", "it", "es", "nl", "pt"])
def t_utility_bill(clean, lang):
    dl = lang if lang != "en" else "en-GB"
    cust = n_customer()
    use = N("%d kWh" % R.randint(800, 5200) if lang != "en" else "%d kWh" % R.randint(150, 900), "consumption")
    due = ndate(dl, "due_date", 2025, 2026)
    amt = n_amount(lang if lang != "en" else "en-GB", 35, 420)
    if clean:
        T = {"en": ["Tariff comparison: standing charge 53.35p/day, unit rate 24.50p/kWh, your usage ", use, ", next bill ", due, "."],
             "de": ["Tarifvergleich: Grundpreis 12,90 €/Monat, Arbeitspreis 31,2 ct/kWh, Verbrauch ", use, ", Abschlag ", amt, ", fällig ", due, "."],
             "fr": ["Comparatif : abonnement 14,35 €/mois, kWh à 0,2516 €, consommation ", use, ", échéance ", due, "."],
             "it": ["Confronto offerte: quota fissa 9,90 €/mese, ", use, " annui, scadenza ", due, ", importo ", amt, "."],
             "es": ["Comparativa: término de potencia 0,10 €/kW día, consumo ", use, ", vencimiento ", due, "."],
             "nl": ["Tarieven: vastrecht € 6,25 per maand, verbruik ", use, ", termijnbedrag ", amt, ", vervaldatum ", due, "."],
             "pt": ["Comparação: potência contratada 6,9 kVA, consumo ", use, ", pagamento até ", due, "."]}[lang]
        return "utility_bill", lang, T + [" Meter ", n_meter()]
    p = person(lang)
    country = {"en": "GB", "de": "DE", "fr": "FR", "it": "IT", "es": "ES", "nl": "NL", "pt": "PT"}[lang]
    a = addr(country, multi=True)
    if lang == "en" and chance(0.4):
        parts = ["ELECTRIC SERVICE STATEMENT\nAccount: ", cust, "   Statement date: ", ndate("en-US", "issue_date", 2025, 2025), "\n\n", pl_(p, ch(["upper", "full"])), "\n",
                 addr("US", multi=True), "\n\nService address: ", addr("US"), "\nMeter ", n_meter(), " — usage ", use, "\nAmount due: ",
                 N("$%d.%02d" % (R.randint(40, 380), R.randint(0, 99)), "amount"), " by ", ndate("en-US", "due_date", 2025, 2026),
                 "\nAutoPay from card ", n_masked_card(), "\nOutage line: ", phone("US", kind="toll_free", style="nat")]
    elif lang == "en":
        parts = ["Your electricity bill\nAccount number: ", cust, "\nBill date: ", ndate(dl, "issue_date", 2025, 2025), "\n\n", pl_(p, ch(["full", "initial", "upper"])), "\n", a,
                 "\n\nMPAN: ", N("S 0%d 8%02d 1%02d %s %s %s" % (R.randint(1, 5), R.randint(0, 99), R.randint(0, 99), dig(2), dig(4), dig(7)), "mpan"),
                 "\nMeter serial: ", n_meter(), "\nUnits used: ", use, "\nTotal due: ", amt, " by Direct Debit on ", due, " from account ending ", N(dig(4), "masked_account")]
    elif lang == "de":
        parts = ["Stromrechnung Nr. ", n_invoice(), "\nKundennummer: ", cust, "\n", pl_(p), "\n", a, "\n\nZählernummer: ", n_meter(), "\nZählpunkt: ", n_meter_point(),
                 "\nVerbrauch: ", use, "\nNeuer Abschlag: ", amt, " monatlich\nDer Betrag wird am ", due, " von Ihrem Konto ", iban("DE"), " abgebucht (Mandatsreferenz ",
                 N("MR" + dig(10), "mandate_reference"), ", Gläubiger-ID ", n_creditor_id("DE"), ")."]
    elif lang == "fr":
        parts = ["Facture d'électricité\nRéf. client : ", cust, "\nTitulaire du contrat : ", pl_(p, "caps"), "\nAdresse de consommation :\n", a, "\nPDL : ",
                 N(dig(14), "pdl_id"), "\nConsommation : ", use, "\nMontant : ", amt, "\nPrélèvement le ", due, " sur le compte ", iban("FR")]
    elif lang == "it":
        parts = ["Bolletta luce\nCodice cliente: ", cust, "\nIntestatario: ", pl_(p), "\nCodice fiscale: ", gid("cf", p=p), "\nIndirizzo di fornitura:\n", a,
                 "\nPOD: ", N("IT001E" + dig(8), "pod_id"), "\nConsumo: ", use, "\nTotale: ", amt, ", scadenza ", due, "\nAddebito SEPA su ", iban("IT")]
    elif lang == "es":
        parts = ["Factura de electricidad\nTitular: ", pl_(p), "\nNIF: ", gid("dni"), "\nDirección de suministro:\n", a, "\nCUPS: ",
                 N("ES0021" + dig(12) + upp(2) + "0F", "cups_id"), "\nConsumo: ", use, "\nImporte: ", amt, "\nDomiciliación bancaria: ", iban("ES")]
    elif lang == "nl":
        parts = ["Jaarafrekening energie\nKlantnummer: ", cust, "\n", pl_(p), "\n", a, "\n\nEAN-code elektriciteit: ", N("8716" + dig(14), "ean_connection"),
                 "\nVerbruik: ", use, "\nNieuw termijnbedrag: ", amt, "\nAutomatische incasso van ", iban("NL")]
    else:
        parts = ["Fatura de eletricidade\nCliente: ", pl_(p), "\nMorada:\n", a, "\nCPE: ", N("PT0002" + dig(12) + upp(2), "cpe_id"), "\nConsumo: ", use,
                 "\nTotal: ", amt, "\nDébito direto: ", iban("PT"), "\nReferência MB: ", N(dig(3) + " " + dig(3) + " " + dig(3), "payment_reference")]
    return "utility_bill", lang, parts


# -------------------------------------------------------- telecom contract
@tpl(1.0, 0.2, ["de", "en", "fr", "es", "it", "nl", "pt", "tr"])
def t_telecom_contract(clean, lang):
    dl = lang if lang != "en" else "en-GB"
    prod = n_device()
    if clean:
        hdr = {"de": "Tarifvergleich", "en": "Plan comparison", "fr": "Comparatif des forfaits", "es": "Comparativa de tarifas", "it": "Confronto offerte",
               "nl": "Bundelvergelijking", "pt": "Comparação de tarifários", "tr": "Tarife karşılaştırması"}[lang]
        rows = []
        for _ in range(3):
            rows += [ch(["Smart L", "Unlimited Max", "Basic 10", "Go 25"]), " | ", str(R.choice([10, 25, 50, 100])), " GB | ", n_amount(lang if lang != "en" else "en-GB", 8, 70), " | 24 mo\n"]
        tail = {"de": ("Aktion bis ", ", Gerät ", ", Hotline "), "en": ("Offer ends ", ", handset ", ", customer line "),
                "fr": ("Offre valable jusqu'au ", ", terminal ", ", service client "), "es": ("Oferta hasta el ", ", terminal ", ", atención al cliente "),
                "it": ("Offerta valida fino al ", ", smartphone ", ", servizio clienti "), "nl": ("Actie t/m ", ", toestel ", ", klantenservice "),
                "pt": ("Campanha até ", ", equipamento ", ", apoio ao cliente "), "tr": ("Kampanya bitişi ", ", cihaz ", ", müşteri hizmetleri ")}[lang]
        return "telecom_contract", lang, [hdr, "\n"] + rows + [tail[0], ndate(dl, "offer_end", 2025, 2026), tail[1], prod, tail[2], n_short_code()]
    p = person(lang)
    region = {"de": "DE", "en": "GB", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": ch(["PT", "BR"]), "tr": "TR"}[lang]
    ph = phone(region, kind="mobile" if region in ("GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "TR") else None)
    bl = dob(lang)[0]
    start = ndate(dl, "start_date", 2025, 2025)
    iccid, imei = n_iccid(), n_imei()
    if lang == "de":
        parts = ["Auftragsbestätigung Mobilfunkvertrag\nKunde: ", pl_(p), "\nGeburtsdatum: ", bl, "\nAnschrift: ", addr("DE"), "\nIhre Rufnummer: ", ph,
                 "\nSIM-Kartennummer (ICCID): ", iccid, "\nEndgerät: ", prod, ", IMEI ", imei, "\nVertragsbeginn: ", start, ", Mindestlaufzeit 24 Monate",
                 "\nZahlung per SEPA-Lastschrift von ", iban("DE"), "\nIhr Kundenkennwort: ", sec("password")]
    elif lang == "en":
        parts = ["Your contract summary\nAccount holder: ", pl_(p), "\nDate of birth: ", dob("en-GB")[0], "\nBilling address: ", addr("GB"), "\nMobile number: ", ph,
                 "\nPAC: ", N(upp(3) + dig(6), "pac_code"), "\nSIM: ", iccid, "\nHandset: ", prod, " (IMEI ", imei, ")\nMinimum term: 24 months from ", start,
                 "\nCard on file: ", ([card(), " exp ", N(card_expiry(), "expiry_date")] if chance(0.5) else n_masked_card()),
                 "\nAccount password: ", sec("password")]
    elif lang == "fr":
        parts = ["Récapitulatif contractuel\nTitulaire : ", pl_(p, "caps"), "\nDate de naissance : ", bl, "\nNuméro de ligne : ", ph, "\nRIO : ",
                 N(dig(2) + "P" + upp(9, string.ascii_uppercase + string.digits), "rio_code"), "\nICCID : ", iccid, "\nIBAN de prélèvement : ", iban("FR")]
    elif lang == "es":
        parts = ["Resumen del contrato\nTitular: ", pl_(p), "\n", ch(["DNI: ", "NIE: "]), gid(ch(["dni", "nie"])), "\nLínea: ", ph, "\nICCID: ", iccid,
                 "\nTerminal: ", prod, ", IMEI ", imei, "\nCuenta de domiciliación: ", iban("ES")]
    elif lang == "it":
        parts = ["Proposta di contratto\nIntestatario: ", pl_(p), "\nCodice fiscale: ", gid("cf", p=p), "\nNumero: ", ph, "\nICCID: ", iccid, "\nIBAN: ", iban("IT"),
                 "\nData attivazione: ", start]
    elif lang == "nl":
        parts = ["Contractoverzicht\nNaam: ", pl_(p), "\nGeboortedatum: ", bl, "\nNummer: ", ph, "\nSIM-kaartnummer: ", iccid, "\nToestel: ", prod,
                 "\nIBAN: ", iban("NL"), "\nIngangsdatum: ", start]
    elif lang == "pt":
        parts = ["Resumo do contrato\nTitular: ", pl_(p), "\nData de nascimento: ", bl, "\nNúmero: ", ph, "\nICCID: ", iccid, "\nIMEI: ", imei,
                 ("\nCPF: " if region == "BR" else "\nIBAN: "), gid("cpf") if region == "BR" else iban("PT")]
    else:
        parts = ["Abonelik sözleşmesi\nAbone: ", pl_(p), "\nDoğum tarihi: ", bl, "\nHat numarası: ", ph, "\nICCID: ", iccid, "\nIMEI: ", imei,
                 "\nBaşlangıç: ", start]
    if lang != "en" and chance(0.45):
        parts += [{"de": "\nKreditkarte (Gerätezahlung): ", "fr": "\nCarte bancaire (terminal) : ", "es": "\nTarjeta (pago del terminal): ",
                   "it": "\nCarta di credito (rate): ", "nl": "\nCreditcard (toestel): ", "pt": "\nCartão de crédito: ", "tr": "\nKredi kartı: "}[lang],
                  card(), " ", N(card_expiry(), "expiry_date")]
    return "telecom_contract", lang, parts


# ---------------------------------------------------------- bank statement
MERCHANTS = {"de": ["REWE Markt GmbH", "dm-drogerie markt", "Deutsche Bahn", "ARAL Station 4471"], "en": ["TESCO STORES 2231", "TFL TRAVEL CH", "PRET A MANGER", "AMAZON MKTPLACE"],
             "fr": ["CARREFOUR CITY", "SNCF INTERNET", "FNAC DARTY", "BOULANGERIE PAUL"], "es": ["MERCADONA", "RENFE VIAJEROS", "EL CORTE INGLES", "REPSOL"],
             "it": ["ESSELUNGA", "TRENITALIA", "COOP ITALIA", "AUTOGRILL"], "nl": ["Albert Heijn 1234", "NS Reizigers", "Jumbo", "HEMA"],
             "pt": ["CONTINENTE", "PINGO DOCE", "CP COMBOIOS", "WORTEN"], "pl": ["BIEDRONKA", "ŻABKA", "ORLEN", "PKP INTERCITY"]}


def booking(lang):
    d = rdate(2025, 2025)
    if lang == "en":
        return N("%02d %s" % (d.day, EN_ABBR[d.month - 1]), "booking_date")
    if lang == "nl":
        return N(d.strftime("%Y%m%d"), "booking_date")
    if lang == "pl":
        return N(d.isoformat(), "booking_date")
    return N("%02d%s%02d" % (d.day, "/" if lang in ("fr", "es", "it", "pt") else ".", d.month) + ("." if lang == "de" else ""), "booking_date")


def tx_amount(lang, sign):
    a = amount_str(lang if lang not in ("en",) else "en-GB", 3, 1500)
    a = re.sub(r"[^\d.,\u00a0\u202f]", "", a).strip()
    return N(sign + a, "amount")


@tpl(1.1, 0.25, ["de", "en", "fr", "es", "it", "nl", "pt", "pl"])
def t_bank_statement(clean, lang):
    own_country = {"de": "DE", "en": "GB", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "pl": "PL"}[lang]
    lines = []
    n = R.randint(3, 6)
    for i in range(n):
        kind = "card" if clean or chance(0.45) else ch(["out", "in", "out"])
        if kind == "card":
            m = ch(MERCHANTS[lang])
            lines.append((booking(lang), [{"de": "Kartenzahlung ", "en": "CARD PAYMENT ", "fr": "CB ", "es": "COMPRA TARJ. ", "it": "PAGAMENTO POS ",
                                           "nl": "", "pt": "COMPRA ", "pl": "ZAKUP KARTĄ "}[lang], N(m, "merchant"), " ", n_masked_card(lang)], tx_amount(lang, "-")))
            continue
        p = person(lang)
        if kind == "out":
            desc = {"de": ["SEPA-Überweisung an ", pl_(p), " IBAN ", iban(ch([own_country, "DE", "AT"]) if lang == "de" else own_country, "compact"), " Verwendungszweck Miete"],
                    "en": ["FASTER PAYMENT TO ", pl_(p, "upper"), " REF RENT"],
                    "fr": ["VIR SEPA ", pl_(p, "upper"), " — loyer ", iban("FR", "compact") if chance(0.4) else ""],
                    "es": ["BIZUM A ", pl_(p, "upper"), " CONCEPTO cena"],
                    "it": ["BONIFICO A FAVORE DI ", pl_(p, "upper"), " IBAN ", iban("IT", "compact")],
                    "nl": [pl_(p), ",", iban("NL", "compact"), ",Huur"],
                    "pt": ["TRF P/ ", pl_(p, "upper"), " ", iban("PT", "compact") if chance(0.5) else ""],
                    "pl": ["PRZELEW DO ", pl_(p, "upper"), " NA RACHUNEK ", iban("PL", "compact"), " TYTUŁ czynsz"]}[lang]
            lines.append((booking(lang), desc, tx_amount(lang, "-")))
        else:
            desc = {"de": ["Gutschrift ", pl_(p), " Verwendungszweck Rückzahlung"], "en": ["BANK GIRO CREDIT ", pl_(p, "upper")],
                    "fr": ["VIR RECU ", pl_(p, "upper")], "es": ["TRANSFERENCIA DE ", pl_(p, "upper"), " ", iban("ES", "compact")],
                    "it": ["BONIFICO DA ", pl_(p, "upper")], "nl": [pl_(p), ",", iban("NL", "compact"), ",Tikkie"],
                    "pt": ["MB WAY ", pl_(p, "upper")], "pl": ["BLIK OD ", pl_(p, "upper")]}[lang]
            lines.append((booking(lang), desc, tx_amount(lang, "+")))
    if lang == "nl":
        parts = ["Datum,Naam / Omschrijving,Rekening,Tegenrekening,Mededelingen,Bedrag\n"]
        acct = iban("NL", "compact") if not clean else n_masked_iban()
        for bk, desc, amt in lines:
            if desc and isinstance(desc[0], L):
                parts += [bk, ",", desc[0], ",", acct, desc[1:], ',"', amt, '"\n']
            else:
                parts += [bk, ",", desc[1], ",", acct, ",,", desc[3], ',"', amt, '"\n']
        return "bank_statement", lang, parts
    hdr = {"de": "Kontoauszug %d/2025 — Girokonto " % R.randint(1, 12), "en": "Statement — Current account ", "fr": "Relevé de compte — ",
           "es": "Movimientos de la cuenta ", "it": "Estratto conto — c/c ", "pt": "Extrato — conta ", "pl": "Historia rachunku "}[lang]
    acct = iban(own_country) if not clean else n_masked_iban()
    parts = [hdr, acct, "\n"]
    for bk, desc, amt in lines:
        parts += [bk, "  ", desc, "  ", amt, "\n"]
    return "bank_statement", lang, parts


# -------------------------------------------------------- loan application
@tpl(1.1, 0.2, ["en", "en", "de", "es", "it", "nl", "in", "pt", "fr"])
def t_loan_application(clean, lang):
    if clean:
        dl = lang if lang not in ("en", "in") else "en-GB"
        amount = n_amount(lang if lang != "en" else "en-US", 2000, 40000)
        return "loan_application", lang, [{"en": "Loan quote", "de": "Kreditangebot", "es": "Simulación de préstamo", "it": "Preventivo finanziamento",
                                           "nl": "Offerte lening", "in": "Loan quote", "pt": "Simulação de crédito", "fr": "Simulation de prêt"}[lang],
                                          "\n", amount, " · 48 × ", n_amount(lang if lang != "en" else "en-US", 60, 900), " · ",
                                          N({"en": "APR 7.9 %", "in": "ROI 10.5 % p.a.", "de": "eff. Jahreszins 7,9 %", "es": "TAE 7,9 %", "it": "TAEG 8,12 %",
                                             "nl": "JKP 7,9 %", "pt": "TAEG 8,1 %", "fr": "TAEG 8,12 %"}[lang], "rate"), "\n",
                                          {"en": "Valid until ", "in": "Valid till ", "de": "Gültig bis ", "es": "Válida hasta el ", "it": "Valido fino al ",
                                           "nl": "Geldig tot ", "pt": "Válida até ", "fr": "Valable jusqu'au "}[lang],
                                          ndate(dl, "expiry_date", 2025, 2026), " · ", n_policy()]
    if lang == "in":
        p = person("in")
        return "loan_application", "in", ["Loan Application Form\nApplicant Name: ", pl_(p, ch(["full", "upper"])), "\nPAN: ", gid("pan", p=p), "\nAadhaar: ", gid("aadhaar"),
                                          "\nDate of Birth: ", dob("in")[0], "\nAddress:\n", addr("IN", multi=True), "\nMobile: ", phone("IN"), "\nEmail: ", email(p),
                                          "\nMonthly income: ", n_amount("in", 20000, 300000), "\nLoan amount requested: ", n_amount("in", 50000, 2000000)]
    p = person(lang)
    if lang == "en" and chance(0.4):
        parts = ["Personal loan application\nFull name: ", pl_(p), "\nDate of birth: ", dob("en-GB")[0], "\nNational Insurance number: ", gid("nino"),
                 "\nCurrent address: ", addr("GB"), "\nTime at address: ", str(R.randint(1, 15)), " years\nMobile: ", phone("GB", kind="mobile"), "\nEmail: ", email(p),
                 "\nEmployer: ", n_org(), "\nGross annual income: ", N("£%s" % "{:,}".format(R.randint(20, 120) * 1000), "amount"),
                 "\nPay into: ", iban("GB")]
    elif lang == "en":
        co = person("en")
        parts = ["LOAN APPLICATION — Personal loan\nApplicant: ", pl_(p, ch(["full", "middle"])), "\nSSN: ", gid("ssn", sep="-"), "\nDate of birth: ", dob("en-US")[0],
                 "\nHome address: ", addr("US"), "\nYears at address: ", str(R.randint(1, 20)), "\nPhone: ", phone("US"), "\nEmail: ", email(p),
                 "\nEmployer: ", n_org(), "   Annual income: ", N("$%s" % "{:,}".format(R.randint(30, 220) * 1000), "amount"),
                 "\nRequested: ", N("$%s" % "{:,}".format(R.randint(2, 60) * 1000), "amount"), " over 48 months"]
        if chance(0.5):
            parts += ["\nCo-applicant: ", pl_(co), " (", ch(["SSN ", "ITIN "]), gid(ch(["ssn", "itin"])), ")"]
    elif lang == "de":
        parts = ["Kreditantrag Ratenkredit\nAntragsteller/in: ", pl_(p), "\nGeburtsdatum: ", dob("de")[0], "\nSteuer-ID: ", gid("steuer_id"), "\nAnschrift: ", addr("DE"),
                 "\nTelefon: ", phone("DE"), "\nArbeitgeber: ", n_org(), " seit ", ndate("de", "start_date", 2010, 2023), "\nNettoeinkommen: ", n_amount("de", 1400, 7000),
                 "\nAuszahlung auf: ", iban("DE")]
    elif lang == "es":
        parts = ["Solicitud de préstamo personal\nTitular: ", pl_(p), "\nDNI: ", gid("dni"), "\nFecha de nacimiento: ", dob("es")[0], "\nDomicilio: ", addr("ES"),
                 "\nTeléfono: ", phone("ES"), "\nIngresos netos mensuales: ", n_amount("es", 900, 5000), "\nCuenta de abono: ", iban("ES")]
    elif lang == "it":
        bl, d = dob("it")
        parts = ["Richiesta di finanziamento\nRichiedente: ", pl_(p), "\nCodice fiscale: ", gid("cf", p=p, d=d), "\nNato/a il: ", bl, "\nResidenza: ", addr("IT"),
                 "\nCellulare: ", phone("IT", kind="mobile"), "\nIBAN accredito: ", iban("IT")]
    elif lang == "nl":
        parts = ["Aanvraag persoonlijke lening\nAanvrager: ", pl_(p), "\nBSN: ", gid("bsn"), "\nGeboortedatum: ", dob("nl")[0], "\nAdres: ", addr("NL"),
                 "\nTelefoon: ", phone("NL"), "\nIBAN: ", iban("NL")]
    elif lang == "pt":
        parts = ["Proposta de empréstimo\nNome: ", pl_(p), "\nCPF: ", gid("cpf"), "\nData de nascimento: ", dob("pt")[0], "\nEndereço: ", addr("BR"),
                 "\nCelular: ", phone("BR", kind="mobile"), "\nRenda mensal: ", N("R$ %d.%03d,00" % (R.randint(2, 30), R.randint(0, 999)), "amount")]
    else:
        parts = ["Demande de prêt personnel\nEmprunteur : ", pl_(p, "caps"), "\n", ("Née" if p.female else "Né"), " le : ", dob("fr")[0],
                 "\nPièce d'identité : passeport n° ", gid("passport"), "\nAdresse : ", addr("FR"), "\nTél. : ", phone("FR"), "\nIBAN : ", iban("FR")]
    return "loan_application", lang, parts


# ------------------------------------------------------------ prescription
DRUGS = {"de": ["Ibuprofen 600 mg, 20 Filmtabletten N1", "Ramipril 5 mg, 50 Tabletten N2", "Pantoprazol 20 mg, 28 Tabletten"],
         "en": ["Amoxicillin 500 mg capsules, 21", "Lisinopril 10 mg tab #30", "Sertraline 50 mg tablets, 28"],
         "fr": ["Doliprane 1000 mg", "Amoxicilline 1 g, 12 comprimés", "Spasfon 80 mg"],
         "it": ["Augmentin 875 mg + 125 mg", "Tachipirina 1000 mg", "Pantorc 20 mg"],
         "es": ["Omeprazol 20 mg, 28 cápsulas", "Paracetamol 1 g, 40 comprimidos", "Enantyum 25 mg"],
         "nl": ["Amoxicilline 500 mg, 21 capsules", "Omeprazol 20 mg, 28 capsules"],
         "pt": ["Ben-u-ron 1 g, 18 comprimidos", "Brufen 600 mg, 20 comprimidos"]}


@tpl(1.0, 0.2, ["de", "en", "fr", "it", "es", "nl", "pt"])
def t_prescription(clean, lang):
    dl = lang if lang != "en" else "en-GB"
    drug = ch(DRUGS[lang])
    if clean:
        q = {"de": ("Dosierungsfrage: ", ", PZN ", ", Ch.-B. ", ", verwendbar bis ", ". Lieber 1-0-1 oder 1-1-1? EAN "),
             "en": ("Dosage question: ", ", product code ", ", batch ", ", expiry ", ". Twice or three times a day? Barcode "),
             "fr": ("Question posologie : ", ", code ", ", lot ", ", péremption ", ". Deux ou trois fois par jour ? EAN "),
             "it": ("Domanda sul dosaggio: ", ", AIC ", ", lotto ", ", scadenza ", ". Due o tre volte al giorno? EAN "),
             "es": ("Duda de dosis: ", ", CN ", ", lote ", ", caducidad ", ". ¿Dos o tres veces al día? EAN "),
             "nl": ("Vraag over dosering: ", ", Z-index ", ", partij ", ", houdbaar tot ", ". Twee of drie keer per dag? EAN "),
             "pt": ("Dúvida de dosagem: ", ", CNPEM ", ", lote ", ", validade ", ". Duas ou três vezes ao dia? EAN ")}[lang]
        return "prescription", lang, [q[0], drug, q[1], n_pzn(), q[2], n_lot(), q[3], N("%02d/%d" % (R.randint(1, 12), R.randint(2026, 2028)), "expiry_date"),
                                      q[4], n_ean()]
    p = person(lang)
    doc = person(lang)
    date = ndate(dl, "issue_date", 2025, 2025)
    if lang == "de":
        parts = ["Rezept (Muster 16) — Abschrift\nKrankenkasse: AOK\nName, Vorname des Versicherten: ", pl_(p, "rev"), "\ngeb. am ", dob("de")[0], "\n",
                 addr("DE", sep=", "), "\nRp.\n1) ", drug, ", PZN ", n_pzn(), "\n   1-1-1 bei Bedarf\nArzt: Dr. med. ", pl_(doc), ", Tel. ", phone("DE", kind="fixed"),
                 "\nDatum: ", date]
    elif lang == "en":
        if chance(0.55):
            parts = ["NHS PRESCRIPTION (FP10)\nPatient: ", pl_(p), "\nNHS number: ", gid("nhs"), "\nDOB: ", dob("en-GB")[0], "\nAddress: ", addr("GB"),
                     "\nRx: ", drug, " — one three times a day\nPrescriber: Dr ", pl_(doc, ch(["formal", "full"])), ", GMC ", N(dig(7), "gmc_number"), "\nDate: ", date]
        else:
            parts = ["Rx\nPatient: ", pl_(p), "   DOB: ", dob("en-US")[0], "\nAddress: ", addr("US"), "\n", drug, ", 1 PO daily, Refills: 2\nPrescriber: ",
                     pl_(doc), ", MD   NPI ", N(C.luhn_complete("80840" + "1" + dig(8))[5:], "npi"), "\nPharmacy callback: ", phone("US")]
    elif lang == "fr":
        bl_fr, d_fr = dob("fr")
        parts = ["ORDONNANCE\nDr ", pl_(doc), "\nMédecin généraliste — ", addr("FR"), "\nTél. ", phone("FR", kind="fixed", style="nat"), "\n\nLe ", date, "\n",
                 ("Mme " if p.female else "M. "), pl_(p, "caps"), ", ", ("née" if p.female else "né"), " le ", bl_fr, "\n- ", drug,
                 " : 1 comprimé 3 fois par jour pendant 5 jours\nN° de sécurité sociale : ", gid("nir", p=p, d=d_fr)]
    elif lang == "it":
        parts = ["RICETTA MEDICA\nCognome e nome: ", pl_(p, "caps"), "\nCodice fiscale: ", gid("cf", p=p), "\nIndirizzo: ", addr("IT"), "\nRp/ ", drug,
                 ", 1 conf.\nDott. ", pl_(doc), "\nData ", date, "\nNRE: ", N(dig(4) + "A" + dig(10), "prescription_number")]
    elif lang == "es":
        parts = ["RECETA MÉDICA\nPaciente: ", pl_(p), "\nDNI: ", gid("dni"), "\nFecha de nacimiento: ", dob("es")[0], "\nMedicamento: ", drug,
                 ", 1 cada 24 h\nMédico: Dr", ("a. " if doc.female else ". "), pl_(doc), ", n.º colegiado ", N(dig(9), "licence_number"), "\nFecha: ", date]
    elif lang == "nl":
        parts = ["RECEPT\nPatiënt: ", pl_(p), "\nGeboortedatum: ", dob("nl")[0], "\nBSN: ", gid("bsn"), "\nR/ ", drug, "\nS. 3 dd 1\nArts: ", pl_(doc),
                 "\nDatum: ", date]
    else:
        parts = ["RECEITA MÉDICA\nUtente: ", pl_(p), "\nN.º de utente: ", N(dig(9), "patient_number"), "\nData de nascimento: ", dob("pt")[0], "\nMedicamento: ",
                 drug, "\nMédico: ", pl_(doc), "\nData: ", date]
    return "prescription", lang, parts


# ------------------------------------------------------------- lab results
LABS = [("Haemoglobin", "13.2", "g/dL", "12.0–15.5"), ("WBC", "6.8", "10^9/L", "4.0–11.0"), ("Platelets", "245", "10^9/L", "150–400"),
        ("TSH", "2.1", "mU/L", "0.4–4.0"), ("HbA1c", "38", "mmol/mol", "20–41"), ("CRP", "3", "mg/L", "<5"), ("Ferritin", "54", "µg/L", "15–150")]
LAB_HDR = {"en": ("LABORATORY REPORT", "Patient", "DOB", "Specimen ID", "Collected", "Requesting clinician"),
           "de": ("Laborbefund", "Patient/in", "geb.", "Auftragsnummer", "Entnahme", "Einsender"),
           "fr": ("Compte rendu d'analyses", "Patient(e)", "Né(e) le", "N° de dossier", "Prélevé le", "Prescripteur"),
           "it": ("Referto di laboratorio", "Paziente", "Data di nascita", "N. accettazione", "Prelievo", "Medico richiedente"),
           "es": ("Informe de laboratorio", "Paciente", "F. nacimiento", "N.º de muestra", "Extracción", "Médico solicitante"),
           "nl": ("Laboratoriumuitslag", "Patiënt", "Geb.datum", "Monsternummer", "Afname", "Aanvrager"),
           "pt": ("Relatório de análises", "Utente", "Data de nascimento", "N.º da amostra", "Colheita", "Médico requisitante"),
           "da": ("Laboratoriesvar", "Patient", "Fødselsdato", "Prøvenr.", "Taget", "Rekvirent")}


@tpl(1.0, 0.2, ["en", "de", "fr", "it", "es", "nl", "pt", "da"])
def t_lab_results(clean, lang):
    title, pat, db, spec, coll, req = LAB_HDR[lang]
    rows = []
    for name, val, unit, rng in R.sample(LABS, R.randint(3, 5)):
        v = val if lang == "en" else val.replace(".", ",")
        rows += [name, " | ", N(v, "lab_value"), " | ", unit, " | ", N(rng if lang == "en" else rng.replace(".", ","), "reference_range"), "\n"]
    sid = N(ch(["", "LAB-", "A"]) + dig(9), "specimen_id")
    if clean:
        return "lab_results", lang, [title, " — ", {"en": "reference ranges", "de": "Referenzbereiche", "fr": "valeurs de référence", "it": "valori di riferimento",
                                                    "es": "valores de referencia", "nl": "referentiewaarden", "pt": "valores de referência", "da": "referenceintervaller"}[lang],
                                     "\n", spec, ": ", sid, "   ", coll, ": ", n_timestamp(), "\n"] + rows
    p = person(lang)
    doc = person(lang)
    dl = {"en": ch(["en-GB", "en-US"])}.get(lang, lang)
    bl, bd = dob(dl)
    idl = []
    if chance(0.55):
        if lang == "en" and dl == "en-GB":
            idl = ["NHS no.: ", gid("nhs"), "\n"]
        elif lang == "nl":
            idl = ["BSN: ", gid("bsn"), "\n"]
        elif lang == "it":
            idl = ["Codice fiscale: ", gid("cf", p=p, d=bd), "\n"]
        elif lang == "fr":
            idl = ["N° de sécurité sociale : ", gid("nir", p=p, d=bd), "\n"]
        elif lang == "es":
            idl = ["DNI: ", gid("dni"), "\n"]
    return "lab_results", lang, [title, "\n", pat, ": ", pl_(p, "caps" if lang == "fr" else ch(["full", "rev"])), "   ", db, ": ", bl, "\n"] + idl + [spec, ": ", sid,
                                 "\n", coll, ": ", n_timestamp(), "\n", req, ": ", ("Dr " if lang in ("en", "fr", "de") else ""), pl_(doc), "\n\n"] + rows


# ------------------------------------------------- vaccination certificate
@tpl(1.0, 0.28, ["en", "de", "fr", "it", "es", "nl", "pt", "fi"])
def t_vaccination_cert(clean, lang):
    vacc = ch(["Comirnaty (BioNTech Manufacturing GmbH)", "Spikevax (Moderna)", "Stamaril (Sanofi Pasteur)", "Priorix (GSK)", "Boostrix Polio"])
    vd = N(rdate(2021, 2025).isoformat(), "vaccination_date")
    if clean:
        return "vaccination_cert", lang, ["Batch list / Chargenliste\n", vacc, " — lot ", n_lot(), ", exp. ", N("%02d/%d" % (R.randint(1, 12), R.randint(2025, 2027)), "expiry_date"),
                                          "\n", vacc, " — lot ", n_lot(), "\nCertificate format sample: ", n_uvci(), " (", vd, ")"]
    p = person(lang)
    r = R.random()
    if r < 0.45:
        labels = {"en": ("Surname(s) and forename(s)", "Date of birth", "Date of vaccination", "Unique certificate identifier"),
                  "de": ("Nachname(n) und Vorname(n)", "Geburtsdatum", "Datum der Impfung", "Eindeutige Zertifikatkennung"),
                  "fr": ("Nom(s) et prénom(s)", "Date de naissance", "Date de vaccination", "Identifiant unique du certificat"),
                  "it": ("Cognome/i e nome/i", "Data di nascita", "Data della vaccinazione", "Identificativo univoco del certificato"),
                  "es": ("Apellido(s) y nombre(s)", "Fecha de nacimiento", "Fecha de vacunación", "Identificador único del certificado"),
                  "nl": ("Achterna(a)m(en) en voorna(a)m(en)", "Geboortedatum", "Datum van vaccinatie", "Unieke certificaatcode"),
                  "pt": ("Apelido(s) e nome(s) próprio(s)", "Data de nascimento", "Data da vacinação", "Identificador único do certificado"),
                  "fi": ("Sukunimi ja etunimet", "Syntymäaika", "Rokotuspäivä", "Todistuksen yksilöivä tunniste")}[lang]
        parts = ["EU Digital COVID Certificate — Vaccination\n", labels[0], ": ", L("person", p.family.upper() + ", " + p.given.upper()) if chance(0.3) else pl_(p, "rev"),
                 "\n", labels[1], ": ", dob(lang, style="iso")[0], "\nDisease: COVID-19\nVaccine: ", vacc, "\nDose: ", str(R.randint(1, 3)), "/", str(R.randint(2, 3)),
                 "\n", labels[2], ": ", vd, "\n", labels[3], ": ", n_uvci()]
    elif r < 0.75:
        doc = person(lang)
        parts = ["INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS\n" + ("CERTIFICAT INTERNATIONAL DE VACCINATION OU DE PROPHYLAXIE\nNous certifions que / " if lang == "fr" else "") + "This is to certify that ", pl_(p, ch(["full", "upper"])), ", date of birth ",
                 dob(lang if lang != "en" else "en-GB")[0], ", national identification document ", gid("passport"), ", has on the date indicated been vaccinated against yellow fever.\n",
                 "Date: ", vd, "   Vaccine: ", vacc, ", batch ", n_lot(), "\nSupervising clinician: Dr ", pl_(doc)]
    else:
        doc = person(lang)
        hd = {"en": "Child health record — immunisations", "de": "Impfausweis (Abschrift)", "fr": "Carnet de santé — vaccinations", "it": "Libretto vaccinale",
              "es": "Cartilla de vacunación", "nl": "Vaccinatiebewijs", "pt": "Boletim de vacinas", "fi": "Rokotuskortti"}[lang]
        parts = [hd, "\n", pl_(p), ", ", {"en": "born ", "de": "geb. ", "fr": "né(e) le ", "it": "nato/a il ", "es": "nacido/a el ", "nl": "geb. ", "pt": "nascido/a em ",
                                          "fi": "syntynyt "}[lang]]
        bl, bd = dob(lang if lang != "en" else "en-GB", 2010, 2023)
        parts += [bl, (["   NHS no. ", gid("nhs")] if lang == "en" and chance(0.6) else ""), "\n"]
        for _ in range(R.randint(2, 3)):
            vd_ = bd + datetime.timedelta(days=R.randint(60, 700))
            parts += [N(fmt_date(vd_, lang if lang != "en" else "en-GB"), "vaccination_date"), "  ", ch(["MMR", "DTaP-IPV", "Hep B", "MenB", "Varicella"]), " — ",
                      ch(["Priorix", "Infanrix hexa", "Bexsero", "Varivax"]), ", Ch.-B./lot ", n_lot(), "\n"]
        parts += ["Dr ", pl_(doc, "formal")]
    return "vaccination_cert", lang, parts


# --------------------------------------------------- insurance schedule
@tpl(1.0, 0.2, ["en", "de", "fr", "it", "es", "nl"])
def t_insurance_schedule(clean, lang):
    dl = lang if lang != "en" else "en-GB"
    pol = n_policy()
    sd = rdate(2025, 2026)
    start = N(fmt_date(sd, dl), "start_date")
    prem = n_amount(lang if lang != "en" else "en-GB", 90, 1400)
    if clean:
        return "insurance_schedule", lang, [{"en": "Cover summary", "de": "Leistungsübersicht", "fr": "Tableau des garanties", "it": "Riepilogo coperture",
                                             "es": "Resumen de coberturas", "nl": "Dekkingsoverzicht"}[lang], " — ", pol, "\nBuildings: ", n_amount(lang if lang != "en" else "en-GB", 50000, 500000),
                                            "\nContents: ", n_amount(lang if lang != "en" else "en-GB", 5000, 80000), "\nExcess: ", n_amount(lang if lang != "en" else "en-GB", 50, 500), "\nPremium: ", prem, " from ", start,
                                            "\nVehicle: ", n_product(), " ", n_plate({"en": "GB", "de": "DE", "fr": "FR", "it": "IT", "es": "ES", "nl": "NL"}[lang])]
    p = person(lang)
    bl, d = dob(dl)
    if lang == "en":
        p2 = person("en")
        parts = ["POLICY SCHEDULE — Home Insurance\nPolicy number: ", pol, "\nPolicyholder: ", pl_(p, ch(["full", "middle"])), "\nDate of birth: ", bl,
                 "\nInsured address:\n", addr("GB", multi=True), "\nPeriod of cover: ", start, " to ", N(fmt_date(sd + datetime.timedelta(days=364), dl), "end_date"),
                 "\nBuildings sum insured: £350,000   Excess: £250\nNamed persons: ", pl_(p2), "\nPremium: ", prem, " paid by card ", card() if chance(0.4) else n_masked_card()]
    elif lang == "de":
        parts = ["Versicherungsschein Nr. ", pol, "\nVersicherungsnehmer: ", pl_(p), "\nGeburtsdatum: ", bl, "\nAnschrift: ", addr(ch(["DE", "DE", "AT"])),
                 "\nVersicherungsbeginn: ", start, "\nBeitrag: ", prem, " jährlich\nBeitragseinzug von: ", iban("DE") if chance(0.7) else [card(), " (Kreditkarte)"], "\nIhr Ansprechpartner: ", pl_(person("de")),
                 ", ", phone("DE", kind="fixed")]
    elif lang == "fr":
        parts = ["Conditions particulières — Assurance habitation\nContrat n° ", pol, "\nSouscripteur : ", pl_(p, "caps"), "\nNé(e) le : ", bl,
                 "\nAdresse du risque : ", addr("FR"), "\nPrise d'effet : ", start, "\nPrélèvement : ", iban("FR")]
    elif lang == "it":
        parts = ["Polizza RC Auto n. ", pol, "\nContraente: ", pl_(p), "\nCodice fiscale: ", gid("cf", p=p, d=d), "\nResidenza: ", addr("IT"), "\nVeicolo: ",
                 n_plate("IT"), " ", n_product(), "\nDecorrenza: ", start]
    elif lang == "es":
        parts = ["Condiciones particulares — Póliza ", pol, "\nTomador: ", pl_(p), "\nNIF: ", gid("dni"), "\nFecha de nacimiento: ", bl, "\nDomicilio: ", addr("ES"),
                 "\nEfecto: ", start, "\nCuenta de cargo: ", iban("ES")]
    else:
        parts = ["Polisblad ", pol, "\nVerzekeringnemer: ", pl_(p), "\nGeboortedatum: ", bl, "\nAdres: ", addr("NL"), "\nIngangsdatum: ", start,
                 "\nIncasso: ", iban("NL")]
    return "insurance_schedule", lang, parts


# ------------------------------------------------------------ helm values
@tpl(1.0, 0.3, ["en"])
def t_helm_values(clean, lang):
    app = ch(["payments-api", "checkout-web", "ledger-service", "notifier", "crm-sync"])
    head = ["# values-prod.yaml — ", app, " (chart ", n_semver(), ")\nimage:\n  repository: registry.gitlab.com/acme/", app, "\n  tag: \"", n_semver(),
            "\"\n  digest: ", n_digest(), "\nreplicaCount: ", str(R.randint(2, 6)), "\n"]
    if clean:
        return "helm_values", "en", head + ["postgresql:\n  auth:\n    username: ", app.split("-")[0], "\n    existingSecret: ", app, "-db\n    password: ",
                                            n_placeholder(), "\nbackup:\n  schedule: \"", n_cron(), "\"\n  s3:\n    accessKey: ", n_placeholder(),
                                            "\nservice:\n  ports: ", n_port_range(), "\n# podAntiAffinity: see ", n_podname(), "\n"]
    parts = list(head)
    blocks = R.sample(["pg", "redis", "smtp", "s3", "stripe", "slack", "maint", "oidc"], R.randint(3, 5))
    for b in blocks:
        if b == "pg":
            q = chance(0.5)
            pw = sec("password")
            q = q or not pw.value[0].isalnum()      # YAML: a leading & * ! % would not be a plain scalar
            parts += ["postgresql:\n  auth:\n    username: ", app.split("-")[0], "\n    password: ", '"' if q else "", pw, '"' if q else "", "\n"]
        elif b == "redis":
            parts += ["externalRedis:\n  host: ", ip(v6=False), "\n  port: 6379\n  password: ", sec("password", urlsafe=True), "\n"]
        elif b == "smtp":
            p = person("en")
            parts += ["smtp:\n  host: smtp.sendgrid.net\n  user: apikey\n  password: ", sec("sendgrid"), "\n  from: ", email(p), "\n"]
        elif b == "s3":
            parts += ["backup:\n  schedule: \"", n_cron(), "\"\n  s3:\n    accessKeyId: ", sec("aws_access_key_id"), "\n    secretAccessKey: ", sec("aws_secret_access_key"), "\n"]
        elif b == "stripe":
            parts += ["env:\n  STRIPE_SECRET_KEY: ", sec("stripe"), "\n  STRIPE_PUBLISHABLE_KEY: ", n_publishable(), "\n"]
        elif b == "slack":
            parts += ["alerting:\n  slackWebhook: ", sec("slack_webhook"), "\n"]
        elif b == "maint":
            p = person(ch(["en", "de", "nl", "fr"]))
            parts += ["maintainers:\n  - name: ", pl_(p), "\n    email: ", work_email(p, ch(ORG_DOMAINS)), "\n"]
        else:
            parts += ["oidc:\n  issuer: https://login.microsoftonline.com/", n_uuid(), "/v2.0\n  clientId: ", n_uuid(), "\n  clientSecret: ", sec("hex32"), "\n"]
    return "helm_values", "en", parts


# ------------------------------------------------------- ansible inventory
@tpl(1.0, 0.3, ["en"])
def t_ansible_inventory(clean, lang):
    if clean:
        return "ansible_inventory", "en", ["# inventories/prod/hosts.yml\nall:\n  children:\n    web:\n      hosts:\n        web-01.prod.acme.io:\n        web-02.prod.acme.io:\n",
                                           "  vars:\n    ansible_user: deploy\n    ansible_become_pass: \"", N("{{ vault_become_pass }}", "secret_placeholder"),
                                           "\"\n    ntp_pool: 2.europe.pool.ntp.org\n    app_version: ", n_semver(), "\n# group_vars/all/vault.yml\ndb_password: !vault |\n          ",
                                           n_vault(), "\n"]
    if chance(0.5):
        parts = ["# hosts.ini\n[web]\n"]
        for i in range(R.randint(1, 3)):
            parts += ["web-%02d ansible_host=" % (i + 1), ip(v6=False), " ansible_user=deploy\n"]
        parts += ["\n[db]\ndb-01 ansible_host=", ip(v6=chance(0.2)), " ansible_user=postgres ansible_password=", sec("password", urlsafe=True), "\n"]
        if chance(0.5):
            parts += ["\n[all:vars]\nansible_become_pass=", sec("password", urlsafe=True), "\n"]
        if chance(0.5):
            p = person(ch(["en", "de", "nl", "sv"]))
            parts += ["admin_contact=", email(p), "\n"]
        parts += ["ansible_python_interpreter=/usr/bin/python3\n"]
    else:
        p = person(ch(["en", "de", "fr", "nl"]))
        parts = ["# inventory.yml\nall:\n  hosts:\n    bastion:\n      ansible_host: ", ip(v6=False), "\n    monitor:\n      ansible_host: ", ip(),
                 "\n  vars:\n    ansible_user: ops\n    ansible_ssh_pass: ", sec("password", urlsafe=True), "\n    letsencrypt_email: ", email(p),
                 "\n    grafana_admin_password: '", sec("password"), "'\n    github_token: ", sec("github_pat"), "\n"]
    return "ansible_inventory", "en", parts


# ---------------------------------------------------------- terraform state
@tpl(0.8, 0.3, ["en"])
def t_terraform_state(clean, lang):
    head = ['{\n  "version": 4,\n  "terraform_version": "', N("1.%d.%d" % (R.randint(3, 9), R.randint(0, 9)), "version"), '",\n  "serial": ', str(R.randint(3, 300)),
            ',\n  "lineage": "', n_uuid(), '",\n  "resources": [\n']
    res = []
    if clean:
        res.append(['    {\n      "type": "aws_s3_bucket",\n      "name": "assets",\n      "instances": [{"attributes": {"arn": "', n_arn(),
                    '", "bucket": "acme-assets-prod", "id": "acme-assets-prod"}, "sensitive_attributes": []}]\n    }'])
        res.append(['    {\n      "type": "aws_ecr_repository",\n      "name": "api",\n      "instances": [{"attributes": {"image_digest": "', n_digest(),
                    '", "registry_id": "', N(dig(12), "aws_account_id"), '"}}]\n    }'])
    else:
        kinds = R.sample(["db", "key", "inst", "user", "sg"], R.randint(2, 4))
        for k in kinds:
            if k == "db":
                res.append(['    {\n      "type": "aws_db_instance",\n      "name": "main",\n      "instances": [{"attributes": {"engine": "postgres", "username": "dbadmin", "password": "',
                            sec("password", urlsafe=True), '", "arn": "', n_arn(), '"}}]\n    }'])
            elif k == "key":
                res.append(['    {\n      "type": "aws_iam_access_key",\n      "name": "ci",\n      "instances": [{"attributes": {"id": "', sec("aws_access_key_id"),
                            '", "secret": "', sec("aws_secret_access_key"), '", "status": "Active"}}]\n    }'])
            elif k == "inst":
                res.append(['    {\n      "type": "aws_instance",\n      "name": "bastion",\n      "instances": [{"attributes": {"id": "i-0', hexs(16), '", "public_ip": "',
                            ip(v6=False), '", "ipv6_addresses": ["', ip(v6=True), '"]}}]\n    }'])
            elif k == "user":
                p = person(ch(["en", "de", "nl"]))
                res.append(['    {\n      "type": "aws_iam_user",\n      "name": "', fold(p.first()).lower(), '",\n      "instances": [{"attributes": {"name": "', fold(p.first()).lower(),
                            '", "tags": {"Owner": "', work_email(p, ch(ORG_DOMAINS)), '", "FullName": "', pl_(p), '"}}}]\n    }'])
            else:
                res.append(['    {\n      "type": "aws_security_group_rule",\n      "name": "office",\n      "instances": [{"attributes": {"cidr_blocks": ["', ip(v6=False),
                            '/32"], "from_port": 22}}]\n    }'])
    parts = list(head)
    for i, r in enumerate(res):
        parts += r + ([",\n"] if i < len(res) - 1 else ["\n"])
    parts += ["  ]\n}"]
    return "terraform_state", "en", parts


# ------------------------------------------------------------------ CI log
CLOCK = [None]


def gh_ts():
    """GitHub Actions line prefix; the clock advances within a record."""
    if CLOCK[0] is None:
        d = rdate(2025, 2025)
        CLOCK[0] = datetime.datetime(d.year, d.month, d.day, R.randint(0, 22), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999))
    CLOCK[0] += datetime.timedelta(microseconds=R.randint(20000, 9000000))
    return CLOCK[0].strftime("%Y-%m-%dT%H:%M:%S.%f") + "0Z "


@tpl(1.2, 0.35, ["en"])
def t_ci_log(clean, lang):
    CLOCK[0] = None
    gh = chance(0.55)
    if gh:
        t = gh_ts()
        parts = [t, "##[group]Run actions/checkout@v4\n", t, "Syncing repository: acme/", ch(["shop", "infra", "docs-site", "mobile-app"]), "\n", t,
                 "HEAD is now at ", n_gitsha(True), " ", ch(["fix: retry on 503", "chore(deps): bump axios", "feat: add invoices export"]), "\n", t, "##[endgroup]\n"]
    else:
        parts = ["Running with gitlab-runner ", n_semver(), " (", n_gitsha(True), ")\n  on docker-runner-0", str(R.randint(1, 9)), " ", upp(8, C.ALNUM),
                 ", system ID: s_", N(hexs(12), "runner_id"), "\nPreparing the \"docker\" executor\nUsing docker image ", n_digest(), " for node:20-alpine ...\n"]
    if clean:
        t = gh_ts() if gh else ""
        parts += [t, "NODE_AUTH_TOKEN: ", N("***", "masked_secret"), "\n", t, "npm notice Publishing ", n_semver(), " to https://registry.npmjs.org/\n", t,
                  "Build ", n_build4(), " took ", N("%dm %ds" % (R.randint(0, 9), R.randint(0, 59)), "duration"), "\n", t, "Cache key: node-", n_sha256(), "\n",
                  t, "Job finished at ", n_timestamp(), "\n"]
        return "ci_log", "en", parts
    evs = R.sample(["echo", "author", "ssh", "curl", "env", "dsn", "pem"], R.randint(2, 4))
    for e in evs:
        t = gh_ts() if gh else ""
        if e == "echo":
            k = ch(["aws_secret_access_key", "npm_token", "gitlab_pat", "openai", "anthropic"])
            v = C.secret_random(R, k)
            parts += [t, "$ echo \"debug: token=", L("secret", v, sub=k), "\"\n", gh_ts() if gh else "", "debug: token=", L("secret", v, sub=k), "\n"]
        elif e == "author":
            p = person(ch(["en", "de", "fr", "nl", "es", "it", "pt", "pl"]))
            parts += [t, "$ git log -1 --format='%an <%ae>'\n", gh_ts() if gh else "", pl_(p), " <", email(p) if chance(0.5) else work_email(p, ch(ORG_DOMAINS)), ">\n"]
        elif e == "ssh":
            host = ip()
            parts += [t, "$ ssh -o StrictHostKeyChecking=no deploy@", host, " 'sudo systemctl restart app'\n", gh_ts() if gh else "", "Warning: Permanently added '",
                      L("ip", host.value, sub=host.meta["sub"]), "' (ED25519) to the list of known hosts.\n"]
        elif e == "curl":
            parts += [t, "+ curl -sf -H \"Authorization: token ", sec(ch(["github_pat", "github_fine_grained"])), "\" https://api.github.com/repos/acme/shop/releases\n"]
        elif e == "pem":
            parts += [t, "$ cat \"$SSH_KEY_FILE\"   # debugging why the deploy key is rejected\n", sec("pem"), "\n"]
        elif e == "env":
            parts += [t, "SLACK_WEBHOOK_URL=", sec("slack_webhook"), "\n", t, "GITHUB_TOKEN: ", N("***", "masked_secret"), "\n"]
        else:
            parts += [t, "psql: error: connection to server at \"db.internal\" (", ip(v6=False), "), port 5432 failed: FATAL: password authentication failed for user \"ci\"\n",
                      t, "  DATABASE_URL=postgres://ci:", sec("password", urlsafe=True), "@db.internal:5432/test\n"]
    parts += [(gh_ts() if gh else ""), "##[error]Process completed with exit code 1.\n" if gh else "ERROR: Job failed: exit code 1\n"]
    return "ci_log", "en", parts


# ------------------------------------------------------------ sentry event
@tpl(1.0, 0.3, ["en"])
def t_sentry_event(clean, lang):
    lang_ = ch(["py", "js", "java"])
    if lang_ == "py":
        tb = ["Traceback (most recent call last):\n  File \"/app/shop/views.py\", line ", str(R.randint(20, 400)), ", in checkout\n    charge = gateway.charge(order, card)\n",
              "  File \"/app/shop/payments.py\", line ", str(R.randint(20, 200)), ", in charge\n    raise PaymentDeclined(resp[\"code\"])\nshop.payments.PaymentDeclined: do_not_honor\n"]
    elif lang_ == "js":
        tb = ["TypeError: Cannot read properties of undefined (reading 'address')\n    at formatShipping (webpack:///./src/checkout/summary.ts:", str(R.randint(10, 300)),
              ":17)\n    at renderSummary (webpack:///./src/checkout/index.ts:", str(R.randint(10, 300)), ":5)\n"]
    else:
        tb = ["java.lang.IllegalStateException: duplicate customer record\n\tat com.acme.crm.CustomerService.merge(CustomerService.java:", str(R.randint(20, 500)),
              ")\n\tat com.acme.crm.api.CustomerController.update(CustomerController.java:", str(R.randint(20, 200)), ")\n"]
    meta = ["\nEvent ID: ", n_event_id(), "\nRelease: ", n_semver(), "\nTimestamp: ", n_timestamp(), "\n"]
    if clean:
        return "sentry_event", "en", tb + meta + ["Request: POST https://shop.acme.io/api/checkout\nHeaders:\n  Authorization: ", N("[Filtered]", "masked_secret"),
                                                 "\n  User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/", n_build4("chrome"), "\nUser: id=", str(R.randint(1000, 99999)),
                                                 " email=", N("[Filtered]", "masked_value"), "\n"]
    p = person(ch(["en", "de", "fr", "es", "it", "nl", "pt"]))
    body = []
    fields = R.sample(["email", "name", "phone", "address"], R.randint(1, 3)) + (["card"] if chance(0.7) else [])
    for i, f in enumerate(fields):
        v = {"email": email(p), "name": pl_(p), "phone": tel(p.lang, foreign=0.0, style="e164"), "card": card(sep=""),
             "address": addr(country_of(p.lang))}[f]
        body += ['"', f, '": "', v, '"'] + ([", "] if i < len(fields) - 1 else [])
    parts = tb + meta + ["Request: POST https://shop.acme.io/api/checkout\nHeaders:\n  Authorization: Bearer ", sec("jwt"), "\n  X-Forwarded-For: ", ip(),
                         "\nBody: {"] + body + ["}\nUser: id=", str(R.randint(1000, 99999)), " ip_address=", ip(v6=False), "\n"]
    return "sentry_event", "en", parts


# ------------------------------------------------------------- HAR export
@tpl(1.0, 0.3, ["en"])
def t_har_export(clean, lang):
    ts = n_timestamp()
    if clean:
        return "har_export", "en", ['{"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},\n "entries": [{"startedDateTime": "', ts,
                                    '",\n  "request": {"method": "GET", "url": "https://cdn.acme.io/static/app.', hexs(8), '.js", "headers": [{"name": "If-None-Match", "value": "W/\\"',
                                    N(hexs(32), "etag"), '\\""}]},\n  "response": {"status": 304, "headers": [{"name": "x-request-id", "value": "', n_uuid(), '"}]}}]}}']
    if chance(0.4):
        p = person(ch(["en", "de", "fr", "es", "it", "nl", "pt"]))
        c = card(sep=ch(["", " "]))
        return "har_export", "en", ['{"log": {"version": "1.2", "entries": [{"startedDateTime": "', ts, '",\n  "request": {"method": "POST", "url": "https://checkout.acme.io/api/pay",\n',
                                    '   "postData": {"mimeType": "application/json", "text": "{\\"cardholder\\":\\"', pl_(p, ch(["full", "upper"])), '\\",\\"number\\":\\"', c,
                                    '\\",\\"exp\\":\\"', N(card_expiry(), "expiry_date"), '\\",\\"cvc\\":\\"', N(dig(3), "cvc"), '\\"}"}},\n',
                                    '  "response": {"status": 402, "content": {"text": "{\\"error\\":\\"card_declined\\"}"}},\n  "serverIPAddress": "', ip(), '"}]}}']
    if chance(0.6):
        p = person(ch(["en", "de", "fr", "es", "it", "nl", "pt"]))
        auth = ch(["Bearer ", "token "])
        tok = sec(ch(["jwt", "github_pat", "openai", "stripe"]))
        body = ['{\\"firstName\\":\\"', L("person", p.given), '\\",\\"lastName\\":\\"', L("person", p.family), '\\",\\"email\\":\\"', email(p), '\\",\\"phone\\":\\"',
                tel(p.lang, foreign=0.0, style="e164"), '\\"}']
        return "har_export", "en", ['{"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "', n_semver(), '"},\n "entries": [{"startedDateTime": "', ts,
                                    '",\n  "request": {"method": "POST", "url": "https://api.acme.io/v2/customers",\n   "headers": [{"name": "Authorization", "value": "', auth, tok,
                                    '"}, {"name": "Content-Type", "value": "application/json"}],\n   "postData": {"mimeType": "application/json", "text": "'] + body + \
            ['"}},\n  "response": {"status": 201},\n  "serverIPAddress": "', ip(), '"}]}}']
    # Postman collection export
    return "har_export", "en", ['{\n  "info": {"_postman_id": "', n_uuid(), '", "name": "Billing API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},\n',
                                '  "auth": {"type": "apikey", "apikey": [{"key": "value", "value": "', sec(ch(["sendgrid", "twilio", "google_api_key", "hex32"])),
                                '"}, {"key": "key", "value": "X-API-Key"}]},\n  "variable": [\n    {"key": "baseUrl", "value": "https://', ip(v6=False), ':8443"},\n',
                                '    {"key": "adminUser", "value": "', email(person(ch(["en", "de", "nl"]))), '"},\n    {"key": "adminPassword", "value": "', sec("password"), '"}\n  ]\n}']


# ------------------------------------------------------------- wiki table
@tpl(1.0, 0.35, ["en", "de", "nl", "fr"])
def t_wiki_table(clean, lang):
    if clean:
        hdr = {"en": "## Services", "de": "## Dienste", "nl": "## Diensten", "fr": "## Services"}[lang]
        rows = ["| Service | Owner team | Port | Version | Runbook |\n|---|---|---|---|---|\n"]
        for _ in range(R.randint(3, 5)):
            rows += ["| ", ch(["billing-worker", "search-indexer", "auth-gateway", "pdf-renderer"]), " | ", ch(["Team Falcon", "Payments", "Platform", "Growth"]),
                     " | ", str(R.choice([8080, 8443, 9090, 5432])), " | ", n_semver(), " | [link](https://wiki.acme.io/runbooks/", hexs(6), ") |\n"]
        return "wiki_table", lang, [hdr, "\n\n"] + rows + ["\nLast reviewed ", ndate(lang if lang != "en" else "en-GB", "review_date", 2025, 2025), " · cron ", n_cron()]
    if chance(0.5):
        hdr = {"en": ("## On-call rota — Q%d" % R.randint(1, 4), ["Week", "Primary", "Secondary", "Phone (primary)"]),
               "de": ("## Rufbereitschaft Q%d" % R.randint(1, 4), ["KW", "Primär", "Vertretung", "Mobil (primär)"]),
               "nl": ("## Piketdienst Q%d" % R.randint(1, 4), ["Week", "Primair", "Backup", "Mobiel (primair)"]),
               "fr": ("## Astreinte T%d" % R.randint(1, 4), ["Semaine", "Principal", "Suppléant", "Portable (principal)"])}[lang]
        parts = [hdr[0], "\n\n| " + " | ".join(hdr[1]) + " |\n|---|---|---|---|\n"]
        w = R.randint(1, 40)
        for i in range(R.randint(2, 5)):
            a, b = person(lang), person(lang)
            parts += ["| ", str(w + i), " | ", pl_(a, ch(["full", "given"])), " | ", pl_(b, ch(["full", "given"])), " | ", tel(lang, foreign=0.05), " |\n"]
        esc = person(lang)
        parts += ["\nEscalation: ", pl_(esc), " (", work_email(esc, ch(ORG_DOMAINS)), ")"]
        return "wiki_table", lang, parts
    hdr = {"en": ("## Site contacts — ", ["Area", "Name", "Ext.", "Mobile", "Email"]),
           "de": ("## Ansprechpartner Standort ", ["Bereich", "Name", "Durchwahl", "Mobil", "E-Mail"]),
           "nl": ("## Contactpersonen vestiging ", ["Afdeling", "Naam", "Toestel", "Mobiel", "E-mail"]),
           "fr": ("## Contacts du site de ", ["Service", "Nom", "Poste", "Portable", "Email"])}[lang]
    parts = [hdr[0], n_city(lang), "\n\n| " + " | ".join(hdr[1]) + " |\n|---|---|---|---|---|\n"]
    dom = ch(ORG_DOMAINS)
    for _ in range(R.randint(2, 5)):
        p = person(lang)
        parts += ["| ", ch({"en": ["IT", "HR", "Facilities", "Finance", "Reception"], "de": ["IT", "Personal", "Empfang", "Buchhaltung", "Lager"],
                                   "nl": ["ICT", "HR", "Receptie", "Logistiek", "Financiën"], "fr": ["Informatique", "RH", "Accueil", "Comptabilité", "Logistique"]}[lang]), " | ", pl_(p, ch(["full", "rev"])), " | ", N("-" + dig(3), "extension"), " | ",
                  tel(lang, foreign=0.0) if chance(0.8) else "—", " | ", work_email(p, dom), " |\n"]
    return "wiki_table", lang, parts


# -------------------------------------------------------- LinkedIn thread
LI = {
    "en": ("Hi {b}, I came across your profile and think you'd be a great fit for a {role} role with our client in {city}. Would you be open to a quick call this week?{dl}",
           " My direct line is {ph}.", "Hi {a}, thanks for reaching out! Happy to chat — {ctc}", "best to email me at {em}.", "you can call me on {ph}.",
           "Great, I've sent an invite for {d}. Speak then!", "Senior Recruiter at {org}", "2nd", "You"),
    "de": ("Hallo {b}, ich bin auf Ihr Profil gestoßen und hätte eine spannende Position als {role} in {city}. Hätten Sie Zeit für ein kurzes Telefonat?{dl}",
           " Meine Durchwahl: {ph}.", "Hallo {a}, danke für die Nachricht! Gerne – {ctc}", "am besten per Mail an {em}.", "erreichbar unter {ph}.",
           "Super, die Einladung für den {d} ist raus.", "Talent Acquisition bei {org}", "2.", "Sie"),
    "fr": ("Bonjour {b}, votre profil a retenu mon attention pour un poste de {role} à {city}. Seriez-vous disponible pour un court échange ?{dl}",
           " Ma ligne directe : {ph}.", "Bonjour {a}, merci pour votre message ! Avec plaisir — {ctc}", "écrivez-moi à {em}.", "appelez-moi au {ph}.",
           "Parfait, je vous envoie une invitation pour le {d}.", "Chargée de recrutement chez {org}", "2e", "Vous"),
    "es": ("Hola {b}, he visto tu perfil y encajarías muy bien en un puesto de {role} en {city}. ¿Te viene bien una llamada corta?{dl}",
           " Mi teléfono directo: {ph}.", "Hola {a}, ¡gracias por escribir! Claro — {ctc}", "mejor por correo a {em}.", "llámame al {ph}.",
           "Perfecto, te envío la invitación para el {d}.", "Recruiter en {org}", "2.º", "Tú"),
    "it": ("Ciao {b}, ho visto il tuo profilo e avrei una posizione da {role} a {city}. Ti andrebbe una breve chiamata?{dl}",
           " Il mio numero diretto: {ph}.", "Ciao {a}, grazie del messaggio! Volentieri — {ctc}", "scrivimi a {em}.", "chiamami al {ph}.",
           "Perfetto, ti ho mandato l'invito per il {d}.", "Talent Acquisition presso {org}", "2°", "Tu"),
    "nl": ("Hoi {b}, ik kwam je profiel tegen en heb een mooie functie als {role} in {city}. Zin in een kort belletje?{dl}",
           " Mijn directe nummer: {ph}.", "Hoi {a}, bedankt voor je bericht! Graag — {ctc}", "mail me op {em}.", "bel me op {ph}.",
           "Top, ik heb een uitnodiging gestuurd voor {d}.", "Recruiter bij {org}", "2e", "Jij"),
    "pt": ("Olá {b}, vi o seu perfil e tenho uma vaga de {role} em {city}. Podemos conversar rapidamente?{dl}",
           " Meu telefone direto: {ph}.", "Olá {a}, obrigado pelo contato! Claro — {ctc}", "me escreva em {em}.", "me ligue no {ph}.",
           "Ótimo, enviei o convite para {d}.", "Recrutadora na {org}", "2º", "Você"),
}


@tpl(1.0, 0.28, ["en", "de", "fr", "es", "it", "nl", "pt", "in"])
def t_linkedin_thread(clean, lang):
    m1, dl, m2, em_f, ph_f, m3, title, deg, you = LI["en" if lang == "in" else lang]
    d = ndate(lang if lang != "en" else "en-GB", "meeting_date", 2025, 2026)
    if clean:
        post = {"en": "Thrilled to share that {org} just shipped {v}! Huge thanks to the whole team in {pl}. We're hiring — see the careers page. #hiring",
                "de": "Stolz: {org} hat {v} veröffentlicht! Danke an das Team in {pl}. Wir stellen ein. #hiring",
                "fr": "Fiers d'annoncer que {org} a livré la {v} ! Merci à l'équipe de {pl}. On recrute. #hiring",
                "es": "¡{org} acaba de lanzar la {v}! Gracias al equipo de {pl}. Estamos contratando. #empleo",
                "it": "{org} ha appena rilasciato la {v}! Grazie al team di {pl}. Assumiamo! #lavoro",
                "nl": "Trots: {org} heeft {v} uitgebracht! Dank aan het team in {pl}. We zoeken collega's. #vacature",
                "pt": "A {org} acabou de lançar a {v}! Obrigado à equipe de {pl}. Estamos contratando. #vagas"}["en" if lang == "in" else lang]
        return "linkedin_thread", lang, F(post, org=n_org(), v=n_semver(), pl=n_place()) + ["\n", N(str(R.randint(20, 900)), "count"), " reactions · ", d]
    a, b = person(lang), person(lang)
    role = ch(ROLES.get(lang, ROLES["en"]))
    t1 = N("%d:%02d" % (R.randint(8, 18), R.randint(0, 59)), "time")
    parts = [pl_(a), " • ", deg, "\n", F(title, org=n_org()), "\n", t1, "\n",
             F(m1, b=pl_(b, "given"), role=role, city=n_city(lang), dl=F(dl, ph=tel(lang)) if chance(0.5) else None), "\n\n",
             pl_(b), " • ", you, "\n", N("%d:%02d" % (R.randint(8, 20), R.randint(0, 59)), "time"), "\n",
             F(m2, a=pl_(a, "given"), ctc=F(em_f, em=email(b)) if chance(0.6) else F(ph_f, ph=tel(lang))), "\n\n", pl_(a), "\n", F(m3, d=d)]
    return "linkedin_thread", lang, parts


# ---------------------------------------------------------------- forum post
FORUM_INTRO = {"en": ("Re: [SOLVED] {app}: database connection failed", "Here's my config, what am I missing?", "Edit: yes I know I pasted my password, will change it."),
               "de": ("Re: [GELÖST] {app}: Datenbankverbindung schlägt fehl", "Hier meine Config, was fehlt?", "Edit: ja, Passwort ändere ich gleich."),
               "fr": ("Re: [RÉSOLU] {app} : connexion à la base impossible", "Voici ma config, qu'est-ce qui cloche ?", "Edit : oui j'ai collé mon mot de passe, je le change."),
               "es": ("Re: [SOLUCIONADO] {app}: falla la conexión a la base de datos", "Esta es mi config, ¿qué falla?", "Edit: sí, ya cambio la contraseña."),
               "it": ("Re: [RISOLTO] {app}: connessione al database fallita", "Ecco la mia config, cosa manca?", "Edit: sì, cambio subito la password."),
               "nl": ("Re: [OPGELOST] {app}: databaseverbinding mislukt", "Dit is mijn config, wat mis ik?", "Edit: ja, wachtwoord pas ik zo aan."),
               "pt": ("Re: [RESOLVIDO] {app}: falha na conexão com o banco", "Segue minha config, o que falta?", "Edit: sim, vou trocar a senha."),
               "pl": ("Re: [ROZWIĄZANE] {app}: błąd połączenia z bazą", "Oto mój config, czego brakuje?", "Edit: wiem, zaraz zmienię hasło."),
               "cs": ("Re: [VYŘEŠENO] {app}: nelze se připojit k databázi", "Tady je můj config, co chybí?", "Edit: heslo hned změním."),
               "tr": ("Re: [ÇÖZÜLDÜ] {app}: veritabanı bağlantısı başarısız", "Config dosyam bu, eksik ne?", "Edit: şifreyi hemen değiştiriyorum."),
               "fi": ("Re: [RATKAISTU] {app}: tietokantayhteys epäonnistuu", "Tässä konfiguraatio, mikä puuttuu?", "Edit: vaihdan salasanan heti."),
               "sv": ("Re: [LÖST] {app}: databasanslutning misslyckas", "Här är min config, vad saknas?", "Edit: byter lösenordet direkt."),
               "da": ("Re: [LØST] {app}: databaseforbindelse fejler", "Her er min config, hvad mangler?", "Edit: skifter adgangskoden nu.")}
MY_PW = {"en": "my password is", "de": "mein Passwort ist", "fr": "mon mot de passe est", "es": "mi contraseña es", "it": "la mia password è",
         "nl": "mijn wachtwoord is", "pt": "minha senha é", "pl": "moje hasło to", "cs": "moje heslo je", "tr": "şifrem", "fi": "salasanani on",
         "sv": "mitt lösenord är", "da": "min adgangskode er"}
CHARGE = {"en": "{brand} charged {amt} twice on {d}, card {card}. The bank says to wait five days. Anyone had this?",
          "de": "{brand} hat am {d} zweimal {amt} abgebucht, Karte {card}. Die Bank sagt, ich soll fünf Tage warten. Kennt das jemand?",
          "fr": "{brand} m'a débité {amt} deux fois le {d}, carte {card}. La banque dit d'attendre cinq jours. Quelqu'un a eu ça ?",
          "es": "{brand} me cobró {amt} dos veces el {d}, tarjeta {card}. El banco dice que espere cinco días. ¿Os ha pasado?",
          "it": "{brand} mi ha addebitato {amt} due volte il {d}, carta {card}. La banca dice di aspettare cinque giorni. Capitato anche a voi?",
          "nl": "{brand} heeft op {d} twee keer {amt} afgeschreven, kaart {card}. De bank zegt vijf dagen wachten. Iemand ervaring?",
          "pt": "A {brand} cobrou {amt} duas vezes em {d}, cartão {card}. O banco diz para esperar cinco dias. Alguém passou por isto?",
          "pl": "{brand} pobrał {amt} dwa razy {d}, karta {card}. Bank każe czekać pięć dni. Ktoś miał tak?",
          "cs": "{brand} mi {d} strhl {amt} dvakrát, karta {card}. Banka říká počkat pět dní. Máte s tím zkušenost?",
          "tr": "{brand} {d} tarihinde {amt} iki kez çekti, kart {card}. Banka beş gün bekle diyor. Yaşayan var mı?",
          "fi": "{brand} veloitti {amt} kahdesti {d}, kortti {card}. Pankki käskee odottaa viisi päivää. Onko kellään kokemusta?",
          "sv": "{brand} drog {amt} två gånger den {d}, kort {card}. Banken säger vänta fem dagar. Någon som varit med om det?",
          "da": "{brand} trak {amt} to gange den {d}, kort {card}. Banken siger vent fem dage. Nogen der har prøvet det?"}
ROUTER = {"en": "Can't log in to the router admin page at home, {mp} {pw} and it says invalid. Firmware {v}.",
          "de": "Komme nicht ins Router-Menü, {mp} {pw} und es heißt ungültig. Firmware {v}.",
          "fr": "Impossible d'accéder à la box, {mp} {pw} et ça dit invalide. Firmware {v}.",
          "es": "No puedo entrar al router, {mp} {pw} y dice que no es válida. Firmware {v}.",
          "it": "Non riesco ad entrare nel router, {mp} {pw} ma dice non valida. Firmware {v}.",
          "nl": "Kan niet inloggen op de router, {mp} {pw} maar hij zegt ongeldig. Firmware {v}.",
          "pt": "Não consigo entrar no roteador, {mp} {pw} e diz inválida. Firmware {v}.",
          "pl": "Nie mogę zalogować się do routera, {mp} {pw} i pisze, że błędne. Firmware {v}.",
          "cs": "Nemůžu se přihlásit do routeru, {mp} {pw} a píše neplatné. Firmware {v}.",
          "tr": "Modem arayüzüne giremiyorum, {mp} {pw} ama geçersiz diyor. Firmware {v}.",
          "fi": "En pääse reitittimen hallintaan, {mp} {pw} mutta se sanoo virheellinen. Firmware {v}.",
          "sv": "Kommer inte in i routern, {mp} {pw} men det står ogiltigt. Firmware {v}.",
          "da": "Kan ikke logge ind på routeren, {mp} {pw} men den siger ugyldig. Firmware {v}."}
LOST = {"en": "Lost cat near {place}: grey tabby, answers to {pet}. If you see her please call me on {ph}. Thanks, {g}",
        "de": "Katze entlaufen, Nähe {place}: grau getigert, hört auf {pet}. Bitte melden unter {ph}. Danke, {g}",
        "fr": "Chat perdu vers {place} : tigré gris, répond au nom de {pet}. Appelez-moi au {ph}. Merci, {g}",
        "es": "Gato perdido cerca de {place}: atigrado gris, se llama {pet}. Llamadme al {ph}. Gracias, {g}",
        "it": "Gatto smarrito vicino a {place}: tigrato grigio, si chiama {pet}. Chiamatemi al {ph}. Grazie, {g}",
        "nl": "Kat vermist bij {place}: grijs gestreept, luistert naar {pet}. Bel me op {ph}. Dank, {g}",
        "pt": "Gato perdido perto de {place}: cinzento tigrado, chama-se {pet}. Liguem para {ph}. Obrigado, {g}",
        "pl": "Zaginął kot w okolicy {place}: szary pręgowany, wabi się {pet}. Proszę dzwonić: {ph}. Dzięki, {g}",
        "cs": "Ztratila se kočka u {place}: šedá mourovatá, slyší na {pet}. Volejte {ph}. Díky, {g}",
        "tr": "{place} yakınında kedi kayboldu: gri tekir, adı {pet}. Görürseniz {ph} numarasını arayın. Teşekkürler, {g}",
        "fi": "Kissa kadonnut {place} lähellä: harmaa tiikeri, nimeltään {pet}. Soita {ph}. Kiitos, {g}",
        "sv": "Katt försvunnen nära {place}: grå tigrerad, heter {pet}. Ring {ph}. Tack, {g}",
        "da": "Kat bortløbet ved {place}: grå tiger, hedder {pet}. Ring på {ph}. Tak, {g}"}
GENEA_Q = {"en": "Looking for descendants of {p}, born {dob} in {town}, emigrated in {y}. Please email {em}.",
           "de": "Suche Nachfahren von {p}, geboren am {dob} in {town}, ausgewandert {y}. Bitte Mail an {em}.",
           "nl": "Op zoek naar nazaten van {p}, geboren {dob} te {town}, geëmigreerd in {y}. Mail naar {em}.",
           "fr": "Je recherche les descendants de {p}, né(e) le {dob} à {town}, émigré(e) en {y}. Écrire à {em}.",
           "it": "Cerco discendenti di {p}, nato/a il {dob} a {town}, emigrato/a nel {y}. Scrivete a {em}.",
           "pl": "Szukam potomków {p}, ur. {dob} w {town}, wyemigrował(a) w {y}. Proszę pisać: {em}.",
           "sv": "Söker ättlingar till {p}, född {dob} i {town}, emigrerade {y}. Mejla {em}.",
           "da": "Søger efterkommere af {p}, født {dob} i {town}, udvandrede {y}. Skriv til {em}."}


for _d in (FORUM_INTRO, MY_PW, ROUTER, LOST, CHARGE):
    _d["in"] = _d["en"]


@tpl(1.3, 0.3, ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "cs", "tr", "fi", "sv", "da", "in"])
def t_forum_post(clean, lang):
    head = N(ch(["tux", "k3rnel", "homelab", "nerd", "pixel"]) + "_" + str(R.randint(1, 999)), "username")
    when = n_timestamp()
    app = ch(["Nextcloud", "Gitea", "Home Assistant", "Matomo", "Paperless-ngx"])
    if clean:
        return "forum_post", lang, [F(FORUM_INTRO[lang][0], app=app), "\n", head, " » ", when, "\n\n", app, " ", n_semver(), ", PHP ", N("8.2.%d" % R.randint(0, 20), "version"),
                                    ", error ", N("SQLSTATE[HY000] [2002]", "error_code"), ", commit ", n_gitsha(), ", container ", n_digest(), "\n", n_nameword(lang)]
    kind = ch(["config", "config", "router", "lost", "genea", "charge"])
    if kind == "genea" and lang not in GENEA_Q:
        kind = "config"
    if kind == "config":
        intro, ask, edit = FORUM_INTRO[lang]
        cfg = ch(["php", "env", "yaml", "code"])
        if cfg == "php":
            body = ["'dbhost' => '", ip(v6=False), "',\n'dbuser' => 'nextcloud',\n'dbpassword' => '", sec("password"), "',\n'mail_smtppassword' => '",
                    sec("password"), "',\n"]
        elif cfg == "env":
            body = ["DB_HOST=", ip(v6=False), "\nDB_PASSWORD=", sec("password"), "\nSECRET_KEY=", sec("hex32"), "\n"]
        elif cfg == "code":
            k = ch(["openai", "anthropic", "stripe", "google_api_key", "twilio"])
            body = ch([["import os\nfrom client import Api\n\napi = Api(key=\"", sec(k), "\", host=\"", ip(v6=False), "\")\n"],
                       ["const client = require('sdk')({ apiKey: '", sec(k), "', timeout: 5000 });\nclient.setProxy('http://", ip(v6=False), ":3128');\n"]])
        else:
            body = ["database:\n  host: ", ip(), "\n  password: \"", sec("password"), "\"\nadmin_email: ", email(person(lang)), "\n"]
        return "forum_post", lang, [F(intro, app=app), "\n", head, " » ", when, "\n\n", ask, "\n```\n"] + body + ["```\n", edit]
    if kind == "charge":
        return "forum_post", lang, [head, " » ", when, "\n\n"] + F(CHARGE[lang], brand=n_brand(), card=card(), d=ndate(lang if lang != "en" else "en-GB", "payment_date", 2025, 2025),
                                                                  amt=n_amount(lang if lang != "en" else "en-GB", 10, 300))
    if kind == "router":
        return "forum_post", lang, [head, " » ", when, "\n\n"] + F(ROUTER[lang], mp=MY_PW[lang], pw=sec("password"), v=n_semver())
    if kind == "lost":
        p = person(lang)
        return "forum_post", lang, [head, " » ", when, "\n\n"] + F(LOST[lang], place=n_place(), pet=N(ch(["Mochi", "Pixel", "Nala", "Simba", "Grizzly"]), "pet_name"),
                                                                  ph=tel(lang, foreign=0.0), g=pl_(p, "given"))
    p = person(lang)
    return "forum_post", lang, [head, " » ", when, "\n\n"] + F(GENEA_Q[lang], p=pl_(p), dob=dob(lang if lang != "en" else "en-GB", 1850, 1920)[0],
                                                              town=n_city(lang), y=str(R.randint(1880, 1939)), em=email(person(lang)))


# ---------------------------------------------------------- customer review
REV = {"en": ("Reviewed in the United Kingdom on {d}", ["Ask for {g}, sorted everything in ten minutes.", "{full} at the front desk was brilliant.",
                                                       "Thanks to {g} for fixing my {prod}!"], "Response from the owner: Thank you! — {own}, manager"),
       "de": ("Bewertet in Deutschland am {d}", ["Frau {formal} hat uns super beraten.", "Danke an {g} für die schnelle Reparatur meines {prod}!",
                                                 "{full} an der Kasse war sehr freundlich."], "Antwort des Inhabers: Vielen Dank! — {own}"),
       "fr": ("Avis publié en France le {d}", ["Merci à {g} pour son accueil.", "{full} nous a très bien conseillés.", "Demandez {g}, il connaît tout sur le {prod}."],
              "Réponse du propriétaire : Merci beaucoup ! — {own}"),
       "es": ("Opinión publicada en España el {d}", ["Preguntad por {g}, un crack.", "{full} nos atendió genial.", "Gracias a {g} por arreglar mi {prod}."],
              "Respuesta del propietario: ¡Gracias! — {own}"),
       "it": ("Recensito in Italia il {d}", ["Chiedete di {g}, gentilissima.", "{full} ci ha seguiti benissimo.", "Grazie a {g} per il {prod}!"],
              "Risposta del titolare: Grazie mille! — {own}"),
       "nl": ("Beoordeeld in Nederland op {d}", ["Vraag naar {g}, top geholpen.", "{full} was erg behulpzaam.", "Dank aan {g} voor de reparatie van mijn {prod}."],
              "Reactie van de eigenaar: Dank je wel! — {own}"),
       "pt": ("Avaliado em Portugal a {d}", ["Perguntem por {g}, impecável.", "{full} foi impecável no atendimento.", "Obrigado, {g}, pelo {prod}!"],
              "Resposta do proprietário: Obrigado! — {own}"),
       "pl": ("Opinia z {d}", ["Pytajcie o {g}, świetna obsługa.", "{full} bardzo pomógł.", "Dzięki {g} za naprawę {prod}!"], "Odpowiedź właściciela: Dziękujemy! — {own}"),
       "tr": ("{d} tarihinde değerlendirildi", ["{g} çok yardımcı oldu.", "{full} harika ilgilendi.", "{prod} tamiri için {g} teşekkürler!"],
              "İşletme sahibinin yanıtı: Teşekkürler! — {own}")}
REV_BODY = {"en": ["Great service, my {prod} was ready the next day.", "Rose gold case exactly as pictured.", "Parking behind the shop, easy access."],
            "de": ["Super Service, mein {prod} war am nächsten Tag fertig.", "Lieferung pünktlich, Verpackung top.", "Parkplätze hinter dem Laden."],
            "fr": ["Service rapide, mon {prod} était prêt le lendemain.", "Livraison à l'heure.", "Parking facile derrière la boutique."],
            "es": ["Servicio rápido, mi {prod} listo al día siguiente.", "Envío puntual.", "Fácil aparcar detrás."],
            "it": ["Servizio veloce, il mio {prod} pronto il giorno dopo.", "Consegna puntuale.", "Parcheggio comodo."],
            "nl": ["Snelle service, mijn {prod} was de volgende dag klaar.", "Netjes op tijd geleverd.", "Makkelijk parkeren."],
            "pt": ["Serviço rápido, o meu {prod} ficou pronto no dia seguinte.", "Entrega pontual.", "Estacionamento fácil."],
            "pl": ["Szybko, mój {prod} był gotowy następnego dnia.", "Dostawa na czas.", "Łatwo zaparkować."],
            "tr": ["Hızlı servis, {prod} ertesi gün hazırdı.", "Teslimat zamanında.", "Park etmek kolay."]}


REV["in"] = ("Reviewed in India on {d}", REV["en"][1], REV["en"][2])
REV_BODY["in"] = REV_BODY["en"]


@tpl(1.2, 0.45, ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "tr", "in"])
def t_customer_review(clean, lang):
    hdr, staff, reply = REV[lang]
    stars = ch(["★★★★★", "★★★★☆", "★★★☆☆", "★★☆☆☆"])
    d = ndate(lang if lang != "en" else "en-GB", "review_date", 2024, 2025)
    title = ch({"en": ["Great", "Top service", "Disappointing"], "in": ["Value for money", "Superb service"], "de": ["Sehr gut", "Top!", "Naja"], "fr": ["Parfait", "Déçu"], "es": ["Genial", "Regular"],
                "it": ["Ottimo", "Così così"], "nl": ["Prima", "Top!"], "pt": ["Excelente", "Razoável"], "pl": ["Polecam", "Średnio"],
                "tr": ["Harika", "İdare eder"]}[lang])
    body = F(ch(REV_BODY[lang]), prod=n_product())
    parts = [stars, " ", title, "\n", F(hdr, d=d), "\n", body, " "]
    if clean:
        return "customer_review", lang, parts + [ch([n_brand, n_place, n_art, lambda: n_nameword(lang)])(), " ", n_order()]
    s = person(lang)
    parts += F(ch(staff), g=pl_(s, "given"), full=pl_(s), formal=pl_(s, "formal"), prod=n_product())
    if chance(0.5):
        parts += ["\n\n"] + F(reply, own=pl_(person(lang), ch(["given", "full"])))
    if chance(0.3):
        rv = person(lang)
        parts += ["\n— ", pl_(rv, ch(["given", "full"]))]
    return "customer_review", lang, parts


# ------------------------------------------- assistant: paste and question
PASTE_Q = {"en": ("Can you explain what this means? I pasted it below:\n\n```\n", "\n```\nIs anything wrong with it?"),
           "de": ("Kannst du mir das erklären? Hier der Text:\n\n```\n", "\n```\nStimmt da was nicht?"),
           "fr": ("Tu peux m'expliquer ce document ? Le voici :\n\n```\n", "\n```\nY a-t-il une erreur ?"),
           "es": ("¿Me explicas esto? Lo pego aquí:\n\n```\n", "\n```\n¿Hay algo raro?"),
           "it": ("Mi spieghi questo documento? Eccolo:\n\n```\n", "\n```\nC'è qualcosa che non va?"),
           "nl": ("Kun je dit uitleggen? Ik plak het hieronder:\n\n```\n", "\n```\nKlopt dit wel?"),
           "pt": ("Podes explicar isto? Colei abaixo:\n\n```\n", "\n```\nEstá tudo certo?"),
           "pl": ("Możesz mi to wyjaśnić? Wklejam:\n\n```\n", "\n```\nCzy coś tu jest nie tak?"),
           "in": ("Can you check this form? Pasting it here:\n\n```\n", "\n```\nDid I fill it correctly?"),
           "da": ("Kan du forklare det her? Jeg indsætter det:\n\n```\n", "\n```\nEr der noget galt?"),
           "fi": ("Voitko selittää tämän? Liitän sen tähän:\n\n```\n", "\n```\nOnko jotain vialla?"),
           "tr": ("Bunu açıklar mısın? Aşağıya yapıştırdım:\n\n```\n", "\n```\nBir sorun var mı?"),
           "cs": ("Můžeš mi to vysvětlit? Vkládám:\n\n```\n", "\n```\nJe tam chyba?"),
           "sv": ("Kan du förklara det här? Jag klistrar in det:\n\n```\n", "\n```\nÄr något fel?")}
PASTE_INNER = ["bank_statement", "utility_bill", "deposit_letter", "parking_fine", "telecom_contract", "prescription", "insurance_schedule",
               "vehicle_reg", "lab_results", "club_members", "report_card", "loan_application"]


@tpl(1.0, 0.2, ["*"])
def t_assistant_paste(clean, lang):
    if not clean and chance(0.35):
        lg = ch(["en", "en", "de", "fr", "es", "it", "nl", "pt", "in"])
        p = person(lg)
        kind = {"en": ch(["ssn", "ssn", "nino", "nhs", "itin"]), "in": ch(["aadhaar", "pan"]), "de": "steuer_id", "fr": "nir", "es": ch(["dni", "nie"]), "it": "cf", "nl": "bsn", "pt": "cpf"}[lg]
        d = rdate(1950, 2003)
        q = {"en": "My new landlord wants my {name} by email: {v}. Is it safe to send? My name is {p} by the way.",
             "in": "The broker is asking for my {name} on WhatsApp: {v}. Should I share it? Name: {p}.",
             "de": "Mein neuer Arbeitgeber will meine {name} per Mail: {v}. Ist das okay? Ich heiße übrigens {p}.",
             "fr": "Mon employeur me demande mon {name} par mail : {v}. C'est risqué ? Je m'appelle {p}.",
             "es": "Mi casero me pide el {name} por correo: {v}. ¿Es seguro? Me llamo {p}.",
             "it": "Il padrone di casa vuole il mio {name} via mail: {v}. È sicuro? Mi chiamo {p}.",
             "nl": "Mijn werkgever vraagt mijn {name} per mail: {v}. Is dat veilig? Ik heet {p}.",
             "pt": "O meu senhorio pede o meu {name} por e-mail: {v}. É seguro? Chamo-me {p}."}[lg]
        nm = {"ssn": "Social Security number", "nino": "National Insurance number", "nhs": "NHS number", "itin": "ITIN", "aadhaar": "Aadhaar number",
              "pan": "PAN", "steuer_id": "Steuer-ID", "nir": "numéro de sécurité sociale",
              "dni": "DNI", "nie": "NIE", "cf": "codice fiscale", "bsn": "BSN", "cpf": "CPF"}[kind]
        return "assistant_paste", lg, F(q, name=nm, v=gid(kind, p=p, d=d), p=pl_(p))
    if not clean and chance(0.35):
        lg = ch(["en", "de", "fr", "es", "it", "nl", "pt"])
        p = person(lg)
        draft = {"en": "Please hold the room for two nights with my card {card}, expiry {exp}, name on card {p}.",
                 "de": "Bitte reservieren Sie das Zimmer mit meiner Karte {card}, gültig bis {exp}, Karteninhaber {p}.",
                 "fr": "Merci de garantir la chambre avec ma carte {card}, expiration {exp}, titulaire {p}.",
                 "es": "Por favor, garanticen la habitación con mi tarjeta {card}, caducidad {exp}, titular {p}.",
                 "it": "Vi prego di garantire la camera con la mia carta {card}, scadenza {exp}, intestata a {p}.",
                 "nl": "Graag de kamer garanderen met mijn kaart {card}, geldig tot {exp}, op naam van {p}.",
                 "pt": "Por favor garantam o quarto com o meu cartão {card}, validade {exp}, titular {p}."}[lg]
        a, b = PASTE_Q[lg]
        return "assistant_paste", lg, [a] + F(draft, card=card(), exp=N(card_expiry(), "expiry_date"), p=pl_(p, ch(["full", "upper"]))) + [b]
    name = ch(PASTE_INNER)
    _, f, _, _, langs = [t for t in TEMPLATES if t[0] == name][0]
    lang = ch(langs)
    _, lg, inner = f(clean, lang)
    a, b = PASTE_Q[lg]
    return "assistant_paste", lg, [a, inner, b]


# ================================================================= generation
def schedule():
    """Template of each record: counts proportional to the weights, order
    shuffled."""
    tw = sum(t[2] for t in TEMPLATES)
    exact = [COUNT * t[2] / tw for t in TEMPLATES]
    counts = [int(x) for x in exact]
    rest = sorted(range(len(TEMPLATES)), key=lambda i: -(exact[i] - counts[i]))
    for i in rest[:COUNT - sum(counts)]:
        counts[i] += 1
    order = [i for i, c in enumerate(counts) for _ in range(c)]
    R.shuffle(order)
    flags = {}
    for i, c in enumerate(counts):
        k = int(c * TEMPLATES[i][3] + 0.5)
        fl = [True] * k + [False] * (c - k)
        R.shuffle(fl)
        flags[i] = fl
    return [(i, flags[i].pop()) for i in order]


def generate():
    global R
    R = random.Random(SEED)
    recs = []
    for n, (ti, clean) in enumerate(schedule()):
        name, f, _, clean_p, langs = TEMPLATES[ti]
        lang = ch(langs)
        form, lg, parts = f(clean, lang)
        rec = C.build("heldout-d-%05d" % n, form, lg, parts)
        rec_tpl[rec["id"]] = name
        assert bool(rec["spans"]) != clean, (name, clean, rec)
        recs.append(rec)
    return recs


rec_tpl = {}


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


# ===================================================================== checks
SEP_CHARS = " -\u00a0\u202f."


def check_card(sp):
    d = "".join(c for c in sp["value"] if c not in SEP_CHARS)
    assert d.isdigit() and C.luhn_ok(d), sp
    for name, prefixes, lengths in C.CARD_ISSUERS:
        if name == sp["sub"]:
            assert len(d) in lengths and any(d.startswith(p) for p in prefixes), sp
            return
    raise AssertionError(sp)


def check_iban(sp):
    v = sp["value"].replace(" ", "").replace("\u00a0", "").upper()
    cc, bban = v[:2], v[4:]
    assert cc == sp["sub"] and len(v) == C.IBAN_LEN[cc] and C.iban_mod97(v) == 1, sp
    spec = re.findall(r"(\d+)([nac])", C.IBAN_SPEC[cc])
    i = 0
    for n, k in spec:
        seg = bban[i:i + int(n)]
        assert (seg.isdigit() if k == "n" else seg.isalpha() and seg.isupper() if k == "a" else seg.isalnum()), sp
        i += int(n)
    if cc == "FR":
        assert C._fr_rib_key(bban[:5], bban[5:10], bban[10:21]) == bban[21:23], sp
    elif cc == "ES":
        assert C._es_dc(bban[:4], bban[4:8], bban[10:]) == bban[8:10], sp
    elif cc == "IT":
        assert C._it_cin(bban[1:6], bban[6:11], bban[11:]) == bban[0], sp
    elif cc == "BE":
        assert ((int(bban[:10]) % 97) or 97) == int(bban[10:12]), sp
    elif cc == "PT":
        assert 98 - (int(bban[:19]) * 100) % 97 == int(bban[19:21]), sp


def check_gov(sp):
    v, sub = sp["value"], sp["sub"]
    c = re.sub(r"[ .\-]", "", v)
    if sub == "ssn":
        assert re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", v), sp
        assert C.ssn_valid(int(c[:3]), int(c[3:5]), int(c[5:])), sp
    elif sub == "itin":
        g = int(c[3:5])
        assert c[0] == "9" and (50 <= g <= 65 or 70 <= g <= 88 or g in (90, 91, 92) or 94 <= g <= 99), sp
    elif sub == "nino":
        assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c) and c[:2] not in C.NINO_BAD_PREFIX, sp
    elif sub == "nhs":
        assert C.nhs_ok(c), sp
    elif sub == "steuer_id":
        assert C.steuerid_ok(c), sp
    elif sub == "nir":
        assert len(c) == 15 and C.nir_ok(c[:13], c[13:]), sp
    elif sub == "dni":
        assert len(c) == 9 and C.DNI_LETTERS[int(c[:8]) % 23] == c[8], sp
    elif sub == "nie":
        assert len(c) == 9 and C.nie_ok(c), sp
    elif sub == "codice_fiscale":
        assert re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", v) and C.cf_check(v[:15]) == v[15], sp
    elif sub == "bsn":
        assert C.bsn_ok(c), sp
    elif sub == "aadhaar":
        assert len(c) == 12 and c[0] not in "01" and C.verhoeff_ok(c), sp
    elif sub == "pan":
        assert re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", v), sp
    elif sub == "cpf":
        assert C.cpf_ok(c), sp
    elif sub == "passport":
        assert re.fullmatch(r"[A-Z0-9]{8,9}", v) and any(ch_.isdigit() for ch_ in v), sp
    else:
        raise AssertionError(sp)


SECRET_RE = {
    "aws_access_key_id": r"(AKIA|ASIA)[A-Z2-7]{16}", "aws_secret_access_key": r"[A-Za-z0-9+/]{40}",
    "github_pat": r"gh[pousr]_[A-Za-z0-9]{36}", "github_fine_grained": r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
    "gitlab_pat": r"glpat-[A-Za-z0-9_-]{20}", "slack_token": r"xox[bp]-\d+-\d+-[A-Za-z0-9]{24}",
    "slack_webhook": r"https://hooks\.slack\.com/services/T[A-Z0-9]{10}/B[A-Z0-9]{10}/[A-Za-z0-9]{24}",
    "stripe": r"(sk_live_|sk_test_|rk_live_)[A-Za-z0-9]{24,99}", "google_api_key": r"AIza[A-Za-z0-9_-]{35}",
    "openai": r"sk-(proj-[A-Za-z0-9_-]{74}|[A-Za-z0-9]{20})T3BlbkFJ[A-Za-z0-9_-]{20,74}", "anthropic": r"sk-ant-api03-[A-Za-z0-9_-]{93}AA",
    "jwt": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43,86}", "npm_token": r"npm_[A-Za-z0-9]{36}",
    "sendgrid": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}", "twilio": r"SK[0-9a-f]{32}", "hex32": r"[0-9a-f]{32}",
    "password": r"\S{8,40}", "pem": r"-----BEGIN [A-Z ]+-----\n[\s\S]+\n-----END [A-Z ]+-----",
}


def all_month_names():
    out = {}
    for lg, ms in MONTHS_X.items():
        for i, m in enumerate(ms):
            out[m.lower()] = i + 1
    for i, m in enumerate(EN_ABBR):
        out[m.lower()] = i + 1
    return out


MONTH_LOOKUP = all_month_names()


def parse_dob(v):
    """All calendar readings of a date string (numeric or month-name forms)."""
    out = []
    m = re.fullmatch(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})", v) or re.fullmatch(r"(\d{1,2})(\. )(\d{1,2})\. (\d{4})", v)
    if m:
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        out += [(y, b, a), (y, a, b)]
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v)
    if m:
        out.append((int(m.group(1)), int(m.group(2)), int(m.group(3))))
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th|er)?\.? (?:de )?([^\W\d]+)\.? (?:de )?(\d{4})", v) or \
        re.fullmatch(r"(\d{2})-([A-Za-z]{3})-(\d{4})", v)
    if m and m.group(2).lower() in MONTH_LOOKUP:
        out.append((int(m.group(3)), MONTH_LOOKUP[m.group(2).lower()], int(m.group(1))))
    m = re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4})", v)
    if m and m.group(1).lower() in MONTH_LOOKUP:
        out.append((int(m.group(3)), MONTH_LOOKUP[m.group(1).lower()], int(m.group(2))))
    good = []
    for y, mo, d in out:
        try:
            good.append(datetime.date(y, mo, d))
        except ValueError:
            pass
    return good


def check_span(sp, lang):
    t, v = sp["type"], sp["value"]
    if t == "card":
        check_card(sp)
    elif t == "iban":
        check_iban(sp)
    elif t == "gov_id":
        check_gov(sp)
    elif t == "phone":
        dg = re.sub(r"\D", "", v)
        assert 7 <= len(dg) <= 15 and "region" in sp and "sub" in sp, sp
        if "plan" in sp:
            assert sp["plan"] != sp["region"] and (v.startswith("+") or v.startswith("00")), sp
        assert re.fullmatch(r"[+(]?[0-9][0-9 ()./\-\u00a0\u202f]*[0-9]", v), sp
    elif t == "email":
        assert re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", v), sp
    elif t == "ip":
        a = ipaddress.ip_address(v)
        assert a.is_global and str(a) == v and sp["sub"] == ("ipv6" if a.version == 6 else "ipv4"), sp
    elif t == "secret":
        assert re.fullmatch(SECRET_RE[sp["sub"]], v), sp
    elif t == "dob":
        ds = parse_dob(v)
        assert ds and all(1850 <= d.year <= 2024 for d in ds), sp
    elif t == "person":
        assert re.fullmatch(r"[^\W\d_][^\d_@:;/\\\n]*[^\W\d_.]\.?", v) and len(v) >= 2, sp
    elif t == "address":
        assert re.search(r"\d", v) and len(v) >= 10 and sp.get("sub") in COUNTRY_LANG, sp
    else:
        raise AssertionError(sp)


# hard-negative tags grouped by the labelled type they imitate
NEG_FAMILY = {
    "card": {"luhn_fail", "masked_card", "imei", "iccid", "npi", "ean"},
    "iban": {"iban_bad_check", "masked_iban", "rf_reference", "creditor_id", "bic", "meter_point_id", "cups_id", "cpe_id", "vat_id"},
    "phone": {"invalid_phone", "short_code", "masked_phone", "customer_number", "extension", "payment_reference", "time"},
    "gov_id": {"invalid_ssn", "masked_ssn", "dni_bad_letter", "bsn_bad_check", "nhs_bad_check", "cpf_bad_check", "tax_number_org", "student_id",
               "member_number", "policy_number", "charity_number", "company_id", "rsin", "ein"},
    "ip": {"bad_octet", "build_number", "oid", "version", "coordinates"},
    "email": {"masked_email", "username", "ssh_public_key"},
    "secret": {"secret_placeholder", "publishable_key", "masked_secret", "vault_ciphertext", "image_digest", "sha256", "git_sha", "event_id",
               "etag", "uuid", "masked_value"},
    "person": {"brand", "place", "organisation", "artwork", "product", "name_as_word", "city_name", "merchant", "venue", "pet_name"},
    "address": {"location", "city_name", "venue", "coordinates"},
    "dob": {"issue_date", "due_date", "death_date", "event_date", "expiry_date", "vaccination_date", "start_date", "review_date", "match_date",
            "purchase_date", "deadline", "meeting_date", "offer_end", "school_year", "booking_date", "funeral_date", "payment_date", "timestamp",
            "visit_date", "marriage_date", "inspection_date", "letter_date"},
}


def check(recs, ondisk):
    out = []
    fresh = dump(recs)
    assert ondisk == fresh, "heldout4.jsonl on disk differs from the regenerated corpus"
    out.append("file identical to regeneration (%d bytes)" % len(fresh.encode("utf-8")))
    assert len(recs) == COUNT
    types = collections.Counter()
    forms = collections.Counter()
    tpls = collections.Counter()
    clean_negs = set()
    clean = 0
    for i, r in enumerate(recs):
        assert r["id"] == "heldout-d-%05d" % i
        C.check_record(r)
        for sp in r["spans"]:
            check_span(sp, r["lang"])
            types[sp["type"]] += 1
        forms[r["form"]] += 1
        tpls[rec_tpl[r["id"]]] += 1
        if not r["spans"]:
            clean += 1
            assert r.get("neg"), r
            clean_negs |= set(r["neg"])
    assert 0.2 <= clean / COUNT <= 0.3, clean
    assert len(tpls) >= 25 and max(tpls.values()) <= 0.06 * COUNT, tpls
    assert max(forms.values()) <= 0.06 * COUNT, forms
    assert set(types) == set(C.TYPES), types
    missing = [t for t, tags in NEG_FAMILY.items() if not (tags & clean_negs)]
    assert not missing, missing
    out.append("%d records, %d clean, %d labels, all spans pass their format checks" % (len(recs), clean, sum(types.values())))
    out.append("labels: " + ", ".join("%s %d" % kv for kv in types.most_common()))
    out.append("templates: %d, largest %d records; clean records carry look-alikes of all %d types" % (len(tpls), max(tpls.values()), len(NEG_FAMILY)))
    return out, types, forms, clean


def main():
    recs = generate()
    if "--check" in sys.argv[1:]:
        with open(OUT, encoding="utf-8") as f:
            ondisk = f.read()
        lines, types, forms, clean = check(recs, ondisk)
        print("\n".join(lines))
        print("OK")
        return
    C.write_jsonl(OUT, recs)
    with open(OUT, encoding="utf-8") as f:
        lines, types, forms, clean = check(recs, f.read())
    print("\n".join(lines))
    print("forms: " + ", ".join("%s %d" % kv for kv in sorted(forms.items(), key=lambda kv: -kv[1])))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
