#!/usr/bin/python3
"""Held-out part 27 of the redaction corpus (heldout27.jsonl).

Written by a twenty-fifth helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions, the part 26 section as the model, the
theme lines of the other parts and their decisions on driving licences),
lines 1-60 of gen_heldout26.py (header and imports) and its function
`pv_check`, and, outside the repository, the source of the phone validator
/tmp/pv/pv.cc (run by hand on a few numbers, otherwise only through
`pv_check`); not the redactor, its docs, its tests, the other generators'
bodies or any .jsonl data file other than its own output. It ran no project
binary, no make, no cmake/ctest and no git command, and it did not score
this file. Started 04:31:24 UTC on 2026-12-04 (`date -u`); the end time is
in heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 26's header.

Theme: VEHICLES, DRIVING AND MOBILITY. What people paste into an AI
assistant about cars, motorbikes, bikes and getting around, from more than
20 countries and 16 languages: parking and traffic fines and their appeals
(keeper's name, address, licence or national id), speed-camera driver
nominations, European accident statements, insurance quotes and claims,
private car sale contracts and marketplace chats, registration transfers,
leasing and car-loan applications, garage invoices, roadside-assistance
chats, ride-hailing and car-sharing receipts and support chats, EV charger
app logs and configs (API keys, Wi-Fi and admin passwords, IPs),
driving-school bookings (learner's birth date), toll and vignette
accounts, bike-share accounts, residents' parking permits, fleet CSV
exports, telematics JSON. Hard negatives of the theme everywhere: plates of
25 countries, VINs (valid check digit), engine numbers, policy, claim,
fine, case and contract numbers, tyre sizes, part numbers, odometer
readings, prices, accident/registration/inspection dates, garages',
insurers', clubs' and authorities' addresses and service lines, role
mailboxes, car makes named after people, streets named after people,
documentation IPs, masked values, sample values in help texts.

Every name, street, town, garage, frame sentence, template and look-alike
here was written by hand for this part. Deterministic (seed 270924, shuffle
seed 270925).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout27.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout27.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout27.py --stats   # counts
"""
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
                       luhn_complete, iban_random, iban_mod97, IBAN_LEN, group,
                       ssn_random, dni_random, nie_random, nie_ok, DNI_LETTERS,
                       cf_make, cf_check, cpf_random, cpf_ok, pan_random,
                       aadhaar_random, verhoeff_ok, card_random, card_grouping,
                       split_groups, PLANS, MONTHS, secret_random, rnd, ALNUM,
                       digits, nz)

OUT = os.path.join(HERE, "heldout27.jsonl")
SEED, SHUFFLE_SEED = 270924, 270925
PREFIX = "heldout-aa"
N_LAB, N_CLEAN = 600, 200


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ====================================================================== names
# (given_m, given_f, surnames[, female surname map]) per country.
NAMES = {
    "US": (["Dwayne", "Tucker", "Rhett", "Colby", "Jalen", "Garrett"],
           ["Shelby", "Kaylee", "Brianna", "Marisol", "Destiny", "Lorna"],
           ["Whitfield", "Okonkwo", "Brandvold", "Castellanos", "Pruitt", "Dunaway", "Hollingsworth", "Yazzie"]),
    "GB": (["Callum", "Rhys", "Alfie", "Jago", "Ewan"],
           ["Imogen", "Poppy", "Harriet", "Tilly", "Ffion"],
           ["Thornbury", "Pennock", "Ashworth", "Gilchrist", "Blamire", "Fairclough", "Sowerby"]),
    "IE": (["Cillian", "Donnacha", "Tadhg", "Oisín"],
           ["Aoife", "Sadhbh", "Clodagh", "Gráinne"],
           ["Cusack", "Kinsella", "Mac Suibhne", "Ó Dálaigh", "Furlong"]),
    "AU": (["Lachlan", "Brodie", "Hamish"],
           ["Tahlia", "Jessamy", "Kirra"],
           ["Pettigrew", "Strachan", "McInnes", "Quartermaine"]),
    "CA": (["Mathieu", "Keegan", "Rémi"],
           ["Gabrielle", "Maude", "Sienna"],
           ["Desrosiers", "Lapointe", "Bouchard", "Kowalchuk"]),
    "IN": (["Aniket", "Harshvardhan", "Siddharth", "Prateek"],
           ["Tejal", "Kavya", "Ishita", "Mrunal"],
           ["Deshpande", "Kulkarni", "Iyengar", "Bhattacharjee", "Chaudhary"]),
    "DE": (["Torben", "Malte", "Jannik", "Henning", "Hauke"],
           ["Wiebke", "Frauke", "Svenja", "Birte", "Antje"],
           ["Brinkmann", "Oltmanns", "Hagedorn", "Kötter", "Wessendorf", "Rademacher", "Ahlers"]),
    "AT": (["Severin", "Matthias", "Lorenz"],
           ["Kathrin", "Theresa", "Magdalena"],
           ["Pichler", "Leitgeb", "Hörmann", "Zauner"]),
    "CH": (["Reto", "Urs", "Gian"],
           ["Seraina", "Nadja", "Corina"],
           ["Bühlmann", "Gasser", "Tschopp", "Zwahlen"]),
    "FR": (["Gaëtan", "Mathis", "Loïc", "Bastien"],
           ["Solène", "Maëlle", "Océane", "Gwenaëlle"],
           ["Pelletier", "Rouxel", "Le Bourhis", "Vasseur", "Chauvin", "Lemarchand"]),
    "BE": (["Wout", "Pieter-Jan", "Jelle"],
           ["Lotte", "Ine", "Fien"],
           ["Vermeulen", "Goossens", "Van Damme", "Claeys", "De Wilde"]),
    "NL": (["Joris", "Thijs", "Sjoerd", "Ruben"],
           ["Femke", "Sanne", "Marloes", "Ilse"],
           ["Kuipers", "Wijnstra", "Brouwer", "van der Wal", "Zwart", "Haverkamp"]),
    "ES": (["Iker", "Álvaro", "Unai", "Rubén"],
           ["Nerea", "Ainhoa", "Itziar", "Rocío"],
           ["Castaño", "Villalobos", "Peñalver", "Cifuentes", "Aranda", "Urquiza"]),
    "MX": (["Emiliano", "Uriel", "Santiago"],
           ["Itzel", "Citlali", "Ximena"],
           ["Zamudio", "Olvera", "Tapia", "Huerta"]),
    "PT": (["Tiago", "Duarte", "Rodrigo"],
           ["Inês", "Leonor", "Beatriz"],
           ["Quintela", "Bettencourt", "Figueira", "Sampaio"]),
    "BR": (["Caio", "Edvaldo", "Davi"],
           ["Thaís", "Jéssica", "Larissa"],
           ["Siqueira", "Brandão", "Gusmão", "Nogueira"]),
    "IT": (["Gianluca", "Ettore", "Samuele", "Nicolò"],
           ["Ilaria", "Noemi", "Arianna", "Ludovica"],
           ["Bernardi", "Zanetti", "Carbone", "Piras", "Ferraro", "Mancuso"]),
    "PL": (["Bartosz", "Kacper", "Wojciech"],
           ["Zuzanna", "Agnieszka", "Małgorzata"],
           ["Wróblewski", "Kaczmarek", "Zieliński", "Pawlak", "Sikora"]),
    "SE": (["Oskar", "Viktor", "Linus"],
           ["Elin", "Maja", "Saga"],
           ["Lindqvist", "Sjöberg", "Holmgren", "Ekström"]),
    "TR": (["Burak", "Emre", "Onur"],
           ["Zeynep", "Elif", "Büşra"],
           ["Aydın", "Kılıç", "Öztürk", "Çelik", "Karaca"]),
    "CZ": (["Jakub", "Tomáš", "Vojtěch"],
           ["Tereza", "Lucie", "Kateřina"],
           ["Dvořák", "Novotný", "Procházka", "Černý"]),
    "RU": (["Дмитрий", "Алексей", "Кирилл"],
           ["Ольга", "Наталья", "Ксения"],
           ["Смирнов", "Кузнецов", "Воробьёв", "Лебедев"]),
    "JP": (["健太", "大輔", "翔"], ["美咲", "由美", "彩"], ["佐藤", "高橋", "伊藤", "渡辺"]),
    "CN": (["建国", "晓东", "磊"], ["丽娟", "静", "雨桐"], ["李", "张", "刘", "陈"]),
    "KR": (["민준", "지훈", "현우"], ["서연", "유나", "하늘"], ["김", "이", "박", "최"]),
}
FEM = {  # gendered surnames
    "PL": lambda s: s[:-1] + "a" if s.endswith("ski") else s,
    "CZ": lambda s: {"Dvořák": "Dvořáková", "Novotný": "Novotná", "Procházka": "Procházková", "Černý": "Černá"}[s],
    "RU": lambda s: s + "а",
}
CJK = {"JP", "CN", "KR"}
PARTICLES = {"van", "der", "de", "den", "da", "das", "dos", "di", "del", "le", "la", "Van", "De", "Le", "Mac", "Ó", "Ní", "'t"}
ROMAN_KR = {"김": "KIM", "이": "LEE", "박": "PARK", "최": "CHOI", "민준": "MINJUN", "지훈": "JIHUN", "현우": "HYUNWOO",
            "서연": "SEOYEON", "유나": "YUNA", "하늘": "HANEUL"}
ROMAN_CN = {"李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "建国": "Jianguo", "晓东": "Xiaodong", "磊": "Lei",
            "丽娟": "Lijuan", "静": "Jing", "雨桐": "Yutong"}

# ====================================================================== places
# Streets and towns per country, hand-written for this part.
STREETS = {
    "US": ["Sagebrush Trl", "Larkspur Ln", "Cottonwood Ave", "Quarry Ridge Rd", "Elmhurst Dr", "Tamarack Ct"],
    "GB": ["Cowlairs Road", "Tanners Close", "Millbeck Lane", "Jubilee Crescent", "Stonegate Walk", "Ferrybridge Way"],
    "IE": ["Ballinteer Grove", "Ardee Road", "Castlepark Lawn", "Rathgar Place"],
    "AU": ["Banksia Street", "Wattle Grove", "Currawong Avenue", "Jacaranda Parade"],
    "CA": ["rue des Érables", "Maplecrest Drive", "boulevard Gouin Est", "Birchmount Road"],
    "IN": {"Navi Mumbai": ["Sector 21, Kharghar", "Palm Beach Road, Sector 15, Sanpada"], "Pune": ["Baner Road, Balewadi", "Lane 5, Koregaon Park"],
           "Bengaluru": ["2nd Cross, Indiranagar", "80 Feet Road, Koramangala 4th Block"], "Kolkata": ["Salt Lake Sector III", "Lake Gardens, Prince Anwar Shah Road"]},
    "DE": ["Heckenrosenweg", "Am Mühlenteich", "Dörnbergstraße", "Kiebitzweg", "Ziegeleistraße", "Lerchenfeld"],
    "AT": ["Brunnenfeldgasse", "Ahornweg", "Kreuzackerstraße"],
    "CH": ["Rebhaldenstrasse", "Im Brüel", "Chemin des Vignettes"],
    "FR": ["rue des Coquelicots", "impasse du Moulin-Neuf", "allée des Tilleuls", "chemin de la Garenne", "rue du Lavoir"],
    "BE": ["Kapelstraat", "Populierenlaan", "Rue des Aubépines"],
    "NL": ["Karekietstraat", "Hooiberg", "Zilverschoonlaan", "Dijkgraafsweg"],
    "ES": ["calle de los Almendros", "avenida de la Albufera", "calle Mayor de Orcasitas", "camino del Pinar"],
    "MX": ["Calle Jacarandas", "Av. Río Mixcoac", "Cerrada de Tulipanes"],
    "PT": ["Rua das Amendoeiras", "Travessa do Carril", "Rua do Alecrim"],
    "BR": ["Rua das Palmeiras", "Av. Ipiranga", "Rua Pedra Azul"],
    "IT": ["via dei Gelsi", "viale delle Rimembranze", "via Campo di Marte", "vicolo del Pozzo"],
    "PL": ["ul. Jaśminowa", "ul. Łąkowa", "os. Kalinowe", "ul. Wierzbowa"],
    "SE": ["Björkvägen", "Tallstigen", "Lärkgatan"],
    "TR": ["Lale Sokak", "Çınar Caddesi", "Menekşe Sokak"],
    "CZ": ["Na Výsluní", "Lipová", "K Rybníku"],
    "RU": ["ул. Садовая", "ул. Берёзовая", "пр-т Мира"],
}
TOWNS = {
    "US": [("Boise", "ID", "837"), ("Tulsa", "OK", "741"), ("Madison", "WI", "537"), ("Albany", "NY", "122"), ("Fresno", "CA", "937"), ("Austin", "TX", "787")],
    "GB": [("Leeds", "LS"), ("Stockport", "SK"), ("Norwich", "NR"), ("Swansea", "SA"), ("Dundee", "DD")],
    "IE": [("Dublin 16", "D16"), ("Drogheda", "A92"), ("Cork", "T12")],
    "AU": [("Ballarat", "VIC", "3350"), ("Toowoomba", "QLD", "4350"), ("Wagga Wagga", "NSW", "2650")],
    "CA": [("Laval", "QC", "H7"), ("Kitchener", "ON", "N2"), ("Montréal", "QC", "H2")],
    "IN": [("Navi Mumbai", "Maharashtra", "410210"), ("Pune", "Maharashtra", "411045"), ("Bengaluru", "Karnataka", "560038"), ("Kolkata", "West Bengal", "700091")],
    "DE": [("Oldenburg", "26122"), ("Bielefeld", "33602"), ("Kassel", "34117"), ("Lüneburg", "21335"), ("Würzburg", "97070")],
    "AT": [("Graz", "8020"), ("Wels", "4600"), ("Klagenfurt", "9020")],
    "CH": [("Winterthur", "8400"), ("Thun", "3600"), ("Nyon", "1260")],
    "FR": [("Rennes", "35000"), ("Angers", "49000"), ("Besançon", "25000"), ("Niort", "79000"), ("Quimper", "29000")],
    "BE": [("Mechelen", "2800"), ("Hasselt", "3500"), ("Namur", "5000")],
    "NL": [("Zwolle", "8011"), ("Amersfoort", "3811"), ("Leeuwarden", "8911"), ("Breda", "4811")],
    "ES": [("Valencia", "46012"), ("Zaragoza", "50009"), ("Bilbao", "48007"), ("Madrid", "28041")],
    "MX": [("Ciudad de México", "CDMX", "03910"), ("Guadalajara", "Jal.", "44600"), ("Monterrey", "N.L.", "64000")],
    "PT": [("Braga", "4710"), ("Coimbra", "3000"), ("Setúbal", "2900")],
    "BR": [("São Paulo", "SP", "04"), ("Porto Alegre", "RS", "90"), ("Belo Horizonte", "MG", "30")],
    "IT": [("Bergamo", "BG", "24121"), ("Padova", "PD", "35121"), ("Cagliari", "CA", "09121"), ("Roma", "RM", "00152")],
    "PL": [("Kraków", "30-"), ("Poznań", "60-"), ("Gdańsk", "80-"), ("Warszawa", "02-")],
    "SE": [("Uppsala", "753"), ("Västerås", "722"), ("Umeå", "903")],
    "TR": [("Kadıköy/İstanbul", "34710"), ("Çankaya/Ankara", "06690"), ("Bornova/İzmir", "35040")],
    "CZ": [("Brno", "602 00"), ("Plzeň", "301 00"), ("Praha 4", "140 00")],
    "RU": [("Москва", "117"), ("Казань", "420"), ("Екатеринбург", "620")],
}
JP_ADDR = [("156-0054", "東京都世田谷区桜丘3丁目14-7"), ("211-0025", "神奈川県川崎市中原区木月2-8-15 グリーンハイツ203"), ("560-0002", "大阪府豊中市緑丘1-22-9"),
           ("464-0841", "愛知県名古屋市千種区覚王山通5-3")]
CN_ADDR = ["北京市朝阳区望京西路21号院3号楼1单元802", "上海市闵行区莘庄镇莘松路118弄9号601室", "广东省深圳市南山区桃园路42号", "四川省成都市武侯区玉林南路7号2栋"]
KR_ADDR = ["서울특별시 마포구 성미산로 17길 23, 302호", "경기도 성남시 분당구 정자일로 95, 1104동 502호", "부산광역시 해운대구 좌동순환로 44"]


def pick(R, xs):
    return R.choice(xs)


class P:
    """A private person of a country (name parts, contacts, helpers)."""

    def __init__(self, R, cc, female=None):
        self.R, self.cc = R, cc
        gm, gf, sn = NAMES[cc]
        self.female = R.random() < 0.5 if female is None else female
        self.given = R.choice(gf if self.female else gm)
        fam = R.choice(sn)
        if self.female and cc in FEM:
            fam = FEM[cc](fam)
        self.family = fam
        if cc in ("JP", "CN"):
            self.full = fam + (" " if cc == "JP" and R.random() < 0.5 else "") + self.given
        elif cc == "KR":
            self.full = fam + self.given
        elif cc == "ES" and R.random() < 0.6:
            other = R.choice([s for s in sn if s != fam])
            self.family = fam + " " + other
            self.full = self.given + " " + self.family
        else:
            self.full = self.given + " " + fam
        self.yy, self.mm, self.dd = R.randint(1958, 2004), R.randint(1, 12), R.randint(1, 28)

    def name(self, full=True, **m):
        return L("person", self.full if full else self.given, **m)

    def email(self):
        R = self.R
        if self.cc in CJK:
            base = {"JP": ["kenta", "misaki", "daisuke", "yumi", "sho", "aya"], "CN": ["lijg", "zhanglj", "liuy88", "cxd"], "KR": ["minjun", "seoyeon", "jh.park"]}[self.cc]
            loc = R.choice(base) + str(R.randint(7, 99))
        else:
            g = strip_acc(self.given).lower().replace(" ", "").replace("-", "")
            f = strip_acc(self.family).lower().replace(" ", "").replace("'", "")
            if self.cc == "RU":
                g, f = R.choice(["dima", "alex", "kirill", "olga", "natasha", "ksu"]), R.choice(["smirn", "kuz", "vorob", "lebed"])
            loc = R.choice([g + "." + f, g + f[:1], g[:1] + f, f + "." + g, g + "_" + f + str(R.randint(1, 99)), g + f + str(R.randint(70, 99))])
        dom = {"US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"], "GB": ["gmail.com", "btinternet.com", "hotmail.co.uk"],
               "IE": ["gmail.com", "eircom.net"], "AU": ["bigpond.com", "gmail.com"], "CA": ["videotron.ca", "gmail.com"],
               "IN": ["gmail.com", "rediffmail.com"], "DE": ["web.de", "gmx.de", "t-online.de", "posteo.de"], "AT": ["gmx.at", "aon.at"],
               "CH": ["bluewin.ch", "gmx.ch"], "FR": ["orange.fr", "free.fr", "laposte.net"], "BE": ["telenet.be", "skynet.be"],
               "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "ES": ["gmail.com", "hotmail.es", "telefonica.net"], "MX": ["hotmail.com", "prodigy.net.mx"],
               "PT": ["sapo.pt", "gmail.com"], "BR": ["uol.com.br", "gmail.com", "bol.com.br"], "IT": ["libero.it", "virgilio.it", "gmail.com"],
               "PL": ["wp.pl", "o2.pl", "interia.pl"], "SE": ["telia.com", "gmail.com"], "TR": ["gmail.com", "hotmail.com"],
               "CZ": ["seznam.cz", "email.cz"], "RU": ["yandex.ru", "mail.ru"], "JP": ["docomo.ne.jp", "gmail.com", "yahoo.co.jp"],
               "CN": ["qq.com", "163.com"], "KR": ["naver.com", "daum.net"]}[self.cc]
        return L("email", loc + "@" + R.choice(dom))

    def phone(self, region=None, kind=None, plan=None):
        return phone_label(self.R, self.cc if region is None else region, kind=kind, plan=plan)

    def addr(self, multiline=False, **m):
        return L("address", address(self.R, self.cc, multiline), sub=self.cc.lower(), **m)

    def dob(self, fmt=None):
        return L("dob", date_fmt(self.R, self.cc, self.yy, self.mm, self.dd, fmt))


def strip_acc(s):
    import unicodedata
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I").replace("ø", "o").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def address(R, cc, ml=False):
    sep = "\n" if ml else ", "
    if cc in ("JP",):
        pc, a = R.choice(JP_ADDR)
        return R.choice(["〒%s %s" % (pc, a), "〒%s\n%s" % (pc, a) if ml else "%s（〒%s）" % (a, pc)])
    if cc == "CN":
        return R.choice(CN_ADDR)
    if cc == "KR":
        return "%s (%05d)" % (R.choice(KR_ADDR), R.randint(1000, 63000))
    t = R.choice(TOWNS[cc])
    st = R.choice(STREETS[cc][t[0]] if isinstance(STREETS[cc], dict) else STREETS[cc])
    n = R.randint(1, 148)
    if cc == "US":
        return "%d %s%s%s%s, %s %s%02d" % (R.randint(100, 9899), st, R.choice(["", ", Apt %d" % R.randint(2, 40)]), sep, t[0], t[1], t[2], R.randint(1, 99))
    if cc == "GB":
        pc = "%s%d %d%s" % (t[1], R.randint(1, 19), R.randint(1, 9), "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
        return "%d %s%s%s%s%s" % (n, st, sep, t[0], sep, pc)
    if cc == "IE":
        return "%d %s%s%s%s%s %s" % (n, st, sep, t[0], sep, t[1], "".join(R.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4)))
    if cc == "AU":
        return "%d %s%s%s %s %s" % (n, st, sep, t[0].upper() if R.random() < 0.5 else t[0], t[1], t[2])
    if cc == "CA":
        pc = "%s%s %d%s%d" % (t[2], R.choice("ABCEGHJKLMNPRSTVWXYZ"), R.randint(1, 9), R.choice("ABCEGHJKLMNPRSTVWXYZ"), R.randint(0, 9))
        return "%d %s%s%s (%s) %s" % (R.randint(10, 3999), st, sep, t[0], t[1], pc)
    if cc == "IN":
        return "Flat %d%02d, %s Apartments, %s%s%s, %s - %s" % (R.randint(1, 12), R.randint(1, 8), R.choice(["Gulmohar", "Sai Krupa", "Shanti Niketan", "Sunrise"]), st, sep, t[0], t[1], t[2])
    if cc in ("DE", "AT", "CH"):
        return "%s %d%s%s%s %s" % (st, n, R.choice(["", "a", ""]), sep, t[1], t[0])
    if cc == "FR":
        return "%d%s %s%s%s %s" % (n, R.choice(["", "", " bis"]), st, sep, t[1], t[0].upper() if R.random() < 0.4 else t[0])
    if cc == "BE":
        return "%s %d%s%s %s" % (st, n, sep, t[1], t[0])
    if cc == "NL":
        return "%s %d%s%s %s%s %s" % (st, n, sep, t[1], R.choice("BCDEGHJKLMNPRSTVWXZ"), R.choice("ABCDEGHJKLMNPRSTVWXZ"), sep.strip() and t[0] or t[0])
    if cc == "ES":
        return "%s, %d, %dº %s%s%s %s" % (st, n, R.randint(1, 9), R.choice("ABCD"), sep, t[1], t[0])
    if cc == "MX":
        return "%s %d, Col. %s%s%s, %s, C.P. %s" % (st, n, R.choice(["Del Valle", "Providencia", "Mitras Centro"]), sep, t[0], t[1], t[2])
    if cc == "PT":
        return "%s, %d, %dº Esq.%s%s-%03d %s" % (st, n, R.randint(1, 6), sep, t[1], R.randint(0, 999), t[0])
    if cc == "BR":
        return "%s, %d, ap. %d - %s%s%s - %s, %s%03d-%03d" % (st, n, R.randint(11, 904), R.choice(["Vila Mariana", "Moinhos de Vento", "Savassi"]), sep, t[0], t[1], t[2], R.randint(0, 999), R.randint(0, 999))
    if cc == "IT":
        return "%s %d%s%s %s (%s)" % (st, n, sep, t[2], t[0], t[1])
    if cc == "PL":
        return "%s %d/%d%s%s%03d %s" % (st, n, R.randint(1, 60), sep, t[1], R.randint(0, 999), t[0])
    if cc == "SE":
        return "%s %d%s%s %02d %s" % (st, n, sep, t[1], R.randint(10, 99), t[0])
    if cc == "TR":
        return "%s Mah. %s No:%d D:%d%s%s %s" % (R.choice(["Caferağa", "Kızılay", "Erzene"]), st, n, R.randint(1, 20), sep, t[1], t[0])
    if cc == "CZ":
        return "%s %d/%d%s%s %s" % (st, R.randint(100, 2999), R.randint(1, 60), sep, t[1], t[0])
    if cc == "RU":
        return "г. %s, %s, д. %d, кв. %d, %s%03d" % (t[0], st, n, R.randint(1, 240), t[1], R.randint(0, 999))
    raise KeyError(cc)


def date_fmt(R, cc, y, m, d, fmt=None):
    lang = LANG_OF.get(cc, "en")
    if fmt == "iso" or cc in ("SE", "CN") and fmt is None and R.random() < 0.5:
        return "%04d-%02d-%02d" % (y, m, d)
    if cc == "JP":
        return "%d年%d月%d日" % (y, m, d)
    if cc == "CN":
        return "%d年%d月%d日" % (y, m, d)
    if cc == "KR":
        return "%d년 %d월 %d일" % (y, m, d)
    if cc == "US":
        return R.choice(["%02d/%02d/%04d" % (m, d, y), "%s %d, %d" % (MONTHS["en"][m - 1], d, y)])
    if lang in MONTHS and R.random() < 0.3:
        if lang == "en":
            return "%d %s %d" % (d, MONTHS["en"][m - 1], y)
        if lang == "de":
            return "%d. %s %d" % (d, MONTHS["de"][m - 1], y)
        return "%d %s %d" % (d, MONTHS[lang][m - 1], y) if lang != "es" and lang != "pt" else "%d de %s de %d" % (d, MONTHS[lang][m - 1], y)
    sep = {"DE": ".", "AT": ".", "CH": ".", "PL": ".", "RU": ".", "CZ": ". ", "TR": ".", "NL": "-", "BE": "/"}.get(cc, "/")
    if cc == "CZ":
        return "%d. %d. %d" % (d, m, y)
    return "%02d%s%02d%s%04d" % (d, sep, m, sep, y)


LANG_OF = {"US": "en", "GB": "en", "IE": "en", "AU": "en", "CA": "en", "IN": "in", "DE": "de", "AT": "de", "CH": "de",
           "FR": "fr", "BE": "nl", "NL": "nl", "ES": "es", "MX": "es", "PT": "pt", "BR": "pt", "IT": "it", "PL": "pl",
           "SE": "sv", "TR": "tr", "CZ": "cs", "RU": "ru", "JP": "ja", "CN": "zh", "KR": "ko"}

# ====================================================================== phones
KR_PLAN = (82, "0", {"mobile": lambda R: "10" + R.choice("2345678") + digits(R, 7)})
TR_PLAN = (90, "0", {"mobile": lambda R: R.choice(["532", "533", "535", "536", "542", "543", "544", "505", "506", "552", "555"]) + digits(R, 7)})
CZ_PLAN = (420, "", {"mobile": lambda R: R.choice(["602", "603", "604", "605", "720", "721", "731", "732", "736", "773", "774", "777", "776"]) + digits(R, 6)})
ALLPLANS = dict(PLANS)
ALLPLANS.update({"KR": KR_PLAN, "TR": TR_PLAN, "CZ": CZ_PLAN})


def _g(s, sizes, sep=" "):
    return sep.join(split_groups(s, sizes))


