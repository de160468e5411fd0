#!/usr/bin/python3
"""Held-out part 63 of the redaction corpus (heldout63.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections to the end of the part 3 section,
the part 61 section in full as the model, every part's theme line, and the
lines that searches for a few theme words turned up: part 24's decisions on
PNRs, ticket and loyalty numbers, passports, birth dates and organisations,
part 41's on tour operators, rooming lists and hotel staff, part 49's on
passengers, agents, PNR and APIS lines), lines 1-100 of gen_heldout33.py and
its function `pv_check`, and, outside the repository, the source of the
phone validator /tmp/pv/pv.cc (run only through `pv_check`); not the
redactor, its docs, its tests, the other generators' bodies or any .jsonl
data file other than its own output. It ran no project binary, no make, no
cmake/ctest and no git command, and it did not score this file. Started
10:09:54 UTC on 2026-12-06 (`date -u`); the end time is in
heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 33's header.

Theme: TRAVEL AGENCIES AND TOUR OPERATORS. What travel-agency consultants,
tour-operator back offices, group-travel organisers and their IT support
paste into an assistant, from 20 countries in 19 languages: booking forms
with lead passengers and companions (children with dates of birth),
passport and visa details for flights and tours, passenger-name lists for
groups, deposit and balance invoices with IBANs, card payments typed into
chats, cancellation and refund letters, travel-insurance claims,
special-assistance and dietary requests, rooming lists, complaint letters
and replies, chats with travellers, tour-leader briefing sheets,
booking-system exports (JSON, CSV) and system .env files. Hard negatives of
the theme everywhere: booking references and PNR codes, flight, ticket and
seat numbers, IATA and hotel codes, fares, dates and times, package codes,
the agencies', airlines' and hotels' own addresses, switchboards, websites
and role mailboxes, device serials, private and documentation IPs, test
cards, and name-as-word sentences (places, ships and hotels named after
people).

Every name, street, town, organisation, frame sentence, request, template
and look-alike here was written by hand for this part. Deterministic (seed
630613, shuffle seed 630614; each candidate seeded by the string
"seed:template:index").

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout63.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout63.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout63.py --stats   # counts
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
                       iban_make, iban_mod97, IBAN_LEN, iban_random, group,
                       dni_random, DNI_LETTERS, cf_make, cf_check, cpf_random,
                       cpf_ok, aadhaar_random, verhoeff_ok, pan_random,
                       card_random, card_grouping, split_groups, MONTHS,
                       secret_random, PLANS, digits, nz, rnd, ALNUM)

SEED = 630613
SHUFFLE_SEED = 630614
OUT = os.path.join(HERE, "heldout63.jsonl")
PREFIX = "heldout-bk-"


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ====================================================================== id checks
# Written for this part (corpuslib has DNI, codice fiscale, CPF, Aadhaar, PAN).

def pesel_make(R, y, m, d, female):
    mm = m + {18: 80, 19: 0, 20: 20}[y // 100]
    body = "%02d%02d%02d%03d%d" % (y % 100, mm, d, R.randint(0, 999),
                                   R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    return body + pesel_digit(body)


def pesel_digit(b10):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return str((10 - sum(int(c) * x for c, x in zip(b10, w)) % 10) % 10)


def pesel_ok(s):
    if not re.fullmatch(r"\d{11}", s) or pesel_digit(s[:10]) != s[10]:
        return False
    mm = int(s[2:4])
    return 1 <= mm % 20 <= 12 and 1 <= int(s[4:6]) <= 31


def tckn_make(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d)) + str(d10) + str(d11)


def tckn_ok(s):
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    d = list(map(int, s))
    return (((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9]
            and sum(d[:10]) % 10 == d[10])


def tz_make(R):
    while True:
        s = "%09d" % R.randint(10000000, 399999999)
        if tz_ok(s):
            return s


def tz_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    t = 0
    for i, c in enumerate(s):
        v = int(c) * (1 if i % 2 == 0 else 2)
        t += v if v < 10 else v - 9
    return t % 10 == 0


def thid_digit(b12):
    return str((11 - sum(int(c) * (13 - i) for i, c in enumerate(b12)) % 11) % 10)


def thid_make(R):
    b = str(R.randint(1, 5)) + digits(R, 11)
    return b + thid_digit(b)


def thid_ok(s):
    return bool(re.fullmatch(r"[1-8]\d{12}", s)) and thid_digit(s[:12]) == s[12]


CN_AREAS = ["110105", "310104", "440106", "320102", "330106", "510107", "420111", "210102"]


def cnid_digit(b17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * x for c, x in zip(b17, w)) % 11]


def cnid_make(R, y, m, d, female):
    seq = R.randint(0, 99) * 10 + R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
    b = "%s%04d%02d%02d%03d" % (R.choice(CN_AREAS), y, m, d, seq)
    return b + cnid_digit(b)


def cnid_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s) or cnid_digit(s[:17]) != s[17]:
        return False
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return True


def rrn_digit(b12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return str((11 - sum(int(c) * x for c, x in zip(b12, w)) % 11) % 10)


def rrn_make(R, y, m, d, female):
    g = (2 if female else 1) + (2 if y >= 2000 else 0)
    b = "%02d%02d%02d%d%s" % (y % 100, m, d, g, digits(R, 5))
    return b[:6] + "-" + b[6:] + rrn_digit(b)


def rrn_ok(s):
    if not re.fullmatch(r"\d{6}-[1-4]\d{6}", s):
        return False
    b = s.replace("-", "")
    return rrn_digit(b[:12]) == b[12]


def amka_make(R, y, m, d):
    b = "%02d%02d%02d%s" % (d, m, y % 100, digits(R, 4))
    for c in "0123456789":
        if luhn_ok(b + c):
            return b + c


def amka_ok(s):
    if not re.fullmatch(r"\d{11}", s) or not luhn_ok(s):
        return False
    try:
        datetime.date(2000, int(s[2:4]), int(s[0:2]))
    except ValueError:
        return False
    return True


EG_GOV = ["01", "02", "03", "04", "11", "12", "13", "14", "15", "16", "17", "18", "19",
          "21", "22", "23", "24", "25", "26", "27", "28", "29", "31", "32", "33", "34", "35", "88"]


def egid_make(R, y, m, d, female):
    return "%d%02d%02d%02d%s%03d%d%d" % (2 if y < 2000 else 3, y % 100, m, d, R.choice(EG_GOV),
                                        R.randint(0, 999), R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]),
                                        R.randint(1, 9))


def egid_ok(s):
    """Structure only: century digit, birth date, governorate, sequence, sex digit, check."""
    if not re.fullmatch(r"[23]\d{13}", s) or s[7:9] not in EG_GOV:
        return False
    try:
        datetime.date((1900 if s[0] == "2" else 2000) + int(s[1:3]), int(s[3:5]), int(s[5:7]))
    except ValueError:
        return False
    return True


VN_PROV = ["001", "031", "079", "048", "092", "036", "038", "046", "056", "075"]


def cccd_make(R, y, female):
    g = (1 if female else 0) + (2 if y >= 2000 else 0)
    return "%s%d%02d%s" % (R.choice(VN_PROV), g, y % 100, digits(R, 6))


def cccd_ok(s):
    """Structure only: province code, century/sex digit, birth year, serial."""
    return bool(re.fullmatch(r"0\d{2}[0-3]\d{8}", s)) and s[:3] in VN_PROV


ICAO_ALPHA = "0123456789CFGHJKLMNPRTVWXYZ"


def icao_digit(s):
    w = [7, 3, 1]
    t = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 55
        t += v * w[i % 3]
    return str(t % 10)


def de_doc_make(R, kind):
    first = R.choice("LMNPRTVWXY" if kind == "id" else "CFGHJK")
    s = first + "".join(R.choice(ICAO_ALPHA) for _ in range(8))
    return s + icao_digit(s)


def de_doc_ok(s):
    return bool(re.fullmatch(r"[CFGHJKLMNPRTVWXY][%s]{8}\d" % ICAO_ALPHA, s)) and icao_digit(s[:9]) == s[9]


def dni_ok(s):
    return bool(re.fullmatch(r"\d{8}[A-Z]", s)) and DNI_LETTERS[int(s[:8]) % 23] == s[8]


def cf_ok(s):
    return bool(re.fullmatch(r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s)) and cf_check(s[:15]) == s[15]


def pan_ok(s):
    return bool(re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", s))


# Passport numbers by the issuing country's printed format (no public check digit).
PASSPORT_RE = {
    "US": r"[0-9]{9}|[A-Z][0-9]{8}", "GB": r"[0-9]{9}", "DE": r"[CFGHJK][%s]{8}" % ICAO_ALPHA,
    "FR": r"[0-9]{2}[A-Z]{2}[0-9]{5}", "ES": r"[A-Z]{3}[0-9]{6}", "IT": r"[A-Z]{2}[0-9]{7}",
    "NL": r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", "BR": r"[A-Z]{2}[0-9]{6}", "PL": r"[A-Z]{2}[0-9]{7}",
    "RU": r"[0-9]{2} [0-9]{7}", "GR": r"[A-Z]{2}[0-9]{7}", "TR": r"U[0-9]{8}", "IL": r"[0-9]{8}",
    "EG": r"A[0-9]{8}", "IN": r"[A-PR-WY][0-9]{7}", "TH": r"A[A-Z][0-9]{7}", "CN": r"E[A-HJ-NP-Z0-9][0-9]{7}",
    "JP": r"T[A-Z][0-9]{7}", "KR": r"M[0-9]{3}[A-Z][0-9]{4}", "VN": r"[BCN][0-9]{7}",
}


def passport_make(R, cc):
    U = string.ascii_uppercase
    if cc == "US":
        return R.choice(["5", "6", "A"]) + digits(R, 8)
    if cc == "GB":
        return R.choice("1256") + digits(R, 8)
    if cc == "DE":
        return de_doc_make(R, "pass")[:9]
    if cc == "FR":
        return "%02d" % R.randint(10, 24) + R.choice(U) + R.choice(U) + digits(R, 5)
    if cc == "ES":
        return "PA" + R.choice("ABCDEFGHJKLM") + digits(R, 6)
    if cc in ("IT", "GR", "PL"):
        return R.choice({"IT": ["YA", "YB", "YC"], "GR": ["AN", "AO", "AP"], "PL": ["EA", "EB", "EC"]}[cc]) + digits(R, 7)
    if cc == "NL":
        nl = "ABCDEFGHIJKLMNPRSTUVWXYZ"
        return R.choice(nl) + R.choice(nl) + "".join(R.choice(nl + "0123456789") for _ in range(6)) + str(R.randint(0, 9))
    if cc == "BR":
        return R.choice(["FZ", "GA", "GB"]) + digits(R, 6)
    if cc == "RU":
        return "%02d %s" % (R.choice([72, 75, 76, 77]), digits(R, 7))
    if cc == "TR":
        return "U" + nz(R, 8)
    if cc == "IL":
        return R.choice("23") + digits(R, 7)
    if cc == "EG":
        return "A" + nz(R, 8)
    if cc == "IN":
        return R.choice("JKLMNPRSTUVWZ".replace("Z", "Y")) + nz(R, 7)
    if cc == "TH":
        return "A" + R.choice("ABCD") + digits(R, 7)
    if cc == "CN":
        return "E" + R.choice("ABCDEGH0123456789") + digits(R, 7)
    if cc == "JP":
        return "T" + R.choice("KRSZ") + digits(R, 7)
    if cc == "KR":
        return "M" + digits(R, 3) + R.choice("ABCDEFG") + digits(R, 4)
    if cc == "VN":
        return R.choice("BCN") + digits(R, 7)
    raise KeyError(cc)


def passport_ok(s, cc):
    return bool(re.fullmatch(PASSPORT_RE[cc], s))


def ru_int_ok(s):
    return bool(re.fullmatch(r"\d{2} \d{2} \d{6}", s))


# IBAN registry entries for countries corpuslib does not carry (SWIFT registry).
EXTRA_IBAN = {"EG": ("4n4n17n", 29), "IL": ("3n3n13n", 23)}


def iban_any(R, cc):
    if cc in EXTRA_IBAN:
        spec, n = EXTRA_IBAN[cc]
        bban = "".join(digits(R, int(k)) for k in re.findall(r"(\d+)n", spec))
        ib = iban_make(cc, bban)
        assert len(ib) == n and iban_mod97(ib) == 1
        return ib
    return iban_random(R, cc)


def iban_ok(s):
    c = s.replace(" ", "").replace("\u00a0", "").upper()
    n = EXTRA_IBAN[c[:2]][1] if c[:2] in EXTRA_IBAN else IBAN_LEN.get(c[:2])
    return n is not None and len(c) == n and iban_mod97(c) == 1 and c[2:4].isdigit()


def public_ipv4(R):
    while True:
        a = R.choice([31, 37, 46, 62, 77, 78, 81, 85, 89, 91, 95, 101, 103, 110, 115, 118, 121, 139,
                      151, 176, 178, 183, 185, 186, 187, 188, 190, 195, 200, 201, 212, 213, 217])
        ip = "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ipaddress.ip_address(ip).is_global:
            return ip


def public_ipv6(R):
    while True:
        ip = "2a0%d:%x:%x:%x::%x" % (R.randint(1, 9), R.randint(0x100, 0xffff), R.randint(0, 0xffff),
                                      R.randint(0, 0xffff), R.randint(1, 0xfff))
        if ipaddress.ip_address(ip).is_global:
            return ip

# ====================================================================== names
# Hand-written for this part. "native|roman" where the script is not Latin
# (roman forms are used only for e-mail local parts). Family names with a
# female form are written "male/female" (PL, RU, GR).
NAMES = {
    "US": ("Beckett Colby Garrison Lamont Rhett Stetson Linwood Brycen",
           "Annalise Greer Kenna Merritt Shelby Tallulah Jolie Kimber",
           "Abernathy Huckaby Gwaltney Lankford Fairbanks Gaskins Overstreet Prewitt Ledbetter Wimberly"),
    "GB": ("Auberon Digby Fergus Hedley Tancred Ulric Quintin Evander",
           "Araminta Bryony Ottilie Albinia Romilly Theodora Wilhelmina Xanthe",
           "Bagshawe Brocklehurst Dimbleby Golightly Dalrymple Ingleby Muncaster Fanshawe Kettlewell Vavasour"),
    "DE": ("Dankwart Giselher Detlev Gottlieb Hartmut Lothar Volkmar Konradin",
           "Amalberga Elfriede Bertrada Ilsabe Luitgard Sigrun Thusnelda Friedegard",
           "Brettschneider Eichhorn Großkopf Hollerbach Kammerlander Leineweber Ohlendorf Scheuermann Tiedemann Wolfsteller"),
    "FR": ("Aurélien Bastien Évariste Gaspard Cyprien Maxence Théophile Anatole",
           "Albane Bérénice Capucine Tiphaine Éléonore Ghislaine Pétronille Maylis",
           "Beaumanoir Chevrier Delabarre Fauconnier Guillemin Lacombe Peyrefitte Gaillardin Larchevêque Bouvard"),
    "ES": ("Anselmo Baltasar Eleuterio Florencio Jacinto Leandro Marcelino Teodoro",
           "Agapita Brígida Casilda Herminia Maximina Valvanera Nuria Jacoba",
           "Bengoechea Dorronsoro Garmendia Jáuregui Lekuona Landaburu Mugarza Urquijo Pildain Zubiaurre Recalde Sagastume Albizua Aranguren Basterretxea Txurruka Caminero Urrutikoetxea"),
    "IT": ("Annibale Galeazzo Cirillo Ermanno Gervasio Nazzareno Uberto Tarcisio",
           "Alfonsina Brunella Clelia Ernestina Gelsomina Liliana Ornella Vittorina",
           "Caldarola Cacciapuoti Giacalone Iannaccone Occhipinti Tortorici Fiorentino Tagliaferri Bonaccorsi Zanardelli"),
    "NL": ("Aart Bartel Evert Gijsbert Hendrikus Lambertus Sjoerd Wouter",
           "Aaltje Dieuwke Hendrika Jantina Marijke Neeltje Lutske Wilhelmien",
           "van_Buuren Kalsbeek van_Rozendaal van_Kampen Brinkhuis Hoogendoorn Scheepmaker Veldkamp Bijlsma Kuipers"),
    "BR": ("Belarmino Benedito Cristóvão Hermógenes Jurandir Laurindo Nivaldo Ubirajara",
           "Aparecida Benedita Divina Francisca Iracema Jussara Marinalva Rosimeire",
           "Campelo Cavalcanti Lustosa Guedes Macedo Novais Tenório Queiroz Uchôa Ayres Rangel"),
    "PL": ("Bogumił Czesław Eustachy Lucjan Przemysław Zdzisław Wincenty Radosław",
           "Bożena Danuta Grażyna Halina Jadwiga Kazimiera Stanisława Wiesława",
           "Chmielewski/Chmielewska Dąbrowski/Dąbrowska Grabowski/Grabowska Kaczmarek Drozdowski/Drozdowska Olszewski/Olszewska Pietrzak Sobczak Fijałkowski/Fijałkowska Zalewski/Zalewska"),
    "RU": ("Демид|Demid Всеволод|Vsevolod Гордей|Gordey Ефим|Yefim Кондрат|Kondrat Мирон|Miron Савелий|Saveliy Онисим|Onisim",
           "Агафья|Agafya Василиса|Vasilisa Евдокия|Yevdokiya Глафира|Glafira Капитолина|Kapitolina Лукерья|Lukerya Прасковья|Praskovya Серафима|Serafima",
           "Белозёров/Белозёрова|Belozyorov Воскобойников/Воскобойникова|Voskoboynikov Голованов/Голованова|Golovanov Дементьев/Дементьева|Dementyev Журавлёв/Журавлёва|Zhuravlyov Колокольцев/Колокольцева|Kolokoltsev Любимов/Любимова|Lyubimov Пантелеев/Пантелеева|Panteleev Рыжиков/Рыжикова|Ryzhikov Чернышёв/Чернышёва|Chernyshyov"),
    "GR": ("Αριστείδης|Aristeidis Ευάγγελος|Evangelos Θεμιστοκλής|Themistoklis Λεωνίδας|Leonidas Μιλτιάδης|Miltiadis Παναγιώτης|Panagiotis Σπυρίδων|Spyridon Χαράλαμπος|Charalampos",
           "Αικατερίνη|Aikaterini Βασιλική|Vasiliki Καλλιόπη|Kalliopi Ουρανία|Ourania Πολυξένη|Polyxeni Σταυρούλα|Stavroula Φωτεινή|Foteini Χρυσούλα|Chrysoula",
           "Αναστασόπουλος/Αναστασοπούλου|Anastasopoulos Βλαχογιάννης/Βλαχογιάννη|Vlachogiannis Δημητρακόπουλος/Δημητρακοπούλου|Dimitrakopoulos Ζαχαρόπουλος/Ζαχαροπούλου|Zacharopoulos Κωνσταντινίδης/Κωνσταντινίδου|Konstantinidis Λαμπρόπουλος/Λαμπροπούλου|Lampropoulos Μαργαρίτης/Μαργαρίτη|Margaritis Νικολαΐδης/Νικολαΐδου|Nikolaidis Ξενάκης/Ξενάκη|Xenakis Σπανός/Σπανού|Spanos"),
    "TR": ("Orhun Yekta Ertuğrul Gökberk Gürkan Tolga Egehan Mertcan",
           "Aysel Begüm Cansu Dilara Gülizar Melike Nesrin Zeynep",
           "Akbulut Bozkurt Çakıroğlu Demirtaş Balcıoğlu Gündoğdu Karabulut Nalbantoğlu Sarıkaya Tekinalp"),
    "IL": ("אביתר|Evyatar גדליה|Gedalya יהונתן|Yehonatan מתתיהו|Matityahu נריה|Neria צוריאל|Tzuriel שמשון|Shimshon עזריאל|Azriel",
           "אביגיל|Avigail הדסה|Hadassa יוכבד|Yocheved צפורה|Tzipora רבקה|Rivka שולמית|Shulamit אסנת|Osnat חמוטל|Hamutal",
           "אסולין|Assoulin דנינו|Danino דהן|Dahan וקנין|Vaknin חדד|Hadad קורקוס|Korkos מימרן|Mimran סויסה|Swisa שטרית|Shitrit יפרח|Yifrach"),
    "EG": ("رشدي|Roshdy مدحت|Medhat عصام|Essam وائل|Wael تامر|Tamer جودت|Gawdat رامز|Ramez رأفت|Raafat",
           "نجلاء|Naglaa رانيا|Rania شيماء|Shaimaa إيناس|Enas مروة|Marwa سهير|Soheir ميرفت|Mervat نيفين|Nevine",
           "السمنودي|Elsamanoudy الملواني|Elmallawany المراغي|Elmaraghy الحسيني|Elhusseiny الهلباوي|Elhelbawy الدمنهوري|Eldamanhoury المنوفي|Elmenoufy الإسكندراني|Eleskandarany الكفراوي|Elkafrawy البحيري|Elbeheiry"),
    "IN": ("अभिनव|Abhinav कौस्तुभ|Kaustubh दिग्विजय|Digvijay त्रिविक्रम|Trivikram मृत्युंजय|Mrityunjay प्रणव|Pranav शौनक|Shaunak युधिष्ठिर|Yudhishthir",
           "अनुराधा|Anuradha गार्गी|Gargi जाह्नवी|Jahnavi मैत्रेयी|Maitreyi रेवती|Revati शर्मिष्ठा|Sharmishtha सुहासिनी|Suhasini वैदेही|Vaidehi",
           "अग्निहोत्री|Agnihotri देशमुख|Deshmukh दीक्षित|Dixit गोस्वामी|Goswami गाडगिल|Gadgil मिश्रा|Mishra रस्तोगी|Rastogi श्रीमाली|Shrimali उपाध्याय|Upadhyay जोशी|Joshi"),
    "TH": ("ธนากร|Thanakorn ปิยะพงษ์|Piyapong วรวุฒิ|Worawut สุรเชษฐ์|Surachet อนุชา|Anucha กิตติพัฒน์|Kittipat ชยพล|Chayapol ณัฐวุฒิ|Nattawut",
           "กมลชนก|Kamonchanok ปิยนุช|Piyanut รัตนาภรณ์|Rattanaporn ศิริพร|Siriporn อรอุมา|Onuma พิมพ์ชนก|Pimchanok วิลาวัณย์|Wilawan สุภาวดี|Suphawadee",
           "ศรีสุวรรณ|Srisuwan ทองประเสริฐ|Thongprasert วงศ์สวัสดิ์|Wongsawat เจริญสุข|Charoensuk พูลทรัพย์|Poonsap ปัญญาดี|Panyadee สมบูรณ์ชัย|Somboonchai แก้วมณี|Kaewmanee ชูศักดิ์|Chusak อินทรวงศ์|Intarawong"),
    "CN": ("浩宇|Haoyu 子轩|Zixuan 梓豪|Zihao 俊熙|Junxi 睿渊|Ruiyuan 明哲|Mingzhe 奕辰|Yichen 修远|Xiuyuan",
           "诗涵|Shihan 沁雪|Qinxue 梦琪|Mengqi 雨萱|Yuxuan 思琪|Siqi 芮琳|Ruilin 佳琪|Jiaqi 晓彤|Xiaotong",
           "蒋|Jiang 鲍|Bao 邵|Shao 逄|Pang 岑|Cen 穆|Mu 柏|Bai 邬|Wu 卞|Bian 奚|Xi"),
    "JP": ("颯太|Sota 蒼真|Soma 湊斗|Minato 律希|Ritsuki 陽翔|Haruto 瑛太|Eita 煌大|Kodai 悠生|Yuki",
           "凛花|Rinka 茉白|Mashiro 結芽|Yume 芹奈|Serina 葵依|Aoi 真帆|Maho 琴葉|Kotoha 紗和|Sawa",
           "勅使河原|Teshigawara 五十嵐|Igarashi 長谷部|Hasebe 宇佐美|Usami 東海林|Shoji 喜多川|Kitagawa 神宮寺|Jinguji 鬼塚|Onizuka 猪狩|Igari 楠本|Kusumoto"),
    "KR": ("도윤|Doyoon 시우|Siwoo 하준|Hajun 지호|Jiho 은우|Eunwoo 건우|Gunwoo 우진|Woojin 현준|Hyunjun",
           "서아|Seoa 하윤|Hayoon 지안|Jian 수아|Sua 아린|Arin 채원|Chaewon 다은|Daeun 예린|Yerin",
           "경|Kyung 노|Noh 승|Seung 육|Yuk 두|Doo 채|Chae 변|Byun 구|Koo 당|Dang 간|Gan"),
    "VN": ("Bỉnh_Xướng Đỉnh_Khoáng Huấn_Nhượng Kháng_Thuyên Quyền_Soạn Lũy_Tuyển Hãn_Tề Cự_Nhuệ",
           "Thơm_Tuyền Ngần_Dịu Nhụy_Thoan Mịn_Thêu Ngát_Điềm Duẫn_Mơ Lạp_Tước",
           "Chiêm Sái Trình Nhiếp Quàng Điêu Tiếu Mông Cung Lãnh"),
}


# ====================================================================== phones
# Mobile ranges written for this part where corpuslib's PLANS has none.
def _mob(R, cc):
    if cc in ("US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "RU", "IN", "CN", "JP"):
        kind = {"US": "fixed_or_mobile", "BR": "mobile"}.get(cc, "mobile")
        if cc == "DE":
            kind = R.choice(["mobile", "mobile7"])
        return PLANS[cc][2][kind](R)
    if cc == "GR":
        return "69" + R.choice("0345789") + digits(R, 7)
    if cc == "TR":
        return "5" + R.choice(["05", "06", "07", "30", "32", "33", "35", "36", "38", "41", "42", "43", "44", "45", "46", "51", "52", "53", "54", "55"]) + nz(R, 7)
    if cc == "IL":
        return "5" + R.choice("02348") + nz(R, 7)
    if cc == "EG":
        return "1" + R.choice("0125") + nz(R, 8)
    if cc == "TH":
        return R.choice(["8", "9"]) + R.choice("123456789") + digits(R, 7)
    if cc == "KR":
        return "10" + nz(R, 8)
    if cc == "VN":
        return R.choice(["9", "3"]) + R.choice("6789") + digits(R, 7)
    if cc in ("AU", "IE", "CH", "AT", "BE", "PT", "CA", "SE"):
        kind = "mobile" if "mobile" in PLANS[cc][2] else "fixed_or_mobile"
        return PLANS[cc][2][kind](R)
    raise KeyError(cc)


def _g(s, sizes, sep=" "):
    return sep.join(split_groups(s, sizes))


def fmt_nat(R, cc, n):
    """National layouts of mobiles, as people write them."""
    if cc in ("US", "CA"):
        return R.choice(["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]), "%s.%s.%s" % (n[:3], n[3:6], n[6:])])
    if cc == "GB":
        return R.choice(["0%s %s" % (n[:4], n[4:]), "0%s %s %s" % (n[:4], n[4:7], n[7:])])
    if cc == "DE":
        return R.choice(["0%s %s" % (n[:3], n[3:]), "0%s/%s" % (n[:3], n[3:]), "0%s %s %s" % (n[:3], n[3:6], n[6:])])
    if cc == "FR":
        return "0" + n[0] + R.choice([" ", ".", ""]).join([""] + [n[i:i + 2] for i in range(1, 9, 2)]) if False else R.choice(
            ["0%s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:]), "0%s.%s.%s.%s.%s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:])])
    if cc == "ES":
        return R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])])
    if cc == "IT":
        return R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s" % (n[:3], n[3:])])
    if cc == "NL":
        return R.choice(["06-%s" % n[1:], "06 %s %s %s %s" % (n[1:3], n[3:5], n[5:7], n[7:])])
    if cc == "BR":
        return "(%s) %s-%s" % (n[:2], n[2:7], n[7:])
    if cc == "PL":
        return R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:])])
    if cc == "RU":
        return R.choice(["8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]), "8 %s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])])
    if cc == "GR":
        return R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), n])
    if cc == "TR":
        return R.choice(["0 (%s) %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]), "0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])])
    if cc == "IL":
        return R.choice(["0%s-%s" % (n[:2], n[2:]), "0%s-%s-%s" % (n[:2], n[2:5], n[5:])])
    if cc == "EG":
        return R.choice(["0%s %s %s" % (n[:2], n[2:6], n[6:]), "0%s" % n])
    if cc == "IN":
        return R.choice(["%s %s" % (n[:5], n[5:]), "0%s %s" % (n[:5], n[5:])])
    if cc == "TH":
        return "0%s-%s-%s" % (n[:2], n[2:5], n[5:])
    if cc == "CN":
        return R.choice(["%s %s %s" % (n[:3], n[3:7], n[7:]), "%s-%s-%s" % (n[:3], n[3:7], n[7:])])
    if cc == "JP":
        return "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "KR":
        return "0%s-%s-%s" % (n[:2], n[2:6], n[6:])
    if cc == "VN":
        return R.choice(["0%s %s %s" % (n[:2], n[2:5], n[5:]), "0%s%s" % (n[:2], n[2:])])
    raise KeyError(cc)


def fmt_intl(R, cc, n):
    code = PLANS[cc][0] if cc in PLANS else {"GR": 30, "TR": 90, "IL": 972, "EG": 20, "TH": 66, "KR": 82, "VN": 84}[cc]
    if cc in ("US", "CA"):
        body = R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:])])
    elif cc == "GB":
        body = "%s %s" % (n[:4], n[4:])
    elif cc == "DE":
        body = "%s %s" % (n[:3], n[3:])
    elif cc == "FR":
        body = "%s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:])
    elif cc in ("ES", "PL", "PT"):
        body = "%s %s %s" % (n[:3], n[3:6], n[6:])
    elif cc in ("IT", "GR"):
        body = "%s %s %s" % (n[:3], n[3:6], n[6:])
    elif cc == "NL":
        body = "%s %s" % (n[0], n[1:])
    elif cc == "BR":
        body = "%s %s-%s" % (n[:2], n[2:7], n[7:])
    elif cc == "RU":
        body = "%s %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])
    elif cc == "TR":
        body = "%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])
    elif cc == "IL":
        body = "%s-%s-%s" % (n[:2], n[2:5], n[5:])
    elif cc == "EG":
        body = "%s %s %s" % (n[:2], n[2:6], n[6:])
    elif cc == "IN":
        body = "%s %s" % (n[:5], n[5:])
    elif cc == "TH":
        body = "%s %s %s" % (n[:2], n[2:5], n[5:])
    elif cc == "CN":
        body = "%s %s %s" % (n[:3], n[3:7], n[7:])
    elif cc in ("JP", "KR"):
        body = "%s-%s-%s" % (n[:2], n[2:6], n[6:])
    elif cc == "VN":
        body = "%s %s %s" % (n[:2], n[2:5], n[5:])
    elif cc == "AU":
        body = "%s %s %s" % (n[:3], n[3:6], n[6:])
    elif cc == "IE":
        body = "%s %s %s" % (n[:2], n[2:5], n[5:])
    elif cc in ("CH", "AT", "BE", "SE"):
        body = "%s %s %s" % (n[:2], n[2:5], n[5:])
    else:
        body = n
    return "+%d %s" % (code, body)


# Where travellers abroad give numbers from (for the +CC forms with another plan).
ABROAD = {"US": ["CA", "GB"], "GB": ["IE", "AU", "US"], "DE": ["AT", "CH"], "FR": ["BE", "CH"],
          "ES": ["PT", "GB"], "IT": ["CH", "DE"], "NL": ["BE", "DE"], "BR": ["PT", "US"],
          "PL": ["GB", "DE"], "RU": ["DE"], "GR": ["DE", "GB"], "TR": ["DE", "NL"],
          "IL": ["US", "FR"], "EG": ["GB", "IT"], "IN": ["GB", "US", "AU"], "TH": ["AU", "GB"],
          "CN": ["AU", "CA"], "JP": ["US"], "KR": ["US", "AU"], "VN": ["AU", "FR"]}


def phone(R, cc, intl=None, abroad=False):
    if abroad:
        plan = R.choice(ABROAD[cc])
        n = _mob(R, plan)
        return L("phone", fmt_intl(R, plan, n), sub="mobile", region=cc, plan=plan)
    n = _mob(R, cc)
    if intl is None:
        intl = R.random() < 0.35
    return L("phone", fmt_intl(R, cc, n) if intl else fmt_nat(R, cc, n), sub="mobile", region=cc)


def phone_pv_item(sp):
    return (sp["value"], sp["region"], sp.get("plan", sp["region"]))


# ====================================================================== places
# Streets and towns written for this part; one-line postal layouts per country.
STREETS = {
    "US": ["Spicebush Trail", "Old Cooperage Way", "Chinquapin Hollow Rd", "Sawmill Spur Ln"],
    "GB": ["Cobbler's Wynd", "Tenter Lane", "Rookery Row", "Scutcher's Close"],
    "DE": ["Gerberweg", "Am Flachsanger", "Tuchmacherstraße", "Seilerbahn"],
    "FR": ["impasse des Vanneurs", "chemin de la Mégisserie", "rue du Pressoir-Neuf", "allée des Cordiers"],
    "ES": ["Calle del Esparto", "Travesía de los Alfareros", "Calle Tahona Vieja", "Calle de los Cereros"],
    "IT": ["Via dei Cestai", "Vicolo del Torchio", "Via dei Bottai", "Via del Mulino a Vento"],
    "NL": ["Lijnbaanspad", "Touwslagerij", "Kuipershof", "Zeilmakersgang"],
    "BR": ["Rua dos Seleiros", "Travessa dos Funileiros", "Rua dos Ferradores", "Rua do Ceramista"],
    "PL": ["Powroźnicza", "Kaletnicza", "Siodlarska", "Bednarzy Miejskich"],
    "RU": ["Бондарная", "Шорная", "Кожевенная", "Гончарный переулок"],
    "GR": ["Αγγειοπλαστών", "Βυρσοδεψών", "Καλαθοπλεκτών", "Σαγματοποιών"],
    "TR": ["Semerci", "Kalaycı", "Bakırcılar", "Yorgancı"],
    "IL": ["הסנדלרים", "הצורפים", "הבורסקאים", "הזגגים"],
    "EG": ["النحاسين", "الخيامية", "السروجية", "الفحامين"],
    "IN": ["कसेरा बाज़ार", "ठठेरा गली", "चूड़ीवाला मोहल्ला", "रंगरेज़ कॉलोनी"],
    "TH": ["ซอยช่างหล่อ", "ซอยช่างทอง", "ซอยช่างไม้", "ซอยช่างปั้น"],
    "CN": ["染坊弄", "铜匠巷", "箍桶街", "篾匠弄"],
    "JP": ["鍛冶屋町", "桶屋町", "紺屋町", "塗師町"],
    "KR": ["옹기골길", "대장간로", "놋전길", "베틀마을길"],
    "VN": ["đường Thợ Gốm", "đường Bờ Kè", "đường Cây Gạo", "đường Thợ Rèn Cũ"],
}
TOWNS = {
    "US": [("Bardstown", "KY", "400"), ("Chillicothe", "OH", "456"), ("Natchitoches", "LA", "714")],
    "GB": [("Hexham", "NE46"), ("Ludlow", "SY8"), ("Alnwick", "NE66")],
    "DE": [("Quedlinburg", "064"), ("Wangen im Allgäu", "882"), ("Rotenburg (Wümme)", "273")],
    "FR": [("Pézenas", "34120"), ("Riom", "63200"), ("Saint-Flour", "15100")],
    "ES": [("Úbeda", "234"), ("Tudela", "315"), ("Ponferrada", "244")],
    "IT": [("Bassano del Grappa", "36061", "VI"), ("Macerata", "62100", "MC"), ("Sulmona", "67039", "AQ")],
    "NL": [("Zierikzee", "43"), ("Vollenhove", "83"), ("Culemborg", "41")],
    "BR": [("Petrópolis", "RJ", "256", ["Quitandinha", "Valparaíso", "Bingen"]),
           ("Itajubá", "MG", "375", ["Varginha", "Pinheirinho", "Medicina"]),
           ("Mossoró", "RN", "596", ["Nova Betânia", "Abolição", "Santo Antônio"])],
    "PL": [("Sandomierz", "27-600"), ("Chełm", "22-100"), ("Żywiec", "34-300")],
    "RU": [("Кострома", "156"), ("Вологда", "160"), ("Тамбов", "392")],
    "GR": [("Ναύπλιο", "211 00"), ("Ξάνθη", "671 00"), ("Χαλκίδα", "341 00")],
    "TR": [("Safranbolu", "Karabük", "78600"), ("Osmaneli", "Bilecik", "11500"), ("Gölpazarı", "Bilecik", "11700")],
    "IL": [("נהריה", "22"), ("כרמיאל", "21"), ("רחובות", "76")],
    "EG": [("فايد", "الإسماعيلية"), ("الخانكة", "القليوبية"), ("قليوب", "القليوبية"), ("التل الكبير", "الإسماعيلية")],
    "IN": [("उज्जैन", "456", "मध्य प्रदेश"), ("झाँसी", "284", "उत्तर प्रदेश"), ("अजमेर", "305", "राजस्थान")],
    "TH": [("นครพนม", "48000"), ("แพร่", "54000"), ("ตราด", "23000")],
    "CN": [("浙江省绍兴市越城区", "312000"), ("江西省赣州市章贡区", "341000"), ("安徽省黄山市屯溪区", "245000")],
    "JP": [("新潟県長岡市", "940-00"), ("岡山県倉敷市", "710-00"), ("岐阜県高山市", "506-00")],
    "KR": [("경상북도 안동시", "367"), ("전라남도 순천시", "579"), ("강원특별자치도 강릉시", "254")],
    "VN": [("Hội An", "Quảng Nam", "phường Cẩm Phô"), ("Ninh Bình", "Ninh Bình", "phường Vân Giang"), ("Bến Tre", "Bến Tre", "phường An Hội")],
}


def address(R, cc):
    st = R.choice(STREETS[cc])
    t = R.choice(TOWNS[cc])
    n = R.randint(2, 98)
    U = string.ascii_uppercase
    if cc == "US":
        return "%d %s%s, %s, %s %s%02d" % (R.randint(100, 9899), st, R.choice(["", ", Apt %d" % R.randint(1, 40)]), t[0], t[1], t[2], R.randint(1, 99))
    if cc == "GB":
        return "%s%d %s, %s %s %d%s" % (R.choice(["", "Flat %d, " % R.randint(1, 9)]), n, st, t[0], t[1], R.randint(1, 9), R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ"))
    if cc == "DE":
        return "%s %d%s, %s%02d %s" % (st, n, R.choice(["", "a", "b"]), t[1], R.randint(0, 99), t[0])
    if cc == "FR":
        return "%d%s %s, %s %s" % (n, R.choice(["", " bis", " ter"]), st, t[1], t[0])
    if cc == "ES":
        return "%s, %d, %dº %s, %s%02d %s" % (st, n, R.randint(1, 6), R.choice("ABCD"), t[1], R.randint(0, 99), t[0])
    if cc == "IT":
        return "%s %d, %s %s (%s)" % (st, n, t[1], t[0], t[2])
    if cc == "NL":
        return "%s %d, %s%02d %s%s %s" % (st, n, t[1], R.randint(10, 99), R.choice("ABCDEGHJKLMNPRSTVWXZ"), R.choice("ABCDEGHJKLMNPRTVWXZ"), t[0])
    if cc == "BR":
        return "%s, %d%s - %s, %s - %s, %s%02d-%03d" % (st, R.randint(10, 2400), R.choice(["", ", apto %d" % R.randint(11, 904)]), R.choice(t[3]), t[0], t[1], t[2], R.randint(0, 99), R.randint(0, 999))
    if cc == "PL":
        return "ul. %s %d%s, %s %s" % (st, n, R.choice(["", "/%d" % R.randint(1, 40)]), t[1], t[0])
    if cc == "RU":
        s = ("ул. " + st) if not st.endswith("переулок") else st
        return "%s, д. %d, кв. %d, г. %s, %s%03d" % (s, n, R.randint(1, 120), t[0], t[1], R.randint(0, 999))
    if cc == "GR":
        return "%s %d, %s %s" % (st, n, t[1], t[0])
    if cc == "TR":
        return "%s Mah. %s Sok. No: %d D: %d, %s %s/%s" % (R.choice(["Yenice", "Çeşme", "Kirazlık"]), st, n, R.randint(1, 12), t[2], t[0], t[1])
    if cc == "IL":
        return "רחוב %s %d, דירה %d, %s %s%05d" % (st, n, R.randint(1, 30), t[0], t[1], R.randint(0, 99999))
    if cc == "EG":
        return "%d شارع %s، %s، محافظة %s" % (n, st, t[0], t[1])
    if cc == "IN":
        return "मकान नं. %d, %s, %s, %s - %s%03d" % (R.randint(2, 480), st, t[0], t[2], t[1], R.randint(1, 20))
    if cc == "TH":
        return "%d/%d %s ตำบลในเมือง อำเภอเมือง%s จังหวัด%s %s" % (R.randint(1, 299), R.randint(1, 40), st, t[0], t[0], t[1])
    if cc == "CN":
        return "%s%s%d号%d幢%d室" % (t[0], st, n, R.randint(1, 12), R.randint(1, 18) * 100 + R.randint(1, 4))
    if cc == "JP":
        return "〒%s%02d %s%s%d丁目%d-%d" % (t[1], R.randint(10, 99), t[0], st, R.randint(1, 4), R.randint(1, 20), R.randint(1, 12))
    if cc == "KR":
        return "%s %s %d, %d동 %d호 (%s%02d)" % (t[0], st, n, R.randint(101, 112), R.randint(1, 15) * 100 + R.randint(1, 4), t[1], R.randint(0, 99))
    if cc == "VN":
        return "Số %d %s, %s, thành phố %s, tỉnh %s" % (n, st, t[2], t[0], t[1])
    raise KeyError(cc)


# Fictional agencies, one per country: name, domain, own address, switchboard (look-alikes).
AGENCY = {
    "US": ("Bluewing Passage Travel", "bluewingpassage.com", "418 Riverfront Arcade, Paducah, KY 42001", "(270) 555-0143"),
    "GB": ("Marram & Whimbrel Holidays", "marramwhimbrel.co.uk", "3 Chandlers Yard, Hexham NE46 1RB", "01632 960 517"),
    "DE": ("Reisebüro Wiesenweihe", "reisen-wiesenweihe.de", "Marktplatz 7, 06484 Quedlinburg", "03946 51 07 20"),
    "FR": ("Voyages Sarcelle Bleue", "sarcelle-voyages.fr", "14 place du Marché-aux-Grains, 34120 Pézenas", "04 67 90 12 80"),
    "ES": ("Viajes Abubilla", "viajesabubilla.es", "Calle Real, 22, 23400 Úbeda", "953 75 10 40"),
    "IT": ("Agenzia Viaggi Il Gruccione", "ilgruccioneviaggi.it", "Piazza Garibaldi 9, 36061 Bassano del Grappa (VI)", "0424 52 07 90"),
    "NL": ("Reisbureau De Grutto", "reisbureaudegrutto.nl", "Havenplein 3, 4301 JD Zierikzee", "0111 41 20 30"),
    "BR": ("Araponga Turismo", "arapongaturismo.com.br", "Av. Koeler, 260 - Centro, Petrópolis - RJ, 25685-060", "(24) 2231-4050"),
    "PL": ("Biuro Podróży Dzierlatka", "bpdzierlatka.pl", "Rynek 12, 27-600 Sandomierz", "15 832 40 10"),
    "RU": ("Турагентство «Свиристель»", "sviristel-tour.ru", "ул. Советская, д. 5, г. Кострома, 156000", "8 (4942) 31-07-40"),
    "GR": ("Ταξιδιωτικό Γραφείο «Αλκυόνη»", "alkyoni-travel.gr", "Πλατεία Συντάγματος 4, 211 00 Ναύπλιο", "27520 2 40 50"),
    "TR": ("Çalıkuşu Turizm", "calikusuturizm.com.tr", "Çarşı Mah. Arasta Sok. No: 3, 78600 Safranbolu/Karabük", "0370 712 40 50"),
    "IL": ("שלדג נסיעות ותיירות", "shaldag-travel.co.il", "שדרות הגעתון 18, נהריה", "04-9510320"),
    "EG": ("الكروان للسياحة والسفر", "karawan-travel.com.eg", "٢٥ شارع الجمهورية، قليوب، القليوبية", "086 264 0150"),
    "IN": ("मैना टूर्स एंड ट्रैवल्स", "mainatours.in", "शॉप 12, टावर चौक, उज्जैन - 456010", "0734 252 0140"),
    "TH": ("บริษัท นกเงือกทัวร์ จำกัด", "nokngueaktour.co.th", "88 ถนนสุนทรวิจิตร ตำบลในเมือง อำเภอเมืองนครพนม จังหวัดนครพนม 48000", "042 511 240"),
    "CN": ("绍兴白鹭国际旅行社", "bailutravel.cn", "浙江省绍兴市越城区解放北路88号", "0575-8512 0400"),
    "JP": ("ひばり観光株式会社", "hibari-kanko.co.jp", "〒940-0062 新潟県長岡市大手通1丁目5-3", "0258-32-0140"),
    "KR": ("곤줄박이여행사", "gonjul-tour.co.kr", "경상북도 안동시 문화광장길 21", "054-851-0140"),
    "VN": ("Công ty Du lịch Chào Mào", "chaomaotravel.vn", "25 Trần Hưng Đạo, Hội An, Quảng Nam", "0235 3861 240"),
}


# ====================================================================== dates
MONTHS_X = {
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "he": ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    "hi": ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
    "th": ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."],
}
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def dob_str(R, cc, y, m, d, style=None):
    """A birth date in the country's numeric or month-name form."""
    style = style or R.choice(["num", "num", "name"])
    if style == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if style == "apis":
        return "%02d%s%02d" % (d, MON3[m - 1], y % 100)
    if cc == "US":
        return "%02d/%02d/%04d" % (m, d, y) if style == "num" else "%s %d, %d" % (MONTHS["en"][m - 1], d, y)
    if cc == "GB":
        return "%02d/%02d/%04d" % (d, m, y) if style == "num" else "%d %s %d" % (d, MONTHS["en"][m - 1], y)
    if cc == "DE":
        return "%02d.%02d.%04d" % (d, m, y) if style == "num" else "%d. %s %d" % (d, MONTHS["de"][m - 1], y)
    if cc in ("FR", "IT"):
        lg = cc.lower()
        return "%02d/%02d/%04d" % (d, m, y) if style == "num" else "%d %s %d" % (d, MONTHS[lg][m - 1], y)
    if cc in ("ES", "BR"):
        lg = {"ES": "es", "BR": "pt"}[cc]
        return "%02d/%02d/%04d" % (d, m, y) if style == "num" else "%d de %s de %d" % (d, MONTHS[lg][m - 1], y)
    if cc == "NL":
        return "%02d-%02d-%04d" % (d, m, y) if style == "num" else "%d %s %d" % (d, MONTHS["nl"][m - 1], y)
    if cc == "PL":
        return "%02d.%02d.%04d" % (d, m, y) if style == "num" else "%d %s %d r." % (d, MONTHS_X["pl"][m - 1], y)
    if cc == "RU":
        return "%02d.%02d.%04d" % (d, m, y) if style == "num" else "%d %s %d г." % (d, MONTHS_X["ru"][m - 1], y)
    if cc == "GR":
        return "%d/%d/%04d" % (d, m, y) if style == "num" else "%d %s %d" % (d, MONTHS_X["el"][m - 1], y)
    if cc == "TR":
        return "%02d.%02d.%04d" % (d, m, y) if style == "num" else "%d %s %d" % (d, MONTHS_X["tr"][m - 1], y)
    if cc == "IL":
        return "%02d.%02d.%04d" % (d, m, y) if style == "num" else "%d %s %d" % (d, MONTHS_X["he"][m - 1], y)
    if cc == "EG":
        return "%02d/%02d/%04d" % (d, m, y) if style == "num" else "%d %s %d" % (d, MONTHS_X["ar"][m - 1], y)
    if cc == "IN":
        return R.choice(["%02d-%02d-%04d", "%02d/%02d/%04d"]) % (d, m, y) if style == "num" else "%d %s %d" % (d, MONTHS_X["hi"][m - 1], y)
    if cc == "TH":
        return "%02d/%02d/%04d" % (d, m, y + 543) if style == "num" else "%d %s %d" % (d, MONTHS_X["th"][m - 1], y + 543)
    if cc == "CN":
        return "%04d-%02d-%02d" % (y, m, d) if style == "num" else "%d年%d月%d日" % (y, m, d)
    if cc == "JP":
        return "%04d/%02d/%02d" % (y, m, d) if style == "num" else "%d年%d月%d日" % (y, m, d)
    if cc == "KR":
        return "%04d. %d. %d." % (y, m, d) if style == "num" else "%d년 %d월 %d일" % (y, m, d)
    if cc == "VN":
        return "%02d/%02d/%04d" % (d, m, y) if style == "num" else "ngày %d tháng %d năm %d" % (d, m, y)
    raise KeyError(cc)


