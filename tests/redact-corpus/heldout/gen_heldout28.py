#!/usr/bin/python3
"""Held-out part 28 of the redaction corpus (heldout28.jsonl).

Written by a twenty-sixth helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the conventions, the decisions of the earlier parts, the
lists of what parts 1-27 hold and the part 27 section as the model), lines
1-60 of gen_heldout27.py (header and imports) and its function `pv_check`,
and, outside the repository, the source of the phone validator /tmp/pv/pv.cc
(run by hand on two numbers, otherwise only through `pv_check`); not the
redactor, its docs, its tests, the other generators' bodies or any .jsonl
data file other than its own output. It ran no project binary, no make, no
cmake/ctest and no git command, and it did not score this file. Started
07:07:36 UTC on 2026-12-04 (`date -u`); the end time is in heldout/README.md.
`pv_check` is reused as is; the CLI layout (rewrite / --check / --stats)
imitates part 27's header.

Theme: LEGAL MATTERS, JUSTICE AND ESTATES. What people paste into an AI
assistant about the law and disputes, from 21 countries and 16
languages: letters to and from solicitors and lawyers, claims, summonses
and judgments with the parties' names and addresses, small-claims and
tenancy-tribunal forms, police reports and witness statements, powers of
attorney and notarial deeds, wills, probate and inheritance declarations,
divorce and custody agreements, debt-collection letters and payment plans,
cease-and-desist letters, GDPR access requests and the access logs that
came back, employment-tribunal claims, immigration appeals, legal-aid
applications, contracts with the parties' blocks, a firm's case-management
CSV and JSON exports, e-discovery notes quoting leaked credentials, chats
with a lawyer over a messenger, retainer and fee payments, and the same in
Japanese, Chinese, Korean, Russian, Turkish, Greek and Indian English.
Hard negatives of the theme everywhere: case, docket and file numbers
(ECLI, `3 O 123/24`, `RG n. 12345/2024`, CNJ numbers with their check
digits), statute and article citations, bar and notary registration
numbers, courts', firms' and authorities' addresses and service lines,
judges named in their office, precedents (`Donoghue v Stevenson`), legal
maxims, role mailboxes, hearing dates and deadlines, amounts in many
currencies, documentation IPs, masked values, sample values in forms.

Every name, street, town, firm, frame sentence, template and look-alike
here was written by hand for this part. Deterministic (seed 280924, shuffle
seed 280925).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout28.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout28.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout28.py --stats   # counts
"""
import hashlib
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
                       ssn_random, ssn_valid, dni_random, nie_random, nie_ok,
                       DNI_LETTERS, cf_make, cf_check, cpf_random, cpf_ok,
                       cpf_digits, pan_random, aadhaar_random, verhoeff_ok,
                       card_random, card_grouping, split_groups, steuerid_random,
                       steuerid_ok, nir_random, nir_ok, bsn_random, bsn_ok,
                       nino_random, NINO_BAD_PREFIX, secret_random, PLANS,
                       phone_nsn, digits, nz, MONTHS, rnd, ALNUM, B64)

SEED = 280924
SHUFFLE_SEED = 280925
PREFIX = "heldout-ab"
OUT = os.path.join(HERE, "heldout28.jsonl")


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
# culture -> (given_m, given_f, surnames, female surname map or None)
NAMES = {
    "gb": (["Rufus", "Barnaby", "Crispin", "Ellis", "Hamish", "Digby", "Torin", "Ambrose"],
           ["Imogen", "Tamsin", "Philippa", "Hester", "Rosalind", "Verity", "Nell", "Perdita"],
           ["Pennycuick", "Ashdown", "Thwaites", "Marchbank", "Entwistle", "Rowbotham",
            "Hebblethwaite", "Cardew", "Fairbairn", "Ormerod", "Tregarthen", "Dunsmore"], None),
    "ie": (["Cathal", "Donnacha", "Fiachra", "Seosamh", "Tadhg"],
           ["Gráinne", "Clodagh", "Muireann", "Caoimhe", "Éabha"],
           ["Fitzgibbon", "Keohane", "Mulcahy", "Dineen", "Brosnan", "Ó Cinnéide"], None),
    "us": (["Dashiell", "Tucker", "Brantley", "Marquis", "Hollis", "Ezekiel"],
           ["Shelby", "Delaney", "Tamika", "Marisol", "Kendra", "Briana"],
           ["Vanterpool", "Pruitt", "Hensley", "Castellanos", "Whitacre", "Lundgren",
            "Abernathy", "Okoro"], None),
    "au": (["Lachlan", "Fergus", "Jarrah"], ["Tahlia", "Brooke", "Kirsty"],
           ["Pettigrew", "Kerslake", "Stoddart", "Huxtable"], None),
    "ca": (["Anselme", "Mathis", "Graydon"], ["Océane", "Rosalie", "Maëva"],
           ["Thibodeau", "Ouellette", "Bouffard", "Lapointe"], None),
    "in": (["Siddharth", "Vikrant", "Anirudh", "Harshvardhan", "Pranav", "Omkar"],
           ["Shreya", "Nandini", "Ishita", "Pallavi", "Revathi", "Madhura"],
           ["Kulkarni", "Bhattacharya", "Deshpande", "Rastogi", "Venkataraman",
            "Chaturvedi", "Nambiar", "Sengupta"], None),
    "de": (["Henning", "Volker", "Malte", "Jannik", "Detlef", "Gregor", "Arne", "Björn"],
           ["Heike", "Silke", "Insa", "Gesa", "Maren", "Ute", "Dörte", "Wiltrud"],
           ["Brinkhoff", "Hagedorn", "Wendelken", "Tiedemann", "Osterkamp", "Rößler",
            "Pfannkuch", "Lüdecke", "Kasischke", "Düsterhöft", "Grabowski", "Heitkamp"], None),
    "at": (["Leopold", "Valentin", "Wolfgang"], ["Theresa", "Veronika", "Christl"],
           ["Hinterleitner", "Pichlmayr", "Strasser", "Kogler"], None),
    "ch": (["Reto", "Fadri", "Urs"], ["Corinne", "Nadja", "Regula"],
           ["Ammann", "Bächtold", "Guggisberg", "Wyttenbach"], None),
    "fr": (["Aymeric", "Gaspard", "Anatole", "Thibault", "Lucien", "Aurélien"],
           ["Solène", "Apolline", "Maëlys", "Bérénice", "Capucine", "Ségolène"],
           ["Lemarchand", "Fauvel", "Desrosiers", "Castagné", "Vasseur", "Kerjean",
            "Chaumette", "Peyrefitte", "Laborde-Sarrail"], None),
    "be": (["Wouter", "Jelle", "Arnaud", "Stijn"], ["Lore", "Elke", "Fien", "Griet"],
           ["Vercammen", "Wuyts", "Goossens", "Verhaegen", "Lambrechts"], None),
    "nl": (["Joost", "Sjoerd", "Gijs", "Teun", "Wessel"],
           ["Marloes", "Femke", "Ilse", "Lieke", "Jikke"],
           ["Kuipers", "van Rijswijk", "Scheepers", "Veldkamp", "ter Wisch", "Wolters",
            "Hoogendijk", "van Dalfsen"], None),
    "es": (["Iker", "Borja", "Gonzalo", "Rodrigo", "Ginés", "Unai"],
           ["Nerea", "Ainhoa", "Begoña", "Macarena", "Rocío", "Almudena"],
           ["Goikoetxea", "Arrieta", "Quintana", "Villalobos", "Carrasco", "Benavides",
            "Olmedo", "Zurita", "Mayoral", "Iturbe"], None),
    "mx": (["Ulises", "Emiliano", "Rigoberto"], ["Ximena", "Guadalupe", "Itzel"],
           ["Tzompa", "Barragán", "Cisneros", "Ocampo"], None),
    "pt": (["Duarte", "Gonçalo", "Rui", "Tiago"], ["Inês", "Leonor", "Matilde", "Beatriz"],
           ["Figueiredo", "Meireles", "Sarmento", "Quaresma", "Vilaça", "Sampaio"], None),
    "br": (["Jailson", "Rogério", "Cleiton", "Everaldo", "Fabrício"],
           ["Thaís", "Jéssica", "Luana", "Rayane", "Gislaine"],
           ["Nogueira", "Brandão", "Medeiros", "Albuquerque", "Queiroz", "Siqueira"], None),
    "it": (["Ettore", "Ludovico", "Corrado", "Gianluca", "Arturo", "Cosimo"],
           ["Ludovica", "Ilaria", "Benedetta", "Ornella", "Annalisa", "Graziella"],
           ["Scognamiglio", "Pellegatti", "Bevilacqua", "Caputo", "Lanfranchi",
            "Sciarra", "Monteleone", "Zanella", "Passalacqua"], None),
    "pl": (["Przemysław", "Bartłomiej", "Radosław", "Wojciech", "Zbigniew"],
           ["Agnieszka", "Małgorzata", "Justyna", "Izabela", "Bożena"],
           ["Pietrzak", "Sobczak", "Kaczmarczyk", "Zawadzki", "Ciesielski", "Górecki", "Nowicki"],
           {"Zawadzki": "Zawadzka", "Ciesielski": "Ciesielska", "Górecki": "Górecka", "Nowicki": "Nowicka"}),
    "se": (["Viggo", "Henrik", "Torbjörn", "Elias"], ["Linnea", "Ebba", "Tove", "Sigrid"],
           ["Lindqvist", "Sjöberg", "Hedlund", "Åkesson", "Bergkvist"], None),
    "tr": (["Oğuzhan", "Tarık", "Serkan", "Burak", "Volkan"],
           ["Dilek", "Gülsüm", "Pınar", "Ebru", "Sevgi"],
           ["Karataş", "Kahraman", "Çetinkaya", "Aksoy", "Kılıç", "Erdoğdu"], None),
    "gr": (["Νικηφόρος", "Σπυρίδων", "Θεόδωρος"], ["Ευανθία", "Σταυρούλα", "Αικατερίνη"],
           ["Σταυρόπουλος", "Κουτσογιάννης", "Μαυρίδης", "Λαζαρίδης"],
           {"Σταυρόπουλος": "Σταυροπούλου", "Κουτσογιάννης": "Κουτσογιάννη",
            "Μαυρίδης": "Μαυρίδου", "Λαζαρίδης": "Λαζαρίδου"}),
}
# Cyrillic: (given_m, given_f, surnames m, patronymic stems m/f)
RU_M = ["Дмитрий", "Арсений", "Глеб", "Тимур", "Всеволод"]
RU_F = ["Ксения", "Варвара", "Дарья", "Алёна", "Зоя"]
RU_SUR = [("Белоусов", "Белоусова"), ("Тимофеев", "Тимофеева"), ("Колесников", "Колесникова"),
          ("Шаповалов", "Шаповалова"), ("Гурьянов", "Гурьянова")]
RU_PAT = [("Андреевич", "Андреевна"), ("Олегович", "Олеговна"), ("Витальевич", "Витальевна"),
          ("Степанович", "Степановна")]
RU_LAT = {"Белоусов": "belousov", "Тимофеев": "timofeev", "Колесников": "kolesnikov",
          "Шаповалов": "shapovalov", "Гурьянов": "guryanov", "Дмитрий": "dmitry", "Арсений": "arseny",
          "Глеб": "gleb", "Тимур": "timur", "Всеволод": "vsevolod", "Ксения": "ksenia",
          "Варвара": "varvara", "Дарья": "darya", "Алёна": "alyona", "Зоя": "zoya"}
# CJK: (family, given, romanized family, romanized given, gender)
JA = [("宮坂", "拓海", "Miyasaka", "Takumi", "m"), ("北條", "健太郎", "Hojo", "Kentaro", "m"),
      ("榎本", "美咲", "Enomoto", "Misaki", "f"), ("桑原", "葵", "Kuwabara", "Aoi", "f"),
      ("真鍋", "陽菜", "Manabe", "Hina", "f"), ("小野寺", "隼人", "Onodera", "Hayato", "m"),
      ("今泉", "直樹", "Imaizumi", "Naoki", "m"), ("千葉", "沙織", "Chiba", "Saori", "f")]
ZH = [("欧阳", "志强", "Ouyang", "Zhiqiang", "m"), ("萧", "晓梅", "Xiao", "Xiaomei", "f"),
      ("闫", "俊杰", "Yan", "Junjie", "m"), ("覃", "婉婷", "Qin", "Wanting", "f"),
      ("鲍", "立新", "Bao", "Lixin", "m"), ("符", "雅琴", "Fu", "Yaqin", "f"),
      ("邝", "嘉豪", "Kuang", "Jiahao", "m")]
KO = [("권", "민재", "KWON", "MINJAE", "m"), ("황", "서연", "HWANG", "SEOYEON", "f"),
      ("송", "지호", "SONG", "JIHO", "m"), ("윤", "하은", "YUN", "HAEUN", "f"),
      ("편", "태윤", "PYEON", "TAEYUN", "m"), ("엄", "수빈", "EOM", "SUBIN", "f")]

PARTICLES = {"van", "der", "de", "den", "da", "das", "dos", "di", "del", "le", "la", "ter",
             "Van", "De", "Le", "Mac", "Ó", "Ní", "'t", "y", "e"}


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(self, cc, given, family, gender, full=None, extra=None, rom=None):
        self.cc, self.given, self.family, self.gender = cc, given, family, gender
        self.full = full or ("%s %s" % (given, family))
        self.extra = extra or {}
        self.rom = rom  # (family, given) romanized for CJK/Cyrillic

    def words(self):
        ws = set()
        for w in re.split(r"[\s\-]+", self.full):
            if w and w not in PARTICLES:
                ws.add(w.lower())
        if self.rom:
            for w in self.rom:
                ws.add(w.lower())
        return ws


class Ctx:
    """Per-record state: the random source and the name words in use, so no
    two people of one record share a name word."""

    def __init__(self, R):
        self.R = R
        self.used = set()

    def person(self, cc, gender=None):
        R = self.R
        for _ in range(200):
            g = gender or R.choice("mf")
            p = _draw_person(R, cc, g)
            ws = p.words()
            if not ws & self.used:
                self.used |= ws
                return p
        raise AssertionError("no person for " + cc)

    def kin(self, p, gender=None, cc=None):
        """A relative sharing the family name (children, spouse)."""
        R = self.R
        cc = cc or p.cc
        for _ in range(200):
            g = gender or R.choice("mf")
            q = _draw_person(R, cc, g)
            fam = p.family
            if cc == "pl" and NAMES["pl"][3]:
                base = [k for k, v in NAMES["pl"][3].items() if v == fam] or [fam]
                base = base[0]
                fam = NAMES["pl"][3].get(base, base) if g == "f" else base
            if cc == "gr":
                base = [k for k, v in NAMES["gr"][3].items() if v == fam] or [fam]
                base = base[0]
                fam = NAMES["gr"][3].get(base, base) if g == "f" else base
            if cc in ("ja", "zh", "ko", "ru"):
                return self.person(cc, g)
            q = Person(cc, q.given, fam, g)
            if q.given.lower() not in self.used and q.given != p.given:
                self.used.add(q.given.lower())
                self.used.add(fam.lower())
                return q
        raise AssertionError("no kin")


def _draw_person(R, cc, g):
    if cc == "ru":
        s = R.choice(RU_SUR)
        pat = R.choice(RU_PAT)
        gv = R.choice(RU_M if g == "m" else RU_F)
        fam = s[0] if g == "m" else s[1]
        pt = pat[0] if g == "m" else pat[1]
        return Person("ru", gv, fam, g, full="%s %s %s" % (fam, gv, pt),
                      extra={"pat": pt}, rom=(RU_LAT[s[0]], RU_LAT[gv]))
    if cc in ("ja", "zh", "ko"):
        lst = {"ja": JA, "zh": ZH, "ko": KO}[cc]
        fam = R.choice(lst)
        giv = R.choice([x for x in lst if x[4] == g])
        sep = R.choice(["", " "]) if cc == "ja" else ""
        return Person(cc, giv[1], fam[0], g, full=fam[0] + sep + giv[1], rom=(fam[2], giv[3]))
    gm, gf, sur, fem = NAMES[cc]
    gv = R.choice(gm if g == "m" else gf)
    fam = R.choice(sur)
    if fem and g == "f":
        fam = fem.get(fam, fam)
    if cc == "es" or (cc == "mx"):
        fam2 = R.choice([s for s in sur if s != fam])
        return Person(cc, gv, fam + " " + fam2, g)
    if cc == "br" and R.random() < 0.5:
        fam2 = R.choice([s for s in sur if s != fam])
        return Person(cc, gv, R.choice(["", "de ", "dos "]) + fam2 + " " + fam, g)
    if cc == "pt" and R.random() < 0.6:
        fam2 = R.choice([s for s in sur if s != fam])
        return Person(cc, gv, fam2 + " " + fam, g)
    return Person(cc, gv, fam, g)


def P(p, form="full", sub=None):
    """A person label: full, given, family, upper (FAMILY Given), inv (Family, Given)."""
    v = {"full": p.full, "given": p.given, "family": p.family,
         "upper": "%s %s" % (p.family.upper(), p.given),
         "caps": p.full.upper(),
         "inv": "%s, %s" % (p.family, p.given),
         "initial": "%s. %s" % (p.given[0], p.family)}[form]
    return L("person", v, sub=sub or p.cc)


# ====================================================================== dates
def rdate(R, y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def fmt_date(dt, style, lang="en"):
    y, m, d = dt
    if style == "dmy.":
        return "%02d.%02d.%d" % (d, m, y)
    if style == "d.m.":
        return "%d.%d.%d" % (d, m, y)
    if style == "dmy/":
        return "%02d/%02d/%d" % (d, m, y)
    if style == "mdy/":
        return "%02d/%02d/%d" % (m, d, y)
    if style == "dmy-":
        return "%02d-%02d-%d" % (d, m, y)
    if style == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if style == "long":
        mn = MONTHS.get(lang, MONTHS["en"])[m - 1]
        if lang == "en":
            return "%d %s %d" % (d, mn, y)
        if lang == "de":
            return "%d. %s %d" % (d, mn, y)
        if lang in ("es", "pt"):
            return "%d de %s de %d" % (d, mn, y)
        return "%d %s %d" % (d, mn, y)
    if style == "us_long":
        return "%s %d, %d" % (MONTHS["en"][m - 1], d, y)
    if style == "cjk":
        return "%d年%d月%d日" % (y, m, d)
    if style == "ko":
        return "%d년 %d월 %d일" % (y, m, d)
    if style == "pl":
        return "%02d.%02d.%d r." % (d, m, y)
    if style == "ru":
        ru = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
        return "%02d.%02d.%d" % (d, m, y) if d % 2 else "%d %s %d г." % (d, ru[m - 1], y)
    if style == "tr":
        tr = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
              "Eylül", "Ekim", "Kasım", "Aralık"]
        return "%02d.%02d.%d" % (d, m, y) if d % 2 else "%d %s %d" % (d, tr[m - 1], y)
    if style == "el":
        el = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
              "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
        return "%d/%d/%d" % (d, m, y) if d % 2 else "%d %s %d" % (d, el[m - 1], y)
    if style == "sv":
        sv = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
              "september", "oktober", "november", "december"]
        return "%d-%02d-%02d" % (y, m, d) if d % 2 else "%d %s %d" % (d, sv[m - 1], y)
    raise KeyError(style)


LANG_DATE = {"en": ["dmy/", "long"], "us": ["mdy/", "us_long"], "de": ["dmy.", "long", "d.m."],
             "fr": ["dmy/", "long"], "es": ["dmy/", "long", "dmy-"], "it": ["dmy/", "long", "dmy."],
             "nl": ["dmy-", "long"], "pt": ["dmy/", "long"], "pl": ["dmy.", "pl"], "sv": ["sv"],
             "tr": ["tr"], "ru": ["ru"], "ja": ["cjk"], "zh": ["cjk"], "ko": ["ko"], "el": ["el"],
             "in": ["dmy/", "dmy-", "long"]}


def dob(R, lang, y0=1948, y1=2001, dt=None, style=None):
    dt = dt or rdate(R, y0, y1)
    style = style or R.choice(LANG_DATE[lang])
    ll = {"us": "en", "in": "en"}.get(lang, lang)
    return L("dob", fmt_date(dt, style, ll), sub=style), dt


def odate(R, lang, tag, y0=2024, y1=2026, style=None):
    dt = rdate(R, y0, y1)
    style = style or R.choice(LANG_DATE[lang])
    ll = {"us": "en", "in": "en"}.get(lang, lang)
    return N(fmt_date(dt, style, ll), tag)


# ====================================================================== phones
EXTRA_PLANS = {
    "KR": (82, "0", {"mobile": lambda R: "10" + nz(R, 8)}),
    "TR": (90, "0", {"mobile": lambda R: R.choice(["530", "532", "533", "535", "536", "537", "541", "542", "543", "544", "505", "506"]) + nz(R, 7)}),
    "CZ": (420, "", {"mobile": lambda R: R.choice(["602", "603", "604", "605", "606", "607", "720", "721", "724", "725", "728", "731", "732", "733", "736", "737", "739", "775", "776", "777"]) + digits(R, 6)}),
    "GR": (30, "", {"mobile": lambda R: R.choice(["690", "693", "694", "695", "697", "698", "699"]) + digits(R, 7),
                    "athens": lambda R: "210" + R.choice("2345679") + digits(R, 6)}),
}


def _nsn(R, region, kind=None):
    if region in EXTRA_PLANS:
        cc, trunk, kinds = EXTRA_PLANS[region]
        kind = kind or R.choice(sorted(kinds))
        return cc, trunk, kind, kinds[kind](R)
    if region == "FR":
        while True:
            cc, trunk, kind, n = phone_nsn(R, region, kind)
            if not n.startswith(("639", "69")):
                return cc, trunk, kind, n
    if region == "US":
        kind = kind or "fixed_or_mobile"
    return phone_nsn(R, region, kind)


