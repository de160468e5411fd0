#!/usr/bin/python3
"""Held-out part 23 of the redaction corpus (heldout23.jsonl).

Written by a twenty-first helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions and the lists of what parts 1-22 hold,
the part 22 section as the model), lines 1-60 of gen_heldout22.py (header
and imports) and its function `pv_check`, and, outside the repository, the
source of the phone validator /tmp/pv/pv.cc (run only through `pv_check`);
not the redactor, its docs, its tests, the other generators' bodies or any
.jsonl data file other than its own output. It ran no project binary, no
make, no cmake/ctest and no git command, and it did not score this file.
Started 16:53:15 UTC on 2026-12-03 (`date -u`); the end time is in
heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 22's header.

Theme: HEALTH AND CARE. What people paste into an AI assistant about their
own or a relative's health and care, from about 25 countries and 19
languages: discharge and referral letters, lab and imaging reports with
patient header blocks, prescriptions and pharmacy labels, appointment
reminders (SMS, e-mail, portal), insurance claims, pre-authorisations and
reimbursements (IBAN), hospital bills and card payments, vaccination
records, sick notes, care-home rotas and home-care handovers, family
caregiver chats, school allergy forms, powers of attorney and emergency
contacts, EHIC/GHIC and medical travel, therapy and dental intake forms,
national health-card forms, telehealth sign-in alerts, clinic IT tickets
with portal credentials, staff rosters, HL7 v2, FHIR and DICOM headers.
Each record carries a request line in the text's language. Hard negatives
of the theme everywhere: MRNs, case and accession numbers, insurer member
and policy numbers, ICD-10/SNOMED/LOINC codes, drugs and doses, lot numbers,
NDC/PZN/CIP codes, lab values and reference ranges, appointment, admission,
discharge and vaccination dates, ages, vital signs, rooms and beds, clinic
and hospital names, addresses, switchboards and role mailboxes, eponyms
(Parkinson, Crohn, Hodgkin, Down syndrome, Apgar, Glasgow...), insurers,
professional register numbers, versions, documentation IPs, masked and
sample values.

Every name, street, town, clinic, frame sentence, template and look-alike
here was written by hand for this part. Deterministic (seed 230923, shuffle
seed 230924).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout23.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout23.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout23.py --stats   # counts
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
                       luhn_complete, iban_random, iban_mod97, IBAN_LEN, group,
                       ssn_random, ssn_valid, nino_random, NINO_BAD_PREFIX,
                       nhs_random, nhs_ok, nir_random, nir_ok, dni_random,
                       nie_random, nie_ok, DNI_LETTERS, cf_make, cf_check,
                       bsn_random, bsn_ok, aadhaar_random, verhoeff_ok,
                       cpf_random, cpf_ok, card_random, PLANS, digits, nz,
                       secret_random, MONTHS, rnd)

OUT = os.path.join(HERE, "heldout23.jsonl")
SEED, SHUFFLE_SEED = 230923, 230924
PREFIX = "heldout-w-"
N_LABELLED, N_CLEAN = 600, 200


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- names
# (given female, given male, family) per culture; written for this part.
NAMES = {
    "gb": (["Harriet", "Imogen", "Philippa", "Bronwyn", "Maisie", "Tamsin", "Rosalind", "Eilidh"],
           ["Desmond", "Rupert", "Callum", "Alistair", "Declan", "Gareth", "Lachlan", "Crispin"],
           ["Ashworth", "Pennington", "Loughlin", "Featherstone", "Rowbotham", "Kilbride", "Hollins",
            "Thackeray", "Marchbank", "Greenhalgh", "Osei-Bonsu", "McAlinden", "Pridmore", "Fairclough"]),
    "us": (["Shelby", "Delaney", "Kendra", "Lorraine", "Tamika", "Marisol", "Brooke", "Renata"],
           ["Tucker", "Brantley", "Marcus", "Duane", "Wyatt", "Deshawn", "Garrett", "Emmett"],
           ["Hendricks", "Whitfield", "Brubaker", "Stoltzfus", "Okafor", "Castellano", "Pruitt",
            "Vandermeer", "Gallagher", "Nakamura-Hill", "Dombrowski", "Tillman", "Quintero"]),
    "au": (["Kylie", "Shannon", "Tegan", "Bronte"], ["Lachie", "Brodie", "Jarrah", "Darcy"],
           ["Tregear", "Mulvaney", "Colquhoun", "Papadakis", "Nguyen-Walsh", "Kingsford"]),
    "de": (["Wiebke", "Roswitha", "Gesine", "Ilse", "Friederike", "Annegret", "Hiltrud", "Swantje"],
           ["Jannik", "Henrik", "Torben", "Lutz", "Fiete", "Eckhard", "Reinhold", "Malte"],
           ["Brinkmöller", "Schwertfeger", "Kuhlmann", "Rademacher", "Oltmanns", "Dörfler",
            "Hinrichsen", "Lüdtke", "Stroetmann", "Pfannkuch", "Wegscheider", "Kowalewski"]),
    "at": (["Resi", "Leopoldine", "Waltraud"], ["Ferdinand", "Gottfried", "Florian"],
           ["Pichlmayr", "Hinterberger", "Zöchling", "Gruber-Anzengruber", "Haslinger"]),
    "ch": (["Rahel", "Seraina", "Corinne"], ["Beat", "Urs", "Reto"],
           ["Gisler", "Zumstein", "Bachofner", "Wyrsch", "Tschudin"]),
    "fr": (["Solène", "Maëlle", "Clémence", "Ombeline", "Ghislaine", "Annick", "Bérénice", "Nolwenn"],
           ["Gaëtan", "Thibault", "Yannick", "Loïc", "Aurélien", "Jean-Baptiste", "Gwenaël", "Hervé"],
           ["Tessier", "Le Bihan", "Morvan", "Duchâtel", "Rouquette", "Vasseur", "Carpentier",
            "Abadie", "Quéméner", "Delorme", "N'Guessan", "Marchetti-Roux"]),
    "be": (["Griet", "Lieve", "Amandine"], ["Wannes", "Koen", "Cédric"],
           ["Vanderstraeten", "De Smedt", "Claeys", "Verhaegen", "Lambotte"]),
    "es": (["Itziar", "Remedios", "Rocío", "Nuria", "Ainhoa", "Macarena", "Begoña", "Consuelo"],
           ["Gonzalo", "Íñigo", "Fermín", "Teodoro", "Aitor", "Baltasar", "Rubén", "Ginés"],
           ["Zubizarreta", "Olmedo", "Cifuentes", "Barrenechea", "Peñalver", "Villaseñor", "Garrido",
            "Echeverría", "Montesinos", "Robledo", "Arrieta", "Quiroga"]),
    "mx": (["Guadalupe", "Xóchitl", "Yesenia"], ["Jesús", "Efraín", "Rigoberto"],
           ["Cuautle", "Zamudio", "Villalpando", "Tlatelpa", "Espíndola"]),
    "it": (["Ludovica", "Ornella", "Benedetta", "Ilaria", "Graziella", "Annunziata", "Rosalba"],
           ["Gianluca", "Pierpaolo", "Corrado", "Settimio", "Ottavio", "Ruggero", "Vittorio"],
           ["Scarpellini", "Mazzoleni", "Trevisan", "Capobianco", "Lo Presti", "Bertolazzi",
            "Fumagalli", "Santangelo", "Pezzotta", "Quagliarella", "Di Gregorio"]),
    "nl": (["Femke", "Marijke", "Anouk", "Hennie", "Geertje", "Sietske", "Ilse"],
           ["Joost", "Sjoerd", "Wouter", "Gerrit", "Maarten", "Teun", "Hidde"],
           ["van Wijngaarden", "Dekkers", "Hoogendoorn", "ter Beek", "Smulders", "Veenstra",
            "de Ruijter", "Bosschaert", "Kuipers", "van der Molen", "Bleeker"]),
    "pt": (["Conceição", "Luzia", "Rosângela", "Graça", "Valdirene", "Iolanda", "Jucélia"],
           ["Edivaldo", "Wellington", "Tiago", "Adalberto", "Cleiton", "Joaquim", "Rui"],
           ["Figueiredo", "Pimentel", "Albuquerque", "Nogueira", "Carvalhal", "da Cunha",
            "Mesquita", "Bragança", "dos Anjos", "Sampaio", "Teixeira Lobo"]),
    "pl": (["Grażyna", "Halina", "Bożena", "Agnieszka", "Jadwiga", "Wiesława"],
           ["Zbigniew", "Radosław", "Przemysław", "Wiesław", "Tadeusz", "Mirosław"],
           [("Wróblewski", "Wróblewska"), ("Zalewski", "Zalewska"), ("Górecki", "Górecka"),
            ("Kamiński", "Kamińska"), ("Nowicki", "Nowicka"), ("Pawlak", "Pawlak"), ("Mazur", "Mazur"),
            ("Szczepański", "Szczepańska")]),
    "se": (["Linnea", "Sigrid", "Ebba", "Maj-Britt", "Gunilla"], ["Björn", "Pontus", "Gunnar", "Sixten", "Ragnar"],
           ["Lindqvist", "Bergström", "Åkesson", "Nyberg", "Hellström", "Ekdahl", "Sjöholm"]),
    "ie": (["Siobhán", "Aoife", "Clodagh"], ["Cathal", "Donncha", "Ruairí"],
           ["Ní Bhriain", "Mac Giolla", "Fitzgibbon", "Hanrahan", "O'Driscoll"]),
    "in": (["Meenakshi", "Lakshmi", "Priyanka", "Shobha", "Deepa", "Kavya", "Sudha"],
           ["Raghav", "Venkatesh", "Anirudh", "Kiran", "Harish", "Srinivas", "Gopal"],
           ["Subramanian", "Kulkarni", "Bhattacharya", "Nair", "Iyengar", "Chatterjee", "Deshpande",
            "Reddy", "Menon", "Chaudhary"]),
    "br": (["Valdirene", "Jucélia", "Rosimeire", "Taís"], ["Cleiton", "Edivaldo", "Anderson", "Juscelino"],
           ["Nóbrega", "Rocha Bezerra", "Cavalcanti", "dos Reis", "Magalhães"]),
    "tr": (["Elif", "Zeynep", "Sevgi", "Gülşen", "Hatice", "Nurcan"], ["Mehmet", "Hakan", "Burak", "Oğuz", "Yusuf", "Kemal"],
           ["Karaca", "Demirtaş", "Aksoy", "Yavuz", "Erdoğdu", "Kılıç", "Çelikkaya", "Özbilgin"]),
    "gr": (["Ελένη", "Κατερίνα", "Δέσποινα", "Βασιλική"], ["Γιώργος", "Νικόλαος", "Σπύρος", "Παναγιώτης"],
           [("Παπαδόπουλος", "Παπαδοπούλου"), ("Οικονόμου", "Οικονόμου"), ("Καραγιάννης", "Καραγιάννη"),
            ("Βλάχος", "Βλάχου"), ("Μαυρίδης", "Μαυρίδου")]),
    "ru": (["Татьяна", "Людмила", "Ольга", "Ирина", "Галина"], ["Сергей", "Андрей", "Виктор", "Дмитрий", "Геннадий"],
           [("Кузнецов", "Кузнецова"), ("Соловьёв", "Соловьёва"), ("Белоусов", "Белоусова"),
            ("Тихонов", "Тихонова"), ("Журавлёв", "Журавлёва"), ("Воронин", "Воронина")]),
    "ar": (["فاطمة", "نورة", "مريم", "سلمى", "هدى"], ["خالد", "يوسف", "عبدالله", "طارق", "سعيد"],
           ["الحربي", "العتيبي", "المنصوري", "الشامسي", "حداد", "القحطاني"]),
    "hi": (["सुनीता", "कविता", "पूजा", "राधिका"], ["राजेश", "अमित", "विनोद", "सुरेश"],
           ["शर्मा", "वर्मा", "त्रिपाठी", "मिश्रा", "यादव"]),
    "th": (["มาลี", "วิไล", "จันทร์เพ็ญ", "สุนันทา"], ["สมชาย", "ประเสริฐ", "สุรเชษฐ์", "วีระพงษ์"],
           ["ศรีสุข", "วงศ์ใหญ่", "แก้วมณี", "บุญประเสริฐ", "ทองดี"]),
}
# Japanese: (kanji, katakana, romaji)
JA_FAM = [("佐々木", "ササキ", "Sasaki"), ("高橋", "タカハシ", "Takahashi"), ("森本", "モリモト", "Morimoto"),
          ("石川", "イシカワ", "Ishikawa"), ("藤田", "フジタ", "Fujita"), ("大野", "オオノ", "Ono"),
          ("長谷川", "ハセガワ", "Hasegawa")]
JA_F = [("美咲", "ミサキ", "Misaki"), ("陽子", "ヨウコ", "Yoko"), ("和子", "カズコ", "Kazuko"), ("千尋", "チヒロ", "Chihiro")]
JA_M = [("健太", "ケンタ", "Kenta"), ("大輔", "ダイスケ", "Daisuke"), ("浩二", "コウジ", "Koji"), ("隆之", "タカユキ", "Takayuki")]
ZH_FAM = [("王", "Wang"), ("刘", "Liu"), ("陈", "Chen"), ("赵", "Zhao"), ("黄", "Huang"), ("周", "Zhou"), ("徐", "Xu")]
ZH_F = [("秀英", "Xiuying"), ("丽娟", "Lijuan"), ("雨桐", "Yutong"), ("淑芬", "Shufen")]
ZH_M = [("建国", "Jianguo"), ("志强", "Zhiqiang"), ("浩然", "Haoran"), ("国栋", "Guodong")]
KO_FAM = [("김", "Kim"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"), ("윤", "Yoon"), ("한", "Han")]
KO_F = [("민지", "Min-ji"), ("지은", "Ji-eun"), ("수빈", "Su-bin"), ("영숙", "Young-sook")]
KO_M = [("서준", "Seo-jun"), ("현우", "Hyun-woo"), ("동훈", "Dong-hoon"), ("상철", "Sang-cheol")]
RU_PAT = {"f": ["Сергеевна", "Викторовна", "Николаевна", "Павловна"], "m": ["Андреевич", "Сергеевич", "Петрович", "Ильич"]}
PARTICLES = {"van", "de", "der", "den", "ter", "da", "dos", "das", "do", "di", "del", "la", "le", "von",
             "Le", "La", "De", "Di", "Da", "Lo", "Mac", "Ní", "Ó", "Al", "al"}


def rand_dob(lo=1928, hi=2004):
    y = R.randint(lo, hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return datetime.date(y, m, d)


class P:
    """A person: culture, sex, names as written, date of birth."""

    def __init__(self, cul, sex=None, lo=1928, hi=2004, family=None):
        self.cul = cul
        self.sex = sex or ch("fm")
        self.dob = rand_dob(lo, hi)
        self.reading = self.roman = None
        if cul == "ja":
            f = family or ch(JA_FAM)
            self.fam_key = f
            g = ch(JA_F if self.sex == "f" else JA_M)
            self.family, self.given = f[0], g[0]
            self.full = f[0] + g[0]
            self.reading = f[1] + "　" + g[1]
            self.roman = g[2] + " " + f[2]
            self.fam_roman, self.giv_roman = f[2], g[2]
        elif cul == "zh":
            f = family or ch(ZH_FAM)
            self.fam_key = f
            g = ch(ZH_F if self.sex == "f" else ZH_M)
            self.family, self.given, self.full = f[0], g[0], f[0] + g[0]
            self.roman = f[1] + " " + g[1]
        elif cul == "ko":
            f = family or ch(KO_FAM)
            self.fam_key = f
            g = ch(KO_F if self.sex == "f" else KO_M)
            self.family, self.given, self.full = f[0], g[0], f[0] + g[0]
            self.roman = f[1] + " " + g[1]
        else:
            gf, gm, fam = NAMES[cul]
            self.given = ch(gf if self.sex == "f" else gm)
            fm = family or ch(fam)
            self.fam_key = fm
            if isinstance(fm, tuple):
                fm = fm[1] if self.sex == "f" else fm[0]
            self.family = fm
            if cul == "ru":
                self.patr = ch(RU_PAT[self.sex])
                self.full = "%s %s %s" % (self.given, self.patr, self.family)
                self.fio = "%s %s %s" % (self.family, self.given, self.patr)
            else:
                self.full = self.given + " " + self.family

    def fam_caps(self):
        return self.family.upper()


def person(cul, **kw):
    return P(cul, **kw)


def Lp(text, sub=None):
    return L("person", text, **({"sub": sub} if sub else {}))


# ---------------------------------------------------------------- dates
def fmt_date(d, style):
    if style == "dmy/":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if style == "mdy/":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if style == "dmy.":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if style == "dmy-":
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    if style == "iso":
        return d.isoformat()
    if style == "compact":
        return "%d%02d%02d" % (d.year, d.month, d.day)
    if style == "en":
        return "%d %s %d" % (d.day, MONTHS["en"][d.month - 1], d.year)
    if style == "en_us":
        return "%s %d, %d" % (MONTHS["en"][d.month - 1], d.day, d.year)
    if style == "en_abbr":
        return "%02d-%s-%d" % (d.day, MONTHS["en"][d.month - 1][:3].upper(), d.year)
    if style == "de":
        return "%d. %s %d" % (d.day, MONTHS["de"][d.month - 1], d.year)
    if style == "fr":
        return "%s %s %d" % ("1er" if d.day == 1 else str(d.day), MONTHS["fr"][d.month - 1], d.year)
    if style == "es":
        return "%d de %s de %d" % (d.day, MONTHS["es"][d.month - 1], d.year)
    if style == "it":
        return "%d %s %d" % (d.day, MONTHS["it"][d.month - 1], d.year)
    if style == "nl":
        return "%d %s %d" % (d.day, MONTHS["nl"][d.month - 1], d.year)
    if style == "pt":
        return "%d de %s de %d" % (d.day, MONTHS["pt"][d.month - 1], d.year)
    if style == "ymd_cjk":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if style == "ko":
        return "%d년 %d월 %d일" % (d.year, d.month, d.day)
    if style == "ko.":
        return "%d.%02d.%02d" % (d.year, d.month, d.day)
    if style == "ja_era":
        if d >= datetime.date(1989, 1, 8):
            e, y = "平成", d.year - 1988
        else:
            e, y = "昭和", d.year - 1925
        return "%s%s年%d月%d日" % (e, "元" if y == 1 else str(y), d.month, d.day)
    if style == "th":
        return "%02d/%02d/%d" % (d.day, d.month, d.year + 543)
    if style == "ru":
        return "%d %s %d г." % (d.day, ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                                        "сентября", "октября", "ноября", "декабря"][d.month - 1], d.year)
    if style == "pl":
        return "%d %s %d r." % (d.day, ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
                                        "sierpnia", "września", "października", "listopada", "grudnia"][d.month - 1], d.year)
    if style == "tr":
        return "%d %s %d" % (d.day, ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
                                     "Eylül", "Ekim", "Kasım", "Aralık"][d.month - 1], d.year)
    if style == "el":
        return "%d %s %d" % (d.day, ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
                                     "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"][d.month - 1], d.year)
    if style == "sv":
        return "%d %s %d" % (d.day, ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                                     "september", "oktober", "november", "december"][d.month - 1], d.year)
    raise KeyError(style)


DOB_STYLES = {
    "gb": ["dmy/", "en", "dmy/"], "ie": ["dmy/", "en"], "au": ["dmy/", "en"], "us": ["mdy/", "en_us", "mdy/"],
    "in": ["dmy/", "dmy-", "en"], "de": ["dmy.", "dmy.", "de"], "at": ["dmy.", "de"], "ch": ["dmy.", "de"],
    "fr": ["dmy/", "fr"], "be": ["dmy/", "dmy."], "es": ["dmy/", "es"], "mx": ["dmy/", "es"], "it": ["dmy/", "it"],
    "nl": ["dmy-", "nl"], "pt": ["dmy/", "pt"], "br": ["dmy/", "pt"], "pl": ["dmy.", "pl"], "se": ["iso", "sv"],
    "tr": ["dmy.", "tr"], "gr": ["dmy/", "el"], "ru": ["dmy.", "ru"], "ar": ["dmy/", "iso"], "hi": ["dmy/", "dmy-"],
    "th": ["th"], "ca": ["iso", "en_us"], "ae": ["dmy/", "iso"], "ja": ["ymd_cjk", "ja_era"], "zh": ["ymd_cjk", "iso"], "ko": ["ko", "ko."],
}


def dob_text(p, cty=None, style=None):
    return fmt_date(p.dob, style or ch(DOB_STYLES[cty or p.cul]))


def Ld(p, cty=None, style=None):
    return L("dob", dob_text(p, cty, style))


def some_date(y0=2024, y1=2026):
    return datetime.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


# ---------------------------------------------------------------- phones
# Ranges written for this part beside corpuslib's PLANS (KR, TR, AE, GR, TH, SA).
PLANS2 = {
    "KR": (82, "0", {"mobile": lambda: "10" + R.choice("2345678") + digits(R, 7),
                     "seoul": lambda: "2" + R.choice("2345679") + digits(R, 7)}),
    "TR": (90, "0", {"mobile": lambda: "5" + R.choice(["30", "32", "33", "35", "36", "38", "42", "43", "44", "46",
                                                       "05", "06", "07", "52", "53", "54"]) + nz(R, 7),
                     "istanbul": lambda: R.choice(["212", "216"]) + R.choice("2345689") + digits(R, 6)}),
    "AE": (971, "0", {"mobile": lambda: "5" + R.choice("024568") + nz(R, 7)}),
    "GR": (30, "", {"mobile": lambda: "69" + R.choice("3457") + digits(R, 7),
                    "athens": lambda: "21" + R.choice("0") + R.choice("2345678") + digits(R, 6)}),
    "TH": (66, "0", {"mobile": lambda: "8" + R.choice("1245689") + digits(R, 7)}),
    "SA": (966, "0", {"mobile": lambda: "5" + R.choice("0345") + nz(R, 7)}),
}
CC = {"US": 1, "CA": 1}
EU00 = {"DE", "AT", "CH", "FR", "BE", "NL", "ES", "PT", "IT", "PL", "IE", "SE", "GB", "GR", "TR", "RU"}


def nsn_for(cty, kind=None):
    if cty in PLANS2:
        cc, trunk, kinds = PLANS2[cty]
        k = kind if kind in kinds else R.choice(sorted(kinds))
        return cc, trunk, k, kinds[k]()
    cc, trunk, kinds = PLANS[cty]
    k = kind if kind in kinds else R.choice(sorted(kinds))
    if cty == "US" and k == "fiction":
        k = "fixed_or_mobile"
    if cty == "CN" and k == "beijing":
        k = "mobile"
    nsn = kinds[k](R)
    return cc, trunk, k, nsn


def _g(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def fmt_phone(cty, kind, nsn, intl):
    """National or international layout of an NSN, per country convention."""
    cc = {"KR": 82, "TR": 90, "AE": 971, "GR": 30, "TH": 66, "SA": 966}.get(cty) or PLANS[cty][0]
    pre = "+%d " % cc
    if cty in ("US", "CA"):
        a, e, l_ = nsn[:3], nsn[3:6], nsn[6:]
        if intl:
            return ch(["+1 %s-%s-%s" % (a, e, l_), "+1 (%s) %s-%s" % (a, e, l_), "+1%s%s%s" % (a, e, l_)])
        return ch(["(%s) %s-%s" % (a, e, l_), "%s-%s-%s" % (a, e, l_), "%s.%s.%s" % (a, e, l_), "1-%s-%s-%s" % (a, e, l_)])
    if cty == "GB":
        sizes = {"mobile": [4, 6], "london": [2, 4, 4], "fixed": [3, 3, 4]}[kind]
        if intl:
            return ch([pre + _g(nsn, sizes), "+44 (0)" + _g(nsn, sizes)])
        return "0" + _g(nsn, sizes)
    if cty == "DE":
        ac = nsn[:3] if nsn[:3] in ("151", "152", "157", "159", "160", "170", "171", "172", "173", "175", "176",
                                    "177", "178", "179", "221", "211", "711") else nsn[:2]
        rest = nsn[len(ac):]
        if intl:
            return ch([pre + ac + " " + rest, "+49 (0)" + ac + " " + rest, "+49-" + ac + "-" + rest])
        return ch(["0" + ac + " " + rest, "0" + ac + "/" + rest, "(0" + ac + ") " + rest, "0" + ac + " " + _g(rest, [4, 4])])
    if cty == "AT":
        ac = nsn[:3] if nsn[0] == "6" else nsn[:1]
        rest = nsn[len(ac):]
        return (pre + ac + " " + rest) if intl else ch(["0" + ac + " " + rest, "0" + ac + "/" + rest])
    if cty == "CH":
        s = _g(nsn, [2, 3, 2, 2])
        return (pre + s) if intl else "0" + s
    if cty == "FR":
        if intl:
            return pre + nsn[0] + " " + _g(nsn[1:], [2, 2, 2, 2])
        return ch([" ", ".", ""]).join(["0" + nsn[0]] + [nsn[i:i + 2] for i in range(1, 9, 2)])
    if cty == "BE":
        s = _g(nsn, [3, 2, 2, 2]) if kind == "mobile" else _g(nsn, [1, 3, 2, 2])
        return (pre + s) if intl else "0" + s
    if cty == "NL":
        if kind == "mobile":
            return (pre + "6 " + nsn[1:]) if intl else ch(["06-" + nsn[1:], "06 " + _g(nsn[1:], [4, 4]), "06" + nsn[1:]])
        s = _g(nsn, [2, 3, 4])
        return (pre + s) if intl else "0" + s
    if cty == "ES":
        s = _g(nsn, [3, 3, 3]) if nsn[0] in "67" else _g(nsn, [2, 3, 2, 2])
        return (pre + s) if intl else ch([s, _g(nsn, [3, 2, 2, 2]) if nsn[0] in "67" else s])
    if cty == "PT":
        s = _g(nsn, [3, 3, 3])
        return (pre + s) if intl else s
    if cty == "IT":
        if nsn[0] == "3":
            return (pre + _g(nsn, [3, 3, 4])) if intl else ch([_g(nsn, [3, 3, 4]), nsn[:3] + "/" + nsn[3:], _g(nsn, [3, 7])])
        s = _g(nsn, [2, 4, 4])
        return (pre + s) if intl else s
    if cty == "PL":
        s = _g(nsn, [3, 3, 3]) if kind == "mobile" else _g(nsn, [2, 3, 2, 2])
        return (pre + s) if intl else ch([s, s.replace(" ", "-")]) if kind == "mobile" else s
    if cty == "IE":
        s = _g(nsn, [2, 3, 4])
        return (pre + s) if intl else "0" + s
    if cty == "SE":
        if intl:
            return pre + _g(nsn, [2, 3, 2, 2])
        return "0" + nsn[:2] + "-" + _g(nsn[2:], [3, 2, 2])
    if cty == "IN":
        if intl:
            return ch([pre + _g(nsn, [5, 5]), "+91-" + nsn, "+91 " + nsn])
        return ch([_g(nsn, [5, 5]), "0" + nsn, nsn])
    if cty == "BR":
        a, r = nsn[:2], nsn[2:]
        loc = r[:-4] + "-" + r[-4:]
        return (pre + a + " " + loc) if intl else "(%s) %s" % (a, loc)
    if cty == "MX":
        s = _g(nsn, [2, 4, 4])
        return (pre + s) if intl else s
    if cty == "CN":
        s = _g(nsn, [3, 4, 4])
        return (pre + s) if intl else ch([s, nsn, nsn[:3] + "-" + nsn[3:7] + "-" + nsn[7:]])
    if cty == "RU":
        a, r = nsn[:3], nsn[3:]
        if intl:
            return pre + a + " " + r[:3] + "-" + r[3:5] + "-" + r[5:]
        return ch(["8 (%s) %s-%s-%s" % (a, r[:3], r[3:5], r[5:]), "8-%s-%s-%s-%s" % (a, r[:3], r[3:5], r[5:])])
    if cty == "JP":
        s = nsn[:2] + "-" + nsn[2:6] + "-" + nsn[6:]
        return (pre + s) if intl else "0" + s
    if cty == "AU":
        s = _g(nsn, [3, 3, 3])
        return (pre + s) if intl else "0" + s
    if cty == "SG":
        s = _g(nsn, [4, 4])
        return (pre + s) if intl else s
    if cty == "ZA":
        s = _g(nsn, [2, 3, 4])
        return (pre + s) if intl else "0" + s
    if cty == "KR":
        s = (nsn[:2] + "-" + nsn[2:6] + "-" + nsn[6:]) if kind == "mobile" else (nsn[:1] + "-" + nsn[1:5] + "-" + nsn[5:])
        return (pre + s) if intl else "0" + s
    if cty == "TR":
        s = _g(nsn, [3, 3, 2, 2])
        return (pre + s) if intl else ch(["0" + s, "0 (" + nsn[:3] + ") " + _g(nsn[3:], [3, 2, 2])])
    if cty in ("AE", "SA"):
        s = _g(nsn, [2, 3, 4])
        return (pre + s) if intl else "0" + s
    if cty == "GR":
        s = _g(nsn, [3, 3, 4])
        return (pre + s) if intl else s
    if cty == "TH":
        s = nsn[:2] + "-" + nsn[2:5] + "-" + nsn[5:]
        return (pre + _g(nsn, [2, 3, 4])) if intl else "0" + s
    raise KeyError(cty)


def phone(cty, region=None, kind=None, intl=None):
    """A phone label: a number of `cty` read in a text of `region`."""
    region = region or cty
    cc, trunk, k, nsn = nsn_for(cty, kind)
    foreign = region != cty
    if intl is None:
        intl = foreign or chance(0.3)
    if foreign and (cty, region) in (("US", "CA"), ("CA", "US")):
        foreign = False
    v = fmt_phone(cty, k, nsn, intl or foreign)
    if foreign and region in EU00 and chance(0.4) and v.startswith("+"):
        v = "00" + v[1:]
    sub = "mobile" if "mobile" in k else ("fixed_or_mobile" if k == "fixed_or_mobile" else "fixed")
    meta = {"sub": sub, "region": region}
    if foreign:
        meta["plan"] = cty
    return L("phone", v, **meta)


def switchboard(cty):
    """An organisation's main line: a valid-looking number left unlabelled."""
    cc, trunk, k, nsn = nsn_for(cty, {"TR": "istanbul", "GR": "athens", "KR": "seoul", "AT": "vienna", "IT": ch(["rome", "milan"]), "RU": "moscow",
                                      "CN": "mobile"}.get(cty, "fixed"))
    return N(fmt_phone(cty, k, nsn, False), "switchboard")


# ---------------------------------------------------------------- e-mail
MAILDOM = {
    "gb": ["btinternet.com", "gmail.com", "outlook.com", "sky.com"], "us": ["gmail.com", "yahoo.com", "icloud.com", "comcast.net"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"], "at": ["gmx.at", "aon.at"], "ch": ["bluewin.ch", "gmx.ch"],
    "fr": ["orange.fr", "free.fr", "laposte.net"], "be": ["telenet.be", "skynet.be"], "es": ["gmail.com", "telefonica.net"],
    "it": ["libero.it", "tiscali.it", "alice.it"], "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl"], "pt": ["sapo.pt", "gmail.com"],
    "br": ["uol.com.br", "bol.com.br", "gmail.com"], "pl": ["wp.pl", "onet.pl", "o2.pl"], "se": ["telia.com", "hotmail.se"],
    "in": ["gmail.com", "rediffmail.com"], "ja": ["docomo.ne.jp", "yahoo.co.jp"], "zh": ["qq.com", "163.com"],
    "ko": ["naver.com", "daum.net"], "ru": ["mail.ru", "yandex.ru"], "tr": ["gmail.com", "hotmail.com.tr"],
    "gr": ["otenet.gr", "yahoo.gr"], "ar": ["gmail.com", "emirates.net.ae"], "hi": ["gmail.com"], "th": ["hotmail.co.th", "gmail.com"],
    "ie": ["eircom.net", "gmail.com"], "au": ["bigpond.com", "optusnet.com.au"], "mx": ["prodigy.net.mx", "hotmail.com"],
}
TRANS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e", "ë": "e", "à": "a", "â": "a",
                       "ç": "c", "î": "i", "ï": "i", "ô": "o", "û": "u", "ù": "u", "ñ": "n", "í": "i", "ó": "o", "ú": "u",
                       "á": "a", "ã": "a", "õ": "o", "ł": "l", "ż": "z", "ź": "z", "ś": "s", "ć": "c", "ń": "n", "ę": "e",
                       "ą": "a", "å": "a", "ş": "s", "ğ": "g", "ı": "i", "ø": "o", "'": "", " ": "", "-": ""})


