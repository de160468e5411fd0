#!/usr/bin/python3
"""Held-out part 66 of the redaction corpus (heldout66.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections to the end of the part 3 section,
the part 65 section in full as the model, every part's theme line, and the
lines that searches for a few theme words turned up: part 23's decisions
on named doctors, nurses and carers, care homes and national health ids,
parts 25 and 29 on key-safe codes, part 29 on ОМС numbers, parts 57 and
58 on rooms and wings named after long-dead people, parts 28, 34 and 56
on attorneys-in-fact and next of kin), lines 1-100 of gen_heldout33.py
and its function `pv_check`, and, outside the repository, the source of
the phone validator /tmp/pv/pv.cc (run only through `pv_check`); not the
redactor, its docs, its tests, the other generators' bodies or any .jsonl
data file other than its own output. It ran no project binary, no make,
no cmake/ctest and no git command, and it did not score this file.
Started 15:34:38 UTC on 2026-12-06 (`date -u`); the end time is in
heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 33's header.

Theme: CARE HOMES, NURSING HOMES AND HOME-CARE AGENCIES FROM THE STAFF
SIDE. What care-home managers, nurses, care coordinators, home-care
schedulers, agency office staff and their IT support paste into an
assistant, from 20 countries in 19 languages: admission and
pre-assessment forms (resident, next of kin and attorney), care notes,
visit rotas, medication administration records, incident and
safeguarding reports, visiting bookings, fee invoices and direct-debit
mandates, card payments from relatives typed into chats, GP and pharmacy
liaison letters, handovers, chats with families, home-care client
assessments, care-management exports (JSON, CSV) and `.env` files; and
clean home notices, fee schedules, nurse-call logs, payment UAT notes and
inspection summaries. Hard negatives of the theme everywhere: room and
bed numbers, care-plan and incident references, medication names and
doses, visit times, fees, the homes', agencies', surgeries' and
pharmacies' own addresses, switchboards, websites and role mailboxes,
regulator citations, call-bell and hoist serials, private and
documentation IPs, test cards, and wings, lounges and care models named
after people.

Every name, street, town, organisation, frame sentence, request, template
and look-alike here was written by hand for this part. Deterministic
(seed 660613, shuffle seed 660614; each candidate seeded by the string
"seed:template:index").

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout66.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout66.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout66.py --stats   # counts
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
                       iban_random, group, ssn_random, ssn_valid, nhs_random, nhs_ok,
                       nir_random, nir_ok, dni_random, DNI_LETTERS, nie_random, nie_ok,
                       cf_make, cf_check, bsn_random, bsn_ok, aadhaar_random,
                       verhoeff_ok, cpf_random, cpf_ok, card_random, card_grouping,
                       split_groups, MONTHS, PLANS, digits, nz, secret_random, rnd,
                       ALNUM)

SEED = 660613
SHUFFLE_SEED = 660614
OUT = os.path.join(HERE, "heldout66.jsonl")
PREFIX = "heldout-bn-"


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ====================================================================== checks
# Written for this part (format specifications of each id).

def kvnr_check(letter, d8):
    """German Krankenversichertennummer: letter as 01-26, then 8 digits;
    weights 1,2 alternating, digit sums of the products, mod 10."""
    s = "%02d" % (ord(letter) - 64) + d8
    t = 0
    for i, c in enumerate(s):
        p = int(c) * (1 if i % 2 == 0 else 2)
        t += p // 10 + p % 10
    return str(t % 10)


def kvnr_random(R):
    letter = R.choice(string.ascii_uppercase)
    d8 = nz(R, 8)
    return letter + d8 + kvnr_check(letter, d8)


def kvnr_ok(s):
    return bool(re.fullmatch(r"[A-Z]\d{9}", s)) and kvnr_check(s[0], s[1:9]) == s[9]


def cns_ok(s):
    """Brazilian Cartão Nacional de Saúde: 15 digits, weights 15..1, mod 11 == 0."""
    return bool(re.fullmatch(r"[1-2789]\d{14}", s)) and sum(int(c) * (15 - i) for i, c in enumerate(s)) % 11 == 0


def cns_random(R):
    while True:
        body = R.choice("789") + digits(R, 13)
        t = sum(int(c) * (15 - i) for i, c in enumerate(body))
        last = (-t) % 11
        if last < 10:
            return body + str(last)


def pesel_make(y, m, d, female, R):
    mm = m + {18: 80, 19: 0, 20: 20}[y // 100]
    body = "%02d%02d%02d" % (y % 100, mm, d) + digits(R, 3)
    sx = R.choice("02468" if female else "13579")
    body += sx
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10
    return body + str(c)


def pesel_ok(s):
    if not re.fullmatch(r"\d{11}", s):
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10 == int(s[10])


def snils_check(d9):
    t = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if t < 100:
        return "%02d" % t
    if t in (100, 101):
        return "00"
    r = t % 101
    return "00" if r in (100, 101) else "%02d" % r


def snils_random(R):
    while True:
        d9 = digits(R, 9)
        if int(d9) > 1001998 and not re.search(r"(\d)\1\1", d9):
            return d9 + snils_check(d9)


def snils_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 11 and snils_check(d[:9]) == d[9:]


def amka_make(dob, R):
    return luhn_complete(dob.strftime("%d%m%y") + digits(R, 4))


def amka_ok(s):
    return bool(re.fullmatch(r"\d{11}", s)) and luhn_ok(s)


def tckn_random(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d)) + str(d10) + str(d11)


def tckn_ok(s):
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    d = [int(c) for c in s]
    return ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 == d[9] and sum(d[:10]) % 10 == d[10]


def tz_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    t = 0
    for i, c in enumerate(s):
        p = int(c) * (1 if i % 2 == 0 else 2)
        t += p // 10 + p % 10
    return t % 10 == 0


def tz_random(R):
    while True:
        body = R.choice("0123") + digits(R, 7)
        for c in "0123456789":
            if tz_ok(body + c):
                return body + c


def egid_make(dob, female, R):
    """Egyptian national id by its structure: century (2 = 1900s, 3 =
    2000s), yymmdd, governorate code, 3-digit sequence, sex digit (odd
    male), a final digit."""
    gov = R.choice(["01", "02", "03", "04", "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "22", "23", "24", "25", "26", "27", "28", "29", "31", "32", "33", "34", "35"])
    c = "2" if dob.year < 2000 else "3"
    return c + dob.strftime("%y%m%d") + gov + digits(R, 3) + R.choice("02468" if female else "13579") + R.choice("123456789")


def egid_ok(s):
    if not re.fullmatch(r"[23]\d{13}", s):
        return False
    try:
        datetime.date((1900 if s[0] == "2" else 2000) + int(s[1:3]), int(s[3:5]), int(s[5:7]))
    except ValueError:
        return False
    return True


def thid_random(R):
    body = R.choice("12358") + digits(R, 11)
    c = (11 - sum(int(a) * (13 - i) for i, a in enumerate(body)) % 11) % 10
    return body + str(c)


def thid_ok(s):
    s = re.sub(r"[ -]", "", s)
    return bool(re.fullmatch(r"[1-8]\d{12}", s)) and (11 - sum(int(a) * (13 - i) for i, a in enumerate(s[:12])) % 11) % 10 == int(s[12])


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cnid_make(dob, female, R):
    area = R.choice(["330502", "320302", "370203", "420106", "610113", "510107", "350102", "440306"])
    seq = digits(R, 2) + R.choice("02468" if female else "13579")
    body = area + dob.strftime("%Y%m%d") + seq
    return body + "10X98765432"[sum(int(a) * w for a, w in zip(body, CN_W)) % 11]


def cnid_ok(s):
    return bool(re.fullmatch(r"\d{17}[\dX]", s)) and "10X98765432"[sum(int(a) * w for a, w in zip(s[:17], CN_W)) % 11] == s[17]


def mynumber_random(R):
    body = digits(R, 11)
    w = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(a) * b for a, b in zip(body, w)) % 11
    return body + str(0 if r <= 1 else 11 - r)


def mynumber_ok(s):
    s = re.sub(r"\s", "", s)
    if not re.fullmatch(r"\d{12}", s):
        return False
    w = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(a) * b for a, b in zip(s[:11], w)) % 11
    return int(s[11]) == (0 if r <= 1 else 11 - r)


def rrn_make(dob, female, R):
    sx = {(False, 19): "1", (True, 19): "2", (False, 20): "3", (True, 20): "4"}[(female, dob.year // 100)]
    body = dob.strftime("%y%m%d") + sx + digits(R, 5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10
    return body + str(c)


def rrn_ok(s):
    s = s.replace("-", "")
    if not re.fullmatch(r"\d{13}", s):
        return False
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10 == int(s[12])


def cccd_make(dob, female, R):
    prov = R.choice(["001", "031", "036", "038", "040", "046", "048", "079", "092", "096"])
    cent = {(False, 19): "0", (True, 19): "1", (False, 20): "2", (True, 20): "3"}[(female, dob.year // 100)]
    return prov + cent + dob.strftime("%y") + digits(R, 6)


def cccd_ok(s):
    return bool(re.fullmatch(r"0\d{2}[0-3]\d{8}", s))


def cf_ok(s):
    return bool(re.fullmatch(r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s)) and cf_check(s[:15]) == s[15]


def dni_ok(s):
    return bool(re.fullmatch(r"\d{8}[A-Z]", s)) and DNI_LETTERS[int(s[:8]) % 23] == s[8]


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", s)
    return bool(m) and ssn_valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def nir_ok2(s):
    d = s.replace(" ", "")
    return len(d) == 15 and nir_ok(d[:13], d[13:])


PASSPORT_FMT = {
    "US": lambda R: R.choice("5678") + digits(R, 8),
    "GB": lambda R: R.choice("12345") + digits(R, 8),
    "DE": lambda R: "C" + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
    "FR": lambda R: "%02d" % R.randint(10, 24) + rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + digits(R, 5),
    "ES": lambda R: rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 3) + digits(R, 6),
    "IT": lambda R: rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + digits(R, 7),
    "NL": lambda R: rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + R.choice("0123456789"),
    "BR": lambda R: rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + digits(R, 6),
    "PL": lambda R: rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + digits(R, 7),
    "RU": lambda R: "7" + R.choice("0123456789") + " " + digits(R, 7),
    "GR": lambda R: rnd(R, "ABEHIKMNOPTXYZ", 2) + digits(R, 7),
    "TR": lambda R: "U" + digits(R, 8),
    "IL": lambda R: R.choice("23") + digits(R, 7),
    "EG": lambda R: "A" + digits(R, 8),
    "IN": lambda R: R.choice("JKLMNPRSTUVWZ") + digits(R, 7),
    "TH": lambda R: rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2) + digits(R, 7),
    "CN": lambda R: "E" + R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(R, 7),
    "JP": lambda R: R.choice(["TR", "TK", "TZ", "MZ"]) + digits(R, 7),
    "KR": lambda R: "M" + digits(R, 3) + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(R, 4),
    "VN": lambda R: R.choice("BCKN") + digits(R, 7),
}
PASSPORT_RE = {
    "US": r"\d{9}", "GB": r"\d{9}", "DE": r"C[CFGHJKLMNPRTVWXYZ0-9]{8}", "FR": r"\d{2}[A-Z]{2}\d{5}",
    "ES": r"[A-Z]{3}\d{6}", "IT": r"[A-Z]{2}\d{7}", "NL": r"[A-Z]{2}[A-Z0-9]{6}\d", "BR": r"[A-Z]{2}\d{6}",
    "PL": r"[A-Z]{2}\d{7}", "RU": r"\d{2} \d{7}", "GR": r"[A-Z]{2}\d{7}", "TR": r"U\d{8}", "IL": r"\d{8}",
    "EG": r"A\d{8}", "IN": r"[A-Z]\d{7}", "TH": r"[A-Z]{2}\d{7}", "CN": r"E[A-Z]\d{7}", "JP": r"[A-Z]{2}\d{7}",
    "KR": r"M\d{3}[A-Z]\d{4}", "VN": r"[A-Z]\d{7}",
}

# IBAN registry entries not in corpuslib (SWIFT registry): EG 29, IL 23.
IBAN_SPEC_X = dict(IBAN_SPEC)
IBAN_SPEC_X.update({"EG": "4n4n17n", "IL": "3n3n13n"})
IBAN_LEN_X = dict(IBAN_LEN)
IBAN_LEN_X.update({"EG": 29, "IL": 23})


def iban_any(R, cc):
    if cc == "TR":  # bank code, reserved 0, 16-digit account (all digits in practice)
        return iban_make("TR", digits(R, 5) + "0" + digits(R, 16))
    if cc in IBAN_SPEC:
        return iban_random(R, cc)
    n = {"EG": 25, "IL": 19}[cc]
    return iban_make(cc, digits(R, n))


def iban_ok(s):
    c = re.sub(r"[\s\u00a0\u202f-]", "", s).upper()
    return len(c) > 4 and IBAN_LEN_X.get(c[:2]) == len(c) and iban_mod97(c) == 1


# ====================================================================== names
# "native|roman" where the script is not Latin (roman forms for e-mail local
# parts only); family names "masculine/feminine" where the language has
# female surname forms (PL, RU, GR).
NAMES = {
    "US": ("Verlin Orval Merritt Thurman Elwood Loyd Burl Emmett Lyndell Orrin Delbert Ancil",
           "Velma Bernadine Ardith Iola Zelma Orpha Lavonne Twila Nadine Mavis Leola Theda",
           "Ratliff Weatherford Bledsoe Runyon Tibbetts McWhorter Haskins Sudderth Pettiford Hollifield Blevins Poteet Faircloth Swofford"),
    "GB": ("Aneurin Ewart Osbert Dunstan Fergus Wilfred Horace Ivor Selwyn Cedric Quentin",
           "Hermione Wilhelmina Peony Araminta Gwendolen Henrietta Winifred Morwenna Bryony Verity Blodwen Myfanwy",
           "Heseltine Sidebottom Pilbeam Goodbody Lumb Applegarth Earnshaw Uttley Crabtree Ogden Cowgill Dewhurst Kershaw Nuttall"),
    "DE": ("Hartmut Volkmar Leberecht Friedemann Alwin Waldemar Theobald Bernward Degenhard Fridolin Guntram Traugott",
           "Gudrun Liselotte Waltraud Friederike Adelgund Erdmuthe Jutta Mathilde Reinhilde Theodolinde Ursel Wendeline",
           "Quadflieg Ziegenbalg Brettschneider Hutzelmann Ohlendorf Pfisterer Schwertfeger Tiedemann Zumbusch Ellerbrock Gansäuer Hollmichel Aufderheide Beutelspacher"),
    "FR": ("Gaspard Marius Norbert Octave Thibaut Anatole Évariste Fulbert Aristide Aubin Célestin Firmin",
           "Ghislaine Bernadette Germaine Odette Yvette Raymonde Albertine Berthe Edmée Fernande Gisèle Marcelle",
           "Berthelot Chassagne Delabarre Fauchier Grosjean Lhermitte Malvezin Rouxel Tardieu Vuillemin Cazeneuve Dufresnoy Larrouy Montagnac"),
    "ES": ("Baldomero Casimiro Eusebio Florencio Gaudencio Hermenegildo Nicanor Saturnino Valeriano Wenceslao Zacarías Celedonio",
           "Clotilde Inocencia Jacinta Eloísa Basilisa Candelaria Domitila Macrina Nicolasa Rogelia Ursulina Leonor",
           "Berrocal Carrasquilla Iturralde Saldívar Zubillaga Campuzano Echániz Landaburu Manterola Peñafiel Retuerta Salcedo Torrecilla Uriarte Valdivieso Barrantes Calzadilla Escobedo Hervella Jarillo Lorenzana Marchena Noriega Orellana Rebollo Sanabria Tejeda Mogollón Sotillo"),
    "IT": ("Arnaldo Costantino Oreste Santino Anselmo Dario Ermenegildo Fiorenzo Giacinto Leopoldo Marcellino Ottorino",
           "Brunilde Clelia Fiorenza Mafalda Nives Ornella Rosetta Tecla Liliana Ines Albina Concetta",
           "Bonfiglio Cavalcanti Guarnieri Lanzafame Maraschi Quartararo Santangelo Vitiello Zanardelli Barbagallo Finocchiaro Gambardella Pappalardo Scuderi"),
    "NL": ("Arie Cornelis Everhard Gijsbert Hendrikus Jacobus Lambertus Marinus Reinier Siebe Teunis Ybe",
           "Aaltje Berendina Dirkje Engelina Fenna Hendrika Janna Klaasje Lammigje Neeltje",
           "Bloemendaal Bruinsma Dijkgraaf Hoogendoorn Mulderij Nijenhuis Oosterwijk Schuitemaker Veldkamp Westerhof Zwijnenberg Brederode Eijkelboom Spoelstra"),
    "BR": ("Aristeu Benedito Epaminondas Florisvaldo Hildebrando Laudelino Ademar Dorival Euclério Firmino Honório Lindolfo",
           "Alzira Idalina Dalva Edwiges Floripes Georgina Jurema Leontina Odete Rosalina Zulmira Belmira",
           "Dornelles Queiroga Arantes Bastos Sabino Ibiapina Leitão Noronha Peixoto Resende Parreira Coutinho Frazão Godinho"),
    "PL": ("Czesław Feliks Hieronim Kazimierz Leszek Mieczysław Wacław Zdzisław Gerwazy Ignacy Lucjan Protazy",
           "Bronisława Halina Jadwiga Leokadia Stanisława Teodozja Zofia Apolonia Eugenia Bogumiła Cecylia Felicja",
           "Zieliński/Zielińska Grabowski/Grabowska Sobczak/Sobczak Kaczmarek/Kaczmarek Pietrzak/Pietrzak Jankowski/Jankowska Borkowski/Borkowska Maciejewski/Maciejewska Sadowski/Sadowska Głowacki/Głowacka Chojnacki/Chojnacka Jabłoński/Jabłońska Kwiatkowski/Kwiatkowska Olszewski/Olszewska"),
    "RU": ("Пантелей|Panteley Вениамин|Veniamin Геннадий|Gennadiy Евграф|Evgraf Поликарп|Polikarp Лаврентий|Lavrentiy Савелий|Saveliy Тимофей|Timofey Фрол|Frol Эраст|Erast Ипполит|Ippolit Мефодий|Mefodiy",
           "Агриппина|Agrippina Евдокия|Evdokiya Клавдия|Klavdiya Прасковья|Praskovya Серафима|Serafima Таисия|Taisiya Ираида|Iraida Евстолия|Evstoliya Антонина|Antonina Капитолина|Kapitolina Аглая|Aglaya Ефросинья|Efrosinya",
           "Загоскин/Загоскина|Zagoskin Ерофеев/Ерофеева|Erofeev Шелепин/Шелепина|Shelepin Кудрявцев/Кудрявцева|Kudryavtsev Лыков/Лыкова|Lykov Барсуков/Барсукова|Barsukov Пахомов/Пахомова|Pakhomov Трифонов/Трифонова|Trifonov Фадеев/Фадеева|Fadeev Щукин/Щукина|Shchukin Ярцев/Ярцева|Yartsev Сорокин/Сорокина|Sorokin"),
    "GR": ("Ευάγγελος|Evangelos Παντελής|Pantelis Χαράλαμπος|Charalampos Σπυρίδων|Spyridon Αριστείδης|Aristeidis Θεμιστοκλής|Themistoklis Ιάκωβος|Iakovos Μιλτιάδης|Miltiadis Στυλιανός|Stylianos Ανδρόνικος|Andronikos Ζαχαρίας|Zacharias Λεωνίδας|Leonidas",
           "Ευανθία|Evanthia Καλλιόπη|Kalliopi Ευφροσύνη|Efrosyni Σταματία|Stamatia Χρυσούλα|Chrysoula Ουρανία|Ourania Φωτεινή|Foteini Βασιλική|Vasiliki Πολυξένη|Polyxeni Αγγελική|Angeliki Μαργαρίτα|Margarita Αθηνά|Athina",
           "Τσιριγώτης/Τσιριγώτη|Tsirigotis Μπαλτατζής/Μπαλτατζή|Baltatzis Τσακίρης/Τσακίρη|Tsakiris Γεωργιάδης/Γεωργιάδου|Georgiadis Αναστασόπουλος/Αναστασοπούλου|Anastasopoulos Λαμπρόπουλος/Λαμπροπούλου|Lampropoulos Σαββίδης/Σαββίδου|Savvidis Μαυρομάτης/Μαυρομάτη|Mavromatis Ζερβός/Ζερβού|Zervos Χατζηδάκης/Χατζηδάκη|Chatzidakis Ρουσσάκης/Ρουσσάκη|Roussakis Πανταζής/Πανταζή|Pantazis Μπουλούκος/Μπουλούκου|Bouloukos"),
    "TR": ("Abdurrahman Bekir Cemalettin Dursun Fikret Hüsnü İlhami Kazım Necmettin Rıfat Şükrü Tevfik",
           "Adile Bedriye Cemile Dürdane Gülsüm Hacer Kevser Melahat Nazmiye Şükriye Türkan Zekiye",
           "Akgündüz Cömertoğlu Gökalp Hacıoğlu Karakoç Sarıgül Tuncel Yazıcıoğlu Zorlu Kantarcı Ayvaz Sevindik Güleryüz Oflaz"),
    "IL": ("אביעזר|Aviezer גדליה|Gedalya זבולון|Zevulun חנוך|Hanoch יחזקאל|Yehezkel נחמיה|Nechemya עמרם|Amram פנחס|Pinchas שמשון|Shimshon יואל|Yoel",
           "אסתר|Ester בתיה|Batya דבורה|Devora הדסה|Hadassa יוכבד|Yocheved רבקה|Rivka רייזל|Reizel סימה|Sima פייגה|Feiga רוחמה|Ruhama צירל|Tsirel פרומה|Fruma",
           "אברמוב|Abramov בירנבאום|Birnbaum גולדפרב|Goldfarb הורוביץ|Horowitz וקנין|Vaknin זילברמן|Silberman טייב|Taieb יעקובי|Yaakobi כהנא|Kahana קלמנוביץ|Kalmanovich רוזנצוויג|Rosenzweig שמואלי|Shmueli"),
    "EG": ("مصطفى|Mostafa عبده|Abdo فتحي|Fathy لطفي|Lotfy صبحي|Sobhy حسنين|Hassanein شحاتة|Shehata زكريا|Zakaria جابر|Gaber سعدون|Saadoun",
           "إنعام|Enaam زينب|Zeinab سميحة|Samiha فايزة|Fayza قدرية|Kadria نعمات|Neamat وداد|Wedad عنايات|Enayat فوزية|Fawzia نبوية|Nabawia",
           "البدراوي|Elbadrawy الحفناوي|Elhefnawy الرفاعي|Elrefaie العدوي|Eladawy الفقي|Elfeky الهواري|Elhawary الطحاوي|Eltahawy الأبياري|Elebiary الصاوي|Elsawy البسيوني|Elbasiouny الإتربي|Eletreby السحيمي|Elsoheimy"),
    "IN": ("अरविंद|Arvind चंद्रशेखर|Chandrashekhar धर्मेंद्र|Dharmendra गोवर्धन|Govardhan हरिशंकर|Harishankar जगदीश|Jagdish कैलाश|Kailash मनोहर|Manohar नरोत्तम|Narottam प्रभाकर|Prabhakar रघुवीर|Raghuvir शिवप्रसाद|Shivprasad",
           "अहिल्या|Ahilya भगवती|Bhagwati चंपा|Champa दमयंती|Damayanti गायत्री|Gayatri कौशल्या|Kaushalya लीलावती|Leelavati मालती|Malti निर्मला|Nirmala पार्वती|Parvati सुशीला|Sushila उर्मिला|Urmila",
           "अग्निहोत्री|Agnihotri दीक्षित|Dixit गोस्वामी|Goswami भंडारी|Bhandari पालीवाल|Paliwal मेहता|Mehta सप्रे|Sapre आप्टे|Apte करमरकर|Karmarkar नाडकर्णी|Nadkarni चिटणीस|Chitnis बिष्ट|Bisht पोखरियाल|Pokhriyal कंडवाल|Kandwal"),
    "TH": ("บุญเลิศ|Boonlert ชาญวิทย์|Chanwit ธีรพงษ์|Teerapong วิโรจน์|Wiroj สุเมธ|Sumet เฉลิมชัย|Chalermchai ณรงค์|Narong ไพฑูรย์|Paitoon สมพงษ์|Sompong เกรียงไกร|Kriangkrai ทวีศักดิ์|Taweesak",
           "บุญเรือน|Boonruean จำเนียร|Jamnian ทองใบ|Thongbai ประภาพร|Praphaporn มณีรัตน์|Maneerat สายสุนีย์|Saisunee อำไพ|Amphai พเยาว์|Payao บัวผัน|Buaphan ชื่นจิต|Chuenjit สมศรี|Somsri",
           "แก้วมณี|Kaewmanee ศรีสุวรรณ|Srisuwan พึ่งบุญ|Phuengboon บุญยืน|Boonyuen จันทร์แก้ว|Chankaew ปานทอง|Panthong สุขเจริญ|Sukcharoen วงศ์ใหญ่|Wongyai อินทร์แก้ว|Inkaew คงเจริญ|Khongcharoen ทองประเสริฐ|Thongprasoet"),
    "CN": ("德顺|Deshun 福林|Fulin 国栋|Guodong 宝山|Baoshan 振华|Zhenhua 凤岐|Fengqi 永贵|Yonggui 树森|Shusen 长庚|Changgeng 守仁|Shouren",
           "秀英|Xiuying 杏芬|Xingfen 玉珍|Yuzhen 淑芬|Shufen 凤霞|Fengxia 素梅|Sumei 翠花|Cuihua 金凤|Jinfeng 月娥|Yuee 巧云|Qiaoyun",
           "甄|Zhen 蒯|Kuai 聂|Nie 佟|Tong 詹|Zhan 巫|Wu 鞠|Ju 訾|Zi 滑|Hua 晁|Chao"),
    "JP": ("権蔵|Gonzo 甚五郎|Jingoro 勘太郎|Kantaro 清治|Seiji 徳次郎|Tokujiro 弥太郎|Yataro 寅吉|Torakichi 源蔵|Genzo 喜久雄|Kikuo 留吉|Tomekichi",
           "菊江|Kikue ウメ|Ume 志づ|Shizu 文子|Fumiko 静江|Shizue 照子|Teruko キヨ|Kiyo タツ|Tatsu 登美子|Tomiko 八重|Yae",
           "五十嵐|Igarashi 勅使河原|Teshigawara 東海林|Shoji 小野寺|Onodera 四方田|Yomoda 御手洗|Mitarai 寒河江|Sagae 百目鬼|Domeki 薬師寺|Yakushiji 八木橋|Yagihashi 九十九|Tsukumo"),
    "KR": ("만복|Manbok 덕배|Deokbae 춘삼|Chunsam 갑돌|Gapdol 길남|Gilnam 봉수|Bongsu 태봉|Taebong 창규|Changgyu 용팔|Yongpal",
           "순덕|Sundeok 옥분|Okbun 간난|Gannan 복례|Boknye 점례|Jeomnye 영자|Youngja 봉순|Bongsun 덕례|Deongnye 정희|Jeonghee 언년|Eonnyeon",
           "계|Gye 단|Dan 양|Yang 형|Hyung 도|Doh 피|Phee 편|Pyon 석|Suk 진|Jhin 하|Hah"),
    "VN": ("Doanh_Thuấn Chỉnh_Khuyến Thiệp_Uẩn Hoán_Khuể Khoái_Tỵ Trừng_Khiển",
           "Thuỳ_Quyện Thuyền_Dĩnh Ngoạn_Nguyện Thuỷ_Chuyền Nhuỵ_Quyến Biếc_Duyến",
           "Sùng Thào Giàng Lầu Lường Vừ Chảo Phàn Tẩn Lìu Thèn Sình Hảng Chìu"),
}


def _fold(w):
    import unicodedata
    w = w.replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", w) if c.isascii() and (c.isalnum()))


def _parse_names():
    out = {}
    for cc, (m, f, fam) in NAMES.items():
        def item(tok):
            tok = tok.replace("_", " ")
            nat, _, rom = tok.partition("|")
            return nat, (rom or " ".join(_fold(x) for x in nat.split()))
        g = {"m": [item(t) for t in m.split()], "f": [item(t) for t in f.split()]}
        fams = []
        for t in fam.split():
            nat, _, rom = t.partition("|")
            mas, _, fem = nat.partition("/")
            fams.append((mas, fem or mas, rom or _fold(mas)))
        g["fam"] = fams
        out[cc] = g
    return out


PEOPLE = _parse_names()

# Russian patronymics (masculine, feminine, roman), for ФИО fields.
RU_PATR = [("Кузьмич", "Кузьминична", "Kuzmich"), ("Фомич", "Фоминична", "Fomich"), ("Саввич", "Саввична", "Savvich"),
           ("Лукич", "Лукинична", "Lukich"), ("Никитич", "Никитична", "Nikitich"), ("Демидович", "Демидовна", "Demidovich"),
           ("Прокопьевич", "Прокопьевна", "Prokopievich")]
NOSPACE = {"CN", "KR"}
FAMILY_FIRST = {"CN", "JP", "KR", "VN"}


def name_words(cc):
    """Every name word of a locale (native, female and roman forms)."""
    g = PEOPLE[cc]
    out = set()
    for k in ("m", "f"):
        for nat, rom in g[k]:
            out.update(nat.split())
            if cc in ("RU", "GR", "IL", "EG", "IN", "TH", "CN", "JP", "KR"):
                out.update(rom.split())
    for mas, fem, rom in g["fam"]:
        out.update([mas, fem])
        if cc in ("RU", "GR", "IL", "EG", "IN", "TH", "CN", "JP", "KR"):
            out.add(rom)
            out.add(fem_roman(cc, (mas, fem, rom)))
    if cc == "RU":
        for a, b, c in RU_PATR:
            out.update([a, b, c])
    return out


def fem_roman(cc, f):
    """Roman form of a female surname form (PL, RU, GR)."""
    mas, fem, rom = f
    if fem == mas:
        return rom
    if cc == "PL":
        return _fold(fem)
    if cc == "RU":
        return rom + "a"
    if cc == "GR":
        return rom[:-2] + "ou" if fem.endswith("ου") else rom[:-1]
    return rom


class Pool:
    """Draws the people of one record: no name word (of any length, roman
    forms and patronymics included) shared between two people."""

    def __init__(self, R, cc):
        self.R, self.cc, self.used = R, cc, set()

    def person(self, female=None, y0=1928, y1=1950):
        R, cc = self.R, self.cc
        g = PEOPLE[cc]
        if female is None:
            female = R.random() < 0.55
        for _ in range(400):
            gi = R.choice(g["f" if female else "m"])
            fams = [R.choice(g["fam"])]
            if cc == "ES":
                fams.append(R.choice(g["fam"]))
            words = set(gi[0].split()) | set(gi[1].split())
            for f in fams:
                words |= {f[0], f[1], f[2]}
            if len(fams) == 2 and fams[0] == fams[1]:
                continue
            patr = None
            if cc == "RU":
                patr = R.choice(RU_PATR)
                words |= set(patr)
            if words & self.used:
                continue
            self.used |= words
            break
        else:
            raise RuntimeError("pool exhausted " + cc)
        given = gi[0]
        fam = " ".join(f[1] if female else f[0] for f in fams)
        fam_roman = " ".join(fem_roman(cc, f) if female else f[2] for f in fams)
        if cc in NOSPACE:
            full = fam + given
        elif cc in FAMILY_FIRST:
            full = fam + " " + given
        else:
            full = given + " " + fam
        mid = ""
        if cc == "VN" and R.random() < 0.4:
            mid = "Thị" if female else "Văn"
            full = fam + " " + mid + " " + given
        p = dict(given=given, family=fam, full=full, female=female, given_roman=gi[1], fam_roman=fam_roman,
                 dob=datetime.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)))
        if patr:
            p["patr"] = patr[1] if female else patr[0]
            p["fio"] = "%s %s %s" % (fam, given, p["patr"])
        # what a chat or a greeting calls the person
        if cc == "JP":
            p["call"] = fam
        elif cc in ("CN", "KR"):
            p["call"] = full
        elif cc == "VN":
            p["call"] = given.split()[-1]
        else:
            p["call"] = given
        return p


# ====================================================================== places
# Fictional homes, agencies, surgeries and pharmacies (one set per country,
# named after meadow herbs and flowers), their own addresses, switchboards,
# domains; private streets and towns for residents and families.
LANG = {"US": "en", "GB": "en", "DE": "de", "FR": "fr", "ES": "es", "IT": "it", "NL": "nl",
        "BR": "pt", "PL": "pl", "RU": "ru", "GR": "el", "TR": "tr", "IL": "he", "EG": "ar",
        "IN": "hi", "TH": "th", "CN": "zh", "JP": "ja", "KR": "ko", "VN": "vi"}
COUNTRIES = list(LANG)

C = {
    "US": dict(home="Sourwood Knob Care Center", dom="sourwoodknob.org",
               home_addr="2150 Ironweed Pike, Berea, KY 40403", tel="(859) 555-0173",
               agency="Coralberry Home Care", adom="coralberry-homecare.com", atel="(859) 555-0129",
               gp="Knobs Family Medicine", gp_tel="(859) 555-0186", pharm="Pinnacle Drug & Compounding",
               reg="Kentucky Office of Inspector General", cite="42 CFR 483.12",
               epon=["Clara Barton Lounge", "Dix Wing"], model="Montessori for Dementia programme"),
    "GB": dict(home="Bedstraw House Nursing Home", dom="bedstraw-house.co.uk",
               home_addr="Lydbury Road, Bridgnorth WV16 4QZ", tel="01746 960 318",
               agency="Teasel Homecare Ltd", adom="teaselhomecare.co.uk", atel="01691 960 442",
               gp="Severn Bank Medical Practice", gp_tel="01746 960 577", pharm="Wenlock Edge Pharmacy",
               reg="CQC", cite="Regulation 12 of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014",
               epon=["Nightingale Wing", "Cicely Saunders Lounge"], model="Butterfly household model"),
    "DE": dict(home="Seniorenzentrum Haus Wiesenknopf", dom="haus-wiesenknopf.de",
               home_addr="Quendelstraße 12, 36251 Bad Hersfeld", tel="06621 918 40",
               agency="Ambulanter Pflegedienst Mädesüß", adom="pflegedienst-maedesuess.de", atel="05542 610 77",
               gp="Hausarztpraxis am Gänseanger", gp_tel="06621 744 20", pharm="Brunnen-Apotheke Bebra",
               reg="Heimaufsicht", cite="§ 113 SGB XI",
               epon=["Böhm-Wohnbereich", "Hildegard-von-Bingen-Garten"], model="psychobiografisches Pflegemodell nach Böhm"),
    "FR": dict(home="EHPAD Les Mélilots", dom="ehpad-lesmelilots.fr",
               home_addr="4 avenue du Limousin, 87200 Saint-Junien", tel="05 55 02 61 40",
               agency="SAAD Bruyère & Genêt", adom="saad-bruyeregenet.fr", atel="05 55 79 14 62",
               gp="Maison de santé de la Vienne", gp_tel="05 55 02 38 90", pharm="Pharmacie des Tanneurs",
               reg="ARS Nouvelle-Aquitaine", cite="article L313-13 du CASF",
               epon=["salle Marie Curie", "unité Humanitude"], model="méthode Montessori adaptée"),
    "ES": dict(home="Residencia de mayores El Tomillar", dom="residenciaeltomillar.es",
               home_addr="Carretera de Cáceres, 41, 10600 Plasencia (Cáceres)", tel="927 41 26 80",
               agency="Ayuda a Domicilio Zarzaparrilla", adom="zarzaparrilla-sad.es", atel="927 42 90 15",
               gp="Centro de Salud Plasencia Norte", gp_tel="927 45 81 30", pharm="Farmacia del Puente Trujillo",
               reg="Inspección de Servicios Sociales de Extremadura", cite="Ley 39/2006, de Promoción de la Autonomía Personal",
               epon=["sala Concepción Arenal", "jardín Ramón y Cajal"], model="modelo de atención centrada en la persona"),
    "IT": dict(home="RSA Il Biancospino", dom="rsa-ilbiancospino.it",
               home_addr="Contrada Vallebona 7, 62029 Tolentino (MC)", tel="0733 973 140",
               agency="Cooperativa Sociale Elicriso Assistenza Domiciliare", adom="elicriso-adi.it", atel="0731 205 818",
               gp="Studio Medico Associato Chienti", gp_tel="0733 966 052", pharm="Farmacia Comunale Borgo Sud",
               reg="ASL / NAS", cite="DPCM 12 gennaio 2017 (LEA), art. 30",
               epon=["salone Maria Montessori", "giardino Giuseppe Verdi"], model="metodo Gentlecare"),
    "NL": dict(home="Zorgcentrum De Dotterbloem", dom="dedotterbloem.nl",
               home_addr="Oude Dijk 40, 9401 LM Assen", tel="0592 760 411",
               agency="Thuiszorg Het Madeliefje", adom="thuiszorgmadeliefje.nl", atel="0591 760 290",
               gp="Huisartsenpraxis De Vaart", gp_tel="0592 760 855", pharm="Apotheek Het Brinkje",
               reg="IGJ", cite="artikel 3 Wet kwaliteit, klachten en geschillen zorg (Wkkgz)",
               epon=["Aletta Jacobs-vleugel", "Van Goghzaal"], model="Buurtzorg-model"),
    "BR": dict(home="Residencial Sênior Canela-de-Ema", dom="canela-de-ema.com.br",
               home_addr="Avenida Leopoldino de Oliveira, 3300, Centro, Uberaba - MG, CEP 38010-000", tel="(34) 3312-7400",
               agency="Cuidar em Casa Manacá", adom="cuidaremcasamanaca.com.br", atel="(35) 3712-8810",
               gp="Unidade Básica de Saúde Vila Paineiras", gp_tel="(34) 3318-2044", pharm="Drogaria Flor do Campo",
               reg="Vigilância Sanitária", cite="RDC nº 502/2021 da Anvisa",
               epon=["ala Irmã Dulce", "sala Oswaldo Cruz"], model="método Montessori para demências"),
    "PL": dict(home="Dom Opieki „Macierzanka”", dom="dom-macierzanka.pl",
               home_addr="ul. Kolejowa 18, 26-600 Radom", tel="48 360 12 40",
               agency="Opieka Domowa „Podbiał”", adom="opieka-podbial.pl", atel="41 247 80 15",
               gp="Przychodnia Rodzinna „Pod Jesionem”", gp_tel="48 360 55 10", pharm="Apteka „Pod Kasztanem”",
               reg="Wojewoda Mazowiecki", cite="art. 67 ustawy o pomocy społecznej",
               epon=["sala im. Marii Skłodowskiej-Curie", "ogród im. Jana Pawła II"], model="metoda Montessori w opiece nad osobami z demencją"),
    "RU": dict(home="Пансионат «Медуница»", dom="medunitsa-pansion.ru",
               home_addr="ул. Октябрьская, д. 40, г. Вологда, 160000", tel="8 (8172) 72-40-15",
               agency="Патронажная служба «Зверобой»", adom="zveroboy-patronazh.ru", atel="8 (8202) 57-31-08",
               gp="Поликлиника № 3", gp_tel="8 (8172) 75-12-60", pharm="Аптека «Здоровье» на Кирова",
               reg="Росздравнадзор", cite="Федеральный закон № 442-ФЗ",
               epon=["корпус имени Пирогова", "зал Боткина"], model="методика Монтессори для пожилых"),
    "GR": dict(home="Μονάδα Φροντίδας Ηλικιωμένων «Δενδρολίβανο»", dom="dendrolivano-mfi.gr",
               home_addr="Λεωφόρος Αθηνών 52, Κόρινθος 201 00", tel="27410 28 640",
               agency="Κατ' οίκον Φροντίδα «Χαμομήλι»", adom="chamomili-care.gr", atel="26910 24 811",
               gp="Κέντρο Υγείας Κορίνθου", gp_tel="27410 25 390", pharm="Φαρμακείο Πλατείας Περιάνδρου",
               reg="Υπουργείο Κοινωνικής Συνοχής και Οικογένειας", cite="ΦΕΚ Β' 2880/2017",
               epon=["αίθουσα «Ιπποκράτης»", "πτέρυγα «Φλόρενς Νάιτινγκεϊλ»"], model="πρόγραμμα Montessori για άνοια"),
    "TR": dict(home="Hatmi Huzurevi ve Bakımevi", dom="hatmibakimevi.com.tr",
               home_addr="İstasyon Cad. No:14, 39750 Lüleburgaz/Kırklareli", tel="0288 412 30 40",
               agency="Evde Bakım Ebegümeci", adom="ebegumeci-evdebakim.com.tr", atel="0288 714 20 61",
               gp="Lüleburgaz 2 No'lu Aile Sağlığı Merkezi", gp_tel="0288 412 77 15", pharm="Ardıçlı Eczanesi",
               reg="Aile ve Sosyal Hizmetler Bakanlığı", cite="Huzurevleri ile Huzurevi Yaşlı Bakım ve Rehabilitasyon Merkezleri Yönetmeliği, madde 12",
               epon=["Behçet Uz salonu", "Florence Nightingale bahçesi"], model="Montessori temelli demans bakımı"),
    "IL": dict(home="בית האבות „כלנית הגולן”", dom="kalanit-galil.co.il",
               home_addr="שדרות ירושלים 20, קצרין 1290000", tel="04-6850412",
               agency="סיעוד בית „רקפת”", adom="rakefet-siud.co.il", atel="04-6742215",
               gp="מרפאת הגולן", gp_tel="04-6850877", pharm="בית מרקחת המושבה",
               reg="משרד הרווחה והביטחון החברתי", cite="חוק הפיקוח על המעונות, התשכ\"ה-1965",
               epon=["אגף יאנוש קורצ'אק", "מועדון שלונסקי"], model="שיטת מונטסורי לדמנציה"),
    "EG": dict(home="دار الريحان لرعاية المسنين", dom="elrayhan-care.com.eg",
               home_addr="شارع الجيش، طلخا، محافظة الدقهلية", tel="050 252 4180",
               agency="شركة البابونج للرعاية المنزلية", adom="baboonag-homecare.com.eg", atel="050 251 3376",
               gp="مركز طب الأسرة بطلخا", gp_tel="050 252 6610", pharm="صيدلية البردي",
               reg="وزارة التضامن الاجتماعي", cite="القانون رقم 19 لسنة 2024 بشأن رعاية حقوق المسنين",
               epon=["قاعة طه حسين", "جناح مجدي يعقوب"], model="برنامج مونتيسوري لكبار السن"),
    "IN": dict(home="तुलसी वरिष्ठ नागरिक देखभाल गृह", dom="tulsi-eldercare.in",
               home_addr="नैनीताल रोड, हल्द्वानी, उत्तराखंड - 263139", tel="05946 220 418",
               agency="अमलतास होम केयर सर्विसेज", adom="amaltas-homecare.in", atel="05947 254 310",
               gp="सामुदायिक स्वास्थ्य केंद्र हल्द्वानी", gp_tel="05946 220 771", pharm="जन औषधि केंद्र, मंडी चौक",
               reg="समाज कल्याण विभाग", cite="माता-पिता और वरिष्ठ नागरिकों का भरण-पोषण तथा कल्याण अधिनियम, 2007 की धारा 19",
               epon=["मदर टेरेसा कक्ष", "विवेकानंद सभागार"], model="मॉन्टेसरी आधारित डिमेंशिया देखभाल"),
    "TH": dict(home="บ้านพักผู้สูงอายุ ราชพฤกษ์", dom="ratchaphruek-care.co.th",
               home_addr="ถนนสุมนเทวราช ตำบลในเวียง อำเภอเมืองน่าน จังหวัดน่าน 55000", tel="054 710 418",
               agency="ศูนย์ดูแลผู้สูงอายุที่บ้าน ดอกพุด", adom="dokphut-homecare.co.th", atel="055 411 260",
               gp="โรงพยาบาลส่งเสริมสุขภาพตำบลในเวียง", gp_tel="054 710 633", pharm="ร้านยาเภสัชน่าน",
               reg="กรมกิจการผู้สูงอายุ", cite="พระราชบัญญัติผู้สูงอายุ พ.ศ. 2546 มาตรา 11",
               epon=["อาคารสมเด็จย่า", "ห้องประชุมพุทธทาส"], model="แนวทางมอนเตสซอรีสำหรับผู้ป่วยสมองเสื่อม"),
    "CN": dict(home="赣州合欢颐养院", dom="hehuan-yiyang.cn",
               home_addr="江西省赣州市章贡区红旗大道88号", tel="0797-8261430",
               agency="赣州紫藤居家养老服务中心", adom="ziteng-jujia.cn", atel="0796-8215570",
               gp="章贡区社区卫生服务中心", gp_tel="0797-8263390", pharm="百草堂大药房",
               reg="民政局", cite="《养老机构管理办法》第十八条",
               epon=["白求恩护理区", "南丁格尔活动室"], model="蒙台梭利认知照护法"),
    "JP": dict(home="特別養護老人ホーム すずらん苑", dom="suzuran-en.or.jp",
               home_addr="〒025-0075 岩手県花巻市花城町10-12", tel="0198-24-3160",
               agency="訪問介護ステーション なでしこ", adom="nadeshiko-houmon.jp", atel="0197-64-2281",
               gp="花巻中央クリニック", gp_tel="0198-24-7715", pharm="ひまわり調剤薬局",
               reg="岩手県 長寿社会課", cite="介護保険法第115条の35",
               epon=["日野原ホール", "宮沢賢治ラウンジ"], model="ユマニチュード"),
    "KR": dict(home="산수유 요양원", dom="sansuyu-care.kr",
               home_addr="전북특별자치도 완주군 봉동읍 둔산로 55", tel="063-261-4180",
               agency="재가복지센터 민들레", adom="mindeulle-homecare.kr", atel="063-582-7730",
               gp="봉동 가정의학과의원", gp_tel="063-261-9025", pharm="온누리 약국",
               reg="국민건강보험공단", cite="노인장기요양보험법 제37조",
               epon=["슈바이처 홀", "장기려 쉼터"], model="몬테소리 치매 케어"),
    "VN": dict(home="Viện dưỡng lão Hoa Ban", dom="vienduonglaohoaban.vn",
               home_addr="Số 12 đường Trần Phú, phường 3, thành phố Bạc Liêu, tỉnh Bạc Liêu", tel="0296 3841 520",
               agency="Dịch vụ chăm sóc tại nhà Cây Vông", adom="cayvong-care.vn", atel="0296 3867 114",
               gp="Trạm y tế phường 1", gp_tel="0296 3841 902", pharm="Nhà thuốc Gạo Đỏ",
               reg="Sở Lao động – Thương binh và Xã hội", cite="Nghị định 103/2017/NĐ-CP",
               epon=["phòng Hải Thượng Lãn Ông", "vườn Tuệ Tĩnh"], model="phương pháp Montessori cho người sa sút trí tuệ"),
}

# Private streets and towns (residents' former homes, families, clients at home).
STREETS = {
    "US": ["Mayapple Run Rd", "Bittersweet Ln", "Elderberry Ct", "Buckbrush Dr", "Hawthorn Bluff Ave", "Bloodroot Terrace"],
    "GB": ["Toadflax Close", "Yarrow Walk", "Betony Road", "Agrimony Lane", "Fleabane Bank", "Comfrey Row"],
    "DE": ["Schafgarbenweg", "Beinwellstraße", "Am Quendelhang", "Odermennigweg", "Baldrianstraße", "Ringelblumenweg"],
    "FR": ["rue des Mauves", "allée des Bourraches", "chemin de la Centaurée", "impasse des Salicaires", "rue de l'Aigremoine", "place des Campanules"],
    "ES": ["calle de la Aulaga", "calle del Cantueso", "avenida de la Retama", "calle del Espliego", "calle de la Mejorana", "travesía del Torvisco"],
    "IT": ["via della Malva", "via del Rosmarino", "vicolo della Salvia", "via delle Ortiche", "via della Borragine", "viale dei Carpini"],
    "NL": ["Boterbloemstraat", "Klaverweg", "Paardenbloemlaan", "Zuringstraat", "Herderstasje", "Fluitekruidlaan"],
    "BR": ["Rua das Quaresmeiras", "Rua dos Manacás", "Travessa das Sibipirunas", "Rua das Paineiras", "Avenida dos Jequitibás", "Rua das Aroeiras"],
    "PL": ["ul. Rumiankowa", "ul. Chabrowa", "ul. Wrzosowa", "ul. Konwaliowa", "ul. Dziewannowa", "ul. Macierzankowa"],
    "RU": ["ул. Подорожниковая", "ул. Черёмуховая", "ул. Васильковая", "пер. Ромашковый", "ул. Кипрейная", "ул. Рябиновая"],
    "GR": ["Ανεμώνης", "Μολόχας", "Βασιλικού", "Δυόσμου", "Ρίγανης", "Θυμαριού"],
    "TR": ["Gelincik Mah. Kekik Sok.", "Ihlamur Mah. Adaçayı Sok.", "Gelincik Mah. Kestane Sok.", "Ihlamur Mah. Defne Sok.", "Gelincik Mah. Nane Sok.", "Ihlamur Mah. Ebegümeci Sok."],
    "IL": ["רחוב הרקפת", "רחוב הכלנית", "רחוב החצב", "רחוב האירוס", "רחוב הסביון", "רחוב הדודאים"],
    "EG": ["شارع النعناع", "شارع الزعتر", "شارع الكركديه", "شارع الحلبة", "شارع الينسون", "شارع السمسم"],
    "IN": ["गुलमोहर कॉलोनी", "अमलतास नगर", "कदंब विहार", "पारिजात एन्क्लेव", "मौलश्री मार्ग", "कचनार गली"],
    "TH": ["ตำบลในเวียง", "ตำบลท่าอิฐ", "ตำบลป่าเซ่า", "ตำบลท่าวังผา", "ตำบลปัว", "ตำบลห้วยม้า"],
    "CN": ["槐树路", "枫杨街", "栾树巷", "乌桕路", "朴树街", "榉树路"],
    "JP": ["桜台", "若葉町", "緑ヶ丘", "松園", "青柳町", "東町"],
    "KR": ["배꽃로", "회화나무길", "살구나무로", "감나무길", "모과나무로", "대추나무길"],
    "VN": ["đường Cây Dầu", "đường Sao Đen", "đường Cây Vông", "đường Cây Sưa", "đường Gạo Đỏ", "đường Hoa Ban"],
}
TOWNS = {
    "US": [("Paintsville", "KY", "41240"), ("Morehead", "KY", "40351"), ("Berea", "KY", "40403"), ("Somerset", "KY", "42501"), ("Prestonsburg", "KY", "41653")],
    "GB": [("Bridgnorth", "WV16"), ("Oswestry", "SY11"), ("Church Stretton", "SY6"), ("Much Wenlock", "TF13"), ("Whitchurch", "SY13")],
    "DE": [("36251", "Bad Hersfeld"), ("99817", "Eisenach"), ("37213", "Witzenhausen"), ("36179", "Bebra"), ("36272", "Niederaula")],
    "FR": [("87200", "Saint-Junien"), ("19100", "Brive-la-Gaillarde"), ("23000", "Guéret"), ("87500", "Saint-Yrieix-la-Perche"), ("19000", "Tulle")],
    "ES": [("10600", "Plasencia", "Cáceres"), ("10100", "Miajadas", "Cáceres"), ("10840", "Moraleja", "Cáceres"), ("10200", "Trujillo", "Cáceres"), ("10800", "Coria", "Cáceres")],
    "IT": [("62100", "Macerata", "MC"), ("63900", "Fermo", "FM"), ("60035", "Jesi", "AN"), ("62029", "Tolentino", "MC"), ("61029", "Urbino", "PU")],
    "NL": [("9401", "Assen"), ("7811", "Emmen"), ("7901", "Hoogeveen"), ("9331", "Norg"), ("7731", "Ommen")],
    "BR": [("Uberaba", "MG", "380"), ("Poços de Caldas", "MG", "377"), ("Varginha", "MG", "370"), ("Itajubá", "MG", "375"), ("Lavras", "MG", "372")],
    "PL": [("26-600", "Radom"), ("27-400", "Ostrowiec Świętokrzyski"), ("28-100", "Busko-Zdrój"), ("26-200", "Końskie"), ("27-200", "Starachowice")],
    "RU": [("Вологда", "1600"), ("Череповец", "1626"), ("Великий Устюг", "1623"), ("Сокол", "1621"), ("Тотьма", "1613")],
    "GR": [("Κόρινθος", "201 00"), ("Αίγιο", "251 00"), ("Μεγαλόπολη", "222 00"), ("Φιλιατρά", "245 00"), ("Γύθειο", "232 00")],
    "TR": [("39750", "Lüleburgaz"), ("39200", "Babaeski"), ("39300", "Pınarhisar"), ("39900", "Demirköy"), ("39750", "Lüleburgaz")],
    "IL": [("קצרין", "12900"), ("חצור הגלילית", "10300"), ("עכו", "24100"), ("ראש פינה", "12000"), ("כרמיאל", "21600")],
    "EG": [("طلخا", "الدقهلية"), ("دكرنس", "الدقهلية"), ("منية النصر", "الدقهلية"), ("بني عبيد", "الدقهلية"), ("نبروه", "الدقهلية")],
    "IN": [("हल्द्वानी", "263139"), ("रुद्रपुर", "263153"), ("काशीपुर", "244713"), ("अल्मोड़ा", "263601"), ("पिथौरागढ़", "262501")],
    "TH": [("เมืองน่าน", "น่าน", "55000"), ("ท่าวังผา", "น่าน", "55140"), ("ปัว", "น่าน", "55120"), ("เมืองอุตรดิตถ์", "อุตรดิตถ์", "53000"), ("ลับแล", "อุตรดิตถ์", "53130")],
    "CN": [("江西省赣州市章贡区",), ("江西省吉安市吉州区",), ("江西省上饶市信州区",), ("江西省抚州市临川区",), ("江西省九江市浔阳区",)],
    "JP": [("025-0", "岩手県花巻市"), ("021-0", "岩手県一関市"), ("024-0", "岩手県北上市"), ("023-0", "岩手県奥州市"), ("028-05", "岩手県遠野市")],
    "KR": [("전북특별자치도 완주군",), ("전북특별자치도 부안군",), ("전북특별자치도 고창군",), ("전북특별자치도 정읍시",), ("전북특별자치도 남원시",)],
    "VN": [("phường 3", "thành phố Bạc Liêu", "tỉnh Bạc Liêu"), ("phường 1", "thị xã Giá Rai", "tỉnh Bạc Liêu"), ("thị trấn Năm Căn", "huyện Năm Căn", "tỉnh Cà Mau"), ("phường 5", "thành phố Bạc Liêu", "tỉnh Bạc Liêu"), ("phường Hộ Phòng", "thị xã Giá Rai", "tỉnh Bạc Liêu")],
}


def address(R, cc):
    """A private postal address on one line in the country's layout."""
    st = R.choice(STREETS[cc])
    t = R.choice(TOWNS[cc])
    n = R.randint(2, 148)
    if cc == "US":
        unit = R.choice(["", "", " Apt %d" % R.randint(2, 40), " Unit %s" % R.choice("ABCD")])
        return "%d %s%s, %s, %s %s" % (R.randint(100, 9899), st, unit and "," + unit, t[0], t[1], t[2])
    if cc == "GB":
        pc = "%s %d%s" % (t[1], R.randint(1, 9), rnd(R, "ABDEFGHJLNPQRSTUWXYZ", 2))
        pre = R.choice(["", "", "Flat %d, " % R.randint(1, 12), R.choice(["Rose Cottage, ", "The Old Forge, "])])
        return "%s%d %s, %s %s" % (pre, n, st, t[0], pc)
    if cc == "DE":
        return "%s %d%s, %s %s" % (st, n, R.choice(["", "", "a", "b"]), t[0], t[1])
    if cc == "FR":
        return "%d%s %s, %s %s" % (n, R.choice(["", "", " bis", " ter"]), st, t[0], t[1])
    if cc == "ES":
        return "%s, %d, %s, %s %s (%s)" % (st[0].upper() + st[1:], n, R.choice(["1.º A", "2.º B", "bajo", "3.º izda."]), t[0], t[1], t[2])
    if cc == "IT":
        return "%s %d, %s %s (%s)" % (st[0].upper() + st[1:], n, t[0], t[1], t[2])
    if cc == "NL":
        return "%s %d%s, %s %s %s" % (st, n, R.choice(["", "", "-A", " bis"]), t[0], rnd(R, "ABCDEGHJKLMNPRSTVWXZ", 2), t[1])
    if cc == "BR":
        cep = "%s%02d-%03d" % (t[2], R.randint(0, 99), R.randint(0, 999))
        return "%s, %d, %s%s, %s - %s, CEP %s" % (st, n, R.choice(["apto %d, " % R.randint(11, 804), "casa 2, ", ""]), R.choice(["Jardim das Palmeiras", "Vila Santa Luzia", "Bairro São Benedito", "Centro"]), t[0], t[1], cep)
    if cc == "PL":
        return "%s %d%s, %s %s" % (st, n, R.choice(["", "/%d" % R.randint(1, 40)]), t[0], t[1])
    if cc == "RU":
        return "%s, д. %d, кв. %d, г. %s, %s%02d" % (st, n, R.randint(1, 180), t[0], t[1], R.randint(0, 99))
    if cc == "GR":
        return "%s %d, %s %s" % (st, n, t[0], t[1])
    if cc == "TR":
        return "%s No:%d D:%d, %s %s/Kırklareli" % (st, n, R.randint(1, 14), t[0], t[1])
    if cc == "IL":
        return "%s %d, דירה %d, %s %s%02d" % (st, n, R.randint(1, 30), t[0], t[1], R.randint(0, 99))
    if cc == "EG":
        return "%d %s، %s، محافظة %s" % (n, st, t[0], t[1])
    if cc == "IN":
        return "मकान नं. %d, %s, %s, उत्तराखंड - %s" % (n, st, t[0], t[1])
    if cc == "TH":
        return "%d/%d หมู่ %d %s อำเภอ%s จังหวัด%s %s" % (n, R.randint(1, 9), R.randint(1, 12), st, t[0], t[1], t[2])
    if cc == "CN":
        return "%s%s%d号%d幢%d室" % (t[0], st, n, R.randint(1, 12), R.randint(1, 18) * 100 + R.randint(1, 4))
    if cc == "JP":
        zp = t[0] + "%03d" % R.randint(0, 999) if len(t[0]) == 5 else t[0] + "%02d" % R.randint(0, 99)
        return "〒%s %s%s%d丁目%d-%d" % (zp, t[1], st, R.randint(1, 5), R.randint(1, 30), R.randint(1, 20))
    if cc == "KR":
        return "%s %s %d, %d동 %d호" % (t[0], st, n, R.randint(101, 112), R.randint(1, 15) * 100 + R.randint(1, 6))
    if cc == "VN":
        return "Số %d %s, %s, %s, %s" % (n, st, t[0], t[1], t[2])
    raise KeyError(cc)