def _grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def phone_fmt(R, region, kind, nsn, intl):
    cc = {**{k: v[0] for k, v in PLANS.items()}, **{k: v[0] for k, v in EXTRA_PLANS.items()}}[region]
    c = R.random()
    if region in ("US", "CA"):
        a, b, d = nsn[:3], nsn[3:6], nsn[6:]
        if intl:
            return R.choice(["+1 %s %s %s" % (a, b, d), "+1 (%s) %s-%s" % (a, b, d), "+1-%s-%s-%s" % (a, b, d)])
        return R.choice(["(%s) %s-%s" % (a, b, d), "%s-%s-%s" % (a, b, d), "%s.%s.%s" % (a, b, d)])
    if region == "GB":
        if nsn.startswith("7"):
            nat = R.choice([nsn[:4] + " " + nsn[4:], nsn[:4] + " " + nsn[4:7] + " " + nsn[7:]])
        elif nsn.startswith("20"):
            nat = "20 " + nsn[2:6] + " " + nsn[6:]
        else:
            nat = nsn[:3] + " " + nsn[3:6] + " " + nsn[6:]
        if intl:
            return R.choice(["+44 " + nat, "+44 (0)" + nat, "0044 " + nat])
        return "0" + nat
    if region == "DE":
        if nsn.startswith("1"):
            a, b = nsn[:3], nsn[3:]
        elif nsn.startswith(("30", "40", "89", "69")):
            a, b = nsn[:2], nsn[2:]
        else:
            a, b = nsn[:3], nsn[3:]
        if intl:
            return R.choice(["+49 %s %s" % (a, b), "+49 (0)%s %s" % (a, b), "+49 %s %s" % (a, _grp(b, [3, 2, 2, 2]))])
        return R.choice(["0%s %s" % (a, b), "0%s/%s" % (a, b), "(0%s) %s" % (a, _grp(b, [4, 4])), "0%s-%s" % (a, b)])
    if region == "AT":
        a, b = (nsn[:3], nsn[3:]) if nsn.startswith("6") else (nsn[:1], nsn[1:])
        return "+43 %s %s" % (a, b) if intl else R.choice(["0%s %s" % (a, b), "0%s/%s" % (a, b)])
    if region == "CH":
        g = _grp(nsn, [2, 3, 2, 2])
        return "+41 " + g if intl else "0" + g
    if region == "FR":
        if intl:
            return R.choice(["+33 " + _grp(nsn, [1, 2, 2, 2, 2]), "+33 (0)" + _grp(nsn, [1, 2, 2, 2, 2]), "+33" + nsn])
        n = "0" + nsn
        return R.choice([_grp(n, [2, 2, 2, 2, 2]), _grp(n, [2, 2, 2, 2, 2], "."), _grp(n, [2, 2, 2, 2, 2], "\u00a0"), n])
    if region == "BE":
        g = _grp(nsn, [3, 2, 2, 2]) if nsn.startswith("4") else _grp(nsn, [1, 3, 2, 2])
        return "+32 " + g if intl else "0" + g
    if region == "NL":
        if nsn.startswith("6"):
            return R.choice(["+31 6 " + nsn[1:], "+31 (0)6 " + _grp(nsn[1:], [4, 4])]) if intl else R.choice(["06-" + nsn[1:], "06 " + _grp(nsn[1:], [4, 4]), "06 " + _grp(nsn[1:], [2, 2, 2, 2])])
        return ("+31 " + nsn[:2] + " " + nsn[2:]) if intl else R.choice(["0%s-%s" % (nsn[:2], nsn[2:]), "0%s %s %s" % (nsn[:2], nsn[2:5], nsn[5:])])
    if region == "ES":
        g = _grp(nsn, [3, 3, 3]) if c < 0.5 else _grp(nsn, [3, 2, 2, 2])
        if nsn.startswith("9"):
            g = _grp(nsn, [2, 3, 2, 2])
        return "+34 " + g if intl else g
    if region == "PT":
        g = _grp(nsn, [3, 3, 3])
        return "+351 " + g if intl else g
    if region == "IT":
        if nsn.startswith("3"):
            g = R.choice([_grp(nsn, [3, 3, 4]), nsn[:3] + " " + nsn[3:], nsn[:3] + "/" + nsn[3:], nsn])
        else:
            g = R.choice([nsn[:2] + " " + _grp(nsn[2:], [4, 4]), nsn[:2] + " " + nsn[2:]])
        return ("+39 " + g.replace("/", " ")) if intl else g
    if region == "PL":
        g = _grp(nsn, [3, 3, 3]) if not nsn.startswith("22") else _grp(nsn, [2, 3, 2, 2])
        return "+48 " + g if intl else g
    if region == "SE":
        if intl:
            return "+46 " + _grp(nsn, [2, 3, 2, 2])
        return "0" + nsn[:2] + "-" + _grp(nsn[2:], [3, 2, 2])
    if region == "IE":
        return ("+353 %s %s %s" % (nsn[:2], nsn[2:5], nsn[5:])) if intl else ("0%s %s %s" % (nsn[:2], nsn[2:5], nsn[5:]))
    if region == "AU":
        return ("+61 %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])) if intl else ("0%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]))
    if region == "IN":
        return R.choice(["+91 %s %s" % (nsn[:5], nsn[5:]), "+91-" + nsn, "+91 " + nsn]) if intl else R.choice(["%s %s" % (nsn[:5], nsn[5:]), nsn, "0" + nsn])
    if region == "BR":
        a, b = nsn[:2], nsn[2:]
        g = "%s-%s" % (b[:-4], b[-4:])
        return ("+55 %s %s" % (a, g)) if intl else R.choice(["(%s) %s" % (a, g), "(0%s) %s" % (a, g)])
    if region == "MX":
        g = "%s %s %s" % (nsn[:2], nsn[2:6], nsn[6:])
        return "+52 " + g if intl else g
    if region == "RU":
        a, b = nsn[:3], nsn[3:]
        tail = "%s-%s-%s" % (b[:3], b[3:5], b[5:])
        return ("+7 (%s) %s" % (a, tail)) if intl else R.choice(["8 (%s) %s" % (a, tail), "8-%s-%s" % (a, tail), "8 %s %s" % (a, tail)])
    if region == "JP":
        g = "%s-%s-%s" % (nsn[:2], nsn[2:6], nsn[6:])
        return "+81 " + g if intl else "0" + g
    if region == "CN":
        g = R.choice([_grp(nsn, [3, 4, 4]), nsn, _grp(nsn, [3, 4, 4], "-")])
        return "+86 " + _grp(nsn, [3, 4, 4]) if intl else g
    if region == "KR":
        return ("+82 10-%s-%s" % (nsn[2:6], nsn[6:])) if intl else ("010-%s-%s" % (nsn[2:6], nsn[6:]))
    if region == "TR":
        g = "%s %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])
        return "+90 " + g if intl else R.choice(["0" + g, "0 (%s) %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:]), "0" + nsn])
    if region == "CZ":
        g = _grp(nsn, [3, 3, 3])
        return "+420 " + g if intl else g
    if region == "GR":
        g = _grp(nsn, [3, 3, 4])
        return "+30 " + g if intl else R.choice([g, nsn])
    raise KeyError(region)


def phone(R, region, kind=None, intl=None, text_region=None):
    """A phone label. region: the number's country; text_region: the country
    whose conventions the text follows (plan set when they differ)."""
    cc, trunk, kind, nsn = _nsn(R, region, kind)
    if text_region and text_region != region:
        intl = True
    if intl is None:
        intl = R.random() < 0.3
    v = phone_fmt(R, region, kind, nsn, intl)
    if v.startswith("00") and (text_region or region) in ("US", "CA", "JP", "KR", "AU", "RU", "BR", "CN"):
        v = "+" + v[2:]
    meta = {"sub": kind, "region": text_region or region}
    if text_region and text_region != region:
        meta["plan"] = region
    return L("phone", v, **meta)


# ====================================================================== ids
def pt_nif(R, first=None):
    while True:
        b = (first or R.choice("123")) + digits(R, 7)
        s = sum(int(c) * (9 - i) for i, c in enumerate(b))
        r = 11 - s % 11
        c = 0 if r >= 10 else r
        return b + str(c)


def pt_nif_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    r = 11 - sum(int(c) * (9 - i) for i, c in enumerate(s[:8])) % 11
    return int(s[8]) == (0 if r >= 10 else r)


def pesel(R, dt, g):
    y, m, d = dt
    mm = m + (20 if y >= 2000 else 0)
    body = "%02d%02d%02d" % (y % 100, mm, d) + digits(R, 3) + R.choice("13579" if g == "m" else "02468")
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10
    return body + str(c)


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return len(s) == 11 and s.isdigit() and (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10 == int(s[10])


def se_pnr(R, dt, g, long=False):
    y, m, d = dt
    body = "%02d%02d%02d" % (y % 100, m, d) + digits(R, 2) + R.choice("13579" if g == "m" else "02468")
    full = luhn_complete(body)
    return ("%d" % (y // 100) if long else "") + full[:6] + "-" + full[6:]


def se_pnr_ok(s):
    s = s.replace("-", "")
    return luhn_ok(s[-10:])


def tckn(R):
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
        d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        d11 = (sum(d) + d10) % 10
        return "".join(map(str, d)) + str(d10) + str(d11)


def tckn_ok(s):
    if len(s) != 11 or not s.isdigit() or s[0] == "0":
        return False
    d = list(map(int, s))
    return ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_rid(R, dt, g, area):
    y, m, d = dt
    body = area + "%d%02d%02d" % (y, m, d) + digits(R, 2) + R.choice("13579" if g == "m" else "02468")
    return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, CN_W)) % 11]


def cn_rid_ok(s):
    return len(s) == 18 and "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], CN_W)) % 11] == s[17]


def kr_rrn(R, dt, g):
    y, m, d = dt
    sx = ("1" if g == "m" else "2") if y < 2000 else ("3" if g == "m" else "4")
    body = "%02d%02d%02d" % (y % 100, m, d) + sx + digits(R, 5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
    return body[:6] + "-" + body[6:] + str(c)


def kr_rrn_ok(s):
    s = s.replace("-", "")
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return len(s) == 13 and (11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10 == int(s[12])


def ppsn(R):
    body = digits(R, 7)
    c = sum(int(a) * b for a, b in zip(body, [8, 7, 6, 5, 4, 3, 2])) % 23
    return body + "WABCDEFGHIJKLMNOPQRSTUV"[c]


def ppsn_ok(s):
    return len(s) == 8 and "WABCDEFGHIJKLMNOPQRSTUV"[sum(int(a) * b for a, b in zip(s[:7], [8, 7, 6, 5, 4, 3, 2])) % 23] == s[7]


def sp_rg(R):
    """São Paulo RG: 8 digits and a check digit (weights 2-9, mod 11; 10 -> X)."""
    b = "%02d%06d" % (R.randint(10, 59), R.randint(0, 999999))
    c = 11 - sum(int(x) * w for x, w in zip(b, range(2, 10))) % 11
    c = {10: "X", 11: "0"}.get(c, str(c))
    return "%s.%s.%s-%s" % (b[:2], b[2:5], b[5:8], c)


def sp_rg_ok(v):
    m = re.fullmatch(r"(\d{2})\.(\d{3})\.(\d{3})-([\dX])", v)
    if not m:
        return False
    b = "".join(m.groups()[:3])
    c = 11 - sum(int(x) * w for x, w in zip(b, range(2, 10))) % 11
    return {10: "X", 11: "0"}.get(c, str(c)) == m.group(4)


def cnpj(R):
    b = digits(R, 8) + "0001"
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    d1 = sum(int(a) * c for a, c in zip(b, w1)) % 11
    d1 = 0 if d1 < 2 else 11 - d1
    b2 = b + str(d1)
    d2 = sum(int(a) * c for a, c in zip(b2, [6] + w1)) % 11
    d2 = 0 if d2 < 2 else 11 - d2
    s = b2 + str(d2)
    return "%s.%s.%s/%s-%s" % (s[:2], s[2:5], s[5:8], s[8:12], s[12:])


def cnj(R, year, tr, orig):
    """Brazilian CNJ case number NNNNNNN-DD.AAAA.J.TR.OOOO (ISO 7064 mod 97)."""
    n = digits(R, 7)
    j = "8"
    r = int(n + str(year) + j + tr + orig + "00") % 97
    dd = "%02d" % (98 - r)
    return "%s-%s.%d.%s.%s.%s" % (n, dd, year, j, tr, orig)


def nonluhn(s):
    """Makes a printed look-alike number fail Luhn when its digits (13-19) would pass."""
    d = re.sub(r"\D", "", s)
    if 13 <= len(d) <= 19 and luhn_ok(d):
        i = max(i for i, ch in enumerate(s) if ch.isdigit())
        s = s[:i] + str((int(s[i]) + 1) % 10) + s[i + 1:]
    return s


def luhn_bad(s):
    """Makes a digit string Luhn-invalid by changing its last digit if needed."""
    if luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def cf_person(R, p, dt, bel):
    y, m, d = dt
    sur = ascii_fold(p.family.replace(" ", ""))
    return cf_make(sur, ascii_fold(p.given), y % 100, m, d, p.gender == "f", bel)


BELFIORE = {"Roma": "H501", "Milano": "F205", "Napoli": "F839", "Torino": "L219", "Bologna": "A944",
            "Firenze": "D612", "Bari": "A662", "Lecce": "E506", "Verona": "L781", "Cagliari": "B354"}


def passport(R, cc):
    if cc == "gb" or cc == "us":
        return R.choice("15") + digits(R, 8)
    if cc == "in":
        return R.choice("JKLMNPRSTUVWZ") + nz(R, 7)
    if cc == "de":
        return "".join(R.choice("CFGHJKLMNPRTVWXYZ") for _ in range(1)) + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if cc == "fr":
        return digits(R, 2) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(R, 5)
    if cc in ("ng", "pk", "ua", "ma", "ph", "co", "tr", "ru", "br"):
        return {"ng": "A" + digits(R, 8), "pk": "".join(R.choice(string.ascii_uppercase) for _ in range(2)) + digits(R, 7),
                "ua": "F" + R.choice("ABEKMT") + digits(R, 6), "ma": "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(R, 7),
                "ph": "P" + digits(R, 7) + R.choice("ABC"), "co": "AT" + digits(R, 6),
                "tr": "U" + digits(R, 8), "ru": digits(R, 2) + " " + digits(R, 7), "br": "F" + R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(R, 6)}[cc]
    return "".join(R.choice(string.ascii_uppercase) for _ in range(2)) + digits(R, 7)


# ====================================================================== cards, ibans, ips, secrets
def card(R, issuer=None, sep=None):
    issuer = issuer or R.choice(["visa", "visa", "mastercard", "mastercard2", "amex", "maestro", "discover", "jcb"])
    num = card_random(R, issuer)
    sep = sep if sep is not None else R.choice([" ", " ", "-", "", "\u00a0"])
    sizes = [4, 6, 5] if issuer == "amex" else card_grouping(len(num))
    v = sep.join(split_groups(num, sizes)) if sep else num
    return L("card", v, sub=issuer)


def masked_card(R):
    return N(R.choice(["**** **** **** %s", "XXXX-XXXX-XXXX-%s", "•••• %s", "ending in %s", "Visa ****%s", "MC ···· %s"]) % digits(R, 4), "masked_card")


def iban(R, cc, fmt=None, **meta):
    v = iban_random(R, cc)
    fmt = fmt or R.choice(["g", "g", "c", "n"])
    if fmt == "g":
        v = group(v)
    elif fmt == "n":
        v = group(v, 4, "\u00a0")
    return L("iban", v, sub=cc, **meta)


def bad_iban(R, cc):
    v = iban_random(R, cc)
    d = "%02d" % ((int(v[2:4]) + R.randint(1, 9)) % 97 or 11)
    v = v[:2] + d + v[4:]
    if iban_mod97(v) == 1:
        v = v[:2] + "%02d" % ((int(d) + 1) % 100) + v[4:]
    return N(group(v), "iban_bad_check")


def pub_ip(R):
    while True:
        a = ipaddress.IPv4Address(R.randint(0x01000000, 0xDFFFFFFF))
        if a.is_global and not any(a in n for n in DOC_NETS):
            return str(a)


def pub_ip6(R):
    pre = R.choice(["2a02:8108", "2001:9e8", "2a01:cb1d", "2a00:23c5", "2600:1700", "2a02:a44a", "2003:e5", "2a0a:a540"])
    v = pre + ":" + ":".join("%x" % R.randint(1, 0xffff) for _ in range(8 - pre.count(":") - 1))
    assert ipaddress.ip_address(v).is_global
    return v


DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]


def doc_ip(R):
    return N("%s.%d" % (R.choice(["192.0.2", "198.51.100", "203.0.113"]), R.randint(1, 254)), "doc_ip")


PW_WORDS = ["Gerechtigkeit", "Kanzlei", "Paragraf", "Mandat", "Sommerwind", "Tortuga", "Limonada",
            "Brioche", "Pistacchio", "Hollyhock", "Bramble", "Kiwiberry", "Wasabi", "Meerkat",
            "Zitronella", "Sakura", "Condor", "Fjordland"]


def password(R):
    w = R.choice(PW_WORDS)
    return R.choice([w + R.choice("!#$%&*?") + str(R.randint(10, 9999)),
                     str(R.randint(1, 99)) + w.lower() + R.choice(["!", "$$", "#", "_"]) + R.choice(["X", "q", "Z9", ""]),
                     w[:4] + R.choice("@.-_") + rnd(R, ALNUM, R.randint(5, 9))])


# ====================================================================== addresses
STREETS = {
    "gb": ["Cobbold Road", "Tannery Lane", "Quarry Hill Rise", "Sandpiper Close", "Malthouse Way",
           "Orchard Terrace", "Beckside Gardens", "Wherry Street"],
    "ie": ["Ballyhooly Road", "Cairn Park", "Glenageary Avenue", "Drumcondra Court", "Ashgrove Lawn"],
    "us": ["Sassafras Lane", "Old Mill Pike", "Buttonwood Drive", "Larkspur Court", "Quarry Ridge Road",
           "Tidewater Avenue", "Kettle Creek Road"],
    "au": ["Banksia Crescent", "Wattletree Road", "Koorong Street", "Paperbark Place"],
    "ca": ["rue des Érables", "Birchmount Avenue", "chemin du Lac-Noir", "Tamarack Drive"],
    "de": ["Brückenstraße", "Am Mühlenteich", "Lindenhof", "Kastanienallee", "Wiesengrund",
           "Hafenstraße", "Zum Kirchberg", "Ginsterweg", "Ostertorsteinweg"],
    "at": ["Lerchenfelder Gürtel", "Mariahilfer Straße", "Salzachstraße", "Ybbsweg"],
    "ch": ["Seefeldstrasse", "Bernstrasse", "Chemin des Vignes", "Hohlstrasse"],
    "fr": ["rue des Tanneurs", "impasse du Moulin", "allée des Tilleuls", "rue de la Poterne",
           "chemin des Vignerons", "boulevard de la Liberté", "rue du Four à Chaux"],
    "be": ["Kapelstraat", "rue des Alliés", "Molenweg", "Bosstraat", "avenue des Hêtres"],
    "nl": ["Kastanjelaan", "Molensingel", "Lange Nieuwstraat", "Zuiderkade", "Hofstraat", "Ooievaarsweg"],
    "es": ["calle del Almendro", "avenida de la Constitución", "calle Mayor", "calle de las Eras",
           "ronda del Carmen", "paseo de la Alameda", "calle Pozo Amargo"],
    "mx": ["calle Fresno", "avenida Revolución", "calle Jacarandas", "privada de los Pinos"],
    "pt": ["Rua do Alecrim", "Travessa da Fonte", "Avenida da Liberdade", "Rua das Flores", "Rua do Brasil"],
    "br": ["Rua das Acácias", "Avenida Brasil", "Rua do Ouvidor", "Rua Tabapuã", "Alameda dos Anapurus",
           "Rua da Aurora"],
    "it": ["via dei Mille", "via Roma", "vicolo del Pozzo", "via delle Ginestre", "corso Vittorio Emanuele II",
           "via Pescheria", "via dei Tigli"],
    "pl": ["ul. Lipowa", "ul. Ogrodowa", "ul. Krótka", "ul. Polna", "ul. Kwiatowa", "al. Niepodległości"],
    "se": ["Storgatan", "Björkvägen", "Kvarngatan", "Hamngatan", "Ekbacken"],
    "tr": ["Çınar Sokak", "Lale Sokak", "Gül Sokak", "Menekşe Caddesi", "Papatya Sokak"],
    "in": ["MG Road", "Link Road", "Station Road", "Temple Street", "Lake View Road"],
}
TOWNS = {
    "gb": [("Ipswich", "IP4 2QS"), ("Harrogate", "HG1 5NL"), ("Truro", "TR1 2HE"), ("Lancaster", "LA1 4XY"),
           ("Norwich", "NR3 1BQ"), ("Stroud", "GL5 3EY"), ("Penrith", "CA11 7QF")],
    "ie": [("Cork", "T23 K2P4"), ("Dublin 9", "D09 X2W5"), ("Galway", "H91 E3C6"), ("Kilkenny", "R95 N7D2")],
    "us": [("Tacoma, WA", "98405"), ("Asheville, NC", "28801"), ("Boise, ID", "83702"), ("Dayton, OH", "45402"),
           ("Sacramento, CA", "95816"), ("Albany, NY", "12203"), ("Tulsa, OK", "74104")],
    "au": [("Bendigo VIC", "3550"), ("Toowoomba QLD", "4350"), ("Wollongong NSW", "2500")],
    "ca": [("Sherbrooke (Québec)", "J1H 2G4"), ("Kingston, ON", "K7L 3N6"), ("Saskatoon, SK", "S7K 1J5")],
    "de": [("Oldenburg", "26122"), ("Bielefeld", "33602"), ("Lüneburg", "21335"), ("Freiburg im Breisgau", "79098"),
           ("Kassel", "34117"), ("Rostock", "18055"), ("Bremen", "28203"), ("Münster", "48143")],
    "at": [("Wien", "1070"), ("Salzburg", "5020"), ("Linz", "4020")],
    "ch": [("Zürich", "8008"), ("Bern", "3011"), ("Lausanne", "1004")],
    "fr": [("Angers", "49100"), ("Besançon", "25000"), ("Pau", "64000"), ("Quimper", "29000"), ("Nancy", "54000"),
           ("Perpignan", "66000"), ("Limoges", "87000")],
    "be": [("Leuven", "3000"), ("Namur", "5000"), ("Gent", "9000"), ("Liège", "4000")],
    "nl": [("Zwolle", "8011 LA"), ("Haarlem", "2011 HK"), ("Leeuwarden", "8911 BG"), ("Nijmegen", "6511 PD"),
           ("Breda", "4811 XK")],
    "es": [("Valladolid", "47002"), ("Zaragoza", "50004"), ("Murcia", "30001"), ("Bilbao", "48005"),
           ("Córdoba", "14002"), ("Alicante", "03002")],
    "mx": [("Puebla, Pue.", "72000"), ("Guadalajara, Jal.", "44100"), ("Ciudad de México, CDMX", "03100")],
    "pt": [("Braga", "4700-315"), ("Coimbra", "3000-150"), ("Setúbal", "2900-064"), ("Porto", "4050-262")],
    "br": [("São Paulo - SP", "01452-000"), ("Recife - PE", "50050-000"), ("Curitiba - PR", "80010-000"),
           ("Belo Horizonte - MG", "30140-071")],
    "it": [("Lecce", "73100", "LE"), ("Verona", "37121", "VR"), ("Bari", "70121", "BA"), ("Torino", "10123", "TO"),
           ("Bologna", "40125", "BO"), ("Cagliari", "09124", "CA")],
    "pl": [("Lublin", "20-002"), ("Gdańsk", "80-831"), ("Poznań", "61-758"), ("Łódź", "90-001"), ("Wrocław", "50-106")],
    "se": [("Uppsala", "753 20"), ("Umeå", "903 26"), ("Linköping", "582 24"), ("Örebro", "702 10")],
    "tr": [("Kadıköy/İstanbul", "34710"), ("Çankaya/Ankara", "06680"), ("Bornova/İzmir", "35040"), ("Nilüfer/Bursa", "16110")],
    "in": [("Pune, Maharashtra", "411004"), ("Kochi, Kerala", "682016"), ("Jaipur, Rajasthan", "302001"),
           ("Bengaluru, Karnataka", "560038")],
}
BR_BAIRRO = ["Jardim Paulista", "Boa Vista", "Centro", "Savassi", "Itaim Bibi"]
TR_MAH = ["Caferağa Mah.", "Kızılay Mah.", "Erzene Mah.", "Ataevler Mah."]
IN_LOC = {"Pune, Maharashtra": ("Flat 302, Sai Krupa Apartments", "Kothrud"), "Kochi, Kerala": ("B-14, Green Meadows Society", "Kakkanad"),
          "Jaipur, Rajasthan": ("H.No. 27, Shanti Nagar", "Malviya Nagar"), "Bengaluru, Karnataka": ("#56, 2nd Cross", "Indiranagar")}


def address(R, cc, ml=False, sub=None):
    """A full postal address in the country's layout; ml: across line breaks."""
    nl = "\n" if ml else ", "
    st = R.choice(STREETS[cc]) if cc in STREETS else None
    t = R.choice(TOWNS[cc]) if cc in TOWNS else None
    no = str(R.randint(1, 148))
    if cc == "gb":
        pre = R.choice(["", "", "Flat %d, " % R.randint(1, 12), "%s Cottage, " % R.choice(["Rose", "Ivy", "Wren"])])
        v = "%s%s %s%s%s%s%s" % (pre, no, st, nl, t[0], nl if ml else " ", t[1])
        v = "%s%s %s%s%s%s%s" % (pre, no, st, nl, t[0], nl, t[1]) if ml else "%s%s %s, %s %s" % (pre, no, st, t[0], t[1])
    elif cc == "ie":
        v = "%s %s%s%s%s%s" % (no, st, nl, t[0], nl if ml else ", ", t[1])
    elif cc == "us":
        unit = R.choice(["", "", " Apt %d" % R.randint(1, 40), " Unit %s" % R.choice("ABCD")])
        v = "%s %s%s%s%s %s" % (R.randint(100, 9899), st, unit, nl, t[0], t[1])
    elif cc == "au":
        v = "%s%s %s%s%s %s" % (R.choice(["", "Unit %d/" % R.randint(1, 9)]), no, st, nl, t[0], t[1])
    elif cc == "ca":
        v = "%s, %s%s%s %s" % (R.randint(10, 2400), st, nl, t[0], t[1]) if st.startswith(("rue", "chemin")) else "%s %s%s%s  %s" % (R.randint(10, 2400), st, nl, t[0], t[1])
    elif cc in ("de", "at", "ch"):
        n2 = no + R.choice(["", "", "a", "b"]) if cc == "de" else no
        if cc == "at" and R.random() < 0.5:
            n2 = "%s/%d/%d" % (no, R.randint(1, 4), R.randint(1, 20))
        v = "%s %s%s%s %s" % (st, n2, nl, ("A-" if cc == "at" and R.random() < 0.3 else "") + t[1], t[0])
    elif cc == "fr":
        v = "%s%s %s%s%s %s" % (no, R.choice(["", "", " bis", " ter"]), st, nl, t[1], t[0].upper() if R.random() < 0.4 else t[0])
    elif cc == "be":
        v = ("%s %s%s%s %s" % (st, no, nl, t[1], t[0])) if not st.startswith(("rue", "avenue")) else ("%s %s%s%s %s" % (st, no, nl, t[1], t[0]))
    elif cc == "nl":
        v = "%s %s%s%s%s  %s" % (st, no, R.choice(["", "", "-2", " A", " bis"]), nl, t[1], t[0].upper() if ml and R.random() < 0.5 else t[0])
    elif cc == "es":
        v = "%s, %s%s%s%s %s (%s)" % (st, no, R.choice(["", ", %dº %s" % (R.randint(1, 8), R.choice("ABCD")), ", bajo"]), nl, t[1], t[0], t[0]) if R.random() < 0.3 else "%s, %s%s%s%s %s" % (st, no, R.choice(["", ", %dº %s" % (R.randint(1, 8), R.choice("ABCDI")), ", bajo izda."]), nl, t[1], t[0])
    elif cc == "mx":
        v = "%s %s, col. %s%sC.P. %s, %s" % (st, no, R.choice(["Centro", "Del Valle", "Americana"]), nl, t[1], t[0])
    elif cc == "pt":
        v = "%s, n.º %s, %s%s%s %s" % (st, no, R.choice(["1.º Esq.", "2.º Dto.", "r/c"]), nl, t[1], t[0])
    elif cc == "br":
        v = "%s, %s%s - %s%s%s%sCEP %s" % (st, no, R.choice(["", ", apto %d" % R.randint(11, 184)]), R.choice(BR_BAIRRO), nl, t[0], nl if ml else ", ", t[1])
    elif cc == "it":
        v = "%s %s%s%s %s (%s)" % (st, no, nl, t[1], t[0], t[2])
    elif cc == "pl":
        v = "%s %s%s%s%s %s" % (st, no, R.choice(["", "/%d" % R.randint(1, 40)]), nl, t[1], t[0])
    elif cc == "se":
        v = "%s %s%s%s  %s" % (st, no, nl, t[1], t[0].upper() if R.random() < 0.5 else t[0])
    elif cc == "tr":
        v = "%s %s No: %s D: %d%s%s %s" % (R.choice(TR_MAH), st, no, R.randint(1, 14), nl, t[1], t[0])
    elif cc == "in":
        loc = IN_LOC[t[0]]
        v = "%s, %s, %s%s%s - %s" % (loc[0], st, loc[1], nl, t[0], t[1])
    elif cc == "ru":
        v = R.choice(["г. Казань, ул. Баумана, д. %s, кв. %d" % (no, R.randint(1, 90)),
                      "420111, г. Казань, ул. Пушкина, д. %s, кв. %d" % (no, R.randint(1, 90)),
                      "г. Екатеринбург, ул. Малышева, д. %s, кв. %d" % (no, R.randint(1, 90)),
                      "630099, г. Новосибирск, Красный проспект, д. %s, кв. %d" % (no, R.randint(1, 90)),
                      "г. Санкт-Петербург, Лиговский пр-т, д. %s, кв. %d" % (no, R.randint(1, 90))])
    elif cc == "ja":
        v = R.choice(["〒150-0012 東京都渋谷区広尾3丁目%d番%d号" % (R.randint(1, 20), R.randint(1, 30)),
                      "〒460-0008 愛知県名古屋市中区栄%d-%d-%d" % (R.randint(1, 5), R.randint(1, 20), R.randint(1, 30)),
                      "〒530-0041 大阪府大阪市北区天神橋%d丁目%d-%d コーポ天神%d号室" % (R.randint(1, 8), R.randint(1, 20), R.randint(1, 9), R.randint(101, 508)),
                      "〒980-0811 宮城県仙台市青葉区一番町%d-%d-%d" % (R.randint(1, 4), R.randint(1, 15), R.randint(1, 20))])
    elif cc == "zh":
        v = R.choice(["北京市朝阳区望京西园%d区%d号楼%d单元%d室" % (R.randint(1, 4), R.randint(1, 30), R.randint(1, 6), R.randint(101, 2204)),
                      "上海市徐汇区漕溪北路%d弄%d号%d室" % (R.randint(10, 600), R.randint(1, 40), R.randint(101, 1802)),
                      "广东省深圳市南山区科苑路%d号%d栋%d" % (R.randint(1, 300), R.randint(1, 12), R.randint(101, 3102)),
                      "浙江省杭州市西湖区文三路%d号%d幢%d室" % (R.randint(1, 500), R.randint(1, 20), R.randint(101, 1602))])
    elif cc == "ko":
        v = R.choice(["서울특별시 마포구 월드컵북로 %d, %d동 %d호 (03925)" % (R.randint(1, 400), R.randint(101, 112), R.randint(101, 1904)),
                      "경기도 성남시 분당구 판교역로 %d, %d동 %d호" % (R.randint(1, 240), R.randint(101, 115), R.randint(101, 2503)),
                      "부산광역시 해운대구 센텀중앙로 %d, %d호 (48058)" % (R.randint(1, 90), R.randint(101, 3402))])
    elif cc == "gr":
        v = R.choice(["Οδός Ερμού %s, 105 63 Αθήνα" % no, "Λεωφόρος Νίκης %s, 546 21 Θεσσαλονίκη" % no,
                      "Οδός Κορίνθου %s, 262 21 Πάτρα" % no, "Οδός Ιπποκράτους %s, 106 80 Αθήνα" % no])
    else:
        raise KeyError(cc)
    return L("address", v, sub=sub or cc)


# Organisations (courts, authorities, firms) are look-alikes with their addresses.
COURTS = {
    "de": [("Amtsgericht Charlottenburg", "Amtsgerichtsplatz 1, 14057 Berlin"),
           ("Landgericht Hamburg", "Sievekingplatz 1, 20355 Hamburg"),
           ("Amtsgericht München", "Pacellistraße 5, 80333 München"),
           ("Arbeitsgericht Köln", "Pohligstraße 9, 50969 Köln")],
    "fr": [("Tribunal judiciaire de Lyon", "67 rue Servient, 69003 Lyon"),
           ("Tribunal judiciaire de Paris", "Parvis du Tribunal de Paris, 75859 Paris Cedex 17"),
           ("Conseil de prud'hommes de Nantes", "Quai François Mitterrand, 44000 Nantes")],
    "it": [("Tribunale di Milano", "via Freguglia 1, 20122 Milano"),
           ("Tribunale Ordinario di Roma", "viale Giulio Cesare 54/b, 00192 Roma"),
           ("Giudice di Pace di Napoli", "Centro Direzionale, isola B/4, 80143 Napoli")],
    "es": [("Juzgado de Primera Instancia n.º 4 de Madrid", "calle Capitán Haya 66, 28020 Madrid"),
           ("Juzgado de lo Social n.º 2 de Valencia", "avenida del Saler 14, 46013 Valencia")],
    "nl": [("Rechtbank Amsterdam", "Parnassusweg 280, 1076 AV Amsterdam"),
           ("Rechtbank Midden-Nederland", "Vrouwe Justitiaplein 1, 3511 EX Utrecht")],
    "gb": [("County Court at Central London", "Thomas More Building, Royal Courts of Justice, Strand, London WC2A 2LL"),
           ("Employment Tribunals (England & Wales)", "PO Box 10218, Leicester LE1 8EG"),
           ("First-tier Tribunal (Property Chamber)", "10 Alfred Place, London WC1E 7LR")],
    "pl": [("Sąd Rejonowy dla Warszawy-Mokotowa", "ul. Ogrodowa 51a, 00-873 Warszawa")],
    "pt": [("Tribunal Judicial da Comarca de Lisboa", "Rua Marquês de Fronteira, 1098-001 Lisboa")],
    "br": [("Foro Central Cível de São Paulo", "Praça João Mendes, s/n, Centro, São Paulo - SP, 01501-900")],
    "us": [("Superior Court of California, County of Sacramento", "720 9th Street, Sacramento, CA 95814"),
           ("Kings County Civil Court", "141 Livingston Street, Brooklyn, NY 11201")],
    "ie": [("Dublin District Court", "Criminal Courts of Justice, Parkgate Street, Dublin 8")],
    "se": [("Stockholms tingsrätt", "Scheelegatan 7, 112 28 Stockholm")],
}
JUDGES = {  # judges in their office: look-alikes; name words disjoint from NAMES
    "gb": ["HHJ Wetherall", "District Judge Moxon", "Employment Judge Cranmore", "Judge Ballantyne"],
    "de": ["Richterin am Amtsgericht Dr. Sprengel", "Vorsitzender Richter am Landgericht Kuhlmey", "Richter Hallwachs"],
    "fr": ["Mme Delahaye-Corbin, juge", "M. Rabourdin, président"],
    "nl": ["mr. J.P. Stokvis", "mr. drs. A.M. Luyendijk"],
    "es": ["Ilma. Sra. D.ª Purificación Anchústegui", "Magistrado-Juez D. Eusebio Larrañaga"],
    "it": ["dott.ssa Ermenegilda Scarpati", "Giudice dott. Tancredi Bonaventura"],
    "us": ["Hon. Cordelia Vasquez-Whitlock", "Judge Lysander T. Kilbride"],
}
PRECEDENTS = ["Donoghue v Stevenson [1932] AC 562", "Hadley v Baxendale (1854)", "Carlill v Carbolic Smoke Ball Co",
              "Roe v. Wade, 410 U.S. 113 (1973)", "Marbury v. Madison", "Miranda v. Arizona", "Costa v ENEL (C-6/64)",
              "Van Gend en Loos (C-26/62)", "Francovich (C-6/90)", "Arrêt Blanco (TC, 8 févr. 1873)",
              "Lüth-Urteil (BVerfGE 7, 198)", "Google Spain (C-131/12)", "Schrems II (C-311/18)",
              "Salomon v A Salomon & Co Ltd", "Caparo v Dickman", "Rylands v Fletcher", "Brown v. Board of Education"]
MAXIMS = ["pacta sunt servanda", "audi alteram partem", "in dubio pro reo", "nemo iudex in causa sua",
          "ne bis in idem", "ignorantia legis non excusat", "res judicata", "volenti non fit injuria"]


# ====================================================================== helpers for templates
MAILDOM = {"gb": ["btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "sky.com"],
           "ie": ["eircom.net", "gmail.com", "hotmail.com"], "us": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com"],
           "au": ["bigpond.com", "gmail.com", "optusnet.com.au"], "ca": ["videotron.ca", "gmail.com", "rogers.com"],
           "in": ["gmail.com", "rediffmail.com", "yahoo.co.in"], "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
           "at": ["gmx.at", "aon.at"], "ch": ["bluewin.ch", "gmx.ch"], "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
           "be": ["telenet.be", "skynet.be", "gmail.com"], "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
           "es": ["hotmail.es", "gmail.com", "yahoo.es", "telefonica.net"], "mx": ["hotmail.com", "gmail.com", "prodigy.net.mx"],
           "pt": ["sapo.pt", "gmail.com", "netcabo.pt"], "br": ["uol.com.br", "gmail.com", "bol.com.br", "terra.com.br"],
           "it": ["libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it"], "pl": ["wp.pl", "o2.pl", "onet.pl", "gmail.com"],
           "se": ["telia.com", "gmail.com", "bredband.net"], "tr": ["gmail.com", "hotmail.com", "yandex.com.tr"],
           "ru": ["yandex.ru", "mail.ru", "rambler.ru"], "ja": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"],
           "zh": ["qq.com", "163.com", "126.com"], "ko": ["naver.com", "daum.net", "gmail.com"], "gr": ["otenet.gr", "gmail.com", "yahoo.gr"]}


def _slug(s):
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())


def email_of(R, p, domain=None):
    if p.rom:
        fam, giv = _slug(p.rom[0]), _slug(p.rom[1])
    else:
        fam = _slug(p.family.split()[-1] if p.cc in ("es", "mx", "br", "pt") and R.random() < 0.5 else p.family)
        giv = _slug(p.given)
    if p.cc == "gr":
        fam, giv = R.choice([("stavropoulos", "nikiforos"), ("koutsogianni", "evanthia"), ("mavridis", "theo"), ("lazaridou", "kat")])
    dom = domain or R.choice(MAILDOM.get(p.cc, ["gmail.com"]))
    loc = R.choice(["%s.%s" % (giv, fam), "%s%s" % (giv[0], fam), "%s.%s%d" % (giv, fam, R.randint(1, 99)),
                    "%s_%s" % (fam, giv), "%s%d" % (giv, R.randint(70, 2001)), "%s.%s" % (giv[0], fam)])
    if domain:
        loc = R.choice(["%s.%s" % (giv[0], fam), "%s.%s" % (giv, fam), fam])
    return L("email", "%s@%s" % (loc, dom), sub="personal" if not domain else "work")


ROLE_LOCAL = {"info", "kanzlei", "dpo", "privacy", "datenschutz", "enquiries", "post", "secretariat", "greffe",
              "cancelleria", "no-reply", "noreply", "contact", "legal", "poststelle", "office", "rgpd", "avg",
              "privacidad", "privacy-office", "support", "recouvrement", "incasso", "inkasso", "collections",
              "accounts", "studio", "despacho", "kantoor", "biuro", "sekretariat", "customerservice", "help",
              "notifications", "escritorio", "cartorio", "tabellione", "notaire", "notariaat", "notaria",
              "reception", "intake", "billing", "dataprotection", "compliance", "ediscovery", "records",
              "mieterverein", "huurcommissie", "kontakt", "servicio", "atencion", "clienti", "klantenservice",
              "tribunals", "ccmcc", "civil", "familie", "juridisch", "ayuda", "abuse", "security", "dsar",
              "law", "hello", "admin", "london.rap", "recobros", "datenschutz", "inkasso"}


def wrap(R, req_before, req_after, body):
    """Puts a request line before or after the paste, as people write it."""
    if R.random() < 0.55:
        sep = R.choice(["\n\n", "\n", ":\n\n", "\n\n---\n", '\n\n"""\n'])
        end = '\n"""' if sep.endswith('"""\n') else ""
        req = R.choice(req_before).rstrip(":")
        if sep == ":\n\n" and req[-1] in "?.!？。":
            sep = "\n\n"
        return [req + sep] + list(body) + [end]
    sep = R.choice(["\n\n", "\n\n---\n", "\n\n→ "])
    return list(body) + [sep + R.choice(req_after)]


def amount(R, cur):
    v = R.randint(80, 48000) + R.choice([0, 0, 0.5, 0.99, 0.2])
    if cur == "EUR_de":
        return N(("%s,%02d\u00a0€" % ("{:,}".format(int(v)).replace(",", "."), round((v % 1) * 100))), "amount")
    if cur == "EUR_fr":
        return N(("%s,%02d\u00a0€" % ("{:,}".format(int(v)).replace(",", "\u202f"), round((v % 1) * 100))), "amount")
    if cur == "EUR_en":
        return N("€%s" % "{:,.2f}".format(v), "amount")
    if cur == "GBP":
        return N("£%s" % "{:,.2f}".format(v), "amount")
    if cur == "USD":
        return N("$%s" % "{:,.2f}".format(v), "amount")
    if cur == "BRL":
        return N("R$ %s" % "{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", "."), "amount")
    if cur == "PLN":
        return N("%s zł" % "{:,.2f}".format(v).replace(",", " ").replace(".", ","), "amount")
    if cur == "SEK":
        return N("%s kr" % "{:,}".format(int(v)).replace(",", " "), "amount")
    if cur == "CHF":
        return N("CHF %s.–" % "{:,}".format(int(v)).replace(",", "'"), "amount")
    if cur == "INR":
        return N("₹%s/-" % "{:,}".format(int(v) * 10), "amount")
    if cur == "TRY":
        return N("%s TL" % "{:,.2f}".format(v * 10).replace(",", "X").replace(".", ",").replace("X", "."), "amount")
    if cur == "JPY":
        return N("金%s円" % "{:,}".format(int(v) * 100), "amount")
    if cur == "CNY":
        return N("人民币%s元" % "{:,}".format(int(v) * 5), "amount")
    if cur == "KRW":
        return N("%s원" % "{:,}".format(int(v) * 1000), "amount")
    if cur == "RUB":
        return N("%s\u00a0руб." % "{:,}".format(int(v) * 50).replace(",", "\u00a0"), "amount")
    if cur == "MXN":
        return N("$%s MXN" % "{:,.2f}".format(v * 10), "amount")
    if cur == "CZK":
        return N("%s Kč" % "{:,}".format(int(v) * 10).replace(",", " "), "amount")
    raise KeyError(cur)


CUR = {"de": "EUR_de", "at": "EUR_de", "fr": "EUR_fr", "be": "EUR_fr", "it": "EUR_de", "es": "EUR_de", "nl": "EUR_en",
       "pt": "EUR_de", "gb": "GBP", "ie": "EUR_en", "us": "USD", "ca": "USD", "au": "USD", "br": "BRL", "pl": "PLN",
       "se": "SEK", "ch": "CHF", "in": "INR", "tr": "TRY", "mx": "MXN", "gr": "EUR_de"}
REG = {"gb": "GB", "ie": "IE", "us": "US", "au": "AU", "ca": "CA", "in": "IN", "de": "DE", "at": "AT", "ch": "CH",
       "fr": "FR", "be": "BE", "nl": "NL", "es": "ES", "mx": "MX", "pt": "PT", "br": "BR", "it": "IT", "pl": "PL",
       "se": "SE", "tr": "TR", "ru": "RU", "ja": "JP", "zh": "CN", "ko": "KR", "gr": "GR"}
LANG_OF = {"gb": "en", "ie": "en", "us": "en", "au": "en", "ca": "en", "in": "in", "de": "de", "at": "de", "ch": "de",
           "fr": "fr", "be": "nl", "nl": "nl", "es": "es", "mx": "es", "pt": "pt", "br": "pt", "it": "it", "pl": "pl",
           "se": "sv", "tr": "tr", "ru": "ru", "ja": "ja", "zh": "zh", "ko": "ko", "gr": "el"}
DLANG = {"us": "us", "ca": "en", "gb": "en", "ie": "en", "au": "en", "in": "in"}


def dl(cc):
    return DLANG.get(cc, LANG_OF[cc])


TEMPLATES = []


def tpl(count, clean=False):
    def deco(fn):
        TEMPLATES.append((fn.__name__, count, fn, clean))
        return fn
    return deco


# ====================================================================== labelled templates
FIRMS_EN = {
    "gb": [("Harcourt Lane Solicitors LLP", "14 Friar Gate, Derby DE1 1BX", "01332 960 400", "harcourtlane.co.uk", "SRA No. 612847"),
           ("Mortlake & Quay LLP", "3rd Floor, 2 Temple Back East, Bristol BS1 6EG", "0117 450 2200", "mortlakequay.law", "SRA ID 558203"),
           ("Pendle Valley Law", "Exchange Chambers, 7 Fenkle Street, Newcastle NE1 5XN", "0191 300 1180", "pendlevalleylaw.co.uk", "SRA No. 804115")],
    "ie": [("O'Rahilly Ferris Solicitors", "42 South Mall, Cork T12 RD43", "021 490 6600", "orahillyferris.ie", "LSRA ref. S1042")],
    "au": [("Gidgee Legal Pty Ltd", "Level 9, 60 Queen Street, Brisbane QLD 4000", "(07) 3012 4400", "gidgeelegal.com.au", "ABN 48 612 337 109")],
    "ca": [("Kestrel Bay LLP", "Suite 1500, 155 Wellington Street West, Toronto, ON M5V 3H1", "416-868-4410", "kestrelbay.ca", "LSO #78124R")],
}
MATTERS_EN = [
    ("boundary dispute", "the fence line between your property and that of your neighbour, {o}", "Land Registry title plan"),
    ("personal injury claim", "the accident on the A38 and your claim against the other driver, {o}", "medical report"),
    ("contested will", "the will of the late {o} and the caveat entered at the Probate Registry", "copy of the 2019 will"),
    ("unfair dismissal", "your dismissal by your former employer and the conduct of your line manager, {o}", "ACAS early conciliation certificate"),
    ("deposit dispute", "the tenancy deposit withheld by your former landlord, {o}", "check-out report"),
    ("defamation complaint", "the Facebook posts made about you by {o}", "screenshots"),
]


@tpl(28)
def t_solicitor_letter(R):
    c = Ctx(R)
    cc = R.choice(["gb", "gb", "gb", "ie", "au", "ca"])
    reg = REG[cc]
    firm = R.choice(FIRMS_EN[cc])
    cl = c.person(cc)
    sol = c.person(R.choice(["gb", cc]))
    oth = c.person(R.choice([cc, "gb", "in", "us"]))
    matter = R.choice(MATTERS_EN)
    ref = "%s/%s/%d" % ("".join(w[0] for w in firm[0].split()[:2]).upper(), sol.family[:3].upper(), R.randint(1000, 9999))
    if sol.family[:3].lower() in c.used or True:
        ref = "%s/%d/%s" % ("".join(w[0] for w in firm[0].split()[:2]).upper(), R.randint(1000, 9999), R.choice(["24", "25", "26"]))
    title = "Mr" if cl.gender == "m" else R.choice(["Ms", "Mrs", "Miss"])
    lang = "en"
    if R.random() < 0.6:
        body = [N(firm[0], "firm"), "\n", N(firm[1], "firm_address"), "\nT ", N(firm[2], "firm_phone"), " | ",
                N("enquiries@" + firm[3], "role_mailbox"), "\nAuthorised and regulated by the Solicitors Regulation Authority, " if cc == "gb" else "\n",
                N(firm[4], "bar_number"), "\n\nPrivate & Confidential\n", title + " ", P(cl), "\n", address(R, cc, ml=True),
                "\n\n", odate(R, "en", "letter_date", style="long"), "\n\nOur ref: ", N(ref, "file_ref"), "\nYour ref: none",
                "\n\nDear " + title + " ", P(cl, "family"), ",\n\n", matter[0].title(), "\n\n",
                "Thank you for attending our offices last week to discuss " + matter[1].split("{o}")[0], P(oth), matter[1].split("{o}")[1] + ". ",
                "As promised, we enclose our client care letter and terms of business. Our estimate of costs to the end of the pre-action stage is ",
                amount(R, CUR[cc]), " plus VAT. We would ask for a payment on account of ", amount(R, CUR[cc]), ".\n\n",
                "Before we can send the letter of claim we need the " + matter[2] + " and two forms of identification. ",
                "The limitation period runs until ", odate(R, "en", "deadline", style="long"),
                R.choice([", so there is no immediate urgency.", ". Please treat this as urgent."]), "\n\n",
                "If you have any questions please call me on my direct line ", phone(R, reg, intl=False, kind=None if cc != "gb" else R.choice(["london", "fixed"])),
                " or e-mail me at ", email_of(R, sol, firm[3]), ".\n\nYours sincerely\n\n", P(sol), "\n",
                R.choice(["Associate Solicitor", "Senior Associate", "Partner", "Trainee Solicitor", "Chartered Legal Executive"])]
        req_b = ["Got this from my solicitor today. Can you explain in plain English what they want from me?",
                 "Can you summarise this letter and list what I need to send them?",
                 "is this normal?? they want money up front before doing anything",
                 "Please help me draft a short reply confirming I'll bring the documents on Friday."]
        req_a = ["What does 'payment on account' mean here?", "Can you turn this into a checklist for me?",
                 "Should I be worried about the limitation date?"]
        return "letter", lang, wrap(R, req_b, req_a, body)
    # client e-mail to the solicitor with a quoted reply
    em = email_of(R, cl)
    body = ["From: ", P(cl), " <", em, ">\nTo: ", P(sol), " <", email_of(R, sol, firm[3]), ">\nSubject: RE: ",
            matter[0], " – ", N(ref, "file_ref"), "\n\n", R.choice(["Hi ", "Dear ", "Hello "]), P(sol, "given"), ",\n\n",
            R.choice(["Sorry for the slow reply, work has been mad.", "Thanks for this.", "Apologies, I only just saw your email."]),
            " Quick update: I've moved, so please use my new address for anything in the post:\n\n", address(R, cc, ml=True),
            "\n\nMy mobile is still ", phone(R, reg, kind="mobile" if reg in ("GB", "IE", "AU") else None), ". ",
            R.choice(["I've found the ", "I still can't find the "]), matter[2], R.choice([". Will scan it tonight.", " — does that matter?"]),
            " Also, " , P(oth, "given"), R.choice([" has started messaging me directly again. Should I answer?", " rang my sister yesterday, which I'm not happy about."]),
            "\n\nThanks,\n", P(cl, "given"), "\n\n> On ", odate(R, "en", "sent_date", style="dmy/"), ", ", P(sol), " wrote:\n> Dear ",
            P(cl, "given"), ",\n> Please find attached the draft letter of claim for your approval. Note that under\n> ",
            N(R.choice(["CPR Part 36", "the Pre-Action Protocol for Debt Claims", "section 21 of the Limitation Act 1980", "rule 3.9 CPR"]), "statute"),
            " we need your instructions by ", odate(R, "en", "deadline", style="long"), ".\n> Kind regards"]
    req_b = ["Can you make my email sound a bit more professional before I send it?", "Tidy this up please, keep it short:",
             "Is it ok to send this to my solicitor like this?"]
    req_a = ["Make it less rambly pls", "Can you fix the grammar and keep my tone?"]
    return "email", lang, wrap(R, req_b, req_a, body)


CLAIM = {
    "de": dict(reg="DE", court="de", title="Klage", cl="Kläger", df="Beklagter", law=["§ 280 Abs. 1 BGB", "§ 823 Abs. 1 BGB", "§ 535 BGB", "§§ 488, 490 BGB"],
               ref=lambda R: "%d %s %d/%d" % (R.randint(1, 35), R.choice(["O", "C", "S"]), R.randint(10, 999), R.choice([24, 25, 26])),
               req_b=["Das ist der Entwurf meiner Anwältin. Kannst du mir erklären, was da genau drinsteht?", "Bitte auf Englisch übersetzen, mein Mann versteht kein Deutsch:"],
               req_a=["Ist das so vollständig? Fehlt da was Wichtiges?", "Was bedeutet 'Streitwert' und wer zahlt am Ende die Kosten?"]),
    "fr": dict(reg="FR", court="fr", title="ASSIGNATION DEVANT LE TRIBUNAL JUDICIAIRE", cl="DEMANDEUR", df="DÉFENDEUR", law=["article 1231-1 du Code civil", "art. 1240 C. civ.", "article 700 du CPC"],
               ref=lambda R: "RG n° %d/%05d" % (R.choice([24, 25, 26]), R.randint(100, 99999)),
               req_b=["Mon avocat m'a envoyé ça, tu peux me résumer en langage simple ?", "Peux-tu traduire cette assignation en anglais ?"],
               req_a=["C'est grave ? Je dois faire quoi maintenant ?", "Tu peux me dire quelles sont les dates importantes ?"]),
    "it": dict(reg="IT", court="it", title="ATTO DI CITAZIONE", cl="ATTORE", df="CONVENUTO", law=["art. 2043 c.c.", "art. 1218 c.c.", "art. 163 c.p.c."],
               ref=lambda R: "R.G. n. %d/%d" % (R.randint(1000, 45000), R.choice([2024, 2025, 2026])),
               req_b=["Mi spieghi in parole semplici cosa c'è scritto?", "Puoi riassumere questo atto in 5 punti?"],
               req_a=["Entro quando devo costituirmi?", "Secondo te ha senso fare una proposta di transazione?"]),
    "es": dict(reg="ES", court="es", title="DEMANDA DE JUICIO VERBAL", cl="DEMANDANTE", df="DEMANDADO", law=["artículo 1902 del Código Civil", "art. 1101 CC", "art. 250.1 LEC"],
               ref=lambda R: "Procedimiento verbal %d/%d" % (R.randint(10, 2999), R.choice([2024, 2025, 2026])),
               req_b=["¿Me explicas qué dice esta demanda? Mi abogado habla muy técnico.", "Resúmemelo en castellano llano, porfa:"],
               req_a=["¿Cuánto tiempo tengo para contestar?", "¿Esto lo puedo llevar sin abogado?"]),
    "nl": dict(reg="NL", court="nl", title="DAGVAARDING", cl="eiser", df="gedaagde", law=["artikel 6:162 BW", "art. 7:204 BW", "artikel 6:74 BW"],
               ref=lambda R: "zaaknummer C/%02d/%d / HA ZA %d-%d" % (R.randint(10, 16), R.randint(700000, 799999), R.choice([24, 25]), R.randint(100, 999)),
               req_b=["Kun je in gewone taal uitleggen wat hier staat?", "Vertaal dit even naar het Engels aub:"],
               req_a=["Wat moet ik nu doen en voor welke datum?", "Klopt het dat ik een advocaat moet nemen?"]),
    "pl": dict(reg="PL", court="pl", title="POZEW O ZAPŁATĘ", cl="Powód", df="Pozwany", law=["art. 471 k.c.", "art. 415 k.c.", "art. 187 § 1 k.p.c."],
               ref=lambda R: "sygn. akt %s C %d/%d" % (R.choice(["I", "II", "XVI"]), R.randint(10, 3999), R.choice([24, 25, 26])),
               req_b=["Możesz mi wytłumaczyć ten pozew prostym językiem?", "Przetłumacz na angielski, proszę:"],
               req_a=["Ile mam czasu na odpowiedź?", "Czy to się opłaca, czy lepiej ugoda?"]),
    "pt": dict(reg="PT", court="pt", title="PETIÇÃO INICIAL", cl="Autor", df="Réu", law=["artigo 483.º do Código Civil", "art. 798.º CC", "artigo 552.º do CPC"],
               ref=lambda R: "Processo n.º %d/%d.%dT8LSB" % (R.randint(100, 29999), R.choice([24, 25]), R.randint(0, 9)),
               req_b=["Podes explicar-me em linguagem simples o que isto diz?", "Resume isto em português corrente:"],
               req_a=["Qual é o prazo para contestar?", "Achas que vale a pena tentar um acordo?"]),
    "br": dict(reg="BR", court="br", title="PETIÇÃO INICIAL – AÇÃO DE INDENIZAÇÃO", cl="REQUERENTE", df="REQUERIDO", law=["art. 186 do Código Civil", "art. 927 do CC", "art. 319 do CPC", "art. 6º, VIII, do CDC"],
               ref=lambda R: "Processo nº " + cnj(R, R.choice([2024, 2025]), "26", "0100"),
               req_b=["Me explica essa petição de um jeito simples?", "Resume os pedidos pra mim, por favor:"],
               req_a=["Qual o prazo pra contestação?", "Isso tem chance de dar certo?"]),
}


def _party_block(R, c, lang, cc, p, role, with_id):
    reg = REG[cc]
    out = []
    if lang == "de":
        if role == "Beklagter":
            out = [("den Herrn " if p.gender == "m" else "die Frau "), P(p), ", ", address(R, cc), "\n", "– Beklagte" + ("r" if p.gender == "m" else "") + " –"]
        else:
            out = [("des Herrn " if p.gender == "m" else "der Frau "), P(p), ", ", address(R, cc), "\n", "– Kläger" + ("" if p.gender == "m" else "in") + " –"]
    elif lang == "fr":
        out = [("Monsieur " if p.gender == "m" else "Madame "), P(p, R.choice(["full", "upper"])), ", né%s le " % ("" if p.gender == "m" else "e"),
               dob(R, "fr")[0], ", demeurant ", address(R, cc), "\n", role]
    elif lang == "it":
        dt = rdate(R, 1950, 1998)
        town = R.choice(list(BELFIORE))
        out = [P(p), " (C.F. ", L("gov_id", cf_person(R, p, dt, BELFIORE[town]), sub="it_cf"), "), nat%s a %s il " % ("o" if p.gender == "m" else "a", town),
               dob(R, "it", dt=dt, style="dmy/")[0], " e residente in ", address(R, cc), " – " + role]
    elif lang == "es":
        d, l = dni_random(R)
        out = [("D. " if p.gender == "m" else "D.ª "), P(p), ", mayor de edad, con DNI ", L("gov_id", d + R.choice(["", "-"]) + l, sub="es_dni"),
               " y domicilio en ", address(R, cc), " — " + role]
    elif lang == "nl":
        out = [R.choice(["de heer ", "mevrouw "]) if True else "", P(p), ", wonende te ", address(R, cc), ", " + role]
    elif lang == "pl":
        out = [P(p), ", zam. ", address(R, cc), ", PESEL: ", L("gov_id", pesel(R, rdate(R, 1955, 2000), p.gender), sub="pl_pesel"), " – " + role]
    elif lang == "pt":
        out = [P(p), ", ", R.choice(["casado", "solteiro", "divorciado"]) if p.gender == "m" else R.choice(["casada", "solteira", "divorciada"]),
               ", contribuinte n.º ", L("gov_id", pt_nif(R), sub="pt_nif"), ", residente na ", address(R, cc), " — " + role]
    elif lang == "br":
        cp = cpf_random(R)
        out = [P(p, R.choice(["full", "caps"])), ", brasileir%s, inscrit%s no CPF sob o nº " % (("o", "o") if p.gender == "m" else ("a", "a")),
               L("gov_id", "%s.%s.%s-%s" % (cp[:3], cp[3:6], cp[6:9], cp[9:]), sub="br_cpf"), ", residente e domiciliad%s na " % ("o" if p.gender == "m" else "a"),
               address(R, cc), ", e-mail ", email_of(R, p), " — " + role]
    return out


@tpl(26)
def t_court_claim(R):
    c = Ctx(R)
    lang = R.choice(list(CLAIM))
    cfg = CLAIM[lang]
    cc = lang
    court = R.choice(COURTS[cfg["court"]])
    a = c.person(cc)
    b = c.person(cc)
    law = c.person(cc)
    firm = {"de": "Kanzlei Vossberg & Partner mbB", "fr": "SELARL Quéméner Avocats", "it": "Studio Legale Ferrandina",
            "es": "Bufete Larrinaga Abogados", "nl": "Van Bemmel Advocaten", "pl": "Kancelaria Adwokacka Orłowicz",
            "pt": "Falcão Abrantes & Associados", "br": "Azevedo Toledo Advogados"}[lang]
    barno = {"de": "RAK Celle", "fr": "Toque B%04d" % R.randint(100, 9999), "it": "Foro di Milano, tessera %d" % R.randint(10000, 99999),
             "es": "col. n.º %d ICAM" % R.randint(20000, 140000), "nl": "advocaat, kantoorhoudende te Utrecht",
             "pl": "adw. (ORA Warszawa, WAW/Adw/%d)" % R.randint(1000, 9999), "pt": "cédula profissional n.º %dL" % R.randint(10000, 70000),
             "br": "OAB/SP %d.%03d" % (R.randint(100, 499), R.randint(0, 999))}[lang]
    switch = {"de": "040 3741 990-0", "fr": "02 40 48 17 00 (standard)", "it": "02 8909 4400 (centralino)", "es": "944 23 50 00 (centralita)", "nl": "030 231 44 00 (algemeen)",
              "pl": "22 628 10 00 (sekretariat)", "pt": "213 504 900 (geral)", "br": "(11) 3285-4400 (PABX)"}[lang]
    law_ph = phone(R, cfg["reg"], intl=False) if R.random() < 0.5 else N(switch, "firm_phone")
    head = [N(court[0], "court"), "\n", N(court[1], "court_address"), "\n\n", cfg["title"], "\n\n"]
    if lang == "de":
        mid = ["In dem Rechtsstreit\n\n", _party_block(R, c, lang, cc, a, cfg["cl"], False), "\n\nProzessbevollmächtigte: Rechtsanwältin " if law.gender == "f" else "\n\nProzessbevollmächtigter: Rechtsanwalt ",
               P(law), ", ", N(firm, "firm"), " (", N(barno, "bar_number"), "), Tel. ", law_ph, "\n\ngegen\n\n",
               _party_block(R, c, lang, cc, b, cfg["df"], False), "\n\nwegen: Schadensersatz\nStreitwert: ", amount(R, "EUR_de"),
               "\n\nNamens und in Vollmacht des Klägers erheben wir Klage und werden beantragen,\n1. den Beklagten zu verurteilen, an den Kläger ",
               amount(R, "EUR_de"), " nebst Zinsen in Höhe von 5 Prozentpunkten über dem Basiszinssatz seit dem ", odate(R, "de", "interest_date", style="dmy."),
               " zu zahlen.\n\nBegründung: Der Anspruch folgt aus ", N(R.choice(cfg["law"]), "statute"), ". Der Beklagte hat trotz Mahnung vom ",
               odate(R, "de", "letter_date", style="dmy."), " nicht gezahlt."]
    elif lang == "fr":
        mid = ["À LA REQUÊTE DE :\n", _party_block(R, c, lang, cc, a, cfg["cl"], False), "\nAyant pour avocat Maître ", P(law), ", ", N(firm, "firm"), ", ",
               N(barno, "bar_number"), ", tél. ", law_ph, "\n\nCONTRE :\n", _party_block(R, c, lang, cc, b, cfg["df"], False),
               "\n\nPLAISE AU TRIBUNAL\nVu l'", N(R.choice(cfg["law"]), "statute"), ", condamner le défendeur à payer la somme de ", amount(R, "EUR_fr"),
               ".\nL'affaire sera appelée à l'audience du ", odate(R, "fr", "hearing_date", style="long"), " à 9h30."]
    elif lang == "it":
        mid = ["Il/La sig./sig.ra ", _party_block(R, c, lang, cc, a, cfg["cl"], False), ", rappresentat%s e difes%s dall'avv. " % (("o", "o") if a.gender == "m" else ("a", "a")),
               P(law), " (", N(barno, "bar_number"), ") dello ", N(firm, "firm"), ", tel. ", law_ph, "\n\nCITA\n\n", _party_block(R, c, lang, cc, b, cfg["df"], False),
               "\n\na comparire all'udienza del ", odate(R, "it", "hearing_date", style="long"), ", ore 9:00, ai sensi dell'", N(R.choice(cfg["law"]), "statute"),
               ", per sentir condannare il convenuto al pagamento di ", amount(R, "EUR_de"), "."]
    elif lang == "es":
        mid = ["AL JUZGADO\n\n", _party_block(R, c, lang, cc, a, cfg["cl"], False), ", representad%s por el/la letrad%s " % ("o" if a.gender == "m" else "a", "o" if law.gender == "m" else "a"),
               P(law), " (", N(barno, "bar_number"), "), ", N(firm, "firm"), ", tel. ", law_ph, ", ante el Juzgado comparezco y DIGO:\n\nQue formulo DEMANDA contra ",
               _party_block(R, c, lang, cc, b, cfg["df"], False), ", en reclamación de ", amount(R, "EUR_de"), ", con base en el ",
               N(R.choice(cfg["law"]), "statute"), ".\n\nSe señala vista para el ", odate(R, "es", "hearing_date", style="dmy/"), "."]
    elif lang == "nl":
        mid = ["Heden, ", odate(R, "nl", "service_date", style="long"), ", op verzoek van ", _party_block(R, c, lang, cc, a, cfg["cl"], False),
               ", te dezer zake woonplaats kiezende ten kantore van ", N(firm, "firm"), " (mr. ", P(law), ", ", N(barno, "bar_number"), ", tel. ", law_ph,
               "),\n\nheb ik, gerechtsdeurwaarder, GEDAGVAARD:\n", _party_block(R, c, lang, cc, b, cfg["df"], False),
               "\n\nom op ", odate(R, "nl", "hearing_date", style="long"), " te verschijnen ter zitting. Vordering: ", amount(R, "EUR_en"),
               " op grond van ", N(R.choice(cfg["law"]), "statute"), "."]
    elif lang == "pl":
        mid = [_party_block(R, c, lang, cc, a, cfg["cl"], False), "\nreprezentowany przez pełnomocnika: ", P(law), ", ", N(barno, "bar_number"), ", ",
               N(firm, "firm"), ", tel. ", law_ph, "\n\n", _party_block(R, c, lang, cc, b, cfg["df"], False),
               "\n\nWartość przedmiotu sporu: ", amount(R, "PLN"), "\n\nWnoszę o zasądzenie od pozwanego kwoty wraz z odsetkami ustawowymi za opóźnienie od dnia ",
               odate(R, "pl", "interest_date", style="dmy."), " (", N(R.choice(cfg["law"]), "statute"), ")."]
    elif lang == "pt":
        mid = [_party_block(R, c, lang, cc, a, cfg["cl"], False), ", vem, por intermédio do seu mandatário, Dr. " if law.gender == "m" else ", vem, por intermédio da sua mandatária, Dra. ",
               P(law), " (", N(barno, "bar_number"), "), ", N(firm, "firm"), ", tel. ", law_ph, ", intentar ação declarativa contra\n\n",
               _party_block(R, c, lang, cc, b, cfg["df"], False), "\n\nnos termos do ", N(R.choice(cfg["law"]), "statute"), ", pedindo a condenação no pagamento de ",
               amount(R, "EUR_de"), "."]
    else:
        mid = ["EXCELENTÍSSIMO SENHOR DOUTOR JUIZ DE DIREITO\n\n", _party_block(R, c, "br", cc, a, cfg["cl"], False), ", por sua advogada " if law.gender == "f" else ", por seu advogado ",
               P(law), " (", N(barno, "bar_number"), "), ", N(firm, "firm"), ", tel. ", law_ph, ", vem propor a presente ação em face de\n\n",
               _party_block(R, c, "br", cc, b, cfg["df"], False), "\n\ncom fundamento no ", N(R.choice(cfg["law"]), "statute"),
               ". Dá-se à causa o valor de ", amount(R, "BRL"), "."]
    body = head + mid + ["\n\n", N(cfg["ref"](R), "case_number")]
    return "claim", {"br": "pt"}.get(lang, lang), wrap(R, cfg["req_b"], cfg["req_a"], body)


@tpl(48)
def t_judgment(R):
    """A served judgment or order with the parties' names (a judge in office is a look-alike)."""
    c = Ctx(R)
    lang = R.choice(["en", "de", "nl", "fr", "es", "it"])
    cc = {"en": "gb", "de": "de", "nl": "nl", "fr": "fr", "es": "es", "it": "it"}[lang]
    a, b = c.person(cc), c.person(cc)
    judge = R.choice(JUDGES[cc if cc != "gb" else "gb"])
    court = R.choice(COURTS[cc])
    prec = N(R.choice(PRECEDENTS), "precedent")
    if lang == "en":
        body = ["IN THE ", N(court[0].upper(), "court"), "\nClaim No: ", N("K%02dCL%03d" % (R.randint(10, 99), R.randint(100, 999)), "case_number"),
                "\n\nBETWEEN:\n\n", P(a, "caps"), "\nClaimant\n\n-and-\n\n", P(b, "caps"), "\nDefendant\n\n", "ORDER\n\nBefore ", N(judge, "judge"),
                " sitting at ", N(court[1], "court_address"), " on ", odate(R, "en", "hearing_date", style="long"),
                "\n\nUPON hearing the Claimant in person and counsel for the Defendant\nAND UPON the court applying ", prec, "\n\nIT IS ORDERED THAT:\n1. The Defendant shall pay the Claimant ",
                amount(R, "GBP"), " by 4pm on ", odate(R, "en", "deadline", style="long"), ".\n2. The Defendant's counterclaim is dismissed.\n3. Service of this order on the Defendant at ",
                address(R, "gb"), " is deemed good service.\n\nECLI: none — unreported"]
        rb = ["I won!! but what does 'deemed good service' mean? Can you explain the order?", "Can you explain each paragraph of this order simply?"]
        ra = ["What happens if he doesn't pay by the deadline?", "Can I enforce this myself? What are the steps?"]
    elif lang == "de":
        body = [N(court[0], "court"), "\nAz.: ", N("%d C %d/%d" % (R.randint(1, 30), R.randint(100, 999), R.choice([24, 25])), "case_number"),
                "\n\nIM NAMEN DES VOLKES\n\nURTEIL\n\nIn dem Rechtsstreit\n\n", P(a), ", ", address(R, "de"), "\n– Kläger" + ("in" if a.gender == "f" else "") + " –\n\ngegen\n\n",
                P(b), ", ", address(R, "de"), "\n– Beklagte" + ("r" if b.gender == "m" else "") + " –\n\nhat das ", N(court[0], "court"), " durch ", N(judge, "judge"),
                " auf die mündliche Verhandlung vom ", odate(R, "de", "hearing_date", style="dmy."), " für Recht erkannt:\n\n1. Die Klage wird abgewiesen.\n2. Die Kosten des Rechtsstreits trägt die klagende Partei.\n3. Das Urteil ist vorläufig vollstreckbar.\n\nEntscheidungsgründe: Ein Anspruch aus ",
                N(R.choice(["§ 280 Abs. 1 BGB", "§ 823 Abs. 1 BGB", "§ 812 Abs. 1 S. 1 Alt. 1 BGB", "§ 536a BGB"]), "statute"), " besteht nicht (vgl. ",
                N("BGH, Urteil vom 12.03.2019 – VI ZR 278/18", "precedent"), ")."]
        rb = ["Kannst du mir das Urteil in einfachen Worten erklären?", "Lohnt sich hier die Berufung? Erklär mir erstmal, was drinsteht:"]
        ra = ["Wie lange habe ich Zeit für die Berufung?", "Muss ich jetzt alles zahlen?"]
    elif lang == "nl":
        body = ["vonnis\n", N(court[0].upper(), "court"), "\nZaaknummer / rolnummer: ", N("C/%02d/%d / HA ZA %d-%d" % (R.randint(10, 16), R.randint(700000, 799999), R.choice([24, 25]), R.randint(100, 999)), "case_number"),
                "\n\nVonnis van ", odate(R, "nl", "judgment_date", style="long"), "\n\nin de zaak van\n\n", P(a), ",\nwonende te ", address(R, "nl"), ",\neiser,\n\ntegen\n\n", P(b),
                ",\nwonende te ", address(R, "nl"), ",\ngedaagde.\n\nDit vonnis is gewezen door ", N(judge, "judge"), " en in het openbaar uitgesproken. ",
                N("ECLI:NL:RB%s:%d:%d" % (R.choice(["AMS", "MNE", "DHA", "ROT"]), R.choice([2024, 2025]), R.randint(1000, 99999)), "ecli"),
                "\n\nDe rechtbank veroordeelt gedaagde tot betaling van ", amount(R, "EUR_en"), " op grond van ", N("artikel 6:162 BW", "statute"), "."]
        rb = ["Kun je dit vonnis samenvatten in gewone taal?", "Wat betekent dit vonnis voor mij?"]
        ra = ["Kan ik hiertegen in hoger beroep?", "Wat moet ik nu doen?"]
    elif lang == "fr":
        body = [N(court[0].upper(), "court"), "\n", N("RG n° %d/%05d" % (R.choice([24, 25]), R.randint(100, 99999)), "case_number"), "\nJUGEMENT du ", odate(R, "fr", "judgment_date", style="long"),
                "\n\nDEMANDERESSE :\n" if a.gender == "f" else "\n\nDEMANDEUR :\n", ("Madame " if a.gender == "f" else "Monsieur "), P(a, "upper"), "\ndemeurant ", address(R, "fr"),
                "\n\nDÉFENDEUR :\n" if b.gender == "m" else "\n\nDÉFENDERESSE :\n", ("Monsieur " if b.gender == "m" else "Madame "), P(b, "upper"), "\ndemeurant ", address(R, "fr"),
                "\n\nCOMPOSITION DU TRIBUNAL : ", N(judge, "judge"), "\n\nPAR CES MOTIFS, le tribunal, statuant publiquement, condamne le défendeur à payer ", amount(R, "EUR_fr"),
                " au titre de l'", N(R.choice(["article 1240 du Code civil", "article 700 du code de procédure civile"]), "statute"), "."]
        rb = ["Tu peux m'expliquer ce jugement simplement ?", "Résume ce jugement en 5 lignes stp"]
        ra = ["Je peux faire appel ? Dans quel délai ?", "Ça veut dire quoi 'statuant publiquement' ?"]
    elif lang == "es":
        body = [N(court[0].upper(), "court"), "\n", N("Juicio verbal %d/%d" % (R.randint(10, 2999), R.choice([2024, 2025])), "case_number"), "\n\nSENTENCIA N.º ",
                N("%d/%d" % (R.randint(10, 600), R.choice([2024, 2025])), "case_number"), "\n\nEn ", court[1].split(",")[-1].strip().split(" ", 1)[-1], ", a ", odate(R, "es", "judgment_date", style="long"),
                ".\n\nVistos por ", N(judge, "judge"), " los presentes autos promovidos por ", ("D. " if a.gender == "m" else "D.ª "), P(a), ", con domicilio en ", address(R, "es"),
                ", contra ", ("D. " if b.gender == "m" else "D.ª "), P(b), ", con domicilio en ", address(R, "es"),
                ".\n\nFALLO: Estimo íntegramente la demanda y condeno al demandado a abonar ", amount(R, "EUR_de"), " más los intereses del ", N("art. 576 LEC", "statute"), "."]
        rb = ["¿Me explicas esta sentencia con palabras normales?", "Resúmeme el fallo, por favor:"]
        ra = ["¿Se puede recurrir?", "¿Cuándo tiene que pagarme?"]
    else:
        body = [N(court[0].upper(), "court"), "\nREPUBBLICA ITALIANA\nIN NOME DEL POPOLO ITALIANO\n\n", N(judge, "judge"), " ha pronunciato la seguente\n\nSENTENZA\n\nnella causa civile iscritta al ",
                N("n. %d/%d R.G." % (R.randint(1000, 45000), R.choice([2023, 2024])), "case_number"), " promossa da\n\n", P(a), ", residente in ", address(R, "it"),
                " – attore –\n\ncontro\n\n", P(b), ", residente in ", address(R, "it"), " – convenuto –\n\nP.Q.M. condanna il convenuto al pagamento di ", amount(R, "EUR_de"),
                " ex ", N("art. 2043 c.c.", "statute"), ". Così deciso il ", odate(R, "it", "judgment_date", style="dmy/"), "."]
        rb = ["Mi spieghi questa sentenza in parole semplici?", "Riassumi il dispositivo per favore:"]
        ra = ["Posso fare appello? Entro quando?", "Cosa succede se non paga?"]
    return "judgment", lang, wrap(R, rb, ra, body)


@tpl(26)
def t_small_claims(R):
    """Small-claims and tenancy-tribunal forms."""
    c = Ctx(R)
    kind = R.choice(["mcol", "sc100", "mahn", "injonction", "huur", "rtb", "ncat", "hyres", "tenancy_gb"])
    if kind in ("mcol", "tenancy_gb"):
        cc, lang = "gb", "en"
    elif kind == "sc100":
        cc, lang = "us", "en"
    elif kind == "mahn":
        cc, lang = "de", "de"
    elif kind == "injonction":
        cc, lang = "fr", "fr"
    elif kind == "huur":
        cc, lang = "nl", "nl"
    elif kind == "rtb":
        cc, lang = "ie", "en"
    elif kind == "ncat":
        cc, lang = "au", "en"
    else:
        cc, lang = "se", "sv"
    reg = REG[cc]
    a, b = c.person(cc), c.person(cc)
    if kind == "mcol":
        body = ["Money Claim Online — claim summary (draft)\n\nClaimant\n  Name: ", P(a), "\n  Address: ", address(R, "gb"), "\n  Phone: ", phone(R, reg),
                "\n  Email: ", email_of(R, a), "\n\nDefendant\n  Name: ", P(b), "\n  Address: ", address(R, "gb"),
                "\n\nAmount claimed: ", amount(R, "GBP"), "\nCourt fee: ", N("£115.00", "amount"), "\n\nBrief details of claim:\nThe defendant agreed on ", odate(R, "en", "event_date", style="dmy/"),
                " to repair my garage roof for a fixed price and took a deposit by bank transfer to ", iban(R, "GB"),
                ". No work was carried out. Letter before claim sent ", odate(R, "en", "letter_date", style="dmy/"), ", no reply.\n\nCompany Registration No. of my bank: ",
                N("00014259", "company_number"), " (ignore)\nStatement of truth: I believe that the facts stated in this claim are true."]
        rb = ["Is my 'brief details of claim' clear enough? Can you improve it?", "Can you check this before I submit it on MCOL?"]
        ra = ["Did I leave anything out?", "Does the deposit part make sense?"]
    elif kind == "tenancy_gb":
        body = ["First-tier Tribunal (Property Chamber) — Application form Rent Repayment Order\n\n1. Applicant (tenant): ", P(a), "\n   Address of the property: ",
                address(R, "gb"), "\n   Telephone: ", phone(R, reg, kind="mobile"), "   Email: ", email_of(R, a),
                "\n2. Respondent (landlord): ", P(b), "\n   Landlord's home address (from the tenancy agreement): ", address(R, "gb"),
                "\n   Landlord's phone: ", phone(R, reg, kind="mobile"), "\n3. Grounds: offence under ", N("s.72(1) Housing Act 2004", "statute"),
                " (unlicensed HMO) between ", odate(R, "en", "period_date", style="dmy/"), " and ", odate(R, "en", "period_date", style="dmy/"),
                "\n4. Amount of rent paid in that period: ", amount(R, "GBP"), "\n\nSend to: ", N("First-tier Tribunal (Property Chamber), 10 Alfred Place, London WC1E 7LR", "court_address"),
                " / ", N("London.RAP@justice.gov.uk", "role_mailbox")]
        rb = ["Can you check my tribunal application? First time doing this.", "Please proofread this RRO application:"]
        ra = ["Have I filled in the grounds properly?", "Is it ok that I used the landlord's home address?"]
    elif kind == "sc100":
        body = ["SC-100 Plaintiff's Claim and ORDER to Go to Small Claims Court (draft answers)\n\n1. Plaintiff: ", P(a), "\n   Street address: ", address(R, "us"),
                "\n   Phone: ", phone(R, "US"), "   Email: ", email_of(R, a), "\n2. Defendant: ", P(b), "\n   Street address: ", address(R, "us"),
                "\n   Phone: ", phone(R, "US"), "\n3. The defendant owes me: ", amount(R, "USD"),
                "\n   Why: security deposit not returned within 21 days (", N("Cal. Civ. Code § 1950.5", "statute"), ")\n   When did this happen: ",
                odate(R, "us", "event_date", style="mdy/"), "\n4. Hearing: to be set by the clerk. Filing fee ", N("$75", "amount"), "\n\nForm ", N("SC-100, Rev. January 1, 2024", "form_number")]
        rb = ["Can you help me fill this out correctly? Here's what I have so far:", "Does this look right for small claims in California?"]
        ra = ["Should I ask for double the deposit as a penalty?", "Is the explanation strong enough?"]
    elif kind == "mahn":
        d = odate(R, "de", "contract_date", style="dmy.")
        body = ["Online-Mahnantrag – meine Eingaben (Entwurf)\n\nAntragsteller: ", P(a), "\nAnschrift: ", address(R, "de"), "\nTelefon: ", phone(R, "DE"),
                "\n\nAntragsgegner: ", P(b), "\nAnschrift: ", address(R, "de"), "\n\nHauptforderung: ", R.choice(["Darlehensrückzahlung", "Werklohn", "Kaufpreis"]), " vom ", d,
                ", Betrag ", amount(R, "EUR_de"), "\nBankverbindung für Zahlungen: ", iban(R, "DE"), "\nZuständiges Mahngericht: ", N("Amtsgericht Wedding, 13343 Berlin", "court_address"),
                "\nGeschäftszeichen: ", N("%d-%d-%d" % (R.choice([24, 25]), R.randint(1000000, 9999999), R.randint(0, 9)), "case_number")]
        rb = ["Habe ich den Mahnantrag so richtig ausgefüllt?", "Bitte einmal prüfen, bevor ich das abschicke:"]
        ra = ["Muss ich die Zinsen extra angeben?", "Was passiert, wenn er Widerspruch einlegt?"]
    elif kind == "injonction":
        body = ["Requête en injonction de payer (Cerfa ", N("n° 12948*06", "form_number"), ") – mes réponses\n\nLe créancier : ", P(a, "upper"), "\nné%s le " % ("" if a.gender == "m" else "e"),
                dob(R, "fr")[0], "\nAdresse : ", address(R, "fr"), "\nTéléphone : ", phone(R, "FR"), "\nCourriel : ", email_of(R, a),
                "\n\nLe débiteur : ", P(b, "upper"), "\nAdresse : ", address(R, "fr"), "\n\nMontant de la créance : ", amount(R, "EUR_fr"),
                "\nFondement : facture impayée du ", odate(R, "fr", "invoice_date", style="dmy/"), " (", N("article 1405 du code de procédure civile", "statute"), ")"]
        rb = ["Tu peux vérifier ma requête avant que je l'envoie au greffe ?", "Est-ce que j'ai bien rempli ce formulaire ?"]
        ra = ["Il faut joindre quelles pièces ?", "C'est le bon tribunal ?"]
    elif kind == "huur":
        body = ["Verzoekschrift Huurcommissie – onderhoudsgebreken\n\nHuurder: ", P(a), "\nAdres gehuurde woning: ", address(R, "nl"), "\nTelefoon: ", phone(R, "NL"), "\nE-mail: ",
                email_of(R, a), "\n\nVerhuurder: ", P(b), "\nAdres verhuurder: ", address(R, "nl"), "\n\nGebreken: schimmel in slaapkamer, lekkage dak sinds ",
                odate(R, "nl", "event_date", style="dmy-"), ". Verhuurder op de hoogte gesteld per brief.\nLeges: ", N("€ 25", "amount"),
                "\nZie ", N("artikel 7:257 BW", "statute"), " en het Gebrekenboek.\n\nHet rekeningnummer voor terugbetaling van te veel betaalde huur: ", iban(R, "NL")]
        rb = ["Kun je dit verzoek nakijken voor ik het indien?", "Is dit duidelijk genoeg voor de huurcommissie?"]
        ra = ["Moet ik nog foto's toevoegen?", "Klopt het bedrag van de leges?"]
    elif kind == "rtb":
        body = ["RTB dispute application — my notes before I fill it in online\n\nApplicant (tenant): ", P(a), "\nTenancy address: ", address(R, "ie"), "\nMobile: ",
                phone(R, "IE", kind="mobile"), "\nEmail: ", email_of(R, a), "\n\nRespondent (landlord): ", P(b), "\nLandlord's phone: ", phone(R, "IE", kind="mobile"),
                "\nRegistration no. of tenancy: ", N("RT%d" % R.randint(1000000, 9999999), "registration_number"), "\n\nDispute: deposit of ", amount(R, "EUR_en"),
                " retained. Fee ", N("€15", "amount"), " (online). Under ", N("s.12(1)(d) Residential Tenancies Act 2004", "statute"), "."]
        rb = ["Can you turn my notes into a clear dispute description for the RTB form?", "Help me write this up properly:"]
        ra = ["Is €15 the right fee?", "What evidence should I upload?"]
    elif kind == "ncat":
        body = ["NCAT Tenancy application – draft\n\nApplicant: ", P(a), "\nAddress of rented premises: ", address(R, "au"), "\nMobile: ", phone(R, "AU"),
                "\nEmail: ", email_of(R, a), "\n\nRespondent (landlord/agent): ", P(b), "\nPhone: ", phone(R, "AU"),
                "\n\nOrders sought: rent reduction of ", amount(R, "USD"), " for loss of use of the bathroom, under ", N("s 65 Residential Tenancies Act 2010 (NSW)", "statute"),
                ".\nHearing venue: ", N("NCAT, Level 10, John Maddison Tower, 86-90 Goulburn Street, Sydney NSW 2000", "court_address")]
        rb = ["Can you review my NCAT application?", "Does this read ok? Be honest."]
        ra = ["What else should I ask for?", "Is the amount reasonable?"]
    else:
        body = ["Ansökan till hyresnämnden – utkast\n\nSökande (hyresgäst): ", P(a), "\nPersonnummer: ", L("gov_id", se_pnr(R, rdate(R, 1960, 2000), a.gender), sub="se_pnr"),
                "\nAdress: ", address(R, "se"), "\nTelefon: ", phone(R, "SE"), "\nE-post: ", email_of(R, a), "\n\nMotpart (hyresvärd): ", P(b),
                "\nTelefon: ", phone(R, "SE"), "\n\nYrkande: nedsättning av hyran med ", amount(R, "SEK"), " per månad från ", odate(R, "sv", "period_date", style="sv"),
                " enligt ", N("12 kap. 16 § jordabalken", "statute"), "."]
        rb = ["Kan du läsa igenom min ansökan innan jag skickar den?", "Hjälp mig formulera yrkandet bättre:"]
        ra = ["Saknas något?", "Är det rimligt att kräva så mycket?"]
    return "form", lang, wrap(R, rb, ra, body)


@tpl(24)
def t_witness(R):
    """Police reports and witness statements (witness's birth date and id where the form puts them)."""
    c = Ctx(R)
    kind = R.choice(["mg11", "de", "fr", "es", "it", "pl", "us", "nl"])
    if kind == "mg11":
        w, s = c.person("gb"), c.person("gb")
        dt = rdate(R, 1950, 2003)
        body = ["WITNESS STATEMENT\n(", N("Criminal Procedure Rules, r. 16.2; Criminal Justice Act 1967, s. 9", "statute"), ")\n\nURN: ", N("%02d%s%07d%02d" % (R.randint(1, 99), R.choice(["BX", "KA", "YE"]), R.randint(0, 9999999), R.randint(20, 26)), "case_number"),
                "\n\nStatement of: ", P(w), "\nAge if under 18: Over 18    Occupation: ", R.choice(["Nurse", "Bus driver", "Retired", "Student", "Electrician"]),
                "\n\nOn ", odate(R, "en", "incident_date", style="long"), " at about 22:40 I was walking home along ", N(R.choice(["Corporation Street", "the High Street", "Station Approach"]), "public_place"),
                " when I saw a man I now know to be ", P(s), " kick the wing mirror off a parked car. I have known him by sight for about two years; he lives at ",
                address(R, "gb"), ".\n\nSignature: ........  Date: ", odate(R, "en", "signature_date", style="dmy/"),
                "\n\nWitness contact details (not to be disclosed)\nHome address: ", address(R, "gb", ml=True), "\nDate of birth: ", dob(R, "en", dt=dt, style="dmy/")[0],
                "\nHome tel: ", phone(R, "GB", kind="fixed"), "   Mobile: ", phone(R, "GB", kind="mobile"), "\nEmail: ", email_of(R, w),
                "\nDates to avoid for court: ", odate(R, "en", "avoid_date", style="dmy/"), "\n\nOfficer: PC ", N(str(R.randint(1000, 9999)), "collar_number")]
        return "statement", "en", wrap(R, ["The police emailed me my statement to check. Is everything in it consistent? Anything I should correct?",
                                           "Can you check this statement for spelling mistakes? Don't change the meaning."],
                                       ["What happens next if he pleads not guilty?", "Will he see my address??"], body)
    if kind == "de":
        w, s = c.person("de"), c.person("de")
        body = ["Polizeipräsidium ", N("Oldenburg-Stadt/Ammerland", "authority"), " – Zeugenvernehmung\nVorgangsnummer: ", N("%d/%d/%06d" % (R.randint(100, 999), R.choice([2025, 2026]), R.randint(0, 999999)), "case_number"),
                "\n\nName, Vorname: ", P(w, "inv"), "\nGeburtsdatum: ", dob(R, "de", style="dmy.")[0], "\nGeburtsort: ", R.choice(["Bremerhaven", "Cottbus", "Emden", "Passau"]),
                "\nAnschrift: ", address(R, "de"), "\nErreichbarkeit: ", phone(R, "DE", kind=R.choice(["mobile", "mobile7"])), "\nAusweis: Personalausweis Nr. ",
                L("gov_id", "".join(R.choice("CFGHJKLMNPRTVWXYZ") for _ in range(1)) + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)), sub="de_id_card"),
                "\n\nBelehrt gemäß ", N("§§ 52, 55 StPO", "statute"), ". Zur Sache: Am ", odate(R, "de", "incident_date", style="dmy."), " gegen 17 Uhr beobachtete ich auf dem Parkplatz ",
                N("des Edeka-Markts in der Hauptstraße", "public_place"), ", wie ", P(s), " (mir bekannt als Nachbar) die Beifahrertür eines fremden Fahrzeugs zerkratzte."]
        return "statement", "de", wrap(R, ["Ich soll meine Aussage nochmal lesen und unterschreiben. Kannst du das sprachlich prüfen?",
                                           "Was bedeutet die Belehrung nach §§ 52, 55 StPO für mich?"],
                                       ["Muss ich als Zeuge vor Gericht erscheinen?", "Darf der Beschuldigte meine Adresse sehen?"], body)
    if kind == "fr":
        w, s = c.person("fr"), c.person("fr")
        dt = rdate(R, 1955, 2002)
        sx = "1" if w.gender == "m" else "2"
        bd, key = nir_random(R, sex=sx, yy=dt[0] % 100, mm=dt[1])
        body = ["PROCÈS-VERBAL D'AUDITION DE TÉMOIN\nCommissariat de police de ", N("Angers", "authority"), " – PV n° ", N("%05d/%d/%06d" % (R.randint(0, 99999), R.choice([2025, 2026]), R.randint(0, 999999)), "case_number"),
                "\n\nIdentité : ", P(w, "upper"), "\nNé%s le : " % ("" if w.gender == "m" else "e"), dob(R, "fr", dt=dt, style="dmy/")[0],
                " à ", R.choice(["Cholet", "Saumur", "Laval"]), "\nN° de sécurité sociale : ", L("gov_id", "%s %s %s %s %s %s %s" % (bd[0], bd[1:3], bd[3:5], bd[5:7], bd[7:10], bd[10:13], key), sub="fr_nir"),
                "\nDemeurant : ", address(R, "fr"), "\nTéléphone : ", phone(R, "FR", kind="mobile"),
                "\n\nSur les faits : « Le ", odate(R, "fr", "incident_date", style="dmy/"), " vers 23 h, j'ai entendu des cris chez mes voisins. J'ai vu ", P(s),
                " sortir en courant. Je connais la victime, ", P(c.person("fr"), "full"), ", depuis l'école. »\n\nLecture faite, persiste et signe."]
        return "statement", "fr", wrap(R, ["J'ai reçu la copie de ma déposition, tu peux la relire et me dire si c'est cohérent ?",
                                           "Aide-moi à comprendre ce PV, c'est la première fois que je témoigne."],
                                       ["Est-ce que le mis en cause aura accès à mon adresse ?", "Je peux demander à témoigner anonymement ?"], body)
    if kind == "es":
        w, s = c.person("es"), c.person("es")
        d, l = dni_random(R)
        body = ["DENUNCIA – Comisaría de Policía Nacional de ", N("Valladolid-Delicias", "authority"), "\nN.º de atestado: ", N("%d/%d" % (R.randint(1000, 29999), R.choice([2025, 2026])), "case_number"),
                "\n\nDENUNCIANTE\nNombre y apellidos: ", P(w), "\nDNI: ", L("gov_id", "%s%s" % (d, l) if R.random() < 0.5 else "%s-%s" % (d, l), sub="es_dni"),
                "\nFecha de nacimiento: ", dob(R, "es", style="dmy/")[0], "\nDomicilio: ", address(R, "es"), "\nTeléfono: ", phone(R, "ES", kind="mobile"),
                "\nCorreo: ", email_of(R, w), "\n\nHECHOS: Que el día ", odate(R, "es", "incident_date", style="dmy/"), " detectó cargos no autorizados en su tarjeta ",
                card(R), " por importe de ", amount(R, "EUR_de"), ". Que sospecha de su excompañero de piso, ", P(s), ", que tuvo acceso a la cartera.\n\n",
                N("Art. 249 del Código Penal", "statute")]
        return "statement", "es", wrap(R, ["Me han dado copia de la denuncia. ¿Me ayudas a redactar una ampliación con más detalles?",
                                           "¿Está bien redactada esta denuncia?"], ["¿Qué pasa ahora con la denuncia?", "¿Debo cancelar la tarjeta además?"], body)
    if kind == "it":
        w, s = c.person("it"), c.person("it")
        dt = rdate(R, 1950, 2001)
        town = R.choice(list(BELFIORE))
        body = ["DENUNCIA-QUERELA\nAlla Stazione Carabinieri di ", N("Verona Borgo Roma", "authority"), "\n\nIl/La sottoscritto/a ", P(w), ", nato/a a ", town, " il ",
                dob(R, "it", dt=dt, style="dmy/")[0], ", C.F. ", L("gov_id", cf_person(R, w, dt, BELFIORE[town]), sub="it_cf"), ", residente in ", address(R, "it"),
                ", tel. ", phone(R, "IT", kind="mobile"), ", e-mail ", email_of(R, w), "\n\nESPONE\n\nche in data ", odate(R, "it", "incident_date", style="dmy/"),
                " il sig. ", P(s), " ha pubblicato sul proprio profilo Facebook frasi offensive nei confronti dell'esponente (", N("art. 595 c.p.", "statute"),
                "), allegando screenshot.\n\nChiede la punizione del colpevole."]
        return "statement", "it", wrap(R, ["Ho scritto questa querela da solo, me la correggi?", "Va bene così o manca qualcosa?"],
                                       ["Entro quanto tempo va presentata?", "Serve un avvocato?"], body)
    if kind == "pl":
        w, s = c.person("pl"), c.person("pl")
        dt = rdate(R, 1955, 2003)
        body = ["PROTOKÓŁ PRZESŁUCHANIA ŚWIADKA\nKomenda Miejska Policji w ", N("Lublinie", "authority"), ", sygn. ", N("RSD-%d/%d" % (R.randint(100, 9999), R.choice([25, 26])), "case_number"),
                "\n\nImię i nazwisko: ", P(w), "\nData urodzenia: ", dob(R, "pl", dt=dt, style="dmy.")[0], "\nPESEL: ", L("gov_id", pesel(R, dt, w.gender), sub="pl_pesel"),
                "\nAdres zamieszkania: ", address(R, "pl"), "\nTelefon: ", phone(R, "PL", kind="mobile"),
                "\n\nPouczony o odpowiedzialności karnej z ", N("art. 233 § 1 k.k.", "statute"), " zeznaję: w dniu ", odate(R, "pl", "incident_date", style="dmy."),
                " widziałem, jak ", P(s), " wyjmował rower z mojej piwnicy."]
        return "statement", "pl", wrap(R, ["Dostałem kopię protokołu. Czy wszystko jest spójne?", "Pomóż mi zrozumieć ten protokół:"],
                                       ["Czy muszę iść do sądu?", "Co oznacza pouczenie z art. 233?"], body)
    if kind == "nl":
        w, s = c.person("nl"), c.person("nl")
        body = ["Proces-verbaal van aangifte\nPolitie eenheid ", N("Oost-Nederland", "authority"), ", BVH-nummer ", N(nonluhn("PL%04d-%d%06d" % (R.randint(1000, 9999), R.choice([2025, 2026]), R.randint(0, 999999))), "case_number"),
                "\n\nAangever: ", P(w), "\nGeboren: ", dob(R, "nl", style="dmy-")[0], "\nBSN: ", L("gov_id", bsn_random(R), sub="nl_bsn"), "\nAdres: ", address(R, "nl"),
                "\nTelefoon: ", phone(R, "NL", kind="mobile"), "\n\nVerklaring: Op ", odate(R, "nl", "incident_date", style="dmy-"), " kocht ik via Marktplaats een iPhone van iemand die zich ",
                P(s), " noemde. Ik betaalde naar ", iban(R, "NL"), " maar ontving niets. Hij gebruikte telefoonnummer ", phone(R, "NL", kind="mobile"), "."]
        return "statement", "nl", wrap(R, ["Ik heb aangifte gedaan, klopt dit proces-verbaal?", "Kun je dit vertalen naar het Engels voor mijn verzekeraar?"],
                                       ["Krijg ik mijn geld terug?", "Wat kan ik nog meer doen?"], body)
    w, s = c.person("us"), c.person("us")
    a, g, n = ssn_random(R)
    body = ["INCIDENT REPORT — Tacoma Police Department\nCase #: ", N("%d-%06d" % (R.choice([25, 26]), R.randint(0, 999999)), "case_number"), "\n\nREPORTING PARTY\nName: ", P(w, "caps"),
            "\nDOB: ", dob(R, "us", style="mdy/")[0], "\nSSN: ", L("gov_id", "%s-%s-%s" % (a, g, n), sub="us_ssn"), "\nAddress: ", address(R, "us"), "\nPhone: ", phone(R, "US"),
            "\n\nNARRATIVE: RP states that on ", odate(R, "us", "incident_date", style="mdy/"), " her ex-partner ", P(s), " opened a credit line in her name. RP will file an FTC identity theft report per ",
            N("15 U.S.C. § 1681c-2", "statute"), "."]
    return "report", "en", wrap(R, ["Here's the police report. Can you help me write the FTC identity theft affidavit based on it?",
                                    "Can you check if this report says what I told the officer?"], ["What should I do next to protect my credit?", "Which credit bureaus do I contact?"], body)