def phone_fmt(R, cc, nsn, kind, intl=None):
    """National layouts of each country, or +CC forms."""
    code = ALLPLANS[cc][0]
    trunk = ALLPLANS[cc][1]
    if intl is None:
        intl = R.random() < 0.3
    if cc in ("US", "CA"):
        a, e, l_ = nsn[:3], nsn[3:6], nsn[6:]
        if intl:
            return R.choice(["+1 %s %s %s" % (a, e, l_), "+1 (%s) %s-%s" % (a, e, l_), "+1-%s-%s-%s" % (a, e, l_)])
        return R.choice(["(%s) %s-%s" % (a, e, l_), "%s-%s-%s" % (a, e, l_), "%s.%s.%s" % (a, e, l_)])
    if cc == "GB":
        if kind == "mobile":
            nat = _g("0" + nsn, [5, 6])
        elif kind == "london":
            nat = _g("0" + nsn, [3, 4, 4])
        else:
            nat = _g("0" + nsn, [4, 3, 4])
        return ("+44 " + nat[1:]) if intl else nat
    if cc == "DE":
        if kind.startswith("mobile"):
            nat = R.choice(["0%s %s" % (nsn[:3], nsn[3:]), "0%s/%s" % (nsn[:3], nsn[3:]), "0%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])])
            return "+49 %s %s" % (nsn[:3], nsn[3:]) if intl else nat
        ac = 2 if nsn[:2] in ("30", "89", "40", "69") else 3
        return ("+49 %s %s" % (nsn[:ac], nsn[ac:])) if intl else R.choice(["0%s %s" % (nsn[:ac], nsn[ac:]), "0%s / %s" % (nsn[:ac], nsn[ac:])])
    if cc == "AT":
        if kind == "vienna":
            return "+43 1 %s" % nsn[1:] if intl else "01 %s" % nsn[1:]
        return "+43 %s %s" % (nsn[:3], nsn[3:]) if intl else R.choice(["0%s %s" % (nsn[:3], nsn[3:]), "0%s/%s" % (nsn[:3], nsn[3:])])
    if cc == "CH":
        g = _g(nsn, [2, 3, 2, 2])
        return "+41 " + g if intl else "0" + g
    if cc == "FR":
        if intl:
            return "+33 " + nsn[0] + " " + _g(nsn[1:], [2, 2, 2, 2])
        return _g("0" + nsn, [2, 2, 2, 2, 2], R.choice([" ", ".", " ", "\u00a0"]))
    if cc == "BE":
        g = _g(nsn, [3, 2, 2, 2]) if kind == "mobile" else _g(nsn, [1, 3, 2, 2])
        return "+32 " + g if intl else "0" + g
    if cc == "NL":
        if intl:
            return "+31 6 %s" % nsn[1:] if kind == "mobile" else "+31 %s %s" % (nsn[:2], nsn[2:])
        return R.choice(["06-%s" % nsn[1:], "06 %s" % _g(nsn[1:], [2, 2, 2, 2])]) if kind == "mobile" else "0%s-%s" % (nsn[:2], nsn[2:])
    if cc == "ES":
        g = _g(nsn, [3, 3, 3]) if nsn[0] in "67" else _g(nsn, [2, 3, 2, 2])
        return "+34 " + g if intl else g
    if cc == "MX":
        g = _g(nsn, [2, 4, 4])
        return "+52 " + g if intl else g
    if cc == "PT":
        g = _g(nsn, [3, 3, 3])
        return "+351 " + g if intl else g
    if cc == "BR":
        if intl:
            return "+55 %s %s-%s" % (nsn[:2], nsn[2:-4], nsn[-4:])
        return R.choice(["(%s) %s-%s" % (nsn[:2], nsn[2:-4], nsn[-4:]), "%s %s-%s" % (nsn[:2], nsn[2:-4], nsn[-4:])])
    if cc == "IT":
        if kind == "mobile":
            nat = R.choice([_g(nsn, [3, 3, 4]), nsn[:3] + "/" + nsn[3:], nsn[:3] + " " + nsn[3:]])
        else:
            nat = _g(nsn, [2, 4, 4])
        return "+39 " + nat.replace("/", " ") if intl else nat
    if cc == "PL":
        g = _g(nsn, [3, 3, 3]) if kind == "mobile" else _g(nsn, [2, 3, 2, 2])
        return "+48 " + g if intl else g
    if cc == "SE":
        return "+46 %s %s %s %s" % (nsn[:2], nsn[2:5], nsn[5:7], nsn[7:]) if intl else "0%s-%s %s %s" % (nsn[:2], nsn[2:5], nsn[5:7], nsn[7:])
    if cc == "IE":
        return "+353 %s %s %s" % (nsn[:2], nsn[2:5], nsn[5:]) if intl else "0%s %s %s" % (nsn[:2], nsn[2:5], nsn[5:])
    if cc == "AU":
        return "+61 %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]) if intl else "0%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])
    if cc == "IN":
        return "+91 %s %s" % (nsn[:5], nsn[5:]) if intl else R.choice(["%s %s" % (nsn[:5], nsn[5:]), "0" + nsn, nsn])
    if cc == "RU":
        if intl:
            return "+7 %s %s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])
        return R.choice(["8 (%s) %s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:]), "8%s" % nsn, "8-%s-%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])])
    if cc == "JP":
        return "+81 %s-%s-%s" % (nsn[:2], nsn[2:6], nsn[6:]) if intl else "0%s-%s-%s" % (nsn[:2], nsn[2:6], nsn[6:])
    if cc == "CN":
        if kind == "beijing":
            return "+86 10 %s" % nsn[2:] if intl else "010-%s" % nsn[2:]
        return "+86 %s %s %s" % (nsn[:3], nsn[3:7], nsn[7:]) if intl else R.choice([nsn, "%s-%s-%s" % (nsn[:3], nsn[3:7], nsn[7:]), "%s %s %s" % (nsn[:3], nsn[3:7], nsn[7:])])
    if cc == "KR":
        return "+82 %s-%s-%s" % (nsn[:2], nsn[2:6], nsn[6:]) if intl else "0%s-%s-%s" % (nsn[:2], nsn[2:6], nsn[6:])
    if cc == "TR":
        if intl:
            return "+90 %s %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])
        return R.choice(["0%s %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:]), "0 (%s) %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])])
    if cc == "CZ":
        g = _g(nsn, [3, 3, 3])
        return "+420 " + g if intl else g
    raise KeyError(cc)


MOBILE_KIND = {"GB": "mobile", "DE": None, "FR": "mobile", "BE": "mobile", "NL": "mobile", "IT": "mobile", "ES": None,
               "AT": "mobile", "CH": "mobile", "PL": "mobile", "BR": "mobile", "CN": "mobile", "RU": "mobile", "SG": "mobile"}


def phone_label(R, cc, kind=None, plan=None, intl=None):
    """cc: region the text is read in; plan: country of the number when it differs."""
    num_cc = plan or cc
    kinds = ALLPLANS[num_cc][2]
    if kind is None:
        kind = MOBILE_KIND.get(num_cc)
        if kind is None or kind not in kinds or R.random() < 0.15:
            kind = R.choice(sorted(k for k in kinds if k not in ("fiction", "toll_free")))
    nsn = kinds[kind](R)
    if plan and plan != cc:
        v = phone_fmt(R, num_cc, nsn, kind, intl=True)
        return L("phone", v, sub=kind, region=cc, plan=plan)
    return L("phone", phone_fmt(R, cc, nsn, kind, intl), sub=kind, region=cc)


# ====================================================================== gov ids
def uk_dl(R, p):
    s = (strip_acc(p.family).upper().replace(" ", "").replace("'", "") + "99999")[:5]
    y, m, d = p.yy, p.mm, p.dd
    mm = m + (50 if p.female else 0)
    ini = (strip_acc(p.given)[0] + R.choice(["9", "M", "J", "A"])).upper()
    return "%s%s%02d%02d%s%s9%s" % (s, str(y)[2], mm, d, str(y)[3], ini, "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)))


def be_rrn(R, p):
    yy, mm, dd = p.yy % 100, p.mm, p.dd
    seq = R.randint(1, 997)
    if (seq % 2 == 0) != p.female:
        seq += 1
    body = "%02d%02d%02d%03d" % (yy, mm, dd, seq)
    n = int(("2" if p.yy >= 2000 else "") + body)
    c = 97 - n % 97
    return "%s.%s.%s-%s.%02d" % (body[:2], body[2:4], body[4:6], body[6:9], c), body + "%02d" % c


def be_rrn_ok(s, y):
    d = re.sub(r"\D", "", s)
    n = int(("2" if y >= 2000 else "") + d[:9])
    return 97 - n % 97 == int(d[9:])


def pt_nif(R):
    b = R.choice("123") + digits(R, 7)
    s = sum(int(c) * (9 - i) for i, c in enumerate(b))
    r = 11 - s % 11
    return b + str(0 if r >= 10 else r)


def pt_nif_ok(s):
    s = s.replace(" ", "")
    b = s[:8]
    r = 11 - sum(int(c) * (9 - i) for i, c in enumerate(b)) % 11
    return len(s) == 9 and int(s[8]) == (0 if r >= 10 else r)


def pesel(R, p):
    y, m, d = p.yy, p.mm, p.dd
    mm = m + (20 if y >= 2000 else 0)
    ser = digits(R, 3)
    sx = R.choice("02468") if p.female else R.choice("13579")
    b = "%02d%02d%02d%s%s" % (y % 100, mm, d, ser, sx)
    return b + str((10 - sum(int(c) * w for c, w in zip(b, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10)


def pesel_ok(s):
    return len(s) == 11 and (10 - sum(int(c) * w for c, w in zip(s, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10 == int(s[10])


def se_pnr(R, p):
    b = "%02d%02d%02d%02d%s" % (p.yy % 100, p.mm, p.dd, R.randint(10, 99), R.choice("02468") if p.female else R.choice("13579"))
    full = luhn_complete(b)
    return "%s-%s" % (full[:6], full[6:])


def tc_kimlik(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tc_ok(s):
    d = list(map(int, s))
    return len(d) == 11 and d[0] and ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id(R, p):
    b = R.choice(["110105", "310112", "440305", "510107"]) + "%04d%02d%02d" % (p.yy, p.mm, p.dd) + "%02d" % R.randint(0, 99) + (R.choice("02468") if p.female else R.choice("13579"))
    return b + "10X98765432"[sum(int(c) * w for c, w in zip(b, CN_W)) % 11]


def cn_id_ok(s):
    return len(s) == 18 and "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], CN_W)) % 11] == s[17]


def cz_rc(R, p):
    while True:
        b = "%02d%02d%02d" % (p.yy % 100, p.mm + (50 if p.female else 0), p.dd) + digits(R, 3)
        c = int(b) % 11
        if c < 10:
            return b[:6] + "/" + b[6:] + str(c)


def cz_rc_ok(s):
    return int(s.replace("/", "")) % 11 == 0


def ie_ppsn(R):
    d = digits(R, 7)
    return d + "WABCDEFGHIJKLMNOPQRSTUV"[sum(int(c) * (8 - i) for i, c in enumerate(d)) % 23]


def ie_ppsn_ok(s):
    return "WABCDEFGHIJKLMNOPQRSTUV"[sum(int(c) * (8 - i) for i, c in enumerate(s[:7])) % 23] == s[7]


BELFIORE = ["H501", "F205", "L219", "F839", "A944", "G273", "D612", "A794", "G224"]


def codice_fiscale(R, p):
    fam = p.family
    return cf_make(fam, p.given, p.yy % 100, p.mm, p.dd, p.female, R.choice(BELFIORE))


def dni(R):
    n, l_ = dni_random(R)
    return n + l_


def gov(R, p, kind):
    """(value, sub) of an id of the person's country; labelled gov_id."""
    if kind == "gb_dl":
        return uk_dl(R, p), "gb_driving_licence"
    if kind == "be_rrn":
        return be_rrn(R, p)[0], "be_rrn"
    if kind == "pt_nif":
        v = pt_nif(R)
        return (v if R.random() < 0.5 else _g(v, [3, 3, 3])), "pt_nif"
    if kind == "pesel":
        return pesel(R, p), "pl_pesel"
    if kind == "se_pnr":
        return se_pnr(R, p), "se_personnummer"
    if kind == "tc":
        return tc_kimlik(R), "tr_tckn"
    if kind == "cn_id":
        return cn_id(R, p), "cn_resident_id"
    if kind == "cz_rc":
        return cz_rc(R, p), "cz_rodne_cislo"
    if kind == "ie_ppsn":
        return ie_ppsn(R), "ie_ppsn"
    if kind == "cf":
        return codice_fiscale(R, p), "it_codice_fiscale"
    if kind == "dni":
        return dni(R), "es_dni"
    if kind == "nie":
        a, b, c = nie_random(R)
        return a + b + c, "es_nie"
    if kind == "cpf":
        c = cpf_random(R)
        return ("%s.%s.%s-%s" % (c[:3], c[3:6], c[6:9], c[9:]) if R.random() < 0.7 else c), "br_cpf"
    if kind == "ssn":
        a, g, s = ssn_random(R)
        return "%s-%s-%s" % (a, g, s), "us_ssn"
    if kind == "pan":
        return pan_random(R, "P", strip_acc(p.family)), "in_pan"
    if kind == "aadhaar":
        a = aadhaar_random(R)
        return _g(a, [4, 4, 4]), "in_aadhaar"
    # driving licences by format, in context
    if kind == "de_dl":
        return R.choice("BFJMN") + digits(R, 3) + rnd(R, string.ascii_uppercase + string.digits, 5) + digits(R, 1) + R.choice("123"), "de_driving_licence"
    if kind == "fr_dl":
        return "%02d%02d%s" % (R.randint(85, 99), R.randint(1, 95), digits(R, 8)), "fr_driving_licence"
    if kind == "it_dl":
        return R.choice(["U1", "BG", "PD", "RM", "CA"]) + digits(R, 7) + R.choice("ABCDEFGHKLMNPRSTUVZ"), "it_driving_licence"
    if kind == "nl_dl":
        return R.choice("45") + digits(R, 9), "nl_driving_licence"
    if kind == "us_dl":
        return R.choice("ABDFGNSY") + digits(R, 7), "us_driving_licence"
    if kind == "in_dl":
        return "%s%02d %d%s" % (R.choice(["MH", "KA", "WB"]), R.randint(1, 50), R.randint(2005, 2022), digits(R, 7)), "in_driving_licence"
    if kind == "ru_dl":
        return "%02d %02d %s" % (R.randint(10, 99), R.randint(10, 99), digits(R, 6)), "ru_driving_licence"
    if kind == "jp_dl":
        return R.choice(["30", "53", "62"]) + digits(R, 10), "jp_driving_licence"
    if kind == "kr_dl":
        return "%02d-%02d-%06d-%02d" % (R.choice([11, 12, 13, 21]), R.randint(0, 23), R.randint(0, 999999), R.randint(10, 99)), "kr_driving_licence"
    if kind == "au_dl":
        return digits(R, 8), "au_driving_licence"
    if kind == "ca_dl":
        return "%s%s-%s-%s" % (strip_acc(p.family)[0].upper(), digits(R, 4), digits(R, 5), digits(R, 5)), "ca_driving_licence"
    raise KeyError(kind)


ID_OF = {"GB": ["gb_dl"], "BE": ["be_rrn"], "PT": ["pt_nif"], "PL": ["pesel"], "SE": ["se_pnr"], "TR": ["tc"],
         "CN": ["cn_id"], "CZ": ["cz_rc"], "IE": ["ie_ppsn"], "IT": ["cf", "it_dl"], "ES": ["dni", "nie", "dni"],
         "BR": ["cpf"], "US": ["us_dl", "ssn"], "IN": ["in_dl", "pan", "aadhaar"], "DE": ["de_dl"], "FR": ["fr_dl"],
         "NL": ["nl_dl"], "RU": ["ru_dl"], "JP": ["jp_dl"], "KR": ["kr_dl"], "AU": ["au_dl"], "CA": ["ca_dl"],
         "AT": ["de_dl"], "CH": ["de_dl"], "MX": []}


def gid(R, p, kind=None):
    kinds = ID_OF[p.cc]
    if not kinds:
        return None
    v, sub = gov(R, p, kind or R.choice(kinds))
    return L("gov_id", v, sub=sub)


# ====================================================================== look-alikes
VIN_MAP = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_val(c):
    return int(c) if c.isdigit() else VIN_MAP[c]


def vin_ok(v):
    s = sum(vin_val(c) * w for c, w in zip(v, VIN_W)) % 11
    return v[8] == ("X" if s == 10 else str(s))


WMI = {"vw": "WVW", "bmw": "WBA", "mercedes": "WDD", "renault": "VF1", "peugeot": "VF3", "fiat": "ZFA", "skoda": "TMB",
       "volvo": "YV1", "toyota": "JTD", "hyundai": "KMH", "ford": "1FA", "tesla": "5YJ", "seat": "VSS", "porsche": "WP0",
       "audi": "WAU", "citroen": "VF7", "dacia": "UU1", "kia": "KNA", "byd": "LGX", "lada": "XTA"}


MAKE_WMI = {"Volkswagen": "vw", "VW": "vw", "Renault": "renault", "Peugeot": "peugeot", "Fiat": "fiat", "Škoda": "skoda", "Toyota": "toyota", "Citroën": "citroen",
            "Mercedes-Benz": "mercedes", "Ford": "ford", "Dacia": "dacia", "BMW": "bmw", "Seat": "seat", "Kia": "kia", "Hyundai": "hyundai", "Tesla": "tesla",
            "Volvo": "volvo", "Porsche": "porsche", "Lada": "lada"}


def vin_for(R, model):
    """A VIN whose manufacturer code fits the model's make where known."""
    mk = MAKE_WMI.get(model.split()[0])
    return vin(R, mk)


def vin(R, make=None):
    w = WMI[make] if make else R.choice(sorted(WMI.values()))
    body = w + rnd(R, VIN_A, 5) + "0" + R.choice("LMNPRST") + rnd(R, VIN_A, 1) + digits(R, 6)
    s = sum(vin_val(c) * wt for c, wt in zip(body, VIN_W)) % 11
    v = body[:8] + ("X" if s == 10 else str(s)) + body[9:]
    assert vin_ok(v)
    return v


def nlook(R, n, first="123456789"):
    """A run of n digits that does not pass Luhn (for reference numbers)."""
    while True:
        s = R.choice(first) + digits(R, n - 1)
        if not luhn_ok(s):
            return s


PLATE = {
    "DE": lambda R: "%s-%s %d" % (R.choice(["OL", "BI", "KS", "LG", "WÜ", "H", "B"]), rnd(R, "ABCDEFGHKLMNPRSTUVWXYZ", R.choice([1, 2])), R.randint(1, 9999)),
    "AT": lambda R: "%s-%d%s" % (R.choice(["G", "WE", "K", "W"]), R.randint(10, 9999), rnd(R, "ABCDEFGHKLMNPRSTUVWXYZ", R.choice([1, 2]))),
    "CH": lambda R: "%s %d" % (R.choice(["ZH", "BE", "VD"]), R.randint(1000, 999999)),
    "FR": lambda R: "%s-%03d-%s" % (rnd(R, "ABCDEFGHJKLMNPQRSTVWXYZ", 2), R.randint(1, 999), rnd(R, "ABCDEFGHJKLMNPQRSTVWXYZ", 2)),
    "IT": lambda R: "%s %03d %s" % (rnd(R, "ABCDEFGHJKLMNPRSTVWXYZ", 2), R.randint(1, 999), rnd(R, "ABCDEFGHJKLMNPRSTVWXYZ", 2)),
    "ES": lambda R: "%04d %s" % (R.randint(0, 9999), rnd(R, "BCDFGHJKLMNPRSTVWXYZ", 3)),
    "NL": lambda R: R.choice(["%s-%03d-%s" % (rnd(R, "GHJKLNPRSTXZ", 2), R.randint(1, 999), rnd(R, "BDFGHJKLNPRSTXZ", 1)), "%d-%s-%02d" % (R.randint(1, 9), rnd(R, "GHJKLNPRSTXZ", 3), R.randint(1, 99))]),
    "BE": lambda R: "%d-%s-%03d" % (R.randint(1, 2), rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 3), R.randint(1, 999)),
    "GB": lambda R: "%s%02d %s" % (rnd(R, "ABCDEFGHKLMNOPRSVWY", 2), R.choice([17, 18, 19, 20, 21, 22, 23, 24, 67, 68, 69, 70, 71, 72, 73, 74]), rnd(R, "ABCDEFGHJKLMNOPRSTUVWXYZ", 3)),
    "IE": lambda R: "%d-%s-%d" % (R.choice([191, 202, 221, 232, 241]), R.choice(["D", "C", "LH", "WW", "G"]), R.randint(100, 99999)),
    "PL": lambda R: "%s %s" % (R.choice(["KR", "PO", "GD", "WA", "WX"]), R.choice([digits(R, 5), "%d%s%03d" % (R.randint(1, 9), rnd(R, "ACEFGHJKLMNPRSTUVWXY", 1), R.randint(0, 999))])),
    "PT": lambda R: "%s-%02d-%s" % (rnd(R, "ABCDEFGHIJLMNOPRSTUVXZ", 2), R.randint(0, 99), rnd(R, "ABCDEFGHIJLMNOPRSTUVXZ", 2)),
    "SE": lambda R: "%s %02d%s" % (rnd(R, "ABCDEFGHJKLMNOPRSTUWXYZ", 3), R.randint(0, 99), R.choice("ABCDEFGHJKLMNPRSTUWXYZ0123456789")),
    "US": lambda R: R.choice(["%d%s%03d" % (R.randint(5, 9), rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 3), R.randint(0, 999)), "%s-%04d" % (rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 3), R.randint(0, 9999))]),
    "CA": lambda R: "%s %03d" % (rnd(R, "ABCDEFGHJKLMNPRSTVWXYZ", 4), R.randint(0, 999)),
    "AU": lambda R: "%s-%03d" % (rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 3), R.randint(0, 999)),
    "BR": lambda R: "%s%d%s%02d" % (rnd(R, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3), R.randint(0, 9), rnd(R, "ABCDEFGHIJ", 1), R.randint(0, 99)),
    "MX": lambda R: "%s-%03d-%s" % (rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 3), R.randint(0, 999), rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 1)),
    "TR": lambda R: "%02d %s %d" % (R.choice([34, 6, 35, 16]), rnd(R, "ABCDEFGHJKLMNPRSTUVYZ", R.choice([1, 2, 3])), R.randint(10, 9999)),
    "RU": lambda R: "%s%03d%s %d" % (R.choice("АВЕКМНОРСТУХ"), R.randint(1, 999), "".join(R.choice("АВЕКМНОРСТУХ") for _ in range(2)), R.choice([77, 97, 177, 116, 66, 199])),
    "JP": lambda R: "%s %d %s %d-%02d" % (R.choice(["品川", "世田谷", "なにわ", "名古屋", "川崎"]), R.choice([300, 330, 500, 530]), R.choice("さすせそたちつてとなにぬねの"), R.randint(1, 99), R.randint(0, 99)),
    "CN": lambda R: "%s%s·%s" % (R.choice("京沪粤川"), R.choice("ABCDEF"), rnd(R, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", R.choice([5, 6]))),
    "KR": lambda R: "%d%s %04d" % (R.randint(10, 399), R.choice("가나다라마거너더러머고노도로모"), R.randint(1, 9999)),
    "IN": lambda R: "%s %02d %s %04d" % (R.choice(["MH", "KA", "WB"]), R.randint(1, 50), rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2), R.randint(1, 9999)),
    "CZ": lambda R: "%d%s%d %04d" % (R.randint(1, 9), R.choice("ABHJKLPSTUZ"), R.randint(0, 9), R.randint(0, 9999)),
}


def plate(R, cc):
    return N(PLATE[cc](R), "plate")


def tyre(R):
    return N("%d/%d R%d %d%s" % (R.choice([185, 195, 205, 215, 225, 235, 255]), R.choice([40, 45, 50, 55, 60, 65]), R.choice([15, 16, 17, 18, 19]), R.randint(82, 102), R.choice("HVWY")), "tyre_size")


def odo(R, unit="km"):
    v = R.randint(4000, 240000)
    return N(("{:,}".format(v).replace(",", R.choice([".", " ", "\u00a0", ","])) if unit == "km" else "{:,}".format(v)) + " " + unit, "odometer")


PARTNO = [lambda R: "%s%s %d%02d %d%02d %s" % (R.choice("1235"), R.choice("QKGTN"), R.randint(0, 9), R.randint(0, 99), R.randint(1, 9), R.randint(0, 99), R.choice(["A", "B", "H", "C", ""])),
          lambda R: "A %03d %03d %02d %02d" % (R.randint(0, 999), R.randint(0, 999), R.randint(0, 99), R.randint(0, 99)),
          lambda R: "%d %d %d" % (R.randint(10, 99), R.randint(10, 99), R.randint(1000000, 9999999)),
          lambda R: "%s-%s" % (rnd(R, "0123456789", 5), rnd(R, "0123456789ABCDEFGHJK", 5)),
          lambda R: "9%08d80" % R.randint(0, 10 ** 8 - 1)]


def part(R):
    return N(PARTNO[R.randrange(len(PARTNO))](R).strip(), "part_number")


def ref(R, tag, fmt):
    """Reference numbers: fmt with {n5}.. {n12} placeholders (Luhn-invalid long runs)."""
    def rep(m):
        n = int(m.group(1))
        return nlook(R, n) if n >= 12 else digits(R, n)
    return N(re.sub(r"\{n(\d+)\}", rep, fmt), tag)


def price(R, cur, lo=30, hi=42000):
    """A price of lo..hi (in euro-like units, scaled for the currency)."""
    v = R.randint(lo, hi) + R.choice([0, 0.5, 0.9, 0.99, 0.45]) if hi else R.randint(29, 89) / 100
    v *= {"₺": 35, "kr": 11, "zł": 4.3}.get(cur, 1)
    if cur in ("€", "EUR"):
        s = "{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", ".") + "\u00a0€"
    elif cur == "£":
        s = "£{:,.2f}".format(v)
    elif cur == "$":
        s = "${:,.2f}".format(v)
    elif cur == "CHF":
        s = "CHF {:,.2f}".format(v).replace(",", "'")
    elif cur == "zł":
        s = "{:,.2f} zł".format(v).replace(",", " ").replace(".", ",")
    elif cur == "kr":
        s = "{:,.0f} kr".format(v).replace(",", " ")
    elif cur == "₺":
        s = "{:,.2f} ₺".format(v).replace(",", "X").replace(".", ",").replace("X", ".")
    elif cur == "R$":
        s = "R$ {:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", ".")
    elif cur == "₽":
        s = "{:,.0f}\u00a0₽".format(v * 90).replace(",", " ")
    elif cur == "円":
        s = "{:,}円".format(int(v * 150))
    elif cur == "元":
        s = "{:,.2f}元".format(v * 7)
    elif cur == "원":
        s = "{:,}원".format(int(v * 1300))
    elif cur == "₹":
        s = "₹{:,.0f}".format(v * 80)
    elif cur == "Kč":
        s = "{:,.0f} Kč".format(v * 25).replace(",", " ")
    elif cur == "MX$":
        s = "${:,.2f} MXN".format(v * 18)
    elif cur == "A$":
        s = "A${:,.2f}".format(v)
    elif cur == "C$":
        s = "{:,.2f} $".format(v).replace(",", " ").replace(".", ",")
    else:
        raise KeyError(cur)
    return N(s, "price")


CUR = {"US": "$", "GB": "£", "IE": "€", "AU": "A$", "CA": "C$", "IN": "₹", "DE": "€", "AT": "€", "CH": "CHF", "FR": "€",
       "BE": "€", "NL": "€", "ES": "€", "MX": "MX$", "PT": "€", "BR": "R$", "IT": "€", "PL": "zł", "SE": "kr", "TR": "₺",
       "CZ": "Kč", "RU": "₽", "JP": "円", "CN": "元", "KR": "원"}


def day(R, cc, y0=2023, y1=2026, tag="event_date"):
    y, m, d = R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)
    if cc in ("JP", "CN"):
        return N("%d年%d月%d日" % (y, m, d), tag)
    if cc == "KR":
        return N("%d. %d. %d." % (y, m, d), tag)
    if cc == "US":
        return N("%02d/%02d/%d" % (m, d, y), tag)
    if cc in ("SE",):
        return N("%d-%02d-%02d" % (y, m, d), tag)
    sep = "." if cc in ("DE", "AT", "CH", "PL", "RU", "TR", "CZ") else ("-" if cc == "NL" else "/")
    return N("%02d%s%02d%s%d" % (d, sep, m, sep, y), tag)


def hhmm(R):
    return "%02d:%02d" % (R.randint(6, 22), R.randint(0, 59))


def pub_ip(R):
    while True:
        a = R.choice([31, 37, 46, 62, 77, 78, 79, 81, 82, 84, 85, 86, 87, 88, 89, 91, 93, 94, 95, 109, 151, 176, 178, 185, 188, 193, 195, 212, 213, 217, 5, 2, 24, 67, 71, 73, 98, 99, 101, 112, 121, 180, 183, 186, 189, 201])
        ip = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(ip).is_global:
            return ip


def ip6(R):
    return "%s:%x:%x:%x:%x:%x:%x:%x" % (R.choice(["2a02", "2001", "2a01", "2003", "2600", "2409", "240e"]), R.randint(0x100, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff))


def doc_ip(R):
    return N(R.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(R.randint(1, 254)), "doc_ip")


def lan_ip(R):
    return R.choice(["192.168.178.%d", "192.168.1.%d", "10.0.0.%d", "192.168.0.%d"]) % R.randint(2, 250)


