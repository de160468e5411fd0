#!/usr/bin/python3
"""Held-out part 67 of the redaction corpus (heldout67.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections to the end of the part 3 section,
the part 65 section in full as the model, every part's theme line, and the
lines that searches for a few theme words turned up: part 25's decisions on
lets, owners' associations and home access codes, part 26's on parcel and
door codes, part 31's on owners' meeting minutes, caretakers and
tradespeople, part 39's on visitors and contractors, part 48's on tenants,
property and block managers and properties), lines 1-100 of
gen_heldout33.py (header and imports) and its function `pv_check`, and,
outside the repository, the source of the phone validator /tmp/pv/pv.cc
(run only through `pv_check`); not the redactor, its docs, its tests, the
other generators' bodies or any .jsonl data file other than its own
output. It ran no project binary, no make, no cmake/ctest and no git
command, and it did not score this file. Started 15:34:39 UTC on
2026-12-06 (`date -u`); the end time is in heldout/README.md. `pv_check`
is reused as is; the CLI layout (rewrite / --check / --stats) imitates
part 33's header.

Theme: PROPERTY MANAGEMENT, BLOCK MANAGEMENT AND BUILDING CONCIERGE FROM
THE STAFF SIDE. What property managers, block and estate managers,
concierge and front-desk staff, facilities coordinators, service-charge
accountants and their IT support paste into an assistant, from 20
countries in 19 languages: owner and tenant registers, move-in and
move-out forms, key-fob and parking-permit requests, parcel-room logs,
visitor and contractor sign-in sheets, service-charge demands and arrears
letters, direct-debit mandates, card payments typed into chats, repair
tickets, owners' meeting minutes and proxy forms, noise complaints, chats
with residents and owners, building-management exports (JSON, CSV) and
system .env files; and clean building notices, service-charge budgets,
access-control logs, card-payment UAT notes and house-rule checklists.
Hard negatives of the theme everywhere: flat, unit, bay and fob numbers,
ticket and work-order references, amounts and budget codes, visit dates
and times, the managing agents', receptions' and contractors' own
addresses, switchboards, websites and role mailboxes, lease-law and
building-regulation citations, device serials, private and documentation
IPs, test cards, and buildings, towers, courts and gardens named after
people.

Every name, street, town, organisation, frame sentence, request, template
and look-alike here was written by hand for this part. Deterministic
(seed 670613, shuffle seed 670614; each candidate seeded by the string
`seed:template:index`).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout67.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout67.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout67.py --stats   # counts
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
                       luhn_complete, iban_make, iban_mod97, IBAN_SPEC, IBAN_LEN,
                       iban_random, group, ssn_random, ssn_valid,
                       dni_random, nie_random, nie_ok, DNI_LETTERS, cf_make, cf_check,
                       aadhaar_random, verhoeff_ok, cpf_random, cpf_ok, pan_random,
                       card_random, card_grouping, split_groups, MONTHS,
                       secret_random, PLANS, digits, nz)

SEED = 670613
SHUFFLE_SEED = 670614
OUT = os.path.join(HERE, "heldout67.jsonl")
PREFIX = "heldout-bo-"


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ====================================================================== ids
# Checks written for this part (corpuslib has SSN, DNI/NIE, codice
# fiscale, CPF, Aadhaar and PAN).

def pesel_make(R, d, female):
    yy, mm = d.year % 100, d.month
    if d.year >= 2000:
        mm += 20
    serial = "%03d" % R.randint(0, 999)
    sx = R.choice("02468" if female else "13579")
    body = "%02d%02d%02d%s%s" % (yy, mm, d.day, serial, sx)
    return body + pesel_check(body)


def pesel_check(b10):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return str((10 - sum(int(c) * x for c, x in zip(b10, w)) % 10) % 10)


def pesel_ok(s):
    return bool(re.fullmatch(r"\d{11}", s)) and pesel_check(s[:10]) == s[10]


def tckn_make(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s):
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    d = list(map(int, s))
    return d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 \
        and d[10] == sum(d[:10]) % 10


def tz_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    t = 0
    for i, c in enumerate(s):
        v = int(c) * (1 if i % 2 == 0 else 2)
        t += v - 9 if v > 9 else v
    return t % 10 == 0


def tz_make(R):
    while True:
        b = str(R.choice([0, 2, 3])) + digits(R, 7)
        for c in "0123456789":
            if tz_ok(b + c):
                return b + c


def thai_id_make(R):
    b = R.choice("1358") + digits(R, 11)
    return b + thai_id_check(b)


def thai_id_check(b12):
    return str((11 - sum(int(c) * (13 - i) for i, c in enumerate(b12)) % 11) % 10)


def thai_id_ok(s):
    return bool(re.fullmatch(r"[1-8]\d{12}", s)) and thai_id_check(s[:12]) == s[12]


def thai_id_fmt(s):
    return "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12])


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cnid_check(b17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(b17, CN_W)) % 11]


def cnid_make(R, d, female, area):
    seq = "%02d" % R.randint(0, 99) + R.choice("02468" if female else "13579")
    b = area + d.strftime("%Y%m%d") + seq
    return b + cnid_check(b)


def cnid_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return cnid_check(s[:17]) == s[17]


def rrn_make(R, d, female):
    g = (3 if d.year >= 2000 else 1) + (1 if female else 0)
    b = d.strftime("%y%m%d") + str(g) + digits(R, 5)
    return b[:6] + "-" + b[6:] + rrn_check(b)


def rrn_check(b12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return str((11 - sum(int(c) * x for c, x in zip(b12, w)) % 11) % 10)


def rrn_ok(s):
    if not re.fullmatch(r"\d{6}-[1-4]\d{6}", s):
        return False
    b = s.replace("-", "")
    return rrn_check(b[:12]) == b[12]


def afm_check(b8):
    return str(sum(int(c) * 2 ** (8 - i) for i, c in enumerate(b8)) % 11 % 10)


def afm_make(R):
    b = R.choice("0123456789") + digits(R, 7)
    b = R.choice("01") + b[1:]
    return b + afm_check(b)


def afm_ok(s):
    return bool(re.fullmatch(r"\d{9}", s)) and s != "000000000" and afm_check(s[:8]) == s[8]


VN_PROV = ["001", "079", "066", "068", "048", "031", "038", "040", "046", "056"]


def cccd_make(R, d, female, prov):
    c = (0 if d.year < 2000 else 2) + (1 if female else 0)
    return prov + str(c) + d.strftime("%y") + digits(R, 6)


def cccd_ok(s, d=None):
    if not re.fullmatch(r"\d{12}", s) or s[:3] not in VN_PROV or s[3] not in "0123":
        return False
    return d is None or (s[4:6] == d.strftime("%y") and (s[3] in "01") == (d.year < 2000))


EG_GOV = ["01", "02", "03", "04", "12", "13", "14", "16", "21", "24", "25", "28"]


def egid_make(R, d, female, gov):
    c = "2" if d.year < 2000 else "3"
    return c + d.strftime("%y%m%d") + gov + digits(R, 3) + R.choice("02468" if female else "13579") + digits(R, 1)


def egid_ok(s, d=None):
    if not re.fullmatch(r"[23]\d{13}", s) or s[7:9] not in EG_GOV:
        return False
    try:
        dd = datetime.date((1900 if s[0] == "2" else 2000) + int(s[1:3]), int(s[3:5]), int(s[5:7]))
    except ValueError:
        return False
    return d is None or dd == d


PA_ALPHA = "0123456789CFGHJKLMNPRTVWXYZ"


def pa_check(s):
    w = [7, 3, 1]
    t = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 55
        t += v * w[i % 3]
    return str(t % 10)


def pa_make(R):
    b = R.choice("CFGHJKLMNPRTVWXYZ") + "".join(R.choice(PA_ALPHA) for _ in range(8))
    return b + pa_check(b)


def pa_ok(s):
    return bool(re.fullmatch(r"[CFGHJKLMNPRTVWXYZ][0-9CFGHJKLMNPRTVWXYZ]{8}\d", s)) and pa_check(s[:9]) == s[9]


def ru_passport_make(R):
    return "%02d %02d %06d" % (R.choice([45, 46, 40, 50, 52, 63, 66, 77]), R.randint(3, 24), R.randint(100000, 999999))


def pan_ok(s):
    return bool(re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", s))


def nino_ok(s):
    s = s.replace(" ", "")
    return bool(re.fullmatch(r"[ABCEGHJKLMNOPRSTWXYZ][ABCEGHJKLMNPRSTWXYZ]\d{6}[A-D]", s)) and \
        s[:2] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def cf_ok(s):
    return bool(re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s)) and cf_check(s[:15]) == s[15]


def dni_ok(s):
    return bool(re.fullmatch(r"\d{8}[A-Z]", s)) and DNI_LETTERS[int(s[:8]) % 23] == s[8]


PASSPORT_RE = {
    "US": r"[A-Z]?\d{8,9}", "GB": r"\d{9}", "DE": r"[CFGHJKLMNPRTVWXYZ][0-9CFGHJKLMNPRTVWXYZ]{8}",
    "FR": r"\d{2}[A-Z]{2}\d{5}", "NL": r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", "JP": r"[A-Z]{2}\d{7}",
    "IT": r"[A-Z]{2}\d{7}", "ES": r"[A-Z]{3}\d{6}", "BR": r"[A-Z]{2}\d{6}", "IN": r"[A-Z]\d{7}",
    "KR": r"M\d{8}", "TH": r"[A-Z]{2}\d{7}", "GR": r"[A-Z]{2}\d{7}", "TR": r"U\d{8}",
    "IL": r"\d{8}", "EG": r"A\d{8}", "CN": r"E[A-Z0-9]\d{7}", "RU": r"\d{2} \d{7}",
    "PL": r"[A-Z]{2}\d{7}", "VN": r"[A-Z]\d{7}",
}


def passport_make(R, c):
    up = string.ascii_uppercase
    if c == "US":
        return R.choice(["", R.choice(up)]) + nz(R, 8) if R.random() < 0.3 else R.choice("56") + digits(R, 8)
    if c == "GB":
        return R.choice("12345") + digits(R, 8)
    if c == "DE":
        return R.choice("CFGHJK") + "".join(R.choice(PA_ALPHA) for _ in range(8))
    if c == "FR":
        return "%02d" % R.randint(12, 25) + R.choice(up) + R.choice(up) + digits(R, 5)
    if c == "NL":
        a = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
        return R.choice(a) + R.choice(a) + "".join(R.choice(a + "0123456789") for _ in range(6)) + digits(R, 1)
    if c in ("JP", "IT", "TH", "GR", "PL"):
        return R.choice(up) + R.choice(up) + digits(R, 7)
    if c == "ES":
        return "".join(R.choice(up) for _ in range(3)) + digits(R, 6)
    if c == "BR":
        return R.choice(up) + R.choice(up) + digits(R, 6)
    if c == "IN":
        return R.choice("JKLMNPRSTUVZ") + digits(R, 7)
    if c == "KR":
        return "M" + digits(R, 8)
    if c == "TR":
        return "U" + digits(R, 8)
    if c == "IL":
        return R.choice("23") + digits(R, 7)
    if c == "EG":
        return "A" + digits(R, 8)
    if c == "CN":
        return "E" + R.choice("ABCDEFGHJ0123456789") + digits(R, 7)
    if c == "RU":
        return "%02d %07d" % (R.randint(70, 77), R.randint(1000000, 9999999))
    if c == "VN":
        return R.choice("CB") + digits(R, 7)
    raise KeyError(c)


def gov_ok(sp):
    """The check of a gov_id label by its sub."""
    v, sub = sp["value"], sp.get("sub")
    c = v.replace(" ", "").replace("-", "").replace(".", "")
    if sub == "ssn":
        a, g, s = v.split("-") if "-" in v else (v[:3], v[3:5], v[5:])
        return bool(re.fullmatch(r"\d{3}-?\d{2}-?\d{4}", v)) and ssn_valid(int(a), int(g), int(s))
    if sub == "pesel":
        return pesel_ok(c)
    if sub == "tc_kimlik":
        return tckn_ok(c)
    if sub == "teudat_zehut":
        return tz_ok(c)
    if sub == "th_id":
        return thai_id_ok(c)
    if sub == "cn_resident_id":
        return cnid_ok(c)
    if sub == "kr_rrn":
        return rrn_ok(v)
    if sub == "gr_afm":
        return afm_ok(c)
    if sub == "vn_cccd":
        return cccd_ok(c)
    if sub == "eg_national_id":
        return egid_ok(c)
    if sub == "de_personalausweis":
        return pa_ok(v)
    if sub == "ru_passport":
        return bool(re.fullmatch(r"\d{2} \d{2} \d{6}", v))
    if sub == "aadhaar":
        return bool(re.fullmatch(r"\d{4} \d{4} \d{4}|\d{12}", v)) and verhoeff_ok(c) and c[0] not in "01"
    if sub == "pan":
        return pan_ok(v)
    if sub == "cpf":
        return bool(re.fullmatch(r"\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11}", v)) and cpf_ok(c)
    if sub == "dni":
        return dni_ok(c)
    if sub == "nie":
        return bool(re.fullmatch(r"[XYZ]\d{7}[A-Z]", c)) and nie_ok(c)
    if sub == "codice_fiscale":
        return cf_ok(v)
    if sub == "passport":
        return bool(re.fullmatch(PASSPORT_RE[sp["country"]], v))
    return False


# ====================================================================== names
# Per locale: male given, female given, family names. "native|roman" where
# the script is not Latin; female family forms after "/" (PL, RU, GR).
LOCALES = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "RU",
           "GR", "TR", "IL", "EG", "IN", "TH", "CN", "JP", "KR", "VN"]
LANG = {"US": "en", "GB": "en", "DE": "de", "FR": "fr", "ES": "es", "IT": "it", "NL": "nl",
        "BR": "pt", "PL": "pl", "RU": "ru", "GR": "el", "TR": "tr", "IL": "he", "EG": "ar",
        "IN": "hi", "TH": "th", "CN": "zh", "JP": "ja", "KR": "ko", "VN": "vi"}

NAMES = {
    "US": ("Arlis Hollis Verlin Alvis Odell Burl Merle Garland Lyndell Claudell",
           "Lavonne Bernadine Lorene Twila Velma Ardith Darlene Rhonda Maxine Glenna",
           "Yancey Fugate Worsham Stringfellow Shoemake Poindexter Blevins Cantrell Dobbins Ratliff Sizemore Honaker"),
    "GB": ("Alasdair Lucan Rupert Caspian Barnabas Horatio Fergus Digory Evander Quentin",
           "Saffron Henrietta Araminta Philomena Hermione Eglantine Wilhelmina Morwenna Isolde Bryony",
           "Haslam Openshaw Whitworth Braithwaite Marchbanks Bickerstaffe Dunstable Pilkington Rawsthorne Uttley Heseltine Moxon"),
    "DE": ("Ewald Volkmar Hartmut Irenäus Lutz Wilderich Roderich Meinolf Leberecht Theobald",
           "Waltraud Oda Traudl Heiderose Mechtild Ortrud Liselotte Lore Rosmarie Dörte",
           "Schwarzkopf Zimmerling Grünewald Habermehl Kleinschmidt Ohlendorf Pfannenstiel Quandt Hebestreit Sauerbier Trautwein Wendeborn"),
    "FR": ("Aubin Barthélemy Clotaire Désiré Evariste Fulbert Gonzague Firmin Lazare Norbert",
           "Aldonce Berthe Clémence Ghislaine Guenièvre Mathurine Odile Rolande Séverine Violaine",
           "Aubertin Boissonnade Chaumette Dufresnoy Esquirol Fauconnier Grosjean Lamarque Malivoire Peyrefitte Rabaud Vaillancourt"),
    "ES": ("Abundio Baldomero Casimiro Demetrio Eustaquio Fermín Crisanto Hilario Isidoro Ludovico",
           "Azucena Candelaria Trinidad Estíbaliz Fuensanta Eloísa Maite Jacinta Teófila Paulina",
           "Basterrechea Uriarte Castañeda Ugarte Galarza Lecumberri Lizarraga Lasarte Sagarzazu Ansorena Plazaola Otaegui Arregui Goñi Eizaguirre Urrutia Aramburu Beitia Iriondo Esnaola"),
    "IT": ("Ascanio Anselmo Cosimo Dario Ermenegildo Brunone Crescenzo Leopoldo Fedele Oreste",
           "Assunta Brunella Concetta Donatella Carmelina Graziella Loredana Mirella Ornella Tiziana",
           "Abbondanza Bergamaschi Capuozzo Esposti Ferraresi Guarnieri Gianfagna Mastrangelo Pellicciari Iacobelli Panzavolta Zanardelli"),
    "NL": ("Aldert Berend Coenraad Wiebe Gijsbert Hidde Jelmer Lambertus Jelle Sybrand",
           "Aafke Brechtje Diewke Femke Durkje Hendrikje Lieke Marijke Mintje Wobbine",
           "Bakhuizen Klompmaker Jongeneel Nijenhuis Lautenbach Middendorp Oosterhuis Roodenburg Scholtens Tuinstra Wagenmakers Doorninck"),
    "BR": ("Aderbal Clodoaldo Adamastor Dorival Florisvaldo Gilmar Laudelino Odorico Sinval Juvenal",
           "Aparecida Cleonice Dulcinéia Eliane Claudineia Iracema Jucélia Dalva Rosimeire Valdirene",
           "Almeida Cavalcanti Carneiro Coutinho Holanda Drummond Portela Aguiar Queiroz Bragança Teixeira Moraes Freitas Maranhão Peixoto Veloso"),
    "PL": ("Bogumił Czesław Ludomir Grzegorz Jarosław Sulisław Mieczysław Przemysław Radosław Zdzisław",
           "Bożena Danuta Grażyna Halina Jadwiga Krystyna Mirosława Stanisława Wiesława Zofia",
           "Bąkowski/Bąkowska Dziedzic Grabowski/Grabowska Jabłoński/Jabłońska Kowalczyk Lisowski/Lisowska Michalak Nowicki/Nowicka Pietrzak Sobczak Urbański/Urbańska Kwiatkowski/Kwiatkowska"),
    "RU": ("Агафон|Agafon Всеволод|Vsevolod Евграф|Yevgraf Святослав|Svyatoslav Тимофей|Timofey Ярополк|Yaropolk Мирон|Miron Савелий|Saveliy Феофан|Feofan Никанор|Nikanor",
           "Агафья|Agafya Василиса|Vasilisa Евдокия|Yevdokiya Фаина|Faina Капитолина|Kapitolina Лукерья|Lukerya Прасковья|Praskovya Серафима|Serafima Таисия|Taisiya Ульяна|Ulyana",
           "Белозёров/Белозёрова|Belozyorov/Belozyorova Веденеев/Веденеева|Vedeneev/Vedeneeva Глазунов/Глазунова|Glazunov/Glazunova Дорофеев/Дорофеева|Dorofeev/Dorofeeva Жуковцев/Жуковцева|Zhukovtsev/Zhukovtseva Задорнов/Задорнова|Zadornov/Zadornova Кривошеин/Кривошеина|Krivoshein/Krivosheina Лапшин/Лапшина|Lapshin/Lapshina Мещеряков/Мещерякова|Meshcheryakov/Meshcheryakova Пастухов/Пастухова|Pastukhov/Pastukhova Сыромятников/Сыромятникова|Syromyatnikov/Syromyatnikova Тюленев/Тюленева|Tyulenev/Tyuleneva"),
    "GR": ("Αριστείδης|Aristeidis Διονύσιος|Dionysios Ευάγγελος|Evangelos Θεμιστοκλής|Themistoklis Λεωνίδας|Leonidas Μιλτιάδης|Miltiadis Πανταζής|Pantazis Σπυρίδων|Spyridon Χαράλαμπος|Charalampos Ορέστης|Orestis",
           "Ασπασία|Aspasia Βασιλική|Vasiliki Ευανθία|Evanthia Ευτέρπη|Efterpi Καλλιόπη|Kalliopi Μαργαρίτα|Margarita Ουρανία|Ourania Σταυρούλα|Stavroula Φωτεινή|Foteini Χρυσούλα|Chrysoula",
           "Αργυρόπουλος/Αργυροπούλου|Argyropoulos/Argyropoulou Βλαχόπουλος/Βλαχοπούλου|Vlachopoulos/Vlachopoulou Γεωργακόπουλος/Γεωργακοπούλου|Georgakopoulos/Georgakopoulou Δημητρακόπουλος/Δημητρακοπούλου|Dimitrakopoulos/Dimitrakopoulou Καραγιάννης/Καραγιάννη|Karagiannis/Karagianni Λαμπρόπουλος/Λαμπροπούλου|Lampropoulos/Lampropoulou Μαυρίδης/Μαυρίδου|Mavridis/Mavridou Ξενάκης/Ξενάκη|Xenakis/Xenaki Ρουσσάκης/Ρουσσάκη|Roussakis/Roussaki Σγουρός/Σγουρού|Sgouros/Sgourou"),
    "TR": ("Oğuz Bülent Cengiz Tarkan Volkan Ferhat Gökhan Haluk Kıvanç Levent",
           "Aysel Berrin Canan Nurhan Feriha Gülten Hülya Nurten Sevim Tülin",
           "Akyürek Bayraktar Çelebi Dumlupınar Köksal Gündoğdu Karaosmanoğlu Pehlivan Sarıkaya Tekeli Uysal Yılmazer"),
    "IL": ("אביגדור|Avigdor בועז|Boaz גדליה|Gedalya זבולון|Zevulun חנניה|Hananya ידידיה|Yedidya מנשה|Menashe נחמיה|Nehemya ברכיה|Berachya שמשון|Shimshon",
           "אביגיל|Avigail בתיה|Batya דבורה|Dvora הדסה|Hadassa יוכבד|Yocheved אסנת|Osnat יהודית|Yehudit עדינה|Adina שלומציון|Shlomtzion שולמית|Shulamit",
           "ברקוביץ|Berkovitz גולדשטיין|Goldstein הורוביץ|Horowitz וולפסון|Wolfson זילברמן|Silberman כהנא|Kahana מרגליות|Margaliot נוימן|Neuman פינקלשטיין|Finkelstein רוזנטל|Rosenthal שפירא|Shapira טננבאום|Tenenbaum"),
    "EG": ("فاروق|Farouk صفوت|Safwat عاطف|Atef عصام|Essam فكري|Fekry رأفت|Raafat طارق|Tarek رمزي|Ramzy وائل|Wael ياسر|Yasser",
           "سهير|Soheir نجلاء|Naglaa عبير|Abeer رشا|Rasha إيناس|Enas ولاء|Walaa شيماء|Shaimaa هويدا|Howaida ميرفت|Mervat سوزان|Suzan",
           "الحفناوي|Elhefnawy البنداري|Elbendary المغربي|Elmaghraby السيوفي|Elsiofy الفخراني|Elfakharany العدوي|Eladawy الجندي|Elgendy الصعيدي|Elsaidy القليني|Elkelainy الصاوي|Elsawy الطحان|Eltahan البسيوني|Elbasiouny"),
    "IN": ("हरिप्रसाद|Hariprasad योगेन्द्र|Yogendra धर्मेन्द्र|Dharmendra शैलेन्द्र|Shailendra रघुवीर|Raghuvir जितेन्द्र|Jitendra प्रभाकर|Prabhakar सुधाकर|Sudhakar विश्वनाथ|Vishwanath कमलेश|Kamlesh",
           "सुलोचना|Sulochana शकुंतला|Shakuntala हेमलता|Hemlata उर्मिला|Urmila प्रमिला|Pramila सरोजिनी|Sarojini विमला|Vimla चंद्रकला|Chandrakala मालती|Malti जयश्री|Jayashree",
           "अग्निहोत्री|Agnihotri पांडेय|Pandey मिश्रा|Mishra द्विवेदी|Dwivedi दीक्षित|Dixit जोशी|Joshi वर्मा|Verma मेहता|Mehta ठाकुर|Thakur खन्ना|Khanna गोयल|Goyal बाजवा|Bajwa"),
    "TH": ("วรวุฒิ|Worawut ศักดิ์ชัย|Sakchai อดิศักดิ์|Adisak เกรียงไกร|Kriangkrai ชาญวิทย์|Chanwit ธีระพงษ์|Teerapong พิชิต|Pichit บุญเลิศ|Boonlert สุรชัย|Surachai วิโรจน์|Wiroj",
           "บังอร|Bangon จันทร์เพ็ญ|Chanpen นงลักษณ์|Nongluck บุษบา|Busaba พรทิพย์|Porntip รัตนา|Rattana ศิริพร|Siriporn สุนันทา|Sunanta อรุณี|Arunee วันเพ็ญ|Wanpen",
           "วงศ์สวัสดิ์|Wongsawat เจริญผล|Charoenphon สุขสมบูรณ์|Suksomboon พงษ์พานิช|Pongpanich รุ่งเรืองศรี|Rungruangsri อินทรประเสริฐ|Intaraprasert แสงทอง|Saengthong ทองประเสริฐ|Thongprasert สุวรรณศรี|Suwannasri ธนสาร|Thanasarn ศรีสุข|Srisuk เพชรรัตน์|Phetcharat"),
    "CN": ("嘉禾|Jiahe 景行|Jingxing 思远|Siyuan 明远|Mingyuan 鹤鸣|Heming 晏清|Yanqing 立诚|Licheng 秉坤|Bingkun 培钧|Peijun 振邦|Zhenbang",
           "采薇|Caiwei 梦瑶|Mengyao 雅琴|Yaqin 静怡|Jingyi 素芬|Sufen 佳慧|Jiahui 淑贞|Shuzhen 晓岚|Xiaolan 凝香|Ningxiang 碧莹|Biying",
           "钱|Qian 蒋|Jiang 沈|Shen 戴|Dai 贾|Jia 郝|Hao 柴|Chai 欧|Ou 詹|Zhan 韦|Wei 甄|Zhen 岑|Cen"),
    "JP": ("正臣|Masaomi 孝之|Takayuki 敦史|Atsushi 康平|Kohei 将太|Shota 紘一|Koichi 雄大|Yudai 伸也|Shinya 貴文|Takafumi 清志|Kiyoshi",
           "千晶|Chiaki 菜々子|Nanako 小夜子|Sayoko 芳恵|Yoshie 郁美|Ikumi 由布子|Yuko 真琴|Makoto 麻衣子|Maiko 和歌子|Wakako 頼子|Yoriko",
           "小野寺|Onodera 五十嵐|Igarashi 日比野|Hibino 東海林|Shoji 勅使河原|Teshigawara 四ノ宮|Shinomiya 御手洗|Mitarai 長谷部|Hasebe 早見|Hayami 一ノ瀬|Ichinose 蓮見|Hasumi 不破|Fuwa"),
    "KR": ("준혁|Junhyeok 도윤|Doyun 시우|Siwoo 건우|Gunwoo 승현|Seunghyun 재원|Jaewon 현수|Hyunsoo 민재|Minjae 유찬|Yuchan 윤호|Yunho",
           "서윤|Seoyun 지안|Jian 하윤|Hayun 나연|Nayeon 다은|Daeun 예린|Yerin 채원|Chaewon 윤서|Yunseo 소미|Somi 서진|Seojin",
           "심|Shim 권|Kwon 구|Koo 양|Yang 전|Jeon 지|Ji 천|Chun 차|Cha 유|Yoo 주|Joo"),
    "VN": ("Uẩn Thước Cảo Doanh Khoan Nghiễm Sảng Thỉnh Tụng Chánh",
           "Nhu Êm Chúc Biếc Thêm Vẹn Khéo Sớm Dẻo Trọn",
           "Hoắc Lỗ Xa Sằm Lường Tào Lự Khà Giàng Sùng Thào Lầu"),
}

PATRONYMICS = [("Аркадьевич|Arkadyevich", "Аркадьевна|Arkadyevna"), ("Игнатьевич|Ignatyevich", "Игнатьевна|Ignatyevna"),
               ("Макарович|Makarovich", "Макаровна|Makarovna"), ("Фомич|Fomich", "Фоминична|Fominichna"),
               ("Ефремович|Yefremovich", "Ефремовна|Yefremovna"), ("Герасимович|Gerasimovich", "Герасимовна|Gerasimovna"),
               ("Трофимович|Trofimovich", "Трофимовна|Trofimovna"), ("Платонович|Platonovich", "Платоновна|Platonovna")]
NL_PARTICLE = ["van", "van der", "ter", "de", "van den"]
EXEMPT_WORDS = {"Văn", "Thị", "van", "der", "den", "ter", "de"}


def _split(loc, s):
    return s.split()


def _nr(x):
    """'native|roman' -> (native, roman); roman = native for Latin names."""
    if "|" in x:
        a, b = x.split("|")
        return a, b
    return x, x


def name_table(loc):
    m, f, s = NAMES[loc]
    males = [_nr(x) for x in _split(loc, m)]
    females = [_nr(x) for x in _split(loc, f)]
    fams = []
    for x in _split(loc, s):
        nat, rom = _nr(x)
        if "/" in nat:
            nm, nf = nat.split("/")
            rm, rf = rom.split("/") if "/" in rom else (rom, rom)
        else:
            nm = nf = nat
            rm = rf = rom
        fams.append(((nm, rm), (nf, rf)))
    return males, females, fams


def fold(s):
    import unicodedata
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i").replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def all_name_words():
    """Every name word (native, female forms, roman forms, patronymics)."""
    out = set()
    for loc in LOCALES:
        males, females, fams = name_table(loc)
        for nat, rom in males + females:
            out.update(nat.split())
            out.update(rom.split())
        for (nm, rm), (nf, rf) in fams:
            for w in (nm, rm, nf, rf):
                out.update(w.split())
    for a, b in PATRONYMICS:
        for x in (a, b):
            out.update(_nr(x))
    return out - EXEMPT_WORDS


# ====================================================================== places
# Per country: the managing agent (fictional, named after a kind of cloud
# or sky phenomenon), its domain, office, switchboard; the three managed
# buildings (name, street, number) in the agent's town; forwarding
# addresses' streets and towns; contractors; citations.

AGENTS = {
    "US": dict(firm="Altocumulus Community Management LLC", dom="altocumulus-cm.com",
               office="1515 Commerce St Suite 410, Tacoma, WA 98402", sw="(253) 555-0137"),
    "GB": dict(firm="Cirrocumulus Block Management Ltd", dom="cirrocumulus-bm.co.uk",
               office="3 Tubwell Row, Darlington DL3 7NB", sw="01325 960 418"),
    "DE": dict(firm="Hausverwaltung Federwolke GmbH", dom="federwolke-hv.de",
               office="Sandstraße 41, 57072 Siegen", sw="0271 39 48 20-0"),
    "FR": dict(firm="Cabinet Nébulosité Syndic & Gestion", dom="nebulosite-syndic.fr",
               office="7 rue de la Préfecture, 25000 Besançon", sw="03 81 47 22 90"),
    "ES": dict(firm="Administración de Fincas Cúmulo S.L.", dom="fincascumulo.es",
               office="Calle de la Constitución 9, 2.º, 47001 Valladolid", sw="983 21 47 60"),
    "IT": dict(firm="Studio Amministrazioni Condominiali Nembo", dom="studionembo.it",
               office="Corso del Popolo 212, 45100 Rovigo (RO)", sw="0425 41 83 77"),
    "NL": dict(firm="VvE-beheer Stapelwolk B.V.", dom="stapelwolk-vve.nl",
               office="Hoofdstraat 88, 7811 EP Emmen", sw="0591 74 62 10"),
    "BR": dict(firm="Administradora de Condomínios Cerração Ltda.", dom="cerracao-condominios.com.br",
               office="Rua Marechal Deodoro, 630, 12º andar, Centro, Curitiba - PR, 80010-010", sw="(41) 3022-4816"),
    "PL": dict(firm="Zarządca Nieruchomości Obłok sp. z o.o.", dom="oblok-zarzadca.pl",
               office="ul. Lipowa 31, 15-424 Białystok", sw="85 744 21 90"),
    "RU": dict(firm="Управляющая компания «Перистое»", dom="uk-peristoe.ru",
               office="г. Ульяновск, ул. Гончарова, д. 40, офис 312", sw="8 (8422) 44-19-70"),
    "GR": dict(firm="Διαχείριση Πολυκατοικιών «Σωρείτης»", dom="soreitis-diaxeirisi.gr",
               office="Μαιζώνος 118, 262 22 Πάτρα", sw="2610 277 415"),
    "TR": dict(firm="Sis Bulutu Site ve Tesis Yönetimi A.Ş.", dom="sisbulutu-yonetim.com.tr",
               office="Kılavuz Mah. İstasyon Cad. No: 31/4, 58060 Sivas", sw="0346 224 18 70"),
    "IL": dict(firm="ענן נוצה ניהול ואחזקת מבנים בע\"מ", dom="anan-notza.co.il",
               office="רחוב שער הגיא 12, נתניה", sw="09-8612470"),
    "EG": dict(firm="شركة السحاب الركامي لإدارة العقارات", dom="sahab-rokamy.com.eg",
               office="المحور المركزي، مبنى الإدارة، مدينة 6 أكتوبر، الجيزة", sw="02 3837 4120"),
    "IN": dict(firm="मेघमाला प्रॉपर्टी मैनेजमेंट प्रा. लि.", dom="meghmala-pm.in",
               office="सिविल लाइन्स, नागपुर, महाराष्ट्र 440001", sw="0712 256 4410"),
    "TH": dict(firm="บริษัท เมฆฝน พร็อพเพอร์ตี้ แมเนจเม้นท์ จำกัด", dom="mekfon-pm.co.th",
               office="ถนนศรีจันทร์ ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000", sw="043 224 718"),
    "CN": dict(firm="宁波积雨云物业服务有限公司", dom="jiyuyun-wy.cn",
               office="浙江省宁波市鄞州区首南街道天童南路588号", sw="0574-8812 6630"),
    "JP": dict(firm="株式会社うろこ雲管理サービス", dom="urokogumo-kanri.co.jp",
               office="静岡県浜松市中区板屋町110-5", sw="053-452-7781"),
    "KR": dict(firm="새털구름주택관리(주)", dom="saetul-housing.co.kr",
               office="대구광역시 수성구 동대구로 220, 5층", sw="053-741-2290"),
    "VN": dict(firm="Công ty Quản lý Tòa nhà Mây Trắng", dom="maytrang-bql.vn",
               office="số 21 đường Y Wang, phường Ea Tam, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk", sw="0262 3816 447"),
}
for _c, _a in AGENTS.items():
    _a["site"] = "www." + _a["dom"]

# managed buildings: (name, street, number)
BUILDINGS = {
    "US": [("Alder Wharf Condominiums", "Ruston Way", "4820"), ("Proctor Terrace HOA", "S Yakima Ave", "2210"), ("Larchmont Lofts", "Pacific Ave", "3716")],
    "GB": [("Tallowfield House", "Haughton Road", "118"), ("Coniscliffe Yard", "Coniscliffe Road", "72"), ("Ropery Wharf", "Yarm Road", "240")],
    "DE": [("Wohnanlage Hüttenblick", "Hüttenweg", "14"), ("Haus am Rosterberg", "Rosterstraße", "52"), ("Quartier Sieghöhe", "Weidenauer Straße", "187")],
    "FR": [("Résidence Les Platanes de Chamars", "rue Mégevand", "23"), ("Résidence Battant", "rue Battant", "61"), ("Le Clos des Saliniers", "avenue de Chardonnet", "14")],
    "ES": [("Residencial Pisuerga", "Paseo de Isabel la Católica", "31"), ("Edificio Las Acacias", "Calle Muro", "12"), ("Comunidad Parquesol", "Calle Hernando de Acuña", "28")],
    "IT": [("Condominio Le Betulle", "Viale Oroboni", "45"), ("Condominio Adigetto", "Via Silvestri", "17"), ("Residenza Canalbianco", "Via Moro", "9")],
    "NL": [("VvE De Hondsrug", "Noordbargerstraat", "144"), ("VvE Emmerhout", "Houtweg", "31"), ("VvE Parc Sandur", "Boslaan", "8")],
    "BR": [("Condomínio Residencial Araucária", "Rua Padre Anchieta", "1880"), ("Edifício Guabiroba", "Avenida Sete de Setembro", "4410"), ("Condomínio Jardim das Bracatingas", "Rua Itupava", "722")],
    "PL": [("Wspólnota Mieszkaniowa Zielone Wzgórza", "ul. Wiejska", "41"), ("Osiedle Nad Białką", "ul. Jurowiecka", "63"), ("Apartamenty Lipowa Park", "ul. Świętojańska", "15")],
    "RU": [("ЖК «Волжские просторы»", "ул. Радищева", "118"), ("ЖК «Венец-парк»", "ул. Минаева", "27"), ("ТСЖ «Симбирский двор»", "ул. Льва Толстого", "56")],
    "GR": [("Πολυκατοικία Γλαύκου", "Κορίνθου", "214"), ("Πολυκατοικία Αγυιάς", "Αγίου Νικολάου", "63"), ("Συγκρότημα Ρίου", "Ακτή Δυμαίων", "17")],
    "TR": [("Kızılırmak Evleri Sitesi", "Yenişehir Mah. Kardeşler Cad.", "42"), ("Çamlıbel Konutları", "Esentepe Mah. Ihlamur Sok.", "9"), ("Paşabahçe Rezidans", "Kardeşler Mah. Meşe Sok.", "17")],
    "IL": [("מגדלי הים", "רחוב ניצה", "14"), ("בית הגפן", "רחוב סמילנסקי", "27"), ("פארק הצבעונים", "שדרות בנימין", "61")],
    "EG": [("كمبوند الزيتونة", "الحي الثامن، المجاورة الرابعة", "14"), ("أبراج البنفسج", "الحي الحادي عشر، شارع الجامعة", "27"), ("عمارات الفيروز", "الحي السابع، المحور الشمالي", "8")],
    "IN": [("शिवालिक हाइट्स सहकारी गृहनिर्माण संस्था", "वर्धा रोड", "45"), ("नीलगिरि अपार्टमेंट्स", "अमरावती रोड", "112"), ("सुरभि रेजीडेंसी", "काटोल रोड", "9")],
    "TH": [("คอนโด ภูผาวิว", "ถนนมิตรภาพ", "88/12"), ("อาคารชุด บึงแก่นนคร", "ถนนกลางเมือง", "219"), ("เดอะ กังสดาล เรสซิเดนซ์", "ถนนมะลิวัลย์", "45/7")],
    "CN": [("金桂华庭", "钱湖北路", "1288号"), ("银杏湾花园", "嵩江中路", "377号"), ("天水家园", "四明中路", "95号")],
    "JP": [("パークヴィラ砂山", "砂山町", "3-18"), ("ライオンズ鴨江", "鴨江2丁目", "14-6"), ("セントラル佐鳴台", "佐鳴台4丁目", "21-3")],
    "KR": [("수성 한빛마을아파트", "달구벌대로", "2455"), ("범어 푸른숲아파트", "범어로", "71"), ("만촌 새봄타운", "무열로", "33")],
    "VN": [("chung cư Cây Sung", "đường Sông Lô", "120"), ("tòa nhà Gò Dầu", "đường Bến Thuyền", "44"), ("chung cư Ea Kao", "đường Ngư Ông", "9")],
}

TOWN = {"US": ("Tacoma", "WA"), "GB": ("Darlington", ""), "DE": ("Siegen", ""), "FR": ("Besançon", ""),
        "ES": ("Valladolid", ""), "IT": ("Rovigo", "RO"), "NL": ("Emmen", ""), "BR": ("Curitiba", "PR"),
        "PL": ("Białystok", ""), "RU": ("Ульяновск", ""), "GR": ("Πάτρα", ""), "TR": ("Sivas", ""),
        "IL": ("נתניה", ""), "EG": ("مدينة 6 أكتوبر", "الجيزة"), "IN": ("नागपुर", "महाराष्ट्र"),
        "TH": ("ขอนแก่น", ""), "CN": ("浙江省宁波市鄞州区", ""), "JP": ("静岡県浜松市中区", ""),
        "KR": ("대구광역시 수성구", ""), "VN": ("thành phố Buôn Ma Thuột", "tỉnh Đắk Lắk")}

# forwarding / correspondence addresses elsewhere: (street, town, region)
FWD = {
    "US": [("W Sprague Ave", "Spokane", "WA", "992"), ("Meridian St", "Bellingham", "WA", "982")],
    "GB": [("Priestpopple", "Hexham", "NE46"), ("Hallgate", "Hexham", "NE46")],
    "DE": [("Ketzerbach", "Marburg", "3503"), ("Barfüßertor", "Marburg", "3503")],
    "FR": [("rue des Arènes", "Dole", "39100"), ("rue Pasteur", "Dole", "39100")],
    "ES": [("Calle Mayor", "Palencia", "340"), ("Calle de los Traperos", "Palencia", "340")],
    "IT": [("Calle Gradara", "Chioggia", "VE", "30015"), ("Via Chieppara", "Adria", "RO", "45011")],
    "NL": [("Kloekhorststraat", "Assen", "940"), ("Schutstraat", "Hoogeveen", "790")],
    "BR": [("Rua do Príncipe", "Joinville", "SC", "892"), ("Rua Blumenau", "Joinville", "SC", "892")],
    "PL": [("ul. Kościuszki", "Suwałki", "16-400"), ("ul. Noniewicza", "Suwałki", "16-400")],
    "RU": [("пр-т 50 лет Октября", "Сызрань", "446"), ("ул. Победы", "Димитровград", "433")],
    "GR": [("Μανωλοπούλου", "Πύργος", "271 00"), ("Ερμού", "Πύργος", "271 31")],
    "TR": [("Pınarbaşı Mah. Fırın Sok.", "Şarkışla/Sivas", "58400"), ("Yeni Mah. Dere Sok.", "Gemerek/Sivas", "58840")],
    "IL": [("רחוב הנשיאים", "חדרה", ""), ("רחוב הגיבורים", "חדרה", "")],
    "EG": [("شارع الشيراتون", "الغردقة، البحر الأحمر", ""), ("شارع الجيش", "السويس", "")],
    "IN": [("राजापेठ", "अमरावती", "4446"), ("कैंप रोड", "अमरावती", "4446")],
    "TH": [("ถนนโพศรี", "อำเภอเมืองอุดรธานี จังหวัดอุดรธานี", "41000"), ("ถนนประจักษ์ศิลปาคม", "อำเภอเมืองอุดรธานี จังหวัดอุดรธานี", "41000")],
    "CN": [("浙江省绍兴市越城区", "解放北路", ""), ("浙江省绍兴市越城区", "胜利东路", "")],
    "JP": [("愛知県豊橋市", "松葉町", "440-0881"), ("愛知県豊橋市", "花園町", "440-0883")],
    "KR": [("충청북도 청주시 상당구", "상당로", ""), ("충청북도 청주시 흥덕구", "직지대로", "")],
    "VN": [("đường Hàng Cau", "thành phố Bảo Lộc, tỉnh Lâm Đồng", ""), ("đường Tân Lợi", "thành phố Bảo Lộc, tỉnh Lâm Đồng", "")],
}

# contractors: (firm, trade key, address, switchboard)
CONTRACTORS = {
    "US": [("Puget Vertical Lift Co.", "lift", "8802 S Tacoma Way, Lakewood, WA 98499", "(253) 555-0191"), ("Narrows Plumbing & Drain", "plumb", "2704 6th Ave, Tacoma, WA 98406", "(253) 555-0176")],
    "GB": [("Tees Valley Lift Services Ltd", "lift", "Unit 4, Lingfield Point, Darlington DL1 1RW", "01325 960 771"), ("Skerne Plumbing & Heating", "plumb", "19 Valley Street North, Darlington DL1 1QE", "01325 960 245")],
    "DE": [("Aufzugsdienst Rothaar GmbH", "lift", "Leimbachstraße 240, 57074 Siegen", "0271 66 41 90"), ("Sanitär Ferndorf KG", "plumb", "Hagener Straße 17, 57072 Siegen", "0271 23 50 88")],
    "FR": [("Ascenseurs Citadelle SAS", "lift", "ZA de Thise, 25220 Thise", "03 81 61 44 02"), ("Plomberie Vauban", "plumb", "44 rue de Belfort, 25000 Besançon", "03 81 80 19 27")],
    "ES": [("Ascensores Campogrande S.L.", "lift", "Polígono San Cristóbal, Calle Plata 21, 47012 Valladolid", "983 39 20 14"), ("Fontanería Esgueva", "plumb", "Calle Labradores 40, 47004 Valladolid", "983 30 77 51")],
    "IT": [("Ascensori Rodigini S.r.l.", "lift", "Viale del Lavoro 18, 45100 Rovigo (RO)", "0425 47 10 62"), ("Idraulica Adigetto", "plumb", "Via Tre Martiri 77, 45100 Rovigo (RO)", "0425 36 29 14")],
    "NL": [("Liftservice Drenthe B.V.", "lift", "Phileas Foggstraat 30, 7821 AK Emmen", "0591 62 17 40"), ("Loodgietersbedrijf Hunze", "plumb", "Statenweg 12, 7811 BC Emmen", "0591 61 48 03")],
    "BR": [("Elevadores Iguaçu Ltda.", "lift", "Rua Francisco Derosso, 1500, Xaxim, Curitiba - PR, 81710-000", "(41) 3376-2210"), ("Hidráulica Barigui", "plumb", "Rua Mateus Leme, 2011, São Francisco, Curitiba - PR, 80530-010", "(41) 3252-7741")],
    "PL": [("Dźwigi Podlasie sp. z o.o.", "lift", "ul. Przędzalniana 8, 15-688 Białystok", "85 652 40 17"), ("Hydraulika Supraśl", "plumb", "ul. Sienkiewicza 55, 15-002 Białystok", "85 741 22 63")],
    "RU": [("ООО «Лифтсервис-Волга»", "lift", "г. Ульяновск, Московское ш., д. 91", "8 (8422) 27-40-11"), ("ИП «Сантехник-Симбирск»", "plumb", "г. Ульяновск, ул. Урицкого, д. 15", "8 (8422) 32-18-06")],
    "GR": [("Ανελκυστήρες Αχαΐας Ο.Ε.", "lift", "ΒΙΠΕ Πατρών, Οδός Α΄ 22, 252 00 Πάτρα", "2610 647 210"), ("Υδραυλικά Γλαύκος", "plumb", "Κανακάρη 141, 262 21 Πάτρα", "2610 434 908")],
    "TR": [("Kızılırmak Asansör Ltd. Şti.", "lift", "Organize Sanayi Bölgesi 3. Cad. No: 14, Sivas", "0346 217 40 55"), ("Kale Tesisat", "plumb", "Eskikale Mah. Demirciler Sok. No: 8, Sivas", "0346 221 63 17")],
    "IL": [("מעליות עמק חפר בע\"מ", "lift", "אזור התעשייה פולג, נתניה", "09-8855120"), ("אינסטלציה הים התיכון", "plumb", "רחוב פינסקר 30, נתניה", "09-8341176")],
    "EG": [("شركة المصاعد الحديثة", "lift", "المنطقة الصناعية الثالثة، مدينة 6 أكتوبر", "02 3832 1190"), ("ورشة السباكة الماهرة", "plumb", "السوق التجاري، الحي الثاني، مدينة 6 أكتوبر", "02 3835 6641")],
    "IN": [("विदर्भ लिफ्ट्स एंड एस्केलेटर्स", "lift", "एमआईडीसी हिंगणा, नागपुर 440016", "0712 279 3310"), ("सावनेर प्लंबिंग वर्क्स", "plumb", "इतवारी बाज़ार, नागपुर 440002", "0712 276 1184")],
    "TH": [("บริษัท ลิฟต์อีสาน จำกัด", "lift", "ถนนเหล่านาดี อำเภอเมืองขอนแก่น", "043 306 514"), ("ร้านประปาบึงทุ่งสร้าง", "plumb", "ถนนหน้าเมือง อำเภอเมืองขอนแก่น", "043 221 947")],
    "CN": [("宁波甬江电梯工程有限公司", "lift", "浙江省宁波市江北区长兴路199号", "0574-8730 2214"), ("鄞州安泰水电维修部", "plumb", "浙江省宁波市鄞州区泰康中路66号", "0574-8822 9031")],
    "JP": [("遠州エレベーター保守株式会社", "lift", "静岡県浜松市南区卸本町37", "053-441-2260"), ("天竜設備工業", "plumb", "静岡県浜松市中区田町231", "053-454-6618")],
    "KR": [("대경엘리베이터(주)", "lift", "대구광역시 북구 유통단지로 14", "053-381-4402"), ("신천설비", "plumb", "대구광역시 수성구 신천동로 90", "053-766-1208")],
    "VN": [("Công ty Thang máy Ea Tam", "lift", "số 7 đường Y Wang, thành phố Buôn Ma Thuột", "0262 3812 120"), ("Điện nước Gò Dầu", "plumb", "số 15 đường Ngư Ông, thành phố Buôn Ma Thuột", "0262 3851 664")],
}

# lease-law, block-management and building-regulation citations (real
# laws; look-alikes)
LAWS = {
    "US": ["RCW 64.90.485", "RCW 59.18.260", "IBC 2021 § 1010.2", "ASME A17.1"],
    "GB": ["section 20 of the Landlord and Tenant Act 1985", "section 21B of the Landlord and Tenant Act 1985", "Schedule 11 to the Commonhold and Leasehold Reform Act 2002", "Approved Document B, Volume 1"],
    "DE": ["§ 28 Abs. 1 WEG", "§ 19 Abs. 2 Nr. 4 WEG", "§ 556 Abs. 3 BGB", "§ 35 BetrKV-Verordnung"],
    "FR": ["article 10 de la loi n° 65-557 du 10 juillet 1965", "article 14-2 de la loi du 10 juillet 1965", "décret n° 67-223 du 17 mars 1967", "article R. 134-1 du CCH"],
    "ES": ["artículo 9.1.e) de la Ley 49/1960 de Propiedad Horizontal", "artículo 21 LPH", "artículo 17.7 LPH", "Código Técnico de la Edificación DB-SI"],
    "IT": ["art. 1123 c.c.", "art. 63 disp. att. c.c.", "art. 1136 c.c.", "D.P.R. 162/1999"],
    "NL": ["artikel 5:112 BW", "artikel 5:126 BW", "artikel 5:128 BW", "Bouwbesluit 2012, afdeling 2.12"],
    "BR": ["art. 1.336 do Código Civil", "art. 12 da Lei 4.591/1964", "art. 1.348 do Código Civil", "NBR 16.083"],
    "PL": ["art. 15 ustawy o własności lokali", "art. 13 ust. 1 ustawy o własności lokali", "art. 30 ustawy o własności lokali", "§ 193 rozporządzenia w sprawie warunków technicznych"],
    "RU": ["ст. 155 ЖК РФ", "ст. 158 ЖК РФ", "ст. 161 ЖК РФ", "п. 32 Правил № 354"],
    "GR": ["ν. 3741/1929", "άρθρο 4 του ν. 3741/1929", "ΥΑ 28391/2009", "ΚΕΝΑΚ 2017"],
    "TR": ["634 sayılı Kat Mülkiyeti Kanunu md. 20", "KMK md. 22", "KMK md. 33", "Binaların Yangından Korunması Hakkında Yönetmelik"],
    "IL": ["חוק המקרקעין, התשכ\"ט-1969, סעיף 58", "סעיף 59 לחוק המקרקעין", "תקנות המקרקעין (ניהול ורישום)", "ת\"י 2481"],
    "EG": ["القانون رقم 119 لسنة 2008، المادة 73", "المادة 74 من قانون البناء", "قانون البناء الموحد", "الكود المصري للمصاعد"],
    "IN": ["महाराष्ट्र सहकारी संस्था अधिनियम 1960 की धारा 154B", "रेरा 2016 की धारा 11", "आदर्श उपविधि 67", "राष्ट्रीय भवन संहिता 2016"],
    "TH": ["พ.ร.บ.อาคารชุด พ.ศ. 2522 มาตรา 18", "มาตรา 40 พ.ร.บ.อาคารชุด", "กฎกระทรวง ฉบับที่ 33", "มาตรา 18/1"],
    "CN": ["《物业管理条例》第四十一条", "《民法典》第二百七十八条", "《物业管理条例》第十一条", "GB 50016-2014"],
    "JP": ["区分所有法第19条", "区分所有法第39条", "マンション管理適正化法第77条", "建築基準法第12条"],
    "KR": ["공동주택관리법 제23조", "공동주택관리법 제20조", "집합건물법 제25조", "승강기 안전관리법 제32조"],
    "VN": ["Luật Nhà ở 2023, Điều 152", "Thông tư 05/2024/TT-BXD", "Điều 150 Luật Nhà ở", "QCVN 06:2022/BXD"],
}

# buildings, towers, courts and gardens named after people (look-alikes)
EPONYMS = {
    "US": ["Rainier Tower", "Weyerhaeuser Building", "Frank Russell Building"],
    "GB": ["Stephenson Court", "Pease House", "Backhouse Gardens"],
    "DE": ["Adolf-Wurmbach-Halle", "Rubens-Passage", "Haus Brüderhof-Dilthey"],
    "FR": ["tour Vauban", "résidence Courbet", "jardin Proudhon"],
    "ES": ["Torre Zorrilla", "edificio Cervantes", "jardines de Berruguete"],
    "IT": ["Torre Donà", "Palazzo Roncale", "Giardini Matteotti"],
    "NL": ["Rembrandthof", "Thorbeckehuis", "Hondsrug Van Gogh-tuin"],
    "BR": ["Edifício Niemeyer", "Torre Lerner", "Jardim Botânico Jaime Lerner"],
    "PL": ["Pałac Branickich", "Wieża Zamenhofa", "Ogród Kopernika"],
    "RU": ["дом Гончарова", "Ленинский мемориал", "сквер Карамзина"],
    "GR": ["Μέγαρο Κουλούρα", "Πύργος Καποδίστρια", "Κήπος Τριανταφύλλου"],
    "TR": ["Ali Şir Nevai Parkı", "Pir Sultan Abdal Kültür Merkezi", "Muhsin Yazıcıoğlu Kulesi"],
    "IL": ["מגדל רבין", "גני ז'בוטינסקי", "בית שטרייכמן"],
    "EG": ["برج ناصر", "حديقة طه حسين", "عمارات عثمان"],
    "IN": ["गांधी टावर", "तिलक उद्यान", "आंबेडकर भवन"],
    "TH": ["อาคารเฉลิมพระเกียรติ", "สวนหลวง ร.9", "หอประชุมกาญจนาภิเษก"],
    "CN": ["逸夫大厦", "中山花园", "包玉刚大楼"],
    "JP": ["徳川家康公記念館", "松下幸之助ホール", "本田宗一郎ものづくり伝承館"],
    "KR": ["김광석 다시그리기길", "이상화 고택", "국채보상운동기념공원"],
    "VN": ["tòa nhà Lê Thánh Tôn", "công viên Yersin", "tháp Pasteur"],
}


# ====================================================================== people
class Person:
    __slots__ = ("loc", "female", "given", "family", "patr", "rgiven", "rfamily", "words", "fams")

    def __init__(self, loc, female, given, family, patr=None, rgiven="", rfamily=""):
        self.loc, self.female, self.given, self.family, self.patr = loc, female, given, family, patr
        self.rgiven, self.rfamily = rgiven, rfamily
        ws = set(given.split()) | set(family.split()) | set(rgiven.split()) | set(rfamily.split())
        if patr:
            ws |= set(patr[0].split()) | set(patr[1].split())
        self.words = ws - EXEMPT_WORDS
        self.fams = set()

    def full(self):
        """The name as written in running text."""
        g, f = self.given, self.family
        if self.loc in ("CN", "KR"):
            return f + g
        if self.loc == "JP":
            return f + " " + g
        if self.loc == "VN":
            return "%s %s %s" % (f, "Thị" if self.female else "Văn", g)
        return g + " " + f

    def fio(self):
        """RU: Family Given Patronymic; elsewhere the form order."""
        if self.loc == "RU" and self.patr:
            return "%s %s %s" % (self.family, self.given, self.patr[0])
        return self.full()

    def first(self):
        """How a chat addresses or signs: given name; JP family name; CN, KR
        full name; VN last syllable of the given name."""
        if self.loc == "JP":
            return self.family
        if self.loc in ("CN", "KR"):
            return self.full()
        return self.given.split()[-1] if self.loc == "VN" else self.given

    def roman(self):
        return fold(self.rgiven or self.given), fold(self.rfamily or self.family)

    def caps(self):
        g, f = self.roman()
        if self.loc in ("CN", "KR", "JP", "VN"):
            return (f + " " + g).upper()
        return (g + " " + f).upper()


def draw_person(R, loc, female=None, avoid=()):
    """A person of loc sharing no name word with the people in avoid."""
    used, ufam = set(), set()
    for p in avoid:
        used |= p.words
        ufam |= p.fams
    males, females, fams = name_table(loc)
    for _ in range(400):
        fem = R.random() < 0.5 if female is None else female
        g = R.choice(females if fem else males)
        fm, ff = R.choice(fams)
        f = ff if fem else fm
        keys = {fm[0]}
        patr = None
        if loc == "RU":
            pm, pf = R.choice(PATRONYMICS)
            patr = _nr(pf if fem else pm)
        given, rgiven = g
        family, rfamily = f
        if loc == "ES":
            fm2, _ = R.choice(fams)
            if fm2[0] == family:
                continue
            keys.add(fm2[0])
            family, rfamily = family + " " + fm2[0], rfamily + " " + fm2[1]
        elif loc == "BR" and R.random() < 0.5:
            fm2, _ = R.choice(fams)
            if fm2[0] == family:
                continue
            keys.add(fm2[0])
            family, rfamily = fm2[0] + " " + family, fm2[1] + " " + rfamily
        elif loc == "NL" and R.random() < 0.35:
            part = R.choice(NL_PARTICLE)
            family, rfamily = part + " " + family, part + " " + rfamily
        p = Person(loc, fem, given, family, patr, rgiven if rgiven != given else "",
                   rfamily if rfamily != family else "")
        p.fams = keys
        if p.words & used or keys & ufam:
            continue
        if loc in ("CN", "KR") and (family in {q.family for q in avoid}):
            continue
        return p
    raise RuntimeError("no person")


def people(R, loc, n, genders=None):
    out = []
    for i in range(n):
        out.append(draw_person(R, loc, None if genders is None else genders[i], out))
    return out


# ====================================================================== phones
def _cc(loc):
    return {"GR": 30, "TR": 90, "IL": 972, "EG": 20, "TH": 66, "KR": 82, "VN": 84}.get(loc) or PLANS[loc][0]


def mobile_nsn(R, loc):
    if loc == "US":
        while True:
            ex = R.choice("23456789") + digits(R, 2)
            if ex[1:] != "11" and ex != "555":
                return R.choice(["253", "206", "360", "425"]) + ex + digits(R, 4)
    if loc == "GR":
        return "69" + R.choice("3479") + digits(R, 7)
    if loc == "TR":
        return "5" + R.choice(["30", "32", "33", "35", "38", "42", "43", "45", "05", "06"]) + digits(R, 7)
    if loc == "IL":
        return "5" + R.choice("02348") + digits(R, 7)
    if loc == "EG":
        return "1" + R.choice("0125") + digits(R, 8)
    if loc == "TH":
        return R.choice(["81", "82", "86", "89", "91", "92", "95", "97", "98"]) + digits(R, 7)
    if loc == "KR":
        return "10" + R.choice("2345678") + digits(R, 7)
    if loc == "VN":
        return R.choice(["90", "91", "93", "94", "96", "97", "98", "32", "35", "38"]) + digits(R, 7)
    if loc == "DE":
        return PLANS["DE"][2][R.choice(["mobile", "mobile7"])](R)
    if loc == "RU":
        return PLANS["RU"][2]["mobile"](R)
    if loc == "CN":
        return PLANS["CN"][2]["mobile"](R)
    return PLANS[loc][2]["mobile"](R)


def phone_national(R, loc, n):
    if loc == "US":
        return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (n[:3], n[3:6], n[6:])
    if loc == "GB":
        return R.choice(["0%s %s", "0%s%s"]) % (n[:4], n[4:])
    if loc == "DE":
        return R.choice(["0%s %s", "0%s/%s", "0%s-%s"]) % (n[:3], n[3:])
    if loc == "FR":
        d = "0" + n
        return R.choice([" ", "."]).join(d[i:i + 2] for i in range(0, 10, 2))
    if loc == "ES":
        return R.choice(["%s %s %s %s", "%s%s%s%s"]) % (n[:3], n[3:5], n[5:7], n[7:]) if R.random() < 0.6 else "%s %s %s" % (n[:3], n[3:6], n[6:])
    if loc == "IT":
        return R.choice(["%s %s %s", "%s/%s%s", "%s-%s%s"]) % (n[:3], n[3:6], n[6:])
    if loc == "NL":
        return R.choice(["06-%s", "06 %s", "06%s"]) % n[1:]
    if loc == "BR":
        return "(%s) %s-%s" % (n[:2], n[2:7], n[7:])
    if loc == "PL":
        return R.choice(["%s %s %s", "%s-%s-%s"]) % (n[:3], n[3:6], n[6:])
    if loc == "RU":
        return R.choice(["8 (%s) %s-%s-%s", "8-%s-%s-%s-%s", "8 %s %s %s %s"]) % (n[:3], n[3:6], n[6:8], n[8:])
    if loc == "GR":
        return R.choice(["%s %s %s", "%s%s%s"]) % (n[:3], n[3:6], n[6:])
    if loc == "TR":
        return R.choice(["0 (%s) %s %s %s", "0%s %s %s %s"]) % (n[:3], n[3:6], n[6:8], n[8:])
    if loc == "IL":
        return R.choice(["0%s-%s-%s", "0%s-%s%s"]) % (n[:2], n[2:5], n[5:])
    if loc == "EG":
        return R.choice(["0%s %s %s", "0%s-%s-%s"]) % (n[:3], n[3:6], n[6:])
    if loc == "IN":
        return R.choice(["%s %s", "0%s %s", "%s-%s"]) % (n[:5], n[5:])
    if loc == "TH":
        return "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    if loc == "CN":
        return R.choice(["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (n[:3], n[3:7], n[7:])
    if loc == "JP":
        return "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if loc == "KR":
        return "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if loc == "VN":
        return R.choice(["0%s %s %s", "0%s.%s.%s"]) % (n[:2], n[2:5], n[5:])
    raise KeyError(loc)


def phone_intl(R, loc, n):
    cc = _cc(loc)
    if loc == "US":
        return R.choice(["+1 %s-%s-%s", "+1 (%s) %s-%s"]) % (n[:3], n[3:6], n[6:])
    if loc == "GB":
        return R.choice(["+44 %s %s", "+44 (0)%s %s"]) % (n[:4], n[4:])
    if loc == "DE":
        return "+49 %s %s" % (n[:3], n[3:])
    if loc == "FR":
        return "+33 %s %s" % (n[0], " ".join(n[i:i + 2] for i in range(1, 9, 2)))
    if loc in ("ES", "PL"):
        return "+%d %s %s %s" % (cc, n[:3], n[3:6], n[6:])
    if loc == "IT":
        return "+39 %s %s" % (n[:3], n[3:])
    if loc == "NL":
        return "+31 6 %s" % n[1:]
    if loc == "BR":
        return "+55 %s %s-%s" % (n[:2], n[2:7], n[7:])
    if loc == "RU":
        return "+7 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    if loc == "GR":
        return "+30 %s %s" % (n[:3], n[3:])
    if loc == "TR":
        return "+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
    if loc == "IL":
        return "+972 %s-%s-%s" % (n[:2], n[2:5], n[5:])
    if loc == "EG":
        return "+20 %s %s %s" % (n[:3], n[3:6], n[6:])
    if loc == "IN":
        return "+91 %s %s" % (n[:5], n[5:])
    if loc == "TH":
        return "+66 %s %s %s" % (n[:2], n[2:5], n[5:])
    if loc == "CN":
        return "+86 %s %s %s" % (n[:3], n[3:7], n[7:])
    if loc in ("JP", "KR"):
        return "+%d %s-%s-%s" % (cc, n[:2], n[2:6], n[6:])
    if loc == "VN":
        return "+84 %s %s %s" % (n[:2], n[2:5], n[5:])
    raise KeyError(loc)


def e164(loc, n):
    return "+%d%s" % (_cc(loc), n)


ABROAD = {"US": ["CA", "GB"], "GB": ["IE", "ES", "AU"], "DE": ["AT", "CH"], "FR": ["BE", "CH"],
          "ES": ["GB", "DE"], "IT": ["CH", "DE"], "NL": ["BE", "DE"], "BR": ["PT", "US"],
          "PL": ["GB", "DE"], "RU": ["DE"], "GR": ["DE", "GB"], "TR": ["DE", "NL"],
          "IL": ["US", "FR"], "EG": ["GB", "US"], "IN": ["SG", "GB"], "TH": ["SG", "HK"],
          "CN": ["HK", "SG"], "JP": ["US", "HK"], "KR": ["US", "JP"], "VN": ["AU", "US"]}


def foreign_phone(R, plan):
    cc, trunk, kinds = PLANS[plan]
    kind = "mobile" if "mobile" in kinds else sorted(kinds)[0]
    n = kinds[kind](R)
    if plan in ("US", "CA"):
        return "+1 %s %s %s" % (n[:3], n[3:6], n[6:])
    return "+%d %s %s" % (cc, n[:3], n[3:])


def Lphone(R, loc, intl=None, abroad=0.0, kind="mobile"):
    """A labelled mobile: national or +CC, or (abroad) another country's."""
    if abroad and R.random() < abroad:
        plan = R.choice(ABROAD[loc])
        return L("phone", foreign_phone(R, plan), sub="mobile", region=loc, plan=plan)
    n = mobile_nsn(R, loc)
    if intl is None:
        intl = R.random() < 0.3
    v = phone_intl(R, loc, n) if intl else phone_national(R, loc, n)
    return L("phone", v, sub=kind, region=loc)