@tpl(24)
def t_poa(R):
    """Powers of attorney and notarial deeds (grantor's id, birth date, address)."""
    c = Ctx(R)
    kind = R.choice(["es", "it", "fr", "de", "pt", "br", "nl", "gb", "in"])
    cc = kind
    g, a = c.person(cc), c.person(cc)
    reg = REG[cc]
    if kind == "es":
        d, l = dni_random(R)
        nt = c.person("es")
        body = ["NÚMERO ", N("%d" % R.randint(100, 3999), "protocol_number"), ".– PODER GENERAL PARA PLEITOS\n\nEn ", R.choice(["Zaragoza", "Bilbao", "Murcia"]), ", a ", odate(R, "es", "deed_date", style="long"),
                ".\n\nAnte mí, ", P(nt), ", Notario del Ilustre Colegio de ", N("Aragón", "authority"), ",\n\nCOMPARECE:\n", ("Don " if g.gender == "m" else "Doña "), P(g), ", mayor de edad, ",
                R.choice(["casado", "soltero", "divorciado"]) if g.gender == "m" else R.choice(["casada", "soltera", "viuda"]), ", nacid%s el " % ("o" if g.gender == "m" else "a"),
                dob(R, "es", style="long")[0], ", vecin%s de " % ("o" if g.gender == "m" else "a"), "la localidad, con domicilio en ", address(R, "es"), " y DNI número ",
                L("gov_id", "%s-%s" % (d, l), sub="es_dni"), ".\n\nOTORGA poder a favor de ", ("Don " if a.gender == "m" else "Doña "), P(a),
                ", procurador de los tribunales, para que pueda representarle en el procedimiento ", N("ordinario %d/%d" % (R.randint(10, 900), R.choice([2025, 2026])), "case_number"),
                ".\n\nCopia simple – sin validez ejecutiva. Arancel: ", N("RD 1426/1989", "statute")]
        rb, ra = ["¿Me explicas qué facultades da exactamente este poder?", "Traduce este poder al inglés, por favor:"], ["¿Puedo revocarlo más adelante?", "¿Hace falta apostilla para usarlo fuera de España?"]
        return "deed", "es", wrap(R, rb, ra, body)
    if kind == "it":
        dt = rdate(R, 1940, 1990)
        town = R.choice(list(BELFIORE))
        body = ["PROCURA SPECIALE\n\nIo sottoscritt%s " % ("o" if g.gender == "m" else "a"), P(g), ", nat%s a %s il " % ("o" if g.gender == "m" else "a", town), dob(R, "it", dt=dt, style="dmy/")[0],
                ", residente in ", address(R, "it"), ", codice fiscale ", L("gov_id", cf_person(R, g, dt, BELFIORE[town]), sub="it_cf"),
                "\n\nNOMINO E COSTITUISCO mi%s procurat%s speciale " % ("o" if a.gender == "m" else "a", "ore" if a.gender == "m" else "rice"), P(a), ", tel. ", phone(R, "IT", kind="mobile"),
                ", affinché in mio nome e per mio conto venda l'immobile sito in ", N("Comune di Lecce, foglio 212, particella 1043, sub 7", "cadastral_ref"),
                " al prezzo non inferiore a ", amount(R, "EUR_de"), ", con facoltà di incassare il prezzo sul conto ", iban(R, "IT"), ".\n\nAutentica di firma: Notaio ",
                N("Rep. n. %d Racc. n. %d" % (R.randint(10000, 99999), R.randint(1000, 29999)), "protocol_number")]
        return "deed", "it", wrap(R, ["Mi spieghi in parole semplici cosa autorizzo con questa procura?", "Controlla se manca qualcosa:"],
                                  ["Serve per forza il notaio?", "Posso limitarla nel tempo?"], body)
    if kind == "fr":
        dt = rdate(R, 1940, 1995)
        body = ["PROCURATION SOUS SEING PRIVÉ\n\nJe soussigné%s, " % ("" if g.gender == "m" else "e"), P(g, "upper"), ", né%s le " % ("" if g.gender == "m" else "e"), dob(R, "fr", dt=dt)[0],
                " à ", R.choice(["Brest", "Tours", "Poitiers"]), ", demeurant ", address(R, "fr"), ", téléphone ", phone(R, "FR"),
                "\n\ndonne procuration à ", P(a, "upper"), ", demeurant ", address(R, "fr"), ",\n\npour me représenter à l'assemblée générale des copropriétaires du ",
                odate(R, "fr", "meeting_date", style="long"), " et voter en mon nom (", N("article 22 de la loi du 10 juillet 1965", "statute"),
                ").\n\nFait pour servir et valoir ce que de droit.\nBon pour pouvoir — signature"]
        return "deed", "fr", wrap(R, ["Tu peux vérifier que ma procuration est valable ?", "Rédige-la de façon plus formelle, stp :"],
                                  ["Il faut la faire légaliser ?", "Le mandataire peut-il voter contre mon avis ?"], body)
    if kind == "de":
        body = ["Vorsorgevollmacht\n\nIch, ", P(g), ", geboren am ", dob(R, "de", style="dmy.")[0], ", wohnhaft ", address(R, "de"), ", Tel. ", phone(R, "DE"),
                "\n\nerteile hiermit\n\n", P(a), ", geboren am ", dob(R, "de", style="dmy.")[0], ", wohnhaft ", address(R, "de"), ", Tel. ", phone(R, "DE", kind=R.choice(["mobile", "mobile7"])),
                "\n\nVollmacht, mich in allen Angelegenheiten zu vertreten, die ich rechtsgeschäftlich regeln kann (", N("§ 164 BGB", "statute"), "; Gesundheitssorge nach ",
                N("§ 1820 BGB", "statute"), "). Die Vollmacht soll im Zentralen Vorsorgeregister der ", N("Bundesnotarkammer, Postfach 08 01 51, 10001 Berlin", "authority_address"),
                " registriert werden.\n\nOrt, Datum: ", R.choice(["Bremen", "Kassel", "Münster", "Rostock"]), ", ", odate(R, "de", "signature_date", style="dmy.")]
        return "deed", "de", wrap(R, ["Ist diese Vorsorgevollmacht so wirksam? Fehlt etwas?", "Kannst du den Text verständlicher formulieren?"],
                                  ["Muss das notariell beurkundet werden?", "Was kostet die Registrierung?"], body)
    if kind == "pt":
        body = ["PROCURAÇÃO\n\n", P(g), ", ", R.choice(["casado", "divorciado"]) if g.gender == "m" else R.choice(["casada", "viúva"]), ", NIF ", L("gov_id", pt_nif(R), sub="pt_nif"),
                ", residente na ", address(R, "pt"), ", constitui sua bastante procurador%s " % ("" if a.gender == "m" else "a"), P(a), ", NIF ", L("gov_id", pt_nif(R), sub="pt_nif"),
                ", a quem confere poderes para o representar junto do ", N("Serviço de Finanças de Braga-1", "authority"), " e para a habilitação de herdeiros.\n\n",
                N("Reconhecimento presencial de assinatura n.º %d/%d" % (R.randint(100, 9999), R.choice([2025, 2026])), "protocol_number")]
        return "deed", "pt", wrap(R, ["Podes rever esta procuração antes de eu a levar ao notário?", "Isto está bem escrito?"],
                                  ["Preciso de reconhecer a assinatura?", "O procurador pode vender a casa com isto?"], body)
    if kind == "br":
        cp = cpf_random(R)
        cp2 = cpf_random(R)
        body = ["PROCURAÇÃO AD JUDICIA ET EXTRA\n\nOUTORGANTE: ", P(g, "caps"), ", brasileir%s, " % ("o" if g.gender == "m" else "a"), R.choice(["casado(a)", "solteiro(a)"]),
                ", nascid%s em " % ("o" if g.gender == "m" else "a"), dob(R, "pt", style="dmy/")[0], ", CPF nº ", L("gov_id", "%s.%s.%s-%s" % (cp[:3], cp[3:6], cp[6:9], cp[9:]), sub="br_cpf"),
                ", residente na ", address(R, "br"), ", telefone ", phone(R, "BR"), "\n\nOUTORGAD%s: Dr%s. " % ("O" if a.gender == "m" else "A", "" if a.gender == "m" else "a"), P(a),
                ", advogad%s inscrit%s na " % (("o", "o") if a.gender == "m" else ("a", "a")), N("OAB/PE sob o nº %d" % R.randint(10000, 59999), "bar_number"), ", CPF ",
                L("gov_id", cp2, sub="br_cpf"), ", com escritório na ", N("Av. Conselheiro Aguiar, 2333, sala 904, Boa Viagem, Recife - PE", "firm_address"),
                "\n\nPODERES: os da cláusula ad judicia (", N("art. 105 do CPC", "statute"), "), especialmente para propor ação de inventário dos bens deixados por ", P(c.person("br")), "."]
        return "deed", "pt", wrap(R, ["Pode conferir se essa procuração está completa?", "Me explica o que quer dizer 'ad judicia et extra':"],
                                  ["Preciso reconhecer firma em cartório?", "Posso usar a mesma procuração pra outro processo?"], body)
    if kind == "nl":
        body = ["VOLMACHT\n\nDe ondergetekende:\n", P(g), ", geboren op ", dob(R, "nl", style="long")[0], " te ", R.choice(["Deventer", "Emmen", "Tilburg"]), ", BSN ",
                L("gov_id", bsn_random(R), sub="nl_bsn"), ", wonende ", address(R, "nl"), ",\n\nverleent hierbij volmacht aan:\n", P(a), ", wonende ", address(R, "nl"),
                ", telefoon ", phone(R, "NL"), ",\n\nom namens hem/haar de nalatenschap te aanvaarden en de bankrekening ", iban(R, "NL"),
                " op te heffen.\n\nKenmerk notaris: ", N("%d.%06d/%s" % (R.choice([2025, 2026]), R.randint(0, 999999), R.choice(["JB", "MV", "PK"])), "file_ref")]
        return "deed", "nl", wrap(R, ["Is deze volmacht zo goed? De notaris wil hem morgen hebben.", "Kun je dit naar het Engels vertalen voor mijn broer?"],
                                  ["Moet mijn handtekening gelegaliseerd worden?", "Kan ik de volmacht beperken?"], body)
    if kind == "gb":
        body = ["Lasting power of attorney — property and financial affairs (my draft answers, LP1F)\n\nSection 1 — The donor\nFull name: ", P(g), "\nDate of birth: ",
                dob(R, "en", y0=1935, y1=1960, style="dmy/")[0], "\nAddress: ", address(R, "gb"), "\nEmail (optional): ", email_of(R, g),
                "\n\nSection 2 — The attorneys\n1) ", P(a), "  DOB ", dob(R, "en", y0=1960, y1=1995, style="dmy/")[0], "  Address: ", address(R, "gb"),
                "  Phone: ", phone(R, "GB", kind="mobile"), "\n\nSection 3 — How should your attorneys make decisions? Jointly and severally\nSection 10 — Certificate provider: ",
                P(c.person("gb")), " (friend of 12 years)\n\nFee: ", N("£92", "amount"), " to the ", N("Office of the Public Guardian, PO Box 16185, Birmingham B2 2WH", "authority_address")]
        return "form", "en", wrap(R, ["I'm helping my dad fill in his LPA. Can you check these answers?", "Anything wrong with this LPA draft?"],
                                  ["Can the certificate provider be a friend?", "What does jointly and severally mean?"], body)
    aa = aadhaar_random(R)
    body = ["GENERAL POWER OF ATTORNEY\n\nKNOW ALL MEN BY THESE PRESENTS that I, ", P(g), ", S/o " if g.gender == "m" else ", D/o ", P(c.person("in", "m"), "full"), ", aged about ", str(R.randint(40, 75)),
            " years, residing at ", address(R, "in"), ", holding Aadhaar No. ", L("gov_id", "%s %s %s" % (aa[:4], aa[4:8], aa[8:]), sub="in_aadhaar"), " and PAN ",
            L("gov_id", pan_random(R, "P", g.family), sub="in_pan"), ", do hereby appoint ", P(a), ", mobile ", phone(R, "IN"),
            ", as my lawful attorney to appear before the ", N("Sub-Registrar, Haveli No. 11, Pune", "authority"), " and to execute the sale deed of Flat No. ",
            N("C-704", "flat_number"), ".\n\nStamp duty paid: ", N("₹500/-", "amount"), " (e-stamp ", N("IN-MH" + luhn_bad(nz(R, 15)) + "X", "stamp_number"), ")"]
    return "deed", "in", wrap(R, ["Please check this GPA draft. Is anything legally missing?", "Can you make this GPA wording more formal?"],
                              ["Does this need to be registered?", "Can the attorney sell without me being present?"], body)