def card(R, issuer=None, sep=None):
    iss = issuer or R.choice(["visa", "visa", "mastercard", "mastercard2", "amex", "maestro", "discover", "jcb"])
    c = card_random(R, iss)
    sep = sep if sep is not None else R.choice([" ", " ", "-", "", "\u00a0"])
    return L("card", sep.join(split_groups(c, card_grouping(len(c)))) if sep else c, sub=iss)


def masked_card(R):
    return N(R.choice(["•••• %s", "**** **** **** %s", "XXXX-XXXX-XXXX-%s", "Visa ···· %s", "Mastercard ending %s"]) % digits(R, 4), "masked_card")


def iban(R, cc, sep=None, **m):
    v = iban_random(R, cc)
    sep = sep if sep is not None else R.choice([" ", " ", "", "\u00a0"])
    return L("iban", group(v, 4, sep) if sep else v, sub=cc, **m)


def pw(R):
    w = R.choice(["Garage", "Vespa", "Kombi", "Tankstelle", "Zündkerze", "Roadster", "Benzin", "Carport", "Wallbox", "Motorrad", "Autobahn", "Sprinter"])
    return w + R.choice(["!", "#", "$", "_", "%", "*"]) + str(R.randint(10, 2099)) + R.choice(["", "x", "K", "?", "!"])


# ====================================================================== organisations (look-alikes)
ORG = {  # name, public address, service line, role mailbox
    "DE": [("ADAC Pannenhilfe", "Hansastraße 19, 80686 München", "089 20 20 4000", "service@adac.de"),
           ("HUK-COBURG Schadenservice", "Bahnhofsplatz, 96444 Coburg", "0800 2 153 153", "schaden@huk-coburg.de"),
           ("Bußgeldstelle der Stadt Kassel", "Obere Königsstraße 8, 34117 Kassel", "0561 787 0", "bussgeldstelle@kassel.de")],
    "AT": [("ÖAMTC Nothilfe", "Baumgasse 129, 1030 Wien", "120", "info@oeamtc.at"), ("ASFINAG Maut Service", "Rotenturmstraße 5-9, 1010 Wien", "0800 400 12 400", "vignette@asfinag.at")],
    "CH": [("TCS Pannenhilfe", "Chemin de Blandonnet 4, 1214 Vernier", "0800 140 140", "info@tcs.ch")],
    "FR": [("ANTAI", "CS 41101, 35911 Rennes Cedex 9", "0 811 10 10 10", "ne-pas-repondre@antai.gouv.fr"),
           ("MAIF Sinistres", "200 avenue Salvador Allende, 79038 Niort Cedex 9", "09 78 97 98 99", "gestion-sinistres@maif.fr")],
    "BE": [("Touring Wegenhulp", "Wetstraat 44, 1040 Brussel", "070 344 777", "info@touring.be")],
    "NL": [("CJIB", "Postbus 1794, 8901 CB Leeuwarden", "058 - 850 5050", "info@cjib.nl"), ("ANWB Wegenwacht", "Wassenaarseweg 220, 2596 EC Den Haag", "088 269 2888", "klantenservice@anwb.nl")],
    "GB": [("The AA Breakdown", "Fanum House, Basing View, Basingstoke RG21 4EA", "0800 88 77 66", "customer.services@theaa.com"),
           ("DVLA", "Swansea SA6 7JL", "0300 790 6802", "noreply@dvla.gov.uk")],
    "IE": [("Fixed Charge Processing Office", "PO Box 50, Thurles, Co. Tipperary", "1890 20 60 20", "info@fixedcharge.ie")],
    "ES": [("DGT", "calle Josefa Valcárcel 44, 28027 Madrid", "060", "sede@dgt.es"), ("Mapfre Asistencia", "Carretera de Pozuelo 52, 28222 Majadahonda", "900 122 122", "siniestros@mapfre.com")],
    "IT": [("Polizia Municipale di Bergamo", "via Coghetti 10, 24128 Bergamo", "035 399 559", "polizialocale@comune.bergamo.it"), ("ACI Soccorso Stradale", "via Marsala 8, 00185 Roma", "803 116", "info@aci.it")],
    "PT": [("ANSR", "Av. de Casal de Cabanas, 2734-507 Barcarena", "214 236 700", "geral@ansr.pt")],
    "BR": [("DETRAN-SP", "Av. do Estado 900, São Paulo - SP", "(11) 3322-3333", "atendimento@detran.sp.gov.br")],
    "PL": [("CANARD", "ul. Kasprzaka 2, 01-211 Warszawa", "22 395 54 90", "kancelaria@gitd.gov.pl")],
    "SE": [("Transportstyrelsen", "601 73 Norrköping", "0771-503 503", "kundtjanst@transportstyrelsen.se")],
    "US": [("City of Austin Parking Enforcement", "P.O. Box 2135, Austin, TX 78768", "(512) 974-1550", "parking@austintexas.gov"), ("AAA Roadside", "1000 AAA Drive, Heathrow, FL 32746", "1-800-222-4357", "roadside@aaa.com")],
    "TR": [("Emniyet Genel Müdürlüğü Trafik", "Dikmen Cad., Çankaya/Ankara", "155", "trafik@egm.gov.tr")],
    "CZ": [("Magistrát města Brna, odbor dopravy", "Kounicova 67, 601 67 Brno", "542 171 111", "posta@brno.cz")],
    "RU": [("ЦАФАП ГИБДД", "Москва, ул. Садовая-Самотёчная, 1", "8 800 100-09-09", "noreply@gibdd.ru")],
    "IN": [("Pune Traffic Police", "Yerawada, Pune 411006", "1095", "ptpcell@punepolice.gov.in")],
    "AU": [("Revenue NSW Fines", "PO Box 786, Strawberry Hills NSW 2012", "1300 138 118", "enquiries@revenue.nsw.gov.au")],
    "CA": [("SAAQ", "333, boulevard Jean-Lesage, Québec", "1 800 361-7620", "noreply@saaq.gouv.qc.ca")],
    "MX": [("SEMOVI", "Av. Álvaro Obregón 269, Roma Norte, CDMX", "55 5209 9913", "contacto@semovi.cdmx.gob.mx")],
    "JP": [("JAF ロードサービス", "東京都港区芝大門1-1-30", "#8139", "info@jaf.or.jp")],
    "CN": [("交管12123", "北京市东城区", "12122", "service@122.gov.cn")],
    "KR": [("삼성화재 사고접수", "서울 서초구 서초대로74길 14", "1588-5114", "help@samsungfire.com")],
}
ROLE_LOCAL = {"service", "schaden", "bussgeldstelle", "info", "vignette", "ne-pas-repondre", "gestion-sinistres", "klantenservice",
              "customer.services", "noreply", "no-reply", "sede", "siniestros", "polizialocale", "geral", "atendimento", "kancelaria",
              "kundtjanst", "parking", "roadside", "trafik", "posta", "ptpcell", "enquiries", "contacto", "help", "support",
              "claims", "fleet", "sinistres", "sinistri", "schade", "szkody", "sinistros", "sales", "salon", "vendite", "verkoop", "serwis", "verkstad", "atelier", "bookings", "receipts", "werkstatt", "officina", "taller", "garage", "verkauf", "ventas",
              "leasing", "accounts", "hello", "rides", "kontakt", "contact", "service-client", "assistenza", "atencion"}

# ====================================================================== requests
REQ = {
    "en": ["Can you help me write an appeal to this?", "Is this legit or a scam?", "Can you summarise what I need to do here?",
           "Please check this for mistakes before I send it.", "What should I reply?", "Could you tidy this up for me?",
           "Do I have a case here? Be honest.", "Translate this into plain English please."],
    "in": ["Kindly check and tell me what all I should reply.", "Please draft a reply for this, sir/madam type formal.",
           "Is the challan valid? Tell me what to do.", "Can you make this more formal?"],
    "de": ["Kannst du mir einen Widerspruch dazu formulieren?", "Ist das seriös oder Betrug?", "Bitte auf Fehler prüfen, bevor ich das abschicke.",
           "Was muss ich da jetzt machen?", "Kannst du das kürzer und höflicher schreiben?", "Lohnt sich ein Einspruch?"],
    "fr": ["Tu peux m'aider à rédiger une contestation ?", "C'est une arnaque ou pas ?", "Corrige les fautes stp avant que j'envoie.",
           "Qu'est-ce que je dois répondre ?", "Résume-moi ça en deux phrases."],
    "nl": ["Kun je hier een bezwaar voor schrijven?", "Is dit oplichting?", "Kun je dit nakijken voordat ik het verstuur?", "Wat moet ik hiermee?"],
    "es": ["¿Me ayudas a redactar un recurso?", "¿Esto es una estafa?", "Revísalo antes de mandarlo, porfa.", "¿Qué tengo que contestar?", "¿Me lo resumes?"],
    "pt": ["Pode me ajudar a escrever um recurso?", "Isto é golpe?", "Revê isto antes de eu enviar, por favor.", "O que é que eu respondo?"],
    "it": ["Mi aiuti a scrivere un ricorso?", "È una truffa?", "Controlla se ci sono errori prima che lo mandi.", "Cosa devo rispondere?"],
    "pl": ["Pomożesz mi napisać odwołanie?", "Czy to oszustwo?", "Sprawdź proszę, zanim wyślę.", "Co mam odpisać?"],
    "sv": ["Kan du hjälpa mig att överklaga?", "Är det här bedrägeri?", "Kan du kolla texten innan jag skickar den?"],
    "tr": ["İtiraz dilekçesi yazmama yardım eder misin?", "Bu dolandırıcılık mı?", "Göndermeden önce kontrol eder misin?"],
    "cs": ["Pomůžeš mi napsat odvolání?", "Je to podvod?", "Zkontroluj mi to prosím, než to pošlu."],
    "ru": ["Помоги составить жалобу.", "Это мошенники?", "Проверь, пожалуйста, перед отправкой."],
    "ja": ["これに対する返信を手伝ってもらえますか？", "これは詐欺でしょうか？", "送る前に確認してください。"],
    "zh": ["帮我写个申诉吧。", "这是不是诈骗？", "发出去之前帮我检查一下。"],
    "ko": ["이의신청서 쓰는 것 좀 도와줘.", "이거 사기야?", "보내기 전에 한번 봐줄래?"],
}


FORM_REQ = {
    "en": ["Can you check this form for mistakes before I send it?", "Is anything missing here?", "Is it safe to email this?", "Summarise what this says in two lines."],
    "in": ["Kindly check if all details are filled properly.", "Is anything missing in this form?"],
    "de": ["Kannst du prüfen, ob das Formular so passt?", "Fehlt da noch was?", "Kann ich das so per Mail schicken?"],
    "fr": ["Tu peux vérifier le formulaire avant que je l'envoie ?", "Il manque quelque chose ?", "Je peux envoyer ça par mail sans risque ?"],
    "nl": ["Kun je dit formulier even nakijken?", "Mist er nog iets?", "Kan ik dit zo mailen?"],
    "es": ["¿Me revisas el formulario antes de enviarlo?", "¿Falta algo?", "¿Es seguro mandarlo por email?"],
    "pt": ["Pode rever o formulário antes de eu enviar?", "Falta alguma coisa?", "Posso mandar isto por email?"],
    "it": ["Mi controlli il modulo prima che lo invii?", "Manca qualcosa?", "Posso mandarlo via email tranquillamente?"],
    "pl": ["Sprawdzisz formularz, zanim go wyślę?", "Czegoś brakuje?", "Mogę to bezpiecznie wysłać mailem?"],
    "sv": ["Kan du kolla blanketten innan jag skickar den?", "Saknas något?"],
    "tr": ["Formu göndermeden önce kontrol eder misin?", "Eksik bir şey var mı?"],
    "cs": ["Zkontroluješ mi formulář, než ho pošlu?", "Chybí tam něco?"],
    "ru": ["Проверь форму перед отправкой.", "Всё ли заполнено?"],
}


def wrap(R, lang, body, req_list=None):
    """Puts a request line in the text's language before or after the paste."""
    rq = R.choice(req_list or REQ[lang])
    style = R.randrange(5)
    if style == 0:
        return [rq + "\n\n", body]
    if style == 1:
        return [body, "\n\n" + rq]
    if style == 2:
        return [rq + "\n\"\"\"\n", body, "\n\"\"\""]
    if style == 3:
        return [rq + "\n---\n", body]
    return [body, "\n---\n" + rq]


def fill(s, mapping):
    """Splits a frame at {key} and puts the mapped parts in."""
    out = []
    for tok in re.split(r"(\{\w+\})", s):
        out.append(mapping[tok[1:-1]] if tok.startswith("{") and tok[1:-1] in mapping else tok)
    return out


def org(R, cc):
    return R.choice(ORG[cc])


def orgN(o, i, tag=None):
    return N(o[i], tag or ["org_name", "org_address", "service_line", "role_mailbox"][i])


# ====================================================================== labelled templates
TEMPLATES = []  # (name, count, fn, clean)


def tpl(count, clean=False):
    def deco(fn):
        TEMPLATES.append((fn.__name__, count, fn, clean))
        return fn
    return deco


FINE = {  # cc: (lang, subject, salutation, body, id_label, tel, sign-off, what)
    "DE": ("de", "Widerspruch gegen Bußgeldbescheid Az. ", "Sehr geehrte Damen und Herren,",
           "hiermit lege ich Widerspruch gegen den o. g. Bescheid ein. Das Fahrzeug mit dem Kennzeichen {plate} stand am {date} ordnungsgemäß auf meinem Stellplatz; der Parkschein lag sichtbar hinter der Windschutzscheibe.",
           "Führerscheinnummer: ", "Tel.: ", "Mit freundlichen Grüßen", "Bußgeldstelle"),
    "FR": ("fr", "Contestation de l'avis de contravention n° ", "Madame, Monsieur,",
           "je conteste l'avis cité en référence concernant le véhicule immatriculé {plate}, flashé le {date}. Je n'étais pas le conducteur : le véhicule avait été vendu la veille (certificat de cession joint).",
           "N° de permis de conduire : ", "Tél. : ", "Veuillez agréer mes salutations distinguées.", "ANTAI"),
    "IT": ("it", "Ricorso avverso verbale n. ", "Spett.le Comando,",
           "il sottoscritto propone ricorso contro il verbale relativo al veicolo targato {plate}, accertamento del {date}, poiché la segnaletica era coperta dai lavori in corso.",
           "Codice fiscale: ", "Cell. ", "Distinti saluti", "Polizia Municipale"),
    "ES": ("es", "Alegaciones al expediente sancionador nº ", "A la Jefatura Provincial de Tráfico:",
           "Expongo que el vehículo matrícula {plate}, denunciado el {date}, no circulaba por ese tramo: estaba en el taller (adjunto factura).",
           "DNI/NIE: ", "Teléfono: ", "Atentamente,", "DGT"),
    "NL": ("nl", "Bezwaar tegen beschikking CJIB-nummer ", "Geachte heer/mevrouw,",
           "Hierbij maak ik bezwaar tegen de beschikking voor kenteken {plate} van {date}. Op de foto is duidelijk te zien dat het een ander voertuig is.",
           "Rijbewijsnummer: ", "Tel: ", "Met vriendelijke groet,", "CJIB"),
    "GB": ("en", "Formal challenge to Penalty Charge Notice ", "Dear Sir or Madam,",
           "I am writing to challenge the PCN issued to vehicle {plate} on {date}. The bay markings were worn and the sign at the entrance was missing, see photos attached.",
           "Driving licence no.: ", "Mobile: ", "Yours faithfully,", "Council"),
    "US": ("en", "Dispute of Parking Citation #", "To Whom It May Concern,",
           "I am contesting the citation issued to my vehicle, plate {plate}, on {date}. The meter was broken (I reported it through the 311 app, ticket attached).",
           "Driver License #: ", "Phone: ", "Sincerely,", "Parking Enforcement"),
    "PL": ("pl", "Odwołanie od mandatu nr ", "Szanowni Państwo,",
           "wnoszę o uchylenie mandatu dotyczącego pojazdu o nr rej. {plate} z dnia {date}. W chwili zdarzenia pojazdem kierowała inna osoba.",
           "PESEL: ", "Tel. ", "Z poważaniem", "CANARD"),
    "SE": ("sv", "Överklagan av parkeringsanmärkning nr ", "Hej,",
           "Jag vill överklaga parkeringsanmärkningen för fordon {plate} den {date}. Jag hade betalat via appen, kvitto bifogas.",
           "Personnummer: ", "Tel: ", "Med vänliga hälsningar", "Transportstyrelsen"),
    "BE": ("nl", "Bezwaar tegen onmiddellijke inning, PV nr. ", "Geachte,",
           "Ik betwist de overtreding met voertuig {plate} op {date}; de flitspaal stond verkeerd afgesteld volgens de pers.",
           "Rijksregisternummer: ", "Gsm: ", "Met vriendelijke groeten,", "Parket"),
    "PT": ("pt", "Defesa relativa ao auto de contraordenação n.º ", "Exmos. Senhores,",
           "venho apresentar defesa quanto ao auto levantado ao veículo de matrícula {plate} em {date}, uma vez que não era eu quem conduzia.",
           "NIF: ", "Telemóvel: ", "Com os melhores cumprimentos,", "ANSR"),
    "CZ": ("cs", "Odpor proti příkazu č. j. ", "Vážení,",
           "podávám odpor proti příkazu týkajícímu se vozidla RZ {plate} ze dne {date}. Vozidlo v tu dobu řídila jiná osoba.",
           "Rodné číslo: ", "Tel.: ", "S pozdravem", "odbor dopravy"),
    "TR": ("tr", "Trafik idari para cezasına itiraz, tutanak no ", "Sulh Ceza Hâkimliğine,",
           "{plate} plakalı aracım için {date} tarihinde düzenlenen tutanağa itiraz ediyorum; araç o saatte otoparktaydı.",
           "T.C. Kimlik No: ", "Tel: ", "Saygılarımla,", "Emniyet"),
    "IE": ("en", "Appeal of Fixed Charge Notice ", "Dear Sir/Madam,",
           "I wish to appeal the notice relating to {plate} on {date}. I had sold the car two weeks earlier and the RF105 was posted.",
           "PPS Number: ", "Mobile: ", "Kind regards,", "FCPO"),
    "AU": ("en", "Request for review of penalty notice ", "Hi,",
           "Requesting a review of the penalty for rego {plate} on {date}. The loading zone sign was obscured by a tree.",
           "Licence number: ", "Ph: ", "Cheers,", "Revenue NSW"),
}


AUTH = {"DE": ("Stadt Kassel – Bußgeldstelle", "Obere Königsstraße 8, 34117 Kassel"), "FR": ("Centre National de Traitement", "CS 41101, 35911 Rennes Cedex 9"),
        "IT": ("Comando Polizia Locale di Bergamo", "via Coghetti 10, 24128 Bergamo"), "ES": ("Jefatura Provincial de Tráfico de Valencia", "calle Ricardo Micó 5, 46009 Valencia"),
        "NL": ("CJIB", "Postbus 1794, 8901 CB Leeuwarden"), "GB": ("Leeds City Council – Parking Services", "PO Box 1125, Leeds LS1 9RT"),
        "US": ("City of Tulsa – Parking Enforcement", "175 E 2nd St, Tulsa, OK 74103"), "PL": ("Centrum Automatycznego Nadzoru nad Ruchem Drogowym", "ul. Kasprzaka 2, 01-211 Warszawa"),
        "SE": ("Transportstyrelsen, Trängselskatt och parkering", "701 97 Örebro"), "BE": ("Parket van de Procureur des Konings Mechelen", "Voochtstraat 7, 2800 Mechelen"),
        "PT": ("ANSR – Autoridade Nacional de Segurança Rodoviária", "Av. de Casal de Cabanas, 2734-507 Barcarena"), "CZ": ("Magistrát města Brna, odbor dopravy", "Kounicova 67, 601 67 Brno"),
        "TR": ("Kadıköy Nöbetçi Sulh Ceza Hâkimliği", "Kadıköy Adliyesi, İstanbul"), "IE": ("Fixed Charge Processing Office", "PO Box 50, Thurles, Co. Tipperary"),
        "AU": ("Revenue NSW", "PO Box 786, Strawberry Hills NSW 2012")}


@tpl(40)
def fine_appeal(R):
    cc = R.choice(sorted(FINE))
    lang, subj, sal, body, idl, tel, bye, _ = FINE[cc]
    p = P(R, cc)
    fine_no = ref(R, "fine_number", R.choice(["{n12}", "{n4}/{n6}", "VR-{n8}", "{n2}.{n3}.{n5}"]))
    date = day(R, cc, 2025, 2026, "offence_date")
    pre = body.split("{plate}")
    mid = pre[1].split("{date}")
    kind = {"DE": "de_dl", "FR": "fr_dl", "IT": "cf", "ES": R.choice(["dni", "dni", "nie"]), "NL": "nl_dl", "GB": "gb_dl", "US": "us_dl", "PL": "pesel", "SE": "se_pnr",
            "BE": "be_rrn", "PT": "pt_nif", "CZ": "cz_rc", "TR": "tc", "IE": "ie_ppsn", "AU": "au_dl"}[cc]
    gv, sub = gov(R, p, kind)
    g = L("gov_id", gv, sub=sub) if R.random() < 0.85 else None
    o = AUTH[cc]
    parts = [p.name(), "\n", p.addr(True), "\n", p.email() if R.random() < 0.4 else "", "\n\n", orgN(o, 0), "\n", orgN(o, 1), "\n\n",
             subj, fine_no, "\n\n", sal, "\n", pre[0], plate(R, cc), mid[0], date, mid[1], " ",
             {"de": "Zur Sache: Fahrer war ich selbst.", "fr": "Montant réclamé : ", "it": "Importo: ", "es": "Importe: ",
              "nl": "Bedrag: ", "en": "Amount: ", "pl": "Kwota: ", "sv": "Belopp: ", "pt": "Montante: ", "cs": "Částka: ", "tr": "Tutar: "}[lang],
             price(R, CUR[cc], 20, 400) if lang != "de" else "", "\n\n"]
    if g:
        parts += [idl, g, "\n"]
    parts += [tel, p.phone(), "\n\n", bye, "\n", p.name(R.random() < 0.7)]
    if R.random() < 0.3 and lang != "en":
        parts += ["\n\n(" + {"de": "Anlage: Foto, Parkschein", "fr": "PJ : photos", "it": "Allegati: foto", "es": "Adjunto: factura",
                             "nl": "Bijlage: foto's", "pl": "Załączniki: zdjęcia", "sv": "Bilaga: kvitto", "pt": "Anexos: fotos",
                             "cs": "Přílohy: fotografie", "tr": "Ek: fotoğraflar"}[lang] + ")"]
    return "letter", lang, wrap(R, lang, parts)


NOMINATE = {
    "DE": ("de", "Zeugenfragebogen – Angaben zum Fahrzeugführer", ["Name, Vorname", "Anschrift", "Geburtsdatum", "Führerschein-Nr."], "Ich war nicht selbst gefahren, sondern mein Schwager. Hier seine Daten:"),
    "FR": ("fr", "Formulaire de désignation du conducteur", ["Nom et prénom", "Adresse", "Date de naissance", "N° du permis"], "C'est ma fille qui conduisait ce jour-là, je remplis la désignation :"),
    "GB": ("en", "Notice of Intended Prosecution – Section 172 reply", ["Driver's full name", "Address", "Date of birth", "Driving licence number"], "My partner was driving when the camera flashed, filling in the s172 form:"),
    "IT": ("it", "Comunicazione dati del conducente (art. 126-bis C.d.S.)", ["Cognome e nome", "Residenza", "Data di nascita", "Patente n."], "Alla guida c'era mio cognato, devo comunicare i suoi dati:"),
    "NL": ("nl", "Bestuurdersverklaring (aanwijzing bestuurder)", ["Naam", "Adres", "Geboortedatum", "Rijbewijsnummer"], "Mijn broer reed die dag met mijn auto, ik wijs hem aan als bestuurder:"),
    "ES": ("es", "Identificación del conductor responsable", ["Nombre y apellidos", "Domicilio", "Fecha de nacimiento", "DNI / permiso de conducir"], "Conducía mi pareja, tengo que identificarla en la web de la DGT:"),
    "PL": ("pl", "Wskazanie kierującego pojazdem (art. 78 ust. 4)", ["Imię i nazwisko", "Adres zamieszkania", "Data urodzenia", "PESEL"], "Samochodem jechał wtedy mój syn, wypełniam wskazanie:"),
}


@tpl(26)
def driver_nomination(R):
    cc = R.choice(sorted(NOMINATE))
    lang, title, fields, intro = NOMINATE[cc]
    keeper, drv = P(R, cc), P(R, cc)
    while drv.family == keeper.family or drv.given == keeper.given:
        drv = P(R, cc)
    idkind = {"DE": "de_dl", "FR": "fr_dl", "GB": "gb_dl", "IT": "it_dl", "NL": "nl_dl", "ES": "dni", "PL": "pesel"}[cc]
    gv, sub = gov(R, drv, idkind)
    rows = [(fields[0], drv.name()), (fields[1], drv.addr()), (fields[2], drv.dob()), (fields[3], L("gov_id", gv, sub=sub))]
    parts = [intro, "\n\n", title, "\n", {"de": "Aktenzeichen", "fr": "N° d'avis", "en": "Notice ref", "it": "Verbale n.", "nl": "Zaaknummer", "es": "Expediente", "pl": "Sygnatura"}[lang], ": ",
             ref(R, "case_number", R.choice(["{n3}.{n6}.{n1}", "NIP/{n8}", "{n12}"])), " · ", plate(R, cc), " · ", day(R, cc, 2025, 2026, "offence_date"), " ", hhmm(R), "\n"]
    for k, v in rows:
        parts += ["%-24s " % (k + ":"), v, "\n"]
    parts += ["\n", {"de": "Halter", "fr": "Titulaire", "en": "Registered keeper", "it": "Proprietario", "nl": "Kentekenhouder", "es": "Titular", "pl": "Właściciel"}[lang], ": ",
              keeper.name(), ", ", keeper.phone()]
    if R.random() < 0.3:
        parts += [", ", keeper.email()]
    parts += ["\n", {"de": "Gemessene Geschwindigkeit 68 km/h, zulässig 50 km/h.", "fr": "Vitesse retenue 87 km/h pour 80 km/h.", "en": "Recorded speed 38 mph in a 30 zone.",
                     "it": "Velocità rilevata 71 km/h, limite 50.", "nl": "Gemeten snelheid 58 km/u, toegestaan 50.", "es": "Velocidad 142 km/h en tramo de 120.", "pl": "Prędkość 79 km/h w terenie zabudowanym."}[lang]]
    return "form", lang, wrap(R, lang, parts, FORM_REQ[lang])


