#!/usr/bin/python3
"""Held-out part 22 of the redaction corpus (heldout22.jsonl).

Written by a twentieth helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions and the lists of what parts 1-21 hold),
lines 1-60 of gen_heldout21.py (header and imports) and its function
`pv_check`, and, outside the repository, the source of the phone validator
/tmp/pv/pv.cc (run by hand once on five test numbers and otherwise through
`pv_check`); not the redactor, its docs, its tests, the other generators'
bodies or any .jsonl data file other than its own output. It ran no project
binary, no make, no cmake/ctest and no git command, and it did not score
this file. Started 14:26:51 UTC on 2026-12-03 (`date -u`); the end time is
in heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 21's header.

Theme: WORK -- hiring, HR and employment. What people paste into an AI
assistant about their job and their job hunt, from many countries: CVs in
national formats (Lebenslauf, 履歴書, 简历, Indian biodata, Europass, US
one-page, French CV, currículo, 이력서, резюме, özgeçmiş, CV po polsku,
السيرة الذاتية), cover letters, referee lists and reference letters,
recruiter messages, interview scheduling, offer letters and contracts,
onboarding forms with tax and social-security numbers, salary bank details,
payslips, expense claims with company cards, grievances, sick notes and
leave requests, resignation letters, performance reviews, visa sponsorship
letters, IT onboarding with initial credentials, emergency-contact and
background-check forms. Each record carries a request line in the text's
language. Hard negatives of the theme everywhere: requisition, employee,
payroll and ticket numbers, cost centres, salaries, employment dates,
notice periods, graduation years and grades, company registration and VAT
numbers, employers' and recruiters' own addresses, switchboards and role
mailboxes, firms and public figures that look like names, job titles,
universities, versions, masked and sample values, documentation IPs.

Every name, street, company, frame sentence, template and look-alike here
was written by hand for this part. Deterministic (seed 220922, shuffle seed
220923).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout22.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout22.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout22.py --stats   # counts
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
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import (L, N, build, check_record, write_jsonl, luhn_ok,  # noqa: E402
                       luhn_complete, iban_random, iban_mod97, IBAN_LEN, group,
                       ssn_random, ssn_valid, nino_random, NINO_BAD_PREFIX,
                       steuerid_random, steuerid_ok, nir_random, nir_ok,
                       dni_random, nie_random, nie_ok, DNI_LETTERS, cf_make, cf_check,
                       bsn_random, bsn_ok, aadhaar_random, verhoeff_ok, cpf_random,
                       cpf_ok, card_random, PLANS, digits, nz, secret_random, MONTHS)

OUT = os.path.join(HERE, "heldout22.jsonl")
SEED = 220922
SHUFFLE_SEED = 220923
PREFIX = "heldout-v-"


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss").replace("ø", "o")


def dig(R, n):
    return "".join(R.choice(string.digits) for _ in range(n))


# ================================================================ people
# Hand-written for this part. Latin cultures: (male, female, family); family
# entries that are tuples are (masculine, feminine). Non-Latin cultures carry
# (script, romanisation) pairs.

LATIN = {
    "us": (["Garrett", "Desmond", "Wyatt", "Tobias", "Everett", "Malik", "Grayson", "Roderick", "Spencer", "Dante", "Lamar", "Griffin"],
           ["Harper", "Savannah", "Jolene", "Keisha", "Madison", "Rosalind", "Tamara", "Brianna", "Lorena", "Felicity", "Ashlyn", "Kiana"],
           ["Pemberton", "Whitfield", "Okafor", "Brannigan", "Holloway", "Sandoval", "Kessler", "Fairbanks", "Vandermeer",
            "Prescott", "Mendenhall", "Yarbrough", "Castellanos", "Nakashima", "Oyelaran", "Truong"]),
    "gb": (["Alfie", "Callum", "Rhys", "Ewan", "Hamish", "Rupert", "Declan", "Jasper", "Ciarán", "Oisín"],
           ["Imogen", "Niamh", "Poppy", "Freya", "Harriet", "Eloise", "Maisie", "Bethan", "Aoife", "Siobhán"],
           ["Ashdown", "Pritchard", "Blackwood", "Featherstone", "Gallagher", "Hollingsworth", "Merriweather", "Sowerby",
            "Trelawney", "Wainwright", "Cadwallader", "McGlinchey", "Fitzgerald-Hume", "Okonjo"]),
    "de": (["Lukas", "Jannik", "Till", "Moritz", "Benedikt", "Henrik", "Malte", "Kilian", "Frederik", "Ole", "Jan-Hendrik", "Tarek"],
           ["Friederike", "Svenja", "Merle", "Annika", "Theresa", "Wiebke", "Leonie", "Carlotta", "Jana", "Ronja", "Anna-Lena", "Derya"],
           ["Brandstätter", "Hollmann", "Kretschmer", "Lindemann", "Oberländer", "Pfeiffer", "Riedel", "Tiedemann",
            "Vogelsang", "Wendler", "Eichhorn", "Kaltenbach", "Gruber", "Hofstätter", "Yilmaz-Berger", "Nowicki"]),
    "fr": (["Baptiste", "Grégoire", "Maxence", "Thibault", "Aurélien", "Quentin", "Romain", "Loïc", "Jean-Baptiste"],
           ["Clémence", "Ophélie", "Margaux", "Solène", "Anaïs", "Bérénice", "Capucine", "Éloïse", "Marie-Amélie"],
           ["Delaunay", "Fauvel", "Girardin", "Lemaître", "Peyrot", "Rousselet", "Vasseur", "Le Goff", "Duchêne",
            "Chevallier", "Benhamou", "N'Diaye"]),
    "es": (["Iñigo", "Álvaro", "Rodrigo", "Gonzalo", "Ignacio", "Borja", "Joaquín", "Unai"],
           ["Itziar", "Nerea", "Ainhoa", "Rocío", "Begoña", "Macarena", "Lucía", "Guadalupe"],
           ["Echeverría", "Arrieta", "Montalbán", "Quiroga", "Sepúlveda", "Villalobos", "Zubizarreta", "Olmedo",
            "Cifuentes", "Barrientos", "Lozano", "Carrasco"]),
    "it": (["Lorenzo", "Tommaso", "Edoardo", "Filippo", "Gabriele", "Riccardo", "Jacopo", "Pierluigi"],
           ["Beatrice", "Ginevra", "Ludovica", "Arianna", "Benedetta", "Martina", "Camilla", "Ilaria"],
           ["Ferraresi", "Galimberti", "Lombardo", "Marchetti", "Pellegrini", "Santoro", "Tedeschi", "Vitale",
            "Zanetti", "Brambilla", "Esposito", "Mancuso"]),
    "nl": (["Daan", "Sem", "Thijs", "Bram", "Jelle", "Ruben", "Wouter", "Joost"],
           ["Femke", "Sanne", "Lieke", "Marloes", "Noor", "Eline", "Fleur", "Anouk"],
           ["Dijkstra", "Hoekstra", "Kuipers", "Meijer", "Veenstra", "Wolters", "van Dam", "de Haan", "van Leeuwen",
            "ter Horst", "Brouwer", "Schouten"]),
    "pt": (["Thiago", "Caio", "Rafael", "Leandro", "Vinícius", "Gustavo", "Otávio", "Diogo"],
           ["Larissa", "Thaís", "Juliana", "Mariana", "Bianca", "Letícia", "Yasmin", "Inês"],
           ["Albuquerque", "Cavalcanti", "Figueiredo", "Nogueira", "Rezende", "Siqueira", "Teixeira", "da Rocha",
            "dos Anjos", "de Oliveira", "Magalhães", "Brandão"]),
    "in": (["Aniket", "Siddharth", "Harsh", "Karthik", "Nikhil", "Pranav", "Rohit", "Varun", "Tejas", "Abhishek"],
           ["Ananya", "Divya", "Ishita", "Meghna", "Shruti", "Tanvi", "Kavya", "Nandini", "Aparna", "Ritika"],
           ["Bhattacharya", "Deshpande", "Iyer", "Kulkarni", "Menon", "Nair", "Raghavan", "Saxena", "Trivedi",
            "Chatterjee", "Reddy", "Banerjee", "Gokhale", "Srinivasan"]),
    "pl": (["Bartosz", "Kacper", "Mateusz", "Wojciech", "Szymon", "Przemysław"],
           ["Agnieszka", "Zuzanna", "Małgorzata", "Weronika", "Natalia", "Jadwiga"],
           [("Wiśniewski", "Wiśniewska"), ("Zieliński", "Zielińska"), ("Grabowski", "Grabowska"),
            ("Nowakowski", "Nowakowska"), "Pawlak", "Kowalczyk", ("Sadowski", "Sadowska")]),
    "tr": (["Emre", "Burak", "Oğuz", "Serkan", "Kaan", "Mert", "Tolga"],
           ["Elif", "Zeynep", "Büşra", "Ece", "Derya", "Selin", "Gizem"],
           ["Yıldırım", "Aydın", "Öztürk", "Kaplan", "Çelik", "Arslan", "Karataş", "Güneş"]),
    "sv": (["Axel", "Linus", "Viktor", "Oskar", "Hugo", "Elias"],
           ["Ebba", "Saga", "Linnea", "Tove", "Maja", "Alva"],
           ["Sjöberg", "Bergström", "Holmqvist", "Åkesson", "Nyberg", "Engström", "Lindholm"]),
    "mx": (["Emiliano", "Santiago", "Iker", "Mauricio"],
           ["Ximena", "Renata", "Fernanda", "Valeria"],
           ["Garza", "Treviño", "Villarreal", "Cantú", "Elizondo", "Salinas"]),
}

# (script, reading or romanisation)
JA_FAM = [("佐々木", "ささき", "Sasaki"), ("高橋", "たかはし", "Takahashi"), ("渡辺", "わたなべ", "Watanabe"),
          ("小林", "こばやし", "Kobayashi"), ("松本", "まつもと", "Matsumoto"), ("井上", "いのうえ", "Inoue"),
          ("森田", "もりた", "Morita"), ("石川", "いしかわ", "Ishikawa"), ("藤原", "ふじわら", "Fujiwara")]
JA_GIV = [("健太", "けんた", "Kenta", 1), ("翔太", "しょうた", "Shota", 1), ("大輔", "だいすけ", "Daisuke", 1),
          ("拓也", "たくや", "Takuya", 1), ("美咲", "みさき", "Misaki", 0), ("彩花", "あやか", "Ayaka", 0),
          ("陽菜", "ひな", "Hina", 0), ("由美", "ゆみ", "Yumi", 0), ("直樹", "なおき", "Naoki", 1)]
ZH_FAM = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("陈", "Chen"), ("刘", "Liu"), ("赵", "Zhao"),
          ("黄", "Huang"), ("周", "Zhou"), ("吴", "Wu"), ("徐", "Xu"), ("欧阳", "Ouyang")]
ZH_GIV = [("子涵", "Zihan", 0), ("浩然", "Haoran", 1), ("雨桐", "Yutong", 0), ("思远", "Siyuan", 1),
          ("佳怡", "Jiayi", 0), ("俊杰", "Junjie", 1), ("梦瑶", "Mengyao", 0), ("志强", "Zhiqiang", 1), ("晓东", "Xiaodong", 1)]
KO_FAM = [("김", "Kim"), ("박", "Park"), ("정", "Jung"), ("강", "Kang"), ("윤", "Yoon"), ("한", "Han"), ("서", "Seo"), ("오", "Oh")]
KO_GIV = [("민준", "Minjun", 1), ("서연", "Seoyeon", 0), ("지훈", "Jihoon", 1), ("하은", "Haeun", 0),
          ("도윤", "Doyoon", 1), ("수빈", "Subin", 0), ("예린", "Yerin", 0), ("현우", "Hyunwoo", 1)]
RU_GIV = [("Дмитрий", "Dmitry", 1), ("Алексей", "Alexey", 1), ("Кирилл", "Kirill", 1), ("Павел", "Pavel", 1),
          ("Егор", "Egor", 1), ("Анастасия", "Anastasia", 0), ("Екатерина", "Ekaterina", 0), ("Полина", "Polina", 0),
          ("Ксения", "Ksenia", 0), ("Дарья", "Darya", 0)]
RU_FAM = [("Соколов", "Соколова", "Sokolov"), ("Лебедев", "Лебедева", "Lebedev"), ("Морозов", "Морозова", "Morozov"),
          ("Кузнецов", "Кузнецова", "Kuznetsov"), ("Волков", "Волкова", "Volkov"), ("Ершов", "Ершова", "Ershov"),
          ("Белоусов", "Белоусова", "Belousov")]
RU_PAT = [("Андреевич", "Андреевна"), ("Сергеевич", "Сергеевна"), ("Игоревич", "Игоревна"), ("Викторович", "Викторовна")]
AR_GIV = [("محمد", "Mohammed", 1), ("عمر", "Omar", 1), ("خالد", "Khaled", 1), ("يوسف", "Youssef", 1), ("طارق", "Tarek", 1),
          ("فاطمة", "Fatima", 0), ("ليلى", "Layla", 0), ("نور", "Nour", 0), ("مريم", "Mariam", 0), ("سارة", "Sara", 0)]
AR_FAM = [("الشامي", "Al Shami"), ("حداد", "Haddad"), ("النجار", "Al Najjar"), ("الخطيب", "Al Khatib"),
          ("عبد الله", "Abdullah"), ("الزعبي", "Al Zoubi"), ("القاسمي", "Al Qasimi")]
HI_GIV = [("अंकित", "Ankit", 1), ("विकास", "Vikas", 1), ("सौरभ", "Saurabh", 1), ("प्रिया", "Priya", 0),
          ("स्नेहा", "Sneha", 0), ("नेहा", "Neha", 0), ("आदित्य", "Aditya", 1)]
HI_FAM = [("वर्मा", "Verma"), ("मिश्रा", "Mishra"), ("यादव", "Yadav"), ("चौहान", "Chauhan"), ("पांडे", "Pandey"), ("त्रिपाठी", "Tripathi")]

PARTICLES = {"van", "de", "der", "den", "ter", "da", "dos", "das", "do", "le", "la", "di", "del", "al", "Al", "von", "Le", "La", "De", "Di", "Del", "Van", "Da", "Dos"}


class Person:
    def __init__(self, cult, given, family, sex, roman=None, reading=None, extra=None):
        self.cult, self.given, self.family, self.sex = cult, given, family, sex
        self.roman = roman or (fold(given), fold(family))   # ascii (given, family)
        self.reading = reading          # ja furigana (family, given)
        self.extra = extra or {}

    @property
    def full(self):
        if self.cult == "ja":
            return self.family + " " + self.given
        if self.cult in ("zh", "ko"):
            return self.family + self.given
        return "%s %s" % (self.given, self.family)

    @property
    def rfull(self):
        return "%s %s" % self.roman


def person(R, cult, sex=None):
    if sex is None:
        sex = R.randint(0, 1)     # 1 male
    if cult in LATIN:
        m, f, fam = LATIN[cult]
        g = R.choice(m if sex else f)
        fa = R.choice(fam)
        if isinstance(fa, tuple):
            fa = fa[0] if sex else fa[1]
        if cult == "es" or (cult == "mx" and R.random() < 0.8):
            fa2 = R.choice([x for x in fam if x != fa])
            fa = fa + " " + fa2
        if cult == "pt" and R.random() < 0.4:
            fa = R.choice([x for x in fam if x != fa and " " not in x]) + " " + fa
        return Person(cult, g, fa, sex)
    if cult == "ja":
        fk, fr, fro = R.choice(JA_FAM)
        gk, gr, gro, s = R.choice([x for x in JA_GIV if sex is None or x[3] == sex] or JA_GIV)
        return Person("ja", gk, fk, s, roman=(gro, fro), reading=(fr, gr))
    if cult == "zh":
        fk, fro = R.choice(ZH_FAM)
        gk, gro, s = R.choice([x for x in ZH_GIV if x[2] == sex])
        return Person("zh", gk, fk, s, roman=(gro, fro))
    if cult == "ko":
        fk, fro = R.choice(KO_FAM)
        gk, gro, s = R.choice([x for x in KO_GIV if x[2] == sex])
        return Person("ko", gk, fk, s, roman=(gro, fro))
    if cult == "ru":
        g, gro, s = R.choice([x for x in RU_GIV if x[2] == sex])
        fm, ff, fro = R.choice(RU_FAM)
        pm, pf = R.choice(RU_PAT)
        p = Person("ru", g, fm if s else ff, s, roman=(gro, fro + ("" if s else "a")))
        p.extra["pat"] = pm if s else pf
        return p
    if cult == "ar":
        g, gro, s = R.choice([x for x in AR_GIV if x[2] == sex])
        fa, fro = R.choice(AR_FAM)
        return Person("ar", g, fa, s, roman=(gro, fro))
    if cult == "hi":
        g, gro, s = R.choice([x for x in HI_GIV if x[2] == sex])
        fa, fro = R.choice(HI_FAM)
        return Person("hi", g, fa, s, roman=(gro, fro))
    raise KeyError(cult)


def people(R, cult, n):
    """n persons sharing no name word."""
    out, used = [], set()
    while len(out) < n:
        p = person(R, cult)
        words = set(re.split(r"[\s\-]+", p.given + " " + p.family)) - PARTICLES
        if words & used:
            continue
        used |= words
        out.append(p)
    return out


PERSONAL_DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com", "gmx.at", "bluewin.ch"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "pt": ["uol.com.br", "gmail.com", "bol.com.br", "sapo.pt", "terra.com.br"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "gmail.com"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "sv": ["telia.com", "gmail.com", "bredband.net"],
    "mx": ["gmail.com", "hotmail.com", "prodigy.net.mx"],
    "ja": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"],
    "zh": ["qq.com", "163.com", "126.com", "foxmail.com"],
    "ko": ["naver.com", "daum.net", "gmail.com"],
    "ru": ["yandex.ru", "mail.ru", "gmail.com", "bk.ru"],
    "ar": ["gmail.com", "outlook.com", "hotmail.com"],
    "hi": ["gmail.com", "rediffmail.com"],
}


def email_of(R, p, domain=None):
    g, f = [re.sub(r"[^a-z]", "", fold(x).lower()) for x in p.roman]
    f1 = re.sub(r"[^a-z]", "", fold(p.roman[1].split()[-1]).lower())
    local = R.choice(["%s.%s" % (g, f1), "%s%s" % (g[0], f1), "%s_%s%d" % (g, f1, R.randint(1, 99)),
                      "%s.%s%d" % (f1, g, R.choice([88, 91, 93, 95, 97, 2, 7])), "%s%s" % (g, f1[:3]),
                      "%s-%s" % (g, f), "%s.%s.%s" % (g, f1, R.choice(["cv", "jobs", "work"]))])
    if p.cult == "zh" and R.random() < 0.4 and domain is None:
        return "%d@qq.com" % R.randint(10 ** 7, 10 ** 10)
    if domain is None:
        domain = R.choice(PERSONAL_DOMAINS[p.cult])
    return local + "@" + domain


def work_email(R, p, domain):
    g, f = [re.sub(r"[^a-z]", "", fold(x).lower()) for x in p.roman]
    f1 = re.sub(r"[^a-z]", "", fold(p.roman[1].split()[-1]).lower())
    return R.choice(["%s.%s" % (g, f1), "%s%s" % (g[0], f1), "%s.%s" % (g[0], f1)]) + "@" + domain


def P(p, text=None):
    return L("person", text if text is not None else p.full, sub=p.cult)


def E(R, p, domain=None):
    return L("email", email_of(R, p, domain), sub="personal")


def WE(R, p, domain):
    return L("email", work_email(R, p, domain), sub="work")


# ================================================================ dates of birth


def dob_date(R, lo=1961, hi=2004):
    return datetime.date(R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28))


RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
PL_MONTHS_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]
TR_MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
SV_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]


def fmt_dob(R, d, lang):
    y, m, dd = d.year, d.month, d.day
    opts = {
        "en_us": ["%02d/%02d/%d" % (m, dd, y), "%s %d, %d" % (MONTHS["en"][m - 1], dd, y), "%d-%02d-%02d" % (y, m, dd),
                  "%s %d, %d" % (MONTHS["en"][m - 1][:3] + ".", dd, y)],
        "en_gb": ["%02d/%02d/%d" % (dd, m, y), "%d %s %d" % (dd, MONTHS["en"][m - 1], y), "%d%s %s %d" % (dd, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(dd, "th"), MONTHS["en"][m - 1], y)],
        "in": ["%02d-%02d-%d" % (dd, m, y), "%02d/%02d/%d" % (dd, m, y), "%d%s %s %d" % (dd, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(dd, "th"), MONTHS["en"][m - 1], y), "%02d %s %d" % (dd, MONTHS["en"][m - 1][:3].upper(), y)],
        "de": ["%02d.%02d.%d" % (dd, m, y), "%d. %s %d" % (dd, MONTHS["de"][m - 1], y), "%d.%d.%d" % (dd, m, y)],
        "fr": ["%02d/%02d/%d" % (dd, m, y), "%d %s %d" % (dd, MONTHS["fr"][m - 1], y) if dd != 1 else "1er %s %d" % (MONTHS["fr"][m - 1], y)],
        "es": ["%02d/%02d/%d" % (dd, m, y), "%d de %s de %d" % (dd, MONTHS["es"][m - 1], y)],
        "it": ["%02d/%02d/%d" % (dd, m, y), "%d %s %d" % (dd, MONTHS["it"][m - 1], y)],
        "nl": ["%02d-%02d-%d" % (dd, m, y), "%d %s %d" % (dd, MONTHS["nl"][m - 1], y)],
        "pt": ["%02d/%02d/%d" % (dd, m, y), "%d de %s de %d" % (dd, MONTHS["pt"][m - 1], y)],
        "ja": ["%d年%d月%d日" % (y, m, dd), ("昭和%d年%d月%d日" % (y - 1925, m, dd)) if y < 1989 else ("平成%d年%d月%d日" % (y - 1988, m, dd))],
        "zh": ["%d年%d月%d日" % (y, m, dd), "%d-%02d-%02d" % (y, m, dd), "%d.%02d" % (y, m) if False else "%d年%02d月%02d日" % (y, m, dd)],
        "ko": ["%d년 %d월 %d일" % (y, m, dd), "%d.%02d.%02d" % (y, m, dd)],
        "ru": ["%02d.%02d.%d" % (dd, m, y), "%d %s %d г." % (dd, RU_MONTHS_GEN[m - 1], y)],
        "pl": ["%02d.%02d.%d" % (dd, m, y), "%d %s %d" % (dd, PL_MONTHS_GEN[m - 1], y)],
        "tr": ["%02d.%02d.%d" % (dd, m, y), "%d %s %d" % (dd, TR_MONTHS[m - 1], y)],
        "sv": ["%d-%02d-%02d" % (y, m, dd), "%d %s %d" % (dd, SV_MONTHS[m - 1], y)],
        "ar": ["%02d/%02d/%d" % (dd, m, y), "%d/%02d/%02d" % (y, m, dd)],
        "hi": ["%02d/%02d/%d" % (dd, m, y), "%02d-%02d-%d" % (dd, m, y)],
        "iso": ["%d-%02d-%02d" % (y, m, dd)],
    }[lang]
    return R.choice(opts)


def D(R, d, lang):
    return L("dob", fmt_dob(R, d, lang), sub=lang)


# ================================================================ phones

OWN_PLANS = {
    "KR": (82, "0", {"mobile": lambda R: "10" + R.choice("2345678") + digits(R, 7)}),
    "TR": (90, "0", {"mobile": lambda R: "5" + R.choice(["30", "32", "33", "35", "36", "38", "41", "42", "43", "44", "05", "06", "52", "53", "54", "55"]) + digits(R, 7)}),
    "AE": (971, "0", {"mobile": lambda R: "5" + R.choice("024568") + digits(R, 7)}),
}
KINDS = {"US": ["fixed_or_mobile"], "CA": ["fixed_or_mobile"], "GB": ["mobile", "mobile", "london"], "DE": ["mobile", "mobile7", "berlin", "fixed"],
         "AT": ["mobile", "vienna"], "CH": ["mobile", "fixed"], "FR": ["mobile", "fixed"], "BE": ["mobile", "fixed"], "NL": ["mobile", "fixed"],
         "ES": ["mobile", "fixed"], "PT": ["mobile", "fixed"], "IT": ["mobile", "mobile", "milan", "rome"], "PL": ["mobile", "fixed"],
         "IE": ["mobile"], "SE": ["mobile"], "IN": ["mobile"], "BR": ["mobile", "mobile", "fixed"], "MX": ["any"], "CN": ["mobile"],
         "SG": ["mobile", "fixed"], "RU": ["mobile", "mobile", "moscow"], "JP": ["mobile"], "AU": ["mobile"], "ZA": ["mobile"],
         "KR": ["mobile"], "TR": ["mobile"], "AE": ["mobile"]}


def _nsn(R, region, kind):
    if region in OWN_PLANS:
        cc, trunk, kinds = OWN_PLANS[region]
    else:
        cc, trunk, kinds = PLANS[region]
    if region == "FR" and kind == "mobile":
        return cc, trunk, "6" + R.choice("0123456789") + digits(R, 7)
    return cc, trunk, kinds[kind](R)


def _fmt_phone(R, region, kind, cc, trunk, n, intl):
    c = "+%d " % cc
    if region in ("US", "CA"):
        if intl:
            return R.choice(["+1 %s %s %s", "+1-%s-%s-%s", "+1 (%s) %s-%s"]) % (n[:3], n[3:6], n[6:])
        return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "1-%s-%s-%s"]) % (n[:3], n[3:6], n[6:])
    if region == "GB":
        if kind == "london":
            return ("+44 (0)20 %s %s" if intl and R.random() < .5 else "+44 20 %s %s" if intl else "020 %s %s") % (n[2:6], n[6:])
        if kind == "fixed":
            return (c + "%s %s %s" if intl else "0%s %s %s") % (n[:3], n[3:6], n[6:])
        return (c + "%s %s" if intl else "0%s %s") % (n[:4], n[4:])
    if region == "DE":
        a = 3 if kind in ("mobile", "mobile7") else 2 if kind == "berlin" or n[:2] in ("89", "40", "69") else 3
        if intl:
            return R.choice([c + "%s %s", "+49 (0)%s %s", "+49-%s-%s"]) % (n[:a], n[a:])
        return R.choice(["0%s %s", "0%s/%s", "(0%s) %s", "0%s-%s"]) % (n[:a], n[a:])
    if region == "AT":
        a = 3 if kind == "mobile" else 1
        return (c + "%s %s" if intl else "0%s %s") % (n[:a], n[a:])
    if region == "CH":
        return (c + "%s %s %s %s" if intl else "0%s %s %s %s") % (n[:2], n[2:5], n[5:7], n[7:])
    if region == "FR":
        pairs = " ".join(n[i:i + 2] for i in range(1, 9, 2))
        if intl:
            return "+33 %s %s" % (n[0], pairs)
        sep = R.choice([" ", ".", " "])
        return "0" + n[0] + sep + sep.join(n[i:i + 2] for i in range(1, 9, 2))
    if region == "BE":
        if kind == "mobile":
            return (c + "%s %s %s %s" if intl else "0%s %s %s %s") % (n[:3], n[3:5], n[5:7], n[7:])
        return (c + "%s %s %s %s" if intl else "0%s %s %s %s") % (n[:1], n[1:4], n[4:6], n[6:])
    if region == "NL":
        if kind == "mobile":
            return R.choice([c + "6 %s", "+31 (0)6 %s"]) % n[1:] if intl else R.choice(["06-%s", "06 %s"]) % n[1:]
        return (c + "%s %s %s" if intl else "0%s-%s%s") % (n[:2], n[2:5], n[5:])
    if region == "ES":
        if intl:
            return c + "%s %s %s" % (n[:3], n[3:6], n[6:])
        return R.choice(["%s %s %s", "%s%s%s"]) % (n[:3], n[3:6], n[6:]) if R.random() < .5 else "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])
    if region == "PT":
        return (c if intl else "") + "%s %s %s" % (n[:3], n[3:6], n[6:])
    if region == "IT":
        if kind == "mobile":
            return (c + "%s %s %s" if intl else R.choice(["%s %s %s", "%s/%s%s"])) % (n[:3], n[3:6], n[6:])
        return (c if intl else "") + "%s %s %s" % (n[:2], n[2:6], n[6:])
    if region == "PL":
        if kind == "fixed":
            return (c if intl else "") + "%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
        return (c if intl else "") + "%s %s %s" % (n[:3], n[3:6], n[6:])
    if region == "IE":
        return (c + "%s %s %s" if intl else "0%s %s %s") % (n[:2], n[2:5], n[5:])
    if region == "SE":
        return (c + "%s %s %s %s" if intl else "0%s-%s %s %s") % (n[:2], n[2:5], n[5:7], n[7:])
    if region == "IN":
        if intl:
            return R.choice(["+91 %s %s" % (n[:5], n[5:]), "+91-%s" % n, "+91 %s" % n])
        return R.choice(["%s %s" % (n[:5], n[5:]), n, "0%s" % n])
    if region == "BR":
        if kind == "mobile":
            return (R.choice(["+55 %s %s-%s", "+55 (%s) %s-%s"]) if intl else "(%s) %s-%s") % (n[:2], n[2:7], n[7:])
        return ("+55 %s %s-%s" if intl else "(%s) %s-%s") % (n[:2], n[2:6], n[6:])
    if region == "MX":
        return (c if intl else "") + "%s %s %s" % (n[:2], n[2:6], n[6:])
    if region == "CN":
        if intl:
            return c + "%s %s %s" % (n[:3], n[3:7], n[7:])
        return R.choice(["%s %s %s" % (n[:3], n[3:7], n[7:]), n, "%s-%s-%s" % (n[:3], n[3:7], n[7:])])
    if region == "SG":
        return (c if intl else "") + "%s %s" % (n[:4], n[4:])
    if region == "RU":
        if intl:
            return R.choice(["+7 %s %s-%s-%s", "+7 (%s) %s-%s-%s"]) % (n[:3], n[3:6], n[6:8], n[8:])
        return "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    if region == "JP":
        if intl:
            return R.choice(["+81 %s-%s-%s", "+81 %s %s %s"]) % (n[:2], n[2:6], n[6:])
        return "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if region == "AU":
        return (c + "%s %s %s" if intl else "0%s %s %s") % (n[:3], n[3:6], n[6:])
    if region == "ZA":
        return (c + "%s %s %s" if intl else "0%s %s %s") % (n[:2], n[2:5], n[5:])
    if region == "KR":
        return (c + "%s-%s-%s" if intl else "0%s-%s-%s") % (n[:2], n[2:6], n[6:])
    if region == "TR":
        if intl:
            return c + "%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
        return R.choice(["0%s %s %s %s", "0 (%s) %s %s %s"]) % (n[:3], n[3:6], n[6:8], n[8:])
    if region == "AE":
        return (c + "%s %s %s" if intl else "0%s %s %s") % (n[:2], n[2:5], n[5:])
    raise KeyError(region)


def PH(R, region, intl=None, plan=None, kind=None):
    """A phone label read in `region`; `plan` when the number is another
    country's (then always written with +CC)."""
    home = plan or region
    kind = kind or R.choice(KINDS[home])
    cc, trunk, n = _nsn(R, home, kind)
    if plan:
        intl = True
    elif intl is None:
        intl = R.random() < 0.4
    v = _fmt_phone(R, home, kind, cc, trunk, n, intl)
    meta = {"sub": kind, "region": region}
    if plan:
        meta["plan"] = plan
    return L("phone", v, **meta)