def Lphone_e164(R, loc):
    return L("phone", e164(loc, mobile_nsn(R, loc)), sub="mobile", region=loc)


# ====================================================================== dates
MON = dict(MONTHS)
MON["pl"] = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]
MON["ru"] = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
MON["el"] = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
MON["tr"] = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
MON["he"] = ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"]
MON["ar"] = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
MON["hi"] = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]
MON["th"] = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def rand_dob(R, lo=1942, hi=2003):
    return datetime.date(R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28))


def jp_era(d):
    if d >= datetime.date(2019, 5, 1):
        return "令和%d年%d月%d日" % (d.year - 2018, d.month, d.day)
    if d >= datetime.date(1989, 1, 8):
        return "平成%d年%d月%d日" % (d.year - 1988, d.month, d.day)
    return "昭和%d年%d月%d日" % (d.year - 1925, d.month, d.day)


def fmt_date(R, loc, d, words=None):
    """A birth date as the country writes it; words=True a month-name form."""
    lang = LANG[loc]
    if words is None:
        words = R.random() < 0.35
    y, m, dd = d.year, d.month, d.day
    if loc == "US":
        return "%s %d, %d" % (MONTHS["en"][m - 1], dd, y) if words else R.choice(["%02d/%02d/%d", "%d/%d/%d"]) % (m, dd, y)
    if loc == "GB":
        return "%d %s %d" % (dd, MONTHS["en"][m - 1], y) if words else "%02d/%02d/%d" % (dd, m, y)
    if loc in ("DE", "PL", "RU", "TR"):
        if words:
            return {"DE": "%d. %s %d", "PL": "%d %s %d", "RU": "%d %s %d г.", "TR": "%d %s %d"}[loc] % (dd, MON[lang][m - 1], y)
        return "%02d.%02d.%d" % (dd, m, y)
    if loc in ("FR", "IT"):
        return "%d %s %d" % (dd, MON[lang][m - 1], y) if words else "%02d/%02d/%d" % (dd, m, y)
    if loc in ("ES", "BR"):
        return "%d de %s de %d" % (dd, MON[lang][m - 1], y) if words else "%02d/%02d/%d" % (dd, m, y)
    if loc == "NL":
        return "%d %s %d" % (dd, MON["nl"][m - 1], y) if words else "%02d-%02d-%d" % (dd, m, y)
    if loc == "GR":
        return "%d %s %d" % (dd, MON["el"][m - 1], y) if words else "%d/%d/%d" % (dd, m, y)
    if loc == "IL":
        return "%d %s %d" % (dd, MON["he"][m - 1], y) if words else "%d.%d.%d" % (dd, m, y)
    if loc == "EG":
        return "%d %s %d" % (dd, MON["ar"][m - 1], y) if words else "%02d/%02d/%d" % (dd, m, y)
    if loc == "IN":
        return "%d %s %d" % (dd, MON["hi"][m - 1], y) if words else "%02d-%02d-%d" % (dd, m, y)
    if loc == "TH":
        if words:
            return "%d %s %d" % (dd, R.choice([MON["th"][m - 1], TH_ABBR[m - 1]]), y + 543)
        return "%02d/%02d/%d" % (dd, m, y + 543)
    if loc == "CN":
        return "%d年%d月%d日" % (y, m, dd) if words else R.choice(["%d-%02d-%02d", "%d.%d.%d"]) % (y, m, dd)
    if loc == "JP":
        return R.choice([jp_era(d), "%d年%d月%d日" % (y, m, dd)]) if words else "%d/%02d/%02d" % (y, m, dd)
    if loc == "KR":
        return "%d년 %d월 %d일" % (y, m, dd) if words else "%d. %d. %d." % (y, m, dd)
    if loc == "VN":
        return "ngày %d tháng %d năm %d" % (dd, m, y) if words else "%02d/%02d/%d" % (dd, m, y)
    raise KeyError(loc)