ACC = {  # lang: (title, A, B, fields: name, address, phone, licence, insurer, policy, plate, make), circumstances, witness
    "fr": ("CONSTAT AMIABLE D'ACCIDENT AUTOMOBILE (recopié)", "Véhicule A", "Véhicule B",
           ["Nom, prénom", "Adresse", "Tél. ou e-mail", "Permis n°", "Société d'assurance", "Contrat n°", "Immatriculation", "Marque, type"],
           "Circonstances : A sortait d'un parking, B circulait sur la voie de droite. Choc avant gauche / aile arrière droite.", "Témoin", ["MAIF", "Matmut", "AXA France", "Groupama"], "FR"),
    "de": ("Europäischer Unfallbericht (abgetippt)", "Fahrzeug A", "Fahrzeug B",
           ["Name, Vorname", "Anschrift", "Tel./E-Mail", "Führerschein-Nr.", "Versicherung", "Versicherungsschein-Nr.", "Kennzeichen", "Marke, Typ"],
           "Unfallhergang: A wollte links abbiegen, B hat beim Überholen den Spiegel touchiert. Keine Verletzten, Polizei nicht gerufen.", "Zeuge", ["HUK-COBURG", "Allianz", "DEVK", "R+V"], "DE"),
    "it": ("CONSTATAZIONE AMICHEVOLE DI INCIDENTE (CAI)", "Veicolo A", "Veicolo B",
           ["Cognome e nome", "Indirizzo", "Telefono / e-mail", "Patente n.", "Compagnia", "Polizza n.", "Targa", "Marca, tipo"],
           "Circostanze: A in sosta, B in retromarcia ha urtato il paraurti anteriore di A.", "Testimone", ["UnipolSai", "Generali", "Allianz Direct", "Verti"], "IT"),
    "es": ("DECLARACIÓN AMISTOSA DE ACCIDENTE (parte amistoso)", "Vehículo A", "Vehículo B",
           ["Apellidos y nombre", "Dirección", "Teléfono / email", "Permiso de conducir nº", "Aseguradora", "Póliza nº", "Matrícula", "Marca, modelo"],
           "Circunstancias: B no respetó el ceda el paso en la rotonda y golpeó el lateral derecho de A.", "Testigo", ["Mapfre", "Línea Directa", "Mutua Madrileña", "Allianz"], "ES"),
    "nl": ("Europees Schadeformulier (overgetypt)", "Voertuig A", "Voertuig B",
           ["Naam, voornaam", "Adres", "Tel./e-mail", "Rijbewijsnummer", "Verzekeraar", "Polisnummer", "Kenteken", "Merk, type"],
           "Toedracht: A stond stil voor het rode licht, B reed er achterop.", "Getuige", ["Centraal Beheer", "Interpolis", "FBTO", "ANWB Verzekeren"], "NL"),
    "pl": ("OŚWIADCZENIE SPRAWCY KOLIZJI DROGOWEJ", "Pojazd A (sprawca)", "Pojazd B (poszkodowany)",
           ["Imię i nazwisko", "Adres", "Telefon", "PESEL", "Ubezpieczyciel", "Nr polisy OC", "Nr rejestracyjny", "Marka, model"],
           "Okoliczności: kierujący pojazdem A podczas cofania na parkingu uderzył w tylny zderzak pojazdu B.", "Świadek", ["PZU", "Warta", "Link4", "Allianz"], "PL"),
    "en": ("Accident details exchanged at the scene (typed up from my notes)", "My car", "Other driver",
           ["Name", "Address", "Phone", "Licence no.", "Insurer", "Policy no.", "Reg", "Make/model"],
           "What happened: other driver pulled out of the junction at Kirkgate without looking, hit my nearside front wing. No injuries.", "Witness", ["Admiral", "Direct Line", "Aviva", "LV="], "GB"),
    "pt": ("DECLARAÇÃO AMIGÁVEL DE ACIDENTE AUTOMÓVEL", "Veículo A", "Veículo B",
           ["Nome", "Morada", "Telefone / email", "NIF", "Seguradora", "Apólice n.º", "Matrícula", "Marca, modelo"],
           "Circunstâncias: B entrou na rotunda sem ceder a passagem e embateu na porta traseira de A.", "Testemunha", ["Fidelidade", "Tranquilidade", "Ageas", "OK! teleseguros"], "PT"),
}
MAKES = ["Volkswagen Golf", "Renault Clio", "Peugeot 208", "Fiat Panda", "Škoda Octavia", "Toyota Yaris", "Citroën C3", "Mercedes-Benz A 180",
         "Ford Fiesta", "Opel Corsa", "Dacia Sandero", "BMW 118i", "Seat Ibiza", "Kia Ceed", "Hyundai i20", "Tesla Model 3", "Volvo XC40", "Porsche Macan"]


@tpl(25)
def accident_statement(R):
    lang = R.choice(sorted(ACC))
    title, la, lb, f, circ, wit, insurers, cc = ACC[lang]
    a, b = P(R, cc), P(R, cc)
    while b.family == a.family or b.given == a.given or b.family in a.family or a.family in b.family:
        b = P(R, cc)
    idk = {"FR": "fr_dl", "DE": "de_dl", "IT": "it_dl", "ES": "dni", "NL": "nl_dl", "PL": "pesel", "GB": "gb_dl", "PT": "pt_nif"}[cc]
    parts = [title, "\n", {"fr": "Date", "de": "Datum", "it": "Data", "es": "Fecha", "nl": "Datum", "pl": "Data", "en": "Date", "pt": "Data"}[lang], ": ",
             day(R, cc, 2025, 2026, "accident_date"), " ", hhmm(R), "\n\n"]
    for lab, p in ((la, a), (lb, b)):
        gv, sub = gov(R, p, idk)
        r = R.random()
        if lab == lb and r < 0.4:  # the other driver is a visitor from abroad
            contact = phone_label(R, cc, plan=R.choice([c for c in ("DE", "NL", "GB", "BE", "CH", "PL", "AT", "IT", "FR") if c != cc]))
        else:
            contact = p.phone() if r < 0.75 else p.email()
        vals = [p.name(), p.addr(), contact, L("gov_id", gv, sub=sub), N(R.choice(insurers), "insurer"),
                ref(R, "policy_number", R.choice(["{n10}", "{n3} {n7}", "AB-{n8}", "{n14}"])), plate(R, cc), N(R.choice(MAKES), "car_make")]
        parts += ["== " + lab + " ==\n"]
        for k, v in zip(f, vals):
            parts += [k, ": ", v, "\n"]
        parts += ["\n"]
    parts += [circ, "\n"]
    if R.random() < 0.35:
        w = P(R, cc)
        if w.family not in (a.family, b.family) and w.given not in (a.given, b.given) and not any(x in w.family for x in (a.family, b.family)):
            parts += [wit, ": ", w.name(), ", ", w.phone(), "\n"]
    return "form", lang, wrap(R, lang, parts, FORM_REQ[lang])


CLAIM = {
    "de": ("Schadenmeldung zu Vertrag ", "Hallo,", "am {date} wurde mein geparktes Auto ({make}, {plate}) angefahren, der Verursacher ist geflüchtet. Kostenvoranschlag der Werkstatt: {price}.",
           "Bitte überweisen Sie die Entschädigung auf mein Konto:", "IBAN: ", "Rückfragen gerne telefonisch unter ", "Viele Grüße", "DE"),
    "fr": ("Déclaration de sinistre – contrat ", "Bonjour,", "le {date}, mon véhicule ({make}, {plate}) a subi un bris de glace sur autoroute. Devis du garage : {price}.",
           "Merci de verser l'indemnisation sur mon compte :", "IBAN : ", "Vous pouvez me joindre au ", "Cordialement,", "FR"),
    "it": ("Denuncia sinistro – polizza ", "Buongiorno,", "in data {date} la mia auto ({make}, {plate}) è stata danneggiata dalla grandine. Preventivo carrozzeria: {price}.",
           "Vi prego di accreditare il rimborso su:", "IBAN ", "Per qualsiasi chiarimento: ", "Cordiali saluti", "IT"),
    "es": ("Parte de siniestro – póliza ", "Buenos días:", "el {date} me robaron el catalizador del coche ({make}, {plate}). Presupuesto del taller: {price}.",
           "Ruego hagan el pago de la indemnización a la cuenta:", "IBAN: ", "Mi teléfono: ", "Un saludo,", "ES"),
    "nl": ("Schademelding polis ", "Beste,", "op {date} is mijn auto ({make}, {plate}) beschadigd door een vallende tak. Offerte garage: {price}.",
           "Graag de schade-uitkering overmaken op:", "IBAN: ", "Bereikbaar op ", "Groet,", "NL"),
    "en": ("Claim notification – policy ", "Hi,", "on {date} my car ({make}, {plate}) was hit in the Tesco car park by a driver who left no details. The body shop quoted {price}.",
           "Please pay the settlement into my account:", "Sort code / IBAN: ", "Best number to reach me: ", "Thanks,", "GB"),
    "pl": ("Zgłoszenie szkody – polisa ", "Dzień dobry,", "dnia {date} mój samochód ({make}, {plate}) został uszkodzony na parkingu. Kosztorys warsztatu: {price}.",
           "Proszę o wypłatę odszkodowania na konto:", "Nr konta: ", "Kontakt: ", "Pozdrawiam", "PL"),
    "pt": ("Participação de sinistro – apólice ", "Boa tarde,", "no dia {date} o meu carro ({make}, {plate}) foi riscado no parque. Orçamento da oficina: {price}.",
           "Peço que a indemnização seja transferida para:", "IBAN: ", "Contacto: ", "Obrigado,", "PT"),
}


CLAIM_INS = {"de": [("HUK-COBURG", "schaden@huk-coburg.de"), ("Allianz", "schaden@allianz.de"), ("DEVK", "service@devk.de")],
             "fr": [("MAIF", "gestion-sinistres@maif.fr"), ("Matmut", "sinistres@matmut.fr")],
             "it": [("Generali", "sinistri@generali.it"), ("UnipolSai", "sinistri@unipolsai.it")],
             "es": [("Mapfre", "siniestros@mapfre.com"), ("Línea Directa", "siniestros@lineadirecta.es")],
             "nl": [("Centraal Beheer", "schade@centraalbeheer.nl"), ("Interpolis", "schade@interpolis.nl")],
             "en": [("Admiral", "claims@admiral.com"), ("Direct Line", "claims@directline.com"), ("Aviva", "claims@aviva.co.uk")],
             "pl": [("PZU", "szkody@pzu.pl"), ("Warta", "szkody@warta.pl")],
             "pt": [("Fidelidade", "sinistros@fidelidade.pt"), ("Ageas", "sinistros@ageas.pt")]}
MAIL_REQ = {"en": ["Can you make this email sound more professional?", "Anything I should add before I send this to the insurer?"],
            "de": ["Kannst du die Mail etwas professioneller formulieren?", "Fehlt noch was, bevor ich das an die Versicherung schicke?"],
            "fr": ["Tu peux rendre ce mail plus pro ?", "Il manque quelque chose avant que j'envoie à l'assureur ?"],
            "it": ["Puoi rendere questa mail più formale?"], "es": ["¿Puedes dejar este correo más formal?"], "nl": ["Kun je deze mail wat netter maken?"],
            "pl": ["Popraw proszę tego maila, żeby brzmiał profesjonalnie."], "pt": ["Podes deixar este email mais formal?"]}


@tpl(24)
def insurance_claim(R):
    lang = R.choice(sorted(CLAIM))
    subj, hi, body, payline, ibl, telline, bye, cc = CLAIM[lang]
    p = P(R, cc)
    ins, box = R.choice(CLAIM_INS[lang])
    b1, rest = body.split("{date}")
    b2, rest = rest.split("{make}")
    b3, rest = rest.split("{plate}")
    b4, b5 = rest.split("{price}")
    claimno = ref(R, "claim_number", R.choice(["SCH-{n9}", "{n4}-{n6}", "CL{n10}", "{n13}"]))
    parts = ["From: ", p.name(), " <", p.email(), ">\nTo: ", N(box, "role_mailbox"),
             "\nSubject: ", subj, ref(R, "policy_number", R.choice(["{n10}", "KV-{n7}", "{n3}/{n8}"])), "\n\n", hi, "\n", b1, day(R, cc, 2025, 2026, "accident_date"), b2,
             N(R.choice(MAKES), "car_make"), b3, plate(R, cc), b4, price(R, CUR[cc], 300, 6000), b5, "\n", ins, " ", {"de": "Schadennummer", "fr": "réf. sinistre", "it": "n. sinistro", "es": "nº siniestro", "nl": "schadenummer", "en": "claim ref", "pl": "nr szkody", "pt": "n.º processo"}[lang],
             ": ", claimno, "\n\n", payline, "\n", ibl, iban(R, cc), "\n", {"de": "Kontoinhaber", "fr": "Titulaire", "it": "Intestatario", "es": "Titular", "nl": "t.n.v.", "en": "Account name", "pl": "Właściciel", "pt": "Titular"}[lang], ": ", p.name(), "\n\n",
             telline, p.phone(), "\n\n", bye, "\n", p.name(R.random() < 0.5), "\n", p.addr()]
    return "email", lang, wrap(R, lang, parts, MAIL_REQ[lang])


QUOTE = {
    "en": ("GB", "Get a quote – your details", ["Title", "First name", "Last name", "Date of birth", "Email", "Phone", "Address", "Licence type", "Licence number", "Years held", "Vehicle", "Annual mileage", "Overnight parking"],
           ["Mr", None, None, None, None, None, None, "Full UK", None, "6", None, "8,000", "Driveway"]),
    "us": ("US", "Auto Insurance Quote Request", ["Prefix", "First Name", "Last Name", "DOB", "Email", "Mobile", "Garaging Address", "License Status", "DL #", "Years Licensed", "Vehicle", "Annual Miles", "Current Carrier"],
           ["Ms", None, None, None, None, None, None, "Valid", None, "11", None, "12,500", "GEICO"]),
    "de": ("DE", "Kfz-Versicherung Tarifrechner – Ihre Angaben", ["Anrede", "Vorname", "Nachname", "Geburtsdatum", "E-Mail", "Telefon", "Anschrift", "Führerschein seit", "Führerschein-Nr.", "SF-Klasse", "Fahrzeug", "Fahrleistung", "Stellplatz"],
           ["Herr", None, None, None, None, None, None, "2011", None, "SF 12", None, "12.000 km", "Garage"]),
    "es": ("ES", "Calcula tu seguro – datos del tomador", ["Tratamiento", "Nombre", "Apellidos", "Fecha de nacimiento", "Email", "Móvil", "Dirección", "Carnet desde", "DNI", "Años sin siniestros", "Vehículo", "Km/año", "Garaje"],
           ["Sra.", None, None, None, None, None, None, "2009", None, "7", None, "15.000", "Sí"]),
    "it": ("IT", "Preventivo RC Auto – dati del contraente", ["Titolo", "Nome", "Cognome", "Data di nascita", "Email", "Cellulare", "Residenza", "Patente dal", "Codice fiscale", "Classe CU", "Veicolo", "Km annui", "Ricovero notturno"],
           ["Sig.", None, None, None, None, None, None, "2010", None, "1", None, "10.000", "Box"]),
    "pt": ("BR", "Cotação de seguro auto", ["Tratamento", "Nome", "Sobrenome", "Data de nascimento", "E-mail", "Celular", "Endereço de pernoite", "CNH desde", "CPF", "Bônus", "Veículo", "Km/mês", "Garagem"],
           ["Sr.", None, None, None, None, None, None, "2014", None, "5", None, "1.200", "Sim"]),
    "nl": ("NL", "Autoverzekering premie berekenen", ["Aanhef", "Voornaam", "Achternaam", "Geboortedatum", "E-mail", "Telefoon", "Adres", "Rijbewijs sinds", "Rijbewijsnummer", "Schadevrije jaren", "Auto", "Km per jaar", "Parkeren"],
           ["Dhr.", None, None, None, None, None, None, "2012", None, "9", None, "15.000", "Oprit"]),
}


@tpl(20)
def insurance_quote(R):
    key = R.choice(sorted(QUOTE))
    cc, title, fields, fixed = QUOTE[key]
    lang = {"us": "en"}.get(key, key)
    p = P(R, cc)
    idk = {"GB": "gb_dl", "US": "us_dl", "DE": "de_dl", "ES": "dni", "IT": "cf", "BR": "cpf", "NL": "nl_dl"}[cc]
    gv, sub = gov(R, p, idk)
    vals = dict(enumerate(fixed))
    vals[1], vals[2], vals[3], vals[4], vals[5], vals[6], vals[8] = L("person", p.given), L("person", p.family), p.dob(), p.email(), p.phone(), p.addr(), L("gov_id", gv, sub=sub)
    vals[10] = N(R.choice(MAKES) + " " + str(R.randint(2014, 2024)), "car_make")
    if p.female:
        vals[0] = {"GB": "Mrs", "US": "Ms", "DE": "Frau", "ES": "Sra.", "IT": "Sig.ra", "BR": "Sra.", "NL": "Mevr."}[cc]
    else:
        vals[0] = {"GB": "Mr", "US": "Mr", "DE": "Herr", "ES": "Sr.", "IT": "Sig.", "BR": "Sr.", "NL": "Dhr."}[cc]
    parts = [title, "\n"]
    use_table = R.random() < 0.5
    for i, k in enumerate(fields):
        v = vals[i]
        if use_table:
            parts += ["| ", k, " | ", v, " |\n"]
        else:
            parts += [k, ": ", v, "\n"]
    parts += [{"en": "Quote ref: ", "de": "Angebotsnr.: ", "es": "Nº presupuesto: ", "it": "Preventivo n. ", "pt": "Cotação nº ", "nl": "Offertenummer: "}[lang],
              ref(R, "quote_number", R.choice(["Q{n9}", "{n4}-{n4}-{n2}", "OFF{n8}"])), " — ", price(R, CUR[cc], 250, 2500),
              {"en": " per year", "de": " jährlich", "es": " al año", "it": " annui", "pt": " à vista", "nl": " per maand"}[lang], "\n"]
    req = {"en": ["Why is this so expensive? Anything I filled in wrong?", "Is it worth switching from my current insurer for this?"],
           "de": ["Warum ist das so teuer? Hab ich was falsch eingegeben?"], "es": ["¿Es caro? ¿He puesto algo mal?"], "it": ["È un buon prezzo secondo te?"],
           "pt": ["Está caro? Preenchi algo errado?"], "nl": ["Is dit een goede premie?"]}[lang]
    return "form", lang, wrap(R, lang, parts, req)


SALE = {
    "de": ("DE", "KAUFVERTRAG über ein gebrauchtes Kraftfahrzeug (privat)", "Verkäufer", "Käufer", ["Name", "Anschrift", "Telefon", "Ausweis-/Führerschein-Nr."],
           ["Hersteller/Typ", "Fahrzeug-Ident.-Nr. (FIN)", "amtl. Kennzeichen", "Erstzulassung", "km-Stand (abgelesen)", "Nächste HU"],
           "Das Fahrzeug wird unter Ausschluss jeglicher Sachmängelhaftung verkauft. Kaufpreis: ", "Zahlung per Überweisung an", "Ort, Datum, Unterschrift"),
    "fr": ("FR", "CONTRAT DE VENTE D'UN VÉHICULE D'OCCASION ENTRE PARTICULIERS", "Vendeur", "Acheteur", ["Nom", "Adresse", "Téléphone", "N° de permis"],
           ["Marque / modèle", "N° VIN", "Immatriculation", "Date de 1re immatriculation", "Kilométrage", "Dernier contrôle technique"],
           "Le véhicule est vendu en l'état, sans garantie. Prix de vente : ", "Paiement par virement sur le compte", "Fait à, le, signatures"),
    "es": ("ES", "CONTRATO DE COMPRAVENTA DE VEHÍCULO USADO", "Vendedor", "Comprador", ["Nombre", "Domicilio", "Teléfono", "DNI"],
           ["Marca y modelo", "Nº de bastidor", "Matrícula", "Fecha 1ª matriculación", "Kilómetros", "ITV en vigor hasta"],
           "El vehículo se vende en el estado en que se encuentra. Precio: ", "Pago mediante transferencia a la cuenta", "Lugar, fecha y firmas"),
    "it": ("IT", "SCRITTURA PRIVATA DI VENDITA DI AUTOVEICOLO USATO", "Venditore", "Acquirente", ["Nome e cognome", "Residenza", "Telefono", "Codice fiscale"],
           ["Marca e modello", "Telaio (VIN)", "Targa", "Immatricolazione", "Chilometri", "Revisione valida fino al"],
           "Il veicolo è venduto nello stato di fatto in cui si trova. Prezzo: ", "Pagamento con bonifico sul conto", "Luogo, data e firme"),
    "nl": ("NL", "KOOPOVEREENKOMST GEBRUIKTE AUTO (particulier)", "Verkoper", "Koper", ["Naam", "Adres", "Telefoon", "Rijbewijsnummer"],
           ["Merk en type", "Chassisnummer (VIN)", "Kenteken", "Datum eerste toelating", "Kilometerstand", "APK geldig tot"],
           "De auto wordt verkocht zoals gezien en bereden. Koopprijs: ", "Betaling per overboeking op rekening", "Plaats, datum, handtekeningen"),
    "pl": ("PL", "UMOWA KUPNA-SPRZEDAŻY SAMOCHODU", "Sprzedający", "Kupujący", ["Imię i nazwisko", "Adres", "Telefon", "PESEL"],
           ["Marka i model", "Numer VIN", "Nr rejestracyjny", "Data pierwszej rejestracji", "Przebieg", "Badanie techniczne do"],
           "Kupujący oświadcza, że zapoznał się ze stanem technicznym pojazdu. Cena: ", "Płatność przelewem na rachunek", "Podpisy stron"),
    "pt": ("PT", "CONTRATO DE COMPRA E VENDA DE VEÍCULO", "Vendedor", "Comprador", ["Nome", "Morada", "Telemóvel", "NIF"],
           ["Marca/modelo", "N.º de quadro (VIN)", "Matrícula", "Data da 1.ª matrícula", "Quilómetros", "Inspeção válida até"],
           "O veículo é vendido no estado em que se encontra. Preço: ", "Pagamento por transferência para o IBAN", "Local, data e assinaturas"),
    "cs": ("CZ", "KUPNÍ SMLOUVA NA OJETÉ VOZIDLO", "Prodávající", "Kupující", ["Jméno", "Adresa", "Telefon", "Rodné číslo"],
           ["Tovární značka, typ", "VIN", "RZ", "Datum 1. registrace", "Stav tachometru", "STK platná do"],
           "Vozidlo se prodává tak, jak stojí a leží. Kupní cena: ", "Platba převodem na účet", "Podpisy"),
    "sv": ("SE", "KÖPEKONTRAKT BEGAGNAD BIL (privatköp)", "Säljare", "Köpare", ["Namn", "Adress", "Telefon", "Personnummer"],
           ["Märke/modell", "Chassinummer", "Reg.nr", "I trafik första gången", "Mätarställning", "Besiktigad"],
           "Bilen säljs i befintligt skick. Köpeskilling: ", "Betalning via Swish/överföring till konto", "Ort, datum, underskrifter"),
}


@tpl(15)
def car_sale_contract(R):
    lang = R.choice(sorted(SALE))
    cc, title, ls, lb, pf, vf, clause, payl, sig = SALE[lang]
    s, b = P(R, cc), P(R, cc)
    while b.family == s.family or b.given == s.given or b.family in s.family or s.family in b.family:
        b = P(R, cc)
    idk = {"DE": "de_dl", "FR": "fr_dl", "ES": "dni", "IT": "cf", "NL": "nl_dl", "PL": "pesel", "PT": "pt_nif", "CZ": "cz_rc", "SE": "se_pnr"}[cc]
    parts = [title, "\n\n"]
    for lab, p in ((ls, s), (lb, b)):
        gv, sub = gov(R, p, idk)
        parts += [lab.upper(), "\n", pf[0], ": ", p.name(), "\n", pf[1], ": ", p.addr(), "\n", pf[2], ": ", p.phone(), "\n", pf[3], ": ", L("gov_id", gv, sub=sub), "\n\n"]
    mk = R.choice(MAKES)
    vv = [N(mk, "car_make"), N(vin_for(R, mk), "vin"), plate(R, cc), day(R, cc, 2012, 2021, "registration_date"), odo(R), day(R, cc, 2026, 2027, "inspection_date")]
    for k, v in zip(vf, vv):
        parts += [k, ": ", v, "\n"]
    parts += ["\n", clause, price(R, CUR[cc], 1500, 38000), "\n", payl, " ", iban(R, cc) if cc != "SE" else iban(R, "SE"), " (", s.name(), ")\n\n", sig, ":\n", s.name(), "                 ", b.name()]
    return "form", lang, wrap(R, lang, parts, FORM_REQ[lang])


CHAT_SALE = {
    "de": ("DE", "Kleinanzeigen", ["Hallo, ist der {make} noch zu haben?", "Ja, noch da. Besichtigung Samstag möglich.", "Super. Adresse?", "{addr}, klingeln bei {fam}. Meine Nummer: {phone}",
                                   "Ich würde 300 € anzahlen, damit du ihn reservierst. IBAN?", "{iban}, Inhaber {name}. Bitte mit Betreff \"Anzahlung {plate}\"."], "Kann ich dem trauen? Die Anzahlung ist mir nicht ganz geheuer."),
    "fr": ("FR", "Leboncoin", ["Bonjour, la {make} est toujours dispo ?", "Oui, visible ce week-end.", "Vous êtes où exactement ?", "{addr}, interphone {fam}. Mon portable : {phone}",
                               "Je peux verser un acompte par virement ?", "Ok : {iban}, au nom de {name}. Mettez \"acompte {plate}\" en libellé."], "Il me demande un acompte, c'est normal ?"),
    "nl": ("NL", "Marktplaats", ["Hoi, is de {make} nog beschikbaar?", "Ja hoor. Zaterdag kijken?", "Prima, waar?", "{addr}, bel bij {fam}. 06 nummer: {phone}",
                                 "Kan ik een aanbetaling doen?", "Tuurlijk, {iban} t.n.v. {name}, o.v.v. {plate}."], "Moet ik echt vooruit betalen? Voelt raar."),
    "it": ("IT", "Subito", ["Ciao, la {make} è ancora disponibile?", "Sì, la puoi vedere sabato.", "Dove si trova?", "{addr}, citofono {fam}. Cell. {phone}",
                            "Posso lasciare una caparra?", "Certo, {iban} intestato a {name}, causale caparra {plate}."], "Mi chiede una caparra con bonifico, è normale?"),
    "es": ("ES", "Wallapop", ["Hola, ¿sigue disponible el {make}?", "Sí, se puede ver el sábado.", "¿Dónde lo tienes?", "{addr}, portero {fam}. Mi móvil: {phone}",
                              "¿Te hago una señal por transferencia?", "Vale, {iban}, titular {name}, concepto señal {plate}."], "¿Os fiaríais de hacer la señal?"),
    "pl": ("PL", "OLX", ["Dzień dobry, {make} jeszcze aktualny?", "Tak, można oglądać w sobotę.", "Gdzie stoi auto?", "{addr}, domofon {fam}. Tel. {phone}",
                         "Mogę wpłacić zaliczkę?", "Tak, {iban}, odbiorca {name}, tytułem zaliczka {plate}."], "Czy to bezpieczne wpłacać zaliczkę?"),
    "en": ("GB", "Facebook Marketplace", ["Hi is the {make} still available?", "Yes mate, can view Saturday", "Where abouts are you?", "{addr}, knock for {fam}. My number {phone}",
                                          "Can I put a deposit down by bank transfer?", "Yeah {iban}, name {name}, reference {plate}"], "Is it safe to send a deposit before seeing the car?"),
    "pt": ("PT", "OLX", ["Boa tarde, o {make} ainda está disponível?", "Sim, pode ver no sábado.", "Onde fica?", "{addr}, tocar a {fam}. Telemóvel {phone}",
                         "Posso dar um sinal?", "Pode, {iban}, titular {name}, descritivo sinal {plate}."], "Devo pagar o sinal antes de ver o carro?"),
}


@tpl(22)
def private_sale_chat(R):
    lang = R.choice(sorted(CHAT_SALE))
    cc, site, lines, rq = CHAT_SALE[lang]
    s = P(R, cc)
    buyer = R.choice(["Me", "Ich", "Moi", "Yo", "Io", "Ik", "Ja", "Eu"])
    mk = R.choice(MAKES)
    pl = PLATE[cc](R)
    parts = [site, " – ", N(mk, "car_make"), " ", N(str(R.randint(2016, 2022)), "model_year"), ", ", odo(R), ", ", price(R, CUR[cc], 1500, 38000), "\n\n"]
    for i, ln in enumerate(lines):
        who = s.given if i % 2 else buyer
        parts += [L("person", who) if i % 2 else who, R.choice([": ", " (" + hhmm(R) + "): "])]
        for tok in re.split(r"(\{\w+\})", ln):
            if tok == "{make}":
                parts.append(N(mk.split()[0] if R.random() < 0.5 else mk, "car_make"))
            elif tok == "{addr}":
                parts.append(s.addr())
            elif tok == "{fam}":
                parts.append(L("person", s.family))
            elif tok == "{phone}":
                parts.append(s.phone())
            elif tok == "{iban}":
                parts.append(iban(R, cc))
            elif tok == "{name}":
                parts.append(s.name())
            elif tok == "{plate}":
                parts.append(N(pl, "plate"))
            else:
                parts.append(tok)
        parts.append("\n")
    return "chat_export", lang, wrap(R, lang, parts, [rq])


TRANSFER = {
    "GB": ("en", "V5C/2 – new keeper supplement (details I'm sending to DVLA)", ["New keeper name", "Address", "Date of birth", "Driving licence number", "Email"], "Previous keeper", "Tell me if I've filled this in right before I post it."),
    "ES": ("es", "Solicitud de cambio de titularidad (DGT) – datos", ["Adquirente", "Domicilio", "Fecha de nacimiento", "DNI/NIE", "Correo"], "Transmitente", "¿Está bien rellenado? Es la primera vez que hago una transferencia."),
    "IT": ("it", "Passaggio di proprietà – dati per l'atto di vendita (STA)", ["Acquirente", "Residenza", "Data di nascita", "Codice fiscale", "Email"], "Venditore", "Manca qualcosa per l'agenzia pratiche auto?"),
    "BE": ("nl", "Aanvraag inschrijving voertuig (DIV) – gegevens titularis", ["Naam", "Adres", "Geboortedatum", "Rijksregisternummer", "E-mail"], "Vorige eigenaar", "Klopt dit zo voor de DIV?"),
    "PT": ("pt", "Requerimento de registo automóvel – sujeito ativo", ["Nome", "Morada", "Data de nascimento", "NIF", "Email"], "Sujeito passivo", "Está bem preenchido para o IRN?"),
    "PL": ("pl", "Wniosek o rejestrację pojazdu – dane właściciela", ["Imię i nazwisko", "Adres", "Data urodzenia", "PESEL", "E-mail"], "Poprzedni właściciel", "Czy dobrze wypełniłem wniosek?"),
    "CZ": ("cs", "Žádost o zápis změny vlastníka silničního vozidla", ["Nový vlastník", "Adresa", "Datum narození", "Rodné číslo", "E-mail"], "Dosavadní vlastník", "Je to vyplněné správně?"),
    "TR": ("tr", "Noter araç satış sözleşmesi – alıcı bilgileri", ["Alıcı", "Adres", "Doğum tarihi", "T.C. Kimlik No", "E-posta"], "Satıcı", "Eksik bilgi var mı, notere böyle götürebilir miyim?"),
    "SE": ("sv", "Ägarbyte – uppgifter om ny ägare", ["Ny ägare", "Adress", "Födelsedatum", "Personnummer", "E-post"], "Säljare", "Har jag fyllt i rätt?"),
    "BR": ("pt", "ATPV-e – comunicação de venda (dados do comprador)", ["Comprador", "Endereço", "Data de nascimento", "CPF", "E-mail"], "Vendedor", "Preenchi certo o ATPV-e?"),
}


