#!/usr/bin/python3
"""Held-out part 8 of the redaction corpus (heldout8.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py, the lists
of forms, languages and name cultures parts 1-7 use (heldout/README.md) and
the header and phone-validation call of gen_heldout7.py; not the redactor,
its docs, its tests or the other generators, and it ran no project binary.
Deterministic (seed 80231).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout8.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout8.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout8.py --stats   # counts
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
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import (L, N, build, check_record, write_jsonl, luhn_ok,  # noqa: E402
                       luhn_complete, iban_mod97, iban_random, IBAN_LEN, group,
                       ssn_random, ssn_valid, nino_random, NINO_BAD_PREFIX, nhs_random,
                       nhs_ok, steuerid_random, steuerid_ok, nir_random, nir_ok,
                       dni_random, DNI_LETTERS, nie_random, nie_ok, cf_make, cf_check,
                       bsn_random, bsn_ok, aadhaar_random, verhoeff_ok, pan_random,
                       cpf_random, cpf_ok, card_random, card_grouping, split_groups,
                       digits, PLANS, secret_random, rnd, ALNUM, URLSAFE)

SEED = 80231
OUT = os.path.join(HERE, "heldout8.jsonl")
NREC = 800
NCLEAN = 200
R = random.Random(SEED)
HEX = "0123456789abcdef"


def ch(xs):
    return R.choice(xs)


def chance(p):
    return R.random() < p


def sample(xs, k):
    return R.sample(xs, k)


# ---------------------------------------------------------------- names
# Hand-written for this part (not taken from any file of the repository):
# male given names, female given names, family names (and, for cultures
# with gendered surnames, the female forms).
NAMES = {
    "en": (["Nigel", "Gavin", "Clive", "Trevor", "Duncan", "Graham", "Stuart", "Neville", "Royston", "Keith"],
           ["Shona", "Bryony", "Lorna", "Kerry", "Pippa", "Rosie", "Joanne", "Nicola", "Gemma", "Lindsey"],
           ["Blenkinsop", "Featherstone", "Higginbottom", "Ramsbottom", "Aldridge", "Thackeray", "Ollerenshaw",
            "Gatenby", "Pickersgill", "Sowerby", "Entwistle", "Hattersley"]),
    "us": (["Brayden", "Jaxon", "Kendrick", "DeShawn", "Bryce", "Trent", "Landon", "Darnell", "Cole", "Ezekiel"],
           ["Ashlynn", "Kinsley", "Brianna", "Jazmin", "Paisley", "Kennedy", "Shelby", "Aaliyah", "Makenna", "Tori"],
           ["Schwartzman", "Baumgartner", "Dorsey", "Lattimore", "Holcomb", "Stoltzfus", "Yoder", "Breckenridge",
            "Hargrove", "Pettigrew", "Alvarado", "Nakashima"]),
    "gd": (["Ruairidh", "Calum", "Seumas", "Iain", "Domhnall", "Tormod", "Coinneach", "Lachlann", "Fionnlagh"],
           ["Eilidh", "Mairead", "Catriona", "Peigi", "Ciorstaidh", "Seonag", "Mòrag", "Iseabail"],
           ["MacLeòid", "MacAoidh", "Caimbeul", "MacIlleathain", "MacCoinnich", "MacKinnon", "Morrison",
            "MacAskill", "Matheson", "Mac an t-Saoir"]),
    "cy": (["Dafydd", "Gethin", "Iolo", "Gwilym", "Emyr", "Rhodri", "Aled", "Cai", "Geraint", "Huw"],
           ["Rhiannon", "Cerys", "Eirlys", "Nia", "Llinos", "Angharad", "Gwenllian", "Ffion", "Mererid", "Lowri"],
           ["Pritchard", "Llewellyn", "Bowen", "Pugh", "Vaughan", "Prosser", "ap Gruffydd", "ab Owain", "Parry",
            "Rhydderch", "Meredith"]),
    "de": (["Jens", "Knut", "Gernot", "Ingo", "Sönke", "Torsten", "Henning", "Ulf", "Dirk", "Falko"],
           ["Birgit", "Imke", "Kerstin", "Maren", "Sabine", "Tanja", "Antje", "Sieglinde", "Ricarda", "Nele"],
           ["Grünwald", "Habermann", "Kötter", "Nüßlein", "Stahlberg", "Wendeborn", "Achterberg", "Brinkhaus",
            "Lüdecke", "Raabe", "von Bredow", "Eichhorst"]),
    "fr": (["Grégoire", "Lucien", "Octave", "Régis", "Séverin", "Timothée", "Aymeric", "Florent", "Jérémie", "Quentin"],
           ["Apolline", "Blandine", "Éloïse", "Ghislaine", "Margaux", "Perrine", "Sidonie", "Anaïs", "Mathilde", "Noémie"],
           ["Beaulieu", "Chevalier", "Fournel", "Lacroix-Morel", "Montagnier", "Peyrac", "Roussel", "Tessier",
            "d'Aubigny", "Ménard", "Le Bihan", "Gautreau"]),
    "be": (["Pieter-Jan", "Koen", "Stijn", "Jelle", "Wannes", "Bart", "Lieven", "Sander", "Dries"],
           ["Lotte", "Fien", "Marijke", "Annelies", "Griet", "Hanne", "Elke", "Sofie", "Leen", "Katrien"],
           ["Vermeulen", "De Smet", "Claes", "Peeters", "Goossens", "Van de Velde", "Wuyts", "Verstraete",
            "Van Hoof", "De Clercq", "Maes", "Vanderhaeghen"]),
    "br": (["Anderson", "Cleiton", "Wellington", "Kauã", "Jefferson", "Rodrigo", "Edivaldo", "Thiago"],
           ["Jussara", "Rosângela", "Thaís", "Luana", "Kelly Cristina", "Marlene", "Daiane", "Francisca"],
           ["Nascimento", "Cavalcante", "Figueiredo", "Bezerra", "Marinho", "dos Anjos", "da Conceição",
            "Albuquerque", "Sampaio", "Rocha Lima"]),
    "da": (["Bjarke", "Mikkel", "Asger", "Rasmus", "Søren", "Troels"],
           ["Sigrid", "Mette", "Pernille", "Trine", "Karoline", "Rikke"],
           ["Kjærgaard", "Østergaard", "Bundgaard", "Lykke", "Thygesen", "Skovbo", "Mørch", "Dalsgaard"]),
    "no": (["Torstein", "Asbjørn", "Eirik", "Håkon", "Vegard", "Sindre"],
           ["Ragnhild", "Solveig", "Ingeborg", "Synnøve", "Tuva", "Marit"],
           ["Haugland", "Bråten", "Fjeldstad", "Sæther", "Kvamme", "Rønning", "Tveit", "Aasland"]),
    "fi": (["Juha", "Tuomas", "Lauri", "Veikko", "Jarkko", "Ilkka", "Petteri", "Eino"],
           ["Aino", "Kaisa", "Sanna", "Riikka", "Minna", "Tuulikki", "Hilkka", "Outi"],
           ["Kärkkäinen", "Heikkilä", "Mäkelä", "Nieminen", "Hyvärinen", "Laaksonen", "Väisänen", "Pesonen",
            "Rautio", "Ylönen"]),
    # Icelandic: the second name is the father's name in the genitive + son/dóttir
    "is": (["Guðmundur", "Snorri", "Kjartan", "Baldur", "Hrafn", "Sölvi", "Ragnar", "Einar"],
           ["Sigríður", "Guðrún", "Hrafnhildur", "Steinunn", "Ásdís", "Katrín", "Bryndís", "Vigdís"],
           ["Gunnars", "Sigurðar", "Einars", "Stefáns", "Ólafs", "Björns", "Magnús", "Þórðar", "Kristjáns",
            "Hallgríms", "Jóns", "Árna", "Halldórs"]),
    "cs": (["Jiří", "Ondřej", "Vojtěch", "Zdeněk", "Radek", "Lubomír", "Přemysl", "Tomáš"],
           ["Lucie", "Markéta", "Petra", "Hana", "Zuzana", "Kateřina", "Jitka", "Bohumila"],
           ["Dvořák", "Procházka", "Kučera", "Novotný", "Černý", "Veselý", "Horák", "Pospíšil", "Šťastný"],
           ["Dvořáková", "Procházková", "Kučerová", "Novotná", "Černá", "Veselá", "Horáková", "Pospíšilová", "Šťastná"]),
    "ro": (["Ionuț", "Mihai", "Cătălin", "Florin", "Sorin", "Bogdan", "Vlad", "Tudor"],
           ["Ioana", "Andreea", "Roxana", "Bianca", "Mădălina", "Oana", "Corina", "Irina"],
           ["Popescu", "Dumitrescu", "Stoica", "Munteanu", "Constantinescu", "Țurcanu", "Bălan", "Georgescu",
            "Lungu", "Moldovan"]),
    "uk": (["Oleksandr", "Taras", "Bohdan", "Mykola", "Yaroslav", "Andrii", "Serhii", "Vasyl"],
           ["Oksana", "Nataliia", "Yuliia", "Iryna", "Khrystyna", "Solomiia", "Halyna", "Tetiana"],
           ["Shevchuk", "Kovalenko", "Bondarenko", "Tkachuk", "Melnyk", "Hrytsenko", "Lysenko", "Savchuk",
            "Moroz", "Kravchenko", "Zalizniak"]),
    "he": (["Yonatan", "Eitan", "Itai", "Oded", "Amit", "Nadav", "Yoav", "Elad"],
           ["Avital", "Noa", "Shira", "Tamar", "Michal", "Yael", "Hadas", "Liron"],
           ["Ben-David", "Mizrahi", "Peretz", "Shapira", "Biton", "Friedman", "Azulay", "Dahan", "Ohana", "Ben-Ami"]),
    "pk": (["Bilal", "Usman", "Faisal", "Hamza", "Zeeshan", "Adnan", "Kashif", "Waqas"],
           ["Ayesha", "Hira", "Sana", "Zainab", "Mehwish", "Rabia", "Sadia", "Amna"],
           ["Qureshi", "Chaudhry", "Butt", "Malik", "Siddiqui", "Abbasi", "Rana", "Javed", "Mirza", "Hashmi"]),
    "bn": (["Arnab", "Sourav", "Debashish", "Anirban", "Tanvir", "Rakib", "Subhajit", "Partha"],
           ["Tanushree", "Rituparna", "Moumita", "Sharmin", "Nusrat", "Poulami", "Tahmina", "Ishita"],
           ["Chattopadhyay", "Bhattacharya", "Sengupta", "Banerjee", "Ghosh", "Hossain", "Rahman", "Akter",
            "Islam", "Chowdhury"]),
    "ta": (["Karthikeyan", "Senthil", "Vignesh", "Murugan", "Saravanan", "Balaji", "Arivazhagan", "Ilango"],
           ["Meenakshi", "Arulmozhi", "Divya", "Kavitha", "Tamilselvi", "Nithya", "Vaishnavi", "Kalaivani"],
           ["Subramanian", "Ramasamy", "Palanisamy", "Annamalai", "Thirunavukkarasu", "Venkatesan", "Natarajan",
            "Shanmugam", "Rajendran"]),
    "ph": (["Rodel", "Jerome", "Mark Anthony", "Jayson", "Rommel", "Efren", "Noel", "Archie"],
           ["Maricel", "Lovely", "Analyn", "Jinky", "Rowena", "Marites", "Cherry Mae", "Kristine Joy"],
           ["Dela Cruz", "Bautista", "Macaraeg", "Villanueva", "Manalastas", "Tolentino", "Pangilinan",
            "Dimaculangan", "Sarmiento", "Cabrera"]),
    "id": (["Budi", "Agus", "Bambang", "Eko", "Rizky", "Yoga", "Wahyu", "Hendra"],
           ["Dewi", "Sri", "Rina", "Siti", "Ayu", "Putri", "Fitri", "Wulan"],
           ["Santoso", "Wijaya", "Hartono", "Kusuma", "Nugroho", "Setiawan", "Pratama", "Gunawan",
            "Sulistyowati", "Purnomo"]),
    "th": (["Somchai", "Kittisak", "Thanawat", "Anucha", "Prasert", "Wichai", "Natthapong", "Chaiwat"],
           ["Anong", "Siriporn", "Kanokwan", "Pimchanok", "Wilaiwan", "Duangjai", "Rattana", "Sukanya"],
           ["Srisuwan", "Wongsakul", "Chaiyaporn", "Thongchai", "Kaewmanee", "Boonmee", "Phongphanit",
            "Sirisombat", "Jitpakdee"]),
    "ke": (["Brian", "Dennis", "Collins", "Evans", "Geoffrey", "Kamau", "Otieno", "Kiprono"],
           ["Wanjiru", "Achieng", "Njeri", "Chebet", "Akinyi", "Nyambura", "Mercy", "Purity"],
           ["Kamau", "Otieno", "Mwangi", "Kiprono", "Ochieng", "Mutua", "Wafula", "Kiptoo", "Njoroge", "Odhiambo"]),
    "zu": (["Sipho", "Bongani", "Sibusiso", "Mandla", "Thabo", "Themba", "Nkosinathi", "Lwazi"],
           ["Thandeka", "Nomvula", "Zanele", "Lindiwe", "Nokuthula", "Ayanda", "Sindisiwe", "Zodwa"],
           ["Dlamini", "Ngcobo", "Mkhize", "Khumalo", "Ntuli", "Mthembu", "Shabalala", "Zungu", "Msimang", "Cele"]),
    "ng": (["Oluwaseun", "Ikechukwu", "Babatunde", "Emeka", "Chinedu", "Adewale", "Obinna", "Tunde"],
           ["Chidinma", "Adaeze", "Ngozi", "Temitope", "Funmilayo", "Ifeoma", "Yetunde", "Chiamaka"],
           ["Okonkwo", "Adeyemi", "Nwosu", "Olawale", "Eze", "Ogunleye", "Afolabi", "Ekwueme", "Adebayo"]),
    "ja": (["Haruto", "Sota", "Kenji", "Ryo", "Daisuke", "Takumi"],
           ["Yui", "Aoi", "Misaki", "Natsuki", "Chihiro", "Haruka"],
           ["Kuroda", "Hasegawa", "Ishikawa", "Moriyama", "Fujimoto", "Okabe", "Shimizu", "Yoshida", "Kaneko",
            "Sakaguchi"]),
    "mx": (["José Guadalupe", "Juan Pablo", "Cuauhtémoc", "Jesús", "Rigoberto", "Efraín", "Octavio", "Heriberto"],
           ["Xóchitl", "Itzel", "Guadalupe", "Citlali", "Ximena", "Maricruz", "Araceli", "Yadira"],
           ["Hernández", "Garduño", "Ocampo", "Villaseñor", "Zúñiga", "Aguirre", "Treviño", "Tlatelpa",
            "Ceballos", "Mondragón"]),
    "pe": (["Wilfredo", "Edwin", "Rubén", "Percy", "Yuri", "Fredy", "Nilton", "Walter"],
           ["Yesenia", "Marleny", "Nilda", "Rosmery", "Sonia", "Flor de María", "Lizbeth", "Gladys"],
           ["Mamani", "Quispe", "Huamán", "Condori", "Ccori", "Huallpa", "Yupanqui", "Choque", "Ticona", "Apaza"]),
    "ar": (["Facundo", "Lautaro", "Nahuel", "Santino", "Joaquín", "Ramiro", "Agustín", "Benjamín"],
           ["Agustina", "Milagros", "Valentina", "Florencia", "Micaela", "Candela", "Abril", "Lucía"],
           ["Etcheverry", "Giménez", "Iturralde", "Ledesma", "Pereyra", "Bianchi", "Coria", "Sosa", "Benítez", "Larrea"]),
    "mi": (["Tamati", "Wiremu", "Rawiri", "Hemi", "Manaia", "Tāne", "Nikau", "Rangi"],
           ["Aroha", "Mere", "Ngaio", "Kiri", "Anahera", "Hinemoa", "Moana", "Marama"],
           ["Ngata", "Te Whare", "Parata", "Pōmare", "Rangihuna", "Tipene", "Te Kani", "Horomona", "Tāwhiri"]),
    "sm": (["Sione", "Tavita", "Ioane", "Pita", "Afa", "Mose", "Fetu", "Iosefa"],
           ["Losa", "Malia", "Salote", "Teuila", "Mele", "Sina", "Litia", "Fiafia"],
           ["Faleolo", "Tuilagi", "Leota", "Sapolu", "Aumua", "Fa'amausili", "Tuiasosopo", "Lemalu", "Tauiliili",
            "Mata'afa"]),
}
JA_KANJI = {"Haruto": "陽翔", "Sota": "蒼太", "Kenji": "健二", "Ryo": "涼", "Daisuke": "大輔", "Takumi": "拓海",
            "Yui": "結衣", "Aoi": "葵", "Misaki": "美咲", "Natsuki": "夏希", "Chihiro": "千尋", "Haruka": "遥",
            "Kuroda": "黒田", "Hasegawa": "長谷川", "Ishikawa": "石川", "Moriyama": "森山", "Fujimoto": "藤本",
            "Okabe": "岡部", "Shimizu": "清水", "Yoshida": "吉田", "Kaneko": "金子", "Sakaguchi": "坂口"}
ID_MONONYMS = ["Sutrisno", "Mulyadi", "Suharti", "Sumarni", "Wagiman", "Paijo"]

EMAIL_DOMAINS = {
    "en": ["btinternet.com", "outlook.com", "gmail.com", "sky.com"],
    "us": ["gmail.com", "comcast.net", "icloud.com", "yahoo.com"],
    "gd": ["btinternet.com", "gmail.com", "hotmail.co.uk"],
    "cy": ["gmail.com", "btinternet.com", "outlook.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "be": ["telenet.be", "skynet.be", "gmail.com", "proximus.be"],
    "br": ["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br"],
    "da": ["mail.dk", "gmail.com", "hotmail.dk"],
    "no": ["online.no", "gmail.com", "hotmail.no"],
    "fi": ["gmail.com", "elisanet.fi", "outlook.com"],
    "is": ["simnet.is", "gmail.com", "internet.is"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz"],
    "ro": ["yahoo.ro", "gmail.com", "yahoo.com"],
    "uk": ["ukr.net", "gmail.com", "i.ua"],
    "he": ["walla.co.il", "gmail.com", "012.net.il"],
    "pk": ["gmail.com", "hotmail.com", "yahoo.com"],
    "bn": ["gmail.com", "yahoo.com", "rediffmail.com"],
    "ta": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "ph": ["gmail.com", "yahoo.com.ph", "yahoo.com"],
    "id": ["gmail.com", "yahoo.co.id", "ymail.com"],
    "th": ["hotmail.com", "gmail.com", "outlook.co.th"],
    "ke": ["gmail.com", "yahoo.com"],
    "zu": ["gmail.com", "webmail.co.za", "mweb.co.za"],
    "ng": ["yahoo.com", "gmail.com"],
    "ja": ["docomo.ne.jp", "gmail.com", "yahoo.co.jp", "ezweb.ne.jp"],
    "mx": ["hotmail.com", "prodigy.net.mx", "gmail.com"],
    "pe": ["hotmail.com", "gmail.com"],
    "ar": ["gmail.com", "hotmail.com.ar", "fibertel.com.ar"],
    "mi": ["xtra.co.nz", "gmail.com"],
    "sm": ["gmail.com", "xtra.co.nz", "hotmail.com"],
}

# Cultures likely to be met in a country's documents.
COUNTRY_CULT = {
    "NZ": ["mi", "mi", "sm", "en", "ta", "ph", "gd", "th"], "AU": ["en", "gd", "ph", "bn", "he", "cy", "th"],
    "GB": ["en", "en", "cy", "gd", "pk", "bn", "ng", "ro"], "IE": ["en", "gd"],
    "US": ["us", "us", "mx", "ph", "ng", "he", "uk"], "CA": ["us", "fr", "uk", "ph", "ta"],
    "ZA": ["zu", "zu", "en", "ng"], "KE": ["ke"], "PH": ["ph"], "ID": ["id"], "TH": ["th"], "JP": ["ja"],
    "MX": ["mx"], "PE": ["pe"], "AR": ["ar"], "BR": ["br"], "DE": ["de", "de", "de", "uk", "ro", "he"],
    "FR": ["fr", "fr", "fr", "ng", "ro"], "BE": ["be", "be", "fr"], "NL": ["be"], "CZ": ["cs", "cs", "uk"],
    "RO": ["ro"], "FI": ["fi"], "DK": ["da"], "NO": ["no"], "IS": ["is"], "CH": ["de", "fr"],
    "UA": ["uk"], "IL": ["he"], "PK": ["pk"], "BD": ["bn"], "IN": ["ta", "bn"], "WS": ["sm"], "NG": ["ng"],
    "IT": ["ro", "ng"], "ES": ["ar", "mx", "pe"],
}
ESP = ("mx", "pe", "ar")


def fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ð", "d") \
        .replace("þ", "th").replace("Þ", "Th").replace("ł", "l").replace("đ", "d")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def lo(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


RECENT = []


class P:
    """A person: culture, gender, given name, family name(s)."""

    def __init__(self, cult=None, g=None):
        for _ in range(6):
            self._init(cult, g)
            if self.sur not in RECENT[-8:] and self.given not in RECENT[-8:]:
                break
        RECENT.extend([self.sur, self.given])

    def _init(self, cult=None, g=None):
        cult = cult or ch(sorted(NAMES))
        self.cult = cult
        self.g = g or ch("mf")
        lists = NAMES[cult]
        self.given = ch(lists[0] if self.g == "m" else lists[1])
        self.sur2 = None
        self.mid = None
        self.mono = False
        if cult == "is":
            self.sur = ch(lists[2]) + ("son" if self.g == "m" else "dóttir")
        elif cult == "cs":
            i = R.randrange(len(lists[2]))
            self.sur = lists[2][i] if self.g == "m" else lists[3][i]
        elif cult == "gd":
            self.sur = ch(lists[2])
            if self.g == "f" and self.sur.startswith("Mac") and self.sur[3:4].isupper() and chance(0.5):
                self.sur = "Nic" + self.sur[3:]
        else:
            self.sur = ch(lists[2])
        while self.sur == self.given:
            self.sur = ch(lists[2])
        if cult in ESP or (cult == "br" and chance(0.4)):
            s2 = ch(lists[2])
            if s2 != self.sur:
                self.sur2 = s2
        if cult == "ph" and chance(0.6):
            self.mid = ch("BCDGLMPRSTV") + "."
        if cult == "ke" and chance(0.5):
            self.mid = ch(NAMES["ke"][1] if self.g == "f" else ["Kamau", "Otieno", "Kiprono", "Mutua", "Wekesa"])
            if self.mid in (self.given, self.sur):
                self.mid = None
        if cult == "pk" and self.g == "m" and chance(0.4):
            self.given = "Muhammad " + self.given
        if cult == "id" and chance(0.25):
            self.given = ch(ID_MONONYMS)
            self.mono = True
        if cult == "us" and chance(0.2):
            self.mid = ch("ABCDEJKLMRST") + "."

    def full(self):
        if self.mono:
            return self.given
        parts = [self.given]
        if self.mid:
            parts.append(self.mid)
        parts.append(self.sur)
        if self.sur2:
            parts.append(self.sur2)
        return " ".join(parts)

    def fam(self):
        """The name used after a title."""
        if self.mono or self.cult == "is":
            return self.given
        return self.sur

    def famfull(self):
        return self.sur + (" " + self.sur2 if self.sur2 else "")

    def kanji(self):
        return JA_KANJI[self.sur] + " " + JA_KANJI[self.given]

    def initial(self):
        if self.mono:
            return self.given
        g = self.given.split()[0]
        return g[0] + ". " + self.famfull()

    def rev(self):
        if self.mono:
            return self.given
        return self.famfull() + ", " + self.given

    def short(self):
        """Given name + initial of the family name (chat, comments)."""
        if self.mono:
            return self.given
        return self.given + " " + self.sur[0] + "."

    def email(self, dom=None):
        """The person's address (the same one every time unless dom is given)."""
        if dom is None and getattr(self, "_email", None):
            return self._email
        cache = dom is None
        dom = dom or ch(EMAIL_DOMAINS[self.cult])
        g = lo(self.given.split()[-1] if self.given.startswith("Muhammad ") else self.given.split()[0])
        s = lo(self.sur.split()[-1]) if not self.mono else ""
        if self.mono:
            local = g + ch(["", str(R.randint(70, 99)), ".%d" % R.randint(1, 999)])
        else:
            local = ch([g + "." + s, g + s, g[0] + "." + s, s + "." + g, g + "_" + s, g + s[:3] + str(R.randint(1, 99)),
                        g + "." + s + str(R.randint(70, 2005)), g[0] + s])
        if cache:
            self._email = local + "@" + dom
        return local + "@" + dom


def nm(p, style="full"):
    if style == "full":
        v = p.full()
    elif style == "given":
        v = p.given
    elif style == "fam":
        v = p.fam()
    elif style == "famfull":
        v = p.famfull() if not p.mono else p.given
    elif style == "init":
        v = p.initial()
    elif style == "rev":
        v = p.rev()
    elif style == "caps":
        v = p.full().upper()
    elif style == "FAMgiven":
        v = p.famfull().upper() + " " + p.given if not p.mono else p.given.upper()
    elif style == "short":
        v = p.short()
    elif style == "airline":
        v = (re.sub(r"[^A-Z]", "", fold(p.famfull()).upper()) + "/" + re.sub(r"[^A-Z]", "", fold(p.given).upper())) \
            if not p.mono else fold(p.given).upper() + "/" + fold(p.given).upper()
    elif style == "kanji":
        v = p.kanji()
    elif style == "gedcom":
        v = p.given + " /" + p.famfull() + "/" if not p.mono else p.given
    else:
        raise KeyError(style)
    return L("person", v, sub=p.cult)


TITLES = {
    "en": (["Mr", "Mr.", "Dr", "Dr."], ["Mrs", "Ms", "Ms.", "Dr", "Miss"]),
    "de": (["Herr", "Herrn", "Dr."], ["Frau", "Dr."]),
    "fr": (["M.", "Monsieur", "Dr"], ["Mme", "Madame", "Dr"]),
    "es": (["Sr.", "Don", "Dr."], ["Sra.", "Doña", "Dra."]),
    "pt": (["Sr.", "Dr."], ["Sra.", "Dra."]),
    "it": (["Sig.", "Dott."], ["Sig.ra", "Dott.ssa"]),
    "nl": (["dhr.", "meneer"], ["mevr.", "mevrouw"]),
    "cs": (["pan", "Ing.", "MUDr."], ["paní", "Ing.", "MUDr."]),
    "ro": (["dl.", "domnul"], ["dna.", "doamna"]),
    "da": (["hr."], ["fru"]),
    "no": (["herr"], ["fru"]),
    "id": (["Bapak", "Pak"], ["Ibu", "Bu"]),
    "tl": (["G.", "Ginoong"], ["Gng.", "Bb."]),
    "sw": (["Bw."], ["Bi."]),
}


def title(p, lang="en"):
    t = TITLES.get(lang, TITLES["en"])
    return ch(t[0] if p.g == "m" else t[1]) + " "


def person_for(country):
    return P(ch(COUNTRY_CULT[country]))


def em(p, dom=None):
    return L("email", p.email(dom))


def em_raw(addr):
    return L("email", addr)


# ---------------------------------------------------------------- phones
# National significant numbers by kind and the layouts each country's
# writers use (national, with the trunk prefix, and international).  Plans
# from corpuslib.PLANS where it has them; the others written for this part
# after the regulators' published numbering plans.  Validation runs against
# libphonenumber (/tmp/pv/pv) while this part was written rejected some
# ranges; they were narrowed here rather than redrawn: Icelandic numbers use
# only the allocated 3-digit blocks (IS_MOB, IS_FIX), Israeli mobiles only
# 050/052/053/058, Norwegian mobiles not 49x, Romanian mobiles not 078x,
# Thai mobiles not 067x/069x, Samoan mobiles not 78x, French mobiles not 0639.


def G(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    assert i == len(s), (s, sizes)
    return sep.join(out)


def _pl(region, kind):
    return lambda: PLANS[region][2][kind](R)


def _pick(prefixes, n):
    return lambda: ch(prefixes) + digits(R, n)


def _avoid(gen, bad):
    def f():
        while True:
            n = gen()
            if not n.startswith(bad):
                return n
    return f


# region: (country code, trunk, {kind: (nsn generator, [national layouts], [international layouts after "+CC "])})
PH_PFX = ["905", "906", "915", "916", "917", "926", "927", "935", "945", "955", "956", "965", "966", "975", "977",
          "995", "996", "997", "918", "919", "920", "921", "928", "929", "939", "947", "949", "961", "998", "999"]
ID_PFX = ["811", "812", "813", "821", "822", "852", "853", "814", "815", "816", "855", "856", "857", "858",
          "817", "818", "819", "859", "877", "878", "895", "896", "897", "898", "899", "881", "882", "887"]
KE_PFX = ["701", "702", "703", "710", "711", "712", "713", "714", "715", "720", "721", "722", "723", "724",
          "725", "726", "727", "728", "729", "740", "741", "742", "743", "745", "746", "748", "757", "758",
          "759", "768", "769", "790", "791", "792", "793", "794", "795", "796", "797", "798", "799"]
DK_PFX = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42", "50", "51",
          "52", "53", "60", "61", "71", "81", "91", "92", "93"]
PK_PFX = ["300", "301", "302", "303", "304", "305", "306", "307", "308", "309", "311", "312", "313", "314",
          "315", "321", "322", "323", "324", "331", "332", "333", "334", "335", "336", "345", "346", "347"]
NG_PFX = ["802", "803", "805", "806", "807", "808", "809", "810", "812", "813", "814", "816", "817", "818",
          "701", "703", "705", "706", "708", "901", "902", "903", "904", "906", "907", "908", "909"]
IS_MOB = ["611", "612", "615", "620", "622", "625", "630", "637", "640", "644", "649", "650", "655", "660", "662",
          "663", "690", "691", "694", "696", "698", "770", "771", "772", "775", "777", "779", "780", "782", "786",
          "820", "821", "822", "823", "824", "825", "840", "844", "845", "847", "849", "850", "851", "855", "857",
          "859", "861", "862", "863", "864", "866", "868", "869", "892", "893", "895", "896", "897", "898", "899"]
IS_FIX = ["511", "512", "515", "517", "519", "520", "522", "525", "530", "533", "534", "540", "544", "546", "550",
          "551", "552", "553", "554", "555", "557", "558", "561", "562", "564", "565", "567", "568", "570", "571",
          "575", "577", "578", "580", "581", "585", "587", "588"]
UA_PFX = ["67", "68", "96", "97", "98", "50", "66", "95", "99", "63", "73", "93"]