def fmt_day(loc, d):
    """A non-birth date (visit, move-in, meeting) in the country's numeric form."""
    return {"US": "%m/%d/%Y", "GB": "%d/%m/%Y", "DE": "%d.%m.%Y", "PL": "%d.%m.%Y", "RU": "%d.%m.%Y",
            "TR": "%d.%m.%Y", "FR": "%d/%m/%Y", "IT": "%d/%m/%Y", "ES": "%d/%m/%Y", "BR": "%d/%m/%Y",
            "NL": "%d-%m-%Y", "GR": "%d/%m/%Y", "IL": "%d.%m.%Y", "EG": "%d/%m/%Y", "IN": "%d-%m-%Y",
            "TH": "%d/%m/", "CN": "%Y-%m-%d", "JP": "%Y/%m/%d", "KR": "%Y.%m.%d", "VN": "%d/%m/%Y"}[loc].replace(
        "%d", "%02d" % d.day).replace("%m", "%02d" % d.month).replace("%Y", str(d.year)) + (str(d.year + 543) if loc == "TH" else "")


def rand_day(R, y0=2025, y1=2026):
    return datetime.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


def Ldob(R, loc, d, words=None):
    return L("dob", fmt_date(R, loc, d, words))


# ====================================================================== ids
IT_BELFIORE = ["H620", "G224", "L736", "C638", "A059", "D548"]
CN_AREA = ["330212", "330203", "330602", "330206", "330281"]


def gov_for(R, loc, p, d):
    """The id a building office asks for at move-in: (field label key, L)."""
    if loc == "US":
        a, g, s = ssn_random(R)
        return L("gov_id", "%s-%s-%s" % (a, g, s), sub="ssn")
    if loc == "ES":
        if R.random() < 0.7:
            n, c = dni_random(R)
            return L("gov_id", n + c, sub="dni")
        pfx, n, c = nie_random(R)
        return L("gov_id", pfx + n + c, sub="nie")
    if loc == "IT":
        return L("gov_id", cf_make(p.family.split()[-1], p.given, d.year % 100, d.month, d.day, p.female, R.choice(IT_BELFIORE)), sub="codice_fiscale")
    if loc == "BR":
        c = cpf_random(R)
        return L("gov_id", "%s.%s.%s-%s" % (c[:3], c[3:6], c[6:9], c[9:]) if R.random() < 0.8 else c, sub="cpf")
    if loc == "PL":
        return L("gov_id", pesel_make(R, d, p.female), sub="pesel")
    if loc == "RU":
        return L("gov_id", ru_passport_make(R), sub="ru_passport")
    if loc == "GR":
        return L("gov_id", afm_make(R), sub="gr_afm")
    if loc == "TR":
        return L("gov_id", tckn_make(R), sub="tc_kimlik")
    if loc == "IL":
        return L("gov_id", tz_make(R), sub="teudat_zehut")
    if loc == "EG":
        return L("gov_id", egid_make(R, d, p.female, R.choice(EG_GOV)), sub="eg_national_id")
    if loc == "IN":
        if R.random() < 0.7:
            a = aadhaar_random(R)
            return L("gov_id", "%s %s %s" % (a[:4], a[4:8], a[8:]), sub="aadhaar")
        return L("gov_id", pan_random(R, "P", p.roman()[1]), sub="pan")
    if loc == "TH":
        t = thai_id_make(R)
        return L("gov_id", thai_id_fmt(t) if R.random() < 0.7 else t, sub="th_id")
    if loc == "CN":
        return L("gov_id", cnid_make(R, d, p.female, R.choice(CN_AREA)), sub="cn_resident_id")
    if loc == "KR":
        return L("gov_id", rrn_make(R, d, p.female), sub="kr_rrn")
    if loc == "VN":
        return L("gov_id", cccd_make(R, d, p.female, R.choice(VN_PROV)), sub="vn_cccd")
    if loc == "DE":
        return L("gov_id", pa_make(R), sub="de_personalausweis")
    return L("gov_id", passport_make(R, loc), sub="passport", country=loc)


def Lpassport(R, loc):
    return L("gov_id", passport_make(R, loc), sub="passport", country=loc)


# ====================================================================== money
CARD_BY = {"US": ["visa", "mastercard", "amex"], "GB": ["visa", "mastercard"], "DE": ["mastercard", "visa"],
           "FR": ["visa", "mastercard"], "ES": ["visa"], "IT": ["mastercard", "visa"], "NL": ["mastercard", "visa"],
           "BR": ["mastercard", "visa"], "PL": ["visa", "mastercard"], "RU": ["mir"], "GR": ["visa"],
           "TR": ["troy", "visa"], "IL": ["visa", "mastercard"], "EG": ["visa", "mastercard"], "IN": ["rupay", "visa"],
           "TH": ["visa", "mastercard"], "CN": ["unionpay"], "JP": ["jcb", "visa"], "KR": ["visa", "mastercard"],
           "VN": ["visa", "mastercard"]}
TEST_CARDS = {"4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
              "5200828282828210", "378282246310005", "371449635398431", "6011111111111117",
              "3566002020360505", "6200000000000005", "4000000000000002", "4000000000009995",
              "30569309025904", "4111111111111111", "5105105105105100"}


def card_fmt(R, num):
    sizes = card_grouping(len(num))
    sep = R.choice([" ", " ", "-", "\u00a0", ""])
    return sep.join(split_groups(num, sizes)) if sep else num


def Lcard(R, loc):
    iss = R.choice(CARD_BY[loc])
    while True:
        num = card_random(R, iss)
        if num not in TEST_CARDS:
            break
    return L("card", card_fmt(R, num), sub=iss)


IBAN_SPEC_X = dict(IBAN_SPEC)
IBAN_SPEC_X["IL"] = "3n3n13n"
IBAN_SPEC_X["EG"] = "4n4n17n"
IBAN_LEN_X = dict(IBAN_LEN)
IBAN_LEN_X["IL"] = 23
IBAN_LEN_X["EG"] = 29
IBAN_LOC = {"DE", "FR", "ES", "IT", "NL", "PL", "GR", "TR", "IL", "EG"}


def iban_any(R, c):
    if c in IBAN_SPEC:
        return iban_random(R, c)
    n = sum(int(x) for x in re.findall(r"(\d+)n", IBAN_SPEC_X[c]))
    return iban_make(c, digits(R, n))


def iban_ok(v):
    c = v.replace(" ", "").replace("\u00a0", "").upper()
    return c[:2] in IBAN_LEN_X and len(c) == IBAN_LEN_X[c[:2]] and iban_mod97(c) == 1 and c[2:4].isdigit()


def Liban(R, loc, org=False):
    v = iban_any(R, loc)
    r = R.random()
    if r < 0.6:
        v = group(v)
    elif r < 0.7:
        v = group(v, 4, "\u00a0")
    meta = {"sub": loc}
    if org:
        meta["holder"] = "org"
    return L("iban", v, **meta)


SCALE = {"JP": 150, "KR": 1400, "VN": 25000, "IN": 90, "TH": 35, "RU": 90, "TR": 35, "EG": 50, "CN": 7,
         "PL": 4, "BR": 5, "IL": 4}


def money(R, loc, lo, hi):
    k = SCALE.get(loc, 1)
    a = R.randint(lo * k * 100, hi * k * 100) / 100
    ip, fp = divmod(round(a * 100), 100)

    def th(sep):
        s = "{:,}".format(ip)
        return s.replace(",", sep)
    if loc in ("US",):
        return "$%s.%02d" % (th(","), fp)
    if loc == "GB":
        return "£%s.%02d" % (th(","), fp)
    if loc in ("DE", "ES", "IT", "NL", "GR"):
        return "%s,%02d €" % (th("."), fp) if loc != "NL" else "€ %s,%02d" % (th("."), fp)
    if loc == "FR":
        return "%s,%02d\u202f€" % (th("\u202f"), fp)
    if loc == "BR":
        return "R$ %s,%02d" % (th("."), fp)
    if loc == "PL":
        return "%s,%02d zł" % (th(" "), fp)
    if loc == "RU":
        return "%s,%02d ₽" % (th(" "), fp)
    if loc == "TR":
        return "%s,%02d TL" % (th("."), fp)
    if loc == "IL":
        return "%s ₪" % th(",")
    if loc == "EG":
        return "%s ج.م" % th(",")
    if loc == "IN":
        s = str(ip)
        if len(s) > 3:
            head, tail = s[:-3], s[-3:]
            head = ",".join([head[max(0, i - 2):i] for i in range(len(head), 0, -2)][::-1])
            s = head + "," + tail
        return "₹%s" % s
    if loc == "TH":
        return "%s บาท" % th(",")
    if loc == "CN":
        return "%s.%02d元" % (th(","), fp)
    if loc == "JP":
        return "%s円" % th(",")
    if loc == "KR":
        return "%s원" % th(",")
    if loc == "VN":
        return "%s ₫" % th(".")
    raise KeyError(loc)


# ====================================================================== e-mail, IPs
WEBMAIL = {"US": ["gmail.com", "outlook.com", "icloud.com"], "GB": ["gmail.com", "btinternet.com", "outlook.com"],
           "DE": ["web.de", "gmx.de", "t-online.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
           "ES": ["gmail.com", "hotmail.es", "telefonica.net"], "IT": ["libero.it", "virgilio.it", "gmail.com"],
           "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
           "PL": ["wp.pl", "onet.pl", "interia.pl"], "RU": ["yandex.ru", "mail.ru", "rambler.ru"],
           "GR": ["gmail.com", "otenet.gr", "yahoo.gr"], "TR": ["gmail.com", "hotmail.com.tr", "yandex.com.tr"],
           "IL": ["walla.co.il", "gmail.com", "012.net.il"], "EG": ["gmail.com", "yahoo.com", "hotmail.com"],
           "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"], "TH": ["hotmail.co.th", "gmail.com", "yahoo.co.th"],
           "CN": ["qq.com", "163.com", "126.com"], "JP": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"],
           "KR": ["naver.com", "daum.net", "hanmail.net"], "VN": ["gmail.com", "yahoo.com.vn", "gmail.com"]}