# ================================================================ addresses

US_CITIES = [("Raleigh", "NC", "276"), ("Columbus", "OH", "432"), ("Boise", "ID", "837"), ("Tucson", "AZ", "857"),
             ("Madison", "WI", "537"), ("Richmond", "VA", "232"), ("Omaha", "NE", "681"), ("Sacramento", "CA", "958"),
             ("Pittsburgh", "PA", "152"), ("Spokane", "WA", "992"), ("Durham", "NC", "277"), ("Ann Arbor", "MI", "481")]
US_STREETS = ["Larkspur Ln", "Oak Hollow Dr", "Quail Run Rd", "Tamarack Ct", "Wexford Ave", "Bramblewood Cir",
              "N Maplecrest St", "Sycamore Ridge Way", "Old Mill Pkwy", "E Juniper Blvd", "Hawthorne Terrace"]
GB_TOWNS = [("Sheffield", "S11 8", "S"), ("Leeds", "LS6 2", "L"), ("Bristol", "BS7 9", "B"), ("Nottingham", "NG7 1", "N"),
            ("Cardiff", "CF24 4", "C"), ("Norwich", "NR2 3", "N"), ("Glasgow", "G12 8", "G"), ("Brighton", "BN1 6", "B"),
            ("York", "YO31 7", "Y"), ("Reading", "RG1 5", "R")]
GB_STREETS = ["Quarry Bank Road", "Ashgrove Crescent", "Kingfisher Close", "Tannery Lane", "Ladysmith Avenue",
              "Beechwood Gardens", "Nettleham Road", "Saxon Mews", "Cromwell Terrace", "Holly Bush Grove"]
DE_CITIES = [("28199", "Bremen"), ("04275", "Leipzig"), ("50674", "Köln"), ("80469", "München"), ("22765", "Hamburg"),
             ("70180", "Stuttgart"), ("90429", "Nürnberg"), ("10437", "Berlin"), ("60316", "Frankfurt am Main"),
             ("48143", "Münster"), ("01099", "Dresden"), ("34117", "Kassel")]
DE_STREETS = ["Lindenhofweg", "Am Mühlbach", "Kastanienallee", "Hinter der Burg", "Schillerstraße", "Fasanenweg",
              "Gartenstraße", "Kirchplatz", "Hagebuttenweg", "Zum Sportplatz", "Wilhelm-Leuschner-Straße", "Uhlandstr."]
AT_ADDR = [("1060", "Wien", "Gumpendorfer Gasse"), ("8010", "Graz", "Leonhardstraße"), ("5020", "Salzburg", "Linzer Gasse"),
           ("6020", "Innsbruck", "Anichstraße"), ("4020", "Linz", "Herrenstraße")]
CH_ADDR = [("8049", "Zürich", "Rebbergstrasse"), ("3013", "Bern", "Lorrainestrasse"), ("4057", "Basel", "Klybeckstrasse"),
           ("1205", "Genève", "Rue de Carouge"), ("6003", "Luzern", "Bruchstrasse")]
FR_CITIES = [("69007", "Lyon"), ("31000", "Toulouse"), ("44000", "Nantes"), ("33800", "Bordeaux"), ("13006", "Marseille"),
             ("59000", "Lille"), ("67000", "Strasbourg"), ("75011", "Paris"), ("35000", "Rennes"), ("34000", "Montpellier")]
FR_STREETS = ["rue des Tanneurs", "avenue Jean-Jaurès", "rue du Faubourg Bonnefoy", "impasse des Glycines",
              "boulevard Vauban", "rue de la Paix-Céleste", "allée des Marronniers", "chemin des Vignes", "quai de la Fosse"]
ES_CITIES = [("29016", "Málaga"), ("46005", "Valencia"), ("41003", "Sevilla"), ("50008", "Zaragoza"), ("48009", "Bilbao"),
             ("28045", "Madrid"), ("08012", "Barcelona"), ("15004", "A Coruña")]
ES_STREETS = ["Calle del Almirante Topete", "Avenida de Andalucía", "Calle Cuesta del Rosario", "Paseo de la Alameda",
              "Calle Mayor", "Carrer de Verdi", "Calle de Embajadores", "Rúa Real"]
IT_CITIES = [("40129", "Bologna", "BO"), ("10128", "Torino", "TO"), ("20135", "Milano", "MI"), ("80129", "Napoli", "NA"),
             ("50132", "Firenze", "FI"), ("35121", "Padova", "PD"), ("90141", "Palermo", "PA"), ("00152", "Roma", "RM")]
IT_STREETS = ["Via Nino Bixio", "Via della Spiga Vecchia", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale Piave",
              "Via San Felice", "Piazza dei Martiri", "Via Monte Grappa"]
NL_CITIES = [("Utrecht", "35"), ("Groningen", "97"), ("Eindhoven", "56"), ("Haarlem", "20"), ("Leiden", "23"),
             ("Nijmegen", "65"), ("Rotterdam", "30"), ("Zwolle", "80")]
NL_STREETS = ["Bloemstraat", "Oudegracht", "Korreweg", "Stratumsedijk", "Kleine Houtstraat", "Hooigracht",
              "Groenewoudseweg", "Nieuwe Binnenweg", "Thorbeckegracht"]
PT_ADDR = [("Rua do Almada", "4050-038", "Porto"), ("Rua de São Bento", "1200-109", "Lisboa"), ("Avenida Fernão de Magalhães", "3000-175", "Coimbra"),
           ("Rua Direita", "3810-170", "Aveiro")]
BR_ADDR = [("Rua Pedroso Alvarenga", "Itaim Bibi", "São Paulo", "SP", "04531"), ("Rua Visconde de Pirajá", "Ipanema", "Rio de Janeiro", "RJ", "22410"),
           ("Avenida Getúlio Vargas", "Savassi", "Belo Horizonte", "MG", "30112"), ("Rua Padre Chagas", "Moinhos de Vento", "Porto Alegre", "RS", "90570"),
           ("Rua Quinze de Novembro", "Centro", "Curitiba", "PR", "80020"), ("Avenida Boa Viagem", "Boa Viagem", "Recife", "PE", "51021")]
IN_ADDR = [("Baner Road", "Pune", "Maharashtra", "4110"), ("HSR Layout, Sector 2", "Bengaluru", "Karnataka", "5601"),
           ("Velachery Main Road", "Chennai", "Tamil Nadu", "6000"), ("Salt Lake, Sector V", "Kolkata", "West Bengal", "7000"),
           ("Gachibowli", "Hyderabad", "Telangana", "5000"), ("Vaishali Nagar", "Jaipur", "Rajasthan", "3020"),
           ("Sector 62", "Noida", "Uttar Pradesh", "2013")]
IN_BLDG = ["Sai Krupa Apartments", "Green Meadows Society", "Shanti Niketan CHS", "Prestige Lakeview", "Gulmohar Residency", "Lotus Enclave"]
JP_ADDR = [("160-0023", "東京都新宿区西新宿"), ("530-0001", "大阪府大阪市北区梅田"), ("460-0008", "愛知県名古屋市中区栄"),
           ("810-0001", "福岡県福岡市中央区天神"), ("060-0042", "北海道札幌市中央区大通西"), ("231-0023", "神奈川県横浜市中区山下町")]
JP_BLDG = ["パークハイツ", "メゾン桜", "グランシャトー", "コーポ藤", "サンライズ館"]
CN_ADDR = ["上海市浦东新区张杨路", "北京市朝阳区建国路", "广东省深圳市南山区科技园南路", "浙江省杭州市西湖区文三路", "四川省成都市武侯区天府大道"]
KR_ADDR = [("서울특별시 마포구 월드컵북로", "03926"), ("서울특별시 강남구 테헤란로", "06236"), ("경기도 성남시 분당구 판교역로", "13494"),
           ("부산광역시 해운대구 센텀중앙로", "48058")]
RU_ADDR = [("117342", "г. Москва", "ул. Бутлерова"), ("190031", "г. Санкт-Петербург", "ул. Садовая"), ("620014", "г. Екатеринбург", "ул. Малышева"),
           ("630099", "г. Новосибирск", "Красный проспект"), ("420111", "г. Казань", "ул. Баумана")]
PL_ADDR = [("31-034", "Kraków", "ul. Kopernika"), ("00-681", "Warszawa", "ul. Hoża"), ("50-107", "Wrocław", "ul. Kuźnicza"),
           ("80-831", "Gdańsk", "ul. Ogarna"), ("61-770", "Poznań", "ul. Wrocławska")]
TR_ADDR = [("Caferağa Mah.", "Moda Cad.", "34710", "Kadıköy/İstanbul"), ("Kızılay Mah.", "Atatürk Blv.", "06420", "Çankaya/Ankara"),
           ("Alsancak Mah.", "Kıbrıs Şehitleri Cad.", "35220", "Konak/İzmir"), ("Cihangir Mah.", "Akarsu Sok.", "34433", "Beyoğlu/İstanbul")]
SE_ADDR = [("Döbelnsgatan", "113 58", "Stockholm"), ("Vasagatan", "411 24", "Göteborg"), ("Stora Södergatan", "222 23", "Lund"),
           ("Kungsgatan", "753 21", "Uppsala")]
IE_ADDR = [("Seaview Terrace", "Clontarf", "Dublin 3", "D03"), ("Mardyke Walk", "Cork", "Co. Cork", "T12"), ("Newcastle Road", "Galway", "Co. Galway", "H91")]
AU_ADDR = [("Wattle Street", "Ultimo", "NSW", "2007"), ("Brunswick Street", "Fitzroy", "VIC", "3065"), ("Boundary Street", "West End", "QLD", "4101")]
AE_ADDR = ["Al Barsha 2, Dubai", "Jumeirah Village Circle, Dubai", "Al Khalidiyah, Abu Dhabi", "Al Majaz 3, Sharjah"]
AR_ADDR = ["شارع الشيخ زايد، دبي", "شارع الملك فهد، الرياض", "شارع الجامعة، عمّان", "شارع التحلية، جدة"]
HI_ADDR = [("सेक्टर 12", "नोएडा", "उत्तर प्रदेश", "201301"), ("गोमती नगर", "लखनऊ", "उत्तर प्रदेश", "226010"), ("अरेरा कॉलोनी", "भोपाल", "मध्य प्रदेश", "462016")]
MX_ADDR = [("Av. Insurgentes Sur", "Col. Del Valle", "Benito Juárez", "CDMX", "03100"), ("Calle Morelos", "Col. Centro", "Monterrey", "N.L.", "64000"),
           ("Av. Chapultepec", "Col. Americana", "Guadalajara", "Jal.", "44160")]
CA_ADDR = [("Rue Saint-Denis", "Montréal", "QC", "H2X"), ("Bloor St W", "Toronto", "ON", "M6H"), ("Commercial Dr", "Vancouver", "BC", "V5L")]


def _pc_letters(R, n):
    return "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(n))


def address(R, cc, ml=False):
    """A home address of country cc; ml: across line breaks where letters do."""
    nl = "\n" if ml else ", "
    if cc == "US":
        city, st, z = R.choice(US_CITIES)
        unit = R.choice(["", "", ", Apt %d%s" % (R.randint(1, 12), R.choice("ABCD")), " Unit %d" % R.randint(101, 420)])
        return "%d %s%s%s%s, %s %s%02d" % (R.randint(12, 9870), R.choice(US_STREETS), unit, nl, city, st, z, R.randint(1, 99)) + (R.choice(["", "-%04d" % R.randint(1000, 9999)]))
    if cc == "GB":
        town, pc, _ = R.choice(GB_TOWNS)
        flat = R.choice(["", "Flat %d, " % R.randint(1, 9), ""])
        return "%s%d %s%s%s %s%s" % (flat, R.randint(2, 188), R.choice(GB_STREETS), nl, town, pc, _pc_letters(R, 2))
    if cc == "DE":
        plz, city = R.choice(DE_CITIES)
        return "%s %d%s%s%s %s" % (R.choice(DE_STREETS), R.randint(1, 140), R.choice(["", "", "a", " b"]), nl, plz, city)
    if cc == "AT":
        plz, city, st = R.choice(AT_ADDR)
        return "%s %d/%d%s%s %s" % (st, R.randint(1, 60), R.randint(1, 22), nl, plz, city)
    if cc == "CH":
        plz, city, st = R.choice(CH_ADDR)
        return "%s %d%s%s %s" % (st, R.randint(1, 90), nl, plz, city) if not st.startswith("Rue") else "%s %d%s%s %s" % (st, R.randint(1, 90), nl, plz, city)
    if cc == "FR":
        cp, city = R.choice(FR_CITIES)
        return "%d%s %s%s%s %s" % (R.randint(1, 120), R.choice(["", "", " bis", " ter"]), R.choice(FR_STREETS), nl, cp, city)
    if cc == "ES":
        cp, city = R.choice(ES_CITIES)
        return "%s %d, %dº %s%s%s %s" % (R.choice(ES_STREETS), R.randint(1, 150), R.randint(1, 8), R.choice("ABCD"), nl, cp, city)
    if cc == "IT":
        cap, city, pr = R.choice(IT_CITIES)
        return "%s %d%s%s %s (%s)" % (R.choice(IT_STREETS), R.randint(1, 180), nl, cap, city, pr)
    if cc == "NL":
        city, p2 = R.choice(NL_CITIES)
        return "%s %d%s%s%s%02d %s %s" % (R.choice(NL_STREETS), R.randint(1, 240), R.choice(["", "", "-bis", " A", "-II"]), nl, p2, R.randint(10, 99), _pc_letters(R, 2), city)
    if cc == "PT":
        st, cp, city = R.choice(PT_ADDR)
        return "%s, %d, %dº %s%s%s %s" % (st, R.randint(1, 400), R.randint(1, 6), R.choice(["Esq.", "Dto.", "Frt."]), nl, cp, city)
    if cc == "BR":
        st, bairro, city, uf, cep = R.choice(BR_ADDR)
        return "%s, %s %d%s – %s%s%s – %s, %s-%03d" % (st, R.choice(["nº", "", "n."]), R.randint(10, 2400), R.choice(["", ", ap. %d" % R.randint(11, 184)]), bairro, nl, city, uf, cep, R.randint(0, 999))
    if cc == "IN":
        area, city, state, pin = R.choice(IN_ADDR)
        return "Flat %d, %s, %s%s%s, %s %s%02d" % (R.randint(101, 1204), R.choice(IN_BLDG), area, nl, city, state, pin, R.randint(1, 99))
    if cc == "JP":
        pc, pref = R.choice(JP_ADDR)
        return "〒%s %s%d-%d-%d %s%d" % (pc, pref, R.randint(1, 5), R.randint(1, 20), R.randint(1, 30), R.choice(JP_BLDG), R.randint(101, 905))
    if cc == "CN":
        return "%s%d号%d栋%d室" % (R.choice(CN_ADDR), R.randint(10, 2000), R.randint(1, 12), R.randint(101, 2405))
    if cc == "KR":
        st, pc = R.choice(KR_ADDR)
        return "%s %d, %d동 %d호 (%s)" % (st, R.randint(10, 400), R.randint(101, 112), R.randint(201, 1904), pc)
    if cc == "RU":
        idx, city, st = R.choice(RU_ADDR)
        return "%s, %s, %s, д. %d, кв. %d" % (idx, city, st, R.randint(1, 90), R.randint(1, 240))
    if cc == "PL":
        pc, city, st = R.choice(PL_ADDR)
        return "%s %d/%d%s%s %s" % (st, R.randint(1, 80), R.randint(1, 40), nl, pc, city)
    if cc == "TR":
        mah, cad, pk, city = R.choice(TR_ADDR)
        return "%s %s No: %d D: %d%s%s %s" % (mah, cad, R.randint(1, 140), R.randint(1, 18), nl, pk, city)
    if cc == "SE":
        st, pc, city = R.choice(SE_ADDR)
        return "%s %d%s%s %s" % (st, R.randint(1, 70), nl, pc, city)
    if cc == "IE":
        st, area, city, ek = R.choice(IE_ADDR)
        return "%d %s, %s%s%s, %s %s" % (R.randint(1, 90), st, area, nl, city, ek, R.choice("ACDEFHKNPRTVWXY") + dig(R, 1) + R.choice("ACDEFHKNPRTVWXY") + dig(R, 1))
    if cc == "AU":
        st, sub, state, pc = R.choice(AU_ADDR)
        return "Unit %d/%d %s%s%s %s %s" % (R.randint(1, 14), R.randint(2, 200), st, nl, sub, state, pc)
    if cc == "CA":
        st, city, prov, fsa = R.choice(CA_ADDR)
        return "%d %s%s%s %s  %s %s%s%s" % (R.randint(100, 4800), st, nl, city, prov, fsa, dig(R, 1), R.choice("ABCEGHJKLMNPRSTVWXYZ"), dig(R, 1))
    if cc == "AE":
        return "Apartment %d, %s Tower, %s" % (R.randint(101, 2408), R.choice(["Marina Pearl", "Al Noor", "Palm View", "Silver Sands"]), R.choice(AE_ADDR))
    if cc == "AR":
        return "شقة %d، بناية %d، %s" % (R.randint(1, 40), R.randint(1, 90), R.choice(AR_ADDR))
    if cc == "HI":
        area, city, state, pin = R.choice(HI_ADDR)
        return "मकान नं. %d, %s, %s, %s %s" % (R.randint(1, 300), area, city, state, pin)
    if cc == "MX":
        st, col, city, state, cp = R.choice(MX_ADDR)
        return "%s %d, %s%s%s, %s, C.P. %s" % (st, R.randint(10, 3000), col, nl, city, state, cp)
    raise KeyError(cc)


def A(R, cc, ml=False):
    return L("address", address(R, cc, ml), sub=cc.lower())


# ================================================================ government ids


def G(v, sub):
    return L("gov_id", v, sub=sub)


def ssn_fmt(R):
    a, g, s = ssn_random(R)
    return R.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s"]) % (a, g, s)


def nino_fmt(R):
    p, d, s = nino_random(R)
    return R.choice(["%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s), "%s%s%s" % (p, d, s)])


def steuerid_fmt(R):
    s = steuerid_random(R)
    return R.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])])


RVNR_AREAS = ["12", "13", "15", "17", "18", "23", "24", "25", "28", "38", "39", "40", "42", "53", "65"]


def rvnr_check(d11):
    """d11: area(2) + ddmmyy(6) + letter + serial(2); German pension insurance
    number check digit: letter as its two-digit alphabet position, weights
    2,1,2,5,7,1,2,1,2,1,2,1, digit sums of the products, sum mod 10."""
    s = d11[:8] + "%02d" % (ord(d11[8]) - 64) + d11[9:11]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    t = 0
    for c, k in zip(s, w):
        v = int(c) * k
        t += v // 10 + v % 10
    return str(t % 10)


def rvnr_make(R, dob, family, sex):
    letter = fold(family.split()[-1])[0].upper()
    serial = "%02d" % (R.randint(0, 49) if sex else R.randint(50, 99))
    body = R.choice(RVNR_AREAS) + "%02d%02d%02d" % (dob.day, dob.month, dob.year % 100) + letter + serial
    return body + rvnr_check(body)


def rvnr_ok(s):
    s = s.replace(" ", "")
    return len(s) == 12 and s[8].isalpha() and rvnr_check(s[:11]) == s[11]


def rvnr_fmt(R, dob, family, sex):
    s = rvnr_make(R, dob, family, sex)
    return R.choice([s, "%s %s %s %s" % (s[:2], s[2:8], s[8], s[9:])])


def nir_fmt(R, dob, sex):
    body, key = nir_random(R, sex="1" if sex else "2", yy=dob.year % 100, mm=dob.month)
    if R.random() < 0.5:
        return "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)
    return body + key


def dni_fmt(R):
    n, l = dni_random(R)
    return R.choice([n + l, n + "-" + l, "%s.%s.%s-%s" % (n[:2], n[2:5], n[5:], l)])


def nie_fmt(R):
    p, n, l = nie_random(R)
    return R.choice([p + n + l, "%s-%s-%s" % (p, n, l)])


BELFIORE = ["A944", "F205", "L219", "H501", "F839", "D612", "G273", "G224"]


def cf_fmt(R, p, dob):
    fam = fold(p.family).replace(" ", "")
    return cf_make(fam, fold(p.given), dob.year % 100, dob.month, dob.day, not p.sex, R.choice(BELFIORE))


def cf_ok(s):
    return len(s) == 16 and cf_check(s[:15]) == s[15]


def bsn_fmt(R):
    s = bsn_random(R)
    return R.choice([s, "%s.%s.%s" % (s[:4], s[4:6], s[6:])])


def aadhaar_fmt(R):
    s = aadhaar_random(R)
    return R.choice(["%s %s %s" % (s[:4], s[4:8], s[8:]), s, "%s-%s-%s" % (s[:4], s[4:8], s[8:])])


def pan_make(R, family):
    return "".join(R.choice(string.ascii_uppercase) for _ in range(3)) + "P" + fold(family)[0].upper() + "%04d" % R.randint(1, 9999) + R.choice(string.ascii_uppercase)


def cpf_fmt(R):
    s = cpf_random(R)
    return R.choice(["%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), s])


def pesel_make(R, dob, sex):
    y, m, d = dob.year, dob.month, dob.day
    mm = m + (20 if y >= 2000 else 0)
    serial = "%03d" % R.randint(0, 999) + str(R.choice([1, 3, 5, 7, 9] if sex else [0, 2, 4, 6, 8]))
    body = "%02d%02d%02d" % (y % 100, mm, d) + serial
    return body + pesel_check(body)


def pesel_check(b10):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return str((10 - sum(int(c) * k for c, k in zip(b10, w)) % 10) % 10)


def pesel_ok(s):
    return len(s) == 11 and pesel_check(s[:10]) == s[10]


def tckn_make(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s):
    d = list(map(int, s))
    return len(s) == 11 and d[0] != 0 and ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


CN_AREAS = ["110105", "310115", "440305", "330106", "510107", "320102", "420106"]


def cnid_make(R, dob, sex):
    body = R.choice(CN_AREAS) + "%d%02d%02d" % (dob.year, dob.month, dob.day) + "%02d" % R.randint(0, 99) + str(R.choice([1, 3, 5, 7, 9] if sex else [0, 2, 4, 6, 8]))
    return body + cnid_check(body)


def cnid_check(b17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * k for c, k in zip(b17, w)) % 11]


def cnid_ok(s):
    return len(s) == 18 and cnid_check(s[:17]) == s[17]


def mynumber_check(b11):
    t = 0
    for n in range(1, 12):
        p = int(b11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        t += p * q
    r = t % 11
    return "0" if r <= 1 else str(11 - r)


def mynumber_make(R):
    b = dig(R, 11)
    s = b + mynumber_check(b)
    return "%s %s %s" % (s[:4], s[4:8], s[8:])


def mynumber_ok(s):
    s = s.replace(" ", "")
    return len(s) == 12 and mynumber_check(s[:11]) == s[11]


def passport(R, cc):
    if cc == "IN":
        return R.choice("JKLMNPRSTUVWZ") + "%07d" % R.randint(1000000, 9999999)
    if cc == "US":
        return R.choice(["", "A"]) + "%08d" % R.randint(10000000, 99999999) if R.random() < 0.5 else "%09d" % R.randint(400000000, 699999999)
    if cc == "GB":
        return "%09d" % R.randint(100000000, 599999999)
    if cc == "CN":
        return "E" + "%08d" % R.randint(10000000, 99999999)
    if cc == "NG":
        return "A" + "%08d" % R.randint(10000000, 99999999)
    if cc == "PH":
        return "P" + "%07d" % R.randint(1000000, 9999999) + R.choice("ABC")
    if cc == "BR":
        return R.choice(["FX", "GA", "FZ", "YB"]) + "%06d" % R.randint(100000, 999999)
    if cc == "TR":
        return "U" + "%08d" % R.randint(10000000, 99999999)
    if cc == "JP":
        return R.choice(["TK", "TR", "MZ"]) + "%07d" % R.randint(1000000, 9999999)
    if cc == "KR":
        return "M" + "%08d" % R.randint(10000000, 99999999)
    if cc == "RU":
        return "%02d %07d" % (R.randint(70, 77), R.randint(1000000, 9999999))
    if cc == "MX":
        return "G" + "%08d" % R.randint(10000000, 99999999)
    if cc == "ZA":
        return "A" + "%08d" % R.randint(10000000, 99999999)
    raise KeyError(cc)


# ================================================================ cards, ibans


def card_fmt(R, issuer):
    n = card_random(R, issuer)
    if len(n) == 15:
        sep = R.choice([" ", "-", ""])
        return sep.join([n[:4], n[4:10], n[10:]]) if sep else n
    sep = R.choice([" ", " ", "-", "", "\u00a0"])
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4)) if sep else n


def C(R, issuer=None, **meta):
    issuer = issuer or R.choice(["visa", "visa", "mastercard", "mastercard2", "amex"])
    sub = {"mastercard2": "mastercard", "visa13": "visa"}.get(issuer, issuer)
    return L("card", card_fmt(R, issuer), sub=sub, **meta)


def I(R, cc, **meta):
    v = iban_random(R, cc)
    r = R.random()
    if r < 0.6:
        v = group(v)
    elif r < 0.7:
        v = group(v, sep="\u00a0")
    return L("iban", v, sub=cc.lower(), **meta)


# ================================================================ secrets, ips

PW_ALPHA = string.ascii_letters + string.digits


