#!/usr/bin/python3
"""Held-out part 9 of the redaction corpus (heldout9.jsonl).

Written by a seventh helper that read only ../README.md, ../corpuslib.py,
the lists of forms, languages and name cultures parts 1-8 use
(heldout/README.md) and the header (lines 1-60) and `pv_check` of
gen_heldout8.py; not the redactor, its docs, its tests or the other
generators, and it ran no project binary and no git command. Every name,
street, template and frame here was written by hand for this part.
Deterministic (seed 91457).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout9.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout9.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout9.py --stats   # counts
"""
import base64
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
from corpuslib import (L, N, build, check_record, write_jsonl, luhn_ok,  # noqa: E402
                       luhn_complete, cf_make, cf_check, iban_mod97, iban_make, iban_random, IBAN_LEN,
                       bban_random, group, ssn_random, ssn_valid, nino_random,
                       NINO_BAD_PREFIX, steuerid_random, steuerid_ok, steuerid_check,
                       nir_random, nir_ok, dni_random, DNI_LETTERS, nie_random, nie_ok,
                       bsn_random, bsn_ok, aadhaar_random, verhoeff_ok, cpf_random,
                       cpf_ok, card_random, card_grouping, split_groups, secret_random,
                       rnd, ALNUM, URLSAFE, B64, B32)

SEED = 91457
OUT = os.path.join(HERE, "heldout9.jsonl")
PREFIX = "heldout-i-"
NREC = 800
NCLEAN = 200
R = random.Random(SEED)
HEX = "0123456789abcdef"
TARGET = {"person": 1340, "phone": 462, "email": 388, "address": 308, "secret": 286,
          "dob": 246, "gov_id": 123, "ip": 104, "iban": 66, "card": 52}


def ch(xs):
    return R.choice(xs)


def chance(p):
    return R.random() < p


def ri(a, b):
    return R.randint(a, b)