# ====================================================================== values
def _grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


MOBILE = {
    "US": lambda R: PLANS["US"][2]["fixed_or_mobile"](R),
    "GB": lambda R: PLANS["GB"][2]["mobile"](R),
    "DE": lambda R: PLANS["DE"][2][R.choice(["mobile", "mobile7"])](R),
    "FR": lambda R: PLANS["FR"][2]["mobile"](R),
    "ES": lambda R: PLANS["ES"][2]["mobile"](R),
    "IT": lambda R: PLANS["IT"][2]["mobile"](R),
    "NL": lambda R: PLANS["NL"][2]["mobile"](R),
    "BR": lambda R: R.choice(["34", "35", "31", "32", "37"]) + "9" + R.choice("6789") + digits(R, 7),
    "PL": lambda R: PLANS["PL"][2]["mobile"](R),
    "RU": lambda R: PLANS["RU"][2]["mobile"](R),
    "GR": lambda R: "69" + R.choice("0345789") + digits(R, 7),
    "TR": lambda R: R.choice(["530", "532", "533", "535", "536", "537", "538", "541", "542", "543", "544", "545", "546", "505", "506", "551", "552", "553", "554", "555"]) + digits(R, 7),
    "IL": lambda R: "5" + R.choice("02348") + nz(R, 7),
    "EG": lambda R: "1" + R.choice("0125") + digits(R, 8),
    "IN": lambda R: PLANS["IN"][2]["mobile"](R),
    "TH": lambda R: R.choice(["81", "82", "83", "84", "86", "87", "89", "61", "62", "63", "64", "91", "92", "93", "94", "95", "97", "98"]) + digits(R, 7),
    "CN": lambda R: PLANS["CN"][2]["mobile"](R),
    "JP": lambda R: PLANS["JP"][2]["mobile"](R),
    "KR": lambda R: "10" + nz(R, 8),
    "VN": lambda R: R.choice(["90", "91", "93", "94", "96", "97", "98", "32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85"]) + digits(R, 7),
}
CC = {"US": "1", "GB": "44", "DE": "49", "FR": "33", "ES": "34", "IT": "39", "NL": "31", "BR": "55", "PL": "48",
      "RU": "7", "GR": "30", "TR": "90", "IL": "972", "EG": "20", "IN": "91", "TH": "66", "CN": "86", "JP": "81",
      "KR": "82", "VN": "84", "AT": "43", "CH": "41", "IE": "353", "PT": "351", "AU": "61", "CA": "1", "BE": "32", "SE": "46"}