def init_password(R):
    k = R.randint(0, 5)
    if k == 0:
        return R.choice(["Willkommen", "Welcome", "Bienvenue", "Bienvenido", "Benvenuto", "Welkom", "Start"]) + R.choice(["#", "!", "@", "$"]) + dig(R, 4) + R.choice(string.ascii_lowercase)
    if k == 1:
        return "".join(R.choice(PW_ALPHA) for _ in range(R.randint(12, 16)))
    if k == 2:
        w = R.choice(["Kiefer", "Harbour", "Tulipe", "Nebel", "Copper", "Lantern", "Mistral", "Zebra", "Orchard"])
        return w + R.choice("-_.") + "".join(R.choice(PW_ALPHA) for _ in range(4)) + R.choice("!?%&") + dig(R, 2)
    if k == 3:
        return "-".join("".join(R.choice(PW_ALPHA) for _ in range(4)) for _ in range(3))
    if k == 4:
        return R.choice(["Tmp", "Init", "Neu", "New"]) + "_" + dig(R, 6) + R.choice(["!", "#", "*"]) + R.choice(string.ascii_uppercase)
    return "".join(R.choice(PW_ALPHA + "!#%*") for _ in range(R.randint(10, 14))) + R.choice(string.digits)


def wifi_key(R):
    return R.choice(["Kaffeepause", "OpenSpace", "Sunflower", "Salle", "Roof", "Pinguin", "Kantine", "Atelier"]) + R.choice(["!", "-", "_", "#"]) + dig(R, R.randint(3, 5)) + R.choice(["", "x", "Gz", "Q"])


def psk(R):
    return "".join(R.choice(PW_ALPHA) for _ in range(R.randint(20, 32)))


def S(v, sub):
    return L("secret", v, sub=sub)


def SK(R, kind):
    return L("secret", secret_random(R, kind), sub=kind)


def ip_private(R):
    return R.choice(["10.%d.%d.%d" % (R.randint(1, 250), R.randint(0, 255), R.randint(2, 250)),
                     "192.168.%d.%d" % (R.choice([0, 1, 2, 10, 50, 178, 188]), R.randint(2, 250)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))])


def ip_public(R):
    while True:
        a = R.choice([31, 37, 46, 62, 77, 78, 80, 81, 84, 85, 87, 88, 89, 91, 93, 94, 95, 109, 151, 176, 178, 185, 188, 212, 213, 217, 24, 49, 59, 73, 98, 103, 117, 122, 175, 182, 201, 187, 189])
        s = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(2, 250))
        ip = ipaddress.ip_address(s)
        if ip.is_global:
            return s


def ip6(R):
    return "2a02:%x:%x:%x:%x:%x:%x:%x" % tuple(R.randint(0x100, 0xffff) for _ in range(7)) if R.random() < 0.5 else \
        "2001:%x:%x::%x:%x" % (R.choice([0x16b8, 0x1c00, 0x4c8, 0x9e8]), R.randint(0x100, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff))


def IP(R, kind=None):
    kind = kind or R.choice(["private", "private", "public", "public", "v6"])
    v = {"private": ip_private, "public": ip_public, "v6": ip6}[kind](R)
    return L("ip", v, sub=kind)


# ================================================================ look-alikes (written for this part)


def req_no(R):
    return R.choice(["REQ-%d-%05d" % (R.randint(2024, 2026), R.randint(100, 99999)), "JR%07d" % R.randint(10000, 9999999),
                     "Job ID: %d" % R.randint(100000, 999999), "Ref. %s/%d/%03d" % (R.choice(["HR", "PE", "TA", "RH"]), R.randint(2024, 2026), R.randint(1, 999)),
                     "R-%06d" % R.randint(1, 999999), "Stellen-ID %d" % R.randint(10000, 99999)])


def emp_no(R):
    return R.choice(["%06d" % R.randint(1, 999999), "E%05d" % R.randint(1, 99999), "PNR-%d" % R.randint(1000, 99999), "%d-%04d" % (R.randint(10, 99), R.randint(1, 9999))])


def cost_centre(R):
    return R.choice(["KST %d" % R.randint(1000, 9999), "CC-%d" % R.randint(100, 9999), "Kostenstelle %d" % R.randint(4000, 4999), "centre de coût %d" % R.randint(100, 999), "CeCo %d" % R.randint(1000, 9999)])


def salary(R, cur):
    k = R.randint(38, 145)
    return {"eur_de": "%d.%03d € brutto p. a." % (k, R.choice([0, 500])), "eur": "%d %03d € brut annuel" % (k, R.choice([0, 500])),
            "usd": "$%d,%03d" % (k, R.choice([0, 500])), "gbp": "£%d,%03d" % (k, R.choice([0, 500])),
            "inr": "₹%d,%02d,000 CTC" % (R.randint(6, 45), R.randint(0, 99)), "brl": "R$ %d.%03d,00" % (R.randint(4, 25), R.choice([0, 500])),
            "jpy": "年収%d万円" % R.randint(400, 1200), "cny": "%d-%dK·%d薪" % (k // 4, k // 4 + 5, R.choice([13, 14, 15])),
            "band": "Band %s (€%dk–€%dk)" % (R.choice(["P3", "E4", "L5", "G7"]), k, k + 18)}[cur]


def period(R, lang):
    y1 = R.randint(2008, 2020)
    y2 = R.randint(y1 + 1, 2025)
    m1, m2 = R.randint(1, 12), R.randint(1, 12)
    return {"de": "%02d/%d – %02d/%d" % (m1, y1, m2, y2), "en": "%s %d – %s %d" % (MONTHS["en"][m1 - 1][:3], y1, MONTHS["en"][m2 - 1][:3], y2),
            "fr": "%s %d – %s %d" % (MONTHS["fr"][m1 - 1], y1, MONTHS["fr"][m2 - 1], y2), "iso": "%d-%02d – %d-%02d" % (y1, m1, y2, m2),
            "ja": "%d年%d月～%d年%d月" % (y1, m1, y2, m2), "zh": "%d.%02d - %d.%02d" % (y1, m1, y2, m2),
            "es": "%02d/%d - actualidad" % (m1, y1), "pt": "%s/%d – %s/%d" % (MONTHS["pt"][m1 - 1][:3], y1, MONTHS["pt"][m2 - 1][:3], y2)}[lang]


EMPLOYERS = {
    # fictional firms: (name, address (not personal), switchboard, domain)
    "de": [("Nordlicht Logistik GmbH", "Am Speicher 4, 28217 Bremen", "+49 421 3370 0", "nordlicht-logistik.de"),
           ("Kranich Medizintechnik AG", "Industriering 12, 91052 Erlangen", "09131 88 20-0", "kranich-med.de"),
           ("Birkenwerk Software GmbH", "Rheinauhafen 9, 50678 Köln", "0221 2870 100", "birkenwerk.io")],
    "en": [("Harbourline Analytics Ltd", "3rd Floor, 22 Marlow Street, Manchester M1 4BT", "0161 496 0000", "harbourline.co.uk"),
           ("Brightpath Health Inc.", "1400 Cedar Plaza, Suite 900, Denver, CO 80202", "(303) 555-0100", "brightpathhealth.com"),
           ("Copperleaf Robotics", "88 Innovation Way, Austin, TX 78701", "1-800-555-0199", "copperleaf.ai")],
    "fr": [("Maison Verlaine SAS", "14 quai de Bacalan, 33300 Bordeaux", "05 56 00 00 00", "maison-verlaine.fr"),
           ("Opaline Conseil", "27 rue du Louvre, 75001 Paris", "01 40 00 00 00", "opaline-conseil.fr")],
    "es": [("Grupo Alcázar Servicios S.L.", "Paseo de la Castellana 140, 28046 Madrid", "910 000 000", "grupoalcazar.es")],
    "it": [("Officine Ventura S.p.A.", "Via Tortona 31, 20144 Milano", "02 0000 0000", "officineventura.it")],
    "nl": [("Duinrand Energie B.V.", "Stationsplein 45, 3511 ED Utrecht", "030 000 0000", "duinrand.nl")],
    "pt": [("Ipê Tecnologia Ltda.", "Av. Brigadeiro Faria Lima, 3900 – Itaim Bibi, São Paulo – SP", "(11) 3000-0000", "ipetec.com.br")],
    "in": [("Vistara Infotech Pvt Ltd", "Tower B, Cyber Greens, DLF Phase 3, Gurugram 122002", "0124 400 0000", "vistarainfotech.in")],
}


def employer(R, lang):
    return R.choice(EMPLOYERS.get(lang, EMPLOYERS["en"]))


ROLE_LOCALS = {"careers", "jobs", "hr", "payroll", "recruiting", "bewerbung", "rh", "rrhh", "personal", "it-helpdesk",
               "noreply", "no-reply", "talent", "people", "servicedesk", "onboarding", "recrutement", "lavoraconnoi", "jobb", "recrutement", "salarisadministratie", "nominas", "entgelt", "paie", "paghe", "ik", "rekrutacja", "team-lager", "kariyer", "recruit", "reisekosten", "notesdefrais", "declaraties", "gastos", "notespese",
               "vagas", "werkenbij", "saiyo", "hr-cn", "jobs-in", "expenses", "benefits", "helpdesk", "it", "hrbp"}

FIRMS_LIKE_NAMES = ["Robert Half", "Michael Page", "Korn Ferry", "Heidrick & Struggles", "Russell Reynolds", "Ernst & Young",
                    "Marks & Spencer", "Hugo Boss", "Carl Zeiss", "Johnson & Johnson", "Abercrombie & Fitch", "Dr. Oetker",
                    "Louis Vuitton", "Ralph Lauren", "Werner & Mertz", "Tim Hortons", "Fundação Getulio Vargas", "Arthur D. Little",
                    "Boston Consulting Group", "Simon-Kucher", "Roland Berger", "Spencer Stuart", "Egon Zehnder", "Page Personnel"]
UNIS = ["Ludwig-Maximilians-Universität München", "Humboldt-Universität zu Berlin", "Sciences Po", "Università Bocconi",
        "Trinity College Dublin", "King's College London", "Carnegie Mellon University", "Johns Hopkins University",
        "Universidad Carlos III de Madrid", "Erasmus Universiteit Rotterdam", "Universidade de São Paulo", "Jawaharlal Nehru University",
        "早稲田大学", "清华大学", "Uniwersytet Jagielloński", "Boğaziçi Üniversitesi", "연세대학교", "МГУ им. М. В. Ломоносова",
        "KTH Royal Institute of Technology", "IIT Bombay", "Politecnico di Milano", "TU Delft", "ETH Zürich"]
TITLES = ["Senior Data Engineer", "Werkstudent:in Controlling", "Chargée de recrutement", "Key Account Manager DACH",
          "Head of People", "Lead UX Researcher", "Técnico de nóminas", "Product Owner", "Site Reliability Engineer",
          "Teamleiter Lager", "Talent Acquisition Partner", "Assistente di direzione", "Accountmanager Zakelijk"]


def aba_routing(R):
    while True:
        d = [int(c) for c in dig(R, 8)]
        d[0] = R.choice([0, 1, 2, 3])
        for c in range(10):
            t = 3 * (d[0] + d[3] + c) + 7 * (d[1] + d[4]) + (d[2] + d[5])
            t = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + c)
            if t % 10 == 0:
                return "".join(map(str, d)) + str(c)


def nuss_make(R):
    body = "%02d%08d" % (R.choice([8, 28, 29, 41, 46, 48, 50]), R.randint(1000000, 99999999))
    return body + "%02d" % (int(body) % 97)


def nuss_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 12 and int(s[:10]) % 97 == int(s[10:])


def ptnif_make(R):
    b = R.choice("12") + dig(R, 7)
    return b + ptnif_check(b)


def ptnif_check(b8):
    r = 11 - sum(int(c) * (9 - i) for i, c in enumerate(b8)) % 11
    return "0" if r >= 10 else str(r)


def ptnif_ok(s):
    return len(s) == 9 and ptnif_check(s[:8]) == s[8]


def sepnr_make(R, dob):
    b = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, R.randint(0, 999))
    s = luhn_complete(b)
    return "%s-%s" % (s[:6], s[6:])


def sepnr_ok(s):
    return luhn_ok(s.replace("-", "").replace("+", "")[-10:])


def wrap(R, req, body, lang="en"):
    """The request line before or after the paste, sometimes fenced."""
    k = R.randint(0, 5)
    if k == 0:
        return [req, "\n\n```\n", body, "\n```"]
    if k == 1:
        return [body, "\n\n---\n", req]
    if k == 2:
        return [req, "\n\n\"\"\"\n", body, "\n\"\"\""]
    if k == 3:
        return [body, "\n\n", req]
    return [req, "\n\n", body]


def pick(R, xs):
    return R.choice(xs)


# ================================================================ templates

TPLS = []


def tpl(count, clean=False):
    def deco(fn):
        TPLS.append((fn.__name__, count, clean, fn))
        return fn
    return deco


# ---------------------------------------------------------------- CVs


@tpl(15)
def de_lebenslauf(R):
    cc = R.choice(["DE", "DE", "DE", "AT", "CH"])
    p = person(R, "de")
    d = dob_date(R, 1975, 2002)
    req = pick(R, ["Kannst du meinen Lebenslauf etwas moderner formulieren?", "Hilf mir bitte, den Lebenslauf auf eine Seite zu kürzen.",
                   "Passt das so für eine Bewerbung als %s? Bitte ehrlich sein." % pick(R, TITLES),
                   "Bitte Rechtschreibung prüfen und die Stichpunkte einheitlicher machen", "lebenslauf – was würdest du streichen??"])
    uni = pick(R, [u for u in UNIS if "Univers" in u or "TU" in u or "ETH" in u])
    emp = employer(R, "de")
    born = pick(R, ["Geburtsdatum:    ", "Geboren:         ", "Geburtsdatum/-ort: "])
    body = ["LEBENSLAUF\n\nPersönliche Daten\nName:            ", P(p), "\nAnschrift:       ", A(R, cc),
            "\nTelefon:         ", PH(R, cc), "\nE-Mail:          ", E(R, p), "\n", born, D(R, d, "de"),
            pick(R, [" in Chemnitz", " in Graz", "", " in Zwickau", " in Winterthur"]), "\nFamilienstand:   ", pick(R, ["ledig", "verheiratet, 2 Kinder", "—"]),
            "\n\nBerufserfahrung\n", N(period(R, "de"), "employment_dates"), "   ", emp[0], " — ", N(pick(R, TITLES), "job_title"),
            "\n  • Verantwortung für ", N(cost_centre(R), "cost_centre"), " und ein Budget von ", N("%d Mio. €" % R.randint(1, 9), "amount"),
            "\n  • Einführung von SAP S/4HANA ", N(pick(R, ["2023.2", "1909 FPS02", "2021"]), "version"),
            "\n", N(period(R, "de"), "employment_dates"), "   Praktikum bei ", N(pick(R, ["Carl Zeiss", "Dr. Oetker", "Hugo Boss", "Roland Berger"]), "firm_like_name"),
            "\n\nAusbildung\n", N("%d – %d" % (R.randint(2004, 2014), R.randint(2016, 2021)), "graduation_year"), "   M.Sc. ", pick(R, ["Informatik", "BWL", "Wirtschaftsingenieurwesen", "Maschinenbau"]),
            ", ", N(uni, "university"), " (Note: ", N(pick(R, ["1,7", "2,3", "1,3", "gut (2,0)"]), "grade"), ")",
            "\nSprachen: Deutsch (Muttersprache), Englisch (C1), ", pick(R, ["Spanisch (B1)", "Französisch (A2)", "Türkisch (fließend)"]),
            "\nKündigungsfrist: ", N(pick(R, ["3 Monate zum Quartalsende", "6 Wochen zum Monatsende", "1 Monat"]), "notice_period"),
            "\nGehaltsvorstellung: ", N(salary(R, "eur_de"), "salary")]
    if R.random() < 0.5:
        body += ["\n\n", pick(R, ["Leipzig", "Köln", "Wien", "Zürich", "Bremen"]), ", ", N("%02d.%02d.2025" % (R.randint(1, 28), R.randint(1, 12)), "date_signed"), "\n", P(p)]
    return "cv", "de", wrap(R, req, body)


@tpl(15)
def ja_rirekisho(R):
    p = person(R, "ja")
    d = dob_date(R, 1970, 2003)
    age = 2025 - d.year
    req = pick(R, ["この履歴書をチェックしてください。", "志望動機をもう少し自然な日本語にしてもらえますか？", "履歴書の書き方、これで大丈夫でしょうか。誤字があれば教えてください。",
                   "転職用の履歴書です。職歴の書き方を直してください。"])
    tel = PH(R, "JP", intl=False)
    body = ["履　歴　書　　", N("2025年%d月%d日現在" % (R.randint(1, 12), R.randint(1, 28)), "date_as_of"),
            "\nふりがな　", L("person", "%s %s" % p.reading, sub="ja_kana"),
            "\n氏　　名　", P(p), "\n生年月日　", D(R, d, "ja"), "生（満", N("%d" % age, "age"), "歳）　", "男" if p.sex else "女",
            "\n現住所　", A(R, "JP"), "\n電話　", tel, "\nE-mail　", E(R, p),
            "\n\n学歴・職歴\n", N("%d年 3月" % (d.year + 22), "graduation_year"), "　", N(pick(R, ["早稲田大学 商学部", "慶應義塾大学 法学部", "大阪大学 工学部", "東北大学 理学部"]), "university"), " 卒業",
            "\n", N("%d年 4月" % (d.year + 22), "employment_dates"), "　", pick(R, ["株式会社ミナトシステムズ", "東和精機株式会社", "株式会社さくら物流"]), " 入社（社員番号 ", N(dig(R, 6), "employee_number"), "）",
            "\n", N("%d年 %d月" % (R.randint(2019, 2024), R.randint(1, 12)), "employment_dates"), "　一身上の都合により退職",
            "\n\n免許・資格\n", N("%d年" % R.randint(2012, 2022), "graduation_year"), "　TOEIC ", N("%d点" % R.randint(600, 990), "score"),
            "\n", N("%d年" % R.randint(2012, 2022), "graduation_year"), "　普通自動車第一種運転免許",
            "\n\n本人希望記入欄\n貴社規定に従います。（希望年収：", N(salary(R, "jpy"), "salary"), "）"]
    return "cv", "ja", wrap(R, req, body)


@tpl(14)
def zh_jianli(R):
    p = person(R, "zh")
    d = dob_date(R, 1980, 2002)
    req = pick(R, ["帮我把这份简历改得更专业一点：", "这份简历有什么问题吗？我想投互联网公司。", "请帮我把简历翻译成英文", "帮我润色一下工作经历部分，谢谢！"])
    body = ["个人简历\n姓名：", P(p), "　　性别：", "男" if p.sex else "女", "　　出生日期：", D(R, d, "zh"),
            "\n手机：", PH(R, "CN", intl=False), "　　邮箱：", E(R, p),
            "\n现居住地：", A(R, "CN"),
            "\n求职意向：", pick(R, ["数据分析师", "产品经理", "Java后端开发", "人力资源专员"]), "｜期望薪资：", N(salary(R, "cny"), "salary"),
            "\n\n教育背景\n", N(period(R, "zh"), "graduation_year"), "　", N(pick(R, ["清华大学", "复旦大学", "浙江大学", "四川大学"]), "university"), "　", pick(R, ["统计学", "计算机科学与技术", "人力资源管理"]), "　本科　GPA ", N("%.1f/4.0" % R.uniform(3.0, 3.9), "grade"),
            "\n\n工作经历\n", N(period(R, "zh"), "employment_dates"), "　", pick(R, ["杭州云栖科技有限公司", "深圳星河数据有限公司", "上海蓝湾网络科技有限公司"]), "　", pick(R, ["高级工程师", "产品助理", "HRBP"]),
            "\n· 负责用户增长分析，工单系统 ", N("v%d.%d.%d" % (R.randint(1, 5), R.randint(0, 12), R.randint(0, 9)), "version"), " 上线",
            "\n· 工号 ", N("%s%05d" % (pick(R, ["YQ", "XH", "LW"]), R.randint(1, 99999)), "employee_number")]
    return "cv", "zh", wrap(R, req, body)


@tpl(13)
def in_biodata(R):
    p = person(R, "in")
    fa = person(R, "in", sex=1)
    while fa.given == p.given:
        fa = person(R, "in", sex=1)
    fa.family = p.family
    d = dob_date(R, 1985, 2003)
    req = pick(R, ["Please format this biodata properly for a govt job application", "pls correct grammar in my biodata, applying for bank PO",
                   "Can you convert this biodata into a proper resume format?", "Is this biodata ok for campus placement? Make it professional"])
    body = ["BIO-DATA\n\nName : ", P(p), "\nFather's Name : ", pick(R, ["Shri ", "Mr. ", ""]), P(fa), "\nDate of Birth : ", D(R, d, "in"),
            "\nGender : ", "Male" if p.sex else "Female", "     Nationality : Indian     Marital Status : ", pick(R, ["Unmarried", "Single", "Married"]),
            "\nPermanent Address : ", A(R, "IN"), "\nMobile No. : ", PH(R, "IN"), "\nE-mail : ", E(R, p)]
    if R.random() < 0.5:
        body += ["\nPAN : ", G(pan_make(R, p.family), "in_pan")]
    if R.random() < 0.4:
        body += ["\nAadhaar No. : ", G(aadhaar_fmt(R), "in_aadhaar")]
    body += ["\n\nEducational Qualification\n| Exam | Board/University | Year of Passing | % |\n| SSC | Maharashtra State Board | ", N(str(d.year + 16), "graduation_year"), " | ", N("%.2f%%" % R.uniform(70, 96), "grade"),
             " |\n| B.E. (Computer) | ", N(pick(R, ["Savitribai Phule Pune University", "IIT Bombay", "Jawaharlal Nehru University", "Anna University"]), "university"), " | ",
             N(str(d.year + 22), "graduation_year"), " | CGPA ", N("%.2f" % R.uniform(6.5, 9.6), "grade"), " |",
             "\n\nExperience : ", N(period(R, "en"), "employment_dates"), " – Trainee, ", N("Vistara Infotech Pvt Ltd", "employer_name"), " (Emp ID ", N("VIT%05d" % R.randint(1, 99999), "employee_number"), ")",
             "\nExpected CTC : ", N(salary(R, "inr"), "salary"),
             "\n\nDeclaration: I hereby declare that the above information is true to the best of my knowledge.\nPlace : ", pick(R, ["Pune", "Nagpur", "Indore", "Kochi"]),
             "     Date : ", N("%02d/%02d/2025" % (R.randint(1, 28), R.randint(1, 12)), "date_signed"), "\n(", P(p), ")"]
    return "cv", "in", wrap(R, req, body)


EUROPASS_CULT = [("pl", "PL", "Polish"), ("it", "IT", "Italian"), ("es", "ES", "Spanish"), ("nl", "NL", "Dutch"),
                 ("tr", "TR", "Turkish"), ("sv", "SE", "Swedish"), ("fr", "FR", "French"), ("pt", "PT", "Portuguese")]


@tpl(12)
def europass(R):
    cult, cc, nat = R.choice(EUROPASS_CULT)
    p = person(R, cult)
    d = dob_date(R, 1978, 2002)
    req = pick(R, ["Can you convert this into Europass format?", "I'm applying for an EU traineeship, please check my English in this CV",
                   "Is it normal to put date of birth on a Europass CV? Also improve the wording", "Shorten the work experience bits pls"])
    body = ["EUROPASS CURRICULUM VITAE\n\nPERSONAL INFORMATION\nName: ", P(p), "\nAddress: ", A(R, cc), " (", {"PL": "Poland", "IT": "Italy", "ES": "Spain", "NL": "Netherlands", "TR": "Türkiye", "SE": "Sweden", "FR": "France", "PT": "Portugal"}[cc], ")",
            "\nTelephone: ", PH(R, cc, intl=True), "\nEmail: ", E(R, p), "\nDate of birth: ", D(R, d, "en_gb"), " | Nationality: ", nat,
            "\n\nWORK EXPERIENCE\n", N(period(R, "iso"), "employment_dates"), "  ", N(pick(R, TITLES), "job_title"), " – ", pick(R, ["Duinrand Energie B.V.", "Officine Ventura S.p.A.", "Grupo Alcázar Servicios S.L.", "Ipê Tecnologia Ltda."]),
            "\n  Business or sector: energy / manufacturing · ", N("Erasmus+", "programme"), " mobility ", N("2019-1-PL01-KA103-%06d" % R.randint(1, 999999), "project_number"),
            "\n\nEDUCATION AND TRAINING\n", N("%d–%d" % (R.randint(2008, 2015), R.randint(2016, 2021)), "graduation_year"), "  MSc, ", N(pick(R, UNIS[:12] + ["Politecnico di Milano", "TU Delft", "Uniwersytet Jagielloński", "Boğaziçi Üniversitesi"]), "university"),
            " – EQF level 7, final grade ", N(pick(R, ["110/110 cum laude", "8,1/10", "5.0 (bardzo dobry)", "3.62/4.00", "17/20"]), "grade"),
            "\n\nLANGUAGE SKILLS  English C1 · German B2 (Goethe-Zertifikat)",
            "\nDRIVING LICENCE  B"]
    return "cv", "en", wrap(R, req, body)


@tpl(16)
def us_resume(R):
    p = person(R, "us")
    refs = people(R, "us", 3)
    refs = [r for r in refs if set(r.given.split() + r.family.split()).isdisjoint(set(p.given.split() + p.family.split()))][:2]
    req = pick(R, ["Make this resume sound better? Applying for a %s role" % pick(R, ["PM", "data analyst", "nursing", "sales"]),
                   "can you turn these bullets into achievement statements", "Rewrite my resume summary, it's too long",
                   "Tailor this to the %s posting (%s)" % (pick(R, TITLES), "REQ-2025-%05d" % R.randint(100, 99999))])
    name = P(p, p.full.upper()) if R.random() < 0.5 else P(p)
    city, st, _ = R.choice(US_CITIES)
    body = [name, "\n", city, ", ", st, " · ", PH(R, "US"), " · ", E(R, p),
            "\n\nSUMMARY\n", pick(R, ["Operations lead with 8 years", "Registered nurse (BSN) with ICU experience", "Analyst who turns messy data into decisions"]),
            "; led a team of ", N(str(R.randint(4, 30)), "count"), " at ", N(pick(R, ["Johnson & Johnson", "Ralph Lauren", "Abercrombie & Fitch", "Tim Hortons"]), "firm_like_name"),
            "\n\nEXPERIENCE\n", N(pick(TITLES, ) if False else pick(R, TITLES), "job_title"), " | Brightpath Health Inc. | ", N(period(R, "en"), "employment_dates"),
            "\n- Cut ticket backlog (Jira ", N("OPS-%d" % R.randint(1000, 9999), "ticket_number"), " epic) by ", N("%d%%" % R.randint(12, 60), "percentage"),
            "\n- Managed ", N("$%d.%dM" % (R.randint(1, 9), R.randint(0, 9)), "amount"), " budget across ", N(cost_centre(R), "cost_centre"),
            "\n\nEDUCATION\nB.S. ", pick(R, ["Computer Science", "Nursing", "Economics"]), ", ", N(pick(R, ["Carnegie Mellon University", "Johns Hopkins University", "University of Michigan", "Georgia Tech"]), "university"),
            ", ", N(str(R.randint(2008, 2020)), "graduation_year"), " — GPA ", N("%.2f" % R.uniform(3.0, 4.0), "grade")]
    if R.random() < 0.7 and len(refs) == 2:
        body += ["\n\nREFERENCES"]
        for r in refs:
            body += ["\n", P(r), " — ", pick(R, ["Engineering Manager", "Charge Nurse", "Director of Sales", "Professor"]), ", ",
                     pick(R, ["Brightpath Health", "Copperleaf Robotics", "Mercy General", "UNC"]), " — ", PH(R, "US"), " — ", E(R, r)]
    else:
        body += ["\n\nReferences available upon request."]
    return "cv", "en", wrap(R, req, body)


@tpl(12)
def fr_cv(R):
    p = person(R, "fr")
    d = dob_date(R, 1975, 2003)
    req = pick(R, ["Corrige mon CV stp, surtout la partie expériences.", "Tu peux rendre ce CV plus percutant ?", "Est-ce que je dois enlever ma date de naissance du CV ?",
                   "Reformule les missions en verbes d'action svp"])
    ne = "Né le " if p.sex else "Née le "
    body = [P(p), "\n", A(R, "FR"), "\n", PH(R, "FR"), " — ", E(R, p), "\n", ne, D(R, d, "fr"), pick(R, [" à Annecy", " à Rouen", " à Pointe-à-Pitre", ""]), " — permis B",
            "\n\nEXPÉRIENCES\n", N(period(R, "fr"), "employment_dates"), "  ", N(pick(R, ["Chargée de recrutement", "Contrôleur de gestion", "Chef de projet SIRH", "Assistante RH"]), "job_title"), ", ",
            pick(R, ["Opaline Conseil (Paris)", "Maison Verlaine SAS (Bordeaux)", "cabinet Spencer Stuart"]),
            "\n  – Gestion de ", N("%d" % R.randint(20, 400), "count"), " recrutements/an, SIRH ", N(pick(R, ["Workday 2024R2", "SAP SuccessFactors 2H 2023", "Lucca"]), "version"),
            "\n  – Stage chez ", N(pick(R, ["Louis Vuitton", "Arthur D. Little", "Simon-Kucher"]), "firm_like_name"), " (", N(pick(R, ["6 mois", "janv.–juin 2019"]), "employment_dates"), ")",
            "\n\nFORMATION\n", N(str(R.randint(2010, 2022)), "graduation_year"), "  Master 2 ", pick(R, ["RH", "Finance", "Droit social"]), ", ", N(pick(R, ["Sciences Po", "Université Paris-Dauphine", "IAE Lyon"]), "university"),
            " — mention ", N(pick(R, ["Bien", "Assez bien", "Très bien"]), "grade"),
            "\n\nPrétentions : ", N(salary(R, "eur"), "salary"), " · Préavis : ", N(pick(R, ["3 mois", "1 mois", "2 mois (négociable)"]), "notice_period")]
    return "cv", "fr", wrap(R, req, body)