@tpl(24)
def registration_transfer(R):
    cc = R.choice(sorted(TRANSFER))
    lang, title, fields, prevl, rq = TRANSFER[cc]
    n, o = P(R, cc), P(R, cc)
    while o.family == n.family or o.given == n.given or o.family in n.family or n.family in o.family:
        o = P(R, cc)
    idk = {"GB": "gb_dl", "ES": R.choice(["dni", "nie"]), "IT": "cf", "BE": "be_rrn", "PT": "pt_nif", "PL": "pesel", "CZ": "cz_rc", "TR": "tc", "SE": "se_pnr", "BR": "cpf"}[cc]
    gv, sub = gov(R, n, idk)
    vals = [n.name(), n.addr(R.random() < 0.4), n.dob(), L("gov_id", gv, sub=sub), n.email()]
    parts = [title, "\n", "-" * 40, "\n"]
    for k, v in zip(fields, vals):
        parts += [k, ": ", v, "\n"]
    parts += [prevl, ": ", o.name(), R.choice([", ", " – "]), o.phone(), "\n", "VIN: ", N(vin(R), "vin"), "\n", {"en": "Reg", "es": "Matrícula", "it": "Targa", "nl": "Nummerplaat", "pt": "Matrícula", "pl": "Nr rej.", "cs": "RZ", "tr": "Plaka", "sv": "Reg.nr"}[lang],
              ": ", plate(R, cc), "\n", {"en": "Date of sale", "es": "Fecha de venta", "it": "Data vendita", "nl": "Datum verkoop", "pt": "Data da venda", "pl": "Data sprzedaży", "cs": "Datum prodeje", "tr": "Satış tarihi", "sv": "Försäljningsdatum"}[lang],
              ": ", day(R, cc, 2025, 2026, "sale_date"), "\n", {"en": "Document ref", "es": "Nº de expediente", "it": "Numero pratica", "nl": "Documentnummer", "pt": "N.º do documento", "pl": "Nr dowodu rej.", "cs": "Číslo TP", "tr": "Tescil belge seri no", "sv": "Kontrollnummer"}[lang],
              ": ", ref(R, "document_number", R.choice(["{n11}", "AB{n7}", "{n4} {n4} {n3}"]))]
    return "form", lang, wrap(R, lang, parts, [rq])


LOAN = {
    "US": ("en", "Auto Loan Application – Credit Union", ["Applicant", "SSN", "Date of Birth", "Home Address", "Cell", "Email", "Employer", "Monthly Income"], "Co-applicant"),
    "DE": ("de", "Leasingantrag – Selbstauskunft", ["Antragsteller", "Führerschein-Nr.", "Geburtsdatum", "Wohnanschrift", "Mobil", "E-Mail", "Arbeitgeber", "Nettoeinkommen"], "Mitantragsteller"),
    "FR": ("fr", "Demande de LOA – fiche de renseignements", ["Demandeur", "N° de permis", "Date de naissance", "Adresse", "Portable", "E-mail", "Employeur", "Revenus nets"], "Co-emprunteur"),
    "IT": ("it", "Richiesta finanziamento auto", ["Richiedente", "Codice fiscale", "Data di nascita", "Indirizzo", "Cellulare", "Email", "Datore di lavoro", "Reddito netto"], "Coobbligato"),
    "ES": ("es", "Solicitud de financiación – renting", ["Solicitante", "DNI", "Fecha de nacimiento", "Domicilio", "Móvil", "Email", "Empresa", "Ingresos netos"], "Avalista"),
    "IN": ("in", "Car Loan Application – KYC details", ["Applicant", "PAN", "DOB", "Residential Address", "Mobile", "Email", "Employer", "Net Monthly Salary"], "Co-applicant"),
    "BR": ("pt", "Proposta de financiamento de veículo", ["Proponente", "CPF", "Data de nascimento", "Endereço", "Celular", "E-mail", "Empresa", "Renda mensal"], "Avalista"),
}
EMPLOYERS = ["Siemens", "Deutsche Bahn", "Decathlon", "Airbus", "Enel", "Telefónica", "Infosys", "Petrobras", "Walmart", "Bosch", "Stellantis", "Mercadona"]


@tpl(20)
def loan_application(R):
    cc = R.choice(sorted(LOAN))
    lang, title, f, col = LOAN[cc]
    p = P(R, cc)
    idk = {"US": "ssn", "DE": "de_dl", "FR": "fr_dl", "IT": "cf", "ES": "dni", "IN": "pan", "BR": "cpf"}[cc]
    gv, sub = gov(R, p, idk)
    vals = [p.name(), L("gov_id", gv, sub=sub), p.dob(), p.addr(), p.phone(), p.email(), N(R.choice(EMPLOYERS), "employer"), price(R, CUR[cc], 1800, 6500)]
    parts = [title, "\n", {"en": "Application no. ", "de": "Antragsnr. ", "fr": "Dossier n° ", "it": "Pratica n. ", "es": "Solicitud nº ", "in": "Application ID ", "pt": "Proposta nº "}[lang],
             ref(R, "contract_number", R.choice(["{n10}", "LA-{n7}", "{n3}-{n6}-{n2}"])), "\n\n"]
    for k, v in zip(f, vals):
        parts += [k, ": ", v, "\n"]
    if R.random() < 0.5:
        c = P(R, cc)
        if c.family != p.family and c.given != p.given and c.family not in p.family and p.family not in c.family:
            parts += [col, ": ", c.name(), ", ", c.dob(), "\n"]
    parts += ["\n", N(R.choice(MAKES), "car_make"), " – ", price(R, CUR[cc], 12000, 60000), ", ", {"en": "60 months, APR 7.9%", "de": "48 Monate, 10.000 km/Jahr", "fr": "37 mois, 1er loyer majoré",
              "it": "TAN 6,95% TAEG 8,12%", "es": "48 cuotas", "in": "84 EMI @ 9.25% p.a.", "pt": "48x, CET 1,89% a.m."}[lang], "\n"]
    if cc in ("DE", "FR", "IT", "ES"):
        parts += [{"de": "SEPA-Lastschrift von IBAN ", "fr": "Prélèvement SEPA sur IBAN ", "it": "Addebito SDD su IBAN ", "es": "Domiciliación en IBAN "}[lang], iban(R, cc), "\n"]
    return "form", lang, wrap(R, lang, parts, FORM_REQ[lang])


GARAGES = {
    "DE": ("Autohaus Sielmann GmbH", "Gewerbestraße 12, 26203 Wardenburg", "04407 9188-0", "werkstatt@autohaus-sielmann.de"),
    "FR": ("Garage du Pont-Neuf SARL", "ZA des Landes, 35830 Betton", "02 99 55 10 41", "contact@garagedupontneuf.fr"),
    "IT": ("Officina Meccanica F.lli Brambati snc", "via Industriale 4, 24040 Comun Nuovo (BG)", "035 595 117", "officina@brambati-auto.it"),
    "ES": ("Talleres Ibaizabal S.L.", "Polígono Ugaldeguren I, 48170 Zamudio", "944 52 18 60", "taller@talleresibaizabal.es"),
    "NL": ("Autobedrijf De Vaart B.V.", "Industrieweg 31, 8061 RJ Hasselt", "038 477 21 10", "info@autobedrijfdevaart.nl"),
    "GB": ("Moorside Motors Ltd", "Unit 4, Canal Wharf Industrial Estate, Leeds LS11 5PQ", "0113 244 9071", "service@moorsidemotors.co.uk"),
    "US": ("Cottonwood Auto Repair", "4410 W State St, Boise, ID 83703", "(208) 342-7781", "service@cottonwoodauto.com"),
    "PL": ("Auto-Serwis Zdun s.c.", "ul. Przemysłowa 9, 62-081 Przeźmierowo", "61 814 22 30", "serwis@zdun-auto.pl"),
    "SE": ("Bilverkstan i Gottsunda AB", "Vårdsätravägen 2, 756 46 Uppsala", "018-12 40 50", "verkstad@bilverkstangottsunda.se"),
}
INV = {
    "DE": ("de", "RECHNUNG", "Kunde", ["Inspektion nach Herstellervorgabe", "Bremsbeläge vorne ersetzt", "Ölfilter", "Motoröl 5W-30, 4,5 l", "Reifen montiert"], "Fahrgestellnr.", "Zahlbar sofort ohne Abzug."),
    "FR": ("fr", "FACTURE", "Client", ["Révision constructeur", "Plaquettes AV", "Filtre à huile", "Huile 5W-30 4,5 L", "Pneus"], "VIN", "Payé par carte le jour même."),
    "IT": ("it", "FATTURA", "Cliente", ["Tagliando", "Pastiglie freno ant.", "Filtro olio", "Olio 5W-30 4,5 l", "Pneumatici"], "Telaio", "Pagamento: contanti/POS."),
    "ES": ("es", "FACTURA", "Cliente", ["Revisión oficial", "Pastillas delanteras", "Filtro de aceite", "Aceite 5W-30 4,5 l", "Neumáticos"], "Bastidor", "Forma de pago: tarjeta."),
    "NL": ("nl", "FACTUUR", "Klant", ["Grote beurt", "Remblokken voor", "Oliefilter", "Motorolie 5W-30 4,5 l", "Banden"], "Chassisnr.", "Betaald per pin."),
    "GB": ("en", "INVOICE", "Customer", ["Full service", "Front brake pads", "Oil filter", "Engine oil 5W-30 4.5L", "Tyres fitted"], "VIN", "Paid by card, thank you."),
    "US": ("en", "REPAIR ORDER / INVOICE", "Customer", ["Multi-point inspection", "Front pads & rotors", "Oil filter", "Synthetic oil 5W-30 5 qt", "Tires mounted & balanced"], "VIN", "Payment: card on file."),
    "PL": ("pl", "FAKTURA VAT", "Nabywca", ["Przegląd okresowy", "Klocki hamulcowe przód", "Filtr oleju", "Olej 5W-30 4,5 l", "Opony"], "VIN", "Zapłacono kartą."),
    "SE": ("sv", "FAKTURA", "Kund", ["Service enligt tillverkare", "Bromsbelägg fram", "Oljefilter", "Motorolja 5W-30 4,5 l", "Däck"], "Chassinr", "Betalt med kort."),
}


@tpl(34)
def garage_invoice(R):
    cc = R.choice(sorted(INV))
    lang, title, custl, items, vinl, payl = INV[cc]
    g = GARAGES[cc]
    p = P(R, cc)
    parts = [N(g[0], "org_name"), "\n", N(g[1], "org_address"), " · Tel. ", N(g[2], "service_line"), " · ", N(g[3], "role_mailbox"), "\n\n",
             title, " ", ref(R, "invoice_number", R.choice(["{n6}", "RE-{n5}", "{n4}/{n2}"])), "   ", day(R, cc, 2025, 2026, "invoice_date"), "\n\n",
             custl, ":\n", p.name(), "\n", p.addr(True), "\n"]
    if R.random() < 0.7:
        parts += [p.phone(), "\n"]
    if R.random() < 0.5:
        parts += [p.email(), "\n"]
    mk = R.choice(MAKES)
    parts += ["\n", N(mk, "car_make"), " · ", plate(R, cc), " · ", vinl, " ", N(vin_for(R, mk), "vin"), " · ", odo(R, "mi" if cc == "US" else "km"), "\n\n"]
    for it in R.sample(items, R.randint(3, 5)):
        parts += ["  ", it, "  "]
        if "5W" in it:
            parts += [part(R), "  "]
        elif it.lower().startswith(("reifen", "pneu", "neum", "band", "tyre", "tire", "opon", "däck")):
            parts += [tyre(R), " ×4  "]
        else:
            parts += [part(R), "  "]
        parts += [price(R, CUR[cc], 15, 900), "\n"]
    parts += ["\n", payl]
    if R.random() < 0.4:
        parts += [" ", masked_card(R)]
    elif R.random() < 0.4 and cc in ("DE", "NL", "FR", "IT", "ES"):
        parts += ["\n", {"de": "Bitte überweisen an ", "nl": "Graag overmaken naar ", "fr": "Virement sur ", "it": "Bonifico su ", "es": "Transferencia a "}[lang],
                  iban(R, cc, holder="org"), " (", g[0], ")"]
    return "invoice", lang, wrap(R, lang, parts)


ROAD = {
    "GB": ("en", "AA", ["Hi, my car's broken down on the A64 near the Askham Bryan turn, hazard lights on.", "Sorry to hear that! Can I take your membership number or name and postcode?",
                        "{name}, {addr}", "Thanks. Best number for the patrol to call?", "{phone}", "A patrol is on the way, ETA 50 min. Anything else?", "My partner {other} may call from {phone2}, that's fine."]),
    "DE": ("de", "ADAC", ["Hallo, mein Auto springt auf dem Parkplatz nicht mehr an.", "Das tut mir leid. Name und Wohnanschrift des Mitglieds bitte.",
                          "{name}, {addr}", "Unter welcher Nummer erreicht Sie der Pannenhelfer?", "{phone}", "Ein Pannenhelfer ist unterwegs, ca. 40 Minuten.", "Meine Frau {other} ist auch erreichbar: {phone2}"]),
    "FR": ("fr", "Assistance", ["Bonjour, crevaison sur l'A11, aire de la Sarthe, pas de roue de secours.", "Je vous envoie une dépanneuse. Nom et adresse du sociétaire ?",
                                "{name}, {addr}", "Un numéro pour le dépanneur ?", "{phone}", "Dépanneuse en route, 45 min environ.", "Si je ne réponds pas, appelez {other} au {phone2}"]),
    "IT": ("it", "Soccorso", ["Buonasera, sono fermo in autostrada A4 all'area di servizio, batteria a terra.", "Nome e indirizzo del titolare della polizza?",
                              "{name}, {addr}", "Un numero per il carro attrezzi?", "{phone}", "Il carro attrezzi arriva tra 35 minuti.", "Se non rispondo, chiamate {other}: {phone2}"]),
    "NL": ("nl", "Wegenwacht", ["Hoi, mijn auto staat stil op de A28 bij Zwolle-Zuid, koppeling kapot.", "Wat vervelend. Naam en adres van het lid?",
                                "{name}, {addr}", "Op welk nummer kan de wegenwacht bellen?", "{phone}", "De wegenwacht komt eraan, ca. 30 min.", "Mijn vriendin {other} staat erbij, haar nummer {phone2}"]),
    "US": ("en", "Roadside", ["Hi, flat tire on I-84 eastbound past exit 50, no spare.", "Sorry about that! Can you confirm the member name and home address?",
                              "{name}, {addr}", "Callback number for the tow operator?", "{phone}", "A tow truck is dispatched, ETA 55 minutes.", "If I don't pick up, call my brother {other} at {phone2}"]),
    "ES": ("es", "Asistencia", ["Hola, se me ha calado el coche en la A-8 a la altura de Basauri.", "Vaya. ¿Nombre y dirección del asegurado?",
                                "{name}, {addr}", "¿Un teléfono para la grúa?", "{phone}", "La grúa llega en unos 40 minutos.", "Si no contesto, llamad a {other}: {phone2}"]),
}


@tpl(16)
def roadside_chat(R):
    cc = R.choice(sorted(ROAD))
    lang, brand, lines = ROAD[cc]
    p, o = P(R, cc), P(R, cc)
    while o.given == p.given or o.family in p.family or p.family in o.family:
        o = P(R, cc)
    agent = P(R, cc)
    while agent.given in (p.given, o.given) or agent.family in (p.family, o.family):
        agent = P(R, cc)
    parts = [N(brand, "org_name"), " chat · ", {"en": "Case", "de": "Fall", "fr": "Dossier", "it": "Pratica", "nl": "Melding", "es": "Expediente"}[lang], " ",
             ref(R, "case_number", R.choice(["{n9}", "RA-{n7}"])), " · ", N(R.choice(MAKES), "car_make"), " ", plate(R, cc), "\n"]
    for i, ln in enumerate(lines):
        if i % 2:
            parts += [L("person", agent.given), " (", N(brand, "org_name"), "): "]
        else:
            parts += [p.name(False) if R.random() < 0.3 else {"en": "You", "de": "Sie", "fr": "Vous", "it": "Tu", "nl": "Jij", "es": "Tú"}[lang], ": "]
        for tok in re.split(r"(\{\w+\})", ln):
            parts.append({"{name}": p.name(), "{addr}": p.addr(), "{phone}": p.phone(), "{other}": L("person", o.given), "{phone2}": o.phone()}.get(tok, tok) if tok.startswith("{") else tok)
        parts.append("\n")
    if R.random() < 0.7:
        ask = {"en": ("The tow isn't covered, it's %s. Card details?", "ok it's %s exp 09/28", "Please don't type card numbers in chat, I'll send a secure link."),
               "de": ("Der Abschleppdienst ist nicht gedeckt, %s. Zahlung per Karte?", "ja, %s gültig bis 09/28", "Bitte keine Kartennummern im Chat, ich schicke Ihnen einen sicheren Link."),
               "fr": ("Le remorquage n'est pas couvert, %s. Paiement par carte ?", "oui : %s exp 09/28", "Merci de ne pas écrire votre carte ici, je vous envoie un lien sécurisé."),
               "it": ("Il traino non è coperto, %s. Paga con carta?", "sì, %s scad. 09/28", "Per favore non scriva il numero della carta in chat, le mando un link."),
               "nl": ("Het slepen valt niet onder de dekking, %s. Betalen met kaart?", "ja, %s geldig tot 09/28", "Graag geen kaartnummers in de chat, ik stuur een betaallink."),
               "es": ("La grúa no está cubierta, %s. ¿Pago con tarjeta?", "vale, %s cad. 09/28", "Por favor, no escriba la tarjeta en el chat, le envío un enlace seguro.")}[lang]
        a1, a2 = ask[0].split("%s")
        b1, b2 = ask[1].split("%s")
        parts += [L("person", agent.given), ": ", a1, price(R, CUR[cc], 90, 450), a2, "\n", p.name(False), ": ", b1, card(R), b2, "\n", L("person", agent.given), ": ", ask[2], "\n"]
    return "chat_export", lang, wrap(R, lang, parts)


RIDE = {
    "US": ("en", "Uber", "Thanks for riding, {g}", "Your driver", "Trip fare", "Pickup", "Drop-off", "Lost item? Contact your driver through the app."),
    "GB": ("en", "Bolt", "Thanks for riding with Bolt, {g}", "Driver", "Total", "From", "To", "Rate your driver in the app."),
    "FR": ("fr", "Uber", "Merci pour votre course, {g}", "Votre chauffeur", "Total", "Départ", "Arrivée", "Un objet oublié ? Contactez le chauffeur via l'appli."),
    "DE": ("de", "FREE NOW", "Danke für deine Fahrt, {g}", "Fahrer", "Gesamt", "Start", "Ziel", "Quittung als PDF im Konto."),
    "ES": ("es", "Cabify", "Gracias por viajar con Cabify, {g}", "Conductor", "Total", "Origen", "Destino", "¿Olvidaste algo? Escríbenos desde la app."),
    "MX": ("es", "DiDi", "Gracias por viajar, {g}", "Conductor", "Total", "Origen", "Destino", "Califica tu viaje."),
    "BR": ("pt", "99", "Obrigado pela corrida, {g}", "Motorista", "Total", "Embarque", "Desembarque", "Esqueceu algo? Fale com o motorista pelo app."),
    "IN": ("in", "Ola", "Thanks for riding with Ola, {g}", "Driver", "Total Bill", "Pickup", "Drop", "For support, use the app."),
    "PL": ("pl", "Bolt", "Dziękujemy za przejazd, {g}", "Kierowca", "Razem", "Skąd", "Dokąd", "Oceń kierowcę w aplikacji."),
    "TR": ("tr", "BiTaksi", "Yolculuğunuz için teşekkürler, {g}", "Sürücü", "Toplam", "Alış", "Varış", "Unuttuğunuz eşya için uygulamadan yazın."),
}
POI = {"US": "Boise Airport (BOI), 3201 W Airport Way", "GB": "Leeds Station, New Station St", "FR": "Gare de Rennes, place de la Gare", "DE": "Kassel-Wilhelmshöhe, Bahnhof",
       "ES": "Aeropuerto Adolfo Suárez Madrid-Barajas T4", "MX": "Aeropuerto Internacional de la Ciudad de México T1", "BR": "Aeroporto de Congonhas, Av. Washington Luís",
       "IN": "Pune Junction Railway Station", "PL": "Kraków Główny, ul. Pawia 5a", "TR": "Sabiha Gökçen Havalimanı"}


@tpl(32)
def ride_receipt(R):
    cc = R.choice(sorted(RIDE))
    lang, app, thanks, drv, tot, fr, to, foot = RIDE[cc]
    p = P(R, cc)
    d = P(R, cc)
    while d.given == p.given or d.family in p.family:
        d = P(R, cc)
    t1, t2 = thanks.split("{g}")
    home_first = R.random() < 0.5
    legs = [N(POI[cc], "public_place"), p.addr()]
    if home_first:
        legs.reverse()
    parts = ["From: ", N({"Uber": "noreply@uber.com", "Bolt": "receipts@bolt.eu", "Cabify": "no-reply@cabify.com", "FREE NOW": "noreply@free-now.com", "Ola": "no-reply@olacabs.com",
                          "99": "noreply@99app.com", "DiDi": "no-reply@didiglobal.com", "BiTaksi": "noreply@bitaksi.com"}[app], "role_mailbox"),
             "\nTo: ", p.email(), "\n\n", app, " · ", day(R, cc, 2025, 2026, "trip_date"), "\n", t1, L("person", p.given), t2, "\n\n",
             tot, ": ", price(R, CUR[cc], 7, 90), "\n", fr, " ", hhmm(R), ": ", legs[0], "\n", to, " ", hhmm(R), ": ", legs[1], "\n",
             drv, ": ", L("person", d.given), " · ", N(R.choice(MAKES), "car_make"), " · ", plate(R, cc), " · ★ 4.9", "\n", masked_card(R), "\n",
             N("Trip ID " + rnd(R, "0123456789abcdef", 8) + "-" + rnd(R, "0123456789abcdef", 4), "trip_id"), "\n", foot]
    if R.random() < 0.5:
        parts += ["\n\n", {"en": "My note: the driver called me on ", "fr": "Note : le chauffeur m'a appelé au ", "de": "Notiz: Fahrer hat mich angerufen unter ", "es": "Nota: el conductor me llamó al ",
                           "pt": "Obs: o motorista me ligou no ", "in": "Note: driver called me on ", "pl": "Notatka: kierowca dzwonił na ", "tr": "Not: sürücü beni şu numaradan aradı: "}[lang],
                  p.phone() if R.random() < 0.6 else phone_label(R, cc, plan=R.choice([c for c in ("DE", "GB", "FR", "NL", "IT", "ES", "US", "BR", "IN") if c != cc])),
                  "."]
    rq = {"en": ["I was overcharged, help me write a complaint.", "The driver took a detour, can I get a refund?"], "fr": ["J'ai été surfacturé, aide-moi à réclamer."],
          "de": ["Die Fahrt war viel zu teuer, hilf mir bei der Beschwerde."], "es": ["Me cobraron de más, ¿cómo reclamo?"], "pt": ["Fui cobrado a mais, como reclamo?"],
          "in": ["Driver took a longer route, kindly help draft complaint."], "pl": ["Naliczyli za dużo, pomóż napisać reklamację."], "tr": ["Fazla ücret alındı, şikayet yazar mısın?"]}[lang]
    return "email", lang, wrap(R, lang, parts, rq)


@tpl(16)
def carsharing_support(R):
    cc = R.choice(["DE", "FR", "IT", "ES", "NL", "GB", "AT", "PL"])
    lang = {"AT": "de", "GB": "en"}.get(cc, LANG_OF[cc])
    p = P(R, cc)
    agent = P(R, cc)
    while agent.given == p.given or agent.family in p.family or p.family in agent.family:
        agent = P(R, cc)
    app = R.choice({"DE": ["SHARE NOW", "Miles", "WeShare"], "AT": ["SHARE NOW"], "FR": ["Getaround", "Zity", "Free2Move"], "IT": ["Enjoy", "Zity", "Share Now"], "ES": ["Zity", "Free2Move", "WiBLE"],
                    "NL": ["GreenWheels", "MyWheels"], "GB": ["Zipcar", "Enterprise Car Club"], "PL": ["Panek CarSharing", "Traficar"]}[cc])
    Q = {"de": ["Hallo, meine Führerscheinprüfung hängt seit drei Tagen. Meine Daten:", "Name", "Geburtsdatum", "Führerscheinnummer", "E-Mail", "Meldeadresse", "Danke, ich gebe das an die Validierung weiter. Viele Grüße, "],
         "fr": ["Bonjour, la validation de mon permis bloque. Voici mes infos :", "Nom", "Date de naissance", "N° de permis", "E-mail", "Adresse", "Merci, je transmets au service validation. Bonne journée, "],
         "it": ["Ciao, la verifica della patente è ferma. I miei dati:", "Nome", "Data di nascita", "Patente n.", "Email", "Indirizzo", "Grazie, inoltro al team verifiche. A presto, "],
         "es": ["Hola, la validación del carnet lleva días pendiente. Mis datos:", "Nombre", "Fecha de nacimiento", "DNI/permiso", "Email", "Dirección", "Gracias, lo paso al equipo de validación. Un saludo, "],
         "nl": ["Hoi, mijn rijbewijscheck staat al dagen open. Mijn gegevens:", "Naam", "Geboortedatum", "Rijbewijsnummer", "E-mail", "Adres", "Bedankt, ik zet het door. Groetjes, "],
         "en": ["Hi, my licence check has been pending for days. Details:", "Name", "DOB", "Licence no", "Email", "Address", "Thanks, passing this to our verification team. Cheers, "],
         "pl": ["Dzień dobry, weryfikacja prawa jazdy wisi od 3 dni. Moje dane:", "Imię i nazwisko", "Data urodzenia", "PESEL", "E-mail", "Adres", "Dziękuję, przekazuję do weryfikacji. Pozdrawiam, "]}[lang]
    idk = {"DE": "de_dl", "AT": "de_dl", "FR": "fr_dl", "IT": "it_dl", "ES": "dni", "NL": "nl_dl", "GB": "gb_dl", "PL": "pesel"}[cc]
    gv, sub = gov(R, p, idk)
    parts = [app, " Support · ", day(R, cc, 2026, 2026, "chat_date"), "\n", L("person", p.given), ": ", Q[0], "\n"]
    for k, v in zip(Q[1:6], [p.name(), p.dob(), L("gov_id", gv, sub=sub), p.email(), p.addr()]):
        parts += ["  ", k, ": ", v, "\n"]
    if R.random() < 0.6:
        parts += [L("person", p.given), ": ", {"de": "Und bitte die Karte aktualisieren: ", "fr": "Et mettez à jour ma carte : ", "it": "E aggiornate la carta: ", "es": "Y actualizad mi tarjeta: ",
                                                "nl": "En graag mijn kaart bijwerken: ", "en": "Also please update my card: ", "pl": "I proszę zaktualizować kartę: "}[lang], card(R), " 11/27\n"]
    parts += [L("person", agent.given), " (", app, "): ", Q[6], L("person", agent.given), "\n", "Ticket #", ref(R, "ticket_number", "{n7}")]
    return "chat_export", lang, wrap(R, lang, parts)