def _ascii(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def personal_email(R, p):
    g, f = p.roman()
    g, f = _ascii(g.split()[0]), _ascii(f.split()[-1])
    if p.loc == "CN" and R.random() < 0.4:
        local = str(R.randint(10 ** 7, 10 ** 10 - 1))
    else:
        local = R.choice(["%s.%s", "%s%s", "%s_%s", "%s.%s%d"]) 
        if local.endswith("%d"):
            local = local % (g, f, R.randint(2, 99))
        else:
            local = local % (g, f) if R.random() < 0.6 else local % (g[0], f)
    return L("email", "%s@%s" % (local, R.choice(WEBMAIL[p.loc])), sub="personal")


def work_email(R, p, dom):
    g, f = p.roman()
    g, f = _ascii(g.split()[0]), _ascii(f.split()[-1])
    local = R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s.%s" % (g[0], f)])
    return L("email", "%s@%s" % (local, dom), sub="work")


def public_ipv4(R):
    while True:
        a = ipaddress.IPv4Address(R.randint(0x01000000, 0xDFFFFFFF))
        if a.is_global and not a.is_multicast and str(a).split(".")[0] not in ("100", "127", "0"):
            return str(a)


def public_ipv6(R):
    while True:
        s = "%x:%x:%x:%x::%x" % (R.choice([0x2a02, 0x2a01, 0x2a00, 0x2600, 0x2406, 0x2804, 0x2c0f]),
                                  R.randint(0x100, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff))
        a = ipaddress.IPv6Address(s)
        if a.is_global and not str(a).startswith("2001:db8"):
            return s


def Lip(R, v6=0.15):
    if R.random() < v6:
        return L("ip", public_ipv6(R), sub="ipv6")
    return L("ip", public_ipv4(R), sub="ipv4")


def doc_ip(R):
    return R.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % R.randint(1, 254)


def lan_ip(R):
    return R.choice(["10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 254)),
                     "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 254)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))])


# ====================================================================== addresses
def _pc(R, loc, base=None):
    if loc == "US":
        return (base or "984") + "%02d" % R.randint(2, 99)
    if loc == "GB":
        return base or R.choice(["DL1", "DL2", "DL3"]) + " %d%s" % (R.randint(1, 9), R.choice(["AB", "BX", "HN", "JQ", "NW", "PS", "TU", "YZ", "EL", "RF"]))
    if loc == "DE":
        return (base or "5707") + str(R.randint(0, 8))
    if loc == "FR":
        return base or "25000"
    if loc == "ES":
        return (base or "470") + "%02d" % R.randint(1, 16)
    if loc == "IT":
        return base or "45100"
    if loc == "NL":
        return (base or "78") + "%02d %s" % (R.randint(11, 99), "".join(R.choice("ABCEGHJKLMNPRSTVWXZ") for _ in range(2)))
    if loc == "BR":
        return (base or "80") + "%03d-%03d" % (R.randint(100, 999), R.randint(0, 999))
    if loc == "PL":
        return base or "15-%03d" % R.randint(1, 999)
    if loc == "RU":
        return (base or "432") + "%03d" % R.randint(1, 99)
    if loc == "GR":
        return base or "262 %02d" % R.randint(21, 26)
    if loc == "TR":
        return base or "580%02d" % R.randint(10, 80)
    if loc == "IL":
        return "42%05d" % R.randint(10000, 99999)
    if loc == "IN":
        return (base or "4400") + "%02d" % R.randint(10, 40)
    if loc == "TH":
        return base or "40000"
    if loc == "JP":
        return base or "43%d-%04d" % (R.randint(0, 3), R.randint(1, 9999))
    if loc == "KR":
        return "4%04d" % R.randint(2000, 2999)
    return ""


def flat_no(R, loc):
    return str(R.randint(1, 9)) + "%02d" % R.randint(1, 24) if loc in ("CN", "JP", "KR", "TH", "VN", "IN") else str(R.randint(1, 48))


def home_address(R, loc, b, flat):
    """A resident's address in a managed building, on one line."""
    name, street, no = b
    town, reg = TOWN[loc]
    pc = _pc(R, loc)
    if loc == "US":
        return "%s %s Apt %s, %s, %s %s" % (no, street, flat, town, reg, pc)
    if loc == "GB":
        return "Flat %s, %s, %s %s, %s %s" % (flat, name, no, street, town, pc)
    if loc == "DE":
        return "%s %s, Whg. %s, %s %s" % (street, no, flat, pc, town)
    if loc == "FR":
        return "%s %s, appt %s, %s %s" % (no, street, flat, pc, town)
    if loc == "ES":
        return "%s %s, %dº %s, %s %s" % (street, no, R.randint(1, 8), R.choice("ABCD"), pc, town)
    if loc == "IT":
        return "%s %s, int. %s, %s %s (%s)" % (street, no, flat, pc, town, reg)
    if loc == "NL":
        return "%s %s-%s, %s %s" % (street, no, flat, pc, town)
    if loc == "BR":
        return "%s, %s, apto %s, %s - %s, %s" % (street, no, flat, town, reg, pc)
    if loc == "PL":
        return "%s %s m. %s, %s %s" % (street, no, flat, pc, town)
    if loc == "RU":
        return "г. %s, %s, д. %s, кв. %s" % (town, street, no, flat)
    if loc == "GR":
        return "%s %s, διαμ. %s, ΤΚ %s %s" % (street, no, flat, pc, town)
    if loc == "TR":
        return "%s No: %s D: %s, %s %s" % (street, no, flat, pc, town)
    if loc == "IL":
        return "%s %s דירה %s, %s" % (street, no, flat, town)
    if loc == "EG":
        return "عمارة %s، %s، شقة %s، %s، %s" % (no, street, flat, town, reg)
    if loc == "IN":
        return "फ्लैट नं. %s, %s, %s %s, %s, %s %s" % (flat, name, no, street, town, reg, pc)
    if loc == "TH":
        return "%s ห้อง %s %s %s %s" % (no, flat, name, street, "ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น " + pc)
    if loc == "CN":
        return "%s%s%s%d幢%s室" % (town, street, no, R.randint(1, 12), flat)
    if loc == "JP":
        return "〒%s %s%s%s %s %s号室" % (pc, town, street, no, name, flat)
    if loc == "KR":
        return "%s %s %s, %d동 %s호 (%s)" % (town, street, no, R.randint(101, 112), flat, name.split()[-1])
    if loc == "VN":
        return "căn hộ %s, %s, số %s %s, %s, %s" % (flat, name, no, street, town, TOWN["VN"][1])
    raise KeyError(loc)


def other_address(R, loc):
    """A forwarding or correspondence address elsewhere, on one line."""
    f = R.choice(FWD[loc])
    no = str(R.randint(2, 180))
    if loc == "US":
        return "%s %s, %s, %s %s" % (no, f[0], f[1], f[2], _pc(R, loc, f[3]))
    if loc == "GB":
        return "%s %s, %s %s" % (no, f[0], f[1], f[2] + " %d%s" % (R.randint(1, 9), R.choice(["AB", "DF", "HQ", "LN", "TW"])))
    if loc == "DE":
        return "%s %s, %s %s" % (f[0], no, _pc(R, loc, f[2]), f[1])
    if loc == "FR":
        return "%s %s, %s %s" % (no, f[0], f[2], f[1])
    if loc == "ES":
        return "%s %s, %dº, %s %s" % (f[0], no, R.randint(1, 6), _pc(R, loc, f[2]), f[1])
    if loc == "IT":
        return "%s %s, %s %s (%s)" % (f[0], no, f[3], f[1], f[2])
    if loc == "NL":
        return "%s %s, %s %s" % (f[0], no, _pc(R, loc, f[2][:2]), f[1])
    if loc == "BR":
        return "%s, %s, %s - %s, %s" % (f[0], no, f[1], f[2], _pc(R, loc, f[3][:2]))
    if loc == "PL":
        return "%s %s m. %d, %s %s" % (f[0], no, R.randint(1, 60), f[2], f[1])
    if loc == "RU":
        return "%s, г. %s, %s, д. %s, кв. %d" % (_pc(R, loc, f[2]), f[1], f[0], no, R.randint(1, 200))
    if loc == "GR":
        return "%s %s, ΤΚ %s %s" % (f[0], no, f[2], f[1])
    if loc == "TR":
        return "%s No: %s D: %d, %s %s" % (f[0], no, R.randint(1, 20), f[2], f[1])
    if loc == "IL":
        return "%s %s, %s" % (f[0], no, f[1])
    if loc == "EG":
        return "%s %s، %s" % (no, f[0], f[1])
    if loc == "IN":
        return "मकान नं. %s, %s, %s, महाराष्ट्र %s" % (no, f[0], f[1], f[2] + "%02d" % R.randint(1, 9))
    if loc == "TH":
        return "%s/%d %s %s %s" % (no, R.randint(1, 99), f[0], f[1], f[2])
    if loc == "CN":
        return "%s%s%s号%d室" % (f[0], f[1], no, R.randint(101, 1802))
    if loc == "JP":
        return "〒%s %s%s%d-%d" % (f[2], f[0], f[1], R.randint(1, 9), R.randint(1, 30))
    if loc == "KR":
        return "%s %s %s, %d동 %d호" % (f[0], f[1], no, R.randint(101, 120), R.randint(101, 1904))
    if loc == "VN":
        return "số %s %s, %s" % (no, f[0], f[1])
    raise KeyError(loc)


# ====================================================================== frames
# Per language: requests (check / summary / reply), name-as-word lines, the
# card-payment chat, the resident chat, the service-charge demand, the noise
# complaint, the owners' meeting minutes, the building notice and the
# house-rules checklist. Slots in braces; chats are (speaker, line) with
# speaker r (resident) or s (staff). RG/SG: grammatical gender a frame
# gives the resident and the staff member (None: either).

FR_ = {}

FR_["en"] = dict(
    req=["Can you check this for anything missing before I send it?",
         "Summarise this in three bullet points for the block manager.",
         "Help me write a polite reply to this."],
    req_table="Turn this into a tidy table, one row per resident.",
    req_vendor="What should I take out before I send this to the software vendor's support desk?",
    naw=["Mark the parcel as collected once the resident signs.",
         "Will the lift be back in service before Friday?"],
    pay=[("r", "Hi {S}, it's {R} from {flat}. I need {item} — can I pay by card here?"),
         ("s", "Of course. It's {amt}. Send the card details and I'll put it through the terminal."),
         ("r", "{cardline}"),
         ("s", "Done, approved. Receipt goes to which e-mail?"),
         ("r", "{email} please"),
         ("s", "Sent. Pick it up at the desk any time after 2pm. Thanks, {sig}, Concierge")],
    pay_full="Card {card}, expiry {exp}, name on card {holder}",
    pay_last4="Use the one ending {last4} you have on file, name on it is {holder}",
    chat=[("r", "Hello {S}, {R} here from {flat}. We're moving out on {date}."),
          ("s", "Thanks for letting us know. Do you have a forwarding address for the final service-charge statement?"),
          ("r", "Yes: {fwd}"),
          ("r", "New mobile is {phone} and please e-mail the statement to {email}"),
          ("s", "Noted under {ref}. {tech} from the meter contractor will read the meters that morning; please leave the {fobs} fobs at reception."),
          ("r", "Perfect, thank you!")],
    demand=["{agent}\n{office} · {sw} · {site}",
            "{date}",
            "{name}\n{addr}",
            "Our ref: {ref}",
            "{salut}",
            "SERVICE CHARGE DEMAND — {period}",
            "Your share of the service charge for {period} is {amount} (budget code {code}). Our records also show arrears of {arrears} from the previous period. A summary of tenants' rights and obligations accompanies this demand, as required by {law}.",
            "Please pay within 30 days to the client account {pay}, quoting {ref}.",
            "If you have difficulty paying, contact us before the due date and we will discuss a payment plan.",
            "Yours sincerely,\n{staff}\nService Charge Accountant\n{staff_email}"],
    complaint=["Subject: Noise from {flat2} — again",
               "Dear management team,",
               "I am writing about continued noise from {flat2} ({neighbour}). On {d1} the music went on until {t1}, and last weekend there was drilling before 8am.",
               "Under the lease and the house rules quiet hours start at 11pm. Please could you raise this with the occupier and let me know what you do.",
               "You can reach me on {phone}.",
               "Kind regards,\n{name}\n{addr}"],
    minutes=["MINUTES OF THE ANNUAL GENERAL MEETING — {building}",
             "Held on {date} at {time}, residents' lounge.",
             "Present: {owners}",
             "By proxy: {proxy_owner}, represented by {proxy_holder}.",
             "In the chair: {chair}. Minutes: {sec}. For the managing agent: {agent_rep}.",
             "1. The accounts for the year were approved.",
             "2. Major works: replacement of the lift controller by {contractor} at {amount}; consultation under {law} to start next month.",
             "3. AOB: bike store access fobs to be reissued.",
             "Meeting closed at {time2}."],
    notice=["NOTICE TO ALL RESIDENTS — {building}",
            "Planned lift maintenance on {date}, from {t1} to {t2}. {contractor} will be on site (ref {ref}).",
            "Please use the stairs during this time. Residents who need help with shopping or parcels can ask the concierge.",
            "{naw}",
            "Questions: {sw} or {mail}. More at {site}."],
    rules=["HOUSE RULES CHECKLIST — before the AGM",
           "☐ Quiet hours {quiet}, as in the lease and {law1}",
           "☐ Fire doors kept shut ({law2})",
           "☐ Visitor parking max. 4 hours; permit fee {amount}",
           "☐ Summer party at {eponym}",
           "☐ {naw}"],
)
FR_["en"]["RG"] = None
FR_["en"]["SG"] = None
FR_["en"]["item"] = "two replacement fobs"

FR_["de"] = dict(
    req=["Kannst du prüfen, ob hier etwas fehlt, bevor ich es rausschicke?",
         "Fass das bitte in drei Stichpunkten für die Objektbetreuung zusammen.",
         "Hilf mir, eine freundliche Antwort darauf zu formulieren."],
    naw=["Rosa Markierungen in der Tiefgarage zeigen die Gästeplätze.",
         "Heide und Moor beginnen gleich hinter dem Parkdeck."],
    pay=[("r", "Hallo {S}, hier {R} aus {flat}. Ich brauche {item} – kann ich das mit Karte zahlen?"),
         ("s", "Klar, das macht {amt}. Schick mir die Kartendaten, ich buche es am Terminal."),
         ("r", "{cardline}"),
         ("s", "Erledigt, ist durch. An welche E-Mail soll der Beleg?"),
         ("r", "An {email}, danke"),
         ("s", "Ist raus. Abholung am Empfang ab 14 Uhr. Viele Grüße, {sig}, Concierge")],
    pay_full="Karte {card}, gültig bis {exp}, Name auf der Karte {holder}",
    pay_last4="Nehmt bitte die hinterlegte Karte mit Endziffern {last4}, lautet auf {holder}",
    chat=[("r", "Guten Tag {S}, hier {R} aus {flat}. Wir ziehen am {date} aus."),
          ("s", "Danke für die Info. Haben Sie eine neue Anschrift für die Hausgeldabrechnung?"),
          ("r", "Ja: {fwd}"),
          ("r", "Neue Handynummer {phone}, die Abrechnung bitte an {email}"),
          ("s", "Notiert unter {ref}. {tech} vom Messdienst liest an dem Morgen die Zähler ab; die {fobs} Chips bitte am Empfang abgeben."),
          ("r", "Super, vielen Dank!")],
    demand=["{agent}\n{office} · Tel. {sw} · {site}",
            "Siegen, den {date}",
            "{name}\n{addr}",
            "Unser Zeichen: {ref}",
            "{salut}",
            "Zahlungserinnerung Hausgeld {period}",
            "laut Wirtschaftsplan beträgt Ihr Hausgeld für {period} {amount} (Kostenstelle {code}). Aus dem Vorjahr ist zudem ein Rückstand von {arrears} offen. Grundlage ist {law}.",
            "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf das WEG-Konto {pay}, Verwendungszweck {ref}.",
            "Bei Fragen zur Abrechnung erreichen Sie uns werktags von 9 bis 12 Uhr.",
            "Mit freundlichen Grüßen\n{staff}\nBuchhaltung\n{staff_email}"],
    complaint=["Betreff: Lärm aus {flat2} – erneut",
               "Sehr geehrte Damen und Herren,",
               "ich beschwere mich erneut über Lärm aus {flat2} ({neighbour}). Am {d1} lief die Musik bis {t1}, am Wochenende wurde vor 8 Uhr gebohrt.",
               "Laut Hausordnung gilt ab 22 Uhr Nachtruhe. Bitte sprechen Sie die Bewohner an und teilen Sie mir mit, was unternommen wird.",
               "Telefonisch erreichen Sie mich unter {phone}.",
               "Mit freundlichen Grüßen\n{name}\n{addr}"],
    minutes=["Protokoll der Eigentümerversammlung – {building}",
             "Datum: {date}, Beginn {time}, Gemeinschaftsraum.",
             "Anwesend: {owners}",
             "Vertreten durch Vollmacht: {proxy_owner} (Vollmacht an {proxy_holder}).",
             "Versammlungsleitung: {chair}. Protokoll: {sec}. Verwaltung: {agent_rep}.",
             "TOP 1: Die Jahresabrechnung wird beschlossen.",
             "TOP 2: Erneuerung der Aufzugssteuerung durch {contractor} zu {amount}; Beschluss nach {law}.",
             "TOP 3: Neue Transponder für den Fahrradkeller.",
             "Ende der Versammlung: {time2}."],
    notice=["AUSHANG – {building}",
            "Wartung des Aufzugs am {date} von {t1} bis {t2}. Vor Ort: {contractor} (Auftrag {ref}).",
            "Bitte nutzen Sie in dieser Zeit das Treppenhaus. Wer Hilfe mit Einkäufen braucht, meldet sich beim Hausmeisterdienst.",
            "{naw}",
            "Rückfragen: {sw} oder {mail}, mehr unter {site}."],
    rules=["Checkliste Hausordnung – vor der Versammlung",
           "☐ Ruhezeiten {quiet} gemäß Hausordnung und {law1}",
           "☐ Brandschutztüren geschlossen halten ({law2})",
           "☐ Besucherparkplatz max. 4 Std.; Parkausweis {amount}",
           "☐ Sommerfest am {eponym}",
           "☐ {naw}"],
    RG=None, SG=None, item="zwei Ersatzchips für die Haustür")

FR_["fr"] = dict(
    req=["Tu peux vérifier s'il manque quelque chose avant que je l'envoie ?",
         "Résume ça en trois points pour le gestionnaire de copropriété.",
         "Aide-moi à rédiger une réponse aimable."],
    naw=["Rose trémière le long de la façade : merci de ne pas marcher dans le massif.",
         "Pierre de taille du hall : nettoyage à sec uniquement."],
    pay=[("r", "Bonjour {S}, c'est {R} du {flat}. Il me faut {item}, je peux payer par carte ?"),
         ("s", "Bien sûr, c'est {amt}. Envoyez-moi les infos de la carte, je passe ça sur le terminal."),
         ("r", "{cardline}"),
         ("s", "C'est accepté. Le reçu, je l'envoie à quelle adresse ?"),
         ("r", "À {email} merci"),
         ("s", "Envoyé. Retrait à la loge à partir de 14 h. Bonne journée, {sig}, conciergerie")],
    pay_full="Carte {card}, expire {exp}, titulaire {holder}",
    pay_last4="Prenez celle qui finit par {last4} que vous avez déjà, au nom de {holder}",
    chat=[("r", "Bonjour {S}, {R} du {flat}. Nous quittons le logement le {date}."),
          ("s", "Merci de prévenir. Avez-vous une nouvelle adresse pour le décompte de charges ?"),
          ("r", "Oui : {fwd}"),
          ("r", "Mon nouveau portable : {phone}, et le décompte par mail à {email} svp"),
          ("s", "C'est noté sous {ref}. {tech} passera relever les compteurs ce matin-là ; merci de laisser les {fobs} badges à la loge."),
          ("r", "Parfait, merci beaucoup !")],
    demand=["{agent}\n{office} · {sw} · {site}",
            "Besançon, le {date}",
            "{name}\n{addr}",
            "Réf. : {ref}",
            "{salut}",
            "Appel de fonds — charges de copropriété, {period}",
            "Votre quote-part pour {period} s'élève à {amount} (poste {code}). Un arriéré de {arrears} reste dû sur l'exercice précédent, conformément à {law}.",
            "Merci de régler sous 30 jours par virement sur le compte du syndicat {pay}, en rappelant la référence {ref}.",
            "En cas de difficulté, contactez-nous avant l'échéance pour convenir d'un échéancier.",
            "Veuillez agréer nos salutations distinguées.\n{staff}\nComptabilité copropriétés\n{staff_email}"],
    complaint=["Objet : nuisances sonores — {flat2}",
               "Madame, Monsieur,",
               "Je vous signale de nouveau des nuisances sonores provenant du {flat2} ({neighbour}). Le {d1}, la musique a duré jusqu'à {t1} et le week-end dernier des travaux ont commencé avant 8 h.",
               "Le règlement de copropriété impose le calme après 22 h. Merci d'intervenir auprès de l'occupant et de me tenir informé(e).",
               "Vous pouvez me joindre au {phone}.",
               "Cordialement,\n{name}\n{addr}"],
    minutes=["Procès-verbal de l'assemblée générale — {building}",
             "Le {date} à {time}, salle commune.",
             "Présents : {owners}",
             "Représenté : {proxy_owner}, pouvoir donné à {proxy_holder}.",
             "Président de séance : {chair}. Secrétaire : {sec}. Pour le syndic : {agent_rep}.",
             "Résolution 1 : approbation des comptes.",
             "Résolution 2 : remplacement de l'armoire de commande de l'ascenseur par {contractor} pour {amount}, vote à la majorité de {law}.",
             "Résolution 3 : nouveaux badges pour le local vélos.",
             "Séance levée à {time2}."],
    notice=["AVIS AUX RÉSIDENTS — {building}",
            "Entretien de l'ascenseur le {date} de {t1} à {t2}. Intervention de {contractor} (bon {ref}).",
            "Merci d'emprunter l'escalier. Les personnes qui ont besoin d'aide pour leurs courses peuvent s'adresser à la loge.",
            "{naw}",
            "Questions : {sw} ou {mail}, plus d'infos sur {site}."],
    rules=["Règlement intérieur — points à revoir avant l'AG",
           "☐ Calme entre {quiet} (règlement et {law1})",
           "☐ Portes coupe-feu fermées ({law2})",
           "☐ Parking visiteurs 4 h max. ; badge {amount}",
           "☐ Fête des voisins au {eponym}",
           "☐ {naw}"],
    RG=None, SG=None, item="deux badges de remplacement")

FR_["es"] = dict(
    req=["¿Puedes revisar si falta algo antes de enviarlo?",
         "Resúmelo en tres puntos para el administrador de fincas.",
         "Ayúdame a redactar una respuesta amable."],
    naw=["Pilar 4 del garaje golpeado: no aparquen junto a él.",
         "Rocío en el césped: el riego se retrasa a las 9."],
    pay=[("r", "Hola {S}, soy {R} del {flat}. Necesito {item}, ¿puedo pagar con tarjeta?"),
         ("s", "Claro, son {amt}. Pásame los datos de la tarjeta y lo cobro en el datáfono."),
         ("r", "{cardline}"),
         ("s", "Listo, aprobado. ¿A qué correo te mando el justificante?"),
         ("r", "A {email}, gracias"),
         ("s", "Enviado. Puedes recogerlos en conserjería a partir de las 14:00. Un saludo, {sig}, conserjería")],
    pay_full="Tarjeta {card}, caduca {exp}, titular {holder}",
    pay_last4="Usa la que acaba en {last4} que ya tenéis, a nombre de {holder}",
    chat=[("r", "Buenas {S}, soy {R} del {flat}. Dejamos el piso el {date}."),
          ("s", "Gracias por avisar. ¿Nos das una dirección para enviarte la liquidación de la comunidad?"),
          ("r", "Sí: {fwd}"),
          ("r", "Mi móvil nuevo es {phone} y la liquidación mándala a {email}"),
          ("s", "Anotado con la referencia {ref}. {tech} pasará esa mañana a leer los contadores; deja los {fobs} mandos en conserjería, por favor."),
          ("r", "Perfecto, ¡muchas gracias!")],
    demand=["{agent}\n{office} · Tel. {sw} · {site}",
            "Valladolid, {date}",
            "{name}\n{addr}",
            "Ref.: {ref}",
            "{salut}",
            "Requerimiento de pago de cuotas de comunidad — {period}",
            "Su cuota para {period} asciende a {amount} (partida {code}). Además consta una deuda pendiente de {arrears} del ejercicio anterior, que podrá reclamarse conforme al {law}.",
            "Le rogamos que realice el pago en un plazo de 30 días en la cuenta de la comunidad {pay}, indicando la referencia {ref}.",
            "Si tiene dificultades para pagar, llámenos antes del vencimiento y buscaremos un calendario de pagos.",
            "Atentamente,\n{staff}\nDepartamento de contabilidad\n{staff_email}"],
    complaint=["Asunto: ruidos del {flat2}, otra vez",
               "Estimados señores:",
               "Les escribo de nuevo por los ruidos que vienen del {flat2} ({neighbour}). El {d1} hubo música hasta las {t1} y el fin de semana taladraron antes de las 8.",
               "Los estatutos fijan descanso a partir de las 22:00. Les pido que hablen con los ocupantes y me informen de lo que hagan.",
               "Mi teléfono es {phone}.",
               "Un saludo,\n{name}\n{addr}"],
    minutes=["ACTA DE LA JUNTA GENERAL ORDINARIA — {building}",
             "Celebrada el {date} a las {time} en el local social.",
             "Asistentes: {owners}",
             "Representado: {proxy_owner}, que delega en {proxy_holder}.",
             "Presidente: {chair}. Secretaria de actas: {sec}. Por la administración: {agent_rep}.",
             "Primero: se aprueban las cuentas del ejercicio.",
             "Segundo: se aprueba sustituir el cuadro de maniobra del ascensor por {contractor} por {amount}, según el {law}.",
             "Tercero: nuevos mandos para el garaje.",
             "Se levanta la sesión a las {time2}."],
    notice=["AVISO A LOS VECINOS — {building}",
            "Mantenimiento del ascensor el {date} de {t1} a {t2}. Acudirá {contractor} (parte {ref}).",
            "Durante ese tiempo usen la escalera. Si necesitan ayuda con la compra, pregunten en conserjería.",
            "{naw}",
            "Dudas: {sw} o {mail}. Más información en {site}."],
    rules=["Normas de la comunidad — repaso antes de la junta",
           "☐ Horario de descanso {quiet} (estatutos y {law1})",
           "☐ Puertas cortafuegos cerradas ({law2})",
           "☐ Plazas de visitas máx. 4 h; tarjeta {amount}",
           "☐ Fiesta de verano en {eponym}",
           "☐ {naw}"],
    RG=None, SG=None, item="dos mandos de garaje de repuesto")

FR_["it"] = dict(
    req=["Puoi controllare se manca qualcosa prima che lo invii?",
         "Riassumilo in tre punti per l'amministratore.",
         "Aiutami a scrivere una risposta cortese."],
    naw=["Rosa dei venti dipinta nel cortile: non parcheggiateci sopra.",
         "Fortunata coincidenza: il tecnico passa già domani."],
    pay=[("r", "Ciao {S}, sono {R} dell'{flat}. Mi servono {item}, posso pagare con la carta?"),
         ("s", "Certo, sono {amt}. Mandami i dati della carta e la passo sul POS."),
         ("r", "{cardline}"),
         ("s", "Fatto, autorizzato. A quale e-mail mando la ricevuta?"),
         ("r", "A {email}, grazie"),
         ("s", "Inviata. Li ritiri in portineria dalle 14. Buona giornata, {sig}, portineria")],
    pay_full="Carta {card}, scadenza {exp}, intestata a {holder}",
    pay_last4="Usa quella che finisce con {last4} che avete già, intestata a {holder}",
    chat=[("r", "Buongiorno {S}, sono {R} dell'{flat}. Lasciamo l'appartamento il {date}."),
          ("s", "Grazie dell'avviso. Ci lascia un indirizzo per il consuntivo delle spese condominiali?"),
          ("r", "Sì: {fwd}"),
          ("r", "Il nuovo cellulare è {phone}, il consuntivo me lo mandate a {email}"),
          ("s", "Segnato con rif. {ref}. {tech} passerà quella mattina a leggere i contatori; lasci i {fobs} badge in portineria, per favore."),
          ("r", "Perfetto, grazie mille!")],
    demand=["{agent}\n{office} · Tel. {sw} · {site}",
            "Rovigo, {date}",
            "{name}\n{addr}",
            "Rif.: {ref}",
            "{salut}",
            "Sollecito di pagamento oneri condominiali — {period}",
            "La sua quota per {period} ammonta a {amount} (voce {code}). Risulta inoltre un arretrato di {arrears} dell'esercizio precedente, riscuotibile ai sensi dell'{law}.",
            "La preghiamo di versare entro 30 giorni sul conto del condominio {pay}, causale {ref}.",
            "In caso di difficoltà ci contatti prima della scadenza per concordare una rateizzazione.",
            "Cordiali saluti,\n{staff}\nUfficio contabilità\n{staff_email}"],
    complaint=["Oggetto: rumori dall'{flat2}, di nuovo",
               "Gentile amministratore,",
               "le scrivo ancora per i rumori che provengono dall'{flat2} ({neighbour}). Il {d1} la musica è andata avanti fino alle {t1} e lo scorso fine settimana si è trapanato prima delle 8.",
               "Il regolamento condominiale prevede il silenzio dalle 22. Le chiedo di intervenire e di farmi sapere cosa intende fare.",
               "Mi trova al {phone}.",
               "Distinti saluti,\n{name}\n{addr}"],
    minutes=["VERBALE DI ASSEMBLEA ORDINARIA — {building}",
             "Il giorno {date} alle ore {time}, sala condominiale.",
             "Presenti: {owners}",
             "Per delega: {proxy_owner}, delega a {proxy_holder}.",
             "Presidente: {chair}. Segretaria: {sec}. Per l'amministrazione: {agent_rep}.",
             "1) Approvato il rendiconto.",
             "2) Sostituzione del quadro di manovra dell'ascensore affidata a {contractor} per {amount}, con la maggioranza dell'{law}.",
             "3) Nuovi badge per il locale biciclette.",
             "La seduta è tolta alle {time2}."],
    notice=["AVVISO AI CONDÒMINI — {building}",
            "Manutenzione dell'ascensore il {date} dalle {t1} alle {t2}. Interviene {contractor} (ordine {ref}).",
            "Vi preghiamo di usare le scale. Chi ha bisogno di aiuto con la spesa può rivolgersi alla portineria.",
            "{naw}",
            "Per informazioni: {sw} o {mail}, dettagli su {site}."],
    rules=["Regolamento condominiale — punti da rivedere prima dell'assemblea",
           "☐ Silenzio {quiet} (regolamento e {law1})",
           "☐ Porte tagliafuoco chiuse ({law2})",
           "☐ Posti ospiti max 4 ore; permesso {amount}",
           "☐ Festa d'estate ai {eponym}",
           "☐ {naw}"],
    RG=None, SG=None, item="due badge nuovi")

FR_["nl"] = dict(
    req=["Kun je checken of hier iets ontbreekt voordat ik het verstuur?",
         "Vat dit samen in drie punten voor de VvE-beheerder.",
         "Help me een vriendelijk antwoord te schrijven."],
    naw=["Mees in de nestkast bij de fietsenberging, graag niet storen.",
         "Berk bij de ingang wordt volgende week gesnoeid."],
    pay=[("r", "Hoi {S}, met {R} van {flat}. Ik heb {item} nodig, kan ik met de kaart betalen?"),
         ("s", "Tuurlijk, dat is {amt}. Stuur de kaartgegevens, dan haal ik het door de pinautomaat."),
         ("r", "{cardline}"),
         ("s", "Gelukt. Naar welk mailadres mag het bonnetje?"),
         ("r", "Naar {email}, dank je"),
         ("s", "Verstuurd. Ophalen bij de receptie kan vanaf 14.00 uur. Groet, {sig}, receptie")],
    pay_full="Kaart {card}, geldig tot {exp}, naam op de kaart {holder}",
    pay_last4="Gebruik de kaart eindigend op {last4} die jullie al hebben, op naam van {holder}",
    chat=[("r", "Goedemiddag {S}, met {R} van {flat}. Wij verhuizen op {date}."),
          ("s", "Bedankt voor het doorgeven. Heeft u een nieuw adres voor de afrekening servicekosten?"),
          ("r", "Ja: {fwd}"),
          ("r", "Nieuw mobiel nummer {phone}, de afrekening graag naar {email}"),
          ("s", "Genoteerd onder {ref}. {tech} leest die ochtend de meters op; wilt u de {fobs} druppels bij de receptie inleveren?"),
          ("r", "Prima, dank u wel!")],
    demand=["{agent}\n{office} · {sw} · {site}",
            "Emmen, {date}",
            "{name}\n{addr}",
            "Kenmerk: {ref}",
            "{salut}",
            "Herinnering VvE-bijdrage {period}",
            "Uw bijdrage voor {period} bedraagt {amount} (post {code}). Daarnaast staat er uit het vorige boekjaar nog {arrears} open, op grond van {law}.",
            "Wij verzoeken u het bedrag binnen 14 dagen over te maken naar de rekening van de VvE {pay}, onder vermelding van {ref}.",
            "Lukt betalen niet, neem dan vóór de vervaldatum contact op voor een betalingsregeling.",
            "Met vriendelijke groet,\n{staff}\nFinanciële administratie\n{staff_email}"],
    complaint=["Onderwerp: geluidsoverlast {flat2}",
               "Geachte beheerder,",
               "Opnieuw heb ik last van geluid uit {flat2} ({neighbour}). Op {d1} stond de muziek aan tot {t1} en afgelopen weekend werd er vóór 8 uur geboord.",
               "Volgens het huishoudelijk reglement is het vanaf 22.00 uur stil. Wilt u de bewoners aanspreken en mij laten weten wat u doet?",
               "Ik ben bereikbaar op {phone}.",
               "Met vriendelijke groet,\n{name}\n{addr}"],
    minutes=["NOTULEN ALGEMENE LEDENVERGADERING — {building}",
             "Datum: {date}, aanvang {time}, gemeenschappelijke ruimte.",
             "Aanwezig: {owners}",
             "Bij volmacht: {proxy_owner}, volmacht aan {proxy_holder}.",
             "Voorzitter: {chair}. Notulist: {sec}. Namens de beheerder: {agent_rep}.",
             "1. De jaarrekening wordt vastgesteld.",
             "2. Vervanging van de liftbesturing door {contractor} voor {amount}; besluit volgens {law}.",
             "3. Nieuwe druppels voor de fietsenberging.",
             "Sluiting om {time2}."],
    notice=["MEDEDELING AAN ALLE BEWONERS — {building}",
            "Onderhoud aan de lift op {date} van {t1} tot {t2}. {contractor} is aanwezig (werkbon {ref}).",
            "Gebruik in die tijd de trap. Hulp nodig met boodschappen? Meld het bij de receptie.",
            "{naw}",
            "Vragen: {sw} of {mail}, meer op {site}."],
    rules=["Huishoudelijk reglement — checklist voor de ALV",
           "☐ Stilte {quiet} (reglement en {law1})",
           "☐ Branddeuren dicht ({law2})",
           "☐ Bezoekersparkeren max. 4 uur; vergunning {amount}",
           "☐ Zomerborrel in het {eponym}",
           "☐ {naw}"],
    RG=None, SG=None, item="twee nieuwe druppels")

FR_["pt"] = dict(
    req=["Pode conferir se está faltando alguma coisa antes de eu enviar?",
         "Resuma isso em três tópicos para o síndico.",
         "Me ajuda a escrever uma resposta educada?"],
    naw=["Luz da escada do bloco B queimada de novo.",
         "Dores nas costas do zelador: a limpeza da garagem fica para quinta."],
    pay=[("r", "Oi {S}, aqui é {R} do {flat}. Preciso de {item}, posso pagar no cartão?"),
         ("s", "Claro, fica {amt}. Me passa os dados do cartão que eu lanço na maquininha."),
         ("r", "{cardline}"),
         ("s", "Pronto, aprovado. Mando o comprovante para qual e-mail?"),
         ("r", "Para {email}, obrigado"),
         ("s", "Enviado. Pode retirar na portaria a partir das 14h. Abraço, {sig}, portaria")],
    pay_full="Cartão {card}, validade {exp}, nome impresso {holder}",
    pay_last4="Usa o final {last4} que vocês já têm cadastrado, no nome de {holder}",
    chat=[("r", "Boa tarde {S}, aqui é {R} do {flat}. Vamos desocupar o apartamento no dia {date}."),
          ("s", "Obrigado por avisar. Tem um endereço para mandarmos o acerto do condomínio?"),
          ("r", "Tenho: {fwd}"),
          ("r", "Meu celular novo é {phone}, e o acerto pode mandar para {email}"),
          ("s", "Anotado no protocolo {ref}. {tech} vai fazer a leitura dos medidores nessa manhã; deixe as {fobs} tags na portaria, por favor."),
          ("r", "Perfeito, muito obrigado!")],
    demand=["{agent}\n{office} · {sw} · {site}",
            "Curitiba, {date}",
            "{name}\n{addr}",
            "Ref.: {ref}",
            "{salut}",
            "Aviso de cobrança — taxa condominial {period}",
            "Sua cota de {period} é de {amount} (rubrica {code}). Consta ainda débito em aberto de {arrears} do período anterior, cobrável nos termos do {law}.",
            "Solicitamos o pagamento em até 10 dias na conta do condomínio (boleto anexo), mencionando {ref}. {pay}",
            "Em caso de dificuldade, procure a administradora antes do vencimento para um acordo.",
            "Atenciosamente,\n{staff}\nSetor de cobrança\n{staff_email}"],
    complaint=["Assunto: barulho no {flat2} de novo",
               "Prezados,",
               "Escrevo mais uma vez por causa do barulho vindo do {flat2} ({neighbour}). No dia {d1} a música foi até as {t1} e no fim de semana furaram parede antes das 8h.",
               "O regimento interno prevê silêncio a partir das 22h. Peço que conversem com os moradores e me informem das providências.",
               "Meu telefone é {phone}.",
               "Atenciosamente,\n{name}\n{addr}"],
    minutes=["ATA DA ASSEMBLEIA GERAL ORDINÁRIA — {building}",
             "Realizada em {date}, às {time}, no salão de festas.",
             "Presentes: {owners}",
             "Por procuração: {proxy_owner}, representado(a) por {proxy_holder}.",
             "Presidente da mesa: {chair}. Secretária: {sec}. Pela administradora: {agent_rep}.",
             "1. Aprovadas as contas do exercício.",
             "2. Aprovada a troca do quadro de comando do elevador pela {contractor} por {amount}, conforme {law}.",
             "3. Novas tags para o bicicletário.",
             "Encerrada às {time2}."],
    notice=["COMUNICADO AOS MORADORES — {building}",
            "Manutenção do elevador no dia {date}, das {t1} às {t2}. A {contractor} estará no local (OS {ref}).",
            "Usem a escada nesse período. Quem precisar de ajuda com compras pode falar com a portaria.",
            "{naw}",
            "Dúvidas: {sw} ou {mail}. Mais em {site}."],
    rules=["Regimento interno — revisar antes da assembleia",
           "☐ Silêncio {quiet} (regimento e {law1})",
           "☐ Portas corta-fogo fechadas ({law2})",
           "☐ Vaga de visitante até 4 h; tag {amount}",
           "☐ Festa junina no {eponym}",
           "☐ {naw}"],
    RG="m", SG=None, item="duas tags novas")

FR_["pl"] = dict(
    req=["Sprawdzisz, czy czegoś tu nie brakuje, zanim to wyślę?",
         "Streść to w trzech punktach dla zarządcy.",
         "Pomóż mi napisać uprzejmą odpowiedź."],
    naw=["Róża wiatrów namalowana na dziedzińcu, proszę tam nie parkować.",
         "Jagoda i porzeczka w ogródku przy bloku są dla wszystkich mieszkańców."],
    pay=[("r", "Dzień dobry, tu {R} z {flat}. Potrzebuję {item}, mogę zapłacić kartą?"),
         ("s", "Jasne, to {amt}. Proszę podać dane karty, przeciągnę to przez terminal."),
         ("r", "{cardline}"),
         ("s", "Gotowe, zaakceptowane. Na jaki e-mail wysłać potwierdzenie?"),
         ("r", "Na {email}, dziękuję"),
         ("s", "Wysłane. Odbiór w recepcji od 14:00. Pozdrawiam, {sig}, recepcja")],
    pay_full="Karta {card}, ważna do {exp}, imię i nazwisko na karcie {holder}",
    pay_last4="Proszę użyć zapisanej karty z końcówką {last4}, na {holder}",
    chat=[("r", "Dzień dobry, tu {R} z {flat}. Wyprowadzamy się {date}."),
          ("s", "Dziękuję za informację. Czy jest nowy adres do rozliczenia zaliczek?"),
          ("r", "Tak: {fwd}"),
          ("r", "Nowy numer to {phone}, a rozliczenie proszę wysłać na {email}"),
          ("s", "Zanotowane pod numerem {ref}. {tech} odczyta liczniki tego ranka; proszę zostawić {fobs} breloki w recepcji."),
          ("r", "Świetnie, dziękuję!")],
    demand=["{agent}\n{office} · tel. {sw} · {site}",
            "Białystok, {date}",
            "{name}\n{addr}",
            "Znak sprawy: {ref}",
            "{salut}",
            "Wezwanie do zapłaty — zaliczki na koszty zarządu, {period}",
            "Pani/Pana zaliczka za {period} wynosi {amount} (pozycja {code}). Ponadto zaległość z poprzedniego okresu wynosi {arrears}, zgodnie z {law}.",
            "Prosimy o wpłatę w ciągu 14 dni na rachunek wspólnoty {pay}, w tytule {ref}.",
            "W razie trudności prosimy o kontakt przed terminem w celu ustalenia rat.",
            "Z poważaniem\n{staff}\nDział rozliczeń\n{staff_email}"],
    complaint=["Temat: hałas z {flat2} – ponownie",
               "Szanowni Państwo,",
               "ponownie zgłaszam hałas z {flat2} ({neighbour}). {d1} muzyka grała do {t1}, a w weekend wiercono przed 8:00.",
               "Regulamin przewiduje ciszę nocną od 22:00. Proszę o interwencję i informację o podjętych działaniach.",
               "Mój telefon: {phone}.",
               "Z poważaniem\n{name}\n{addr}"],
    minutes=["PROTOKÓŁ ZEBRANIA WSPÓLNOTY MIESZKANIOWEJ — {building}",
             "Data: {date}, godz. {time}, świetlica.",
             "Obecni: {owners}",
             "Przez pełnomocnika: {proxy_owner}, pełnomocnictwo dla {proxy_holder}.",
             "Przewodniczący: {chair}. Protokolant: {sec}. Za zarządcę: {agent_rep}.",
             "Uchwała 1: zatwierdzenie sprawozdania finansowego.",
             "Uchwała 2: wymiana sterownika windy przez {contractor} za {amount}, na podstawie {law}.",
             "Uchwała 3: nowe breloki do wózkowni.",
             "Zamknięcie zebrania: {time2}."],
    notice=["OGŁOSZENIE DLA MIESZKAŃCÓW — {building}",
            "Konserwacja windy {date} w godz. {t1}–{t2}. Na miejscu {contractor} (zlecenie {ref}).",
            "W tym czasie prosimy korzystać ze schodów. Pomoc z zakupami – w recepcji.",
            "{naw}",
            "Pytania: {sw} lub {mail}, więcej na {site}."],
    rules=["Regulamin porządku domowego — lista przed zebraniem",
           "☐ Cisza nocna {quiet} (regulamin i {law1})",
           "☐ Drzwi przeciwpożarowe zamknięte ({law2})",
           "☐ Miejsca dla gości max 4 h; identyfikator {amount}",
           "☐ Piknik przy {eponym}",
           "☐ {naw}"],
    RG=None, SG=None, item="dwa zapasowe breloki")

FR_["ru"] = dict(
    req=["Проверь, пожалуйста, всё ли тут заполнено, прежде чем я отправлю.",
         "Сделай краткое резюме в трёх пунктах для управляющего.",
         "Помоги составить вежливый ответ."],
    naw=["Надежда на то, что лифт починят к пятнице, пока есть.",
         "Роза ветров на фасаде подсвечивается до полуночи."],
    pay=[("r", "Здравствуйте, {S}! Это {R} из {flat}. Нужны {item}, можно оплатить картой?"),
         ("s", "Конечно, {amt}. Пришлите данные карты, проведу через терминал."),
         ("r", "{cardline}"),
         ("s", "Готово, платёж прошёл. На какую почту отправить чек?"),
         ("r", "На {email}, спасибо"),
         ("s", "Отправлено. Забрать можно на ресепшене после 14:00. С уважением, {sig}, консьерж-служба")],
    pay_full="Карта {card}, срок до {exp}, имя на карте {holder}",
    pay_last4="Спишите с сохранённой карты на {last4}, на имя {holder}",
    chat=[("r", "Добрый день, {S}! Это {R} из {flat}. Мы съезжаем {date}."),
          ("s", "Спасибо, что предупредили. Куда прислать итоговый расчёт по коммунальным платежам?"),
          ("r", "Вот адрес: {fwd}"),
          ("r", "Новый номер {phone}, расчёт можно на {email}"),
          ("s", "Записал под номером {ref}. {tech} в то утро снимет показания счётчиков; {fobs} брелока оставьте, пожалуйста, на ресепшене."),
          ("r", "Отлично, спасибо!")],
    demand=["{agent}\n{office} · тел. {sw} · {site}",
            "Ульяновск, {date}",
            "{name}\n{addr}",
            "Исх. № {ref}",
            "{salut}",
            "Уведомление о задолженности за жилищно-коммунальные услуги — {period}",
            "Начисление за {period} составляет {amount} (статья {code}). Кроме того, за прошлый период числится задолженность {arrears}; на неё начисляются пени согласно {law}.",
            "Просим оплатить в течение 10 дней по квитанции или с карты в личном кабинете, указав лицевой счёт {ref}. {pay}",
            "Если у вас трудности с оплатой, свяжитесь с нами до срока — обсудим рассрочку.",
            "С уважением,\n{staff}\nбухгалтерия\n{staff_email}"],
    complaint=["Тема: шум из {flat2}, снова",
               "Здравствуйте!",
               "Снова вынуждены жаловаться на шум из {flat2} ({neighbour}). {d1} музыка играла до {t1}, а в выходные сверлили раньше 8 утра.",
               "По правилам проживания тишина после 23:00. Просим принять меры и сообщить, что сделано.",
               "Мой телефон: {phone}.",
               "С уважением,\n{name}\n{addr}"],
    minutes=["ПРОТОКОЛ ОБЩЕГО СОБРАНИЯ СОБСТВЕННИКОВ — {building}",
             "Дата: {date}, начало в {time}, холл первого этажа.",
             "Присутствовали: {owners}",
             "По доверенности: {proxy_owner}, представитель — {proxy_holder}.",
             "Председатель собрания: {chair}. Секретарь: {sec}. От управляющей компании: {agent_rep}.",
             "1. Отчёт за год утверждён.",
             "2. Замена станции управления лифтом силами {contractor} за {amount}; решение по {law}.",
             "3. Новые брелоки для велосипедной.",
             "Собрание закрыто в {time2}."],
    notice=["ОБЪЯВЛЕНИЕ ДЛЯ ЖИЛЬЦОВ — {building}",
            "Плановое обслуживание лифта {date} с {t1} до {t2}. Работы ведёт {contractor} (заявка {ref}).",
            "Просим пользоваться лестницей. Если нужна помощь с покупками, обратитесь к консьержу.",
            "{naw}",
            "Вопросы: {sw} или {mail}, подробнее на {site}."],
    rules=["Правила проживания — что проверить перед собранием",
           "☐ Тишина {quiet} (правила и {law1})",
           "☐ Противопожарные двери закрыты ({law2})",
           "☐ Гостевая парковка до 4 ч; пропуск {amount}",
           "☐ Праздник двора у {eponym}",
           "☐ {naw}"],
    RG=None, SG="m", item="два запасных брелока")

FR_["el"] = dict(
    req=["Μπορείς να ελέγξεις αν λείπει κάτι πριν το στείλω;",
         "Κάνε μου μια σύνοψη σε τρία σημεία για τον διαχειριστή.",
         "Βοήθησέ με να γράψω μια ευγενική απάντηση."],
    naw=["Χαρά μας που ο ανελκυστήρας ξαναδουλεύει.",
         "Δόξα τω Θεώ, το νερό ήρθε πριν το μεσημέρι."],
    pay=[("r", "Καλημέρα σας, είμαι {R} από το {flat}. Χρειάζομαι {item}, μπορώ να πληρώσω με κάρτα;"),
         ("s", "Φυσικά, είναι {amt}. Στείλε μου τα στοιχεία της κάρτας να το περάσω στο POS."),
         ("r", "{cardline}"),
         ("s", "Έγινε, εγκρίθηκε. Σε ποιο email να στείλω την απόδειξη;"),
         ("r", "Στο {email}, ευχαριστώ"),
         ("s", "Στάλθηκε. Παραλαβή από την υποδοχή μετά τις 14:00. Καλή συνέχεια, {sig}, υποδοχή")],
    pay_full="Κάρτα {card}, λήξη {exp}, όνομα στην κάρτα {holder}",
    pay_last4="Χρεώστε την κάρτα που λήγει σε {last4} που έχετε ήδη, στο όνομα {holder}",
    chat=[("r", "Καλησπέρα σας, είμαι {R} από το {flat}. Φεύγουμε από το διαμέρισμα στις {date}."),
          ("s", "Ευχαριστούμε για την ενημέρωση. Έχετε νέα διεύθυνση για την εκκαθάριση των κοινοχρήστων;"),
          ("r", "Ναι: {fwd}"),
          ("r", "Νέο κινητό {phone}, την εκκαθάριση στείλτε τη στο {email}"),
          ("s", "Καταχωρήθηκε με αριθμό {ref}. Ο/Η {tech} θα πάρει ενδείξεις το πρωί· αφήστε τα {fobs} μπρελόκ στην υποδοχή."),
          ("r", "Τέλεια, ευχαριστώ πολύ!")],
    demand=["{agent}\n{office} · τηλ. {sw} · {site}",
            "Πάτρα, {date}",
            "{name}\n{addr}",
            "Αρ. πρωτ.: {ref}",
            "{salut}",
            "Ειδοποίηση οφειλής κοινοχρήστων — {period}",
            "Η συμμετοχή σας για {period} ανέρχεται σε {amount} (κωδ. {code}). Υπάρχει επίσης ληξιπρόθεσμη οφειλή {arrears} από την προηγούμενη περίοδο, σύμφωνα με τον {law}.",
            "Παρακαλούμε καταβάλετε το ποσό εντός 15 ημερών στον λογαριασμό της πολυκατοικίας {pay}, με αιτιολογία {ref}.",
            "Για διακανονισμό επικοινωνήστε μαζί μας πριν από τη λήξη.",
            "Με εκτίμηση,\n{staff}\nΛογιστήριο\n{staff_email}"],
    complaint=["Θέμα: θόρυβος από το {flat2}",
               "Αξιότιμοι κύριοι,",
               "Επανέρχομαι για τον θόρυβο από το {flat2} ({neighbour}). Στις {d1} η μουσική κράτησε μέχρι τις {t1} και το Σαββατοκύριακο τρυπούσαν πριν τις 8.",
               "Ο κανονισμός ορίζει ησυχία μετά τις 23:00. Παρακαλώ να ενημερώσετε τους ενοίκους και να με ενημερώσετε.",
               "Τηλέφωνο επικοινωνίας: {phone}.",
               "Με εκτίμηση,\n{name}\n{addr}"],
    minutes=["ΠΡΑΚΤΙΚΟ ΓΕΝΙΚΗΣ ΣΥΝΕΛΕΥΣΗΣ — {building}",
             "Ημερομηνία {date}, ώρα {time}, pilotis.",
             "Παρόντες: {owners}",
             "Με εξουσιοδότηση: {proxy_owner}, εκπροσωπήθηκε από {proxy_holder}.",
             "Πρόεδρος: {chair}. Γραμματέας: {sec}. Από τη διαχείριση: {agent_rep}.",
             "1. Εγκρίθηκε ο απολογισμός.",
             "2. Αντικατάσταση πίνακα ελέγχου ανελκυστήρα από την {contractor} έναντι {amount}, κατά τον {law}.",
             "3. Νέα μπρελόκ για την αποθήκη ποδηλάτων.",
             "Λήξη στις {time2}."],
    notice=["ΑΝΑΚΟΙΝΩΣΗ ΠΡΟΣ ΤΟΥΣ ΕΝΟΙΚΟΥΣ — {building}",
            "Συντήρηση ανελκυστήρα στις {date}, {t1}–{t2}. Θα βρίσκεται η {contractor} (εντολή {ref}).",
            "Παρακαλούμε χρησιμοποιήστε τη σκάλα. Για βοήθεια με ψώνια απευθυνθείτε στην υποδοχή.",
            "{naw}",
            "Πληροφορίες: {sw} ή {mail}, περισσότερα στο {site}."],
    rules=["Κανονισμός πολυκατοικίας — έλεγχος πριν τη συνέλευση",
           "☐ Ώρες κοινής ησυχίας {quiet} (κανονισμός και {law1})",
           "☐ Πυράντοχες πόρτες κλειστές ({law2})",
           "☐ Θέσεις επισκεπτών έως 4 ώρες· κάρτα {amount}",
           "☐ Καλοκαιρινή γιορτή στον {eponym}",
           "☐ {naw}"],
    RG=None, SG=None, item="δύο καινούργια μπρελόκ")

FR_["tr"] = dict(
    req=["Göndermeden önce eksik bir şey var mı kontrol eder misin?",
         "Bunu site müdürü için üç maddede özetler misin?",
         "Buna kibar bir cevap yazmama yardım et."],
    naw=["Deniz manzaralı teras bu hafta boyanıyor.",
         "Güneş panelleri çatıda pazartesi temizlenecek."],
    pay=[("r", "Merhaba {S}, ben {flat} numaradan {R}. {item} lazım, kartla ödeyebilir miyim?"),
         ("s", "Tabii, {amt}. Kart bilgilerini gönderin, POS'tan geçireyim."),
         ("r", "{cardline}"),
         ("s", "Tamamdır, onaylandı. Dekontu hangi e-postaya göndereyim?"),
         ("r", "{email} adresine, teşekkürler"),
         ("s", "Gönderildi. Saat 14:00'ten sonra danışmadan alabilirsiniz. İyi günler, {sig}, danışma")],
    pay_full="Kart {card}, son kullanma {exp}, kart üzerindeki isim {holder}",
    pay_last4="Kayıtlı olan, sonu {last4} ile biten kartı kullanın, {holder} adına",
    chat=[("r", "İyi günler {S}, ben {flat} numaradan {R}. {date} tarihinde taşınıyoruz."),
          ("s", "Haber verdiğiniz için teşekkürler. Aidat kesin hesabı için yeni adresiniz var mı?"),
          ("r", "Evet: {fwd}"),
          ("r", "Yeni cep numaram {phone}, hesap dökümünü {email} adresine atabilirsiniz"),
          ("s", "{ref} numarasıyla kaydettim. {tech} o sabah sayaçları okuyacak; {fobs} kartı danışmaya bırakır mısınız?"),
          ("r", "Süper, çok teşekkürler!")],
    demand=["{agent}\n{office} · Tel. {sw} · {site}",
            "Sivas, {date}",
            "{name}\n{addr}",
            "Sayı: {ref}",
            "{salut}",
            "Aidat ödeme ihtarı — {period}",
            "{period} dönemi aidatınız {amount} tutarındadır (gider kalemi {code}). Ayrıca önceki dönemden {arrears} borcunuz bulunmaktadır; {law} uyarınca gecikme tazminatı uygulanır.",
            "Tutarı 15 gün içinde site yönetimi hesabına {pay} açıklamaya {ref} yazarak yatırmanızı rica ederiz.",
            "Ödemede zorluk yaşıyorsanız vade tarihinden önce bizimle görüşün, taksit planı yapalım.",
            "Saygılarımızla,\n{staff}\nMuhasebe\n{staff_email}"],
    complaint=["Konu: {flat2} numaralı daireden gürültü",
               "Sayın yönetim,",
               "{flat2} numaralı daireden ({neighbour}) gelen gürültü devam ediyor. {d1} tarihinde müzik saat {t1} sularına kadar sürdü, hafta sonu da sabah 8'den önce matkap kullanıldı.",
               "Yönetim planına göre 23:00'ten sonra sessizlik gerekir. Lütfen sakinlerle görüşüp bana bilgi verin.",
               "Telefonum: {phone}.",
               "Saygılarımla,\n{name}\n{addr}"],
    minutes=["KAT MALİKLERİ KURULU TOPLANTI TUTANAĞI — {building}",
             "Tarih {date}, saat {time}, sosyal tesis.",
             "Katılanlar: {owners}",
             "Vekâleten: {proxy_owner} adına {proxy_holder}.",
             "Divan başkanı: {chair}. Yazman: {sec}. Yönetim şirketi adına: {agent_rep}.",
             "1. Yıllık hesaplar onaylandı.",
             "2. Asansör kumanda panosunun {contractor} tarafından {amount} bedelle değiştirilmesine {law} uyarınca karar verildi.",
             "3. Bisiklet odası için yeni kartlar.",
             "Toplantı saat {time2} itibarıyla sona erdi."],
    notice=["DUYURU — {building}",
            "{date} günü {t1}–{t2} arasında asansör bakımı yapılacaktır. Firma: {contractor} (iş emri {ref}).",
            "Bu sürede lütfen merdiveni kullanın. Alışverişte yardıma ihtiyacı olanlar danışmaya başvurabilir.",
            "{naw}",
            "Bilgi: {sw} veya {mail}, ayrıntılar {site} adresinde."],
    rules=["Yönetim planı — toplantı öncesi kontrol listesi",
           "☐ Sessizlik saatleri {quiet} (yönetim planı ve {law1})",
           "☐ Yangın kapıları kapalı ({law2})",
           "☐ Misafir otoparkı en fazla 4 saat; kart {amount}",
           "☐ Yaz şenliği {eponym} yanında",
           "☐ {naw}"],
    RG=None, SG=None, item="iki yedek kart")

FR_["he"] = dict(
    req=["תבדוק בבקשה אם חסר פה משהו לפני שאני שולח.",
         "תסכם לי את זה בשלוש נקודות בשביל מנהל הבניין.",
         "תעזור לי לנסח תשובה מנומסת."],
    naw=["שמחה גדולה: המעלית חזרה לפעול.",
         "טל של בוקר על הדשא, ההשקיה נדחית לעשר."],
    pay=[("r", "היי {S}, זה {R} מ{flat}. אני צריך {item}, אפשר לשלם באשראי?"),
         ("s", "בטח, זה {amt}. תשלח את פרטי הכרטיס ואני מעביר במסוף."),
         ("r", "{cardline}"),
         ("s", "עבר, אושר. לאיזה מייל לשלוח קבלה?"),
         ("r", "ל-{email}, תודה"),
         ("s", "נשלח. אפשר לאסוף בלובי אחרי 14:00. יום טוב, {sig}, לובי")],
    pay_full="כרטיס {card}, תוקף {exp}, השם על הכרטיס {holder}",
    pay_last4="תחייב את הכרטיס שמסתיים ב-{last4} ששמור אצלכם, על שם {holder}",
    chat=[("r", "שלום {S}, זה {R} מ{flat}. אנחנו עוזבים את הדירה ב-{date}."),
          ("s", "תודה שעדכנת. יש כתובת חדשה לשליחת ההתחשבנות של ועד הבית?"),
          ("r", "כן: {fwd}"),
          ("r", "הנייד החדש {phone}, ואת ההתחשבנות אפשר לשלוח ל-{email}"),
          ("s", "רשמתי תחת {ref}. {tech} יקרא את המונים באותו בוקר; תשאיר בבקשה את {fobs} הצ'יפים בלובי."),
          ("r", "מעולה, תודה רבה!")],
    demand=["{agent}\n{office} · טל' {sw} · {site}",
            "נתניה, {date}",
            "{name}\n{addr}",
            "סימוכין: {ref}",
            "{salut}",
            "הודעה על חוב דמי ועד בית — {period}",
            "חלקך בהוצאות הבית המשותף עבור {period} הוא {amount} (סעיף {code}). בנוסף רשום חוב של {arrears} מהתקופה הקודמת, בהתאם ל{law}.",
            "נבקש להעביר את הסכום תוך 14 יום לחשבון נציגות הבית {pay}, בציון {ref}.",
            "אם יש קושי בתשלום, פנה אלינו לפני המועד ונסדר פריסה.",
            "בברכה,\n{staff}\nהנהלת חשבונות\n{staff_email}"],
    complaint=["נושא: רעש מ{flat2}, שוב",
               "לכבוד חברת הניהול,",
               "אני פונה שוב בעניין הרעש מ{flat2} ({neighbour}). ב-{d1} המוזיקה נמשכה עד {t1}, ובסוף השבוע קדחו לפני שמונה בבוקר.",
               "לפי התקנון יש שקט אחרי 23:00. בבקשה לדבר עם הדיירים ולעדכן אותי.",
               "הטלפון שלי: {phone}.",
               "בברכה,\n{name}\n{addr}"],
    minutes=["פרוטוקול אסיפת בעלי הדירות — {building}",
             "תאריך {date}, שעה {time}, לובי הבניין.",
             "נוכחים: {owners}",
             "בייפוי כוח: {proxy_owner}, מיוצג/ת על ידי {proxy_holder}.",
             "יו\"ר האסיפה: {chair}. רושם/ת: {sec}. מטעם חברת הניהול: {agent_rep}.",
             "1. אושר הדוח הכספי.",
             "2. החלפת לוח הפיקוד של המעלית על ידי {contractor} בסך {amount}, לפי {law}.",
             "3. צ'יפים חדשים לחדר האופניים.",
             "האסיפה ננעלה ב-{time2}."],
    notice=["הודעה לדיירים — {building}",
            "טיפול תקופתי במעלית ב-{date} בין {t1} ל-{t2}. בשטח: {contractor} (הזמנה {ref}).",
            "נא להשתמש במדרגות. מי שצריך עזרה עם קניות מוזמן לפנות ללובי.",
            "{naw}",
            "שאלות: {sw} או {mail}, פרטים ב-{site}."],
    rules=["תקנון הבית — רשימת בדיקה לפני האסיפה",
           "☐ שעות מנוחה {quiet} (תקנון ו{law1})",
           "☐ דלתות אש סגורות ({law2})",
           "☐ חניית אורחים עד 4 שעות; תו {amount}",
           "☐ מסיבת קיץ ב{eponym}",
           "☐ {naw}"],
    RG="m", SG="m", item="שני צ'יפים חלופיים")

FR_["ar"] = dict(
    req=["ممكن تراجع لو فيه حاجة ناقصة قبل ما أبعته؟",
         "لخص ده في ثلاث نقاط لمدير العقار.",
         "ساعدني أكتب رد مهذب على ده."],
    naw=["أمل كبير إن الأسانسير يشتغل قبل الجمعة.",
         "فرح السكان بالحديقة الجديدة كان واضح."],
    pay=[("r", "أهلاً {S}، أنا {R} من {flat}. محتاج {item}، ينفع أدفع بالكارت؟"),
         ("s", "طبعاً، المبلغ {amt}. ابعت بيانات الكارت وأنا أمررها على الماكينة."),
         ("r", "{cardline}"),
         ("s", "تمام، العملية اتقبلت. أبعت الإيصال على أنهي إيميل؟"),
         ("r", "على {email}، شكراً"),
         ("s", "اتبعت. تقدر تستلم من الاستقبال بعد الساعة 2. مع تحياتي، {sig}، الاستقبال")],
    pay_full="الكارت {card}، ينتهي {exp}، الاسم على الكارت {holder}",
    pay_last4="اخصموا من الكارت اللي آخره {last4} المسجل عندكم، باسم {holder}",
    chat=[("r", "مساء الخير يا {S}، أنا {R} من {flat}. هنسيب الشقة يوم {date}."),
          ("s", "شكراً إنك بلغتنا. فيه عنوان جديد نبعت عليه تسوية مصاريف الصيانة؟"),
          ("r", "أيوه: {fwd}"),
          ("r", "رقمي الجديد {phone}، والتسوية ابعتوها على {email}"),
          ("s", "اتسجل برقم {ref}. {tech} هيقرا العدادات الصبح؛ سيب الـ{fobs} كروت في الاستقبال لو سمحت."),
          ("r", "تمام، شكراً جزيلاً!")],
    demand=["{agent}\n{office} · ت: {sw} · {site}",
            "الجيزة في {date}",
            "{name}\n{addr}",
            "رقم المرجع: {ref}",
            "{salut}",
            "إخطار بمستحقات الصيانة — {period}",
            "نصيبكم في مصاريف الصيانة عن {period} هو {amount} (بند {code}). كما توجد متأخرات قدرها {arrears} عن الفترة السابقة، وفقاً لـ{law}.",
            "برجاء السداد خلال 15 يوماً في حساب اتحاد الشاغلين {pay}، مع ذكر المرجع {ref}.",
            "في حالة وجود صعوبة في السداد يرجى التواصل معنا قبل الموعد لعمل جدولة.",
            "وتفضلوا بقبول فائق الاحترام،\n{staff}\nالحسابات\n{staff_email}"],
    complaint=["الموضوع: إزعاج من {flat2}",
               "السادة إدارة العقار،",
               "أكتب لكم مرة أخرى بخصوص الإزعاج الصادر من {flat2} ({neighbour}). يوم {d1} استمرت الموسيقى حتى {t1}، وفي نهاية الأسبوع كان فيه تكسير قبل الساعة 8 صباحاً.",
               "لائحة العقار تنص على الهدوء بعد الساعة 11 مساءً. برجاء التحدث مع السكان وإبلاغي بما تم.",
               "رقم تليفوني: {phone}.",
               "مع التحية،\n{name}\n{addr}"],
    minutes=["محضر اجتماع الجمعية العامة لاتحاد الشاغلين — {building}",
             "بتاريخ {date} الساعة {time} في قاعة المناسبات.",
             "الحضور: {owners}",
             "بالتوكيل: {proxy_owner}، ويمثله {proxy_holder}.",
             "رئيس الاجتماع: {chair}. أمين السر: {sec}. عن شركة الإدارة: {agent_rep}.",
             "1. تم اعتماد الحساب الختامي.",
             "2. استبدال لوحة تحكم المصعد بواسطة {contractor} بمبلغ {amount} طبقاً لـ{law}.",
             "3. كروت جديدة لغرفة الدراجات.",
             "انتهى الاجتماع الساعة {time2}."],
    notice=["إعلان للسكان — {building}",
            "صيانة دورية للمصعد يوم {date} من {t1} إلى {t2}. الشركة المنفذة: {contractor} (أمر شغل {ref}).",
            "برجاء استخدام السلم خلال هذه الفترة. من يحتاج مساعدة في المشتريات يتواصل مع الاستقبال.",
            "{naw}",
            "للاستفسار: {sw} أو {mail}، والتفاصيل على {site}."],
    rules=["لائحة العقار — مراجعة قبل الجمعية العامة",
           "☐ ساعات الهدوء {quiet} (اللائحة و{law1})",
           "☐ أبواب الحريق مغلقة ({law2})",
           "☐ انتظار الزوار 4 ساعات كحد أقصى؛ تصريح {amount}",
           "☐ حفلة الصيف عند {eponym}",
           "☐ {naw}"],
    RG="m", SG=None, item="كارتين بدل فاقد")

FR_["hi"] = dict(
    req=["भेजने से पहले देख लो, इसमें कुछ छूटा तो नहीं?",
         "इसे सोसाइटी मैनेजर के लिए तीन बिंदुओं में समेट दो।",
         "इसका एक विनम्र जवाब लिखने में मदद करो।"],
    naw=["सुबह की पहली किरण के साथ पानी की टंकी की सफ़ाई शुरू होगी।",
         "दिवाली की पूजा इस बार क्लब हाउस में होगी।"],
    pay=[("r", "नमस्ते {S}, मैं {flat} से {R} बोल रहा हूँ। मुझे {item} चाहिए, क्या कार्ड से पेमेंट हो जाएगा?"),
         ("s", "जी हाँ, {amt} होंगे। कार्ड की डिटेल भेज दीजिए, मैं मशीन पर डाल देता हूँ।"),
         ("r", "{cardline}"),
         ("s", "हो गया, पेमेंट सफल। रसीद किस ईमेल पर भेजूँ?"),
         ("r", "{email} पर, धन्यवाद"),
         ("s", "भेज दी। दोपहर 2 बजे के बाद रिसेप्शन से ले लीजिए। धन्यवाद, {sig}, रिसेप्शन")],
    pay_full="कार्ड {card}, एक्सपायरी {exp}, कार्ड पर नाम {holder}",
    pay_last4="जो कार्ड आपके पास सेव है, {last4} वाला, वही लगा दीजिए, नाम {holder}",
    chat=[("r", "नमस्ते {S}, मैं {flat} से {R}। हम {date} को फ्लैट खाली कर रहे हैं।"),
          ("s", "बताने के लिए धन्यवाद। मेंटेनेंस का फ़ाइनल हिसाब भेजने के लिए नया पता है?"),
          ("r", "हाँ: {fwd}"),
          ("r", "नया मोबाइल {phone} है, हिसाब {email} पर भेज दीजिए"),
          ("s", "{ref} नंबर पर दर्ज कर लिया। {tech} उस सुबह मीटर रीडिंग लेंगे; {fobs} एक्सेस कार्ड रिसेप्शन पर छोड़ दीजिए।"),
          ("r", "बढ़िया, बहुत धन्यवाद!")],
    demand=["{agent}\n{office} · फ़ोन {sw} · {site}",
            "नागपुर, {date}",
            "{name}\n{addr}",
            "संदर्भ: {ref}",
            "{salut}",
            "मेंटेनेंस शुल्क बकाया सूचना — {period}",
            "{period} के लिए आपका मेंटेनेंस शुल्क {amount} है (मद {code})। पिछली अवधि का {arrears} भी बकाया है, जो {law} के अनुसार वसूली योग्य है।",
            "कृपया 15 दिनों के भीतर सोसाइटी के खाते में भुगतान करें और संदर्भ {ref} लिखें। {pay}",
            "भुगतान में कठिनाई हो तो नियत तिथि से पहले कार्यालय से संपर्क करें।",
            "सादर,\n{staff}\nलेखा विभाग\n{staff_email}"],
    complaint=["विषय: {flat2} से शोर",
               "आदरणीय प्रबंधन,",
               "मैं फिर से {flat2} ({neighbour}) से आने वाले शोर की शिकायत कर रहा हूँ। {d1} को संगीत {t1} तक चला और सप्ताहांत में सुबह 8 बजे से पहले ड्रिलिंग हुई।",
               "सोसाइटी के नियमों के अनुसार रात 10 बजे के बाद शांति रखनी है। कृपया उनसे बात करें और मुझे बताएं।",
               "मेरा नंबर: {phone}।",
               "सादर,\n{name}\n{addr}"],
    minutes=["वार्षिक आम सभा का कार्यवृत्त — {building}",
             "दिनांक {date}, समय {time}, क्लब हाउस।",
             "उपस्थित: {owners}",
             "प्रॉक्सी द्वारा: {proxy_owner}, प्रतिनिधि {proxy_holder}।",
             "अध्यक्ष: {chair}। सचिव: {sec}। प्रबंधन कंपनी की ओर से: {agent_rep}।",
             "1. वार्षिक लेखा स्वीकृत।",
             "2. लिफ्ट कंट्रोल पैनल {contractor} द्वारा {amount} में बदलने का निर्णय, {law} के अनुसार।",
             "3. साइकिल स्टैंड के लिए नए एक्सेस कार्ड।",
             "सभा {time2} बजे समाप्त।"],
    notice=["सूचना — {building}",
            "{date} को {t1} से {t2} तक लिफ्ट का रखरखाव होगा। {contractor} की टीम मौजूद रहेगी (वर्क ऑर्डर {ref})।",
            "कृपया इस दौरान सीढ़ियों का उपयोग करें। सामान के लिए मदद चाहिए तो रिसेप्शन से कहें।",
            "{naw}",
            "जानकारी: {sw} या {mail}, विवरण {site} पर।"],
    rules=["सोसाइटी नियम — आम सभा से पहले जाँच सूची",
           "☐ शांति का समय {quiet} (उपविधि और {law1})",
           "☐ फायर डोर बंद रहें ({law2})",
           "☐ विज़िटर पार्किंग अधिकतम 4 घंटे; स्टिकर {amount}",
           "☐ होली मिलन {eponym} में",
           "☐ {naw}"],
    RG="m", SG="m", item="दो नए एक्सेस कार्ड")

FR_["th"] = dict(
    req=["ช่วยเช็กหน่อยว่ามีอะไรขาดไหมก่อนส่ง",
         "ช่วยสรุปเป็นสามข้อให้ผู้จัดการนิติบุคคลหน่อย",
         "ช่วยร่างคำตอบแบบสุภาพให้หน่อย"],
    naw=["ฝนตกหนัก ลานจอดรถชั้นใต้ดินอาจมีน้ำขัง",
         "ฟ้าผ่าเมื่อคืน ระบบกล้องวงจรปิดดับไปชั่วคราว"],
    pay=[("r", "สวัสดีค่ะคุณ{S} {R} ห้อง {flat} นะคะ อยากได้{item} จ่ายด้วยบัตรได้ไหมคะ"),
         ("s", "ได้ครับ {amt} ครับ ส่งข้อมูลบัตรมาได้เลย เดี๋ยวรูดให้ครับ"),
         ("r", "{cardline}"),
         ("s", "เรียบร้อยครับ ผ่านแล้ว ส่งใบเสร็จไปอีเมลไหนดีครับ"),
         ("r", "{email} ค่ะ ขอบคุณค่ะ"),
         ("s", "ส่งแล้วครับ รับได้ที่เคาน์เตอร์หลังบ่ายสองโมง ขอบคุณครับ {sig} ฝ่ายต้อนรับ")],
    pay_full="บัตร {card} หมดอายุ {exp} ชื่อบนบัตร {holder}",
    pay_last4="ใช้บัตรที่ลงท้าย {last4} ที่บันทึกไว้ได้เลยค่ะ ชื่อ {holder}",
    chat=[("r", "สวัสดีค่ะคุณ{S} {R} ห้อง {flat} ค่ะ จะย้ายออกวันที่ {date} นะคะ"),
          ("s", "ขอบคุณที่แจ้งครับ มีที่อยู่ใหม่สำหรับส่งสรุปค่าส่วนกลางไหมครับ"),
          ("r", "มีค่ะ {fwd}"),
          ("r", "เบอร์ใหม่ {phone} ค่ะ ส่งสรุปมาที่ {email} ได้เลยค่ะ"),
          ("s", "บันทึกไว้เลขที่ {ref} ครับ เช้าวันนั้น{tech}จะมาจดมิเตอร์ รบกวนฝากคีย์การ์ด {fobs} ใบไว้ที่เคาน์เตอร์ครับ"),
          ("r", "ได้ค่ะ ขอบคุณมากค่ะ")],
    demand=["{agent}\n{office} · โทร {sw} · {site}",
            "ขอนแก่น {date}",
            "{name}\n{addr}",
            "ที่ {ref}",
            "{salut}",
            "เรื่อง แจ้งค้างชำระค่าส่วนกลาง {period}",
            "ค่าส่วนกลางงวด {period} ของท่านเป็นเงิน {amount} (รหัสงบ {code}) และมียอดค้างชำระงวดก่อน {arrears} ตาม{law}",
            "กรุณาชำระภายใน 15 วันเข้าบัญชีนิติบุคคลอาคารชุด โดยระบุเลขที่ {ref} {pay}",
            "หากมีปัญหาในการชำระ กรุณาติดต่อสำนักงานก่อนวันครบกำหนด",
            "ขอแสดงความนับถือ\n{staff}\nฝ่ายบัญชี\n{staff_email}"],
    complaint=["เรื่อง เสียงดังจากห้อง {flat2}",
               "เรียน ผู้จัดการนิติบุคคล",
               "ขอร้องเรียนอีกครั้งเรื่องเสียงดังจากห้อง {flat2} ({neighbour}) วันที่ {d1} เปิดเพลงถึง {t1} และวันหยุดมีการเจาะผนังก่อน 8 โมงเช้า",
               "ตามข้อบังคับต้องงดเสียงดังหลัง 22.00 น. รบกวนช่วยตักเตือนและแจ้งผลด้วยค่ะ",
               "ติดต่อได้ที่ {phone}",
               "ขอบคุณค่ะ\n{name}\n{addr}"],
    minutes=["รายงานการประชุมใหญ่เจ้าของร่วม — {building}",
             "วันที่ {date} เวลา {time} ณ ห้องประชุมชั้น 1",
             "ผู้เข้าประชุม: {owners}",
             "มอบฉันทะ: {proxy_owner} มอบให้ {proxy_holder}",
             "ประธานในที่ประชุม: {chair} เลขานุการ: {sec} ผู้แทนบริษัทบริหาร: {agent_rep}",
             "วาระที่ 1 รับรองงบการเงินประจำปี",
             "วาระที่ 2 เปลี่ยนแผงควบคุมลิฟต์โดย {contractor} วงเงิน {amount} ตาม{law}",
             "วาระที่ 3 คีย์การ์ดใหม่สำหรับห้องเก็บจักรยาน",
             "ปิดประชุมเวลา {time2}"],
    notice=["ประกาศ — {building}",
            "บำรุงรักษาลิฟต์วันที่ {date} เวลา {t1}–{t2} โดย {contractor} (ใบสั่งงาน {ref})",
            "ระหว่างนี้กรุณาใช้บันไดแทน หากต้องการความช่วยเหลือเรื่องขนของ ติดต่อเคาน์เตอร์ได้",
            "{naw}",
            "สอบถาม {sw} หรือ {mail} รายละเอียดที่ {site}"],
    rules=["ข้อบังคับอาคารชุด — รายการตรวจก่อนประชุมใหญ่",
           "☐ งดเสียงดัง {quiet} (ข้อบังคับและ{law1})",
           "☐ ประตูหนีไฟปิดตลอด ({law2})",
           "☐ ที่จอดรถผู้มาติดต่อไม่เกิน 4 ชม. บัตรจอด {amount}",
           "☐ งานสงกรานต์ที่ {eponym}",
           "☐ {naw}"],
    RG="f", SG="m", item="คีย์การ์ดสำรองสองใบ")

FR_["zh"] = dict(
    req=["发出去之前帮我看看还有没有漏的？",
         "帮我给物业经理总结成三条要点。",
         "帮我写一个礼貌的回复。"],
    naw=["春华秋实，一期绿化改造已全部完工。",
         "地下车库照明改造后更加光明了。"],
    pay=[("r", "{S}你好，我是{flat}的{R}。想办{item}，可以刷卡吗？"),
         ("s", "可以的，一共{amt}。把卡号发我，我在POS机上刷。"),
         ("r", "{cardline}"),
         ("s", "好了，已成功。电子收据发到哪个邮箱？"),
         ("r", "发到{email}，谢谢"),
         ("s", "已发送。下午两点后到前台领取。{sig}（物业前台）")],
    pay_full="卡号{card}，有效期{exp}，持卡人{holder}",
    pay_last4="就用系统里尾号{last4}那张，持卡人{holder}",
    chat=[("r", "{S}您好，我是{flat}的{R}，我们{date}搬走。"),
          ("s", "收到，谢谢告知。物业费结算单寄到哪个新地址？"),
          ("r", "寄到：{fwd}"),
          ("r", "新手机号{phone}，结算单也可以发{email}"),
          ("s", "已登记，单号{ref}。那天上午{tech}会来抄表，{fobs}张门禁卡请留在前台。"),
          ("r", "好的，谢谢！")],
    demand=["{agent}\n{office} · 电话{sw} · {site}",
            "{date}",
            "{name}\n{addr}",
            "编号：{ref}",
            "{salut}",
            "物业服务费催缴通知 — {period}",
            "您{period}的物业服务费为{amount}（科目{code}），另有上期欠费{arrears}未缴，根据{law}，请及时缴纳。",
            "请于15日内通过物业App或前台缴纳，并注明编号{ref}。{pay}",
            "如缴费有困难，请在截止日前与客服中心联系。",
            "此致\n{staff}\n财务部\n{staff_email}"],
    complaint=["主题：{flat2}噪音扰民",
               "物业管理处：",
               "我再次反映{flat2}（{neighbour}）的噪音问题。{d1}音乐一直放到{t1}，周末早上8点前就开始打钻。",
               "按照管理规约，晚上10点后应保持安静。请物业上门劝导并告知处理结果。",
               "我的电话：{phone}。",
               "{name}\n{addr}"],
    minutes=["业主大会会议纪要 — {building}",
             "时间：{date} {time}，地点：小区会所。",
             "出席业主：{owners}",
             "委托投票：{proxy_owner}委托{proxy_holder}。",
             "主持人：{chair}；记录：{sec}；物业公司代表：{agent_rep}。",
             "一、通过年度账目。",
             "二、由{contractor}更换电梯控制柜，费用{amount}，依据{law}表决通过。",
             "三、为自行车库更换门禁卡。",
             "会议于{time2}结束。"],
    notice=["温馨提示 — {building}",
            "{date} {t1}至{t2}进行电梯维保，由{contractor}施工（工单{ref}）。",
            "期间请走楼梯，需要帮忙搬运物品的业主请联系前台。",
            "{naw}",
            "咨询：{sw}或{mail}，详见{site}。"],
    rules=["管理规约要点 — 业主大会前核对",
           "☐ 安静时段{quiet}（规约及{law1}）",
           "☐ 防火门保持关闭（{law2}）",
           "☐ 访客停车不超过4小时；停车证{amount}",
           "☐ 中秋活动在{eponym}",
           "☐ {naw}"],
    RG=None, SG=None, item="两张备用门禁卡")

FR_["ja"] = dict(
    req=["送る前に抜けている項目がないか確認してもらえますか。",
         "管理会社の担当者向けに三行でまとめてください。",
         "丁寧な返信の文面を一緒に考えてください。"],
    naw=["桜の季節は中庭を開放します。",
         "大和ハウス製の宅配ボックスに入れ替えます。"],
    pay=[("r", "{S}さん、{flat}の{R}です。{item}をお願いしたいのですが、カード払いできますか。"),
         ("s", "はい、{amt}です。カード情報を送っていただければ端末で決済します。"),
         ("r", "{cardline}"),
         ("s", "決済完了しました。領収書はどのメールに送りましょうか。"),
         ("r", "{email}にお願いします"),
         ("s", "送信しました。14時以降にフロントでお受け取りください。{sig}（フロント）")],
    pay_full="カード番号{card}、有効期限{exp}、名義{holder}",
    pay_last4="登録済みの末尾{last4}のカードでお願いします。名義は{holder}です",
    chat=[("r", "{S}さん、{flat}の{R}です。{date}に退去します。"),
          ("s", "ご連絡ありがとうございます。管理費の精算書の送付先を教えていただけますか。"),
          ("r", "こちらです：{fwd}"),
          ("r", "新しい携帯は{phone}、精算書は{email}にもお願いします"),
          ("s", "受付番号{ref}で承りました。当日の朝、{tech}がメーターを検針します。カードキー{fobs}枚はフロントにお預けください。"),
          ("r", "承知しました。ありがとうございます。")],
    demand=["{agent}\n{office}・TEL {sw}・{site}",
            "{date}",
            "{name}\n{addr}",
            "文書番号：{ref}",
            "{salut}",
            "管理費等の未納についてのお知らせ（{period}）",
            "{period}分の管理費・修繕積立金は{amount}（費目{code}）です。前期分の未納額{arrears}もございます（{law}）。",
            "15日以内に管理組合口座へお振込みください。振込名義の前に{ref}をご記入ください。{pay}",
            "お支払いが難しい場合は、期日前に管理事務所までご相談ください。",
            "敬具\n{staff}\n会計担当\n{staff_email}"],
    complaint=["件名：{flat2}の騒音について",
               "管理会社ご担当者様",
               "{flat2}（{neighbour}）からの騒音について再度ご相談します。{d1}は{t1}まで音楽が鳴り、週末は朝8時前から工事の音がしました。",
               "使用細則では22時以降は静粛にすることになっています。注意喚起と対応のご報告をお願いします。",
               "連絡先：{phone}",
               "{name}\n{addr}"],
    minutes=["管理組合通常総会 議事録 — {building}",
             "日時：{date} {time}、集会室",
             "出席者：{owners}",
             "委任状：{proxy_owner}（代理人 {proxy_holder}）",
             "議長：{chair}　書記：{sec}　管理会社：{agent_rep}",
             "第1号議案　決算報告を承認。",
             "第2号議案　エレベーター制御盤を{contractor}により{amount}で更新（{law}）。",
             "第3号議案　駐輪場のカードキー更新。",
             "{time2}閉会。"],
    notice=["お知らせ — {building}",
            "{date} {t1}〜{t2}、エレベーター点検を行います。作業：{contractor}（作業番号{ref}）。",
            "点検中は階段をご利用ください。お買い物の荷物でお困りの方はフロントへ。",
            "{naw}",
            "お問い合わせ：{sw} または {mail}、詳細は{site}。"],
    rules=["使用細則チェックリスト — 総会前",
           "☐ 静粛時間 {quiet}（細則および{law1}）",
           "☐ 防火扉は常時閉鎖（{law2}）",
           "☐ 来客駐車は最大4時間、駐車証{amount}",
           "☐ 夏祭りは{eponym}前で",
           "☐ {naw}"],
    RG=None, SG=None, item="カードキーの再発行")

FR_["ko"] = dict(
    req=["보내기 전에 빠진 게 없는지 확인해 줄래?",
         "관리소장님께 드릴 수 있게 세 줄로 요약해 줘.",
         "정중한 답장 쓰는 것 좀 도와줘."],
    naw=["한결 깨끗해진 분리수거장을 함께 지켜 주세요.",
         "슬기로운 관리비 절약 방법을 안내해 드립니다."],
    pay=[("r", "{S}님 안녕하세요, {flat} {R}입니다. {item} 하려는데 카드 결제 되나요?"),
         ("s", "네, {amt}입니다. 카드 정보 보내주시면 단말기로 결제해 드릴게요."),
         ("r", "{cardline}"),
         ("s", "결제 완료됐습니다. 영수증은 어느 메일로 보내드릴까요?"),
         ("r", "{email}로 부탁드려요"),
         ("s", "보내드렸습니다. 오후 2시 이후 관리사무소에서 받아 가세요. {sig} 드림")],
    pay_full="카드 {card}, 유효기간 {exp}, 영문 이름 {holder}",
    pay_last4="등록된 끝자리 {last4} 카드로 해 주세요, 명의 {holder}",
    chat=[("r", "{S}님 안녕하세요, {flat} {R}입니다. {date}에 이사 나갑니다."),
          ("s", "알려주셔서 감사합니다. 관리비 정산서 보낼 새 주소가 있으실까요?"),
          ("r", "네: {fwd}"),
          ("r", "새 번호는 {phone}이고 정산서는 {email}로도 보내 주세요"),
          ("s", "접수번호 {ref}로 등록했습니다. 그날 아침 {tech} 님이 검침하러 가고요, 출입카드 {fobs}장은 관리사무소에 맡겨 주세요."),
          ("r", "네, 감사합니다!")],
    demand=["{agent}\n{office} · 전화 {sw} · {site}",
            "{date}",
            "{name}\n{addr}",
            "문서번호: {ref}",
            "{salut}",
            "관리비 미납 안내 ({period})",
            "{period} 관리비는 {amount}(항목 {code})이며, 전기 미납액 {arrears}이 있습니다. {law}에 따라 연체료가 부과될 수 있습니다.",
            "15일 이내에 관리비 계좌로 납부해 주시고 입금자명 앞에 {ref}를 적어 주세요. {pay}",
            "납부가 어려우시면 납기일 전에 관리사무소로 연락 주세요.",
            "{staff}\n경리 담당\n{staff_email}"],
    complaint=["제목: {flat2} 층간소음 민원",
               "관리사무소 귀중",
               "{flat2}({neighbour}) 소음 문제로 다시 연락드립니다. {d1}에는 {t1}까지 음악 소리가 났고, 주말에는 아침 8시 전부터 드릴 소리가 났습니다.",
               "관리규약상 밤 10시 이후에는 정숙해야 합니다. 계도해 주시고 결과를 알려 주세요.",
               "연락처: {phone}",
               "{name}\n{addr}"],
    minutes=["입주자대표회의 회의록 — {building}",
             "일시: {date} {time}, 장소: 관리동 회의실",
             "참석: {owners}",
             "위임: {proxy_owner} → {proxy_holder}",
             "의장: {chair} / 서기: {sec} / 관리업체: {agent_rep}",
             "1. 결산 승인",
             "2. {contractor}의 승강기 제어반 교체({amount}) 의결, {law}에 따름",
             "3. 자전거 보관소 출입카드 교체",
             "{time2} 폐회"],
    notice=["안내문 — {building}",
            "{date} {t1}~{t2} 승강기 정기점검이 있습니다. 시공: {contractor} (작업번호 {ref})",
            "점검 중에는 계단을 이용해 주세요. 짐 운반 도움이 필요하시면 관리사무소로 연락 주세요.",
            "{naw}",
            "문의: {sw} 또는 {mail}, 자세한 내용은 {site}"],
    rules=["관리규약 점검표 — 입주자대표회의 전",
           "☐ 정숙 시간 {quiet} (관리규약 및 {law1})",
           "☐ 방화문 항상 닫기 ({law2})",
           "☐ 방문차량 최대 4시간, 주차증 {amount}",
           "☐ 여름 행사는 {eponym}에서",
           "☐ {naw}"],
    RG=None, SG=None, item="출입카드 재발급")

FR_["vi"] = dict(
    req=["Kiểm tra giúp em xem còn thiếu gì trước khi gửi nhé.",
         "Tóm tắt giúp em thành ba ý để báo trưởng ban quản lý.",
         "Giúp em viết một câu trả lời lịch sự."],
    naw=["Bình yên là điều cư dân mong muốn nhất.",
         "An toàn phòng cháy là trách nhiệm chung của cả tòa nhà."],
    pay=[("r", "Chào {S}, mình là {R} ở căn {flat}. Mình cần {item}, trả bằng thẻ được không?"),
         ("s", "Dạ được, tổng {amt}. Anh/chị gửi thông tin thẻ, em quẹt máy POS ạ."),
         ("r", "{cardline}"),
         ("s", "Xong rồi ạ, giao dịch thành công. Gửi biên nhận qua email nào ạ?"),
         ("r", "Qua {email} nhé, cảm ơn"),
         ("s", "Em gửi rồi ạ. Sau 14h anh/chị xuống lễ tân nhận. {sig}, lễ tân")],
    pay_full="Thẻ {card}, hết hạn {exp}, tên trên thẻ {holder}",
    pay_last4="Dùng thẻ đuôi {last4} đã lưu nhé, tên chủ thẻ {holder}",
    chat=[("r", "Chào {S}, mình là {R} căn {flat}. Ngày {date} nhà mình chuyển đi."),
          ("s", "Cảm ơn anh/chị đã báo. Anh/chị cho em địa chỉ mới để gửi bảng quyết toán phí quản lý ạ."),
          ("r", "Đây nhé: {fwd}"),
          ("r", "Số điện thoại mới {phone}, bảng quyết toán gửi thêm vào {email}"),
          ("s", "Em ghi nhận số phiếu {ref}. Sáng hôm đó {tech} sẽ lên chốt đồng hồ; anh/chị để lại {fobs} thẻ từ ở lễ tân giúp em."),
          ("r", "Ok, cảm ơn em!")],
    demand=["{agent}\n{office} · ĐT {sw} · {site}",
            "Buôn Ma Thuột, {date}",
            "{name}\n{addr}",
            "Số: {ref}",
            "{salut}",
            "Thông báo nợ phí quản lý vận hành — {period}",
            "Phí quản lý {period} của căn hộ là {amount} (khoản mục {code}); ngoài ra còn nợ kỳ trước {arrears}, theo {law}.",
            "Đề nghị thanh toán trong 15 ngày vào tài khoản của ban quản trị, ghi rõ mã {ref}. {pay}",
            "Nếu gặp khó khăn, vui lòng liên hệ ban quản lý trước hạn để được hỗ trợ.",
            "Trân trọng,\n{staff}\nKế toán tòa nhà\n{staff_email}"],
    complaint=["Tiêu đề: tiếng ồn từ căn {flat2}",
               "Kính gửi ban quản lý,",
               "Tôi tiếp tục phản ánh tiếng ồn từ căn {flat2} ({neighbour}). Ngày {d1} mở nhạc đến {t1}, cuối tuần khoan tường trước 8 giờ sáng.",
               "Nội quy quy định giữ yên tĩnh sau 22 giờ. Đề nghị ban quản lý nhắc nhở và báo lại cho tôi.",
               "Số điện thoại: {phone}.",
               "Trân trọng,\n{name}\n{addr}"],
    minutes=["BIÊN BẢN HỘI NGHỊ NHÀ CHUNG CƯ — {building}",
             "Ngày {date}, lúc {time}, tại sảnh tầng 1.",
             "Có mặt: {owners}",
             "Ủy quyền: {proxy_owner} ủy quyền cho {proxy_holder}.",
             "Chủ tọa: {chair}. Thư ký: {sec}. Đại diện đơn vị quản lý: {agent_rep}.",
             "1. Thông qua báo cáo tài chính năm.",
             "2. Thay tủ điều khiển thang máy do {contractor} thực hiện, chi phí {amount}, theo {law}.",
             "3. Cấp lại thẻ từ nhà xe.",
             "Kết thúc lúc {time2}."],
    notice=["THÔNG BÁO — {building}",
            "Bảo trì thang máy ngày {date} từ {t1} đến {t2}, đơn vị thực hiện {contractor} (phiếu {ref}).",
            "Cư dân vui lòng đi thang bộ. Cần hỗ trợ mang đồ, xin liên hệ lễ tân.",
            "{naw}",
            "Liên hệ: {sw} hoặc {mail}, chi tiết tại {site}."],
    rules=["Nội quy tòa nhà — rà soát trước hội nghị",
           "☐ Giờ yên tĩnh {quiet} (nội quy và {law1})",
           "☐ Cửa chống cháy luôn đóng ({law2})",
           "☐ Khách gửi xe tối đa 4 giờ; vé {amount}",
           "☐ Tết Trung thu tại {eponym}",
           "☐ {naw}"],
    RG=None, SG=None, item="hai thẻ từ dự phòng")

# grammatical gender a complaint frame gives the complainant
CG = {"th": True, "hi": False}


# ====================================================================== form labels
# English-skeleton systems with the person fields in the country's language:
# name, birth date, id document, mobile, e-mail, address, forwarding
# address, emergency contact.
FL = {
    "US": ("Full name", "Date of birth", "SSN", "Cell", "Email", "Unit address", "Forwarding address", "Emergency contact"),
    "GB": ("Full name", "Date of birth", "Passport no.", "Mobile", "Email", "Flat address", "Forwarding address", "Emergency contact"),
    "DE": ("Name, Vorname", "Geburtsdatum", "Personalausweis-Nr.", "Mobil", "E-Mail", "Wohnanschrift", "Neue Anschrift", "Notfallkontakt"),
    "FR": ("Nom, prénom", "Date de naissance", "N° de passeport", "Portable", "Courriel", "Adresse du logement", "Nouvelle adresse", "Personne à prévenir"),
    "ES": ("Apellidos y nombre", "Fecha de nacimiento", "DNI/NIE", "Móvil", "Correo electrónico", "Domicilio", "Nueva dirección", "Contacto de emergencia"),
    "IT": ("Cognome e nome", "Data di nascita", "Codice fiscale", "Cellulare", "E-mail", "Indirizzo", "Nuovo indirizzo", "Contatto di emergenza"),
    "NL": ("Naam", "Geboortedatum", "Paspoortnummer", "Mobiel", "E-mail", "Adres", "Nieuw adres", "Noodcontact"),
    "BR": ("Nome completo", "Data de nascimento", "CPF", "Celular", "E-mail", "Endereço", "Novo endereço", "Contato de emergência"),
    "PL": ("Imię i nazwisko", "Data urodzenia", "PESEL", "Telefon", "E-mail", "Adres lokalu", "Nowy adres", "Osoba do kontaktu"),
    "RU": ("ФИО", "Дата рождения", "Паспорт (серия, номер)", "Телефон", "Эл. почта", "Адрес", "Новый адрес", "Контактное лицо"),
    "GR": ("Ονοματεπώνυμο", "Ημερομηνία γέννησης", "ΑΦΜ", "Κινητό", "Email", "Διεύθυνση", "Νέα διεύθυνση", "Πρόσωπο επικοινωνίας"),
    "TR": ("Adı Soyadı", "Doğum tarihi", "T.C. Kimlik No", "Cep telefonu", "E-posta", "Adres", "Yeni adres", "Acil durumda aranacak kişi"),
    "IL": ("שם מלא", "תאריך לידה", "מספר זהות", "נייד", "דוא\"ל", "כתובת", "כתובת חדשה", "איש קשר לחירום"),
    "EG": ("الاسم بالكامل", "تاريخ الميلاد", "الرقم القومي", "المحمول", "البريد الإلكتروني", "العنوان", "العنوان الجديد", "شخص للطوارئ"),
    "IN": ("पूरा नाम", "जन्म तिथि", "आधार / पैन", "मोबाइल", "ईमेल", "पता", "नया पता", "आपातकालीन संपर्क"),
    "TH": ("ชื่อ-นามสกุล", "วันเกิด", "เลขประจำตัวประชาชน", "มือถือ", "อีเมล", "ที่อยู่", "ที่อยู่ใหม่", "ผู้ติดต่อฉุกเฉิน"),
    "CN": ("姓名", "出生日期", "身份证号", "手机", "邮箱", "住址", "新地址", "紧急联系人"),
    "JP": ("氏名", "生年月日", "旅券番号", "携帯電話", "メール", "住所", "転居先", "緊急連絡先"),
    "KR": ("성명", "생년월일", "주민등록번호", "휴대전화", "이메일", "주소", "새 주소", "비상연락처"),
    "VN": ("Họ và tên", "Ngày sinh", "Số CCCD", "Điện thoại", "Email", "Địa chỉ", "Địa chỉ mới", "Người liên hệ khẩn cấp"),
}

# salutation: (male prefix, female prefix, suffix, which name: fam/full/gp)
SALUT = {
    "en": ("Dear Mr ", "Dear Ms ", ",", "fam"), "de": ("Sehr geehrter Herr ", "Sehr geehrte Frau ", ",", "fam"),
    "fr": ("Monsieur ", "Madame ", ",", "fam"), "es": ("Estimado Sr. ", "Estimada Sra. ", ":", "fam"),
    "it": ("Gentile Sig. ", "Gentile Sig.ra ", ",", "fam"), "nl": ("Geachte heer ", "Geachte mevrouw ", ",", "fam"),
    "pt": ("Prezado Sr. ", "Prezada Sra. ", ",", "full"), "pl": ("Szanowny Pan ", "Szanowna Pani ", ",", "full"),
    "ru": ("Уважаемый ", "Уважаемая ", "!", "gp"), "el": ("Αξιότιμε κύριε ", "Αξιότιμη κυρία ", ",", "full"),
    "tr": ("Sayın ", "Sayın ", ",", "full"), "he": ("לכבוד ", "לכבוד ", ",", "full"),
    "ar": ("السيد/ ", "السيدة/ ", "،", "full"), "hi": ("आदरणीय श्री ", "आदरणीया श्रीमती ", " जी,", "full"),
    "th": ("เรียน คุณ", "เรียน คุณ", "", "full"), "zh": ("尊敬的", "尊敬的", "业主：", "full"),
    "ja": ("", "", "様", "full"), "ko": ("", "", " 님께", "full"), "vi": ("Kính gửi ông ", "Kính gửi bà ", ",", "full"),
}


def salut(lang, p, sub):
    m, f, suf, which = SALUT[lang]
    if which == "fam":
        v = p.family
    elif which == "gp" and p.patr:
        v = p.given + " " + p.patr[0]
    else:
        v = p.full()
    return [f if p.female else m, L("person", v, sub=sub), suf]


# ====================================================================== look-alikes
FLATW = {"en": ("Flat {n}", "Apt {n}"), "de": ("Whg. {n}",), "fr": ("lot {n}", "appartement {n}"), "es": ("{n}º {l}",),
         "it": ("interno {n}",), "nl": ("nummer {n}",), "pt": ("apto {n}",), "pl": ("lokalu {n}",), "ru": ("кв. {n}",),
         "el": ("διαμέρισμα {n}",), "tr": ("{n}",), "he": ("דירה {n}",), "ar": ("شقة {n}",), "hi": ("फ्लैट {n}",),
         "th": ("{n}",), "zh": ("{b}幢{n}室",), "ja": ("{n}号室",), "ko": ("{b}동 {n}호",), "vi": ("{n}",)}


def Nflat(R, lang, n=None, loc=None):
    if n is None:
        if lang in ("zh", "ja", "ko", "th", "hi", "vi"):
            n = str(R.randint(1, 12)) + "%02d" % R.randint(1, 20)
        elif lang == "es":
            n = str(R.randint(1, 9))
        else:
            n = str(R.randint(1, 48))
    forms = FLATW[lang] if loc not in ("US", "GB") else (("Apt {n}", "Unit {n}") if loc == "US" else ("Flat {n}",))
    t = R.choice(forms).format(n=n, l=R.choice("ABCD"), b=R.randint(1, 12) if lang == "zh" else R.randint(101, 112))
    return N(t, "flat_number")


def Nref(R, kind="wo"):
    y = R.choice([2025, 2026])
    if kind == "wo":
        return N(R.choice(["WO-%d-%05d", "WO%d/%04d", "JOB-%d-%04d"]) % (y, R.randint(100, 9999)), "work_order")
    if kind == "tk":
        return N(R.choice(["TKT-%d", "#%d", "CS-%d"]) % R.randint(10000, 999999), "ticket_ref")
    if kind == "sc":
        return N("SC/%d/%s-%04d" % (y, R.choice(["Q1", "Q2", "Q3", "Q4", "H1", "H2"]), R.randint(1, 9999)), "account_ref")
    if kind == "mandate":
        return N("MND-%s-%05d" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), R.randint(1, 99999)), "mandate_ref")
    raise KeyError(kind)


def Nfob(R):
    r = R.random()
    if r < 0.4:
        return N(":".join("%02X" % R.randint(0, 255) for _ in range(4)), "fob_number")
    if r < 0.7:
        return N("%010d" % R.randint(1, 9999999), "fob_number")
    return N("FOB-%04d" % R.randint(1, 9999), "fob_number")


BUDGET = {"en": ["SC-04 Lift maintenance", "SC-07 Communal cleaning", "SC-11 Reserve fund", "SC-02 Buildings insurance"],
          "de": ["410 Aufzug", "220 Treppenhausreinigung", "900 Erhaltungsrücklage"],
          "fr": ["612 Ascenseur", "615 Nettoyage", "105 Fonds travaux"],
          "es": ["3.2 Ascensor", "1.4 Limpieza", "9 Fondo de reserva"],
          "it": ["B.4 Ascensore", "A.2 Pulizie scale", "F Fondo straordinario"],
          "nl": ["4100 Lift", "2200 Schoonmaak", "9000 Reservefonds"],
          "pt": ["2.1 Elevadores", "1.3 Limpeza", "9 Fundo de reserva"],
          "pl": ["4 Konserwacja windy", "2 Sprzątanie", "9 Fundusz remontowy"],
          "ru": ["2.4 Лифт", "1.1 Уборка", "9 Капремонт"],
          "el": ["Κ.4 Ανελκυστήρας", "Κ.2 Καθαριότητα", "Κ.9 Αποθεματικό"],
          "tr": ["4 Asansör bakımı", "2 Temizlik", "9 Yedek akçe"],
          "he": ["4 מעלית", "2 ניקיון", "9 קרן שיפוצים"],
          "ar": ["4 المصاعد", "2 النظافة", "9 الاحتياطي"],
          "hi": ["4 लिफ्ट", "2 सफ़ाई", "9 सिंकिंग फंड"],
          "th": ["4 ลิฟต์", "2 ทำความสะอาด", "9 เงินกองทุน"],
          "zh": ["4.2 电梯维保", "1.1 保洁", "9 维修基金"],
          "ja": ["04 昇降機保守", "02 清掃", "09 修繕積立金"],
          "ko": ["4 승강기 유지비", "2 청소비", "9 장기수선충당금"],
          "vi": ["4 bảo trì thang máy", "2 vệ sinh", "9 quỹ bảo trì"]}

PERIOD = {"en": ["1 Apr – 30 Sep 2026", "Q3 2026", "the half-year to 31 March 2027"],
          "de": ["das 3. Quartal 2026", "Juli 2026", "das Wirtschaftsjahr 2026"],
          "fr": ["le 3e trimestre 2026", "l'exercice 2026"], "es": ["el tercer trimestre de 2026", "el ejercicio 2026"],
          "it": ["il III trimestre 2026", "l'esercizio 2026"], "nl": ["het derde kwartaal van 2026", "boekjaar 2026"],
          "pt": ["setembro/2026", "o 3º trimestre de 2026"], "pl": ["III kwartał 2026", "wrzesień 2026"],
          "ru": ["сентябрь 2026 г.", "III квартал 2026 г."], "el": ["το γ΄ τρίμηνο 2026", "Σεπτέμβριο 2026"],
          "tr": ["2026 Eylül", "2026 3. çeyrek"], "he": ["רבעון 3 2026", "ספטמבר 2026"],
          "ar": ["الربع الثالث 2026", "سبتمبر 2026"], "hi": ["जुलाई–सितंबर 2026", "वित्त वर्ष 2026-27"],
          "th": ["ไตรมาส 3/2569", "ก.ย. 2569"], "zh": ["2026年第三季度", "2026年9月"],
          "ja": ["2026年9月", "2026年度上期"], "ko": ["2026년 9월분", "2026년 3분기"],
          "vi": ["quý III/2026", "tháng 9/2026"]}

PLATE = {"US": lambda R: "%d%s%03d" % (R.randint(1, 9), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), R.randint(0, 999)),
         "GB": lambda R: "%s%02d %s" % ("".join(R.choice("ABDEFGHKLMNOPRSVWY") for _ in range(2)), R.choice([21, 71, 22, 72, 23, 73, 24, 74]), "".join(R.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3))),
         "DE": lambda R: "SI-%s %d" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), R.randint(1, 9999)),
         "FR": lambda R: "%s-%03d-%s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2)), R.randint(1, 999), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))),
         "ES": lambda R: "%04d %s" % (R.randint(0, 9999), "".join(R.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3))),
         "IT": lambda R: "%s %03d%s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2)), R.randint(0, 999), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))),
         "NL": lambda R: "%s-%03d-%s" % (R.choice("GHJKLNPRSTXZ"), R.randint(1, 999), "".join(R.choice("BDFGHJKLNPRSTVXZ") for _ in range(2))),
         "BR": lambda R: "%s%d%s%02d" % ("".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3)), R.randint(0, 9), R.choice("ABCDEFGHIJ"), R.randint(0, 99)),
         "PL": lambda R: "BI %05d" % R.randint(1, 99999),
         "RU": lambda R: "%s%03d%s 73" % (R.choice("АВЕКМНОРСТУХ"), R.randint(1, 999), "".join(R.choice("АВЕКМНОРСТУХ") for _ in range(2))),
         "GR": lambda R: "%s-%04d" % ("".join(R.choice("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ") for _ in range(3)), R.randint(1000, 9999)),
         "TR": lambda R: "58 %s %d" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVYZ") for _ in range(2)), R.randint(100, 9999)),
         "IL": lambda R: "%03d-%02d-%03d" % (R.randint(100, 999), R.randint(10, 99), R.randint(100, 999)),
         "EG": lambda R: "%s %d" % (" ".join(R.choice("أبجدرسصطعفقلمنهوى") for _ in range(3)), R.randint(100, 9999)),
         "IN": lambda R: "MH 31 %s %04d" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), R.randint(1, 9999)),
         "TH": lambda R: "%s %d ขอนแก่น" % (R.choice(["กข", "ขย", "ฒท", "1กค", "2ขว"]), R.randint(1, 9999)),
         "CN": lambda R: "浙B·%s" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5)),
         "JP": lambda R: "浜松 %d %s %02d-%02d" % (R.randint(300, 599), R.choice("あいうえかきくけこさすせそたちつてと"), R.randint(10, 99), R.randint(10, 99)),
         "KR": lambda R: "%d%s %04d" % (R.randint(10, 399), R.choice("가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호"), R.randint(1000, 9999)),
         "VN": lambda R: "47A-%03d.%02d" % (R.randint(100, 999), R.randint(10, 99))}