def ascii_name(p):
    if p.cul in ("ja", "zh", "ko"):
        return p.roman.split()[-1].lower().replace("-", ""), p.roman.split()[0].lower()
    if p.cul in ("ru", "gr", "ar", "hi", "th"):
        return ch(["olga", "dimitri", "nadia", "amit", "somchai", "eleni", "yusuf"]), str(R.randint(1950, 2003))
    return p.given.lower().translate(TRANS), p.family.lower().translate(TRANS)


def email(p, dom=None, cul=None):
    g, f = ascii_name(p)
    dom = dom or ch(MAILDOM.get(cul or p.cul, ["gmail.com"]))
    local = ch(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s_%s%d" % (g, f, R.randint(1, 99)), "%s.%s%d" % (f, g[:1], R.randint(50, 99))])
    return L("email", local + "@" + dom, sub="personal")


def work_email(p, dom):
    g, f = ascii_name(p)
    return L("email", ch(["%s.%s", "%s%s", "%s-%s"]) % (g[:1] if chance(0.3) else g, f) + "@" + dom, sub="work")


# ---------------------------------------------------------------- addresses
def _hn():
    return str(R.randint(1, 189))


def address(cty, multi=False):
    nl = "\n" if multi else ", "
    if cty == "us":
        st = ch(["Larkspur Lane", "Whitcomb Avenue", "Old Quarry Road", "Sycamore Bend Drive", "Beulah Street", "Tallow Creek Ct"])
        city, state, z = ch([("Dayton", "OH", "454"), ("Boise", "ID", "837"), ("Tacoma", "WA", "984"), ("Macon", "GA", "312"),
                             ("Lansing", "MI", "489"), ("Albuquerque", "NM", "871"), ("Duluth", "MN", "558")])
        unit = ch(["", ", Apt %d%s" % (R.randint(1, 9), ch("ABCD")), " Unit %d" % R.randint(2, 40)])
        v = "%d %s%s%s%s, %s %s%02d" % (R.randint(100, 9899), st, unit, nl, city, state, z, R.randint(1, 99))
        if chance(0.2):
            v += "-%04d" % R.randint(1, 9999)
    elif cty == "ca":
        v = "%d %s%s%s" % (R.randint(10, 2400), ch(["Maplecroft Crescent", "Rue des Érables", "Kingsway Drive"]), nl,
                           ch(["Guelph ON N1G %d%s%d" % (R.randint(1, 9), ch("ABCEHJK"), R.randint(1, 9)),
                               "Sherbrooke QC J1H %d%s%d" % (R.randint(1, 9), ch("ABCEHJK"), R.randint(1, 9))]))
    elif cty == "gb":
        st = ch(["Cowlishaw Road", "Brunswick Terrace", "Ashgrove Crescent", "Tanner's Row", "Kiln Lane", "Hawthorn Gardens"])
        town, pc = ch([("Sheffield", "S11"), ("Norwich", "NR2"), ("Cardiff", "CF24"), ("Leicester", "LE3"), ("Harrogate", "HG1"),
                       ("Plymouth", "PL4"), ("Stockport", "SK4")])
        flat = ch(["", "Flat %d, " % R.randint(1, 12), ""])
        v = "%s%s %s%s%s %s %d%s" % (flat, _hn(), st, nl, town, pc, R.randint(1, 9), ch("ABDEFGHJLNPQRSTUWXY") + ch("ABDEFGHJLNPQRSTUWXY"))
    elif cty == "ie":
        v = "%s %s%s%s" % (_hn(), ch(["Ardilaun Park", "Cnoc na Gréine", "Sallybrook Road"]), nl,
                           ch(["Ballincollig, Co. Cork P31 ", "Rathmines, Dublin 6, D06 ", "Knocknacarra, Galway H91 "]) +
                           ch("ACDEFHKNPRTVWXY") + str(R.randint(1, 9)) + ch("ACDEFHKNPRTVWXY") + str(R.randint(1, 9)))
    elif cty == "au":
        v = "%s%d %s%s%s" % (ch(["", "%d/" % R.randint(1, 12)]), R.randint(1, 140), ch(["Wattle Grove Rd", "Banksia Street", "Jacaranda Pde"]), nl,
                             ch(["Fremantle WA 6160", "Ballarat VIC 3350", "Toowoomba QLD 4350", "Hobart TAS 7000"]))
    elif cty in ("de", "at", "ch"):
        st = ch({"de": ["Hagebuttenweg", "Ziegeleistraße", "Kurze Reihe", "Mühlenkamp", "Am Lindenhof", "Sielwall"],
                 "at": ["Gablenzgasse", "Kainachweg", "Herrenstraße"], "ch": ["Rebbergstrasse", "Im Grund", "Seefeldweg"]}[cty])
        town = ch({"de": ["28357 Bremen", "34117 Kassel", "48149 Münster", "99084 Erfurt", "93047 Regensburg", "24105 Kiel"],
                   "at": ["1150 Wien", "8010 Graz", "4020 Linz", "6020 Innsbruck"], "ch": ["8049 Zürich", "3012 Bern", "4056 Basel", "6003 Luzern"]}[cty])
        hn = _hn() + ch(["", "", "a", "/%d" % R.randint(1, 14)] if cty == "at" else ["", "", "a", "b"])
        v = "%s %s%s%s" % (st, hn, nl, town)
    elif cty == "fr":
        v = "%s%s %s%s%s" % (_hn(), ch(["", "", " bis", " ter"]), ch(["rue des Tanneurs", "allée des Capucines", "impasse du Moulin-Vert",
                                                                       "boulevard de la Liberté", "chemin des Vignes"]), nl,
                           ch(["35000 Rennes", "37000 Tours", "34070 Montpellier", "38000 Grenoble", "59800 Lille", "54000 Nancy"]))
    elif cty == "be":
        v = ch(["Kapucijnenvoer %s%s3000 Leuven", "Rue de la Brasserie %s%s1050 Ixelles", "Sint-Pietersnieuwstraat %s%s9000 Gent"]) % (_hn(), nl)
    elif cty in ("es", "mx"):
        if cty == "es":
            v = "%s %s, %dº %s%s%s" % (ch(["Calle de la Alameda", "Avenida de Portugal", "Calle Mayor", "Paseo de la Ermita"]), _hn(),
                                       R.randint(1, 8), ch("ABCD"), nl, ch(["47005 Valladolid", "50008 Zaragoza", "29012 Málaga", "48007 Bilbao", "30008 Murcia"]))
        else:
            v = "Calle %s %s, Col. %s%s%05d %s" % (ch(["Jacarandas", "Fresno", "Mezquite"]), _hn(), ch(["Del Valle", "Lomas del Sur", "Jardines"]),
                                                 nl, R.randint(1000, 99999), ch(["Puebla, Pue.", "Guadalajara, Jal.", "Mérida, Yuc."]))
    elif cty == "it":
        v = "%s %s%s%s" % (ch(["Via dei Mille", "Via Giuseppe Verdi", "Viale delle Rimembranze", "Via San Rocco", "Vicolo del Pozzo"]), _hn(), nl,
                           ch(["40121 Bologna (BO)", "24122 Bergamo (BG)", "35121 Padova (PD)", "70122 Bari (BA)", "10128 Torino (TO)"]))
    elif cty == "nl":
        v = "%s %s%s%d %s%s %s" % (ch(["Zonnebloemstraat", "Kerkpad", "Lindelaan", "Bleekveld"]), _hn(), nl, R.randint(1011, 9999),
                                   ch("BCDGHKLNPRSTVWX"), ch("ABCEGHJKLNPRSTVXZ"), ch(["Utrecht", "Groningen", "Eindhoven", "Haarlem", "Zwolle"]))
    elif cty == "pt":
        v = "%s %s, %s%s%04d-%03d %s" % (ch(["Rua do Almada", "Travessa das Flores", "Avenida da Boavista"]), _hn(), ch(["2.º Esq.", "1.º Dto.", "r/c"]), nl,
                                         R.randint(1000, 4999), R.randint(1, 999), ch(["Porto", "Coimbra", "Braga", "Lisboa"]))
    elif cty == "br":
        v = "%s, %s%s - %s%s%s - %s, %05d-%03d" % (ch(["Rua das Acácias", "Avenida Brasil", "Rua Tamandaré", "Travessa Piauí"]), ch(["nº ", ""]), _hn(),
                                                 ch(["ap. %d" % R.randint(11, 904), "casa 2", "bloco B"]), nl if multi else ", ",
                                                 ch(["Santa Efigênia", "Boa Viagem", "Batel", "Menino Deus"]),
                                                 ch(["Belo Horizonte - MG", "Recife - PE", "Curitiba - PR", "Porto Alegre - RS"]), R.randint(10000, 99999), R.randint(0, 999))
    elif cty == "pl":
        v = "ul. %s %s%s%s%s" % (ch(["Zielna", "Kwiatowa", "Ogrodowa", "Lipowa"]), _hn(), ch(["", " m. %d" % R.randint(1, 60), "/%d" % R.randint(1, 60)]), nl,
                                 ch(["90-601 Łódź", "61-701 Poznań", "50-049 Wrocław", "80-831 Gdańsk", "20-002 Lublin"]))
    elif cty == "se":
        v = "%s %s%s%s" % (ch(["Solrosvägen", "Kyrkogatan", "Björkbacken"]), _hn(), nl, ch(["416 75 Göteborg", "752 36 Uppsala", "214 21 Malmö", "903 30 Umeå"]))
    elif cty == "in":
        v = "%s, %s, %s%s%s" % (ch(["Flat %d%s" % (R.randint(1, 12), ch("ABC")), "H.No. %d-%d" % (R.randint(1, 12), R.randint(10, 300)), "No. %d" % R.randint(1, 99)]),
                                ch(["Shanti Kunj Apartments", "Sai Krupa Residency", "Green Meadows"]), ch(["14th Cross, Indiranagar", "Kothrud", "Adyar", "Salt Lake Sector II", "Banjara Hills"]), nl,
                                ch(["Bengaluru, Karnataka 5600%02d" % R.randint(1, 99), "Pune, Maharashtra 4110%02d" % R.randint(1, 60),
                                    "Chennai, Tamil Nadu 6000%02d" % R.randint(1, 99), "Kolkata, West Bengal 7000%02d" % R.randint(1, 99),
                                    "Hyderabad, Telangana 5000%02d" % R.randint(1, 99)]))
    elif cty == "hi":
        v = "मकान नं. %d, %s, %s %d" % (R.randint(1, 200), ch(["शास्त्री नगर", "गांधी मार्ग", "सिविल लाइंस"]), ch(["जयपुर, राजस्थान", "लखनऊ, उत्तर प्रदेश", "भोपाल, मध्य प्रदेश"]), R.randint(200000, 499999))
    elif cty == "ja":
        pc, base = ch([("530-0041", "大阪府大阪市北区天神橋"), ("460-0008", "愛知県名古屋市中区栄"), ("810-0001", "福岡県福岡市中央区天神"),
                       ("060-0042", "北海道札幌市中央区大通西"), ("980-0811", "宮城県仙台市青葉区一番町")])
        v = "〒%s %s%d丁目%d-%d%s" % (pc, base, R.randint(1, 6), R.randint(1, 30), R.randint(1, 20), ch(["", " コーポ桜%d号室" % R.randint(101, 405), " メゾン緑%d" % R.randint(101, 305)]))
    elif cty == "zh":
        v = ch(["上海市徐汇区漕溪北路%d弄%d号%d室", "北京市朝阳区安贞西里%d区%d号楼%d", "广州市天河区体育西路%d号%d栋%d房", "成都市武侯区玉林北路%d号%d栋%d"]) % (
            R.randint(10, 300), R.randint(1, 30), R.randint(101, 2405))
    elif cty == "ko":
        v = ch(["서울특별시 마포구 월드컵북로%d길 %d, %d호", "부산광역시 해운대구 센텀중앙로 %d, %d동 %d호", "대전광역시 서구 둔산로 %d, %d동 %d호"]) % (
            R.randint(2, 80), R.randint(1, 120), R.randint(101, 1504))
    elif cty == "ru":
        v = "%s, г. %s, ул. %s, д. %d, кв. %d" % (ch(["420111", "620014", "630099", "443010"]), ch(["Казань", "Екатеринбург", "Новосибирск", "Самара"]),
                                                 ch(["Садовая", "Малышева", "Советская", "Луговая"]), R.randint(1, 90), R.randint(1, 200))
    elif cty == "tr":
        v = ch(["Bağdat Cad. No: %d D: %d, 34728 Kadıköy/İstanbul", "Tunalı Hilmi Cad. No: %d D: %d, 06680 Çankaya/Ankara",
                "Kıbrıs Şehitleri Cad. No: %d D: %d, 35220 Alsancak/İzmir"]) % (R.randint(1, 400), R.randint(1, 20))
    elif cty == "gr":
        v = ch(["Ερμού %d, 105 63 Αθήνα", "Τσιμισκή %d, 546 22 Θεσσαλονίκη", "Κορίνθου %d, 262 21 Πάτρα"]) % R.randint(1, 180)
    elif cty == "ar":
        v = ch(["فيلا %d، شارع %d، البرشاء، دبي", "شقة %d، بناية %d، شارع الكورنيش، أبوظبي", "منزل %d، حي %d، الرياض"]) % (R.randint(1, 90), R.randint(2, 40))
    elif cty == "th":
        v = "%d/%d หมู่ %d ถนน%s %s %d" % (R.randint(1, 300), R.randint(1, 90), R.randint(1, 12), ch(["สุขุมวิท", "พหลโยธิน", "เพชรเกษม"]),
                                         ch(["ตำบลบางเมือง อำเภอเมือง จังหวัดสมุทรปราการ", "แขวงลาดยาว เขตจตุจักร กรุงเทพฯ", "ตำบลสุเทพ อำเภอเมือง จังหวัดเชียงใหม่"]),
                                         R.randint(10100, 50300))
    else:
        raise KeyError(cty)
    return L("address", v, sub=cty)


# ---------------------------------------------------------------- gov ids (with their checks)
def kvnr_check(letter, d8):
    s = "%02d" % (ord(letter) - 64) + d8
    tot = 0
    for i, c in enumerate(s):
        v = int(c) * (1 if i % 2 == 0 else 2)
        tot += v // 10 + v % 10
    return str(tot % 10)


def kvnr():
    l_ = ch(string.ascii_uppercase)
    d8 = nz(R, 8)
    return l_ + d8 + kvnr_check(l_, d8)


def pesel(d, sex):
    mm = d.month + (20 if d.year >= 2000 else 0)
    body = "%02d%02d%02d%03d%d" % (d.year % 100, mm, d.day, R.randint(0, 999), R.choice([0, 2, 4, 6, 8] if sex == "f" else [1, 3, 5, 7, 9]))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(c) * x for c, x in zip(body, w)) % 10) % 10)


def pnr_se(d):
    body = "%02d%02d%02d%03d" % (d.year % 100, d.month, d.day, R.randint(0, 999))
    return body, luhn_complete(body)[-1]


def mynumber():
    b = nz(R, 11)
    s = sum(int(c) * (i + 2 if i < 6 else i - 4) for i, c in enumerate(reversed(b)))
    r = s % 11
    return b + str(0 if r <= 1 else 11 - r)


def cn_id(d, sex):
    area = ch(["110105", "310104", "440106", "510107", "330106"])
    seq = "%02d%d" % (R.randint(0, 99), R.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
    b = area + "%d%02d%02d" % (d.year, d.month, d.day) + seq
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return b + "10X98765432"[sum(int(c) * x for c, x in zip(b, w)) % 11]


def kr_rrn(d, sex):
    s = (1 if sex == "m" else 2) + (2 if d.year >= 2000 else 0)
    b = "%02d%02d%02d%d%s" % (d.year % 100, d.month, d.day, s, digits(R, 5))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return b[:6] + "-" + b[6:] + str((11 - sum(int(c) * x for c, x in zip(b, w)) % 11) % 10)


def snils():
    while True:
        b = digits(R, 9)
        if int(b) <= 1001998:
            continue
        s = sum(int(c) * (9 - i) for i, c in enumerate(b))
        c = s if s < 100 else (0 if s in (100, 101) else s % 101)
        if c == 100:
            c = 0
        return "%s-%s-%s %02d" % (b[:3], b[3:6], b[6:], c)


def tckn():
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
        d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        d11 = (sum(d) + d10) % 10
        return "".join(map(str, d + [d10, d11]))


def amka(d):
    return luhn_complete("%02d%02d%02d%s" % (d.day, d.month, d.year % 100, digits(R, 4)))


def emirates_id(d):
    return luhn_complete("784%d%s" % (d.year, digits(R, 7)))


def thai_id():
    b = R.choice("1358") + digits(R, 11)
    return b + str((11 - sum(int(c) * (13 - i) for i, c in enumerate(b)) % 11) % 10)


def ahv():
    b = "756" + digits(R, 9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
    v = b + str((10 - s % 10) % 10)
    return "%s.%s.%s.%s" % (v[:3], v[3:7], v[7:11], v[11:])


def at_svnr(d):
    while True:
        ser = nz(R, 3)
        dd = "%02d%02d%02d" % (d.day, d.month, d.year % 100)
        w3, wd = [3, 7, 9], [5, 8, 4, 2, 1, 6]
        c = (sum(int(a) * b for a, b in zip(ser, w3)) + sum(int(a) * b for a, b in zip(dd, wd))) % 11
        if c < 10:
            return "%s%d %s" % (ser, c, dd)


def be_niss(d):
    while True:
        b = "%02d%02d%02d%03d" % (d.year % 100, d.month, d.day, R.randint(1, 997))
        n = int(("2" if d.year >= 2000 else "") + b)
        return "%s.%s.%s-%s.%02d" % (b[:2], b[2:4], b[4:6], b[6:9], 97 - n % 97)


def ppsn():
    d7 = digits(R, 7)
    s = sum(int(c) * (8 - i) for i, c in enumerate(d7))
    return d7 + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]


def pt_nif():
    while True:
        b = R.choice("12") + digits(R, 7)
        c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(b)) % 11
        return b + str(0 if c >= 10 else c)