@tpl(18)
def t_inheritance(R):
    """Wills, probate and inheritance declarations (heirs, birth dates, estate account)."""
    c = Ctx(R)
    kind = R.choice(["de", "fr", "es", "it", "nl", "gb", "pl", "se", "us"])
    cc = kind
    dec = c.person(cc)
    heirs = [c.kin(dec) for _ in range(R.randint(2, 3))]
    lang = LANG_OF[cc]
    if kind == "de":
        rows = []
        for h in heirs:
            rows += ["- ", P(h), ", geb. ", dob(R, "de", y0=1960, y1=2000, style="dmy.")[0]] + ([", ", address(R, "de")] if R.random() < 0.5 else [", wohnhaft im Ausland" if R.random() < 0.2 else ""]) + ["\n"]
        body = ["Antrag auf Erteilung eines Erbscheins – meine Notizen für den Termin beim ", N("Nachlassgericht (Amtsgericht Bielefeld)", "court"), "\n\nErblasser: ", P(dec),
                ", geb. ", dob(R, "de", y0=1930, y1=1955, style="dmy.")[0], ", verstorben am ", odate(R, "de", "death_date", style="dmy."), ", letzter Wohnsitz ",
                address(R, "de"), "\n\nGesetzliche Erben (", N("§ 1924 BGB", "statute"), "):\n"] + rows + [
                "\nTestament: keins. Nachlasskonto bei der Sparkasse: ", iban(R, "DE"), "\nAktenzeichen: ", N("%d VI %d/%d" % (R.randint(1, 9), R.randint(100, 999), R.choice([25, 26])), "case_number"),
                "\nKosten nach ", N("KV 12210 GNotKG", "statute"), " — ca. ", amount(R, "EUR_de")]
        rb, ra = ["Stimmt das so mit der Erbfolge? Bitte prüfen.", "Kannst du daraus eine Liste machen, was ich zum Termin mitbringen muss?"], ["Muss ich die eidesstattliche Versicherung selbst abgeben?", "Wie lange dauert so ein Erbschein?"]
    elif kind == "fr":
        rows = []
        for h in heirs:
            rows += ["• ", P(h, "upper"), ", né%s le " % ("" if h.gender == "m" else "e"), dob(R, "fr", y0=1958, y1=2002)[0]] + ([", demeurant ", address(R, "fr")] if R.random() < 0.5 else []) + ["\n"]
        body = ["DÉCLARATION DE SUCCESSION (Cerfa ", N("n° 11277*05", "form_number"), ") – brouillon\n\nDéfunt : ", P(dec, "upper"), "\nDécédé%s le " % ("" if dec.gender == "m" else "e"),
                odate(R, "fr", "death_date", style="dmy/"), " à ", R.choice(["Angers", "Nancy", "Pau"]), "\nDernier domicile : ", address(R, "fr"), "\n\nHéritiers :\n"] + rows + [
                "\nNotaire chargé : ", N("Office notarial des Remparts, 3 place du Ralliement, 49100 Angers", "firm_address"), "\nCompte de la succession : ", iban(R, "FR"),
                "\nAbattement ", N("article 779 du CGI", "statute"), " : ", N("100\u202f000\u00a0€", "amount"), " par enfant."]
        rb, ra = ["Tu peux m'aider à vérifier ce brouillon de déclaration de succession ?", "Explique-moi les abattements ici :"], ["On doit payer combien de droits ?", "Le délai de 6 mois court à partir de quand ?"]
    elif kind == "es":
        rows = []
        for h in heirs:
            d, l = dni_random(R)
            rows += ["- ", P(h), ", DNI ", L("gov_id", d + l, sub="es_dni"), ", nacid%s el " % ("o" if h.gender == "m" else "a"), dob(R, "es", y0=1958, y1=2002, style="dmy/")[0], "\n"]
        body = ["ACTA DE DECLARACIÓN DE HEREDEROS ABINTESTATO – borrador de la notaría\n\nCausante: ", P(dec), ", fallecid%s el " % ("o" if dec.gender == "m" else "a"),
                odate(R, "es", "death_date", style="dmy/"), ", con último domicilio en ", address(R, "es"), "\n\nHerederos declarados:\n"] + rows + [
                "\nCertificado del Registro General de Actos de Última Voluntad negativo. Cuenta del caudal relicto: ", iban(R, "ES"),
                "\nArt. aplicable: ", N("art. 930 del Código Civil", "statute"), "; plazo del Impuesto de Sucesiones: 6 meses."]
        rb, ra = ["¿Está bien este borrador? Somos tres hermanos.", "¿Me explicas qué significa 'abintestato'?"], ["¿Qué pasa con la cuenta del banco ahora?", "¿Cuánto tendremos que pagar de impuesto?"]
    elif kind == "it":
        rows = []
        for h in heirs:
            dt = rdate(R, 1958, 2002)
            town = R.choice(list(BELFIORE))
            rows += ["- ", P(h), " (", ("figlio" if h.gender == "m" else "figlia"), "), C.F. ", L("gov_id", cf_person(R, h, dt, BELFIORE[town]), sub="it_cf"), ", nato/a il ",
                     dob(R, "it", dt=dt, style="dmy/")[0], "\n"]
        dt = rdate(R, 1930, 1955)
        town = R.choice(list(BELFIORE))
        body = ["DICHIARAZIONE DI SUCCESSIONE – dati da inserire\n\nDefunto: ", P(dec), ", C.F. ", L("gov_id", cf_person(R, dec, dt, BELFIORE[town]), sub="it_cf"),
                ", deceduto il ", odate(R, "it", "death_date", style="dmy/"), ", ultima residenza ", address(R, "it"), "\n\nEredi:\n"] + rows + [
                "\nConto corrente cointestato da svincolare: ", iban(R, "IT"), "\nImmobile: ", N("Catasto Fabbricati, foglio 38, mappale 1121, sub. 4, cat. A/2", "cadastral_ref"),
                "\nModello: ", N("Dichiarazione di successione e domanda di volture catastali (mod. 4 SUC)", "form_number")]
        rb, ra = ["Mi aiuti a controllare i dati della successione?", "Manca qualcosa per l'Agenzia delle Entrate?"], ["Entro quando va presentata?", "Le imposte ipotecarie quanto sono?"]
    elif kind == "nl":
        rows = []
        for h in heirs:
            rows += ["- ", P(h), ", geboren ", dob(R, "nl", y0=1960, y1=2000, style="dmy-")[0]] + ([", wonende ", address(R, "nl")] if R.random() < 0.5 else []) + ["\n"]
        body = ["Concept verklaring van erfrecht\n\nDe erflater, ", P(dec), ", laatst gewoond hebbende te ", address(R, "nl"), ", is overleden op ", odate(R, "nl", "death_date", style="long"),
                ".\n\nErfgenamen:\n"] + rows + ["\nUit het Centraal Testamentenregister blijkt geen testament. Rekening van de nalatenschap: ", iban(R, "NL"),
                "\nToepasselijk: ", N("artikel 4:10 BW", "statute"), "\n", N("Notariskantoor Stadsbuiten, Postbus 1120, 8001 BC Zwolle", "firm_address")]
        rb, ra = ["Kun je deze conceptverklaring voor me nalezen?", "Wat betekent dit precies voor ons als kinderen?"], ["Moeten we de erfenis beneficiair aanvaarden?", "Hoe lang duurt dit meestal?"]
    elif kind == "gb":
        rows = []
        for h in heirs:
            rows += ["   ", P(h), " of ", address(R, "gb"), "\n"]
        body = ["LAST WILL AND TESTAMENT (home draft — please check)\n\nI, ", P(dec), " of ", address(R, "gb"), ", born ", dob(R, "en", y0=1938, y1=1965, style="long")[0],
                ", revoke all former wills.\n\n1. I appoint as executors:\n"] + rows[:10] + ["2. I give my estate to those of my children who survive me in equal shares.\n3. I give £2,000 to ",
                N("the RNLI (registered charity no. 209603)", "charity_number"), ".\n\nSigned by the testator in our presence: witnesses ", P(c.person("gb")), " and ", P(c.person("gb")),
                "\n\nNote to self: probate fee ", N("£300", "amount"), ", HMRC form ", N("IHT205", "form_number"), "; ", N("Wills Act 1837, s.9", "statute")]
        rb, ra = ["Is this home-made will valid? Anything obviously missing?", "Can you tidy up the wording of my will?"], ["Can an executor also be a beneficiary?", "Do the witnesses need to be independent?"]
    elif kind == "pl":
        rows = []
        for h in heirs:
            dt = rdate(R, 1960, 2002)
            rows += ["- ", P(h), ", PESEL ", L("gov_id", pesel(R, dt, h.gender), sub="pl_pesel")] + ([", zam. ", address(R, "pl")] if R.random() < 0.5 else []) + ["\n"]
        body = ["Wniosek o stwierdzenie nabycia spadku – projekt\n\nSpadkodawca: ", P(dec), ", zm. ", odate(R, "pl", "death_date", style="dmy."), ", ostatnio zam. ", address(R, "pl"),
                "\n\nUczestnicy postępowania:\n"] + rows + ["\nSąd: ", N("Sąd Rejonowy Lublin-Wschód w Lublinie z siedzibą w Świdniku", "court"), ", opłata ", N("100 zł", "amount"),
                " + ", N("5 zł", "amount"), " za wpis do rejestru (", N("art. 1025 k.c.", "statute"), ")"]
        rb, ra = ["Sprawdź proszę ten wniosek spadkowy.", "Czy dobrze wypisałam uczestników?"], ["Czy lepiej iść do notariusza?", "Ile to trwa w sądzie?"]
    elif kind == "se":
        rows = []
        for h in heirs:
            dt = rdate(R, 1958, 2002)
            rows += [P(h), ", ", L("gov_id", se_pnr(R, dt, h.gender, long=R.random() < 0.5), sub="se_pnr")] + ([", ", address(R, "se")] if R.random() < 0.5 else []) + ["\n"]
        dt = rdate(R, 1930, 1955)
        body = ["BOUPPTECKNING (utkast)\n\nDen avlidne: ", P(dec), ", ", L("gov_id", se_pnr(R, dt, dec.gender, long=True), sub="se_pnr"), ", död ", odate(R, "sv", "death_date", style="sv"),
                "\nSenaste adress: ", address(R, "se"), "\n\nDödsbodelägare:\n"] + rows + ["\nDödsboets konto: ", iban(R, "SE"), "\nBoutredningsförrättare: ", N("Advokatfirman Hjortronet KB", "firm"),
                "\nInges till ", N("Skatteverket, 106 61 Stockholm", "authority_address"), " inom en månad (", N("20 kap. 8 § ärvdabalken", "statute"), ")"]
        rb, ra = ["Kan du kolla om bouppteckningen ser rätt ut?", "Vad betyder dödsbodelägare?"], ["Måste alla dödsbodelägare skriva under?", "Vad händer om vi missar fristen?"]
    else:
        rows = []
        for h in heirs:
            rows += ["  - ", P(h), ", ", address(R, "us"), ", DOB ", dob(R, "us", y0=1962, y1=2004, style="mdy/")[0], "\n"]
        a, g, n = ssn_random(R)
        body = ["Petition for Probate — info sheet for the attorney\n\nDecedent: ", P(dec), "\nSSN: ", L("gov_id", "%s-%s-%s" % (a, g, n), sub="us_ssn"), "\nDate of death: ",
                odate(R, "us", "death_date", style="mdy/"), "\nLast address: ", address(R, "us"), "\n\nHeirs:\n"] + rows + ["\nEstimated estate value: ", amount(R, "USD"),
                "\nCourt: ", N("Superior Court of California, County of Sacramento, 3341 Power Inn Road, Sacramento, CA 95826", "court_address"), "\nForm ", N("DE-111", "form_number"),
                " under ", N("Cal. Prob. Code § 8002", "statute")]
        rb, ra = ["Can you double check this before I send it to the probate attorney?", "Help me organize this info sheet:"], ["Do we need to publish a notice?", "How long does probate take in California?"]
    return "estate", lang, wrap(R, rb, ra, body)


@tpl(20)
def t_divorce_custody(R):
    """Divorce, custody and maintenance agreements (children's names and birth dates, maintenance IBAN)."""
    c = Ctx(R)
    cc = R.choice(["de", "fr", "es", "it", "nl", "gb", "pl", "se", "pt", "us"])
    lang = LANG_OF[cc]
    m = c.person(cc, "f")
    f = c.person(cc, "m")
    kids = [c.kin(f) for _ in range(R.choice([1, 1, 2, 2, 3]))]
    ib = iban(R, {"gb": "GB", "us": "GB"}.get(cc, cc.upper()))
    if cc == "us":
        ib = None
    kid_rows = []
    for k in kids:
        d = dob(R, dl(cc), y0=2009, y1=2022)[0]
        sep = {"de": ", geb. ", "fr": ", né%s le " % ("" if k.gender == "m" else "e"), "es": ", nacid%s el " % ("o" if k.gender == "m" else "a"),
               "it": ", nat%s il " % ("o" if k.gender == "m" else "a"), "nl": ", geboren op ", "en": ", born ", "pl": ", ur. ", "sv": ", född ", "pt": ", nascid%s em " % ("o" if k.gender == "m" else "a")}[lang]
        kid_rows += ["  • ", P(k, "given" if R.random() < 0.3 else "full"), sep, d, "\n"]
    if lang == "de":
        body = ["Scheidungsfolgenvereinbarung (Entwurf)\n\nzwischen\n", P(m), ", ", address(R, "de"), ", Tel. ", phone(R, "DE"), "\nund\n", P(f), ", ", address(R, "de"),
                "\n\n§ 1 Gemeinsame Kinder:\n"] + kid_rows + ["\n§ 2 Die Kinder leben bei der Mutter. Umgang des Vaters jedes zweite Wochenende (Fr 16 Uhr bis So 18 Uhr).\n§ 3 Kindesunterhalt nach der ",
                N("Düsseldorfer Tabelle 2025", "statute"), ", Stufe 4, zahlbar bis zum 3. eines Monats auf das Konto der Mutter ", ib, "\n§ 4 Versorgungsausgleich nach ",
                N("§ 6 VersAusglG", "statute"), " ausgeschlossen.\n\nAz. Familiengericht: ", N("%d F %d/%d" % (R.randint(1, 9), R.randint(100, 999), R.choice([25, 26])), "case_number")]
        rb, ra = ["Kannst du den Entwurf meiner Anwältin auf Unklarheiten prüfen?", "Bitte einfach erklären, was ich da unterschreibe:"], ["Ist der Umgang so üblich?", "Wie berechnet sich Stufe 4?"]
    elif lang == "fr":
        body = ["CONVENTION DE DIVORCE PAR CONSENTEMENT MUTUEL – projet\n\nEntre :\nMadame ", P(m, "upper"), ", demeurant ", address(R, "fr"), ", courriel ", email_of(R, m),
                "\nEt :\nMonsieur ", P(f, "upper"), ", demeurant ", address(R, "fr"), ", tél. ", phone(R, "FR", kind="mobile"), "\n\nEnfants :\n"] + kid_rows + [
                "\nRésidence alternée une semaine sur deux. Contribution à l'entretien : ", amount(R, "EUR_fr"), " par mois et par enfant, versée sur le compte ", ib,
                " (", N("article 373-2-2 du Code civil", "statute"), "). Dépôt au rang des minutes du notaire dans les 7 jours."]
        rb, ra = ["Peux-tu relire ce projet de convention et me signaler ce qui manque ?", "Reformule l'article sur la pension, je ne comprends rien :"], ["La pension est-elle indexée ?", "On peut changer la résidence plus tard ?"]
    elif lang == "es":
        body = ["CONVENIO REGULADOR\n\nDe una parte, D.ª ", P(m), ", con domicilio en ", address(R, "es"), " y teléfono ", phone(R, "ES", kind="mobile"), ".\nDe otra, D. ", P(f),
                ", con domicilio en ", address(R, "es"), ".\n\nHijos menores:\n"] + kid_rows + ["\nGuarda y custodia compartida. Pensión de alimentos: ", amount(R, "EUR_de"),
                " mensuales, en la cuenta ", ib, ", actualizable según IPC (", N("art. 90 CC", "statute"), ").\nUso de la vivienda familiar: la madre, hasta la mayoría de edad del menor."]
        rb, ra = ["¿Me revisas este convenio regulador? Lo firmamos el viernes.", "¿Hay algo que me perjudique aquí?"], ["¿Es normal la custodia compartida así?", "¿Qué pasa si no paga la pensión?"]
    elif lang == "it":
        body = ["RICORSO CONGIUNTO PER SEPARAZIONE CONSENSUALE – bozza\n\nI sigg.ri ", P(m), ", residente in ", address(R, "it"), ", e ", P(f), ", residente in ", address(R, "it"),
                ", tel. ", phone(R, "IT", kind="mobile"), "\n\nFigli:\n"] + kid_rows + ["\nAffidamento condiviso con collocamento prevalente presso la madre. Assegno di mantenimento: ",
                amount(R, "EUR_de"), " mensili da versare su ", ib, " entro il giorno 5 (", N("art. 337-ter c.c.", "statute"), ")."]
        rb, ra = ["Mi controlli questa bozza di ricorso?", "Spiegami cosa significa collocamento prevalente:"], ["Le spese straordinarie come si dividono?", "Serve l'avvocato per forza?"]
    elif lang == "nl":
        body = ["Ouderschapsplan (concept)\n\nOuders: ", P(m), ", ", address(R, "nl"), ", tel. ", phone(R, "NL", kind="mobile"), " en ", P(f), ", ", address(R, "nl"), ", ",
                email_of(R, f), "\n\nKinderen:\n"] + kid_rows + ["\nZorgregeling: co-ouderschap, wisseldag vrijdag uit school. Kinderalimentatie ", amount(R, "EUR_en"),
                " per maand op rekening ", ib, ", geïndexeerd (", N("art. 1:402a BW", "statute"), ").\nMediator: ", N("Mediationpraktijk De Linde, Zwolle", "firm")]
        rb, ra = ["Kun je dit ouderschapsplan nalezen op onduidelijkheden?", "Maak de zorgregeling wat concreter:"], ["Wat als een van ons gaat verhuizen?", "Is dit genoeg voor de rechtbank?"]
    elif lang == "pl":
        body = ["Porozumienie rodzicielskie (projekt)\n\nMatka: ", P(m), ", zam. ", address(R, "pl"), ", tel. ", phone(R, "PL", kind="mobile"), "\nOjciec: ", P(f), ", zam. ", address(R, "pl"),
                "\n\nDzieci:\n"] + kid_rows + ["\nMiejsce zamieszkania dzieci przy matce. Alimenty: ", amount(R, "PLN"), " miesięcznie na rachunek ", ib, " (", N("art. 133 § 1 k.r.o.", "statute"), ")."]
        rb, ra = ["Czy to porozumienie jest dobrze napisane?", "Popraw język, żeby brzmiało formalnie:"], ["Czy sąd to zatwierdzi?", "Jak ustalić kontakty w święta?"]
    elif lang == "sv":
        body = ["Avtal om vårdnad, boende och umgänge (utkast)\n\nFöräldrar: ", P(m), ", ", address(R, "se"), " och ", P(f), ", ", address(R, "se"), ", tel. ", phone(R, "SE"),
                "\n\nBarn:\n"] + kid_rows + ["\nGemensam vårdnad, växelvis boende. Underhåll ", amount(R, "SEK"), " per månad till konto ", ib, ". Avtalet ska godkännas av socialnämnden (",
                N("6 kap. 6 § föräldrabalken", "statute"), ")."]
        rb, ra = ["Kan du läsa igenom vårt avtal?", "Gör texten tydligare, tack:"], ["Behöver socialnämnden godkänna det?", "Vad händer om en flyttar?"]
    elif lang == "pt":
        body = ["ACORDO SOBRE O EXERCÍCIO DAS RESPONSABILIDADES PARENTAIS\n\nProgenitores: ", P(m), ", residente na ", address(R, "pt"), ", e ", P(f), ", tel. ", phone(R, "PT", kind="mobile"),
                "\n\nMenores:\n"] + kid_rows + ["\nResidência com a mãe; pensão de alimentos de ", amount(R, "EUR_de"), " por mês, por transferência para ", ib, " (",
                N("artigo 1905.º do Código Civil", "statute"), ")."]
        rb, ra = ["Podes rever este acordo antes da conferência na Conservatória?", "Isto está claro?"], ["A pensão atualiza-se todos os anos?", "E as férias?"]
    elif cc == "gb":
        body = ["Draft parenting plan + child arrangements (mediation summary)\n\nParent 1: ", P(m), ", ", address(R, "gb"), ", ", phone(R, "GB", kind="mobile"), "\nParent 2: ", P(f), ", ",
                email_of(R, f), "\n\nChildren:\n"] + kid_rows + ["\nLives with Parent 1; alternate weekends and half the school holidays with Parent 2. Child maintenance ", amount(R, "GBP"),
                " a month, paid to ", ib, " (Direct Pay, no ", N("CMS", "authority"), " involvement). Form ", N("C100", "form_number"), " only if mediation fails; MIAM ref ",
                N("MIAM-%d" % R.randint(100000, 999999), "file_ref")]
        rb, ra = ["Can you check our parenting plan for anything vague?", "Can you rewrite this so it's neutral and clear?"], ["Is Direct Pay legally binding?", "What if he stops paying?"]
    else:
        body = ["Stipulated Parenting Plan — draft (Washington)\n\nMother: ", P(m), ", ", address(R, "us"), ", ", phone(R, "US"), "\nFather: ", P(f), ", ", address(R, "us"), ", ", email_of(R, f),
                "\n\nChildren:\n"] + kid_rows + ["\nResidential schedule: week-on/week-off. Child support per ", N("RCW 26.19", "statute"), ": ", amount(R, "USD"),
                " monthly through the ", N("Division of Child Support, PO Box 11520, Tacoma, WA 98411", "authority_address"), ".\nCase No. ", N("%d-3-%05d-%d SEA" % (R.choice([25, 26]), R.randint(0, 99999), R.randint(1, 9)), "case_number")]
        rb, ra = ["Can you look over our parenting plan draft?", "Make this easier to read please:"], ["Is week-on/week-off common?", "How is child support calculated?"]
    return "agreement", lang, wrap(R, rb, ra, body)