def fmt_national(R, cc, nsn):
    if cc == "US":
        return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (nsn[:3], nsn[3:6], nsn[6:])
    if cc == "GB":
        return "0" + nsn[:4] + " " + nsn[4:]
    if cc == "DE":
        return "0" + nsn[:3] + R.choice([" ", "/", " "]) + nsn[3:]
    if cc == "FR":
        return _grp("0" + nsn, [2, 2, 2, 2, 2], R.choice([" ", ".", " "]))
    if cc == "ES":
        return R.choice([_grp(nsn, [3, 2, 2, 2]), _grp(nsn, [3, 3, 3])])
    if cc == "IT":
        return R.choice([_grp(nsn, [3, 3, 4]), nsn[:3] + " " + nsn[3:]])
    if cc == "NL":
        return "06-" + nsn[1:] if R.random() < 0.6 else "06 " + _grp(nsn[1:], [2, 2, 2, 2])
    if cc == "BR":
        return "(%s) %s-%s" % (nsn[:2], nsn[2:7], nsn[7:])
    if cc == "PL":
        return _grp(nsn, [3, 3, 3], R.choice([" ", "-"]))
    if cc == "RU":
        return R.choice(["8 (%s) %s-%s-%s", "8-%s-%s-%s-%s", "8 %s %s-%s-%s"]) % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])
    if cc == "GR":
        return R.choice([_grp(nsn, [3, 3, 4]), nsn])
    if cc == "TR":
        return "0" + _grp(nsn, [3, 3, 2, 2])
    if cc == "IL":
        return "0%s-%s-%s" % (nsn[:2], nsn[2:5], nsn[5:]) if R.random() < 0.5 else "0%s-%s" % (nsn[:2], nsn[2:])
    if cc == "EG":
        return "0" + _grp(nsn, [2, 4, 4])
    if cc == "IN":
        return R.choice([nsn[:5] + " " + nsn[5:], "0" + nsn[:5] + " " + nsn[5:], nsn])
    if cc == "TH":
        return "0%s-%s-%s" % (nsn[:2], nsn[2:5], nsn[5:])
    if cc == "CN":
        return R.choice([_grp(nsn, [3, 4, 4]), nsn, _grp(nsn, [3, 4, 4], "-")])
    if cc == "JP":
        return "0%s-%s-%s" % (nsn[:2], nsn[2:6], nsn[6:])
    if cc == "KR":
        return "0%s-%s-%s" % (nsn[:2], nsn[2:6], nsn[6:])
    if cc == "VN":
        return "0" + _grp(nsn, [2, 3, 4], R.choice([" ", ".", ""]))
    raise KeyError(cc)


def fmt_intl(R, cc, nsn):
    c = CC[cc]
    if cc in ("US", "CA"):
        return "+1 %s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:])
    if cc == "GB":
        return R.choice(["+44 %s %s" % (nsn[:4], nsn[4:]), "+44 (0)%s %s" % (nsn[:4], nsn[4:])])
    if cc == "FR":
        return "+33 " + _grp(nsn, [1, 2, 2, 2, 2])
    if cc == "BR":
        return "+55 %s %s-%s" % (nsn[:2], nsn[2:7], nsn[7:])
    if cc == "RU":
        return "+7 %s %s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])
    if cc in ("JP", "KR"):
        return "+%s %s-%s-%s" % (c, nsn[:2], nsn[2:6], nsn[6:])
    if cc == "NL":
        return "+31 6 " + nsn[1:]
    if cc == "IL":
        return "+972 %s-%s-%s" % (nsn[:2], nsn[2:5], nsn[5:])
    if cc == "CN":
        return "+86 " + _grp(nsn, [3, 4, 4])
    if cc == "IN":
        return "+91 " + nsn[:5] + " " + nsn[5:]
    if cc == "TR":
        return "+90 " + _grp(nsn, [3, 3, 2, 2])
    if cc == "EG":
        return "+20 " + _grp(nsn, [2, 4, 4])
    if cc == "TH":
        return "+66 " + _grp(nsn, [2, 3, 4])
    if cc == "VN":
        return "+84 " + _grp(nsn, [2, 3, 4])
    if cc == "DE":
        return "+49 " + nsn[:3] + " " + nsn[3:]
    return "+%s %s" % (c, _grp(nsn, [3, 3, 4]))


ABROAD = {"GB": ["ES", "IE", "AU"], "US": ["CA", "GB"], "DE": ["AT", "CH"], "FR": ["BE", "CH"], "ES": ["GB", "FR"],
          "IT": ["CH", "DE"], "NL": ["BE", "DE"], "BR": ["PT", "US"], "PL": ["GB", "DE"], "RU": ["DE"],
          "GR": ["DE", "AU"], "TR": ["DE", "NL"], "IL": ["US", "FR"], "EG": ["GB", "IT"], "IN": ["GB", "US"],
          "TH": ["US", "DE"], "CN": ["US", "AU"], "JP": ["US"], "KR": ["US", "AU"], "VN": ["US", "AU"]}
FOREIGN_MOBILE = {"IE": lambda R: PLANS["IE"][2]["mobile"](R), "AU": lambda R: PLANS["AU"][2]["mobile"](R),
                  "CA": lambda R: PLANS["CA"][2]["fixed_or_mobile"](R), "AT": lambda R: PLANS["AT"][2]["mobile"](R),
                  "CH": lambda R: PLANS["CH"][2]["mobile"](R), "BE": lambda R: PLANS["BE"][2]["mobile"](R),
                  "PT": lambda R: PLANS["PT"][2]["mobile"](R)}

PHONES_USED = []


def phone(R, cc, intl=None, abroad=0.0, e164=False):
    """A labelled mobile: national or +CC, 'abroad' share from another
    country (region = the text's country, plan = the number's)."""
    plan = cc
    if abroad and R.random() < abroad:
        plan = R.choice(ABROAD[cc])
    nsn = (MOBILE.get(plan) or FOREIGN_MOBILE[plan])(R)
    if e164:
        txt = "+" + CC[plan] + nsn
    elif plan != cc or (intl if intl is not None else R.random() < 0.3):
        txt = fmt_intl(R, plan, nsn)
    else:
        txt = fmt_national(R, cc, nsn)
    meta = {"sub": "mobile", "region": cc}
    if plan != cc:
        meta["plan"] = plan
    return L("phone", txt, **meta)


# ---------------------------------------------------------------- dates
MON = dict(MONTHS)
MON.update({
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "he": ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    "hi": ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
    "th": ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"],
})
TH_ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def rand_date(R, y0, y1):
    return datetime.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


def fmt_date(R, cc, d, style=None):
    """A date in the country's numeric or month-name form."""
    lg = LANG[cc]
    words = style == "words" or (style is None and R.random() < 0.35)
    if style == "iso":
        return d.isoformat()
    m = d.month
    if cc == "US":
        return "%s %d, %d" % (MON["en"][m - 1], d.day, d.year) if words else "%02d/%02d/%d" % (m, d.day, d.year)
    if cc == "GB":
        return "%d %s %d" % (d.day, MON["en"][m - 1], d.year) if words else "%02d/%02d/%d" % (d.day, m, d.year)
    if cc == "DE":
        return "%d. %s %d" % (d.day, MON["de"][m - 1], d.year) if words else "%02d.%02d.%d" % (d.day, m, d.year)
    if cc in ("FR", "IT"):
        return "%d %s %d" % (d.day, MON[lg][m - 1], d.year) if words else "%02d/%02d/%d" % (d.day, m, d.year)
    if cc in ("ES", "BR"):
        return "%d de %s de %d" % (d.day, MON[lg][m - 1], d.year) if words else "%02d/%02d/%d" % (d.day, m, d.year)
    if cc == "NL":
        return "%d %s %d" % (d.day, MON["nl"][m - 1], d.year) if words else "%02d-%02d-%d" % (d.day, m, d.year)
    if cc in ("PL", "RU", "TR"):
        return "%d %s %d" % (d.day, MON[lg][m - 1], d.year) if words else "%02d.%02d.%d" % (d.day, m, d.year)
    if cc == "GR":
        return "%d %s %d" % (d.day, MON["el"][m - 1], d.year) if words else "%d/%d/%d" % (d.day, m, d.year)
    if cc == "IL":
        return "%d %s %d" % (d.day, MON["he"][m - 1], d.year) if words else "%02d.%02d.%d" % (d.day, m, d.year)
    if cc == "EG":
        return "%d %s %d" % (d.day, MON["ar"][m - 1], d.year) if words else "%02d/%02d/%d" % (d.day, m, d.year)
    if cc == "IN":
        return "%d %s %d" % (d.day, MON["hi"][m - 1], d.year) if words else "%02d-%02d-%d" % (d.day, m, d.year)
    if cc == "TH":
        be = d.year + 543
        if words:
            return "%d %s %d" % (d.day, R.choice([MON["th"][m - 1], TH_ABBR[m - 1]]), be)
        return "%02d/%02d/%d" % (d.day, m, be)
    if cc == "CN":
        return "%d年%d月%d日" % (d.year, m, d.day) if words else R.choice(["%d-%02d-%02d", "%d.%02d.%02d"]) % (d.year, m, d.day)
    if cc == "JP":
        if words:
            if d >= datetime.date(1926, 12, 25) and d < datetime.date(1989, 1, 8):
                return "昭和%d年%d月%d日" % (d.year - 1925, m, d.day)
            return "%d年%d月%d日" % (d.year, m, d.day)
        return R.choice(["%d年%d月%d日", "%d/%02d/%02d"]) % (d.year, m, d.day)
    if cc == "KR":
        return "%d년 %d월 %d일" % (d.year, m, d.day) if words else "%d. %d. %d." % (d.year, m, d.day)
    if cc == "VN":
        return "ngày %d tháng %d năm %d" % (d.day, m, d.year) if words else "%02d/%02d/%d" % (d.day, m, d.year)
    raise KeyError(cc)


def dob(R, cc, d, style=None):
    return L("dob", fmt_date(R, cc, d, style))


# ---------------------------------------------------------------- national ids
ID_SUB = {"US": "ssn", "GB": "nhs", "DE": "de_kvnr", "FR": "fr_nir", "ES": "es_dni", "IT": "it_cf",
          "NL": "nl_bsn", "BR": "br_cns", "PL": "pl_pesel", "RU": "ru_snils", "GR": "gr_amka",
          "TR": "tr_tckn", "IL": "il_tz", "EG": "eg_nid", "IN": "in_aadhaar", "TH": "th_id",
          "CN": "cn_id", "JP": "jp_mynumber", "KR": "kr_rrn", "VN": "vn_cccd"}
BELFIORE = ["L191", "E783", "D542", "G157", "L500", "A271", "F205", "H501"]


def nat_id(R, cc, p, alt=False):
    """The national health / identity number a care home records for the
    person p (dict with given/family roman forms, dob, female)."""
    d, fem = p["dob"], p["female"]
    if cc == "US":
        a, g, s = ssn_random(R)
        return L("gov_id", "%s-%s-%s" % (a, g, s), sub="ssn")
    if cc == "GB":
        n = nhs_random(R)
        return L("gov_id", R.choice([_grp(n, [3, 3, 4]), n]), sub="nhs")
    if cc == "DE":
        return L("gov_id", kvnr_random(R), sub="de_kvnr")
    if cc == "FR":
        body, key = nir_random(R, sex="2" if fem else "1", yy=d.year % 100, mm=d.month)
        v = "%s %s %s %s %s %s %s" % (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key) if R.random() < 0.6 else body + key
        return L("gov_id", v, sub="fr_nir")
    if cc == "ES":
        if alt:
            p_, n_, c_ = nie_random(R)
            return L("gov_id", p_ + n_ + c_, sub="es_nie")
        n, c = dni_random(R)
        return L("gov_id", n + c, sub="es_dni")
    if cc == "IT":
        return L("gov_id", cf_make(p["fam_roman"], p["given_roman"], d.year % 100, d.month, d.day, fem, R.choice(BELFIORE)), sub="it_cf")
    if cc == "NL":
        return L("gov_id", bsn_random(R), sub="nl_bsn")
    if cc == "BR":
        if alt:
            c = cpf_random(R)
            return L("gov_id", "%s.%s.%s-%s" % (c[:3], c[3:6], c[6:9], c[9:]), sub="br_cpf")
        c = cns_random(R)
        return L("gov_id", R.choice([_grp(c, [3, 4, 4, 4]), c]), sub="br_cns")
    if cc == "PL":
        return L("gov_id", pesel_make(d.year, d.month, d.day, fem, R), sub="pl_pesel")
    if cc == "RU":
        s = snils_random(R)
        return L("gov_id", "%s-%s-%s %s" % (s[:3], s[3:6], s[6:9], s[9:]), sub="ru_snils")
    if cc == "GR":
        return L("gov_id", amka_make(d, R), sub="gr_amka")
    if cc == "TR":
        return L("gov_id", tckn_random(R), sub="tr_tckn")
    if cc == "IL":
        return L("gov_id", tz_random(R), sub="il_tz")
    if cc == "EG":
        return L("gov_id", egid_make(d, fem, R), sub="eg_nid")
    if cc == "IN":
        a = aadhaar_random(R)
        return L("gov_id", R.choice([_grp(a, [4, 4, 4]), a]), sub="in_aadhaar")
    if cc == "TH":
        t = thid_random(R)
        return L("gov_id", R.choice(["%s %s %s %s %s" % (t[0], t[1:5], t[5:10], t[10:12], t[12]), "%s-%s-%s-%s-%s" % (t[0], t[1:5], t[5:10], t[10:12], t[12]), t]), sub="th_id")
    if cc == "CN":
        return L("gov_id", cnid_make(d, fem, R), sub="cn_id")
    if cc == "JP":
        m = mynumber_random(R)
        return L("gov_id", R.choice([_grp(m, [4, 4, 4]), m]), sub="jp_mynumber")
    if cc == "KR":
        r = rrn_make(d, fem, R)
        return L("gov_id", r[:6] + "-" + r[6:], sub="kr_rrn")
    if cc == "VN":
        return L("gov_id", cccd_make(d, fem, R), sub="vn_cccd")
    raise KeyError(cc)


def passport(R, cc, issuer=None):
    iss = issuer or cc
    return L("gov_id", PASSPORT_FMT[iss](R), sub="passport", country=iss)


def gov_ok(sp):
    v, sub = sp["value"], sp.get("sub")
    c = re.sub(r"[\s.-]", "", v)
    if sub == "passport":
        return bool(re.fullmatch(PASSPORT_RE[sp["country"]], v))
    return {
        "ssn": lambda: ssn_ok(v), "nhs": lambda: nhs_ok(c), "de_kvnr": lambda: kvnr_ok(v),
        "fr_nir": lambda: nir_ok2(v), "es_dni": lambda: dni_ok(v), "es_nie": lambda: nie_ok(v),
        "it_cf": lambda: cf_ok(v), "nl_bsn": lambda: bsn_ok(v), "br_cns": lambda: cns_ok(c),
        "br_cpf": lambda: cpf_ok(c), "pl_pesel": lambda: pesel_ok(v), "ru_snils": lambda: snils_ok(v),
        "gr_amka": lambda: amka_ok(v), "tr_tckn": lambda: tckn_ok(v), "il_tz": lambda: tz_ok(v),
        "eg_nid": lambda: egid_ok(v), "in_aadhaar": lambda: len(c) == 12 and verhoeff_ok(c),
        "th_id": lambda: thid_ok(v), "cn_id": lambda: cnid_ok(v), "jp_mynumber": lambda: mynumber_ok(v),
        "kr_rrn": lambda: rrn_ok(v), "vn_cccd": lambda: cccd_ok(v),
    }[sub]()


# ---------------------------------------------------------------- money, cards, ibans
def money(R, cc, lo, hi):
    a = R.randint(lo * 100, hi * 100) / 100.0
    ip, fp = divmod(int(round(a * 100)), 100)
    def th(n, sep):
        s = str(n)
        out = ""
        while len(s) > 3:
            out = sep + s[-3:] + out
            s = s[:-3]
        return s + out
    if cc == "US":
        return "$%s.%02d" % (th(ip, ","), fp)
    if cc == "GB":
        return "£%s.%02d" % (th(ip, ","), fp)
    if cc in ("DE", "ES", "IT", "NL", "GR"):
        return "%s,%02d €" % (th(ip, "."), fp) if cc != "NL" else "€ %s,%02d" % (th(ip, "."), fp)
    if cc == "FR":
        return "%s,%02d\u00a0€" % (th(ip, "\u202f"), fp)
    if cc == "BR":
        return "R$ %s,%02d" % (th(ip, "."), fp)
    if cc == "PL":
        return "%s,%02d zł" % (th(ip, " "), fp)
    if cc == "RU":
        return "%s ₽" % th(ip, " ")
    if cc == "TR":
        return "%s,%02d TL" % (th(ip, "."), fp)
    if cc == "IL":
        return "₪%s" % th(ip, ",")
    if cc == "EG":
        return "%s ج.م" % th(ip, ",")
    if cc == "IN":
        s = str(ip)
        head, tail = s[:-3], s[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        return "₹" + ",".join(parts + [tail]) if parts else "₹" + tail
    if cc == "TH":
        return "%s บาท" % th(ip, ",")
    if cc == "CN":
        return "%s元" % th(ip, ",")
    if cc == "JP":
        return "%s円" % th(ip, ",")
    if cc == "KR":
        return "%s원" % th(ip * 10, ",")
    if cc == "VN":
        return "%s ₫" % th(ip * 1000, ".")
    raise KeyError(cc)


FEE_RANGE = {"US": (6500, 11000), "GB": (1100, 1900), "DE": (2300, 3900), "FR": (2100, 3400), "ES": (1600, 2600),
             "IT": (2400, 3600), "NL": (1800, 3200), "BR": (4500, 9800), "PL": (5200, 8900), "RU": (55000, 98000),
             "GR": (1300, 2400), "TR": (25000, 48000), "IL": (9000, 16000), "EG": (9000, 22000), "IN": (25000, 70000),
             "TH": (18000, 45000), "CN": (4500, 9800), "JP": (120000, 260000), "KR": (180000, 300000), "VN": (9000, 20000)}
IBAN_CC = {"DE", "FR", "ES", "IT", "NL", "PL", "GR", "TR", "IL", "EG"}
CARD_ISS = {"US": ["visa", "mastercard", "amex", "discover"], "GB": ["visa", "mastercard"], "RU": ["mir"], "CN": ["unionpay"],
            "TR": ["troy", "visa", "mastercard"], "IN": ["rupay", "visa"], "JP": ["jcb", "visa"], "KR": ["visa", "mastercard"]}


def card(R, cc, issuer=None):
    iss = issuer or R.choice(CARD_ISS.get(cc, ["visa", "mastercard"]))
    n = card_random(R, iss)
    if iss == "unionpay" and len(n) != 16:
        n = card_random(R, iss)
    sizes = card_grouping(len(n))
    sep = R.choice([" ", " ", "-", "\u00a0", ""])
    txt = sep.join(split_groups(n, sizes)) if sep else n
    return L("card", txt, sub=iss)


def iban(R, cc, holder=None):
    v = iban_any(R, cc)
    style = R.random()
    if style < 0.55:
        txt = group(v, 4, " ")
    elif style < 0.7:
        txt = group(v, 4, "\u00a0")
    else:
        txt = v
    meta = {"sub": cc}
    if holder:
        meta["holder"] = holder
    return L("iban", txt, **meta)


# ---------------------------------------------------------------- e-mail, ip
WEBMAIL = {"US": ["gmail.com", "yahoo.com", "outlook.com"], "GB": ["btinternet.com", "gmail.com", "hotmail.co.uk"],
           "DE": ["web.de", "gmx.de", "t-online.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
           "ES": ["gmail.com", "hotmail.es", "telefonica.net"], "IT": ["libero.it", "virgilio.it", "gmail.com"],
           "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"], "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
           "PL": ["wp.pl", "onet.pl", "interia.pl"], "RU": ["yandex.ru", "mail.ru", "rambler.ru"],
           "GR": ["otenet.gr", "yahoo.gr", "gmail.com"], "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
           "IL": ["walla.co.il", "gmail.com", "012.net.il"], "EG": ["yahoo.com", "gmail.com", "hotmail.com"],
           "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"], "TH": ["hotmail.co.th", "gmail.com", "yahoo.co.th"],
           "CN": ["qq.com", "163.com", "126.com"], "JP": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"],
           "KR": ["naver.com", "daum.net", "hanmail.net"], "VN": ["gmail.com", "yahoo.com.vn", "gmail.com"]}


