#!/usr/bin/python3
"""Held-out part 3 of the redaction corpus (ids heldout-c-NNNNN).

Written from format knowledge only, independently of the redactor and of the
other generators: it shares nothing but ../corpuslib.py (record builder,
checksum rules, numbering plans, credential shapes). Its document forms,
sentence frames, name, street and city lists are its own.

    /usr/bin/python3 gen_heldout3.py           # write heldout3.jsonl
    /usr/bin/python3 gen_heldout3.py --check   # regenerate in memory, compare, verify

Deterministic: random.Random(90417); every draw goes through that one object
in a fixed order.
"""
import datetime
import json
import os
import random
import string
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib as C  # noqa: E402
from corpuslib import L, N  # noqa: E402

SEED = 90417
OUT = os.path.join(HERE, "heldout3.jsonl")
TOTAL = 1000
R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# ====================================================================== names
# Hand-written for this part: (female given, male given, surnames).

GIVEN_F = {
    "en": ["Olivia", "Margaret", "Hannah", "Chloe", "Bethany", "Imogen", "Siobhan", "Gwendolyn",
           "Priscilla", "Tamsin", "Rosalind", "Megan", "Kayleigh", "Dorothy", "Harriet", "Eleanor",
           "Abigail", "Naomi", "Felicity", "Courtney", "Shannon", "Maisie", "Beatrix", "Lorna",
           "Tiffany", "Gemma", "Yvonne", "Constance", "Mary-Kate", "Dolores"],
    "de": ["Anna", "Katharina", "Ursula", "Gisela", "Sabine", "Franziska", "Lieselotte", "Hannelore",
           "Mareike", "Wiebke", "Svenja", "Antje", "Jutta", "Friederike", "Dörte", "Heike", "Leonie",
           "Emilia", "Birgit", "Ilse", "Gudrun", "Annegret", "Roswitha", "Maren", "Anna-Lena",
           "Marie-Luise", "Edeltraud", "Kerstin"],
    "fr": ["Camille", "Élodie", "Sandrine", "Nathalie", "Margaux", "Océane", "Bérénice", "Solène",
           "Ghislaine", "Léa", "Manon", "Clémence", "Aurélie", "Véronique", "Geneviève", "Maëlle",
           "Inès", "Chantal", "Mireille", "Anaïs", "Marie-Claire", "Anne-Sophie", "Josiane", "Édith",
           "Gwenaëlle", "Capucine"],
    "es": ["María", "Lucía", "Carmen", "Pilar", "Nuria", "Montserrat", "Itziar", "Ainhoa", "Rocío",
           "Macarena", "Begoña", "Inmaculada", "Marta", "Paula", "Alba", "Irene", "Consuelo",
           "Remedios", "Elena", "Ana Belén", "María José", "Noelia", "Yolanda", "Leire", "Maite",
           "Araceli"],
    "it": ["Giulia", "Francesca", "Chiara", "Alessandra", "Federica", "Valentina", "Martina", "Sara",
           "Elisa", "Ilaria", "Raffaella", "Concetta", "Assunta", "Rosalba", "Benedetta", "Ludovica",
           "Annalisa", "Gabriella", "Loredana", "Serena", "Antonella", "Maria Grazia", "Donatella",
           "Carmela", "Ornella", "Teresa"],
    "nl": ["Anouk", "Sanne", "Femke", "Lotte", "Eline", "Marieke", "Ingrid", "Willemijn", "Sietske",
           "Geertje", "Fenna", "Noor", "Mirjam", "Hendrika", "Jolien", "Daphne", "Roos", "Saskia",
           "Annelies", "Wilhelmina", "Tjitske", "Maaike", "Esmée", "Fleur", "Gerdien", "Marloes"],
    "pt": ["Ana", "Beatriz", "Mariana", "Inês", "Joana", "Carolina", "Leonor", "Matilde", "Francisca",
           "Rita", "Catarina", "Sofia", "Conceição", "Fernanda", "Luísa", "Gabriela", "Larissa", "Thaís",
           "Juliana", "Aline", "Letícia", "Maria Eduarda", "Ana Clara", "Vitória", "Raimunda",
           "Graça"],
    "in": ["Priya", "Ananya", "Lakshmi", "Kavya", "Deepika", "Sunita", "Meenakshi", "Aishwarya",
           "Nandini", "Shreya", "Pooja", "Radhika", "Divya", "Harpreet", "Fatima", "Sneha", "Lalitha",
           "Bhavana", "Ishita", "Tanvi"],
    "pl": ["Agnieszka", "Małgorzata", "Katarzyna", "Zofia", "Joanna", "Magdalena", "Ewa", "Barbara",
           "Grażyna", "Weronika", "Aleksandra", "Dorota", "Jadwiga", "Halina"],
    "sv": ["Astrid", "Ingrid", "Linnéa", "Elsa", "Maja", "Karin", "Sigrid", "Ebba", "Frida", "Birgitta",
           "Agneta", "Märta", "Solveig"],
    "da": ["Mette", "Sofie", "Freja", "Ida", "Line", "Kirsten", "Lone", "Birthe", "Signe", "Cecilie",
           "Trine", "Ditte", "Karen"],
    "tr": ["Ayşe", "Fatma", "Zeynep", "Elif", "Emine", "Hatice", "Merve", "Büşra", "Özlem", "Gülşen",
           "Derya", "Sibel", "Şule"],
}
GIVEN_M = {
    "en": ["James", "Oliver", "Thomas", "Callum", "Declan", "Rhys", "Alistair", "Bartholomew",
           "Nathaniel", "Ewan", "Hamish", "Desmond", "Lachlan", "Tobias", "Rupert", "Gareth", "Dwayne",
           "Tyrone", "Marcus", "Wesley", "Cornelius", "Jake", "Brandon", "Kevin", "Travis", "Ezekiel",
           "Ian", "Clifford"],
    "de": ["Jürgen", "Matthias", "Klaus-Dieter", "Hans-Peter", "Wolfgang", "Tobias", "Florian", "Bernd",
           "Uwe", "Jörg", "Sönke", "Hauke", "Gottfried", "Detlef", "Torsten", "Lennart", "Maximilian",
           "Friedhelm", "Ingo", "Rüdiger", "Volker", "Heiko", "Kai-Uwe", "Benedikt", "Eberhard",
           "Till"],
    "fr": ["Julien", "Mathieu", "Sébastien", "Thibault", "Guillaume", "Benoît", "Loïc", "Yannick",
           "Hervé", "Gaëtan", "Jean-Baptiste", "Pierre-Yves", "Jean-Luc", "Cédric", "Théo", "Baptiste",
           "Arnaud", "Fabrice", "Grégoire", "Clément", "Rémi", "Lucien", "Maxence", "Enzo", "Gérard"],
    "es": ["Javier", "Alejandro", "Manuel", "Francisco", "Sergio", "Álvaro", "Iñaki", "Jordi", "Xavier",
           "Borja", "Íker", "Gonzalo", "Rodrigo", "Ignacio", "José Luis", "Juan Carlos", "Fermín",
           "Eusebio", "Andrés", "Rubén", "Adrián", "Pau", "Unai", "Santiago", "Nicanor"],
    "it": ["Marco", "Alessandro", "Giuseppe", "Francesco", "Luca", "Matteo", "Lorenzo", "Davide",
           "Stefano", "Gianluca", "Salvatore", "Vincenzo", "Raffaele", "Ettore", "Gianmarco",
           "Pierluigi", "Carmine", "Michele", "Tommaso", "Leonardo", "Riccardo", "Domenico", "Gennaro",
           "Ottavio", "Corrado"],
    "nl": ["Jeroen", "Sjoerd", "Bram", "Daan", "Joost", "Maarten", "Pieter", "Wouter", "Ruud", "Thijs",
           "Gijs", "Hendrik", "Bart", "Stijn", "Koen", "Teun", "Freek", "Arjen", "Jelle", "Lars",
           "Sander", "Niels", "Wim", "Rutger", "Cornelis"],
    "pt": ["João", "Tiago", "Rui", "Nuno", "Gonçalo", "Duarte", "Afonso", "Rodrigo", "Miguel", "Pedro",
           "Diogo", "Vasco", "Lucas", "Gabriel", "Enzo", "Thiago", "Rafael", "Guilherme", "Matheus",
           "Vinícius", "Caio", "Davi", "João Pedro", "Luiz Henrique", "Sebastião", "Joaquim"],
    "in": ["Rahul", "Arjun", "Vikram", "Suresh", "Ramesh", "Karthik", "Aditya", "Rohan", "Sanjay",
           "Venkatesh", "Manoj", "Imran", "Gurpreet", "Siddharth", "Anand", "Harish", "Prakash",
           "Abhishek", "Nikhil", "Rajesh"],
    "pl": ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Grzegorz", "Łukasz", "Michał", "Andrzej",
           "Wojciech", "Jakub", "Mateusz", "Zbigniew", "Bogdan"],
    "sv": ["Erik", "Lars", "Anders", "Johan", "Magnus", "Oskar", "Gustav", "Björn", "Nils", "Sven",
           "Olof", "Håkan", "Ulf"],
    "da": ["Mads", "Rasmus", "Søren", "Jesper", "Henrik", "Morten", "Anders", "Frederik", "Mikkel",
           "Kasper", "Bjarne", "Niels", "Torben"],
    "tr": ["Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Murat", "Emre",
           "Burak", "Serkan", "Oğuz", "Cem"],
}
SURNAMES = {
    "en": ["Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thompson", "Roberts",
           "Walker", "Wright", "Robinson", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris",
           "Clarke", "Jackson", "Cartwright", "Featherstone", "Ashworth", "Pemberton", "Blackwood",
           "Okonkwo", "Nakamura", "Fitzgerald", "O'Sullivan", "McAllister", "MacLeod", "Gallagher",
           "Whitaker", "Montgomery", "Hargreaves", "Delgado", "Nguyen", "Abernathy", "Thistlethwaite",
           "Ogunleye", "Baptiste", "Holloway", "Pennington", "Ravenscroft", "Ashby-Clarke",
           "Fortescue-Smythe", "Harding-Price", "Carter-Jones", "Kowalczyk", "Van Buren"],
    "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
           "Hoffmann", "Koch", "Richter", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
           "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Lehmann",
           "Köhler", "Dietrich", "Brandt", "Oberhuber", "Grünewald", "Pfeiffer", "Hinrichsen",
           "Ziegler", "Ostermann", "Bräutigam", "Kühnlein", "Tiedemann", "Lüdtke", "Wojciechowski",
           "Yılmaz", "von Bülow", "von der Heydt", "von Arnim", "Krüger-Hansen", "Albers-Kuhn",
           "Eisenschmidt", "Quandtner"],
    "fr": ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
           "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Bertrand", "Roux", "Vincent",
           "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "Legrand",
           "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Rolland", "Lemaire", "Chevalier",
           "Le Goff", "Le Gall", "de La Rochère", "Delacroix", "Kerbrat", "Quéméneur", "N'Diaye",
           "Benali", "Moulin-Rousseau", "d'Aubigny", "Vasseur"],
    "es": ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez",
           "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez",
           "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil",
           "Serrano", "Blanco", "Molina", "Morales", "Ortega", "Castro", "Ortiz", "Rubio", "Marín",
           "Sanz", "Iglesias", "Echeverría", "Goikoetxea", "Puigvert", "Etxeberria", "de la Fuente",
           "del Río", "de los Santos", "Carrasco", "Villalobos"],
    "it": ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
           "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo",
           "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso",
           "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli", "Vitale", "Serra",
           "Coppola", "De Santis", "D'Angelo", "Marchetti", "Parisi", "Cattaneo", "Lo Bianco",
           "Dell'Acqua", "Di Pietro", "La Rosa", "Zanetti", "Pellegrini", "Quaglieri"],
    "nl": ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser",
           "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
           "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "van der Meer",
           "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen",
           "van den Broek", "de Bruijn", "de Lange", "'t Hart", "Schouten", "Zwart", "Hoekstra",
           "Wijnberg", "Boerma", "Kloosterboer", "van Ommeren", "ter Horst", "Bijlsma", "Tjalsma",
           "in 't Veld"],
    "pt": ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins",
           "Jesus", "Sousa", "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida",
           "Ribeiro", "Pinto", "Carvalho", "Teixeira", "Moreira", "Correia", "Mendes", "Nunes", "Soares",
           "Vieira", "Monteiro", "Cardoso", "Rocha", "Barbosa", "Araújo", "Cavalcanti", "Nascimento",
           "Lima", "Azevedo", "Magalhães", "Figueiredo", "Brandão", "Quaresma", "Bezerra", "Tavares"],
    "in": ["Sharma", "Verma", "Gupta", "Iyer", "Nair", "Reddy", "Rao", "Patel", "Shah", "Mehta",
           "Chatterjee", "Banerjee", "Mukherjee", "Das", "Singh", "Kaur", "Khan", "Menon", "Pillai",
           "Naidu", "Kulkarni", "Deshpande", "Joshi", "Agarwal", "Bhattacharya", "Krishnan",
           "Subramanian", "Chowdhury", "Malhotra", "Kapoor", "Saxena", "Srinivasan", "Gowda", "Hegde",
           "Shetty", "Patil", "Jain", "Sinha", "Mishra", "Trivedi"],
    "pl": ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński",
           "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Krawczyk",
           "Piotrowski", "Grabowski", "Pawlak", "Michalski", "Zając", "Król"],
    "sv": ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
           "Svensson", "Gustafsson", "Lindqvist", "Bergström", "Lundgren", "Sjöberg", "Åkesson",
           "Holmberg", "Wallin", "Engström", "Lindgren", "Ekdahl"],
    "da": ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
           "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
           "Østergaard", "Kjærgaard", "Bach", "Vestergaard"],
    "tr": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
           "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan",
           "Şimşek"],
}
# Portuguese surnames with their particle (the particle agrees with the word).
PT_WITH_PARTICLE = ["da Silva", "da Costa", "da Cunha", "da Rocha", "da Conceição", "da Luz", "dos Santos", "dos Reis", "dos Anjos",
                    "de Souza", "de Oliveira", "de Jesus", "de Almeida", "de Sá", "do Carmo", "do Nascimento", "do Rosário",
                    "do Vale", "das Neves", "das Dores"]
NL_PARTICLES = ("van der ", "van den ", "van ", "de ", "ter ", "'t ", "in 't ")


class P:
    """A person: given name(s), family name(s) as written, sex (for gendered
    words, codice fiscale and NIR)."""

    def __init__(self, given, family, female, nm):
        self.given, self.family, self.female, self.nm = given, family, female, nm

    @property
    def full(self):
        return self.given + " " + self.family

    @property
    def last(self):
        """The last surname word group (for e-mail local parts)."""
        if self.nm in ("es", "pt"):
            return self.family.split(" ")[-1]
        return self.family

    def sorted(self):
        if self.nm == "nl":
            for p in NL_PARTICLES:
                if self.family.startswith(p):
                    return "%s, %s %s" % (self.family[len(p):], self.given, p.strip())
        return "%s, %s" % (self.family, self.given)

    def upper_family(self):
        return "%s %s" % (self.family.upper(), self.given)

    def airline(self):
        f = translit(self.family, self.nm == "de").upper().replace(" ", "").replace("'", "").replace("-", "")
        g = translit(self.given, self.nm == "de").upper().replace(" ", "").replace("-", "")
        return "%s/%s" % (f, g)

    def initial(self):
        return "%s. %s" % (self.given[0], self.family)


def person(nm, female=None):
    if female is None:
        female = chance(0.5)
    given = ch(GIVEN_F[nm] if female else GIVEN_M[nm])
    if nm == "es":
        a, b = R.sample(SURNAMES["es"], 2)
        family = a + " " + b if chance(0.85) else a
    elif nm == "pt":
        a, b = R.sample(SURNAMES["pt"], 2)
        r = R.random()
        if r < 0.35:
            family = "%s %s" % (a, ch(PT_WITH_PARTICLE))
        elif r < 0.75:
            family = a + " " + b
        else:
            family = ch(PT_WITH_PARTICLE) if chance(0.4) else b
    elif nm == "pl":
        family = ch(SURNAMES["pl"])
        if female and family.endswith("ki"):
            family = family[:-1] + "a"
    elif nm == "en" and chance(0.12):
        family = ch(SURNAMES["en"])
        given = given + " " + ch(string.ascii_uppercase.replace("Q", "").replace("X", "")) + "."
    else:
        family = ch(SURNAMES[nm])
    return P(given, family, female, nm)