@tpl(12)
def br_curriculo(R):
    p = person(R, "pt")
    d = dob_date(R, 1980, 2004)
    req = pick(R, ["Pode melhorar meu currículo? Vou me candidatar para uma vaga de analista.", "Revisa meu currículo por favor, tá muito longo?",
                   "Deixa esse currículo mais profissional", "tem algum erro de português aqui?"])
    body = ["CURRÍCULO\n\nNome: ", P(p), "\nData de nascimento: ", D(R, d, "pt"), " (", N("%d anos" % (2025 - d.year), "age"), ")  |  Estado civil: ", pick(R, ["solteiro(a)", "casado(a)"]),
            "\nEndereço: ", A(R, "BR"), "\nCelular/WhatsApp: ", PH(R, "BR", intl=False), "\nE-mail: ", E(R, p)]
    if R.random() < 0.4:
        body += ["\nCPF: ", G(cpf_fmt(R), "br_cpf")]
    body += ["\n\nOBJETIVO\nAnalista de Departamento Pessoal (vaga ", N("#%d" % R.randint(1000, 99999), "job_reference"), ")",
             "\n\nFORMAÇÃO\nAdministração – ", N(pick(R, ["Universidade de São Paulo", "Fundação Getulio Vargas", "PUC-Rio", "UFMG"]), "university"), " (", N("%d–%d" % (R.randint(2008, 2015), R.randint(2016, 2021)), "graduation_year"), ")",
             "\n\nEXPERIÊNCIA\n", N(period(R, "pt"), "employment_dates"), " – Ipê Tecnologia Ltda. (CNPJ ", N("%02d.%03d.%03d/0001-%02d" % (R.randint(10, 99), R.randint(0, 999), R.randint(0, 999), R.randint(10, 99)), "company_id"), ")",
             "\n• Folha de pagamento de ", N("%d" % R.randint(50, 900), "count"), " colaboradores; eSocial, FGTS",
             "\nPretensão salarial: ", N(salary(R, "brl"), "salary")]
    return "cv", "pt", wrap(R, req, body)


@tpl(11)
def ko_iryeokseo(R):
    p = person(R, "ko")
    d = dob_date(R, 1980, 2003)
    req = pick(R, ["이력서 좀 봐주세요. 자기소개서 부분이 어색해요.", "이 이력서 영어로 번역해 줄 수 있어요?", "경력 기술서를 더 잘 써주세요"])
    body = ["이 력 서\n\n성명: ", P(p), " (", L("person", p.rfull, sub="ko_roman"), ")\n생년월일: ", D(R, d, "ko"),
            "\n주소: ", A(R, "KR"), "\n휴대폰: ", PH(R, "KR", intl=False), "\n이메일: ", E(R, p),
            "\n\n학력\n", N("%d.03 ~ %d.02" % (R.randint(2005, 2014), R.randint(2015, 2020)), "graduation_year"), "  ", N(pick(R, ["연세대학교", "고려대학교", "한양대학교", "부산대학교"]), "university"), " 경영학과 졸업 (학점 ", N("%.1f/4.5" % R.uniform(3.0, 4.4), "grade"), ")",
            "\n\n경력\n", N("%d.%02d ~ 현재" % (R.randint(2016, 2023), R.randint(1, 12)), "employment_dates"), "  ", pick(R, ["(주)한빛소프트웨어", "누리물산(주)", "바다로지스틱스"]), " 인사팀 대리 (사번 ", N("%d" % R.randint(20150001, 20249999), "employee_number"), ")",
            "\n희망연봉: ", N("%d만원" % R.randint(3500, 9000), "salary")]
    return "cv", "ko", wrap(R, req, body)


@tpl(11)
def ru_rezume(R):
    p = person(R, "ru")
    d = dob_date(R, 1975, 2003)
    req = pick(R, ["Помоги улучшить резюме, пожалуйста.", "Проверь резюме на ошибки и сделай его короче", "Как лучше описать опыт работы? Вот моё резюме:"])
    fio = "%s %s %s" % (p.family, p.given, p.extra["pat"])
    body = ["РЕЗЮМЕ\n\nФИО: ", P(p, fio), "\nДата рождения: ", D(R, d, "ru"), "\nАдрес: ", A(R, "RU"),
            "\nТелефон: ", PH(R, "RU"), "\nE-mail: ", E(R, p),
            "\n\nОпыт работы\n", N("%s %d — по настоящее время" % (pick(R, ["март", "июнь", "сентябрь"]), R.randint(2015, 2023)), "employment_dates"), "\nООО «Северный ветер», ", N(pick(R, ["ведущий аналитик", "менеджер по персоналу", "инженер-программист"]), "job_title"),
            "\n— внедрение 1С:ЗУП ", N(pick(R, ["3.1.27", "3.1.30.112", "2.5"]), "version"), ", ИНН организации ", N("77%08d" % R.randint(0, 99999999), "company_id"),
            "\n\nОбразование\n", N(str(R.randint(2000, 2020)), "graduation_year"), " — ", N(pick(R, ["МГУ им. М. В. Ломоносова", "СПбГУ", "НИУ ВШЭ", "УрФУ"]), "university"), ", диплом с отличием",
            "\nЖелаемая зарплата: ", N("%d 000 ₽" % R.randint(80, 400), "salary")]
    return "cv", "ru", wrap(R, req, body)


@tpl(12)
def tr_ozgecmis(R):
    p = person(R, "tr")
    d = dob_date(R, 1978, 2003)
    req = pick(R, ["Özgeçmişimi daha profesyonel hale getirir misin?", "Bu CV'de yazım hatası var mı?", "Özgeçmişimi İngilizceye çevirir misin?"])
    body = ["ÖZGEÇMİŞ\n\nAd Soyad: ", P(p), "\nDoğum Tarihi: ", D(R, d, "tr"), "\nAdres: ", A(R, "TR"),
            "\nTelefon: ", PH(R, "TR"), "\nE-posta: ", E(R, p)]
    if R.random() < 0.3:
        body += ["\nT.C. Kimlik No: ", G(tckn_make(R), "tr_tckn")]
    body += ["\nAskerlik Durumu: ", pick(R, ["Yapıldı", "Muaf", "—"]),
             "\n\nİŞ DENEYİMİ\n", N("%s %d – halen" % (pick(R, TR_MONTHS), R.randint(2014, 2023)), "employment_dates"), " | Anadolu Lojistik A.Ş. | ", N(pick(R, ["İK Uzmanı", "Muhasebe Sorumlusu", "Yazılım Geliştirici"]), "job_title"),
             "\n(Mersis No: ", N("0%015d" % R.randint(0, 10 ** 15 - 1), "company_id"), ")",
             "\n\nEĞİTİM\n", N(pick(R, ["Boğaziçi Üniversitesi", "ODTÜ", "Ege Üniversitesi", "Hacettepe Üniversitesi"]), "university"), " – İşletme, ", N(str(R.randint(2000, 2021)), "graduation_year"), " (GNO ", N("%.2f" % R.uniform(2.5, 3.9), "grade"), ")",
             "\nÜcret beklentisi: ", N("%d.000 TL net" % R.randint(35, 180), "salary")]
    return "cv", "tr", wrap(R, req, body)


@tpl(11)
def ar_cv(R):
    p = person(R, "ar")
    d = dob_date(R, 1978, 2003)
    req = pick(R, ["هل يمكنك تحسين سيرتي الذاتية؟", "ترجم السيرة الذاتية إلى الإنجليزية من فضلك", "صحح الأخطاء في هذه السيرة الذاتية"])
    body = ["السيرة الذاتية\n\nالاسم: ", P(p), "\nتاريخ الميلاد: ", D(R, d, "ar"), "\nالعنوان: ", L("address", address(R, "AR"), sub="ar"),
            "\nالهاتف: ", PH(R, "AE"), "\nالبريد الإلكتروني: ", E(R, p),
            "\n\nالخبرات العملية\n", N("%d – حتى الآن" % R.randint(2012, 2023), "employment_dates"), " محاسب أول، شركة الواحة للتجارة (رقم السجل التجاري ", N("%d" % R.randint(1000000, 9999999), "company_id"), ")",
            "\nالمؤهل العلمي: بكالوريوس محاسبة، ", N(pick(R, ["جامعة القاهرة", "الجامعة الأردنية", "جامعة الملك سعود"]), "university"), " ", N(str(R.randint(2000, 2020)), "graduation_year"), " بتقدير ", N(pick(R, ["جيد جداً", "ممتاز", "جيد"]), "grade"),
            "\nالراتب المتوقع: ", N("%d,000 درهم" % R.randint(8, 40), "salary")]
    return "cv", "ar", wrap(R, req, body)


@tpl(12)
def pl_cv(R):
    p = person(R, "pl")
    d = dob_date(R, 1975, 2003)
    req = pick(R, ["Popraw moje CV, proszę.", "Czy to CV jest dobre na stanowisko księgowej?", "Skróć opis doświadczenia i popraw błędy"])
    body = ["CURRICULUM VITAE\n\n", P(p), "\nData urodzenia: ", D(R, d, "pl"), "\nAdres: ", A(R, "PL"), "\nTel.: ", PH(R, "PL"), "\nE-mail: ", E(R, p),
            "\n\nDOŚWIADCZENIE\n", N("%02d.%d – obecnie" % (R.randint(1, 12), R.randint(2012, 2023)), "employment_dates"), "  ", pick(R, ["Specjalista ds. kadr i płac", "Księgowa", "Programista Java"]), ", Wisła Components Sp. z o.o. (NIP ", N("%03d-%03d-%02d-%02d" % (R.randint(100, 999), R.randint(0, 999), R.randint(0, 99), R.randint(0, 99)), "company_id"), ")",
            "\n\nWYKSZTAŁCENIE\n", N(pick(R, ["Uniwersytet Jagielloński", "Politechnika Warszawska", "Uniwersytet Ekonomiczny we Wrocławiu"]), "university"), ", ", N(str(R.randint(2000, 2021)), "graduation_year"), ", ocena: ", N(pick(R, ["bardzo dobry", "dobry plus", "5,0"]), "grade"),
            "\n\nWyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb rekrutacji zgodnie z RODO (", N("Dz.U. 2018 poz. 1000", "law_reference"), ")."]
    return "cv", "pl", wrap(R, req, body)


@tpl(10)
def hi_avedan(R):
    p = person(R, "hi")
    d = dob_date(R, 1985, 2004)
    req = pick(R, ["इस आवेदन पत्र को सुधार दीजिए", "कृपया मेरा बायोडाटा ठीक कर दो", "इस नौकरी के आवेदन की भाषा बेहतर कर दें"])
    body = ["सेवा में,\nप्रबंधक महोदय,\nमानव संसाधन विभाग, ", N("Vistara Infotech Pvt Ltd", "employer_name"), "\n\nविषय: ", pick(R, ["डाटा एंट्री ऑपरेटर", "लेखा सहायक", "ग्राहक सेवा अधिकारी"]), " पद हेतु आवेदन (विज्ञापन संख्या ", N("%d/%d" % (R.randint(1, 99), R.randint(2024, 2025)), "job_reference"), ")",
            "\n\nमहोदय,\nमैं ", P(p), " इस पद के लिए आवेदन करना चाहता/चाहती हूँ। मेरा विवरण इस प्रकार है:\nजन्म तिथि: ", D(R, d, "hi"),
            "\nपता: ", L("address", address(R, "HI"), sub="hi"), "\nमोबाइल: ", PH(R, "IN"), "\nईमेल: ", E(R, p),
            "\nशैक्षणिक योग्यता: बी.कॉम (", N(str(R.randint(2005, 2023)), "graduation_year"), "), ", N("%d%%" % R.randint(55, 92), "grade"), " अंक",
            "\n\nभवदीय,\n", P(p)]
    return "letter", "hi", wrap(R, req, body)


# ---------------------------------------------------------------- applications, references, recruiting

CL = {
    "en": ("GB", "gb", "Can you tighten this cover letter? It feels too long.", "Dear %s,", "I am writing to apply for the %s position (ref. %s) advertised on your careers page.", "Kind regards,"),
    "de": ("DE", "de", "Hilf mir, das Anschreiben zu kürzen.", "Sehr geehrte%s,", "hiermit bewerbe ich mich auf die Stelle als %s (Kennziffer %s).", "Mit freundlichen Grüßen"),
    "es": ("ES", "es", "¿Puedes mejorar mi carta de presentación?", "Estimado/a %s:", "Me dirijo a ustedes para presentar mi candidatura al puesto de %s (ref. %s).", "Atentamente,"),
    "it": ("IT", "it", "Puoi correggere la mia lettera di presentazione?", "Gentile %s,", "con la presente desidero candidarmi per la posizione di %s (rif. %s).", "Cordiali saluti,"),
    "nl": ("NL", "nl", "Kun je mijn motivatiebrief nakijken en iets korter maken?", "Geachte %s,", "Met veel enthousiasme solliciteer ik naar de functie van %s (vacaturenummer %s).", "Met vriendelijke groet,"),
}


@tpl(14)
def cover_letter(R):
    lang = R.choice(["en", "en", "de", "de", "es", "it", "nl"])
    cc, cult, req, dear, opening, close = CL[lang]
    p = person(R, cult)
    hm = person(R, cult)
    while set(hm.family.split()) & set(p.family.split()) or hm.given == p.given:
        hm = person(R, cult)
    emp = employer(R, lang if lang in EMPLOYERS else "en")
    ref = req_no(R)
    if lang == "de":
        sal = ("r Herr " if hm.sex else " Frau ")
        greet = ["Sehr geehrte", sal.rstrip(), " ", P(hm, hm.family), ","]
    elif lang == "en":
        greet = ["Dear ", P(hm, hm.full)] if R.random() < 0.5 else ["Dear ", "Mr " if hm.sex else "Ms ", P(hm, hm.family)]
        greet.append(",")
    elif lang == "es":
        greet = ["Estimado/a ", P(hm), ":"]
    elif lang == "it":
        greet = ["Gentile ", "Dott. " if hm.sex else "Dott.ssa ", P(hm, hm.family), ","]
    else:
        greet = ["Geachte ", "heer " if hm.sex else "mevrouw ", P(hm, hm.family), ","]
    body = [P(p), "\n", A(R, cc, ml=True), "\n", PH(R, cc), "\n", E(R, p), "\n\n", N(emp[0], "employer_name"), "\n", N(emp[1], "employer_address"),
            "\n\n", N(pick(R, ["14 March 2025", "03.02.2025", "12/05/2025", "2025-06-18"]), "letter_date"), "\n\n"] + greet + [
            "\n\n", opening % (pick(R, TITLES), ref), " ",
            pick(R, ["During my time at Korn Ferry I", "Bei Roland Berger habe ich", "En Ernst & Young", "Presso Boston Consulting Group ho", "Bij Page Personnel heb ik"]),
            " ... ", pick(R, ["(salary expectation: %s)" % salary(R, "band"), "", "Notice: 3 months."]),
            "\n\n", close, "\n", P(p, p.given) if R.random() < 0.3 and False else P(p)]
    return "letter", lang, wrap(R, req, body)


@tpl(12)
def referee_list(R):
    cult = R.choice(["gb", "gb", "us", "in", "de"])
    cc = {"gb": "GB", "us": "US", "in": "IN", "de": "DE"}[cult]
    ps = people(R, cult, 4)
    cand, refs = ps[0], ps[1:]
    req = pick(R, ["Is this referee list formatted ok for the application portal?", "Can you write a short email asking these referees for permission?",
                   "Format these references into a table please", "which referee should I put first?"])
    body = ["REFERENCES — ", P(cand), "\n"]
    rel = ["line manager", "PhD supervisor", "client, 2021–2023", "former team lead", "HR business partner"]
    for i, r in enumerate(refs[:R.choice([2, 3])]):
        dom = pick(R, ["harbourline.co.uk", "leeds.ac.uk", "brightpathhealth.com", "copperleaf.ai", "birkenwerk.io", "vistarainfotech.in"])
        body += ["\n%d. " % (i + 1), pick(R, ["", "Dr ", "Prof. "]), P(r), ", ", N(pick(R, TITLES), "job_title"),
                 "\n   Tel: ", PH(R, cc), pick(R, ["", " (mobile)", " ext. %d" % R.randint(100, 999) if False else ""]), " | Email: ", WE(R, r, dom) if R.random() < 0.6 else E(R, r),
                 "\n   Relationship: ", pick(R, rel), " (", N(period(R, "en"), "employment_dates"), ")"]
    body += ["\n\nAll referees have agreed to be contacted after interview stage. Application ref ", N(req_no(R), "job_reference"), "."]
    return "list", "en" if cult != "in" else "in", wrap(R, req, body)


@tpl(12)
def reference_letter(R):
    lang = R.choice(["de", "de", "en"])
    if lang == "de":
        p, sig = people(R, "de", 2)
        d = dob_date(R, 1970, 2000)
        emp = employer(R, "de")
        req = pick(R, ["Ist dieses Arbeitszeugnis wirklich gut? Ich verstehe die Codes nicht.", "Was bedeutet 'stets zu unserer vollen Zufriedenheit' in meinem Zeugnis?",
                       "Kannst du das Zeugnis in Schulnoten übersetzen?"])
        hr = "Herr " if p.sex else "Frau "
        body = ["ARBEITSZEUGNIS\n\n", hr, P(p), ", geboren am ", D(R, d, "de"), " in ", pick(R, ["Kassel", "Rostock", "Ulm", "Trier"]), ", war vom ",
                N("01.%02d.%d" % (R.randint(1, 12), R.randint(2010, 2019)), "employment_dates"), " bis zum ", N("30.%02d.%d" % (R.choice([4, 6, 9, 11]), R.randint(2020, 2025)), "employment_dates"),
                " in unserem Unternehmen als ", N(pick(R, ["Teamleiter Lager", "Sachbearbeiterin Entgeltabrechnung", "Key Account Manager DACH"]), "job_title"), " tätig.\n\n",
                hr, P(p, p.family), " erledigte die übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit. Das Verhalten gegenüber Vorgesetzten und Kollegen war stets einwandfrei.\n\n",
                hr, P(p, p.family), " verlässt uns auf eigenen Wunsch. Wir bedauern dies sehr und wünschen für die Zukunft alles Gute.\n\n",
                emp[1].split(", ")[-1].split(" ", 1)[-1], ", ", N("%02d.%02d.2025" % (R.randint(1, 28), R.randint(1, 12)), "letter_date"), "\n", N(emp[0], "employer_name"),
                " · ", N(pick(R, ["HRB 4417 B, Amtsgericht Charlottenburg", "HRB 22918, AG Fürth", "USt-IdNr. DE %09d" % R.randint(100000000, 999999999)]), "company_id"),
                "\ni. A. ", P(sig), ", ", pick(R, ["Leiterin Personal", "Personalreferent", "Head of HR"])]
        return "letter", "de", wrap(R, req, body)
    p, sig = people(R, "gb", 2)
    req = pick(R, ["My old boss wrote this reference, can you make it stronger? He said I can edit it", "Proofread this reference letter for my former employee"])
    body = ["To whom it may concern,\n\nI am pleased to provide a reference for ", P(p), ", who worked at Harbourline Analytics Ltd from ", N(period(R, "en"), "employment_dates"),
            " as a ", N(pick(R, TITLES), "job_title"), ". ", P(p, p.given), " consistently exceeded targets and was promoted twice.\n\nIf you need anything further, I can be reached on ",
            PH(R, "GB"), " or at ", WE(R, sig, "harbourline.co.uk"), ".\n\nYours faithfully,\n", P(sig), "\nHead of Delivery, Harbourline Analytics Ltd (Company No. ", N("%08d" % R.randint(1000000, 13999999), "company_id"), ")"]
    return "letter", "en", wrap(R, req, body)


@tpl(15)
def recruiter_chat(R):
    lang = R.choice(["en", "en", "de", "es", "pt"])
    cult, cc, firm = {"en": ("us", "US", "Robert Half"), "de": ("de", "DE", "Michael Page"), "es": ("es", "ES", "Page Personnel"), "pt": ("pt", "BR", "Korn Ferry")}[lang]
    rec, cand = people(R, cult, 2)
    dom = {"Robert Half": "roberthalf-partners.com", "Michael Page": "mp-talentsearch.de", "Page Personnel": "pp-seleccion.es", "Korn Ferry": "kf-executivo.com.br"}[firm]
    t1, t2 = "%02d:%02d" % (R.randint(8, 11), R.randint(0, 59)), "%02d:%02d" % (R.randint(12, 20), R.randint(0, 59))
    if lang == "en":
        req = pick(R, ["Recruiter messaged me on LinkedIn, how should I reply without lowballing myself?", "is this recruiter legit? what should I ask?"])
        body = ["[LinkedIn] ", P(rec), " · Talent Partner at ", N(firm, "firm_like_name"), "  ", N(t1, "time"),
                "\nHi ", P(cand, cand.given), ", hope you're well! I'm hiring for a ", N(pick(R, TITLES), "job_title"), " (", N(req_no(R), "job_reference"), "), hybrid, ",
                N("$%d,000–$%d,000" % ((lambda k: (k, k + R.randint(10, 35)))(R.randint(70, 160))), "salary"), " + bonus. Open to a quick call? My direct line is ", PH(R, "US"), ".",
                "\n", P(cand), "  ", N(t2, "time"), "\nHi ", P(rec, rec.given), ", sure — reach me on ", PH(R, "US"), " or ", E(R, cand), ". Tuesday after 3pm works."]
    elif lang == "de":
        req = pick(R, ["Wie antworte ich auf diese Nachricht vom Headhunter?", "Ist das Gehalt marktüblich? Und was schreibe ich zurück?"])
        body = ["Nachricht von ", P(rec), " (", N(firm, "firm_like_name"), ")  ", N(t1, "time"),
                "\nHallo ", P(cand, cand.given), ", ich suche für einen Mandanten (Konzern, ", N("12.000", "count"), " MA) eine:n ", N(pick(R, TITLES), "job_title"), ", ", N(salary(R, "eur_de"), "salary"),
                ". Hätten Sie Zeit für ein kurzes Telefonat? Mobil: ", PH(R, "DE"), "\n", P(cand), "  ", N(t2, "time"), "\nHallo ", P(rec, rec.given), ", gern. Am besten unter ", PH(R, "DE"), " oder per Mail an ", E(R, cand), "."]
    elif lang == "es":
        req = pick(R, ["¿Cómo le respondo a esta reclutadora?", "Me escribió un headhunter, ¿me ayudas a contestar?"])
        body = [P(rec), " – ", N(firm, "firm_like_name"), "  ", N(t1, "time"), "\nHola ", P(cand, cand.given), ", tengo una posición de ", N(pick(R, TITLES), "job_title"), " en Madrid, ",
                N("%d.000 € brutos/año" % R.randint(30, 90), "salary"), ". ¿Hablamos? Mi móvil: ", PH(R, "ES"), " · ", WE(R, rec, dom),
                "\n", P(cand), "  ", N(t2, "time"), "\nHola ", P(rec, rec.given), ", claro. Mi número es ", PH(R, "ES"), "."]
    else:
        req = pick(R, ["Como respondo essa recrutadora sem parecer desesperado?", "Essa proposta vale a pena? me ajuda a responder"])
        body = [P(rec), " · ", N(firm, "firm_like_name"), "  ", N(t1, "time"), "\nOi ", P(cand, cand.given), ", tudo bem? Tenho uma vaga de ", N(pick(R, TITLES), "job_title"), " (", N(req_no(R), "job_reference"), "), ",
                N(salary(R, "brl"), "salary"), " + PLR. Podemos conversar? Meu WhatsApp: ", PH(R, "BR"),
                "\n", P(cand), "  ", N(t2, "time"), "\nOi ", P(rec, rec.given), "! Pode sim, me chama no ", PH(R, "BR"), " ou ", E(R, cand), "."]
    return "chat", lang, wrap(R, req, body)


@tpl(13)
def interview_mail(R):
    lang = R.choice(["en", "en", "fr", "nl", "sv"])
    cult, cc = {"en": ("us", "US"), "fr": ("fr", "FR"), "nl": ("nl", "NL"), "sv": ("sv", "SE")}[lang]
    cand, i1, i2, coord = people(R, cult, 4)
    dom = {"en": "copperleaf.ai", "fr": "opaline-conseil.fr", "nl": "duinrand.nl", "sv": "norrsken-bygg.se"}[lang]
    role = {"en": "careers", "fr": "recrutement", "nl": "werkenbij", "sv": "jobb"}[lang]
    when = N(pick(R, ["Tue 14 Oct, 10:00–11:30 CET", "jeudi 6 mars à 14 h 30", "dinsdag 3 juni 09:30", "onsdag 12/11 kl. 13.00", "Mon 2025-09-08 15:00 UTC"]), "interview_time")
    reqs = {"en": "Can you help me reply to this and propose other times?", "fr": "Aide-moi à répondre pour décaler l'entretien stp",
            "nl": "Kun je een nette reactie schrijven om het gesprek te verzetten?", "sv": "Kan du hjälpa mig svara och föreslå en annan tid?"}
    body = ["From: Talent Team <", N("%s@%s" % (role, dom), "role_mailbox"), ">\nTo: ", P(cand), " <", E(R, cand), ">\nCc: ", P(coord), " <", WE(R, coord, dom), ">",
            "\nSubject: ", {"en": "Interview", "fr": "Entretien", "nl": "Sollicitatiegesprek", "sv": "Intervju"}[lang], " – ", N(pick(R, TITLES), "job_title"), " (", N(req_no(R), "job_reference"), ")\n\n",
            {"en": "Hi ", "fr": "Bonjour ", "nl": "Beste ", "sv": "Hej "}[lang], P(cand, cand.given), ",\n\n",
            {"en": "Thanks for applying! Your panel interview is on ", "fr": "Merci pour votre candidature ! Votre entretien aura lieu le ", "nl": "Bedankt voor je sollicitatie! Je gesprek is op ", "sv": "Tack för din ansökan! Intervjun är "}[lang],
            when, {"en": " with ", "fr": " avec ", "nl": " met ", "sv": " med "}[lang], P(i1), " (", N(pick(R, ["Head of Product", "Directrice financière", "Teamlead Data", "Platschef"]), "job_title"), ") ",
            {"en": "and ", "fr": "et ", "nl": "en ", "sv": "och "}[lang], P(i2), ". Teams: ", N("%d %d %d %d" % (R.randint(100, 999), R.randint(100, 999), R.randint(100, 999), R.randint(10, 99)), "meeting_id"),
            "\n", {"en": "Reception: ", "fr": "Accueil : ", "nl": "Receptie: ", "sv": "Reception: "}[lang], N(employer(R, "en" if lang == "en" else lang)[2] if lang in EMPLOYERS else "08-000 000 00", "switchboard"),
            ". ", {"en": "If anything changes call me directly on ", "fr": "En cas d'imprévu, appelez-moi au ", "nl": "Bij verhindering kun je me bellen op ", "sv": "Om något ändras, ring mig på "}[lang],
            PH(R, cc), ".\n\n", P(coord), "\n", {"en": "Recruiting Coordinator", "fr": "Chargée de recrutement", "nl": "Recruiter", "sv": "Rekryteringskoordinator"}[lang]]
    return "email", lang, wrap(R, reqs[lang], body)


# ---------------------------------------------------------------- offers, contracts