def _lp(s):
    return re.sub(r"[^a-z0-9]", "", _fold(s).lower())


def email_personal(R, cc, p):
    g, f = _lp(p["given_roman"]), _lp(p["fam_roman"])
    if cc == "CN" and R.random() < 0.4:
        local = str(R.randint(10 ** 7, 10 ** 10 - 1))
    else:
        local = R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s.%s%d" % (f, g, p["dob"].year % 100), "%s_%s" % (g, f), "%s%d" % (g + f[:3], R.randint(1, 99))])
    return L("email", local + "@" + R.choice(WEBMAIL[cc]), sub="personal")


def email_work(R, dom, p):
    g, f = _lp(p["given_roman"]), _lp(p["fam_roman"])
    local = R.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s.%s" % (g[0], f)])
    return L("email", local + "@" + dom, sub="work")


def ip_global(R, v6=False):
    while True:
        if v6:
            a = ipaddress.IPv6Address("%s:%x:%x:%x::%x" % (R.choice(["2a02", "2a01", "2600", "2408", "240e", "2405", "2a00", "2804"]), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff)))
        else:
            a = ipaddress.IPv4Address("%d.%d.%d.%d" % (R.randint(1, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))
        if a.is_global and not a.is_multicast:
            return L("ip", str(a), sub="ipv6" if v6 else "ipv4")


def ip_private(R):
    return R.choice(["10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 250)),
                     "192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 250)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))])


def ip_doc(R):
    return R.choice(["192.0.2.%d" % R.randint(1, 254), "198.51.100.%d" % R.randint(1, 254), "203.0.113.%d" % R.randint(1, 254), "2001:db8::%x" % R.randint(1, 0xfff)])


TEST_CARDS = ["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444", "4000 0000 0000 0002", "3782 822463 10005", "5200 8282 8282 8210"]
TEST_CARD_DIGITS = {re.sub(r"\D", "", t) for t in TEST_CARDS}


def secret(R, kind):
    return L("secret", secret_random(R, kind), sub=kind)


# ====================================================================== frames
# Per-language frames, written for this part. {X} is a slot; {g:m|f} agrees
# with the speaker (or writer), {h:m|f} with the addressee.
LG = {}
LG["en"] = dict(
    req=["Can you tidy this up and check nothing is missing before it goes on file?",
         "Summarise this in three bullet points for the home manager.",
         "Help me write a polite reply to this.",
         "Turn this into a tidy table, one row per person.",
         "What should I take out before I send this to the software supplier's helpdesk?"],
    notes=["Daily care notes", "Resident: {R} ({room}), date of birth {dob}",
           "{t1} {C} helped {RG} to wash and dress; skin intact, no redness on the heels.",
           "{t2} Breakfast: porridge and half a cup of tea. {med} given by {N}.",
           "{t3} {RG} walked to the {epon} with the frame, no falls.",
           "{t4} {K} phoned ({KP}) and asked about the chiropodist's visit.",
           "{t5} Settled for the night, care plan {cp} followed."],
    letter=["{h:Dear Dr|Dear Dr} {D},", "Re: {R}, born {dob}, {idl} {id}",
            "We would be grateful if you could review the medication of {RG}, who lives in {room} with us. Since {date2} {RG} has been drowsy in the afternoons and has had two near-falls (incident {inc}).",
            "Current medication: {med1}; {med2}. We have asked {P} to hold the next blister pack until we hear from you.",
            "Please reply to me by e-mail or through the nurses' station on {tel}.",
            "Kind regards,", "Registered nurse"],
    hand=["Night handover, {wing}:", "{R1} ({room1}): restless until 02:00, paracetamol 1 g at 23:40.",
          "{R2} ({room2}): {K} is visiting at 11:00 and will bring the new glasses.",
          "Please ring {K2} back on {KP} about the hoist assessment.", "Thanks, noted."],
    fam=["Hello, it's {K}, {RG}'s {rel}. My mobile number has changed, it's now {KP}.",
         "Thank you, I've updated the file. Shall I keep {KM} as your e-mail?",
         "Yes please. And {sib}, {K2}, born {dob2}, now holds the power of attorney together with me.",
         "Could you send us a certified copy? Our address is {haddr}.",
         "Will do. The lamp in {room} still needs replacing, by the way."],
    sib=("my sister", "my brother"),
    card=["Hi, I'd like to pay invoice {inv} for {RG}'s respite week ({amt}).",
          "Of course, you can give me the card details here and I'll put it through now.",
          "Card {CARD}, expiry {exp}, name on the card {CAPS}. I'll give you the security code by phone.",
          "All done, the receipt will go to {KM}."],
    notice=["Notice to residents and families", "From {date} visiting hours are 14:00–17:30 while the {epon} is being redecorated.", "Questions: {tel} or {role}, {web}"],
    insp=["Inspection by {reg} at {H} on {date}: overall rating good.", "Finding under {cite}: medication records incomplete on 3 of 20 charts in the {wing}.", "Action plan due by {date2}, reference {ref}."],
    fee=["Fees from {date}", "Standard room, per week", "Room with en-suite, per week", "Respite stay, per night", "Hairdresser", "Payment by direct debit on the 1st of each month."],
    words=["Will the new sling arrive before the hoist is serviced?", "Rose and Ivy lounges are closed for painting on Monday."],
)
LG["de"] = dict(
    req=["Kannst du das ordentlich formatieren und prüfen, ob etwas fehlt?",
         "Fass das bitte in drei Stichpunkten für die Heimleitung zusammen.",
         "Hilf mir, darauf freundlich zu antworten."],
    notes=["Pflegebericht", "Bewohner/in: {R} ({room}), geb. {dob}",
           "{t1} {C} hat {RG} bei der Grundpflege unterstützt; Haut intakt, Fersen ohne Rötung.",
           "{t2} Frühstück: Haferbrei, eine halbe Tasse Tee. {med} durch {N} verabreicht.",
           "{t3} {RG} ist mit dem Rollator in den {epon} gegangen, kein Sturz.",
           "{t4} {K} hat angerufen ({KP}) und nach dem Termin der Fußpflege gefragt.",
           "{t5} Nachtruhe, Maßnahmenplan {cp} eingehalten."],
    letter=["{h:Sehr geehrter Herr|Sehr geehrte Frau} Dr. {D},", "Betreff: {R}, geb. {dob}, {idl} {id}",
            "wir bitten Sie, die Medikation von {RG} (bei uns in {room}) zu überprüfen. Seit dem {date2} ist {RG} nachmittags sehr schläfrig und hatte zwei Beinahe-Stürze (Ereignis {inc}).",
            "Aktuelle Medikation: {med1}; {med2}. Die {P} liefert den nächsten Blister erst nach Ihrer Rückmeldung.",
            "Bitte antworten Sie mir per E-Mail oder über den Wohnbereich unter {tel}.",
            "Mit freundlichen Grüßen", "{g:Pflegefachmann|Pflegefachfrau}"],
    hand=["Übergabe Nachtdienst, {wing}:", "{R1} ({room1}): unruhig bis 02:00, Paracetamol 1 g um 23:40.",
          "{R2} ({room2}): Besuch von {K} um 11:00, bringt die neue Brille mit.",
          "Bitte {K2} unter {KP} zurückrufen, es geht um die Liftereinweisung.", "Danke, ist notiert."],
    fam=["Guten Tag, hier ist {K}, {rel} von {RG}. Meine Handynummer hat sich geändert: {KP}.",
         "Danke, ist eingetragen. Soll ich {KM} als E-Mail behalten?",
         "Ja, bitte. Außerdem hat {sib} {K2}, geb. {dob2}, jetzt zusammen mit mir die Vorsorgevollmacht.",
         "Können Sie uns eine beglaubigte Kopie schicken? Unsere Adresse: {haddr}.",
         "Mache ich. Die Lampe in {room} ist übrigens immer noch kaputt."],
    sib=("meine Schwester", "mein Bruder"),
    card=["Hallo, ich möchte die Rechnung {inv} für die Kurzzeitpflege von {RG} bezahlen ({amt}).",
          "Gern, Sie können mir die Kartendaten hier schicken, ich buche das gleich.",
          "Karte {CARD}, gültig bis {exp}, Name auf der Karte {CAPS}. Die Prüfnummer sage ich Ihnen am Telefon.",
          "Erledigt, die Quittung geht an {KM}."],
    notice=["Information für Bewohner und Angehörige", "Ab {date} gelten wegen der Renovierung im {epon} die Besuchszeiten 14:00–17:30 Uhr.", "Fragen: {tel} oder {role}, {web}"],
    insp=["Prüfung durch die {reg} in {H} am {date}: Gesamtergebnis gut.", "Feststellung nach {cite}: Medikamentendokumentation in 3 von 20 Akten im {wing} unvollständig.", "Maßnahmenplan bis {date2}, Aktenzeichen {ref}."],
    fee=["Entgelte ab {date}", "Einzelzimmer, pro Monat", "Einzelzimmer mit Bad, pro Monat", "Kurzzeitpflege, pro Tag", "Friseur", "Zahlung per SEPA-Lastschrift zum 1. des Monats."],
    words=["Die Rose im Innenhof blüht wieder, bitte beim Gießen aufpassen.", "Ernst bleibt die Lage beim Personal am Wochenende."],
)
LG["fr"] = dict(
    req=["Peux-tu mettre ça au propre et vérifier qu'il ne manque rien ?",
         "Résume-moi ça en trois points pour la direction.",
         "Aide-moi à rédiger une réponse aimable."],
    notes=["Transmissions ciblées", "Résident(e) : {R} ({room}), né(e) le {dob}",
           "{t1} {C} a aidé {RG} pour la toilette et l'habillage ; peau intacte, talons sans rougeur.",
           "{t2} Petit-déjeuner : bouillie d'avoine, une demi-tasse de thé. {med} administré par {N}.",
           "{t3} {RG} est allé(e) jusqu'à l'{epon} avec le déambulateur, pas de chute.",
           "{t4} {K} a appelé ({KP}) pour le rendez-vous du pédicure.",
           "{t5} Couché(e), plan de soins {cp} respecté."],
    letter=["{h:Cher Docteur|Chère Docteure} {D},", "Objet : {R}, né(e) le {dob}, {idl} {id}",
            "Nous vous serions reconnaissants de réévaluer le traitement de {RG}, résident(e) en {room}. Depuis le {date2}, {RG} est somnolent(e) l'après-midi et a failli chuter deux fois (événement {inc}).",
            "Traitement actuel : {med1} ; {med2}. La {P} suspend le prochain pilulier en attendant votre avis.",
            "Vous pouvez me répondre par courriel ou via l'infirmerie au {tel}.",
            "Bien cordialement,", "{g:Infirmier|Infirmière} coordinat{g:eur|rice}"],
    hand=["Relève de nuit, {wing} :", "{R1} ({room1}) : agité(e) jusqu'à 2 h, paracétamol 1 g à 23 h 40.",
          "{R2} ({room2}) : visite de {K} à 11 h, apporte les nouvelles lunettes.",
          "Merci de rappeler {K2} au {KP} pour l'évaluation du lève-personne.", "Merci, c'est noté."],
    fam=["Bonjour, c'est {K}, {rel} de {RG}. J'ai changé de portable : {KP}.",
         "Merci, c'est mis à jour. Je garde {KM} comme adresse mail ?",
         "Oui, merci. Et {sib} {K2}, né(e) le {dob2}, est désormais mandataire avec moi.",
         "Pourriez-vous nous envoyer une copie certifiée ? Notre adresse : {haddr}.",
         "D'accord. La lampe de la {room} n'est toujours pas changée, au fait."],
    sib=("ma sœur", "mon frère"),
    card=["Bonjour, je voudrais régler la facture {inv} pour le séjour temporaire de {RG} ({amt}).",
          "Bien sûr, vous pouvez me donner les coordonnées de la carte ici, je l'encaisse tout de suite.",
          "Carte {CARD}, expiration {exp}, nom sur la carte {CAPS}. Le cryptogramme, je vous le donne par téléphone.",
          "C'est fait, le reçu partira à {KM}."],
    notice=["Information aux résidents et aux familles", "À partir du {date}, les visites ont lieu de 14 h à 17 h 30 pendant les travaux ({epon}).", "Questions : {tel} ou {role}, {web}"],
    insp=["Inspection de l'{reg} à l'{H} le {date} : appréciation globale satisfaisante.", "Constat au titre de l'{cite} : traçabilité des médicaments incomplète sur 3 dossiers sur 20 ({wing}).", "Plan d'action attendu pour le {date2}, référence {ref}."],
    fee=["Tarifs au {date}", "Hébergement, chambre simple, par jour", "Chambre avec salle d'eau, par jour", "Hébergement temporaire, par nuit", "Coiffure", "Règlement par prélèvement SEPA le 1er du mois."],
    words=["Clémence de l'hiver : promenade au parc l'après-midi.", "Aimé de tous, le chat de l'étage a eu droit à une fête."],
)
LG["es"] = dict(
    req=["¿Puedes ordenar esto y revisar que no falte nada?",
         "Resúmeme esto en tres puntos para la dirección.",
         "Ayúdame a redactar una respuesta amable."],
    notes=["Registro diario de cuidados", "Residente: {R} ({room}), nacido/a el {dob}",
           "{t1} {C} ayudó a {RG} con el aseo y el vestido; piel íntegra, talones sin enrojecimiento.",
           "{t2} Desayuno: gachas y media taza de té. {med} administrado por {N}.",
           "{t3} {RG} caminó hasta el {epon} con andador, sin caídas.",
           "{t4} Llamó {K} ({KP}) para preguntar por la cita del podólogo.",
           "{t5} Acostado/a, plan de cuidados {cp} cumplido."],
    letter=["{h:Estimado Dr.|Estimada Dra.} {D}:", "Asunto: {R}, nacido/a el {dob}, {idl} {id}",
            "Le agradeceríamos que revisara la medicación de {RG}, residente en la {room}. Desde el {date2} está somnoliento/a por las tardes y ha tenido dos casi caídas (incidencia {inc}).",
            "Medicación actual: {med1}; {med2}. Hemos pedido a la {P} que retenga el próximo blíster hasta su respuesta.",
            "Puede responderme por correo o a través del control de enfermería, {tel}.",
            "Atentamente,", "{g:Enfermero|Enfermera}"],
    hand=["Relevo de noche, {wing}:", "{R1} ({room1}): inquieto/a hasta las 02:00, paracetamol 1 g a las 23:40.",
          "{R2} ({room2}): visita de {K} a las 11:00, trae las gafas nuevas.",
          "Llamad a {K2} al {KP} por la valoración de la grúa.", "Gracias, anotado."],
    fam=["Hola, soy {K}, {rel} de {RG}. He cambiado de móvil: {KP}.",
         "Gracias, ya está actualizado. ¿Mantengo {KM} como correo?",
         "Sí, por favor. Y {sib} {K2}, nacido/a el {dob2}, ahora tiene el poder preventivo conmigo.",
         "¿Nos podría enviar una copia compulsada? Nuestra dirección: {haddr}.",
         "De acuerdo. Por cierto, la lámpara de la {room} sigue sin cambiar."],
    sib=("mi hermana", "mi hermano"),
    card=["Hola, quería pagar la factura {inv} de la estancia temporal de {RG} ({amt}).",
          "Claro, puede pasarme los datos de la tarjeta por aquí y lo cobro ahora.",
          "Tarjeta {CARD}, caduca {exp}, titular {CAPS}. El CVV se lo digo por teléfono.",
          "Hecho, el recibo irá a {KM}."],
    notice=["Aviso a residentes y familias", "Desde el {date} el horario de visitas será de 14:00 a 17:30 por las obras del {epon}.", "Consultas: {tel} o {role}, {web}"],
    insp=["Inspección de la {reg} en la {H} el {date}: valoración global favorable.", "Hallazgo según la {cite}: registros de medicación incompletos en 3 de 20 expedientes ({wing}).", "Plan de mejora antes del {date2}, referencia {ref}."],
    fee=["Tarifas desde el {date}", "Habitación individual, al mes", "Habitación con baño, al mes", "Estancia temporal, por noche", "Peluquería", "Pago por domiciliación SEPA el día 1 de cada mes."],
    words=["Dolores de espalda: revisar las sillas del comedor.", "Rosario del jueves en la capilla a las cinco."],
)
LG["it"] = dict(
    req=["Puoi sistemare questo testo e controllare che non manchi nulla?",
         "Riassumimi questo in tre punti per la direzione.",
         "Aiutami a scrivere una risposta cortese."],
    notes=["Diario assistenziale", "Ospite: {R} ({room}), nato/a il {dob}",
           "{t1} {C} ha aiutato {RG} nell'igiene e nella vestizione; cute integra, talloni senza arrossamenti.",
           "{t2} Colazione: semolino e mezza tazza di tè. {med} somministrato da {N}.",
           "{t3} {RG} ha raggiunto il {epon} con il deambulatore, nessuna caduta.",
           "{t4} Ha telefonato {K} ({KP}) per la visita del podologo.",
           "{t5} A letto, piano assistenziale {cp} rispettato."],
    letter=["{h:Egregio Dott.|Gentile Dott.ssa} {D},", "Oggetto: {R}, nato/a il {dob}, {idl} {id}",
            "Le chiediamo di rivalutare la terapia di {RG}, ospite della {room}. Dal {date2} {RG} è sonnolento/a nel pomeriggio e ha rischiato di cadere due volte (evento {inc}).",
            "Terapia attuale: {med1}; {med2}. La {P} tiene in sospeso il prossimo blister fino a Sua indicazione.",
            "Può rispondermi per e-mail o tramite l'infermeria al {tel}.",
            "Cordiali saluti,", "{g:Infermiere|Infermiera} coordinat{g:ore|rice}"],
    hand=["Consegne notte, {wing}:", "{R1} ({room1}): agitato/a fino alle 2, paracetamolo 1 g alle 23:40.",
          "{R2} ({room2}): visita di {K} alle 11, porta gli occhiali nuovi.",
          "Richiamate {K2} al {KP} per la valutazione del sollevatore.", "Grazie, annotato."],
    fam=["Buongiorno, sono {K}, {rel} di {RG}. Ho cambiato cellulare: {KP}.",
         "Grazie, aggiornato. Tengo {KM} come e-mail?",
         "Sì, grazie. E {sib} {K2}, nato/a il {dob2}, ora è amministratore di sostegno insieme a me.",
         "Può mandarci una copia conforme del decreto? Il nostro indirizzo: {haddr}.",
         "Va bene. A proposito, la lampada della {room} è ancora da cambiare."],
    sib=("mia sorella", "mio fratello"),
    card=["Buongiorno, vorrei pagare la fattura {inv} per il ricovero di sollievo di {RG} ({amt}).",
          "Certo, può darmi i dati della carta qui e la addebito subito.",
          "Carta {CARD}, scadenza {exp}, intestata a {CAPS}. Il CVV glielo dico per telefono.",
          "Fatto, la ricevuta arriverà a {KM}."],
    notice=["Avviso a ospiti e familiari", "Dal {date} le visite sono dalle 14:00 alle 17:30 per i lavori nel {epon}.", "Informazioni: {tel} o {role}, {web}"],
    insp=["Ispezione {reg} presso la {H} il {date}: esito complessivo positivo.", "Rilievo ai sensi del {cite}: schede di terapia incomplete in 3 cartelle su 20 ({wing}).", "Piano di miglioramento entro il {date2}, protocollo {ref}."],
    fee=["Rette dal {date}", "Camera singola, al giorno", "Camera con bagno, al giorno", "Ricovero di sollievo, a notte", "Parrucchiere", "Pagamento con addebito SEPA il giorno 1 di ogni mese."],
    words=["Serena la notte al secondo piano, nessuna chiamata.", "Gioia per la festa dei compleanni di giovedì."],
)
LG["nl"] = dict(
    req=["Kun je dit netjes maken en controleren of er niets ontbreekt?",
         "Vat dit samen in drie punten voor de locatiemanager.",
         "Help me een vriendelijk antwoord te schrijven."],
    notes=["Dagrapportage", "Cliënt: {R} ({room}), geboren {dob}",
           "{t1} {C} heeft {RG} geholpen met wassen en aankleden; huid intact, hielen niet rood.",
           "{t2} Ontbijt: pap en een half kopje thee. {med} gegeven door {N}.",
           "{t3} {RG} is met de rollator naar de {epon} gelopen, niet gevallen.",
           "{t4} {K} belde ({KP}) over de afspraak met de pedicure.",
           "{t5} Naar bed, zorgplan {cp} gevolgd."],
    letter=["Geachte {h:heer|mevrouw} {D},", "Betreft: {R}, geboren {dob}, {idl} {id}",
            "Wij vragen u de medicatie van {RG} (bij ons in {room}) te beoordelen. Sinds {date2} is {RG} 's middags erg slaperig en bijna twee keer gevallen (melding {inc}).",
            "Huidige medicatie: {med1}; {med2}. {P} houdt de volgende baxterrol vast tot wij van u horen.",
            "U kunt mij mailen of bellen via de afdeling, {tel}.",
            "Met vriendelijke groet,", "Verpleegkundige"],
    hand=["Overdracht nachtdienst, {wing}:", "{R1} ({room1}): onrustig tot 02:00, paracetamol 1 g om 23:40.",
          "{R2} ({room2}): {K} komt om 11:00 op bezoek met de nieuwe bril.",
          "Graag {K2} terugbellen op {KP} over de tilliftindicatie.", "Dank, genoteerd."],
    fam=["Hallo, met {K}, {rel} van {RG}. Mijn mobiele nummer is veranderd: {KP}.",
         "Dank u, aangepast. Zal ik {KM} als e-mailadres houden?",
         "Ja graag. En {sib} {K2}, geboren {dob2}, is nu samen met mij gevolmachtigde.",
         "Kunt u ons een gewaarmerkte kopie sturen? Ons adres: {haddr}.",
         "Doe ik. De lamp in {room} is trouwens nog steeds niet vervangen."],
    sib=("mijn zus", "mijn broer"),
    card=["Hoi, ik wil factuur {inv} voor het logeerverblijf van {RG} betalen ({amt}).",
          "Natuurlijk, u kunt de kaartgegevens hier doorgeven, dan schrijf ik het meteen af.",
          "Kaart {CARD}, geldig tot {exp}, naam op de kaart {CAPS}. De beveiligingscode geef ik telefonisch.",
          "Gelukt, de bon gaat naar {KM}."],
    notice=["Bericht aan bewoners en familie", "Vanaf {date} is het bezoekuur 14.00–17.30 uur vanwege de verbouwing van de {epon}.", "Vragen: {tel} of {role}, {web}"],
    insp=["Inspectiebezoek {reg} bij {H} op {date}: algemeen oordeel voldoende.", "Bevinding op grond van {cite}: medicatieregistratie onvolledig in 3 van 20 dossiers ({wing}).", "Verbeterplan vóór {date2}, kenmerk {ref}."],
    fee=["Tarieven per {date}", "Eenpersoonskamer, per maand", "Kamer met eigen sanitair, per maand", "Logeeropname, per nacht", "Kapper", "Betaling via SEPA-incasso op de 1e van de maand."],
    words=["Wil je de tillift na gebruik aan de lader zetten?", "Fleur op de afdeling na de verbouwing, iedereen blij."],
)
LG["pt"] = dict(
    req=["Pode organizar isto e ver se não está faltando nada?",
         "Resume isto em três tópicos para a coordenação.",
         "Me ajuda a escrever uma resposta educada."],
    notes=["Evolução diária", "Residente: {R} ({room}), nascido/a em {dob}",
           "{t1} {C} ajudou {RG} no banho e a vestir-se; pele íntegra, calcanhares sem vermelhidão.",
           "{t2} Café da manhã: mingau e meia xícara de chá. {med} administrado por {N}.",
           "{t3} {RG} foi até a {epon} com o andador, sem quedas.",
           "{t4} {K} ligou ({KP}) perguntando da consulta com o podólogo.",
           "{t5} Deitado/a, plano de cuidados {cp} seguido."],
    letter=["{h:Prezado Dr.|Prezada Dra.} {D},", "Assunto: {R}, nascido/a em {dob}, {idl} {id}",
            "Pedimos a gentileza de reavaliar a medicação de {RG}, residente no {room}. Desde {date2} {RG} está sonolento/a à tarde e quase caiu duas vezes (ocorrência {inc}).",
            "Medicação atual: {med1}; {med2}. A {P} vai segurar a próxima cartela até sua orientação.",
            "Pode me responder por e-mail ou pelo posto de enfermagem, {tel}.",
            "Atenciosamente,", "{g:Enfermeiro|Enfermeira}"],
    hand=["Passagem de plantão noturno, {wing}:", "{R1} ({room1}): agitado/a até 02h, paracetamol 750 mg às 23h40.",
          "{R2} ({room2}): visita de {K} às 11h, vai trazer os óculos novos.",
          "Favor retornar para {K2} no {KP} sobre a avaliação do guincho.", "Obrigado, anotado."],
    fam=["Oi, aqui é {K}, {rel} de {RG}. Mudei de celular: {KP}.",
         "Obrigado, já atualizei. Mantenho {KM} como e-mail?",
         "Sim, por favor. E {sib} {K2}, nascido/a em {dob2}, agora também é procurador/a junto comigo.",
         "Pode nos mandar uma cópia autenticada? Nosso endereço: {haddr}.",
         "Pode deixar. Ah, a lâmpada do {room} ainda não foi trocada."],
    sib=("minha irmã", "meu irmão"),
    card=["Oi, queria pagar o boleto {inv} da estadia temporária de {RG} ({amt}).",
          "Claro, pode me passar os dados do cartão aqui que eu lanço agora.",
          "Cartão {CARD}, validade {exp}, nome impresso {CAPS}. O código de segurança passo por telefone.",
          "Pronto, o comprovante vai para {KM}."],
    notice=["Aviso aos residentes e familiares", "A partir de {date} as visitas serão das 14h às 17h30 por causa da reforma da {epon}.", "Dúvidas: {tel} ou {role}, {web}"],
    insp=["Inspeção da {reg} no {H} em {date}: avaliação geral satisfatória.", "Achado conforme a {cite}: registros de medicação incompletos em 3 de 20 prontuários ({wing}).", "Plano de ação até {date2}, protocolo {ref}."],
    fee=["Valores a partir de {date}", "Quarto individual, por mês", "Quarto com banheiro, por mês", "Estadia temporária, por diária", "Cabeleireiro", "Pagamento por débito automático no dia 1º."],
    words=["Luz do corredor queimada perto do quarto 12.", "Aurora no jardim: café às 6h para quem acorda cedo."],
)
LG["pl"] = dict(
    req=["Możesz to uporządkować i sprawdzić, czy niczego nie brakuje?",
         "Streść to w trzech punktach dla dyrekcji.",
         "Pomóż mi napisać uprzejmą odpowiedź."],
    notes=["Raport pielęgniarski", "Mieszkan{r:iec|ka}: {R} ({room}), ur. {dob}",
           "{t1} Toaleta i ubieranie: {RG}, pomagał(a) {C}; skóra bez zmian, pięty bez zaczerwienienia.",
           "{t2} Śniadanie: owsianka, pół kubka herbaty. {med} podał(a) {N}.",
           "{t3} {RG}: spacer z balkonikiem ({epon}), bez upadku.",
           "{t4} Dzwonił(a) {K} ({KP}) w sprawie wizyty podologa.",
           "{t5} Spokojna noc, plan opieki {cp} realizowany."],
    letter=["{h:Szanowny Panie Doktorze|Szanowna Pani Doktor} {D},", "Dotyczy: {R}, ur. {dob}, {idl} {id}",
            "Prosimy o ocenę leczenia. {r:Pacjent|Pacjentka}: {RG}, {room}. Od {date2} {r:jest senny|jest senna} po południu i dwukrotnie {r:był bliski|była bliska} upadku (zdarzenie {inc}).",
            "Obecne leki: {med1}; {med2}. {P} wstrzyma kolejną dostawę do czasu Pana/Pani decyzji.",
            "Proszę o odpowiedź mailowo lub przez dyżurkę: {tel}.",
            "Z poważaniem,", "{g:Pielęgniarz|Pielęgniarka}"],
    hand=["Raport z nocy, {wing}:", "{R1} ({room1}): niespokojnie do 2:00, paracetamol 1 g o 23:40.",
          "{R2} ({room2}): o 11:00 odwiedziny, przyjdzie {K} z nowymi okularami.",
          "Proszę oddzwonić: {K2}, tel. {KP}, w sprawie podnośnika.", "Dzięki, zapisane."],
    fam=["Dzień dobry, tu {K} ({rel}; {r:mieszkaniec|mieszkanka}: {RG}). {g:Zmieniłem|Zmieniłam} numer komórki: {KP}.",
         "Dziękuję, zaktualizowane. Czy zostawić {KM} jako e-mail?",
         "Tak, proszę. I {sib} {K2}, ur. {dob2}, ma teraz razem ze mną pełnomocnictwo.",
         "Czy mogą Państwo przesłać nam poświadczoną kopię? Nasz adres: {haddr}.",
         "Dobrze. Przy okazji: lampa w {room} wciąż nie jest wymieniona."],
    sib=("moja siostra", "mój brat"),
    card=["Dzień dobry, chcę zapłacić fakturę {inv} za pobyt wytchnieniowy ({RG}), kwota {amt}.",
          "Oczywiście, może mi Pan/Pani podać dane karty tutaj, od razu obciążę.",
          "Karta {CARD}, ważna do {exp}, imię na karcie {CAPS}. Kod CVC podam telefonicznie.",
          "Gotowe, potwierdzenie pójdzie na {KM}."],
    notice=["Informacja dla mieszkańców i rodzin", "Od {date} odwiedziny w godz. 14:00–17:30 z powodu remontu ({epon}).", "Pytania: {tel} lub {role}, {web}"],
    insp=["Kontrola: {reg}, {H}, {date}: ocena ogólna pozytywna.", "Ustalenie na podstawie {cite}: niepełna dokumentacja leków w 3 z 20 kart ({wing}).", "Plan naprawczy do {date2}, znak sprawy {ref}."],
    fee=["Opłaty od {date}", "Pokój jednoosobowy, miesięcznie", "Pokój z łazienką, miesięcznie", "Pobyt wytchnieniowy, za dobę", "Fryzjer", "Płatność poleceniem zapłaty 1. dnia miesiąca."],
    words=["Róża w ogrodzie zakwitła, proszę jej nie zrywać.", "Jagoda na deser w czwartek, bez cukru dla diabetyków."],
)
LG["ru"] = dict(
    req=["Приведи это в порядок и проверь, всё ли заполнено.",
         "Сделай краткое резюме в трёх пунктах для директора.",
         "Помоги написать вежливый ответ."],
    notes=["Дневник ухода", "Проживающ{r:ий|ая}: {R} ({room}), дата рождения {dob}",
           "{t1} Умывание и одевание ({RG}), помогал(а) {C}; кожа чистая, пятки без покраснения.",
           "{t2} Завтрак: овсяная каша, полчашки чая. {med} даёт {N}.",
           "{t3} {RG} с ходунками прош{r:ёл|ла} в {epon}, падений нет.",
           "{t4} Звонил(а) {K} ({KP}): вопрос о визите подолога.",
           "{t5} Отбой, план ухода {cp} выполнен."],
    letter=["{h:Уважаемый|Уважаемая} {D}!", "Касательно: {R}, дата рождения {dob}, {idl} {id}",
            "Просим пересмотреть лечение. Проживающ{r:ий|ая}: {RG}, {room}. С {date2} днём наблюдается сонливость, дважды чуть не упал{r:|а} (инцидент {inc}).",
            "Текущая терапия: {med1}; {med2}. {P} придержит следующую поставку до Вашего ответа.",
            "Ответить можно по почте или через пост медсестры: {tel}.",
            "С уважением,", "Старшая медсестра"],
    hand=["Передача смены, {wing}:", "{R1} ({room1}): беспокойство до 02:00, парацетамол 1 г в 23:40.",
          "{R2} ({room2}): в 11:00 придёт {K}, принесёт новые очки.",
          "Перезвоните, пожалуйста: {K2}, номер {KP}, насчёт подъёмника.", "Спасибо, {g:принял|приняла}."],
    fam=["Здравствуйте, это {K} ({rel}; проживающ{r:ий|ая} — {RG}). У меня новый мобильный: {KP}.",
         "Спасибо, обновили. Почту {KM} оставляем?",
         "Да, пожалуйста. И {sib} {K2}, дата рождения {dob2}, теперь тоже по доверенности.",
         "Пришлите, пожалуйста, нотариальную копию. Наш адрес: {haddr}.",
         "Хорошо. Кстати, лампу в {room} так и не поменяли."],
    sib=("моя сестра", "мой брат"),
    card=["Здравствуйте, хочу оплатить счёт {inv} за временное проживание ({RG}), сумма {amt}.",
          "Конечно, можете прислать данные карты сюда, я сразу проведу.",
          "Карта {CARD}, срок {exp}, имя на карте {CAPS}. Код CVC скажу по телефону.",
          "Готово, чек придёт на {KM}."],
    notice=["Объявление для проживающих и родственников", "С {date} посещения с 14:00 до 17:30 из-за ремонта: {epon}.", "Вопросы: {tel} или {role}, {web}"],
    insp=["Проверка: {reg}, {H}, {date}: в целом удовлетворительно.", "Замечание по {cite}: неполные листы назначений в 3 из 20 карт ({wing}).", "План устранения до {date2}, № {ref}."],
    fee=["Тарифы с {date}", "Одноместная комната, в месяц", "Комната с санузлом, в месяц", "Временное проживание, сутки", "Парикмахер", "Оплата автоплатежом 1-го числа."],
    words=["Надежда на скорое выздоровление у всего второго этажа.", "Роза в зимнем саду зацвела, не переставляйте горшок."],
)
LG["el"] = dict(
    req=["Μπορείς να το τακτοποιήσεις και να δεις αν λείπει κάτι;",
         "Κάνε μου μια σύνοψη σε τρία σημεία για τη διεύθυνση.",
         "Βοήθησέ με να γράψω μια ευγενική απάντηση."],
    notes=["Ημερήσιο δελτίο φροντίδας", "Φιλοξενούμεν{r:ος|η}: {R} ({room}), γεν. {dob}",
           "{t1} Πλύσιμο και ντύσιμο ({RG}) με βοήθεια από {C}· δέρμα ακέραιο, φτέρνες χωρίς ερυθρότητα.",
           "{t2} Πρωινό: κουάκερ και μισό φλιτζάνι τσάι. {med} από {N}.",
           "{t3} {RG}: περπάτημα με το Π μέχρι την {epon}, χωρίς πτώση.",
           "{t4} Τηλεφώνησε {K} ({KP}) για το ραντεβού του ποδολόγου.",
           "{t5} Ύπνος, πλάνο φροντίδας {cp} τηρήθηκε."],
    letter=["{h:Αξιότιμε κύριε|Αξιότιμη κυρία} {D},", "Θέμα: {R}, γεν. {dob}, {idl} {id}",
            "Παρακαλούμε να επανεξετάσετε τη φαρμακευτική αγωγή. Φιλοξενούμεν{r:ος|η}: {RG}, {room}. Από {date2} παρουσιάζει υπνηλία το απόγευμα και δύο παραλίγο πτώσεις (συμβάν {inc}).",
            "Τρέχουσα αγωγή: {med1}· {med2}. Το {P} κρατά την επόμενη παραγγελία μέχρι την απάντησή σας.",
            "Μπορείτε να μου απαντήσετε με email ή στο {tel}.",
            "Με εκτίμηση,", "{g:Νοσηλευτής|Νοσηλεύτρια}"],
    hand=["Παράδοση νυχτερινής βάρδιας, {wing}:", "{R1} ({room1}): ανήσυχ{r:ος|η} έως τις 02:00, παρακεταμόλη 1 g στις 23:40.",
          "{R2} ({room2}): επίσκεψη στις 11:00, έρχεται {K} με τα καινούργια γυαλιά.",
          "Να πάρει κάποιος τηλέφωνο: {K2}, {KP}, για την αξιολόγηση του ανυψωτικού.", "Ευχαριστώ, σημειώθηκε."],
    fam=["Καλημέρα, είμαι {K} ({rel}· φιλοξενούμεν{r:ος|η}: {RG}). Άλλαξα κινητό: {KP}.",
         "Ευχαριστώ, ενημερώθηκε. Κρατάμε το {KM} ως email;",
         "Ναι, παρακαλώ. Και {sib} {K2}, γεν. {dob2}, έχει πλέον πληρεξούσιο μαζί μου.",
         "Μπορείτε να μας στείλετε επικυρωμένο αντίγραφο; Η διεύθυνσή μας: {haddr}.",
         "Εντάξει. Παρεμπιπτόντως, η λάμπα στο {room} ακόμα δεν άλλαξε."],
    sib=("η αδελφή μου", "ο αδελφός μου"),
    card=["Γεια σας, θέλω να πληρώσω το τιμολόγιο {inv} για την προσωρινή φιλοξενία ({RG}), ποσό {amt}.",
          "Βεβαίως, στείλτε μου εδώ τα στοιχεία της κάρτας και το περνάω αμέσως.",
          "Κάρτα {CARD}, λήξη {exp}, όνομα στην κάρτα {CAPS}. Τον κωδικό CVV θα σας τον πω τηλεφωνικά.",
          "Έγινε, η απόδειξη θα σταλεί στο {KM}."],
    notice=["Ανακοίνωση προς φιλοξενούμενους και οικογένειες", "Από {date} το επισκεπτήριο είναι 14:00–17:30 λόγω εργασιών στην {epon}.", "Πληροφορίες: {tel} ή {role}, {web}"],
    insp=["Έλεγχος από {reg} στη {H} στις {date}: συνολικά ικανοποιητικό.", "Εύρημα βάσει {cite}: ελλιπή φύλλα χορήγησης φαρμάκων σε 3 από 20 φακέλους ({wing}).", "Σχέδιο διορθωτικών ενεργειών έως {date2}, αρ. πρωτ. {ref}."],
    fee=["Τιμές από {date}", "Μονόκλινο, μηνιαίως", "Μονόκλινο με μπάνιο, μηνιαίως", "Προσωρινή φιλοξενία, ανά ημέρα", "Κομμωτήριο", "Πληρωμή με πάγια εντολή την 1η του μήνα."],
    words=["Χαρά μας η γιορτή του Σαββάτου στην αυλή.", "Αγάπη και υπομονή στο δεύτερο όροφο αυτή την εβδομάδα."],
)
LG["tr"] = dict(
    req=["Bunu toparlayıp eksik bir şey var mı kontrol eder misin?",
         "Bunu müdürlük için üç maddede özetle.",
         "Buna kibar bir cevap yazmama yardım et."],
    notes=["Günlük bakım notları", "Sakin: {R} ({room}), doğum tarihi {dob}",
           "{t1} {C}, {RG} için yıkanma ve giyinmede yardım etti; cilt sağlam, topuklarda kızarıklık yok.",
           "{t2} Kahvaltı: yulaf lapası, yarım bardak çay. {med}, {N} tarafından verildi.",
           "{t3} {RG} yürüteçle {epon} kadar yürüdü, düşme yok.",
           "{t4} {K} aradı ({KP}), ayak bakımı randevusunu sordu.",
           "{t5} Yatışa geçti, bakım planı {cp} uygulandı."],
    letter=["Sayın Dr. {D},", "Konu: {R}, doğum tarihi {dob}, {idl} {id}",
            "{room} sakinimiz {RG} için ilaç tedavisinin gözden geçirilmesini rica ederiz. {date2} tarihinden beri öğleden sonraları uyuklama ve iki kez düşme tehlikesi yaşandı (olay {inc}).",
            "Mevcut tedavi: {med1}; {med2}. {P} bir sonraki teslimatı yanıtınıza kadar bekletecek.",
            "Bana e-postayla ya da hemşire odasından {tel} numarasıyla ulaşabilirsiniz.",
            "Saygılarımla,", "Sorumlu hemşire"],
    hand=["Gece devir teslimi, {wing}:", "{R1} ({room1}): saat 02:00'ye kadar huzursuz, 23:40'ta parasetamol 1 g.",
          "{R2} ({room2}): {K} saat 11:00'de ziyarete gelecek, yeni gözlüğü getirecek.",
          "Lütfen {K2} kişisini {KP} numarasından geri arayın, lift değerlendirmesi için.", "Teşekkürler, not edildi."],
    fam=["Merhaba, ben {K}, sakininiz {RG} ile ilgili yazıyorum. Cep numaram değişti: {KP}.",
         "Teşekkürler, güncelledim. E-posta olarak {KM} kalsın mı?",
         "Evet lütfen. Ayrıca {sib} {K2} (doğum tarihi {dob2}) artık benimle birlikte vekil.",
         "Onaylı bir örneğini gönderebilir misiniz? Adresimiz: {haddr}.",
         "Tamam. Bu arada {room} lambası hâlâ değişmedi."],
    sib=("kız kardeşim", "erkek kardeşim"),
    card=["Merhaba, {RG} için kısa süreli konaklama faturası {inv} ödemek istiyorum ({amt}).",
          "Tabii, kart bilgilerini buradan verebilirsiniz, hemen çekiyorum.",
          "Kart {CARD}, son kullanma {exp}, kart üzerindeki isim {CAPS}. CVV'yi telefonda söylerim.",
          "Tamamdır, makbuz {KM} adresine gidecek."],
    notice=["Sakinlere ve ailelere duyuru", "{date} tarihinden itibaren {epon} tadilatı nedeniyle ziyaret saatleri 14:00–17:30.", "Sorular için: {tel} veya {role}, {web}"],
    insp=["{reg} denetimi, {H}, {date}: genel değerlendirme olumlu.", "{cite} kapsamında tespit: 20 dosyanın 3'ünde ilaç kayıtları eksik ({wing}).", "Düzeltici eylem planı {date2} tarihine kadar, sayı {ref}."],
    fee=["{date} itibarıyla ücretler", "Tek kişilik oda, aylık", "Banyolu oda, aylık", "Kısa süreli konaklama, gecelik", "Kuaför", "Ödeme her ayın 1'inde otomatik talimatla."],
    words=["Sevgi ile bakım, bu ayın eğitim konusu.", "Bahar geldi, Perşembe bahçe gezisi var."],
)
LG["he"] = dict(
    req=["תוכל לסדר את זה ולבדוק שלא חסר כלום?",
         "תסכם לי את זה בשלוש נקודות בשביל המנהלת.",
         "תעזור לי לנסח תשובה מנומסת."],
    notes=["רישום סיעודי יומי", "דייר{r:|ת}: {R} ({room}), תאריך לידה {dob}",
           "{t1} {C} עזר/ה ל{RG} ברחצה ובהלבשה; עור שלם, עקבים ללא אודם.",
           "{t2} ארוחת בוקר: דייסה וחצי כוס תה. {med} ניתן על ידי {N}.",
           "{t3} {RG} {r:הלך|הלכה} עם הליכון עד {epon}, ללא נפילה.",
           "{t4} {K} התקשר/ה ({KP}) ושאל/ה על ביקור הפדיקוריסטית.",
           "{t5} שינה, תוכנית טיפול {cp} בוצעה."],
    letter=["לכבוד ד\"ר {D},", "הנדון: {R}, תאריך לידה {dob}, {idl} {id}",
            "נודה לך על בדיקת הטיפול התרופתי של {RG}, דייר{r:|ת} {room}. מאז {date2} נצפה ישנוניות אחר הצהריים ושתי כמעט-נפילות (אירוע {inc}).",
            "טיפול נוכחי: {med1}; {med2}. {P} יעכב את המשלוח הבא עד לתשובתך.",
            "אפשר לענות לי במייל או דרך עמדת האחיות: {tel}.",
            "בברכה,", "{g:אח|אחות} אחראי{g:|ת}"],
    hand=["העברת משמרת לילה, {wing}:", "{R1} ({room1}): אי-שקט עד 02:00, אקמול 1 גרם ב-23:40.",
          "{R2} ({room2}): {K} מגיע/ה ב-11:00 עם המשקפיים החדשים.",
          "נא לחזור אל {K2} למספר {KP} בעניין הערכת המנוף.", "תודה, נרשם."],
    fam=["שלום, כאן {K}, {rel} של {RG}. החלפתי מספר נייד: {KP}.",
         "תודה, עודכן. להשאיר את {KM} כמייל?",
         "כן בבקשה. וגם {sib} {K2}, תאריך לידה {dob2}, מיופה כוח עכשיו יחד איתי.",
         "אפשר לשלוח לנו עותק מאושר? הכתובת שלנו: {haddr}.",
         "בסדר. דרך אגב, המנורה ב{room} עדיין לא הוחלפה."],
    sib=("אחותי", "אחי"),
    card=["היי, אני רוצה לשלם את חשבונית {inv} על שבוע ההפוגה של {RG} ({amt}).",
          "בטח, אפשר לתת לי כאן את פרטי הכרטיס ואני {g:מחייב|מחייבת} מיד.",
          "כרטיס {CARD}, תוקף {exp}, השם על הכרטיס {CAPS}. את ה-CVV אגיד בטלפון.",
          "בוצע, הקבלה תישלח ל-{KM}."],
    notice=["הודעה לדיירים ולמשפחות", "החל מ-{date} שעות הביקור 14:00–17:30 בגלל שיפוץ ב{epon}.", "שאלות: {tel} או {role}, {web}"],
    insp=["ביקורת {reg} ב{H} בתאריך {date}: הערכה כללית טובה.", "ממצא לפי {cite}: רישום תרופות חסר ב-3 מתוך 20 תיקים ({wing}).", "תוכנית תיקון עד {date2}, סימוכין {ref}."],
    fee=["תעריפים החל מ-{date}", "חדר ליחיד, לחודש", "חדר עם שירותים צמודים, לחודש", "שהות הפוגה, ללילה", "ספרית", "תשלום בהוראת קבע ב-1 לכל חודש."],
    words=["שמחה גדולה בחדר האוכל אחרי מסיבת יום ההולדת.", "טל בבוקר על הדשא, נא להיזהר בהליכה."],
)
LG["ar"] = dict(
    req=["ممكن ترتب ده وتشوف لو فيه حاجة ناقصة؟",
         "لخص ده في ثلاث نقاط للمدير.",
         "ساعدني أكتب رد مهذب على ده."],
    notes=["سجل الرعاية اليومي", "النزيل: {R} ({room})، تاريخ الميلاد {dob}",
           "{t1} استحمام ولبس ({RG}) بمساعدة {C}؛ الجلد سليم ولا احمرار في الكعبين.",
           "{t2} الفطار: شوفان ونص كوباية شاي. {med} أعطاه {N}.",
           "{t3} {RG} {r:مشى|مشيت} بالمشاية لحد {epon} من غير وقوع.",
           "{t4} مكالمة من {K} ({KP}) بخصوص ميعاد أخصائي القدم.",
           "{t5} نوم، خطة الرعاية {cp} متطبقة."],
    letter=["{h:السيد الدكتور|السيدة الدكتورة}/ {D}،", "الموضوع: {R}، تاريخ الميلاد {dob}، {idl} {id}",
            "نرجو مراجعة علاج {RG} {r:المقيم|المقيمة} في {room}. منذ {date2} {r:يعاني|تعاني} من نعاس بعد الظهر {r:وكاد يسقط|وكادت تسقط} مرتين (الواقعة {inc}).",
            "العلاج الحالي: {med1}؛ {med2}. {P} ستؤجل التوريد القادم لحين ردكم.",
            "يمكنكم الرد عليّ بالبريد الإلكتروني أو على {tel}.",
            "مع خالص التحية،", "{g:الممرض|الممرضة} المسؤول{g:|ة}"],
    hand=["تسليم وردية الليل، {wing}:", "{R1} ({room1}): قلق لحد الساعة 2، باراسيتامول 1 جم الساعة 11:40.",
          "{R2} ({room2}): زيارة من {K} الساعة 11 بخصوص النضارة الجديدة.",
          "من فضلكم كلموا {K2} على {KP} بخصوص تقييم الرافعة.", "تمام، اتسجل."],
    fam=["السلام عليكم، أنا {K}، {rel} {RG}. رقم الموبايل اتغير: {KP}.",
         "شكرًا، اتحدث. نخلي {KM} كإيميل؟",
         "أيوه لو سمحت. وكمان {sib} {K2}، مواليد {dob2}، بقى معايا في التوكيل.",
         "ممكن تبعتوا لنا صورة موثقة؟ عنواننا: {haddr}.",
         "حاضر. على فكرة، اللمبة في {room} لسه ما اتغيرتش."],
    sib=("أختي", "أخويا"),
    card=["أهلًا، {g:عايز|عايزة} أدفع فاتورة {inv} للإقامة المؤقتة لـ{RG} ({amt}).",
          "أكيد، ممكن تبعت بيانات الكارت هنا وأنا أخصمها حالًا.",
          "الكارت {CARD}، ينتهي {exp}، الاسم على الكارت {CAPS}. رمز الأمان هقوله في التليفون.",
          "تم، الإيصال هيوصل على {KM}."],
    notice=["إعلان للنزلاء والأسر", "ابتداءً من {date} مواعيد الزيارة من 2 إلى 5:30 مساءً بسبب تجديد {epon}.", "للاستفسار: {tel} أو {role}، {web}"],
    insp=["تفتيش {reg} على {H} بتاريخ {date}: التقييم العام جيد.", "ملاحظة وفقًا لـ{cite}: سجلات الأدوية ناقصة في 3 من 20 ملفًا ({wing}).", "خطة تصحيح قبل {date2}، رقم القيد {ref}."],
    fee=["الرسوم ابتداءً من {date}", "غرفة فردية، شهريًا", "غرفة بحمام خاص، شهريًا", "إقامة مؤقتة، الليلة", "الحلاق", "الدفع بأمر خصم مباشر يوم 1 من كل شهر."],
    words=["أمل كبير في تحسن الجو عشان رحلة الحديقة.", "صباح الخير يا جماعة، الفطار النهارده الساعة 8."],
)
LG["hi"] = dict(
    req=["इसे ठीक से व्यवस्थित कर दो और देखो कुछ छूटा तो नहीं।",
         "इसका तीन बिंदुओं में सारांश बना दो, प्रबंधक के लिए।",
         "इसका एक विनम्र जवाब लिखने में मदद करो।"],
    notes=["दैनिक देखभाल नोट्स", "निवासी: {R} ({room}), जन्म तिथि {dob}",
           "{t1} {C} ने {RG} को नहाने और कपड़े पहनने में मदद की; त्वचा ठीक, एड़ियों पर लाली नहीं।",
           "{t2} नाश्ता: दलिया और आधा कप चाय। {med} {N} ने दी।",
           "{t3} {RG} वॉकर के साथ {epon} तक {r:गए|गईं}, कोई गिरावट नहीं।",
           "{t4} {K} का फ़ोन आया ({KP}), पैरों की देखभाल की तारीख पूछी।",
           "{t5} रात का आराम, देखभाल योजना {cp} का पालन हुआ।"],
    letter=["आदरणीय डॉ. {D},", "विषय: {R}, जन्म तिथि {dob}, {idl} {id}",
            "कृपया {room} में रहने वाले {RG} की दवाओं की समीक्षा करें। {date2} से दोपहर में बहुत नींद आती है और दो बार गिरते-गिरते बचे (घटना {inc})।",
            "वर्तमान दवाएँ: {med1}; {med2}। {P} आपकी सलाह तक अगली खेप रोकेगा।",
            "आप मुझे ईमेल कर सकते हैं या नर्सिंग स्टेशन {tel} पर फ़ोन कर सकते हैं।",
            "सादर,", "{g:नर्स|नर्स} इंचार्ज"],
    hand=["रात की शिफ्ट का हैंडओवर, {wing}:", "{R1} ({room1}): रात 2 बजे तक बेचैनी, 11:40 पर पैरासिटामोल 500 mg।",
          "{R2} ({room2}): 11 बजे {K} मिलने आएँगे, नया चश्मा लाएँगे।",
          "कृपया {K2} को {KP} पर वापस फ़ोन करें, होइस्ट के बारे में।", "धन्यवाद, नोट कर लिया।"],
    fam=["नमस्ते, मैं {K}, {RG} {g:का|की} {rel}। मेरा मोबाइल नंबर बदल गया है: {KP}।",
         "धन्यवाद, अपडेट कर दिया। ईमेल {KM} ही रखें?",
         "हाँ, कृपया। और {sib} {K2}, जन्म तिथि {dob2}, अब मेरे साथ मुख्तारनामा धारक हैं।",
         "क्या आप हमें प्रमाणित प्रति भेज सकते हैं? हमारा पता: {haddr}।",
         "ठीक है। वैसे {room} का बल्ब अभी तक नहीं बदला।"],
    sib=("मेरी बहन", "मेरे भाई"),
    card=["नमस्ते, मुझे {RG} के अल्पकालिक प्रवास का बिल {inv} चुकाना है ({amt})।",
          "ज़रूर, आप कार्ड की जानकारी यहीं दे दीजिए, मैं अभी भुगतान ले {g:लेता|लेती} हूँ।",
          "कार्ड {CARD}, समाप्ति {exp}, कार्ड पर नाम {CAPS}। CVV फ़ोन पर {g:बताऊँगा|बताऊँगी}।",
          "हो गया, रसीद {KM} पर जाएगी।"],
    notice=["निवासियों और परिवारों के लिए सूचना", "{date} से {epon} की मरम्मत के कारण मिलने का समय दोपहर 2:00–5:30 रहेगा।", "संपर्क: {tel} या {role}, {web}"],
    insp=["{reg} द्वारा {H} का निरीक्षण, {date}: कुल मिलाकर संतोषजनक।", "{cite} के अंतर्गत टिप्पणी: 20 में से 3 फ़ाइलों में दवा रिकॉर्ड अधूरे ({wing})।", "सुधार योजना {date2} तक, संदर्भ {ref}।"],
    fee=["{date} से शुल्क", "एकल कमरा, मासिक", "अटैच्ड बाथरूम वाला कमरा, मासिक", "अल्पकालिक प्रवास, प्रति रात", "नाई", "भुगतान हर महीने की 1 तारीख को ऑटो-डेबिट से।"],
    words=["प्रकाश की व्यवस्था कमरा 14 में ठीक करवाएँ।", "पूजा का समय शाम छह बजे, सभागार में।"],
)
LG["th"] = dict(
    req=["ช่วยจัดให้เรียบร้อยและดูว่ามีอะไรขาดไหม{pol}",
         "ช่วยสรุปเป็นสามข้อให้ผู้จัดการหน่อย{pol}",
         "ช่วยเขียนคำตอบแบบสุภาพให้หน่อย{pol}"],
    notes=["บันทึกการดูแลประจำวัน", "ผู้พักอาศัย: {R} ({room}) วันเกิด {dob}",
           "{t1} {C} ช่วย{RG}อาบน้ำแต่งตัว ผิวหนังปกติ ส้นเท้าไม่แดง",
           "{t2} อาหารเช้า: โจ๊กและชาครึ่งแก้ว {med} ให้โดย {N}",
           "{t3} {RG} เดินด้วยวอล์กเกอร์ไปถึง{epon} ไม่มีการล้ม",
           "{t4} {K} โทรมา ({KP}) ถามเรื่องนัดตัดเล็บเท้า",
           "{t5} เข้านอน ปฏิบัติตามแผนการดูแล {cp}"],
    letter=["เรียน {h:นพ.|พญ.} {D}", "เรื่อง: {R} วันเกิด {dob} {idl} {id}",
            "ขอความกรุณาทบทวนยาของ{RG} ซึ่งพักอยู่{room} ตั้งแต่ {date2} มีอาการง่วงซึมช่วงบ่ายและเกือบล้มสองครั้ง (เหตุการณ์ {inc})",
            "ยาปัจจุบัน: {med1}; {med2} {P} จะระงับการจ่ายยารอบถัดไปจนกว่าจะได้รับคำแนะนำ",
            "ตอบกลับทางอีเมลหรือโทร {tel} ได้{pol}",
            "ขอแสดงความนับถือ", "พยาบาลวิชาชีพ"],
    hand=["ส่งเวรดึก {wing}:", "{R1} ({room1}): กระสับกระส่ายถึงตีสอง ให้พาราเซตามอล 500 mg เวลา 23:40",
          "{R2} ({room2}): {K} จะมาเยี่ยม 11:00 เอาแว่นใหม่มาให้",
          "ฝากโทรกลับหา {K2} เบอร์ {KP} เรื่องประเมินเครื่องยก", "รับทราบ{pol}"],
    fam=["สวัสดี{pol} {K} เป็น{rel}ของ{RG} เปลี่ยนเบอร์มือถือแล้วเป็น {KP}",
         "ขอบคุณ{pol} อัปเดตแล้ว ใช้อีเมล {KM} เหมือนเดิมไหม{pol}",
         "ใช่{pol} แล้ว{sib} {K2} เกิด {dob2} ตอนนี้เป็นผู้รับมอบอำนาจร่วมด้วย",
         "รบกวนส่งสำเนารับรองมาให้ได้ไหม{pol} ที่อยู่ของเรา: {haddr}",
         "ได้{pol} อ้อ หลอดไฟใน{room} ยังไม่ได้เปลี่ยนเลย"],
    sib=("พี่สาว", "พี่ชาย"),
    card=["สวัสดี{pol} ขอชำระใบแจ้งหนี้ {inv} ค่าพักระยะสั้นของ{RG} ({amt})",
          "ได้{pol} ส่งข้อมูลบัตรมาที่นี่ได้เลย จะตัดให้ทันที",
          "บัตร {CARD} หมดอายุ {exp} ชื่อบนบัตร {CAPS} รหัส CVV จะบอกทางโทรศัพท์",
          "เรียบร้อย{pol} ใบเสร็จจะส่งไปที่ {KM}"],
    notice=["ประกาศถึงผู้พักอาศัยและครอบครัว", "ตั้งแต่ {date} เวลาเยี่ยม 14:00–17:30 น. เนื่องจากปรับปรุง{epon}", "สอบถาม: {tel} หรือ {role} {web}"],
    insp=["{reg} ตรวจเยี่ยม{H} วันที่ {date}: ผลโดยรวมดี", "ข้อสังเกตตาม{cite}: บันทึกการให้ยาไม่ครบ 3 จาก 20 แฟ้ม ({wing})", "แผนปรับปรุงภายใน {date2} เลขที่ {ref}"],
    fee=["อัตราค่าบริการตั้งแต่ {date}", "ห้องเดี่ยว รายเดือน", "ห้องเดี่ยวพร้อมห้องน้ำ รายเดือน", "พักระยะสั้น ต่อคืน", "ตัดผม", "ชำระโดยหักบัญชีอัตโนมัติทุกวันที่ 1"],
    words=["น้ำฝนรั่วที่ระเบียงชั้นสอง แจ้งช่างแล้ว", "แสงเดือนสวยมาก คืนนี้จัดกิจกรรมชมจันทร์ที่สวน"],
)
LG["zh"] = dict(
    req=["帮我整理一下，看看还有没有漏填的。",
         "帮我用三点总结一下，给院长看。",
         "帮我写一个礼貌的回复。"],
    notes=["护理日志", "入住老人：{R}（{room}），出生日期 {dob}",
           "{t1} {C}协助{RG}洗漱更衣；皮肤完好，足跟无发红。",
           "{t2} 早餐：燕麦粥，半杯茶。{med}由{N}发放。",
           "{t3} {RG}扶助行器走到{epon}，无跌倒。",
           "{t4} {K}来电（{KP}），询问修脚师上门时间。",
           "{t5} 就寝，护理计划{cp}已执行。"],
    letter=["{D}医生：您好！", "事由：{R}，出生日期 {dob}，{idl} {id}",
            "恳请您复核住在{room}的{RG}的用药。自{date2}起，午后嗜睡明显，并有两次险些跌倒（事件编号 {inc}）。",
            "目前用药：{med1}；{med2}。{P}将暂缓下一次配药，等您回复。",
            "可通过邮件或护士站电话 {tel} 联系我。",
            "此致敬礼", "护士长"],
    hand=["夜班交接，{wing}：", "{R1}（{room1}）：凌晨2点前烦躁，23:40给予对乙酰氨基酚0.5 g。",
          "{R2}（{room2}）：{K}上午11点来探视，带新眼镜。",
          "请回电{K2}（{KP}），关于移位机评估。", "收到，已记录。"],
    fam=["您好，我是{K}，{RG}的{rel}。我换手机号了：{KP}。",
         "谢谢，已更新。邮箱还用{KM}吗？",
         "是的。另外{sib}{K2}（出生日期 {dob2}）现在和我一起做委托代理人。",
         "能寄一份公证件的复印件给我们吗？我们的地址：{haddr}。",
         "好的。对了，{room}的台灯还没换。"],
    sib=("我姐姐", "我哥哥"),
    card=["您好，我想付{RG}短期托养的账单{inv}（{amt}）。",
          "可以，您把卡的信息发这里，我马上扣款。",
          "卡号{CARD}，有效期{exp}，卡上姓名{CAPS}。安全码电话里告诉您。",
          "好了，收据会发到{KM}。"],
    notice=["致入住老人及家属的通知", "自{date}起，因{epon}装修，探视时间调整为14:00–17:30。", "咨询：{tel} 或 {role}，{web}"],
    insp=["{reg}对{H}的检查（{date}）：总体评价良好。", "依据{cite}发现：20份档案中有3份用药记录不完整（{wing}）。", "整改计划须于{date2}前提交，文号{ref}。"],
    fee=["{date}起收费标准", "单人间，每月", "带独立卫生间单人间，每月", "短期托养，每晚", "理发", "每月1日自动扣款。"],
    words=["海燕飞过花园，老人们在廊下看了好久。", "春花开了，下午带大家去花园散步。"],
)
LG["ja"] = dict(
    req=["これを整理して、記入漏れがないか確認してもらえますか。",
         "施設長向けに三行でまとめてください。",
         "丁寧な返信を書くのを手伝ってください。"],
    notes=["介護記録", "入居者：{R}（{room}）、生年月日 {dob}",
           "{t1} {C}が{RG}さんの洗面・更衣を介助。皮膚異常なし、踵の発赤なし。",
           "{t2} 朝食：おかゆ、お茶半分。{med}を{N}が与薬。",
           "{t3} {RG}さん、歩行器で{epon}まで歩行、転倒なし。",
           "{t4} {K}様より電話（{KP}）、フットケアの日程の問い合わせ。",
           "{t5} 就寝。ケアプラン{cp}どおり実施。"],
    letter=["{D}先生", "件名：{R}様（生年月日 {dob}、{idl} {id}）",
            "{room}にご入居中の{RG}様のお薬の見直しをお願いいたします。{date2}以降、午後の傾眠が強く、転倒しかけたことが二度ありました（事故報告 {inc}）。",
            "現在の処方：{med1}、{med2}。{P}には次回の一包化をお返事まで保留していただいています。",
            "メールまたはナースステーション（{tel}）までご連絡ください。",
            "よろしくお願いいたします。", "看護主任"],
    hand=["夜勤申し送り、{wing}：", "{R1}様（{room1}）：2時まで不穏、23:40 カロナール500 mg。",
          "{R2}様（{room2}）：11時に{K}様面会、新しい眼鏡を持参予定。",
          "{K2}様に{KP}へ折り返しお願いします（リフト評価の件）。", "了解です、記録しました。"],
    fam=["お世話になっております。{RG}の{rel}の{K}です。携帯番号が変わりました：{KP}。",
         "ありがとうございます、更新しました。メールは{KM}のままでよろしいですか。",
         "はい。それと{sib}の{K2}（生年月日 {dob2}）も任意後見人になりました。",
         "公正証書の写しをお送りいただけますか。こちらの住所：{haddr}。",
         "承知しました。ところで{room}の照明がまだ直っていません。"],
    sib=("姉", "兄"),
    card=["こんにちは、{RG}のショートステイの請求書{inv}（{amt}）を支払いたいです。",
          "かしこまりました。カード情報をこちらに送っていただければすぐ決済します。",
          "カード{CARD}、有効期限{exp}、名義{CAPS}です。セキュリティコードは電話で伝えます。",
          "完了しました。領収書は{KM}にお送りします。"],
    notice=["ご入居者・ご家族の皆様へ", "{date}より{epon}改修のため、面会時間は14:00～17:30となります。", "お問い合わせ：{tel} または {role}、{web}"],
    insp=["{reg}による{H}の実地指導（{date}）：概ね良好。", "{cite}に基づく指摘：20件中3件で与薬記録に不備（{wing}）。", "改善報告は{date2}まで、文書番号{ref}。"],
    fee=["{date}からの利用料", "個室（月額）", "トイレ付き個室（月額）", "ショートステイ（1泊）", "理美容", "毎月1日に口座振替。"],
    words=["未来につなぐ介護、今月の研修テーマです。", "大和の湯は来週から改装のため休止します。"],
)
LG["ko"] = dict(
    req=["이거 정리해서 빠진 거 없는지 확인해 줄래?",
         "원장님 보고용으로 세 줄 요약해 줘.",
         "정중한 답장 쓰는 것 좀 도와줘."],
    notes=["일일 케어 기록", "입소자: {R} ({room}), 생년월일 {dob}",
           "{t1} {C} 요양보호사가 {RG} 님 세면·옷 갈아입기 도움. 피부 이상 없음, 발뒤꿈치 발적 없음.",
           "{t2} 아침: 죽, 차 반 잔. {med} {N} 간호사 투약.",
           "{t3} {RG} 님 보행기로 {epon}까지 걸으심, 낙상 없음.",
           "{t4} {K} 님 전화({KP}), 발 관리 일정 문의.",
           "{t5} 취침, 케어플랜 {cp} 이행."],
    letter=["{D} 원장님께", "제목: {R} 님(생년월일 {dob}, {idl} {id})",
            "{room}에 계신 {RG} 님의 약 검토를 부탁드립니다. {date2}부터 오후에 졸림이 심하고 두 번 넘어질 뻔하셨습니다(사고 보고 {inc}).",
            "현재 복용약: {med1}; {med2}. {P}에는 회신 주실 때까지 다음 조제를 보류해 달라고 했습니다.",
            "이메일이나 간호 스테이션({tel})으로 연락 주세요.",
            "감사합니다.", "수간호사"],
    hand=["야간 인수인계, {wing}:", "{R1} 님({room1}): 새벽 2시까지 불안, 23:40 타이레놀 500 mg.",
          "{R2} 님({room2}): 11시 {K} 님 면회, 새 안경 가져오심.",
          "{K2} 님께 {KP}로 리프트 평가 건 회신 부탁드려요.", "네, 기록했습니다."],
    fam=["안녕하세요, {RG} 님 {rel} {K}입니다. 휴대폰 번호가 바뀌었어요: {KP}.",
         "감사합니다, 수정했습니다. 이메일은 {KM} 그대로 둘까요?",
         "네. 그리고 {sib} {K2}(생년월일 {dob2})도 이제 저와 함께 후견인입니다.",
         "공증 사본을 보내 주실 수 있을까요? 저희 주소: {haddr}.",
         "알겠습니다. 참, {room} 전등이 아직 안 바뀌었어요."],
    sib=("언니", "오빠"),
    card=["안녕하세요, {RG} 님 단기보호 청구서 {inv} 결제하려고요 ({amt}).",
          "네, 카드 정보를 여기로 보내 주시면 바로 결제할게요.",
          "카드 {CARD}, 유효기간 {exp}, 카드 명의 {CAPS}. CVC는 전화로 알려 드릴게요.",
          "완료됐습니다. 영수증은 {KM}로 보내 드려요."],
    notice=["입소자 및 보호자 안내", "{date}부터 {epon} 공사로 면회 시간은 14:00~17:30입니다.", "문의: {tel} 또는 {role}, {web}"],
    insp=["{reg} {H} 현지조사({date}): 전반적으로 양호.", "{cite} 관련 지적: 20건 중 3건 투약 기록 미비({wing}).", "개선 계획 {date2}까지 제출, 문서번호 {ref}."],
    fee=["{date}부터 이용료", "1인실, 월", "화장실 있는 1인실, 월", "단기보호, 1박", "미용", "매월 1일 자동이체."],
    words=["사랑으로 돌봅니다, 이번 달 교육 주제입니다.", "은혜로운 하루, 오후에 합창 시간이 있습니다."],
)
LG["vi"] = dict(
    req=["Bạn sắp xếp lại giúp mình và xem còn thiếu gì không nhé.",
         "Tóm tắt giúp mình thành ba ý cho giám đốc.",
         "Giúp mình viết một câu trả lời lịch sự."],
    notes=["Nhật ký chăm sóc", "Người cao tuổi: {R} ({room}), sinh {dob}",
           "{t1} {C} giúp {RG} vệ sinh, thay đồ; da bình thường, gót chân không đỏ.",
           "{t2} Bữa sáng: cháo yến mạch, nửa cốc trà. {med} do {N} cho uống.",
           "{t3} {RG} đi khung tập đến {epon}, không ngã.",
           "{t4} {K} gọi điện ({KP}) hỏi lịch cắt móng chân.",
           "{t5} Đi ngủ, thực hiện đúng kế hoạch chăm sóc {cp}."],
    letter=["Kính gửi BS. {D},", "V/v: {R}, sinh {dob}, {idl} {id}",
            "Kính đề nghị bác sĩ xem lại thuốc của {RG} đang ở {room}. Từ {date2} buổi chiều hay buồn ngủ và hai lần suýt ngã (sự cố {inc}).",
            "Thuốc hiện tại: {med1}; {med2}. {P} sẽ tạm giữ đợt thuốc tiếp theo chờ ý kiến bác sĩ.",
            "Bác sĩ có thể trả lời qua email hoặc gọi phòng điều dưỡng {tel}.",
            "Trân trọng,", "Điều dưỡng trưởng"],
    hand=["Giao ca đêm, {wing}:", "{R1} ({room1}): bồn chồn đến 2 giờ, paracetamol 500 mg lúc 23:40.",
          "{R2} ({room2}): {K} đến thăm lúc 11 giờ, mang kính mới.",
          "Nhờ gọi lại cho {K2} số {KP} về đánh giá máy nâng.", "Cảm ơn, đã ghi."],
    fam=["Chào anh chị, em là {K}, {rel} của {RG}. Số di động mới của em: {KP}.",
         "Cảm ơn, đã cập nhật. Giữ email {KM} nhé?",
         "Vâng ạ. Và {sib} {K2}, sinh {dob2}, giờ cùng em là người được uỷ quyền.",
         "Gửi giúp bên em bản sao có công chứng được không? Địa chỉ: {haddr}.",
         "Dạ được. À, bóng đèn ở {room} vẫn chưa thay."],
    sib=("chị gái em", "anh trai em"),
    card=["Chào anh chị, em muốn thanh toán hoá đơn {inv} cho đợt lưu trú ngắn ngày của {RG} ({amt}).",
          "Dạ được, anh chị gửi thông tin thẻ ở đây, em trừ tiền ngay.",
          "Thẻ {CARD}, hết hạn {exp}, tên trên thẻ {CAPS}. Mã CVV em báo qua điện thoại.",
          "Xong rồi ạ, biên lai sẽ gửi về {KM}."],
    notice=["Thông báo tới người cao tuổi và gia đình", "Từ {date}, giờ thăm là 14:00–17:30 do sửa chữa {epon}.", "Liên hệ: {tel} hoặc {role}, {web}"],
    insp=["{reg} kiểm tra {H} ngày {date}: đánh giá chung tốt.", "Phát hiện theo {cite}: hồ sơ dùng thuốc thiếu ở 3 trên 20 bệnh án ({wing}).", "Kế hoạch khắc phục trước {date2}, số {ref}."],
    fee=["Biểu phí từ {date}", "Phòng đơn, mỗi tháng", "Phòng đơn có vệ sinh riêng, mỗi tháng", "Lưu trú ngắn ngày, mỗi đêm", "Cắt tóc", "Thanh toán bằng trích nợ tự động ngày 1 hằng tháng."],
    words=["Hạnh phúc là được ngồi ngoài vườn buổi chiều.", "Bình an cho cả nhà trong mùa mưa này."],
)


# ====================================================================== form labels
# Person fields in the country's language inside English-skeleton systems.
F = {
    "US": dict(name="Name", dob="DOB", id="SSN", addr="Home address", tel="Cell", mail="Email", rel=["daughter", "son", "niece", "nephew", "wife", "husband"], poa="Durable power of attorney (health care)"),
    "GB": dict(name="Name", dob="Date of birth", id="NHS number", addr="Previous address", tel="Mobile", mail="Email", rel=["daughter", "son", "niece", "nephew", "wife", "husband"], poa="LPA (health and welfare)"),
    "DE": dict(name="Name, Vorname", dob="Geburtsdatum", id="KVNR", addr="Letzte Anschrift", tel="Mobil", mail="E-Mail", rel=["Tochter", "Sohn", "Nichte", "Neffe", "Ehefrau", "Ehemann"], poa="Vorsorgevollmacht"),
    "FR": dict(name="Nom, prénom", dob="Date de naissance", id="N° de sécurité sociale", addr="Adresse précédente", tel="Portable", mail="Courriel", rel=["fille", "fils", "nièce", "neveu", "épouse", "époux"], poa="mandat de protection future"),
    "ES": dict(name="Apellidos y nombre", dob="Fecha de nacimiento", id="DNI", addr="Domicilio anterior", tel="Móvil", mail="Correo", rel=["hija", "hijo", "sobrina", "sobrino", "esposa", "esposo"], poa="poder preventivo"),
    "IT": dict(name="Cognome e nome", dob="Data di nascita", id="Codice fiscale", addr="Residenza", tel="Cellulare", mail="E-mail", rel=["figlia", "figlio", "nipote", "nipote", "moglie", "marito"], poa="amministratore di sostegno"),
    "NL": dict(name="Naam", dob="Geboortedatum", id="BSN", addr="Vorig adres", tel="Mobiel", mail="E-mail", rel=["dochter", "zoon", "nicht", "neef", "echtgenote", "echtgenoot"], poa="levenstestament (volmacht)"),
    "BR": dict(name="Nome completo", dob="Data de nascimento", id="Cartão SUS", addr="Endereço anterior", tel="Celular", mail="E-mail", rel=["filha", "filho", "sobrinha", "sobrinho", "esposa", "marido"], poa="procuração"),
    "PL": dict(name="Imię i nazwisko", dob="Data urodzenia", id="PESEL", addr="Adres zamieszkania", tel="Tel. kom.", mail="E-mail", rel=["córka", "syn", "siostrzenica", "bratanek", "żona", "mąż"], poa="pełnomocnictwo"),
    "RU": dict(name="ФИО", dob="Дата рождения", id="СНИЛС", addr="Адрес проживания", tel="Моб. тел.", mail="Эл. почта", rel=["дочь", "сын", "племянница", "племянник", "жена", "муж"], poa="доверенность"),
    "GR": dict(name="Ονοματεπώνυμο", dob="Ημερομηνία γέννησης", id="ΑΜΚΑ", addr="Διεύθυνση κατοικίας", tel="Κινητό", mail="Email", rel=["κόρη", "γιος", "ανιψιά", "ανιψιός", "σύζυγος", "σύζυγος"], poa="πληρεξούσιο"),
    "TR": dict(name="Adı Soyadı", dob="Doğum tarihi", id="T.C. Kimlik No", addr="Önceki adres", tel="Cep", mail="E-posta", rel=["kızı", "oğlu", "yeğeni", "yeğeni", "eşi", "eşi"], poa="vekâletname"),
    "IL": dict(name="שם מלא", dob="תאריך לידה", id="מספר זהות", addr="כתובת קודמת", tel="נייד", mail="דוא\"ל", rel=["בת", "בן", "אחיינית", "אחיין", "אישה", "בעל"], poa="ייפוי כוח מתמשך"),
    "EG": dict(name="الاسم بالكامل", dob="تاريخ الميلاد", id="الرقم القومي", addr="العنوان السابق", tel="موبايل", mail="البريد الإلكتروني", rel=["ابنة", "ابن", "ابنة أخ", "ابن أخ", "زوجة", "زوج"], poa="توكيل رسمي عام"),
    "IN": dict(name="नाम", dob="जन्म तिथि", id="आधार संख्या", addr="पिछला पता", tel="मोबाइल", mail="ईमेल", rel=["बेटी", "बेटा", "भतीजी", "भतीजा", "पत्नी", "पति"], poa="मुख्तारनामा"),
    "TH": dict(name="ชื่อ-นามสกุล", dob="วันเกิด", id="เลขประจำตัวประชาชน", addr="ที่อยู่เดิม", tel="มือถือ", mail="อีเมล", rel=["ลูกสาว", "ลูกชาย", "หลานสาว", "หลานชาย", "ภรรยา", "สามี"], poa="หนังสือมอบอำนาจ"),
    "CN": dict(name="姓名", dob="出生日期", id="身份证号", addr="原住址", tel="手机", mail="邮箱", rel=["女儿", "儿子", "侄女", "侄子", "妻子", "丈夫"], poa="委托代理人"),
    "JP": dict(name="氏名", dob="生年月日", id="マイナンバー", addr="前住所", tel="携帯", mail="メール", rel=["長女", "長男", "姪", "甥", "妻", "夫"], poa="任意後見人"),
    "KR": dict(name="성명", dob="생년월일", id="주민등록번호", addr="이전 주소", tel="휴대폰", mail="이메일", rel=["딸", "아들", "조카딸", "조카", "아내", "남편"], poa="후견인"),
    "VN": dict(name="Họ và tên", dob="Ngày sinh", id="Số CCCD", addr="Địa chỉ cũ", tel="Di động", mail="Email", rel=["con gái", "con trai", "cháu gái", "cháu trai", "vợ", "chồng"], poa="người được uỷ quyền"),
}
ID_LABEL = {cc: F[cc]["id"] for cc in F}


def rel_word(cc, p, kind="child"):
    i = {"child": 0, "nibling": 2, "spouse": 4}[kind] + (0 if p["female"] else 1)
    return F[cc]["rel"][i]


# ====================================================================== look-alikes
ROOM_FMT = {"en": "Room %d", "de": "Zimmer %d.%02d", "fr": "chambre %d", "es": "habitación %d", "it": "camera %d",
            "nl": "kamer %d.%02d", "pt": "quarto %d", "pl": "pok. %d", "ru": "комн. %d", "el": "δωμάτιο %d",
            "tr": "Oda %d", "he": "חדר %d", "ar": "غرفة %d", "hi": "कमरा %d", "th": "ห้อง %d", "zh": "%d室",
            "ja": "%d号室", "ko": "%d호", "vi": "phòng %d"}


def room(R, cc):
    lg = LANG[cc]
    f = ROOM_FMT[lg]
    if f.count("%") == 2:
        return N(f % (R.randint(0, 3), R.randint(1, 28)), "room_number")
    if lg in ("th", "zh", "ja", "ko"):
        return N(f % (R.randint(1, 4) * 100 + R.randint(1, 25)), "room_number")
    return N(f % R.randint(1, 64), "room_number")


MEDS = ["Paracetamol 1 g QDS", "Donepezil 5 mg nocte", "Furosemide 40 mg OD", "Metformin 500 mg BD", "Lactulose 10 ml BD",
        "Apixaban 2.5 mg BD", "Sertraline 50 mg OD", "Levothyroxine 75 mcg OD", "Bisoprolol 2.5 mg OD", "Amlodipine 5 mg OD",
        "Memantine 10 mg OD", "Quetiapine 25 mg nocte", "Omeprazole 20 mg OD", "Macrogol 1 sachet OD", "Alendronic acid 70 mg weekly",
        "Enoxaparin 40 mg s.c. OD", "Insulin glargine 14 units 22:00", "Tamsulosin 400 mcg OD", "Atorvastatin 20 mg nocte", "Ramipril 2.5 mg OD"]


def med(R):
    return N(R.choice(MEDS), "medication")


def ref(R, prefix, tag, n=4):
    return N("%s-%d-%0*d" % (prefix, R.choice([25, 26]), n, R.randint(1, 10 ** n - 1)), tag)


def t_hm(R, h0, h1):
    return "%02d:%02d" % (R.randint(h0, h1), R.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))


def visit_date(R, cc):
    return N(fmt_date(R, cc, datetime.date(2026, R.randint(1, 12), R.randint(1, 28)), "num"), "date")


def exp_date(R):
    return N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "card_expiry")


def home_n(cc):
    return N(C[cc]["home"], "home")


def role_mail(cc, box, agency=False):
    return N("%s@%s" % (box, C[cc]["adom" if agency else "dom"]), "role_mailbox")


def web(cc, agency=False):
    return N("www." + C[cc]["adom" if agency else "dom"], "website")


def switchboard(cc, agency=False):
    return N(C[cc]["atel" if agency else "tel"], "switchboard")


def epon(R, cc, i=None):
    return N(C[cc]["epon"][R.randint(0, 1) if i is None else i], "eponym_room")


SERIAL = [lambda R: "CB-%s-%05d" % (rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 1) + str(R.randint(1, 9)) + rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 1), R.randint(1, 99999)),
          lambda R: "HST-%d-%06d" % (R.choice([2019, 2021, 2023]), R.randint(1, 999999)),
          lambda R: "SN %s%07d" % (rnd(R, "ABCDEFGHJKLMNPRSTUVWXYZ", 2), R.randint(1, 9999999))]