def Nplate(R, loc):
    return N(PLATE[loc](R), "plate")


def Nbay(R):
    return N(R.choice(["P-%d", "B%d", "G%02d"]) % R.randint(1, 180), "bay_number")


SERIAL = [lambda R: "KONE MonoSpace SN %d-%05d" % (R.randint(40, 49), R.randint(0, 99999)),
          lambda R: "Schindler 3300 Anlage-Nr. %d.%03d.%03d" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 999)),
          lambda R: "Otis Gen2 S/N %s%06d" % (R.choice(["EN", "FS", "KR"]), R.randint(0, 999999)),
          lambda R: "boiler GC 47-%03d-%02d, S/N %dW%05d" % (R.randint(100, 999), R.randint(10, 99), R.randint(20, 25), R.randint(0, 99999)),
          lambda R: "Paxton Net2 ACU S/N %03d-%04d-%02d" % (R.randint(100, 999), R.randint(0, 9999), R.randint(0, 99)),
          lambda R: "Comelit panel SN CM%08X" % R.randint(0, 0xFFFFFFF),
          lambda R: "Vaillant ecoTEC SN 21%02d%02d%05d" % (R.randint(18, 25), R.randint(1, 52), R.randint(0, 99999))]


def Nserial(R):
    return N(R.choice(SERIAL)(R), "device_serial")