def some_date(R, y0=2026, y1=2027):
    return datetime.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


def trip_date(R, cc):
    """A travel date (look-alike) in the country's numeric form."""
    t = some_date(R)
    if cc == "US":
        return "%02d/%02d/%04d" % (t.month, t.day, t.year)
    if cc in ("CN", "JP", "KR"):
        return "%04d-%02d-%02d" % (t.year, t.month, t.day)
    if cc in ("DE", "PL", "RU", "TR", "IL"):
        return "%02d.%02d.%04d" % (t.day, t.month, t.year)
    if cc == "NL":
        return "%02d-%02d-%04d" % (t.day, t.month, t.year)
    if cc == "TH":
        return "%02d/%02d/%04d" % (t.day, t.month, t.year + 543)
    return "%02d/%02d/%04d" % (t.day, t.month, t.year)


# ====================================================================== people
def _entries(s):
    out = []
    for e in s.split():
        native, _, roman = e.partition("|")
        out.append((native.replace("_", " "), roman))
    return out


POOL = {cc: tuple(_entries(s) for s in v) for cc, v in NAMES.items()}
LATIN_CC = {"US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "TR", "VN"}

FOLD = str.maketrans("áàâäãåçéèêëíìîïñóòôöõúùûüýÿßłąęśźżćńğışøæœđ", "aaaaaaceeeeiiiinooooouuuuyysaeszzcngisoaoed")


def ascii_fold(s):
    import unicodedata
    s = s.lower().replace("ß", "ss").replace("ł", "l").replace("ı", "i").replace("đ", "d")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-"))


def _roman_family_f(cc, rom):
    if cc == "RU":
        return rom + "a"
    if cc == "GR":
        return rom[:-2] + "ou" if rom.endswith("os") else rom[:-1] if rom.endswith("s") else rom
    return rom


class Person:
    def __init__(self, R, cc, female=None, age=None, used=None, family_of=None):
        self.cc = cc
        self.female = R.random() < 0.5 if female is None else female
        used = used if used is not None else set()
        m, f, fam = POOL[cc]
        for _ in range(200):
            g, grom = R.choice(f if self.female else m)
            if family_of is not None:
                fn, from_ = family_of.fam_base, family_of.fam_rom
            else:
                fn, from_ = R.choice(fam)
            fam2 = None
            if cc == "ES" or (cc == "BR" and R.random() < 0.5):
                fam2 = R.choice(fam)
                if fam2[0] == fn:
                    continue
            words = set(g.split()) | set(fn.replace("/", " ").split()) | (set(fam2[0].split("/")) if fam2 else set())
            words = {w for w in words if w not in ("van", "de", "ter", "Văn", "Thị")}
            if from_:
                words.add(from_)
            if family_of is None and words & used:
                continue
            if family_of is not None and set(g.split()) & used:
                continue
            break
        self.fam_base, self.fam_rom = fn, from_
        if "/" in fn:
            fm, ff = fn.split("/")
            fn_out = ff if self.female else fm
        else:
            fn_out = fn
        self.given, self.family = g, fn_out
        if fam2:
            self.family = fn_out + " " + fam2[0]
        self.grom = grom or g
        self.frm = _roman_family_f(cc, from_) if (self.female and from_ and cc in ("RU", "GR")) else (from_ or fn_out)
        self.mid = ""
        if cc == "VN":
            self.mid = R.choice(["", "Văn " if not self.female else "Thị "]) if R.random() < 0.6 else ""
        used |= self.words()
        today = datetime.date(2026, 12, 1)
        if age is None:
            age = R.randint(24, 78)
        y = today.year - age
        self.dob = (y, R.randint(1, 12), R.randint(1, 28))
        self.age = age

    def words(self):
        """Words no other person of the record may carry (one-character CJK
        family names included, so roman surnames stay distinct too)."""
        ws = set(self.given.split()) | set(self.family.split()) | set(self.fam_base.split("/"))
        if self.fam_rom:
            ws.add(self.fam_rom)
        return {w for w in ws if w not in ("van", "de", "ter", "Văn", "Thị")}

    def full(self, order=None):
        cc = self.cc
        if cc == "CN":
            return self.family + self.given
        if cc == "KR":
            return self.family + self.given
        if cc == "JP":
            return self.family + " " + self.given
        if cc == "VN":
            return self.family + " " + self.mid + self.given
        if order == "rev":
            return self.family + " " + self.given
        return self.given + " " + self.family

    def call(self):
        """What a chat or a greeting calls the person (given name; JP/KR/CN family-based)."""
        if self.cc == "JP":
            return self.family
        if self.cc in ("KR", "CN"):
            return self.full()
        return self.given

    def roman(self):
        return ascii_fold(self.grom).capitalize(), ascii_fold(self.frm).capitalize()

    def email(self, R, domain=None):
        g, f = self.roman()
        g, f = g.lower(), f.lower()
        y = self.dob[0]
        local = R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s.%s%02d" % (g, f, y % 100), "%s_%s" % (f, g), "%s%d" % (f, y)])
        if domain is None:
            domain = R.choice(WEBMAIL[self.cc])
        return local + "@" + domain

    def apis(self):
        g, f = self.roman()
        return "%s/%s" % (f.upper(), g.upper())


WEBMAIL = {"US": ["gmail.com", "yahoo.com", "outlook.com"], "GB": ["btinternet.com", "gmail.com", "outlook.com"],
           "DE": ["web.de", "gmx.de", "t-online.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
           "ES": ["gmail.com", "hotmail.es", "telefonica.net"], "IT": ["libero.it", "virgilio.it", "gmail.com"],
           "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
           "PL": ["wp.pl", "o2.pl", "onet.pl"], "RU": ["yandex.ru", "mail.ru", "rambler.ru"],
           "GR": ["otenet.gr", "gmail.com", "yahoo.gr"], "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
           "IL": ["walla.co.il", "gmail.com", "bezeqint.net"], "EG": ["gmail.com", "yahoo.com", "hotmail.com"],
           "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"], "TH": ["hotmail.com", "gmail.com"],
           "CN": ["qq.com", "163.com", "126.com"], "JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"],
           "KR": ["naver.com", "daum.net", "kakao.com"], "VN": ["gmail.com", "yahoo.com.vn"]}