PHONES = {
    # ---- plans written for this part
    "PH": (63, "0", {
        "mobile": (_pick(PH_PFX, 7), [lambda n: "0" + G(n, [3, 3, 4]), lambda n: "0" + G(n, [3, 3, 4], "-"), lambda n: "0" + n],
                   [lambda n: G(n, [3, 3, 4]), lambda n: n, lambda n: G(n, [3, 3, 4], "-")]),
        "manila": (lambda: "28" + digits(R, 7), [lambda n: "(02) " + G(n[1:], [4, 4]), lambda n: "02 " + G(n[1:], [4, 4]), lambda n: "02-" + G(n[1:], [4, 4])],
                   [lambda n: "2 " + G(n[1:], [4, 4])])}),
    "ID": (62, "0", {
        "mobile": (lambda: ch(ID_PFX) + digits(R, ch([7, 8])),
                   [lambda n: "0" + G(n, [3, 4, len(n) - 7], "-"), lambda n: "0" + G(n, [3, 4, len(n) - 7]), lambda n: "0" + n],
                   [lambda n: G(n, [3, 4, len(n) - 7], "-"), lambda n: G(n, [3, 4, len(n) - 7]), lambda n: n]),
        "jakarta": (lambda: "21" + R.choice("3456789") + digits(R, 7), [lambda n: "(021) " + G(n[2:], [4, 4]), lambda n: "021-" + n[2:]],
                    [lambda n: "21 " + G(n[2:], [4, 4])])}),
    "TH": (66, "0", {
        "mobile": (lambda: ch(["8" + R.choice("123456789"), "9" + R.choice("123456789"), "6" + R.choice("123458")]) + digits(R, 7),
                   [lambda n: "0" + G(n, [2, 3, 4], "-"), lambda n: "0" + G(n, [1, 4, 4]), lambda n: "0" + n],
                   [lambda n: G(n, [2, 3, 4]), lambda n: G(n, [1, 4, 4])]),
        "bangkok": (lambda: "2" + R.choice("123456789") + digits(R, 6), [lambda n: "0" + G(n, [1, 3, 4], "-")],
                    [lambda n: G(n, [1, 3, 4])])}),
    "KE": (254, "0", {
        "mobile": (_pick(KE_PFX, 6), [lambda n: "0" + G(n, [3, 6]), lambda n: "0" + G(n, [3, 3, 3]), lambda n: "0" + n, lambda n: "0" + G(n, [3, 3, 3], "-")],
                   [lambda n: G(n, [3, 6]), lambda n: G(n, [3, 3, 3]), lambda n: n]),
        "nairobi": (lambda: "20" + R.choice("234567") + digits(R, 6), [lambda n: "020 " + G(n[2:], [3, 4]), lambda n: "(020) " + n[2:]],
                    [lambda n: "20 " + G(n[2:], [3, 4])])}),
    "NZ": (64, "0", {
        "mobile": (lambda: ch(["21", "22", "27"]) + R.choice("23456789") + digits(R, 6),
                   [lambda n: "0" + G(n, [2, 3, 4]), lambda n: "0" + G(n, [2, 3, 4], "-"), lambda n: "0" + G(n, [2, 7])],
                   [lambda n: G(n, [2, 3, 4]), lambda n: n]),
        "auckland": (lambda: "9" + R.choice("345689") + digits(R, 6), [lambda n: "0" + G(n, [1, 3, 4]), lambda n: "(0" + n[0] + ") " + G(n[1:], [3, 4])],
                     [lambda n: G(n, [1, 3, 4])]),
        "wellington": (lambda: "4" + R.choice("345689") + digits(R, 6), [lambda n: "0" + G(n, [1, 3, 4]), lambda n: "(0" + n[0] + ") " + G(n[1:], [3, 4])],
                       [lambda n: G(n, [1, 3, 4])])}),
    "AR": (54, "0", {
        "mobile": (lambda: "911" + R.choice("2345") + digits(R, 7),
                   [lambda n: "011 15-" + G(n[3:], [4, 4], "-"), lambda n: "(011) 15 " + G(n[3:], [4, 4], "-"), lambda n: "11 15 " + G(n[3:], [4, 4])],
                   [lambda n: "9 11 " + G(n[3:], [4, 4], "-"), lambda n: "9 11 " + G(n[3:], [4, 4]), lambda n: n]),
        "ba_fixed": (lambda: "11" + R.choice("456") + digits(R, 7), [lambda n: "(011) " + G(n[2:], [4, 4], "-"), lambda n: "011 " + G(n[2:], [4, 4], "-"), lambda n: "11 " + G(n[2:], [4, 4], "-")],
                     [lambda n: "11 " + G(n[2:], [4, 4], "-"), lambda n: "11 " + G(n[2:], [4, 4])])}),
    "IS": (354, "", {
        "mobile": (_pick(IS_MOB, 4),
                   [lambda n: G(n, [3, 4]), lambda n: G(n, [3, 4], "-"), lambda n: n],
                   [lambda n: G(n, [3, 4]), lambda n: n]),
        "fixed": (_pick(IS_FIX, 4), [lambda n: G(n, [3, 4])], [lambda n: G(n, [3, 4])])}),
    "RO": (40, "0", {
        "mobile": (lambda: "7" + R.choice("234567") + digits(R, 7),
                   [lambda n: "0" + G(n, [3, 3, 3]), lambda n: "0" + G(n, [3, 3, 3], "."), lambda n: "0" + n, lambda n: "0" + G(n, [3, 6])],
                   [lambda n: G(n, [3, 3, 3]), lambda n: "(0)" + G(n, [3, 3, 3]), lambda n: n]),
        "bucharest": (lambda: "21" + R.choice("2345") + digits(R, 6), [lambda n: "021 " + G(n[2:], [3, 4]), lambda n: "021." + G(n[2:], [3, 4], ".")],
                      [lambda n: "21 " + G(n[2:], [3, 4])])}),
    "UA": (380, "0", {
        "mobile": (_pick(UA_PFX, 7),
                   [lambda n: "0" + n[:2] + " " + G(n[2:], [3, 2, 2]), lambda n: "(0" + n[:2] + ") " + G(n[2:], [3, 2, 2], "-"), lambda n: "0" + n],
                   [lambda n: n[:2] + " " + G(n[2:], [3, 4]), lambda n: "(" + n[:2] + ") " + G(n[2:], [3, 2, 2], "-"), lambda n: n]),
        "kyiv": (lambda: "44" + R.choice("2345") + digits(R, 6), [lambda n: "044 " + G(n[2:], [3, 2, 2], "-")], [lambda n: "44 " + G(n[2:], [3, 4])])}),
    "CZ": (420, "", {
        "mobile": (lambda: ch(["601", "602", "603", "604", "605", "606", "607", "608", "720", "721", "722", "723", "724", "725", "728", "730", "731", "732", "733", "734", "736", "737", "739", "770", "773", "774", "775", "776", "777", "778", "790", "791", "792", "793", "797", "799"]) + digits(R, 6),
                   [lambda n: G(n, [3, 3, 3]), lambda n: n],
                   [lambda n: G(n, [3, 3, 3]), lambda n: n]),
        "prague": (lambda: "2" + R.choice("2345") + digits(R, 7), [lambda n: G(n, [3, 3, 3])], [lambda n: G(n, [3, 3, 3])])}),
    "FI": (358, "0", {
        "mobile": (lambda: ch(["40", "41", "44", "45", "46", "50"]) + digits(R, 7),
                   [lambda n: "0" + G(n, [2, 3, 4]), lambda n: "0" + n[:2] + "-" + n[2:], lambda n: "0" + n[:2] + " " + n[2:]],
                   [lambda n: G(n, [2, 3, 4]), lambda n: n]),
        "helsinki": (lambda: "9" + R.choice("2345678") + digits(R, 6), [lambda n: "09 " + G(n[1:], [3, 4]), lambda n: "(09) " + n[1:]],
                     [lambda n: "9 " + G(n[1:], [3, 4])])}),
    "DK": (45, "", {
        "mobile": (_pick(DK_PFX, 6), [lambda n: G(n, [2, 2, 2, 2]), lambda n: G(n, [4, 4]), lambda n: n],
                   [lambda n: G(n, [2, 2, 2, 2]), lambda n: n]),
        "fixed": (lambda: ch(["33", "35", "38", "86", "98", "66"]) + digits(R, 6), [lambda n: G(n, [2, 2, 2, 2])], [lambda n: G(n, [2, 2, 2, 2])])}),
    "NO": (47, "", {
        "mobile": (lambda: ch(["4" + R.choice("015678"), "9" + R.choice("0123456789")]) + digits(R, 6),
                   [lambda n: G(n, [3, 2, 3]), lambda n: G(n, [2, 2, 2, 2]), lambda n: n],
                   [lambda n: G(n, [3, 2, 3]), lambda n: n]),
        "oslo": (lambda: ch(["22", "23"]) + digits(R, 6), [lambda n: G(n, [2, 2, 2, 2])], [lambda n: G(n, [2, 2, 2, 2])])}),
    "IL": (972, "0", {
        "mobile": (lambda: "5" + R.choice("0238") + digits(R, 7),
                   [lambda n: "0" + G(n, [2, 3, 4], "-"), lambda n: "0" + n[:2] + "-" + n[2:], lambda n: "0" + n],
                   [lambda n: n[:2] + "-" + G(n[2:], [3, 4], "-"), lambda n: G(n, [2, 3, 4])]),
        "telaviv": (lambda: "3" + R.choice("56789") + digits(R, 6), [lambda n: "0" + G(n, [1, 3, 4], "-")], [lambda n: n[0] + "-" + G(n[1:], [3, 4], "-")])}),
    "PK": (92, "0", {
        "mobile": (_pick(PK_PFX, 7), [lambda n: "0" + G(n, [3, 7]), lambda n: "0" + G(n, [3, 7], "-"), lambda n: "0" + n],
                   [lambda n: G(n, [3, 7]), lambda n: G(n, [3, 3, 4]), lambda n: n]),
        "karachi": (lambda: "213" + R.choice("4567") + digits(R, 6), [lambda n: "021 " + G(n[2:], [4, 4]), lambda n: "(021) " + n[2:]],
                    [lambda n: "21 " + G(n[2:], [4, 4])])}),
    "BD": (880, "0", {
        "mobile": (lambda: "1" + R.choice("3456789") + digits(R, 8), [lambda n: "0" + G(n, [4, 6], "-"), lambda n: "0" + G(n, [4, 6]), lambda n: "0" + n],
                   [lambda n: G(n, [4, 6], "-"), lambda n: G(n, [4, 6]), lambda n: n])}),
    "PE": (51, "0", {
        "mobile": (lambda: "9" + digits(R, 8), [lambda n: G(n, [3, 3, 3]), lambda n: n],
                   [lambda n: G(n, [3, 3, 3]), lambda n: n]),
        "lima": (lambda: "1" + R.choice("234567") + digits(R, 6), [lambda n: "(01) " + G(n[1:], [3, 4], "-"), lambda n: "01 " + G(n[1:], [3, 4])],
                 [lambda n: "1 " + G(n[1:], [3, 4])])}),
    "WS": (685, "", {
        "mobile": (lambda: "7" + R.choice("2567") + digits(R, 5), [lambda n: G(n, [2, 5]), lambda n: n], [lambda n: G(n, [2, 5]), lambda n: n]),
        "fixed": (lambda: "2" + R.choice("0123456") + digits(R, 3), [lambda n: n], [lambda n: n])}),
    "NG": (234, "0", {
        "mobile": (_pick(NG_PFX, 7), [lambda n: "0" + G(n, [3, 3, 4]), lambda n: "0" + G(n, [3, 3, 4], "-"), lambda n: "0" + n],
                   [lambda n: G(n, [3, 3, 4]), lambda n: "(0) " + G(n, [3, 3, 4]), lambda n: n]),
        "lagos": (lambda: "1" + R.choice("2345789") + digits(R, 6), [lambda n: "01 " + G(n[1:], [3, 4]), lambda n: "01-" + n[1:]],
                  [lambda n: "1 " + G(n[1:], [3, 4])])}),
    # ---- plans from corpuslib.PLANS, layouts written here
    "US": (1, "1", {
        "line": (_pl("US", "fixed_or_mobile"), [lambda n: "(%s) %s-%s" % (n[:3], n[3:6], n[6:]), lambda n: G(n, [3, 3, 4], "-"), lambda n: G(n, [3, 3, 4], "."), lambda n: "1-" + G(n, [3, 3, 4], "-")],
                 [lambda n: G(n, [3, 3, 4]), lambda n: "(%s) %s-%s" % (n[:3], n[3:6], n[6:]), lambda n: G(n, [3, 3, 4], "-")]),
        "toll_free": (_pl("US", "toll_free"), [lambda n: "1-" + G(n, [3, 3, 4], "-"), lambda n: "(%s) %s-%s" % (n[:3], n[3:6], n[6:])], [lambda n: G(n, [3, 3, 4])])}),
    "CA": (1, "1", {
        "line": (_pl("CA", "fixed_or_mobile"), [lambda n: "(%s) %s-%s" % (n[:3], n[3:6], n[6:]), lambda n: G(n, [3, 3, 4], "-"), lambda n: G(n, [3, 3, 4])],
                 [lambda n: G(n, [3, 3, 4]), lambda n: G(n, [3, 3, 4], "-")])}),
    "GB": (44, "0", {
        "mobile": (_pl("GB", "mobile"), [lambda n: "0" + G(n, [4, 6]), lambda n: "0" + G(n, [4, 3, 3]), lambda n: "0" + n],
                   [lambda n: G(n, [4, 6]), lambda n: "(0)" + G(n, [4, 6]), lambda n: n]),
        "london": (_pl("GB", "london"), [lambda n: "0" + G(n, [2, 4, 4]), lambda n: "(0" + n[:2] + ") " + G(n[2:], [4, 4])],
                   [lambda n: G(n, [2, 4, 4]), lambda n: "(0)" + G(n, [2, 4, 4])]),
        "fixed": (_pl("GB", "fixed"), [lambda n: "0" + G(n, [3, 3, 4]), lambda n: "(0" + n[:3] + ") " + G(n[3:], [3, 4])],
                  [lambda n: G(n, [3, 3, 4])])}),
    "IE": (353, "0", {
        "mobile": (_pl("IE", "mobile"), [lambda n: "0" + G(n, [2, 3, 4]), lambda n: "0" + n[:2] + " " + n[2:]],
                   [lambda n: G(n, [2, 3, 4]), lambda n: n])}),
    "DE": (49, "0", {
        "mobile": (_pl("DE", "mobile"), [lambda n: "0" + G(n, [3, 8]), lambda n: "0" + n[:3] + "/" + n[3:], lambda n: "0" + n[:3] + " " + G(n[3:], [4, 4])],
                   [lambda n: G(n, [3, 8]), lambda n: "(0)" + n[:3] + " " + G(n[3:], [4, 4]), lambda n: n[:3] + "-" + n[3:]]),
        "mobile7": (_pl("DE", "mobile7"), [lambda n: "0" + G(n, [3, 7]), lambda n: "0" + n[:3] + "/" + n[3:], lambda n: "0" + n[:3] + "-" + n[3:]],
                    [lambda n: G(n, [3, 7]), lambda n: "(0)" + G(n, [3, 7])]),
        "berlin": (_pl("DE", "berlin"), [lambda n: "030 " + n[2:], lambda n: "030/" + n[2:], lambda n: "(030) " + G(n[2:], [4, 4])],
                   [lambda n: "30 " + n[2:], lambda n: "30 " + G(n[2:], [4, 4])])}),
    "AT": (43, "0", {
        "mobile": (_pl("AT", "mobile"), [lambda n: "0" + G(n, [3, 7]), lambda n: "0" + n[:3] + "/" + n[3:]],
                   [lambda n: G(n, [3, 7]), lambda n: "(0)" + G(n, [3, 7])]),
        "vienna": (_pl("AT", "vienna"), [lambda n: "01 " + n[1:], lambda n: "01/" + n[1:]], [lambda n: "1 " + n[1:]])}),
    "CH": (41, "0", {
        "mobile": (_pl("CH", "mobile"), [lambda n: "0" + G(n, [2, 3, 2, 2]), lambda n: "0" + n], [lambda n: G(n, [2, 3, 2, 2]), lambda n: n]),
        "fixed": (_pl("CH", "fixed"), [lambda n: "0" + G(n, [2, 3, 2, 2])], [lambda n: G(n, [2, 3, 2, 2])])}),
    "FR": (33, "0", {
        "mobile": (_avoid(_pl("FR", "mobile"), ("639",)), [lambda n: "0" + G(n, [1, 2, 2, 2, 2]), lambda n: "0" + G(n, [1, 2, 2, 2, 2], "."), lambda n: "0" + n],
                   [lambda n: G(n, [1, 2, 2, 2, 2]), lambda n: "(0)" + G(n, [1, 2, 2, 2, 2]), lambda n: n]),
        "fixed": (_pl("FR", "fixed"), [lambda n: "0" + G(n, [1, 2, 2, 2, 2]), lambda n: "0" + G(n, [1, 2, 2, 2, 2], ".")],
                  [lambda n: G(n, [1, 2, 2, 2, 2])])}),
    "BE": (32, "0", {
        "mobile": (_pl("BE", "mobile"), [lambda n: "0" + G(n, [3, 2, 2, 2]), lambda n: "0" + n[:3] + "/" + G(n[3:], [2, 2, 2], "."), lambda n: "0" + n],
                   [lambda n: G(n, [3, 2, 2, 2]), lambda n: n]),
        "fixed": (_pl("BE", "fixed"), [lambda n: "0" + G(n, [1, 3, 2, 2]), lambda n: "0" + n[0] + "/" + G(n[1:], [3, 2, 2], ".")],
                  [lambda n: G(n, [1, 3, 2, 2])])}),
    "NL": (31, "0", {
        "mobile": (_pl("NL", "mobile"), [lambda n: "0" + G(n, [1, 8], "-"), lambda n: "0" + G(n, [1, 8]), lambda n: "0" + G(n, [1, 2, 2, 2, 2])],
                   [lambda n: G(n, [1, 8]), lambda n: "(0)" + G(n, [1, 8])])}),
    "ES": (34, "", {
        "mobile": (_pl("ES", "mobile"), [lambda n: G(n, [3, 2, 2, 2]), lambda n: G(n, [3, 3, 3])], [lambda n: G(n, [3, 2, 2, 2]), lambda n: G(n, [3, 3, 3])]),
        "fixed": (_pl("ES", "fixed"), [lambda n: G(n, [2, 3, 2, 2])], [lambda n: G(n, [2, 3, 2, 2])])}),
    "IT": (39, "", {
        "mobile": (_pl("IT", "mobile"), [lambda n: G(n, [3, 3, 4]), lambda n: G(n, [3, 7])], [lambda n: G(n, [3, 3, 4]), lambda n: G(n, [3, 7])]),
        "rome": (_pl("IT", "rome"), [lambda n: G(n, [2, 4, 4])], [lambda n: G(n, [2, 4, 4])])}),
    "PT": (351, "", {
        "mobile": (_pl("PT", "mobile"), [lambda n: G(n, [3, 3, 3]), lambda n: n], [lambda n: G(n, [3, 3, 3])])}),
    "BR": (55, "0", {
        "mobile": (_pl("BR", "mobile"), [lambda n: "(%s) %s-%s" % (n[:2], n[2:7], n[7:]), lambda n: "%s %s-%s" % (n[:2], n[2:7], n[7:])],
                   [lambda n: "%s %s-%s" % (n[:2], n[2:7], n[7:]), lambda n: "(%s) %s-%s" % (n[:2], n[2:7], n[7:])]),
        "fixed": (_pl("BR", "fixed"), [lambda n: "(%s) %s-%s" % (n[:2], n[2:6], n[6:])], [lambda n: "%s %s-%s" % (n[:2], n[2:6], n[6:])])}),
    "MX": (52, "", {
        "any": (_pl("MX", "any"), [lambda n: G(n, [2, 4, 4]), lambda n: "(%s) %s-%s" % (n[:2], n[2:6], n[6:]), lambda n: G(n, [2, 4, 4], "-")],
                [lambda n: G(n, [2, 4, 4]), lambda n: n])}),
    "IN": (91, "0", {
        "mobile": (_pl("IN", "mobile"), [lambda n: G(n, [5, 5]), lambda n: "0" + G(n, [5, 5]), lambda n: n],
                   [lambda n: G(n, [5, 5]), lambda n: n, lambda n: G(n, [3, 3, 4])])}),
    "JP": (81, "0", {
        "mobile": (_pl("JP", "mobile"), [lambda n: "0" + G(n, [2, 4, 4], "-"), lambda n: "0" + n], [lambda n: G(n, [2, 4, 4], "-"), lambda n: G(n, [2, 4, 4])])}),
    "AU": (61, "0", {
        "mobile": (_pl("AU", "mobile"), [lambda n: "0" + G(n, [3, 3, 3]), lambda n: "0" + n], [lambda n: G(n, [3, 3, 3]), lambda n: n])}),
    "ZA": (27, "0", {
        "mobile": (_pl("ZA", "mobile"), [lambda n: "0" + G(n, [2, 3, 4]), lambda n: "0" + n], [lambda n: G(n, [2, 3, 4]), lambda n: n])}),
    "SG": (65, "", {
        "mobile": (_pl("SG", "mobile"), [lambda n: G(n, [4, 4]), lambda n: n], [lambda n: G(n, [4, 4])])}),
}
# regions whose international call prefix is 00 (for the "00CC" layout)
INTL00 = {"GB", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "ES", "IT", "PT", "CZ", "RO", "FI", "DK", "NO", "IS",
          "PH", "NZ", "AR", "UA", "PK", "BD", "PE", "IN", "ZA", "MX"}


def ph(region, kind=None, style=None, plan=None, fullwidth=False):
    """A phone label: written in the conventions of `region` for a number of
    `plan` (default: the same country)."""
    plan = plan or region
    cc, trunk, kinds = PHONES[plan]
    if kind is None:
        ks = sorted(kinds)
        # mostly the first (mobile/line) kind
        kind = ks[0] if len(ks) == 1 or chance(0.35) else ch(ks)
        if "mobile" in kinds and chance(0.5):
            kind = "mobile"
        if "line" in kinds and chance(0.85):
            kind = "line"
    gen, nat, intl = kinds[kind]
    n = gen()
    if plan != region:
        style = "00" if (region in INTL00 and chance(0.3)) else ch(["intl", "intl", "e164"])
    if style is None:
        style = ch(["nat"] * 9 + ["intl"] * 8 + ["e164"] * 2 + (["00"] if region in INTL00 else []))
    if style == "nat":
        v = ch(nat)(n)
    elif style == "intl":
        v = "+%d %s" % (cc, ch(intl)(n))
    elif style == "00":
        v = "00%d %s" % (cc, ch(intl)(n).replace("(0)", "").strip())
    else:
        v = "+%d%s" % (cc, n)
    v = re.sub(r"  +", " ", v)
    if fullwidth:
        v = v.translate(str.maketrans("0123456789-+()", "０１２３４５６７８９－＋（）"))
    meta = {"sub": kind, "region": region}
    if plan != region:
        meta["plan"] = plan
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
# Hand-written streets, localities and postcodes; each country's layout as
# its postal service prints it.  addr(cc, multi) -> the address string
# (multi-line when multi).

def _n(a=1, b=120):
    return str(R.randint(a, b))


ADDR = {
    "JP": [("Nishi-Azabu", "Minato-ku", "Tokyo", "106-0031", "東京都港区西麻布"),
           ("Jingumae", "Shibuya-ku", "Tokyo", "150-0001", "東京都渋谷区神宮前"),
           ("Sakae", "Naka-ku", "Nagoya", "460-0008", "愛知県名古屋市中区栄"),
           ("Tenjin", "Chuo-ku", "Fukuoka", "810-0001", "福岡県福岡市中央区天神"),
           ("Umeda", "Kita-ku", "Osaka", "530-0001", "大阪府大阪市北区梅田"),
           ("Kiyomizu", "Higashiyama-ku", "Kyoto", "605-0862", "京都府京都市東山区清水")],
    "MX": [("Calle Río Lerma", "Cuauhtémoc", "06500", "Cuauhtémoc", "CDMX"),
           ("Av. Álvaro Obregón", "Roma Norte", "06700", "Cuauhtémoc", "CDMX"),
           ("Calle Morelos", "Centro", "44100", "Guadalajara", "Jal."),
           ("Av. Constitución", "Centro", "64000", "Monterrey", "N.L."),
           ("Calle 5 de Mayo", "Centro Histórico", "72000", "Puebla", "Pue."),
           ("Calle 60", "Centro", "97000", "Mérida", "Yuc.")],
    "AR": [("Av. Corrientes", "C1043AAZ", "CABA"), ("Av. Santa Fe", "C1059ABT", "CABA"),
           ("Calle 48", "B1900", "La Plata, Buenos Aires"), ("Bv. Oroño", "S2000", "Rosario, Santa Fe"),
           ("Av. Colón", "X5000", "Córdoba")],
    "ZA": [("Jacaranda Street", "Menlo Park", "Pretoria", "0081"), ("Kloof Street", "Gardens", "Cape Town", "8001"),
           ("Jan Smuts Avenue", "Parktown North", "Johannesburg", "2193"), ("Florida Road", "Morningside", "Durban", "4001"),
           ("Beach Road", "Humewood", "Gqeberha", "6001"), ("Dorp Street", "Stellenbosch Central", "Stellenbosch", "7600")],
    "NZ": [("Kowhai Road", "Mount Eden", "Auckland", "1024"), ("Cuba Street", "Te Aro", "Wellington", "6011"),
           ("Riccarton Road", "Riccarton", "Christchurch", "8011"), ("Grey Street", "Hamilton East", "Hamilton", "3216"),
           ("Devonport Road", "Tauranga", "Tauranga", "3110"), ("Castle Street", "North Dunedin", "Dunedin", "9016")],
    "CZ": [("Vinohradská", "120 00", "Praha 2"), ("Masarykova", "602 00", "Brno"), ("Dlouhá", "110 00", "Praha 1"),
           ("Nádražní", "702 00", "Ostrava"), ("Palackého", "779 00", "Olomouc"), ("Husova", "301 00", "Plzeň")],
    "RO": [("Str. Mihai Eminescu", "020079", "București", "Sector 2"), ("Bd. Eroilor", "400129", "Cluj-Napoca", "jud. Cluj"),
           ("Str. Lăpușneanu", "700057", "Iași", "jud. Iași"), ("Calea Victoriei", "010061", "București", "Sector 1"),
           ("Str. Republicii", "500030", "Brașov", "jud. Brașov"), ("Str. Alba Iulia", "300077", "Timișoara", "jud. Timiș")],
    "FI": [("Mannerheimintie", "00100", "Helsinki"), ("Hämeenkatu", "33100", "Tampere"), ("Aurakatu", "20100", "Turku"),
           ("Kauppakatu", "40100", "Jyväskylä"), ("Isokatu", "90100", "Oulu"), ("Puijonkatu", "70100", "Kuopio")],
    "DK": [("Nørrebrogade", "2200", "København N"), ("Vestergade", "8000", "Aarhus C"), ("Algade", "9000", "Aalborg"),
           ("Kongensgade", "5000", "Odense C"), ("Istedgade", "1650", "København V"), ("Jernbanegade", "6700", "Esbjerg")],
    "NO": [("Thorvald Meyers gate", "0555", "Oslo"), ("Kong Oscars gate", "5017", "Bergen"),
           ("Olav Tryggvasons gate", "7011", "Trondheim"), ("Storgata", "9008", "Tromsø"),
           ("Kirkegata", "4006", "Stavanger"), ("Bogstadveien", "0355", "Oslo")],
    "CH": [("Rämistrasse", "8006", "Zürich"), ("Rue du Rhône", "1204", "Genève"), ("Via Nassa", "6900", "Lugano"),
           ("Gerechtigkeitsgasse", "3011", "Bern"), ("Steinenvorstadt", "4051", "Basel"), ("Avenue de la Gare", "1003", "Lausanne")],
    "BE": [("Rue de la Loi", "1040", "Etterbeek"), ("Naamsestraat", "3000", "Leuven"), ("Veldstraat", "9000", "Gent"),
           ("Rue Saint-Gilles", "4000", "Liège"), ("Nationalestraat", "2000", "Antwerpen"), ("Chaussée de Waterloo", "1180", "Uccle")],
    "IS": [("Laugavegur", "101", "Reykjavík"), ("Hafnarstræti", "600", "Akureyri"), ("Skólavörðustígur", "101", "Reykjavík"),
           ("Hringbraut", "107", "Reykjavík"), ("Strandgata", "220", "Hafnarfjörður")],
    "PH": [("Sampaguita St.", "Brgy. San Isidro", "Cainta, Rizal", "1900"), ("Katipunan Ave.", "Loyola Heights", "Quezon City", "1108"),
           ("Osmeña Blvd.", "Brgy. Kamputhaw", "Cebu City", "6000"), ("J.P. Laurel Ave.", "Bajada", "Davao City", "8000"),
           ("Gen. Luna St.", "Brgy. Tabuc Suba", "Jaro, Iloilo City", "5000")],
    "ID": [("Jl. Kemang Raya", "Bangka, Mampang Prapatan", "Jakarta Selatan", "12730"), ("Jl. Ir. H. Juanda", "Lebakgede, Coblong", "Bandung", "40132"),
           ("Jl. Prawirotaman", "Brontokusuman, Mergangsan", "Yogyakarta", "55153"), ("Jl. Raya Darmo", "Keputran, Tegalsari", "Surabaya", "60265"),
           ("Jl. Raya Kerobokan", "Kerobokan Kelod, Kuta Utara", "Badung, Bali", "80361")],
    "KE": [("00100", "Nairobi"), ("00800", "Nairobi"), ("80100", "Mombasa"), ("40100", "Kisumu"), ("20100", "Nakuru"), ("30100", "Eldoret")],
    "US": [("Wren Hollow Dr", "Fort Collins", "CO", "80525"), ("N Milwaukee Ave", "Chicago", "IL", "60622"),
           ("Peachtree St NE", "Atlanta", "GA", "30308"), ("SE Hawthorne Blvd", "Portland", "OR", "97214"),
           ("Elm Ridge Rd", "Asheville", "NC", "28806"), ("W 6th St", "Austin", "TX", "78701"),
           ("Cedar Ln", "Lancaster", "PA", "17601"), ("Bluebonnet Trl", "Round Rock", "TX", "78664")],
    "GB": [("Cavendish Row", "Hexham", "NE46 3AB"), ("Moor Lane", "Clitheroe", "BB7 1BE"), ("Gorse Hill Road", "Swindon", "SN2 1HJ"),
           ("Priory Walk", "Lewes", "BN7 1XH"), ("Station Parade", "Whitby", "YO21 1DU"), ("Ropewalk", "Nottingham", "NG1 5DT"),
           ("Heol y Felin", "Cardiff", "CF14 7AJ"), ("Keith Street", "Stornoway", "HS1 2QG")],
    "IE": [("Strand Road", "Bray", "Co. Wicklow", "A98 K2X4"), ("Main Street", "Dingle", "Co. Kerry", "V92 F6R2"),
           ("Shop Street", "Galway", "", "H91 C8D2"), ("Ranelagh Road", "Dublin 6", "", "D06 Y2K4"), ("Oliver Plunkett Street", "Cork", "", "T12 X5E2")],
    "DE": [("Mönckebergstraße", "20095", "Hamburg"), ("Körnerstraße", "04107", "Leipzig"), ("Sophienstraße", "70178", "Stuttgart"),
           ("Alte Gasse", "60313", "Frankfurt am Main"), ("Ostenallee", "59063", "Hamm"), ("Kurfürstendamm", "10719", "Berlin")],
    "FR": [("rue de la Verrerie", "13002", "Marseille"), ("cours Lafayette", "69003", "Lyon"), ("rue Sainte-Catherine", "33000", "Bordeaux"),
           ("rue Nationale", "59800", "Lille"), ("avenue de Grande-Bretagne", "31300", "Toulouse"), ("rue Paradis", "06000", "Nice")],
    "CA": [("Rue Saint-Denis", "Montréal", "QC", "H2X 3J6"), ("Bloor St W", "Toronto", "ON", "M5S 1W4"),
           ("Commercial Dr", "Vancouver", "BC", "V5L 3X4"), ("Jasper Ave NW", "Edmonton", "AB", "T5J 1N9"),
           ("Barrington St", "Halifax", "NS", "B3J 1Z7")],
    "AU": [("Wattle Street", "Fitzroy", "VIC", "3065"), ("Brunswick Street", "New Farm", "QLD", "4005"),
           ("Hay Street", "Subiaco", "WA", "6008"), ("King William Road", "Hyde Park", "SA", "5061"),
           ("Glebe Point Road", "Glebe", "NSW", "2037")],
    "IN": [("4th Cross, Indiranagar", "Bengaluru", "Karnataka", "560038"), ("Anna Salai, Teynampet", "Chennai", "Tamil Nadu", "600018"),
           ("Sector V, Salt Lake", "Kolkata", "West Bengal", "700091"), ("Usman Road, T. Nagar", "Chennai", "Tamil Nadu", "600017"),
           ("Lake Gardens", "Kolkata", "West Bengal", "700045"), ("Race Course Road", "Coimbatore", "Tamil Nadu", "641018")],
    "BR": [("Rua Oscar Freire", "Jardins", "São Paulo", "SP", "01426-001"), ("Rua Visconde de Pirajá", "Ipanema", "Rio de Janeiro", "RJ", "22410-002"),
           ("Av. Afonso Pena", "Centro", "Belo Horizonte", "MG", "30130-001"), ("Rua XV de Novembro", "Centro", "Curitiba", "PR", "80020-310")],
    "NL": [("Lange Voorhout", "2514 ED", "Den Haag"), ("Nieuwe Binnenweg", "3014 GD", "Rotterdam"), ("Stationsweg", "9726 AC", "Groningen"),
           ("Hoogstraat", "5611 JR", "Eindhoven")],
    "PE": [("Av. José Larco", "Miraflores", "Lima", "15074"), ("Jr. Junín", "Cercado de Lima", "Lima", "15001"),
           ("Calle Mercaderes", "Cercado", "Arequipa", "04001"), ("Av. El Sol", "Wanchaq", "Cusco", "08002")],
    "PK": [("Street 7, F-7/2", "Islamabad", "44000"), ("Khayaban-e-Shamsheer, DHA Phase 5", "Karachi", "75500"),
           ("Main Boulevard, Gulberg III", "Lahore", "54660")],
    "BD": [("Road 27, Dhanmondi", "Dhaka", "1209"), ("Road 11, Banani", "Dhaka", "1213"), ("O.R. Nizam Road, Panchlaish", "Chattogram", "4203")],
    "TH": [("Soi Sukhumvit 31, Khlong Toei Nuea, Watthana", "Bangkok", "10110"), ("Nimmanhaemin Rd Soi 7, Suthep, Mueang Chiang Mai", "Chiang Mai", "50200"),
           ("Rat-U-Thit 200 Pi Rd, Patong, Kathu", "Phuket", "83150")],
    "UA": [("vul. Khreshchatyk", "Kyiv", "01001"), ("vul. Derybasivska", "Odesa", "65026"), ("prosp. Svobody", "Lviv", "79000"),
           ("vul. Sumska", "Kharkiv", "61002")],
    "IL": [("Dizengoff St", "Tel Aviv-Yafo", "6436809"), ("Herzl St", "Haifa", "3303822"), ("Emek Refaim St", "Jerusalem", "9314220")],
}
ADDR_COUNTRIES = sorted(ADDR)