def dig(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- names
# Hand-written for this part: (male given, female given, surnames [male],
# female surnames or None). Lists with gendered surnames are index-paired.
NAMES = {
    "et": (["Rasmus", "Kristjan", "Margus", "Tõnis", "Indrek", "Siim", "Priit", "Jaanus", "Ardo", "Heino"],
           ["Kadri", "Triin", "Liis", "Piret", "Maarja", "Kertu", "Helen", "Ülle", "Signe", "Merike"],
           ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Rebane", "Ilves", "Kuusk", "Lepik", "Pärn", "Kivisild", "Raudsepp"], None),
    "lv": (["Jānis", "Andris", "Mārtiņš", "Kārlis", "Edgars", "Raimonds", "Uldis", "Valdis"],
           ["Ilze", "Inese", "Līga", "Dace", "Baiba", "Zane", "Sanita", "Agnese"],
           ["Bērziņš", "Kalniņš", "Ozoliņš", "Liepiņš", "Krūmiņš", "Zariņš", "Vītols", "Celmiņš"],
           ["Bērziņa", "Kalniņa", "Ozoliņa", "Liepiņa", "Krūmiņa", "Zariņa", "Vītola", "Celmiņa"]),
    "lt": (["Mindaugas", "Tomas", "Darius", "Žygimantas", "Vytautas", "Rokas", "Linas", "Arūnas"],
           ["Rūta", "Eglė", "Ieva", "Gintarė", "Aušra", "Jurgita", "Vaida", "Indrė"],
           ["Kazlauskas", "Petrauskas", "Jankauskas", "Žukauskas", "Paulauskas", "Butkus", "Balčiūnas", "Vaitkus"],
           ["Kazlauskienė", "Petrauskaitė", "Jankauskienė", "Žukauskaitė", "Paulauskienė", "Butkutė", "Balčiūnienė", "Vaitkienė"]),
    "sk": (["Miroslav", "Juraj", "Marek", "Ľubomír", "Matej", "Rastislav", "Dušan"],
           ["Zuzana", "Katarína", "Lucia", "Veronika", "Ľudmila", "Soňa", "Andrea"],
           ["Horváth", "Kováč", "Baláž", "Šimko", "Hudák", "Oravec", "Kučera", "Polák"],
           ["Horváthová", "Kováčová", "Balážová", "Šimková", "Hudáková", "Oravcová", "Kučerová", "Poláková"]),
    "sl": (["Matjaž", "Gregor", "Blaž", "Primož", "Aleš", "Boštjan", "Uroš"],
           ["Špela", "Nataša", "Mojca", "Urška", "Tjaša", "Nina", "Metka"],
           ["Novak", "Krajnc", "Zupančič", "Kovačič", "Potočnik", "Mlakar", "Vidmar", "Kos", "Golob"], None),
    "hr": (["Josip", "Luka", "Krešimir", "Tomislav", "Dario", "Zvonimir", "Hrvoje"],
           ["Ivana", "Mirela", "Snježana", "Lucija", "Vesna", "Martina", "Željka"],
           ["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Knežević", "Vuković", "Perić", "Blažević"], None),
    "sr": (["Nikola", "Stefan", "Dragan", "Miloš", "Nemanja", "Vladimir", "Bojan"],
           ["Jelena", "Milica", "Dragana", "Jovana", "Tamara", "Snežana", "Bojana"],
           ["Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Pavlović"], None),
    "bg": (["Georgi", "Dimitar", "Ivaylo", "Hristo", "Stoyan", "Plamen", "Todor"],
           ["Desislava", "Tsvetelina", "Radostina", "Gergana", "Yordanka", "Boryana", "Velina"],
           ["Dimitrov", "Georgiev", "Todorov", "Stoyanov", "Petkov", "Kolev", "Angelov", "Hristov"],
           ["Dimitrova", "Georgieva", "Todorova", "Stoyanova", "Petkova", "Koleva", "Angelova", "Hristova"]),
    "sq": (["Arben", "Besnik", "Ilir", "Dritan", "Gentian", "Erion", "Fatmir"],
           ["Blerina", "Elira", "Anisa", "Jonida", "Arta", "Drita", "Mimoza"],
           ["Hoxha", "Shehu", "Krasniqi", "Berisha", "Gashi", "Dervishi", "Leka", "Çela", "Kelmendi"], None),
    "ka": (["Giorgi", "Levan", "Davit", "Irakli", "Zurab", "Nika", "Revaz"],
           ["Nino", "Tamar", "Mariam", "Ketevan", "Salome", "Eka", "Manana"],
           ["Beridze", "Kapanadze", "Gelashvili", "Lomidze", "Tsiklauri", "Maisuradze", "Javakhishvili", "Kvaratskhelia"], None),
    "hy": (["Aram", "Tigran", "Hovhannes", "Vardan", "Armen", "Gevorg", "Ashot"],
           ["Anahit", "Lusine", "Siranush", "Mane", "Nare", "Gayane", "Hasmik"],
           ["Sargsyan", "Hakobyan", "Grigoryan", "Harutyunyan", "Petrosyan", "Avetisyan", "Mkrtchyan", "Ghazaryan"], None),
    "fa": (["Reza", "Mehdi", "Farhad", "Kourosh", "Babak", "Arash", "Siavash"],
           ["Shirin", "Parisa", "Leila", "Maryam", "Niloufar", "Roya", "Golnaz"],
           ["Hosseini", "Rezaei", "Moradi", "Karimi", "Jafari", "Tehrani", "Sadeghi", "Ghorbani"], None),
    "si": (["Chaminda", "Nuwan", "Kasun", "Tharindu", "Lasantha", "Dinesh", "Ruwan"],
           ["Dilhani", "Sachini", "Nadeeka", "Thilini", "Ishara", "Chathurika", "Sewwandi"],
           ["Perera", "Fernando", "Jayasuriya", "Wickramasinghe", "Gunawardena", "Bandara", "Senanayake", "Dissanayake"], None),
    "ne": (["Bikash", "Sujan", "Prakash", "Roshan", "Dipendra", "Nabin", "Anup"],
           ["Sarita", "Anjali", "Sushma", "Manisha", "Binita", "Rojina", "Kalpana"],
           ["Shrestha", "Gurung", "Tamang", "Adhikari", "Thapa", "Magar", "Karki", "Bhattarai"], None),
    "mn": (["Ganbold", "Bat-Erdene", "Temuulen", "Munkhbat", "Erdenebileg", "Tuvshin"],
           ["Enkhjargal", "Oyuntsetseg", "Sarangerel", "Nomin", "Khulan", "Solongo"],
           ["Dorjsuren", "Batbayar", "Tserendorj", "Altangerel", "Gansukh", "Purevdorj"], None),
    "kk": (["Nurlan", "Yerlan", "Daniyar", "Arman", "Bauyrzhan", "Yerzhan", "Timur"],
           ["Aigerim", "Dinara", "Madina", "Gulnara", "Saule", "Zhanar", "Aizhan"],
           ["Abenov", "Zhaksybekov", "Omarov", "Suleimenov", "Iskakov", "Nurmagambetov", "Tulegenov"],
           ["Abenova", "Zhaksybekova", "Omarova", "Suleimenova", "Iskakova", "Nurmagambetova", "Tulegenova"]),
    "gh": (["Kwame", "Kofi", "Kwabena", "Yaw", "Kojo", "Ekow", "Kwaku"],
           ["Akosua", "Ama", "Efua", "Abena", "Adwoa", "Yaa", "Afia"],
           ["Mensah", "Owusu", "Boateng", "Asante", "Appiah", "Osei", "Acheampong", "Darko", "Ofori"], None),
    "so": (["Abdirahman", "Abdullahi", "Mahad", "Liban", "Abdiqani", "Bashir"],
           ["Hodan", "Fadumo", "Ifrah", "Sahra", "Hibo", "Ubah", "Nimco"],
           ["Warsame", "Jama", "Abdi", "Nuur", "Egal", "Samatar", "Hirsi", "Duale"], None),
    "ht": (["Wesner", "Jocelyn", "Frantz", "Dieunel", "Wilner", "Fritznel"],
           ["Mirlande", "Fabiola", "Nadège", "Guerline", "Rose-Marie", "Wideline"],
           ["Pierre-Louis", "Saint-Fleur", "Désir", "Dorvil", "Célestin", "Jean-Charles", "Bellegarde", "Lafortune"], None),
    "co": (["Andrés Felipe", "Juan Camilo", "Julián", "Sebastián", "Jhon Jairo", "Esteban"],
           ["Luisa Fernanda", "Valentina", "Paola Andrea", "Catalina", "Yuliana", "Marcela"],
           ["Restrepo", "Londoño", "Ospina", "Zuluaga", "Cardona", "Arango", "Betancur", "Henao", "Quintero", "Montoya"], None),
    "cl": (["Matías", "Benjamín", "Cristóbal", "Ignacio", "Vicente", "Rodrigo"],
           ["Constanza", "Javiera", "Francisca", "Fernanda", "Antonia", "Macarena"],
           ["Muñoz", "Contreras", "Sepúlveda", "Fuentes", "Valenzuela", "Araya", "Tapia", "Cifuentes", "Gallardo"], None),
    "ca": (["Jordi", "Oriol", "Arnau", "Xavier", "Quim", "Albert"],
           ["Montserrat", "Núria", "Mireia", "Laia", "Meritxell", "Roser"],
           ["Puigdemunt", "Vilaró", "Soler", "Ferrer", "Casals", "Bosch", "Riera", "Sabaté", "Puigvert"], None),
    "mt": (["Ġorġ", "Ċensu", "Kurt", "Owen", "Nikol", "Clayton"],
           ["Marija", "Graziella", "Doreen", "Rachel", "Charmaine", "Josette"],
           ["Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Grech", "Azzopardi", "Mifsud"], None),
    "lb": (["Jhemp", "Gilles", "Fernand", "Romain", "Claude", "Marc"],
           ["Mireille", "Josiane", "Carole", "Tessy", "Nathalie", "Jacqueline"],
           ["Schmit", "Hoffmann", "Reuter", "Kieffer", "Thill", "Majerus", "Welter", "Bettendorf", "Wagener"], None),
    "cy": (["Andreas", "Christodoulos", "Panayiotis", "Marios", "Kyriakos", "Stelios"],
           ["Eleni", "Androulla", "Chrystalla", "Despo", "Maroulla", "Stavroula"],
           ["Georgiou", "Charalambous", "Constantinou", "Ioannou", "Nicolaou", "Christofi", "Panayi", "Kyprianou"], None),
    "ko": (["Jae-won", "Min-ho", "Seung-hyun", "Dong-hyuk", "Tae-yang", "Jun-seo"],
           ["Ji-yeon", "Soo-ah", "Hye-jin", "Eun-bi", "Da-eun", "Min-ji"],
           ["Kim", "Choi", "Jung", "Kang", "Yoon", "Jang", "Han", "Shin"], None),
    "tw": (["Wei-ting", "Chih-ming", "Kuan-yu", "Po-han", "Chun-hao"],
           ["Yu-hsuan", "Ya-wen", "Shu-fen", "Pei-shan", "Hsin-yi"],
           ["Chen", "Lin", "Huang", "Tsai", "Hsu", "Cheng", "Hsieh", "Lai"], None),
    "en": (["Callum", "Rhys", "Declan", "Jasper", "Barnaby", "Ellis", "Fraser", "Gideon"],
           ["Imogen", "Harriet", "Tamsin", "Philippa", "Rosalind", "Verity", "Ottilie", "Bryony"],
           ["Pemberton", "Whitcombe", "Ashworth", "Threlfall", "Kettlewell", "Braithwaite", "Fairclough", "Hollingsworth", "Openshaw", "Ridley"], None),
    "us": (["Tanner", "Brody", "Colton", "Garrett", "Dwayne", "Marcus", "Trevor"],
           ["Brianna", "Shelby", "Kaitlyn", "Destiny", "Mackenzie", "Lakisha", "Courtney"],
           ["Kowalczyk", "Delgado", "Hutchins", "McAllister", "Pruitt", "Vanderbilt", "Okafor", "Strickland", "Whitaker"], None),
    "de": (["Jörg", "Detlef", "Ansgar", "Volker", "Holger", "Malte", "Torben"],
           ["Wiebke", "Frauke", "Heike", "Silke", "Gesine", "Insa", "Birte"],
           ["Brinkmann", "Oberländer", "Reinholz", "Lütkemeyer", "Habermann", "Düsterhöft", "Kallweit", "Tiedemann", "Wöhrle"], None),
    "fr": (["Gwenaël", "Aurélien", "Thibault", "Yannick", "Loïc", "Bastien"],
           ["Maëlys", "Solène", "Anaïs", "Gaëlle", "Clémence", "Ségolène"],
           ["Le Bihan", "Kerbrat", "Fauconnier", "Delaunay", "Marchetti", "Boulanger", "Vasseur", "Lemaire"], None),
    "pl": (["Przemysław", "Grzegorz", "Wojciech", "Bartosz", "Zbigniew"],
           ["Małgorzata", "Agnieszka", "Justyna", "Bożena", "Weronika"],
           ["Wróblewski", "Zieliński", "Szczepański", "Kaczmarek", "Pawlak"],
           ["Wróblewska", "Zielińska", "Szczepańska", "Kaczmarek", "Pawlak"]),
    "nl": (["Sjoerd", "Maarten", "Wouter", "Joost", "Gerrit"],
           ["Femke", "Marloes", "Sanne", "Ilse", "Anouk"],
           ["Wijnberg", "Hoekstra", "de Vries", "van Dijk", "Bosman", "Kuipers"], None),
    "it": (["Gianluca", "Pierpaolo", "Emanuele", "Corrado", "Ottavio"],
           ["Ilaria", "Donatella", "Benedetta", "Raffaella", "Ginevra"],
           ["Lombardi", "Esposito", "Pellegrini", "Santoro", "Ferraro", "De Luca"], None),
    "es": (["Íñigo", "Álvaro", "Rubén", "Gonzalo", "Jacinto"],
           ["Itziar", "Begoña", "Inmaculada", "Remedios", "Ainhoa"],
           ["Etxeberria", "Garrido", "Montesinos", "Bermúdez", "Villanueva", "Carrasco", "Iglesias"], None),
    "pt": (["Rui", "Tiago", "Nuno", "Duarte", "Vasco"],
           ["Inês", "Joana", "Beatriz", "Leonor", "Mafalda"],
           ["Carvalho", "Figueiredo", "Magalhães", "Pinheiro", "Gouveia", "Sequeira"], None),
}
# Hangul / hanzi renderings (given written after surname)
KO_HANGUL = [("김", "민호"), ("최", "지연"), ("정", "승현"), ("강", "혜진"), ("윤", "동혁"), ("장", "수아"), ("한", "은비"), ("신", "준서")]
TW_HANZI = ["陳韋廷", "林宇軒", "黃志明", "蔡雅雯", "許淑芬", "鄭佩珊", "謝心怡", "賴冠宇"]
BG_CYR = {"Georgi": "Георги", "Dimitar": "Димитър", "Ivaylo": "Ивайло", "Hristo": "Христо", "Stoyan": "Стоян",
          "Plamen": "Пламен", "Todor": "Тодор", "Desislava": "Десислава", "Tsvetelina": "Цветелина",
          "Radostina": "Радостина", "Gergana": "Гергана", "Yordanka": "Йорданка", "Boryana": "Боряна", "Velina": "Велина",
          "Dimitrov": "Димитров", "Georgiev": "Георгиев", "Todorov": "Тодоров", "Stoyanov": "Стоянов", "Petkov": "Петков",
          "Kolev": "Колев", "Angelov": "Ангелов", "Hristov": "Христов", "Dimitrova": "Димитрова", "Georgieva": "Георгиева",
          "Todorova": "Тодорова", "Stoyanova": "Стоянова", "Petkova": "Петкова", "Koleva": "Колева", "Angelova": "Ангелова",
          "Hristova": "Христова"}
SR_CYR = {"Nikola": "Никола", "Stefan": "Стефан", "Dragan": "Драган", "Miloš": "Милош", "Nemanja": "Немања",
          "Vladimir": "Владимир", "Bojan": "Бојан", "Jelena": "Јелена", "Milica": "Милица", "Dragana": "Драгана",
          "Jovana": "Јована", "Tamara": "Тамара", "Snežana": "Снежана", "Bojana": "Бојана",
          "Jovanović": "Јовановић", "Petrović": "Петровић", "Nikolić": "Николић", "Marković": "Марковић",
          "Đorđević": "Ђорђевић", "Stojanović": "Стојановић", "Ilić": "Илић", "Pavlović": "Павловић"}
MIDDLE_SO = ["Abdi", "Farah", "Jama", "Warsame", "Nuur", "Cali", "Xasan"]
MS_MALE = ["Ahmad Faiz", "Muhammad Hafiz", "Azlan", "Syafiq", "Khairul Anuar", "Zulkifli"]
MS_FEMALE = ["Nurul Aisyah", "Siti Hajar", "Farah Nadia", "Aminah", "Zulaikha", "Noor Azura"]
MS_FATHER = ["Ismail", "Rahman", "Othman", "Yusof", "Abdullah", "Hamzah", "Sulaiman"]


class P:
    """A person: given, surname, full (as conventionally written), gender."""

    def __init__(self, cult, g=None):
        self.cult = cult
        self.g = g or ch("mf")
        if cult == "ms":
            self.given = ch(MS_MALE if self.g == "m" else MS_FEMALE)
            self.sur = ch(MS_FATHER)
            self.full = "%s %s %s" % (self.given, "bin" if self.g == "m" else "binti", self.sur)
            self.formal = self.full
            return
        m, f, sm, sf = NAMES[cult]
        self.given = ch(m if self.g == "m" else f)
        i = R.randrange(len(sm))
        self.sur = sf[i] if (sf and self.g == "f") else sm[i]
        if cult == "so":
            mid = ch([x for x in MIDDLE_SO if x != self.sur])
            self.full = "%s %s %s" % (self.given, mid, self.sur)
        elif cult in ("co", "cl"):
            s2 = ch([x for x in sm if x != self.sur])
            self.sur = "%s %s" % (self.sur, s2)
            self.full = "%s %s" % (self.given, self.sur)
        elif cult in ("ko", "tw", "mn") and chance(0.5):
            self.full = "%s %s" % (self.sur, self.given)   # family name first
        else:
            self.full = "%s %s" % (self.given, self.sur)

    def first_last(self):
        return "%s %s" % (self.given, self.sur)

    def inv(self):
        return "%s, %s" % (self.sur, self.given)

    def init(self):
        parts = re.split(r"([ -])", self.given)
        ini = "".join(p[0] + "." if p not in (" ", "-") else p for p in parts if p)
        return "%s %s" % (ini.replace(". ", ".").replace(" ", ""), self.sur)

    def caps(self):
        return "%s %s" % (self.sur.upper(), self.given)

    def anyform(self):
        return ch([self.full, self.full, self.full, self.inv(), self.init(), self.caps()])

    def email(self, dom=None):
        g = ascii_fold(self.given).lower().replace(" ", "").replace("'", "")
        s = ascii_fold(self.sur).lower().replace(" ", "").replace("'", "")
        loc = ch(["%s.%s" % (g, s), "%s%s" % (g[0], s), "%s_%s%d" % (g, s[:3], ri(1, 99)), "%s.%s%d" % (s, g[:1], ri(70, 99)),
                  "%s%s" % (g, s[:1])])
        return "%s@%s" % (loc, dom or ch(DOMAINS.get(self.cult, GENERIC_DOMAINS)))


GENERIC_DOMAINS = ["gmail.com", "outlook.com", "proton.me", "yahoo.com", "icloud.com", "hotmail.com", "gmx.net", "fastmail.com"]
DOMAINS = {"et": ["hot.ee", "mail.ee", "gmail.com"], "lv": ["inbox.lv", "apollo.lv", "gmail.com"],
           "lt": ["one.lt", "gmail.com", "inbox.lt"], "sk": ["azet.sk", "centrum.sk", "gmail.com"],
           "sl": ["siol.net", "gmail.com", "t-2.net"], "hr": ["net.hr", "gmail.com", "yahoo.com"],
           "sr": ["gmail.com", "yahoo.com", "eunet.rs"], "bg": ["abv.bg", "mail.bg", "gmail.com"],
           "sq": ["gmail.com", "yahoo.com"], "ka": ["gmail.com", "mail.ge"], "hy": ["gmail.com", "mail.am"],
           "fa": ["gmail.com", "yahoo.com"], "si": ["gmail.com", "sltnet.lk"], "ne": ["gmail.com", "wlink.com.np"],
           "mn": ["gmail.com", "yahoo.com"], "kk": ["mail.kz", "gmail.com"], "gh": ["gmail.com", "yahoo.com"],
           "so": ["gmail.com", "hotmail.com"], "ht": ["gmail.com", "hotmail.com"], "co": ["gmail.com", "hotmail.com", "une.net.co"],
           "cl": ["gmail.com", "vtr.net"], "ca": ["gmail.com", "xtec.cat"], "mt": ["gmail.com", "maltanet.net"],
           "lb": ["pt.lu", "gmail.com"], "cy": ["cytanet.com.cy", "gmail.com"], "ko": ["naver.com", "daum.net", "gmail.com"],
           "tw": ["gmail.com", "yahoo.com.tw"], "de": ["gmx.de", "web.de", "t-online.de"], "fr": ["orange.fr", "free.fr", "laposte.net"],
           "pl": ["wp.pl", "onet.pl", "o2.pl"], "nl": ["ziggo.nl", "kpnmail.nl"], "it": ["libero.it", "tiscali.it"],
           "es": ["telefonica.net", "gmail.com"], "pt": ["sapo.pt", "gmail.com"]}
ALL_CULTS = sorted(NAMES) + ["ms"]


# ---------------------------------------------------------------- phones
# Numbering plans written for this part (national significant number
# generators and each country's usual national / international layouts,
# as X patterns over trunk+NSN and NSN).

def _pre(prefixes, n):
    return lambda: ch(prefixes) + dig(n)


def _nanp(areas):
    def f():
        while True:
            ex = ch("23456789") + dig(2)
            if ex[1:] != "11" and ex != "555":
                return ch(areas) + ex + dig(4)
    return f


# cc, trunk, international prefix used there, kinds: name -> (gen, nat pattern, intl pattern)
PHONES = {
    "EE": (372, "", "00", {"mobile": (_pre(["51", "52", "53", "55", "56"], 6), "XXXX XXXX", "XXXX XXXX"),
                           "fixed": (_pre(["64", "65", "66"], 5), "XXX XXXX", "XXX XXXX")}),
    "LV": (371, "", "00", {"mobile": (_pre(["20", "22", "26", "27", "28", "29"], 6), "XXXX XXXX", "XXXX XXXX"),
                           "fixed": (_pre(["67"], 6), "XXXX XXXX", "XXXX XXXX")}),
    "LT": (370, "8", "00", {"mobile": (_pre(["60", "61", "62", "64", "65", "67", "68", "69"], 6), "X XXX XXXXX", "XXX XXXXX"),
                            "fixed": (_pre(["52"], 6), "X X XXX XXXX", "X XXX XXXX")}),
    "SK": (421, "0", "00", {"mobile": (_pre(["901", "902", "903", "904", "905", "908", "910", "911", "914", "915", "917", "940", "944", "948", "949"], 6), "XXXX XXX XXX", "XXX XXX XXX"),
                            "fixed": (_pre(["23", "24", "25", "26", "27", "28", "29"], 7), "XX/XXXX XXXX", "X XXXX XXXX")}),
    "SI": (386, "0", "00", {"mobile": (_pre(["30", "31", "40", "41", "51", "68", "70", "71"], 6), "XXX XXX XXX", "XX XXX XXX"),
                            "fixed": (_pre(["12", "13", "14", "15", "16", "17", "18"], 6), "XX XXX XX XX", "X XXX XX XX")}),
    "HR": (385, "0", "00", {"mobile": (_pre(["91", "92", "95", "98", "99"], 7), "XXX XXX XXXX", "XX XXX XXXX"),
                            "fixed": (_pre(["1"], 7), "XX XXXX XXX", "X XXXX XXX")}),
    "RS": (381, "0", "00", {"mobile": (_pre(["60", "61", "62", "63", "64", "65", "66", "69"], 7), "XXX XXX XXXX", "XX XXX XXXX"),
                            "fixed": (_pre(["112", "113", "114"], 6), "XXX XXX XXXX", "XX XXX XXXX")}),
    "BG": (359, "0", "00", {"mobile": (_pre(["87", "88", "89", "98"], 7), "XXXX XXX XXX", "XXX XXX XXX"),
                            "fixed": (_pre(["2"], 7), "XX XXX XXXX", "X XXX XXXX")}),
    "AL": (355, "0", "00", {"mobile": (_pre(["672", "673", "674", "675", "676", "677", "678", "679", "682", "683", "684", "685", "686", "687", "688", "689"] + ["69%d" % d for d in range(10)], 6), "XXX XXX XXXX", "XX XXX XXXX")}),
    "GE": (995, "", "00", {"mobile": (_pre(["555", "557", "558", "568", "571", "574", "577", "591", "593", "595", "597", "598", "599"], 6), "XXX XX XX XX", "XXX XX XX XX")}),
    "AM": (374, "0", "00", {"mobile": (_pre(["55", "77", "91", "93", "94", "95", "96", "98", "99"], 6), "XXX XX XX XX", "XX XXXXXX"),
                            "fixed": (_pre(["10"], 6), "XXX XX XX XX", "XX XXXXXX")}),
    "MY": (60, "0", "00", {"mobile": (_pre(["12", "16", "19"], 7), "XXX-XXX XXXX", "XX-XXX XXXX"),
                           "mobile11": (_pre(["1161", "1162", "1163", "1165", "1167"], 6), "XXX-XXXX XXXX", "XX-XXXX XXXX"),
                           "fixed": (_pre(["38"], 7), "XX-XXXX XXXX", "X-XXXX XXXX")}),
    "LK": (94, "0", "00", {"mobile": (_pre(["70", "71", "72", "75", "76", "77", "78"], 7), "XXX XXX XXXX", "XX XXX XXXX"),
                           "fixed": (_pre(["112", "113", "114", "115", "117"], 6), "XXX XXX XXXX", "XX XXX XXXX")}),
    "NP": (977, "", "00", {"mobile": (_pre(["984", "985", "986", "980", "981", "982"], 7), "XXX-XXXXXXX", "XXX-XXXXXXX"),
                           "fixed": (_pre(["14"], 6), "0X-XXXXXXX", "X-XXXXXXX")}),
    "MN": (976, "", "001", {"mobile": (_pre(["88", "99", "95", "94", "85", "80", "86"], 6), "XXXX XXXX", "XXXX XXXX")}),
    "KZ": (7, "8", "810", {"mobile": (_pre(["701", "702", "705", "707", "747", "771", "775", "776", "777", "778"], 7), "X XXX XXX XXXX", "XXX XXX XX XX")}),
    "GH": (233, "0", "00", {"mobile": (_pre(["24", "54", "55", "20", "50", "26", "27"], 7), "XXX XXX XXXX", "XX XXX XXXX")}),
    "CO": (57, "", "009", {"mobile": (_pre(["300", "301", "304", "310", "311", "312", "313", "314", "315", "316", "317", "318", "320", "321"], 7), "XXX XXX XXXX", "XXX XXX XXXX")}),
    "CL": (56, "", "00", {"mobile": (_pre(["92", "93", "94", "95", "98", "99"], 7), "X XXXX XXXX", "X XXXX XXXX"),
                          "fixed": (_pre(["22"], 7), "X XXXX XXXX", "X XXXX XXXX")}),
    "MT": (356, "", "00", {"mobile": (_pre(["79", "99", "77"], 6), "XXXX XXXX", "XXXX XXXX"),
                           "fixed": (_pre(["21"], 6), "XXXX XXXX", "XXXX XXXX")}),
    "LU": (352, "", "00", {"mobile": (_pre(["621", "628", "661", "671", "691"], 6), "XXX XXX XXX", "XXX XXX XXX")}),
    "GR": (30, "", "00", {"mobile": (_pre(["690", "693", "694", "695", "697", "698", "699"], 7), "XXX XXX XXXX", "XXX XXX XXXX"),
                          "fixed": (_pre(["210"], 7), "XXX XXX XXXX", "XXX XXX XXXX")}),
    "CY": (357, "", "00", {"mobile": (_pre(["96", "97", "99"], 6), "XX XXXXXX", "XX XXXXXX"),
                           "fixed": (_pre(["22"], 6), "XX XXXXXX", "XX XXXXXX")}),
    "MA": (212, "0", "00", {"mobile": (_pre(["61", "62", "66", "67", "70"], 7), "XXXX-XXXXXX", "XXX-XXXXXX")}),
    "KR": (82, "0", "001", {"mobile": (_pre(["102", "103", "104", "105", "106", "107", "108", "109"], 7), "XXX-XXXX-XXXX", "XX-XXXX-XXXX"),
                            "seoul": (_pre(["23", "25", "27"], 7), "XX-XXXX-XXXX", "X-XXXX-XXXX")}),
    "TW": (886, "0", "002", {"mobile": (_pre(["91", "92", "93", "95", "96", "97", "98"], 7), "XXXX-XXX-XXX", "XXX XXX XXX"),
                             "taipei": (_pre(["22", "27"], 7), "(XX) XXXX-XXXX", "X XXXX XXXX")}),
    "HU": (36, "06", "00", {"mobile": (_pre(["20", "30", "70"], 7), "XX XX XXX XXXX", "XX XXX XXXX")}),
    "US": (1, "", "011", {"any": (_nanp(["212", "312", "415", "503", "617", "713", "206", "305", "512", "720", "919", "412"]), "(XXX) XXX-XXXX", "XXX-XXX-XXXX")}),
    "CA": (1, "", "011", {"any": (_nanp(["416", "604", "514", "403", "613", "902"]), "XXX-XXX-XXXX", "XXX XXX XXXX")}),
    "GB": (44, "0", "00", {"mobile": (_pre(["7400", "7450", "7500", "7800", "7900", "7950", "7960", "7530"], 6), "XXXXX XXXXXX", "XXXX XXXXXX"),
                           "fixed": (_pre(["1132", "1133", "1142", "1159"], 6), "XXXX XXX XXXX", "XXX XXX XXXX")}),
    "DE": (49, "0", "00", {"mobile": (_pre(["1511", "1512", "1520", "1522", "1590", "1573"], 7), "XXXX XXXXXXXX", "XXX XXXXXXXX"),
                           "mobile7": (_pre(["1701", "1712", "1726", "1739", "1752", "1763", "1785"], 6), "XXXX XXXXXXX", "XXX XXXXXXX"),
                           "fixed": (_pre(["402", "405", "221"], 6), "XXXX XXXXXX", "XXX XXXXXX")}),
    "FR": (33, "0", "00", {"mobile": (_pre(["61", "62", "66", "67", "68", "75", "77", "78"], 7), "XX XX XX XX XX", "X XX XX XX XX"),
                           "fixed": (_pre(["14", "45", "47", "38"], 7), "XX XX XX XX XX", "X XX XX XX XX")}),
    "ES": (34, "", "00", {"mobile": (_pre(["60", "61", "62", "65", "66", "67", "68", "69"], 7), "XXX XX XX XX", "XXX XX XX XX"),
                          "fixed": (_pre(["91", "93"], 7), "XX XXX XX XX", "XX XXX XX XX")}),
    "IT": (39, "", "00", {"mobile": (_pre(["320", "328", "333", "335", "338", "339", "340", "347", "349"], 7), "XXX XXX XXXX", "XXX XXX XXXX"),
                          "fixed": (_pre(["02"], 8), "XX XXXX XXXX", "XX XXXX XXXX")}),
    "PL": (48, "", "00", {"mobile": (_pre(["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"], 7), "XXX XXX XXX", "XXX XXX XXX"),
                          "fixed": (_pre(["22"], 7), "XX XXX XX XX", "XX XXX XX XX")}),
    "NL": (31, "0", "00", {"mobile": (_pre(["61", "62", "63", "64", "65"], 7), "XX-XXXXXXXX", "X XXXX XXXX"),
                           "fixed": (_pre(["30"], 7), "XXX-XXX XXXX", "XX XXX XXXX")}),
    "PT": (351, "", "00", {"mobile": (_pre(["91", "92", "93", "96"], 7), "XXX XXX XXX", "XXX XXX XXX"),
                           "fixed": (_pre(["21", "22"], 7), "XXX XXX XXX", "XXX XXX XXX")}),
    "IE": (353, "0", "00", {"mobile": (_pre(["83", "85", "86", "87", "89"], 7), "XXX XXX XXXX", "XX XXX XXXX"),
                            "fixed": (_pre(["1"], 7), "XX XXX XXXX", "X XXX XXXX")}),
    "AU": (61, "0", "0011", {"mobile": (_pre(["40", "41", "42", "43"], 7), "XXXX XXX XXX", "XXX XXX XXX"),
                             "fixed": (_pre(["29"], 7), "(XX) XXXX XXXX", "X XXXX XXXX")}),
    "IN": (91, "0", "00", {"mobile": (_pre(["98", "97", "94", "70", "81", "63"], 8), "XXXXXX XXXXX", "XXXXX XXXXX")}),
}
# random draws libphonenumber rejected while this part was written (holes in
# the allocations); they are redrawn
REJECT = {"1059841879"}
PHONE_LOG = []   # (value, region, tag) for the batch validation


def _fill(pat, ds):
    it = iter(ds)
    out = "".join(next(it) if c == "X" else c for c in pat)
    assert next(it, None) is None, (pat, ds)
    return out


def phone(plan, style=None, region=None, kind=None, sep=None):
    """A phone label. style: nat, natc (compact), intl, e164, 00, p0 (+cc (0)..).
    region: country whose conventions the text follows (default plan)."""
    cc, trunk, idd, kinds = PHONES[plan]
    kind = kind or ch(sorted(kinds))
    gen, natp, intlp = kinds[kind]
    nsn = gen()
    while nsn in REJECT:
        nsn = gen()
    region = region or plan
    if style is None:
        style = ch(["nat", "nat", "intl", "intl", "e164"] + (["00"] if idd == "00" else []))
    if style in ("nat", "natc") and region != plan:
        style = "intl"
    if style == "00" and (PHONES.get(region, (0, 0, ""))[2] != "00"):
        style = "intl"
    if style == "p0" and trunk != "0":
        style = "intl"
    if style == "nat":
        v = _fill(natp, trunk + nsn)
        if sep:
            v = v.replace(" ", sep)
    elif style == "natc":
        v = trunk + nsn
    elif style == "e164":
        v = "+%d%s" % (cc, nsn)
    elif style == "00":
        v = "00%d %s" % (cc, _fill(intlp, nsn))
    elif style == "p0":
        v = "+%d (0)%s" % (cc, _fill(intlp, nsn))
    else:
        v = "+%d %s" % (cc, _fill(intlp, nsn))
        if sep:
            v = v.replace(" ", sep)
    meta = {"sub": kind, "region": region}
    if plan != region:
        meta["plan"] = plan
    PHONE_LOG.append((v, region, "%s:%s" % (plan, kind)))
    return L("phone", v, **meta)


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ---------------------------------------------------------------- addresses
# Hand-written streets and localities; layouts as each postal service prints
# them. addr(cc, multi) -> the address (lines joined by "\n" when multi).

def _h(a=1, b=90):
    return str(ri(a, b))


ADDR9 = {
    "EE": [("Pärnu mnt", "10141", "Tallinn"), ("Tartu mnt", "10115", "Tallinn"), ("Rüütli", "51007", "Tartu"),
           ("Rüütli tn", "80010", "Pärnu"), ("Narva mnt", "10120", "Tallinn"), ("Vanemuise", "51003", "Tartu")],
    "LV": [("Brīvības iela", "LV-1010", "Rīga"), ("Krišjāņa Barona iela", "LV-1011", "Rīga"), ("Lielā iela", "LV-3001", "Jelgava"),
           ("Rīgas iela", "LV-5401", "Daugavpils"), ("Elizabetes iela", "LV-1050", "Rīga")],
    "LT": [("Gedimino pr.", "LT-01103", "Vilnius"), ("Laisvės al.", "LT-44240", "Kaunas"), ("Pylimo g.", "LT-01118", "Vilnius"),
           ("Tiltų g.", "LT-91246", "Klaipėda"), ("Savanorių pr.", "LT-03116", "Vilnius")],
    "SK": [("Obchodná", "811 06", "Bratislava"), ("Hlavná", "040 01", "Košice"), ("Štúrova", "949 01", "Nitra"),
           ("Mierová", "821 05", "Bratislava"), ("Nám. SNP", "974 01", "Banská Bystrica")],
    "SI": [("Slovenska cesta", "1000", "Ljubljana"), ("Trubarjeva ulica", "1000", "Ljubljana"), ("Partizanska cesta", "2000", "Maribor"),
           ("Prešernova ulica", "4000", "Kranj"), ("Kidričeva ulica", "6000", "Koper")],
    "HR": [("Ilica", "10000", "Zagreb"), ("Vukovarska ulica", "21000", "Split"), ("Korzo", "51000", "Rijeka"),
           ("Ulica kralja Zvonimira", "10000", "Zagreb"), ("Stjepana Radića", "31000", "Osijek")],
    "RS": [("Knez Mihailova", "11000", "Beograd"), ("Bulevar oslobođenja", "21000", "Novi Sad"), ("Nemanjina", "11000", "Beograd"),
           ("Obrenovićeva", "18000", "Niš"), ("Cara Dušana", "11080", "Zemun")],
    "BG": [("бул. Витоша", "1000", "София"), ("ул. Граф Игнатиев", "1000", "София"), ("бул. Мария Луиза", "4000", "Пловдив"),
           ("ул. Цар Симеон", "9000", "Варна"), ("ул. Оборище", "1504", "София")],
    "AL": [("Rruga e Kavajës", "1001", "Tiranë"), ("Rruga Myslym Shyri", "1001", "Tiranë"), ("Bulevardi Zogu I", "1016", "Tiranë"),
           ("Rruga Skënderbeu", "2001", "Durrës"), ("Lagjja Kala", "5001", "Berat")],
    "GE": [("Rustaveli Avenue", "0108", "Tbilisi"), ("Chavchavadze Avenue", "0179", "Tbilisi"), ("Pekini Avenue", "0160", "Tbilisi"),
           ("Gorgasali Street", "6000", "Batumi"), ("Paliashvili Street", "0179", "Tbilisi")],
    "AM": [("Abovyan St", "0001", "Yerevan"), ("Tumanyan St", "0002", "Yerevan"), ("Mashtots Ave", "0009", "Yerevan"),
           ("Komitas Ave", "0012", "Yerevan"), ("Vardanants St", "3101", "Gyumri")],
    "MY": [("Jalan Bukit Bintang", "55100", "Kuala Lumpur", "Wilayah Persekutuan"), ("Jalan SS 2/24", "47300", "Petaling Jaya", "Selangor"),
           ("Lebuh Chulia", "10200", "George Town", "Pulau Pinang"), ("Jalan Tun Razak", "50400", "Kuala Lumpur", "Wilayah Persekutuan"),
           ("Jalan Wong Ah Fook", "80000", "Johor Bahru", "Johor")],
    "LK": [("Galle Road", "00300", "Colombo 03"), ("Duplication Road", "00400", "Colombo 04"), ("Peradeniya Road", "20000", "Kandy"),
           ("Temple Road", "10250", "Nugegoda"), ("Station Road", "80000", "Galle")],
    "NP": [("Thamel Marg", "44600", "Kathmandu"), ("Jhamsikhel Road", "44700", "Lalitpur"), ("Lakeside Road", "33700", "Pokhara"),
           ("Baluwatar Marg", "44616", "Kathmandu")],
    "MN": [("Peace Avenue", "14240", "Ulaanbaatar"), ("Seoul Street", "14251", "Ulaanbaatar"), ("Chinggis Avenue", "17011", "Ulaanbaatar")],
    "KZ": [("пр. Абая", "050000", "Алматы"), ("ул. Кенесары", "010000", "Астана"), ("ул. Толе би", "050012", "Алматы"),
           ("пр. Назарбаева", "050004", "Алматы")],
    "GH": [("Oxford Street", "GA-123-4567", "Osu, Accra"), ("Ring Road East", "GA-077-1290", "Accra"), ("Prempeh II Street", "AK-039-5028", "Kumasi"),
           ("Liberation Road", "GA-184-2333", "Airport Residential, Accra")],
    "CO": [("Calle", "Bogotá, D.C."), ("Carrera", "Medellín, Antioquia"), ("Avenida Calle", "Bogotá, D.C."), ("Calle", "Cali, Valle del Cauca"),
           ("Carrera", "Barranquilla, Atlántico")],
    "CL": [("Av. Providencia", "7500000", "Providencia", "Santiago"), ("Av. Apoquindo", "7550000", "Las Condes", "Santiago"),
           ("Calle Prat", "2340000", "Valparaíso", "Valparaíso"), ("José Miguel Carrera", "4030000", "Concepción", "Biobío"),
           ("Av. Irarrázaval", "7750000", "Ñuñoa", "Santiago")],
    "MT": [("Triq il-Merkanti", "VLT 1175", "Il-Belt Valletta"), ("Triq it-Torri", "SLM 1605", "Tas-Sliema"), ("Triq San Ġorġ", "STJ 3208", "San Ġiljan"),
           ("Triq il-Kbira", "MST 1450", "Il-Mosta"), ("Triq ir-Repubblika", "VCT 1012", "Victoria, Għawdex")],
    "LU": [("rue de la Gare", "L-1611", "Luxembourg"), ("avenue de la Liberté", "L-1930", "Luxembourg"), ("rue de l'Alzette", "L-4010", "Esch-sur-Alzette"),
           ("route d'Arlon", "L-8009", "Strassen"), ("Grand-Rue", "L-9050", "Ettelbruck")],
    "CY": [("Makariou III Avenue", "1065", "Nicosia"), ("Archbishop Kyprianou Street", "3036", "Limassol"), ("Ermou Street", "6021", "Larnaca"),
           ("Apostolou Pavlou Avenue", "8046", "Paphos")],
    "GR": [("Ερμού", "105 63", "Αθήνα"), ("Τσιμισκή", "546 24", "Θεσσαλονίκη"), ("Πατησίων", "104 34", "Αθήνα"), ("Ermou", "105 63", "Athens"),
           ("Tsimiski", "546 24", "Thessaloniki")],
    "MA": [("Rue Ibn Batouta", "20250", "Casablanca"), ("Boulevard Mohammed V", "10000", "Rabat"), ("Avenue Hassan II", "90000", "Tanger"),
           ("Rue de la Liberté", "40000", "Marrakech")],
    "KR": [("Teheran-ro", "Gangnam-gu", "Seoul", "06236"), ("Sejong-daero", "Jung-gu", "Seoul", "04519"), ("Haeundae-ro", "Haeundae-gu", "Busan", "48099"),
           ("Olympic-ro", "Songpa-gu", "Seoul", "05551")],
    "TW": [("Zhongxiao E. Rd., Sec. 4", "Da'an Dist.", "Taipei City", "106"), ("Xinyi Rd., Sec. 5", "Xinyi Dist.", "Taipei City", "110"),
           ("Minsheng Rd.", "West Central Dist.", "Tainan City", "700"), ("Wenxin Rd., Sec. 2", "Xitun Dist.", "Taichung City", "407")],
    "US": [("Maple Crest Dr", "Boise", "ID", "83702"), ("Sycamore Ln", "Raleigh", "NC", "27609"), ("W Cermak Rd", "Chicago", "IL", "60608"),
           ("Old Mill Rd", "Nashua", "NH", "03062"), ("Alameda Ave", "Albuquerque", "NM", "87104"), ("Prospect St", "Burlington", "VT", "05401")],
    "GB": [("Pinfold Lane", "Halifax", "HX2 7PJ"), ("Cathedral Road", "Cardiff", "CF11 9LJ"), ("Gorgie Road", "Edinburgh", "EH11 2LA"),
           ("Whiteladies Road", "Bristol", "BS8 2PH"), ("Wellington Street", "Leeds", "LS1 4DL")],
    "DE": [("Lindenallee", "50968", "Köln"), ("Sielwall", "28203", "Bremen"), ("Gutenbergstraße", "70176", "Stuttgart"),
           ("Am Wehrhahn", "40211", "Düsseldorf"), ("Kieler Straße", "24143", "Kiel")],
    "FR": [("rue des Tanneurs", "67000", "Strasbourg"), ("quai de la Fosse", "44000", "Nantes"), ("cours Julien", "13006", "Marseille"),
           ("rue Sainte-Catherine", "33000", "Bordeaux")],
    "ES": [("Calle de Alcalá", "28009", "Madrid"), ("Carrer de Mallorca", "08029", "Barcelona"), ("Calle Larios", "29005", "Málaga"),
           ("Avenida de la Constitución", "41004", "Sevilla")],
    "IT": [("Via Garibaldi", "10122", "Torino", "TO"), ("Corso Buenos Aires", "20124", "Milano", "MI"), ("Via dei Mille", "80121", "Napoli", "NA"),
           ("Via Zamboni", "40126", "Bologna", "BO")],
    "PL": [("ul. Piotrkowska", "90-410", "Łódź"), ("ul. Długa", "80-827", "Gdańsk"), ("ul. Mikołajska", "31-027", "Kraków"),
           ("al. Jerozolimskie", "00-697", "Warszawa")],
    "NL": [("Oudegracht", "3511 AR", "Utrecht"), ("Witte de Withstraat", "3012 BP", "Rotterdam"), ("Grote Markt", "9711 LV", "Groningen")],
    "PT": [("Rua de Santa Catarina", "4000-447", "Porto"), ("Avenida da Liberdade", "1250-140", "Lisboa"), ("Rua Ferreira Borges", "3000-180", "Coimbra")],
}
ADDR_CCS = sorted(ADDR9)


def addr(cc, multi=False, country=False):
    e = ch(ADDR9[cc])
    n = _h()
    nl = "\n" if multi else ", "
    if cc in ("EE",):
        lines = ["%s %s%s" % (e[0], n, ch(["", "-" + _h(1, 40)])), "%s %s" % (e[1], e[2])]
        cn = "Estonia"
    elif cc == "LV":
        lines = ["%s %s-%s" % (e[0], n, _h(1, 60)), "%s, %s" % (e[2], e[1])]
        cn = "Latvia"
    elif cc == "LT":
        lines = ["%s %s-%s" % (e[0], n, _h(1, 40)), "%s %s" % (e[1], e[2])]
        cn = "Lithuania"
    elif cc in ("SK", "SI", "HR", "RS"):
        lines = ["%s %s" % (e[0], n + ch(["", "", "/" + _h(1, 9) if cc == "SK" else "a" if cc in ("SI", "HR") else "/" + _h(2, 9)])), "%s %s" % (e[1], e[2])]
        cn = {"SK": "Slovakia", "SI": "Slovenia", "HR": "Croatia", "RS": "Serbia"}[cc]
    elif cc == "BG":
        lines = ["%s %s, ет. %d, ап. %d" % (e[0], n, ri(1, 8), ri(1, 30)), "%s %s" % (e[1], e[2])]
        cn = "България"
    elif cc == "AL":
        lines = ["%s, Nr. %s" % (e[0], n), "%s %s" % (e[1], e[2])]
        cn = "Albania"
    elif cc == "GE":
        lines = ["%s %s" % (n, e[0]), "%s %s" % (e[2], e[1])]
        cn = "Georgia"
    elif cc == "AM":
        lines = ["%s %s, Apt %d" % (n, e[0], ri(1, 60)), "%s %s" % (e[2], e[1])]
        cn = "Armenia"
    elif cc == "MY":
        lines = ["No. %s, %s" % (n, e[0]), "%s %s" % (e[1], e[2]), e[3]] if e[3] != "Wilayah Persekutuan" or chance(0.5) else \
            ["No. %s, %s" % (n, e[0]), "%s %s" % (e[1], e[2])]
        cn = "Malaysia"
    elif cc == "LK":
        lines = ["No. %s%s, %s" % (n, ch(["", "/1", "/A"]), e[0]), e[2] + ch(["", " " + e[1]])]
        cn = "Sri Lanka"
    elif cc == "NP":
        lines = ["House No. %s, %s" % (n, e[0]), "%s %s" % (e[2], e[1])]
        cn = "Nepal"
    elif cc == "MN":
        lines = ["Apartment %d, Building %s, %s" % (ri(1, 90), n, e[0]), "%s %s" % (e[2], e[1])]
        cn = "Mongolia"
    elif cc == "KZ":
        lines = ["%s, %s, кв. %d" % (e[0], n, ri(1, 120)), "%s %s" % (e[2], e[1])]
        cn = "Казахстан"
    elif cc == "GH":
        lines = ["House No. %s, %s" % (n, e[0]), e[2], e[1]] if chance(0.4) else ["%s %s, %s" % (n, e[0], e[2]), e[1]]
        cn = "Ghana"
    elif cc == "CO":
        lines = ["%s %d # %d-%02d%s" % (e[0], ri(10, 140), ri(5, 90), ri(1, 99), ch(["", ", Apto %d" % ri(101, 1204), ", Casa %d" % ri(1, 40)])), e[1]]
        cn = "Colombia"
    elif cc == "CL":
        lines = ["%s %d%s" % (e[0], ri(100, 3200), ch(["", ", depto. %d" % ri(11, 1804)])), "%s %s" % (e[1], e[2]) if chance(0.5) else "%s, %s" % (e[2], e[3])]
        cn = "Chile"
    elif cc == "MT":
        lines = ["%s, %s" % (ch(["Flat %d, %s" % (ri(1, 9), n), n]), e[0]), "%s %s" % (e[2], e[1])]
        cn = "Malta"
    elif cc == "LU":
        lines = ["%s, %s" % (n, e[0]), "%s %s" % (e[1], e[2])]
        cn = "Luxembourg"
    elif cc == "CY":
        lines = ["%s %s, Flat %d" % (e[0], n, ri(101, 504)), "%s %s" % (e[1], e[2])]
        cn = "Cyprus"
    elif cc == "GR":
        lines = ["%s %s" % (e[0], n), "%s %s" % (e[1], e[2])]
        cn = "Ελλάδα" if e[0][0] > "z" else "Greece"
    elif cc == "MA":
        lines = ["%s, %s, Appt %d" % (n, e[0], ri(1, 20)), "%s %s" % (e[1], e[2])]
        cn = "Maroc"
    elif cc == "KR":
        lines = ["%s %s, %d-dong %d-ho" % (n, e[0], ri(101, 120), ri(101, 1505)), "%s, %s %s" % (e[1], e[2], e[3])]
        cn = "South Korea"
    elif cc == "TW":
        lines = ["%dF., No. %s, %s" % (ri(2, 15), n, e[0]), "%s, %s %s" % (e[1], e[2], e[3])]
        cn = "Taiwan (R.O.C.)"
    elif cc == "US":
        lines = ["%d %s%s" % (ri(100, 9800), e[0], ch(["", " Apt %d" % ri(1, 40), " Unit %s" % ch("ABCD")])), "%s, %s %s" % (e[1], e[2], e[3])]
        cn = "USA"
    elif cc == "GB":
        lines = ["%s %s" % (n, e[0]), e[1], e[2]]
        cn = "United Kingdom"
    elif cc == "DE":
        lines = ["%s %s" % (e[0], n + ch(["", "", "a"])), "%s %s" % (e[1], e[2])]
        cn = "Deutschland"
    elif cc == "FR":
        lines = ["%s%s %s" % (n, ch(["", " bis", " ter"]), e[0]), "%s %s" % (e[1], e[2].upper() if multi else e[2])]
        cn = "France"
    elif cc == "ES":
        lines = ["%s, %s, %dº %s" % (e[0], n, ri(1, 9), ch("ABCD")), "%s %s" % (e[1], e[2])]
        cn = "España"
    elif cc == "IT":
        lines = ["%s %s" % (e[0], n), "%s %s (%s)" % (e[1], e[2], e[3])]
        cn = "Italia"
    elif cc == "PL":
        lines = ["%s %s m. %d" % (e[0], n, ri(1, 60)), "%s %s" % (e[1], e[2])]
        cn = "Polska"
    elif cc == "NL":
        lines = ["%s %s" % (e[0], n), "%s %s" % (e[1], e[2])]
        cn = "Nederland"
    elif cc == "PT":
        lines = ["%s, %s, %dº %s" % (e[0], n, ri(1, 8), ch(["Esq.", "Dto.", "Frt."])), "%s %s" % (e[1], e[2])]
        cn = "Portugal"
    else:
        raise KeyError(cc)
    if country:
        lines.append(cn)
    return nl.join(lines)


def AD(cc, multi=False, country=False):
    return L("address", addr(cc, multi, country), sub=cc)


# ---------------------------------------------------------------- dates of birth
MONTHS9 = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "et": ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober", "november", "detsember"],
    "lv": ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī", "oktobrī", "novembrī", "decembrī"],
    "lt": ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"],
    "sk": ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra", "novembra", "decembra"],
    "sl": ["januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra", "oktobra", "novembra", "decembra"],
    "hr": ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada", "studenoga", "prosinca"],
    "bg": ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември", "декември"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "ca": ["de gener", "de febrer", "de març", "d'abril", "de maig", "de juny", "de juliol", "d'agost", "de setembre", "d'octubre", "de novembre", "de desembre"],
    "ms": ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November", "Disember"],
    "sq": ["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor", "dhjetor"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "mt": ["Jannar", "Frar", "Marzu", "April", "Mejju", "Ġunju", "Lulju", "Awwissu", "Settembru", "Ottubru", "Novembru", "Diċembru"],
}


class D:
    """A random birth date."""

    def __init__(self, y0=1942, y1=2012):
        self.y = ri(y0, y1)
        self.m = ri(1, 12)
        self.d = ri(1, 28)

    def fmt(self, style):
        y, m, d = self.y, self.m, self.d
        if style == "dmy.":
            return "%02d.%02d.%d" % (d, m, y)
        if style == "dmy. ":
            return "%d. %d. %d" % (d, m, y)
        if style == "dmy/":
            return "%02d/%02d/%d" % (d, m, y)
        if style == "mdy/":
            return "%02d/%02d/%d" % (m, d, y)
        if style == "iso":
            return "%d-%02d-%02d" % (y, m, d)
        if style == "ymd.":
            return "%d.%02d.%02d" % (y, m, d)
        if style == "ymd/":
            return "%d/%02d/%02d" % (y, m, d)
        if style == "dmy-":
            return "%02d-%02d-%d" % (d, m, y)
        if style == "dmon":
            return "%02d-%s-%d" % (d, MONTHS9["en"][m - 1][:3].upper(), y)
        if style == "en":
            return "%d %s %d" % (d, MONTHS9["en"][m - 1], y)
        if style == "us":
            return "%s %d, %d" % (MONTHS9["en"][m - 1], d, y)
        if style == "et":
            return "%d. %s %d" % (d, MONTHS9["et"][m - 1], y)
        if style == "lv":
            return "%d. gada %d. %s" % (y, d, MONTHS9["lv"][m - 1])
        if style == "lt":
            return "%d m. %s %d d." % (y, MONTHS9["lt"][m - 1], d)
        if style in ("sk", "sl"):
            return "%d. %s %d" % (d, MONTHS9[style][m - 1], y)
        if style == "hr":
            return "%d. %s %d." % (d, MONTHS9["hr"][m - 1], y)
        if style == "bg":
            return "%d %s %d г." % (d, MONTHS9["bg"][m - 1], y)
        if style == "el":
            return "%d %s %d" % (d, MONTHS9["el"][m - 1], y)
        if style == "ca":
            return "%d %s de %d" % (d, MONTHS9["ca"][m - 1], y)
        if style in ("ms", "sq", "mt"):
            return "%d %s %d" % (d, MONTHS9[style][m - 1], y)
        if style == "es":
            return "%d de %s de %d" % (d, MONTHS9["es"][m - 1], y)
        if style == "fr":
            return "%d %s %d" % (d, MONTHS9["fr"][m - 1], y)
        if style == "de":
            return "%d. %s %d" % (d, MONTHS9["de"][m - 1], y)
        if style == "ko":
            return "%d년 %d월 %d일" % (y, m, d)
        if style == "zh":
            return "%d年%d月%d日" % (y, m, d)
        raise KeyError(style)


def DOB(style, d=None):
    d = d or D()
    return L("dob", d.fmt(style), sub=style)


def nondate(style="dmy.", y0=2019, y1=2026):
    return D(y0, y1).fmt(style)


# ---------------------------------------------------------------- national ids
# Each with its real check algorithm; GOV_CHECK re-verifies them by sub.

def mod11_10(s):
    """ISO 7064 MOD 11,10 check digit (Croatian OIB)."""
    p = 10
    for c in s:
        t = (int(c) + p) % 10 or 10
        p = (2 * t) % 11
    return str((11 - p) % 10)


def ee_ik(d, g):
    """Estonian isikukood / Lithuanian asmens kodas: G YYMMDD SSS C."""
    first = {(19, "m"): "3", (19, "f"): "4", (20, "m"): "5", (20, "f"): "6"}[(d.y // 100, g)]
    while True:
        body = "%s%02d%02d%02d%03d" % (first, d.y % 100, d.m, d.d, ri(0, 999))
        if ee_ik_digit(body) is not None:
            return body + ee_ik_digit(body)


def ee_ik_digit(b):
    s = sum(int(c) * w for c, w in zip(b, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1])) % 11
    if s == 10:
        s = sum(int(c) * w for c, w in zip(b, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3])) % 11
        if s == 10:
            s = 0
    return str(s)


def lv_pk(d):
    """Latvian personas kods (old form DDMMYY-CNNNK)."""
    while True:
        b = "%02d%02d%02d%d%03d" % (d.d, d.m, d.y % 100, 1 if d.y < 2000 else 2, ri(0, 999))
        k = lv_pk_digit(b)
        if k is not None:
            return b[:6] + "-" + b[6:] + k


def lv_pk_digit(b):
    k = (1101 - sum(int(c) * w for c, w in zip(b, [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]))) % 11
    return None if k == 10 else str(k)


def oib():
    b = str(ri(1, 9)) + dig(9)
    return b + mod11_10(b)


def emso(d, region, g):
    """Slovenian EMŠO / Serbian JMBG: DDMMYYY RR BBB K."""
    while True:
        bbb = ri(0, 499) if g == "m" else ri(500, 999)
        b = "%02d%02d%03d%02d%03d" % (d.d, d.m, d.y % 1000, region, bbb)
        k = emso_digit(b)
        if k is not None:
            return b + k


def emso_digit(b):
    w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k = 11 - sum(int(c) * x for c, x in zip(b, w)) % 11
    if k == 11:
        k = 0
    return None if k == 10 else str(k)


def egn(d, g):
    """Bulgarian EGN: YYMMDD (month +40 after 1999) + 3 digits (9th even male) + check."""
    mm = d.m + (40 if d.y >= 2000 else 0)
    while True:
        r3 = ri(0, 999)
        if (r3 % 2 == 0) != (g == "m"):
            continue
        b = "%02d%02d%02d%03d" % (d.y % 100, mm, d.d, r3)
        return b + egn_digit(b)


def egn_digit(b):
    s = sum(int(c) * w for c, w in zip(b, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
    return "0" if s == 10 else str(s)


def amka(d):
    """Greek AMKA: DDMMYY + 4 digits + Luhn."""
    return luhn_complete("%02d%02d%02d%04d" % (d.d, d.m, d.y % 100, ri(0, 9999)))


def rut():
    n = ri(5000000, 25999999)
    return "{:,}".format(n).replace(",", ".") + "-" + rut_dv(str(n))


def rut_dv(s):
    t, w = 0, 2
    for c in reversed(s):
        t += int(c) * w
        w = 2 if w == 7 else w + 1
    v = 11 - t % 11
    return {11: "0", 10: "K"}.get(v, str(v))


def rrn(d, g):
    """Korean resident registration number (pre-2020 form with check digit)."""
    gd = {(19, "m"): 1, (19, "f"): 2, (20, "m"): 3, (20, "f"): 4}[(d.y // 100, g)]
    b = "%02d%02d%02d%d%05d" % (d.y % 100, d.m, d.d, gd, ri(0, 99999))
    return b[:6] + "-" + b[6:] + rrn_digit(b)


def rrn_digit(b):
    return str((11 - sum(int(c) * w for c, w in zip(b, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 11) % 10)


TW_LETTER = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def tw_id(g):
    letter = ch("ABCDEFHKNPRST")
    b = letter + ("1" if g == "m" else "2") + dig(7)
    for c in "0123456789":
        if tw_ok(b + c):
            return b + c


def tw_ok(s):
    n = TW_LETTER[s[0]]
    t = n // 10 + (n % 10) * 9 + sum(int(c) * w for c, w in zip(s[1:], [8, 7, 6, 5, 4, 3, 2, 1, 1]))
    return t % 10 == 0


def nif_pt():
    b = ch("123") + dig(7)
    return b + nif_pt_digit(b)


def nif_pt_digit(b):
    k = 11 - sum(int(c) * (9 - i) for i, c in enumerate(b)) % 11
    return "0" if k >= 10 else str(k)


def mykad(d, g):
    last = ch("13579" if g == "m" else "02468")
    return "%02d%02d%02d-%s-%03d%s" % (d.y % 100, d.m, d.d, ch(["14", "10", "07", "01", "08", "12"]), ri(0, 999), last)


def _digits_of(v):
    return re.sub(r"[^0-9A-Z]", "", v.upper())


GOV_CHECK = {
    "ee_isikukood": lambda v: len(v) == 11 and ee_ik_digit(v[:10]) == v[10],
    "lt_asmens_kodas": lambda v: len(v) == 11 and ee_ik_digit(v[:10]) == v[10],
    "lv_personas_kods": lambda v: len(_digits_of(v)) == 11 and lv_pk_digit(_digits_of(v)[:10]) == _digits_of(v)[10],
    "hr_oib": lambda v: len(v) == 11 and mod11_10(v[:10]) == v[10],
    "si_emso": lambda v: len(v) == 13 and emso_digit(v[:12]) == v[12],
    "rs_jmbg": lambda v: len(v) == 13 and emso_digit(v[:12]) == v[12],
    "bg_egn": lambda v: len(v) == 10 and egn_digit(v[:9]) == v[9],
    "gr_amka": lambda v: len(v) == 11 and luhn_ok(v),
    "cl_rut": lambda v: rut_dv(_digits_of(v)[:-1]) == _digits_of(v)[-1],
    "kr_rrn": lambda v: len(_digits_of(v)) == 13 and rrn_digit(_digits_of(v)[:12]) == _digits_of(v)[12],
    "tw_id": lambda v: tw_ok(v),
    "pt_nif": lambda v: len(_digits_of(v)) == 9 and nif_pt_digit(_digits_of(v)[:8]) == _digits_of(v)[8],
    "my_mykad": lambda v: re.fullmatch(r"\d{6}-\d{2}-\d{4}", v) is not None,
    "us_ssn": lambda v: len(_digits_of(v)) == 9 and ssn_valid(int(_digits_of(v)[:3]), int(_digits_of(v)[3:5]), int(_digits_of(v)[5:])),
    "uk_nino": lambda v: re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", _digits_of(v)) is not None and _digits_of(v)[:2] not in NINO_BAD_PREFIX,
    "de_steuer_id": lambda v: steuerid_ok(_digits_of(v)),
    "fr_nir": lambda v: nir_ok(_digits_of(v)[:13], _digits_of(v)[13:]),
    "es_dni": lambda v: DNI_LETTERS[int(_digits_of(v)[:8]) % 23] == _digits_of(v)[8],
    "es_nie": lambda v: nie_ok(_digits_of(v)),
    "nl_bsn": lambda v: bsn_ok(_digits_of(v)),
    "in_aadhaar": lambda v: verhoeff_ok(_digits_of(v)),
    "br_cpf": lambda v: cpf_ok(_digits_of(v)),
    "passport": lambda v: True,
}


def G(sub, value):
    assert GOV_CHECK[sub](value), (sub, value)
    return L("gov_id", value, sub=sub)


# ---------------------------------------------------------------- IBAN, cards
# Registry entries for countries corpuslib's table lacks (SWIFT IBAN registry).
IBAN_EXTRA = {"GE": ("2a16n", 22), "AL": ("8n16c", 28), "RS": ("3n13n2n", 22), "KZ": ("3n13c", 20)}


def iban9(cc):
    if cc in IBAN_EXTRA:
        spec = IBAN_EXTRA[cc][0]
        bban = ""
        for n, k in re.findall(r"(\d+)([nac])", spec):
            alpha = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits * 8 + string.ascii_uppercase}[k]
            bban += "".join(R.choice(alpha) for _ in range(int(n)))
        return iban_make(cc, bban)
    return iban_random(R, cc)


def iban_len(cc):
    return IBAN_EXTRA[cc][1] if cc in IBAN_EXTRA else IBAN_LEN[cc]


def IB(cc, style=None):
    v = iban9(cc)
    style = style or ch(["g", "g", "g", "c", "gl"])
    if style == "g":
        v = group(v)
    elif style == "gl":
        v = group(v).lower() if chance(0.3) else group(v, 4, "\u00a0")
    return L("iban", v, sub=cc)


def CARD(issuer=None, style=None):
    issuer = issuer or ch(["visa", "visa", "mastercard", "mastercard2", "amex", "maestro", "jcb", "unionpay", "discover", "diners"])
    n = card_random(R, issuer)
    style = style or ch(["s", "s", "c", "d"])
    gs = card_grouping(len(n))
    if style == "s":
        v = " ".join(split_groups(n, gs))
    elif style == "d":
        v = "-".join(split_groups(n, gs))
    else:
        v = n
    return L("card", v, sub=issuer)


def masked_card():
    return ch(["**** **** **** %s", "XXXX-XXXX-XXXX-%s", "•••• %s", "************%s", "ending in %s"]) % dig(4)


# ---------------------------------------------------------------- secrets
BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


def b64u(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).rstrip(b"=").decode()


def sec9(kind):
    if kind == "gcloud_token":
        return "ya29.a0" + rnd(R, URLSAFE, ri(150, 200))
    if kind == "aws_session_token":
        return "IQoJb3JpZ2luX2Vj" + rnd(R, B64, ri(280, 340)) + "="
    if kind == "vault_token":
        return "hvs." + rnd(R, ALNUM, 24) if chance(0.4) else "hvs.CAESI" + rnd(R, URLSAFE, 86)
    if kind == "shopify":
        return ch(["shpat_", "shpss_", "shpca_"]) + rnd(R, HEX, 32)
    if kind == "postman":
        return "PMAK-" + rnd(R, HEX, 24) + "-" + rnd(R, HEX, 34)
    if kind == "notion":
        return "secret_" + rnd(R, ALNUM, 43)
    if kind == "linear":
        return "lin_api_" + rnd(R, ALNUM, 40)
    if kind == "doppler":
        return "dp.st." + ch(["prd", "dev", "stg"]) + "." + rnd(R, ALNUM, 40)
    if kind == "newrelic":
        return "NRAK-" + rnd(R, string.ascii_uppercase + string.digits, 27)
    if kind == "datadog":
        return rnd(R, HEX, 32)
    if kind == "age":
        return "AGE-SECRET-KEY-1" + rnd(R, BECH, 58)
    if kind == "tailscale":
        return "tskey-auth-k" + rnd(R, ALNUM, 10) + "CNTRL-" + rnd(R, ALNUM, 33)
    if kind == "stripe_whsec":
        return "whsec_" + rnd(R, ALNUM, 32)
    if kind == "grafana":
        return "glsa_" + rnd(R, ALNUM, 32) + "_" + rnd(R, HEX, 8)
    if kind == "pulumi":
        return "pul-" + rnd(R, HEX, 40)
    if kind == "tfc":
        return rnd(R, ALNUM, 14) + ".atlasv1." + rnd(R, ALNUM, 67)
    if kind == "cloudflare":
        return rnd(R, URLSAFE, 40)
    if kind == "sentry":
        return "sntryu_" + rnd(R, HEX, 64)
    if kind == "mapbox":
        return "sk." + b64u({"u": rnd(R, string.ascii_lowercase, 8), "a": rnd(R, ALNUM, 25)}) + "." + rnd(R, URLSAFE, 22)
    if kind == "discord":
        return base64.b64encode(str(ri(10 ** 17, 10 ** 18)).encode()).decode().rstrip("=") + "." + rnd(R, URLSAFE, 6) + "." + rnd(R, URLSAFE, 38)
    if kind == "cargo":
        return "cio" + rnd(R, ALNUM, 32)
    if kind == "rubygems":
        return "rubygems_" + rnd(R, HEX, 48)
    if kind == "nuget":
        return "oy2" + rnd(R, string.ascii_lowercase + string.digits, 43)
    if kind == "twilio_auth":
        return rnd(R, HEX, 32)
    if kind == "password":
        w = ch(["Kalev", "Vltava", "Daugava", "Tatra", "Jadran", "Sava", "Olimp", "Ararat", "Kazbek", "Andes", "Merkanti", "Altai",
                "Baobab", "Cordillera", "Hallstatt", "Triglav", "Rila", "Kilimanjaro", "Zagros", "Gobi"])
        return w + ch(["!", "#", "@", "*", "+", "?", "$", "_", "."]) + str(ri(10, 9999)) + ch(["", "x", "Z", "!", "kk"])
    if kind == "passphrase":
        return "-".join(ch(["ruddy", "gravel", "lantern", "oyster", "mango", "velvet", "tundra", "pylon", "cobalt", "fjord", "quince", "meadow"]) for _ in range(4)) + str(ri(1, 99))
    return secret_random(R, kind)


def S(kind):
    return L("secret", sec9(kind), sub=kind)


# ---------------------------------------------------------------- IPs
PUB_FIRST = [5, 31, 37, 46, 62, 77, 78, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 93, 94, 95, 109, 141, 145, 151,
             176, 178, 185, 188, 193, 194, 195, 212, 213, 217]


def ip4(kind="pub"):
    if kind == "pub":
        return "%d.%d.%d.%d" % (ch(PUB_FIRST), ri(0, 255), ri(0, 255), ri(1, 254))
    if kind == "10":
        return "10.%d.%d.%d" % (ri(0, 255), ri(0, 255), ri(2, 254))
    if kind == "172":
        return "172.%d.%d.%d" % (ri(16, 31), ri(0, 255), ri(2, 254))
    if kind == "192":
        return "192.168.%d.%d" % (ri(0, 200), ri(2, 254))
    if kind == "priv":
        return ip4(ch(["10", "172", "192"]))
    raise KeyError(kind)


def ip6(kind="pub"):
    if kind == "pub":
        pre = ch(["2a02:810d", "2a01:4f8", "2001:470", "2a00:1450", "2600:1f18", "2a03:2880", "2406:da18", "2c0f:fb50"])
    else:
        pre = "fd%02x:%x" % (ri(0, 255), ri(0x100, 0xffff))
    if chance(0.5):
        return pre + ":" + ":".join("%x" % ri(0, 0xffff) for _ in range(6))
    return pre + ":%x::%x" % (ri(1, 0xffff), ri(1, 0xffff))


def IP(kind="pub", v6=False):
    v = ip6(kind if kind in ("pub", "ula") else "pub") if v6 else ip4(kind)
    sub = ("ipv6" if v6 else "ipv4") + ("" if kind == "pub" else "_private")
    return L("ip", v, sub=sub)


# ---------------------------------------------------------------- hard negatives
def uuid4():
    h = rnd(R, HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], ch("89ab"), h[17:20], h[20:32])


def sha(n=40):
    return rnd(R, HEX, n)


def ver():
    return "%d.%d.%d" % (ri(0, 9), ri(0, 30), ri(0, 40))


def money(lang):
    a, c = ri(3, 9999), ri(0, 99)
    if lang in ("de", "sk", "sl", "hr", "sr", "lt", "lv", "et", "bg", "el", "es", "it", "pt", "nl", "ca", "sq", "mt"):
        s = "{:,}".format(a).replace(",", ".") + ",%02d" % c
        cur = {"bg": "лв.", "sr": "RSD", "sq": "lekë", "hr": "€"}.get(lang, "€")
        return "%s %s" % (s, cur)
    if lang in ("fr", "lb"):
        return "{:,}".format(a).replace(",", "\u202f") + ",%02d €" % c
    if lang == "ko":
        return "₩{:,}".format(a * 1000)
    if lang == "ms":
        return "RM {:,}.{:02d}".format(a, c)
    return "{:,}.{:02d}".format(a, c)


def ts(y=2025):
    return "%d-%02d-%02dT%02d:%02d:%02dZ" % (y, ri(1, 12), ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59))


def hms():
    return "%02d:%02d:%02d" % (ri(0, 23), ri(0, 59), ri(0, 59))


# Moroccan names (hand-written), used in MA documents
NAMES["ma"] = (["Youssef", "Hamza", "Anas", "Othmane", "Ayoub", "Soufiane"],
               ["Salma", "Khadija", "Imane", "Houda", "Meryem", "Ghizlane"],
               ["El Amrani", "Benali", "Bennani", "Tazi", "Alaoui", "El Idrissi", "Berrada", "Chraibi"], None)
DOMAINS["ma"] = ["gmail.com", "menara.ma"]
ALL_CULTS = sorted(NAMES) + ["ms"]
GOV_CHECK["it_cf"] = lambda v: len(v) == 16 and cf_check(v[:15]) == v[15]


# ---------------------------------------------------------------- templates
TEMPLATES = []


def tpl(labelled=True):
    def deco(f):
        TEMPLATES.append((f.__name__, f, labelled))
        return f
    return deco


COUNTRY = {"EE": ("et", "et"), "LV": ("lv", "lv"), "LT": ("lt", "lt"), "SK": ("sk", "sk"), "SI": ("sl", "sl"),
           "HR": ("hr", "hr"), "RS": ("sr", "sr"), "BG": ("bg", "bg"), "AL": ("sq", "sq"), "GE": ("ka", "en"),
           "AM": ("hy", "en"), "MY": ("ms", "ms"), "LK": ("si", "en"), "NP": ("ne", "en"), "MN": ("mn", "en"),
           "KZ": ("kk", "ru"), "GH": ("gh", "en"), "CO": ("co", "es"), "CL": ("cl", "es"), "MT": ("mt", "en"),
           "LU": ("lb", "fr"), "CY": ("cy", "en"), "GR": ("cy", "el"), "MA": ("ma", "fr"), "KR": ("ko", "ko"),
           "TW": ("tw", "zh"), "US": ("us", "en"), "GB": ("en", "en"), "DE": ("de", "de"), "FR": ("fr", "fr"),
           "ES": ("es", "es"), "IT": ("it", "it"), "PL": ("pl", "pl"), "NL": ("nl", "nl"), "PT": ("pt", "pt")}
PHONE_CC = {c for c in COUNTRY if c in PHONES}


def pers(cc):
    return P(COUNTRY[cc][0])


def PN(p, form=None):
    return L("person", form or p.full, sub=p.cult)


def EM(p, dom=None):
    return L("email", p.email(dom))


def E(v):
    return L("email", v)


def ph_any(cc, **kw):
    return phone(cc if cc in PHONES else "GB", **kw)


# --- 1. Squid access log ---------------------------------------------------------------
@tpl()
def squid_log():
    lines, parts = [], []
    for _ in range(ri(3, 6)):
        t = "%d.%03d" % (ri(1735000000, 1767000000), ri(0, 999))
        cl = IP("priv") if chance(0.8) else IP("pub")
        dst = IP("pub")
        host = ch(["update.microsoft.com", "cdn.jsdelivr.net", "api.github.com", "fonts.gstatic.com", "pypi.org", "deb.debian.org"])
        code = ch(["TCP_MISS/200", "TCP_TUNNEL/200", "TCP_DENIED/403", "TCP_HIT/200", "TCP_REFRESH_MODIFIED/200"])
        meth = "CONNECT" if "TUNNEL" in code else "GET"
        url = host + ":443" if meth == "CONNECT" else "http://%s/%s" % (host, ch(["", "index.html", "simple/requests/", "v3/meta"]))
        parts += [t, "%6d " % ri(3, 9000), cl, " %s %d %s %s - HIER_DIRECT/" % (code, ri(300, 90000), meth, url), dst,
                  " " + ch(["text/html", "-", "application/json", "application/octet-stream"]) + "\n"]
    return "log", "en", ["# /var/log/squid/access.log (last lines)\n", parts]


# --- 2. ISC dhcpd.leases -------------------------------------------------------------------
@tpl()
def dhcpd_leases():
    parts = ["# dhcpd.leases on the office router; who is on which lease?\n"]
    for _ in range(ri(2, 3)):
        p = pers(ch(["EE", "LV", "SI", "GB", "DE", "HR"]))
        mac = ":".join("%02x" % ri(0, 255) for _ in range(6))
        parts += ["lease ", IP("priv"), " {\n  starts 3 %s;\n  ends 3 %s;\n  binding state active;\n  hardware ethernet " % (
            D(2025, 2026).fmt("ymd/") + " " + hms(), D(2025, 2026).fmt("ymd/") + " " + hms()),
            N(mac, "mac"), ";\n  uid \"\\001%s\";\n  client-hostname \"%s\";  # " % (
                "\\".join("%03o" % ri(0, 255) for _ in range(3)), ch(["LAPTOP-", "DESKTOP-", "iPad-", "NB"]) + rnd(R, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 7)),
            PN(p), ch([", 2nd floor", ", accounts", "", " (guest)"]), "\n}\n"]
    return "config", "en", parts


# --- 3. Asterisk CDR CSV -----------------------------------------------------------------------
@tpl()
def asterisk_cdr():
    cc = ch(["LV", "LT", "EE", "HR", "SK", "BG", "MT", "CY"])
    parts = ['"accountcode","src","dst","dcontext","clid","channel","dstchannel","lastapp","lastdata","start","answer","end","duration","billsec","disposition","amaflags","uniqueid"\n']
    for _ in range(ri(2, 4)):
        p = pers(cc)
        src = phone(cc, "e164")
        ext = str(ri(100, 450))
        st = "%s %s" % (D(2025, 2026).fmt("iso"), hms())
        parts += ['"","', src, '","%s","from-trunk","\\"' % ext, PN(p), '\\" <', phone(cc, ch(["e164", "nat"])), '>","PJSIP/trunk-%08x","PJSIP/%s-%08x","Dial","PJSIP/%s,30,tT","%s","%s","%s",%d,%d,"%s","DOCUMENTATION","%d.%d"\n' % (
            ri(0, 2 ** 31), ext, ri(0, 2 ** 31), ext, st, st, st, ri(5, 900), ri(0, 800), ch(["ANSWERED", "NO ANSWER", "BUSY"]), ri(1735000000, 1767000000), ri(1, 999))]
    return "csv", "en", parts


# --- 4. FreeRADIUS log ---------------------------------------------------------------------------
@tpl()
def radius_log():
    parts = []
    for _ in range(ri(2, 4)):
        p = pers(ch(["SK", "SI", "HR", "LT", "GB"]))
        user = ch(["emp", "stu", "u", "staff"]) + dig(ri(4, 6))
        when = "%s %s %d %s %d" % (ch(["Mon", "Tue", "Wed", "Thu", "Fri"]), ch(["Mar", "Apr", "Oct", "Nov"]), ri(1, 28), hms(), ch([2025, 2026]))
        mac = "-".join("%02X" % ri(0, 255) for _ in range(6))
        if chance(0.6):
            parts += [when, " : Auth: (%d) Login incorrect (pap: Cleartext password does not match \"known good\" password): [%s/" % (ri(100, 99999), user),
                      S("password"), "] (from client %s port %d cli " % (ch(["ap-lobby", "ap-floor2", "vpn-gw", "wlc-01"]), ri(0, 40)), N(mac, "mac"), ")\n"]
        else:
            parts += [when, " : Auth: (%d) Login OK: [%s] (from client vpn-gw port %d cli " % (ri(100, 99999), user, ri(0, 40)), IP("pub"), " via TLS tunnel) framed ip ", IP("10"), "\n"]
    p = pers("GB")
    return "log", "en", ["Hi, can you tell why these logins fail? Our admin ", PN(p, p.given), " enabled auth_badpass.\n\n", parts]


# --- 5. s3cmd .s3cfg -----------------------------------------------------------------------------
@tpl()
def s3cfg():
    p = pers(ch(["DE", "NL", "EE", "GB", "PL"]))
    return "config", "en", ["# ~/.s3cfg  (", PN(p), ", ", EM(p), ")\n[default]\naccess_key = ", S("aws_access_key_id"), "\nsecret_key = ",
                            S("aws_secret_access_key"), "\nbucket_location = eu-central-1\nhost_base = s3.amazonaws.com\nhost_bucket = %(bucket)s.s3.amazonaws.com\nuse_https = True\nsignature_v2 = False\n",
                            "gpg_passphrase = ", S("passphrase"), "\nmultipart_chunk_size_mb = 15\n"]


# --- 6. msmtprc ---------------------------------------------------------------------------------------
@tpl()
def msmtprc():
    p = pers(ch(["LT", "LV", "SI", "HR", "FR", "IT"]))
    em = p.email()
    return "config", "en", ["# ~/.msmtprc\ndefaults\nauth on\ntls on\ntls_trust_file /etc/ssl/certs/ca-certificates.crt\nlogfile ~/.msmtp.log\n\naccount personal\nhost smtp.%s\nport 587\nfrom " % em.split("@")[1],
                            E(em), "\nuser ", E(em), "\npassword ", S("password"), "\n\naccount default : personal\n"]


# --- 7. muttrc --------------------------------------------------------------------------------------------
@tpl()
def muttrc():
    p = pers(ch(["DE", "GB", "SK", "BG", "PL"]))
    em = p.email("posteo.de" if chance(0.5) else None)
    return "config", "en", ['set realname = "', PN(p), '"\nset from = "', E(em), '"\nset use_from = yes\nset imap_user = "', E(em),
                            '"\nset imap_pass = "', S("password"), '"\nset smtp_url = "smtps://', E(em), '@smtp.%s:465/"\nset smtp_pass = $imap_pass\nset folder = "imaps://imap.%s:993"\nset spoolfile = "+INBOX"\nset signature = "~/.mutt/sig"\n' % (em.split("@")[1], em.split("@")[1])]


# --- 8. my.cnf / odbc.ini -----------------------------------------------------------------------------------
@tpl()
def mycnf_odbc():
    if chance(0.5):
        return "config", "en", ["# ~/.my.cnf on the reporting box\n[client]\nuser = report_ro\npassword = \"", S("password"), "\"\nhost = ", IP("priv"),
                                "\nport = 3306\n\n[mysqldump]\nuser = backup\npassword = ", S("password"), "\nsingle-transaction\n"]
    return "config", "en", ["; /etc/odbc.ini\n[ERP_PROD]\nDriver = ODBC Driver 18 for SQL Server\nServer = tcp:", IP("priv"), ",1433\nDatabase = erp\nUID = svc_powerbi\nPWD = ",
                            S("password"), "\nEncrypt = yes\nTrustServerCertificate = no\n\n[ERP_TEST]\nDriver = ODBC Driver 18 for SQL Server\nServer = tcp:", IP("priv"), ",1433\nUID = svc_test\nPWD = ", S("password"), "\n"]


# --- 9. gradle.properties ----------------------------------------------------------------------------------
@tpl()
def gradle_props():
    p = pers(ch(["PL", "SK", "HR", "RS", "DE"]))
    return "config", "en", ["# gradle.properties (", N("do not commit!", "comment_warning"), ")\norg.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8\nandroid.useAndroidX=true\nsigning.keyId=",
                            N(rnd(R, "0123456789ABCDEF", 8), "gpg_key_id"), "\nsigning.password=", S("password"), "\nsigning.secretKeyRingFile=/home/builder/.gnupg/secring.gpg\nossrhUsername=",
                            N("ossrh-" + rnd(R, string.ascii_lowercase, 6), "service_user"), "\nossrhPassword=", S("password"), "\nRELEASE_STORE_PASSWORD=", S("password"), "\nPOM_DEVELOPER_NAME=", PN(p, p.first_last()),
                            "\nPOM_DEVELOPER_EMAIL=", EM(p), "\nVERSION_NAME=", N(ver(), "version"), "\n"]


# --- 10. package registry credentials ----------------------------------------------------------------------
@tpl()
def pkg_creds():
    k = ch(["cargo", "gem", "nuget", "yarn", "composer", "pip"])
    if k == "cargo":
        return "config", "en", ["# ~/.cargo/credentials.toml\n[registry]\ntoken = \"", S("cargo"), "\"\n\n[registries.internal]\ntoken = \"Bearer ", S("jwt"), "\"\n"]
    if k == "gem":
        return "config", "en", ["# ~/.gem/credentials\n---\n:rubygems_api_key: ", S("rubygems"), "\n:github: Bearer ", S("github_pat"), "\n"]
    if k == "nuget":
        p = pers(ch(["NL", "DE", "GB"]))
        return "config", "en", ['<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSourceCredentials>\n    <AzureArtifacts>\n      <add key="Username" value="', EM(p),
                                '" />\n      <add key="ClearTextPassword" value="', S("nuget"), '" />\n    </AzureArtifacts>\n  </packageSourceCredentials>\n  <apikeys>\n    <add key="https://www.nuget.org/api/v2" value="', S("nuget"), '" />\n  </apikeys>\n</configuration>\n']
    if k == "yarn":
        return "config", "en", ["# .yarnrc.yml\nnodeLinker: node-modules\nnpmScopes:\n  acme:\n    npmRegistryServer: \"https://npm.pkg.github.com\"\n    npmAlwaysAuth: true\n    npmAuthToken: \"", S("github_pat"),
                                "\"\nnpmRegistries:\n  \"https://registry.npmjs.org\":\n    npmAuthToken: ", S("npm_token"), "\nyarnPath: .yarn/releases/yarn-", N(ver(), "version"), ".cjs\n"]
    if k == "composer":
        p = pers(ch(["DE", "SI", "HR"]))
        return "code", "en", ['// auth.json next to composer.json\n{\n    "github-oauth": {\n        "github.com": "', S("github_pat"), '"\n    },\n    "http-basic": {\n        "repo.packagist.com": {\n            "username": "', EM(p),
                              '",\n            "password": "', S("hex32"), '"\n        }\n    },\n    "gitlab-token": {\n        "gitlab.com": "', S("gitlab_pat"), '"\n    }\n}\n']
    p = pers(ch(["LT", "LV", "EE"]))
    return "config", "en", ["# /etc/pip.conf  (set up by ", PN(p), ")\n[global]\nindex-url = https://ci-reader:", S("password"), "@nexus.internal.lan/repository/pypi/simple\ntrusted-host = nexus.internal.lan\ntimeout = 60\n"]


# --- 11. vault kv get --------------------------------------------------------------------------------------
@tpl()
def vault_kv():
    return "cli", "en", ["$ vault kv get secret/payments/prod\n======= Secret Path =======\nsecret/data/payments/prod\n\n======= Metadata =======\nKey                Value\n---                -----\ncreated_time       ",
                         N(ts(), "timestamp"), "\ncustom_metadata    <nil>\ndeletion_time      n/a\ndestroyed          false\nversion            %d\n\n========= Data =========\nKey                  Value\n---                  -----\ndb_password          " % ri(2, 40),
                         S("password"), "\nstripe_secret        ", S("stripe"), "\nstripe_webhook       ", S("stripe_whsec"), "\nsentry_token         ", S("sentry"), "\n\n$ export VAULT_TOKEN=", S("vault_token"), "\n"]


# --- 12. aws sts JSON ----------------------------------------------------------------------------------------
@tpl()
def aws_sts():
    acct = dig(12)
    return "cli", "en", ["$ aws sts assume-role --role-arn ", N("arn:aws:iam::%s:role/deploy" % acct, "arn"), " --role-session-name ci\n{\n    \"Credentials\": {\n        \"AccessKeyId\": \"",
                         L("secret", "ASIA" + rnd(R, B32, 16), sub="aws_access_key_id"), "\",\n        \"SecretAccessKey\": \"", S("aws_secret_access_key"), "\",\n        \"SessionToken\": \"", S("aws_session_token"),
                         "\",\n        \"Expiration\": \"", N(ts(2026), "timestamp"), "\"\n    },\n    \"AssumedRoleUser\": {\n        \"AssumedRoleId\": \"", N("AROA" + rnd(R, B32, 17) + ":ci", "role_id"),
                         "\",\n        \"Arn\": \"", N("arn:aws:sts::%s:assumed-role/deploy/ci" % acct, "arn"), "\"\n    }\n}\n"]


# --- 13. Firebase / gcloud -------------------------------------------------------------------------------------
@tpl()
def firebase_cfg():
    proj = ch(["kalev-shop", "tatra-rides", "sava-clinic", "ararat-tours", "rila-school"]) + "-" + dig(4)
    return "code", "en", ["// src/firebase.ts\nconst firebaseConfig = {\n  apiKey: \"", S("google_api_key"), "\",\n  authDomain: \"%s.firebaseapp.com\",\n  projectId: \"%s\",\n  storageBucket: \"%s.appspot.com\",\n  messagingSenderId: \"" % (proj, proj, proj),
                          N(dig(12), "sender_id"), "\",\n  appId: \"", N("1:%s:web:%s" % (dig(12), rnd(R, HEX, 22)), "firebase_app_id"), "\",\n  measurementId: \"", N("G-" + rnd(R, string.ascii_uppercase + string.digits, 10), "ga_id"),
                          "\"\n};\n// gcloud auth print-access-token gave me:\n// ", S("gcloud_token"), "\n"]


# --- 14. password manager CLI --------------------------------------------------------------------------------------
@tpl()
def op_item_get():
    p = pers(ch(["NL", "EE", "LV", "LU", "MT"]))
    cc = [k for k, v in COUNTRY.items() if v[0] == p.cult][0]
    return "cli", "en", ["$ op item get \"Bank login\" --vault Private\nID:          ", N(rnd(R, string.ascii_lowercase + string.digits, 26), "op_item_id"), "\nTitle:       Bank login\nVault:       Private (",
                         N(rnd(R, string.ascii_lowercase + string.digits, 26), "op_item_id"), ")\nCreated:     ", N("%d months ago" % ri(2, 30), "relative_time"),
                         "\nFields:\n  username:    ", EM(p), "\n  password:    ", S("password"), "\n  one-time password: ", N("otpauth://totp/Bank?secret=<redacted>", "placeholder"),
                         "\n  phone:       ", ph_any(cc, style="intl"), "\n  IBAN:        ", IB(cc if cc in ("NL", "EE", "LV", "LU", "MT") else "NL"), "\nURLs:\n  website:     https://ibank.example-bank.%s/login\n" % cc.lower()]


# --- 15. Etsy sold orders CSV --------------------------------------------------------------------------------------
@tpl()
def etsy_orders():
    parts = ["Sale Date,Order ID,Buyer,Full Name,Street,Ship City,Ship Zipcode,Ship Country,Order Value,Buyer Email\n"]
    for _ in range(ri(2, 4)):
        cc = ch(["US", "GB", "DE", "NL", "LU", "MT", "CY", "SI"])
        p = pers(cc)
        a = addr(cc, False).split(", ")
        user = ascii_fold(p.given).lower() + dig(3)
        parts += [N(D(2025, 2026).fmt("mdy/"), "order_date"), ",", N(str(ri(2800000000, 3400000000)), "order_id"), ",%s," % user, PN(p, p.first_last()), ",\"",
                  L("address", ", ".join(a), sub=cc), "\",,,,", N(money("en"), "amount"), ",", EM(p), "\n"]
    return "csv", "en", parts


# --- 16. Google Contacts CSV ----------------------------------------------------------------------------------------
@tpl()
def google_contacts():
    parts = ["Name,Given Name,Family Name,Birthday,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Address 1 - Formatted\n"]
    for _ in range(ri(2, 3)):
        cc = ch(["GE", "AM", "KZ", "LK", "NP", "MN", "GH", "MY", "CO", "CL"])
        p = pers(cc)
        parts += [PN(p, p.first_last()), ",", PN(p, p.given), ",", PN(p, p.sur), ",", DOB("iso") if chance(0.6) else "", ",* Home,", EM(p), ",Mobile,", ph_any(cc, style="intl"),
                  ",\"", L("address", addr(cc, True), sub=cc), "\"\n"]
    return "csv", "en", parts


# --- 17. HubSpot contacts export ---------------------------------------------------------------------------------------
@tpl()
def hubspot_export():
    parts = ["Record ID\tFirst Name\tLast Name\tEmail\tPhone Number\tDate of birth\tLifecycle Stage\tCreate Date\n"]
    for _ in range(ri(3, 5)):
        cc = ch(["HR", "RS", "BG", "AL", "SI", "SK", "GR", "CY"])
        p = pers(cc)
        parts += [N(dig(11), "crm_record_id"), "\t", PN(p, p.given), "\t", PN(p, p.sur), "\t", EM(p), "\t", ph_any(cc, style=ch(["intl", "e164"])), "\t",
                  DOB("iso") if chance(0.7) else "", "\t", ch(["Lead", "Subscriber", "Customer", "Opportunity"]), "\t", N(D(2024, 2026).fmt("iso") + " " + hms()[:5], "timestamp"), "\n"]
    return "tsv", "en", parts


# --- 18. Moodle gradebook export ----------------------------------------------------------------------------------------
@tpl()
def moodle_grades():
    cc = ch(["LT", "LV", "EE", "SK", "SI", "HR"])
    parts = ["First name,Last name,ID number,Institution,Department,Email address,Quiz: Week 3 (Real),Assignment: Lab report (Real),Course total (Real),Last downloaded from this course\n"]
    for _ in range(ri(3, 5)):
        p = pers(cc)
        parts += [PN(p, p.given), ",", PN(p, p.sur), ",", N("S%s" % dig(7), "student_id"), ",", ch(["VU", "LU", "TalTech", "STU", "UL", "UNIZG"]), ",", ch(["Informatics", "Chemistry", "Economics"]), ",",
                  EM(p, ch(["stud.uni.edu", "student.example.edu"])), ",", N("%.2f" % (R.random() * 10), "grade"), ",", N("%.2f" % (R.random() * 10), "grade"), ",", N("%.2f" % (R.random() * 100), "grade"), ",1767%06d\n" % ri(0, 999999)]
    return "csv", "en", parts


# --- 19. Ferry passenger manifest ---------------------------------------------------------------------
@tpl()
def ferry_manifest():
    route = ch([("Tallinn", "Helsinki", "EE"), ("Split", "Ancona", "HR"), ("Valletta", "Pozzallo", "MT"), ("Klaipėda", "Kiel", "LT"), ("Durrës", "Bari", "AL")])
    cc = route[2]
    parts = ["PASSENGER MANIFEST  %s → %s   dep. %s %s   vessel %s   booking " % (route[0], route[1], nondate("dmy."), hms()[:5], ch(["MS Star", "Marko Polo", "Jean de la Valette", "Victoria I"])),
             N(rnd(R, string.ascii_uppercase + string.digits, 6), "booking_ref"), "\n\nNo | Surname | Given names | Date of birth | Nat. | Document | Cabin/vehicle\n"]
    for i in range(ri(3, 5)):
        p = pers(cc) if chance(0.7) else P(ch(["de", "fr", "it", "pl", "en"]))
        parts += ["%d | " % (i + 1), PN(p, p.sur.upper()), " | ", PN(p, p.given), " | ", DOB("dmy."), " | %s | " % ch(["EST", "HRV", "MLT", "LTU", "ALB", "DEU", "ITA", "POL"]),
                  L("gov_id", ch(string.ascii_uppercase) + ch(string.ascii_uppercase + string.digits) + dig(7), sub="passport"), " | ",
                  N(ch(["deck", "B%d" % ri(100, 999), "%s-%s %d" % (ch(["TLL", "ZG", "KL", "VIL"]), rnd(R, "ABCDEFGHJKLMNPRSTUVZ", 2), ri(100, 999))]), "cabin_or_plate"), "\n"]
    return "table", COUNTRY[cc][1] if chance(0.3) else "en", parts


# --- 20. Hotel rooming list -----------------------------------------------------------------------------
@tpl()
def rooming_list():
    cc = ch(["GE", "AM", "MN", "NP", "LK", "KZ"])
    parts = ["ROOMING LIST - %s Hotel, group %s, arrival %s, departure %s\nTour leader: " % (ch(["Rooms", "Ararat", "Blue Sky", "Yak & Yeti", "Cinnamon", "Rixos"]), ch(["SILKROAD-25", "HIMAL-7", "CAUCASUS-A"]), nondate("dmy/"), nondate("dmy/"))]
    lead = pers(cc)
    parts += [PN(lead), " (", ph_any(cc, style="intl"), ")\n\nRoom type | Guest 1 | Guest 2 | Notes\n"]
    for _ in range(ri(3, 4)):
        a, b = P(ch(["de", "en", "fr", "nl", "us"])), P(ch(["de", "en", "fr", "nl", "us"]))
        parts += [ch(["DBL", "TWN", "SGL"]), " | ", PN(a, a.caps()), " | ", PN(b, b.caps()), " | ", ch(["vegetarian", "late arrival", "honeymoon", "ground floor", "-"]), "\n"]
    return "table", "en", parts


# --- 21. Train e-ticket ------------------------------------------------------------------------------------
@tpl()
def train_ticket():
    k = ch(["PKP", "ZSSK", "HŽ", "ÖBB"])
    cc = {"PKP": "PL", "ZSSK": "SK", "HŽ": "HR", "ÖBB": "SI"}[k]
    p, q = pers(cc), pers(cc)
    lang = COUNTRY[cc][1]
    head = {"pl": ("Bilet", "Podróżny", "Data urodzenia (ulga)", "Nr biletu"), "sk": ("Cestovný lístok", "Cestujúci", "Dátum narodenia (zľava)", "Číslo lístka"),
            "hr": ("Putna karta", "Putnik", "Datum rođenja (popust)", "Broj karte"), "sl": ("Vozovnica", "Potnik", "Datum rojstva (popust)", "Številka vozovnice")}[lang]
    return "ticket", lang, ["%s %s — %s\n%s: " % (k, head[0], ch(["IC 5306", "EC 131", "R 2401", "IC 1609"]), head[1]), PN(p, p.caps()), "\n%s: " % head[2], DOB("dmy."),
                            "\n%s 2: " % head[1], PN(q), "\n%s: " % head[3], N("%s%s" % (ch(["eIC", "KE", "HZ"]), dig(9)), "ticket_no"), "\nkontakt: ", EM(p), "\n",
                            N("Wagon %d, miejsce/sedadlo %d" % (ri(1, 12), ri(11, 96)), "seat"), "\n", N(money(lang), "amount"), " ", N(masked_card(), "masked_card"), "\n"]


# --- 22. ESTA/ETA application confirmation --------------------------------------------------------------------------
@tpl()
def eta_confirmation():
    cc = ch(["LT", "LV", "EE", "HR", "SI", "SK", "MT", "CY", "GR"])
    p = pers(cc)
    dob = D(1950, 2005)
    return "email", "en", ["Subject: Your UK ETA application ", N(dig(16), "application_no"), " has been received\n\nDear ", PN(p, p.given), ",\n\nThank you for applying. Summary:\n  Surname(s): ",
                           PN(p, p.sur.upper()), "\n  Given name(s): ", PN(p, p.given.upper()), "\n  Date of birth: ", DOB("en", dob), "\n  Passport number: ",
                           L("gov_id", ch("ABCKLPRX") + dig(8), sub="passport"), "\n  Passport expiry: ", N(nondate("en", 2027, 2034), "expiry_date"), "\n  Email: ", EM(p),
                           "\n  Home address: ", AD(cc), "\n\nA decision is usually made within 3 working days. Fee paid: ", N("£16.00", "amount"), "\n"]


# --- 23. Company register extract ---------------------------------------------------------------------------------------
@tpl()
def company_register():
    cc = ch(["DE", "SK", "HR", "EE", "LV"])
    lang = COUNTRY[cc][1]
    p, q = pers(cc), pers(cc)
    if cc == "DE":
        return "register", "de", ["Handelsregister B des Amtsgerichts ", ch(["Köln", "Bremen", "Kiel", "Stuttgart"]), "  Nummer der Firma: ", N("HRB %d" % ri(1000, 99999), "register_no"),
                                  "\n1. Anzahl der bisherigen Eintragungen: %d\n2. a) Firma: %s GmbH\n   b) Sitz: " % (ri(2, 14), ch(["Nordlicht Logistik", "Weserblick Software", "Tiedemann & Partner Bau"])), AD("DE"),
                                  "\n4. b) Geschäftsführer: ", PN(q, q.sur), ", ", PN(q, q.given), ", ", ch(["Bremen", "Köln", "Hamburg"]), ", *", DOB("dmy."),
                                  "; einzelvertretungsberechtigt\n   Prokura: ", PN(p), ", *", DOB("dmy."), "\n6. Tag der letzten Eintragung: ", N(nondate("dmy."), "nonbirth_date"), "\n"]
    if cc == "SK":
        return "register", "sk", ["Výpis z Obchodného registra Okresného súdu Bratislava I\nOddiel: Sro, Vložka číslo: ", N("%d/B" % ri(10000, 180000), "register_no"), "\nIČO: ", N(dig(8), "company_id"),
                                  "\nSídlo: ", AD("SK"), "\nŠtatutárny orgán: konateľ\n  ", PN(p), "\n  ", AD("SK"), "\n  Dátum narodenia: ", DOB("dmy. "), "\n  Rodné číslo: ", N("nezverejnené", "withheld"),
                                  "\n  Vznik funkcie: ", N(nondate("dmy."), "nonbirth_date"), "\nSpoločníci: ", PN(q), ", nar. ", DOB("dmy."), "\n"]
    if cc == "HR":
        return "register", "hr", ["Sudski registar — izvadak\nMBS: ", N(dig(9), "register_no"), "   OIB tvrtke: ", N("HR" + dig(11), "vat_id"), "\nTvrtka: %s d.o.o.\nSjedište: " % ch(["Jadranska plovidba", "Sava info", "Dalmacija ribe"]),
                                  AD("HR"), "\nČlan uprave: ", PN(p), ", OIB: ", G("hr_oib", oib()), ", ", AD("HR"), "\nOsnivač: ", PN(q), ", OIB: ", G("hr_oib", oib()), "\n"]
    if cc == "EE":
        d = D(1950, 2000)
        return "register", "et", ["Äriregistri registrikaart nr %d\nÄrinimi: %s OÜ\nRegistrikood: " % (ri(1, 9), ch(["Kivisilla Ehitus", "Rebase IT", "Pärnu Puit"])), N(dig(8), "company_id"),
                                  "\nAadress: ", AD("EE"), "\nJuhatuse liige: ", PN(p), ", isikukood ", G("ee_isikukood", ee_ik(d, p.g)), "\nOsanik: ", PN(q), ", sünniaeg ", DOB("dmy."),
                                  "\nKapital: ", N(money("et"), "amount"), "\n"]
    d = D(1950, 2000)
    return "register", "lv", ["Uzņēmumu reģistra izziņa\nNosaukums: SIA \"%s\"\nReģistrācijas Nr.: " % ch(["Daugavas koks", "Baltijas dati", "Liepājas zivis"]), N("4000" + dig(7), "company_id"),
                              "\nJuridiskā adrese: ", AD("LV"), "\nValdes loceklis: ", PN(p), ", personas kods ", G("lv_personas_kods", lv_pk(d)), "\nDalībnieks: ", PN(q), ", dzimis ", DOB("lv"), "\n"]


# --- 24. Power of attorney -------------------------------------------------------------------------------------------------
@tpl()
def power_of_attorney():
    cc = ch(["SI", "RS", "BG", "SK", "AL", "LT"])
    lang = COUNTRY[cc][1]
    p, q = pers(cc), pers(cc)
    d1, d2 = D(1940, 1990), D(1960, 2002)
    if cc == "SI":
        return "legal", "sl", ["POOBLASTILO\n\nSpodaj podpisani ", PN(p), ", rojen ", DOB("sl", d1), ", EMŠO ", G("si_emso", emso(d1, 50, p.g)), ", stanujoč ", AD("SI"),
                               ",\npooblaščam\n", PN(q), ", rojen/a ", DOB("dmy.", d2), ", stanujoč/a ", AD("SI"), ",\nda me zastopa pri upravni enoti v zadevi št. ", N("%d-%d/20%d" % (ri(200, 399), ri(1, 9999), ri(24, 26)), "case_no"),
                               ".\n\nV Ljubljani, dne ", N(nondate("dmy. "), "nonbirth_date"), "\n"]
    if cc == "RS":
        return "legal", "sr", ["ОВЛАШЋЕЊЕ\n\nЈа, ", PN(p, SR_CYR.get(p.given, p.given) + " " + SR_CYR.get(p.sur, p.sur)), ", ЈМБГ ", G("rs_jmbg", emso(d1, 71, p.g)), ", из Београда, ", AD("RS"),
                               ",\nовлашћујем ", PN(q, SR_CYR.get(q.given, q.given) + " " + SR_CYR.get(q.sur, q.sur)), ", ЈМБГ ", G("rs_jmbg", emso(d2, 71, q.g)), ", да у моје име преузме пошиљку бр. ",
                               N("RR%dRS" % ri(100000000, 999999999), "tracking"), ".\nТелефон: ", phone("RS", "nat"), "\n"]
    if cc == "BG":
        pc = BG_CYR.get(p.given, p.given) + " " + BG_CYR.get(p.sur, p.sur)
        qc = BG_CYR.get(q.given, q.given) + " " + BG_CYR.get(q.sur, q.sur)
        return "legal", "bg", ["ПЪЛНОМОЩНО\n\nДолуподписаният/ата ", PN(p, pc), ", ЕГН ", G("bg_egn", egn(d1, p.g)), ", с постоянен адрес: ", AD("BG"),
                               "\nупълномощавам ", PN(q, qc), ", ЕГН ", G("bg_egn", egn(d2, q.g)), ", роден/а на ", DOB("bg", d2), ",\nда ме представлява пред ", ch(["НАП", "ЧЕЗ", "Топлофикация София"]),
                               ".\nТел. ", phone("BG", "nat"), "\nДата: ", N(nondate("dmy."), "nonbirth_date"), "\n"]
    if cc == "SK":
        return "legal", "sk", ["PLNOMOCENSTVO\n\nSplnomocniteľ: ", PN(p), ", nar. ", DOB("dmy. ", d1), ", bytom ", AD("SK"), "\nSplnomocnenec: ", PN(q), ", nar. ", DOB("sk", d2), ", bytom ", AD("SK"),
                               "\nna zastupovanie vo veci prepisu vozidla EČV ", N("BA-%d%s" % (ri(100, 999), rnd(R, "ABCDEFHKLMNPRSTUVXYZ", 2)), "plate"), ".\nKontakt: ", phone("SK"), "\n"]
    if cc == "AL":
        return "legal", "sq", ["PROKURË\n\nUnë, ", PN(p), ", i/e lindur më ", DOB("sq", d1), ", me banim në ", AD("AL"), ", autorizoj ", PN(q), ", datëlindja ", DOB("dmy.", d2),
                               ", që të më përfaqësojë pranë ", ch(["ASHK", "OSHEE", "bankës"]), ".\nTel: ", phone("AL"), "\nEmail: ", EM(p), "\n"]
    return "legal", "lt", ["ĮGALIOJIMAS\n\nAš, ", PN(p), ", asmens kodas ", G("lt_asmens_kodas", ee_ik(d1, p.g)), ", gyvenantis ", AD("LT"), ",\nįgalioju ", PN(q), ", gimusį(-ią) ", DOB("lt", d2),
                           ", atstovauti mane ", ch(["Registrų centre", "VMI", "SODROJE"]), ".\nTel. ", phone("LT"), "\n"]


# --- 25. Land registry extract ----------------------------------------------------------------------------
@tpl()
def land_registry():
    cc = ch(["HR", "PT", "GR", "CY"])
    p, q = pers(cc), pers(cc)
    if cc == "HR":
        return "register", "hr", ["ZEMLJIŠNOKNJIŽNI IZVADAK\nZemljišnoknjižni odjel: ", ch(["Zagreb", "Split", "Rijeka"]), "   Katastarska općina: ", N("%d, %s" % (ri(300000, 340000), ch(["Trnje", "Spinut", "Kozala"])), "cadastral_no"),
                                  "\nBroj zemljišnoknjižne čestice: ", N("%d/%d" % (ri(100, 9999), ri(1, 40)), "parcel_no"), "\nVlasnički list\n1. Suvlasnički dio: 1/2\n   ", PN(p, p.caps()), ", OIB: ", G("hr_oib", oib()),
                                  ", ", AD("HR"), "\n2. Suvlasnički dio: 1/2\n   ", PN(q, q.caps()), ", OIB: ", G("hr_oib", oib()), "\nTeretni list: hipoteka u iznosu od ", N(money("hr"), "amount"), "\n"]
    if cc == "PT":
        return "register", "pt", ["Certidão Permanente — Registo Predial\nCódigo de acesso: ", N("%s-%s-%s" % (dig(4), dig(4), dig(4)), "access_code"), "\nDescrição: Fração autónoma \"%s\" — " % ch("ABCDEFG"), AD("PT"),
                                  "\nArtigo matricial: ", N("U-%d" % ri(1000, 9999), "parcel_no"), "\nAP. 1 — Aquisição a favor de ", PN(p), ", NIF ", G("pt_nif", nif_pt()), ", casado com ", PN(q), ", NIF ", G("pt_nif", nif_pt()),
                                  ", residentes em ", AD("PT"), "\n"]
    if cc == "GR":
        return "register", "el", ["Απόσπασμα Κτηματολογίου\nΚΑΕΚ: ", N("%d%s" % (ri(10000000, 99999999), dig(4)), "kaek_no"), "\nΔικαιούχος: ", PN(p), ", ΑΦΜ ", N(dig(9), "afm_nochk"), "\nΣυνδικαιούχος: ", PN(q),
                                  "\nΔιεύθυνση ακινήτου: ", AD("GR"), "\nΠοσοστό: 50%  Βάρη: υποθήκη ", N("Υ/%d/%d" % (ri(100, 9999), ri(2010, 2025)), "mortgage_ref"), "\n"]
    return "register", "en", ["Title deed search — District Lands Office ", ch(["Nicosia", "Limassol", "Larnaca"]), "\nRegistration no. ", N("%d/%d" % (ri(1000, 40000), ri(1, 99)), "parcel_no"), "  Sheet/Plan ",
                                                      N("%d/%d%s" % (ri(10, 60), ri(1, 60), ch("EW")), "plan_ref"), "\nRegistered owner(s): ", PN(p), " (ID card ", N("%s" % dig(7), "idcard_no_nochk"), ") and ", PN(q),
                                                      "\nProperty address: ", AD("CY"), "\nEncumbrances: mortgage ", N("M/%d/%d" % (ri(100, 9999), ri(2010, 2025)), "mortgage_ref"), "\n"]


# --- 26. Flat handover protocol ------------------------------------------------------------------------------
@tpl()
def handover_protocol():
    cc = ch(["DE", "LU", "NL", "PL"])
    p, q = pers(cc), pers(cc)
    if cc in ("DE", "LU"):
        lang = "de"
        return "form", lang, ["Wohnungsübergabeprotokoll (Auszug)\nObjekt: ", AD(cc), ", ", ch(["2. OG links", "EG rechts", "DG"]), "\nVermieter: ", PN(p), ", Tel. ", phone("DE", "nat") if cc == "DE" else phone("LU"),
                              "\nMieter: ", PN(q), ", neue Anschrift: ", AD("DE"), "\nZählerstände: Strom Nr. ", N(dig(8), "meter_no"), " — ", N("%d,%d kWh" % (ri(1000, 90000), ri(0, 9)), "meter_reading"),
                              "; Wasser Nr. ", N("%d-%d" % (ri(10, 99), ri(100000, 999999)), "meter_no"), " — ", N("%d,%03d m³" % (ri(10, 900), ri(0, 999)), "meter_reading"),
                              "\nSchlüssel: %d Haustür, %d Wohnung, %d Briefkasten\nKaution zurück auf: " % (ri(1, 3), ri(1, 3), ri(1, 2)), IB("DE" if cc == "DE" else "LU"), "\nDatum: ", N(nondate("dmy."), "nonbirth_date"), "\n"]
    if cc == "NL":
        return "form", "nl", ["Proces-verbaal van oplevering\nAdres woning: ", AD("NL"), "\nVerhuurder: ", PN(p), "\nHuurder: ", PN(q), " — ", EM(q), ", ", phone("NL", "nat"),
                              "\nMeterstanden: elektra ", N("%05d" % ri(0, 99999), "meter_reading"), " (meternr. ", N("E" + dig(9), "meter_no"), "), gas ", N("%05d,%03d" % (ri(0, 99999), ri(0, 999)), "meter_reading"),
                              "\nBorg terug naar ", IB("NL"), " t.n.v. ", PN(q, q.init()), "\n"]
    return "form", "pl", ["Protokół zdawczo-odbiorczy lokalu\nLokal: ", AD("PL"), "\nWynajmujący: ", PN(p), ", PESEL: ", N("nie dotyczy", "withheld"), "\nNajemca: ", PN(q), ", tel. ", phone("PL"),
                          "\nStan liczników: prąd ", N("%d kWh" % ri(1000, 60000), "meter_reading"), ", woda zimna ", N("%d,%d m3" % (ri(10, 900), ri(0, 9)), "meter_reading"), "\nKaucja do zwrotu na rachunek: ", IB("PL"), "\n"]


# --- 27. Italian sports medical certificate --------------------------------------------------------------------
@tpl()
def certificato_sportivo():
    p = P("it")
    d = D(1960, 2010)
    cf = cf_make(p.sur, p.given, d.y % 100, d.m, d.d, p.g == "f", ch(["H501", "F205", "L219", "A944", "F839"]))
    doc = P("it")
    return "medical", "it", ["CERTIFICATO DI IDONEITÀ ALLA PRATICA DI ATTIVITÀ SPORTIVA AGONISTICA\n\nSi certifica che ", PN(p, p.caps()), ", nat", "o" if p.g == "m" else "a", " a ",
                             ch(["Roma", "Milano", "Torino", "Bologna", "Napoli"]), " il ", DOB("dmy/", d), ", C.F. ", G("it_cf", cf), ", residente in ", AD("IT"),
                             ",\nsottoposto/a a visita medica, ECG a riposo e sotto sforzo, spirometria, risulta IDONEO/A alla pratica agonistica dello sport: ", ch(["calcio", "pallavolo", "atletica leggera", "nuoto"]),
                             ".\nValidità: ", N("12 mesi, scadenza " + nondate("dmy/", 2026, 2027), "expiry_date"), "\nIl medico: Dott. ", PN(doc), "  — codice regionale ", N(dig(6), "doctor_code"), "\n"]


# --- 28. Optician prescription ---------------------------------------------------------------------------------
@tpl()
def optician_rx():
    cc = ch(["GB", "MT", "CY"])
    p = pers(cc)
    return "medical", "en", ["SPECTACLE PRESCRIPTION\nPatient: ", PN(p, p.inv()), "   DOB: ", DOB("dmy/"), "\nAddress: ", AD(cc), "\nTel: ", ph_any(cc, style="nat"),
                             "\n\n      SPH     CYL     AXIS   ADD    PRISM\nR   ", N("%+.2f   %+.2f    %03d    +%.2f   —" % (R.choice([-3.25, -1.5, 0.75, 1.25]), R.choice([-0.5, -0.75, -1.0]), ri(0, 180), R.choice([1.0, 1.5, 2.0])), "rx_values"),
                             "\nL   ", N("%+.2f   %+.2f    %03d    +%.2f   —" % (R.choice([-3.0, -1.75, 0.5, 1.5]), R.choice([-0.25, -0.5, -1.25]), ri(0, 180), R.choice([1.0, 1.5, 2.0])), "rx_values"),
                             "\nPD: ", N("%d/%d mm" % (ri(29, 34), ri(29, 34)), "measurement"), "\nExamined: ", N(nondate("dmy/"), "nonbirth_date"), "  Recall: 24 months\nOptometrist GOC no. ", N("01-%d" % ri(10000, 39999), "goc_no"), "\n"]


# --- 29. EHIC details -------------------------------------------------------------------------------------------
@tpl()
def ehic_details():
    cc = ch(["LT", "LV", "EE", "SK", "SI", "HR", "BG", "PT", "GR"])
    p = pers(cc) if cc != "PT" else P("pt")
    d = D(1945, 2008)
    lab = {"LT": ("lt_asmens_kodas", lambda: ee_ik(d, p.g)), "EE": ("ee_isikukood", lambda: ee_ik(d, p.g)), "LV": ("lv_personas_kods", lambda: lv_pk(d)),
           "SI": ("si_emso", lambda: emso(d, 50, p.g)), "HR": ("hr_oib", oib), "BG": ("bg_egn", lambda: egn(d, p.g)), "PT": ("pt_nif", nif_pt), "GR": ("gr_amka", lambda: amka(d))}
    idv = G(lab[cc][0], lab[cc][1]()) if cc in lab else N("—", "blank_field")
    return "form", "en", ["I'm filling the hospital form abroad, here's my EHIC (European Health Insurance Card):\n3. Name: ", PN(p, p.sur), "\n4. Given names: ", PN(p, p.given), "\n5. Date of birth: ",
                          DOB("dmy/", d), "\n6. Personal identification number: ", idv, "\n7. Identification number of the institution: ", N("%s-%d" % (cc, ri(1000, 99999)), "institution_id"),
                          "\n8. Identification number of the card: ", N(dig(20), "card_id_20"), "\n9. Expiry date: ", N(nondate("dmy/", 2026, 2030), "expiry_date"), "\nWhat do I write under 'address in home country'? Mine is ", AD(cc), ".\n"]


# --- 30. School allergy action plan (TSV from a spreadsheet) ---------------------------------------------------
@tpl()
def allergy_list():
    cc = ch(["GB", "MT", "CY", "US"])
    parts = ["Class %s allergy & medical list (%s)\nChild\tDOB\tCondition\tParent/carer\tPhone\tGP\n" % (ch(["2B", "Reception", "Y4 Oak", "3rd grade"]), ch(["autumn term", "2025/26", "spring"]))]
    for _ in range(ri(3, 5)):
        k, pa = pers(cc), pers(cc)
        parts += [PN(k, k.first_last()), "\t", DOB("dmy/" if cc != "US" else "mdy/", D(2014, 2021)), "\t", ch(["nut allergy (EpiPen in office)", "asthma — blue inhaler", "coeliac", "dairy intolerance", "eczema"]),
                  "\t", PN(pa, pa.first_last()), "\t", ph_any(cc, style="nat"), "\t", ch(["Mater Dei", "Riverside Surgery", "Health Centre Paola", "Oakfield Practice"]), "\n"]
    return "tsv", "en", parts


# --- 31. Driving-school lesson log ------------------------------------------------------------------------------
@tpl()
def driving_log():
    cc = ch(["EE", "LV", "LT", "HR"])
    lang = COUNTRY[cc][1]
    s, ins = pers(cc), pers(cc)
    head = {"et": ("Sõidutundide päevik", "Õpilane", "Sünniaeg", "Õpetaja", "Telefon"), "lv": ("Braukšanas nodarbību žurnāls", "Audzēknis", "Dzimšanas datums", "Instruktors", "Tālrunis"),
            "lt": ("Vairavimo pamokų žurnalas", "Mokinys", "Gimimo data", "Instruktorius", "Telefonas"), "hr": ("Evidencija satova vožnje", "Kandidat", "Datum rođenja", "Instruktor", "Telefon")}[lang]
    parts = ["%s\n%s: " % (head[0], head[1]), PN(s), "   %s: " % head[2], DOB(ch(["dmy.", lang if lang in ("et", "lv", "lt", "hr") else "dmy."])), "\n%s: " % head[4], phone(cc, "nat"), "   ", EM(s), "\n%s: " % head[3], PN(ins, ins.init()), "\n\n"]
    for i in range(ri(3, 5)):
        parts += [N(nondate("dmy."), "lesson_date"), "  ", N((lambda h: "%02d:00–%02d:45" % (h, h))(ri(7, 18)), "time_range"), "  ", N(ch(["123 ABC", "LV-HA-1234", "KLV 421", "ZG 1234-AB"]), "plate"),
                  "  ", ch({"et": ["parkimine", "linnasõit", "ringtee"], "lv": ["autostrāde", "stāvvieta", "pilsēta"], "lt": ["parkavimas", "miestas", "greitkelis"], "hr": ["parkiranje", "noćna vožnja", "grad"]}[lang]), "  %d km\n" % ri(12, 80)]
    return "log", lang, parts


# --- 32. Erasmus learning agreement ------------------------------------------------------------------------------
@tpl()
def learning_agreement():
    cc = ch(["SK", "SI", "HR", "LT", "PT", "GR", "CY", "MT"])
    st, c1, c2 = pers(cc), P(ch(["de", "nl", "fr", "it", "es"])), pers(cc)
    return "form", "en", ["Learning Agreement — Student Mobility for Studies\nStudent: Last name(s) ", PN(st, st.sur), "  First name(s) ", PN(st, st.given), "  Date of birth ", DOB("dmy/", D(1996, 2005)),
                          "  Nationality ", cc, "  Sex ", st.g.upper(), "  Study cycle: Master\nE-mail: ", EM(st, "student.uni.example.%s" % cc.lower()), "\nSending institution Erasmus code: ",
                          N("%s%02d" % ({"SK": "SK BRATISL", "SI": "SI LJUBLJA", "HR": "HR ZAGREB", "LT": "LT VILNIUS", "PT": "P  LISBOA", "GR": "G  ATHINE", "CY": "CY NICOSIA", "MT": "MT MALTA"}[cc], ri(1, 9)), "erasmus_code"), "  Contact person: ", PN(c2), ", ", EM(c2),
                          "\nReceiving institution contact: ", PN(c1), ", ", EM(c1), ", ", phone(ch(["DE", "NL", "FR", "IT", "ES"]), "intl"), "\nTable A: ", N("INF-%d" % ri(1000, 4999), "course_code"),
                          " Distributed Systems (6 ECTS); ", N("MAT-%d" % ri(1000, 4999), "course_code"), " Optimisation (5 ECTS)\n"]


# --- 33. Thesis defence announcement -------------------------------------------------------------------------------
@tpl()
def thesis_defence():
    cc = ch(["SK", "SI", "HR", "RS"])
    lang = COUNTRY[cc][1]
    c, s1, m1, m2 = pers(cc), pers(cc), pers(cc), pers(cc)
    if lang == "sk":
        return "notice", "sk", ["OZNÁMENIE O OBHAJOBE DIZERTAČNEJ PRÁCE\nDoktorand: Ing. ", PN(c), "\nŠkoliteľ: prof. Ing. ", PN(s1), ", PhD.\nOponenti: doc. RNDr. ", PN(m1), ", CSc.; Ing. ", PN(m2),
                                ", PhD.\nTermín: ", N(nondate("dmy.") + " o 10:00", "event_date"), ", miestnosť ", N("BC-%d" % ri(100, 350), "room"), "\nPráca je k nahliadnutiu na oddelení ", ch(["doktorandského štúdia", "vedy a výskumu"]), ".\n"]
    if lang == "sl":
        return "notice", "sl", ["OBVESTILO O ZAGOVORU DOKTORSKE DISERTACIJE\nKandidat: ", PN(c), ", mag. inž.\nMentor: prof. dr. ", PN(s1), "\nKomisija: izr. prof. dr. ", PN(m1), " (predsednik), doc. dr. ", PN(m2),
                                "\nZagovor bo ", N(nondate("dmy. "), "event_date"), " ob 11. uri v predavalnici ", N("P%d" % ri(1, 22), "room"), ".\n"]
    return "notice", lang, ["OBAVIJEST O OBRANI DOKTORSKOG RADA\nPristupnik: ", PN(c), ", mag. ing.\nMentor: prof. dr. sc. ", PN(s1), "\nPovjerenstvo: izv. prof. dr. sc. ", PN(m1), ", doc. dr. sc. ", PN(m2),
                            "\nObrana: ", N(nondate("dmy.") + " u 12 sati", "event_date"), ", dvorana ", N(ch(["A-101", "Vijećnica", "D-2"]), "room"), "\n"]


# --- 34. iMessage export (imessage-exporter txt) -----------------------------------------------------------
@tpl()
def imessage_export():
    cc = ch(["US", "GB", "GH", "CO", "US"])
    them = pers(cc)
    other = pers(cc)
    num = phone(cc if cc in PHONES else "US", "e164")
    parts = []
    mon = ch(["Jan", "Feb", "Mar", "Apr", "Sep", "Oct"])
    lines = [("them", ["hey it's ", PN(them, them.given), ", new number btw, save it"]),
             ("me", ["got it! what's ", PN(other, other.given), "'s email again? for the invite"]),
             ("them", [EM(other), " — and her cell is ", ph_any(cc, style="nat")]),
             ("me", ["thx. also where do I send the gift, still ", AD(cc), "?"]),
             ("them", ["yep same place"])]
    for who, body in lines[:ri(3, 5)]:
        parts += ["%s %02d, %d %2d:%02d:%02d %s\n" % (mon, ri(1, 28), ch([2025, 2026]), ri(1, 12), ri(0, 59), ri(0, 59), ch(["AM", "PM"]))]
        parts += [(L("phone", num.value, **num.meta) if who == "them" else "Me"), "\n", body, "\n\n"]
    return "chat_export", "en", parts


# --- 35. LINE chat history -----------------------------------------------------------------------------------------
@tpl()
def line_history():
    k = ch(["tw", "ko", "en"])
    if k == "tw":
        name = ch(TW_HANZI)
        me = ch([x for x in TW_HANZI if x != name])
        return "chat_export", "zh", ["[LINE] 與", L("person", name, sub="tw"), "的聊天記錄\n儲存日期：", N("%d/%02d/%02d %s" % (ch([2025, 2026]), ri(1, 12), ri(1, 28), hms()[:5]), "timestamp"), "\n\n",
                                     "%d/%02d/%02d（%s）\n" % (ch([2025, 2026]), ri(1, 12), ri(1, 28), ch("一二三四五")), "%s\t" % hms()[:5], L("person", name, sub="tw"), "\t我的新手機是 ", phone("TW", "nat", kind="mobile"),
                                     "\n%s\t" % hms()[:5], L("person", me, sub="tw"), "\t好，寄件地址還是 ", L("address", "台北市大安區忠孝東路四段%d號%d樓" % (ri(1, 300), ri(2, 15)), sub="TW"), " 嗎？\n",
                                     "%s\t" % hms()[:5], L("person", name, sub="tw"), "\t對，出生日期要填 ", DOB("zh"), "\n"]
    if k == "ko":
        s, g = ch(KO_HANGUL)
        s2, g2 = ch([x for x in KO_HANGUL if x[0] != s])
        return "chat_export", "ko", ["[LINE] ",
                                     L("person", s + g, sub="ko"), "님과의 대화\n저장한 날짜: ", N("%d.%02d.%02d %s" % (ch([2025, 2026]), ri(1, 12), ri(1, 28), hms()[:5]), "timestamp"),
                                     "\n\n%s\t" % hms()[:5], L("person", s + g, sub="ko"), "\t내 이메일 ", E("%s%d@naver.com" % (rnd(R, string.ascii_lowercase, 6), ri(1, 99))), " 로 보내줘\n%s\t" % hms()[:5],
                                     L("person", s2 + g2, sub="ko"), "\t알겠어. 전화번호도 ", phone("KR", "nat", kind="mobile"), " 맞지?\n%s\t" % hms()[:5], L("person", s + g, sub="ko"), "\t응 그리고 주소는 ",
                                     L("address", "서울특별시 %s %s %d, %d동 %d호" % (ch(["강남구", "마포구", "송파구"]), ch(["테헤란로", "월드컵로", "올림픽로"]), ri(1, 400), ri(101, 115), ri(101, 1503)), sub="KR"), "\n"]
    p, q = P("tw"), P("ko")
    return "chat_export", "en", ["[LINE] Chat history with ", PN(p), "\nSaved on: ", N("%d/%02d/%02d %s" % (ch([2025, 2026]), ri(1, 12), ri(1, 28), hms()[:5]), "timestamp"), "\n\n",
                                 "%s\t" % hms()[:5], PN(p), "\tcan you forward ", PN(q), "'s contact? the Korean supplier\n%s\t" % hms()[:5], "Me",
                                 "\t", EM(q), " / ", phone("KR", "intl"), "\n"]


# --- 36. Facebook Messenger JSON export ----------------------------------------------------------------------------
@tpl()
def messenger_json():
    cc = ch(["CO", "CL", "MA", "GH", "GE", "AM"])
    lang = COUNTRY[cc][1]
    a, b = pers(cc), pers(cc)
    body1 = {"es": "mi correo nuevo es ", "fr": "mon nouvel e-mail : ", "en": "my new email is "}[lang]
    body2 = {"es": "y el celular ", "fr": "et mon portable ", "en": "and my phone "}[lang]
    t0 = ri(1735000000, 1767000000) * 1000
    return "chat_export", lang, ['{\n  "participants": [\n    {"name": "', PN(a), '"},\n    {"name": "', PN(b), '"}\n  ],\n  "messages": [\n    {\n      "sender_name": "', PN(a),
                                 '",\n      "timestamp_ms": ', N(str(t0), "epoch_ms"), ',\n      "content": "', body1, EM(a), ' ', body2, ph_any(cc, style="intl"), '",\n      "is_geoblocked_for_viewer": false\n    },\n    {\n      "sender_name": "', PN(b),
                                 '",\n      "timestamp_ms": ', N(str(t0 - ri(1000, 99999)), "epoch_ms"), ',\n      "content": "', {"es": "listo, te mando la invitación", "fr": "ok je t'envoie l'invitation", "en": "ok sending the invite"}[lang],
                                 '",\n      "reactions": [{"reaction": "\\u00f0\\u009f\\u0091\\u008d", "actor": "', PN(a), '"}]\n    }\n  ],\n  "title": "', PN(b), '",\n  "thread_path": "inbox/', N(rnd(R, string.ascii_lowercase, 10) + "_" + dig(16), "thread_id"), '"\n}\n']


# --- 37. IRC (WeeChat) log with /whois --------------------------------------------------------------------------------
@tpl()
def irc_log():
    p, q = P(ch(["de", "fr", "pl", "en", "sk"])), P(ch(["lt", "et", "hr", "sl"]))
    n1, n2 = rnd(R, string.ascii_lowercase, 5), rnd(R, string.ascii_lowercase, 6) + "_"
    day = D(2025, 2026).fmt("iso")
    return "chat_export", "en", ["%s %s\t-->\t%s (~%s@" % (day, hms(), n1, n1), IP("pub"), ") has joined #homelab\n%s %s\t%s\tanyone know why my pi at " % (day, hms(), n1), IP("192"),
                                 " can't reach the NAS at ", IP("192"), "?\n%s %s\t%s\tcheck the netmask, you have " % (day, hms(), n2), N("255.255.0.0", "netmask"), " vs ", N("255.255.255.0", "netmask"),
                                 "\n%s %s\t--\t[%s] (~%s@" % (day, hms(), n2, n2), IP("pub", v6=chance(0.4)), "): ", PN(q), "\n%s %s\t%s\tthx. ping me at " % (day, hms(), n1), EM(p),
                                 " if you want the config, ", PN(p, p.given), " here btw\n"]


# --- 38. Viber CSV export -----------------------------------------------------------------------------------------------
@tpl()
def viber_csv():
    cc = ch(["BG", "RS", "GR", "CY", "MT", "LK"])
    lang = COUNTRY[cc][1]
    a, b = pers(cc), pers(cc)
    pa = phone(cc, "e164")
    pb = phone(cc, "e164")
    msgs = {"bg": ["Здрасти, утре съм в офиса", "Изпрати ми имейла си", "моят е "], "sr": ["Ćao, stižem sutra", "Pošalji mi mejl", "moj je "],
            "el": ["Γεια, θα είμαι εκεί αύριο", "Στείλε μου το email σου", "το δικό μου είναι "], "en": ["Hi, landing tomorrow 9am", "send me your email pls", "mine is "],
            "mt": ["Ħello, nasal għada", "Ibgħatli l-email tiegħek", "tiegħi hu "]}.get(lang, ["Hi", "email?", "it's "])
    d = D(2025, 2026).fmt("dmy/")
    return "csv", lang if lang != "mt" else "mt", ["Date,Time,Sender Name,Sender Phone Number,Message\n", N(d, "msg_date"), ",", N(hms(), "time"), ",", PN(a), ",", pa, ",", msgs[0], "\n",
                                                    N(d, "msg_date"), ",", N(hms(), "time"), ",", PN(b), ",", pb, ",", msgs[1], "\n", N(d, "msg_date"), ",", N(hms(), "time"), ",", PN(a), ",",
                                                    L("phone", pa.value, **pa.meta), ",", msgs[2], EM(a), "\n"]


# --- 39. Outlook-quoted reply in many languages -----------------------------------------------------------------------------
QUOTE_HEAD = {"de": ("Von", "Gesendet", "An", "Betreff", "Hallo", "Viele Grüße", "anbei die Unterlagen, meine neue Handynummer ist"),
              "fr": ("De", "Envoyé", "À", "Objet", "Bonjour", "Cordialement", "ci-joint les documents, mon nouveau portable est le"),
              "es": ("De", "Enviado el", "Para", "Asunto", "Hola", "Saludos", "te adjunto los documentos, mi nuevo móvil es el"),
              "it": ("Da", "Inviato", "A", "Oggetto", "Ciao", "Cordiali saluti", "in allegato i documenti, il mio nuovo cellulare è"),
              "pl": ("Od", "Wysłano", "Do", "Temat", "Dzień dobry", "Pozdrawiam", "w załączniku dokumenty, mój nowy numer to"),
              "hr": ("Šalje", "Poslano", "Prima", "Predmet", "Pozdrav", "Lijep pozdrav", "u privitku su dokumenti, moj novi broj je"),
              "sk": ("Od", "Odoslané", "Komu", "Predmet", "Dobrý deň", "S pozdravom", "v prílohe posielam doklady, moje nové číslo je"),
              "lt": ("Nuo", "Išsiųsta", "Kam", "Tema", "Laba diena", "Pagarbiai", "prisegu dokumentus, mano naujas numeris"),
              "ca": ("De", "Enviat", "A", "Assumpte", "Hola", "Salutacions", "t'adjunto els documents, el meu mòbil nou és el"),
              "pt": ("De", "Enviado", "Para", "Assunto", "Olá", "Cumprimentos", "seguem os documentos, o meu novo telemóvel é o")}
LANG_CC = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pl": "PL", "hr": "HR", "sk": "SK", "lt": "LT", "ca": "ES", "pt": "PT"}


@tpl()
def quoted_reply():
    lang = ch(sorted(QUOTE_HEAD))
    h = QUOTE_HEAD[lang]
    cc = LANG_CC[lang]
    a = P("ca") if lang == "ca" else pers(cc)
    b = P("ca") if lang == "ca" else pers(cc)
    return "email", lang, ["%s " % h[4], PN(b, b.given), ",\n%s " % h[6], phone(cc, "nat"), ".\n\n%s\n" % h[5], PN(a, a.given), "\n\n________________________________\n%s: " % h[0], PN(b), " <", EM(b), ">\n%s: " % h[1],
         N(nondate("dmy.") + " " + hms()[:5], "sent_date"), "\n%s: " % h[2], PN(a), " <", EM(a), ">\n%s: %s\n\n> " % (h[3], ch(["RE: ", "Re: ", "AW: ", "Fwd: "]) + ch(["PDF", "2025", "OK?", "docs"])),
         {"de": "Kannst du mir die Unterlagen schicken?", "fr": "Tu peux m'envoyer les documents ?", "es": "¿Me mandas los documentos?", "it": "Mi mandi i documenti?",
          "pl": "Możesz mi przesłać dokumenty?", "hr": "Možeš li mi poslati dokumente?", "sk": "Môžete mi poslať doklady?", "lt": "Gal galite atsiųsti dokumentus?",
          "ca": "Em pots enviar els documents?", "pt": "Podes enviar-me os documentos?"}[lang], "\n> ", PN(b, b.given), "\n"]


# --- 40. OCR'd letter (hyphenation, page furniture) --------------------------------------------------------------------------
@tpl()
def ocr_letter():
    cc = ch(["GB", "MT", "CY", "GH", "LK", "MY"])
    p, w = pers(cc), pers(cc)
    org = ch(["Harbour View Housing Association", "Northgate Credit Union", "St Ursula Parish Trust", "Lanka Lifecover Ltd", "Accra Metro Water"])
    return "ocr", "en", ["[OCR p.1/2 — confidence 91%]\n", org.upper(), "\n", L("address", addr(cc, True), sub=cc), "\n\nOur ref: ", N("%s/%d/%s" % (rnd(R, string.ascii_uppercase, 2), ri(1000, 99999), rnd(R, string.ascii_uppercase, 1)), "our_ref"),
                         "      Date: ", N(nondate("en"), "letter_date"), "\n\n", PN(p, p.init()), "\n", AD(cc, True), "\n\nDear ", ch(["Mr", "Ms", "Mrs", "Dr"]), " ", PN(p, p.sur), ",\n\nRe: arrears on ac-\ncount ",
                         N(dig(8), "account_no_local"), "\n\nFollowing our tele- phone call of ", N(nondate("en"), "nonbirth_date"), ", we confirm that the out-\nstanding balance is ", N(money("en"), "amount"),
                         ". Please contact your case- worker ", PN(w), " on ", ph_any(cc, style="nat"), " or at ", EM(w, "casework.example.org"), ".\n\nYours sin- cerely\n\n[signature illegible]\n- 1 -\n"]


# --- 41. Voice-note transcript (Otter-style) -----------------------------------------------------------------------------------
@tpl()
def voice_transcript():
    cc = ch(["US", "GB", "GH", "LK", "NP", "MY", "MN", "KZ"])
    p, q = pers(cc), pers(cc)
    return "transcript", "en", ["Voice memo — transcribed %s\n\nSpeaker 1  0:00\nHi, it's " % nondate("en"), PN(p), " calling back about the ", ch(["boiler service", "school place", "insurance claim", "visa letter"]),
                                ". Um, so my number is ", ph_any(cc, style="nat"), ", that's the best one.\n\nSpeaker 1  0:21\nAnd my date of birth, since you asked, is ", DOB(ch(["en", "us"])),
                                ". The address is ", AD(cc), ".\n\nSpeaker 2  0:40\nThanks ", PN(p, p.given), ", I'll pass it to ", PN(q), " and they'll call you before ", N(ch(["Friday", "5 pm", "the 14th"]), "time_ref"), ".\n"]


# --- 42. Pharmacy / fuel receipt with loyalty card --------------------------------------------------------------------------------
@tpl()
def receipt_loyalty():
    cc = ch(["LT", "LV", "EE", "HR", "SI", "SK", "BG", "GR"])
    lang = COUNTRY[cc][1]
    p = pers(cc)
    kw = {"lt": ("Kvitas", "Lojalumo kortelė", "Iš viso", "PVM"), "lv": ("Čeks", "Klienta karte", "Kopā", "PVN"), "et": ("Tšekk", "Kliendikaart", "Kokku", "KM"),
          "hr": ("Račun", "Kartica vjernosti", "Ukupno", "PDV"), "sl": ("Račun", "Kartica zvestobe", "Skupaj", "DDV"), "sk": ("Pokladničný doklad", "Vernostná karta", "Spolu", "DPH"),
          "bg": ("Касова бележка", "Карта за лоялност", "Общо", "ДДС"), "el": ("Απόδειξη", "Κάρτα πιστότητας", "Σύνολο", "ΦΠΑ")}[lang]
    return "receipt", lang, ["%s %s\n%s\n" % (ch(["APTEKA", "CIRCLE K", "BENU", "Lekáreň Dr.Max", "Neste", "Viada"]), kw[0], "-" * 32), ch(["Ibuprofen 400 mg", "Vitamin D3", "Diesel 41,2 L", "Omega-3", "AdBlue 10 L"]),
                             "   ", N(money(lang), "amount"), "\n%s (%s 21%%)   " % (kw[2], kw[3]), N(money(lang), "amount"), "\n%s: " % kw[1], N("%s****%s" % (dig(4), dig(4)), "masked_loyalty"), "  ", PN(p, p.caps()),
                             "\n", N(masked_card(), "masked_card"), "  AUTH ", N(dig(6), "auth_code"), "\n", N(D(2025, 2026).fmt("dmy.") + " " + hms(), "timestamp"), "  ", N("#%d" % ri(10000, 999999), "receipt_no"),
                             "\nE-kvitas / e-receipt sent to ", EM(p), "\n"]


# --- 43. Campsite guest check-in (HR eVisitor-style) --------------------------------------------------------
@tpl()
def campsite_checkin():
    parts = ["Kamp %s — prijava gostiju / guest registration (eVisitor)\nPitch %s, arrival %s, departure %s\n\n" % (ch(["Lanterna", "Valalta", "Zaton", "Bijela Uvala"]), ch(["A12", "C07", "M41"]), nondate("dmy."), nondate("dmy."))]
    cc = ch(["DE", "NL", "PL", "SK", "SI", "IT"])
    for i in range(ri(2, 4)):
        p = pers(cc)
        parts += ["%d) " % (i + 1), PN(p, p.inv()), " — ", "M" if p.g == "m" else "Ž", ", rođen/born ", DOB("dmy."), ", ", cc, ", putovnica/ID ",
                  L("gov_id", ch(["C", "P", "E", "X"]) + rnd(R, string.ascii_uppercase + string.digits, 8), sub="passport"), "\n"]
    p = pers(cc)
    parts += ["Contact: ", EM(p), ", ", phone(cc, "intl"), "\nVehicle: ", N(ch(["HH-AB 123", "NL 12-XYZ-3", "WA 12345", "BA-123AB", "LJ 12-34A"]), "plate"), "  Tourist tax: ", N(money("hr"), "amount"), "\n"]
    return "form", "hr", parts


# --- 44. Maltese marriage banns (Public Registry) -----------------------------------------------------------------
@tpl()
def marriage_banns():
    g, b = P("mt", "m"), P("mt", "f")
    return "notice", "en", ["PUBLIC REGISTRY — NOTICE OF MARRIAGE (Marriage Act, Cap. 255)\nNotice is hereby given that a marriage is intended between:\n\n", PN(g, g.caps()), ", born on ",
                            DOB("en"), " at Pietà, of ", AD("MT"), ", ", ch(["bachelor", "single"]), ", ", ch(["engineer", "teacher", "nurse", "accountant"]), "\n\nand\n\n", PN(b, b.caps()),
                            ", imwielda ", DOB("mt"), ", of ", AD("MT"), ", spinster, ", ch(["pharmacist", "architect", "civil servant"]), "\n\nPlace of celebration: ", ch(["Mosta Rotunda", "Valletta Marriage Registry", "St Julian's Parish"]),
                            ". Date of publication: ", N(nondate("dmy/"), "nonbirth_date"), ". Objections within 6 days to ", E("marriages.registry@gov.example.mt"), "\n"]


# --- 45. Crowdfunding backer export --------------------------------------------------------------------------------
@tpl()
def backer_export():
    parts = ["Backer Number,Backer UID,Backer Name,Email,Shipping Country,Shipping Address,Reward Title,Pledge Amount,Pledged At\n"]
    for i in range(ri(3, 4)):
        cc = ch(["US", "GB", "DE", "FR", "KR", "TW", "CL", "GR", "LU"])
        p = pers(cc)
        parts += [str(ri(1, 4000)), ",", N(dig(10), "backer_uid"), ",", PN(p, p.first_last() if cc not in ("KR", "TW") else p.full), ",", EM(p), ",", cc, ",\"", AD(cc), "\",",
                  ch(["Early Bird Deck", "Collector's Box", "Digital PDF", "Deluxe + Dice"]), ",", N("%s %d.00" % (ch(["$", "€", "£"]), ri(9, 300)), "amount"), ",", N("%s, %s" % (nondate("iso"), hms()[:5]), "timestamp"), "\n"]
    return "csv", "en", parts


# --- 46. Restaurant reservation export ------------------------------------------------------------------------------
@tpl()
def reservations_export():
    cc = ch(["ES", "PT", "IT", "FR", "GR", "MT"])
    lang = COUNTRY[cc][1]
    parts = ["Reservation ID;Date;Time;Covers;Guest;Phone;Email;Notes\n"]
    for _ in range(ri(3, 5)):
        p = pers(cc) if chance(0.7) else P(ch(["en", "de", "us", "ko"]))
        note = ch(["birthday dinner, cake at 21:30", "allergic to shellfish", "window table", "anniversary", "high chair", "", "birthday — 40 candles!"])
        parts += [N("R-%d" % ri(100000, 999999), "reservation_id"), ";", N(nondate("dmy/"), "booking_date"), ";", N("%02d:%s" % (ri(12, 22), ch(["00", "15", "30", "45"])), "time"), ";%d;" % ri(2, 10),
                  PN(p, p.anyform()), ";", phone(cc, ch(["intl", "nat", "e164"])), ";", EM(p), ";", note, "\n"]
    return "csv", lang, parts


# --- 47. Pipedrive deals export -------------------------------------------------------------------------------------
@tpl()
def pipedrive_export():
    parts = ["Deal - Title,Deal - Value,Deal - Currency,Person - Name,Person - Email,Person - Phone,Organization - Name,Organization - Address,Deal - Expected close date\n"]
    for _ in range(ri(2, 4)):
        cc = ch(["MY", "LK", "NP", "AM", "GE", "MA", "KZ", "MN"])
        p = pers(cc)
        parts += [ch(["Fleet tracking pilot", "POS rollout", "Annual licence", "Cold-chain sensors"]), ",", N(str(ri(1000, 90000)), "deal_value"), ",", ch(["USD", "EUR", "MYR", "LKR"]), ",", PN(p), ",", EM(p),
                  ",", ph_any(cc, style="intl"), ",", ch(["Sunrise Traders", "Highland Logistics", "Blue Yak Ltd", "Atlas Retail"]), ",\"", AD(cc), "\",", N(nondate("iso"), "close_date"), "\n"]
    return "csv", "en", parts


# --- 48. School bus route list ----------------------------------------------------------------------------------------
@tpl()
def bus_route():
    cc = ch(["US", "GB", "MY", "GH"])
    parts = ["Route %s — AM pickup list (driver: " % ch(["7", "12B", "Blue", "North 3"])]
    d = pers(cc)
    parts += [PN(d, d.given), ", ", ph_any(cc, style="nat"), ")\n\nStop | Time | Pupil | Grade | Parent contact\n"]
    for i in range(ri(3, 5)):
        k, pa = pers(cc), pers(cc)
        parts += ["%d | " % (i + 1), N("%d:%02d" % (ri(6, 8), ri(0, 59)), "time"), " | ", PN(k, k.first_last()), " | ", ch(["K", "2", "4", "Y5", "Std 3"]), " | ", PN(pa, pa.given if chance(0.4) else pa.first_last()),
                  " ", ph_any(cc, style="nat"), "\n"]
    return "table", "en", parts


# --- 49. Property purchase offer ----------------------------------------------------------------------------------------
@tpl()
def purchase_offer():
    cc = ch(["GB", "MT", "CY", "US"])
    b1, b2, ag = pers(cc), pers(cc), pers(cc)
    return "letter", "en", ["OFFER TO PURCHASE\n\nProperty: ", AD(cc), "\nBuyer(s): ", PN(b1), " and ", PN(b2), "\nCurrent address: ", AD(cc, True), "\nOffer: ", N(money("en"), "amount"),
                            " subject to survey and mortgage (agreement in principle ref ", N("AIP-%d" % ri(1000000, 9999999), "aip_ref"), ")\nSolicitor: ", PN(ag), ", ", EM(ag, "conveyancing.example.co.uk"),
                            "\nDeposit held at: ", IB(ch(["GB", "MT", "CY"])) if cc != "US" else N("routing 0210-0002-1 (not an IBAN)", "routing_no"), "\nThe offer lapses on ", N(nondate("en"), "nonbirth_date"), ".\n"]


# --- 50. Small-claims form ---------------------------------------------------------------------------------------------
@tpl()
def small_claims():
    cc = ch(["US", "GB", "LU", "MT", "CY"])
    c, d = pers(cc), pers(cc)
    return "form", "en", ["SMALL CLAIM FORM — Part A: Claimant\nFull name: ", PN(c), "\nAddress for service: ", AD(cc, True), "\nTelephone: ", ph_any(cc, style="nat"), "   Email: ", EM(c),
                          "\nPart B: Defendant\nName: ", PN(d), "\nAddress: ", AD(cc), "\nPart C: Claim\nAmount claimed: ", N(money("en"), "amount"), " (invoice ", N("INV-%d-%04d" % (ri(2024, 2026), ri(1, 9999)), "invoice_no"),
                          ", due ", N(nondate("en"), "due_date"), ")\nBrief details: deposit not returned after tenancy ended; ", PN(d, d.sur), " ignored 3 letters.\n"]


# --- 51. Ham radio ADIF log ------------------------------------------------------------------------------------------------
def _adif(tag, x):
    v = x.value if isinstance(x, L) else x.text if isinstance(x, N) else x
    return ["<%s:%d>" % (tag, len(v)), x, " "]


@tpl()
def adif_log():
    parts = ["ADIF export from logger\n<ADIF_VER:5>3.1.4 <PROGRAMID:7>WSJT-X <EOH>\n"]
    for _ in range(ri(2, 3)):
        cc = ch(["EE", "LV", "LT", "SK", "SI", "HR", "BG", "GR", "MT", "LU"])
        p = pers(cc)
        pre = {"EE": "ES", "LV": "YL", "LT": "LY", "SK": "OM", "SI": "S5", "HR": "9A", "BG": "LZ", "GR": "SV", "MT": "9H", "LU": "LX"}[cc]
        call = pre + str(ri(1, 9)) + rnd(R, string.ascii_uppercase, ri(2, 3))
        parts += _adif("CALL", N(call, "callsign")) + _adif("NAME", PN(p, p.given if chance(0.5) else p.first_last())) + _adif("QTH", ADDR9[cc][0][2]) + \
            _adif("GRIDSQUARE", N(rnd(R, "ABCDEFGHIJKLMNOPQR", 2) + dig(2) + rnd(R, "abcdefghijklmnopqrstuvwx", 2), "locator")) + \
            _adif("FREQ", N("%d.%06d" % (ch([7, 14, 21, 28]), ri(0, 350000)), "frequency")) + _adif("MODE", "FT8") + _adif("RST_SENT", "-%02d" % ri(1, 20)) + \
            _adif("QSO_DATE", N(D(2025, 2026).fmt("iso").replace("-", ""), "qso_date"))
        if chance(0.6):
            parts += _adif("EMAIL", EM(p)) + _adif("ADDRESS", AD(cc))
        parts += ["<EOR>\n"]
    return "log", "en", parts


# --- 52. netplan / hosts / dnsmasq ----------------------------------------------------------------------------------------------
@tpl()
def lan_configs():
    k = ch(["netplan", "hosts", "dnsmasq"])
    p = pers(ch(["GB", "DE", "NL", "EE", "SI"]))
    if k == "netplan":
        return "yaml", "en", ["# /etc/netplan/01-lan.yaml (", PN(p, p.given), "'s home server)\nnetwork:\n  version: 2\n  ethernets:\n    enp3s0:\n      addresses:\n        - ", IP("192"),
                              "/24\n        - \"", IP("ula", v6=True), "/64\"\n      routes:\n        - to: default\n          via: ", IP("192"), "\n      nameservers:\n        addresses: [", IP("192"), ", ",
                              L("ip", ch(["9.9.9.9", "1.1.1.1", "149.112.112.112"]), sub="ipv4_resolver"), "]\n"]
    if k == "hosts":
        return "config", "en", ["# /etc/hosts\n", N("127.0.0.1", "loopback"), "\tlocalhost\n", N("::1", "loopback"), "\tlocalhost ip6-localhost\n", IP("10"), "\tnas.lan nas\n", IP("10"),
                                "\tprinter-hall.lan   # ", PN(p), "'s office\n", IP("pub"), "\tstaging.example-shop.ee\n", N("0.0.0.0", "unspecified"), "\tads.tracker.example\n"]
    parts = ["# /etc/dnsmasq.d/static.conf\n"]
    for _ in range(ri(2, 3)):
        q = pers(ch(["GB", "DE", "NL", "EE", "SI"]))
        parts += ["dhcp-host=", N(":".join("%02x" % ri(0, 255) for _ in range(6)), "mac"), ",", ch(["laptop", "phone", "tablet", "pc"]) + "-" + rnd(R, string.ascii_lowercase, 3), ",", IP("192"), ",infinite  # ", PN(q, q.given), "\n"]
    parts += ["dhcp-option=option:netmask,", N("255.255.255.0", "netmask"), "\n"]
    return "config", "en", parts


# --- 53. Zeek conn.log / Suricata eve.json ---------------------------------------------------------------------
@tpl()
def ids_logs():
    if chance(0.5):
        parts = ["#separator \\x09\n#path\tconn\n#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\tduration\n"]
        for _ in range(ri(3, 5)):
            parts += ["%d.%06d\t" % (ri(1735000000, 1767000000), ri(0, 999999)), N("C" + rnd(R, ALNUM, 17), "zeek_uid"), "\t", IP("priv"), "\t%d\t" % ri(1024, 65535), IP("pub"),
                      "\t%s\t%s\t%s\t%.6f\n" % (ch(["443", "53", "22", "3389"]), ch(["tcp", "udp"]), ch(["ssl", "dns", "ssh", "-"]), R.random() * 30)]
        return "log", "en", ["Why does this host talk to that address every minute? conn.log excerpt:\n", parts]
    src, dst = IP("priv"), IP("pub")
    return "log", "en", ['{"timestamp":"', N(ts(), "timestamp"), '","flow_id":', N(str(ri(10 ** 14, 10 ** 15)), "flow_id"), ',"in_iface":"eth1","event_type":"alert","src_ip":"', src,
                         '","src_port":%d,"dest_ip":"' % ri(1024, 65535), dst, '","dest_port":443,"proto":"TCP","alert":{"action":"allowed","gid":1,"signature_id":', N(str(ri(2000000, 2999999)), "sid"),
                         ',"rev":%d,"signature":"ET POLICY Observed DNS Query to .onion proxy Domain","category":"Potential Corporate Privacy Violation","severity":2}}\n' % ri(1, 9)]


# --- 54. pfSense filterlog / MikroTik ----------------------------------------------------------------------------------
@tpl()
def firewall_logs():
    if chance(0.5):
        parts = []
        for _ in range(ri(2, 4)):
            parts += ["%s %2d %s filterlog[%d]: %d,,,%s,igb0,match,block,in,4,0x0,,%d,%d,0,DF,6,tcp,60," % (ch(["Mar", "Jun", "Nov"]), ri(1, 28), hms(), ri(1000, 99999), ri(4, 200), "1000000103", ri(40, 128), ri(1000, 65000)),
                      IP("pub"), ",", IP("priv"), ",%d,%d,0,S,%d,,64240,,mss;sackOK;TS;nop;wscale\n" % (ri(1024, 65535), ch([22, 3389, 445, 8080]), ri(10 ** 8, 10 ** 9))]
        return "log", "en", parts
    parts = []
    for _ in range(ri(2, 4)):
        parts += [hms(), " system,error,critical login failure for user admin from ", IP("pub"), " via ", ch(["winbox", "ssh", "web"]), "\n"]
    p = pers(ch(["LV", "LT", "EE"]))
    parts += [hms(), " dhcp,info dhcp1 assigned ", IP("192"), " to ", N(":".join("%02X" % ri(0, 255) for _ in range(6)), "mac"), " (", PN(p, p.given), "-Phone)\n"]
    return "log", "en", ["MikroTik /log print:\n", parts]


# --- 55. Keycloak / Auth0 events -------------------------------------------------------------------------------------
@tpl()
def auth_events():
    cc = ch(["SK", "HR", "SI", "LT", "KR", "TW"])
    p = pers(cc)
    if chance(0.5):
        return "log", "en", ["%s WARN  [org.keycloak.events] (executor-thread-%d) type=\"LOGIN_ERROR\", realmId=\"%s\", clientId=\"account-console\", userId=\"null\", ipAddress=\"" % (ts(), ri(1, 40), uuid4()),
                             IP("pub"), "\", error=\"user_not_found\", auth_method=\"openid-connect\", username=\"", EM(p), "\"\n", "%s INFO  [org.keycloak.events] type=\"LOGIN\", userId=\"%s\", ipAddress=\"" % (ts(), uuid4()),
                             IP("priv"), "\", username=\"", EM(p), "\", auth_type=\"code\"\n"]
    return "log", "en", ['{\n  "date": "', N(ts(), "timestamp"), '",\n  "type": "fp",\n  "description": "Wrong email or password.",\n  "connection": "Username-Password-Authentication",\n  "client_name": "Shop",\n  "ip": "',
                         IP("pub", v6=chance(0.3)), '",\n  "user_agent": "Chrome ', N("%d.0.0 / Windows 10.0.0" % ri(110, 140), "user_agent_version"), '",\n  "user_name": "', EM(p), '",\n  "log_id": "', N(dig(56), "log_id"), '"\n}\n']


# --- 56. Nextcloud log.json ---------------------------------------------------------------------------------------------
@tpl()
def nextcloud_log():
    p = pers(ch(["DE", "LU", "NL", "SI", "HR"]))
    user = "u%d" % ri(10000, 99999)
    return "log", "en", ['{"reqId":"', N(rnd(R, ALNUM, 20), "request_id"), '","level":2,"time":"', N(ts(), "timestamp"), '","remoteAddr":"', IP("pub"), '","user":"%s","app":"core","method":"PROPFIND","url":"/remote.php/dav/files/%s/","message":"Login failed: \'' % (user, user),
                         EM(p), '\' (Remote IP: \'', IP("pub"), '\')","userAgent":"Mozilla/5.0 (Linux) mirall/', N(ver(), "version"), '","version":"', N("%d.0.%d.1" % (ri(26, 30), ri(1, 9)), "version4"), '"}\n']


# --- 57. vsftpd / Samba log --------------------------------------------------------------------------------------------------
@tpl()
def ftp_samba_log():
    parts = []
    for _ in range(ri(3, 5)):
        u = rnd(R, string.ascii_lowercase, ri(4, 7))
        parts += ["%s %s %2d %s %d [pid %d] [%s] %s: Client \"" % (ch(["Mon", "Tue", "Wed"]), ch(["Feb", "May", "Sep"]), ri(1, 28), hms(), ch([2025, 2026]), ri(1000, 60000), u, ch(["OK LOGIN", "FAIL LOGIN", "OK UPLOAD"])),
                  IP(ch(["priv", "pub"])), "\"\n"]
    return "log", "en", ["vsftpd.log from the scanner share:\n", parts]


# --- 58. Asterisk pjsip.conf ---------------------------------------------------------------------------------------------------
@tpl()
def pjsip_conf():
    parts = ["; pjsip.conf — office extensions\n"]
    for _ in range(ri(2, 3)):
        p = pers(ch(["MT", "CY", "GR", "BG"]))
        ext = str(ri(200, 299))
        parts += ["[%s]\ntype=endpoint\ncontext=internal\nallow=!all,ulaw,opus\nauth=auth%s\naors=%s\ncallerid=\"" % (ext, ext, ext), PN(p, p.first_last()), "\" <%s>\n\n[auth%s]\ntype=auth\nauth_type=userpass\nusername=%s\npassword=" % (ext, ext, ext),
                  S("password"), "\n\n"]
    p = pers("GR")
    parts += ["[trunk-out]\ntype=registration\nserver_uri=sip:sip.provider.example\nclient_uri=sip:", L("phone", "+30210" + dig(7), sub="fixed", region="GR"), "@sip.provider.example\n"]
    PHONE_LOG.append((parts[-2].value, "GR", "GR:fixed"))
    return "config", "en", parts


# --- 59. Korean delivery / hospital form ----------------------------------------------------------------------------------------
@tpl()
def korean_form():
    s, g = ch(KO_HANGUL)
    d = D(1950, 2005)
    gender = ch("mf")
    return "form", "ko", ["[진료 신청서]\n성명: ", L("person", s + g, sub="ko"), "\n주민등록번호: ", G("kr_rrn", rrn(d, gender)), "\n생년월일: ", DOB("ko", d), "\n휴대전화: ", phone("KR", "nat", kind="mobile"),
                          "\n이메일: ", E("%s%d@%s" % (rnd(R, string.ascii_lowercase, 7), ri(1, 999), ch(["naver.com", "daum.net", "kakao.com"]))), "\n주소: ", AD("KR"), "\n보호자: ", L("person", ch(KO_HANGUL)[0] + ch(["영희", "철수", "지훈", "서연"]), sub="ko"),
                          "\n접수번호: ", N("A-%d" % ri(100000, 999999), "intake_no"), "  진료비: ", N(money("ko"), "amount"), "\n"]


# --- 60. Taiwanese invoice carrier / account form ---------------------------------------------------------------------------------
@tpl()
def taiwan_form():
    name = ch(TW_HANZI)
    g = ch("mf")
    p = P("tw", g)
    return "form", "zh", ["會員資料變更申請書\n姓名：", L("person", name, sub="tw"), "（英文：", PN(p, p.sur.upper() + ", " + p.given.upper()), "）\n身分證字號：", G("tw_id", tw_id(g)), "\n出生日期：", DOB("zh"),
                          "\n手機：", phone("TW", "nat", kind="mobile"), "\n電子郵件：", EM(p), "\n通訊地址：", L("address", "%s市%s區%s路%d號%d樓" % (ch([("台北", "大安", "忠孝東"), ("台中", "西屯", "文心"), ("高雄", "苓雅", "四維")]) + (ri(1, 400), ri(2, 20))), sub="TW"),
                          "\n電子發票載具：", N("/" + rnd(R, string.ascii_uppercase + string.digits + "+-.", 7), "einvoice_carrier"), "\n統一編號：", N(dig(8), "company_tax_id"), "\n"]


# --- 61. Malaysian tenancy / KWSP form ---------------------------------------------------------------------------------------------
@tpl()
def malaysia_form():
    p, q = P("ms"), P("ms")
    d = D(1955, 2003)
    return "form", "ms", ["BORANG PERMOHONAN SEWA RUMAH\nNama penuh (seperti dalam MyKad): ", PN(p, p.full.upper()), "\nNo. MyKad: ", G("my_mykad", mykad(d, p.g)), "\nTarikh lahir: ", DOB("ms", d),
                          "\nAlamat semasa: ", AD("MY"), "\nNo. telefon bimbit: ", phone("MY", "nat", kind=ch(["mobile", "mobile11"])), "\nE-mel: ", EM(p), "\nMajikan: ", ch(["Petronas Dagangan", "Maybank", "Klinik Kesihatan", "Sendiri"]),
                          "   Gaji: ", N(money("ms"), "amount"), "\nWaris terdekat: ", PN(q), " (", ch(["isteri", "suami", "abang", "ibu"]), "), ", phone("MY", "intl", kind="mobile"), "\nDeposit: 2+1 bulan, akaun ", N("Maybank " + dig(12), "local_account_no"), "\n"]


# --- 62. Chilean/Colombian rental application ------------------------------------------------------------------------------------------
@tpl()
def latam_rental():
    cc = ch(["CL", "CO"])
    p, aval = pers(cc), pers(cc)
    idpart = ["RUT: ", G("cl_rut", rut())] if cc == "CL" else ["C.C. ", N("{:,}".format(ri(10000000, 1099999999)).replace(",", "."), "cedula_nochk")]
    return "form", "es", ["SOLICITUD DE ARRIENDO\nNombre completo: ", PN(p), "\n", idpart, "\nFecha de nacimiento: ", DOB(ch(["dmy/", "es"])), "\nDomicilio actual: ", AD(cc), "\nCelular: ", phone(cc, ch(["nat", "intl"]), kind="mobile"),
                          "\nCorreo: ", EM(p), "\nCodeudor / aval: ", PN(aval), ", celular ", phone(cc, "nat", kind="mobile"), "\nRenta líquida: ", N(ch(["$1.250.000", "$2.480.000", "$980.000"]), "amount"),
                          "\nInmueble: ", AD(cc), "\n"]


# --- 63. Moroccan / Luxembourg / Mongolian visa invitation (French/English) -----------------------------------------------------------
@tpl()
def attestation_hebergement():
    cc = ch(["MA", "LU"])
    p, g = pers(cc), P(ch(["ma", "fa", "so", "ht"]))
    return "letter", "fr", ["ATTESTATION D'HÉBERGEMENT\n\nJe soussigné(e) ", PN(p), ", né(e) le ", DOB("fr"), " à ", ch(["Casablanca", "Fès", "Luxembourg", "Esch-sur-Alzette"]), ", demeurant ", AD(cc),
                            ",\natteste héberger à mon domicile ", PN(g), ", né(e) le ", DOB("dmy/"), ", passeport n° ", L("gov_id", rnd(R, string.ascii_uppercase, 2) + dig(7), sub="passport"),
                            ", du ", N(nondate("dmy/"), "stay_date"), " au ", N(nondate("dmy/"), "stay_date"), ".\nTéléphone : ", phone(cc, "nat" if cc == "MA" else "intl"), "\nFait pour servir et valoir ce que de droit.\n"]


# --- 64. Nepali / Sri Lankan / Mongolian / Kazakh employment verification --------------------------------------------------------------
@tpl()
def employment_verification():
    cc = ch(["NP", "LK", "MN", "KZ", "GH"])
    p, hr = pers(cc), pers(cc)
    return "letter", "en", ["TO WHOM IT MAY CONCERN\n\nThis is to certify that ", PN(p, p.full if chance(0.6) else p.caps()), " (date of birth: ", DOB(ch(["dmy/", "en", "iso"])), "), residing at ", AD(cc),
                            ", has been employed with us as ", ch(["Senior Accountant", "Field Engineer", "Data Analyst", "Nurse"]), " since ", N(nondate("en", 2012, 2022), "employment_date"), ". Employee ID ", N("EMP-%d" % ri(1000, 99999), "employee_id"),
                            ".\nSalary is credited to account ", IB(ch(["KZ", "GE"])) if cc == "KZ" else N("A/C " + dig(13), "local_account_no"), ".\nFor verification contact ", PN(hr), " (HR) at ", EM(hr, "hr.example-corp.com"), " or ",
                            phone(cc, "intl"), ".\n"]


# --- 65. Identity numbers in new surroundings (assistant questions) ------------------------------------------------------------
def _idq(k):
    if k == "ssn":
        p = P("us")
        a, g, s = ssn_random(R)
        return "chat", "en", ["My landlord's rental portal rejects my SSN. I typed ", G("us_ssn", "%s %s %s" % (a, g, s)), " with spaces, is that the problem? Name on file: ", PN(p), ", born ", DOB("mdy/"), ".\n"]
    if k == "nino":
        p = P("en")
        a, b, c = nino_random(R)
        return "chat", "en", ["The payroll app (Sage, 'New starter checklist') wants my NI number in one box. It's ", G("uk_nino", "%s %s %s %s %s" % (a, b[:2], b[2:4], b[4:], c)), " — do I drop the spaces? My name is ",
                              PN(p), " and my start date is ", N(nondate("en"), "start_date"), ".\n"]
    if k == "steuer":
        p = P("de")
        v = steuerid_random(R)
        return "form", "de", ["Ausdruck der elektronischen Lohnsteuerbescheinigung für ", N(str(ri(2024, 2025)), "year"), "\nIdentifikationsnummer: ", G("de_steuer_id", "%s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:])),
                              "\nName: ", PN(p, p.inv()), "\nGeburtsdatum: ", DOB("dmy."), "\neTIN: ", N(rnd(R, string.ascii_uppercase, 8) + dig(2) + rnd(R, string.ascii_uppercase, 2), "etin"), "\nBruttoarbeitslohn: ", N(money("de"), "amount"), "\n"]
    if k == "nir":
        p = P("fr")
        b, key = nir_random(R)
        return "form", "fr", ["Attestation de droits à l'assurance maladie\nBénéficiaire : ", PN(p, p.sur.upper() + " " + p.given), "\nNuméro de sécurité sociale : ", G("fr_nir", "%s %s %s %s %s %s %s" % (b[0], b[1:3], b[3:5], b[5:7], b[7:10], b[10:13], key)),
                              "\nDate de naissance : ", DOB("dmy/"), "\nOrganisme : ", N("CPAM %s — %s" % (ch(["Gironde", "Bas-Rhin", "Loire-Atlantique"]), dig(3)), "organisme_code"), "\nDroits ouverts jusqu'au ", N(nondate("dmy/", 2026, 2027), "validity_date"), "\n"]
    if k == "dni":
        p = P("es")
        n, l = dni_random(R)
        return "chat", "es", ["El gimnasio me pide el DNI para la domiciliación y me dice que es incorrecto: ", G("es_dni", "%s.%s.%s-%s" % (n[:2], n[2:5], n[5:], l)), ". Titular: ", PN(p), ", cuenta ", IB("ES"), ". ¿Qué puede fallar?\n"]
    if k == "nie":
        p = P(ch(["so", "ht", "fa"]))
        a, n, l = nie_random(R)
        return "chat", "es", ["Hola, para el padrón me piden el NIE ", G("es_nie", "%s-%s-%s" % (a, n, l)), " y el nombre exacto: ", PN(p), ". Vivo en ", AD("ES"), ". ¿Lo escribo con guiones?\n"]
    if k == "bsn":
        p = P("nl")
        v = bsn_random(R)
        return "letter", "nl", ["Uw DigiD-activeringscode\n\n", PN(p, p.init()), "\n", AD("NL", True), "\n\nBurgerservicenummer: ", G("nl_bsn", "%s.%s.%s" % (v[:4], v[4:6], v[6:])), "\nActiveringscode: ", N(rnd(R, string.ascii_uppercase + string.digits, 9), "activation_code"),
                                "\nDeze code is geldig tot ", N(nondate("dmy-"), "validity_date"), ".\n"]
    if k == "aadhaar":
        p = P(ch(["ne", "si"]))
        v = aadhaar_random(R)
        return "chat", "en", ["For the hostel e-KYC in Bangalore my friend ", PN(p), " used his Aadhaar ", G("in_aadhaar", "%s-%s-%s" % (v[:4], v[4:8], v[8:])), " (he's an NRI spouse). The OTP goes to ", phone("IN", "intl"), ". Is that normal?\n"]
    if k == "cpf":
        p = P("pt")
        v = cpf_random(R)
        return "chat", "pt", ["Recebi um Pix com a chave CPF ", G("br_cpf", "%s.%s.%s-%s" % (v[:3], v[3:6], v[6:9], v[9:])), " em nome de ", PN(p), ". Como confirmo se é o titular certo?\n"]
    if k == "amka":
        p = P("cy")
        d = D(1950, 2005)
        return "form", "el", ["Βεβαίωση εμβολιασμού — στοιχεία\nΟνοματεπώνυμο: ", PN(p), "\nΑΜΚΑ: ", G("gr_amka", amka(d)), "\nΗμερομηνία γέννησης: ", DOB("el", d), "\nΚινητό: ", phone("GR", "nat", kind="mobile"), "\n"]
    if k == "egn":
        p = P("bg")
        d = D(1950, 2005)
        return "chat", "en", ["The Bulgarian tax portal (НАП) says my EGN ", G("bg_egn", egn(d, p.g)), " doesn't match the name ", PN(p), ". I was born ", DOB("en", d), " — the month looks odd, why?\n"]
    if k == "ee":
        p = P("et")
        d = D(1950, 2008)
        return "chat", "et", ["Tere! Kas isikukood ", G("ee_isikukood", ee_ik(d, p.g)), " on õige? See on minu tütre ", PN(p, p.given), " oma, sündinud ", DOB("et", d), ". Kool küsib seda e-koolis.\n"]
    if k == "emso":
        p = P("sl")
        d = D(1950, 2008)
        return "chat", "sl", ["Živjo, v e-Upravi mi javlja napako pri EMŠO ", G("si_emso", emso(d, 50, p.g)), ". Ime: ", PN(p), ", datum rojstva ", DOB("dmy.", d), ". Kaj je narobe?\n"]
    p = P("ko")
    d = D(1950, 2005)
    return "chat", "en", ["Korean visa form asks for the sponsor's resident registration number: ", G("kr_rrn", rrn(d, p.g)), ", sponsor ", PN(p), ", phone ", phone("KR", "intl", kind="mobile"), ". Do I need the hyphen?\n"]


@tpl()
def id_question():
    return _idq(ch(["ssn", "nino", "steuer", "nir", "dni", "bsn", "aadhaar"]))


@tpl()
def id_question_b():
    return _idq(ch(["cpf", "amka", "egn", "ee", "emso", "rrn", "nie"]))


# --- 66b. Call-centre order note / travel-agency booking with a card ------------------------------------------------------------------
@tpl()
def call_centre_order():
    lang = ch(["en", "de", "es", "it", "nl", "pt"])
    cc = {"en": "GB", "de": "DE", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT"}[lang]
    p, agent = pers(cc), pers(cc)
    lab = {"en": ("Phone order — agent", "Caller", "Delivery", "Card read out", "Callback"), "de": ("Telefonbestellung — Bearbeiter", "Anrufer", "Lieferung", "Karte (telefonisch)", "Rückruf"),
           "es": ("Pedido telefónico — agente", "Cliente", "Entrega", "Tarjeta (dictada)", "Devolver llamada"), "it": ("Ordine telefonico — operatore", "Cliente", "Consegna", "Carta (dettata)", "Richiamare"),
           "nl": ("Telefonische bestelling — medewerker", "Beller", "Bezorging", "Kaart (telefonisch)", "Terugbellen"), "pt": ("Encomenda por telefone — operador", "Cliente", "Entrega", "Cartão (ditado)", "Ligar de volta")}[lang]
    return "note", lang, ["%s " % lab[0], PN(agent, agent.given), ", ", N(nondate("dmy/") + " " + hms()[:5], "timestamp"), "\n%s: " % lab[1], PN(p), "\n%s: " % lab[2], AD(cc), "\n%s: " % lab[3], CARD(), " ",
                          N("%02d/%02d" % (ri(1, 12), ri(26, 31)), "expiry_date"), "\n%s: " % lab[4], phone(cc, "nat"), "\nOrder ", N("%s-%d" % (rnd(R, string.ascii_uppercase, 3), ri(100000, 999999)), "order_no"), "  ", N(money(lang), "amount"), "\n"]


@tpl()
def agency_booking():
    cc = ch(["GR", "CY", "HR", "MT", "GE", "AL"])
    lead = P(ch(["en", "de", "pl", "nl", "us"]))
    comp = P(lead.cult)
    return "email", "en", ["Booking request — ", ch(["Santorini", "Paphos", "Dubrovnik", "Gozo", "Kazbegi", "Ksamil"]), " package\nLead passenger: ", PN(lead), " (DOB ", DOB("dmy/"), ")\nCompanion: ", PN(comp), " (DOB ", DOB("dmy/"),
                           ")\nPlease hold the booking with card ", CARD(), ", expiry ", N("%02d/%02d" % (ri(1, 12), ri(26, 31)), "expiry_date"), ", and send the vouchers to ", EM(lead), ".\nLocal contact on arrival: ",
                           phone(cc, "intl"), " (our rep)\nRef ", N("TA-%d" % ri(10000, 99999), "booking_ref"), "\n"]


# --- 66. Hotel folio with card on file -----------------------------------------------------------------------------------------------
@tpl()
def hotel_folio():
    cc = ch(["GE", "AM", "AL", "RS", "MT", "CY", "LU"])
    g = P(ch(["us", "en", "de", "ko", "fr", "pl"]))
    gcc = {"us": "US", "en": "GB", "de": "DE", "ko": "KR", "fr": "FR", "pl": "PL"}[g.cult]
    return "invoice", "en", ["%s HOTEL — GUEST FOLIO\nFolio no. " % ch(["RUSTAVELI", "ARARAT VIEW", "SKANDERBEG", "DANUBE", "GRAND HARBOUR", "ENGLISH QUARTER"]), N(dig(7), "folio_no"), "   Room ", N(str(ri(101, 920)), "room"),
                             "\nGuest: ", PN(g, g.caps()), "\nHome address: ", AD(gcc), "\nArrival ", N(nondate("dmy."), "stay_date"), "  Departure ", N(nondate("dmy."), "stay_date"), "\n\nAccommodation   ", N(money("en"), "amount"),
                             "\nCity tax        ", N(money("en"), "amount"), "\nMinibar         ", N(money("en"), "amount"), "\n\nGuarantee card on file: ", CARD(), " exp ", N("%02d/%02d" % (ri(1, 12), ri(26, 31)), "expiry_date"),
                             "\nE-folio to: ", EM(g), "\n"]


# --- 67. Card update requests (chat) ----------------------------------------------------------------------------------------------------
@tpl()
def card_update():
    lang = ch(["en", "de", "es", "pl", "hr", "lt"])
    cc = {"en": "GB", "de": "DE", "es": "ES", "pl": "PL", "hr": "HR", "lt": "LT"}[lang]
    p = pers(cc)
    t = {"en": ("Hi, please update the card for my membership to ", ", the old one ", " expired. Cardholder: "),
         "de": ("Hallo, bitte buchen Sie den Beitrag künftig von dieser Karte ab: ", ", die alte ", " ist abgelaufen. Karteninhaber: "),
         "es": ("Hola, cambiad la tarjeta de mi suscripción a ", ", la antigua ", " caducó. Titular: "),
         "pl": ("Dzień dobry, proszę zmienić kartę na ", ", stara ", " wygasła. Posiadacz: "),
         "hr": ("Pozdrav, molim promjenu kartice na ", ", stara ", " je istekla. Vlasnik: "),
         "lt": ("Sveiki, prašau pakeisti kortelę į ", ", senoji ", " nebegalioja. Savininkas: ")}[lang]
    return "chat", lang, [t[0], CARD(), " (", N("%02d/%02d" % (ri(1, 12), ri(26, 31)), "expiry_date"), ", CVC ", N(dig(3), "cvc"), ")", t[1], N(masked_card(), "masked_card"), t[2], PN(p), ", ", EM(p), "\n"]


# --- 68. Tutoring / music-school invoice -----------------------------------------------------------------------------------------------------
@tpl()
def tutoring_invoice():
    cc = ch(["SI", "SK", "LT", "LV", "EE", "HR", "PT", "LU", "MT", "CY", "GR", "BG"])
    lang = COUNTRY[cc][1]
    t, par, kid = pers(cc), pers(cc), pers(cc)
    bank = cc if cc in IBAN_LEN else "DE"
    return "invoice", lang if lang in ("sl", "sk", "lt", "lv", "et", "hr", "pt") else "en", [
        "INVOICE / RAČUN / ARVE ", N("%d/%03d" % (ri(2025, 2026), ri(1, 300)), "invoice_no"), "\nFrom: ", PN(t), ", ", ch(["piano", "violin", "maths", "English", "chemistry"]), " lessons\n", AD(cc),
        "\nTo: ", PN(par), " (pupil: ", PN(kid, kid.given), ")\n", N("%d × 45 min" % ri(4, 12), "quantity"), " … ", N(money(lang), "amount"), "\nPlease pay to ", IB(bank), " by ", N(nondate("dmy."), "due_date"), "\nQuestions: ", EM(t), " / ", ph_any(cc, style="nat"), "\n"]


# --- 69. Refund list (TSV pasted) -------------------------------------------------------------------------------------------------------------
@tpl()
def refund_list():
    parts = ["Name\tIBAN\tAmount\tReason\n"]
    for _ in range(ri(3, 5)):
        cc = ch(["EE", "LV", "LT", "SK", "SI", "HR", "BG", "GR", "CY", "MT", "LU", "PT", "AL", "GE", "RS"])
        p = pers(cc)
        parts += [PN(p, p.anyform()), "\t", IB(cc, ch(["g", "c"])), "\t", N(money("de"), "amount"), "\t", ch(["trip cancelled", "double payment", "course full", "overpaid deposit"]), "\n"]
    return "tsv", "en", ["Can you turn this into a SEPA XML batch? Refunds:\n", parts]


# --- 70. direnv / appsettings.json / shell exports --------------------------------------------------------------------------------------------
@tpl()
def dev_secrets():
    k = ch(["envrc", "appsettings", "zshrc", "readme"])
    if k == "envrc":
        return "config", "en", ["# .envrc (direnv)\nexport DOPPLER_TOKEN=", S("doppler"), "\nexport PULUMI_ACCESS_TOKEN=", S("pulumi"), "\nexport NEW_RELIC_API_KEY=", S("newrelic"), "\nexport DD_API_KEY=", S("datadog"),
                                "\nexport CLOUDFLARE_API_TOKEN=", S("cloudflare"), "\nexport AWS_PROFILE=sandbox\nlayout python3\n"]
    if k == "appsettings":
        return "code", "en", ['{\n  "ConnectionStrings": {\n    "Default": "Server=', IP("priv"), ';Database=Crm;User Id=crm_app;Password=', S("password"), ';TrustServerCertificate=True"\n  },\n  "Shopify": { "AccessToken": "', S("shopify"),
                              '" },\n  "Postman": { "ApiKey": "', S("postman"), '" },\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "AllowedHosts": "*"\n}\n']
    if k == "zshrc":
        return "config", "en", ["# ~/.zshrc (tail)\nexport LINEAR_API_KEY=\"", S("linear"), "\"\nexport NOTION_TOKEN=\"", S("notion"), "\"\nexport GRAFANA_SA_TOKEN=", S("grafana"), "\nexport TF_TOKEN_app_terraform_io=", S("tfc"),
                                "\nalias k=kubectl\nsource <(fzf --zsh)\n"]
    return "code", "en", ["## Local setup\n\n1. Join the tailnet: `tailscale up --authkey ", S("tailscale"), "`\n2. Decrypt secrets: `age -d -i key.txt secrets.age` where key.txt holds\n   `", S("age"), "`\n3. Mapbox token for the map view: `",
                          S("mapbox"), "`\n4. Discord bot: `DISCORD_TOKEN=", S("discord"), "`\n"]


# --- 71. Club membership renewal e-mail (multi-language) -------------------------------------------------------------------------------------
@tpl()
def club_renewal():
    cc = ch(["CO", "CL", "ES", "PT", "IT", "FR", "MA", "GE", "AM"])
    lang = COUNTRY[cc][1]
    p, sec = pers(cc), pers(cc)
    t = {"es": ("Estimado/a", "su cuota anual de socio vence pronto. Datos que tenemos:", "Fecha de nacimiento", "Teléfono", "Atentamente"),
         "pt": ("Caro/a", "a sua quota anual está a terminar. Dados registados:", "Data de nascimento", "Telemóvel", "Com os melhores cumprimentos"),
         "it": ("Gentile", "la tua quota annuale sta per scadere. Dati in archivio:", "Data di nascita", "Cellulare", "Cordiali saluti"),
         "fr": ("Cher/Chère", "votre cotisation annuelle arrive à échéance. Données enregistrées :", "Date de naissance", "Téléphone", "Bien à vous"),
         "en": ("Dear", "your annual membership is due. Details we hold:", "Date of birth", "Mobile", "Kind regards")}[lang]
    return "email", lang, ["%s " % t[0], PN(p, p.given), ",\n%s\n- " % t[1], PN(p), "\n- %s: " % t[2], DOB(ch(["dmy/", "iso"])), "\n- %s: " % t[3], ph_any(cc, style="intl"), "\n- ", AD(cc), "\n- N.º socio / member no. ",
                           N(str(ri(1000, 99999)), "member_no"), "\n\n%s,\n" % t[4], PN(sec), "\n", ch(["Club de Ajedrez Capablanca", "Clube Naval", "Circolo Tennis Garibaldi", "Club Alpin", "Tbilisi Rowing Club", "Yerevan Chess House"]), "\n"]


# ---------------------------------------------------------------- clean templates (hard negatives only)
NAME_WORD_SENTENCES = [
    ("en", "Will the ferry still run if the wind picks up? Grant access to the shared drive before Friday, and Mark the ticket as done."),
    ("en", "Bill the client for 3 hours, not 4; Rose gold is out of stock until May."),
    ("et", "Tamm ja kask kasvavad meie aias, mägi on kaugel ja saar paistab udus."),
    ("et", "Sepp parandas värava, Rebane jooksis üle põllu — vähemalt nii ütles naaber."),
    ("lv", "Ozols un liepa zied maijā; Kalniņš ir neliels kalns aiz ciema."),
    ("lt", "Rūta žydi darželyje, o Ieva — tai ir sodo medis, ir vardas."),
    ("sl", "Golob je sedel na strehi, kos kruha pa je ostal na mizi."),
    ("hr", "Nada umire posljednja, a Vesna je stari naziv za proljeće."),
    ("sq", "Drita e mëngjesit hyri në dhomë; shpresa nuk humbet kurrë."),
    ("bg", "Надежда и Любов са и думи, не само имена; Слава на труда!"),
    ("de", "Frank und frei gesagt: die Heide blüht, und Ernst ist die Lage nicht."),
    ("fr", "La pierre est tombée; Rose est la couleur du mois, Toussaint est un jour férié."),
    ("es", "Dolores de cabeza y un pilar roto; la rosa del jardín está seca."),
    ("it", "Fortunato chi trova posto; Benedetta pioggia dopo la siccità."),
    ("pt", "Graça e Glória são também palavras; o Rio é cheio em Abril."),
    ("ms", "Aman dan Bahagia ialah nama jalan di kawasan ini, bukan nama orang."),
    ("mt", "Il-Ħamis nieħdu l-Merkanti għall-Belt; Grazzi ħafna!"),
    ("ca", "Font de la plaça, Riera seca i Puig alt: són llocs, no persones."),
]
EPONYMS = [
    ("Nikola Tesla Airport (BEG)", "eponym_airport"), ("Shota Rustaveli Avenue", "eponym_street"), ("Skanderbeg Square", "eponym_square"),
    ("Prešeren Day (8 February)", "eponym_holiday"), ("Ivan Meštrović Gallery", "eponym_museum"), ("Chinggis Khaan International Airport", "eponym_airport"),
    ("Kwame Nkrumah Memorial Park", "eponym_park"), ("Sun Yat-sen Memorial Hall", "eponym_building"), ("Mother Teresa Square", "eponym_square"),
    ("Botev Plovdiv vs Levski Sofia", "eponym_team"), ("Gedimino prospektas", "eponym_street"), ("Kalevipoeg (the epic)", "eponym_work"),
    ("Pablo Neruda's La Chascona", "eponym_house"), ("Abay Kunanbayev opera house", "eponym_building"), ("Bach BWV 1007", "eponym_work"),
    ("Newton metre", "eponym_unit"), ("Parkinson's disease", "eponym_disease"), ("Dijkstra's algorithm", "eponym_algorithm"),
    ("Hajduk Split", "eponym_team"), ("Jose Rizal Day", "eponym_holiday"), ("Tesla Model Y", "eponym_brand"), ("Casa Batlló by Gaudí", "eponym_work"),
    ("Van Gogh Museum", "eponym_museum"), ("Rembrandtplein", "eponym_square"), ("Santa Claus Village", "eponym_place"),
]


def clean_parts():
    """A pool of hard negatives, each (text, tag)."""
    lang = ch(["en", "de", "fr", "es", "it", "lt", "lv", "et", "sk", "sl", "hr", "bg", "el", "ms", "ko", "pt", "nl", "pl", "ca", "sq"])
    pool = [
        lambda: ("order %d-%07d-%07d" % (ri(100, 999), ri(0, 9999999), ri(0, 9999999)), "order_no"),
        lambda: ("tracking %s" % ch(["1Z%s%s" % (rnd(R, string.ascii_uppercase + string.digits, 6), dig(10)), "RR%dLT" % ri(100000000, 999999999), "JJD%s" % dig(18)]), "tracking"),
        lambda: ("invoice INV-%d-%05d" % (ri(2024, 2026), ri(1, 99999)), "invoice_no"),
        lambda: (ver(), "version"), lambda: ("v%d.%d.%d-rc.%d" % (ri(0, 5), ri(0, 30), ri(0, 9), ri(1, 5)), "version"),
        lambda: (sha(40), "git_sha"), lambda: ("sha256:" + sha(64), "digest"), lambda: (uuid4(), "uuid"),
        lambda: (ts(), "timestamp"), lambda: (money(lang), "amount"), lambda: (masked_card(), "masked_card"),
        lambda: ("<YOUR_API_KEY>", "placeholder"), lambda: ("${DB_PASSWORD}", "placeholder"), lambda: ("sk_test_xxxxxxxxxxxxxxxxxxxx", "placeholder"),
        lambda: ("pk_live_" + rnd(R, ALNUM, 24), "publishable_key"), lambda: ("127.0.0.1:8080", "loopback"), lambda: ("255.255.255.0", "netmask"),
        lambda: (":".join("%02x" % ri(0, 255) for _ in range(6)), "mac"), lambda: ("ISBN 978-%d-%02d-%06d-%d" % (ri(0, 9), ri(10, 99), ri(0, 999999), ri(0, 9)), "isbn"),
        lambda: ("EAN %s" % dig(13), "ean"), lambda: ("%02d:%02d–%02d:%02d" % (ri(7, 11), ri(0, 59), ri(12, 18), ri(0, 59)), "time_range"),
        lambda: ("expires %s" % nondate("dmy/", 2026, 2030), "expiry_date"), lambda: ("meeting on %s" % nondate("en"), "nonbirth_date"),
        lambda: ("%.5f, %.5f" % (R.uniform(35, 60), R.uniform(-10, 45)), "coordinates"), lambda: ("VIN %s" % rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17), "vin"),
        lambda: ("IMEI %s" % luhn_complete("35" + dig(12)), "imei"), lambda: ("PNR %s" % rnd(R, string.ascii_uppercase + "23456789", 6), "pnr"),
        lambda: ("flight %s%d" % (ch(["LO", "BT", "OU", "JU", "KM", "A3", "FB"]), ri(100, 999)), "flight_no"),
        lambda: ("plate %s" % ch(["BA-%d%s" % (ri(100, 999), rnd(R, "ABCDEFHKLMNPRSTUVXYZ", 2)), "ZG %d-%s" % (ri(1000, 9999), rnd(R, "ABCDEFHKLMNPRSTUVXYZ", 2)), "%d %s" % (ri(100, 999), rnd(R, "ABCDEFHKLMNPRSTUV", 3))]), "plate"),
        lambda: ("IBAN DE00 %s (check digits 00)" % group(dig(18)), "iban_bad_check"),
        lambda: ("SSN 000-%02d-%04d" % (ri(1, 99), ri(1, 9999)), "ssn_invalid"), lambda: ("tel. 112 / 1830", "emergency_number"),
        lambda: ("+999 %s" % dig(7), "invalid_phone"), lambda: ("(123) 456-7890", "placeholder_phone"), lambda: ("HS code %d.%02d.%02d" % (ri(1000, 9999), ri(0, 99), ri(0, 99)), "hs_code"),
        lambda: ("case no. %d/%d" % (ri(1, 9999), ri(2020, 2026)), "case_no"), lambda: ("room %s-%d" % (ch("ABCD"), ri(100, 450)), "room"),
        lambda: ("BIC %s" % ch(["HABALV22", "LHVBEE22", "CBVILT2X", "TATRSKBX", "LJBASI2X", "ZABAHR2X", "UNCRBGSF"]), "bic"),
        lambda: ("build %d (%s)" % (ri(1000, 99999), sha(7)), "build_no"), lambda: ("port %d-%d" % (ri(1000, 5000), ri(5001, 9000)), "port_range"),
        lambda: ("user at example dot com", "obfuscated_placeholder_email"),
        lambda: ("dhcp-range 192.168.x.100–x.200", "ip_template"), lambda: ("Windows 10.0.19045.%d" % ri(1000, 5000), "os_build"),
        lambda: ("loyalty card ****%s" % dig(4), "masked_loyalty"), lambda: ("CVC 3 digits on the back", "cvc_text"),
        lambda: ("ECLI:SI:VSRS:%d:II.IPS.%d.%d" % (ri(2015, 2025), ri(1, 999), ri(2015, 2025)), "ecli"), lambda: ("DOI 10.%d/%s" % (ri(1000, 9999), rnd(R, string.ascii_lowercase + string.digits, 8)), "doi"),
        lambda: ("arn:aws:s3:::backups-%s" % rnd(R, string.ascii_lowercase, 6), "arn"), lambda: ("%d kWh" % ri(100, 90000), "meter_reading"),
        lambda: ("QSO with ES%d%s on 14.074 MHz" % (ri(1, 9), rnd(R, string.ascii_uppercase, 2)), "callsign"),
    ]
    return lang, [f() for f in R.sample(pool, ri(4, 7))]


@tpl(False)
def clean_notes():
    lang, negs = clean_parts()
    parts = [ch(["Notes for Monday:\n", "TODO\n", "Quick summary:\n", "Checklist before release:\n", "Bilješke:\n", "Piezīmes:\n", "Märkmed:\n"])]
    for t, tag in negs:
        parts += ["- ", ch(["check ", "confirm ", "update ", "", "compare "]), N(t, tag), "\n"]
    return "list", lang, parts


@tpl(False)
def clean_name_words():
    parts = []
    for lang, s in R.sample(NAME_WORD_SENTENCES, ri(1, 3)):
        parts += [N(s, "name_as_word_" + lang), "\n"]
    lang = ch(["en", "et", "hr", "lv"])
    return "chat", lang, ["Is this sentence grammatical? ", parts]


@tpl(False)
def clean_eponyms():
    parts = ["Itinerary ideas:\n"]
    for t, tag in R.sample(EPONYMS, ri(3, 5)):
        parts += ["* ", N(t, tag), " — ", ch(["morning", "after lunch", "if it rains", "skip if busy", "book ahead"]), "\n"]
    return "list", "en", parts


@tpl(False)
def clean_config_placeholders():
    k = ch(["s3cfg", "msmtp", "gradle", "appsettings", "pjsip", "netplan"])
    if k == "s3cfg":
        return "config", "en", ["[default]\naccess_key = ", N("<ACCESS_KEY_ID>", "placeholder"), "\nsecret_key = ", N("<SECRET_ACCESS_KEY>", "placeholder"), "\nhost_base = s3.amazonaws.com\n"]
    if k == "msmtp":
        return "config", "en", ["account work\nhost smtp.office365.com\nport 587\nfrom ", N("${EMAIL}", "placeholder"), "\npasswordeval ", N("\"pass show mail/work\"", "password_command"), "\n"]
    if k == "gradle":
        return "config", "en", ["signing.keyId=", N(rnd(R, "0123456789ABCDEF", 8), "gpg_key_id"), "\nsigning.password=", N("${env.SIGNING_PASSWORD}", "placeholder"), "\nVERSION_NAME=", N(ver(), "version"), "\n"]
    if k == "appsettings":
        return "code", "en", ['{ "ConnectionStrings": { "Default": "Server=', N("localhost", "loopback_name"), ';Database=Crm;Integrated Security=true" },\n  "Shopify": { "AccessToken": "', N("shpat_****", "masked_secret"), '" } }\n']
    if k == "pjsip":
        return "config", "en", ["[201]\ntype=endpoint\ncallerid=\"", N("Reception", "role_name"), "\" <201>\n[auth201]\ntype=auth\npassword=", N("CHANGEME", "placeholder"), "\n"]
    return "yaml", "en", ["network:\n  ethernets:\n    lo:\n      addresses: [", N("127.0.0.1/8", "loopback"), "]\n    enp3s0:\n      dhcp4: true\n      # netmask ", N("255.255.255.0", "netmask"), "\n"]


@tpl(False)
def clean_logs():
    parts = []
    for _ in range(ri(3, 5)):
        parts += [N(ts(), "timestamp"), " ", ch(["INFO", "WARN", "DEBUG"]), " ", ch(["worker", "scheduler", "api", "cron"]), "[", str(ri(100, 9999)), "] ",
                  ch(["request ", "job ", "trace "]), N(uuid4(), "uuid"), " took ", N("%d ms" % ri(3, 9000), "duration"), " on ", N("127.0.0.1", "loopback"), "\n"]
    return "log", "en", parts


@tpl(False)
def clean_receipt():
    lang = ch(["lt", "lv", "et", "hr", "sl", "sk", "bg", "el", "ms", "ko"])
    return "receipt", lang, [ch(["RIMI", "MAXI", "Prisma", "Konzum", "Mercator", "Billa", "Lidl", "AB", "Tesco", "GS25"]), "\n", N(D(2025, 2026).fmt("dmy.") + " " + hms(), "timestamp"), "\n",
                             ch(["Piens 2,5%", "Kruh", "Leib", "Jogurt", "Banaani"]), "  ", N(money(lang), "amount"), "\n", ch(["Kafija", "Sir", "Vesi"]), "  ", N(money(lang), "amount"), "\nTOTAL ", N(money(lang), "amount"),
                             "\n", N(masked_card(), "masked_card"), "  AUTH ", N(dig(6), "auth_code"), "\nKvits/Račun nr ", N(str(ri(100000, 999999)), "receipt_no"), "\n"]


@tpl(False)
def clean_timetable():
    parts = ["%s timetable (valid %s)\n" % (ch(["Tallinn–Helsinki ferry", "Split–Hvar catamaran", "Valletta–Gozo ferry", "Riga tram 11", "Vilnius bus 3G"]), nondate("dmy."))]
    for _ in range(ri(4, 6)):
        parts += [N("%02d:%02d" % (ri(5, 22), ri(0, 59)), "time"), "  ", ch(["Mon–Fri", "Sat", "Sun", "daily"]), "  ", N("€%d.%02d" % (ri(2, 60), ch([0, 50, 90])), "amount"), "\n"]
    return "table", "en", parts


@tpl(False)
def clean_invalid_lookalikes():
    lang = ch(["en", "de", "es", "pl"])
    items = [("IBAN " + (lambda v: v[:2] + "%02d" % ((int(v[2:4]) + 1) % 100 or 1) + v[4:])(iban9(ch(["EE", "LT", "SK", "HR", "BG", "SI"]))), "iban_bad_check"),
             ("card %s" % (lambda n: n[:-1] + str((int(n[-1]) + 1) % 10))(card_random(R, "visa")), "luhn_fail"),
             ("SSN 666-%02d-%04d" % (ri(1, 99), ri(1, 9999)), "ssn_invalid"),
             ("phone 0%d" % ri(1000, 99999), "too_short_phone"),
             ("OIB %s" % (lambda v: v[:-1] + str((int(v[-1]) + 1) % 10))(oib()), "oib_bad_check"),
             ("EGN %s" % (lambda v: v[:-1] + str((int(v[-1]) + 1) % 10))(egn(D(), "m")), "egn_bad_check"),
             ("RUT %s" % (lambda v: v[:-1] + ("0" if v[-1] != "0" else "1"))(rut()), "rut_bad_check")]
    parts = ["These fail validation in our form — expected? ", ""]
    for t, tag in R.sample(items, ri(3, 5)):
        parts += ["\n• ", N(t, tag)]
    return "chat", lang, parts + ["\n"]


@tpl(False)
def clean_versions():
    parts = ["$ pip freeze | head\n"]
    for _ in range(ri(4, 7)):
        parts += [ch(["requests", "numpy", "pandas", "urllib3", "idna", "certifi", "boto3", "pydantic", "rich"]), "==", N(ver(), "version"), "\n"]
    parts += ["$ sha256sum dist/app.tar.gz\n", N(sha(64), "digest"), "  dist/app.tar.gz\n"]
    return "cli", "en", parts


@tpl(False)
def clean_blank_form():
    lang = ch(["hr", "sk", "sl", "lt", "lv", "et", "bg", "sq", "ms", "el"])
    lab = {"hr": ["Ime i prezime", "Datum rođenja", "OIB", "Adresa", "Telefon"], "sk": ["Meno a priezvisko", "Dátum narodenia", "Rodné číslo", "Adresa", "Telefón"],
           "sl": ["Ime in priimek", "Datum rojstva", "EMŠO", "Naslov", "Telefon"], "lt": ["Vardas, pavardė", "Gimimo data", "Asmens kodas", "Adresas", "Telefonas"],
           "lv": ["Vārds, uzvārds", "Dzimšanas datums", "Personas kods", "Adrese", "Tālrunis"], "et": ["Ees- ja perekonnanimi", "Sünniaeg", "Isikukood", "Aadress", "Telefon"],
           "bg": ["Име и фамилия", "Дата на раждане", "ЕГН", "Адрес", "Телефон"], "sq": ["Emri dhe mbiemri", "Datëlindja", "Nr. personal", "Adresa", "Telefon"],
           "ms": ["Nama penuh", "Tarikh lahir", "No. MyKad", "Alamat", "Telefon"], "el": ["Ονοματεπώνυμο", "Ημερομηνία γέννησης", "ΑΜΚΑ", "Διεύθυνση", "Τηλέφωνο"]}[lang]
    parts = []
    for l in lab:
        parts += [l, ": ", N(ch(["________________", "[            ]", "…………………", "DD.MM.GGGG" if "at" in l else "______"]), "blank_field"), "\n"]
    return "form", lang, ["Can you translate this blank form for me?\n", parts]


@tpl(False)
def clean_sports():
    parts = ["Results, round %d\n" % ri(1, 30)]
    for a, b in R.sample([("Dinamo Zagreb", "Hajduk Split"), ("Levski Sofia", "Botev Plovdiv"), ("Žalgiris", "Rytas"), ("Partizan", "Crvena zvezda"), ("Olimpija", "Maribor"),
                          ("Slovan", "Spartak Trnava"), ("FCSB", "Rapid"), ("Flora", "Levadia"), ("Tirana", "Partizani"), ("Dinamo Tbilisi", "Torpedo Kutaisi")], ri(3, 5)):
        parts += [N("%s %d–%d %s" % (a, ri(0, 4), ri(0, 4), b), "team_names"), "  (att. ", N("{:,}".format(ri(800, 35000)).replace(",", "."), "attendance"), ")\n"]
    return "table", "en", parts


@tpl(False)
def clean_assistant_code():
    return "code", "en", ["Why does this fail?\n```python\nclient = Client(api_key=os.environ[\"API_KEY\"])  # ", N("never hard-code sk-...", "placeholder"), "\nresp = client.get(\"/v1/users/", N(uuid4(), "uuid"), "\", timeout=", N("30", "number"),
                          ")\nprint(resp.json()[\"items\"][", N("1::2", "python_slice"), "])\n```\nError: KeyError: 'items' at ", N(ts(), "timestamp"), "\n"]


@tpl(False)
def clean_medical_leaflet():
    lang = ch(["en", "hr", "lt", "el", "pt"])
    return "leaflet", lang, ["Package leaflet — ", ch(["Ibuprofen", "Paracetamol", "Amoxicillin"]), " ", N("%d mg" % ch([200, 400, 500]), "dose"), "\nBatch ", N(rnd(R, string.ascii_uppercase, 2) + dig(5), "batch_no"),
                             "  EXP ", N(nondate("dmy/", 2026, 2029), "expiry_date"), "\nAdults: 1 tablet every ", N("6–8 h", "time_range"), ", max. ", N("1.2 g/day", "dose"), "\nMarketing authorisation no. ", N("HR-H-%d" % ri(100000000, 999999999), "ma_no"),
                             "\nParkinson's or Crohn's disease: ask your doctor.\n"]


@tpl(False)
def clean_chat_export():
    return "chat_export", "en", ["[", N(nondate("dmy/") + ", " + hms()[:5], "timestamp"), "] Me: did the parcel ", N("RR%dEE" % ri(100000000, 999999999), "tracking"), " arrive?\n[", N(nondate("dmy/") + ", " + hms()[:5], "timestamp"),
                                 "] Them: yes! paid ", N(money("en"), "amount"), ", receipt ", N("#%d" % ri(10000, 99999), "receipt_no"), "\n[", N(nondate("dmy/") + ", " + hms()[:5], "timestamp"), "] Me: great, see you at ", N("Skanderbeg Square", "eponym_square"), "\n"]


@tpl(False)
def clean_birthday_words():
    # birth words but no birth date of a person
    lang = ch(["en", "de", "es", "lt", "hr"])
    s = {"en": ("Registry stats: ", " births recorded in ", ", busiest day "), "de": ("Statistik: ", " Geburten im Jahr ", ", stärkster Tag "),
         "es": ("Estadística: ", " nacimientos en ", ", día con más "), "lt": ("Statistika: ", " gimimų per ", ", daugiausia "), "hr": ("Statistika: ", " rođenih u ", ", najviše ")}[lang]
    return "table", lang, [s[0], N("{:,}".format(ri(1000, 90000)).replace(",", "."), "count"), s[1], N(str(ri(2015, 2025)), "year"), s[2], N(nondate("dmy.", 2015, 2025), "nonbirth_date"),
                           ". Birthday party for the office on ", N(nondate("en"), "event_date"), ".\n"]


# ---------------------------------------------------------------- assistant requests
WRAP = {
    "en": ["Can you turn this into a clean table?", "Please summarise this for my manager:", "What's wrong with this config?", "Tidy this up, keep every field:",
           "Can you check this for mistakes before I send it?", "Explain what this log shows:"],
    "de": ["Kannst du mir das kurz zusammenfassen?", "Bitte formatiere das als Tabelle:"], "fr": ["Tu peux reformuler ce texte ?", "Mets ça en tableau, stp :"],
    "es": ["¿Me ayudas a resumir esto?", "Pásalo a una tabla, por favor:"], "it": ["Puoi riassumere questo testo?"], "pt": ["Podes resumir isto?", "Consegues pôr isto numa tabela?"],
    "pl": ["Możesz to streścić?"], "nl": ["Kun je dit samenvatten?"], "et": ["Palun tõlgi see inglise keelde:", "Kas saad selle tabeliks teha?"],
    "lv": ["Lūdzu, iztulko šo angliski:"], "lt": ["Gal gali sutvarkyti šį tekstą?"], "sk": ["Môžeš mi to zhrnúť?"], "sl": ["Lahko to prevedeš v angleščino?"],
    "hr": ["Možeš li ovo prevesti na engleski?"], "sr": ["Можеш ли ово да преведеш на енглески?"], "bg": ["Можеш ли да преведеш това на английски?"],
    "sq": ["A mund ta përkthesh këtë në anglisht?"], "ms": ["Boleh tolong ringkaskan ini?"], "ko": ["이거 영어로 번역해 줄 수 있어?"], "zh": ["請幫我把這段翻譯成英文："],
    "el": ["Μπορείς να το μεταφράσεις στα αγγλικά;"], "ca": ["Em pots resumir això?"], "mt": ["Tista' tittraduċi dan bl-Ingliż?"], "ru": ["Можешь перевести это на английский?"],
}


def wrap(lang, parts):
    wl = lang if (lang in WRAP and chance(0.7)) else "en"
    q = ch(WRAP[wl])
    if chance(0.5):
        return wl, [q, "\n\n", parts]
    return wl, [q, "\n\n```\n", parts, "\n```"]


# ---------------------------------------------------------------- checks

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])")


def outside(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x00"
    return "".join(t)


def problems(rec):
    """Everything --check verifies about one record (besides phones, batched)."""
    out = []
    try:
        check_record(rec)
    except AssertionError as e:
        return ["span: %s" % str(e)[:200]]
    for sp in rec["spans"]:
        v, t = sp["value"], sp["type"]
        if t == "card":
            d = re.sub(r"\D", "", v)
            if not luhn_ok(d):
                out.append("luhn " + v)
        elif t == "iban":
            c = re.sub(r"[\s\u00a0\u202f-]", "", v).upper()
            if iban_mod97(c) != 1 or len(c) != iban_len(c[:2]):
                out.append("iban " + v)
        elif t == "gov_id":
            if not GOV_CHECK[sp["sub"]](v):
                out.append("gov_id %s %s" % (sp["sub"], v))
        elif t == "ip":
            a = ipaddress.ip_address(v)
            if a.is_loopback or a.is_unspecified or a.is_multicast or (a.version == 4 and v.startswith("255.")):
                out.append("ip not a host " + v)
        elif t == "email":
            if not EMAIL_RE.fullmatch(v):
                out.append("email shape " + v)
    o = outside(rec)
    for m in EMAIL_RE.finditer(o):
        out.append("unlabelled email " + m.group(0))
    for m in IPV4_RE.finditer(o):
        octs = [int(x) for x in m.groups()]
        if max(octs) > 255 or octs[0] in (0, 127, 255):
            continue
        pre = o[max(0, m.start() - 12):m.start()].lower()
        if "version" in pre or pre.endswith("v") or "windows" in pre:
            continue
        out.append("unlabelled ipv4 " + m.group(0))
    words = set()
    for sp in rec["spans"]:
        if sp["type"] == "person":
            for w in re.split(r"[\s,]+", sp["value"]):
                w = w.strip(".")
                if len(w) >= 3 and w.lower() not in ("bin", "binti", "van", "der", "del", "los", "las"):
                    words.add(w)
    for w in words:
        if re.search(r"(?<!\w)%s(?!\w)" % re.escape(w), o):
            out.append("name word left unlabelled: " + w)
    return out


# ---------------------------------------------------------------- generation

def label_vec(rec):
    c = Counter(sp["type"] for sp in rec["spans"])
    return c


def kinds_of(rec):
    """The rarer dimensions the selection also spreads: id kinds, phone
    plans, address countries, name cultures, secret kinds."""
    out = set()
    for sp in rec["spans"]:
        if sp["type"] in ("gov_id", "address", "person", "secret"):
            out.add((sp["type"], sp["sub"]))
        elif sp["type"] == "phone":
            out.add(("phone", sp.get("plan", sp["region"])))
    return out


def generate():
    labelled = [(n, f) for n, f, lab in TEMPLATES if lab]
    clean = [(n, f) for n, f, lab in TEMPLATES if not lab]
    pool = []   # (template name, form, lang, parts-record)
    rejected = Counter()
    for name, f in labelled:
        got = 0
        tries = 0
        while got < 24 and tries < 200:
            tries += 1
            mark = len(PHONE_LOG)
            form, lang, parts = f()
            if chance(1 / 6):
                lang, parts = wrap(lang, parts)
                form = form
            rec = build("tmp", form, lang, parts)
            if not rec["spans"] or problems(rec):
                rejected[name] += 1
                continue
            rec["_tpl"] = name
            pool.append(rec)
            got += 1
    # selection: 3 of each template, then greedily towards TARGET
    nlab = NREC - NCLEAN
    by_tpl = defaultdict(list)
    for rec in pool:
        by_tpl[rec["_tpl"]].append(rec)
    chosen, cur = [], Counter()
    for name, _ in labelled:
        for rec in by_tpl[name][:3]:
            chosen.append(rec)
            cur.update(label_vec(rec))
    rest = [r for name, _ in labelled for r in by_tpl[name][3:]]
    used_tpl = Counter(r["_tpl"] for r in chosen)
    seen = Counter(k for r in chosen for k in kinds_of(r))
    while len(chosen) < nlab:
        k = len(chosen) + 1
        best, bs = None, None
        for i, r in enumerate(rest):
            if used_tpl[r["_tpl"]] >= 16:
                continue
            v = label_vec(r)
            s = sum((cur[t] + v[t] - TARGET[t] * k / nlab) ** 2 / TARGET[t] for t in TARGET)
            s -= 0.6 * sum(1 for x in kinds_of(r) if seen[x] < 3)
            if bs is None or s < bs:
                best, bs = i, s
        r = rest.pop(best)
        chosen.append(r)
        used_tpl[r["_tpl"]] += 1
        cur.update(label_vec(r))
        seen.update(kinds_of(r))
    cleans = []
    i = 0
    while len(cleans) < NCLEAN:
        name, f = clean[i % len(clean)]
        i += 1
        form, lang, parts = f()
        if chance(1 / 6):
            lang, parts = wrap(lang, parts)
        rec = build("tmp", form, lang, parts)
        assert not rec["spans"], name
        if problems(rec):
            rejected[name] += 1
            continue
        rec["_tpl"] = name
        cleans.append(rec)
    recs = chosen + cleans
    R.shuffle(recs)
    out = []
    for n, r in enumerate(recs):
        r2 = {"id": "%s%05d" % (PREFIX, n), "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"]}
        if "neg" in r:
            r2["neg"] = r["neg"]
        out.append(r2)
    return out, rejected


def phone_items(recs):
    items = []
    for r in recs:
        for sp in r["spans"]:
            if sp["type"] == "phone":
                items.append((sp["value"], sp["region"], "%s:%s" % (sp.get("plan", sp["region"]), sp["sub"])))
    return items


def load():
    with open(OUT, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def check(recs):
    bad = 0
    ids = set()
    for r in recs:
        assert r["id"].startswith(PREFIX) and r["id"] not in ids
        ids.add(r["id"])
        for p in problems(r):
            print(r["id"], p)
            bad += 1
    inv = pv_check(phone_items(recs))
    if inv is None:
        print("note: /tmp/pv/pv missing, phones not re-validated")
    else:
        for ln in inv:
            print("phone", ln)
            bad += 1
    nclean = sum(1 for r in recs if not r["spans"])
    print("%d records, %d clean, %d labels, %d problems" % (len(recs), nclean, sum(len(r["spans"]) for r in recs), bad))
    return bad == 0


def stats(recs):
    c = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if not r["spans"]), sum(c.values())))
    print("per type: " + ", ".join("%s %d" % kv for kv in c.most_common()))
    print("languages: " + ", ".join("%s %d" % kv for kv in Counter(r["lang"] for r in recs).most_common()))
    print("forms: " + ", ".join("%s %d" % kv for kv in Counter(r["form"] for r in recs).most_common()))
    print("neg tags: %d kinds" % len({t for r in recs for t in r.get("neg", [])}))
    print("phone plans: " + ", ".join("%s %d" % kv for kv in sorted(Counter(sp.get("plan", sp.get("region")) for r in recs for sp in r["spans"] if sp["type"] == "phone").items())))
    print("address countries: " + ", ".join("%s %d" % kv for kv in sorted(Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "address").items())))
    print("gov_id kinds: " + ", ".join("%s %d" % kv for kv in Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "gov_id").most_common()))
    print("secret kinds: " + ", ".join("%s %d" % kv for kv in Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "secret").most_common()))
    print("name cultures: " + ", ".join("%s %d" % kv for kv in Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "person").most_common()))
    words = {w for r in recs for sp in r["spans"] if sp["type"] == "person" for w in re.split(r"[\s,]+", sp["value"]) if len(w.strip(".")) > 1}
    print("distinct name words: %d" % len(words))
    print("records with an assistant request: %d" % sum(1 for r in recs if any(r["text"].startswith(q) for qs in WRAP.values() for q in qs)))


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check(load()) else 1)
    if "--stats" in sys.argv:
        stats(load())
        return
    recs, rejected = generate()
    write_jsonl(OUT, recs)
    if "-v" in sys.argv:
        print("rejected draws per template:", dict(rejected))
    ok = check(recs)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