def people(R, cc, n, ages=None, family=False):
    """n people sharing no name word (a child of the lead may share the family
    name only where family=True; this part never asks for it)."""
    used = set()
    out = []
    for i in range(n):
        age = ages[i] if ages else None
        out.append(Person(R, cc, age=age, used=used))
    return out


def work_email(p, cc):
    g, f = p.roman()
    return L("email", "%s.%s@%s" % (g.lower(), f.lower(), AGENCY[cc][1]), sub="work")


def P(p, form=None):
    """Person label."""
    v = p.full(form) if form != "given" else p.call()
    return L("person", v)


def Pg(p):
    return L("person", p.call())


def DOB(R, p, style=None):
    y, m, d = p.dob
    return L("dob", dob_str(R, p.cc, y, m, d, style))


# ---------------------------------------------------------------- ids
BELFIORE = ["H501", "F205", "A944", "L219", "F839", "D612", "D969", "A662", "G337", "L781"]


def nat_id(R, p, kind=None):
    """The id a travel agency's form in the person's country asks for."""
    cc = p.cc
    y, m, d = p.dob
    if kind is None:
        kind = {"US": "passport", "GB": "passport", "DE": "de_id_card", "FR": "passport", "ES": "es_dni",
                "IT": "it_cf", "NL": "passport", "BR": "br_cpf", "PL": "pl_pesel", "RU": "ru_passport",
                "GR": "passport", "TR": "tr_tckn", "IL": "il_tz", "EG": "eg_nid", "IN": "in_pan",
                "TH": "th_id", "CN": "cn_rid", "JP": "passport", "KR": "passport", "VN": "vn_cccd"}[cc]
    if kind == "passport":
        return L("gov_id", passport_make(R, cc), sub="passport", country=cc)
    if kind == "de_id_card":
        return L("gov_id", de_doc_make(R, "id"), sub="de_id_card")
    if kind == "es_dni":
        n, c = dni_random(R)
        return L("gov_id", R.choice([n + c, n + "-" + c]), sub="es_dni")
    if kind == "it_cf":
        g, f = p.roman()
        return L("gov_id", cf_make(f, g, y % 100, m, d, p.female, R.choice(BELFIORE)), sub="it_cf")
    if kind == "br_cpf":
        c = cpf_random(R)
        return L("gov_id", R.choice(["%s.%s.%s-%s" % (c[:3], c[3:6], c[6:9], c[9:]), c]), sub="br_cpf")
    if kind == "pl_pesel":
        return L("gov_id", pesel_make(R, y, m, d, p.female), sub="pl_pesel")
    if kind == "ru_passport":
        return L("gov_id", "%02d %02d %s" % (R.randint(1, 99), R.randint(0, 24), digits(R, 6)), sub="ru_passport")
    if kind == "tr_tckn":
        return L("gov_id", tckn_make(R), sub="tr_tckn")
    if kind == "il_tz":
        return L("gov_id", tz_make(R), sub="il_tz")
    if kind == "eg_nid":
        return L("gov_id", egid_make(R, y, m, d, p.female), sub="eg_nid")
    if kind == "in_pan":
        g, f = p.roman()
        return L("gov_id", pan_random(R, "P", f), sub="in_pan")
    if kind == "in_aadhaar":
        a = aadhaar_random(R)
        return L("gov_id", R.choice(["%s %s %s" % (a[:4], a[4:8], a[8:]), a]), sub="in_aadhaar")
    if kind == "th_id":
        t = thid_make(R)
        return L("gov_id", R.choice(["%s %s %s %s %s" % (t[0], t[1:5], t[5:10], t[10:12], t[12]), t]), sub="th_id")
    if kind == "cn_rid":
        return L("gov_id", cnid_make(R, y, m, d, p.female), sub="cn_rid")
    if kind == "kr_rrn":
        return L("gov_id", rrn_make(R, y, m, d, p.female), sub="kr_rrn")
    if kind == "vn_cccd":
        return L("gov_id", cccd_make(R, y, p.female), sub="vn_cccd")
    if kind == "gr_amka":
        return L("gov_id", amka_make(R, y, m, d), sub="gr_amka")
    raise KeyError(kind)


def gov_ok(sp):
    v, sub = sp["value"], sp.get("sub")
    if sub == "passport":
        return passport_ok(v, sp["country"])
    if sub == "de_id_card":
        return de_doc_ok(v)
    if sub == "es_dni":
        return dni_ok(v.replace("-", ""))
    if sub == "it_cf":
        return cf_ok(v)
    if sub == "br_cpf":
        return cpf_ok(re.sub(r"[.\-]", "", v))
    if sub == "pl_pesel":
        return pesel_ok(v)
    if sub == "ru_passport":
        return ru_int_ok(v)
    if sub == "tr_tckn":
        return tckn_ok(v)
    if sub == "il_tz":
        return tz_ok(v)
    if sub == "eg_nid":
        return egid_ok(v)
    if sub == "in_pan":
        return pan_ok(v)
    if sub == "in_aadhaar":
        s = v.replace(" ", "")
        return len(s) == 12 and s[0] not in "01" and verhoeff_ok(s)
    if sub == "th_id":
        return thid_ok(v.replace(" ", ""))
    if sub == "cn_rid":
        return cnid_ok(v)
    if sub == "kr_rrn":
        return rrn_ok(v)
    if sub == "vn_cccd":
        return cccd_ok(v)
    if sub == "gr_amka":
        return amka_ok(v)
    return False


IBAN_CC = {"GB": "GB", "DE": "DE", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL", "BR": "BR", "PL": "PL",
           "GR": "GR", "TR": "TR", "IL": "IL", "EG": "EG"}


def IBAN(R, cc):
    ib = iban_any(R, IBAN_CC[cc])
    st = R.random()
    v = group(ib) if st < 0.55 else (group(ib, 4, "\u00a0") if st < 0.7 else ib)
    return L("iban", v, country=IBAN_CC[cc])


CARD_ISS = {"US": ["visa", "mastercard", "amex", "discover"], "GB": ["visa", "mastercard", "amex"],
            "DE": ["mastercard", "visa"], "FR": ["visa", "mastercard"], "ES": ["visa", "mastercard"],
            "IT": ["visa", "mastercard", "amex"], "NL": ["mastercard", "visa"], "BR": ["mastercard", "visa"],
            "PL": ["visa", "mastercard"], "RU": ["mir", "mir", "visa"], "GR": ["visa", "mastercard"],
            "TR": ["troy", "mastercard", "visa"], "IL": ["visa", "mastercard"], "EG": ["visa", "mastercard"],
            "IN": ["rupay", "visa", "mastercard"], "TH": ["visa", "jcb", "mastercard"], "CN": ["unionpay", "unionpay", "visa"],
            "JP": ["jcb", "visa", "mastercard"], "KR": ["visa", "mastercard"], "VN": ["visa", "mastercard", "jcb"]}