def Ntimes(R):
    """Two times of one day in order (start, end)."""
    a = R.randint(7 * 12, 20 * 12)
    b = a + R.randint(3, 40)
    return (N("%02d:%02d" % divmod(a * 5, 60), "visit_time"), N("%02d:%02d" % divmod(b * 5, 60), "visit_time"))


def Ntime(R):
    return N("%02d:%02d" % (R.randint(7, 22), R.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])), "visit_time")


def Nday(R, loc, tag="visit_date"):
    return N(fmt_day(loc, rand_day(R)), tag)


def Nexp(R):
    return N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry")


def Nmoney(R, loc, lo, hi, tag="amount"):
    return N(money(R, loc, lo, hi), tag)


def Nlaw(R, loc):
    return N(R.choice(LAWS[loc]), "lease_law")


def Neponym(R, loc):
    return N(R.choice(EPONYMS[loc]), "eponym_building")


def Nnaw(R, lang):
    return N(R.choice(FR_[lang]["naw"]), "name_as_word")


ROLE = ["concierge", "accounts", "repairs", "servicecharge", "facilities", "reception", "info", "parcels"]


def Nrole(R, loc, box=None):
    return N("%s@%s" % (box or R.choice(ROLE), AGENTS[loc]["dom"]), "role_mailbox")