EV_REQ = {"en": ["My wallbox keeps dropping off the app, what does this log say?", "Clean this up before I post it on the forum.", "Why does the charger go offline every night?"],
          "de": ["Meine Wallbox verliert ständig die Verbindung, was steht in dem Log?", "Bitte anonymisieren, bevor ich das ins Forum stelle."],
          "nl": ["Mijn laadpaal valt steeds uit de app, wat zegt dit log?"], "fr": ["Ma borne se déconnecte tout le temps, tu comprends ce log ?"],
          "sv": ["Laddboxen tappar uppkopplingen hela tiden, vad betyder loggen?"], "it": ["La wallbox si disconnette sempre, cosa dice questo log?"]}


@tpl(20)
def ev_charger_log(R):
    cc = R.choice(["DE", "NL", "GB", "FR", "SE", "IT", "AT", "CH", "US"])
    lang = {"AT": "de", "CH": "de", "GB": "en", "US": "en"}.get(cc, LANG_OF[cc])
    p = P(R, cc)
    brand = R.choice(["Wallbox Pulsar Plus", "easee Home", "go-e Charger Gemini", "Zaptec Go", "ABL eMH1", "Ohme Home Pro", "myenergi zappi", "KEBA KeContact P30"])
    ip, ip2 = pub_ip(R), pub_ip(R)
    lan = lan_ip(R)
    key = R.choice(["sk_live_", "evc_", "ocpp_", ""]) + rnd(R, ALNUM, R.choice([32, 40]))
    ts = "2026-%02d-%02dT" % (R.randint(1, 11), R.randint(1, 28))
    serial = N("SN " + rnd(R, string.ascii_uppercase, 2) + digits(R, 8), "serial_number")
    parts = ["# ", brand, " – ", serial, " – fw ", N("%d.%d.%d" % (R.randint(1, 6), R.randint(0, 20), R.randint(0, 99)), "version"), "\n",
             ts, "02:11:07Z INFO  wifi: connecting to SSID ", N(R.choice(["FRITZ!Box 7590 XY", "Ziggo5G-8841", "BT-HJ2K7P", "Livebox-3F20", "Telia-7A1C", "TP-Link_Garage"]), "ssid"),
             " psk=", L("secret", pw(R), sub="wifi_password"), "\n",
             ts, "02:11:09Z INFO  dhcp: lease ", L("ip", lan, sub="private"), "/24 gw ", N("192.168.0.0/16", "cidr"), "\n",
             ts, "02:11:12Z INFO  cloud: login user=", p.email(), " from ", L("ip", ip, sub="v4"), "\n",
             ts, "02:11:12Z DEBUG cloud: Authorization: Bearer ", L("secret", key, sub="api_key"), "\n",
             ts, "02:14:40Z WARN  ocpp: ws://", N("csms.example.com", "example_host"), "/ocpp/", N("CP-" + digits(R, 6), "chargepoint_id"), " closed (1006)\n",
             ts, "02:14:41Z INFO  session: stopped, ", N("%d.%02d kWh" % (R.randint(3, 60), R.randint(0, 99)), "energy"), ", rfid ", N("04:%02X:%02X:%02X:%02X:5B:80" % tuple(R.randint(0, 255) for _ in range(4)), "rfid_uid"), "\n",
             ts, "02:20:03Z INFO  webui: admin login from ", L("ip", ip2, sub="v4") if R.random() < 0.5 else doc_ip(R), " (user=admin, pass=", L("secret", pw(R), sub="admin_password"), ")\n"]
    if R.random() < 0.6:
        parts += [ts, "02:20:05Z INFO  notify: sms to ", p.phone(), " \"Charging interrupted\"\n"]
    if R.random() < 0.4:
        parts += [ts, "02:21:00Z INFO  ntp: server ", N(R.choice(["1.1.1.1", "8.8.8.8", "0.0.0.0"]), "resolver"), "\n"]
    return "log", lang, wrap(R, lang, parts, EV_REQ[lang])


@tpl(12)
def ev_home_config(R):
    cc = R.choice(["DE", "NL", "GB", "SE", "US", "CH"])
    lang = {"GB": "en", "US": "en", "CH": "de"}.get(cc, LANG_OF[cc])
    p = P(R, cc)
    fmt = R.choice(["yaml", "env"])
    items = [("owner_name", p.name()), ("owner_email", p.email()), ("owner_phone", p.phone()), ("site_address", p.addr()),
             ("wifi_ssid", N(R.choice(["Carport-IoT", "HomeNet_5G", "Vodafone-CD21"]), "ssid")), ("wifi_password", L("secret", pw(R), sub="wifi_password")),
             ("modbus_host", L("ip", lan_ip(R), sub="private")), ("cloud_api_key", L("secret", rnd(R, ALNUM, 40), sub="api_key")),
             ("cloud_api_key_id", N("kid_" + rnd(R, string.ascii_lowercase + string.digits, 12), "key_id")),
             ("tibber_token", L("secret", rnd(R, URLSAFE_, 43), sub="api_token")), ("mqtt_url", ["mqtt://evcc:", L("secret", pw(R), sub="mqtt_password"), "@", L("ip", pub_ip(R), sub="v4"), ":1883"]),
             ("vehicle_vin", N(vin(R, R.choice(["tesla", "vw", "kia", "bmw", "volvo"])), "vin")), ("docs", N("https://docs.evcc.io/", "url"))]
    parts = []
    for k, v in items:
        if fmt == "yaml":
            parts += [k, ": ", v, "\n"]
        else:
            parts += [k.upper(), "=", v, "\n"]
    return ("yaml" if fmt == "yaml" else "env"), lang, wrap(R, lang, parts, {"en": ["Can you check my evcc config? The car isn't picked up.", "What's wrong with this setup?"],
                                                                              "de": ["Kannst du meine evcc-Konfig prüfen? Das Auto wird nicht erkannt."], "nl": ["Klopt deze configuratie?"],
                                                                              "sv": ["Vad är fel i konfigurationen?"]}[lang])


URLSAFE_ = string.ascii_letters + string.digits + "-_"

SCHOOL = {
    "DE": ("de", "Anmeldung Fahrschule Kröger – Klasse B", ["Fahrschüler/in", "Geburtsdatum", "Anschrift", "Handy", "E-Mail", "Erziehungsberechtigte/r", "Tel. Eltern"], "Erste-Hilfe-Kurs am ", "Sehtest vorhanden."),
    "FR": ("fr", "Inscription auto-école – permis B (AAC)", ["Élève", "Date de naissance", "Adresse", "Portable", "E-mail", "Représentant légal", "Tél. parent"], "Code réussi le ", "NEPH en cours."),
    "GB": ("en", "Driving lesson booking – new pupil", ["Pupil", "Date of birth", "Pickup address", "Mobile", "Email", "Parent/guardian", "Parent's phone"], "Theory test booked for ", "Provisional licence checked."),
    "ES": ("es", "Matrícula autoescuela – permiso B", ["Alumno/a", "Fecha de nacimiento", "Domicilio", "Móvil", "Email", "Padre/madre/tutor", "Tel. tutor"], "Examen teórico el ", "Psicotécnico hecho."),
    "IT": ("it", "Iscrizione autoscuola – patente B", ["Allievo/a", "Data di nascita", "Indirizzo", "Cellulare", "Email", "Genitore", "Tel. genitore"], "Esame di teoria il ", "Certificato medico ok."),
    "NL": ("nl", "Inschrijving rijschool – rijbewijs B (2toDrive)", ["Leerling", "Geboortedatum", "Ophaaladres", "Mobiel", "E-mail", "Coach/ouder", "Tel. coach"], "Theorie-examen op ", "Gezondheidsverklaring ingediend."),
    "PL": ("pl", "Zapis na kurs prawa jazdy kat. B", ["Kursant", "Data urodzenia", "Adres", "Telefon", "E-mail", "Rodzic/opiekun", "Tel. rodzica"], "Egzamin teoretyczny ", "PKK wydany."),
    "SE": ("sv", "Anmälan trafikskola – körkort B", ["Elev", "Födelsedatum", "Adress", "Mobil", "E-post", "Handledare", "Tel. handledare"], "Riskettan bokad ", "Körkortstillstånd klart."),
    "US": ("en", "Driver's Ed Enrollment Form", ["Student", "Date of Birth", "Home Address", "Cell", "Email", "Parent/Guardian", "Parent Cell"], "Permit test on ", "Vision screening passed."),
}


@tpl(20)
def driving_school(R):
    cc = R.choice(sorted(SCHOOL))
    lang, title, f, exam, note = SCHOOL[cc]
    st = P(R, cc)
    st.yy = R.randint(2006, 2009)
    par = P(R, cc)
    par.family = st.family
    par.full = par.given + " " + par.family
    while par.given == st.given:
        par.given = R.choice(NAMES[cc][1] + NAMES[cc][0])
        par.full = par.given + " " + par.family
    vals = [st.name(), st.dob(), st.addr(), st.phone(), st.email(), L("person", par.given) if R.random() < 0.3 else par.name(), par.phone()]
    parts = [title, "\n"]
    for k, v in zip(f, vals):
        parts += [k, ": ", v, "\n"]
    parts += [exam, day(R, cc, 2026, 2027, "exam_date"), ". ", note, "\n", {"de": "Grundgebühr", "fr": "Forfait 20 h", "en": "Block of 10 lessons", "es": "Matrícula", "it": "Pacchetto guide", "nl": "Pakket 30 lessen", "pl": "Kurs", "sv": "Paket 10 lektioner"}[lang],
              ": ", price(R, CUR[cc], 200, 3000), "\n"]
    return "form", lang, wrap(R, lang, parts, {"de": ["Ist das so vollständig? Mein Sohn meldet sich nächste Woche an."], "fr": ["C'est complet pour l'inscription ?"], "en": ["Have I missed anything on this form?", "Is it ok to email this to the instructor?"],
                                               "es": ["¿Falta algo en la matrícula?"], "it": ["Manca qualcosa?"], "nl": ["Mis ik nog iets?"], "pl": ["Czy czegoś brakuje?"], "sv": ["Har jag missat något?"]}[lang])


TOLL = {
    "AT": ("de", "ASFINAG Digitale Vignette – Kaufbestätigung", "Gültig ab", "Zahlung"),
    "CH": ("de", "Via – E-Vignette 2026 – Quittung", "Gültig ab", "Zahlung"),
    "FR": ("fr", "Bip&Go – ouverture de compte télépéage", "Badge actif depuis le", "Paiement"),
    "ES": ("es", "VIA-T – alta de dispositivo", "Activo desde", "Pago"),
    "PT": ("pt", "Via Verde – adesão", "Ativo desde", "Pagamento"),
    "IT": ("it", "Telepass – attivazione contratto", "Attivo dal", "Pagamento"),
    "US": ("en", "E-ZPass – account statement", "Account opened", "Replenishment"),
    "IE": ("en", "eFlow – M50 tag account", "Active since", "Payment"),
    "CZ": ("cs", "eDálnice – elektronická známka", "Platnost od", "Platba"),
    "PL": ("pl", "e-TOLL – konto użytkownika", "Aktywne od", "Płatność"),
}


@tpl(22)
def toll_account(R):
    cc = R.choice(sorted(TOLL))
    lang, title, since, payl = TOLL[cc]
    p = P(R, cc)
    f = {"de": ["Name", "Adresse", "E-Mail", "Telefon", "Kennzeichen"], "fr": ["Titulaire", "Adresse", "E-mail", "Téléphone", "Immatriculation"],
         "es": ["Titular", "Dirección", "Email", "Teléfono", "Matrícula"], "pt": ["Titular", "Morada", "Email", "Telemóvel", "Matrícula"],
         "it": ["Intestatario", "Indirizzo", "Email", "Cellulare", "Targa"], "en": ["Account holder", "Address", "Email", "Phone", "Plate"],
         "cs": ["Jméno", "Adresa", "E-mail", "Telefon", "RZ"], "pl": ["Użytkownik", "Adres", "E-mail", "Telefon", "Nr rej."]}[lang]
    plcc = cc if cc in PLATE else "DE"
    parts = [title, "\n", ref(R, "account_number", R.choice(["Nr. {n9}", "#{n10}", "{n4}-{n4}"])), "\n"]
    vals = [p.name(), p.addr(), p.email(), p.phone(), plate(R, plcc)]
    for k, v in zip(f, vals):
        parts += [k, ": ", v, "\n"]
    parts += [since, " ", day(R, cc, 2025, 2026, "valid_from"), "\n", payl, ": "]
    if R.random() < 0.7:
        parts += [card(R), " (", {"de": "eingegeben", "fr": "saisie", "es": "introducida", "pt": "introduzido", "it": "inserita", "en": "entered", "cs": "zadáno", "pl": "wpisana"}[lang], ")"]
    else:
        parts += [masked_card(R)]
        if cc in ("FR", "ES", "PT", "IT", "AT", "PL", "IE"):
            parts += ["\nIBAN: ", iban(R, {"IE": "IE", "AT": "AT"}.get(cc, cc))]
    parts += ["\n", price(R, CUR[cc] if cc != "US" else "$", 10, 200)]
    return "form", lang, wrap(R, lang, parts, FORM_REQ[lang])


@tpl(16)
def bikeshare_account(R):
    cc = R.choice(["FR", "ES", "GB", "US", "DE", "NL", "IT", "PL"])
    lang = {"GB": "en", "US": "en"}.get(cc, LANG_OF[cc])
    p = P(R, cc)
    svc = {"FR": "Vélib' Métropole", "ES": "BiciMAD", "GB": "Santander Cycles", "US": "Citi Bike", "DE": "nextbike", "NL": "OV-fiets", "IT": "BikeMi", "PL": "Veturilo"}[cc]
    ip = pub_ip(R) if R.random() < 0.7 else ip6(R)
    H = {"fr": ["Mon compte", "Nom", "E-mail", "Mobile", "Adresse de facturation", "Carte enregistrée", "Dernière connexion", "Code PIN vélo"],
         "es": ["Mi cuenta", "Nombre", "Email", "Móvil", "Dirección", "Tarjeta", "Último acceso", "PIN"],
         "en": ["My account", "Name", "Email", "Mobile", "Billing address", "Card", "Last sign-in", "Dock PIN"],
         "de": ["Mein Konto", "Name", "E-Mail", "Handy", "Rechnungsadresse", "Karte", "Letzte Anmeldung", "PIN"],
         "nl": ["Mijn account", "Naam", "E-mail", "Mobiel", "Adres", "Betaalkaart", "Laatst ingelogd", "Pincode"],
         "it": ["Il mio account", "Nome", "Email", "Cellulare", "Indirizzo", "Carta", "Ultimo accesso", "PIN"],
         "pl": ["Moje konto", "Imię i nazwisko", "E-mail", "Telefon", "Adres", "Karta", "Ostatnie logowanie", "PIN"]}[lang]
    parts = [svc, " – ", H[0], "\n", H[1], ": ", p.name(), "\n", H[2], ": ", p.email(), "\n", H[3], ": ", p.phone(), "\n", H[4], ": ", p.addr(), "\n",
             H[5], ": ", card(R) if R.random() < 0.7 else masked_card(R), "\n", H[6], ": ", day(R, cc, 2026, 2026, "signin_date"), " ", hhmm(R), " – IP ", L("ip", ip, sub="v6" if ":" in ip else "v4"), "\n",
             H[7], ": ", L("secret", digits(R, 4), sub="pin"), "\n", N(R.choice(["Abonnement V-Max", "Pase anual", "Annual membership", "Jahresabo", "Jaarabonnement"]), "plan_name"), " – ", price(R, CUR[cc], 20, 120), "\n"]
    rq = {"fr": ["Quelqu'un utilise mon compte Vélib', que faire ?"], "es": ["Me han cobrado viajes que no hice, ¿qué hago?"], "en": ["Someone's been using my account, what should I do?"],
          "de": ["Jemand nutzt mein Konto, was tun?"], "nl": ["Iemand gebruikt mijn account, wat nu?"], "it": ["Qualcuno usa il mio account, cosa faccio?"], "pl": ["Ktoś korzysta z mojego konta, co robić?"]}[lang]
    return "screenshot", lang, wrap(R, lang, parts, rq)


PERMIT = {
    "GB": ("en", "Residents' parking permit application – Zone K", ["Full name", "Address in zone", "Date of birth", "Email", "Phone", "Vehicle reg", "Proof of address"], "Council tax bill"),
    "NL": ("nl", "Aanvraag bewonersvergunning parkeren", ["Naam", "Adres", "Geboortedatum", "E-mail", "Telefoon", "Kenteken", "Bewijs"], "huurcontract"),
    "DE": ("de", "Antrag auf Bewohnerparkausweis", ["Name", "Hauptwohnsitz", "Geburtsdatum", "E-Mail", "Telefon", "Kennzeichen", "Nachweis"], "Meldebescheinigung"),
    "FR": ("fr", "Demande de vignette stationnement résidentiel", ["Nom", "Adresse", "Date de naissance", "E-mail", "Téléphone", "Immatriculation", "Justificatif"], "facture EDF"),
    "ES": ("es", "Solicitud de distintivo SER residente", ["Nombre", "Domicilio", "Fecha de nacimiento", "Email", "Teléfono", "Matrícula", "Justificante"], "empadronamiento"),
    "IT": ("it", "Domanda permesso ZTL residenti", ["Nome e cognome", "Residenza", "Data di nascita", "Email", "Telefono", "Targa", "Documento"], "carta d'identità"),
    "SE": ("sv", "Ansökan om boendeparkering", ["Namn", "Folkbokföringsadress", "Födelsedatum", "E-post", "Telefon", "Reg.nr", "Underlag"], "hyreskontrakt"),
    "BE": ("nl", "Aanvraag bewonerskaart", ["Naam", "Adres", "Geboortedatum", "E-mail", "Gsm", "Nummerplaat", "Bewijs"], "eID"),
    "US": ("en", "Residential Parking Permit (RPP) Application", ["Name", "Residence", "DOB", "Email", "Phone", "License Plate", "Proof"], "utility bill"),
}


@tpl(24)
def parking_permit(R):
    cc = R.choice(sorted(PERMIT))
    lang, title, f, proof = PERMIT[cc]
    p = P(R, cc)
    vals = [p.name(), p.addr(R.random() < 0.4), p.dob(), p.email(), p.phone(), plate(R, cc), proof]
    parts = [title, "\n"]
    for k, v in zip(f, vals):
        parts += [k, ": ", v, "\n"]
    if cc in ("BE", "SE", "IT", "ES") and R.random() < 0.6:
        k = {"BE": "be_rrn", "SE": "se_pnr", "IT": "cf", "ES": "dni"}[cc]
        gv, sub = gov(R, p, k)
        parts += [{"BE": "Rijksregisternummer", "SE": "Personnummer", "IT": "Codice fiscale", "ES": "DNI"}[cc], ": ", L("gov_id", gv, sub=sub), "\n"]
    parts += [{"en": "Fee", "nl": "Kosten", "de": "Gebühr", "fr": "Tarif", "es": "Tasa", "it": "Costo", "sv": "Avgift"}[lang], ": ", price(R, CUR[cc], 10, 300), " / ",
              {"en": "year", "nl": "jaar", "de": "Jahr", "fr": "an", "es": "año", "it": "anno", "sv": "år"}[lang], "\n"]
    if R.random() < 0.4:
        parts += [{"en": "Second car / carer", "nl": "Mantelzorger", "de": "Zweitfahrzeug Partner", "fr": "Conjoint", "es": "Cónyuge", "it": "Coniuge", "sv": "Sambo"}[lang], ": "]
        q = P(R, cc)
        if q.given != p.given and q.family not in p.family and p.family not in q.family:
            parts += [q.name(), ", ", plate(R, cc)]
    return "form", lang, wrap(R, lang, parts, FORM_REQ[lang])


@tpl(11)
def fleet_csv(R):
    cc = R.choice(["DE", "GB", "NL", "FR", "PL", "ES", "IT", "US", "SE", "IN", "BE"])
    lang = {"GB": "en", "US": "en"}.get(cc, LANG_OF[cc])
    idk = {"DE": "de_dl", "GB": "gb_dl", "NL": "nl_dl", "FR": "fr_dl", "PL": "pesel", "ES": "dni", "IT": "it_dl", "US": "us_dl", "SE": "se_pnr", "IN": "in_dl", "BE": "be_rrn"}[cc]
    hdr = {"de": "fahrer;mobil;fuehrerschein_nr;email;kennzeichen;fahrzeug;km_stand;naechste_hu", "en": "driver,mobile,licence_no,email,plate,vehicle,odometer,next_service",
           "nl": "chauffeur;mobiel;rijbewijsnr;email;kenteken;voertuig;km_stand;apk", "fr": "conducteur;portable;permis;email;immat;vehicule;km;prochain_ct",
           "pl": "kierowca;telefon;pesel;email;nr_rej;pojazd;przebieg;przeglad", "es": "conductor;movil;dni;email;matricula;vehiculo;km;itv",
           "it": "autista;cellulare;patente;email;targa;veicolo;km;revisione", "sv": "forare;mobil;personnummer;epost;regnr;fordon;matarstallning;besiktning",
           "in": "driver,mobile,dl_no,email,vehicle_no,vehicle,odometer,puc_expiry"}[lang]
    if cc == "BE":
        hdr = "chauffeur;gsm;rijksregisternr;email;nummerplaat;voertuig;km_stand;keuring"
    sep = "," if lang in ("en", "in") else ";"
    parts = [hdr, "\n"]
    used = set()
    for _ in range(R.randint(3, 9)):
        p = P(R, cc)
        words = set(p.full.split())
        if words & used:
            continue
        used |= words
        gv, sub = gov(R, p, idk)
        mk = R.choice(["VW Caddy", "Ford Transit Custom", "Renault Kangoo", "Mercedes-Benz Sprinter", "Škoda Octavia Combi", "Toyota Proace", "Tata Ace", "Fiat Ducato"])
        row = [p.name(), sep, p.phone() if R.random() < 0.85 else "", sep, L("gov_id", gv, sub=sub), sep, p.email() if R.random() < 0.7 else "", sep,
               plate(R, cc), sep, N(mk, "car_make"), sep, N(str(R.randint(3000, 240000)), "odometer"), sep, day(R, cc, 2026, 2027, "inspection_date"), "\n"]
        parts += row
    rq = {"de": ["Kannst du daraus eine Liste sortiert nach nächster HU machen?"], "en": ["Sort this by next service date and flag overdue vans.", "Turn this into a table for the fleet meeting."],
          "nl": ["Zet dit om naar een tabel per APK-datum."], "fr": ["Trie par date de prochain CT stp."], "pl": ["Posortuj po dacie przeglądu."], "es": ["Ordénalo por fecha de ITV."],
          "it": ["Ordina per scadenza revisione."], "sv": ["Sortera efter besiktningsdatum."], "in": ["Kindly sort by PUC expiry and highlight expired ones."]}[lang]
    return "csv", lang, wrap(R, lang, parts, rq)


@tpl(16)
def telematics_json(R):
    cc = R.choice(["DE", "GB", "US", "NL", "FR", "IT", "ES", "SE", "PL", "AU"])
    lang = {"GB": "en", "US": "en", "AU": "en"}.get(cc, LANG_OF[cc])
    p = P(R, cc)
    key = secret_random(R, R.choice(["hex32", "jwt", "google_api_key"]))
    ip = pub_ip(R)
    lat, lon = R.uniform(36, 60), R.uniform(-9, 24)
    parts = ['{\n  "device_id": ', N('"TLM-%s"' % rnd(R, string.ascii_uppercase + string.digits, 10), "device_id"), ',\n  "imei": ', N('"%s"' % luhn_complete("35" + digits(R, 12)), "imei"),
             ',\n  "vin": "', N(vin(R), "vin"), '",\n  "plate": "', plate(R, cc), '",\n  "driver": {"first_name": "', L("person", p.given, field="first_name"),
             '", "last_name": "', L("person", p.family, field="last_name"), '", "phone": "', p.phone(intl=True) if False else phone_label(R, cc, intl=True), '", "email": "', p.email(),
             '"},\n  "geofences": [{"name": "home", "address": "', p.addr(), '", "radius_m": 150}, {"name": "depot", "lat": ', N("%.5f" % lat, "coordinate"), ', "lon": ', N("%.5f" % lon, "coordinate"), '}],\n',
             '  "last_trip": {"start": "2026-%02d-%02dT07:%02d:00Z", "distance_km": %d.%d, "max_speed_kmh": %d, "harsh_braking": %d},\n' % (R.randint(1, 11), R.randint(1, 28), R.randint(0, 59), R.randint(2, 90), R.randint(0, 9), R.randint(60, 160), R.randint(0, 4)),
             '  "odometer_km": ', N(str(R.randint(5000, 200000)), "odometer"), ',\n  "api": {"base_url": "https://api.example.com/v2", "token": "', L("secret", key, sub="api_token"),
             '", "last_client_ip": "', L("ip", ip, sub="v4"), '"}\n}']
    rq = {"en": ["Why is the home geofence firing twice?", "Explain what this payload contains."], "de": ["Was bedeuten die Felder in diesem JSON?"], "nl": ["Wat betekent dit JSON-bericht?"],
          "fr": ["Explique-moi ce JSON."], "it": ["Spiegami questo JSON."], "es": ["¿Qué significa este JSON?"], "sv": ["Förklara den här JSON-datan."], "pl": ["Wyjaśnij ten JSON."]}[lang]
    return "json", lang, wrap(R, lang, parts, rq)


@tpl(14)
def jp_accident(R):
    a, b = P(R, "JP"), P(R, "JP")
    while b.family == a.family or b.given == a.given:
        b = P(R, "JP")
    gv, sub = gov(R, a, "jp_dl")
    ins = R.choice(["東京海上日動", "損保ジャパン", "三井住友海上", "ソニー損保"])
    parts = ["【事故報告メモ】\n発生日時：", day(R, "JP", 2025, 2026, "accident_date"), " ", hhmm(R), "頃\n場所：", N(R.choice(["国道246号 三軒茶屋交差点付近", "環状八号線 瀬田交差点", "県道2号 武蔵小杉駅前"]), "public_place"),
             "\n\n当方\n氏名：", a.name(), "\n住所：", a.addr(), "\n電話：", a.phone(), "\n免許証番号：", L("gov_id", gv, sub=sub), "\n車両：", N(R.choice(["トヨタ プリウス", "ホンダ N-BOX", "日産 ノート", "マツダ CX-5"]), "car_make"),
             "（", plate(R, "JP"), "）\n保険：", N(ins, "insurer"), " 証券番号 ", ref(R, "policy_number", "{n10}"), "\n\n相手方\n氏名：", b.name(), "\n電話：", b.phone(), "\n住所：", b.addr(),
             "\n車両：", plate(R, "JP"), "\n\n状況：信号待ちで停車中に後方から追突されました。けが人なし。警察届出済み（受理番号 ", ref(R, "case_number", "{n6}"), "）。"]
    return "notes", "ja", wrap(R, "ja", parts, ["保険会社に送る前に、この内容で足りているか確認してもらえますか？", "この事故報告、わかりやすく整えてください。"])


@tpl(14)
def cn_violation(R):
    p = P(R, "CN")
    gv, sub = gov(R, p, "cn_id")
    other = P(R, "CN")
    while other.family == p.family or other.given == p.given:
        other = P(R, "CN")
    parts = ["交管12123 违法处理记录\n机动车号牌：", plate(R, "CN"), "\n违法时间：", day(R, "CN", 2025, 2026, "offence_date"), " ", hhmm(R), "\n违法地点：", N(R.choice(["北京市朝阳区东三环中路国贸桥下", "上海市延安高架路近江苏路", "深圳市南山区深南大道科技园段"]), "public_place"),
             "\n违法行为：机动车违反禁令标志指示\n罚款金额：", price(R, "元", 10, 30), "　记分：3\n决定书编号：", ref(R, "fine_number", "{n16}"),
             "\n\n驾驶人：", p.name(), "\n身份证号/驾驶证号：", L("gov_id", gv, sub=sub), "\n手机号：", p.phone(), "\n联系地址：", p.addr(), "\n"]
    if R.random() < 0.6:
        parts += ["\n实际驾驶人是我爱人", other.name(), "，电话", other.phone(), "，能不能帮她处理？"]
    return "screenshot", "zh", wrap(R, "zh", parts, ["这个罚单能申诉吗？帮我写一段申诉理由。", "这条违章是真的吗？帮我看看。"])