def au_medicare():
    b = R.choice("23456") + digits(R, 7)
    c = sum(int(x) * w for x, w in zip(b, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    return "%s %s%d %d" % (b[:4], b[4:], c, R.randint(1, 9))


def on_hcn():
    b = luhn_complete(R.choice("123456789") + digits(R, 8))
    return "%s-%s-%s-%s" % (b[:4], b[4:7], b[7:], ch(string.ascii_uppercase) + ch(string.ascii_uppercase))


def cns_br():
    while True:
        b = R.choice("789") + digits(R, 13)
        s = sum(int(c) * (15 - i) for i, c in enumerate(b))
        for last in range(10):
            if (s + last) % 11 == 0:
                v = b + str(last)
                return "%s %s %s %s" % (v[:3], v[3:7], v[7:11], v[11:])


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    a = MBI_L + string.digits
    v = R.choice("123456789") + ch(MBI_L) + ch(a) + ch(string.digits) + ch(MBI_L) + ch(a) + ch(string.digits) + ch(MBI_L) + ch(MBI_L) + ch(string.digits) + ch(string.digits)
    return ch([v, v[:4] + "-" + v[4:7] + "-" + v[7:]])


def nhs_fmt():
    v = nhs_random(R)
    return ch([v[:3] + " " + v[3:6] + " " + v[6:], v, v[:3] + "-" + v[3:6] + "-" + v[6:]])


def nir_for(p):
    body, key = nir_random(R, sex="1" if p.sex == "m" else "2", yy=p.dob.year % 100, mm=p.dob.month)
    return ch(["%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key), body + key, body + " " + key])


BELFIORE = ["H501", "F205", "F839", "L219", "A944", "G273", "D612"]


def cf_for(p):
    return cf_make(p.family.replace(" ", ""), p.given, p.dob.year % 100, p.dob.month, p.dob.day, p.sex == "f", ch(BELFIORE))


def gid(kind, p=None):
    d = p.dob if p else rand_dob()
    sx = p.sex if p else ch("fm")
    if kind == "nhs":
        v = nhs_fmt()
    elif kind == "kvnr":
        v = kvnr()
    elif kind == "nir":
        v = nir_for(p)
    elif kind == "cf":
        v = cf_for(p)
    elif kind == "dni":
        n, l_ = dni_random(R)
        v = ch([n + l_, n + "-" + l_])
    elif kind == "nie":
        a, b, c = nie_random(R)
        v = a + b + c
    elif kind == "bsn":
        b = bsn_random(R)
        v = ch([b, b[:4] + "." + b[4:6] + "." + b[6:]])
    elif kind == "ssn":
        a, b, c = ssn_random(R)
        v = "%s-%s-%s" % (a, b, c)
    elif kind == "mbi":
        v = mbi()
    elif kind == "nino":
        a, b, c = nino_random(R)
        v = "%s %s %s %s %s" % (a, b[:2], b[2:4], b[4:], c)
    elif kind == "aadhaar":
        b = aadhaar_random(R)
        v = ch([b[:4] + " " + b[4:8] + " " + b[8:], b])
    elif kind == "cpf":
        b = cpf_random(R)
        v = "%s.%s.%s-%s" % (b[:3], b[3:6], b[6:9], b[9:])
    elif kind == "cns":
        v = cns_br()
    elif kind == "pesel":
        v = pesel(d, sx)
    elif kind == "pnr_se":
        b, c = pnr_se(d)
        v = ("19" if d.year < 2000 else "20") + b[:6] + "-" + b[6:] + c if chance(0.5) else b[:6] + "-" + b[6:] + c
    elif kind == "mynumber":
        b = mynumber()
        v = ch([b, b[:4] + " " + b[4:8] + " " + b[8:]])
    elif kind == "cn_id":
        v = cn_id(d, sx)
    elif kind == "kr_rrn":
        v = kr_rrn(d, sx)
    elif kind == "snils":
        v = snils()
    elif kind == "tckn":
        v = tckn()
    elif kind == "amka":
        v = amka(d)
    elif kind == "emirates_id":
        b = emirates_id(d)
        v = "%s-%s-%s-%s" % (b[:3], b[3:7], b[7:14], b[14:])
    elif kind == "thai_id":
        b = thai_id()
        v = "%s-%s-%s-%s-%s" % (b[0], b[1:5], b[5:10], b[10:12], b[12])
    elif kind == "ahv":
        v = ahv()
    elif kind == "at_svnr":
        v = at_svnr(d)
    elif kind == "be_niss":
        v = be_niss(d)
    elif kind == "ppsn":
        v = ppsn()
    elif kind == "pt_nif":
        v = pt_nif()
    elif kind == "au_medicare":
        v = au_medicare()
    elif kind == "on_hcn":
        v = on_hcn()
    else:
        raise KeyError(kind)
    return L("gov_id", v, sub=kind)


# ---------------------------------------------------------------- money, network, secrets
def iban(cty):
    v = iban_random(R, cty)
    f = R.random()
    if f < 0.6:
        v = group(v)
    elif f < 0.7:
        v = group(v, 4, "\u00a0")
    return L("iban", v, sub=cty)


def card(issuer=None):
    issuer = issuer or ch(["visa", "visa", "mastercard", "mastercard2", "amex", "maestro", "discover", "jcb", "unionpay"])
    n = card_random(R, issuer)
    if issuer == "amex":
        v = ch(["%s %s %s" % (n[:4], n[4:10], n[10:]), n])
    elif len(n) == 16:
        v = ch([" ", "-", "", " "]).join(n[i:i + 4] for i in range(0, 16, 4))
    else:
        v = n
    return L("card", v, sub=issuer)


def pub_ipv4():
    while True:
        a = R.randint(5, 223)
        ip = ipaddress.IPv4Address("%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))
        if ip.is_global and not ip.is_multicast:
            return str(ip)


def ip_label(kind=None):
    kind = kind or ch(["v4", "v4", "v4", "v6", "private"])
    if kind == "v4":
        return L("ip", pub_ipv4(), sub="ipv4")
    if kind == "private":
        return L("ip", ch(["192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 250)), "10.%d.%d.%d" % (R.randint(0, 99), R.randint(0, 255), R.randint(2, 250))]), sub="ipv4_private")
    pre = ch(["2a02:8108:", "2003:e1:", "2a01:cb1d:", "2a00:23c5:", "2600:1700:"])
    return L("ip", pre + pre_fill(pre), sub="ipv6")


def pre_fill(pre):
    n = 8 - (pre.count(":"))
    return ":".join("%x" % R.randint(1, 0xffff) for _ in range(n))


def password():
    return ch(["Sonnenblume", "Physio", "Kamille", "Bluebell", "Tulipe", "Girasol", "Hortensja", "Lavanda", "Kiwi"]) + \
        ch(["!", "#", "$", "*", "_", "-", "."]) + str(R.randint(10, 9999)) + ch(["", "x", "Q", "?", "!"])


def Ls(kind):
    if kind == "password":
        return L("secret", password(), sub="password")
    if kind == "client_secret":
        return L("secret", rnd(R, string.ascii_letters + string.digits + "-_", 40), sub="client_secret")
    if kind == "twilio_token":
        return L("secret", rnd(R, "0123456789abcdef", 32), sub="twilio_auth_token")
    return L("secret", secret_random(R, kind), sub=kind)


# ---------------------------------------------------------------- requests (text's language)
REQ = {
    "en": ["Can you explain this discharge letter in plain words?", "What does this result actually mean? Should I worry?",
           "Please summarise this for my sister, she can't make sense of it:", "Could you turn this into a short checklist for me?",
           "Can you help me reply to this politely?", "Is anything missing from this form before I send it?",
           "Help me understand what they're asking for here.", "Can you rewrite this so the carers can read it quickly?"],
    "de": ["Was bedeutet dieser Befund?", "Kannst du mir den Arztbrief in einfachen Worten erklären?",
           "Hilf mir bitte, darauf höflich zu antworten.", "Fehlt in dem Formular noch etwas?", "Fass das bitte kurz für meine Geschwister zusammen:"],
    "fr": ["Tu peux m'expliquer ce compte rendu simplement ?", "Que veut dire ce résultat ?", "Aide-moi à répondre à ce courrier, s'il te plaît.",
           "Est-ce que ce formulaire est complet ?"],
    "es": ["¿Me explicas este informe con palabras sencillas?", "¿Qué significa este resultado?", "Ayúdame a contestar a este mensaje.",
           "¿Falta algo en este formulario?"],
    "it": ["Mi spieghi questa lettera di dimissione in parole semplici?", "Cosa vuol dire questo referto?", "Aiutami a rispondere a questa email."],
    "nl": ["Kun je deze ontslagbrief in gewone taal uitleggen?", "Wat betekent deze uitslag?", "Help me dit netjes te beantwoorden."],
    "pt": ["Pode me explicar esse laudo em palavras simples?", "O que significa este resultado?", "Me ajuda a responder essa mensagem?"],
    "pl": ["Wyjaśnisz mi ten wypis prostymi słowami?", "Co oznacza ten wynik?", "Pomóż mi odpisać na tę wiadomość."],
    "sv": ["Kan du förklara den här epikrisen på enkel svenska?", "Vad betyder provsvaret?"],
    "ja": ["この検査結果の意味をわかりやすく説明してください。", "この紹介状を要約してもらえますか？", "この書類に記入漏れがないか確認して。"],
    "zh": ["帮我用通俗的话解释一下这份化验单：", "这份出院小结是什么意思？", "帮我检查一下这张表有没有漏填的。"],
    "ko": ["이 검사 결과 좀 쉽게 설명해 주세요.", "이 진료의뢰서 요약해 줄 수 있어요?", "이 서류에 빠진 거 있는지 봐 주세요."],
    "ru": ["Объясни, пожалуйста, простыми словами эту выписку.", "Что означают эти анализы?", "Помоги ответить на это сообщение."],
    "ar": ["هل يمكنك شرح هذا التقرير بكلمات بسيطة؟", "ماذا تعني هذه النتيجة؟", "ساعدني في الرد على هذه الرسالة."],
    "hi": ["क्या आप इस रिपोर्ट को आसान शब्दों में समझा सकते हैं?", "इस पर्चे का क्या मतलब है?", "इस फ़ॉर्म में कुछ छूटा तो नहीं?"],
    "el": ["Μπορείς να μου εξηγήσεις απλά αυτό το εξιτήριο;", "Τι σημαίνουν αυτές οι εξετάσεις;"],
    "th": ["ช่วยอธิบายผลตรวจนี้ให้เข้าใจง่าย ๆ หน่อย", "ใบนี้หมายความว่าอะไร"],
    "tr": ["Bu epikriz raporunu sade bir dille açıklar mısın?", "Bu tahlil sonuçları ne anlama geliyor?", "Bu mesaja kibarca cevap yazmama yardım et."],
}
REQ["in"] = REQ["en"]


def wrap(lang, parts):
    """A request line in the text's language before or after the paste."""
    rq = ch(REQ[lang])
    style = R.randint(0, 5)
    if style == 0:
        return [rq, "\n\n", parts]
    if style == 1:
        return [parts, "\n\n", rq]
    if style == 2:
        return [rq, "\n\n\"\"\"\n", parts, "\n\"\"\""]
    if style == 3:
        return [rq, "\n```\n", parts, "\n```"]
    if style == 4:
        return [rq, "\n---\n", parts]
    return [rq, " ", parts] if lang not in ("ja", "zh") else [rq, parts]


# ---------------------------------------------------------------- look-alikes of the theme
EPONYM = {
    "en": ["Parkinson's disease", "Crohn's disease", "Hodgkin lymphoma", "Down syndrome", "Apgar score 9/10", "Glasgow Coma Scale 15",
           "Bell's palsy", "Raynaud's phenomenon", "Graves' disease", "Baker's cyst", "Epley manoeuvre", "Barthel index 55",
           "Waterlow score 14", "Guillain-Barré syndrome", "Dupuytren's contracture", "Achilles tendinopathy", "Hashimoto's thyroiditis",
           "Alzheimer's disease", "Addison's disease", "Osgood-Schlatter", "Cushing's syndrome", "Ménière's disease"],
    "de": ["Morbus Parkinson", "Morbus Crohn", "Morbus Basedow", "Hashimoto-Thyreoiditis", "Alzheimer-Demenz", "Barthel-Index 45",
           "Glasgow Coma Scale 14", "Down-Syndrom", "Baker-Zyste", "Bechterew", "Apgar 8/9/10", "Braden-Skala 15"],
    "fr": ["maladie de Parkinson", "maladie de Crohn", "maladie d'Alzheimer", "syndrome de Down", "score d'Apgar 10", "échelle de Glasgow 15",
           "lymphome de Hodgkin", "syndrome de Raynaud", "manœuvre d'Epley"],
    "es": ["enfermedad de Parkinson", "enfermedad de Crohn", "síndrome de Down", "test de Apgar 9", "escala de Glasgow 15", "linfoma de Hodgkin",
           "índice de Barthel 60", "tiroiditis de Hashimoto"],
    "it": ["morbo di Parkinson", "malattia di Crohn", "sindrome di Down", "indice di Apgar 9", "scala di Glasgow 15", "linfoma di Hodgkin", "tiroidite di Hashimoto"],
    "nl": ["ziekte van Parkinson", "ziekte van Crohn", "syndroom van Down", "Apgar-score 9", "Glasgow Coma Scale 15", "ziekte van Alzheimer"],
    "pt": ["doença de Parkinson", "doença de Crohn", "síndrome de Down", "Apgar 9/10", "escala de Glasgow 15", "doença de Alzheimer", "doença de Chagas"],
    "pl": ["choroba Parkinsona", "choroba Leśniowskiego-Crohna", "zespół Downa", "skala Glasgow 15", "choroba Hashimoto"],
    "sv": ["Parkinsons sjukdom", "Crohns sjukdom", "Downs syndrom", "Apgar 9"],
    "ja": ["パーキンソン病", "橋本病", "クローン病", "アルツハイマー型認知症", "ダウン症候群"],
    "zh": ["帕金森病", "克罗恩病", "桥本甲状腺炎", "阿尔茨海默病", "唐氏综合征"],
    "ko": ["파킨슨병", "크론병", "하시모토 갑상선염", "알츠하이머병"],
    "ru": ["болезнь Паркинсона", "болезнь Крона", "синдром Дауна", "шкала Глазго 15", "болезнь Альцгеймера"],
    "ar": ["مرض باركنسون", "داء كرون", "متلازمة داون", "مرض الزهايمر"],
    "hi": ["पार्किंसंस रोग", "अल्ज़ाइमर", "डाउन सिंड्रोम"],
    "el": ["νόσος Πάρκινσον", "νόσος Crohn", "θυρεοειδίτιδα Hashimoto", "σύνδρομο Down"],
    "th": ["โรคพาร์กินสัน", "โรคอัลไซเมอร์", "ดาวน์ซินโดรม"],
    "tr": ["Parkinson hastalığı", "Crohn hastalığı", "Haşimoto tiroiditi", "Down sendromu", "Alzheimer"],
}
EPONYM["in"] = EPONYM["en"]

ICD = ["I10", "E11.9", "J44.1", "N39.0", "I48.91", "K50.90", "G20", "F03.90", "M17.11", "J18.9", "E03.9", "C81.90", "I63.9", "S72.001A", "R55"]
LOINC = ["2345-7", "4548-4", "718-7", "2160-0", "1742-6", "6690-2", "2093-3", "33914-3", "3016-3"]
SNOMED = ["38341003", "44054006", "195967001", "49436004", "73211009"]
DRUGS = ["Metformin 500 mg 1-0-1", "Ramipril 5 mg 1-0-0", "Apixaban 5 mg 1-0-1", "Levothyroxine 75 µg", "Atorvastatin 40 mg 0-0-1",
         "Bisoprolol 2.5 mg", "Pantoprazole 40 mg", "Amoxicillin 500 mg TDS x 7 days", "Paracetamol 1 g QDS PRN", "Furosemide 40 mg",
         "Salbutamol 100 µg 2 puffs PRN", "Sertraline 50 mg", "Levodopa/Carbidopa 100/25 mg", "Insulin glargine 18 IU"]


def neg_mrn(style=None):
    style = style or ch(["mrn", "fall", "ipp", "nhc", "acc", "pid"])
    v = {"mrn": "MRN %s" % digits(R, 8), "fall": "Fall-Nr. %d%s" % (R.randint(2024, 2026), digits(R, 6)),
         "ipp": "IPP %s" % digits(R, 9), "nhc": "NHC %s" % digits(R, 7),
         "acc": "Acc# %s%s" % (ch(["CT", "MR", "US", "XR"]), digits(R, 8)), "pid": "PID-%s" % digits(R, 7)}[style]
    return N(v, "mrn")


def neg_lab(lang="en"):
    rows = [("Hb", "%.1f" % R.uniform(9.5, 16.5), "g/dL", "12.0–16.0", "718-7"), ("WBC", "%.1f" % R.uniform(3.1, 14.8), "10^9/L", "4.0–11.0", "6690-2"),
            ("Creatinine", "%d" % R.randint(55, 190), "µmol/L", "45–90", "2160-0"), ("HbA1c", "%d" % R.randint(36, 82), "mmol/mol", "< 42", "4548-4"),
            ("TSH", "%.2f" % R.uniform(0.2, 9.8), "mU/L", "0.27–4.20", "3016-3"), ("CRP", "%d" % R.randint(1, 160), "mg/L", "< 5", "1988-5"),
            ("ALT", "%d" % R.randint(12, 140), "U/L", "< 35", "1742-6"), ("Potassium", "%.1f" % R.uniform(3.1, 5.9), "mmol/L", "3.5–5.1", "2823-3"),
            ("eGFR", "%d" % R.randint(24, 95), "mL/min/1.73m²", "> 60", "33914-3"), ("LDL-C", "%.1f" % R.uniform(1.4, 5.2), "mmol/L", "< 3.0", "13457-7")]
    R.shuffle(rows)
    out = []
    for r in rows[:R.randint(3, 6)]:
        out.append(N("%-11s %6s %-13s (%s)  LOINC %s" % r, "lab_value"))
        out.append("\n")
    return out[:-1]


def neg_vitals():
    return N(ch(["BP %d/%d mmHg, HR %d bpm, SpO2 %d%%" % (R.randint(100, 170), R.randint(60, 100), R.randint(52, 110), R.randint(88, 99)),
                 "RR %d/%d, Puls %d/min, Temp. %.1f °C" % (R.randint(100, 170), R.randint(60, 100), R.randint(52, 110), R.uniform(36.1, 39.4)),
                 "Height %d cm, weight %.1f kg, BMI %.1f" % (R.randint(150, 192), R.uniform(48, 110), R.uniform(19, 34))]), "vitals")


def neg_date(fmt="dmy/"):
    return N(fmt_date(some_date(), fmt), "non_birth_date")


def neg_lot():
    return N(ch(["Lot %s%s" % (ch(["FK", "EW", "AB", "HX"]), digits(R, 4)), "Ch.-B. %s%s" % (ch(["T", "K", "M"]), digits(R, 5)), "LOT %d%s" % (R.randint(100, 999), ch("ABCDE"))]), "lot_number")


ROLE_MAIL = {"en": ["appointments", "reception", "billing", "claims", "pharmacy", "noreply", "patient.services", "enquiries", "referrals", "it-helpdesk"],
             "de": ["termine", "info", "verwaltung", "patientenservice", "praxis", "abrechnung"], "fr": ["rdv", "accueil", "secretariat", "facturation"],
             "es": ["citas", "atencionalpaciente", "facturacion"], "it": ["cup", "prenotazioni", "urp"], "nl": ["afspraken", "polikliniek", "info"],
             "pt": ["agendamento", "atendimento", "faturamento"], "pl": ["rejestracja", "sekretariat"], "sv": ["vardcentral", "info"]}


def role_mail(lang, dom):
    return N(ch(ROLE_MAIL.get(lang, ROLE_MAIL["en"])) + "@" + dom, "role_mailbox")


# ---------------------------------------------------------------- countries
# country: (lang, name culture, address layout, phone plan, health/national ids, IBAN country)
LOC = {
    "gb": ("en", "gb", "gb", "GB", ["nhs", "nhs", "nino"], "GB"), "ie": ("en", "ie", "ie", "IE", ["ppsn"], "IE"),
    "us": ("en", "us", "us", "US", ["ssn", "mbi"], None), "au": ("en", "au", "au", "AU", ["au_medicare"], None),
    "ca": ("en", "us", "ca", "CA", ["on_hcn"], None), "in": ("in", "in", "in", "IN", ["aadhaar"], None),
    "de": ("de", "de", "de", "DE", ["kvnr"], "DE"), "at": ("de", "at", "at", "AT", ["at_svnr"], "AT"),
    "ch": ("de", "ch", "ch", "CH", ["ahv"], "CH"), "fr": ("fr", "fr", "fr", "FR", ["nir"], "FR"),
    "be": ("fr", "be", "be", "BE", ["be_niss"], "BE"), "es": ("es", "es", "es", "ES", ["dni", "nie"], "ES"),
    "mx": ("es", "mx", "mx", "MX", [], None), "it": ("it", "it", "it", "IT", ["cf"], "IT"),
    "nl": ("nl", "nl", "nl", "NL", ["bsn"], "NL"), "pt": ("pt", "pt", "pt", "PT", ["pt_nif"], "PT"),
    "br": ("pt", "br", "br", "BR", ["cpf", "cns"], None), "pl": ("pl", "pl", "pl", "PL", ["pesel"], "PL"),
    "se": ("sv", "se", "se", "SE", ["pnr_se"], "SE"), "tr": ("tr", "tr", "tr", "TR", ["tckn"], "TR"),
    "gr": ("el", "gr", "gr", "GR", ["amka"], "GR"), "ru": ("ru", "ru", "ru", "RU", ["snils"], None),
    "ja": ("ja", "ja", "ja", "JP", ["mynumber"], None), "zh": ("zh", "zh", "zh", "CN", ["cn_id"], None),
    "ko": ("ko", "ko", "ko", "KR", ["kr_rrn"], None), "ae": ("ar", "ar", "ar", "AE", ["emirates_id"], "AE"),
    "th": ("th", "th", "th", "TH", ["thai_id"], None), "hi": ("hi", "hi", "hi", "IN", ["aadhaar"], None),
}
HOSP = {
    "gb": ["St Aldhelm's Hospital", "Royal Wessex Infirmary", "Great Ormond Street Hospital", "Addenbrooke's Hospital", "Northgate Community Hospital"],
    "ie": ["Mater Misericordiae University Hospital", "St Columcille's Hospital", "Cork University Hospital"],
    "us": ["Mercy Ridge Medical Center", "Johns Hopkins Hospital", "Mayo Clinic", "Cedar Valley Health", "Lakeshore Family Medicine"],
    "au": ["Royal Perth Hospital", "Sir Charles Gairdner Hospital", "Ballarat Base Hospital"],
    "ca": ["Sunnybrook Health Sciences Centre", "Hôpital Maisonneuve-Rosemont", "Guelph General Hospital"],
    "in": ["Apollo Hospitals", "Ruby Hall Clinic", "Narayana Health City", "Sri Jayadeva Institute of Cardiovascular Sciences"],
    "de": ["Klinikum Am Weserbogen", "Helios Klinikum Emil von Behring", "Evangelisches Krankenhaus Bethesda", "Universitätsklinikum Carl Gustav Carus"],
    "at": ["Klinik Ottakring", "LKH-Univ. Klinikum Graz", "Kepler Universitätsklinikum"],
    "ch": ["Kantonsspital Baden", "Universitätsspital Basel", "Hirslanden Klinik St. Anna"],
    "fr": ["Hôpital européen Georges-Pompidou", "CHU Pontchaillou", "Hôpital Necker-Enfants malades", "Clinique des Cèdres"],
    "be": ["UZ Leuven Gasthuisberg", "Hôpital Erasme", "AZ Sint-Jan"],
    "es": ["Hospital General Universitario Gregorio Marañón", "Hospital Clínico Lozano Blesa", "Hospital Universitario Cruces"],
    "mx": ["Hospital Ángeles Lomas", "IMSS Hospital General de Zona 8"],
    "it": ["Policlinico Agostino Gemelli", "Ospedale Niguarda Ca' Granda", "Policlinico Sant'Orsola-Malpighi", "Ospedale Papa Giovanni XXIII"],
    "nl": ["Wilhelmina Kinderziekenhuis", "Antoni van Leeuwenhoek", "Isala Zwolle", "Martini Ziekenhuis"],
    "pt": ["Hospital de Santo António", "Hospital Pedro Hispano", "Hospital de São João"],
    "br": ["Hospital Israelita Albert Einstein", "Hospital Sírio-Libanês", "Santa Casa de Misericórdia", "Hospital Moinhos de Vento"],
    "pl": ["Szpital im. Mikołaja Kopernika", "Szpital Kliniczny im. Jana Mikulicza-Radeckiego", "Centrum Zdrowia Dziecka"],
    "se": ["Karolinska Universitetssjukhuset", "Sahlgrenska Universitetssjukhuset", "Akademiska sjukhuset"],
    "tr": ["Acıbadem Altunizade Hastanesi", "Dr. Siyami Ersek Göğüs Kalp ve Damar Cerrahisi EAH", "Ankara Bilkent Şehir Hastanesi"],
    "gr": ["Γενικό Νοσοκομείο Ευαγγελισμός", "Νοσοκομείο Παίδων Αγία Σοφία", "ΑΧΕΠΑ"],
    "ru": ["ГКБ им. С. П. Боткина", "НМИЦ им. В. А. Алмазова", "Городская больница № 40"],
    "ja": ["聖路加国際病院", "大阪赤十字病院", "北野病院", "慶應義塾大学病院"],
    "zh": ["北京协和医院", "上海瑞金医院", "四川大学华西医院", "中山大学附属第一医院"],
    "ko": ["서울아산병원", "세브란스병원", "삼성서울병원"],
    "ae": ["مستشفى راشد", "مدينة الشيخ خليفة الطبية", "مستشفى الملك فيصل التخصصي"],
    "th": ["โรงพยาบาลศิริราช", "โรงพยาบาลจุฬาลงกรณ์", "โรงพยาบาลมหาราชนครเชียงใหม่"],
    "hi": ["सवाई मान सिंह अस्पताल", "राम मनोहर लोहिया अस्पताल", "अखिल भारतीय आयुर्विज्ञान संस्थान"],
}
HDOM = {"gb": "stalhelms.nhs.uk", "ie": "materhealth.ie", "us": "mercyridge.org", "au": "health.wa.gov.au", "ca": "guelphgh.on.ca",
        "in": "rubyhallclinic.in", "de": "klinikum-weserbogen.de", "at": "ottakring-klinik.at", "ch": "ksb-baden.ch", "fr": "chu-pontchaillou.fr",
        "be": "azsintjan.be", "es": "hgu-cruces.es", "mx": "angeleslomas.mx", "it": "policlinico-sorsola.it", "nl": "martini-zh.nl",
        "pt": "hsantoantonio.pt", "br": "hmoinhos.com.br", "pl": "szpital-kopernik.pl", "se": "regionuppsala.se", "tr": "bilkentsehir.gov.tr",
        "gr": "evaggelismos-hosp.gr", "ru": "gkb40.ru", "ja": "kitano-hp.or.jp", "zh": "hxyy.cn", "ko": "amc.seoul.kr", "ae": "rashid-hospital.ae",
        "th": "siriraj-hosp.th", "hi": "smsjaipur.in"}
INSURER = {
    "gb": ["Bupa", "AXA Health", "Vitality"], "ie": ["VHI", "Laya Healthcare", "Irish Life Health"], "us": ["Aetna", "Cigna", "Humana", "Blue Cross Blue Shield of Michigan", "Kaiser Permanente"],
    "au": ["Medibank", "HCF", "nib"], "ca": ["OHIP", "Sun Life", "Manulife"], "in": ["Star Health", "HDFC ERGO", "ICICI Lombard"],
    "de": ["Techniker Krankenkasse", "AOK Nordwest", "Barmer", "DAK-Gesundheit"], "at": ["ÖGK", "BVAEB"], "ch": ["Helsana", "CSS", "Sanitas"],
    "fr": ["CPAM d'Ille-et-Vilaine", "MGEN", "Harmonie Mutuelle"], "be": ["Mutualité chrétienne", "Partenamut"], "es": ["Sanitas", "Adeslas", "DKV", "Asisa"],
    "mx": ["IMSS", "GNP Seguros"], "it": ["ASL Roma 1", "UniSalute"], "nl": ["Zilveren Kruis", "VGZ", "Menzis", "CZ"], "pt": ["Médis", "Multicare"],
    "br": ["Unimed", "Bradesco Saúde", "Amil", "SulAmérica"], "pl": ["NFZ", "LUX MED", "Medicover"], "se": ["Folksam", "Region Stockholm"],
    "tr": ["SGK", "Allianz Sigorta"], "gr": ["ΕΟΠΥΥ"], "ru": ["СОГАЗ-Мед", "Ингосстрах"], "ja": ["協会けんぽ", "国民健康保険"], "zh": ["城镇职工医保", "平安健康"],
    "ko": ["국민건강보험공단"], "ae": ["Daman", "ثقة"], "th": ["สปสช.", "ประกันสังคม"], "hi": ["आयुष्मान भारत", "स्टार हेल्थ"],
}


def hosp(c):
    h = ch(HOSP[c])
    return N(h, "eponym_hospital" if any(w in h for w in ("Pompidou", "Einstein", "Gemelli", "Behring", "Carus", "Marañón", "Blesa", "Kopernika",
                                                           "Mikulicza", "Boткина", "Боткина", "Алмазова", "Leeuwenhoek", "Wilhelmina", "Hopkins", "Mayo",
                                                           "Gairdner", "Ormond", "Addenbrooke", "Ersek", "Pedro Hispano", "Sathya")) else "hospital")


def ins(c):
    return N(ch(INSURER[c]), "insurer")


def loc(c):
    return LOC[c]


def pat(c, **kw):
    return person(LOC[c][1], **kw)


def pname(p, c=None):
    """The name as most often written in the culture's documents."""
    if p.cul == "ru":
        return Lp(ch([p.fio, p.full]))
    return Lp(p.full)


def gid_of(c, p):
    kinds = LOC[c][4]
    if not kinds:
        return None
    return gid(ch(kinds), p)


def doctor(c):
    return person(LOC[c][1], lo=1955, hi=1992)


# ---------------------------------------------------------------- templates
TEMPLATES = []


def tpl(count, clean=False):
    def deco(f):
        TEMPLATES.append((f.__name__, count, clean, f))
        return f
    return deco


DL = {  # title, to, patient, dob, address, admitted, discharged, diagnoses, meds, follow-up, sign-off, next of kin, ward, title of a doctor
    "en": ("DISCHARGE SUMMARY", "To", "Patient", "DOB", "Address", "Admitted", "Discharged", "Diagnoses", "Medication on discharge",
           "Follow-up", "Kind regards", "Next of kin", "Ward", "Dr"),
    "de": ("ENTLASSUNGSBRIEF", "An", "Patient/in", "geb. am", "Anschrift", "Aufnahme", "Entlassung", "Diagnosen", "Medikation bei Entlassung",
           "Procedere", "Mit freundlichen kollegialen Grüßen", "Angehörige", "Station", "Dr. med."),
    "fr": ("COMPTE RENDU D'HOSPITALISATION", "Destinataire", "Patient(e)", "Né(e) le", "Adresse", "Entrée le", "Sortie le", "Diagnostics",
           "Traitement de sortie", "Suivi", "Bien confraternellement", "Personne à prévenir", "Service", "Dr"),
    "it": ("LETTERA DI DIMISSIONE", "Al medico curante", "Paziente", "Nato/a il", "Residenza", "Ricovero", "Dimissione", "Diagnosi",
           "Terapia alla dimissione", "Controlli", "Cordiali saluti", "Familiare di riferimento", "Reparto", "Dott."),
    "es": ("INFORME DE ALTA", "A la atención de", "Paciente", "Fecha de nacimiento", "Domicilio", "Ingreso", "Alta", "Diagnósticos",
           "Tratamiento al alta", "Seguimiento", "Atentamente", "Contacto familiar", "Servicio", "Dr."),
    "nl": ("ONTSLAGBRIEF", "Aan", "Patiënt", "Geboortedatum", "Adres", "Opname", "Ontslag", "Diagnoses", "Medicatie bij ontslag",
           "Vervolg", "Met collegiale groet", "Contactpersoon", "Afdeling", "dr."),
    "pl": ("KARTA INFORMACYJNA LECZENIA SZPITALNEGO", "Do", "Pacjent", "Data urodzenia", "Adres", "Przyjęcie", "Wypis", "Rozpoznanie",
           "Zalecenia", "Kontrola", "Z poważaniem", "Osoba upoważniona", "Oddział", "lek."),
    "sv": ("EPIKRIS", "Till", "Patient", "Födelsedatum", "Adress", "Inskriven", "Utskriven", "Diagnoser", "Läkemedel vid utskrivning",
           "Uppföljning", "Med vänlig hälsning", "Närstående", "Avdelning", "Dr"),
    "pt": ("NOTA DE ALTA", "Ao médico assistente", "Utente", "Data de nascimento", "Morada", "Internamento", "Alta", "Diagnósticos",
           "Medicação à alta", "Seguimento", "Com os melhores cumprimentos", "Contacto", "Serviço", "Dr."),
    "el": ("ΕΞΙΤΗΡΙΟ", "Προς", "Ασθενής", "Ημερομηνία γέννησης", "Διεύθυνση", "Εισαγωγή", "Έξοδος", "Διαγνώσεις", "Φαρμακευτική αγωγή",
           "Επανεξέταση", "Με εκτίμηση", "Συγγενής", "Κλινική", "Δρ"),
    "tr": ("EPİKRİZ", "Sayın", "Hasta", "Doğum tarihi", "Adres", "Yatış", "Taburcu", "Tanılar", "Taburcu ilaçları", "Kontrol",
           "Saygılarımla", "Hasta yakını", "Servis", "Dr."),
    "ru": ("ВЫПИСНОЙ ЭПИКРИЗ", "Кому", "Пациент", "Дата рождения", "Адрес", "Поступил(а)", "Выписан(а)", "Диагноз", "Рекомендации",
           "Контроль", "С уважением", "Контактное лицо", "Отделение", "врач"),
    "ja": ("退院時サマリー", "宛先", "患者氏名", "生年月日", "住所", "入院日", "退院日", "診断名", "退院時処方", "次回受診",
           "以上、よろしくお願いいたします。", "緊急連絡先", "病棟", "医師"),
    "zh": ("出院小结", "致", "患者姓名", "出生日期", "住址", "入院日期", "出院日期", "出院诊断", "出院带药", "复诊", "此致敬礼",
           "联系人", "科室", "医师"),
}
LANG_C = {"en": ["gb", "gb", "ie", "au", "us", "in"], "de": ["de", "de", "at", "ch"], "fr": ["fr", "fr", "be"], "it": ["it"], "es": ["es", "es", "mx"],
          "nl": ["nl", "nl", "be"], "pl": ["pl"], "sv": ["se"], "pt": ["pt", "br"], "el": ["gr"], "tr": ["tr"], "ru": ["ru"], "ja": ["ja"],
          "zh": ["zh"], "ko": ["ko"], "ar": ["ae"], "hi": ["hi"], "th": ["th"]}
REL = {"en": ["daughter", "son", "wife", "husband", "niece"], "de": ["Tochter", "Sohn", "Ehefrau", "Ehemann"], "fr": ["fille", "fils", "épouse"],
       "it": ["figlia", "figlio", "moglie"], "es": ["hija", "hijo", "esposa"], "nl": ["dochter", "zoon", "echtgenote"], "pl": ["córka", "syn", "żona"],
       "sv": ["dotter", "son", "maka"], "pt": ["filha", "filho", "esposa"], "el": ["κόρη", "γιος", "σύζυγος"], "tr": ["kızı", "oğlu", "eşi"],
       "ru": ["дочь", "сын", "жена"], "ja": ["長女", "長男", "妻"], "zh": ["女儿", "儿子", "妻子"], "ko": ["딸", "아들", "배우자"],
       "ar": ["ابنته", "ابنه", "زوجته"], "hi": ["बेटी", "बेटा", "पत्नी"], "th": ["ลูกสาว", "ลูกชาย", "ภรรยา"]}


REL["in"] = REL["en"]
GOVNAME = {"nhs": "NHS No.", "kvnr": "KVNR", "nir": "N° SS", "cf": "C.F.", "dni": "DNI", "nie": "NIE", "bsn": "BSN", "ssn": "SSN",
           "mbi": "Medicare ID (MBI)", "nino": "NI No.", "aadhaar": "Aadhaar", "cpf": "CPF", "cns": "Cartão SUS", "pesel": "PESEL",
           "pnr_se": "Personnummer", "mynumber": "マイナンバー", "cn_id": "身份证号", "kr_rrn": "주민등록번호", "snils": "СНИЛС",
           "tckn": "TC Kimlik No", "amka": "ΑΜΚΑ", "emirates_id": "رقم الهوية", "thai_id": "เลขประจำตัวประชาชน", "ahv": "AHV-Nr.",
           "at_svnr": "SV-Nr.", "be_niss": "NISS", "ppsn": "PPSN", "pt_nif": "NIF", "au_medicare": "Medicare No.", "on_hcn": "OHIP Health Card"}


def gid_line(c, p, kind=None):
    g = gid(kind, p) if kind else gid_of(c, p)
    return [GOVNAME[g.meta["sub"]], ": ", g]


def lang_c(lang):
    c = ch(LANG_C[lang])
    return (c, "in") if c == "in" else (c, lang)


def dr_name(d):
    """Doctor as written in a signature: full name, or initial + surname."""
    if d.cul in ("ja", "zh", "ko", "ar", "hi", "th"):
        return [Lp(d.full)]
    if d.cul == "ru":
        return [Lp("%s %s. %s." % (d.family, d.given[0], d.patr[0]))]
    return [Lp(ch([d.full, d.full, d.given[0] + ". " + d.family]))]


@tpl(34)
def discharge_letter():
    lang = ch(["en", "en", "en", "de", "de", "fr", "it", "es", "nl", "pl", "sv", "pt", "el", "tr", "ru", "ja", "zh"])
    c, lang = lang_c(lang)
    if lang == "pt":
        c = "pt"
    t = DL["en" if lang == "in" else lang]
    p, gp, cons = pat(c), doctor(c), doctor(c)
    rel = pat(c, family=p.fam_key) if chance(0.6) else pat(c)
    nl_ = "\n"
    ep = ch(EPONYM[lang])
    parts = [hosp(c), " · ", t[12], " ", N(ch(["4B", "C2", "Kardio 3", "12", "Ost", "7A"]), "ward"), " · ", switchboard(LOC[c][3]), nl_,
             t[0], nl_, nl_, t[1], ": ", t[13], " ", Lp(gp.full), nl_,
             t[2], ": ", pname(p), " · ", t[3], ": ", Ld(p, c), " · ", neg_mrn(), nl_]
    if chance(0.7):
        parts += [t[4], ": ", address(LOC[c][2]), nl_]
    if chance(0.45) and LOC[c][4]:
        parts += [gid_line(c, p), nl_]
    adm = some_date()
    dis = adm + datetime.timedelta(days=R.randint(2, 19))
    parts += [t[5], ": ", N(fmt_date(adm, "dmy/"), "non_birth_date"), " — ", t[6], ": ", N(fmt_date(dis, "dmy/"), "non_birth_date"), nl_, nl_,
              t[7], ":", nl_, "1. ", N(ep, "eponym_disease"), " (", N(ch(ICD), "icd10"), ")", nl_, "2. ", N(ch(ICD), "icd10"), nl_, nl_,
              t[8], ":", nl_, N(ch(DRUGS), "drug_dose"), nl_, N(ch(DRUGS), "drug_dose"), nl_, neg_vitals(), nl_, nl_,
              t[9], ": ", N(fmt_date(dis + datetime.timedelta(days=R.randint(10, 90)), "dmy/"), "non_birth_date"), ", ",
              N({"de": "Raum 2.114", "en": "Room 14", "fr": "salle 3", "it": "ambulatorio 6", "es": "consulta 12", "nl": "kamer 2.08", "pl": "gabinet 5", "sv": "rum 4",
                 "pt": "gabinete 7", "el": "γραφείο 3", "tr": "oda 112", "ru": "кабинет 214", "ja": "診察室5", "zh": "诊室3"}.get(lang, "Room 14"), "room"), nl_]
    if chance(0.6):
        abroad = chance(0.2)
        parts += [t[11], ": ", pname(rel), " (", ch(REL[lang]), ") ", phone(ch(["GB", "DE", "ES", "FR", "US", "AU", "CH"]) if abroad else LOC[c][3], region=LOC[c][3]) if abroad and LOC[c][3] not in ("GB",) else phone(LOC[c][3]), nl_]
    parts += [nl_, t[10], nl_, t[13], " "] + dr_name(cons)
    if chance(0.4):
        parts += [nl_, ch(["Direct line", "Durchwahl", "Ligne directe", "Tel."]) if lang in ("en", "in", "de", "fr") else "Tel.", ": ", phone(LOC[c][3])]
    if chance(0.4):
        parts += [nl_, work_email(cons, HDOM[c])]
    return "letter", lang, wrap(lang, parts)


@tpl(18)
def referral_letter():
    v = R.randint(0, 3)
    gp, sp = doctor("gb"), doctor("gb")
    if v == 0:
        c = ch(["gb", "gb", "ie"])
        gp, sp = doctor(c), doctor(c)
        p = pat(c)
        surg = ch(["Riverside Medical Practice", "The Old Forge Surgery", "Kingsway Health Centre", "Abbeyfield Group Practice"])
        parts = [N(surg, "practice"), "\n", N(ch(["Tel 0114 496 0718", "Reception 01603 496 221", "Switchboard 029 2018 0440"]), "switchboard"), " · ",
                 role_mail("en", "nhs.net"), "\n\n", fmt_date(some_date(), "en"), "\n\n", "Dear Dr ", Lp(sp.family), ",\n\n",
                 "Re: ", Lp(p.full), ", DOB ", Ld(p, c), ", ", GOVNAME[LOC[c][4][0]], " ", gid(LOC[c][4][0], p), "\n",
                 address(c, multi=chance(0.5)), "\n", "Mobile: ", phone(LOC[c][3], kind="mobile"), "\n\n",
                 "Thank you for seeing this ", N(str(date_age(p.dob)), "age"), "-year-old with suspected ", N(ch(EPONYM["en"]), "eponym_disease"),
                 ". ", "She" if p.sex == "f" else "He", " has had ", ch(["a tremor in the right hand", "bloody diarrhoea and weight loss", "recurrent vertigo on turning in bed",
                                                              "painless swelling behind the knee"]), " ", N(ch(["for six weeks", "for three months", "since March"]), "duration"), ".\n",
                 neg_vitals(), "\n", "Current medication: ", N(ch(DRUGS), "drug_dose"), "; ", N(ch(DRUGS), "drug_dose"), ".\n"]
        if chance(0.5):
            rel = pat(c, family=p.fam_key)
            parts += ["Her" if p.sex == "f" else "His", " ", {"f": "daughter", "m": "son"}[rel.sex], " ", Lp(rel.full), " (", phone(LOC[c][3], kind="mobile"),
                      ") would like to attend the appointment.\n"]
        parts += ["\nYours sincerely,\n\nDr ", Lp(gp.full), "\n", N("GMC %d" % R.randint(2100000, 7999999), "gmc_number"), ", ", N(surg, "practice")]
        return "letter", "en", wrap("en", parts)
    if v == 1:
        c = ch(["de", "de", "at"])
        p, gp = pat(c), doctor(c)
        parts = ["Überweisungsschein – ", ins(c), "\n", "Name, Vorname des Versicherten: ", Lp("%s, %s" % (p.family, p.given)), "  geb. am ", Ld(p, c, "dmy."), "\n",
                 address(c), "\n"]
        if c == "de":
            parts += ["Versicherten-Nr.: ", gid("kvnr", p), "   ", N("Kassen-Nr. %s" % digits(R, 9), "insurer_id"), "\n"]
        else:
            parts += ["SV-Nr.: ", gid("at_svnr", p), "\n"]
        parts += ["Überweisung an: ", ch(["Neurologie", "Gastroenterologie", "Kardiologie", "Rheumatologie"]), "\n",
                  "Diagnose: ", N(ch(EPONYM["de"]), "eponym_disease"), ", ", N(ch(ICD), "icd10"), " G\n",
                  "Auftrag: ", ch(["Mitbehandlung", "Konsiliaruntersuchung", "Weiterbehandlung"]), "\n", "Ausstellungsdatum: ", neg_date("dmy."), "\n",
                  "Arztstempel: Praxis Dr. med. ", Lp(gp.full), ", ", N("LANR %s" % digits(R, 9), "lanr"), " ", N("BSNR %s" % digits(R, 9), "bsnr")]
        return "form", "de", wrap("de", parts)
    if v == 2:
        p, gp, sp = pat("nl"), doctor("nl"), doctor("nl")
        parts = ["Verwijsbrief huisarts\n", "Aan: ", N(ch(HOSP["nl"]), "hospital"), ", polikliniek ", ch(["neurologie", "MDL", "cardiologie"]), ", t.a.v. dr. ",
                 Lp(sp.full), "\n", "Betreft: ", Lp(p.full), ", geb. ", Ld(p, "nl"), ", BSN ", gid("bsn", p), "\n", address("nl"), "\n",
                 "Tel. patiënt: ", phone("NL"), "\n\n", "Geachte collega,\n", "Graag verwijs ik bovengenoemde patiënt naar u in verband met verdenking op ",
                 N(ch(EPONYM["nl"]), "eponym_disease"), ". ", neg_vitals(), ".\n", "Medicatie: ", N(ch(DRUGS), "drug_dose"), ".\n\n",
                 "Met vriendelijke groet,\n", Lp(gp.full), ", huisarts\n", N("AGB-code %s" % digits(R, 8), "agb_code")]
        return "letter", "nl", wrap("nl", parts)
    p, gp, sp = pat("fr"), doctor("fr"), doctor("fr")
    parts = ["Cher confrère,\n\nJe vous adresse ", ch(["Mme", "M."]), " ", Lp(p.full), ", née le " if p.sex == "f" else ", né le ", Ld(p, "fr"),
             ", demeurant ", address("fr"), ", pour avis concernant une suspicion de ", N(ch(EPONYM["fr"]), "eponym_disease"), ".\n",
             neg_vitals(), ".\n", "Traitement actuel : ", N(ch(DRUGS), "drug_dose"), ".\n", "Vous pouvez joindre ", ch(["la patiente", "le patient"]), " au ",
             phone("FR", kind="mobile"), ".\n\n", "Bien confraternellement,\n", "Dr ", Lp(gp.full), "\n", N("RPPS %s" % digits(R, 11), "rpps"),
             "\n", "Destinataire : Dr ", Lp(sp.full), ", ", hosp("fr")]
    return "letter", "fr", wrap("fr", parts)


LH = {  # lab header: title, patient, dob, sex, requested by, collected, sex values
    "en": ("LABORATORY REPORT", "Patient", "DOB", "Sex", "Requested by", "Collected", ("F", "M")),
    "de": ("LABORBEFUND", "Patient", "Geb.-Datum", "Geschlecht", "Einsender", "Entnahme", ("w", "m")),
    "fr": ("COMPTE RENDU D'ANALYSES", "Patient", "Date de naissance", "Sexe", "Prescripteur", "Prélevé le", ("F", "M")),
    "es": ("INFORME DE LABORATORIO", "Paciente", "F. nacimiento", "Sexo", "Solicitante", "Extracción", ("M", "V")),
    "it": ("REFERTO DI LABORATORIO", "Paziente", "Data di nascita", "Sesso", "Medico richiedente", "Prelievo", ("F", "M")),
    "nl": ("LABORATORIUMUITSLAG", "Patiënt", "Geb. datum", "Geslacht", "Aanvrager", "Afname", ("V", "M")),
    "pt": ("LAUDO LABORATORIAL", "Paciente", "Data de nasc.", "Sexo", "Médico solicitante", "Coleta", ("F", "M")),
    "pl": ("WYNIK BADANIA LABORATORYJNEGO", "Pacjent", "Data urodzenia", "Płeć", "Lekarz kierujący", "Pobrano", ("K", "M")),
    "tr": ("LABORATUVAR SONUÇ RAPORU", "Hasta", "Doğum tarihi", "Cinsiyet", "İsteyen hekim", "Numune alım", ("K", "E")),
    "ru": ("РЕЗУЛЬТАТЫ АНАЛИЗОВ", "Пациент", "Дата рождения", "Пол", "Направивший врач", "Дата взятия", ("ж", "м")),
    "el": ("ΑΠΟΤΕΛΕΣΜΑΤΑ ΕΞΕΤΑΣΕΩΝ", "Ασθενής", "Ημ. γέννησης", "Φύλο", "Παραπέμπων ιατρός", "Αιμοληψία", ("Θ", "Α")),
    "ja": ("検査結果報告書", "患者氏名", "生年月日", "性別", "依頼医", "採取日", ("女", "男")),
    "zh": ("检验报告单", "姓名", "出生日期", "性别", "送检医师", "采样时间", ("女", "男")),
    "ko": ("진단검사 결과지", "환자명", "생년월일", "성별", "의뢰의", "채취일", ("여", "남")),
    "ar": ("تقرير المختبر", "اسم المريض", "تاريخ الميلاد", "الجنس", "الطبيب المعالج", "تاريخ السحب", ("أنثى", "ذكر")),
    "hi": ("पैथोलॉजी रिपोर्ट", "रोगी का नाम", "जन्म तिथि", "लिंग", "रेफ़र करने वाले डॉक्टर", "नमूना लिया", ("महिला", "पुरुष")),
    "th": ("ผลการตรวจทางห้องปฏิบัติการ", "ชื่อผู้ป่วย", "วันเกิด", "เพศ", "แพทย์ผู้สั่งตรวจ", "วันที่เก็บ", ("หญิง", "ชาย")),
    "sv": ("PROVSVAR", "Patient", "Födelsedatum", "Kön", "Beställare", "Provtagning", ("K", "M")),
}


@tpl(32)
def lab_report():
    lang = ch(list(LH) + ["en", "en", "de"])
    c, lang = lang_c(lang)
    if lang == "pt":
        c = "br"
    t = LH["en" if lang == "in" else lang]
    p, d = pat(c), doctor(c)
    sep = ch([": ", "\t", " | "])
    parts = [hosp(c), " — ", t[0], "\n", neg_mrn(), "   ", N("Auftrag %s" % digits(R, 10) if lang == "de" else "Order %s" % digits(R, 10), "order_number"), "\n",
             t[1], sep, pname(p) if chance(0.8) else Lp(p.family.upper() + (", " + p.given if p.cul not in ("ja", "zh", "ko", "ar", "hi", "th") else "")), "\n",
             t[2], sep, Ld(p, c), "   (", N(str(date_age(p.dob)), "age"), ")   ", t[3], sep, t[6][0] if p.sex == "f" else t[6][1], "\n"]
    if chance(0.4) and LOC[c][4]:
        parts += [gid_line(c, p), "\n"]
    if chance(0.3):
        parts += [address(LOC[c][2]), "\n"]
    parts += [t[4], sep] + dr_name(d) + ["\n", t[5], sep, neg_date("iso"), " ", N("%02d:%02d" % (R.randint(6, 11), R.randint(0, 59)), "time"), "\n\n"]
    parts += neg_lab()
    if chance(0.3):
        parts += ["\n\n", {"de": "Freigabe", "fr": "Validé par", "es": "Validado por", "it": "Validato da", "nl": "Gevalideerd door", "pt": "Liberado por",
                            "pl": "Autoryzował", "tr": "Onaylayan", "ru": "Проверил", "el": "Έλεγχος", "ja": "確認者", "zh": "审核者", "ko": "확인자", "ar": "اعتمده",
                            "hi": "सत्यापनकर्ता", "th": "ผู้รับรองผล", "sv": "Vidimerat av"}.get(lang, "Validated by"), ": "] + dr_name(doctor(c))
    return "lab_report", lang, wrap(lang, parts)


def date_age(d):
    return 2026 - d.year


@tpl(18)
def imaging_report():
    c = ch(["us", "us", "gb", "de", "es", "br", "it"])
    lang = LOC[c][0]
    p, rad, ref = pat(c), doctor(c), doctor(c)
    mod = ch(["MRI BRAIN W/O CONTRAST", "CT ABDOMEN/PELVIS WITH CONTRAST", "XR CHEST PA/LAT", "US RIGHT KNEE", "DaTscan (ioflupane)"])
    lbl = {"en": ("Patient Name", "DOB", "Referring Physician", "Exam", "Findings", "Impression", "Electronically signed by"),
           "de": ("Name", "Geburtsdatum", "Zuweiser", "Untersuchung", "Befund", "Beurteilung", "Elektronisch freigegeben von"),
           "es": ("Nombre", "Fecha de nacimiento", "Médico solicitante", "Estudio", "Hallazgos", "Conclusión", "Firmado electrónicamente por"),
           "pt": ("Nome", "Data de nascimento", "Médico solicitante", "Exame", "Achados", "Impressão", "Assinado eletronicamente por"),
           "it": ("Cognome e nome", "Data di nascita", "Medico inviante", "Esame", "Reperti", "Conclusioni", "Firmato digitalmente da")}[lang]
    name = Lp(("%s, %s" % (p.family.upper(), p.given.upper())) if c in ("us", "gb") and chance(0.5) else ("%s %s" % (p.family, p.given) if lang == "it" else p.full))
    parts = [hosp(c), "  ", N("Accession %s%s" % (ch(["CT", "MR", "CR", "US"]), digits(R, 9)), "accession"), "\n",
             lbl[0], ": ", name, "    ", neg_mrn("mrn"), "\n", lbl[1], ": ", Ld(p, c), "    ", N("Exam date: " + fmt_date(some_date(), "iso"), "non_birth_date"), "\n",
             lbl[2], ": "] + dr_name(ref) + ["\n", lbl[3], ": ", N(mod, "exam"), "\n\n",
             lbl[4], ": ", ch(["No acute intracranial abnormality. Mild periventricular white matter change.",
                               "Popliteal fluid collection consistent with a Baker's cyst, 3.4 x 1.2 cm.",
                               "Bowel wall thickening of the terminal ileum, in keeping with known Crohn's disease.",
                               "Reduced striatal uptake bilaterally, consistent with Parkinson's disease."]), "\n",
             lbl[5], ": ", ch(["See above.", "Clinical correlation recommended.", "Follow-up in 6 months."]), "\n\n",
             lbl[6], ": "] + dr_name(rad) + [", ", fmt_date(some_date(), "iso")]
    if chance(0.35):
        parts += ["\n", "Report copied to: ", Lp(p.full) if chance(0.5) else Lp(ref.full), " via portal"] if lang == "en" else []
    return "imaging_report", lang, wrap(lang, parts)


@tpl(24)
def prescription():
    v = ch(["us", "us", "de", "fr", "ja", "zh", "in", "gb", "es"])
    if v == "us":
        p, d = pat("us"), doctor("us")
        parts = [N(ch(["Larkspur Pharmacy #4471", "Cedar Valley Drug", "Main Street Apothecary"]), "pharmacy"), "  ", switchboard("US"), "\n",
                 N("Rx# %d" % R.randint(1000000, 9999999), "rx_number"), "   ", N("Filled: %s" % fmt_date(some_date(), "mdy/"), "non_birth_date"), "\n",
                 Lp(p.full.upper() if chance(0.5) else p.full), "\n", address("us"), "\n", "DOB: ", Ld(p, "us", "mdy/"), "\n",
                 N(ch(["SERTRALINE 50MG TAB", "AMOXICILLIN 500MG CAP", "LEVOTHYROXINE 75MCG TAB", "ATORVASTATIN 40MG TAB"]), "drug_dose"), "  ",
                 N("NDC %s-%s-%s" % (digits(R, 5), digits(R, 4), digits(R, 2)), "ndc"), "\n",
                 "TAKE 1 TABLET BY MOUTH DAILY   QTY: ", N(str(ch([30, 60, 90])), "quantity"), "   REFILLS: ", N(str(R.randint(0, 5)), "refills"), "\n",
                 "Prescriber: Dr. "] + dr_name(d) + ["  ", N("NPI %s" % digits(R, 10), "npi"), "\n", neg_lot(), "  ", N("Exp %02d/%d" % (R.randint(1, 12), R.randint(2026, 2028)), "expiry")]
        if chance(0.4):
            parts += ["\nText alerts to: ", phone("US")]
        return "label", "en", wrap("en", parts)
    if v == "de":
        p, d = pat("de"), doctor("de")
        parts = ["E-Rezept (Ausdruck)\n", "Krankenkasse: ", ins("de"), "\n", "Name, Vorname: ", Lp("%s, %s" % (p.family, p.given)), "\n",
                 "geb. am: ", Ld(p, "de", "dmy."), "\n", address("de"), "\n", "Versicherten-Nr.: ", gid("kvnr", p), "   Status: ",
                 N("1000000", "status_code"), "\n\n", N(ch(["Ibuprofen 600 mg", "L-Thyroxin 75 µg", "Ramipril 5 mg", "Pantoprazol 40 mg"]) + " N%d" % R.randint(1, 3), "drug_dose"),
                 "  ", N("PZN %s" % digits(R, 8), "pzn"), "\n", "Dosierung: ", N(ch(["1-0-0-0", "1-0-1-0", "0-0-1-0"]), "dosage"), "\n",
                 "Ausgestellt von: ", Lp(d.full), ", ", N("LANR %s" % digits(R, 9), "lanr"), "\n", "Ausstellungsdatum: ", neg_date("dmy."), "\n",
                 N("Token: 160.%s.%s" % (digits(R, 3), digits(R, 3)), "erezept_id")]
        return "label", "de", wrap("de", parts)
    if v == "fr":
        p, d = pat("fr"), doctor("fr")
        parts = ["Dr ", Lp(d.full), "\n", "Médecin généraliste – ", N("RPPS %s" % digits(R, 11), "rpps"), "\n", N("Cabinet médical des Lices", "practice"),
                 " – ", switchboard("FR"), "\n\n", "Le ", neg_date(), "\n\n", ch(["Mme", "M."]), " ", Lp(p.full), " (", N("%d ans" % date_age(p.dob), "age"), ", ",
                 N("%d kg" % R.randint(50, 95), "weight"), ")\n\n", N(ch(["AMOXICILLINE 1 g", "DOLIPRANE 1000 mg", "LEVOTHYROX 50 µg", "KARDEGIC 75 mg"]), "drug_dose"),
                 " – ", ch(["1 cp matin et soir pendant 7 jours", "1 cp le matin à jeun", "1 sachet/jour"]), "\n", N("CIP %s" % digits(R, 13), "cip_code") if chance(0.5) else "",
                 "\nQSP ", N("3 mois", "duration")]
        if chance(0.5):
            parts += ["\nN° de sécurité sociale : ", gid("nir", p)]
        return "label", "fr", wrap("fr", parts)
    if v == "ja":
        p, d = pat("ja"), doctor("ja")
        parts = ["処方箋\n", "保険者番号 ", N(digits(R, 8), "insurer_id"), "\n", "氏名：", Lp(p.full), "（", Lp(p.reading), "）\n",
                 "生年月日：", Ld(p, "ja"), "　", N("%d歳" % date_age(p.dob), "age"), "\n", "処方：", N(ch(["ロキソプロフェン錠60mg 3錠 分3 毎食後 5日分", "アムロジピン錠5mg 1錠 分1 朝食後 28日分"]), "drug_dose"),
                 "\n", "交付年月日：", N(fmt_date(some_date(), "ymd_cjk"), "non_birth_date"), "\n", "医療機関：", hosp("ja"), "\n", "保険医氏名：", Lp(d.full)]
        return "label", "ja", wrap("ja", parts)
    if v == "zh":
        p, d = pat("zh"), doctor("zh")
        parts = ["处方笺  ", hosp("zh"), "\n", "门诊号：", N(digits(R, 10), "mrn"), "\n", "姓名：", Lp(p.full), "  性别：", "女" if p.sex == "f" else "男",
                 "  年龄：", N("%d岁" % date_age(p.dob), "age"), "\n", "出生日期：", Ld(p, "zh"), "\n", "电话：", phone("CN", kind="mobile"), "\n",
                 "Rp: ", N(ch(["阿莫西林胶囊 0.5g×24粒 一次2粒 一日3次", "二甲双胍片 0.5g 一日2次", "氨氯地平片 5mg 一日1次"]), "drug_dose"), "\n",
                 "医师：", Lp(d.full), "   开具日期：", N(fmt_date(some_date(), "iso"), "non_birth_date")]
        return "label", "zh", wrap("zh", parts)
    if v == "in":
        p, d = pat("in"), doctor("in")
        parts = ["Dr. ", Lp(d.full), ", MBBS, MD (Medicine)\n", N("Reg. No. KMC %d" % R.randint(20000, 99999), "council_reg"), "\n", hosp("in"), "\n\n",
                 "Name: ", Lp(p.full), "   Age/Sex: ", N("%d/%s" % (date_age(p.dob), "F" if p.sex == "f" else "M"), "age"), "   Date: ", neg_date(), "\n",
                 "Mob: ", phone("IN", kind="mobile"), "\n", neg_vitals(), "\n", "Rx\n1. ", N(ch(["Tab. Metformin 500 mg 1-0-1 x 30 days", "Tab. Telmisartan 40 mg 1-0-0",
                                                                                                "Cap. Omeprazole 20 mg 1-0-0 before food"]), "drug_dose"), "\n",
                 "2. ", N(ch(["Tab. Dolo 650 SOS", "Syp. Cremaffin 10 ml HS"]), "drug_dose"), "\n", "Review after ", N("2 weeks", "duration")]
        return "label", "in", wrap("in", parts)
    if v == "gb":
        p = pat("gb")
        parts = [N(ch(["Kingsway Pharmacy", "Hawthorn Chemists", "Market Square Pharmacy"]), "pharmacy"), "  ", switchboard("GB"), "\n",
                 N(ch(["Amlodipine 5mg tablets", "Sertraline 50mg tablets", "Omeprazole 20mg capsules"]), "drug_dose"), "  28\n",
                 "Take ONE daily\n", Lp(p.full.upper() if chance(0.5) else p.full), "   ", neg_date(), "\n", address("gb"), "\n", "NHS No: ", gid("nhs", p)]
        return "label", "en", wrap("en", parts)
    p, d = pat("es"), doctor("es")
    parts = ["RECETA MÉDICA – ", ins("es"), "\n", "Paciente: ", Lp(p.full), "   DNI: ", gid("dni", p), "\n", "Fecha de nacimiento: ", Ld(p, "es"), "\n",
             "Medicamento: ", N(ch(["Enantyum 25 mg 20 comprimidos", "Omeprazol 20 mg 28 cápsulas", "Paracetamol 1 g 40 comprimidos"]), "drug_dose"), "\n",
             "Posología: 1 cada 8 horas\n", "Prescriptor: Dr. "] + dr_name(d) + [", ", N("Nº col. %d" % R.randint(280000000, 289999999), "council_reg"), "\n", "Fecha: ", neg_date()]
    return "label", "es", wrap("es", parts)


SUBJ = {"en": "Appointment reminder", "in": "Appointment reminder", "de": "Terminerinnerung", "fr": "Rappel de rendez-vous", "es": "Recordatorio de cita",
        "it": "Promemoria appuntamento", "nl": "Herinnering afspraak", "pt": "Lembrete de consulta", "pl": "Przypomnienie o wizycie", "sv": "Påminnelse",
        "ja": "予約のお知らせ", "ko": "예약 안내", "tr": "Randevu hatırlatma", "el": "Υπενθύμιση ραντεβού"}


def subject_of(lang, drawn):
    """The subject in the text's language (the draw is kept so the random stream stays as it was)."""
    return SUBJ.get(lang, drawn)


@tpl(30)
def appointment_reminder():
    c = ch(["gb", "us", "de", "fr", "es", "it", "nl", "pt", "br", "pl", "se", "au", "ie", "ja", "ko", "tr", "gr", "ch", "at", "in"])
    lang = LOC[c][0]
    p, d = pat(c), doctor(c)
    when = some_date(2026, 2027)
    hm = "%02d:%02d" % (R.randint(7, 17), ch([0, 10, 15, 20, 30, 40, 45]))
    H = hosp(c)
    g = p.given if p.cul not in ("ja", "ko") else p.full
    fm = {
        "en": lambda: ["Hi ", Lp(g), ", this is a reminder of your appointment with ", ch(["Dr ", "nurse ", "physio "]), Lp(d.family), " at ", H, " on ",
                       N(fmt_date(when, "en") + " at " + hm, "appointment_date"), ". Reply C to confirm or call ", switchboard(LOC[c][3]), " to rebook. ",
                       "Please bring your ", ch(["repeat prescription list", "inhalers", "glucose diary"]), "."],
        "de": lambda: ["Guten Tag ", ch(["Frau ", "Herr "]) if chance(0.5) else "", Lp(p.family if chance(0.5) else p.full), ", wir erinnern an Ihren Termin am ",
                       N(fmt_date(when, "dmy.") + " um " + hm + " Uhr", "appointment_date"), " bei Dr. ", Lp(d.family), ", ", H, ". Bitte bringen Sie Ihre Versichertenkarte mit. ",
                       "Absage bis 24 h vorher unter ", switchboard(LOC[c][3]), "."],
        "fr": lambda: ["Bonjour ", Lp(p.full), ", rappel : RDV le ", N(fmt_date(when, "dmy/") + " à " + hm.replace(":", "h"), "appointment_date"), " avec le Dr ",
                       Lp(d.family), " (", H, "). Pensez à votre carte Vitale. Pour annuler : ", switchboard("FR"), "."],
        "es": lambda: ["Hola ", Lp(g), ": le recordamos su cita el ", N(fmt_date(when, "dmy/") + " a las " + hm, "appointment_date"), " con la Dra. ", Lp(d.full),
                       " en ", H, ". Si no puede acudir, llame al ", switchboard("ES"), "."],
        "it": lambda: ["Gentile ", Lp(p.full), ", le ricordiamo la prenotazione CUP ", N("n. %s" % digits(R, 10), "booking_ref"), " del ",
                       N(fmt_date(when, "dmy/") + " ore " + hm, "appointment_date"), " presso ", H, " (dott. ", Lp(d.family), ")."],
        "nl": lambda: ["Beste ", Lp(p.full), ", u heeft een afspraak op ", N(fmt_date(when, "dmy-") + " om " + hm, "appointment_date"), " bij dr. ", Lp(d.full),
                       ", ", H, ". Neem uw legitimatiebewijs mee. Verhinderd? Bel ", switchboard("NL"), "."],
        "pt": lambda: ["Olá ", Lp(g), ", a sua consulta com o Dr. ", Lp(d.full), " está marcada para ", N(fmt_date(when, "dmy/") + " às " + hm, "appointment_date"),
                       " no ", H, ". Responda SIM para confirmar."],
        "pl": lambda: ["Dzień dobry, przypominamy o wizycie ", ch(["Pani ", "Pana "]), Lp(p.full), " u lek. ", Lp(d.full), " dnia ",
                       N(fmt_date(when, "dmy.") + " godz. " + hm, "appointment_date"), ", ", H, ". Odwołanie: ", switchboard("PL"), "."],
        "sv": lambda: ["Hej ", Lp(g), "! Påminnelse om din tid hos ", Lp(d.full), " den ", N(fmt_date(when, "iso") + " kl. " + hm, "appointment_date"),
                       ", ", H, ". Avboka senast 24 timmar innan via 1177."],
        "ja": lambda: [Lp(p.full), "様\n", N(fmt_date(when, "ymd_cjk") + " " + hm, "appointment_date"), "に", H, "の", Lp(d.family), "医師の外来予約がございます。",
                       "保険証と診察券をお持ちください。"],
        "ko": lambda: ["[", H, "] ", Lp(p.full), "님, ", N(fmt_date(when, "ko") + " " + hm, "appointment_date"), " ", Lp(d.full), " 교수 외래 진료가 예약되어 있습니다."],
        "tr": lambda: ["Sayın ", Lp(p.full), ", ", N(fmt_date(when, "dmy.") + " saat " + hm, "appointment_date"), " tarihinde ", H, " Dr. ", Lp(d.full),
                       " ile randevunuz bulunmaktadır. MHRS: 182"],
        "el": lambda: ["Κ. ", Lp(p.full), ", το ραντεβού σας με τον/την ", Lp(d.full), " είναι στις ", N(fmt_date(when, "dmy/") + " " + hm, "appointment_date"),
                       ", ", H, "."],
        "in": lambda: ["Dear ", Lp(p.full), ", your appointment with Dr. ", Lp(d.full), " at ", H, " is confirmed for ",
                       N(fmt_date(when, "dmy/") + ", " + hm, "appointment_date"), ". Token no. ", N(str(R.randint(1, 80)), "token_number"), ". Please carry your previous reports."],
    }
    parts = fm["en" if lang == "en" else lang]()
    form = "sms"
    if chance(0.45):
        form = "email"
        hdr = ["From: ", role_mail(lang, HDOM[c]), "\n", "To: ", email(p), "\n",
               "Subject: ", subject_of(lang, ch(["Appointment reminder", "Terminerinnerung", "Rappel de rendez-vous", "Recordatorio de cita", "Promemoria", "Herinnering",
                               "Lembrete", "Przypomnienie", "Påminnelse", "予約のお知らせ", "예약 안내", "Randevu hatırlatma", "Υπενθύμιση"])), "\n\n"]
        parts = hdr + parts
    elif chance(0.4):
        parts = parts + ["\n", ch(["Your mobile on file: ", "Tel.: ", "Contact: "]), phone(LOC[c][3], kind="mobile" if c not in ("us", "ca") else None)]
    return form, lang, wrap(lang, parts)


@tpl(16)
def us_claim():
    p, d = pat("us"), doctor("us")
    v = R.randint(0, 2)
    insu = ins("us")
    if v == 0:
        parts = ["CMS-1500 (draft)\n", "1a. Insured's ID: ", N("%s%s" % (ch(["XEH", "W", "ZGP"]), digits(R, 9)), "member_id"), "\n",
                 "2. Patient's name: ", Lp("%s, %s" % (p.family.upper(), p.given.upper())), "\n", "3. Birth date: ", Ld(p, "us", "mdy/"), "  Sex: ", "F" if p.sex == "f" else "M", "\n",
                 "5. Address: ", address("us"), "\n", "   Phone: ", phone("US"), "\n", "11. Group number: ", N(digits(R, 6), "group_number"), "  Plan: ", insu, "\n",
                 "21. Diagnosis: A. ", N(ch(ICD), "icd10"), "  B. ", N(ch(ICD), "icd10"), "\n", "24. DOS ", N(fmt_date(some_date(), "mdy/"), "non_birth_date"), "  CPT ",
                 N(ch(["99214", "93000", "80053", "97110"]), "cpt"), "  $", N("%d.00" % R.randint(90, 950), "amount"), "\n",
                 "25. Federal Tax ID: ", N("%02d-%07d" % (R.randint(10, 99), R.randint(0, 9999999)), "ein"), "\n", "31. Signature of physician: "] + dr_name(d) + [
                 "  ", N("NPI %s" % digits(R, 10), "npi")]
        if chance(0.4):
            parts[4:4] = ["   SSN: ", gid("ssn", p), "\n"]
        return "form", "en", wrap("en", parts)
    if v == 1:
        parts = ["Subject: Appeal of denied claim ", N("CLM-%s" % digits(R, 10), "claim_number"), "\n\n", "To whom it may concern at ", insu, ",\n\n",
                 "I am writing on behalf of my ", ch(["mother", "father", "husband", "wife"]), ", ", Lp(p.full), " (DOB ", Ld(p, "us"), ", Medicare ID ", gid("mbi", p), "), ",
                 "regarding the denial of ", N(ch(["a DaTscan for suspected Parkinson's disease", "physical therapy after a hip fracture", "an MRI of the lumbar spine"]), "procedure"),
                 " ordered by Dr. ", Lp(d.full), " on ", neg_date("mdy/"), ". The EOB says \"not medically necessary\".\n\n",
                 "Please send all correspondence to ", address("us"), " or call me at ", phone("US"), ".\n\n"]
        me = pat("us", family=p.fam_key) if chance(0.6) else pat("us")
        parts += ["Sincerely,\n", Lp(me.full), "\n", email(me)]
        return "letter", "en", wrap("en", parts)
    parts = ["Member services chat transcript\n", "Agent 4471: Can I have the member's name and date of birth?\n",
             "Me: ", Lp(p.full), ", ", Ld(p, "us", "en_us"), "\n", "Agent 4471: Thanks. Member ID ending ", N(digits(R, 4), "last4"), " — I see the claim for ",
             N("$%d.%02d" % (R.randint(120, 4800), R.randint(0, 99)), "amount"), " from ", hosp("us"), ".\n",
             "Me: I already paid the copay with my card ", card(ch(["visa", "mastercard", "amex", "discover"])), ", can you check?\n",
             "Agent 4471: I'll note that. Best callback number?\n", "Me: ", phone("US"), "\n"]
    return "chat", "en", wrap("en", parts)


@tpl(24)
def reimbursement_iban():
    c = ch(["de", "de", "fr", "fr", "nl", "es", "it", "be", "at", "ch", "pt", "gb", "ie", "pl", "se", "gr", "tr", "ae"])
    lang = LOC[c][0]
    p = pat(c)
    ib = iban(LOC[c][5])
    amt = N(ch(["%d,%02d €" % (R.randint(20, 900), R.randint(0, 99)), "€ %d.%02d" % (R.randint(20, 900), R.randint(0, 99))]), "amount")
    if lang == "de":
        parts = ["Betreff: Erstattung Rechnung ", N("RE-%d-%s" % (R.randint(2025, 2026), digits(R, 5)), "invoice_number"), "\n\n", "Sehr geehrte Damen und Herren,\n\n",
                 "anbei die Rechnung von ", hosp(c), " über ", amt, " (", N(ch(EPONYM["de"]), "eponym_disease"), ", Behandlung am ", neg_date("dmy."), "). ",
                 "Bitte erstatten Sie den Betrag auf mein Konto:\n", "Kontoinhaber: ", Lp(p.full), "\n", "IBAN: ", ib, "\n", N("BIC: %s" % ch(["GENODEF1S10", "COBADEFFXXX", "BYLADEM1001"]), "bic"), "\n",
                 gid_line(c, p), "\n", "Geburtsdatum: ", Ld(p, c), "\n\n", "Mit freundlichen Grüßen\n", Lp(p.full), "\n", address(c, multi=True)]
    elif lang == "fr":
        parts = ["Objet : demande de remboursement – ", ins(c), "\n\n", "Madame, Monsieur,\n", "Veuillez trouver ci-joint la facture de ", hosp(c), " (", amt, ") ",
                 "pour ma fille ", Lp(pat(c, family=p.fam_key).given), ". Merci d'effectuer le virement sur le compte suivant :\n",
                 "Titulaire : ", Lp(p.full.upper() if chance(0.4) else p.full), "\n", "IBAN : ", ib, "\n"]
        if c == "fr":
            parts += ["N° de sécurité sociale de l'assuré : ", gid("nir", p), "\n"]
        else:
            parts += ["NISS : ", gid("be_niss", p), "\n"]
        parts += ["Tél. : ", phone(LOC[c][3]), "\n\n", "Cordialement,\n", Lp(p.full)]
    elif lang == "nl":
        parts = ["Declaratie ", ins(c), "\n", "Naam verzekerde: ", Lp(p.full), "\n", "Geboortedatum: ", Ld(p, c), "\n", "BSN: ", gid("bsn", p), "\n",
                 N("Relatienummer %s" % digits(R, 9), "member_id"), "\n", "Zorgverlener: ", N(ch(["Fysiotherapie De Linde", "Tandartspraktijk Zuid"]), "practice"), "\n",
                 "Bedrag: ", amt, "\n", "Uitbetalen op IBAN: ", ib, " t.n.v. ", Lp(p.given[0] + ". " + p.family)]
    elif lang == "es":
        parts = ["Solicitud de reembolso – ", ins(c), "\n", "Asegurado: ", Lp(p.full), "  DNI/NIE: ", gid(ch(["dni", "nie"]), p), "\n",
                 N("Nº de póliza %s" % digits(R, 10), "policy_number"), "\n", "Importe: ", amt, " (factura ", N("F-%s" % digits(R, 6), "invoice_number"), ")\n",
                 "Cuenta para el abono: ", ib, "\n", "Teléfono de contacto: ", phone("ES", kind="mobile"), "\n", "Correo: ", email(p)]
    elif lang == "it":
        parts = ["Richiesta di rimborso spese sanitarie – ", ins(c), "\n", "Il/la sottoscritto/a ", Lp(p.full), ", nato/a il ", Ld(p, "it"), ", C.F. ", gid("cf", p),
                 ", residente in ", address("it"), ",\n", "chiede il rimborso di ", amt, " per la visita presso ", hosp("it"), " del ", neg_date(), ".\n",
                 "Coordinate bancarie: IBAN ", ib, "\n", "Cell. ", phone("IT", kind="mobile")]
    else:
        rq = {"en": "Reimbursement request", "pt": "Pedido de reembolso", "pl": "Wniosek o zwrot kosztów", "sv": "Begäran om ersättning", "el": "Αίτηση αποζημίωσης",
              "tr": "Masraf iadesi talebi", "ar": "طلب استرداد"}[lang]
        lab = {"en": ("Name", "Account (IBAN)", "Phone"), "pt": ("Nome", "IBAN", "Telemóvel"), "pl": ("Imię i nazwisko", "Numer rachunku (IBAN)", "Telefon"),
               "sv": ("Namn", "IBAN", "Telefon"), "el": ("Ονοματεπώνυμο", "IBAN", "Τηλέφωνο"), "tr": ("Ad Soyad", "IBAN", "Telefon"),
               "ar": ("الاسم", "رقم الآيبان", "الهاتف")}[lang]
        parts = [rq, " – ", ins(c), "\n", lab[0], ": ", pname(p), "\n"]
        if LOC[c][4]:
            parts += [gid_line(c, p), "\n"]
        parts += [ch(["DOB", "Geb.", "Data de nascimento"]) if lang in ("en", "pt") else {"pl": "Data urodzenia", "sv": "Födelsedatum", "el": "Ημ. γέννησης",
                                                                                           "tr": "Doğum tarihi", "ar": "تاريخ الميلاد"}[lang], ": ", Ld(p, c), "\n",
                  N(ch(["Policy ", "Apólice ", "Polisa ", "Poliçe "]) + digits(R, 8), "policy_number"), "\n", lab[1], ": ", ib, "\n", lab[2], ": ", phone(LOC[c][3])]
    return "claim", lang, wrap(lang, parts)


@tpl(20)
def billing_dispute():
    c = ch(["us", "us", "gb", "de", "fr", "es", "au", "ca"])
    lang = LOC[c][0]
    p = pat(c)
    cd = card()
    if lang == "en":
        parts = ["Hi, I'm disputing a bill from ", hosp(c), ". Account ", N("#%s" % digits(R, 9), "account_number"), ", statement date ", neg_date("mdy/" if c == "us" else "dmy/"),
                 ". I was charged twice for the same ", N(ch(["ER visit", "colonoscopy", "MRI", "ambulance transfer"]), "procedure"), " (", N(ch(["CPT 99284", "CPT 45378", "HCPCS A0427"]), "cpt"),
                 "). The first payment went through on my card ", cd, " and the second on my card ending ", N(digits(R, 4), "last4"), ".\n\n",
                 "Patient: ", Lp(p.full), ", DOB ", Ld(p, c), "\n", "Guarantor address: ", address(LOC[c][2]), "\n", "Call me on ", phone(LOC[c][3]), " or e-mail ", email(p),
                 ".\n\n", "Can you help me write a firm but polite letter to ", role_mail("en", HDOM[c]), "?"]
        return "email", "en", parts
    if lang == "de":
        parts = ["Sehr geehrte Damen und Herren,\n", "für die Rechnung ", N("Nr. %s" % digits(R, 8), "invoice_number"), " (", hosp(c), ") wurde meine Kreditkarte ", cd,
                 " doppelt belastet (je ", N("%d,%02d €" % (R.randint(80, 900), R.randint(0, 99)), "amount"), "). Ich bitte um Gutschrift.\n",
                 "Patientin/Patient: ", Lp(p.full), ", geb. ", Ld(p, c), "\n", address(c), "\n", "Tel. ", phone("DE"), "\n"] + \
            (["Gutschrift bitte auf IBAN ", iban("DE"), "\n"] if chance(0.6) else []) + ["Mit freundlichen Grüßen\n", Lp(p.full)]
        return "letter", "de", wrap("de", parts)
    if lang == "fr":
        parts = ["Bonjour,\n", "Je conteste la facture ", N("n° %s" % digits(R, 8), "invoice_number"), " de ", hosp(c), ". Le dépassement d'honoraires de ",
                 N("%d,%02d €" % (R.randint(30, 400), R.randint(0, 99)), "amount"), " a été prélevé sur ma carte ", cd, " sans devis préalable.\n",
                 "Patient : ", Lp(p.full), ", né(e) le ", Ld(p, c), "\n", "Adresse : ", address(c), "\n", "Tél. : ", phone("FR"), "\n"] + (["RIB pour le remboursement : IBAN ", iban("FR"), "\n"] if chance(0.6) else []) + ["Cordialement, ", Lp(p.full)]
        return "letter", "fr", wrap("fr", parts)
    parts = ["Buenos días,\n", "Reclamo el cargo duplicado de ", N("%d,%02d €" % (R.randint(30, 400), R.randint(0, 99)), "amount"), " en mi tarjeta ", cd, " por la consulta en ",
             hosp(c), " del ", neg_date(), ".\n", "Titular: ", Lp(p.full), "\n", "Fecha de nacimiento: ", Ld(p, c), "\n", "Domicilio: ", address(c), "\n",
             "Móvil: ", phone("ES", kind="mobile"), "\n"] + (["Devolución a la cuenta ", iban("ES"), "\n"] if chance(0.6) else []) + ["Un saludo, ", Lp(p.given)]
    return "letter", "es", wrap("es", parts)


VAX = ["MMR (M-M-RvaxPro)", "DTaP-IPV-Hib-HepB (Hexyon)", "Pneumococcal (Vaxneuvance)", "MenB (Bexsero)", "HPV (Gardasil 9)", "Influenza (Vaxigrip Tetra)",
       "COVID-19 (Comirnaty JN.1)", "Tdap (Boostrix)", "Varicella (Varivax)", "Hepatitis A (Havrix)", "Shingles (Shingrix)"]


@tpl(20)
def vaccination_record():
    c = ch(["gb", "us", "de", "fr", "it", "br", "ja", "ko", "nl", "es", "pl"])
    lang = LOC[c][0]
    child = chance(0.6)
    p = pat(c, lo=2012, hi=2024) if child else pat(c)
    parent = pat(c, family=p.fam_key) if c not in ("es", "br", "pt") else pat(c)
    hdr = {"en": ("Immunisation record", "Name", "Date of birth", "Parent/guardian", "Given by"), "de": ("Impfausweis (Kopie)", "Name", "Geburtsdatum", "Erziehungsberechtigte/r", "Arzt/Ärztin"),
           "fr": ("Carnet de vaccination", "Nom", "Date de naissance", "Parent", "Vaccinateur"), "it": ("Certificato vaccinale", "Cognome e nome", "Data di nascita", "Genitore", "Medico"),
           "pt": ("Caderneta de vacinação", "Nome", "Data de nascimento", "Responsável", "Vacinador(a)"), "ja": ("予防接種記録", "氏名", "生年月日", "保護者", "接種医"),
           "ko": ("예방접종 증명서", "성명", "생년월일", "보호자", "접종의"), "nl": ("Vaccinatiebewijs", "Naam", "Geboortedatum", "Ouder", "Gevaccineerd door"),
           "es": ("Cartilla de vacunación", "Nombre", "Fecha de nacimiento", "Madre/padre", "Vacunador/a"), "pl": ("Karta szczepień", "Imię i nazwisko", "Data urodzenia", "Rodzic", "Szczepiący")}[lang]
    parts = [hdr[0], " – ", hosp(c), "\n", hdr[1], ": ", pname(p), "\n", hdr[2], ": ", Ld(p, c), "\n"]
    if child:
        parts += [hdr[3], ": ", pname(parent), ", ", phone(LOC[c][3]), "\n"]
    if c == "br":
        parts += ["Cartão SUS: ", gid("cns", p), "\n"]
    parts += ["\n"]
    vac = doctor(c)
    for i in range(R.randint(2, 4)):
        parts += [neg_date("iso"), "  ", N(ch(VAX), "vaccine"), "  ", neg_lot(), "  ", ch(["L deltoid", "R thigh", "li. OA", "re. OS"]), "\n"]
    parts += [hdr[4], ": "] + dr_name(vac)
    if lang == "en" and child:
        parts += ["\n", N("Apgar 9/10 at birth, birth weight %d g" % R.randint(2600, 4200), "apgar")]
    return "form", lang, wrap(lang, parts)


@tpl(18)
def sick_note():
    c = ch(["de", "de", "gb", "fr", "it", "es", "nl", "pl", "se", "at", "us"])
    lang = LOC[c][0]
    p, d = pat(c), doctor(c)
    if c in ("de", "at"):
        parts = ["Arbeitsunfähigkeitsbescheinigung – Ausfertigung zur Vorlage beim Arbeitgeber\n", "Name, Vorname: ", Lp("%s, %s" % (p.family, p.given)), "\n",
                 "geb. am ", Ld(p, c, "dmy."), "\n", "arbeitsunfähig seit: ", neg_date("dmy."), "  voraussichtlich bis: ", neg_date("dmy."), "\n",
                 "festgestellt am: ", neg_date("dmy."), "  ", ch(["Erstbescheinigung", "Folgebescheinigung"]), "\n", "Arztstempel: ", Lp(d.full), ", Fachärztin für Allgemeinmedizin" if d.sex == "f" else ", Facharzt für Allgemeinmedizin",
                 "\n", N("BSNR %s" % digits(R, 9), "bsnr")]
    elif c == "gb":
        parts = ["Statement of Fitness for Work (fit note)\n", "Patient's name: ", Lp(p.full), "\n", "I assessed your case on: ", neg_date("dmy/"), "\n",
                 "and, because of the following condition(s): ", N(ch(["lumbar back pain", "post-operative recovery", "Bell's palsy", "anxiety"]), "condition"), "\n",
                 "I advise you that: you are not fit for work. This will be the case for ", N("4 weeks", "duration"), ".\n",
                 "Doctor's signature: Dr ", Lp(d.full), "\n", N(ch(["Kiln Lane Surgery", "Riverside Medical Practice"]), "practice"), ", ", switchboard("GB"), "\n", "NHS No: ", gid("nhs", p)]
    elif c == "us":
        parts = ["To whom it may concern,\n\n", Lp(p.full), " (DOB ", Ld(p, "us"), ") was seen in our clinic on ", neg_date("mdy/"), " and may return to work on ",
                 neg_date("mdy/"), " without restrictions.\n\n", "Sincerely,\n", Lp(d.full), ", MD\n", hosp("us"), " · ", switchboard("US")]
    else:
        t = {"fr": ("Avis d'arrêt de travail", "Assuré(e)", "Né(e) le", "Arrêt jusqu'au", "Médecin"),
             "it": ("Certificato di malattia", "Lavoratore", "Nato/a il", "Prognosi fino al", "Medico"),
             "es": ("Parte de baja por incapacidad temporal", "Trabajador/a", "Fecha de nacimiento", "Duración estimada hasta", "Facultativo"),
             "nl": ("Verklaring arbeidsongeschiktheid", "Werknemer", "Geboortedatum", "Verwacht herstel", "Arts"),
             "pl": ("Zaświadczenie lekarskie e-ZLA", "Ubezpieczony", "Data urodzenia", "Niezdolność do pracy do", "Lekarz"),
             "sv": ("Läkarintyg för sjukpenning", "Patient", "Födelsedatum", "Sjukskriven till och med", "Läkare")}[lang]
        parts = [t[0], "\n", t[1], ": ", Lp(p.full), "\n", t[2], ": ", Ld(p, c), "\n"]
        if LOC[c][4]:
            parts += [gid_line(c, p), "\n"]
        parts += [t[3], ": ", neg_date("dmy/"), "\n", "ICD-10: ", N(ch(ICD), "icd10"), "\n", t[4], ": "] + dr_name(d)
        if chance(0.4):
            parts += ["\n", address(LOC[c][2])]
    return "form", lang, wrap(lang, parts)


@tpl(14)
def care_rota():
    c = ch(["gb", "gb", "de", "nl", "ie", "au", "se"])
    lang = LOC[c][0]
    home = ch({"gb": ["Willowbank Care Home", "Heatherlea Lodge"], "ie": ["Ardilaun Nursing Home"], "au": ["Banksia Aged Care"],
               "de": ["Seniorenzentrum Am Mühlenkamp", "Pflegeheim Haus Lindenhof"], "nl": ["Zorgcentrum De Linde", "Verpleeghuis Het Bleekveld"],
               "se": ["Äldreboendet Solrosen"]}[c])
    hdr = {"en": "Name,Role,Shift,Mobile,Residents", "de": "Name;Funktion;Dienst;Handy;Bewohner", "nl": "Naam;Functie;Dienst;Mobiel;Bewoners",
           "sv": "Namn;Roll;Pass;Mobil;Boende"}[lang]
    sep = "," if lang == "en" else ";"
    parts = [N(home, "care_home"), " – ", {"en": "rota week ", "de": "Dienstplan KW ", "nl": "rooster week ", "sv": "schema vecka "}[lang], N(str(R.randint(1, 52)), "week_number"), "\n", hdr, "\n"]
    for i in range(R.randint(3, 5)):
        s = pat(c, lo=1965, hi=2003)
        res = [pat(c, lo=1925, hi=1950) for _ in range(R.randint(1, 2))]
        parts += [Lp(s.full), sep, ch({"en": ["Senior carer", "Carer", "RGN", "Night carer"], "de": ["PFK", "PH", "Pflegehelferin", "Nachtwache"],
                                       "nl": ["VIG", "Helpende", "Verpleegkundige"], "sv": ["Undersköterska", "Sjuksköterska"]}[lang]), sep,
                  N(ch(["07:00-15:00", "14:00-22:00", "21:30-07:30", "F", "S", "N"]), "shift"), sep, phone(LOC[c][3], kind="mobile"), sep]
        for j, r in enumerate(res):
            parts += ["" if j == 0 else " / ", Lp(r.family if lang != "en" else r.full), " (", N(ch(["Rm ", "Zi. ", "K. ", "Rum "]) + str(R.randint(1, 48)), "room"), ")"]
        parts += ["\n"]
    parts += [ch(["Notes: ", "Hinweis: ", "Let op: ", "OBS: "]), N(ch(EPONYM[lang] if lang in EPONYM else EPONYM["en"]), "eponym_disease"), " – ",
              {"en": "check Waterlow score and turn 2-hourly", "de": "Braden-Skala täglich, Lagerung alle 2 h", "nl": "Braden-score dagelijks, wisselligging",
               "sv": "kontrollera Nortonskala"}[lang], ". ", N(ch(["Duty phone 0161 496 0402", "Stationstelefon -214", "Dienst-tel. 030 699 5512"]), "switchboard")]
    return "csv", lang, wrap(lang, parts)


CHAT_HDR = {
    "en": ("Mum", "Dad"), "de": ("Mama", "Papa"), "es": ("Mamá", "Papá"), "it": ("Mamma", "Papà"), "pt": ("Mãe", "Pai"), "tr": ("Annem", "Babam"),
    "ru": ("Мама", "Папа"), "ar": ("ماما", "بابا"), "hi": ("मम्मी", "पापा"), "fr": ("Maman", "Papa"), "nl": ("Mama", "Papa"), "pl": ("Mama", "Tata"),
    "el": ("Μαμά", "Μπαμπάς"), "ko": ("엄마", "아빠"), "in": ("Amma", "Appa"), "ja": ("母", "父"), "zh": ("妈妈", "爸爸"),
}
CHAT_LINES = {
    "en": ["Just spoke to the ward, {p} had a comfortable night.", "Dr {d} says the {e} meds need adjusting again.", "Can someone take {p} to the {x} appointment? I'm on shift.",
           "Her new address for the post is {a}", "The pharmacy number is {s}, they close at 6.", "Carer is {c} this week, her mobile is {ph}"],
    "de": ["Hab gerade mit der Station telefoniert, {p} geht es besser.", "Dr. {d} meint, wegen {e} muss die Dosis angepasst werden.", "Kann jemand {p} am {x} zur Kontrolle fahren?",
           "Die neue Adresse ist {a}", "Praxis erreicht man unter {s}.", "Die Pflegekraft heißt {c}, Handy {ph}"],
    "es": ["Acabo de hablar con planta, {p} ha pasado buena noche.", "La Dra. {d} dice que hay que ajustar la medicación del {e}.", "¿Alguien puede llevar a {p} a la cita del {x}?",
           "La dirección nueva es {a}", "El teléfono del centro de salud es {s}.", "La cuidadora es {c}, su móvil {ph}"],
    "it": ["Ho appena sentito il reparto, {p} ha dormito bene.", "Il dott. {d} dice che per il {e} bisogna cambiare la terapia.", "Qualcuno può accompagnare {p} alla visita del {x}?",
           "Il nuovo indirizzo è {a}", "Il numero del CUP è {s}.", "La badante è {c}, cell. {ph}"],
    "pt": ["Falei agora com a enfermaria, {p} passou bem a noite.", "O Dr. {d} disse que o remédio do {e} precisa ser ajustado.", "Alguém pode levar {p} na consulta do dia {x}?",
           "O endereço novo é {a}", "O telefone da clínica é {s}.", "A cuidadora é a {c}, celular {ph}"],
    "tr": ["Servisle konuştum, {p} geceyi rahat geçirmiş.", "Dr. {d} {e} ilaçlarının değişmesi gerektiğini söyledi.", "{x} günü {p} kontrolüne kim götürebilir?",
           "Yeni adres: {a}", "Hastanenin numarası {s}.", "Bakıcı {c}, cep {ph}"],
    "ru": ["Позвонила в отделение, {p} спокойно спал(а).", "Врач {d} говорит, что при {e} надо менять дозу.", "Кто сможет отвезти {p} на приём {x}?",
           "Новый адрес: {a}", "Телефон регистратуры {s}.", "Сиделка — {c}, её номер {ph}"],
    "ar": ["كلمت القسم، {p} بخير الليلة.", "الدكتور {d} قال إن دواء {e} يحتاج تعديل.", "مين يقدر يوصل {p} لموعد {x}؟", "العنوان الجديد: {a}",
           "رقم العيادة {s}", "الممرضة {c} رقمها {ph}"],
    "hi": ["वार्ड से बात हुई, {p} की रात ठीक रही।", "डॉ. {d} कह रहे हैं कि {e} की दवा बदलनी पड़ेगी।", "{x} को {p} को चेकअप पर कौन ले जाएगा?", "नया पता: {a}",
           "अस्पताल का नंबर {s} है।", "नर्स {c} हैं, नंबर {ph}"],
    "fr": ["J'ai eu le service, {p} a passé une bonne nuit.", "Le Dr {d} dit qu'il faut adapter le traitement pour la {e}.", "Quelqu'un peut emmener {p} au rendez-vous du {x} ?",
           "Nouvelle adresse : {a}", "Le standard de l'hôpital : {s}", "L'aide à domicile s'appelle {c}, son portable {ph}"],
    "nl": ["Net de afdeling gebeld, {p} heeft goed geslapen.", "Dr. {d} zegt dat de medicatie voor de {e} aangepast moet worden.", "Kan iemand {p} op {x} naar de controle brengen?",
           "Nieuw adres: {a}", "Huisartsenpost: {s}", "De thuiszorg is {c}, mobiel {ph}"],
    "pl": ["Dzwoniłam na oddział, {p} spał(a) spokojnie.", "Dr {d} mówi, że przy {e} trzeba zmienić dawkę.", "Kto zawiezie {p} na wizytę {x}?",
           "Nowy adres: {a}", "Rejestracja: {s}", "Opiekunka to {c}, tel. {ph}"],
    "el": ["Μίλησα με την κλινική, {p} πέρασε καλά τη νύχτα.", "Ο γιατρός {d} λέει ότι για τη {e} πρέπει να αλλάξει η δόση.", "Ποιος μπορεί να πάει {p} στο ραντεβού στις {x};",
           "Νέα διεύθυνση: {a}", "Τηλέφωνο κλινικής {s}", "Η φροντίστρια είναι η {c}, κινητό {ph}"],
    "ja": ["病棟に電話したら、{p}は夜よく眠れたって。", "{d}先生が{e}の薬を調整するって。", "{x}の受診、誰か{p}を連れて行ける？", "新しい住所は{a}です。",
           "病院の代表番号は{s}。", "ヘルパーさんは{c}さん、携帯{ph}"],
    "zh": ["刚给病房打了电话，{p}昨晚睡得不错。", "{d}医生说{e}的药要调整。", "{x}复诊谁能陪{p}去？", "新地址：{a}", "医院总机{s}", "护工是{c}，电话{ph}"],
    "ko": ["병동이랑 통화했는데 {p} 밤새 괜찮으셨대.", "{d} 교수님이 {e} 약을 조정해야 한대.", "{x} 외래에 {p} 모시고 갈 사람?", "새 주소는 {a}", "병원 대표번호 {s}", "요양보호사 {c} 선생님 번호 {ph}"],
}
CHAT_LINES["in"] = CHAT_LINES["en"]


def _fill(tmpl, vals):
    out = []
    for piece in re.split(r"(\{[a-z]+\})", tmpl):
        if piece.startswith("{") and piece.endswith("}"):
            out.append(vals[piece[1:-1]]())
        elif piece:
            out.append(piece)
    return out


@tpl(28)
def family_chat():
    lang = ch(list(CHAT_LINES))
    c = {"en": ch(["gb", "us", "au", "ie"]), "de": ch(["de", "at", "ch"]), "es": ch(["es", "mx"]), "it": "it", "pt": ch(["br", "pt"]), "tr": "tr", "ru": "ru",
         "ar": "ae", "hi": "hi", "fr": ch(["fr", "be"]), "nl": "nl", "pl": "pl", "el": "gr", "ko": "ko", "in": "in", "ja": "ja", "zh": "zh"}[lang]
    sibs = [pat(c, lo=1960, hi=1995) for _ in range(R.randint(2, 3))]
    elder = pat(c, lo=1932, hi=1955)
    d = doctor(c)
    carer = pat(c, lo=1970, hi=2000)
    vals = {"p": lambda: Lp(elder.given if elder.cul not in ("ko", "ja", "zh") else elder.full), "d": lambda: Lp(d.family if d.cul not in ("ko", "ar", "hi", "zh") else d.full),
            "e": lambda: N(ch(EPONYM[lang]), "eponym_disease"), "x": lambda: N(fmt_date(some_date(), "dmy/"), "appointment_date"),
            "a": lambda: address(LOC[c][2]), "s": lambda: switchboard(LOC[c][3]), "c": lambda: Lp(carer.given if carer.cul not in ("ko", "ar", "hi", "ja", "zh") else carer.full),
            "ph": lambda: phone(LOC[c][3], kind="mobile" if c not in ("us", "ca") else None)}
    lines = CHAT_LINES[lang][:]
    R.shuffle(lines)
    rel = CHAT_HDR[lang]
    t0 = some_date()
    parts = []
    style = R.randint(0, 1)
    for i, ln in enumerate(lines[:R.randint(3, 5)]):
        who = ch(sibs + [None])
        hm = "%02d:%02d" % (R.randint(7, 23), R.randint(0, 59))
        if style == 0:
            parts += ["[", N(fmt_date(t0, "dmy/") + ", " + hm, "timestamp"), "] "]
        else:
            parts += [N(fmt_date(t0, "dmy/") + " " + hm, "timestamp"), " - "]
        if who is None:
            parts += [N(ch(rel), "relationship_sender")]
        else:
            parts += [Lp(who.given if who.cul not in ("ko", "ar", "hi", "ja", "zh") else who.full)]
        parts += [": "] + _fill(ln, vals) + ["\n"]
    if chance(0.3) and lang in ("en", "de", "es", "fr", "it", "pt", "nl"):
        parts += ["[", N(fmt_date(t0, "dmy/") + ", 23:02", "timestamp"), "] ", Lp(sibs[0].given), ": ", {"en": "her date of birth for the form is ", "de": "ihr Geburtsdatum fürs Formular: ",
                                                                                                        "es": "su fecha de nacimiento para el formulario: ", "fr": "sa date de naissance pour le formulaire : ",
                                                                                                        "it": "la sua data di nascita per il modulo: ", "pt": "a data de nascimento dela pro formulário: ",
                                                                                                        "nl": "haar geboortedatum voor het formulier: "}[lang], Ld(elder, c), "\n"]
    if chance(0.3):
        far = ch([x for x in ("GB", "DE", "US", "AU", "AE", "ES", "CH", "SG") if x != LOC[c][3]])
        parts += [Lp(sibs[-1].given if sibs[-1].cul not in ("ko", "ar", "hi", "ja", "zh") else sibs[-1].full), ": ",
                  {"en": "my number over here is ", "de": "meine Nummer hier: ", "es": "mi número aquí es ", "it": "il mio numero qui è ", "pt": "meu número aqui é ",
                   "tr": "buradaki numaram ", "ru": "мой номер здесь: ", "ar": "رقمي هنا ", "hi": "यहाँ मेरा नंबर ", "fr": "mon numéro ici : ", "nl": "mijn nummer hier: ",
                   "pl": "mój numer tutaj: ", "el": "το νούμερό μου εδώ: ", "ko": "여기 내 번호는 ", "in": "my number here is ", "ja": "こっちの番号は", "zh": "我这边的号码是"}[lang],
                  phone(far, region=LOC[c][3]), "\n"]
    return "chat_export", lang, wrap(lang, parts[:-1])


@tpl(20)
def allergy_form():
    c = ch(["us", "gb", "de", "fr", "nl", "es", "au", "ie", "ca"])
    lang = LOC[c][0]
    kid = pat(c, lo=2011, hi=2021)
    m, f = pat(c, sex="f", lo=1975, hi=1995, family=kid.fam_key), pat(c, sex="m", lo=1972, hi=1993)
    gp = doctor(c)
    school = ch({"us": ["Sycamore Bend Elementary"], "gb": ["St Aidan's C of E Primary", "Brunswick Junior School"], "de": ["Grundschule Am Sielwall"],
                 "fr": ["École élémentaire Jules-Ferry"], "nl": ["Basisschool De Regenboog"], "es": ["CEIP Miguel de Cervantes"], "au": ["Fremantle Primary School"],
                 "ie": ["Scoil Mhuire"], "ca": ["Maplecroft Public School"]}[c])
    T = {"en": ("Student health & allergy form", "Child's name", "Date of birth", "Year/Class", "Allergies", "Emergency medication", "Parent/Carer 1", "Parent/Carer 2",
                "Mobile", "Email", "Home address", "GP / Doctor", "I consent to staff administering adrenaline auto-injector"),
         "de": ("Gesundheitsbogen / Allergien", "Name des Kindes", "Geburtsdatum", "Klasse", "Allergien", "Notfallmedikament", "Erziehungsberechtigte/r 1", "Erziehungsberechtigte/r 2",
                "Handy", "E-Mail", "Wohnanschrift", "Kinderarzt/-ärztin", "Ich willige ein, dass im Notfall der Adrenalin-Autoinjektor gegeben wird"),
         "fr": ("Projet d'accueil individualisé (PAI)", "Nom de l'enfant", "Date de naissance", "Classe", "Allergies", "Traitement d'urgence", "Responsable légal 1",
                "Responsable légal 2", "Portable", "Courriel", "Adresse", "Médecin traitant", "J'autorise l'administration du stylo d'adrénaline"),
         "nl": ("Medisch formulier leerling", "Naam kind", "Geboortedatum", "Groep", "Allergieën", "Noodmedicatie", "Ouder/verzorger 1", "Ouder/verzorger 2",
                "Mobiel", "E-mail", "Adres", "Huisarts", "Ik geef toestemming voor het toedienen van de adrenalinepen"),
         "es": ("Ficha de salud del alumno", "Nombre del alumno", "Fecha de nacimiento", "Curso", "Alergias", "Medicación de urgencia", "Madre/tutor", "Padre/tutor",
                "Móvil", "Correo", "Domicilio", "Pediatra", "Autorizo la administración del autoinyector de adrenalina")}[lang]
    parts = [N(school, "school"), " – ", T[0], "\n", T[1], ": ", Lp(kid.full), "\n", T[2], ": ", Ld(kid, c), "  (", N(ch(["age ", "Alter ", "âge ", "edad "]) + str(2026 - kid.dob.year), "age"), ")\n",
             T[3], ": ", N(ch(["3B", "Year 4", "CM1", "groep 6", "4º A", "2c"]), "class"), "\n", T[4], ": ", N(ch(["peanut, tree nuts", "egg, sesame", "penicillin", "bee venom", "latex"]), "allergen"),
             "\n", T[5], ": ", N(ch(["EpiPen Jr 0.15 mg", "Jext 150 µg", "Cetirizine 5 mg/5 ml"]), "drug_dose"), ", ", neg_lot(), "\n",
             T[6], ": ", Lp(m.full), " – ", T[8], " ", phone(LOC[c][3], kind="mobile" if c not in ("us", "ca") else None), " – ", T[9], " ", email(m), "\n"]
    if chance(0.7):
        parts += [T[7], ": ", Lp(f.full), " – ", T[8], " ", phone(LOC[c][3], kind="mobile" if c not in ("us", "ca") else None), "\n"]
    parts += [T[10], ": ", address(LOC[c][2]), "\n", T[11], ": ", Lp(gp.full), ", ", switchboard(LOC[c][3]), "\n", "[x] ", T[12], "\n", "Signed: ", Lp(m.full), "  ", neg_date()]
    return "form", lang, wrap(lang, parts)


@tpl(14)
def power_of_attorney():
    c = ch(["gb", "us", "de", "fr", "es", "it", "ja", "ie", "au"])
    lang = LOC[c][0]
    pr = pat(c, lo=1930, hi=1952)
    ag = pat(c, lo=1958, hi=1990, family=pr.fam_key)
    ag2 = pat(c, lo=1958, hi=1990)
    if lang == "en":
        parts = [ch(["Lasting power of attorney for health and welfare – summary", "Health care proxy – emergency contact sheet", "Enduring power of attorney – details for the care home"]), "\n\n",
                 "Donor: ", Lp(pr.full), "\n", "Date of birth: ", Ld(pr, c), "\n", "Address: ", address(LOC[c][2]), "\n"]
        if c == "gb":
            parts += ["NHS number: ", gid("nhs", pr), "\n", N("LPA reference %s-%s-%s" % (digits(R, 4), digits(R, 4), digits(R, 4)), "lpa_reference"), "\n"]
        parts += ["Attorney 1: ", Lp(ag.full), " (", {"f": "daughter", "m": "son"}[ag.sex], "), ", phone(LOC[c][3]), ", ", email(ag), "\n",
                  "Attorney 2: ", Lp(ag2.full), ", ", phone(ch(["ES", "FR", "AU", "US", "IE"]), region=LOC[c][3]) if chance(0.4) else phone(LOC[c][3]),
                  " (", ch(["lives abroad", "nephew", "friend"]), ")\n", "Preferences: ", N(ch(["DNACPR in place since ", "Advance decision dated "]) + fmt_date(some_date(), "dmy/"), "non_birth_date"),
                  "; diagnosis ", N(ch(EPONYM["en"]), "eponym_disease"), "\n", "GP: Dr ", Lp(doctor(c).full)]
        return "form", "en", wrap("en", parts)
    if lang == "de":
        parts = ["Vorsorgevollmacht (Auszug)\n", "Ich, ", Lp(pr.full), ", geboren am ", Ld(pr, c, "de"), ", wohnhaft ", address("de"), ",\n",
                 "bevollmächtige ", Lp(ag.full), ", geboren am ", Ld(ag, c, "dmy."), ", Telefon ", phone("DE", kind="mobile"), ",\n",
                 "mich in allen Gesundheitsangelegenheiten zu vertreten. Eine Patientenverfügung vom ", neg_date("dmy."), " liegt vor.\n", "Ersatzbevollmächtigte/r: ", Lp(ag2.full)]
        return "letter", "de", wrap("de", parts)
    if lang == "fr":
        parts = ["Désignation de la personne de confiance\n", "Je soussigné(e) ", Lp(pr.full), ", né(e) le ", Ld(pr, c, "fr"), ", demeurant ", address("fr"), ",\n",
                 "désigne ", Lp(ag.full), ", ", ch(["ma fille", "mon fils", "mon neveu"]), ", joignable au ", phone("FR", kind="mobile"), " et à l'adresse ", email(ag), ".\n",
                 "Fait à ", N(ch(["Rennes", "Tours", "Nancy"]), "city"), " le ", neg_date()]
        return "letter", "fr", wrap("fr", parts)
    if lang == "es":
        parts = ["Poder preventivo – datos para la residencia\n", "Poderdante: ", Lp(pr.full), ", DNI ", gid("dni", pr), ", nacido/a el ", Ld(pr, c, "es"), "\n",
                 "Apoderado/a: ", Lp(ag.full), ", teléfono ", phone("ES", kind="mobile"), "\n", "Notaría: ", N(ch(["Notaría de la Plaza Mayor", "Notaría Ruiz de Alarcón"]), "notary"),
                 ", protocolo ", N(digits(R, 4), "protocol_number")]
        return "form", "es", wrap("es", parts)
    if lang == "it":
        parts = ["Nomina dell'amministratore di sostegno – dati\n", "Beneficiario: ", Lp(pr.full), ", nato/a il ", Ld(pr, c, "it"), ", C.F. ", gid("cf", pr), "\n",
                 "Amministratore: ", Lp(ag.full), ", cell. ", phone("IT", kind="mobile"), ", ", email(ag), "\n", "Decreto del Tribunale di ", N("Bologna", "city"), " n. ",
                 N("%d/%d" % (R.randint(100, 9999), R.randint(2023, 2026)), "case_number")]
        return "form", "it", wrap("it", parts)
    parts = ["任意後見契約・緊急連絡先\n", "本人：", Lp(pr.full), "（", Lp(pr.reading), "）\n", "生年月日：", Ld(pr, "ja"), "\n", "住所：", address("ja"), "\n",
             "任意後見人：", Lp(ag.full), "（", ch(["長女", "長男"]), "）", phone("JP"), "\n", "かかりつけ医：", hosp("ja"), " ", Lp(doctor("ja").full), "先生"]
    return "form", "ja", wrap("ja", parts)


@tpl(16)
def ehic_travel():
    c = ch(["de", "fr", "es", "it", "nl", "pl", "gr", "gb", "be", "at", "ie", "se"])
    lang = LOC[c][0]
    p = pat(c)
    kind = {"de": "kvnr", "fr": "nir", "es": "dni", "it": "cf", "nl": "bsn", "pl": "pesel", "gr": "amka", "gb": "nhs", "be": "be_niss", "at": "at_svnr",
            "ie": "ppsn", "se": "pnr_se"}[c]
    g = gid(kind, p)
    card_id = N("%s%s" % (ch(["80276", "80250", "80724", "80380", "80528"]), digits(R, 15)), "ehic_card_id")
    parts = [ch(["My EHIC details for the travel insurance form:", "GHIC card (front):", "Europäische Krankenversicherungskarte:", "Carte européenne d'assurance maladie :",
                 "TSE (tarjeta sanitaria europea):", "TEAM:", "EHIC:"]), "\n",
             "3 ", Lp(p.family.upper() if chance(0.5) else p.family), "\n", "4 ", Lp(p.given.upper() if chance(0.5) else p.given), "\n", "5 ", Ld(p, c, "dmy/"), "\n",
             "6 ", g, "\n", "7 ", N("%s - %s" % (digits(R, 4), ch(INSURER[c])), "institution_id"), "\n", "8 ", card_id, "\n", "9 ", N(fmt_date(some_date(2027, 2031), "dmy/"), "expiry"), "\n\n"]
    tx = {"en": "I was treated at {h} in {t} on {x} for a fracture. Please contact me at {e} or {ph}.",
          "de": "Ich wurde am {x} im {h} ({t}) ambulant behandelt. Erreichbar unter {e} oder {ph}.",
          "fr": "J'ai été soigné(e) le {x} à {h} ({t}). Contact : {e}, {ph}.", "es": "Me atendieron el {x} en {h} ({t}). Contacto: {e} / {ph}.",
          "it": "Sono stato/a curato/a il {x} presso {h} ({t}). Contatti: {e}, {ph}.", "nl": "Ik ben op {x} behandeld in {h} ({t}). Bereikbaar via {e} of {ph}.",
          "pl": "Byłem/am leczony/a {x} w {h} ({t}). Kontakt: {e}, {ph}.", "el": "Νοσηλεύτηκα στις {x} στο {h} ({t}). Επικοινωνία: {e}, {ph}.",
          "sv": "Jag fick vård den {x} på {h} ({t}). Nås på {e} eller {ph}."}[lang]
    abroad = ch([k for k in ("es", "it", "fr", "gr", "pt", "at") if k != c])
    vals = {"h": lambda: hosp(abroad), "t": lambda: N(ch(["Málaga", "Rimini", "Chamonix", "Chania", "Faro", "Kitzbühel"]), "city"),
            "x": lambda: neg_date(), "e": lambda: email(p), "ph": lambda: phone(LOC[c][3], region=LOC[c][3], kind="mobile")}
    parts += _fill(tx, vals)
    return "form", lang, wrap(lang, parts)


@tpl(22)
def intake_form():
    c = ch(["us", "us", "au", "ca", "gb", "de", "pt", "br", "ko", "nl", "ie", "in"])
    lang = LOC[c][0]
    p = pat(c)
    ec = pat(c)
    kind = ch(["dental", "therapy", "physio"])
    if lang in ("en", "in"):
        title = {"dental": "New patient dental intake", "therapy": "Counselling intake questionnaire", "physio": "Physiotherapy registration form"}[kind]
        parts = [N(ch(["Bright Smile Dental Studio", "Harbourside Counselling", "Kinetic Physio & Rehab", "Oakbridge Family Dentistry"]), "practice"), " – ", title, "\n",
                 "Full name: ", Lp(p.full), "\n", "Preferred name: ", Lp(p.given), "\n", "Date of birth: ", Ld(p, c), "\n", "Address: ", address(LOC[c][2]), "\n",
                 "Mobile: ", phone(LOC[c][3], kind="mobile" if c not in ("us", "ca") else None), "   Email: ", email(p), "\n"]
        if c == "au":
            parts += ["Medicare card no.: ", gid("au_medicare", p), "   ", ins("au"), " member ", N(digits(R, 8), "member_id"), "\n"]
        elif c == "ca":
            parts += ["Health card: ", gid("on_hcn", p), "\n"]
        elif c == "us":
            parts += ["Insurance: ", ins("us"), "  Member ID ", N("%s%s" % (ch(["H", "U", "W"]), digits(R, 9)), "member_id"), "  Group ", N(digits(R, 6), "group_number"), "\n"]
        elif c == "gb":
            parts += ["NHS number (if known): ", gid("nhs", p), "\n"]
        elif c == "ie":
            parts += ["PPS number: ", gid("ppsn", p), "   Medical card: ", N(digits(R, 9) + ch("ABC"), "medical_card"), "\n"]
        parts += ["Emergency contact: ", Lp(ec.full), " (", ch(["partner", "sister", "brother", "friend"]), ") ", phone(LOC[c][3]), "\n",
                  "Medical history: ", N(ch(EPONYM["en"]), "eponym_disease"), "; ", N(ch(DRUGS), "drug_dose"), "\n", neg_vitals(), "\n",
                  "How did you hear about us? ", ch(["Referred by Dr ", "Recommended by "]), Lp(doctor(c).full), "\n", "Signature: ", Lp(p.full), "  Date: ", neg_date()]
        return "form", lang, wrap(lang, parts)
    if lang == "de":
        parts = ["Anamnesebogen Physiotherapie\n", "Name: ", Lp(p.family), "  Vorname: ", Lp(p.given), "\n", "Geburtsdatum: ", Ld(p, c), "\n", "Straße, PLZ Ort: ", address("de"), "\n",
                 "Telefon: ", phone("DE"), "   E-Mail: ", email(p), "\n", "Krankenkasse: ", ins("de"), "  Versichertennr.: ", gid("kvnr", p), "\n",
                 "Verordnung: ", N("KG 6x, ICD-10 " + ch(ICD), "icd10"), "\n", "Im Notfall: ", Lp(ec.full), ", ", phone("DE", kind="mobile")]
        return "form", "de", wrap("de", parts)
    if lang == "pt":
        parts = ["Ficha de anamnese – ", N(ch(["Clínica Sorriso Perfeito", "Espaço Fisio Vida", "Consultório Dra. Sorriso"]), "practice"), "\n", "Nome completo: ", Lp(p.full), "\n",
                 "Data de nascimento: ", Ld(p, c), "\n"]
        parts += (["CPF: ", gid("cpf", p), "\n"] if c == "br" else ["NIF: ", gid("pt_nif", p), "\n"])
        parts += ["Endereço: ", address(LOC[c][2]), "\n", "Celular: " if c == "br" else "Telemóvel: ", phone(LOC[c][3], kind="mobile"), "\n", "E-mail: ", email(p), "\n",
                  "Convênio: " if c == "br" else "Seguro: ", ins(c), "  carteirinha ", N(digits(R, 16), "member_id"), "\n", "Contato de emergência: ", Lp(ec.full), " – ", phone(LOC[c][3], kind="mobile")]
        return "form", "pt", wrap("pt", parts)
    if lang == "nl":
        parts = ["Inschrijfformulier tandarts\n", "Achternaam: ", Lp(p.family), "\n", "Voornaam: ", Lp(p.given), "\n", "Geboortedatum: ", Ld(p, c), "\n", "BSN: ", gid("bsn", p), "\n",
                 "Adres: ", address("nl"), "\n", "Telefoon: ", phone("NL"), "\n", "Zorgverzekeraar: ", ins("nl"), ", polisnummer ", N(digits(R, 9), "policy_number"), "\n",
                 "Vorige tandarts: ", Lp(doctor("nl").full)]
        return "form", "nl", wrap("nl", parts)
    parts = ["[", N(ch(["연세미소치과", "마음숲 심리상담센터", "바른자세 재활의학과"]), "practice"), "] 초진 문진표\n", "성명: ", Lp(p.full), " (", Lp(p.roman), ")\n", "생년월일: ", Ld(p, "ko"), "\n",
             "주민등록번호: ", gid("kr_rrn", p), "\n", "주소: ", address("ko"), "\n", "휴대전화: ", phone("KR", kind="mobile"), "\n", "이메일: ", email(p), "\n",
             "보호자: ", Lp(ec.full), " ", phone("KR", kind="mobile"), "\n", "과거력: ", N(ch(EPONYM["ko"]), "eponym_disease"), ", ", N("혈압 %d/%d" % (R.randint(100, 160), R.randint(60, 95)), "vitals")]
    return "form", "ko", wrap("ko", parts)


@tpl(16)
def telehealth_alert():
    c = ch(["us", "gb", "de", "fr", "es", "ja", "au", "nl"])
    lang = LOC[c][0]
    p = pat(c)
    ipl = ip_label()
    when = fmt_date(some_date(), "iso") + " %02d:%02d UTC" % (R.randint(0, 23), R.randint(0, 59))
    dev = ch(["Chrome 131 on Windows 11", "Safari on iPhone (iOS 18.2)", "Firefox 133 on Ubuntu", "Edge on Windows 10", "Android app 5.12.0"])
    T = {"en": ("New sign-in to your patient portal", "Hi", "We noticed a new sign-in to your account", "IP address", "Device", "Time", "If this wasn't you, reset your password at"),
         "de": ("Neue Anmeldung im Patientenportal", "Hallo", "es gab eine neue Anmeldung in Ihrem Konto", "IP-Adresse", "Gerät", "Zeit", "Falls Sie das nicht waren, ändern Sie Ihr Passwort unter"),
         "fr": ("Nouvelle connexion à votre espace patient", "Bonjour", "une nouvelle connexion à votre compte a été détectée", "Adresse IP", "Appareil", "Heure",
                "Si ce n'était pas vous, changez votre mot de passe sur"),
         "es": ("Nuevo inicio de sesión en tu portal del paciente", "Hola", "hemos detectado un inicio de sesión nuevo", "Dirección IP", "Dispositivo", "Hora",
                "Si no has sido tú, cambia la contraseña en"),
         "ja": ("患者ポータルへの新しいログイン", "", "様、新しいログインがありました", "IPアドレス", "端末", "日時", "お心当たりがない場合はパスワードを変更してください："),
         "nl": ("Nieuwe aanmelding in uw patiëntportaal", "Beste", "er is nieuw aangemeld op uw account", "IP-adres", "Apparaat", "Tijd", "Was u dit niet? Wijzig uw wachtwoord via")}[lang]
    portal = ch({"us": ["mychart.mercyridge.org", "portal.cedarvalleyhealth.org"], "gb": ["patient.stalhelms.nhs.uk"], "au": ["portal.health.wa.gov.au"],
                 "de": ["portal.klinikum-weserbogen.de"], "fr": ["monespace.chu-pontchaillou.fr"], "es": ["miportal.hgu-cruces.es"], "ja": ["portal.kitano-hp.or.jp"],
                 "nl": ["mijn.martini-zh.nl"]}[c])
    if lang == "ja":
        parts = ["件名：", T[0], "\n", "宛先：", email(p), "\n\n", Lp(p.full), T[2], "。\n"]
    else:
        parts = ["Subject: ", T[0], "\n", "From: ", N("noreply@" + portal.split(".", 1)[1], "role_mailbox"), "\n", "To: ", email(p), "\n\n", T[1], " ", Lp(p.given), ", ", T[2], ".\n"]
    parts += [T[3], ": ", ipl, "\n"]
    if chance(0.5):
        parts += [{"en": "Previous sign-in", "de": "Letzte Anmeldung", "fr": "Connexion précédente", "es": "Inicio anterior", "ja": "前回ログイン", "nl": "Vorige aanmelding"}[lang],
                  ": ", ip_label(), "\n"]
    parts += [T[4], ": ", N(dev, "user_agent"), "\n", T[5], ": ", N(when, "timestamp"), "\n",
              N(ch(["Location (approx.): ", "Ort (ungefähr): ", "Lieu : ", "Ubicación: ", "場所：", "Locatie: "]) + ch(["Lansing, US", "Bremen, DE", "Rennes, FR", "Bilbao, ES", "大阪, JP", "Utrecht, NL"]), "geo"),
              "\n", T[6], " https://", portal, "/reset\n"]
    asked = chance(0.5)
    if asked:
        parts += ["\n", {"en": "It was me on the hotel wifi — but is that IP something I should worry about? Also the video visit with Dr ",
                         "de": "Das war ich im Hotel-WLAN – muss ich mir wegen der IP Sorgen machen? Die Videosprechstunde bei Dr. ",
                         "fr": "C'était moi depuis l'hôtel, je dois m'inquiéter de cette IP ? La téléconsultation avec le Dr ",
                         "es": "Era yo desde el hotel, ¿me tengo que preocupar por esa IP? La videoconsulta con la Dra. ",
                         "ja": "ホテルのWi-Fiから私がログインしました。このIPは問題ないですか？ビデオ診療の", "nl": "Dat was ik via de hotelwifi, moet ik me zorgen maken? Het videoconsult met dr. "}[lang],
                  Lp(doctor(c).full), {"en": " starts at ", "de": " beginnt um ", "fr": " commence à ", "es": " empieza a las ", "ja": "先生は", "nl": " begint om "}[lang],
                  N("%02d:%02d" % (R.randint(8, 18), ch([0, 15, 30, 45])), "time"), "."]
    return "email", lang, parts if asked else wrap(lang, parts)


@tpl(24)
def clinic_it_ticket():
    c = ch(["us", "gb", "de", "nl", "fr", "au", "in"])
    lang = "en" if c in ("us", "gb", "au") else ("in" if c == "in" else LOC[c][0])
    it = pat(c, lo=1975, hi=2001)
    mgr = pat(c, lo=1965, hi=1995)
    dom = HDOM[c]
    v = R.randint(0, 2)
    if v == 0:
        parts = ["# .env for the appointment reminder service (DO NOT COMMIT)\n", "FHIR_BASE_URL=https://fhir.", dom, "/r4\n", "FHIR_CLIENT_ID=reminder-svc\n",
                 "FHIR_CLIENT_SECRET=", Ls("client_secret"), "\n", "TWILIO_ACCOUNT_SID=", N("AC" + rnd(R, "0123456789abcdef", 32), "twilio_sid"), "\n",
                 "TWILIO_AUTH_TOKEN=", Ls("twilio_token"), "\n", "TWILIO_FROM=", N("+1 202 555 0142" if c == "us" else "ClinicSMS", "fiction_number" if c == "us" else "sender_id"), "\n",
                 "SMTP_USER=", N("noreply@" + dom, "role_mailbox"), "\n", "SMTP_PASSWORD=", Ls("password"), "\n",
                 "DATABASE_URL=postgres://reminders:", Ls("password"), "@db01.internal:5432/reminders\n",
                 "ADMIN_CONTACT=", work_email(it, dom), "\n\n",
                 {"en": "Why does the cron job fail with 401 from the FHIR server? Ping me (", "in": "Why is the cron giving 401 from FHIR? Ping me (",
                  "de": "Warum bekommt der Cronjob 401 vom FHIR-Server? Meldet euch bei mir (", "nl": "Waarom geeft de cronjob 401 van de FHIR-server? Bel me (",
                  "fr": "Pourquoi le cron reçoit un 401 du serveur FHIR ? Contactez-moi ("}[lang], Lp(it.full), ", ", phone(LOC[c][3]), ")."]
    elif v == 1:
        pt = pat(c)
        parts = [N("Ticket INC%s" % digits(R, 7), "ticket_number"), " – ", {"en": "Patient locked out of portal", "in": "Patient locked out of portal", "de": "Patient aus Portal ausgesperrt",
                                                                             "nl": "Patiënt buitengesloten uit portaal", "fr": "Patient bloqué sur le portail"}[lang], "\n",
                 "Reporter: ", Lp(mgr.full), " (", work_email(mgr, dom), ")\n", "Patient: ", Lp(pt.full), ", DOB ", Ld(pt, c), ", ", neg_mrn("mrn"), "\n",
                 "Assigned: ", Lp(it.full), "\n\n", "Reset done. Temporary password: ", Ls("password"), " (must change at next login). ",
                 "Patient's sign-in attempts came from ", ip_label(ch(["v4", "v6"])), "; our VPN range is ", N(ch(["10.40.0.0/16", "172.20.0.0/14", "192.168.50.0/24"]), "cidr"),
                 " and the resolver ", N(ch(["1.1.1.1", "8.8.8.8", "9.9.9.9"]), "public_resolver"), " is fine."]
    else:
        parts = ["```yaml\n", "# pacs-bridge config, pasted by ", Lp(it.full), "\n", "dicom:\n", "  ae_title: ", N(ch(["ORTHANC_ED", "PACS_MAIN", "CT01"]), "ae_title"), "\n",
                 "  listen: ", N("0.0.0.0:4242", "bind_address"), "\n", "  peer_example: ", N(ch(["192.0.2.15", "198.51.100.23", "203.0.113.40"]), "documentation_ip"), "\n",
                 "notify:\n", "  slack_webhook: ", Ls("slack_webhook"), "\n", "  sendgrid_key: ", Ls("sendgrid"), "\n", "storage:\n", "  aws_access_key_id: ", Ls("aws_access_key_id"), "\n",
                 "  aws_secret_access_key: ", Ls("aws_secret_access_key"), "\n", "  bucket: ", N("s3://pacs-archive-" + c, "bucket"), "\n", "```\n",
                 {"en": "Is this safe to keep in the repo? The on-call is ", "in": "Is this safe to keep in git? On-call person is ", "de": "Kann das so ins Repo? Rufbereitschaft hat ",
                  "nl": "Kan dit zo in de repo? Dienst heeft ", "fr": "Je peux laisser ça dans le dépôt ? L'astreinte, c'est "}[lang], Lp(mgr.full), ", ", phone(LOC[c][3], kind="mobile" if c not in ("us", "ca") else None), "."]
    return "code", lang, parts


@tpl(14)
def staff_roster():
    c = ch(["gb", "us", "de", "nl", "fr", "es", "it", "au"])
    lang = LOC[c][0]
    dom = HDOM[c]
    hdr = {"en": "name,role,bleep,direct line,email", "de": "Name;Funktion;Piepser;Durchwahl;E-Mail", "nl": "naam;functie;sein;telefoon;e-mail",
           "fr": "nom;fonction;bip;ligne directe;courriel", "es": "nombre;puesto;busca;teléfono;correo", "it": "nome;ruolo;cercapersone;telefono;email"}[lang]
    sep = "," if lang == "en" else ";"
    parts = [N(ch(HOSP[c]), "hospital"), " – ", {"en": "ward 7 staff list", "de": "Stationsliste 3B", "nl": "personeelslijst afdeling B4", "fr": "liste du personnel, service de neurologie",
                                                  "es": "personal de planta 5ª", "it": "elenco personale reparto"}[lang], "\n", hdr, "\n"]
    for i in range(R.randint(3, 6)):
        s = doctor(c)
        parts += [Lp(s.full), sep, N(ch({"en": ["Consultant", "Registrar", "Ward sister", "HCA", "Pharmacist"], "de": ["OA", "Assistenzärztin", "Stationsleitung", "PFK"],
                                         "nl": ["AIOS", "Verpleegkundige", "Teamleider"], "fr": ["PH", "Interne", "IDE", "Cadre"], "es": ["FEA", "MIR", "Supervisora"],
                                         "it": ["Dirigente medico", "Specializzando", "Coordinatrice"]}[lang]), "job_title"), sep, N(str(R.randint(1000, 8999)), "bleep"), sep]
        parts += [phone(LOC[c][3]) if chance(0.6) else N(ch(["ext. %d" % R.randint(2000, 7999), "-%d" % R.randint(200, 999)]), "extension"), sep]
        parts += [work_email(s, dom) if chance(0.7) else role_mail(lang, dom), "\n"]
    parts += [N(ch(["Switchboard", "Zentrale", "Centrale", "Centralita", "Centralino"]), "label"), sep, sep, sep, switchboard(LOC[c][3]), sep, role_mail(lang, dom)]
    return "csv", lang, wrap(lang, parts)


def _ascii_up(s):
    return s.upper().translate(str.maketrans({"Ä": "AE", "Ö": "OE", "Ü": "UE", "É": "E", "È": "E", "Ç": "C", "Ñ": "N", "Í": "I", "Ó": "O", "Á": "A", "Ú": "U",
                                              "Ł": "L", "Ś": "S", "Ż": "Z", "Ź": "Z", "Ń": "N", "Ć": "C", "Ę": "E", "Ą": "A", "Å": "A", "Ë": "E", "Ê": "E", "Ô": "O",
                                              "Ã": "A", "Õ": "O", "Â": "A", "Î": "I", "Ï": "I", "Û": "U", "Ù": "U", "À": "A", "ẞ": "SS"}))


@tpl(16)
def hl7_adt():
    c = ch(["us", "gb", "de", "nl", "au", "ca"])
    p, d = pat(c), doctor(c)
    fam, giv = _ascii_up(p.family), _ascii_up(p.given)
    ts = some_date().strftime("%Y%m%d") + "%02d%02d" % (R.randint(0, 23), R.randint(0, 59))
    idk = {"us": "SS", "gb": "NH", "de": "NI", "nl": "NNNLD", "au": "MC", "ca": "JHN"}[c]
    gkind = {"us": "ssn", "gb": "nhs", "de": "kvnr", "nl": "bsn", "au": "au_medicare", "ca": "on_hcn"}[c]
    g = gid(gkind, p)
    g = L("gov_id", g.value.replace(" ", "").replace("-", "") if c in ("gb", "au") else g.value, sub=gkind)
    a = address(LOC[c][2])
    av = a.value
    parts = ["MSH|^~\\&|", N(ch(["EPIC", "ORBIS", "HIX", "CERNER"]), "hl7_app"), "|", N(ch(["MRH", "KAW", "MZH"]), "facility"), "|LAB|LAB|", N(ts, "timestamp"), "||ADT^A01|",
             N("MSG%s" % digits(R, 8), "hl7_control_id"), "|P|2.5.1\r\n", "EVN|A01|", N(ts, "timestamp"), "\r\n",
             "PID|1||", N(digits(R, 8), "mrn"), "^^^", N(ch(["MRH", "KAW"]), "facility"), "^MR~", g, "^^^", idk, "||", Lp(fam), "^", Lp(giv), "^^^", ch(["MRS", "MR", "MS"]), "||",
             L("dob", p.dob.strftime("%Y%m%d")), "|", "F" if p.sex == "f" else "M", "|||"]
    # address fields split by ^ : street^^city^state^zip (each its own label when split)
    if c == "us":
        m = re.match(r"(.+)(?:\n|, )([^,\n]+), ([A-Z]{2}) (\d{5}(?:-\d{4})?)$", av, re.S)
        parts += [L("address", m.group(1), sub="us_street"), "^^", L("address", m.group(2), sub="us_city"), "^", m.group(3), "^", L("address", m.group(4), sub="us_zip")]
    else:
        parts += [L("address", av.replace("\n", ", "), sub=c)]
    parts += ["||", phone(LOC[c][3]), "|||", ch(["M", "S", "W"]), "\r\n", "PV1|1|I|", N("7W^%d^%d" % (R.randint(1, 40), R.randint(1, 4)), "bed"), "||||", N(digits(R, 6), "provider_id"), "^",
              Lp(_ascii_up(d.family)), "^", Lp(_ascii_up(d.given)), "^^^DR\r\n", "DG1|1||", N(ch(ICD), "icd10"), "^", N(ch(["PARKINSONS DISEASE", "CROHNS DISEASE", "HODGKIN LYMPHOMA", "ATRIAL FIBRILLATION"]), "eponym_disease"), "^I10"]
    if chance(0.5):
        nk = pat(c, family=p.fam_key)
        parts += ["\r\nNK1|1|", Lp(_ascii_up(nk.family)), "^", Lp(_ascii_up(nk.given)), "|", ch(["DAU", "SON", "SPO"]), "|", "|", phone(LOC[c][3])]
    return "hl7", "en" if c != "de" and c != "nl" else LOC[c][0], wrap("en" if c not in ("de", "nl") else LOC[c][0], parts)


@tpl(16)
def fhir_patient():
    c = ch(["us", "gb", "nl", "de", "au", "in", "fr"])
    p = pat(c)
    gkind = {"us": "ssn", "gb": "nhs", "nl": "bsn", "de": "kvnr", "au": "au_medicare", "in": "aadhaar", "fr": "nir"}[c]
    sysu = {"ssn": "http://hl7.org/fhir/sid/us-ssn", "nhs": "https://fhir.nhs.uk/Id/nhs-number", "bsn": "http://fhir.nl/fhir/NamingSystem/bsn",
            "kvnr": "http://fhir.de/sid/gkv/kvid-10", "au_medicare": "http://ns.electronichealth.net.au/id/medicare-number", "aadhaar": "https://abdm.gov.in/aadhaar",
            "nir": "urn:oid:1.2.250.1.213.1.4.8"}[gkind]
    g = gid(gkind, p)
    g = L("gov_id", re.sub(r"[ .\-]", "", g.value), sub=gkind)
    a = address(LOC[c][2])
    lines = a.value.replace("\n", ", ")
    parts = ["{\n  \"resourceType\": \"Patient\",\n  \"id\": \"", N(rnd(R, "0123456789abcdef", 8) + "-" + rnd(R, "0123456789abcdef", 4) + "-4" + rnd(R, "0123456789abcdef", 3) + "-a" + rnd(R, "0123456789abcdef", 3) + "-" + rnd(R, "0123456789abcdef", 12), "uuid"),
             "\",\n  \"meta\": {\"versionId\": \"", N(str(R.randint(2, 14)), "version"), "\", \"lastUpdated\": \"", N(fmt_date(some_date(), "iso") + "T09:14:22Z", "timestamp"), "\"},\n",
             "  \"identifier\": [\n    {\"system\": \"", sysu, "\", \"value\": \"", g, "\"},\n    {\"system\": \"urn:oid:2.16.840.1.113883.19.5\", \"type\": {\"text\": \"MRN\"}, \"value\": \"",
             N(digits(R, 8), "mrn"), "\"}\n  ],\n", "  \"name\": [{\"use\": \"official\", \"family\": \"", Lp(p.family), "\", \"given\": [\"", Lp(p.given), "\"]}],\n",
             "  \"telecom\": [\n    {\"system\": \"phone\", \"value\": \"", phone(LOC[c][3]), "\", \"use\": \"mobile\"},\n    {\"system\": \"email\", \"value\": \"", email(p), "\"}\n  ],\n",
             "  \"gender\": \"", "female" if p.sex == "f" else "male", "\",\n  \"birthDate\": \"", L("dob", p.dob.isoformat()), "\",\n",
             "  \"address\": [{\"text\": \"", L("address", lines, sub=c), "\"}],\n", "  \"generalPractitioner\": [{\"display\": \"Dr ", Lp(doctor(c).full), "\"}]\n}"]
    lang = LOC[c][0]
    return "json", lang, wrap(lang, parts)


@tpl(14)
def dicom_header():
    c = ch(["us", "de", "ja", "fr", "it", "nl", "gb"])
    p, d = pat(c), doctor(c)
    if c == "ja":
        pn = [Lp(p.fam_roman.upper()), "^", Lp(p.giv_roman.upper()), "=", Lp(p.family), "^", Lp(p.given), "=", Lp(p.reading.split("　")[0]), "^", Lp(p.reading.split("　")[1])]
        rp = [Lp(d.fam_roman.upper()), "^", Lp(d.giv_roman.upper())]
    else:
        pn = [Lp(_ascii_up(p.family)), "^", Lp(_ascii_up(p.given))]
        rp = [Lp(_ascii_up(d.family)), "^", Lp(_ascii_up(d.given))]
    uid = "1.2.840.113619.2.%d.%d.%d.%d" % (R.randint(100, 999), R.randint(1000, 99999), R.randint(1000000, 9999999), R.randint(100000000, 999999999))
    parts = ["# dcmdump ", N("IM-%04d-%04d.dcm" % (R.randint(1, 20), R.randint(1, 400)), "filename"), "\n",
             "(0008,0020) DA [", N(some_date().strftime("%Y%m%d"), "non_birth_date"), "]   # StudyDate\n",
             "(0008,0060) CS [", N(ch(["MR", "CT", "CR", "US", "NM"]), "modality"), "]   # Modality\n",
             "(0008,0080) LO [", N(ch(HOSP[c]) if c != "ja" else "KITANO HOSPITAL", "hospital"), "]   # InstitutionName\n",
             "(0008,0090) PN ["] + rp + ["]   # ReferringPhysicianName\n",
             "(0010,0010) PN ["] + pn + ["]   # PatientName\n",
             "(0010,0020) LO [", N(digits(R, 8), "mrn"), "]   # PatientID\n",
             "(0010,0030) DA [", L("dob", p.dob.strftime("%Y%m%d")), "]   # PatientBirthDate\n",
             "(0010,0040) CS [", "F" if p.sex == "f" else "M", "]   # PatientSex\n",
             "(0010,1010) AS [", N("%03dY" % date_age(p.dob), "age"), "]   # PatientAge\n",
             "(0010,1030) DS [", N("%d" % R.randint(48, 105), "weight"), "]   # PatientWeight\n",
             "(0020,000d) UI [", N(uid, "dicom_uid"), "]   # StudyInstanceUID\n",
             "(0002,0010) UI [", N("1.2.840.10008.1.2.1", "transfer_syntax"), "]   # TransferSyntaxUID\n"]
    if chance(0.4) and c in ("us", "gb"):
        parts += ["(0010,1040) LO [", L("address", address(LOC[c][2]).value.replace("\n", ", "), sub=c), "]   # PatientAddress\n"]
    q = {"de": ["Welche Tags muss ich vor dem Versand an die Studienzentrale pseudonymisieren?"], "ja": ["研究チームに送る前に匿名化が必要なタグはどれですか？"],
         "fr": ["Quels tags dois-je effacer avant d'envoyer l'examen à l'équipe de recherche ?"], "it": ["Quali tag devo anonimizzare prima di inviare lo studio?"],
         "nl": ["Welke tags moet ik leegmaken voordat ik de studie deel?"]}.get(c, ["Which of these tags must I blank before sending the study to the research team?",
                                                                                   "How do I anonymise this properly before uploading it?"])
    lang = {"de": "de", "ja": "ja", "fr": "fr", "it": "it", "nl": "nl"}.get(c, "en")
    parts += ["\n", ch(q)]
    return "dicom", lang, parts


@tpl(16)
def pharmacy_order():
    c = ch(["gb", "us", "de", "nl", "fr", "es", "it", "au", "in", "br"])
    lang = LOC[c][0]
    p = pat(c)
    shop = ch({"gb": ["Hawthorn Online Pharmacy"], "us": ["QuickRx Mail Order"], "de": ["Versandapotheke Nordlicht"], "nl": ["Apotheek Online Bleekveld"],
               "fr": ["Pharmacie des Lices en ligne"], "es": ["Farmacia Alameda Online"], "it": ["Farmacia San Rocco online"], "au": ["Wattle Chemist Online"],
               "in": ["MedKart Pharmacy"], "br": ["Drogaria Vida Online"]}[c])
    T = {"en": ("Order confirmation", "Deliver to", "Paid with", "Questions? Reply to"), "de": ("Bestellbestätigung", "Lieferadresse", "Bezahlt mit", "Fragen an"),
         "nl": ("Orderbevestiging", "Bezorgadres", "Betaald met", "Vragen? Mail"), "fr": ("Confirmation de commande", "Livraison", "Payé par carte", "Questions :"),
         "es": ("Confirmación de pedido", "Entrega en", "Pagado con", "Dudas:"), "it": ("Conferma d'ordine", "Spedizione a", "Pagato con", "Domande:"),
         "pt": ("Confirmação do pedido", "Entregar em", "Pago com", "Dúvidas:"), "in": ("Order confirmation", "Deliver to", "Paid with", "Questions? Reply to")}[lang]
    items = [N(ch(["Vitamin D3 1000 IU x 90", "Cetirizine 10 mg x 30", "Omega-3 1000 mg", "Blood pressure monitor BM-54", "Glucose test strips x 50",
                   "Ibuprofen 400 mg x 24", "Nasenspray 0,1 %", "Compression stockings class 2"]), "product") for _ in range(R.randint(1, 3))]
    parts = [N(shop, "shop"), " – ", T[0], " ", N("#%s" % digits(R, 9), "order_number"), "\n", Lp(p.full), "\n", T[1], ": ", address(LOC[c][2], multi=chance(0.4)), "\n"]
    for it_ in items:
        parts += ["  ", it_, "  ", N(ch(["PZN %s" % digits(R, 8), "SKU %s" % digits(R, 6), "EAN %s" % digits(R, 13)]), "product_code"), "\n"]
    parts += [T[2], ": ", card(), "  ", N("exp %02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "expiry"), "\n", "Tel: ", phone(LOC[c][3]), "   ", email(p), "\n",
              T[3], " ", N("orders@" + ch(["nordlicht-apo.de", "hawthornpharmacy.co.uk", "quickrx.com", "medkart.in", "drogariavida.com.br"]), "role_mailbox")]
    return "email", lang, wrap(lang, parts)


@tpl(16)
def homecare_handover():
    c = ch(["de", "de", "nl", "gb", "fr", "ja", "se", "at"])
    lang = LOC[c][0]
    cl = pat(c, lo=1925, hi=1948)
    n1, n2 = pat(c, lo=1965, hi=2000), pat(c, lo=1965, hi=2000)
    rel = pat(c, family=cl.fam_key)
    if lang == "de":
        parts = ["Übergabe ambulante Pflege – Tour ", N(str(R.randint(1, 9)), "route"), "\n", "Klient/in: ", Lp(cl.full), ", geb. ", Ld(cl, c), ", ", address(c), "\n",
                 "Pflegegrad ", N(str(R.randint(2, 5)), "care_level"), ", ", N(ch(EPONYM["de"]), "eponym_disease"), "\n", "Frühdienst ", Lp(n1.given), ": ", neg_vitals(),
                 ", BZ ", N("%d mg/dl" % R.randint(90, 260), "lab_value"), ". Kompressionsstrümpfe angezogen.\n", "Spätdienst ", Lp(n2.given), ": Tochter ", Lp(rel.full),
                 " ruft an (", phone("DE", kind="mobile"), "), Hausarzt Dr. ", Lp(doctor(c).family), " kommt ", neg_date("dmy."), "."]
    elif lang == "nl":
        parts = ["Overdracht wijkverpleging\n", "Cliënt: ", Lp(cl.full), " (", Ld(cl, c), "), ", address("nl"), "\n", "Dienst ", Lp(n1.full), ": ", neg_vitals(), ". ",
                 N(ch(EPONYM["nl"]), "eponym_disease"), ", valrisico.\n", "Contactpersoon: ", Lp(rel.full), ", ", phone("NL", kind="mobile"), "\n", "Volgende: ", Lp(n2.given), "."]
    elif lang == "en":
        parts = ["Home care visit notes\n", "Client: ", Lp(cl.full), " (DOB ", Ld(cl, c), ")\n", address("gb"), "\n", "08:15 ", Lp(n1.given), " – ", neg_vitals(), ". Meds from dosette given (",
                 N(ch(DRUGS), "drug_dose"), "). ", N(ch(["Barthel index 40", "Waterlow score 16", "MUST score 1"]), "score"), ".\n",
                 "17:30 ", Lp(n2.given), " – son ", Lp(rel.given), " visiting, asked us to call him on ", phone("GB", kind="mobile"), " if she refuses tea again."]
    elif lang == "fr":
        parts = ["Transmissions SSIAD\n", "Bénéficiaire : ", Lp(cl.full), ", née le " if cl.sex == "f" else ", né le ", Ld(cl, c), ", ", address("fr"), "\n", "Matin (", Lp(n1.given), ") : ", neg_vitals(),
                 ", toilette faite, ", N(ch(EPONYM["fr"]), "eponym_disease"), ".\n", "Soir (", Lp(n2.given), ") : appeler ", ch(["sa fille", "son fils"]), " ", Lp(rel.full), " au ", phone("FR", kind="mobile"), "."]
    elif lang == "sv":
        parts = ["Överrapport hemtjänst\n", "Brukare: ", Lp(cl.full), ", ", gid("pnr_se", cl), "\n", address("se"), "\n", "Förmiddag ", Lp(n1.given), ": ", neg_vitals(), ".\n",
                 "Kväll ", Lp(n2.given), ": dottern ", Lp(rel.full), " ringer på ", phone("SE", kind="mobile"), "."]
    else:
        parts = ["訪問介護 申し送り\n", "利用者：", Lp(cl.full), "様（", Ld(cl, "ja"), "生）\n", "住所：", address("ja"), "\n", "要介護", N(str(R.randint(1, 5)), "care_level"), "、",
                 N(ch(EPONYM["ja"]), "eponym_disease"), "\n", "午前 ", Lp(n1.full), "：", N("血圧%d/%d、体温%.1f度" % (R.randint(100, 160), R.randint(60, 95), R.uniform(35.8, 37.6)), "vitals"), "\n",
                 "午後 ", Lp(n2.full), "：長女の", Lp(rel.full), "様より電話（", phone("JP", kind="mobile"), "）"]
    return "notes", lang, wrap(lang, parts)


@tpl(16)
def preauth():
    c = ch(["in", "in", "ae", "us", "br", "mx"])
    p, d = pat(c), doctor(c)
    if c == "in":
        parts = ["REQUEST FOR CASHLESS HOSPITALISATION (PRE-AUTH)\n", "TPA: ", N(ch(["Medi Assist", "Paramount Health", "Vidal Health"]), "tpa"), "   Insurer: ", ins("in"), "\n",
                 "Name of patient: ", Lp(p.full.upper() if chance(0.4) else p.full), "\n", "DOB: ", Ld(p, "in"), "   Gender: ", "Female" if p.sex == "f" else "Male", "\n",
                 "Policy no.: ", N("%d/%d/%s/%d" % (R.randint(10, 99), R.randint(1000, 9999), digits(R, 6), R.randint(2025, 2026)), "policy_number"), "\n",
                 "Aadhaar: ", gid("aadhaar", p), "\n", "Contact: ", phone("IN", kind="mobile"), "\n", "Treating doctor: Dr. ", Lp(d.full), "\n",
                 "Hospital: ", hosp("in"), ", ", N(ch(["ROHINI ID 8900080", "ROHINI 8900123456789"]), "rohini_id"), "\n", "Provisional diagnosis: ", N(ch(ICD), "icd10"), "  ",
                 "Expected LOS: ", N("%d days" % R.randint(2, 9), "duration"), "  Est. cost: ", N("₹%d,%02d,000" % (R.randint(1, 9), R.randint(0, 99)), "amount")]
        return "form", "in", wrap("in", parts)
    if c == "ae":
        parts = ["طلب موافقة مسبقة\n", "اسم المريض: ", Lp(p.full), "\n", "رقم الهوية الإماراتية: ", gid("emirates_id", p), "\n", "تاريخ الميلاد: ", Ld(p, "ar"), "\n",
                 "شركة التأمين: ", ins("ae"), "  ", N("رقم البطاقة %s" % digits(R, 12), "member_id"), "\n", "الطبيب: ", Lp(d.full), "\n", "الهاتف: ", phone("AE", kind="mobile"), "\n",
                 "التشخيص: ", N(ch(ICD), "icd10"), " – ", N(ch(EPONYM["ar"]), "eponym_disease")]
        return "form", "ar", wrap("ar", parts)
    if c == "us":
        parts = ["Prior Authorization Request – ", ins("us"), "\n", "Member: ", Lp(p.full), "   DOB: ", Ld(p, "us", "mdy/"), "\n", "Member ID: ", N("%s%s" % (ch(["YRX", "MCV"]), digits(R, 9)), "member_id"),
                 "   Group: ", N(digits(R, 7), "group_number"), "\n", "Medication: ", N(ch(["adalimumab 40 mg/0.4 mL pen", "ozempic 1 mg pen", "rimegepant 75 mg ODT"]), "drug_dose"), "  ",
                 N("NDC %s-%s-%s" % (digits(R, 5), digits(R, 4), digits(R, 2)), "ndc"), "\n", "Diagnosis: ", N("K50.90 Crohn's disease, unspecified", "eponym_disease"), "\n",
                 "Prescriber: ", Lp(d.full), ", MD  ", N("NPI %s" % digits(R, 10), "npi"), "  Direct: ", phone("US"), "  Fax ", switchboard("US")]
        return "form", "en", wrap("en", parts)
    if c == "br":
        parts = ["Solicitação de autorização – ", ins("br"), "\n", "Beneficiário: ", Lp(p.full), "\n", "Carteirinha: ", N(digits(R, 17), "member_id"), "\n", "CPF: ", gid("cpf", p), "\n",
                 "Nascimento: ", Ld(p, "br"), "\n", "Procedimento: ", N("TUSS %s" % digits(R, 8), "tuss_code"), " – ressonância magnética\n", "Médico solicitante: Dr. ", Lp(d.full), " – ",
                 N("CRM-SP %d" % R.randint(40000, 199999), "crm"), "\n", "Telefone: ", phone("BR", kind="mobile")]
        return "form", "pt", wrap("pt", parts)
    parts = ["Solicitud de autorización de cirugía – ", ins("mx"), "\n", "Asegurado: ", Lp(p.full), "\n", "Fecha de nacimiento: ", Ld(p, "mx"), "\n", "Póliza: ", N(digits(R, 10), "policy_number"),
             "\n", "Domicilio: ", address("mx"), "\n", "Celular: ", phone("MX"), "\n", "Médico tratante: Dr. ", Lp(d.full), ", ", N("cédula profesional %d" % R.randint(1000000, 9999999), "professional_licence")]
    return "form", "es", wrap("es", parts)


NF = {  # national health forms: title, name, dob, id label, address, phone, emergency contact
    "ja": ("健康保険 被保険者資格申請書", "氏名", "生年月日", "住所", "電話番号", "緊急連絡先"),
    "zh": ("医保参保登记表", "姓名", "出生日期", "住址", "联系电话", "紧急联系人"),
    "ko": ("건강보험 피부양자 자격취득 신고서", "성명", "생년월일", "주소", "전화번호", "비상연락처"),
    "ru": ("Заявление о выборе медицинской организации", "ФИО", "Дата рождения", "Адрес регистрации", "Телефон", "Представитель"),
    "tr": ("Aile hekimi kayıt formu", "Adı Soyadı", "Doğum tarihi", "Adres", "Cep telefonu", "Yakını"),
    "th": ("แบบคำขอลงทะเบียนสิทธิหลักประกันสุขภาพ", "ชื่อ-นามสกุล", "วันเกิด", "ที่อยู่", "โทรศัพท์", "ผู้ติดต่อฉุกเฉิน"),
    "el": ("Αίτηση εγγραφής σε Προσωπικό Ιατρό", "Ονοματεπώνυμο", "Ημερομηνία γέννησης", "Διεύθυνση", "Κινητό", "Πρόσωπο επικοινωνίας"),
    "ar": ("نموذج تسجيل مريض جديد", "الاسم الكامل", "تاريخ الميلاد", "العنوان", "رقم الجوال", "جهة الاتصال في الطوارئ"),
    "hi": ("आयुष्मान भारत पंजीकरण फ़ॉर्म", "नाम", "जन्म तिथि", "पता", "मोबाइल", "आपातकालीन संपर्क"),
    "pl": ("Deklaracja wyboru lekarza POZ", "Imię i nazwisko", "Data urodzenia", "Adres zamieszkania", "Telefon", "Osoba upoważniona"),
}


@tpl(30)
def national_health_form():
    lang = ch(list(NF))
    c = {"ja": "ja", "zh": "zh", "ko": "ko", "ru": "ru", "tr": "tr", "th": "th", "el": "gr", "ar": "ae", "hi": "hi", "pl": "pl"}[lang]
    p, e = pat(c), pat(c)
    t = NF[lang]
    parts = [t[0], "\n", t[1], "：" if lang in ("ja", "zh") else ": ", pname(p), "\n"]
    if lang == "ja":
        parts += ["フリガナ：", Lp(p.reading), "\n"]
    if lang == "ko" and chance(0.5):
        parts += ["영문: ", Lp(p.roman), "\n"]
    parts += [t[2], "：" if lang in ("ja", "zh") else ": ", Ld(p, c), "\n", gid_line(c, p), "\n", t[3], "：" if lang in ("ja", "zh") else ": ", address(LOC[c][2]), "\n",
              t[4], "：" if lang in ("ja", "zh") else ": ", phone(LOC[c][3], kind="mobile" if LOC[c][3] in ("JP", "CN", "KR", "RU", "TR", "TH", "GR", "AE", "IN", "PL") else None), "\n",
              t[5], "：" if lang in ("ja", "zh") else ": ", pname(e), " ", phone(LOC[c][3]), "\n", ins(c), " · ", hosp(c), " · ", neg_date("iso")]
    if chance(0.4):
        parts += ["\n", N(ch(EPONYM[lang] if lang in EPONYM else EPONYM["en"]), "eponym_disease")]
    return "form", lang, wrap(lang, parts)


@tpl(16)
def bill_payment():
    c = ch(["gb", "us", "de", "fr", "es", "it", "nl", "ja", "zh", "ko", "ae", "th", "tr", "pl", "in", "br"])
    lang = LOC[c][0]
    p = pat(c)
    iss = {"zh": "unionpay", "ja": "jcb", "in": "rupay", "tr": "troy"}.get(c) if chance(0.6) else None
    cd = card(iss)
    amt = N(ch(["%d.%02d" % (R.randint(20, 3000), R.randint(0, 99)), "%d,%02d" % (R.randint(20, 3000), R.randint(0, 99))]), "amount")
    T = {"en": ("Payment receipt", "Patient", "Paid by card", "Auth code", "Refund of the overpayment to", "Cardholder"),
         "de": ("Zahlungsbeleg", "Patient/in", "Kartenzahlung", "Autorisierung", "Rückerstattung der Überzahlung auf", "Karteninhaber/in"),
         "fr": ("Reçu de paiement", "Patient", "Payé par carte", "Autorisation", "Remboursement du trop-perçu sur", "Titulaire"),
         "es": ("Justificante de pago", "Paciente", "Pago con tarjeta", "Autorización", "Devolución del exceso a", "Titular"),
         "it": ("Ricevuta di pagamento", "Paziente", "Pagato con carta", "Autorizzazione", "Rimborso dell'eccedenza su", "Titolare"),
         "nl": ("Betaalbewijs", "Patiënt", "Betaald met kaart", "Autorisatie", "Terugbetaling van het teveel betaalde op", "Kaarthouder"),
         "ja": ("領収書", "患者氏名", "カード払い", "承認番号", "過払い分の返金先", "カード名義"), "zh": ("缴费凭证", "患者", "刷卡支付", "授权码", "多缴费用退回至", "持卡人"),
         "ko": ("진료비 영수증", "환자명", "카드 결제", "승인번호", "과오납 환급 계좌", "카드 소지자"), "ar": ("إيصال دفع", "المريض", "الدفع بالبطاقة", "رمز التفويض", "استرداد المبلغ الزائد إلى", "حامل البطاقة"),
         "th": ("ใบเสร็จรับเงิน", "ผู้ป่วย", "ชำระด้วยบัตร", "รหัสอนุมัติ", "คืนเงินส่วนเกินเข้าบัญชี", "ผู้ถือบัตร"),
         "tr": ("Ödeme makbuzu", "Hasta", "Kartla ödeme", "Onay kodu", "Fazla ödemenin iadesi", "Kart sahibi"),
         "pl": ("Potwierdzenie płatności", "Pacjent", "Płatność kartą", "Kod autoryzacji", "Zwrot nadpłaty na", "Posiadacz karty"),
         "in": ("Payment receipt", "Patient", "Paid by card", "Auth code", "Refund of the excess deposit to", "Cardholder"),
         "pt": ("Recibo de pagamento", "Paciente", "Pago no cartão", "Autorização", "Estorno do valor pago a mais para", "Titular")}[lang]
    payer = pat(c, family=p.fam_key) if chance(0.5) else p
    parts = [hosp(c), " – ", T[0], " ", N("%s-%s" % (ch(["RCP", "QT", "BL", "INV"]), digits(R, 8)), "receipt_number"), "\n", T[1], ": ", pname(p), "  ", neg_mrn(), "\n",
             N(ch(["Outpatient visit", "MRI", "Dental", "Physio x6", "Lab panel", "Day surgery"]), "service"), "  ", amt, "\n", T[2], ": ", cd, "  ",
             N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "expiry"), "  ", T[3], " ", N(digits(R, 6), "auth_code"), "\n", T[5], ": ",
             Lp(payer.full.upper() if payer.cul not in ("ja", "zh", "ko", "ar", "th", "hi") else payer.full), "\n"]
    if LOC[c][5] and chance(0.7):
        parts += [T[4], " IBAN ", iban(LOC[c][5]), "\n"]
    parts += [N(fmt_date(some_date(), "iso") + " %02d:%02d" % (R.randint(8, 19), R.randint(0, 59)), "timestamp"), "  ", N("Terminal %s" % digits(R, 8), "terminal_id")]
    return "invoice", lang, wrap(lang, parts)


@tpl(12)
def portal_audit_log():
    c = ch(["us", "gb", "de", "nl", "fr", "au"])
    lang = "en"
    dom = HDOM[c]
    parts = [ch(["Portal audit export (last 24 h), filtered on failed logins:", "auth.log from the patient portal, can you tell which of these look like an attack?",
                 "Telehealth gateway log – why is this user locked out?"]), "\n"]
    users = [pat(c) for _ in range(R.randint(2, 3))]
    staff = pat(c, lo=1970, hi=1999)
    staff_mail = work_email(staff, dom).value
    t0 = some_date()
    for i in range(R.randint(4, 7)):
        ts = "%sT%02d:%02d:%02dZ" % (t0.isoformat(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
        u = ch(users)
        kind = R.randint(0, 4)
        if kind == 0:
            parts += [N(ts, "timestamp"), " WARN  auth login_failed user=", email(u), " ip=", ip_label(ch(["v4", "v4", "v6"])), " reason=bad_password\n"]
        elif kind == 1:
            parts += [N(ts, "timestamp"), " INFO  auth login_ok user=", email(u), " ip=", ip_label("v4"), " mfa=sms\n"]
        elif kind == 2:
            parts += [N(ts, "timestamp"), " INFO  video session_start patient=", N(digits(R, 8), "mrn"), " clinician=", L("email", staff_mail, sub="work"), " peer=", ip_label("v4"), "\n"]
        elif kind == 3:
            parts += [N(ts, "timestamp"), " DEBUG health probe from ", N("127.0.0.1", "loopback"), " ok\n"]
        else:
            parts += [N(ts, "timestamp"), " INFO  synthetic check ip=", N(ch(["192.0.2.10", "198.51.100.77", "203.0.113.5"]), "documentation_ip"), " ok\n"]
    parts += ["Lockout policy: 5 failures / 15 min; trusted network ", N(ch(["10.12.0.0/16", "172.16.8.0/22"]), "cidr"), "."]
    return "log", lang, parts


@tpl(12)
def portal_password_relative():
    c = ch(["gb", "us", "de", "fr", "es", "nl", "it", "ja", "zh", "ko", "br", "in"])
    lang = LOC[c][0]
    elder = pat(c, lo=1935, hi=1955)
    portal = {"gb": "the NHS App", "us": "MyChart", "de": "das Patientenportal", "fr": "Mon espace santé", "es": "la app de cita previa", "nl": "MijnGezondheid.net",
              "it": "il Fascicolo Sanitario", "ja": "マイナポータル", "zh": "医院公众号", "ko": "건강보험 앱", "br": "o Meu SUS Digital", "in": "the hospital app"}[c]
    T = {"en": "Mum keeps forgetting her login for {portal}, so I'm writing it down here. Username {u}, password {pw}. Her date of birth (they ask for it) is {dob}. "
               "Can you make me a simple step-by-step guide to book a repeat prescription?",
         "de": "Mama vergisst immer ihre Zugangsdaten für {portal}: Benutzer {u}, Passwort {pw}, Geburtsdatum {dob}. Schreib mir bitte eine einfache Anleitung zum Termin buchen.",
         "fr": "Ma mère oublie toujours ses identifiants pour {portal} : identifiant {u}, mot de passe {pw}, date de naissance {dob}. Tu peux me faire un pas-à-pas simple ?",
         "es": "Mi madre siempre olvida el acceso a {portal}: usuario {u}, contraseña {pw}, fecha de nacimiento {dob}. ¿Me haces una guía paso a paso?",
         "nl": "Mijn moeder vergeet steeds haar inlog voor {portal}: gebruiker {u}, wachtwoord {pw}, geboortedatum {dob}. Kun je een simpele handleiding maken?",
         "it": "Mia madre dimentica sempre le credenziali per {portal}: utente {u}, password {pw}, data di nascita {dob}. Mi scrivi una guida semplice?",
         "ja": "母が{portal}のログイン情報をすぐ忘れるのでメモします。ID：{u}　パスワード：{pw}　生年月日：{dob}。予約の取り方を簡単に説明してください。",
         "zh": "我妈总忘记{portal}的登录信息：账号{u}，密码{pw}，出生日期{dob}。请帮我写一个简单的挂号步骤。",
         "ko": "엄마가 {portal} 로그인 정보를 자꾸 잊어버려서 적어둬요. 아이디 {u}, 비밀번호 {pw}, 생년월일 {dob}. 진료 예약하는 법을 쉽게 정리해 주세요.",
         "pt": "Minha mãe sempre esquece o login do {portal}: usuário {u}, senha {pw}, nascimento {dob}. Pode fazer um passo a passo simples?",
         "in": "Amma keeps forgetting her login for {portal}: username {u}, password {pw}, DOB {dob}. Please write simple steps to book a follow-up."}[lang]
    vals = {"portal": lambda: N(portal, "app_name"), "u": lambda: email(elder), "pw": lambda: Ls("password"), "dob": lambda: Ld(elder, c)}
    parts = _fill(T, vals)
    parts += ["\n", hosp(c)]
    if chance(0.6) or lang in ("ja", "zh", "ko"):
        parts += ["\n", {"en": "Her name on the account: ", "in": "Name on account: ", "de": "Name im Konto: ", "fr": "Nom sur le compte : ", "es": "Nombre en la cuenta: ",
                         "nl": "Naam op het account: ", "it": "Nome sull'account: ", "ja": "登録名：", "zh": "账户姓名：", "ko": "가입자명: ", "pt": "Nome na conta: "}[lang], pname(elder)]
    return "chat", lang, parts


@tpl(14)
def care_fee_mandate():
    c = ch(["de", "fr", "nl", "it", "es", "at", "be", "pt", "ie"])
    lang = LOC[c][0]
    res = pat(c, lo=1925, hi=1945)
    payer = pat(c, lo=1955, hi=1985, family=res.fam_key if chance(0.5) else None)
    home = ch({"de": ["Seniorenresidenz Am Lindenhof"], "at": ["Pensionistenheim Kainachtal"], "fr": ["EHPAD Les Capucines"], "nl": ["Zorgcentrum De Linde"],
               "it": ["RSA Villa San Rocco"], "es": ["Residencia La Alameda"], "be": ["WZC Sint-Pieter", "Maison de repos Les Tilleuls"], "pt": ["Lar da Boavista"],
               "ie": ["Ardilaun Nursing Home"]}[c])
    T = {"de": ("SEPA-Lastschriftmandat – Heimentgelt", "Bewohner/in", "geb.", "Kontoinhaber/in", "Anschrift", "Gläubiger-ID", "Mandatsreferenz"),
         "fr": ("Mandat de prélèvement SEPA – frais d'hébergement", "Résident(e)", "né(e) le", "Débiteur", "Adresse", "ICS", "RUM"),
         "nl": ("SEPA-machtiging – eigen bijdrage", "Bewoner", "geb.", "Rekeninghouder", "Adres", "Incassant-ID", "Machtigingskenmerk"),
         "it": ("Mandato SEPA – retta RSA", "Ospite", "nato/a il", "Intestatario del conto", "Indirizzo", "Codice creditore", "Riferimento mandato"),
         "es": ("Orden de domiciliación SEPA – cuota de residencia", "Residente", "nacido/a el", "Titular de la cuenta", "Dirección", "Identificador del acreedor", "Referencia"),
         "pt": ("Autorização de débito direto SEPA – mensalidade", "Utente", "nascido/a a", "Titular da conta", "Morada", "ID do credor", "Referência"),
         "en": ("SEPA direct debit mandate – nursing home fees", "Resident", "born", "Account holder", "Address", "Creditor ID", "Mandate reference")}[lang]
    cred = {"de": "DE98ZZZ09999999999", "at": "AT61ZZZ01234567890", "fr": "FR12ZZZ123456", "nl": "NL98ZZZ999999990000", "it": "IT66ZZZA1B2C3D4E5F6G7H8",
            "es": "ES12000B12345678", "be": "BE69ZZZ050D000000008", "pt": "PT12ZZZ123456", "ie": "IE84ZZZ362421"}[c]
    parts = [N(home, "care_home"), " – ", T[0], "\n", T[1], ": ", pname(res), ", ", T[2], " ", Ld(res, c), ", ", N(ch(["Zimmer 14", "chambre 22", "kamer 3", "stanza 8", "habitación 12", "quarto 5", "room 9"]), "room"), "\n",
             T[5], ": ", N(cred, "creditor_id"), "   ", T[6], ": ", N("%s-%s" % (ch(["HE", "RES", "MND"]), digits(R, 7)), "mandate_reference"), "\n",
             T[3], ": ", pname(payer), "\n", T[4], ": ", address(LOC[c][2]), "\n", "IBAN: ", iban(LOC[c][5]), "\n", N("BIC: %s" % ch(["GENODEF1S10", "BNPAFRPP", "INGBNL2A", "BCITITMM", "CAIXESBB", "GEBABEBB", "AIBKIE2D", "CGDIPTPL"]), "bic"), "\n"]
    if chance(0.5):
        parts += [{"de": "Tel.", "fr": "Tél.", "nl": "Tel.", "it": "Tel.", "es": "Tel.", "pt": "Tel.", "en": "Phone"}[lang], ": ", phone(LOC[c][3]), "  ", email(payer), "\n"]
    parts += [N(fmt_date(some_date(), "dmy/"), "non_birth_date"), "  ", {"de": "Unterschrift", "fr": "Signature", "nl": "Handtekening", "it": "Firma", "es": "Firma", "pt": "Assinatura", "en": "Signature"}[lang]]
    return "form", lang, wrap(lang, parts)


# ---------------------------------------------------------------- clean templates (no label)
LEAFLET = {
    "en": "Living with {e}: most people keep working for years. Ask your GP about the {e2} clinic at {h}; the helpline {s} is open 9-5 and {m} answers within two days. "
          "Typical starting dose: {dr}. Next group session: {x}, room {r}.",
    "de": "Leben mit {e}: Die meisten Betroffenen bleiben lange berufstätig. Die Ambulanz für {e2} am {h} erreichen Sie unter {s}, Anfragen an {m}. "
          "Übliche Startdosis: {dr}. Nächster Gruppentermin: {x}, Raum {r}.",
    "fr": "Vivre avec la {e} : la plupart des patients continuent de travailler. Consultation spécialisée ({e2}) à l'{h}, standard {s}, courriel {m}. Posologie habituelle : {dr}. "
          "Prochain atelier : {x}, salle {r}.",
    "es": "Vivir con la {e}: la mayoría de los pacientes siguen trabajando. Unidad de {e2} del {h}, teléfono {s}, correo {m}. Dosis inicial habitual: {dr}. Próxima sesión: {x}, sala {r}.",
    "it": "Convivere con il {e}: la maggior parte dei pazienti continua a lavorare. Ambulatorio {e2} presso {h}, centralino {s}, email {m}. Dose iniziale: {dr}. Prossimo incontro: {x}, aula {r}.",
    "nl": "Leven met de {e}: de meeste mensen blijven jaren werken. Polikliniek ({e2}) van het {h}, telefoon {s}, e-mail {m}. Startdosis: {dr}. Volgende bijeenkomst: {x}, zaal {r}.",
    "ja": "{e}と暮らす：多くの方が仕事を続けています。{h}の{e2}外来（代表 {s}）。通常の開始量：{dr}。次回教室：{x}、{r}号室。",
    "zh": "{e}患者须知：大多数患者可以继续工作。{h}{e2}门诊，总机 {s}。常用起始剂量：{dr}。下次讲座：{x}，{r}室。",
    "tr": "{e} ile yaşam: hastaların çoğu çalışmaya devam eder. {h} {e2} polikliniği, santral {s}. Başlangıç dozu: {dr}. Sonraki toplantı: {x}, salon {r}.",
    "ru": "Жизнь с диагнозом «{e}»: большинство пациентов продолжают работать. Кабинет ({e2}) в {h}, справочная {s}. Начальная доза: {dr}. Следующее занятие: {x}, кабинет {r}.",
}
LC = {"en": "gb", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "ja": "ja", "zh": "zh", "tr": "tr", "ru": "ru"}


@tpl(22, clean=True)
def c_leaflet():
    lang = ch(list(LEAFLET))
    c = LC[lang]
    vals = {"e": lambda: N(ch(EPONYM[lang]), "eponym_disease"), "e2": lambda: N(ch(EPONYM[lang]), "eponym_disease"), "h": lambda: hosp(c), "s": lambda: switchboard(LOC[c][3]),
            "m": lambda: role_mail(lang, HDOM[c]), "dr": lambda: N(ch(DRUGS), "drug_dose"), "x": lambda: N(fmt_date(some_date(), "dmy/"), "non_birth_date"),
            "r": lambda: N(str(R.randint(1, 40)) + ch(["", "A", "B"]), "room")}
    return "leaflet", lang, wrap(lang, _fill(LEAFLET[lang], vals))


@tpl(20, clean=True)
def c_reference_ranges():
    lang = ch(["en", "de", "fr", "es", "it", "nl", "en"])
    parts = [{"en": "Reference ranges used by our lab (adults):", "de": "Referenzbereiche unseres Labors (Erwachsene):", "fr": "Valeurs de référence (adultes) :",
              "es": "Valores de referencia (adultos):", "it": "Valori di riferimento (adulti):", "nl": "Referentiewaarden (volwassenen):"}[lang], "\n"] + neg_lab() + \
            ["\n", N("Method: %s, analyser %s v%d.%d.%d" % (ch(["ECLIA", "enzymatic", "immunoturbidimetric"]), ch(["cobas 8000", "Atellica CH", "Alinity c"]), R.randint(1, 9), R.randint(0, 20), R.randint(0, 9)), "version"),
             "\n", N("Critical values are phoned to the ward (K+ > 6.0 mmol/L, Hb < 7 g/dL).", "lab_value")]
    return "table", lang, wrap(lang, parts)


@tpl(22, clean=True)
def c_pharmacy_stock():
    lang = ch(["de", "en", "fr", "nl", "en"])
    hdr = {"de": "Artikel;PZN;Charge;Verfall;Bestand;Lagerort", "en": "item,ndc,lot,expiry,qty,bin", "fr": "article;CIP13;lot;péremption;stock;emplacement",
           "nl": "artikel;ZI-nummer;partij;THT;voorraad;locatie"}[lang]
    sep = ";" if lang != "en" else ","
    parts = [hdr, "\n"]
    for i in range(R.randint(4, 8)):
        code = {"de": "%s" % digits(R, 8), "en": "%s-%s-%s" % (digits(R, 5), digits(R, 4), digits(R, 2)), "fr": "34009%s" % digits(R, 8), "nl": digits(R, 8)}[lang]
        parts += [N(ch(["Ibuprofen 400 mg 20 St.", "Metformin 1000 mg 120", "Amoxicillin 500 mg 30", "Insulin glargin 100 E/ml", "Salbutamol 100 µg", "Levothyroxin 50 µg 100",
                        "Apixaban 5 mg 60", "Paracetamol 500 mg 20"]), "drug_dose"), sep, N(code, "drug_code"), sep, N(ch(["FK", "HX", "EW", "TR"]) + digits(R, 4), "lot_number"), sep,
                  N("%02d/%d" % (R.randint(1, 12), R.randint(2026, 2029)), "expiry"), sep, N(str(R.randint(0, 400)), "quantity"), sep, N(ch(["A-%02d" % R.randint(1, 30), "K%d" % R.randint(1, 9), "Kühlschrank"]), "bin"), "\n"]
    parts += [ch(["Which lines are below reorder level (20)?", "Welche Chargen laufen in den nächsten 3 Monaten ab?", "Trie par date de péremption stp.", "Sorteer op THT graag."])]
    return "csv", lang, parts


@tpl(20, clean=True)
def c_appointment_question():
    lang = ch(["en", "de", "fr", "es", "pt", "it", "nl", "ja", "ko"])
    txt = {"en": ["My appointment is on {x} at 10:40 in room {r}, and I'm {a} years old with a BP of 150/95. Should I fast before the {e} blood test?",
                  "The letter says admission {x}, discharge expected after 3 nights, bed {r}. Can I bring my own {dr}?"],
           "de": ["Mein Termin ist am {x} um 8:15, Raum {r}. Ich bin {a} Jahre alt, Blutdruck 145/90. Muss ich wegen {e} nüchtern kommen?"],
           "fr": ["Mon rendez-vous est le {x} à 9h30, salle {r}. J'ai {a} ans, tension 14/9. Faut-il être à jeun pour le bilan {e} ?"],
           "es": ["Tengo cita el {x} a las 11:20 en la consulta {r}. Tengo {a} años. ¿Debo ir en ayunas por la {e}?"],
           "pt": ["Minha consulta é dia {x} às 14h, sala {r}. Tenho {a} anos, pressão 13 por 9. Preciso de jejum para o exame da {e}?"],
           "it": ["Ho la visita il {x} alle 9:00, ambulatorio {r}. Ho {a} anni. Devo essere a digiuno per il {e}?"],
           "nl": ["Mijn afspraak is op {x} om 13:10, kamer {r}. Ik ben {a}. Moet ik nuchter komen vanwege de {e}?"],
           "ja": ["{x}の10時に{r}番診察室で予約があります。{a}歳です。{e}の検査の前は絶食が必要ですか？"],
           "ko": ["{x} 오전 9시 {r}번 진료실 예약이에요. 나이는 {a}세인데 {e} 검사 전에 금식해야 하나요?"]}[lang]
    vals = {"x": lambda: N(fmt_date(some_date(), "iso" if lang in ("ja", "ko") else "dmy/"), "appointment_date"), "r": lambda: N(str(R.randint(1, 30)), "room"),
            "a": lambda: N(str(R.randint(19, 92)), "age"), "e": lambda: N(ch(EPONYM[lang]), "eponym_disease"), "dr": lambda: N(ch(DRUGS), "drug_dose")}
    pre = {"en": "Quick question about a hospital appointment (no names, just the facts):\n", "de": "Kurze Frage zu meinem Klinik-Termin, ohne Namen:\n",
           "fr": "Petite question sur un rendez-vous à l'hôpital, sans noms :\n", "es": "Una duda sobre una cita en el hospital, sin datos personales:\n",
           "pt": "Uma dúvida sobre a consulta no hospital, sem dados pessoais:\n", "it": "Una domanda sulla visita in ospedale, senza dati personali:\n",
           "nl": "Korte vraag over mijn ziekenhuisafspraak, zonder namen:\n", "ja": "病院の予約について質問です（個人情報なし）。\n", "ko": "병원 예약 관련 질문입니다 (개인정보 없음).\n"}[lang]
    post = {"en": "\nAlso, is it OK to take my usual {dr} that morning?", "de": "\nDarf ich morgens mein {dr} nehmen?", "fr": "\nEt je peux prendre mon {dr} le matin ?",
            "es": "\n¿Y puedo tomar mi {dr} esa mañana?", "pt": "\nPosso tomar meu {dr} de manhã?", "it": "\nPosso prendere il mio {dr} quella mattina?",
            "nl": "\nMag ik die ochtend mijn {dr} gewoon innemen?", "ja": "\n当日の朝、いつもの{dr}は飲んでもいいですか？", "ko": "\n그날 아침에 평소 먹는 {dr}는 먹어도 되나요?"}[lang]
    return "question", lang, [pre] + _fill(ch(txt), vals) + _fill(post, vals)


@tpl(20, clean=True)
def c_clinic_info():
    c = ch(["gb", "de", "fr", "es", "it", "nl", "us", "ie", "au"])
    lang = LOC[c][0]
    H = hosp(c)
    addr = {"gb": "Trust Headquarters, 1 Infirmary Way, Sheffield S10 2JF", "de": "Am Weserbogen 1, 28205 Bremen", "fr": "2 rue Henri Le Guilloux, 35000 Rennes",
            "es": "Plaza de Cruces s/n, 48903 Barakaldo", "it": "Via Albertoni 15, 40138 Bologna", "nl": "Van Swietenplein 1, 9728 NT Groningen",
            "us": "2500 Mercy Ridge Parkway, Lansing, MI 48912", "ie": "Eccles Street, Dublin 7, D07 R2WY", "au": "Wellington Street, Perth WA 6000"}[c]
    parts = [H, "\n", N(addr, "org_address"), "\n", {"en": "Switchboard", "de": "Zentrale", "fr": "Standard", "es": "Centralita", "it": "Centralino", "nl": "Receptie"}[lang], ": ", switchboard(LOC[c][3]),
             "\n", {"en": "Appointments", "de": "Terminvergabe", "fr": "Prise de rendez-vous", "es": "Citas", "it": "Prenotazioni", "nl": "Afspraken"}[lang], ": ", role_mail(lang, HDOM[c]), "\n",
             {"en": "Visiting hours 14:00–20:00. Parking P3 (level -1). Out of hours: NHS 111 / 112.", "de": "Besuchszeiten 14–19 Uhr. Ärztlicher Bereitschaftsdienst 116 117.",
              "fr": "Visites 13h-20h. Urgences : 15 ou 112.", "es": "Visitas de 12 a 20 h. Urgencias 112.", "it": "Orari visite 12-14 e 18-20. Guardia medica 116 117.",
              "nl": "Bezoektijd 15.00-20.00. Huisartsenpost via 0900-nummer."}[lang], "\n", N(ch(["Wi-Fi: GUEST-PATIENTS (no password)", "WLAN: Patienten-Gast, Voucher an der Pforte",
                                                                                                         "Wifi: Invites-Hopital"]), "ssid")]
    return "notice", lang, wrap(lang, parts)


@tpl(20, clean=True)
def c_it_runbook():
    lang = ch(["en", "en", "de", "nl"])
    parts = ["## ", {"en": "Runbook: patient portal", "de": "Runbook: Patientenportal", "nl": "Runbook: patiëntportaal"}[lang], " ", N("v%d.%d.%d" % (R.randint(1, 6), R.randint(0, 20), R.randint(0, 9)), "version"), "\n",
             "FHIR_CLIENT_SECRET=", N("${FHIR_CLIENT_SECRET}", "placeholder"), "\n", "SMTP_PASSWORD=", N("<set-in-vault>", "placeholder"), "\n", "TWILIO_AUTH_TOKEN=", N("xxxxxxxxxxxxxxxx", "placeholder"), "\n",
             "ALLOWED_NETWORKS=", N("10.0.0.0/8,172.16.0.0/12", "cidr"), "\n", "TEST_CLIENT=", N(ch(["192.0.2.44", "198.51.100.7", "203.0.113.250"]), "documentation_ip"), "\n",
             "RESOLVER=", N(ch(["1.1.1.1", "9.9.9.9", "8.8.4.4"]), "public_resolver"), "\n", "NETMASK=", N("255.255.255.0", "netmask"), "\n", "HEALTHCHECK=http://", N("127.0.0.1", "loopback"), ":8080/health\n",
             "ADMIN_MAIL=", N(ch(["it-helpdesk@", "noreply@"]) + ch(["example.org", "example.com"]), "role_mailbox"), "\n", "TEST_PATIENT_DOB=", N("1900-01-01", "sample_value"), "\n",
             "TEST_NHS_NUMBER=", N("<nhs-number>", "placeholder"), "\n", "STRIPE_PUBLISHABLE_KEY=", N("pk_test_" + rnd(R, string.ascii_letters + string.digits, 24), "publishable_key"), "\n",
             {"en": "Rotate secrets quarterly; never paste real ones here.", "de": "Secrets quartalsweise rotieren, nie echte Werte einfügen.", "nl": "Secrets elk kwartaal roteren."}[lang]]
    return "config", lang, wrap(lang, parts)


@tpl(20, clean=True)
def c_masked_record():
    lang = ch(["en", "de", "fr", "es", "nl"])
    T = {"en": ("Patient", "DOB", "NHS No", "Address", "Phone", "Card"), "de": ("Patient", "Geb.", "KVNR", "Anschrift", "Telefon", "Karte"),
         "fr": ("Patient", "Né(e) le", "NIR", "Adresse", "Tél.", "Carte"), "es": ("Paciente", "F. nac.", "DNI", "Domicilio", "Tel.", "Tarjeta"),
         "nl": ("Patiënt", "Geb.", "BSN", "Adres", "Tel.", "Kaart")}[lang]
    parts = [{"en": "Anonymised for teaching:", "de": "Für die Lehre anonymisiert:", "fr": "Anonymisé pour l'enseignement :", "es": "Anonimizado para docencia:", "nl": "Geanonimiseerd:"}[lang], "\n",
             T[0], ": ", N(ch(["[REDACTED]", "***", "X. X.", "Patient A"]), "masked"), "\n", T[1], ": ", N(ch(["**/**/****", "XX.XX.19XX", "[DOB]"]), "masked"), "\n",
             T[2], ": ", N(ch(["XXX XXX XXXX", "*********", "[ID]"]), "masked"), "\n", T[3], ": ", N(ch(["[ADDRESS]", "—", "*****"]), "masked"), "\n",
             T[4], ": ", N(ch(["+44 7*** ******", "0151 ********", "[PHONE]"]), "masked"), "\n", T[5], ": ", N(ch(["**** **** **** %s" % digits(R, 4), "XXXX-XXXX-XXXX-%s" % digits(R, 4)]), "masked_card"), "\n",
             N(ch(EPONYM[lang]), "eponym_disease"), " (", N(ch(ICD), "icd10"), "), ", neg_vitals(), ", ", N("%d y" % R.randint(20, 90), "age")]
    return "form", lang, parts


NAMEWORD = {
    "en": ["Will the night staff check the drip at 2?", "Grace period for the repeat prescription is 7 days.", "Mark the bed as clean after discharge.",
           "Bill the insurer, not the patient, for the DaTscan.", "Frank discussion with family re: DNACPR.", "Hope the new Parkinson's nurse starts soon.",
           "Faith healing is not a substitute for insulin, as Dr Google says.", "Dawn round: obs on all bays.", "Rose-tinted view of the waiting times, honestly.",
           "Patience is thin in A&E by 4 am.", "Sunny side of the ward gets too hot in July."],
    "de": ["Ernst gemeint: bitte die Hände desinfizieren.", "Frank und frei: die Wartezeit ist zu lang.", "Heidi-Kurs für Pflegekräfte entfällt.", "Rosa Armbänder nur für Sturzgefahr."],
    "es": ["Esperanza es lo último que se pierde en la UCI.", "Rosa el brazalete para alergias.", "Amparo legal para el consentimiento informado.", "Consuelo para las familias en la sala 3."],
    "nl": ["Roos en Lelie zijn de namen van de kamers op de afdeling.", "Bram-bessen zijn geen medicijn.", "Geert-regel: eerst handen wassen."],
    "it": ["Gioia e Serena sono i nomi delle due sale d'attesa.", "Fortunato chi trova parcheggio al Niguarda."],
}


@tpl(20, clean=True)
def c_name_as_word():
    lang = ch(list(NAMEWORD))
    lines = NAMEWORD[lang][:]
    R.shuffle(lines)
    parts = []
    for ln in lines[:R.randint(2, 4)]:
        parts += ["- ", N(ln, "name_as_word"), "\n"]
    parts += [N(ch(EPONYM[lang] if lang in EPONYM else EPONYM["en"]), "eponym_disease"), "; ", N(ch(["Apgar score", "Glasgow Coma Scale", "Braden scale", "Barthel index"]), "eponym_score"),
              " ", N(str(R.randint(3, 15)), "score")]
    return "notes", lang, wrap(lang, parts)


@tpl(18, clean=True)
def c_hl7_sample():
    parts = ["MSH|^~\\&|SENDER|FAC|RECV|FAC|", N(some_date().strftime("%Y%m%d") + "0930", "timestamp"), "||ORU^R01|", N("TEST%s" % digits(R, 5), "hl7_control_id"), "|T|2.5.1\r\n",
             "PID|1||", N("TEST-0001", "sample_value"), "^^^FAC^MR||", N("TEST^PATIENT", "sample_value"), "||", N("19000101", "sample_value"), "|U\r\n",
             "OBX|1|NM|", N(ch(LOINC), "loinc"), "^", N(ch(["Hemoglobin", "Creatinine", "TSH", "HbA1c"]), "lab_test"), "^LN||", N("%.1f" % R.uniform(1, 15), "lab_value"), "|",
             N(ch(["g/dL", "mg/dL", "mU/L", "%"]), "unit"), "|", N(ch(["12.0-16.0", "0.6-1.2", "0.27-4.2", "4.0-6.0"]), "reference_range"), "|N|||F\r\n",
             "OBX|2|CE|", N(ch(SNOMED), "snomed"), "^", N(ch(["Parkinson's disease", "Crohn's disease", "Hodgkin lymphoma"]), "eponym_disease"), "^SCT\r\n\n",
             ch(["Why does the receiving system reject OBX-5?", "Is the MSH-9 correct for a lab result?", "What does the T in MSH-11 mean?"])]
    return "hl7", "en", parts


@tpl(18, clean=True)
def c_billing_codes():
    lang = ch(["en", "en", "de", "fr"])
    if lang == "en":
        parts = ["EOB summary (no patient data)\n", "CPT ", N("99214", "cpt"), " office visit – billed ", N("$%d.00" % R.randint(150, 320), "amount"), ", allowed ", N("$%d.00" % R.randint(80, 140), "amount"), "\n",
                 "CPT ", N("93000", "cpt"), " ECG – ", N("$%d.00" % R.randint(30, 90), "amount"), "\n", "ICD-10 ", N(ch(ICD), "icd10"), ", ", N(ch(ICD), "icd10"), "\n",
                 "DRG ", N(str(R.randint(1, 999)), "drg"), "   Claim ", N("CLM-%s" % digits(R, 10), "claim_number"), "   Group ", N(digits(R, 6), "group_number"), "\n",
                 "Why is the allowed amount so much lower than billed? Is that normal with ", ins("us"), "?"]
    elif lang == "de":
        parts = ["GOÄ-Rechnung (anonymisiert)\n", "Ziffer ", N("1", "goae"), " Beratung 2,3-fach ", N("10,72 €", "amount"), "\n", "Ziffer ", N("5", "goae"), " Untersuchung ", N("10,72 €", "amount"), "\n",
                 "Ziffer ", N("651", "goae"), " EKG ", N("14,75 €", "amount"), "\n", "Diagnose: ", N(ch(EPONYM["de"]), "eponym_disease"), " (", N(ch(ICD), "icd10"), ")\n",
                 "Erstattet die ", ins("de"), " das?"]
    else:
        parts = ["Décompte ", ins("fr"), "\n", "Acte ", N("GLQP012", "ccam"), " – base de remboursement ", N("%d,%02d €" % (R.randint(20, 90), R.randint(0, 99)), "amount"), ", taux ", N("70 %", "rate"), "\n",
                 "Participation forfaitaire ", N("2,00 €", "amount"), "\n", "Pourquoi ce reste à charge ?"]
    return "invoice", lang, parts


# ---------------------------------------------------------------- rules of the part
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\.?\d)")
ROLE_LOCAL = {x for v in ROLE_MAIL.values() for x in v} | {"orders"}
ALLOWED_IPS = {"0.0.0.0", "1.1.1.1", "1.0.0.1", "8.8.8.8", "8.8.4.4", "9.9.9.9", "255.255.255.0"}
ALLOWED_VERSIONS = set()  # four-part versions allowed outside labels: none in this part
PARTICLES_LOW = {w.lower() for w in PARTICLES}
NOCASE = re.compile(r"[\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def outside(text, spans, types=None):
    """The text with the labels (of `types`, or all) blanked."""
    t = list(text)
    for sp in spans:
        if types is None or sp["type"] in types:
            for i in range(sp["start"], sp["end"]):
                t[i] = " "
    return "".join(t)


def iban_outside(o):
    for m in re.finditer(r"\b([A-Z]{2})(\d{2})", o):
        cc = m.group(1)
        if cc not in IBAN_LEN:
            continue
        s = o[m.start():m.start() + IBAN_LEN[cc] + 12]
        compact = re.sub(r"[ \u00a0\-]", "", s)[:IBAN_LEN[cc]]
        if len(compact) == IBAN_LEN[cc] and compact.isalnum() and iban_mod97(compact) == 1:
            return compact
    return None


def rule_failures(rec, clean):
    t, spans = rec["text"], rec["spans"]
    fails = []
    if not (120 <= len(t) <= 2200):
        fails.append("length %d" % len(t))
    if clean and spans:
        fails.append("clean with labels")
    if not clean and not spans:
        fails.append("labelled without labels")
    for sp in spans:
        v = sp["value"]
        if v != v.strip() or t[sp["start"]:sp["end"]] != v:
            fails.append("span text")
        ty, sub = sp["type"], sp.get("sub")
        if ty == "card" and not luhn_ok(re.sub(r"\D", "", v)):
            fails.append("card luhn")
        if ty == "iban":
            cpt = re.sub(r"[\s\u00a0]", "", v)
            if iban_mod97(cpt) != 1 or len(cpt) != IBAN_LEN[cpt[:2]]:
                fails.append("iban")
        if ty == "gov_id" and not gov_ok(sub, v):
            fails.append("gov_id %s %s" % (sub, v))
        if ty == "ip":
            ipaddress.ip_address(v)
    o = outside(t, spans)
    for m in EMAIL_RE.finditer(o):
        local, dom = m.group(0).split("@", 1)
        if local.lower() not in ROLE_LOCAL and not dom.lower().startswith("example."):
            fails.append("email outside " + m.group(0))
    for m in IPV4_RE.finditer(o):
        s = m.group(0)
        if any(int(x) > 255 or (len(x) > 1 and x[0] == "0") for x in m.groups()):
            continue
        ip = ipaddress.ip_address(s)
        after = o[m.end():m.end() + 1]
        doc = any(ip in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "127.0.0.0/8"))
        if not (doc or after == "/" or s in ALLOWED_IPS or s in ALLOWED_VERSIONS):
            fails.append("ipv4 outside " + s)
    for m in re.finditer(r"\d+", o):
        if 13 <= len(m.group(0)) <= 19 and luhn_ok(m.group(0)):
            fails.append("luhn run " + m.group(0))
    for m in re.finditer(r"\d{4}(?:[ \-]\d{4}){2,3}(?:[ \-]\d{1,3})?", o):
        dg = re.sub(r"\D", "", m.group(0))
        if 13 <= len(dg) <= 19 and luhn_ok(dg):
            fails.append("grouped luhn " + m.group(0))
    ib = iban_outside(o.upper())
    if ib:
        fails.append("iban outside " + ib)
    # a labelled name word standing outside every person label
    op = outside(t, spans, {"person"})
    for sp in spans:
        if sp["type"] != "person":
            continue
        v = sp["value"]
        if NOCASE.search(v):
            if v in op:
                fails.append("name outside " + v)
            continue
        for w in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", v):
            if len(w) < 2 or w.lower() in PARTICLES_LOW or not w[0].isupper():
                continue
            for m in re.finditer(r"(?<![^\W\d_])" + re.escape(w) + r"(?![^\W\d_])", op, re.I):
                if m.group(0)[0].isupper():
                    fails.append("name word outside " + w)
                    break
    return fails


def gov_ok(sub, v):
    d = re.sub(r"[\s.\-]", "", v)
    if sub == "nhs":
        return nhs_ok(d)
    if sub == "kvnr":
        return len(d) == 10 and kvnr_check(d[0], d[1:9]) == d[9]
    if sub == "nir":
        return nir_ok(d[:13], d[13:])
    if sub == "cf":
        return cf_check(d[:15]) == d[15]
    if sub == "dni":
        return DNI_LETTERS[int(d[:8]) % 23] == d[8]
    if sub == "nie":
        return nie_ok(d)
    if sub == "bsn":
        return bsn_ok(d)
    if sub == "ssn":
        return ssn_valid(int(d[:3]), int(d[3:5]), int(d[5:]))
    if sub == "mbi":
        return len(d) == 11 and d[0] in "123456789" and d[1] in MBI_L and d[4] in MBI_L and d[7] in MBI_L and d[8] in MBI_L
    if sub == "nino":
        return d[:2] not in NINO_BAD_PREFIX and d[8] in "ABCD"
    if sub == "aadhaar":
        return verhoeff_ok(d)
    if sub == "cpf":
        return cpf_ok(d)
    if sub == "cns":
        return sum(int(c) * (15 - i) for i, c in enumerate(d)) % 11 == 0
    if sub == "pesel":
        return (10 - sum(int(c) * x for c, x in zip(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10 == int(d[10])
    if sub == "pnr_se":
        return luhn_ok(d[-10:])
    if sub == "mynumber":
        s = sum(int(c) * (i + 2 if i < 6 else i - 4) for i, c in enumerate(reversed(d[:11])))
        return d[11] == str(0 if s % 11 <= 1 else 11 - s % 11)
    if sub == "cn_id":
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return "10X98765432"[sum(int(c) * x for c, x in zip(d, w)) % 11] == d[17]
    if sub == "kr_rrn":
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        return (11 - sum(int(c) * x for c, x in zip(d, w)) % 11) % 10 == int(d[12])
    if sub == "snils":
        s = sum(int(c) * (9 - i) for i, c in enumerate(d[:9]))
        c = s if s < 100 else (0 if s in (100, 101) else s % 101)
        return (0 if c == 100 else c) == int(d[9:])
    if sub == "tckn":
        x = list(map(int, d))
        return x[0] != 0 and ((x[0] + x[2] + x[4] + x[6] + x[8]) * 7 - (x[1] + x[3] + x[5] + x[7])) % 10 == x[9] and sum(x[:10]) % 10 == x[10]
    if sub in ("amka", "emirates_id", "on_hcn"):
        return luhn_ok(re.sub(r"[A-Z]", "", d))
    if sub == "thai_id":
        return (11 - sum(int(c) * (13 - i) for i, c in enumerate(d[:12])) % 11) % 10 == int(d[12])
    if sub == "ahv":
        return (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d[:12])) % 10) % 10 == int(d[12])
    if sub == "at_svnr":
        return (sum(int(a) * b for a, b in zip(d[:3], [3, 7, 9])) + sum(int(a) * b for a, b in zip(d[4:], [5, 8, 4, 2, 1, 6]))) % 11 == int(d[3])
    if sub == "be_niss":
        b = d[:9]
        k = int(d[9:])
        return k == 97 - int(b) % 97 or k == 97 - int("2" + b) % 97
    if sub == "ppsn":
        return "WABCDEFGHIJKLMNOPQRSTUV"[sum(int(c) * (8 - i) for i, c in enumerate(d[:7])) % 23] == d[7]
    if sub == "pt_nif":
        c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(d[:8])) % 11
        return int(d[8]) == (0 if c >= 10 else c)
    if sub == "au_medicare":
        return sum(int(x) * w for x, w in zip(d[:8], [1, 3, 7, 9, 1, 3, 7, 9])) % 10 == int(d[8])
    return False


# ---------------------------------------------------------------- drawing, selection, output
def phones_of(rec):
    return [(sp["value"], sp["region"], sp.get("plan", "")) for sp in rec["spans"] if sp["type"] == "phone"]


def generate(report=None):
    global R
    R = random.Random(SEED)
    cands = []  # (template, clean, rec)
    for name, count, clean, fn in TEMPLATES:
        for i in range(3 * count + 6):
            form, lang, parts = fn()
            rec = build("tmp", form, lang, parts)
            cands.append((name, count, clean, rec))
    bad = pv_check(sorted({ph for _, _, _, r in cands for ph in phones_of(r)}))
    if bad is None:
        raise SystemExit("/tmp/pv/pv is missing: phones cannot be checked")
    bad_set = {tuple(ln.split("\t")[1:3]) for ln in bad}
    kept, seen, dropped, pv_rej = {}, set(), Counter(), set()
    drop_notes = []
    for name, count, clean, rec in cands:
        k = kept.setdefault(name, [])
        if len(k) >= count:
            continue
        fails = rule_failures(rec, clean)
        for v, reg, plan in phones_of(rec):
            if (v, reg) in bad_set:
                fails.append("pv rejects %s (%s)" % (v, reg))
                pv_rej.add((v, reg))
        if rec["text"] in seen:
            fails.append("repeated text")
        if fails:
            dropped[name] += 1
            drop_notes.append((name, fails[:2]))
            continue
        seen.add(rec["text"])
        k.append(rec)
    for name, count, clean, fn in TEMPLATES:
        assert len(kept[name]) == count, (name, len(kept[name]), count)
    lab = [r for name, count, clean, fn in TEMPLATES if not clean for r in kept[name]]
    cln = [r for name, count, clean, fn in TEMPLATES if clean for r in kept[name]]
    assert len(lab) == N_LABELLED and len(cln) == N_CLEAN, (len(lab), len(cln))
    recs = lab + cln
    random.Random(SHUFFLE_SEED).shuffle(recs)
    out = []
    for i, r in enumerate(recs):
        r = dict(r)
        r["id"] = "%s%05d" % (PREFIX, i)
        out.append({"id": r["id"], "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"], **({"neg": r["neg"]} if "neg" in r else {})})
    if report is not None:
        report.update(cands=len(cands), dropped=dropped, notes=drop_notes, phones=len({ph for _, _, _, r in cands for ph in phones_of(r)}),
                      pv_rejected=sorted(pv_rej))
    return out


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def stats(recs):
    ty, form, lang, sub = Counter(), Counter(), Counter(), Counter()
    for r in recs:
        form[r["form"]] += 1
        lang[r["lang"]] += 1
        for sp in r["spans"]:
            ty[sp["type"]] += 1
            sub[(sp["type"], sp.get("sub"))] += 1
    clean = sum(1 for r in recs if not r["spans"])
    print("records %d, clean %d, labels %d" % (len(recs), clean, sum(ty.values())))
    print("types:", ", ".join("%s %d" % kv for kv in ty.most_common()))
    print("forms:", ", ".join("%s %d" % kv for kv in form.most_common()))
    print("langs:", ", ".join("%s %d" % kv for kv in lang.most_common()))
    print("gov_id subs:", ", ".join("%s %d" % (k[1], v) for k, v in sub.most_common() if k[0] == "gov_id"))
    lens = sorted(len(r["text"]) for r in recs)
    print("text length min %d median %d max %d" % (lens[0], lens[len(lens) // 2], lens[-1]))
    ml = sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"])
    print("labels across a line break %d; phones with plan %d" % (ml, sum(1 for r in recs for sp in r["spans"] if sp.get("plan"))))
    negs = Counter(t for r in recs for t in r.get("neg", []))
    print("neg tags %d" % len(negs))


def check():
    with open(OUT, encoding="utf-8") as f:
        data = f.read()
    recs = [json.loads(ln) for ln in data.splitlines()]
    assert len(recs) == N_LABELLED + N_CLEAN
    assert [r["id"] for r in recs] == ["%s%05d" % (PREFIX, i) for i in range(len(recs))]
    assert sum(1 for r in recs if not r["spans"]) == N_CLEAN
    texts = set()
    for r in recs:
        check_record(r)
        f = rule_failures(r, not r["spans"])
        assert not f, (r["id"], f)
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
    phones = [(sp["value"], sp["region"], sp.get("plan", "")) for r in recs for sp in r["spans"] if sp["type"] == "phone"]
    bad = pv_check(phones)
    assert bad is not None, "/tmp/pv/pv missing"
    assert not bad, bad
    assert dumps(generate()) == data, "regenerating does not give the file byte for byte"
    for hs in ("7", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, os.path.abspath(__file__), "--dump"], env=env, stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
        assert out == data, "differs under PYTHONHASHSEED=" + hs
    print("OK: %d records (%d clean), %d labels, %d phones valid per pv, checksums, rules, ids, byte-identical regeneration (also PYTHONHASHSEED 7, 12345)"
          % (len(recs), N_CLEAN, sum(len(r["spans"]) for r in recs), len(phones)))


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--check":
        check()
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--stats":
        with open(OUT, encoding="utf-8") as f:
            stats([json.loads(ln) for ln in f])
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":
        sys.stdout.write(dumps(generate()))
        return
    rep = {}
    recs = generate(rep)
    write_jsonl(OUT, recs)
    print("wrote %s: %d records; %d candidates drawn, %d dropped in the kept range; %d distinct candidate phones, pv rejected %d"
          % (OUT, len(recs), rep["cands"], sum(rep["dropped"].values()), rep["phones"], len(rep["pv_rejected"])))
    for name, fails in rep["notes"]:
        print("  dropped", name, fails)
    for v in rep["pv_rejected"]:
        print("  pv rejected", v)


if __name__ == "__main__":
    main()