def serial(R, what):
    return N(R.choice(SERIAL)(R), "device_serial_" + what)


def amount(R, cc, lo=None, hi=None):
    if lo is None:
        lo, hi = FEE_RANGE[cc]
    return N(money(R, cc, lo, hi), "amount")


def word_line(R, cc):
    return N(R.choice(LG[LANG[cc]]["words"]), "name_as_word")


# ====================================================================== rendering
_SLOT = re.compile(r"\{(g|h|r):([^|{}]*)\|([^{}]*)\}|\{pol\}|\{(\w+)\}")


def fr(frame, genders=None, **slots):
    """Renders a frame: {X} slots from `slots` (str, L, N or lists), {g:m|f},
    {h:m|f}, {r:m|f} agree with the genders given ('m'/'f'), {pol} is the
    Thai polite particle of the speaker."""
    genders = genders or {}
    out, pos = [], 0
    for m in _SLOT.finditer(frame):
        out.append(frame[pos:m.start()])
        if m.group(1):
            out.append(m.group(3) if genders.get(m.group(1)) == "f" else m.group(2))
        elif m.group(0) == "{pol}":
            out.append("ค่ะ" if genders.get("g") == "f" else "ครับ")
        else:
            v = slots[m.group(4)]
            out.append(v)
        pos = m.end()
    out.append(frame[pos:])
    return out