@tpl(14)
def kr_insurance(R):
    a, b = P(R, "KR"), P(R, "KR")
    while b.full == a.full or b.given == a.given:
        b = P(R, "KR")
    gv, sub = gov(R, a, "kr_dl")
    parts = ["[자동차 사고 접수 내역]\n접수번호: ", ref(R, "claim_number", "{n4}-{n7}"), "\n사고일시: ", day(R, "KR", 2025, 2026, "accident_date"), " ", hhmm(R),
             "\n사고장소: ", N(R.choice(["서울 강남구 테헤란로 역삼역 사거리", "경부고속도로 서울방향 신갈JC 부근", "부산 해운대구 센텀중앙로"]), "public_place"),
             "\n\n피보험자: ", a.name(), " (", L("person", ROMAN_KR[a.family] + " " + ROMAN_KR[a.given]), ")\n연락처: ", a.phone(), "\n주소: ", a.addr(), "\n운전면허번호: ", L("gov_id", gv, sub=sub),
             "\n차량번호: ", plate(R, "KR"), " / ", N(R.choice(["현대 아반떼", "기아 쏘렌토", "제네시스 G80", "테슬라 모델 Y"]), "car_make"),
             "\n\n상대방: ", b.name(), " / ", b.phone(), " / 차량 ", plate(R, "KR"), "\n상대 보험사: ", N(R.choice(["DB손해보험", "현대해상", "KB손해보험"]), "insurer"),
             "\n수리비 예상: ", price(R, "원", 300, 3000), "\n"]
    return "notes", "ko", wrap(R, "ko", parts, ["과실비율 어떻게 나올지 알려줘.", "보험사에 보낼 사고 경위서 좀 다듬어줘."])


@tpl(12)
def ru_europrotocol(R):
    a, b = P(R, "RU"), P(R, "RU")
    while b.family[:5] == a.family[:5] or b.given == a.given:
        b = P(R, "RU")
    parts = ["ИЗВЕЩЕНИЕ О ДТП (европротокол), переписал с бланка\nДата: ", day(R, "RU", 2025, 2026, "accident_date"), ", ", hhmm(R), "\nМесто: ",
             N(R.choice(["Москва, МКАД 41-й км, внешняя сторона", "Казань, пр-т Победы у ТЦ «Мега»", "Екатеринбург, ул. Малышева, 51"]), "public_place"), "\n\n"]
    for lab, p in (("ТС «А»", a), ("ТС «Б»", b)):
        gv, sub = gov(R, p, "ru_dl")
        parts += [lab, "\nФИО: ", p.name(), "\nАдрес: ", p.addr(), "\nТелефон: ", p.phone(), "\nВУ: ", L("gov_id", gv, sub=sub), "\nТС: ",
                  N(R.choice(["Lada Vesta", "Kia Rio", "Hyundai Solaris", "Škoda Rapid", "Volkswagen Polo"]), "car_make"), ", г/н ", plate(R, "RU"), ", VIN ", N(vin(R, R.choice(["lada", "kia", "hyundai"])), "vin"),
                  "\nОСАГО: ", N(R.choice(["ХХХ", "ТТТ", "ААС"]) + " " + digits(R, 10), "policy_number"), " (", N(R.choice(["Ингосстрах", "РЕСО-Гарантия", "АльфаСтрахование"]), "insurer"), ")\n\n"]
    parts += ["Обстоятельства: ТС «Б» при перестроении не уступило дорогу ТС «А».\nУщерб: ", price(R, "₽", 200, 3000)]
    return "form", "ru", wrap(R, "ru", parts, ["Проверь, всё ли правильно заполнено, прежде чем нести в страховую.", "Кто виноват по этому описанию?"])


@tpl(12)
def tr_sale_chat(R):
    s = P(R, "TR")
    gv, sub = gov(R, s, "tc")
    lines = ["Merhaba, ", N(R.choice(["Fiat Egea", "Renault Clio", "Toyota Corolla", "Ford Focus"]), "car_make"), " hâlâ satılık mı?\n", L("person", s.given), ": Evet, hafta sonu bakabilirsiniz.\n",
             "Ben: Noter için bilgileriniz lazım.\n", L("person", s.given), ": Ad soyad ", s.name(), ", TC ", L("gov_id", gv, sub=sub), ", adres ", s.addr(), ".\n",
             "Ben: Kaparo göndereyim mi?\n", L("person", s.given), ": Olur, IBAN ", iban(R, "TR"), ", telefonum ", s.phone(), ".\n",
             "Ben: Plaka ", plate(R, "TR"), " değil mi? Kilometre ", odo(R), " yazıyor.\n", L("person", s.given), ": Aynen. Fiyat ", price(R, "₺", 8000, 40000), ", pazarlık payı az."]
    return "chat_export", "tr", wrap(R, "tr", ["sahibinden.com mesajları\n"] + lines, ["Kaparo göndermek güvenli mi?", "Bu ilan dolandırıcı olabilir mi?"])


@tpl(22)
def in_challan(R):
    p = P(R, "IN")
    gv, sub = gov(R, p, "in_dl")
    parts = ["e-Challan – ", N("Pune Traffic Police", "org_name"), "\nChallan No: ", N("MH" + digits(R, 12) + "0" + digits(R, 5), "challan_number"), "\nVehicle No: ", plate(R, "IN"),
             "\nOwner: ", p.name(), "\nDL No: ", L("gov_id", gv, sub=sub), "\nMobile: ", p.phone(), "\nAddress: ", p.addr(), "\nOffence: Jumping red light, Sec 184 MV Act\nAmount: ", price(R, "₹", 6, 25),
             "\nDate: ", day(R, "IN", 2025, 2026, "offence_date"), "\nPay at ", N("https://echallan.parivahan.gov.in", "url"), " or call ", N("1095", "service_line")]
    if R.random() < 0.5:
        gv2, sub2 = gov(R, p, "pan")
        parts += ["\n\n(For the refund form they are also asking PAN: ", L("gov_id", gv2, sub=sub2), ")"]
    return "sms", "in", wrap(R, "in", parts)


SERVICE = {
    "DE": ("de", "Ihre Terminbestätigung – Werkstatt", "Guten Tag {n},", "wir bestätigen Ihren Servicetermin am {d} um 08:00 Uhr für Ihren {m}.", "Rückrufnummer: ", "Ihr Serviceteam"),
    "GB": ("en", "Your service booking is confirmed", "Dear {n},", "your {m} is booked in for its MOT and service on {d} at 8.30am.", "We'll call you on ", "The Service Team"),
    "FR": ("fr", "Confirmation de rendez-vous atelier", "Bonjour {n},", "votre {m} est attendu le {d} à 8h30 pour la révision.", "Nous vous appellerons au ", "L'équipe atelier"),
    "IT": ("it", "Conferma appuntamento officina", "Gentile {n},", "confermiamo il tagliando della sua {m} il {d} alle 8:30.", "La richiameremo al ", "Il team assistenza"),
    "ES": ("es", "Confirmación de cita en taller", "Hola, {n}:", "confirmamos la cita para tu {m} el {d} a las 8:30.", "Te llamaremos al ", "Equipo de posventa"),
    "NL": ("nl", "Bevestiging werkplaatsafspraak", "Beste {n},", "uw {m} staat ingepland voor onderhoud op {d} om 8.00 uur.", "We bellen u op ", "Team werkplaats"),
    "SE": ("sv", "Bokningsbekräftelse verkstad", "Hej {n},", "din {m} är bokad för service {d} kl. 07.30.", "Vi ringer dig på ", "Verkstadsteamet"),
    "US": ("en", "Service Appointment Confirmed", "Hi {n},", "your {m} is scheduled for a recall repair on {d} at 7:30 AM.", "Our advisor will text ", "Service Department"),
}


@tpl(25)
def service_booking(R):
    cc = R.choice(sorted(SERVICE))
    lang, subj, hi, body, callq, team = SERVICE[cc]
    p = P(R, cc)
    mk = R.choice(MAKES)
    dealer = R.choice(["Autohaus", "Motors", "Automobiles", "Concessionario", "Concesionario", "Dealer"])
    advisor = P(R, cc)
    while advisor.given == p.given or advisor.family in p.family or p.family in advisor.family:
        advisor = P(R, cc)
    g = GARAGES[cc]
    parts = ["From: ", N(g[3], "role_mailbox"),
             "\nTo: ", p.email(), "\nSubject: ", subj, " ", ref(R, "booking_number", "#{n8}"), "\n\n", fill(hi, {"n": p.name(R.random() < 0.5)}), "\n",
             fill(body, {"m": [N(mk, "car_make"), " (", plate(R, cc), ", VIN ", N(vin_for(R, mk), "vin"), ")"], "d": day(R, cc, 2026, 2027, "appointment_date")}), "\n", callq, p.phone(), ".\n", {"de": "Ihr Serviceberater", "en": "Your advisor", "fr": "Votre conseiller", "it": "Il suo consulente", "es": "Tu asesor",
                                                                                                  "nl": "Uw adviseur", "sv": "Din servicetekniker"}[lang], ": ", advisor.name(), ", ", N({"de": "Durchwahl -214", "en": "ext. 214", "fr": "poste 214", "it": "int. 214", "es": "ext. 214", "nl": "toestel 214", "sv": "anknytning 214"}[lang], "extension"),
             "\n\n", team, "\n", N(g[0], "org_name"), " · ", N(g[1], "org_address"), " · ", N(g[2], "service_line")]
    return "email", lang, wrap(R, lang, parts, {"de": ["Kann ich den Termin verschieben? Formulier mir eine kurze Antwort."], "en": ["Write a short reply asking to move this to Friday."],
                                                "fr": ["Réponds pour décaler au vendredi stp."], "it": ["Rispondi chiedendo di spostare a venerdì."], "es": ["Contesta pidiendo cambiarla al viernes."],
                                                "nl": ["Schrijf een kort antwoord om te verzetten."], "sv": ["Skriv ett svar och be att flytta tiden."]}[lang])


ALERT = {
    "en": ("New sign-in to your {app} account", "We noticed a new sign-in", "Device", "Location", "IP address", "If this wasn't you, reset your password and remove unknown cards.", "Payment method added"),
    "de": ("Neue Anmeldung bei {app}", "Wir haben eine neue Anmeldung festgestellt", "Gerät", "Ort", "IP-Adresse", "Falls Sie das nicht waren, ändern Sie Ihr Passwort.", "Neue Zahlungsmethode"),
    "fr": ("Nouvelle connexion à votre compte {app}", "Nous avons détecté une connexion", "Appareil", "Lieu", "Adresse IP", "Si ce n'était pas vous, changez votre mot de passe.", "Moyen de paiement ajouté"),
    "nl": ("Nieuwe aanmelding bij {app}", "We zagen een nieuwe aanmelding", "Apparaat", "Locatie", "IP-adres", "Was u dit niet? Wijzig dan uw wachtwoord.", "Betaalmethode toegevoegd"),
    "es": ("Nuevo inicio de sesión en {app}", "Hemos detectado un inicio de sesión", "Dispositivo", "Ubicación", "Dirección IP", "Si no fuiste tú, cambia tu contraseña.", "Método de pago añadido"),
    "it": ("Nuovo accesso al tuo account {app}", "Abbiamo rilevato un nuovo accesso", "Dispositivo", "Posizione", "Indirizzo IP", "Se non sei stato tu, cambia la password.", "Metodo di pagamento aggiunto"),
    "sv": ("Ny inloggning på {app}", "Vi har upptäckt en ny inloggning", "Enhet", "Plats", "IP-adress", "Var det inte du? Byt lösenord.", "Betalkort tillagt"),
}


@tpl(18)
def parking_app_alert(R):
    lang = R.choice(sorted(ALERT))
    cc = {"en": R.choice(["GB", "US", "IE"]), "de": R.choice(["DE", "AT"]), "fr": "FR", "nl": "NL", "es": "ES", "it": "IT", "sv": "SE"}[lang]
    app = R.choice(["EasyPark", "PayByPhone", "ParkMobile", "RingGo", "Yellowbrick", "Telpark", "EasyPark", "ParkNow"])
    subj, intro, dev, loc, ipl, warn, addl = ALERT[lang]
    p = P(R, cc)
    ip = pub_ip(R) if R.random() < 0.8 else ip6(R)
    parts = ["From: ", N("no-reply@" + app.lower() + ".com", "role_mailbox"), "\nTo: ", p.email(), "\nSubject: ", subj.replace("{app}", app), "\n\n",
             {"en": "Hi ", "de": "Hallo ", "fr": "Bonjour ", "nl": "Hoi ", "es": "Hola, ", "it": "Ciao ", "sv": "Hej "}[lang], L("person", p.given), ",\n", intro, ":\n",
             dev, ": ", R.choice(["iPhone 15, iOS 18.1", "Samsung SM-S921B, Android 15", "Chrome 131 on Windows"]), "\n", loc, ": ", N(R.choice(["Lagos, NG", "Bucharest, RO", "Hanoi, VN", "São Paulo, BR"]), "geo_city"),
             "\n", ipl, ": ", L("ip", ip, sub="v6" if ":" in ip else "v4"), "\n", addl, ": ", masked_card(R), "\n", {"en": "Vehicle added", "de": "Fahrzeug hinzugefügt", "fr": "Véhicule ajouté",
             "nl": "Voertuig toegevoegd", "es": "Vehículo añadido", "it": "Veicolo aggiunto", "sv": "Fordon tillagt"}[lang], ": ", plate(R, R.choice(["FR", "PL", "ES", "NL", "DE"])), "\n\n", warn, "\n\n"]
    parts += [{"en": "(my own previous login was from ", "de": "(meine eigene letzte Anmeldung kam von ", "fr": "(ma dernière connexion venait de ", "nl": "(mijn eigen laatste login was vanaf ",
               "es": "(mi último acceso fue desde ", "it": "(il mio ultimo accesso era da ", "sv": "(min egen senaste inloggning var från "}[lang], L("ip", pub_ip(R), sub="v4"), ", ",
              {"en": "my mobile is ", "de": "meine Handynummer ist ", "fr": "mon portable est le ", "nl": "mijn mobiel is ", "es": "mi móvil es el ", "it": "il mio cellulare è ", "sv": "mitt mobilnummer är "}[lang], p.phone(), ")"]
    return "email", lang, wrap(R, lang, parts, {"en": ["Is this phishing or was my account really hacked?"], "de": ["Ist das Phishing oder wurde ich gehackt?"], "fr": ["C'est du phishing ou on m'a piraté ?"],
                                                "nl": ["Is dit phishing of ben ik gehackt?"], "es": ["¿Es phishing o me han hackeado?"], "it": ["È phishing o mi hanno hackerato?"], "sv": ["Är detta nätfiske eller är jag hackad?"]}[lang])


@tpl(14)
def witness_statement(R):
    cc = R.choice(["GB", "DE", "NL", "FR", "US", "AU", "CA", "IE"])
    lang = LANG_OF[cc] if cc not in ("CA",) else "en"
    w, c = P(R, cc), P(R, cc)
    while c.given == w.given or c.family in w.family or w.family in c.family:
        c = P(R, cc)
    T = {"en": ("Witness statement – collision involving a cyclist", "I, {w}, of {a}, born {d}, make this statement.", "On {date} at about {t} I saw a white van ({plate}) turn left across the cycle lane and hit the cyclist, {c}, who I later learned lives nearby. I gave first aid until the ambulance came.", "I can be contacted on {p} or {e}.", "Signed"),
             "de": ("Zeugenaussage – Unfall mit Radfahrerin", "Ich, {w}, wohnhaft {a}, geboren am {d}, mache folgende Aussage.", "Am {date} gegen {t} sah ich, wie ein Transporter ({plate}) beim Rechtsabbiegen die Radfahrerin {c} übersah. Ich leistete Erste Hilfe.", "Erreichbar unter {p} oder {e}.", "Unterschrift"),
             "nl": ("Getuigenverklaring – aanrijding met fietser", "Ik, {w}, wonende te {a}, geboren {d}, verklaar het volgende.", "Op {date} rond {t} zag ik een bestelbus ({plate}) rechtsaf slaan en de fietser {c} raken.", "Bereikbaar op {p} of {e}.", "Handtekening"),
             "fr": ("Témoignage – accident avec un cycliste", "Je soussigné(e) {w}, demeurant {a}, né(e) le {d}, atteste :", "Le {date} vers {t}, une camionnette ({plate}) a tourné à droite sans voir le cycliste {c}.", "Joignable au {p} ou {e}.", "Signature")}[lang if lang in ("de", "nl", "fr") else "en"]
    title, l1, l2, l3, sig = T
    def fill(s):
        out = []
        for tok in re.split(r"(\{\w+\})", s):
            out.append({"{w}": w.name(), "{a}": w.addr(), "{d}": w.dob(), "{date}": day(R, cc, 2025, 2026, "accident_date"), "{t}": hhmm(R), "{plate}": plate(R, cc),
                        "{c}": c.name(), "{p}": w.phone(), "{e}": w.email()}.get(tok, tok) if tok.startswith("{") else tok)
        return out
    parts = [title, "\n\n", fill(l1), "\n\n", fill(l2), "\n\n", fill(l3), "\n\n", sig, ": ", w.name(R.random() < 0.5), "\n", {"GB": "Police ref: ", "US": "Report #", "AU": "Event no. ", "CA": "Occurrence #", "IE": "PULSE ref: ", "DE": "Vorgangsnr.: ", "NL": "Registratienr.: ", "FR": "PV n° "}[cc],
             ref(R, "case_number", R.choice(["{n8}", "{n4}/{n6}", "E{n9}"]))]
    return "letter", lang, wrap(R, lang, parts, {"en": ["Can you make this read more clearly for the insurer?"], "de": ["Bitte sprachlich glätten."], "nl": ["Kun je dit netjes maken?"], "fr": ["Tu peux rendre ça plus clair ?"]}[lang if lang in ("de", "nl", "fr") else "en"])


# ====================================================================== clean templates
DEALERS = [("Autohaus Am Wall GmbH", "Carl-Benz-Straße 14, 28237 Bremen", "0421 696 40-0", "verkauf@autohaus-amwall.de", "DE", "de"),
           ("Garage Renault Saint-Exupéry", "12 avenue Antoine de Saint-Exupéry, 49100 Angers", "02 41 22 61 00", "contact@garage-stex.fr", "FR", "fr"),
           ("Concessionario Enzo Ferrari Motors", "viale Alcide De Gasperi 88, 24123 Bergamo", "035 245 612", "vendite@efmotors.it", "IT", "it"),
           ("Autobedrijf Willem Barentsz", "Willem Barentszweg 5, 1212 BR Hilversum", "035 623 09 10", "verkoop@barentszauto.nl", "NL", "nl"),
           ("Kingsway Car Centre", "101 Kingsway, Manchester M19 2LL", "0161 225 4410", "sales@kingswaycars.co.uk", "GB", "en"),
           ("Concesionario Avenida Juan Carlos I", "Av. Juan Carlos I, 40, 30009 Murcia", "968 29 11 40", "ventas@avjcmotor.es", "ES", "es"),
           ("Salon samochodowy Jana Pawła", "al. Jana Pawła II 45, 31-864 Kraków", "12 644 20 10", "salon@jp2auto.pl", "PL", "pl"),
           ("Bilhallen Gustav Adolf AB", "Gustav Adolfs torg 3, 411 10 Göteborg", "031-711 20 00", "info@bilhallen-ga.se", "SE", "sv")]
CAR_PEOPLE = ["Mercedes-Benz C 220 d", "Ferrari Roma", "Citroën C5 Aircross", "Tesla Model Y", "Lamborghini Urus", "Ford Mustang Mach-E", "Škoda Enyaq", "Porsche Taycan",
              "Alfa Romeo Giulia", "Rolls-Royce Ghost", "Aston Martin DB12", "Opel Astra", "Chrysler Pacifica", "Dodge Ram", "Ferdinand Porsche Edition 911", "Lincoln Navigator"]


@tpl(25, clean=True)
def dealer_listing(R):
    d = R.choice(DEALERS)
    name, addr, tel, mail, cc, lang = d
    mk = R.choice(CAR_PEOPLE)
    L_ = {"de": ["Erstzulassung", "Kilometerstand", "Nächste HU", "Reifen", "FIN", "Kennzeichen", "Preis"], "fr": ["Mise en circulation", "Kilométrage", "Prochain CT", "Pneus", "VIN", "Immat.", "Prix"],
          "it": ["Immatricolazione", "Km", "Revisione", "Pneumatici", "Telaio", "Targa", "Prezzo"], "nl": ["Bouwjaar", "Km-stand", "APK tot", "Banden", "VIN", "Kenteken", "Prijs"],
          "en": ["First registered", "Mileage", "MOT until", "Tyres", "VIN", "Reg", "Price"], "es": ["Matriculación", "Km", "ITV hasta", "Neumáticos", "Bastidor", "Matrícula", "Precio"],
          "pl": ["Pierwsza rejestracja", "Przebieg", "Przegląd do", "Opony", "VIN", "Nr rej.", "Cena"], "sv": ["I trafik", "Mätarställning", "Besiktigad till", "Däck", "Chassinr", "Reg.nr", "Pris"]}[lang]
    parts = [N(mk, "car_make"), " – ", N(name, "org_name"), "\n", L_[0], ": ", day(R, cc, 2016, 2023, "registration_date"), "\n", L_[1], ": ", odo(R, "mi" if cc == "GB" and R.random() < 0.5 else "km"), "\n",
             L_[2], ": ", day(R, cc, 2026, 2028, "inspection_date"), "\n", L_[3], ": ", tyre(R), "\n", L_[4], ": ", N(vin(R), "vin"), "\n", L_[5], ": ", plate(R, cc), "\n", L_[6], ": ", price(R, CUR[cc], 8000, 60000), "\n\n",
             N(addr, "org_address"), " · ", N(tel, "service_line"), " · ", N(mail, "role_mailbox"), "\n"]
    rq = {"de": ["Ist der Preis fair?"], "fr": ["Le prix est correct ?"], "it": ["Il prezzo è giusto?"], "nl": ["Is deze prijs redelijk?"], "en": ["Is this a fair price for the mileage?"],
          "es": ["¿Es buen precio?"], "pl": ["Czy to dobra cena?"], "sv": ["Är priset rimligt?"]}[lang]
    return "listing", lang, wrap(R, lang, parts, rq)


@tpl(25, clean=True)
def recall_notice(R):
    lang = R.choice(["en", "de", "fr", "es", "it", "nl"])
    cc = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL"}[lang]
    mk = R.choice(["vw", "bmw", "mercedes", "renault", "peugeot", "fiat", "skoda", "toyota", "ford", "tesla", "citroen"])
    auth = {"en": ("DVSA Vehicle Safety Recalls", "0300 123 9000"), "de": ("Kraftfahrt-Bundesamt, Fördestraße 16, 24944 Flensburg", "0461 316-0"),
            "fr": ("RappelConso", "0 809 540 550"), "es": ("Ministerio de Industria – Seguridad de Vehículos", "060"), "it": ("Ministero delle Infrastrutture – Motorizzazione", "800 232 323"),
            "nl": ("RDW Terugroepacties", "0900 0739")}[lang]
    T = {"en": ("Safety recall R/2026/%03d" % R.randint(1, 400), "Affected vehicles built between", "Part", "Remedy: replace the fuel pump relay free of charge.", "Example VIN range"),
         "de": ("Rückruf %s" % ref(R, "recall_number", "{n6}").text, "Betroffene Fahrzeuge, gebaut zwischen", "Teil", "Abhilfe: kostenloser Austausch des Airbag-Steuergeräts.", "FIN-Bereich"),
         "fr": ("Rappel n° %s" % ref(R, "recall_number", "{n4}-{n4}").text, "Véhicules produits entre", "Pièce", "Remède : remplacement gratuit de la conduite de frein.", "Plage VIN"),
         "es": ("Campaña de revisión %s" % ref(R, "recall_number", "{n6}").text, "Vehículos fabricados entre", "Pieza", "Solución: sustitución gratuita del cinturón.", "Rango de bastidores"),
         "it": ("Richiamo %s" % ref(R, "recall_number", "{n6}").text, "Veicoli prodotti tra", "Componente", "Rimedio: sostituzione gratuita del tubo carburante.", "Intervallo telai"),
         "nl": ("Terugroepactie %s" % ref(R, "recall_number", "{n6}").text, "Voertuigen gebouwd tussen", "Onderdeel", "Oplossing: kosteloze vervanging van de stuurkolom.", "VIN-bereik")}[lang]
    parts = [T[0], " – ", N(R.choice(CAR_PEOPLE), "car_make"), "\n", T[1], " ", day(R, cc, 2021, 2022, "production_date"), " – ", day(R, cc, 2023, 2024, "production_date"), "\n", T[2], ": ", part(R), " / ", part(R), "\n",
             T[4], ": ", N(vin(R, mk), "vin"), " … ", N(vin(R, mk), "vin"), "\n", T[3], "\n", N(auth[0], "org_name"), " · ", N(auth[1], "service_line"), "\n"]
    return "notice", lang, wrap(R, lang, parts, {"en": ["Does this affect my car?"], "de": ["Betrifft das mein Auto?"], "fr": ["Ça concerne ma voiture ?"], "es": ["¿Afecta a mi coche?"],
                                                  "it": ["Riguarda la mia auto?"], "nl": ["Geldt dit voor mijn auto?"]}[lang])


@tpl(25, clean=True)
def inspection_report(R):
    lang = R.choice(["de", "en", "es", "fr", "nl", "sv", "pl"])
    cc = {"de": "DE", "en": "GB", "es": "ES", "fr": "FR", "nl": "NL", "sv": "SE", "pl": "PL"}[lang]
    T = {"de": ("TÜV SÜD – Untersuchungsbericht HU/AU", "Prüfdatum", "Nächste HU", "Mängel", ["Reifen hinten links Profil 1,9 mm", "Kennzeichenleuchte defekt", "Ölverlust Motor geringfügig"], "Prüfer-Nr."),
         "en": ("MOT test certificate (VT20)", "Test date", "Expiry", "Advisories", ["Nearside rear tyre worn close to legal limit", "Slight oil leak", "Brake disc worn, not excessively"], "Tester ID"),
         "es": ("Informe de inspección ITV", "Fecha inspección", "Próxima ITV", "Defectos", ["Neumático trasero desgastado", "Luz de matrícula fundida", "Holgura en rótula"], "Inspector nº"),
         "fr": ("Procès-verbal de contrôle technique", "Date du contrôle", "Prochain contrôle", "Défaillances", ["Pneumatique usé", "Feu de plaque défectueux", "Fuite d'huile légère"], "Contrôleur n°"),
         "nl": ("APK-keuringsrapport", "Keuringsdatum", "Vervaldatum", "Adviespunten", ["Band linksachter bijna op", "Kentekenverlichting defect", "Lichte olielekkage"], "Keurmeester nr."),
         "sv": ("Besiktningsprotokoll", "Besiktningsdatum", "Nästa besiktning", "Anmärkningar", ["Däck bak vänster slitet", "Skyltbelysning ur funktion", "Oljeläckage mindre"], "Tekniker nr"),
         "pl": ("Zaświadczenie z badania technicznego", "Data badania", "Następne badanie", "Usterki", ["Opona tylna lewa zużyta", "Niesprawne oświetlenie tablicy", "Wyciek oleju nieznaczny"], "Diagnosta nr")}[lang]
    parts = [T[0], "\n", plate(R, cc), " · ", N(R.choice(MAKES), "car_make"), " · VIN ", N(vin(R), "vin"), "\n", T[1], ": ", day(R, cc, 2025, 2026, "inspection_date"), "   ", T[2], ": ",
             day(R, cc, 2026, 2028, "inspection_date"), "\n", odo(R), "\n", T[3], ":\n"]
    for m in R.sample(T[4], R.randint(1, 3)):
        parts += ["  - ", m, "\n"]
    parts += ["  ", tyre(R), "\n", T[5], " ", ref(R, "tester_id", "{n6}"), "\n", price(R, CUR[cc], 40, 120)]
    return "form", lang, wrap(R, lang, parts, {"de": ["Was heißt das? Muss ich sofort in die Werkstatt?"], "en": ["How urgent are these advisories?"], "es": ["¿Es grave?"], "fr": ["C'est grave ?"],
                                                "nl": ["Hoe dringend is dit?"], "sv": ["Hur allvarligt är det här?"], "pl": ["Czy to coś poważnego?"]}[lang])