def CARD(R, cc):
    iss = R.choice(CARD_ISS[cc])
    n = card_random(R, iss)
    sep = R.choice([" ", " ", "-", "\u00a0", ""])
    v = sep.join(split_groups(n, card_grouping(len(n)))) if sep else n
    return L("card", v, sub=iss)


def IP(R, v6=False):
    return L("ip", public_ipv6(R) if v6 else public_ipv4(R), sub="ipv6" if v6 else "ipv4")


# ====================================================================== look-alikes
# Identifiers of the trade, written for this part. None is personal data.
AIRLINES = {"US": ["AA", "DL", "UA"], "GB": ["BA", "U2", "LS"], "DE": ["LH", "EW", "DE"], "FR": ["AF", "TO"],
            "ES": ["IB", "VY", "UX"], "IT": ["AZ", "FR"], "NL": ["KL", "HV"], "BR": ["LA", "G3", "AD"],
            "PL": ["LO", "W6"], "RU": ["SU", "S7"], "GR": ["A3", "OA"], "TR": ["TK", "PC"], "IL": ["LY", "6H"],
            "EG": ["MS", "NP"], "IN": ["AI", "6E", "UK"], "TH": ["TG", "FD", "WE"], "CN": ["CA", "MU", "ZH"],
            "JP": ["NH", "JL"], "KR": ["KE", "OZ", "7C"], "VN": ["VN", "VJ", "QH"]}
HUBS = {"US": ["SDF", "CVG", "JFK"], "GB": ["NCL", "MAN"], "DE": ["BER", "LEJ", "FRA"], "FR": ["MPL", "CDG"],
        "ES": ["MAD", "AGP"], "IT": ["VCE", "FCO"], "NL": ["AMS", "RTM"], "BR": ["GIG", "GRU"], "PL": ["KRK", "WAW"],
        "RU": ["SVO", "LED"], "GR": ["ATH", "SKG"], "TR": ["IST", "SAW"], "IL": ["TLV"], "EG": ["CAI", "HBE"],
        "IN": ["IDR", "DEL", "BOM"], "TH": ["BKK", "DMK"], "CN": ["HGH", "PVG"], "JP": ["KIJ", "NRT", "HND"],
        "KR": ["ICN", "PUS"], "VN": ["DAD", "SGN", "HAN"]}
FAR = ["LIS", "DBV", "FNC", "HER", "PMI", "IST", "DXB", "SIN", "HKT", "NRT", "CUN", "RAK", "TFS", "VIE", "PRG", "ICN", "DPS", "KEF"]
CURR = {"US": ("${:,.2f}", "en"), "GB": ("£{:,.2f}", "en"), "DE": ("{} €", "de"), "FR": ("{} €", "fr"), "ES": ("{} €", "de"),
        "IT": ("€ {}", "de"), "NL": ("€ {}", "nl"), "BR": ("R$ {}", "de"), "PL": ("{} zł", "pl"), "RU": ("{} ₽", "ru"),
        "GR": ("{} €", "de"), "TR": ("{} TL", "de"), "IL": ("₪{:,.2f}", "en"), "EG": ("{:,.2f} ج.م", "en"),
        "IN": ("₹{:,.2f}", "en"), "TH": ("{:,.2f} บาท", "en"), "CN": ("¥{:,.2f}", "en"), "JP": ("{:,}円", "int"),
        "KR": ("{:,}원", "int"), "VN": ("{} ₫", "vnd")}


def money(R, cc, lo=150, hi=4800):
    fmt, kind = CURR[cc]
    v = R.randint(lo, hi) + R.choice([0, 0, 0.5, 0.9])
    if cc in ("IN", "TH", "IL", "EG", "BR", "PL", "RU", "TR", "CN"):
        v = round(v * {"IN": 80, "TH": 35, "IL": 4, "EG": 45, "BR": 5, "PL": 4, "RU": 90, "TR": 40, "CN": 7}[cc], 2)
    if kind == "int":
        v = int(v * (150 if cc == "JP" else 1400)) // 100 * 100
        return N(fmt.format(v), "fare")
    if kind == "vnd":
        v = int(v * 25000) // 1000 * 1000
        return N(fmt.format("{:,}".format(v).replace(",", ".")), "fare")
    if kind == "en":
        return N(fmt.format(v), "fare")
    s = "{:,.2f}".format(v)
    if kind in ("de", "nl"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    elif kind in ("fr", "pl", "ru"):
        s = s.replace(",", "\u202f").replace(".", ",")
    if cc == "ES":
        s = s.replace(".", "")
    return N(fmt.format(s), "fare")


def booking_ref(R):
    return N(R.choice(["BK", "TR", "RES"]) + "-" + str(R.randint(2026, 2027)) + "-" + "%05d" % R.randint(100, 99999), "booking_ref")


def pnr(R):
    return N("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), "pnr")


def flight(R, cc):
    return N("%s %d" % (R.choice(AIRLINES[cc]), R.randint(12, 2999)), "flight_number")


def ticket_no(R):
    """13-digit e-ticket number (airline prefix + 10), drawn Luhn-invalid."""
    while True:
        s = R.choice(["220", "125", "057", "074", "235", "176", "618", "160", "297", "738"]) + digits(R, 10)
        if not luhn_ok(s):
            return N(s[:3] + "-" + s[3:], "ticket_number")


def seat(R):
    return N("%d%s" % (R.randint(3, 42), R.choice("ABCDEFHJK")), "seat")


def hhmm(R):
    return N("%02d:%02d" % (R.randint(5, 22), R.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])), "time")


def tdate(R, cc):
    return N(trip_date(R, cc), "travel_date")


def pkg_code(R):
    return N(R.choice(["PKG", "TOUR", "GRP", "CRU"]) + "-" + R.choice(FAR) + "-" + "%02d%s" % (R.randint(4, 14), R.choice("ABCDN")), "package_code")


def hotel_code(R):
    return N("%s%s%04d" % (R.choice(["HT", "HX", "GDS-"]), R.choice(FAR), R.randint(1, 9999)), "hotel_code")


def invoice_no(R):
    return N("INV-%d-%06d" % (R.randint(2026, 2027), R.randint(1, 999999)), "invoice_number")


def policy_no(R):
    return N("POL/%s/%07d" % (R.choice(["TRV", "ANN", "SGL"]), R.randint(1, 9999999)), "policy_number")


def visa_app(R):
    return N(R.choice(["EVISA-", "APP ", "VFS/"]) + "%s%07d" % (R.choice(["TR", "IN", "VN", "KE", "LK"]), R.randint(1, 9999999)), "visa_application")


def group_code(R):
    return N("GRP%s%02d-%s" % (R.choice(FAR), R.randint(1, 52), R.choice(["AUT", "SPR", "SUM", "WIN"])), "group_code")


def expiry(R):
    return N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry")


def last4(R):
    return N("%04d" % R.randint(0, 9999), "last_four")


def serial(R):
    return N(R.choice(["SN", "S/N ", "KIOSK-", "TAB-"]) + rnd(R, string.ascii_uppercase + string.digits, 10), "device_serial")