def translit(s, german=False):
    if german:
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
            s = s.replace(a, b)
    for a, b in (("ł", "l"), ("Ł", "L"), ("ı", "i"), ("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("Æ", "Ae"), ("ß", "ss")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


MAIL_DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "proton.me", "aol.com"],
    "gb": ["btinternet.com", "sky.com", "gmail.com", "hotmail.co.uk", "virginmedia.com", "outlook.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "mailbox.org", "gmx.net", "freenet.de"],
    "at": ["gmx.at", "aon.at"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com"],
    "es": ["telefonica.net", "gmail.com", "hotmail.es", "yahoo.es", "movistar.es"],
    "it": ["libero.it", "alice.it", "tiscali.it", "virgilio.it", "gmail.com", "fastwebnet.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "planet.nl", "hetnet.nl", "gmail.com"],
    "pt": ["sapo.pt", "gmail.com", "netcabo.pt"],
    "br": ["uol.com.br", "bol.com.br", "terra.com.br", "globo.com", "gmail.com", "yahoo.com.br"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "se": ["telia.com", "bredband.net", "gmail.com"],
    "dk": ["mail.dk", "gmail.com", "outlook.dk"],
    "tr": ["hotmail.com", "yandex.com.tr", "gmail.com"],
}
# Fictional companies (name, mail domain) per locale.
COMPANIES = {
    "us": [("Harborline Freight Inc.", "harborline-freight.com"), ("Quillfeather Analytics", "quillfeather.io"),
           ("Pine Hollow Dental Group", "pinehollowdental.com")],
    "gb": [("Larkspur Lettings Ltd", "larkspur-lettings.co.uk"), ("Thornbury & Vale LLP", "thornburyvale.co.uk"),
           ("Kestrel Print Works", "kestrelprint.co.uk")],
    "in": [("Sahyadri Infotech Pvt Ltd", "sahyadri-infotech.in"), ("Kaveri Textiles", "kaveritextiles.co.in")],
    "de": [("Nordwerk Logistik GmbH", "nordwerk-logistik.de"), ("Brauhaus Kellermann KG", "kellermann-brau.de"),
           ("Steinbach Elektrotechnik", "steinbach-elektro.de")],
    "fr": [("Atelier Verlaine SARL", "atelier-verlaine.fr"), ("Transports Kerhoas", "kerhoas-transports.fr"),
           ("Cabinet Ravel & Associés", "cabinet-ravel.fr")],
    "es": [("Grupo Alcaraz S.L.", "grupoalcaraz.es"), ("Talleres Urquiza", "talleres-urquiza.es"),
           ("Clínica Dental Sorolla", "clinicasorolla.es")],
    "it": [("Ferramenta Bortolin S.r.l.", "bortolin.it"), ("Studio Legale Ardenghi", "studioardenghi.it"),
           ("Cantine Valsorda", "valsorda.it")],
    "nl": [("Kaasmakerij Vonk B.V.", "kaasmakerijvonk.nl"), ("Installatiebedrijf Dekema", "dekema.nl"),
           ("Fietsenmakerij Zuidwal", "zuidwal-fietsen.nl")],
    "pt": [("Conservas Ribamar, Lda.", "ribamar.pt"), ("Gráfica Alvorada", "graficaalvorada.pt")],
    "br": [("Transportadora Ipê Ltda.", "transipe.com.br"), ("Clínica Bem-Estar Jacarandá", "clinicajacaranda.com.br")],
    "pl": [("Drukarnia Wisła sp. z o.o.", "drukarnia-wisla.pl")],
    "se": [("Fjällmark Bygg AB", "fjallmarkbygg.se")],
    "dk": [("Havnegade Revision ApS", "havnegade-revision.dk")],
    "tr": [("Boğaziçi Lojistik A.Ş.", "bogazicilojistik.com.tr")],
}


def email(p, loc, company=False, domain=None):
    de = p.nm == "de"
    g = translit(p.given.split(" ")[0], de).lower().replace("'", "")
    f = translit(p.last, de).lower().replace(" ", "").replace("'", "")
    if p.nm == "nl" and chance(0.5):
        f = translit(p.family.split(" ")[-1], False).lower().replace("'", "")
    if company or domain:
        dom = domain or ch(COMPANIES.get(loc, COMPANIES["us"]))[1]
        local = ch(["%s.%s" % (g, f), "%s.%s" % (g[0], f), "%s" % g, "%s%s" % (g[0], f)])
    else:
        dom = ch(MAIL_DOMAINS[loc])
        local = ch(["%s.%s" % (g, f), "%s.%s" % (g[0], f), "%s%s" % (g, f), "%s.%s" % (f, g),
                    "%s_%s" % (g, f), "%s.%s%d" % (g, f, R.randint(1, 99)), "%s%02d" % (g, R.randint(60, 99)),
                    "%s%s" % (g[0], f), "%s-%s" % (g, f)])
    return local.replace("--", "-") + "@" + dom


def e_mail(p, loc, company=False):
    return L("email", email(p, loc, company))


def company(loc):
    return ch(COMPANIES.get(loc, COMPANIES["us"]))


# ==================================================================== locales

LOC = {
    "us": dict(lang="en", nm="en", ph="US", iban=None),
    "gb": dict(lang="en", nm="en", ph="GB", iban="GB"),
    "in": dict(lang="in", nm="in", ph="IN", iban=None),
    "de": dict(lang="de", nm="de", ph="DE", iban="DE"),
    "fr": dict(lang="fr", nm="fr", ph="FR", iban="FR"),
    "es": dict(lang="es", nm="es", ph="ES", iban="ES"),
    "it": dict(lang="it", nm="it", ph="IT", iban="IT"),
    "nl": dict(lang="nl", nm="nl", ph="NL", iban="NL"),
    "pt": dict(lang="pt", nm="pt", ph="PT", iban="PT"),
    "br": dict(lang="pt", nm="pt", ph="BR", iban="BR"),
    "pl": dict(lang="pl", nm="pl", ph="PL", iban="PL"),
    "se": dict(lang="sv", nm="sv", ph="SE", iban="SE"),
    "dk": dict(lang="da", nm="da", ph="DK", iban="DK"),
    "tr": dict(lang="tr", nm="tr", ph="TR", iban="TR"),
}


def lang_of(loc):
    return LOC[loc]["lang"]


def pers(loc, female=None):
    return person(LOC[loc]["nm"], female)


# ===================================================================== phones
# corpuslib.PLANS plus two plans written here from the national plans
# (Denmark: closed 8-digit plan, no trunk prefix; Turkey: trunk 0, GSM 5xx).
EXTRA_PLANS = {
    "DK": (45, "", {"mobile": lambda R: ch(["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31",
                                              "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93"]) + C.digits(R, 6),
                    "fixed": lambda R: ch(["33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "86", "87", "89", "98"]) + C.digits(R, 6)}),
    "TR": (90, "0", {"mobile": lambda R: ch(["501", "505", "506", "507", "530", "531", "532", "533", "534", "535", "536",
                                              "537", "538", "539", "541", "542", "543", "544", "545", "546", "549", "551",
                                              "552", "553", "554", "555", "559"]) + C.digits(R, 7),
                     "fixed": lambda R: ch(["212", "216", "312", "232", "224", "242"]) + C.nz(R, 7)}),
}
ZERO_ZERO = {"GB", "DE", "AT", "CH", "FR", "BE", "NL", "ES", "PT", "IT", "PL", "IE", "SE", "IN", "DK", "TR"}
DE_AREAS = ["89", "40", "69", "221", "211", "711"]


def plan_nsn(plan, kind=None):
    if plan in EXTRA_PLANS:
        cc, trunk, kinds = EXTRA_PLANS[plan]
        kind = kind or ch(sorted(kinds))
        return cc, trunk, kind, kinds[kind](R)
    return C.phone_nsn(R, plan, kind)


def simple_kind(kind):
    return {"mobile7": "mobile", "berlin": "fixed", "london": "fixed", "rome": "fixed", "milan": "fixed",
            "vienna": "fixed", "moscow": "fixed", "beijing": "fixed"}.get(kind, kind)


def pairs(s):
    """Group from the start in pairs, a leading odd digit alone."""
    out = []
    if len(s) % 2:
        out.append(s[0])
        s = s[1:]
    out += [s[i:i + 2] for i in range(0, len(s), 2)]
    return out


def _fmt(plan, kind, nsn):
    """(national variants, international variants without the country code)."""
    if plan in ("US", "CA"):
        a, e, l = nsn[:3], nsn[3:6], nsn[6:]
        nat = ["(%s) %s-%s" % (a, e, l), "%s-%s-%s" % (a, e, l), "%s.%s.%s" % (a, e, l), "(%s) %s-%s" % (a, e, l)]
        if kind == "toll_free":
            nat = ["1-%s-%s-%s" % (a, e, l), "1 (%s) %s-%s" % (a, e, l), "%s-%s-%s" % (a, e, l)]
        return nat, ["%s %s %s" % (a, e, l), "(%s) %s-%s" % (a, e, l), "%s-%s-%s" % (a, e, l), "%s.%s.%s" % (a, e, l)]
    if plan == "GB":
        if kind == "mobile":
            g = [[nsn[:4], nsn[4:]], [nsn[:4], nsn[4:7], nsn[7:]]]
        elif kind == "london":
            g = [[nsn[:2], nsn[2:6], nsn[6:]]]
        else:
            g = [[nsn[:3], nsn[3:6], nsn[6:]]]
        return ["0" + " ".join(x) for x in g], [" ".join(x) for x in g] + ["(0)" + " ".join(x) for x in g]
    if plan == "DE":
        if kind in ("mobile", "mobile7"):
            a = nsn[:3]
        elif kind == "berlin":
            a = "30"
        else:
            a = [x for x in DE_AREAS if nsn.startswith(x)][0]
        rest = nsn[len(a):]
        nat = ["0%s %s" % (a, rest), "0%s/%s" % (a, rest), "0%s-%s" % (a, rest), "0%s %s" % (a, " ".join(pairs(rest))),
               "(0%s) %s" % (a, rest), "0%s / %s" % (a, rest)]
        return nat, ["%s %s" % (a, rest), "(0)%s %s" % (a, rest), "%s-%s" % (a, rest)]
    if plan == "AT":
        a = nsn[:3] if kind == "mobile" else "1"
        rest = nsn[len(a):]
        return ["0%s %s" % (a, rest), "0%s/%s" % (a, rest)], ["%s %s" % (a, rest), "(0)%s %s" % (a, rest)]
    if plan == "CH":
        a, r = nsn[:2], nsn[2:]
        s = "%s %s %s" % (r[:3], r[3:5], r[5:])
        return ["0%s %s" % (a, s)], ["%s %s" % (a, s)]
    if plan == "FR":
        g = [nsn[0], nsn[1:3], nsn[3:5], nsn[5:7], nsn[7:]]
        nat = ["0" + " ".join(g), "0" + ".".join(g), "0" + "".join(g), "0" + "\u00a0".join(g), "0" + "-".join(g)]
        return nat, [" ".join(g), "(0)" + " ".join(g)]
    if plan == "BE":
        if kind == "mobile":
            g = [nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]]
        else:
            g = [nsn[0], nsn[1:4], nsn[4:6], nsn[6:]]
        return ["0" + " ".join(g), "0" + g[0] + "/" + " ".join(g[1:])], [" ".join(g)]
    if plan == "NL":
        if kind == "mobile":
            r = nsn[1:]
            return (["06-%s" % r, "06 %s" % r, "06 %s %s" % (r[:4], r[4:]), "06-%s %s" % (r[:4], r[4:])],
                    ["6 %s" % r, "6 %s %s" % (r[:4], r[4:]), "(0)6 %s" % r, "6-%s" % r])
        a, r = nsn[:2], nsn[2:]
        return (["0%s-%s" % (a, r), "0%s %s %s" % (a, r[:3], r[3:]), "0%s-%s %s" % (a, r[:3], r[3:])],
                ["%s %s %s" % (a, r[:3], r[3:]), "%s-%s" % (a, r)])
    if plan == "ES":
        if kind == "fixed":
            g = [[nsn[:2], nsn[2:5], nsn[5:7], nsn[7:]], [nsn[:3], nsn[3:6], nsn[6:]]]
        else:
            g = [[nsn[:3], nsn[3:6], nsn[6:]], [nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]]]
        v = [" ".join(x) for x in g] + ["".join(g[0])]
        return v, v[:2]
    if plan == "PT":
        v = ["%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), nsn]
        return v, v[:1]
    if plan == "IT":
        if kind == "mobile":
            v = ["%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "%s %s" % (nsn[:3], nsn[3:]), "%s-%s" % (nsn[:3], nsn[3:]),
                 "%s/%s" % (nsn[:3], nsn[3:])]
        else:
            v = ["%s %s %s" % (nsn[:2], nsn[2:6], nsn[6:]), "%s %s" % (nsn[:2], nsn[2:]), "%s-%s" % (nsn[:2], nsn[2:])]
        return v, v[:2]
    if plan == "PL":
        if kind == "mobile":
            v = ["%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:])]
        else:
            v = ["%s %s %s %s" % (nsn[:2], nsn[2:5], nsn[5:7], nsn[7:])]
        return v, v[:1]
    if plan == "IE":
        a, r = nsn[:2], nsn[2:]
        return ["0%s %s %s" % (a, r[:3], r[3:])], ["%s %s %s" % (a, r[:3], r[3:])]
    if plan == "SE":
        a, r = nsn[:2], nsn[2:]
        s = "%s %s %s" % (r[:3], r[3:5], r[5:])
        return ["0%s-%s" % (a, s), "0%s %s" % (a, s)], ["%s %s" % (a, s), "%s-%s" % (a, s)]
    if plan == "IN":
        a, b = nsn[:5], nsn[5:]
        return ["%s %s" % (a, b), "0%s %s" % (a, b), "%s-%s" % (a, b), nsn], ["%s %s" % (a, b), "%s-%s" % (a, b), nsn]
    if plan == "BR":
        ddd, r = nsn[:2], nsn[2:]
        s = "%s-%s" % (r[:-4], r[-4:])
        return (["(%s) %s" % (ddd, s), "%s %s" % (ddd, s), "(%s) %s" % (ddd, r)],
                ["%s %s" % (ddd, s), "(%s) %s" % (ddd, s)])
    if plan == "DK":
        g = pairs(nsn)
        return [" ".join(g), "%s %s" % (nsn[:4], nsn[4:])], [" ".join(g)]
    if plan == "TR":
        a, r = nsn[:3], nsn[3:]
        s = "%s %s %s" % (r[:3], r[3:5], r[5:])
        return ["0%s %s" % (a, s), "0 %s %s" % (a, s), "(0%s) %s" % (a, s)], ["%s %s" % (a, s)]
    # generic fallback (RU, AU, ...): digits as a block
    return [nsn], [nsn]


def phone(reader, plan=None, kind=None, mode=None, sep=" "):
    """A phone label read in the conventions of `reader`; `plan` is the
    country the number belongs to (default: the reader's)."""
    plan = plan or reader
    if kind is None and plan == "US":
        kind = ch(["fixed_or_mobile"] * 8 + ["toll_free", "fiction"])
    cc, trunk, kind, nsn = plan_nsn(plan, kind)
    nat, intl = _fmt(plan, kind, nsn)
    if mode is None:
        if plan != reader:
            mode = ch(["plus", "plus", "00", "e164"])
        else:
            mode = ch(["nat"] * 12 + ["plus"] * 5 + ["e164"] * 2 + ["00"])
    if mode == "00" and reader not in ZERO_ZERO:
        mode = "plus"
    if mode == "nat" and plan != reader:
        mode = "plus"
    if mode == "nat":
        text = ch(nat)
    elif mode == "e164":
        text = "+%d%s" % (cc, nsn)
    else:
        body = ch(intl)
        if body.startswith("(0)") and (plan in ("US", "CA", "IN", "BR") or not trunk):
            body = intl[0]
        pre = "+%d" % cc if mode == "plus" else "00%d" % cc
        if plan in ("US", "CA") and mode == "plus" and "-" in body and chance(0.5):
            text = pre + "-" + body
        else:
            text = pre + sep + body
    meta = {"sub": simple_kind(kind), "region": reader}
    if plan != reader:
        meta["plan"] = plan
    return L("phone", text, **meta)


def phone_pair(reader):
    """The same number twice: E.164 (for a tel: link) and as displayed."""
    cc, trunk, kind, nsn = plan_nsn(reader)
    meta = {"sub": simple_kind(kind), "region": reader}
    return L("phone", "+%d%s" % (cc, nsn), **meta), L("phone", ch(_fmt(reader, kind, nsn)[0]), **meta)


def ph(loc, **kw):
    return phone(LOC[loc]["ph"], **kw)


# Cross-border numbers: (reader, plan) pairs as they occur.
FOREIGN = {"DE": ["AT", "CH", "PL", "NL", "TR", "IT"], "FR": ["BE", "CH", "ES", "GB"], "NL": ["BE", "DE", "GB"],
           "ES": ["PT", "FR", "GB"], "IT": ["CH", "FR", "DE"], "GB": ["IE", "FR", "ES", "IN"],
           "US": ["GB", "CA", "MX", "DE"], "PT": ["BR", "ES", "FR"], "BR": ["PT", "US"], "IN": ["SG", "GB", "US"],
           "PL": ["DE", "GB"], "SE": ["DK", "DE"], "DK": ["SE", "DE"], "TR": ["DE", "NL"]}


def ph_any(loc, p_foreign=0.12, **kw):
    reader = LOC[loc]["ph"]
    if kw.get("kind") == "mobile" and reader in ("US", "CA"):
        kw["kind"] = "fixed_or_mobile"
    if chance(p_foreign):
        return phone(reader, plan=ch(FOREIGN[reader]))
    return phone(reader, **kw)


# ================================================================== addresses
# (street names, city list) per country. Cities carry their postcode stem.

US_STREETS = ["Maple Ridge", "Cedar Hollow", "Lakeshore", "Old Mill", "Juniper", "Sycamore", "Chestnut Hill",
              "Willow Creek", "Harrison", "Magnolia", "Prospect", "Sagebrush", "Quarry", "Orchard View", "Birchwood",
              "Larkin", "Pawnee", "Beacon", "Foxglove", "Riverbend"]
US_SUFFIX = ["St", "Ave", "Blvd", "Dr", "Ln", "Rd", "Ct", "Way", "Pl", "Street", "Avenue", "Road", "Drive", "Terrace"]
US_CITIES = [("Columbus", "OH", "432"), ("Portland", "OR", "972"), ("Austin", "TX", "787"), ("Madison", "WI", "537"),
             ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"), ("Boise", "ID", "837"), ("Albany", "NY", "122"),
             ("Savannah", "GA", "314"), ("Ann Arbor", "MI", "481"), ("Burlington", "VT", "054"), ("Spokane", "WA", "992"),
             ("Omaha", "NE", "681"), ("Providence", "RI", "029"), ("Des Moines", "IA", "503"), ("Knoxville", "TN", "379"),
             ("Santa Fe", "NM", "875"), ("Eugene", "OR", "974"), ("Lexington", "KY", "405"), ("Fresno", "CA", "937")]
UK_STREETS = ["Albert Road", "Mill Lane", "Cavendish Crescent", "Priory Close", "Gloucester Terrace", "St Anne's Walk",
              "Beechwood Avenue", "Station Road", "Kingfisher Way", "Hollybush Lane", "Marlborough Street", "Tanners Row",
              "Chapel Street", "Oakfield Grove", "Wellington Mews", "Rowan Drive", "Abbey Gardens", "Ferncliffe Road"]
UK_TOWNS = [("Leeds", "LS"), ("Bristol", "BS"), ("Norwich", "NR"), ("Cardiff", "CF"), ("Glasgow", "G"), ("Edinburgh", "EH"),
            ("Sheffield", "S"), ("Brighton", "BN"), ("Oxford", "OX"), ("York", "YO"), ("Exeter", "EX"), ("Nottingham", "NG"),
            ("Manchester", "M"), ("Belfast", "BT"), ("Aberdeen", "AB"), ("Bath", "BA"), ("London", "SE"), ("London", "N"),
            ("Swansea", "SA"), ("Carlisle", "CA")]
DE_STREETS = ["Lindenstraße", "Am Sonnenhang", "Goethestraße", "Bahnhofstr.", "Schillerplatz", "Hauptstraße",
              "Kastanienallee", "Zur Mühle", "Friedrich-Ebert-Ring", "Im Wiesengrund", "Wilhelm-Busch-Weg", "Rosenstraße",
              "Auf dem Kamp", "Lerchenfeld", "Bergmannstr.", "Holsteiner Chaussee", "Kirchgasse", "Turmstraße",
              "An der Obermühle", "Eichendorffstraße"]
DE_CITIES = [("Leipzig", "041"), ("München", "80"), ("München", "81"), ("Hamburg", "22"), ("Köln", "50"), ("Berlin", "10"),
             ("Berlin", "12"), ("Frankfurt am Main", "60"), ("Stuttgart", "70"), ("Dresden", "01"), ("Bremen", "28"),
             ("Freiburg im Breisgau", "79"), ("Nürnberg", "90"), ("Kiel", "241"), ("Münster", "481"), ("Rostock", "180"),
             ("Erfurt", "990"), ("Augsburg", "86"), ("Bonn", "531"), ("Regensburg", "930"), ("Göttingen", "370"),
             ("Lüneburg", "213")]
FR_VOIES = ["rue des Tanneurs", "avenue Jean-Jaurès", "boulevard de la Liberté", "rue du Moulin Vert", "impasse des Lilas",
            "place du Marché", "allée des Peupliers", "rue Paul-Bert", "chemin de la Croix-Rousse", "quai de la Fosse",
            "rue de la Paix", "avenue de Verdun", "rue Sainte-Catherine", "cours Lafayette", "route de Lorient"]
FR_CITIES = [("Strasbourg", ["67000", "67100", "67200"]), ("Lyon", ["69001", "69003", "69004", "69007", "69008"]),
             ("Nantes", ["44000", "44100", "44200", "44300"]), ("Lille", ["59000", "59800"]),
             ("Bordeaux", ["33000", "33100", "33200", "33800"]), ("Toulouse", ["31000", "31200", "31300", "31400", "31500"]),
             ("Rennes", ["35000", "35200", "35700"]), ("Montpellier", ["34000", "34070", "34090"]), ("Grenoble", ["38000", "38100"]),
             ("Dijon", ["21000"]), ("Angers", ["49000", "49100"]), ("Tours", ["37000", "37100"]), ("Rouen", ["76000", "76100"]),
             ("Brest", ["29200"]), ("Clermont-Ferrand", ["63000", "63100"]), ("Aix-en-Provence", ["13090", "13100"]),
             ("Nancy", ["54000"]), ("Limoges", ["87000", "87100"]), ("Marseille", ["13001", "13005", "13008", "13012"])]
ES_VIAS = ["Calle de Toledo", "C/ Mayor", "Avenida de la Constitución", "Plaza del Pilar", "Carrer de Verdi", "Calle Larios",
           "Paseo de la Castellana", "Calle San Vicente Mártir", "Avda. de América", "Calle Uría", "Rúa do Franco",
           "Calle Real", "Carrer de Sant Pere Més Alt", "Calle Pintor Sorolla", "Ronda de Segovia"]
ES_CITIES = [("Madrid", "280", "Madrid"), ("Barcelona", "080", "Barcelona"), ("Valencia", "460", "Valencia"),
             ("Sevilla", "410", "Sevilla"), ("Zaragoza", "500", "Zaragoza"), ("Málaga", "290", "Málaga"),
             ("Bilbao", "480", "Bizkaia"), ("Granada", "180", "Granada"), ("Valladolid", "470", "Valladolid"),
             ("Salamanca", "370", "Salamanca"), ("Oviedo", "330", "Asturias"), ("Murcia", "300", "Murcia"),
             ("Alicante", "030", "Alicante"), ("Pamplona", "310", "Navarra"), ("Santander", "390", "Cantabria"),
             ("A Coruña", "150", "A Coruña"), ("Cádiz", "110", "Cádiz"), ("Donostia-San Sebastián", "200", "Gipuzkoa")]
ES_PISO = ["1.º A", "2.º B", "3.º izda.", "4.º dcha.", "bajo", "5º 2ª", "1r 2a", "ático", "entresuelo 1ª", "6.º C"]
IT_VIE = ["Via Giuseppe Garibaldi", "Viale dei Mille", "Corso Vittorio Emanuele II", "Piazza della Repubblica",
          "Via dei Serragli", "Via Roma", "Via del Pratello", "Corso Buenos Aires", "Via Nazionale", "Vicolo del Moro",
          "Via Santa Lucia", "Via Guglielmo Marconi", "Largo Augusto", "Via Tiburtina", "Borgo Pinti"]
IT_CITIES = [("Torino", "101", "TO"), ("Milano", "201", "MI"), ("Roma", "001", "RM"), ("Napoli", "801", "NA"),
             ("Bologna", "401", "BO"), ("Firenze", "501", "FI"), ("Genova", "161", "GE"), ("Palermo", "901", "PA"),
             ("Bari", "701", "BA"), ("Venezia", "301", "VE"), ("Verona", "371", "VR"), ("Padova", "351", "PD"),
             ("Trieste", "341", "TS"), ("Lecce", "731", "LE"), ("Parma", "431", "PR"), ("Perugia", "061", "PG"),
             ("Cagliari", "091", "CA"), ("Trento", "381", "TN")]
NL_STRATEN = ["Prinsengracht", "Kerkstraat", "Laan van Meerdervoort", "Oudegracht", "Burgemeester de Withstraat", "Hoofdweg",
              "Zeedijk", "Vredenburg", "Molenstraat", "Stationsweg", "Wilhelminapark", "Tesselschadestraat", "Nieuwe Binnenweg",
              "Jan van Galenstraat", "Spoorsingel", "Herengracht"]
NL_CITIES = [("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"), ("Groningen", "97"),
             ("Eindhoven", "56"), ("Nijmegen", "65"), ("Leiden", "23"), ("Haarlem", "20"), ("Zwolle", "80"),
             ("Maastricht", "62"), ("Delft", "26"), ("Arnhem", "68"), ("Tilburg", "50"), ("Leeuwarden", "89"),
             ("Breda", "48"), ("Amersfoort", "38"), ("Deventer", "74")]
NL_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
IN_CITIES = [("Bengaluru", "Karnataka", "5600"), ("Hyderabad", "Telangana", "5000"), ("Chennai", "Tamil Nadu", "6000"),
             ("Mumbai", "Maharashtra", "4000"), ("Pune", "Maharashtra", "4110"), ("Kolkata", "West Bengal", "7000"),
             ("New Delhi", "Delhi", "1100"), ("Noida", "Uttar Pradesh", "2013"), ("Kochi", "Kerala", "6820"),
             ("Jaipur", "Rajasthan", "3020"), ("Ahmedabad", "Gujarat", "3800"), ("Lucknow", "Uttar Pradesh", "2260"),
             ("Bhopal", "Madhya Pradesh", "4620"), ("Mysuru", "Karnataka", "5700")]
IN_BUILDINGS = ["Sai Krupa Apartments", "Prestige Lakeside", "Green Meadows", "Shanti Niketan", "Ganga Residency",
                "Lotus Enclave", "Kalpataru Towers", "Sri Balaji Nilayam"]
BR_RUAS = ["Rua das Palmeiras", "Av. Afonso Pena", "Rua Padre Chagas", "Alameda Santos", "Travessa do Ouvidor",
           "Rua Voluntários da Pátria", "Av. Sete de Setembro", "Rua Barão de Itapetininga", "Rua do Bom Jesus",
           "Av. Beira-Mar", "Rua XV de Novembro", "Rua Oscar Freire", "Av. Getúlio Vargas", "Rua Augusta"]
BR_CITIES = [("São Paulo", "SP", (1000, 5999)), ("Rio de Janeiro", "RJ", (20000, 23799)), ("Belo Horizonte", "MG", (30000, 31999)),
             ("Curitiba", "PR", (80000, 82999)), ("Porto Alegre", "RS", (90000, 91999)), ("Salvador", "BA", (40000, 42499)),
             ("Recife", "PE", (50000, 52999)), ("Fortaleza", "CE", (60000, 61599)), ("Florianópolis", "SC", (88000, 88099)),
             ("Campinas", "SP", (13000, 13139)), ("Goiânia", "GO", (74000, 74899)), ("Manaus", "AM", (69000, 69099)),
             ("Natal", "RN", (59000, 59161))]
PT_RUAS = ["Rua de Santa Catarina", "Av. da República", "Rua do Almada", "Travessa do Carmo", "Rua Ferreira Borges",
           "Largo do Intendente", "Rua Direita", "Av. Fernão de Magalhães", "Calçada da Estrela", "Rua Miguel Bombarda"]
PT_CITIES = [("Lisboa", (1000, 1990)), ("Porto", (4000, 4369)), ("Coimbra", (3000, 3049)), ("Braga", (4700, 4719)),
             ("Aveiro", (3800, 3819)), ("Faro", (8000, 8009)), ("Setúbal", (2900, 2914))]
PL_ULICE = ["ul. Długa", "ul. Piotrkowska", "ul. Mickiewicza", "al. Jerozolimskie", "ul. Floriańska", "ul. Kościuszki",
            "ul. Ogrodowa"]
PL_CITIES = [("Warszawa", "0"), ("Kraków", "3"), ("Gdańsk", "80"), ("Wrocław", "5"), ("Poznań", "6"), ("Łódź", "9")]
SE_GATOR = ["Storgatan", "Drottninggatan", "Kungsvägen", "Björkvägen", "Västra Hamngatan", "Ringvägen", "Skolgatan"]
SE_CITIES = [("Stockholm", "11"), ("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75"), ("Lund", "22"), ("Umeå", "90")]
DK_GADER = ["Nørregade", "Vestergade", "Strandvejen", "Jernbanegade", "Søndre Boulevard", "Ryesgade", "Kongensgade"]
DK_CITIES = [("København K", "11"), ("København N", "22"), ("Aarhus C", "80"), ("Odense C", "50"), ("Aalborg", "90"),
             ("Roskilde", "40")]
TR_CADDE = ["Bağdat Cad.", "Atatürk Bulvarı", "İstiklal Cad.", "Cumhuriyet Cad.", "Gazi Mustafa Kemal Bulvarı",
            "Kıbrıs Şehitleri Cad.", "Moda Cad."]
TR_CITIES = [("Kadıköy", "İstanbul", "347"), ("Beşiktaş", "İstanbul", "343"), ("Çankaya", "Ankara", "066"),
             ("Konak", "İzmir", "352"), ("Nilüfer", "Bursa", "161")]


UK_LOC_BY_TOWN = {"Leeds": ["Headingley", "Chapel Allerton"], "Bristol": ["Redland", "Bedminster"], "Cardiff": ["Roath"],
                  "Glasgow": ["Hillhead"], "Edinburgh": ["Morningside"], "Sheffield": ["Ecclesall"], "Oxford": ["Jericho"],
                  "Exeter": ["Heavitree"], "Nottingham": ["Sneinton"], "Manchester": ["Didsbury"], "Norwich": ["Eaton"],
                  "London": ["Peckham", "Stoke Newington"]}
IN_LOC_BY_CITY = {"Bengaluru": ["Indiranagar", "Koramangala", "Jayanagar 4th Block"], "Hyderabad": ["Gachibowli", "Banjara Hills"],
                  "Chennai": ["Anna Nagar", "Velachery"], "Mumbai": ["Andheri East", "Powai"], "Pune": ["Kothrud"],
                  "Kolkata": ["Ballygunge"], "New Delhi": ["Lajpat Nagar"], "Noida": ["Sector 62"], "Kochi": ["Kakkanad"],
                  "Jaipur": ["Malviya Nagar"], "Ahmedabad": ["Navrangpura"], "Lucknow": ["Gomti Nagar"], "Bhopal": ["Arera Colony"],
                  "Mysuru": ["Vijayanagar"]}
BR_BAIRRO_BY_CITY = {"São Paulo": ["Pinheiros", "Vila Madalena", "Jardim América"], "Rio de Janeiro": ["Botafogo", "Tijuca"],
                     "Belo Horizonte": ["Savassi"], "Curitiba": ["Batel"], "Porto Alegre": ["Moinhos de Vento"], "Salvador": ["Barra"],
                     "Recife": ["Boa Viagem"], "Fortaleza": ["Meireles"], "Florianópolis": ["Trindade"], "Goiânia": ["Setor Bueno"]}


def uk_postcode(area):
    district = str(R.randint(1, 28)) if len(area) == 2 else str(R.randint(1, 40))
    return "%s%s %d%s%s" % (area, district, R.randint(1, 9), ch("ABDEFGHJLNPQRSTUWXYZ"), ch("ABDEFGHJLNPQRSTUWXYZ"))


def addr_parts(country):
    """Address as lines (the layout the country's post uses) plus its parts.
    Returns dict(lines=[...], street, pc, city, region)."""
    c = country
    if c == "US":
        street = "%d %s%s %s" % (R.randint(12, 9899), ch(["", "", "", "N ", "S ", "W ", "E "]), ch(US_STREETS), ch(US_SUFFIX))
        unit = ch(["", "", "Apt %d%s" % (R.randint(1, 12), ch("ABCD")), "Unit %d" % R.randint(2, 40), "#%d" % R.randint(101, 812),
                   "Suite %d" % R.randint(100, 450)])
        city, st, z = ch(US_CITIES)
        zipc = z + "%02d" % R.randint(1, 99) + (("-%04d" % R.randint(1, 9999)) if chance(0.25) else "")
        lines = [street + ((" " + unit) if unit and chance(0.5) else ""), "%s, %s %s" % (city, st, zipc)]
        if unit and unit not in lines[0]:
            lines.insert(1, unit)
        return dict(lines=lines, street=street, unit=unit, pc=zipc, city=city, region=st)
    if c == "GB":
        town, area = ch(UK_TOWNS)
        street = "%d %s" % (R.randint(1, 240), ch(UK_STREETS))
        pre = ch(["", "", "", "Flat %d" % R.randint(1, 14), ch(["Rose Cottage", "The Old Forge", "Hawthorn House", "2 Ivy Court"])])
        loc_ = ch(UK_LOC_BY_TOWN[town]) if town in UK_LOC_BY_TOWN and chance(0.35) else ""
        pc = uk_postcode(area)
        t = town.upper() if chance(0.4) else town
        lines = ([pre] if pre else []) + [street] + ([loc_] if loc_ else []) + [t, pc]
        return dict(lines=lines, street=street, pc=pc, city=t, region="")
    if c == "DE":
        city, stem = ch(DE_CITIES)
        pc = stem + C.digits(R, 5 - len(stem))
        street = "%s %d%s" % (ch(DE_STREETS), R.randint(1, 180), ch(["", "", "", "a", "b", " a"]))
        lines = [street, "%s %s" % (pc, city)]
        if chance(0.1):
            lines.insert(0, "c/o %s" % pers("de").family)
        return dict(lines=lines, street=street, pc=pc, city=city, region="")
    if c == "FR":
        city, cps = ch(FR_CITIES)
        pc = ch(cps)
        street = "%d%s %s" % (R.randint(1, 160), ch(["", "", "", " bis", " ter", ","]), ch(FR_VOIES))
        extra = ch(["", "", "", "Résidence Les Tilleuls, bât. %s" % ch("ABCD"), "Appt %d" % R.randint(2, 60), "Lieu-dit La Garenne"])
        c2 = city.upper() if chance(0.45) else city
        lines = ([extra] if extra else []) + [street, "%s %s" % (pc, c2)]
        return dict(lines=lines, street=street, pc=pc, city=c2, region="")
    if c == "ES":
        city, stem, prov = ch(ES_CITIES)
        pc = stem + "%02d" % R.randint(1, 50)
        street = "%s, %d" % (ch(ES_VIAS), R.randint(1, 140)) if chance(0.6) else "%s %d" % (ch(ES_VIAS), R.randint(1, 140))
        piso = ch(ES_PISO) if chance(0.7) else ""
        l1 = street + ((", " + piso) if piso else "")
        l2 = "%s %s" % (pc, city) + ((" (%s)" % prov) if prov != city and chance(0.5) else "")
        return dict(lines=[l1, l2], street=l1, pc=pc, city=city, region=prov)
    if c == "IT":
        city, stem, pr = ch(IT_CITIES)
        pc = stem + "%02d" % R.randint(0, 99) if stem not in ("001",) else "001%02d" % R.randint(18, 99)
        n = "%d%s" % (R.randint(1, 220), ch(["", "", "", "/B", "/A", " bis"]))
        street = ch(["%s %s", "%s, %s"]) % (ch(IT_VIE), n)
        if chance(0.2):
            street += ", int. %d" % R.randint(1, 18)
        l2 = ch(["%s %s (%s)", "%s %s %s", "%s - %s (%s)"]) % (pc, city, pr)
        return dict(lines=[street, l2], street=street, pc=pc, city=city, region=pr)
    if c == "NL":
        city, stem = ch(NL_CITIES)
        pc = "%s%02d %s%s" % (stem, R.randint(11, 99), ch(NL_LETTERS), ch(NL_LETTERS))
        if pc[-2:] in ("SA", "SD", "SS"):
            pc = pc[:-2] + "AB"
        street = "%s %d%s" % (ch(NL_STRATEN), R.randint(1, 400), ch(["", "", "", "A", "-1", " hs", "-II", " bis", "B"]))
        c2 = city.upper() if chance(0.4) else city
        sep = ch([" ", "  "])
        return dict(lines=[street, pc + sep + c2], street=street, pc=pc, city=c2, region="")
    if c == "IN":
        city, state, stem = ch(IN_CITIES)
        pin = stem + "%02d" % R.randint(1, 99)
        first = ch(["Flat %d%02d, %s" % (R.randint(1, 12), R.randint(1, 8), ch(IN_BUILDINGS)),
                    "H.No. %d-%d-%d" % (R.randint(1, 16), R.randint(1, 12), R.randint(10, 999)),
                    "#%d, %d%s Cross" % (R.randint(1, 999), R.randint(1, 18), "th"),
                    "Plot %d, %s Main Road" % (R.randint(1, 300), ch(["1st", "2nd", "3rd", "5th"])),
                    "%s-%d, %s" % (ch("ABCDE"), R.randint(1, 240), ch(IN_BUILDINGS))])
        locality = ch(IN_LOC_BY_CITY[city])
        if chance(0.2):
            locality = "Near %s, %s" % (ch(["Shiv Mandir", "SBI ATM", "Metro Pillar 114", "Govt. School"]), locality)
        lines = [first, locality, ch(["%s, %s %s", "%s - %s, %s"]) % ((city, state, pin) if chance(0.6) else (city, pin, state))]
        return dict(lines=lines, street=first, pc=pin, city=city, region=state)
    if c == "BR":
        city, uf, (lo, hi) = ch(BR_CITIES)
        n = R.randint(lo, hi)
        cep = "%05d-%03d" % (n, R.randint(0, 999))
        street = "%s, %s%d" % (ch(BR_RUAS), ch(["", "", "nº ", "n. "]), R.randint(10, 4200))
        comp = ch(["", "", ", apto %d" % R.randint(11, 184), ", casa %d" % R.randint(1, 4), ", bloco B, ap. %d" % R.randint(101, 904),
                   ", sala %d" % R.randint(2, 30)])
        bairro = ch(BR_BAIRRO_BY_CITY.get(city, ["Centro"]))
        lines = [street + comp + " - " + bairro, ch(["%s - %s", "%s/%s"]) % (city, uf), ch(["CEP ", "", "CEP: "]) + cep]
        return dict(lines=lines, street=street + comp, pc=cep, city=city, region=uf)
    if c == "PT":
        city, (lo, hi) = ch(PT_CITIES)
        cp = "%04d-%03d" % (R.randint(lo, hi), R.randint(1, 999))
        street = "%s %d%s" % (ch(PT_RUAS), R.randint(1, 400), ch(["", ", %d.º Esq." % R.randint(1, 8), ", %d.º Dto." % R.randint(1, 8),
                                                                     ", r/c", ", %dº" % R.randint(1, 6)]))
        return dict(lines=[street, "%s %s" % (cp, city)], street=street, pc=cp, city=city, region="")
    if c == "PL":
        city, stem = ch(PL_CITIES)
        pc = stem + C.digits(R, 2 - len(stem)) + "-" + C.digits(R, 3) if len(stem) < 2 else stem + "-" + C.digits(R, 3)
        street = "%s %d%s" % (ch(PL_ULICE), R.randint(1, 150), ch(["", " m. %d" % R.randint(1, 60), "/%d" % R.randint(1, 40)]))
        return dict(lines=[street, "%s %s" % (pc, city)], street=street, pc=pc, city=city, region="")
    if c == "SE":
        city, stem = ch(SE_CITIES)
        pc = "%s%d %02d" % (stem, R.randint(1, 9), R.randint(10, 99))
        street = "%s %d%s" % (ch(SE_GATOR), R.randint(1, 90), ch(["", " A", " B", " lgh %d" % R.randint(1001, 1404)]))
        return dict(lines=[street, "%s %s" % (pc, city)], street=street, pc=pc, city=city, region="")
    if c == "DK":
        city, stem = ch(DK_CITIES)
        pc = stem + "%02d" % R.randint(0, 99)
        street = "%s %d%s" % (ch(DK_GADER), R.randint(1, 120), ch(["", ", %d. th." % R.randint(1, 5), ", %d. tv." % R.randint(1, 5), ", st."]))
        return dict(lines=[street, "%s %s" % (pc, city)], street=street, pc=pc, city=city, region="")
    if c == "TR":
        ilce, il, stem = ch(TR_CITIES)
        pc = stem + "%02d" % R.randint(0, 99)
        street = "%s No: %d D: %d" % (ch(TR_CADDE), R.randint(1, 300), R.randint(1, 24))
        if chance(0.5):
            street = ch(["Caferağa Mah. ", "Kızılay Mah. ", "Alsancak Mah. "]) + street
        return dict(lines=[street, "%s %s/%s" % (pc, ilce, il)], street=street, pc=pc, city=ilce, region=il)
    raise KeyError(c)


LOC_COUNTRY = {"us": "US", "gb": "GB", "in": "IN", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL",
               "pt": "PT", "br": "BR", "pl": "PL", "se": "SE", "dk": "DK", "tr": "TR"}


def address(loc, multi=None, joiner=None, parts=None):
    """An address label: multi-line (letters, forms) or single line."""
    ctry = LOC_COUNTRY[loc]
    a = parts or addr_parts(ctry)
    if multi is None:
        multi = chance(0.4)
    if multi:
        text = (joiner or "\n").join(a["lines"])
    else:
        lines = a["lines"]
        if ctry == "GB":
            text = ", ".join(lines[:-2]) + ", " + lines[-2] + " " + lines[-1]
        elif ctry == "BR":
            text = ch([", ", " - "]).join(lines)
        else:
            text = ", ".join(lines)
    return L("address", text, sub=ctry)


# ====================================================================== dates

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
}
WEEKDAYS["in"] = WEEKDAYS["en"]
MONTHS = dict(C.MONTHS)
MONTHS["in"] = MONTHS["en"]
MONTHS["pl"] = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                "października", "listopada", "grudnia"]
MONTHS["sv"] = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                "november", "december"]
MONTHS["da"] = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
                "november", "december"]
MONTHS["tr"] = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
MON_ABBR = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "es": ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "nl": ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
    "pt": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
}
MON_ABBR["in"] = MON_ABBR["en"]


def rdate(y0, y1):
    d0 = datetime.date(y0, 1, 1).toordinal()
    d1 = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(R.randint(d0, d1))


def ordsuf(d):
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def fmt_date(dt, loc, style=None):
    """A date written the way the locale writes it. style: num, num2 (two-digit
    year), iso, long (month name), abbr (abbreviated month name)."""
    lang = lang_of(loc)
    d, m, y = dt.day, dt.month, dt.year
    yy = y % 100
    if style is None:
        style = ch(["num", "num", "num", "num2", "iso", "long", "long", "abbr"])
    if style == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if style in ("num", "num2"):
        yr = "%02d" % yy if style == "num2" else "%d" % y
        if loc == "us":
            return ch(["%02d/%02d/%s" % (m, d, yr), "%d/%d/%s" % (m, d, yr), "%02d-%02d-%s" % (m, d, yr)])
        if lang in ("de", "pl", "da", "tr"):
            return ch(["%02d.%02d.%s" % (d, m, yr), "%d.%d.%s" % (d, m, yr)])
        if lang == "nl":
            return ch(["%02d-%02d-%s" % (d, m, yr), "%d-%d-%s" % (d, m, yr), "%02d/%02d/%s" % (d, m, yr)])
        if lang == "sv":
            return ch(["%04d-%02d-%02d" % (y, m, d), "%d/%d %s" % (d, m, yr)])
        return ch(["%02d/%02d/%s" % (d, m, yr), "%d/%d/%s" % (d, m, yr), "%02d-%02d-%s" % (d, m, yr), "%02d.%02d.%s" % (d, m, yr)])
    mn = MONTHS[lang][m - 1]
    ab = MON_ABBR.get(lang, MONTHS[lang])[m - 1]
    if style == "abbr":
        if lang in ("en", "in"):
            return ch(["%d %s %d" % (d, ab, y), "%s %d, %d" % (ab + ("." if ab != "May" else ""), d, y), "%02d-%s-%d" % (d, ab.upper(), y)])
        if lang == "de":
            return "%d. %s %d" % (d, ab, y)
        if lang in ("fr", "es", "it", "nl", "pt"):
            return "%d %s %d" % (d, ab, y)
        style = "long"
    if lang in ("en", "in"):
        if loc == "us":
            return ch(["%s %d, %d" % (mn, d, y), "%s %d%s, %d" % (mn, d, ordsuf(d), y)])
        return ch(["%d %s %d" % (d, mn, y), "%d%s %s %d" % (d, ordsuf(d), mn, y), "%d%s of %s %d" % (d, ordsuf(d), mn, y)])
    if lang == "de":
        return ch(["%d. %s %d" % (d, mn, y), "%02d. %s %d" % (d, mn, y)])
    if lang == "fr":
        return "%s %s %d" % ("1er" if d == 1 else str(d), mn, y)
    if lang == "es":
        return ch(["%d de %s de %d" % (d, mn, y), "%d %s %d" % (d, mn, y)])
    if lang == "it":
        return "%s %s %d" % ("1º" if d == 1 and chance(0.5) else str(d), mn, y)
    if lang == "nl":
        return "%d %s %d" % (d, mn, y)
    if lang == "pt":
        return "%s de %s de %d" % ("1º" if d == 1 and loc == "br" else str(d), mn, y)
    if lang == "da":
        return "%d. %s %d" % (d, mn, y)
    return "%d %s %d" % (d, mn, y)


def dob(loc, style=None, y0=1941, y1=2005, dt=None):
    dt = dt or rdate(y0, y1)
    return L("dob", fmt_date(dt, loc, style))


def ndate(loc, tag, style=None, y0=2023, y1=2026):
    return N(fmt_date(rdate(y0, y1), loc, style), tag)


# =========================================================== ids, cards, IBAN

def gov(kind, p=None, dt=None):
    """A government id label (value from corpuslib's generators)."""
    if kind == "ssn":
        a, g, s = C.ssn_random(R)
        v = ch(["%s-%s-%s", "%s-%s-%s", "%s %s %s", "%s%s%s"]) % (a, g, s)
    elif kind == "itin":
        a, g, s = C.itin_random(R)
        v = "%s-%s-%s" % (a, g, s)
    elif kind == "nino":
        pre, num, suf = C.nino_random(R)
        v = ch(["%s %s %s %s %s" % (pre, num[:2], num[2:4], num[4:], suf), "%s%s%s" % (pre, num, suf), "%s %s %s" % (pre, num, suf)])
    elif kind == "nhs":
        s = C.nhs_random(R)
        v = ch(["%s %s %s" % (s[:3], s[3:6], s[6:]), s, "%s-%s-%s" % (s[:3], s[3:6], s[6:])])
    elif kind == "steuer_id":
        s = C.steuerid_random(R)
        v = ch(["%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:]), s, s])
    elif kind == "nir":
        female = p.female if p else chance(0.5)
        body, key = C.nir_random(R, sex="2" if female else "1", yy=dt.year % 100 if dt else None, mm=dt.month if dt else None)
        v = ch(["%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key),
                "%s%s" % (body, key), "%s %s" % (body, key)])
    elif kind == "dni":
        n, l = C.dni_random(R)
        v = ch(["%s%s" % (n, l), "%s-%s" % (n, l), "%s %s" % (n, l)])
    elif kind == "nie":
        pre, n, l = C.nie_random(R)
        v = ch(["%s%s%s" % (pre, n, l), "%s-%s-%s" % (pre, n, l)])
    elif kind == "codice_fiscale":
        dt = dt or rdate(1945, 2004)
        female = p.female if p else chance(0.5)
        sur = p.family if p else ch(SURNAMES["it"])
        giv = p.given if p else ch(GIVEN_F["it"] if female else GIVEN_M["it"])
        v = C.cf_make(sur, giv, dt.year % 100, dt.month, dt.day, female,
                      ch(["H501", "F205", "L219", "F839", "A944", "D612", "D969", "G273", "A662", "L736"]))
    elif kind == "bsn":
        s = C.bsn_random(R)
        v = ch([s, s, "%s.%s.%s" % (s[:4], s[4:6], s[6:]), "%s %s %s" % (s[:3], s[3:6], s[6:])])
    elif kind == "aadhaar":
        s = C.aadhaar_random(R)
        v = ch(["%s %s %s" % (s[:4], s[4:8], s[8:]), s, "%s-%s-%s" % (s[:4], s[4:8], s[8:])])
    elif kind == "pan":
        v = C.pan_random(R, "P", p.family if p else ch(SURNAMES["in"]))
    elif kind == "cpf":
        s = C.cpf_random(R)
        v = ch(["%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), s, "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])])
    elif kind == "passport":
        return passport(ch(["US", "GB", "DE", "FR", "ES", "IT", "NL", "IN", "BR"]))
    else:
        raise KeyError(kind)
    return L("gov_id", v, sub=kind)


def passport(country):
    if country in ("US", "GB"):
        v = C.nz(R, 9)
    elif country == "DE":
        v = ch("CFGHJK") + "".join(ch("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    elif country == "FR":
        v = C.digits(R, 2) + ch(string.ascii_uppercase) + ch(string.ascii_uppercase) + C.digits(R, 5)
    elif country == "ES":
        v = ch(["PAA", "PAB", "PAC", "XDA", "AAF"]) + C.digits(R, 6)
    elif country == "IT":
        v = ch(["YA", "YB", "AA", "YC"]) + C.digits(R, 7)
    elif country == "NL":
        v = ch(["NW", "NX", "BP", "NR"]) + "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + C.digits(R, 1)
    elif country == "IN":
        v = ch("JKLMNPRSTUVZ") + C.nz(R, 7)
    elif country == "BR":
        v = ch(["FZ", "GA", "YB", "FX"]) + C.digits(R, 6)
    else:  # no national layout written here: letter + 8 digits
        v = ch("CNPU") + C.digits(R, 8)
    return L("gov_id", v, sub="passport")


CARD_SUB = {"visa13": "visa", "mastercard2": "mastercard"}


def card(issuer=None, style=None):
    issuer = issuer or ch(["visa", "visa", "visa", "mastercard", "mastercard", "mastercard2", "amex", "discover", "jcb",
                           "diners", "unionpay", "maestro", "visa13", "cb"])
    if issuer == "cb":  # French Carte Bancaire cards carry Visa/Mastercard numbers
        issuer = ch(["visa", "mastercard"])
    num = C.card_random(R, issuer)
    sizes = C.card_grouping(len(num))
    style = style or ch(["space", "space", "space", "dash", "none", "nbsp", "dot", "space2"])
    if style == "none":
        v = num
    elif style == "space2" and len(num) == 16:
        v = num[:8] + " " + num[8:]
    else:
        sep = {"space": " ", "space2": " ", "dash": "-", "nbsp": "\u00a0", "dot": "."}[style]
        v = sep.join(C.split_groups(num, sizes))
    return L("card", v, sub=CARD_SUB.get(issuer, issuer))


def iban(country, style=None):
    s = C.iban_random(R, country)
    style = style or ch(["group", "group", "group", "compact", "lower", "nbsp", "group_dash"])
    if style == "compact":
        v = s
    elif style == "lower":
        v = C.group(s.lower()) if chance(0.5) else s.lower()
    elif style == "nbsp":
        v = C.group(s, sep="\u00a0")
    elif style == "group_dash":
        v = C.group(s, sep="-")
    else:
        v = C.group(s)
    return L("iban", v, sub=country)


# =================================================================== secrets

SECRET_KINDS = ["aws_access_key_id", "aws_secret_access_key", "github_pat", "github_fine_grained", "gitlab_pat",
                "slack_token", "slack_webhook", "stripe", "google_api_key", "openai", "anthropic", "jwt", "npm_token",
                "sendgrid", "twilio", "hex32", "password", "pem"]
PW_WORDS = ["Sonnenblume", "kartoffel", "Papillon", "girasol", "Gelato", "Tulpenveld", "saudade", "Wiewiórka",
            "Kanelbulle", "Hygge", "Lale", "marmotte", "Eichhörnchen", "cafecito", "Zeppelin", "Blaubeere",
            "treinkaartje", "Bergamotto", "Pamplemousse", "Sardinha", "Hornbill", "Quokka", "Nebelhorn"]
PW_SYMS = "!#$%&*?@+_-.="


def password(url_safe=False):
    r = R.random()
    syms = "-_.~!*" if url_safe else PW_SYMS
    if r < 0.35:
        v = ch(PW_WORDS) + ch(syms) + str(R.randint(7, 2025))
    elif r < 0.55:
        v = "-".join(ch(PW_WORDS).lower() for _ in range(3)) + str(R.randint(1, 99))
    elif r < 0.8:
        alpha = string.ascii_letters + string.digits + syms
        while True:
            v = "".join(ch(alpha) for _ in range(R.randint(12, 24)))
            if any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
                break
    elif r < 0.9 and not url_safe:
        v = C.secret_random(R, "password")
    else:
        w = ch(PW_WORDS)
        v = w[0].upper() + w[1:].translate(str.maketrans("aeio", "4310")) + str(R.randint(10, 9999)) + ch(syms)
    return v


def password_ascii(url_safe=False):
    while True:
        v = password(url_safe)
        if v.isascii():
            return v


def pw(url_safe=False):
    return L("secret", password(url_safe), sub="password")


def secret(kind=None):
    kind = kind or ch([k for k in SECRET_KINDS if k not in ("pem", "password")])
    return L("secret", C.secret_random(R, kind), sub=kind)


# ========================================================================= IP

PUB_V4_FIRST = [23, 31, 37, 45, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 93, 94, 95, 109, 141,
                145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 24, 50, 67, 68, 71, 73, 98, 104, 107, 117,
                122, 139, 152, 177, 186, 189, 200, 201]


def ipv4():
    return "%d.%d.%d.%d" % (ch(PUB_V4_FIRST), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ipv6():
    pre = ch(["2a02:8108", "2a01:c22", "2001:16b8", "2a00:23c7", "2600:1700", "2804:14d", "2405:201", "2a01:e0a",
              "2a02:a46f", "2003:e4"])
    groups = ["%x" % R.randint(0, 0xffff) for _ in range(7 - pre.count(":"))]
    if chance(0.5):
        return pre + ":" + ":".join(groups[:2]) + "::" + "%x" % R.randint(1, 0xffff)
    return pre + ":" + ":".join(groups)


def ip(v6=None):
    if v6 is None:
        v6 = chance(0.2)
    return L("ip", ipv6(), sub="v6") if v6 else L("ip", ipv4(), sub="v4")


# ============================================================ hard negatives
# Look-alikes of every type; each returns N(text, tag).

def hexs(n):
    return C.rnd(R, "0123456789abcdef", n)


def n_order():
    return N(ch(["%03d-%07d-%07d" % (R.randint(100, 999), R.randint(0, 9999999), R.randint(0, 9999999)),
                 "ORD-%d-%06d" % (R.randint(2023, 2025), R.randint(1, 999999)), "#%d" % R.randint(1000000, 99999999),
                 "SO%08d" % R.randint(1, 99999999), "BE-%d-%05d" % (R.randint(23, 25), R.randint(1, 99999))]), "order_no")


def n_tracking():
    return N(ch(["1Z%s%s%08d" % (C.rnd(R, string.ascii_uppercase + string.digits, 6), "%02d" % R.randint(1, 99), R.randint(0, 99999999)),
                 "00340434%012d" % R.randint(0, 10 ** 12 - 1), "3S%s%09d" % (C.rnd(R, string.ascii_uppercase, 4), R.randint(0, 10 ** 9 - 1)),
                 "6A%011d" % R.randint(0, 10 ** 11 - 1), "JJD%015d" % R.randint(0, 10 ** 15 - 1),
                 "9400 1%03d %04d %04d %04d %02d" % (R.randint(0, 999), R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 99)),
                 "LX%09dCN" % R.randint(0, 10 ** 9 - 1)]), "tracking_no")


def n_invoice():
    return N(ch(["INV-%d-%05d" % (R.randint(2023, 2025), R.randint(1, 99999)), "RE-%d-%05d" % (R.randint(23, 25), R.randint(1, 99999)),
                 "F%d/%04d" % (R.randint(2023, 2025), R.randint(1, 9999)), "FAC-%06d" % R.randint(1, 999999),
                 "NF-e %09d" % R.randint(1, 999999999)]), "invoice_no")


def n_ticket():
    return N(ch(["#%d" % R.randint(10000, 999999), "INC%07d" % R.randint(1, 9999999), "SUP-%d" % R.randint(100, 99999),
                 "CS%08d" % R.randint(1, 99999999)]), "ticket_no")


def n_version():
    return N(ch(["v%d.%d.%d" % (R.randint(0, 9), R.randint(0, 40), R.randint(0, 30)), "%d.%d.%d" % (R.randint(1, 20), R.randint(0, 30), R.randint(0, 99)),
                 "%d.%d.%d-rc.%d" % (R.randint(1, 5), R.randint(0, 20), R.randint(0, 9), R.randint(1, 4))]), "version")


def n_version4():
    """Four dotted numbers <= 255 that are a version, not an address."""
    return N("%d.%d.%d.%d" % (R.randint(1, 12), R.randint(0, 9), R.randint(0, 40), R.randint(1, 250)), "version4")


def n_build():
    return N(ch(["%d.0.%d.%d" % (R.randint(10, 130), R.randint(1000, 26999), R.randint(1, 999)),
                 "%d.%02d.%02d.%d" % (R.randint(2023, 2025), R.randint(1, 12), R.randint(1, 28), R.randint(1, 9)),
                 "build %d" % R.randint(1000, 99999)]), "build_no")


def n_timestamp():
    dt = rdate(2023, 2025)
    return N(ch(["%sT%02d:%02d:%02dZ" % (dt.isoformat(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
                 "%d" % R.randint(1680000000, 1760000000), "%s %02d:%02d:%02d.%03d" % (dt.isoformat(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)),
                 "%d%03d" % (R.randint(1680000000, 1760000000), R.randint(0, 999))]), "timestamp")


def n_hash():
    return N(ch([hexs(40), hexs(64), hexs(7), "sha256:" + hexs(64), hexs(12)]), "hash")


def n_md5():
    return N(hexs(32), "md5")


def n_uuid():
    h = hexs(32)
    return N("%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], ch("89ab"), h[17:20], h[20:32]), "uuid")


def n_coords():
    return N(ch(["%.4f, %.4f" % (R.uniform(36, 58), R.uniform(-9, 24)), "%.6f,%.6f" % (R.uniform(-33, 52), R.uniform(-73, 10)),
                 "%d°%02d′N %d°%02d′E" % (R.randint(36, 58), R.randint(0, 59), R.randint(0, 24), R.randint(0, 59))]), "coords")


def n_product():
    return N(ch(["SKU %s-%d" % (C.rnd(R, string.ascii_uppercase, 3), R.randint(100, 9999)), "Art.-Nr. %d-%04d" % (R.randint(100, 999), R.randint(0, 9999)),
                 "P/N %04d-%s%d" % (R.randint(0, 9999), ch("ABCXZ"), R.randint(1, 9)), "model KX-%s%d" % (ch(["TG", "HD", "PX"]), R.randint(1000, 9999)),
                 "REF %s%06d" % (ch(["CH", "LM", "TX"]), R.randint(0, 999999))]), "product_code")


def n_masked_card():
    l4 = "%04d" % R.randint(0, 9999)
    return N(ch(["**** **** **** " + l4, "XXXX-XXXX-XXXX-" + l4, "•••• " + l4, "**** " + l4, "ending in " + l4,
                 "%d%03d %02d** **** %s" % (ch([4, 5]), R.randint(0, 999), R.randint(0, 99), l4)]), "masked_card")


def n_luhn_fail():
    good = C.card_random(R, ch(["visa", "mastercard"]))
    bad = good[:-1] + str((int(good[-1]) + R.randint(1, 9)) % 10)
    assert not C.luhn_ok(bad)
    return N(ch([" ".join(C.split_groups(bad, [4, 4, 4, 4])), bad]), "luhn_fail")


def n_imei():
    body = ch(["35", "86", "01", "49"]) + C.digits(R, 12)
    v = C.luhn_complete(body)
    return N(ch([v, "%s %s %s %s" % (v[:2], v[2:8], v[8:14], v[14])]), "imei")


def n_placeholder():
    return N(ch(["<YOUR_API_KEY>", "${STRIPE_SECRET_KEY}", "{{ db_password }}", "<password>", "REPLACE_ME", "********",
                 "sk_live_" + "X" * 24, "ghp_" + "x" * 36, "AKIA" + "X" * 16, "${{ secrets.NPM_TOKEN }}", "%(DB_PASS)s",
                 "your-token-here", "<insert key>", "xxxxxxxx", "$DB_PASSWORD"]), "placeholder")


def n_pk():
    return N(ch(["pk_live_", "pk_test_"]) + C.rnd(R, C.ALNUM, 24), "publishable_key")


def n_bad_iban(country=None):
    s = C.iban_random(R, country or ch(["DE", "FR", "ES", "IT", "NL", "GB", "BE", "PT"]))
    while True:
        bad = s[:2] + "%02d" % R.randint(2, 98) + s[4:]
        if C.iban_mod97(bad) != 1:
            return N(C.group(bad) if chance(0.7) else bad, "bad_iban")


CREDITOR_NAT = {"DE": lambda: C.digits(R, 11), "FR": lambda: C.rnd(R, string.digits + "ABCDEFGHJKLMNPQRSTUVWXYZ", 6),
                 "ES": lambda: ch("ABGH") + C.digits(R, 8), "IT": lambda: C.digits(R, 11), "NL": lambda: C.digits(R, 8) + "0000",
                 "PT": lambda: C.digits(R, 6), "AT": lambda: C.digits(R, 11), "BE": lambda: "0" + C.digits(R, 9)}


def n_creditor_id(country="DE"):
    """SEPA creditor identifier: CC + mod-97 check digits over the national
    id (business code ZZZ excluded) — IBAN-like, but no IBAN."""
    nat = CREDITOR_NAT[country]()
    n = int("".join(str(int(c, 36)) for c in nat + country + "00"))
    return N("%s%02dZZZ%s" % (country, 98 - n % 97, nat), "creditor_id")


def n_bic():
    return N(ch(["COBADEFFXXX", "BNPAFRPPXXX", "INGBNL2A", "BSCHESMM", "UNCRITMM", "CGDIPTPL", "DEUTDEFF500", "RABONL2U",
                 "CAIXESBBXXX", "BCITITMM", "GENODEF1S10", "ITAUBRSP"]), "bic")


def n_bad_ssn():
    return N(ch(["000-%02d-%04d" % (R.randint(1, 99), R.randint(1, 9999)), "666-%02d-%04d" % (R.randint(1, 99), R.randint(1, 9999)),
                 "9%02d-%02d-%04d" % (R.randint(0, 99), ch([10, 20, 30, 40, 93]), R.randint(1, 9999)),
                 "%03d-00-%04d" % (R.randint(1, 665), R.randint(1, 9999))]), "bad_ssn")


def n_bad_cpf():
    s = C.cpf_random(R)
    bad = s[:10] + str((int(s[10]) + R.randint(1, 9)) % 10)
    assert not C.cpf_ok(bad)
    return N("%s.%s.%s-%s" % (bad[:3], bad[3:6], bad[6:9], bad[9:]), "bad_cpf")


def n_bad_dni():
    n, l = C.dni_random(R)
    wrong = ch([c for c in C.DNI_LETTERS if c != l])
    return N(n + wrong, "bad_dni")


def n_bad_bsn():
    while True:
        s = C.nz(R, 9)
        if not C.bsn_ok(s):
            return N(s, "bad_bsn")


def n_bad_aadhaar():
    s = C.aadhaar_random(R)
    bad = s[:11] + str((int(s[11]) + R.randint(1, 9)) % 10)
    assert not C.verhoeff_ok(bad)
    return N("%s %s %s" % (bad[:4], bad[4:8], bad[8:]), "bad_aadhaar")


def n_vat():
    return N(ch(["DE%09d" % R.randint(100000000, 999999999), "FR%02d %09d" % (R.randint(10, 99), R.randint(100000000, 999999999)),
                 "ESB%08d" % R.randint(0, 99999999), "IT%011d" % R.randint(0, 99999999999), "NL%09dB01" % R.randint(0, 999999999),
                 "PT%09d" % R.randint(500000000, 599999999), "ATU%08d" % R.randint(0, 99999999)]), "vat_id")


def n_ein():
    return N("%02d-%07d" % (R.randint(10, 88), R.randint(0, 9999999)), "ein")


def n_siret():
    siren = C.luhn_complete(C.nz(R, 8))
    siret = C.luhn_complete(siren + C.digits(R, 4))
    return N(ch(["%s %s %s %s" % (siret[:3], siret[3:6], siret[6:9], siret[9:]), siret]), "siret")


def n_cnpj():
    return N("%02d.%03d.%03d/0001-%02d" % (R.randint(10, 99), R.randint(0, 999), R.randint(0, 999), R.randint(0, 99)), "cnpj")


def n_ean():
    body = ch(["400", "300", "800", "871", "560", "789", "890"]) + C.digits(R, 9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return N(body + str((10 - s % 10) % 10), "ean")


def n_isbn():
    body = "978" + ch(["3", "2", "84", "88", "90", "85", "1"]) + C.digits(R, 12 - 3 - 1)
    body = body[:12]
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    v = body + str((10 - s % 10) % 10)
    return N("ISBN %s-%s-%s-%s" % (v[:3], v[3], v[4:8], v[8:]) if chance(0.5) else "ISBN " + v, "isbn")


def n_oid():
    return N("1.3.6.1.4.1.%d.%d.%d" % (R.randint(1, 60000), R.randint(1, 20), R.randint(1, 9)), "oid")


def n_octets():
    return N("%d.%d.%d.%d" % (R.randint(256, 999), R.randint(0, 255), R.randint(0, 255), R.randint(0, 255)), "octet_overflow")


def n_mac():
    return N(":".join("%02x" % R.randint(0, 255) for _ in range(6)), "mac")


def n_amount(loc="de"):
    a = R.randint(5, 9999) + R.randint(0, 99) / 100
    s = "{:,.2f}".format(a)
    eu = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return N(ch({"de": ["%s €" % eu, "EUR %s" % eu], "fr": ["%s €" % eu.replace(".", "\u202f")], "us": ["$%s" % s, "USD %s" % s],
                 "gb": ["£%s" % s], "br": ["R$ %s" % eu], "in": ["₹ %s" % s, "Rs. %s" % s], "nl": ["€ %s" % eu],
                 "es": ["%s €" % eu], "it": ["€ %s" % eu], "pt": ["%s €" % eu], "pl": ["%s zł" % eu.replace(".", " ")],
                 "se": ["%s kr" % eu.replace(".", " ")], "dk": ["%s kr." % eu], "tr": ["%s TL" % eu]}[loc]), "amount")


def n_time_range():
    h = R.randint(7, 17)
    return N(ch(["%02d:%02d–%02d:%02d" % (h, ch([0, 15, 30]), h + 1, ch([0, 30])), "%02d:00-%02d:00" % (h, h + 2)]), "time_range")


def n_duration():
    return N("%02d:%02d:%02d" % (R.randint(0, 2), R.randint(0, 59), R.randint(0, 59)), "duration")


ROOM_WORD = {"en": "Room", "de": "Zimmer", "fr": "Chambre", "es": "Habitación", "it": "Camera", "nl": "Kamer", "pt": "Quarto",
             "tr": "Oda", "sv": "Rum", "da": "Værelse", "pl": "Pokój", "in": "Room"}
MEETING_ROOMS = ["Raum Elbe", "Room 4.12", "Salle Garonne", "Sala Tajo", "Aula Magna", "Vergaderzaal 3", "Sala Ipanema", "Mødelokale 2",
                 "Konferensrum Vänern", "Boardroom", "Raum 2.014"]


def n_room(kind="meeting", lang="en"):
    if kind == "hotel":
        return N("%s %d" % (ROOM_WORD.get(lang, "Room"), R.randint(101, 950)), "room")
    if kind == "seat":
        return N("%s %d%s" % ({"de": "Sitz", "fr": "Siège", "es": "Asiento", "it": "Posto", "nl": "Stoel", "pt": "Lugar"}.get(lang, "Seat"),
                               R.randint(1, 40), ch("ABCDEF")), "seat")
    if kind == "court":
        return N(str(R.randint(1, 24)) + ch(["", "", "A", "B"]), "room")
    return N(ch(MEETING_ROOMS), "room")


def n_flight():
    return N("%s %d" % (ch(["LH", "AF", "IB", "AZ", "KL", "TP", "BA", "UA", "TK", "SK", "LX", "FR", "U2", "LA", "AI"]),
                        R.randint(10, 9899)), "flight_no")


def n_pnr():
    return N(C.rnd(R, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6), "booking_ref")


def n_policy():
    return N(ch(["POL-%08d" % R.randint(0, 99999999), "%s/%07d" % (ch(["KV", "HR", "AU"]), R.randint(0, 9999999)),
                 "%d-%06d-%02d" % (R.randint(10, 99), R.randint(0, 999999), R.randint(0, 99))]), "policy_no")


def n_case():
    return N(ch(["%d Js %d/%02d" % (R.randint(100, 999), R.randint(100, 9999), R.randint(22, 25)),
                 "RG %02d/%05d" % (R.randint(22, 25), R.randint(0, 99999)),
                 "%d/%d/%02d" % (R.randint(10, 99), R.randint(10000, 99999), R.randint(22, 25)),
                 "Az. %d O %d/%02d" % (R.randint(1, 40), R.randint(1, 999), R.randint(22, 25))]), "case_no")


def n_message_id():
    return N("%s.%s@%s" % (R.randint(10 ** 11, 10 ** 12), C.rnd(R, "0123456789ABCDEF", 10),
                          ch(["mx1.mailhost.net", "mail.gmail.com", "eur05.prod.outlook.com", "smtp.relay.example"])), "message_id")


def n_npm_scope():
    return N(ch(["@babel/core@7.%d.%d" % (R.randint(10, 26), R.randint(0, 9)), "@angular/cli@%d.%d.%d" % (R.randint(14, 18), R.randint(0, 3), R.randint(0, 9)),
                 "@types/node@20.%d.%d" % (R.randint(0, 14), R.randint(0, 30)), "git+ssh://git@github.com/acme/ui-kit.git",
                 "python@sha256:" + hexs(64), "@app.route(\"/api/v1/users\")"]), "at_sign")


def n_uid_at():
    return N("%s@%s" % (hexs(16), ch(["calsync", "google.com", "outlook.office365.com"])), "ics_uid")


def n_start_url():
    return N(ch(["https://status.%s.io/incidents/%s" % (ch(["corvid", "nimbus", "tallyho"]), C.rnd(R, "abcdefghjkmnpqrstvwxyz0123456789", 12)),
                 "https://meet.%s.com/%s-%s-%s" % (ch(["jitsi", "whereby"]), C.rnd(R, string.ascii_lowercase, 3), C.rnd(R, string.ascii_lowercase, 4), C.rnd(R, string.ascii_lowercase, 3))]), "url")


# name-like capitalised words that are not people (per language)
NAME_WORDS = {
    "en": ["Will the nightly build pick this up?", "Mark the ticket as resolved", "Grant read access to the Ops group",
           "the rose gold model", "Frank feedback from the pilot customers", "Hope this helps!", "Bill the second instalment in May",
           "Amber alert on the dashboard", "the Victoria line was suspended", "Jenkins job", "our Cassandra cluster",
           "the Hugo static site", "Julia 1.10 kernel", "Kafka consumer lag", "Jasmine specs", "Ada compiler",
           "Sterling silver finish", "Georgia font", "Patience is wearing thin", "Dawn shift"],
    "de": ["Frank und frei gesagt", "im Mai", "der Winter-Katalog", "Herbst/Winter 2024", "die Sonne-Tarifgruppe", "Kaiser's Filiale",
           "bei Lidl am Bahnhof", "der Jenkins-Job", "unsere Kafka-Instanz", "Heiligabend", "Ostermontag", "Rosenmontag"],
    "fr": ["en juin", "la Printemps Haussmann", "rose poudré", "le Jenkins de prod", "la gare Saint-Lazare", "la Toussaint",
           "mercredi prochain", "Pierre et Vacances", "l'avenue Victor-Hugo"],
    "es": ["en agosto", "El Corte Inglés", "Semana Santa", "el servidor Jenkins", "la calle de Alcalá", "Reyes Magos",
           "color rosa palo", "el viernes"],
    "it": ["a luglio", "Ferragosto", "Santa Maria Novella", "il cluster Cassandra", "Piazza Garibaldi", "Gelateria Mario's"],
    "nl": ["in mei", "Albert Heijn", "Koningsdag", "de Jenkins-pipeline", "Sinterklaas", "de Kalverstraat"],
    "pt": ["em março", "Casas Bahia", "Porto Alegre", "o Jenkins de homologação", "Avenida Paulista", "São João", "Dia de Reis"],
    "pl": ["w maju", "Boże Narodzenie", "Dworzec Centralny"],
    "sv": ["i maj", "Midsommar", "Kungsgatan"],
    "da": ["i maj", "Sankt Hans", "Strøget"],
    "tr": ["Mayıs ayında", "Kurban Bayramı", "Bağdat Caddesi"],
}
NAME_WORDS["in"] = NAME_WORDS["en"] + ["Diwali", "Ganesh Chaturthi"]
COMPANY_WORDS = ["Johnson & Johnson", "Hugo Boss", "Ernst & Young", "Albert Heijn", "Marks & Spencer", "Dr. Oetker",
                 "Peek & Cloppenburg", "Galeries Lafayette", "El Corte Inglés", "Ferrero", "Casas Bahia", "Tata Consultancy Services",
                 "Philips", "Ben & Jerry's", "Louis Vuitton", "Mercedes-Benz", "Procter & Gamble", "Benetton", "Tim Hortons"]
PLACE_WORDS = ["Victoria Station", "Santa Maria Novella", "St. Pauli", "Mont-Saint-Michel", "Porto Alegre", "Den Bosch",
               "Alexanderplatz", "San Sebastián", "Saint-Étienne", "Santiago de Compostela", "São José dos Campos",
               "Charles de Gaulle", "Mount Pleasant", "Port Elizabeth"]
STREET_WORDS = {
    "en": ["Baker Street", "Oxford Street", "Abbey Road", "Fifth Avenue", "Lombard Street", "Princes Street"],
    "de": ["Karl-Marx-Allee", "Friedrichstraße", "Königsallee", "Reeperbahn", "Maximilianstraße", "Schlossallee"],
    "fr": ["avenue Victor-Hugo", "rue Émile-Zola", "rue de Rivoli", "boulevard Haussmann", "cours Mirabeau"],
    "es": ["calle de Alcalá", "Gran Vía", "calle Serrano", "avenida Diagonal", "calle Sierpes"],
    "it": ["via Giuseppe Verdi", "via del Corso", "via Toledo", "corso Vittorio Emanuele"],
    "nl": ["Kalverstraat", "Coolsingel", "Damrak", "Lange Voorhout"],
    "pt": ["Avenida Paulista", "Rua Augusta", "Avenida da Liberdade", "Rua Oscar Freire"],
}


def n_street(lang="en"):
    return N(ch(STREET_WORDS.get({"in": "en", "sv": "en", "da": "en", "pl": "en", "tr": "en"}.get(lang, lang), STREET_WORDS["en"])),
             "street_mention")


def n_name_word(lang):
    return N(ch(NAME_WORDS.get(lang, NAME_WORDS["en"])), "name_word")


def n_company():
    return N(ch(COMPANY_WORDS), "company")


def n_place():
    return N(ch(PLACE_WORDS), "place")


def n_weekday(lang):
    return N(ch(WEEKDAYS.get(lang, WEEKDAYS["en"])), "weekday")


def n_month(lang):
    return N(ch(MONTHS.get(lang, MONTHS["en"])), "month")


def n_city(loc):
    """A bare city name (birthplace, branch, hub): not an address."""
    c = LOC_COUNTRY[loc]
    names = {"US": [x[0] for x in US_CITIES], "GB": [x[0] for x in UK_TOWNS], "DE": [x[0] for x in DE_CITIES],
             "FR": [x[0] for x in FR_CITIES], "ES": [x[0] for x in ES_CITIES], "IT": [x[0] for x in IT_CITIES],
             "NL": [x[0] for x in NL_CITIES], "IN": [x[0] for x in IN_CITIES], "BR": [x[0] for x in BR_CITIES],
             "PT": [x[0] for x in PT_CITIES], "PL": [x[0] for x in PL_CITIES], "SE": [x[0] for x in SE_CITIES],
             "DK": [x[0].split(" ")[0] for x in DK_CITIES], "TR": [x[1] for x in TR_CITIES]}[c]
    return N(ch(names), "city")


# ================================================================= templates
import re  # noqa: E402

TEMPLATES = []  # (name, function, records, of which clean)


def tpl(name, count, n_clean):
    def deco(fn):
        TEMPLATES.append((name, fn, count, n_clean))
        return fn
    return deco


def F(_frame, **kw):
    """Split a frame into parts, str.format style: {key} is a slot filled
    with a string, L, N or list; {{ and }} are literal braces."""
    s = _frame
    out, buf, i = [], "", 0
    while i < len(s):
        c = s[i]
        if c == "{" and s.startswith("{{", i):
            buf += "{"
            i += 2
        elif c == "}" and s.startswith("}}", i):
            buf += "}"
            i += 2
        elif c == "{":
            j = s.index("}", i)
            if buf:
                out.append(buf)
                buf = ""
            out.append(kw[s[i + 1:j]])
            i = j + 1
        else:
            assert c != "}", s
            buf += c
            i += 1
    if buf:
        out.append(buf)
    return out


def hhmm():
    return "%02d:%02d" % (R.randint(7, 21), R.randint(0, 59))


# ---------------------------------------------------------- 1 ticket thread
TICKET = {
    "en": ("Ticket {tno} · {subj}\nStatus: Pending customer · Priority: normal\n\n— Reply by {agent} (Customer Care) · {ts}\n\n"
           "Hi {cg},\n\nthanks for your patience. I checked order {order}: the parcel ({trk}) was handed to the courier on {d}. "
           "I have asked them to redeliver it.\n\nKind regards,\n{agent2}\n\n"
           "> On {wd}, {d2} at {t}, {cfull} <{mail}> wrote:\n> Hello,\n> I ordered on {d3} and nothing has arrived yet. "
           "Please call me on {phone}{addr}.\n> Thanks, {cg2}",
           " or send it to {a}", ["Parcel not delivered", "Where is my order?", "Wrong size delivered", "Delivery failed twice"],
           "Ticket {tno} · Refund for order {order}\nStatus: Waiting on warehouse\n\n— Internal note (Billing) · {ts}\n"
           "Refund approved; the card {masked} will be credited {amount} within 5 working days. Return parcel {trk} was "
           "scanned at the {place} hub on {d}.\n\n> Warehouse team wrote on {wd}:\n> Return received, {sku}, condition A. "
           "{nw}. Nothing missing."),
    "de": ("Ticket {tno} · {subj}\nStatus: Warten auf Kunde\n\n— Antwort von {agent} (Kundenservice) · {ts}\n\n"
           "Hallo {cg},\n\nvielen Dank für Ihre Geduld. Ich habe Bestellung {order} geprüft: Das Paket ({trk}) wurde am {d} "
           "an den Zusteller übergeben. Ich habe eine erneute Zustellung beauftragt.\n\nViele Grüße\n{agent2}\n\n"
           "> Am {wd}, {d2} um {t} schrieb {cfull} <{mail}>:\n> Guten Tag,\n> ich habe am {d3} bestellt und bis heute nichts "
           "erhalten. Sie erreichen mich unter {phone}{addr}.\n> Gruß {cg2}",
           ", Lieferadresse ist {a}", ["Paket nicht angekommen", "Wo bleibt meine Bestellung?", "Falsche Größe geliefert"],
           "Ticket {tno} · Erstattung Bestellung {order}\nStatus: Warten auf Lager\n\n— Interne Notiz (Buchhaltung) · {ts}\n"
           "Erstattung freigegeben, die Karte {masked} erhält {amount} gutgeschrieben. Rücksendung {trk} wurde am {d} im "
           "Verteilzentrum {place} gescannt.\n\n> Lager schrieb am {wd}:\n> Retoure erhalten, {sku}, Zustand A. {nw}."),
    "fr": ("Ticket {tno} · {subj}\nStatut : en attente du client\n\n— Réponse de {agent} (Service client) · {ts}\n\n"
           "Bonjour {cg},\n\nmerci pour votre patience. J'ai vérifié la commande {order} : le colis ({trk}) a été remis au "
           "transporteur le {d}. J'ai demandé une nouvelle livraison.\n\nCordialement,\n{agent2}\n\n"
           "> Le {wd} {d2} à {t}, {cfull} <{mail}> a écrit :\n> Bonjour,\n> j'ai commandé le {d3} et je n'ai toujours rien reçu. "
           "Vous pouvez me joindre au {phone}{addr}.\n> Merci, {cg2}",
           " ; mon adresse : {a}", ["Colis non livré", "Commande introuvable", "Mauvaise taille livrée"],
           "Ticket {tno} · Remboursement commande {order}\nStatut : en attente de l'entrepôt\n\n— Note interne (Comptabilité) · {ts}\n"
           "Remboursement validé ; la carte {masked} sera créditée de {amount}. Le retour {trk} a été scanné au dépôt de {place} le {d}.\n\n"
           "> L'entrepôt a écrit le {wd} :\n> Retour reçu, {sku}, état A. {nw}."),
    "es": ("Ticket {tno} · {subj}\nEstado: pendiente del cliente\n\n— Respuesta de {agent} (Atención al cliente) · {ts}\n\n"
           "Hola, {cg}:\n\ngracias por tu paciencia. He revisado el pedido {order}: el paquete ({trk}) se entregó al transportista "
           "el {d}. He solicitado una nueva entrega.\n\nUn saludo,\n{agent2}\n\n"
           "> El {wd}, {d2} a las {t}, {cfull} <{mail}> escribió:\n> Hola:\n> hice el pedido el {d3} y todavía no ha llegado nada. "
           "Podéis llamarme al {phone}{addr}.\n> Gracias, {cg2}",
           " o enviarlo a {a}", ["Paquete no entregado", "¿Dónde está mi pedido?", "Talla equivocada"],
           "Ticket {tno} · Reembolso del pedido {order}\nEstado: esperando al almacén\n\n— Nota interna (Facturación) · {ts}\n"
           "Reembolso aprobado; se abonarán {amount} en la tarjeta {masked}. La devolución {trk} se escaneó en el centro de {place} el {d}.\n\n"
           "> Almacén escribió el {wd}:\n> Devolución recibida, {sku}, estado A. {nw}."),
    "it": ("Ticket {tno} · {subj}\nStato: in attesa del cliente\n\n— Risposta di {agent} (Assistenza clienti) · {ts}\n\n"
           "Ciao {cg},\n\ngrazie per la pazienza. Ho controllato l'ordine {order}: il pacco ({trk}) è stato consegnato al corriere "
           "il {d}. Ho richiesto una nuova consegna.\n\nCordiali saluti,\n{agent2}\n\n"
           "> Il giorno {wd} {d2} alle ore {t} {cfull} <{mail}> ha scritto:\n> Buongiorno,\n> ho ordinato il {d3} e non è ancora "
           "arrivato nulla. Potete chiamarmi al {phone}{addr}.\n> Grazie, {cg2}",
           " oppure spedire a {a}", ["Pacco non consegnato", "Ordine in ritardo", "Taglia sbagliata"],
           "Ticket {tno} · Rimborso ordine {order}\nStato: in attesa del magazzino\n\n— Nota interna (Contabilità) · {ts}\n"
           "Rimborso approvato; sulla carta {masked} verranno accreditati {amount}. Il reso {trk} è stato scansionato a {place} il {d}.\n\n"
           "> Il magazzino ha scritto {wd}:\n> Reso ricevuto, {sku}, condizione A. {nw}."),
    "nl": ("Ticket {tno} · {subj}\nStatus: wacht op klant\n\n— Antwoord van {agent} (Klantenservice) · {ts}\n\n"
           "Hoi {cg},\n\nbedankt voor je geduld. Ik heb bestelling {order} nagekeken: het pakket ({trk}) is op {d} aan de bezorger "
           "meegegeven. Ik heb een nieuwe bezorging aangevraagd.\n\nMet vriendelijke groet,\n{agent2}\n\n"
           "> Op {wd} {d2} om {t} schreef {cfull} <{mail}>:\n> Hallo,\n> ik heb op {d3} besteld en nog steeds niets ontvangen. "
           "Bel me gerust op {phone}{addr}.\n> Groet, {cg2}",
           " of bezorg het op {a}", ["Pakket niet bezorgd", "Waar blijft mijn bestelling?", "Verkeerde maat geleverd"],
           "Ticket {tno} · Terugbetaling bestelling {order}\nStatus: wacht op magazijn\n\n— Interne notitie (Financiën) · {ts}\n"
           "Terugbetaling goedgekeurd; op kaart {masked} wordt {amount} teruggestort. Retour {trk} is op {d} gescand in {place}.\n\n"
           "> Magazijn schreef op {wd}:\n> Retour ontvangen, {sku}, staat A. {nw}."),
    "sv": ("Ärende {tno} · {subj}\nStatus: väntar på kund\n\n— Svar från {agent} (Kundtjänst) · {ts}\n\n"
           "Hej {cg}!\n\nTack för ditt tålamod. Jag har kollat order {order}: paketet ({trk}) lämnades till budfirman den {d}. "
           "Jag har bett dem leverera igen.\n\nVänliga hälsningar\n{agent2}\n\n"
           "> Den {d2} kl. {t} skrev {cfull} <{mail}>:\n> Hej,\n> jag beställde den {d3} och har fortfarande inte fått något. "
           "Ring mig på {phone}{addr}.\n> Tack, {cg2}",
           " eller skicka till {a}", ["Paketet har inte kommit", "Var är min beställning?"],
           "Ärende {tno} · Återbetalning order {order}\nStatus: väntar på lager\n\n— Intern anteckning (Ekonomi) · {ts}\n"
           "Återbetalning godkänd; kortet {masked} krediteras {amount}. Returen {trk} skannades i {place} den {d}.\n\n"
           "> Lagret skrev i {wd}s:\n> Retur mottagen, {sku}. {nw}."),
}


@tpl("ticket_thread", 34, 8)
def t_ticket(clean):
    loc = ch(["us", "gb", "de", "de", "fr", "es", "nl", "it", "se"])
    lang = lang_of(loc)
    frame, addr_frame, subjects, clean_frame = TICKET[lang]
    wd = n_weekday(lang)
    if clean:
        return "ticket_thread", lang, F(clean_frame, tno=n_ticket(), order=n_order(), ts=n_timestamp(), masked=n_masked_card(),
                                         amount=n_amount(loc if loc in ("us", "gb") else {"sv": "se"}.get(lang, lang)),
                                         trk=n_tracking(), place=n_place(), d=ndate(loc, "doc_date"), wd=wd, sku=n_product(),
                                         nw=n_name_word(lang))
    agent, cust = pers(loc), pers(loc)
    cardq = ""
    if chance(0.3):
        cardq = F({"en": " I paid with my card {c} and it was charged twice.", "de": " Bezahlt habe ich mit der Karte {c}, sie wurde doppelt belastet.",
                   "fr": " J'ai payé avec la carte {c}, débitée deux fois.", "es": " Pagué con la tarjeta {c} y me cobraron dos veces.",
                   "it": " Ho pagato con la carta {c}, addebitata due volte.", "nl": " Ik heb betaald met kaart {c}, die is twee keer belast.",
                   "sv": " Jag betalade med kortet {c} och blev dragen två gånger."}[lang], c=card())
    pwq = ""
    if chance(0.2):
        pwq = F({"en": " My login is {m}, my password is {p} if you need to check.", "de": " Mein Login ist {m}, mein Passwort ist {p}, falls Sie nachsehen müssen.",
                 "fr": " Mon identifiant est {m}, mon mot de passe est {p} si besoin.", "es": " Mi usuario es {m} y mi contraseña es {p}, por si hace falta.",
                 "it": " Il mio login è {m}, la mia password è {p} se serve.", "nl": " Mijn login is {m}, mijn wachtwoord is {p} als dat helpt.",
                 "sv": " Mitt konto är {m} och mitt lösenord är {p} om ni behöver kolla."}[lang], m=e_mail(cust, loc), p=pw())
    frame = frame.replace("{addr}.", "{addr}.{cardq}{pwq}")
    agent_name = L("person", agent.full)
    agent2 = L("person", ch([agent.given, agent.full]))
    addr = F(addr_frame, a=address(loc, multi=False)) if chance(0.4) else ""
    return "ticket_thread", lang, F(frame, tno=n_ticket(), subj=ch(subjects), agent=agent_name, ts=n_timestamp(),
                                     cg=L("person", cust.given), order=n_order(), trk=n_tracking(), d=ndate(loc, "doc_date"),
                                     agent2=agent2, wd=wd, d2=fmt_date(rdate(2024, 2025), loc, "long"), t=hhmm(),
                                     cfull=L("person", cust.full), mail=e_mail(cust, loc), d3=ndate(loc, "order_date", "num"),
                                     phone=ph_any(loc), addr=addr, cardq=cardq, pwq=pwq, cg2=L("person", cust.given))


# ------------------------------------------------------------- 2 CRM notes
CRM = {
    "us": ("Call log — {ts} — outbound\nAccount: {co}\nContact: {p} ({role})\nDirect: {ph}{ext}\n\nNotes: spoke with {pg} about the "
           "renewal of {ctr}. Budget approved up to {amt}; decision expected {wd}. Their AP contact {p2} ({mail}) needs the PO "
           "number on every invoice. {nw}.\nNext step: send revised quote {q} by {due}.",
           ["VP Operations", "procurement lead", "office manager", "CFO"]),
    "gb": ("Call notes {ts}\nAccount: {co}\nSpoke to: {p}, {role} — mobile {ph}{ext}\n\n{pg} is happy with the pilot but wants "
           "the SLA in writing before {due}. Invoices to {p2} <{mail}>. {nw}. Contract ref {ctr}, value {amt}.\nFollow-up: {wd}, send {q}.",
           ["facilities manager", "head of IT", "practice manager", "finance director"]),
    "de": ("Gesprächsnotiz {ts}\nFirma: {co}\nAnsprechpartner: {p} ({role}), Tel. {ph}{ext}\n\nMit {pg} über die Verlängerung von "
           "{ctr} gesprochen. Budget bis {amt} freigegeben, Entscheidung am {wd}. Rechnungen bitte an {p2} ({mail}). {nw}.\n"
           "Nächster Schritt: Angebot {q} bis {due} schicken.",
           ["Einkaufsleiterin", "Geschäftsführer", "Leitung IT", "Prokurist"]),
    "fr": ("Compte rendu d'appel — {ts}\nSociété : {co}\nInterlocuteur : {p} ({role}), tél. {ph}{ext}\n\nÉchange avec {pg} sur le "
           "renouvellement du contrat {ctr}. Budget validé jusqu'à {amt}, décision {wd}. Factures à adresser à {p2} ({mail}). {nw}.\n"
           "Action : envoyer le devis {q} avant le {due}.",
           ["directrice des achats", "gérant", "DSI", "responsable logistique"]),
    "es": ("Nota de llamada — {ts}\nEmpresa: {co}\nContacto: {p} ({role}), tel. {ph}{ext}\n\nHablé con {pg} sobre la renovación del "
           "contrato {ctr}. Presupuesto aprobado hasta {amt}; decidirán el {wd}. Las facturas a {p2} ({mail}). {nw}.\n"
           "Siguiente paso: enviar la oferta {q} antes del {due}.",
           ["jefa de compras", "gerente", "responsable de IT", "director financiero"]),
    "it": ("Nota chiamata — {ts}\nAzienda: {co}\nReferente: {p} ({role}), cell. {ph}{ext}\n\nSentito {pg} per il rinnovo del contratto "
           "{ctr}. Budget approvato fino a {amt}, decisione {wd}. Fatture a {p2} ({mail}). {nw}.\nProssimo passo: inviare "
           "l'offerta {q} entro il {due}.",
           ["responsabile acquisti", "amministratore unico", "direttore tecnico", "titolare"]),
    "br": ("Registro de ligação — {ts}\nEmpresa: {co}\nContato: {p} ({role}), cel. {ph}{ext}\n\nConversei com {pg} sobre a renovação do "
           "contrato {ctr}. Orçamento aprovado até {amt}; decisão na {wd}. Notas fiscais para {p2} ({mail}). {nw}.\n"
           "Próximo passo: enviar a proposta {q} até {due}.",
           ["gerente de compras", "sócio-diretor", "coordenadora de TI", "diretor financeiro"]),
}
CRM_CLEAN = {
    "us": "Account review — {ts}\nAccount: {co} (EIN {ein})\nStage: Proposal · ARR {amt} · Renewal {due}\nOpen items: {ctr} pending legal, "
          "quote {q} sent {wd}. Usage up 14% since {month}; {nw}. No contact changes.",
    "de": "Account-Review {ts}\nFirma: {co}, USt-IdNr. {vat}, Gläubiger-ID {cid}\nPhase: Angebot · Volumen {amt} · Verlängerung zum {due}\nOffen: {ctr} liegt bei der "
          "Rechtsabteilung, Angebot {q} am {wd} verschickt. {nw}. Keine neuen Ansprechpartner.",
    "fr": "Revue de compte — {ts}\nSociété : {co} — SIRET {siret}\nÉtape : proposition · CA annuel {amt} · échéance {due}\nEn cours : {ctr} chez le "
          "juridique, devis {q} envoyé {wd}. {nw}.",
    "br": "Revisão de conta — {ts}\nEmpresa: {co} — CNPJ {cnpj}\nEtapa: proposta · receita anual {amt} · renovação {due}\nPendências: {ctr} no "
          "jurídico, proposta {q} enviada na {wd}. {nw}.",
}


@tpl("crm_note", 32, 8)
def t_crm(clean):
    if clean:
        loc = ch(list(CRM_CLEAN))
        lang = lang_of(loc)
        return "crm_note", lang, F(CRM_CLEAN[loc], ts=n_timestamp(), co=n_company(), ein=n_ein(), siret=n_siret(), cnpj=n_cnpj(), vat=n_vat(), cid=n_creditor_id("DE"), amt=n_amount({"us": "us", "br": "br"}.get(loc, "de")),
                                    due=ndate(loc, "due_date"), ctr=N("CTR-%d-%04d" % (R.randint(2023, 2025), R.randint(1, 9999)), "contract_no"),
                                    q=N("Q-%06d" % R.randint(1, 999999), "quote_no"), wd=n_weekday(lang), month=n_month(lang), nw=n_name_word(lang))
    loc = ch(list(CRM))
    lang = lang_of(loc)
    frame, roles = CRM[loc]
    p, p2 = pers(loc), pers(loc)
    co = company(loc)
    ext = ch(["", "", " ext. %d" % R.randint(10, 899) if lang == "en" else " (DW %d)" % R.randint(10, 99) if lang == "de" else ""])
    if chance(0.25):
        frame = frame + {"en": "\nCard on file for the renewal: {cof}", "de": "\nKreditkarte für die Verlängerung: {cof}",
                         "fr": "\nCarte enregistrée pour le renouvellement : {cof}", "es": "\nTarjeta para la renovación: {cof}",
                         "it": "\nCarta registrata per il rinnovo: {cof}", "pt": "\nCartão cadastrado para a renovação: {cof}"}[lang]
    return "crm_note", lang, F(frame, cof=card(), ts=n_timestamp(), co=co[0], p=L("person", p.full), role=ch(roles), ph=ph_any(loc), ext=ext,
                                pg=L("person", p.given if chance(0.6) else p.full), ctr=N("CTR-%d-%04d" % (R.randint(2023, 2025), R.randint(1, 9999)), "contract_no"),
                                amt=n_amount({"us": "us", "gb": "gb", "br": "br"}.get(loc, "de")), wd=n_weekday(lang),
                                p2=L("person", p2.full), mail=L("email", email(p2, loc, domain=co[1])), nw=n_name_word(lang),
                                q=N("Q-%06d" % R.randint(1, 999999), "quote_no"), due=ndate(loc, "due_date", "num"))


# ------------------------------------------------------------- 3 claim form
def doc_name(loc):
    return L("person", pers(loc).full if chance(0.6) else pers(loc).family)


@tpl("claim_form", 38, 4)
def t_claim(clean):
    if clean:
        loc = ch(["gb", "de", "fr"])
        fr = {"gb": "PRIVATE MEDICAL INSURANCE — CLAIM FORM\nPolicy number: {pol}\nClaim reference: {ref}\n\nSection A — Patient\n"
                    "Full name: ____________________\nDate of birth: {ph_}\nNHS number: ___ ___ ____\n\nSection B — Treatment\n"
                    "Date of first symptoms: ________  Date of treatment: {d}\nHospital: {place}\nInvoice: {inv} ({amt})\n"
                    "Return by {due} to the claims team.",
              "de": "ERSTATTUNGSANTRAG\nVersicherungsschein-Nr.: {pol}\nVorgangsnummer: {ref}\n\nVersicherte Person: ____________\n"
                    "Geburtsdatum: {ph_}\nBehandlungsdatum: {d}\nRechnung {inv} über {amt}\nEinreichen bis {due}.",
              "fr": "DEMANDE DE REMBOURSEMENT\nN° de contrat : {pol}\nRéférence dossier : {ref}\n\nAssuré(e) : ______________\n"
                    "Date de naissance : {ph_}\nDate des soins : {d}\nFacture {inv} : {amt}\nÀ retourner avant le {due}."}[loc]
        return "claim_form", lang_of(loc), F(fr, pol=n_policy(), ref=n_ticket(), ph_=N(ch(["DD/MM/YYYY", "TT.MM.JJJJ", "JJ/MM/AAAA"]), "placeholder"),
                                             d=ndate(loc, "appointment"), place=n_place(), inv=n_invoice(),
                                             amt=n_amount({"gb": "gb", "de": "de", "fr": "fr"}[loc]), due=ndate(loc, "due_date"))
    loc = ch(["gb", "us", "fr", "de", "it", "nl", "es", "br"])
    p = pers(loc)
    bd = rdate(1941, 2004)
    d_ = dob(loc, dt=bd)
    if loc == "gb":
        parts = F("PRIVATE MEDICAL INSURANCE — CLAIM FORM\nPolicy number: {pol}\n\nSection A: Patient details\nFull name: {n}\n"
                  "Date of birth: {dob}\nNHS number: {nhs}\nAddress: {a}\nPhone (daytime): {ph}\nEmail: {m}\n\n"
                  "Section B: Treatment\nDate of treatment: {dt}  Hospital: {place}\nConsultant: Dr {doc}\n\n"
                  "Section C: Payment\nPay benefit to: {n2}\nIBAN: {iban}",
                  pol=n_policy(), n=L("person", p.full), dob=d_, nhs=gov("nhs"), a=address(loc, multi=False), ph=ph_any(loc),
                  m=e_mail(p, loc), dt=ndate(loc, "appointment"), doc=doc_name(loc), n2=L("person", p.full),
                  place=N(ch(["St Thomas' Hospital", "Royal Victoria Infirmary", "Spire Manchester", "Nuffield Health Bristol",
                              "St James's University Hospital", "The Princess Grace"]), "named_place"),
                  iban=iban("GB"))
    elif loc == "us":
        parts = F("HEALTH INSURANCE CLAIM — MEMBER SECTION\n1. Patient's name (Last, First, MI): {n}\n"
                  "2. Patient's birth date (MM/DD/YYYY): {dob}\n3. Member ID: {pol}\n4. Patient's SSN: {ssn}\n"
                  "5. Patient's address: {a}\n   Telephone (include area code): {ph}\n6. Date(s) of service: {dt}\n"
                  "7. Rendering provider: {doc}, MD — NPI {npi}\n8. Amount paid: {amt} with {masked}\nSIGNATURE ON FILE  {d2}",
                  n=L("person", p.sorted()), dob=L("dob", fmt_date(bd, "us", "num")), pol=n_policy(), ssn=gov("ssn"),
                  a=address(loc, multi=False), ph=ph_any(loc), dt=ndate(loc, "appointment", "num"), doc=doc_name(loc),
                  npi=N("1%09d" % R.randint(0, 999999999), "npi"), amt=n_amount("us"), masked=card() if chance(0.5) else n_masked_card(),
                  d2=ndate(loc, "doc_date", "num"))
    elif loc == "fr":
        parts = F("DEMANDE DE REMBOURSEMENT — COMPLÉMENTAIRE SANTÉ\nN° adhérent : {pol}\n\nAssuré(e) : {n}\nN° de sécurité sociale : {nir}\n"
                  "Date de naissance : {dob}\nAdresse : {a}\nTéléphone : {ph}\nCourriel : {m}\n\nDate des soins : {dt}\n"
                  "Praticien : Dr {doc}\nMontant réglé : {amt}\nRemboursement sur le compte IBAN {iban} — BIC {bic}",
                  pol=n_policy(), n=L("person", p.upper_family()), nir=gov("nir", p, bd), dob=d_, a=address(loc, multi=False),
                  ph=ph_any(loc), m=e_mail(p, loc), dt=ndate(loc, "appointment"), doc=doc_name(loc), amt=n_amount("fr"),
                  iban=iban("FR"), bic=n_bic())
    elif loc == "de":
        parts = F("Erstattungsantrag Zahnzusatzversicherung\nVersicherungsnummer: {pol}\n\nVersicherte Person: {n}\nGeburtsdatum: {dob}\n"
                  "Anschrift: {a}\nTelefon: {ph}\n\nBehandlungsdatum: {dt}\nZahnarztpraxis: Dr. {doc}\nRechnungsbetrag: {amt}\n"
                  "Erstattung auf IBAN: {iban}\nKontoinhaber/in: {n2}",
                  pol=n_policy(), n=L("person", p.full), dob=d_, a=address(loc), ph=ph_any(loc), dt=ndate(loc, "appointment"),
                  doc=doc_name(loc), amt=n_amount("de"), iban=iban("DE"), n2=L("person", p.full))
    elif loc == "it":
        parts = F("RICHIESTA DI RIMBORSO SPESE MEDICHE\nPolizza n. {pol}\n\nAssicurato: {n}\nCodice fiscale: {cf}\nNato/a il: {dob}\n"
                  "Residenza: {a}\nCellulare: {ph}\nE-mail: {m}\n\nData prestazione: {dt}\nImporto: {amt}\nIBAN per l'accredito: {iban}",
                  pol=n_policy(), n=L("person", p.family.upper() + " " + p.given.upper() if chance(0.3) else p.full),
                  cf=gov("codice_fiscale", p, bd), dob=d_, a=address(loc, multi=False), ph=ph_any(loc), m=e_mail(p, loc),
                  dt=ndate(loc, "appointment"), amt=n_amount("it"), iban=iban("IT"))
    elif loc == "nl":
        parts = F("DECLARATIEFORMULIER ZORGKOSTEN\nPolisnummer: {pol}\n\nNaam verzekerde: {n}\nBSN: {bsn}\nGeboortedatum: {dob}\n"
                  "Adres: {a}\nTelefoon: {ph}\nE-mail: {m}\n\nBehandeldatum: {dt}\nBedrag: {amt}\nUitbetalen op: {iban} t.n.v. {n2}",
                  pol=n_policy(), n=L("person", p.full), bsn=gov("bsn"), dob=d_, a=address(loc), ph=ph_any(loc), m=e_mail(p, loc),
                  dt=ndate(loc, "appointment"), amt=n_amount("nl"), iban=iban("NL"),
                  n2=L("person", ch([p.full, p.initial(), p.given[0] + ". " + p.family])))
    elif loc == "es":
        parts = F("SOLICITUD DE REEMBOLSO DE GASTOS MÉDICOS\nN.º de póliza: {pol}\n\nAsegurado/a: {n}\nDNI/NIE: {dni}\n"
                  "Fecha de nacimiento: {dob}\nDomicilio: {a}\nTeléfono: {ph}\n\nFecha de la consulta: {dt}\nImporte: {amt}\n"
                  "IBAN para el abono: {iban}",
                  pol=n_policy(), n=L("person", p.full), dni=gov(ch(["dni", "nie"])), dob=d_, a=address(loc, multi=False),
                  ph=ph_any(loc), dt=ndate(loc, "appointment"), amt=n_amount("es"), iban=iban("ES"))
    else:
        parts = F("SOLICITAÇÃO DE REEMBOLSO — PLANO DE SAÚDE\nCarteirinha: {pol}\n\nBeneficiário(a): {n}\nCPF: {cpf}\n"
                  "Data de nascimento: {dob}\nEndereço: {a}\nCelular: {ph}\nE-mail: {m}\n\nData do atendimento: {dt}\n"
                  "Médico(a): Dr(a). {doc} — CRM {crm}\nValor: {amt}\nChave Pix para o reembolso: {pix}",
                  pol=n_policy(), n=L("person", p.full), cpf=gov("cpf"), dob=d_, a=address(loc), ph=ph_any(loc), m=e_mail(p, loc),
                  dt=ndate(loc, "appointment"), doc=doc_name(loc), crm=N("%d-SP" % R.randint(10000, 199999), "crm_no"),
                  amt=n_amount("br"), pix=ch([gov("cpf"), e_mail(p, loc), phone("BR", mode="e164")]))
    return "claim_form", lang_of(loc), parts


# --------------------------------------------------------------- 4 onboarding
ONB = {
    "de": ("## Onboarding: {n} — Start {start}\n\n- [x] Arbeitsvertrag unterschrieben ({d})\n- [x] Steuer-ID: {id}\n"
           "- [ ] Gehaltskonto: {iban}\n- [x] Geburtsdatum (Lohnbuchhaltung): {dob}\n- [ ] Privatanschrift: {a}\n"
           "- [ ] Notfallkontakt: {p2}, {ph}\n- [x] Laptop {prod} ausgegeben (Inventar {inv})\n- [ ] Zugänge beantragen — {tno}\n\nPate: {buddy}",
           "steuer_id"),
    "gb": ("## Onboarding — {n} (starts {start})\n\n- [x] Contract signed ({d})\n- [x] NI number: {id}\n"
           "- [ ] Bank details for payroll: {iban}\n- [x] DOB: {dob}\n- [ ] Home address: {a}\n"
           "- [ ] Emergency contact: {p2} — {ph}\n- [x] Laptop {prod} issued (asset {inv})\n- [ ] Request access — {tno}\n\nBuddy: {buddy}",
           "nino"),
    "us": ("## Onboarding checklist — {n} (start date {start})\n\n- [x] Offer letter countersigned ({d})\n- [x] I-9 verified, SSN {id}\n"
           "- [ ] Direct deposit form\n- [x] Birthday for the team calendar: {dob}\n- [ ] Mailing address: {a}\n"
           "- [ ] Emergency contact: {p2}, {ph}\n- [x] MacBook {prod} shipped (asset {inv})\n- [ ] Okta + Slack — {tno}\n\nOnboarding buddy: {buddy}",
           "ssn"),
    "nl": ("## Onboarding {n} — start {start}\n\n- [x] Contract getekend ({d})\n- [x] BSN: {id}\n- [ ] Rekeningnummer salaris: {iban}\n"
           "- [x] Geboortedatum: {dob}\n- [ ] Woonadres: {a}\n- [ ] Contactpersoon bij nood: {p2}, {ph}\n"
           "- [x] Laptop {prod} (asset {inv})\n- [ ] Accounts aanvragen — {tno}\n\nBuddy: {buddy}", "bsn"),
    "fr": ("## Intégration — {n} (arrivée le {start})\n\n- [x] Contrat signé ({d})\n- [x] N° de sécurité sociale : {id}\n"
           "- [ ] RIB pour la paie : {iban}\n- [x] Date de naissance : {dob}\n- [ ] Adresse : {a}\n"
           "- [ ] Personne à prévenir : {p2}, {ph}\n- [x] PC portable {prod} remis (inventaire {inv})\n- [ ] Accès — {tno}\n\nParrain/marraine : {buddy}",
           "nir"),
    "it": ("## Onboarding {n} — inizio {start}\n\n- [x] Contratto firmato ({d})\n- [x] Codice fiscale: {id}\n"
           "- [ ] IBAN per lo stipendio: {iban}\n- [x] Data di nascita: {dob}\n- [ ] Indirizzo di residenza: {a}\n"
           "- [ ] Contatto di emergenza: {p2}, {ph}\n- [x] Portatile {prod} consegnato (cespite {inv})\n- [ ] Accessi — {tno}\n\nTutor: {buddy}",
           "codice_fiscale"),
    "es": ("## Incorporación — {n} (empieza el {start})\n\n- [x] Contrato firmado ({d})\n- [x] DNI/NIE: {id}\n"
           "- [ ] Cuenta para la nómina: {iban}\n- [x] Fecha de nacimiento: {dob}\n- [ ] Domicilio: {a}\n"
           "- [ ] Contacto de emergencia: {p2}, {ph}\n- [x] Portátil {prod} entregado (inventario {inv})\n- [ ] Accesos — {tno}\n\nMentor/a: {buddy}",
           "dni"),
    "pt": ("## Acolhimento — {n} (início {start})\n\n- [x] Contrato assinado ({d})\n- [ ] IBAN para o vencimento: {iban}\n"
           "- [x] Data de nascimento: {dob}\n- [ ] Morada: {a}\n- [ ] Contacto de emergência: {p2}, {ph}\n"
           "- [x] Portátil {prod} entregue (inventário {inv})\n- [ ] Acessos — {tno}\n\nPadrinho: {buddy}", None),
    "pl": ("## Onboarding — {n} (start {start})\n\n- [x] Umowa podpisana ({d})\n- [ ] Konto do wynagrodzenia: {iban}\n"
           "- [x] Data urodzenia: {dob}\n- [ ] Adres zamieszkania: {a}\n- [ ] Kontakt awaryjny: {p2}, {ph}\n"
           "- [x] Laptop {prod} wydany (nr inw. {inv})\n- [ ] Dostępy — {tno}\n\nOpiekun: {buddy}", None),
    "dk": ("## Onboarding — {n} (starter {start})\n\n- [x] Kontrakt underskrevet ({d})\n- [ ] Lønkonto: {iban}\n"
           "- [x] Fødselsdato: {dob}\n- [ ] Adresse: {a}\n- [ ] Pårørende: {p2}, {ph}\n- [x] Bærbar {prod} udleveret ({inv})\n"
           "- [ ] Adgange — {tno}\n\nMentor: {buddy}", None),
}
ONB_CLEAN = {
    "en": "## Onboarding template — <Name> (start <date>)\n\n- [ ] Contract signed\n- [ ] Tax ID: {ph1}\n- [ ] IBAN: {ph2}\n"
          "- [ ] Laptop {prod} (asset {inv})\n- [ ] Phone issued: IMEI {imei}\n- [ ] Access request — {tno}\n- [ ] Intro call with the {co} account team on {wd}\n\nBuddy: Platform team",
    "de": "## Vorlage Onboarding — <Name> (Start <Datum>)\n\n- [ ] Arbeitsvertrag\n- [ ] Steuer-ID: {ph1}\n- [ ] IBAN: {ph2}\n"
          "- [ ] Laptop {prod} (Inventar {inv})\n- [ ] Diensthandy: IMEI {imei}\n- [ ] Zugänge — {tno}\n- [ ] Einführung am {wd}, Treffpunkt {street}\n\nPate: Team Plattform",
    "nl": "## Sjabloon onboarding — <Naam> (start <datum>)\n\n- [ ] Contract\n- [ ] BSN: {ph1}\n- [ ] IBAN: {ph2}\n"
          "- [ ] Laptop {prod} (asset {inv})\n- [ ] Telefoon: IMEI {imei}\n- [ ] Accounts — {tno}\n- [ ] Kennismaking op {wd}\n\nBuddy: team Platform",
}


@tpl("onboarding", 34, 7)
def t_onboarding(clean):
    if clean:
        lang = ch(list(ONB_CLEAN))
        return "onboarding", lang, F(ONB_CLEAN[lang], imei=n_imei(), ph1=n_placeholder(), ph2=N(ch(["<IBAN>", "DE00 0000 0000 0000 0000 00", "NLxx BANK xxxx xxxx xx"]), "placeholder"),
                                      prod=n_product(), inv=N("INV-%05d" % R.randint(1, 99999), "asset_no"), tno=n_ticket(),
                                      co=n_company(), wd=n_weekday(lang), street=n_street(lang))
    loc = ch(list(ONB))
    frame, idk = ONB[loc]
    p, p2, buddy = pers(loc), pers(loc), pers(loc)
    if p2.nm in ("en", "de", "nl", "pl", "da") and chance(0.5):
        f2 = p.female if p.nm == "pl" else chance(0.5)  # Polish surnames agree with the bearer's sex
        p2 = P(ch(GIVEN_F[p.nm] if f2 else GIVEN_M[p.nm]), p.family, f2, p.nm)
    bd = rdate(1962, 2004)
    ibc = LOC[loc]["iban"]
    if chance(0.3):
        head, tail = frame.rsplit("\n\n", 1)
        frame = head + "\n- [x] " + {"de": "Firmenkreditkarte", "gb": "Corporate card", "us": "Corporate card", "nl": "Bedrijfscreditcard",
                                     "fr": "Carte affaires", "it": "Carta aziendale", "es": "Tarjeta de empresa", "pt": "Cartão da empresa",
                                     "pl": "Karta firmowa", "dk": "Firmakort"}[loc] + ": {cc}\n\n" + tail
    return "onboarding", lang_of(loc), F(frame, cc=card(ch(["visa", "mastercard", "amex"])), n=L("person", p.full), start=ndate(loc, "start_date"), d=ndate(loc, "doc_date"),
                                          id=gov(idk, p, bd) if idk else "", iban=iban(ibc) if ibc else "",
                                          dob=dob(loc, dt=bd), a=address(loc, multi=False), p2=L("person", p2.full),
                                          ph=ph_any(loc), prod=n_product(), inv=N("INV-%05d" % R.randint(1, 99999), "asset_no"),
                                          tno=n_ticket(), buddy=L("person", ch([buddy.full, buddy.given])))


# ----------------------------------------------------------------- 5 booking
BK = {  # passenger, DOB, passport, contact, paid, booking ref, seat
    "en": ("Passenger", "Date of birth", "Passport no.", "expires", "Contact", "Paid with", "Booking reference", "Guest", "Check-in",
           "Check-out", "Card guarantee", "Address on file", "Phone", "E-ticket receipt", "Booking confirmation"),
    "de": ("Passagier", "Geburtsdatum", "Reisepass-Nr.", "gültig bis", "Kontakt", "Bezahlt mit", "Buchungscode", "Gast", "Anreise",
           "Abreise", "Kreditkartengarantie", "Anschrift", "Telefon", "E-Ticket-Beleg", "Buchungsbestätigung"),
    "fr": ("Passager", "Date de naissance", "N° de passeport", "expire le", "Contact", "Payé avec", "Référence de réservation",
           "Client", "Arrivée", "Départ", "Garantie carte", "Adresse", "Téléphone", "Reçu de billet électronique", "Confirmation de réservation"),
    "es": ("Pasajero", "Fecha de nacimiento", "N.º de pasaporte", "caduca", "Contacto", "Pagado con", "Localizador", "Huésped",
           "Entrada", "Salida", "Garantía con tarjeta", "Dirección", "Teléfono", "Recibo del billete electrónico", "Confirmación de reserva"),
    "it": ("Passeggero", "Data di nascita", "N. passaporto", "scadenza", "Contatto", "Pagato con", "Codice prenotazione", "Ospite",
           "Arrivo", "Partenza", "Garanzia carta", "Indirizzo", "Telefono", "Ricevuta biglietto elettronico", "Conferma di prenotazione"),
    "nl": ("Passagier", "Geboortedatum", "Paspoortnr.", "geldig tot", "Contact", "Betaald met", "Boekingscode", "Gast", "Aankomst",
           "Vertrek", "Creditcardgarantie", "Adres", "Telefoon", "E-ticketbewijs", "Reserveringsbevestiging"),
    "pt": ("Passageiro", "Data de nascimento", "N.º do passaporte", "validade", "Contacto", "Pago com", "Código da reserva", "Hóspede",
           "Check-in", "Check-out", "Garantia com cartão", "Morada", "Telefone", "Recibo do bilhete eletrónico", "Confirmação de reserva"),
    "tr": ("Yolcu", "Doğum tarihi", "Pasaport no", "geçerlilik", "İletişim", "Ödeme", "Rezervasyon kodu", "Misafir", "Giriş", "Çıkış",
           "Kart garantisi", "Adres", "Telefon", "E-bilet makbuzu", "Rezervasyon onayı"),
    "sv": ("Passagerare", "Födelsedatum", "Passnummer", "giltigt till", "Kontakt", "Betalt med", "Bokningsnummer", "Gäst", "Incheckning",
           "Utcheckning", "Kortgaranti", "Adress", "Telefon", "E-biljettkvitto", "Bokningsbekräftelse"),
}
AIRPORTS = ["MUC", "LIS", "FRA", "CDG", "MAD", "BCN", "FCO", "MXP", "AMS", "LHR", "MAN", "IST", "ARN", "CPH", "GRU", "BOM",
            "JFK", "ORD", "OPO", "VIE", "ZRH", "DUB", "BRU", "NAP"]
TITLES = {"en": ["MR", "MRS", "MS"], "de": ["MR", "MRS"], "fr": ["M.", "MME"], "tr": ["BAY", "BAYAN"]}


@tpl("booking", 36, 10)
def t_booking(clean):
    loc = ch(["gb", "us", "de", "fr", "es", "it", "nl", "pt", "br", "tr", "se"])
    lang = lang_of(loc)
    W = BK[lang if lang in BK else "en"]
    d1 = rdate(2024, 2026)
    d2 = d1 + datetime.timedelta(days=R.randint(1, 14))
    st = ch(["long", "abbr", "num"])
    ci, co_ = N(fmt_date(d1, loc, st), "travel_date"), N(fmt_date(d2, loc, st), "travel_date")
    amt_loc = loc if loc in ("us", "gb", "br", "tr", "se") else {"pt": "pt"}.get(loc, "de")
    if clean:
        if chance(0.5):
            return "booking", lang, F("{h1} · {W6} {pnr}\n{fl} {a1}→{a2} · {d} · {t} · {seat}\n{fl2} {a2}→{a1} · {d2}\n{W5}: {masked} · {amt}\n{nw}",
                                      h1=W[13], W5=W[5], W6=W[6], pnr=n_pnr(), fl=n_flight(), fl2=n_flight(), a1=ch(AIRPORTS), a2=ch(AIRPORTS),
                                      d=ci, d2=co_, t=hhmm(), seat=n_room("seat", lang), masked=n_masked_card(), amt=n_amount(amt_loc),
                                      nw=n_name_word(lang))
        return "booking", lang, F("{h2} {conf}\n{W8}: {d} (15:00) — {W9}: {d2} (11:00)\n{room}\n{W5}: {masked} — {amt}\n{W10}: {masked2}\n{nw}",
                                  h2=W[14], W5=W[5], W8=W[8], W9=W[9], W10=W[10], d=ci, d2=co_, room=n_room("hotel", lang),
                                  masked=n_masked_card(), masked2=n_masked_card(), amt=n_amount(amt_loc),
                                  conf=N("%d%04d" % (R.randint(10, 99), R.randint(0, 9999)) + C.rnd(R, string.ascii_uppercase, 2), "booking_ref"),
                                  nw=n_name_word(lang))
    p = pers(loc)
    if chance(0.5):  # flight
        title = ch(TITLES.get(lang, ["MR", "MRS"]))
        bd = rdate(1941, 2010)
        return "booking", lang, F("{h} · {W6} {pnr}\n{W0}: {pn} {title}\n{fl} {a1}→{a2} · {d} · {t} · {seat}\n{W1}: {dob} · {W2} {pp} ({W3} {exp})\n"
                                  "{W4}: {m} / {ph}\n{W5}: {pay} · {amt}",
                                  h=W[13], W0=W[0], W1=W[1], W2=W[2], W3=W[3], W4=W[4], W5=W[5], W6=W[6], pnr=n_pnr(),
                                  pn=L("person", ch([p.airline(), p.airline(), p.full.upper(), p.full])), title=title, fl=n_flight(),
                                  a1=ch(AIRPORTS), a2=ch(AIRPORTS), d=ci, t=hhmm(), seat=n_room("seat", lang),
                                  dob=dob(loc, style=ch(["iso", "num", "abbr"]), dt=bd), pp=passport(LOC_COUNTRY[loc]),
                                  exp=ndate(loc, "expiry_date", "num", 2026, 2034), m=e_mail(p, loc), ph=ph_any(loc),
                                  pay=card() if chance(0.4) else n_masked_card(), amt=n_amount(amt_loc))
    return "booking", lang, F("{h} {conf}\n{W7}: {n}\n{W8}: {d} (15:00) — {W9}: {d2} (11:00)\n{room}\n{W10}: {c} ({W3} {exp})\n"
                              "{W11}: {a}\n{W12}: {ph}\n{W4}: {m}\n{nw}",
                              h=W[14], W3=W[3], W4=W[4], W7=W[7], W8=W[8], W9=W[9], W10=W[10], W11=W[11], W12=W[12],
                              conf=N("%d%04d" % (R.randint(10, 99), R.randint(0, 9999)) + C.rnd(R, string.ascii_uppercase, 2), "booking_ref"),
                              n=L("person", p.full), d=ci, d2=co_, room=n_room("hotel", lang),
                              c=card() if chance(0.7) else n_masked_card(), exp=N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "expiry_date"),
                              a=address(loc, multi=False), ph=ph_any(loc), m=e_mail(p, loc), nw=n_name_word(lang))


# ------------------------------------------------------------------ 6 rental
RENT = {
    "de": ("MIETVERTRAG über Wohnraum\n\nZwischen\n{ll}\n{la}\n– nachfolgend „Vermieter“ –\n\nund\n{tn}, geb. am {dob}\n"
           "– nachfolgend „Mieter“ –\n\n§ 1 Mietsache\nVermietet wird die Wohnung im {fl}. OG des Hauses {oa}, bestehend aus 3 Zimmern, "
           "Küche, Bad.\n\n§ 3 Miete\nDie Miete beträgt monatlich {amt} und ist bis zum dritten Werktag auf das Konto {iban} "
           "(Kontoinhaber: {ll2}) zu zahlen.\n\n§ 5 Kaution: {amt2}\nMietbeginn: {start}"),
    "fr": ("CONTRAT DE LOCATION — LOCAL À USAGE D'HABITATION\n\nEntre les soussignés :\n{ll}, demeurant {la},\nci-après « le bailleur »,\n"
           "et\n{tn}, né(e) le {dob} à {city},\nci-après « le locataire ».\n\nObjet : logement situé {oa} ({fl}e étage).\n"
           "Loyer mensuel : {amt}, payable par virement sur le compte {iban}.\nDépôt de garantie : {amt2}. Prise d'effet : {start}."),
    "es": ("CONTRATO DE ARRENDAMIENTO DE VIVIENDA\n\nDe una parte, D./D.ª {ll}, con DNI {id1} y domicilio en {la} (ARRENDADOR).\n"
           "De otra parte, D./D.ª {tn}, con DNI/NIE {id2}, nacido/a el {dob} (ARRENDATARIO).\n\nPRIMERA. Objeto: la vivienda sita en {oa}.\n"
           "SEGUNDA. Renta: {amt} mensuales, que se ingresarán en la cuenta {iban}.\nTERCERA. Fianza: {amt2}. Fecha de inicio: {start}."),
    "it": ("CONTRATTO DI LOCAZIONE AD USO ABITATIVO (L. 431/98)\n\nIl/La sig./sig.ra {ll}, C.F. {id1}, residente in {la} (LOCATORE)\n"
           "concede in locazione a\n{tn}, nato/a a {city} il {dob}, C.F. {id2} (CONDUTTORE)\nl'unità immobiliare sita in {oa}, piano {fl}.\n"
           "Canone mensile: {amt}, da versare sull'IBAN {iban}.\nDeposito cauzionale: {amt2}. Decorrenza: {start}."),
    "nl": ("HUUROVEREENKOMST WOONRUIMTE\n\nDe ondergetekenden:\n{ll}, wonende te {la}, hierna „verhuurder”,\nen\n{tn}, geboren op {dob}, "
           "hierna „huurder”,\nverklaren te zijn overeengekomen:\n\nArtikel 1 — Het gehuurde: de woning {oa} ({fl}e verdieping).\n"
           "Artikel 3 — Huurprijs: {amt} per maand, te voldoen op {iban} t.n.v. {ll2}.\nWaarborgsom: {amt2}. Ingangsdatum: {start}."),
    "br": ("CONTRATO DE LOCAÇÃO RESIDENCIAL\n\nLOCADOR(A): {ll}, CPF {id1}, residente em {la}.\nLOCATÁRIO(A): {tn}, CPF {id2}, "
           "nascido(a) em {dob}.\n\nCLÁUSULA 1ª — O imóvel objeto desta locação situa-se em {oa}.\nCLÁUSULA 3ª — O aluguel mensal é de "
           "{amt}, pago via Pix para a chave {pix}.\nCaução: {amt2}. Início: {start}."),
    "gb": ("ASSURED SHORTHOLD TENANCY AGREEMENT\n\nLandlord: {ll} of {la}\nTenant: {tn} (date of birth {dob})\nProperty: {oa}\n"
           "Rent: {amt} per calendar month, payable by standing order to {iban}\nDeposit: {amt2}, protected with the DPS.\n"
           "Term: 12 months from {start}."),
}
RENT_IDS = {"es": ("dni", "nie"), "it": ("codice_fiscale", "codice_fiscale"), "br": ("cpf", "cpf")}
RENT_CLEAN = {
    "de": "§ 7 Schönheitsreparaturen\nDer Mieter übernimmt die Schönheitsreparaturen. Die Miete ({amt}) ist zum dritten Werktag fällig, "
          "erstmals am {due}.\n§ 9 Hausordnung (Stand {d})\nMülltonnen werden {wd}s geleert; Fahrräder bitte im Hof, nicht vor dem "
          "Eingang zur {street} abstellen.",
    "fr": "Article 7 — Charges\nLes charges récupérables ({amt} par mois) sont régularisées chaque année, la prochaine fois le {due}.\n"
          "Article 9 — Règlement intérieur (version du {d})\nLes encombrants sont collectés le {wd}. Stationnement interdit {street}.",
    "en": "Clause 7 — Repairs\nThe tenant shall report defects promptly. Rent of {amt} is due on the 1st; first payment {due}.\n"
          "Clause 9 — House rules (issued {d})\nBins are collected on {wd}. Please do not park on {street}.",
}


@tpl("rental", 34, 3)
def t_rental(clean):
    if clean:
        lang = ch(list(RENT_CLEAN))
        loc = {"de": "de", "fr": "fr", "en": "gb"}[lang]
        return "rental", lang, F(RENT_CLEAN[lang], amt=n_amount(loc), due=ndate(loc, "due_date"), d=ndate(loc, "doc_date"),
                                 wd=n_weekday(lang), street=n_street(lang))
    loc = ch(list(RENT))
    ll, tn = pers(loc), pers(loc)
    bd = rdate(1950, 2004)
    ids = RENT_IDS.get(loc, (None, None))
    kw = dict(ll=L("person", ll.full), la=address(loc, multi=loc == "de"), tn=L("person", tn.full), dob=dob(loc, dt=bd),
              fl=str(R.randint(1, 6)), oa=address(loc, multi=False), amt=n_amount(loc if loc in ("gb", "br") else "de"),
              iban=iban(LOC[loc]["iban"]) if loc != "br" else "", ll2=L("person", ll.full),
              amt2=n_amount(loc if loc in ("gb", "br") else "de"), start=ndate(loc, "start_date"), city=n_city(loc))
    if ids[0]:
        kw["id1"] = gov(ids[0], ll)
        kw["id2"] = gov(ids[1], tn, bd)
    if loc == "br":
        kw["pix"] = ch([e_mail(ll, loc), phone("BR", mode="e164"), gov("cpf")])
    # in frames where id1 comes before la etc. order is fixed by the frame; F handles it
    return "rental", lang_of(loc), F(RENT[loc], **kw)


# --------------------------------------------------------------- 7 enrolment
SCHOOLS = {"gb": ["St Mary's Primary School", "St Aidan's C of E Academy", "Holy Trinity RC Primary"],
           "us": ["Lincoln Elementary", "Washington Irving Middle School", "Roosevelt High School"],
           "de": ["Erich-Kästner-Grundschule", "Astrid-Lindgren-Schule", "Grundschule am Goetheplatz"],
           "fr": ["école élémentaire Jules-Ferry", "école Victor-Hugo", "collège Jean-Moulin"],
           "es": ["CEIP Miguel de Cervantes", "CEIP Antonio Machado", "Colegio Santa Teresa"],
           "it": ["Istituto Comprensivo Giovanni Pascoli", "Scuola primaria Gianni Rodari", "IC Maria Montessori"],
           "nl": ["obs De Regenboog", "cbs Willem-Alexander", "Montessorischool Anne Frank"],
           "br": ["Escola Municipal Monteiro Lobato", "EMEF Cecília Meireles", "Colégio Santa Clara"]}
ENROL = {
    "gb": ("{school} — Admission form {yr}\n\nChild's legal name: {child}\nPreferred name: {cg}\nDate of birth: {cdob}\n"
           "Year group: Year {yg}\nHome address:\n{a}\n\nParent/carer 1: {p1} — mobile {ph1}, email {m1}\nParent/carer 2: {p2} — mobile {ph2}\n"
           "GP: Dr {gp}\nMedical needs: mild asthma (inhaler in bag)\nStart date: {start}"),
    "us": ("{school} — Student Enrollment Form {yr}\n\nStudent: {child} · DOB {cdob} · Grade {yg}\nHome address: {a}\n"
           "Parent/Guardian: {p1}, {ph1}, {m1}\nEmergency contact: {p2}, {ph2}\nPhysician: Dr. {gp}\nFirst day: {start}"),
    "de": ("Anmeldung zur {school} — Schuljahr {yr}\n\nName des Kindes: {child}\nRufname: {cg}\nGeburtsdatum: {cdob}\nKlasse: {yg}\n"
           "Anschrift:\n{a}\n\nErziehungsberechtigte/r 1: {p1}, Tel. {ph1}, {m1}\nErziehungsberechtigte/r 2: {p2}, Tel. {ph2}\n"
           "Kinderarzt: Dr. {gp}\nEinschulung: {start}"),
    "fr": ("Fiche d'inscription — {school} — année {yr}\n\nNom et prénom de l'élève : {child}\nNé(e) le : {cdob}\nClasse : CE{yg}\n"
           "Adresse :\n{a}\n\nResponsable légal 1 : {p1} — {ph1} — {m1}\nResponsable légal 2 : {p2} — {ph2}\nMédecin traitant : Dr {gp}\n"
           "Rentrée : {start}"),
    "es": ("Solicitud de matrícula — {school} — curso {yr}\n\nAlumno/a: {child}\nFecha de nacimiento: {cdob}\nCurso: {yg}.º de Primaria\n"
           "Domicilio: {a}\nPadre/madre/tutor: {p1}, tel. {ph1}, {m1}\nOtro tutor: {p2}, tel. {ph2}\nPediatra: Dr./Dra. {gp}\n"
           "Inicio de curso: {start}"),
    "it": ("Domanda di iscrizione — {school} — a.s. {yr}\n\nAlunno/a: {child}\nNato/a il: {cdob}\nClasse: {yg}ª\nResidenza: {a}\n"
           "Genitore 1: {p1}, cell. {ph1}, {m1}\nGenitore 2: {p2}, cell. {ph2}\nPediatra: dott. {gp}\nInizio lezioni: {start}"),
    "nl": ("Inschrijfformulier {school} — schooljaar {yr}\n\nRoepnaam: {cg}\nVolledige naam leerling: {child}\nGeboortedatum: {cdob}\n"
           "Groep: {yg}\nAdres: {a}\nOuder/verzorger 1: {p1}, {ph1}, {m1}\nOuder/verzorger 2: {p2}, {ph2}\nHuisarts: {gp}\n"
           "Eerste schooldag: {start}"),
    "br": ("Ficha de matrícula — {school} — {yr}\n\nAluno(a): {child}\nData de nascimento: {cdob}\nAno: {yg}º ano\nEndereço: {a}\n"
           "Responsável: {p1}, CPF {cpf}, cel. {ph1}, {m1}\nOutro responsável: {p2}, cel. {ph2}\nPediatra: Dr(a). {gp}\n"
           "Início das aulas: {start}"),
}


@tpl("enrolment", 30, 0)
def t_enrol(clean):
    loc = ch(list(ENROL))
    nm = LOC[loc]["nm"]
    p1 = pers(loc)
    childf = chance(0.5)
    child = P(ch(GIVEN_F[nm] if childf else GIVEN_M[nm]), p1.family, childf, nm)
    p2 = pers(loc) if chance(0.3) else P(ch(GIVEN_M[nm] if p1.female else GIVEN_F[nm]), p1.family, not p1.female, nm)
    if nm == "es":  # children carry father's first and mother's first surname
        child.family = p1.family.split(" ")[0] + " " + ch(SURNAMES["es"])
    y = R.randint(2024, 2025)
    cname = child.full if loc not in ("fr",) else ch([child.upper_family(), child.full])
    kw = dict(school=N(ch(SCHOOLS[loc]), "named_place"), yr="%d/%02d" % (y, (y + 1) % 100) if loc != "us" else "%d–%d" % (y, y + 1),
              child=L("person", cname), cg=L("person", child.given.split(" ")[0]),
              cdob=dob(loc, y0=2012, y1=2019), yg=str(R.randint(1, 5)), a=address(loc, multi=loc in ("gb", "de", "fr")),
              p1=L("person", p1.full), ph1=ph_any(loc, kind="mobile"), m1=e_mail(p1, loc), p2=L("person", p2.full),
              ph2=ph_any(loc, kind="mobile"),
              gp=L("person", pers(loc).family if chance(0.5) else pers(loc).full),
              start=N(fmt_date(datetime.date(y, 9, R.randint(1, 15)), loc), "start_date"))
    if loc == "br":
        kw["cpf"] = gov("cpf")
    return "enrolment", lang_of(loc), F(ENROL[loc], **kw)


# ----------------------------------------------------------- 8 police report
POL = {
    "de": ("Polizeipräsidium {city} — Zeugenvernehmung\nAz.: {case}\n\nZur Person: {ns}, geb. {dob} in {bp}, wohnhaft {a}, "
           "Tel. {ph}.\n\nZur Sache: Am {d} gegen {t} Uhr befand ich mich in der {street}, als ein dunkler Kombi ({plate}) "
           "rückwärts gegen einen geparkten Roller fuhr. Mein Nachbar {p2} hat den Vorfall ebenfalls gesehen.\n\n"
           "Selbst gelesen, genehmigt und unterschrieben.\ngez. {n3}\nPOK {off}"),
    "gb": ("WITNESS STATEMENT (CJ Act 1967, s.9)\nURN: {case}\nStatement of: {n}\nAge if under 18: over 18\nDate of birth: {dob}\n"
           "Address: {a}\nTelephone: {ph}\n\nOn {wd} {d} at about {t} I was walking along {street} when I saw a grey van ({plate}) "
           "reverse into a parked moped. My colleague {p2} was with me.\n\nSigned: {n3}\nTaken by: PC {num} {off}"),
    "fr": ("PROCÈS-VERBAL D'AUDITION DE TÉMOIN\nProcédure n° {case}\n\nLe {d}, à {t}, devant nous, {off}, brigadier de police, "
           "comparaît : {ns}, né(e) le {dob} à {bp}, demeurant {a}, joignable au {ph}.\n\nDéclare : « J'étais {street} quand une "
           "camionnette immatriculée {plate} a percuté un scooter en stationnement. Mon voisin, {p2}, était présent. »\n\n"
           "Lecture faite, persiste et signe : {n3}"),
    "es": ("ATESTADO — DECLARACIÓN DE TESTIGO\nDiligencias n.º {case}\n\nEn {city}, siendo las {t} horas del día {d}, comparece "
           "{n}, con DNI {id}, nacido/a el {dob}, con domicilio en {a} y teléfono {ph}, quien manifiesta: que se encontraba en la "
           "{street} cuando una furgoneta con matrícula {plate} golpeó una moto aparcada, y que su vecino {p2} también lo vio.\n\n"
           "Firmado: {n3}\nEl instructor: agente {num} {off}"),
    "it": ("VERBALE DI SOMMARIE INFORMAZIONI TESTIMONIALI\nProc. pen. n. {case}\n\nIl giorno {d}, alle ore {t}, presso la Stazione "
           "Carabinieri di {city}, è presente {n}, nato/a a {bp} il {dob}, residente in {a}, C.F. {id}, tel. {ph}, il/la quale "
           "dichiara: «Mi trovavo in {street} quando un furgone targato {plate} ha urtato uno scooter. Era con me {p2}.»\n\n"
           "Letto, confermato e sottoscritto: {n3}\nIl verbalizzante: brig. {off}"),
    "nl": ("PROCES-VERBAAL VAN VERHOOR GETUIGE\nRegistratienummer: {case}\n\nOp {wd} {d} omstreeks {t} uur verscheen voor mij, "
           "{off}, brigadier van politie: {n}, geboren op {dob} te {bp}, wonende {a}, telefoon {ph}.\n\nDe getuige verklaarde: "
           "„Ik liep over de {street} toen een bestelbus met kenteken {plate} achteruit tegen een scooter reed. Mijn buurman {p2} "
           "heeft het ook gezien.”\n\nWaarvan door mij is opgemaakt dit proces-verbaal."),
}
POL_IDS = {"es": ("dni", "nie"), "it": ("codice_fiscale",)}
POL_CLEAN = {
    "de": "Sitzungsplan Amtsgericht, Saal {room} — {wd}, {d}\n09:30 Uhr  {c1}  (Verkehrsunfallflucht)\n10:15 Uhr  {c2}  (vertagt)\n"
          "11:00 Uhr  {c3}  Beweisaufnahme\nEinlass ab {t}; Zugang über {street}.",
    "en": "Court list — {wd} {d}, Courtroom {room}\n10:00  {c1}  (mention)\n10:30  {c2}  (adjourned)\n11:15  {c3}  trial, day 2\n"
          "Public entrance via {street} from {t}.",
    "fr": "Rôle d'audience du {wd} {d} — salle {room}\n9 h 30  {c1}  (renvoi)\n10 h 15  {c2}\n11 h  {c3}  (délibéré)\n"
          "Accès par la {street} à partir de {t}.",
}


def plate(loc):
    L_ = string.ascii_uppercase
    return N({"de": "%s-%s %d" % (ch(["B", "HH", "M", "K", "L", "DD", "F", "S"]), C.rnd(R, L_, 2), R.randint(1, 9999)),
              "gb": "%s%02d %s" % (C.rnd(R, L_, 2), R.randint(10, 74), C.rnd(R, L_, 3)),
              "fr": "%s-%03d-%s" % (C.rnd(R, L_, 2), R.randint(1, 999), C.rnd(R, L_, 2)),
              "es": "%04d %s" % (R.randint(0, 9999), C.rnd(R, "BCDFGHJKLMNPRSTVWXYZ", 3)),
              "it": "%s %03d%s" % (C.rnd(R, L_, 2), R.randint(0, 999), C.rnd(R, L_, 2)),
              "nl": "%s-%03d-%s" % (C.rnd(R, "BDFGHJKLNPRSTVXZ", 2), R.randint(1, 999), C.rnd(R, "BDFGHJKLNPRSTVXZ", 1))}[loc], "plate")


@tpl("police_report", 28, 3)
def t_police(clean):
    if clean:
        lang = ch(list(POL_CLEAN))
        loc = {"de": "de", "en": "gb", "fr": "fr"}[lang]
        return "police_report", lang, F(POL_CLEAN[lang], room=n_room("court"), wd=n_weekday(lang), d=ndate(loc, "hearing_date"),
                                        c1=n_case(), c2=n_case(), c3=n_case(), t=hhmm(), street=n_street(lang))
    loc = ch(list(POL))
    w, p2, off = pers(loc), pers(loc), pers(loc)
    bd = rdate(1941, 2005)
    ids = POL_IDS.get(loc)
    kw = dict(city=n_city(loc), case=n_case(), ns=L("person", ch([w.sorted(), w.upper_family(), w.full])), n=L("person", w.full),
              dob=dob(loc, dt=bd), bp=n_city(loc), a=address(loc, multi=False), ph=ph_any(loc), d=ndate(loc, "incident_date"),
              t=hhmm(), street=n_street(lang_of(loc)), plate=plate(loc), p2=L("person", p2.full), n3=L("person", w.full),
              off=L("person", ch([off.full, off.family])), wd=n_weekday(lang_of(loc)), num=N(str(R.randint(1000, 9999)), "badge_no"))
    if ids:
        kw["id"] = gov(ch(ids), w, bd)
    return "police_report", lang_of(loc), F(POL[loc], **kw)


# ------------------------------------------------------------ 9 spreadsheet
# Rows copied out of a spreadsheet (tab-separated), headers in the local
# language. An address spread over adjacent columns is one label.
SHEET = {
    "de": (["Kundennr.", "Nachname", "Vorname", "Geburtsdatum", "Straße", "PLZ", "Ort", "Telefon", "E-Mail"],
           ["custno", "family", "given", "dob", "addr3", "phone", "email"]),
    "fr": (["N° adhérent", "Nom", "Prénom", "Date de naissance", "Adresse", "Code postal", "Ville", "Téléphone", "Courriel"],
           ["custno", "family", "given", "dob", "addr3", "phone", "email"]),
    "es": (["Nº socio", "Apellidos", "Nombre", "Fecha nac.", "Dirección", "C.P.", "Localidad", "Móvil", "Email"],
           ["custno", "family", "given", "dob", "addr3", "phone", "email"]),
    "it": (["Matricola", "Cognome", "Nome", "Data di nascita", "Indirizzo", "CAP", "Comune", "Cellulare", "E-mail"],
           ["custno", "family", "given", "dob", "addr3", "phone", "email"]),
    "nl": (["Lidnr.", "Voornaam", "Tussenvoegsel", "Achternaam", "Geboortedatum", "Adres", "Postcode", "Woonplaats", "Telefoon", "E-mailadres"],
           ["custno", "nlname", "dob", "addr3", "phone", "email"]),
    "br": (["Matrícula", "Nome completo", "Data de nascimento", "CPF", "Endereço", "CEP", "Cidade/UF", "Celular", "E-mail"],
           ["custno", "full", "dob", "cpf", "addr3", "phone", "email"]),
    "us": (["Member #", "Last Name", "First Name", "DOB", "Street", "City", "State", "ZIP", "Phone", "Email"],
           ["custno", "family", "given", "dob", "addr4", "phone", "email"]),
    "gb": (["Ref", "Surname", "Forename(s)", "Date of Birth", "Address", "Postcode", "Mobile", "Email"],
           ["custno", "family", "given", "dob", "addr2", "phone", "email"]),
    "pl": (["Nr", "Nazwisko", "Imię", "Data urodzenia", "Telefon", "E-mail", "Numer konta"],
           ["custno", "family", "given", "dob", "phone", "email", "iban"]),
    "se": (["Medlemsnr", "Efternamn", "Förnamn", "Födelsedatum", "Mobil", "E-post"],
           ["custno", "family", "given", "dob", "phone", "email"]),
    "dk": (["Medlemsnr.", "Efternavn", "Fornavn", "Fødselsdato", "Mobil", "E-mail"],
           ["custno", "family", "given", "dob", "phone", "email"]),
    "in": (["Emp ID", "Employee Name", "DOB", "PAN", "Mobile", "Email", "Location"],
           ["custno", "full", "dob", "pan", "phone", "email", "city"]),
}
SHEET_CLEAN = {
    "de": ["Artikelnr.", "Bezeichnung", "Menge", "Einzelpreis", "Liefertermin", "Lagerort"],
    "fr": ["Réf.", "Désignation", "Qté", "Prix unitaire", "Date de livraison", "Emplacement"],
    "es": ["Ref.", "Descripción", "Cant.", "Precio unit.", "Fecha de entrega", "Ubicación"],
    "it": ["Codice", "Descrizione", "Q.tà", "Prezzo unit.", "Consegna", "Ubicazione"],
    "nl": ["Artikelnr.", "Omschrijving", "Aantal", "Stukprijs", "Leverdatum", "Locatie"],
    "en": ["SKU", "Description", "Qty", "Unit price", "Delivery date", "Bin"],
    "pt": ["Código", "Descrição", "Qtd.", "Preço unit.", "Entrega", "Local"],
}
PRODUCTS = ["Wanderjacke Herbst", "Jasmine Green Tea 100 g", "Hugo Boss Bottled 50 ml", "Victoria sponge tin", "Cassandra desk lamp",
            "Mont Blanc pen refill", "Rosé 2022, 6 bottles", "Sauvignon Blanc", "Parma ham 200 g", "Ada ergonomic chair",
            "Marie biscuits", "Earl Grey 250 g", "Granny Smith apples", "Bismarck herring", "Margherita pizza stone"]


def sheet_dob(loc):
    return dob(loc, style=ch(["num", "num", "num2", "iso"]))


@tpl("sheet", 38, 10)
def t_sheet(clean):
    if clean:
        lang = ch(list(SHEET_CLEAN))
        loc = {"en": "gb", "pt": "br"}.get(lang, lang)
        rows = ["\t".join(SHEET_CLEAN[lang])]
        parts = [rows[0]]
        for _ in range(R.randint(2, 5)):
            parts += ["\n", n_product(), "\t", N(ch(PRODUCTS), "product_name"), "\t", str(R.randint(1, 400)), "\t",
                      n_amount(loc), "\t", ndate(loc, "delivery_date", "num"), "\t", N("%s-%02d-%d" % (ch("ABCDEF"), R.randint(1, 40), R.randint(1, 6)), "bin")]
        if chance(0.5):
            parts += ["\n", "\t", "Summe" if lang == "de" else "Total", "\t\t", n_amount(loc)]
        return "sheet", lang, parts
    loc = ch(list(SHEET))
    header, kinds = SHEET[loc]
    parts = ["\t".join(header)]
    for _ in range(R.randint(1, 4)):
        p = pers(loc)
        cells = []
        for k in kinds:
            if k == "custno":
                cells.append(N("%d%05d" % (R.randint(1, 9), R.randint(0, 99999)), "customer_no"))
            elif k == "family":
                cells.append(L("person", p.family.upper() if chance(0.15) else p.family))
            elif k == "given":
                cells.append(L("person", p.given))
            elif k == "full":
                cells.append(L("person", p.full))
            elif k == "nlname":
                part, base = "", p.family
                for pp in NL_PARTICLES:
                    if p.family.startswith(pp):
                        part, base = pp.strip(), p.family[len(pp):]
                        break
                if part:
                    cells.append(L("person", "%s\t%s\t%s" % (p.given, part, base)))
                else:
                    cells.append([L("person", p.given), "\t\t", L("person", base)])
            elif k == "dob":
                cells.append(sheet_dob(loc))
            elif k in ("addr2", "addr3", "addr4"):
                a = addr_parts(LOC_COUNTRY[loc])
                if k == "addr4":
                    v = "\t".join([a["street"] + ((" " + a["unit"]) if a["unit"] else ""), a["city"], a["region"], a["pc"]])
                elif k == "addr2":
                    v = "\t".join([", ".join(a["lines"][:-1]), a["pc"]])
                elif loc == "br":
                    v = "\t".join([a["lines"][0], a["pc"], "%s/%s" % (a["city"], a["region"])])
                else:
                    v = "\t".join([a["street"], a["pc"], a["city"]])
                cells.append(L("address", v, sub=LOC_COUNTRY[loc]))
            elif k == "phone":
                cells.append(ph(loc) if chance(0.9) else "")
            elif k == "email":
                cells.append(e_mail(p, loc) if chance(0.9) else "")
            elif k == "iban":
                cells.append(iban("PL", ch(["compact", "group"])))
            elif k == "cpf":
                cells.append(gov("cpf"))
            elif k == "pan":
                cells.append(gov("pan", p))
            elif k == "city":
                cells.append(n_city(loc))
        row = ["\n"]
        for i, c in enumerate(cells):
            if i:
                row.append("\t")
            row.append(c)
        parts += row
    return "sheet", lang_of(loc), parts


# ---------------------------------------------------------------------- 10 XML
XML_TAGS = {
    "en": ("customer", "firstName", "lastName", "birthDate", "email", "phone", "address", "iban"),
    "de": ("Kunde", "Vorname", "Nachname", "Geburtsdatum", "EMail", "Telefon", "Anschrift", "IBAN"),
    "fr": ("client", "prenom", "nom", "dateNaissance", "courriel", "telephone", "adresse", "iban"),
    "es": ("cliente", "nombre", "apellidos", "fechaNacimiento", "correo", "telefono", "direccion", "iban"),
    "nl": ("klant", "voornaam", "achternaam", "geboortedatum", "email", "telefoon", "adres", "iban"),
    "it": ("cliente", "nome", "cognome", "dataNascita", "email", "telefono", "indirizzo", "iban"),
}


@tpl("xml", 30, 7)
def t_xml(clean):
    if clean:
        v = R.randint(0, 2)
        if v == 0:
            return "xml", "en", F("<dependency>\n  <groupId>org.apache.kafka</groupId>\n  <artifactId>kafka-clients</artifactId>\n"
                                  "  <version>{v1}</version>\n</dependency>\n<dependency>\n  <groupId>com.datastax.oss</groupId>\n"
                                  "  <artifactId>java-driver-core</artifactId>\n  <version>{v2}</version>\n  <!-- Cassandra 4.x, see {tno} -->\n"
                                  "</dependency>\n<!-- sha256 {h} -->", v1=n_version(), v2=n_version(), tno=n_ticket(), h=n_hash())
        if v == 1:
            return "xml", "en", F("<url>\n  <loc>https://shop.example/p/{sku}</loc>\n  <lastmod>{d}</lastmod>\n  <changefreq>weekly</changefreq>\n"
                                  "</url>\n<item>\n  <title>{pn}</title>\n  <pubDate>{ts}</pubDate>\n  <guid isPermaLink=\"false\">{u}</guid>\n"
                                  "  <g:gtin>{ean}</g:gtin>\n</item>",
                                  sku=N(C.rnd(R, string.ascii_lowercase, 6) + "-%d" % R.randint(10, 999), "slug"), d=ndate("us", "doc_date", "iso"),
                                  pn=N(ch(PRODUCTS), "product_name"), ts=n_timestamp(), u=n_uuid(), ean=n_ean())
        return "xml", "en", F("<Configuration status=\"WARN\">\n  <Appenders>\n    <RollingFile name=\"app\" fileName=\"/var/log/app/app.log\">\n"
                              "      <PatternLayout pattern=\"%d{{ISO8601}} %-5p [%t] %c - %m%n\"/>\n    </RollingFile>\n  </Appenders>\n"
                              "  <!-- password is read from ${{env:DB_PASSWORD}}; build {b} -->\n</Configuration>", b=n_build())
    v = R.randint(0, 4)
    if v == 0:  # customer record
        loc = ch(["us", "gb", "de", "fr", "es", "nl", "it"])
        lang = lang_of(loc)
        t = XML_TAGS[lang]
        p = pers(loc)
        ibc = LOC[loc]["iban"]
        parts = F('<?xml version="1.0" encoding="UTF-8"?>\n<{r} id="{cid}" created="{ts}">\n  <{g}>{gv}</{g}>\n  <{f}>{fv}</{f}>\n'
                  '  <{b}>{bv}</{b}>\n  <{e}>{ev}</{e}>\n  <{p} type="mobile">{pv}</{p}>\n  <{a}>{av}</{a}>\n',
                  r=t[0], cid=N("C-%06d" % R.randint(1, 999999), "customer_no"), ts=n_timestamp(), g=t[1], gv=L("person", p.given),
                  f=t[2], fv=L("person", p.family), b=t[3], bv=dob(loc, style="iso"), e=t[4], ev=e_mail(p, loc), p=t[5],
                  pv=ph(loc, mode=ch(["plus", "e164", "nat"])), a=t[6], av=address(loc, multi=False))
        if ibc:
            parts += F("  <{i}>{iv}</{i}>\n", i=t[7], iv=iban(ibc, "compact"))
        if chance(0.35):
            parts += F("  <card brand=\"{b}\" exp=\"{e}\">{c}</card>\n", c=card(style=ch(["none", "space", "dash"])), b=ch(["visa", "mc", "amex"]),
                       e=N("%02d%02d" % (R.randint(1, 12), R.randint(26, 31)), "expiry_date"))
        parts.append("</%s>" % t[0])
        return "xml", lang, parts
    if v == 1:  # SEPA credit transfer fragment
        loc = ch(["de", "fr", "es", "it", "nl", "pt"])
        parts = ["<PmtInf>\n  <PmtInfId>", N("PMT-%d-%05d" % (R.randint(2024, 2025), R.randint(1, 99999)), "payment_id"),
                 "</PmtInfId>\n  <ReqdExctnDt><Dt>", ndate(loc, "execution_date", "iso"), "</Dt></ReqdExctnDt>\n"]
        for _ in range(R.randint(1, 3)):
            p = pers(loc)
            parts += F("  <CdtTrfTxInf>\n    <PmtId><EndToEndId>{e2e}</EndToEndId></PmtId>\n    <Amt><InstdAmt Ccy=\"EUR\">{amt}</InstdAmt></Amt>\n"
                       "    <CdtrAgt><FinInstnId><BICFI>{bic}</BICFI></FinInstnId></CdtrAgt>\n    <Cdtr><Nm>{nm}</Nm></Cdtr>\n"
                       "    <CdtrAcct><Id><IBAN>{ib}</IBAN></Id></CdtrAcct>\n    <RmtInf><Ustrd>{inv}</Ustrd></RmtInf>\n  </CdtTrfTxInf>\n",
                       e2e=N("E2E%010d" % R.randint(0, 10 ** 10 - 1), "payment_id"), amt="%d.%02d" % (R.randint(10, 9999), R.randint(0, 99)),
                       bic=n_bic(), nm=L("person", ch([p.full, p.full.upper()])), ib=iban(ch(["DE", "FR", "ES", "IT", "NL", "PT", "BE", "AT"]), "compact"),
                       inv=n_invoice())
        parts.append("</PmtInf>")
        return "xml", "en", parts
    if v == 2:  # Maven settings / app.config
        if chance(0.5):
            return "xml", "en", F("<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>ci-deploy</username>\n"
                                  "      <password>{pw}</password>\n    </server>\n    <server>\n      <id>github</id>\n"
                                  "      <username>ci-bot</username>\n      <password>{tok}</password>\n    </server>\n  </servers>\n</settings>",
                                  pw=pw(), tok=secret(ch(["github_pat", "github_fine_grained", "gitlab_pat"])))
        return "xml", "en", F("<configuration>\n  <connectionStrings>\n    <add name=\"Default\" connectionString=\"Server=tcp:sql-prod.database.windows.net,1433;"
                              "Database=erp;User ID=erpadmin;Password={pw};Encrypt=True;\" providerName=\"System.Data.SqlClient\" />\n"
                              "  </connectionStrings>\n  <appSettings>\n    <add key=\"SendGridApiKey\" value=\"{sg}\" />\n"
                              "    <add key=\"SupportMail\" value=\"{m}\" />\n    <add key=\"Version\" value=\"{ver}\" />\n  </appSettings>\n</configuration>",
                              pw=L("secret", password_ascii(url_safe=True), sub="password"), sg=secret("sendgrid"),
                              m=e_mail(pers("us"), "us", company=True), ver=n_version4())
    if v == 3:  # clinical document header
        loc = ch(["us", "gb", "de", "nl", "fr"])
        p = pers(loc)
        bd = rdate(1941, 2010)
        idk = {"us": "ssn", "gb": "nhs", "de": None, "nl": "bsn", "fr": "nir"}[loc]
        parts = F('<recordTarget>\n  <patientRole>\n    <id extension="{mrn}" root="2.16.840.1.113883.19.5"/>\n',
                  mrn=N("%08d" % R.randint(0, 99999999), "mrn"))
        if idk:
            parts += F('    <id extension="{gid}" root="{oid}"/>\n', gid=gov(idk, p, bd), oid=n_oid())
        parts += F('    <addr use="HP"><streetAddressLine>{a}</streetAddressLine></addr>\n    <telecom value="tel:{tel}"/>\n'
                   '    <patient>\n      <name><given>{g}</given><family>{f}</family></name>\n'
                   '      <administrativeGenderCode code="{sx}"/>\n      <birthTime value="{bt}"/>\n    </patient>\n  </patientRole>\n</recordTarget>',
                   a=address(loc, multi=False), tel=phone(LOC[loc]["ph"], mode="e164"), g=L("person", p.given), f=L("person", p.family),
                   sx="F" if p.female else "M", bt=L("dob", "%04d%02d%02d" % (bd.year, bd.month, bd.day)))
        return "xml", "en", parts
    # vCard-free contact export in Android contacts2 XML style
    loc = ch(["de", "it", "es", "br", "tr", "pl"])
    p = pers(loc)
    return "xml", lang_of(loc), F('<contact>\n  <display_name>{n}</display_name>\n  <data mimetype="phone_v2" type="2">{ph}</data>\n'
                                  '  <data mimetype="email_v2">{m}</data>\n  <data mimetype="event" type="3">{bd}</data>\n'
                                  '  <data mimetype="note">{nw}</data>\n</contact>',
                                  n=L("person", p.full), ph=ph(loc), m=e_mail(p, loc), bd=dob(loc, style="iso"), nw=n_name_word(lang_of(loc)))


# --------------------------------------------------------------------- 11 HTML
@tpl("html", 29, 7)
def t_html(clean):
    if clean:
        lang = ch(["en", "de", "fr", "nl"])
        loc = {"en": "gb"}.get(lang, lang)
        return "html", lang, F('<nav class="breadcrumb"><a href="/">Home</a> › <a href="/tea">Tea</a></nav>\n<div class="product" data-sku="{sku}" data-ean="{ean}" data-store-latlng="{co}">\n'
                               '  <h2>{pn}</h2>\n  <span class="price">{amt}</span>\n  <p class="ship">Delivery by <time datetime="{iso}">{wd}</time> · {nw}</p>\n'
                               '  <img src="/img/{h}.webp" alt="">\n</div>\n<!-- rendered in {ms} ms · {b} -->',
                               sku=n_product(), ean=n_ean(), co=n_coords(), pn=N(ch(PRODUCTS), "product_name"), amt=n_amount(loc),
                               iso=ndate("us", "delivery_date", "iso"), wd=n_weekday(lang), nw=n_name_word(lang), h=n_hash(),
                               ms=str(R.randint(3, 900)), b=n_build())
    v = R.randint(0, 2)
    if v == 0:  # staff / contact table
        loc = ch(["de", "fr", "nl", "gb", "es", "it", "br"])
        lang = lang_of(loc)
        hd = {"de": ("Name", "E-Mail", "Telefon"), "fr": ("Nom", "Courriel", "Téléphone"), "nl": ("Naam", "E-mail", "Telefoon"),
              "en": ("Name", "Email", "Phone"), "es": ("Nombre", "Correo", "Teléfono"), "it": ("Nome", "Email", "Telefono"),
              "pt": ("Nome", "E-mail", "Telefone")}[lang]
        parts = ['<table class="contacts">\n  <tr><th>%s</th><th>%s</th><th>%s</th></tr>\n' % hd]
        for _ in range(R.randint(1, 3)):
            p = pers(loc)
            m = email(p, loc, company=True)
            t1, t2 = phone_pair(LOC[loc]["ph"])
            parts += F('  <tr><td>{n}</td><td><a href="mailto:{m1}">{m2}</a></td><td><a href="tel:{t1}">{t2}</a></td></tr>\n',
                       n=L("person", p.full), m1=L("email", m), m2=L("email", m), t1=t1, t2=t2)
        parts.append("</table>")
        return "html", lang, parts
    if v == 1:  # filled form as saved HTML
        loc = ch(["us", "gb", "de", "fr", "es", "nl"])
        p = pers(loc)
        return "html", lang_of(loc), F('<form method="post" action="/signup">\n  <input type="text" name="first_name" value="{g}">\n'
                                       '  <input type="text" name="last_name" value="{f}">\n  <input type="date" name="dob" value="{bd}">\n'
                                       '  <input type="email" name="email" value="{m}">\n  <input type="tel" name="phone" value="{ph}">\n'
                                       '  <textarea name="address">{a}</textarea>\n{cc}  <input type="hidden" name="csrf" value="{h}">\n'
                                       '  <input type="hidden" name="utm_campaign" value="{nw}">\n</form>',
                                       g=L("person", p.given), f=L("person", p.family), bd=dob(loc, style="iso"), m=e_mail(p, loc),
                                       ph=ph(loc), a=address(loc, multi=True), h=n_md5(),
                                       cc=F('  <input type="text" name="cc-number" autocomplete="cc-number" value="{c}">\n  <input name="cc-exp" value="{e}">\n',
                                            c=card(), e=N("%02d / %02d" % (R.randint(1, 12), R.randint(26, 31)), "expiry_date")) if chance(0.6) else "", nw=N(ch(["may_sale", "black_friday", "summer24"]), "campaign"))
    # HTML mail signature
    loc = ch(["de", "fr", "it", "es", "nl", "pt", "us"])
    p = pers(loc)
    co = company(loc)
    cl = {"de": "Mit freundlichen Grüßen", "fr": "Bien cordialement", "it": "Cordiali saluti", "es": "Saludos cordiales",
          "nl": "Met vriendelijke groet", "pt": "Com os melhores cumprimentos", "en": "Best regards"}[lang_of(loc)]
    m = email(p, loc, domain=co[1])
    t1, t2 = phone_pair(LOC[loc]["ph"])
    return "html", lang_of(loc), F('<p>{cl}<br>\n<strong>{n}</strong><br>\n{co}<br>\nMobil: <a href="tel:{t}">{t2}</a><br>\n'
                                   '<a href="mailto:{m}">{m2}</a></p>\n<p style="font-size:9px">{vat} · {nw}</p>',
                                   cl=cl, n=L("person", p.full), co=co[0], t=t1, t2=t2, m=L("email", m), m2=L("email", m),
                                   vat=n_vat(), nw=n_company())


# ---------------------------------------------------------------------- 12 INI
INI_COMMENT = {
    "en": ["; production credentials — do not commit", "; generated by setup wizard {ver}", "; ask Ops before changing"],
    "de": ["; Zugangsdaten Produktion – nicht einchecken!", "; erzeugt vom Setup-Assistenten {ver}", "; Änderungen nur nach Rücksprache"],
    "fr": ["; identifiants de production — ne pas committer", "; généré par l'assistant {ver}"],
    "es": ["; credenciales de producción — no subir al repo", "; generado por el asistente {ver}"],
    "it": ["; credenziali di produzione — non committare", "; generato dal wizard {ver}"],
    "nl": ["; productiegegevens — niet committen", "; gegenereerd door de wizard {ver}"],
    "pt": ["; credenciais de produção — não commitar", "; gerado pelo assistente {ver}"],
}


def url_pw():
    return L("secret", password_ascii(url_safe=True), sub="password")


@tpl("ini", 27, 9)
def t_ini(clean):
    lang = ch(list(INI_COMMENT))
    cm = F(ch(INI_COMMENT[lang]), ver=n_version())
    if clean:
        return "ini", lang, cm + F("\n[database]\nhost = db-prod.internal\nport = 5432\nuser = crm_app\npassword = {p1}\npool_size = 20\n"
                                   "\n[smtp]\nserver = smtp.office365.com\nport = 587\nusername = {p2}\npassword = {p3}\n"
                                   "\n[app]\nversion = {v4}\nrelease = {b}\ncache_ttl = {dur}\nsession_secret = {p4}\n",
                                   p1=n_placeholder(), p2=N(ch(["${SMTP_USER}", "<smtp-user>", "%(SMTP_USER)s"]), "placeholder"),
                                   p3=n_placeholder(), v4=n_version4(), b=n_build(), dur=n_duration(), p4=n_placeholder())
    loc = {"en": ch(["us", "gb"]), "pt": ch(["pt", "br"])}.get(lang, lang)
    p = pers(loc)
    parts = cm + F("\n[database]\nhost = db-prod.internal\nport = {port}\nname = crm\nuser = crm_app\npassword = {pw1}\n",
                   port=ch(["5432", "3306", "1433"]), pw1=pw())
    if chance(0.8):
        parts += F("\n[smtp]\nserver = {srv}\nport = 587\nusername = {m}\npassword = {pw2}\nfrom = {n} <{m2}>\n",
                   srv=ch(["smtp.office365.com", "smtp.gmail.com", "mail.gandi.net", "smtp.strato.de"]), m=L("email", email(p, loc)),
                   pw2=pw(), n=L("person", p.full), m2=L("email", email(p, loc)))
    extra = R.randint(0, 3)
    if extra == 0:
        parts += F("\n[payments]\nstripe_secret = {s}\nstripe_publishable = {pk}\n", s=secret("stripe"), pk=n_pk())
    elif extra == 1:
        parts += F("\n[alerts]\nslack_webhook = {w}\noncall_phone = {ph}\n", w=secret("slack_webhook"), ph=ph_any(loc))
    elif extra == 2:
        parts += F("\n[aws]\naccess_key_id = {a}\nsecret_access_key = {b}\nregion = eu-west-1\n",
                   a=secret("aws_access_key_id"), b=secret("aws_secret_access_key"))
    else:
        parts += F("\n[maps]\napi_key = {k}\ndefault_center = {c}\n", k=secret("google_api_key"), c=n_coords())
    return "ini", lang, parts


# --------------------------------------------------------------------- 13 TOML
@tpl("toml", 25, 9)
def t_toml(clean):
    if clean:
        if chance(0.5):
            return "toml", "en", F('[package]\nname = "invoice-bot"\nversion = "{v}"\nedition = "2021"\n\n[dependencies]\n'
                                   'tokio = {{ version = "1.38", features = ["full"] }}\nreqwest = "0.12"\nserde = "1.0.203"\n\n'
                                   '# checksum {h}\n# see {tno}', v=n_version(), h=n_hash(), tno=n_ticket())
        return "toml", "en", F('[app]\nname = "report-mailer"\nschedule = "0 6 * * MON"\n\n[database]\nurl = "{u}"\n\n[stripe]\n'
                               'secret_key = "{s}"\npublishable_key = "{pk}"\n\n[meta]\nbuilt = "{ts}"\ncommit = "{h}"',
                               u=N(ch(["${DATABASE_URL}", "postgres://app:<password>@localhost/app"]), "placeholder"),
                               s=n_placeholder(), pk=n_pk(), ts=n_timestamp(), h=n_hash())
    loc = ch(["us", "gb", "de", "fr", "nl", "es", "it", "br"])
    p = pers(loc)
    parts = F('[app]\nname = "{an}"\nversion = "{v}"\n\n[owner]\nname = "{n}"\nemail = "{m}"\n',
              an=ch(["invoice-bot", "report-mailer", "crm-sync", "ticket-router"]), v=n_version(), n=L("person", p.full), m=e_mail(p, loc))
    if chance(0.5):
        parts += F('phone = "{ph}"\n', ph=ph_any(loc))
    parts += F('\n[database]\nurl = "{scheme}://{u}:{pw}@{host}/{db}"\n', scheme=ch(["postgres", "postgresql", "mysql", "mariadb"]),
               u=ch(["app", "svc_reports", "crm"]), pw=url_pw(), host=ch(["db.internal:5432", "10-db.prod.lan:3306", "pg-main:5432"]),
               db=ch(["crm", "reports", "app"]))
    k = R.randint(0, 3)
    if k == 0:
        parts += F('\n[api]\nopenai_key = "{s}"\n', s=secret("openai"))
    elif k == 1:
        parts += F('\n[api]\nanthropic_key = "{s}"\ntimeout = 30\n', s=secret("anthropic"))
    elif k == 2:
        parts += F('\n[tls]\nkey = """\n{s}\n"""\n', s=secret("pem"))
    else:
        parts += F('\n[notify]\ntwilio_key_sid = "{s}"\ntwilio_secret = "{h}"\n', s=secret("twilio"), h=secret("hex32"))
    return "toml", "en", parts


# ------------------------------------------------------------------- 14 Python
@tpl("pycode", 32, 10)
def t_py(clean):
    if clean:
        v = R.randint(0, 2)
        if v == 0:
            return "pycode", "en", F('import os\nimport boto3\n\ns3 = boto3.client(\n    "s3",\n    aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],\n'
                                     '    aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],\n)\nAPI_KEY = os.getenv("OPENAI_API_KEY", "{ph}")\n'
                                     'digest = hashlib.sha256(blob).hexdigest()  # e.g. {h}\nlast_week = rows[-7:]\nevens = xs[::2]\n',
                                     ph=n_placeholder(), h=n_hash())
        if v == 1:
            checks = R.sample([("is_ssn", n_bad_ssn), ("valid_cpf", n_bad_cpf), ("valid_dni", n_bad_dni), ("valid_bsn", n_bad_bsn),
                               ("valid_aadhaar", n_bad_aadhaar), ("valid_iban", n_bad_iban), ("is_card", n_imei), ("is_card", n_siret),
                               ("is_phone", n_ein), ("is_phone", n_isbn), ("is_card", n_luhn_fail), ("is_card", n_masked_card),
                               ("parse_ip", n_octets), ("parse_ip", n_version4)], 4)
            parts = F('def test_rejects_lookalikes():\n    assert parse("{v}") is not None\n', v=n_version())
            for fn, gen in checks:
                parts += F('    assert {fn}("{x}") {res}\n', fn=fn, x=gen(), res="is None" if fn == "parse_ip" else "is False")
            return "pycode", "en", parts
        return "pycode", "en", F('from getpass import getpass\n\nuser = input("user: ")\npassword = getpass()\n# token lives in the keyring, never here: {ph}\n'
                                 'ORDER_RE = re.compile(r"\\d{{3}}-\\d{{7}}-\\d{{7}}")  # {o}\nstarted = "{ts}"\n',
                                 ph=n_placeholder(), o=n_order(), ts=n_timestamp())
    v = R.randint(0, 5)
    if v == 0:
        return "pycode", "en", F('import boto3\n\ns3 = boto3.client(\n    "s3",\n    aws_access_key_id="{a}",\n    aws_secret_access_key="{b}",\n'
                                 '    region_name="eu-central-1",\n)\ns3.upload_file("report.pdf", "finance-exports", "{d}/report.pdf")\n',
                                 a=secret("aws_access_key_id"), b=secret("aws_secret_access_key"), d=ndate("us", "doc_date", "iso"))
    if v == 1:
        loc = ch(["de", "fr", "es", "it", "nl", "gb", "br"])
        p, q = pers(loc), pers(loc)
        sender = email(p, loc)
        return "pycode", "en", F('import smtplib\nfrom email.message import EmailMessage\n\nmsg = EmailMessage()\nmsg["From"] = "{m1}"\n'
                                 'msg["To"] = "{n2} <{m2}>"\nmsg["Subject"] = "Invoice {inv}"\n\nwith smtplib.SMTP_SSL("smtp.gmail.com", 465) as s:\n'
                                 '    s.login("{m3}", "{pw}")\n    s.send_message(msg)\n',
                                 m1=L("email", sender), n2=L("person", q.full), m2=e_mail(q, loc), inv=n_invoice(),
                                 m3=L("email", sender if chance(0.7) else email(p, loc)), pw=pw())
    if v == 2:
        k = ch(["openai", "anthropic", "jwt"])
        hdr = {"openai": '"Authorization": f"Bearer {s}"', "anthropic": '"x-api-key": "{s}", "anthropic-version": "2023-06-01"',
               "jwt": '"Authorization": "Bearer {s}"'}[k]
        if k == "openai":
            hdr = '"Authorization": "Bearer {s}"'
        url = {"openai": "https://api.openai.com/v1/chat/completions", "anthropic": "https://api.anthropic.com/v1/messages",
               "jwt": "https://api.internal.example/v2/orders"}[k]
        return "pycode", "en", F('import requests\n\nHEADERS = {{' + hdr + '}}\nresp = requests.post("' + url + '", headers=HEADERS, json=payload, timeout=30)\n'
                                 'print(resp.status_code, resp.headers.get("x-request-id"))  # {u}\n', s=secret(k), u=n_uuid())
    if v == 3:
        return "pycode", "en", F('conn = psycopg2.connect(\n    host="db.internal",\n    dbname="crm",\n    user="crm_rw",\n    password="{pw}",\n'
                                 '    connect_timeout=5,\n)\nengine = create_engine("postgresql+psycopg2://report:{pw2}@db.internal/crm")\n',
                                 pw=pw(), pw2=url_pw())
    if v == 4:
        loc = ch(["de", "fr", "es", "it", "nl", "gb", "us"])
        p = pers(loc)
        ibc = LOC[loc]["iban"]
        return "pycode", "en", F('CUSTOMER = {{\n    "name": "{n}",\n    "email": "{m}",\n    "phone": "{ph}",\n    "birthdate": "{bd}",\n'
                                 '    "payment": "{pay}",\n}}\n\ndef test_invoice_total():\n    assert total(CUSTOMER, "{inv}") == Decimal("{amt}")\n',
                                 n=L("person", p.full), m=e_mail(p, loc), ph=ph(loc), bd=dob(loc, style="iso"),
                                 pay=iban(ibc, "compact") if ibc and chance(0.65) else card(style=ch(["none", "space"])), inv=n_invoice(), amt="%d.%02d" % (R.randint(10, 999), R.randint(0, 99)))
    k = ch(["slack_webhook", "github_pat", "gitlab_pat", "sendgrid", "npm_token", "pem", "pem"])
    code = {"slack_webhook": 'SLACK_WEBHOOK = "{s}"\nrequests.post(SLACK_WEBHOOK, json={{"text": f"deploy {{version}} done"}})\n',
            "github_pat": 'from github import Github\n\ngh = Github("{s}")\nrepo = gh.get_repo("acme/billing")\n',
            "gitlab_pat": 'gl = gitlab.Gitlab("https://gitlab.example.com", private_token="{s}")\n',
            "sendgrid": 'sg = SendGridAPIClient("{s}")\nsg.send(message)\n',
            "npm_token": 'subprocess.run(["npm", "publish"], env={{**os.environ, "NPM_TOKEN": "{s}"}})\n',
            "pem": 'SIGNING_KEY = """{s}"""\n\ntoken = jwt.encode(claims, SIGNING_KEY, algorithm="RS256")\n'}[k]
    return "pycode", "en", F(code, s=secret(k))


# ---------------------------------------------------------------- 15 JavaScript
@tpl("jscode", 30, 10)
def t_js(clean):
    if clean:
        v = R.randint(0, 1)
        if v == 0:
            return "jscode", "en", F("import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\n"
                                     "const publishable = '{pk}';\nconst token = process.env.API_TOKEN ?? '{ph}';\n// requires {sc}\n",
                                     pk=n_pk(), ph=n_placeholder(), sc=n_npm_scope())
        return "jscode", "en", F("export const formatOrder = (id) => id.replace(/(\\d{{3}})(\\d{{7}})(\\d{{7}})/, '$1-$2-$3'); // {o}\n"
                                 "const SHIPPED_AT = '{ts}';\nconst TRACKING = '{t}';\nconst BUILD = '{b}';\n",
                                 o=n_order(), ts=n_timestamp(), t=n_tracking(), b=n_build())
    v = R.randint(0, 5)
    if v == 0:
        return "jscode", "en", F("const stripe = require('stripe')('{s}');\n\nconst session = await stripe.checkout.sessions.create({{\n"
                                 "  mode: 'payment',\n  success_url: 'https://shop.example/thanks',\n}});\n", s=secret("stripe"))
    if v == 1:
        return "jscode", "en", F("mongoose.connect('mongodb+srv://{u}:{pw}@cluster0.{c}.mongodb.net/prod?retryWrites=true&w=majority');\n",
                                 u=ch(["svc_app", "admin", "shop"]), pw=url_pw(), c=C.rnd(R, string.ascii_lowercase + string.digits, 5))
    if v == 2:
        loc = ch(["de", "fr", "es", "it", "nl", "br", "us"])
        p, q = pers(loc), pers(loc)
        return "jscode", "en", F("const transporter = nodemailer.createTransport({{\n  host: 'smtp.gmail.com',\n  port: 465,\n  secure: true,\n"
                                 "  auth: {{ user: '{m}', pass: '{pw}' }},\n}});\n\nawait transporter.sendMail({{\n  from: '\"{n}\" <{m2}>',\n"
                                 "  to: '{m3}',\n  subject: 'Ihre Rechnung {inv}',\n}});\n",
                                 m=L("email", email(p, loc)), pw=pw(), n=L("person", p.full), m2=L("email", email(p, loc)),
                                 m3=e_mail(q, loc), inv=n_invoice())
    if v == 3:
        return "jscode", "en", F("const firebaseConfig = {{\n  apiKey: '{k}',\n  authDomain: 'shop-{n}.firebaseapp.com',\n  projectId: 'shop-{n}',\n"
                                 "  messagingSenderId: '{sid}',\n  appId: '1:{sid}:web:{h}',\n}};\n",
                                 k=secret("google_api_key"), n=str(R.randint(1000, 9999)), sid=N(str(R.randint(10 ** 11, 10 ** 12)), "sender_id"),
                                 h=N(hexs(22), "app_id"))
    if v == 4:
        return "jscode", "en", F("const api = axios.create({{\n  baseURL: 'https://api.internal.example/v2',\n"
                                 "  headers: {{ Authorization: 'Bearer {j}' }},\n}});\n// expires {d}\n",
                                 j=secret("jwt"), d=ndate("us", "expiry_date", "iso"))
    if chance(0.3):
        return "jscode", "en", F("const privateKey = `{k}`;\nconst token = jwt.sign(payload, privateKey, {{ algorithm: 'RS256', expiresIn: '1h' }});\n",
                                 k=secret("pem"))
    loc = ch(["de", "es", "it", "br", "nl"])
    p = pers(loc)
    return "jscode", "en", F("sgMail.setApiKey('{k}');\nawait sgMail.send({{\n  to: '{m}',\n  from: 'noreply@{dom}',\n"
                             "  subject: 'Willkommen',\n  text: 'Hallo {g}, dein Konto ist aktiv.',\n}});\n",
                             k=secret("sendgrid"), m=e_mail(p, loc), dom=L("email", "noreply@" + ch(["shop.example", "mailer.example"])),
                             g=L("person", p.given))


# ------------------------------------------------------------------ 16 Jupyter
def df_table(cols, rows):
    """pandas-style right-aligned columns; cells are str/L/N."""
    def txt(c):
        return c if isinstance(c, str) else (c.value if isinstance(c, L) else c.text)
    idx_w = len(str(len(rows) - 1))
    widths = [max([len(h)] + [len(txt(r[i])) for r in rows]) for i, h in enumerate(cols)]
    out = [" " * idx_w + "".join("  " + h.rjust(w) for h, w in zip(cols, widths)), "\n"]
    for n, r in enumerate(rows):
        out.append(str(n).ljust(idx_w))
        for c, w in zip(r, widths):
            out += ["  " + " " * (w - len(txt(c))), c]
        out.append("\n")
    return out[:-1]


NB_COLS = {"de": ("name", "email", "geburtsdatum", "telefon"), "fr": ("nom", "email", "date_naissance", "telephone"),
           "es": ("nombre", "email", "fecha_nac", "telefono"), "nl": ("naam", "email", "geboortedatum", "telefoon"),
           "en": ("name", "email", "dob", "phone"), "pt": ("nome", "email", "data_nasc", "celular")}


@tpl("notebook", 30, 10)
def t_nb(clean):
    n_in = R.randint(2, 40)
    if clean:
        v = R.randint(0, 1)
        if v == 0:
            parts = ["In [%d]: history = model.fit(X_train, y_train, epochs=3, validation_split=0.1)\n" % n_in]
            for e in range(1, 4):
                parts.append("Epoch %d/3\n%d/%d [==============================] - %ds %dms/step - loss: %.4f - accuracy: %.4f\n"
                             % (e, R.randint(100, 999), R.randint(100, 999), R.randint(2, 40), R.randint(5, 90), R.uniform(0.1, 0.9), R.uniform(0.6, 0.99)))
            parts += F("\nIn [{n}]: df.shape, df['created_at'].max()\nOut[{n}]: ((48213, 12), Timestamp('{ts}'))\n", n=str(n_in + 1), ts=n_timestamp())
            return "notebook", "en", parts
        return "notebook", "en", F("In [{n}]: df.describe()\nOut[{n}]:\n             amount      items\ncount  {c}  {c}\nmean     {m1}   {m2}\n"
                                   "max    {mx}   {mx2}\n\nIn [{n2}]: df.loc[df.order_id == '{o}', ['sku', 'ean', 'shipped']]\n"
                                   "Out[{n2}]:\n         sku            ean     shipped\n{i}  {sku}  {ean}  {d}",
                                   n=str(n_in), c="%d.0" % R.randint(1000, 99999), m1="%.2f" % R.uniform(10, 300), m2="%.2f" % R.uniform(1, 5),
                                   mx="%.2f" % R.uniform(1000, 9000), mx2="%d.00" % R.randint(10, 90), n2=str(n_in + 1), o=n_order(),
                                   i=str(R.randint(100, 48000)), sku=N(C.rnd(R, string.ascii_uppercase, 3) + "-%04d" % R.randint(0, 9999), "product_code"),
                                   ean=n_ean(), d=ndate("us", "ship_date", "iso"))
    v = R.randint(0, 2)
    if v == 0:
        loc = ch(["de", "fr", "es", "nl", "gb", "us", "br"])
        lang = lang_of(loc)
        cols = NB_COLS[lang]
        rows = []
        for _ in range(R.randint(2, 5)):
            p = pers(loc)
            rows.append([L("person", p.full), e_mail(p, loc), dob(loc, style="iso"), ph(loc, mode=ch(["e164", "nat"]))])
        return "notebook", lang, F("In [{n}]: df = pd.read_excel(\"{f}\")\n   ...: df[{c}].head({k})\nOut[{n}]:\n",
                                   n=str(n_in), f=ch(["kunden_2024.xlsx", "clients.xlsx", "members_export.xlsx", "leads.xlsx"]),
                                   c=repr(list(cols)), k=str(len(rows))) + df_table(list(cols), rows)
    if v == 1:
        k = ch(["openai", "anthropic", "aws_secret_access_key", "github_pat", "stripe"])
        var = {"openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY", "aws_secret_access_key": "AWS_SECRET_ACCESS_KEY",
               "github_pat": "GITHUB_TOKEN", "stripe": "STRIPE_API_KEY"}[k]
        s = C.secret_random(R, k)
        return "notebook", "en", F("In [{n}]: import os\n   ...: os.environ[\"{v}\"] = \"{s1}\"\n\nIn [{n2}]: os.environ[\"{v}\"]\nOut[{n2}]: '{s2}'\n",
                                   n=str(n_in), v=var, s1=L("secret", s, sub=k), n2=str(n_in + 1), s2=L("secret", s, sub=k))
    loc = ch(["de", "it", "es", "fr", "nl"])
    p = pers(loc)
    return "notebook", lang_of(loc), F("In [{n}]: r = client.get(f\"/customers/{{cid}}\")\n   ...: r.json()\nOut[{n}]:\n"
                                       "{{'id': '{cid}',\n 'name': '{nm}',\n 'email': '{m}',\n 'iban': '{ib}',\n 'address': '{a}',\n{cc} 'last_login_ip': '{ip}'}}",
                                       n=str(n_in), cid=N("cus_" + C.rnd(R, C.ALNUM, 14), "customer_id"), nm=L("person", p.full), m=e_mail(p, loc),
                                       ib=iban(LOC[loc]["iban"], "compact"), a=address(loc, multi=False), ip=ip(),
                                       cc=F(" 'default_card': '{c}',\n", c=card(style="none")) if chance(0.4) else "")


# ------------------------------------------------------------------ 17 maillog
def syslog_ts():
    dt = rdate(2024, 2025)
    return "%s %2d %02d:%02d:%02d" % (MONTHS["en"][dt.month - 1][:3], dt.day, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def qid():
    return C.rnd(R, "0123456789ABCDEF", R.choice([9, 10, 11]))


@tpl("maillog", 30, 8)
def t_maillog(clean):
    host = ch(["mx1", "mail", "smtp-out-2", "mx02"])
    ts = syslog_ts()
    if clean:
        q = qid()
        return "maillog", "en", F("{ts} {h} postfix/postfix-script[{p1}]: refreshing the Postfix mail system\n"
                                  "{ts} {h} postfix/master[{p2}]: reload -- version {v}, configuration /etc/postfix\n"
                                  "{ts} {h} postfix/cleanup[{p3}]: {q}: message-id=<{mid}>\n{ts} {h} postfix/qmgr[{p3}]: {q}: removed\n"
                                  "{ts} {h} opendkim[{p4}]: key retrieval failed (s={sel}, d=newsletter.example): DNS query timed out\n"
                                  "{ts} {h} dovecot: master: Dovecot v{v2} ({hx}) starting up for imap, lmtp\n"
                                  "{ts} {h} postfix/smtpd[{p5}]: warning: SASL authentication failure: {b64}",
                                  ts=ts, h=host, p1=str(R.randint(100, 32000)), p2=str(R.randint(100, 32000)), p3=str(R.randint(100, 32000)),
                                  p4=str(R.randint(100, 32000)), p5=str(R.randint(100, 32000)), v=n_version(), q=N(q, "queue_id"), mid=n_message_id(),
                                  sel=N("%d%02d%02d" % (R.randint(2020, 2024), R.randint(1, 12), R.randint(1, 28)), "dkim_selector"),
                                  v2=n_version(), hx=N(hexs(10), "hash"), b64=N("UGFzc3dvcmQ6", "base64"))
    loc = ch(["de", "fr", "nl", "gb", "us", "es", "it"])
    s, r = pers(loc), pers(loc)
    q = N(qid(), "queue_id")
    src = ip()
    rhost = ch(["mail-ej1-f54.google.com", "mail-wm1-f41.google.com", "mout.gmx.net", "smtp.orange.fr", "mx.kpnmail.nl",
                "EUR05-VI1-obe.outbound.protection.outlook.com", "unknown"])
    co = company(loc)
    pid = lambda: str(R.randint(100, 32000))  # noqa: E731
    lines = F("{ts} {h} postfix/smtpd[{p}]: connect from {rh}[{ip}]\n{ts} {h} postfix/smtpd[{p}]: {q}: client={rh}[{ip2}]\n"
              "{ts} {h} postfix/cleanup[{p2}]: {q}: message-id=<{mid}>\n"
              "{ts} {h} postfix/qmgr[{p3}]: {q}: from=<{fm}>, size={sz}, nrcpt=1 (queue active)\n"
              "{ts} {h} postfix/local[{p4}]: {q}: to=<{to}>, relay=local, delay=1.4, delays=0.6/0.01/0/0.8, dsn=2.0.0, status=sent (delivered to mailbox)\n"
              "{ts} {h} postfix/qmgr[{p3}]: {q}: removed",
              ts=ts, h=host, p=pid(), rh=rhost, ip=src, ip2=L("ip", src.value, **{"sub": src.meta["sub"]}), q=q, p2=pid(),
              mid=n_message_id(), p3=pid(), fm=e_mail(s, loc), sz=str(R.randint(2000, 900000)), p4=pid(),
              to=L("email", email(r, loc, domain=co[1])))
    if chance(0.5):
        lines += F("\n{ts} {h} dovecot: imap-login: Login: user=<{u}>, method=PLAIN, rip={rip}, lip={lip}, mpid={mp}, TLS, session=<{sess}>",
                   ts=ts, h=host, u=L("email", email(r, loc, domain=co[1])), rip=ip(), lip=ip(False), mp=pid(),
                   sess=N(C.rnd(R, C.ALNUM + "+/", 16), "session_id"))
    if chance(0.4):
        spam = pers(ch(["us", "gb", "in"]))
        lines += F("\n{ts} {h} postfix/smtpd[{p}]: NOQUEUE: reject: RCPT from unknown[{ip}]: 554 5.7.1 <{rc}>: Relay access denied; "
                   "from=<{fm}> to=<{rc2}> proto=ESMTP helo=<WIN-{w}>",
                   ts=ts, h=host, p=pid(), ip=ip(False), rc=e_mail(spam, "us"), fm=e_mail(pers("us"), "us"),
                   rc2=e_mail(spam, "us"), w=C.rnd(R, string.ascii_uppercase + string.digits, 11))
    if chance(0.3):
        lines += F("\n{ts} {h} postfix/smtpd[{p}]: warning: unknown[{ip}]: SASL LOGIN authentication failed: {b}",
                   ts=ts, h=host, p=pid(), ip=ip(False), b=N("UGFzc3dvcmQ6", "base64"))
    return "maillog", "en", lines


# ------------------------------------------------------------------ 18 journal
@tpl("journal", 29, 8)
def t_journal(clean):
    host = ch(["web-01", "edge-fra-2", "app-prod-3", "vpn-gw", "bastion"])
    ts = syslog_ts()
    pid = lambda: str(R.randint(100, 32000))  # noqa: E731
    if clean:
        return "journal", "en", F("{ts} {h} systemd[1]: Starting Daily apt download activities...\n"
                                  "{ts} {h} systemd[1]: apt-daily.service: Deactivated successfully.\n"
                                  "{ts} {h} kernel: Linux version {kv}-amd64 (gcc-12 (Debian 12.2.0-14) 12.2.0) #1 SMP PREEMPT_DYNAMIC\n"
                                  "{ts} {h} kernel: EXT4-fs (sda1): mounted filesystem {u} r/w with ordered data mode\n"
                                  "{ts} {h} kernel: eth0: renamed from veth3f2a1b ({mac})\n"
                                  "{ts} {h} CRON[{p}]: (root) CMD (/usr/local/bin/backup.sh --since {d})\n"
                                  "{ts} {h} systemd-logind[{p2}]: New session {sn} of user deploy.\n"
                                  "{ts} {h} snmpd[{p3}]: Received SNMP packet(s) for {oid}",
                                  ts=ts, h=host, kv=N("6.1.0-%d" % R.randint(10, 28), "version"), u=n_uuid(), mac=n_mac(), p=pid(),
                                  d=n_timestamp(), p2=pid(), sn=str(R.randint(100, 9999)), p3=pid(), oid=n_oid())
    lines = []
    picks = R.sample(range(6), R.randint(2, 4))
    for k in picks:
        if lines:
            lines.append("\n")
        if k == 0:
            lines += F("{ts} {h} kernel: [UFW BLOCK] IN=eth0 OUT= MAC={mac} SRC={s} DST={d} LEN=60 TOS=0x00 PREC=0x00 TTL={ttl} "
                       "ID={id} DF PROTO=TCP SPT={sp} DPT={dp} WINDOW=64240 RES=0x00 SYN URGP=0",
                       ts=ts, h=host, mac=N(":".join("%02x" % R.randint(0, 255) for _ in range(12)) + ":08:00", "mac"), s=ip(False),
                       d=ip(False), ttl=str(R.randint(40, 120)), id=str(R.randint(1, 65535)), sp=str(R.randint(1024, 65535)),
                       dp=ch(["22", "23", "3389", "5900", "8080", "445"]))
        elif k == 1:
            lines += F("{ts} {h} openvpn[{p}]: {cn}/{ip}:{port} Peer Connection Initiated with [AF_INET]{ip2}:{port}",
                       ts=ts, h=host, p=pid(), cn=N("laptop-%03d" % R.randint(1, 400), "hostname"), ip=ip(False),
                       ip2=ip(False), port=str(R.randint(1024, 65535)))
        elif k == 2:
            loc = ch(["es", "de", "fr", "it", "nl", "br", "us"])
            p = pers(loc)
            lines += F("{ts} {h} gunicorn[{p}]: {iso} WARNING auth: failed login for {m} from {ip} (attempt {n})",
                       ts=ts, h=host, p=pid(), iso=n_timestamp(), m=e_mail(p, loc), ip=ip(), n=str(R.randint(2, 9)))
        elif k == 3:
            lines += F("{ts} {h} haproxy[{p}]: {ip}:{port} [{hts}] fe_https be_app/app0{n} 0/0/1/{t}/{t2} 200 {b} - - ---- 12/12/0/0/0 0/0 "
                       "\"GET /api/v1/orders/{o} HTTP/1.1\"",
                       ts=ts, h=host, p=pid(), ip=ip(), port=str(R.randint(1024, 65535)),
                       hts=N("%02d/%s/%d:%02d:%02d:%02d.%03d" % (R.randint(1, 28), ch(MONTHS["en"])[:3], R.randint(2024, 2025), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)), "timestamp"),
                       n=str(R.randint(1, 4)), t=str(R.randint(5, 90)), t2=str(R.randint(91, 300)), b=str(R.randint(200, 90000)),
                       o=N(str(R.randint(10 ** 6, 10 ** 8)), "order_no"))
        elif k == 4:
            lines += F("{ts} {h} kernel: wireguard: wg0: Handshake for peer {n} ({ip}:51820) did not complete after 5 seconds, retrying (try 2)",
                       ts=ts, h=host, n=str(R.randint(1, 40)), ip=ip(False))
        else:
            lines += F("{ts} {h} named[{p}]: client @0x{hx} {ip}#{port} ({dom}): query (cache) '{dom}/A/IN' denied",
                       ts=ts, h=host, p=pid(), hx=N(hexs(12), "pointer"), ip=ip(), port=str(R.randint(1024, 65535)),
                       dom=ch(["example.org", "cdn.example.net", "wpad.lan"]))
    return "journal", "en", lines


# ------------------------------------------------------------- 19 GitHub issue
@tpl("github_issue", 29, 10)
def t_gh(clean):
    ver = n_version()
    if clean:
        return "github_issue", "en", F("### Describe the bug\n`acme-sync` crashes after upgrading from {v0} to {v}.\n\n### To reproduce\n"
                                       "```console\n$ export GITHUB_TOKEN={ph}\n$ acme-sync --repo acme/billing --since {d}\n"
                                       "Traceback (most recent call last):\n  File \"/usr/lib/python3/dist-packages/acme/sync.py\", line 214, in run\n"
                                       "    page = items[offset::step]\nKeyError: 'node_id'\n```\n\n### Environment\n- OS: Ubuntu 22.04.4 LTS\n"
                                       "- acme-sync: {v}\n- commit {h}\n- request id {u}\n\n{nw}",
                                       v0=n_version(), v=ver, ph=n_placeholder(), d=ndate("us", "doc_date", "iso"), h=n_hash(), u=n_uuid(),
                                       nw=n_name_word("en"))
    v = R.randint(0, 3)
    if v == 0:
        k = ch(["github_pat", "github_fine_grained", "gitlab_pat", "npm_token", "openai", "slack_token"])
        var = {"github_pat": "GITHUB_TOKEN", "github_fine_grained": "GH_TOKEN", "gitlab_pat": "GITLAB_TOKEN", "npm_token": "NPM_TOKEN",
               "openai": "OPENAI_API_KEY", "slack_token": "SLACK_BOT_TOKEN"}[k]
        return "github_issue", "en", F("### Describe the bug\n`acme-sync` returns 401 since {v}.\n\n### To reproduce\n```console\n"
                                       "$ export {var}={s}\n$ acme-sync --repo acme/billing\nError: 401 Unauthorized (request id {u})\n```\n\n"
                                       "### Environment\n- OS: macOS 14.5\n- acme-sync: {v}\n- Node: 20.14.0",
                                       v=ver, var=var, s=secret(k), u=n_uuid())
    if v == 1:
        loc = ch(["de", "fr", "nl", "es", "it", "gb"])
        p = pers(loc)
        return "github_issue", "en", F("**Describe the bug**\nInvoice export fails for some customers.\n\n**Logs**\n```\n{ts} ERROR invoice {inv} failed: "
                                       "customer \"{n}\" <{m}> has IBAN {ib} (len {ln}) — rejected by validator\n{ts2} WARN retry 3/3\n```\n\n"
                                       "**Version** {v}\ncc @acme/billing-team",
                                       ts=n_timestamp(), inv=n_invoice(), n=L("person", p.full), m=e_mail(p, loc),
                                       ib=iban(LOC[loc]["iban"], "compact"), ln=str(R.randint(18, 27)), ts2=n_timestamp(), v=ver)
    if v == 2:
        return "github_issue", "en", F("### What happened?\nMigrations fail on a fresh install.\n\n```\nsqlalchemy.exc.OperationalError: (psycopg2.OperationalError) "
                                       "connection to server at \"db.internal\", port 5432 failed: FATAL:  password authentication failed\n"
                                       "(Background on this error at: https://sqlalche.me/e/20/e3q8)\n```\nMy `.env`:\n```\n"
                                       "DATABASE_URL=postgresql://app:{pw}@db.internal:5432/app\nREDIS_URL=redis://:{pw2}@cache.internal:6379/0\n"
                                       "SECRET_KEY={sk}\n```\nVersion {v}", pw=url_pw(), pw2=url_pw(), sk=secret("hex32"), v=ver)
    loc = ch(["de", "fr", "gb", "us", "nl", "br"])
    p = pers(loc)
    return "github_issue", "en", F("### Commits are attributed to the wrong author\n\n```console\n$ git config --list --show-origin | grep user\n"
                                   "file:/home/dev/.gitconfig  user.name={n}\nfile:/home/dev/.gitconfig  user.email={m}\n$ git log -1 --format='%H %an'\n"
                                   "{h} {n2}\n```\nExpected the bot identity. Using {v}.",
                                   n=L("person", p.full), m=e_mail(p, loc), h=n_hash(), n2=L("person", p.full), v=ver)


# ----------------------------------------------------------------- 20 minutes
MIN = {
    "en": ("# {title} — {d}\n\n**Attendees:** {a1}, {a2}, {a3}\n**Apologies:** {a4}\n**Notes:** {a2b}\n\n## Updates\n"
           "- Cut-over to the new {prod} scheduled for {wd}; change freeze from {d2}.\n- {a3b} reports that {co} raised prices by 4 %.\n\n"
           "## Action items\n- [ ] {a1g}: send the draft contract to {ext} ({m}) by {due}\n- [ ] {a2g}: call {ext2} on {ph} about the "
           "delivery window ({tr})\n- [x] {a3g}: book {room}",
           ["Weekly sync", "Project Falcon steering group", "Ops retro"]),
    "de": ("# {title} — {d}\n\n**Teilnehmende:** {a1}, {a2}, {a3}\n**Entschuldigt:** {a4}\n**Protokoll:** {a2b}\n\n## Stand\n"
           "- Umstellung auf {prod} am {wd}; Änderungsstopp ab {d2}.\n- {a3b}: {co} erhöht die Preise um 4 %.\n\n"
           "## Aufgaben\n- [ ] {a1g}: Vertragsentwurf an {ext} ({m}) bis {due}\n- [ ] {a2g}: {ext2} wegen Lieferfenster ({tr}) anrufen, "
           "Tel. {ph}\n- [x] {a3g}: {room} buchen",
           ["Jour fixe", "Lenkungskreis Projekt Falke", "Teamrunde"]),
    "fr": ("# {title} — {d}\n\n**Présents :** {a1}, {a2}, {a3}\n**Excusé(e) :** {a4}\n**Secrétaire de séance :** {a2b}\n\n## Points\n"
           "- Bascule vers {prod} prévue {wd} ; gel des changements à partir du {d2}.\n- {a3b} signale que {co} augmente ses prix de 4 %.\n\n"
           "## Actions\n- [ ] {a1g} : envoyer le projet de contrat à {ext} ({m}) avant le {due}\n- [ ] {a2g} : appeler {ext2} au {ph} "
           "pour le créneau de livraison ({tr})\n- [x] {a3g} : réserver {room}",
           ["Point hebdo", "Comité de pilotage", "Réunion d'équipe"]),
    "nl": ("# {title} — {d}\n\n**Aanwezig:** {a1}, {a2}, {a3}\n**Afwezig:** {a4}\n**Notulen:** {a2b}\n\n## Stand van zaken\n"
           "- Overstap naar {prod} op {wd}; wijzigingsstop vanaf {d2}.\n- {a3b} meldt dat {co} de prijzen met 4 % verhoogt.\n\n"
           "## Actiepunten\n- [ ] {a1g}: conceptcontract naar {ext} ({m}) vóór {due}\n- [ ] {a2g}: {ext2} bellen op {ph} over het "
           "levervenster ({tr})\n- [x] {a3g}: {room} reserveren",
           ["Weekoverleg", "Stuurgroep", "Teamoverleg"]),
    "es": ("# {title} — {d}\n\n**Asistentes:** {a1}, {a2}, {a3}\n**Excusa:** {a4}\n**Acta:** {a2b}\n\n## Novedades\n"
           "- Migración a {prod} el {wd}; congelación de cambios desde el {d2}.\n- {a3b} informa de que {co} sube precios un 4 %.\n\n"
           "## Tareas\n- [ ] {a1g}: enviar el borrador del contrato a {ext} ({m}) antes del {due}\n- [ ] {a2g}: llamar a {ext2} al {ph} "
           "por la franja de entrega ({tr})\n- [x] {a3g}: reservar {room}",
           ["Reunión semanal", "Comité de seguimiento"]),
    "it": ("# {title} — {d}\n\n**Presenti:** {a1}, {a2}, {a3}\n**Assenti giustificati:** {a4}\n**Verbalizza:** {a2b}\n\n## Aggiornamenti\n"
           "- Passaggio a {prod} {wd}; blocco modifiche dal {d2}.\n- {a3b} segnala che {co} aumenta i prezzi del 4%.\n\n"
           "## Azioni\n- [ ] {a1g}: inviare la bozza di contratto a {ext} ({m}) entro il {due}\n- [ ] {a2g}: chiamare {ext2} al {ph} "
           "per la finestra di consegna ({tr})\n- [x] {a3g}: prenotare {room}",
           ["Riunione settimanale", "Comitato di progetto"]),
    "pt": ("# {title} — {d}\n\n**Presentes:** {a1}, {a2}, {a3}\n**Ausente:** {a4}\n**Ata:** {a2b}\n\n## Novidades\n"
           "- Migração para {prod} na {wd}; congelamento a partir de {d2}.\n- {a3b} informa que {co} subiu os preços em 4%.\n\n"
           "## Ações\n- [ ] {a1g}: enviar a minuta do contrato para {ext} ({m}) até {due}\n- [ ] {a2g}: ligar para {ext2} no {ph} "
           "sobre a janela de entrega ({tr})\n- [x] {a3g}: reservar {room}",
           ["Reunião semanal", "Comitê do projeto"]),
    "da": ("# {title} — {d}\n\n**Deltagere:** {a1}, {a2}, {a3}\n**Afbud:** {a4}\n**Referent:** {a2b}\n\n## Status\n"
           "- Skift til {prod} {wd}; ændringsstop fra {d2}.\n- {a3b}: {co} hæver priserne med 4 %.\n\n"
           "## Opgaver\n- [ ] {a1g}: send kontraktudkast til {ext} ({m}) senest {due}\n- [ ] {a2g}: ring til {ext2} på {ph} om "
           "leveringsvinduet ({tr})\n- [x] {a3g}: book {room}",
           ["Ugemøde", "Styregruppemøde"]),
    "sv": ("# {title} — {d}\n\n**Närvarande:** {a1}, {a2}, {a3}\n**Frånvarande:** {a4}\n**Sekreterare:** {a2b}\n\n## Läget\n"
           "- Byte till {prod} på {wd}; ändringsstopp från {d2}.\n- {a3b}: {co} höjer priserna med 4 %.\n\n"
           "## Att göra\n- [ ] {a1g}: skicka avtalsutkastet till {ext} ({m}) senast {due}\n- [ ] {a2g}: ring {ext2} på {ph} om "
           "leveransfönstret ({tr})\n- [x] {a3g}: boka {room}",
           ["Veckomöte", "Styrgrupp"]),
}
MIN_LOC = {"en": ["gb", "us", "in"], "de": ["de"], "fr": ["fr"], "nl": ["nl"], "es": ["es"], "it": ["it"], "pt": ["pt", "br"],
           "da": ["dk"], "sv": ["se"]}
MIN_CLEAN = {
    "en": "# Platform weekly — {d}\n\n**Attendees:** Platform team, Billing (2), Product\n\n## Updates\n- {prod} upgraded to {v}; "
          "rollback plan in {tno}.\n- Error budget at 62 % after the {wd} incident.\n- {nw}.\n\n## Action items\n- [ ] Billing: "
          "re-run invoice batch {inv}\n- [ ] Platform: rotate the staging certificates before {due}",
    "de": "# Teamrunde Plattform — {d}\n\n**Teilnehmende:** Team Plattform, Buchhaltung, Produkt\n\n## Stand\n- {prod} auf {v} "
          "aktualisiert, Rückfallplan in {tno}.\n- Störung vom {wd} ausgewertet.\n- {nw}.\n\n## Aufgaben\n- [ ] Buchhaltung: "
          "Rechnungslauf {inv} wiederholen\n- [ ] Plattform: Zertifikate vor dem {due} erneuern",
}
MIN_PRODUCTS = ["Salesforce org", "Jira instance", "Kafka cluster", "Cassandra ring", "SAP S/4HANA system", "Jenkins controller",
                "Grafana stack", "Hugo docs site"]


@tpl("minutes", 32, 8)
def t_minutes(clean):
    if clean:
        lang = ch(list(MIN_CLEAN))
        loc = {"en": "gb"}.get(lang, lang)
        return "minutes", lang, F(MIN_CLEAN[lang], d=ndate(loc, "meeting_date", "iso"), prod=N(ch(MIN_PRODUCTS), "product_name"),
                                  v=n_version(), tno=n_ticket(), wd=n_weekday(lang), nw=n_name_word(lang), inv=n_invoice(),
                                  due=ndate(loc, "due_date"))
    lang = ch(list(MIN))
    loc = ch(MIN_LOC[lang])
    frame, titles = MIN[lang]
    a = [pers(loc) for _ in range(4)]
    ext, ext2 = pers(loc), pers(loc)
    co = company(loc)
    return "minutes", lang, F(frame, title=ch(titles), d=ndate(loc, "meeting_date"), a1=L("person", a[0].full), a2=L("person", a[1].full),
                              a3=L("person", a[2].full), a4=L("person", a[3].full), a2b=L("person", ch([a[1].given, a[1].full])),
                              prod=N(ch(MIN_PRODUCTS), "product_name"), wd=n_weekday(lang), d2=ndate(loc, "freeze_date"),
                              a3b=L("person", a[2].given), co=n_company(), a1g=L("person", a[0].given), ext=L("person", ext.full),
                              m=L("email", email(ext, loc, domain=co[1])), due=ndate(loc, "due_date"), a2g=L("person", a[1].given),
                              ext2=L("person", ch([ext2.full, ext2.family])), ph=ph_any(loc), tr=n_time_range(),
                              a3g=L("person", a[2].given), room=n_room("meeting", lang))


# --------------------------------------------------------------------- 21 SMS
MYPW = {"en": "my password is", "de": "mein Passwort ist", "fr": "mon mot de passe est", "es": "mi contraseña es",
        "it": "la mia password è", "nl": "mijn wachtwoord is", "pt": "minha senha é", "pl": "moje hasło to",
        "sv": "mitt lösenord är", "da": "min adgangskode er", "tr": "şifrem"}
VM = {
    "en": ("Hi, this is {n} {ctx}. Could you call me back on {ph}? {tail}", "calling about the quote", "Thanks, bye."),
    "de": ("Hallo, hier ist {n} {ctx}. Rufen Sie mich bitte unter {ph} zurück. {tail}", "wegen des Angebots", "Danke, tschüss."),
    "fr": ("Bonjour, c'est {n} {ctx}. Pouvez-vous me rappeler au {ph} ? {tail}", "au sujet du devis", "Merci, au revoir."),
    "es": ("Hola, soy {n} {ctx}. ¿Me puede devolver la llamada al {ph}? {tail}", "por lo del presupuesto", "Gracias, hasta luego."),
    "it": ("Buongiorno, sono {n} {ctx}. Mi richiama al {ph}? {tail}", "per il preventivo", "Grazie, arrivederci."),
    "nl": ("Hallo, met {n} {ctx}. Kunt u mij terugbellen op {ph}? {tail}", "over de offerte", "Dank u, dag."),
    "pt": ("Olá, aqui é {n} {ctx}. Pode me ligar de volta no {ph}? {tail}", "sobre o orçamento", "Obrigado, tchau."),
    "pl": ("Dzień dobry, tu {n} {ctx}. Proszę oddzwonić pod numer {ph}. {tail}", "w sprawie oferty", "Dziękuję, do widzenia."),
    "tr": ("Merhaba, ben {n} {ctx}. Beni {ph} numarasından arayabilir misiniz? {tail}", "teklif hakkında", "Teşekkürler."),
    "sv": ("Hej, det är {n} {ctx}. Kan du ringa upp mig på {ph}? {tail}", "angående offerten", "Tack, hej då."),
    "da": ("Hej, det er {n} {ctx}. Vil du ringe mig op på {ph}? {tail}", "om tilbuddet", "Tak, hej."),
}
SMS_ADDR = {"en": "New address from {wd}: {a}.", "de": "Neue Adresse ab {wd}: {a}.", "fr": "Nouvelle adresse à partir de {wd} : {a}.",
            "es": "Dirección nueva desde el {wd}: {a}.", "it": "Nuovo indirizzo da {wd}: {a}.", "nl": "Nieuw adres vanaf {wd}: {a}.",
            "pt": "Endereço novo a partir de {wd}: {a}.", "pl": "Nowy adres od {wd}: {a}.", "tr": "{wd} gününden itibaren yeni adres: {a}.",
            "sv": "Ny adress från {wd}: {a}.", "da": "Ny adresse fra {wd}: {a}."}
SMS_PW = {"en": "Also the wifi is {w}, {mp} {pw}", "de": "WLAN heißt {w}, {mp} {pw}", "fr": "Le wifi c'est {w}, {mp} {pw}",
          "es": "El wifi es {w}, {mp} {pw}", "it": "Il wifi è {w}, {mp} {pw}", "nl": "De wifi is {w}, {mp} {pw}",
          "pt": "O wifi é {w}, {mp} {pw}", "pl": "Wifi to {w}, {mp} {pw}", "tr": "Wifi adı {w}, {mp} {pw}",
          "sv": "Wifi heter {w}, {mp} {pw}", "da": "Wifi hedder {w}, {mp} {pw}"}
SMS_HI = {"en": "Hi, it's {g}.", "de": "Hi, hier ist {g}.", "fr": "Salut, c'est {g}.", "es": "Hola, soy {g}.", "it": "Ciao, sono {g}.",
          "nl": "Hoi, met {g}.", "pt": "Oi, é {g}.", "pl": "Cześć, tu {g}.", "tr": "Selam, ben {g}.", "sv": "Hej, det är {g}.",
          "da": "Hej, det er {g}."}
SMS_LOC = {"en": ["gb", "us", "in"], "de": ["de"], "fr": ["fr"], "es": ["es"], "it": ["it"], "nl": ["nl"], "pt": ["pt", "br"],
           "pl": ["pl"], "tr": ["tr"], "sv": ["se"], "da": ["dk"]}
SMS_CLEAN = {
    "en": ["{s}: Your parcel {t} will be delivered on {wd} between {tr}. Manage delivery: {u}",
           "Your verification code is {otp}. It expires in 10 minutes. Never share it.",
           "{s}: Appointment confirmed for {d} at {h}. Reply C to cancel."],
    "de": ["{s}: Ihre Sendung {t} wird am {wd} zwischen {tr} zugestellt.", "Ihr Bestätigungscode lautet {otp}. Gültig für 10 Minuten.",
           "{s}: Ihr Termin am {d} um {h} Uhr ist bestätigt."],
    "fr": ["{s} : votre colis {t} sera livré {wd} entre {tr}.", "Votre code de vérification : {otp}. Ne le communiquez à personne.",
           "{s} : rendez-vous confirmé le {d} à {h}."],
    "es": ["{s}: tu envío {t} llegará el {wd} entre las {tr}.", "Tu código de verificación es {otp}.", "{s}: cita confirmada el {d} a las {h}."],
    "nl": ["{s}: je pakket {t} wordt {wd} tussen {tr} bezorgd.", "Je verificatiecode is {otp}.", "{s}: afspraak bevestigd op {d} om {h}."],
    "tr": ["{s}: {t} numaralı gönderiniz {wd} {tr} arasında teslim edilecek.", "Doğrulama kodunuz {otp}."],
}


@tpl("sms", 34, 8)
def t_sms(clean):
    if clean:
        lang = ch(list(SMS_CLEAN))
        loc = {"en": "gb"}.get(lang, lang)
        return "sms", lang, F(ch(SMS_CLEAN[lang]), s=N(ch(["DHL", "PostNL", "Colissimo", "Correos", "Yurtiçi Kargo", "DPD", "Royal Mail"]), "sender"),
                              t=n_tracking(), wd=n_weekday(lang), tr=n_time_range(), u=n_start_url(),
                              otp=N("%06d" % R.randint(0, 999999), "otp"), d=ndate(loc, "appointment", "num"), h=hhmm())
    lang = ch(list(SMS_LOC))
    loc = ch(SMS_LOC[lang])
    p = pers(loc)
    if chance(0.45):  # voicemail transcription
        frame, ctx, tail = VM[lang]
        co = company(loc)
        return "sms", lang, F("Voicemail · {fr} · {d} {t} · {dur}\n“" + frame + "”",
                              fr=ph_any(loc, mode=ch(["plus", "e164"])), d=ndate(loc, "call_date", "num"), t=hhmm(),
                              dur=N("0:%02d" % R.randint(8, 59), "duration"), n=L("person", ch([p.full, p.full, p.given])),
                              ctx=ch([ctx, "von %s" % co[0] if lang == "de" else ctx]), ph=ph_any(loc), tail=tail)
    chat_ts = N("%s, %s" % (fmt_date(rdate(2024, 2025), loc, "num"), hhmm()), "timestamp")
    parts = F("[{ts}] {fr}: " + SMS_HI[lang] + " ", ts=chat_ts, fr=ph_any(loc, mode=ch(["plus", "e164", "nat"])),
              g=L("person", p.given))
    bits = R.sample(["addr", "pw", "dob", "card"], R.randint(1, 2))
    for b in bits:
        if b == "addr":
            parts += F(SMS_ADDR[lang] + " ", wd=n_weekday(lang), a=address(loc, multi=False))
        elif b == "pw":
            parts += F(SMS_PW[lang] + " ", w=N(ch(["FRITZ!Box 7590 XY", "Vodafone-4471", "Livebox-8F2A", "MOVISTAR_3C1B", "TP-Link_5G"]), "ssid"),
                       mp=MYPW[lang], pw=pw())
        elif b == "card":
            cf = {"en": "Card for the deposit: {c} exp {e}.", "de": "Karte für die Kaution: {c}, gültig bis {e}.",
                  "fr": "Carte pour la caution : {c}, exp. {e}.", "es": "Tarjeta para la fianza: {c}, cad. {e}.",
                  "it": "Carta per la caparra: {c}, scad. {e}.", "nl": "Kaart voor de borg: {c}, geldig t/m {e}.",
                  "pt": "Cartão para a caução: {c}, validade {e}.", "pl": "Karta na kaucję: {c}, ważna do {e}.",
                  "tr": "Depozito için kart: {c}, SKT {e}.", "sv": "Kort för depositionen: {c}, giltigt till {e}.",
                  "da": "Kort til depositum: {c}, udløber {e}."}[lang]
            parts += F(cf + " ", c=card(), e=N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "expiry_date"))
        else:
            bd = {"en": "Btw the form needs my DOB: {d}.", "de": "Fürs Formular: Geburtsdatum {d}.", "fr": "Pour le formulaire : née le {d}.",
                  "es": "Para el formulario: nací el {d}.", "it": "Per il modulo: sono nato il {d}.", "nl": "Voor het formulier: geboren op {d}.",
                  "pt": "Para o cadastro: nasci em {d}.", "pl": "Do formularza: urodzony {d}.", "tr": "Form için doğum tarihim {d}.",
                  "sv": "Till blanketten: född {d}.", "da": "Til formularen: født {d}."}[lang]
            parts += F(bd + " ", d=dob(loc))
    parts[-1] = parts[-1].rstrip() if isinstance(parts[-1], str) else parts[-1]
    if isinstance(parts[-1], str) and not parts[-1]:
        parts.pop()
    parts += F("\n[{ts}] {me}: 👍", ts=N(chat_ts.text[:-5] + hhmm(), "timestamp"), me={"en": "Me", "de": "Ich", "fr": "Moi", "es": "Yo", "it": "Io", "nl": "Ik",
                                                          "pt": "Eu", "pl": "Ja", "tr": "Ben", "sv": "Jag", "da": "Mig"}[lang])
    return "sms", lang, parts


# ----------------------------------------------------------------- 22 rewrite
ASK = {"en": "Can you rewrite this so it sounds more professional?", "de": "Kannst du das bitte höflicher formulieren?",
       "fr": "Peux-tu reformuler ce message de façon plus formelle ?", "es": "¿Puedes reescribir este texto para que suene más profesional?",
       "it": "Puoi riscrivere questo messaggio in modo più formale?", "nl": "Kun je dit netjes herschrijven?",
       "pt": "Pode reescrever este texto de forma mais formal?"}
RW_PAY = {
    "en": "hey, {n} here from accounts. pls pay invoice {inv} ({amt}) to {ib} by {due}, otherwise call me on {ph}. cheers",
    "de": "hallo, hier ist {n}. bitte überweist die rechnung {inv} über {amt} bis {due} auf {ib}, bei fragen ruft mich an: {ph}. lg",
    "fr": "salut, c'est {n} de la compta. merci de régler la facture {inv} ({amt}) avant le {due} sur {ib}, sinon appelle-moi au {ph}.",
    "es": "hola, soy {n}, de contabilidad. pagad la factura {inv} ({amt}) antes del {due} en la cuenta {ib}; si hay dudas llamadme al {ph}.",
    "it": "ciao, sono {n} dell'amministrazione. pagate la fattura {inv} ({amt}) entro il {due} sull'IBAN {ib}, per dubbi chiamatemi al {ph}.",
    "nl": "hoi, met {n} van de administratie. graag factuur {inv} ({amt}) voor {due} betalen op {ib}, vragen? bel me op {ph}.",
    "pt": "oi, aqui é {n} do financeiro. paguem a fatura {inv} ({amt}) até {due}, chave pix {pix}, dúvidas me liga no {ph}.",
}
RW_COMPLAINT = {
    "en": "to whom it may concern, im {n} and i live at {a}. your delivery van damaged my fence on {d}. my date of birth is {dob} "
          "and the policy no is {pol}. email me at {m} asap",
    "de": "sehr geehrte damen und herren, ich bin {n}, wohnhaft {a}. ihr lieferwagen hat am {d} meinen zaun beschädigt. "
          "geboren bin ich am {dob}, versicherungsnummer {pol}. antwort bitte an {m}",
    "fr": "bonjour, je suis {n}, j'habite {a}. votre camion de livraison a abîmé ma clôture le {d}. je suis née le {dob}, "
          "n° de contrat {pol}. répondez-moi à {m}",
    "es": "buenas, soy {n} y vivo en {a}. vuestra furgoneta me rompió la valla el {d}. nací el {dob} y mi póliza es la {pol}. "
          "contestad a {m}",
    "it": "salve, sono {n}, abito in {a}. il vostro furgone mi ha rovinato la recinzione il {d}. sono nato il {dob}, polizza {pol}. "
          "rispondete a {m}",
    "nl": "goedendag, ik ben {n} en woon op {a}. jullie bestelbus heeft op {d} mijn schutting beschadigd. geboren op {dob}, "
          "polisnummer {pol}. mail me op {m}",
    "pt": "olá, sou {n}, moro na {a}. a carrinha de vocês estragou a minha vedação em {d}. nasci a {dob}, apólice {pol}. respondam para {m}",
}
RW_CV = {
    "en": "My name is {n}, born {dob}, living in {a}. I have 6 years of experience in logistics. Reach me on {ph} or {m}.",
    "de": "Ich heiße {n}, bin am {dob} geboren und wohne in der {a}. Seit 6 Jahren arbeite ich in der Logistik. Erreichbar unter {ph} oder {m}.",
    "fr": "Je m'appelle {n}, née le {dob}, domiciliée {a}. Six ans d'expérience en logistique. Joignable au {ph} ou à {m}.",
    "es": "Me llamo {n}, nací el {dob} y vivo en {a}. Tengo 6 años de experiencia en logística. Teléfono {ph}, correo {m}.",
    "it": "Mi chiamo {n}, nato il {dob}, residente in {a}. Ho 6 anni di esperienza nella logistica. Cell. {ph}, e-mail {m}.",
    "nl": "Mijn naam is {n}, geboren op {dob}, woonachtig aan de {a}. Zes jaar ervaring in logistiek. Bereikbaar op {ph} of {m}.",
    "pt": "Chamo-me {n}, nasci em {dob} e moro na {a}. Tenho 6 anos de experiência em logística. Contacto: {ph} ou {m}.",
}
RW_LOC = {"en": ["gb", "us"], "de": ["de"], "fr": ["fr"], "es": ["es"], "it": ["it"], "nl": ["nl"], "pt": ["pt", "br"]}
RW_CLEAN = {
    "en": "the office on {st} is closed on {wd} because of the {pn} rollout. invoices from {month} are in {tno}, pls dont email them around. "
          "new wifi is on the board in {room}.",
    "de": "das büro in der {st} bleibt am {wd} zu wegen dem {pn}-rollout. rechnungen ab {month} liegen im ticket {tno}, bitte nicht "
          "per mail rumschicken. neues wlan hängt in {room}.",
    "fr": "le bureau {st} est fermé {wd} pour le déploiement {pn}. les factures depuis {month} sont dans {tno}, merci de ne pas les "
          "envoyer par mail. nouveau wifi affiché en {room}.",
}


@tpl("rewrite", 38, 7)
def t_rewrite(clean):
    wrap = ch(["{ask}\n\n\"\"\"\n{doc}\n\"\"\"", "{ask}\n\n> {doc}", "{ask}\n\n---\n{doc}\n---", "{ask}: {doc}"])
    if clean:
        lang = ch(list(RW_CLEAN))
        doc = F(RW_CLEAN[lang], st=n_street(lang), wd=n_weekday(lang), pn=N(ch(MIN_PRODUCTS), "product_name"), month=n_month(lang),
                tno=n_ticket(), room=n_room("meeting", lang))
        return "rewrite", lang, F(wrap, ask=ASK[lang], doc=doc)
    lang = ch(list(RW_LOC))
    loc = ch(RW_LOC[lang])
    k = R.randint(0, 2)
    if k == 0 and loc == "us":
        loc = "gb"
    p = pers(loc, female=True if lang == "fr" else (False if lang == "it" else None))
    if k == 0:
        ibc = LOC[loc]["iban"]
        doc = F(RW_PAY[lang], n=L("person", p.full), inv=n_invoice(), amt=n_amount(loc), ib=iban(ibc) if ibc else "",
                due=ndate(loc, "due_date"), ph=ph_any(loc), pix=ch([e_mail(p, loc), gov("cpf")]) if loc == "br" else "")
    elif k == 1:
        doc = F(RW_COMPLAINT[lang], n=L("person", p.full), a=address(loc, multi=False), d=ndate(loc, "incident_date"),
                dob=dob(loc), pol=n_policy(), m=e_mail(p, loc))
    else:
        doc = F(RW_CV[lang], n=L("person", p.full), dob=dob(loc), a=address(loc, multi=False), ph=ph_any(loc), m=e_mail(p, loc))
    return "rewrite", lang, F(wrap, ask=ASK[lang], doc=doc)


# ----------------------------------------------------------------------- 23 ICS
ICS_SUMMARY = {"de": ["Beratungsgespräch", "Wohnungsbesichtigung", "Zahnarzt Kontrolle"], "fr": ["Rendez-vous notaire", "Visite appartement"],
               "es": ["Visita al piso", "Cita asesoría fiscal"], "it": ["Visita pediatrica", "Sopralluogo cantiere"],
               "nl": ["Bezichtiging woning", "Intakegesprek"], "en": ["Viewing", "Mortgage consultation", "Parent-teacher meeting"],
               "pt": ["Visita ao imóvel", "Consulta contabilista"]}
ICS_LOC = {"de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "en": "gb", "pt": "br"}
ICS_DESC = {"de": "Bei Verspätung bitte {ph} anrufen.\\nAusweis mitbringen.", "fr": "En cas de retard, appeler le {ph}.\\nCode porte {code}.",
            "es": "Si llegas tarde llama al {ph}.\\nPortal {code}.", "it": "In caso di ritardo chiamare il {ph}.\\nCitofono {code}.",
            "nl": "Bij vertraging bellen naar {ph}.\\nParkeren achter het pand.", "en": "If running late call {ph}.\\nDoor code {code}.",
            "pt": "Em caso de atraso ligue para {ph}.\\nPortaria: apto {code}."}


def ics_stamp(dt=None, tz=True):
    dt = dt or rdate(2024, 2026)
    return "%04d%02d%02dT%02d%02d00%s" % (dt.year, dt.month, dt.day, R.randint(7, 19), ch([0, 15, 30, 45]), "Z" if not tz else "")


def ics_span():
    dt = rdate(2024, 2026)
    h, m = R.randint(7, 18), ch([0, 15, 30, 45])
    dur = ch([30, 45, 60, 90])
    e = h * 60 + m + dur
    f = "%04d%02d%02dT%%02d%%02d00" % (dt.year, dt.month, dt.day)
    return N(f % (h, m), "timestamp"), N(f % (e // 60, e % 60), "timestamp")


@tpl("ics", 26, 5)
def t_ics(clean):
    head = F("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Kestrel Calendar//Sync {v}//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:{uid}\nDTSTAMP:{st}\n",
             v=n_version(), uid=n_uid_at(), st=N(ics_stamp(tz=False), "timestamp"))
    sp = ics_span()
    if clean:
        return "ics", "en", head + F("DTSTART;TZID=Europe/Berlin:{s}\nDTEND;TZID=Europe/Berlin:{e}\nRRULE:FREQ=WEEKLY;BYDAY=MO\n"
                                     "SUMMARY:Sprint review ({pn})\nLOCATION:{room}\nURL:{u}\nEND:VEVENT\nEND:VCALENDAR",
                                     s=sp[0], e=sp[1], pn=N(ch(MIN_PRODUCTS), "product_name"), room=n_room(), u=n_start_url())
    lang = ch(list(ICS_LOC))
    loc = ICS_LOC[lang]
    o, a = pers(loc), pers(loc)
    on = ch([o.full, o.sorted()])
    an = ch([a.full, a.sorted()])
    q1 = '"' if "," in on else ""
    q2 = '"' if "," in an else ""
    adr = address(loc, multi=False)
    adr = L("address", adr.value.replace(",", "\\,"), **adr.meta)
    return "ics", lang, head + F("DTSTART;TZID=Europe/Berlin:{s}\nDTEND;TZID=Europe/Berlin:{e}\nSUMMARY:{sm}\n"
                                 "ORGANIZER;CN=" + q1 + "{on}" + q1 + ":mailto:{om}\nATTENDEE;CN=" + q2 + "{an}" + q2 +
                                 ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{am}\nLOCATION:{adr}\n"
                                 "DESCRIPTION:" + ICS_DESC[lang] + "\nEND:VEVENT\nEND:VCALENDAR",
                                 s=sp[0], e=sp[1], sm=ch(ICS_SUMMARY[lang]),
                                 on=L("person", on), om=L("email", email(o, loc, company=True)), an=L("person", an), am=e_mail(a, loc),
                                 adr=adr, ph=ph_any(loc), code=N("%d%s" % (R.randint(1, 99), ch(["A", "B", "#", "*"])), "door_code"))


# ---------------------------------------------------------------------- 24 LDIF
def ascii_person(loc):
    for _ in range(50):
        p = pers(loc)
        if p.full.isascii():
            return p
    return P("Anna", "Berg", True, LOC[loc]["nm"])


def ascii_address(loc):
    for _ in range(50):
        a = addr_parts(LOC_COUNTRY[loc])
        if all(x.isascii() for x in a["lines"]):
            return a
    return a


@tpl("ldif", 24, 4)
def t_ldif(clean):
    if clean:
        g = R.randint(5000, 5999)
        return "ldif", "en", F("dn: cn=developers,ou=groups,dc=example,dc=org\nobjectClass: posixGroup\ncn: developers\ngidNumber: {g}\n"
                               "memberUid: u{a}\nmemberUid: u{b}\n\ndn: ou=contractors,dc=example,dc=org\nobjectClass: organizationalUnit\n"
                               "ou: contractors\ndescription: created {ts} by ldap-sync {v}\n\ndn: olcDatabase={{1}}mdb,cn=config\n"
                               "olcSuffix: dc=example,dc=org\nolcDbMaxSize: 1073741824\nolcAccess: {{0}}to attrs=userPassword by self write by anonymous auth by * none",
                               g=str(g), a=str(R.randint(10000, 19999)), b=str(R.randint(10000, 19999)), ts=n_timestamp(), v=n_version())
    parts = []
    for i in range(R.randint(1, 2)):
        loc = ch(["us", "gb", "de", "nl", "fr", "it", "es", "in", "se", "dk"])
        p = ascii_person(loc)
        uid = "u%d" % R.randint(10000, 19999)
        co = company(loc)
        if i:
            parts.append("\n\n")
        parts += F("dn: uid={u},ou=people,dc=example,dc=org\nobjectClass: inetOrgPerson\nuid: {u}\ncn: {cn}\nsn: {sn}\ngivenName: {gn}\n"
                   "mail: {m}\ntelephoneNumber: {t}\n",
                   u=uid, cn=L("person", p.full), sn=L("person", p.family), gn=L("person", p.given),
                   m=L("email", email(p, loc, domain=co[1])), t=ph(loc, mode=ch(["plus", "e164"])))
        if chance(0.5):
            parts += F("mobile: {t}\n", t=ph(loc, mode="plus"))
        if chance(0.5):
            a = ascii_address(loc)
            parts += F("postalAddress: {a}\n", a=L("address", "$".join(a["lines"]), sub=LOC_COUNTRY[loc]))
        while True:
            secret_pw = pw()
            if secret_pw.value.isascii():
                break
        parts += F("employeeNumber: {e}\nuserPassword: {pw}", e=N("%06d" % R.randint(1, 999999), "employee_no"), pw=secret_pw)
    return "ldif", "en", parts


# ------------------------------------------------------------------ 25 payslip
@tpl("payslip", 36, 0)
def t_payslip(clean):
    loc = ch(["de", "de", "fr", "es", "it", "nl", "gb", "us", "in", "br"])
    lang = lang_of(loc)
    p = pers(loc)
    bd = rdate(1955, 2004)
    y = R.randint(2023, 2025)
    mon = MONTHS[lang][R.randint(0, 11)]
    pn = N("%06d" % R.randint(1, 999999), "employee_no")
    amt = lambda: n_amount({"gb": "gb", "us": "us", "in": "in", "br": "br"}.get(loc, "de"))  # noqa: E731
    if loc == "de":
        return "payslip", lang, F("Entgeltabrechnung {m} {y}\nPersonal-Nr. {pn}   Abrechnungskreis 01\n\n{t} {n}\n{a}\n\n"
                                  "Geburtsdatum {dob}   Eintritt {st}\nSteuer-ID {sid}   StKl. 1   Kfb. 0,0\n\nGesamtbrutto {b}\n"
                                  "Auszahlungsbetrag {ne}\nÜberweisung: {ib}  {bic}",
                                  m=mon, y=str(y), pn=pn, t=ch(["Herrn", "Frau"]) if chance(0.7) else "", n=L("person", p.full),
                                  a=address(loc, multi=True), dob=L("dob", fmt_date(bd, loc, "num")), st=ndate(loc, "start_date", "num", 2005, 2024),
                                  sid=gov("steuer_id"), b=amt(), ne=amt(), ib=iban("DE"), bic=n_bic())
    if loc == "fr":
        return "payslip", lang, F("BULLETIN DE PAIE — {m} {y}\nMatricule : {pn}\n\n{t} {n}\n{a}\n\nN° de sécurité sociale : {nir}\n"
                                  "Date de naissance : {dob}\nDate d'entrée : {st}\nEmploi : technicienne support\n\nSalaire brut : {b}\n"
                                  "Net à payer avant impôt : {ne}\nVirement sur : {ib}",
                                  m=mon, y=str(y), pn=pn, t="Madame" if p.female else "Monsieur", n=L("person", p.upper_family()),
                                  a=address(loc, multi=True), nir=gov("nir", p, bd), dob=dob(loc, "num", dt=bd),
                                  st=ndate(loc, "start_date", "num", 2005, 2024), b=amt(), ne=amt(), ib=iban("FR"))
    if loc == "es":
        return "payslip", lang, F("RECIBO INDIVIDUAL DE SALARIOS — {m} {y}\nEmpresa: {co}   CIF {cif}\nTrabajador/a: {n}\nDNI/NIE: {id}\n"
                                  "Domicilio: {a}\nAntigüedad: {st}\nGrupo de cotización: 05\n\nTotal devengado: {b}\nLíquido a percibir: {ne}\n"
                                  "Transferencia a: {ib}",
                                  m=mon, y=str(y), co=company(loc)[0], cif=n_vat(), n=L("person", p.full), id=gov(ch(["dni", "nie"])),
                                  a=address(loc, multi=False), st=ndate(loc, "start_date", "num", 2005, 2024), b=amt(), ne=amt(), ib=iban("ES"))
    if loc == "it":
        return "payslip", lang, F("CEDOLINO PAGA — {m} {y}\nMatricola {pn}\nDipendente: {n}\nCodice fiscale: {cf}\nData di nascita: {dob}\n"
                                  "Residenza: {a}\nData assunzione: {st}   Livello 4° CCNL Commercio\n\nTotale competenze: {b}\nNetto in busta: {ne}\n"
                                  "Accredito su IBAN {ib}",
                                  m=mon, y=str(y), pn=pn, n=L("person", p.family.upper() + " " + p.given.upper()), cf=gov("codice_fiscale", p, bd),
                                  dob=dob(loc, "num", dt=bd), a=address(loc, multi=False), st=ndate(loc, "start_date", "num", 2005, 2024),
                                  b=amt(), ne=amt(), ib=iban("IT"))
    if loc == "nl":
        return "payslip", lang, F("LOONSTROOK {m} {y}\nPersoneelsnummer {pn}\n\n{t} {n}\n{a}\n\nBSN: {bsn}\nGeboortedatum: {dob}\nIn dienst sinds: {st}\n"
                                  "Loonheffingskorting: ja\n\nBruto loon: {b}\nNetto loon: {ne}\nUitbetaald op: {ib}",
                                  m=mon, y=str(y), pn=pn, t="Mevrouw" if p.female else "De heer", n=L("person", ch([p.full, p.initial()])),
                                  a=address(loc, multi=True), bsn=gov("bsn"), dob=dob(loc, "num", dt=bd), st=ndate(loc, "start_date", "num", 2005, 2024),
                                  b=amt(), ne=amt(), ib=iban("NL"))
    if loc == "gb":
        return "payslip", lang, F("PAYSLIP — Month {k} ({m} {y})\nEmployee: {n}   Employee no: {pn}\nNI number: {ni}   Tax code: {tc}\n{a}\n\n"
                                  "Gross pay {b}   Net pay {ne}\nPaid to {ib}",
                                  k=str(R.randint(1, 12)), m=mon, y=str(y), n=L("person", p.full), pn=pn, ni=gov("nino"),
                                  tc=N(ch(["1257L", "BR", "K475", "1257L M1"]), "tax_code"), a=address(loc, multi=True), b=amt(), ne=amt(), ib=iban("GB"))
    if loc == "us":
        return "payslip", lang, F("EARNINGS STATEMENT — Pay period {d1} to {d2}\nEmployee: {n}\n{a}\nSSN: {ms}   Employee ID: {pn}\n\n"
                                  "Gross pay {b}\nFederal income tax {tx}\nNet pay {ne}\nDirect deposit: checking {acct}",
                                  d1=ndate(loc, "pay_period", "num"), d2=ndate(loc, "pay_period", "num"), n=L("person", p.full),
                                  a=address(loc, multi=True), ms=N("XXX-XX-%04d" % R.randint(1, 9999), "masked_ssn"), pn=pn, b=amt(), tx=amt(),
                                  ne=amt(), acct=N("****%04d" % R.randint(0, 9999), "masked_account"))
    if loc == "in":
        return "payslip", lang, F("SALARY SLIP — {m} {y}\nEmployee Name: {n}\nEmployee Code: {pn}\nPAN: {pan}\nUAN: {uan}\nDate of Birth: {dob}\n"
                                  "Date of Joining: {st}\nBank A/c: {acct}\n\nGross Earnings: {b}\nNet Pay: {ne}",
                                  m=mon, y=str(y), n=L("person", p.full), pn=pn, pan=gov("pan", p), uan=N("1%011d" % R.randint(0, 10 ** 11 - 1), "uan"),
                                  dob=dob(loc, ch(["num", "abbr"]), dt=bd), st=ndate(loc, "start_date", "num", 2005, 2024),
                                  acct=N("XXXXXX%04d" % R.randint(0, 9999), "masked_account"), b=amt(), ne=amt())
    return "payslip", lang, F("RECIBO DE PAGAMENTO DE SALÁRIO — {m}/{y}\nFuncionário(a): {n}\nCPF: {cpf}\nPIS/PASEP: {pis}\nAdmissão: {st}\n"
                              "Endereço: {a}\n\nTotal de vencimentos: {b}\nLíquido a receber: {ne}\nCrédito via Pix: {pix}",
                              m=mon, y=str(y), n=L("person", p.full), cpf=gov("cpf"), pis=N("%03d.%05d.%02d-%d" % (R.randint(100, 299), R.randint(0, 99999), R.randint(0, 99), R.randint(0, 9)), "pis"),
                              st=ndate(loc, "start_date", "num", 2005, 2024), a=address(loc, multi=False), b=amt(), ne=amt(),
                              pix=ch([e_mail(p, loc), phone("BR", mode="e164")]))


# ----------------------------------------------------------------- 26 referral
@tpl("referral", 29, 0)
def t_referral(clean):
    loc = ch(["gb", "de", "nl", "fr", "it", "es"])
    p = pers(loc)
    bd = rdate(1938, 2006)
    age = str(2024 - bd.year)
    cons, gp = pers(loc), pers(loc)
    if loc == "gb":
        return "referral", "en", F("Dear Dr {c},\n\nRe: {n}, DOB {dob}, NHS No. {nhs}\n{a}\nTel: {ph}\n\nThank you for seeing this {age}-year-old "
                                   "{mw} with a three-month history of exertional chest tightness. ECG on {d} showed no acute changes. Current "
                                   "medication: ramipril 5 mg od, atorvastatin 20 mg on. I would be grateful for your opinion.\n\nYours sincerely,\n\n"
                                   "Dr {g}\nGP, {pl} Medical Practice",
                                   c=L("person", cons.family), n=L("person", p.full), dob=dob(loc, dt=bd), nhs=gov("nhs"), a=address(loc, multi=True),
                                   ph=ph_any(loc), age=age, mw="woman" if p.female else "man", d=ndate(loc, "exam_date"),
                                   g=L("person", gp.full), pl=N(ch(["Riverside", "Oakwood", "Victoria", "St John's", "Abbey Road"]), "named_place"))
    if loc == "de":
        return "referral", "de", F("Überweisung zur fachärztlichen Abklärung\n\nSehr geehrte Frau Kollegin, sehr geehrter Herr Kollege {c},\n\n"
                                   "ich überweise Ihnen {t} {n}, geb. {dob}, wohnhaft {a}, Tel. {ph}, zur kardiologischen Abklärung bei "
                                   "Belastungsdyspnoe seit etwa drei Monaten. Das Ruhe-EKG vom {d} war unauffällig.\n\n"
                                   "Mit freundlichen kollegialen Grüßen\n{g}\nFachärztin für Allgemeinmedizin",
                                   c=L("person", cons.family), t="Frau" if p.female else "Herrn", n=L("person", p.full), dob=dob(loc, dt=bd),
                                   a=address(loc, multi=False), ph=ph_any(loc), d=ndate(loc, "exam_date"), g=L("person", gp.full))
    if loc == "nl":
        return "referral", "nl", F("Verwijsbrief\n\nGeachte collega {c},\n\nGraag verwijs ik {t} {n}, geboren {dob}, BSN {bsn}, wonende {a}, "
                                   "tel. {ph}, naar uw polikliniek in verband met pijn op de borst bij inspanning. ECG d.d. {d} zonder afwijkingen.\n\n"
                                   "Met collegiale groet,\n{g}, huisarts",
                                   c=L("person", cons.full), t="mevrouw" if p.female else "de heer", n=L("person", p.full), dob=dob(loc, dt=bd),
                                   bsn=gov("bsn"), a=address(loc, multi=False), ph=ph_any(loc), d=ndate(loc, "exam_date", "num"), g=L("person", gp.full))
    if loc == "fr":
        return "referral", "fr", F("Cher confrère, chère consœur,\n\nJe vous adresse {t} {n}, {ne} le {dob}, N° SS {nir}, demeurant {a}, "
                                   "tél. {ph}, pour avis cardiologique : oppression thoracique à l'effort depuis trois mois, ECG du {d} normal.\n\n"
                                   "Bien confraternellement,\nDr {g}",
                                   t="Mme" if p.female else "M.", n=L("person", p.full), ne="née" if p.female else "né", dob=dob(loc, dt=bd),
                                   nir=gov("nir", p, bd), a=address(loc, multi=False), ph=ph_any(loc), d=ndate(loc, "exam_date"), g=L("person", gp.full))
    if loc == "it":
        return "referral", "it", F("Gentile collega {c},\n\ninvio alla Sua cortese attenzione {t} {n}, {na} il {dob}, C.F. {cf}, residente in {a}, "
                                   "tel. {ph}, per valutazione cardiologica (dolore toracico da sforzo da circa tre mesi; ECG del {d} nella norma).\n\n"
                                   "Cordiali saluti,\ndott. {g}",
                                   c=L("person", cons.family), t="la sig.ra" if p.female else "il sig.", n=L("person", p.full),
                                   na="nata" if p.female else "nato", dob=dob(loc, dt=bd), cf=gov("codice_fiscale", p, bd),
                                   a=address(loc, multi=False), ph=ph_any(loc), d=ndate(loc, "exam_date"), g=L("person", gp.full))
    return "referral", "es", F("Estimado/a colega {c}:\n\nRemito a {t} {n}, de {age} años (fecha de nacimiento: {dob}), DNI {id}, con domicilio en {a}, "
                               "tel. {ph}, para valoración por Cardiología: dolor torácico con el esfuerzo desde hace tres meses; ECG del {d} normal.\n\n"
                               "Atentamente,\n{g}\nMédico de familia",
                               c=L("person", cons.full), t="D.ª" if p.female else "D.", n=L("person", p.full), age=age, dob=dob(loc, dt=bd),
                               id=gov(ch(["dni", "nie"])), a=address(loc, multi=False), ph=ph_any(loc), d=ndate(loc, "exam_date"),
                               g=L("person", gp.full))


# ------------------------------------------------------------------- 27 PHP
@tpl("phpconfig", 24, 7)
def t_php(clean):
    if clean:
        return "phpconfig", "en", F("<?php\ndefine( 'DB_NAME', 'wp_shop' );\ndefine( 'DB_USER', 'wp_shop' );\ndefine( 'DB_PASSWORD', getenv( 'DB_PASSWORD' ) );\n"
                                    "define( 'DB_HOST', 'localhost' );\ndefine( 'STRIPE_KEY', '{ph}' );\ndefine( 'STRIPE_PUBLISHABLE', '{pk}' );\n"
                                    "// WordPress {v}, updated {ts}\n$table_prefix = 'wp_';",
                                    ph=n_placeholder(), pk=n_pk(), v=n_version(), ts=n_timestamp())
    v = R.randint(0, 3)
    if v == 0:
        return "phpconfig", "en", F("<?php\ndefine( 'DB_NAME', 'wp_{n}' );\ndefine( 'DB_USER', 'wp_{n}' );\ndefine( 'DB_PASSWORD', '{pw}' );\n"
                                    "define( 'DB_HOST', 'localhost' );\ndefine( 'WP_DEBUG', false );\n$table_prefix = 'wp_';",
                                    n=ch(["shop", "blog", "praxis", "verein"]), pw=pw())
    loc = ch(["de", "fr", "es", "it", "nl", "br", "gb"])
    p, q = pers(loc), pers(loc)
    co = company(loc)
    if v == 1:
        return "phpconfig", "en", F("return [\n    'mailers' => [\n        'smtp' => [\n            'host' => 'smtp.mailgun.org',\n"
                                    "            'username' => '{m}',\n            'password' => '{pw}',\n        ],\n    ],\n"
                                    "    'from' => ['address' => '{m2}', 'name' => '{n}'],\n];",
                                    m=L("email", email(p, loc, domain=co[1])), pw=pw(), m2=L("email", email(p, loc, domain=co[1])), n=L("person", p.full))
    if v == 2:
        return "phpconfig", "en", F("$mail = new PHPMailer(true);\n$mail->Host = 'smtp.strato.de';\n$mail->Username = '{m}';\n$mail->Password = '{pw}';\n"
                                    "$mail->setFrom('{m2}', '{n}');\n$mail->addAddress('{m3}', '{n2}');\n$mail->Subject = 'Rechnung {inv}';",
                                    m=L("email", email(p, loc, domain=co[1])), pw=pw(), m2=L("email", email(p, loc, domain=co[1])), n=L("person", p.full),
                                    m3=e_mail(q, loc), n2=L("person", q.full), inv=n_invoice())
    return "phpconfig", "en", F("<?php\nrequire 'vendor/autoload.php';\n\\Stripe\\Stripe::setApiKey('{s}');\n$client = new \\GuzzleHttp\\Client([\n"
                                "    'headers' => ['Authorization' => 'Bearer {t}'],\n]);",
                                s=secret("stripe"), t=secret(ch(["jwt", "openai", "gitlab_pat"])))


# ---------------------------------------------------------------- 28 GraphQL
@tpl("graphql", 24, 5)
def t_graphql(clean):
    if clean:
        return "graphql", "en", F("# Query\nquery Products($first: Int!, $after: String) {{\n  products(first: $first, after: $after, sku: \"{sku}\") {{\n"
                                  "    edges {{ node {{ id name gtin updatedAt }} }}\n  }}\n}}\n\n# Variables\n{{ \"first\": 20, \"after\": \"{cur}\" }}\n\n"
                                  "# HTTP headers\n{{ \"Authorization\": \"Bearer {ph}\" }}",
                                  sku=n_product(), cur=N(C.rnd(R, C.ALNUM, 16) + "==", "cursor"), ph=n_placeholder())
    loc = ch(["de", "fr", "es", "it", "nl", "gb", "us", "br"])
    p = pers(loc)
    ibc = LOC[loc]["iban"]
    parts = F("# Mutation\nmutation CreateCustomer($input: CustomerInput!) {{\n  createCustomer(input: $input) {{ id createdAt }}\n}}\n\n# Variables\n"
              "{{\n  \"input\": {{\n    \"firstName\": \"{g}\",\n    \"lastName\": \"{f}\",\n    \"email\": \"{m}\",\n    \"phone\": \"{ph}\",\n"
              "    \"birthDate\": \"{bd}\",\n    \"billingAddress\": \"{a}\"",
              g=L("person", p.given), f=L("person", p.family), m=e_mail(p, loc), ph=ph(loc, mode=ch(["e164", "plus"])),
              bd=dob(loc, style="iso"), a=address(loc, multi=False))
    if ibc and chance(0.6):
        parts += F(",\n    \"iban\": \"{ib}\"", ib=iban(ibc, "compact"))
    elif chance(0.5):
        parts += F(",\n    \"card\": {{ \"number\": \"{c}\", \"expMonth\": {m}, \"expYear\": {y} }}", c=card(style="none"),
                   m=str(R.randint(1, 12)), y=str(R.randint(2026, 2031)))
    parts += F("\n  }}\n}}\n\n# HTTP headers\n{{ \"Authorization\": \"Bearer {t}\" }}", t=secret(ch(["jwt", "jwt", "github_pat", "stripe"])))
    return "graphql", "en", parts


# --------------------------------------------------------------- 29 Dockerfile
@tpl("dockerfile", 24, 7)
def t_docker(clean):
    base = ch(["python:3.12-slim", "node:20-alpine", "eclipse-temurin:21-jre", "php:8.3-apache"])
    if clean:
        return "dockerfile", "en", F("FROM {b}@sha256:{d}\nARG NPM_TOKEN\nENV PYTHONUNBUFFERED=1 \\\n    APP_VERSION={v}\n"
                                     "RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\nLABEL org.opencontainers.image.revision=\"{h}\"\n"
                                     "HEALTHCHECK CMD curl -f http://localhost:8080/health || exit 1",
                                     b=base, d=N(hexs(64), "hash"), v=n_version(), h=n_hash())
    loc = ch(["de", "fr", "gb", "us", "nl", "es", "it"])
    p = pers(loc)
    parts = F("FROM {b}\nLABEL maintainer=\"{n} <{m}>\"\n", b=base, n=L("person", p.full), m=e_mail(p, loc, company=True))
    k = R.randint(0, 3)
    if k == 0:
        parts += F("ENV AWS_ACCESS_KEY_ID={a} \\\n    AWS_SECRET_ACCESS_KEY={s} \\\n    AWS_DEFAULT_REGION=eu-central-1\n",
                   a=secret("aws_access_key_id"), s=secret("aws_secret_access_key"))
    elif k == 1:
        parts += F("ARG NPM_TOKEN={t}\nRUN echo \"//registry.npmjs.org/:_authToken=${{NPM_TOKEN}}\" > ~/.npmrc && npm ci\n", t=secret("npm_token"))
    elif k == 2:
        parts += F("ENV DATABASE_URL=postgres://app:{pw}@db:5432/app\nENV STRIPE_SECRET_KEY={s}\n", pw=url_pw(), s=secret("stripe"))
    else:
        parts += F("ENV SLACK_WEBHOOK_URL={w}\nENV SENDGRID_API_KEY={s}\n", w=secret("slack_webhook"), s=secret("sendgrid"))
    parts += F("COPY . /app\nWORKDIR /app\nCMD [\"./entrypoint.sh\"]")
    return "dockerfile", "en", parts


# ------------------------------------------------------------- 30 SEPA mandate
SEPA = {
    "de": ("SEPA-Lastschriftmandat\n\nZahlungsempfänger: {co}\nGläubiger-Identifikationsnummer: {cid}\nMandatsreferenz: {mr}\n\n"
           "Ich ermächtige den Zahlungsempfänger, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.\n\n"
           "Kontoinhaber/in: {n}\nAnschrift: {a}\nIBAN: {ib}\nBIC: {bic}\n\n{city}, {d}\nUnterschrift: {n2}", "DE"),
    "fr": ("MANDAT DE PRÉLÈVEMENT SEPA\nRéférence unique du mandat : {mr}\nIdentifiant créancier SEPA : {cid}\nCréancier : {co}\n\n"
           "En signant ce formulaire de mandat, vous autorisez le créancier à envoyer des instructions à votre banque.\n\n"
           "Nom du débiteur : {n}\nAdresse : {a}\nIBAN : {ib}\nBIC : {bic}\nFait à {city}, le {d}\nSignature : {n2}", "FR"),
    "es": ("ORDEN DE DOMICILIACIÓN DE ADEUDO DIRECTO SEPA\nReferencia de la orden de domiciliación: {mr}\nIdentificador del acreedor: {cid}\n"
           "Nombre del acreedor: {co}\n\nNombre del deudor: {n}\nDirección del deudor: {a}\nNúmero de cuenta - IBAN: {ib}\nSwift BIC: {bic}\n"
           "Fecha – Localidad: {d}, {city}\nFirma del deudor: {n2}", "ES"),
    "it": ("MANDATO PER ADDEBITO DIRETTO SEPA CORE\nRiferimento del mandato: {mr}\nCodice identificativo del creditore: {cid}\nCreditore: {co}\n\n"
           "Intestatario del conto: {n}\nIndirizzo: {a}\nIBAN: {ib}\nBIC: {bic}\nLuogo e data: {city}, {d}\nFirma: {n2}", "IT"),
    "nl": ("DOORLOPENDE MACHTIGING SEPA\nNaam incassant: {co}\nIncassant ID: {cid}\nKenmerk machtiging: {mr}\n\nNaam: {n}\nAdres: {a}\n"
           "IBAN: {ib}\nBIC: {bic}\nPlaats en datum: {city}, {d}\nHandtekening: {n2}", "NL"),
    "pt": ("AUTORIZAÇÃO DE DÉBITO DIRETO SEPA\nReferência da autorização: {mr}\nIdentificação do credor: {cid}\nNome do credor: {co}\n\n"
           "Nome do devedor: {n}\nMorada: {a}\nIBAN: {ib}\nBIC: {bic}\nLocalidade e data: {city}, {d}\nAssinatura: {n2}", "PT"),
}


@tpl("sepa_mandate", 29, 0)
def t_sepa(clean):
    lang = ch(list(SEPA))
    frame, ctry = SEPA[lang]
    loc = lang
    p = pers(loc)
    return "sepa_mandate", lang, F(frame, co=company(loc)[0], cid=n_creditor_id(ctry),
                                   mr=N("MR-%d-%06d" % (R.randint(2023, 2025), R.randint(1, 999999)), "mandate_ref"),
                                   n=L("person", p.full), a=address(loc, multi=chance(0.3), joiner=", " if chance(0.5) else None),
                                   ib=iban(ctry if chance(0.85) else ch(["DE", "FR", "BE", "AT", "LU"])), bic=n_bic(), city=n_city(loc),
                                   d=ndate(loc, "doc_date", "num"), n2=L("person", p.full))


# ---------------------------------------------------------------- 31 visa form
VISA = {
    "en": ("Surname (family name)", "Given name(s)", "Date of birth (day-month-year)", "Place of birth", "Number of travel document",
           "Valid until", "Applicant's home address and e-mail address", "Telephone number", "APPLICATION FOR SCHENGEN VISA", "GB"),
    "de": ("Name (Familienname)", "Vorname(n)", "Geburtsdatum (Tag-Monat-Jahr)", "Geburtsort", "Nummer des Reisedokuments", "Gültig bis",
           "Wohnanschrift und E-Mail-Adresse des Antragstellers", "Telefonnummer", "ANTRAG AUF ERTEILUNG EINES SCHENGEN-VISUMS", "DE"),
    "fr": ("Nom (nom de famille)", "Prénom(s)", "Date de naissance (jour-mois-année)", "Lieu de naissance", "Numéro du document de voyage",
           "Date d'expiration", "Adresse du domicile et adresse électronique du demandeur", "Numéro de téléphone", "DEMANDE DE VISA SCHENGEN", "FR"),
    "es": ("Apellido(s)", "Nombre(s)", "Fecha de nacimiento (día-mes-año)", "Lugar de nacimiento", "Número del documento de viaje",
           "Válido hasta", "Domicilio postal y dirección de correo electrónico del solicitante", "Número de teléfono", "SOLICITUD DE VISADO SCHENGEN", "ES"),
    "it": ("Cognome", "Nome/i", "Data di nascita (giorno-mese-anno)", "Luogo di nascita", "Numero del documento di viaggio", "Valido fino al",
           "Indirizzo del domicilio e indirizzo di posta elettronica del richiedente", "Numero di telefono", "DOMANDA DI VISTO SCHENGEN", "IT"),
    "nl": ("Naam (familienaam)", "Voornaam/voornamen", "Geboortedatum (dag-maand-jaar)", "Geboorteplaats", "Nummer van het reisdocument",
           "Geldig tot", "Woonadres en e-mailadres van de aanvrager", "Telefoonnummer", "AANVRAAG SCHENGENVISUM", "NL"),
    "pt": ("Apelido(s)", "Nome(s) próprio(s)", "Data de nascimento (dia-mês-ano)", "Local de nascimento", "Número do documento de viagem",
           "Válido até", "Endereço do domicílio e endereço eletrónico do requerente", "Número de telefone", "PEDIDO DE VISTO SCHENGEN", "PT"),
}
VISA_APPLICANT = {"tr": "TR", "in": "IN", "br": "BR", "us": "US", "gb": "GB"}


@tpl("visa_form", 30, 0)
def t_visa(clean):
    lang = ch(list(VISA))
    W = VISA[lang]
    aloc = ch(list(VISA_APPLICANT))
    p = pers(aloc)
    bd = rdate(1950, 2005)
    reader = W[9]
    pass_ctry = {"tr": "TR", "in": "IN", "br": "BR", "us": "US", "gb": "GB"}[aloc]
    return "visa_form", lang, F("{h}\n\n1. {w0}: {f}\n3. {w1}: {g}\n4. {w2}: {dob}\n5. {w3}: {bp}\n13. {w4}: {pp}\n15. {w5}: {exp}\n"
                                "17. {w6}: {a}, {m}\n    {w7}: {ph}\n\n{nw}",
                                h=W[8], w0=W[0], w1=W[1], w2=W[2], w3=W[3], w4=W[4], w5=W[5], w6=W[6], w7=W[7],
                                f=L("person", p.family.upper() if chance(0.6) else p.family), g=L("person", p.given),
                                dob=L("dob", "%02d-%02d-%04d" % (bd.day, bd.month, bd.year)), bp=n_city(aloc), pp=passport(pass_ctry),
                                exp=ndate({"en": "gb", "pt": "pt"}.get(lang, lang), "expiry_date", "num", 2026, 2034), a=address(aloc, multi=False), m=e_mail(p, aloc),
                                ph=phone(reader, plan=LOC[aloc]["ph"], mode="plus") if reader != LOC[aloc]["ph"] else ph(aloc),
                                nw=n_name_word(lang))


# ------------------------------------------------------- 32-34 clean-only forms
RN_LANG = ["en", "en", "en", "de", "fr"]


@tpl("release_notes", 20, 20)
def t_release(clean):
    lang = ch(RN_LANG)
    h = {"en": ("Fixed", "Changed", "Thanks"), "de": ("Behoben", "Geändert", "Danke"), "fr": ("Corrigé", "Modifié", "Merci")}[lang]
    return "release_notes", lang, F("## {v} — {d}\n\n### {h0}\n- Address parser no longer reads `{v4}` as an IP address ({t1})\n"
                                    "- Masked cards such as `{mk}` are left alone; `{lf}` is rejected (Luhn)\n- Placeholder `{ph}` is skipped in config scans\n"
                                    "- IBAN check rejects `{bi}`; ID checks reject `{bs}`, `{bd}` and `{bc}`; SIRET `{si}` is no longer taken for a card\n\n### {h1}\n- Bump `{sc}`\n- Default timeout 30 s → 45 s, see {t2}\n\n### {h2}\n"
                                    "{nw} — and to the Platform team for {t3}. Built from {hs}.",
                                    v=n_version(), d=ndate("us", "release_date", "iso"), h0=h[0], v4=n_version4(), t1=n_ticket(), mk=n_masked_card(),
                                    lf=n_luhn_fail(), ph=n_placeholder(), bi=n_bad_iban(), bs=n_bad_ssn(), bd=n_bad_dni(), bc=n_bad_cpf(),
                                    si=n_siret(), h1=h[1], sc=n_npm_scope(), t2=n_ticket(), h2=h[2],
                                    nw=n_name_word(lang), t3=n_ticket(), hs=n_hash())


STATUS = {
    "en": "**Investigating** — {d} {t} UTC\nWe are seeing elevated error rates for card payments in {rg}. Cards ending {mk} were charged twice in "
          "some cases; refunds run automatically.\n\n**Update** — {t2} UTC\nFix deployed in build {b}; affected requests between {tr}. Incident {u}.",
    "de": "**Untersuchung** — {d}, {t} Uhr\nErhöhte Fehlerraten bei Kartenzahlungen in {rg}. Karten mit Endziffern {mk} wurden teils doppelt belastet; "
          "Erstattungen laufen automatisch.\n\n**Update** — {t2} Uhr\nKorrektur in Build {b} ausgerollt; betroffen waren Anfragen zwischen {tr}. Vorfall {u}.",
    "fr": "**Analyse en cours** — {d}, {t}\nTaux d'erreur élevé sur les paiements par carte en {rg}. Les cartes se terminant par {mk} ont parfois été "
          "débitées deux fois ; remboursement automatique.\n\n**Mise à jour** — {t2}\nCorrectif déployé (build {b}) ; requêtes concernées entre {tr}. Incident {u}.",
    "es": "**Investigando** — {d}, {t}\nTasas de error elevadas en pagos con tarjeta en {rg}. Algunas tarjetas acabadas en {mk} se cobraron dos veces; "
          "los reembolsos son automáticos.\n\n**Actualización** — {t2}\nCorrección desplegada en la build {b}; afectadas las peticiones entre {tr}. Incidencia {u}.",
    "nl": "**Onderzoek** — {d}, {t}\nVerhoogd aantal fouten bij kaartbetalingen in {rg}. Kaarten eindigend op {mk} zijn soms dubbel belast; "
          "terugbetaling gaat automatisch.\n\n**Update** — {t2}\nFix uitgerold in build {b}; verzoeken tussen {tr} getroffen. Incident {u}.",
    "it": "**In analisi** — {d}, {t}\nTassi di errore elevati sui pagamenti con carta in {rg}. Alcune carte che terminano con {mk} sono state addebitate "
          "due volte; i rimborsi sono automatici.\n\n**Aggiornamento** — {t2}\nCorrezione rilasciata nella build {b}; richieste coinvolte tra {tr}. Incidente {u}.",
    "pt": "**Investigando** — {d}, {t}\nTaxas de erro elevadas em pagamentos com cartão em {rg}. Cartões com final {mk} foram cobrados duas vezes "
          "em alguns casos; o estorno é automático.\n\n**Atualização** — {t2}\nCorreção publicada no build {b}; requisições afetadas entre {tr}. Incidente {u}.",
}


@tpl("status_page", 19, 19)
def t_status(clean):
    lang = ch(list(STATUS))
    loc = {"en": "gb", "pt": "br"}.get(lang, lang)
    return "status_page", lang, F(STATUS[lang], d=ndate(loc, "incident_date", "long"), t=hhmm(), rg=n_place() if chance(0.3) else N(ch(["eu-central-1", "Frankfurt", "São Paulo", "Mumbai"]), "region"),
                                  mk=N("%04d" % R.randint(0, 9999), "card_last4"), t2=hhmm(), b=n_build(), tr=n_time_range(), u=n_uuid())


@tpl("monitoring", 16, 16)
def t_monitoring(clean):
    return "monitoring", "en", F("[FIRING:{n}] {al} {svc} ({rg})\nLabels:\n - alertname = {al}\n - instance = {inst}:9100\n - severity = page\n"
                                 "Annotations:\n - summary = p99 latency {lat}s above threshold for 10m\n - runbook = https://wiki.example/runbooks/{slug}\n"
                                 "StartsAt: {ts}\nSilence: {u}\nNote: scrape of target {oo}:9100 skipped (invalid address)\nGraph: https://grafana.example/d/{gid}?from={ep}&orgId=1\nBuild: {b} · agent {v4}",
                                 n=str(R.randint(1, 5)), al=ch(["HighLatency", "DiskWillFillIn4Hours", "KafkaConsumerLag", "CertificateExpiry"]),
                                 svc=ch(["api-gateway", "billing-worker", "search"]), rg=ch(["eu-west-1", "us-east-2", "ap-south-1"]),
                                 inst=N("ip-10-%d-%d-%d.eu-west-1.compute.internal" % (R.randint(0, 9), R.randint(0, 255), R.randint(1, 254)), "hostname"),
                                 lat="%.2f" % R.uniform(0.5, 4), slug=N(C.rnd(R, string.ascii_lowercase, 8), "slug"), ts=n_timestamp(), u=n_uuid(),
                                 gid=N(C.rnd(R, C.ALNUM, 9), "dashboard_id"), ep=n_timestamp(), b=n_build(), v4=n_version4(), oo=n_octets())


# ====================================================================== main

def generate():
    global R
    R = random.Random(SEED)
    sched = []
    for name, fn, count, n_clean in TEMPLATES:
        sched += [(name, fn, True)] * n_clean + [(name, fn, False)] * (count - n_clean)
    assert len(sched) == TOTAL, len(sched)
    R.shuffle(sched)
    recs = []
    for i, (name, fn, clean) in enumerate(sched):
        form, lang, parts = fn(clean)
        rec = C.build("heldout-c-%05d" % i, form, lang, parts)
        if clean:
            assert not rec["spans"] and rec.get("neg"), rec
        else:
            assert rec["spans"], rec
        recs.append(rec)
    return recs


def serialize(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def _alnum(s):
    return "".join(c for c in s if c.isalnum())


def verify_value(sp):
    """Re-check every value against its format rule (independent of how it
    was made)."""
    import ipaddress
    t, v, sub = sp["type"], sp["value"], sp.get("sub")
    d = _alnum(v)
    if t == "card":
        assert d.isdigit() and 12 <= len(d) <= 19 and C.luhn_ok(d), sp
    elif t == "iban":
        u = d.upper()
        assert C.iban_mod97(u) == 1 and len(u) == C.IBAN_LEN[u[:2]] and u[:2] == sub, sp
    elif t == "ip":
        a = ipaddress.ip_address(v)
        assert a.is_global, sp
    elif t == "email":
        assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", v), sp
    elif t == "phone":
        assert 7 <= sum(c.isdigit() for c in v.replace("(0)", "")) <= 15, sp
        assert sp["region"] and ("plan" not in sp or sp["plan"] != sp["region"]), sp
    elif t == "gov_id":
        if sub == "ssn":
            a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
            assert len(d) == 9 and C.ssn_valid(a, g, s), sp
        elif sub == "itin":
            assert len(d) == 9 and d[0] == "9" and int(d[3:5]) in list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)), sp
        elif sub == "nino":
            assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", d) and d[:2] not in C.NINO_BAD_PREFIX and d[1] != "O", sp
        elif sub == "nhs":
            assert C.nhs_ok(d), sp
        elif sub == "steuer_id":
            assert C.steuerid_ok(d), sp
        elif sub == "nir":
            assert len(d) == 15 and C.nir_ok(d[:13], d[13:]), sp
        elif sub == "dni":
            assert len(d) == 9 and C.DNI_LETTERS[int(d[:8]) % 23] == d[8], sp
        elif sub == "nie":
            assert C.nie_ok(d), sp
        elif sub == "codice_fiscale":
            assert len(d) == 16 and C.cf_check(d[:15]) == d[15], sp
        elif sub == "bsn":
            assert C.bsn_ok(d), sp
        elif sub == "aadhaar":
            assert len(d) == 12 and C.verhoeff_ok(d), sp
        elif sub == "pan":
            assert re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", d), sp
        elif sub == "cpf":
            assert C.cpf_ok(d), sp
        elif sub == "passport":
            assert 8 <= len(d) <= 9, sp
        else:
            raise AssertionError(sp)
    elif t == "dob":
        yrs = re.findall(r"\d{4}", v)
        assert yrs or re.search(r"\d{1,2}\D+\d{1,2}\D+\d{2}$", v), sp
        if yrs:
            assert 1938 <= int(yrs[0][:4]) <= 2019, sp
    elif t == "secret":
        assert len(v) >= 8, sp
    elif t in ("person", "address"):
        assert any(c.isalpha() for c in v), sp


def verify(recs):
    from collections import Counter
    assert len(recs) == TOTAL
    forms = Counter(r["form"] for r in recs)
    assert len(forms) >= 25, forms
    assert max(forms.values()) <= TOTAL * 0.06, forms
    for i, r in enumerate(recs):
        assert r["id"] == "heldout-c-%05d" % i
        C.check_record(r)
        for sp in r["spans"]:
            verify_value(sp)


def summary(recs):
    from collections import Counter
    types = Counter(sp["type"] for r in recs for sp in r["spans"])
    clean = sum(1 for r in recs if not r["spans"])
    forms = Counter(r["form"] for r in recs)
    langs = Counter(r["lang"] for r in recs)
    out = ["%d records, %d clean, %d labels" % (len(recs), clean, sum(types.values())),
           "labels: " + ", ".join("%s %d" % kv for kv in types.most_common()),
           "forms (%d): " % len(forms) + ", ".join("%s %d" % kv for kv in sorted(forms.items())),
           "langs: " + ", ".join("%s %d" % kv for kv in langs.most_common())]
    return "\n".join(out)


def main():
    recs = generate()
    verify(recs)
    text = serialize(recs)
    if "--check" in sys.argv[1:]:
        with open(OUT, encoding="utf-8") as f:
            disk = f.read()
        if disk != text:
            print("MISMATCH: %s differs from a fresh generation" % OUT)
            return 1
        for line in disk.splitlines():
            C.check_record(json.loads(line))
        print("OK: %s is identical to a fresh generation; every record passes check_record and the format checks" % os.path.basename(OUT))
        print(summary(recs))
        return 0
    C.write_jsonl(OUT, recs)
    print("wrote %s" % OUT)
    print(summary(recs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