HELP = [("de", "So füllen Sie die Zulassungsbescheinigung Teil II aus:\nFeld C.2.1 Name: z. B. ", "Mustermann", ", C.2.2 Vorname: ", "Erika", "\nC.2.3 Anschrift: ", "Heidestraße 17, 51147 Köln", " (Musteradresse)\nKennzeichen im Muster: ", "M-AB 1234", "\nE-Mail für Rückfragen: ", "kfz@example.de", "\nKeine echten Daten in Testformulare eintragen!"),
        ("en", "How to fill in the V5C: section 6 'Name' e.g. ", "JOHN", " ", "SMITH", "\nAddress e.g. ", "1 Example Street, Anytown AB1 2CD", "\nSample reg: ", "AB12 CDE", "\nQuestions? ", "help@example.com", "\nNever share your V5C reference number publicly."),
        ("fr", "Exemple de certificat d'immatriculation : C.1.1 Nom : ", "DUPONT", ", C.1.2 Prénom : ", "Jean", "\nC.1.3 Adresse : ", "1 rue de l'Exemple, 75000 PARIS", "\nImmatriculation fictive : ", "AA-123-AA", "\nContact : ", "contact@example.fr", "\nN'envoyez jamais vos vrais documents par e-mail."),
        ("es", "Ejemplo de permiso de circulación: Titular ", "JUAN", " ", "ESPAÑOL ESPAÑOL", "\nDomicilio: ", "Calle Ejemplo 1, 28000 Madrid", "\nMatrícula de ejemplo: ", "0000 BBB", "\nDudas: ", "ayuda@example.es", "\nEl DNI de ejemplo 99999999R no es válido."),
        ("it", "Esempio di libretto di circolazione: intestatario ", "MARIO", " ", "ROSSI", "\nResidenza: ", "via Roma 1, 00100 Roma", "\nTarga di esempio: ", "AA 000 AA", "\nInfo: ", "info@example.it", "\nCodice fiscale di esempio RSSMRA80A01H501U."),
        ("nl", "Voorbeeld kentekenbewijs: naam ", "J.", " ", "JANSEN", "\nAdres: ", "Voorbeeldstraat 1, 1234 AB Plaats", "\nVoorbeeldkenteken: ", "XX-999-X", "\nVragen: ", "vragen@example.nl", "\nGebruik nooit echte gegevens in de demo."),
        ("pl", "Przykładowy dowód rejestracyjny: właściciel ", "JAN", " ", "KOWALSKI", "\nAdres: ", "ul. Przykładowa 1, 00-001 Warszawa", "\nPrzykładowy numer: ", "WA 00000", "\nKontakt: ", "pomoc@example.pl", "\nPESEL 00000000000 to tylko przykład.")]


@tpl(25, clean=True)
def help_sample(R):
    h = R.choice(HELP)
    lang = h[0]
    parts = [h[1], N(h[2], "sample_name"), h[3], N(h[4], "sample_name"), h[5], N(h[6], "sample_address"), h[7], N(h[8], "sample_plate"), h[9], N(h[10], "example_mail"), h[11],
             "\n", {"de": "Gebühr: ", "en": "Fee: ", "fr": "Taxe : ", "es": "Tasa: ", "it": "Costo: ", "nl": "Kosten: ", "pl": "Opłata: "}[lang],
             price(R, {"de": "€", "en": "£", "fr": "€", "es": "€", "it": "€", "nl": "€", "pl": "zł"}[lang], 20, 100)]
    return "faq", lang, wrap(R, lang, parts, {"de": ["Was muss ich bei C.2 eintragen, wenn das Auto auf zwei Personen läuft?"], "en": ["Which section do I fill in as the new keeper?"], "fr": ["Je remplis quoi en C.1 si on est deux ?"],
                                               "es": ["¿Qué pongo si somos dos titulares?"], "it": ["Cosa scrivo se l'auto è cointestata?"], "nl": ["Wat vul ik in bij twee eigenaren?"], "pl": ["Co wpisać przy dwóch właścicielach?"]}[lang])


@tpl(25, clean=True)
def insurance_compare(R):
    lang = R.choice(["en", "de", "fr", "it", "es", "nl", "pt", "pl", "sv", "ja"])
    cc = {"en": "GB", "de": "DE", "fr": "FR", "it": "IT", "es": "ES", "nl": "NL", "pt": "PT", "pl": "PL", "sv": "SE", "ja": "JP"}[lang]
    ins = {"GB": ["Admiral", "Direct Line", "Aviva", "LV="], "DE": ["HUK24", "Allianz", "DEVK", "CosmosDirekt"], "FR": ["MAIF", "Matmut", "Direct Assurance", "MACIF"], "IT": ["Prima", "Verti", "Genertel", "ConTe.it"],
           "ES": ["Mapfre", "Línea Directa", "Mutua Madrileña", "Qualitas"], "NL": ["Centraal Beheer", "FBTO", "Allianz Direct", "InShared"], "PT": ["Fidelidade", "Tranquilidade", "Ageas", "Zurich"],
           "PL": ["PZU", "Warta", "Link4", "Generali"], "SE": ["Folksam", "If", "Länsförsäkringar", "Trygg-Hansa"], "JP": ["ソニー損保", "イーデザイン損保", "SBI損保", "三井ダイレクト"]}[cc]
    parts = [{"en": "Quotes for my ", "de": "Angebote für meinen ", "fr": "Devis pour ma ", "it": "Preventivi per la mia ", "es": "Presupuestos para mi ", "nl": "Offertes voor mijn ", "pt": "Propostas para o meu ",
              "pl": "Oferty dla mojego ", "sv": "Offerter för min ", "ja": "見積もり比較："}[lang], N(R.choice(CAR_PEOPLE), "car_make"), " (", tyre(R), ", ", odo(R), "):\n"]
    for i in R.sample(ins, 3):
        parts += ["- ", N(i, "insurer"), ": ", price(R, CUR[cc], 250, 2000), " – ", ref(R, "quote_number", R.choice(["{n8}", "Q-{n6}"])), "\n"]
    return "list", lang, wrap(R, lang, parts, {"en": ["Which one is the best deal?"], "de": ["Welches Angebot ist am besten?"], "fr": ["Lequel est le meilleur ?"], "it": ["Quale conviene?"], "es": ["¿Cuál me conviene?"],
                                               "nl": ["Welke is het voordeligst?"], "pt": ["Qual compensa mais?"], "pl": ["Która oferta najlepsza?"], "sv": ["Vilken är bäst?"], "ja": ["どれが一番お得ですか？"]}[lang])


@tpl(25, clean=True)
def masked_receipt(R):
    lang = R.choice(["en", "de", "fr", "es", "pt", "nl", "it"])
    cc = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "pt": "BR", "nl": "NL", "it": "IT"}[lang]
    app = R.choice(["Uber", "Bolt", "FREE NOW", "Cabify", "99", "Lime", "Tier", "Voi"])
    g = R.choice("ABCDEFGHJKLMNPRSTW")
    parts = [app, " – ", {"en": "Receipt", "de": "Beleg", "fr": "Reçu", "es": "Recibo", "pt": "Recibo", "nl": "Bon", "it": "Ricevuta"}[lang], "\n",
             N(g + "*** " + R.choice("ABCDEFGHKLMNPRSTW") + ".", "masked_name"), " · ", N(R.choice(["+44 7*** ***%s", "+49 151 ••••• %s", "+33 6 ** ** ** %s", "+34 6** *** %s", "+55 11 9****-%s", "+31 6 *** ** %s", "+39 3** *** %s"]) % digits(R, 2), "masked_phone"),
             " · ", N(g.lower() + "***@" + R.choice(["gmail.com", "web.de", "orange.fr"]), "masked_email"), "\n", masked_card(R), "\n", day(R, cc, 2025, 2026, "trip_date"), " ", hhmm(R), " · ",
             N("%d.%d km" % (R.randint(1, 30), R.randint(0, 9)), "distance"), " · ", price(R, CUR[cc], 3, 60), "\n", N(R.choice(["Zone: Centre", "Tarif: Standard", "Vehicle: e-scooter #" + digits(R, 6)]), "vehicle_id"), "\n",
             N({"Uber": "support@uber.com", "Bolt": "help@bolt.eu", "FREE NOW": "support@free-now.com", "Cabify": "support@cabify.com", "99": "help@99app.com",
                "Lime": "support@li.me", "Tier": "support@tier.app", "Voi": "support@voi.com"}[app], "role_mailbox")]
    return "receipt", lang, wrap(R, lang, parts, {"en": ["Can I claim this as a business expense?"], "de": ["Kann ich das als Dienstfahrt abrechnen?"], "fr": ["Je peux me le faire rembourser par mon employeur ?"],
                                                  "es": ["¿Puedo pasarlo como gasto?"], "pt": ["Dá pra pedir reembolso?"], "nl": ["Kan ik dit declareren?"], "it": ["Posso farmelo rimborsare?"]}[lang])


@tpl(25, clean=True)
def charging_api_doc(R):
    lang = R.choice(["en", "de", "nl", "fr"])
    parts = [{"en": "OCPP/REST quick start", "de": "Schnellstart OCPP/REST", "nl": "Snelstart OCPP/REST", "fr": "Démarrage rapide OCPP/REST"}[lang], "\n\n```bash\ncurl -H \"Authorization: Bearer ",
             N(R.choice(["<YOUR_API_KEY>", "${CHARGER_TOKEN}", "sk_test_xxxxxxxxxxxxxxxx", "YOUR-TOKEN-HERE"]), "placeholder"), "\" \\\n  https://api.example.com/v1/chargers/", N("CP-" + digits(R, 6), "chargepoint_id"),
             "/sessions\n```\n\n", {"en": "Test charger runs at ", "de": "Die Test-Wallbox läuft unter ", "nl": "De testpaal draait op ", "fr": "La borne de test tourne sur "}[lang], doc_ip(R), ":8080, ",
             {"en": "fallback ", "de": "Fallback ", "nl": "fallback ", "fr": "secours "}[lang], doc_ip(R), ". DNS ", N(R.choice(["1.1.1.1", "9.9.9.9", "8.8.4.4"]), "resolver"), ".\n",
             "Connector: ", N(R.choice(["Type 2, 22 kW", "CCS2, 150 kW", "CHAdeMO, 50 kW"]), "connector"), " · ", N("%d.%02d kWh" % (R.randint(5, 80), R.randint(0, 99)), "energy"), " · ",
             price(R, R.choice(["€", "£", "CHF", "kr"]), 0, 0), "/kWh\n", "Public stations: ", N(R.choice(["Ionity Lipperland Süd, A2", "Fastned De Watering, A7", "Tesla Supercharger Ashford", "Allego Porte Maillot"]), "public_place"),
             ", ", N(R.choice(["Ionity GmbH, Landsberger Straße 110, 80339 München", "Fastned B.V., James Wattstraat 77R, 1097 DL Amsterdam", "Allego B.V., Westervoortsedijk 73, 6827 AV Arnhem"]), "org_address"),
             "\nSupport: ", N(R.choice(["support@example.com", "noreply@example.org"]), "example_mail")]
    return "code", lang, wrap(R, lang, parts, {"en": ["Why do I get 401 with this?"], "de": ["Warum bekomme ich 401?"], "nl": ["Waarom krijg ik een 401?"], "fr": ["Pourquoi j'ai une 401 ?"]}[lang])


NAMEWORD = [("en", "Will the Ford Mustang Mach-E qualify for the grant, or only the Škoda Enyaq? Mark says yes but I doubt it."),
            ("en", "Is a Ferrari Roma cheaper to insure than a Porsche Taycan? Asking for a friend (ok, for me)."),
            ("de", "Lohnt sich ein gebrauchter Mercedes-Benz EQA oder doch lieber ein Tesla Model 3? Ernst gemeint, ich pendle 80 km."),
            ("fr", "La Citroën Ami, c'est vraiment une voiture ? Et on peut la garer rue Victor-Hugo sans payer ?"),
            ("es", "¿Es mejor un Lamborghini Urus o un Porsche Cayenne para la ITV? Es broma, tengo un Seat León."),
            ("it", "Conviene la Fiat Grande Panda o l'Alfa Romeo Junior? Parcheggio in via Giuseppe Garibaldi."),
            ("nl", "Mag ik met een Škoda Elroq op de busbaan in de Johan de Wittlaan? Frank gezegd weet ik het niet."),
            ("en", "Grace period for the Dart Charge – how long do I have? I crossed in my Rolls-Royce (joke, it's a Clio)."),
            ("pl", "Czy Škoda Superb z 2019 to dobry wybór? Parkuję przy ul. Marii Skłodowskiej-Curie."),
            ("pt", "Vale a pena um Citroën C3 ou um Renault Kwid? Moro na Av. Getúlio Vargas."),
            ("en", "Rose gold wrap on a Tesla – does the DVLA need to know about the colour change?"),
            ("sv", "Ska jag ta Volvo EX30 eller Tesla Model Y? Parkerar på Drottninggatan."),
            ("de", "Darf ich mit dem Porsche 911 auf der Konrad-Adenauer-Straße schneller als 50 fahren, wenn es nachts ist? (nein, oder?)"),
            ("ja", "テスラのモデル3とトヨタのbZ4X、どっちが維持費安い？"),
            ("zh", "比亚迪海豹和特斯拉Model 3哪个保险便宜？"),
            ("ko", "테슬라 모델 Y랑 현대 아이오닉 5 중에 뭐가 보험료 싸?")]


@tpl(25, clean=True)
def nameword_question(R):
    lang, q = R.choice(NAMEWORD)
    extra = {"en": "\n\nPrices I found: ", "de": "\n\nPreise: ", "fr": "\n\nPrix : ", "es": "\n\nPrecios: ", "it": "\n\nPrezzi: ", "nl": "\n\nPrijzen: ", "pl": "\n\nCeny: ", "pt": "\n\nPreços: ",
             "sv": "\n\nPriser: ", "ja": "\n\n価格：", "zh": "\n\n价格：", "ko": "\n\n가격: "}[lang]
    cur = {"en": "£", "de": "€", "fr": "€", "es": "€", "it": "€", "nl": "€", "pl": "zł", "pt": "R$", "sv": "kr", "ja": "円", "zh": "元", "ko": "원"}[lang]
    parts = [q, extra, price(R, cur, 15000, 90000), " / ", price(R, cur, 15000, 90000), "; ", tyre(R), "; ", odo(R), "."]
    if True:
        parts += ["\n", {"en": "Example VIN from the brochure: ", "de": "Beispiel-FIN aus dem Prospekt: ", "fr": "VIN d'exemple : ", "es": "Bastidor de ejemplo: ", "it": "Telaio di esempio: ",
                         "nl": "Voorbeeld-VIN: ", "pl": "Przykładowy VIN: ", "pt": "Chassi de exemplo: ", "sv": "Exempel-VIN: ", "ja": "VIN例：", "zh": "车架号示例：", "ko": "차대번호 예시: "}[lang], N(vin(R), "vin")]
    return "question", lang, parts


# ====================================================================== rules
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])")
RUN_RE = re.compile(r"(?<![\dA-Za-z])\d+(?:[ \-\u00a0\u202f.]\d+)*")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,30}")
RESOLVERS = {"1.1.1.1", "8.8.8.8", "8.8.4.4", "9.9.9.9", "0.0.0.0", "255.255.255.0"}
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "127.0.0.0/8")]


def walk_negs(parts):
    """Positions of the placed look-alikes (same walk as corpuslib.build)."""
    from corpuslib import _walk
    pos, out = 0, []
    for p in _walk(parts):
        if isinstance(p, str):
            pos += len(p)
        elif isinstance(p, L):
            pos += len(p.value)
        elif isinstance(p, N):
            out.append((pos, pos + len(p.text), p.tag, p.text))
            pos += len(p.text)
    return out


def in_spans(a, b, spans, types=None):
    return any(sp["start"] <= a and b <= sp["end"] and (types is None or sp["type"] in types) for sp in spans)


def gov_ok(sp):
    v, sub = sp["value"], sp.get("sub")
    d = re.sub(r"[^0-9A-Z]", "", v.upper())
    if sub == "gb_driving_licence":
        return re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}9[A-Z]{2}", v) is not None and int(v[6:8]) % 50 in range(1, 13)
    if sub == "be_rrn":
        return re.fullmatch(r"\d\d\.\d\d\.\d\d-\d{3}\.\d\d", v) is not None and (be_rrn_ok(v, 1900) or be_rrn_ok(v, 2000))
    if sub == "pt_nif":
        return pt_nif_ok(v)
    if sub == "pl_pesel":
        return pesel_ok(v)
    if sub == "se_personnummer":
        return re.fullmatch(r"\d{6}-\d{4}", v) is not None and luhn_ok(d)
    if sub == "tr_tckn":
        return tc_ok(v)
    if sub == "cn_resident_id":
        return cn_id_ok(v)
    if sub == "cz_rodne_cislo":
        return re.fullmatch(r"\d{6}/\d{4}", v) is not None and cz_rc_ok(v)
    if sub == "ie_ppsn":
        return re.fullmatch(r"\d{7}[A-W]", v) is not None and ie_ppsn_ok(v)
    if sub == "it_codice_fiscale":
        return len(v) == 16 and cf_check(v[:15]) == v[15]
    if sub == "es_dni":
        return re.fullmatch(r"\d{8}[A-Z]", v) is not None and DNI_LETTERS[int(v[:8]) % 23] == v[8]
    if sub == "es_nie":
        return re.fullmatch(r"[XYZ]\d{7}[A-Z]", v) is not None and nie_ok(v)
    if sub == "br_cpf":
        return cpf_ok(d)
    if sub == "us_ssn":
        a, g, s = map(int, v.split("-"))
        return a not in (0, 666) and a < 900 and g and s
    if sub == "in_pan":
        return re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", v) is not None
    if sub == "in_aadhaar":
        return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)
    fmts = {"de_driving_licence": r"[A-Z0-9]\d{3}[A-Z0-9]{5}\d[A-Z0-9]", "fr_driving_licence": r"\d{12}", "it_driving_licence": r"[A-Z0-9]{2}\d{7}[A-Z]",
            "nl_driving_licence": r"[45]\d{9}", "us_driving_licence": r"[A-Z]\d{7}", "in_driving_licence": r"[A-Z]{2}\d{2} \d{11}", "ru_driving_licence": r"\d\d \d\d \d{6}",
            "jp_driving_licence": r"\d{12}", "kr_driving_licence": r"\d\d-\d\d-\d{6}-\d\d", "au_driving_licence": r"\d{8}", "ca_driving_licence": r"[A-Z]\d{4}-\d{5}-\d{5}"}
    return sub in fmts and re.fullmatch(fmts[sub], v) is not None


def card_ok(sp):
    d = re.sub(r"\D", "", sp["value"])
    return luhn_ok(d) and 12 <= len(d) <= 19


def name_words(sp):
    v = sp["value"]
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", v):
        forms = {v, v.replace(" ", "")} | set(v.split())
        return {f for f in forms if len(f) >= 2}
    out = set()
    for w in re.split(r"[ \-]", v):
        w = w.strip(".,")
        if len(w) >= 2 and w[0].isupper() and w not in PARTICLES:
            out |= {w, w.upper(), w.title()}
    return out


def rule_failures(rec, negs, clean):
    t, spans = rec["text"], rec["spans"]
    bad = []
    try:
        check_record(rec)
    except AssertionError as e:
        return ["record: %s" % str(e)[:80]]
    if not 120 <= len(t) <= 2200:
        bad.append("length %d" % len(t))
    if clean and spans:
        bad.append("clean with labels")
    if not clean and not spans:
        bad.append("labelled without labels")
    for sp in spans:
        v = sp["value"]
        if sp["type"] == "gov_id" and not gov_ok(sp):
            bad.append("gov_id " + v)
        elif sp["type"] == "iban":
            c = re.sub(r"[\s\u00a0]", "", v)
            if iban_mod97(c) != 1 or len(c) != IBAN_LEN[c[:2]]:
                bad.append("iban " + v)
        elif sp["type"] == "card" and not card_ok(sp):
            bad.append("card " + v)
        elif sp["type"] == "email" and not EMAIL_RE.fullmatch(v):
            bad.append("email " + v)
        elif sp["type"] == "ip":
            try:
                ipa = ipaddress.ip_address(v)
            except ValueError:
                bad.append("ip " + v)
                continue
            if sp.get("sub") == "private" and not ipa.is_private or sp.get("sub") != "private" and not ipa.is_global:
                bad.append("ip scope " + v)
    for m in EMAIL_RE.finditer(t):
        if in_spans(m.start(), m.end(), spans, {"email"}):
            continue
        loc, dom = m.group(0).split("@", 1)
        if loc not in ROLE_LOCAL and not dom.startswith("example."):
            bad.append("unlabelled email " + m.group(0))
    for m in IPV4_RE.finditer(t):
        if in_spans(m.start(), m.end(), spans, {"ip"}):
            continue
        ip = m.group(0)
        if any(int(x) > 255 or (len(x) > 1 and x[0] == "0") for x in m.groups()) or in_spans(m.start(), m.end(), spans):
            continue
        if ip in RESOLVERS or t[m.end():m.end() + 1] == "/" or any(ipaddress.ip_address(ip) in n for n in DOC_NETS):
            continue
        bad.append("unlabelled ip " + ip)
    imei = [(a, b) for a, b, tag, _ in negs if tag == "imei"]
    for m in RUN_RE.finditer(t):
        groups = re.split(r"[ \-\u00a0\u202f.]", m.group(0))
        # consider every window of consecutive groups (groups of 3+ digits join)
        for i in range(len(groups)):
            acc, start = "", m.start() + sum(len(g) + 1 for g in groups[:i])
            for j in range(i, len(groups)):
                if j > i and len(groups[j]) < 3 and len(groups[j - 1]) < 3:
                    break
                acc += groups[j]
                if 13 <= len(acc) <= 19 and luhn_ok(acc):
                    end = start + sum(len(g) + 1 for g in groups[i:j + 1]) - 1
                    if not in_spans(start, end, spans) and not any(a <= start and end <= b for a, b in imei):
                        bad.append("luhn run " + acc)
                if len(acc) > 19:
                    break
    for m in IBAN_RE.finditer(t):
        c = re.sub(r"[ \u00a0]", "", m.group(0))
        for n in range(len(c), 14, -1):
            cc = c[:2]
            if cc in IBAN_LEN and n == IBAN_LEN[cc] and iban_mod97(c[:n]) == 1 and not in_spans(m.start(), m.start() + 1, spans, {"iban"}):
                bad.append("unlabelled iban " + c[:n])
    # name-word rule
    persons = [sp for sp in spans if sp["type"] == "person"]
    words = set()
    for sp in persons:
        words |= name_words(sp)
    for w in sorted(words):
        cjk = re.search(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", w)
        pat = re.escape(w) if cjk else r"(?<!\w)" + re.escape(w) + r"(?!\w)"
        for m in re.finditer(pat, t):
            if not in_spans(m.start(), m.end(), spans, {"person"}):
                bad.append("name word outside label: " + w)
                break
    return bad


# ====================================================================== generation
def template_rng(name):
    import zlib
    return random.Random(SEED * 1000003 + zlib.crc32(name.encode("utf-8")))


def candidates():
    """Every template's candidates in order: (template, clean, rec, negs, phones)."""
    out = []
    for name, count, fn, clean in TEMPLATES:
        R = template_rng(name)
        for k in range(3 * count + 6):
            form, lang, parts = fn(R)
            rec = build("", form, lang, parts)
            negs = walk_negs(parts)
            out.append((name, clean, rec, negs))
    return out


def select(cands):
    phones = sorted({(sp["value"], sp["region"], sp.get("plan", "")) for _, _, rec, _ in cands for sp in rec["spans"] if sp["type"] == "phone"})
    invalid = pv_check(phones)
    if invalid is None:
        sys.exit("pv helper /tmp/pv/pv missing")
    badp = {tuple(ln.split("\t")[1:3]) for ln in invalid}
    kept, dropped, seen = {}, Counter(), set()
    need = {name: count for name, count, _, _ in TEMPLATES}
    for name, clean, rec, negs in cands:
        if len(kept.setdefault(name, [])) >= need[name]:
            continue
        why = rule_failures(rec, negs, clean)
        if any((sp["value"], sp["region"]) in badp for sp in rec["spans"] if sp["type"] == "phone"):
            why.append("phone rejected by pv")
        if rec["text"] in seen:
            why.append("repeated text")
        if why:
            dropped[(name, why[0].rsplit(" ", 1)[0] if why[0].startswith(("name word", "unlabelled", "luhn")) else why[0])] += 1
            continue
        seen.add(rec["text"])
        rec["template"] = name
        kept[name].append(rec)
    for name, count, _, _ in TEMPLATES:
        if len(kept[name]) < count:
            sys.exit("template %s: only %d of %d candidates pass" % (name, len(kept[name]), count))
    return kept, dropped, len(phones), invalid


TEMPLATE_OF = {}


def make():
    cands = candidates()
    kept, dropped, nphones, invalid = select(cands)
    lab = [r for name, count, _, clean in TEMPLATES if not clean for r in kept[name]]
    cln = [r for name, count, _, clean in TEMPLATES if clean for r in kept[name]]
    assert len(lab) == N_LAB and len(cln) == N_CLEAN, (len(lab), len(cln))
    recs = lab + cln
    random.Random(SHUFFLE_SEED).shuffle(recs)
    out = []
    for i, r in enumerate(recs):
        o = {"id": "%s-%05d" % (PREFIX, i), "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"]}
        if "neg" in r:
            o["neg"] = r["neg"]
        out.append(o)
        TEMPLATE_OF[o["id"]] = r["template"]
    return out, dropped, nphones, invalid, cands


def dump(recs):
    import io
    buf = io.StringIO()
    for r in recs:
        check_record(r)
        buf.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    return buf.getvalue()


def check():
    with open(OUT, encoding="utf-8") as f:
        data = f.read()
    recs = [json.loads(ln) for ln in data.splitlines()]
    new, dropped, nphones, invalid, cands = make()
    assert dump(new) == data, "regenerating does not give the file byte for byte"
    for hs in ("0", "7", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        outp = subprocess.run([sys.executable, __file__, "--dump"], env=env, stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
        assert outp == data, "PYTHONHASHSEED=%s gives another file" % hs
    assert len(recs) == N_LAB + N_CLEAN
    assert [r["id"] for r in recs] == ["%s-%05d" % (PREFIX, i) for i in range(len(recs))]
    clean_t = {name for name, _, _, c in TEMPLATES if c}
    negs_of = {}
    for name, clean, rec, negs in cands:
        negs_of.setdefault(rec["text"], negs)
    nlab = ncl = 0
    for r in recs:
        clean = TEMPLATE_OF[r["id"]] in clean_t
        nlab += not clean
        ncl += clean
        fails = rule_failures(r, negs_of[r["text"]], clean)
        assert not fails, (r["id"], fails)
    assert (nlab, ncl) == (N_LAB, N_CLEAN)
    phones = sorted({(sp["value"], sp["region"], sp.get("plan", "")) for r in recs for sp in r["spans"] if sp["type"] == "phone"})
    inv = pv_check(phones)
    assert inv == [], inv
    print("ok: %d records (%d labelled, %d clean), %d labels, %d phones valid per libphonenumber, byte-identical under PYTHONHASHSEED 0/7/12345"
          % (len(recs), nlab, ncl, sum(len(r["spans"]) for r in recs), len(phones)))


def stats():
    with open(OUT, encoding="utf-8") as f:
        recs = [json.loads(ln) for ln in f]
    make()
    for r in recs:
        r["template"] = TEMPLATE_OF[r["id"]]
    ty, form, lang, tp, sub, neg = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    lens, cross, plans = [], 0, Counter()
    for r in recs:
        form[r["form"]] += 1
        lang[r["lang"]] += 1
        tp[r["template"]] += 1
        lens.append(len(r["text"]))
        for t in r.get("neg", []):
            neg[t] += 1
        for sp in r["spans"]:
            ty[sp["type"]] += 1
            sub["%s/%s" % (sp["type"], sp.get("sub", ""))] += 1
            cross += "\n" in sp["value"]
            if sp["type"] == "phone":
                plans[sp.get("plan", sp["region"])] += 1
    lens.sort()
    print("records %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if not r["spans"]), sum(ty.values())))
    print("types:", ", ".join("%s %d" % kv for kv in ty.most_common()))
    print("forms:", ", ".join("%s %d" % kv for kv in form.most_common()))
    print("langs (%d):" % len(lang), ", ".join("%s %d" % kv for kv in lang.most_common()))
    print("templates:", ", ".join("%s %d" % kv for kv in tp.most_common()))
    print("subs:", ", ".join("%s %d" % kv for kv in sorted(sub.items())))
    print("phone plans (%d):" % len(plans), ", ".join("%s %d" % kv for kv in plans.most_common()))
    print("neg tags (%d):" % len(neg), ", ".join("%s %d" % kv for kv in neg.most_common()))
    print("text length min %d median %d max %d; labels across a line break %d" % (lens[0], lens[len(lens) // 2], lens[-1], cross))
    lab_per = Counter()
    for r in recs:
        lab_per[r["template"]] += len(r["spans"])
    print("labels per template:", ", ".join("%s %d" % kv for kv in lab_per.most_common()))


def main():
    if "--check" in sys.argv:
        check()
    elif "--stats" in sys.argv:
        stats()
    elif "--dump" in sys.argv:
        recs = make()[0]
        sys.stdout.write(dump(recs))
    else:
        recs, dropped, nphones, invalid, cands = make()
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(dump(recs))
        print("wrote %s: %d records; %d candidates, %d distinct phones (%d rejected by pv); dropped in kept range: %s"
              % (OUT, len(recs), len(cands), nphones, len(invalid), dict(dropped)))


if __name__ == "__main__":
    main()