def addr(cc, multi=False):
    """An address of country cc; lines joined by newlines when multi."""
    a = ch(ADDR[cc])
    if cc == "JP":
        area, ward, city, pc, kj = a
        c, b, n = _n(1, 5), _n(1, 30), _n(1, 20)
        if chance(0.4):
            lines = ["〒" + pc, kj + "%s-%s-%s" % (c, b, n) + ch(["", " " + ch(["サンハイツ", "メゾン桜", "グランコート"]) + _n(101, 905) + "号室"])]
            return "\n".join(lines) if multi else " ".join(lines)
        lines = ["%s-%s-%s %s" % (c, b, n, area) + ch(["", ", " + ch(["Sunny Heights", "Maison Sakura", "Grand Court"]) + " " + _n(101, 905)]),
                 "%s, %s %s" % (ward, city, pc)]
    elif cc == "MX":
        st, col, cp, mun, est = a
        lines = ["%s %s%s" % (st, _n(1, 980), ch(["", ", Int. " + _n(1, 24), " Depto. " + _n(101, 804)])),
                 "Col. %s, C.P. %s" % (col, cp), "%s, %s" % (mun, est) if mun != col else est]
        if mun == "Cuauhtémoc":
            lines[2] = "Alc. Cuauhtémoc, %s" % est
    elif cc == "AR":
        st, cp, city = a
        lines = ["%s %s%s" % (st, _n(100, 3900), ch(["", ", Piso %s Dto. %s" % (_n(1, 12), ch("ABCD")), " %sº %s" % (_n(1, 12), ch("ABCD"))])),
                 "%s %s" % (cp, city)]
    elif cc == "ZA":
        st, sub, city, pc = a
        lines = ["%s %s" % (_n(1, 220), st), sub, "%s, %s" % (city, pc) if chance(0.5) else "%s %s" % (city, pc)]
        if chance(0.3):
            lines.insert(0, "Unit %s %s" % (_n(1, 40), ch(["Jacaranda Court", "Protea Gardens", "Umhlanga Heights"])))
    elif cc == "NZ":
        st, sub, city, pc = a
        lines = ["%s%s %s" % (ch(["", _n(1, 12) + "/"]), _n(1, 300) + ch(["", "", "A", "B"]), st), sub, "%s %s" % (city, pc)]
        if sub == city:
            lines.pop(1)
    elif cc == "CZ":
        st, psc, city = a
        lines = ["%s %s/%s" % (st, _n(100, 2400), _n(1, 90)), "%s %s" % (psc, city)]
    elif cc == "RO":
        st, cp, city, county = a
        extra = ch(["", ", bl. %s%s, sc. %s, et. %s, ap. %s" % (ch("ABCGM"), _n(1, 12), _n(1, 4), _n(1, 10), _n(1, 80)), ", ap. " + _n(1, 40)])
        lines = ["%s nr. %s%s" % (st, _n(1, 160), extra), "%s %s, %s" % (cp, city, county)]
    elif cc == "FI":
        st, pc, city = a
        lines = ["%s %s%s" % (st, _n(1, 90), ch(["", " %s %s" % (ch("ABCD"), _n(1, 40)), " as. " + _n(1, 30)])), "%s %s" % (pc, city.upper() if chance(0.3) else city)]
    elif cc == "DK":
        st, pc, city = a
        lines = ["%s %s%s" % (st, _n(1, 240), ch(["", ", %s. %s" % (_n(1, 5), ch(["tv.", "th.", "mf."])), ", st."])), "%s %s" % (pc, city)]
    elif cc == "NO":
        st, pc, city = a
        lines = ["%s %s%s" % (st, _n(1, 90), ch(["", "A", "B", " H0%s0%s" % (_n(1, 5), _n(1, 4))])), "%s %s" % (pc, city.upper() if chance(0.4) else city)]
    elif cc == "CH":
        st, pc, city = a
        lines = ["%s %s" % (st, _n(1, 120)), "%s %s" % (pc, city)]
        if chance(0.2):
            lines.insert(0, ch(["c/o Atelier Blau", "Postfach"]))
    elif cc == "BE":
        st, pc, city = a
        box = ch(["", " bus " + _n(1, 30), " bte " + _n(1, 30), "/" + _n(1, 9)]) if "Rue" not in st and "Chaussée" not in st else ch(["", " bte " + _n(1, 30), "/" + _n(1, 9)])
        lines = ["%s %s%s" % (st, _n(1, 300), box), "%s %s" % (pc, city)]
    elif cc == "IS":
        st, pc, city = a
        lines = ["%s %s%s" % (st, _n(1, 120), ch(["", "", "b", "a"])), "%s %s" % (pc, city)]
    elif cc == "PH":
        st, brgy, city, pc = a
        head = ch(["Blk %s Lot %s, %s" % (_n(1, 30), _n(1, 40), st), "%s %s" % (_n(1, 900), st),
                   "Unit %s, %s Residences, %s %s" % (_n(101, 2405), ch(["Acacia", "Narra", "Molave"]), _n(1, 300), st)])
        lines = [head, brgy, "%s %s" % (city, pc)]
    elif cc == "ID":
        st, kel, city, pc = a
        lines = ["%s No. %s%s" % (st, _n(1, 180), ch(["", ", RT %02d/RW %02d" % (R.randint(1, 15), R.randint(1, 12))])), kel, "%s %s" % (city, pc)]
    elif cc == "KE":
        pc, city = a
        if chance(0.6):
            lines = ["P.O. Box %s-%s" % (_n(100, 99999), pc), city]
        else:
            lines = ["%s, %s" % (ch(["Hse No. " + _n(1, 60), "Apt " + ch("ABCD") + _n(1, 20)]), ch(["Argwings Kodhek Rd", "Ngong Road", "Moi Avenue", "Oginga Odinga St"])),
                     ch(["Kilimani", "Kileleshwa", "Nyali", "Milimani"]) + ", " + city]
    elif cc == "US":
        st, city, state, z = a
        lines = ["%s %s%s" % (_n(100, 9899), st, ch(["", ", Apt " + _n(1, 40) + ch(["", "B"]), " #" + _n(100, 999), ", Unit " + _n(1, 12)])),
                 "%s, %s %s" % (city, state, z + ch(["", "", "-" + "%04d" % R.randint(1, 9999)]))]
    elif cc == "GB":
        st, town, pc = a
        lines = ["%s%s %s" % (ch(["", "", "Flat " + _n(1, 12) + ", ", ch(["Rose Cottage, ", "The Old Forge, "])]), _n(1, 140), st), town.upper() if chance(0.3) else town, pc]
    elif cc == "IE":
        st, town, county, eir = a
        lines = ["%s%s %s" % (ch(["", "Apt " + _n(1, 30) + ", ", ch(["Harbour View, ", "Ashgrove House, "])]), _n(1, 90), st), town] + ([county] if county else []) + [eir]
    elif cc == "DE":
        st, plz, city = a
        lines = ["%s %s%s" % (st, _n(1, 140), ch(["", "", "a", "b"])), "%s %s" % (plz, city)]
        if chance(0.15):
            lines.insert(0, "c/o " + ch(["Hausverwaltung Kessler", "Praxis am Markt"]))
    elif cc == "FR":
        st, cp, city = a
        lines = ["%s%s %s" % (_n(1, 140), ch(["", "", " bis", " ter"]), st), "%s %s" % (cp, city.upper() if chance(0.5) else city)]
        if chance(0.3):
            lines.insert(0, ch(["Résidence Les Tilleuls, bât. B", "Appt 14, 3e étage"]))
    elif cc == "CA":
        st, city, prov, pc = a
        if "Rue" in st:
            lines = ["%s, %s%s" % (_n(100, 4500), st, ch(["", ", app. " + _n(1, 30)])), "%s (%s)  %s" % (city, prov, pc)]
        else:
            lines = ["%s%s %s" % (ch(["", _n(101, 2808) + "-"]), _n(10, 2200), st), "%s %s  %s" % (city, prov, pc)]
    elif cc == "AU":
        st, sub, state, pc = a
        lines = ["%s%s %s" % (ch(["", "Unit " + _n(1, 30) + "/", _n(1, 12) + "/"]), _n(1, 300), st), "%s %s %s" % (sub.upper() if chance(0.5) else sub, state, pc)]
    elif cc == "IN":
        loc, city, state, pin = a
        lines = ["%s %s, %s" % (ch(["Flat", "No.", "Door No."]), _n(1, 504), ch(["Sai Krupa Apartments", "Lakshmi Nilayam", "Green Park Residency", "Sri Balaji Towers"])),
                 loc, "%s, %s %s" % (city, state, pin) if chance(0.5) else "%s - %s, %s" % (city, pin, state)]
    elif cc == "BR":
        st, bairro, city, uf, cep = a
        lines = ["%s, %s%s" % (st, _n(10, 2500), ch(["", ", apto " + _n(11, 184), ", casa 2"])), "%s, %s - %s" % (bairro, city, uf), "CEP " + cep]
    elif cc == "NL":
        st, pc, city = a
        lines = ["%s %s%s" % (st, _n(1, 220), ch(["", "-A", " bis", "A"])), "%s %s" % (pc, city.upper() if chance(0.3) else city)]
    elif cc == "PE":
        st, dist, city, pc = a
        lines = ["%s %s%s" % (st, _n(100, 1800), ch(["", ", Dpto. " + _n(101, 1204), " Int. " + _n(1, 9)])), "%s, %s %s" % (dist, city, pc)]
    elif cc == "PK":
        st, city, pc = a
        lines = ["House %s, %s" % (_n(1, 90), st), "%s %s" % (city, pc)]
    elif cc == "BD":
        st, city, pc = a
        lines = ["House %s, %s" % (_n(1, 90), st), "%s-%s" % (city, pc) if chance(0.5) else "%s %s" % (city, pc)]
    elif cc == "TH":
        st, city, pc = a
        lines = ["%s/%s %s" % (_n(1, 300), _n(1, 99), st), "%s %s" % (city, pc)]
    elif cc == "UA":
        st, city, pc = a
        lines = ["%s, %s%s" % (st, _n(1, 90), ch(["", ", kv. " + _n(1, 120)])), "%s, %s" % (city, pc)]
    elif cc == "IL":
        st, city, pc = a
        lines = ["%s %s%s" % (_n(1, 200), st, ch(["", ", Apt " + _n(1, 30)])), "%s %s" % (city, pc)]
    else:
        raise KeyError(cc)
    return "\n".join(lines) if multi else ", ".join(lines)


def ad(cc, multi=False):
    return L("address", addr(cc, multi), sub=cc)


# ---------------------------------------------------------------- dates
MONTHS8 = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    "is": ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október", "nóvember", "desember"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
    "tl": ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre", "Nobyembre", "Disyembre"],
    "sw": ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba", "Desemba"],
    "uk": ["sichnia", "liutoho", "bereznia", "kvitnia", "travnia", "chervnia", "lypnia", "serpnia", "veresnia", "zhovtnia", "lystopada", "hrudnia"],
}
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class D:
    def __init__(self, y0=1950, y1=2004, y=None, m=None, d=None):
        self.y = y or R.randint(y0, y1)
        self.m = m or R.randint(1, 12)
        self.d = d or R.randint(1, MDAYS[self.m - 1])

    def fmt(self, f, lang="en"):
        y, m, d = self.y, self.m, self.d
        M = MONTHS8.get(lang, MONTHS8["en"])[m - 1]
        return {
            "dmy.": "%02d.%02d.%d" % (d, m, y), "dmy.s": "%d.%d.%d" % (d, m, y), "dmy. ": "%d. %d. %d" % (d, m, y),
            "dmy/": "%02d/%02d/%d" % (d, m, y), "mdy/": "%02d/%02d/%d" % (m, d, y), "mdy/s": "%d/%d/%d" % (m, d, y),
            "iso": "%d-%02d-%02d" % (y, m, d), "dmy-": "%02d-%02d-%d" % (d, m, y), "ymd/": "%d/%02d/%02d" % (y, m, d),
            "ymd.": "%d.%02d.%02d" % (y, m, d), "compact": "%d%02d%02d" % (y, m, d),
            "long": "%d %s %d" % (d, M, y), "long.": "%d. %s %d" % (d, M, y),
            "longde": "%d. %s %d" % (d, M, y), "longes": "%d de %s de %d" % (d, M, y),
            "us": "%s %d, %d" % (M, d, y), "abbr": "%02d-%s-%d" % (d, M[:3], y), "abbr ": "%d %s %d" % (d, M[:3], y),
            "tl": "%s %d, %d" % (M, d, y), "ja": "%d年%d月%d日" % (y, m, d), "gedcom": "%d %s %d" % (d, MONTHS8["en"][m - 1][:3].upper(), y),
            "ord": "%d%s %s %d" % (d, "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"), M, y),
        }[f]


# default DOB layouts per language
DOB_FMTS = {
    "en": ["long", "dmy/", "abbr ", "ord", "iso"], "us": ["mdy/", "us", "mdy/s", "iso"], "de": ["dmy.", "longde", "dmy.s"],
    "fr": ["dmy/", "long"], "es": ["dmy/", "longes", "dmy-"], "pt": ["dmy/", "longes"], "it": ["dmy/", "long"],
    "nl": ["dmy-", "long"], "cs": ["dmy. ", "long.", "dmy."], "ro": ["dmy.", "long"], "fi": ["dmy.s", "long."],
    "da": ["dmy.", "long."], "no": ["dmy.", "long."], "is": ["dmy.", "long."], "id": ["dmy-", "long", "dmy/"],
    "tl": ["tl", "mdy/"], "sw": ["dmy/", "long"], "ja": ["ja", "ymd/"], "uk": ["dmy.", "long"],
}


def dob(lang="en", f=None, dt=None, **kw):
    dt = dt or D(**kw)
    f = f or ch(DOB_FMTS[lang])
    mlang = {"us": "en", "tl": "tl"}.get(lang, lang)
    return L("dob", dt.fmt(f, mlang), sub=f)


def anydate(y0=2019, y1=2026):
    return D(y0, y1)


# ---------------------------------------------------------------- gov ids
# corpuslib's helpers, plus identifiers added for this part with their
# published check algorithms (verified again by --check).

def ca_sin():
    while True:
        body = R.choice("1234567") + digits(R, 7)
        s = luhn_complete(body)
        return s


def za_id(dt, female):
    seq = "%04d" % (R.randint(0, 4999) if female else R.randint(5000, 9999))
    body = "%02d%02d%02d" % (dt.y % 100, dt.m, dt.d) + seq + "08"
    return luhn_complete(body)


def za_ok(s):
    return len(s) == 13 and s.isdigit() and luhn_ok(s) and 1 <= int(s[2:4]) <= 12 and 1 <= int(s[4:6]) <= 31


CURP_CH = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_check(s17):
    t = sum(CURP_CH.index(c) * (18 - i) for i, c in enumerate(s17))
    return str((10 - t % 10) % 10)


def curp_make(p, dt, state="DF"):
    def up(s):
        return re.sub(r"[^A-ZÑ]", "", fold(s.replace("ñ", "\0")).upper().replace("\0", "Ñ"))
    a = up(p.sur.split()[-1])
    b = up(p.sur2.split()[-1]) if p.sur2 else "X"
    gname = p.given.split()
    g = up(gname[1] if len(gname) > 1 and gname[0] in ("José", "María") else gname[0])
    vow = next((c for c in a[1:] if c in "AEIOU"), "X")

    def cons(w):
        return next((c for c in w[1:] if c not in "AEIOU"), "X")
    s = a[0] + vow + b[0] + g[0] + "%02d%02d%02d" % (dt.y % 100, dt.m, dt.d) + ("M" if p.g == "f" else "H") + state + \
        cons(a) + cons(b) + cons(g) + (str(R.randint(0, 9)) if dt.y < 2000 else R.choice("ABCDEFGH"))
    return s + curp_check(s)


def curp_ok(s):
    return len(s) == 18 and re.fullmatch(r"[A-Z]{4}\d{6}[HM][A-Z]{2}[A-ZÑ]{3}[0-9A-Z]\d", s) and curp_check(s[:17]) == s[17]


def cuil_check(s10):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(c) * k for c, k in zip(s10, w)) % 11
    return {11: "0", 10: None}.get(r, str(r))


def ar_cuil(female):
    while True:
        s10 = ("27" if female else "20") + "%08d" % R.randint(20000000, 46000000)
        c = cuil_check(s10)
        if c:
            return s10 + c