def gs(p):
    return "f" if p["female"] else "m"


def P(p, which="full"):
    return L("person", p[which])


def request(R, lg, kind=None):
    reqs = LG[lg]["req"]
    r = R.choice(reqs) if kind is None else reqs[kind % len(reqs)]
    if lg == "th":
        r = r.replace("{pol}", R.choice(["ครับ", "ค่ะ"]))
    return r


def wrap(R, lg, body, kind=None):
    """Puts the request line before or after the paste, sometimes in \"\"\"
    quotes, after a --- rule or around a code fence."""
    req = request(R, lg, kind)
    st = R.randint(0, 5)
    if st == 0:
        return [req, "\n\n", body]
    if st == 1:
        return [body, "\n\n", req]
    if st == 2:
        return [req, "\n\"\"\"\n", body, "\n\"\"\""]
    if st == 3:
        return [body, "\n---\n", req]
    if st == 4:
        return [req, "\n```\n", body, "\n```"]
    return ["```\n", body, "\n```\n", req]


def lines(*rows):
    out = []
    for i, r in enumerate(rows):
        if i:
            out.append("\n")
        out.append(r)
    return out


def caps_name(cc, p):
    g = _fold(p["given_roman"]).upper() if cc not in ("RU", "GR", "IL", "EG", "IN", "TH", "CN", "JP", "KR") else p["given_roman"].upper()
    f = _fold(p["fam_roman"]).upper() if cc not in ("RU", "GR", "IL", "EG", "IN", "TH", "CN", "JP", "KR") else p["fam_roman"].upper()
    if cc in ("CN", "KR", "VN"):
        return f + " " + " ".join(_fold(x).upper() for x in p["given_roman"].split())
    return " ".join(_fold(x).upper() for x in p["given_roman"].split()) + " " + " ".join(_fold(x).upper() for x in p["fam_roman"].split())