COLLECTORS = {
    "de": ("Inkassobüro Rabenfeld GmbH", "Postfach 10 44 20, 28044 Bremen", "0421 33 60 900", "inkasso@rabenfeld-inkasso.de", "DE"),
    "nl": ("Incassobureau Voorpost B.V.", "Postbus 3122, 3003 AC Rotterdam", "010 714 22 00", "incasso@voorpost-incasso.nl", "NL"),
    "fr": ("Cabinet de recouvrement Argance", "BP 40217, 69421 Lyon Cedex 03", "04 72 60 18 00", "recouvrement@argance-recouvrement.fr", "FR"),
    "gb": ("Northgate Credit Recoveries Ltd", "PO Box 7702, Leeds LS1 9WR", "0330 024 7711", "collections@northgatecr.co.uk", "GB"),
    "es": ("Gestión de Cobros Almenara S.L.", "Apartado de Correos 1144, 46080 Valencia", "963 15 40 00", "recobros@almenara-cobros.es", "ES"),
    "it": ("Recupero Crediti Sant'Elmo S.r.l.", "Casella Postale 221, 80100 Napoli", "081 1975 3300", "clienti@santelmo-crediti.it", "IT"),
    "pl": ("Windykacja Bursztyn Sp. z o.o.", "skr. poczt. 88, 80-958 Gdańsk", "58 500 40 40", "biuro@bursztyn-windykacja.pl", "PL"),
    "us": ("Cascade Recovery Services, LLC", "P.O. Box 2209, Portland, OR 97208", "1-800-555-0199", "help@cascaderecovery.example", "US"),
}


@tpl(38)
def t_debt_collection(R):
    c = Ctx(R)
    cc = R.choice(list(COLLECTORS))
    col = COLLECTORS[cc]
    lang = LANG_OF[cc]
    d = c.person(cc)
    ref = luhn_bad(digits(R, R.choice([10, 12, 14])))
    if cc != "us":
        cib = iban(R, col[4], holder="org")
    inst = amount(R, CUR[cc])
    if lang == "de":
        body = [N(col[0], "firm"), " · ", N(col[1], "authority_address"), "\n\n", P(d), "\n", address(R, "de", ml=True), "\n\nForderungsaufstellung – Aktenzeichen ", N(ref, "file_ref"),
                "\nUrsprünglicher Gläubiger: ", N("Telekom Deutschland GmbH", "org"), "\nHauptforderung ", amount(R, "EUR_de"), ", Inkassokosten nach ", N("§ 13e RDG", "statute"),
                ", Zinsen ab ", odate(R, "de", "due_date", style="dmy."), "\n\nZahlen Sie bis zum ", odate(R, "de", "deadline", style="dmy."), " auf ", cib, " (Empfänger: ", N(col[0], "firm"),
                "). Ratenzahlung möglich: Telefon ", N(col[2], "service_phone"), ", ", N(col[3], "role_mailbox"),
                "\n\n---\nMeine Antwort (Entwurf):\nSehr geehrte Damen und Herren, ich bestreite die Forderung dem Grunde nach. Den Vertrag habe ich am ", odate(R, "de", "cancel_date", style="dmy."),
                " gekündigt. Erreichbar bin ich unter ", phone(R, "DE", kind=R.choice(["mobile", "mobile7"])), " oder ", email_of(R, d), ".\nMit freundlichen Grüßen\n", P(d)]
        rb, ra = ["Ist das seriös oder Abzocke? Und passt meine Antwort?", "Bitte meinen Widerspruch sauberer formulieren:"], ["Darf die Inkassokosten so hoch sein?", "Muss ich überhaupt reagieren?"]
    elif lang == "nl":
        body = [N(col[0], "firm"), "\n", N(col[1], "authority_address"), "\n\n", P(d), "\n", address(R, "nl", ml=True), "\n\nBetreft: vordering ", N(ref, "file_ref"), " — veertiendagenbrief\n\n",
                "Uw openstaande bedrag bij ", N("Ziggo B.V.", "org"), " bedraagt ", amount(R, "EUR_en"), ". Betaal binnen 14 dagen na ", odate(R, "nl", "letter_date", style="dmy-"),
                " op ", cib, " o.v.v. het dossiernummer, anders komen incassokosten volgens ", N("het Besluit vergoeding voor buitengerechtelijke incassokosten", "statute"),
                " erbij.\nVragen: ", N(col[2], "service_phone"), "\n\n---\nMijn voorstel voor een regeling: ", inst, " per maand. Bel me gerust: ", phone(R, "NL", kind="mobile"), "\n", P(d, "given")]
        rb, ra = ["Is dit een geldige veertiendagenbrief? En klopt mijn voorstel?", "Help me een betalingsregeling voorstellen:"], ["Mogen ze al kosten rekenen?", "Wat als ik niet kan betalen?"]
    elif lang == "fr":
        body = [N(col[0], "firm"), " — ", N(col[1], "authority_address"), "\n\n", ("Monsieur " if d.gender == "m" else "Madame "), P(d, "upper"), "\n", address(R, "fr", ml=True),
                "\n\nMISE EN DEMEURE AVANT POURSUITES\nDossier ", N(ref, "file_ref"), "\n\nNous vous mettons en demeure de régler ", amount(R, "EUR_fr"), " dû à ", N("SFR", "org"),
                " par virement sur ", cib, " avant le ", odate(R, "fr", "deadline", style="dmy/"), ". (", N("article L. 124-1 du code des procédures civiles d'exécution", "statute"),
                ")\nService clients : ", N(col[2], "service_phone"), "\n\n---\nMa réponse : je conteste, la ligne a été résiliée. Joignable au ", phone(R, "FR", kind="mobile"), "."]
        rb, ra = ["C'est une vraie mise en demeure ou une arnaque ?", "Aide-moi à contester proprement :"], ["Ils peuvent saisir mon compte ?", "Je dois répondre par recommandé ?"]
    elif cc == "gb":
        body = [N(col[0], "firm"), "\n", N(col[1], "authority_address"), "\n\n", P(d), "\n", address(R, "gb", ml=True), "\n\nAccount ref: ", N(ref, "file_ref"), "\nOriginal creditor: ",
                N("Very Group (Shop Direct)", "org"), "\nBalance: ", amount(R, "GBP"), "\n\nNOTICE OF INTENDED LEGAL ACTION\nUnless we receive payment or an acceptable offer by ", odate(R, "en", "deadline", style="long"),
                ", we may recommend our client issues a county court claim. Pay to ", cib, " or by card on ", N("0330 024 7711 (option 2)", "service_phone"),
                ".\n\n---\nmy draft reply: I dispute this debt and request a copy of the credit agreement under ", N("s.78 Consumer Credit Act 1974", "statute"),
                ". Please communicate in writing only. ", P(d), ", DOB ", dob(R, "en", style="dmy/")[0]]
        rb, ra = ["Is this letter legit? Also check my CCA request please.", "Can you make my reply firmer?"], ["Should I include my date of birth?", "Can they actually take me to court?"]
    elif lang == "es":
        body = [N(col[0], "firm"), "\n", N(col[1], "authority_address"), "\n\n", P(d), "\n", address(R, "es", ml=True), "\n\nExpediente ", N(ref, "file_ref"), ": deuda con ",
                N("Vodafone España", "org"), " por ", amount(R, "EUR_de"), ".\nLe ofrecemos un plan de pagos de ", inst, " mensuales mediante transferencia a ", cib,
                ". Si no regulariza antes del ", odate(R, "es", "deadline", style="dmy/"), " podríamos comunicar sus datos a ficheros de morosos (", N("art. 20 LOPDGDD", "statute"),
                ").\n\n---\nMi respuesta: acepto el plan si quitan los intereses. Mi móvil: ", phone(R, "ES", kind="mobile"), ", mi correo ", email_of(R, d)]
        rb, ra = ["¿Esto es legal? Y revísame la respuesta:", "Redáctame una contrapropuesta educada:"], ["¿Pueden meterme en ASNEF?", "¿Prescribe la deuda?"]
    elif lang == "it":
        body = [N(col[0], "firm"), " – ", N(col[1], "authority_address"), "\n\nGent.le ", P(d), "\n", address(R, "it", ml=True), "\n\nPratica n. ", N(ref, "file_ref"), "\nCreditore: ",
                N("Enel Energia S.p.A.", "org"), " – importo ", amount(R, "EUR_de"), "\n\nLa invitiamo a saldare entro il ", odate(R, "it", "deadline", style="dmy/"), " tramite bonifico su ",
                cib, ". Piano di rientro possibile in rate da ", inst, ".\n\n---\nRisposta: chiedo copia delle fatture, non risultano a mio nome. Cell. ", phone(R, "IT", kind="mobile")]
        rb, ra = ["È una lettera seria? Va bene la mia risposta?", "Scrivimi una contestazione formale:"], ["La prescrizione delle bollette è di 2 anni?", "Possono pignorarmi lo stipendio?"]
    elif lang == "pl":
        body = [N(col[0], "firm"), ", ", N(col[1], "authority_address"), "\n\n", P(d), "\n", address(R, "pl", ml=True), "\n\nWEZWANIE DO ZAPŁATY nr ", N(ref, "file_ref"),
                "\nWierzyciel pierwotny: ", N("Play (P4 sp. z o.o.)", "org"), ", kwota ", amount(R, "PLN"), "\nProsimy o wpłatę na rachunek ", cib, " do dnia ", odate(R, "pl", "deadline", style="dmy."),
                ".\n\n---\nOdpowiedź: podnoszę zarzut przedawnienia (", N("art. 117 § 2 k.c.", "statute"), "). Kontakt: ", phone(R, "PL", kind="mobile"), "."]
        rb, ra = ["Czy to wezwanie jest ważne? Sprawdź moją odpowiedź.", "Pomóż mi napisać sprzeciw:"], ["Czy dług się przedawnił?", "Co jeśli dostanę nakaz zapłaty?"]
    else:
        body = [N(col[0], "firm"), "\n", N(col[1], "authority_address"), "\n\n", P(d, "caps"), "\n", address(R, "us", ml=True), "\n\nAccount #: ", N(ref, "file_ref"), "\nBalance due: ",
                amount(R, "USD"), "\n\nThis communication is from a debt collector. Unless you dispute the validity of this debt within 30 days (", N("15 U.S.C. § 1692g", "statute"),
                "), we will assume it is valid.\n\n---\nPayment plan I want to propose — they asked for a card on file: ", card(R), ", billing ZIP on the card is my home address above. Call me at ",
                phone(R, "US"), "."]
        rb, ra = ["Can you help me write a debt validation letter? Here's what they sent:", "Should I give them my card like this?"], ["Is it safe to put my card on file?", "What should the validation letter say?"]
    return "letter", lang, wrap(R, rb, ra, body)


DPO = [("Zalando SE", "datenschutz@zalando.de", "de"), ("bol.com", "privacy@bol.com", "nl"), ("Deliveroo", "dpo@deliveroo.co.uk", "gb"),
       ("Fnac Darty", "dpo@fnacdarty.com", "fr"), ("Glovo", "privacidad@glovoapp.com", "es"), ("Subito.it", "privacy@subito.it", "it"),
       ("Allegro", "dataprotection@allegro.pl", "pl"), ("Vinted", "dpo@vinted.com", "se"), ("Bolt", "privacy@bolt.eu", "pt")]