def lan_ip(R):
    return N(R.choice(["10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 254)),
                       "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 254)),
                       "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254))]), "private_ip")


def doc_ip(R):
    return N(R.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % R.randint(1, 254), "documentation_ip")


TEST_CARDS = ["4242 4242 4242 4242", "5555 5555 5555 4444", "4000 0566 5566 5556", "3782 822463 10005", "4111 1111 1111 1111"]


def test_card(R):
    return N(R.choice(TEST_CARDS), "test_card")


def masked_card(R):
    return N(R.choice(["**** **** **** %04d", "XXXX-XXXX-XXXX-%04d", "•••• %04d"]) % R.randint(0, 9999), "masked_card")


def mailbox(cc, box):
    return N("%s@%s" % (box, AGENCY[cc][1]), "role_mailbox")


def website(cc):
    return N("www." + AGENCY[cc][1], "website")


def switchboard(cc):
    return N(AGENCY[cc][3], "switchboard")


def agency_name(cc):
    return N(AGENCY[cc][0], "agency")


def agency_addr(cc):
    return N(AGENCY[cc][2], "agency_address")


# Real hotels, ships and places named after people, and real carriers: look-alikes only.
HOTELS = ["Hotel Sacher Wien", "Raffles Hotel Singapore", "Hotel Adlon Kempinski", "The Savoy", "Hotel Bristol Wien",
          "Pestana Carlton Madeira", "Hotel Metropole Hanoi", "Hotel Bachmair Weissach", "Mandarin Oriental Bangkok",
          "Hotel Danieli Venezia", "Belmond Reid's Palace", "Hotel Cipriani"]
SHIPS = ["MS Fridtjof Nansen", "MS Roald Amundsen", "Queen Mary 2", "Queen Anne", "MS Richard With", "MS Nordkapp"]
EPONYM_EN = ["Ho Chi Minh City", "Kennedy Airport", "Chopin Airport", "Indira Gandhi International", "Marco Polo Airport",
             "Ben Gurion Airport", "Sabiha Gökçen", "Leonardo da Vinci–Fiumicino", "Santos Dumont", "Rembrandtplein"]


def hotel(R):
    return N(R.choice(HOTELS), "hotel")


def ship(R):
    return N(R.choice(SHIPS), "ship_named_after_person")


def eponym(R):
    return N(R.choice(EPONYM_EN), "place_named_after_person")


DIET = ["VGML", "GFML", "KSML", "MOML", "DBML", "CHML", "HNML", "VLML", "NLML", "BBML"]
SSR = ["WCHR", "WCHS", "WCHC", "BLND", "DEAF", "DPNA", "MAAS", "UMNR", "PETC", "MEDA"]
ROOMS = ["DBL", "TWN", "SGL", "TRPL", "FAM", "JS"]
MEALS = ["BB", "HB", "FB", "AI"]


# ====================================================================== languages
# Per country: the language of the paste, person-field labels (forms keep an
# English skeleton), requests, chat lines, letters, notices and name-as-word
# sentences, all written for this part. Slots in braces are filled by the
# templates ({T} traveller, {A} agent, {C} child, ...).
LANG = {
"US": dict(lang="en", fl=dict(name="Full name", family="Last name", given="First name", dob="Date of birth", pas="Passport no.", nid="Passport no.", addr="Home address", mob="Cell", mail="Email"),
    req=["Can you check this for anything missing before I send it to the operator?", "Summarize this in three bullet points for the Monday desk huddle.",
         "Help me write a polite reply to this.", "Turn this into a tidy table, one row per traveler.", "What should I take out before I forward this to the tour operator's help desk?"],
    dest=["Lisbon", "Dubrovnik", "Oaxaca"],
    nw=["The Queen Mary 2 leaves Brooklyn Cruise Terminal at 4 pm.", "Grace period for the balance is seven days after the due date.", "Will the coach wait at JFK if the flight is late?", "Hope the Washington Monument tour is still on for day two."],
    chat=["Hi {A}, quick one about booking {REF}", "Sure! For the visa form I still need your son's date of birth and passport number.",
          "{C}, born {D}, passport {P}", "Thanks. Where should we mail the travel wallet?", "{ADDR}, and text me at {PH} if anything changes",
          "Perfect. Your flight {FL} leaves at {TIME}, check-in closes an hour before."],
    pay=["I'd like to pay the balance of {AMT} for {REF}", "Sure, card or bank transfer?", "Card: {CARD}, exp {EXP}, name on card {NAME}",
         "Payment went through. Which email should the receipt go to?", "{E}", "Sent! — {AF}, {AG}", "Please use the card ending {L4} like last time"],
    canc=dict(subj="Cancellation of booking {REF}", greet="Dear {AG} team,", body="Because of a family emergency we have to cancel the trip to {DEST} ({DATE}) for {NAME} and {COMP}.",
              iban="Please refund the deposit of {AMT} to my account, routing details to follow.", card="Please refund the deposit of {AMT} to the card we paid with: {CARD}.", bye="Sincerely,"),
    compl=dict(subj="Complaint about our stay at {HOTEL} ({REF})", greet="To the {AG} customer care team,", body="The room we were given had no working air conditioning and {COMP} spent two nights in the lobby.",
               ask="We expect a partial refund of {AMT}.", bye="Regards,", rgreet="Dear {RN},", rbody="Thank you for your message. We have raised it with the hotel and will reply within 10 working days.", rbye="Kind regards,"),
    notice=["Our office will be closed on {DATE} for the holiday.", "For emergencies while traveling, call {SW}.", "Questions about documents: {MB} · {WEB}"]),
"GB": dict(lang="en", fl=dict(name="Full name", family="Surname", given="First name(s)", dob="Date of birth", pas="Passport number", nid="Passport number", addr="Home address", mob="Mobile", mail="Email"),
    req=["Can you check this for anything missing before I file it?", "Summarise this in three bullet points for the ops team.", "Help me write a polite reply to this.",
         "Turn this into a tidy table, one row per passenger.", "What should I take out before I forward this to the ground handler?"],
    dest=["Madeira", "the Amalfi Coast", "Kraków"],
    nw=["Nelson's Column is the meeting point for the walking tour.", "Grace period for the final balance is 14 days.", "Mark the coach transfer as confirmed in the system.", "The Queen Anne calls at Lisbon on day four."],
    chat=["Hiya {A}, it's about booking {REF}", "Hi! For the ETA form I still need your daughter's date of birth and passport number.",
          "{C}, born {D}, passport {P}", "Lovely, thanks. Where shall we post the tickets?", "{ADDR}, and my mobile is {PH}",
          "All sorted. Flight {FL} departs {TIME}, bag drop closes 60 min before."],
    pay=["I'd like to pay the balance of {AMT} on {REF}", "Of course, card or bank transfer?", "Card: {CARD}, expiry {EXP}, name on card {NAME}",
         "That's gone through. Which email for the receipt?", "{E}", "Done — {AF}, {AG}", "Could you use the card ending {L4} again?"],
    canc=dict(subj="Cancellation of booking {REF}", greet="Dear {AG},", body="I am sorry to say we must cancel the holiday to {DEST} ({DATE}) for {NAME} and {COMP}.",
              iban="Please refund the deposit of {AMT} to IBAN {IBAN}.", card="Please refund the deposit of {AMT} to the card we used: {CARD}.", bye="Yours sincerely,"),
    compl=dict(subj="Complaint: {HOTEL}, booking {REF}", greet="Dear {AG} customer relations,", body="Our room overlooked the bins, the pool was closed all week and {COMP} was moved twice.",
               ask="We are asking for {AMT} back.", bye="Yours faithfully,", rgreet="Dear {RN},", rbody="Thank you for writing to us. We have asked the hotel for its account and will be in touch within 14 days.", rbye="Kind regards,"),
    notice=["The shop will be closed on {DATE} for stocktaking.", "Out-of-hours emergency line: {SW}.", "Documents and tickets: {MB} · {WEB}"]),
"DE": dict(lang="de", fl=dict(name="Name, Vorname", family="Nachname", given="Vorname", dob="Geburtsdatum", pas="Reisepass-Nr.", nid="Personalausweis-Nr.", addr="Anschrift", mob="Mobil", mail="E-Mail"),
    req=["Kannst du prüfen, ob hier etwas fehlt, bevor ich es an den Veranstalter schicke?", "Fass das in drei Punkten für die Teambesprechung zusammen.", "Hilf mir, eine freundliche Antwort darauf zu schreiben."],
    dest=["Madeira", "die Algarve", "Kreta"],
    nw=["Die MS Fridtjof Nansen legt um 18 Uhr in Hamburg ab.", "Treffpunkt ist am Kaiser-Wilhelm-Denkmal.", "Frank und frei: Der Transfer ist im Preis enthalten."],
    chat=["Hallo {A}, es geht um die Buchung {REF}", "Gern! Für das Visum brauche ich noch Geburtsdatum und Passnummer Ihres Sohnes.",
          "{C}, geboren am {D}, Pass {P}", "Danke. Wohin sollen wir die Reiseunterlagen schicken?", "{ADDR}, erreichbar unter {PH}",
          "Prima. Flug {FL} startet um {TIME}, Check-in schließt eine Stunde vorher."],
    pay=["Ich möchte die Restzahlung von {AMT} für {REF} leisten", "Gern, per Karte oder Überweisung?", "Karte: {CARD}, gültig bis {EXP}, Karteninhaber {NAME}",
         "Zahlung ist durch. An welche E-Mail soll die Quittung?", "{E}", "Verschickt! — {AF}, {AG}", "Bitte wieder die Karte mit Endziffern {L4} nehmen"],
    canc=dict(subj="Stornierung der Buchung {REF}", greet="Sehr geehrtes Team von {AG},", body="leider müssen wir die Reise nach {DEST} ({DATE}) für {NAME} und {COMP} stornieren.",
              iban="Bitte überweisen Sie die Anzahlung von {AMT} auf IBAN {IBAN}.", card="Bitte erstatten Sie die Anzahlung von {AMT} auf die Karte {CARD}.", bye="Mit freundlichen Grüßen"),
    compl=dict(subj="Reklamation: {HOTEL}, Buchung {REF}", greet="Sehr geehrte Damen und Herren,", body="unser Zimmer lag direkt neben der Baustelle, und {COMP} konnte keine Nacht durchschlafen.",
               ask="Wir bitten um eine Minderung von {AMT}.", bye="Mit freundlichen Grüßen", rgreet="Guten Tag {RN},", rbody="vielen Dank für Ihre Nachricht. Wir haben das Hotel um Stellungnahme gebeten und melden uns innerhalb von 14 Tagen.", rbye="Freundliche Grüße"),
    notice=["Am {DATE} bleibt unser Büro geschlossen.", "Notfallnummer während der Reise: {SW}.", "Unterlagen und Fragen: {MB} · {WEB}"]),
"FR": dict(lang="fr", fl=dict(name="Nom, prénom", family="Nom", given="Prénom", dob="Date de naissance", pas="N° de passeport", nid="N° de passeport", addr="Adresse", mob="Portable", mail="Courriel"),
    req=["Tu peux vérifier s'il manque quelque chose avant que je l'envoie au voyagiste ?", "Résume-moi ça en trois points pour la réunion d'équipe.", "Aide-moi à rédiger une réponse aimable."],
    dest=["Madère", "la Crète", "Lisbonne"],
    nw=["Transfert depuis l'aéroport Charles-de-Gaulle à 7 h.", "Rose pâle ou blanc : le vin est inclus au dîner de gala.", "Rendez-vous place Jean-Jaurès à 8 h 30."],
    chat=["Bonjour {A}, c'est pour le dossier {REF}", "Bonjour ! Pour le visa il me manque la date de naissance et le numéro de passeport de votre fille.",
          "{C}, née le {D}, passeport {P}", "Merci. Où devons-nous envoyer le carnet de voyage ?", "{ADDR}, et mon portable c'est le {PH}",
          "Parfait. Le vol {FL} part à {TIME}, enregistrement fermé une heure avant."],
    pay=["Je voudrais régler le solde de {AMT} pour {REF}", "Bien sûr, par carte ou par virement ?", "Carte : {CARD}, expire {EXP}, titulaire {NAME}",
         "Paiement accepté. À quelle adresse envoyer le reçu ?", "{E}", "Envoyé ! — {AF}, {AG}", "Prenez la carte qui finit par {L4} comme la dernière fois"],
    canc=dict(subj="Annulation du dossier {REF}", greet="Madame, Monsieur,", body="nous devons malheureusement annuler le voyage à {DEST} ({DATE}) pour {NAME} et {COMP}.",
              iban="Merci de rembourser l'acompte de {AMT} sur l'IBAN {IBAN}.", card="Merci de rembourser l'acompte de {AMT} sur la carte {CARD}.", bye="Cordialement,"),
    compl=dict(subj="Réclamation : {HOTEL}, dossier {REF}", greet="Madame, Monsieur,", body="la chambre n'avait pas de climatisation et {COMP} a dû dormir sur le canapé pendant trois nuits.",
               ask="Nous demandons un dédommagement de {AMT}.", bye="Salutations distinguées,", rgreet="Bonjour {RN},", rbody="merci pour votre message. Nous avons interrogé l'hôtel et reviendrons vers vous sous dix jours ouvrés.", rbye="Bien cordialement,"),
    notice=["L'agence sera fermée le {DATE}.", "Urgence pendant votre voyage : {SW}.", "Documents de voyage : {MB} · {WEB}"]),
"ES": dict(lang="es", fl=dict(name="Nombre y apellidos", family="Apellidos", given="Nombre", dob="Fecha de nacimiento", pas="N.º de pasaporte", nid="DNI", addr="Domicilio", mob="Móvil", mail="Correo"),
    req=["¿Puedes revisar si falta algo antes de mandarlo al mayorista?", "Resúmelo en tres puntos para la reunión del lunes.", "Ayúdame a redactar una respuesta amable."],
    dest=["Lisboa", "Cerdeña", "Marrakech"],
    nw=["Salida desde el aeropuerto Adolfo Suárez Madrid-Barajas, T4.", "Rocío en el parabrisas del autocar a las seis de la mañana.", "Visita guiada a la Casa de Colón incluida."],
    chat=["Hola {A}, te escribo por la reserva {REF}", "¡Hola! Para el visado me falta la fecha de nacimiento y el pasaporte de tu hijo.",
          "{C}, nacido el {D}, pasaporte {P}", "Gracias. ¿A qué dirección enviamos la documentación?", "{ADDR}, y mi móvil es {PH}",
          "Perfecto. El vuelo {FL} sale a las {TIME}, el mostrador cierra una hora antes."],
    pay=["Quiero pagar el resto, {AMT}, de la reserva {REF}", "Claro, ¿con tarjeta o transferencia?", "Tarjeta: {CARD}, caduca {EXP}, titular {NAME}",
         "Pago realizado. ¿A qué correo mando el justificante?", "{E}", "¡Enviado! — {AF}, {AG}", "Usa la tarjeta acabada en {L4}, como la otra vez"],
    canc=dict(subj="Cancelación de la reserva {REF}", greet="Estimados señores de {AG}:", body="por motivos de salud debemos cancelar el viaje a {DEST} ({DATE}) de {NAME} y {COMP}.",
              iban="Les ruego devuelvan la señal de {AMT} a la cuenta {IBAN}.", card="Les ruego devuelvan la señal de {AMT} a la tarjeta {CARD}.", bye="Atentamente,"),
    compl=dict(subj="Reclamación: {HOTEL}, reserva {REF}", greet="Estimados señores:", body="la habitación no correspondía a la contratada y {COMP} tuvo que dormir en un sofá.",
               ask="Solicitamos una compensación de {AMT}.", bye="Un saludo,", rgreet="Estimado/a {RN}:", rbody="gracias por su escrito. Hemos pedido su versión al hotel y le contestaremos en un plazo de diez días.", rbye="Saludos cordiales,"),
    notice=["La oficina permanecerá cerrada el {DATE}.", "Urgencias durante el viaje: {SW}.", "Documentación: {MB} · {WEB}"]),
"IT": dict(lang="it", fl=dict(name="Cognome e nome", family="Cognome", given="Nome", dob="Data di nascita", pas="N. passaporto", nid="Codice fiscale", addr="Indirizzo", mob="Cellulare", mail="E-mail"),
    req=["Puoi controllare se manca qualcosa prima che lo mandi al tour operator?", "Riassumilo in tre punti per la riunione di agenzia.", "Aiutami a scrivere una risposta gentile."],
    dest=["Santorini", "Lisbona", "le Canarie"],
    nw=["Partenza dall'aeroporto Leonardo da Vinci di Fiumicino.", "Vittoria per il gruppo: il museo apre anche di lunedì.", "Serena la mattina, temporali nel pomeriggio: portate l'ombrello."],
    chat=["Ciao {A}, ti scrivo per la pratica {REF}", "Ciao! Per il visto mi servono data di nascita e passaporto di tua figlia.",
          "{C}, nata il {D}, passaporto {P}", "Grazie. Dove spediamo i documenti di viaggio?", "{ADDR}, il mio cellulare è {PH}",
          "Perfetto. Il volo {FL} parte alle {TIME}, il check-in chiude un'ora prima."],
    pay=["Vorrei saldare {AMT} per la pratica {REF}", "Certo, con carta o bonifico?", "Carta: {CARD}, scadenza {EXP}, intestatario {NAME}",
         "Pagamento riuscito. A quale e-mail mando la ricevuta?", "{E}", "Inviata! — {AF}, {AG}", "Usa pure la carta che finisce con {L4}"],
    canc=dict(subj="Annullamento pratica {REF}", greet="Spett.le {AG},", body="siamo costretti ad annullare il viaggio a {DEST} ({DATE}) per {NAME} e {COMP}.",
              iban="Vi preghiamo di rimborsare l'acconto di {AMT} sull'IBAN {IBAN}.", card="Vi preghiamo di rimborsare l'acconto di {AMT} sulla carta {CARD}.", bye="Distinti saluti,"),
    compl=dict(subj="Reclamo: {HOTEL}, pratica {REF}", greet="Spett.le agenzia,", body="la camera era diversa da quella prenotata e {COMP} ha dormito su una brandina.",
               ask="Chiediamo un rimborso di {AMT}.", bye="Cordiali saluti,", rgreet="Gentile {RN},", rbody="grazie per la segnalazione. Abbiamo chiesto chiarimenti alla struttura e le risponderemo entro dieci giorni.", rbye="Cordiali saluti,"),
    notice=["L'agenzia resterà chiusa il {DATE}.", "Emergenze in viaggio: {SW}.", "Documenti di viaggio: {MB} · {WEB}"]),
"NL": dict(lang="nl", fl=dict(name="Naam", family="Achternaam", given="Voornamen", dob="Geboortedatum", pas="Paspoortnummer", nid="Paspoortnummer", addr="Adres", mob="Mobiel", mail="E-mail"),
    req=["Kun je nakijken of er iets ontbreekt voordat ik het naar de touroperator stuur?", "Vat dit samen in drie punten voor het teamoverleg.", "Help me een vriendelijk antwoord te schrijven."],
    dest=["Madeira", "Kreta", "de Azoren"],
    nw=["Transfer vanaf Schiphol naar het Hotel Pulitzer.", "Hoop op droog weer tijdens de fietstocht.", "De rondvaart vertrekt bij het Rembrandtplein."],
    chat=["Hoi {A}, het gaat om boeking {REF}", "Hoi! Voor het visum mis ik nog de geboortedatum en het paspoortnummer van je zoon.",
          "{C}, geboren {D}, paspoort {P}", "Dank je. Waar mogen we de reisbescheiden heen sturen?", "{ADDR}, mijn nummer is {PH}",
          "Top. Vlucht {FL} vertrekt om {TIME}, inchecken sluit een uur van tevoren."],
    pay=["Ik wil het restant van {AMT} voor {REF} betalen", "Prima, met kaart of overboeking?", "Kaart: {CARD}, geldig tot {EXP}, op naam van {NAME}",
         "Betaling gelukt. Naar welk mailadres mag de bevestiging?", "{E}", "Verstuurd! — {AF}, {AG}", "Gebruik maar de kaart eindigend op {L4}"],
    canc=dict(subj="Annulering boeking {REF}", greet="Beste medewerkers van {AG},", body="helaas moeten wij de reis naar {DEST} ({DATE}) voor {NAME} en {COMP} annuleren.",
              iban="Graag de aanbetaling van {AMT} terugstorten op {IBAN}.", card="Graag de aanbetaling van {AMT} terugboeken op kaart {CARD}.", bye="Met vriendelijke groet,"),
    compl=dict(subj="Klacht: {HOTEL}, boeking {REF}", greet="Geachte heer, mevrouw,", body="de kamer was niet schoon en {COMP} is twee keer verhuisd naar een andere kamer.",
               ask="Wij vragen een vergoeding van {AMT}.", bye="Met vriendelijke groet,", rgreet="Beste {RN},", rbody="dank voor uw bericht. We hebben het hotel om een reactie gevraagd en komen binnen tien werkdagen bij u terug.", rbye="Hartelijke groet,"),
    notice=["Op {DATE} is ons kantoor gesloten.", "Noodnummer tijdens uw reis: {SW}.", "Reisbescheiden: {MB} · {WEB}"]),
"BR": dict(lang="pt", fl=dict(name="Nome completo", family="Sobrenome", given="Nome", dob="Data de nascimento", pas="Nº do passaporte", nid="CPF", addr="Endereço", mob="Celular", mail="E-mail"),
    req=["Pode conferir se falta alguma coisa antes de eu mandar para a operadora?", "Resume isso em três tópicos para a reunião da equipe.", "Me ajuda a escrever uma resposta educada?"],
    dest=["Lisboa", "Santiago do Chile", "Orlando"],
    nw=["Embarque no Aeroporto Santos Dumont às 9h.", "Graça a Deus o voo de volta foi remarcado sem custo.", "Passeio pela Avenida Getúlio Vargas no segundo dia."],
    chat=["Oi {A}, é sobre a reserva {REF}", "Oi! Para o visto ainda preciso da data de nascimento e do passaporte da sua filha.",
          "{C}, nascida em {D}, passaporte {P}", "Obrigada. Para onde enviamos os documentos da viagem?", "{ADDR}, meu celular é {PH}",
          "Perfeito. O voo {FL} sai às {TIME}, o check-in fecha uma hora antes."],
    pay=["Quero pagar o saldo de {AMT} da reserva {REF}", "Claro, cartão ou Pix?", "Cartão: {CARD}, validade {EXP}, nome impresso {NAME}",
         "Pagamento aprovado. Para qual e-mail mando o recibo?", "{E}", "Enviado! — {AF}, {AG}", "Pode usar o cartão final {L4}, como da outra vez"],
    canc=dict(subj="Cancelamento da reserva {REF}", greet="Prezados da {AG},", body="infelizmente precisamos cancelar a viagem para {DEST} ({DATE}) de {NAME} e {COMP}.",
              iban="Peço a devolução do sinal de {AMT} para o IBAN {IBAN}.", card="Peço o estorno do sinal de {AMT} no cartão {CARD}.", bye="Atenciosamente,"),
    compl=dict(subj="Reclamação: {HOTEL}, reserva {REF}", greet="Prezados,", body="o quarto não era o contratado e {COMP} passou duas noites num colchão extra.",
               ask="Solicitamos um reembolso de {AMT}.", bye="Atenciosamente,", rgreet="Prezado(a) {RN},", rbody="agradecemos o contato. Pedimos explicações ao hotel e responderemos em até dez dias úteis.", rbye="Cordialmente,"),
    notice=["A agência estará fechada no dia {DATE}.", "Emergências durante a viagem: {SW}.", "Documentos de viagem: {MB} · {WEB}"]),
"PL": dict(lang="pl", fl=dict(name="Imię i nazwisko", family="Nazwisko", given="Imię", dob="Data urodzenia", pas="Nr paszportu", nid="PESEL", addr="Adres", mob="Telefon komórkowy", mail="E-mail"),
    req=["Sprawdzisz, czy czegoś nie brakuje, zanim wyślę to do touroperatora?", "Streść to w trzech punktach na odprawę zespołu.", "Pomóż mi napisać uprzejmą odpowiedź."],
    dest=["Maderę", "Kretę", "Gruzję"],
    nw=["Wylot z Lotniska Chopina o 6:40.", "Nadzieja, że pogoda dopisze na rejsie.", "Zbiórka pod pomnikiem Mikołaja Kopernika."],
    chat=["Dzień dobry {A}, piszę w sprawie rezerwacji {REF}", "Dzień dobry! Do wizy potrzebuję jeszcze daty urodzenia i numeru paszportu syna.",
          "{C}, urodzony {D}, paszport {P}", "Dziękuję. Na jaki adres wysłać dokumenty podróży?", "{ADDR}, mój numer to {PH}",
          "Świetnie. Lot {FL} startuje o {TIME}, odprawa kończy się godzinę wcześniej."],
    pay=["Chcę dopłacić resztę, {AMT}, za rezerwację {REF}", "Jasne, kartą czy przelewem?", "Karta: {CARD}, ważna do {EXP}, posiadacz {NAME}",
         "Płatność przeszła. Na jaki e-mail wysłać potwierdzenie?", "{E}", "Wysłane! — {AF}, {AG}", "Proszę użyć karty kończącej się na {L4}"],
    canc=dict(subj="Rezygnacja z rezerwacji {REF}", greet="Szanowni Państwo,", body="z przyczyn zdrowotnych rezygnujemy z wyjazdu na {DEST} ({DATE}) dla {NAME} i {COMP}.",
              iban="Proszę o zwrot zaliczki {AMT} na rachunek {IBAN}.", card="Proszę o zwrot zaliczki {AMT} na kartę {CARD}.", bye="Z poważaniem"),
    compl=dict(subj="Reklamacja: {HOTEL}, rezerwacja {REF}", greet="Szanowni Państwo,", body="pokój nie odpowiadał opisowi z katalogu, a {COMP} spał na dostawce przez cały pobyt.",
               ask="Wnosimy o obniżenie ceny o {AMT}.", bye="Z poważaniem", rgreet="Szanowni Państwo,", rbody="dziękujemy za zgłoszenie. Poprosiliśmy hotel o wyjaśnienia i odpowiemy w ciągu 14 dni.", rbye="Z wyrazami szacunku"),
    notice=["W dniu {DATE} biuro będzie nieczynne.", "Telefon alarmowy w czasie podróży: {SW}.", "Dokumenty podróży: {MB} · {WEB}"]),
"RU": dict(lang="ru", fl=dict(name="ФИО", family="Фамилия", given="Имя", dob="Дата рождения", pas="Загранпаспорт №", nid="Паспорт (серия, номер)", addr="Адрес", mob="Мобильный", mail="E-mail"),
    req=["Проверь, пожалуйста, всё ли заполнено, прежде чем я отправлю туроператору.", "Сделай краткое резюме в трёх пунктах для планёрки.", "Помоги написать вежливый ответ."],
    dest=["Анталью", "Дубай", "Вьетнам"],
    nw=["Вылет из аэропорта Шереметьево имени Пушкина.", "Надежда на хорошую погоду есть: прогноз обещает солнце.", "Экскурсия к памятнику Петру Первому — в 10:00."],
    chat=["Здравствуйте, {A}, это по брони {REF}", "Здравствуйте! Для визы нужна дата рождения и номер загранпаспорта сына.",
          "{C}, дата рождения {D}, паспорт {P}", "Спасибо. Куда отправить документы для поездки?", "{ADDR}, мой номер {PH}",
          "Отлично. Рейс {FL} вылетает в {TIME}, регистрация закрывается за час."],
    pay=["Хочу оплатить остаток {AMT} по брони {REF}", "Конечно, картой или переводом?", "Карта: {CARD}, срок {EXP}, держатель {NAME}",
         "Оплата прошла. На какую почту отправить чек?", "{E}", "Отправила! — {AF}, {AG}", "Спишите с карты, которая заканчивается на {L4}"],
    canc=dict(subj="Аннуляция брони {REF}", greet="Уважаемые сотрудники {AG}!", body="К сожалению, мы вынуждены отказаться от поездки в {DEST} ({DATE}) для {NAME} и {COMP}.",
              iban="Прошу вернуть предоплату {AMT} на карту {CARD}.", card="Прошу вернуть предоплату {AMT} на карту {CARD}.", bye="С уважением,"),
    compl=dict(subj="Претензия: {HOTEL}, бронь {REF}", greet="Уважаемые сотрудники агентства!", body="Номер не соответствовал оплаченной категории, а {COMP} три ночи спал на раскладушке.",
               ask="Просим вернуть {AMT}.", bye="С уважением,", rgreet="Здравствуйте, {RN}!", rbody="Спасибо за обращение. Мы запросили объяснения у отеля и ответим в течение десяти дней.", rbye="С уважением,"),
    notice=["{DATE} офис не работает.", "Экстренная связь в поездке: {SW}.", "Документы для поездки: {MB} · {WEB}"]),
"GR": dict(lang="el", fl=dict(name="Ονοματεπώνυμο", family="Επώνυμο", given="Όνομα", dob="Ημερομηνία γέννησης", pas="Αρ. διαβατηρίου", nid="Αρ. διαβατηρίου", addr="Διεύθυνση", mob="Κινητό", mail="E-mail"),
    req=["Μπορείς να ελέγξεις αν λείπει κάτι πριν το στείλω στον tour operator;", "Κάνε μου μια σύνοψη σε τρία σημεία για τη σύσκεψη.", "Βοήθησέ με να γράψω μια ευγενική απάντηση."],
    dest=["τη Βιέννη", "τη Λισαβόνα", "την Κωνσταντινούπολη"],
    nw=["Αναχώρηση από τον αερολιμένα «Ελευθέριος Βενιζέλος».", "Ελπίδα να έχει καλό καιρό στην κρουαζιέρα.", "Επίσκεψη στο άγαλμα του Κολοκοτρώνη στο Ναύπλιο."],
    chat=["Καλησπέρα {A}, για την κράτηση {REF}", "Καλησπέρα! Για τη βίζα χρειάζομαι την ημερομηνία γέννησης και τον αριθμό διαβατηρίου του γιου σας.",
          "{C}, γεννήθηκε {D}, διαβατήριο {P}", "Ευχαριστώ. Πού να στείλουμε τα ταξιδιωτικά έγγραφα;", "{ADDR}, το κινητό μου {PH}",
          "Τέλεια. Η πτήση {FL} φεύγει στις {TIME}, το check-in κλείνει μία ώρα πριν."],
    pay=["Θέλω να εξοφλήσω {AMT} για την κράτηση {REF}", "Βεβαίως, με κάρτα ή με έμβασμα;", "Κάρτα: {CARD}, λήξη {EXP}, κάτοχος {NAME}",
         "Η πληρωμή πέρασε. Σε ποιο e-mail να στείλω την απόδειξη;", "{E}", "Στάλθηκε! — {AF}, {AG}", "Χρεώστε την κάρτα που λήγει σε {L4}"],
    canc=dict(subj="Ακύρωση κράτησης {REF}", greet="Αγαπητοί κύριοι,", body="δυστυχώς ακυρώνουμε το ταξίδι για {DEST} ({DATE}) για {NAME} και {COMP}.",
              iban="Παρακαλώ επιστρέψτε την προκαταβολή {AMT} στο IBAN {IBAN}.", card="Παρακαλώ επιστρέψτε την προκαταβολή {AMT} στην κάρτα {CARD}.", bye="Με εκτίμηση,"),
    compl=dict(subj="Παράπονο: {HOTEL}, κράτηση {REF}", greet="Αγαπητοί κύριοι,", body="το δωμάτιο δεν ήταν αυτό που κλείσαμε και {COMP} κοιμήθηκε σε ράντζο.",
               ask="Ζητάμε αποζημίωση {AMT}.", bye="Με εκτίμηση,", rgreet="Αγαπητέ/ή {RN},", rbody="σας ευχαριστούμε για το μήνυμα. Ζητήσαμε εξηγήσεις από το ξενοδοχείο και θα απαντήσουμε μέσα σε δέκα ημέρες.", rbye="Με εκτίμηση,"),
    notice=["Στις {DATE} το γραφείο θα είναι κλειστό.", "Έκτακτη ανάγκη στο ταξίδι: {SW}.", "Ταξιδιωτικά έγγραφα: {MB} · {WEB}"]),
"TR": dict(lang="tr", fl=dict(name="Ad Soyad", family="Soyadı", given="Adı", dob="Doğum tarihi", pas="Pasaport No", nid="T.C. Kimlik No", addr="Adres", mob="Cep telefonu", mail="E-posta"),
    req=["Tur operatörüne göndermeden önce eksik bir şey var mı kontrol eder misin?", "Bunu ekip toplantısı için üç maddede özetle.", "Buna nazik bir cevap yazmama yardım et."],
    dest=["Roma", "Viyana", "Batum"],
    nw=["Dönüş Sabiha Gökçen Havalimanı'na.", "Umut var, hava perşembe açılacakmış.", "Atatürk Kültür Merkezi önünde buluşma."],
    chat=["Merhaba {A}, {REF} rezervasyonu hakkında yazıyorum", "Merhaba! Vize için oğlunuzun doğum tarihi ve pasaport numarası lazım.",
          "{C}, doğum tarihi {D}, pasaport {P}", "Teşekkürler. Seyahat belgelerini hangi adrese gönderelim?", "{ADDR}, cep numaram {PH}",
          "Harika. {FL} sefer sayılı uçuş {TIME}'da kalkıyor, check-in bir saat önce kapanıyor."],
    pay=["{REF} için kalan {AMT} tutarını ödemek istiyorum", "Tabii, kartla mı havaleyle mi?", "Kart: {CARD}, son kullanma {EXP}, kart sahibi {NAME}",
         "Ödeme geçti. Dekontu hangi e-postaya atayım?", "{E}", "Gönderildi! — {AF}, {AG}", "Son dört hanesi {L4} olan kartı kullanın"],
    canc=dict(subj="{REF} rezervasyonunun iptali", greet="Sayın {AG} yetkilileri,", body="maalesef {NAME} ve {COMP} için {DEST} turunu ({DATE}) iptal etmek zorundayız.",
              iban="Kaparo olan {AMT} tutarının {IBAN} numaralı hesaba iadesini rica ederim.", card="Kaparo olan {AMT} tutarının {CARD} numaralı karta iadesini rica ederim.", bye="Saygılarımla,"),
    compl=dict(subj="Şikâyet: {HOTEL}, rezervasyon {REF}", greet="Sayın yetkili,", body="oda rezervasyondaki gibi değildi ve {COMP} üç gece ek yatakta kaldı.",
               ask="{AMT} iade talep ediyoruz.", bye="Saygılarımla,", rgreet="Sayın {RN},", rbody="mesajınız için teşekkür ederiz. Otelden açıklama istedik, on gün içinde dönüş yapacağız.", rbye="Saygılarımızla,"),
    notice=["{DATE} tarihinde ofisimiz kapalıdır.", "Seyahat sırasında acil durum hattı: {SW}.", "Seyahat belgeleri: {MB} · {WEB}"]),
"IL": dict(lang="he", fl=dict(name="שם מלא", family="שם משפחה", given="שם פרטי", dob="תאריך לידה", pas="מספר דרכון", nid="מספר ת\"ז", addr="כתובת", mob="נייד", mail="דוא\"ל"),
    req=["תבדוק בבקשה אם חסר משהו לפני שאני שולחת לספק?", "תסכם את זה בשלוש נקודות לישיבת הצוות.", "תעזור לי לנסח תשובה מנומסת."],
    dest=["רומא", "פראג", "תאילנד"],
    nw=["ההמראה מנמל התעופה בן גוריון בשעה 06:10.", "תקווה שמזג האוויר יחזיק בטיול לגליל.", "מפגש ליד פסל הרצל בכיכר."],
    chat=["היי {A}, לגבי ההזמנה {REF}", "היי! לוויזה חסרים לי תאריך הלידה ומספר הדרכון של הבן.",
          "{C}, נולד ב-{D}, דרכון {P}", "תודה. לאיזו כתובת לשלוח את מסמכי הנסיעה?", "{ADDR}, הנייד שלי {PH}",
          "מעולה. טיסה {FL} ממריאה ב-{TIME}, הצ'ק-אין נסגר שעה לפני."],
    pay=["אני רוצה לשלם את היתרה, {AMT}, על הזמנה {REF}", "בטח, בכרטיס או בהעברה?", "כרטיס: {CARD}, תוקף {EXP}, על שם {NAME}",
         "התשלום עבר. לאיזה מייל לשלוח קבלה?", "{E}", "נשלח! — {AF}, {AG}", "תחייבו את הכרטיס שמסתיים ב-{L4}"],
    canc=dict(subj="ביטול הזמנה {REF}", greet="לצוות {AG} שלום,", body="לצערנו אנו נאלצים לבטל את הנסיעה ל{DEST} ({DATE}) עבור {NAME} ו{COMP}.",
              iban="נא להחזיר את המקדמה בסך {AMT} לחשבון {IBAN}.", card="נא לזכות את המקדמה בסך {AMT} בכרטיס {CARD}.", bye="בברכה,"),
    compl=dict(subj="תלונה: {HOTEL}, הזמנה {REF}", greet="שלום רב,", body="החדר לא היה החדר שהוזמן ו{COMP} ישן שלושה לילות על מיטה מתקפלת.",
               ask="אנו מבקשים החזר של {AMT}.", bye="בברכה,", rgreet="שלום {RN},", rbody="תודה על פנייתך. ביקשנו את התייחסות המלון ונחזור אליך תוך עשרה ימי עסקים.", rbye="בברכה,"),
    notice=["ב-{DATE} המשרד סגור.", "חירום בזמן הנסיעה: {SW}.", "מסמכי נסיעה: {MB} · {WEB}"]),
"EG": dict(lang="ar", fl=dict(name="الاسم بالكامل", family="اسم العائلة", given="الاسم", dob="تاريخ الميلاد", pas="رقم جواز السفر", nid="الرقم القومي", addr="العنوان", mob="الموبايل", mail="البريد الإلكتروني"),
    req=["ممكن تراجع لو في حاجة ناقصة قبل ما أبعته للشركة المنظمة؟", "لخص ده في ثلاث نقاط لاجتماع الفريق.", "ساعدني أكتب رد مهذب على ده."],
    dest=["إسطنبول", "دبي", "كوالالمبور"],
    nw=["الإقلاع من مطار برج العرب الساعة ٧ صباحًا.", "على أمل أن يكون الجو معتدلًا في الرحلة النيلية.", "التجمع أمام تمثال محمد علي."],
    chat=["مساء الخير يا {A}، بخصوص الحجز {REF}", "أهلًا! علشان التأشيرة محتاج تاريخ ميلاد ابنك ورقم جوازه.",
          "{C}، مواليد {D}، جواز {P}", "شكرًا. نبعت أوراق الرحلة على أي عنوان؟", "{ADDR}، ورقمي {PH}",
          "تمام. الطيارة {FL} بتقوم الساعة {TIME}، والكاونتر بيقفل قبلها بساعة."],
    pay=["عايز أدفع باقي المبلغ {AMT} للحجز {REF}", "أكيد، بالكارت ولا تحويل؟", "الكارت: {CARD}، ينتهي {EXP}، باسم {NAME}",
         "الدفع تم. أبعت الإيصال على أي إيميل؟", "{E}", "اتبعت! — {AF}، {AG}", "اسحبوا من الكارت اللي آخره {L4}"],
    canc=dict(subj="إلغاء الحجز {REF}", greet="السادة {AG}،", body="للأسف مضطرين نلغي رحلة {DEST} ({DATE}) لـ{NAME} و{COMP}.",
              iban="برجاء رد العربون {AMT} على الحساب {IBAN}.", card="برجاء رد العربون {AMT} على الكارت {CARD}.", bye="مع خالص الشكر،"),
    compl=dict(subj="شكوى: {HOTEL}، حجز {REF}", greet="السادة المحترمين،", body="الغرفة لم تكن كما في الحجز و{COMP} نام على سرير إضافي طوال الإقامة.",
               ask="نطالب باسترداد {AMT}.", bye="مع التحية،", rgreet="الأستاذ/ة {RN}،", rbody="شكرًا على رسالتك. طلبنا توضيحًا من الفندق وسنرد خلال عشرة أيام عمل.", rbye="مع التحية،"),
    notice=["المكتب مغلق يوم {DATE}.", "للطوارئ أثناء السفر: {SW}.", "أوراق السفر: {MB} · {WEB}"]),
"IN": dict(lang="hi", fl=dict(name="पूरा नाम", family="उपनाम", given="नाम", dob="जन्म तिथि", pas="पासपोर्ट संख्या", nid="पैन", addr="पता", mob="मोबाइल", mail="ईमेल"),
    req=["टूर ऑपरेटर को भेजने से पहले देख लो कुछ छूटा तो नहीं?", "टीम मीटिंग के लिए इसे तीन बिंदुओं में समेट दो।", "इसका एक विनम्र जवाब लिखने में मदद करो।"],
    dest=["दुबई", "सिंगापुर", "बाली"],
    nw=["इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डे से उड़ान।", "आशा है कि मौसम साफ़ रहेगा।", "गेटवे ऑफ़ इंडिया पर सुबह नौ बजे मिलना है।"],
    chat=["नमस्ते {A} जी, बुकिंग {REF} के बारे में", "नमस्ते! वीज़ा के लिए बेटे की जन्म तिथि और पासपोर्ट संख्या चाहिए।",
          "{C}, जन्म {D}, पासपोर्ट {P}", "धन्यवाद। यात्रा के दस्तावेज़ किस पते पर भेजें?", "{ADDR}, मेरा नंबर {PH}",
          "बढ़िया। उड़ान {FL} {TIME} बजे है, चेक-इन एक घंटा पहले बंद होता है।"],
    pay=["बुकिंग {REF} का बाकी {AMT} भरना है", "ज़रूर, कार्ड से या ट्रांसफ़र से?", "कार्ड: {CARD}, वैधता {EXP}, कार्ड पर नाम {NAME}",
         "भुगतान हो गया। रसीद किस ईमेल पर भेजूँ?", "{E}", "भेज दी! — {AF}, {AG}", "पिछली बार वाला {L4} पर ख़त्म होने वाला कार्ड लगा दीजिए"],
    canc=dict(subj="बुकिंग {REF} रद्द करने हेतु", greet="प्रिय {AG} टीम,", body="खेद है कि हमें {NAME} और {COMP} की {DEST} यात्रा ({DATE}) रद्द करनी पड़ रही है।",
              iban="कृपया अग्रिम राशि {AMT} कार्ड {CARD} में लौटा दें।", card="कृपया अग्रिम राशि {AMT} कार्ड {CARD} में लौटा दें।", bye="सादर,"),
    compl=dict(subj="शिकायत: {HOTEL}, बुकिंग {REF}", greet="आदरणीय महोदय,", body="कमरा बुक किए गए कमरे जैसा नहीं था और {COMP} को तीन रातें अतिरिक्त गद्दे पर सोना पड़ा।",
               ask="हम {AMT} की वापसी चाहते हैं।", bye="सादर,", rgreet="प्रिय {RN},", rbody="आपके संदेश के लिए धन्यवाद। हमने होटल से जवाब माँगा है और दस दिनों में संपर्क करेंगे।", rbye="सादर,"),
    notice=["{DATE} को कार्यालय बंद रहेगा।", "यात्रा के दौरान आपात संपर्क: {SW}।", "यात्रा दस्तावेज़: {MB} · {WEB}"]),
"TH": dict(lang="th", fl=dict(name="ชื่อ-นามสกุล", family="นามสกุล", given="ชื่อ", dob="วันเกิด", pas="เลขที่หนังสือเดินทาง", nid="เลขบัตรประชาชน", addr="ที่อยู่", mob="มือถือ", mail="อีเมล"),
    req=["ช่วยเช็กหน่อยว่ามีอะไรขาดไหมก่อนส่งให้บริษัททัวร์", "สรุปเป็นสามข้อสำหรับประชุมทีมให้หน่อย", "ช่วยเขียนคำตอบแบบสุภาพให้หน่อย"],
    dest=["ญี่ปุ่น", "เกาหลี", "ไต้หวัน"],
    nw=["ออกเดินทางจากท่าอากาศยานสุวรรณภูมิ ประตู 4", "ล่องเรือชมแม่น้ำเจ้าพระยายามเย็น", "แวะสักการะพระบรมราชานุสาวรีย์ก่อนเข้าที่พัก"],
    chat=["สวัสดีค่ะคุณ{A} สอบถามเรื่องการจอง {REF}", "สวัสดีค่ะ ทำวีซ่าต้องใช้วันเกิดและเลขพาสปอร์ตของลูกสาวค่ะ",
          "{C} เกิด {D} พาสปอร์ต {P}", "ขอบคุณค่ะ ส่งเอกสารการเดินทางไปที่อยู่ไหนดีคะ", "{ADDR} เบอร์ {PH}",
          "เรียบร้อยค่ะ เที่ยวบิน {FL} ออก {TIME} น. เคาน์เตอร์ปิดก่อนหนึ่งชั่วโมง"],
    pay=["ขอชำระส่วนที่เหลือ {AMT} ของการจอง {REF}", "ได้ค่ะ ชำระด้วยบัตรหรือโอนคะ", "บัตร {CARD} หมดอายุ {EXP} ชื่อบนบัตร {NAME}",
         "ชำระเรียบร้อย ส่งใบเสร็จไปอีเมลไหนคะ", "{E}", "ส่งแล้วค่ะ — {AF}, {AG}", "ใช้บัตรที่ลงท้าย {L4} เหมือนครั้งก่อนได้เลย"],
    canc=dict(subj="ขอยกเลิกการจอง {REF}", greet="เรียน {AG}", body="ขออภัยที่ต้องยกเลิกทริป{DEST} ({DATE}) ของ{NAME}และ{COMP}",
              iban="รบกวนคืนเงินมัดจำ {AMT} เข้าบัตร {CARD}", card="รบกวนคืนเงินมัดจำ {AMT} เข้าบัตร {CARD}", bye="ขอแสดงความนับถือ"),
    compl=dict(subj="ร้องเรียน: {HOTEL} การจอง {REF}", greet="เรียนฝ่ายลูกค้าสัมพันธ์", body="ห้องพักไม่ตรงกับที่จองไว้ และ{COMP}ต้องนอนเตียงเสริมตลอดทริป",
               ask="จึงขอเงินคืน {AMT}", bye="ขอแสดงความนับถือ", rgreet="เรียนคุณ{RN}", rbody="ขอบคุณที่แจ้งเข้ามา เราได้สอบถามโรงแรมแล้วและจะตอบกลับภายในสิบวันทำการ", rbye="ด้วยความเคารพ"),
    notice=["วันที่ {DATE} สำนักงานปิดทำการ", "ติดต่อฉุกเฉินระหว่างเดินทาง: {SW}", "เอกสารการเดินทาง: {MB} · {WEB}"]),
"CN": dict(lang="zh", fl=dict(name="姓名", family="姓", given="名", dob="出生日期", pas="护照号码", nid="身份证号", addr="地址", mob="手机", mail="邮箱"),
    req=["发给地接社之前帮我看看有没有漏填的？", "帮我总结成三条，发到门店群里。", "帮我写一个礼貌的回复。"],
    dest=["日本", "新加坡", "土耳其"],
    nw=["上午参观中山陵，下午自由活动。", "集合地点：鲁迅故里景区南门。", "乘坐和谐号前往杭州东站。"],
    chat=["{A}你好，我问一下订单{REF}", "您好！办签证还需要孩子的出生日期和护照号码。",
          "{C}，出生日期{D}，护照{P}", "谢谢。出团资料寄到哪个地址？", "{ADDR}，电话{PH}",
          "好的。航班{FL}，{TIME}起飞，提前一小时截止值机。"],
    pay=["订单{REF}的尾款{AMT}我现在付", "好的，刷卡还是转账？", "卡号{CARD}，有效期{EXP}，持卡人{NAME}",
         "已收款。发票发到哪个邮箱？", "{E}", "已发送！— {AF}，{AG}", "就用尾号{L4}那张卡吧"],
    canc=dict(subj="关于取消订单{REF}", greet="{AG}：", body="很抱歉，{NAME}和{COMP}的{DEST}行程（{DATE}）需要取消。",
              iban="请将定金{AMT}退回卡号{CARD}。", card="请将定金{AMT}退回卡号{CARD}。", bye="此致"),
    compl=dict(subj="投诉：{HOTEL}，订单{REF}", greet="您好：", body="酒店房型与预订不符，{COMP}连续三晚睡在加床上。",
               ask="要求退还{AMT}。", bye="此致", rgreet="{RN}您好：", rbody="感谢您的反馈。我们已向酒店核实情况，将在十个工作日内答复。", rbye="顺祝商祺"),
    notice=["{DATE}门店暂停营业。", "出行紧急联系电话：{SW}。", "出团资料：{MB} · {WEB}"]),
"JP": dict(lang="ja", fl=dict(name="氏名", family="姓", given="名", dob="生年月日", pas="旅券番号", nid="旅券番号", addr="住所", mob="携帯電話", mail="メール"),
    req=["ツアー会社に送る前に、抜けている項目がないか確認してください。", "朝礼用に三行でまとめてください。", "丁寧な返信を書くのを手伝ってください。"],
    dest=["ハワイ", "台湾", "パリ"],
    nw=["坂本龍馬記念館を見学します。", "集合場所は成田空港第1ターミナルです。", "野口英世記念館は月曜休館です。"],
    chat=["{A}さん、予約{REF}の件です", "こんにちは。ビザ申請のため、お子さまの生年月日と旅券番号をお願いします。",
          "{C}、生年月日{D}、旅券{P}", "ありがとうございます。旅行書類の送付先を教えてください。", "{ADDR}、携帯は{PH}です",
          "承知しました。{FL}便は{TIME}発、チェックインは一時間前までです。"],
    pay=["予約{REF}の残金{AMT}を支払います", "承知しました。カードと振込どちらにしますか？", "カード{CARD}、有効期限{EXP}、名義{NAME}",
         "決済完了です。領収書はどのメールに送りますか？", "{E}", "送信しました。— {AF}、{AG}", "前回と同じ末尾{L4}のカードでお願いします"],
    canc=dict(subj="予約{REF}の取消について", greet="{AG} ご担当者様", body="誠に恐れ入りますが、{NAME}と{COMP}の{DEST}旅行（{DATE}）を取り消します。",
              iban="申込金{AMT}はカード{CARD}へ返金をお願いします。", card="申込金{AMT}はカード{CARD}へ返金をお願いします。", bye="よろしくお願いいたします。"),
    compl=dict(subj="苦情：{HOTEL}（予約{REF}）", greet="ご担当者様", body="予約した部屋と異なり、{COMP}は三泊ともエキストラベッドでした。",
               ask="{AMT}の返金を求めます。", bye="以上、よろしくお願いいたします。", rgreet="{RN}様", rbody="ご連絡ありがとうございます。ホテルに事実確認を行い、十営業日以内にご回答いたします。", rbye="今後ともよろしくお願いいたします。"),
    notice=["{DATE}は店舗休業日です。", "旅行中の緊急連絡先：{SW}", "旅行書類：{MB} · {WEB}"]),
"KR": dict(lang="ko", fl=dict(name="성명", family="성", given="이름", dob="생년월일", pas="여권번호", nid="여권번호", addr="주소", mob="휴대폰", mail="이메일"),
    req=["여행사에 보내기 전에 빠진 항목이 있는지 확인해 줘.", "팀 회의용으로 세 줄 요약해 줘.", "정중한 답장 쓰는 것 좀 도와줘."],
    dest=["다낭", "오사카", "괌"],
    nw=["세종대왕 동상 앞에서 집합합니다.", "이순신 장군 동상 앞에서 단체 사진 촬영.", "인천공항 제1터미널 3층 M카운터 집결."],
    chat=["{A} 님, 예약 {REF} 관련 문의예요", "안녕하세요! 비자 신청에 아드님 생년월일과 여권번호가 필요해요.",
          "{C}, 생년월일 {D}, 여권 {P}", "감사합니다. 여행 서류는 어디로 보내드릴까요?", "{ADDR}, 연락처 {PH}",
          "좋습니다. {FL}편은 {TIME} 출발, 체크인은 한 시간 전 마감입니다."],
    pay=["예약 {REF} 잔금 {AMT} 결제할게요", "네, 카드와 계좌이체 중 어떤 걸로 하시겠어요?", "카드 {CARD}, 유효기간 {EXP}, 명의 {NAME}",
         "결제 완료됐습니다. 영수증은 어느 메일로 보내드릴까요?", "{E}", "발송했습니다! — {AF}, {AG}", "지난번처럼 끝자리 {L4} 카드로 해 주세요"],
    canc=dict(subj="예약 {REF} 취소 요청", greet="{AG} 담당자님께", body="죄송하지만 {NAME}, {COMP}의 {DEST} 여행({DATE})을 취소하려고 합니다.",
              iban="계약금 {AMT}은 카드 {CARD}로 환불 부탁드립니다.", card="계약금 {AMT}은 카드 {CARD}로 환불 부탁드립니다.", bye="감사합니다."),
    compl=dict(subj="불만 접수: {HOTEL}, 예약 {REF}", greet="담당자님께", body="예약한 객실과 달랐고 {COMP}는 사흘 내내 보조 침대에서 잤습니다.",
               ask="{AMT} 환불을 요청합니다.", bye="감사합니다.", rgreet="{RN} 고객님께", rbody="연락 주셔서 감사합니다. 호텔 측에 사실 확인을 요청했으며 열흘 안에 답변드리겠습니다.", rbye="감사합니다."),
    notice=["{DATE}은 휴무입니다.", "여행 중 긴급 연락처: {SW}", "여행 서류: {MB} · {WEB}"]),
"VN": dict(lang="vi", fl=dict(name="Họ và tên", family="Họ", given="Tên", dob="Ngày sinh", pas="Số hộ chiếu", nid="Số CCCD", addr="Địa chỉ", mob="Di động", mail="Email"),
    req=["Kiểm tra giúp em xem còn thiếu gì trước khi gửi cho hãng lữ hành nhé.", "Tóm tắt giúp em thành ba ý cho buổi họp nhóm.", "Giúp em viết một câu trả lời lịch sự."],
    dest=["Nhật Bản", "Hàn Quốc", "Singapore"],
    nw=["Tham quan Lăng Chủ tịch Hồ Chí Minh buổi sáng.", "Tập trung tại sân bay Tân Sơn Nhất, ga quốc tế.", "Dạo phố Trần Hưng Đạo buổi tối."],
    chat=["Chào {A}, anh hỏi về booking {REF}", "Chào anh! Làm visa cần ngày sinh và số hộ chiếu của bé ạ.",
          "{C}, sinh {D}, hộ chiếu {P}", "Cảm ơn anh. Gửi hồ sơ chuyến đi về địa chỉ nào ạ?", "{ADDR}, số của anh {PH}",
          "Dạ xong rồi. Chuyến bay {FL} cất cánh lúc {TIME}, quầy đóng trước một tiếng."],
    pay=["Anh muốn thanh toán nốt {AMT} cho booking {REF}", "Dạ, anh trả bằng thẻ hay chuyển khoản ạ?", "Thẻ {CARD}, hết hạn {EXP}, chủ thẻ {NAME}",
         "Đã thanh toán xong. Em gửi biên lai vào email nào ạ?", "{E}", "Em gửi rồi ạ! — {AF}, {AG}", "Dùng thẻ đuôi {L4} như lần trước nhé"],
    canc=dict(subj="Hủy booking {REF}", greet="Kính gửi {AG},", body="rất tiếc chúng tôi phải hủy chuyến đi {DEST} ({DATE}) của {NAME} và {COMP}.",
              iban="Xin hoàn tiền cọc {AMT} vào thẻ {CARD}.", card="Xin hoàn tiền cọc {AMT} vào thẻ {CARD}.", bye="Trân trọng,"),
    compl=dict(subj="Khiếu nại: {HOTEL}, booking {REF}", greet="Kính gửi bộ phận chăm sóc khách hàng,", body="phòng không đúng loại đã đặt và {COMP} phải ngủ giường phụ suốt chuyến.",
               ask="Chúng tôi đề nghị hoàn lại {AMT}.", bye="Trân trọng,", rgreet="Kính gửi {RN},", rbody="cảm ơn anh/chị đã phản hồi. Chúng tôi đã liên hệ khách sạn và sẽ trả lời trong mười ngày làm việc.", rbye="Trân trọng,"),
    notice=["Ngày {DATE} văn phòng nghỉ.", "Liên hệ khẩn cấp trong chuyến đi: {SW}.", "Hồ sơ chuyến đi: {MB} · {WEB}"]),
}
COUNTRIES = list(LANG)


# ====================================================================== helpers
def fill(frame, **kw):
    out = []
    pos = 0
    for m in re.finditer(r"\{([A-Z0-9]+)\}", frame):
        out.append(frame[pos:m.start()])
        v = kw[m.group(1)]
        out.append(v)
        pos = m.end()
    out.append(frame[pos:])
    return [p for p in out if not (isinstance(p, str) and p == "")]


def wrap(R, cc, body, en=False):
    """Puts a request line in the text's language before or after the paste."""
    reqs = LANG["US" if en and cc != "GB" else ("GB" if en else cc)]["req"]
    q = R.choice(reqs)
    k = R.randint(0, 5)
    if k == 0:
        return [q, "\n\n", body]
    if k == 1:
        return [body, "\n\n", q]
    if k == 2:
        return [q, "\n\"\"\"\n", body, "\n\"\"\""]
    if k == 3:
        return [body, "\n---\n", q]
    if k == 4:
        return [q, "\n```\n", body, "\n```"]
    return ["```\n", body, "\n```\n", q]


# Grammatical gender the per-language frames imply (child in the visa chat,
# companion in complaints, agent and traveller where a frame marks it).
CHILD_F = {"US": False, "GB": True, "DE": False, "FR": True, "ES": False, "IT": True, "NL": False, "BR": True,
           "PL": False, "RU": False, "GR": False, "TR": False, "IL": False, "EG": False, "IN": False, "TH": True,
           "KR": False}
COMP_M = {"RU", "PL", "EG", "IL"}
AGENT_F = {"RU": True, "BR": True, "TH": True}
TRAV_F = {"TH": True, "VN": False}


def stamp_seq(R, n, cc):
    """Rising chat timestamps in the country's layout."""
    d = some_date(R, 2026, 2026)
    h, mi = R.randint(8, 19), R.randint(0, 50)
    out = []
    for _ in range(n):
        mi += R.randint(1, 6)
        if mi >= 60:
            h, mi = h + 1, mi - 60
        if cc == "US":
            out.append("[%d/%d/%02d, %d:%02d %s]" % (d.month, d.day, d.year % 100, (h - 1) % 12 + 1, mi, "AM" if h < 12 else "PM"))
        elif cc in ("CN", "JP", "KR"):
            out.append("[%04d/%02d/%02d %02d:%02d]" % (d.year, d.month, d.day, h, mi))
        else:
            out.append("[%02d.%02d.%02d, %02d:%02d]" % (d.day, d.month, d.year % 100, h, mi))
    return out


def kid_age(R):
    return R.randint(2, 15)


def office_note(R, cc):
    """A name-as-word line of the country's language (look-alike)."""
    return N(R.choice(LANG[cc]["nw"]), "name_as_word")


def dest(R, cc):
    return R.choice(LANG[cc]["dest"])


# ====================================================================== labelled templates
TEMPLATES = []


def tpl(name, count, clean=False):
    def deco(f):
        TEMPLATES.append((name, count, clean, f))
        return f
    return deco


def _split_name(p, fl):
    if p.cc in ("CN", "JP", "KR"):
        return ["%s: " % fl["family"], L("person", p.family), "   %s: " % fl["given"], L("person", p.given)]
    if p.cc == "VN":
        return ["%s: " % fl["family"], L("person", p.family), "   %s: " % fl["given"], L("person", (p.mid + p.given).strip())]
    return ["%s: " % fl["family"], L("person", p.family), "   %s: " % fl["given"], L("person", p.given)]


@tpl("booking_form", 52)
def t_booking(R, cc):
    fl = LANG[cc]["fl"]
    lead, comp, child, agent = people(R, cc, 4, ages=[R.randint(30, 62), R.randint(28, 66), kid_age(R), R.randint(24, 60)])
    abroad = R.random() < 0.12
    lines = ["%s — booking form\n" % AGENCY[cc][0], "Booking ref: ", booking_ref(R), " · Package: ", pkg_code(R), " · ",
             N(R.choice(HUBS[cc]) + "–" + R.choice(FAR), "iata_route"), " ", tdate(R, cc), "\n\nLead passenger\n  "]
    if R.random() < 0.5:
        lines += _split_name(lead, fl)
    else:
        lines += ["%s: " % fl["name"], P(lead)]
    lines += ["\n  %s: " % fl["dob"], DOB(R, lead), "\n  %s: " % fl["nid"], nat_id(R, lead),
              "\n  %s: " % fl["addr"], L("address", address(R, cc)),
              "\n  %s: " % fl["mob"], phone(R, cc, abroad=abroad), "\n  %s: " % fl["mail"], L("email", lead.email(R), sub="personal"),
              "\nCompanions\n  2. ", P(comp), " — %s " % fl["dob"], DOB(R, comp), " — %s: " % fl["pas"],
              L("gov_id", passport_make(R, cc), sub="passport", country=cc),
              "\n  3. ", P(child), " (child, %d) — %s " % (child.age, fl["dob"]), DOB(R, child),
              "\nRoom: ", N(R.choice(ROOMS) + "/" + R.choice(MEALS), "room_code"), " · Fare: ", money(R, cc), " · Deposit paid: ", money(R, cc, 50, 400),
              "\nConsultant: ", Pg(agent), " · ", mailbox(cc, "bookings")]
    if R.random() < 0.35:
        lines += ["\nOffice note: ", office_note(R, cc)]
    return "form", LANG[cc]["lang"], wrap(R, cc, lines)


@tpl("passport_visa", 44)
def t_passport(R, cc):
    fl = LANG[cc]["fl"]
    n = R.choice([1, 2, 2])
    ps = people(R, cc, n + 1)
    contact = ps[-1]
    body = ["PASSPORT & VISA DETAILS — tour ", pkg_code(R), " (", agency_name(cc), ")\n"]
    for i, p in enumerate(ps[:n]):
        iss = some_date(R, 2017, 2025)
        body += ["\nTraveller %d\n  " % (i + 1)] + _split_name(p, fl) + [
            "\n  Nationality: %s" % cc, "\n  %s: " % fl["pas"], L("gov_id", passport_make(R, cc), sub="passport", country=cc),
            "\n  Issued: ", N(iss.isoformat(), "passport_issue"), "   Expires: ", N(iss.replace(year=iss.year + 10).isoformat(), "passport_expiry"),
            "\n  %s: " % fl["dob"], DOB(R, p, R.choice(["num", "name", "apis"])),
            "\n  Visa: ", N(R.choice(["e-Visa", "ETA", "ESTA", "Schengen C", "visa on arrival"]), "visa_type"), ", application ", visa_app(R)]
    body += ["\n\nEmergency contact: ", P(contact), ", ", phone(R, cc)]
    if R.random() < 0.3:
        body += ["\nLeader's note: ", office_note(R, cc)]
    return "form", LANG[cc]["lang"], wrap(R, cc, body)


@tpl("group_pnl", 40)
def t_pnl(R, cc):
    n = R.randint(4, 7)
    ages = [R.randint(22, 80) for _ in range(n + 1)]
    if R.random() < 0.3:
        ages[n - 1] = kid_age(R)
    ps = people(R, cc, n + 1, ages=ages)
    leader = ps[-1]
    fl = flight(R, cc)
    body = ["GROUP PASSENGER NAME LIST  ", group_code(R), "  ", fl, "  ", R.choice(HUBS[cc]), "-", R.choice(FAR), "  ", tdate(R, cc), "\n",
            "NO NAME                          DOB      DOC       NAT  SEAT\n"]
    for i, p in enumerate(ps[:n]):
        nm = p.apis()
        title = "MRS" if p.female else "MR"
        if p.age < 12:
            title = "CHD"
        body += ["%02d " % (i + 1), L("person", nm), " " * max(1, 24 - len(nm)), title.ljust(5), " ",
                 L("dob", dob_str(R, cc, *p.dob, style="apis")), "  ", L("gov_id", passport_make(R, cc), sub="passport", country=cc),
                 "  %s   " % cc, seat(R), "\n"]
    g, f = leader.roman()
    body += ["TL: ", L("person", "%s %s" % (g, f)), " mob ", phone(R, cc, intl=True), "  TKT ", ticket_no(R), " (group ticket)"]
    return "list", "en", wrap(R, cc, body, en=True)


@tpl("invoice", 44)
def t_invoice(R, cc):
    payer, p2 = people(R, cc, 2, ages=[R.randint(30, 70), R.randint(25, 70)])
    d1, d2 = sorted([trip_date(R, cc), trip_date(R, cc)], key=lambda x: re.sub(r"(\d+)[./-](\d+)[./-](\d{4})", r"\3\2\1", x) if cc != "US" else x[6:] + x[:5])
    d1, d2 = N(d1, "travel_date"), N(d2, "travel_date")
    body = ["INVOICE ", invoice_no(R), "\n", agency_name(cc), " · ", agency_addr(cc), " · ", switchboard(cc), "\n\nBill to: ", P(payer), "\n",
            L("address", address(R, cc)), "\n", L("email", payer.email(R), sub="personal"),
            "\n\nBooking ", booking_ref(R), ": ", pkg_code(R), ", ", N("%d nights" % R.randint(3, 14), "nights"), "\nTravellers: ", P(payer), ", ", P(p2),
            "\nDeposit: ", money(R, cc, 100, 600), " (paid ", d1, ")\nBalance due: ", money(R, cc), " by ", d2]
    if cc in IBAN_CC and R.random() < 0.85:
        body += ["\nPayment: direct debit from IBAN ", IBAN(R, cc), ", mandate ", N("MNDT-%08d" % R.randint(1, 99999999), "mandate_ref")]
    else:
        body += ["\nPayment: card on file ", CARD(R, cc), ", expiry ", expiry(R)]
    body += ["\nQueries: ", mailbox(cc, "accounts")]
    return "invoice", LANG[cc]["lang"], wrap(R, cc, body)


@tpl("card_chat", 40)
def t_cardchat(R, cc):
    lg = LANG[cc]
    used = set()
    trav = Person(R, cc, female=TRAV_F.get(cc), used=used)
    agent = Person(R, cc, female=AGENT_F.get(cc), used=used)
    st = stamp_seq(R, 6, cc)
    f = lg["pay"]
    full = R.random() < 0.7
    lines = [
        (trav, fill(f[0], AMT=money(R, cc), REF=booking_ref(R))),
        (agent, fill(f[1])),
        (trav, fill(f[2], CARD=CARD(R, cc), EXP=expiry(R), NAME=P(trav)) if full else fill(f[6], L4=last4(R))),
        (agent, fill(f[3])),
        (trav, fill(f[4], E=L("email", trav.email(R), sub="personal"))),
        (agent, fill(f[5], AF=P(agent), AG=agency_name(cc))),
    ]
    body = []
    for i, (who, txt) in enumerate(lines):
        body += [st[i], " ", Pg(who), ": ", txt, "\n"]
    body[-1] = ""
    return "chat_export", lg["lang"], wrap(R, cc, body)


@tpl("cancellation_letter", 40)
def t_cancel(R, cc):
    lg = LANG[cc]
    c = lg["canc"]
    writer, comp = people(R, cc, 2)
    use_iban = cc in IBAN_CC and "{IBAN}" in c["iban"] and R.random() < 0.75
    body = fill(c["subj"], REF=booking_ref(R)) + ["\n\n"] + fill(c["greet"], AG=agency_name(cc)) + ["\n"] + \
        fill(c["body"], DEST=dest(R, cc), DATE=tdate(R, cc), NAME=P(writer), COMP=P(comp)) + [" "]
    if use_iban:
        body += fill(c["iban"], AMT=money(R, cc, 100, 900), IBAN=IBAN(R, cc))
    elif "{CARD}" in c["card"]:
        body += fill(c["card"], AMT=money(R, cc, 100, 900), CARD=CARD(R, cc))
    body += ["\n\n", c["bye"], "\n", P(writer), "\n", L("address", address(R, cc)), "\n", phone(R, cc, abroad=R.random() < 0.08)]
    return "letter", lg["lang"], wrap(R, cc, body)


@tpl("insurance_claim", 40)
def t_claim(R, cc):
    fl = LANG[cc]["fl"]
    claimant, comp, doc = people(R, cc, 3)
    kind = {"GR": "gr_amka", "KR": "kr_rrn", "IN": "in_aadhaar"}.get(cc)
    body = ["TRAVEL INSURANCE CLAIM — policy ", policy_no(R), "\nTrip: ", booking_ref(R), " to ", N(R.choice(FAR), "iata_code"), ", incident on ", tdate(R, cc),
            "\n\nClaimant / %s: " % fl["name"], P(claimant), "\n%s: " % fl["dob"], DOB(R, claimant),
            "\n%s: " % ({"gr_amka": "ΑΜΚΑ", "kr_rrn": "주민등록번호", "in_aadhaar": "आधार संख्या"}.get(kind) or fl["nid"]), nat_id(R, claimant, kind),
            "\n%s: " % fl["addr"], L("address", address(R, cc)), "\n%s: " % fl["mob"], phone(R, cc, abroad=R.random() < 0.08), "\n%s: " % fl["mail"], L("email", claimant.email(R), sub="personal"),
            "\n\nTravelling companion: ", P(comp), " (", fl["dob"], " ", DOB(R, comp), ")",
            "\nWhat happened: gastroenteritis on day 3, seen by Dr ", P(doc), " at the resort clinic; two excursions missed (", money(R, cc, 40, 300), ").",
            "\nAmount claimed: ", money(R, cc, 200, 2500)]
    if cc in IBAN_CC and R.random() < 0.8:
        body += ["\nPay to IBAN: ", IBAN(R, cc)]
    else:
        body += ["\nRefund to card: ", CARD(R, cc)]
    return "form", LANG[cc]["lang"], wrap(R, cc, body)


@tpl("special_assistance", 40)
def t_ssr(R, cc):
    fl = LANG[cc]["fl"]
    n = R.randint(2, 3)
    ps = people(R, cc, n + 1, ages=[R.randint(70, 88)] + [R.randint(20, 80) for _ in range(n - 1)] + [R.randint(25, 60)])
    agent = ps[-1]
    body = ["To: ", N("groups@" + AGENCY[cc][1], "role_mailbox"), "\nSubject: SSR / meals for ", booking_ref(R), " · ", flight(R, cc), " ", tdate(R, cc),
            "\n\nPlease add the following to the PNR ", pnr(R), ":\n"]
    old = ps[0]
    body += ["- ", P(old), " (", fl["dob"], " ", DOB(R, old), "): ", N(R.choice(SSR[:3]), "ssr_code"), ", travels with own folding wheelchair; carer is ",
             P(ps[1]), ", ", phone(R, cc), "\n"]
    for p in ps[1:n]:
        body += ["- ", P(p), ": ", N(R.choice(DIET), "meal_code"), ", seat ", seat(R), "\n"]
    body += ["\nThanks,\n", P(agent), "\n", agency_name(cc), " · ", switchboard(cc)]
    return "email", LANG[cc]["lang"], wrap(R, cc, body)


# The id hotels record for a domestic group tour (national ids where the
# country's guests register with them; passports abroad).
DOMESTIC_ID = {"ES": "es_dni", "IT": "it_cf", "BR": "br_cpf", "PL": "pl_pesel", "RU": "ru_passport", "TR": "tr_tckn",
               "IL": "il_tz", "EG": "eg_nid", "IN": "in_aadhaar", "TH": "th_id", "CN": "cn_rid", "VN": "vn_cccd",
               "DE": "de_id_card", "GR": "gr_amka", "KR": "kr_rrn"}
DOMESTIC_LABEL = {"IN": "आधार संख्या", "GR": "ΑΜΚΑ", "KR": "주민등록번호", "DE": "Personalausweis-Nr."}


@tpl("rooming_list", 40)
def t_rooming(R, cc):
    fl = LANG[cc]["fl"]
    nrooms = R.randint(2, 4)
    total = 0
    occ = []
    for _ in range(nrooms):
        k = R.choice([1, 2, 2])
        occ.append(k)
        total += k
    ps = people(R, cc, total + 1)
    leader = ps[-1]
    domestic = cc in DOMESTIC_ID and R.random() < 0.5
    body = ["ROOMING LIST — ", hotel(R) if not domestic else "domestic tour", " — ", group_code(R), " — arr. ", tdate(R, cc), " / ", N("%d nights" % R.randint(2, 7), "nights"), "\n",
            "Room | %s | %s | %s\n" % (fl["name"], fl["dob"], DOMESTIC_LABEL.get(cc, fl["nid"]) if domestic else fl["pas"])]
    i = 0
    for k in occ:
        rt = "SGL" if k == 1 else R.choice(["DBL", "TWN"])
        for j in range(k):
            p = ps[i]
            i += 1
            doc = nat_id(R, p, DOMESTIC_ID[cc]) if domestic else L("gov_id", passport_make(R, cc), sub="passport", country=cc)
            body += [N(rt, "room_code") if j == 0 else "   ", " | ", P(p), " | ", DOB(R, p, "num"), " | ", doc, "\n"]
    body += ["Tour leader: ", P(leader), ", ", phone(R, cc, intl=True), " · meals ", N(R.choice(MEALS), "meal_plan")]
    return "list", LANG[cc]["lang"], wrap(R, cc, body)


@tpl("complaint_reply", 40)
def t_complaint(R, cc):
    lg = LANG[cc]
    c = lg["compl"]
    used = set()
    writer = Person(R, cc, used=used)
    comp = Person(R, cc, female=False if cc in COMP_M else None, used=used)
    staff = Person(R, cc, used=used)
    ref = booking_ref(R)
    h = hotel(R)
    letter = fill(c["subj"], HOTEL=h, REF=ref) + ["\n\n", c["greet"].replace("{AG}", AGENCY[cc][0]), "\n"] + fill(c["body"], COMP=P(comp)) + [" "] + \
        fill(c["ask"], AMT=money(R, cc, 100, 1200)) + ["\n", c["bye"], "\n", P(writer), "\n", L("address", address(R, cc)), "\n",
                                                     L("email", writer.email(R), sub="personal")]
    reply = ["\n\n--- reply draft ---\n"] + fill(c["rgreet"], RN=L("person", writer.family) if cc == "JP" else (Pg(writer) if cc == "TH" else P(writer))) + ["\n", c["rbody"], "\n", c["rbye"], "\n", P(staff), "\n",
                                                                                                                       mailbox(cc, "customercare"), " · ", website(cc)]
    if R.random() < 0.5:
        reply[-1:] = [work_email(staff, cc)]
    return "email", lg["lang"], wrap(R, cc, letter + reply)


@tpl("traveller_chat", 48)
def t_chat(R, cc):
    lg = LANG[cc]
    used = set()
    trav = Person(R, cc, female=TRAV_F.get(cc), used=used)
    agent = Person(R, cc, female=AGENT_F.get(cc), used=used)
    child = Person(R, cc, female=CHILD_F.get(cc), age=kid_age(R), used=used)
    st = stamp_seq(R, 6, cc)
    f = lg["chat"]
    abroad = R.random() < 0.1
    lines = [
        (trav, fill(f[0], A=Pg(agent), REF=booking_ref(R))),
        (agent, fill(f[1])),
        (trav, fill(f[2], C=P(child), D=DOB(R, child), P=L("gov_id", passport_make(R, cc), sub="passport", country=cc))),
        (agent, fill(f[3])),
        (trav, fill(f[4], ADDR=L("address", address(R, cc)), PH=phone(R, cc, abroad=abroad))),
        (agent, fill(f[5], FL=flight(R, cc), TIME=hhmm(R))),
    ]
    body = []
    for i, (who, txt) in enumerate(lines):
        body += [st[i], " ", Pg(who), ": ", txt, "\n"]
    body[-1] = ""
    return "chat_export", lg["lang"], wrap(R, cc, body)


@tpl("booking_export", 40)
def t_export(R, cc):
    n = R.randint(2, 3)
    ps = people(R, cc, n)
    if R.random() < 0.55:
        body = ["{\n  \"export\": \"bookings\",\n  \"agency\": \"", agency_name(cc), "\",\n  \"version\": \"", N("4.%d.%d" % (R.randint(0, 9), R.randint(0, 30)), "version"), "\",\n  \"rows\": [\n"]
        for i, p in enumerate(ps):
            g, f = p.roman()
            body += ["    {\"booking\": \"", booking_ref(R), "\", \"pnr\": \"", pnr(R), "\", \"lead\": \"", P(p), "\", \"dateOfBirth\": \"", DOB(R, p, "iso"),
                     "\", \"mobile\": \"", phone(R, cc, intl=True), "\", \"email\": \"", L("email", p.email(R), sub="personal"),
                     "\", \"lastLoginIp\": \"", IP(R, R.random() < 0.15), "\", \"package\": \"", pkg_code(R), "\"}", ",\n" if i < n - 1 else "\n"]
        body += ["  ]\n}"]
        return "json", "en", wrap(R, cc, body, en=True)
    body = ["booking;pnr;lead_passenger;date_of_birth;mobile;email;last_login_ip;package;departure\n"]
    for p in ps:
        body += [booking_ref(R), ";", pnr(R), ";", P(p), ";", DOB(R, p, "iso"), ";", phone(R, cc, intl=True), ";", L("email", p.email(R), sub="personal"), ";",
                 IP(R, R.random() < 0.15), ";", pkg_code(R), ";", N(some_date(R).isoformat(), "travel_date"), "\n"]
    body[-1] = body[-1].rstrip("\n") if isinstance(body[-1], str) else body[-1]
    return "csv", "en", wrap(R, cc, body, en=True)


@tpl("system_env", 44)
def t_env(R, cc):
    owner = people(R, cc, 1)[0]
    dom = AGENCY[cc][1]
    body = ["# booking engine — ", N(dom, "domain"), "\n# owner: ", Pg(owner), " <", work_email(owner, cc), ">\n",
            "APP_ENV=production\nAPP_URL=https://book.", N(dom, "domain"), "\nDB_HOST=", lan_ip(R), "\nDB_USER=booking\nDB_PASSWORD=",
            L("secret", secret_random(R, "password"), sub="password"), "\nGDS_API_KEY=", L("secret", secret_random(R, "hex32"), sub="api_key"),
            "\nTWILIO_API_KEY=", L("secret", secret_random(R, "twilio"), sub="twilio"),
            "\nSENDGRID_API_KEY=", L("secret", secret_random(R, "sendgrid"), sub="sendgrid"),
            "\nAGENT_APP_JWT=", L("secret", secret_random(R, "jwt"), sub="jwt")]
    if R.random() < 0.6:
        body += ["\nSTRIPE_SECRET_KEY=", L("secret", secret_random(R, "stripe"), sub="stripe"), "\nSTRIPE_PUBLISHABLE_KEY=", N("pk_live_" + rnd(R, ALNUM, 24), "publishable_key")]
    if R.random() < 0.4:
        body += ["\nSLACK_WEBHOOK_URL=", L("secret", secret_random(R, "slack_webhook"), sub="slack_webhook")]
    body += ["\nADMIN_ALLOW_IPS=", IP(R), ",", doc_ip(R), "\nKIOSK_SERIAL=", serial(R), "\nSUPPORT_MAIL=", mailbox(cc, "it")]
    return "config", "en", wrap(R, cc, body, en=True)


@tpl("leader_briefing", 48)
def t_brief(R, cc):
    n = R.randint(2, 3)
    ps = people(R, cc, n * 2 + 2)
    guide, driver = ps[0], ps[1]
    body = ["TOUR LEADER BRIEFING — ", group_code(R), " — ", agency_name(cc), "\nGuide: ", P(guide), ", ", phone(R, cc, intl=R.random() < 0.5),
            "\nCoach: ", N(R.choice(["Setra S 516 HD", "Neoplan Tourliner", "Irizar i6", "Yutong ZK6122"]), "coach_model"), ", driver ", P(driver), ", ", phone(R, cc),
            "\nHotels: ", hotel(R), " (", N(R.choice(ROOMS), "room_code"), "), ", hotel_code(R), "\n\nParticipants needing attention:\n"]
    for i in range(n):
        p, ec = ps[2 + 2 * i], ps[3 + 2 * i]
        body += ["- ", P(p), ", ", DOB(R, p), ": ", N(R.choice(DIET), "meal_code"), "; emergency contact ", P(ec), " ", phone(R, cc), "\n"]
    body += ["Meeting point: ", eponym(R), ", ", hhmm(R)]
    return "list", LANG[cc]["lang"], wrap(R, cc, body)


# ====================================================================== clean templates
@tpl("itinerary", 40, clean=True)
def c_itinerary(R, cc):
    days = R.randint(3, 5)
    body = ["ITINERARY ", pkg_code(R), " — ", agency_name(cc), "\n"]
    for d in range(1, days + 1):
        body += ["Day %d: " % d]
        k = R.randint(0, 3)
        if k == 0:
            body += ["flight ", flight(R, cc), " ", R.choice(HUBS[cc]), "–", R.choice(FAR), " dep ", hhmm(R), ", seat block ", seat(R), "–", seat(R)]
        elif k == 1:
            body += ["check-in at ", hotel(R), " (", hotel_code(R), "), ", N(R.choice(MEALS), "meal_plan")]
        elif k == 2:
            body += ["cruise on the ", ship(R), ", boarding ", hhmm(R)]
        else:
            body += ["transfer from ", eponym(R), ", ", hhmm(R)]
        body += ["\n"]
    body += ["Price per person: ", money(R, cc), " · single supplement ", money(R, cc, 60, 400)]
    if R.random() < 0.5:
        body += ["\n", office_note(R, cc)]
    return "list", LANG[cc]["lang"], wrap(R, cc, body)


@tpl("agency_notice", 40, clean=True)
def c_notice(R, cc):
    lg = LANG[cc]
    nt = lg["notice"]
    body = [agency_name(cc), "\n"] + fill(nt[0], DATE=tdate(R, cc)) + ["\n"] + fill(nt[1], SW=switchboard(cc)) + ["\n"] + \
        fill(nt[2], MB=mailbox(cc, R.choice(["info", "documents", "service"])), WEB=website(cc)) + ["\n", agency_addr(cc)]
    if R.random() < 0.6:
        body += ["\n", office_note(R, cc)]
    return "notice", lg["lang"], wrap(R, cc, body)


@tpl("price_list", 40, clean=True)
def c_prices(R, cc):
    body = ["PACKAGES ", N(str(R.randint(2026, 2027)), "year"), " — ", agency_name(cc), "\ncode | destination | nights | from\n"]
    for _ in range(R.randint(3, 6)):
        body += [pkg_code(R), " | ", N(R.choice(FAR), "iata_code"), " | ", N(str(R.randint(3, 14)), "nights"), " | ", money(R, cc), "\n"]
    body += ["Bookings: ", switchboard(cc), " · ", mailbox(cc, "bookings"), " · ", website(cc), "\n", agency_addr(cc)]
    return "list", LANG[cc]["lang"], wrap(R, cc, body)


@tpl("engine_log", 40, clean=True)
def c_log(R, cc):
    body = []
    day = some_date(R, 2026, 2026)
    t = R.randint(0, 60000)
    for _ in range(R.randint(5, 8)):
        t += R.randint(1, 90)
        ts = "%sT%02d:%02d:%02dZ" % (day.isoformat(), (t // 3600) % 24, (t // 60) % 60, t % 60)
        k = R.randint(0, 4)
        body += [N(ts, "timestamp"), " "]
        if k == 0:
            body += ["INFO  avail ", R.choice(HUBS[cc]), "-", R.choice(FAR), " ", flight(R, cc), " fare ", money(R, cc), " pnr=", pnr(R)]
        elif k == 1:
            body += ["WARN  gds timeout host=", lan_ip(R), " retry=", N(str(R.randint(1, 3)), "count")]
        elif k == 2:
            body += ["INFO  ticket issued ", ticket_no(R), " seat=", seat(R)]
        elif k == 3:
            body += ["DEBUG webhook from ", doc_ip(R), " device=", serial(R)]
        else:
            body += ["INFO  hotel ", hotel_code(R), " rate ", money(R, cc), " booking=", booking_ref(R)]
        body += ["\n"]
    body[-1] = ""
    return "log", "en", wrap(R, cc, body, en=True)


@tpl("checkout_uat", 40, clean=True)
def c_uat(R, cc):
    body = ["Checkout UAT — build ", N("%d.%d.%d" % (R.randint(3, 6), R.randint(0, 20), R.randint(0, 99)), "version"), "\n- Approve: ", test_card(R), ", exp ", expiry(R),
            "\n- Decline case: 4000 0000 0000 0002 (test)", "\n- Luhn fail on purpose: ", N("4539 1488 0343 6468", "luhn_fail"),
            "\n- Masked on receipt: ", masked_card(R), "\n- Test traveller: test.traveller@example.com, +00 000 000 000",
            "\n- Keys: STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}, TWILIO=<twilio-api-key>, sk_test_xxxxxxxx, DB password changeme",
            "\n- Webhook source ", doc_ip(R), ", staging DB ", lan_ip(R), "\n- Slot: ", tdate(R, cc), " ", hhmm(R)]
    if R.random() < 0.6:
        body += ["\n- ", N(R.choice(LANG["GB"]["nw"]), "name_as_word")]
    return "list", "en", wrap(R, cc, body, en=True)


# ====================================================================== rules
EXEMPT_WORDS = {"van", "de", "ter", "Văn", "Thị"}


def _is_latin(w):
    return all(ord(c) < 0x370 or 0x1E00 <= ord(c) <= 0x1EFF for c in w)


def _name_words():
    latin, other = set(), set()
    for cc, (m, f, fam) in NAMES.items():
        for grp in (m, f, fam):
            for e in grp.split():
                native, _, roman = e.partition("|")
                ws = [w for part in native.split("/") for w in part.split("_")]
                if roman:
                    ws.append(roman)
                    if cc in ("RU",):
                        ws.append(roman + "a")
                    if cc == "GR" and grp is fam:
                        ws.append(_roman_family_f("GR", roman))
                for w in ws:
                    if w in EXEMPT_WORDS:
                        continue
                    if _is_latin(w):
                        latin.add(w)
                    elif len(w) >= 2:
                        other.add(w)
    return latin, other


LATIN_NW, OTHER_NW = _name_words()
TEST_CARD_DIGITS = {re.sub(r"\D", "", c) for c in TEST_CARDS} | {"4000000000000002"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
IPV6_RE = re.compile(r"(?<![0-9A-Fa-f:])([0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![0-9A-Fa-f:])")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{1,4}){3,8})\b")
AGENCY_DOMAINS = {a[1] for a in AGENCY.values()}


def masked(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x00"
    return "".join(t)


def label_problem(sp):
    t, v = sp["type"], sp["value"]
    if t == "gov_id" and not gov_ok(sp):
        return "gov_id check"
    if t == "iban" and not iban_ok(v):
        return "iban check"
    if t == "card":
        d = re.sub(r"\D", "", v)
        if not (13 <= len(d) <= 19 and luhn_ok(d)) or d in TEST_CARD_DIGITS:
            return "card check"
    if t == "email":
        if not EMAIL_RE.fullmatch(v) or re.search(r"@(.*\.)?example\.", v):
            return "email format"
    if t == "ip":
        try:
            if not ipaddress.ip_address(v).is_global:
                return "ip not global"
        except ValueError:
            return "ip format"
    return None


def luhn_runs(s):
    """Digit runs of 13-19 digits, contiguous or digit groups joined by one separator."""
    out = []
    for m in re.finditer(r"\d+(?:[ \-.\u00a0\u202f]\d+)*", s):
        groups = re.split(r"[ \-.\u00a0\u202f]", m.group(0))
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += groups[j]
                if len(acc) > 19:
                    break
                if 13 <= len(acc) <= 19:
                    out.append(acc)
    return out


def person_words(v):
    ws = {w for w in re.split(r"[\s/]+", v) if len(w) >= 2 and w not in EXEMPT_WORDS}
    ws |= {w for w in OTHER_NW if w in v}
    return ws


def rule_problems(rec, clean):
    probs = []
    try:
        check_record(rec)
    except AssertionError as e:
        return ["check_record"]
    for sp in rec["spans"]:
        p = label_problem(sp)
        if p:
            probs.append(p)
    m = masked(rec)
    for em in EMAIL_RE.findall(m):
        dom = em.split("@")[1]
        if dom not in AGENCY_DOMAINS and not re.match(r"(.*\.)?example\.", dom):
            probs.append("email outside label: " + em)
    for ip in IPV4_RE.findall(m):
        try:
            if ipaddress.ip_address(ip).is_global:
                probs.append("global ip outside label: " + ip)
        except ValueError:
            pass
    for ip in IPV6_RE.findall(m):
        try:
            if ipaddress.ip_address(ip).is_global:
                probs.append("global ipv6 outside label: " + ip)
        except ValueError:
            pass
    for run in luhn_runs(m):
        if len(set(run)) > 1 and run not in TEST_CARD_DIGITS and luhn_ok(run):
            probs.append("luhn run outside label: " + run)
    for cand in IBAN_RE.findall(m):
        if iban_ok(cand):
            probs.append("iban outside label: " + cand)
    for w in re.findall(r"\w+", m):
        if w in LATIN_NW:
            probs.append("name word outside label: " + w)
    for w in OTHER_NW:
        if w in m:
            probs.append("name word outside label: " + w)
    n = len(rec["text"])
    if not 120 <= n <= 2500:
        probs.append("length %d" % n)
    if clean and rec["spans"]:
        probs.append("clean with labels")
    if not clean and not rec["spans"]:
        probs.append("labelled without labels")
    pw = [person_words(sp["value"]) for sp in rec["spans"] if sp["type"] == "person"]
    for i in range(len(pw)):
        for j in range(i + 1, len(pw)):
            a, b = pw[i], pw[j]
            if a & b and not (a <= b or b <= a):
                probs.append("people share a name word: %s" % sorted(a & b))
    return probs


# ====================================================================== generation
def candidates():
    out = []
    for ti, (name, count, clean, f) in enumerate(TEMPLATES):
        for i in range(3 * count + 6):
            cc = COUNTRIES[(i + 5 * ti) % len(COUNTRIES)]
            R = random.Random("%d:%s:%d" % (SEED, name, i))
            form, lang, parts = f(R, cc)
            rec = build("", form, lang, parts)
            out.append((name, count, clean, cc, rec))
    return out


def generate(report=None):
    cands = candidates()
    items = []
    for c in cands:
        for sp in c[4]["spans"]:
            if sp["type"] == "phone":
                items.append(phone_pv_item(sp))
    bad = pv_check(items)
    if bad is None:
        sys.exit("pv helper /tmp/pv/pv is missing")
    bad_set = {tuple(b.split("\t")[1:4]) for b in bad}
    kept, seen = [], set()
    taken = Counter()
    drops = []
    for name, count, clean, cc, rec in cands:
        if taken[name] >= count:
            continue
        probs = rule_problems(rec, clean)
        for sp in rec["spans"]:
            if sp["type"] == "phone" and phone_pv_item(sp) in bad_set:
                probs.append("pv rejects " + sp["value"])
        if rec["text"] in seen:
            probs.append("repeated text")
        if probs:
            drops.append((name, cc, probs))
            continue
        seen.add(rec["text"])
        taken[name] += 1
        kept.append((name, cc, rec))
    for name, count, clean, f in TEMPLATES:
        assert taken[name] == count, (name, taken[name], count)
    random.Random(SHUFFLE_SEED).shuffle(kept)
    recs = []
    for i, (name, cc, rec) in enumerate(kept):
        r = {"id": "%s%05d" % (PREFIX, i)}
        r.update({k: v for k, v in rec.items() if k != "id"})
        recs.append(r)
    if report is not None:
        report["drops"] = drops
        report["meta"] = [(name, cc) for name, cc, _ in kept]
    return recs


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def check():
    with open(OUT, encoding="utf-8") as fh:
        data = fh.read()
    recs = [json.loads(ln) for ln in data.splitlines()]
    rep = {}
    regen = generate(rep)
    clean_tpl = {name for name, count, clean, f in TEMPLATES if clean}
    probs = 0
    if dump(regen) != data:
        print("PROBLEM regeneration differs from the file")
        probs += 1
    items = []
    nclean = 0
    for r, (name, cc) in zip(recs, rep["meta"]):
        clean = name in clean_tpl
        nclean += clean
        for p in rule_problems(r, clean):
            print("PROBLEM", r["id"], p)
            probs += 1
        for sp in r["spans"]:
            if sp["type"] == "phone":
                items.append(phone_pv_item(sp))
    bad = pv_check(items)
    if bad is None:
        print("PROBLEM pv helper missing")
        probs += 1
    else:
        for b in bad:
            print("PROBLEM pv", b)
            probs += 1
    if len(recs) != 800 or nclean != 200 or sum(1 for r in recs if not r["spans"]) != 200:
        print("PROBLEM split %d records, %d clean" % (len(recs), nclean))
        probs += 1
    if len({r["text"] for r in recs}) != len(recs):
        print("PROBLEM repeated text")
        probs += 1
    print("%d records, %d labelled, %d clean, %d labels, %d phones valid with pv; every checksum, format and rule re-verified; regeneration byte-identical: %s" % (
        len(recs), len(recs) - nclean, nclean, sum(len(r["spans"]) for r in recs), len(items), "OK" if probs == 0 else "%d problems" % probs))
    return probs == 0


def stats():
    rep = {}
    recs = generate(rep)
    types = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if not r["spans"]), sum(types.values())))
    print("types:", ", ".join("%s %d" % kv for kv in types.most_common()))
    print("forms:", ", ".join("%s %d" % kv for kv in Counter(r["form"] for r in recs).most_common()))
    print("langs:", ", ".join("%s %d" % kv for kv in Counter(r["lang"] for r in recs).most_common()))
    print("templates:", ", ".join("%s %d" % kv for kv in Counter(n for n, _ in rep["meta"]).items()))
    print("countries (labelled):", ", ".join("%s %d" % kv for kv in Counter(cc for (n, cc), r in zip(rep["meta"], recs) if r["spans"]).most_common()))
    subs = Counter((sp["type"], sp.get("sub")) for r in recs for sp in r["spans"] if sp["type"] in ("gov_id", "card", "secret", "email", "ip"))
    print("subs:", ", ".join("%s/%s %d" % (t, s, n) for (t, s), n in sorted(subs.items())))
    ph = [sp for r in recs for sp in r["spans"] if sp["type"] == "phone"]
    print("phones: %d, +CC %d, other plan %d (%s)" % (len(ph), sum(1 for sp in ph if sp["value"].startswith("+")), sum(1 for sp in ph if "plan" in sp),
                                                   ", ".join("%s %d" % kv for kv in Counter(sp["plan"] for sp in ph if "plan" in sp).most_common())))
    print("ibans by country:", ", ".join("%s %d" % kv for kv in Counter(sp["country"] for r in recs for sp in r["spans"] if sp["type"] == "iban").most_common()))
    lens = sorted(len(r["text"]) for r in recs)
    print("text length %d..%d, median %d" % (lens[0], lens[-1], lens[len(lens) // 2]))
    print("neg tags (%d):" % len({t for r in recs for t in r.get("neg", [])}), ", ".join("%s %d" % kv for kv in Counter(t for r in recs for t in r.get("neg", [])).most_common()))
    print("distinct person values:", len({sp["value"] for r in recs for sp in r["spans"] if sp["type"] == "person"}))
    print("labels across a line break:", sum(1 for r in recs for sp in r["spans"] if "\n" in sp["value"] and sp["type"] != "secret"))
    print("dropped candidates in the kept range:", len(rep["drops"]))
    for d in Counter((n, p.split(":")[0]) for n, cc, ps in rep["drops"] for p in ps).most_common():
        print("  ", d)


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    if "--stats" in sys.argv:
        stats()
        return
    recs = generate()
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(dump(recs))
    print("wrote %s: %d records" % (OUT, len(recs)))
    sys.exit(0 if check() else 1)


if __name__ == "__main__":
    main()