@tpl(14)
def offer_letter(R):
    v = R.choice(["GB", "US", "IE", "AU", "IN"])
    cult = {"GB": "gb", "US": "us", "IE": "gb", "AU": "gb", "IN": "in"}[v]
    cand, sig = people(R, cult, 2)
    emp = {"GB": EMPLOYERS["en"][0], "US": EMPLOYERS["en"][1], "IE": ("Liffey Bay Software DAC", "Block C, Grand Canal Quay, Dublin 2, D02 XK74", "+353 1 000 0000", "liffeybay.ie"),
           "AU": ("Wattlebird Digital Pty Ltd", "Level 9, 120 Collins Street, Melbourne VIC 3000", "1300 000 000", "wattlebird.com.au"), "IN": EMPLOYERS["in"][0]}[v]
    cur = {"GB": "gbp", "US": "usd", "IE": "band", "AU": "usd", "IN": "inr"}[v]
    req = pick(R, ["Is this offer letter standard? Anything I should negotiate?", "Can you summarise this offer in plain English?", "What does the probation clause mean here?",
                   "help me write a counter-offer reply to this"])
    title = pick(R, ["Ms ", "Mr ", "Mx ", ""]) if False else ("Mr " if cand.sex else "Ms ")
    body = [N(emp[0], "employer_name"), "\n", N(emp[1], "employer_address"), " · ", N(emp[2], "switchboard"), "\n\n", N(pick(R, ["14 March 2025", "2 June 2025", "29/08/2025"]), "letter_date"),
            "\nPRIVATE & CONFIDENTIAL\n\n", title, P(cand), "\n", A(R, v, ml=True),
            "\n\nDear ", P(cand, cand.given), ",\n\nOffer of employment – ", N(pick(R, TITLES), "job_title"), " (", N(req_no(R), "job_reference"), ")",
            "\n\nWe are delighted to offer you this position starting on ", N(pick(R, ["1 September 2025", "2 June 2025", "6 October 2025"]), "start_date"),
            ". Your annual base salary will be ", N(salary(R, cur), "salary"), ", paid monthly in arrears. The probationary period is ", N(pick(R, ["six months", "90 days", "3 months"]), "notice_period"),
            "; thereafter the notice period is ", N(pick(R, ["three months", "one month", "4 weeks"]), "notice_period"), ". Your employee number will be ", N(emp_no(R), "employee_number"), ".",
            "\n\nPlease sign and return by ", N(pick(R, ["21 March 2025", "30 May 2025"]), "deadline"), ". Questions to ", N("people@" + emp[3], "role_mailbox"), " or to me directly on ", PH(R, v), ".",
            "\n\nYours sincerely,\n", P(sig), "\nHead of People"]
    return "letter", "en" if v != "IN" else "in", wrap(R, req, body)


@tpl(16)
def contract(R):
    lang = R.choice(["de", "de", "es", "it", "pl", "nl"])
    if lang == "de":
        p = person(R, "de")
        d = dob_date(R)
        emp = employer(R, "de")
        req = pick(R, ["Kannst du mir den Vertrag in einfachen Worten erklären? Ist die Probezeit okay?", "Ist die Überstundenklausel so zulässig?"])
        who = "Herrn " if p.sex else "Frau "
        body = ["ARBEITSVERTRAG\n\nzwischen der ", N(emp[0], "employer_name"), ", ", N(emp[1], "employer_address"), " (", N("HRB %d" % R.randint(1000, 99999), "company_id"), ")\n– nachfolgend „Arbeitgeber“ –\n\nund\n\n",
                who, P(p), ", geb. am ", D(R, d, "de"), ", wohnhaft ", A(R, "DE"), "\n– nachfolgend „Arbeitnehmer/in“ –\n\n§ 1 Beginn: Das Arbeitsverhältnis beginnt am ",
                N("01.%02d.2025" % R.randint(1, 12), "start_date"), ". Die ersten ", N("6 Monate", "notice_period"), " gelten als Probezeit.\n§ 4 Vergütung: ", N(salary(R, "eur_de"), "salary"),
                ", zahlbar zum Monatsende auf das Konto IBAN ", I(R, "DE"), ".\n§ 9 Kündigung: ", N("3 Monate zum Quartalsende", "notice_period"), "."]
    elif lang == "es":
        p = person(R, "es")
        d = dob_date(R)
        req = pick(R, ["¿Este contrato tiene alguna cláusula abusiva?", "Explícame el periodo de prueba de este contrato"])
        body = ["CONTRATO DE TRABAJO INDEFINIDO\n\nDe una parte, ", N("Grupo Alcázar Servicios S.L.", "employer_name"), ", con CIF ", N("B%08d" % R.randint(10000000, 99999999), "company_id"), " y domicilio en ", N("Paseo de la Castellana 140, 28046 Madrid", "employer_address"),
                ".\nDe otra parte, ", "D. " if p.sex else "D.ª ", P(p), ", mayor de edad, con ", *( ["DNI ", G(dni_fmt(R), "es_dni")] if R.random() < 0.7 else ["NIE ", G(nie_fmt(R), "es_nie")]),
                ", nacido/a el ", D(R, d, "es"), ", y domicilio en ", A(R, "ES"), ".\n\nCLÁUSULAS\nPrimera. Categoría: ", N(pick(R, ["Técnico de nóminas", "Oficial de 1ª", "Programador/a senior"]), "job_title"),
                ", grupo ", N("%d" % R.randint(1, 7), "count"), " del convenio (código ", N("%08d%02d" % (R.randint(0, 99999999), R.randint(0, 99)), "agreement_code"), ").\nSegunda. Periodo de prueba: ", N("seis meses", "notice_period"),
                ".\nTercera. Retribución: ", N("%d.%03d € brutos anuales en 14 pagas" % (R.randint(20, 70), R.choice([0, 500])), "salary"), "."]
    elif lang == "it":
        p = person(R, "it")
        d = dob_date(R)
        req = pick(R, ["Mi spieghi cosa significa il patto di non concorrenza?", "Questo contratto è regolare? Il periodo di prova mi sembra lungo"])
        body = ["CONTRATTO INDIVIDUALE DI LAVORO SUBORDINATO\n\nTra ", N("Officine Ventura S.p.A.", "employer_name"), " (P. IVA ", N("IT%011d" % R.randint(0, 10 ** 11 - 1), "company_id"), "), con sede in ", N("Via Tortona 31, 20144 Milano", "employer_address"),
                "\ne ", "il Sig. " if p.sex else "la Sig.ra ", P(p), ", nato/a a ", pick(R, ["Bologna", "Lecce", "Bergamo", "Cagliari"]), " il ", D(R, d, "it"), ", C.F. ", G(cf_fmt(R, p, d), "it_cf"),
                ", residente in ", A(R, "IT"), "\n\n1. Decorrenza: ", N("%02d/%02d/2025" % (R.randint(1, 28), R.randint(1, 12)), "start_date"), "\n2. Inquadramento: ", N(pick(R, ["impiegato 3° livello CCNL Commercio", "quadro CCNL Metalmeccanici"]), "job_title"),
                "\n3. Periodo di prova: ", N("60 giorni di effettivo lavoro", "notice_period"), "\n4. Retribuzione annua lorda: ", N("€ %d.%03d,00" % (R.randint(24, 80), R.choice([0, 500])), "salary")]
    elif lang == "pl":
        p = person(R, "pl")
        d = dob_date(R)
        req = pick(R, ["Czy ta umowa o pracę jest w porządku? Wytłumacz okres wypowiedzenia.", "Sprawdź, czy w umowie nie ma błędów"])
        inst = {"a": "ą"}
        g = p.given[:-1] + "ą" if (not p.sex and p.given.endswith("a")) else p.given
        f = p.family[:-1] + "ą" if (not p.sex and p.family.endswith("ska")) else p.family
        body = ["UMOWA O PRACĘ\nzawarta w dniu ", N("%02d.%02d.2025" % (R.randint(1, 28), R.randint(1, 12)), "letter_date"), " w Krakowie pomiędzy: ", N("Wisła Components Sp. z o.o.", "employer_name"), " (KRS ", N("%010d" % R.randint(0, 10 ** 9), "company_id"),
                ")\na ", "Panem " if p.sex else "Panią ", L("person", "%s %s" % (g, f), sub="pl"), ", zam. ", A(R, "PL"), ", PESEL ", G(pesel_make(R, d, p.sex), "pl_pesel"),
                "\n\n§ 1. Rodzaj umowy: na czas nieokreślony, od ", N("01.%02d.2025" % R.randint(1, 12), "start_date"), "\n§ 2. Stanowisko: ", N(pick(R, ["Specjalista ds. płac", "Magazynier", "Analityk danych"]), "job_title"),
                "\n§ 3. Wynagrodzenie: ", N("%d %03d zł brutto" % (R.randint(5, 19), R.choice([0, 500])), "salary"), "\n\n............................\n(podpis pracownika: ", P(p), ")"]
    else:
        p = person(R, "nl")
        d = dob_date(R)
        req = pick(R, ["Klopt dit concurrentiebeding? Kan ik hier onderuit?", "Wat betekent de proeftijd in dit contract?"])
        body = ["ARBEIDSOVEREENKOMST VOOR ONBEPAALDE TIJD\n\n", N("Duinrand Energie B.V.", "employer_name"), ", KvK ", N("%08d" % R.randint(10000000, 99999999), "company_id"), ", gevestigd te ", N("Stationsplein 45, 3511 ED Utrecht", "employer_address"),
                ",\nen\n", "de heer " if p.sex else "mevrouw ", P(p), ", geboren op ", D(R, d, "nl"), ", wonende te ", A(R, "NL"), ", BSN ", G(bsn_fmt(R), "nl_bsn"),
                "\n\nArtikel 2 – Proeftijd: ", N("één maand", "notice_period"), "\nArtikel 5 – Salaris: ", N("€ %d.%03d bruto per maand (schaal 9, trede 4)" % (R.randint(2, 7), R.randint(0, 999)), "salary"),
                "\nArtikel 11 – Concurrentiebeding: gedurende ", N("12 maanden", "notice_period"), " na einde dienstverband."]
    return "contract", lang, wrap(R, req, body)


# ---------------------------------------------------------------- onboarding forms


@tpl(16)
def us_i9_w4(R):
    p = person(R, "us")
    d = dob_date(R)
    req = pick(R, ["HR sent me this I-9 section 1, did I fill it in right?", "Double-check my new-hire paperwork before I submit?", "What does 'other last names used' mean on the I-9?"])
    routing = aba_routing(R)
    body = ["Form I-9 (", N("Edition 01/20/25", "form_revision"), ") — Section 1. Employee Information and Attestation\nLast Name (Family Name): ", P(p, p.family), "    First Name (Given Name): ", P(p, p.given),
            "    Other Last Names Used: ", pick(R, ["N/A", "N/A", "none"]), "\nAddress: ", A(R, "US"), "\nDate of Birth (mm/dd/yyyy): ", L("dob", "%02d/%02d/%d" % (d.month, d.day, d.year), sub="en_us"),
            "    U.S. Social Security Number: ", G(ssn_fmt(R), "us_ssn"), "\nEmployee's E-mail Address: ", E(R, p), "    Telephone Number: ", PH(R, "US"),
            "\n\nW-4 Step 1(c): ", pick(R, ["Single or Married filing separately", "Head of household"]), "   Step 3 dependents: ", N("$%d" % R.choice([0, 2000, 4000]), "amount"),
            "\n\nDirect deposit — Routing number: ", N(routing, "routing_number"), "  Account number: ", N(dig(R, R.randint(9, 12)), "account_number"), " (checking)",
            "\nEmployer EIN: ", N("%02d-%07d" % (R.randint(10, 99), R.randint(0, 9999999)), "company_id"), "   Employee ID: ", N(emp_no(R), "employee_number"), "   Start date: ", N("%02d/%02d/2025" % (R.randint(1, 12), R.randint(1, 28)), "start_date")]
    return "form", "en", wrap(R, req, body)


@tpl(14)
def uk_starter(R):
    p = person(R, "gb")
    d = dob_date(R)
    req = pick(R, ["New job wants my starter checklist, is statement B right for me?", "Which statement do I tick? I had another job until last month", "Check this starter checklist for mistakes please"])
    body = ["HMRC Starter checklist\nLast name: ", P(p, p.family.upper()), "   First names: ", P(p, p.given), "\nNational Insurance number: ", G(nino_fmt(R), "gb_nino"),
            "\nDate of birth: ", D(R, d, "en_gb"), "\nHome address: ", A(R, "GB"), "\nEmployment start date: ", N("%02d/%02d/2025" % (R.randint(1, 28), R.randint(1, 12)), "start_date"),
            "\nEmployee statement: ", pick(R, ["A", "B", "C"]), "  Student loan: ", pick(R, ["Plan 2", "Postgraduate", "No"]),
            "\n\nFrom my P45 (part 1A): Employer PAYE reference ", N("%03d/%s%05d" % (R.randint(100, 999), "".join(R.choice(string.ascii_uppercase) for _ in range(2)), R.randint(0, 99999)), "paye_reference"),
            ", Tax code at leaving ", N(pick(R, ["1257L", "1257L W1/M1", "BR", "K475"]), "tax_code"), ", Works/payroll number ", N(emp_no(R), "employee_number"), ", Total pay to date ", N("£%d,%03d.%02d" % (R.randint(1, 40), R.randint(0, 999), R.randint(0, 99)), "amount"),
            "\nNew employer's helpline: ", N("0300 200 3300", "service_line")]
    return "form", "en", wrap(R, req, body)


@tpl(16)
def de_personalbogen(R):
    p = person(R, "de")
    sib = person(R, "de")
    sib.family = p.family
    while sib.given == p.given:
        sib.given = person(R, "de", sex=sib.sex).given
    d = dob_date(R)
    req = pick(R, ["Ich fange nächste Woche an, ist der Personalfragebogen so vollständig?", "Was muss ich bei Steuerklasse eintragen? Hier mein Bogen:", "Bitte auf Fehler prüfen, geht morgen an die Personalabteilung"])
    body = ["Personalfragebogen – Neueinstellung (Personalnummer: ", N(pick(R, ["wird vergeben", emp_no(R)]), "employee_number"), ")\nName, Vorname: ", P(p, "%s, %s" % (p.family, p.given)),
            "\nGeburtsdatum: ", D(R, d, "de"), "    Geburtsort: ", pick(R, ["Dresden", "Hagen", "Bamberg", "Izmir", "Danzig"]),
            "\nAnschrift: ", A(R, "DE"), "\nSteuer-ID: ", G(steuerid_fmt(R), "de_steuerid"), "    Steuerklasse: ", N(pick(R, ["I", "III", "IV", "1"]), "tax_class"), "    Kinderfreibeträge: ", N(pick(R, ["0", "0,5", "1,0"]), "count"),
            "\nSozialversicherungsnummer: ", G(rvnr_fmt(R, d, p.family, p.sex), "de_rvnr"), "\nKrankenkasse: ", N(pick(R, ["Techniker Krankenkasse", "AOK Bayern", "BARMER", "DAK-Gesundheit"]), "insurer"),
            "\nBankverbindung: IBAN ", I(R, "DE"), "  BIC ", N(pick(R, ["COBADEFFXXX", "GENODEF1S10", "BYLADEM1001", "HASPDEHHXXX"]), "bic"),
            "\nNotfallkontakt: ", P(sib), " (", "Bruder" if sib.sex else "Schwester", "), ", PH(R, "DE"),
            "\nEintrittsdatum: ", N("01.%02d.2025" % R.randint(1, 12), "start_date"), "    ", N(cost_centre(R), "cost_centre")]
    return "form", "de", wrap(R, req, body)


@tpl(13)
def fr_fiche_embauche(R):
    p = person(R, "fr")
    em = person(R, "fr")
    while set(em.family.split()) & set(p.family.split()) or em.given == p.given:
        em = person(R, "fr")
    d = dob_date(R)
    req = pick(R, ["Tu peux vérifier que je n'ai rien oublié avant d'envoyer ma fiche au service RH ?", "C'est quoi la différence entre le matricule et le numéro de sécu ?", "Relis ma fiche d'embauche stp"])
    body = ["FICHE DE RENSEIGNEMENTS SALARIÉ – à retourner à ", N("rh@maison-verlaine.fr", "role_mailbox"), "\nNom : ", P(p, p.family.upper()), "    Prénom : ", P(p, p.given),
            "\n", "Né le : " if p.sex else "Née le : ", D(R, d, "fr"), " à ", pick(R, ["Annecy (74)", "Brest (29)", "Roubaix (59)", "Ajaccio (2A)"]),
            "\nN° de sécurité sociale : ", G(nir_fmt(R, d, p.sex), "fr_nir"), "\nAdresse : ", A(R, "FR"), "\nTél. portable : ", PH(R, "FR"),
            "\nIBAN (salaire) : ", I(R, "FR"), "\nPersonne à prévenir en cas d'urgence : ", P(em), " – ", PH(R, "FR"),
            "\n\nCadre réservé à l'employeur : matricule ", N(emp_no(R), "employee_number"), " · date d'entrée ", N("%02d/%02d/2025" % (R.randint(1, 28), R.randint(1, 12)), "start_date"),
            " · ", N(cost_centre(R), "cost_centre"), " · mutuelle ", N(pick(R, ["Harmonie Mutuelle", "MGEN", "Malakoff Humanis"]), "insurer")]
    return "form", "fr", wrap(R, req, body)


@tpl(16)
def south_onboarding(R):
    lang = R.choice(["es", "it", "nl", "pt"])
    if lang == "es":
        p = person(R, "es")
        d = dob_date(R)
        req = pick(R, ["¿Está bien rellenada esta ficha de alta?", "Me piden el número de la Seguridad Social, ¿es este?"])
        body = ["FICHA DE ALTA DE EMPLEADO\nNombre y apellidos: ", P(p), "\nDNI/NIE: ", G(dni_fmt(R), "es_dni") if R.random() < 0.6 else G(nie_fmt(R), "es_nie"),
                "\nN.º afiliación Seguridad Social: ", G(nuss_make(R), "es_nuss"), "\nFecha de nacimiento: ", D(R, d, "es"), "\nDomicilio: ", A(R, "ES"),
                "\nTeléfono: ", PH(R, "ES"), "\nCorreo: ", E(R, p), "\nIBAN para nómina: ", I(R, "ES"),
                "\n\nA rellenar por RRHH: n.º empleado ", N(emp_no(R), "employee_number"), " · centro de coste ", N("%d" % R.randint(1000, 9999), "cost_centre"), " · alta ", N("%02d/%02d/2025" % (R.randint(1, 28), R.randint(1, 12)), "start_date")]
    elif lang == "it":
        p = person(R, "it")
        d = dob_date(R)
        req = pick(R, ["Ho compilato bene la scheda anagrafica per le risorse umane?", "Controlla questa scheda prima che la mandi all'ufficio personale"])
        body = ["SCHEDA ANAGRAFICA DIPENDENTE\nCognome: ", P(p, p.family), "   Nome: ", P(p, p.given), "\nNato/a il: ", D(R, d, "it"), "   a: ", pick(R, ["Lecce", "Trento", "Genova"]),
                "\nCodice fiscale: ", G(cf_fmt(R, p, d), "it_cf"), "\nResidenza: ", A(R, "IT"), "\nCellulare: ", PH(R, "IT"), "\nE-mail personale: ", E(R, p),
                "\nIBAN accredito stipendio: ", I(R, "IT"), "\n\nMatricola: ", N(emp_no(R), "employee_number"), "  Livello: ", N("%d° CCNL Commercio" % R.randint(1, 7), "job_title"), "  Data assunzione: ", N("%02d/%02d/2025" % (R.randint(1, 28), R.randint(1, 12)), "start_date")]
    elif lang == "nl":
        p = person(R, "nl")
        d = dob_date(R)
        req = pick(R, ["Klopt dit personeelsformulier zo? Ik begin maandag.", "Moet ik mijn BSN echt op dit formulier zetten?"])
        body = ["PERSONEELSFORMULIER NIEUWE MEDEWERKER\nNaam: ", P(p), "\nGeboortedatum: ", D(R, d, "nl"), "\nBSN: ", G(bsn_fmt(R), "nl_bsn"), "\nAdres: ", A(R, "NL"),
                "\nMobiel: ", PH(R, "NL"), "\nE-mail: ", E(R, p), "\nIBAN: ", I(R, "NL"), "\nLoonheffingskorting toepassen: ", pick(R, ["ja", "nee"]),
                "\n\nIn te vullen door HR: personeelsnummer ", N(emp_no(R), "employee_number"), ", kostenplaats ", N("%d" % R.randint(100, 9999), "cost_centre"), ", datum in dienst ", N("%02d-%02d-2025" % (R.randint(1, 28), R.randint(1, 12)), "start_date")]
    else:
        p = person(R, "pt")
        d = dob_date(R)
        req = pick(R, ["Podes verificar se preenchi bem a ficha de admissão?", "Falta alguma coisa nesta ficha para os recursos humanos?"])
        body = ["FICHA DE ADMISSÃO\nNome completo: ", P(p), "\nData de nascimento: ", D(R, d, "pt"), "\nNIF: ", G(ptnif_make(R), "pt_nif"), "\nMorada: ", A(R, "PT"),
                "\nTelemóvel: ", PH(R, "PT"), "\nEmail: ", E(R, p), "\nIBAN: ", I(R, "PT"),
                "\n\nA preencher pelos RH: n.º colaborador ", N(emp_no(R), "employee_number"), " · início ", N("%02d/%02d/2025" % (R.randint(1, 28), R.randint(1, 12)), "start_date"), " · vencimento ", N("%d.%03d,00 € x 14" % (R.randint(1, 4), R.randint(0, 999)), "salary")]
    return "form", lang, wrap(R, req, body)


@tpl(14)
def in_joining(R):
    p = person(R, "in")
    em = person(R, "in")
    while em.family == p.family or em.given == p.given:
        em = person(R, "in")
    d = dob_date(R, 1985, 2003)
    req = pick(R, ["HR sent this joining form, is it safe to share Aadhaar like this?", "pls check my joining formalities form before I mail it", "What is UAN and where do I find it? Form below"])
    body = ["JOINING FORMALITIES – NEW EMPLOYEE DETAILS\nFull Name (as per PAN): ", P(p, p.full.upper()), "\nDate of Birth: ", D(R, d, "in"),
            "\nPAN: ", G(pan_make(R, p.family), "in_pan"), "\nAadhaar: ", G(aadhaar_fmt(R), "in_aadhaar"), "\nPF Establishment Code: ", N("MHBAN%07d000" % R.randint(0, 9999999), "employer_code"),
            "\nCurrent Address: ", A(R, "IN"), "\nMobile: ", PH(R, "IN"), "   Personal Email: ", E(R, p),
            "\nBank A/c No.: ", N(dig(R, R.choice([11, 12, 14])), "account_number"), "   IFSC: ", N(pick(R, ["HDFC0001234", "SBIN0004321", "ICIC0000456", "UTIB0002210"]), "ifsc"),
            "\nEmergency Contact: ", P(em), " (", rel(R, "en", em), ") ", PH(R, "IN"),
            "\n\nFor HR use: Emp Code ", N("VIT%05d" % R.randint(1, 99999), "employee_number"), " | DOJ ", N("%02d-%02d-2025" % (R.randint(1, 28), R.randint(1, 12)), "start_date"), " | Grade ", N(pick(R, ["L2", "E1", "M3"]), "grade_band"), " | CTC ", N(salary(R, "inr"), "salary")]
    return "form", "in", wrap(R, req, body)