@tpl(20)
def t_dsar(R):
    """GDPR access requests and the access logs that came back."""
    c = Ctx(R)
    org, mb, cc = R.choice(DPO)
    lang = LANG_OF[cc]
    p = c.person(cc)
    em = email_of(R, p)
    cust = N(R.choice(["CU-", "KD", "", "ID "]) + digits(R, R.choice([7, 8, 9])), "customer_id")
    logs = []
    for i in range(R.randint(2, 3)):
        ip = L("ip", pub_ip(R), sub="ipv4") if R.random() < 0.8 else L("ip", pub_ip6(R), sub="ipv6")
        logs += ["%s-%02d-%02dT%02d:%02d:%02dZ  login  " % (R.choice([2025, 2026]), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
                 ip, "  ", R.choice(["Android 14; app 8.12.0", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5)", "Windows 10; Chrome 124", "macOS; Safari 17.4"]), "\n"]
    if R.random() < 0.4:
        logs += ["2026-01-03T04:11:52Z  password_reset  ", doc_ip(R), "  (internal test)\n"]
    req = {"de": (["Ich habe eine Datenauskunft nach Art. 15 DSGVO bekommen. Was bedeuten die Log-Einträge? Die IPs kenne ich teilweise nicht.",
                   "Hilf mir bitte, eine Beschwerde an die Datenschutzbehörde zu formulieren:"], ["Ist die Auskunft vollständig?", "War das ein fremder Login?"]),
           "nl": (["Ik kreeg dit terug op mijn inzageverzoek (AVG). Zie je verdachte logins?", "Is dit antwoord volledig?"], ["Welke IP's zijn niet van mij?", "Moet ik klagen bij de AP?"]),
           "en": (["I got this back from my subject access request. Do these login IPs look suspicious to you?", "Is this a complete answer to a DSAR? Here's what they sent:"],
                  ["Can you draft a follow-up asking for the missing data?", "One of those IPs isn't me — what should I do?"]),
           "fr": (["Voici la réponse à ma demande d'accès RGPD. Tu vois des connexions suspectes ?", "La réponse est-elle conforme à l'article 15 ?"], ["Je dois saisir la CNIL ?", "Rédige une relance stp"]),
           "es": (["Me han contestado al derecho de acceso. ¿Ves accesos raros?", "¿Está completa esta respuesta?"], ["¿Reclamo a la AEPD?", "Redáctame una reclamación"]),
           "it": (["Ho ricevuto la risposta alla richiesta di accesso GDPR. Ci sono accessi strani?", "La risposta è completa?"], ["Devo fare reclamo al Garante?", "Scrivimi un sollecito"]),
           "pl": (["Dostałam odpowiedź na żądanie dostępu (RODO). Widzisz podejrzane logowania?", "Czy odpowiedź jest pełna?"], ["Złożyć skargę do UODO?", "Napisz ponaglenie"]),
           "sv": (["Jag fick svar på min begäran om registerutdrag. Ser du konstiga inloggningar?", "Är svaret komplett?"], ["Ska jag anmäla till IMY?", "Skriv en påminnelse"]),
           "pt": (["Recebi a resposta ao meu pedido de acesso RGPD. Vês acessos estranhos?", "A resposta está completa?"], ["Devo queixar-me à CNPD?", "Escreve um lembrete"])}[lang]
    art = {"de": "Art. 15 DSGVO", "nl": "artikel 15 AVG", "en": "Article 15 UK GDPR", "fr": "article 15 du RGPD", "es": "art. 15 RGPD", "it": "art. 15 GDPR",
           "pl": "art. 15 RODO", "sv": "artikel 15 i dataskyddsförordningen", "pt": "artigo 15.º do RGPD"}[lang]
    if R.random() < 0.5:
        body = ["From: ", N(mb, "role_mailbox"), "\nTo: ", em, "\nSubject: ", N(art, "statute"), " — ", P(p), "\n\n",
                {"de": "Guten Tag ", "nl": "Beste ", "en": "Dear ", "fr": "Bonjour ", "es": "Hola, ", "it": "Gentile ", "pl": "Dzień dobry, ", "sv": "Hej ", "pt": "Olá "}[lang], P(p, "given"),
                ",\n\n", {"de": "anbei die Auskunft zu Ihrem Konto", "nl": "hierbij de gegevens van uw account", "en": "please find the data held for account", "fr": "voici les données de votre compte",
                          "es": "le remitimos los datos de su cuenta", "it": "in allegato i dati del suo account", "pl": "przesyłamy dane konta", "sv": "här är uppgifterna för ditt konto",
                          "pt": "enviamos os dados da sua conta"}[lang], " ", cust, ".\n\nName: ", P(p), "\nE-mail: ", em, "\nPhone: ", phone(R, REG[cc]), "\nDelivery address: ", address(R, cc),
                "\n\nSign-in history (last 90 days):\n"] + logs + ["\n", N(org, "org"), " Privacy Team — ", N(mb, "role_mailbox")]
    else:
        body = [{"de": "Betreff: Auskunftsersuchen nach ", "nl": "Onderwerp: inzageverzoek op grond van ", "en": "Subject: Subject access request under ", "fr": "Objet : demande d'accès au titre de l'",
                 "es": "Asunto: derecho de acceso, ", "it": "Oggetto: richiesta di accesso ex ", "pl": "Temat: żądanie dostępu, ", "sv": "Ämne: begäran om registerutdrag enligt ", "pt": "Assunto: pedido de acesso, "}[lang],
                N(art, "statute"), "\nTo: ", N(mb, "role_mailbox"), "\n\n", {"de": "Ich bitte um Auskunft über alle zu meiner Person gespeicherten Daten, insbesondere die IP-Adressen der Anmeldungen. Mein Konto: ",
                "nl": "Graag ontvang ik een overzicht van al mijn persoonsgegevens, inclusief inlog-IP's. Account: ", "en": "Please provide all personal data you hold about me, including sign-in IP addresses. Account e-mail: ",
                "fr": "Je vous demande la copie de toutes mes données, y compris les adresses IP de connexion. Compte : ", "es": "Solicito copia de todos mis datos, incluidas las IP de acceso. Cuenta: ",
                "it": "Chiedo copia di tutti i miei dati, inclusi gli IP di accesso. Account: ", "pl": "Proszę o kopię wszystkich moich danych, w tym adresów IP logowań. Konto: ",
                "sv": "Jag begär ut alla personuppgifter om mig, inklusive IP-adresser vid inloggning. Konto: ", "pt": "Peço cópia de todos os meus dados, incluindo IPs de acesso. Conta: "}[lang],
                em, " (", cust, ").\n", {"de": "Ich vermute, dass sich jemand unbefugt angemeldet hat – bekannt sind mir nur diese IPs: ", "nl": "Ik vermoed misbruik; mijn eigen IP's zijn: ",
                "en": "I believe someone else accessed my account; my own IPs are: ", "fr": "Je soupçonne un accès frauduleux ; mes IP habituelles : ", "es": "Sospecho un acceso ajeno; mis IP habituales: ",
                "it": "Sospetto un accesso non autorizzato; i miei IP: ", "pl": "Podejrzewam nieuprawnione logowanie; moje IP: ", "sv": "Jag misstänker intrång; mina IP: ", "pt": "Suspeito de acesso indevido; os meus IPs: "}[lang]] + \
               [L("ip", pub_ip(R), sub="ipv4"), ", ", L("ip", pub_ip(R), sub="ipv4"), "\n\n", P(p), "\n", address(R, cc), "\n\n--- their reply, log extract ---\n"] + logs
    return "email", lang, wrap(R, req[0], req[1], body)


@tpl(32)
def t_employment(R):
    c = Ctx(R)
    kind = R.choice(["et1", "de", "fr", "ie", "us", "nl", "es"])
    cc = {"et1": "gb"}.get(kind, kind)
    lang = LANG_OF[cc]
    p, boss = c.person(cc), c.person(cc)
    if kind == "et1":
        body = ["ET1 claim form — my answers (draft)\n\n2.1 Title: ", "Mr" if p.gender == "m" else "Ms", "\n2.2 First name: ", L("person", p.given, sub="gb"), "\n2.3 Surname: ",
                L("person", p.family, sub="gb"), "\n2.4 Date of birth: ", dob(R, "en", style="dmy/")[0], "\n2.5 Address: ", address(R, "gb"), "\n2.6 Phone: ", phone(R, "GB", kind="mobile"),
                "\n2.7 Email: ", email_of(R, p), "\n3.1 Respondent: ", N("Brackenfield Logistics Ltd", "employer"), ", ", N("Unit 4, Kingsway Business Park, Rochdale OL16 4NW", "employer_address"),
                "\n   ACAS early conciliation certificate: ", N("R%06d/25/%02d" % (R.randint(0, 999999), R.randint(10, 99)), "acas_number"),
                "\n8.2 Details: I was dismissed on ", odate(R, "en", "dismissal_date", style="long"), " after raising a grievance about my manager, ", P(boss),
                ", who ", R.choice(["shouted at me in front of customers", "changed my shifts without notice", "made comments about my pregnancy"]), ". Claim under ",
                N("s.98 Employment Rights Act 1996", "statute"), " and ", N("s.18 Equality Act 2010", "statute"), "."]
        rb, ra = ["Can you improve section 8.2? It needs to be clearer for the tribunal.", "Check my ET1 answers please:"], ["Is the time limit 3 months less a day?", "Should I name my manager?"]
    elif kind == "de":
        body = ["Kündigungsschutzklage – Entwurf zur Einreichung beim ", N("Arbeitsgericht Köln, Pohligstraße 9, 50969 Köln", "court_address"), "\n\nKläger" + ("in" if p.gender == "f" else "") + ": ",
                P(p), ", geb. ", dob(R, "de", style="dmy.")[0], ", ", address(R, "de"), ", Tel. ", phone(R, "DE", kind=R.choice(["mobile", "mobile7"])),
                "\n\ngegen\n\n", N("Rheinufer Gastro GmbH", "employer"), ", vertreten durch den Geschäftsführer ", P(boss), "\n\nAntrag: festzustellen, dass das Arbeitsverhältnis durch die Kündigung vom ",
                odate(R, "de", "dismissal_date", style="dmy."), " nicht aufgelöst wird (", N("§ 4 KSchG", "statute"), "). Bruttomonatsverdienst: ", amount(R, "EUR_de")]
        rb, ra = ["Kann ich die Klage so selbst einreichen? Bitte prüfen.", "Formulier das bitte etwas juristischer:"], ["Ist die 3-Wochen-Frist noch drin?", "Was kostet das?"]
    elif kind == "fr":
        body = ["Requête au ", N("Conseil de prud'hommes de Nantes", "court"), " – brouillon\n\nDemandeur : ", P(p, "upper"), ", né%s le " % ("" if p.gender == "m" else "e"), dob(R, "fr")[0],
                ", ", address(R, "fr"), ", ", phone(R, "FR", kind="mobile"), ", ", email_of(R, p), "\n\nDéfendeur : ", N("SAS Atelier Quillard", "employer"), ", représentée par ", P(boss),
                "\n\nObjet : licenciement sans cause réelle et sérieuse du ", odate(R, "fr", "dismissal_date", style="dmy/"), " ; rappel d'heures supplémentaires (", N("article L. 1235-3 du Code du travail", "statute"), ")."]
        rb, ra = ["Tu peux relire ma requête aux prud'hommes ?", "Améliore la partie objet stp :"], ["Le barème Macron s'applique ?", "Je peux y aller sans avocat ?"]
    elif kind == "ie":
        pp = ppsn(R)
        body = ["WRC complaint form — notes\n\nComplainant: ", P(p), "\nPPSN: ", L("gov_id", pp, sub="ie_ppsn"), "\nAddress: ", address(R, "ie"), "\nMobile: ", phone(R, "IE", kind="mobile"),
                "\nEmail: ", email_of(R, p), "\n\nRespondent: ", N("Corrib Hospitality Group DAC", "employer"), " (supervisor ", P(boss), ")\nComplaint: unpaid Sunday premium under ",
                N("s.14 Organisation of Working Time Act 1997", "statute"), " from ", odate(R, "en", "period_date", style="dmy/")]
        rb, ra = ["Help me word this WRC complaint:", "Is this enough detail for the WRC?"], ["Is there a time limit?", "Do I need a solicitor?"]
    elif kind == "us":
        body = ["EEOC inquiry — intake notes\n\nName: ", P(p), "\nDOB: ", dob(R, "us", style="mdy/")[0], "\nHome address: ", address(R, "us"), "\nCell: ", phone(R, "US"), "\nEmail: ", email_of(R, p),
                "\n\nEmployer: ", N("Blue Heron Fulfillment Inc.", "employer"), " (~400 employees)\nSupervisor: ", P(boss), "\nBasis: age (", N("ADEA, 29 U.S.C. § 621", "statute"), "); last day ",
                odate(R, "us", "dismissal_date", style="mdy/"), "\nCharge must be filed within 180 days."]
        rb, ra = ["Can you turn these notes into a clear timeline for my EEOC interview?", "Organize this for the intake call:"], ["Is 180 or 300 days right for Washington?", "What evidence should I bring?"]
    elif kind == "nl":
        body = ["Verzoekschrift kantonrechter (arbeidszaak) – concept\n\nVerzoeker: ", P(p), ", geboren ", dob(R, "nl", style="dmy-")[0], ", ", address(R, "nl"), ", ", phone(R, "NL", kind="mobile"),
                "\nVerweerder: ", N("Havenbedrijf Noordkop B.V.", "employer"), ", leidinggevende ", P(boss), "\nVerzoek: billijke vergoeding wegens ernstig verwijtbaar handelen (", N("art. 7:681 BW", "statute"), ")."]
        rb, ra = ["Kun je dit concept verbeteren?", "Is dit duidelijk voor de kantonrechter?"], ["Welke termijn geldt?", "Wat is een redelijke vergoeding?"]
    else:
        d, l = dni_random(R)
        body = ["Papeleta de conciliación (SMAC) – borrador\n\nSolicitante: ", P(p), ", DNI ", L("gov_id", "%s%s" % (d, l), sub="es_dni"), ", domicilio ", address(R, "es"), ", tel. ",
                phone(R, "ES", kind="mobile"), "\nEmpresa: ", N("Hostelería Bahía Azul S.L.", "employer"), ", gerente ", P(boss), "\nMotivo: despido improcedente de fecha ",
                odate(R, "es", "dismissal_date", style="dmy/"), " (", N("art. 56 ET", "statute"), ")."]
        rb, ra = ["¿Me revisas la papeleta de conciliación?", "Redacta mejor los hechos:"], ["¿Cuántos días tengo?", "¿Qué indemnización me corresponde?"]
    return "form", lang, wrap(R, rb, ra, body)


HOME = {"in": ("IN", "India", "Indien", "India", "Inde", "India"), "tr": ("TR", "Turkey", "der Türkei", "Turkije", "Turquie", "Turquía"),
        "br": ("BR", "Brazil", "Brasilien", "Brazilië", "Brésil", "Brasil"), "mx": ("MX", "Mexico", "Mexiko", "Mexico", "Mexique", "México")}


@tpl(22)
def t_immigration(R):
    """Immigration and residence appeals (passport numbers in context)."""
    c = Ctx(R)
    kind = R.choice(["gb", "us", "de", "nl", "fr", "es", "ie"])
    lang = LANG_OF[kind]
    nat = R.choice([("in", "Indian"), ("tr", "Turkish"), ("br", "Brazilian"), ("mx", "Mexican")])
    p = c.person(nat[0])
    sp = c.person(kind)
    pn = L("gov_id", passport(R, nat[0]), sub="%s_passport" % nat[0])
    if kind == "gb":
        body = ["Appeal to the First-tier Tribunal (Immigration and Asylum Chamber) — grounds (draft)\n\nAppellant: ", P(p), "\nDate of birth: ", dob(R, "en", style="dmy/")[0],
                "\nNationality: ", nat[1], "\nPassport number: ", pn, "\nHome Office ref: ", L("gov_id", "%s%07d" % (R.choice("ABCDFGHKLMPRSW"), R.randint(1000000, 9999999)), sub="gb_ho_ref"),
                "\nAddress for service: ", address(R, "gb"), "\nPhone: ", phone(R, "GB", kind="mobile"), *([("\nPhone (%s): ") % HOME[nat[0]][1], phone(R, HOME[nat[0]][0], kind="mobile" if nat[0] != "mx" else None, text_region="GB")] if R.random() < 0.5 else []), "\n\nGround 1: The refusal of ", odate(R, "en", "decision_date", style="dmy/"),
                " breaches ", N("Article 8 ECHR", "statute"), ". The appellant lives with her partner, ", P(sp), ", a British citizen, at the address above. See ", N("Razgar [2004] UKHL 27", "precedent"), "."]
        rb, ra = ["Can you strengthen ground 1? The deadline is in 14 days.", "Please check this appeal draft:"], ["Should I cite more cases?", "Is the address for service right?"]
    elif kind == "us":
        body = ["EOIR-26 Notice of Appeal — attachment notes\n\nRespondent: ", P(p, "caps"), "\nA-Number: ", L("gov_id", "A-2%02d-%03d-%03d" % (R.randint(0, 99), R.randint(0, 999), R.randint(0, 999)), sub="us_a_number"),
                "\nDOB: ", dob(R, "us", style="mdy/")[0], "\nPassport (", nat[1], "): ", pn, "\nAddress: ", address(R, "us"), "\nPhone: ", phone(R, "US"), *([("\nPhone in %s: ") % HOME[nat[0]][1], phone(R, HOME[nat[0]][0], kind="mobile" if nat[0] != "mx" else None, text_region="US")] if R.random() < 0.5 else []),
                "\n\nThe Immigration Judge erred in finding the respondent not credible. See ", N("Matter of Acosta, 19 I&N Dec. 211 (BIA 1985)", "precedent"), "; ", N("8 C.F.R. § 1003.3", "statute"),
                ".\nU.S. citizen spouse: ", P(sp), ", ", email_of(R, sp)]
        rb, ra = ["Help me organize these appeal notes into a clear statement:", "Can you make this more persuasive?"], ["Is the 30-day deadline from the decision date?", "Do I need a lawyer for the BIA?"]
    elif kind == "de":
        body = ["Widerspruch gegen die Ablehnung der Aufenthaltserlaubnis – Entwurf\n\nAn die ", N("Ausländerbehörde Bremen, Stresemannstraße 48, 28207 Bremen", "authority_address"),
                "\n\nName: ", P(p), "\nGeburtsdatum: ", dob(R, "de", style="dmy.")[0], "\nStaatsangehörigkeit: ", {"in": "indisch", "tr": "türkisch", "br": "brasilianisch", "ru": "russisch", "mx": "mexikanisch"}[nat[0]],
                "\nReisepass-Nr.: ", pn, "\nAnschrift: ", address(R, "de"), "\nTelefon: ", phone(R, "DE", kind="mobile"), *([("\nTelefon in %s: ") % HOME[nat[0]][2], phone(R, HOME[nat[0]][0], kind="mobile" if nat[0] != "mx" else None, text_region="DE")] if R.random() < 0.5 else []), "\n\nHiermit lege ich gegen den Bescheid vom ", odate(R, "de", "decision_date", style="dmy."),
                " Widerspruch ein. Ich bin mit ", P(sp), " verheiratet (", N("§ 28 Abs. 1 Nr. 1 AufenthG", "statute"), ")."]
        rb, ra = ["Kannst du meinen Widerspruch verbessern?", "Ist das so formal korrekt?"], ["Welche Frist gilt?", "Brauche ich einen Anwalt?"]
    elif kind == "nl":
        body = ["Bezwaarschrift IND – concept\n\nNaam: ", P(p), "\nGeboortedatum: ", dob(R, "nl", style="dmy-")[0], "\nV-nummer: ", L("gov_id", "%010d" % R.randint(1000000000, 9999999999), sub="nl_v_number"),
                "\nPaspoortnummer: ", pn, "\nAdres: ", address(R, "nl"), "\nTelefoon: ", phone(R, "NL", kind="mobile"), *([("\nTelefoon in %s: ") % HOME[nat[0]][3], phone(R, HOME[nat[0]][0], kind="mobile" if nat[0] != "mx" else None, text_region="NL")] if R.random() < 0.5 else []), "\nE-mail: ", email_of(R, p),
                "\n\nIk maak bezwaar tegen de beslissing van ", odate(R, "nl", "decision_date", style="dmy-"), ". Mijn partner ", P(sp), " voldoet aan het inkomensvereiste (",
                N("art. 3.22 Vb 2000", "statute"), ")."]
        rb, ra = ["Kun je mijn bezwaarschrift sterker maken?", "Klopt dit formeel?"], ["Hoe lang duurt bezwaar bij de IND?", "Mag ik tijdens bezwaar hier blijven?"]
    elif kind == "fr":
        body = ["Recours gracieux – refus de titre de séjour\n\nÀ l'attention du ", N("Préfet de Maine-et-Loire, place Michel Debré, 49934 Angers Cedex 9", "authority_address"),
                "\n\nNom, prénom : ", P(p, "upper"), "\nNé%s le : " % ("" if p.gender == "m" else "e"), dob(R, "fr")[0], "\nPasseport n° ", pn, "\nN° AGDREF : ",
                L("gov_id", "%010d" % R.randint(1000000000, 9999999999), sub="fr_agdref"), "\nAdresse : ", address(R, "fr"), "\nTél. : ", phone(R, "FR", kind="mobile"), *([("\nTél. (%s): ") % HOME[nat[0]][4], phone(R, HOME[nat[0]][0], kind="mobile" if nat[0] != "mx" else None, text_region="FR")] if R.random() < 0.5 else []),
                "\n\nJe sollicite le réexamen de ma demande au regard de ", N("l'article L. 423-23 du CESEDA", "statute"), " ; je vis avec ", P(sp), " depuis quatre ans."]
        rb, ra = ["Tu peux améliorer mon recours gracieux ?", "Corrige les fautes stp :"], ["Je dois aussi faire un recours au tribunal administratif ?", "Quel délai ?"]
    elif kind == "es":
        nie = nie_random(R)
        body = ["Recurso de reposición – denegación de residencia\n\nA la ", N("Oficina de Extranjería de Murcia, avenida Gran Vía 13, 30071 Murcia", "authority_address"),
                "\n\nNombre: ", P(p), "\nFecha de nacimiento: ", dob(R, "es", style="dmy/")[0], "\nPasaporte: ", pn, "\nNIE: ", L("gov_id", "%s%s%s" % nie, sub="es_nie"),
                "\nDomicilio: ", address(R, "es"), "\nTeléfono: ", phone(R, "ES", kind="mobile"), *([("\nTeléfono en %s: ") % HOME[nat[0]][5], phone(R, HOME[nat[0]][0], kind="mobile" if nat[0] != "mx" else None, text_region="ES")] if R.random() < 0.5 else []), "\n\nEXPONE que la resolución de ", odate(R, "es", "decision_date", style="dmy/"),
                " no valoró el arraigo familiar con ", P(sp), " (", N("art. 124 RD 1155/2024", "statute"), ")."]
        rb, ra = ["¿Me ayudas a mejorar este recurso?", "Revisa la redacción por favor:"], ["¿Tengo un mes para presentarlo?", "¿Puedo trabajar mientras tanto?"]
    else:
        body = ["Appeal — Irish Naturalisation and Immigration Service (ISD) — draft letter\n\nName: ", P(p), "\nDOB: ", dob(R, "en", style="dmy/")[0], "\nPassport no.: ", pn,
                "\nIRP card no.: ", L("gov_id", "%s%07d" % (R.choice("ABCDE"), R.randint(1000000, 9999999)), sub="ie_irp"), "\nAddress: ", address(R, "ie"), "\nMobile: ", phone(R, "IE", kind="mobile"), *([("\nMobile (%s): ") % HOME[nat[0]][1], phone(R, HOME[nat[0]][0], kind="mobile" if nat[0] != "mx" else None, text_region="IE")] if R.random() < 0.5 else []),
                "\n\nI wish to appeal the refusal dated ", odate(R, "en", "decision_date", style="dmy/"), ". My partner ", P(sp), " and I have lived together since 2021."]
        rb, ra = ["Can you make this appeal letter more convincing?", "Please check the tone of this appeal:"], ["What documents should I enclose?", "How long do appeals take?"]
    return "letter", lang, wrap(R, rb, ra, body)


@tpl(18)
def t_legal_aid(R):
    c = Ctx(R)
    kind = R.choice(["gb", "de", "nl", "fr", "ie", "in"])
    lang = LANG_OF[kind]
    p = c.person(kind)
    q = c.kin(p)
    if kind == "gb":
        pr, nn, sfx = nino_random(R)
        body = ["CW1 Legal Help form — client details (typed up from my notes)\n\nSurname: ", L("person", p.family, sub="gb"), "   First name: ", L("person", p.given, sub="gb"),
                "\nDate of birth: ", dob(R, "en", style="dmy/")[0], "   NI number: ", L("gov_id", "%s %s %s %s %s" % (pr, nn[:2], nn[2:4], nn[4:], sfx), sub="gb_nino"),
                "\nAddress: ", address(R, "gb"), "\nPhone: ", phone(R, "GB", kind="mobile"), "\nPartner: ", P(q), " (DOB ", dob(R, "en", style="dmy/")[0], ")",
                "\nBenefits: Universal Credit (passported)\nCategory of law: Housing — possession claim ", N("H0%dCL%03d" % (R.randint(1, 9), R.randint(100, 999)), "case_number"),
                "\nProvider: ", N("Ashgate Law Centre, 21 Vicar Lane, Sheffield S1 2EX", "firm_address"), ", account no. ", N("2P%03dK" % R.randint(100, 999), "lsa_account")]
        rb, ra = ["Is anything missing from these CW1 details?", "Can you check my client's legal aid form?"], ["Does UC passport her on means?", "Do we need the partner's income too?"]
    elif kind == "de":
        body = ["Antrag auf Beratungshilfe (", N("§ 1 BerHG", "statute"), ") – meine Angaben\n\nName, Vorname: ", P(p, "inv"), "\nGeburtsdatum: ", dob(R, "de", style="dmy.")[0],
                "\nAnschrift: ", address(R, "de"), "\nTelefon: ", phone(R, "DE"), "\nFamilienstand: verheiratet mit ", P(q), "\nEinkommen: Bürgergeld, Bescheid vom ", odate(R, "de", "letter_date", style="dmy."),
                "\nKonto: ", iban(R, "DE"), "\nAngelegenheit: Mieterhöhung nach ", N("§ 558 BGB", "statute"), "\nZuständig: ", N("Amtsgericht Kassel, Frankfurter Straße 9, 34117 Kassel", "court_address")]
        rb, ra = ["Habe ich den Beratungshilfeschein-Antrag richtig ausgefüllt?", "Bitte prüfen:"], ["Welche Belege brauche ich?", "Muss das Konto angegeben werden?"]
    elif kind == "nl":
        body = ["Aanvraag toevoeging (Raad voor Rechtsbijstand) – gegevens voor mijn advocaat\n\nNaam: ", P(p), "\nBSN: ", L("gov_id", bsn_random(R), sub="nl_bsn"), "\nGeboortedatum: ",
                dob(R, "nl", style="dmy-")[0], "\nAdres: ", address(R, "nl"), "\nTelefoon: ", phone(R, "NL", kind="mobile"), "\nPartner: ", P(q), ", BSN ", L("gov_id", bsn_random(R), sub="nl_bsn"),
                "\nZaak: ontslag op staande voet, ", N("art. 7:677 BW", "statute"), "\nEigen bijdrage: ", N("€ 243", "amount")]
        rb, ra = ["Mijn advocaat vraagt deze gegevens, is dit compleet?", "Kun je dit netjes in een mail zetten?"], ["Waarom hebben ze het BSN van mijn partner nodig?", "Hoe hoog wordt de eigen bijdrage?"]
    elif kind == "fr":
        dt = rdate(R, 1960, 2002)
        bd, key = nir_random(R, sex="1" if p.gender == "m" else "2", yy=dt[0] % 100, mm=dt[1])
        body = ["Demande d'aide juridictionnelle (Cerfa ", N("n° 16146*03", "form_number"), ") – mes réponses\n\nNom : ", L("person", p.family.upper(), sub="fr"), "\nPrénom : ",
                L("person", p.given, sub="fr"), "\nDate de naissance : ", dob(R, "fr", dt=dt, style="dmy/")[0], "\nN° de sécurité sociale : ", L("gov_id", bd + " " + key, sub="fr_nir"),
                "\nAdresse : ", address(R, "fr"), "\nTéléphone : ", phone(R, "FR", kind="mobile"), "\nCourriel : ", email_of(R, p), "\nConjoint : ", P(q),
                "\nProcédure : divorce, ", N("articles 229 et suivants du Code civil", "statute"), "\nRevenu fiscal de référence : ", amount(R, "EUR_fr")]
        rb, ra = ["Tu peux vérifier ma demande d'AJ ?", "J'ai bien rempli ?"], ["Je suis éligible à l'AJ totale ?", "Faut-il mettre les revenus du conjoint ?"]
    elif kind == "ie":
        body = ["Legal Aid Board application — details\n\nName: ", P(p), "\nPPSN: ", L("gov_id", ppsn(R), sub="ie_ppsn"), "\nDOB: ", dob(R, "en", style="dmy/")[0], "\nAddress: ", address(R, "ie"),
                "\nMobile: ", phone(R, "IE", kind="mobile"), "\nSpouse: ", P(q), "\nMatter: judicial separation; ", N("Judicial Separation and Family Law Reform Act 1989", "statute"),
                "\nLaw centre: ", N("Legal Aid Board, Law Centre, 1st Floor, Popes Quay, Cork", "authority_address"), "\nContribution: ", N("€30", "amount")]
        rb, ra = ["Can you check this legal aid application?", "Is this clear enough?"], ["Does my spouse's income count?", "How long is the waiting list?"]
    else:
        aa = aadhaar_random(R)
        body = ["Application for free legal aid — District Legal Services Authority, ", N("Pune", "authority"), "\n\nName: ", P(p), "\nFather's/Husband's name: ", P(q),
                "\nDate of birth: ", dob(R, "in", style="dmy/")[0], "\nAadhaar: ", L("gov_id", "%s %s %s" % (aa[:4], aa[4:8], aa[8:]), sub="in_aadhaar"), "\nAddress: ", address(R, "in"),
                "\nMobile: ", phone(R, "IN"), "\nAnnual income: ", N("₹1,80,000", "amount"), "\nNature of dispute: maintenance under ", N("Section 144 BNSS", "statute"),
                "\nEligibility: woman applicant, ", N("Section 12(c) Legal Services Authorities Act, 1987", "statute")]
        rb, ra = ["Please check this legal aid application for my sister.", "Is this format ok?"], ["Is she eligible?", "Which documents should we attach?"]
    return "form", lang, wrap(R, rb, ra, body)


@tpl(24)
def t_contract_parties(R):
    """Contracts with the parties' blocks (CPF/CNPJ, NIF, codice fiscale, DNI, Steuer-ID where listed)."""
    c = Ctx(R)
    kind = R.choice(["br", "pt", "it", "es", "de", "fr", "in"])
    lang = LANG_OF[kind]
    a, b = c.person(kind), c.person(kind)
    if kind == "br":
        cp = cpf_random(R)
        body = ["CONTRATO DE PRESTAÇÃO DE SERVIÇOS ADVOCATÍCIOS\n\nCONTRATANTE: ", P(a, "caps"), ", brasileir%s, CPF " % ("o" if a.gender == "m" else "a"),
                L("gov_id", "%s.%s.%s-%s" % (cp[:3], cp[3:6], cp[6:9], cp[9:]), sub="br_cpf"), ", RG ", L("gov_id", sp_rg(R), sub="br_rg"), " SSP/SP",
                ", residente na ", address(R, "br"), ", telefone ", phone(R, "BR", kind="mobile"), ", e-mail ", email_of(R, a), "\n\nCONTRATADA: ", N("Azevedo Toledo Sociedade de Advogados", "firm"),
                ", CNPJ ", N(cnpj(R), "cnpj"), ", registrada na ", N("OAB/SP sob o nº 12.345", "bar_number"), ", neste ato representada por ", P(b),
                "\n\nHONORÁRIOS: ", amount(R, "BRL"), " + 20% do proveito econômico (", N("art. 22 da Lei 8.906/94", "statute"), "), via Pix para a chave ", N("CNPJ da contratada", "pix_key_ref"), "."]
        rb, ra = ["Pode revisar esse contrato de honorários?", "Tem alguma cláusula abusiva aqui?"], ["20% é normal?", "Posso rescindir depois?"]
    elif kind == "pt":
        body = ["CONTRATO DE ARRENDAMENTO HABITACIONAL\n\nPRIMEIRO OUTORGANTE (senhorio): ", P(a), ", NIF ", L("gov_id", pt_nif(R), sub="pt_nif"), ", residente na ", address(R, "pt"),
                "\nSEGUNDO OUTORGANTE (arrendatário): ", P(b), ", NIF ", L("gov_id", pt_nif(R), sub="pt_nif"), ", telemóvel ", phone(R, "PT", kind="mobile"),
                "\n\nRenda mensal: ", amount(R, "EUR_de"), ", a pagar por transferência para ", iban(R, "PT"), " até ao dia 8 (", N("artigo 1075.º do Código Civil", "statute"),
                "). Caução: dois meses. Registo nas Finanças: ", N("Modelo 2", "form_number")]
        rb, ra = ["Podes rever este contrato de arrendamento?", "Falta alguma cláusula importante?"], ["A caução de dois meses é legal?", "Quem paga o IMI?"]
    elif kind == "it":
        dt1, dt2 = rdate(R, 1950, 1995), rdate(R, 1950, 1995)
        t1, t2 = R.choice(list(BELFIORE)), R.choice(list(BELFIORE))
        body = ["SCRITTURA PRIVATA DI COMODATO D'USO GRATUITO\n\nTra ", P(a), ", nat%s a %s il " % ("o" if a.gender == "m" else "a", t1), dob(R, "it", dt=dt1, style="dmy/")[0], ", C.F. ",
                L("gov_id", cf_person(R, a, dt1, BELFIORE[t1]), sub="it_cf"), ", residente in ", address(R, "it"), " (comodante)\n\ne\n\n", P(b), ", nat%s a %s il " % ("o" if b.gender == "m" else "a", t2),
                dob(R, "it", dt=dt2, style="dmy/")[0], ", C.F. ", L("gov_id", cf_person(R, b, dt2, BELFIORE[t2]), sub="it_cf"), ", tel. ", phone(R, "IT", kind="mobile"),
                " (comodatario)\n\nsi conviene la concessione in comodato dell'immobile ", N("censito al N.C.E.U. foglio 7, part. 455, sub 3", "cadastral_ref"), " (", N("artt. 1803 ss. c.c.", "statute"), ")."]
        rb, ra = ["Va bene questo comodato? Va registrato?", "Correggi il testo, per favore:"], ["Serve registrarlo all'Agenzia delle Entrate?", "Posso riprendermi la casa quando voglio?"]
    elif kind == "es":
        d1, l1 = dni_random(R)
        nie = nie_random(R)
        body = ["CONTRATO DE COMPRAVENTA DE VEHÍCULO ENTRE PARTICULARES\n\nREUNIDOS\nDe una parte, como VENDEDOR, ", P(a), ", con DNI ", L("gov_id", "%s-%s" % (d1, l1), sub="es_dni"),
                " y domicilio en ", address(R, "es"), ".\nDe otra, como COMPRADOR, ", P(b), ", con NIE ", L("gov_id", "%s-%s-%s" % nie, sub="es_nie"), " y teléfono ", phone(R, "ES", kind="mobile"),
                ".\n\nPrecio: ", amount(R, "EUR_de"), ", abonado mediante transferencia a la cuenta ", iban(R, "ES"), ". Matrícula ", N("%04d %s" % (R.randint(0, 9999), "".join(R.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3))), "plate"),
                ". El comprador abonará el ", N("Modelo 620", "form_number"), " (", N("art. 1445 CC", "statute"), ")."]
        rb, ra = ["¿Está bien este contrato de compraventa?", "Revísamelo antes de firmar mañana:"], ["¿Hace falta notario?", "¿Quién paga el cambio de titularidad?"]
    elif kind == "de":
        body = ["Darlehensvertrag unter Privatpersonen\n\nDarlehensgeber: ", P(a), ", geb. ", dob(R, "de", style="dmy.")[0], ", ", address(R, "de"), ", Steuer-ID ",
                L("gov_id", " ".join(split_groups(steuerid_random(R), [2, 3, 3, 3])), sub="de_steuerid"), "\nDarlehensnehmer: ", P(b), ", geb. ", dob(R, "de", style="dmy.")[0], ", ", address(R, "de"),
                "\n\n§ 1 Darlehensbetrag: ", amount(R, "EUR_de"), ", Auszahlung auf ", iban(R, "DE"), "\n§ 2 Zins: 2 % p. a.; die Zinsen sind vom Darlehensgeber als Einkünfte aus Kapitalvermögen zu versteuern (",
                N("§ 20 Abs. 1 Nr. 7 EStG", "statute"), ")\n§ 3 Rückzahlung in Raten bis ", odate(R, "de", "deadline", style="dmy.")]
        rb, ra = ["Ist dieser Darlehensvertrag so rechtssicher?", "Bitte auf Lücken prüfen:"], ["Muss die Steuer-ID wirklich rein?", "Brauchen wir einen Notar?"]
    elif kind == "fr":
        body = ["RECONNAISSANCE DE DETTE\n\nJe soussigné%s " % ("" if b.gender == "m" else "e"), P(b, "upper"), ", né%s le " % ("" if b.gender == "m" else "e"), dob(R, "fr")[0], ", demeurant ",
                address(R, "fr"), ", reconnais devoir à ", P(a, "upper"), ", demeurant ", address(R, "fr"), ", la somme de ", amount(R, "EUR_fr"),
                " que je m'engage à rembourser par virements mensuels sur le compte ", iban(R, "FR"), " (", N("article 1376 du Code civil", "statute"), ").\n\nFait à ",
                R.choice(["Quimper", "Pau"]), ", le ", odate(R, "fr", "signature_date", style="dmy/")]
        rb, ra = ["Cette reconnaissance de dette est-elle valable ?", "Tu peux la rendre plus solide ?"], ["Faut-il écrire la somme en lettres ?", "Faut-il la faire enregistrer ?"]
    else:
        aa = aadhaar_random(R)
        body = ["RENT AGREEMENT\n\nThis agreement is made at Pune on ", odate(R, "in", "signature_date", style="dmy/"), " between ", P(a), ", PAN ", L("gov_id", pan_random(R, "P", a.family), sub="in_pan"),
                ", residing at ", address(R, "in"), " (LICENSOR) and ", P(b), ", Aadhaar ", L("gov_id", "%s %s %s" % (aa[:4], aa[4:8], aa[8:]), sub="in_aadhaar"), ", mobile ", phone(R, "IN"),
                " (LICENSEE).\n\nLicence fee ", N("₹28,000/-", "amount"), " per month; deposit ", N("₹1,50,000/-", "amount"), ". Registered under ", N("Section 55 of the Maharashtra Rent Control Act, 1999", "statute"), "."]
        rb, ra = ["Please review this leave and licence agreement.", "Any clause I should worry about?"], ["Is 11 months standard?", "Is the deposit refundable by law?"]
    return "contract", lang, wrap(R, rb, ra, body)


def _pick(c, mix):
    for cu in c.R.sample(mix, len(mix)):
        try:
            return c.person(cu)
        except AssertionError:
            continue
    return c.person("in")


@tpl(8)
def t_case_csv(R):
    """A law firm's case-management CSV export."""
    c = Ctx(R)
    cc = R.choice(["gb", "de", "nl", "es", "us", "fr", "it"])
    lang = LANG_OF[cc]
    hdr = {"en": "matter_no,client,client_dob,phone,email,opponent,matter_type,opened,fee_earner,status",
           "de": "Akte;Mandant;Geburtsdatum;Telefon;E-Mail;Gegner;Rechtsgebiet;angelegt;Sachbearbeiter;Status",
           "nl": "dossier;cliënt;geboortedatum;telefoon;e-mail;wederpartij;rechtsgebied;geopend;behandelaar;status",
           "es": "expediente;cliente;fecha_nac;teléfono;email;contrario;materia;apertura;letrado;estado",
           "fr": "dossier;client;date_naissance;téléphone;email;adversaire;matière;ouverture;avocat;statut",
           "it": "pratica;cliente;data_nascita;telefono;email;controparte;materia;apertura;avvocato;stato"}[lang]
    sep = "," if lang == "en" else ";"
    types = {"en": ["Conveyancing", "Family", "Employment", "PI", "Probate", "Landlord & Tenant"], "de": ["Mietrecht", "Familienrecht", "Arbeitsrecht", "Verkehrsrecht", "Erbrecht"],
             "nl": ["huurrecht", "familierecht", "arbeidsrecht", "letselschade"], "es": ["Familia", "Laboral", "Civil", "Penal"], "fr": ["Famille", "Prud'hommes", "Baux", "Succession"],
             "it": ["Famiglia", "Lavoro", "Locazioni", "Successioni"]}[lang]
    status = {"en": ["open", "closed", "on hold", "awaiting funds"], "de": ["offen", "abgelegt", "ruht"], "nl": ["lopend", "gesloten"], "es": ["abierto", "archivado"],
              "fr": ["en cours", "clos"], "it": ["aperta", "chiusa"]}[lang]
    mix = {"gb": ["gb", "gb", "ie", "in"], "us": ["us", "us", "in", "ca"], "de": ["de", "de", "at", "tr", "pl"], "nl": ["nl", "nl", "be", "tr"],
           "es": ["es", "es", "it", "br"], "fr": ["fr", "fr", "be", "ca"], "it": ["it", "it", "br", "pl"]}[cc]
    staff = [c.person(cc) for _ in range(2)]
    rows = [hdr, "\n"]
    for i in range(R.randint(2, 3)):
        p, o = _pick(c, mix), _pick(c, mix)
        mno = "%s-%d-%04d" % (R.choice(["M", "A", "D", "PR"]), R.choice([2024, 2025, 2026]), R.randint(1, 9999))
        pl = P(p, "inv") if (lang == "en" and R.random() < 0.3) else P(p)
        name_cell = ['"', pl, '"'] if ("," in pl.value and sep == ",") else [pl]
        cells = [N(mno, "matter_number"), sep] + name_cell + [sep]
        cells += [dob(R, dl(cc), style={"en": "dmy/", "us": "mdy/"}.get(dl(cc), "iso") if R.random() < 0.7 else "iso")[0] if R.random() < 0.8 else "", sep,
                  phone(R, REG[cc]), sep, email_of(R, p) if R.random() < 0.8 else "", sep, P(o) if R.random() < 0.8 else "", sep, R.choice(types), sep,
                  odate(R, "en", "opened_date", style="iso"), sep, N("".join(w[0] for w in R.choice(staff).full.split()).upper(), "initials"), sep, R.choice(status), "\n"]
        rows += cells
    reqs = {"en": (["Exported this from our case management system. Can you turn it into a summary table by matter type?", "Can you find duplicate clients in this export?"],
                   ["Which matters are missing a DOB?", "Sort these by opening date please"]),
            "de": (["Export aus unserer Kanzleisoftware. Kannst du mir eine Übersicht nach Rechtsgebiet machen?", "Finde bitte doppelte Mandanten:"], ["Welche Akten ruhen?", "Bitte nach Datum sortieren."]),
            "nl": (["Export uit ons dossiersysteem. Maak er een overzicht per rechtsgebied van?", "Zie je dubbele cliënten?"], ["Welke dossiers zijn nog open?", "Sorteer op datum."]),
            "es": (["Exportación de nuestro programa de gestión. ¿Me haces un resumen por materia?", "¿Hay clientes duplicados?"], ["¿Cuáles siguen abiertos?", "Ordena por fecha."]),
            "fr": (["Export de notre logiciel de cabinet. Tu peux faire un tableau par matière ?", "Des doublons ?"], ["Lesquels sont en cours ?", "Trie par date."]),
            "it": (["Export dal gestionale dello studio. Mi fai un riepilogo per materia?", "Ci sono clienti doppi?"], ["Quali pratiche sono aperte?", "Ordina per data."])}[lang]
    return "csv", lang if cc != "us" else "en", wrap(R, reqs[0], reqs[1], rows)


@tpl(12)
def t_case_json(R):
    c = Ctx(R)
    cc = R.choice(["us", "gb", "de", "nl", "au", "ca", "es"])
    lang = "en" if cc in ("us", "gb", "au", "ca") else LANG_OF[cc]
    p, o, s = c.person(cc), c.person(cc), c.person(cc)
    body = ['{\n  "matter": {\n    "id": "', N("%d" % R.randint(100000, 999999), "matter_id"), '",\n    "number": "', N("%s-%04d" % (R.choice(["LIT", "FAM", "EMP", "EST"]), R.randint(1, 9999)), "matter_number"),
            '",\n    "court_case_no": "', N(R.choice(["2:25-cv-0%04d" % R.randint(1000, 9999), "KB-2025-00%04d" % R.randint(1000, 9999), "%d O %d/25" % (R.randint(1, 30), R.randint(10, 999))]), "case_number"),
            '",\n    "practice_area": "', R.choice(["Family", "Employment", "Litigation", "Estates"]), '",\n    "opened_at": "', N("2025-%02d-%02dT09:%02d:00Z" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 59)), "timestamp"),
            '"\n  },\n  "client": {\n    "first_name": "', L("person", p.given, sub=cc), '",\n    "last_name": "', L("person", p.family, sub=cc), '",\n    "date_of_birth": "',
            dob(R, "en", style="iso")[0], '",\n    "email": "', email_of(R, p), '",\n    "phone": "', phone(R, REG[cc]), '",\n    "address": "', address(R, cc), '"\n  },\n  "opposing_party": { "name": "',
            P(o), '", "counsel": "', N(R.choice(["Brightwater Legal LLP", "Kanzlei Tannhof", "Oakhurst & Vale"]), "firm"), '" },\n  "responsible_attorney": { "name": "', P(s), '", "bar_no": "',
            N(R.choice(["WSBA #%d" % R.randint(10000, 59999), "SRA %d" % R.randint(100000, 899999), "RAK-%d" % R.randint(1000, 9999)]), "bar_number"), '", "email": "', email_of(R, s, R.choice(["brightwaterlegal.com", "oakhurstvale.co.uk"])),
            '" },\n  "portal": { "last_login_ip": "', L("ip", pub_ip(R), sub="ipv4"), '", "webhook": "https://api.example.com/hooks/matters" }\n}']
    reqs = {"en": (["Our practice management API returns this. Can you write a TypeScript interface for it?", "Why does my import fail on this record?"], ["Which fields are PII here?", "Map this to our CSV columns please"]),
            "de": (["Unsere Kanzlei-API liefert das. Schreib mir bitte ein Python-Dataclass dafür.", "Warum schlägt der Import hier fehl?"], ["Welche Felder sind personenbezogen?", "Mappe das auf unsere Spalten."]),
            "nl": (["Onze API geeft dit terug. Kun je er een Pydantic-model voor maken?", "Waarom faalt de import?"], ["Welke velden zijn persoonsgegevens?", "Zet dit om naar CSV."]),
            "es": (["Nuestra API devuelve esto. ¿Me haces el modelo en TypeScript?", "¿Por qué falla la importación?"], ["¿Qué campos son datos personales?", "Pásalo a CSV."])}[lang]
    return "json", lang, wrap(R, reqs[0], reqs[1], body)


@tpl(26)
def t_ediscovery(R):
    """E-discovery and evidence notes quoting leaked credentials."""
    c = Ctx(R)
    cc = R.choice(["us", "gb", "de", "nl", "ca", "au"])
    lang = "en" if cc in ("us", "gb", "ca", "au") else LANG_OF[cc]
    cust, other = c.person(cc), c.person(cc)
    kinds = R.sample(["aws", "gh", "slack", "pw", "dsn", "jwt", "stripe", "pem"], R.randint(2, 4))
    ev = []
    for k in kinds:
        if k == "aws":
            ev += ["  - config/deploy.sh line 14: AWS_ACCESS_KEY_ID=", L("secret", secret_random(R, "aws_access_key_id"), sub="aws_access_key_id"), "\n    AWS_SECRET_ACCESS_KEY=",
                   L("secret", secret_random(R, "aws_secret_access_key"), sub="aws_secret_access_key"), "\n"]
        elif k == "gh":
            ev += ["  - Slack DM, ", odate(R, "en", "message_date", style="iso"), ": \"use my token ", L("secret", secret_random(R, "github_pat"), sub="github_pat"), " to pull the repo before you go\"\n"]
        elif k == "slack":
            ev += ["  - notes.txt on the USB stick: ", L("secret", secret_random(R, "slack_token"), sub="slack_token"), "\n"]
        elif k == "pw":
            ev += ["  - personal Gmail draft \"logins\": VPN ", L("email", "%s@%s" % (_slug(cust.given) + "." + _slug(cust.family)[:1] + str(R.randint(1, 99)), R.choice(["gmail.com", "outlook.com"])), sub="personal"),
                   " / ", L("secret", password(R), sub="password"), "\n"]
        elif k == "dsn":
            ev += ["  - .env in exported repo: DATABASE_URL=postgres://crm_admin:", L("secret", password(R).replace("@", "#"), sub="password"), "@db.internal:5432/crm\n"]
        elif k == "jwt":
            ev += ["  - HAR file from the laptop, Authorization: Bearer ", L("secret", secret_random(R, "jwt"), sub="jwt"), "\n"]
        elif k == "stripe":
            ev += ["  - screenshot OCR: ", L("secret", secret_random(R, "stripe").replace("sk_test_", "sk_live_"), sub="stripe"), "\n"]
        else:
            ev += ["  - id_rsa found in ~/Downloads:\n", L("secret", secret_random(R, "pem"), sub="pem"), "\n"]
    if lang == "en":
        co = R.choice([("Hollowmere Analytics v. Former Employee", "hollowmere.io", "HOLL"), ("Quillon Data Ltd v Departed Staff", "quillondata.co.uk", "QDL"),
                       ("Tarnbrook Systems Inc. v. Vexley Labs", "tarnbrook.com", "TARN")])
        body = ["PRIVILEGED & CONFIDENTIAL — ATTORNEY WORK PRODUCT\nMatter: ", N(co[0], "matter_name"),
                " | Review batch ", N("REV-%04d" % R.randint(1, 9999), "batch_id"), " | Bates ", N("%s%07d-%s%07d" % (co[2], R.randint(1000, 4000), co[2], R.randint(4001, 9000)), "bates"),
                "\n\nCustodian: ", P(cust), " (", email_of(R, cust, co[1]), "), device imaged ", odate(R, "en", "image_date", style="iso"),
                "\nHot documents — credentials found in the custodian's data (quote exactly in the expert report, rotate before production):\n"] + ev + [
                "\nVPN logs show logins from ", L("ip", pub_ip(R), sub="ipv4"), " (custodian's home broadband) and from ", L("ip", pub_ip(R), sub="ipv4"), " after termination; ",
                N("10.20.0.0/16", "cidr"), " is the office range. Forwarded to ", P(other), " at the new employer. Privilege log entry ", N("PRIV-%03d" % R.randint(1, 999), "privlog"),
                ". ", N("Fed. R. Civ. P. 26(b)(5)", "statute")]
        rb = ["Draft a short summary of these review notes for the partner. Keep the credential quotes exact.", "Can you format these evidence notes into a table for the expert report?"]
        ra = ["Should we redact the keys before production?", "What's the best way to describe the post-termination logins?"]
    elif lang == "de":
        body = ["VERTRAULICH – Beweissicherung, Az. ", N("%d O %d/25" % (R.randint(1, 30), R.randint(10, 999)), "case_number"), "\n\nBetroffener Mitarbeiter: ", P(cust), ", dienstlich ",
                email_of(R, cust, "nordlicht-software.de"), "\nForensisches Image vom ", odate(R, "de", "image_date", style="dmy."), "\nFundstellen (Zugangsdaten, wörtlich zitiert):\n"] + ev + [
                "\nVPN-Anmeldungen nach Austritt von ", L("ip", pub_ip(R), sub="ipv4"), "; Weitergabe an ", P(other), " vermutet (", N("§ 23 GeschGehG", "statute"), ")."]
        rb, ra = ["Fass diese Beweisnotizen bitte für den Schriftsatz zusammen, Zitate unverändert lassen.", "Mach daraus eine Tabelle:"], ["Müssen wir die Schlüssel schwärzen?", "Reicht das für eine einstweilige Verfügung?"]
    else:
        body = ["VERTROUWELIJK – bewijsnotities, zaak ", N("C/13/%d" % R.randint(700000, 799999), "case_number"), "\n\nMedewerker: ", P(cust), ", zakelijk ", email_of(R, cust, "duinvogel-it.nl"),
                "\nImage gemaakt op ", odate(R, "nl", "image_date", style="dmy-"), "\nGevonden inloggegevens (letterlijk):\n"] + ev + [
                "\nInlog na ontslag vanaf ", L("ip", pub_ip(R), sub="ipv4"), "; gedeeld met ", P(other), "."]
        rb, ra = ["Vat deze bewijsnotities samen voor de dagvaarding, citaten letterlijk laten.", "Zet dit in een tabel:"], ["Moeten we de sleutels zwart maken?", "Is dit genoeg voor beslag?"]
    return "notes", lang, wrap(R, rb, ra, body)


@tpl(22)
def t_lawyer_chat(R):
    """Chat with a lawyer over a messenger (WhatsApp/Signal/Telegram export)."""
    c = Ctx(R)
    cc = R.choice(["gb", "de", "fr", "es", "it", "nl", "br", "pl", "tr", "in", "us", "pt"])
    lang = LANG_OF[cc]
    cl, lw = c.person(cc), c.person(cc)
    reg = REG[cc]
    stamp = R.choice(["wa", "tg", "sig"])

    base = (R.randint(1, 27), R.randint(1, 12), R.choice([2025, 2026]), R.randint(8, 18) * 60)
    clock = [base[3]]

    def ts(i):
        clock[0] += R.choice([1, 2, 3, 5, 12, 40])
        d, mo, h, mi = base[0] + clock[0] // 1440, base[1], (clock[0] // 60) % 24, clock[0] % 60
        if stamp == "wa":
            return "[%02d/%02d/%d, %02d:%02d:%02d] " % (d, mo, base[2], h, mi, R.randint(0, 59))
        if stamp == "tg":
            return "%02d.%02d.%d %02d:%02d - " % (d, mo, base[2], h, mi)
        return "%d-%02d-%02d %02d:%02d " % (base[2], mo, d, h, mi)
    CL = lambda: P(cl, "given") if R.random() < 0.6 else P(cl)
    role = {"en": ["Solicitor", "My lawyer", "Lawyer (divorce)"], "de": ["Anwältin", "RA Kanzlei", "Anwalt Scheidung"], "fr": ["Maître", "Avocate", "Avocat divorce"],
            "es": ["Abogada", "Abogado despacho"], "it": ["Avvocato", "Avv. studio"], "nl": ["Advocaat", "Mijn advocaat"], "pt": ["Advogada", "Dr. advogado"],
            "pl": ["Adwokat", "Mecenas"], "tr": ["Avukat", "Av. Bey"], "in": ["Advocate", "Lawyer sir"]}.get(lang, ["Lawyer"])
    lw_role = R.choice(role) if R.random() < 0.5 else None
    LW = (lambda: N(lw_role, "role_sender")) if lw_role else (lambda: P(lw, R.choice(["full", "given"])))
    T = {
        "en": ["Hi, it's {c}. The bailiffs left a notice today, photo below", "Don't panic. Send me the full address where they left it and your date of birth for the court search",
               "address", "dob", "Thanks. Also they want my bank details for the refund:", "iban", "Got it. Call me on my mobile tomorrow morning, not the office line", "phone",
               "Case reference for your records", "ref"],
        "de": ["Hallo, hier ist {c}. Der Gerichtsvollzieher war heute da", "Keine Sorge. Schicken Sie mir bitte Ihre genaue Anschrift und Ihr Geburtsdatum für die Akte",
               "address", "dob", "Für die Rückzahlung brauchen die meine Kontonummer:", "iban", "Erreichen Sie mich morgen am besten mobil", "phone", "Unser Aktenzeichen", "ref"],
        "fr": ["Bonjour Maître, c'est {c}. J'ai reçu un commandement de payer", "Pas de panique. Envoyez-moi votre adresse exacte et votre date de naissance",
               "address", "dob", "Pour le remboursement ils demandent mon RIB :", "iban", "Appelez-moi demain sur mon portable", "phone", "Référence du dossier", "ref"],
        "es": ["Hola, soy {c}. Me ha llegado una notificación del juzgado", "Tranquila/o. Pásame tu domicilio completo y tu fecha de nacimiento para el escrito",
               "address", "dob", "Para la devolución me piden la cuenta:", "iban", "Mañana llámame al móvil mejor", "phone", "Número de procedimiento", "ref"],
        "it": ["Buongiorno avvocato, sono {c}. Mi è arrivata una notifica", "Nessun problema. Mi manda indirizzo completo e data di nascita per la procura?",
               "address", "dob", "Per il rimborso chiedono l'IBAN:", "iban", "Domani mi chiami sul cellulare", "phone", "Numero di ruolo", "ref"],
        "nl": ["Hoi, met {c}. De deurwaarder is langs geweest", "Geen paniek. Stuur me je volledige adres en geboortedatum voor het dossier",
               "address", "dob", "Voor de terugbetaling willen ze mijn rekeningnummer:", "iban", "Bel me morgen op mijn mobiel", "phone", "Zaaknummer", "ref"],
        "pt": ["Boa tarde doutor(a), aqui é {c}. Chegou uma intimação", "Calma. Me manda o endereço completo e a data de nascimento pra procuração",
               "address", "dob", "Pro reembolso pedem a conta:", "iban", "Amanhã me liga no celular", "phone", "Número do processo", "ref"],
        "pl": ["Dzień dobry, tu {c}. Przyszedł nakaz zapłaty", "Spokojnie. Proszę przesłać dokładny adres i datę urodzenia do pełnomocnictwa",
               "address", "dob", "Do zwrotu potrzebują mojego numeru konta:", "iban", "Proszę jutro dzwonić na komórkę", "phone", "Sygnatura", "ref"],
        "tr": ["Merhaba avukat bey/hanım, ben {c}. Tebligat geldi", "Endişelenmeyin. Vekaletname için tam adresinizi ve doğum tarihinizi gönderin",
               "address", "dob", "İade için IBAN istiyorlar:", "iban", "Yarın cepten arayın lütfen", "phone", "Dosya numarası", "ref"],
        "in": ["Good morning sir, this is {c}. Received the court summons today", "Don't worry. Please share your full address and DOB for the vakalatnama",
               "address", "dob", "Also they are asking bank details for refund of the deposit", "iban", "Call me on my mobile tomorrow", "phone", "Case no.", "ref"],
    }
    t = T.get(lang, T["en"])
    refs = {"en": "Claim No. %s" % ("K%dQZ%03d" % (R.randint(10, 99), R.randint(100, 999))), "de": "%d C %d/25" % (R.randint(1, 30), R.randint(10, 999)),
            "fr": "RG %d/%05d" % (R.choice([24, 25]), R.randint(100, 99999)), "es": "Monitorio %d/2025" % R.randint(10, 2999), "it": "R.G. %d/2025" % R.randint(1000, 40000),
            "nl": "C/13/%d" % R.randint(700000, 799999), "pt": cnj(R, 2025, "26", "0100") if cc == "br" else "Proc. %d/25.0T8PRT" % R.randint(100, 9999),
            "pl": "I Nc %d/25" % R.randint(100, 9999), "tr": "2025/%d Esas" % R.randint(100, 999), "in": "CC No. %d of 2025" % R.randint(100, 999)}
    ibcc = {"gb": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "br": None, "pl": "PL", "tr": "TR", "in": None, "us": None, "pt": "PT"}[cc]
    lines = []
    i = 0
    intro = t[0].split("{c}")
    lines += [ts(0), CL(), ": ", intro[0]] + ([P(cl, "full"), intro[1]] if len(intro) > 1 else []) + ["\n"]
    lines += [ts(1), LW(), ": ", t[1], "\n"]
    lines += [ts(2), CL(), ": ", address(R, cc), "\n", dob(R, dl(cc))[0], "\n"]
    if R.random() < 0.7:
        if ibcc:
            lines += [ts(3), CL(), ": ", t[4], "\n", iban(R, ibcc), "\n"]
        elif cc == "br":
            cp = cpf_random(R)
            lines += [ts(3), CL(), ": ", t[4], "\n", "chave Pix = meu CPF ", L("gov_id", "%s.%s.%s-%s" % (cp[:3], cp[3:6], cp[6:9], cp[9:]), sub="br_cpf"), "\n"]
        else:
            lines += [ts(3), CL(), ": ", "card for the retainer: " if cc == "us" else "paid the fee with my card: ", card(R), "\n"]
    lines += [ts(4), CL(), ": ", t[6], " ", phone(R, reg, kind="mobile" if reg in ("GB", "DE", "FR", "NL", "PL", "IE", "TR", "IT", "ES", "PT", "BR") else None), "\n"]
    lines += [ts(5), LW(), ": ", t[8], ": ", N(refs.get(lang, refs["en"]) if cc != "br" else refs["pt"], "case_number"), "\n"]
    i = 6
    if R.random() < 0.4:
        lines += [ts(i), LW(), ": ", {"en": "Please don't send passwords here, but for the portal your temporary password is ", "de": "Ihr vorläufiges Passwort fürs Mandantenportal: ",
                                      "fr": "Votre mot de passe provisoire pour l'espace client : ", "es": "Tu contraseña provisional del portal: ", "it": "Password provvisoria del portale: ",
                                      "nl": "Je tijdelijke wachtwoord voor het cliëntportaal: ", "pt": "Sua senha provisória do portal: ", "pl": "Tymczasowe hasło do portalu: ",
                                      "tr": "Portal geçici şifreniz: ", "in": "Temporary password for the client portal: "}.get(lang, ""), L("secret", password(R), sub="password"), "\n"]
    reqs = {"en": (["This is my chat with my lawyer. Can you summarise what I still need to do?", "Exported chat with my solicitor, list the action items please"], ["Was it ok to send my bank details on WhatsApp?", "What should I prepare for tomorrow's call?"]),
            "de": (["Chatverlauf mit meinem Anwalt. Was muss ich jetzt noch erledigen?", "Fass den Chat bitte zusammen:"], ["War es okay, die Kontodaten per WhatsApp zu schicken?", "Was soll ich für das Telefonat vorbereiten?"]),
            "fr": (["Ma conversation avec mon avocate. Tu peux résumer ce qu'il me reste à faire ?", "Résume ce fil stp"], ["C'était risqué d'envoyer mon RIB par WhatsApp ?", "Je prépare quoi pour l'appel ?"]),
            "es": (["Chat con mi abogada. ¿Qué me queda por hacer?", "Resúmeme esta conversación"], ["¿Fue mala idea mandar la cuenta por WhatsApp?", "¿Qué preparo para la llamada?"]),
            "it": (["Chat con il mio avvocato. Cosa devo ancora fare?", "Riassumi la chat per favore"], ["Ho fatto male a mandare l'IBAN su WhatsApp?", "Cosa preparo per la telefonata?"]),
            "nl": (["Chat met mijn advocaat. Wat moet ik nog doen?", "Vat dit gesprek samen"], ["Was het slim om mijn rekeningnummer via WhatsApp te sturen?", "Wat moet ik voorbereiden?"]),
            "pt": (["Conversa com meu advogado. O que ainda falta eu fazer?", "Resume essa conversa"], ["Foi seguro mandar isso pelo WhatsApp?", "O que preparo pra ligação?"]),
            "pl": (["Czat z moją adwokatką. Co jeszcze muszę zrobić?", "Podsumuj rozmowę"], ["Czy bezpiecznie było wysłać numer konta?", "Co przygotować na rozmowę?"]),
            "tr": (["Avukatımla yazışmam. Daha ne yapmam gerekiyor?", "Bu yazışmayı özetler misin?"], ["IBAN'ı WhatsApp'tan göndermem sorun olur mu?", "Telefon için ne hazırlamalıyım?"]),
            "in": (["Chat with my advocate, please list what I need to do next", "Summarise this chat for me"], ["Was it safe to share bank details on WhatsApp?", "What to prepare for the call?"])}
    rq = reqs.get(lang, reqs["en"])
    return "chat_export", lang, wrap(R, rq[0], rq[1], lines)