def ird_check(base8):
    for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(int(c) * k for c, k in zip(base8, w)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return str(c)
    return None


def nz_ird():
    while True:
        base = "%08d" % R.randint(10000000, 14999999)
        c = ird_check(base)
        if c:
            return base + c


def ird_ok(s):
    n = int(s)
    return 10000000 < n < 150000000 and ird_check(s[:-1].rjust(8, "0")) == s[-1]


def th_check(s12):
    return str((11 - sum(int(c) * (13 - i) for i, c in enumerate(s12)) % 11) % 10)


def th_id():
    s = R.choice("12345678") + digits(R, 11)
    return s + th_check(s)


def il_tz():
    return luhn_complete(digits(R, 8))


CNP_W = "279146358279"


def cnp_check(s12):
    c = sum(int(a) * int(b) for a, b in zip(s12, CNP_W)) % 11
    return "1" if c == 10 else str(c)


def ro_cnp(dt, female):
    s = ("2" if female else "1") if dt.y < 2000 else ("6" if female else "5")
    s += "%02d%02d%02d" % (dt.y % 100, dt.m, dt.d) + "%02d" % ch(list(range(1, 41)) + [51, 52]) + "%03d" % R.randint(1, 999)
    return s + cnp_check(s)


def kt_check(s8):
    r = 11 - sum(int(c) * k for c, k in zip(s8, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
    return {11: "0", 10: None}.get(r, str(r))


def is_kt(dt):
    while True:
        s8 = "%02d%02d%02d" % (dt.d, dt.m, dt.y % 100) + "%02d" % R.randint(20, 99)
        c = kt_check(s8)
        if c:
            return s8 + c + ("9" if dt.y < 2000 else "0")


def kt_ok(s):
    return len(s) == 10 and kt_check(s[:8]) == s[8] and s[9] in "890"


TFN_W = [1, 4, 3, 7, 5, 8, 6, 9, 10]


def au_tfn():
    while True:
        s8 = R.choice("123456789") + digits(R, 7)
        d = sum(int(c) * w for c, w in zip(s8, TFN_W)) % 11
        if d < 10:
            s = s8 + str(d)
            assert sum(int(c) * w for c, w in zip(s, TFN_W)) % 11 == 0
            return s


def tfn_ok(s):
    return len(s) == 9 and sum(int(c) * w for c, w in zip(s, TFN_W)) % 11 == 0


UA_W = [-1, 5, 7, 9, 4, 6, 10, 5, 7]


def ua_check(s9):
    return str(sum(int(c) * w for c, w in zip(s9, UA_W)) % 11 % 10)


def ua_rnokpp(dt, female):
    import datetime
    days = (datetime.date(dt.y, dt.m, dt.d) - datetime.date(1899, 12, 31)).days
    s9 = "%05d" % days + "%03d" % R.randint(0, 999) + str(ch("02468" if female else "13579"))
    return s9 + ua_check(s9)


def kvnr_check(s9):
    """DE Krankenversichertennummer: letter as 01..26, then 8 digits,
    weights 1,2,... on the 10 digits, cross sums, mod 10."""
    ds = "%02d" % (ord(s9[0]) - 64) + s9[1:]
    t = 0
    for i, c in enumerate(ds):
        v = int(c) * (1 if i % 2 == 0 else 2)
        t += v - 9 if v > 9 else v
    return str(t % 10)


def de_kvnr():
    s9 = R.choice(string.ascii_uppercase) + digits(R, 8)
    return s9 + kvnr_check(s9)


HETU_CH = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def fi_hetu(dt):
    nnn = "%03d" % R.randint(2, 899)
    body = "%02d%02d%02d" % (dt.d, dt.m, dt.y % 100)
    return body + ("-" if dt.y < 2000 else "A") + nnn + HETU_CH[int(body + nnn) % 31]


def hetu_ok(s):
    return len(s) == 11 and s[6] in "+-A" and HETU_CH[int(s[:6] + s[7:10]) % 31] == s[10]


def cz_rc(dt, female):
    while True:
        body = "%02d%02d%02d" % (dt.y % 100, dt.m + (50 if female else 0), dt.d) + "%03d" % R.randint(0, 999)
        for c in "0123456789":
            if int(body + c) % 11 == 0:
                return body[:6] + "/" + body[6:] + c


def rc_ok(s):
    d = s.replace("/", "")
    return len(d) == 10 and int(d) % 11 == 0


def gid(kind, p=None, dt=None, style=None):
    """A gov_id label of the given kind."""
    female = p is not None and p.g == "f"
    if kind == "us_ssn":
        a, g_, s = ssn_random(R)
        v = ch(["%s-%s-%s" % (a, g_, s), "%s-%s-%s" % (a, g_, s), "%s %s %s" % (a, g_, s)])
    elif kind == "uk_nino":
        pfx, num, suf = nino_random(R)
        v = ch(["%s %s %s %s %s" % (pfx, num[:2], num[2:4], num[4:], suf), pfx + num + suf])
    elif kind == "nhs":
        s = nhs_random(R)
        v = ch([G(s, [3, 3, 4]), s, G(s, [3, 3, 4], "-")])
    elif kind == "de_steuerid":
        s = steuerid_random(R)
        v = ch([s, G(s, [2, 3, 3, 3])])
    elif kind == "de_kvnr":
        v = de_kvnr()
    elif kind == "fr_nir":
        body, key = nir_random(R, sex="2" if female else "1", yy=dt.y % 100 if dt else None, mm=dt.m if dt else None)
        v = ch(["%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), body + key])
    elif kind == "es_dni":
        n, l_ = dni_random(R)
        v = n + l_
    elif kind == "es_nie":
        p_, n, l_ = nie_random(R)
        v = ch([p_ + n + l_, "%s-%s-%s" % (p_, n, l_)])
    elif kind == "it_cf":
        d_ = dt or D(1950, 2004)
        v = cf_make(p.sur if p else "Rossi", p.given.split()[0] if p else "Anna", d_.y % 100, d_.m, d_.d, female,
                    ch(["F205", "H501", "A944", "L219", "G273"]))
    elif kind == "nl_bsn":
        s = bsn_random(R)
        v = ch([s, "%s.%s.%s" % (s[:4], s[4:6], s[6:])])
    elif kind == "in_aadhaar":
        s = aadhaar_random(R)
        v = ch([G(s, [4, 4, 4]), s])
    elif kind == "in_pan":
        v = pan_random(R, "P", fold(p.sur)[0] if p else "K")
    elif kind == "br_cpf":
        s = cpf_random(R)
        v = ch(["%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), s])
    elif kind == "ca_sin":
        s = ca_sin()
        v = ch([G(s, [3, 3, 3]), G(s, [3, 3, 3], "-"), s])
    elif kind == "za_id":
        v = za_id(dt or D(1955, 2004), female)
        if chance(0.2):
            v = G(v, [6, 4, 3])
    elif kind == "mx_curp":
        v = curp_make(p, dt or D(1955, 2004), ch(["DF", "JC", "NL", "PL", "YN", "MC"]))
    elif kind == "ar_cuil":
        s = ar_cuil(female)
        v = ch(["%s-%s-%s" % (s[:2], s[2:10], s[10]), s])
    elif kind == "nz_ird":
        s = nz_ird()
        v = ch([G(s, [3, 3, 3], "-"), G(s, [3, 3, 3]), s])
    elif kind == "th_id":
        s = th_id()
        v = ch([G(s, [1, 4, 5, 2, 1], "-"), G(s, [1, 4, 5, 2, 1]), s])
    elif kind == "il_tz":
        v = il_tz()
    elif kind == "ro_cnp":
        v = ro_cnp(dt or D(1950, 2004), female)
    elif kind == "is_kt":
        s = is_kt(dt or D(1950, 2004))
        v = ch([s[:6] + "-" + s[6:], s])
    elif kind == "au_tfn":
        s = au_tfn()
        v = ch([G(s, [3, 3, 3]), s])
    elif kind == "ua_rnokpp":
        v = ua_rnokpp(dt or D(1950, 2004), female)
    elif kind == "fi_hetu":
        v = fi_hetu(dt or D(1950, 2004))
    elif kind == "cz_rc":
        v = cz_rc(dt or D(1954, 2004), female)
    elif kind == "pk_cnic":
        v = "%s%s-%s-%s" % (R.choice("1234567"), digits(R, 4), digits(R, 7), ch("13579" if not female else "02468"))
    elif kind == "ph_passport":
        v = ch(["P", "P"]) + digits(R, 7) + R.choice(string.ascii_uppercase)
    else:
        raise KeyError(kind)
    return L("gov_id", v, sub=kind)


def gov_ok(sub, v):
    s = re.sub(r"[\s.\-/]", "", v)
    if sub == "us_ssn":
        return len(s) == 9 and ssn_valid(int(s[:3]), int(s[3:5]), int(s[5:]))
    if sub == "uk_nino":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s)) and s[:2] not in NINO_BAD_PREFIX
    if sub == "nhs":
        return nhs_ok(s)
    if sub == "de_steuerid":
        return steuerid_ok(s)
    if sub == "de_kvnr":
        return bool(re.fullmatch(r"[A-Z]\d{9}", s)) and kvnr_check(s[:9]) == s[9]
    if sub == "fr_nir":
        return nir_ok(s[:13], s[13:])
    if sub == "es_dni":
        return DNI_LETTERS[int(s[:8]) % 23] == s[8]
    if sub == "es_nie":
        return nie_ok(s)
    if sub == "it_cf":
        return cf_check(s[:15]) == s[15]
    if sub == "nl_bsn":
        return bsn_ok(s)
    if sub == "in_aadhaar":
        return len(s) == 12 and verhoeff_ok(s)
    if sub == "in_pan":
        return bool(re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", s))
    if sub == "br_cpf":
        return cpf_ok(s)
    if sub == "ca_sin":
        return len(s) == 9 and s[0] in "1234567" and luhn_ok(s)
    if sub == "za_id":
        return za_ok(s)
    if sub == "mx_curp":
        return bool(curp_ok(s))
    if sub == "ar_cuil":
        return len(s) == 11 and cuil_check(s[:10]) == s[10]
    if sub == "nz_ird":
        return ird_ok(s)
    if sub == "th_id":
        return len(s) == 13 and th_check(s[:12]) == s[12]
    if sub == "il_tz":
        return len(s) == 9 and luhn_ok(s)
    if sub == "ro_cnp":
        return len(s) == 13 and cnp_check(s[:12]) == s[12]
    if sub == "is_kt":
        return kt_ok(s)
    if sub == "au_tfn":
        return tfn_ok(s)
    if sub == "ua_rnokpp":
        return len(s) == 10 and ua_check(s[:9]) == s[9]
    if sub == "fi_hetu":
        return hetu_ok(v)
    if sub == "cz_rc":
        return rc_ok(v)
    if sub == "pk_cnic":
        return bool(re.fullmatch(r"\d{5}-\d{7}-\d", v))
    if sub == "ph_passport":
        return bool(re.fullmatch(r"P\d{7}[A-Z]", v))
    return False


# ---------------------------------------------------------------- iban / card / ip

def ib(cc, style=None):
    v = iban_random(R, cc)
    style = style or ch(["g", "g", "g", "c", "c", "gn"])
    if style == "g":
        v = group(v)
    elif style == "gn":
        v = group(v, 4, "\u00a0")
    return L("iban", v, sub=cc)


def iban_bad(cc):
    v = iban_random(R, cc)
    ck = int(v[2:4])
    v = v[:2] + "%02d" % ((ck + R.randint(1, 9)) % 97 or 11) + v[4:]
    assert iban_mod97(v) != 1
    return group(v)


CARD_SEPS = [" ", " ", " ", "-", ""]


def cd(issuer=None, sep=None):
    issuer = issuer or ch(["visa", "visa", "mastercard", "mastercard", "amex", "mastercard2", "discover", "jcb", "unionpay", "maestro"])
    n = card_random(R, issuer)
    sep = sep if sep is not None else ch(CARD_SEPS)
    v = sep.join(split_groups(n, card_grouping(len(n)))) if sep else n
    return L("card", v, sub=issuer)


IP_FIRST = [31, 37, 41, 45, 46, 62, 77, 78, 80, 81, 82, 83, 84, 85, 86, 88, 89, 90, 91, 92, 93, 94, 95, 102, 103,
            105, 109, 110, 112, 116, 118, 121, 122, 123, 124, 125, 136, 139, 143, 145, 146, 151, 154, 156, 160,
            165, 168, 170, 175, 176, 178, 179, 180, 182, 185, 186, 188, 190, 193, 194, 195, 196, 197, 200, 201,
            202, 210, 212, 213, 217]
IP6_PFX = ["2a02:8109", "2a01:e0a", "2604:3d08", "2400:4050", "2a00:23c7", "2001:1c00", "2406:e003", "2a02:a46d",
           "2c0f:fe38", "2405:201", "2800:810", "2a0a:a541"]


def ip4s():
    while True:
        v = "%d.%d.%d.%d" % (ch(IP_FIRST), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(v).is_global:
            return v


def ip6s():
    v = ch(IP6_PFX) + ":" + ":".join("%x" % R.randint(0, 0xffff) for _ in range(6))
    return str(ipaddress.ip_address(v))


def ipl(v6=False):
    return L("ip", ip6s() if v6 else ip4s(), sub="v6" if v6 else "v4")


def priv_ip():
    return ch(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
               "192.168.%d.%d" % (R.randint(0, 10), R.randint(2, 254)),
               "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])


# ---------------------------------------------------------------- secrets
SYM = "!%*-_.+="
PW_WORDS = ["Kowhai", "Tui", "Harbour", "Mango", "Saguaro", "Fjord", "Lumo", "Hrafn", "Jacaranda", "Kereru",
            "Papaya", "Baobab", "Tamarind", "Sakura", "Vltava", "Karhu", "Ostrava", "Mamba", "Quokka", "Condor"]


def pw(style=None):
    style = style or ch(["word", "word", "rand", "phrase", "leet"])
    if style == "word":
        return ch(PW_WORDS) + ch(SYM[:3]) + str(R.randint(10, 9999)) + ch(["", "x", "Q", "!"])
    if style == "rand":
        while True:
            s = R.choice(string.ascii_letters) + rnd(R, ALNUM + SYM, R.randint(11, 19))
            if any(c.isdigit() for c in s) and any(c in SYM for c in s):
                return s
    if style == "phrase":
        return "-".join(x.lower() for x in sample(PW_WORDS, 3)) + "-" + str(R.randint(1, 99))
    return ch(["P@ss", "W3lc0me", "S3cure", "Adm1n"]) + "-" + ch(PW_WORDS) + str(R.randint(1, 99))


def b64s(b):
    return base64.b64encode(b).decode()


def secret_v(kind):
    if kind == "password":
        return pw()
    if kind == "pypi":
        return "pypi-AgEIcHlwaS5vcmc" + rnd(R, URLSAFE, R.randint(140, 170))
    if kind == "shopify":
        return "shpat_" + rnd(R, HEX, 32)
    if kind == "wg_key":
        return b64s(bytes(R.randrange(256) for _ in range(32)))
    if kind == "basic_auth":
        return b64s(("%s:%s" % (ch(["admin", "grafana", "ops", "metrics", "deploy"]), pw("rand"))).encode())
    if kind == "docker_auth":
        return b64s(("%s:%s" % (ch(["ci-bot", "deploy", "kowhai-ci"]), ch([secret_random(R, "github_pat"), pw("rand"), "glpat-" + rnd(R, URLSAFE, 20)]))).encode())
    if kind == "rails_secret":
        return rnd(R, HEX, 128)
    if kind == "azure_storage_key":
        return b64s(bytes(R.randrange(256) for _ in range(64)))
    if kind == "hex32":
        return rnd(R, HEX, 32)
    if kind == "hex64":
        return rnd(R, HEX, 64)
    if kind == "discord_bot":
        uid = str(R.randint(10 ** 17, 10 ** 19 - 1))
        return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + rnd(R, URLSAFE, 6) + "." + rnd(R, URLSAFE, 38)
    if kind == "mailgun":
        return "key-" + rnd(R, "abcdefghijklmnopqrstuvwxyz0123456789", 32)
    if kind == "k8s_token":
        hdr = base64.urlsafe_b64encode(json.dumps({"alg": "RS256", "kid": rnd(R, URLSAFE, 43)}).encode()).rstrip(b"=").decode()
        body = base64.urlsafe_b64encode(json.dumps({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": ch(["default", "ci", "monitoring"]),
                                                    "kubernetes.io/serviceaccount/service-account.name": ch(["deployer", "ci-runner", "grafana"]),
                                                    "sub": "system:serviceaccount:ci:deployer"}).encode()).rstrip(b"=").decode()
        return hdr + "." + body + "." + rnd(R, URLSAFE, 342)
    if kind == "rclone_pass":
        return rnd(R, URLSAFE, R.choice([43, 46, 51]))
    if kind == "wifi":
        return ch([pw("phrase"), ch(PW_WORDS).lower() + str(R.randint(1000, 99999)), pw("word")])
    if kind == "pem_key":
        return secret_random(R, "pem")
    return secret_random(R, kind)


def sc(kind, v=None):
    return L("secret", v or secret_v(kind), sub=kind)


# ---------------------------------------------------------------- hard negatives

def isbn13():
    b = "978" + R.choice("0123456789") + digits(R, 8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
    b += str((10 - s % 10) % 10)
    return "%s-%s-%s-%s-%s" % (b[:3], b[3], b[4:8], b[8:12], b[12])


def uuid4():
    h = rnd(R, HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def luhn_bad16():
    n = card_random(R, "visa")
    return n[:-1] + str((int(n[-1]) + R.randint(1, 9)) % 10)


def masked_card():
    last = digits(R, 4)
    return ch(["**** **** **** " + last, "•••• " + last, "XXXX-XXXX-XXXX-" + last, "ending in " + last,
               card_random(R, "visa")[:6] + "******" + last])


def wg_pub():
    return b64s(bytes(R.randrange(256) for _ in range(32)))


NEG_BRANDS = ["Tim Hortons", "Marks & Spencer", "Ben & Jerry's", "Jack Daniel's", "Wendy's", "Kate Spade",
              "Louis Vuitton", "Ralph Lauren", "Hugo Boss", "Calvin Klein", "Tommy Bahama", "Dr. Martens",
              "Sainsbury's", "Paul Smith", "Mrs. Fields", "Fisher & Paykel", "Ted Baker", "Aesop"]
NEG_WORKS = ["Pedro Páramo", "Anna Karenina", "Madame Bovary", "Oliver Twist", "Don Quixote", "Moby-Dick",
             "Mary Poppins", "Peter Pan", "Matilda", "Hamlet", "Emma", "Jane Eyre", "Heidi", "Pippi Longstocking",
             "Whale Rider", "Once Were Warriors", "Hunt for the Wilderpeople"]
NEG_PLACES = ["Wellington", "Victoria Station", "Lake Taupō", "Mount Kenya", "Port Elizabeth", "Alexandra Park",
              "St John's Wood", "Charles de Gaulle", "Ninoy Aquino International", "Jomo Kenyatta International",
              "Simón Bolívar", "Kingsford Smith", "Chhatrapati Shivaji", "Václav Havel Airport", "Mount Cook",
              "Queen Street", "Santa Monica", "Florianópolis", "Hamilton Gardens"]
NEG_DISHES = ["Pavlova", "Beef Wellington", "Eggs Benedict", "Caesar salad", "Peach Melba", "Margherita",
              "Nasi Goreng", "Chicken Tikka", "Oysters Rockefeller", "Sachertorte", "Lamington", "Anzac biscuits"]
NEG_EPONYMS = ["Parkinson's", "Alzheimer's", "Hodgkin lymphoma", "Asperger", "Tourette", "Ohm's law", "Newton's method",
               "Fibonacci", "Dijkstra's algorithm", "Gaussian blur", "Kalman filter", "Bayes' theorem", "Fourier transform"]
NEG_ROOMS = ["Room Hillary", "Sala Frida Kahlo", "Raum Humboldt", "Salle Curie", "Kupe Room", "Turing Suite",
             "Lovelace Lab", "Salón Neruda", "Mandela Hall", "Sibelius-sali"]
NEG_SOFTWARE = ["Jenkins", "Hugo", "Django", "Ruby", "Julia", "Ada", "Pascal", "Kafka", "Cassandra", "Celery",
                "Grafana", "Jira", "Ansible", "Sidekiq", "Bazel", "Gradle"]


def neg(tag):
    """A hard negative (look-alike) of the given kind."""
    if tag == "version":
        return N(ch(["v%d.%d.%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 40)),
                     "%d.%d.%d-rc.%d" % (R.randint(1, 5), R.randint(0, 20), R.randint(0, 9), R.randint(1, 4)),
                     "%d.%d.%d.%d" % (R.randint(1, 12), R.randint(0, 9), R.randint(1000, 19999), R.randint(1, 999))]), tag)
    if tag == "order":
        return N(ch(["#%d" % R.randint(100000, 9999999), "ORD-%d-%05d" % (R.randint(2023, 2026), R.randint(1, 99999)),
                     "%03d-%07d-%07d" % (R.randint(100, 999), R.randint(0, 9999999), R.randint(0, 9999999))]), tag)
    if tag == "tracking":
        return N(ch(["1Z%s%s" % (rnd(R, string.ascii_uppercase + string.digits, 6), digits(R, 10)),
                     "LD%sNZ" % digits(R, 9), "JJD%s" % digits(R, 18), "RR%sCZ" % digits(R, 9)]), tag)
    if tag == "sha":
        return N(rnd(R, HEX, ch([7, 12, 40, 64])), tag)
    if tag == "uuid":
        return N(uuid4(), tag)
    if tag == "timestamp":
        return N("%d-%02d-%02dT%02d:%02d:%02d%s" % (R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
                                                    R.randint(0, 59), R.randint(0, 59), ch(["Z", ".%03dZ" % R.randint(0, 999), "+13:00", "+02:00"])), tag)
    if tag == "coords":
        return N("%.4f, %.4f" % (R.uniform(-45, 60), R.uniform(-120, 178)), tag)
    if tag == "isbn":
        return N(isbn13(), tag)
    if tag == "masked_card":
        return N(masked_card(), tag)
    if tag == "luhn_fail":
        return N(" ".join(split_groups(luhn_bad16(), [4, 4, 4, 4])), tag)
    if tag == "iban_bad":
        return N(iban_bad(ch(["DE", "NL", "FR", "BE", "FI", "DK"])), tag)
    if tag == "placeholder":
        return N(ch(["<YOUR_API_KEY>", "${DB_PASSWORD}", "{{ vault_smtp_password }}", "********", "REDACTED",
                     "xxxxxxxxxxxxxxxx", "<token>", "%(PASSWORD)s", "$SECRET_KEY", "[hidden]"]), tag)
    if tag == "amount":
        return N(ch(["NZ$1,240.00", "KSh 2,300", "₱1,500.00", "Rp 250.000", "R 1 450,00", "12 500 Kč", "1.234,56 €",
                     "฿3,200", "$4,250.00", "CHF 380.–", "ARS 95.000", "S/ 120.00", "MXN $1,850", "£72.40", "৳ 5,000",
                     "Rs. 12,000", "₴ 1 200", "lei 350,00", "kr 1.495,00", "ISK 14.900"]), tag)
    if tag == "sku":
        return N(ch(["SKU %s-%04d-%s" % (rnd(R, string.ascii_uppercase, 2), R.randint(1, 9999), ch(["BLK", "RED", "XL", "M"])),
                     "P/N %s%d-%03d" % (rnd(R, string.ascii_uppercase, 3), R.randint(1, 99), R.randint(1, 999))]), tag)
    if tag == "invoice":
        return N(ch(["INV-%d-%04d" % (R.randint(2024, 2026), R.randint(1, 9999)), "Invoice %d" % R.randint(10000, 99999),
                     "Rechnung Nr. %d/%d" % (R.randint(100, 999), R.randint(2024, 2026))]), tag)
    if tag == "date":
        return N(anydate().fmt(ch(["dmy/", "iso", "dmy."])), tag)
    if tag == "private_ip":
        return N(priv_ip(), tag)
    if tag == "mac":
        return N(":".join("%02x" % R.randrange(256) for _ in range(6)), tag)
    if tag == "brand":
        return N(ch(NEG_BRANDS), tag)
    if tag == "work":
        return N(ch(NEG_WORKS), tag)
    if tag == "place":
        return N(ch(NEG_PLACES), tag)
    if tag == "dish":
        return N(ch(NEG_DISHES), tag)
    if tag == "eponym":
        return N(ch(NEG_EPONYMS), tag)
    if tag == "room":
        return N(ch(NEG_ROOMS), tag)
    if tag == "software":
        return N(ch(NEG_SOFTWARE), tag)
    if tag == "meeting_id":
        return N("%s %s %s" % (digits(R, 3), digits(R, 4), digits(R, 4)), tag)
    if tag == "wg_pubkey":
        return N(wg_pub(), tag)
    if tag == "emergency":
        return N(ch(["112", "911", "999", "111", "000", "155", "117"]), tag)
    if tag == "plate":
        return N(ch(["KDA %d%s" % (R.randint(100, 999), R.choice("ABCDEFGHJKL")), "NBC %d" % R.randint(1000, 9999),
                     "B %d %s" % (R.randint(1000, 9999), rnd(R, string.ascii_uppercase, 3)), "%s%d" % (rnd(R, string.ascii_uppercase, 3), R.randint(100, 999))]), tag)
    if tag == "vin":
        return N(rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17), tag)
    if tag == "hex_id":
        return N(rnd(R, HEX, 24), tag)
    raise KeyError(tag)


# Amounts written the way each country writes money.
CUR = {"NZ": ("NZ$%s", "en"), "AU": ("A$%s", "en"), "US": ("$%s", "en"), "CA": ("C$%s", "en"), "GB": ("£%s", "en"), "IE": ("€%s", "en"),
       "ZA": ("R%s", "en"), "KE": ("KSh %s", "en0"), "PH": ("₱%s", "en"), "ID": ("Rp %s", "eu0"), "TH": ("฿%s", "en"), "JP": ("¥%s", "en0"),
       "MX": ("MXN $%s", "en"), "AR": ("$ %s", "eu"), "PE": ("S/ %s", "en"), "BR": ("R$ %s", "eu"), "DE": ("%s €", "eu"), "FR": ("%s €", "sp"),
       "BE": ("€ %s", "eu"), "NL": ("€ %s", "eu"), "CH": ("CHF %s", "ch"), "CZ": ("%s Kč", "sp"), "RO": ("%s lei", "eu"), "FI": ("%s €", "sp"),
       "DK": ("%s kr.", "eu"), "NO": ("kr %s", "sp"), "IS": ("%s kr.", "eu0"), "UA": ("%s грн", "sp"), "IL": ("₪%s", "en"), "PK": ("Rs. %s", "en"),
       "BD": ("৳ %s", "en"), "IN": ("₹%s", "en"), "IT": ("€ %s", "eu"), "ES": ("%s €", "eu"), "WS": ("WS$%s", "en"), "NG": ("₦%s", "en")}
LANG_CC = {"de": "DE", "fr": "FR", "es": "MX", "pt": "BR", "it": "IT", "nl": "NL", "cs": "CZ", "ro": "RO", "fi": "FI", "da": "DK", "no": "NO",
           "is": "IS", "id": "ID", "tl": "PH", "sw": "KE", "ja": "JP", "en": "GB", "uk": "UA"}


def money(cc):
    f, style = CUR.get(cc, ("€ %s", "eu"))
    whole = R.choice([R.randint(5, 99), R.randint(100, 999), R.randint(1000, 9999)])
    cents = R.choice([0, 0, 50, 90, R.randint(1, 99)])
    if style.endswith("0"):
        whole, cents = whole * ch([1, 10, 100]), None
    w = "{:,}".format(whole)
    if style.startswith("eu"):
        w = w.replace(",", ".")
    elif style == "sp":
        w = w.replace(",", "\u00a0" if chance(0.3) else " ")
    elif style == "ch":
        w = w.replace(",", "'")
    if cents is None:
        return f % w
    sep = "," if style in ("eu", "sp") else "."
    return f % (w + sep + "%02d" % cents)


def amt(cc):
    return N(money(cc), "amount")


PLACES = {"NZ": ["Victoria Park", "Cornwall Park", "Hagley Park", "Mount Victoria", "Queen Street", "Hamilton Gardens"],
          "GB": ["Victoria Station", "Alexandra Park", "St John's Wood", "Albert Dock", "Prince's Street Gardens"],
          "AU": ["Kingsford Smith Drive", "Hyde Park", "Flinders Street", "Mount Cook"], "IE": ["St Stephen's Green", "Phoenix Park", "Eyre Square"],
          "ZA": ["Nelson Mandela Square", "Port Elizabeth", "Sandton City"], "US": ["Santa Monica", "Lincoln Park", "Grand Central"],
          "KE": ["Uhuru Park", "Jomo Kenyatta International"], "PH": ["Rizal Park", "Ninoy Aquino International"],
          "MX": ["Plaza Hidalgo", "Parque Lincoln"], "AR": ["Plaza Serrano", "Parque Centenario"], "PE": ["Parque Kennedy", "Plaza San Martín"],
          "WS": ["Apia Park"], "CA": ["Stanley Park", "Parc Jean-Drapeau"]}


def place(cc):
    return N(ch(PLACES.get(cc, NEG_PLACES)), "place")


NAMEWORD = {
    "en": ["Will the migration finish before May?", "Grace period ends Friday, then the fee applies.",
           "Please mark the ticket as done and bill the client.", "I have to be frank: the Rose Gold model is out of stock.",
           "Pat the dough dry and sprinkle with sea salt.", "Can you chase the courier? Drew a blank with their hotline.",
           "Hope this helps — Joy to the world, etc.", "Sunny spells in Hunter Valley, cooler by Dawn."],
    "de": ["Kurz vor Mai kommt die neue Version.", "Die Hoffnung stirbt zuletzt, sagt man."],
    "fi": ["Lahja oli kaunis, kiitos.", "Aino kerta kun muistin, oli eilen."],
    "mi": ["Aroha nui to the whānau.", "Kia kaha, kia māia."],
    "id": ["Bunga mawar di taman mekar semua.", "Dewi Sri dipercaya sebagai dewi padi."],
    "es": ["Abril es el mes más lluvioso aquí.", "Guadalupe es también el nombre de la basílica."],
    "fr": ["Rose ou blanc pour ce soir ?", "Il faut que je Pierre… non, que je prenne le train de 8 h."],
    "nl": ["Mei is de mooiste maand om te fietsen.", "Roos de taart af met poedersuiker."],
    "cs": ["Hana je i japonské slovo pro květinu.", "V květnu kvete šeřík."],
    "ro": ["Florin nu e doar un nume, e și o monedă veche.", "În mai înflorește liliacul."],
    "pt": ["Vitória do time ontem, três a zero!", "Graça a Deus choveu."],
    "da": ["Maj er den bedste måned.", "Troels-bakken er lukket i dag."],
    "sw": ["Baraka ni neno zuri la kiswahili.", "Imani yangu ni kwamba tutashinda."],
    "tl": ["Ligaya ang hatid ng Pasko.", "Mabuhay ang bagong kasal!"],
    "it": ["Rosa, bianco o rosso per stasera?", "Il Marzo pazzerello è arrivato."],
}


# ---------------------------------------------------------------- templates
TEMPLATES = []


def tpl(weight, clean=False):
    def deco(fn):
        TEMPLATES.append((fn.__name__, weight, fn, clean))
        return fn
    return deco


def pw_safe():
    """A password without characters that need quoting in URLs/configs."""
    return re.sub(r"[%=+]", "", pw()) or "Kowhai2291x"


def joinl(items, sep):
    out = []
    for i, x in enumerate(items):
        if i:
            out.append(sep)
        out.append(x)
    return out


def rtime():
    return "%02d:%02d" % (R.randint(7, 22), R.randint(0, 59))


# ======== technical forms (configs, logs, exports)

@tpl(5)
def t_jenkins_credentials():
    o1, o2 = P(ch(["cs", "fi", "ro", "uk", "de", "en", "he"])), P(ch(["cs", "fi", "ro", "uk", "de", "en", "he"]))
    ents = []
    kinds = sample(["up", "str", "ssh", "aws"], R.randint(2, 3))
    for k in kinds:
        if k == "up":
            ents.append(["        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n          <scope>GLOBAL</scope>\n          <id>nexus-deploy</id>\n          <description>Nexus deploy user (owner: ",
                         nm(o1), ")</description>\n          <username>deploy</username>\n          <password>", sc("password", pw_safe()),
                         "</password>\n          <usernameSecret>false</usernameSecret>\n        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n"])
        elif k == "str":
            tk = ch(["github_pat", "gitlab_pat", "github_fine_grained"])
            ents.append(["        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>\n          <scope>GLOBAL</scope>\n          <id>",
                         "gitlab-api" if tk == "gitlab_pat" else "github-token", "</id>\n          <description>PAT of ", nm(o2, ch(["full", "init"])),
                         ", rotate ", neg("date"), "</description>\n          <secret>", sc(tk),
                         "</secret>\n        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>\n"])
        elif k == "ssh":
            ents.append(["        <com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>\n          <scope>GLOBAL</scope>\n          <id>prod-ssh</id>\n          <username>ubuntu</username>\n          <privateKeySource class=\"com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey$DirectEntryPrivateKeySource\">\n            <privateKey>",
                         sc("pem"), "</privateKey>\n          </privateKeySource>\n        </com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>\n"])
        else:
            ents.append(["        <com.cloudbees.jenkins.plugins.awscredentials.AWSCredentialsImpl>\n          <scope>GLOBAL</scope>\n          <id>aws-ci</id>\n          <accessKey>",
                         sc("aws_access_key_id"), "</accessKey>\n          <secretKey>", sc("aws_secret_access_key"),
                         "</secretKey>\n        </com.cloudbees.jenkins.plugins.awscredentials.AWSCredentialsImpl>\n"])
    return "jenkins_credentials_xml", "en", [
        ch(["Dumped these from the script console (decrypted). Can you turn them into a JCasC credentials.yaml?\n\n", "", ""]),
        "<?xml version='1.1' encoding='UTF-8'?>\n<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin=\"credentials@",
        N("%d.v%s_%s" % (R.randint(1200, 1400), rnd(R, HEX, 8), rnd(R, HEX, 8)), "version"),
        "\">\n  <domainCredentialsMap class=\"hudson.util.CopyOnWriteMap$Hash\">\n    <entry>\n      <com.cloudbees.plugins.credentials.domains.Domain>\n        <specifications/>\n      </com.cloudbees.plugins.credentials.domains.Domain>\n      <java.util.concurrent.CopyOnWriteArrayList>\n",
        ents, "      </java.util.concurrent.CopyOnWriteArrayList>\n    </entry>\n  </domainCredentialsMap>\n</com.cloudbees.plugins.credentials.SystemCredentialsProvider>"]


@tpl(4)
def t_pypirc():
    p = P(ch(["fi", "cs", "is", "mi", "ta", "he"]))
    head = ["# ~/.pypirc  (maintainer: ", nm(p), " <", em(p), ">)\n"] if chance(0.6) else ["# ~/.pypirc, token rotated ", neg("date"), "\n"]
    return "pypirc", "en", [
        ch(["twine upload fails with 403, this is my ~/.pypirc:\n\n", "", ""]), head,
        "[distutils]\nindex-servers =\n    pypi\n    testpypi\n    internal\n\n[pypi]\nusername = __token__\npassword = ", sc("pypi"),
        "\n\n[testpypi]\nrepository = https://test.pypi.org/legacy/\nusername = __token__\npassword = ",
        ch([sc("pypi"), N("<testpypi-token>", "placeholder")]),
        "\n\n[internal]\nrepository = https://nexus.", ch(["kotare.dev", "hrafn.is", "vltava-labs.cz"]), "/repository/pypi-hosted/\nusername = ci-publisher\npassword = ",
        sc("password", pw_safe()), "\n"]


@tpl(5)
def t_systemd_unit():
    p = P(ch(["en", "us", "de", "uk", "fi", "pe"]))
    svc = ch(["invoice-worker", "kiosk-sync", "billing-api", "tiles-renderer", "ledger-export"])
    env = []
    opts = sample(["db", "stripe", "smtp", "sentry", "slack", "aws", "google"], R.randint(2, 4))
    for o in opts:
        if o == "db":
            env.append(["Environment=\"DATABASE_URL=postgres://", svc.split("-")[0], ":", sc("password", pw_safe()), "@db-01.internal:5432/", svc.split("-")[0], "\"\n"])
        elif o == "stripe":
            env.append(["Environment=STRIPE_SECRET_KEY=", sc("stripe"), "\n"])
        elif o == "smtp":
            env.append(["Environment=SMTP_USER=", em(p, ch(["kotare.dev", "mahi-tech.co.nz"])), "\nEnvironment=SMTP_PASSWORD=", sc("password", pw_safe()), "\n"])
        elif o == "sentry":
            env.append(["Environment=SENTRY_DSN=https://", sc("hex32"), "@o", str(R.randint(10000, 999999)), ".ingest.sentry.io/", str(R.randint(1000000, 9999999)), "\n"])
        elif o == "slack":
            env.append(["Environment=SLACK_WEBHOOK=", sc("slack_webhook"), "\n"])
        elif o == "aws":
            env.append(["Environment=AWS_ACCESS_KEY_ID=", sc("aws_access_key_id"), "\nEnvironment=AWS_SECRET_ACCESS_KEY=", sc("aws_secret_access_key"), "\n"])
        else:
            env.append(["Environment=MAPS_API_KEY=", sc("google_api_key"), "\n"])
    return "systemd_unit", "en", [
        ch(["Why does `systemctl start " + svc + "` fail with status=203/EXEC? Unit below.\n\n", "", ""]),
        "# /etc/systemd/system/", svc, ".service\n# owner: ", nm(p, ch(["full", "init"])), " — ask before restarting\n[Unit]\nDescription=", svc,
        " (", neg("version"), ")\nAfter=network-online.target\nWants=network-online.target\n\n[Service]\nType=simple\nUser=svc-", svc.split("-")[0],
        "\nWorkingDirectory=/opt/", svc, "\nEnvironment=NODE_ENV=production\n", env,
        "ExecStart=/usr/bin/node /opt/", svc, "/dist/main.js\nRestart=on-failure\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target"]


@tpl(3)
def t_supervisord():
    p = P(ch(["ta", "bn", "pk", "ke", "ng"]))
    return "supervisord_conf", "en", [
        "; /etc/supervisor/conf.d/celery.conf — set up by ", nm(p), " (", em(p), ")\n[program:celery]\ncommand=/srv/app/venv/bin/celery -A proj worker -l info --concurrency=",
        str(R.randint(2, 8)), "\ndirectory=/srv/app\nuser=www-data\nnumprocs=1\nautostart=true\nautorestart=true\nenvironment=DJANGO_SETTINGS_MODULE=\"proj.settings.prod\",AWS_ACCESS_KEY_ID=\"",
        sc("aws_access_key_id"), "\",AWS_SECRET_ACCESS_KEY=\"", sc("aws_secret_access_key"), "\",SENDGRID_API_KEY=\"", sc("sendgrid"),
        "\"\nstdout_logfile=/var/log/celery/worker.log\nstopwaitsecs=600"]


@tpl(4)
def t_nginx_auth():
    p = P(ch(["mi", "sm", "en", "cy", "zu"]))
    office = ipl()
    return "nginx_auth_conf", "en", [
        ch(["Is this the right way to protect Grafana behind nginx?\n\n", "", "nginx -t says ok but I get 401 loops. Config:\n\n"]),
        "# /etc/nginx/sites-available/grafana.conf\n# last edited by ", nm(p), " <", em(p), ">\nserver {\n    listen 443 ssl http2;\n    server_name grafana.",
        ch(["kotare.nz", "ops.umlazi-tech.co.za", "wharf.ly"]), ";\n\n    location / {\n        satisfy any;\n        allow ", office, ";   # office\n        allow ",
        N(priv_ip() + "/16", "private_ip"), ";\n        deny  all;\n        auth_basic \"Restricted\";\n        auth_basic_user_file /etc/nginx/.htpasswd;\n        proxy_set_header Authorization \"Basic ",
        sc("basic_auth"), "\";\n        proxy_set_header X-Real-IP $remote_addr;\n        proxy_pass http://127.0.0.1:3000;\n    }\n}"]


UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0", "curl/8.5.0", "python-requests/2.31.0",
       "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@tpl(4)
def t_apache_access():
    lines = []
    d, mo, y = R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2026)
    for i in range(R.randint(2, 4)):
        ts = "[%02d/%s/%d:%02d:%02d:%02d +%s]" % (d, MON[mo - 1], y, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), ch(["0100", "0200", "1300", "0000"]))
        k = R.random()
        src = ch([ipl(), ipl(True), ipl(True), N(priv_ip(), "private_ip")])
        if k < 0.3:
            p = P()
            req = ["\"GET /account/reset?email=", em(p), "&lang=", ch(["en", "de", "fi", "cs"]), " HTTP/1.1\" 302 0"]
        elif k < 0.5:
            req = ["\"POST /api/v2/login HTTP/1.1\" ", ch(["200", "401"]), " ", str(R.randint(90, 900))]
        elif k < 0.7:
            req = ["\"GET /static/js/app.", N(rnd(R, HEX, 8), "sha"), ".js HTTP/2.0\" 200 ", str(R.randint(10000, 900000))]
        elif k < 0.85:
            p = P()
            req = ["\"GET /newsletter/unsubscribe?u=", N(uuid4(), "uuid"), "&e=", em(p), " HTTP/1.1\" 200 ", str(R.randint(900, 5000))]
        else:
            req = ["\"GET /orders/", neg("order"), " HTTP/1.1\" 404 ", str(R.randint(100, 500))]
        lines.append([src, " - - ", ts, " ", req, " \"", ch(["-", "https://www.google.com/", "https://mail.yahoo.co.jp/"]), "\" \"", ch(UAS), "\"\n"])
    return "apache_access_log", "en", [ch(["Someone is hammering our reset endpoint — what do these lines tell you?\n\n", "", "", "tail -n 6 /var/log/apache2/access.log\n"]), lines]


@tpl(3)
def t_iis_log():
    lines = []
    for i in range(R.randint(2, 3)):
        lines.append(["2025-%02d-%02d %02d:%02d:%02d " % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
                      N(priv_ip(), "private_ip"), " ", ch(["POST /api/login -", "GET /portal/Default.aspx -", "GET /owa/auth/logon.aspx url=%2fowa%2f"]),
                      " 443 - ", ipl(), " ", ch(["Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)", "Microsoft+Office/16.0", "Mozilla/5.0+(Macintosh)"]),
                      " - ", ch(["200 0 0 ", "401 1 2148074254 ", "302 0 0 "]), str(R.randint(15, 900)), "\n"])
    return "iis_w3c_log", "en", ["#Software: Microsoft Internet Information Services 10.0\n#Version: 1.0\n#Date: 2025-03-04 00:00:12\n#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken\n", lines]


@tpl(2)
def t_exim_log():
    lines = []
    for i in range(R.randint(1, 2)):
        a, b = P(), P()
        mid = "%s-%s-%s" % (rnd(R, ALNUM, 6), rnd(R, ALNUM, 6), rnd(R, ALNUM, 2))
        ts = "2025-%02d-%02d %02d:%02d:%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
        lines.append([ts, " ", mid, " <= ", em(a), " H=", ch(["mail-wr1-f47.google.com", "(DESKTOP-7Q2KJ4)", "smtp.mailgun.org"]),
                      " [", ipl(), "] P=esmtpsa X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no A=dovecot_plain:", em(a), " S=", str(R.randint(2000, 900000)), "\n"])
        lines.append([ts, " ", mid, " => ", em(b), " R=dnslookup T=remote_smtp H=mx1.", b.email().split("@")[1], " [", ipl(), "] X=TLS1.2 C=\"250 2.0.0 OK\"\n"])
        if chance(0.4):
            lines.append([ts, " ", mid, " ** ", em(P()), " R=dnslookup T=remote_smtp: SMTP error from remote mail server after RCPT TO: 550 5.1.1 User unknown\n"])
        lines.append([ts, " ", mid, " Completed\n"])
    return "exim_mainlog", "en", [ch(["Why are some of our mails bouncing? /var/log/exim4/mainlog:\n\n", "", ""]), lines]


@tpl(3)
def t_raw_headers():
    country = ch(["ZA", "KE", "NZ", "PH", "ID", "GB"])
    a, b = person_for(country), person_for(country)
    c = P()
    orig = ipl()
    return "raw_email_headers", "en", [
        ch(["Is this email legit or phishing? Headers:\n\n", "Can you trace where this came from?\n\n", ""]),
        "Return-Path: <", em(a), ">\n", ch([["Delivered-To: ", em(b), "\n"], ""]), "Received: from mail-wr1-f47.google.com (mail-wr1-f47.google.com [", ipl(),
        "])\n        by mx.", ch(["vodacom-biz.co.za", "safaricom-mail.co.ke", "spark-mail.nz", "globe-mx.ph"]), " (Postfix) with ESMTPS id ",
        N(rnd(R, string.ascii_letters + string.digits, 14), "queue_id"), "\n        ", ch([["for <", em(b), ">; "], ""]), ch(["Tue", "Wed", "Thu"]), ", ",
        str(R.randint(1, 28)), " ", ch(MON), " 2025 ", rtime(), ":", "%02d" % R.randint(0, 59), " +0000 (UTC)\nReceived: from [", N(priv_ip(), "private_ip"), "] (",
        orig, ")\n        by smtp.gmail.com with ESMTPSA id ", N(rnd(R, HEX, 16), "hex_id"), "\nDKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601;\n        bh=",
        N(b64s(bytes(R.randrange(256) for _ in range(32))), "dkim_hash"), "\nFrom: ", nm(a), " <", em(a), ">\nTo: \"", nm(b), "\" <", em(b), ">\n",
        ch([["Cc: ", nm(c), " <", em(c), ">\n"], ""]), "Subject: ", ch(["Re: invoice overdue", "Urgent: update your banking details", "Photos from Saturday"]),
        "\nX-Originating-IP: [", L("ip", orig.value, sub="v4"), "]\nContent-Type: multipart/alternative; boundary=\"000000000000", N(rnd(R, HEX, 12), "hex_id"), "\""]


@tpl(4)
def t_git_shortlog():
    ps = [P(ch(["fi", "is", "cs", "mi", "ng", "ta", "br", "he", "th"])) for _ in range(R.randint(3, 5))]
    withmail = chance(0.5)
    counts = sorted([R.randint(1, 600) for _ in ps], reverse=True)
    lines = []
    for p, c in zip(ps, counts):
        lines.append(["%6d\t" % c, nm(p)] + ([" <", em(p), ">"] if withmail else []) + ["\n"])
    return "git_shortlog", "en", ["$ git shortlog -s", "ne" if withmail else "n", " --since=\"", ch(["1 year ago", "2024-01-01", "v3.0.0"]), "\"\n", lines,
                                  ch(["", "\nwho should I ask to review the parser rewrite?"])]


@tpl(2)
def t_maintainers():
    blocks = []
    drivers = [("KOWHAI AMBIENT LIGHT SENSOR DRIVER", "iio", "iio/light", "kowhai"), ("VLTAVA PMIC REGULATOR", "regulator", "regulator", "vltava"),
               ("HRAFN SPI FLASH CONTROLLER", "mtd", "mtd/spi-nor", "hrafn"), ("KARHU THERMAL ZONE DRIVER", "thermal", "thermal", "karhu")]
    for title_, bind, path, stem in sorted(sample(drivers, R.randint(2, 3))):
        m, r_ = P(ch(["fi", "cs", "uk", "ro", "he", "ja", "da"])), P(ch(["fi", "cs", "uk", "ro", "he", "ja", "no"]))
        blocks.append([title_, "\nM:\t", nm(m), " <", em(m), ">\nR:\t", nm(r_), " <", em(r_), ">\nS:\t", ch(["Maintained", "Supported", "Odd Fixes"]),
                       "\nF:\tDocumentation/devicetree/bindings/", bind, "/", stem, ".yaml\nF:\tdrivers/", path, "/", stem, "*\n\n"])
    return "maintainers_file", "en", [blocks]


@tpl(3)
def t_authors():
    ps = [P() for _ in range(R.randint(3, 6))]
    lines = []
    for p in ps:
        k = R.random()
        if k < 0.6:
            lines.append([nm(p), " <", em(p), ">\n"])
        elif k < 0.8:
            lines.append([nm(p), "\n"])
        else:
            lines.append([nm(p), " (", ch(["translations", "Windows port", "docs", "original author"]), ")\n"])
    return "authors_file", "en", ["# This is the list of ", ch(["Kotare", "Pohutukawa", "Jacaranda"]),
                                  "'s significant contributors.\n# Names should be added to this file as:\n#     Name <email address>\n# (the ",
                                  N("Kotare Foundation", "org") if chance(0.5) else "project", " holds the copyright)\n\n", lines]


@tpl(4)
def t_package_json():
    a = P()
    cs = [P() for _ in range(R.randint(1, 2))]
    contrib = []
    for i, c in enumerate(cs):
        contrib.append(["    {\n      \"name\": \"", nm(c), "\",\n      \"email\": \"", em(c), "\"\n    }", ",\n" if i < len(cs) - 1 else "\n"])
    return "package_json", "en", [
        "{\n  \"name\": \"@", ch(["kotare", "jacaranda-ui", "hrafn"]), "/", ch(["form-kit", "date-utils", "i18n-loader"]), "\",\n  \"version\": \"", neg("version"),
        "\",\n  \"description\": \"", ch(["Accessible form components", "Tiny date helpers", "Lazy locale loader"]), "\",\n  \"author\": \"", nm(a), " <", em(a),
        "> (https://", ch(["kotare.dev", "jacaranda-ui.org", "hrafn.io"]), ")\",\n  \"contributors\": [\n", contrib, "  ],\n  \"repository\": {\n    \"type\": \"git\",\n    \"url\": \"",
        N("git+ssh://git@github.com/kotare-oss/form-kit.git", "git_url"), "\"\n  },\n  \"license\": \"MIT\",\n  \"dependencies\": {\n    \"@babel/runtime\": \"^7.24.0\"\n  }\n}"]


@tpl(3)
def t_debian_changelog():
    m, t = P(ch(["de", "fi", "is", "cs", "ng", "uk"])), P()
    return "debian_changelog", "en", [
        ch(["kotare-utils", "hrafn-tools", "vltava-sync"]), " (", neg("version"), "-1) unstable; urgency=medium\n\n  * New upstream release.\n  * Fix crash on empty config (Closes: #",
        N(str(R.randint(1000000, 1099999)), "bug_no"), ")\n  * Thanks to ", nm(t), " for the patch.\n\n -- ", nm(m), " <", em(m), ">  ",
        ch(["Tue", "Wed", "Fri"]), ", %02d %s 2025 %s:%02d +0100" % (R.randint(1, 28), ch(MON), rtime(), R.randint(0, 59))]


@tpl(3)
def t_maven_settings():
    p = P(ch(["de", "cs", "ro", "uk", "ta"]))
    return "maven_settings_xml", "en", [
        "<!-- ~/.m2/settings.xml (", nm(p), ", ", em(p), ") -->\n<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>deployer</username>\n      <password>",
        sc("password", pw_safe()), "</password>\n    </server>\n    <server>\n      <id>github</id>\n      <username>", ch(["ci-bot", "release-bot"]), "</username>\n      <password>",
        sc("github_pat"), "</password>\n    </server>\n  </servers>\n  <proxies>\n    <proxy>\n      <id>corp</id>\n      <active>true</active>\n      <protocol>http</protocol>\n      <host>",
        N(priv_ip(), "private_ip"), "</host>\n      <port>3128</port>\n      <username>svc_maven</username>\n      <password>", sc("password", pw_safe()),
        "</password>\n    </proxy>\n  </proxies>\n</settings>"]


@tpl(3)
def t_docker_config():
    regs = sample(["ghcr.io", "registry.gitlab.com", "https://index.docker.io/v1/", "kotare.azurecr.io"], R.randint(1, 3))
    ents = []
    for i, r_ in enumerate(regs):
        ents.append(["    \"", r_, "\": {\n      \"auth\": \"", sc("docker_auth"), "\"\n    }", ",\n" if i < len(regs) - 1 else "\n"])
    return "docker_config_json", "en", [ch(["cat ~/.docker/config.json\n", "Why does docker still say unauthorized? config:\n\n", ""]),
                                        "{\n  \"auths\": {\n", ents, "  },\n  \"credsStore\": \"", ch(["desktop", "osxkeychain", "pass"]), "\",\n  \"currentContext\": \"default\"\n}"]


@tpl(4)
def t_kubeconfig():
    server = ipl()
    user = ch(["deployer", "ci-runner", "admin"])
    cred = ch([["    token: ", sc("k8s_token"), "\n"],
               ["    client-certificate-data: ", N(b64s(bytes(R.randrange(256) for _ in range(90))), "cert_data"), "\n    client-key-data: ",
                sc("rsa_b64", b64s(b"-----BEGIN RSA PRIVATE KEY-----\n" + bytes(R.randrange(256) for _ in range(120)))), "\n"]])
    return "kubeconfig", "en", [
        ch(["kubectl says 'x509: certificate signed by unknown authority'. My kubeconfig:\n\n", "", ""]),
        "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ", N(b64s(bytes(R.randrange(256) for _ in range(60))), "cert_data"),
        "\n    server: https://", server, ":6443\n  name: ", ch(["prod-akl", "staging-jnb", "k3s-home"]), "\ncontexts:\n- context:\n    cluster: prod\n    namespace: ",
        ch(["default", "ci"]), "\n    user: ", user, "\n  name: prod\ncurrent-context: prod\nusers:\n- name: ", user, "\n  user:\n", cred]


@tpl(3)
def t_rclone_conf():
    return "rclone_conf", "en", [
        "[b2-backup]\ntype = s3\nprovider = AWS\naccess_key_id = ", sc("aws_access_key_id"), "\nsecret_access_key = ", sc("aws_secret_access_key"),
        "\nregion = ap-southeast-2\n\n[nas]\ntype = sftp\nhost = ", ch([ipl(), N(priv_ip(), "private_ip")]), "\nuser = backup\nport = 22\npass = ",
        sc("rclone_pass"), "\nshell_type = unix\n\n[crypt]\ntype = crypt\nremote = b2-backup:photos\npassword = ", sc("rclone_pass"), "\n"]


@tpl(3)
def t_redis_conf():
    return "redis_conf", "en", [
        ch(["Redis replica keeps saying MASTERDOWN, here is the config:\n\n", ""]),
        "bind ", N(priv_ip(), "private_ip"), " 127.0.0.1\nport 6379\nprotected-mode yes\nrequirepass ", sc("password", pw_safe()), "\nmasterauth ",
        sc("password", pw_safe()), "\nreplicaof ", ch([ipl(), N(priv_ip(), "private_ip")]), " 6379\nmaxmemory 2gb\nmaxmemory-policy allkeys-lru\nappendonly yes"]


@tpl(2)
def t_alertmanager():
    a, b = P(), P()
    return "alertmanager_yml", "en", [
        "global:\n  smtp_smarthost: 'smtp.gmail.com:587'\n  smtp_from: '", em(a), "'\n  smtp_auth_username: '", em(a),
        "'\n  smtp_auth_password: '", sc("password", pw_safe()), "'\n  slack_api_url: '", sc("slack_webhook"),
        "'\n\nroute:\n  receiver: oncall\n  group_wait: 30s\n\nreceivers:\n- name: oncall\n  email_configs:\n  - to: '", em(b),
        "'\n  pagerduty_configs:\n  - routing_key: '", sc("hex32"), "'\n  slack_configs:\n  - channel: '#alerts'\n    title: '{{ .CommonLabels.alertname }}'"]


@tpl(3)
def t_fstab_cifs():
    p = P(ch(["de", "be", "fr", "da"]))
    if chance(0.5):
        return "fstab_cifs", "en", [
            "# /etc/fstab\nUUID=", N(uuid4(), "uuid"), " /               ext4    errors=remount-ro 0       1\n//", N(priv_ip(), "private_ip"),
            "/scans /mnt/scans cifs username=scanner,password=", sc("password", pw_safe()), ",uid=1000,vers=3.0,iocharset=utf8 0 0\n# ^ scanner share, ask ",
            nm(p, "given"), " if it breaks"]
    return "fstab_cifs", "en", ["# set up by ", nm(p), "\n$ sudo cat /root/.smbcredentials\nusername=svc_akten\npassword=", sc("password", pw_safe()),
                                "\ndomain=", ch(["KANZLEI", "PRAXIS", "BUREAU"]), "\n\n$ grep cifs /etc/fstab\n//", N(priv_ip(), "private_ip"),
                                "/akten /mnt/akten cifs credentials=/root/.smbcredentials,vers=3.0 0 0"]


@tpl(3)
def t_wpa_supplicant():
    p = P(ch(["fi", "no", "da", "is", "cs"]))
    return "wpa_supplicant_conf", "en", [
        "ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\nupdate_config=1\ncountry=", ch(["FI", "NO", "DK", "IS", "CZ"]),
        "\n\nnetwork={\n    ssid=\"", ch(["Koti", "Hytta-5G", "Sommerhus", "Chata_Lipno"]), "\"\n    psk=\"", sc("wifi"), "\"\n    priority=2\n}\n\nnetwork={\n    ssid=\"eduroam\"\n    key_mgmt=WPA-EAP\n    eap=PEAP\n    identity=\"",
        L("email", lo(p.given) + "." + lo(p.sur) + "@" + ch(["helsinki.fi", "uio.no", "ku.dk", "hi.is", "cuni.cz"])), "\"\n    password=\"", sc("password", pw_safe()),
        "\"\n    phase2=\"auth=MSCHAPV2\"\n}"]


@tpl(4)
def t_wireguard():
    return "wireguard_conf", "en", [
        ch(["WireGuard connects but no traffic. wg0.conf:\n\n", "", "Can you check my wg config?\n\n"]),
        "[Interface]\nPrivateKey = ", sc("wg_key"), "\nAddress = ", N("10.%d.0.%d/24" % (R.randint(0, 200), R.randint(2, 250)), "private_ip"),
        "\nDNS = ", ch([N(ch(["1.1.1.1", "9.9.9.9", "8.8.8.8"]), "public_resolver"), N("10.66.0.1", "private_ip")]), "\nListenPort = 51820\n\n[Peer]\nPublicKey = ", neg("wg_pubkey"), "\n",
        ch([["PresharedKey = ", sc("wg_key"), "\n"], ""]), "AllowedIPs = 0.0.0.0/0, ::/0\nEndpoint = ", ipl(), ":51820\nPersistentKeepalive = 25"]


@tpl(10)
def t_psql_expanded():
    country = ch(["NZ", "PH", "KE", "ZA", "FI", "CZ", "AR", "IL", "AU", "MX", "TH", "UA", "RO", "IS", "CA", "BR", "IN"])
    nid = {"ZA": "za_id", "AR": "ar_cuil", "NZ": "nz_ird", "IL": "il_tz", "AU": "au_tfn", "MX": "mx_curp", "TH": "th_id", "UA": "ua_rnokpp",
           "RO": "ro_cnp", "IS": "is_kt", "CA": "ca_sin", "BR": "br_cpf", "IN": "in_aadhaar"}.get(country)
    recs = []
    for i in range(R.randint(1, 2)):
        p = P("th") if country == "TH" else (P("ta") if country == "IN" else person_for(country))
        dt = D(1950, 2005)
        recs.append(["-[ RECORD %d ]-+-------------------------------------\n" % (i + 1), "id            | ", N(uuid4(), "uuid"), "\nfull_name     | ", nm(p),
                     "\nemail         | ", em(p), "\nphone         | ", ph(country, style=ch(["e164", "intl"])), "\ndate_of_birth | ",
                     dob("en", "iso", dt)] + (["\nnational_id   | ", gid(nid, p, dt)] if nid else []) +
                    ["\ncreated_at    | ", neg("timestamp"), "\nplan          | ", ch(["pro", "free", "team"]), "\n"])
    return "psql_expanded", "en", [ch(["Why does this user show up twice in the export?\n\n", "", ""]), "app=> \\x\nExpanded display is on.\napp=> SELECT * FROM customers WHERE email ILIKE '%",
                                   ch(["gmail", "xtra", "yahoo"]), "%' LIMIT 2;\n", recs, "\n"]


@tpl(3)
def t_cloudtrail():
    ip = ipl(chance(0.3))
    return "cloudtrail_event", "en", [
        ch(["GuardDuty flagged this. Is it a compromised key?\n\n", "", ""]),
        "{\n  \"eventVersion\": \"1.09\",\n  \"userIdentity\": {\n    \"type\": \"IAMUser\",\n    \"principalId\": \"AIDA", rnd(R, string.ascii_uppercase + "234567", 17),
        "\",\n    \"arn\": \"", N("arn:aws:iam::%s:user/ci-deployer" % digits(R, 12), "arn"), "\",\n    \"accountId\": \"", N(digits(R, 12), "account_id"),
        "\",\n    \"accessKeyId\": \"", sc("aws_access_key_id"), "\",\n    \"userName\": \"ci-deployer\"\n  },\n  \"eventTime\": \"", neg("timestamp"),
        "\",\n  \"eventSource\": \"s3.amazonaws.com\",\n  \"eventName\": \"", ch(["ListBuckets", "GetObject", "PutBucketPolicy"]), "\",\n  \"awsRegion\": \"ap-southeast-2\",\n  \"sourceIPAddress\": \"",
        ip, "\",\n  \"userAgent\": \"aws-cli/2.15.30 Python/3.11.8\",\n  \"requestID\": \"", N(rnd(R, HEX.upper(), 16), "hex_id"), "\",\n  \"eventID\": \"", N(uuid4(), "uuid"), "\"\n}"]


@tpl(3)
def t_passwd_gecos():
    lines = ["root:x:0:0:root:/root:/bin/bash\n", "www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\n"]
    country = ch(["NZ", "FI", "CZ", "DK", "NO", "IS"])
    for i in range(R.randint(2, 4)):
        p = person_for(country)
        uid = 1001 + i
        lines.append(["u%d:x:%d:%d:" % (uid, uid, uid), nm(p), ",", ch(["Room 4.12", "B-201", "Lab 3", ""]), ",", ph(country, style="intl"), ",:/home/u%d:/bin/bash\n" % uid])
    return "passwd_gecos", "en", ["$ getent passwd | tail -n %d\n" % len(lines), lines]


@tpl(4)
def t_get_aduser():
    country = ch(["GB", "DE", "NZ", "ZA", "US", "BE"])
    p = person_for(country)
    dom = ch(["contoso-health.org", "kotare.local", "umlazi.gov.za", "kessler-gmbh.de"])
    mail = L("email", lo(p.given.split()[0]) + "." + lo(p.sur.split()[-1]) + "@" + dom)
    return "get_aduser", "en", [
        "PS C:\\> Get-ADUser -Identity e", str(R.randint(10000, 99999)), " -Properties * | Format-List Name,GivenName,Surname,EmailAddress,OfficePhone,MobilePhone,Department,Enabled,ObjectGUID\n\nName         : ",
        nm(p), "\nGivenName    : ", nm(p, "given"), "\nSurname      : ", nm(p, "famfull"), "\nEmailAddress : ", mail, "\nOfficePhone  : ", ph(country, style="intl"),
        "\nMobilePhone  : ", ph(country), "\nDepartment   : ", ch(["Finance", "Radiology", "Facilities", "Legal"]), "\nEnabled      : True\nObjectGUID   : ", N(uuid4(), "uuid"), "\n"]


@tpl(4)
def t_jira_xml():
    rep, asg = P(), P()
    cust = P()
    key = "%s-%d" % (ch(["OPS", "SUP", "CRM", "BILL"]), R.randint(10, 9999))
    country = ch(["NZ", "PH", "ZA", "IE", "CA"])
    cust = person_for(country)
    return "jira_xml_export", "en", [
        "<item>\n  <title>[", key, "] Customer cannot log in after password reset</title>\n  <key id=\"", str(R.randint(10000, 99999)), "\">", key,
        "</key>\n  <status>In Progress</status>\n  <reporter username=\"", N("JIRAUSER%d" % R.randint(10000, 99999), "user_id"), "\">", nm(rep),
        "</reporter>\n  <assignee username=\"", N("JIRAUSER%d" % R.randint(10000, 99999), "user_id"), "\">", nm(asg), "</assignee>\n  <created>",
        ch(["Mon", "Tue", "Thu"]), ", %d %s 2025 %s:00 +1300" % (R.randint(1, 28), ch(MON), rtime()), "</created>\n  <description>&lt;p&gt;Customer ", nm(cust),
        " (", em(cust), ", ", ph(country), ") reports the reset link expires immediately.&lt;/p&gt;</description>\n  <comments>\n    <comment author=\"",
        N("JIRAUSER%d" % R.randint(10000, 99999), "user_id"), "\" created=\"", neg("timestamp"), "\">Called ", nm(cust, "given"),
        " back, reproduced on ", ch(["Safari 17", "Chrome 122", "Firefox 123"]), ". Build ", neg("version"), ".</comment>\n  </comments>\n</item>"]


@tpl(4)
def t_copy_as_fetch():
    country = ch(["BR", "MX", "PE", "AR", "PH"])
    p = person_for(country)
    return "copy_as_fetch", "en", [
        ch(["Why do I get a 422 from this request? (copied from devtools)\n\n", "", ""]),
        "fetch(\"https://api.", ch(["lojinha.com.br", "tiendita.mx", "pedidos.pe", "kotare.app"]), "/v1/customers\", {\n  \"headers\": {\n    \"accept\": \"application/json\",\n    \"authorization\": \"Bearer ",
        sc("jwt"), "\",\n    \"content-type\": \"application/json\",\n    \"x-request-id\": \"", N(uuid4(), "uuid"), "\"\n  },\n  \"body\": \"{\\\"name\\\":\\\"", nm(p),
        "\\\",\\\"email\\\":\\\"", em(p), "\\\",\\\"phone\\\":\\\"", ph(country, style="e164"), "\\\"}\",\n  \"method\": \"POST\",\n  \"mode\": \"cors\",\n  \"credentials\": \"include\"\n});"]


@tpl(4)
def t_postgres_log():
    p = P()
    ts = "2025-%02d-%02d %s:%02d.%03d UTC" % (R.randint(1, 12), R.randint(1, 28), rtime(), R.randint(0, 59), R.randint(0, 999))
    pid = R.randint(1000, 99999)
    return "postgres_log", "en", [
        ts, " [%d] LOG:  connection received: host=" % pid, ipl(chance(0.35)), " port=", str(R.randint(30000, 65000)), "\n", ts, " [%d] LOG:  connection authorized: user=app database=crm SSL enabled (protocol=TLSv1.3)\n" % pid,
        ts, " [%d] ERROR:  duplicate key value violates unique constraint \"customers_email_key\"\n" % pid, ts, " [%d] DETAIL:  Key (email)=(" % pid, em(p),
        ") already exists.\n", ts, " [%d] STATEMENT:  INSERT INTO customers (name, email) VALUES ($1, $2)\n" % pid,
        ts, " [%d] FATAL:  password authentication failed for user \"postgres\"\n" % (pid + 1), ts, " [%d] DETAIL:  Connection matched pg_hba.conf line 99: \"host all all 0.0.0.0/0 scram-sha-256\"" % (pid + 1)]


@tpl(2)
def t_ufw_log():
    lines = []
    for i in range(R.randint(1, 2)):
        lines.append(["%s %2d %s:%02d kotare-vps kernel: [%d.%06d] [UFW BLOCK] IN=eth0 OUT= MAC=" % (ch(MON), R.randint(1, 28), rtime(), R.randint(0, 59), R.randint(100000, 9999999), R.randint(0, 999999)),
                      neg("mac"), ":", N(":".join("%02x" % R.randrange(256) for _ in range(8)), "mac"), " SRC=", ipl(), " DST=", ipl(),
                      " LEN=%d TOS=0x00 PREC=0x00 TTL=%d ID=%d PROTO=TCP SPT=%d DPT=%d WINDOW=1024 RES=0x00 SYN URGP=0\n" % (R.randint(40, 60), R.randint(30, 250), R.randint(1, 65000), R.randint(1024, 65000), ch([22, 23, 3389, 5432, 6379]))])
    return "ufw_log", "en", [ch(["Should I worry about these? /var/log/ufw.log\n\n", ""]), lines]


@tpl(2)
def t_openvpn_status():
    rows = []
    for i in range(R.randint(1, 3)):
        rows.append(["CLIENT_LIST,client-%04d," % R.randint(1, 9999), ipl(), ":%d," % R.randint(1024, 65000), N("10.8.0.%d" % R.randint(2, 250), "private_ip"),
                     ",,%d,%d,2025-03-%02d %s:%02d,%d,UNDEF,%d,%d,AES-256-GCM\n" % (R.randint(1000, 9999999), R.randint(1000, 9999999), R.randint(1, 28), rtime(), R.randint(0, 59), R.randint(1700000000, 1800000000), R.randint(1, 99), R.randint(1, 99))])
    return "openvpn_status", "en", ["TITLE,OpenVPN 2.6.9 x86_64-pc-linux-gnu\nTIME,2025-03-04 10:22:31,1741083751\nHEADER,CLIENT_LIST,Common Name,Real Address,Virtual Address,Virtual IPv6 Address,Bytes Received,Bytes Sent,Connected Since,Connected Since (time_t),Username,Client ID,Peer ID,Data Channel Cipher\n", rows, "GLOBAL_STATS,Max bcast/mcast queue length,0\nEND"]


@tpl(3)
def t_rails_credentials():
    p = P()
    return "rails_credentials", "en", [
        "$ bin/rails credentials:show\n# aws:\n#   access_key_id: 123\nsecret_key_base: ", sc("rails_secret"), "\n\naws:\n  access_key_id: ", sc("aws_access_key_id"),
        "\n  secret_access_key: ", sc("aws_secret_access_key"), "\n\nstripe:\n  publishable_key: ", N("pk_live_" + rnd(R, ALNUM, 24), "publishable_key"), "\n  secret_key: ", sc("stripe"),
        "\n\nmailer:\n  user_name: ", em(p), "\n  password: ", sc("password", pw_safe()), "\n"]


@tpl(8)
def t_telegram_json():
    lang = ch(["uk", "id", "sw", "en", "ro", "id", "sw", "uk"])
    cult = {"uk": "uk", "id": "id", "sw": "ke", "en": ch(["ng", "ke", "he"]), "ro": "ro"}[lang]
    a, b = P(cult), P(cult)
    country = {"uk": "UA", "id": "ID", "ke": "KE", "ng": "NG", "he": "IL", "ro": "RO"}[cult]
    texts = {
        "uk": [["Привіт! Мій новий номер ", ph("UA"), ", старий більше не працює"], ["Ок, записав. А пошта та сама? ", em(a)], ["Ні, нова: ", em(b)],
               ["І ще мій ІПН для договору: ", gid("ua_rnokpp", b, D(1960, 2004))]][:3 + chance(0.6)],
        "id": [["Pak, ini nomor WA saya yang baru ya ", ph("ID")], ["Siap, sudah saya simpan. Alamat kirimnya masih ", ad("ID"), "?"], ["Iya masih sama. Email: ", em(b)]],
        "sw": [["Habari! Namba yangu mpya ni ", ph("KE")], ["Sawa, nimeipata. Tuma pia email yako tafadhali"], ["Ni ", em(b), " asante"]],
        "en": [["New number, save it: ", ph(country)], ["Done. Send the address for the parcel"], ["It's ", ad(country if country in ADDR else "KE")],
               ["and the card for the deposit, sorry: ", cd(), " exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 30)), "expiry")]][:3 + chance(0.4)],
        "ro": [["Salut! Numărul meu nou e ", ph("RO")], ["Mersi! Adresa pentru colet e tot aceeași?"], ["Nu, acum stau pe ", ad("RO")],
               ["Pentru factură ai nevoie și de CNP: ", gid("ro_cnp", a, D(1960, 2004))]][:3 + chance(0.6)],
    }[lang]
    msgs = []
    for i, t in enumerate(texts):
        p = a if i % 2 == 0 else b
        msgs.append(["    {\n      \"id\": %d,\n      \"type\": \"message\",\n      \"date\": \"2025-%02d-%02dT%s:%02d\",\n      \"from\": \"" % (R.randint(1000, 99999), R.randint(1, 12), R.randint(1, 28), rtime(), R.randint(0, 59)),
                     nm(p), "\",\n      \"from_id\": \"user", N(str(R.randint(100000000, 9999999999)), "user_id"), "\",\n      \"text\": \"", t, "\"\n    }", ",\n" if i < len(texts) - 1 else "\n"])
    return "telegram_json_export", lang, ["{\n  \"name\": \"", nm(b), "\",\n  \"type\": \"personal_chat\",\n  \"id\": ", str(R.randint(100000000, 9999999999)), ",\n  \"messages\": [\n", msgs, "  ]\n}"]


@tpl(3)
def t_google_form_responses():
    country = ch(["NZ", "PH", "KE", "ZA", "GB", "AU"])
    rows = []
    for i in range(R.randint(2, 4)):
        p = person_for(country)
        rows.append(["%d/%02d/2025 %d:%02d:%02d\t" % (R.randint(1, 28), R.randint(1, 12), R.randint(7, 22), R.randint(0, 59), R.randint(0, 59)), em(p), "\t", nm(p), "\t",
                     ph(country) if chance(0.75) else "", "\t", ch(["Yes", "No", "Maybe"]), "\t", ch(["Vegetarian", "None", "Halal", "Gluten-free", ""]), "\n"])
    return "google_form_responses", "en", [ch(["Responses from our sign-up form, can you count the dietary requirements?\n\n", ""]),
                                           "Timestamp\tEmail Address\tFull name\tMobile number\tAttending?\tDietary requirements\n", rows]


# ======== human documents

def spk_teams(p, style, t):
    if style == 0:
        return ["[", t, "] ", nm(p, "rev"), "\n"]
    return [nm(p), "  ", t, "\n"]


TEAMS = {
    "en": dict(ask="Morning all, who has the login for the staging box?", pw="it's in the vault, but here you go: ", call=lambda c, p: ["Customer ", title(c, "en"), nm(c, "fam"), " rang again, wants a callback on ", p],
               mail="Her email is " if True else "", take=", can you take that one?", ok=["Sure, after the meeting in ", neg("room")], fyi=["FYI build ", neg("version"), " is out, release notes in Confluence"]),
    "de": dict(ask="Moin zusammen, wer hat das Passwort für den Testserver?", pw="Steht im Tresor, aber hier: ", call=lambda c, p: [title(c, "de"), nm(c, "fam"), " hat wieder angerufen, bitte Rückruf unter ", p],
               mail="Mail von der Kundin: ", take=", kannst du das übernehmen?", ok=["Klar, nach dem Termin im ", N("Raum Humboldt", "room")], fyi=["Release ", neg("version"), " ist draußen"]),
    "nl": dict(ask="Goeiemorgen, wie heeft het wachtwoord van de testserver?", pw="Staat in de kluis, maar hier: ", call=lambda c, p: [title(c, "nl"), nm(c, "fam"), " belde opnieuw, graag terugbellen op ", p],
               mail="Haar mail is ", take=", kan jij dat opnemen?", ok=["Oké, na de vergadering in ", N("zaal Mercator", "room")], fyi=["Versie ", neg("version"), " staat live"]),
    "da": dict(ask="Godmorgen, hvem har koden til testserveren?", pw="Den ligger i boksen, men her: ", call=lambda c, p: [title(c, "da"), nm(c, "fam"), " ringede igen, ring tilbage på ", p],
               mail="Hendes mail er ", take=", kan du tage den?", ok=["Jep, efter mødet i ", N("lokale H.C. Ørsted", "room")], fyi=["Version ", neg("version"), " er ude"]),
    "fi": dict(ask="Huomenta, kenellä on testipalvelimen salasana?", pw="Se on holvissa, mutta tässä: ", call=lambda c, p: ["Asiakas ", nm(c), " soitti taas, soittakaa takaisin numeroon ", p],
               mail="Sähköposti: ", take=", voitko hoitaa tämän?", ok=["Joo, palaverin jälkeen ", N("Sibelius-salissa", "room")], fyi=["Versio ", neg("version"), " on julkaistu"]),
}


@tpl(12)
def t_teams_chat():
    lang = ch(["en", "en", "de", "de", "nl", "da", "fi"])
    country = {"en": ch(["GB", "NZ", "ZA", "IE", "AU"]), "de": "DE", "nl": "BE", "da": "DK", "fi": "FI"}[lang]
    a, b, c = [person_for(country) for _ in range(3)]
    cust = person_for(country)
    cust.g = "f"
    cust.given = ch(NAMES[cust.cult][1])
    T = TEAMS[lang]
    st = R.randint(0, 1)
    h, m = R.randint(8, 16), R.randint(0, 50)

    def t(k):
        return "%02d:%02d" % (h, m + k) if st == 0 else "%d:%02d %s" % ((h - 1) % 12 + 1, m + k, "AM" if h < 12 else "PM")
    msgs = [spk_teams(a, st, t(0)), T["ask"], "\n\n", spk_teams(b, st, t(1)), T["pw"], sc("password", pw_safe()), "\n\n",
            spk_teams(c, st, t(3)), T["call"](cust, ph(country, plan=ch(["AT", "CH", "NL", "CZ", "RO"])) if (country == "DE" and chance(0.3)) else ph(country)), "\n", T["mail"], em(cust), "\n", nm(a, "given"), T["take"], "\n\n",
            spk_teams(a, st, t(5)), T["ok"], "\n"]
    if chance(0.5):
        msgs += ["\n", spk_teams(b, st, t(7)), T["fyi"], "\n"]
    if chance(0.35):
        msgs += ["\n", spk_teams(c, st, t(8)), {"en": "she read the card out for the refund: ", "de": "Karte für die Erstattung: ", "nl": "kaart voor de terugbetaling: ",
                                                "da": "kortet til refusionen: ", "fi": "kortti hyvitystä varten: "}[lang], cd(), "\n"]
    return "teams_chat", lang, [ch(["", "", "Pasted from Teams, can you write up the action items?\n\n"]) if lang == "en" else "", msgs]


@tpl(9)
def t_zoom_invite():
    lang = ch(["en", "en", "es", "ja"])
    mid = neg("meeting_id")
    if lang == "ja":
        host = P("ja")
        ats = [P("ja") for _ in range(R.randint(1, 3))]
        return "zoom_invite", "ja", [
            nm(host, "kanji"), "さんがあなたを予約されたZoomミーティングに招待しています。\n\nトピック: ", ch(["四半期レビュー", "採用面接（二次）", "保護者会の打ち合わせ"]),
            "\n時刻: 2025年%d月%d日 %02d:00 PM 大阪、札幌、東京\n\nZoomミーティングに参加する\nhttps://us06web.zoom.us/j/" % (R.randint(1, 12), R.randint(1, 28), R.randint(1, 9)),
            N(re.sub(r"\D", "", mid.text), "meeting_id"), "\n\nミーティングID: ", mid, "\n\n繋がらない場合は ", ph("JP", "mobile", "nat"), " までお電話ください。\n参加者: ",
            joinl([[nm(x, "kanji"), "（", em(x), "）"] for x in ats], "、")]
    country = ch(["NZ", "PH", "ZA", "KE", "GB", "US"]) if lang == "en" else ch(["MX", "PE", "AR"])
    host = person_for(country)
    ats = [person_for(country) for _ in range(R.randint(1, 3))]
    topic = ch(["Q2 budget walkthrough", "Interview: senior analyst", "Board prep", "Parents' committee"]) if lang == "en" else ch(["Revisión de presupuesto", "Entrevista", "Comité de padres"])
    if lang == "en":
        head = [nm(host), " is inviting you to a scheduled Zoom meeting.\n\nTopic: ", topic, " (", neg("room"), ")\nTime: ", ch(MON), " %d, 2025 %02d:00 PM " % (R.randint(1, 28), R.randint(1, 11)),
                ch(["Auckland, Wellington", "Nairobi", "Manila", "London", "Pacific Time (US and Canada)"]), "\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/",
                N(re.sub(r"\D", "", mid.text), "meeting_id"), "\n\nMeeting ID: ", mid, "\n\n---\nIf the link doesn't work, call me on ", ph(country), ".\nInvited: "]
    else:
        head = [nm(host), " le está invitando a una reunión de Zoom programada.\n\nTema: ", topic, "\nHora: %d %s 2025 %02d:00 PM " % (R.randint(1, 28), MONTHS8["es"][R.randint(0, 11)][:3], R.randint(1, 11)),
                ch(["Ciudad de México", "Lima", "Buenos Aires"]), "\n\nUnirse a la reunión Zoom\nhttps://us02web.zoom.us/j/", N(re.sub(r"\D", "", mid.text), "meeting_id"),
                "\n\nID de reunión: ", mid, "\n\n---\nSi el enlace no funciona, llámame al ", ph(country), ".\nInvitados: "]
    return "zoom_invite", lang, [head, joinl([[nm(x), " <", em(x), ">"] for x in ats], ", ")]


RECIPES = {
    "en": ("{dish} — the way my {rel} makes it", "By ", " · ", "Serves 8", "Comments", ["Made these for Sunday lunch, gone in ten minutes!", "Used coconut cream instead, still great.", "My kids loved it, thank you!"],
           ["Nana", "aunty", "Lola", "grandad"], ["Panipopo (coconut buns)", "Kūmara and feta bake", "Bobotie", "Sticky date pudding", "Cullen skink"]),
    "tl": ("{dish} ni {rel}", "Ni ", " | ", "Para sa 6 na tao", "Mga komento", ["Salamat po sa recipe!", "Ginawa ko ito kahapon, ang sarap!", "Pwede po ba ang pork?"],
           ["Lola", "Tita", "Nanay"], ["Adobong Manok", "Sinigang na Baboy", "Leche Flan", "Pancit Bihon"]),
    "id": ("{dish} ala {rel}", "Oleh ", " · ", "Untuk 6 porsi", "Komentar", ["Sudah coba, enak banget!", "Terima kasih resepnya, Kak.", "Santannya pakai yang kemasan boleh?"],
           ["Ibu", "Nenek", "Bude"], ["Rendang Daging", "Soto Ayam", "Klepon", "Sayur Lodeh"]),
    "it": ("{dish} della {rel}", "di ", " · ", "Per 6 persone", "Commenti", ["Fatto ieri sera, perfetto!", "Io aggiungo un po' di scorza di limone.", "Grazie mille per la ricetta."],
           ["nonna", "zia", "mamma"], ["Tiramisù", "Parmigiana di melanzane", "Pasta e fagioli"]),
    "es": ("{dish} de mi {rel}", "Por ", " · ", "Rinde 8 porciones", "Comentarios", ["¡Me quedó riquísimo!", "Yo le pongo un poco más de chile.", "Gracias por compartir."],
           ["abuela", "tía", "mamá"], ["Mole poblano", "Ají de gallina", "Empanadas salteñas", "Chiles en nogada"]),
}
RECIPE_CULT = {"en": ["sm", "mi", "zu", "gd", "en"], "tl": ["ph"], "id": ["id"], "it": ["ro", "ng"], "es": ["mx", "pe", "ar"]}


@tpl(8)
def t_recipe_post():
    lang = ch(["en", "tl", "id", "it", "es", "es"])
    tt, by, sep, serves, com, comments, rels, dishes = RECIPES[lang]
    auth = P(ch(RECIPE_CULT[lang]))
    rel = ch(rels)
    dt = anydate(2023, 2026)
    mlang = {"tl": "tl", "id": "id", "it": "it", "es": "es"}.get(lang, "en")
    dfmt = {"tl": "tl", "es": "longes"}.get(lang, "long")
    parts = [tt.format(dish=ch(dishes), rel=rel), "\n", by, nm(auth), sep, N(dt.fmt(dfmt, mlang), "date"), sep, serves, "\n\n"]
    parts += [ch(["Ingredients: 500 g flour, 2 tsp yeast, 400 ml coconut cream, 1 cup sugar. Bake at 180 °C for 25 min.",
                  "Ingredients: 1 kg beef chuck, 3 onions, 2 tbsp curry powder, 250 ml stock. Simmer 2½ hours."]) if lang == "en" else
              {"tl": "Mga sangkap: 1 kilo manok, 1/2 tasang toyo, 1/3 tasang suka, 1 ulo bawang, 3 dahon ng laurel.",
               "id": "Bahan: 1 kg daging sapi, 400 ml santan, 2 batang serai, 5 lembar daun jeruk, 10 cabai merah.",
               "it": "Ingredienti: 500 g di mascarpone, 4 uova, 200 g di savoiardi, caffè, cacao amaro.",
               "es": "Ingredientes: 1 pollo, 4 chiles anchos, 2 tablillas de chocolate, 1 taza de ajonjolí."}[lang], "\n", ch(["", ["Goes well with ", neg("dish"), " for dessert.\n"]]) if lang == "en" else "", "\n"]
    cms = sample(comments, R.randint(2, 3))
    parts += [com, " (%d)\n" % len(cms)]
    for cm in cms:
        c = P(ch(RECIPE_CULT[lang]))
        parts += [nm(c, ch(["full", "short", "given"])), ": ", cm, "\n"]
    if chance(0.4):
        parts += [nm(auth, "given"), ": ", {"en": "Thanks everyone! ", "tl": "Salamat po! ", "id": "Sama-sama! ", "it": "Grazie a tutti! ", "es": "¡Gracias! "}[lang], "\n"]
    return "recipe_post", lang, parts


VIEW = {
    "de": ("Besichtigungstermine – 3-Zi-Whg., ", "Samstag, %d.%02d.2025\n\n", ["mit Hund", "Schufa liegt vor", "Bürgschaft Eltern", "kommt zu zweit", ""]),
    "nl": ("Bezichtigingen – ", "zaterdag %d-%02d\n\n", ["met hond", "loonstrook bijgevoegd", "komt met partner", ""]),
    "da": ("Fremvisning – ", "lørdag d. %d/%d\n\n", ["har hund", "lønsedler vedhæftet", "kommer to", ""]),
    "en": ("Viewing schedule – ", "Saturday %d/%02d\n\n", ["has a cat", "references attached", "coming with partner", "needs parking", ""]),
    "pt": ("Visitas ao apartamento – ", "Sábado, %d/%02d\n\n", ["tem cachorro", "fiador: pai", "vem com a esposa", ""]),
}


@tpl(6)
def t_viewing_schedule():
    lang = ch(["de", "de", "nl", "da", "en", "pt", "pt"])
    country = {"de": "DE", "nl": ch(["BE", "NL"]), "da": "DK", "en": ch(["NZ", "GB", "AU"]), "pt": "BR"}[lang]
    head, day, notes = VIEW[lang]
    rows = []
    h, m = 10, 0
    for i in range(R.randint(3, 4)):
        p = person_for(country)
        who = [title(p, lang), nm(p, "fam")] if (lang in ("de", "nl", "da") and chance(0.6)) else [nm(p)]
        foreign = {"DE": ["PL", "CZ", "AT", "UA"], "NL": ["BE", "DE"], "BE": ["NL", "FR"], "DK": ["NO", "DE"]}.get(country)
        pp = ph(country, plan=ch([x for x in foreign if x in PHONES])) if foreign and chance(0.25) else ph(country)
        rows.append(["%02d:%02d  " % (h, m), who, "  ", pp, "  ", em(p) if chance(0.4) else "", "  ", ch(notes), "\n"])
        m += 20
        if m >= 60:
            h, m = h + 1, m - 60
    return "viewing_schedule", lang, [head, ad(country), "\n", day % (R.randint(1, 28), R.randint(1, 12)), rows]


@tpl(11)
def t_tenant_screening():
    if chance(0.3):
        p, ref = person_for("CA"), person_for("CA")
        p = P(ch(["fr", "fr", "uk", "ph"]))
        return "tenant_screening_form", "fr", [
            "DEMANDE DE LOCATION — ", ad("CA"), "\n\nNom du locataire : ", nm(p), "\nDate de naissance : ", dob("fr", "iso"), "\nNAS : ", gid("ca_sin"),
            "\nTéléphone : ", ph("CA"), "\nCourriel : ", em(p), "\nAdresse actuelle : ", ad("CA"), "\nPropriétaire actuel : ", nm(ref), ", ", ph("CA"),
            "\nEmployeur : ", ch(["Boulangerie du Plateau", "CHUM", "Vidéotron"]), "\nRevenu mensuel : ", N(money("CA").replace("C$", "") + " $", "amount"), "\nAnimaux : ", ch(["aucun", "un chat"])]
    country = ch(["US", "US", "CA"])
    p = person_for(country)
    ll, sup, ec = person_for(country), person_for(country), person_for(country)
    g = [gid("us_ssn" if country == "US" else "ca_sin")]
    lang = "en"
    return "tenant_screening_form", lang, [
        "RENTAL APPLICATION — ", ad(country), "\n\nApplicant: ", nm(p), "    Date of birth: ", dob("us" if country == "US" else "en", ch(["mdy/", "iso"]) if country == "US" else "iso"),
        "\n", "SSN" if country == "US" else "SIN", ": ", g, "\nPhone: ", ph(country), "    Email: ", em(p), "\nCurrent address: ", ad(country),
        "\nCurrent landlord: ", nm(ll), [", ", ph(country)] if chance(0.6) else [" (", em(ll), ")"], "\nEmployer: ", ch(["Poudre Valley Coffee Co.", "Harbourfront Logistics", "St. Brigid's Hospital"]),
        " — supervisor ", nm(sup), [", ", ph(country)] if chance(0.5) else "", "\nMonthly income: ", amt(country), "\nEmergency contact: ", nm(ec), " (", ch(["sister", "father", "friend"]), ") ", ph(country),
        "\nPets: ", ch(["none", "1 cat", "small dog"]), "\nApplication fee paid: ", cd() if chance(0.3) else neg("masked_card"), " on ", neg("date")]


BIC_CC = {"NZ": "KOWHNZ22", "DE": "DEUTDEFF", "FR": "BNPAFRPP", "BE": "KREDBEBB", "NL": "INGBNL2A", "CZ": "KOMBCZPP", "RO": "BTRLRO22", "FI": "NDEAFIHH",
          "DK": "DABADKKK", "NO": "DNBANOKK", "IS": "NBIIISRE", "SE": "HANDSESS", "CH": "UBSWCHZH80A", "GB": "BARCGB22", "IE": "AIBKIE2D"}
BICS = ["KOWHNZ22", "DEUTDEFF", "BNPAFRPP", "KREDBEBB", "INGBNL2A", "KOMBCZPP", "BTRLRO22", "NDEAFIHH", "DABADKKK", "DNBANOKK", "NBIIISRE", "HANDSESS"]


@tpl(6)
def t_mt103():
    cc1, cc2 = ch(["DE", "FR", "BE", "NL", "CH", "CZ", "RO", "FI", "DK", "NO", "IS", "GB"]), ch(["DE", "FR", "BE", "NL", "CZ", "RO", "FI", "DK", "NO", "IS", "GB"])
    o, b = P(ch(COUNTRY_CULT[cc1])), P(ch(COUNTRY_CULT[cc2]))
    return "swift_mt103", "en", [
        ch(["Bank rejected this transfer, what's wrong with field 59?\n\n", "Can you explain each field of this SWIFT message?\n\n", ""]),
        "{1:F01", N(ch(BICS) + "AXXX", "bic"), "0000000000}{2:I103", N(ch(BICS) + "XXXX", "bic"), "N}{4:\n:20:", N("REF" + digits(R, 10), "reference"),
        "\n:23B:CRED\n:32A:25%02d%02d" % (R.randint(1, 12), R.randint(1, 28)), ch(["EUR", "CHF", "DKK"]), "%d,00\n:50K:/" % R.randint(500, 90000),
        L("iban", iban_random(R, cc1), sub=cc1), "\n", L("person", fold(o.full()).upper(), sub=o.cult), "\n", L("address", fold(addr(cc1, True)).upper(), sub=cc1), "\n:57A:", N(BIC_CC.get(cc2, ch(BICS)), "bic"),
        "\n:59:/", L("iban", iban_random(R, cc2), sub=cc2), "\n", L("person", fold(b.full()).upper(), sub=b.cult), "\n", L("address", fold(addr(cc2, True)).upper(), sub=cc2),
        "\n:70:", neg("invoice"), "\n:71A:SHA\n-}"]


@tpl(6)
def t_expense_report():
    country = ch(["GB", "DE", "NL", "FI", "CZ", "IE"])
    p, ap = person_for(country), person_for(country)
    rows = []
    merch = ["Tim Hortons", "Wagamama", "Deutsche Bahn", "Uber", "Hotel Ibis Leipzig", "Pret A Manger", "Marks & Spencer", "Ben & Jerry's"]
    for i in range(R.randint(3, 5)):
        mm = ch(merch)
        rows.append([anydate(2025, 2025).fmt("iso"), "\t", N(mm, "brand") if mm in NEG_BRANDS else mm, "\t", ch(["Meals", "Travel", "Lodging", "Client gift"]), "\t",
                     "%d.%02d" % (R.randint(4, 400), R.randint(0, 99)), "\t", neg("masked_card"), "\n"])
    ibcc = {"GB": "GB", "DE": "DE", "NL": "NL", "FI": "FI", "CZ": "CZ", "IE": "IE"}[country]
    return "expense_report", "en", [
        "Expense report — ", ch(["March", "April", "Q1"]), " 2025\nEmployee: ", nm(p), " (ID ", N("E%05d" % R.randint(1, 99999), "employee_id"), ")\nCost centre: ",
        N("CC-%d" % R.randint(1000, 9999), "cost_centre"), "\n\nDate\tMerchant\tCategory\tAmount\tCard\n", rows, "\nReimburse to: ", ib(ibcc),
        "\nApproved by: ", nm(ap, ch(["full", "init"])), " on ", neg("date")]


@tpl(8)
def t_ride_receipt():
    lang = ch(["en", "pt", "pt", "id", "id"])
    country = {"en": ch(["NZ", "ZA", "KE", "GB", "AU", "PH"]), "pt": "BR", "id": "ID"}[lang]
    rider, driver = person_for(country), person_for(country)
    acc = country if country in ADDR else "NZ"
    h, m = R.randint(6, 21), R.randint(0, 30)
    t1, t2 = "%02d:%02d" % (h, m), "%02d:%02d" % (h, m + R.randint(8, 29))
    if lang == "en":
        return "ride_receipt", "en", [
            "Thanks for riding, ", nm(rider, "given"), "\nWe hope you enjoyed your ride this ", ch(["morning", "evening"]), ".\n\nTotal  ", amt(country),
            "\n\nTrip details\n", t1, "  ", ad(acc), "\n", t2, "  ", ad(acc), "\n\nYou rode with ", nm(driver, "given"), "\nLicense plate: ", neg("plate"),
            "\nPaid with ", neg("masked_card"), "\nTrip ID ", neg("uuid"), "\n\nThis receipt was sent to ", em(rider), "."]
    if lang == "pt":
        return "ride_receipt", "pt", [
            "Obrigado por viajar com a gente, ", nm(rider, "given"), "\n\nTotal  ", amt("BR"), "\n\nDetalhes da viagem\nEmbarque ", t1, " — ", ad("BR"), "\nDesembarque ", t2, " — ", ad("BR"),
            "\n\nVocê viajou com ", nm(driver, "given"), " · Placa ", N("%s%d%s%02d" % (rnd(R, string.ascii_uppercase, 3), R.randint(0, 9), R.choice(string.ascii_uppercase), R.randint(0, 99)), "plate"),
            "\nPago com ", neg("masked_card"), "\n\nRecibo enviado para ", em(rider)]
    return "ride_receipt", "id", [
        "Terima kasih sudah naik, ", nm(rider, "given"), "!\n\nTotal  Rp %d.%03d\n\nPenjemputan: " % (R.randint(12, 95), R.randint(0, 999)), ad("ID"), "\nTujuan: ", ad("ID"),
        "\nDriver: ", nm(driver, "given"), " (", neg("plate"), ")\nPembayaran: ", ch(["GoPay", "OVO", "Tunai"]), "\nID Pesanan: ", N("RB-%d-%s" % (R.randint(10000, 99999), rnd(R, HEX, 8).upper()), "order"),
        "\n\nStruk ini dikirim ke ", em(rider)]


PETS = ["Pippin", "Biscuit", "Kūmara", "Mango", "Tui", "Chorizo", "Nacho", "Pixel", "Muffin", "Rātā"]


@tpl(6)
def t_lost_pet_poster():
    lang = ch(["en", "es", "es"])
    country = ch(["NZ", "GB", "AU", "ZA"]) if lang == "en" else ch(["AR", "MX", "PE"])
    o1, o2 = person_for(country), person_for(country)
    pet = N(ch(PETS), "pet_name")
    if lang == "en":
        return "lost_pet_poster", "en", [
            "LOST DOG — ", pet, "\nMissing since ", neg("date"), ", last seen near ", place(country), [" (", neg("coords"), ")"] if chance(0.4) else "", "\nBrown kelpie cross, very friendly, microchipped (",
            N(digits(R, 15), "microchip"), ").\n\nPlease call ", nm(o1, "given"), " on ", ph(country), " or ", nm(o2, "given"), " on ", ph(country),
            ch(["", ["\nor drop him home: ", ad(country)]]), "\n\nREWARD ", amt(country)]
    return "lost_pet_poster", "es", [
        "SE BUSCA — ", pet, "\nPerdido desde el ", neg("date"), " cerca de ", ch(["Plaza Serrano", "Parque Kennedy", "el Zócalo"]), "\nPerro mestizo, collar rojo, muy manso.\n\nLlamar a ",
        nm(o1), " al ", ph(country), ch(["", [" o escribir a ", em(o1)]]), "\n\n¡SE RECOMPENSA!"]


@tpl(6)
def t_pet_sitter():
    country = ch(["NZ", "GB", "AU", "IE", "ZA"])
    sitter, owner, neigh = person_for(country), person_for(country), person_for(country)
    pet = N(ch(PETS), "pet_name")
    return "pet_sitter_instructions", "en", [
        "Hi ", nm(sitter, "given"), "!\n\nThanks so much for looking after ", pet, " while we're away. A few things:\n\n• Feeding: 1 cup biscuits morning and night, NOT ", neg("dish"),
        " leftovers 😅\n• Wi-Fi: ", ch(["KowhaiHouse", "Flat4-5G", "TheBurrow"]), " / password ", sc("wifi"), "\n• Vet: ", ch(["Harbourside Vets", "St Clair Animal Clinic"]), " ",
        ph(country), "\n• Spare key is with ", nm(neigh), " next door", [" (", ph(country), ")"] if chance(0.5) else "", "\n• Address for taxis: ", ad(country), "\n\nWe're back on ", neg("date"),
        ". Call me any time on ", ph(country), ".", ch([["\nIf the vet needs paying, use my card ", cd(), " exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 30)), "expiry")], "", ""]),
        "\n\n", nm(owner, "given"), " x"]


AUPAIR = {
    "en": ("Hi host family!\n\nMy name is ", ", I'm %d years old (born ", ") and I live in ", ". I have two younger brothers and I've been babysitting for four years. ",
           "You can reach me on WhatsApp ", " or by email ", ".\n\nReference: ", " (family I nannied for), ", "\n\nHope to hear from you,\n"),
    "pt": ("Olá, família!\n\nMeu nome é ", ", tenho %d anos (nasci em ", ") e moro em ", ". Tenho dois irmãos mais novos e cuido de crianças há quatro anos. ",
           "Meu WhatsApp é ", " e meu e-mail é ", ".\n\nReferência: ", " (família com quem trabalhei), ", "\n\nAbraços,\n"),
    "es": ("¡Hola, familia!\n\nMe llamo ", ", tengo %d años (nací el ", ") y vivo en ", ". Tengo dos hermanos menores y cuido niños desde hace cuatro años. ",
           "Mi WhatsApp es ", " y mi correo ", ".\n\nReferencia: ", " (familia con la que trabajé), ", "\n\nSaludos,\n"),
    "id": ("Halo keluarga angkat!\n\nNama saya ", ", umur %d tahun (lahir ", ") dan tinggal di ", ". Saya punya dua adik dan sudah empat tahun mengasuh anak. ",
           "WhatsApp saya ", " dan email ", ".\n\nReferensi: ", " (keluarga tempat saya bekerja), ", "\n\nSalam,\n"),
}


@tpl(6)
def t_au_pair_profile():
    lang = ch(["en", "pt", "es", "id", "id"])
    country = {"en": ch(["PH", "ZA", "KE", "NZ"]), "pt": "BR", "es": ch(["MX", "AR", "PE"]), "id": "ID"}[lang]
    p, ref = person_for(country), person_for(country)
    p.g = "f"
    p.given = ch(NAMES[p.cult][1])
    a = AUPAIR[lang]
    dt = D(2000, 2005)
    city = ch({"PH": ["Cebu City", "Davao"], "ZA": ["Durban", "Pretoria"], "KE": ["Nakuru", "Kisumu"], "NZ": ["Rotorua", "Napier"], "BR": ["Recife", "Curitiba"],
               "MX": ["Guadalajara", "Puebla"], "AR": ["Rosario", "Mendoza"], "PE": ["Arequipa", "Cusco"], "ID": ["Yogyakarta", "Malang"]}[country])
    fm = {"en": "long", "pt": "dmy/", "es": "longes", "id": "long"}[lang]
    idk = {"PH": "ph_passport", "ZA": "za_id", "MX": "mx_curp", "AR": "ar_cuil", "BR": "br_cpf"}.get(country)
    idl = [{"en": "ID/passport: ", "pt": "CPF: ", "es": "CURP: " if country == "MX" else "CUIL: ", "id": ""}[lang], gid(idk, p, dt), "\n"] if idk and chance(0.6) else []
    return "au_pair_profile", lang, [a[0], nm(p), a[1] % (2025 - dt.y), dob(lang, fm, dt), a[2], N(city, "place"), a[3], a[4], ph(country, style="intl"), a[5], em(p),
                                     a[6], nm(ref), a[7], ph(country), ["\n"] + idl[:-1] if idl else "", a[8], nm(p, "given")]


@tpl(5)
def t_home_inspection():
    country = ch(["US", "CA", "NZ", "AU"])
    cl, ins = person_for(country), person_for(country)
    return "home_inspection_report", "en", [
        "HOME INSPECTION REPORT\n\nClient: ", nm(cl), "\nProperty: ", ad(country), "\nInspection date: ", neg("date"), "\nInspector: ", nm(ins), " (licence ",
        N("HI-%d" % R.randint(10000, 99999), "licence_no"), ")\nContact: ", ph(country), " · ", em(ins), "\n\nSummary\n1. Roof: minor moss, flashing lifting at NE corner.\n2. Electrical: ",
        ch(["no RCD on bathroom circuit", "aluminium wiring in garage"]), ".\n3. Plumbing: ", ch(["hot water cylinder dated 2009", "slow drain in laundry"]),
        ".\n\nCopy sent to the client's agent, ", nm(person_for(country)), ".", ch([["\nFee paid by card ", cd()], ""])]


@tpl(6)
def t_garage_job_card():
    country = ch(["GB", "NZ", "IE", "ZA", "AU"])
    cu, tech = person_for(country), person_for(country)
    return "garage_job_card", "en", [
        "JOB CARD ", neg("order"), "\nCustomer: ", title(cu), nm(cu, "fam"), "    Tel: ", ph(country), "\nVehicle: ", ch(["Toyota Hilux", "Ford Ranger", "Mazda CX-5", "VW Polo"]),
        "   Reg: ", neg("plate"), "   VIN: ", neg("vin"), "   Odo: %d km\n\nWork: " % R.randint(20000, 300000), ch(["WOF/MOT + brake pads front", "Cambelt and water pump", "Diagnose EML, replace O2 sensor"]),
        "\nParts: ", neg("sku"), "\nTechnician: ", nm(tech, "given"), "\n\nPayment: card over the phone ", cd(ch(["visa", "mastercard", "amex"])), " exp ",
        N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 30)), "expiry"), "\nTotal: ", amt(country)]


@tpl(8)
def t_number_porting():
    k = R.random()
    if k < 0.2:
        p = P("br")
        return "number_porting_request", "pt", [
            "Solicitação de portabilidade numérica\n\nNome completo: ", nm(p), "\nCPF: ", gid("br_cpf"), "\nData de nascimento: ", dob("pt", "dmy/"), "\nNúmero a ser portado: ",
            ph("BR", "mobile", "nat"), "\nOperadora atual: ", ch(["Vivo", "Claro", "TIM"]), "\nEndereço: ", ad("BR"), "\nE-mail: ", em(p), "\nProtocolo: ", N(digits(R, 14), "reference")]
    if k < 0.4:
        country = ch(["MX", "AR"])
        p = person_for(country)
        dt = D(1955, 2004)
        return "number_porting_request", "es", [
            "Solicitud de portabilidad\n\nNombre: ", nm(p), "\n", "CURP: " if country == "MX" else "CUIL: ", gid("mx_curp" if country == "MX" else "ar_cuil", p, dt),
            "\nFecha de nacimiento: ", dob("es", "dmy/", dt), "\nNúmero a portar: ", ph(country, style="nat"), "\nCompañía actual: ", ch(["Telcel", "Movistar", "Personal", "AT&T"]),
            "\nDomicilio: ", ad(country), "\nCorreo: ", em(p), "\nNIP de portabilidad: enviado por SMS"]
    country = ch(["GB", "NZ", "IE", "ZA", "AU", "KE"])
    p = person_for(country)
    acc = country if country in ADDR else "NZ"
    return "number_porting_request", "en", [
        "Port-in request\n\nAccount holder: ", nm(p), "\nDate of birth: ", dob("en", ch(["dmy/", "long"]), y0=1950, y1=2003), "\nNumber to port: ", ph(country, "mobile" if "mobile" in PHONES[country][2] else None, "nat"),
        "\nCurrent provider: ", ch(["One NZ", "Vodacom", "Three", "Safaricom", "Eir", "Optus"]), "\nAccount number with current provider: ", N(digits(R, 9), "account_no"),
        "\nService address: ", ad(acc), "\nContact email: ", em(p), "\nAlternative contact number: ", ph(country), "\nPreferred port date: ", neg("date")]


@tpl(6)
def t_student_housing():
    lang = ch(["en", "ro", "ro"])
    if lang == "ro":
        p, par = P("ro"), P("ro")
        dt = D(2002, 2007)
        return "student_housing_application", "ro", [
            "CERERE DE CAZARE ÎN CĂMIN – anul universitar 2025/2026\n\nNume și prenume: ", nm(p, "FAMgiven"), "\nCNP: ", gid("ro_cnp", p, dt), "\nData nașterii: ",
            dob("ro", "dmy.", dt), "\nDomiciliul: ", ad("RO"), "\nTelefon: ", ph("RO"), "\nE-mail: ", em(p), "\nPărinte/tutore: ", nm(par), ", tel. ", ph("RO"),
            "\nIBAN pentru restituirea garanției: ", ib("RO"), "\nFacultatea: ", ch(["Automatică și Calculatoare", "Drept", "Medicină"]), ", anul ", str(R.randint(1, 4))]
    country = ch(["GB", "IE", "NZ"])
    home = ch(["ZA", "KE", "PH", "ID", "TH", "PK", "BD", "UA", "IN"])
    p, gu = person_for(home), person_for(home)
    dt = D(2002, 2007)
    idk = {"ZA": "za_id", "TH": "th_id", "PK": "pk_cnic", "UA": "ua_rnokpp", "IN": "in_aadhaar", "PH": "ph_passport"}.get(home)
    return "student_housing_application", "en", [
        "Student Accommodation Application 2025/26\n\nFull name: ", nm(p), "\nDate of birth: ", dob("en", ch(["dmy/", "long", "iso"]), dt), "\nStudent number: ",
        N(str(R.randint(20000000, 29999999)), "student_id"), "\n", [("National ID / passport: ", gid(idk, p, dt), "\n")] if idk else "", "Home address: ",
        ad(home if home in ADDR else "ZA"), "\nMobile: ", ph(country, plan=home), "\nEmail: ", em(p), "\n\nGuarantor: ", nm(gu), " (", ch(["mother", "father", "uncle"]), ")\nGuarantor phone: ",
        ph(country, plan=home), "\nGuarantor email: ", em(gu), "\n\nPreferred hall: ", N(ch(["Hillary Hall", "Mandela House", "Seacole Court"]), "eponym"),
        "\nDeposit paid: ", amt(country), ch([["\nCard: ", cd()], "", ""])]


@tpl(3)
def t_phone_tree():
    lang = ch(["en", "id", "ro", "id", "ro"])
    country = {"en": ch(["NZ", "ZA", "GB", "KE"]), "id": "ID", "ro": "RO"}[lang]
    head = {"en": ch(["Kōwhai Street Neighbourhood Support — phone tree", "Year 4 class phone tree (snow days)", "Choir phone tree"]),
            "id": "Grup Arisan RT 05 — pohon telepon", "ro": "Asociația de proprietari bl. C4 — lanț telefonic"}[lang]
    coord = person_for(country)
    lines = [head, "\n\n", {"en": "Coordinator: ", "id": "Koordinator: ", "ro": "Coordonator: "}[lang], nm(coord), " ", ph(country), "\n"]
    for i in range(2):
        a = person_for(country)
        lines += [" ├─ ", nm(a, ch(["full", "full", "given"])), " ", ph(country), "\n"]
        if i == 0 and chance(0.5):
            lines += [" │   (", {"en": "meeting point: ", "id": "kumpul di: ", "ro": "ne întâlnim la: "}[lang], ad(country if country in ADDR else "NZ"), ")\n"]
        for j in range(R.randint(0, 1)):
            b = person_for(country)
            lines += [" │   └─ ", nm(b), " ", ph(country), "\n"]
    return "phone_tree", lang, lines


@tpl(5)
def t_hackathon():
    country = ch(["NZ", "FI", "CZ", "KE", "PH", "AR", "IL"])
    team = ch(["Null Pointers", "Team Ada", "Byte Me", "The Kernel Panics", "Team Turing"])
    mem = [person_for(country) for _ in range(R.randint(2, 4))]
    minors = chance(0.5)
    items = []
    for i, p in enumerate(mem):
        items.append(["    {\"name\": \"", nm(p), "\", \"email\": \"", em(p), "\", ", ["\"dob\": \"", dob("en", "iso", y0=2005, y1=2009), "\", "] if minors else "", "\"github\": \"", N("@" + ch(["byte", "nullptr", "kotare", "hrafn", "tux"]) + str(R.randint(1, 999)), "handle"),
                      "\", \"tshirt\": \"", ch(["S", "M", "L", "XL"]), "\"}", ",\n" if i < len(mem) - 1 else "\n"])
    return "hackathon_registration", "en", [
        "{\n  \"team\": \"", N(team, "team_name") if "Ada" in team or "Turing" in team else team, "\",\n  \"track\": \"", ch(["climate", "health", "fintech"]), "\",\n  \"members\": [\n",
        items, "  ],\n  \"captain_phone\": \"", ph(country, style="e164"), "\",\n  \"submitted\": \"", neg("timestamp"), "\"\n}"]


@tpl(5)
def t_tennis_ladder():
    lang = ch(["cs", "cs", "en"])
    country = "CZ" if lang == "cs" else ch(["NZ", "GB", "ZA"])
    rows = []
    for i in range(R.randint(3, 5)):
        p = person_for(country)
        rows.append(["| %d | " % (i + 1), nm(p, ch(["full", "FAMgiven"]) if lang == "cs" else "full"), " | ", ph(country) if chance(0.7) else "", " | ", em(p) if chance(0.4) else "", " | ", str(R.randint(0, 9)), ":", str(R.randint(0, 9)), " |\n"])
    hdr = "| Pořadí | Jméno | Telefon | E-mail | Skóre |\n|---|---|---|---|---|\n" if lang == "cs" else "| Rank | Name | Phone | Email | W:L |\n|---|---|---|---|---|\n"
    return "tennis_ladder", lang, [("Tenisový žebříček – jaro 2025 (kurty TJ Sokol)\n\n" if lang == "cs" else "Club ladder, spring 2025\n\n"), hdr, rows]


@tpl(10)
def t_race_entries():
    lang = ch(["fi", "no", "is", "en", "da"])
    country = {"fi": "FI", "no": "NO", "is": "IS", "en": ch(["NZ", "GB", "ZA", "KE"]), "da": "DK"}[lang]
    hdr = {"fi": "Numero;Nimi;Syntymäaika;Seura;Sarja\n", "no": "Startnr;Navn;Fødselsdato;Klubb;Klasse\n", "is": "Rásnúmer;Nafn;Fæðingardagur;Félag;Flokkur\n",
           "en": "Bib,Name,DOB,Club,Category\n", "da": "Startnr;Navn;Fødselsdato;Klub;Klasse\n"}[lang]
    clubs = {"fi": ["Helsingin Kisa-Veikot", "Tampereen Pyrintö", "Oulun Hiihtoseura"], "no": ["IL Gneist", "Tjalve", "Bergen Triathlonklubb"],
             "is": ["ÍR", "FH", "Breiðablik"], "en": ["Hillary Harriers", "Kenyan Hills AC", "Comrades Striders"], "da": ["Aarhus 1900", "Sparta", "Odense Atletik"]}[lang]
    sep = "," if lang == "en" else ";"
    rows = []
    for i in range(R.randint(3, 6)):
        p = person_for(country)
        dt = D(1960, 2008)
        f = {"fi": "dmy.s", "no": "dmy.", "is": "dmy.", "en": ch(["iso", "dmy/"]), "da": "dmy-"}[lang]
        club = ch(clubs)
        rows.append([str(R.randint(100, 999)), sep, nm(p, ch(["full", "rev"]) if lang != "en" else "full") if sep == ";" else nm(p), sep, dob(lang, f, dt), sep,
                     N(club, "club") if club in ("Hillary Harriers", "Comrades Striders") else club, sep, ("M" if p.g == "m" else ("N" if lang == "fi" else "K" if lang in ("no", "da", "is") else "F")) + str(max(20, (2025 - dt.y) // 5 * 5)), "\n"])
    return "race_entry_list", lang, [hdr, rows]


@tpl(6)
def t_baptism_register():
    lang = ch(["fr", "fr", "es", "es", "en"])
    country = {"fr": ch(["FR", "BE", "CH"]), "es": ch(["MX", "PE"]), "en": ch(["PH", "IE", "NZ"])}[lang]
    multi = chance(0.4)
    fa = person_for(country)
    fa.g = "m"
    fa.given = ch(NAMES[fa.cult][0])
    mo, kid, pr = person_for(country), P(fa.cult), person_for(country)
    gp1, gp2 = P(ch(COUNTRY_CULT[country]), "m"), P(ch(COUNTRY_CULT[country]), "f")
    mo.g = "f"
    mo.given = ch(NAMES[mo.cult][1])
    kid.sur, kid.sur2 = fa.sur, (mo.sur if fa.cult in ESP else None)
    dt = D(2023, 2025)
    if lang == "fr":
        return "baptism_register", "fr", [
            "Registre des baptêmes – Paroisse ", ch(["Saint-Sulpice", "Notre-Dame-des-Champs", "Saint-Nicolas"]), "\nN° ", str(R.randint(1, 80)), "/2025\n\nNom de l'enfant : ", nm(kid),
            "\nNé(e) le : ", dob("fr", "long", dt), "\nBaptisé(e) le : ", N(anydate(2025, 2025).fmt("long", "fr"), "date"), "\nPère : ", nm(fa), "\nMère : ", nm(mo),
            "\nParrain : ", nm(gp1), "\nMarraine : ", nm(gp2), "\nDomicile des parents :", "\n" if multi else " ", ad(country, multi), "\nCélébrant : abbé ", nm(pr, "fam")]
    if lang == "es":
        return "baptism_register", "es", [
            "Libro de Bautismos – Parroquia ", ch(["San Judas Tadeo", "Santa Rosa de Lima", "Nuestra Señora del Carmen"]), "\nPartida N.º ", str(R.randint(1, 400)), "\n\nNombre: ", nm(kid),
            "\nFecha de nacimiento: ", dob("es", "longes", dt), "\nPadres: ", nm(fa), " y ", nm(mo), "\nPadrinos: ", nm(gp1), " y ", nm(gp2), "\nDomicilio:", "\n" if multi else " ", ad(country, multi),
            "\nCelebró: Pbro. ", nm(pr)]
    return "baptism_register", "en", [
        "Baptismal Register — ", ch(["St. Brigid's", "Santo Niño Parish", "St Patrick's Cathedral"]), "\nEntry ", str(R.randint(1, 300)), "\n\nName of child: ", nm(kid), "\nDate of birth: ",
        dob("en", "long", dt), "\nDate of baptism: ", N(anydate(2025, 2025).fmt("long"), "date"), "\nFather: ", nm(fa), "\nMother: ", nm(mo), "\nSponsors: ", nm(gp1), ", ", nm(gp2),
        "\nAddress: ", ad(country), "\nMinister: Fr. ", nm(pr)]


@tpl(6)
def t_funeral_arrangement():
    lang = ch(["en", "de", "de", "es", "es"])
    country = {"en": ch(["NZ", "ZA", "GB", "US"]), "de": ch(["DE", "DE", "CH"]), "es": ch(["MX", "AR", "PE"])}[lang]
    dec, inf, cel = person_for(country), person_for(country), person_for(country)
    dt = D(1930, 1960)
    idk = {"US": "us_ssn", "ZA": "za_id", "GB": "nhs", "NZ": "nz_ird", "DE": "de_steuerid", "MX": "mx_curp", "AR": "ar_cuil"}.get(country)
    idlab = {"US": "SSN: ", "ZA": "ID number: ", "GB": "NHS number: ", "NZ": "IRD number: ", "DE": "Steuer-ID: ", "MX": "CURP: ", "AR": "CUIL: "}.get(country, "")
    idl = ["\n", idlab, gid(idk, dec, dt)] if idk else []
    if lang == "de":
        return "funeral_arrangement_form", "de", [
            "Auftrag Bestattung\n\nVerstorbene/r: ", nm(dec), "\ngeb. am ", dob("de", "dmy.", dt), ", verst. am ", N(anydate(2025, 2025).fmt("dmy."), "date"),
            idl, "\nLetzte Anschrift: ", ad(country), "\n\nAuftraggeber/in: ", nm(inf), " (", ch(["Sohn", "Tochter", "Ehefrau"]), ")\nTelefon: ", ph(country), "\nE-Mail: ", em(inf),
            "\n\nTrauerfeier: ", ch(["Friedhofskapelle Ohlsdorf", "Kapelle am Waldfriedhof"]), ", Redner/in: ", nm(cel), "\nKosten lt. Angebot: ", amt(country), "\nErstattung eventueller Überzahlung auf: ", ib(country)]
    if lang == "es":
        return "funeral_arrangement_form", "es", [
            "Contrato de servicios funerarios\n\nFinado/a: ", nm(dec), "\nFecha de nacimiento: ", dob("es", "dmy/", dt), "\nFecha de defunción: ", N(anydate(2025, 2025).fmt("dmy/"), "date"), idl,
            "\n\nContratante: ", nm(inf), "\nDomicilio: ", ad(country), "\nTeléfono: ", ph(country), "\nCorreo: ", em(inf), "\n\nVelorio en ", ch(["Capilla San Judas", "Sala Los Olivos"]),
            ", misa oficiada por el P. ", nm(cel)]
    return "funeral_arrangement_form", "en", [
        "Funeral Arrangement Form\n\nDeceased: ", nm(dec), "\nDate of birth: ", dob("us" if country == "US" else "en", "mdy/" if country == "US" else "long", dt), "\nDate of death: ",
        neg("date"), idl, "\nUsual residence: ", ad(country), "\n\nInformant: ", nm(inf), " (", ch(["son", "daughter", "niece", "husband"]), ")\nPhone: ", ph(country), "\nEmail: ", em(inf),
        "\n\nService: ", ch(["Chapel", "Marae", "Graveside"]), ", celebrant ", nm(cel), ch([["\nFlowers to: ", ad(country)], ""]), "\nDeposit: ", cd() if chance(0.6) else ["paid by EFT, ref ", neg("invoice")]]


@tpl(5)
def t_freelancer_timesheet():
    lang = ch(["en", "de", "nl", "cs", "cs", "de"])
    country = {"en": ch(["GB", "IE", "FI"]), "de": ch(["DE", "CH"]), "nl": ch(["NL", "BE"]), "cs": "CZ"}[lang]
    taxk = {"GB": "uk_nino", "DE": "de_steuerid", "NL": "nl_bsn"}.get(country)
    taxl = ["\n", {"GB": "NI number: ", "DE": "Steuer-ID: ", "NL": "BSN: "}[country], gid(taxk)] if taxk else []
    me, cli = person_for(country), person_for(country)
    ibc = {"GB": "GB", "IE": "IE", "FI": "FI", "DE": "DE", "CH": "CH", "NL": "NL", "BE": "BE", "CZ": "CZ"}[country]
    H = {"en": ("Timesheet — March 2025\nContractor: ", "Client: ", ", attn. ", "Date\tTask\tHours\n", "Total: ", "Please pay to: "),
         "de": ("Stundennachweis März 2025\nAuftragnehmer: ", "Kunde: ", ", z. Hd. ", "Datum\tTätigkeit\tStunden\n", "Summe: ", "Bitte überweisen an: "),
         "nl": ("Urenstaat maart 2025\nOpdrachtnemer: ", "Klant: ", ", t.a.v. ", "Datum\tTaak\tUren\n", "Totaal: ", "Graag overmaken naar: "),
         "cs": ("Výkaz práce – březen 2025\nDodavatel: ", "Odběratel: ", ", k rukám ", "Datum\tČinnost\tHodiny\n", "Celkem: ", "Úhrada na účet: ")}[lang]
    rows = [[anydate(2025, 2025).fmt("iso"), "\t", ch(["API integration", "Code review", "Workshop", "Bugfixing", "Deployment"]), "\t", "%.1f" % (R.randint(2, 18) / 2), "\n"] for _ in range(R.randint(3, 5))]
    return "freelancer_timesheet", lang, [
        H[0], nm(me), ", ", em(me), ", ", ph(country), taxl, "\n", H[1], ch(["Kessler GmbH", "Kotare Ltd", "Vltava Labs s.r.o.", "Zonnewijzer BV"]), H[2], nm(cli), "\n\n", H[3], rows, "\n", H[4],
        amt(country), "\n", H[5], ib(ibc), " (BIC ", N(BIC_CC.get(ibc, ch(BICS)), "bic"), "), ", neg("invoice")]


@tpl(5)
def t_allotment_list():
    lang = ch(["nl", "fi", "nl", "fi", "en"])
    country = {"nl": ch(["NL", "BE"]), "fi": "FI", "en": ch(["GB", "NZ"])}[lang]
    hdr = {"nl": "Wachtlijst volkstuinen ", "fi": "Siirtolapuutarhan jonotuslista ", "en": "Allotment waiting list "}[lang] + "2025\n\n"
    cols = {"nl": "| Plek | Naam | Adres | Telefoon | Ingeschreven |\n", "fi": "| Sija | Nimi | Osoite | Puhelin | Jonoon |\n", "en": "| Pos | Name | Address | Phone | Joined |\n"}[lang]
    rows = []
    for i in range(R.randint(2, 4)):
        p = person_for(country)
        rows.append(["| %d | " % (i + 1), nm(p, ch(["full", "rev"])), " | ", ad(country), " | ", ph(country), " | ", neg("date"), " |\n"])
    return "allotment_waiting_list", lang, [hdr, cols, "|---|---|---|---|---|\n", rows]


@tpl(5)
def t_obituary_guestbook():
    country = ch(["NZ", "ZA", "US", "GB", "IE"])
    dec = person_for(country)
    ents = []
    for i in range(R.randint(2, 4)):
        p = person_for(country)
        ents.append([nm(p, ch(["full", "full", "short"])), " — ", place(country), ", ", neg("date"), "\n", ch([
            ["So sorry to hear about ", nm(dec, "given"), ". She was the kindest neighbour. Thinking of you all."],
            ["Rest in peace, ", nm(dec, "given"), ". Fond memories of Saturday mornings at the market."],
            ["Our deepest sympathy to the family. ", nm(dec, "given"), " will be missed at choir."]]), "\n\n"])
    return "obituary_guestbook", "en", ["Guest Book — ", nm(dec), "\n\n", ents]


LETTER = {
    "fr": ("Chère famille ", ",\n\nJe m'appelle ", ", j'ai 15 ans et je suis née le ", ". J'habite ", " avec ma mère, ", ". Mon numéro de portable est le ", " et mon adresse mail ",
           ".\n\nJ'ai hâte de vous rencontrer !\n\n", "Traduis ce texte en anglais, s'il te plaît :\n\n"),
    "de": ("Liebe Familie ", ",\n\nich heiße ", ", bin 15 Jahre alt und wurde am ", " geboren. Ich wohne in der ", " mit meiner Mutter ", ". Meine Handynummer ist ", " und meine E-Mail ",
           ".\n\nIch freue mich sehr auf euch!\n\n", "Kannst du das bitte ins Englische übersetzen?\n\n"),
    "es": ("Querida familia ", ":\n\nMe llamo ", ", tengo 15 años y nací el ", ". Vivo en ", " con mi madre, ", ". Mi celular es ", " y mi correo ",
           ".\n\n¡Tengo muchas ganas de conocerlos!\n\n", "Tradúcelo al inglés, por favor:\n\n"),
    "cs": ("Milá rodino ", ",\n\njmenuji se ", ", je mi 15 let a narodila jsem se ", ". Bydlím na adrese ", " s maminkou ", ". Moje číslo je ", " a e-mail ",
           ".\n\nMoc se na vás těším!\n\n", "Přelož to prosím do angličtiny:\n\n"),
}


@tpl(8)
def t_host_family_letter():
    lang = ch(["fr", "de", "es", "cs", "ja"])
    if lang == "ja":
        me, mum, host = P("ja"), P("ja"), P(ch(["en", "us", "mi", "gd", "cy"]))
        me.g, mum.g = "f", "f"
        me.given, mum.given = ch(NAMES["ja"][1]), ch(NAMES["ja"][1])
        mum.sur = me.sur
        dt = D(2009, 2010)
        return "host_family_letter", "ja", [ch(["英語に翻訳してください:\n\n", "これを英語にしてもらえますか？\n\n", ""]), nm(host, "fam"), "さんご家族へ\n\nはじめまして。",
                                            nm(me, "kanji"), "と申します。", dob("ja", "ja", dt), "生まれの15歳です。住所は", L("address", addr_jp_kanji(), sub="JP"),
                                            "です。母の", L("person", JA_KANJI[mum.given], sub="ja"), "と二人で暮らしています。携帯は", ph("JP", "mobile", "nat"), "、メールは", em(me), "です。\n\nお会いできるのを楽しみにしています。\n", nm(me, "kanji")]
    country = {"fr": "FR", "de": "DE", "es": ch(["MX", "AR"]), "cs": "CZ"}[lang]
    host = P(ch(["en", "us", "mi", "gd", "cy"]))
    me, mum = person_for(country), person_for(country)
    me.g = "f"
    me.given = ch(NAMES[me.cult][1])
    if me.cult == "cs":
        me.sur = NAMES["cs"][3][NAMES["cs"][2].index(me.sur)] if me.sur in NAMES["cs"][2] else me.sur
    mum.g = "f"
    mum.given = ch(NAMES[mum.cult][1])
    mum.sur, mum.sur2 = me.sur, me.sur2
    dt = D(2009, 2010)
    a = LETTER[lang]
    fm = {"fr": "long", "de": "longde", "es": "longes", "cs": "long."}[lang]
    return "host_family_letter", lang, [a[8] if chance(0.7) else "", a[0], nm(host, "fam"), a[1], nm(me), a[2], dob(lang, fm, dt), a[3], ad(country), a[4], nm(mum, "given"), a[5],
                                        ph(country, style="intl"), a[6], em(me), a[7], nm(me, "given")]


@tpl(5)
def t_dental_plan():
    lang = ch(["en", "de", "de"])
    country = ch(["GB", "NZ", "AU"]) if lang == "en" else "DE"
    p, dr = person_for(country), person_for(country)
    if lang == "de":
        return "dental_treatment_plan", "de", [
            "Heil- und Kostenplan\n\nPatient/in: ", nm(p, "rev"), ", geb. ", dob("de", "dmy.", y0=1950, y1=2005), "\nVersichertennummer: ", gid("de_kvnr"),
            "\nBehandler/in: Dr. ", nm(dr, "fam"), "\n\nZahn 16: Vollkeramikkrone\nZahn 36: Wurzelkanalbehandlung\nGeschätzter Eigenanteil: ", amt(country),
            "\n\nPraxis: ", ad("DE"), " · Tel. ", ph("DE", "berlin" if chance(0.5) else None), "\nTermine bitte telefonisch vereinbaren."]
    return "dental_treatment_plan", "en", [
        "Treatment plan for ", nm(p), " (DOB ", dob("en", ch(["dmy/", "abbr "]), y0=1950, y1=2010), ")\nDentist: Dr ", nm(dr, "fam"), ch([["\nCard on file: ", cd()], "", ""]), "\n\nUR6 (16)  porcelain crown     ",
        amt(country), "\nLL6 (36)  root canal          ", amt(country), "\nHygienist visit x2\n\nPlease call ", ph(country), " to book. ", ch(["Harbour Dental", "Kowhai Smiles", "Priory Dental Care"]),
        ", ", ad(country)]


@tpl(10)
def t_sick_note():
    lang = ch(["de", "fr", "en"])
    if lang == "de":
        p, dr = person_for("DE"), person_for("DE")
        return "sick_note", "de", [
            "Arbeitsunfähigkeitsbescheinigung (Ausfertigung zur Vorlage beim Arbeitgeber)\n\nName, Vorname des Versicherten: ", nm(p, "rev"), "\ngeb. am ", dob("de", "dmy.", y0=1955, y1=2005),
            "\nVersicherten-Nr.: ", gid("de_kvnr"), "\narbeitsunfähig seit: ", N(anydate(2025, 2025).fmt("dmy."), "date"), "\nvoraussichtlich arbeitsunfähig bis einschließlich: ",
            N(anydate(2025, 2025).fmt("dmy."), "date"), "\nfestgestellt am: ", N(anydate(2025, 2025).fmt("dmy."), "date"), "\n\nPraxis Dr. med. ", nm(dr), ", ", ad("DE"), ", Tel. ", ph("DE")]
    if lang == "fr":
        p, dr = person_for("FR"), person_for("FR")
        dt = D(1955, 2005)
        return "sick_note", "fr", [
            "Avis d'arrêt de travail\n\nAssuré(e) : ", nm(p, "FAMgiven"), "\nN° d'immatriculation : ", gid("fr_nir", p, dt), "\nDate de naissance : ", dob("fr", "dmy/", dt),
            "\nAdresse : ", ad("FR"), "\nArrêt du ", N(anydate(2025, 2025).fmt("dmy/"), "date"), " au ", N(anydate(2025, 2025).fmt("dmy/"), "date"), " inclus\nSorties autorisées : oui, de 10h à 12h\n\nMédecin : Dr ",
            nm(dr), ", ", ph("FR", "fixed")]
    p, dr = person_for("GB"), person_for("GB")
    return "sick_note", "en", [
        "Statement of Fitness for Work\n\nPatient's name: ", nm(p), "\nDate of birth: ", dob("en", "dmy/", y0=1955, y1=2005), "\nNHS number: ", gid("nhs"), "\nI assessed your case on: ",
        neg("date"), "\nand, because of the following condition(s): ", ch(["low back pain", "post-viral fatigue", "fractured wrist"]), "\nI advise you that you are not fit for work.\n\nDoctor: Dr ",
        nm(dr, "init"), ", ", ch(["Priory Surgery", "Moor Lane Medical Centre"]), ", ", ph("GB", "fixed")]


@tpl(5)
def t_alumni_directory():
    country = ch(["US", "PH", "ZA", "NZ", "GB", "IN"])
    ents = []
    for i in range(R.randint(2, 3)):
        p, sp = person_for(country), person_for(country)
        maiden = P(p.cult)
        ent = [nm(p)]
        if p.g == "f" and chance(0.5) and not p.mono:
            ent += [" (née ", nm(maiden, "fam"), ")"]
        ent += [" — lives in ", place(country), ", ", ch(["teaches chemistry", "runs a bakery", "works in logistics", "is a nurse"]), ". Married to ", nm(sp, "given"), ".\n   ",
                em(p), [" · ", ph(country)] if chance(0.6) else "", "\n\n"]
        ents.append(ent)
    return "alumni_directory", "en", ["Class of ", str(R.randint(1995, 2012)), " — alumni directory (", ch(["St. Brigid's High", "Rizal High School", "Hillcrest College"]), ")\n\n", ents]


@tpl(6)
def t_petition_export():
    country = ch(["GB", "NZ", "IE", "AU", "ZA"])
    rows = []
    for i in range(R.randint(2, 4)):
        p = person_for(country)
        first = L("person", p.given, sub=p.cult)
        last = L("person", p.famfull(), sub=p.cult) if not p.mono else None
        rows.append([neg("timestamp"), ",", first, ",", last if last else "", ",", em(p), ",", N(ch(["Hexham", "Whitby", "Nelson", "Napier", "Durban", "Galway", "Ballarat"]), "place"),
                     ",\"", ch(["Save the library!", "Our kids need this bus route", "", "Keep the pool open"]), "\"\n"])
    return "petition_export", "en", [ch(["Export from the petition site, can you dedupe it?\n\n", ""]), "signed_at,first_name,last_name,email,town,comment\n", rows]


@tpl(6)
def t_lost_baggage():
    home = ch(["NZ", "ZA", "IE", "GB", "PH", "KE", "FI", "CZ", "IS", "TH"])
    here = ch(["NZ", "ZA", "IE", "GB", "PH", "KE"])
    p = P("th") if home == "TH" else person_for(home)
    acc = home if home in ADDR else "NZ"
    return "lost_baggage_report", "en", [
        "PROPERTY IRREGULARITY REPORT\nFile reference: ", N(ch(["AKL", "JNB", "DUB", "MNL", "NBO"]) + ch(["NZ", "SA", "EI", "PR", "KQ"]) + digits(R, 5), "file_ref"), "\n\nName: ",
        nm(p, "airline"), " ", ch(["MR", "MRS", "MS"]), "\nBag tag: ", N("%s %s" % (ch(["NZ", "SA", "EI", "PR"]), digits(R, 6)), "bag_tag"), "\nFlight/date: ",
        N("%s%d/%02d%s" % (ch(["NZ", "SA", "EI", "PR"]), R.randint(1, 999), R.randint(1, 28), ch(MON).upper()), "flight"), "\nBag: black hard-shell, orange strap\n\nPermanent address: ",
        ad(acc), "\nTemporary address (until ", neg("date"), "): ", ad(ch(ADDR_COUNTRIES)), "\nPhone: ", ph(here, plan=home) if home != here else ph(home, style="intl"), "\nEmail: ", em(p)]


@tpl(5)
def t_dog_licence():
    country = ch(["NZ", "NZ", "GB", "IE"])
    p = person_for(country)
    return "dog_registration", "en", [
        "Dog registration 2025/26\n\nOwner: ", nm(p), "\nOwner date of birth (must be 16+): ", dob("en", "dmy/", y0=1950, y1=2005), "\nAddress: ", ad(country), "\nPhone: ", ph(country),
        "\nEmail: ", em(p), "\n\nDog name: ", N(ch(PETS), "pet_name"), "\nBreed: ", ch(["Huntaway", "Border collie x", "Staffy", "Labrador"]), "\nMicrochip: ",
        N(" ".join([digits(R, 3), digits(R, 3), digits(R, 3), digits(R, 3), digits(R, 3)]), "microchip"), "\nDesexed: ", ch(["Yes", "No"]), "\nFee: ", amt(country)]


@tpl(6)
def t_mpesa_sms():
    lang = ch(["en", "sw", "sw"])
    msgs = []
    for i in range(R.randint(2, 4)):
        p = P("ke")
        code = N(rnd(R, string.ascii_uppercase + string.digits, 10), "mpesa_code")
        amt = "Ksh%s,%03d.00" % (R.randint(1, 9), R.randint(0, 999))
        dt = "%d/%d/25" % (R.randint(1, 28), R.randint(1, 12))
        k = R.random() * (0.75 if i == 0 else 1)
        if lang == "en":
            if k < 0.45:
                msgs.append([code, " Confirmed. ", amt, " sent to ", nm(p, "caps"), " ", ph("KE", "mobile", "nat"), " on ", dt, " at ", "%d:%02d PM" % (R.randint(1, 11), R.randint(0, 59)),
                             ". New M-PESA balance is Ksh", str(R.randint(100, 9999)), ".00. Transaction cost, Ksh23.00.\n\n"])
            elif k < 0.8:
                msgs.append([code, " Confirmed. You have received ", amt, " from ", nm(p, "caps"), " ", ph("KE", "mobile", "nat"), " on ", dt, " at ", "%d:%02d AM" % (R.randint(1, 11), R.randint(0, 59)),
                             ". New M-PESA balance is Ksh", str(R.randint(100, 9999)), ".00.\n\n"])
            else:
                msgs.append([code, " Confirmed. ", amt, " sent to KPLC PREPAID for account ", N(digits(R, 11), "account_no"), " on ", dt, ". Paybill ", N("888880", "paybill"), ".\n\n"])
        else:
            if k < 0.6:
                msgs.append([code, " Imethibitishwa. Umetuma ", amt, " kwa ", nm(p, "caps"), " ", ph("KE", "mobile", "nat"), " tarehe ", dt, ". Salio lako jipya la M-PESA ni Ksh", str(R.randint(100, 9999)), ".00.\n\n"])
            else:
                msgs.append([code, " Imethibitishwa. Umepokea ", amt, " kutoka kwa ", nm(p, "caps"), " ", ph("KE", "mobile", "nat"), " tarehe ", dt, ".\n\n"])
    return "mpesa_sms", lang, [ch(["Can you put these M-Pesa messages in a table (date, name, amount)?\n\n", "Tafadhali panga hizi kwenye jedwali:\n\n" if lang == "sw" else "", ""]), msgs]


@tpl(5)
def t_gcash_receipt():
    lang = ch(["en", "tl", "tl"])
    p = P("ph")
    ref = N("%s %s %s" % (digits(R, 4), digits(R, 3), digits(R, 6)), "reference")
    amt = "PHP %s,%03d.00" % (R.randint(1, 9), R.randint(0, 999))
    if lang == "en":
        return "gcash_receipt", "en", [
            "You have sent ", amt, " of GCash to ", nm(p, "short"), " with account ending in ", N(digits(R, 4), "last4"), " on ", neg("date"), ". Your new balance is PHP ",
            str(R.randint(10, 9999)), ".00. Ref. No. ", ref, ".\n\nExpress Send\nSent to: ", nm(p, "short"), "\nMobile No.: ", ph("PH", "mobile", ch(["nat", "intl"])), "\nMessage: ",
            ch(["bayad sa utang hehe", "for the cake", "pang-tuition"])]
    return "gcash_receipt", "tl", [
        "Nagpadala ka ng ", amt, " kay ", nm(p, "short"), " (", ph("PH", "mobile", "nat"), ") noong ", neg("date"), ". Ref. No. ", ref, ".\n\nPaki-check po kung pumasok na, ", "kuya " if p.g == "m" else "ate ",
        nm(p, "given"), ". Salamat!"]


@tpl(5)
def t_vendor_contract():
    lang = ch(["en", "pt", "es", "pt", "es"])
    country = {"en": ch(["NZ", "ZA", "GB", "IE"]), "pt": "BR", "es": ch(["MX", "AR"])}[lang]
    ph_, c1, c2 = person_for(country), person_for(country), person_for(country)
    pay = ib("GB") if country == "GB" else (ib("IE") if country == "IE" else cd())
    if lang == "en":
        return "vendor_contract", "en", [
            "WEDDING PHOTOGRAPHY AGREEMENT\n\nThis Agreement is made between ", nm(ph_), " (\"Photographer\"), ", ad(country), ", ", ph(country), ", and ", nm(c1), " & ", nm(c2),
            " (\"Client\") of\n\n", ad(country, True), "\n\nEvent date: ", neg("date"), "\nVenue: ", place(country), "\nPackage: Full day, 2 shooters, online gallery\nFee: ", amt(country),
            "\nDeposit (30%) payable to: ", pay, "\n\nClient contact: ", em(c1)]
    if lang == "pt":
        return "vendor_contract", "pt", [
            "CONTRATO DE PRESTAÇÃO DE SERVIÇOS FOTOGRÁFICOS\n\nCONTRATADA: ", nm(ph_), ", CPF ", gid("br_cpf"), ", com endereço na ", ad("BR"), ".\nCONTRATANTES: ", nm(c1), " e ", nm(c2),
            ", residentes na ", ad("BR"), ", telefone ", ph("BR"), ".\n\nData do evento: ", neg("date"), "\nValor: R$ 6.800,00, sinal de 30% via PIX ", em(ph_)]
    return "vendor_contract", "es", [
        "CONTRATO DE SERVICIOS DE FOTOGRAFÍA\n\nEntre ", nm(ph_), ", con domicilio en ", ad(country), ", y ", nm(c1), " y ", nm(c2), ", con domicilio en ", ad(country),
        ".\n\nFecha del evento: ", neg("date"), "\nAnticipo: 30 % con tarjeta ", cd(), "\nContacto: ", ph(country), " · ", em(c1)]


@tpl(6)
def t_nda_preamble():
    lang = ch(["de", "en", "nl", "cs"])
    country = {"de": "DE", "en": ch(["GB", "ZA", "NZ"]), "nl": ch(["NL", "BE"]), "cs": "CZ"}[lang]
    p, rep = person_for(country), person_for(country)
    dt = D(1960, 2000)
    if lang == "de":
        return "nda_preamble", "de", [
            "Vertraulichkeitsvereinbarung\n\nzwischen\n\n", title(p, "de"), nm(p), ", geboren am ", dob("de", ch(["dmy.", "longde"]), dt), "\n", ad("DE", True),
            "\n– nachfolgend „Empfänger“ –\n\nund\n\nder Kessler Maschinenbau GmbH, vertreten durch die Geschäftsführerin ", nm(rep), "\n– nachfolgend „Gesellschaft“ –"]
    if lang == "nl":
        return "nda_preamble", "nl", [
            "Geheimhoudingsovereenkomst\n\nDe ondergetekenden:\n\n1. ", nm(p), ", geboren op ", dob("nl", "long", dt), ", wonende te ", ad(country),
            ", hierna: „Ontvanger”;\n\n2. Zonnewijzer BV, rechtsgeldig vertegenwoordigd door ", nm(rep), ", hierna: „Onderneming”,"]
    if lang == "cs":
        return "nda_preamble", "cs", [
            "Dohoda o mlčenlivosti\n\nSmluvní strany:\n\n", nm(p), ", nar. ", dob("cs", ch(["dmy. ", "long."]), dt), ", r. č. ", gid("cz_rc", p, dt), ", bytem ", ad("CZ"), " (dále jen „Příjemce“)\n\na\n\nVltava Labs s.r.o., zastoupená jednatelem ",
            nm(rep), " (dále jen „Společnost“)"]
    return "nda_preamble", "en", [
        "NON-DISCLOSURE AGREEMENT\n\nThis Agreement is made on ", neg("date"), " between:\n\n(1) ", nm(p), ", born ", dob("en", "long", dt), ", of ", ad(country), " (the \"Recipient\"); and\n\n(2) Kotare Analytics Ltd, represented by its director ",
        nm(rep), " (the \"Company\")."]


@tpl(7)
def t_gedcom():
    cult = ch(["gd", "cy", "is", "fi", "no", "cs", "en"])
    country = {"gd": "GB", "cy": "GB", "is": "IS", "fi": "FI", "no": "NO", "cs": "CZ", "en": "GB"}[cult]
    me, fa, mo = P(cult), P(cult), P(cult)
    fa.g, mo.g = "m", "f"
    fa.given = ch(NAMES[cult][0])
    mo.given = ch(NAMES[cult][1])
    if cult not in ("is",):
        me.sur = fa.sur if not (cult == "cs" and me.g == "f") else me.sur
    dplace = {"gd": "Stornoway, Isle of Lewis, Scotland", "cy": "Aberystwyth, Ceredigion, Wales", "is": "Akureyri, Iceland", "fi": "Kuopio, Finland",
              "no": "Tromsø, Norway", "cs": "Olomouc, Czechia", "en": "Whitby, Yorkshire, England"}[cult]

    def indi(i, p, born, died=False, resi=False):
        out = ["0 @I%d@ INDI\n1 NAME " % i, nm(p, "gedcom"), "\n2 GIVN ", nm(p, "given")]
        if not p.mono and cult != "is":
            out += ["\n2 SURN ", nm(p, "famfull")]
        out += ["\n1 SEX ", "M" if p.g == "m" else "F", "\n1 BIRT\n2 DATE ", dob("en", "gedcom", born), "\n2 PLAC ", N(dplace, "place")]
        if died:
            out += ["\n1 DEAT\n2 DATE ", N(D(2000, 2024).fmt("gedcom"), "date")]
        if resi:
            out += ["\n1 RESI\n2 ADDR ", ad(country), "\n1 EMAIL ", em(p), "\n1 PHON ", ph(country)]
        return out + ["\n"]
    return "gedcom", "en", [
        "0 HEAD\n1 SOUR ", ch(["Ancestry.com Family Trees", "MyHeritage", "Gramps"]), "\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n",
        indi(1, me, D(1960, 1995), resi=True), indi(2, fa, D(1925, 1945), died=True), indi(3, mo, D(1925, 1948), died=chance(0.5)),
        "0 @F1@ FAM\n1 HUSB @I2@\n1 WIFE @I3@\n1 CHIL @I1@\n0 TRLR"]


@tpl(5)
def t_academic_transcript():
    lang = ch(["en", "fi", "is", "fi", "is"])
    country = {"en": ch(["NZ", "ZA", "IE", "GB"]), "fi": "FI", "is": "IS"}[lang]
    st, reg = person_for(country), person_for(country)
    cnames = {"fi": ["Lineaarialgebra", "Tietorakenteet", "Mikrotaloustiede", "Orgaaninen kemia"], "is": ["Línuleg algebra", "Gagnaskipan", "Örhagfræði", "Lífræn efnafræði"]}.get(
        lang, ["Linear Algebra", "Organic Chemistry", "Microeconomics", "Data Structures"] + (["Te Reo Māori I"] if country == "NZ" else []))
    courses = [[N("%s%d" % (rnd(R, string.ascii_uppercase, 4), R.randint(100, 399)), "course_code"), "  ", c_,
                "  ", ch(["A", "B+", "A-", "C+"] if lang == "en" else ["5", "4", "3", "8", "9"]), "\n"] for c_ in sample(cnames, R.randint(3, 4))]
    dtf = D(1995, 2005)
    if lang == "fi":
        return "academic_transcript", "fi", [
            "OPINTOSUORITUSOTE\n\nNimi: ", nm(st, "rev"), "\nSyntymäaika: ", dob("fi", "dmy.s", dtf), "\nHenkilötunnus: ", gid("fi_hetu", st, dtf), "\nOpiskelijanumero: ", N(str(R.randint(1000000, 9999999)), "student_id"),
            "\nKoulutusohjelma: Tietojenkäsittelytieteen kandiohjelma\n\n", courses, "\nTulostettu ", neg("date"), "\nAllekirjoitus: ", nm(reg), ", opintosihteeri"]
    if lang == "is":
        dt = D(1995, 2005)
        return "academic_transcript", "is", [
            "NÁMSFERILL\n\nNafn: ", nm(st), "\nKennitala: ", gid("is_kt", st, dt), "\nFæðingardagur: ", dob("is", "long.", dt), "\nNámsleið: BS í tölvunarfræði\n\n", courses,
            "\nÚtgefið ", neg("date"), "\n", nm(reg), ", nemendaskrá"]
    return "academic_transcript", "en", [
        "OFFICIAL ACADEMIC TRANSCRIPT\n\nStudent: ", nm(st), "\nStudent ID: ", N(str(R.randint(10000000, 99999999)), "student_id"), "\nDate of birth: ", dob("en", ch(["long", "dmy/"]), y0=1995, y1=2005),
        "\nProgramme: Bachelor of Science\n\n", courses, "\nIssued: ", neg("date"), "\nRegistrar: ", nm(reg)]


@tpl(7)
def t_rsvp_list():
    lang = ch(["en", "es", "tl", "es", "tl"])
    country = {"en": ch(["NZ", "US", "ZA", "GB", "WS"]), "es": ch(["MX", "PE", "AR"]), "tl": "PH"}[lang]
    hdr = {"en": "| Name | RSVP | Guests | Phone | Email | Notes |\n", "es": "| Nombre | Confirma | Invitados | Teléfono | Correo | Notas |\n",
           "tl": "| Pangalan | Dadalo? | Kasama | Telepono | Email | Tala |\n"}[lang]
    rows = []
    for i in range(R.randint(3, 4)):
        p = P("sm") if country == "WS" else person_for(country)
        rows.append(["| ", nm(p), " | ", ch(["Yes", "No", "Maybe"]) if lang == "en" else ch(["Sí", "No"]) if lang == "es" else ch(["Oo", "Hindi"]), " | ", str(R.randint(0, 3)), " | ",
                     ph(country) if chance(0.7) else "", " | ", em(p) if chance(0.35) else "", " | ", ch(["", "vegetarian", "kids' table", "arrives late", "sin gluten", ""]), " |\n"])
    title_ = {"en": ch(["50th birthday — RSVPs so far", "Fiafia night RSVPs", "Baby shower RSVPs"]), "es": "Confirmaciones — boda", "tl": "RSVP para sa binyag"}[lang]
    return "rsvp_list", lang, [title_, "\n\n", hdr, "|---|---|---|---|---|---|\n", rows]


def addr_jp_kanji():
    while True:
        a = addr("JP")
        if a.startswith("〒"):
            return a


STARTER = {
    "en": ("New employee details\n\nFull legal name: ", "\nPreferred name: ", "\nDate of birth: ", "\nHome address: ", "\nMobile: ", "\nPersonal email: ",
           "\nEmergency contact: ", "\nStart date: "),
    "de": ("Personalfragebogen\n\nName, Vorname: ", "\nRufname: ", "\nGeburtsdatum: ", "\nAnschrift: ", "\nMobil: ", "\nE-Mail (privat): ",
           "\nNotfallkontakt: ", "\nEintrittsdatum: "),
    "nl": ("Personeelsformulier\n\nNaam: ", "\nRoepnaam: ", "\nGeboortedatum: ", "\nAdres: ", "\nMobiel: ", "\nE-mail (privé): ",
           "\nNoodcontact: ", "\nDatum in dienst: "),
    "fi": ("Henkilötietolomake\n\nNimi: ", "\nKutsumanimi: ", "\nSyntymäaika: ", "\nOsoite: ", "\nPuhelin: ", "\nSähköposti: ",
           "\nHätäyhteyshenkilö: ", "\nAloituspäivä: "),
    "cs": ("Osobní dotazník zaměstnance\n\nJméno a příjmení: ", "\nOslovení: ", "\nDatum narození: ", "\nTrvalé bydliště: ", "\nTelefon: ", "\nE-mail: ",
           "\nKontakt v nouzi: ", "\nNástup: "),
}


@tpl(12)
def t_new_starter():
    lang = ch(["en", "de", "nl", "fi", "cs", "de"])
    country = {"en": ch(["NZ", "AU", "CA", "GB"]), "de": "DE", "nl": "NL", "fi": "FI", "cs": "CZ"}[lang]
    p, ec = person_for(country), person_for(country)
    dt = D(1960, 2005)
    S = STARTER[lang]
    f = {"en": "dmy/" if country != "CA" else "iso", "de": "dmy.", "nl": "dmy-", "fi": "dmy.s", "cs": "dmy. "}[lang]
    multi = chance(0.4)
    taxk = {"NZ": "nz_ird", "AU": "au_tfn", "CA": "ca_sin", "GB": "uk_nino", "DE": "de_steuerid", "NL": "nl_bsn", "FI": "fi_hetu", "CZ": "cz_rc"}.get(country)
    taxlab = {"NZ": "IRD number: ", "AU": "Tax file number: ", "CA": "SIN: ", "GB": "National Insurance number: ", "DE": "Steuer-ID: ", "NL": "BSN: ",
              "FI": "Henkilötunnus: ", "CZ": "Rodné číslo: "}.get(country)
    bank = {"DE": "IBAN: ", "NL": "IBAN: ", "FI": "Tilinumero (IBAN): ", "CZ": "Číslo účtu (IBAN): "}.get(country)
    ecp = ph(country, plan=ch([c for c in ["PH", "IN", "ZA", "RO", "UA", "PL", "IE", "GB"] if c in PHONES and c != country])) if chance(0.25) else ph(country)
    return "new_starter_form", lang, [
        S[0], nm(p, "full" if lang != "de" else "rev"), S[1], nm(p, "given"), S[2], dob(lang if lang != "en" else "en", f, dt), S[3].rstrip() + "\n" if multi else S[3], ad(country, multi),
        S[4], ph(country), S[5], em(p), ["\n", taxlab, gid(taxk, p, dt)] if taxk else "", ["\n", bank, ib(country)] if bank else "",
        S[6], nm(ec), " (", ch({"en": ["partner", "mother", "brother", "friend"], "de": ["Ehefrau", "Mutter", "Bruder"], "nl": ["partner", "moeder", "broer"],
                             "fi": ["puoliso", "äiti", "veli"], "cs": ["manželka", "matka", "bratr"]}[lang]), ") ", ecp,
        S[7], neg("date")]


@tpl(9)
def t_subscription_order():
    lang = ch(["en", "de", "fr", "es", "it"])
    country = {"en": ch(["GB", "IE", "NZ", "AU"]), "de": ch(["DE", "CH"]), "fr": ch(["FR", "BE"]), "es": ch(["MX", "AR"]), "it": "IT"}[lang]
    p = person_for(country) if country != "IT" else P(ch(["ro", "ng", "fr"]))
    H = {"en": ("SUBSCRIPTION ORDER — ", "Name: ", "Delivery address: ", "Email: ", "Phone: ", "Pay by card: ", "Expiry: ", "Start with issue: "),
         "de": ("ABO-BESTELLUNG — ", "Name: ", "Lieferadresse: ", "E-Mail: ", "Telefon: ", "Zahlung per Kreditkarte: ", "gültig bis: ", "Beginn mit Ausgabe: "),
         "fr": ("BULLETIN D'ABONNEMENT — ", "Nom : ", "Adresse de livraison : ", "Courriel : ", "Téléphone : ", "Carte bancaire : ", "Expire fin : ", "À partir du numéro : "),
         "es": ("SUSCRIPCIÓN — ", "Nombre: ", "Dirección de envío: ", "Correo: ", "Teléfono: ", "Tarjeta: ", "Vence: ", "Desde el número: "),
         "it": ("MODULO DI ABBONAMENTO — ", "Nome: ", "Indirizzo di consegna: ", "Email: ", "Telefono: ", "Carta di credito: ", "Scadenza: ", "A partire dal numero: ")}[lang]
    mag = ch(["Kiwi Gardener", "Geo Epoche", "Le Petit Quotidien", "National Geographic", "Focus Storia", "Wired"])
    acc = country if country in ADDR else "DE"
    if country == "IT":
        acc = ch(["FR", "CH", "DE"])
    return "subscription_order_form", lang, [
        H[0], N(mag, "brand") if mag in ("National Geographic",) else mag, " (", amt(country), ")\n\n", H[1], nm(p), "\n", H[2], ad(acc), "\n", H[3], em(p), "\n",
        H[4], ph(country if country in PHONES else "IT"), "\n", [{"en": "Date of birth (club members): ", "de": "Geburtsdatum (für Treuebonus): ", "fr": "Date de naissance : ",
                                                                    "es": "Fecha de nacimiento: ", "it": "Data di nascita: "}[lang], dob(lang if lang != "it" else "it", "dmy/" if lang != "de" else "dmy."), "\n"] if chance(0.4) else "", H[5], cd(), "   ", H[6], N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "expiry"), "   CVC: ",
        N("%03d" % R.randint(0, 999), "cvc"), "\n", H[7], neg("date"), ["\nTracking: ", neg("tracking")] if chance(0.4) else ""]


# ======== clean records (no personal data; hard negatives only)

@tpl(8, clean=True)
def c_recipe():
    lang = ch(["en", "it", "id", "it", "id"])
    if lang == "en":
        return "recipe_post", "en", [
            ch(["Classic ", "Easy ", "Grandma-style "]), N("Pavlova", "dish"), "\nServes 6 · Prep 20 min · Bake 45 min at 180 °C (160 °C fan)\n\nIngredients\n- 4 egg whites\n- 250 g caster sugar\n- 1 tsp vinegar\n- 300 ml cream\n\nMethod\n1. Whisk the whites to stiff peaks.\n2. Add sugar a spoon at a time.\n\nAdapted from ",
            N(ch(["Edmonds Cookery Book", "Mrs Beeton's Book of Household Management", "Delia's Complete Cookery Course"]), "work"), " (", neg("isbn"), "). Pairs well with ", neg("dish"), "."]
    if lang == "it":
        return "recipe_post", "it", ["Pizza ", N("Margherita", "dish"), " in teglia\nPer 4 persone · Lievitazione 24 h\n\nIngredienti: 500 g farina 0, 350 ml acqua, 10 g sale, 3 g lievito.\nForno a 250 °C per 15 minuti.\n\nVariante: con ", neg("dish"), "."]
    return "recipe_post", "id", ["Resep ", N("Nasi Goreng", "dish"), " Kampung\nUntuk 2 porsi · 15 menit\n\nBahan: 2 piring nasi, 3 siung bawang putih, 1 sdm kecap manis, 2 butir telur.\nHarga bahan sekitar ", N("Rp 25.000", "amount"), "."]


@tpl(6, clean=True)
def c_nginx():
    return "nginx_auth_conf", "en", [
        "server {\n    listen 80;\n    server_name _;\n    location /metrics {\n        allow ", neg("private_ip"), ";\n        allow 127.0.0.1;\n        deny all;\n        auth_basic \"metrics\";\n        auth_basic_user_file /etc/nginx/.htpasswd;\n        proxy_set_header Authorization $http_authorization;\n        proxy_pass http://",
        neg("private_ip"), ":9100;\n    }\n}\n# credentials live in Vault: ", neg("placeholder")]


@tpl(5, clean=True)
def c_systemd():
    return "systemd_unit", "en", [
        "[Unit]\nDescription=Tile renderer ", neg("version"), "\n\n[Service]\nUser=tiles\nEnvironmentFile=/etc/tiles/env\nEnvironment=NODE_ENV=production\nEnvironment=PORT=8080\nEnvironment=DATABASE_URL=${DATABASE_URL}\nExecStart=/usr/bin/node /opt/tiles/main.js\nRestart=always\n\n[Install]\nWantedBy=multi-user.target"]


@tpl(5, clean=True)
def c_package_json():
    return "package_json", "en", [
        "{\n  \"name\": \"@kotare/date-utils\",\n  \"version\": \"", neg("version"), "\",\n  \"private\": true,\n  \"dependencies\": {\n    \"@babel/runtime\": \"^7.24.0\",\n    \"date-fns\": \"3.6.0\"\n  },\n  \"packages\": {\n    \"node_modules/date-fns\": {\n      \"integrity\": \"sha512-",
        N(b64s(bytes(R.randrange(256) for _ in range(64))), "integrity"), "\"\n    }\n  }\n}"]


@tpl(6, clean=True)
def c_apache():
    lines = []
    for i in range(R.randint(3, 5)):
        lines.append([neg("private_ip"), " - - [%02d/%s/2025:%02d:%02d:%02d +0000] \"GET %s HTTP/1.1\" 200 %d \"-\" \"%s\"\n" % (
            R.randint(1, 28), ch(MON), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), ch(["/healthz", "/metrics", "/static/app.css", "/api/v2/status"]), R.randint(10, 9000),
            ch(["kube-probe/1.29", "Prometheus/2.51.0", "ELB-HealthChecker/2.0"]))])
    return "apache_access_log", "en", [lines]


@tpl(5, clean=True)
def c_wireguard():
    return "wireguard_conf", "en", ["[Interface]\nPrivateKey = ", neg("placeholder"), "\nAddress = ", N("10.66.0.1/24", "private_ip"), "\nListenPort = 51820\n\n[Peer]\n# laptop\nPublicKey = ", neg("wg_pubkey"),
                                    "\nAllowedIPs = ", N("10.66.0.2/32", "private_ip"), "\n\n[Peer]\n# phone\nPublicKey = ", neg("wg_pubkey"), "\nAllowedIPs = ", N("10.66.0.3/32", "private_ip")]


@tpl(5, clean=True)
def c_zoom():
    mid = neg("meeting_id")
    return "zoom_invite", "en", ["Kotare Ops is inviting you to a scheduled Zoom meeting.\n\nTopic: Weekly stand-up (", neg("room"), ")\nTime: Every week on Mon, 09:30 AM Auckland, Wellington\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/",
                                 N(re.sub(r"\D", "", mid.text), "meeting_id"), "\n\nMeeting ID: ", mid, "\n\nAgenda: release ", neg("version"), ", on-call handover."]


@tpl(5, clean=True)
def c_race_results():
    rows = [[str(i + 1), ",", N(ch(["Hillary Harriers", "Comrades Striders", "Paavo Nurmi Juniors", "Zátopek Runners", "Kipchoge Trail Club"]), "club"), ",",
             "%d:%02d:%02d" % (R.randint(1, 3), R.randint(0, 59), R.randint(0, 59)), ",", str(R.randint(3, 12)), "\n"] for i in range(R.randint(3, 6))]
    return "race_entry_list", "en", ["Team results — ", ch(["Round the Bays", "Two Oceans relay", "Helsinki City Run"]), " ", neg("date"), "\nPlace,Team,Time,Finishers\n", rows]


@tpl(4, clean=True)
def c_exim_summary():
    rows = ["%5d %7s %6s %6s  %s\n" % (R.randint(1, 40), "%dKB" % R.randint(2, 900), "%dh" % R.randint(1, 40), "%dm" % R.randint(1, 59), d)
            for d in sample(["gmail.com", "xtra.co.nz", "yahoo.co.jp", "seznam.cz", "outlook.com", "mweb.co.za"], 4)]
    return "exim_mainlog", "en", ["# exim -bp | exiqsumm\n\nCount  Volume  Oldest  Newest  Domain\n-----  ------  ------  ------  ------\n\n", rows, "---------------------------------------------------------------\n"]


@tpl(5, clean=True)
def c_psql_products():
    rows = [[" ", N(uuid4(), "uuid"), " | ", neg("sku"), " | ", ch(["Kauri desk lamp", "Merino throw", "Pōhutukawa print"]), " | ", "%d.%02d" % (R.randint(9, 400), R.randint(0, 99)), "\n"] for _ in range(R.randint(2, 4))]
    return "psql_expanded", "en", ["shop=> SELECT id, sku, name, price FROM products LIMIT 3;\n                  id                  |      sku       |      name        | price\n--------------------------------------+----------------+------------------+-------\n", rows, "(%d rows)" % len(rows)]


@tpl(4, clean=True)
def c_cloudtrail():
    return "cloudtrail_event", "en", [
        "{\n  \"eventVersion\": \"1.09\",\n  \"userIdentity\": {\n    \"type\": \"AWSService\",\n    \"invokedBy\": \"cloudformation.amazonaws.com\"\n  },\n  \"eventTime\": \"", neg("timestamp"),
        "\",\n  \"eventSource\": \"iam.amazonaws.com\",\n  \"eventName\": \"CreateRole\",\n  \"sourceIPAddress\": \"cloudformation.amazonaws.com\",\n  \"requestParameters\": {\n    \"roleName\": \"",
        N("arn:aws:iam::%s:role/lambda-exec" % digits(R, 12), "arn"), "\"\n  },\n  \"eventID\": \"", neg("uuid"), "\"\n}"]


@tpl(4, clean=True)
def c_kubeconfig():
    return "kubeconfig", "en", [
        "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://", N(rnd(R, HEX.upper(), 32), "hex_id"), ".gr7.ap-southeast-2.eks.amazonaws.com\n  name: prod\nusers:\n- name: prod\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [\"eks\", \"get-token\", \"--cluster-name\", \"prod\"]\n"]


@tpl(4, clean=True)
def c_expense_policy():
    cc = ch(["GB", "IE", "NZ", "ZA", "US"])
    return "expense_report", "en", ["Expense policy (summary)\n\n- Meals: up to ", amt(cc), " per day\n- Hotels: up to ", amt(cc), " per night\n- Cards: only the corporate card ", neg("masked_card"),
                                    " may be used\n- Submit by the 5th of the following month. Receipts older than ", neg("date"), " are rejected."]


@tpl(4, clean=True)
def c_mt103_spec():
    return "swift_mt103", "en", ["Field :59: Beneficiary Customer\nFormat: [/34x] 4*35x (account, then name and address)\nExample (invalid check digits, do not use): /", neg("iban_bad"),
                                 "\nField :70: Remittance Information, e.g. ", neg("invoice"), "\nField :71A: OUR / SHA / BEN"]


@tpl(30, clean=True)
def c_nameword():
    lang = ch(sorted(NAMEWORD))
    return "notes", lang, ["\n".join(sample(NAMEWORD[lang], min(2, len(NAMEWORD[lang])))), ch(["", "\n" + ch(NAMEWORD["en"])])]


@tpl(5, clean=True)
def c_reading_list():
    ws = sample(NEG_WORKS, 4)
    return "reading_list", "en", ["Book club — next four months\n"] + [["- ", N(w, "work"), " (", neg("isbn"), ")\n"] for w in ws]


@tpl(5, clean=True)
def c_timetable():
    stops = sample(["Queen Street", "Victoria Park", "Britomart", "Karangahape Rd", "Mount Eden Village", "Alexandra Park", "Wellesley St"], 4)
    rows = [[N(s, "place"), "  ", "  ".join("%02d:%02d" % (R.randint(6, 22), R.randint(0, 59)) for _ in range(3)), "\n"] for s in stops]
    return "timetable", "en", ["Route ", str(R.randint(10, 99)), ch(["X", "", "N"]), " — weekday timetable from ", neg("date"), "\n\n", rows]


@tpl(6, clean=True)
def c_traceback():
    return "traceback", "en", [ch(["why does this fail?\n\n", ""]), "Traceback (most recent call last):\n  File \"/usr/lib/python3.11/site-packages/celery/app/trace.py\", line 477, in trace_task\n    R = retval = fun(*args, **kwargs)\n  File \"/srv/app/tasks.py\", line 42, in sync_orders\n    order = Order.objects.get(pk=",
                               N(str(R.randint(10000, 99999)), "order"), ")\ndjango.core.exceptions.ObjectDoesNotExist: Order matching query does not exist.\ntask_id=", neg("uuid"), " celery ", neg("version")]


@tpl(4, clean=True)
def c_clinic_faq():
    cc = ch(["NZ", "AU", "GB"])
    return "dental_treatment_plan", "en", ["Frequently asked questions\n\nOpening hours: Mon–Fri 8:00–17:30, Sat 9:00–12:00.\nCheck-up and clean: ", amt(cc), "\nAfter hours: call ", neg("emergency"),
                                           " in an emergency.", ["\nWe accept ", N("Southern Cross", "brand"), " and ", N("nib", "brand"), " cards."] if cc != "GB" else ""]


@tpl(4, clean=True)
def c_mpesa_promo():
    return "mpesa_sms", "en", ["Pay your KPLC bill via Lipa na M-PESA Paybill ", N("888880", "paybill"), " and get 10% bonus Bonga Points. Dial ", N("*334#", "ussd"),
                               " for more. To opt out SMS STOP to ", N("456", "shortcode"), ". Ref ", N(rnd(R, string.ascii_uppercase + string.digits, 10), "mpesa_code")]


@tpl(4, clean=True)
def c_shasums():
    files = ["kotare-%s-linux-amd64.tar.gz", "kotare-%s-darwin-arm64.tar.gz", "kotare-%s-windows-amd64.zip"]
    v = "%d.%d.%d" % (R.randint(1, 4), R.randint(0, 20), R.randint(0, 9))
    return "sha256sums", "en", ["# SHA256SUMS for v", N(v, "version"), "\n"] + [[N(rnd(R, HEX, 64), "sha"), "  ", f % v, "\n"] for f in files]


@tpl(4, clean=True)
def c_fixtures():
    teams = sample(["Hurricanes", "Chiefs", "Crusaders", "Stormers", "Bulls", "Brumbies", "Drua", "Moana Pasifika"], 4)
    return "fixtures", "en", ["Round ", str(R.randint(1, 15)), " fixtures\n", teams[0], " v ", teams[1], " — Sky Stadium, ", neg("date"), "\n", teams[2], " v ", teams[3], " — ",
                              N(ch(["Ellis Park", "Loftus Versfeld", "Eden Park"]), "place"), ", ", neg("date")]


@tpl(4, clean=True)
def c_git_oneline():
    rows = [[N(rnd(R, HEX, 7), "sha"), " ", ch(["fix: handle empty config", "chore(deps): bump date-fns to 3.6.0", "feat: add Māori locale", "docs: update README", "refactor: split parser"]), "\n"] for _ in range(R.randint(3, 6))]
    return "git_log", "en", ["$ git log --oneline ", neg("version"), "..HEAD\n", rows]


@tpl(5, clean=True)
def c_jenkinsfile():
    return "jenkinsfile", "en", ["pipeline {\n  agent any\n  stages {\n    stage('Publish') {\n      steps {\n        withCredentials([string(credentialsId: 'github-token', variable: 'GH_TOKEN'),\n                         usernamePassword(credentialsId: 'nexus-deploy', usernameVariable: 'NX_USER', passwordVariable: 'NX_PASS')]) {\n          sh 'curl -u \"$NX_USER:$NX_PASS\" --upload-file dist/app.tgz https://nexus.kotare.dev/repository/raw/'\n        }\n      }\n    }\n  }\n}"]


@tpl(4, clean=True)
def c_docker_config():
    return "docker_config_json", "en", ["{\n  \"auths\": {\n    \"ghcr.io\": {},\n    \"https://index.docker.io/v1/\": {}\n  },\n  \"credsStore\": \"desktop\",\n  \"currentContext\": \"desktop-linux\"\n}"]


@tpl(4, clean=True)
def c_pypirc():
    return "pypirc", "en", ["[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\n# password comes from the keyring: keyring set https://upload.pypi.org/legacy/ __token__\n# or TWINE_PASSWORD=", neg("placeholder")]


@tpl(4, clean=True)
def c_rails_creds():
    return "rails_credentials", "en", ["# config/credentials.yml.enc is encrypted; in CI we use ENV instead:\nsecret_key_base: <%= ENV['SECRET_KEY_BASE'] %>\nstripe:\n  publishable_key: ", N("pk_test_" + rnd(R, ALNUM, 24), "publishable_key"),
                                       "\n  secret_key: <%= ENV['STRIPE_SECRET_KEY'] %>\n"]


@tpl(4, clean=True)
def c_codeowners():
    return "codeowners", "en", ["# CODEOWNERS\n*                 @kotare-oss/maintainers\n/docs/            @kotare-oss/docs\n/drivers/iio/     @kotare-oss/sensors\n*.yaml            @kotare-oss/infra\n"]


@tpl(15, clean=True)
def c_blank_form():
    lang = ch(["en", "de", "fr", "es", "ro", "cs"])
    f = {"en": "Full name: ____________________\nDate of birth: __/__/____\nPhone: (___) ___-____\nEmail: ______@______\nSignature: ____________  Date: ",
         "de": "Name, Vorname: ____________________\nGeburtsdatum: TT.MM.JJJJ\nTelefon: ____________\nE-Mail: ____________\nUnterschrift: ____________  Datum: ",
         "fr": "Nom, prénom : ____________________\nDate de naissance : JJ/MM/AAAA\nTéléphone : __ __ __ __ __\nCourriel : ____________\nSignature : ____________  Date : ",
         "es": "Nombre y apellidos: ____________________\nFecha de nacimiento: DD/MM/AAAA\nTeléfono: ___ ___ ___\nCorreo: ____________\nFirma: ____________  Fecha: ",
         "ro": "Nume și prenume: ____________________\nCNP: _____________\nData nașterii: ZZ.LL.AAAA\nTelefon: 07__ ___ ___\nSemnătura: ____________  Data: ",
         "cs": "Jméno a příjmení: ____________________\nRodné číslo: ______/____\nDatum narození: DD. MM. RRRR\nTelefon: +420 ___ ___ ___\nPodpis: ____________  Datum: "}[lang]
    return "blank_form", lang, [f, neg("date"), "\n(", {"en": "form version", "de": "Formular", "fr": "formulaire", "es": "versión", "ro": "versiune", "cs": "verze"}[lang], " ", neg("version"), ")"]


@tpl(4, clean=True)
def c_iis_clean():
    lines = [["2025-%02d-%02d %02d:%02d:%02d " % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), neg("private_ip"),
              " GET /health - 443 - ", neg("private_ip"), " AlwaysOn-Probe/1.0 - 200 0 0 ", str(R.randint(1, 30)), "\n"] for _ in range(R.randint(2, 4))]
    return "iis_w3c_log", "en", ["#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken\n", lines]


@tpl(4, clean=True)
def c_ufw_clean():
    return "ufw_log", "en", ["$ sudo ufw status verbose\nStatus: active\nDefault: deny (incoming), allow (outgoing)\n\nTo                         Action      From\n--                         ------      ----\n22/tcp                     ALLOW IN    ",
                             N(priv_ip() + "/24", "private_ip"), "\n443/tcp                    ALLOW IN    Anywhere\n51820/udp                  ALLOW IN    Anywhere\n"]


NOTICE = {
    "de": "Liebe Kundschaft,\nvom {d1} bis {d2} bleibt die Filiale wegen Umbau geschlossen. Abholungen bitte in der {room}. Bestellungen ab {amt} versandkostenfrei.",
    "fr": "Chers clients,\nle magasin sera fermé du {d1} au {d2} pour travaux. Retraits en {room}. Livraison offerte dès {amt}.",
    "es": "Estimados clientes:\nla tienda permanecerá cerrada del {d1} al {d2} por obras. Recogidas en la {room}. Envío gratis desde {amt}.",
    "pt": "Caros clientes,\na loja estará fechada de {d1} a {d2} para obras. Retiradas na {room}. Frete grátis acima de {amt}.",
    "it": "Gentili clienti,\nil negozio resterà chiuso dal {d1} al {d2} per lavori. Ritiri presso la {room}. Spedizione gratuita da {amt}.",
    "nl": "Beste klanten,\nvan {d1} tot {d2} is de winkel gesloten wegens verbouwing. Afhalen in de {room}. Gratis verzending vanaf {amt}.",
    "cs": "Vážení zákazníci,\nod {d1} do {d2} bude prodejna z důvodu rekonstrukce zavřena. Výdej v místnosti {room}. Doprava zdarma od {amt}.",
    "ro": "Dragi clienți,\nmagazinul va fi închis între {d1} și {d2} pentru renovare. Ridicări din {room}. Livrare gratuită peste {amt}.",
    "fi": "Hyvät asiakkaat,\nmyymälä on suljettuna {d1}–{d2} remontin vuoksi. Noudot: {room}. Ilmainen toimitus yli {amt}.",
    "da": "Kære kunder,\nbutikken er lukket fra {d1} til {d2} på grund af ombygning. Afhentning i {room}. Gratis fragt over {amt}.",
    "no": "Kjære kunder,\nbutikken er stengt fra {d1} til {d2} på grunn av oppussing. Henting i {room}. Gratis frakt over {amt}.",
    "is": "Kæru viðskiptavinir,\nverslunin er lokuð frá {d1} til {d2} vegna breytinga. Afhending í {room}. Frí heimsending yfir {amt}.",
    "id": "Pelanggan yang terhormat,\ntoko tutup tanggal {d1} sampai {d2} karena renovasi. Pengambilan di {room}. Gratis ongkir mulai {amt}.",
    "tl": "Mahal naming mga suki,\nsarado ang tindahan mula {d1} hanggang {d2} dahil sa renovation. Pickup sa {room}. Libreng delivery simula {amt}.",
    "sw": "Wateja wapendwa,\nduka litafungwa kuanzia {d1} hadi {d2} kwa ukarabati. Kuchukua bidhaa: {room}. Usafirishaji bure kuanzia {amt}.",
    "ja": "お客様各位\n改装工事のため、{d1}から{d2}まで休業いたします。受け取りは{room}にて。{amt}以上で送料無料。",
}


@tpl(80, clean=True)
def c_notice():
    lang = ch(sorted(NOTICE))
    d1, d2 = anydate(2025, 2026), anydate(2025, 2026)
    f = {"ja": "ja", "en": "long"}.get(lang, "dmy.")
    parts = []
    txt = NOTICE[lang]
    i = 0
    for m in re.finditer(r"\{(\w+)\}", txt):
        parts.append(txt[i:m.start()])
        k = m.group(1)
        if k == "d1":
            parts.append(N(d1.fmt(f), "date"))
        elif k == "d2":
            parts.append(N(d2.fmt(f), "date"))
        elif k == "room":
            parts.append(neg("room"))
        else:
            parts.append(amt(LANG_CC[lang]))
        i = m.end()
    rest = txt[i:]
    if parts[-1].text.endswith(".") and rest.startswith("."):
        rest = rest[1:]
    parts.append(rest)
    return "shop_notice", lang, parts


# ---------------------------------------------------------------- assistant requests
ASK = {
    "en": (["Can you summarise this?", "Can you turn this into a table?", "Please tidy this up:", "Can you draft a polite reply to this?",
            "What's wrong with this?", "Convert this to JSON please.", "Check this for mistakes:", "Can you anonymise this before I share it?",
            "Extract the contact details from this:", "Translate this into Spanish, please."], ["Thanks!", "Keep it short please.", "Any ideas?"]),
    "de": (["Kannst du das zusammenfassen?", "Bitte ins Englische übersetzen:", "Was ist hier falsch?", "Mach bitte eine Tabelle daraus:"], ["Danke!"]),
    "fr": (["Traduis ce texte en anglais", "Peux-tu résumer ceci ?", "Corrige les fautes s'il te plaît :"], ["Merci !"]),
    "es": (["¿Puedes resumir esto?", "Tradúcelo al inglés, por favor:", "Pásalo a una tabla:"], ["¡Gracias!"]),
    "pt": (["Pode resumir isto?", "Traduz para inglês, por favor:", "Coloca numa tabela:"], ["Obrigado!"]),
    "it": (["Puoi riassumere questo testo?", "Traduci in inglese:"], ["Grazie!"]),
    "nl": (["Kun je dit samenvatten?", "Vertaal dit naar het Engels aub:"], ["Bedankt!"]),
    "cs": (["Můžeš to shrnout?", "Přelož to prosím do angličtiny:"], ["Díky!"]),
    "ro": (["Poți să rezumi asta?", "Tradu în engleză, te rog:"], ["Mersi!"]),
    "fi": (["Voitko tiivistää tämän?", "Käännä englanniksi:"], ["Kiitos!"]),
    "da": (["Kan du opsummere det her?", "Oversæt til engelsk, tak:"], ["Tak!"]),
    "no": (["Kan du oppsummere dette?", "Oversett til engelsk:"], ["Takk!"]),
    "is": (["Geturðu þýtt þetta á ensku?", "Geturðu tekið þetta saman?"], ["Takk!"]),
    "id": (["Tolong ringkas ini:", "Bisa terjemahkan ke bahasa Inggris?"], ["Makasih!"]),
    "tl": (["Pakisummarize naman ito:", "Paki-translate sa English:"], ["Salamat!"]),
    "sw": (["Tafadhali fupisha hii:", "Tafsiri kwa Kiingereza tafadhali:"], ["Asante!"]),
    "ja": (["これを要約してください。", "英語に翻訳してください:"], ["よろしくお願いします。"]),
    "uk": (["Можеш підсумувати це?", "Переклади англійською, будь ласка:"], ["Дякую!"]),
}
TECH_FORMS = {"jenkins_credentials_xml", "pypirc", "systemd_unit", "supervisord_conf", "nginx_auth_conf", "apache_access_log", "iis_w3c_log",
              "exim_mainlog", "raw_email_headers", "git_shortlog", "maintainers_file", "authors_file", "package_json", "debian_changelog",
              "maven_settings_xml", "docker_config_json", "kubeconfig", "rclone_conf", "redis_conf", "alertmanager_yml", "fstab_cifs",
              "wpa_supplicant_conf", "wireguard_conf", "psql_expanded", "cloudtrail_event", "passwd_gecos", "get_aduser", "jira_xml_export",
              "copy_as_fetch", "postgres_log", "ufw_log", "openvpn_status", "rails_credentials", "sha256sums", "jenkinsfile", "codeowners",
              "traceback", "git_log"}


def wrap(form, lang, parts):
    asks, tails = ASK.get(lang, ASK["en"])
    if form in TECH_FORMS:
        asks, tails = ASK["en"][0][:7] + ["Explain this config line by line.", "Is anything sensitive in here?"], ASK["en"][1]
    q = ch(asks)
    k = R.random()
    if form in TECH_FORMS and k < 0.5:
        return [q, "\n\n```\n", parts, "\n```"]
    if k < 0.75:
        return [q, "\n\n", parts]
    return [parts, "\n\n", q, " ", ch(tails)]


# ---------------------------------------------------------------- generation
# Draw weights of the labelled templates beyond their 3 fixed records, fitted
# (least squares on each template's mean label counts) so that the totals land
# near the label mix this part was asked for.
FIT_WEIGHTS = {
    "t_academic_transcript": 163, "t_alertmanager": 0, "t_allotment_list": 70, "t_alumni_directory": 0,
    "t_apache_access": 0, "t_au_pair_profile": 38, "t_authors": 0, "t_baptism_register": 114, "t_cloudtrail": 59,
    "t_copy_as_fetch": 31, "t_debian_changelog": 72, "t_dental_plan": 141, "t_docker_config": 81, "t_dog_licence": 50,
    "t_exim_log": 0, "t_expense_report": 76, "t_freelancer_timesheet": 26, "t_fstab_cifs": 69,
    "t_funeral_arrangement": 99, "t_garage_job_card": 131, "t_gcash_receipt": 95, "t_gedcom": 27, "t_get_aduser": 24,
    "t_git_shortlog": 28, "t_google_form_responses": 0, "t_hackathon": 0, "t_home_inspection": 71,
    "t_host_family_letter": 49, "t_iis_log": 16, "t_jenkins_credentials": 58, "t_jira_xml": 46, "t_kubeconfig": 59,
    "t_lost_baggage": 63, "t_lost_pet_poster": 76, "t_maintainers": 0, "t_maven_settings": 16, "t_mpesa_sms": 50,
    "t_mt103": 49, "t_nda_preamble": 133, "t_new_starter": 75, "t_nginx_auth": 13, "t_number_porting": 65,
    "t_obituary_guestbook": 77, "t_openvpn_status": 38, "t_package_json": 7, "t_passwd_gecos": 47, "t_pet_sitter": 56,
    "t_petition_export": 0, "t_phone_tree": 27, "t_postgres_log": 33, "t_psql_expanded": 99, "t_pypirc": 42,
    "t_race_entries": 84, "t_rails_credentials": 0, "t_raw_headers": 0, "t_rclone_conf": 19, "t_recipe_post": 116,
    "t_redis_conf": 56, "t_ride_receipt": 87, "t_rsvp_list": 0, "t_sick_note": 172, "t_student_housing": 49,
    "t_subscription_order": 93, "t_supervisord": 16, "t_systemd_unit": 28, "t_teams_chat": 37, "t_telegram_json": 65,
    "t_tenant_screening": 90, "t_tennis_ladder": 0, "t_ufw_log": 0, "t_vendor_contract": 105, "t_viewing_schedule": 0,
    "t_wireguard": 51, "t_wpa_supplicant": 36, "t_zoom_invite": 7,
}



def asks_already(parts):
    """True when the template already opened with a request to the assistant."""
    from corpuslib import _walk
    for p in _walk(parts):
        if isinstance(p, str) and p:
            return bool(re.match(r"[^\n]{3,160}[?:：？。]\s*\n", p)) or p.startswith(("$ ", "PS C:", "tail ", "cat ", "app=>", "shop=>"))
        if not isinstance(p, str):
            return False
    return False


def run_template(t):
    name, w, fn, clean = t
    form, lang, parts = fn()
    return form, lang, parts


def has_label(parts):
    from corpuslib import _walk
    return any(isinstance(p, L) for p in _walk(parts))


def generate():
    lab = [t for t in TEMPLATES if not t[3]]
    cln = [t for t in TEMPLATES if t[3]]
    out_l, out_c = [], []
    for t in lab:
        for _ in range(3):
            out_l.append(run_template(t))
    while len(out_l) < NREC - NCLEAN:
        t = R.choices(lab, weights=[FIT_WEIGHTS.get(x[0], x[1] * 10) for x in lab])[0]
        out_l.append(run_template(t))
    for t in cln:
        for _ in range(2):
            out_c.append(run_template(t))
    while len(out_c) < NCLEAN:
        t = R.choices(cln, weights=[x[1] for x in cln])[0]
        out_c.append(run_template(t))
    for f, l_, p in out_l:
        assert has_label(p), f
    for f, l_, p in out_c:
        assert not has_label(p), f
    allr = out_l + out_c
    R.shuffle(allr)
    recs = []
    for i, (form, lang, parts) in enumerate(allr):
        if chance(0.115) and not asks_already(parts):
            parts = wrap(form, lang, parts)
        recs.append(build("heldout-h-%05d" % i, form, lang, parts))
    return recs


# ---------------------------------------------------------------- checks

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
PUBLIC_RESOLVERS = {"1.1.1.1", "9.9.9.9", "8.8.8.8"}
NAME_STOP = {"mac", "nic", "van", "von", "de", "da", "dos", "das", "del", "ter", "ap", "ab", "te", "le", "la", "an", "dela", "den", "der"}


def outside(rec, s, e):
    return all(e <= sp["start"] or s >= sp["end"] for sp in rec["spans"])


def check(recs, use_pv=True):
    errs = []
    assert len(recs) == NREC, len(recs)
    ids = [r["id"] for r in recs]
    assert ids == ["heldout-h-%05d" % i for i in range(NREC)], "ids"
    nclean = sum(1 for r in recs if not r["spans"])
    if nclean != NCLEAN:
        errs.append("clean count %d" % nclean)
    phones = []
    for r in recs:
        try:
            check_record(r)
        except AssertionError as ex:
            errs.append("record %s: %s" % (r["id"], str(ex)[:200]))
        t = r["text"]
        for sp in r["spans"]:
            v, ty, sub = sp["value"], sp["type"], sp.get("sub")
            if ty == "card":
                d = re.sub(r"\D", "", v)
                if not (luhn_ok(d) and 12 <= len(d) <= 19):
                    errs.append("%s card %s" % (r["id"], v))
            elif ty == "iban":
                c = re.sub(r"[\s\u00a0\u202f-]", "", v).upper()
                if iban_mod97(c) != 1 or len(c) != IBAN_LEN[c[:2]]:
                    errs.append("%s iban %s" % (r["id"], v))
            elif ty == "gov_id":
                if not gov_ok(sub, v):
                    errs.append("%s gov_id %s %s" % (r["id"], sub, v))
            elif ty == "ip":
                try:
                    if not ipaddress.ip_address(v).is_global:
                        errs.append("%s ip not global %s" % (r["id"], v))
                except ValueError:
                    errs.append("%s ip %s" % (r["id"], v))
            elif ty == "email":
                if not EMAIL_RE.fullmatch(v):
                    errs.append("%s email %s" % (r["id"], v))
            elif ty == "phone":
                phones.append((v, sp["region"], sp.get("plan", sp["region"])))
            elif ty == "dob":
                if not re.search(r"\d", v):
                    errs.append("%s dob %s" % (r["id"], v))
        # look-alikes left unlabelled by mistake
        for m in EMAIL_RE.finditer(t):
            if m.group() == "git@github.com" or re.match(r"credentials@\d", m.group()):
                continue  # ssh remote and plugin@version look-alikes
            if outside(r, m.start(), m.end()):
                errs.append("%s unlabelled email %s" % (r["id"], m.group()))
        for m in IPV4_RE.finditer(t):
            if all(int(x) <= 255 for x in m.groups()) and outside(r, m.start(), m.end()):
                if t[max(0, m.start() - 1):m.start()] == "/" and t[max(0, m.start() - 2):m.start() - 1].isalpha():
                    continue  # Chrome/122.0.0.0
                if m.group() in PUBLIC_RESOLVERS:
                    continue
                if ipaddress.ip_address(m.group()).is_global:
                    errs.append("%s unlabelled public ip %s" % (r["id"], m.group()))
        toks = set()
        for sp in r["spans"]:
            if sp["type"] == "person":
                for w in re.split(r"[\s,/]+", sp["value"]):
                    w = w.strip(".")
                    if len(w) >= 3 and w.lower() not in NAME_STOP:
                        toks.add(w)
        for w in sorted(toks):
            for m in re.finditer(r"(?<![\w'])" + re.escape(w) + r"(?![\w'])", t, re.I):
                if m.group()[0].islower() and w[0].isupper():
                    continue  # "nascimento" is a word, "Nascimento" a surname
                if outside(r, m.start(), m.end()):
                    errs.append("%s unlabelled name %r" % (r["id"], t[max(0, m.start() - 30):m.end() + 30]))
    inv = None
    if use_pv:
        inv = pv_check(phones)
        if inv:
            errs += ["phone " + x for x in inv]
    return errs, len(phones), inv


def stats(recs):
    c = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records", len(recs), "clean", sum(1 for r in recs if not r["spans"]), "labels", sum(c.values()))
    print("types", dict(c.most_common()))
    forms = Counter(r["form"] for r in recs)
    print("forms", len(forms), dict(forms.most_common()))
    print("langs", dict(Counter(r["lang"] for r in recs).most_common()))
    print("cultures", len(set(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "person")),
          dict(Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "person").most_common()))
    print("person words", len(set(w for r in recs for sp in r["spans"] if sp["type"] == "person" for w in re.split(r"[\s,/]+", sp["value"]) if w)))
    print("phone plans", len(set(sp.get("plan", sp["region"]) for r in recs for sp in r["spans"] if sp["type"] == "phone")),
          dict(Counter(sp.get("plan", sp["region"]) for r in recs for sp in r["spans"] if sp["type"] == "phone").most_common()))
    print("phones in another plan", sum(1 for r in recs for sp in r["spans"] if sp["type"] == "phone" and "plan" in sp))
    print("address countries", len(set(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "address")),
          dict(Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "address").most_common()))
    print("multi-line addresses", sum(1 for r in recs for sp in r["spans"] if sp["type"] == "address" and "\n" in sp["value"]))
    for ty in ("gov_id", "secret", "dob", "card", "iban", "ip"):
        print(ty, dict(Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == ty).most_common()))
    negs = Counter(t for r in recs for t in r.get("neg", []))
    print("neg tags", len(negs), dict(negs.most_common()))


def main():
    if "--check" in sys.argv or "--stats" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            recs = [json.loads(ln) for ln in f]
        if "--stats" in sys.argv:
            stats(recs)
            return
        errs, nph, inv = check(recs)
        for e in errs[:50]:
            print("ERROR", e)
        print("%d records, %d phones (%s), %d errors" % (len(recs), nph, "libphonenumber: %d invalid" % len(inv) if inv is not None else "pv missing, not validated", len(errs)))
        sys.exit(1 if errs else 0)
    recs = generate()
    errs, nph, inv = check(recs)
    for e in errs[:80]:
        print("ERROR", e)
    if errs:
        sys.exit("not written: %d errors" % len(errs))
    write_jsonl(OUT, recs)
    print("wrote %s: %d records, %d phones (%s)" % (OUT, len(recs), nph, "libphonenumber: %d invalid" % len(inv) if inv is not None else "pv missing, not validated"))


if __name__ == "__main__":
    main()