def Nsw(loc):
    return N(AGENTS[loc]["sw"], "switchboard")


def Nsite(loc):
    return N(AGENTS[loc]["site"], "website")


def Nagent(loc):
    return N(AGENTS[loc]["firm"], "managing_agent")


def Noffice(loc):
    return N(AGENTS[loc]["office"], "agent_address")


def Nbuilding(R, loc, b=None):
    return N((b or R.choice(BUILDINGS[loc]))[0], "building_name")


def contractor(R, loc, trade=None):
    cs = [c for c in CONTRACTORS[loc] if trade is None or c[1] == trade]
    return R.choice(cs)


def national_account(R, loc):
    """National account details that are not IBANs (look-alikes)."""
    while True:
        if loc == "US":
            t = "routing %09d, account %d" % (R.randint(10 ** 8, 10 ** 9 - 1), R.randint(10 ** 8, 10 ** 10))
        elif loc == "GB":
            t = "sort code %02d-%02d-%02d, account %08d" % (R.randint(10, 99), R.randint(0, 99), R.randint(0, 99), R.randint(0, 99999999))
        elif loc == "BR":
            t = "Banco 341, agência %04d, conta %05d-%d" % (R.randint(100, 9999), R.randint(10000, 99999), R.randint(0, 9))
        elif loc == "RU":
            t = "р/с 40703810%012d, БИК 047308%03d" % (R.randint(0, 10 ** 12 - 1), R.randint(100, 999))
        elif loc == "IN":
            t = "A/c %014d, IFSC SBIN000%04d" % (R.randint(10 ** 13, 10 ** 14 - 1), R.randint(1000, 9999))
        elif loc == "TH":
            t = "ธนาคารกสิกรไทย เลขที่บัญชี %03d-%d-%05d-%d" % (R.randint(100, 999), R.randint(0, 9), R.randint(0, 99999), R.randint(0, 9))
        elif loc == "CN":
            t = "开户行：工商银行宁波鄞州支行，账号 3901 %04d %04d %04d %03d" % (R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 999))
        elif loc == "JP":
            t = "静岡銀行 浜松営業部 普通 %07d" % R.randint(0, 9999999)
        elif loc == "KR":
            t = "국민은행 %06d-%02d-%06d" % (R.randint(0, 999999), R.randint(0, 99), R.randint(0, 999999))
        elif loc == "VN":
            t = "Vietcombank chi nhánh Đắk Lắk, STK %04d %04d %05d" % (R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 99999))
        else:
            raise KeyError(loc)
        if not luhn_windows(t):
            return N(t, "national_account")


def Ntestcard(R):
    c = R.choice(sorted(TEST_CARDS))
    return N(card_fmt(R, c), "test_card")


# ====================================================================== helpers
def fill(s, **kw):
    """'text {slot} text' -> parts; a slot is a str, L, N or list."""
    out = []
    for i, piece in enumerate(re.split(r"\{(\w+)\}", s)):
        if i % 2 == 0:
            if piece:
                out.append(piece)
        else:
            out.append(kw[piece])
    return out


def wrap(R, lang, body, req=None, kind=None, fence=True):
    """Puts the request line in the text's language before or after the paste."""
    if req is None:
        f = FR_[lang]
        req = R.choice(f["req"]) if kind is None else (f.get("req_" + kind) or R.choice(f["req"]))
    r = R.random()
    if not fence:
        r = r * 0.85
    if r < 0.35:
        return [req, "\n\n", body]
    if r < 0.55:
        return [body, "\n\n", req]
    if r < 0.7:
        return [req, "\n\n\"\"\"\n", body, "\n\"\"\""]
    if r < 0.85:
        return [req, "\n---\n", body]
    if r < 0.93:
        return [req, "\n```\n", body, "\n```"]
    return ["```\n", body, "\n```\n", req]


def join(parts, sep):
    out = []
    for i, p in enumerate(parts):
        if i:
            out.append(sep)
        out.append(p)
    return out


def chat_stamp(R, loc, d, hh, mm):
    if loc in ("CN", "JP", "KR"):
        return "%d/%02d/%02d %02d:%02d" % (d.year, d.month, d.day, hh, mm)
    if loc == "US":
        return "[%d/%d/%02d, %d:%02d %s]" % (d.month, d.day, d.year % 100, (hh - 1) % 12 + 1, mm, "AM" if hh < 12 else "PM")
    return "[%02d.%02d.%02d, %02d:%02d]" % (d.day, d.month, d.year % 100, hh, mm) if loc in ("DE", "RU", "PL", "TR") else "[%02d/%02d/%d, %02d:%02d]" % (d.day, d.month, d.year, hh, mm)


def render_chat(R, loc, lines, res, staff, slots, rsub="resident"):
    d = rand_day(R)
    hh, mm = R.randint(8, 18), R.randint(0, 50)
    out = []
    for who, text in lines:
        p = res if who == "r" else staff
        sender = L("person", p.first(), sub=rsub if who == "r" else "staff")
        out += [chat_stamp(R, loc, d, hh, mm), " ", sender, ": "] + fill(text, **slots) + ["\n"]
        mm += R.randint(1, 6)
        if mm >= 60:
            hh, mm = hh + 1, mm - 60
    return out[:-1]


# ====================================================================== labelled templates
ISSUE = {
    "en": ["Water coming through the bathroom ceiling from the flat above.", "Intercom handset not ringing; door release works.", "Radiators cold since Monday."],
    "de": ["Wasser tropft von der Badezimmerdecke.", "Gegensprechanlage klingelt nicht.", "Heizkörper seit Montag kalt."],
    "fr": ["Fuite d'eau au plafond de la salle de bains.", "L'interphone ne sonne plus.", "Radiateurs froids depuis lundi."],
    "es": ["Gotea agua del techo del baño.", "El portero automático no suena.", "Radiadores fríos desde el lunes."],
    "it": ["Infiltrazione d'acqua dal soffitto del bagno.", "Il citofono non suona.", "Termosifoni freddi da lunedì."],
    "nl": ["Water lekt door het plafond van de badkamer.", "Intercom gaat niet over.", "Radiatoren koud sinds maandag."],
    "pt": ["Infiltração no teto do banheiro.", "Interfone não toca.", "Chuveiro elétrico sem funcionar desde segunda."],
    "pl": ["Przecieka sufit w łazience.", "Domofon nie dzwoni.", "Kaloryfery zimne od poniedziałku."],
    "ru": ["Протекает потолок в ванной.", "Не звонит домофон.", "Батареи холодные с понедельника."],
    "el": ["Διαρροή νερού από το ταβάνι του μπάνιου.", "Το θυροτηλέφωνο δεν χτυπάει.", "Τα καλοριφέρ κρύα από Δευτέρα."],
    "tr": ["Banyo tavanından su damlıyor.", "Diyafon çalmıyor.", "Pazartesiden beri petekler soğuk."],
    "he": ["נוזלים מים מהתקרה באמבטיה.", "האינטרקום לא מצלצל.", "הרדיאטורים קרים מיום שני."],
    "ar": ["مياه بتنزل من سقف الحمام.", "الإنتركم مش بيرن.", "السخان مش شغال من يوم الاثنين."],
    "hi": ["बाथरूम की छत से पानी टपक रहा है।", "इंटरकॉम की घंटी नहीं बज रही।", "सोमवार से गीज़र काम नहीं कर रहा।"],
    "th": ["น้ำรั่วจากฝ้าห้องน้ำ", "อินเตอร์คอมไม่ดัง", "แอร์ไม่เย็นตั้งแต่วันจันทร์"],
    "zh": ["卫生间天花板漏水。", "可视对讲不响。", "周一起暖气不热。"],
    "ja": ["浴室の天井から水漏れ。", "インターホンが鳴らない。", "月曜から給湯器が動かない。"],
    "ko": ["욕실 천장에서 물이 샙니다.", "인터폰이 울리지 않습니다.", "월요일부터 난방이 안 됩니다."],
    "vi": ["Trần nhà vệ sinh bị thấm nước.", "Chuông cửa không kêu.", "Bình nóng lạnh hỏng từ thứ Hai."],
}

CARRIER = {"US": ["UPS", "FedEx", "USPS", "Amazon"], "GB": ["Royal Mail", "DPD", "Evri", "Amazon"], "DE": ["DHL", "Hermes", "DPD", "GLS"],
           "FR": ["Colissimo", "Chronopost", "Mondial Relay"], "ES": ["Correos", "SEUR", "MRW"], "IT": ["Poste Italiane", "BRT", "GLS"],
           "NL": ["PostNL", "DHL", "DPD"], "BR": ["Correios", "Jadlog", "Loggi"], "PL": ["InPost", "DPD", "Poczta Polska"],
           "RU": ["СДЭК", "Почта России", "Ozon"], "GR": ["ΕΛΤΑ", "ACS", "Γενική Ταχυδρομική"], "TR": ["Yurtiçi", "Aras", "MNG"],
           "IL": ["דואר ישראל", "UPS", "צ'יטה"], "EG": ["Aramex", "بوسطة", "البريد المصري"], "IN": ["Delhivery", "Blue Dart", "इंडिया पोस्ट"],
           "TH": ["Kerry Express", "Flash Express", "ไปรษณีย์ไทย"], "CN": ["顺丰", "中通", "京东物流"], "JP": ["ヤマト運輸", "佐川急便", "日本郵便"],
           "KR": ["CJ대한통운", "한진택배", "우체국택배"], "VN": ["Giao Hàng Nhanh", "Viettel Post", "J&T"]}


def Ntracking(R):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return N(R.choice(["1Z%s%s" % ("".join(R.choice(al + "0123456789") for _ in range(6)), "".join(R.choice(al) for _ in range(2)) + "%08d" % R.randint(0, 10 ** 8 - 1)),
                       "JD%s%s" % ("".join(R.choice(al) for _ in range(4)), "%09d" % R.randint(0, 10 ** 9 - 1)),
                       "%s%09d%s" % ("".join(R.choice(al) for _ in range(2)), R.randint(0, 10 ** 9 - 1), R.choice(["GB", "DE", "FR", "NL", "CN"]))]), "tracking")


def role_word(lang, key):
    return key


def T_register(R, loc):
    lang = LANG[loc]
    b = R.choice(BUILDINGS[loc])
    n = R.randint(3, 5)
    ps = people(R, loc, n)
    fl = FL[loc]
    peep = R.random() < 0.4
    out = ["BlockMan 4 · Owner & occupier register · ", Nbuilding(R, loc, b), " · exported ", Nday(R, loc, "export_date"), "\n\n"]
    if peep:
        out.append("| Unit | %s | Status | %s | %s | %s (PEEP) | Balance |\n|---|---|---|---|---|---|---|\n" % (fl[0], fl[3], fl[4], fl[1]))
    else:
        out.append("| Unit | %s | Status | %s | %s | Balance |\n|---|---|---|---|---|---|\n" % (fl[0], fl[3], fl[4]))
    notes = []
    units = R.sample(range(1, 61), len(ps))
    for i, p in enumerate(ps):
        st = R.choice(["Owner-occupier", "Tenant", "Owner (non-resident)", "Tenant", "Owner-occupier"])
        sub = "tenant" if st == "Tenant" else "owner"
        ph = Lphone(R, loc, abroad=0.35 if "non-resident" in st else 0.05)
        em = personal_email(R, p) if R.random() < 0.75 else "—"
        out += ["| ", N(str(units[i]), "flat_number"), " | ", L("person", p.fio(), sub=sub), " | ", st, " | ", ph, " | ", em, " | "]
        if peep:
            out += [Ldob(R, loc, rand_dob(R, 1932, 1960)) if "non-resident" not in st and R.random() < 0.6 else "—", " | "]
        out += [Nmoney(R, loc, 0, 2400, "balance"), " |\n"]
        if "non-resident" in st:
            notes += ["Correspondence address for ", L("person", p.full(), sub=sub), ": ", L("address", other_address(R, loc), sub="correspondence"), "\n"]
    if notes:
        out += ["\n"] + notes
    if R.random() < 0.4:
        out += ["\nFobs issued this quarter: ", N(str(R.randint(3, 30)), "count"), "; parking bays let: ", N(str(R.randint(5, 90)), "count"), "\n"]
    return "register", lang, wrap(R, lang, out[:-1] if out[-1] == "\n" else out)


def T_movein(R, loc):
    lang = LANG[loc]
    b = R.choice(BUILDINGS[loc])
    p, ec, st = people(R, loc, 3)
    fl = FL[loc]
    d = rand_dob(R, 1950, 2004)
    out_mode = R.random() < 0.45
    flat = flat_no(R, loc)
    idl = gov_for(R, loc, p, d)
    idlabel = fl[2]
    if loc == "IN":
        idlabel = "आधार संख्या" if idl.meta["sub"] == "aadhaar" else "पैन"
    lines = [["%s FORM — " % ("MOVE-OUT" if out_mode else "MOVE-IN"), Nbuilding(R, loc, b), ", unit ", N(flat, "flat_number")],
             [fl[0], ": ", L("person", p.fio(), sub="tenant" if R.random() < 0.6 else "owner")],
             [fl[1], ": ", Ldob(R, loc, d)],
             [idlabel, ": ", idl],
             [fl[3], ": ", Lphone(R, loc, abroad=0.08)],
             [fl[4], ": ", personal_email(R, p)],
             [fl[5], ": ", L("address", home_address(R, loc, b, flat), sub="home")],
             ["%s date: " % ("Move-out" if out_mode else "Move-in"), Nday(R, loc, "move_date"), ", lift booked "] + join(Ntimes(R), "–")]
    if out_mode:
        lines.append([fl[6], ": ", L("address", other_address(R, loc), sub="forwarding")])
        lines.append(["Fobs returned: ", Nfob(R), ", ", Nfob(R)])
        if loc in IBAN_LOC and R.random() < 0.6:
            lines.append(["Deposit refund to IBAN: ", Liban(R, loc)])
    else:
        lines.append(["Fobs issued: ", Nfob(R), ", ", Nfob(R)])
        if R.random() < 0.25:
            lines.append(["Fob deposit ", Nmoney(R, loc, 20, 100), " taken by card ", Lcard(R, loc), ", exp ", Nexp(R)])
        if R.random() < 0.6:
            lines.append(["Vehicle: ", Nplate(R, loc), " · bay ", Nbay(R)])
    if R.random() < 0.7:
        lines.append([fl[7], ": ", L("person", ec.full(), sub="emergency_contact"), ", ", Lphone(R, loc)])
    if loc in ("GB", "US", "NL", "JP", "FR") and R.random() < 0.3:
        lines.append(["ID checked: passport, expires ", Nday(R, loc, "expiry_date")])
    lines.append(["Processed by: ", L("person", st.first() if R.random() < 0.5 else st.full(), sub="staff"), " (front desk)"])
    return "form", lang, wrap(R, lang, join(lines, "\n"))


def T_fob(R, loc):
    lang = LANG[loc]
    b = R.choice(BUILDINGS[loc])
    p, st = people(R, loc, 2)
    fl = FL[loc]
    flat = flat_no(R, loc)
    permit = R.random() < 0.5
    lines = [["KEY FOB / PARKING PERMIT REQUEST · ", Nref(R, "tk"), " · ", Nbuilding(R, loc, b)],
             [fl[0], ": ", L("person", p.fio(), sub="resident")],
             [fl[5], ": ", L("address", home_address(R, loc, b, flat), sub="home")],
             [fl[3], ": ", Lphone(R, loc)]]
    if R.random() < 0.7:
        lines.append([fl[4], ": ", personal_email(R, p)])
    if permit:
        lines += [["Request: resident parking permit"], ["Vehicle reg: ", Nplate(R, loc), " · bay ", Nbay(R), " · valid until ", N(fmt_day(loc, rand_day(R, 2027, 2028)), "expiry_date")]]
    else:
        lines += [["Request: replacement fob (lost)"], ["Old fob (deactivated): ", Nfob(R)], ["New fob: ", Nfob(R), " — access groups: main door, car park, bin store"]]
    r = R.random()
    if r < 0.25:
        lines.append(["Fee: ", Nmoney(R, loc, 10, 90), " paid by phone, card ", Lcard(R, loc), " exp ", Nexp(R), " (holder ", L("person", p.caps(), sub="cardholder"), ")"])
    elif r < 0.55:
        lines.append(["Fee: ", Nmoney(R, loc, 10, 90), " paid by card ending ", N("%04d" % R.randint(0, 9999), "last4")])
    else:
        lines.append(["Fee: ", Nmoney(R, loc, 10, 90), " — added to service-charge account ", Nref(R, "sc")])
    lines.append(["Issued by: ", L("person", st.full(), sub="staff"), " on ", Nday(R, loc), " ", Ntime(R)])
    if R.random() < 0.3:
        lines.append(["Note: ", Nnaw(R, lang)])
    return "form", lang, wrap(R, lang, join(lines, "\n"))


def T_parcel(R, loc):
    lang = LANG[loc]
    b = R.choice(BUILDINGS[loc])
    n = R.randint(3, 5)
    ps = people(R, loc, n + 1)
    staff = ps[-1]
    out = ["Parcel room log — ", Nbuilding(R, loc, b), " — ", Nday(R, loc, "log_date"), " — shift: ", L("person", staff.first(), sub="staff"), "\n",
           "time | unit | recipient | carrier | tracking | collected | SMS\n"]
    for p in ps[:-1]:
        col = R.random()
        t1, t2 = Ntimes(R)
        out += [t1, " | ", Nflat(R, lang, loc=loc), " | ", L("person", p.full(), sub="resident"), " | ", R.choice(CARRIER[loc]), " | ", Ntracking(R), " | "]
        out += [t2 if col < 0.5 else "not yet", " | "]
        out += [Lphone(R, loc, intl=R.random() < 0.5) if R.random() < 0.6 else "—", "\n"]
    if R.random() < 0.4:
        out += ["Large items in cage 2: ", N(str(R.randint(1, 6)), "count"), ". Reminder: uncollected after 14 days go back to sender."]
    else:
        out = out[:-1]
    return "log", lang, wrap(R, lang, out)


def T_signin(R, loc):
    lang = LANG[loc]
    b = R.choice(BUILDINGS[loc])
    n = R.randint(3, 4)
    ps = people(R, loc, 2 * n)
    day = rand_day(R)
    idcol = loc in ("CN", "VN", "IN", "TR", "RU", "TH", "KR", "EG")
    out = ["date,time_in,time_out,name,company,visiting,host,phone,%sbadge\n" % ("id_no," if idcol else "")]
    for i in range(n):
        v, h = ps[2 * i], ps[2 * i + 1]
        is_con = R.random() < 0.5
        c = contractor(R, loc) if is_con else None
        t1, t2 = Ntimes(R)
        out += [N(day.isoformat(), "visit_date"), ",", t1, ",", t2 if R.random() < 0.8 else "", ",",
                L("person", v.full(), sub="contractor" if is_con else "visitor"), ",",
                N(c[0].replace(",", ""), "contractor_firm") if is_con else "", ",",
                Nflat(R, lang, loc=loc) if not is_con else R.choice(["plant room", "roof", "lift motor room", "car park"]), ",",
                L("person", h.full(), sub="resident") if not is_con else "FM desk", ",",
                Lphone(R, loc, intl=R.random() < 0.3), ","]
        if idcol:
            out += [gov_for(R, loc, v, rand_dob(R, 1955, 2004)) if R.random() < 0.7 else "", ","]
        out += [N("V%03d" % R.randint(1, 400), "badge_number"), "\n"]
    out = out[:-1]
    head = ["Visitor & contractor sign-in — ", Nbuilding(R, loc, b), "\n```csv\n"]
    return "csv", lang, wrap(R, lang, head + out + ["\n```"], fence=False)


def T_demand(R, loc):
    lang = LANG[loc]
    f = FR_[lang]
    b = R.choice(BUILDINGS[loc])
    p, st = people(R, loc, 2)
    if loc in IBAN_LOC:
        pay = Liban(R, loc, org=True)
    else:
        pay = national_account(R, loc)
    flat = flat_no(R, loc)
    ref = Nref(R, "sc")
    slots = dict(agent=Nagent(loc), office=Noffice(loc), sw=Nsw(loc), site=Nsite(loc), date=Nday(R, loc, "letter_date"),
                 name=L("person", p.fio(), sub="owner"), addr=L("address", home_address(R, loc, b, flat), sub="home"),
                 ref=ref, salut=salut(lang, p, "owner"), period=N(R.choice(PERIOD[lang]), "period"),
                 amount=Nmoney(R, loc, 200, 3000), arrears=Nmoney(R, loc, 50, 1500, "arrears"), code=N(R.choice(BUDGET[lang]), "budget_code"),
                 law=Nlaw(R, loc), pay=pay, staff=L("person", st.full(), sub="staff"), staff_email=work_email(R, st, AGENTS[loc]["dom"]))
    body = []
    for i, line in enumerate(f["demand"]):
        if i == 4:
            body += slots["salut"]
        else:
            body += fill(line, **{k: v for k, v in slots.items() if k != "salut"})
        body.append("\n\n")
    return "letter", lang, wrap(R, lang, body[:-1])