@tpl(26)
def t_ja(R):
    c = Ctx(R)
    a, b = c.person("ja"), c.person("ja")
    kind = R.choice(["naiyo", "sojo", "jidan"])
    if kind == "naiyo":
        body = ["通知書（内容証明郵便）\n\n", odate(R, "ja", "letter_date"), "\n\n", address(R, "ja"), "\n", P(b), " 殿\n\n", address(R, "ja"), "\n通知人　", P(a), "\n電話　",
                phone(R, "JP"), "\n\n貴殿に対し、", odate(R, "ja", "contract_date"), "付金銭消費貸借契約に基づく貸付金", amount(R, "JPY"), "の返還を求めます。本書到達後14日以内に下記口座へお支払いください。\n",
                N("みずほ銀行 渋谷支店 普通 1234567", "bank_account_jp"), "\n期限内にお支払いがない場合は、", N("民法第587条", "statute"), "に基づき法的措置をとります。"]
        rb, ra = ["内容証明を送る前に、この文面で問題ないか確認してもらえますか？", "もう少し丁寧だけど強い表現に直してください："], ["相手が受け取り拒否したらどうなりますか？", "少額訴訟に進むべき？"]
    elif kind == "sojo":
        body = ["訴状\n\n", N("東京簡易裁判所", "court"), "　御中\n\n原告　", P(a), "\n住所　", address(R, "ja"), "\n電話　", phone(R, "JP"), "\n生年月日　", dob(R, "ja")[0],
                "\n\n被告　", P(b), "\n住所　", address(R, "ja"), "\n\n請求の趣旨\n1　被告は、原告に対し、", amount(R, "JPY"), "を支払え。\n2　訴訟費用は被告の負担とする。\n\n",
                N("令和7年(ハ)第%d号" % R.randint(100, 9999), "case_number"), "\n（", N("民事訴訟法第368条", "statute"), "）"]
        rb, ra = ["少額訴訟の訴状を書いてみました。おかしいところがあれば教えてください。", "この訴状を英語に翻訳してください："], ["印紙代はいくらですか？", "証拠は何を付ければいい？"]
    else:
        body = ["示談書\n\n甲（加害者）　", P(a), "\n住所　", address(R, "ja"), "\n\n乙（被害者）　", P(b), "\n住所　", address(R, "ja"), "\n電話　", phone(R, "JP"),
                "\n\n甲は乙に対し、", odate(R, "ja", "incident_date"), "に発生した事故の示談金として", amount(R, "JPY"), "を支払う。乙は本件に関し、今後一切の請求をしない。\n\n弁護士 ",
                N("第二東京弁護士会 登録番号%d" % R.randint(10000, 59999), "bar_number")]
        rb, ra = ["示談書の内容、乙に不利な点はありますか？", "この示談書をチェックしてください："], ["後遺症が出た場合はどうなりますか？", "公正証書にしたほうがいい？"]
    return "legal_doc", "ja", wrap(R, rb, ra, body)


@tpl(16)
def t_zh(R):
    c = Ctx(R)
    a, b = c.person("zh"), c.person("zh")
    areas = ["110105", "310104", "440305", "330106"]
    da, db = rdate(R, 1960, 2000), rdate(R, 1960, 2000)
    kind = R.choice(["qisu", "lvshihan"])
    if kind == "qisu":
        body = ["民事起诉状\n\n原告：", P(a), "，", "男" if a.gender == "m" else "女", "，", dob(R, "zh", dt=da)[0], "出生，汉族，住", address(R, "zh"), "，公民身份号码：",
                L("gov_id", cn_rid(R, da, a.gender, R.choice(areas)), sub="cn_rid"), "，联系电话：", phone(R, "CN", kind="mobile"), "\n\n被告：", P(b), "，", "男" if b.gender == "m" else "女",
                "，住", address(R, "zh"), "，联系电话：", phone(R, "CN", kind="mobile"), "\n\n诉讼请求：\n1. 判令被告返还借款", amount(R, "CNY"), "及利息；\n2. 本案诉讼费由被告承担。\n\n事实与理由：依据",
                N("《民法典》第六百七十五条", "statute"), "……\n\n此致\n", N("北京市朝阳区人民法院", "court"), "\n案号：", N("（2025）京0105民初%d号" % R.randint(10000, 99999), "case_number")]
        rb, ra = ["帮我看看这份起诉状有没有问题？", "请把这份起诉状改得更规范一些："], ["需要附哪些证据？", "诉讼费大概多少？"]
    else:
        body = ["律师函\n\n致：", P(b), "\n地址：", address(R, "zh"), "\n\n", N("北京市京远律师事务所", "firm"), "（", N("统一社会信用代码 31110000MA01XXXX", "org_id"), "）受", P(a),
                "（身份证号 ", L("gov_id", cn_rid(R, da, a.gender, R.choice(areas)), sub="cn_rid"), "）委托，就贵方拖欠房租一事致函如下：请于", odate(R, "zh", "deadline"),
                "前支付", amount(R, "CNY"), "。如有疑问请联系委托人本人，电话 ", phone(R, "CN", kind="mobile"), "，邮箱 ", email_of(R, a), "。\n\n承办律师执业证号：",
                N(luhn_bad("1110120%08d" % R.randint(0, 99999999)), "bar_number")]
        rb, ra = ["收到律师函了，这是真的吗？我该怎么回？", "帮我把这封律师函翻译成英文："], ["不回复会怎么样？", "可以协商分期吗？"]
    return "legal_doc", "zh", wrap(R, rb, ra, body)


@tpl(18)
def t_ko(R):
    c = Ctx(R)
    a, b = c.person("ko"), c.person("ko")
    da = rdate(R, 1965, 2000)
    kind = R.choice(["goso", "naeyong"])
    if kind == "goso":
        body = ["고 소 장\n\n고소인\n성명: ", P(a), " (", L("person", "%s %s" % (a.rom[0], a.rom[1]), sub="ko_rom"), ")\n주민등록번호: ", L("gov_id", kr_rrn(R, da, a.gender), sub="kr_rrn"),
                "\n주소: ", address(R, "ko"), "\n전화: ", phone(R, "KR"), "\n\n피고소인\n성명: ", P(b), "\n연락처: ", phone(R, "KR"),
                "\n\n고소취지: 피고소인을 ", N("형법 제347조", "statute"), "(사기)로 고소하오니 처벌하여 주시기 바랍니다.\n피해금액: ", amount(R, "KRW"), "\n\n", N("서울마포경찰서 민원실", "authority"), " 귀중"]
        rb, ra = ["고소장 처음 써보는데 빠진 거 있는지 봐줘.", "이 고소장 좀 더 법률 문서답게 다듬어줘:"], ["경찰서에 직접 내야 해?", "증거는 뭘 첨부하지?"]
    else:
        body = ["내용증명\n\n발신인: ", P(a), "\n주소: ", address(R, "ko"), "\n연락처: ", phone(R, "KR"), "\n이메일: ", email_of(R, a), "\n\n수신인: ", P(b), "\n주소: ", address(R, "ko"),
                "\n\n제목: 임대차보증금 반환 청구\n\n본인은 ", odate(R, "ko", "contract_date"), " 체결한 임대차계약이 ", odate(R, "ko", "end_date"), " 종료되었으므로 보증금 ", amount(R, "KRW"),
                "의 반환을 청구합니다. (", N("주택임대차보호법 제3조의2", "statute"), ")"]
        rb, ra = ["내용증명 보내기 전에 문장 좀 봐줘.", "이거 더 단호하게 고쳐줘:"], ["임차권등기명령도 해야 해?", "안 돌려주면 소송까지 얼마나 걸려?"]
    return "legal_doc", "ko", wrap(R, rb, ra, body)


@tpl(18)
def t_ru(R):
    c = Ctx(R)
    a, b = c.person("ru"), c.person("ru")
    kind = R.choice(["isk", "dover"])
    if kind == "isk":
        body = ["В ", N("Советский районный суд г. Казани", "court"), "\n", N("420080, г. Казань, ул. Патриса Лумумбы, д. 48", "court_address"), "\n\nИстец: ", P(a), "\nдата рождения: ",
                dob(R, "ru")[0], "\nадрес: ", address(R, "ru"), "\nтел.: ", phone(R, "RU"), "\nэл. почта: ", email_of(R, a), "\n\nОтветчик: ", P(b), "\nадрес: ", address(R, "ru"),
                "\n\nИСКОВОЕ ЗАЯВЛЕНИЕ о взыскании долга по договору займа\n\nЦена иска: ", amount(R, "RUB"), "\nНа основании ", N("ст. 807, 810 ГК РФ", "statute"),
                " прошу взыскать с ответчика сумму долга. Госпошлина уплачена (", N("ст. 333.19 НК РФ", "statute"), ")."]
        rb, ra = ["Проверь, пожалуйста, исковое заявление — всё ли правильно оформлено?", "Помоги переписать более юридическим языком:"], ["Какой срок рассмотрения?", "Нужно ли прикладывать расписку?"]
    else:
        ser = "%02d %02d" % (R.randint(1, 99), R.randint(0, 25))
        body = ["ДОВЕРЕННОСТЬ\n\n", N("г. Новосибирск", "place"), ", ", odate(R, "ru", "deed_date"), "\n\nЯ, ", P(a), ", ", dob(R, "ru")[0], " года рождения, паспорт ",
                L("gov_id", "%s %06d" % (ser, R.randint(0, 999999)), sub="ru_passport"), ", зарегистрированный по адресу: ", address(R, "ru"), ",\n\nнастоящей доверенностью уполномочиваю ",
                P(b), ", тел. ", phone(R, "RU"), ", представлять мои интересы во всех судебных учреждениях (", N("ст. 54 ГПК РФ", "statute"), ").\n\nДоверенность выдана сроком на три года. Реестровый № ",
                N("54/%d-н/54-2025-%d-%d" % (R.randint(10, 299), R.randint(1, 9), R.randint(100, 999)), "protocol_number")]
        rb, ra = ["Проверь текст доверенности, пожалуйста.", "Переведи эту доверенность на английский:"], ["Нужно ли заверять у нотариуса?", "Можно ли отозвать доверенность?"]
    return "legal_doc", "ru", wrap(R, rb, ra, body)


@tpl(20)
def t_tr(R):
    c = Ctx(R)
    a, b = c.person("tr"), c.person("tr")
    kind = R.choice(["ihtar", "vekalet", "dilekce"])
    if kind == "ihtar":
        body = ["İHTARNAME\n\nKeşideci: ", P(a), " (T.C. Kimlik No: ", L("gov_id", tckn(R), sub="tr_tckn"), ")\nAdres: ", address(R, "tr"), "\nTel: ", phone(R, "TR"),
                "\n\nMuhatap: ", P(b), "\nAdres: ", address(R, "tr"), "\n\nKonu: Kira bedelinin ödenmemesi\n\nİşbu ihtarnamenin tebliğinden itibaren 30 gün içinde ", amount(R, "TRY"),
                " tutarındaki kira borcunuzu ", iban(R, "TR"), " numaralı hesaba ödemeniz, aksi halde ", N("TBK m. 315", "statute"), " uyarınca tahliye davası açılacağı ihtar olunur.\n\n",
                N("Kadıköy 12. Noterliği, yevmiye no: %d" % R.randint(10000, 99999), "protocol_number")]
        rb, ra = ["Noterden çekmeden önce ihtarnameyi kontrol eder misin?", "Bu ihtarnameyi daha resmi hale getirir misin?"], ["30 gün yeterli mi?", "Tebliğ edilemezse ne olur?"]
    elif kind == "vekalet":
        body = ["GENEL DAVA VEKÂLETNAMESİ\n\nVekâlet veren: ", P(a), ", ", dob(R, "tr")[0], " doğumlu, T.C. Kimlik No ", L("gov_id", tckn(R), sub="tr_tckn"), ", ", address(R, "tr"),
                "\n\nVekil: Av. ", P(b), ", ", N("İstanbul Barosu sicil no %d" % R.randint(10000, 79999), "bar_number"), ", tel. ", phone(R, "TR"),
                "\n\nYukarıda adı geçen avukatı, lehime ve aleyhime açılmış ve açılacak davalarda ", N("HMK m. 74", "statute"), " kapsamında vekil tayin ettim."]
        rb, ra = ["Vekâletnameyi kontrol eder misin?", "Eksik bir yetki var mı?"], ["Sulh yetkisi ayrıca yazılmalı mı?", "Süresi var mı?"]
    else:
        body = ["İSTANBUL ANADOLU ... ASLİYE HUKUK MAHKEMESİ'NE\n\nDAVACI: ", P(a), " – T.C. ", L("gov_id", tckn(R), sub="tr_tckn"), "\nAdres: ", address(R, "tr"), "\nE-posta: ", email_of(R, a),
                "\nDAVALI: ", P(b), " – ", address(R, "tr"), "\nDAVA DEĞERİ: ", amount(R, "TRY"), "\nKONU: Tazminat (", N("TBK m. 49", "statute"), ")\n", N("Esas No: 2025/%d" % R.randint(100, 999), "case_number")]
        rb, ra = ["Dava dilekçemi kontrol eder misin?", "Bunu daha hukuki bir dille yazar mısın?"], ["Harç ne kadar?", "Arabuluculuk zorunlu mu?"]
    return "legal_doc", "tr", wrap(R, rb, ra, body)


@tpl(12)
def t_el(R):
    c = Ctx(R)
    a, b = c.person("gr"), c.person("gr")
    body = ["ΕΞΩΔΙΚΗ ΔΗΛΩΣΗ – ΠΡΟΣΚΛΗΣΗ\n\nΤου/Της ", P(a), ", κατοίκου ", address(R, "gr"), ", τηλ. ", phone(R, "GR"), R.choice([", email ", ", e-mail "]), email_of(R, a),
            "\n\nΠΡΟΣ\n\n", P(b), ", κάτοικο ", address(R, "gr"), "\n\nΣας καλώ να μου καταβάλετε το ποσό των ", amount(R, "EUR_de"), " για τα μισθώματα, εντός δέκα ημερών, στον λογαριασμό ",
            iban(R, "GR"), " (", N("άρθρο 597 ΑΚ", "statute"), ").\n\nΑθήνα, ", odate(R, "el", "letter_date"), "\nΟ δικαστικός επιμελητής: ", N("Πρωτοδικείο Αθηνών", "court")]
    rb, ra = ["Μπορείς να ελέγξεις αυτή την εξώδικη πριν τη στείλω;", "Κάνε το κείμενο πιο επίσημο, σε παρακαλώ:"], ["Τι γίνεται αν δεν απαντήσει;", "Πρέπει να την επιδώσει δικαστικός επιμελητής;"]
    return "legal_doc", "el", wrap(R, rb, ra, body)


@tpl(12)
def t_in_notice(R):
    c = Ctx(R)
    a, b, adv = c.person("in"), c.person("in"), c.person("in")
    body = ["LEGAL NOTICE\nUnder ", N(R.choice(["Section 138 of the Negotiable Instruments Act, 1881", "Section 35 of the Consumer Protection Act, 2019", "Section 106 of the Transfer of Property Act, 1882"]), "statute"),
            "\n\nFrom:\n", N("Adv. ", "title"), P(adv), ", ", N("Enrolment No. MAH/%d/%d" % (R.randint(1000, 9999), R.choice([2008, 2012, 2016])), "bar_number"), "\n", N("Chamber No. 14, District Court Complex, Shivajinagar, Pune 411005", "court_address"),
            "\nMobile: ", phone(R, "IN"), "\n\nTo:\n", P(b), "\n", address(R, "in", ml=True), "\n\nUnder instructions from my client ", P(a), ", residing at ", address(R, "in"), ", PAN ",
            L("gov_id", pan_random(R, "P", a.family), sub="in_pan"), ", I hereby call upon you to pay ", amount(R, "INR"), " within 15 days of receipt of this notice, being the amount of cheque no. ",
            N("%06d" % R.randint(0, 999999), "cheque_number"), " dated ", odate(R, "in", "cheque_date", style="dmy/"), " which was returned unpaid with the remark 'Funds Insufficient'.\n\nCopy to client at ",
            email_of(R, a)]
    rb, ra = ["My lawyer drafted this notice. Is it strong enough?", "Please check this legal notice for mistakes:"], ["What happens if he doesn't reply in 15 days?", "Should I send it by speed post?"]
    return "notice", "in", wrap(R, rb, ra, body)


