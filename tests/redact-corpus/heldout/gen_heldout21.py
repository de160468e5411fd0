#!/usr/bin/python3
"""Held-out part 21 of the redaction corpus (heldout21.jsonl).

Written by a nineteenth helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions and the lists of what parts 1-20 hold),
lines 1-60 of gen_heldout20.py (header and imports) and its function
`pv_check`, and, outside the repository, the source of the phone validator
/tmp/pv/pv.cc (it ran /tmp/pv/pv by hand once on seven test numbers and
otherwise through `pv_check`); not the redactor, its docs, its tests, the
other generators' bodies or any .jsonl data file (it read samples of its own
output only). It ran no project binary, no make, no cmake/ctest and no git
command, and it did not score this file.
Started 11:59:02 UTC on 2026-12-03 (`date -u`); the end time is in
heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 20's header.

Theme: MONEY. What people paste into an AI assistant about their money,
purchases and bills, from many countries: banking (statements, transfer
confirmations, standing orders and SEPA mandates, loan and mortgage offers,
account opening forms, KYC requests, chargeback and fraud disputes),
payments (card receipts, terminal slips, PayPal/Wise/Revolut/UPI/Pix/M-Pesa/
GCash confirmations, QR payments, crypto exchange withdrawals), shopping and
deliveries (order confirmations, invoices with VAT ids, delivery and
failed-delivery notices, returns and refunds, marketplace messages), bills
and contracts (utility bills, phone contracts, insurance, rent and deposit
receipts, tax refund letters, payslips), travel bookings (e-tickets, hotel
folios, car-rental agreements with driving licences) and small-business
paperwork (freelancer invoices, expense reports, supplier onboarding). Each
record carries a request line in the text's language. Hard negatives of the
theme everywhere: order, invoice, tracking, booking, policy, contract,
customer and meter numbers, transaction ids, UTR/RRN/ARN, BICs, sort codes
and routing numbers, masked cards, expiry dates and CVCs, amounts, VAT and
company numbers, flight numbers, seats, loyalty and gift-card codes, IMEIs,
crypto addresses and hashes, companies' own addresses, phone lines and
e-mail addresses, due dates and holidays.

Every name, street, company, frame sentence, template and look-alike here
was written by hand for this part. Deterministic (seed 210921, shuffle seed
210922).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout21.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout21.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout21.py --stats   # counts
"""
import base64
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
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import (L, N, build, check_record, write_jsonl, luhn_ok,  # noqa: E402
                       luhn_complete, iban_mod97, iban_random, iban_make, IBAN_LEN, group,
                       ssn_random, ssn_valid, nino_random, NINO_BAD_PREFIX,
                       steuerid_random, steuerid_ok, nir_random, nir_ok,
                       dni_random, nie_random, nie_ok, DNI_LETTERS, cf_make, cf_check,
                       bsn_random, bsn_ok, aadhaar_random, verhoeff_ok, pan_random,
                       cpf_random, cpf_ok, card_random, CARD_ISSUERS, MONTHS,
                       secret_random, rnd, ALNUM, B64, URLSAFE, _fr_rib_key, _es_dc,
                       _it_cin)

SEED = 210921
SHUFFLE_SEED = 210922
PREFIX = "heldout-u-"
OUT = os.path.join(HERE, "heldout21.jsonl")
N_LABELLED = 600
N_CLEAN = 200
HEX = "0123456789abcdef"


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


def dig_nl(R, n, first="123456789"):
    """n digits; when 13-19 long, never Luhn-valid (no accidental card)."""
    while True:
        s = R.choice(first) + dig(R, n - 1)
        if not (13 <= n <= 19 and luhn_ok(s)):
            return s


# ================================================================ names
# Hand-written for this part: (male given, female given, family). A family
# entry that is a tuple is (masculine, feminine).

NAMES = {
    "us": (["Travis", "Clayton", "Derrick", "Kendall", "Rashad", "Bryce", "Colton", "Reggie", "Landon",
            "Trent", "Hector", "Quincy", "Dustin", "Marquise"],
           ["Courtney", "Destiny", "Alyssa", "Brittany", "Kelsey", "Monique", "Tiffany", "Whitney",
            "Mackenzie", "Yesenia", "Shanice", "Krystal", "Danielle"],
           ["Harrelson", "Blevins", "Cartwright", "Dorsey", "Gaskins", "Hendricks", "Lockhart",
            "McAllister", "Pettigrew", "Rutledge", "Satterfield", "Washburn", "Castillo", "Abernathy",
            "Okoye", "Tran", "Kowalczyk", "Lindqvist"]),
    "gb": (["Callum", "Rhys", "Dominic", "Harvey", "Nathaniel", "Toby", "Angus", "Kieran", "Benedict",
            "Lewis", "Craig", "Declan", "Owain"],
           ["Bethany", "Chloe", "Ffion", "Niamh", "Rosie", "Gemma", "Lydia", "Hollie", "Kirsty",
            "Abigail", "Phoebe", "Eleri", "Jodie"],
           ["Ainsworth", "Broadbent", "Crowther", "Dobson", "Eccleston", "Gledhill", "Hargreaves",
            "Kershaw", "Leadbetter", "Metcalfe", "Nuttall", "Oddie", "Royle", "Sutcliffe",
            "Tattersall", "Whiteley", "Mistry", "Chaudhry", "Adebayo-Grant"]),
    "de": (["Jens", "Kai", "Sönke", "Matthias", "Björn", "Dirk", "Hauke", "Florian", "Lukas", "Steffen",
            "Ingo", "Rüdiger", "Hans-Peter"],
           ["Anja", "Katrin", "Nadine", "Sabine", "Maren", "Jana", "Vanessa", "Svenja", "Dagmar", "Britta",
            "Ilka", "Anke", "Eva-Maria"],
           ["Brinkmann", "Dreher", "Fiedler", "Große", "Hellwig", "Janßen", "Köhler", "Lindemann",
            "Niehaus", "Pohl", "Reinhardt", "Scholz", "Thiele", "Voß", "Wendt", "Zimmermann", "Yıldız",
            "Nowicki", "Osterkamp"]),
    "fr": (["Julien", "Mathieu", "Sébastien", "Quentin", "Romain", "Yannick", "Florent", "Grégoire",
            "Benoît", "Killian", "Jérôme", "Ludovic", "Jean-Marc"],
           ["Élodie", "Amandine", "Camille", "Laure", "Océane", "Pauline", "Sandrine", "Margaux", "Justine",
            "Aurore", "Nathalie", "Mélanie", "Anne-Sophie"],
           ["Aubert", "Besnard", "Carpentier", "Delorme", "Ferrand", "Gauthier", "Hamon", "Lacroix",
            "Marchal", "Poirier", "Renaud", "Tournier", "Le Corre", "Benali", "Nguyen", "Da Costa",
            "Lefebvre-Morin"]),
    "es": (["Álvaro", "Javier", "Sergio", "Marcos", "Adrián", "Jaime", "Raúl", "Óscar", "Ignacio",
            "Pablo", "Enrique", "José Luis"],
           ["Lucía", "Marta", "Cristina", "Irene", "Nuria", "Pilar", "Carmen", "Elena", "Sonia", "Lorena",
            "Ainara", "María José"],
           ["Gutiérrez", "Domínguez", "Castaño", "Herrero", "Iglesias", "Lozano", "Molina", "Navarro",
            "Ortega", "Prieto", "Rubio", "Sanz", "Soler", "Pascual", "Calvo", "Bravo", "Medina"]),
    "mx": (["Alejandro", "Emiliano", "Jorge", "Ricardo", "Arturo", "Diego", "Rogelio", "Omar", "Efraín",
            "Luis Fernando", "Juan Carlos"],
           ["Guadalupe", "Ximena", "Fernanda", "Mariana", "Daniela", "Itzel", "Gabriela", "Paola", "Karla",
            "Ana Sofía"],
           ["Hernández", "Ramírez", "Cervantes", "Zamora", "Villalobos", "Ochoa", "Barragán", "Salinas",
            "Trejo", "Maldonado", "Aguilar", "Rosales", "Beltrán", "Espinoza", "Robles"]),
    "it": (["Alessandro", "Lorenzo", "Matteo", "Davide", "Fabrizio", "Marco", "Stefano", "Nicola",
            "Riccardo", "Emanuele", "Massimo", "Valerio"],
           ["Chiara", "Francesca", "Giulia", "Silvia", "Valentina", "Elisa", "Martina", "Serena", "Alessia",
            "Federica", "Roberta"],
           ["Colombo", "Ricci", "Marino", "Greco", "Gallo", "Conti", "Mancini", "Fontana", "Moretti",
            "Barbieri", "Rinaldi", "Caruso", "Ferri", "Galli", "De Angelis", "Lo Bianco"]),
    "nl": (["Thijs", "Bas", "Ruben", "Stijn", "Daan", "Koen", "Niels", "Jeroen", "Lars", "Sven", "Rutger",
            "Jelle"],
           ["Esther", "Inge", "Linda", "Mirjam", "Noor", "Fleur", "Eline", "Iris", "Lotte", "Merel",
            "Janneke", "Sophie"],
           ["Jansen", "de Vries", "van Dam", "Visser", "Smit", "Mulder", "Bos", "Vos", "Peeters",
            "Hendriks", "van der Linden", "Verhoeven", "Kok", "Meijer", "van Rijn"]),
    "pl": (["Paweł", "Tomasz", "Krzysztof", "Michał", "Marcin", "Grzegorz", "Łukasz", "Piotr", "Dariusz",
            "Rafał"],
           ["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Monika", "Aleksandra", "Ewa", "Dorota",
            "Natalia", "Karolina"],
           [("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
            ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"),
            ("Szymański", "Szymańska"), ("Dąbrowski", "Dąbrowska"), ("Mazur", "Mazur"),
            ("Krawczyk", "Krawczyk"), ("Jabłoński", "Jabłońska"), ("Pawlak", "Pawlak"),
            ("Grabowski", "Grabowska")]),
    "pt": (["Miguel", "Ricardo", "Pedro", "André", "Bruno", "Hugo", "Diogo", "Sérgio", "Fernando",
            "Paulo"],
           ["Beatriz", "Catarina", "Sofia", "Mariana", "Joana", "Patrícia", "Carla", "Vera", "Marta",
            "Ana Rita"],
           ["Pereira", "Santos", "Rodrigues", "Martins", "Sousa", "Gomes", "Lopes", "Marques", "Alves",
            "Pinto", "Ribeiro", "Mendes", "Fonseca", "Correia"]),
    "br": (["Thiago", "Rafael", "Lucas", "Felipe", "Gustavo", "Rodrigo", "Leandro", "Vinícius", "Marcelo",
            "Anderson", "Wesley", "Caio"],
           ["Juliana", "Fernanda", "Camila", "Larissa", "Aline", "Bruna", "Tatiane", "Jéssica", "Letícia",
            "Renata", "Priscila"],
           ["Silva", "Oliveira", "Souza", "Lima", "Costa", "Ferreira", "Almeida", "Nascimento", "Barbosa",
            "Rocha", "Moura", "dos Santos", "de Jesus", "Araújo", "Cavalcanti"]),
    "in": (["Rohit", "Arjun", "Vikram", "Sandeep", "Rahul", "Anil", "Suresh", "Karthik", "Manoj",
            "Deepak", "Imran", "Harpreet"],
           ["Priya", "Sneha", "Anjali", "Kavya", "Pooja", "Divya", "Meera", "Neha", "Shalini", "Farah",
            "Lakshmi", "Ritu"],
           ["Sharma", "Iyer", "Nair", "Reddy", "Patel", "Gupta", "Menon", "Deshpande", "Chatterjee",
            "Agarwal", "Khan", "Kulkarni", "Joshi", "Pillai", "Bhatt", "Malhotra"]),
    "id": (["Budi", "Agus", "Rizky", "Dimas", "Andi", "Fajar", "Hendra", "Yusuf", "Arif", "Eko"],
           ["Siti", "Dewi", "Rina", "Putri", "Ayu", "Fitri", "Intan", "Wulan", "Ratna", "Anisa"],
           ["Santoso", "Wijaya", "Pratama", "Saputra", "Hidayat", "Kusuma", "Nugroho", "Setiawan", "Halim",
            "Gunawan", "Susanto", "Siregar"]),
    "ph": (["Rodel", "Jericho", "Carlo", "Reynaldo", "Joel", "Ramil", "Arnel", "Dennis", "Jomar",
            "John Paul"],
           ["Maricel", "Rowena", "Jennifer", "Kristine", "Charmaine", "Rhea", "Joanna", "Mylene",
            "Mary Grace", "Liezel"],
           ["dela Cruz", "Reyes", "Bautista", "Mendoza", "Villanueva", "Aquino", "Ramos", "Manalo",
            "Pascual", "Soriano", "Tolentino", "Macaraeg", "Dimaculangan"]),
    "ng": (["Chinedu", "Emeka", "Oluwaseun", "Tunde", "Ibrahim", "Obinna", "Segun", "Uche", "Kelechi",
            "Abdullahi"],
           ["Ngozi", "Funke", "Chioma", "Aisha", "Yetunde", "Adaeze", "Bukola", "Halima", "Amaka",
            "Temitope"],
           ["Okonkwo", "Adeyemi", "Eze", "Okafor", "Balogun", "Nwosu", "Ogunleye", "Bello", "Obi",
            "Adebayo", "Ibekwe", "Lawal", "Okoro", "Akinola"]),
    "ke": (["Brian", "Kevin", "Collins", "Victor", "Samuel", "Geoffrey", "Evans", "Dennis", "Kennedy"],
           ["Wanjiru", "Akinyi", "Faith", "Mercy", "Esther", "Cynthia", "Naliaka", "Wambui", "Atieno"],
           ["Kamau", "Otieno", "Mwangi", "Odhiambo", "Wafula", "Njoroge", "Mutua", "Omondi", "Cheruiyot",
            "Kiptoo", "Chebet", "Wekesa"]),
    "za": (["Thabo", "Sipho", "Johan", "Pieter", "Lwazi", "Themba", "Kagiso", "Riaan", "Mandla",
            "Wikus"],
           ["Nomvula", "Lerato", "Anri", "Zanele", "Elmarie", "Palesa", "Thandiwe", "Carike", "Naledi",
            "Busisiwe"],
           ["Nkosi", "Dlamini", "van der Merwe", "Botha", "Mokoena", "Khumalo", "Pretorius", "Ndlovu",
            "Venter", "Mahlangu", "Coetzee", "Sithole", "du Plessis"]),
    "tr": (["Emre", "Burak", "Mehmet", "Oğuz", "Serkan", "Kerem", "Onur", "Volkan", "Hakan", "Cem"],
           ["Elif", "Zeynep", "Merve", "Ayşe", "Büşra", "Gizem", "Selin", "Derya", "Ebru", "Nazlı"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldırım", "Aydın", "Öztürk", "Arslan",
            "Doğan", "Koç", "Kurt", "Aksoy", "Polat"]),
    "ae": (["Khalid", "Omar", "Saeed", "Rashid", "Hamdan", "Majid", "Yousef", "Faisal", "Sultan"],
           ["Mariam", "Noura", "Shamma", "Hessa", "Fatima", "Latifa", "Reem", "Maitha", "Alya"],
           ["Al Mansouri", "Al Nuaimi", "Al Shamsi", "Al Ketbi", "Al Falasi", "Al Marri", "Al Hashimi",
            "Al Suwaidi", "Al Dhaheri", "Al Mazrouei"]),
    "au": (["Lachlan", "Brodie", "Jarrod", "Hayden", "Cooper", "Darcy", "Fletcher", "Tyson"],
           ["Kylie", "Tahlia", "Jacinta", "Bronwyn", "Shannon", "Madison", "Skye", "Chelsea"],
           ["Fitzgerald", "O'Brien", "Nicholls", "Pearce", "Stephenson", "Tregear", "Matheson",
            "Quinlan", "Hollis", "Papadopoulos", "Nguyen"]),
    "ca": (["Étienne", "Mathis", "Gabriel", "Tyler", "Ryan", "Nolan", "Justin", "Marc-André"],
           ["Geneviève", "Marie-Ève", "Chantal", "Jessica", "Brooke", "Amélie", "Kayla"],
           ["Tremblay", "Gagnon", "Bouchard", "Côté", "Fortin", "MacDonald", "Campbell", "Leblanc",
            "Bergeron", "Morrison", "Gill"]),
    "pk": (["Usman", "Bilal", "Zeeshan", "Asad"], ["Ayesha", "Sana", "Hira", "Mehwish"],
           ["Qureshi", "Siddiqui", "Butt", "Chaudhry", "Malik"]),
}

# CJK: (native, kana or hangul reading, romanised)
CJK = {
    "jp": ([("翔太", "ショウタ", "Shota"), ("健一", "ケンイチ", "Kenichi"), ("大輔", "ダイスケ", "Daisuke"),
            ("拓也", "タクヤ", "Takuya"), ("直樹", "ナオキ", "Naoki"), ("悠斗", "ユウト", "Yuto")],
           [("美咲", "ミサキ", "Misaki"), ("優子", "ユウコ", "Yuko"), ("陽菜", "ヒナ", "Hina"),
            ("真由美", "マユミ", "Mayumi"), ("彩花", "アヤカ", "Ayaka"), ("恵子", "ケイコ", "Keiko")],
           [("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
            ("渡辺", "ワタナベ", "Watanabe"), ("小林", "コバヤシ", "Kobayashi"), ("加藤", "カトウ", "Kato"),
            ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
            ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu")]),
    "kr": ([("민준", "민준", "Min-jun"), ("서준", "서준", "Seo-jun"), ("도윤", "도윤", "Do-yun"),
            ("현우", "현우", "Hyun-woo"), ("지훈", "지훈", "Ji-hoon"), ("성민", "성민", "Sung-min")],
           [("서연", "서연", "Seo-yeon"), ("지우", "지우", "Ji-woo"), ("하은", "하은", "Ha-eun"),
            ("수빈", "수빈", "Su-bin"), ("예린", "예린", "Ye-rin"), ("민지", "민지", "Min-ji")],
           [("김", "김", "Kim"), ("이", "이", "Lee"), ("박", "박", "Park"), ("최", "최", "Choi"),
            ("정", "정", "Jung"), ("강", "강", "Kang"), ("조", "조", "Cho"), ("윤", "윤", "Yoon"),
            ("장", "장", "Jang"), ("임", "임", "Lim")]),
    "cn": ([("伟", "", "Wei"), ("浩然", "", "Haoran"), ("志强", "", "Zhiqiang"), ("俊杰", "", "Junjie"),
            ("建华", "", "Jianhua"), ("子轩", "", "Zixuan")],
           [("芳", "", "Fang"), ("静怡", "", "Jingyi"), ("雪梅", "", "Xuemei"), ("欣怡", "", "Xinyi"),
            ("丽娟", "", "Lijuan"), ("婷婷", "", "Tingting")],
           [("王", "", "Wang"), ("李", "", "Li"), ("张", "", "Zhang"), ("刘", "", "Liu"), ("陈", "", "Chen"),
            ("杨", "", "Yang"), ("黄", "", "Huang"), ("赵", "", "Zhao"), ("吴", "", "Wu"), ("周", "", "Zhou")]),
}

PARTICLES = {"van", "de", "der", "den", "da", "das", "do", "dos", "di", "del", "della", "la", "le",
             "von", "ter", "ten", "bin", "binti", "al", "y", "e", "du", "des", "dela", "el", "zu"}


class Person:
    def __init__(self, R, cul, sex=None, family=None, born=(1952, 2002)):
        self.cul = cul
        self.sex = sex or R.choice("mf")
        y = R.randint(*born)
        self.dob = datetime.date(y, R.randint(1, 12), R.randint(1, 28))
        if cul in CJK:
            m, f, fam = CJK[cul]
            self.g = R.choice(m if self.sex == "m" else f)
            self.f = family or R.choice(fam)
            self.given, self.family = self.g[2], self.f[2]
            return
        m, f, fam = NAMES[cul]
        self.given = R.choice(m if self.sex == "m" else f)
        if family is None:
            e = R.choice(fam)
            if isinstance(e, tuple):
                e = e[0] if self.sex == "m" else e[1]
            if cul in ("es", "mx"):
                e2 = R.choice([x for x in fam if x != e])
                e = e + " " + e2
            elif cul == "br" and R.random() < 0.45 and not e.startswith("d"):
                e = R.choice(["Ferreira", "Alves", "Pereira", "Gomes", "Teixeira"]) + " " + e
            family = e
        self.family = family

    # display forms -------------------------------------------------
    def full(self):
        if self.cul == "jp":
            return self.f[0] + " " + self.g[0]
        if self.cul in ("kr", "cn"):
            return self.f[0] + self.g[0]
        return self.given + " " + self.family

    def kana(self):
        return self.f[1] + " " + self.g[1]

    def latin(self):
        if self.cul == "cn":
            return self.family + " " + self.given
        if self.cul == "kr":
            return self.family + " " + self.given
        return self.given + " " + self.family

    def western(self):
        return self.given + " " + self.family

    def caps(self, family_first=False):
        s = (self.family + " " + self.given) if family_first else (self.given + " " + self.family)
        return s.upper()

    def airline(self):
        fam = fold(self.family).upper().replace(" ", "").replace("'", "").replace("-", "")
        giv = fold(self.given).upper().replace(" ", "").replace("-", "")
        return "%s/%s %s" % (fam, giv, "MR" if self.sex == "m" else "MS")

    def first(self):
        return self.g[0] if self.cul in ("kr", "cn", "jp") and False else self.given

    def last1(self):
        """first family name (Spanish/Mexican paternal surname)."""
        return self.family.split(" ")[0] if self.cul in ("es", "mx") else self.family


def other(R, p, **kw):
    """Another person of p's culture with a different given name."""
    while True:
        q = Person(R, p.cul, **kw)
        if q.given != p.given:
            return q


def P(value, p):
    return L("person", value, sub=p.cul)


# ================================================================ addresses
# Hand-written streets and towns for this part. Each function returns the
# address text; multi=True gives the letter layout with line breaks.

def _num(R, lo=1, hi=180):
    return str(R.randint(lo, hi))


def addr_us(R, multi=False):
    st = R.choice(["Maplecrest Dr", "Old Orchard Rd", "Birchwood Ln", "Kestrel Ct", "Sycamore Ave",
                   "Ridgeview Blvd", "Quail Run Rd", "Cottonwood St", "Harbor Point Dr", "Prairie Wind Ln",
                   "Meadowlark Way", "Juniper Hollow Dr", "Tanager Pl", "Bluebonnet Trl"])
    city, state, z = R.choice([("Dayton", "OH", "454"), ("Tucson", "AZ", "857"), ("Boise", "ID", "837"),
                               ("Tulsa", "OK", "741"), ("Raleigh", "NC", "276"), ("Spokane", "WA", "992"),
                               ("Chattanooga", "TN", "374"), ("Omaha", "NE", "681"), ("Lubbock", "TX", "794"),
                               ("Albany", "NY", "122"), ("Reno", "NV", "895"), ("Des Moines", "IA", "503"),
                               ("Fort Collins", "CO", "805"), ("Gainesville", "FL", "326")])
    unit = R.choice(["", "", ", Apt %d%s" % (R.randint(1, 30), R.choice("ABCD")), " #%d" % R.randint(100, 420)])
    zc = z + dig(R, 2) + (("-" + dig(R, 4)) if R.random() < 0.2 else "")
    line1 = "%s %s%s" % (_num(R, 100, 9899), st, unit)
    return line1 + ("\n" if multi else ", ") + "%s, %s %s" % (city, state, zc)


def _gb_pc(R, pre):
    return pre + " " + str(R.randint(1, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")


def addr_gb(R, multi=False):
    st = R.choice(["Larkhill Road", "Brindley Close", "Foxglove Way", "Cromwell Terrace", "Beechcroft Avenue",
                   "Mill Lane", "Tenter Street", "Hollins Grove", "Ashgate Crescent", "Peel Street",
                   "Wharfedale View", "Kingfisher Drive", "Sandpiper Mews", "Quarry Bank"])
    town, pre = R.choice([("Stockport", "SK4"), ("Huddersfield", "HD3"), ("Norwich", "NR2"), ("Swindon", "SN1"),
                          ("Harrogate", "HG1"), ("Exeter", "EX4"), ("Derby", "DE22"), ("Bolton", "BL1"),
                          ("Reading", "RG1"), ("Cardiff", "CF24"), ("Leeds", "LS6"), ("Bristol", "BS7"),
                          ("Glasgow", "G12"), ("Belfast", "BT9")])
    flat = R.choice(["", "", "Flat %d, " % R.randint(1, 24)])
    lines = [flat + "%s %s" % (_num(R, 1, 140), st), town, _gb_pc(R, pre)]
    if multi:
        return "\n".join(lines)
    return "%s, %s %s" % (lines[0], town, lines[2])


def addr_de(R, multi=False):
    st = R.choice(["Lindenstraße", "Am Mühlbach", "Rosenweg", "Bergstraße", "Kastanienallee", "Hafenstraße",
                   "Wiesengrund", "Talstraße", "Gartenstraße", "Brunnenweg", "Auf der Heide", "Ulmenring",
                   "Sandkamp", "Hohe Straße"])
    city, plz = R.choice([("Leipzig", "04229"), ("Bremen", "28203"), ("Mainz", "55118"),
                          ("Freiburg im Breisgau", "79102"), ("Münster", "48143"), ("Kassel", "34117"),
                          ("Rostock", "18055"), ("Augsburg", "86150"), ("Bochum", "44787"), ("Kiel", "24103"),
                          ("Erfurt", "99084"), ("Regensburg", "93047"), ("Osnabrück", "49074")])
    no = _num(R, 1, 120) + R.choice(["", "", "", "a", "b"])
    return "%s %s%s%s %s" % (st, no, "\n" if multi else ", ", plz, city)


def addr_fr(R, multi=False):
    voie = R.choice(["rue des Tanneurs", "avenue de la Gare", "rue du Moulin", "impasse des Lilas",
                     "boulevard de la Liberté", "allée des Tilleuls", "chemin des Vignes",
                     "rue de la République", "place du Marché", "rue Nationale", "quai des Brumes",
                     "rue des Écoles"])
    city, cp = R.choice([("Strasbourg", "67000"), ("Rennes", "35000"), ("Montpellier", "34000"),
                         ("Lille", "59000"), ("Nantes", "44000"), ("Dijon", "21000"), ("Tours", "37000"),
                         ("Grenoble", "38000"), ("Limoges", "87000"), ("Angers", "49100"),
                         ("Toulouse", "31000"), ("Brest", "29200")])
    no = _num(R, 1, 90) + R.choice(["", "", "", " bis", " ter"])
    extra = R.choice(["", "", "Appt 12, ", "Bât. B, "])
    return "%s%s %s%s%s %s" % (extra, no, voie, "\n" if multi else ", ", cp, city)


def addr_es(R, multi=False):
    calle = R.choice(["Calle Mayor", "Avenida de la Constitución", "Calle San Vicente", "Calle del Sol",
                      "Calle Real", "Calle Larga", "Calle de la Paz", "Ronda de Triana", "Calle Almendro",
                      "Paseo de las Acacias", "Calle Olivar", "Travesía del Pozo"])
    city, cp = R.choice([("Madrid", "28004"), ("Valencia", "46001"), ("Sevilla", "41010"), ("Zaragoza", "50003"),
                         ("Málaga", "29012"), ("Bilbao", "48005"), ("Valladolid", "47003"),
                         ("Alicante", "03002"), ("Murcia", "30001"), ("Granada", "18009"), ("Oviedo", "33003"),
                         ("Santander", "39002")])
    piso = R.choice(["3º B", "2º izda.", "bajo", "5º 2ª", "1º D", "4º A"])
    return "%s %s, %s%s%s %s" % (calle, _num(R, 1, 140), piso, "\n" if multi else ", ", cp, city)


def addr_mx(R, multi=False):
    calle = R.choice(["Calle Nogal", "Calle Tulipanes", "Privada de los Pinos", "Av. Vallarta", "Calle Río Lerma",
                      "Calle Fresno", "Calle Jacarandas", "Av. de las Torres", "Calle Laurel", "Cerrada del Olmo"])
    col, city, state, cp = R.choice([
        ("Col. Santa María la Ribera", "Cuauhtémoc, Ciudad de México", "CDMX", "06400"),
        ("Col. Narvarte Poniente", "Benito Juárez, Ciudad de México", "CDMX", "03020"),
        ("Col. Americana", "Guadalajara", "Jal.", "44160"),
        ("Col. Del Valle", "San Pedro Garza García", "N.L.", "66220"),
        ("Col. La Paz", "Puebla", "Pue.", "72160"),
        ("Col. Centro", "Querétaro", "Qro.", "76000"),
        ("Col. García Ginerés", "Mérida", "Yuc.", "97070"),
        ("Col. Jardines del Moral", "León", "Gto.", "37160")])
    no = _num(R, 10, 2400) + R.choice(["", "", " Int. %d" % R.randint(1, 12), " Depto. %d0%d" % (R.randint(1, 6), R.randint(1, 4))])
    sep = "\n" if multi else ", "
    return "%s %s, %s%s%s %s, %s" % (calle, no, col, sep, cp, city, state)


def addr_it(R, multi=False):
    via = R.choice(["Via dei Mille", "Via Roma", "Corso Italia", "Via della Repubblica", "Viale dei Pini",
                    "Via San Martino", "Via Nazionale", "Via dei Tigli", "Via del Lavoro", "Via delle Rose",
                    "Vicolo del Pozzo", "Via Borgonuovo"])
    city, cap, pr = R.choice([("Napoli", "80121", "NA"), ("Torino", "10128", "TO"), ("Bologna", "40126", "BO"),
                              ("Firenze", "50122", "FI"), ("Bari", "70121", "BA"), ("Verona", "37121", "VR"),
                              ("Padova", "35122", "PD"), ("Genova", "16121", "GE"), ("Catania", "95124", "CT"),
                              ("Milano", "20135", "MI"), ("Roma", "00185", "RM"), ("Trieste", "34122", "TS")])
    no = _num(R, 1, 160) + R.choice(["", "", "/A", ", int. 4", ", scala B"])
    return "%s %s%s%s %s (%s)" % (via, no, "\n" if multi else ", ", cap, city, pr)


def _nl_pc(R, pre):
    while True:
        ll = R.choice("ABCEGHJKLMNPRSTVWXZ") + R.choice("ABCEGHJKLMNPRSTVWXZ")
        if ll not in ("SA", "SD", "SS"):
            return pre + " " + ll


def addr_nl(R, multi=False):
    st = R.choice(["Kerkstraat", "Molenweg", "Stationsweg", "Lindelaan", "Havenstraat", "Dorpsstraat",
                   "Zonnebloemstraat", "Beukenlaan", "Vaartweg", "Nieuwe Gracht", "Schoolstraat", "Populierenhof"])
    city, pre = R.choice([("Utrecht", "3511"), ("Haarlem", "2011"), ("Groningen", "9711"), ("Eindhoven", "5611"),
                          ("Zwolle", "8011"), ("Leiden", "2311"), ("Nijmegen", "6511"), ("Breda", "4811"),
                          ("Delft", "2611"), ("Arnhem", "6811"), ("Tilburg", "5038"), ("Amersfoort", "3811")])
    no = _num(R, 1, 200) + R.choice(["", "", "-II", "A", " bis"])
    return "%s %s%s%s %s" % (st, no, "\n" if multi else ", ", _nl_pc(R, pre), city)


def addr_pl(R, multi=False):
    st = R.choice(["ul. Kwiatowa", "ul. Polna", "al. Niepodległości", "ul. Ogrodowa", "ul. Lipowa", "ul. Krótka",
                   "os. Piastowskie", "ul. Długa", "ul. Leśna", "ul. Szkolna", "ul. Słoneczna", "ul. Wrzosowa"])
    city, pc = R.choice([("Kraków", "31-159"), ("Wrocław", "50-231"), ("Poznań", "60-682"), ("Gdańsk", "80-288"),
                         ("Łódź", "90-361"), ("Lublin", "20-093"), ("Katowice", "40-014"), ("Szczecin", "70-412"),
                         ("Warszawa", "02-495"), ("Białystok", "15-427"), ("Rzeszów", "35-064"), ("Toruń", "87-100")])
    h = _num(R, 1, 90)
    no = R.choice([h, h + "/" + _num(R, 1, 60), h + " m. " + _num(R, 1, 60)])
    return "%s %s%s%s %s" % (st, no, "\n" if multi else ", ", pc, city)


def addr_pt(R, multi=False):
    st = R.choice(["Rua de Cedofeita", "Avenida da Boavista", "Rua do Carmo", "Travessa do Forno", "Rua Direita",
                   "Rua das Flores", "Avenida de Roma", "Rua da Alegria", "Rua de Santa Catarina", "Rua do Sol",
                   "Calçada do Combro", "Rua dos Bragas"])
    city, pc = R.choice([("Porto", "4050-174"), ("Lisboa", "1200-109"), ("Braga", "4700-321"), ("Coimbra", "3000-150"),
                         ("Aveiro", "3810-066"), ("Faro", "8000-245"), ("Setúbal", "2900-040"), ("Viseu", "3500-113"),
                         ("Leiria", "2400-137"), ("Évora", "7000-651")])
    fl = R.choice(["", ", 3.º Esq.", ", r/c Dto.", ", 1.º", ", 2.º Frt."])
    return "%s, %s%s%s%s %s" % (st, _num(R, 1, 400), fl, "\n" if multi else ", ", pc, city)


def addr_br(R, multi=False):
    st = R.choice(["Rua Harmonia", "Rua das Laranjeiras", "Rua Augusta", "Av. Sete de Setembro", "Rua Treze de Maio",
                   "Rua da Consolação", "Av. Boa Viagem", "Rua XV de Novembro", "Rua dos Andradas", "Rua das Palmeiras",
                   "Rua Jaguaribe", "Av. Independência"])
    bairro, city, uf, cep = R.choice([("Vila Madalena", "São Paulo", "SP", "05435"), ("Laranjeiras", "Rio de Janeiro", "RJ", "22240"),
                                      ("Savassi", "Belo Horizonte", "MG", "30140"), ("Batel", "Curitiba", "PR", "80420"),
                                      ("Moinhos de Vento", "Porto Alegre", "RS", "90570"), ("Barra", "Salvador", "BA", "40140"),
                                      ("Boa Viagem", "Recife", "PE", "51020"), ("Aldeota", "Fortaleza", "CE", "60150"),
                                      ("Cambuí", "Campinas", "SP", "13025"), ("Setor Bueno", "Goiânia", "GO", "74215")])
    comp = R.choice(["", ", apto %d%d" % (R.randint(1, 18), R.randint(1, 4)), ", casa 2", ", bloco B, ap. %d" % R.randint(101, 904)])
    sep = "\n" if multi else " - "
    return "%s, %s%s - %s%s%s - %s, CEP %s-%s" % (st, _num(R, 10, 2200), comp, bairro, sep, city, uf, cep, dig(R, 3))


def addr_in(R, multi=False):
    bld = R.choice(["Sai Krupa Apartments", "Green Meadows", "Shanti Niketan Society", "Lakeview Residency",
                    "Prestige Orchid", "Gokul Dham CHS", "Sunrise Enclave", "Vasant Vihar Apts", "Shree Ganesh Heights"])
    loc, city, state, pin = R.choice([("Indiranagar", "Bengaluru", "Karnataka", "560038"), ("Kothrud", "Pune", "Maharashtra", "411038"),
                                      ("Andheri West", "Mumbai", "Maharashtra", "400053"), ("Salt Lake Sector 2", "Kolkata", "West Bengal", "700091"),
                                      ("Adyar", "Chennai", "Tamil Nadu", "600020"), ("Gachibowli", "Hyderabad", "Telangana", "500032"),
                                      ("Dwarka Sector 12", "New Delhi", "Delhi", "110075"), ("Vastrapur", "Ahmedabad", "Gujarat", "380015"),
                                      ("Kakkanad", "Kochi", "Kerala", "682030"), ("Gomti Nagar", "Lucknow", "Uttar Pradesh", "226010"),
                                      ("Malviya Nagar", "Jaipur", "Rajasthan", "302017")])
    flat = R.choice(["Flat %d0%d" % (R.randint(1, 12), R.randint(1, 8)), "B-%d" % R.randint(101, 1204), "House No. %d" % R.randint(3, 240)])
    road = R.choice(["", "%dth Cross, " % R.randint(4, 19), "%dnd Main Road, " % R.choice([2, 22, 32]), "Near Hanuman Temple, "])
    sep = ",\n" if multi else ", "
    return "%s, %s%s%s%s%s%s - %s" % (flat, bld, sep, road, loc, sep, city + (", " + state if R.random() < 0.6 else ""), pin)


def addr_id(R, multi=False):
    jl = R.choice(["Jl. Kemang Raya", "Jl. Cempaka Putih Tengah", "Jl. Melati", "Jl. Kenanga", "Jl. Anggrek",
                   "Gg. Mawar", "Jl. Veteran", "Jl. Pemuda", "Jl. Flamboyan", "Jl. Cendana"])
    kel, kec, city, pc = R.choice([("Bangka", "Mampang Prapatan", "Jakarta Selatan", "12730"), ("Dago", "Coblong", "Bandung", "40135"),
                                   ("Darmo", "Wonokromo", "Surabaya", "60241"), ("Sosromenduran", "Gedong Tengen", "Yogyakarta", "55271"),
                                   ("Pleburan", "Semarang Selatan", "Semarang", "50241"), ("Petisah Tengah", "Medan Petisah", "Medan", "20112"),
                                   ("Panjer", "Denpasar Selatan", "Denpasar", "80225")])
    sep = "\n" if multi else ", "
    return "%s No. %d, RT %03d/RW %03d%sKel. %s, Kec. %s, %s %s" % (jl, R.randint(1, 99), R.randint(1, 12), R.randint(1, 9), sep, kel, kec, city, pc)


def addr_ph(R, multi=False):
    st = R.choice(["Sampaguita St.", "Kamagong St.", "Acacia Ave.", "Mayon St.", "Narra St.", "Ilang-Ilang St.",
                   "Molave St.", "Dama de Noche St."])
    brgy, city, z = R.choice([("Brgy. San Antonio", "Pasig City", "1605"), ("Brgy. Lahug", "Cebu City", "6000"),
                              ("Brgy. Poblacion", "Makati City", "1210"), ("Brgy. Kapitolyo", "Pasig City", "1603"),
                              ("Brgy. Talamban", "Cebu City", "6000"), ("Brgy. Matina", "Davao City", "8000"),
                              ("Brgy. Loyola Heights", "Quezon City", "1108"), ("Brgy. Malinta", "Valenzuela City", "1440")])
    head = R.choice(["Blk %d Lot %d, " % (R.randint(1, 40), R.randint(1, 30)), "#%d " % R.randint(3, 210),
                     "Unit %d0%d, Tower %d, " % (R.randint(3, 32), R.randint(1, 9), R.randint(1, 3))])
    sep = "\n" if multi else ", "
    return "%s%s, %s%s%s %s" % (head, st, brgy, sep, city, z)


def addr_ng(R, multi=False):
    st = R.choice(["Ogunlana Drive", "Allen Avenue", "Admiralty Way", "Adeniran Ogunsanya Street", "Aminu Kano Crescent",
                   "Ikorodu Road", "Agodi Gate Road", "Obafemi Awolowo Way", "Bourdillon Road"])
    area, city, pc = R.choice([("Surulere", "Lagos", "101283"), ("Lekki Phase 1", "Lagos", "106104"),
                               ("Ikeja GRA", "Lagos", "100271"), ("Wuse 2", "Abuja", "904101"), ("Garki", "Abuja", "900103"),
                               ("Old GRA", "Port Harcourt", "500272"), ("Bodija", "Ibadan", "200284"),
                               ("Independence Layout", "Enugu", "400102")])
    head = R.choice(["", "Flat %d, Block %s, " % (R.randint(1, 12), R.choice("ABCDE")), "Plot %d, " % R.randint(2, 900)])
    sep = "\n" if multi else ", "
    return "%s%d %s, %s%s%s %s" % (head, R.randint(1, 80), st, area, sep, city, pc)


def addr_ke(R, multi=False):
    if R.random() < 0.3:
        town, code = R.choice([("Nairobi", "00100"), ("Nairobi", "00200"), ("Mombasa", "80100"), ("Kisumu", "40100"),
                               ("Nakuru", "20100"), ("Eldoret", "30100")])
        return "P.O. Box %d-%s,%s%s" % (R.randint(100, 99999), code, "\n" if multi else " ", town)
    st = R.choice(["Riverside Drive", "Ngong Road", "Kindaruma Road", "Lenana Road", "Muthithi Road",
                   "Oloitokitok Road", "Rhapta Road", "Links Road"])
    area, town = R.choice([("Westlands", "Nairobi"), ("Kilimani", "Nairobi"), ("Lavington", "Nairobi"),
                           ("South B", "Nairobi"), ("Nyali", "Mombasa"), ("Milimani", "Kisumu"), ("Section 58", "Nakuru")])
    head = R.choice(["Apt %s%d, %s Court, " % (R.choice("ABCD"), R.randint(1, 12), R.choice(["Jacaranda", "Mvuli", "Acacia", "Sunrise"])),
                     "Hse No. %d, " % R.randint(2, 90)])
    sep = "\n" if multi else ", "
    return "%s%s, %s%s%s" % (head, st, area, sep, town)


def addr_za(R, multi=False):
    st = R.choice(["Jacaranda Street", "Protea Road", "Kloof Street", "Acacia Avenue", "Rivonia Road", "Beach Road",
                   "Umhlanga Rocks Drive", "Bokmakierie Crescent", "Disa Avenue"])
    sub, city, code = R.choice([("Brooklyn", "Pretoria", "0181"), ("Gardens", "Cape Town", "8001"), ("Sandton", "Johannesburg", "2196"),
                                ("Morningside", "Durban", "4001"), ("Rondebosch", "Cape Town", "7700"), ("Melville", "Johannesburg", "2092"),
                                ("Summerstrand", "Gqeberha", "6001"), ("Westdene", "Bloemfontein", "9301")])
    head = R.choice(["", "Unit %d, %s, " % (R.randint(1, 40), R.choice(["Silverleaf Estate", "Kingfisher Court", "Aloe Village"]))])
    sep = "\n" if multi else ", "
    return "%s%d %s, %s%s%s, %s" % (head, R.randint(1, 120), st, sub, sep, city, code)


def addr_tr(R, multi=False):
    mah = R.choice(["Caddebostan Mah.", "Kızılay Mah.", "Alsancak Mah.", "Bahçelievler Mah.", "Moda Mah.", "Fenerbahçe Mah.",
                    "Göztepe Mah."])
    sok = R.choice(["Gül Sok.", "Lale Sok.", "Menekşe Sok.", "Çınar Sok.", "Cumhuriyet Cad.", "Papatya Sok.", "Kavak Sok.",
                    "Bağdat Cad."])
    ilce, il, pk = R.choice([("Kadıköy", "İstanbul", "34728"), ("Çankaya", "Ankara", "06690"), ("Konak", "İzmir", "35220"),
                             ("Nilüfer", "Bursa", "16110"), ("Muratpaşa", "Antalya", "07100"), ("Beşiktaş", "İstanbul", "34353")])
    sep = "\n" if multi else ", "
    return "%s %s No: %d D: %d%s%s %s/%s" % (mah, sok, R.randint(1, 240), R.randint(1, 24), sep, pk, ilce, il)


def addr_ae(R, multi=False):
    area, city = R.choice([("Dubai Marina", "Dubai"), ("Jumeirah Lake Towers", "Dubai"), ("Al Barsha 1", "Dubai"),
                           ("Business Bay", "Dubai"), ("Al Nahda 2", "Sharjah"), ("Al Reem Island", "Abu Dhabi"),
                           ("Khalifa City", "Abu Dhabi"), ("Al Rawda 3", "Ajman")])
    head = R.choice(["Apt %d0%d, %s" % (R.randint(2, 48), R.randint(1, 9), R.choice(["Marina Crown Tower", "Al Fattan Residence", "Lake Terrace",
                                                                                      "Bayz Tower", "Golden Sands 4", "Al Khail Heights"])),
                     "Villa %d, Street %d" % (R.randint(1, 80), R.randint(2, 40))])
    sep = "\n" if multi else ", "
    return "%s, %s%s%s" % (head, area, sep, city)


JP_PLACES = [("150-0041", "東京都渋谷区神南", "Jinnan, Shibuya-ku, Tokyo"), ("530-0012", "大阪府大阪市北区芝田", "Shibata, Kita-ku, Osaka"),
             ("460-0008", "愛知県名古屋市中区栄", "Sakae, Naka-ku, Nagoya"), ("812-0011", "福岡県福岡市博多区博多駅前", "Hakataekimae, Hakata-ku, Fukuoka"),
             ("980-0811", "宮城県仙台市青葉区一番町", "Ichibancho, Aoba-ku, Sendai"), ("220-0012", "神奈川県横浜市西区みなとみらい", "Minatomirai, Nishi-ku, Yokohama")]


def addr_jp(R, multi=False, latin=False):
    pc, pref, rom = R.choice(JP_PLACES)
    a, b, c = R.randint(1, 6), R.randint(1, 28), R.randint(1, 20)
    if latin:
        return "%d-%d-%d %s %s" % (a, b, c, rom, pc)
    bld = R.choice(["ハイツ", "メゾン", "コーポ", "レジデンス", "パークサイド"]) + R.choice(["青葉", "栄", "桜", "緑", "北"])
    sep = "\n" if multi else " "
    return "〒%s%s%s%d-%d-%d %s%d号室" % (pc, sep, pref, a, b, c, bld, R.randint(101, 905))


def addr_kr(R, multi=False):
    road, pc = R.choice([("서울특별시 마포구 월드컵북로", "04003"), ("서울특별시 강남구 테헤란로", "06236"), ("부산광역시 해운대구 해운대로", "48094"),
                         ("경기도 성남시 분당구 판교역로", "13529"), ("대구광역시 수성구 달구벌대로", "42020"), ("인천광역시 연수구 컨벤시아대로", "21998")])
    return "%s %d, %d동 %d호 (%s)" % (road, R.randint(2, 400), R.randint(101, 112), R.randint(101, 2304), pc)


def addr_cn(R, multi=False):
    road, pc = R.choice([("上海市徐汇区漕溪北路", "200030"), ("北京市朝阳区建国路", "100022"), ("广州市天河区天河路", "510620"),
                         ("深圳市南山区科技园南路", "518057"), ("杭州市西湖区文三路", "310012"), ("成都市武侯区人民南路四段", "610041")])
    return "%s%d号%d栋%d室，邮编%s" % (road, R.randint(2, 300), R.randint(1, 12), R.randint(101, 2808), pc)


def addr_au(R, multi=False):
    st = R.choice(["Wattle Street", "Banksia Avenue", "Jacaranda Crescent", "Kookaburra Court", "Ironbark Road",
                   "Bottlebrush Drive", "Waratah Parade", "Currawong Close"])
    sub, state, pc = R.choice([("Fitzroy", "VIC", "3065"), ("Paddington", "NSW", "2021"), ("New Farm", "QLD", "4005"),
                               ("Subiaco", "WA", "6008"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"),
                               ("Braddon", "ACT", "2612"), ("Parramatta", "NSW", "2150"), ("Brunswick", "VIC", "3056")])
    no = R.choice([str(R.randint(1, 140)), "%d/%d" % (R.randint(1, 20), R.randint(1, 140)), "Unit %d/%d" % (R.randint(1, 20), R.randint(1, 140))])
    return "%s %s%s%s %s %s" % (no, st, "\n" if multi else ", ", sub, state, pc)


def _ca_pc(R, first):
    le = "ABCEGHJKLMNPRSTVWXYZ"
    return "%s%d%s %d%s%d" % (first, R.randint(0, 9), R.choice(le), R.randint(0, 9), R.choice(le), R.randint(0, 9))


def addr_ca(R, multi=False):
    city, prov, first, sts = R.choice([
        ("Toronto", "ON", "M", ["Birchmount Road", "Danforth Avenue", "Lakeshore Boulevard West"]),
        ("Montréal", "QC", "H", ["rue Beaubien Est", "avenue du Parc", "rue Fleury Ouest"]),
        ("Vancouver", "BC", "V", ["Kingsway", "West 14th Avenue", "Commercial Drive"]),
        ("Calgary", "AB", "T", ["Macleod Trail SE", "17 Avenue SW"]),
        ("Winnipeg", "MB", "R", ["Portage Avenue", "Corydon Avenue"]),
        ("Halifax", "NS", "B", ["Spring Garden Road", "Quinpool Road"])])
    unit = R.choice(["", "%d-" % R.randint(2, 40), "Apt %d, " % R.randint(101, 1905)])
    return "%s%d %s%s%s %s  %s" % (unit, R.randint(10, 4800), R.choice(sts), "\n" if multi else ", ", city, prov, _ca_pc(R, first))


ADDR = {"US": addr_us, "GB": addr_gb, "DE": addr_de, "FR": addr_fr, "ES": addr_es, "MX": addr_mx, "IT": addr_it,
        "NL": addr_nl, "PL": addr_pl, "PT": addr_pt, "BR": addr_br, "IN": addr_in, "ID": addr_id, "PH": addr_ph,
        "NG": addr_ng, "KE": addr_ke, "ZA": addr_za, "TR": addr_tr, "AE": addr_ae, "JP": addr_jp, "KR": addr_kr,
        "CN": addr_cn, "AU": addr_au, "CA": addr_ca}


def A(R, cc, multi=False, **kw):
    return L("address", ADDR[cc](R, multi, **kw) if kw else ADDR[cc](R, multi), sub=cc.lower())


# ================================================================ phones
# National significant numbers (NSN) per region and kind. Ranges for ID, PH,
# NG, KE, TR, AE and KR were written for this part from the national plans;
# every drawn number is checked with libphonenumber (pv) before it is kept.

def _nanp(R, areas):
    while True:
        ex = R.choice("23456789") + dig(R, 2)
        if ex[1:] != "11" and ex != "555":
            return R.choice(areas) + ex + dig(R, 4)


NSN = {
    "US": {"mobile": lambda R: _nanp(R, ["206", "312", "404", "512", "617", "702", "713", "801", "919", "602", "615", "503"])},
    "CA": {"mobile": lambda R: _nanp(R, ["416", "647", "514", "604", "403", "613", "204", "902"])},
    "GB": {"mobile": lambda R: R.choice(["7400", "7412", "7441", "7468", "7507", "7535", "7712", "7723", "7754", "7812",
                                         "7841", "7888", "7903", "7944", "7958", "7971"]) + dig(R, 6),
           "london": lambda R: "20" + R.choice("78") + dig(R, 7),
           "fixed": lambda R: R.choice(["161", "113", "117", "121", "141", "151"]) + R.choice("2345") + dig(R, 6)},
    "DE": {"mobile": lambda R: (lambda p: p + R.choice("123456789") + dig(R, 7 if p[1] == "5" else 6))(
               R.choice(["151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "177", "178", "179"])),
           "berlin": lambda R: "30" + R.choice("2345678") + dig(R, 7),
           "fixed": lambda R: R.choice(["40", "89", "69", "221"]) + R.choice("2345678") + dig(R, 6)},
    "FR": {"mobile": lambda R: R.choice(["61", "62", "63", "64", "65", "66", "67", "68", "73", "74", "75", "76", "77", "78"]) + R.choice("012345678") + dig(R, 6),
           "fixed": lambda R: R.choice("1245") + R.choice("2345") + dig(R, 7)},
    "ES": {"mobile": lambda R: "6" + R.choice(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]) + dig(R, 7),
           "fixed": lambda R: R.choice(["91", "93", "95", "96"]) + R.choice("2345") + dig(R, 6)},
    "IT": {"mobile": lambda R: "3" + R.choice(["20", "28", "29", "31", "33", "34", "35", "38", "39", "40", "47", "48", "49", "89", "93"]) + dig(R, 7),
           "rome": lambda R: "06" + R.choice("3456789") + dig(R, 7)},
    "NL": {"mobile": lambda R: "6" + R.choice("1234") + dig(R, 7),
           "fixed": lambda R: R.choice(["20", "30", "10", "70"]) + R.choice("3456") + dig(R, 6)},
    "PL": {"mobile": lambda R: R.choice(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]) + dig(R, 7)},
    "PT": {"mobile": lambda R: "9" + R.choice("1236") + dig(R, 7)},
    "BR": {"mobile": lambda R: R.choice(["11", "21", "31", "41", "51", "71", "81", "85", "19", "61"]) + "9" + R.choice("6789") + dig(R, 7),
           "fixed": lambda R: R.choice(["11", "21", "31", "41", "51"]) + R.choice("2345") + dig(R, 7)},
    "MX": {"mobile": lambda R: R.choice(["55", "33", "81"]) + R.choice("123456789") + dig(R, 7)},
    "IN": {"mobile": lambda R: R.choice(["98", "99", "97", "94", "93", "90", "88", "70", "81", "63", "95", "96"]) + dig(R, 8)},
    "ID": {"mobile": lambda R: R.choice(["811", "812", "813", "821", "822", "852", "853", "857", "858", "877", "878", "895", "896", "881", "882"]) + dig(R, 8)},
    "PH": {"mobile": lambda R: R.choice(["905", "906", "915", "916", "917", "918", "919", "920", "921", "926", "927", "928", "935", "936",
                                         "937", "945", "946", "955", "956", "966", "967", "977", "995", "998", "999"]) + dig(R, 7)},
    "NG": {"mobile": lambda R: R.choice(["703", "706", "803", "805", "806", "807", "808", "809", "810", "813", "814", "816", "903", "906", "813"]) + dig(R, 7)},
    "KE": {"mobile": lambda R: R.choice(["701", "702", "705", "708", "710", "712", "715", "717", "720", "722", "724", "727", "729", "740", "741", "745", "757", "768", "790", "795", "796", "110", "111", "115"]) + dig(R, 6)},
    "ZA": {"mobile": lambda R: R.choice(["71", "72", "73", "74", "76", "78", "79", "82", "83", "84", "61", "60"]) + dig(R, 7)},
    "TR": {"mobile": lambda R: R.choice(["501", "505", "506", "507", "530", "531", "532", "533", "535", "536", "537", "538", "539",
                                         "541", "542", "543", "544", "545", "546", "551", "552", "553", "554", "555"]) + dig(R, 7)},
    "AE": {"mobile": lambda R: "5" + R.choice("024568") + dig(R, 7)},
    "JP": {"mobile": lambda R: R.choice(["90", "80", "70"]) + R.choice("123456789") + dig(R, 7)},
    "KR": {"mobile": lambda R: "10" + R.choice("2346789") + dig(R, 7)},
    "CN": {"mobile": lambda R: "1" + R.choice(["30", "31", "32", "33", "35", "36", "37", "38", "39", "50", "51", "52", "58", "59", "86", "87", "88", "89"]) + dig(R, 8)},
    "AU": {"mobile": lambda R: "4" + R.choice("0123") + dig(R, 7)},
    "PK": {"mobile": lambda R: "3" + R.choice(["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "11", "12", "13", "14", "15", "21", "22", "33", "34", "45"]) + dig(R, 7)},
}
CC = {"US": "1", "CA": "1", "GB": "44", "DE": "49", "FR": "33", "ES": "34", "IT": "39", "NL": "31", "PL": "48", "PT": "351",
      "BR": "55", "MX": "52", "IN": "91", "ID": "62", "PH": "63", "NG": "234", "KE": "254", "ZA": "27", "TR": "90",
      "AE": "971", "JP": "81", "KR": "82", "CN": "86", "AU": "61", "PK": "92"}
TRUNK0 = {"GB", "DE", "FR", "NL", "IN", "ID", "PH", "NG", "KE", "ZA", "TR", "AE", "JP", "KR", "AU", "PK"}
ZERO0 = {"GB", "DE", "FR", "ES", "IT", "NL", "PL", "PT", "IN", "ZA", "TR", "AE", "MX", "PH", "PK"}  # '00' is the intl prefix


def _grp(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return out


def fmt_phone(R, cc, kind, nsn, style):
    """Returns the number as written in `style` (nat, intl, e164, 00)."""
    c = CC[cc]
    if style == "e164":
        return "+" + c + nsn
    sep = " "
    if cc in ("US", "CA"):
        a, e, l4 = nsn[:3], nsn[3:6], nsn[6:]
        if style == "nat":
            return R.choice(["(%s) %s-%s" % (a, e, l4), "%s-%s-%s" % (a, e, l4), "%s.%s.%s" % (a, e, l4), "1-%s-%s-%s" % (a, e, l4)])
        body = R.choice(["%s-%s-%s" % (a, e, l4), "(%s) %s-%s" % (a, e, l4), "%s %s %s" % (a, e, l4)])
    elif cc == "GB":
        g = [nsn[:4], nsn[4:]] if kind == "mobile" else ([nsn[:2], nsn[2:6], nsn[6:]] if kind == "london" else [nsn[:3], nsn[3:6], nsn[6:]])
        if style == "nat":
            return "0" + " ".join(g)
        body = R.choice([" ".join(g), "(0)" + " ".join(g)])
    elif cc == "DE":
        pre = 3 if kind == "mobile" else (2 if kind == "berlin" or nsn[:2] in ("40", "89", "69") else 3)
        a, b = nsn[:pre], nsn[pre:]
        if style == "nat":
            return R.choice(["0%s %s" % (a, b), "0%s/%s" % (a, b), "0%s-%s" % (a, b), "0%s %s %s" % (a, b[:3], b[3:])])
        body = R.choice(["%s %s" % (a, b), "(0)%s %s" % (a, b), "%s-%s" % (a, b)])
    elif cc == "FR":
        g = [nsn[0]] + _grp(nsn[1:], [2, 2, 2, 2])
        if style == "nat":
            return R.choice([" ", ".", ""]).join(["0" + g[0]] + g[1:]) if R.random() < 0.9 else "0" + nsn
        body = R.choice([" ".join(g), "(0)" + " ".join(g)])
    elif cc in ("ES", "PL", "PT"):
        g = _grp(nsn, [3, 3, 3]) if cc != "ES" or R.random() < 0.5 else _grp(nsn, [3, 2, 2, 2])
        if style == "nat":
            return R.choice([" ", " ", "-", ""]).join(g)
        body = " ".join(g)
    elif cc == "IT":
        g = _grp(nsn, [3, 3, 4]) if kind == "mobile" else _grp(nsn, [2, 4, 4])
        if style == "nat":
            return R.choice([" ".join(g), g[0] + "/" + "".join(g[1:]), "".join(g)])
        body = " ".join(g)
    elif cc == "NL":
        if kind == "mobile":
            if style == "nat":
                return R.choice(["06-" + nsn[1:], "06 " + " ".join(_grp(nsn[1:], [2, 2, 2, 2])), "06 " + nsn[1:]])
            body = R.choice(["6 " + nsn[1:], "6 " + " ".join(_grp(nsn[1:], [2, 2, 2, 2]))])
        else:
            if style == "nat":
                return "0%s-%s" % (nsn[:2], nsn[2:])
            body = "%s %s %s" % (nsn[:2], nsn[2:5], nsn[5:])
    elif cc == "BR":
        a, rest = nsn[:2], nsn[2:]
        b = rest[:-4] + "-" + rest[-4:]
        if style == "nat":
            return R.choice(["(%s) %s" % (a, b), "%s %s" % (a, b), "(%s) %s" % (a, rest)])
        body = "%s %s" % (a, b)
    elif cc == "MX":
        g = _grp(nsn, [2, 4, 4])
        if style == "nat":
            return R.choice([" ".join(g), "(%s) %s-%s" % tuple(g)])
        body = " ".join(g)
    elif cc == "IN":
        if style == "nat":
            return R.choice([nsn[:5] + " " + nsn[5:], nsn, "0" + nsn[:5] + " " + nsn[5:], nsn[:3] + "-" + nsn[3:6] + "-" + nsn[6:]])
        body = R.choice([nsn[:5] + " " + nsn[5:], nsn])
        if R.random() < 0.3:
            return "+91-" + nsn
    elif cc == "ID":
        g = _grp(nsn, [3, 4, 4])
        if style == "nat":
            return R.choice(["0" + "-".join(g), "0" + " ".join(g), "0" + nsn])
        body = R.choice(["-".join(g), " ".join(g)])
    elif cc in ("PH", "NG"):
        g = _grp(nsn, [3, 3, 4])
        if style == "nat":
            return R.choice(["0" + " ".join(g), "0" + "-".join(g), "0" + nsn])
        body = " ".join(g)
    elif cc == "KE":
        if style == "nat":
            return R.choice(["0%s %s" % (nsn[:3], nsn[3:]), "0%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "0" + nsn])
        body = "%s %s" % (nsn[:3], nsn[3:])
    elif cc == "ZA":
        g = _grp(nsn, [2, 3, 4])
        if style == "nat":
            return R.choice(["0" + " ".join(g), "0" + nsn])
        body = " ".join(g)
    elif cc == "TR":
        g = _grp(nsn, [3, 3, 2, 2])
        if style == "nat":
            return R.choice(["0" + " ".join(g), "0 (%s) %s %s %s" % tuple(g), "0" + nsn])
        body = " ".join(g)
    elif cc == "AE":
        if style == "nat":
            return R.choice(["0%s %s %s" % (nsn[:2], nsn[2:5], nsn[5:]), "0%s-%s" % (nsn[:2], nsn[2:]), "0" + nsn])
        body = "%s %s %s" % (nsn[:2], nsn[2:5], nsn[5:])
    elif cc in ("JP", "KR"):
        g = _grp(nsn, [2, 4, 4])
        if style == "nat":
            return "0" + "-".join(g)
        body = R.choice(["-".join(g), " ".join(g)])
    elif cc == "CN":
        g = _grp(nsn, [3, 4, 4])
        if style == "nat":
            return R.choice([" ".join(g), nsn, "-".join(g)])
        body = " ".join(g)
    elif cc == "AU":
        g = [nsn[:3], nsn[3:6], nsn[6:]]
        if style == "nat":
            return "0" + " ".join(g)
        body = " ".join(g)
    elif cc == "PK":
        if style == "nat":
            return R.choice(["0%s-%s" % (nsn[:3], nsn[3:]), "0%s %s" % (nsn[:3], nsn[3:])])
        body = "%s %s" % (nsn[:3], nsn[3:])
    else:
        raise KeyError(cc)
    if style == "00":
        return "00" + c + sep + body
    return "+" + c + sep + body


def phone(R, cc, style=None, region=None, kind=None):
    region = region or cc
    kinds = NSN[cc]
    kind = kind or ("mobile" if "mobile" in kinds and R.random() < 0.8 else R.choice(sorted(kinds)))
    nsn = kinds[kind](R)
    if style is None:
        style = R.choice(["nat", "nat", "nat", "intl", "intl"] + (["e164"] if R.random() < 0.3 else []))
    if region != cc and style == "nat":
        style = "intl"
    if style == "00" and region not in ZERO0:
        style = "intl"
    meta = {"sub": kind, "region": region}
    if region != cc:
        meta["plan"] = cc
    return L("phone", fmt_phone(R, cc, kind, nsn, style), **meta)


def company_phone(R, cc):
    """A company's service line (a look-alike: not personal)."""
    f = {
        "US": lambda: "1-800-%s-%s" % (dig(R, 3), dig(R, 4)), "CA": lambda: "1-888-%s-%s" % (dig(R, 3), dig(R, 4)),
        "GB": lambda: R.choice(["0800 %s %s" % (dig(R, 3), dig(R, 4)), "0345 %s %s" % (dig(R, 3), dig(R, 4))]),
        "DE": lambda: R.choice(["0800 %s %s" % (dig(R, 3), dig(R, 4)), "069 %s-0" % dig(R, 4)]),
        "FR": lambda: "09 69 %s %s %s" % (dig(R, 2), dig(R, 2), dig(R, 2)), "ES": lambda: "900 %s %s" % (dig(R, 3), dig(R, 3)),
        "IT": lambda: "800 %s %s" % (dig(R, 3), dig(R, 3)), "NL": lambda: "0800-%s" % dig(R, 4),
        "PL": lambda: "801 %s %s" % (dig(R, 3), dig(R, 3)), "PT": lambda: "707 %s %s" % (dig(R, 3), dig(R, 3)),
        "BR": lambda: R.choice(["0800 %s %s" % (dig(R, 3), dig(R, 4)), "4004-%s" % dig(R, 4)]),
        "MX": lambda: "800 %s %s" % (dig(R, 3), dig(R, 4)), "IN": lambda: "1800 %s %s" % (dig(R, 3), dig(R, 4)),
        "ID": lambda: "1500%s" % dig(R, 3), "PH": lambda: "(02) 8%s-%s" % (dig(R, 3), dig(R, 4)),
        "NG": lambda: "0700 %s %s" % (dig(R, 3), dig(R, 4)), "KE": lambda: "0800 %s %s" % (dig(R, 3), dig(R, 3)),
        "ZA": lambda: "0860 %s %s" % (dig(R, 3), dig(R, 3)), "TR": lambda: "444 %s %s" % (dig(R, 2), dig(R, 2)),
        "AE": lambda: R.choice(["800 %s" % dig(R, 4), "600 5%s %s" % (dig(R, 1), dig(R, 4))]),
        "JP": lambda: "0120-%s-%s" % (dig(R, 3), dig(R, 3)), "KR": lambda: "1588-%s" % dig(R, 4),
        "CN": lambda: "400-%s-%s" % (dig(R, 3), dig(R, 4)), "AU": lambda: "13 %s %s" % (dig(R, 2), dig(R, 2)),
    }[cc]
    return N(f(), "company_phone")


# ================================================================ e-mail

DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
    "GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com"],
    "DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "mailbox.org"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "hotmail.fr"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
    "MX": ["gmail.com", "hotmail.com", "outlook.com", "prodigy.net.mx", "yahoo.com.mx"],
    "IT": ["libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "planet.nl"],
    "PL": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com", "gazeta.pl"],
    "PT": ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt"],
    "BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br", "yahoo.com.br"],
    "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com", "hotmail.com"],
    "ID": ["gmail.com", "yahoo.co.id", "ymail.com"],
    "PH": ["gmail.com", "yahoo.com", "outlook.com"],
    "NG": ["gmail.com", "yahoo.com", "outlook.com"],
    "KE": ["gmail.com", "yahoo.com", "outlook.com"],
    "ZA": ["gmail.com", "mweb.co.za", "telkomsa.net", "webmail.co.za"],
    "TR": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr"],
    "AE": ["gmail.com", "hotmail.com", "outlook.com", "eim.ae"],
    "JP": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"],
    "KR": ["naver.com", "daum.net", "gmail.com", "kakao.com", "hanmail.net"],
    "CN": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
    "AU": ["gmail.com", "bigpond.com", "optusnet.com.au", "icloud.com"],
    "CA": ["gmail.com", "rogers.com", "shaw.ca", "videotron.ca", "sympatico.ca"],
}


def _slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def email(R, p, cc, domain=None):
    g, f = _slug(p.given), _slug(p.family.split(" ")[0] if p.cul in ("es", "mx") else p.family)
    dom = domain or R.choice(DOMAINS[cc])
    if dom in ("qq.com",) and R.random() < 0.7:
        return L("email", "%s@qq.com" % dig_nl(R, R.randint(8, 10)), sub="personal")
    local = R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s_%s%d" % (g, f, p.dob.year % 100),
                      "%s.%s%d" % (f, g, R.randint(1, 99)), "%s%s" % (g, f[:1]), "%s.%s" % (g, f)])
    return L("email", local + "@" + dom, sub="work" if domain else "personal")


# ================================================================ dates

PL_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
          "października", "listopada", "grudnia"]
TR_M = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
ID_M = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
        "November", "Desember"]
LANG_OF = {"US": "en", "GB": "en", "DE": "de", "FR": "fr", "ES": "es", "MX": "es", "IT": "it", "NL": "nl", "PL": "pl",
           "PT": "pt", "BR": "pt", "IN": "en", "ID": "id", "PH": "en", "NG": "en", "KE": "en", "ZA": "en", "TR": "tr",
           "AE": "en", "JP": "ja", "KR": "ko", "CN": "zh", "AU": "en", "CA": "en", "PK": "en"}


def fdate(d, cc, style="num"):
    y, m, dd = d.year, d.month, d.day
    if style == "iso":
        return d.isoformat()
    if cc == "JP":
        return "%d年%d月%d日" % (y, m, dd) if style == "long" else "%d/%02d/%02d" % (y, m, dd)
    if cc == "KR":
        return "%d년 %d월 %d일" % (y, m, dd) if style == "long" else "%d.%02d.%02d" % (y, m, dd)
    if cc == "CN":
        return "%d年%d月%d日" % (y, m, dd) if style == "long" else "%d-%02d-%02d" % (y, m, dd)
    if style == "long":
        lg = LANG_OF[cc]
        if cc == "US" or (cc == "PH"):
            return "%s %d, %d" % (MONTHS["en"][m - 1], dd, y)
        if lg == "en":
            return "%d %s %d" % (dd, MONTHS["en"][m - 1], y)
        if lg == "de":
            return "%d. %s %d" % (dd, MONTHS["de"][m - 1], y)
        if lg in ("es", "pt"):
            return "%d de %s de %d" % (dd, MONTHS[lg][m - 1], y)
        if lg in ("fr", "it", "nl"):
            return "%d %s %d" % (dd, MONTHS[lg][m - 1], y)
        if lg == "pl":
            return "%d %s %d r." % (dd, PL_GEN[m - 1], y)
        if lg == "tr":
            return "%d %s %d" % (dd, TR_M[m - 1], y)
        if lg == "id":
            return "%d %s %d" % (dd, ID_M[m - 1], y)
    if cc in ("US", "PH"):
        return "%02d/%02d/%d" % (m, dd, y)
    if cc in ("DE", "PL", "TR"):
        return "%02d.%02d.%d" % (dd, m, y)
    if cc in ("NL", "IN", "ID"):
        return "%02d-%02d-%d" % (dd, m, y)
    if cc == "ZA":
        return "%d/%02d/%02d" % (y, m, dd)
    if cc == "CA":
        return d.isoformat()
    return "%02d/%02d/%d" % (dd, m, y)


def DOB(p, cc, style="num"):
    return L("dob", fdate(p.dob, cc, style), sub=cc.lower())


def rdate(R, lo=(2026, 1, 5), hi=(2026, 12, 20)):
    a, b = datetime.date(*lo), datetime.date(*hi)
    return a + datetime.timedelta(days=R.randint(0, (b - a).days))


def ND(R, cc, tag="date", style="num", d=None):
    return N(fdate(d or rdate(R), cc, style), tag)


# ================================================================ money

def _g3(n, sep):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = sep + s[-3:] + out
        s = s[:-3]
    return s + out


def _lakh(n):
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts) + "," + tail


class Money:
    """Formats amounts of one country in one consistent style per record."""

    def __init__(self, R, cc):
        self.cc = cc
        self.var = R.random()

    def pick(self, opts):
        return opts[int(self.var * len(opts))]

    def fmt(self, cents):
        cc = self.cc
        v, c = divmod(cents, 100)
        if cc in ("US", "AU", "CA", "MX", "PH", "NG", "KE", "AE", "GB"):
            sym = {"US": "$", "AU": "A$", "CA": "$", "MX": "$", "PH": "₱", "NG": "₦", "KE": "KES ", "AE": "AED ", "GB": "£"}[cc]
            s = "%s%s.%02d" % (sym, _g3(v, ","), c)
            return s + (self.pick(["", " MXN"]) if cc == "MX" else "")
        if cc in ("DE", "ES", "NL", "IT", "PT"):
            n = "%s,%02d" % (_g3(v, "."), c)
            return self.pick(["%s €" % n, "€ %s" % n, "%s EUR" % n]) if cc in ("NL", "IT") else self.pick(["%s €" % n, "%s EUR" % n])
        if cc == "FR":
            return "%s,%02d\u00a0€" % (_g3(v, "\u202f"), c)
        if cc == "PL":
            return "%s,%02d zł" % (_g3(v, "\u00a0"), c)
        if cc == "BR":
            return "R$ %s,%02d" % (_g3(v, "."), c)
        if cc == "IN":
            return self.pick(["₹%s.%02d" % (_lakh(v), c), "Rs. %s.%02d" % (_lakh(v), c), "INR %s.%02d" % (_lakh(v), c)])
        if cc == "ID":
            return "Rp%s" % _g3(v * 1000 + (500 if c >= 50 else 0), ".")
        if cc == "ZA":
            return "R%s,%02d" % (_g3(v, " "), c)
        if cc == "TR":
            return self.pick(["%s,%02d TL" % (_g3(v, "."), c), "₺%s,%02d" % (_g3(v, "."), c)])
        if cc == "JP":
            return self.pick(["¥%s" % _g3(v * 100, ","), "%s円" % _g3(v * 100, ",")])
        if cc == "KR":
            return "%s원" % _g3(v * 1000, ",")
        if cc == "CN":
            return self.pick(["¥%s.%02d" % (_g3(v, ","), c), "%s.%02d元" % (_g3(v, ","), c)])
        raise KeyError(cc)

    def N(self, cents):
        return N(self.fmt(cents), "amount")


def money_str(R, cc, lo, hi, cents=True):
    v = R.randint(lo, hi)
    c = R.randint(0, 99) if cents else 0
    return Money(R, cc).fmt(v * 100 + c)


def M(R, cc, lo=5, hi=900, cents=True):
    return N(money_str(R, cc, lo, hi, cents), "amount")


# ================================================================ gov ids
# Each returns the id as written; `gov_ok` re-verifies by sub. Ids that
# encode the birth date and sex are made consistent with the holder.

def pesel(p):
    y, m, d = p.dob.year, p.dob.month, p.dob.day
    mm = m + (20 if y >= 2000 else 0)
    return None, "%02d%02d%02d" % (y % 100, mm, d)


def pesel_make(R, p):
    _, base = pesel(p)
    ser = dig(R, 3) + R.choice("13579" if p.sex == "m" else "02468")
    s = base + ser
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(c) * x for c, x in zip(s, w)) % 10) % 10)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and s.isdigit() and (10 - sum(int(c) * x for c, x in zip(s, w)) % 10) % 10 == int(s[10])


def ptnif_make(R):
    s = R.choice("12") + dig(R, 7)
    r = sum(int(c) * (9 - i) for i, c in enumerate(s)) % 11
    return s + str(0 if r < 2 else 11 - r)


def ptnif_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    r = sum(int(c) * (9 - i) for i, c in enumerate(s[:8])) % 11
    return int(s[8]) == (0 if r < 2 else 11 - r)


def tckn_make(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s):
    if len(s) != 11 or not s.isdigit() or s[0] == "0":
        return False
    d = list(map(int, s))
    return d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 and d[10] == sum(d[:10]) % 10


CURP_AL = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
CURP_BAD = {"BACA", "BAKA", "BUEI", "BUEY", "CACA", "CACO", "CAGA", "CAGO", "CAKA", "CAKO", "COGE", "COJA", "COJE",
            "COJI", "COJO", "CULO", "FETO", "GUEY", "JOTO", "KACA", "KACO", "KAGA", "KAGO", "KOGE", "KOJO", "KAKA",
            "KULO", "MAME", "MAMO", "MEAR", "MEAS", "MEON", "MION", "MOCO", "MULA", "PEDA", "PEDO", "PENE", "PUTA",
            "PUTO", "QULO", "RATA", "RUIN"}
MX_STATE = {"CDMX": "DF", "Jal.": "JC", "N.L.": "NL", "Pue.": "PL", "Qro.": "QT", "Yuc.": "YN", "Gto.": "GT"}


def _up(s):
    return fold(s).upper().replace("Ñ", "X")


def _mx_head(p):
    pat, mat = (p.family.split(" ") + ["X"])[:2]
    pat, mat, giv = _up(pat), _up(mat), _up(p.given.split(" ")[-1] if p.given.split(" ")[0] in ("José", "María") else p.given.split(" ")[0])
    vow = next((c for c in pat[1:] if c in "AEIOU"), "X")
    head = pat[0] + vow + mat[0] + giv[0]
    if head in CURP_BAD:
        head = head[0] + "X" + head[2:]

    def cons(w):
        return next((c for c in w[1:] if c.isalpha() and c not in "AEIOU"), "X")
    return head, cons(pat) + cons(mat) + cons(giv)


def curp_check(s17):
    t = sum(CURP_AL.index(c) * (18 - i) for i, c in enumerate(s17))
    return str((10 - t % 10) % 10)


def curp_make(R, p, state="DF"):
    head, cons = _mx_head(p)
    d = p.dob
    s = head + "%02d%02d%02d" % (d.year % 100, d.month, d.day) + ("H" if p.sex == "m" else "M") + state + cons
    s += R.choice(string.digits) if d.year < 2000 else R.choice(string.ascii_uppercase)
    return s + curp_check(s)


def curp_ok(s):
    return bool(re.fullmatch(r"[A-Z]{4}\d{6}[HM][A-Z]{2}[A-Z]{3}[0-9A-Z]\d", s)) and curp_check(s[:17]) == s[17]


RFC_AL = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def rfc_check(s12):
    t = sum(RFC_AL.index(c) * (13 - i) for i, c in enumerate(s12))
    r = t % 11
    if r == 0:
        return "0"
    return "A" if 11 - r == 10 else str(11 - r)


def rfc_make(R, p):
    head, _ = _mx_head(p)
    d = p.dob
    s = head + "%02d%02d%02d" % (d.year % 100, d.month, d.day) + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789")
    return s + rfc_check(s)


def rfc_ok(s):
    return len(s) == 13 and rfc_check(s[:12]) == s[12]


NIK_REG = ["317404", "327303", "357813", "347101", "337406", "127102", "517103"]


def nik_make(R, p):
    d = p.dob
    return R.choice(NIK_REG) + "%02d%02d%02d" % (d.day + (40 if p.sex == "f" else 0), d.month, d.year % 100) + "%04d" % R.randint(1, 999)


def nik_ok(s, p=None):
    if len(s) != 16 or not s.isdigit():
        return False
    dd = int(s[6:8])
    dd = dd - 40 if dd > 40 else dd
    return 1 <= dd <= 31 and 1 <= int(s[8:10]) <= 12


def zaid_make(R, p):
    d = p.dob
    s = "%02d%02d%02d" % (d.year % 100, d.month, d.day) + ("%04d" % R.randint(5000, 9999) if p.sex == "m" else "%04d" % R.randint(0, 4999)) + "08"
    return luhn_complete(s)


def zaid_ok(s):
    return len(s) == 13 and s.isdigit() and luhn_ok(s) and 1 <= int(s[2:4]) <= 12


def eid_make(R, p):
    return luhn_complete("784" + str(p.dob.year) + dig(R, 7))


def eid_ok(s):
    return len(s) == 15 and s.startswith("784") and luhn_ok(s)


def mynum_check(d11):
    t = 0
    for n in range(1, 12):
        pn = int(d11[11 - n])
        qn = n + 1 if n <= 6 else n - 5
        t += pn * qn
    r = t % 11
    return "0" if r <= 1 else str(11 - r)


def mynum_make(R):
    s = dig(R, 11)
    return s + mynum_check(s)


def mynum_ok(s):
    return len(s) == 12 and s.isdigit() and mynum_check(s[:11]) == s[11]


def rrn_check(s12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return str((11 - sum(int(c) * x for c, x in zip(s12, w)) % 11) % 10)


def rrn_make(R, p):
    d = p.dob
    g = (1 if p.sex == "m" else 2) + (2 if d.year >= 2000 else 0)
    s = "%02d%02d%02d%d" % (d.year % 100, d.month, d.day, g) + dig(R, 5)
    return s + rrn_check(s)


def rrn_ok(s):
    return len(s) == 13 and s.isdigit() and rrn_check(s[:12]) == s[12]


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CN_AREAS = ["310104", "110105", "440106", "440305", "330106", "510107"]


def cnid_make(R, p, area=None):
    d = p.dob
    seq = "%02d" % R.randint(0, 99) + R.choice("13579" if p.sex == "m" else "02468")
    s = (area or R.choice(CN_AREAS)) + "%04d%02d%02d" % (d.year, d.month, d.day) + seq
    return s + "10X98765432"[sum(int(c) * w for c, w in zip(s, CN_W)) % 11]


def cnid_ok(s):
    return len(s) == 18 and s[:17].isdigit() and "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], CN_W)) % 11] == s[17]


TFN_W = [1, 4, 3, 7, 5, 8, 6, 9, 10]


def tfn_make(R):
    while True:
        s = R.choice("123456789") + dig(R, 7)
        t = sum(int(c) * w for c, w in zip(s, TFN_W[:8]))
        d = t % 11
        if d <= 9:
            r = s + str(d)
            assert tfn_ok(r)
            return r


def tfn_ok(s):
    return len(s) == 9 and s.isdigit() and sum(int(c) * w for c, w in zip(s, TFN_W)) % 11 == 0


def sin_make(R):
    return luhn_complete(R.choice("1234567") + dig(R, 7))


def cnpj_make(R):
    b = dig(R, 8) + "0001"
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    r = sum(int(c) * w for c, w in zip(b, w1)) % 11
    b += str(0 if r < 2 else 11 - r)
    w2 = [6] + w1
    r = sum(int(c) * w for c, w in zip(b, w2)) % 11
    b += str(0 if r < 2 else 11 - r)
    return "%s.%s.%s/%s-%s" % (b[:2], b[2:5], b[5:8], b[8:12], b[12:])


def ukdl_make(R, p):
    sur = (re.sub(r"[^A-Z]", "", _up(p.family)) + "99999")[:5]
    d = p.dob
    mm = d.month + (50 if p.sex == "f" else 0)
    ini = (_up(p.given)[0] + R.choice(string.ascii_uppercase + "9"))
    return "%s%d%02d%02d%d%s9%s%s" % (sur, (d.year % 100) // 10, mm, d.day, d.year % 10, ini,
                                      R.choice(string.ascii_uppercase), R.choice(string.ascii_uppercase))


def ssn_s(R, sep="-"):
    a, g, s = ssn_random(R)
    return sep.join([a, g, s])


def nino_s(R, spaced=True):
    p2, n, s = nino_random(R)
    return "%s %s %s %s %s" % (p2, n[:2], n[2:4], n[4:], s) if spaced else p2 + n + s


def nir_s(R, p):
    body, key = nir_random(R, sex="1" if p.sex == "m" else "2", yy=p.dob.year % 100, mm=p.dob.month)
    return "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key)


BELFIORE = {"Napoli": "F839", "Torino": "L219", "Bologna": "A944", "Firenze": "D612", "Bari": "A662", "Verona": "L781",
            "Padova": "G224", "Genova": "D969", "Catania": "C351", "Milano": "F205", "Roma": "H501", "Trieste": "L424"}


def cf_s(R, p):
    d = p.dob
    return cf_make(p.family.replace(" ", ""), p.given, d.year % 100, d.month, d.day, p.sex == "f", BELFIORE[R.choice(sorted(BELFIORE))])


def dni_s(R, style=0):
    n, l = dni_random(R)
    return [n + l, "%s.%s.%s-%s" % (n[:2], n[2:5], n[5:], l), n + "-" + l][style]


def nie_s(R):
    a, n, l = nie_random(R)
    return a + n + l


def aadhaar_s(R):
    s = aadhaar_random(R)
    return R.choice([group(s, 4), s, group(s, 4, "-")])


def cpf_s(R):
    s = cpf_random(R)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if R.random() < 0.8 else s


PASSPORT = {
    "US": lambda R: R.choice(["5", "6"]) + dig(R, 8), "GB": lambda R: "1" + dig(R, 8),
    "IN": lambda R: R.choice("JKLMNPRSTUVWZ") + dig(R, 7), "PH": lambda R: "P" + dig(R, 7) + R.choice("ABC"),
    "NG": lambda R: "A" + dig(R, 8), "KE": lambda R: "AK" + dig(R, 7), "ZA": lambda R: "A" + dig(R, 8),
    "JP": lambda R: R.choice(["TK", "TR", "TZ", "MZ"]) + dig(R, 7), "KR": lambda R: "M" + dig(R, 8),
    "CN": lambda R: "E" + dig(R, 8), "DE": lambda R: R.choice("CFGHJK") + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
    "FR": lambda R: dig(R, 2) + R.choice(string.ascii_uppercase) + R.choice(string.ascii_uppercase) + dig(R, 5),
    "ES": lambda R: "".join(R.choice("PAQRSTUVWXYZ") for _ in range(3)) + dig(R, 6), "IT": lambda R: "Y" + R.choice("ABC") + dig(R, 7),
    "NL": lambda R: "N" + R.choice("PRSTUVWXYZ") + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + dig(R, 1),
    "PL": lambda R: "E" + R.choice("ABCDEFG") + dig(R, 7), "TR": lambda R: "U" + dig(R, 8), "MX": lambda R: "G" + dig(R, 8),
    "BR": lambda R: R.choice(["FZ", "GA", "FX", "FY"]) + dig(R, 6), "AU": lambda R: "P" + R.choice("ABCDE") + dig(R, 7),
    "CA": lambda R: R.choice(["AB", "AK", "GA", "HP"]) + dig(R, 6), "PT": lambda R: "C" + R.choice("ABCDE") + dig(R, 6),
    "ID": lambda R: R.choice("BCEX") + dig(R, 7), "PK": lambda R: R.choice(["AB", "BN", "CV"]) + dig(R, 7),
}
PASSPORT_RE = {"US": r"[56]\d{8}", "GB": r"1\d{8}", "IN": r"[A-Z]\d{7}", "PH": r"P\d{7}[A-C]", "NG": r"A\d{8}",
               "KE": r"AK\d{7}", "ZA": r"A\d{8}", "JP": r"[A-Z]{2}\d{7}", "KR": r"M\d{8}", "CN": r"E\d{8}",
               "DE": r"[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}", "FR": r"\d{2}[A-Z]{2}\d{5}", "ES": r"[A-Z]{3}\d{6}",
               "IT": r"Y[A-C]\d{7}", "NL": r"N[P-Z][A-Z0-9]{6}\d", "PL": r"E[A-G]\d{7}", "TR": r"U\d{8}", "MX": r"G\d{8}",
               "BR": r"[A-Z]{2}\d{6}", "AU": r"P[A-E]\d{7}", "CA": r"[A-Z]{2}\d{6}", "PT": r"C[A-E]\d{6}",
               "ID": r"[BCEX]\d{7}", "PK": r"[A-Z]{2}\d{7}"}


def passport(R, cc):
    return L("gov_id", PASSPORT[cc](R), sub=cc.lower() + "_passport")


def G(value, sub):
    return L("gov_id", value, sub=sub)


def _c(v):
    return re.sub(r"[\s.\-/]", "", v)


def gov_ok(sub, v):
    c = _c(v)
    if sub.endswith("_passport"):
        return bool(re.fullmatch(PASSPORT_RE[sub[:2].upper()], c))
    if sub == "us_ssn":
        return len(c) == 9 and c.isdigit() and ssn_valid(int(c[:3]), int(c[3:5]), int(c[5:]))
    if sub == "gb_nino":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c)) and c[:2] not in NINO_BAD_PREFIX
    if sub == "gb_dl":
        return bool(re.fullmatch(r"[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z9]{2}9[A-Z]{2}", c))
    if sub == "de_steuerid":
        return steuerid_ok(c)
    if sub == "fr_nir":
        return len(c) == 15 and nir_ok(c[:13], c[13:])
    if sub == "es_dni":
        return len(c) == 9 and c[:8].isdigit() and DNI_LETTERS[int(c[:8]) % 23] == c[8]
    if sub == "es_nie":
        return len(c) == 9 and nie_ok(c)
    if sub == "it_cf":
        return len(c) == 16 and cf_check(c[:15]) == c[15]
    if sub == "nl_bsn":
        return bsn_ok(c)
    if sub == "in_aadhaar":
        return len(c) == 12 and c[0] in "23456789" and verhoeff_ok(c)
    if sub == "in_pan":
        return bool(re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", c))
    if sub == "in_dl":
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}(19|20)\d{9}", c))
    if sub == "br_cpf":
        return cpf_ok(c)
    if sub == "pl_pesel":
        return pesel_ok(c)
    if sub == "pt_nif":
        return ptnif_ok(c)
    if sub == "tr_tckn":
        return tckn_ok(c)
    if sub == "mx_curp":
        return curp_ok(c)
    if sub == "mx_rfc":
        return rfc_ok(c)
    if sub == "id_nik":
        return nik_ok(c)
    if sub == "ph_tin":
        return bool(re.fullmatch(r"\d{12}", c))
    if sub == "ph_sss":
        return bool(re.fullmatch(r"\d{10}", c))
    if sub in ("ng_bvn", "ng_nin"):
        return bool(re.fullmatch(r"\d{11}", c)) and (sub != "ng_bvn" or c.startswith("22"))
    if sub == "ke_id":
        return bool(re.fullmatch(r"[1-3]\d{7}", c))
    if sub == "ke_kra":
        return bool(re.fullmatch(r"A\d{9}[A-Z]", c))
    if sub == "za_id":
        return zaid_ok(c)
    if sub == "ae_eid":
        return eid_ok(c)
    if sub == "jp_mynumber":
        return mynum_ok(c)
    if sub == "kr_rrn":
        return rrn_ok(c)
    if sub == "cn_rid":
        return cnid_ok(c)
    if sub == "au_tfn":
        return tfn_ok(c)
    if sub == "au_dl":
        return bool(re.fullmatch(r"\d{8,9}", c))
    if sub == "ca_sin":
        return len(c) == 9 and c.isdigit() and c[0] in "1234567" and luhn_ok(c)
    if sub == "ca_dl":
        return bool(re.fullmatch(r"[A-Z]\d{14}", c))
    if sub == "jp_dl":
        return jp_dl_ok(c)
    if sub == "it_dl":
        return bool(re.fullmatch(r"[A-Z]{2}\d{7}[A-Z]", c))
    if sub == "de_dl":
        return bool(re.fullmatch(r"[A-Z]\d{2}[A-Z0-9]{6}\d[A-Z0-9]", c))
    if sub == "pl_idcard":
        return plid_ok(c)
    if sub == "us_dl":
        return bool(re.fullmatch(r"[A-Z]\d{7}|\d{8,9}|[A-Z]\d{12}", c))
    raise KeyError(sub)


# ================================================================ IBANs, cards

def iban(R, cc, style=None, **meta):
    while True:
        s = iban_random(R, cc) if cc != "TR" else iban_make("TR", dig(R, 5) + "0" + dig(R, 16))
        tail = {"TR": s[10:], "IT": s[15:], "FR": s[14:25], "PL": s[4:], "PT": s[4:], "AE": s[4:]}.get(cc, "0")
        if tail.isdigit():
            break
    style = style or R.choice(["group"] * 7 + ["compact"] * 3)
    v = group(s, 4) if style == "group" else s
    return L("iban", v, sub=cc.lower(), **meta)


def iban_ok(v):
    c = re.sub(r"[\s\-\u00a0\u202f]", "", v).upper()
    cc = c[:2]
    if cc not in IBAN_LEN or len(c) != IBAN_LEN[cc] or iban_mod97(c) != 1:
        return False
    b = c[4:]
    if cc == "FR":
        return _fr_rib_key(b[:5], b[5:10], b[10:21]) == b[21:]
    if cc == "ES":
        return _es_dc(b[:4], b[4:8], b[10:]) == b[8:10]
    if cc == "IT":
        return _it_cin(b[1:6], b[6:11], b[11:]) == b[0]
    return True


ISSUERS = {name: (prefixes, lengths) for name, prefixes, lengths in CARD_ISSUERS}
ISSUERS["verve"] = (["506102", "506105", "506110", "506120", "506140"], [16, 19])
ISSUERS["maestro"] = (ISSUERS["maestro"][0], [16, 19])
ISSUERS["unionpay"] = (["62"], [16, 19])


def card_digits(R, issuer):
    pre, lens = ISSUERS[issuer]
    p = R.choice(pre)
    n = R.choice(lens)
    return luhn_complete(p + dig(R, n - len(p) - 1))


def fmt_card(R, d, style=None):
    style = style or R.choice(["space"] * 6 + ["dash", "compact", "compact"])
    if style == "compact":
        return d
    n = len(d)
    sizes = {15: [4, 6, 5], 14: [4, 6, 4], 19: [4, 4, 4, 4, 3]}.get(n, [4] * (n // 4) + ([n % 4] if n % 4 else []))
    return (" " if style == "space" else "-").join(_grp(d, sizes))


def card(R, issuer, style=None):
    return L("card", fmt_card(R, card_digits(R, issuer), style), sub=issuer)


def card_ok(sub, v):
    d = re.sub(r"[\s\-]", "", v)
    if not d.isdigit() or not luhn_ok(d):
        return False
    pre, lens = ISSUERS[sub]
    return len(d) in lens and any(d.startswith(p) for p in pre)


CARD_BY = {"US": ["visa", "mastercard", "amex", "discover"], "GB": ["visa", "mastercard", "amex"], "DE": ["visa", "mastercard", "maestro"],
           "FR": ["visa", "mastercard"], "ES": ["visa", "mastercard"], "IT": ["visa", "mastercard", "maestro"], "NL": ["visa", "mastercard", "maestro"],
           "PL": ["visa", "mastercard"], "PT": ["visa", "mastercard"], "BR": ["visa", "mastercard"], "MX": ["visa", "mastercard", "amex"],
           "IN": ["rupay", "visa", "mastercard"], "ID": ["visa", "mastercard", "jcb"], "PH": ["visa", "mastercard", "jcb"],
           "NG": ["verve", "visa", "mastercard"], "KE": ["visa", "mastercard"], "ZA": ["visa", "mastercard"], "TR": ["troy", "visa", "mastercard"],
           "AE": ["visa", "mastercard"], "JP": ["jcb", "visa", "mastercard"], "KR": ["visa", "mastercard"], "CN": ["unionpay"],
           "AU": ["visa", "mastercard", "amex"], "CA": ["visa", "mastercard", "amex"]}


def cardc(R, cc, style=None):
    return card(R, R.choice(CARD_BY[cc]), style)


def masked(R, cc=None):
    l4 = dig(R, 4)
    return N(R.choice(["**** **** **** %s" % l4, "XXXX-XXXX-XXXX-%s" % l4, "•••• %s" % l4, "************%s" % l4,
                       "%s******%s" % (R.choice(["411111", "545454", "401288", "520082"]), l4), "xxxx %s" % l4]), "masked_card")


def expiry(R):
    return N(R.choice(["%02d/%02d" % (R.randint(1, 12), R.randint(27, 32)), "%02d/20%02d" % (R.randint(1, 12), R.randint(27, 32))]), "card_expiry")


def cvc(R, amex=False):
    return N(dig(R, 4 if amex else 3), "cvc")


# ================================================================ IPs

IP_FIRST = [31, 37, 41, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 102, 103, 105,
            112, 114, 115, 117, 118, 119, 121, 122, 125, 154, 175, 176, 177, 178, 179, 180, 181, 182, 183, 185, 186, 187,
            188, 189, 190, 191, 196, 197, 200, 201, 202, 210, 211, 212, 213, 217, 220, 222]


def ipv4_s(R):
    while True:
        s = "%d.%d.%d.%d" % (R.choice(IP_FIRST), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(s).is_global:
            return s


def ipv6_s(R):
    pre = R.choice(["2a02:8108", "2a01:e0a", "2001:1c00", "2a00:23c5", "2409:4042", "2400:4050", "2804:14c", "2603:8000"])
    return pre + ":" + ":".join("%x" % R.randint(0, 0xffff) for _ in range(R.choice([2, 3]))) + "::" + "%x" % R.randint(1, 0xffff)


def IP(R, v6=False):
    return L("ip", ipv6_s(R) if v6 else ipv4_s(R), sub="v6" if v6 else "v4")


def ip_ok(v):
    try:
        a = ipaddress.ip_address(v)
    except ValueError:
        return False
    return a.is_global


# ================================================================ secrets
# Credential shapes as the payment providers document them (plus corpuslib's
# Stripe, SendGrid, JWT and AWS shapes); `secret_ok` re-checks the shape.

BIP39 = ("abandon ability able about above absent absorb abstract absurd abuse access accident account accuse achieve acid "
         "acoustic acquire across act action actor actress actual adapt add addict address adjust admit adult advance advice "
         "aerobic affair afford afraid again age agent agree ahead aim air airport aisle alarm album alcohol alert alien all "
         "alley allow almost alone alpha already also alter always amateur amazing among amount amused analyst anchor ancient "
         "anger angle angry animal ankle announce annual another answer antenna antique anxiety any apart apology appear apple "
         "approve april arch arctic area arena argue arm armed armor army around arrange arrest arrive arrow art artefact artist "
         "artwork ask aspect assault asset assist assume asthma athlete atom attack attend attitude attract auction audit august "
         "aunt author auto autumn average avocado avoid awake aware away awesome awful awkward axis").split()

PW_WORDS = ["Kolibri", "Mango", "Sunflower", "Barcelona", "Lighthouse", "Pistachio", "Tamarind", "Velvet", "Cobalt",
            "Harbour", "Saffron", "Glacier", "Meerkat", "Cinnamon", "Marigold", "Thunder"]


def secret_s(R, kind):
    if kind == "stripe":
        return "sk_live_" + rnd(R, ALNUM, R.choice([24, 99]))
    if kind == "stripe_restricted":
        return "rk_live_" + rnd(R, ALNUM, 99)
    if kind == "stripe_webhook":
        return "whsec_" + rnd(R, ALNUM, 32)
    if kind == "razorpay_secret":
        return rnd(R, ALNUM, 24)
    if kind == "paystack":
        return "sk_live_" + rnd(R, HEX, 40)
    if kind == "flutterwave":
        return "FLWSECK-" + rnd(R, HEX, 32) + "-X"
    if kind == "mollie":
        return "live_" + rnd(R, ALNUM, 30)
    if kind == "midtrans":
        return "Mid-server-" + rnd(R, URLSAFE, 24)
    if kind == "xendit":
        return "xnd_production_" + rnd(R, ALNUM, 50)
    if kind == "paypal_secret":
        return "E" + rnd(R, URLSAFE, 79)
    if kind == "square":
        return "EAAA" + rnd(R, URLSAFE, 60)
    if kind == "adyen":
        return "AQE" + rnd(R, B64, 77) + "==-" + rnd(R, ALNUM, 44)
    if kind == "shopify":
        return "shpat_" + rnd(R, HEX, 32)
    if kind == "plaid":
        return rnd(R, HEX, 30)
    if kind == "daraja_secret":
        return rnd(R, ALNUM, 16)
    if kind == "daraja_passkey":
        return rnd(R, HEX, 64)
    if kind == "paymongo":
        return "sk_live_" + rnd(R, ALNUM, 24)
    if kind == "exchange_secret":
        return rnd(R, ALNUM, 64)
    if kind == "kraken_private":
        return rnd(R, B64, 86) + "=="
    if kind == "telegram_bot":
        return "%d:AA%s" % (R.randint(5000000000, 7999999999), rnd(R, URLSAFE, 33))
    if kind == "eth_private_key":
        return "0x" + rnd(R, HEX, 64)
    if kind == "seed_phrase":
        return " ".join(R.choice(BIP39) for _ in range(12))
    if kind == "webhook_secret":
        return R.choice(PW_WORDS).lower() + "_" + rnd(R, ALNUM, R.randint(10, 20))
    if kind == "adyen_hmac":
        return rnd(R, "0123456789ABCDEF", 64)
    if kind == "shopify_secret":
        return "shpss_" + rnd(R, HEX, 32)
    if kind == "password":
        return R.choice(PW_WORDS) + R.choice(["!", "#", "$", "*", "@", "?", "&"]) + str(R.randint(10, 9999)) + R.choice(["", "", "x", "K"])
    if kind == "app_password":
        return " ".join(rnd(R, string.ascii_lowercase, 4) for _ in range(4))
    if kind == "sendgrid":
        return secret_random(R, "sendgrid")
    if kind == "jwt":
        return secret_random(R, "jwt")
    if kind == "aws_access_key_id":
        return "AKIA" + rnd(R, string.ascii_uppercase + "234567", 16)
    if kind == "aws_secret_access_key":
        return rnd(R, B64, 40)
    raise KeyError(kind)


SECRET_RE = {
    "stripe": r"sk_live_[A-Za-z0-9]{24,99}", "stripe_restricted": r"rk_live_[A-Za-z0-9]{99}", "stripe_webhook": r"whsec_[A-Za-z0-9]{32}",
    "razorpay_secret": r"[A-Za-z0-9]{24}", "paystack": r"sk_live_[0-9a-f]{40}", "flutterwave": r"FLWSECK-[0-9a-f]{32}-X",
    "mollie": r"live_[A-Za-z0-9]{30}", "midtrans": r"Mid-server-[A-Za-z0-9_-]{24}", "xendit": r"xnd_production_[A-Za-z0-9]{50}",
    "paypal_secret": r"E[A-Za-z0-9_-]{79}", "square": r"EAAA[A-Za-z0-9_-]{60}", "adyen": r"AQE[A-Za-z0-9+/]{77}==-[A-Za-z0-9]{44}",
    "shopify": r"shpat_[0-9a-f]{32}", "plaid": r"[0-9a-f]{30}", "daraja_secret": r"[A-Za-z0-9]{16}", "daraja_passkey": r"[0-9a-f]{64}",
    "paymongo": r"sk_live_[A-Za-z0-9]{24}", "exchange_secret": r"[A-Za-z0-9]{64}", "kraken_private": r"[A-Za-z0-9+/]{86}==",
    "telegram_bot": r"\d{10}:AA[A-Za-z0-9_-]{33}", "eth_private_key": r"0x[0-9a-f]{64}",
    "seed_phrase": r"[a-z]+( [a-z]+){11}", "password": r"\S{6,40}", "app_password": r"[a-z]{4}( [a-z]{4}){3}",
    "sendgrid": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}", "jwt": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+",
    "aws_access_key_id": r"AKIA[A-Z2-7]{16}", "webhook_secret": r"[a-z]+_[A-Za-z0-9]{10,20}", "adyen_hmac": r"[0-9A-F]{64}",
    "shopify_secret": r"shpss_[0-9a-f]{32}", "aws_secret_access_key": r"[A-Za-z0-9+/]{40}",
}


def S(R, kind, value=None):
    return L("secret", value or secret_s(R, kind), sub=kind)


def secret_ok(sub, v):
    if sub == "seed_phrase":
        return all(w in BIP39 for w in v.split()) and len(v.split()) == 12
    return bool(re.fullmatch(SECRET_RE[sub], v))


# ================================================================ look-alikes
# Hard negatives of the theme; numbers 13-19 digits long are never
# Luhn-valid unless the tag says so (IMEIs are, as real ones are).

def s10(R, svc, cc):
    d = dig(R, 8)
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(a) * b for a, b in zip(d, w)) % 11
    c = {10: 0, 11: 5}.get(c, c)
    return "%s%s%d%s" % (svc, d, c, cc)


def tracking(R, carrier):
    t = {
        "DHL": lambda: R.choice(["JJD%s" % dig(R, 18), "00340434%s" % dig(R, 12)]),
        "UPS": lambda: "1Z" + rnd(R, string.ascii_uppercase + string.digits, 6) + dig(R, 10),
        "Royal Mail": lambda: s10(R, R.choice(["RN", "RK", "LX"]), "GB"),
        "PostNL": lambda: "3S" + rnd(R, string.ascii_uppercase, 4) + dig(R, 9),
        "Colissimo": lambda: R.choice(["6A", "8R", "6C"]) + dig(R, 11),
        "Correos": lambda: "PQ" + rnd(R, string.ascii_uppercase + string.digits, 4) + dig(R, 16) + R.choice(string.ascii_uppercase),
        "InPost": lambda: "6" + dig(R, 23), "USPS": lambda: "9400 " + " ".join(dig(R, 4) for _ in range(4)) + " " + dig(R, 2),
        "FedEx": lambda: dig(R, 12), "India Post": lambda: s10(R, R.choice(["EM", "EE", "RB"]), "IN"),
        "Delhivery": lambda: dig(R, 14), "J&T": lambda: "JP" + dig(R, 10), "LBC": lambda: dig(R, 12),
        "Yurtiçi": lambda: dig(R, 12), "Aramex": lambda: dig(R, 11), "GIG": lambda: "GIG" + dig(R, 9),
        "Yamato": lambda: "%s-%s-%s" % (dig(R, 4), dig(R, 4), dig(R, 4)), "CJ대한통운": lambda: dig(R, 12),
        "顺丰": lambda: "SF" + dig(R, 13), "Australia Post": lambda: R.choice(["33", "34"]) + rnd(R, string.ascii_uppercase, 3) + dig(R, 8),
        "Canada Post": lambda: dig(R, 16), "Correios": lambda: s10(R, R.choice(["QB", "NL", "OJ"]), "BR"),
        "Estafeta": lambda: dig(R, 22), "The Courier Guy": lambda: "TCG" + dig(R, 8), "Sendy": lambda: "SD" + dig(R, 9),
        "GLS": lambda: dig(R, 11), "DPD": lambda: "0" + dig(R, 13), "Hermes": lambda: "H" + dig(R, 19),
    }[carrier]()
    if t.isdigit() and 13 <= len(t) <= 19:
        while luhn_ok(t):
            t = t[:-1] + str((int(t[-1]) + 1) % 10)
    return N(t, "tracking_number")


def order_no(R, style=None):
    style = style or R.choice(["amazon", "ord", "hash", "num", "ali", "shopee"])
    v = {"amazon": lambda: "%s-%s-%s" % (R.choice(["302", "304", "028", "113", "171", "407", "249"]), dig(R, 7), dig(R, 7)),
         "ord": lambda: "ORD-%s-%s" % (R.choice(["2026", "26"]), dig(R, 6)), "hash": lambda: "#%s" % dig(R, R.choice([5, 6, 7])),
         "num": lambda: dig_nl(R, R.choice([9, 10, 12, 14])), "ali": lambda: dig_nl(R, 16, "8"),
         "shopee": lambda: "26%s%s" % ("%02d%02d" % (R.randint(1, 12), R.randint(1, 28)), rnd(R, string.ascii_uppercase + string.digits, 8))}[style]()
    return N(v, "order_number")


def inv_no(R):
    return N(R.choice(["RE-2026-%05d" % R.randint(1, 9999), "FA2026/%04d" % R.randint(1, 999), "INV-%05d" % R.randint(100, 99999),
                       "F-26-%04d" % R.randint(1, 9999), "2026-%03d" % R.randint(1, 400), "NF-e %s" % dig(R, 9)]), "invoice_number")


PNR_AL = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def pnr(R):
    return N(rnd(R, PNR_AL, 6), "pnr")


def eticket(R, code=None):
    v = (code or R.choice(["220", "176", "235", "057", "125", "081", "016", "618", "180", "784", "074", "098"])) + dig(R, 10)
    while luhn_ok(v):
        v = v[:-1] + str((int(v[-1]) + 1) % 10)
    return N(v[:3] + R.choice(["-", " ", ""]) + v[3:], "eticket_number")


def flight(R, cc=None):
    return N(R.choice(["LH 401", "TK1980", "EK 29", "QF1", "6E 2134", "5J 561", "GA 402", "JL 44", "KE 902", "CA 931",
                       "AC 857", "KQ 101", "SA 234", "AF 1234", "IB 3166", "AZ 608", "KL 1002", "LO 282", "TP 1351",
                       "AM 401", "W6 2203", "FR 8341", "U2 4521", "BA 2490", "UA 901", "DL 64", "AI 131", "W3 107",
                       "PR 102", "NH 210", "OZ 742", "MU 587", "VA 815", "EY 11", "PC 1172", "VY 1307", "G3 1455"]), "flight_number")


def seat(R):
    return N("%d%s" % (R.randint(3, 48), R.choice("ABCDEFHJK")), "seat")


def loyalty(R, prog=None):
    v = dig_nl(R, R.choice([9, 10, 12, 15]))
    return N(v, "loyalty_number")


def giftcode(R):
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return N(R.choice(["%s-%s-%s" % (rnd(R, al, 4), rnd(R, al, 6), rnd(R, al, 4)), "-".join(rnd(R, al, 4) for _ in range(4)),
                       rnd(R, al, 16)]), "gift_card_code")


def coupon(R):
    return N(R.choice(["SPRING25", "WELCOME10", "FREESHIP", "BLACKFRIDAY30", "NEWUSER50", "HEMAT20", "PROMO11", "SAVE15NOW",
                       "RAMADAN20", "PAYDAY12", "OTONO15", "RENTREE10", "FRÜHLING20"]), "coupon_code")


def imei(R):
    return N(luhn_complete(R.choice(["35", "86", "01", "99"]) + dig(R, 12)), "imei")


def serial(R):
    return N(R.choice(["C02" + rnd(R, string.ascii_uppercase + string.digits, 9), "R58N" + rnd(R, string.ascii_uppercase + string.digits, 7),
                       "SN" + dig(R, 10), "F4GY" + rnd(R, string.ascii_uppercase + string.digits, 8)]), "serial_number")


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def wallet(R, kind=None):
    kind = kind or R.choice(["btc", "eth", "trx", "sol"])
    v = {"btc": lambda: "bc1q" + rnd(R, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38), "eth": lambda: "0x" + rnd(R, "0123456789abcdefABCDEF", 40),
         "trx": lambda: "T" + rnd(R, B58, 33), "sol": lambda: rnd(R, B58, 44)}[kind]()
    return N(v, "wallet_address")


def txhash(R, eth=True):
    return N(("0x" if eth else "") + rnd(R, HEX, 64), "tx_hash")


def utr(R):
    return N(R.choice([dig_nl(R, 12, "3456"), "%s%s%s" % (R.choice(["HDFCN", "SBIN", "ICICR", "UTIBN"]), "5", dig(R, 11))]), "utr")


def rrn(R):
    return N(dig_nl(R, 12, "3456"), "rrn")


def arn(R):
    return N(R.choice(["7", "2"]) + dig(R, 22), "arn")


def authcode(R):
    return N(R.choice([dig(R, 6), rnd(R, string.ascii_uppercase + string.digits, 6)]), "auth_code")


BANKS = {  # fictional banks: (name, BIC, head office, domain)
    "DE": [("Nordbank Direkt AG", "NRDBDEHHXXX", "Ballindamm 40, 20095 Hamburg", "nordbank-direkt.de"),
           ("Sparkasse Mittelweser", "SPMWDE21XXX", "Am Markt 2, 31582 Nienburg", "spk-mittelweser.de")],
    "FR": [("Banque Aurore", "BAURFRPPXXX", "18 rue de la Chaussée-d'Antin, 75009 Paris", "banque-aurore.fr")],
    "ES": [("Banco Meridiano", "BMERESMMXXX", "Paseo de Recoletos 12, 28001 Madrid", "bancomeridiano.es")],
    "IT": [("Banca Tirrenica", "BTIRITMMXXX", "Piazza Affari 6, 20123 Milano (MI)", "bancatirrenica.it")],
    "NL": [("Polderbank N.V.", "PLDBNL2AXXX", "Zuidas 100, 1082 MA Amsterdam", "polderbank.nl")],
    "PL": [("Bank Wiślany S.A.", "BWISPLPWXXX", "ul. Marszałkowska 99, 00-693 Warszawa", "bankwislany.pl")],
    "PT": [("Banco Atlântico Norte", "BATNPTPLXXX", "Avenida da Liberdade 190, 1250-147 Lisboa", "bancoatlanticonorte.pt")],
    "GB": [("Thamesgate Bank plc", "TGBKGB2LXXX", "1 Cheapside Court, London EC2V 6BB", "thamesgatebank.co.uk")],
    "TR": [("Boğaziçi Katılım Bankası", "BGZKTRISXXX", "Büyükdere Cad. No: 185, 34394 Şişli/İstanbul", "bogazicikatilim.com.tr")],
    "AE": [("Gulf Crescent Bank PJSC", "GCBKAEADXXX", "Sheikh Zayed Road, Dubai, P.O. Box 1600", "gulfcrescentbank.ae")],
    "US": [("Prairie Federal Credit Union", None, "4400 Commerce Pkwy, Overland Park, KS 66211", "prairiefcu.org"),
           ("Summit Harbor Bank, N.A.", None, "200 Liberty Plaza, Charlotte, NC 28202", "summitharbor.com")],
    "IN": [("Coromandel Bank Ltd.", None, "Coromandel Towers, Nungambakkam, Chennai 600034", "coromandelbank.in")],
    "BR": [("Banco Jacarandá S.A.", None, "Av. Brigadeiro Faria Lima, 3400, São Paulo - SP, 04538-132", "bancojacaranda.com.br")],
    "MX": [("Banco Altiplano", None, "Paseo de la Reforma 350, Juárez, 06600 Ciudad de México", "bancoaltiplano.mx")],
    "NG": [("Lagoon Trust Bank Plc", None, "35 Marina, Lagos Island, Lagos", "lagoontrust.ng")],
    "KE": [("Rift Valley Commercial Bank", None, "Upper Hill, Nairobi", "rvcb.co.ke")],
    "ZA": [("Highveld Mutual Bank", None, "100 Grayston Drive, Sandton, 2196", "highveldmutual.co.za")],
    "ID": [("Bank Nusantara Jaya", None, "Jl. Jend. Sudirman Kav. 44, Jakarta 10210", "banknusantarajaya.co.id")],
    "PH": [("Luzon Savings Bank", None, "6750 Ayala Ave., Makati City 1226", "luzonsavings.com.ph")],
    "JP": [("さくら湾信用金庫", None, "東京都中央区日本橋1-2-3", "sakurawan-shinkin.jp")],
    "KR": [("한빛저축은행", None, "서울특별시 중구 세종대로 100", "hanbitsb.co.kr")],
    "CN": [("浦江商业银行", None, "上海市黄浦区中山东一路18号", "pujiangbank.cn")],
    "AU": [("Southern Cross Mutual", None, "Level 12, 80 Collins Street, Melbourne VIC 3000", "scmutual.com.au")],
    "CA": [("Caisse Laurentienne", None, "1000 rue De La Gauchetière, Montréal QC H3B 4W5", "caisselaurentienne.ca")],
}


def bank(R, cc):
    return R.choice(BANKS.get(cc) or BANKS["GB"])


def bic(R, cc):
    b = bank(R, cc)
    return N(b[1] if b[1] and R.random() < 0.6 else b[1][:8] if b[1] else "XXXX%sXX" % cc, "bic")


def sortcode(R):
    return N("%02d-%02d-%02d" % (R.randint(1, 99), R.randint(0, 99), R.randint(0, 99)), "sort_code")


def aba(R):
    while True:
        d = R.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "26", "31"]) + dig(R, 6)
        for c in "0123456789":
            s = d + c
            if (3 * (int(s[0]) + int(s[3]) + int(s[6])) + 7 * (int(s[1]) + int(s[4]) + int(s[7])) + int(s[2]) + int(s[5]) + int(s[8])) % 10 == 0:
                return N(s, "routing_number")


def acct(R, n=None):
    return N(dig_nl(R, n or R.choice([8, 10, 11, 12])), "account_number")


def ifsc(R):
    return N(R.choice(["HDFC", "SBIN", "ICIC", "UTIB", "KKBK", "CORB"]) + "0" + dig(R, 6), "ifsc")


def vat(R, cc):
    v = {"DE": lambda: "DE" + dig(R, 9), "FR": lambda: "FR" + dig(R, 2) + " " + " ".join(dig(R, 3) for _ in range(3)),
         "ES": lambda: "ES" + R.choice("ABN") + dig(R, 8), "IT": lambda: "IT" + dig(R, 11), "NL": lambda: "NL" + dig(R, 9) + "B01",
         "PL": lambda: "PL" + dig(R, 10), "PT": lambda: "PT5" + dig(R, 8), "GB": lambda: "GB " + " ".join([dig(R, 3), dig(R, 4), dig(R, 2)]),
         "AT": lambda: "ATU" + dig(R, 8), "BE": lambda: "BE0" + dig(R, 9), "IE": lambda: "IE" + dig(R, 7) + R.choice("ABCDWX"),
         "AE": lambda: "TRN " + "100" + dig(R, 12), "IN": lambda: "%02d%s%s%s1Z%s" % (R.choice([27, 29, 33, 7, 24]), rnd(R, string.ascii_uppercase, 3),
                                                                                  R.choice("CF"), rnd(R, string.ascii_uppercase, 1) + dig(R, 4) + rnd(R, string.ascii_uppercase, 1), rnd(R, string.digits + string.ascii_uppercase, 1)),
         "AU": lambda: "ABN %s %s %s %s" % (dig(R, 2), dig(R, 3), dig(R, 3), dig(R, 3)), "MX": lambda: "RFC " + rnd(R, string.ascii_uppercase, 3) + "%02d%02d%02d" % (R.randint(0, 25), R.randint(1, 12), R.randint(1, 28)) + rnd(R, string.ascii_uppercase + string.digits, 3),
         "BR": lambda: "CNPJ " + cnpj_make(R), "TR": lambda: "VKN " + dig(R, 10), "ZA": lambda: "VAT No. 4" + dig(R, 9),
         "KE": lambda: "KRA PIN P05" + dig(R, 7) + R.choice(string.ascii_uppercase), "NG": lambda: "TIN " + dig(R, 8) + "-0001",
         "PH": lambda: "VAT Reg. TIN %s-%s-%s-000" % (dig(R, 3), dig(R, 3), dig(R, 3)), "ID": lambda: "NPWP %s.%s.%s.%s-%s.000" % (dig(R, 2), dig(R, 3), dig(R, 3), dig(R, 1), dig(R, 3)),
         "JP": lambda: "登録番号 T" + dig(R, 13), "KR": lambda: "사업자등록번호 %s-%s-%s" % (dig(R, 3), dig(R, 2), dig(R, 5)),
         "CN": lambda: "统一社会信用代码 91" + dig(R, 4) + rnd(R, string.ascii_uppercase + string.digits, 12), "US": lambda: "EIN %s-%s" % (dig(R, 2), dig(R, 7)),
         "CA": lambda: "GST/HST %s RT0001" % dig(R, 9)}[cc]()
    return N(v, "vat_or_company_id")


def creditor_id(R, cc="DE"):
    nat = dig(R, 11) if cc == "DE" else dig(R, 6) if cc == "FR" else dig(R, 9)
    n = int("".join(str(int(c, 36)) for c in (nat + cc + "00")))
    return N("%s%02dZZZ%s" % (cc, 98 - n % 97, nat), "creditor_id")


def mandate_ref(R):
    return N(R.choice(["MNDT-%s" % dig(R, 8), "%s%s" % (rnd(R, string.ascii_uppercase, 3), dig(R, 10)), "ML%s-%s" % (dig(R, 6), dig(R, 3))]), "mandate_reference")


def custno(R, tag="customer_number"):
    return N(R.choice([dig_nl(R, R.choice([7, 8, 10])), "%s-%s" % (dig(R, 4), dig(R, 5)), "K%s" % dig(R, 8)]), tag)


def policy_no(R):
    return N(R.choice(["POL-%s-%s" % (dig(R, 4), dig(R, 5)), "%s/%s/%s" % (dig(R, 2), dig(R, 6), dig(R, 2)), "MTR%s" % dig(R, 9),
                       "%s%s" % (rnd(R, string.ascii_uppercase, 2), dig(R, 8))]), "policy_number")


def meter(R):
    return N(R.choice(["1ESY11%s" % dig(R, 8), "%s%s" % (R.choice(["E", "G"]), dig(R, 8)), "Z%s" % dig(R, 7), dig_nl(R, 11)]), "meter_number")


def txid(R, pfx=""):
    return N(pfx + R.choice([rnd(R, string.ascii_uppercase + string.digits, 17), dig(R, 12), rnd(R, HEX, 24).upper(), "%s%s" % (rnd(R, string.ascii_uppercase, 2), dig(R, 10))]), "transaction_id")


def uuid_s(R):
    h = rnd(R, HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def plate(R, cc):
    v = {"DE": lambda: "%s-%s %d" % (R.choice(["HH", "B", "M", "K", "HB", "L"]), rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2), R.randint(10, 9999)),
         "GB": lambda: "%s%02d %s" % (rnd(R, "ABCDEFGHJKLMNOPRSTVWXY", 2), R.choice([21, 22, 23, 71, 72, 73, 24, 74]), rnd(R, "ABCDEFGHJKLMNOPRSTUVWXYZ", 3)),
         "FR": lambda: "%s-%s-%s" % (rnd(R, "ABCDEFGHJKLMNPQRSTVWXYZ", 2), dig(R, 3), rnd(R, "ABCDEFGHJKLMNPQRSTVWXYZ", 2)),
         "ES": lambda: "%s %s" % (dig(R, 4), rnd(R, "BCDFGHJKLMNPRSTVWXYZ", 3)), "IT": lambda: "%s %s%s" % (rnd(R, "ABCDEFGHJKLMNPRSTVWXYZ", 2), dig(R, 3), rnd(R, "ABCDEFGHJKLMNPRSTVWXYZ", 2)),
         "US": lambda: "%s-%s" % (rnd(R, string.ascii_uppercase, 3), dig(R, 4)), "AU": lambda: "%s%s%s" % (dig(R, 1), rnd(R, string.ascii_uppercase, 3), dig(R, 3)),
         "AE": lambda: "%s %s" % (R.choice(["Dubai", "Sharjah", "Abu Dhabi"]), R.choice(string.ascii_uppercase) + " " + dig(R, 5)),
         "ZA": lambda: "%s %s %s GP" % (rnd(R, "BCDFGHJKLMNPRSTVWXYZ", 2), dig(R, 2), rnd(R, "BCDFGHJKLMNPRSTVWXYZ", 2)),
         "TR": lambda: "34 %s %s" % (rnd(R, "ABCDEFGHJKLMNPRSTUVYZ", 2), dig(R, 3)), "MX": lambda: "%s-%s-%s" % (rnd(R, string.ascii_uppercase, 3), dig(R, 3), dig(R, 1)),
         "NL": lambda: "%s-%s-%s" % (dig(R, 2), rnd(R, "BDFGHJKLNPRSTVXZ", 3), dig(R, 1)), "PT": lambda: "%s-%s-%s" % (rnd(R, string.ascii_uppercase, 2), dig(R, 2), rnd(R, string.ascii_uppercase, 2)),
         "PL": lambda: "%s %s" % (R.choice(["KR", "WA", "PO", "GD", "WR"]), dig(R, 5)), "CA": lambda: "%s %s" % (rnd(R, string.ascii_uppercase, 4), dig(R, 3)),
         "IN": lambda: "%s %02d %s %s" % (R.choice(["MH", "KA", "DL", "TN"]), R.randint(1, 50), rnd(R, string.ascii_uppercase, 2), dig(R, 4)),
         "JP": lambda: "品川 300 さ %s-%s" % (dig(R, 2), dig(R, 2)), "BR": lambda: "%s%s%s%s" % (rnd(R, string.ascii_uppercase, 3), dig(R, 1), R.choice(string.ascii_uppercase), dig(R, 2))}[cc]()
    return N(v, "plate")


HOLIDAYS = {
    "US": ["Thanksgiving (Nov 26)", "Juneteenth (June 19)", "Labor Day"], "GB": ["the August bank holiday (31 August)", "Boxing Day"],
    "DE": ["Tag der Deutschen Einheit (03.10.)", "Pfingstmontag", "Reformationstag"], "FR": ["le 14 juillet", "l'Ascension", "le 15 août"],
    "ES": ["el 12 de octubre", "el puente de la Constitución"], "IT": ["Ferragosto (15 agosto)", "la festa della Repubblica (2 giugno)"],
    "NL": ["Koningsdag (27 april)", "Hemelvaartsdag"], "PL": ["Święto Niepodległości (11 listopada)"], "PT": ["o feriado de 25 de Abril"],
    "BR": ["o feriado de 7 de setembro", "o Carnaval"], "MX": ["el 16 de septiembre", "el Día de Muertos"], "IN": ["Diwali", "Holi", "Republic Day (26 January)"],
    "ID": ["Idul Fitri", "HUT RI 17 Agustus"], "PH": ["Rizal Day (Dec 30)", "Holy Week"], "NG": ["Eid-el-Kabir", "Independence Day (1 October)"],
    "KE": ["Madaraka Day (1 June)", "Mashujaa Day"], "ZA": ["Freedom Day (27 April)", "Heritage Day (24 September)"], "TR": ["Kurban Bayramı", "29 Ekim Cumhuriyet Bayramı"],
    "AE": ["Eid Al Adha", "UAE National Day (2 December)"], "JP": ["ゴールデンウィーク", "お盆休み"], "KR": ["추석 연휴", "설날 연휴"], "CN": ["国庆节", "春节"],
    "AU": ["Australia Day (26 January)", "the King's Birthday long weekend"], "CA": ["Canada Day (July 1)", "la Saint-Jean-Baptiste"],
}


def holiday(R, cc):
    return N(R.choice(HOLIDAYS[cc]), "holiday")


def role_email(R, dom, local=None):
    return N((local or R.choice(["no-reply", "noreply", "support", "billing", "service", "info", "help", "kundenservice", "facturas"])) + "@" + dom, "company_email")


# ================================================================ requests
# Request lines in the text's language, by intent (hand-written).

REQ = {
    "en": {"scam": ["Is this a scam?", "Is this legit or a scam? Be honest.", "Got this today, real or phishing?", "Should I be worried about this?",
                    "Does this look like fraud to you?", "My mum got this. Scam, right?"],
           "complain": ["Can you help me write a complaint?", "Help me write a firm but polite complaint about this.", "Draft a complaint to them for me, please.",
                        "I want to complain. Can you write something I can send?"],
           "twice": ["Why was I charged twice?", "I've been charged twice for this, what do I do?", "This went out of my account twice. Help?"],
           "explain": ["Can you explain what this means?", "What am I actually paying for here?", "Can you break this down for me in plain English?",
                       "I don't understand half of this. Explain?", "What does this mean for me?"],
           "check": ["Can you check this is right before I send it?", "Does everything here look correct?", "Anything wrong with this?",
                     "Can you double-check the numbers?", "Is this filled in properly?"],
           "reply": ["How should I reply to this?", "Help me write a reply.", "What do I say back to them?"],
           "dispute": ["Can you help me dispute this charge?", "How do I get this charge reversed?", "Write a chargeback request for me based on this."],
           "refund": ["How do I get my money back?", "Can you help me ask for a refund?", "They still haven't refunded me. What now?"],
           "summarise": ["Summarise this for me please.", "tl;dr?", "What are the key points here?"],
           "fail": ["Why did this payment fail?", "The payment keeps failing, any idea why?", "Why was this declined?"],
           "fix": ["Why doesn't this work?", "What am I doing wrong here?", "Can you find the bug?", "Why is this returning an error?"]},
    "de": {"scam": ["Ist das Betrug?", "Ist das echt oder Phishing?", "Kann das seriös sein?"],
           "complain": ["Kannst du mir helfen, eine Beschwerde zu schreiben?", "Schreib mir bitte eine höfliche, aber bestimmte Beschwerde."],
           "twice": ["Warum wurde das zweimal abgebucht?", "Das wurde doppelt abgebucht – was mache ich jetzt?"],
           "explain": ["Kannst du mir erklären, was das bedeutet?", "Was genau zahle ich hier eigentlich?", "Bitte einfach erklären, ich blicke da nicht durch."],
           "check": ["Stimmt das so? Bitte einmal prüfen.", "Kannst du das gegenlesen, bevor ich es abschicke?"],
           "reply": ["Was soll ich darauf antworten?", "Hilf mir bitte bei einer Antwort."],
           "dispute": ["Wie kann ich diese Abbuchung zurückholen?", "Hilf mir, der Lastschrift zu widersprechen."],
           "refund": ["Wie bekomme ich mein Geld zurück?", "Die haben immer noch nicht erstattet. Was tun?"],
           "summarise": ["Fass das bitte kurz zusammen.", "Was steht da im Wesentlichen drin?"],
           "fail": ["Warum ist die Zahlung fehlgeschlagen?", "Warum wurde das abgelehnt?"],
           "fix": ["Warum funktioniert das nicht?", "Wo ist der Fehler?"]},
    "fr": {"scam": ["C'est une arnaque ?", "C'est du phishing ou c'est sérieux ?", "Je dois m'inquiéter ?"],
           "complain": ["Tu peux m'aider à rédiger une réclamation ?", "Rédige-moi un courrier de réclamation, poli mais ferme."],
           "twice": ["Pourquoi j'ai été débité deux fois ?", "Prélevé deux fois, je fais comment ?"],
           "explain": ["Tu peux m'expliquer ce que ça veut dire ?", "Je ne comprends rien à ce document, tu m'expliques ?"],
           "check": ["Tu peux vérifier que tout est correct ?", "Tu relis avant que j'envoie ?"],
           "reply": ["Qu'est-ce que je leur réponds ?", "Aide-moi à répondre."],
           "dispute": ["Comment contester ce prélèvement ?", "Aide-moi à contester ce paiement."],
           "refund": ["Comment me faire rembourser ?", "Toujours pas remboursé, je fais quoi ?"],
           "summarise": ["Résume-moi ça.", "Tu peux me faire un résumé ?"],
           "fail": ["Pourquoi le paiement a échoué ?", "Pourquoi ma carte est refusée ?"],
           "fix": ["Pourquoi ça ne marche pas ?", "Où est l'erreur ?"]},
    "es": {"scam": ["¿Esto es una estafa?", "¿Es phishing o es de verdad?", "¿Esto es fraude?"],
           "complain": ["¿Me ayudas a redactar una reclamación?", "Escríbeme una queja formal, por favor."],
           "twice": ["¿Por qué me lo han cobrado dos veces?", "¿Por qué me cobraron doble?"],
           "explain": ["¿Me explicas qué significa esto?", "No entiendo este documento, ¿me lo explicas?"],
           "check": ["¿Está todo bien? Revísalo, porfa.", "¿Me lo revisas antes de enviarlo?"],
           "reply": ["¿Qué les contesto?", "Ayúdame a responder."],
           "dispute": ["¿Me ayudas a reclamar este cargo?", "¿Cómo anulo este cargo?"],
           "refund": ["¿Cómo recupero mi dinero?", "Siguen sin devolverme el dinero, ¿qué hago?"],
           "summarise": ["Resúmemelo, por favor.", "¿Qué dice esto en resumen?"],
           "fail": ["¿Por qué falló el pago?", "¿Por qué me rechazan la tarjeta?"],
           "fix": ["¿Por qué no funciona?", "¿Dónde está el error?"]},
    "it": {"scam": ["È una truffa?", "È phishing o è vero?"],
           "complain": ["Mi aiuti a scrivere un reclamo?", "Scrivimi un reclamo formale, per favore."],
           "twice": ["Perché mi hanno addebitato due volte?"],
           "explain": ["Mi spieghi cosa significa?", "Non capisco questo documento, me lo spieghi?"],
           "check": ["Puoi controllare che sia tutto giusto?", "Me lo ricontrolli prima che lo mandi?"],
           "reply": ["Cosa rispondo?", "Aiutami a rispondere."], "dispute": ["Come contesto questo addebito?"],
           "refund": ["Come mi faccio rimborsare?", "Non mi hanno ancora rimborsato, che faccio?"],
           "summarise": ["Me lo riassumi?"], "fail": ["Perché il pagamento non è andato a buon fine?"], "fix": ["Perché non funziona?"]},
    "nl": {"scam": ["Is dit oplichting?", "Is dit echt of phishing?"],
           "complain": ["Kun je me helpen een klacht te schrijven?", "Schrijf een nette maar duidelijke klacht voor me."],
           "twice": ["Waarom is dit twee keer afgeschreven?"],
           "explain": ["Kun je uitleggen wat dit betekent?", "Ik snap dit niet, leg je het uit?"],
           "check": ["Klopt dit allemaal?", "Kun je dit nakijken voor ik het verstuur?"], "reply": ["Wat moet ik hierop antwoorden?"],
           "dispute": ["Hoe storneer ik deze afschrijving?"], "refund": ["Hoe krijg ik mijn geld terug?"],
           "summarise": ["Vat dit even samen aub."], "fail": ["Waarom is de betaling mislukt?"], "fix": ["Waarom werkt dit niet?"]},
    "pl": {"scam": ["Czy to oszustwo?", "To phishing czy prawdziwa wiadomość?"],
           "complain": ["Pomożesz mi napisać reklamację?", "Napisz mi proszę reklamację."],
           "twice": ["Dlaczego pobrali to dwa razy?"],
           "explain": ["Możesz mi wyjaśnić, co to znaczy?", "Nie rozumiem tego, wytłumaczysz?"],
           "check": ["Czy to się zgadza?", "Sprawdzisz, zanim wyślę?"], "reply": ["Co mam im odpisać?"],
           "dispute": ["Jak zgłosić chargeback?"], "refund": ["Jak odzyskać pieniądze?"], "summarise": ["Streść mi to."],
           "fail": ["Dlaczego płatność nie przeszła?"], "fix": ["Dlaczego to nie działa?"]},
    "pt-BR": {"scam": ["Isso é golpe?", "É golpe ou é verdade?"], "complain": ["Me ajuda a escrever uma reclamação?"],
              "twice": ["Por que cobraram duas vezes?"], "explain": ["Pode me explicar o que isso significa?"],
              "check": ["Tá tudo certo aqui?", "Confere pra mim antes de eu mandar?"], "reply": ["O que eu respondo?"],
              "dispute": ["Como contesto essa cobrança?"], "refund": ["Como recebo meu dinheiro de volta?"],
              "summarise": ["Resume isso pra mim."], "fail": ["Por que o pagamento falhou?"], "fix": ["Por que isso não funciona?"]},
    "pt-PT": {"scam": ["Isto é burla?", "Isto é verdadeiro ou é phishing?"], "complain": ["Pode ajudar-me a escrever uma reclamação?"],
              "twice": ["Porque é que me cobraram duas vezes?"], "explain": ["Não percebo isto, explica-me?"],
              "check": ["Pode verificar se está tudo correto?"], "reply": ["O que respondo?"], "dispute": ["Como contesto este débito?"],
              "refund": ["Como recupero o meu dinheiro?"], "summarise": ["Faz-me um resumo, por favor."], "fail": ["Porque é que o pagamento falhou?"],
              "fix": ["Porque é que isto não funciona?"]},
    "in": {"scam": ["Yeh scam hai kya?", "Is this genuine or fraud? Please tell.", "Bhai yeh message real hai?"],
           "complain": ["Please help me write a complaint to the bank.", "Ek complaint mail likh do please."],
           "twice": ["Paisa do baar kat gaya, kya karun?", "Amount debited twice, what to do?"],
           "explain": ["Please explain what this means.", "Isme kya likha hai samjha do."],
           "check": ["Kindly check if all details are correct.", "Sab sahi hai na? Check kar do."],
           "reply": ["What should I reply?", "Reply kaise karun?"], "dispute": ["How to raise dispute for this?", "Chargeback kaise karein?"],
           "refund": ["Refund kab aayega? Kya karun?", "How to get refund?"], "summarise": ["Short mein bata do kya hai."],
           "fail": ["Payment fail kyun hua?", "Why did this payment fail? Money got debited."], "fix": ["Yeh kaam kyun nahi kar raha?", "Why is this not working?"]},
    "hi": {"scam": ["क्या यह धोखाधड़ी है?", "यह मैसेज असली है या फ्रॉड?"], "fail": ["यह पेमेंट फेल क्यों हुआ?", "पैसे कट गए पर पेमेंट फेल दिखा रहा है, क्यों?"],
           "complain": ["बैंक को शिकायत लिखने में मदद करो।"], "explain": ["इसका मतलब समझा दो।"], "refund": ["रिफंड कैसे मिलेगा?"],
           "twice": ["पैसे दो बार क्यों कटे?"], "check": ["देख लो सब सही भरा है ना?"]},
    "id": {"scam": ["Ini penipuan bukan?", "Ini asli atau phishing?"], "complain": ["Bisa bantu saya bikin surat keluhan?"],
           "twice": ["Kenapa saldo saya terpotong dua kali?"], "explain": ["Tolong jelaskan maksudnya apa."],
           "check": ["Tolong cek apakah datanya sudah benar."], "reply": ["Saya harus balas apa?"],
           "refund": ["Gimana caranya dana saya kembali?"], "fail": ["Kenapa pembayarannya gagal?"], "fix": ["Kenapa ini tidak jalan?"]},
    "tl": {"scam": ["Scam ba 'to?", "Totoo ba ito o scam?"], "complain": ["Pwede mo ba akong tulungan gumawa ng complaint?"],
           "twice": ["Bakit dalawang beses akong na-charge?"], "explain": ["Pakipaliwanag naman kung ano ibig sabihin nito."],
           "refund": ["Paano ko makukuha pabalik yung pera ko?"], "fail": ["Bakit failed yung transaction?"],
           "reply": ["Ano isasagot ko dito?"], "check": ["Tama ba lahat ng details dito?"]},
    "sw": {"scam": ["Huu ni utapeli?", "Hii ni kweli au ni wizi?"], "refund": ["Nimetuma pesa kwa namba isiyo sahihi, nifanyeje?", "Nitarudishiwaje pesa zangu?"],
           "explain": ["Tafadhali nieleze hii inamaanisha nini."], "complain": ["Nisaidie kuandika malalamiko."], "fail": ["Kwa nini malipo hayakufanikiwa?"]},
    "tr": {"scam": ["Bu dolandırıcılık mı?", "Bu mesaj gerçek mi yoksa oltalama mı?"], "complain": ["Şikâyet yazmama yardım eder misin?"],
           "twice": ["Neden iki kez çekildi?"], "explain": ["Bunun ne anlama geldiğini açıklar mısın?"], "check": ["Bilgiler doğru mu, kontrol eder misin?"],
           "reply": ["Ne cevap vermeliyim?"], "refund": ["Paramı nasıl geri alırım?"], "fail": ["Ödeme neden başarısız oldu?"],
           "dispute": ["Bu harcamaya nasıl itiraz ederim?"], "fix": ["Bu neden çalışmıyor?"]},
    "ar": {"scam": ["هل هذه رسالة احتيال؟"], "explain": ["ممكن تشرح لي معنى هذا؟"], "complain": ["ساعدني في كتابة شكوى للبنك."],
           "twice": ["ليش انخصم المبلغ مرتين؟"], "refund": ["كيف أسترجع فلوسي؟"], "fail": ["ليش فشلت عملية الدفع؟"], "check": ["تأكد لي إن البيانات صحيحة."]},
    "ja": {"scam": ["これって詐欺ですか？", "このメール、本物ですか？フィッシングですか？"], "explain": ["これはどういう意味ですか？わかりやすく説明してください。"],
           "complain": ["苦情の文面を一緒に考えてもらえますか？"], "twice": ["なぜ二重に引き落とされているのでしょうか？"],
           "check": ["記入内容に間違いがないか確認してもらえますか？"], "refund": ["返金してもらうにはどうすればいいですか？"],
           "fail": ["なぜ決済が失敗したのでしょうか？"], "reply": ["どう返信すればいいですか？"]},
    "ko": {"scam": ["이거 사기인가요?", "이 문자 진짜예요, 스미싱이에요?"], "explain": ["이게 무슨 뜻인지 설명해 줄 수 있어요?"],
           "complain": ["민원 글 쓰는 것 좀 도와줘요."], "twice": ["왜 두 번 결제됐죠?"], "check": ["신청서 내용이 맞는지 확인해 주세요."],
           "refund": ["환불은 어떻게 받나요?"], "fail": ["결제가 왜 실패했을까요?"], "reply": ["뭐라고 답장해야 할까요?"]},
    "zh": {"scam": ["这是诈骗吗？", "这条短信是真的还是钓鱼？"], "explain": ["能帮我解释一下这是什么意思吗？"], "complain": ["能帮我写一封投诉信吗？"],
           "twice": ["为什么被扣了两次款？"], "check": ["帮我看看填得对不对。"], "refund": ["怎么才能退款？"], "fail": ["为什么付款失败了？"],
           "reply": ["我该怎么回复？"]},
}


def req(R, lang, intent):
    d = REQ[lang]
    return R.choice(d.get(intent) or d["explain"])


def rlang(lang):
    return "pt" if lang.startswith("pt") else lang


def wrap(R, lang, intent, body, fence=False):
    q = req(R, lang, intent)
    if fence:
        body = ["```\n", body, "\n```"]
    r = R.random()
    if r < 0.45:
        return [q, R.choice(["\n\n", "\n\n", "\n"] + ([":\n\n"] if q[-1] not in "?.!？。:：" else [])), body]
    if r < 0.6:
        return [q, "\n\n\"\"\"\n", body, "\n\"\"\""]
    if r < 0.68:
        return [q, "\n---\n", body, "\n---"]
    return [body, R.choice(["\n\n", "\n\n", "\n\n---\n"]), q]


def fld(label, val, w=22, end="\n"):
    lab = label + ":"
    return [lab.ljust(w) if len(lab) < w else lab + " ", val, end]


TEMPLATES = []


def tpl(count, clean=False):
    def deco(fn):
        TEMPLATES.append((fn.__name__, count, fn, clean))
        return fn
    return deco


CUL = {"US": "us", "GB": "gb", "DE": "de", "FR": "fr", "ES": "es", "MX": "mx", "IT": "it", "NL": "nl", "PL": "pl", "PT": "pt",
       "BR": "br", "IN": "in", "ID": "id", "PH": "ph", "NG": "ng", "KE": "ke", "ZA": "za", "TR": "tr", "AE": "ae", "JP": "jp",
       "KR": "kr", "CN": "cn", "AU": "au", "CA": "ca"}
RQL = {"US": "en", "GB": "en", "DE": "de", "FR": "fr", "ES": "es", "MX": "es", "IT": "it", "NL": "nl", "PL": "pl", "PT": "pt-PT",
       "BR": "pt-BR", "IN": "in", "ID": "id", "PH": "tl", "NG": "en", "KE": "en", "ZA": "en", "TR": "tr", "AE": "en", "JP": "ja",
       "KR": "ko", "CN": "zh", "AU": "en", "CA": "en"}
RECL = {"US": "en", "GB": "en", "DE": "de", "FR": "fr", "ES": "es", "MX": "es", "IT": "it", "NL": "nl", "PL": "pl", "PT": "pt",
        "BR": "pt", "IN": "in", "ID": "id", "PH": "en", "NG": "en", "KE": "en", "ZA": "en", "TR": "tr", "AE": "en", "JP": "ja",
        "KR": "ko", "CN": "zh", "AU": "en", "CA": "en"}


def person(R, cc, **kw):
    cul = CUL[cc]
    if cc == "AE":
        cul = R.choice(["ae", "ae", "in", "ph", "pk", "gb"])
    return Person(R, cul, **kw)


def again(l):
    return L(l.type, l.value, **l.meta)


def lc(s):
    return s[:1].lower() + s[1:]


# ================================================================ templates: banking

ST_CO = {
    "DE": [("Stadtwerke Elbtal GmbH", "Strom Abschlag"), ("Fitnessoase Nord GmbH", "Mitgliedsbeitrag"), ("Hanse Mobilfunk GmbH", "Rechnung Mobilfunk"),
           ("Rundfunk Beitragsservice", "Rundfunkbeitrag"), ("Ostsee Versicherung AG", "Kfz-Haftpflicht")],
    "NL": [("Waterbedrijf Groenland", "voorschot water"), ("Zorgverzekeraar Duinzicht", "premie zorgverzekering"), ("Belastingdienst", "voorlopige aanslag")],
    "ES": [("Eléctrica del Turia S.A.", "RECIBO LUZ"), ("Gimnasio Puerta Sur", "CUOTA MENSUAL"), ("Telecable Norte", "FACTURA FIBRA")],
    "FR": [("Énergie Loire SAS", "PRLV SEPA ENERGIE LOIRE"), ("Mutuelle des Cévennes", "PRLV SEPA COTISATION"), ("Box Horizon Télécom", "PRLV SEPA FACTURE")],
    "IT": [("Luce&Gas Tirreno S.p.A.", "ADDEBITO SDD BOLLETTA"), ("Palestra Arcobaleno", "ADDEBITO SDD QUOTA"), ("Assicurazioni Dolomiti", "ADDEBITO SDD POLIZZA")],
    "PL": [("Energa Pomorze Sp. z o.o.", "OPŁATA ZA PRĄD"), ("Sieć Komórkowa Plus-Minus", "FAKTURA TELEFON"), ("Spółdzielnia Mieszkaniowa Zacisze", "CZYNSZ")],
    "GB": [("WESSEX WATER SVCS", "DD"), ("NORTHERN ENERGY LTD", "DD"), ("COUNCIL TAX HALTON", "DD")],
    "PT": [("Águas do Mondego", "DD ÁGUAS"), ("Eletricidade Lusa", "DD LUZ"), ("Ginásio Ribeira", "DD MENSALIDADE")],
}
SHOPS = {"DE": ["REWE", "dm-drogerie", "Lidl", "ARAL Tankstelle"], "NL": ["Albert Heijn", "Jumbo", "HEMA", "Kruidvat"],
         "ES": ["MERCADONA", "Carrefour", "EL CORTE INGLES"], "FR": ["CARREFOUR CITY", "MONOPRIX", "PICARD"], "IT": ["ESSELUNGA", "COOP", "CONAD"],
         "PL": ["BIEDRONKA", "ŻABKA", "ROSSMANN"], "GB": ["TESCO STORES", "SAINSBURYS", "PRET A MANGER"], "PT": ["PINGO DOCE", "CONTINENTE", "LIDL"]}


@tpl(13)
def t_statement_csv(R):
    cc = R.choice(["DE", "DE", "NL", "ES", "FR", "IT", "PL", "GB", "PT"])
    me = person(R, cc)
    mi = iban(R, cc, style="compact")
    intent = R.choice(["twice", "explain", "twice", "check"])
    rows = []
    d0 = rdate(R, (2026, 9, 1), (2026, 11, 10))
    kinds = R.sample(["in_p", "out_p", "dd", "card", "dd", "card", "in_p", "out_p", "in_p"], R.randint(5, 7))
    if intent == "twice":
        kinds.append("dup")
    last = None
    for i, k in enumerate(kinds):
        d = d0 + datetime.timedelta(days=i * R.randint(1, 3))
        if k == "dup":
            k, row = last
            rows.append(row)
            continue
        if k in ("in_p", "out_p"):
            o = person(R, cc)
            oi = iban(R, cc if R.random() < 0.8 else R.choice(["DE", "NL", "FR", "ES", "IT", "BE"]), style="compact")
            amt = R.randint(15, 900)
            sign = "" if k == "in_p" else "-"
            purpose = R.choice(["Miete", "Anteil Urlaub", "Geschenk Oma", "Rückzahlung"] if cc == "DE" else
                               ["huur", "tikkie etentje", "terugbetaling"] if cc == "NL" else ["alquiler", "bizum cena", "devolución"] if cc == "ES" else
                               ["loyer", "remboursement", "cadeau"] if cc == "FR" else ["affitto", "rimborso", "regalo"] if cc == "IT" else
                               ["czynsz", "zwrot", "prezent"] if cc == "PL" else ["RENT", "PAYBACK", "HOLIDAY"] if cc == "GB" else ["renda", "reembolso"])
            name = P(o.caps() if cc in ("GB", "FR", "ES", "PT") else o.full(), o)
            row = ("p", name, oi, "%s%d,%02d" % (sign, amt, R.randint(0, 99)), purpose)
        elif k == "dd":
            co, txt = R.choice(ST_CO[cc])
            coi = iban(R, cc, style="compact", holder="org")
            row = ("dd", co, coi, "-%d,%02d" % (R.randint(9, 140), R.randint(0, 99)), txt)
        else:
            row = ("card", R.choice(SHOPS[cc]), None, "-%d,%02d" % (R.randint(2, 120), R.randint(0, 99)), None)
        last = (k, row)
        rows.append(row)
    body = []
    dfmt = (lambda d: d.strftime("%d.%m.%y")) if cc == "DE" else (lambda d: d.strftime("%Y%m%d")) if cc == "NL" else (lambda d: d.strftime("%d/%m/%Y"))
    if cc == "DE":
        body.append('"Auftragskonto";"Buchungstag";"Valutadatum";"Buchungstext";"Verwendungszweck";"Beguenstigter/Zahlungspflichtiger";"Kontonummer/IBAN";"Betrag";"Waehrung"\n')
        for i, (t, nm, ib, amt, pur) in enumerate(rows):
            d = dfmt(d0 + datetime.timedelta(days=i))
            bt = {"p": "GUTSCHR. UEBERWEISUNG" if not amt.startswith("-") else "ONLINE-UEBERWEISUNG", "dd": "FOLGELASTSCHRIFT", "card": "KARTENZAHLUNG"}[t]
            vz = [pur] if t == "p" else [pur, " ", mandate_ref(R), " ", creditor_id(R, "DE")] if t == "dd" else [nm, " ", N(d + " " + "%02d:%02d" % (R.randint(7, 21), R.randint(0, 59)), "timestamp"), " ", masked(R)]
            body += ['"', again(mi), '";"', N(d, "booking_date"), '";"', d, '";"', bt, '";"', vz, '";"', nm, '";"', again(ib) if ib else "", '";"', N(amt, "amount"), '";"EUR"\n']
    elif cc == "NL":
        body.append('"Datum","Naam / Omschrijving","Rekening","Tegenrekening","Af Bij","Bedrag (EUR)","Mededelingen"\n')
        for i, (t, nm, ib, amt, pur) in enumerate(rows):
            d = dfmt(d0 + datetime.timedelta(days=i))
            afbij = "Af" if amt.startswith("-") else "Bij"
            med = [pur] if t == "p" else ["Incassant: ", creditor_id(R, "NL"), " Machtiging: ", mandate_ref(R), " ", pur] if t == "dd" else ["Pasvolgnr: 004 ", N(d, "date"), " Term: ", N(rnd(R, string.ascii_uppercase, 2) + dig(R, 6), "terminal_id")]
            body += ['"', N(d, "booking_date"), '","', nm, '","', again(mi), '","', again(ib) if ib else "", '","', afbij, '","', N(amt.lstrip("-"), "amount"), '","', med, '"\n']
    elif cc == "GB":
        body += ["Account: ", sortcode(R), " ", acct(R, 8), "  IBAN ", again(mi), "\n", "Date,Type,Description,Paid out,Paid in,Balance\n"]
        bal = R.randint(300, 4000)
        for i, (t, nm, ib, amt, pur) in enumerate(rows):
            d = dfmt(d0 + datetime.timedelta(days=i))
            typ = {"p": "FPI" if not amt.startswith("-") else "FPO", "dd": "DD", "card": "DEB"}[t]
            desc = [nm, " REF ", pur] if t == "p" else [nm, " ", mandate_ref(R)] if t == "dd" else [nm, " ", N("CD %s" % dig(R, 4), "card_suffix")]
            a = amt.lstrip("-").replace(",", ".")
            po, pi = (a, "") if amt.startswith("-") else ("", a)
            bal += -float(a) if po else float(a)
            body += [N(d, "booking_date"), ",", typ, ",", desc, ",", po, ",", pi, ",", "%.2f" % bal, "\n"]
    else:
        hdr = {"ES": ("Cuenta", "Fecha operación;Concepto;Importe;Saldo"), "FR": ("Compte", "Date;Libellé;Montant;Solde"),
               "IT": ("Conto", "Data contabile;Descrizione;Importo;Saldo"), "PL": ("Rachunek", "Data operacji;Opis;Kwota;Saldo"),
               "PT": ("Conta", "Data Mov.;Descrição;Montante;Saldo")}[cc]
        body += [hdr[0], ": ", again(mi), " – ", P(me.full(), me), "\n", hdr[1], "\n"]
        bal = R.randint(300, 4000)
        for i, (t, nm, ib, amt, pur) in enumerate(rows):
            d = dfmt(d0 + datetime.timedelta(days=i))
            inc = not amt.startswith("-")
            if t == "p":
                pre = {"ES": ("TRANSFERENCIA DE " if inc else "TRANSFERENCIA A "), "FR": ("VIR SEPA RECU /DE " if inc else "VIR SEPA EMIS /A "),
                       "IT": ("BONIFICO A VOSTRO FAVORE DA " if inc else "BONIFICO A FAVORE DI "), "PL": ("PRZELEW PRZYCHODZĄCY OD " if inc else "PRZELEW WYCHODZĄCY DO "),
                       "PT": ("TRF DE " if inc else "TRF P/ ")}[cc]
                desc = [pre, nm, " ", again(ib), " ", pur.upper()]
            elif t == "dd":
                desc = [pur, " ", nm, " ", creditor_id(R, cc if cc in ("ES", "FR", "IT") else "DE")]
            else:
                desc = [{"ES": "COMPRA TARJ. ", "FR": "CB ", "IT": "PAGAMENTO POS ", "PL": "PŁATNOŚĆ KARTĄ ", "PT": "COMPRA "}[cc], nm, " ", masked(R)]
            bal += float(amt.replace(",", "."))
            body += [N(d, "booking_date"), ";", desc, ";", N(amt, "amount"), ";", ("%.2f" % bal).replace(".", ","), "\n"]
    lang = RQL[cc]
    intro = []
    if R.random() < 0.5:
        intro = [{"DE": "Export aus dem Online-Banking, Konto von ", "NL": "Export van de rekening van ", "GB": "Statement export for ",
                  "ES": "Extracto de ", "FR": "Relevé de ", "IT": "Estratto conto di ", "PL": "Wyciąg – ", "PT": "Extrato de "}[cc],
                 P(me.full(), me), ":\n"]
    return "csv", RECL[cc], wrap(R, lang, intent, [intro, body])


TR_LBL = {
    "DE": ("Überweisung – Ausführungsbestätigung", "Auftraggeber", "IBAN", "Empfänger", "IBAN des Empfängers", "BIC", "Betrag", "Verwendungszweck", "Ausführungsdatum", "Auftragsnummer"),
    "FR": ("Confirmation de virement SEPA", "Donneur d'ordre", "IBAN", "Bénéficiaire", "IBAN du bénéficiaire", "BIC", "Montant", "Motif", "Date d'exécution", "Référence"),
    "ES": ("Justificante de transferencia", "Ordenante", "IBAN", "Beneficiario", "IBAN beneficiario", "BIC", "Importe", "Concepto", "Fecha de ejecución", "Referencia"),
    "IT": ("Contabile bonifico SEPA", "Ordinante", "IBAN", "Beneficiario", "IBAN beneficiario", "BIC", "Importo", "Causale", "Data esecuzione", "TRN"),
    "NL": ("Bevestiging overboeking", "Van", "IBAN", "Naar", "IBAN ontvanger", "BIC", "Bedrag", "Omschrijving", "Uitvoerdatum", "Kenmerk"),
    "PT": ("Comprovativo de transferência", "Ordenante", "IBAN", "Beneficiário", "IBAN do beneficiário", "BIC/SWIFT", "Montante", "Descritivo", "Data-valor", "Referência"),
    "PL": ("Potwierdzenie przelewu", "Nadawca", "Rachunek nadawcy", "Odbiorca", "Rachunek odbiorcy", "BIC", "Kwota", "Tytuł przelewu", "Data realizacji", "Numer referencyjny"),
    "TR": ("Havale/EFT Dekontu", "Gönderen", "IBAN", "Alıcı", "Alıcı IBAN", "SWIFT", "Tutar", "Açıklama", "İşlem tarihi", "Referans No"),
    "GB": ("Payment confirmation", "From", "Account (IBAN)", "To", "Payee IBAN", "BIC", "Amount", "Reference", "Payment date", "Confirmation no."),
    "AE": ("Funds Transfer Advice", "Remitter", "IBAN", "Beneficiary", "Beneficiary IBAN", "SWIFT", "Amount", "Purpose", "Value date", "Reference"),
}
TR_NOTE = {
    "DE": "Hinweis: Der Betrag wird dem Empfänger in der Regel am nächsten Bankarbeitstag gutgeschrieben.",
    "FR": "Le virement sera crédité sur le compte du bénéficiaire sous 1 jour ouvré.",
    "ES": "La transferencia se abonará en la cuenta del beneficiario en el plazo de un día hábil.",
    "IT": "L'accredito al beneficiario avverrà entro la giornata operativa successiva.",
    "NL": "Het bedrag staat doorgaans binnen één werkdag op de rekening van de ontvanger.",
    "PT": "A transferência será creditada na conta do beneficiário no dia útil seguinte.",
    "PL": "Środki zostaną zaksięgowane na rachunku odbiorcy w następnym dniu roboczym.",
    "TR": "İşleminiz FAST sistemi üzerinden gerçekleştirilmiştir.",
    "GB": "Payments made after 17:30 or on a bank holiday are processed the next working day.",
    "AE": "Transfers submitted after the cut-off time are processed on the next working day.",
}


@tpl(12)
def t_transfer_confirmation(R):
    cc = R.choice(sorted(TR_LBL))
    lb = TR_LBL[cc]
    a, b = person(R, cc), person(R, cc)
    bk = bank(R, cc)
    ref = N(rnd(R, string.ascii_uppercase + string.digits, R.choice([12, 16])), "transaction_reference")
    purpose = R.choice([[inv_no(R)], ["Miete ", N(rdate(R).strftime("%m/%Y"), "period")] if cc == "DE" else ["order ", order_no(R)],
                        [R.choice(["Kaution", "caution", "fianza", "deposito", "borg", "kaucja", "depozito", "deposit"])]])
    w = max(len(x) for x in lb[1:]) + 2
    body = [bk[0], "\n", lb[0], "\n\n",
            fld(lb[1], P(a.full() if R.random() < 0.7 else a.caps(), a), w),
            fld(lb[2], iban(R, cc), w)]
    if R.random() < 0.35:
        body += fld({"DE": "Anschrift", "FR": "Adresse", "ES": "Domicilio", "IT": "Indirizzo", "NL": "Adres", "PT": "Morada", "PL": "Adres",
                     "TR": "Adres", "GB": "Address", "AE": "Address"}[cc], A(R, cc if cc != "AE" else "AE"), w)
    body += fld(lb[3], P(b.full(), b), w)
    body += fld(lb[4], iban(R, cc if R.random() < 0.85 else R.choice(["DE", "FR", "NL", "ES", "IT", "PL", "PT"])), w)
    if bk[1]:
        body += fld(lb[5], N(bk[1], "bic"), w)
    body += fld(lb[6], M(R, cc if cc in ("DE", "FR", "ES", "IT", "NL", "PT", "PL", "TR", "GB", "AE") else "DE", 20, 4800), w)
    body += fld(lb[7], purpose, w)
    body += fld(lb[8], ND(R, cc, "execution_date"), w)
    body += fld(lb[9], ref, w)
    if R.random() < 0.5:
        body += fld({"DE": "Benachrichtigung an", "FR": "Avis envoyé à", "ES": "Aviso enviado a", "IT": "Avviso inviato a", "NL": "Bericht naar", "PT": "Aviso para",
                     "PL": "Powiadomienie", "TR": "Bildirim", "GB": "Notify payee", "AE": "Advice sent to"}[cc], email(R, b, cc), w)
    body += ["\n", TR_NOTE[cc], "\n", N(bk[2], "bank_address")]
    return "pdf", RECL[cc], wrap(R, RQL[cc], R.choice(["explain", "check", "refund"]), body)


MANDATE = {
    "DE": ("SEPA-Lastschriftmandat", "Zahlungsempfänger", "Gläubiger-Identifikationsnummer", "Mandatsreferenz", "Kontoinhaber", "Anschrift", "IBAN", "BIC", "Ort, Datum", "Unterschrift",
           "Ich ermächtige den Zahlungsempfänger, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die Lastschriften einzulösen. Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages verlangen."),
    "FR": ("Mandat de prélèvement SEPA", "Créancier", "Identifiant créancier SEPA", "Référence unique du mandat", "Titulaire du compte", "Adresse", "IBAN", "BIC", "Fait à, le", "Signature",
           "En signant ce formulaire de mandat, vous autorisez le créancier à envoyer des instructions à votre banque pour débiter votre compte. Vous bénéficiez du droit d'être remboursé par votre banque dans les 8 semaines suivant la date de débit."),
    "ES": ("Orden de domiciliación de adeudo directo SEPA", "Acreedor", "Identificador del acreedor", "Referencia de la orden", "Titular de la cuenta", "Dirección", "IBAN", "BIC", "Lugar y fecha", "Firma",
           "Mediante la firma de esta orden de domiciliación, el deudor autoriza al acreedor a enviar instrucciones a la entidad del deudor para adeudar su cuenta."),
    "IT": ("Mandato per addebito diretto SEPA", "Creditore", "Codice identificativo del creditore", "Riferimento del mandato", "Intestatario del conto", "Indirizzo", "IBAN", "BIC", "Luogo e data", "Firma",
           "La sottoscrizione del presente mandato comporta l'autorizzazione al creditore a richiedere alla banca del debitore l'addebito del suo conto."),
    "NL": ("Doorlopende machtiging SEPA", "Incassant", "Incassant ID", "Kenmerk machtiging", "Naam rekeninghouder", "Adres", "IBAN", "BIC", "Plaats en datum", "Handtekening",
           "Door ondertekening van dit formulier geeft u toestemming aan de incassant om doorlopende incasso-opdrachten te sturen naar uw bank."),
}
MANDATE_CO = {"DE": [("Fitnessoase Nord GmbH", "Kaiserkai 12, 20457 Hamburg"), ("Tierarztpraxis am Deich GmbH", "Deichstraße 3, 21635 Jork")],
              "FR": [("Crèche Les Petits Loups", "4 place Kléber, 67000 Strasbourg"), ("Énergie Loire SAS", "BP 4410, 44044 Nantes Cedex 1")],
              "ES": [("Academia de Idiomas Babel", "Calle Colón 18, 46004 Valencia"), ("Gimnasio Puerta Sur", "Av. de Andalucía 90, 29006 Málaga")],
              "IT": [("Scuola di Musica Ottava", "Via Po 21, 10124 Torino (TO)"), ("Palestra Arcobaleno", "Via Toledo 156, 80134 Napoli (NA)")],
              "NL": [("Sportschool De Kracht", "Industrieweg 7, 3542 AD Utrecht"), ("Jeugdorkest Amstelland", "Postbus 221, 1180 AE Amstelveen")]}


@tpl(12)
def t_sepa_mandate(R):
    cc = R.choice(sorted(MANDATE))
    lb = MANDATE[cc]
    co, coaddr = R.choice(MANDATE_CO[cc])
    me = person(R, cc)
    w = max(len(x) for x in lb[1:10]) + 2
    body = [lb[0], "\n\n", fld(lb[1], [co, ", ", N(coaddr, "company_address")], w), fld(lb[2], creditor_id(R, cc), w), fld(lb[3], mandate_ref(R), w),
            "\n", lb[10], "\n\n", fld(lb[4], P(me.full(), me), w), fld(lb[5], A(R, cc), w), fld(lb[6], iban(R, cc), w),
            fld(lb[7], N(bank(R, cc)[1] or "", "bic"), w)]
    if R.random() < 0.7:
        body += fld({"DE": "E-Mail", "FR": "Courriel", "ES": "Correo electrónico", "IT": "E-mail", "NL": "E-mail"}[cc], email(R, me, cc), w)
    if R.random() < 0.6:
        body += fld({"DE": "Telefon", "FR": "Téléphone", "ES": "Teléfono", "IT": "Telefono", "NL": "Telefoon"}[cc], phone(R, cc, "nat"), w)
    city = {"DE": "Hamburg", "FR": "Strasbourg", "ES": "Valencia", "IT": "Torino", "NL": "Utrecht"}[cc]
    body += fld(lb[8], [city, ", ", ND(R, cc, "signature_date")], w)
    body += fld(lb[9], R.choice(["", "(unterschrieben)" if cc == "DE" else "___________", P(me.full(), me)]), w, "")
    return "form", RECL[cc], wrap(R, RQL[cc], R.choice(["explain", "check"]), body)


LOAN = {
    "GB": ("Personal loan application – summary for your review", "Applicant", "Date of birth", "Home address", "Mobile", "Email", "National Insurance no.",
           "Loan amount", "Term", "Representative APR", "Monthly repayment", "Employer", "Second applicant"),
    "US": ("Mortgage pre-approval – borrower information", "Borrower", "Date of birth", "Current address", "Cell phone", "Email", "SSN",
           "Loan amount", "Term", "APR", "Est. monthly payment", "Employer", "Co-borrower"),
    "DE": ("Kreditantrag – Zusammenfassung Ihrer Angaben", "Antragsteller/in", "Geburtsdatum", "Wohnanschrift", "Mobil", "E-Mail", "Steuer-ID",
           "Nettokreditbetrag", "Laufzeit", "Effektiver Jahreszins", "Monatliche Rate", "Arbeitgeber", "Mitantragsteller/in"),
    "ES": ("Solicitud de préstamo personal – resumen", "Titular", "Fecha de nacimiento", "Domicilio", "Móvil", "Correo electrónico", "DNI/NIE",
           "Importe solicitado", "Plazo", "TAE", "Cuota mensual", "Empresa", "Segundo titular"),
    "IT": ("Richiesta di prestito personale – riepilogo", "Richiedente", "Data di nascita", "Residenza", "Cellulare", "E-mail", "Codice fiscale",
           "Importo richiesto", "Durata", "TAEG", "Rata mensile", "Datore di lavoro", "Coobbligato"),
    "IN": ("Personal Loan Application – Summary", "Applicant name", "Date of birth", "Residential address", "Mobile", "Email", "PAN",
           "Loan amount", "Tenure", "Rate of interest", "EMI", "Employer", "Co-applicant"),
    "AU": ("Home loan application – applicant details", "Applicant", "Date of birth", "Residential address", "Mobile", "Email", "Tax file number",
           "Loan amount", "Loan term", "Comparison rate", "Monthly repayment", "Employer", "Joint applicant"),
    "CA": ("Line of credit application – summary", "Applicant", "Date of birth", "Home address", "Cell", "Email", "SIN",
           "Credit limit", "Term", "Interest rate", "Min. monthly payment", "Employer", "Co-applicant"),
    "PL": ("Wniosek kredytowy – podsumowanie", "Wnioskodawca", "Data urodzenia", "Adres zamieszkania", "Telefon", "E-mail", "PESEL",
           "Kwota kredytu", "Okres", "RRSO", "Rata miesięczna", "Pracodawca", "Współkredytobiorca"),
    "TR": ("İhtiyaç Kredisi Başvuru Özeti", "Başvuru sahibi", "Doğum tarihi", "Ev adresi", "Cep telefonu", "E-posta", "T.C. Kimlik No",
           "Kredi tutarı", "Vade", "Faiz oranı", "Aylık taksit", "İşveren", "Kefil"),
}
EMPLOYERS = {"GB": ["Pennine Logistics Ltd", "Hartley & Moss Solicitors LLP"], "US": ["Cascade Dental Group", "Tri-County Freight LLC"],
             "DE": ["Weserland Logistik GmbH", "Kanzlei Brandt & Partner"], "ES": ["Construcciones Levante S.L.", "Clínica Dental Sonrisa"],
             "IT": ["Officine Meccaniche Padane S.r.l.", "Studio Associato Ferri"], "IN": ["Infosphere Technologies Pvt Ltd", "Kaveri Textiles"],
             "AU": ["Coastal Health Partners", "Outback Freight Co"], "CA": ["Maple Leaf Dental", "Laurentian Engineering Inc."],
             "PL": ["Baltyk Logistics Sp. z o.o.", "Szpital Miejski"], "TR": ["Anadolu Lojistik A.Ş.", "Ege Tekstil Ltd. Şti."]}


def gid_for(R, cc, p, pan=False):
    if cc == "GB":
        return G(nino_s(R, R.random() < 0.7), "gb_nino")
    if cc == "US":
        return G(ssn_s(R, R.choice(["-", "-", " "])), "us_ssn")
    if cc == "DE":
        s = steuerid_random(R)
        return G(R.choice([s, "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])]), "de_steuerid")
    if cc == "ES":
        return G(dni_s(R, R.choice([0, 0, 1])), "es_dni") if R.random() < 0.75 else G(nie_s(R), "es_nie")
    if cc == "IT":
        return G(cf_s(R, p), "it_cf")
    if cc == "FR":
        return G(nir_s(R, p), "fr_nir")
    if cc == "NL":
        return G(bsn_random(R), "nl_bsn")
    if cc == "IN":
        return G(pan_random(R, "P", p.family), "in_pan") if pan or R.random() < 0.6 else G(aadhaar_s(R), "in_aadhaar")
    if cc == "AU":
        t = tfn_make(R)
        return G("%s %s %s" % (t[:3], t[3:6], t[6:]), "au_tfn")
    if cc == "CA":
        s = sin_make(R)
        return G(R.choice(["%s %s %s" % (s[:3], s[3:6], s[6:]), "%s-%s-%s" % (s[:3], s[3:6], s[6:])]), "ca_sin")
    if cc == "PL":
        return G(pesel_make(R, p), "pl_pesel")
    if cc == "TR":
        return G(tckn_make(R), "tr_tckn")
    if cc == "PT":
        s = ptnif_make(R)
        return G(R.choice([s, "%s %s %s" % (s[:3], s[3:6], s[6:])]), "pt_nif")
    if cc == "BR":
        return G(cpf_s(R), "br_cpf")
    if cc == "MX":
        return G(curp_make(R, p), "mx_curp")
    if cc == "ZA":
        return G(zaid_make(R, p), "za_id")
    if cc == "AE":
        s = eid_make(R, p)
        return G("%s-%s-%s-%s" % (s[:3], s[3:7], s[7:14], s[14]), "ae_eid")
    if cc == "ID":
        return G(nik_make(R, p), "id_nik")
    if cc == "PH":
        return G("%s-%s-%s-000" % (dig(R, 3), dig(R, 3), dig(R, 3)), "ph_tin")
    if cc == "NG":
        return G("22" + dig(R, 9), "ng_bvn")
    if cc == "KE":
        return G(R.choice("123") + dig(R, 7), "ke_id")
    if cc == "JP":
        s = mynum_make(R)
        return G("%s %s %s" % (s[:4], s[4:8], s[8:]), "jp_mynumber")
    if cc == "KR":
        s = rrn_make(R, p)
        return G(s[:6] + "-" + s[6:], "kr_rrn")
    if cc == "CN":
        return G(cnid_make(R, p), "cn_rid")
    raise KeyError(cc)


@tpl(12)
def t_loan_application(R):
    cc = R.choice(sorted(LOAN))
    lb = LOAN[cc]
    a = person(R, cc)
    w = max(len(x) for x in lb[1:13]) + 2
    body = [lb[0], "\n", N("Ref. " + rnd(R, string.ascii_uppercase, 2) + dig(R, 7), "application_number"), "\n\n",
            fld(lb[1], P(a.full(), a), w), fld(lb[2], DOB(a, cc, R.choice(["num", "num", "long"])), w),
            fld(lb[3], A(R, cc), w), fld(lb[4], phone(R, cc, "nat" if R.random() < 0.7 else "intl"), w),
            fld(lb[5], email(R, a, cc), w), fld(lb[6], gid_for(R, cc, a, pan=True), w),
            fld(lb[11], N(R.choice(EMPLOYERS[cc]), "company_name"), w)]
    if R.random() < 0.7:
        b = Person(R, a.cul, family=a.family if R.random() < 0.5 else None)
        while b.given == a.given:
            b = Person(R, a.cul, family=a.family)
        body += fld(lb[12], [P(b.full(), b), " (", DOB(b, cc), "), ", phone(R, cc, "nat")], w)
    cur = cc if cc not in ("IN",) else "IN"
    body += ["\n", fld(lb[7], M(R, cur, 3000, 60000, cents=False), w), fld(lb[8], R.choice(["36", "48", "60", "84", "300"]) + {"DE": " Monate", "ES": " meses", "IT": " mesi", "PL": " mies.", "TR": " ay"}.get(cc, " months"), w),
             fld(lb[9], N("%d,%d %%" % (R.randint(3, 19), R.randint(0, 9)) if cc in ("DE", "ES", "IT", "PL", "TR") else "%d.%d%%" % (R.randint(3, 19), R.randint(0, 9)), "rate"), w),
             fld(lb[10], M(R, cur, 90, 2400), w, "")]
    return "form", RECL[cc], wrap(R, RQL[cc], R.choice(["check", "explain"]), body)


def plid_make(R):
    al = string.ascii_uppercase
    while True:
        s = [R.choice(al) for _ in range(3)] + [None] + [R.choice(string.digits) for _ in range(5)]
        w = [7, 3, 1, 0, 7, 3, 1, 7, 3]
        v = [0 if c is None else (ord(c) - 55) if c.isalpha() else int(c) for c in s]
        t = sum(a * b for a, b in zip(v, w)) % 10
        s[3] = str(t)
        return "".join(s)


def plid_ok(s):
    if not re.fullmatch(r"[A-Z]{3}\d{6}", s):
        return False
    w = [7, 3, 1, 0, 7, 3, 1, 7, 3]
    v = [(ord(c) - 55) if c.isalpha() else int(c) for c in s]
    return sum(a * b for a, b in zip(v, w)) % 10 == int(s[3])


ACC_OPEN = {
    "IN": ("en", "SAVINGS ACCOUNT OPENING FORM", ["Full name", "Date of birth", "Gender", "PAN", "Aadhaar No.", "Mobile", "Email", "Address", "Occupation", "Employer",
                                                   "Nominee", "Nominee mobile"]),
    "NG": ("en", "ACCOUNT OPENING FORM – INDIVIDUAL", ["Surname & first name", "Date of birth", "Sex", "BVN", "NIN", "Phone", "Email", "Residential address", "Occupation",
                                                      "Employer", "Next of kin", "Next of kin phone"]),
    "KE": ("en", "PERSONAL ACCOUNT APPLICATION", ["Full names", "Date of birth", "Gender", "National ID No.", "KRA PIN", "Mobile (M-Pesa)", "Email", "Physical address",
                                                 "Occupation", "Employer", "Next of kin", "Next of kin tel."]),
    "ZA": ("en", "NEW CLIENT APPLICATION – CHEQUE ACCOUNT", ["Full name", "Date of birth", "Gender", "SA ID number", "", "Cell", "Email", "Residential address",
                                                             "Occupation", "Employer", "Emergency contact", "Emergency contact cell"]),
    "PH": ("en", "CUSTOMER INFORMATION SHEET", ["Name", "Birthdate", "Sex", "TIN", "SSS No.", "Mobile No.", "Email", "Present address", "Occupation",
                                               "Employer", "Contact person", "Contact no."]),
    "AE": ("en", "ACCOUNT OPENING – PERSONAL BANKING", ["Name as per passport", "Date of birth", "Gender", "Emirates ID", "Passport No.", "Mobile", "Email",
                                                       "Residential address", "Occupation", "Employer", "Home-country contact", "Home-country phone"]),
    "ID": ("id", "FORMULIR PEMBUKAAN REKENING", ["Nama lengkap", "Tanggal lahir", "Jenis kelamin", "NIK", "", "No. HP", "Email", "Alamat", "Pekerjaan",
                                                "Nama perusahaan", "Nama ibu kandung", "No. HP keluarga"]),
    "TR": ("tr", "BİREYSEL MÜŞTERİ BAŞVURU FORMU", ["Ad Soyad", "Doğum tarihi", "Cinsiyet", "T.C. Kimlik No", "", "Cep telefonu", "E-posta", "Adres", "Meslek",
                                                  "İşyeri", "Acil durumda aranacak kişi", "Telefonu"]),
    "MX": ("es", "SOLICITUD DE APERTURA DE CUENTA", ["Nombre completo", "Fecha de nacimiento", "Sexo", "CURP", "RFC", "Celular", "Correo", "Domicilio", "Ocupación",
                                                    "Empresa", "Beneficiario", "Tel. beneficiario"]),
    "BR": ("pt", "FICHA CADASTRAL – PESSOA FÍSICA", ["Nome completo", "Data de nascimento", "Sexo", "CPF", "", "Celular", "E-mail", "Endereço", "Profissão",
                                                    "Empresa", "Contato de emergência", "Telefone"]),
    "PL": ("pl", "WNIOSEK O OTWARCIE RACHUNKU", ["Imię i nazwisko", "Data urodzenia", "Płeć", "PESEL", "Seria i nr dowodu", "Telefon", "E-mail", "Adres zamieszkania",
                                                "Zawód", "Pracodawca", "Osoba do kontaktu", "Telefon"]),
    "PT": ("pt", "FICHA DE ABERTURA DE CONTA", ["Nome", "Data de nascimento", "Sexo", "NIF", "", "Telemóvel", "Email", "Morada", "Profissão", "Entidade patronal",
                                               "Contacto de emergência", "Telemóvel"]),
}
SEX = {"en": ("Male", "Female"), "id": ("Laki-laki", "Perempuan"), "tr": ("Erkek", "Kadın"), "es": ("H", "M"), "pt": ("Masculino", "Feminino"), "pl": ("M", "K")}
JOBS = {"en": ["Software engineer", "Nurse", "Teacher", "Trader", "Accountant", "Driver", "Pharmacist"], "id": ["Karyawan swasta", "Guru", "Wiraswasta"],
        "tr": ["Mühendis", "Öğretmen", "Esnaf"], "es": ["Contadora", "Ingeniero", "Comerciante"], "pt": ["Enfermeira", "Engenheiro", "Professora", "Motorista"],
        "pl": ["Księgowa", "Inżynier", "Kierowca"]}
CO_GENERIC = {"IN": ["Sahyadri Infotech Pvt Ltd", "Ganga Motors"], "NG": ["Eko Petroleum Services Ltd", "Harmattan Foods Plc"], "KE": ["Savanna Tea Estates Ltd", "Kilele Logistics"],
              "ZA": ["Karoo Freight (Pty) Ltd", "Protea Medical Centre"], "PH": ["Pacific Cebu BPO Inc.", "Mindanao Agri Corp."], "AE": ["Palm Crescent Hospitality LLC", "Desert Rose Trading FZE"],
              "ID": ["PT Nusantara Digital", "CV Sinar Jaya"], "TR": ["Marmara Yazılım A.Ş.", "Ege Tekstil Ltd. Şti."], "MX": ["Grupo Constructor Norte", "Farmacias La Esperanza"],
              "BR": ["Laticínios Serra Verde Ltda.", "Clínica Vida Plena"], "PL": ["Mazowsze Logistyka Sp. z o.o.", "Przychodnia Zdrowie"], "PT": ["Conservas do Atlântico, Lda.", "Farmácia Central"]}


@tpl(12)
def t_account_opening(R):
    cc = R.choice(sorted(ACC_OPEN))
    lg, title, lb = ACC_OPEN[cc]
    a = person(R, cc)
    w = max(len(x) for x in lb) + 2
    bk = bank(R, cc)
    nm = a.caps() if cc in ("NG", "PH", "ZA", "KE") and R.random() < 0.5 else a.full()
    body = [bk[0], "\n", title, "\n", "-" * len(title), "\n", fld(lb[0], P(nm, a), w), fld(lb[1], DOB(a, cc), w),
            fld(lb[2], SEX[lg][0 if a.sex == "m" else 1], w), fld(lb[3], gid_for(R, cc, a) if cc not in ("NG", "KE", "PH", "AE", "MX") else
                                                               {"NG": lambda: G("22" + dig(R, 9), "ng_bvn"), "KE": lambda: G(R.choice("123") + dig(R, 7), "ke_id"),
                                                                "PH": lambda: G("%s-%s-%s-000" % (dig(R, 3), dig(R, 3), dig(R, 3)), "ph_tin"),
                                                                "AE": lambda: gid_for(R, "AE", a), "MX": lambda: G(curp_make(R, a, R.choice(["DF", "JC", "NL", "PL"])), "mx_curp")}[cc](), w)]
    if lb[4]:
        second = {"IN": lambda: G(aadhaar_s(R), "in_aadhaar"), "NG": lambda: G(dig(R, 11), "ng_nin"), "KE": lambda: G("A" + dig(R, 9) + R.choice(string.ascii_uppercase), "ke_kra"),
                  "PH": lambda: G("%s-%s-%s" % (dig(R, 2), dig(R, 7), dig(R, 1)), "ph_sss"), "AE": lambda: passport(R, "IN" if a.cul == "in" else "PH" if a.cul == "ph" else "PK" if a.cul == "pk" else "GB" if a.cul == "gb" else "US"),
                  "MX": lambda: G(rfc_make(R, a), "mx_rfc"), "PL": lambda: G(plid_make(R), "pl_idcard")}[cc]
        body += fld(lb[4], second(), w)
    body += fld(lb[5], phone(R, cc, "nat" if R.random() < 0.7 else "intl"), w)
    if R.random() < 0.5:
        body += fld({"id": "No. HP lain", "tr": "Ev telefonu", "es": "Tel. alterno", "pt": "Telefone 2", "pl": "Telefon 2"}.get(lg, "Alternate phone"), phone(R, cc, "nat"), w)
    body += fld(lb[6], email(R, a, cc), w)
    body += fld(lb[7], A(R, cc), w)
    body += fld(lb[8], R.choice(JOBS[lg]), w)
    body += fld(lb[9], N(R.choice(CO_GENERIC[cc]), "company_name"), w)
    k = Person(R, a.cul if a.cul in NAMES or a.cul in CJK else CUL[cc])
    if cc == "ID":
        body += fld(lb[10], P(k.given if R.random() < 0.5 else k.full(), k), w)
    else:
        body += fld(lb[10], [P(k.full(), k), R.choice([" (spouse)", " (mother)", " (brother)", ""]) if lg == "en" else ""], w)
    kcc = cc if cc != "AE" else {"in": "IN", "ph": "PH", "pk": "PK", "gb": "GB", "ae": "AE"}[a.cul]
    body += fld(lb[11], phone(R, kcc, region=cc), w, "")
    body += ["\n", N(bk[2], "bank_address")]
    return "form", lg if cc != "IN" else "in", wrap(R, RQL[cc], "check", body)


KYC = {
    "IN": ("Dear Customer,\n\nAs per RBI guidelines, your KYC is due for periodic update. Please update your KYC details at the earliest to avoid restrictions on your account. "
           "You can reply to this email with the required details or visit your home branch.\n\nRegards,\nKYC Cell, ", "kyc@"),
    "NG": ("Dear Valued Customer,\n\nIn line with CBN directives on Tier-3 accounts, kindly update your BVN and NIN on your account within 14 days to avoid a Post-No-Debit restriction.\n\nThank you for banking with ", "compliance@"),
    "KE": ("Dear Customer,\n\nWe are updating our records in line with CBK regulations. Kindly confirm your details below by replying to this email.\n\nYours faithfully,\n", "customercare@"),
    "AE": ("Dear Customer,\n\nYour Emirates ID registered with us has expired. To continue using your account, please share a copy of your renewed Emirates ID and confirm your details.\n\nRegards,\n", "eid.update@"),
    "ZA": ("Dear Client,\n\nIn terms of FICA, we need to verify your identity and residential address. Please reply with the details below and a proof of address not older than 3 months.\n\nKind regards,\n", "fica@"),
    "PH": ("Dear Valued Client,\n\nAs part of our periodic customer due diligence, please update your information. Failure to update may result in temporary suspension of online banking.\n\nSincerely,\n", "cdd@"),
}
KYC_ASK = {"IN": ["Name", "DOB", "PAN", "Aadhaar", "Mobile", "Address"], "NG": ["Name", "DOB", "BVN", "NIN", "Phone", "Address"],
           "KE": ["Name", "DOB", "ID No.", "KRA PIN", "Phone", "Address"], "AE": ["Name", "DOB", "Emirates ID", "Passport", "Mobile", "Address"],
           "ZA": ["Name", "DOB", "ID number", "", "Cell", "Address"], "PH": ["Name", "Birthdate", "TIN", "SSS", "Mobile", "Address"]}


@tpl(11)
def t_kyc_reply(R):
    cc = R.choice(sorted(KYC))
    txt, role = KYC[cc]
    a = person(R, cc)
    bk = bank(R, cc)
    ask = KYC_ASK[cc]
    ids = {"IN": (lambda: G(pan_random(R, "P", a.family), "in_pan"), lambda: G(aadhaar_s(R), "in_aadhaar")),
           "NG": (lambda: G("22" + dig(R, 9), "ng_bvn"), lambda: G(dig(R, 11), "ng_nin")),
           "KE": (lambda: G(R.choice("123") + dig(R, 7), "ke_id"), lambda: G("A" + dig(R, 9) + R.choice(string.ascii_uppercase), "ke_kra")),
           "AE": (lambda: gid_for(R, "AE", a), lambda: passport(R, {"in": "IN", "ph": "PH", "pk": "PK", "gb": "GB"}.get(a.cul, "US"))),
           "ZA": (lambda: G(zaid_make(R, a), "za_id"), None),
           "PH": (lambda: G("%s-%s-%s-000" % (dig(R, 3), dig(R, 3), dig(R, 3)), "ph_tin"), lambda: G("%s-%s-%s" % (dig(R, 2), dig(R, 7), dig(R, 1)), "ph_sss"))}[cc]
    mail = ["From: ", bk[0], " <", role_email(R, bk[3], role.rstrip("@")), ">\nSubject: ",
            R.choice(["Action required: update your KYC", "Important: account verification", "Reminder – update your details"]), "\n\n", txt, bk[0], "\n"]
    reply = [R.choice(["My draft reply:\n", "What I was going to send back:\n", "Draft:\n"]),
             R.choice(["Hello,\n\nPlease find my details below.\n\n", "Dear Sir/Madam,\n\nAs requested:\n\n", "Hi,\n\nHere are the details.\n\n"])]
    reply += [ask[0], ": ", P(a.full(), a), "\n", ask[1], ": ", DOB(a, cc), "\n", ask[2], ": ", ids[0](), "\n"]
    if ids[1]:
        reply += [ask[3], ": ", ids[1](), "\n"]
    reply += [ask[4], ": ", phone(R, cc), "\n", "Email: ", email(R, a, cc), "\n", ask[5], ": ", A(R, cc), "\n"]
    reply += ["Account no.: ", N("XXXXXX" + dig(R, 4), "masked_account"), "\n\n", R.choice(["Regards,\n", "Thanks,\n", "Thank you,\n"]),
              P(a.given if R.random() < 0.5 else a.full(), a)]
    lang = RQL[cc] if cc != "PH" else "en"
    return "email", "in" if cc == "IN" else "en", wrap(R, lang, R.choice(["scam", "check", "scam"]), [mail, "\n", reply])


CB_BANK = {"US": ("Summit Harbor Bank", "Card Disputes Department", "PO Box 30411, Charlotte, NC 28230"),
           "GB": ("Thamesgate Bank plc", "Card Services – Disputes", "PO Box 7012, Leeds LS11 1AA"),
           "CA": ("Caisse Laurentienne", "Card Dispute Centre", "CP 11422, Succ. Centre-ville, Montréal QC H3C 5L2"),
           "AU": ("Southern Cross Mutual", "Card Disputes Team", "Locked Bag 4100, Melbourne VIC 3001")}
MERCHANTS = ["SKYLINE AIRWAYS", "GLOBETROTTER HOTELS", "VELOCITY GYM", "QUICKFIX ELECTRONICS", "BOOKSTREAM DIGITAL", "NORTHWIND FURNITURE",
             "PIXELPORT ONLINE", "SUNWAVE TRAVEL", "ZENBOX SUBSCRIPTIONS"]


@tpl(12)
def t_chargeback_letter(R):
    cc = R.choice(sorted(CB_BANK))
    bk = CB_BANK[cc]
    a = person(R, cc)
    mer = R.choice(MERCHANTS)
    c = cardc(R, cc)
    d = rdate(R, (2026, 8, 1), (2026, 10, 30))
    reason = R.choice([
        "I cancelled this subscription on %s and have the cancellation email, but I was charged again." % fdate(d - datetime.timedelta(days=20), cc, "long"),
        "The goods were never delivered. The merchant has stopped replying to my emails.",
        "I was charged twice for the same booking. Only one charge is valid.",
        "I did not authorise this transaction. My card was in my possession at the time.",
        "The item I received was not as described and I returned it; the merchant confirmed receipt but has not refunded me."])
    body = [P(a.full(), a), "\n", A(R, cc, multi=True), "\n\n", N(fdate(rdate(R, (2026, 11, 1), (2026, 11, 30)), cc, "long"), "letter_date"), "\n\n",
            bk[0], "\n", bk[1], "\n", N(bk[2], "bank_address"), "\n\n",
            "Re: Dispute of card transaction\n\n", "Card number: ", c, "\n",
            (["Replacement card issued since: ", cardc(R, cc), "\n"] if R.random() < 0.5 else []), "Cardholder: ", P(a.full(), a), "\n",
            "Merchant: ", N(mer, "merchant"), "\n", "Transaction date: ", N(fdate(d, cc), "transaction_date"), "\n", "Amount: ", M(R, cc, 40, 1900), "\n"]
    if R.random() < 0.6:
        body += ["ARN: ", arn(R), "\n"]
    if R.random() < 0.5:
        body += ["Merchant order no.: ", order_no(R), "\n"]
    body += ["\n", R.choice(["Dear Sir or Madam,\n\n", "To whom it may concern,\n\n"]), reason, " I am requesting a chargeback under the card scheme rules. ",
             "Please contact me on ", phone(R, cc, "nat"), " or at ", email(R, a, cc), " if you need anything further.\n\n",
             R.choice(["Yours faithfully,\n", "Sincerely,\n", "Kind regards,\n"]), P(a.full(), a)]
    return "letter", "en", wrap(R, "en", R.choice(["check", "dispute", "complain"]), body)


FRAUD = {
    "en": ("Agent", "You", ["Thanks for contacting Fraud Support, my name is {agent}. Can I take your full name please?",
                            "Thank you. For security, please confirm your date of birth.",
                            "And which card is this about? Please give the full card number.",
                            "I can see three pending transactions. Is the mobile number on file still {phone}?",
                            "I've blocked the card and raised a fraud case. A new card will be sent to your address on file."],
           ["{name}", "{dob}", "it's {card}", "yes that's right. there's also a login I don't recognise from {ip}", "thank you"]),
    "de": ("Mitarbeiter", "Ich", ["Hallo, hier ist {agent} vom Betrugsservice. Wie ist Ihr vollständiger Name?",
                                  "Danke. Zur Sicherheit: Wie lautet Ihr Geburtsdatum?",
                                  "Um welche Karte geht es? Bitte nennen Sie die vollständige Kartennummer.",
                                  "Ich sehe drei vorgemerkte Umsätze. Ist Ihre Handynummer noch die {phone}?",
                                  "Die Karte ist gesperrt, der Fall ist angelegt. Eine neue Karte kommt per Post."],
           ["{name}", "{dob}", "{card}", "ja. und da war ein login von {ip}, das war ich nicht", "danke"]),
    "es": ("Agente", "Yo", ["Hola, soy {agent}, del servicio de fraude. ¿Me dice su nombre completo?",
                            "Gracias. Por seguridad, ¿su fecha de nacimiento?",
                            "¿De qué tarjeta se trata? Necesito el número completo.",
                            "Veo tres cargos pendientes. ¿Su móvil sigue siendo el {phone}?",
                            "He bloqueado la tarjeta y abierto un expediente de fraude. Recibirá una tarjeta nueva."],
           ["{name}", "{dob}", "la {card}", "sí. también hay un acceso desde {ip} que no reconozco", "vale, gracias"]),
    "pt-BR": ("Atendente", "Eu", ["Olá, aqui é {agent} da central antifraude. Pode informar seu nome completo?",
                                  "Obrigado. Por segurança, confirme sua data de nascimento.",
                                  "Qual cartão? Preciso do número completo.",
                                  "Vejo três compras pendentes. Seu celular ainda é {phone}?",
                                  "Cartão bloqueado e contestação aberta. Um novo cartão será enviado."],
              ["{name}", "{dob}", "{card}", "isso. e teve um acesso do IP {ip} que não fui eu", "obrigado"]),
    "fr": ("Conseiller", "Moi", ["Bonjour, {agent} du service fraude. Pouvez-vous me donner votre nom complet ?",
                                 "Merci. Pour des raisons de sécurité, votre date de naissance ?",
                                 "De quelle carte s'agit-il ? J'ai besoin du numéro complet.",
                                 "Je vois trois opérations en attente. Votre portable est toujours le {phone} ?",
                                 "J'ai fait opposition sur la carte et ouvert un dossier de fraude."],
           ["{name}", "{dob}", "{card}", "oui. et il y a une connexion depuis {ip} que je ne reconnais pas", "merci"]),
}
FR_CC = {"en": ["GB", "US", "AU", "CA"], "de": ["DE"], "es": ["ES", "MX"], "pt-BR": ["BR"], "fr": ["FR"]}


def fill(tmpl, vals):
    out = []
    for piece in re.split(r"(\{\w+\})", tmpl):
        if piece.startswith("{") and piece.endswith("}"):
            out.append(vals[piece[1:-1]]())
        elif piece:
            out.append(piece)
    return out


@tpl(12)
def t_fraud_chat(R):
    lg = R.choice(sorted(FRAUD))
    cc = R.choice(FR_CC[lg])
    ag, me, al, ml = FRAUD[lg]
    a = person(R, cc)
    agent = person(R, cc)
    ph = phone(R, cc, "nat")
    show_ip = R.random() < 0.6
    vals = {"agent": lambda: P(agent.given, agent), "name": lambda: P(a.full() if R.random() < 0.7 else lc(a.full()) if False else a.full(), a),
            "dob": lambda: DOB(a, cc, R.choice(["num", "long"])), "card": lambda: cardc(R, cc),
            "phone": lambda: again(ph), "ip": lambda: IP(R) if show_ip else N("an unknown device", "device")}
    t0 = datetime.datetime(2026, R.randint(1, 11), R.randint(1, 28), R.randint(8, 21), R.randint(0, 59))
    body = []
    agname = agent.given
    for i in range(5):
        ts = (t0 + datetime.timedelta(minutes=i * 2)).strftime("%H:%M")
        who = [ag, " (", P(agname, agent), "): "] if i == 0 else [ag, ": "]
        body += ["[", N(ts, "time"), "] ", who] + fill(al[i], vals) + ["\n"]
        if i < 5:
            line = ml[i]
            if "{ip}" in line and not show_ip:
                line = line.split(".")[0] if lg != "en" else "yes that's right"
            body += ["[", N((t0 + datetime.timedelta(minutes=i * 2 + 1)).strftime("%H:%M"), "time"), "] ", me, ": "] + fill(line, vals) + ["\n"]
    body += [R.choice(["Case ID: ", "Ref: ", "Fall-ID: " if lg == "de" else "Ticket: "]), N("FRD-" + dig(R, 8), "case_number")]
    return "chat", rlang(lg), wrap(R, lg, R.choice(["summarise", "explain", "complain"]), body)


ALERT = {
    "en": ("New sign-in to your {brand} account", "Hi {name},\n\nWe noticed a new sign-in to your {brand} account ({email}).\n\n",
           ["Date & time", "IP address", "Location", "Device"], "If this was you, you can ignore this email. If not, secure your account now: "),
    "de": ("Neue Anmeldung bei {brand}", "Hallo {name},\n\nfür Ihr {brand}-Konto ({email}) wurde eine neue Anmeldung festgestellt.\n\n",
           ["Datum/Uhrzeit", "IP-Adresse", "Standort", "Gerät"], "Waren Sie das nicht? Dann ändern Sie sofort Ihr Passwort: "),
    "es": ("Nuevo inicio de sesión en {brand}", "Hola {name}:\n\nHemos detectado un nuevo inicio de sesión en tu cuenta de {brand} ({email}).\n\n",
           ["Fecha y hora", "Dirección IP", "Ubicación", "Dispositivo"], "Si no has sido tú, protege tu cuenta aquí: "),
    "fr": ("Nouvelle connexion à votre compte {brand}", "Bonjour {name},\n\nUne nouvelle connexion à votre compte {brand} ({email}) a été détectée.\n\n",
           ["Date et heure", "Adresse IP", "Lieu", "Appareil"], "Si ce n'était pas vous, sécurisez votre compte : "),
    "pt-BR": ("Novo acesso à sua conta {brand}", "Olá, {name}!\n\nIdentificamos um novo acesso à sua conta {brand} ({email}).\n\n",
              ["Data e hora", "Endereço IP", "Local", "Dispositivo"], "Se não foi você, proteja sua conta: "),
    "it": ("Nuovo accesso al tuo account {brand}", "Ciao {name},\n\nabbiamo rilevato un nuovo accesso al tuo account {brand} ({email}).\n\n",
           ["Data e ora", "Indirizzo IP", "Posizione", "Dispositivo"], "Se non sei stato tu, proteggi subito il tuo account: "),
    "ja": ("【{brand}】新しいログインのお知らせ", "{name} 様\n\n{brand}アカウント（{email}）に新しいログインがありました。\n\n",
           ["日時", "IPアドレス", "場所", "端末"], "お心当たりがない場合は、こちらからパスワードを変更してください："),
}
AL_CC = {"en": ["US", "GB", "IN", "AU", "NG", "PH", "ZA", "CA"], "de": ["DE"], "es": ["ES", "MX"], "fr": ["FR"], "pt-BR": ["BR"], "it": ["IT"], "ja": ["JP"]}
BRANDS = [("Northpay", "northpay.com"), ("WalletWise", "walletwise.app"), ("Remitly-Go", "remitgo.io"), ("CoinHarbor", "coinharbor.com"),
          ("Tiller Bank", "tillerbank.com"), ("ShopBridge", "shopbridge.com")]
CITIES = ["Lagos, Nigeria", "São Paulo, Brazil", "Bucharest, Romania", "Hanoi, Vietnam", "Moscow, Russia", "Jakarta, Indonesia", "Kyiv, Ukraine",
          "Amsterdam, Netherlands", "Dallas, United States", "Manila, Philippines"]


@tpl(10)
def t_security_alert(R):
    lg = R.choice(sorted(ALERT))
    cc = R.choice(AL_CC[lg])
    subj, txt, lb, tail = ALERT[lg]
    brand, dom = R.choice(BRANDS)
    a = person(R, cc)
    nm = a.full() if cc in ("JP",) else (a.given if R.random() < 0.7 else a.full())
    vals = {"brand": lambda: brand, "name": lambda: P(nm, a), "email": lambda: email(R, a, cc)}
    ts = datetime.datetime(2026, R.randint(1, 11), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59))
    body = ["From: ", brand, " <", role_email(R, dom, R.choice(["no-reply", "security", "noreply"])), ">\n", "Subject: ", subj.replace("{brand}", brand), "\n\n"]
    body += fill(txt, vals)
    w = max(len(x) for x in lb) + 2
    body += fld(lb[0], N(ts.strftime("%Y-%m-%d %H:%M") + " UTC", "timestamp"), w)
    body += fld(lb[1], IP(R, v6=R.random() < 0.2), w)
    body += fld(lb[2], N(R.choice(CITIES), "geo_location"), w)
    body += fld(lb[3], N(R.choice(["Chrome on Windows", "Safari on iPhone", "Firefox on Linux", "Android app 8.14.2"]), "device"), w)
    if R.random() < 0.7:
        body += ["\n", {"en": "Your previous sign-in", "de": "Ihre letzte Anmeldung", "es": "Tu último inicio de sesión", "fr": "Votre dernière connexion",
                        "pt-BR": "Seu último acesso", "it": "Il tuo ultimo accesso", "ja": "前回のログイン"}[lg], ": ", IP(R), "\n"]
    body += ["\n", tail, N("https://%s/security/review?ref=%s" % (dom, rnd(R, ALNUM, 12)), "url"), "\n\n", brand, " · ", N("support@" + dom, "company_email")]
    return "email", rlang(lg) if lg != "en" else RECL[cc], wrap(R, lg if lg != "en" else RQL[cc] if RQL[cc] in ("en", "in") else "en", R.choice(["scam", "explain"]), body)


PHISH = {
    "en": ["{bank}: Dear {name}, your card ending {l4} has been temporarily suspended due to unusual activity. Call our fraud team on {phone} immediately to avoid permanent closure.",
           "Hi {name}, a payment of {amt} to AMZ-MARKETPLACE is pending approval. If you did not make this, call {phone} now. {bank} Security",
           "URGENT {name}: your {bank} account will be blocked today. Verify at {url} or WhatsApp us on {phone}."],
    "es": ["{bank}: Estimado/a {name}, su tarjeta terminada en {l4} ha sido bloqueada por seguridad. Llame al {phone} para reactivarla.",
           "{name}, se ha detectado un cargo de {amt}. Si no lo reconoce, contacte con nosotros al {phone}."],
    "de": ["{bank}: Sehr geehrte/r {name}, Ihre Karte mit Endung {l4} wurde vorübergehend gesperrt. Rufen Sie umgehend {phone} an.",
           "Hallo {name}, Ihr pushTAN-Verfahren läuft ab. Bestätigen Sie hier: {url} Rückfragen unter {phone}."],
    "pt-BR": ["{bank}: {name}, identificamos uma compra de {amt} no seu cartão final {l4}. Não reconhece? Ligue {phone}.",
              "Olá {name}, seu Pix foi bloqueado. Regularize em {url} ou fale com o gerente no WhatsApp {phone}."],
    "id": ["{bank}: Yth. {name}, kartu Anda berakhiran {l4} diblokir sementara. Hubungi {phone} segera.",
           "Selamat {name}! Anda mendapat cashback {amt}. Klaim di {url} atau WA {phone}."],
    "tr": ["{bank}: Sayın {name}, {l4} ile biten kartınız geçici olarak bloke edildi. Hemen {phone} numarasını arayın.",
           "{name}, hesabınızdan {amt} tutarında işlem bekliyor. Siz yapmadıysanız {phone} arayın."],
    "it": ["{bank}: Gentile {name}, la sua carta che termina con {l4} è stata sospesa. Chiami subito il {phone}.",
           "{name}, è in corso un bonifico di {amt}. Se non lo ha autorizzato chiami il {phone}."],
    "fr": ["{bank} : {name}, un paiement de {amt} est en attente sur votre carte se terminant par {l4}. Si ce n'est pas vous, appelez le {phone}.",
           "{name}, votre compte sera suspendu sous 24h. Mettez à jour vos informations : {url} ou rappelez le {phone}."],
}
PH_CC = {"en": ["GB", "US", "AU", "IN", "NG", "ZA", "KE", "PH"], "es": ["ES", "MX"], "de": ["DE"], "pt-BR": ["BR"], "id": ["ID"], "tr": ["TR"], "it": ["IT"], "fr": ["FR"]}


@tpl(10)
def t_phishing_sms(R):
    lg = R.choice(sorted(PHISH))
    cc = R.choice(PH_CC[lg])
    a = person(R, cc)
    bk = bank(R, cc)
    sender_is_phone = R.random() < 0.6
    scam_cc = cc if R.random() < 0.7 else R.choice(["GB", "NG", "IN", "ID", "PH"])
    vals = {"bank": lambda: bk[0].split(" ")[0] if R.random() < 0.5 else bk[0], "name": lambda: P(a.given if R.random() < 0.5 else a.full(), a),
            "l4": lambda: N(dig(R, 4), "card_last4"), "phone": lambda: phone(R, scam_cc, "nat" if scam_cc == cc else "intl", region=cc),
            "amt": lambda: M(R, cc if cc in ("GB", "US", "AU", "IN", "NG", "KE", "PH", "ES", "MX", "DE", "BR", "ID", "TR", "IT", "FR", "ZA") else "US", 50, 2000),
            "url": lambda: N("https://%s-%s.%s/%s" % (R.choice(["secure", "verify", "auth"]), bk[3].split(".")[0][:10], R.choice(["top", "info", "xyz", "click"]), rnd(R, string.ascii_lowercase, 5)), "phishing_url")}
    body = []
    if sender_is_phone:
        body += [R.choice(["From: ", "SMS from ", "Sender: "]), phone(R, scam_cc, "intl", region=cc), "\n"]
    else:
        body += [R.choice(["From: ", "Sender: "]), N(R.choice(["INFO-SMS", "BANK-ALERT", "SECURE", "VERIFY"]), "sender_id"), "\n"]
    if R.random() < 0.7:
        body += ["To: ", phone(R, cc, "nat"), " (me)\n"]
    body += [N(datetime.datetime(2026, R.randint(1, 11), R.randint(1, 28), R.randint(6, 23), R.randint(0, 59)).strftime("%d/%m/%Y %H:%M"), "timestamp"), "\n\n"]
    body += fill(R.choice(PHISH[lg]), vals)
    return "sms", rlang(lg) if lg != "en" else RECL[cc], wrap(R, lg if lg != "en" else RQL[cc] if RQL[cc] in ("en", "in") else "en", "scam", body)


# ================================================================ templates: payments

SLIP_SHOP = {"GB": ("THE COPPER KETTLE CAFE", "14 Market Place, Harrogate HG1 1BQ", "GBP"), "DE": ("Bäckerei Kornblume", "Holstenstraße 88, 24103 Kiel", "EUR"),
             "ES": ("Taberna El Olivo", "Calle Sierpes 41, 41004 Sevilla", "EUR"), "IT": ("Trattoria Da Nino", "Via Chiaia 112, 80121 Napoli", "EUR"),
             "FR": ("Café des Arts", "22 place du Capitole, 31000 Toulouse", "EUR"), "NL": ("Eetcafé De Gouden Leeuw", "Oudegracht 201, 3511 NK Utrecht", "EUR"),
             "TR": ("Kahve Durağı", "Moda Cad. No: 54, 34710 Kadıköy/İstanbul", "TRY"), "PT": ("Pastelaria Estrela", "Rua Augusta 118, 1100-053 Lisboa", "EUR"),
             "US": ("BLUE MESA GRILL", "2210 E Speedway Blvd, Tucson, AZ 85719", "USD"), "AU": ("HARBOURSIDE BAKEHOUSE", "3/112 Beach Rd, Glenelg SA 5045", "AUD")}
SLIP_MSG = {
    "GB": "I paid once at this cafe but my banking app shows two payments of the same amount on my card {card}. My name is {name}, you can reach me on {phone} or {email}.",
    "US": "They charged my card {card} twice for one dinner. I'm {name}, email {email} or cell {phone} if the restaurant asks.",
    "AU": "Got charged twice on {card} for this. {name}, mobile {phone}.",
    "DE": "Ich habe nur einmal bezahlt, aber auf meiner Karte {card} sind zwei Buchungen. Ich heiße {name}, Tel. {phone}, E-Mail {email}.",
    "ES": "Pagué una sola vez pero en mi tarjeta {card} aparecen dos cargos. Soy {name}, mi correo es {email} y mi móvil {phone}.",
    "IT": "Ho pagato una volta sola ma sulla carta {card} vedo due addebiti. Sono {name}, cell. {phone}, mail {email}.",
    "FR": "J'ai payé une seule fois mais ma carte {card} a été débitée deux fois. {name}, joignable au {phone} ou à {email}.",
    "NL": "Ik heb één keer betaald maar op mijn kaart {card} staan twee afschrijvingen. {name}, {email}.",
    "TR": "Bir kez ödedim ama {card} numaralı kartımdan iki kez çekilmiş. Ben {name}, telefonum {phone}, e-posta {email}.",
    "PT": "Paguei uma vez mas o cartão {card} foi debitado duas vezes. Sou {name}, telemóvel {phone}.",
}


@tpl(11)
def t_terminal_slip(R):
    cc = R.choice(sorted(SLIP_SHOP))
    shop, addr, cur = SLIP_SHOP[cc]
    a = person(R, cc)
    iss = R.choice(["VISA", "MASTERCARD", "MAESTRO"] if cc not in ("TR",) else ["VISA", "MASTERCARD", "TROY"])
    amt = "%d.%02d" % (R.randint(4, 180), R.randint(0, 99))
    ts = datetime.datetime(2026, R.randint(1, 11), R.randint(1, 28), R.randint(8, 22), R.randint(0, 59))
    slip = ["  ", N(shop, "merchant"), "\n  ", N(addr, "company_address"), "\n", "TID: ", N(dig(R, 8), "terminal_id"), "   MID: ", N(dig(R, 15), "merchant_id"), "\n",
            iss, " ", R.choice(["CONTACTLESS", "CHIP", "APPLE PAY"]), "\n", masked(R), "\n", "AID: ", N(R.choice(["A0000000031010", "A0000000041010", "A0000000043060"]), "emv_aid"), "\n",
            "SALE", " " * 10, cur, " ", N(amt, "amount"), "\n", "AUTH CODE: ", authcode(R), "   RRN: ", rrn(R), "\n",
            N(ts.strftime("%d/%m/%Y %H:%M"), "timestamp"), "\n", R.choice(["NO CARDHOLDER VERIFICATION", "PIN VERIFIED", "SIGNATURE NOT REQUIRED"]), "\n", "CUSTOMER COPY\n"]
    vals = {"card": lambda: cardc(R, cc if cc in CARD_BY else "GB"), "name": lambda: P(a.full(), a), "phone": lambda: phone(R, cc, "nat"),
            "email": lambda: email(R, a, cc)}
    msg = fill(SLIP_MSG[cc], vals)
    return "receipt", RECL[cc], wrap(R, RQL[cc], R.choice(["twice", "dispute", "complain"]), [slip, "\n", msg])


PAYCONF = {
    "en": ("You sent {amt} to {pname}", ["Paid to", "Recipient email", "From", "Transaction ID", "Date", "Note"], "Questions? Visit the Resolution Centre."),
    "de": ("Sie haben {amt} an {pname} gesendet", ["Empfänger", "E-Mail des Empfängers", "Von", "Transaktionscode", "Datum", "Mitteilung"], "Fragen? Besuchen Sie das Konfliktlösungszentrum."),
    "es": ("Has enviado {amt} a {pname}", ["Destinatario", "Correo del destinatario", "De", "Id. de transacción", "Fecha", "Nota"], "¿Tienes dudas? Visita el Centro de resoluciones."),
    "fr": ("Vous avez envoyé {amt} à {pname}", ["Bénéficiaire", "E-mail du bénéficiaire", "De", "N° de transaction", "Date", "Message"], "Des questions ? Consultez le centre de résolution."),
    "it": ("Hai inviato {amt} a {pname}", ["Destinatario", "Email del destinatario", "Da", "ID transazione", "Data", "Nota"], "Domande? Visita il Centro risoluzioni."),
    "nl": ("Je hebt {amt} verstuurd naar {pname}", ["Ontvanger", "E-mail ontvanger", "Van", "Transactiecode", "Datum", "Bericht"], "Vragen? Ga naar het Oplossingencentrum."),
}
PC_CC = {"en": ["GB", "US", "AU", "CA", "IN"], "de": ["DE"], "es": ["ES", "MX"], "fr": ["FR"], "it": ["IT"], "nl": ["NL"]}
PC_CUR = {"GB": "£{} GBP", "US": "${} USD", "AU": "${} AUD", "CA": "${} CAD", "IN": "₹{} INR", "DE": "{} € EUR", "ES": "{} € EUR", "MX": "${} MXN",
          "FR": "{} € EUR", "IT": "{} € EUR", "NL": "€ {} EUR"}
PC_NOTE = ["concert tickets x2", "deposit for the sofa", "Konzertkarten", "entradas concierto", "PS5 + 2 manettes", "fiets", "caparra",
           "rent share", "iPhone 14 (used)", "Zimmer Anzahlung"]


@tpl(12)
def t_payment_confirmation(R):
    lg = R.choice(sorted(PAYCONF))
    cc = R.choice(PC_CC[lg])
    title, lb, tail = PAYCONF[lg]
    me, rec = person(R, cc), person(R, cc)
    brand, dom = R.choice(BRANDS[:3])
    v = "%d%s%02d" % (R.randint(15, 900), "." if cc in ("GB", "US", "AU", "CA", "IN", "MX") else ",", R.randint(0, 99))
    amt = N(PC_CUR[cc].format(v), "amount")
    body = ["From: ", brand, " <", role_email(R, dom, "service"), ">\n", "To: ", email(R, me, cc), "\n\n"]
    body += fill(title, {"amt": lambda: amt, "pname": lambda: P(rec.full(), rec)}) + ["\n\n"]
    w = max(len(x) for x in lb) + 2
    body += fld(lb[0], P(rec.full(), rec), w)
    if R.random() < 0.7:
        body += fld(lb[1], email(R, rec, cc), w)
    else:
        body += fld("IBAN", iban(R, cc if cc in ("GB", "DE", "ES", "FR", "IT", "NL") else "GB"), w)
    if R.random() < 0.5:
        body += fld({"en": "Recipient phone", "de": "Telefon Empfänger", "es": "Teléfono", "fr": "Téléphone", "it": "Telefono", "nl": "Telefoon"}[lg], phone(R, cc, "nat"), w)
    body += fld(lb[2], P(me.full(), me), w)
    body += fld(lb[3], txid(R), w)
    body += fld(lb[4], ND(R, cc, "payment_date", R.choice(["num", "long"])), w)
    body += fld(lb[5], "\u201c" + R.choice(PC_NOTE) + "\u201d", w)
    body += ["\n", tail]
    return "email", rlang(lg) if lg != "en" else RECL[cc], wrap(R, lg if lg != "en" else RQL[cc], R.choice(["scam", "refund", "dispute"]), body)


UPI_BANKS = ["okaxis", "okhdfcbank", "oksbi", "ybl", "paytm", "ibl", "axl"]


@tpl(10)
def t_upi_failed(R):
    a, b = person(R, "IN"), person(R, "IN")
    hindi = R.random() < 0.45
    vpa = "%s%s@%s" % (R.choice(["sunny", "lucky", "star", "chotu", "rockstar", "happy", "bablu", "pinku"]), dig(R, R.choice([2, 3, 4])), R.choice(UPI_BANKS))
    app = R.choice(["PhonePe", "Google Pay", "Paytm", "BHIM"])
    amt = M(R, "IN", 150, 25000)
    d = datetime.datetime(2026, R.randint(1, 11), R.randint(1, 28), R.randint(7, 23), R.randint(0, 59))
    screen = [R.choice(["Transaction Failed", "Payment failed", "Payment Pending"]), "\n", amt, "\n\n", "Paid to\n", P(b.full(), b), "\n", N(vpa, "upi_vpa"), "\n\n",
              "UPI transaction ID: ", utr(R), "\n", "%s transaction ID: " % app, N(rnd(R, string.ascii_uppercase + string.digits, 20), "transaction_id"), "\n",
              "From: ", bank(R, "IN")[0], " ", N("XXXXXX" + dig(R, 4), "masked_account"), "\n",
              N(d.strftime("%d %b %Y, %I:%M %p"), "timestamp"), "\n"]
    ph = phone(R, "IN", R.choice(["nat", "intl"]))
    if hindi:
        note = ["मेरे खाते से पैसे कट गए लेकिन ", P(b.given, b), " को नहीं मिले। मेरा नाम ", P(a.full(), a), " है, रजिस्टर्ड मोबाइल ", ph, "।"]
        lang, rl = "hi", "hi"
    else:
        note = [R.choice(["Paise kat gaye but ", "Amount debited but "]), P(b.given, b), R.choice([" ko nahi mile. ", " says not received. "]),
                "Registered mobile ", ph, ", name ", P(a.full(), a), ", mail ", email(R, a, "IN"), "."]
        lang, rl = "in", "in"
    return "screenshot", lang, wrap(R, rl, R.choice(["fail", "refund"]), [screen, "\n", note])


@tpl(10)
def t_pix(R):
    a, b = person(R, "BR"), person(R, "BR")
    kind = R.choice(["email", "phone", "cpf", "evp", "email", "phone"])
    key = {"email": lambda: email(R, b, "BR"), "phone": lambda: phone(R, "BR", R.choice(["intl", "nat"])), "cpf": lambda: G(cpf_s(R), "br_cpf"),
           "evp": lambda: N(uuid_s(R), "pix_random_key")}[kind]()
    d = datetime.datetime(2026, R.randint(1, 11), R.randint(1, 28), R.randint(7, 23), R.randint(0, 59))
    body = ["Comprovante de transferência\n", "Pix enviado\n", M(R, "BR", 20, 4000), "\n", N(d.strftime("%d/%m/%Y às %H:%M"), "timestamp"), "\n\n",
            "Destino\n", "Nome: ", P(b.full() if R.random() < 0.6 else b.caps(), b), "\n", "CPF: ", N("***.%s.%s-**" % (dig(R, 3), dig(R, 3)), "masked_cpf"), "\n",
            "Instituição: ", N(R.choice(["NU PAGAMENTOS - IP", "BANCO JACARANDÁ S.A.", "PICPAY", "CAIXA ECONOMICA FEDERAL"]), "bank_name"), "\n",
            "Chave Pix: ", key, "\n\n", "Origem\n", "Nome: ", P(a.full(), a), "\n", "Agência: ", N("0001", "branch"), "  Conta: ", N("%s-%s" % (dig(R, 7), dig(R, 1)), "account_number"), "\n",
            "ID da transação: ", N("E%s%s%s" % (dig(R, 8), d.strftime("%Y%m%d%H%M"), rnd(R, ALNUM, 11)), "transaction_id"), "\n"]
    note = R.choice([["Mandei pra chave errada, era pra ser pro meu irmão. "], ["O vendedor sumiu depois do Pix. "], ["Caiu duas vezes na minha conta. "], [""]])
    if R.random() < 0.6:
        note = note + ["Meu e-mail pro banco: ", email(R, a, "BR"), "."]
    return "receipt", "pt", wrap(R, "pt-BR", R.choice(["refund", "scam", "explain"]), [body, "\n", note])


@tpl(10)
def t_mpesa_reversal(R):
    a, b = person(R, "KE"), person(R, "KE")
    code = rnd(R, string.ascii_uppercase + string.digits, 10)
    code = "T" + code[1:]
    amt = "Ksh%s.00" % _g3(R.randint(100, 45000), ",")
    d = datetime.datetime(2026, R.randint(1, 11), R.randint(1, 28), R.randint(7, 22), R.randint(0, 59))
    bnum = phone(R, "KE", "nat")
    sms = [N(code, "mpesa_code"), " Confirmed. ", N(amt, "amount"), " sent to ", P(b.caps(), b), " ", bnum, " on ",
           N("%d/%d/%d at %s" % (d.day, d.month, d.year % 100, d.strftime("%I:%M %p").lstrip("0")), "timestamp"), ". New M-PESA balance is ",
           N("Ksh%s.%02d" % (_g3(R.randint(10, 90000), ","), R.randint(0, 99)), "amount"), ". Transaction cost, Ksh", N(str(R.choice([13, 23, 33, 53, 87])) + ".00", "amount"), "."]
    sw = R.random() < 0.5
    mynum = phone(R, "KE", "nat")
    intended = phone(R, "KE", "nat")
    idn = G(R.choice("123") + dig(R, 7), "ke_id")
    if sw:
        req_txt = ["Habari, naomba mnisaidie kurudisha muamala ", N(code, "mpesa_code"), ". Nilikosea namba, nilitaka kutuma kwa ", intended,
                   ". Jina langu ni ", P(a.full(), a), ", kitambulisho ", idn, ", namba yangu ", mynum, ". Asante."]
    else:
        req_txt = ["Hello, please reverse transaction ", N(code, "mpesa_code"), ". I sent to the wrong number, it was meant for ", intended,
                   ". Name: ", P(a.full(), a), ", ID No. ", idn, ", my line ", mynum, "."]
    lang = "sw" if sw else "en"
    return "sms", lang, wrap(R, "sw" if sw or R.random() < 0.5 else "en", R.choice(["refund", "explain"]), [sms, "\n\n", req_txt])


@tpl(10)
def t_gcash_ticket(R):
    a, b = person(R, "PH"), person(R, "PH")
    mask = lambda s: "".join(c if i % 2 == 0 or c == " " else "*" for i, c in enumerate(s.upper()))
    body = ["GCash Help Center – Report a transaction issue\n", "Ticket no.: ", N("%s-%s" % (dig(R, 6), dig(R, 6)), "ticket_number"), "\n\n",
            fld("Registered mobile no.", phone(R, "PH", "nat"), 26), fld("Full name", P(a.full(), a), 26), fld("Email", email(R, a, "PH"), 26),
            fld("Transaction type", R.choice(["Send Money (Express Send)", "Bank Transfer", "Pay Bills"]), 26),
            fld("Reference no.", N("%s %s %s" % (dig(R, 4), dig(R, 3), dig(R, 6)), "transaction_reference"), 26),
            fld("Amount", M(R, "PH", 100, 20000), 26), fld("Date", ND(R, "PH", "transaction_date"), 26),
            fld("Recipient number", phone(R, "PH", "nat"), 26), fld("Recipient name shown", N(mask(b.given) + " " + mask(b.family)[:1] + ".", "masked_name"), 26),
            "\nConcern:\n", R.choice(["Nagkamali ako ng number, please reverse. ", "Wrong recipient, I typed one digit wrong. ", "Na-deduct pero hindi natanggap ni "]),
            ]
    if body[-1].endswith("ni "):
        body += [P(b.given, b), "."]
    return "form", "tl", wrap(R, R.choice(["tl", "en"]), R.choice(["refund", "complain", "explain"]), body)


@tpl(10)
def t_qr_payment(R):
    cc = R.choice(["ID", "ID", "CN", "KR", "JP"])
    a, b = person(R, cc), person(R, cc)
    d = datetime.datetime(2026, R.randint(1, 11), R.randint(1, 28), R.randint(7, 22), R.randint(0, 59))
    if cc == "ID":
        body = ["Pembayaran Berhasil\n", M(R, "ID", 10, 900), "\n", "ke ", N(R.choice(["WARUNG SOTO PAK DIN", "KOPI KENANGAN SENJA", "TOKO SEMBAKO BAROKAH", "BAKSO MAS GONDRONG"]), "merchant"), "\n",
                "NMID: ", N("ID10" + dig(R, 11), "merchant_id"), "\n", "RRN: ", rrn(R), "\n", "Tanggal: ", N(d.strftime("%d %b %Y %H:%M"), "timestamp"), "\n",
                "Sumber dana: ", bank(R, "ID")[0], " ", masked(R), "\n", "Nama: ", P(a.full(), a), "\n", "No. HP: ", phone(R, "ID", "nat"), "\n\n",
                R.choice(["Saldo saya kepotong dua kali padahal scan sekali.", "Kasir bilang belum masuk, tapi di aplikasi sudah berhasil."])]
        return "screenshot", "id", wrap(R, "id", R.choice(["twice", "refund", "explain"]), body)
    if cc == "CN":
        body = ["转账成功\n", M(R, "CN", 50, 8000), "\n", "收款人：", P(b.full(), b), "\n", "收款账户：", N("%s****%s" % (dig(R, 3), dig(R, 4)), "masked_phone"), "\n",
                "付款方式：余额宝\n", "订单号：", N(d.strftime("%Y%m%d") + dig(R, 20), "order_number"), "\n", "创建时间：", N(d.strftime("%Y-%m-%d %H:%M:%S"), "timestamp"), "\n",
                "备注：", R.choice(["房租", "押金", "二手手机", "代购"]), "\n\n", "我叫", P(a.full(), a), "，手机号", phone(R, "CN", "nat"), "。",
                R.choice(["对方收款后把我拉黑了。", "转错人了，怎么追回？", "对方说没收到。"])]
        return "screenshot", "zh", wrap(R, "zh", R.choice(["scam", "refund"]), body)
    if cc == "KR":
        body = ["송금 완료\n", M(R, "KR", 10, 3000), "\n", "받는 분: ", P(b.full(), b), "\n", "받는 계좌: ", bank(R, "KR")[0], " ", N("%s-%s-%s" % (dig(R, 3), dig(R, 6), dig(R, 3)), "account_number"), "\n",
                "보내는 분: ", P(a.full(), a), "\n", "거래일시: ", N(d.strftime("%Y.%m.%d %H:%M"), "timestamp"), "\n", "메모: ", R.choice(["중고거래", "월세", "계약금"]), "\n\n",
                R.choice(["중고거래로 아이패드를 사기로 하고 먼저 입금했어요. ", "집주인이라고 해서 계약금을 보냈어요. ", "당근에서 자전거를 사기로 했어요. "]),
                "판매자가 연락처 ", phone(R, "KR", "nat"), " 로 연락 달라고 했는데 그 뒤로 답이 없어요."]
        return "screenshot", "ko", wrap(R, "ko", R.choice(["scam", "refund"]), body)
    body = ["送金完了\n", M(R, "JP", 10, 900), "\n", "送金先：", P(b.full(), b), "\n", "取引番号：", N(dig(R, 20), "transaction_id"), "\n",
            "日時：", N(d.strftime("%Y/%m/%d %H:%M"), "timestamp"), "\n", "メッセージ：", R.choice(["チケット代です", "家賃", "立替分"]), "\n\n",
            "送ったのは私（", P(a.full(), a), "、", phone(R, "JP", "nat"), "）です。", R.choice(["相手から連絡が来なくなりました。", "間違えて二回送ってしまいました。"])]
    return "screenshot", "ja", wrap(R, "ja", R.choice(["scam", "refund", "twice"]), body)


@tpl(12)
def t_crypto_withdrawal(R):
    cc = R.choice(["US", "GB", "NG", "IN", "PH", "TR", "BR", "DE", "AE", "KE"])
    a = person(R, cc)
    brand, dom = R.choice([("CoinHarbor", "coinharbor.com"), ("Satoshi Square", "satsquare.io"), ("BlockVault", "blockvault.exchange")])
    coin = R.choice([("BTC", "btc"), ("ETH", "eth"), ("USDT (TRC20)", "trx"), ("SOL", "sol")])
    d = datetime.datetime(2026, R.randint(1, 11), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    amt = N("%s %s" % ({"btc": R.choice(["0.2471", "0.0093", "0.51"]), "eth": R.choice(["1.05", "3.2", "0.74"]), "trx": R.choice(["3,250.00", "845.12", "12,000"]),
                        "sol": R.choice(["42.5", "118.03", "7.9"])}[coin[1]], coin[0].split(" ")[0]), "crypto_amount")
    body = ["From: ", brand, " <", role_email(R, dom, "do-not-reply"), ">\n", "Subject: [", brand, "] Withdrawal Successful - ", N(d.strftime("%Y-%m-%d %H:%M:%S") + " (UTC)", "timestamp"), "\n\n",
            "Dear ", P(a.given if R.random() < 0.6 else a.full(), a), ",\n\n", "You have successfully withdrawn ", amt, " from your account.\n\n",
            "Withdrawal address: ", wallet(R, coin[1]), "\n", "Transaction ID: ", txhash(R, coin[1] == "eth"), "\n", "Account: ", email(R, a, cc), "\n",
            "IP address: ", IP(R, v6=R.random() < 0.15), "\n", "Last trusted login: ", IP(R), "\n", "Device: ", N(R.choice(["Chrome 131 / Windows", "iOS app 4.22.0", "Android app 4.19.3"]), "device"), "\n\n",
            "Don't recognize this activity? Please lock your account immediately and contact ", N("support@" + dom, "company_email"), ".\n"]
    note = [R.choice(["I did NOT do this. ", "This wasn't me!! ", "I never made this withdrawal. "])]
    if R.random() < 0.45:
        note += ["Yesterday someone from \"", N("@" + brand + "_HelpDesk", "social_handle"), "\" on Telegram asked me to verify my wallet and I typed my 12 words into their form: ",
                 S(R, "seed_phrase"), ". Was that it?"]
    elif R.random() < 0.5:
        note += ["The 2FA code ", N(dig(R, 6), "otp_code"), " came by SMS to ", phone(R, cc, "nat"), " but I never requested it."]
    return "email", RECL[cc], wrap(R, RQL[cc] if RQL[cc] in ("en", "in", "de", "tr", "pt-BR") else "en", R.choice(["scam", "explain", "refund"]), [body, "\n", note])


# ================================================================ templates: payment code and bots

def env_line(k, v):
    return [k, "=", v, "\n"]


PAY_STACKS = ["stripe_node", "razorpay_py", "paystack_php", "env_multi", "mpesa_py", "paypal_curl", "adyen_java", "shopify_sh"]


@tpl(14)
def t_payment_code(R):
    stack = R.choice(PAY_STACKS)
    lang = R.choice(["en", "en", "en", "de", "es", "pt-BR", "id", "tr", "in"])
    cust_cc = {"en": R.choice(["US", "GB", "NG", "KE", "PH"]), "de": "DE", "es": "ES", "pt-BR": "BR", "id": "ID", "tr": "TR", "in": "IN"}[lang]
    c = person(R, cust_cc)
    if stack == "stripe_node":
        body = ["// webhook.js\n", "const stripe = require('stripe')('", S(R, "stripe"), "');\n",
                "const endpointSecret = '", S(R, "stripe_webhook"), "';\n", "// publishable key for the checkout page: ", N("pk_live_" + rnd(R, ALNUM, 24), "publishable_key"), "\n\n",
                "app.post('/webhook', express.json(), (req, res) => {\n", "  const sig = req.headers['stripe-signature'];\n",
                "  const event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);\n", "  ...\n});\n\n",
                "Error: No signatures found matching the expected signature for payload.\n", "  at Object.verifyHeader (", N("/app/node_modules/stripe/lib/Webhooks.js:129:19", "stack_frame"), ")\n",
                "test customer: ", email(R, c, cust_cc), " / ", N("cus_" + rnd(R, ALNUM, 14), "customer_id"), " / ", N("pi_" + rnd(R, ALNUM, 24), "payment_intent")]
    elif stack == "razorpay_py":
        body = ["import razorpay\n", "client = razorpay.Client(auth=(\"", N("rzp_live_" + rnd(R, ALNUM, 14), "key_id"), "\", \"", S(R, "razorpay_secret"), "\"))\n",
                "order = client.order.create({\"amount\": ", N(str(R.randint(100, 99999) * 100), "amount_minor"), ", \"currency\": \"INR\", \"receipt\": \"", N("rcpt_" + dig(R, 6), "receipt_id"), "\",\n",
                "    \"notes\": {\"customer\": \"", P(c.full(), c), "\", \"phone\": \"", phone(R, cust_cc, "e164"), "\"}})\n",
                "WEBHOOK_SECRET = \"", S(R, "webhook_secret"), "\"\n", "# razorpay.errors.BadRequestError: The amount must be atleast INR 1.00\n"]
    elif stack == "paystack_php":
        body = ["<?php\n", "$ch = curl_init('https://api.paystack.co/transaction/initialize');\n",
                "curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ", S(R, "paystack"), "', 'Content-Type: application/json']);\n",
                "curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['email' => '", email(R, c, cust_cc), "', 'amount' => ", N(str(R.randint(1000, 500000)), "amount_minor"), "]));\n",
                "// public key in the frontend: ", N("pk_live_" + rnd(R, HEX, 40), "publishable_key"), "\n", "$res = curl_exec($ch);\n",
                "// response: {\"status\":false,\"message\":\"Invalid key\"}\n"]
    elif stack == "env_multi":
        opts = R.sample(["flw", "mollie", "midtrans", "xendit", "square", "paymongo", "plaid", "sendgrid"], 4)
        body = ["# .env.production\n", "APP_URL=", N("https://shop.%s.example" % R.choice(["lumen", "pasar", "kiosko", "loja"]), "url"), "\n", "ADMIN_EMAIL=", email(R, c, cust_cc), "\n"]
        for o in opts:
            if o == "flw":
                body += env_line("FLW_PUBLIC_KEY", N("FLWPUBK-" + rnd(R, HEX, 32) + "-X", "publishable_key")) + env_line("FLW_SECRET_KEY", S(R, "flutterwave"))
            elif o == "mollie":
                body += env_line("MOLLIE_PROFILE_ID", N("pfl_" + rnd(R, ALNUM, 10), "profile_id")) + env_line("MOLLIE_API_KEY", S(R, "mollie"))
            elif o == "midtrans":
                body += env_line("MIDTRANS_CLIENT_KEY", N("Mid-client-" + rnd(R, URLSAFE, 16), "publishable_key")) + env_line("MIDTRANS_SERVER_KEY", S(R, "midtrans"))
            elif o == "xendit":
                body += env_line("XENDIT_SECRET_KEY", S(R, "xendit")) + env_line("XENDIT_CALLBACK_TOKEN", N("${XENDIT_CALLBACK_TOKEN}", "placeholder"))
            elif o == "square":
                body += env_line("SQUARE_APPLICATION_ID", N("sq0idp-" + rnd(R, URLSAFE, 22), "client_id")) + env_line("SQUARE_ACCESS_TOKEN", S(R, "square"))
            elif o == "paymongo":
                body += env_line("PAYMONGO_PUBLIC_KEY", N("pk_live_" + rnd(R, ALNUM, 24), "publishable_key")) + env_line("PAYMONGO_SECRET_KEY", S(R, "paymongo"))
            elif o == "plaid":
                body += env_line("PLAID_CLIENT_ID", N(rnd(R, HEX, 24), "client_id")) + env_line("PLAID_SECRET", S(R, "plaid")) + env_line("PLAID_ENV", "production")
            else:
                body += env_line("SENDGRID_API_KEY", S(R, "sendgrid")) + env_line("MAIL_FROM", role_email(R, "shop.example", "orders"))
        body += env_line("CURRENCY", R.choice(["NGN", "EUR", "IDR", "PHP", "USD"]))
    elif stack == "mpesa_py":
        body = ["MPESA_CONSUMER_KEY = \"", N(rnd(R, ALNUM, 32), "client_id"), "\"\n", "MPESA_CONSUMER_SECRET = \"", S(R, "daraja_secret"), "\"\n",
                "MPESA_SHORTCODE = \"", N(dig(R, 6), "paybill"), "\"\n", "MPESA_PASSKEY = \"", S(R, "daraja_passkey"), "\"\n\n",
                "payload = {\"BusinessShortCode\": MPESA_SHORTCODE, \"TransactionType\": \"CustomerPayBillOnline\", \"Amount\": ", N(str(R.randint(10, 5000)), "amount"), ",\n",
                "           \"PartyA\": \"", phone_digits(R, "KE"), "\", \"AccountReference\": \"", N("INV" + dig(R, 5), "invoice_number"), "\"}\n",
                "# {\"errorCode\": \"400.002.02\", \"errorMessage\": \"Bad Request - Invalid Timestamp\"}\n"]
    elif stack == "paypal_curl":
        cid = N("A" + rnd(R, URLSAFE, 79), "client_id")
        body = ["curl -v https://api-m.paypal.com/v1/oauth2/token \\\n", "  -u \"", cid, ":", S(R, "paypal_secret"), "\" \\\n", "  -d \"grant_type=client_credentials\"\n\n",
                "< HTTP/2 401\n", "< paypal-debug-id: ", N(rnd(R, HEX, 13), "debug_id"), "\n", "{\"error\":\"invalid_client\",\"error_description\":\"Client Authentication failed\"}\n",
                "merchant account: ", email(R, c, cust_cc)]
    elif stack == "adyen_java":
        body = ["String hmacKey = \"", S(R, "adyen_hmac"), "\";\n", "Client client = new Client(\"", S(R, "adyen"), "\", Environment.LIVE, \"", N(rnd(R, HEX, 16) + "-" + R.choice(["Lumen", "Kiosko", "Pasar"]), "live_url_prefix"), "\");\n",
                "PaymentsApi api = new PaymentsApi(client);\n", "request.setShopperEmail(\"", email(R, c, cust_cc), "\");\n",
                "request.setShopperIP(\"", IP(R), "\");\n", "// com.adyen.service.exception.ApiException: HTTP Exception - 403 Forbidden\n"]
    else:
        body = ["#!/bin/sh\n", "SHOP=", N(R.choice(["lumen-store", "kioskito", "pasar-kita"]) + ".myshopify.com", "hostname"), "\n", "TOKEN=", S(R, "shopify"), "\n", "API_SECRET=", S(R, "shopify_secret"), "\n",
                "curl -s -H \"X-Shopify-Access-Token: $TOKEN\" \"https://$SHOP/admin/api/2024-07/orders.json?status=any&email=", email(R, c, cust_cc), "\" | jq '.orders[0].total_price'\n",
                "# returns: {\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong password)\"}\n"]
    return "code", rlang(lang) if lang != "in" else "in", wrap(R, lang, "fix", body, fence=R.random() < 0.5)


def phone_digits(R, cc):
    kinds = NSN[cc]
    return L("phone", CC[cc] + kinds["mobile"](R), sub="mobile", region=cc)


@tpl(10)
def t_trading_bot(R):
    cc = R.choice(["US", "GB", "DE", "NG", "IN", "TR", "BR", "PH", "KE", "ZA"])
    a = person(R, cc)
    ex = R.choice(["kraken", "satsquare", "blockvault"])
    body = ["# config.yml  (grid bot)\n", "exchange:\n", "  name: ", ex, "\n", "  api_key: ", N("${%s_API_KEY}" % ex.upper(), "placeholder"), "\n",
            "  api_secret: \"", S(R, "kraken_private" if ex == "kraken" else "exchange_secret"), "\"\n",
            "  withdrawal_whitelist: [", wallet(R, "btc"), "]\n", "strategy:\n", "  pair: ", R.choice(["BTC/USDT", "ETH/EUR", "SOL/USDT"]), "\n",
            "  grid_levels: ", str(R.randint(8, 40)), "\n", "  order_size: ", N(R.choice(["0.002", "25", "0.15"]), "quantity"), "\n",
            "notify:\n", "  telegram_token: \"", S(R, "telegram_bot"), "\"\n", "  chat_id: ", N(str(R.randint(100000000, 999999999)), "chat_id"), "\n",
            "  email: ", email(R, a, cc), "\n"]
    if R.random() < 0.4:
        body += ["  smtp_password: \"", S(R, "app_password"), "\"\n"]
    body += ["log: ", N("2026-%02d-%02d %02d:%02d:%02d" % (R.randint(1, 11), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "timestamp"),
             " ERROR EAPI:Invalid nonce\n"]
    lang = R.choice(["en", "en", RQL[cc] if RQL[cc] in ("de", "tr", "pt-BR", "in") else "en"])
    return "config", rlang(lang) if lang != "in" else "in", wrap(R, lang, "fix", body, fence=R.random() < 0.6)


# ================================================================ templates: shopping and deliveries

SHOPS_ON = {
    "US": ("ShopNest", "shopnest.com", "en"), "GB": ("Brambly & Co", "brambly.co.uk", "en"), "AU": ("Kangaroo Cart", "kangaroocart.com.au", "en"),
    "CA": ("Northern Aisle", "northernaisle.ca", "en"), "IN": ("DesiKart", "desikart.in", "en"), "DE": ("Kaufhaus24", "kaufhaus24.de", "de"),
    "FR": ("Panier Malin", "paniermalin.fr", "fr"), "ES": ("Tiendalia", "tiendalia.es", "es"), "MX": ("Mercadito MX", "mercadito.com.mx", "es"),
    "IT": ("Bottega Online", "bottegaonline.it", "it"), "NL": ("Winkelwagen.nl", "winkelwagen.nl", "nl"), "PL": ("Koszyk24", "koszyk24.pl", "pl"),
    "BR": ("Lojão Digital", "lojaodigital.com.br", "pt"), "ID": ("Pasarku", "pasarku.co.id", "id"), "PH": ("Tindahan PH", "tindahan.ph", "en"),
    "TR": ("Sepetim", "sepetim.com.tr", "tr"), "JP": ("まるごとマート", "marugoto-mart.jp", "ja"),
}
ORDER_LB = {
    "en": ("Your order {no} is confirmed", "Hi {name}, thanks for your order!", "Shipping to", "Phone", "Payment", "Subtotal", "Tax", "Total", "Estimated delivery", "Questions? Call us on"),
    "de": ("Ihre Bestellung {no} ist bestätigt", "Hallo {name}, vielen Dank für Ihre Bestellung!", "Lieferadresse", "Telefon", "Zahlungsart", "Zwischensumme", "MwSt. 19 %", "Gesamt", "Voraussichtliche Lieferung", "Fragen? Kundenservice:"),
    "fr": ("Votre commande {no} est confirmée", "Bonjour {name}, merci pour votre commande !", "Adresse de livraison", "Téléphone", "Paiement", "Sous-total", "TVA 20 %", "Total", "Livraison estimée", "Une question ? Appelez le"),
    "es": ("Tu pedido {no} está confirmado", "Hola {name}, ¡gracias por tu compra!", "Dirección de envío", "Teléfono", "Pago", "Subtotal", "IVA", "Total", "Entrega estimada", "¿Dudas? Llámanos al"),
    "it": ("Il tuo ordine {no} è confermato", "Ciao {name}, grazie per il tuo ordine!", "Indirizzo di spedizione", "Telefono", "Pagamento", "Subtotale", "IVA 22%", "Totale", "Consegna prevista", "Domande? Chiama il"),
    "nl": ("Je bestelling {no} is bevestigd", "Hoi {name}, bedankt voor je bestelling!", "Bezorgadres", "Telefoon", "Betaling", "Subtotaal", "btw 21%", "Totaal", "Verwachte bezorging", "Vragen? Bel"),
    "pl": ("Zamówienie {no} zostało potwierdzone", "Cześć {name}, dziękujemy za zakupy!", "Adres dostawy", "Telefon", "Płatność", "Wartość", "VAT 23%", "Razem", "Przewidywana dostawa", "Pytania? Zadzwoń:"),
    "pt": ("Seu pedido {no} foi confirmado", "Olá, {name}! Obrigado pela compra.", "Endereço de entrega", "Telefone", "Pagamento", "Subtotal", "Impostos", "Total", "Previsão de entrega", "Dúvidas? Ligue"),
    "id": ("Pesanan {no} berhasil dibuat", "Halo {name}, terima kasih sudah berbelanja!", "Alamat pengiriman", "No. HP", "Pembayaran", "Subtotal", "PPN", "Total", "Estimasi tiba", "Butuh bantuan? Hubungi"),
    "tr": ("{no} numaralı siparişiniz onaylandı", "Merhaba {name}, siparişiniz için teşekkürler!", "Teslimat adresi", "Telefon", "Ödeme", "Ara toplam", "KDV", "Toplam", "Tahmini teslimat", "Sorularınız için:"),
    "ja": ("ご注文（{no}）を承りました", "{name} 様、ご注文ありがとうございます。", "お届け先", "電話番号", "お支払い方法", "小計", "消費税", "合計", "お届け予定日", "お問い合わせ："),
}
ITEMS = {"en": ["Wireless earbuds", "Air fryer 5.5L", "Running shoes (UK 9)", "Kids' raincoat", "Phone case", "LED desk lamp"],
         "de": ["Kaffeevollautomat", "Winterjacke Gr. M", "Bluetooth-Lautsprecher", "Kinderhelm"], "fr": ["Aspirateur balai", "Sac à dos", "Cafetière à piston"],
         "es": ["Freidora de aire", "Zapatillas running", "Funda móvil"], "it": ["Macchina caffè espresso", "Zaino", "Cuffie wireless"],
         "nl": ["Stofzuiger", "Regenjas", "Koptelefoon"], "pl": ["Odkurzacz", "Kurtka zimowa", "Słuchawki"], "pt": ["Fone Bluetooth", "Air fryer 4L", "Tênis de corrida"],
         "id": ["Kipas angin", "Sepatu lari", "Headset bluetooth"], "tr": ["Kahve makinesi", "Spor ayakkabı", "Kulaklık"], "ja": ["加湿器", "ランニングシューズ", "ワイヤレスイヤホン"]}


@tpl(12)
def t_order_confirmation(R):
    cc = R.choice(sorted(SHOPS_ON))
    shop, dom, lg = SHOPS_ON[cc]
    lb = ORDER_LB[lg]
    a = person(R, cc)
    ono = order_no(R, R.choice(["amazon", "ord", "num", "shopee"]) if cc != "JP" else "num")
    nm = a.full()
    body = ["From: ", shop, " <", role_email(R, dom, R.choice(["no-reply", "orders", "noreply"])), ">\n", "To: ", email(R, a, cc), "\n", "Subject: "]
    body += fill(lb[0], {"no": lambda: ono}) + ["\n\n"] + fill(lb[1], {"name": lambda: P(a.given if cc != "JP" else a.full(), a)}) + ["\n\n"]
    mo = Money(R, cc)
    sub = 0
    for it in R.sample(ITEMS[lg], R.randint(1, 3)):
        q, unit = R.randint(1, 2), R.randint(5, 300) * 100 + R.choice([0, 49, 90, 95, 99])
        body += [it, "  x", str(q), "   ", mo.N(q * unit), "\n"]
        sub += q * unit
    rate = {"US": 8, "CA": 13, "GB": 20, "AU": 10, "IN": 18, "DE": 19, "FR": 20, "ES": 21, "MX": 16, "IT": 22, "NL": 21, "PL": 23, "BR": 17,
            "ID": 11, "PH": 12, "TR": 20, "JP": 10}[cc]
    if cc in ("US", "CA"):
        tax = sub * rate // 100
        total = sub + tax
    else:
        tax = sub - sub * 100 // (100 + rate)
        total = sub
    body += [lb[5], ": ", mo.N(sub), "\n", lb[6], ": ", mo.N(tax), "\n", lb[7], ": ", mo.N(total), "\n\n",
             lb[2], ":\n", P(nm, a), "\n", A(R, cc, multi=True), "\n", lb[3], ": ", phone(R, cc, "nat"), "\n\n",
             ((lambda g2: ["Gift message: ", "\u201c", "Happy birthday ", P(g2.given, g2), "!\u201d", " – from ", P(a.given, a), "\n\n"])(other(R, a)) if lg == "en" and R.random() < 0.5 else []),
             lb[4], ": ", R.choice(["Visa", "Mastercard", "Amex"]), " ", masked(R), "\n", lb[8], ": ", ND(R, cc, "delivery_date", "long"), "\n\n",
             lb[9], " ", company_phone(R, cc), "\n", shop, " · ", vat(R, cc if cc in ("DE", "FR", "ES", "IT", "NL", "PL", "GB", "IN", "AU", "MX", "BR", "TR", "PH", "ID", "JP", "US", "CA") else "US")]
    rl = RQL[cc] if cc != "PH" else "en"
    return "email", RECL[cc], wrap(R, rl, R.choice(["twice", "refund", "complain", "explain"]), body)


INV_CO = {"DE": ("Möbelhaus Wiesental GmbH", "Industriestraße 14, 79576 Weil am Rhein", "Rechnung", "Rechnungsnr.", "Kundennr.", "Rechnungsempfänger", "Netto", "USt. 19 %", "Brutto", "Bankverbindung"),
          "FR": ("Maison Garance SAS", "ZA des Chênes, 69800 Saint-Priest", "Facture", "N° de facture", "N° client", "Facturé à", "Total HT", "TVA 20 %", "Total TTC", "Coordonnées bancaires"),
          "ES": ("Electrodomésticos Turia S.L.", "Polígono Fuente del Jarro, 46988 Paterna", "Factura", "Nº factura", "Nº cliente", "Cliente", "Base imponible", "IVA 21 %", "Total", "Datos bancarios"),
          "IT": ("Arredamenti Valpadana S.r.l.", "Via dell'Industria 9, 37135 Verona (VR)", "Fattura", "Fattura n.", "Cod. cliente", "Intestatario", "Imponibile", "IVA 22%", "Totale", "Coordinate bancarie"),
          "NL": ("Fietsenhandel De Spaak B.V.", "Vaartweg 30, 3905 LE Veenendaal", "Factuur", "Factuurnummer", "Klantnummer", "Factuuradres", "Subtotaal excl. btw", "btw 21%", "Totaal", "Bankgegevens"),
          "PL": ("Meble Mazury Sp. z o.o.", "ul. Przemysłowa 4, 10-418 Olsztyn", "Faktura VAT", "Nr faktury", "Nr klienta", "Nabywca", "Netto", "VAT 23%", "Brutto", "Rachunek bankowy"),
          "PT": ("Cerâmicas do Liz, Lda.", "Zona Industrial, 2415-017 Leiria", "Fatura", "Fatura n.º", "N.º cliente", "Cliente", "Total s/ IVA", "IVA 23%", "Total", "Dados bancários"),
          "GB": ("Pennine Sofa Company Ltd", "Unit 4, Calder Trading Estate, Huddersfield HD5 0RP", "VAT invoice", "Invoice no.", "Customer no.", "Bill to", "Net", "VAT @ 20%", "Total", "Bank details")}


@tpl(11)
def t_consumer_invoice(R):
    cc = R.choice(sorted(INV_CO))
    co, coaddr, title, l_no, l_cust, l_to, l_net, l_vat, l_gross, l_bank = INV_CO[cc]
    a = person(R, cc)
    mo = Money(R, cc)
    lines = [(it, R.randint(20, 1200) * 100 + R.choice([0, 50, 90, 99])) for it in R.sample(ITEMS[LANG_OF[cc] if LANG_OF[cc] in ITEMS else "en"], R.randint(1, 3))]
    net = sum(x for _, x in lines)
    rate = {"DE": 19, "FR": 20, "ES": 21, "IT": 22, "NL": 21, "PL": 23, "PT": 23, "GB": 20}[cc]
    vat_amt = net * rate // 100
    body = [co, "\n", N(coaddr, "company_address"), "\n\n", title.upper(), "\n", l_no, ": ", inv_no(R), "    ", l_cust, ": ", custno(R), "\n",
            ND(R, cc, "invoice_date"), "\n\n", l_to, ":\n", P(a.full(), a), "\n", A(R, cc, multi=True), "\n\n"]
    for it, x in lines:
        body += ["1 x ", it, "  ", mo.N(x), "\n"]
    body += ["\n", l_net, ": ", mo.N(net), "\n", l_vat, ": ", mo.N(vat_amt), "\n", l_gross, ": ", mo.N(net + vat_amt), "\n\n",
             l_bank, ": ", iban(R, cc, holder="org"), " · BIC ", bic(R, cc), "\n", vat(R, cc), " · ",
             N({"DE": "HRB 7310, Amtsgericht Freiburg", "FR": "RCS Lyon 812 445 901", "ES": "CIF B98123456", "IT": "REA VR-412233", "NL": "KvK 30214567",
                "PL": "KRS 0000412345", "PT": "NIPC 514 223 610", "GB": "Company no. 08417263"}[cc], "company_registration")]
    if R.random() < 0.4:
        body += ["\n", {"DE": "Lieferung an abweichende Anschrift: ", "FR": "Livraison à : ", "ES": "Entrega en: ", "IT": "Consegna presso: ", "NL": "Afleveradres: ",
                        "PL": "Adres dostawy: ", "PT": "Entrega em: ", "GB": "Deliver to: "}[cc], A(R, cc)]
    return "invoice", RECL[cc], wrap(R, RQL[cc], R.choice(["explain", "check", "complain"]), body)


CARRIERS = {"DE": ["DHL", "Hermes", "GLS", "DPD"], "GB": ["Royal Mail", "DPD", "Hermes"], "FR": ["Colissimo", "DPD"], "ES": ["Correos", "GLS"],
            "IT": ["GLS", "DHL"], "NL": ["PostNL", "DHL"], "PL": ["InPost", "DPD"], "US": ["UPS", "USPS", "FedEx"], "IN": ["India Post", "Delhivery"],
            "ID": ["J&T"], "PH": ["LBC", "J&T"], "TR": ["Yurtiçi"], "AE": ["Aramex"], "NG": ["GIG"], "KE": ["Sendy"], "ZA": ["The Courier Guy"],
            "JP": ["Yamato"], "AU": ["Australia Post"], "CA": ["Canada Post"], "BR": ["Correios"], "MX": ["Estafeta"]}
DELIV = {
    "en": ("Sorry we missed you", "We tried to deliver your parcel {trk} to {name} at {addr} today but nobody was in.",
           "Your driver {driver} will try again tomorrow. If you'd like us to leave it with a neighbour, reply to this message or call {dphone}.",
           "Collect from:", "Keep by"),
    "de": ("Wir haben Sie leider nicht angetroffen", "Ihr Paket {trk} für {name}, {addr} konnte heute nicht zugestellt werden.",
           "Ihr Zusteller {driver} versucht es morgen erneut. Für eine Ablage beim Nachbarn erreichen Sie ihn unter {dphone}.",
           "Abholung in:", "Abholbar bis"),
    "fr": ("Avis de passage", "Nous n'avons pas pu livrer votre colis {trk} à {name}, {addr}.",
           "Votre livreur {driver} repassera demain. Pour toute question, appelez-le au {dphone}.", "À retirer au :", "Disponible jusqu'au"),
    "es": ("Aviso de llegada", "No hemos podido entregar tu envío {trk} a {name} en {addr}.",
           "Tu repartidor {driver} volverá a intentarlo mañana. Puedes llamarle al {dphone}.", "Recogida en:", "Disponible hasta"),
    "it": ("Avviso di mancata consegna", "Non è stato possibile consegnare la spedizione {trk} a {name}, {addr}.",
           "Il corriere {driver} ripasserà domani. Per accordi può chiamarlo al {dphone}.", "Ritiro presso:", "Giacenza fino al"),
    "nl": ("We hebben je gemist", "We konden je pakket {trk} voor {name} op {addr} vandaag niet bezorgen.",
           "Je bezorger {driver} komt morgen terug. Bel {dphone} als het bij de buren mag.", "Ophalen bij:", "Op te halen tot"),
    "pl": ("Nie zastaliśmy Cię", "Nie udało się doręczyć przesyłki {trk} dla {name}, {addr}.",
           "Kurier {driver} spróbuje ponownie jutro. Kontakt: {dphone}.", "Odbiór w:", "Do odbioru do"),
    "tr": ("Teslim edilemedi", "{trk} numaralı gönderiniz {name}, {addr} adresine teslim edilemedi.",
           "Kuryemiz {driver} yarın tekrar gelecek. Ulaşmak için: {dphone}.", "Teslim alma noktası:", "Son teslim alma"),
    "id": ("Paket gagal dikirim", "Paket {trk} untuk {name} di {addr} belum bisa diantar hari ini.",
           "Kurir {driver} akan mencoba lagi besok. Hubungi kurir di {dphone}.", "Ambil di:", "Batas pengambilan"),
    "pt": ("Entrega não realizada", "Não foi possível entregar a encomenda {trk} para {name}, {addr}.",
           "O entregador {driver} tentará novamente amanhã. Contato: {dphone}.", "Retirar em:", "Disponível até"),
    "ja": ("ご不在連絡票", "{name} 様宛のお荷物（伝票番号 {trk}）をお届けにまいりましたが、ご不在でした。お届け先：{addr}",
           "担当ドライバー {driver}（{dphone}）までご連絡ください。", "保管営業所：", "保管期限"),
}
DEPOT = {"DE": "Packstation 112, Lindenstraße 1, 04229 Leipzig", "GB": "Delivery Office, Mill Street, Stockport SK1 1AA", "FR": "Bureau de poste, 2 place de la Gare, 35000 Rennes",
         "ES": "Oficina de Correos, Plaza Mayor 1, 47001 Valladolid", "IT": "Punto GLS, Via Emilia 88, 40126 Bologna", "NL": "PostNL-punt Primera, Stationsplein 3, 3511 ED Utrecht",
         "PL": "Paczkomat KRA12M, ul. Kwiatowa 2, Kraków", "US": "UPS Access Point, 1200 Main St, Boise, ID 83702", "IN": "Head Post Office, MG Road, Pune 411001",
         "ID": "J&T Drop Point Mampang", "PH": "LBC Branch, SM Megamall, Mandaluyong", "TR": "Yurtiçi Kadıköy Şubesi", "AE": "Aramex Service Centre, Al Quoz 3, Dubai",
         "NG": "GIG Experience Centre, Ikeja", "KE": "Sendy Hub, Mombasa Road", "ZA": "TCG Depot, Midrand", "JP": "宅急便センター渋谷神南", "AU": "Fitzroy Post Shop",
         "CA": "Postal outlet, Shoppers Drug Mart, 465 Yonge St", "BR": "Agência Correios Vila Madalena", "MX": "Sucursal Estafeta Narvarte"}


@tpl(12)
def t_delivery_notice(R):
    cc = R.choice(sorted(CARRIERS))
    lg = LANG_OF[cc] if LANG_OF[cc] in DELIV else "en"
    t = DELIV[lg]
    a = person(R, cc)
    drv = person(R, cc)
    carrier = R.choice(CARRIERS[cc])
    vals = {"trk": lambda: tracking(R, carrier), "name": lambda: P(a.full(), a), "addr": lambda: A(R, cc),
            "driver": lambda: P(drv.given if cc not in ("JP",) else drv.f[0], drv), "dphone": lambda: phone(R, cc, "nat")}
    body = [carrier, " – ", t[0], "\n\n"] + fill(t[1], vals) + [" "] + fill(t[2], vals) + ["\n\n", t[3], " ", N(DEPOT[cc], "depot_address"), "\n", t[4], ": ", ND(R, cc, "pickup_deadline")]
    if R.random() < 0.7:
        body += ["\n", "Notification sent to: " if lg == "en" else "→ ", email(R, a, cc) if R.random() < 0.5 else phone(R, cc, "nat")]
    if R.random() < 0.3:
        body += ["\n", N("https://track.%s.example/%s" % (carrier.lower().replace(" ", "").replace("&", ""), rnd(R, ALNUM, 8)), "url")]
    rl = RQL[cc] if RQL[cc] in REQ else "en"
    return R.choice(["sms", "email", "card"]), RECL[cc] if lg != "en" or RECL[cc] == "in" else "en", wrap(R, rl, R.choice(["scam", "explain", "reply"]), body)


REFUND = {
    "de": (["Hallo, ich habe die Bestellung ", "{order}", " am ", "{date}", " zurückgeschickt (Sendungsnr. ", "{trk}", "), die Erstattung fehlt noch. ",
            "Ich hatte per Rechnung bezahlt, bitte überweisen Sie den Betrag auf mein Konto ", "{iban}", ". Name: ", "{name}", ", E-Mail ", "{email}", "."],
           "Kundenservice", "Ich"),
    "es": (["Hola, devolví el pedido ", "{order}", " el ", "{date}", " (envío ", "{trk}", ") y todavía no me han devuelto el dinero. Pagué contra reembolso, ",
            "así que indicadme cuándo hacéis la transferencia a mi cuenta ", "{iban}", ". Titular: ", "{name}", ", teléfono ", "{phone}", "."], "Atención al cliente", "Yo"),
    "pl": (["Dzień dobry, zwróciłam zamówienie ", "{order}", " dnia ", "{date}", " (przesyłka ", "{trk}", "). Płaciłam za pobraniem, proszę o zwrot na rachunek ",
            "{iban}", ". ", "{name}", ", tel. ", "{phone}", "."], "Obsługa klienta", "Ja"),
    "nl": (["Hoi, ik heb bestelling ", "{order}", " op ", "{date}", " teruggestuurd (", "{trk}", ") maar nog geen terugbetaling gezien. Graag storten op ",
            "{iban}", " t.n.v. ", "{name}", ". Mijn mail: ", "{email}", "."], "Klantenservice", "Ik"),
    "it": (["Buongiorno, ho reso l'ordine ", "{order}", " il ", "{date}", " (spedizione ", "{trk}", ") ma il rimborso non è arrivato. Avevo pagato in contrassegno: ",
            "potete fare il bonifico su ", "{iban}", ", intestato a ", "{name}", "? Cell. ", "{phone}", "."], "Assistenza clienti", "Io"),
    "en": (["Hi, I returned order ", "{order}", " on ", "{date}", " (tracking ", "{trk}", ") and I still haven't had my refund. It was paid by card ",
            "{card}", ". My name is ", "{name}", " and my email is ", "{email}", "."], "Support", "Me"),
    "fr": (["Bonjour, j'ai renvoyé la commande ", "{order}", " le ", "{date}", " (colis ", "{trk}", ") et je n'ai toujours pas été remboursée. ",
            "Merci de faire le virement sur ", "{iban}", " au nom de ", "{name}", ". Tél. ", "{phone}", "."], "Service client", "Moi"),
    "tr": (["Merhaba, ", "{order}", " numaralı siparişi ", "{date}", " tarihinde iade ettim (kargo ", "{trk}", "). İade hâlâ yatmadı. Kapıda ödemiştim, ",
            "lütfen ", "{iban}", " IBAN'ına gönderin. Ad soyad: ", "{name}", ", telefon ", "{phone}", "."], "Müşteri hizmetleri", "Ben"),
}
RF_CC = {"de": "DE", "es": "ES", "pl": "PL", "nl": "NL", "it": "IT", "en": "GB", "fr": "FR", "tr": "TR"}
RF_AGENT = {"de": "Vielen Dank, ich habe das an die Buchhaltung weitergegeben. Die Erstattung dauert 5–7 Werktage.",
            "es": "Gracias, lo paso al departamento de abonos. Tardará entre 5 y 7 días hábiles.", "pl": "Dziękujemy, przekazałam zgłoszenie do działu zwrotów.",
            "nl": "Bedankt, ik heb het doorgezet naar de financiële afdeling.", "it": "Grazie, ho inoltrato la richiesta all'amministrazione.",
            "en": "Thanks, I've escalated this to our refunds team. It can take up to 10 working days.", "fr": "Merci, je transmets au service remboursement.",
            "tr": "Teşekkürler, talebinizi iade birimine ilettim."}


@tpl(11)
def t_refund_request(R):
    lg = R.choice(sorted(REFUND))
    cc = RF_CC[lg] if lg != "en" else R.choice(["GB", "US", "AU", "IN"])
    tmpl, ag, me = REFUND[lg]
    a, agent = person(R, cc), person(R, cc)
    vals = {"order": lambda: order_no(R), "date": lambda: ND(R, cc, "return_date"), "trk": lambda: tracking(R, CARRIERS[cc][0]),
            "iban": lambda: iban(R, cc if cc not in ("US", "AU", "IN") else "GB"), "name": lambda: P(a.full(), a), "email": lambda: email(R, a, cc),
            "phone": lambda: phone(R, cc, "nat"), "card": lambda: cardc(R, cc)}
    body = [ag, " (", P(agent.given, agent), "): ", {"de": "Wie kann ich helfen?", "es": "¿En qué puedo ayudarte?", "pl": "W czym mogę pomóc?", "nl": "Waarmee kan ik helpen?",
                                                      "it": "Come posso aiutarla?", "en": "How can I help?", "fr": "Comment puis-je vous aider ?", "tr": "Nasıl yardımcı olabilirim?"}[lg], "\n",
            me, ": "]
    out = []
    for piece in tmpl:
        out.append(vals[piece[1:-1]]() if piece.startswith("{") else piece)
    body += out + ["\n", ag, ": ", RF_AGENT[lg], "\n"]
    if R.random() < 0.5:
        body += [me, ": ", {"de": "Abholadresse falls nötig: ", "es": "Dirección de recogida: ", "pl": "Adres odbioru: ", "nl": "Ophaaladres: ", "it": "Indirizzo di ritiro: ",
                          "en": "Collection address if needed: ", "fr": "Adresse d'enlèvement : ", "tr": "Gerekirse adresim: "}[lg], A(R, cc if cc in ADDR else "GB"), "\n"]
    if R.random() < 0.5:
        body += ["\n", {"de": "Das war vor drei Wochen.", "es": "Eso fue hace tres semanas.", "pl": "To było trzy tygodnie temu.", "nl": "Dat was drie weken geleden.",
                        "it": "Tre settimane fa.", "en": "That was three weeks ago.", "fr": "C'était il y a trois semaines.", "tr": "Bu üç hafta önceydi."}[lg]]
    return "chat", rlang(lg) if lg != "en" else RECL[cc], wrap(R, lg if lg != "en" else RQL[cc], R.choice(["refund", "complain", "reply"]), body)


MKT = {
    "DE": ("Kleinanzeigen", "de", [("b", "Hallo, ist das Fahrrad noch da? Ich würde es nehmen, aber ich wohne in {city}."),
                                   ("s", "Ja, noch da. Versand geht auch. Schick mir bitte deine Adresse."),
                                   ("b", "{name_b}, {addr_b}. Bezahlen mit PayPal Freunde an {email_s}?"),
                                   ("s", "Lieber Überweisung an {iban_s}, Kontoinhaber {name_s}. Meine Handynummer für WhatsApp: {phone_s}")]),
    "FR": ("Leboncoin", "fr", [("b", "Bonjour, le canapé est toujours disponible ? J'habite à {city}."),
                               ("s", "Oui. Je peux l'envoyer, il me faut votre adresse."),
                               ("b", "{name_b}, {addr_b}. Je paie comment ?"),
                               ("s", "Par virement sur {iban_s} (titulaire {name_s}) ou contactez-moi au {phone_s}.")]),
    "ES": ("Wallapop", "es", [("b", "Hola, ¿sigue disponible la consola? Estoy en {city}."),
                              ("s", "Sí. Te la mando por mensajero, pásame tu dirección."),
                              ("b", "{name_b}, {addr_b}. ¿Bizum?"),
                              ("s", "Bizum al {phone_s} a nombre de {name_s}, o transferencia a {iban_s}.")]),
    "IT": ("Subito", "it", [("b", "Buongiorno, la bici è ancora disponibile? Sono a {city}."),
                            ("s", "Sì. Posso spedirla, mi mandi l'indirizzo."),
                            ("b", "{name_b}, {addr_b}."),
                            ("s", "Bonifico su {iban_s} intestato a {name_s}. Per info {phone_s}.")]),
    "NL": ("Marktplaats", "nl", [("b", "Hoi, is de kinderwagen nog beschikbaar? Ik woon in {city}."),
                                 ("s", "Ja hoor. Verzenden kan, stuur je adres."),
                                 ("b", "{name_b}, {addr_b}."),
                                 ("s", "Maak maar over naar {iban_s} t.n.v. {name_s}. Appen kan op {phone_s}.")]),
    "PL": ("OLX", "pl", [("b", "Dzień dobry, czy rower jest aktualny? Jestem z miasta {city}."),
                         ("s", "Tak. Mogę wysłać kurierem, proszę o adres."),
                         ("b", "{name_b}, {addr_b}."),
                         ("s", "Proszę o przelew na {iban_s}, odbiorca {name_s}. Mój numer: {phone_s}")]),
    "GB": ("Facebook Marketplace", "en", [("b", "Hi, is the PS5 still available? I'm in {city}."),
                                          ("s", "Yes mate. I can post it, send me your address."),
                                          ("b", "{name_b}, {addr_b}. Can I pay on PayPal goods and services? My email is {email_b}"),
                                          ("s", "Friends and family only sorry, to {email_s}. Or text me on {phone_s}. {name_s}")]),
    "US": ("Marketplace", "en", [("b", "Hi, is this still available? I'm in {city}."),
                                 ("s", "Yes. I can ship it, what's your address?"),
                                 ("b", "{name_b}, {addr_b}"),
                                 ("s", "Send it on Zelle to {phone_s} ({name_s}). I'll ship same day.")]),
    "BR": ("OLX", "pt", [("b", "Oi, ainda tem o celular? Sou de {city}."),
                         ("s", "Tenho sim. Mando pelos Correios, me passa o endereço."),
                         ("b", "{name_b}, {addr_b}."),
                         ("s", "Faz o Pix na chave {email_s}, nome {name_s}. Meu zap é {phone_s}.")]),
    "ID": ("Pasarku", "id", [("b", "Kak, barangnya masih ada? Saya di {city}."),
                             ("s", "Masih kak. Kirim alamatnya ya."),
                             ("b", "{name_b}, {addr_b}."),
                             ("s", "Transfer langsung aja kak ke rekening atas nama {name_s}, konfirmasi ke WA {phone_s} biar cepat.")]),
    "IN": ("OLX", "in", [("b", "Hi, is the scooter available? I am from {city}."),
                         ("s", "Yes available. I am army officer, posted outside, will send via army courier."),
                         ("b", "{name_b}, {addr_b}."),
                         ("s", "First pay Rs. 2,500 courier charge on {phone_s}. My name {name_s}.")]),
    "ZA": ("Marketplace", "en", [("b", "Hi, still available? I'm in {city}."),
                                 ("s", "Yes. Courier Guy can deliver, send your address."),
                                 ("b", "{name_b}, {addr_b}"),
                                 ("s", "EFT to my account, proof of payment to {email_s}. WhatsApp {phone_s}. {name_s}")]),
}
MKT_CITY = {"DE": ["Leipzig", "Kiel", "Mainz"], "FR": ["Rennes", "Lille"], "ES": ["Valencia", "Bilbao"], "IT": ["Bologna", "Bari"], "NL": ["Utrecht", "Delft"],
            "PL": ["Kraków", "Lublin"], "GB": ["Leeds", "Bolton"], "US": ["Tulsa", "Boise"], "BR": ["Curitiba", "Recife"], "ID": ["Bandung", "Medan"],
            "IN": ["Pune", "Kochi"], "ZA": ["Durban", "Pretoria"]}


@tpl(12)
def t_marketplace(R):
    cc = R.choice(sorted(MKT))
    site, lg, lines = MKT[cc]
    b, s_ = person(R, cc), person(R, cc)
    sib = iban(R, cc) if cc in ("DE", "FR", "ES", "IT", "NL", "PL") else None
    sph = phone(R, cc, R.choice(["nat", "nat", "intl"]))
    vals = {"city": lambda: N(R.choice(MKT_CITY[cc]), "city"), "name_b": lambda: P(b.full(), b), "addr_b": lambda: A(R, cc), "email_s": lambda: email(R, s_, cc),
            "email_b": lambda: email(R, b, cc), "iban_s": lambda: again(sib), "name_s": lambda: P(s_.full() if R.random() < 0.7 else s_.given, s_),
            "phone_s": lambda: again(sph)}
    body = [site, " – ", R.choice(["Nachrichten" if lg == "de" else "Messages", "Chat"]), "\n"]
    for who, line in lines:
        nm = s_.given if who == "s" else b.given
        body += [P(nm, s_ if who == "s" else b), ": "] + fill(line, vals) + ["\n"]
    lang = {"de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pl": "pl", "en": "en", "pt": "pt-BR", "id": "id", "in": "in"}[lg]
    return "chat", rlang(lang) if lang != "in" else "in", wrap(R, lang, R.choice(["scam", "scam", "reply"]), body)


# ================================================================ templates: bills and contracts

UTIL = {
    "DE": ("Stadtwerke Elbtal GmbH", "Jahresabrechnung Strom", ["Kunde", "Lieferstelle", "Kundennummer", "Vertragskonto", "Zählernummer", "Marktlokations-ID", "Verbrauch",
                                                                "Abschlag ab", "Bankverbindung für SEPA-Lastschrift", "Fällig am"], "Service-Hotline"),
    "GB": ("Northern Energy Ltd", "Your energy bill", ["Account holder", "Supply address", "Account number", "Reference", "Meter serial", "MPAN", "Usage",
                                                      "New Direct Debit from", "Paying from", "Due"], "Call us"),
    "FR": ("Énergie Loire SAS", "Votre facture d'électricité", ["Titulaire", "Adresse de consommation", "N° client", "N° contrat", "N° compteur", "PDL", "Consommation",
                                                                "Prochain prélèvement", "Prélevé sur", "Échéance"], "Service client"),
    "ES": ("Eléctrica del Turia S.A.", "Factura de electricidad", ["Titular", "Dirección de suministro", "Nº cliente", "Nº contrato", "Nº contador", "CUPS", "Consumo",
                                                                 "Próximo recibo", "Domiciliado en", "Fecha de cargo"], "Atención al cliente"),
    "IT": ("Luce&Gas Tirreno S.p.A.", "Bolletta luce", ["Intestatario", "Indirizzo di fornitura", "Codice cliente", "N. contratto", "Matricola contatore", "POD", "Consumi",
                                                       "Prossima rata", "Addebito su", "Scadenza"], "Servizio clienti"),
    "NL": ("Waterbedrijf Groenland", "Jaarnota water", ["Klant", "Leveringsadres", "Klantnummer", "Contractnummer", "Meternummer", "EAN-code", "Verbruik",
                                                       "Nieuw voorschot vanaf", "Afgeschreven van", "Vervaldatum"], "Klantenservice"),
    "PT": ("Eletricidade Lusa", "Fatura de eletricidade", ["Titular", "Local de consumo", "N.º cliente", "N.º contrato", "N.º contador", "CPE", "Consumo",
                                                          "Próximo débito", "Débito direto em", "Data limite"], "Linha de apoio"),
}


def util_code(R, cc):
    return {"DE": lambda: "DE" + dig(R, 11), "GB": lambda: "S %s %s %s\n%s %s %s" % (dig(R, 2), dig(R, 3), dig(R, 3), dig(R, 2), dig(R, 4), dig(R, 4)),
            "FR": lambda: dig_nl(R, 14), "ES": lambda: "ES00%s%s%s" % (dig(R, 4), dig(R, 12), rnd(R, "ABCDEFGHJKLMNPQRSTVWXYZ", 2)),
            "IT": lambda: "IT001E%s" % dig(R, 8), "NL": lambda: "8716%s" % dig(R, 14), "PT": lambda: "PT0002%s%s" % (dig(R, 12), rnd(R, string.ascii_uppercase, 2))}[cc]()


@tpl(12)
def t_utility_bill(R):
    cc = R.choice(sorted(UTIL))
    co, title, lb, hot = UTIL[cc]
    a = person(R, cc)
    mo = Money(R, cc)
    w = max(len(x) for x in lb) + 2
    home = A(R, cc)
    body = [co, " – ", title, "\n", N(fdate(rdate(R), cc), "bill_date"), "\n\n",
            fld(lb[0], P(a.full() if R.random() < 0.7 else a.caps(), a), w), fld(lb[1], home, w), fld(lb[2], custno(R), w),
            fld(lb[3], N(dig(R, 10), "contract_number"), w), fld(lb[4], meter(R), w), fld(lb[5], N(util_code(R, cc), "supply_point_id"), w),
            fld(lb[6], N("%s kWh" % _g3(R.randint(900, 5200), "." if cc in ("DE", "ES", "IT", "NL", "PT") else ",") if cc != "NL" else "%d m³" % R.randint(40, 160), "quantity"), w),
            fld(lb[7], [ND(R, cc, "due_date"), ": ", mo.N(R.randint(30, 250) * 100)], w)]
    if R.random() < 0.85:
        body += fld(lb[8], [iban(R, cc), " (", P(a.full(), a), ")"] if R.random() < 0.4 else iban(R, cc), w)
    else:
        body += fld(lb[8], [sortcode(R) if cc == "GB" else "", " ", acct(R, 8)] if cc == "GB" else masked(R), w)
    body += fld(lb[9], ND(R, cc, "due_date"), w)
    if R.random() < 0.6:
        body += fld("E-mail" if cc != "GB" else "Email", email(R, a, cc), w)
    if R.random() < 0.6:
        body += fld({"DE": "Telefon", "GB": "Phone", "FR": "Téléphone", "ES": "Teléfono", "IT": "Telefono", "NL": "Telefoon", "PT": "Telefone"}[cc], phone(R, cc, "nat"), w)
    body += ["\n", hot, ": ", company_phone(R, cc), " · ", role_email(R, _slug(co.split(" ")[0]) + "." + cc.lower(), R.choice(["service", "kundenservice", "info"]) if cc == "DE" else "service")]
    return "pdf", RECL[cc], wrap(R, RQL[cc], R.choice(["explain", "twice", "complain"]), body)


@tpl(11)
def t_phone_contract(R):
    cc = R.choice(["DE", "GB", "ES", "IT", "FR", "NL", "PL", "TR", "US", "IN", "BR", "MX"])
    lg = LANG_OF[cc]
    co = {"DE": "Hanse Mobilfunk GmbH", "GB": "Skylark Mobile Ltd", "ES": "Telecable Norte", "IT": "Onda Mobile S.p.A.", "FR": "Box Horizon Télécom", "NL": "Polder Telecom B.V.",
          "PL": "Sieć Komórkowa Plus-Minus", "TR": "Anadolu Telekom A.Ş.", "US": "Redwood Wireless", "IN": "Sahyadri Telecom Ltd", "BR": "Conecta Telecom S.A.", "MX": "Telcel del Bajío"}[cc]
    L_ = {"de": ["Auftragsbestätigung Mobilfunkvertrag", "Vertragspartner", "Geburtsdatum", "Anschrift", "Rufnummer (portiert)", "E-Mail", "Ausweis", "Tarif", "Gerät", "IMEI", "Laufzeit", "Bankverbindung"],
          "en": ["Contract summary", "Customer", "Date of birth", "Address", "Mobile number", "Email", "ID", "Plan", "Device", "IMEI", "Term", "Payment"],
          "es": ["Resumen del contrato", "Titular", "Fecha de nacimiento", "Dirección", "Nº de línea", "Email", "DNI/NIE", "Tarifa", "Terminal", "IMEI", "Permanencia", "Domiciliación"],
          "it": ["Riepilogo contratto", "Intestatario", "Data di nascita", "Indirizzo", "Numero", "Email", "Codice fiscale", "Offerta", "Smartphone", "IMEI", "Vincolo", "Addebito"],
          "fr": ["Récapitulatif de contrat", "Titulaire", "Date de naissance", "Adresse", "Numéro de ligne", "E-mail", "Pièce d'identité", "Forfait", "Mobile", "IMEI", "Engagement", "Prélèvement"],
          "nl": ["Contractoverzicht", "Klant", "Geboortedatum", "Adres", "Mobiel nummer", "E-mail", "BSN", "Abonnement", "Toestel", "IMEI", "Looptijd", "Incasso"],
          "pl": ["Podsumowanie umowy", "Abonent", "Data urodzenia", "Adres", "Numer telefonu", "E-mail", "PESEL", "Taryfa", "Telefon", "IMEI", "Okres", "Polecenie zapłaty"],
          "tr": ["Abonelik Sözleşmesi Özeti", "Abone", "Doğum tarihi", "Adres", "Hat numarası", "E-posta", "T.C. Kimlik No", "Tarife", "Cihaz", "IMEI", "Taahhüt", "Otomatik ödeme"],
          "pt": ["Resumo do contrato", "Titular", "Data de nascimento", "Endereço", "Número da linha", "E-mail", "CPF", "Plano", "Aparelho", "IMEI", "Fidelidade", "Débito automático"]}[lg if lg in ("de", "en", "es", "it", "fr", "nl", "pl", "tr", "pt") else "en"]
    if cc == "MX":
        L_ = L_[:6] + ["CURP"] + L_[7:]
    a = person(R, cc)
    w = max(len(x) for x in L_) + 2
    body = [co, "\n", L_[0], "  ", N("Nr. " + dig(R, 10) if lg == "de" else dig(R, 10), "contract_number"), "\n\n",
            fld(L_[1], P(a.full(), a), w), fld(L_[2], DOB(a, cc), w), fld(L_[3], A(R, cc), w), fld(L_[4], phone(R, cc, "nat"), w), fld(L_[5], email(R, a, cc), w)]
    if cc in ("ES", "IT", "NL", "PL", "TR", "BR", "IN", "MX") or R.random() < 0.5:
        idl = gid_for(R, cc, a) if cc not in ("DE", "GB", "FR", "US") else passport(R, cc)
        body += fld(L_[6], idl, w)
    body += fld(L_[7], N(R.choice(["Unlimited 5G", "XL 40 GB", "Giga 100", "Max 5G 150"]), "plan_name"), w)
    body += fld(L_[8], R.choice(["iPhone 15 128GB", "Galaxy S24", "Pixel 8a", "Redmi Note 13"]), w) + fld(L_[9], imei(R), w)
    body += fld(L_[10], N(R.choice(["24", "12", "36"]) + (" Monate" if lg == "de" else " months" if lg == "en" else ""), "term"), w)
    if cc in ("DE", "ES", "IT", "FR", "NL", "PL", "TR", "GB"):
        body += fld(L_[11], iban(R, cc), w, "")
    else:
        body += fld(L_[11], masked(R), w, "")
    rl = RQL[cc]
    return "pdf", RECL[cc], wrap(R, rl, R.choice(["explain", "check", "complain"]), body)


INS = {
    "GB": ("en", "Motor insurance – claim form", ["Policyholder", "Date of birth", "Address", "Policy number", "Vehicle registration", "Date of incident", "Third party name",
                                                 "Third party phone", "Third party insurer", "Contact email", "Settlement account"]),
    "US": ("en", "Auto claim – first notice of loss", ["Insured", "DOB", "Address", "Policy #", "Plate", "Loss date", "Other driver", "Other driver phone", "Other carrier",
                                                      "Email", "Direct deposit"]),
    "DE": ("de", "Schadenmeldung Kfz-Haftpflicht", ["Versicherungsnehmer", "Geburtsdatum", "Anschrift", "Versicherungsschein-Nr.", "Kennzeichen", "Schadentag", "Unfallgegner",
                                                    "Telefon Unfallgegner", "Versicherung Unfallgegner", "E-Mail", "Auszahlung auf IBAN"]),
    "FR": ("fr", "Déclaration de sinistre auto", ["Assuré", "Date de naissance", "Adresse", "N° de contrat", "Immatriculation", "Date du sinistre", "Tiers impliqué",
                                                   "Téléphone du tiers", "Assureur du tiers", "E-mail", "IBAN pour indemnisation"]),
    "ES": ("es", "Parte de siniestro", ["Tomador", "Fecha de nacimiento", "Domicilio", "Nº de póliza", "Matrícula", "Fecha del siniestro", "Contrario",
                                        "Teléfono contrario", "Aseguradora contraria", "Email", "IBAN para indemnización"]),
    "IT": ("it", "Denuncia di sinistro", ["Contraente", "Data di nascita", "Indirizzo", "N. polizza", "Targa", "Data sinistro", "Controparte", "Telefono controparte",
                                          "Compagnia controparte", "Email", "IBAN per liquidazione"]),
    "AU": ("en", "Car insurance claim", ["Policy holder", "Date of birth", "Address", "Policy no.", "Rego", "Date of accident", "Other driver", "Other driver mobile",
                                        "Other insurer", "Email", "Pay to"]),
    "ZA": ("en", "Motor claim notification", ["Insured", "ID / DOB", "Address", "Policy no.", "Registration", "Date of loss", "Third party", "Third party cell", "Third party insurer",
                                             "Email", "Bank account"]),
}
INSURERS = {"GB": "Pennine Mutual Insurance", "US": "Bluebonnet Casualty Co.", "DE": "Ostsee Versicherung AG", "FR": "Assurances du Léman", "ES": "Mutua Levante Seguros",
            "IT": "Assicurazioni Dolomiti", "AU": "Coral Coast Insurance", "ZA": "Karoo Shield Insurance"}
INS_OTHER = ["Pennine Mutual", "Harbour Insure", "Eiche Versicherung", "Mutuelle Azur", "Seguros Sol", "Alpina Assicurazioni", "Bluebonnet Casualty"]


@tpl(11)
def t_insurance_claim(R):
    cc = R.choice(sorted(INS))
    lg, title, lb = INS[cc]
    a, tp = person(R, cc), person(R, cc)
    w = max(len(x) for x in lb) + 2
    body = [INSURERS[cc], "\n", title, "\n\n", fld(lb[0], P(a.full(), a), w)]
    if cc == "ZA":
        body += fld(lb[1], G(zaid_make(R, a), "za_id"), w)
    else:
        body += fld(lb[1], DOB(a, cc), w)
    body += fld(lb[2], A(R, cc), w) + fld(lb[3], policy_no(R), w) + fld(lb[4], plate(R, cc), w) + fld(lb[5], ND(R, cc, "incident_date"), w)
    body += fld(lb[6], P(tp.full(), tp), w) + fld(lb[7], phone(R, cc, "nat"), w) + fld(lb[8], N(R.choice(INS_OTHER), "company_name"), w)
    body += fld(lb[9], email(R, a, cc), w)
    if R.random() < 0.7:
        wt = person(R, cc)
        body += fld({"en": "Witness", "de": "Zeuge", "fr": "Témoin", "es": "Testigo", "it": "Testimone"}[lg], [P(wt.full(), wt), ", ", phone(R, cc, "nat")], w)
    if cc in ("GB", "DE", "FR", "ES", "IT"):
        body += fld(lb[10], iban(R, cc), w)
    elif cc == "US":
        body += fld(lb[10], ["routing ", aba(R), " acct ", acct(R)], w)
    else:
        body += fld(lb[10], ["BSB " if cc == "AU" else "branch ", N("%s-%s" % (dig(R, 3), dig(R, 3)), "bsb" if cc == "AU" else "branch_code"), " acc ", acct(R, 9)], w)
    narr = {"en": "Description: I was stationary at the lights when the other vehicle hit my rear bumper. The other driver admitted fault at the scene.",
            "de": "Hergang: Ich stand an der Ampel, als das andere Fahrzeug auf mein Heck auffuhr.", "fr": "Circonstances : j'étais à l'arrêt au feu lorsque le véhicule tiers m'a percuté à l'arrière.",
            "es": "Descripción: estaba detenido en un semáforo cuando el otro vehículo me golpeó por detrás.", "it": "Dinamica: ero fermo al semaforo quando l'altro veicolo mi ha tamponato."}[lg]
    body += ["\n", narr]
    return "form", lg, wrap(R, RQL[cc], R.choice(["check", "reply", "explain"]), body)


RENT = {
    "IN": ("RENT RECEIPT", "Received with thanks from {tenant} a sum of {amt} towards rent for the month of {month} for the premises at {addr}. Paid by UPI / bank transfer.",
           "Landlord: {landlord}   PAN of landlord: {pan}   Signature: ________", "in"),
    "GB": ("Deposit receipt", "I, {landlord}, confirm receipt of {amt} from {tenant} as a tenancy deposit for {addr}. The deposit is protected with a government-approved scheme.",
           "Landlord contact: {lphone}   Paid into: {iban}", "en"),
    "DE": ("Mietquittung / Kautionsbestätigung", "Hiermit bestätige ich, {landlord}, den Erhalt von {amt} von {tenant} als Mietkaution für die Wohnung {addr}.",
           "Überwiesen auf: {iban}   Tel. Vermieter: {lphone}", "de"),
    "ES": ("Recibo de alquiler", "He recibido de {tenant} la cantidad de {amt} en concepto de fianza y primer mes de alquiler de la vivienda sita en {addr}.",
           "Arrendador: {landlord}, DNI {dni}. Cuenta: {iban}", "es"),
    "FR": ("Quittance de loyer", "Je soussigné(e) {landlord}, propriétaire du logement situé {addr}, déclare avoir reçu de {tenant} la somme de {amt} au titre du loyer et des charges du mois de {month}.",
           "Virement reçu sur {iban}", "fr"),
    "IT": ("Ricevuta di pagamento canone", "Io sottoscritto/a {landlord} dichiaro di aver ricevuto da {tenant} la somma di {amt} quale canone di locazione per l'immobile in {addr}, mese di {month}.",
           "C.F. locatore {cf}  –  IBAN {iban}", "it"),
    "ZA": ("Proof of payment", "{tenant} paid {amt} to {landlord} for rent of {addr}, reference RENT {month}.", "Landlord cell: {lphone}", "en"),
    "AE": ("Rent cheque receipt", "Received from {tenant} cheque for {amt} towards annual rent of {addr}.", "Landlord: {landlord}, mobile {lphone}. Account: {iban}", "en"),
    "NL": ("Betalingsbewijs huur", "Ontvangen van {tenant}: {amt} voor de huur van {month}, woning {addr}.", "Verhuurder {landlord}, rekening {iban}", "nl"),
}


@tpl(11)
def t_rent_receipt(R):
    cc = R.choice(sorted(RENT))
    title, t1, t2, lg = RENT[cc]
    ten, ll = person(R, cc), person(R, cc)
    mo = Money(R, cc)
    month = MONTHS["en" if lg in ("en", "in") else lg][R.randint(0, 11)] + " 2026" if lg in ("en", "in", "de", "fr", "it", "nl", "es") else "2026"
    vals = {"tenant": lambda: P(ten.full(), ten), "landlord": lambda: P(ll.full(), ll), "amt": lambda: mo.N(R.randint(300, 4000) * 100),
            "month": lambda: month, "addr": lambda: A(R, cc), "pan": lambda: G(pan_random(R, "P", ll.family), "in_pan"), "lphone": lambda: phone(R, cc, "nat"),
            "iban": lambda: iban(R, cc if cc != "ZA" else "GB"), "dni": lambda: G(dni_s(R), "es_dni"), "cf": lambda: G(cf_s(R, ll), "it_cf")}
    body = [title, "\n", N("No. " + dig(R, 4), "receipt_number"), "   ", ND(R, cc, "receipt_date"), "\n\n"] + fill(t1, vals) + ["\n\n"] + fill(t2, vals)
    if R.random() < 0.7:
        body += ["\n", {"in": "Tenant contact: ", "en": "Tenant contact: ", "de": "Kontakt Mieter: ", "es": "Contacto inquilino: ", "fr": "Contact locataire : ",
                        "it": "Recapito conduttore: ", "nl": "Contact huurder: "}[lg], phone(R, cc, "nat"), " / ", email(R, ten, cc)]
    rl = RQL[cc]
    return "receipt", lg, wrap(R, rl, R.choice(["check", "explain", "reply"]), body)


TAX = {
    "GB": ("HM Revenue & Customs", "HMRC, BX9 1AS", "Tax calculation and repayment", "Dear {name},\n\nWe have looked at your tax for the year 6 April 2025 to 5 April 2026. You paid too much tax and we owe you {amt}. We will pay this into the account you told us about: sort code {sc}, account ending {acc}.\n\nNational Insurance number: {id}\nAddress: {addr}"),
    "US": ("Department of the Treasury – Internal Revenue Service", "Kansas City, MO 64999-0002", "Notice CP12 – We changed your return", "{name}\n{addr}\n\nWe changed your 2025 Form 1040 to correct a miscalculation. You are due a refund of {amt}. Taxpayer ID: {id}. If you agree, you don't need to do anything."),
    "DE": ("Finanzamt Kiel", "Postfach 1144, 24100 Kiel", "Bescheid für 2025 über Einkommensteuer", "Herrn/Frau {name}\n{addr}\n\nSteuernummer: 20/123/45678  Identifikationsnummer: {id}\n\nDie Erstattung in Höhe von {amt} wird auf das Konto {iban} überwiesen."),
    "FR": ("Direction générale des Finances publiques", "Centre des finances publiques, 35000 Rennes", "Avis d'impôt sur le revenu 2026", "{name}\n{addr}\n\nNuméro fiscal : 30 12 345 678 901\nNuméro de sécurité sociale : {id}\nMontant remboursé : {amt}, versé sur le compte {iban}."),
    "ES": ("Agencia Tributaria", "Delegación de Valencia, Calle Guillem de Castro 4, 46001 Valencia", "Devolución IRPF 2025", "Titular: {name}\nNIF: {id}\nDomicilio: {addr}\n\nSe ha ordenado la devolución de {amt} a la cuenta {iban}."),
    "IT": ("Agenzia delle Entrate", "Direzione Provinciale di Bologna", "Comunicazione di rimborso 730/2026", "Contribuente: {name}\nCodice fiscale: {id}\nResidenza: {addr}\n\nIl rimborso di {amt} sarà accreditato sull'IBAN {iban}."),
    "IN": ("Income Tax Department", "Centralized Processing Centre, Bengaluru 560500", "Intimation u/s 143(1) – AY 2026-27", "Name: {name}\nPAN: {id}\nAddress: {addr}\n\nRefund of {amt} has been determined and will be credited to your pre-validated bank account (IFSC {ifsc}, A/c XXXXXXXX{acc})."),
    "AU": ("Australian Taxation Office", "PO Box 9845, Sydney NSW 2001", "Notice of assessment 2026", "{name}\n{addr}\n\nTax file number: {id}\nYour refund of {amt} will be paid to BSB {bsb} account ending {acc}."),
    "CA": ("Canada Revenue Agency", "Sudbury Tax Centre, Sudbury ON P3A 5C1", "Notice of Assessment 2025", "{name}\n{addr}\n\nSocial insurance number: {id}\nRefund: {amt} by direct deposit."),
    "NL": ("Belastingdienst", "Postbus 2500, 6401 DA Heerlen", "Definitieve aanslag inkomstenbelasting 2025", "{name}\n{addr}\n\nBSN: {id}\nU krijgt {amt} terug. Wij storten dit op {iban}."),
    "PL": ("Urząd Skarbowy Kraków-Podgórze", "ul. Wadowicka 10, 30-415 Kraków", "Zwrot nadpłaty PIT-37 za 2025", "Podatnik: {name}\nPESEL: {id}\nAdres: {addr}\n\nZwrot w kwocie {amt} zostanie przekazany na rachunek {iban}."),
    "BR": ("Receita Federal do Brasil", "Brasília - DF", "Restituição IRPF 2026 – 1º lote", "Contribuinte: {name}\nCPF: {id}\nEndereço: {addr}\n\nValor da restituição: {amt}, creditado na chave Pix informada ({pix})."),
}


@tpl(12)
def t_tax_refund(R):
    cc = R.choice(sorted(TAX))
    auth, aaddr, title, t = TAX[cc]
    a = person(R, cc)
    mo = Money(R, cc if cc not in ("CA",) else "CA")
    vals = {"name": lambda: P(a.full() if cc not in ("US",) else a.caps(), a), "amt": lambda: mo.N(R.randint(80, 4000) * 100 + R.randint(0, 99)), "addr": lambda: A(R, cc, multi=cc in ("US", "DE", "FR", "AU", "CA", "NL")),
            "id": lambda: gid_for(R, cc, a) if cc != "ES" else G(dni_s(R), "es_dni"), "iban": lambda: iban(R, cc), "sc": lambda: sortcode(R), "acc": lambda: N(dig(R, 4), "account_last4"),
            "ifsc": lambda: ifsc(R), "bsb": lambda: N("%s-%s" % (dig(R, 3), dig(R, 3)), "bsb"), "pix": lambda: email(R, a, cc) if R.random() < 0.5 else phone(R, cc, "nat")}
    body = [N(auth, "public_body"), "\n", N(aaddr, "public_body_address"), "\n\n", title, "\n", ND(R, cc, "letter_date"), "\n\n"] + fill(t, vals)
    lg = RECL[cc]
    return "letter", lg, wrap(R, RQL[cc], R.choice(["explain", "scam", "summarise"]), body)


PAYSLIP = {
    "DE": ("de", "Verdienstabrechnung", ["Mitarbeiter", "Anschrift", "Personalnr.", "Steuer-ID", "Steuerklasse", "Eintritt", "Brutto", "Lohnsteuer", "Netto", "Auszahlung auf"]),
    "GB": ("en", "Payslip", ["Employee", "Address", "Employee no.", "NI number", "Tax code", "Start date", "Gross pay", "PAYE tax", "Net pay", "Paid to"]),
    "US": ("en", "Earnings statement", ["Employee", "Address", "Employee ID", "SSN", "Filing status", "Hire date", "Gross", "Federal withholding", "Net pay", "Direct deposit"]),
    "IN": ("in", "Salary slip", ["Employee name", "Address", "Emp code", "PAN", "UAN", "Date of joining", "Gross earnings", "TDS", "Net pay", "Bank A/c"]),
    "FR": ("fr", "Bulletin de paie", ["Salarié", "Adresse", "Matricule", "N° de sécurité sociale", "Coefficient", "Date d'entrée", "Salaire brut", "Prélèvement à la source", "Net à payer", "Virement sur"]),
    "ES": ("es", "Nómina", ["Trabajador", "Domicilio", "Nº empleado", "NIF", "Grupo de cotización", "Antigüedad", "Total devengado", "Retención IRPF", "Líquido a percibir", "Transferencia a"]),
    "IT": ("it", "Cedolino paga", ["Dipendente", "Indirizzo", "Matricola", "Codice fiscale", "Livello", "Data assunzione", "Retribuzione lorda", "IRPEF", "Netto in busta", "Accredito su"]),
    "NL": ("nl", "Loonstrook", ["Werknemer", "Adres", "Personeelsnr.", "BSN", "Loonheffingskorting", "In dienst", "Bruto loon", "Loonheffing", "Netto", "Uitbetaald op"]),
    "PL": ("pl", "Pasek wynagrodzenia", ["Pracownik", "Adres", "Nr ewid.", "PESEL", "Stanowisko", "Data zatrudnienia", "Brutto", "Zaliczka PIT", "Netto", "Przelew na"]),
    "ZA": ("en", "Payslip", ["Employee", "Address", "Employee no.", "ID number", "Tax no.", "Engagement date", "Gross", "PAYE", "Nett pay", "Bank"]),
    "PH": ("en", "Payslip", ["Employee", "Address", "Employee ID", "TIN", "SSS No.", "Date hired", "Gross pay", "Withholding tax", "Net pay", "Payroll account"]),
    "TR": ("tr", "Ücret Bordrosu", ["Personel", "Adres", "Sicil no", "T.C. Kimlik No", "SGK no", "İşe giriş", "Brüt", "Gelir vergisi", "Net", "IBAN"]),
}


@tpl(12)
def t_payslip(R):
    cc = R.choice(sorted(PAYSLIP))
    lg, title, lb = PAYSLIP[cc]
    a = person(R, cc)
    mo = Money(R, cc)
    w = max(len(x) for x in lb) + 2
    emp = R.choice(EMPLOYERS.get(cc) or CO_GENERIC.get(cc) or ["Acme Ltd"])
    gross = R.randint(1800, 9000) * 100 if cc not in ("IN", "PH", "TR", "ZA") else R.randint(25000, 250000) * 100
    tax = gross * R.randint(8, 30) // 100
    body = [N(emp, "company_name"), " – ", title, " ", N(R.choice(MONTHS["en"]) + " 2026" if lg in ("en", "in") else "10/2026", "period"), "\n\n",
            fld(lb[0], P(a.full(), a), w)]
    if R.random() < 0.7:
        body += fld(lb[1], A(R, cc), w)
    if R.random() < 0.6:
        body += fld({"de": "Geburtsdatum", "fr": "Date de naissance", "es": "Fecha de nacimiento", "it": "Data di nascita", "nl": "Geboortedatum", "pl": "Data urodzenia",
                     "tr": "Doğum tarihi"}.get(lg, "Date of birth"), DOB(a, cc), w)
    body += fld(lb[2], N(dig(R, R.choice([4, 5, 6])), "employee_number"), w)
    body += fld(lb[3], gid_for(R, cc, a) if cc not in ("ES",) else G(dni_s(R), "es_dni"), w)
    fourth = {"DE": lambda: N(R.choice(["I", "III", "IV", "V"]), "tax_class"), "GB": lambda: N(R.choice(["1257L", "BR", "K475"]), "tax_code"),
              "US": lambda: N(R.choice(["Single", "Married filing jointly"]), "filing_status"), "IN": lambda: N("1001" + dig(R, 8), "uan"),
              "FR": lambda: N(str(R.randint(150, 450)), "coefficient"), "ES": lambda: N(str(R.randint(1, 11)), "group"), "IT": lambda: N("%d° livello" % R.randint(1, 7), "level"),
              "NL": lambda: N(R.choice(["ja", "nee"]), "flag"), "PL": lambda: N(R.choice(["Księgowa", "Magazynier"]), "job_title"),
              "ZA": lambda: N("0" + dig(R, 9), "tax_reference"), "PH": lambda: G("%s-%s-%s" % (dig(R, 2), dig(R, 7), dig(R, 1)), "ph_sss"),
              "TR": lambda: N(dig(R, 13), "sgk_number")}[cc]()
    body += fld(lb[4], fourth, w)
    body += fld(lb[5], ND(R, cc, "hire_date", d=rdate(R, (2012, 1, 1), (2025, 12, 1))), w)
    body += fld(lb[6], mo.N(gross), w) + fld(lb[7], mo.N(tax), w) + fld(lb[8], mo.N(gross - tax - gross // 10), w)
    if cc in ("DE", "GB", "FR", "ES", "IT", "NL", "PL", "TR"):
        body += fld(lb[9], iban(R, cc), w, "")
    elif cc == "IN":
        body += fld(lb[9], [acct(R, 12), " / IFSC ", ifsc(R)], w, "")
    else:
        body += fld(lb[9], [N(bank(R, cc)[0], "bank_name"), " ", N("****" + dig(R, 4), "masked_account")], w, "")
    return "payslip", lg, wrap(R, RQL[cc], R.choice(["explain", "check"]), body)


# ================================================================ templates: travel

AIRLINES = [("Skylark Airways", "SK"), ("Meridian Air", "MD"), ("Monsoon Airlines", "MN"), ("Aurora Wings", "AW"), ("Anatolia Air", "AA")]


@tpl(12)
def t_eticket(R):
    cc = R.choice(["US", "GB", "DE", "FR", "ES", "IT", "IN", "NG", "KE", "PH", "ID", "TR", "AE", "JP", "KR", "AU", "BR", "MX", "ZA", "CA"])
    a = person(R, cc)
    pax = [a]
    for _ in range(R.choice([0, 1, 1, 2])):
        pax.append(other(R, pax[-1], family=a.family if R.random() < 0.6 else None))
    air, code = R.choice(AIRLINES)
    body = [air, " – e-ticket receipt / itinerary\n\n", "Booking reference (PNR): ", pnr(R), "\n", "Issued: ", ND(R, cc, "issue_date", "iso"), "\n\n", "Passengers:\n"]
    for p in pax:
        body += ["  ", P(p.airline(), p), "   ticket ", eticket(R), "   ", N(R.choice(["FF ", "Miles ", "Skyclub "]), "label"), loyalty(R), "\n"]
    body += ["\nFlights:\n"]
    d = rdate(R)
    for _ in range(R.randint(1, 2)):
        d = d + datetime.timedelta(days=R.randint(2, 20))
        body += ["  ", N("%s %d" % (code, R.randint(10, 2999)), "flight_number"), "  ", N(d.strftime("%d%b").upper(), "flight_date"), "  ", R.choice(["LHR-IST", "FRA-DXB", "BOM-NBO", "MAD-MEX", "CDG-JNB", "MNL-NRT", "CGK-SIN", "GRU-LIS", "ICN-SYD"]),
                 "  dep ", N("%02d:%02d" % (R.randint(0, 23), R.choice([0, 5, 15, 30, 45, 50])), "time"), "  seat ", seat(R), "  ", R.choice(["Economy (Y)", "Premium Economy", "Business (J)"]), "\n"]
    body += ["\nContact: ", phone(R, cc, R.choice(["intl", "e164"])), " / ", email(R, a, cc), "\n", "Form of payment: CC ", R.choice(["VI", "CA", "AX"]), " ", masked(R), "  ",
             "Total: ", M(R, cc if cc in ("US", "GB", "DE", "FR", "ES", "IT", "IN", "NG", "KE", "PH", "ID", "TR", "AE", "JP", "KR", "AU", "BR", "MX", "ZA", "CA") else "US", 150, 2400), "\n"]
    if R.random() < 0.75:
        for p in pax:
            body += ["APIS: ", P(p.caps(family_first=True), p), " / DOB ", DOB(p, cc, "iso"), " / PASSPORT ", passport(R, cc if cc in PASSPORT else "GB"), "\n"]
    body += ["Baggage: 1PC 23KG. Check-in closes 60 minutes before departure."]
    return "email", RECL[cc], wrap(R, RQL[cc] if RQL[cc] in REQ else "en", R.choice(["explain", "check", "refund", "complain"]), body)


HOTEL = {"en": ("Guest folio", ["Guest", "Address", "Phone", "Email", "Room", "Arrival", "Departure", "Folio no.", "Balance"], ["Room charge", "Minibar", "City tax", "Spa", "Parking"]),
         "de": ("Gastrechnung", ["Gast", "Anschrift", "Telefon", "E-Mail", "Zimmer", "Anreise", "Abreise", "Rechnungsnr.", "Saldo"], ["Logis", "Minibar", "Kurtaxe", "Garage", "Frühstück"]),
         "es": ("Factura de huésped", ["Huésped", "Dirección", "Teléfono", "Email", "Habitación", "Llegada", "Salida", "Nº folio", "Saldo"], ["Alojamiento", "Minibar", "Tasa turística", "Parking"]),
         "it": ("Conto camera", ["Ospite", "Indirizzo", "Telefono", "Email", "Camera", "Arrivo", "Partenza", "N. conto", "Saldo"], ["Pernottamento", "Minibar", "Tassa di soggiorno", "Garage"]),
         "fr": ("Facture client", ["Client", "Adresse", "Téléphone", "E-mail", "Chambre", "Arrivée", "Départ", "N° de facture", "Solde"], ["Nuitée", "Minibar", "Taxe de séjour", "Parking"])}
HOTELS = [("Hotel Alster Lumen", "An der Alster 52, 20099 Hamburg", "DE", "de"), ("The Granary Hotel", "12 Castle Street, Edinburgh EH2 3AH", "GB", "en"),
          ("Hotel Brisa del Mar", "Paseo Marítimo 14, 29016 Málaga", "ES", "es"), ("Albergo Il Glicine", "Via Ghibellina 88, 50122 Firenze", "IT", "it"),
          ("Hôtel des Remparts", "5 rue du Bastion, 84000 Avignon", "FR", "fr"), ("Palm Crescent Hotel", "Al Sufouh Road, Dubai", "AE", "en"),
          ("Lakeshore Suites", "400 Lake Shore Dr, Chicago, IL 60611", "US", "en")]


@tpl(11)
def t_hotel_folio(R):
    hname, haddr, hcc, lg = R.choice(HOTELS)
    gcc = R.choice(["DE", "GB", "US", "FR", "ES", "IT", "NL", "IN", "AU", "BR", "JP", "KR"])
    t, lb, items = HOTEL[lg]
    g = person(R, gcc)
    mo = Money(R, hcc if hcc != "AE" else "AE")
    w = max(len(x) for x in lb) + 2
    arr = rdate(R)
    nights = R.randint(1, 6)
    body = [N(hname, "hotel_name"), "\n", N(haddr, "company_address"), "\n", t, "\n\n", fld(lb[0], P(g.latin() if gcc in ("JP", "KR") else g.full(), g), w)]
    if R.random() < 0.6:
        body += fld(lb[1], A(R, gcc, latin=True) if gcc == "JP" else A(R, gcc) if gcc != "KR" else N("Seoul, Korea", "city"), w)
    body += fld(lb[2], phone(R, gcc, "intl", region=hcc), w) + fld(lb[3], email(R, g, gcc), w) + fld(lb[4], N(str(R.randint(101, 912)), "room_number"), w)
    body += fld(lb[5], ND(R, hcc, "arrival_date", d=arr), w) + fld(lb[6], ND(R, hcc, "departure_date", d=arr + datetime.timedelta(days=nights)), w) + fld(lb[7], N(dig(R, 7), "folio_number"), w)
    total = 0
    body += ["\n"]
    for it in R.sample(items, R.randint(2, len(items))):
        x = R.randint(5, 260) * 100
        total += x
        body += [it.ljust(22), mo.N(x), "\n"]
    body += ["Paid: ", R.choice(["VISA", "MC", "AMEX"]), " ", masked(R), "  ", mo.N(total), "\n", fld(lb[8], mo.N(0), w, "")]
    rl = lg if R.random() < 0.6 else "en"
    notes = {"en": (["I never touched the minibar.", "The city tax was already included in my booking.", "I was charged for an extra night."], "The pre-authorisation was on my other card "),
             "de": (["Die Minibar habe ich nie benutzt.", "Die Kurtaxe war schon im Preis enthalten.", "Mir wurde eine Nacht zu viel berechnet."], "Die Vorautorisierung lief über meine andere Karte "),
             "es": (["No consumí nada del minibar.", "La tasa turística ya estaba incluida.", "Me cobraron una noche de más."], "La preautorización se hizo en mi otra tarjeta "),
             "it": (["Non ho mai usato il minibar.", "La tassa di soggiorno era già inclusa.", "Mi hanno addebitato una notte in più."], "La preautorizzazione era sull'altra carta "),
             "fr": (["Je n'ai jamais touché au minibar.", "La taxe de séjour était déjà incluse.", "On m'a facturé une nuit de trop."], "La pré-autorisation était sur mon autre carte ")}[rl]
    note = [R.choice(notes[0])]
    if R.random() < 0.6:
        note += [" ", notes[1], cardc(R, gcc if gcc in CARD_BY else "DE"), "."]
    return "invoice", lg if rl == lg else "en", wrap(R, rl, R.choice(["complain", "dispute", "explain"]), [body, "\n\n", note])


CAR = {"en": ("Rental agreement", ["Renter", "Date of birth", "Address", "Mobile", "Email", "Driving licence no.", "Issued by", "Additional driver", "Vehicle", "Pick-up", "Return",
                                    "Deposit (pre-authorised)", "Agreement no."]),
       "de": ("Mietvertrag", ["Mieter", "Geburtsdatum", "Anschrift", "Mobil", "E-Mail", "Führerschein-Nr.", "Ausstellungsland", "Zusatzfahrer", "Fahrzeug", "Abholung", "Rückgabe",
                               "Kaution (reserviert)", "Vertragsnr."]),
       "es": ("Contrato de alquiler", ["Arrendatario", "Fecha de nacimiento", "Dirección", "Móvil", "Email", "Nº permiso de conducir", "Expedido en", "Conductor adicional", "Vehículo",
                                       "Recogida", "Devolución", "Fianza (retenida)", "Nº contrato"]),
       "it": ("Contratto di noleggio", ["Cliente", "Data di nascita", "Indirizzo", "Cellulare", "Email", "N. patente", "Rilasciata da", "Secondo conducente", "Veicolo", "Ritiro",
                                        "Riconsegna", "Deposito cauzionale", "N. contratto"])}


def dl_for(R, cc, p):
    if cc == "GB":
        return G(ukdl_make(R, p), "gb_dl"), "DVLA, UK"
    if cc == "US":
        st = R.choice(["CA", "TX", "NY", "FL"])
        v = {"CA": lambda: R.choice(string.ascii_uppercase) + dig(R, 7), "TX": lambda: dig(R, 8), "NY": lambda: dig(R, 9),
             "FL": lambda: "%s%s-%s-%s-%s-%s" % (p.family[0].upper(), dig(R, 3), dig(R, 3), dig(R, 2), dig(R, 3), dig(R, 1))}[st]()
        return G(v, "us_dl"), {"CA": "California", "TX": "Texas", "NY": "New York", "FL": "Florida"}[st]
    if cc == "AU":
        return G(dig(R, R.choice([8, 9])), "au_dl"), R.choice(["NSW", "VIC", "QLD"])
    if cc == "CA":
        return G("%s%s-%s-%s" % (p.family[0].upper(), dig(R, 4), dig(R, 5), dig(R, 5)), "ca_dl"), "Ontario"
    if cc == "IN":
        return G("%s%02d %s%s" % (R.choice(["MH", "KA", "DL", "TN"]), R.randint(1, 50), str(R.randint(2005, 2022)), dig(R, 7)), "in_dl"), "RTO"
    if cc == "ES":
        return G(dni_s(R), "es_dni"), "DGT, España"
    if cc == "IT":
        return G(rnd(R, string.ascii_uppercase, 2) + dig(R, 7) + R.choice(string.ascii_uppercase), "it_dl"), "MIT-UCO, Italia"
    if cc == "DE":
        return G(R.choice("BCDFGHJKLMN") + dig(R, 2) + rnd(R, string.ascii_uppercase + string.digits, 6) + dig(R, 1) + rnd(R, string.ascii_uppercase + string.digits, 1), "de_dl"), "Deutschland"
    return passport(R, cc), {"DE": "Deutschland", "FR": "France", "IT": "Italia", "NL": "Nederland", "PL": "Polska"}.get(cc, cc)


@tpl(11)
def t_car_rental(R):
    lg = R.choice(sorted(CAR))
    t, lb = CAR[lg]
    rcc = {"en": R.choice(["GB", "US", "AU", "CA", "IN"]), "de": "DE", "es": "ES", "it": "IT"}[lg]
    dcc = R.choice([rcc, rcc, R.choice(["GB", "US", "AU", "ES", "IN", "CA"])])
    a = person(R, dcc)
    w = max(len(x) for x in lb) + 2
    dl, issuer = dl_for(R, dcc, a)
    body = [R.choice(["Rentwise", "AutoPunto", "Sunroad Car Hire", "Mietwagen Kranich"]), " – ", t, "\n\n",
            fld(lb[0], P(a.full(), a), w), fld(lb[1], DOB(a, dcc), w), fld(lb[2], A(R, dcc), w), fld(lb[3], phone(R, dcc, "intl" if dcc != rcc else "nat", region=rcc), w),
            fld(lb[4], email(R, a, dcc), w), fld(lb[5], dl, w), fld(lb[6], issuer, w)]
    if R.random() < 0.4:
        b = other(R, a)
        dl2, _ = dl_for(R, dcc, b)
        body += fld(lb[7], [P(b.full(), b), ", ", dl2], w)
    body += fld(lb[8], [R.choice(["VW Golf", "Toyota Yaris", "Fiat 500", "Seat Leon", "Kia Sportage"]), ", ", plate(R, rcc if rcc in ("DE", "GB", "ES", "IT", "US", "AU", "IN", "CA") else "DE")], w)
    body += fld(lb[9], [N(R.choice({"GB": ["LHR T5", "MAN T2"], "US": ["LAX", "MCO"], "AU": ["SYD T1", "MEL"], "CA": ["YYZ", "YUL"], "IN": ["BOM T2", "BLR"],
                                    "DE": ["MUC T2", "HAM"], "ES": ["MAD T4", "AGP"], "IT": ["FCO", "NAP"]}[rcc]), "airport_code"), " ", ND(R, rcc, "pickup_date")], w)
    body += fld(lb[10], ND(R, rcc, "return_date"), w) + fld(lb[11], [M(R, rcc if rcc in ("GB", "US", "AU", "CA", "IN", "DE", "ES", "IT") else "DE", 200, 1500), " ", masked(R), " ", expiry(R)], w)
    body += fld(lb[12], N(rnd(R, string.ascii_uppercase, 2) + dig(R, 8), "agreement_number"), w, "")
    rl = {"en": "en", "de": "de", "es": "es", "it": "it"}[lg]
    return "form", lg, wrap(R, rl, R.choice(["check", "explain", "dispute"]), body)


# ================================================================ templates: small business

FREEL = {
    "DE": ("de", "Rechnung", "Leistungszeitraum", "Zahlbar innerhalb von 14 Tagen auf:", "Steuernummer", None, "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet."),
    "ES": ("es", "Factura", "Periodo", "Forma de pago: transferencia a", "NIF", "es_dni", "IVA 21 % · Retención IRPF 15 %"),
    "IT": ("it", "Fattura", "Periodo", "Pagamento tramite bonifico su", "C.F.", "it_cf", "Operazione in regime forfettario, art. 1 c. 54-89 L. 190/2014."),
    "PT": ("pt", "Fatura-recibo", "Período", "Pagamento por transferência para", "NIF", "pt_nif", "IVA – regime de isenção art. 53.º"),
    "FR": ("fr", "Facture", "Période", "Règlement par virement sur", "SIRET", None, "TVA non applicable, art. 293 B du CGI."),
    "NL": ("nl", "Factuur", "Periode", "Graag binnen 30 dagen overmaken naar", "KvK", None, "Btw verlegd / KOR."),
    "GB": ("en", "Invoice", "Period", "Please pay by bank transfer to", "UTR", None, "Not VAT registered."),
    "IN": ("in", "Invoice", "Period", "Payment to", "PAN", "in_pan", "GST not applicable (turnover below threshold)."),
    "PL": ("pl", "Rachunek", "Okres", "Płatność przelewem na", "NIP", None, "Zwolnienie z VAT – art. 113 ust. 1."),
}
FREEL_CLIENT = {"DE": ("Nordlicht Media GmbH", "Speicherstadt 7, 20457 Hamburg"), "ES": ("Agencia Mar Azul S.L.", "Calle Colón 30, 46004 Valencia"),
                "IT": ("Studio Grafico Laguna S.r.l.", "Fondamenta Nuove 5, 30121 Venezia (VE)"), "PT": ("Atlântico Digital, Lda.", "Rua do Ouro 120, 1100-063 Lisboa"),
                "FR": ("Agence Mistral SARL", "40 cours Julien, 13006 Marseille"), "NL": ("Studio Grachtengordel B.V.", "Keizersgracht 300, 1016 EX Amsterdam"),
                "GB": ("Brightwater Digital Ltd", "3 Canal Wharf, Leeds LS11 5PS"), "IN": ("Kaveri Infotech Pvt Ltd", "Outer Ring Road, Bengaluru 560103"),
                "PL": ("Agencja Wisła Sp. z o.o.", "ul. Prosta 51, 00-838 Warszawa")}
SERVICES = ["Web design (landing page)", "Translation EN>DE, 4,200 words", "Bookkeeping Q3", "Photography – product shoot", "Copywriting, 6 blog posts",
            "UX audit", "Illustration package", "Video editing (3 clips)"]


@tpl(12)
def t_freelancer_invoice(R):
    cc = R.choice(sorted(FREEL))
    lg, title, per, payto, taxl, taxsub, foot = FREEL[cc]
    me = person(R, cc)
    cli, cliaddr = FREEL_CLIENT[cc]
    mo = Money(R, cc)
    body = [P(me.full(), me), "\n", A(R, cc, multi=True), "\n", phone(R, cc, "nat"), " · ", email(R, me, cc), "\n"]
    if taxsub:
        tid = {"es_dni": lambda: G(dni_s(R), "es_dni"), "it_cf": lambda: G(cf_s(R, me), "it_cf"), "pt_nif": lambda: G(ptnif_make(R), "pt_nif"),
               "in_pan": lambda: G(pan_random(R, "P", me.family), "in_pan")}[taxsub]()
        body += [taxl, ": ", tid, "\n"]
    else:
        body += [taxl, ": ", N({"DE": "%s/%s/%s" % (dig(R, 2), dig(R, 3), dig(R, 5)), "FR": "%s %s %s %s" % (dig(R, 3), dig(R, 3), dig(R, 3), dig(R, 5)), "NL": dig(R, 8),
                                "GB": dig(R, 10), "PL": "%s-%s-%s-%s" % (dig(R, 3), dig(R, 3), dig(R, 2), dig(R, 2))}[cc], "business_tax_number"), "\n"]
    if cc == "IT" and R.random() < 0.7:
        body += ["P.IVA ", N("IT" + dig(R, 11), "vat_or_company_id"), "\n"]
    cp = person(R, cc)
    body += ["\n", N(cli, "company_name"), "\n", {"de": "z. Hd. ", "es": "A/A ", "it": "c.a. ", "pt": "A/C ", "fr": "À l'attention de ", "nl": "t.a.v. ", "pl": "Do rąk: "}.get(lg, "Attn: "),
             P(cp.full(), cp), "\n", N(cliaddr, "company_address"), "\n", vat(R, cc if cc != "IN" else "IN"), "\n\n",
             title, " ", inv_no(R), " – ", ND(R, cc, "invoice_date"), "\n", per, ": ", N(R.choice(MONTHS["en"]) + " 2026", "period"), "\n\n"]
    tot = 0
    for sv in R.sample(SERVICES, R.randint(1, 3)):
        x = R.randint(150, 3200) * 100
        tot += x
        body += [sv, "  ", mo.N(x), "\n"]
    body += ["Total: ", mo.N(tot), "\n\n", payto, " "]
    if cc == "IN":
        body += [acct(R, 12), ", IFSC ", ifsc(R)]
    else:
        body += [iban(R, cc), R.choice(["", " (BIC " + (bank(R, cc)[1] or "") + ")"]) if bank(R, cc)[1] else ""]
    body += ["\n", foot]
    rl = RQL[cc]
    return "invoice", lg, wrap(R, rl, R.choice(["check", "check", "explain", "reply"]), body)


@tpl(10)
def t_expense_report(R):
    cc = R.choice(["US", "GB", "DE", "NL", "FR", "IN", "AU", "SG" if False else "AE"])
    a, appr = person(R, cc), person(R, cc)
    mo = Money(R, cc)
    hdr = "date,merchant,category,amount,currency,card,notes\n"
    curc = {"US": "USD", "GB": "GBP", "DE": "EUR", "NL": "EUR", "FR": "EUR", "IN": "INR", "AU": "AUD", "AE": "AED"}[cc]
    rows = []
    for _ in range(R.randint(4, 7)):
        d = rdate(R, (2026, 9, 1), (2026, 11, 20))
        rows += [N(d.isoformat(), "expense_date"), ",", N(R.choice(["Uber", "Hilton Garden Inn", "Pret A Manger", "Lufthansa", "Staples", "Shell", "Starbucks", "Deutsche Bahn", "IndiGo", "Careem"]), "merchant"),
                 ",", R.choice(["travel", "meals", "lodging", "office", "fuel"]), ",", N("%d.%02d" % (R.randint(4, 900), R.randint(0, 99)), "amount"), ",", curc, ",",
                 N("*" + dig(R, 4), "card_last4"), ",", R.choice(["client lunch", "", "taxi to airport", "", "team offsite"]), "\n"]
    body = ["Expense report ", N("EXP-" + dig(R, 6), "report_number"), "\n", "Employee: ", P(a.full(), a), " (", N("E" + dig(R, 5), "employee_number"), ")\n",
            "Cost centre: ", N(str(R.randint(1000, 9999)), "cost_centre"), "\n", "Approver: ", P(appr.full(), appr), "\n"]
    if R.random() < 0.6:
        body += ["Reimburse to: ", iban(R, cc) if cc in ("GB", "DE", "NL", "FR", "AE") else [N(bank(R, cc)[0], "bank_name"), " ", acct(R)], "\n"]
    if R.random() < 0.5:
        body += ["Corporate card: ", cardc(R, cc if cc in CARD_BY else "GB"), "\n"]
    body += ["\n", hdr] + rows
    body += ["\n", R.choice(["Finance rejected two lines, ", "My manager says the totals don't match, ", "Policy limit for meals is 50/day, "]),
             R.choice(["can you find which?", "what did I miss?", "which rows are over?"])]
    lang = "in" if cc == "IN" else "en"
    return "csv", lang, body


@tpl(10)
def t_supplier_onboarding(R):
    cc = R.choice(["GB", "DE", "NL", "FR", "ES", "IT", "PL", "IN", "ZA", "AE", "US"])
    a = person(R, cc)
    lg = RECL[cc]
    co = R.choice(["%s Consulting", "%s Studio", "%s Trading", "%s & Partners"]) % R.choice(["Kestrel", "Blue Harbour", "Northlight", "Cedar", "Granite Peak", "Saffron"])
    sfx = {"GB": " Ltd", "IN": " Pvt Ltd", "ZA": " (Pty) Ltd", "DE": " GmbH", "NL": " B.V.", "FR": " SARL", "ES": " S.L.", "IT": " S.r.l.", "PL": " Sp. z o.o.",
           "AE": " LLC", "US": " LLC"}[cc]
    tld = {"GB": ".co.uk", "IN": ".in", "ZA": ".co.za", "DE": ".de", "NL": ".nl", "FR": ".fr", "ES": ".es", "IT": ".it", "PL": ".pl", "AE": ".ae", "US": ".com"}[cc]
    lb = ["Supplier name", "Registered address", "Company reg. no.", "VAT / tax id", "Contact person", "Contact email", "Contact phone", "Remittance email",
          "Bank account", "Bank name", "Payment terms"]
    w = max(len(x) for x in lb) + 2
    body = ["SUPPLIER ONBOARDING FORM – please complete all fields\n\n", fld(lb[0], N(co + sfx, "company_name"), w)]
    sole = R.random() < 0.4
    if sole:
        body += fld(lb[1], A(R, cc), w)
    else:
        body += fld(lb[1], N({"GB": "Unit 2, Riverside Park, Leeds LS10 1AB", "DE": "Am Sandtorkai 5, 20457 Hamburg", "NL": "Stationsplein 45, 3013 AK Rotterdam",
                              "FR": "15 rue de la Bourse, 69002 Lyon", "ES": "Calle Serrano 90, 28006 Madrid", "IT": "Corso Buenos Aires 77, 20124 Milano (MI)",
                              "PL": "ul. Grzybowska 5A, 00-132 Warszawa", "IN": "Cyber City Tower B, Gurugram 122002", "ZA": "Waterfront Office Park, Cape Town 8001",
                              "AE": "Office 1204, Bay Square, Business Bay, Dubai", "US": "1200 Innovation Way, Austin, TX 78701"}[cc], "company_address"), w)
    body += fld(lb[2], N({"GB": "Company no. %s" % dig(R, 8), "DE": "HRB %s" % dig(R, 5), "NL": "KvK %s" % dig(R, 8), "FR": "SIREN %s" % dig(R, 9), "ES": "CIF B%s" % dig(R, 8),
                          "IT": "REA MI-%s" % dig(R, 7), "PL": "KRS %s" % dig(R, 10), "IN": "CIN U74999HR20%02dPTC%s" % (R.randint(10, 24), dig(R, 6)), "ZA": "2019/%s/07" % dig(R, 6),
                          "AE": "Trade licence %s" % dig(R, 6), "US": "EIN %s-%s" % (dig(R, 2), dig(R, 7))}[cc], "company_registration"), w)
    body += fld(lb[3], vat(R, cc), w)
    body += fld(lb[4], [P(a.full(), a), R.choice([", Finance Manager", ", Director", ", Accounts", ""])], w)
    body += fld(lb[5], email(R, a, cc, domain=_slug(co.split(" ")[0]) + tld), w)
    body += fld(lb[6], phone(R, cc), w)
    body += fld(lb[7], role_email(R, _slug(co.split(" ")[0]) + tld, R.choice(["accounts", "remittance", "invoices"])), w)
    if cc in ("GB", "DE", "NL", "FR", "ES", "IT", "PL", "AE"):
        body += fld(lb[8], iban(R, cc, holder="org"), w)
    elif cc == "IN":
        body += fld(lb[8], [acct(R, 12), " IFSC ", ifsc(R)], w)
    elif cc == "US":
        body += fld(lb[8], ["ABA ", aba(R), " / acct ", acct(R)], w)
    else:
        body += fld(lb[8], [acct(R, 10), " branch ", N(dig(R, 6), "branch_code")], w)
    body += fld(lb[9], N(bank(R, cc)[0], "bank_name"), w) + fld(lb[10], R.choice(["30 days", "45 days EOM", "14 days"]), w, "")
    return "form", lg if lg != "in" else "in", wrap(R, "in" if cc == "IN" else "en", "check", body)


BEC = {"en": ("Change of bank details", "Dear Accounts team,\n\nPlease note that with immediate effect our bank details have changed due to an ongoing audit. Kindly update your records and settle the outstanding invoice {inv} to our new account:\n\n",
              "Please do not use the old account ({old}) any more. Confirm by return email once updated.\n\nBest regards,\n{name}\n{title}\n{phone}"),
       "de": ("Änderung unserer Bankverbindung", "Sehr geehrte Damen und Herren,\n\naufgrund einer Umstellung hat sich unsere Bankverbindung geändert. Bitte begleichen Sie die offene Rechnung {inv} ab sofort auf folgendes Konto:\n\n",
              "Die bisherige Verbindung ({old}) bitte nicht mehr verwenden.\n\nMit freundlichen Grüßen\n{name}\n{title}\nTel. {phone}"),
       "nl": ("Wijziging bankgegevens", "Beste collega's,\n\nOnze bankgegevens zijn gewijzigd. Wilt u factuur {inv} voortaan overmaken naar:\n\n",
              "Het oude nummer ({old}) is niet meer in gebruik.\n\nMet vriendelijke groet,\n{name}\n{title}\n{phone}"),
       "fr": ("Changement de coordonnées bancaires", "Madame, Monsieur,\n\nSuite à un changement de banque, merci de régler la facture {inv} sur notre nouveau compte :\n\n",
              "L'ancien compte ({old}) est clôturé.\n\nCordialement,\n{name}\n{title}\n{phone}"),
       "es": ("Cambio de datos bancarios", "Estimados señores:\n\nLes informamos de que nuestros datos bancarios han cambiado. Rogamos abonen la factura {inv} en la nueva cuenta:\n\n",
              "La cuenta anterior ({old}) ya no está operativa.\n\nUn saludo,\n{name}\n{title}\n{phone}"),
       "it": ("Variazione coordinate bancarie", "Gentili signori,\n\nvi informiamo che le nostre coordinate bancarie sono cambiate. Vi preghiamo di saldare la fattura {inv} sul nuovo conto:\n\n",
              "Il vecchio conto ({old}) non è più attivo.\n\nCordiali saluti,\n{name}\n{title}\n{phone}")}
BEC_CC = {"en": ["GB", "IE" if False else "GB", "AE"], "de": ["DE"], "nl": ["NL"], "fr": ["FR"], "es": ["ES"], "it": ["IT"]}


@tpl(10)
def t_bec_email(R):
    lg = R.choice(sorted(BEC))
    cc = R.choice(BEC_CC[lg])
    subj, t1, t2 = BEC[lg]
    a = person(R, cc)
    dom = R.choice(["kestrel-components", "granitepeak-supplies", "cedar-logistics", "blueharbour-trading"])
    newcc = R.choice([cc, cc, R.choice(["LT", "PT", "GB", "PL", "RO" if False else "CY"])]) if cc != "AE" else R.choice(["AE", "GB"])
    if newcc not in IBAN_LEN:
        newcc = cc
    vals = {"inv": lambda: inv_no(R), "old": lambda: N("…" + dig(R, 4), "account_last4"), "name": lambda: P(a.full(), a),
            "title": lambda: R.choice(["Finance Director", "Accounts Receivable", "Buchhaltung", "Responsable comptable", "CFO"]), "phone": lambda: phone(R, cc, "intl")}
    body = ["From: ", P(a.full(), a), " <", email(R, a, cc, domain=dom + "-payments.com"), ">\n", "Reply-To: ", email(R, a, cc, domain="gmail.com"), "\n",
            "Subject: ", subj, "\n\n"] + fill(t1, vals)
    body += ["IBAN: ", iban(R, newcc, holder="org"), "\n", "BIC: ", N(rnd(R, string.ascii_uppercase, 4) + newcc + rnd(R, string.ascii_uppercase + string.digits, 2), "bic"), "\n",
             {"en": "Account name", "de": "Kontoinhaber", "nl": "Ten name van", "fr": "Titulaire", "es": "Titular", "it": "Intestatario"}[lg], ": ",
             N(dom.replace("-", " ").title(), "company_name"), "\n\n"] + fill(t2, vals)
    note = {"en": "Our supplier has never emailed from this address before.", "de": "Der Lieferant hat uns noch nie von dieser Adresse geschrieben.",
            "nl": "Deze leverancier mailde nooit eerder vanaf dit adres.", "fr": "Ce fournisseur ne nous a jamais écrit depuis cette adresse.",
            "es": "Este proveedor nunca nos había escrito desde esta dirección.", "it": "Questo fornitore non ci ha mai scritto da questo indirizzo."}[lg]
    return "email", lg, wrap(R, lg, "scam", [body, "\n\n", note])


# ================================================================ templates: more money paperwork

@tpl(11)
def t_cc_application(R):
    cc = R.choice(["JP", "KR", "CN"])
    a = person(R, cc)
    mo = Money(R, cc)
    if cc == "JP":
        lb = ["お名前", "フリガナ", "生年月日", "性別", "ご自宅住所", "携帯電話番号", "メールアドレス", "運転免許証番号", "勤務先", "年収"]
        vals = [P(a.full(), a), P(a.kana(), a), DOB(a, cc, "long"), "男性" if a.sex == "m" else "女性", A(R, cc), phone(R, cc, "nat"), email(R, a, cc),
                G(dig(R, 12), "jp_dl"), N(R.choice(["株式会社みなと物産", "さくら精機株式会社", "青葉システム株式会社"]), "company_name"), mo.N(R.randint(30000, 120000) * 100)]
        title = "クレジットカード入会申込書（控え）"
    elif cc == "KR":
        lb = ["성명", "영문 성명", "주민등록번호", "휴대폰", "이메일", "자택 주소", "직장명", "연소득"]
        vals = [P(a.full(), a), P(a.latin().upper(), a), gid_for(R, cc, a), phone(R, cc, "nat"), email(R, a, cc), A(R, cc),
                N(R.choice(["한강물산(주)", "미래소프트 주식회사", "동해해운"]), "company_name"), mo.N(R.randint(30000, 120000) * 100)]
        title = "신용카드 발급 신청서"
    else:
        k = Person(R, "cn")
        lb = ["姓名", "身份证号码", "出生日期", "手机号码", "电子邮箱", "住宅地址", "工作单位", "年收入", "紧急联系人", "联系人电话"]
        vals = [P(a.full(), a), G(cnid_make(R, a), "cn_rid"), DOB(a, cc, "long"), phone(R, cc, "nat"), email(R, a, cc), A(R, cc),
                N(R.choice(["上海浦江物流有限公司", "深圳南山科技有限公司", "杭州西湖文化传媒有限公司"]), "company_name"), mo.N(R.randint(8000, 60000) * 100), P(k.full(), k), phone(R, cc, "nat")]
        title = "信用卡申请表"
    w = max(len(x) for x in lb) + 1
    body = [bank(R, cc)[0], "\n", title, "\n\n"]
    for l, v in zip(lb, vals):
        body += [(l + "：").ljust(w + 1), v, "\n"]
    body += [N("申込番号 " if cc == "JP" else "신청번호 " if cc == "KR" else "申请编号 ", "label"), N(dig(R, 12), "application_number")]
    return "form", {"JP": "ja", "KR": "ko", "CN": "zh"}[cc], wrap(R, {"JP": "ja", "KR": "ko", "CN": "zh"}[cc], R.choice(["check", "explain"]), body)


def jp_dl_ok(c):
    return bool(re.fullmatch(r"\d{12}", c))


@tpl(12)
def t_remittance(R):
    scc = R.choice(["AE", "AE", "US", "GB", "DE"])
    rcc = R.choice(["PH", "IN", "NG", "KE", "MX", "PK" if False else "ID"])
    s_ = person(R, scc) if scc != "AE" else Person(R, {"PH": "ph", "IN": "in", "NG": "ng", "KE": "ke", "MX": "mx", "ID": "id"}[rcc])
    r_ = Person(R, CUL[rcc], family=s_.family if R.random() < 0.5 and s_.cul == CUL[rcc] else None)
    brand = R.choice(["GlobeSend", "Remit Falcon", "SwiftHome Money Transfer"])
    sid = {"AE": lambda: gid_for(R, "AE", s_), "US": lambda: G(R.choice(string.ascii_uppercase) + dig(R, 7), "us_dl"), "GB": lambda: passport(R, "GB"),
           "DE": lambda: passport(R, "DE")}[scc]()
    payout = R.choice(["wallet", "bank", "cash"])
    body = [brand, " – Money Transfer Receipt\n", "MTCN: ", N(dig(R, 10), "mtcn"), "   ", ND(R, scc if scc != "AE" else "GB", "transfer_date"), "\n\n",
            "SENDER\n", fld("Name", P(s_.caps(), s_), 12), fld("DOB", DOB(s_, scc if scc != "AE" else "GB"), 12), fld("Address", A(R, scc), 12), fld("Phone", phone(R, scc, "nat"), 12), fld("ID", sid, 12),
            "\nRECEIVER\n", fld("Name", P(r_.caps(), r_), 12), fld("Country", {"PH": "Philippines", "IN": "India", "NG": "Nigeria", "KE": "Kenya", "MX": "Mexico", "ID": "Indonesia"}[rcc], 12)]
    if payout == "wallet":
        body += fld("Payout", [R.choice(["GCash", "M-Pesa", "Paytm", "OPay", "DANA", "Mercado Pago"]), " ", phone(R, rcc, "intl", region=scc)], 12)
    elif payout == "bank":
        body += fld("Payout", [N(bank(R, rcc)[0], "bank_name"), " A/c ", acct(R, 10)], 12) + fld("Rcv. phone", phone(R, rcc, "intl", region=scc), 12)
    else:
        body += fld("Payout", "Cash pick-up", 12) + fld("Rcv. phone", phone(R, rcc, "intl", region=scc), 12)
    body += ["\n", fld("Sent", M(R, scc if scc != "DE" else "DE", 100, 3000), 12), fld("Fee", M(R, scc, 3, 25), 12),
             fld("Rate", N("1 = %d.%04d" % (R.randint(1, 90), R.randint(0, 9999)), "exchange_rate"), 12), fld("Payable", M(R, rcc, 5000, 200000), 12, "")]
    note = R.choice(["My sister says it's not showing yet.", "I sent this to someone I met on Facebook who said he was stuck at customs.", "They charged me the fee twice.",
                     "Receiver says the name doesn't match."])
    return "receipt", "en", wrap(R, "en", R.choice(["explain", "scam", "refund"]), [body, "\n\n", note])


@tpl(10)
def t_loan_app_harassment(R):
    cc = R.choice(["NG", "KE", "IN", "PH"])
    a = person(R, cc)
    c1, c2 = person(R, cc), person(R, cc)
    app = {"NG": "QuickNaira Loan", "KE": "PesaHaraka", "IN": "InstaRupee", "PH": "Pautang Agad"}[cc]
    mo = Money(R, cc)
    gid = {"NG": lambda: G("22" + dig(R, 9), "ng_bvn"), "KE": lambda: G(R.choice("123") + dig(R, 7), "ke_id"), "IN": lambda: G(pan_random(R, "P", a.family), "in_pan"),
           "PH": lambda: G("%s-%s-%s" % (dig(R, 2), dig(R, 7), dig(R, 1)), "ph_sss")}[cc]()
    idname = {"NG": "BVN", "KE": "ID", "IN": "PAN", "PH": "SSS"}[cc]
    body = [R.choice(["WhatsApp from ", "SMS from "]), phone(R, cc, "intl"), ":\n",
            "Dear ", P(a.caps() if R.random() < 0.5 else a.full(), a), ", your loan of ", mo.N(R.randint(50, 900) * 100), " with ", N(app, "app_name"),
            " is overdue by ", str(R.randint(2, 30)), " days. Repay today or we will contact the people in your phone book: ",
            P(c1.full(), c1), " (", phone(R, cc, "nat"), ") and ", P(c2.full(), c2), " (", phone(R, cc, "nat"), "). Your ", idname, " ", gid,
            " will be reported to all lenders.\n\n", R.choice(["They already messaged my cousin.", "I only borrowed a small amount and repaid most of it.",
                                                                "They are adding crazy charges every day."])]
    lang = {"NG": "en", "KE": "en", "IN": "in", "PH": "tl"}[cc]
    return "chat", RECL[cc] if cc != "PH" else "en", wrap(R, lang, R.choice(["complain", "explain", "scam"]), body)


FAMILY = {
    "en": [("{kid}", "Mum can you send me your card details for the flight? Mine's maxed"), ("Mum", "ok but don't tell your dad 😂"),
           ("Mum", "{card} exp {exp}"), ("Mum", "the 3 numbers on the back are {cvc}"), ("{kid}", "thanks!! booking now")],
    "es": [("{kid}", "Mamá, ¿me pasas los datos de la tarjeta para el billete?"), ("Mamá", "vale, pero devuélvemelo"), ("Mamá", "{card} caduca {exp}"),
           ("Mamá", "CVV {cvc}"), ("{kid}", "gracias!!")],
    "de": [("{kid}", "Papa, kannst du mir kurz deine Kreditkarte schicken? Für die Bahnfahrt"), ("Papa", "{card}"), ("Papa", "gültig bis {exp}, Prüfziffer {cvc}"),
           ("{kid}", "danke, zahl ich dir zurück")],
    "tr": [("{kid}", "Anne kart bilgilerini atar mısın, uçak bileti alacağım"), ("Annem", "{card}"), ("Annem", "son kullanma {exp} cvv {cvc}"), ("{kid}", "teşekkürler ❤️")],
    "pt-BR": [("{kid}", "Mãe, me manda o número do cartão pra comprar a passagem?"), ("Mãe", "{card}"), ("Mãe", "validade {exp} código {cvc}"), ("{kid}", "valeu mãe")],
    "in": [("{kid}", "Papa card details bhejo, train ticket book karna hai"), ("Papa", "{card}"), ("Papa", "expiry {exp}, CVV {cvc}. OTP aayega toh bata dena"), ("{kid}", "ok thanks papa")],
}
FAM_CC = {"en": ["GB", "US", "NG", "AU"], "es": ["ES", "MX"], "de": ["DE"], "tr": ["TR"], "pt-BR": ["BR"], "in": ["IN"]}


@tpl(10)
def t_family_card_chat(R):
    lg = R.choice(sorted(FAMILY))
    cc = R.choice(FAM_CC[lg])
    kid = person(R, cc, born=(1996, 2007))
    iss = R.choice(CARD_BY[cc])
    vals = {"kid": lambda: P(kid.given, kid), "card": lambda: card(R, iss), "exp": lambda: expiry(R), "cvc": lambda: cvc(R, iss == "amex")}
    t0 = datetime.datetime(2026, R.randint(1, 11), R.randint(1, 28), R.randint(7, 22), R.randint(0, 50))
    body = []
    for i, (who, line) in enumerate(FAMILY[lg]):
        ts = N((t0 + datetime.timedelta(minutes=i)).strftime("%d/%m/%Y, %H:%M"), "timestamp")
        body += [ts, " - "] + fill(who, vals) + [": "] + fill(line, vals) + ["\n"]
    follow = {"en": "Now there's a charge I don't recognise on that card. Could this chat be how it leaked?", "es": "Ahora hay un cargo raro en esa tarjeta.",
              "de": "Jetzt ist eine unbekannte Abbuchung auf der Karte.", "tr": "Şimdi kartta tanımadığım bir harcama var.", "pt-BR": "Agora apareceu uma compra estranha nesse cartão.",
              "in": "Ab card pe ek unknown transaction aaya hai."}[lg]
    return "chat_export", rlang(lg) if lg != "in" else "in", wrap(R, lg, R.choice(["scam", "dispute", "explain"]), [body, "\n", follow])


LOGIN = {
    "en": ["My online banking got locked after I tried to log in. Customer ID {cid}, password {pw}. It says: \"{err}\". I'm {name}, registered mobile {phone}. Why?",
           "I keep getting \"{err}\" when I log into the app. I'm typing {pw} which is definitely right. Account holder {name}, {email}."],
    "de": ["Mein Online-Banking ist gesperrt. Anmeldename {cid}, Passwort {pw}. Fehlermeldung: \"{err}\". Ich bin {name}, Handy {phone}. Was soll ich tun?"],
    "es": ["Me han bloqueado la banca online. Usuario {cid}, contraseña {pw}. Sale: \"{err}\". Soy {name}, mi móvil es {phone}."],
    "fr": ["Mon accès à la banque en ligne est bloqué. Identifiant {cid}, mot de passe {pw}. Message : \"{err}\". Je suis {name}, {email}."],
    "it": ["Mi hanno bloccato l'home banking. Codice utente {cid}, password {pw}. Errore: \"{err}\". Sono {name}, cell. {phone}."],
    "in": ["Net banking locked ho gaya. User ID {cid}, password {pw}. Error aa raha \"{err}\". Name {name}, mobile {phone}. Kya karun?"],
    "tr": ["İnternet şubem kilitlendi. Müşteri no {cid}, şifre {pw}. Hata: \"{err}\". Ben {name}, telefon {phone}."],
    "pt-BR": ["Meu internet banking bloqueou. Usuário {cid}, senha {pw}. Aparece \"{err}\". Sou {name}, celular {phone}."],
}
LOGIN_CC = {"en": ["GB", "US", "NG", "ZA", "AU", "KE"], "de": ["DE"], "es": ["ES", "MX"], "fr": ["FR"], "it": ["IT"], "in": ["IN"], "tr": ["TR"], "pt-BR": ["BR"]}
LOGIN_ERR = ["Access blocked: too many failed attempts from IP {ip}", "ERR_AUTH_403 – device not recognised", "Your session has expired (code 0x1F)",
             "Login not possible. Reference {ref}"]


@tpl(11)
def t_banking_login(R):
    lg = R.choice(sorted(LOGIN))
    cc = R.choice(LOGIN_CC[lg])
    a = person(R, cc)
    vals = {"cid": lambda: N(R.choice([dig(R, 8), dig(R, 10), rnd(R, string.ascii_uppercase, 2) + dig(R, 6)]), "customer_id"), "pw": lambda: S(R, "password"),
            "name": lambda: P(a.full(), a), "phone": lambda: phone(R, cc, "nat"), "email": lambda: email(R, a, cc)}
    err = R.choice(LOGIN_ERR)
    vals["err"] = lambda: fill(err, {"ip": lambda: IP(R), "ref": lambda: N(rnd(R, string.ascii_uppercase + string.digits, 10), "error_reference")})
    body = fill(R.choice(LOGIN[lg]), vals)
    if R.random() < 0.4:
        body += [" ", {"en": "I also changed it yesterday to", "de": "Gestern hatte ich es geändert auf", "es": "Ayer la cambié a", "fr": "Hier je l'avais changé en",
                       "it": "Ieri l'avevo cambiata in", "in": "Kal change kiya tha", "tr": "Dün şunu yapmıştım:", "pt-BR": "Ontem troquei para"}[lg], " ", S(R, "password"), "."]
    return "chat", rlang(lg) if lg != "in" else "in", body


@tpl(11)
def t_shop_handover(R):
    cc = R.choice(["GB", "US", "DE", "NL", "ES", "IN", "NG", "PH", "AU"])
    owner, helper, acc = person(R, cc), person(R, cc), person(R, cc)
    lg = "in" if cc == "IN" else "en"
    shopdom = R.choice(["lumen-candles", "kiosko-verde", "pasar-kita", "northside-bikes", "ankara-threads", "sari-sari-online"])
    body = ["Handover notes for ", P(helper.given, helper), " while I'm away (", ND(R, cc, "date"), " – ", ND(R, cc, "date"), ")\n\n",
            "Shop admin: ", N("https://%s.myshopify.com/admin" % shopdom, "url"), "\n", "  login ", email(R, owner, cc), " / ", S(R, "password"), "\n",
            "  API token for the stock sync: ", S(R, "shopify"), "\n"]
    opts = R.sample(["paypal", "stripe", "pos", "bank", "gateway"], 3)
    for o in opts:
        if o == "paypal":
            body += ["PayPal business: ", email(R, owner, cc, domain=shopdom.replace("-", "") + ".com"), " pw ", S(R, "password"), " (2FA goes to my phone ", phone(R, cc, "nat"), ")\n"]
        elif o == "stripe":
            body += ["Stripe restricted key for refunds: ", S(R, "stripe_restricted"), "\n"]
        elif o == "pos":
            body += ["Card terminal merchant portal: merchant ID ", N(dig(R, 15), "merchant_id"), ", user ", N("admin" + dig(R, 3), "username"), ", password ", S(R, "password"), "\n"]
        elif o == "bank":
            if cc in ("GB", "DE", "NL", "ES"):
                body += ["Payouts go to ", iban(R, cc), " – don't change it!\n"]
            else:
                body += ["Payouts go to the business account ", acct(R), " – don't change it!\n"]
        else:
            k = {"NG": "paystack", "IN": "razorpay_secret", "PH": "paymongo", "AU": "stripe", "US": "stripe", "GB": "stripe", "DE": "mollie", "NL": "mollie", "ES": "stripe"}[cc]
            body += ["Payment gateway secret key: ", S(R, k), "\n"]
    body += ["\nAccountant: ", P(acc.full(), acc), ", ", phone(R, cc, "nat"), ", ", email(R, acc, cc), "\n", "Refunds over ", M(R, cc, 100, 300, cents=False), " need my OK.\n"]
    q = R.choice(["Is it safe to send this to her over WhatsApp?", "Can you turn this into a tidy checklist?", "Anything I forgot?"])
    return "notes", lg, [body, "\n", q]


@tpl(10)
def t_invoice_mailer(R):
    cc = R.choice(["GB", "US", "DE", "IN", "NL", "ZA", "AU"])
    me = person(R, cc)
    custs = [person(R, cc) for _ in range(R.randint(2, 3))]
    dom = R.choice(["gmail.com", "outlook.com"])
    body = ["import smtplib, ssl\nfrom email.message import EmailMessage\n\n", "SMTP_USER = \"", email(R, me, cc, domain=dom), "\"\n",
            "SMTP_PASS = \"", S(R, "app_password" if dom == "gmail.com" else "password"), "\"\n"]
    if R.random() < 0.5:
        body += ["SENDGRID_KEY = \"", S(R, "sendgrid"), "\"  # fallback\n"]
    body += ["\nclients = [\n"]
    for c in custs:
        body += ["    (\"", P(c.full(), c), "\", \"", email(R, c, cc), "\", \"", inv_no(R), "\"),\n"]
    body += ["]\n\n", "for name, addr, inv in clients:\n", "    msg = EmailMessage()\n", "    msg[\"Subject\"] = f\"Invoice {inv}\"\n",
             "    msg[\"To\"] = addr\n", "    msg.set_content(f\"Hi {name},\\nplease find attached invoice {inv}.\")\n",
             "    with smtplib.SMTP_SSL(\"smtp.%s\", 465) as s:\n" % dom, "        s.login(SMTP_USER, SMTP_PASS)\n", "        s.send_message(msg)\n\n",
             "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')\n"]
    lg = "in" if cc == "IN" else "en"
    return "code", lg, wrap(R, lg, "fix", body, fence=R.random() < 0.5)


RESTR = {
    "en": ("Support", "Hi {name}, your account has been temporarily restricted while we review recent incoming payments. To lift the restriction please confirm: full legal name, date of birth, home address, passport or ID number, and the source of the funds.",
           ["Full name: {fname}", "Date of birth: {dob}", "Address: {addr}", "Passport: {pp}", "Source: selling my old car to {buyer}, he paid me by transfer.", "Mobile: {phone}"]),
    "de": ("Support", "Hallo {name}, dein Konto ist vorübergehend eingeschränkt. Bitte bestätige vollständigen Namen, Geburtsdatum, Wohnadresse, Ausweisnummer und Herkunft der Gelder.",
           ["Name: {fname}", "Geburtsdatum: {dob}", "Adresse: {addr}", "Reisepass: {pp}", "Herkunft: Verkauf meines Autos an {buyer}.", "Handy: {phone}"]),
    "es": ("Soporte", "Hola {name}, hemos restringido tu cuenta temporalmente. Confirma nombre completo, fecha de nacimiento, domicilio, número de documento y el origen de los fondos.",
           ["Nombre: {fname}", "Fecha de nacimiento: {dob}", "Domicilio: {addr}", "DNI: {dni}", "Origen: venta de mi coche a {buyer}.", "Móvil: {phone}"]),
    "fr": ("Assistance", "Bonjour {name}, votre compte est temporairement restreint. Merci de confirmer nom complet, date de naissance, adresse, numéro de pièce d'identité et origine des fonds.",
           ["Nom : {fname}", "Né(e) le : {dob}", "Adresse : {addr}", "Passeport : {pp}", "Origine : vente de ma voiture à {buyer}.", "Portable : {phone}"]),
    "it": ("Assistenza", "Ciao {name}, il tuo conto è temporaneamente limitato. Conferma nome completo, data di nascita, indirizzo, numero del documento e provenienza dei fondi.",
           ["Nome: {fname}", "Data di nascita: {dob}", "Indirizzo: {addr}", "Codice fiscale: {cf}", "Provenienza: vendita dell'auto a {buyer}.", "Cellulare: {phone}"]),
    "pl": ("Wsparcie", "Cześć {name}, Twoje konto zostało czasowo ograniczone. Potwierdź imię i nazwisko, datę urodzenia, adres, numer dokumentu i źródło środków.",
           ["Imię i nazwisko: {fname}", "Data urodzenia: {dob}", "Adres: {addr}", "PESEL: {pesel}", "Źródło: sprzedaż auta – kupujący {buyer}.", "Telefon: {phone}"]),
}
RESTR_CC = {"en": ["GB", "IE" if False else "GB", "AU", "US"], "de": ["DE"], "es": ["ES"], "fr": ["FR"], "it": ["IT"], "pl": ["PL"]}


@tpl(11)
def t_account_restricted(R):
    lg = R.choice(sorted(RESTR))
    cc = R.choice(RESTR_CC[lg])
    ag, msg, answers = RESTR[lg]
    a, buyer = person(R, cc), person(R, cc)
    vals = {"name": lambda: P(a.given, a), "fname": lambda: P(a.full(), a), "dob": lambda: DOB(a, cc, R.choice(["num", "long"])), "addr": lambda: A(R, cc),
            "pp": lambda: passport(R, cc), "dni": lambda: G(dni_s(R), "es_dni"), "cf": lambda: G(cf_s(R, a), "it_cf"), "pesel": lambda: G(pesel_make(R, a), "pl_pesel"),
            "buyer": lambda: P(buyer.full(), buyer), "phone": lambda: phone(R, cc, "nat")}
    brand = R.choice(["Kartly", "Neon Wallet", "Monzu"])
    body = [brand, " chat\n", ag, ": "] + fill(msg, vals) + ["\n", {"en": "Me", "de": "Ich", "es": "Yo", "fr": "Moi", "it": "Io", "pl": "Ja"}[lg], ": "]
    for i, ans in enumerate(answers):
        body += fill(ans, vals) + ["\n"]
    body += [ag, ": ", {"en": "Thanks, a specialist will review within 5 working days.", "de": "Danke, ein Spezialist prüft das innerhalb von 5 Werktagen.",
                        "es": "Gracias, lo revisará un especialista en 5 días hábiles.", "fr": "Merci, un spécialiste examinera votre dossier sous 5 jours ouvrés.",
                        "it": "Grazie, uno specialista verificherà entro 5 giorni lavorativi.", "pl": "Dziękujemy, specjalista sprawdzi to w ciągu 5 dni roboczych."}[lg]]
    return "chat", lg, wrap(R, lg, R.choice(["summarise", "complain", "explain"]), body)


@tpl(11)
def t_card_statement(R):
    cc = R.choice(["US", "GB", "IN", "AE", "ZA", "MX", "TR", "AU", "CA"])
    a = person(R, cc)
    mo = Money(R, cc)
    bk = bank(R, cc)
    c = cardc(R, cc)
    lb = {"MX": ("Estado de cuenta", "Titular", "Número de tarjeta", "Límite de crédito", "Pago mínimo", "Fecha límite de pago", "Movimientos"),
          "TR": ("Kredi Kartı Hesap Özeti", "Kart sahibi", "Kart numarası", "Kart limiti", "Asgari ödeme", "Son ödeme tarihi", "İşlemler")}.get(
        cc, ("Credit card statement", "Cardholder", "Card number", "Credit limit", "Minimum payment", "Payment due date", "Transactions"))
    body = [bk[0], " – ", lb[0], "\n", P(a.caps() if R.random() < 0.6 else a.full(), a), "\n", A(R, cc, multi=True), "\n",
            {"MX": "Enviado a: ", "TR": "E-ekstre: "}.get(cc, "e-Statement sent to: "), email(R, a, cc), "\n\n",
            lb[2], ": ", c, "\n", lb[3], ": ", mo.N(R.randint(1000, 30000) * 100), "\n", lb[4], ": ", mo.N(R.randint(25, 400) * 100), "\n",
            lb[5], ": ", ND(R, cc, "due_date"), "\n\n", lb[6], ":\n"]
    dup = R.random() < 0.5
    rows = []
    for _ in range(R.randint(3, 6)):
        d = rdate(R, (2026, 9, 1), (2026, 11, 25))
        row = [N(fdate(d, cc), "transaction_date"), "  ", N(R.choice(["NETFLIX.COM", "UBER *TRIP", "AMZN MKTP", "SPOTIFY", "SHELL", "CAREEM FOOD", "MIGROS", "OXXO", "WOOLWORTHS",
                                                                          "SWIGGY", "TIM HORTONS", "STARBUCKS", "APPLE.COM/BILL", "AIRBNB"]), "merchant"), "  ", mo.N(R.randint(3, 600) * 100 + R.randint(0, 99)), "\n"]
        rows.append(row)
    if dup:
        rows.append(rows[-1])
    for r in rows:
        body += r
    if R.random() < 0.7:
        sec = other(R, a, family=a.family)
        body += ["\n", {"MX": "Tarjeta adicional: ", "TR": "Ek kart: "}.get(cc, "Additional card: "), cardc(R, cc), " (", P(sec.full(), sec), ")"]
    rl = RQL[cc] if cc not in ("AE", "ZA") else "en"
    return "statement", RECL[cc], wrap(R, rl, "twice" if dup else R.choice(["explain", "dispute"]), body)


@tpl(10)
def t_bnpl_reminder(R):
    cc = R.choice(["DE", "NL", "GB", "US", "AU", "SE" if False else "GB"])
    a = person(R, cc)
    lg = LANG_OF[cc]
    brand = R.choice(["Paylater Nord", "Afterly", "SplitPay"])
    mo = Money(R, cc)
    t = {"de": ("Zahlungserinnerung", "Hallo {name},\n\ndeine Rate über {amt} für deinen Einkauf bei {shop} war am {due} fällig. Bitte bezahle bis {due2}, sonst fallen Mahngebühren an.",
                "Bestellnummer", "Wir haben versucht, deine Karte {mask} zu belasten."),
         "nl": ("Betalingsherinnering", "Hoi {name},\n\nje termijn van {amt} voor je aankoop bij {shop} stond open op {due}. Betaal vóór {due2} om extra kosten te voorkomen.",
                "Bestelnummer", "We hebben geprobeerd je kaart {mask} te belasten."),
         "en": ("Payment reminder", "Hi {name},\n\nyour instalment of {amt} for your purchase at {shop} was due on {due}. Please pay by {due2} to avoid a late fee.",
                "Order number", "We tried to charge your card {mask}.")}[lg if lg in ("de", "nl") else "en"]
    vals = {"name": lambda: P(a.given, a), "amt": lambda: mo.N(R.randint(15, 300) * 100), "shop": lambda: N(R.choice(["Kaufhaus24", "Brambly & Co", "Winkelwagen.nl", "ShopNest"]), "merchant"),
            "due": lambda: ND(R, cc, "due_date"), "due2": lambda: ND(R, cc, "due_date"), "mask": lambda: masked(R)}
    body = ["From: ", brand, " <", role_email(R, _slug(brand) + ".com", "no-reply"), ">\n", "To: ", email(R, a, cc), "\n", "Subject: ", t[0], "\n\n"] + fill(t[1], vals)
    body += ["\n\n", t[2], ": ", order_no(R), "\n"] + fill(t[3], vals)
    note = {"de": ["\n\nIch habe die Sachen aber am ", ND(R, cc, "return_date"), " zurückgeschickt! Meine Adresse: ", A(R, cc)],
            "nl": ["\n\nMaar ik heb alles op ", ND(R, cc, "return_date"), " teruggestuurd. Mijn adres: ", A(R, cc)],
            "en": ["\n\nBut I returned everything on ", ND(R, cc, "return_date"), ". My address for their records: ", A(R, cc)]}[lg if lg in ("de", "nl") else "en"]
    return "email", lg, wrap(R, RQL[cc], R.choice(["complain", "reply", "explain"]), [body, note])


@tpl(10)
def t_debt_collection(R):
    cc = R.choice(["DE", "GB", "US", "FR", "ES", "NL", "PL"])
    a = person(R, cc)
    mo = Money(R, cc)
    t = {"DE": ("Inkasso Weserland GmbH", "Postfach 10 77 55, 28077 Bremen", "Letzte Mahnung vor gerichtlichem Mahnverfahren",
                "Sehr geehrte/r {name},\n\nunsere Mandantin, die {cred}, hat uns mit dem Einzug der offenen Forderung beauftragt. Aktenzeichen: {file}. Geburtsdatum laut Vertrag: {dob}.\nHauptforderung {amt1}, Inkassokosten {amt2}.\nBitte überweisen Sie den Gesamtbetrag innerhalb von 7 Tagen auf {iban}."),
         "GB": ("Northgate Recoveries Ltd", "PO Box 4421, Manchester M60 3TZ", "Notice of debt assignment",
                "Dear {name},\n\nYour account with {cred} has been assigned to us. Our reference: {file}. Date of birth on file: {dob}.\nBalance outstanding: {amt1} plus fees of {amt2}.\nPay to {iban} quoting your reference."),
         "US": ("Great Plains Collection Services", "PO Box 80177, Lincoln, NE 68501", "Debt validation notice",
                "{name}\n{addr}\n\nThis is an attempt to collect a debt owed to {cred}. Account: {file}. DOB: {dob}.\nAmount due: {amt1}, interest and fees {amt2}.\nYou have 30 days to dispute the validity of this debt."),
         "FR": ("Recouvrement Loire SAS", "BP 2201, 44022 Nantes Cedex 1", "Mise en demeure de payer",
                "Madame, Monsieur {name},\n\nNotre client {cred} nous a confié le recouvrement de votre dette. Dossier n° {file}. Date de naissance : {dob}.\nPrincipal : {amt1}, frais : {amt2}. Virement sur {iban}."),
         "ES": ("Gestión de Cobros Ibérica S.L.", "Apartado de Correos 1180, 46080 Valencia", "Requerimiento de pago",
                "Estimado/a {name}:\n\nActuamos por cuenta de {cred}. Expediente {file}. Fecha de nacimiento: {dob}.\nDeuda: {amt1} más gastos de {amt2}. Ingrese el importe en {iban}."),
         "NL": ("Incassobureau Lagelanden B.V.", "Postbus 3030, 3502 GA Utrecht", "Sommatie",
                "Geachte {name},\n\nNamens {cred} sommeren wij u het openstaande bedrag te voldoen. Dossier {file}. Geboortedatum: {dob}.\nHoofdsom {amt1}, incassokosten {amt2}. Maak over naar {iban}."),
         "PL": ("Windykacja Bałtyk S.A.", "skr. poczt. 88, 80-958 Gdańsk", "Przedsądowe wezwanie do zapłaty",
                "Szanowny Panie / Szanowna Pani {name},\n\nDziałając w imieniu {cred}, wzywamy do zapłaty. Sprawa nr {file}. Data urodzenia: {dob}.\nNależność główna {amt1}, koszty {amt2}. Rachunek: {iban}.")}[cc]
    cred = {"DE": "Hanse Mobilfunk GmbH", "GB": "Skylark Mobile Ltd", "US": "Redwood Wireless", "FR": "Box Horizon Télécom", "ES": "Telecable Norte",
            "NL": "Polder Telecom B.V.", "PL": "Sieć Komórkowa Plus-Minus"}[cc]
    vals = {"name": lambda: P(a.full(), a), "cred": lambda: N(cred, "company_name"), "file": lambda: N("%s-%s" % (dig(R, 4), dig(R, 6)), "file_number"),
            "dob": lambda: DOB(a, cc), "amt1": lambda: mo.N(R.randint(60, 2000) * 100), "amt2": lambda: mo.N(R.randint(20, 180) * 100),
            "iban": lambda: iban(R, cc if cc != "US" else "GB", holder="org"), "addr": lambda: A(R, cc, multi=True)}
    body = [N(t[0], "company_name"), "\n", N(t[1], "company_address"), "\n\n"]
    if cc != "US":
        body += [P(a.full(), a), "\n", A(R, cc, multi=True), "\n\n"]
    body += [t[2], "\n\n"] + fill(t[3], vals)
    note = {"DE": "Ich hatte nie einen Vertrag mit denen.", "GB": "I never had a contract with them.", "US": "I paid this off two years ago.",
            "FR": "Je n'ai jamais eu de contrat chez eux.", "ES": "Nunca he tenido contrato con ellos.", "NL": "Ik heb nooit een contract bij hen gehad.",
            "PL": "Nigdy nie miałem z nimi umowy."}[cc]
    return "letter", RECL[cc], wrap(R, RQL[cc], R.choice(["scam", "reply", "explain"]), [body, "\n\n", note])


@tpl(11)
def t_gateway_log(R):
    cc = R.choice(["US", "GB", "DE", "IN", "NG", "BR", "MX", "TR", "ID", "PH"])
    n = R.randint(3, 4)
    lines = []
    for i in range(n):
        c = person(R, cc)
        ts = "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 11), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))
        code = R.choice(["05 Do not honour", "51 Insufficient funds", "14 Invalid card number", "54 Expired card", "91 Issuer unavailable"])
        lines += [N(ts, "timestamp"), " ERROR [checkout] charge failed: {\"order\":\"", order_no(R, "ord"), "\",\"pan\":\"", card(R, R.choice(CARD_BY.get(cc, ["visa"])), "compact"),
                  "\",\"exp\":\"", expiry(R), "\",\"holder\":\"", P(c.caps(), c), "\",\"email\":\"", email(R, c, cc), "\",\"ip\":\"", IP(R, v6=R.random() < 0.15),
                  "\",\"resp\":\"", code, "\"}\n"]
    q = R.choice(["Why are so many of our card payments failing?", "Our gateway is logging this. Is it normal?", "Which of these declines are our fault?"])
    if R.random() < 0.5:
        q += " (And should we even be logging the full card number?)"
    return "log", "en", wrap(R, "en", "fix", lines) if False else [q, "\n\n", lines]


@tpl(10)
def t_fraud_review(R):
    cc = R.choice(["US", "GB", "DE", "AU", "CA", "FR", "ES", "NL"])
    a = person(R, cc)
    ship_cc = R.choice([cc, cc, "NG", "GB", "US"])
    body = ["Order ", order_no(R, "hash"), " – flagged for manual review (risk score ", N(str(R.randint(71, 98)), "score"), ")\n\n",
            fld("Customer", P(a.full(), a), 18), fld("Email", email(R, a, cc), 18), fld("Phone", phone(R, cc, "intl" if R.random() < 0.5 else "nat"), 18),
            fld("Billing address", A(R, cc), 18), fld("Shipping address", A(R, ship_cc) if ship_cc in ADDR else A(R, cc), 18),
            fld("Card", [R.choice(["Visa", "Mastercard", "Amex"]), " ", N("%s••••%s" % (dig(R, 6), dig(R, 4)), "masked_card")], 18),
            fld("AVS / CVV", R.choice(["N / M", "Z / M", "N / N"]), 18), fld("IP address", IP(R), 18), fld("IP country", N(R.choice(["NG", "RO", "VN", "US", "BR"]), "country_code"), 18),
            fld("Device id", N(uuid_s(R), "device_id"), 18), fld("Total", M(R, cc, 250, 3000), 18, "")]
    return "ticket", "en", [R.choice(["Should I ship this order?", "Is this order fraud?", "Our shop flagged this one. Ship or cancel?"]), "\n\n", body]


SPLIT = {
    "es": ("Piso Calle Almendro 🏠", [("{a}", "Ya he pagado la luz y el internet, son {amt} cada uno"), ("{b}", "te hago Bizum ahora"),
                                    ("{a}", "mi número para el Bizum es {pa}"), ("{c}", "yo prefiero transferencia, pásame IBAN"), ("{a}", "{ia}")]),
    "nl": ("Huisgenoten 🏡", [("{a}", "Energierekening betaald, ieder {amt}"), ("{b}", "Tikkie sturen?"), ("{a}", "{tik}"),
                             ("{c}", "ik maak het gewoon over"), ("{a}", "{ia} t.n.v. {fa}")]),
    "de": ("WG Lindenstraße", [("{a}", "Strom und Internet bezahlt, macht {amt} pro Person"), ("{b}", "Überweis ich dir heute"), ("{a}", "IBAN: {ia}"),
                              ("{c}", "kann ich auch per PayPal an {ea}?"), ("{a}", "klar")]),
    "en": ("Flat bills 💡", [("{a}", "Paid the electric + wifi, it's {amt} each"), ("{b}", "venmo?"), ("{a}", "{venmo} or Zelle to {pa}"),
                            ("{c}", "sending now"), ("{a}", "thanks, {fc} still owes me for last month")]),
    "pt-BR": ("Apê 302", [("{a}", "Paguei luz e internet, deu {amt} pra cada"), ("{b}", "manda o pix"), ("{a}", "chave é meu celular {pa}"),
                         ("{c}", "ou pode ser email? {ea}"), ("{a}", "tanto faz, os dois tão no meu nome, {fa}")]),
}
SPLIT_CC = {"es": "ES", "nl": "NL", "de": "DE", "en": "US", "pt-BR": "BR"}


@tpl(10)
def t_bill_split(R):
    lg = R.choice(sorted(SPLIT))
    cc = SPLIT_CC[lg]
    grp, lines = SPLIT[lg]
    a, b, c = person(R, cc, born=(1990, 2004)), person(R, cc, born=(1990, 2004)), person(R, cc, born=(1990, 2004))
    mo = Money(R, cc)
    pa = phone(R, cc, "nat")
    vals = {"a": lambda: P(a.given, a), "b": lambda: P(b.given, b), "c": lambda: P(c.given, c), "amt": lambda: mo.N(R.randint(20, 90) * 100 + R.choice([0, 50, 33])),
            "pa": lambda: again(pa), "ia": lambda: iban(R, cc if cc in ("ES", "NL", "DE") else "ES"), "fa": lambda: P(a.full(), a), "fc": lambda: P(c.full(), c),
            "ea": lambda: email(R, a, cc), "tik": lambda: N("https://tikkie.me/pay/%s" % rnd(R, ALNUM, 10), "payment_link"),
            "venmo": lambda: N("@" + R.choice(["flat", "apt", "casa", "loft"]) + dig(R, 3) + "-" + R.choice(["bills", "rent", "utilities"]), "venmo_handle")}
    body = [grp, "\n"]
    m0 = R.randint(8 * 60, 20 * 60)
    for who, line in lines:
        m0 += R.randint(1, 40)
        body += ["[", N("%02d:%02d" % (m0 // 60 % 24, m0 % 60), "time"), "] "] + fill(who, vals) + [": "] + fill(line, vals) + ["\n"]
    return "chat_export", rlang(lg), wrap(R, lg, R.choice(["summarise", "check", "reply"]), body)



CARDUPD = {
    "en": ("Subject: Update my card on file", "Hi, my old card {old} has been replaced after a fraud alert, so the {svc} direct payment failed. Please charge my new card {new} (exp {exp}) from now on. Account holder {name}, billing address {addr}, phone {phone}. Thanks!"),
    "de": ("Betreff: Neue Kreditkarte hinterlegen", "Hallo, meine alte Karte {old} wurde gesperrt, deshalb ist die Zahlung für {svc} fehlgeschlagen. Bitte belasten Sie künftig meine neue Karte {new} (gültig bis {exp}). Karteninhaber {name}, Rechnungsadresse {addr}, Tel. {phone}."),
    "es": ("Asunto: Cambio de tarjeta", "Hola, mi tarjeta anterior {old} fue bloqueada y por eso falló el pago de {svc}. Por favor, cobren a partir de ahora en la nueva {new} (caduca {exp}). Titular {name}, dirección {addr}, teléfono {phone}."),
    "fr": ("Objet : mise à jour de ma carte", "Bonjour, mon ancienne carte {old} a été remplacée, le prélèvement pour {svc} a donc échoué. Merci d'utiliser désormais la carte {new} (exp. {exp}). Titulaire {name}, adresse {addr}, tél. {phone}."),
    "it": ("Oggetto: aggiornamento carta", "Buongiorno, la mia vecchia carta {old} è stata sostituita, quindi il pagamento di {svc} non è andato a buon fine. D'ora in poi addebitate la nuova carta {new} (scad. {exp}). Intestatario {name}, indirizzo {addr}, cell. {phone}."),
    "pt-BR": ("Assunto: troca de cartão", "Olá, meu cartão antigo {old} foi cancelado e a cobrança de {svc} falhou. Por favor usem o novo cartão {new} (validade {exp}). Titular {name}, endereço {addr}, celular {phone}."),
    "in": ("Subject: Card change for auto-debit", "Hi, my old card {old} was blocked so {svc} auto-pay failed. Please use new card {new} (expiry {exp}). Name {name}, address {addr}, mobile {phone}."),
}
CU_CC = {"en": ["GB", "US", "AU", "CA", "ZA"], "de": ["DE"], "es": ["ES", "MX"], "fr": ["FR"], "it": ["IT"], "pt-BR": ["BR"], "in": ["IN"]}


@tpl(12)
def t_card_update(R):
    lg = R.choice(sorted(CARDUPD))
    cc = R.choice(CU_CC[lg])
    subj, t = CARDUPD[lg]
    a = person(R, cc)
    iss = R.choice(CARD_BY[cc])
    vals = {"old": lambda: card(R, iss), "new": lambda: card(R, R.choice(CARD_BY[cc])), "exp": lambda: expiry(R), "name": lambda: P(a.full(), a),
            "addr": lambda: A(R, cc), "phone": lambda: phone(R, cc, "nat"), "svc": lambda: N(R.choice(["gym membership", "Fitnessoase", "StreamBox", "Gimnasio Puerta Sur", "Palestra Arcobaleno", "broadband"]), "merchant")}
    body = ["From: ", email(R, a, cc), "\nTo: ", role_email(R, R.choice(["fitnessoase.de", "streambox.example", "telecable.example", "gympass.example"]), R.choice(["billing", "support"])), "\n", subj, "\n\n"] + fill(t, vals)
    return "email", rlang(lg) if lg != "in" else "in", wrap(R, lg, R.choice(["check", "reply", "check"]), body)


BOOK = {
    "en": ["Hi, I'd like to book the {pkg} for two, departing {d}.", "Sure! Please send full names as in passports, dates of birth and a card for the deposit.",
           "{n1}, born {b1}, passport {p1}. {n2}, born {b2}, passport {p2}.", "Thanks. And the card?", "{card}, expiry {exp}. Email for the confirmation: {email}, mobile {phone}."],
    "es": ["Hola, quería reservar el {pkg} para dos, salida el {d}.", "¡Claro! Envíame nombres completos como en el pasaporte, fechas de nacimiento y una tarjeta para la señal.",
           "{n1}, nacido el {b1}, pasaporte {p1}. {n2}, nacida el {b2}, pasaporte {p2}.", "Gracias. ¿Y la tarjeta?", "{card}, caduca {exp}. Correo: {email}, móvil {phone}."],
    "de": ["Hallo, ich möchte das {pkg} für zwei Personen buchen, Abreise {d}.", "Gerne! Bitte vollständige Namen laut Pass, Geburtsdaten und eine Karte für die Anzahlung.",
           "{n1}, geb. {b1}, Pass {p1}. {n2}, geb. {b2}, Pass {p2}.", "Danke. Und die Karte?", "{card}, gültig bis {exp}. Bestätigung bitte an {email}, Handy {phone}."],
    "tr": ["Merhaba, {pkg} için iki kişilik rezervasyon yapmak istiyorum, gidiş {d}.", "Tabii! Pasaporttaki ad soyad, doğum tarihleri ve kapora için kart bilgisi rica ederim.",
           "{n1}, doğum {b1}, pasaport {p1}. {n2}, doğum {b2}, pasaport {p2}.", "Teşekkürler. Kart?", "{card}, son kullanma {exp}. E-posta {email}, cep {phone}."],
    "in": ["Hi, want to book {pkg} for 2 pax, travel on {d}.", "Sure sir! Please share names as per passport, DOB and card for advance.",
           "{n1}, DOB {b1}, passport {p1}. {n2}, DOB {b2}, passport {p2}.", "Thank you sir. Card details?", "{card}, expiry {exp}. Mail {email}, mobile {phone}."],
}
BK_CC = {"en": ["GB", "US", "AU", "NG", "ZA", "KE", "PH"], "es": ["ES", "MX"], "de": ["DE"], "tr": ["TR"], "in": ["IN"]}


@tpl(12)
def t_booking_chat(R):
    lg = R.choice(sorted(BOOK))
    cc = R.choice(BK_CC[lg])
    a = person(R, cc)
    b = Person(R, a.cul, sex="f" if a.sex == "m" else "m", family=a.family if R.random() < 0.5 else None)
    agent = {"en": R.choice(["Sunway Travel", "Horizon Tours"]), "es": "Viajes Alborada", "de": "Reisebüro Kranich", "tr": "Mavi Tur", "in": "Yatra Holidays"}[lg]
    vals = {"pkg": lambda: N(R.choice(["Zanzibar 7-night package", "Bali honeymoon deal", "Dubai city break", "Cancún all-inclusive", "Cappadocia balloon tour"]), "product_name"),
            "d": lambda: ND(R, cc, "departure_date"), "n1": lambda: P(a.full(), a), "n2": lambda: P(b.full(), b), "b1": lambda: DOB(a, cc), "b2": lambda: DOB(b, cc),
            "p1": lambda: passport(R, cc), "p2": lambda: passport(R, cc), "card": lambda: cardc(R, cc), "exp": lambda: expiry(R), "email": lambda: email(R, a, cc),
            "phone": lambda: phone(R, cc, "nat")}
    body = [agent, " (WhatsApp Business)\n"]
    m0 = R.randint(8 * 60, 20 * 60)
    for i, line in enumerate(BOOK[lg]):
        who = [P(a.given, a)] if i % 2 == 0 else [agent]
        m0 += R.randint(1, 25)
        body += ["[", N("%02d:%02d" % (m0 // 60, m0 % 60), "time"), "] "] + who + [": "] + fill(line, vals) + ["\n"]
    body += ["\n", N("Deposit: ", "label"), M(R, cc, 150, 900)]
    return "chat", rlang(lg) if lg != "in" else "in", wrap(R, lg, R.choice(["scam", "check", "summarise"]), body)


# ================================================================ clean templates (no personal data; look-alikes only)

def bad_iban(R, cc):
    s = iban_random(R, cc)
    while True:
        k = "%02d" % R.randint(2, 98)
        t = s[:2] + k + s[4:]
        if iban_mod97(t) != 1:
            return N(group(t, 4), "iban_checksum_failure")


def bad_card(R, issuer="visa"):
    d = card_digits(R, issuer)
    d = d[:-1] + str((int(d[-1]) + R.randint(1, 9)) % 10)
    assert not luhn_ok(d)
    return N(fmt_card(R, d, "space"), "luhn_failure")


RCPT = {"DE": ("REWE Markt GmbH", "Holstenstraße 120, 24103 Kiel", ["Vollmilch 1,5%", "Bio Bananen", "Roggenbrot", "Pfand"], "MwSt", "Summe", "EUR", "Kartenzahlung"),
        "GB": ("Coopers Foodhall Ltd", "22 High Street, Harrogate HG1 1BU", ["Semi skimmed 2pt", "Sourdough", "Free range eggs x6", "Bag for life"], "VAT", "TOTAL", "GBP", "Card payment"),
        "FR": ("Marché Fraîcheur SAS", "14 rue de Siam, 29200 Brest", ["Baguette tradition", "Comté 200g", "Pommes Gala", "Eau gazeuse"], "TVA", "TOTAL", "EUR", "CB sans contact"),
        "ES": ("Supermercados Vela S.A.", "Calle Larga 8, 11403 Jerez", ["Pan de molde", "Aceite oliva 1L", "Tomates", "Bolsa"], "IVA", "TOTAL", "EUR", "Tarjeta"),
        "IT": ("Alimentari Sole S.r.l.", "Via Toledo 50, 80134 Napoli", ["Mozzarella", "Pasta 500g", "Pomodori", "Caffè macinato"], "IVA", "TOTALE", "EUR", "Pagamento carta"),
        "NL": ("Buurtsuper De Hoek", "Dorpsstraat 14, 1741 AB Schagen", ["Halfvolle melk", "Kaas jong belegen", "Stroopwafels", "Tas"], "btw", "TOTAAL", "EUR", "Pin"),
        "US": ("GREEN VALLEY MARKET #412", "1900 W Main St, Boise, ID 83702", ["ORG SPINACH", "2% MILK GAL", "SOURDOUGH", "BANANAS"], "TAX", "TOTAL", "USD", "DEBIT"),
        "IN": ("Annapurna Supermart", "Shop 4, MG Road, Pune 411001", ["Toor dal 1kg", "Basmati 5kg", "Amul butter", "Parle-G"], "GST", "TOTAL", "INR", "UPI"),
        "TR": ("Kardelen Market A.Ş.", "Bağdat Cad. No: 300, Kadıköy/İstanbul", ["Süt 1L", "Beyaz peynir", "Simit", "Poşet"], "KDV", "TOPLAM", "TRY", "Kredi kartı"),
        "BR": ("Supermercado Ipê Ltda.", "Av. Paulista, 900 - São Paulo - SP", ["Arroz 5kg", "Feijão 1kg", "Café 500g", "Sacola"], "ICMS", "TOTAL", "BRL", "Débito")}


@tpl(10, clean=True)
def c_shop_receipt(R):
    cc = R.choice(sorted(RCPT))
    co, addr, items, tax, tot, cur, pay = RCPT[cc]
    mo = Money(R, cc)
    body = [N(co, "company_name"), "\n", N(addr, "company_address"), "\n", "Tel. ", company_phone(R, cc if cc in ("DE", "GB", "FR", "ES", "IT", "NL", "US", "IN", "TR", "BR") else "GB"), "\n",
            vat(R, cc if cc in ("DE", "GB", "FR", "ES", "IT", "NL", "US", "IN", "TR", "BR") else "GB"), "\n\n"]
    total = 0
    for it in R.sample(items, R.randint(2, 4)):
        x = R.randint(50, 900)
        total += x
        body += [it.ljust(22), mo.N(x), "\n"]
    rate = {"DE": 19, "GB": 20, "FR": 20, "ES": 21, "IT": 22, "NL": 21, "US": 6, "IN": 5, "TR": 10, "BR": 18}[cc]
    body += [tot, "  ", mo.N(total), "\n", tax, " ", N("%d%%" % rate, "rate"), "  ", mo.N(total - total * 100 // (100 + rate) if cc != "US" else total * rate // 100), "\n",
             pay, " ", masked(R), "  ", N(R.choice(["A0000000031010", "A0000000041010"]), "emv_aid"), "\n", "TID ", N(dig(R, 8), "terminal_id"), "  Beleg-Nr. " if cc == "DE" else "  Receipt ",
             N(dig(R, 6), "receipt_number"), "\n", N(datetime.datetime(2026, R.randint(1, 11), R.randint(1, 28), R.randint(7, 21), R.randint(0, 59)).strftime("%d.%m.%Y %H:%M"), "timestamp"), "\n",
             R.choice(["Kasse 3", "Till 02", "Caisse 4", "Caja 1"]), " · ", N(R.choice(["Payback-Karte", "Clubcard", "Carte fidélité", "Tarjeta club"]), "label"), " ", loyalty(R)]
    return "receipt", RECL[cc], wrap(R, RQL[cc], R.choice(["explain", "twice", "check"]), body)


@tpl(10, clean=True)
def c_tracking_updates(R):
    cc = R.choice(["DE", "GB", "US", "NL", "PL", "IN", "ID", "PH", "JP", "BR", "FR", "ES"])
    carrier = R.choice(CARRIERS[cc])
    body = [carrier, R.choice([" – Sendungsverfolgung", " tracking", " – status"]), "\n", "Tracking: ", tracking(R, carrier), "\n", "Order: ", order_no(R), "\n\n"]
    d = rdate(R, (2026, 1, 5), (2026, 11, 20))
    steps = ["Shipment information received", "Picked up", "Arrived at sorting centre", "Departed facility", "Out for delivery", "Delivery attempted – recipient not available",
             "Held at depot"]
    fac = {"DE": ["Hub Leipzig", "Paketzentrum Kiel"], "GB": ["East Midlands Gateway", "Warrington Hub"], "US": ["Louisville KY", "Memphis TN"], "NL": ["Nieuwegein", "Amsterdam Sorteercentrum"],
           "PL": ["Stryków", "Kraków Sortownia"], "IN": ["Bhiwandi Hub", "Pune Gateway"], "ID": ["Cakung Hub", "Bandung DC"], "PH": ["Pasay Hub", "Cebu Gateway"], "JP": ["羽田クロノゲート", "渋谷センター"],
           "BR": ["Curitiba CTE", "Cajamar CD"], "FR": ["Chilly-Mazarin PFC", "Rennes Plateforme"], "ES": ["Coslada CTA", "Valencia Centro"]}[cc]
    t = datetime.datetime(d.year, d.month, d.day, R.randint(5, 10), R.randint(0, 59))
    for i, st in enumerate(steps[:R.randint(4, 7)]):
        t += datetime.timedelta(minutes=R.randint(40, 900))
        body += [N(t.strftime("%Y-%m-%d %H:%M"), "timestamp"), "  ", st, "  ", N(R.choice(fac), "facility"), "\n"]
    body += ["\nPickup point: ", N(DEPOT[cc], "depot_address"), "\n", "Questions: ", role_email(R, carrier.lower().replace(" ", "").replace("&", "") + ".example", "no-reply"),
             " · ", company_phone(R, cc)]
    return "notes", RECL[cc], wrap(R, RQL[cc] if RQL[cc] in REQ else "en", R.choice(["explain", "complain"]), body)


@tpl(10, clean=True)
def c_flight_change(R):
    body = [R.choice(AIRLINES)[0], " – schedule change\n", "Booking ", pnr(R), "\n\n", "Original: ", flight(R), "  ", N(rdate(R).strftime("%d %b %Y"), "flight_date"), "  dep ",
            N("%02d:%02d" % (R.randint(5, 22), R.choice([0, 15, 30, 45])), "time"), "  seat ", seat(R), "\n", "New:      ", flight(R), "  ", N(rdate(R).strftime("%d %b %Y"), "flight_date"),
            "  dep ", N("%02d:%02d" % (R.randint(5, 22), R.choice([0, 15, 30, 45])), "time"), "  seat ", seat(R), "\n", "Tickets: ", eticket(R), ", ", eticket(R), "\n",
            "Fare difference: ", M(R, R.choice(["GB", "DE", "US"]), 0, 180), "\n", "Loyalty account: ", loyalty(R), "\n",
            "Contact: ", role_email(R, "meridianair.example", "rebooking"), " or ", company_phone(R, R.choice(["GB", "DE", "US", "ES"])), "\n"]
    q = R.choice(["Am I owed compensation under EU261 for this?", "The new flight lands 5 hours later, can I refuse it?", "Do I have to pay the fare difference?"])
    return "email", "en", [body, "\n", q]


@tpl(10, clean=True)
def c_bank_fees(R):
    cc = R.choice(["GB", "DE", "US", "NL", "FR", "IN", "AE"])
    bk = bank(R, cc)
    mo = Money(R, cc)
    body = [N(bk[0], "bank_name"), " – tariff sheet (personal accounts)\n", N(bk[2], "bank_address"), "\n"]
    if bk[1]:
        body += ["BIC/SWIFT: ", N(bk[1], "bic"), "\n"]
    if cc == "GB":
        body += ["Sort code for all branches: ", sortcode(R), "\n"]
    if cc == "US":
        body += ["Routing number (ACH/wire): ", aba(R), "\n"]
    if cc == "IN":
        body += ["IFSC (main branch): ", ifsc(R), "\n"]
    body += ["\n", "Monthly fee, current account: ", mo.N(R.randint(0, 1200)), "\n", "Foreign card payments: ", N("%d.%d%%" % (R.randint(0, 2), R.randint(0, 9)), "rate"), "\n",
             "International transfer (SWIFT): ", mo.N(R.randint(500, 3500)), "\n", "Replacement card: ", mo.N(R.randint(0, 1500)), "\n", "Overdraft rate: ",
             N("%d.%02d%% EAR" % (R.randint(9, 39), R.randint(0, 99)), "rate"), "\n\n", "Customer service: ", company_phone(R, cc), " · ", role_email(R, bk[3], "service"), "\n",
             "Valid from ", ND(R, cc, "effective_date"), "."]
    return "pdf", "en", wrap(R, RQL[cc] if cc not in ("AE",) else "en", R.choice(["explain", "summarise"]), body)


@tpl(10, clean=True)
def c_crypto_pending(R):
    coin = R.choice(["btc", "eth", "trx"])
    body = ["Status: ", R.choice(["Pending (0/2 confirmations)", "Unconfirmed", "Processing"]), "\n", "From: ", wallet(R, coin), "\n", "To:   ", wallet(R, coin), "\n",
            "Tx hash: ", txhash(R, coin == "eth"), "\n", "Fee: ", N(R.choice(["0.00004 BTC", "0.0021 ETH", "14.2 TRX", "23 sat/vB"]), "crypto_amount"), "\n",
            "Block: ", N(str(R.randint(800000, 23000000)), "block_height"), "\n", "Submitted: ", N("2026-%02d-%02d %02d:%02d UTC" % (R.randint(1, 11), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59)), "timestamp"), "\n"]
    q = R.choice(["Why has this been pending for 6 hours?", "The exchange says it's sent but my wallet shows nothing. Why?", "Can I speed this up?", "Kenapa transaksinya masih pending?",
                  "¿Por qué sigue pendiente la transacción?", "İşlem neden hâlâ beklemede?"])
    lang = "id" if q.startswith("Kenapa") else "es" if q.startswith("¿") else "tr" if q.startswith("İşlem") else "en"
    return "notes", lang, [q, "\n\n", body]


@tpl(10, clean=True)
def c_gift_card_scam(R):
    lg = R.choice(["en", "en", "de", "es", "in"])
    codes = [giftcode(R) for _ in range(R.randint(2, 4))]
    if lg == "en":
        body = ["Someone called saying they were from the tax office and that I owed ", M(R, R.choice(["US", "GB", "AU"]), 300, 2000), ". They told me to buy gift cards at the supermarket and read out the codes:\n"]
    elif lg == "de":
        body = ["Ein angeblicher Microsoft-Mitarbeiter hat angerufen, mein PC sei gehackt. Ich sollte Guthabenkarten für ", M(R, "DE", 100, 900), " kaufen und ihm die Codes geben:\n"]
    elif lg == "es":
        body = ["Me llamaron diciendo que eran de Hacienda y que debía ", M(R, "ES", 200, 1500), ". Me pidieron tarjetas regalo y les pasé los códigos:\n"]
    else:
        body = ["Caller said my electricity will be cut tonight unless I pay ", M(R, "IN", 500, 9000), " via gift vouchers. I already gave these codes:\n"]
    for c in codes:
        body += ["- ", c, "\n"]
    body += ["The receipt says card no. ", N(dig_nl(R, 16, "6"), "gift_card_number"), ", store ", N("#%s" % dig(R, 4), "store_number"), ", ", ND(R, "GB", "purchase_date"), "."]
    return "notes", rlang(lg) if lg != "in" else "in", wrap(R, lg, "scam", body)


@tpl(10, clean=True)
def c_price_change(R):
    cc = R.choice(["DE", "GB", "FR", "ES", "IT", "NL", "PL"])
    t = {"DE": ("Preisanpassung zum {d}", "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nzum {d} ändert sich der Arbeitspreis Ihres Tarifs von {p1} auf {p2} pro kWh. Ihr neuer Abschlag beträgt {m}. Sie haben ein Sonderkündigungsrecht bis {d2}.",
                 "Kundennummer", "Vertragsnummer"),
         "GB": ("Your new prices from {d}", "Dear Customer,\n\nFrom {d} your unit rate will change from {p1} to {p2} per kWh and your Direct Debit will be {m}. You can switch without exit fees until {d2}.",
                "Account number", "Agreement"),
         "FR": ("Évolution de vos prix au {d}", "Chère cliente, cher client,\n\nau {d}, le prix du kWh passera de {p1} à {p2}. Votre nouvelle mensualité sera de {m}. Vous pouvez résilier sans frais jusqu'au {d2}.",
                "N° client", "N° contrat"),
         "ES": ("Actualización de precios desde el {d}", "Estimado cliente:\n\na partir del {d} el precio pasará de {p1} a {p2} por kWh. Su nueva cuota será de {m}. Puede darse de baja sin penalización hasta el {d2}.",
                "Nº cliente", "Nº contrato"),
         "IT": ("Aggiornamento prezzi dal {d}", "Gentile cliente,\n\ndal {d} il prezzo passerà da {p1} a {p2} per kWh. La nuova rata sarà di {m}. Può recedere senza penali entro il {d2}.",
                "Codice cliente", "N. contratto"),
         "NL": ("Nieuwe tarieven per {d}", "Beste klant,\n\nper {d} wijzigt je tarief van {p1} naar {p2} per kWh. Je nieuwe termijnbedrag wordt {m}. Je kunt kosteloos opzeggen tot {d2}.",
                "Klantnummer", "Contractnummer"),
         "PL": ("Zmiana cen od {d}", "Szanowni Państwo,\n\nod {d} cena zmieni się z {p1} na {p2} za kWh. Nowa rata wyniesie {m}. Można wypowiedzieć umowę bez opłat do {d2}.",
                "Nr klienta", "Nr umowy")}[cc]
    mo = Money(R, cc)
    vals = {"d": lambda: ND(R, cc, "effective_date"), "d2": lambda: ND(R, cc, "deadline"), "p1": lambda: mo.N(R.randint(25, 45)), "p2": lambda: mo.N(R.randint(30, 55)),
            "m": lambda: mo.N(R.randint(40, 200) * 100)}
    co = UTIL.get(cc, UTIL["DE"])[0] if cc in UTIL else "Energa Pomorze Sp. z o.o."
    body = [N(co, "company_name"), "\n"] + fill(t[0], vals) + ["\n\n"] + fill(t[1], vals) + ["\n\n", t[2], ": ", custno(R), "   ", t[3], ": ", N(dig(R, 10), "contract_number"), "\n",
                                                                                         role_email(R, _slug(co.split(" ")[0]) + "." + cc.lower(), "service"), " · ", company_phone(R, cc)]
    return "letter", RECL[cc], wrap(R, RQL[cc], R.choice(["explain", "reply", "summarise"]), body)


@tpl(10, clean=True)
def c_budget(R):
    cc = R.choice(["GB", "US", "DE", "ES", "IN", "BR", "NL", "FR"])
    mo = Money(R, cc)
    cats = {"GB": ["Rent", "Council tax", "Energy", "Groceries", "Phone", "Netflix", "Savings"], "US": ["Rent", "Car payment", "Groceries", "Utilities", "Student loan", "Gym"],
            "DE": ["Miete", "Strom", "Lebensmittel", "Handy", "ÖPNV-Abo", "Sparen"], "ES": ["Alquiler", "Luz", "Comida", "Móvil", "Gimnasio", "Ahorro"],
            "IN": ["Rent", "EMI", "Groceries", "Electricity", "Mobile recharge", "SIP"], "BR": ["Aluguel", "Condomínio", "Mercado", "Luz", "Internet", "Poupança"],
            "NL": ["Huur", "Zorgverzekering", "Boodschappen", "Energie", "Sparen"], "FR": ["Loyer", "Électricité", "Courses", "Mutuelle", "Épargne"]}[cc]
    body = ["category,budget,spent,due\n"]
    for c in cats:
        body += [c, ",", N(mo.fmt(R.randint(20, 1500) * 100).replace(",", " ") if False else "%d" % R.randint(20, 1500), "amount"), ",",
                 N("%d.%02d" % (R.randint(10, 1600), R.randint(0, 99)), "amount"), ",", ND(R, cc, "due_date", "iso"), "\n"]
    body += ["\n", {"GB": "Payday moves when the 28th falls on ", "US": "Rent goes out early because of ", "DE": "Gehalt kommt früher wegen ",
                    "ES": "La nómina se adelanta por ", "IN": "Salary credit delayed due to ", "BR": "O salário atrasa por causa d", "NL": "Salaris komt eerder vanwege ",
                    "FR": "Le virement du salaire est décalé à cause de "}[cc], holiday(R, cc), "."]
    q = {"GB": "Where am I overspending?", "US": "Can you summarise where my money goes?", "DE": "Wo gebe ich zu viel aus?", "ES": "¿Dónde gasto de más?",
         "IN": "Kahan zyada kharcha ho raha hai?", "BR": "Onde estou gastando demais?", "NL": "Waar geef ik te veel uit?", "FR": "Où est-ce que je dépense trop ?"}[cc]
    return "csv", RECL[cc], [q, "\n\n", body]


@tpl(10, clean=True)
def c_loan_compare(R):
    cc = R.choice(["GB", "US", "DE", "IN", "AU", "ES", "MX"])
    mo = Money(R, cc)
    body = ["Offer A: ", N(R.choice(["Thamesgate Bank", "Summit Harbor", "Nordbank Direkt", "Coromandel Bank", "Southern Cross Mutual", "Banco Meridiano", "Banco Altiplano"]), "bank_name"),
            " – ", mo.N(R.randint(5000, 50000) * 100), " over ", str(R.choice([36, 48, 60, 84])), " months, APR ", N("%d.%d%%" % (R.randint(4, 19), R.randint(0, 9)), "rate"),
            ", arrangement fee ", mo.N(R.randint(0, 900) * 100), "\n", "Offer B: ", N(R.choice(["QuickCash Finance", "LendLoop", "Prestamos Ya", "EasyEMI"]), "company_name"),
            " – same amount, ", str(R.choice([24, 36, 48])), " months, ", N("%d.%d%%" % (R.randint(8, 39), R.randint(0, 9)), "rate"), " p.a. flat, early repayment charge ",
            N("%d%%" % R.randint(1, 5), "rate"), "\n", "Offer reference: ", N("LN-" + dig(R, 8), "application_number"), ", valid until ", ND(R, cc, "expiry_date"), "\n"]
    q = R.choice(["Which one is actually cheaper?", "What's the difference between APR and flat rate here?", "Is offer B a rip-off?"])
    return "notes", "en" if cc not in ("DE", "ES", "MX", "IN") else RECL[cc], [body, "\n", q]


@tpl(10, clean=True)
def c_holiday_notice(R):
    cc = R.choice(["GB", "DE", "IN", "AE", "KE", "ZA", "NG", "TR", "ID", "PH", "JP", "KR"])
    lg = RECL[cc]
    bk = bank(R, cc)
    body = [N(bk[0], "bank_name"), "\n", {"ja": "休業日のお知らせ", "ko": "휴무 안내", "de": "Hinweis zu Feiertagen", "tr": "Resmî tatil duyurusu", "id": "Pemberitahuan libur"}.get(lg, "Holiday notice"), "\n\n",
            {"ja": "以下の期間は窓口を休業いたします：", "ko": "다음 기간 동안 영업점은 휴무합니다: ", "de": "Unsere Filialen bleiben geschlossen am ", "tr": "Şubelerimiz şu tarihte kapalıdır: ",
             "id": "Kantor cabang tutup pada "}.get(lg, "Our branches will be closed for "), holiday(R, cc), ". ",
            {"ja": "期日が休業日にあたる引き落としは翌営業日（", "ko": "휴일에 해당하는 자동이체는 다음 영업일(", "de": "Lastschriften mit Fälligkeit an diesem Tag werden am nächsten Bankarbeitstag (",
             "tr": "Bu güne denk gelen otomatik ödemeler bir sonraki iş günü (", "id": "Autodebet yang jatuh tempo pada hari itu diproses hari kerja berikutnya ("}.get(lg, "Payments due on that day will be processed on the next working day ("),
            ND(R, cc, "processing_date"), ").\n\n", {"ja": "お問い合わせ：", "ko": "문의: ", "de": "Service: ", "tr": "Müşteri hizmetleri: ", "id": "Halo: "}.get(lg, "Helpline: "),
            company_phone(R, cc), "\n", {"ja": "ATMとインターネットバンキングは通常どおりご利用いただけます。", "ko": "ATM과 인터넷뱅킹은 정상적으로 이용하실 수 있습니다.",
                                      "de": "Geldautomaten und Online-Banking stehen wie gewohnt zur Verfügung.", "tr": "ATM ve internet şubesi kesintisiz hizmet vermektedir.",
                                      "id": "ATM dan mobile banking tetap dapat digunakan seperti biasa."}.get(lg, "ATMs and online banking remain available as usual.")]
    return "notice", lg, wrap(R, RQL[cc] if RQL[cc] in REQ else "en", "explain", body)


@tpl(10, clean=True)
def c_device_plan(R):
    body = ["Trade-in quote ", N("TQ-" + dig(R, 7), "quote_number"), "\n", "Device: ", R.choice(["iPhone 13 128GB", "Galaxy S22", "Pixel 7", "Redmi Note 12"]), "\n",
            "IMEI 1: ", imei(R), "\n", "IMEI 2: ", imei(R), "\n", "Serial: ", serial(R), "\n", "SIM ICCID: ", N(luhn_complete("8944" + dig(R, 15)), "iccid"), "\n",
            "Condition: ", R.choice(["B – light scratches", "A – as new", "C – cracked back"]), "\n", "Trade-in value: ", M(R, R.choice(["GB", "US", "DE", "AU"]), 40, 400), "\n",
            "New plan: ", N(R.choice(["Unlimited Max 5G", "Giga 100", "Essentials 30GB"]), "plan_name"), ", ", M(R, "GB", 10, 60), "/month for 24 months, starts ", ND(R, "GB", "start_date"), "\n"]
    q = R.choice(["Is this trade-in a fair price?", "Why are there two IMEI numbers?", "Should I take the 24-month plan or SIM-only?"])
    return "notes", "en", [q, "\n\n", body]


@tpl(10, clean=True)
def c_invoice_template(R):
    lg = R.choice(["en", "de", "es", "fr", "nl"])
    t = {"en": ["INVOICE {{invoice_number}}\n", "Bill to: [Client Name]\n[Client address line 1]\n[City, Postcode]\n\n", "Date: DD/MM/YYYY   Due: DD/MM/YYYY\n",
                "Description            Qty   Rate     Amount\n[Service]              1     0.00     0.00\n\n", "Pay to: ", "Sort code 00-00-00, account 00000000\n", "Reference: {{invoice_number}}"],
         "de": ["RECHNUNG Nr. {{rechnungsnummer}}\n", "An: Max Mustermann\nMusterstraße 1\n12345 Musterstadt\n\n", "Datum: TT.MM.JJJJ   Fällig: TT.MM.JJJJ\n",
                "Leistung              Menge   Preis    Betrag\n[Leistung]             1       0,00 €   0,00 €\n\n", "Zahlbar an: ", "BIC: XXXXDEXXXXX\n", "Steuernummer: 00/000/00000"],
         "es": ["FACTURA Nº [número]\n", "Cliente: [Nombre y apellidos]\nNIF: [00000000X]\n[Dirección]\n\n", "Fecha: DD/MM/AAAA\n",
                "Concepto               Uds.   Precio   Importe\n[Concepto]             1      0,00 €   0,00 €\n\n", "Cuenta: ", "", "Forma de pago: transferencia"],
         "fr": ["FACTURE N° [numéro]\n", "Client : [Prénom Nom]\n[Adresse]\n\n", "Date : JJ/MM/AAAA\n",
                "Désignation            Qté   PU HT    Total HT\n[Prestation]           1     0,00 €   0,00 €\n\n", "IBAN : ", "", "TVA non applicable, art. 293 B du CGI"],
         "nl": ["FACTUUR [nummer]\n", "Aan: [Naam klant]\n[Adres]\n[Postcode Plaats]\n\n", "Datum: DD-MM-JJJJ\n",
                "Omschrijving           Aantal   Prijs    Bedrag\n[Dienst]               1        € 0,00   € 0,00\n\n", "IBAN: ", "", "KvK: 00000000"]}[lg]
    ph = {"en": "GB00 XXXX 0000 0000 0000 00", "de": "DE00 0000 0000 0000 0000 00", "es": "ES00 0000 0000 0000 0000 0000", "fr": "FR76 XXXX XXXX XXXX XXXX XXXX XXX", "nl": "NL00 BANK 0000 0000 00"}[lg]
    body = [N(t[0], "placeholder"), N(t[1], "placeholder"), t[2], t[3], t[4], N(ph, "iban_placeholder"), "\n", t[5], N(t[6], "placeholder")]
    if R.random() < 0.5:
        body += ["\n(an IBAN that fails the check, from an old draft: ", bad_iban(R, {"en": "GB", "de": "DE", "es": "ES", "fr": "FR", "nl": "NL"}[lg]), ")"]
    q = {"en": "Is this invoice template missing anything legally required?", "de": "Fehlt in der Vorlage etwas Pflichtiges?", "es": "¿Le falta algo obligatorio a esta plantilla?",
         "fr": "Il manque une mention obligatoire dans ce modèle ?", "nl": "Mist er iets verplichts in dit sjabloon?"}[lg]
    return "invoice", lg, [q, "\n\n", body]


@tpl(10, clean=True)
def c_payment_docs(R):
    stack = R.choice(["stripe", "razorpay", "paystack", "mollie"])
    if stack == "stripe":
        body = ["const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY); // ", N("sk_test_...", "placeholder"), "\n",
                "const pk = '", N("pk_live_" + rnd(R, ALNUM, 24), "publishable_key"), "';\n", "const session = await stripe.checkout.sessions.create({\n",
                "  line_items: [{ price: '", N("price_" + rnd(R, ALNUM, 24), "price_id"), "', quantity: 1 }],\n", "  customer_email: '", N("customer@example.com", "placeholder_email"), "',\n",
                "  mode: 'payment', success_url: '", N("https://example.com/thanks?session_id={CHECKOUT_SESSION_ID}", "url"), "'\n});\n",
                "// test card: ", N("4242 4242 4242 4242", "test_card"), "  exp ", expiry(R), "  cvc ", cvc(R), "\n"]
    elif stack == "razorpay":
        body = ["RAZORPAY_KEY_ID=", N("rzp_test_" + rnd(R, ALNUM, 14), "key_id"), "\n", "RAZORPAY_KEY_SECRET=${RAZORPAY_KEY_SECRET}\n",
                "# webhook events: payment.captured, refund.processed\n", "# sample payment id ", N("pay_" + rnd(R, ALNUM, 14), "payment_id"), ", order ", N("order_" + rnd(R, ALNUM, 14), "order_number"), "\n",
                "# test UPI: ", N("success@razorpay", "placeholder_vpa"), "\n"]
    elif stack == "paystack":
        body = ["PAYSTACK_PUBLIC_KEY=", N("pk_live_" + rnd(R, HEX, 40), "publishable_key"), "\n", "PAYSTACK_SECRET_KEY=", N("<paste-secret-key-here>", "placeholder"), "\n",
                "// amount is in kobo: ", N("500000", "amount_minor"), " = ", N("₦5,000.00", "amount"), "\n", "// test card ", N("4084 0840 8408 4081", "test_card"), ", OTP ", N("123456", "otp_code"), "\n"]
    else:
        body = ["$mollie->setApiKey(getenv('MOLLIE_API_KEY')); // ", N("test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder"), "\n",
                "$payment = $mollie->payments->create(['amount' => ['currency' => 'EUR', 'value' => '", N("10.00", "amount"), "'],\n",
                "  'description' => 'Order #", N(dig(R, 5), "order_number"), "', 'redirectUrl' => '", N("https://example.org/return", "url"), "']);\n",
                "// payment id ", N("tr_" + rnd(R, ALNUM, 10), "payment_id"), "\n"]
    q = R.choice(["Is it safe to commit this file?", "Why does the checkout say 'No such price'?", "Does this leak anything sensitive?", "Is the key handling here ok?"])
    return "code", "en", wrap(R, "en", "fix", body, fence=True) if False else [q, "\n\n```\n", body, "```"]


BRAND_TXN = ["MARKS & SPENCER", "SAINSBURY'S", "McDONALD'S", "BEN & JERRY'S", "TOMMY HILFIGER", "HUGO BOSS", "TED BAKER", "JOHN LEWIS", "WENDY'S", "TIM HORTONS",
             "JOE & THE JUICE", "DR. OETKER SHOP", "CHARLES TYRWHITT", "ALDI", "WELLS FARGO ATM", "CHARLES SCHWAB", "MORGAN STANLEY", "WALT DISNEY PARKS", "KFC", "PAUL BOULANGERIE",
             "FRED PERRY", "CALVIN KLEIN", "RALPH LAUREN", "LEVI'S STORE", "TONY'S CHOCOLONELY", "HARVEY NICHOLS", "MARY KAY", "JACK WOLFSKIN"]


@tpl(10, clean=True)
def c_brand_transactions(R):
    cc = R.choice(["GB", "US", "DE", "NL", "CA"])
    mo = Money(R, cc)
    body = ["Card ", masked(R), " – recent transactions\n"]
    rows = R.sample(BRAND_TXN, R.randint(4, 7))
    dup = R.random() < 0.5
    for i, b in enumerate(rows + ([rows[-1]] if dup else [])):
        body += [ND(R, cc, "transaction_date"), "  ", N(b, "brand_with_name"), "  ", mo.N(R.randint(2, 300) * 100 + R.randint(0, 99)), "  ", authcode(R), "\n"]
    body += ["Available: ", mo.N(R.randint(100, 5000) * 100), "\n"]
    return "statement", RECL[cc] if cc != "CA" else "en", wrap(R, RQL[cc] if cc not in ("CA",) else "en", "twice" if dup else "explain", body)


@tpl(10, clean=True)
def c_fx_sms(R):
    brand = R.choice(["GlobeSend", "Remit Falcon", "SwiftHome"])
    body = [brand, ": Your transfer ", N("MTCN " + dig(R, 10), "mtcn"), " of ", M(R, R.choice(["AE", "US", "GB"]), 100, 3000), " is ready for pick-up. ",
            "Rate locked at ", N("1 AED = %d.%02d PHP" % (R.randint(14, 16), R.randint(0, 99)), "exchange_rate"), " until ", ND(R, "AE", "expiry_date"), ". ",
            "Ref ", N(rnd(R, string.ascii_uppercase + string.digits, 8), "transaction_reference"), ". Help: ", company_phone(R, "AE"), ". ",
            "Never share your MTCN with anyone you haven't met in person.\n\n",
            brand, ": Promo code ", coupon(R), " gives zero fees on your next transfer before ", ND(R, "AE", "deadline"), "."]
    q = R.choice(["Is this real or a scam?", "What does 'rate locked' mean here?", "Should I use this promo?"])
    return "sms", "en", [body, "\n\n", q]


@tpl(10, clean=True)
def c_hotel_policy(R):
    hname, haddr, hcc, lg = R.choice(HOTELS)
    mo = Money(R, hcc)
    body = [N(hname, "hotel_name"), " – booking conditions\n", N(haddr, "company_address"), "\n", "Reservation ", N(rnd(R, string.ascii_uppercase + string.digits, 9), "booking_reference"),
            ", room type ", R.choice(["Double Superior", "Twin Classic", "Junior Suite"]), ", rate code ", N(R.choice(["BAR-FLEX", "ADV-NR", "B&B-14"]), "rate_code"), "\n",
            "Free cancellation until ", N("18:00", "time"), " on ", ND(R, hcc, "deadline"), ". After that, the first night (", mo.N(R.randint(80, 400) * 100), ") is charged.\n",
            "City tax ", mo.N(R.randint(100, 600)), " per person per night, payable at the hotel.\n", "Check-in from 15:00, check-out until 11:00.\n",
            "Contact: ", role_email(R, _slug(hname) + ".example", "reservations"), " · ", company_phone(R, hcc)]
    return "email", "en", wrap(R, "en", R.choice(["explain", "refund"]), body)


@tpl(10, clean=True)
def c_tax_guidance(R):
    lg = R.choice(["en", "de", "es", "fr", "it", "nl", "pt-PT"])
    t = {"en": "Self-employed checklist: VAT threshold {a}; quarterly returns due {d1}, {d2}; keep receipts for 6 years. Example VAT number format: {v}. Payments on account are due 31 January and 31 July.",
         "de": "Für Kleinunternehmer gilt die Umsatzgrenze von {a}. Umsatzsteuer-Voranmeldung bis zum {d1}; Abgabefrist der Steuererklärung {d2}. Beispiel USt-IdNr.: {v}.",
         "es": "Autónomos: el modelo 303 se presenta hasta el {d1}; el modelo 130, hasta el {d2}. Umbral de facturación: {a}. Ejemplo de NIF-IVA intracomunitario: {v}.",
         "fr": "Micro-entreprise : seuil de franchise de TVA {a}. Déclaration trimestrielle avant le {d1}, régularisation avant le {d2}. Exemple de numéro de TVA : {v}.",
         "it": "Regime forfettario: soglia ricavi {a}. Versamento del saldo entro il {d1}, primo acconto entro il {d2}. Esempio di partita IVA: {v}.",
         "nl": "Kleineondernemersregeling: omzetgrens {a}. Btw-aangifte uiterlijk {d1}; inkomstenbelasting vóór {d2}. Voorbeeld btw-id: {v}.",
         "pt-PT": "Regime de isenção: limite de {a}. Declaração periódica de IVA até {d1}; IRS até {d2}. Exemplo de NIF de empresa: {v}."}[lg]
    cc = {"en": "GB", "de": "DE", "es": "ES", "fr": "FR", "it": "IT", "nl": "NL", "pt-PT": "PT"}[lg]
    vals = {"a": lambda: M(R, cc, 20000, 90000, cents=False), "d1": lambda: ND(R, cc, "deadline", "long"), "d2": lambda: ND(R, cc, "deadline", "long"), "v": lambda: vat(R, cc)}
    body = fill(t, vals)
    return "notes", rlang(lg), wrap(R, lg, R.choice(["explain", "summarise", "check"]), body)


@tpl(10, clean=True)
def c_scam_sms(R):
    lg = R.choice(["en", "de", "es", "fr", "it", "nl", "pt-BR", "id", "in"])
    t = {"en": "{carrier}: Your parcel is on hold due to an unpaid customs fee of {amt}. Pay within 24h: {url} Ref {trk}",
         "de": "{carrier}: Ihr Paket konnte nicht zugestellt werden. Versandgebühr {amt} offen. Jetzt bezahlen: {url}",
         "es": "{carrier}: Su envío está retenido por tasas de {amt}. Abone aquí: {url} Ref. {trk}",
         "fr": "{carrier} : votre colis est en attente, frais de {amt} à régler : {url}",
         "it": "{carrier}: il pacco è in giacenza. Paga {amt} di spese doganali: {url}",
         "nl": "{carrier}: uw pakket kan niet worden bezorgd. Betaal {amt} bezorgkosten via {url}",
         "pt-BR": "{carrier}: sua encomenda foi taxada em {amt}. Pague em {url} para liberar. Cód. {trk}",
         "id": "{carrier}: Paket Anda tertahan, bayar bea {amt} di {url} sebelum dikembalikan.",
         "in": "{carrier}: Your shipment is on hold, address incomplete. Update and pay {amt} at {url} within 12 hrs."}[lg]
    cc = {"en": "GB", "de": "DE", "es": "ES", "fr": "FR", "it": "IT", "nl": "NL", "pt-BR": "BR", "id": "ID", "in": "IN"}[lg]
    carrier = R.choice(CARRIERS[cc])
    vals = {"carrier": lambda: carrier, "amt": lambda: M(R, cc, 1, 3), "url": lambda: N("https://%s-%s.%s/%s" % (carrier.lower().replace(" ", "").replace("&", ""), R.choice(["pay", "track", "redelivery"]),
                                                                                                           R.choice(["top", "xyz", "info", "vip"]), rnd(R, string.ascii_lowercase, 6)), "phishing_url"),
            "trk": lambda: N(rnd(R, string.ascii_uppercase + string.digits, 12), "fake_tracking")}
    ctx = {"en": "I am actually waiting for a parcel, so I nearly clicked it.", "de": "Ich warte tatsächlich auf ein Paket, deshalb hätte ich fast geklickt.",
           "es": "Justo estoy esperando un paquete y casi pincho el enlace.", "fr": "J'attends justement un colis, j'ai failli cliquer.",
           "it": "Sto proprio aspettando un pacco, stavo per cliccare.", "nl": "Ik verwacht echt een pakketje, dus ik klikte bijna.",
           "pt-BR": "Estou mesmo esperando uma encomenda, quase cliquei.", "id": "Saya memang lagi nunggu paket, hampir saja saya klik.",
           "in": "Actually I am waiting for a courier, almost clicked the link."}[lg]
    body = ["From: ", N(R.choice(["INFO-SMS", "PAKET", "AVISO", "DELIVERY"]), "sender_id"), "\n",
            N(datetime.datetime(2026, R.randint(1, 11), R.randint(1, 28), R.randint(6, 23), R.randint(0, 59)).strftime("%d/%m/%Y %H:%M"), "timestamp"), "\n"] + fill(t, vals) + ["\n\n", ctx]
    return "sms", rlang(lg) if lg != "in" else "in", wrap(R, lg, "scam", body)


NAMEWORDS = {
    "en": ["Will the payment clear before Monday, or should I chase it?", "Bill me later is tempting but the fees add up.", "Penny stocks are a gamble, my advisor keeps saying.",
           "Sterling fell again against the euro this week.", "Mark the invoice as paid once the money lands.", "The Grant deadline for the small-business fund is next Friday.",
           "Frank answer needed: is a 0% balance transfer worth it?", "Joy of joys, the refund finally arrived.", "Summer sale prices end on the 31st.",
           "Chase the supplier if the credit note hasn't come by then.", "Rich people don't pay retail, apparently.", "The Rand weakened after the announcement."],
    "de": ["Die D-Mark-Münzen von Oma kann man noch bei der Bundesbank tauschen.", "Franken oder Euro – was ist für die Kaution in Zürich besser?", "Ehrlich gesagt lohnt sich das Tagesgeld nicht mehr.",
           "Sonnige Grüße aus dem Homeoffice, die Überweisung ist raus."],
    "es": ["Consuelo: al menos el reembolso llegó antes de fin de mes.", "Dolores de cabeza con el IVA trimestral, como siempre.", "Pilar básico del ahorro: pagarse primero.",
           "Esperanza de que bajen los tipos este año."],
    "pt-BR": ["O Real desvalorizou de novo frente ao dólar.", "Graça a Deus o Pix caiu na hora.", "Vitória: consegui renegociar o cartão."],
    "nl": ["Willem-Alexander staat nog op de oude munten, die zijn niets meer waard.", "Sterk punt van die rekening: geen maandkosten."],
}


@tpl(10, clean=True)
def c_name_words(R):
    lg = R.choice(["en", "en", "de", "es", "pt-BR", "nl"])
    lines = R.sample(NAMEWORDS[lg], min(len(NAMEWORDS[lg]), R.randint(3, 4)))
    body = []
    for ln in lines:
        body += ["- ", N(ln, "name_as_word"), "\n"]
    cc = {"en": "GB", "de": "DE", "es": "ES", "pt-BR": "BR", "nl": "NL"}[lg]
    body += [{"en": "Budget left this month: ", "de": "Restbudget diesen Monat: ", "es": "Me queda de presupuesto: ", "pt-BR": "Sobrou do orçamento: ",
              "nl": "Budget over deze maand: "}[lg], M(R, cc, 50, 900), {"en": "; next bill due ", "de": "; nächste Rechnung fällig am ", "es": "; próximo recibo el ",
                                                                      "pt-BR": "; próxima conta vence em ", "nl": "; volgende rekening op "}[lg], ND(R, cc, "due_date"), "."]
    q = {"en": "Can you turn these notes into a short money to-do list?", "de": "Mach daraus bitte eine kurze Finanz-To-do-Liste.", "es": "¿Me lo conviertes en una lista de tareas?",
         "pt-BR": "Transforma isso numa lista de tarefas?", "nl": "Maak hier een kort takenlijstje van?"}[lg]
    return "notes", rlang(lg), [q, "\n\n", body]


@tpl(10, clean=True)
def c_asia_receipts(R):
    cc = R.choice(["JP", "KR", "CN"])
    mo = Money(R, cc)
    if cc == "JP":
        body = [N("ファミリーストア 渋谷神南店", "company_name"), "\n", N("東京都渋谷区神南1-1-1", "company_address"), "\n", "電話：", company_phone(R, "JP"), "\n",
                vat(R, "JP"), "\n", N("2026年%d月%d日(%s) %02d:%02d" % (R.randint(1, 11), R.randint(1, 28), R.choice("月火水木金土日"), R.randint(7, 23), R.randint(0, 59)), "timestamp"), "\n",
                "おにぎり  ", mo.N(R.randint(1, 3) * 100 + 50), "\n", "緑茶  ", mo.N(R.randint(1, 2) * 100 + 50), "\n", "合計  ", mo.N(R.randint(5, 30) * 100), "\n",
                "クレジット ", masked(R), "\n", "承認番号 ", authcode(R), "  伝票番号 ", N(dig(R, 5), "receipt_number")]
        q = "なぜ同じ金額が二回請求されているのでしょうか？"
    elif cc == "KR":
        body = [N("행복편의점 마포점", "company_name"), "\n", N("서울특별시 마포구 월드컵북로 1", "company_address"), "\n", vat(R, "KR"), "\n", "대표전화 ", company_phone(R, "KR"), "\n",
                "삼각김밥  ", mo.N(R.randint(1, 3) * 100), "\n", "생수  ", mo.N(R.randint(1, 2) * 100), "\n", "합계  ", mo.N(R.randint(3, 30) * 100), "\n",
                "카드 ", masked(R), "  승인번호 ", authcode(R), "\n", N("2026-%02d-%02d %02d:%02d" % (R.randint(1, 11), R.randint(1, 28), R.randint(7, 23), R.randint(0, 59)), "timestamp")]
        q = "이 영수증 부가세가 얼마인지 설명해 줄 수 있어요?"
    else:
        body = [N("浦江生鲜超市（徐汇店）", "company_name"), "\n", N("上海市徐汇区漕溪北路1号", "company_address"), "\n", vat(R, "CN"), "\n", "客服电话：", company_phone(R, "CN"), "\n",
                "牛奶  ", mo.N(R.randint(5, 30) * 100), "\n", "苹果  ", mo.N(R.randint(5, 30) * 100), "\n", "合计  ", mo.N(R.randint(20, 90) * 100), "\n",
                "银联卡 ", masked(R), "  参考号 ", rrn(R), "\n", N("2026-%02d-%02d %02d:%02d" % (R.randint(1, 11), R.randint(1, 28), R.randint(7, 23), R.randint(0, 59)), "timestamp")]
        q = "为什么这张小票上的金额和银行扣款不一样？"
    return "receipt", {"JP": "ja", "KR": "ko", "CN": "zh"}[cc], [q, "\n\n", body]


# ================================================================ checks and generation

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)")
WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def neg_texts(parts):
    out = []

    def walk(p):
        if isinstance(p, (list, tuple)):
            for x in p:
                walk(x)
        elif isinstance(p, N):
            out.append(p.text)
    walk(parts)
    return out


def span_ok(sp):
    t, v, sub = sp["type"], sp["value"], sp.get("sub", "")
    if t == "card":
        return card_ok(sub, v)
    if t == "iban":
        return iban_ok(v)
    if t == "gov_id":
        return gov_ok(sub, v)
    if t == "email":
        return bool(EMAIL_RE.fullmatch(v))
    if t == "ip":
        return ip_ok(v)
    if t == "secret":
        return secret_ok(sub, v)
    if t == "phone":
        return "region" in sp and len(re.sub(r"\D", "", v)) >= 7
    return bool(v.strip())


def name_word_problems(text, spans):
    pspans = [(s["start"], s["end"]) for s in spans if s["type"] == "person"]
    bad = []
    for sp in spans:
        if sp["type"] != "person":
            continue
        v = sp["value"]
        words = set()
        for w in (v.split() if CJK_RE.search(v) else WORD_RE.findall(v)):
            words.add(w)
            if "-" in w and not CJK_RE.search(w):
                words.update(x for x in w.split("-") if x)
        for w in sorted(words):
            if w.lower() in PARTICLES or len(w) < 2:
                continue
            if CJK_RE.search(w):
                pats = [re.escape(w)]
            elif w[0].isupper():
                pats = [r"(?<!\w)%s(?!\w)" % re.escape(x) for x in {w, w.upper(), w[:1] + w[1:].lower()}]
            else:
                continue
            for pat in pats:
                for m in re.finditer(pat, text):
                    if not any(s <= m.start() and m.end() <= e for s, e in pspans):
                        bad.append(w)
    return bad


def problems(rec, negs, clean, invalid_phones):
    t, spans = rec["text"], rec["spans"]
    out = []
    try:
        check_record(rec)
    except AssertionError:
        return ["record check (span text or surrounding space)"]
    if clean and spans:
        out.append("clean record with labels")
    if not clean and not spans:
        out.append("labelled record without labels")
    if not 150 <= len(t) <= 1400:
        out.append("length %d" % len(t))
    for sp in spans:
        if not span_ok(sp):
            out.append("%s check failed (%s)" % (sp["type"], sp.get("sub")))
        if sp["type"] == "phone" and (sp["value"], sp["region"], sp.get("plan", "")) in invalid_phones:
            out.append("phone rejected by libphonenumber")
    lab = [(s["start"], s["end"]) for s in spans]
    negiv = []
    for nt in negs:
        i = t.find(nt)
        while i >= 0 and nt:
            negiv.append((i, i + len(nt)))
            i = t.find(nt, i + 1)

    def covered(a, b):
        return any(s <= a and b <= e for s, e in lab) or any(s <= a and b <= e for s, e in negiv)
    for m in EMAIL_RE.finditer(t):
        if not covered(m.start(), m.end()):
            out.append("e-mail outside a label or look-alike")
    for m in IPV4_RE.finditer(t):
        if all(int(x) <= 255 for x in m.groups()) and not covered(m.start(), m.end()):
            out.append("IPv4 outside a label or look-alike")
    if name_word_problems(t, spans):
        out.append("labelled name word unlabelled elsewhere")
    return out


def draw_all():
    R = random.Random(SEED)
    cands = []
    for name, count, fn, clean in TEMPLATES:
        lst = []
        for _ in range(3 * count + 6):
            form, lang, parts = fn(R)
            rec = build("x", form, lang, parts)
            lst.append((rec, neg_texts(parts)))
        cands.append((name, count, clean, lst))
    return cands


def phones_of(recs):
    items = set()
    for r in recs:
        for sp in r["spans"]:
            if sp["type"] == "phone":
                items.add((sp["value"], sp["region"], sp.get("plan", "")))
    return sorted(items)


def generate(report=None):
    cands = draw_all()
    allrecs = [rec for _, _, _, lst in cands for rec, _ in lst]
    items = phones_of(allrecs)
    bad = pv_check(items)
    if bad is None:
        raise SystemExit("/tmp/pv/pv is missing: cannot validate phones")
    badset = set()
    invalid_lines = set(bad)
    for it in items:
        if "INVALID\t%s\t%s" % (it[0], it[1]) in invalid_lines:
            badset.add(it)
    seen = set()
    lab, cln = [], []
    dropped_kept = Counter()
    dropped_all = Counter()
    for name, count, clean, lst in cands:
        kept = 0
        for rec, negs in lst:
            p = problems(rec, negs, clean, badset)
            if rec["text"] in seen:
                p.append("repeated text")
            if p:
                dropped_all[(name, p[0])] += 1
                if kept < count:
                    dropped_kept[(name, p[0])] += 1
                continue
            if kept < count:
                seen.add(rec["text"])
                (cln if clean else lab).append(rec)
                kept += 1
        if kept < count:
            raise SystemExit("template %s: only %d of %d candidates pass" % (name, kept, count))
    assert len(lab) == N_LABELLED and len(cln) == N_CLEAN, (len(lab), len(cln))
    recs = lab + cln
    random.Random(SHUFFLE_SEED).shuffle(recs)
    out = []
    for i, r in enumerate(recs):
        d = {"id": "%s%05d" % (PREFIX, i)}
        d.update({k: v for k, v in r.items() if k != "id"})
        out.append(d)
    if report is not None:
        report["dropped_kept"] = dropped_kept
        report["dropped_all"] = dropped_all
        report["phones_checked"] = len(items)
        report["phones_invalid"] = len(badset)
    return out


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def stats(recs):
    types, subs, forms, langs, negs = Counter(), Counter(), Counter(), Counter(), Counter()
    lens = sorted(len(r["text"]) for r in recs)
    for r in recs:
        forms[r["form"]] += 1
        langs[r["lang"]] += 1
        for sp in r["spans"]:
            types[sp["type"]] += 1
            subs["%s:%s" % (sp["type"], sp.get("sub"))] += 1
        for t in r.get("neg", []):
            negs[t] += 1
    clean = sum(1 for r in recs if not r["spans"])
    print("records %d, clean %d, labels %d" % (len(recs), clean, sum(types.values())))
    print("types:", ", ".join("%s %d" % kv for kv in types.most_common()))
    print("forms:", ", ".join("%s %d" % kv for kv in forms.most_common()))
    print("langs:", ", ".join("%s %d" % kv for kv in langs.most_common()))
    print("text length: min %d, median %d, max %d" % (lens[0], lens[len(lens) // 2], lens[-1]))
    print("look-alike tags (%d):" % len(negs), ", ".join("%s %d" % kv for kv in negs.most_common()))
    print("subs:", ", ".join("%s %d" % kv for kv in sorted(subs.items())))


def check_file():
    ok = True
    with open(OUT, encoding="utf-8") as f:
        data = f.read()
    recs = [json.loads(x) for x in data.splitlines()]
    items = set()
    for i, r in enumerate(recs):
        if r["id"] != "%s%05d" % (PREFIX, i):
            print("bad id", r["id"])
            ok = False
        check_record(r)
        for sp in r["spans"]:
            if not span_ok(sp):
                print("check failed:", r["id"], sp)
                ok = False
            if sp["type"] == "phone":
                items.add((sp["value"], sp["region"], sp.get("plan", "")))
        nw = name_word_problems(r["text"], r["spans"])
        if nw:
            print("name word unlabelled elsewhere:", r["id"], nw)
            ok = False
    clean = sum(1 for r in recs if not r["spans"])
    if len(recs) != N_LABELLED + N_CLEAN or clean != N_CLEAN:
        print("split wrong: %d records, %d clean" % (len(recs), clean))
        ok = False
    bad = pv_check(sorted(items))
    if bad is None:
        print("pv missing: phones not checked")
        ok = False
    elif bad:
        print("phones rejected by libphonenumber:", bad)
        ok = False
    regen = dumps(generate())
    if regen != data:
        print("regenerating does not give the file byte for byte")
        ok = False
    n = sum(len(r["spans"]) for r in recs)
    print("%s: %d records (%d clean), %d labels, %d phones valid per libphonenumber, checksums %s, regeneration %s"
          % ("OK" if ok else "FAILED", len(recs), clean, n, len(items) - len(bad or []),
             "ok" if ok else "see above", "identical" if regen == data else "DIFFERENT"))
    return ok


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check_file() else 1)
    if "--stats" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            stats([json.loads(x) for x in f])
        return
    rep = {}
    recs = generate(rep)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(dumps(recs))
    for r in recs:
        check_record(r)
    print("wrote %s: %d records" % (OUT, len(recs)))
    print("phones checked with libphonenumber: %d distinct, %d rejected (their candidates dropped)" % (rep["phones_checked"], rep["phones_invalid"]))
    print("dropped while filling the kept range: %d" % sum(rep["dropped_kept"].values()))
    for (n, why), c in sorted(rep["dropped_kept"].items()):
        print("  %-28s %-45s %d" % (n, why, c))
    print("dropped among all candidates: %d" % sum(rep["dropped_all"].values()))
    for (n, why), c in sorted(rep["dropped_all"].items()):
        print("  %-28s %-45s %d" % (n, why, c))
    stats(recs)


if __name__ == "__main__":
    main()