def T_mandate(R, loc):
    lang = LANG[loc]
    b = R.choice(BUILDINGS[loc])
    p = people(R, loc, 1)[0]
    fl = FL[loc]
    flat = flat_no(R, loc)
    title = {"DE": "SEPA-Lastschriftmandat", "FR": "Mandat de prélèvement SEPA", "ES": "Orden de domiciliación SEPA",
             "IT": "Mandato SEPA Direct Debit", "NL": "Doorlopende machtiging SEPA", "GR": "Εντολή άμεσης χρέωσης SEPA",
             "PL": "Zgoda na obciążenie rachunku (polecenie zapłaty)", "TR": "Otomatik ödeme talimatı",
             "IL": "הרשאה לחיוב חשבון (הוראת קבע)", "EG": "أمر خصم مباشر", "GB": "Instruction to your bank or building society to pay by Direct Debit",
             "US": "ACH Debit Authorization", "BR": "Autorização de débito automático", "RU": "Заявление на автоплатёж с карты",
             "CN": "银行卡代扣授权书", "IN": "NACH Debit Mandate", "TH": "หนังสือยินยอมให้หักบัญชีเงินฝากอัตโนมัติ",
             "JP": "口座振替依頼書", "KR": "자동이체 신청서", "VN": "Giấy ủy quyền trích nợ tự động"}[loc]
    lines = [[title, " — creditor: ", Nagent(loc), " on behalf of ", Nbuilding(R, loc, b)]]
    if loc in IBAN_LOC:
        lines.append(["Creditor identifier: ", N("%sZZZ%08d" % (loc, R.randint(0, 10 ** 8 - 1)) if loc in ("DE", "NL") else "%s%02dZZZ%06d" % (loc, R.randint(10, 99), R.randint(0, 999999)), "creditor_id"),
                      " · mandate ref ", Nref(R, "mandate")])
    else:
        lines.append(["Mandate ref: ", Nref(R, "mandate")])
    lines += [[fl[0], ": ", L("person", p.fio(), sub="owner")], [fl[5], ": ", L("address", home_address(R, loc, b, flat), sub="home")]]
    if loc in ("BR", "IN", "ES", "IT", "CN", "TR", "TH", "GR", "PL"):
        d = rand_dob(R, 1945, 2000)
        idl = gov_for(R, loc, p, d)
        lab = fl[2] if loc != "IN" else ("आधार संख्या" if idl.meta["sub"] == "aadhaar" else "पैन")
        lines.append([lab, ": ", idl])
    elif loc in ("KR", "JP", "US"):
        lines.append([fl[1], ": ", Ldob(R, loc, rand_dob(R, 1945, 2000))])
    if loc in IBAN_LOC:
        lines.append(["IBAN: ", Liban(R, loc)])
        lines.append(["BIC: ", N("".join(R.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(4)) + loc + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(2)) + R.choice(["", "XXX"]), "bic")])
    elif loc in ("RU", "CN"):
        lines.append(["Card: ", Lcard(R, loc), " · exp ", Nexp(R)])
    else:
        lines.append(["Account: ", national_account(R, loc)])
    lines.append(["Collection: monthly, ", Nmoney(R, loc, 50, 900), " (service charge ", Nref(R, "sc"), ")"])
    if R.random() < 0.6:
        lines.append([fl[4], ": ", personal_email(R, p)])
    if R.random() < 0.5:
        lines.append([fl[3], ": ", Lphone(R, loc)])
    lines.append(["Signed: ", N(TOWN[loc][0], "town") if loc not in ("CN", "JP", "KR") else "", " ", Nday(R, loc, "signature_date")])
    return "form", lang, wrap(R, lang, join(lines, "\n"))


def T_paychat(R, loc):
    lang = LANG[loc]
    f = FR_[lang]
    rg = None if f["RG"] is None else f["RG"] == "f"
    sg = None if f["SG"] is None else f["SG"] == "f"
    res, st = people(R, loc, 2, [rg, sg])
    full = R.random() < 0.7
    card = Lcard(R, loc)
    holder = L("person", res.caps(), sub="cardholder")
    cardline = fill(f["pay_full"], card=card, exp=Nexp(R), holder=holder) if full else \
        fill(f["pay_last4"], last4=N("%04d" % R.randint(0, 9999), "last4"), holder=holder)
    slots = dict(S=L("person", st.first(), sub="staff"), R=L("person", res.first(), sub="resident"), flat=Nflat(R, lang, loc=loc),
                 item=f["item"], amt=Nmoney(R, loc, 15, 400), cardline=cardline, email=personal_email(R, res),
                 sig=L("person", st.full(), sub="staff"))
    body = render_chat(R, loc, f["pay"], res, st, slots)
    return "chat_export", lang, wrap(R, lang, body)


def T_ticket(R, loc):
    lang = LANG[loc]
    b = R.choice(BUILDINGS[loc])
    p, eng, st = people(R, loc, 3)
    fl = FL[loc]
    c = contractor(R, loc)
    lines = [["Helpdesk ticket ", Nref(R, "wo"), " · priority ", R.choice(["P1", "P2", "P3"]), " · SLA ", R.choice(["4h", "24h", "72h"])],
             ["Building: ", Nbuilding(R, loc, b), " · unit ", Nflat(R, lang, loc=loc)],
             [fl[0], ": ", L("person", p.full(), sub="resident")],
             [fl[3], ": ", Lphone(R, loc)]]
    if R.random() < 0.5:
        lines.append([fl[4], ": ", personal_email(R, p)])
    lines.append(["Issue: ", R.choice(ISSUE[lang])])
    if R.random() < 0.4:
        lines.append(["Access: key safe by the door, code ", L("secret", "%04d" % R.randint(0, 9999), sub="key_safe_code")])
    else:
        lines.append(["Access: resident at home after ", Ntime(R)])
    lines.append(["Asset: ", Nserial(R)])
    lines.append(["Assigned to: ", N(c[0], "contractor_firm"), " (", N(c[3], "contractor_phone"), ") — engineer ",
                  L("person", eng.full(), sub="contractor"), ", ", Lphone(R, loc)])
    if R.random() < 0.3:
        lines.append(["Contractor address: ", N(c[2], "contractor_address")])
    lines.append(["Logged by ", L("person", st.first(), sub="staff"), " · ", Nday(R, loc, "log_date"), " ", Ntime(R)])
    return "ticket", lang, wrap(R, lang, join(lines, "\n"))


def T_minutes(R, loc):
    lang = LANG[loc]
    f = FR_[lang]
    b = R.choice(BUILDINGS[loc])
    n = R.randint(2, 3)
    ps = people(R, loc, n + 5)
    owners = ps[:n]
    po, ph, chair, sec, rep = ps[n:]
    ol = []
    for i, o in enumerate(owners):
        if i:
            ol.append(", ")
        ol += [L("person", o.full(), sub="owner"), " (", Nflat(R, lang, loc=loc), ")"]
    t1, t2 = Ntimes(R)
    slots = dict(building=Nbuilding(R, loc, b), date=Nday(R, loc, "meeting_date"), time=t1, owners=ol,
                 proxy_owner=L("person", po.full(), sub="owner"), proxy_holder=L("person", ph.full(), sub="proxy"),
                 chair=L("person", chair.full(), sub="director"), sec=L("person", sec.full(), sub="director"),
                 agent_rep=L("person", rep.full(), sub="staff"), contractor=N(contractor(R, loc, "lift")[0], "contractor_firm"),
                 amount=Nmoney(R, loc, 8000, 60000), law=Nlaw(R, loc), time2=t2)
    body = []
    for line in f["minutes"]:
        body += fill(line, **slots) + ["\n"]
    return "minutes", lang, wrap(R, lang, body[:-1])


def T_complaint(R, loc):
    lang = LANG[loc]
    f = FR_[lang]
    b = R.choice(BUILDINGS[loc])
    p, nb, st = people(R, loc, 3, [CG.get(lang), None, None])
    flat = flat_no(R, loc)
    em = personal_email(R, p)
    slots = dict(flat2=Nflat(R, lang, loc=loc), neighbour=L("person", nb.full(), sub="occupier"), d1=Nday(R, loc, "incident_date"),
                 t1=Ntime(R), phone=Lphone(R, loc), name=L("person", p.full(), sub="resident"),
                 addr=L("address", home_address(R, loc, b, flat), sub="home"))
    body = []
    if R.random() < 0.6:
        body += ["From: ", L("person", p.full(), sub="resident"), " <", em, ">\nTo: ", Nrole(R, loc, "concierge"), "\n"]
    for line in f["complaint"]:
        body += fill(line, **slots) + ["\n"]
    if R.random() < 0.5:
        body += ["\n[forwarded by ", L("person", st.full(), sub="staff"), ", concierge — ", Nref(R, "tk"), "]", "\n"]
    return "letter", lang, wrap(R, lang, body[:-1])


def T_reschat(R, loc):
    lang = LANG[loc]
    f = FR_[lang]
    rg = None if f["RG"] is None else f["RG"] == "f"
    sg = None if f["SG"] is None else f["SG"] == "f"
    res, st, tech = people(R, loc, 3, [rg, sg, None])
    slots = dict(S=L("person", st.first(), sub="staff"), R=L("person", res.first(), sub="resident"), flat=Nflat(R, lang, loc=loc),
                 date=Nday(R, loc, "move_date"), fwd=L("address", other_address(R, loc), sub="forwarding"),
                 phone=Lphone(R, loc, abroad=0.1), email=personal_email(R, res), ref=Nref(R, "tk"),
                 tech=L("person", tech.full(), sub="contractor"), fobs=N(str(R.randint(2, 4)), "count"))
    body = render_chat(R, loc, f["chat"], res, st, slots)
    return "chat_export", lang, wrap(R, lang, body)


def T_export(R, loc):
    n = R.randint(2, 3)
    ps = people(R, loc, n)
    b = R.choice(BUILDINGS[loc])
    js = R.random() < 0.62
    recs = []
    for p in ps:
        d = rand_dob(R, 1950, 2004)
        r = dict(id=N("res_%05d" % R.randint(1, 99999), "record_id"), unit=N(flat_no(R, loc), "flat_number"),
                 name=L("person", p.full(), sub="resident"), role=R.choice(["owner", "tenant", "occupier"]),
                 mobile=Lphone_e164(R, loc), email=personal_email(R, p),
                 dob=L("dob", d.isoformat()) if R.random() < 0.6 else None,
                 fob=Nfob(R), last_login_ip=Lip(R), created=N("%sT%02d:%02d:%02dZ" % (rand_day(R, 2022, 2026).isoformat(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "timestamp"))
        recs.append(r)
    out = []
    if js:
        out.append('{"building": "')
        out.append(Nbuilding(R, loc, b))
        out.append('", "exported_by": "blockman-api v%d.%d", "residents": [\n' % (R.randint(2, 5), R.randint(0, 20)))
        for i, r in enumerate(recs):
            out.append('  {')
            first = True
            for k in ("id", "unit", "name", "role", "mobile", "email", "dob", "fob", "last_login_ip", "created"):
                v = r[k]
                if v is None:
                    continue
                out.append(("" if first else ", ") + '"%s": "' % k)
                out.append(v)
                out.append('"')
                first = False
            out.append("}" + ("," if i < len(recs) - 1 else "") + "\n")
        out.append("]}")
        form = "json"
    else:
        out.append("id,unit,name,role,mobile,email,dob,fob_uid,last_login_ip,created_at\n")
        for i, r in enumerate(recs):
            for j, k in enumerate(("id", "unit", "name", "role", "mobile", "email", "dob", "fob", "last_login_ip", "created")):
                if j:
                    out.append(",")
                if r[k] is not None:
                    out.append(r[k])
            if i < len(recs) - 1:
                out.append("\n")
        form = "csv"
    return form, "en", wrap(R, "en", out, kind=R.choice(["table", "vendor"]))


def T_env(R, loc):
    owner = people(R, loc, 1)[0]
    dom = AGENTS[loc]["dom"]
    lines = [["# resident portal + access control — ", Nagent(loc)],
             ["# owner: ", L("person", owner.first(), sub="staff"), " <", work_email(R, owner, dom), ">"],
             ["APP_URL=https://portal.", N(dom, "domain")],
             ["DB_HOST=", N(lan_ip(R), "lan_ip")],
             ["DB_USER=portal"],
             ["DB_PASSWORD=", L("secret", secret_random(R, "password"), sub="password")],
             ["ACCESS_CONTROL_HOST=", N(lan_ip(R), "lan_ip")],
             ["ACCESS_CONTROL_API_KEY=", L("secret", secret_random(R, "hex32"), sub="api_key")],
             ["LIFT_MONITOR_DEVICE=", Nserial(R)],
             ["SENDGRID_API_KEY=", L("secret", secret_random(R, "sendgrid"), sub="sendgrid")],
             ["TWILIO_API_KEY=", L("secret", secret_random(R, "twilio"), sub="twilio")],
             ["PORTAL_SERVICE_TOKEN=", L("secret", secret_random(R, "jwt"), sub="jwt")]]
    if R.random() < 0.6:
        lines.append(["STRIPE_SECRET_KEY=", L("secret", secret_random(R, "stripe"), sub="stripe")])
        lines.append(["STRIPE_PUBLISHABLE_KEY=", N("pk_live_" + rnd_alnum(R, 24), "publishable_key")])
    if R.random() < 0.4:
        lines.append(["SLACK_WEBHOOK_URL=", L("secret", secret_random(R, "slack_webhook"), sub="slack_webhook")])
    lines.append(["MAIL_FROM=", Nrole(R, loc, R.choice(["concierge", "noreply", "reception"]))])
    lines.append(["ADMIN_ALLOWLIST=", N(doc_ip(R), "doc_ip"), ",", Lip(R, 0.2)])
    lines.append(["# ", R.choice(["last rotated", "checked"]), " ", N(rand_day(R).isoformat(), "date")])
    return "config", "en", wrap(R, "en", join(lines, "\n"), kind=R.choice(["vendor", None]))


def rnd_alnum(R, n):
    return "".join(R.choice(string.ascii_letters + string.digits) for _ in range(n))


# ====================================================================== clean templates
def C_notice(R, loc):
    lang = LANG[loc]
    f = FR_[lang]
    c = contractor(R, loc, "lift")
    t1, t2 = Ntimes(R)
    slots = dict(building=Nbuilding(R, loc), date=Nday(R, loc, "works_date"), t1=t1, t2=t2,
                 contractor=N(c[0], "contractor_firm"), ref=Nref(R, "wo"),
                 naw=Nnaw(R, lang),
                 sw=Nsw(loc), mail=Nrole(R, loc, R.choice(["concierge", "reception", "facilities"])), site=Nsite(loc))
    body = []
    for line in f["notice"]:
        body += fill(line, **slots) + ["\n"]
    if R.random() < 0.4:
        body += [Nagent(loc), " · ", Noffice(loc), "\n"]
    return "notice", lang, wrap(R, lang, body[:-1])


def C_budget(R, loc):
    lang = LANG[loc]
    out = ["Service charge budget ", N(R.choice(["2026/27", "2026", "2027"]), "year"), " — ", Nbuilding(R, loc), " (", Nagent(loc), ")\n"]
    codes = list(BUDGET[lang])
    R.shuffle(codes)
    for cd in codes:
        out += [N(cd, "budget_code"), ": ", Nmoney(R, loc, 2000, 60000), "\n"]
    out += ["Reserve fund contribution: ", Nmoney(R, loc, 5000, 90000), "\n",
            "Apportionment: by floor area per ", Nlaw(R, loc), "\n",
            "Lift contract: ", N(contractor(R, loc, "lift")[0], "contractor_firm"), ", ", Nserial(R), "\n",
            "Budget meeting at ", Neponym(R, loc), ", ", Nday(R, loc, "meeting_date"), " ", Ntime(R), "\n",
            "Queries: ", Nrole(R, loc, "servicecharge"), " · ", Nsw(loc), " · ", Noffice(loc)]
    return "list", lang, wrap(R, lang, out)


def C_acslog(R, loc):
    d = rand_day(R)
    hh, mm, ss = R.randint(5, 9), R.randint(0, 59), R.randint(0, 59)
    out = []
    ctrl = [Nserial(R) for _ in range(2)]
    ips = [lan_ip(R) for _ in range(2)]
    for i in range(R.randint(5, 8)):
        ss += R.randint(5, 900)
        mm += ss // 60
        ss %= 60
        hh += mm // 60
        mm %= 60
        ev = R.choice(["GRANTED", "GRANTED", "GRANTED", "DENIED unknown_card", "DOOR_HELD_OPEN", "GRANTED"])
        out += ["%sT%02d:%02d:%02dZ " % (d.isoformat(), hh, mm, ss), "door=", R.choice(["D01 main-entrance", "D03 car-park", "D07 bin-store", "D09 bike-store", "L2 lift-lobby"]),
                " ctrl=", N(R.choice(ips), "lan_ip"), " fob=", Nfob(R), " unit=", N(str(R.randint(1, 60)), "flat_number"), " ", ev, "\n"]
    out += ["%sT%02d:%02d:%02dZ webhook POST /events from " % (d.isoformat(), hh, (mm + 1) % 60, ss), N(doc_ip(R), "doc_ip"), ": HTTP 200 in ",
            N("%dms" % R.randint(12, 400), "duration"), "\n"]
    out += ["controllers: "] + join(ctrl, ", ") + [" · firmware ", N("v%d.%d.%d" % (R.randint(1, 6), R.randint(0, 20), R.randint(0, 99)), "version")]
    return "log", "en", wrap(R, "en", out, req=R.choice(["Why does the car-park door keep showing DOOR_HELD_OPEN? Here's the log.",
                                                         "Can you explain what these access-control events mean?",
                                                         "Is anything in this log something I shouldn't paste into a vendor ticket?"]))


def C_uat(R, loc):
    out = ["UAT — fob & deposit payments (", Nagent(loc), " resident portal, build ", N("%d.%d.%d" % (R.randint(1, 4), R.randint(0, 30), R.randint(0, 300)), "version"), ")\n"]
    for _ in range(R.randint(2, 3)):
        c = R.choice(sorted(TEST_CARDS))
        res = {"4000000000000002": "declined (card_declined)", "4000000000009995": "declined (insufficient_funds)"}.get(c, R.choice(["approved", "approved", "3DS challenge"]))
        out += ["- pay ", Nmoney(R, loc, 10, 300), " with ", N(card_fmt(R, c), "test_card"), " exp ", Nexp(R), " CVC ", N("%03d" % R.randint(100, 999), "cvc"), " → ", res, "\n"]
    out += ["- Luhn check: ", N("4000 0000 0000 0001", "luhn_fail"), " must be rejected client-side\n",
            "- receipt to ", N("test.resident@example.com", "example_email"), "\n",
            "- SMS to ", N("+00 000 000 000", "sample_phone"), " (sandbox)\n",
            "- keys: ", N("${STRIPE_SECRET_KEY}", "placeholder"), ", ", N("<sendgrid-api-key>", "placeholder"), ", ", N("sk_test_xxxxxxxx", "placeholder"), "\n",
            "- staging ", N(lan_ip(R), "lan_ip"), ", webhook from ", N(doc_ip(R), "doc_ip"), ", IPv6 ", N("2001:db8:%x::%x" % (R.randint(1, 0xffff), R.randint(1, 0xfff)), "doc_ip"), "\n",
            "- slot ", Nday(R, "GB", "test_date"), " ", Ntime(R)]
    if R.random() < 0.6:
        out += ["\n- ", Nnaw(R, "en")]
    return "notes", "en", wrap(R, "en", out, req=R.choice(["Turn these UAT notes into a test checklist.",
                                                          "Can you tidy these test notes up for the ticket?",
                                                          "Are any of these card numbers real? I want to be sure before I share the notes."]))


def C_rules(R, loc):
    lang = LANG[loc]
    f = FR_[lang]
    laws = R.sample(LAWS[loc], 2)
    quiet = {"en": "11pm–7am", "de": "22–6 Uhr", "fr": "22 h – 7 h", "es": "22:00–8:00", "it": "22–7", "nl": "22.00–7.00 uur",
             "pt": "22h–8h", "pl": "22:00–6:00", "ru": "23:00–7:00", "el": "15:00–17:30 και 23:00–7:00", "tr": "23.00–07.00",
             "he": "14:00–16:00, 23:00–07:00", "ar": "11 م – 7 ص", "hi": "रात 10 – सुबह 6", "th": "22.00–06.00 น.",
             "zh": "22:00–次日7:00", "ja": "22時〜翌7時", "ko": "22시~7시", "vi": "22h–6h"}[lang]
    slots = dict(quiet=N(quiet, "time_range"), law1=N(laws[0], "lease_law"), law2=N(laws[1], "lease_law"),
                 amount=Nmoney(R, loc, 5, 80), eponym=Neponym(R, loc), naw=Nnaw(R, lang))
    body = []
    for line in f["rules"]:
        body += fill(line, **slots) + ["\n"]
    if R.random() < 0.5:
        body += [Nagent(loc), " · ", Nsite(loc), "\n"]
    return "checklist", lang, wrap(R, lang, body[:-1])


# ====================================================================== rules
LABELLED = [("register", T_register, 48), ("movein", T_movein, 48), ("fob", T_fob, 44), ("parcel", T_parcel, 40),
            ("signin", T_signin, 40), ("demand", T_demand, 44), ("mandate", T_mandate, 40), ("paychat", T_paychat, 40),
            ("ticket", T_ticket, 48), ("minutes", T_minutes, 44), ("complaint", T_complaint, 40), ("reschat", T_reschat, 48),
            ("export", T_export, 40), ("env", T_env, 36)]
CLEAN = [("notice", C_notice, 40), ("budget", C_budget, 40), ("acslog", C_acslog, 40), ("uat", C_uat, 40), ("rules", C_rules, 40)]

NAME_WORDS = all_name_words()


def _latin(w):
    return all(ord(c) < 0x370 or 0x1E00 <= ord(c) <= 0x1EFF for c in w)


LATIN_NAMES = {w for w in NAME_WORDS if _latin(w)}
OTHER_NAMES = sorted({w for w in NAME_WORDS if not _latin(w) and len(w) >= 2}, key=len, reverse=True)
AGENT_DOMS = {a["dom"] for a in AGENTS.values()}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
IPV6_RE = re.compile(r"(?<![\w:])([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![\w:])")
IBAN_RE = re.compile(r"[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,32}")
SEPCH = " -.\u00a0\u202f"


def masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x00"
    return "".join(t)


def luhn_windows(t):
    """Luhn-valid runs of 13-19 digits, contiguous or as windows of digit
    groups joined by one separator; repeated-digit runs and test cards exempt."""
    runs = [(m.start(), m.end()) for m in re.finditer(r"\d+", t)]
    chains, cur = [], []
    for r in runs:
        if cur and r[0] - cur[-1][1] == 1 and t[cur[-1][1]] in SEPCH:
            cur.append(r)
        else:
            if cur:
                chains.append(cur)
            cur = [r]
    if cur:
        chains.append(cur)
    hits = []
    for ch in chains:
        for i in range(len(ch)):
            s = ""
            for j in range(i, len(ch)):
                s += t[ch[j][0]:ch[j][1]]
                if len(s) > 19:
                    break
                if 13 <= len(s) and luhn_ok(s) and len(set(s)) > 1 and s not in TEST_CARDS:
                    hits.append(s)
    return hits


def label_words(v):
    ws = {w for w in re.findall(r"\w+", v) if w in LATIN_NAMES}
    ws |= {w for w in OTHER_NAMES if w in v}
    return ws - {"Văn", "Thị"}


def label_ok(sp):
    v, ty = sp["value"], sp["type"]
    if ty == "gov_id":
        return gov_ok(sp)
    if ty == "iban":
        return iban_ok(v)
    if ty == "card":
        d = re.sub(r"\D", "", v)
        return 12 <= len(d) <= 19 and luhn_ok(d) and d not in TEST_CARDS
    if ty == "email":
        m = EMAIL_RE.fullmatch(v)
        return bool(m) and not m.group(1).lower().startswith("example.") and ".example" not in m.group(1).lower()
    if ty == "ip":
        try:
            return ipaddress.ip_address(v).is_global
        except ValueError:
            return False
    return True


def problems(rec, labelled):
    out = []
    try:
        check_record(rec)
    except AssertionError:
        out.append("check_record")
    t = rec["text"]
    for sp in rec["spans"]:
        if "\n" in sp["value"] and sp["type"] != "secret":
            out.append("label across a line break")
        if not label_ok(sp):
            out.append("bad %s label %r" % (sp["type"], sp["value"]))
    mt = masked(rec)
    for m in EMAIL_RE.finditer(mt):
        dom = m.group(1).lower()
        if dom not in AGENT_DOMS and not dom.startswith("example."):
            out.append("e-mail outside a label " + m.group(0))
    for m in IPV4_RE.finditer(mt):
        try:
            if ipaddress.IPv4Address(m.group(1)).is_global:
                out.append("global IPv4 outside a label " + m.group(1))
        except ValueError:
            pass
    for m in IPV6_RE.finditer(mt):
        try:
            if ipaddress.IPv6Address(m.group(1)).is_global:
                out.append("global IPv6 outside a label " + m.group(1))
        except ValueError:
            pass
    for h in luhn_windows(mt):
        out.append("Luhn-valid run outside labels " + h)
    for m in IBAN_RE.finditer(mt):
        s = m.group(0).replace(" ", "").replace("\u00a0", "")
        n = IBAN_LEN_X.get(s[:2])
        if n and len(s) >= n and iban_mod97(s[:n]) == 1:
            out.append("valid IBAN outside a label " + s[:n])
    for w in re.findall(r"\w+", mt):
        if w in LATIN_NAMES:
            out.append("name word outside labels " + w)
    for w in OTHER_NAMES:
        if w in mt:
            out.append("name word outside labels " + w)
    if not 120 <= len(t) <= 2500:
        out.append("length %d" % len(t))
    if labelled and not rec["spans"]:
        out.append("labelled record without labels")
    if not labelled and rec["spans"]:
        out.append("clean record with labels")
    ps = [label_words(sp["value"]) for sp in rec["spans"] if sp["type"] == "person"]
    for i in range(len(ps)):
        for j in range(i + 1, len(ps)):
            a, b = ps[i], ps[j]
            if a <= b or b <= a:
                continue
            if {w for w in a & b if len(w) >= 2}:
                out.append("two people share a name word %s" % sorted(a & b))
    return out


def phone_items(rec):
    return [(sp["value"], sp["region"], sp.get("plan", sp["region"])) for sp in rec["spans"] if sp["type"] == "phone"]


def candidates():
    """Every candidate of every template: (template, labelled, index, rec)."""
    out = []
    for t, (name, fn, count) in enumerate(LABELLED + CLEAN):
        labelled = t < len(LABELLED)
        for i in range(3 * count + 6):
            loc = LOCALES[(i + 5 * t) % len(LOCALES)]
            R = random.Random("%d:%s:%d" % (SEED, name, i))
            form, lang, parts = fn(R, loc)
            rec = build("tmp", form, lang, parts)
            out.append((name, labelled, i, loc, rec))
    return out


def select(cands, bad_phones):
    """The first count candidates of each template that break no rule."""
    counts = {n: c for n, _, c in LABELLED + CLEAN}
    kept, seen, dropped = {}, set(), []
    for name, labelled, i, loc, rec in cands:
        k = kept.setdefault(name, [])
        if len(k) >= counts[name]:
            continue
        pr = problems(rec, labelled)
        if any(it in bad_phones for it in phone_items(rec)):
            pr.append("phone rejected by pv")
        if rec["text"] in seen:
            pr.append("repeated text")
        if pr:
            dropped.append((name, i, loc, pr))
            continue
        seen.add(rec["text"])
        k.append((name, labelled, loc, rec))
    for name, c in counts.items():
        assert len(kept[name]) == c, (name, len(kept[name]))
    return kept, dropped


def pv_bad(items):
    res = pv_check(items)
    if res is None:
        sys.exit("pv helper /tmp/pv/pv missing")
    bad = set()
    for ln in res:
        f = ln.split("\t")
        bad.add((f[1], f[2], f[3] if len(f) > 3 else f[2]))
    return bad


def generate():
    cands = candidates()
    items = sorted({it for c in cands for it in phone_items(c[4])})
    bad = pv_bad(items)
    kept, dropped = select(cands, bad)
    recs = []
    for name, _, _ in LABELLED + CLEAN:
        recs += [k[3] for k in kept[name]]
    random.Random(SHUFFLE_SEED).shuffle(recs)
    for n, r in enumerate(recs):
        r["id"] = "%s%05d" % (PREFIX, n)
    return recs, kept, dropped


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def check():
    with open(OUT, encoding="utf-8") as f:
        data = f.read()
    recs = [json.loads(ln) for ln in data.splitlines()]
    errs = []
    lab = [r for r in recs if r["spans"]]
    if len(recs) != 800 or len(lab) != 600:
        errs.append("split %d/%d" % (len(lab), len(recs) - len(lab)))
    texts = Counter(r["text"] for r in recs)
    if texts.most_common(1)[0][1] > 1:
        errs.append("repeated text")
    items = sorted({it for r in recs for it in phone_items(r)})
    bad = pv_bad(items)
    for r in recs:
        for p in problems(r, bool(r["spans"])):
            errs.append("%s: %s" % (r["id"], p))
        for it in phone_items(r):
            if it in bad:
                errs.append("%s: phone rejected %r" % (r["id"], it))
    regen, _, _ = generate()
    if dumps(regen) != data:
        errs.append("regenerating does not give the file byte for byte")
    for e in errs[:50]:
        print(e)
    n = sum(len(r["spans"]) for r in recs)
    print("%d records (%d labelled, %d clean), %d labels, %d phones checked with pv: %s" % (
        len(recs), len(lab), len(recs) - len(lab), n, len(items), "OK" if not errs else "%d problems" % len(errs)))
    return not errs


def stats():
    recs, kept, dropped = generate()
    ty = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if not r["spans"]), sum(ty.values())))
    print("types:", ", ".join("%s %d" % kv for kv in ty.most_common()))
    print("forms:", ", ".join("%s %d" % kv for kv in Counter(r["form"] for r in recs).most_common()))
    print("langs:", ", ".join("%s %d" % kv for kv in Counter(r["lang"] for r in recs).most_common()))
    for t in ("gov_id", "card", "iban", "secret", "email", "ip", "person", "address"):
        print(t + ":", ", ".join("%s %d" % kv for kv in Counter(sp.get("sub") for r in recs for sp in r["spans"] if sp["type"] == t).most_common()))
    ph = [sp for r in recs for sp in r["spans"] if sp["type"] == "phone"]
    print("phones %d, +CC %d, other plan %s" % (len(ph), sum(1 for sp in ph if sp["value"].startswith("+")),
                                                   dict(Counter(sp["plan"] for sp in ph if "plan" in sp))))
    print("regions:", dict(Counter(sp["region"] for sp in ph)))
    lab_loc = Counter(k[2] for name, ks in kept.items() for k in ks if k[1])
    print("countries (labelled):", ", ".join("%s %d" % kv for kv in lab_loc.most_common()))
    lens = sorted(len(r["text"]) for r in recs)
    print("text length %d..%d, median %d" % (lens[0], lens[-1], lens[len(lens) // 2]))
    print("negs:", len(Counter(t for r in recs for t in r.get("neg", []))), "tags")
    print("distinct person values:", len({sp["value"] for r in recs for sp in r["spans"] if sp["type"] == "person"}))
    print("dropped candidates (up to the kept range):", len(dropped))
    for name, i, loc, pr in dropped:
        print("  %s #%d %s: %s" % (name, i, loc, "; ".join(pr[:3])))


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    if "--stats" in sys.argv:
        stats()
        return
    recs, _, dropped = generate()
    write_jsonl(OUT, recs)
    print("wrote %s: %d records, %d dropped candidates" % (OUT, len(recs), len(dropped)))


if __name__ == "__main__":
    main()