CHAT_TS = {"en": "[%d/%d/26, %s]", "de": "[%d.%d.26, %s]", "fr": "[%d/%d/2026 %s]", "es": "[%d/%d/26 %s]", "it": "[%d/%d/26, %s]",
           "nl": "[%d-%d-26 %s]", "pt": "[%d/%d/2026 %s]", "pl": "[%d.%d.2026, %s]", "ru": "[%d.%d.26, %s]", "el": "[%d/%d/26, %s]",
           "tr": "[%d.%d.2026 %s]", "he": "[%d.%d.26, %s]", "ar": "[%d/%d/26 %s]", "hi": "[%d/%d/26, %s]", "th": "[%d/%d/69 %s]",
           "zh": "[2026/%d/%d %s]", "ja": "[2026/%d/%d %s]", "ko": "[2026. %d. %d. %s]", "vi": "[%d/%d/2026 %s]"}


def date_pair(R, cc, lo, hi):
    d1 = datetime.date(2026, R.randint(1, 11), R.randint(1, 28))
    d2 = d1 + datetime.timedelta(days=R.randint(lo, hi))
    return [N(fmt_date(R, cc, d1, "num"), "date"), " – ", N(fmt_date(R, cc, d2, "num"), "date")]


def chat(R, lg, turns, hour=(8, 17), mfirst=False):
    """turns: list of (speaker person, frame parts). Increasing times."""
    d, mth = R.randint(1, 28), R.randint(1, 12)
    h, mi = R.randint(*hour), R.randint(0, 30)
    out = []
    for i, (who, parts) in enumerate(turns):
        mi += R.randint(1, 9)
        if mi > 59:
            h, mi = h + 1, mi - 60
        ts = CHAT_TS[lg] % ((mth, d, "%02d:%02d" % (h, mi)) if lg in ("zh", "ja", "ko") or mfirst else (d, mth, "%02d:%02d" % (h, mi)))
        if i:
            out.append("\n")
        out += [ts, " ", L("person", who["call"]), ": ", parts]
    return out


# ====================================================================== labelled templates
TEMPLATES = []
SEPA_CC = {"DE", "FR", "ES", "IT", "NL", "PL", "GR"}


def tpl(name, count, clean=False):
    def deco(f):
        TEMPLATES.append((name, count, f, clean))
        return f
    return deco


def strip_tail(parts):
    while parts and isinstance(parts[-1], str) and parts[-1].endswith("\n"):
        parts[-1] = parts[-1].rstrip("\n")
        if not parts[-1]:
            parts.pop()
    return parts


def name_field(cc, p):
    if cc in ("DE", "FR", "ES"):
        fam = p["family"].upper() if cc == "FR" else p["family"]
        return [L("person", fam), ", ", L("person", p["given"])]
    if cc == "IT":
        return L("person", p["family"] + " " + p["given"])
    if cc == "RU":
        return L("person", p["fio"])
    return L("person", p["full"])


def dr(cc, p, lang_letter=False):
    """How a form names a visiting doctor."""
    if cc in ("JP", "KR", "CN"):
        return [L("person", p["full"]), {"JP": " 医師", "KR": " 원장", "CN": " 医生"}[cc]]
    return [{"DE": "Dr. ", "FR": "Dr ", "ES": "Dr. ", "IT": "Dott. ", "NL": "dr. ", "BR": "Dr. ", "PL": "lek. ", "RU": "врач ",
             "GR": "Δρ ", "TR": "Dr. ", "IL": "ד\"ר ", "EG": "د. ", "IN": "डॉ. ", "TH": "นพ. ", "VN": "BS. "}.get(cc, "Dr "), L("person", p["full"])]


@tpl("admission", 50)
def t_admission(R, cc):
    lg, f = LANG[cc], F[cc]
    pool = Pool(R, cc)
    res = pool.person()
    kin = pool.person(y0=1952, y1=1985)
    doc = pool.person(y0=1960, y1=1990)
    staff = pool.person(y0=1965, y1=1998)
    rows = ["PRE-ADMISSION ASSESSMENT — ", home_n(cc), "\n",
            "Ref: ", ref(R, "PA", "assessment_ref"), " · assessed ", visit_date(R, cc), " by ", L("person", staff["full"]), "\n",
            "Room offered: ", room(R, cc), " (", epon(R, cc, 0), ")\n\n",
            "RESIDENT\n", f["name"], ": ", name_field(cc, res), "\n",
            f["dob"], ": ", dob(R, cc, res["dob"]), "\n",
            f["id"], ": ", nat_id(R, cc, res), "\n"]
    if cc == "BR" and R.random() < 0.5:
        rows += ["CPF: ", nat_id(R, cc, res, alt=True), "\n"]
    rows += [f["addr"], ": ", L("address", address(R, cc)), "\n",
             "GP: ", dr(cc, doc), " — ", N(C[cc]["gp"], "gp_surgery"), ", ", N(C[cc]["gp_tel"], "switchboard"), "\n\n",
             "NEXT OF KIN\n", f["name"], ": ", name_field(cc, kin), " (", rel_word(cc, kin), ")\n",
             f["tel"], ": ", phone(R, cc, abroad=0.12), "\n"]
    if R.random() < 0.75:
        rows += [f["mail"], ": ", email_personal(R, cc, kin), "\n"]
    if R.random() < 0.6:
        att = pool.person(y0=1950, y1=1985)
        rows += ["\nPOWER OF ATTORNEY — ", f["poa"], "\n", f["name"], ": ", name_field(cc, att), "\n",
                 f["dob"], ": ", dob(R, cc, att["dob"]), "\n"]
        if R.random() < 0.45:
            iss = cc if R.random() < 0.8 else R.choice(["GB", "DE", "US", "FR"])
            rows += ["ID seen: passport ", passport(R, cc, iss), " (", iss, "), expires ", N("%02d/%d" % (R.randint(1, 12), R.randint(2027, 2035)), "passport_expiry"), "\n"]
        else:
            rows += [f["tel"], ": ", phone(R, cc), "\n"]
    rows += ["\nFunding: ", amount(R, cc), " per ", R.choice(["week", "month"]), ", ", R.choice(["self-funded", "part-funded by the local authority", "care-insurance level 3", "pending assessment"]), "\n"]
    if R.random() < 0.35:
        rows += ["Note: ", word_line(R, cc), "\n"]
    return "form", lg, wrap(R, lg, strip_tail(rows), kind=R.choice([0, 0, 3]) if lg == "en" else 0)


@tpl("care_notes", 44)
def t_care_notes(R, cc):
    lg = LANG[cc]
    T = LG[lg]["notes"]
    pool = Pool(R, cc)
    res = pool.person()
    carer = pool.person(y0=1970, y1=2002)
    nurse = pool.person(y0=1965, y1=1998)
    kin = pool.person(y0=1952, y1=1985)
    ts = sorted(t_hm(R, h, h) for h in (7, 8, 14, 16, 21))
    g = {"r": gs(res)}
    body = [home_n(cc), " — ", T[0], " — ", visit_date(R, cc), "\n",
            fr(T[1], g, R=L("person", res["full"]), room=room(R, cc), dob=dob(R, cc, res["dob"])), "\n",
            fr(T[2], g, t1=ts[0], C=L("person", carer["call"]), RG=L("person", res["call"])), "\n",
            fr(T[3], g, t2=ts[1], med=med(R), N=L("person", nurse["full"] if R.random() < 0.5 else nurse["call"])), "\n",
            fr(T[4], g, t3=ts[2], RG=L("person", res["call"]), epon=epon(R, cc, 1)), "\n",
            fr(T[5], g, t4=ts[3], K=L("person", kin["full"]), KP=phone(R, cc, abroad=0.1)), "\n",
            fr(T[6], g, t5=ts[4], cp=ref(R, "CP", "care_plan_ref"))]
    if R.random() < 0.3:
        body += ["\n", word_line(R, cc)]
    return "notes", lg, wrap(R, lg, body, kind=R.choice([0, 1]))


@tpl("rota_csv", 40)
def t_rota(R, cc):
    pool = Pool(R, cc)
    carers = [pool.person(y0=1970, y1=2003) for _ in range(2)]
    clients = [pool.person() for _ in range(R.randint(2, 3))]
    cm = {id(c): phone(R, cc, intl=False) for c in carers}
    out = ["# ", N(C[cc]["agency"], "agency"), " — visit rota export, week ", str(R.randint(2, 50)), "\n",
           "visit_id,date,start,end,carer,carer_mobile,client,client_address,access,task\n"]
    day = datetime.date(2026, R.randint(1, 12), R.randint(1, 20))
    n = 0
    for cl in clients:
        addr = address(R, cc)
        ks = R.random() < 0.6
        code = "%04d" % R.randint(1000, 9999)
        for h in sorted(R.sample([7, 12, 17, 21], 2)):
            c = R.choice(carers)
            n += 1
            m = cm[id(c)]
            out += [N("V%06d" % R.randint(1, 999999), "visit_id"), ",", day.isoformat(), ",", "%02d:%02d" % (h, 0), ",", "%02d:%02d" % (h, 30), ",",
                    L("person", c["full"]), ",", L("phone", m.value, **m.meta), ",", L("person", cl["full"]), ",\"", L("address", addr), "\",",
                    (["key safe ", L("secret", code, sub="key_safe_code")] if ks else "family lets in"), ",",
                    R.choice(["personal care", "med prompt: " + R.choice(MEDS), "meal prep", "wash + dress", "bed + pad check"]), "\n"]
    out[-1] = out[-1].rstrip("\n")
    return "csv", "en", wrap(R, "en", out, kind=R.choice([3, 4, 1]))


@tpl("mar", 40)
def t_mar(R, cc):
    lg, f = LANG[cc], F[cc]
    pool = Pool(R, cc)
    res = pool.person()
    doc = pool.person(y0=1960, y1=1990)
    nurses = [pool.person(y0=1965, y1=2000) for _ in range(2)]
    meds = R.sample(MEDS, R.randint(3, 5))
    out = ["MEDICATION ADMINISTRATION RECORD — ", home_n(cc), " — ", N(C[cc]["epon"][0], "eponym_room"), "\n",
           "Cycle: ", date_pair(R, cc, 27, 27), "\n",
           f["name"], ": ", name_field(cc, res), " | ", f["dob"], ": ", dob(R, cc, res["dob"]), " | ", room(R, cc), "\n"]
    if R.random() < 0.7:
        out += [f["id"], ": ", nat_id(R, cc, res), "\n"]
    out += ["Allergies: ", R.choice(["penicillin", "none known", "latex", "codeine"]), " | GP: ", dr(cc, doc), " | Pharmacy: ", N(C[cc]["pharm"], "pharmacy"), "\n\n",
            "Medication | 08:00 | 12:00 | 18:00 | 22:00\n"]
    for m in meds:
        cells = [R.choice(["✓", "✓", "✓", "R", "—"]) for _ in range(4)]
        out += [N(m, "medication"), " | ", " | ".join(cells), "\n"]
    out += ["\nCodes: ✓ given, R refused, — not due\nSigned: ", L("person", nurses[0]["full"]), ", ", L("person", nurses[1]["full"])]
    if R.random() < 0.4:
        out += [" (", email_work(R, C[cc]["dom"], nurses[1]), ")"]
    return "form", lg, wrap(R, lg if lg != "en" else "en", out, kind=R.choice([0, 1]))


@tpl("incident", 44)
def t_incident(R, cc):
    lg, f = LANG[cc], F[cc]
    pool = Pool(R, cc)
    res = pool.person()
    carer = pool.person(y0=1970, y1=2003)
    nurse = pool.person(y0=1965, y1=1998)
    kin = pool.person(y0=1952, y1=1985)
    doc = pool.person(y0=1960, y1=1990)
    kind = R.choice(["fall", "fall", "medication", "safeguarding"])
    t0 = t_hm(R, 1, 4)
    out = ["INCIDENT REPORT ", ref(R, "INC", "incident_ref"), " — ", home_n(cc), "\n",
           "Date: ", visit_date(R, cc), " ", t0, " | Location: ", room(R, cc), "\n",
           "Person affected: ", name_field(cc, res), " (", f["dob"], ": ", dob(R, cc, res["dob"]), ")\n"]
    if kind == "fall":
        out += ["Type: unwitnessed fall\nFound on the floor beside the bed by ", L("person", carer["full"]), ". Call bell ", serial(R, "call_bell"),
                " last pressed 4 minutes earlier. Lifted with hoist ", serial(R, "hoist"), " after a head-to-toe check; small skin tear on the left forearm.\n"]
    elif kind == "medication":
        out += ["Type: medication error\n", N(R.choice(MEDS), "medication"), " given twice (08:00 and 08:20). Noticed by ", L("person", carer["full"]),
                "; observations stable, ", N("NEWS2 score 1", "score"), ".\n"]
    else:
        out += ["Type: safeguarding concern\nUnexplained bruising on both upper arms noticed by ", L("person", carer["full"]),
                " during personal care. Body map completed; referral ", ref(R, "SG", "safeguarding_ref"), " made to the local authority.\n"]
    out += ["Nurse in charge: ", L("person", nurse["full"]), "\n",
            "Family informed: ", name_field(cc, kin), " (", rel_word(cc, kin), ") on ", phone(R, cc, abroad=0.1), " at ", t_hm(R, 7, 9), "\n",
            "GP informed: ", dr(cc, doc), "\n"]
    if R.random() < 0.5:
        out += ["Notified to ", N(C[cc]["reg"], "regulator"), " under ", N(C[cc]["cite"], "regulation_citation"), "\n"]
    out += ["Reported by: ", L("person", nurse["call"]), ", ", email_work(R, C[cc]["dom"], nurse)]
    return "form", lg, wrap(R, lg, out, kind=R.choice([0, 1, 2]) if lg != "en" else R.choice([0, 1, 2]))


@tpl("visiting", 40)
def t_visiting(R, cc):
    lg, f = LANG[cc], F[cc]
    pool = Pool(R, cc)
    staff = pool.person(y0=1970, y1=2000)
    out = [home_n(cc), " — family visiting bookings, ", visit_date(R, cc), "\n",
           "Slot | Resident | Visitor | ", f["tel"], " | ", f["mail"], "\n"]
    h = 10
    for i in range(R.randint(2, 3)):
        res = pool.person()
        vis = pool.person(y0=1955, y1=1995)
        out += ["%02d:00–%02d:45" % (h, h), " | ", L("person", res["full"]), " (", room(R, cc), ") | ",
                L("person", vis["full"]), " (", rel_word(cc, vis, R.choice(["child", "nibling"])), ") | ", phone(R, cc, abroad=0.1), " | "]
        out += [email_personal(R, cc, vis) if R.random() < 0.6 else "—", "\n"]
        h += 1
    out += ["Booked by ", L("person", staff["call"]), " · reception ", switchboard(cc)]
    if R.random() < 0.3:
        out += ["\n", word_line(R, cc)]
    return "list", lg, wrap(R, lg, out, kind=R.choice([0, 1, 2]))