@tpl(10)
def t_us_intake(R):
    c = Ctx(R)
    p, sp = c.person("us"), c.person("us")
    a, g, n = ssn_random(R)
    body = ["NEW CLIENT INTAKE — ", N("Ridgeback & Lowry, PLLC", "firm"), " (personal injury)\n\nClient name: ", P(p), "\nDOB: ", dob(R, "us", style="mdy/")[0], "\nSSN: ",
            L("gov_id", "%s-%s-%s" % (a, g, n), sub="us_ssn"), "\nHome address: ", address(R, "us"), "\nCell: ", phone(R, "US"), "\nEmail: ", email_of(R, p),
            "\nSpouse: ", P(sp), "  Spouse cell: ", phone(R, "US"), "\n\nIncident date: ", odate(R, "us", "incident_date", style="mdy/"), "\nLocation: ", N(R.choice(["I-5 NB near exit 132", "Walmart parking lot, 1965 S Union Ave", "intersection of 6th Ave & Pine St"]), "public_place"),
            "\nInsurer claim #: ", N("%d-%07d-%d" % (R.randint(10, 99), R.randint(0, 9999999), R.randint(1, 9)), "claim_number"), "\nStatute of limitations: 3 yrs (", N("RCW 4.16.080", "statute"), ")",
            "\nRetainer: contingency 33⅓% — card on file for costs: ", card(R, R.choice(["visa", "mastercard", "amex", "discover"])), "  exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "card_expiry")]
    rb, ra = ["Can you turn this intake into a case summary memo for the attorney?", "Is anything missing from this intake form?"], ["What medical records should we request?", "Draft a letter of representation to the insurer."]
    return "form", "en", wrap(R, rb, ra, body)


@tpl(32)
def t_fee_payment(R):
    """Law-firm invoices and retainer payments (full card typed in, or IBAN)."""
    c = Ctx(R)
    cc = R.choice(["gb", "de", "fr", "es", "it", "nl", "us", "ie", "au"])
    lang = LANG_OF[cc]
    p = c.person(cc)
    firm = {"gb": "Harcourt Lane Solicitors LLP", "de": "Kanzlei Vossberg & Partner mbB", "fr": "SELARL Quéméner Avocats", "es": "Bufete Larrinaga Abogados",
            "it": "Studio Legale Ferrandina", "nl": "Van Bemmel Advocaten", "us": "Ridgeback & Lowry, PLLC", "ie": "O'Rahilly Ferris Solicitors", "au": "Gidgee Legal Pty Ltd"}[cc]
    cd = card(R)
    T = {"en": ["Client account payment form — ", "\n\nClient: ", "\nMatter: ", "\nAmount: ", "\nCard number: ", "\nExpiry: ", "   CVV: ", "\nCardholder address: ", "\nReceipt to: ", "\nPhone: "],
         "de": ["Zahlungsformular Vorschuss — ", "\n\nMandant: ", "\nAkte: ", "\nBetrag: ", "\nKartennummer: ", "\nGültig bis: ", "   Prüfziffer: ", "\nRechnungsanschrift: ", "\nBeleg an: ", "\nTelefon: "],
         "fr": ["Règlement de la provision — ", "\n\nClient : ", "\nDossier : ", "\nMontant : ", "\nN° de carte : ", "\nExpiration : ", "   Cryptogramme : ", "\nAdresse de facturation : ", "\nReçu à : ", "\nTéléphone : "],
         "es": ["Pago de provisión de fondos — ", "\n\nCliente: ", "\nExpediente: ", "\nImporte: ", "\nNúmero de tarjeta: ", "\nCaducidad: ", "   CVV: ", "\nDirección de facturación: ", "\nJustificante a: ", "\nTeléfono: "],
         "it": ["Pagamento fondo spese — ", "\n\nCliente: ", "\nPratica: ", "\nImporto: ", "\nNumero carta: ", "\nScadenza: ", "   CVV: ", "\nIndirizzo di fatturazione: ", "\nRicevuta a: ", "\nTelefono: "],
         "nl": ["Betaling voorschot — ", "\n\nCliënt: ", "\nDossier: ", "\nBedrag: ", "\nKaartnummer: ", "\nVervaldatum: ", "   CVC: ", "\nFactuuradres: ", "\nBevestiging naar: ", "\nTelefoon: "]}[lang]
    body = [T[0], N(firm, "firm"), T[1], P(p), T[2], N("%s-%04d" % (R.choice(["M", "AZ", "D"]), R.randint(1, 9999)), "matter_number"), T[3], amount(R, CUR[cc]), T[4], cd, T[5],
            N("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), "card_expiry"), T[6], N("%03d" % R.randint(0, 999), "cvc"), T[7], address(R, cc), T[8], email_of(R, p), T[9], phone(R, REG[cc])]
    if R.random() < 0.5:
        body += ["\n\n", {"en": "Or pay by bank transfer to our client account: ", "de": "Oder per Überweisung auf unser Anderkonto: ", "fr": "Ou par virement sur le compte CARPA : ",
                          "es": "O por transferencia a la cuenta de clientes: ", "it": "Oppure con bonifico sul conto dello studio: ", "nl": "Of overmaken naar de derdengeldrekening: "}[lang],
                 iban(R, {"gb": "GB", "us": "GB", "ie": "IE", "au": "GB"}.get(cc, cc.upper()), holder="org"), " — ", masked_card(R), " on file"]
    rb = {"en": ["My solicitor sent this form. Is it normal to email card details like this?", "Can you check I've filled this in correctly?"],
          "de": ["Ist es üblich, Kartendaten so per Mail zu schicken?", "Habe ich das richtig ausgefüllt?"], "fr": ["C'est normal d'envoyer ses coordonnées bancaires comme ça ?", "J'ai bien rempli ?"],
          "es": ["¿Es normal mandar la tarjeta así por email?", "¿Lo he rellenado bien?"], "it": ["È normale mandare i dati della carta così?", "L'ho compilato bene?"],
          "nl": ["Is het normaal om kaartgegevens zo te mailen?", "Heb ik het goed ingevuld?"]}[lang]
    ra = {"en": ["Should I call them instead?"], "de": ["Sollte ich lieber anrufen?"], "fr": ["Je devrais plutôt appeler ?"], "es": ["¿Mejor llamo?"], "it": ["Meglio chiamare?"], "nl": ["Kan ik beter bellen?"]}[lang]
    return "form", lang, wrap(R, rb, ra, body)


# ====================================================================== clean templates (hard negatives only)
STAT_Q = {
    "en": ["What does {s} actually require? My landlord keeps quoting it at me.", "Is {s} still good law after {p}?", "Explain {s} like I'm 15, with an example.",
           "Can you compare {s} with {s2}? Exam on {d}.", "Does {s} apply to a claim worth {a}?"],
    "de": ["Was bedeutet {s} konkret? Mein Vermieter zitiert das ständig.", "Gilt {s} auch, wenn der Schaden {a} beträgt?", "Erklär mir {s} und {s2} mit Beispiel, Klausur am {d}."],
    "fr": ["Que dit exactement {s} ? Mon bailleur le cite sans arrêt.", "Est-ce que {s} s'applique pour un litige de {a} ?", "Explique-moi la différence entre {s} et {s2}, partiel le {d}."],
    "es": ["¿Qué dice exactamente el {s}?", "¿Se aplica el {s} a una reclamación de {a}?", "Explícame la diferencia entre {s} y {s2}; examen el {d}."],
    "it": ["Cosa prevede esattamente l'{s}?", "L'{s} vale anche per un danno di {a}?", "Spiegami {s} e {s2}, ho l'esame il {d}."],
    "nl": ["Wat houdt {s} precies in?", "Geldt {s} ook bij een schade van {a}?", "Leg het verschil uit tussen {s} en {s2}, tentamen op {d}."],
    "pl": ["Co dokładnie mówi {s}?", "Czy {s} dotyczy też szkody {a}?", "Wyjaśnij różnicę między {s} a {s2}, egzamin {d}."],
    "ja": ["{s}の要件をわかりやすく教えてください。", "{s}と{s2}の違いは何ですか？試験は{d}です。"],
    "zh": ["{s}具体是什么意思？", "请比较{s}和{s2}，{d}考试。"],
    "ru": ["Что на практике означает {s}?", "Объясни разницу между {s} и {s2}, экзамен {d}."],
    "tr": ["{s} tam olarak ne diyor?", "{s} ile {s2} arasındaki farkı anlatır mısın? Sınav {d}."],
    "pt": ["O que diz exatamente o {s}?", "Explica a diferença entre o {s} e o {s2}; prova em {d}."],
    "sv": ["Vad innebär {s} i praktiken?", "Förklara skillnaden mellan {s} och {s2}, tenta {d}."],
    "ko": ["{s}가 정확히 무슨 뜻이야?", "{s}와 {s2}의 차이를 설명해줘. 시험은 {d}."],
}
STATS = {"en": ["section 21 of the Housing Act 1988", "42 U.S.C. § 1983", "s.98 Employment Rights Act 1996", "Article 8 ECHR", "CPR Part 36", "section 5 of the Mental Capacity Act 2005", "Rule 10b-5"],
         "de": ["§ 823 Abs. 1 BGB", "§ 573c BGB", "§ 626 BGB", "§ 2303 BGB", "Art. 15 DSGVO", "§ 1684 BGB"],
         "fr": ["l'article 1240 du Code civil", "l'article 1382 ancien C.civ.", "l'article L. 1235-3 du Code du travail", "l'article 912 du Code civil", "l'article 9 du CPC"],
         "es": ["artículo 1902 del Código Civil", "art. 806 CC", "art. 56 ET", "art. 250.1.1.º LEC"], "it": ["art. 2043 c.c.", "art. 536 c.c.", "art. 337-ter c.c.", "art. 18 St. Lav."],
         "nl": ["artikel 6:162 BW", "art. 7:271 BW", "artikel 4:63 BW", "art. 7:669 BW"], "pl": ["art. 415 k.c.", "art. 991 k.c.", "art. 52 k.p."],
         "ja": ["民法第709条", "民法第1042条", "借地借家法第28条"], "zh": ["《民法典》第1165条", "《民法典》第1127条", "《劳动合同法》第47条"],
         "ru": ["ст. 1064 ГК РФ", "ст. 1149 ГК РФ", "ст. 81 ТК РФ"], "tr": ["TBK m. 49", "TMK m. 506", "İş Kanunu m. 17"],
         "pt": ["art. 186 do Código Civil", "artigo 2156.º do Código Civil", "art. 477 da CLT"], "sv": ["7 kap. 1 § ärvdabalken", "12 kap. 46 § jordabalken"],
         "ko": ["민법 제750조", "민법 제1112조", "근로기준법 제23조"]}
DLANG2 = {"ja": "ja", "zh": "zh", "ko": "ko", "ru": "ru", "tr": "tr", "sv": "sv", "pl": "pl"}


@tpl(25, clean=True)
def c_statute_question(R):
    lang = R.choice(list(STAT_Q))
    s, s2 = R.sample(STATS[lang], 2)
    q = " ".join(R.sample(STAT_Q[lang], 2))
    cur = {"en": "GBP", "de": "EUR_de", "fr": "EUR_fr", "es": "EUR_de", "it": "EUR_de", "nl": "EUR_en", "pl": "PLN", "ja": "JPY", "zh": "CNY", "ru": "RUB", "tr": "TRY", "pt": "BRL", "sv": "SEK", "ko": "KRW"}[lang]
    dl_ = DLANG2.get(lang, lang if lang in LANG_DATE else "en")
    parts = []
    for piece in re.split(r"(\{[a-z0-9]+\})", q):
        parts.append({"{s}": N(s, "statute"), "{s2}": N(s2, "statute"), "{p}": N(R.choice(PRECEDENTS), "precedent"), "{a}": amount(R, cur),
                      "{d}": odate(R, dl_, "exam_date")}.get(piece, piece))
    extra = {"en": ["\n\nContext: the hearing is listed for ", odate(R, "en", "hearing_date", style="long"), " and the other side relies on ", N(R.choice(PRECEDENTS), "precedent"), "."],
             "de": ["\n\nHintergrund: Termin zur mündlichen Verhandlung am ", odate(R, "de", "hearing_date", style="dmy."), ", Az. ", N("%d O %d/25" % (R.randint(1, 30), R.randint(10, 999)), "case_number"), ". Die Gegenseite beruft sich auf ", N("BGH NJW 2019, 1234", "citation"), "."],
             "fr": ["\n\nL'audience est fixée au ", odate(R, "fr", "hearing_date", style="long"), ", ", N("RG n° 25/%05d" % R.randint(100, 99999), "case_number"), ". Ils citent ", N("Cass. civ. 2e, 8 févr. 2024, n° 22-15.893", "citation"), "."],
             "es": ["\n\nLa vista es el ", odate(R, "es", "hearing_date", style="long"), " (", N("Procedimiento ordinario %d/2025" % R.randint(10, 999), "case_number"), "). Citan la ", N("STS 1234/2023, de 12 de julio", "citation"), "."],
             "it": ["\n\nUdienza il ", odate(R, "it", "hearing_date", style="long"), ", ", N("R.G. n. %d/2025" % R.randint(1000, 40000), "case_number"), ". Controparte cita ", N("Cass. civ., sez. III, n. 12345/2024", "citation"), "."],
             "nl": ["\n\nDe zitting is op ", odate(R, "nl", "hearing_date", style="long"), ", ", N("ECLI:NL:HR:2024:%d" % R.randint(100, 1999), "ecli"), " wordt aangehaald."],
             "pl": ["\n\nRozprawa wyznaczona na ", odate(R, "pl", "hearing_date", style="dmy."), ", ", N("sygn. akt I C %d/25" % R.randint(10, 3999), "case_number"), ". Druga strona powołuje się na ", N("uchwałę SN z 22.11.2013, III CZP 72/13", "citation"), "."],
             "ja": ["\n\n口頭弁論期日は", odate(R, "ja", "hearing_date"), "、", N("令和7年(ワ)第%d号" % R.randint(100, 9999), "case_number"), "です。相手方は", N("最判平成29年1月24日", "citation"), "を引用しています。"],
             "zh": ["\n\n开庭时间是", odate(R, "zh", "hearing_date"), "，案号", N("（2025）沪0104民初%d号" % R.randint(10000, 99999), "case_number"), "，对方引用了", N("指导案例24号", "citation"), "。"],
             "ru": ["\n\nЗаседание назначено на ", odate(R, "ru", "hearing_date"), ", ", N("дело № 2-%d/2025" % R.randint(100, 9999), "case_number"), ". Ответчик ссылается на ", N("Постановление Пленума ВС РФ № 25", "citation"), "."],
             "tr": ["\n\nDuruşma ", odate(R, "tr", "hearing_date"), " tarihinde, ", N("Esas No: 2025/%d" % R.randint(100, 999), "case_number"), ". Karşı taraf ", N("Yargıtay 3. HD, 2023/1234 E.", "citation"), " kararına dayanıyor."],
             "pt": ["\n\nAudiência marcada para ", odate(R, "pt", "hearing_date", style="long"), ", ", N("Processo nº " + cnj(R, 2025, "26", "0100"), "case_number"), ". A outra parte cita o ", N("REsp 1.737.412/SE", "citation"), "."],
             "sv": ["\n\nHuvudförhandling ", odate(R, "sv", "hearing_date"), ", ", N("mål nr T %d-25" % R.randint(1000, 9999), "case_number"), ". Motparten hänvisar till ", N("NJA 2019 s. 171", "citation"), "."],
             "ko": ["\n\n변론기일은 ", odate(R, "ko", "hearing_date"), "이고 사건번호는 ", N("2025가단%d" % R.randint(100000, 999999), "case_number"), "입니다. 상대방은 ", N("대법원 2019다12345 판결", "citation"), "을 인용합니다."]}.get(lang, [])
    maxim = ["\n(", N(R.choice(MAXIMS), "maxim"), ")"] if R.random() < 0.3 else []
    text = parts + extra + maxim
    return "question", lang if lang != "sv" else "sv", text


@tpl(25, clean=True)
def c_cause_list(R):
    cc = R.choice(["gb", "de", "nl", "fr", "es", "it", "us"])
    lang = LANG_OF[cc]
    court = R.choice(COURTS[cc])
    judge = R.choice(JUDGES[cc])
    rows = []
    for i in range(R.randint(4, 7)):
        t = "%02d:%02d" % (R.randint(9, 15), R.choice([0, 15, 30, 45]))
        if cc == "gb":
            rows += [t, "  ", N("%s%02dCL%03d" % (R.choice(["K", "J", "H"]), R.randint(10, 99), R.randint(100, 999)), "case_number"), "  ", N(R.choice(["Halcyon Homes Ltd v Persons Unknown", "Re an application by Mercia Housing", "Lendwell Finance plc v (anonymised)", "Crown Estate Commissioners v Tidewell Marina Ltd"]), "case_name"),
                     "  ", R.choice(["Small claims hearing", "Possession (Mortgage)", "Case management conference", "Fast track trial"]), "\n"]
        elif cc == "de":
            rows += [t, " Uhr  ", N("%d C %d/%d" % (R.randint(1, 30), R.randint(10, 999), R.choice([24, 25])), "case_number"), "  ", R.choice(["Mietsache", "Forderung", "Verkehrsunfall", "Räumung", "WEG-Sache"]), "  Saal ", N(str(R.randint(101, 340)), "room"), "\n"]
        elif cc == "nl":
            rows += [t, "  ", N("C/%02d/%d" % (R.randint(10, 16), R.randint(700000, 799999)), "case_number"), "  ", R.choice(["mondelinge behandeling", "comparitie", "kort geding", "pro forma"]), "  zaal ", N(str(R.randint(1, 20)), "room"), "\n"]
        elif cc == "fr":
            rows += [t, "  ", N("RG %d/%05d" % (R.choice([24, 25]), R.randint(100, 99999)), "case_number"), "  ", R.choice(["renvoi", "plaidoiries", "mise en état", "délibéré"]), "  salle ", N(str(R.randint(1, 12)), "room"), "\n"]
        elif cc == "es":
            rows += [t, "  ", N("Verbal %d/2025" % R.randint(10, 2999), "case_number"), "  ", R.choice(["vista", "audiencia previa", "juicio", "comparecencia"]), "  Sala ", N(str(R.randint(1, 20)), "room"), "\n"]
        elif cc == "it":
            rows += [t, "  ", N("R.G. %d/2025" % R.randint(1000, 40000), "case_number"), "  ", R.choice(["prima udienza", "precisazione conclusioni", "escussione testi", "rinvio"]), "  aula ", N(str(R.randint(1, 20)), "room"), "\n"]
        else:
            rows += [t, "  ", N("%d-CV-%06d" % (R.choice([24, 25]), R.randint(0, 999999)), "case_number"), "  ", N(R.choice(["Harborview Properties LLC v. Tenant", "State v. (sealed)", "Cascadia Credit Union v. Doe"]), "case_name"), "  ", R.choice(["Status conference", "Motion hearing", "Bench trial"]), "\n"]
    head = {"en": "Daily cause list — ", "de": "Terminrolle — ", "nl": "Rolzitting — ", "fr": "Rôle d'audience — ", "es": "Señalamientos — ", "it": "Ruolo d'udienza — "}[lang]
    req = {"en": "Which of these hearings is most likely the small claim I'm involved in? Mine was issued in March.", "de": "Welche Sitzung könnte meine sein? Mein Verfahren ist eine Mietsache.",
           "nl": "Welke zaak is waarschijnlijk de mijne? Het gaat om huur.", "fr": "Laquelle de ces audiences est sans doute la mienne ? C'est un renvoi.",
           "es": "¿Cuál crees que es mi vista? Es un verbal de este año.", "it": "Quale sarà la mia udienza? È una prima udienza."}[lang]
    body = [head, N(court[0], "court"), ", ", N(court[1], "court_address"), "\n", odate(R, dl(cc), "hearing_date"), " — ", N(judge, "judge"), "\n\n"] + rows
    return "list", lang, wrap(R, [req], [req], body)


@tpl(25, clean=True)
def c_precedent_notes(R):
    lang = R.choice(["en", "en", "de", "fr", "nl", "es", "it"])
    ps = R.sample(PRECEDENTS, R.randint(3, 5))
    body = []
    head = {"en": "Tort revision notes — week %d\n\n", "de": "Lernzettel Zivilrecht, Woche %d\n\n", "fr": "Fiches d'arrêts — semaine %d\n\n", "nl": "Aantekeningen jurisprudentie week %d\n\n",
            "es": "Apuntes de jurisprudencia, semana %d\n\n", "it": "Appunti di giurisprudenza, settimana %d\n\n"}[lang] % R.randint(1, 12)
    body.append(head)
    for p in ps:
        body += ["• ", N(p, "precedent"), " — ", R.choice({"en": ["duty of care, neighbour principle", "remoteness of damage", "unilateral offer", "judicial review", "direct effect", "state liability"],
                                                           "de": ["Drittwirkung der Grundrechte", "Vorrang des Unionsrechts", "Haftung des Staates", "mittelbare Drittwirkung"],
                                                           "fr": ["responsabilité administrative", "primauté du droit de l'Union", "effet direct"], "nl": ["directe werking", "voorrang Unierecht", "zorgplicht"],
                                                           "es": ["efecto directo", "primacía", "responsabilidad del Estado"], "it": ["effetto diretto", "primato del diritto UE", "responsabilità dello Stato"]}[lang]), "\n"]
    body += ["\nKey citation: ", N(R.choice(["ECLI:EU:C:1964:66", "ECLI:EU:C:1963:1", "ECLI:DE:BVerfG:1958:rs19580115.1bvr040051", "ECLI:NL:HR:1965:AB7079", "[1932] UKHL 100", "[1990] 2 AC 605"]), "ecli"),
             "\nMaxim: ", N(R.choice(MAXIMS), "maxim"), "\nSeminar ", odate(R, "en" if lang == "en" else DLANG2.get(lang, lang), "seminar_date"), ", room ", N(R.choice(["LT2", "B.104", "Aula Magna", "HS 1010"]), "room")]
    req = {"en": ["Can you turn my notes into flashcards?", "Quiz me on these cases."], "de": ["Mach mir daraus Karteikarten.", "Frag mich ab."], "fr": ["Fais-moi des fiches.", "Interroge-moi."],
           "nl": ["Maak hier flashcards van.", "Overhoor me."], "es": ["Hazme fichas.", "Pregúntame."], "it": ["Fammi delle flashcard.", "Interrogami."]}[lang]
    return "notes", lang, wrap(R, req, req, body)


SAMPLE = {"de": ["Max Mustermann", "Erika Mustermann", "Musterstraße 1, 12345 Musterstadt", "TT.MM.JJJJ", "DE00 1234 5678 9012 3456 78", "max.mustermann@example.de"],
          "en": ["[Name]", "John Doe", "Jane Smith (example)", "[Address]", "DD/MM/YYYY", "XXX-XX-XXXX", "QQ 12 34 56 C", "jane.doe@example.com", "[Your phone number]"],
          "it": ["Mario Rossi", "RSSMRA80A01H501U", "via Roma 1, 00100 Roma", "gg/mm/aaaa", "mario.rossi@example.it"],
          "es": ["Fulano de Tal", "Juan Español Español", "99999999R", "dd/mm/aaaa", "nombre@example.es"],
          "fr": ["Jean Dupont", "[Prénom NOM]", "jj/mm/aaaa", "1 23 45 67 890 123 45", "jean.dupont@example.fr"],
          "nl": ["J. Jansen", "[naam]", "dd-mm-jjjj", "123456789 (voorbeeld)", "naam@example.nl"],
          "pl": ["Jan Kowalski", "00000000000", "dd.mm.rrrr", "jan.kowalski@example.pl"],
          "pt": ["Fulano de Tal", "000.000.000-00", "dd/mm/aaaa", "fulano@example.com.br"]}


@tpl(25, clean=True)
def c_form_instructions(R):
    lang = R.choice(list(SAMPLE))
    s = SAMPLE[lang]
    intro = {"de": "Ausfüllhinweise zum Antrag auf Beratungshilfe (Formular ", "en": "Guidance notes — how to complete form ", "it": "Istruzioni per la compilazione del modulo ",
             "es": "Instrucciones para cumplimentar el modelo ", "fr": "Notice du formulaire ", "nl": "Toelichting bij het formulier ", "pl": "Pouczenie do formularza ", "pt": "Instruções de preenchimento do formulário "}[lang]
    form = {"de": "AG 1", "en": R.choice(["N1", "ET1", "CW1", "PA1P"]), "it": "F24 Elide", "es": "790", "fr": "Cerfa n° 15626*03", "nl": "RvR-1", "pl": "PS-1", "pt": "ITR"}[lang]
    body = [intro, N(form, "form_number"), ")\n\n" if lang == "de" else "\n\n"]
    labels = {"de": ["Name, Vorname: z. B. ", "Geburtsdatum im Format ", "Anschrift: ", "IBAN (Beispiel): ", "E-Mail: "],
              "en": ["Full name: write as on your ID, e.g. ", "or ", "Address: ", "Date format: ", "SSN format: ", "NI number example: ", "Email: ", "Phone: "],
              "it": ["Nome e cognome: es. ", "Codice fiscale: es. ", "Residenza: ", "Data: ", "Email: "], "es": ["Nombre: p. ej. ", "o ", "DNI de ejemplo: ", "Fecha: ", "Correo: "],
              "fr": ["Nom : ex. ", "ou ", "Date : ", "N° de sécurité sociale : ", "Courriel : "], "nl": ["Naam: bijv. ", "of ", "Datum: ", "BSN: ", "E-mail: "],
              "pl": ["Imię i nazwisko: np. ", "PESEL: np. ", "Data: ", "E-mail: "], "pt": ["Nome: ex. ", "CPF: ", "Data: ", "E-mail: "]}[lang]
    for lab, val in zip(labels, s):
        body += [lab, N(val, "sample_value"), "\n"]
    body += ["\n", {"de": "Rückfragen: ", "en": "Enquiries: ", "it": "Informazioni: ", "es": "Consultas: ", "fr": "Renseignements : ", "nl": "Vragen: ", "pl": "Informacje: ", "pt": "Dúvidas: "}[lang],
             N(R.choice(["0800 014 1000", "115", "060", "3939", "0300 123 1372", "+33 1 44 32 50 00", "0800 020 2040"]), "service_phone"), ", ",
             N(R.choice(["info@", "kontakt@", "help@", "contact@"]) + R.choice(["justiz.example", "tribunals.example.org", "example.gov"]), "role_mailbox"), "\n",
             {"de": "Rechtsgrundlage: ", "en": "Legal basis: ", "it": "Normativa: ", "es": "Normativa: ", "fr": "Base légale : ", "nl": "Grondslag: ", "pl": "Podstawa: ", "pt": "Base legal: "}[lang],
             N(R.choice(STATS.get(lang, STATS["en"])), "statute")]
    req = {"de": "Was muss ich hier genau eintragen?", "en": "What exactly do I put in each box?", "it": "Cosa devo scrivere nei campi?", "es": "¿Qué pongo en cada casilla?",
           "fr": "Je mets quoi dans chaque case ?", "nl": "Wat moet ik per vak invullen?", "pl": "Co wpisać w poszczególne pola?", "pt": "O que coloco em cada campo?"}[lang]
    return "form", lang, wrap(R, [req], [req], body)


@tpl(25, clean=True)
def c_contacts(R):
    """Courts', firms' and authorities' public contact details."""
    cc = R.choice(list(COURTS))
    lang = LANG_OF[cc] if cc != "us" else "en"
    court = R.choice(COURTS[cc])
    phones = {"de": ["030 90188-0", "040 42843-0", "089 5597-01", "0221 477-0"], "fr": ["04 72 60 70 12", "01 44 32 51 51", "02 51 17 92 00"], "it": ["02 5436 1", "06 3326 1"],
              "es": ["914 93 10 00", "961 92 70 00"], "nl": ["088 361 1000", "088 361 3000"], "gb": ["0300 123 1372", "0300 123 1024", "020 7947 6000"], "pl": ["22 54 22 000"],
              "pt": ["213 846 400"], "br": ["(11) 2171-6000"], "us": ["(916) 874-5522", "(347) 404-9123"], "ie": ["01 888 6000"], "se": ["08-561 650 00"]}[cc]
    mails = ["enquiries@", "poststelle@", "greffe@", "cancelleria@", "kantoor@", "civil@", "info@", "post@"]
    firms = {"de": ("Kanzlei Vossberg & Partner mbB", "Jungfernstieg 38, 20354 Hamburg", "RAK Hamburg"), "fr": ("SELARL Quéméner Avocats", "12 quai de la Fosse, 44000 Nantes", "Barreau de Nantes"),
             "it": ("Studio Legale Ferrandina", "corso di Porta Romana 63, 20122 Milano", "Ordine degli Avvocati di Milano"), "es": ("Bufete Larrinaga Abogados", "Gran Vía 45, 48011 Bilbao", "ICA Bizkaia"),
             "nl": ("Van Bemmel Advocaten", "Maliebaan 71, 3581 CG Utrecht", "Orde van Advocaten Midden-Nederland"), "gb": ("Mortlake & Quay LLP", "2 Temple Back East, Bristol BS1 6EG", "SRA No. 558203"),
             "pl": ("Kancelaria Adwokacka Orłowicz", "ul. Mokotowska 49, 00-542 Warszawa", "ORA Warszawa"), "pt": ("Falcão Abrantes & Associados", "Av. da República 50, 1050-196 Lisboa", "Ordem dos Advogados"),
             "br": ("Azevedo Toledo Advogados", "Av. Paulista 1842, cj. 155, Bela Vista, São Paulo - SP, 01310-200", "OAB/SP 12.345"), "us": ("Ridgeback & Lowry, PLLC", "1201 Pacific Ave, Suite 600, Tacoma, WA 98402", "WSBA"),
             "ie": ("O'Rahilly Ferris Solicitors", "42 South Mall, Cork T12 RD43", "Law Society of Ireland"), "se": ("Advokatfirman Hjortronet KB", "Birger Jarlsgatan 6, 114 34 Stockholm", "Sveriges advokatsamfund")}[cc]
    hours = {"en": "Opening hours: Mon–Fri 10:00–16:00. Counter closed on ", "de": "Öffnungszeiten: Mo–Fr 8:30–12:00. Geschlossen am ", "fr": "Accueil : lun.–ven. 9h–12h. Fermé le ",
             "it": "Orari: lun–ven 9:00–12:00. Chiuso il ", "es": "Horario: L–V 9:00–14:00. Cerrado el ", "nl": "Openingstijden: ma–vr 9.00–16.00. Gesloten op ", "pl": "Godziny: pn–pt 8:00–15:30. Nieczynne ",
             "pt": "Horário: 2.ª a 6.ª 9h–16h. Encerrado a ", "sv": "Öppettider: mån–fre 9–15. Stängt "}[lang]
    dlang = {"pt": "pt", "sv": "sv"}.get(lang, lang) if lang in LANG_DATE else "en"
    body = [N(court[0], "court"), "\n", N(court[1], "court_address"), "\nTel. ", N(R.choice(phones), "court_phone"), "\n", N(R.choice(mails) + R.choice(["justiz.example", "courts.example.org", "tribunal.example"]), "role_mailbox"),
            "\n", hours, odate(R, dlang, "closure_date"), "\n\n", N(firms[0], "firm"), "\n", N(firms[1], "firm_address"), "\n", N(firms[2], "bar_number"), " · ", N("VAT " + R.choice(["GB 298 4471 06", "DE 312 845 667", "FR 41 812 345 678", "IT 08123450961"]), "vat_id"),
            "\n", N(R.choice(["info@", "kanzlei@", "contact@", "studio@", "despacho@", "kantoor@"]) + R.choice(["vossberg.example", "quemener-avocats.example", "ferrandina.example"]), "role_mailbox")]
    if R.random() < 0.4:
        body += ["\nEmergency duty solicitor line: ", N(R.choice(["0800 169 5050", "112", "110", "17", "116 006"]), "service_phone")]
    req = {"en": ["How do I get there by public transport, and can I just turn up?", "Which of these do I contact to file my defence?"], "de": ["Wo muss ich meine Klageerwiderung hinschicken?", "Kann ich da einfach hingehen?"],
           "fr": ["Où dois-je déposer mes conclusions ?", "Je peux y aller sans rendez-vous ?"], "it": ["Dove deposito la comparsa?", "Posso andare senza appuntamento?"], "es": ["¿Dónde presento el escrito?", "¿Puedo ir sin cita?"],
           "nl": ["Waar dien ik mijn verweer in?", "Kan ik zonder afspraak langs?"], "pl": ["Gdzie złożyć odpowiedź na pozew?", "Czy mogę przyjść bez umówienia?"], "pt": ["Onde entrego a contestação?", "Posso ir sem marcação?"],
           "sv": ["Vart skickar jag svaromålet?", "Kan jag gå dit utan bokning?"]}[lang]
    return "notice", lang, wrap(R, req, req, body)


@tpl(25, clean=True)
def c_fee_deadlines(R):
    lang = R.choice(["en", "de", "fr", "es", "it", "nl", "pl", "pt", "ja", "tr"])
    cur = {"en": "GBP", "de": "EUR_de", "fr": "EUR_fr", "es": "EUR_de", "it": "EUR_de", "nl": "EUR_en", "pl": "PLN", "pt": "BRL", "ja": "JPY", "tr": "TRY"}[lang]
    dlg = lang if lang in LANG_DATE else "en"
    lab = {"en": ["Judgment served", "Appeal deadline", "Court fee", "Counsel's fee", "Interest at 8% from", "Total"], "de": ["Zustellung des Urteils", "Berufungsfrist endet", "Gerichtskosten", "Anwaltsgebühren (RVG)", "Zinsen ab", "Summe"],
           "fr": ["Signification", "Délai d'appel", "Droit de plaidoirie", "Honoraires", "Intérêts depuis", "Total"], "es": ["Notificación", "Plazo de recurso", "Tasa judicial", "Honorarios", "Intereses desde", "Total"],
           "it": ["Notifica", "Termine per l'appello", "Contributo unificato", "Compenso", "Interessi dal", "Totale"], "nl": ["Betekening", "Appeltermijn", "Griffierecht", "Advocaatkosten", "Rente vanaf", "Totaal"],
           "pl": ["Doręczenie", "Termin na apelację", "Opłata sądowa", "Koszty zastępstwa", "Odsetki od", "Razem"], "pt": ["Intimação", "Prazo de recurso", "Custas", "Honorários", "Juros desde", "Total"],
           "ja": ["送達日", "控訴期限", "印紙代", "弁護士費用", "遅延損害金起算日", "合計"], "tr": ["Tebliğ", "İstinaf süresi", "Harç", "Vekalet ücreti", "Faiz başlangıcı", "Toplam"]}[lang]
    body = [lab[0], ": ", odate(R, dlg, "service_date"), "\n", lab[1], ": ", odate(R, dlg, "deadline"), "\n", lab[2], ": ", amount(R, cur), "\n", lab[3], ": ", amount(R, cur), "\n", lab[4], " ",
            odate(R, dlg, "interest_date"), "\n", lab[5], ": ", amount(R, cur), "\n"]
    if R.random() < 0.5:
        body += [N("Ref. " + luhn_bad(digits(R, 16)), "file_ref"), "\n"]
    req = {"en": "Did I calculate the appeal deadline right? Weekends count?", "de": "Habe ich die Berufungsfrist richtig berechnet?", "fr": "J'ai bien calculé le délai d'appel ?",
           "es": "¿He calculado bien el plazo?", "it": "Ho calcolato bene il termine?", "nl": "Klopt mijn berekening van de termijn?", "pl": "Czy dobrze policzyłem termin?", "pt": "Calculei o prazo certo?",
           "ja": "控訴期限の計算はこれで合っていますか？", "tr": "Süreyi doğru hesapladım mı?"}[lang]
    return "notes", lang, wrap(R, [req], [req], body)


@tpl(25, clean=True)
def c_anonymised(R):
    """Anonymised judgments, masked values and access logs with documentation IPs."""
    lang = R.choice(["en", "de", "nl", "fr", "es"])
    if R.random() < 0.5:
        mask = {"en": ["the claimant, Mr A,", "his former partner, Ms B,", "the child (C, aged 7)", "at an address in [REDACTED]"],
                "de": ["der Kläger K.", "die Beklagte B.", "das Kind L. (geb. 20xx)", "wohnhaft in [anonymisiert]"],
                "nl": ["eiser, [eiser],", "gedaagde, [gedaagde],", "het kind [minderjarige]", "wonende te [woonplaats]"],
                "fr": ["M. X...", "Mme Y...", "l'enfant Z..., né en 20..", "demeurant à [adresse]"],
                "es": ["D. [nombre]", "D.ª [nombre]", "el menor (M.G.R.)", "con domicilio en [...]"]}[lang]
        body = [N({"en": "[2025] EWFC 88 (B)", "de": "ECLI:DE:AGK:2025:0311.312C88.24.00", "nl": "ECLI:NL:GHARL:2025:1187", "fr": "ECLI:FR:CCASS:2024:C100212",
                   "es": "ECLI:ES:TS:2024:4411"}[lang], "ecli"),
                "\n\n", mask[0], " ", {"en": "applied against", "de": "klagt gegen", "nl": "vordert van", "fr": "assigne", "es": "demanda a"}[lang], " ", mask[1], "; ", mask[2], " ", mask[3], ". ",
                {"en": "Judgment was given by ", "de": "Entschieden von ", "nl": "Uitspraak door ", "fr": "Jugement rendu par ", "es": "Sentencia dictada por "}[lang],
                N(R.choice(JUDGES.get({"en": "gb"}.get(lang, lang), JUDGES["gb"])), "judge"), {"en": " on ", "de": " am ", "nl": " op ", "fr": " le ", "es": " el "}[lang],
                odate(R, lang if lang != "en" else "en", "judgment_date"), ". IBAN: ", N("DE89 **** **** **** **30 00", "masked_iban"),
                ", ", masked_card(R), ", tel. ", N("+49 151 ****4471", "masked_phone"), ", ", N("m.k****@****.de", "masked_email")]
    else:
        body = [{"en": "Sample access log from the DSAR guidance (not real data):\n", "de": "Beispiel-Protokoll aus dem Leitfaden zur Auskunft (keine echten Daten):\n",
                 "nl": "Voorbeeldlog uit de handreiking (geen echte gegevens):\n", "fr": "Exemple de journal (données fictives) :\n", "es": "Registro de ejemplo (datos ficticios):\n"}[lang]]
        for i in range(R.randint(3, 5)):
            body += ["2025-0%d-%02dT%02d:%02d:11Z login " % (R.randint(1, 9), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59)), doc_ip(R), " user=", N("<customer_id>", "placeholder"), "\n"]
        body += ["resolver ", N(R.choice(["8.8.8.8", "1.1.1.1", "9.9.9.9"]), "resolver"), ", LAN ", N("192.168.0.0/24", "cidr"), ", ", N("2001:db8::17", "doc_ip6"), "\nAccount: ", N("user@example.com", "example_email")]
    req = {"en": "Is this anonymisation good enough to share on our blog?", "de": "Reicht diese Anonymisierung für die Veröffentlichung?", "nl": "Is dit voldoende geanonimiseerd?",
           "fr": "L'anonymisation est-elle suffisante ?", "es": "¿Está bien anonimizado?"}[lang]
    return "judgment", lang, wrap(R, [req], [req], body)


@tpl(25, clean=True)
def c_name_words(R):
    lang = R.choice(["en", "en", "en", "de", "nl", "fr", "es"])
    Q = {"en": ["Will the will still be valid if the witness was the executor's wife? {p} came up in class.",
                "Grant of probate took {n} months — is that normal? The estate is about {a}.",
                "Mark the exhibit as JB-3 or as Exhibit 3? The judge (", "Can a Bill of Costs include the fee for the Grant? {s}",
                "Rose, my flatmate, asked: does {s} let the landlord keep the deposit? Rent is {a}.", "Is 'Frank' a good name for a law-firm chatbot? lol. Also what's {p} about?",
                "Does Justice mean the same as judge in {p}? And who was Lord Atkin?", "Dean at the law school says Hope Street chambers are hiring — any tips? {s}"],
           "de": ["Ist ein Testament mit Kugelschreiber auf einem Bierdeckel gültig? {s}", "Was heißt 'Frank und frei' im Zeugenstand? Termin {d}.", "Ernst gemeint: kann man ein Urteil vom {d} noch anfechten? {s}"],
           "nl": ["Kan een testament op een servetje geldig zijn? {s}", "Wat betekent 'in de Hoge Raad' precies bij {p}?"],
           "fr": ["Un testament olographe sur papier libre est valable ? {s}", "Que veut dire « Marianne » sur les actes officiels ? Rien à voir avec {p} ?"],
           "es": ["¿Vale un testamento escrito a mano en una servilleta? {s}", "¿Qué significa 'Santa Rita' en un recurso? lo vi junto al {s}"]}[lang]
    q = R.choice(Q)
    cur = {"en": "GBP", "de": "EUR_de", "nl": "EUR_en", "fr": "EUR_fr", "es": "EUR_de"}[lang]
    parts = []
    for piece in re.split(r"(\{[a-z]\})", q):
        parts.append({"{p}": N(R.choice(PRECEDENTS), "precedent"), "{s}": N(R.choice(STATS[lang]), "statute"), "{a}": amount(R, cur), "{n}": str(R.randint(3, 14)),
                      "{d}": odate(R, lang if lang != "en" else "en", "hearing_date")}.get(piece, piece))
    if q.endswith("The judge ("):
        parts += [N(R.choice(JUDGES["gb"]), "judge"), ") prefers initials. Trial starts ", odate(R, "en", "hearing_date", style="long"), "."]
    ctx2 = {"en": ["\n\nBackground: the clerk mentioned ", N(R.choice(STATS["en"]), "statute"), " and the hearing is on ", odate(R, "en", "hearing_date", style="long"), "."],
            "de": ["\n\nHintergrund: Termin ist am ", odate(R, "de", "hearing_date", style="dmy."), ", Streitwert ", amount(R, "EUR_de"), "."],
            "nl": ["\n\nDe zitting is op ", odate(R, "nl", "hearing_date", style="long"), ", het gaat om ", amount(R, "EUR_en"), "."],
            "fr": ["\n\nContexte : audience le ", odate(R, "fr", "hearing_date", style="long"), ", montant en jeu ", amount(R, "EUR_fr"), "."],
            "es": ["\n\nContexto: la vista es el ", odate(R, "es", "hearing_date", style="long"), " y se reclaman ", amount(R, "EUR_de"), "."]}[lang]
    parts += ctx2 + [R.choice({"en": ["\n\nThanks!", "\n\nSorry if dumb question", "", "\n\n(asking for a friend)"], "de": ["\n\nDanke!", "", "\n\nLG"],
                               "nl": ["\n\nAlvast bedankt!", ""], "fr": ["\n\nMerci !", ""], "es": ["\n\n¡Gracias!", ""]}[lang])]
    return "question", lang, parts


# ====================================================================== rules, generation, check
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.]*\d)(/\d{1,2})?")
IPV6_RE = re.compile(r"(?<![0-9A-Fa-f:])(?:[0-9a-fA-F]{1,4}:){2,7}[0-9a-fA-F]{1,4}(?![0-9A-Fa-f:])")
RUN_RE = re.compile(r"\d+(?:[ \-.\u00a0\u202f]\d+)*")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{2,4}){3,8}\b")
OK_IPS = {"8.8.8.8", "1.1.1.1", "9.9.9.9", "0.0.0.0", "255.255.255.0", "127.0.0.1"}
CJK_PARTS = {x for lst in (JA, ZH, KO) for x in (lst and [y[1] for y in lst] + [y[0] for y in lst if len(y[0]) > 1])}


def _covered(spans, s, e, typ=None):
    return any(sp["start"] <= s and e <= sp["end"] and (typ is None or sp["type"] == typ) for sp in spans)


GOV_CHECK = {
    "es_dni": lambda v: (lambda x: len(x) == 9 and x[:8].isdigit() and DNI_LETTERS[int(x[:8]) % 23] == x[8])(re.sub(r"[\s.\-]", "", v)),
    "es_nie": lambda v: nie_ok(re.sub(r"[\s.\-]", "", v)),
    "it_cf": lambda v: len(v) == 16 and cf_check(v[:15]) == v[15],
    "br_cpf": lambda v: cpf_ok(re.sub(r"\D", "", v)),
    "pt_nif": lambda v: pt_nif_ok(v),
    "de_steuerid": lambda v: steuerid_ok(v.replace(" ", "")),
    "fr_nir": lambda v: (lambda x: nir_ok(x[:13], x[13:]))(v.replace(" ", "")),
    "nl_bsn": lambda v: bsn_ok(v),
    "gb_nino": lambda v: (lambda x: len(x) == 9 and x[:2] not in NINO_BAD_PREFIX and x[8] in "ABCD")(v.replace(" ", "")),
    "us_ssn": lambda v: (lambda a, g, s: ssn_valid(int(a), int(g), int(s)))(*v.split("-")),
    "in_aadhaar": lambda v: verhoeff_ok(v.replace(" ", "")),
    "in_pan": lambda v: re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", v) is not None,
    "pl_pesel": pesel_ok,
    "se_pnr": se_pnr_ok,
    "tr_tckn": tckn_ok,
    "cn_rid": cn_rid_ok,
    "kr_rrn": kr_rrn_ok,
    "ie_ppsn": ppsn_ok,
    "ru_passport": lambda v: re.fullmatch(r"\d{2} \d{2} \d{6}", v) is not None,
    "br_rg": sp_rg_ok,
    "us_a_number": lambda v: re.fullmatch(r"A-\d{3}-\d{3}-\d{3}", v) is not None,
    "nl_v_number": lambda v: re.fullmatch(r"\d{10}", v) is not None,
    "fr_agdref": lambda v: re.fullmatch(r"\d{10}", v) is not None,
    "ie_irp": lambda v: re.fullmatch(r"[A-E]\d{7}", v) is not None,
    "gb_ho_ref": lambda v: re.fullmatch(r"[A-Z]\d{7}", v) is not None,
    "de_id_card": lambda v: re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}", v) is not None,
}
PASS_RE = {"in_passport": r"[A-Z]\d{7}", "tr_passport": r"U\d{8}", "br_passport": r"F[A-Z]\d{6}", "mx_passport": r"[A-Z]{2}\d{7}"}


LOW_PARTICLES = {p.lower() for p in PARTICLES}


def rule_failures(rec, clean):
    """Every rule of the part; returns a list of reasons (empty when the record is fine)."""
    t, spans = rec["text"], rec["spans"]
    bad = []
    try:
        check_record(rec)
    except AssertionError as e:
        bad.append("record: %s" % str(e)[:60])
    if not 120 <= len(t) <= 2200:
        bad.append("length %d" % len(t))
    if clean and spans:
        bad.append("clean record with labels")
    if not clean and not spans:
        bad.append("labelled record without labels")
    for sp in spans:
        v, typ, sub = sp["value"], sp["type"], sp.get("sub")
        if typ == "gov_id":
            if sub in GOV_CHECK:
                if not GOV_CHECK[sub](v):
                    bad.append("gov_id check %s %s" % (sub, v))
            elif sub in PASS_RE:
                if not re.fullmatch(PASS_RE[sub], v):
                    bad.append("passport format %s" % v)
            else:
                bad.append("unknown gov sub %s" % sub)
        elif typ == "iban":
            c = re.sub(r"[\s\u00a0]", "", v)
            if iban_mod97(c) != 1 or len(c) != IBAN_LEN[c[:2]]:
                bad.append("iban %s" % v)
        elif typ == "card":
            if not luhn_ok(re.sub(r"\D", "", v)):
                bad.append("card luhn %s" % v)
        elif typ == "email":
            if not EMAIL_RE.fullmatch(v):
                bad.append("email format %s" % v)
        elif typ == "ip":
            try:
                a = ipaddress.ip_address(v)
            except ValueError:
                bad.append("ip format %s" % v)
                continue
            if not a.is_global or any(a in n for n in DOC_NETS if a.version == 4):
                bad.append("ip not global %s" % v)
    for m in EMAIL_RE.finditer(t):
        if _covered(spans, m.start(), m.end(), "email"):
            continue
        if any(sp["type"] == "secret" and sp["start"] <= m.start() < sp["end"] for sp in spans):
            continue  # user:password@host in a connection string
        loc, dom = m.group(0).split("@", 1)
        if loc.lower() in ROLE_LOCAL or dom.lower().startswith("example.") or ".example" in dom.lower():
            continue
        bad.append("email outside label %s" % m.group(0))
    for m in IPV4_RE.finditer(t):
        ip = m.group(1)
        if _covered(spans, m.start(1), m.end(1), "ip"):
            continue
        try:
            a = ipaddress.IPv4Address(ip)
        except ValueError:
            continue
        if m.group(2) or ip in OK_IPS or any(a in n for n in DOC_NETS) or a.is_loopback:
            continue
        bad.append("ipv4 outside label %s" % ip)
    for m in IPV6_RE.finditer(t):
        if _covered(spans, m.start(), m.end(), "ip"):
            continue
        try:
            a = ipaddress.ip_address(m.group(0))
        except ValueError:
            continue
        if a in ipaddress.ip_network("2001:db8::/32"):
            continue
        bad.append("ipv6 outside label %s" % m.group(0))
    for m in RUN_RE.finditer(t):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d) and not _covered(spans, m.start(), m.end()):
            bad.append("luhn-valid run %s" % m.group(0))
    for m in IBAN_RE.finditer(t):
        c = re.sub(r"[\s\u00a0]", "", m.group(0))
        if c[:2] in IBAN_LEN and len(c) == IBAN_LEN[c[:2]] and iban_mod97(c) == 1 and not _covered(spans, m.start(), m.end(), "iban"):
            bad.append("valid iban outside label %s" % m.group(0))
    # name-word rule
    pspans = [sp for sp in spans if sp["type"] == "person"]
    words = set()
    for sp in pspans:
        v = sp["value"]
        if re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", v):
            words.add(v)
            words.add(v.replace(" ", ""))
            for part in CJK_PARTS:
                if part in v:
                    words.add(part)
            continue
        for w in re.split(r"[\s,]+", v):
            w = w.strip(".")
            if len(w) > 1 and w.lower() not in LOW_PARTICLES and w[0].isupper():
                for p2 in w.split("-"):
                    if len(p2) > 1:
                        words.add(p2)
    for w in words:
        forms = {w, w.upper(), w[:1].upper() + w[1:].lower()}
        for f in forms:
            cjk = re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", f)
            pat = re.escape(f) if cjk else r"(?<!\w)" + re.escape(f) + r"(?!\w)"
            for m in re.finditer(pat, t):
                if not _covered(pspans, m.start(), m.end()):
                    bad.append("name word outside label %s" % f)
                    break
    return bad


def phones_of(recs):
    out = []
    for r in recs:
        for sp in r["spans"]:
            if sp["type"] == "phone":
                out.append((sp["value"], sp["region"], sp.get("plan", "")))
    return out


def generate():
    """All records, in final order, and the drop statistics."""
    kept, drops, cand_total = [], Counter(), 0
    drops_all = Counter()
    generate.drops_all = drops_all
    texts = set()
    for name, count, fn, clean in TEMPLATES:
        R = random.Random("%d/%s" % (SEED, name))
        cands = []
        for i in range(3 * count + 6):
            form, lang, parts = fn(R)
            rec = build("x", form, lang, parts)
            rec["_tpl"] = name
            cands.append(rec)
        cand_total += len(cands)
        bad_ph = pv_check([(v, r, p) for v, r, p in phones_of(cands)])
        if bad_ph is None:
            raise SystemExit("pv helper /tmp/pv/pv is missing; it is needed to write or check the file")
        badset = {tuple(ln.split("\t")[1:3]) for ln in bad_ph}
        n = 0
        for rec in cands:
            reasons = rule_failures(rec, clean)
            if any((sp["value"], sp["region"]) in badset for sp in rec["spans"] if sp["type"] == "phone"):
                reasons.append("phone rejected by pv")
            if rec["text"] in texts:
                reasons.append("repeated text")
            if reasons:
                drops_all[reasons[0].split(" ")[0]] += 1
            if n >= count:
                continue
            if reasons:
                drops[(name, reasons[0].split(" ")[0] + " " + reasons[0].split(" ")[1] if " " in reasons[0] else reasons[0])] += 1
                continue
            texts.add(rec["text"])
            kept.append(rec)
            n += 1
        assert n == count, (name, n, count)
    S = random.Random(SHUFFLE_SEED)
    S.shuffle(kept)
    out = []
    for i, rec in enumerate(kept):
        rec = dict(rec)
        tplname = rec.pop("_tpl")
        rec["id"] = "%s-%05d" % (PREFIX, i)
        order = ["id", "form", "lang", "text", "spans"] + (["neg"] if "neg" in rec else [])
        r2 = {k: rec[k] for k in order}
        r2["_tpl"] = tplname
        out.append(r2)
    return out, drops, cand_total


def serialise(recs):
    return "".join(json.dumps({k: v for k, v in r.items() if k != "_tpl"}, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def write():
    recs, drops, total = generate()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(serialise(recs))
    print("wrote %s: %d records, %d labels; %d candidates, %d dropped in the kept range" % (OUT, len(recs), sum(len(r["spans"]) for r in recs), total, sum(drops.values())))
    for k, v in sorted(drops.items()):
        print("  dropped %-28s %-40s %d" % k + (v,) if False else "  dropped %s: %s x%d" % (k[0], k[1], v))


def check():
    with open(OUT, encoding="utf-8") as f:
        data = f.read()
    recs = [json.loads(l) for l in data.splitlines()]
    assert len(recs) == 800, len(recs)
    clean_n = 0
    for i, r in enumerate(recs):
        assert r["id"] == "%s-%05d" % (PREFIX, i), r["id"]
        clean = not r["spans"]
        clean_n += clean
        bad = rule_failures(r, clean)
        assert not bad, (r["id"], bad)
    assert clean_n == 200, clean_n
    assert len({r["text"] for r in recs}) == 800, "repeated text"
    bad = pv_check(phones_of(recs))
    assert bad is not None, "pv helper missing"
    assert not bad, bad[:5]
    regen, _, _ = generate()
    assert serialise(regen) == data, "regeneration differs from the file"
    h = hashlib.sha256(data.encode("utf-8")).hexdigest()
    for seed in ("0", "7", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        o = subprocess.run([sys.executable, os.path.abspath(__file__), "--hash"], env=env, stdout=subprocess.PIPE, check=True).stdout.decode().strip()
        assert o == h, ("PYTHONHASHSEED", seed, o, h)
    n_ph = len(phones_of(recs))
    print("ok: 800 records (600 labelled, 200 clean), %d labels; every checksum, format and rule holds; %d phones valid per pv; "
          "regeneration is byte for byte (also under PYTHONHASHSEED 0, 7, 12345)" % (sum(len(r["spans"]) for r in recs), n_ph))


def stats():
    recs, drops, total = generate()
    lab = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if not r["spans"]), sum(lab.values())))
    print("per type:", ", ".join("%s %d" % kv for kv in lab.most_common()))
    print("per form:", ", ".join("%s %d" % kv for kv in Counter(r["form"] for r in recs).most_common()))
    print("per lang:", ", ".join("%s %d" % kv for kv in Counter(r["lang"] for r in recs).most_common()))
    print("per template (records, labels):")
    for name, count, fn, clean in TEMPLATES:
        rs = [r for r in recs if r["_tpl"] == name]
        print("  %-22s %4d %5d%s" % (name, len(rs), sum(len(r["spans"]) for r in rs), "  clean" if clean else ""))
    subs = Counter("%s:%s" % (sp["type"], sp.get("sub")) for r in recs for sp in r["spans"] if sp["type"] in ("gov_id", "secret", "ip", "iban", "card"))
    print("subs:", ", ".join("%s %d" % kv for kv in sorted(subs.items())))
    negs = Counter(t for r in recs for t in r.get("neg", []))
    print("neg tags (%d):" % len(negs), ", ".join("%s %d" % kv for kv in negs.most_common()))
    plan = Counter("%s/%s" % (sp["region"], sp["plan"]) for r in recs for sp in r["spans"] if sp["type"] == "phone" and "plan" in sp)
    print("phones with plan:", dict(plan), " regions:", dict(Counter(sp["region"] for r in recs for sp in r["spans"] if sp["type"] == "phone")))
    ln = sorted(len(r["text"]) for r in recs)
    print("text length min %d median %d max %d; labels across a line break %d" % (ln[0], ln[len(ln) // 2], ln[-1], sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"])))
    print("candidates %d; dropped in the kept range %d:" % (total, sum(drops.values())), dict(drops))


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    elif "--stats" in sys.argv:
        stats()
    elif "--hash" in sys.argv:
        recs, _, _ = generate()
        print(hashlib.sha256(serialise(recs).encode("utf-8")).hexdigest())
    else:
        write()