@tpl(12)
def zh_ruzhi(R):
    p = person(R, "zh")
    em = person(R, "zh")
    while em.full == p.full or em.family == p.family:
        em = person(R, "zh")
    d = dob_date(R, 1980, 2003)
    req = pick(R, ["帮我检查一下入职登记表有没有填错", "公司让填这个入职登记表，身份证号必须填吗？", "这张表的英文版怎么写？"])
    body = ["员工入职登记表\n姓名：", P(p), "　　性别：", "男" if p.sex else "女", "　　出生日期：", D(R, d, "zh"),
            "\n身份证号：", G(cnid_make(R, d, p.sex), "cn_resident_id"), "\n现住址：", A(R, "CN"), "\n手机：", PH(R, "CN", intl=False), "　邮箱：", E(R, p),
            "\n工资卡：", pick(R, ["招商银行", "中国工商银行", "建设银行"]), " ", C(R, "unionpay"),
            "\n紧急联系人：", P(em), "（", pick(R, ["父亲" if em.sex else "母亲", "配偶", "朋友"]), "）", PH(R, "CN", intl=False),
            "\n\n以下由人事填写：工号 ", N("%s%05d" % (pick(R, ["XH", "LW", "YQ"]), R.randint(1, 99999)), "employee_number"), "　入职日期 ", N("2025-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)), "start_date"), "　试用期 ", N("3个月", "notice_period")]
    return "form", "zh", wrap(R, req, body)


@tpl(12)
def ja_nyusha(R):
    p = person(R, "ja")
    d = dob_date(R, 1970, 2003)
    req = pick(R, ["入社手続きの書類です。記入漏れがないか確認してください。", "マイナンバーを会社に出しても大丈夫ですか？書類はこちら：", "この入社書類、間違いがあれば教えてください"])
    body = ["入社手続き書類（社員番号：", N(dig(R, 6), "employee_number"), "）\n氏名（フリガナ）：", P(p), "（", L("person", "%s %s" % (kata(p.reading[0]), kata(p.reading[1])), sub="ja_kana"), "）",
            "\n生年月日：", D(R, d, "ja"), "\n住所：", A(R, "JP"), "\n携帯電話：", PH(R, "JP", intl=False),
            "\n個人番号（マイナンバー）：", G(mynumber_make(R), "jp_my_number"),
            "\n給与振込口座：", pick(R, ["三井住友銀行", "みずほ銀行", "ゆうちょ銀行"]), " 普通 ", N(dig(R, 7), "account_number"),
            "\n基礎年金番号：", G("%04d-%06d" % (R.randint(1000, 9999), R.randint(0, 999999)), "jp_pension_number"),
            "\n\n入社日：", N("2025年%d月1日" % R.randint(1, 12), "start_date"), "　試用期間：", N("3か月", "notice_period")]
    return "form", "ja", wrap(R, req, body)


def kata(s):
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


# ---------------------------------------------------------------- payroll, expenses


@tpl(15)
def payroll_bank_change(R):
    lang = R.choice(["en", "en", "de", "nl", "es", "fr", "it"])
    cult, cc = {"en": ("gb", "GB"), "de": ("de", "DE"), "nl": ("nl", "NL"), "es": ("es", "ES"), "fr": ("fr", "FR"), "it": ("it", "IT")}[lang]
    p = person(R, cult)
    box = {"en": "payroll@harbourline.co.uk", "de": "entgelt@birkenwerk.io", "nl": "salarisadministratie@duinrand.nl", "es": "nominas@grupoalcazar.es", "fr": "paie@maison-verlaine.fr", "it": "paghe@officineventura.it"}[lang]
    ibcc = pick(R, [cc, cc, "DE", "NL", "BE", "IE", "AT"]) if cc != "GB" else pick(R, ["GB", "GB", "IE"])
    T = {"en": ("Can you make this email to payroll more formal?", "Hi Payroll team,\n\nPlease update my salary account from the next pay run. Employee no. ", ". New account:\nIBAN: ", "Account holder: ", "My old account ending ", " can be closed.\n\nThanks,\n"),
         "de": ("Kannst du die Mail an die Entgeltabrechnung höflicher formulieren?", "Hallo liebes Entgelt-Team,\n\nbitte ab der nächsten Abrechnung mein Gehalt auf das neue Konto überweisen. Personalnummer ", ".\nIBAN: ", "Kontoinhaber: ", "Das alte Konto mit Endung ", " wird gekündigt.\n\nDanke und Gruß\n"),
         "nl": ("Kun je deze mail aan de salarisadministratie netter maken?", "Hoi,\n\nWillen jullie vanaf de volgende verloning mijn salaris op mijn nieuwe rekening storten? Personeelsnummer ", ".\nIBAN: ", "Ten name van: ", "De oude rekening eindigend op ", " vervalt.\n\nGroet,\n"),
         "es": ("¿Me ayudas a redactar mejor este correo a nóminas?", "Hola:\n\nOs escribo para cambiar la cuenta donde recibo la nómina a partir de este mes. N.º de empleado ", ".\nIBAN: ", "Titular: ", "La cuenta antigua terminada en ", " ya no está operativa.\n\nGracias,\n"),
         "fr": ("Tu peux rendre ce mail au service paie plus formel ?", "Bonjour,\n\nMerci de verser mon salaire sur mon nouveau compte à partir de la prochaine paie. Matricule ", ".\nIBAN : ", "Titulaire : ", "L'ancien compte se terminant par ", " sera clôturé.\n\nCordialement,\n"),
         "it": ("Puoi rendere più formale questa mail all'ufficio paghe?", "Buongiorno,\n\nvi chiedo di accreditare lo stipendio sul nuovo conto a partire dal prossimo cedolino. Matricola ", ".\nIBAN: ", "Intestatario: ", "Il vecchio conto che termina con ", " verrà chiuso.\n\nGrazie,\n")}[lang]
    body = ["To: ", N(box, "role_mailbox"), "\nSubject: ", pick(R, ["Bank details change", "Änderung Bankverbindung", "Wijziging rekeningnummer", "Cambio de cuenta", "Changement de RIB", "Variazione IBAN"]),
            "\n\n", T[1], N(emp_no(R), "employee_number"), T[2], I(R, ibcc), "\n", T[3], P(p), "\n", T[4], N("••%s" % dig(R, 4), "masked_account"), T[5], P(p),
            "\n", pick(R, ["Mob ", "Tel. ", "M: ", ""]), PH(R, cc), "\n", N(cost_centre(R), "cost_centre")]
    return "email", lang, wrap(R, T[0], body)


@tpl(16)
def payslip(R):
    lang = R.choice(["de", "en", "fr", "nl", "it", "es"])
    cult, cc = {"de": ("de", "DE"), "en": ("gb", "GB"), "fr": ("fr", "FR"), "nl": ("nl", "NL"), "it": ("it", "IT"), "es": ("es", "ES")}[lang]
    p = person(R, cult)
    d = dob_date(R)
    gross = R.randint(2200, 9800)
    net = int(gross * R.uniform(0.58, 0.72))
    month = pick(R, ["03/2025", "04/2025", "11/2025", "09/2025"])
    if lang == "de":
        req = pick(R, ["Warum ist mein Netto diesen Monat so niedrig?", "Kannst du mir die Gehaltsabrechnung erklären? Was ist 'SV-Brutto'?"])
        idpart = ["Steuer-ID ", G(steuerid_fmt(R), "de_steuerid"), "  SV-Nr. ", G(rvnr_fmt(R, d, p.family, p.sex), "de_rvnr"), "  geb. ", D(R, d, "de")]
        lab = ("Abrechnung der Brutto/Netto-Bezüge", "Pers.-Nr.", "Gesamtbrutto", "Auszahlungsbetrag", "Überweisung an IBAN", "Steuerklasse 1 / Kirchensteuer 9 % / KV-Zusatzbeitrag 1,7 %")
    elif lang == "en":
        req = pick(R, ["Why is my tax so high this month? Payslip below", "Is the emergency tax code right on this payslip?"])
        idpart = ["NI No. ", G(nino_fmt(R), "gb_nino"), "  Tax code ", N(pick(R, ["1257L", "BR", "0T M1"]), "tax_code")]
        lab = ("PAYSLIP", "Employee No.", "Total gross pay", "Net pay", "Paid to IBAN", "NI category A · Student loan Plan 2 · Pension 5% salary sacrifice")
    elif lang == "fr":
        req = pick(R, ["Tu peux m'expliquer ma fiche de paie ? Je ne comprends pas la CSG.", "Pourquoi mon net à payer a baissé ?"])
        idpart = ["N° SS ", G(nir_fmt(R, d, p.sex), "fr_nir")]
        lab = ("BULLETIN DE PAIE", "Matricule", "Salaire brut", "Net à payer avant impôt", "Virement IBAN", "Convention collective Syntec (IDCC 1486) · Coefficient 130 · Taux PAS 7,5 %")
    elif lang == "nl":
        req = pick(R, ["Kun je mijn loonstrook uitleggen? Waarom is de loonheffing zo hoog?", "Klopt deze salarisstrook?"])
        idpart = ["BSN ", G(bsn_fmt(R), "nl_bsn"), "  geb. ", D(R, d, "nl")]
        lab = ("SALARISSTROOK", "Pers.nr.", "Bruto loon", "Netto uit te betalen", "Overgemaakt op", "Loonheffingskorting: ja · Tabel wit maand · Pensioen PFZW")
    elif lang == "it":
        req = pick(R, ["Mi spieghi questa busta paga? Non capisco le trattenute.", "Perché il netto è più basso del solito?"])
        idpart = ["C.F. ", G(cf_fmt(R, p, d), "it_cf")]
        lab = ("CEDOLINO PAGA", "Matricola", "Totale competenze", "Netto in busta", "Accredito su IBAN", "CCNL Commercio · Livello 4 · TFR maturato")
    else:
        req = pick(R, ["¿Me explicas esta nómina? No entiendo el IRPF.", "¿Por qué me han retenido tanto este mes?"])
        idpart = ["NIF ", G(dni_fmt(R), "es_dni"), "  N.º afiliación ", G(nuss_make(R), "es_nuss")]
        lab = ("NÓMINA", "N.º empleado", "Total devengado", "Líquido a percibir", "Transferencia a", "Grupo cotización 5 · IRPF 14,2 % · Convenio de oficinas y despachos")
    emp = employer(R, lang if lang in EMPLOYERS else "en")
    body = [lab[0], " ", N(month, "pay_period"), "\n", N(emp[0], "employer_name"), " · ", N(emp[1], "employer_address"),
            "\n\n", P(p), "\n", A(R, cc, ml=True), "\n", lab[1], " ", N(emp_no(R), "employee_number"), "  ", N(cost_centre(R), "cost_centre"), "\n"] + idpart + [
            "\n\n", lab[2], ": ", N("%d,%02d" % (gross, R.randint(0, 99)), "amount"), "\n", lab[3], ": ", N("%d,%02d" % (net, R.randint(0, 99)), "amount"),
            "\n", lab[4], " ", I(R, cc), "\n", lab[5]]
    return "payslip", lang, wrap(R, req, body)


@tpl(17)
def expense_claim(R):
    lang = R.choice(["en", "en", "de", "fr", "es"])
    cult = {"en": "us", "de": "de", "fr": "fr", "es": "es"}[lang]
    p, appr = people(R, cult, 2)
    card = C(R, R.choice(["amex", "visa", "mastercard", "mastercard2"]), holder="corporate")
    req = {"en": pick(R, ["Finance bounced my expense report, what's wrong with it?", "Can you turn this into a cleaner expense table?"]),
           "de": pick(R, ["Warum wurde meine Reisekostenabrechnung abgelehnt?", "Kannst du das als ordentliche Tabelle machen?"]),
           "fr": pick(R, ["Aide-moi à remplir ma note de frais correctement", "Pourquoi la compta refuse ma note de frais ?"]),
           "es": pick(R, ["¿Me ayudas con esta hoja de gastos?", "Contabilidad me ha rechazado los gastos, ¿qué falta?"])}[lang]
    lab = {"en": ("EXPENSE REPORT", "Employee", "Corporate card", "Approver", "Total"), "de": ("REISEKOSTENABRECHNUNG", "Mitarbeiter/in", "Firmenkreditkarte", "Genehmigt von", "Summe"),
           "fr": ("NOTE DE FRAIS", "Salarié(e)", "Carte affaires", "Valideur", "Total"), "es": ("HOJA DE GASTOS", "Empleado/a", "Tarjeta de empresa", "Aprobador", "Total")}[lang]
    rows = []
    shops = ["Marks & Spencer Simply Food", "Tim Hortons #4417", "Hugo Boss Outlet", "Deutsche Bahn", "SNCF Connect", "Renfe", "Uber *TRIP", "Hotel Ibis Lyon Part-Dieu", "Pret A Manger"]
    for i in range(R.randint(2, 4)):
        rows += ["\n| ", N("2025-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)), "iso_date"), " | ", N(pick(R, shops), "merchant"), " | ", N("%d.%02d" % (R.randint(4, 480), R.randint(0, 99)), "amount"),
                 " | ", N("****%s" % dig(R, 4), "masked_card"), " |"]
    body = [lab[0], " ", N("EXP-%06d" % R.randint(1, 999999), "report_number"), "\n", lab[1], ": ", P(p), " (", N(emp_no(R), "employee_number"), ")  ", N(cost_centre(R), "cost_centre"),
            "\n", lab[2], ": ", card, " exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 30)), "card_expiry"),
            "\n| date | merchant | amount | card |\n|---|---|---|---|"] + rows + [
            "\n", lab[4], ": ", N("%d.%02d" % (R.randint(50, 1800), R.randint(0, 99)), "amount"), "  (project ", N("PRJ-%d" % R.randint(1000, 9999), "project_number"), ")",
            "\n", lab[3], ": ", P(appr), " – ", pick(R, ["rejected: missing receipt for row 2", "abgelehnt: Bewirtungsbeleg fehlt", "refusé : justificatif manquant", "rechazado: falta ticket"])]
    if R.random() < 0.5:
        body += ["\n", {"en": "Note: taxi paid with my personal card ", "de": "Hinweis: Taxi privat bezahlt mit ", "fr": "NB : taxi payé avec ma carte perso ", "es": "Nota: taxi pagado con mi tarjeta personal "}[lang],
                 C(R, R.choice(["visa", "mastercard", "maestro", "discover"]), holder="personal"), {"en": ", please reimburse.", "de": ", bitte erstatten.", "fr": ", merci de rembourser.", "es": ", por favor reembolsar."}[lang]]
    return "form", lang, wrap(R, req, body)


@tpl(18)
def card_mixup(R):
    lang = R.choice(["en", "en", "de", "fr", "nl", "es", "it"])
    cult, cc = {"en": ("gb", "GB"), "de": ("de", "DE"), "fr": ("fr", "FR"), "nl": ("nl", "NL"), "es": ("es", "ES"), "it": ("it", "IT")}[lang]
    me, fin = people(R, cult, 2)
    box = {"en": "expenses@harbourline.co.uk", "de": "reisekosten@birkenwerk.io", "fr": "notesdefrais@opaline-conseil.fr", "nl": "declaraties@duinrand.nl", "es": "gastos@grupoalcazar.es", "it": "notespese@officineventura.it"}[lang]
    T = {"en": ("Can you make this email to finance clearer? I mixed up my cards", "Hi ", "on my trip to ", " I paid the hotel (folio ", ") with my personal card ", " instead of the company card ", ". Could you refund the ", " to my salary account ", "? The company card is fine otherwise. The virtual card ", " for the conference also still shows a pending charge.", "Thanks,"),
         "de": ("Kannst du die Mail an die Buchhaltung verständlicher machen?", "Hallo ", "auf der Dienstreise nach ", " habe ich das Hotel (Folio ", ") versehentlich mit meiner privaten Karte ", " statt mit der Firmenkarte ", " bezahlt. Könnt ihr mir die ", " auf mein Gehaltskonto ", " erstatten? Die virtuelle Karte ", " für die Konferenz zeigt außerdem noch eine offene Buchung.", "Danke und Gruß"),
         "fr": ("Tu peux reformuler ce mail à la compta ?", "Bonjour ", "lors de mon déplacement à ", ", j'ai réglé l'hôtel (facture ", ") avec ma carte personnelle ", " au lieu de la carte société ", ". Pouvez-vous me rembourser les ", " sur mon compte ", " ? La carte virtuelle ", " du salon affiche aussi un débit en attente.", "Merci,"),
         "nl": ("Kun je deze mail aan finance duidelijker maken?", "Hoi ", "tijdens mijn reis naar ", " heb ik het hotel (folio ", ") per ongeluk met mijn privékaart ", " betaald in plaats van de bedrijfskaart ", ". Kunnen jullie de ", " terugstorten op ", "? De virtuele kaart ", " van het congres staat ook nog open.", "Groet,"),
         "es": ("¿Me ayudas a explicar esto a contabilidad?", "Hola ", "en el viaje a ", " pagué el hotel (factura ", ") con mi tarjeta personal ", " en vez de la de empresa ", ". ¿Podéis devolverme los ", " a mi cuenta ", "? La tarjeta virtual ", " del congreso también tiene un cargo pendiente.", "Gracias,"),
         "it": ("Mi aiuti a scrivere meglio questa mail all'amministrazione?", "Ciao ", "durante la trasferta a ", " ho pagato l'hotel (folio ", ") con la mia carta personale ", " invece della carta aziendale ", ". Potete rimborsarmi i ", " sul conto ", "? Anche la carta virtuale ", " del convegno ha un addebito in sospeso.", "Grazie,")}[lang]
    ibcc = {"en": "GB", "de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT"}[lang]
    body = ["To: ", N(box, "role_mailbox"), "\nCc: ", P(fin), " <", WE(R, fin, box.split("@")[1]), ">\n\n", T[1], P(fin, fin.given), ",\n\n", T[2], pick(R, ["Lisbon", "Kraków", "Lyon", "Hamburg", "Sevilla", "Torino"]), T[3],
            N("%d" % R.randint(100000, 999999), "folio_number"), T[4], C(R, R.choice(["visa", "mastercard", "maestro", "visa13"]), holder="personal"), T[5],
            C(R, R.choice(["amex", "visa", "mastercard2"]), holder="corporate"), T[6], N(pick(R, ["€412.60", "£388.20", "412,60 €", "€ 1.024,00"]), "amount"), T[7], I(R, ibcc), T[8]]
    if R.random() < 0.6:
        body += [C(R, R.choice(["mastercard", "visa", "mastercard2"]), holder="corporate_virtual"), T[9]]
    else:
        body += [N("**** %s" % dig(R, 4), "masked_card"), T[9]]
    body += ["\n\n", T[10], "\n", P(me), "\n", N(emp_no(R), "employee_number"), " · ", N(cost_centre(R), "cost_centre"), " · ", PH(R, cc)]
    return "email", lang, wrap(R, T[0], body)


@tpl(16)
def remote_access(R):
    lang = R.choice(["en", "en", "de", "nl", "fr", "es", "pt"])
    cult = {"en": "us", "de": "de", "nl": "nl", "fr": "fr", "es": "es", "pt": "pt"}[lang]
    me, it = people(R, cult, 2)
    dom = pick(R, ["copperleaf.ai", "birkenwerk.io", "duinrand.nl", "opaline-conseil.fr", "grupoalcazar.es", "ipetec.com.br"])
    req = {"en": pick(R, ["IT asked me to send my home IP for the allowlist – is this the right info?", "Got a security alert on day 2 of my new job, was that me? Log below"]),
           "de": "Die IT will meine IP für die Freischaltung – passt das so?", "nl": "IT vraagt mijn IP-adres voor de whitelist, klopt dit?", "fr": "La DSI me demande mon IP pour l'accès distant, c'est bon ça ?",
           "es": "IT me pide la IP de casa para la lista blanca, ¿está bien así?", "pt": "O TI pediu meu IP pra liberar o acesso remoto, está certo?"}[lang]
    body = ["Ticket ", N("RITM%07d" % R.randint(1, 9999999), "ticket_number"), " – remote access for ", P(me), " (", WE(R, me, dom), ")\n",
            "Home IPv4 (router): ", IP(R, "public"), "\nHome IPv6 prefix host: ", IP(R, "v6"), "\nLaptop on home Wi-Fi: ", IP(R, "private"),
            "\n\nVPN session log:\n", N("2025-%02d-%02d 08:%02d:%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 59), R.randint(0, 59)), "timestamp"),
            " user=", N("u%05d" % R.randint(1, 99999), "username"), " assigned=", IP(R, "private"), " peer=", IP(R, "public"), " client=", N(pick(R, ["GlobalProtect 6.1.3", "FortiClient 7.0.12", "WireGuard 1.0.20210914"]), "version"),
            "\n", N("2025-%02d-%02d 08:%02d:%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 59), R.randint(0, 59)), "timestamp"), " policy=", N("allow-%s" % pick(R, ["10.0.0.0/8", "172.16.0.0/12"]), "cidr"),
            " dns=", N(pick(R, ["1.1.1.1", "9.9.9.9", "8.8.8.8"]), "public_resolver")]
    if R.random() < 0.5:
        body += ["\n\nSecurity alert: new sign-in from ", IP(R, R.choice(["public", "v6"])), " (", pick(R, ["Frankfurt, DE", "Lisbon, PT", "Ashburn, US", "Amsterdam, NL"]), ") at ", N("%02d:%02d UTC" % (R.randint(0, 23), R.randint(0, 59)), "time"), " — was this you?"]
    body += ["\n\n", P(it), ", IT Security · ", PH(R, {"en": "US", "de": "DE", "nl": "NL", "fr": "FR", "es": "ES", "pt": "BR"}[lang])]
    return "ticket", lang, wrap(R, req, body)


# ---------------------------------------------------------------- grievances, leave, resignation, reviews


@tpl(13)
def grievance(R):
    lang = R.choice(["en", "en", "de", "es"])
    cult, cc = {"en": ("gb", "GB"), "de": ("de", "DE"), "es": ("es", "ES")}[lang]
    me, boss, coll, wit = people(R, cult, 4)
    if lang == "en":
        req = pick(R, ["Help me make this grievance letter sound less emotional", "Is this formal grievance clear enough? I don't want HR to dismiss it"])
        body = [P(me), "\n", A(R, cc, ml=True), "\n", PH(R, cc), "\n\nTo: HR Department (", N("hr@harbourline.co.uk", "role_mailbox"), ")\n", N(pick(R, ["3 April 2025", "17/06/2025"]), "letter_date"),
                "\n\nFormal grievance\n\nI wish to raise a formal grievance about the conduct of my line manager, ", P(boss), ". On ", N(pick(R, ["12 March", "the 4th of February", "20 May"]), "incident_date"),
                " in the Q1 review (ticket ", N("HR-%d" % R.randint(1000, 9999), "ticket_number"), "), ", P(boss, boss.given), " shouted at me in front of the team and said my contract 'would not be renewed'. ",
                P(coll), " made similar remarks by Slack. ", P(wit), " witnessed the meeting and is willing to give a statement.\n\nI would like to be accompanied at the hearing by my union rep (Unite).\n\n", P(me), " (employee no. ", N(emp_no(R), "employee_number"), ")"]
    elif lang == "de":
        req = pick(R, ["Kannst du meine Beschwerde sachlicher formulieren?", "Ist das so als Beschwerde nach § 84 BetrVG in Ordnung?"])
        body = [P(me), "\n", A(R, cc, ml=True), "\nTel. ", PH(R, cc), "\n\nAn die Personalabteilung, ", N("personal@nordlicht-logistik.de", "role_mailbox"), "\n\nBeschwerde gemäß ", N("§ 84 BetrVG", "law_reference"),
                "\n\nhiermit beschwere ich mich über das Verhalten meines Teamleiters ", P(boss), ". Am ", N("%02d.%02d.2025" % (R.randint(1, 28), R.randint(1, 12)), "incident_date"), " hat ", P(boss, boss.family),
                " mich vor Kolleg:innen bloßgestellt. Auch ", P(coll), " war beteiligt. Zeugin: ", P(wit), ".\n\nMit freundlichen Grüßen\n", P(me)]
    else:
        req = pick(R, ["¿Puedes redactar esta queja de forma más profesional?", "Ayúdame a presentar esta denuncia de acoso a RRHH"])
        body = [P(me), "\n", A(R, cc, ml=True), "\nTel. ", PH(R, cc), "\n\nA la atención de RRHH (", N("rrhh@grupoalcazar.es", "role_mailbox"), ")\n\nQueja formal\n\nPor la presente quiero denunciar el trato recibido por parte de mi responsable, ",
                P(boss), ", el pasado ", N("%d de %s" % (R.randint(1, 28), pick(R, MONTHS["es"])), "incident_date"), ". ", P(coll), " también estuvo presente. Puede confirmarlo ", P(wit), ".\n\nAtentamente,\n", P(me)]
    return "letter", lang, wrap(R, req, body)


@tpl(17)
def sick_leave(R):
    lang = R.choice(["de", "en", "fr", "it", "nl", "pl", "sv"])
    if lang == "de":
        me, boss, doc = people(R, "de", 3)
        req = pick(R, ["Ist die Krankmeldung so okay oder zu ausführlich?", "Wie schreibe ich meiner Chefin kurz, dass ich krank bin?"])
        body = ["Hallo ", "Herr " if boss.sex else "Frau ", P(boss, boss.family), ",\n\nleider bin ich seit heute krank und voraussichtlich bis einschließlich ", N("%02d.%02d." % (R.randint(1, 28), R.randint(1, 12)), "leave_date"),
                " arbeitsunfähig. Die AU-Bescheinigung von Dr. med. ", P(doc), " ist bereits elektronisch an die Kasse (eAU) gegangen. Dringendes bitte an ", N("team-lager@nordlicht-logistik.de", "role_mailbox"),
                ". Erreichbar bin ich im Notfall unter ", PH(R, "DE"), ".\n\nViele Grüße\n", P(me)]
    elif lang == "en":
        me, boss = people(R, "gb", 2)
        kid = person(R, "gb")
        kid.family = me.family
        kd = dob_date(R, 2024, 2024)
        req = pick(R, ["Can you make my parental leave request sound more professional?", "Is this enough notice for paternity leave? Draft below"])
        body = ["Hi ", P(boss, boss.given), ",\n\nAs discussed, I'd like to take shared parental leave from ", N(pick(R, ["2 June", "14 July", "1 September"]), "leave_date"), " for ", N("10 weeks", "duration"),
                ". Our ", "son" if kid.sex else "daughter", " ", P(kid, kid.given), " was born on ", D(R, kd, "en_gb"), " (MATB1 attached, ref ", N("SPL-%d" % R.randint(10000, 99999), "reference_number"), ").",
                "\n\nI can be reached on ", PH(R, "GB"), " for handover questions.\n\nThanks,\n", P(me)]
    elif lang == "fr":
        me, boss, doc = people(R, "fr", 3)
        req = pick(R, ["Corrige ce mail d'arrêt maladie stp", "Comment prévenir mon manager de mon arrêt ? Voici mon brouillon"])
        body = ["Bonjour ", P(boss, boss.given), ",\n\nJe vous informe que je suis en arrêt maladie du ", N("%02d/%02d" % (R.randint(1, 28), R.randint(1, 12)), "leave_date"), " au ", N("%02d/%02d inclus" % (R.randint(1, 28), R.randint(1, 12)), "leave_date"),
                ", prescrit par le Dr ", P(doc), ". Le volet 3 a été envoyé au service RH. Joignable au ", PH(R, "FR"), " si besoin.\n\nBien cordialement,\n", P(me)]
    elif lang == "it":
        me, boss, doc = people(R, "it", 3)
        req = pick(R, ["Mi correggi questa mail per la malattia?", "Va bene così la comunicazione al mio responsabile?"])
        body = ["Gentile ", P(boss), ",\n\nla informo che sono in malattia da oggi fino al ", N("%02d/%02d/2025" % (R.randint(1, 28), R.randint(1, 12)), "leave_date"), ". Il certificato è stato trasmesso all'INPS dal Dott. ", P(doc),
                " (numero di protocollo ", N("%d" % R.randint(10 ** 9, 10 ** 10 - 1), "protocol_number"), ").\nPer urgenze: ", PH(R, "IT"), "\n\nCordiali saluti,\n", P(me)]
    elif lang == "nl":
        me, boss = people(R, "nl", 2)
        req = pick(R, ["Is deze ziekmelding duidelijk genoeg?", "Kun je deze ziekmelding wat korter maken?"])
        body = ["Hoi ", P(boss, boss.given), ",\n\nIk meld me vandaag ziek. Ik heb de bedrijfsarts (via ", N("ArboNed", "provider"), ", dossier ", N("%d" % R.randint(100000, 999999), "case_number"),
                ") al gebeld. Mijn overdracht staat in ticket ", N("TOPdesk I-%d-%03d" % (R.randint(2501, 2512), R.randint(1, 999)), "ticket_number"), ". Bereikbaar op ", PH(R, "NL"), ".\n\nGroetjes,\n", P(me)]
    elif lang == "pl":
        me, boss, doc = people(R, "pl", 3)
        req = pick(R, ["Popraw tę wiadomość do szefa o zwolnieniu lekarskim", "Czy tak mogę napisać do kierowniczki o L4?"])
        body = ["Dzień dobry, ", P(boss), ",\n\ninformuję, że od dziś przebywam na zwolnieniu lekarskim (e-ZLA ", N("%s %d" % ("".join(R.choice(string.ascii_uppercase) for _ in range(2)), R.randint(1000000, 9999999)), "sick_note_number"),
                ", wystawione przez lek. ", P(doc), ") do ", N("%02d.%02d.2025" % (R.randint(1, 28), R.randint(1, 12)), "leave_date"), ". W pilnych sprawach: ", PH(R, "PL"), ".\n\nPozdrawiam,\n", P(me)]
    else:
        me, boss = people(R, "sv", 2)
        d = dob_date(R)
        req = pick(R, ["Kan du göra min sjukanmälan lite mer formell?", "Räcker det här som sjukanmälan till chefen?"])
        body = ["Hej ", P(boss, boss.given), ",\n\nJag är sjuk idag och sjukanmäler mig från och med ", N("%02d/%02d" % (R.randint(1, 28), R.randint(1, 12)), "leave_date"), ". Läkarintyg kommer från dag 8 (personnummer ",
                G(sepnr_make(R, d), "se_personnummer"), " till lönekontoret). Nås på ", PH(R, "SE"), ".\n\nHälsningar,\n", P(me)]
    return "email", lang, wrap(R, req, body)


RESIGN = {
    # cult, region, request, subject, greeting word(s), body before title, between title and notice, after notice, closing
    "fr": ("fr", "FR", "Corrige ma lettre de démission", "Objet : Démission", "Madame, Monsieur", "Par la présente, je vous informe de ma décision de démissionner de mon poste de ", ". Conformément à ma convention collective, mon préavis de ", " débutera à la réception de ce courrier.", "Veuillez agréer l'expression de mes salutations distinguées."),
    "en": ("gb", "GB", "Can you proofread my resignation letter? Keep it friendly", "Re: Resignation", "Dear", "Please accept this letter as formal notice of my resignation from my role as ", ". In line with my contract, my notice period of ", " starts today.", "Thank you for everything. Kind regards,"),
    "de": ("de", "DE", "Kannst du meine Kündigung prüfen? Ist die Frist richtig?", "Kündigung meines Arbeitsverhältnisses", "Sehr geehrte", "hiermit kündige ich mein Arbeitsverhältnis als ", " fristgerecht unter Einhaltung der Kündigungsfrist von ", ".", "Mit freundlichen Grüßen"),
    "es": ("es", "ES", "Revisa mi carta de renuncia, por favor", "Asunto: Baja voluntaria", "Estimado/a", "Por medio de la presente comunico mi decisión de causar baja voluntaria en mi puesto de ", ", respetando el preaviso de ", ".", "Atentamente,"),
    "pt": ("pt", "BR", "Corrige minha carta de demissão?", "Assunto: Pedido de demissão", "Prezado(a)", "Venho por meio desta comunicar meu pedido de demissão do cargo de ", ", cumprindo o aviso prévio de ", ".", "Atenciosamente,"),
    "it": ("it", "IT", "Mi sistemi la lettera di dimissioni?", "Oggetto: Dimissioni volontarie", "Gentile", "con la presente rassegno le mie dimissioni dalla posizione di ", ", nel rispetto del preavviso di ", ".", "Distinti saluti,"),
    "tr": ("tr", "TR", "İstifa dilekçemi düzeltir misin?", "Konu: İstifa", "Sayın", "Şirketinizde ", " olarak görev yapmaktayım; ", " ihbar süresine uyarak istifa ediyorum.", "Saygılarımla,"),
    "nl": ("nl", "NL", "Kun je mijn ontslagbrief controleren?", "Betreft: Opzegging arbeidsovereenkomst", "Beste", "Hierbij zeg ik mijn arbeidsovereenkomst als ", " op, met inachtneming van de opzegtermijn van ", ".", "Met vriendelijke groet,"),
}
NOTICE = {"fr": "trois mois", "en": "one month", "de": "3 Monaten zum Quartalsende", "es": "quince días", "pt": "30 dias", "it": "30 giorni di calendario", "tr": "4 haftalık", "nl": "één maand"}


@tpl(14)
def resignation(R):
    lang = R.choice(list(RESIGN))
    cult, cc, req, subj, hello, b1, b2, b3, close = RESIGN[lang]
    me, boss = people(R, cult, 2)
    if lang == "fr":
        greet = [("Monsieur " if boss.sex else "Madame "), P(boss, boss.family), ","] if R.random() < 0.6 else ["Madame, Monsieur,"]
    elif lang == "de":
        greet = ["Sehr geehrte" + ("r Herr " if boss.sex else " Frau "), P(boss, boss.family), ","]
    elif lang in ("en", "nl"):
        greet = [hello, " ", P(boss, boss.given), ","]
    else:
        greet = [hello, " ", P(boss), ":" if lang == "es" else ","]
    last = {"fr": "Mon dernier jour travaillé sera le ", "en": "My last working day will be ", "de": "Mein letzter Arbeitstag ist der "}.get(lang)
    body = [P(me), "\n", A(R, cc, ml=True), "\n", E(R, me), "\n\n", N(employer(R, lang if lang in EMPLOYERS else "en")[0], "employer_name"), "\n",
            N(pick(R, ["15/03/2025", "30 April 2025", "01.06.2025", "2025-07-31"]), "letter_date"), "\n\n", subj, "\n\n"] + greet + [
            "\n\n", b1, N(pick(R, TITLES), "job_title"), b2, N(NOTICE[lang], "notice_period"), b3]
    if last:
        body += [" ", last, N(pick(R, ["30/06/2025", "31.08.2025", "15 July 2025"]), "last_day"), "."]
    body += ["\n\n", close, "\n", P(me)]
    return "letter", lang, wrap(R, req, body)


@tpl(11)
def performance_review(R):
    lang = R.choice(["en", "en", "de", "nl", "sv"])
    cult = {"en": "us", "de": "de", "nl": "nl", "sv": "sv"}[lang]
    emp, mgr, peer1, peer2 = people(R, cult, 4)
    req = {"en": pick(R, ["Rewrite this performance review so it sounds fair but honest", "Help me respond to my review, I disagree with the rating"]),
           "de": "Kannst du das Mitarbeitergespräch-Protokoll neutraler formulieren?", "nl": "Kun je deze beoordeling wat positiever verwoorden?", "sv": "Kan du skriva om utvecklingssamtalet lite mer konstruktivt?"}[lang]
    L_ = {"en": ("Annual review", "Employee", "Reviewer", "Rating", "Peer feedback", "Goals"), "de": ("Jahresgespräch", "Mitarbeiter/in", "Führungskraft", "Bewertung", "Feedback Kolleg:innen", "Ziele"),
          "nl": ("Jaarbeoordeling", "Medewerker", "Beoordelaar", "Score", "Feedback collega's", "Doelen"), "sv": ("Utvecklingssamtal", "Medarbetare", "Chef", "Betyg", "Kollegors feedback", "Mål")}[lang]
    body = [L_[0], " ", N(pick(R, ["FY2024", "2024/25", "H1 2025"]), "period"), " — ", L_[1], ": ", P(emp), " (", N(emp_no(R), "employee_number"), ", ", N(pick(R, ["L4", "Band E3", "P3"]), "grade_band"), ")\n", L_[2], ": ", P(mgr),
            "\n", L_[3], ": ", N(pick(R, ["3 – meets expectations", "4/5", "B+", "2 (teilweise erfüllt)"]), "rating"),
            "\n\n", P(emp, emp.given), " delivered the migration to ", N(pick(R, ["Kubernetes 1.29", "Workday 2025R1", "Java 21", "Python 3.12"]), "version"), " on time but missed the ", N("Q3", "quarter"), " OKR. ",
            "\n", L_[4], ": ", P(peer1), " – 'always helpful'; ", P(peer2), " – 'could communicate earlier'.",
            "\n", L_[5], ": ", N("OKR-%d" % R.randint(100, 999), "goal_id"), " reduce incidents by ", N("20%", "percentage"), "; merit increase ", N("3.5%", "percentage"), " from ", N("2025-04-01", "effective_date")]
    return "form", lang, wrap(R, req, body)


# ---------------------------------------------------------------- visas, IT, emergency, background


@tpl(16)
def visa_letter(R):
    host = R.choice(["GB", "US", "IE", "DE", "NL", "AU"])
    origin = R.choice([("in", "IN", "Indian"), ("zh", "CN", "Chinese"), ("pt", "BR", "Brazilian"), ("tr", "TR", "Turkish"), ("ko", "KR", "South Korean"), ("ja", "JP", "Japanese"), ("mx", "MX", "Mexican")])
    cult, occ, nat = origin
    p = person(R, cult)
    sig = person(R, "gb")
    d = dob_date(R, 1975, 2001)
    name = P(p, p.rfull if cult in ("zh", "ko", "ja") else p.full)
    home = {"IN": "IN", "CN": "CN", "BR": "BR", "TR": "TR", "KR": "KR", "JP": "JP", "MX": "MX"}[occ]
    req = pick(R, ["Can you check this visa support letter from my employer? The embassy rejected the last one", "Is anything missing from this sponsorship letter?",
                   "My HR drafted this for my work permit – please fix the English"])
    hostemp, hostdom = {"GB": ("Harbourline Analytics Ltd", "harbourline.co.uk"), "US": ("Copperleaf Robotics", "copperleaf.ai"), "IE": ("Liffey Bay Software DAC", "liffeybay.ie"),
                        "DE": ("Kranich Medizintechnik AG", "kranich-med.de"), "NL": ("Duinrand Energie B.V.", "duinrand.nl"), "AU": ("Wattlebird Digital Pty Ltd", "wattlebird.com.au")}[host]
    body = [N(hostemp, "employer_name"), " · ",
            N(pick(R, ["Sponsor licence no. SPON-%s" % "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(8)), "Company No. %08d" % R.randint(1000000, 13999999), "KvK %08d" % R.randint(10000000, 99999999)]), "company_id"),
            "\n\nTo: The Visa Section, ", pick(R, ["Embassy of Ireland, New Delhi", "UK Visas and Immigration", "German Consulate General, Istanbul", "IND", "U.S. Embassy, Seoul", "Department of Home Affairs"]),
            "\n\nRe: ", name, ", ", nat, " national, passport no. ", G(passport(R, home), "passport_" + home.lower()), ", date of birth ", D(R, d, "en_gb"),
            "\n\nWe confirm that the above-named has accepted an offer of employment as ", N(pick(R, TITLES), "job_title"), " (SOC ", N(pick(R, ["2136", "2134", "3544", "2423"]), "soc_code"), ") starting ",
            N(pick(R, ["1 September 2025", "6 October 2025", "2 January 2026"]), "start_date"), " at an annual salary of ", N(salary(R, pick(R, ["gbp", "usd", "band"])), "salary"),
            ". Certificate of Sponsorship: ", N("".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(10)), "cos_number"), ".\nCurrent residential address: ", L("address", address(R, home), sub=home.lower()),
            "\n\nFor verification contact ", P(sig), ", HR Manager, ", PH(R, host), " / ", WE(R, sig, hostdom), "."]
    return "letter", "en", wrap(R, req, body)


@tpl(18)
def it_onboarding(R):
    lang = R.choice(["en", "en", "de", "nl", "fr", "es"])
    cult, cc, dom = {"en": ("gb", "GB", "harbourline.co.uk"), "de": ("de", "DE", "birkenwerk.io"), "nl": ("nl", "NL", "duinrand.nl"), "fr": ("fr", "FR", "opaline-conseil.fr"), "es": ("es", "ES", "grupoalcazar.es")}[lang]
    me, it = people(R, cult, 2)
    req = {"en": pick(R, ["Got this from IT on my first day, can you explain how to set up the VPN?", "Is it normal that IT emails passwords like this?"]),
           "de": pick(R, ["Das kam von der IT an meinem ersten Tag – wie richte ich das VPN ein?", "Kannst du mir die Schritte einfacher erklären?"]),
           "nl": "Kun je uitleggen hoe ik dit instel? Kreeg het van IT op mijn eerste dag.", "fr": "Tu peux m'expliquer comment configurer tout ça ? Reçu de la DSI",
           "es": "¿Me explicas cómo configurar esto? Me lo mandó IT el primer día"}[lang]
    lab = {"en": ("Welcome", "Username", "Initial password (change at first login)", "Wi-Fi", "VPN pre-shared key", "Your laptop", "Questions"),
           "de": ("Willkommen", "Benutzername", "Initialpasswort (bei erster Anmeldung ändern)", "WLAN", "VPN Pre-Shared-Key", "Dein Notebook", "Fragen"),
           "nl": ("Welkom", "Gebruikersnaam", "Tijdelijk wachtwoord", "Wifi", "VPN pre-shared key", "Je laptop", "Vragen"),
           "fr": ("Bienvenue", "Identifiant", "Mot de passe provisoire", "Wi-Fi", "Clé partagée VPN", "Ton PC portable", "Questions"),
           "es": ("Bienvenido/a", "Usuario", "Contraseña inicial", "Wi-Fi", "Clave precompartida VPN", "Tu portátil", "Dudas")}[lang]
    tok_kind = R.choice(["github_pat", "gitlab_pat", "slack_token", "aws_access_key_id", "npm_token", "jwt", "sendgrid"])
    body = [lab[0], ", ", P(me, me.given), "!\n\n", lab[1], ": ", N("u%05d" % R.randint(1, 99999), "username"), "\nE-mail: ", WE(R, me, dom),
            "\n", lab[2], ": ", S(init_password(R), "password"),
            "\n", lab[3], " \"", N(pick(R, ["HL-Staff", "BW-Intern", "DUIN-Corp", "OPAL-WIFI"]), "ssid"), "\": ", S(wifi_key(R), "wifi_key"), "  (", N(pick(R, ["Guest: see reception", "Gäste-WLAN: siehe Empfang", "gasten: zie receptie"]), "note"), ")",
            "\nVPN: ", N("vpn." + dom, "hostname"), " · ", lab[4], ": ", S(psk(R), "vpn_psk"), " · Client ", N(pick(R, ["FortiClient 7.2.4", "GlobalProtect 6.1.3", "WireGuard 0.5.3"]), "version"),
            "\nStaging token: ", SK(R, tok_kind) if tok_kind != "aws_access_key_id" else L("secret", secret_random(R, "aws_secret_access_key"), sub="aws_secret_access_key"),
            "\n", lab[5], ": ", N(pick(R, ["ThinkPad T14 Gen 4", "MacBook Pro 14\" M3", "Dell Latitude 7440"]), "device_model"), ", ", N("asset %s-%05d" % (pick(R, ["HL", "BW", "DU", "OP"]), R.randint(1, 99999)), "asset_tag"),
            ", IP ", IP(R, R.choice(["private", "private", "public"])), " (", N(pick(R, ["DHCP reservation", "10.0.0.0/8 office range", "subnet 255.255.255.0"]), "network_note"), ")",
            "\n\n", lab[6], ": ", N("servicedesk@" + dom, "role_mailbox"), ", ", N("ext. %d" % R.randint(1000, 9999), "extension"), " · ", N("INC%07d" % R.randint(1, 9999999), "ticket_number"),
            "\n— ", P(it), ", IT ", PH(R, cc)]
    return "email", lang, wrap(R, req, body)


@tpl(14)
def it_chat(R):
    lang = R.choice(["en", "en", "de", "es", "pt"])
    cult, cc = {"en": ("us", "US"), "de": ("de", "DE"), "es": ("es", "ES"), "pt": ("pt", "BR")}[lang]
    mgr, new = people(R, cult, 2)
    req = {"en": pick(R, ["I think my manager pasted a token in the team chat, what should I do?", "Summarise what I need to do from this chat"]),
           "de": "Mein Chef hat ein Token in den Chat gepostet – ist das schlimm?", "es": "Mi jefe pegó credenciales en el chat, ¿qué hago?", "pt": "Meu gestor mandou isso no chat, é seguro?"}[lang]
    ts = "2025-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28))
    kind = R.choice(["github_pat", "gitlab_pat", "slack_token", "openai", "stripe", "google_api_key", "github_fine_grained"])
    body = ["#", pick(R, ["team-platform", "onboarding", "dev-backend", "it-neuzugaenge"]), "\n[", N(ts + " 09:%02d" % R.randint(0, 59), "timestamp"), "] ", P(mgr), ": welcome ", P(new, new.given), " :wave: here's the staging key until your own access is approved: ",
            SK(R, kind), "\n[", N(ts + " 09:%02d" % R.randint(0, 59), "timestamp"), "] ", P(new), ": thanks! my dev VM is on ", IP(R, R.choice(["private", "v6", "public"])), ", db password for the shared sandbox is still ", S(init_password(R), "password"), "?",
            "\n[", N(ts + " 10:%02d" % R.randint(0, 59), "timestamp"), "] ", P(mgr), ": yes. Jira ", N("PLAT-%d" % R.randint(100, 9999), "ticket_number"), " tracks the rotation. If the VPN drops call me on ", PH(R, cc),
            "\n[", N(ts + " 10:%02d" % R.randint(0, 59), "timestamp"), "] ", N("Slackbot", "bot_name"), ": Reminder: never share credentials in public channels (policy ", N("SEC-0%d" % R.randint(10, 99), "policy_id"), ")"]
    return "chat_export", lang, wrap(R, req, body)


EMER = {
    "en": ("us", "US", "Employee emergency contact form", ["Employee", "Date of birth", "Home address", "Primary contact", "Relationship", "Phone", "Secondary contact"], "Can you check this emergency contact form?"),
    "de": ("de", "DE", "Notfallkontakte – Mitarbeiterbogen", ["Mitarbeiter/in", "Geburtsdatum", "Wohnanschrift", "1. Kontakt", "Beziehung", "Telefon", "2. Kontakt"], "Ist das Notfallformular so vollständig?"),
    "ko": ("ko", "KR", "비상연락처 등록서", ["성명", "생년월일", "주소", "비상연락인 1", "관계", "연락처", "비상연락인 2"], "비상연락처 양식 이렇게 쓰면 되나요?"),
    "ru": ("ru", "RU", "Анкета: контакты на случай ЧП", ["Сотрудник", "Дата рождения", "Адрес", "Контакт 1", "Кем приходится", "Телефон", "Контакт 2"], "Проверь, пожалуйста, анкету для отдела кадров"),
    "tr": ("tr", "TR", "Acil Durum İletişim Formu", ["Çalışan", "Doğum tarihi", "Adres", "1. kişi", "Yakınlık", "Telefon", "2. kişi"], "Bu acil durum formunu kontrol eder misin?"),
    "ja": ("ja", "JP", "緊急連絡先届", ["氏名", "生年月日", "住所", "緊急連絡先①", "続柄", "電話", "緊急連絡先②"], "緊急連絡先の書き方はこれで合っていますか？"),
    "ar": ("ar", "AE", "نموذج جهات الاتصال في حالات الطوارئ", ["الموظف", "تاريخ الميلاد", "العنوان", "جهة الاتصال الأولى", "صلة القرابة", "الهاتف", "جهة الاتصال الثانية"], "هل هذا النموذج مكتمل؟"),
}
REL = {  # (for a man, for a woman)
    "en": (["spouse", "father", "brother", "partner", "son"], ["spouse", "mother", "sister", "partner", "daughter"]),
    "de": (["Ehemann", "Vater", "Bruder", "Partner"], ["Ehefrau", "Mutter", "Schwester", "Partnerin"]),
    "ko": (["남편", "아버지", "형", "오빠"], ["아내", "어머니", "누나", "언니"]),
    "ru": (["муж", "отец", "брат"], ["жена", "мать", "сестра"]),
    "tr": (["eşi", "babası", "kardeşi"], ["eşi", "annesi", "kardeşi"]),
    "ja": (["夫", "父", "兄"], ["妻", "母", "姉"]),
    "ar": (["زوج", "أب", "أخ"], ["زوجة", "أم", "أخت"]),
}


def rel(R, lang, p):
    return R.choice(REL[lang][0] if p.sex else REL[lang][1])


@tpl(14)
def emergency_form(R):
    lang = R.choice(list(EMER))
    cult, cc, title, lab, req = EMER[lang]
    if cult in ("ko", "ja", "zh"):
        ps = []
        while len(ps) < 3:
            q = person(R, cult)
            if all(q.full != x.full and q.given != x.given for x in ps):
                ps.append(q)
        me, c1, c2 = ps
    else:
        me, c1, c2 = people(R, cult, 3)
    d = dob_date(R)
    dl = {"en": "en_us", "de": "de", "ko": "ko", "ru": "ru", "tr": "tr", "ja": "ja", "ar": "ar"}[lang]
    addr = A(R, cc) if lang != "ar" else L("address", address(R, "AE"), sub="ae")
    body = [title, "  (", N(emp_no(R), "employee_number"), ")\n", lab[0], ": ", P(me), "\n", lab[1], ": ", D(R, d, dl), "\n", lab[2], ": ", addr,
            "\n\n", lab[3], ": ", P(c1), "  ", lab[4], ": ", rel(R, lang, c1), "  ", lab[5], ": ", PH(R, cc),
            "\n", lab[6], ": ", P(c2), "  ", lab[4], ": ", rel(R, lang, c2), "  ", lab[5], ": ", PH(R, cc, plan=R.choice([None, None, "GB", "DE", "IN"]) if lang in ("en", "ar") else None),
            "\n\n", N(pick(R, ["Rev. 2024-03", "v2.1", "HR-F-017"]), "form_revision"), " · ", N(pick(R, ["Last updated 2025-02-11", "Stand: 01.2025", "2025年4月改訂"]), "form_date")]
    return "form", lang, wrap(R, req, body)


@tpl(16)
def background_check(R):
    v = R.choice(["US", "GB", "IN", "AU", "US"])
    cult = {"US": "us", "GB": "gb", "IN": "in", "AU": "gb"}[v]
    p = person(R, cult, sex=0)
    maiden = person(R, cult)
    d = dob_date(R)
    req = pick(R, ["Is it normal for a background check to ask for all this?", "Please check this consent form before I sign", "Which of these fields are mandatory? Filled version below"])
    idl = {"US": ["SSN: ", G(ssn_fmt(R), "us_ssn")], "GB": ["NI number: ", G(nino_fmt(R), "gb_nino")], "IN": ["Aadhaar: ", G(aadhaar_fmt(R), "in_aadhaar"), "   PAN: ", G(pan_make(R, p.family), "in_pan")],
           "AU": ["Passport: ", G("P" + "%07d" % R.randint(1000000, 9999999) if False else "PA%07d" % R.randint(1000000, 9999999), "passport_au")]}[v]
    dl = {"US": "en_us", "GB": "en_gb", "IN": "in", "AU": "en_gb"}[v]
    body = [N(pick(R, ["Sterling", "HireRight", "First Advantage", "AuthBridge", "Checkr"]), "vendor"), " — Background Screening Authorization (order ", N("BG-%07d" % R.randint(1, 9999999), "order_number"), ")",
            "\nFull legal name: ", P(p), "\nOther names used: ", P(maiden, "%s %s" % (p.given, maiden.family)), " (maiden name, until ", N(str(R.randint(2010, 2022)), "year"), ")",
            "\nDate of birth: ", D(R, d, dl), "\n"] + idl + [
            "\nCurrent address (since ", N(str(R.randint(2018, 2024)), "year"), "): ", A(R, v), "\nPrevious address: ", A(R, v), "\nEmail: ", E(R, p), "   Phone: ", PH(R, v),
            "\nPosition applied for: ", N(pick(R, TITLES), "job_title"), " at ", N(pick(R, ["Copperleaf Robotics", "Harbourline Analytics Ltd", "Vistara Infotech Pvt Ltd", "Wattlebird Digital Pty Ltd"]), "employer_name"),
            "\n\nSignature: ", P(p), "   Date: ", N(pick(R, ["04/11/2025", "11 April 2025", "2025-04-11"]), "date_signed")]
    return "form", "en" if v != "IN" else "in", wrap(R, req, body)


# ---------------------------------------------------------------- clean records (no labels, look-alikes only)


@tpl(22, clean=True)
def c_job_ad(R):
    lang = R.choice(["en", "de", "fr", "es", "nl", "it", "pt", "in"])
    emp = employer(R, lang if lang in EMPLOYERS else "en")
    req = {"en": "Rewrite this job ad so it's more inclusive", "de": "Kannst du diese Stellenanzeige gendergerecht umformulieren?", "fr": "Rends cette offre d'emploi plus attractive",
           "es": "Mejora esta oferta de empleo, por favor", "nl": "Maak deze vacaturetekst korter", "it": "Puoi rendere questo annuncio più chiaro?", "pt": "Melhora esse anúncio de vaga?", "in": "Make this JD crisp for Naukri"}[lang]
    role = {"en": "careers", "de": "bewerbung", "fr": "recrutement", "es": "rrhh", "nl": "werkenbij", "it": "lavoraconnoi", "pt": "vagas", "in": "careers"}[lang]
    body = [N(pick(R, TITLES), "job_title"), " (m/w/d) – ", N(req_no(R), "job_reference"), "\n", N(emp[0], "employer_name"), " · ", N(emp[1], "employer_address"),
            "\n\nWhat you'll do: own our ", N(pick(R, ["SAP HCM 6.0 EhP8", "Workday 2025R1", "Personio", "Kubernetes 1.30"]), "version"), " roadmap, report to the ", N(pick(R, ["Head of People", "CFO", "VP Engineering"]), "job_title"),
            ", work with teams in ", pick(R, ["Lisbon and Kraków", "Pune, Berlin and Austin", "Paris et Lyon", "Madrid y Sevilla"]), ".\nWhat we offer: ", N(salary(R, "band"), "salary"), ", ", N(pick(R, ["30 Tage Urlaub", "25 days holiday + bank holidays", "RTT", "14 pagas"]), "benefit"),
            ", start ", N(pick(R, ["ASAP", "01.10.2025", "Q1 2026"]), "start_date"), ".\nApply by ", N(pick(R, ["30 September 2025", "15.10.2025", "2025-11-01"]), "deadline"), " via ", N("%s@%s" % (role, emp[3]), "role_mailbox"),
            " or call ", N(emp[2], "switchboard"), ". ", N(pick(R, ["VAT GB 412 7731 06", "USt-IdNr. DE 318 442 907", "CIF B-86442107", "Company No. 09876543", "SIREN 812 443 906"]), "company_id"),
            "\nWe are proud partners of ", N(pick(R, FIRMS_LIKE_NAMES), "firm_like_name"), " and recruit graduates from ", N(pick(R, UNIS), "university"), "."]
    return "notice", lang, wrap(R, req, body)


@tpl(20, clean=True)
def c_hr_policy(R):
    lang = R.choice(["en", "en", "de", "fr", "es", "nl"])
    req = {"en": "Summarise this leave policy in 3 bullets", "de": "Fasse die Urlaubsregelung kurz zusammen", "fr": "Résume cette politique de congés", "es": "Resume esta política de vacaciones", "nl": "Vat dit verlofbeleid samen"}[lang]
    lines = [("Policy ", N("HR-POL-%03d" % R.randint(1, 200), "policy_id"), " v", N("%d.%d" % (R.randint(1, 6), R.randint(0, 9)), "version"), ", effective ", N("2025-%02d-01" % R.randint(1, 12), "effective_date")),
             ("Notice periods: ", N(pick(R, ["1 month in probation, 3 months after", "4 Wochen zum 15. oder Monatsende", "préavis de 2 mois"]), "notice_period")),
             ("Annual leave: ", N(pick(R, ["28 days", "30 Arbeitstage", "25 jours ouvrés", "23 días laborables"]), "leave_days"), "; carry-over until ", N("31 March", "deadline")),
             ("Payroll runs on the ", N(pick(R, ["25th", "last working day", "27."]), "pay_date"), "; cut-off ", N("the 15th", "deadline"), ". Questions: ", N(pick(R, ["payroll@harbourline.co.uk", "hr@duinrand.nl", "benefits@copperleaf.ai"]), "role_mailbox")),
             ("Grace period for timesheets: ", N("48 h", "duration"), ". Will managers please approve by Monday. Mark urgent cases in ", N("ServiceNow HR %s" % pick(R, ["Washington DC", "Xanadu", "Yokohama"]), "software_release"), "."),
             ("Sick pay: ", N(pick(R, ["SSP £118.75/week", "6 Wochen Entgeltfortzahlung", "3 jours de carence"]), "benefit"), ". Occupational health via ", N(pick(R, ["Robert Half", "Hays", "Michael Page"]) if False else pick(R, ["Medigold", "ArboNed", "B·A·D GmbH"]), "provider"), "."),
             ("Parental leave: up to ", N(pick(R, ["52 weeks", "3 Jahre Elternzeit", "16 semaines"]), "duration"), "; Summer hours from ", N("June to August", "period"), "."),
             ("Ticket ", N("HRSD-%d" % R.randint(1000, 99999), "ticket_number"), " tracks the rollout; switchboard ", N(pick(R, ["+44 161 496 0000", "+49 421 3370 0", "01 40 00 00 00"]), "switchboard"), ".")]
    R.shuffle(lines)
    body = []
    for ln in lines[:R.randint(5, 8)]:
        body += ["• "] + list(ln) + ["\n"]
    return "notes", lang, wrap(R, req, body[:-1])


@tpl(18, clean=True)
def c_interview_prep(R):
    req = pick(R, ["Give me model answers for these interview questions", "Which of these questions are illegal to ask in an interview?", "Help me prepare for this panel interview", "Translate these questions to German"])
    qs = ["Tell us about a time you disagreed with your manager.", "Why do you want to leave your current role after %s?" % N("3 years", "duration").text,
          "What did you learn from %s's book on leadership?" % pick(R, ["Satya Nadella", "Sheryl Sandberg", "Simon Sinek", "Brené Brown"]),
          "How would you handle a salary band of %s?" % salary(R, "band"), "Walk us through ticket %s end to end." % ("INC%07d" % R.randint(1, 9999999)),
          "Are you planning to have children?  <- is this allowed?", "Where do you see yourself in %d?" % R.randint(2027, 2032),
          "What's your notice period? (we need someone by %s)" % pick(R, ["1 March", "Q3", "01.07."]), "Have you used %s?" % pick(R, ["Python 3.12", "Workday 2024R2", "SAP S/4HANA 2023", "React 18.3"]),
          "Which %s case study did you prepare?" % pick(R, ["Boston Consulting Group", "Roland Berger", "Arthur D. Little", "Simon-Kucher"]),
          "How did %s change recruiting at %s?" % (pick(R, ["LinkedIn Recruiter 2.0", "Greenhouse", "Personio"]), pick(R, ["Hugo Boss", "Marks & Spencer", "Johnson & Johnson", "Louis Vuitton"]))]
    R.shuffle(qs)
    body = ["Panel: Head of Product, Senior Engineer, HR Business Partner — Room ", N(pick(R, ["Curie", "Turing", "Hopper", "Lovelace"]), "room_name"), ", ", N("%02d:%02d" % (R.randint(9, 16), R.choice([0, 15, 30, 45])), "time"), "\n"]
    figures = ("Nadella", "Sandberg", "Sinek", "Brown", "Boston", "Berger", "Little", "Kucher", "Boss", "Spencer", "Johnson", "Vuitton")
    for i, q in enumerate(qs[:R.randint(5, 8)]):
        body += ["%d. " % (i + 1), N(q, "public_figure_or_firm" if any(f in q for f in figures) else "interview_question"), "\n"]
    return "list", "en", wrap(R, req, body)


@tpl(20, clean=True)
def c_onboarding_template(R):
    lang = R.choice(["en", "de", "fr", "nl"])
    req = {"en": "Turn this onboarding template into a checklist", "de": "Mach aus der Vorlage eine Checkliste für neue Kolleg:innen", "fr": "Transforme ce modèle en checklist d'arrivée", "nl": "Maak hier een checklist van voor nieuwe collega's"}[lang]
    samp = [("Name: ", N(pick(R, ["Max Mustermann", "Erika Musterfrau", "Jane Doe", "John Q. Public", "Jean Dupont (exemple)", "Jan Modaal"]), "sample_name")),
            ("Address: ", N(pick(R, ["Musterstraße 1, 12345 Musterstadt", "123 Main Street, Anytown, ST 00000", "1 rue de l'Exemple, 00000 Ville"]), "sample_address")),
            ("SSN / NI: ", N(pick(R, ["000-00-0000", "XXX-XX-1234", "QQ 12 34 56 C", "AB 00 00 00 A"]), "sample_id")),
            ("IBAN: ", N(pick(R, ["DE00 0000 0000 0000 0000 00", "<your IBAN>", "NLxx BANK 0123 4567 89", "FR76 XXXX XXXX XXXX XXXX XXXX XXX"]), "sample_iban")),
            ("Initial password: ", N(pick(R, ["<set by IT>", "${INITIAL_PASSWORD}", "********", "(sent by SMS)"]), "secret_placeholder")),
            ("VPN key: ", N(pick(R, ["{{ vpn_psk }}", "$VPN_PSK", "<redacted>", "ghp_xxxxxxxxxxxxxxxxxxxx"]), "secret_placeholder")),
            ("Example laptop IP: ", N(pick(R, ["192.0.2.15", "198.51.100.23", "203.0.113.77", "2001:db8::42"]), "documentation_ip"), " (", N(pick(R, ["10.20.0.0/16", "172.16.0.0/12", "192.168.0.0/24"]), "cidr"), " office range, DNS ", N(pick(R, ["1.1.1.1", "9.9.9.9", "8.8.8.8"]), "public_resolver"), ")"),
            ("Test card for travel tool: ", N(pick(R, ["4111 1111 1111 1111", "5555 5555 5555 4444", "3782 822463 10005"]), "test_card")),
            ("Employee ID: ", N("E" + "0" * 5, "sample_id"), " · Cost centre: ", N(cost_centre(R), "cost_centre")),
            ("Phone: ", N(pick(R, ["+49 30 123456789 (Beispiel)", "(555) 555-5555", "+44 20 7946 0000", "06 00 00 00 00"]), "sample_phone")),
            ("Helpdesk: ", N(pick(R, ["it-helpdesk@birkenwerk.io", "servicedesk@duinrand.nl", "helpdesk@harbourline.co.uk"]), "role_mailbox"), " · ", N("ext. 4400", "extension"))]
    R.shuffle(samp)
    body = ["ONBOARDING TEMPLATE ", N("v%d.%d.%d" % (R.randint(1, 4), R.randint(0, 9), R.randint(0, 20)), "version"), " — do not fill in, copy first!\n"]
    for s in samp[:R.randint(6, 10)]:
        body += list(s) + ["\n"]
    return "config", lang, wrap(R, req, body[:-1])


@tpl(20, clean=True)
def c_hris_log(R):
    req = pick(R, ["Why does this payroll import keep failing?", "What do these Workday integration errors mean?", "Can you explain this SuccessFactors sync log?", "Warum bricht der Lohnimport ab?"])
    body = []
    for i in range(R.randint(6, 11)):
        ts = "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))
        msg = pick(R, ["INFO  sync worker=%s employees=%d" % (emp_no(R), R.randint(10, 900)),
                       "WARN  employee_id=%s cost_center=%s missing grade_band" % (emp_no(R), "CC-%d" % R.randint(100, 9999)),
                       "ERROR payroll_run=%s status=FAILED code=PAY-%03d" % ("PR-2025-%02d" % R.randint(1, 12), R.randint(1, 999)),
                       "INFO  req=%s stage=OFFER_ACCEPTED" % req_no(R),
                       "DEBUG connector v%d.%d.%d build %d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 9), R.randint(1000, 9999)),
                       "WARN  bank_ref=DE** **** **** **** %s masked" % dig(R, 4), "INFO  ticket=INC%07d closed by svc_hris" % R.randint(1, 9999999),
                       "ERROR ssn_last4=***-**-%s validation=skipped" % dig(R, 4), "INFO  effective_date=2025-%02d-01 comp_change=+%.1f%%" % (R.randint(1, 12), R.uniform(1, 9)),
                       "INFO  source=10.%d.0.0/16 upstream=hris-api.internal:8443" % R.randint(1, 250)])
        body += [N(ts, "timestamp"), " ", N(msg, "log_line"), "\n"]
    return "log", "en", wrap(R, req, body[:-1])


@tpl(18, clean=True)
def c_salary_csv(R):
    req = pick(R, ["Which of these roles is underpaid compared to market?", "Make a chart-ready table from this salary benchmark", "Calcula la media por ciudad", "Welche Stelle liegt unter dem Median?"])
    cities = ["Berlin", "München", "Paris", "Madrid", "Amsterdam", "Milano", "Lisboa", "Warszawa", "London", "Dublin", "Bengaluru", "São Paulo", "Austin", "Tokyo"]
    body = ["job_code,title,city,band,p25,median,p75,currency,updated\n"]
    for i in range(R.randint(5, 9)):
        k = R.randint(35, 140)
        body += [N("JC-%04d" % R.randint(1, 9999), "job_code"), ",", N(pick(R, TITLES), "job_title"), ",", pick(R, cities), ",", N(pick(R, ["P2", "P3", "E4", "L5", "M1"]), "grade_band"),
                 ",", N("%d000,%d000,%d000" % (k, k + 8, k + 17), "amount"), ",", pick(R, ["EUR", "GBP", "USD", "INR", "BRL", "JPY"]), ",", N("2025-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)), "iso_date"), "\n"]
    return "csv", "en", wrap(R, req, body[:-1])


@tpl(18, clean=True)
def c_masked_docs(R):
    lang = R.choice(["en", "de", "fr", "es", "it", "in"])
    req = {"en": "Is it safe to share this payslip summary with my landlord?", "de": "Kann ich die geschwärzte Abrechnung so dem Vermieter schicken?", "fr": "Je peux envoyer ça à mon propriétaire ?",
           "es": "¿Puedo mandar esta nómina tachada a la inmobiliaria?", "it": "Posso mandare questo cedolino oscurato all'agenzia?", "in": "Is this masked salary slip ok to send to the bank?"}[lang]
    items = [("Employee: ", N(pick(R, ["[REDACTED]", "████████", "J*** D***", "XXXXX"]), "masked_name")),
             ("IBAN: ", N(pick(R, ["DE** **** **** **** **44 17", "FR76 **** **** **** **** **** 321", "ES** **** **** ** **********", "IT** X *****"]), "masked_iban")),
             ("Card: ", N(pick(R, ["**** **** **** 4417", "XXXX-XXXX-XXXX-0093", "•••• 7721"]), "masked_card")),
             ("ID: ", N(pick(R, ["***-**-4417", "XXXX XXXX 8812", "AB ** ** ** C", "*** *** *** 07", "2 ** ** ** *** *** 52"]), "masked_id")),
             ("Net pay: ", N(pick(R, ["3.214,55 €", "£2,847.10", "₹84,300", "2 904,12 €"]), "amount")),
             ("Pay period: ", N(pick(R, ["01.03.–31.03.2025", "April 2025", "mars 2025"]), "pay_period")),
             ("Employer: ", N(pick(R, ["Nordlicht Logistik GmbH", "Harbourline Analytics Ltd", "Maison Verlaine SAS", "Vistara Infotech Pvt Ltd"]), "employer_name")),
             ("Employer address: ", N(pick(R, ["Am Speicher 4, 28217 Bremen", "14 quai de Bacalan, 33300 Bordeaux", "Via Tortona 31, 20144 Milano"]), "employer_address")),
             ("Employee no.: ", N(emp_no(R), "employee_number")), ("Tax code: ", N(pick(R, ["1257L", "Steuerklasse IV", "PAS 7,2 %"]), "tax_code"))]
    R.shuffle(items)
    body = []
    for it_ in items[:R.randint(6, 9)]:
        body += list(it_) + ["\n"]
    return "payslip", lang, wrap(R, req, body[:-1])


@tpl(20, clean=True)
def c_name_words(R):
    lang = R.choice(["en", "en", "de", "fr", "es", "nl"])
    req = {"en": "Make this team update less clunky", "de": "Formuliere das Team-Update freundlicher", "fr": "Rends ce message d'équipe plus clair", "es": "Mejora este mensaje al equipo", "nl": "Maak deze teamupdate korter"}[lang]
    pool = {"en": ["Will the new hire start before Christmas?", "Grant access to the payroll folder for the April cycle.", "Mark the candidate as 'offer sent' in Greenhouse.",
                   "Frank feedback from the panel: strong on SQL, weak on stakeholder mgmt.", "Bill the recruiting fee to cost centre CC-4410.", "Rich text won't render in the ATS.",
                   "Summer interns arrive in June; May is fully booked.", "Sterling work on the reorg, everyone.", "Hope the board approves band L5.", "Joy from Facilities will sort badges. (Joy is the team, not a person.)",
                   "Carol singing at the Christmas party is optional.", "Dean's list graduates get priority.", "Jack up the referral bonus to £2,000?", "Rose to Senior in two years."],
            "de": ["Ernst gemeint: die Probezeit endet am 31.10.", "Frank und frei: das Gehaltsband ist zu niedrig.", "Kai-Anlage in Hamburg wird neuer Standort.", "Die Hansestadt zahlt Ballungsraumzulage.",
                   "Mark Twain-Zitat im Recruiting-Video bitte raus.", "Rosenmontag ist kein Feiertag, aber brückentagsfähig.", "Sonnenschein-Bonus? Nein, Jahresbonus Q4."],
            "fr": ["Pierre angulaire du projet : le nouveau SIRH.", "Rose et vert seront les couleurs du salon de recrutement.", "Martin-pêcheur est le nom de la salle 3.", "Claire consigne : badge obligatoire dès lundi."],
            "es": ["Esperanza es que aprueben la banda salarial.", "Rosario de correos sin respuesta en RRHH...", "Dolores de cabeza con las nóminas de marzo.", "Pilar fundamental: onboarding en 30 días.", "Consuelo: el lunes es festivo en Madrid."],
            "nl": ["Wil de nieuwe collega al voor kerst beginnen?", "Mark de kandidaat als 'aangenomen'.", "Roos en Lelie zijn de vergaderzalen op 2.", "Hoop dat de cao-verhoging in juli komt."]}[lang]
    xs = list(pool)
    R.shuffle(xs)
    body = []
    for s in xs[:R.randint(3, min(6, len(xs)))]:
        body += ["- ", N(s, "name_as_word"), "\n"]
    body += ["(", N(req_no(R), "job_reference"), ", ", N(pick(R, ["Hays", "Randstad", "Adecco", "Korn Ferry", "Robert Half"]), "firm_like_name"), " invoice ", N("INV-%06d" % R.randint(1, 999999), "invoice_number"), ")"]
    return "notes", lang, wrap(R, req, body)


@tpl(22, clean=True)
def c_cjk_hr(R):
    lang = R.choice(["ja", "zh", "ko", "ru", "tr", "ar", "hi", "pl", "sv"])
    req = {"ja": "この求人票を英語に翻訳してください", "zh": "帮我把这个招聘启事改得更吸引人", "ko": "이 채용공고를 더 매력적으로 바꿔 주세요", "ru": "Сделай эту вакансию короче",
           "tr": "Bu iş ilanını kısaltır mısın?", "ar": "حسّن إعلان الوظيفة هذا", "hi": "इस नौकरी के विज्ञापन को आसान भाषा में लिखो", "pl": "Skróć to ogłoszenie o pracę", "sv": "Gör jobbannonsen kortare"}[lang]
    content = {
        "ja": ["求人番号 ", N("%d-%05d" % (R.randint(13000, 13999), R.randint(1, 99999)), "job_reference"), "\n職種：", N("社内SE", "job_title"), "　年収：", N(salary(R, "jpy"), "salary"),
               "\n勤務地：", N("東京都千代田区丸の内1-1-1 丸の内テラス12階", "employer_address"), "（本社）\n応募先：", N("saiyo@minato-systems.co.jp", "role_mailbox"), "　代表 ", N("03-0000-0000", "switchboard"),
               "\n選考：書類 → 一次面接（", N("2025年%d月%d日" % (R.randint(1, 12), R.randint(1, 28)), "interview_time"), "）→ 最終", "\n法人番号 ", N("%013d" % R.randint(0, 10 ** 13 - 1), "company_id")],
        "zh": ["职位编号：", N("JD%07d" % R.randint(1, 9999999), "job_reference"), "\n岗位：", N("高级Java工程师", "job_title"), "　薪资：", N(salary(R, "cny"), "salary"),
               "\n公司地址：", N("北京市海淀区中关村大街1号 科技大厦8层", "employer_address"), "\n简历投递：", N("hr-cn@xinghe-data.cn", "role_mailbox"), "　统一社会信用代码 ", N("91110108MA0%07dX" % R.randint(0, 9999999), "company_id"),
               "\n毕业于", N(pick(R, ["清华大学", "北京大学", "浙江大学"]), "university"), "者优先，", N("2026届", "graduation_year"), "应届生可投递"],
        "ko": ["공고번호 ", N("%d-%04d" % (R.randint(2024, 2025), R.randint(1, 9999)), "job_reference"), "\n직무: ", N("백엔드 개발자", "job_title"), " / 연봉 ", N("%d만원~" % R.randint(4000, 8000), "salary"),
               "\n근무지: ", N("서울특별시 강남구 테헤란로 123, 15층", "employer_address"), "\n지원: ", N("recruit@hanbit-sw.co.kr" if False else "talent@hanbit-sw.co.kr", "role_mailbox"), " · 사업자등록번호 ", N("%03d-%02d-%05d" % (R.randint(100, 999), R.randint(10, 99), R.randint(0, 99999)), "company_id")],
        "ru": ["Вакансия № ", N("%d" % R.randint(100000, 999999), "job_reference"), "\nДолжность: ", N("бухгалтер по расчёту заработной платы", "job_title"), "\nЗарплата: ", N("от %d 000 ₽" % R.randint(60, 200), "salary"),
               "\nАдрес офиса: ", N("г. Москва, Пресненская наб., д. 12, офис 4417", "employer_address"), "\nРезюме: ", N("hr@severny-veter.ru", "role_mailbox"), " · ИНН ", N("77%08d" % R.randint(0, 99999999), "company_id")],
        "tr": ["İlan no: ", N("%d" % R.randint(1000000, 9999999), "job_reference"), "\nPozisyon: ", N("İK Uzmanı", "job_title"), " · Maaş: ", N("%d.000 TL" % R.randint(30, 120), "salary"),
               "\nAdres: ", N("Büyükdere Cad. No: 185, 34394 Şişli/İstanbul", "employer_address"), "\nBaşvuru: ", N("kariyer@anadolu-lojistik.com.tr" if False else "ik@anadolu-lojistik.com.tr", "role_mailbox"), " · Mersis ", N("0%015d" % R.randint(0, 10 ** 15 - 1), "company_id")],
        "ar": ["رقم الوظيفة: ", N("%d" % R.randint(10000, 99999), "job_reference"), "\nالمسمى الوظيفي: ", N("محاسب أول", "job_title"), "\nالراتب: ", N("%d,000 درهم" % R.randint(8, 40), "salary"),
               "\nالعنوان: ", N("برج الأعمال، الطابق 14، شارع الشيخ زايد، دبي", "employer_address"), "\nللتقديم: ", N("careers@alwaha-trading.ae", "role_mailbox")],
        "hi": ["विज्ञापन संख्या: ", N("%d/%d" % (R.randint(1, 99), R.randint(2024, 2025)), "job_reference"), "\nपद: ", N("लेखा सहायक", "job_title"), " · वेतन: ", N(salary(R, "inr"), "salary"),
               "\nपता: ", N("टावर बी, साइबर ग्रीन्स, गुरुग्राम 122002", "employer_address"), "\nआवेदन: ", N("jobs-in@vistarainfotech.in", "role_mailbox")],
        "pl": ["Nr ogłoszenia: ", N("REK/%d/%03d" % (R.randint(2024, 2025), R.randint(1, 999)), "job_reference"), "\nStanowisko: ", N("Specjalista ds. płac", "job_title"), " · ", N("%d 000–%d 000 zł brutto" % (R.randint(6, 9), R.randint(10, 14)), "salary"),
               "\nAdres: ", N("ul. Grzegórzecka 67, 31-559 Kraków", "employer_address"), "\nCV: ", N("rekrutacja@wisla-components.pl", "role_mailbox"), " · NIP ", N("%03d-%03d-%02d-%02d" % (R.randint(100, 999), R.randint(0, 999), R.randint(0, 99), R.randint(0, 99)), "company_id")],
        "sv": ["Annons-ID: ", N("%d" % R.randint(10000000, 99999999), "job_reference"), "\nTjänst: ", N("Lönespecialist", "job_title"), " · Lön: ", N("%d 000 kr/mån" % R.randint(32, 70), "salary"),
               "\nAdress: ", N("Sveavägen 44, 111 34 Stockholm", "employer_address"), "\nAnsök: ", N("jobb@norrsken-bygg.se", "role_mailbox"), " · Org.nr ", N("556%03d-%04d" % (R.randint(0, 999), R.randint(0, 9999)), "company_id")],
    }[lang]
    return "notice", lang, wrap(R, req, content)


@tpl(22, clean=True)
def c_it_runbook(R):
    req = pick(R, ["Explain this new-starter IT runbook step by step", "Is this VPN config template correct?", "Warum klappt die Anmeldung nicht? Anleitung unten", "Simplify this for non-technical new hires"])
    body = ["# New starter laptop setup (", N("KB%07d" % R.randint(1, 9999999), "kb_article"), ", ", N("rev %d" % R.randint(2, 40), "version"), ")\n",
            "1. Connect to ", N(pick(R, ["HL-Guest", "BW-Onboarding", "DUIN-Setup"]), "ssid"), " (password on the sticker, not here).\n",
            "2. Install ", N(pick(R, ["FortiClient 7.2.4", "GlobalProtect 6.2.1", "Cisco Secure Client 5.1.2.42"]), "version"), "; server ", N(pick(R, ["vpn.example.com", "vpn.example.org"]), "example_host"),
            ", PSK ", N(pick(R, ["<from-IT>", "${VPN_PSK}", "****"]), "secret_placeholder"), ".\n",
            "3. You should get an address in ", N(pick(R, ["10.40.0.0/16", "172.20.0.0/14", "192.168.100.0/22"]), "cidr"), " — e.g. ", N(pick(R, ["192.0.2.41", "198.51.100.7", "203.0.113.200"]), "documentation_ip"),
            " in this doc. Gateway ", N(pick(R, ["192.0.2.1", "198.51.100.1", "203.0.113.1"]), "documentation_ip"), ", mask ", N("255.255.252.0", "netmask"), ", DNS ", N(pick(R, ["1.1.1.1", "9.9.9.9"]), "public_resolver"), ".\n",
            "4. Set GITHUB_TOKEN=", N(pick(R, ["${{ secrets.GITHUB_TOKEN }}", "ghp_************************************", "<your-token>"]), "secret_placeholder"), " in ~/.bashrc — never paste real tokens in Slack.\n",
            "5. Raise ", N("REQ%07d" % R.randint(1, 9999999), "ticket_number"), " if MFA fails; Intune compliance ", N(pick(R, ["v2408", "2025.03.1"]), "version"), ". Contact ", N("it-helpdesk@birkenwerk.io", "role_mailbox"), " / ", N("ext. 4400", "extension"), ".\n",
            "Last edited ", N("2025-%02d-%02d %02d:%02d UTC" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59)), "timestamp"), " by the Service Desk team."]
    return "code", "en", wrap(R, req, body)


# ================================================================ rules of the part

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])")
DIGITRUN_RE = re.compile(r"(?<!\d)\d(?:[ \-\u00a0]?\d){11,18}(?!\d)")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,30}")
VERSION_LIKE = {"3.1.30.112", "5.1.2.42"}   # four-part version numbers placed as look-alikes
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]


def covered(rec, s, e, types=None):
    for sp in rec["spans"]:
        if sp["start"] <= s and e <= sp["end"] and (types is None or sp["type"] in types):
            return True
    return False


def name_words(value):
    out = []
    for w in re.split(r"[\s,]+", value):
        w = w.strip(".()")
        if len(w) >= 2 and w not in PARTICLES and not w.islower():
            out.append(w)
    return out


def CJK(s):
    return any("\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in s)


def rule_errors(rec, clean):
    t = rec["text"]
    errs = []
    if clean and rec["spans"]:
        errs.append("clean with labels")
    if not clean and not rec["spans"]:
        errs.append("labelled without labels")
    if not 120 <= len(t) <= 2200:
        errs.append("length %d" % len(t))
    for m in EMAIL_RE.finditer(t):
        local = m.group(0).split("@")[0].lower()
        if not covered(rec, m.start(), m.end(), ("email",)) and local not in ROLE_LOCALS and "example." not in m.group(0):
            errs.append("email outside label " + m.group(0))
    for m in IPV4_RE.finditer(t):
        if covered(rec, m.start(), m.end(), ("ip",)):
            continue
        if any(int(x) > 255 or (len(x) > 1 and x[0] == "0") for x in m.groups()) or covered(rec, m.start(), m.end()) or m.group(0) in VERSION_LIKE:
            continue
        ip = ipaddress.ip_address(m.group(0))
        nxt = t[m.end():m.end() + 1]
        if nxt == "/" or m.group(0).startswith("255.") or ip in ("1.1.1.1", "8.8.8.8", "9.9.9.9") or str(ip) in ("1.1.1.1", "8.8.8.8", "9.9.9.9") \
                or any(ip in n for n in DOC_NETS) or ip.is_loopback:
            continue
        errs.append("ip outside label " + m.group(0))
    for m in DIGITRUN_RE.finditer(t):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d) and d.strip("0") and not covered(rec, m.start(), m.end(), ("card",)) and "test_card" not in rec.get("neg", []):
            if not covered(rec, m.start(), m.end()):
                errs.append("luhn-valid number outside a card label " + m.group(0))
    for m in IBAN_RE.finditer(t):
        v = re.sub(r"[ \u00a0]", "", m.group(0))
        for n in range(len(v), 14, -1):
            c = v[:n]
            if c[:2] in IBAN_LEN and len(c) == IBAN_LEN[c[:2]] and iban_mod97(c) == 1 and not covered(rec, m.start(), m.end(), ("iban",)):
                errs.append("valid iban outside label " + c)
    pspans = [sp for sp in rec["spans"] if sp["type"] == "person"]
    for sp in pspans:
        v = sp["value"]
        if CJK(v):
            words = [v]
        else:
            words = name_words(v)
        for w in set(words):
            forms = {w, w.upper(), w.title()} if not CJK(w) else {w}
            for f in forms:
                pat = re.escape(f) if CJK(f) else r"(?<!\w)" + re.escape(f) + r"(?!\w)"
                for m in re.finditer(pat, t):
                    if not covered(rec, m.start(), m.end(), ("person",)):
                        errs.append("name word %r outside person label" % f)
    return errs


GOV_CHECKS = {
    "us_ssn": lambda v: ssn_valid(int(re.sub(r"\D", "", v)[:3]), int(re.sub(r"\D", "", v)[3:5]), int(re.sub(r"\D", "", v)[5:])) and len(re.sub(r"\D", "", v)) == 9,
    "gb_nino": lambda v: re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v.replace(" ", "")) is not None and v.replace(" ", "")[:2] not in NINO_BAD_PREFIX,
    "de_steuerid": lambda v: steuerid_ok(v.replace(" ", "")),
    "de_rvnr": rvnr_ok,
    "fr_nir": lambda v: nir_ok(v.replace(" ", "")[:13], v.replace(" ", "")[13:]),
    "es_dni": lambda v: DNI_LETTERS[int(re.sub(r"\D", "", v)) % 23] == v[-1],
    "es_nie": lambda v: nie_ok(v.replace("-", "")),
    "es_nuss": nuss_ok,
    "it_cf": cf_ok,
    "nl_bsn": lambda v: bsn_ok(v.replace(".", "")),
    "in_aadhaar": lambda v: verhoeff_ok(re.sub(r"\D", "", v)) and len(re.sub(r"\D", "", v)) == 12,
    "in_pan": lambda v: re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", v) is not None,
    "br_cpf": lambda v: cpf_ok(re.sub(r"\D", "", v)),
    "pl_pesel": pesel_ok,
    "tr_tckn": tckn_ok,
    "cn_resident_id": cnid_ok,
    "jp_my_number": mynumber_ok,
    "jp_pension_number": lambda v: re.fullmatch(r"\d{4}-\d{6}", v) is not None,
    "pt_nif": ptnif_ok,
    "se_personnummer": sepnr_ok,
}


def value_errors(rec):
    errs = []
    for sp in rec["spans"]:
        v, sub = sp["value"], sp.get("sub", "")
        if sp["type"] == "gov_id":
            if sub.startswith("passport_"):
                if not re.fullmatch(r"[A-Z0-9 ]{7,10}", v):
                    errs.append("passport format " + v)
            elif sub not in GOV_CHECKS or not GOV_CHECKS[sub](v):
                errs.append("gov id check %s %s" % (sub, v))
        elif sp["type"] == "card":
            d = re.sub(r"\D", "", v)
            if not luhn_ok(d) or not 12 <= len(d) <= 19:
                errs.append("card " + v)
        elif sp["type"] == "iban":
            c = re.sub(r"[ \u00a0]", "", v).upper()
            if iban_mod97(c) != 1 or len(c) != IBAN_LEN[c[:2]]:
                errs.append("iban " + v)
        elif sp["type"] == "ip":
            ip = ipaddress.ip_address(v)
            if any(ip in n for n in DOC_NETS) or ip.is_loopback:
                errs.append("documentation ip labelled " + v)
        elif sp["type"] == "phone":
            if "region" not in sp:
                errs.append("phone without region")
    return errs


# ================================================================ generation


def generate():
    R = random.Random(SEED)
    cands = []   # (tpl index, record-without-id)
    for ti, (name, count, clean, fn) in enumerate(TPLS):
        for k in range(3 * count + 6):
            form, lang, parts = fn(R)
            rec = build("tmp", form, lang, parts)
            rec["_t"] = ti
            cands.append(rec)
    phones = sorted({(sp["value"], sp["region"], sp.get("plan", "")) for r in cands for sp in r["spans"] if sp["type"] == "phone"})
    bad = pv_check(phones)
    if bad is None:
        sys.exit("phone validator /tmp/pv/pv missing: cannot generate")
    badset = {tuple(ln.split("\t")[1:3]) for ln in bad}
    kept = {i: [] for i in range(len(TPLS))}
    seen = set()
    dropped = Counter()
    for r in cands:
        ti = r["_t"]
        name, count, clean, fn = TPLS[ti]
        if len(kept[ti]) >= count:
            continue
        check_record(r)
        errs = rule_errors(r, clean) + value_errors(r)
        if any((sp["value"], sp["region"]) in badset for sp in r["spans"] if sp["type"] == "phone"):
            errs.append("phone rejected by libphonenumber")
        if r["text"] in seen:
            errs.append("repeated text")
        if errs:
            dropped[errs[0].split(" ")[0] + " " + name] += 1
            continue
        seen.add(r["text"])
        kept[ti].append(r)
    recs = []
    for ti, (name, count, clean, fn) in enumerate(TPLS):
        if len(kept[ti]) < count:
            sys.exit("template %s: only %d of %d kept" % (name, len(kept[ti]), count))
        recs += kept[ti]
    RS = random.Random(SHUFFLE_SEED)
    RS.shuffle(recs)
    out = []
    for i, r in enumerate(recs):
        rr = {"id": "%s%05d" % (PREFIX, i)}
        for k in ("form", "lang", "text", "spans", "neg"):
            if k in r:
                rr[k] = r[k]
        out.append(rr)
    return out, dropped, len(badset)


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def check():
    with open(OUT, encoding="utf-8") as f:
        data = f.read()
    recs = [json.loads(ln) for ln in data.splitlines()]
    assert len(recs) == 800, len(recs)
    clean = [r for r in recs if not r["spans"]]
    assert len(clean) == 200, len(clean)
    ids = [r["id"] for r in recs]
    assert ids == ["%s%05d" % (PREFIX, i) for i in range(800)], "ids"
    phones = set()
    nlab = 0
    for r in recs:
        check_record(r)
        errs = rule_errors(r, not r["spans"]) + value_errors(r)
        assert not errs, (r["id"], errs)
        nlab += len(r["spans"])
        for sp in r["spans"]:
            if sp["type"] == "phone":
                phones.add((sp["value"], sp["region"], sp.get("plan", "")))
    bad = pv_check(sorted(phones))
    assert bad is not None, "phone validator /tmp/pv/pv missing"
    assert not bad, bad[:5]
    regen, _, _ = generate()
    assert dumps(regen) == data, "regenerating does not give the file byte for byte"
    types = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("OK heldout22.jsonl: %d records, %d clean, %d labels (%s), %d distinct phones valid per libphonenumber, checksums and name-word rule verified, regenerated byte for byte"
          % (len(recs), len(clean), nlab, ", ".join("%s %d" % kv for kv in types.most_common()), len(phones)))


def stats():
    with open(OUT, encoding="utf-8") as f:
        recs = [json.loads(ln) for ln in f]
    types = Counter(sp["type"] for r in recs for sp in r["spans"])
    subs = Counter("%s:%s" % (sp["type"], sp.get("sub", "")) for r in recs for sp in r["spans"])
    forms = Counter(r["form"] for r in recs)
    langs = Counter(r["lang"] for r in recs)
    negs = Counter(t for r in recs for t in r.get("neg", []))
    regions = Counter(sp["region"] + ("/" + sp["plan"] if "plan" in sp else "") for r in recs for sp in r["spans"] if sp["type"] == "phone")
    print("records %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if not r["spans"]), sum(types.values())))
    for title, c in (("types", types), ("subtypes", subs), ("forms", forms), ("languages", langs), ("phone regions", regions), ("hard-negative tags (records)", negs)):
        print("\n%s (%d):" % (title, len(c)))
        print("  " + ", ".join("%s %d" % kv for kv in c.most_common()))
    lens = sorted(len(r["text"]) for r in recs)
    print("\ntext length min %d median %d max %d; labels across a line break %d" % (lens[0], lens[len(lens) // 2], lens[-1],
          sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"])))


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--check":
        check()
    elif len(sys.argv) > 1 and sys.argv[1] == "--stats":
        stats()
    else:
        recs, dropped, nbad = generate()
        write_jsonl(OUT, recs)
        print("wrote %s: %d records; phones rejected by libphonenumber among candidates: %d; dropped in order: %s" % (OUT, len(recs), nbad, dict(dropped)))


if __name__ == "__main__":
    main()