@tpl("invoice_dd", 44)
def t_invoice(R, cc):
    lg, f = LANG[cc], F[cc]
    pool = Pool(R, cc)
    res = pool.person()
    payer = pool.person(y0=1950, y1=1985)
    staff = pool.person(y0=1965, y1=1998)
    out = [home_n(cc), "\n", N(C[cc]["home_addr"], "home_address"), " · ", switchboard(cc), " · ", role_mail(cc, "accounts"), "\n\n",
           "INVOICE ", ref(R, "INV", "invoice_no", 5), "   Date: ", visit_date(R, cc), "\n",
           "Bill to: ", name_field(cc, payer), " (", f["poa"] if R.random() < 0.5 else rel_word(cc, payer), ")\n",
           L("address", address(R, cc)), "\n",
           "Resident: ", L("person", res["full"]), " — ", room(R, cc), "\n\n",
           "Care fees, ", R.choice(["April", "May", "June", "September", "October"]), " 2026: ", amount(R, cc), "\n",
           "Hairdresser and chiropody: ", amount(R, cc, max(1, FEE_RANGE[cc][0] // 60), FEE_RANGE[cc][1] // 40), "\n\n"]
    if cc in IBAN_CC and cc not in SEPA_CC:
        out += ["STANDING ORDER\nPayer: ", L("person", payer["full"]), "\nIBAN: ", iban(R, cc), "\n"]
        if R.random() < 0.5:
            out += ["\nFor transfers, our account: IBAN ", iban(R, cc, holder="org"), "\n"]
    elif cc in IBAN_CC:
        out += ["DIRECT DEBIT MANDATE\nCreditor identifier: ", N("%s%02dZZZ%08d" % (cc, R.randint(10, 99), R.randint(1, 99999999)), "sepa_creditor_id"),
                " | Mandate reference: ", ref(R, "MND", "mandate_ref", 6), "\n",
                "Debtor: ", L("person", payer["full"]), "\nIBAN: ", iban(R, cc), "\n"]
        if R.random() < 0.5:
            out += ["\nFor transfers, our account: IBAN ", iban(R, cc, holder="org"), "\n"]
    elif cc in ("RU", "CN"):
        out += ["Card on file for monthly payment: ", card(R, cc), " (exp. ", exp_date(R), ")\n"]
    else:
        acct = {"US": lambda: "ACH routing %s, account %s" % (R.choice(["042100175", "083000108", "021000021"]), digits(R, 10)),
                "GB": lambda: "Direct Debit, sort code %02d-%02d-%02d, account %s" % (R.randint(10, 99), R.randint(10, 99), R.randint(10, 99), digits(R, 8)),
                "BR": lambda: "débito automático, banco %03d, agência %04d, conta %s-%d" % (R.randint(1, 399), R.randint(100, 9999), digits(R, 6), R.randint(0, 9)),
                "IN": lambda: "NACH, IFSC %s0%06d, a/c %s" % (rnd(R, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4), R.randint(1, 999999), digits(R, 11)),
                "TH": lambda: "หักบัญชี %s-%s-%s-%s" % (digits(R, 3), digits(R, 1), digits(R, 5), digits(R, 1)),
                "JP": lambda: "口座振替 %s銀行 普通 %s" % (R.choice(["岩手", "東北", "北日本"]), digits(R, 7)),
                "KR": lambda: "자동이체 %s-%s-%s" % (digits(R, 3), digits(R, 6), digits(R, 5)),
                "VN": lambda: "trích nợ tự động, TK %s" % digits(R, 12)}[cc]
        out += ["Payment: ", N(acct(), "account_details"), "\n"]
    out += ["\nQueries: ", L("person", staff["full"]), ", ", email_work(R, C[cc]["dom"], staff)]
    return "invoice", lg, wrap(R, lg, out, kind=R.choice([0, 0, 1]))


@tpl("card_chat", 40)
def t_card_chat(R, cc):
    lg = LANG[cc]
    T = LG[lg]["card"]
    pool = Pool(R, cc)
    res = pool.person()
    kin = pool.person(y0=1952, y1=1990)
    staff = pool.person(y0=1968, y1=2000)
    full = R.random() < 0.75
    cardv = card(R, cc) if full else N("•••• " + digits(R, 4), "last_four")
    turns = [(kin, fr(T[0], {"g": gs(kin), "r": gs(res)}, inv=ref(R, "INV", "invoice_no", 5), RG=L("person", res["call"]), amt=amount(R, cc, *[x // 4 for x in FEE_RANGE[cc]]))),
             (staff, fr(T[1], {"g": gs(staff)})),
             (kin, fr(T[2], {"g": gs(kin)}, CARD=cardv, exp=exp_date(R), CAPS=L("person", caps_name(cc, kin)))),
             (staff, fr(T[3], {"g": gs(staff)}, KM=email_personal(R, cc, kin)))]
    body = chat(R, lg, turns, mfirst=cc == "US")
    body += ["\n", "— ", L("person", staff["full"]), ", ", home_n(cc)]
    return "chat_export", lg, wrap(R, lg, body, kind=R.choice([1, 2]))


@tpl("gp_letter", 44)
def t_gp_letter(R, cc):
    lg = LANG[cc]
    T = LG[lg]["letter"]
    pool = Pool(R, cc)
    res = pool.person()
    doc = pool.person(y0=1960, y1=1990)
    nurse = pool.person(y0=1965, y1=1998)
    g = {"g": gs(nurse), "h": gs(doc), "r": gs(res)}
    meds = R.sample(MEDS, 2)
    dname = doc["full"] if cc not in ("US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "TR", "IL") or R.random() < 0.5 else doc["family"]
    if cc == "JP":
        dname = doc["family"]
    d_letter = datetime.date(2026, R.randint(2, 12), R.randint(1, 28))
    d_since = d_letter - datetime.timedelta(days=R.randint(5, 30))
    body = [home_n(cc), "\n", N(C[cc]["home_addr"], "home_address"), "\n", switchboard(cc), "\n\n", N(fmt_date(R, cc, d_letter, "num"), "date"), "\n\n",
            fr(T[0], g, D=L("person", dname)), "\n\n",
            fr(T[1], g, R=L("person", res["full"]), dob=dob(R, cc, res["dob"]), idl=ID_LABEL[cc], id=nat_id(R, cc, res)), "\n\n",
            fr(T[2], g, RG=L("person", res["call"]), room=room(R, cc), date2=N(fmt_date(R, cc, d_since, "num"), "date"), inc=ref(R, "INC", "incident_ref")), " ",
            fr(T[3], g, med1=N(meds[0], "medication"), med2=N(meds[1], "medication"), P=N(C[cc]["pharm"], "pharmacy")), "\n\n",
            fr(T[4], g, tel=switchboard(cc)), "\n\n",
            fr(T[5], g), "\n", L("person", nurse["full"]), "\n", fr(T[6], g), "\n", email_work(R, C[cc]["dom"], nurse)]
    return "letter", lg, wrap(R, lg, body, kind=R.choice([0, 2]))


@tpl("handover", 40)
def t_handover(R, cc):
    lg = LANG[cc]
    T = LG[lg]["hand"]
    pool = Pool(R, cc)
    nurse = pool.person(y0=1965, y1=1998)
    carer = pool.person(y0=1970, y1=2003)
    r1, r2 = pool.person(), pool.person()
    k1, k2 = pool.person(y0=1952, y1=1990), pool.person(y0=1952, y1=1990)
    msg = [fr(T[0], {}, wing=N(C[cc]["epon"][0], "eponym_room")), "\n",
           fr(T[1], {"r": gs(r1)}, R1=L("person", r1["full"]), room1=room(R, cc)), "\n",
           fr(T[2], {"r": gs(r2)}, R2=L("person", r2["full"]), room2=room(R, cc), K=L("person", k1["full"])), "\n",
           fr(T[3], {}, K2=L("person", k2["full"]), KP=phone(R, cc, abroad=0.1))]
    body = chat(R, lg, [(nurse, msg), (carer, fr(T[4], {"g": gs(carer)}))], hour=(6, 7), mfirst=cc == "US")
    return "chat", lg, wrap(R, lg, body, kind=R.choice([0, 1]))


@tpl("family_chat", 44)
def t_family_chat(R, cc):
    lg = LANG[cc]
    T = LG[lg]["fam"]
    pool = Pool(R, cc)
    res = pool.person()
    kin = pool.person(y0=1952, y1=1985)
    sib = pool.person(y0=1950, y1=1988)
    staff = pool.person(y0=1968, y1=2000)
    sibw = LG[lg]["sib"][0 if sib["female"] else 1]
    if lg == "ko" and not kin["female"]:
        sibw = "누나" if sib["female"] else "형"
    rm = room(R, cc)
    turns = [(kin, fr(T[0], {"g": gs(kin), "r": gs(res)}, K=L("person", kin["full"]), RG=L("person", res["call"]), rel=rel_word(cc, kin), KP=phone(R, cc, abroad=0.1))),
             (staff, fr(T[1], {"g": gs(staff)}, KM=email_personal(R, cc, kin))),
             (kin, fr(T[2], {"g": gs(kin)}, sib=sibw, K2=L("person", sib["full"]), dob2=dob(R, cc, sib["dob"]))),
             (staff, fr(T[3], {"g": gs(staff)}, haddr=N(C[cc]["home_addr"], "home_address"))),
             (kin, fr(T[4], {"g": gs(kin)}, room=rm))]
    body = chat(R, lg, turns, mfirst=cc == "US")
    return "chat_export", lg, wrap(R, lg, body, kind=R.choice([1, 2]))


@tpl("homecare_assess", 42)
def t_homecare(R, cc):
    lg, f = LANG[cc], F[cc]
    pool = Pool(R, cc)
    cl = pool.person()
    kin = pool.person(y0=1952, y1=1988)
    co = pool.person(y0=1965, y1=1998)
    out = [N(C[cc]["agency"], "agency"), " — HOME CARE ASSESSMENT — ", ref(R, "HC", "assessment_ref"), "\n",
           "Client\n", f["name"], ": ", name_field(cc, cl), "\n", f["dob"], ": ", dob(R, cc, cl["dob"]), "\n"]
    if R.random() < 0.75:
        out += [f["id"], ": ", nat_id(R, cc, cl), "\n"]
    out += [f["addr"].replace("Previous address", "Home address").replace("Letzte Anschrift", "Anschrift"), ": ", L("address", address(R, cc)), "\n",
            f["tel"], ": ", phone(R, cc), "\n"]
    if R.random() < 0.7:
        out += ["Access: key safe left of the front door, code ", L("secret", "%04d" % R.randint(1000, 9999), sub="key_safe_code"), "\n"]
    else:
        out += ["Access: ", R.choice(["client opens the door", "neighbour holds a key", "family present at first visit"]), "\n"]
    if cc in IBAN_CC and R.random() < 0.7:
        out += ["Fees: direct debit from the client's account, IBAN ", iban(R, cc), " (mandate ", ref(R, "MND", "mandate_ref", 6), ")\n"]
    out += ["Pendant alarm: ", serial(R, "pendant"), "\n",
            "Visits: 4 a day (07:30, 12:00, 17:00, 21:00), 30 minutes; double-up for the ", R.choice(["rotunda", "stand aid", "hoist"]), "\n",
            "Emergency contact: ", name_field(cc, kin), " (", rel_word(cc, kin, R.choice(["child", "nibling"])), "), ", phone(R, cc, abroad=0.12), "\n",
            "GP: ", N(C[cc]["gp"], "gp_surgery"), ", ", N(C[cc]["gp_tel"], "switchboard"), "\n",
            "Assessed by: ", L("person", co["full"]), ", ", email_work(R, C[cc]["adom"], co)]
    if R.random() < 0.3:
        out += ["\n", word_line(R, cc)]
    return "form", lg, wrap(R, lg, out, kind=R.choice([0, 1, 2]))


@tpl("export", 44)
def t_export(R, cc):
    pool = Pool(R, cc)
    n = R.randint(2, 3)
    recs = []
    for i in range(n):
        res = pool.person()
        kin = pool.person(y0=1952, y1=1990)
        recs.append((res, kin))
    if R.random() < 0.6:
        out = ["{\n  \"export\": \"carehub-residents\",\n  \"site\": \"", N(C[cc]["dom"], "domain"), "\",\n  \"version\": \"", N("4.%d.%d" % (R.randint(0, 9), R.randint(0, 20)), "version"), "\",\n  \"residents\": ["]
        for i, (res, kin) in enumerate(recs):
            out += ["\n    {\"id\": \"", N("RES-%05d" % R.randint(1, 99999), "resident_id"), "\", \"name\": \"", L("person", res["full"]),
                    "\", \"dob\": \"", dob(R, cc, res["dob"], "iso"), "\", \"room\": \"", N(str(R.randint(1, 4) * 100 + R.randint(1, 30)), "room_number"), "\""]
            if R.random() < 0.5:
                out += [", \"national_id\": \"", nat_id(R, cc, res), "\""]
            out += [",\n     \"next_of_kin\": {\"name\": \"", L("person", kin["full"]), "\", \"phone\": \"", phone(R, cc, e164=True),
                    "\", \"portal_email\": \"", email_personal(R, cc, kin), "\", \"last_login_ip\": \"", ip_global(R, R.random() < 0.15), "\"}}"]
            out.append("," if i < n - 1 else "")
        out.append("\n  ]\n}")
        form = "json"
    else:
        out = ["resident_id,name,dob,room,nok_name,nok_phone,portal_email,last_login_ip\n"]
        for i, (res, kin) in enumerate(recs):
            out += [N("RES-%05d" % R.randint(1, 99999), "resident_id"), ",", L("person", res["full"]), ",", dob(R, cc, res["dob"], "iso"), ",",
                    N(str(R.randint(1, 4) * 100 + R.randint(1, 30)), "room_number"), ",", L("person", kin["full"]), ",", phone(R, cc, e164=True), ",",
                    email_personal(R, cc, kin), ",", ip_global(R, R.random() < 0.15)]
            if i < n - 1:
                out.append("\n")
        form = "csv"
    return form, "en", wrap(R, "en", out, kind=R.choice([3, 4, 4]))


@tpl("env", 44)
def t_env(R, cc):
    pool = Pool(R, cc)
    own = pool.person(y0=1970, y1=1998)
    dom = C[cc]["dom"]
    out = ["# ", home_n(cc), " — care-management system (production)\n",
           "# owner: ", L("person", own["call"]), " <", email_work(R, dom, own), ">\n",
           "APP_URL=https://portal.", N(dom, "domain"), "\n",
           "DB_HOST=", N(ip_private(R), "ip_private"), "\nDB_USER=carehub\nDB_PASSWORD=", secret(R, "password"), "\n",
           "EMAR_CLIENT_ID=", N("emar-%s-%04d" % (cc.lower(), R.randint(1, 9999)), "client_id"), "\n",
           "EMAR_CLIENT_SECRET=", L("secret", rnd(R, ALNUM, 40), sub="client_secret"), "\n",
           "SENDGRID_API_KEY=", secret(R, "sendgrid"), "\n",
           "TWILIO_API_KEY=", secret(R, "twilio"), "\n",
           "FAMILY_PORTAL_JWT=", secret(R, "jwt"), "\n"]
    if R.random() < 0.6:
        out += ["STRIPE_SECRET_KEY=", secret(R, "stripe"), "\nSTRIPE_PUBLISHABLE_KEY=", N("pk_live_" + rnd(R, ALNUM, 24), "stripe_publishable"), "\n"]
    if R.random() < 0.4:
        out += ["SLACK_WEBHOOK_URL=", secret(R, "slack_webhook"), "\n"]
    out += ["NURSE_CALL_GATEWAY=", N(ip_private(R), "ip_private"), "\n",
            "NURSE_CALL_SERIAL=", serial(R, "call_bell"), "\n",
            "ADMIN_ALLOWLIST=", ip_global(R, R.random() < 0.2), "  # ", L("person", own["call"]), " from home\n",
            "TEST_WEBHOOK_SOURCE=", N(ip_doc(R), "ip_documentation"), "\n",
            "SUPPORT_EMAIL=", role_mail(cc, "it")]
    return "config", "en", wrap(R, "en", out, kind=R.choice([4, 4, 3]))


# ====================================================================== clean templates
@tpl("notice", 40, clean=True)
def c_notice(R, cc):
    lg = LANG[cc]
    T = LG[lg]["notice"]
    out = [home_n(cc), " — ", T[0], "\n\n",
           fr(T[1], {}, date=visit_date(R, cc), epon=epon(R, cc, 1)), "\n",
           fr(T[2], {}, tel=switchboard(cc), role=role_mail(cc, R.choice(["families", "reception", "info"])), web=web(cc)), "\n",
           N(C[cc]["home_addr"], "home_address")]
    if R.random() < 0.6:
        out += ["\n\n", word_line(R, cc)]
    return "notice", lg, wrap(R, lg, out, kind=R.choice([0, 2]))


@tpl("fee_schedule", 40, clean=True)
def c_fees(R, cc):
    lg = LANG[cc]
    T = LG[lg]["fee"]
    lo, hi = FEE_RANGE[cc]
    out = [home_n(cc), " — ", fr(T[0], {}, date=visit_date(R, cc)), "\n",
           T[1], ": ", amount(R, cc, lo, (lo + hi) // 2), "\n",
           T[2], ": ", amount(R, cc, (lo + hi) // 2, hi), "\n",
           T[3], ": ", amount(R, cc, lo // 25 + 1, hi // 20 + 2), "\n",
           T[4], ": ", amount(R, cc, lo // 60 + 1, hi // 40 + 2), "\n",
           T[5], "\n",
           N(C[cc]["model"], "care_model_eponym"), " — ", N(C[cc]["epon"][0], "eponym_room"), "\n",
           switchboard(cc), " · ", role_mail(cc, "accounts"), " · ", web(cc), "\n",
           N(C[cc]["home_addr"], "home_address")]
    if cc in SEPA_CC and R.random() < 0.5:
        out += ["\n", N("Creditor ID %s%02dZZZ%08d" % (cc, R.randint(10, 99), R.randint(1, 99999999)), "sepa_creditor_id")]
    return "list", lg, wrap(R, lg, out, kind=R.choice([0, 1, 2]))


@tpl("nurse_call_log", 40, clean=True)
def c_callog(R, cc):
    t = datetime.datetime(2026, R.randint(1, 12), R.randint(1, 28), R.randint(0, 5), R.randint(0, 59), R.randint(0, 59))
    gw = ip_private(R)
    out = ["# nurse-call gateway ", N(gw, "ip_private"), " — ", home_n(cc), " — fw ", N("v%d.%d.%d" % (R.randint(2, 6), R.randint(0, 9), R.randint(0, 30)), "version"), "\n"]
    for i in range(R.randint(5, 9)):
        t += datetime.timedelta(seconds=R.randint(20, 900))
        ev = R.choice(["CALL", "CALL", "ACCEPT", "CANCEL", "PULLCORD", "DOOR", "BATTERY_LOW"])
        out += [t.strftime("%Y-%m-%dT%H:%M:%S"), " ", ev, " room=", N(str(R.randint(1, 4) * 100 + R.randint(1, 30)), "room_number"),
                " bed=", R.choice("AB"), " dev=", serial(R, "call_bell"), " ext=", str(R.randint(2000, 2099)),
                " resp=", "%ds" % R.randint(5, 400), "\n"]
    out += ["sync ok → ", N(ip_private(R), "ip_private"), " (", N(ip_doc(R), "ip_documentation"), " test relay disabled)"]
    return "log", "en", wrap(R, "en", out, kind=R.choice([3, 4]))


@tpl("uat_notes", 40, clean=True)
def c_uat(R, cc):
    tc = R.sample(TEST_CARDS, 2)
    out = ["UAT — family portal fee payments (", home_n(cc), ")\n",
           "- Pay invoice with ", N(tc[0], "test_card"), ", exp ", exp_date(R), ", CVC ", N("%03d" % R.randint(100, 999), "cvc"), ": OK\n",
           "- Decline path with ", N(tc[1], "test_card"), ": shows \"card declined\"\n",
           "- Luhn check rejects ", N("4111 1111 1111 1112", "luhn_fail"), "; masked display ", N("•••• •••• •••• " + digits(R, 4), "masked_card"), "\n",
           "- Test relative login ", N("test.relative@example.com", "example_email"), ", phone ", N("+00 000 000 000", "sample_phone"), "\n",
           "- Keys from vault only: ", N(R.choice(["${STRIPE_SECRET_KEY}", "<sendgrid-api-key>", "sk_test_xxxxxxxx", "changeme"]), "placeholder"), "\n",
           "- Staging API ", N(ip_private(R), "ip_private"), ", webhook from ", N(ip_doc(R), "ip_documentation"), "\n",
           "- Build ", N("%d.%d.%d-rc%d" % (R.randint(3, 5), R.randint(0, 9), R.randint(0, 20), R.randint(1, 4)), "version"), ", slot ", visit_date(R, "GB")]
    if R.random() < 0.6:
        out += ["\n", N(R.choice(LG["en"]["words"]), "name_as_word")]
    return "notes", "en", wrap(R, "en", out, kind=R.choice([0, 1, 3]))


@tpl("inspection", 40, clean=True)
def c_inspection(R, cc):
    lg = LANG[cc]
    T = LG[lg]["insp"]
    d1 = datetime.date(2026, R.randint(1, 9), R.randint(1, 28))
    d2 = d1 + datetime.timedelta(days=R.randint(28, 90))
    out = [fr(T[0], {}, reg=N(C[cc]["reg"], "regulator"), H=home_n(cc), date=N(fmt_date(R, cc, d1, "num"), "date")), "\n",
           fr(T[1], {}, cite=N(C[cc]["cite"], "regulation_citation"), wing=N(C[cc]["epon"][0], "eponym_room")), "\n",
           fr(T[2], {}, date2=N(fmt_date(R, cc, d2, "num"), "date"), ref=ref(R, "INSP", "inspection_ref", 5)), "\n",
           N(C[cc]["home_addr"], "home_address"), " · ", switchboard(cc)]
    if R.random() < 0.4:
        out += ["\n", word_line(R, cc)]
    return "notes", lg, wrap(R, lg, out, kind=R.choice([0, 1]))


# ====================================================================== rules
LATIN_CC = {"US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "TR", "VN"}
EXEMPT = {"Văn", "Thị"}


def _all_name_words():
    lat, other = set(), set()
    for cc in PEOPLE:
        for w in name_words(cc):
            if w in EXEMPT:
                continue
            if re.search(r"[A-Za-zÀ-ɏḀ-ỿ]", w):
                lat.add(w)
            elif len(w) >= 2:
                other.add(w)
    return lat, other


LAT_WORDS, OTHER_WORDS = _all_name_words()
_LAT_RE = re.compile(r"(?<![\wÀ-ỿ'])(" + "|".join(sorted(map(re.escape, LAT_WORDS), key=len, reverse=True)) + r")(?![\wÀ-ỿ])")
_OTH_RE = re.compile("|".join(sorted(map(re.escape, OTHER_WORDS), key=len, reverse=True)))
INST_DOMAINS = {C[cc]["dom"] for cc in C} | {C[cc]["adom"] for cc in C}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.]*\d)")
IPV6_RE = re.compile(r"(?<![0-9A-Fa-f:])([0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![0-9A-Fa-f:])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,30}")
GROUP_SEP = " -.\u00a0\u202f"


def masked(rec, types=None):
    t = list(rec["text"])
    for sp in rec["spans"]:
        if types is None or sp["type"] in types:
            for i in range(sp["start"], sp["end"]):
                t[i] = "\x00"
    return "".join(t)


def luhn_windows(text):
    """Luhn-valid runs of 13-19 digits: contiguous, or windows of digit
    groups joined by one space, dash, dot, NBSP or NNBSP."""
    hits = []
    for m in re.finditer(r"\d+", text):
        d = m.group()
        if 13 <= len(d) <= 19 and luhn_ok(d) and len(set(d)) > 1 and d not in TEST_CARD_DIGITS:
            hits.append(d)
    groups = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\d+", text)]
    for i in range(len(groups)):
        acc = groups[i][2]
        for j in range(i + 1, len(groups)):
            gap = text[groups[j - 1][1]:groups[j][0]]
            if len(gap) != 1 or gap not in GROUP_SEP:
                break
            acc += groups[j][2]
            if len(acc) > 19:
                break
            if 13 <= len(acc) and luhn_ok(acc) and len(set(acc)) > 1 and acc not in TEST_CARD_DIGITS:
                hits.append(acc)
    return hits


def label_words(v):
    ws = {w.casefold() for w in re.split(r"[\s,]+", v) if len(w) >= 2 and w not in EXEMPT}
    ws |= {m.group().casefold() for m in _OTH_RE.finditer(v)}
    return ws


def problems(rec, clean):
    """Every rule the record breaks (an empty list when it is kept)."""
    out = []
    try:
        check_record(rec)
    except AssertionError as e:
        out.append("check_record")
    t = rec["text"]
    if not 120 <= len(t) <= 2500:
        out.append("length %d" % len(t))
    if clean and rec["spans"]:
        out.append("clean with labels")
    if not clean and not rec["spans"]:
        out.append("labelled without labels")
    for sp in rec["spans"]:
        v, ty = sp["value"], sp["type"]
        if "\n" in v and not (ty == "secret" and "PRIVATE KEY" in v):
            out.append("label across line break")
        if ty == "gov_id" and not gov_ok(sp):
            out.append("bad gov_id %s %s" % (sp.get("sub"), v))
        elif ty == "iban" and not iban_ok(v):
            out.append("bad iban " + v)
        elif ty == "card":
            d = re.sub(r"\D", "", v)
            if not (luhn_ok(d) and 12 <= len(d) <= 19) or d in TEST_CARD_DIGITS:
                out.append("bad card " + v)
        elif ty == "email":
            if not EMAIL_RE.fullmatch(v) or re.search(r"@example\.", v):
                out.append("bad email " + v)
        elif ty == "ip":
            try:
                a = ipaddress.ip_address(v)
                if not a.is_global:
                    out.append("non-global ip label " + v)
            except ValueError:
                out.append("bad ip " + v)
    m = masked(rec)
    for e in EMAIL_RE.findall(m):
        dom = e.split("@", 1)[1].lower()
        if dom not in INST_DOMAINS and not dom.startswith("example."):
            out.append("email outside label " + e)
    for a in IPV4_RE.findall(m):
        try:
            if ipaddress.ip_address(a).is_global:
                out.append("global ipv4 outside label " + a)
        except ValueError:
            pass
    for a in IPV6_RE.findall(m):
        try:
            if ipaddress.ip_address(a).is_global:
                out.append("global ipv6 outside label " + a)
        except ValueError:
            pass
    for h in luhn_windows(m):
        out.append("luhn run outside labels " + h)
    mi = masked(rec, {"iban"})
    for cand in IBAN_RE.findall(mi):
        c = re.sub(r"[\s\u00a0]", "", cand)
        for n in range(15, len(c) + 1):
            if iban_ok(c[:n]):
                out.append("valid iban outside label " + c[:n])
                break
    mm = masked(rec).replace("\x00", " ")
    for w in _LAT_RE.findall(mm):
        out.append("name word outside labels " + w)
    for w in _OTH_RE.findall(masked(rec).replace("\x00", "\x01")):
        out.append("name word outside labels " + w)
    persons = [label_words(sp["value"]) for sp in rec["spans"] if sp["type"] == "person"]
    for i in range(len(persons)):
        for j in range(i + 1, len(persons)):
            a, b = persons[i], persons[j]
            if a & b and not (a <= b or b <= a):
                out.append("people share a name word " + " ".join(sorted(a & b)))
    return out


def phone_items(recs):
    items = []
    for r in recs:
        for sp in r["spans"]:
            if sp["type"] == "phone":
                items.append((sp["value"], sp["region"], sp.get("plan", sp["region"])))
    return items


# ====================================================================== build
def make(which=None):
    recs_l, recs_c, log = [], [], []
    seen = set()
    for ti, (name, count, fn, clean) in enumerate(TEMPLATES):
        kept = []
        cands = []
        for i in range(3 * count + 6):
            R = random.Random("%d:%s:%d" % (SEED, name, i))
            cc = COUNTRIES[(i + 5 * ti) % len(COUNTRIES)]
            form, lang, parts = fn(R, cc)
            rec = build("tmp", form, lang, parts)
            cands.append((rec, cc))
        bad_phones = set()
        res = pv_check(phone_items([c[0] for c in cands]))
        if res is None:
            raise SystemExit("pv not available")
        for ln in res:
            bad_phones.add(ln.split("\t")[1])
        for i, (rec, cc) in enumerate(cands):
            pr = problems(rec, clean)
            for sp in rec["spans"]:
                if sp["type"] == "phone" and sp["value"] in bad_phones:
                    pr.append("phone rejected by pv " + sp["value"])
            if rec["text"] in seen:
                pr.append("repeated text")
            log.append((name, i, cc, pr))
            if pr or len(kept) >= count:
                continue
            seen.add(rec["text"])
            rec["country"] = cc
            kept.append(rec)
        if len(kept) < count:
            raise SystemExit("template %s: only %d of %d kept" % (name, len(kept), count))
        (recs_c if clean else recs_l).extend(kept)
    allr = recs_l + recs_c
    random.Random(SHUFFLE_SEED).shuffle(allr)
    out = []
    for k, r in enumerate(allr):
        r.pop("country")
        rec = {"id": "%s%05d" % (PREFIX, k), "form": r["form"], "lang": r["lang"], "text": r["text"], "spans": r["spans"]}
        if "neg" in r:
            rec["neg"] = r["neg"]
        out.append(rec)
    return out, log


def check(path=OUT):
    recs = [json.loads(l) for l in open(path, encoding="utf-8")]
    errs = []
    texts = Counter(r["text"] for r in recs)
    n_clean = sum(1 for r in recs if not r["spans"])
    if len(recs) != 800 or n_clean != 200:
        errs.append("split %d/%d" % (len(recs) - n_clean, n_clean))
    for r in recs:
        for p in problems(r, not r["spans"]):
            errs.append("%s: %s" % (r["id"], p))
        if texts[r["text"]] > 1:
            errs.append("%s: repeated text" % r["id"])
    items = phone_items(recs)
    bad = pv_check(items)
    if bad is None:
        errs.append("pv missing")
    else:
        errs += ["pv: " + b for b in bad]
    regen, _ = make()
    body = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in regen)
    if body != open(path, encoding="utf-8").read():
        errs.append("regeneration differs from the file")
    return recs, items, errs


def stats(recs):
    ty = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records %d, clean %d, labels %d" % (len(recs), sum(1 for r in recs if not r["spans"]), sum(ty.values())))
    print("types:", ", ".join("%s %d" % kv for kv in ty.most_common()))
    print("forms:", ", ".join("%s %d" % kv for kv in Counter(r["form"] for r in recs).most_common()))
    print("langs:", ", ".join("%s %d" % kv for kv in Counter(r["lang"] for r in recs).most_common()))
    sub = Counter((sp["type"], sp.get("sub")) for r in recs for sp in r["spans"] if sp["type"] in ("gov_id", "secret", "card", "iban", "email", "ip"))
    print("subs:", ", ".join("%s/%s %d" % (a, b, n) for (a, b), n in sorted(sub.items())))
    ph = [sp for r in recs for sp in r["spans"] if sp["type"] == "phone"]
    print("phones: %d, +CC %d, other plan %d (%s)" % (len(ph), sum(1 for s in ph if s["value"].startswith("+")), sum(1 for s in ph if "plan" in s),
                                                    ", ".join("%s %d" % kv for kv in Counter(s["plan"] for s in ph if "plan" in s).most_common())))
    print("regions:", ", ".join("%s %d" % kv for kv in sorted(Counter(s["region"] for s in ph).items())))
    print("iban holder org: %d" % sum(1 for r in recs for sp in r["spans"] if sp.get("holder") == "org"))
    negs = Counter(t for r in recs for t in r.get("neg", []))
    print("neg tags (%d):" % len(negs), ", ".join("%s %d" % kv for kv in negs.most_common()))
    L_ = sorted(len(r["text"]) for r in recs)
    print("length min %d median %d max %d" % (L_[0], L_[len(L_) // 2], L_[-1]))
    print("distinct person values: %d" % len({sp["value"] for r in recs for sp in r["spans"] if sp["type"] == "person"}))


def main():
    args = sys.argv[1:]
    if "--check" in args:
        recs, items, errs = check()
        for e in errs[:50]:
            print(e)
        print("checked %d records, %d phones with pv, %d problems" % (len(recs), len(items), len(errs)))
        sys.exit(1 if errs else 0)
    if "--stats" in args:
        stats([json.loads(l) for l in open(OUT, encoding="utf-8")])
        return
    recs, log = make()
    write_jsonl(OUT, recs)
    dropped = [(n, i, cc, p) for n, i, cc, p in log if p]
    print("wrote %d records to %s (%d candidates broke a rule)" % (len(recs), OUT, len(dropped)))


if __name__ == "__main__":
    main()
