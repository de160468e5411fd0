#!/usr/bin/python3
"""Held-out part 56 of the redaction corpus (heldout56.jsonl).

Written by a helper that read only ../README.md, ../corpuslib.py,
heldout/README.md (the opening sections to the end of part 3, the part 55
section in full as the model, every part's theme line, and the lines that
searches for a few theme words turned up: part 34's decisions on the
deceased, officiants, vendors and institutions, part 28's on the deceased
and parties, part 46's faith look-alikes), lines 1-100 of gen_heldout33.py
and its function `pv_check`, and, outside the repository, the source of
the phone validator /tmp/pv/pv.cc (run only through `pv_check`); not the
redactor, its docs, its tests, the other generators' bodies or any .jsonl
data file other than its own output. It ran no project binary, no make, no
cmake/ctest and no git command, and it did not score this file. Started
02:08:22 UTC on 2026-12-06 (`date -u`); the end time is in
heldout/README.md. `pv_check` is reused as is; the CLI layout (rewrite /
--check / --stats) imitates part 33's header.

Theme: FUNERAL DIRECTORS, CREMATORIA AND CEMETERIES FROM THE STAFF SIDE.
What funeral arrangers, directors and their office staff, mortuary staff,
crematorium and cemetery administrators, grave-registry clerks,
bereavement officers, celebrants, monumental masons, florists and the
firms' booking and IT support paste into an AI assistant, from 21
countries in 20 languages: arrangement forms, cremation and
death-registration forms, repatriation paperwork, grave registers and
plot deeds, exhumation and memorial permits, invoices and funeral-plan
claims, obituary and death-notice drafts, eulogies and orders of service,
condolence-book exports, chats with families, complaint notes and
funeral-management configs. Hard negatives of the theme everywhere: case,
plot, section, row, grave, niche and register numbers, coffin and urn
models, hymns and Bible verses, saints, service dates and times, fees,
the firms' own lines, mailboxes and websites, eponymous chapels,
cemeteries and hospitals, firms named after founders, private and
documentation IPs, processors' test cards and name-as-word sentences.

Every name, street, town, organisation, frame sentence, template and
look-alike here was written by hand for this part. Deterministic (seed
560311, shuffle seed 560312).

    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout56.py           # rewrite
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout56.py --check   # verify
    /usr/bin/python3 tests/redact-corpus/heldout/gen_heldout56.py --stats   # counts
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
                       luhn_complete, iban_mod97, IBAN_LEN, iban_random, group,
                       ssn_random, ssn_valid, steuerid_random, steuerid_ok,
                       nir_random, nir_ok, dni_random, DNI_LETTERS, cf_make,
                       cf_check, bsn_random, bsn_ok, aadhaar_random, verhoeff_ok,
                       cpf_random, cpf_ok, nhs_random, nhs_ok, card_random,
                       card_grouping, split_groups, MONTHS, secret_random,
                       PLANS, digits, nz)

SEED = 560311
SHUFFLE_SEED = 560312
OUT = os.path.join(HERE, "heldout56.jsonl")
PREFIX = "heldout-bd-"


def pv_check(items):
    """Runs every phone through libphonenumber (/tmp/pv/pv) in one batch;
    returns the invalid ones (None when the helper is missing)."""
    exe = "/tmp/pv/pv"
    if not os.path.exists(exe):
        return None
    inp = "".join("%s\t%s\t%s\n" % it for it in items)
    out = subprocess.run([exe], input=inp.encode("utf-8"), stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return [ln for ln in out.splitlines() if ln.startswith("INVALID")]


# ====================================================================== gov ids
def pesel_make(R, y, m, d, female):
    mm = m + (20 if y >= 2000 else 0)
    body = "%02d%02d%02d%03d%d" % (y % 100, mm, d, R.randint(0, 999), R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    return body + str((10 - sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10)


def pesel_ok(s):
    return len(s) == 11 and (10 - sum(int(c) * w for c, w in zip(s, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10 == int(s[10])


def snils_check(d9):
    s = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if s < 100:
        return "%02d" % s
    if s in (100, 101):
        return "00"
    s %= 101
    return "00" if s == 100 else "%02d" % s


def snils_make(R):
    d9 = "%09d" % R.randint(2000000, 999999999)
    c = snils_check(d9)
    return "%s-%s-%s %s" % (d9[:3], d9[3:6], d9[6:], c)


def snils_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 11 and snils_check(d[:9]) == d[9:]


def amka_make(R, y, m, d):
    return luhn_complete("%02d%02d%02d%04d" % (d, m, y % 100, R.randint(0, 9999)))


def tckn_make(R):
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def tckn_ok(s):
    d = list(map(int, s))
    return len(d) == 11 and d[0] != 0 and d[9] == ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 and d[10] == sum(d[:10]) % 10


def ilid_make(R):
    return luhn_complete("%08d" % R.randint(1000000, 39999999))


def thid_make(R):
    b = str(R.randint(1, 8)) + digits(R, 11)
    return b + str((11 - sum(int(c) * (13 - i) for i, c in enumerate(b)) % 11) % 10)


def thid_ok(s):
    return len(s) == 13 and (11 - sum(int(c) * (13 - i) for i, c in enumerate(s[:12])) % 11) % 10 == int(s[12])


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cnid_make(R, area, y, m, d, female):
    b = "%s%04d%02d%02d%02d%d" % (area, y, m, d, R.randint(0, 99), R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    return b + "10X98765432"[sum(int(c) * w for c, w in zip(b, CN_W)) % 11]


def cnid_ok(s):
    return len(s) == 18 and "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], CN_W)) % 11] == s[17]


def mynumber_check(b11):
    s = 0
    for n in range(1, 12):
        p = int(b11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return "0" if r <= 1 else str(11 - r)


def mynumber_make(R):
    b = nz(R, 11)
    return b + mynumber_check(b)


def rrn_make(R, y, m, d, female):
    s = (2 if female else 1) + (2 if y >= 2000 else 0)
    b = "%02d%02d%02d%d%s" % (y % 100, m, d, s, digits(R, 5))
    c = (11 - sum(int(ch) * w for ch, w in zip(b, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 11) % 10
    return b[:6] + "-" + b[6:] + str(c)


def rrn_ok(s):
    b = s.replace("-", "")
    return len(b) == 13 and (11 - sum(int(ch) * w for ch, w in zip(b, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 11) % 10 == int(b[12])


def pnr_make(R, y, m, d, female):
    b = "%02d%02d%02d%02d%d" % (y % 100, m, d, R.randint(0, 99), R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    s = luhn_complete(b)
    return s[:6] + "-" + s[6:]


def cccd_make(R, y, female):
    prov = R.choice(["001", "031", "048", "079", "092", "038"])
    return prov + str((1 if female else 0) + (2 if y >= 2000 else 0)) + "%02d" % (y % 100) + digits(R, 6)


def egid_make(R, y, m, d, female):
    gov = R.choice(["01", "02", "21", "12", "16"])
    seq = digits(R, 3) + str(R.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    return "%d%02d%02d%02d%s%s%d" % (2 if y < 2000 else 3, y % 100, m, d, gov, seq, R.randint(1, 9))


def cf_for(R, sur, giv, y, m, d, female):
    return cf_make(sur, giv, y % 100, m, d, female, R.choice(["H501", "F205", "L219", "G273", "A944"]))


def passport_make(R, cc):
    if cc == "US":
        return nz(R, 9)
    if cc in ("GB",):
        return nz(R, 9)
    if cc == "DE":
        return R.choice("CFGHJK") + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if cc in ("FR",):
        return "%02d" % R.randint(10, 99) + R.choice(string.ascii_uppercase) + R.choice(string.ascii_uppercase) + digits(R, 5)
    if cc in ("IN",):
        return R.choice("JKLMNPRSTUVWZ") + nz(R, 7)
    if cc == "CN":
        return "E" + nz(R, 8)
    if cc in ("JP", "KR"):
        return R.choice(["TK", "TR", "MZ", "M"]) + nz(R, 7 if cc == "JP" else 8)
    return "".join(R.choice(string.ascii_uppercase) for _ in range(2)) + nz(R, 7)


# ====================================================================== locales
def _g(n, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(n[i:i + k])
        i += k
    return out


def _mob(pref, n):
    return lambda R: R.choice(pref) + digits(R, n)


# phone: (mobile nsn, national layout, +CC layout)
PH = {
    "US": (lambda R: PLANS["US"][2]["fixed_or_mobile"](R), lambda n: "(%s) %s-%s" % tuple(_g(n, [3, 3, 4])), lambda n: "+1 %s-%s-%s" % tuple(_g(n, [3, 3, 4]))),
    "GB": (lambda R: PLANS["GB"][2]["mobile"](R), lambda n: "0%s %s" % tuple(_g(n, [4, 6])), lambda n: "+44 %s %s" % tuple(_g(n, [4, 6]))),
    "DE": (lambda R: PLANS["DE"][2]["mobile"](R), lambda n: "0%s %s" % (n[:3], n[3:]), lambda n: "+49 %s %s" % (n[:3], n[3:])),
    "FR": (lambda R: PLANS["FR"][2]["mobile"](R), lambda n: "0%s %s %s %s %s" % tuple(_g(n, [1, 2, 2, 2, 2])), lambda n: "+33 %s %s %s %s %s" % tuple(_g(n, [1, 2, 2, 2, 2]))),
    "ES": (lambda R: PLANS["ES"][2]["mobile"](R), lambda n: "%s %s %s %s" % tuple(_g(n, [3, 2, 2, 2])), lambda n: "+34 %s %s %s" % tuple(_g(n, [3, 3, 3]))),
    "IT": (lambda R: PLANS["IT"][2]["mobile"](R), lambda n: "%s %s %s" % tuple(_g(n, [3, 3, 4])), lambda n: "+39 %s %s %s" % tuple(_g(n, [3, 3, 4]))),
    "NL": (lambda R: PLANS["NL"][2]["mobile"](R), lambda n: "06-%s" % n[1:], lambda n: "+31 6 %s" % n[1:]),
    "PL": (lambda R: PLANS["PL"][2]["mobile"](R), lambda n: "%s %s %s" % tuple(_g(n, [3, 3, 3])), lambda n: "+48 %s %s %s" % tuple(_g(n, [3, 3, 3]))),
    "RU": (lambda R: PLANS["RU"][2]["mobile"](R), lambda n: "8 (%s) %s-%s-%s" % tuple(_g(n, [3, 3, 2, 2])), lambda n: "+7 %s %s-%s-%s" % tuple(_g(n, [3, 3, 2, 2]))),
    "GR": (_mob(["690", "693", "694", "695", "697", "698", "699"], 7), lambda n: "%s %s %s" % tuple(_g(n, [3, 3, 4])), lambda n: "+30 %s %s %s" % tuple(_g(n, [3, 3, 4]))),
    "TR": (_mob(["530", "532", "533", "535", "505", "542", "544", "555"], 7), lambda n: "0%s %s %s %s" % tuple(_g(n, [3, 3, 2, 2])), lambda n: "+90 %s %s %s %s" % tuple(_g(n, [3, 3, 2, 2]))),
    "IL": (_mob(["50", "52", "53", "54", "58"], 7), lambda n: "0%s-%s-%s" % tuple(_g(n, [2, 3, 4])), lambda n: "+972-%s-%s-%s" % tuple(_g(n, [2, 3, 4]))),
    "EG": (_mob(["10", "11", "12", "15"], 8), lambda n: "0%s %s %s" % tuple(_g(n, [2, 4, 4])), lambda n: "+20 %s %s %s" % tuple(_g(n, [2, 4, 4]))),
    "IN": (lambda R: PLANS["IN"][2]["mobile"](R), lambda n: "%s %s" % tuple(_g(n, [5, 5])), lambda n: "+91 %s %s" % tuple(_g(n, [5, 5]))),
    "TH": (_mob(["81", "82", "86", "89", "61", "62", "91", "95"], 7), lambda n: "0%s-%s-%s" % tuple(_g(n, [2, 3, 4])), lambda n: "+66 %s %s %s" % tuple(_g(n, [2, 3, 4]))),
    "CN": (lambda R: PLANS["CN"][2]["mobile"](R), lambda n: "%s %s %s" % tuple(_g(n, [3, 4, 4])), lambda n: "+86 %s %s %s" % tuple(_g(n, [3, 4, 4]))),
    "JP": (lambda R: PLANS["JP"][2]["mobile"](R), lambda n: "0%s-%s-%s" % tuple(_g(n, [2, 4, 4])), lambda n: "+81 %s-%s-%s" % tuple(_g(n, [2, 4, 4]))),
    "KR": (_mob(["102", "103", "104", "105", "106", "107", "108", "109"], 7), lambda n: "0%s-%s-%s" % tuple(_g(n, [2, 4, 4])), lambda n: "+82 %s-%s-%s" % tuple(_g(n, [2, 4, 4]))),
    "VN": (_mob(["90", "91", "93", "94", "96", "97", "98", "86", "83"], 7), lambda n: "0%s %s %s" % tuple(_g(n, [2, 3, 4])), lambda n: "+84 %s %s %s" % tuple(_g(n, [2, 3, 4]))),
    "BR": (lambda R: PLANS["BR"][2]["mobile"](R), lambda n: "(%s) %s-%s" % tuple(_g(n, [2, 5, 4])), lambda n: "+55 %s %s-%s" % tuple(_g(n, [2, 5, 4]))),
    "SE": (lambda R: PLANS["SE"][2]["mobile"](R), lambda n: "0%s-%s %s %s" % tuple(_g(n, [2, 3, 2, 2])), lambda n: "+46 %s-%s %s %s" % tuple(_g(n, [2, 3, 2, 2]))),
}

TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


def _dmy(sep):
    return lambda y, m, d: "%02d%s%02d%s%d" % (d, sep, m, sep, y)


DOBF = {
    "US": [lambda y, m, d: "%02d/%02d/%d" % (m, d, y), lambda y, m, d: "%s %d, %d" % (MONTHS["en"][m - 1], d, y)],
    "GB": [_dmy("/"), lambda y, m, d: "%d %s %d" % (d, MONTHS["en"][m - 1], y)],
    "DE": [_dmy("."), lambda y, m, d: "%d. %s %d" % (d, MONTHS["de"][m - 1], y)],
    "FR": [_dmy("/"), lambda y, m, d: "%d %s %d" % (d, MONTHS["fr"][m - 1], y)],
    "ES": [_dmy("/"), lambda y, m, d: "%d de %s de %d" % (d, MONTHS["es"][m - 1], y)],
    "IT": [_dmy("/"), lambda y, m, d: "%d %s %d" % (d, MONTHS["it"][m - 1], y)],
    "NL": [_dmy("-"), lambda y, m, d: "%d %s %d" % (d, MONTHS["nl"][m - 1], y)],
    "PL": [_dmy(".")], "RU": [_dmy(".")], "GR": [_dmy("/")], "TR": [_dmy(".")],
    "IL": [_dmy(".")], "EG": [_dmy("/")], "IN": [_dmy("-")],
    "TH": [lambda y, m, d: "%d/%d/%d" % (d, m, y + 543), lambda y, m, d: "%d %s %d" % (d, TH_MONTHS[m - 1], y + 543)],
    "CN": [lambda y, m, d: "%d年%d月%d日" % (y, m, d)], "JP": [lambda y, m, d: "%d年%d月%d日" % (y, m, d)],
    "KR": [lambda y, m, d: "%d. %d. %d." % (y, m, d)], "VN": [_dmy("/")],
    "BR": [_dmy("/"), lambda y, m, d: "%d de %s de %d" % (d, MONTHS["pt"][m - 1], y)],
    "SE": [lambda y, m, d: "%d-%02d-%02d" % (y, m, d)],
}

# names: male given, female given, family (m/f forms where gendered). "native|roman".
NAMES = {
    "US": ("Alonzo Delbert Delmer Lamont Virgil Hoyt", "Loretta Bernadine Velma Opal Henrietta Mavis",
           "Bumgarner Skaggs Haskins Winfrey Ratliff Gorsuch Sowders Tubbs"),
    "GB": ("Aubrey Leopold Rowland Ernest Reginald Wilfred", "Edna Gladys Muriel Winifred Hilda Doreen",
           "Tattersfield Threlfall Grimshaw Hesketh Ackroyd Hepplewhite Catterall Bickerstaff"),
    "DE": ("Gerwin Hartmut Dietmar Eckehard Wigand Lothar", "Hannelore Adelheid Liselotte Gudrun Rosemarie Elfriede",
           "Bräutigam Kühnemund Trautwein Kornmesser Windhorst Wedekind Habermehl Brockhage"),
    "FR": ("Gontran Lucien Séraphin Honoré Aristide Eudes", "Ghislaine Huguette Berthe Josette Odile Paulette",
           "Lafargue Brossard Bourgoin Charpentier Dumoulin Lecourtois Fauconnier Maréchaux"),
    "ES": ("Eusebio Anacleto Baldomero Celestino Florencio Saturnino", "Eufrasia Rosendina Herminia Eulogia Teodomira Inmaculada",
           "Berrocal Quintanar Cuadrado Arrabal Zurdo Escudero Villacorta Carrasco"),
    "IT": ("Ottorino Amedeo Ermanno Secondo Arduino Osvaldo", "Ernesta Gina Iolanda Nives Tosca Wanda",
           "Cremaschi Cavazzoni Zanichelli Ferracuti Spadoni Lombardini Tagliaferri Bonazzoli"),
    "NL": ("Gerrit Harmen Jochem Wiebe Teunis Barend", "Aaltje Geertruida Hendrika Grietje Willemijn Jantina",
           "Oosterhof Kuipers Wolters Dijkhuis van_Vliet Brouwer Schuurman Postma"),
    "PL": ("Zdzisław Mieczysław Czesław Bronisław Eugeniusz Leszek", "Genowefa Stanisława Halina Bożena Krystyna Danuta",
           "Kaczmarczyk Wilczek Gąsiorek Szczygieł Mazurczak Porębiak Grzelak Pietrzak"),
    "RU": ("Анатолий|Anatoly Геннадий|Gennady Валериан|Valerian Тимофей|Timofey Святослав|Svyatoslav Ефим|Efim",
           "Валентина|Valentina Зинаида|Zinaida Таисия|Taisiya Клавдия|Klavdiya Нинель|Ninel Антонина|Antonina",
           "Черемисин/Черемисина|Cheremisin Хворостов/Хворостова|Khvorostov Пастухов/Пастухова|Pastukhov Дубинин/Дубинина|Dubinin Колокольцев/Колокольцева|Kolokoltsev Сомов/Сомова|Somov"),
    "GR": ("Χαράλαμπος|Charalampos Σπυρίδων|Spyridon Ευάγγελος|Evangelos Παντελής|Pantelis Αριστείδης|Aristeidis Θρασύβουλος|Thrasyvoulos",
           "Κυριακή|Kyriaki Παρασκευή|Paraskevi Ευτέρπη|Efterpi Σταματία|Stamatia Αγλαΐα|Aglaia Φωτεινή|Foteini",
           "Σγουρδαίος/Σγουρδαίου|Sgourdaios Τσιρίγος/Τσιρίγου|Tsirigos Μαυρογιάννης/Μαυρογιάννη|Mavrogiannis Λιάπης/Λιάπη|Liapis Ζαφειρίου/Ζαφειρίου|Zafeiriou Κουτρούμπας/Κουτρούμπα|Koutroumpas"),
    "TR": ("Nurettin Şükrü Rüştü Necati Abdullah Cemalettin", "Saniye Hatice Naciye Fikriye Şaziye Zübeyde",
           "Karabulut Eğilmez Köseoğlu Topaloğlu Demirkıran Sarıkaya Bozdoğan Yılmazer"),
    "IL": ("שלמה|Shlomo נחום|Nachum יחזקאל|Yechezkel עזרא|Ezra זאב|Zeev אליעזר|Eliezer",
           "שפרה|Shifra פנינה|Penina צפורה|Tzipora חנה|Chana יוכבד|Yocheved בתיה|Batya",
           "פרלמוטר|Perlmutter שטיינברג|Steinberg אלקבץ|Alkabetz גולדשמידט|Goldschmidt חזן|Hazan בוחבוט|Bouhbout"),
    "EG": ("متولي|Metwally فتحي|Fathy مجاهد|Mogahed عوض|Awad حمدي|Hamdy صبري|Sabry",
           "زينب|Zeinab فاطمة|Fatma نبوية|Nabawiya عزيزة|Aziza سعاد|Soad إحسان|Ehsan",
           "الدسوقي|Eldesouky البنا|Elbanna المنشاوي|Elmenshawy الجمال|Elgamal حجازي|Hegazy القليوبي|Elqalyoubi"),
    "IN": ("रामनाथ|Ramnath बालकृष्ण|Balkrishna जगदीश|Jagdish हरिशंकर|Harishankar ओमप्रकाश|Omprakash गिरिधर|Girdhar",
           "रामदुलारी|Ramdulari कमलावती|Kamlavati शकुंतला|Shakuntala पुष्पा|Pushpa विमला|Vimla सुशीला|Sushila",
           "शुक्ला|Shukla अग्निहोत्री|Agnihotri तिवारी|Tiwari चतुर्वेदी|Chaturvedi भार्गव|Bhargava दीक्षित|Dixit"),
    "TH": ("สมพงษ์|Sompong บุญเลิศ|Boonlert ประยูร|Prayoon ทองใบ|Thongbai สุรชัย|Surachai เฉลิม|Chalerm",
           "บุญมี|Boonmee ลำดวน|Lamduan สำรวย|Samruay ทองคำ|Thongkham ประไพ|Prapai จำเนียร|Chamnian",
           "ศรีสุวรรณ|Srisuwan ทองประเสริฐ|Thongprasert แก้วมณี|Kaewmanee บุญยืน|Boonyuen เพชรรัตน์|Petcharat อินทรสุข|Intarasuk"),
    "CN": ("振邦|Zhenbang 立群|Liqun 德昭|Dezhao 永福|Yongfu 长庚|Changgeng 汉卿|Hanqing",
           "秀琴|Xiuqin 慧芬|Huifen 桂兰|Guilan 淑贞|Shuzhen 玉梅|Yumei 凤仙|Fengxian",
           "邬 柏 詹 阙 蒲 鲍"),
    "JP": ("清次郎|Seijiro 勘助|Kansuke 善兵衛|Zenbei 孝蔵|Kozo 喜一|Kiichi 源吾|Gengo",
           "ハル|Haru 千代子|Chiyoko トメ|Tome 静枝|Shizue 富美子|Fumiko キヨ|Kiyo",
           "駒井|Komai 稲垣|Inagaki 筧|Kakei 蜂谷|Hachiya 篠塚|Shinozuka 土居|Doi"),
    "KR": ("만석|Manseok 복동|Bokdong 정길|Jeonggil 판술|Pansul 기봉|Gibong 춘배|Chunbae",
           "말순|Malsun 끝순|Kkeutsun 옥례|Ongnye 순덕|Sundeok 금자|Geumja 정례|Jeongnye",
           "탁 추 변 도 육 맹"),
    "VN": ("Văn_Hoạch|Hoach Văn_Tuất|Tuat Văn_Khoát|Khoat Văn_Thiềng|Thieng Văn_Sửu|Suu Văn_Chuông|Chuong",
           "Thị_Xoan|Xoan Thị_Lượt|Luot Thị_Đượm|Duom Thị_Huê|Hue Thị_Sáu|Sau Thị_Gừng|Gung",
           "Cù Văng Ông Tăng Cấn Vương"),
    "BR": ("Deolindo Raimundo Geraldo Juvenal Benedito Olegário", "Terezinha Aparecida Conceição Jandira Zulmira Dalva",
           "Vasconcellos Wanderley Cavalcante Nogueirinha Florêncio Siqueira Bulhões Carvalhal"),
    "SE": ("Gösta Einar Hilding Sixtus Arvid Evert", "Gunborg Ingegerd Solveig Birgitta Asta Margit",
           "Lindqvist Ekström Sjöholm Bergsten Åkerlund Nyqvist Holmgren Wikström"),
}


def _pick(R, s):
    return R.choice(s.split(";"))


# addresses: one line in the country's postal layout
def addr_US(R):
    return "%d %s, %s" % (R.randint(110, 9890), _pick(R, "Sassafras Bend Rd;Quarry Bottom Ln;Old Tanyard Pike;Persimmon Ridge Dr;Cotton Gin St"),
                          _pick(R, "Cullman, AL 35055;Paducah, KY 42001;Muscatine, IA 52761;Kerrville, TX 78028;Chillicothe, OH 45601"))


def addr_GB(R):
    return "%d %s, %s" % (R.randint(1, 140), _pick(R, "Tanpit Lane;Cordwainers Row;Sheepfold Close;Kiln Bank;Ropewalk Terrace"),
                          _pick(R, "Ambleside LA22 0BZ;Clitheroe BB7 2HD;Ludlow SY8 1PE;Malton YO17 7LY;Settle BD24 9JW"))


def addr_DE(R):
    return "%s %d, %s" % (_pick(R, "Totengräberweg;Kalkofenstraße;Flachsröste;Am Lohgraben;Köhlerstieg"), R.randint(1, 88),
                          _pick(R, "37574 Einbeck;34346 Hann. Münden;97877 Wertheim;91781 Weißenburg;29525 Uelzen"))


def addr_FR(R):
    return "%d %s, %s" % (R.randint(1, 96), _pick(R, "rue des Cordiers;impasse du Lavoir;chemin des Vignerons;rue de la Tannerie;allée des Noisetiers"),
                          _pick(R, "46100 Figeac;15000 Aurillac;58500 Clamecy;24200 Sarlat-la-Canéda;39100 Dole"))


def addr_ES(R):
    return "%s %d, %dº %s, %s" % (_pick(R, "Calle del Alfarero;Calle de los Tintes;Travesía del Pozo;Calle de la Cestería;Avenida de los Olmos"), R.randint(1, 60), R.randint(1, 6), R.choice("ABCD"),
                                  _pick(R, "05001 Ávila;49001 Zamora;16002 Cuenca;10600 Plasencia;22300 Barbastro"))


def addr_IT(R):
    return "%s %d, %s" % (_pick(R, "Via dei Cordai;Vicolo dei Mugnai;Via delle Gualchiere;Via dei Bastioni;Via del Macello"), R.randint(1, 90),
                          _pick(R, "43036 Fidenza (PR);06034 Foligno (PG);13900 Biella (BI);33170 Pordenone (PN);81100 Caserta (CE)"))


def addr_NL(R):
    return "%s %d, %s" % (_pick(R, "Kolkstraat;Kerkepad;Turfmarkt;Bleekveld;Zwanensingel"), R.randint(1, 140),
                          _pick(R, "8261 AD Kampen;7101 BN Winterswijk;9101 KL Dokkum;4331 HD Middelburg;6411 CP Heerlen"))


def addr_PL(R):
    return "ul. %s %d/%d, %s" % (_pick(R, "Garncarska;Bednarska;Miodowa;Powroźnicza;Łąkowa"), R.randint(1, 70), R.randint(1, 30),
                                 _pick(R, "33-300 Nowy Sącz;26-600 Radom;22-400 Zamość;37-700 Przemyśl;58-500 Jelenia Góra"))


def addr_RU(R):
    return "ул. %s, д. %d, кв. %d, %s" % (_pick(R, "Кожевенная;Бондарная;Калашная;Ямская;Гончарная"), R.randint(1, 90), R.randint(1, 180),
                                          _pick(R, "г. Кострома, 156005;г. Вологда, 160009;г. Тамбов, 392000;г. Псков, 180007;г. Орёл, 302028"))


def addr_GR(R):
    return "%s %d, %s" % (_pick(R, "Οδός Λαναρά;Οδός Καπνεργατών;Οδός Αμπελοκήπων;Οδός Βυρσοδεψών;Οδός Ξυλουργών"), R.randint(1, 90),
                          _pick(R, "47100 Άρτα;38221 Βόλος;69100 Κομοτηνή;22100 Τρίπολη;51100 Γρεβενά"))


def addr_TR(R):
    return "%s No: %d D: %d, %s" % (_pick(R, "Bakırcılar Sok.;Değirmenaltı Cad.;Kireçhane Sok.;Sarnıçlı Sok.;Hasırcılar Cad."), R.randint(1, 60), R.randint(1, 20),
                                    _pick(R, "74100 Merkez/Bartın;43100 Merkez/Kütahya;50100 Merkez/Nevşehir;64100 Merkez/Uşak;03200 Merkez/Afyonkarahisar"))


def addr_IL(R):
    return "רחוב %s %d, דירה %d, %s" % (_pick(R, "הצורפים;הבורסקאים;הגפן השחורה;הקדרים;עין הקורא"), R.randint(1, 80), R.randint(1, 30),
                                        _pick(R, "נתניה;כפר סבא;טירת כרמל;נהריה;קריית גת"))


def addr_EG(R):
    return "%d %s، %s" % (R.randint(1, 90), _pick(R, "شارع النحاسين;شارع الفخارين;شارع السواقي;شارع الترعة البولاقية;شارع المدابغ"),
                          _pick(R, "طنطا، الغربية;الزقازيق، الشرقية;بنها، القليوبية;شبين الكوم، المنوفية;دمياط"))


def addr_IN(R):
    return "मकान नं. %d, %s, %s" % (R.randint(2, 480), _pick(R, "कुम्हार टोली;बरगद चौक;पुरानी मंडी गली;गौशाला रोड;तालाब पार"),
                                     _pick(R, "झांसी, उत्तर प्रदेश 284001;सतना, मध्य प्रदेश 485001;अलवर, राजस्थान 301001;दरभंगा, बिहार 846004;रोहतक, हरियाणा 124001"))


def addr_TH(R):
    return "%d/%d %s %s" % (R.randint(1, 299), R.randint(1, 40), _pick(R, "หมู่ 4 ตำบลบ้านเหล่า;ซอยโรงสีเก่า ถนนท่าแพ;หมู่ 7 ตำบลหนองบัว;ซอยตลาดน้ำ ถนนริมคลอง"),
                             _pick(R, "อำเภอเมือง จังหวัดลำปาง 52000;อำเภอเมือง จังหวัดพิษณุโลก 65000;อำเภอเมือง จังหวัดอุบลราชธานี 34000;อำเภอเมือง จังหวัดตราด 23000"))


def addr_CN(R):
    return "%s%s%d号%d单元%d室" % (_pick(R, "江西省九江市浔阳区;湖南省常德市武陵区;山西省大同市平城区;安徽省安庆市迎江区;福建省泉州市鲤城区"),
                               _pick(R, "砖瓦巷;槐荫街;染坊路;油坊巷;铁匠街"), R.randint(1, 180), R.randint(1, 6), R.randint(101, 1802))


def addr_JP(R):
    return "〒%s %s%d丁目%d-%d" % (_pick(R, "690-0061 島根県松江市白潟本町;310-0021 茨城県水戸市南町;381-0043 長野県長野市吉田;790-0012 愛媛県松山市湊町;960-8034 福島県福島市置賜町"),
                                "", R.randint(1, 5), R.randint(1, 28), R.randint(1, 20))


def addr_KR(R):
    return "%s %d, %d동 %d호" % (_pick(R, "충청북도 청주시 상당구 대성로;경상북도 안동시 퇴계로;강원도 춘천시 소양로;전라남도 순천시 장명로;경상남도 진주시 남강로"),
                               R.randint(1, 240), R.randint(101, 112), R.randint(101, 1504))


def addr_VN(R):
    return "Số %d %s, %s" % (R.randint(1, 180), _pick(R, "ngõ 7 phố Thợ Nhuộm;kiệt 12 đường Bạch Đằng Đông;hẻm 45 đường Lò Gốm;ngõ 3 phố Hàng Chĩnh;hẻm 9 đường Bến Ván"),
                             _pick(R, "phường Cửa Nam, quận Hoàn Kiếm, Hà Nội;phường Bình Hiên, quận Hải Châu, Đà Nẵng;phường 7, quận 6, TP. Hồ Chí Minh;phường Vĩnh Ninh, TP. Huế"))


def addr_BR(R):
    return "%s, %d, %s" % (_pick(R, "Rua dos Seleiros;Travessa do Curtume;Rua da Olaria Velha;Rua das Quaresmeiras;Avenida dos Ipês"), R.randint(10, 2200),
                           _pick(R, "Granbery, Juiz de Fora - MG, 36010-060;Bom Fim, Porto Alegre - RS, 90035-190;Pajuçara, Maceió - AL, 57035-160;Batel, Curitiba - PR, 80420-090"))


def addr_SE(R):
    return "%s %d, %s" % (_pick(R, "Repslagargatan;Garvaregränd;Kvarnbacken;Tullportsgatan;Smedjegatan"), R.randint(1, 60),
                          _pick(R, "621 55 Visby;891 33 Örnsköldsvik;661 30 Säffle;574 31 Vetlanda;824 30 Hudiksvall"))


ADDR = {k[5:]: v for k, v in globals().items() if k.startswith("addr_")}


# field labels: deceased | date of birth | date of death | last address | id | applicant | relationship | phone | e-mail
FL = {
    "US": "Decedent|Date of birth|Date of death|Last residence|SSN|Informant|Relationship|Cell|Email",
    "GB": "Deceased|Date of birth|Date of death|Last address|NHS no.|Applicant|Relationship|Mobile|Email",
    "DE": "Verstorbene/r|Geburtsdatum|Sterbedatum|Letzte Anschrift|Steuer-ID|Auftraggeber/in|Verhältnis|Mobil|E-Mail",
    "FR": "Défunt(e)|Date de naissance|Date du décès|Dernier domicile|N° de sécurité sociale|Demandeur|Lien de parenté|Portable|Courriel",
    "ES": "Difunto/a|Fecha de nacimiento|Fecha de defunción|Último domicilio|DNI|Solicitante|Parentesco|Móvil|Correo",
    "IT": "Defunto/a|Data di nascita|Data del decesso|Ultima residenza|Codice fiscale|Richiedente|Parentela|Cellulare|E-mail",
    "NL": "Overledene|Geboortedatum|Overlijdensdatum|Laatste adres|BSN|Opdrachtgever|Relatie|Mobiel|E-mail",
    "PL": "Zmarły/a|Data urodzenia|Data zgonu|Ostatni adres|PESEL|Zlecający|Pokrewieństwo|Tel. kom.|E-mail",
    "RU": "Умерший(ая)|Дата рождения|Дата смерти|Последний адрес|СНИЛС|Заказчик|Степень родства|Моб. тел.|Эл. почта",
    "GR": "Θανών/ούσα|Ημ. γέννησης|Ημ. θανάτου|Τελευταία διεύθυνση|ΑΜΚΑ|Αιτών/ούσα|Συγγένεια|Κινητό|Email",
    "TR": "Merhum/Merhume|Doğum tarihi|Vefat tarihi|Son adres|TC Kimlik No|Başvuran|Yakınlık|Cep|E-posta",
    "IL": "שם הנפטר/ת|תאריך לידה|תאריך פטירה|כתובת אחרונה|ת\"ז|שם המבקש/ת|קרבה|נייד|דוא\"ל",
    "EG": "اسم المتوفى|تاريخ الميلاد|تاريخ الوفاة|آخر عنوان|الرقم القومي|مقدم الطلب|صلة القرابة|موبايل|البريد الإلكتروني",
    "IN": "मृतक का नाम|जन्म तिथि|मृत्यु तिथि|अंतिम पता|आधार|आवेदक|संबंध|मोबाइल|ईमेल",
    "TH": "ชื่อผู้เสียชีวิต|วันเกิด|วันที่เสียชีวิต|ที่อยู่สุดท้าย|เลขประจำตัวประชาชน|ผู้ติดต่อ|ความสัมพันธ์|มือถือ|อีเมล",
    "CN": "逝者姓名|出生日期|去世日期|生前住址|身份证号|经办家属|关系|手机|邮箱",
    "JP": "故人氏名|生年月日|死亡日|最終住所|マイナンバー|喪主|続柄|携帯|メール",
    "KR": "고인 성명|생년월일|사망일|마지막 주소|주민등록번호|상주|관계|휴대폰|이메일",
    "VN": "Họ tên người mất|Ngày sinh|Ngày mất|Địa chỉ cuối cùng|Số CCCD|Người đứng đơn|Quan hệ|Di động|Email",
    "BR": "Falecido(a)|Data de nascimento|Data do óbito|Último endereço|CPF|Declarante|Parentesco|Celular|E-mail",
    "SE": "Avliden|Födelsedatum|Dödsdatum|Senaste adress|Personnummer|Beställare|Relation|Mobil|E-post",
}
FKEYS = "dec dob dod addr id app rel tel mail".split()

LANG = {"US": "en", "GB": "en", "DE": "de", "FR": "fr", "ES": "es", "IT": "it", "NL": "nl", "PL": "pl", "RU": "ru", "GR": "el",
        "TR": "tr", "IL": "he", "EG": "ar", "IN": "hi", "TH": "th", "CN": "zh", "JP": "ja", "KR": "ko", "VN": "vi", "BR": "pt", "SE": "sv"}
IBANCC = {"GB": "GB", "DE": "DE", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL", "PL": "PL", "GR": "GR", "TR": "TR", "BR": "BR", "SE": "SE"}

# relationship words (spouse, daughter, son)
REL = {
    "US": "wife;daughter;son;husband;nephew", "GB": "widow;daughter;son;widower;niece", "DE": "Ehefrau;Tochter;Sohn;Ehemann;Neffe",
    "FR": "épouse;fille;fils;époux;nièce", "ES": "esposa;hija;hijo;esposo;sobrina", "IT": "moglie;figlia;figlio;marito;nipote",
    "NL": "echtgenote;dochter;zoon;echtgenoot;nicht", "PL": "żona;córka;syn;mąż;wnuczka", "RU": "супруга;дочь;сын;супруг;внучка",
    "GR": "σύζυγος;κόρη;γιος;ανιψιά", "TR": "eşi;kızı;oğlu;yeğeni", "IL": "אשתו;בתו;בנו;אחיינית", "EG": "الزوجة;الابنة;الابن;ابن الأخ",
    "IN": "पत्नी;बेटी;बेटा;पोता", "TH": "ภรรยา;ลูกสาว;ลูกชาย;หลาน", "CN": "配偶;女儿;儿子;外孙女", "JP": "妻;長女;長男;孫",
    "KR": "배우자;장녀;장남;손자", "VN": "vợ;con gái;con trai;cháu", "BR": "esposa;filha;filho;neta", "SE": "maka;dotter;son;barnbarn",
}

# the firms (fictional): funeral home, domain, own line (look-alike), crematorium / cemetery (fictional), currency
FIRM = {
    "US": ("Tolbert Ridge Funeral Chapel", "tolbertridgefc.com", "(270) 555-0148", "Sumac Knoll Memorial Gardens", "$%s"),
    "GB": ("A. Penhallow & Sons Funeral Directors", "penhallowfunerals.co.uk", "0800 112 4790", "Wharfedale Crematorium", "£%s"),
    "DE": ("Bestattungen Haselhorst OHG", "bestattungen-haselhorst.de", "0800 7731 900", "Waldfriedhof am Sollingrand", "%s €"),
    "FR": ("Pompes Funèbres Vergnolle & Fils", "pf-vergnolle.fr", "0 800 41 27 90", "crématorium du Causse", "%s €"),
    "ES": ("Funeraria Los Cipreses del Tormes", "funerarialoscipreses.es", "900 52 18 04", "Tanatorio Vega del Duero", "%s €"),
    "IT": ("Onoranze Funebri Fratelli Soprani", "ofsoprani.it", "800 219 447", "Tempio crematorio di Valcerea", "€ %s"),
    "NL": ("Uitvaartcentrum De Zilverberk", "dezilverberk.nl", "0800-0226", "Crematorium Hessenweg", "€ %s"),
    "PL": ("Zakład Pogrzebowy Kalina", "zp-kalina.pl", "800 112 406", "Cmentarz Komunalny Dąbrówka", "%s zł"),
    "RU": ("Ритуальная служба «Тихая пристань»", "tihaya-pristan.ru", "8 800 301-47-70", "Крематорий «Берёзовая роща»", "%s ₽"),
    "GR": ("Γραφείο Τελετών Ασφόδελος", "asfodelos-teletes.gr", "1599", "Κοιμητήριο Αγίας Μαρίνης", "%s €"),
    "TR": ("Huzurevi Cenaze Hizmetleri Ltd. Şti.", "huzur-cenaze.com.tr", "444 1 734", "Yeşilyurt Mezarlığı", "%s TL"),
    "IL": ("חברה קדישא גבעת הרקפות", "kadisha-rakafot.org.il", "*5712", "בית העלמין הר השקדים", "%s ₪"),
    "EG": ("دار الرحمة لخدمات الجنازات", "dar-elrahma.com.eg", "16714", "مقابر الصحراء الشرقية", "%s ج.م"),
    "IN": ("मोक्षधाम अंतिम संस्कार सेवा", "mokshdham-seva.in", "1800 419 2204", "विद्युत शवदाह गृह, नदी घाट", "₹%s"),
    "TH": ("บริษัท ศาลาสงบ ฟิวเนอรัล จำกัด", "salasangob.co.th", "1716", "เมรุวัดป่าสักทอง", "%s บาท"),
    "CN": ("福寿园殡仪服务有限公司", "fushouyuan-bin.cn", "400-812-6040", "松鹤陵园", "¥%s"),
    "JP": ("株式会社やすらぎ葬祭", "yasuragi-sousai.co.jp", "0120-74-1129", "市営しらさぎ斎場", "%s円"),
    "KR": ("하늘길 상조", "haneulgil.co.kr", "1577-4160", "솔밭 추모공원", "%s원"),
    "VN": ("Nhà tang lễ Thiên Phúc", "nhatanglethienphuc.vn", "1900 6204", "Nghĩa trang Vĩnh Hằng", "%s đ"),
    "BR": ("Funerária Recanto da Paz", "recantodapaz.com.br", "0800 721 4406", "Cemitério Parque das Acácias", "R$ %s"),
    "SE": ("Begravningsbyrå Lindbacka AB", "lindbacka-begravning.se", "0771-41 20 90", "Skogskyrkogården i Norrbacka", "%s kr"),
}

# eponymous chapels, cemeteries, hospitals, hospices (real places named after people or saints): look-alikes
EPO = {
    "US": "St. Luke's Hospice;Mount Saint Joseph Cemetery;Abraham Lincoln Memorial Hospital",
    "GB": "Highgate Cemetery;St Mary's Chapel;Princess Alice Hospice",
    "DE": "Dorotheenstädtischer Friedhof;Friedhof St. Matthäus;Hospiz St. Elisabeth",
    "FR": "cimetière du Père-Lachaise;chapelle Saint-Louis;hôpital Georges-Pompidou",
    "ES": "Cementerio de San Isidro;capilla de San José;Hospital Gregorio Marañón",
    "IT": "Cimitero di San Michele;cappella di Sant'Anna;ospedale Sandro Pertini",
    "NL": "begraafplaats Sint Barbara;Sint Jozefkapel;Antoni van Leeuwenhoek ziekenhuis",
    "PL": "kaplica św. Józefa;Cmentarz Rakowicki;szpital im. Jana Pawła II",
    "RU": "храм Святого Николая;Введенское кладбище;больница имени Боткина",
    "GR": "Ναός Αγίου Γεωργίου;παρεκκλήσι Αγίου Νικολάου;Νοσοκομείο Ευαγγελισμός",
    "TR": "Karacaahmet Mezarlığı;Fatih Sultan Mehmet Camii;Şişli Hamidiye Etfal Hastanesi",
    "IL": "בית העלמין טרומפלדור;בית החולים שיבא;בית החולים הדסה",
    "EG": "مسجد السيدة نفيسة;مسجد عمر مكرم;مستشفى الدمرداش",
    "IN": "राजा हरिश्चंद्र घाट;मणिकर्णिका घाट;सफदरजंग अस्पताल",
    "TH": "โรงพยาบาลจุฬาลงกรณ์;วัดเบญจมบพิตร;โรงพยาบาลศิริราช",
    "CN": "中山陵;逸仙路殡仪馆;中山医院",
    "JP": "聖イグナチオ教会;織田記念霊堂;聖路加国際病院",
    "KR": "세종대로 추모관;이순신 장군 묘역;성모병원 장례식장",
    "VN": "đường Hai Bà Trưng;chùa Bà Đá;bệnh viện Hữu Nghị",
    "BR": "Cemitério São João Batista;Capela Santa Luzia;Hospital Getúlio Vargas",
    "SE": "S:t Olofs kapell;Gustav Vasa kyrka;Sankt Görans sjukhus",
}


REQ = {
    "US": ["Can you clean up this form before I send it to the county registrar?", "Please tighten this up and keep the family's wording.", "Summarize this for the director in three bullets."],
    "GB": ["Could you check this over before it goes to the crematorium office?", "Please tidy this up, but keep the family's own words.", "What should I take out before I forward this to the monumental mason?"],
    "DE": ["Kannst du das prüfen, bevor es ans Standesamt geht?", "Bitte sprachlich glätten, aber den Ton der Familie lassen.", "Fass das in drei Punkten für die Trauerfeier-Planung zusammen."],
    "FR": ["Tu peux relire ce document avant que je l'envoie à la mairie ?", "Peux-tu rendre ce texte plus fluide sans changer le ton de la famille ?", "Résume-moi ça en trois points pour le maître de cérémonie."],
    "ES": ["¿Puedes revisar esto antes de mandarlo al registro civil?", "Pule el texto, pero respeta las palabras de la familia.", "Hazme un resumen en tres puntos para el tanatorio."],
    "IT": ["Puoi controllare questo modulo prima che lo mandi all'ufficio di stato civile?", "Sistemami il testo senza cambiare il tono della famiglia.", "Riassumi in tre punti per il cerimoniere."],
    "NL": ["Kun je dit nakijken voordat het naar de gemeente gaat?", "Maak dit wat vloeiender, maar houd de woorden van de familie.", "Vat dit samen in drie punten voor de uitvaartleider."],
    "PL": ["Możesz to sprawdzić, zanim wyślę do urzędu stanu cywilnego?", "Popraw styl, ale zostaw słowa rodziny.", "Streść to w trzech punktach dla mistrza ceremonii."],
    "RU": ["Проверь, пожалуйста, перед отправкой в ЗАГС.", "Сделай текст глаже, но сохрани слова семьи.", "Кратко в трёх пунктах для распорядителя."],
    "GR": ["Μπορείς να το ελέγξεις πριν πάει στο ληξιαρχείο;", "Διόρθωσέ το λίγο, κράτα όμως τα λόγια της οικογένειας.", "Κάνε μου μια σύνοψη σε τρία σημεία για τον τελετάρχη."],
    "TR": ["Nüfus müdürlüğüne göndermeden önce kontrol eder misin?", "Metni biraz düzelt ama ailenin ifadelerini koru.", "Bunu cenaze ekibi için üç maddede özetle."],
    "IL": ["תוכל לבדוק את זה לפני שאני שולח למשרד הפנים?", "תלטש את הנוסח אבל תשאיר את המילים של המשפחה.", "תסכם לי בשלוש נקודות בשביל צוות הלוויה."],
    "EG": ["ممكن تراجع ده قبل ما أبعته لمكتب الصحة؟", "حسّن الصياغة لكن خلي كلام الأسرة زي ما هو.", "لخصلي ده في ثلاث نقاط لفريق الجنازة."],
    "IN": ["नगर निगम को भेजने से पहले इसे एक बार जाँच दो।", "भाषा थोड़ी सुधार दो, पर परिवार के शब्द वैसे ही रखना।", "अंतिम संस्कार टीम के लिए तीन बिंदुओं में सारांश दो।"],
    "TH": ["ช่วยตรวจเอกสารนี้ก่อนส่งให้สำนักงานเขตหน่อย", "ช่วยเกลาภาษาให้หน่อย แต่คงถ้อยคำของครอบครัวไว้", "สรุปเป็นสามข้อให้ทีมจัดงานศพหน่อย"],
    "CN": ["发给民政局之前帮我检查一下，有没有漏的？", "帮我润色一下，但保留家属的原话。", "帮我给治丧小组总结成三点。"],
    "JP": ["役所に出す前にこの書類を確認してもらえますか。", "ご遺族の言葉は残したまま、文章を整えてください。", "葬儀担当向けに三行で要約してください。"],
    "KR": ["구청에 보내기 전에 이거 한번 검토해 줘.", "유족의 표현은 살리면서 문장만 다듬어 줘.", "장례팀용으로 세 줄 요약해 줘."],
    "VN": ["Kiểm tra giúp em trước khi gửi lên phường nhé.", "Sửa câu chữ giúp em nhưng giữ nguyên lời của gia đình.", "Tóm tắt giúp em thành ba ý cho tổ lễ tang."],
    "BR": ["Pode revisar isso antes de eu mandar para o cartório?", "Deixe o texto mais fluido, mas mantenha as palavras da família.", "Resuma em três tópicos para a equipe da cerimônia."],
    "SE": ["Kan du granska det här innan det går till Skatteverket?", "Putsa texten men behåll familjens ord.", "Sammanfatta i tre punkter för begravningsteamet."],
}

# obituary / death notice frames: {D} deceased, {B} birth date, {S} spouse, {C1} {C2} children, {V} venue, {T} service date, {H} hour, {F} firm
OBIT = {
    "US": "{D}, born {B}, passed away peacefully at {E} on {T}. Beloved husband of {S} and devoted father of {C1} and {C2}. Visitation at {F} from 4 to 7 p.m.; service {T2} at {H}.",
    "GB": "{D} (born {B}) died peacefully at {E} on {T}, aged 88. Much loved by {S}, {C1} and {C2}. Funeral at {V} on {T2} at {H}. Family flowers only; donations to the hospice via {F}.",
    "DE": "In stiller Trauer nehmen wir Abschied von {D}, * {B}, † {T}. In Liebe: {S}, {C1} und {C2}. Die Trauerfeier findet am {T2} um {H} Uhr in der {E} statt. Statt Blumen bitten wir um eine Spende.",
    "FR": "{S}, {C1} et {C2} ont la tristesse de vous faire part du décès de {D}, né le {B}, survenu le {T}. Les obsèques auront lieu le {T2} à {H} à la {E}.",
    "ES": "{D}, nacido el {B}, falleció el {T} en paz. Su esposa {S} y sus hijos {C1} y {C2} ruegan una oración por su alma. Misa funeral el {T2} a las {H} en la {E}.",
    "IT": "È mancato all'affetto dei suoi cari {D}, nato il {B}. Ne danno il triste annuncio la moglie {S} e i figli {C1} e {C2}. I funerali si terranno il {T2} alle ore {H} presso la {E}.",
    "NL": "Met droefheid geven wij kennis van het overlijden van {D}, geboren {B}, overleden {T}. {S}, {C1} en {C2}. Afscheid op {T2} om {H} uur in de {E}.",
    "PL": "Z głębokim żalem zawiadamiamy, że dnia {T} zmarł {D}, urodzony {B}. Pogrążeni w smutku: żona {S}, dzieci {C1} i {C2}. Msza żałobna {T2} o godz. {H} w: {E}.",
    "RU": "С глубоким прискорбием сообщаем, что {T} ушёл из жизни {D} ({B} г. р.). Скорбят супруга {S}, дети {C1} и {C2}. Прощание {T2} в {H}, {E}.",
    "GR": "Ο/Η {D}, γεννημένος/η {B}, απεβίωσε στις {T}. Η σύζυγος {S} και τα παιδιά {C1} και {C2} σας καλούν στην εξόδιο ακολουθία στις {T2}, ώρα {H}, στον {E}.",
    "TR": "{D} ({B}) {T} tarihinde Hakk'ın rahmetine kavuşmuştur. Eşi {S}, çocukları {C1} ve {C2}. Cenaze namazı {T2} günü saat {H}'da {E}'nde kılınacaktır.",
    "IL": "בצער רב אנו מודיעים על פטירתו של {D}, יליד {B}, ביום {T}. המשפחה: {S}, {C1} ו{C2}. הלוויה תצא ביום {T2} בשעה {H} מ{E}.",
    "EG": "انتقل إلى رحمة الله تعالى {D}، المولود في {B}، يوم {T}. زوجته {S}، وأبناؤه {C1} و{C2}. صلاة الجنازة يوم {T2} الساعة {H} في {E}.",
    "IN": "अत्यंत दुःख के साथ सूचित किया जाता है कि {D} (जन्म {B}) का {T} को निधन हो गया। शोकाकुल: {S}, {C1}, {C2}। अंतिम संस्कार {T2} को {H} बजे {E} पर।",
    "TH": "ด้วยความอาลัยยิ่ง {D} เกิดวันที่ {B} ได้ถึงแก่กรรมเมื่อวันที่ {T} ครอบครัว {S} {C1} และ {C2} ขอเชิญร่วมพิธีสวดอภิธรรม วันที่ {T2} เวลา {H} น. ณ {E}",
    "CN": "沉痛悼念{D}，生于{B}，于{T}安详辞世。配偶{S}，子女{C1}、{C2}泣告。告别仪式定于{T2}{H}在{E}举行。",
    "JP": "{D}（{B}生）儀　{T}に永眠いたしました。喪主 {S}、{C1}、{C2}。通夜は{T2}{H}より{E}にて執り行います。",
    "KR": "{D}(생년월일 {B}) 님께서 {T} 별세하셨기에 삼가 알려드립니다. 배우자 {S}, 자녀 {C1}, {C2}. 발인 {T2} {H}, {E}.",
    "VN": "Gia đình vô cùng thương tiếc báo tin: cụ {D}, sinh ngày {B}, đã từ trần ngày {T}. Vợ {S}, các con {C1}, {C2}. Lễ viếng ngày {T2} lúc {H} tại {E}.",
    "BR": "Faleceu em {T} {D}, nascido em {B}. Deixa a esposa {S} e os filhos {C1} e {C2}. O velório será em {T2}, às {H}, na {E}.",
    "SE": "Vår älskade {D}, född {B}, har lämnat oss den {T}. Sörjd och saknad av {S}, {C1} och {C2}. Begravningsgudstjänst {T2} kl. {H} i {E}.",
}

# family chat frames with the funeral home: (customer, staff) lines; {K} customer name, {A} staff, {P} phone, {M} e-mail, {D} deceased, {B} birth date, {X} address, {R} case no.
CHAT = {
    "US": ["Hi, it's {K}, {D}'s daughter. Case {R}.", "Hello {K}, this is {A}. I'm so sorry. Can you confirm his date of birth?", "{B}. You can reach me at {P}.", "Thank you. I'll email the draft to {M} tonight."],
    "GB": ["Hello, {K} here, about Dad, {D}. Ref {R}.", "Hi {K}, {A} from the office. What's the best number for you?", "{P}, or email {M}.", "Lovely, and could you confirm his date of birth for the cremation form?", "{B}."],
    "DE": ["Guten Tag, hier {K}, es geht um meine Mutter {D}. Vorgang {R}.", "Guten Tag, {A} hier. Mein herzliches Beileid. Wohin dürfen wir die Unterlagen schicken?", "An {X}. Tel. {P}.", "Danke. Und das Geburtsdatum Ihrer Mutter?", "{B}."],
    "FR": ["Bonjour, c'est {K}, le fils de {D}. Dossier {R}.", "Bonjour {K}, {A} des pompes funèbres. Toutes nos condoléances. Votre numéro ?", "{P}, et mon mail : {M}.", "Merci. Pouvez-vous confirmer sa date de naissance ?", "{B}."],
    "ES": ["Hola, soy {K}, hija de {D}. Expediente {R}.", "Hola {K}, soy {A}. Lo siento mucho. ¿A qué número te llamo?", "Al {P}. Mi correo es {M}.", "Gracias. ¿Me confirmas la fecha de nacimiento?", "{B}."],
    "IT": ["Buongiorno, sono {K}, la figlia di {D}. Pratica {R}.", "Buongiorno {K}, sono {A}. Sentite condoglianze. Mi lascia un recapito?", "{P}, email {M}.", "Grazie. Data di nascita del papà?", "{B}."],
    "NL": ["Goedemiddag, met {K}, de zoon van {D}. Dossier {R}.", "Dag {K}, u spreekt met {A}. Gecondoleerd. Op welk nummer bent u bereikbaar?", "{P}. Post graag naar {X}.", "Dank u. En de geboortedatum van uw vader?", "{B}."],
    "PL": ["Dzień dobry, tu {K}, córka {D}. Zlecenie {R}.", "Dzień dobry, {A} z zakładu. Wyrazy współczucia. Proszę o numer telefonu.", "{P}, e-mail {M}.", "Dziękuję. Data urodzenia taty?", "{B}."],
    "RU": ["Здравствуйте, это {K}, по поводу {D}. Заказ {R}.", "Здравствуйте, {K}. Это {A}, примите соболезнования. Как с вами связаться?", "{P}, почта {M}.", "Спасибо. Подтвердите дату рождения.", "{B}."],
    "GR": ["Καλησπέρα, είμαι η {K}, για τον {D}. Υπόθεση {R}.", "Καλησπέρα, {A} από το γραφείο. Συλλυπητήρια. Ένα τηλέφωνο;", "{P}, email {M}.", "Ευχαριστώ. Ημερομηνία γέννησης;", "{B}."],
    "TR": ["Merhaba, ben {K}, {D} için yazıyorum. Dosya {R}.", "Merhaba {K} Hanım, ben {A}. Başınız sağ olsun. Size nasıl ulaşalım?", "{P}, e-posta {M}.", "Teşekkürler. Doğum tarihini teyit eder misiniz?", "{B}."],
    "IL": ["שלום, מדברת {K}, הבת של {D}. תיק {R}.", "שלום {K}, כאן {A}. משתתפים בצערך. לאיזה מספר להתקשר?", "{P}, מייל {M}.", "תודה. תאריך לידה של אבא?", "{B}."],
    "EG": ["السلام عليكم، أنا {K}، ابن {D}. رقم الملف {R}.", "وعليكم السلام يا أستاذ {K}، معاك {A}. البقاء لله. رقم للتواصل؟", "{P}، والإيميل {M}.", "شكرًا. تاريخ ميلاد الوالد؟", "{B}."],
    "IN": ["नमस्ते, मैं {K}, {D} का बेटा। केस {R}।", "नमस्ते {K} जी, मैं {A}। हमें गहरा दुःख है। आपका नंबर?", "{P}, ईमेल {M}।", "धन्यवाद। पिताजी की जन्म तिथि?", "{B}।"],
    "TH": ["สวัสดีครับ ผม {K} ลูกชายของ {D} เลขงาน {R}", "สวัสดีค่ะ คุณ{K} ดิฉัน {A} ขอแสดงความเสียใจด้วยนะคะ ขอเบอร์ติดต่อได้ไหมคะ", "{P} อีเมล {M}", "ขอบคุณค่ะ วันเกิดของคุณพ่อคะ", "{B}"],
    "CN": ["您好，我是{K}，{D}的女儿，订单{R}。", "您好{K}，我是{A}，请节哀。方便留个电话吗？", "{P}，邮箱{M}。", "谢谢。老人家的出生日期是？", "{B}。"],
    "JP": ["お世話になります、{D}の長男の{K}です。受付番号{R}。", "{K}様、{A}でございます。ご連絡先を伺えますか。", "{P}、メールは{M}です。", "ありがとうございます。故人様の生年月日は？", "{B}です。"],
    "KR": ["안녕하세요, {D} 님 장남 {K}입니다. 접수번호 {R}.", "{K} 님, {A}입니다. 삼가 고인의 명복을 빕니다. 연락처 부탁드립니다.", "{P}, 메일 {M}.", "감사합니다. 고인 생년월일은요?", "{B}."],
    "VN": ["Chào anh, em là {K}, con gái cụ {D}. Mã hồ sơ {R}.", "Chào chị {K}, anh là {A}. Xin chia buồn cùng gia đình. Số điện thoại của chị?", "{P}, email {M}.", "Cảm ơn chị. Ngày sinh của cụ?", "{B}."],
    "BR": ["Oi, aqui é {K}, filha de {D}. Protocolo {R}.", "Olá {K}, aqui é {A}. Meus sentimentos. Qual o melhor telefone?", "{P}, e-mail {M}.", "Obrigado. Data de nascimento dele?", "{B}."],
    "SE": ["Hej, det är {K}, dotter till {D}. Ärende {R}.", "Hej {K}, {A} här. Varma tankar. Vilket nummer når jag dig på?", "{P}, mejl {M}.", "Tack. Och hans födelsedatum?", "{B}."],
}


# ====================================================================== people and values
import unicodedata

WEBMAIL = {"US": "gmail.com;yahoo.com;outlook.com", "GB": "btinternet.com;gmail.com;hotmail.co.uk", "DE": "web.de;gmx.de;t-online.de",
           "FR": "orange.fr;free.fr;laposte.net", "ES": "gmail.com;hotmail.es;yahoo.es", "IT": "libero.it;virgilio.it;gmail.com",
           "NL": "ziggo.nl;kpnmail.nl;gmail.com", "PL": "wp.pl;onet.pl;o2.pl", "RU": "yandex.ru;mail.ru;rambler.ru",
           "GR": "yahoo.gr;gmail.com;otenet.gr", "TR": "gmail.com;hotmail.com;yandex.com.tr", "IL": "walla.co.il;gmail.com;012.net.il",
           "EG": "gmail.com;yahoo.com;hotmail.com", "IN": "gmail.com;rediffmail.com;yahoo.co.in", "TH": "gmail.com;hotmail.com",
           "CN": "qq.com;163.com;126.com", "JP": "yahoo.co.jp;docomo.ne.jp;gmail.com", "KR": "naver.com;daum.net;hanmail.net",
           "VN": "gmail.com;yahoo.com.vn", "BR": "uol.com.br;bol.com.br;gmail.com", "SE": "telia.com;gmail.com;bredband.net"}

_PARSED = {}


def _parse(cc):
    if cc not in _PARSED:
        out = []
        for grp in NAMES[cc]:
            ents = []
            for e in grp.split():
                nat, _, rom = e.partition("|")
                forms = [f.replace("_", " ") for f in nat.split("/")]
                ents.append((forms, rom or None))
            out.append(ents)
        _PARSED[cc] = out
    return _PARSED[cc]


def ascii_of(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum())).lower()


class P:
    pass


USED = set()


def person(R, cc, female=None, family=None):
    male, fem, fams = _parse(cc)
    p = P()
    p.cc = cc
    p.female = R.random() < 0.5 if female is None else female
    for _ in range(40):
        g = R.choice(fem if p.female else male)
        if g[0][0] not in USED:
            break
    USED.add(g[0][0])
    f = family or R.choice(fams)
    p.fam_entry = f
    fforms, frm = f
    fam = fforms[1] if (p.female and len(fforms) > 1) else fforms[0]
    giv = g[0][0]
    p.given, p.family = giv, fam
    p.rg = g[1] or ascii_of(giv)
    p.rf = frm or (ascii_of(fam) if cc not in ("CN", "KR", "VN", "JP", "TH", "IL", "EG", "IN", "RU", "GR") else None)
    if cc in ("CN", "KR"):
        p.full = fam + giv
    elif cc in ("JP", "VN"):
        p.full = fam + " " + giv
    else:
        p.full = giv + " " + fam
    if cc == "VN":
        p.given = giv.split()[-1]
    return p


def people(R, cc, n, same_family=False):
    out, used = [], set()
    base = None
    for i in range(n):
        for _ in range(50):
            fam = base.fam_entry if (same_family and base is not None and R.random() < 0.6) else None
            q = person(R, cc, family=fam)
            if q.given not in used:
                break
        used.add(q.given)
        if base is None:
            base = q
        out.append(q)
    return out


def email_of(R, p, work_domain=None):
    g, f = ascii_of(p.rg), ascii_of(p.rf) if p.rf else None
    if work_domain:
        return L("email", "%s.%s@%s" % (g, f, work_domain) if f else "%s@%s" % (g, work_domain), sub="work")
    dom = _pick(R, WEBMAIL[p.cc])
    k = R.randint(0, 3)
    if f and k == 0:
        loc = "%s.%s" % (g, f)
    elif f and k == 1:
        loc = "%s%s%d" % (g[0], f, R.randint(1, 99))
    elif f and k == 2:
        loc = "%s_%s" % (f, g)
    else:
        loc = "%s%d" % (g, R.randint(1940, 2009) if R.random() < 0.5 else R.randint(10, 999))
    return L("email", "%s@%s" % (loc, dom), sub="personal")


PHONES_USED = []


def phone_of(R, cc, intl=None, region=None):
    gen, nat, itl = PH[cc]
    n = gen(R)
    if intl is None:
        intl = R.random() < 0.3
    region = region or cc
    if region != cc:
        intl = True
    s = itl(n) if intl else nat(n)
    meta = {"sub": "mobile", "region": region}
    if region != cc:
        meta["plan"] = cc
    return L("phone", s, **meta)


def ymd_of(R, lo=1926, hi=1988):
    y = R.randint(lo, hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def dob_of(R, cc, ymd):
    return L("dob", R.choice(DOBF[cc])(*ymd))


def date_any(R, cc, y=2026):
    """a date that is not a birth date (death, service, interment): look-alike text"""
    return DOBF[cc][0](y, R.randint(1, 12), R.randint(1, 28))


GOVSUB = {"US": "ssn", "GB": "nhs", "DE": "steuer_id", "FR": "nir", "ES": "dni", "IT": "codice_fiscale", "NL": "bsn",
          "PL": "pesel", "RU": "snils", "GR": "amka", "TR": "tc_kimlik", "IL": "il_id", "EG": "eg_national_id",
          "IN": "aadhaar", "TH": "th_id", "CN": "cn_resident_id", "JP": "my_number", "KR": "rrn", "VN": "cccd",
          "BR": "cpf", "SE": "personnummer"}


def gov_of(R, cc, p, ymd):
    y, m, d = ymd
    f = p.female
    if cc == "US":
        v = "-".join(ssn_random(R))
    elif cc == "GB":
        s = nhs_random(R)
        v = "%s %s %s" % (s[:3], s[3:6], s[6:])
    elif cc == "DE":
        s = steuerid_random(R)
        v = "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])
    elif cc == "FR":
        b, k = nir_random(R, sex="2" if f else "1", yy=y % 100, mm=m)
        v = "%s %s %s %s %s %s %s" % (b[0], b[1:3], b[3:5], b[5:7], b[7:10], b[10:13], k)
    elif cc == "ES":
        n, l = dni_random(R)
        v = n + l
    elif cc == "IT":
        v = cf_for(R, p.family, p.given, y, m, d, f)
    elif cc == "NL":
        v = bsn_random(R)
    elif cc == "PL":
        v = pesel_make(R, y, m, d, f)
    elif cc == "RU":
        v = snils_make(R)
    elif cc == "GR":
        v = amka_make(R, y, m, d)
    elif cc == "TR":
        v = tckn_make(R)
    elif cc == "IL":
        v = ilid_make(R)
    elif cc == "EG":
        v = egid_make(R, y, m, d, f)
    elif cc == "IN":
        s = aadhaar_random(R)
        v = "%s %s %s" % (s[:4], s[4:8], s[8:])
    elif cc == "TH":
        s = thid_make(R)
        v = "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12])
    elif cc == "CN":
        v = cnid_make(R, R.choice(["360402", "430702", "140213", "340802", "350502"]), y, m, d, f)
    elif cc == "JP":
        s = mynumber_make(R)
        v = "%s %s %s" % (s[:4], s[4:8], s[8:])
    elif cc == "KR":
        v = rrn_make(R, y, m, d, f)
    elif cc == "VN":
        v = cccd_make(R, y, f)
    elif cc == "BR":
        s = cpf_random(R)
        v = "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])
    elif cc == "SE":
        s = pnr_make(R, y, m, d, f)
        v = "%d%s" % (y // 100, s)
    return L("gov_id", v, sub=GOVSUB[cc])


def gov_valid(sub, v):
    d = re.sub(r"[^0-9A-Z]", "", v)
    if sub == "ssn":
        a, g, s = v.split("-")
        return ssn_valid(int(a), int(g), int(s))
    if sub == "nhs":
        return nhs_ok(d)
    if sub == "steuer_id":
        return steuerid_ok(d)
    if sub == "nir":
        return nir_ok(d[:13], d[13:])
    if sub == "dni":
        return DNI_LETTERS[int(d[:8]) % 23] == d[8]
    if sub == "codice_fiscale":
        return len(d) == 16 and cf_check(d[:15]) == d[15]
    if sub == "bsn":
        return bsn_ok(d)
    if sub == "pesel":
        return pesel_ok(d)
    if sub == "snils":
        return snils_ok(v)
    if sub == "amka":
        return len(d) == 11 and luhn_ok(d)
    if sub == "tc_kimlik":
        return tckn_ok(d)
    if sub == "il_id":
        return len(d) == 9 and luhn_ok(d)
    if sub == "eg_national_id":
        return len(d) == 14 and d[0] in "23" and 1 <= int(d[3:5]) <= 12
    if sub == "aadhaar":
        return len(d) == 12 and verhoeff_ok(d)
    if sub == "th_id":
        return thid_ok(d)
    if sub == "cn_resident_id":
        return cnid_ok(v)
    if sub == "my_number":
        return len(d) == 12 and mynumber_check(d[:11]) == d[11]
    if sub == "rrn":
        return rrn_ok(v)
    if sub == "cccd":
        return len(d) == 12 and d[3] in "0123"
    if sub == "cpf":
        return cpf_ok(d)
    if sub == "personnummer":
        return len(d) == 12 and luhn_ok(d[2:])
    if sub == "passport":
        return 8 <= len(d) <= 10
    raise KeyError(sub)


def addr_of(R, cc):
    return L("address", ADDR[cc](R))


def iban_of(R, cc, holder=None):
    v = iban_random(R, IBANCC[cc])
    if R.random() < 0.6:
        v = group(v)
    meta = {"sub": IBANCC[cc].lower()}
    if holder:
        meta["holder"] = holder
    return L("iban", v, **meta)


def card_of(R):
    iss = R.choice(["visa", "visa", "mastercard", "mastercard", "amex", "maestro", "jcb"])
    n = card_random(R, iss)
    sep = R.choice([" ", " ", "-", ""])
    v = sep.join(split_groups(n, card_grouping(len(n)))) if sep else n
    return L("card", v, sub=iss)


def ip_of(R):
    while True:
        if R.random() < 0.8:
            s = "%d.%d.%d.%d" % (R.randint(2, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        else:
            s = "2a0%d:%x:%x:%x::%x" % (R.randint(0, 9), R.randint(0x100, 0xffff), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff))
        if ipaddress.ip_address(s).is_global:
            return L("ip", s, sub="v4" if "." in s else "v6")


def fill(tmpl, vals):
    """splits a frame on {X} markers and puts the values (str, L, N, lists) in"""
    out = []
    for i, piece in enumerate(re.split(r"\{(\w+)\}", tmpl)):
        if i % 2 == 0:
            if piece:
                out.append(piece)
        else:
            out.append(vals[piece])
    return out


# ---------------------------------------------------------------- look-alikes
def case_no(R, cc):
    return N(R.choice(["FD-2026-%04d", "ARR/%05d", "C26-%04d", "F%d/26"]) % R.randint(100, 9999), "case_number")


def plot_ref(R):
    return N(R.choice(["Section %s, Row %d, Grave %d" % (R.choice("ABCDEFGH"), R.randint(1, 40), R.randint(1, 120)),
                       "Plot %s/%d/%d" % (R.choice("ABCDEFGH"), R.randint(1, 40), R.randint(1, 120)),
                       "Niche C-%d-%02d" % (R.randint(1, 9), R.randint(1, 60)),
                       "Grave %d%s" % (R.randint(1, 4000), R.choice(["", "A", "B"]))]), "plot")


def reg_no(R):
    return N(R.choice(["Reg. %d/%04d" % (R.randint(2019, 2026), R.randint(1, 9999)), "Entry No. %d" % R.randint(10000, 99999),
                       "Register %d, folio %d" % (R.randint(1, 60), R.randint(1, 400))]), "register_number")


COFFINS = ["Ashdale oak veneer coffin", "Linden solid pine casket", "Marlowe wicker coffin", "Hollins 18-gauge steel casket",
           "cardboard eco coffin (white)", "Brenton mahogany casket", "Sennen willow coffin"]
URNS = ["Serenity brass urn", "biodegradable salt urn", "Teviot pewter urn", "Haven bamboo scatter tube", "keepsake urn (set of 4)"]
MUSIC = ["Hymn 477", "The Lord's my Shepherd (Crimond)", "Abide with Me", "Amazing Grace", "Hymn 251", "Jerusalem", "Be Still My Soul"]
SCRIP = ["Psalm 23", "John 14:1-6", "Ecclesiastes 3:1-8", "Romans 8:38-39", "1 Corinthians 13"]
HYMNS = MUSIC + SCRIP


def firm_mail(cc, role):
    return N("%s@%s" % (role, FIRM[cc][1]), "role_mailbox")


def amount(R, cc):
    v = R.choice(["%d", "%d.00", "%d.50"]) % R.randint(90, 6800)
    return N(FIRM[cc][4] % v, "amount")


def epo(R, cc):
    return N(_pick(R, EPO[cc]), "eponym_place")


def hhmm(R):
    return "%02d:%s" % (R.randint(8, 16), R.choice(["00", "15", "30", "45"]))


# ====================================================================== templates
ALL = list(NAMES)
LATIN = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "TR", "VN", "BR", "SE"]
EN = ["US", "GB"]


def wrap(R, cc, body, req=None, fence=None):
    req = req or R.choice(REQ[cc])
    k = R.randint(0, 4)
    if fence:
        return [req, "\n```" + fence + "\n", body, "\n```"] if k < 3 else ["```" + fence + "\n", body, "\n```\n", req]
    if k == 0:
        return [req, "\n\n", body]
    if k == 1:
        return [req, "\n\"\"\"\n", body, "\n\"\"\""]
    if k == 2:
        return [body, "\n---\n", req]
    if k == 3:
        return [req, "\n---\n", body]
    return [body, "\n\n", req]


def staff_sig(R, cc, lines=True):
    """the arranger / clerk signing: named with work e-mail, or a role mailbox"""
    s = person(R, cc)
    if R.random() < 0.55:
        return s, [L("person", s.full), " · ", email_of(R, s, FIRM[cc][1])]
    return s, [L("person", s.full), " · ", firm_mail(cc, R.choice(["office", "arrangements", "info"]))]


def t_arrangement(R, cc):
    f = dict(zip(FKEYS, FL[cc].split("|")))
    dec, app = people(R, cc, 2, same_family=True)
    ymd = ymd_of(R)
    firm = FIRM[cc]
    rows = [firm[0] + " — arrangement form / " + f["dec"] + "\n",
            "Case: ", case_no(R, cc), "\n",
            f["dec"] + ": ", L("person", dec.full), "\n",
            f["dob"] + ": ", dob_of(R, cc, ymd), "\n",
            f["dod"] + ": ", N(date_any(R, cc), "death_date"), "\n",
            f["addr"] + ": ", addr_of(R, cc), "\n",
            f["id"] + ": ", gov_of(R, cc, dec, ymd), "\n",
            f["app"] + ": ", L("person", app.full), " (" + _pick(R, REL[cc]) + ")\n",
            f["tel"] + ": ", phone_of(R, cc), "\n"]
    if R.random() < 0.7:
        rows += [f["mail"] + ": ", email_of(R, app), "\n"]
    if R.random() < 0.4:
        rows += [f["addr"] + " (" + f["app"] + "): ", addr_of(R, cc), "\n"]
    if R.random() < 0.45:
        rows += [f["id"] + " (" + f["app"] + "): ", gov_of(R, cc, app, ymd_of(R, 1950, 1990)), "\n"]
    if R.random() < 0.25:
        rows += ["Deposit: ", amount(R, cc), " by card ", card_of(R), "\n"]
    rows += ["Service: ", N(date_any(R, cc), "service_date"), " " + hhmm(R) + ", ", epo(R, cc), "\n",
             "Coffin: ", N(R.choice(COFFINS), "coffin_model"), " — ", amount(R, cc), "\n",
             "Committal: ", N(firm[3], "cemetery"), ", ", plot_ref(R), "\n",
             "Music: ", N(R.choice(HYMNS), "hymn"), "\n"]
    s, sig = staff_sig(R, cc)
    rows += ["Arranger: ", sig]
    if R.random() < 0.4:
        rows += [" · ", phone_of(R, cc)]
    return "form", LANG[cc], wrap(R, cc, rows)


def t_cremation(R, cc):
    f = dict(zip(FKEYS, FL[cc].split("|")))
    dec, app, doc1, doc2, reg = people(R, cc, 5)
    ymd = ymd_of(R)
    rows = ["Application for cremation — ", N(FIRM[cc][3], "cemetery"), "\n",
            f["dec"] + ": ", L("person", dec.full), "\n", f["dob"] + ": ", dob_of(R, cc, ymd), "\n",
            f["id"] + ": ", gov_of(R, cc, dec, ymd), "\n", f["addr"] + ": ", addr_of(R, cc), "\n",
            "Place of death: ", N(EPO[cc].split(";")[2], "eponym_place"), "; ", f["dod"] + " ", N(date_any(R, cc), "death_date"), "\n",
            "Medical certificate of cause of death signed by Dr ", L("person", doc1.full), " (cert. ", N("MCCD %06d" % R.randint(1, 999999), "certificate_number"), ")\n",
            ["Confirmatory medical certificate: Dr ", L("person", doc2.full), "\n"] if R.random() < 0.35 else "Confirmatory certificate: not required\n",
            "Registered by: ", L("person", reg.full), ", ", reg_no(R), "\n",
            f["app"] + ": ", L("person", app.full), " (" + _pick(R, REL[cc]) + "), ", phone_of(R, cc), "\n",
            [f["id"] + " (" + f["app"] + "): ", gov_of(R, cc, app, ymd_of(R, 1950, 1990)), "\n"] if R.random() < 0.5 else "", "Pacemaker removed: yes. Ashes: ", N(R.choice(URNS), "urn_model"), ", collect from office.\n"]
    s, sig = staff_sig(R, cc)
    rows += ["Checked by ", sig]
    return "form", LANG[cc], wrap(R, cc, rows)


AIRLINES = ["cargo desk", "human remains desk", "consulate"]


def t_repatriation(R, cc):
    home = cc
    away = R.choice([c for c in ALL if c != cc])
    dec = person(R, cc)
    nok = person(R, cc, family=dec.fam_entry)
    ymd = ymd_of(R, 1940, 1995)
    pp = passport_make(R, cc)
    src = R.choice(EN)
    rows = ["Subject: repatriation of remains — ", case_no(R, src), "\n\n",
            "Dear colleagues,\n\nWe are arranging the return of the late ", L("person", dec.full), " (born ", L("dob", DOBF["GB"][0](*ymd) if src == "GB" else DOBF["US"][0](*ymd)),
            ", passport ", L("gov_id", pp, sub="passport"), ") to ", N(R.choice(["Istanbul", "Athens", "Seoul", "Warsaw", "Cairo", "Delhi", "Bangkok", "Hanoi", "Lyon", "Porto Alegre", "Bologna", "Utrecht", "Málaga", "Göteborg", "Osaka", "Xiamen", "Haifa", "Kraków", "Kazan", "Hamburg", "Dallas", "Leeds"]), "city"),
            ". Embalming certificate ", N("EMB-%05d" % R.randint(1, 99999), "certificate_number"), " and the sealed zinc-lined coffin are ready; AWB ",
            N("%03d-%08d" % (R.choice([157, 235, 176, 125, 172, 618, 217, 695, 180, 16]), R.randint(10000000, 99999999)), "awb_number"), ".\n",
            "Next of kin: ", L("person", nok.full), ", ", phone_of(R, cc, intl=True, region=src), ", ", email_of(R, nok), "\n"]
    if R.random() < 0.5:
        rows += ["Receiving address: ", addr_of(R, cc), "\n"]
    s, sig = staff_sig(R, src)
    rows += ["\nKind regards,\n", sig, "\n", FIRM[src][0], " · ", N(FIRM[src][2], "firm_phone")]
    return "email", "en", wrap(R, src, rows, req=R.choice(["Can you make this email clearer for the airline cargo desk?", "Please check this repatriation email before I send it to the consulate.", "Is anything missing from this before it goes to the receiving funeral home?"]))


def t_register(R, cc):
    n = R.randint(2, 3)
    rows = ["plot,interred,date_of_birth,interment,deed_holder,holder_address,holder_phone\n"]
    for i in range(n):
        d, h = people(R, cc, 2, same_family=True)
        ymd = ymd_of(R, 1910, 1975)
        rows += ["\"", plot_ref(R), "\",", L("person", d.full), ",", dob_of(R, cc, ymd), ",", N(date_any(R, cc, R.randint(1990, 2026)), "interment_date"), ",",
                 L("person", h.full), ",\"", addr_of(R, cc), "\",", phone_of(R, cc, intl=False), "\n"]
    s = person(R, cc)
    rows += ["# exported by ", L("person", s.full) if R.random() < 0.5 else "registry clerk", " — ", N(FIRM[cc][3], "cemetery"), " grave register, ", reg_no(R)]
    return "csv", LANG[cc], wrap(R, cc, rows, fence="csv")


def t_permit(R, cc):
    f = dict(zip(FKEYS, FL[cc].split("|")))
    app, dec, mason = people(R, cc, 3)
    ymd = ymd_of(R, 1920, 1980)
    rows = [R.choice(["Memorial permit application", "Application to exhume and reinter", "Headstone permit"]), " — ", N(FIRM[cc][3], "cemetery"), "\n",
            f["app"] + ": ", L("person", app.full), "\n", f["addr"] + ": ", addr_of(R, cc), "\n",
            f["tel"] + ": ", phone_of(R, cc), "\n", f["mail"] + ": ", email_of(R, app), "\n",
            [f["id"] + ": ", gov_of(R, cc, app, ymd_of(R, 1950, 1990)), "\n"] if R.random() < 0.4 else "",
            f["dec"] + ": ", L("person", dec.full), ", ", f["dob"] + " ", dob_of(R, cc, ymd), "\n",
            "Grave: ", plot_ref(R), "; deed ", N("D-%05d" % R.randint(1, 99999), "deed_number"), "\n",
            "Mason: ", N(R.choice(["Corrie Stoneworks", "Granitwerk Hallmoos", "Marbrerie du Pilat", "Pietre Val Brembo", "Kamieniarstwo Granit-Bór", "Stenhuggeriet Kallsjö", "Marmoraria Itapoã"]), "mason_firm"),
            ", contact ", L("person", mason.full), " ", phone_of(R, cc), "\n",
            "Memorial: ", N(R.choice(["Nero Assoluto granite, 900 x 600", "Kashmir White lawn headstone", "Ruby Red desk plaque", "Forest Green kerb set"]), "memorial_model"),
            "; fee ", amount(R, cc), "\n"]
    s, sig = staff_sig(R, cc)
    rows += ["Received by ", sig]
    return "form", LANG[cc], wrap(R, cc, rows)


def t_invoice(R, cc):
    if cc not in IBANCC:
        cc = R.choice(list(IBANCC))
    payer, dec = people(R, cc, 2, same_family=True)
    rows = [FIRM[cc][0], " — Invoice ", N("INV-%06d" % R.randint(1, 999999), "invoice_number"), "\n",
            "Bill to: ", L("person", payer.full), ", ", addr_of(R, cc), "\n",
            [FL[cc].split("|")[4] + ": ", gov_of(R, cc, payer, ymd_of(R, 1950, 1990)), "\n"] if R.random() < 0.6 else "",
            ["Tel. ", phone_of(R, cc), "\n"] if R.random() < 0.5 else "",
            "Re: funeral of ", L("person", dec.full), " (", case_no(R, cc), ")\n",
            "Professional fees ", amount(R, cc), "; coffin ", amount(R, cc), "; cremation fee ", amount(R, cc), "; deposit received ", amount(R, cc), "\n"]
    if R.random() < 0.45:
        rows += ["Funeral plan ", N("%s-%07d" % (R.choice(["GFP", "PLN", "FPL"]), R.randint(1, 9999999)), "plan_number"), " claimed; balance due ", amount(R, cc), "\n"]
    k = R.random()
    if k < 0.4:
        rows += ["Refund of overpayment to ", L("person", payer.full), ", IBAN ", iban_of(R, cc), "\n"]
    elif k < 0.85:
        rows += ["Deposit paid by card ", card_of(R), ", exp ", N("%02d/%02d" % (R.randint(1, 12), R.randint(27, 31)), "expiry"), "\n"]
    else:
        rows += ["Deposit paid by card ", N("**** **** **** %04d" % R.randint(0, 9999), "masked_card"), "\n"]
    rows += ["Pay to: ", FIRM[cc][0], ", IBAN ", iban_of(R, cc, holder="org"), "\n",
             "Statement sent to ", email_of(R, payer), "; queries: ", firm_mail(cc, "accounts")]
    return "invoice", LANG[cc], wrap(R, cc, rows)


def t_obit(R, cc):
    dec = person(R, cc, female=False)
    sp = person(R, cc, female=True, family=dec.fam_entry if cc not in ("CN", "KR", "VN") else None)
    c1, c2 = people(R, cc, 2)
    ymd = ymd_of(R, 1930, 1975)
    body = fill(OBIT[cc], {"D": L("person", dec.full), "B": dob_of(R, cc, ymd), "S": L("person", sp.full), "C1": L("person", c1.full),
                           "C2": L("person", c2.full), "E": N(EPO[cc].split(";")[2 if cc in EN else R.randint(0, 1)], "eponym_place"), "V": N(EPO[cc].split(";")[R.randint(0, 1)], "eponym_place"), "T": N(date_any(R, cc), "death_date"),
                           "T2": N(date_any(R, cc), "service_date"), "H": hhmm(R), "F": N(FIRM[cc][0], "firm")})
    if R.random() < 0.4 or cc in ("CN", "JP", "KR"):
        body += ["\n", N(FIRM[cc][0], "firm"), " · ", N(FIRM[cc][2], "firm_phone"), " · ", N("www." + FIRM[cc][1], "website")]
    return "notice", LANG[cc], wrap(R, cc, body)


def t_eulogy(R, cc):
    cc = R.choice(EN)
    dec, wife, son, cel = people(R, cc, 4)
    ymd = ymd_of(R, 1930, 1970)
    rows = ["ORDER OF SERVICE — celebrating the life of ", L("person", dec.full), "\n",
            L("dob", DOBF[cc][1](*ymd)), " – ", N(date_any(R, cc), "death_date"), "\n",
            N(_pick(R, EPO[cc]), "eponym_place"), ", ", N(date_any(R, cc), "service_date"), " at " + hhmm(R) + "\n\n",
            "Entrance music: ", N(R.choice(MUSIC), "hymn"), "\nWelcome: ", L("person", cel.full), " (celebrant)\n",
            "Reading: ", N(R.choice(SCRIP), "scripture"), " — read by ", L("person", son.full), "\n",
            "Tribute: \"", L("person", wife.given), " and I met in ", N(str(R.randint(1955, 1985)), "year"),
            N(". Grace was never his strong suit on the dance floor, but faith in people was.", "name_as_word"), "\"\n",
            "Committal and ", N(R.choice(MUSIC), "hymn"), "\n",
            "Donations in lieu of flowers to ", N(_pick(R, EPO[cc]), "eponym_place"), ".\n"]
    return "document", "en", wrap(R, cc, rows, req=R.choice(["Tighten this order of service and keep the readings formatted the same way.", "Can you make the tribute flow better? Keep it short.", "Proofread this order of service before it goes to the printer."]))


CONDO = {
    "US": "Our deepest sympathies to the family.", "GB": "Thinking of you all at this sad time.", "DE": "Aufrichtige Anteilnahme.",
    "FR": "Sincères condoléances à toute la famille.", "ES": "Nuestro más sentido pésame.", "IT": "Sentite condoglianze.",
    "NL": "Veel sterkte gewenst.", "PL": "Wyrazy głębokiego współczucia.", "RU": "Светлая память.", "GR": "Θερμά συλλυπητήρια.",
    "TR": "Başınız sağ olsun.", "IL": "משתתפים בצערכם.", "EG": "البقاء لله.", "IN": "भावभीनी श्रद्धांजलि।", "TH": "ขอแสดงความเสียใจ",
    "CN": "沉痛哀悼，节哀顺变。", "JP": "心よりお悔やみ申し上げます。", "KR": "삼가 고인의 명복을 빕니다.", "VN": "Thành kính chia buồn.",
    "BR": "Meus sentimentos à família.", "SE": "Varma tankar till er.",
}


def t_condolence(R, cc):
    dec = person(R, cc)
    n = R.randint(2, 3)
    ents = people(R, cc, n)
    rows = ["{\"book\": \"", L("person", dec.full), "\", \"site\": \"", N("www." + FIRM[cc][1], "website"), "\", \"entries\": [\n"]
    for i, e in enumerate(ents):
        rows += ["  {\"name\": \"", L("person", e.full), "\", \"email\": \"", email_of(R, e), "\", \"ip\": \"", ip_of(R),
                 "\", \"message\": \"", CONDO[cc], "\", \"donation\": ", N("%d" % R.choice([0, 10, 20, 25, 50, 100]), "amount"), "}",
                 ",\n" if i < n - 1 else "\n"]
    rows += ["]}"]
    return "json", LANG[cc], wrap(R, cc, rows, fence="json")


def t_chat(R, cc):
    fem_k = cc in ("US", "ES", "IT", "PL", "GR", "TR", "IL", "CN", "VN", "BR", "SE")
    if cc in ("FR", "NL", "EG", "IN", "TH", "JP", "KR"):
        fem_k = False
    k = person(R, cc, female=fem_k)
    a = person(R, cc, female=True if cc == "TH" else (False if cc == "VN" else None))
    d = person(R, cc, female=(cc == "DE"), family=k.fam_entry if cc not in ("CN", "KR", "VN") else None)
    vals = {"K": L("person", k.given), "A": L("person", a.given), "D": L("person", d.full), "R": case_no(R, cc),
            "P": phone_of(R, cc), "M": email_of(R, k), "X": addr_of(R, cc), "B": dob_of(R, cc, ymd_of(R))}
    rows = []
    t = R.randint(8 * 60, 16 * 60)
    biz = R.random() < 0.6
    for i, line in enumerate(CHAT[cc]):
        who = k if i % 2 == 0 else a
        who_l = L("person", who.given if R.random() < 0.8 else who.full)
        if who is a and biz:
            who_l = N(FIRM[cc][0], "firm")
        t += R.randint(1, 14)
        rows += ["[%02d:%02d] " % divmod(t, 60), who_l, ": ", fill(line, vals), "\n"]
    return "chat_export", LANG[cc], wrap(R, cc, rows)


def t_complaint(R, cc):
    cc = R.choice(LATIN + ["US", "GB"])
    k, d, st, mgr = people(R, cc, 4)
    rows = ["COMPLAINT NOTE — ", case_no(R, cc), "\n",
            "From: ", L("person", k.full), ", ", phone_of(R, cc, intl=True, region="GB"), ", ", email_of(R, k), "\n",
            "About: the funeral of ", L("person", d.full), " at ", N(FIRM[cc][3], "cemetery"), " on ", N(date_any(R, cc), "service_date"), "\n",
            "Summary: the family says the hearse arrived 25 minutes late and the wrong hymn (", N(R.choice(MUSIC), "hymn"), ") was played. ",
            "They also say ", L("person", st.full), " (bearer) was rude at the graveside. ", N("Hope is that", "name_as_word"), " a partial refund of ", amount(R, cc), " resolves it.\n",
            "Next step: call back by Friday. Logged by ", L("person", mgr.full) if R.random() < 0.5 else "the duty manager", ".\n"]
    return "notes", "en", wrap(R, "GB", rows, req=R.choice(["Help me write a reply to this family: apologetic, but not admitting liability.", "Summarise this complaint for the funeral director in two lines.", "Draft a callback script from this note."]))


def t_config(R, cc):
    cc = R.choice(ALL)
    o = person(R, cc)
    dom = FIRM[cc][1]
    rows = ["# funeral-office booking / payments bridge — owner: ", L("person", o.full), " (", email_of(R, o, dom), ")\n",
            "APP_URL=https://book.", dom, "\n",
            "ARRANGEMENTS_API_KEY=", L("secret", secret_random(R, "hex32"), sub="api_key"), "\n",
            "DB_HOST=", N("10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 250)), "private_ip"), "\n",
            "DB_USER=funeral_app\nDB_PASSWORD=", L("secret", secret_random(R, "password"), sub="password"), "\n",
            "CREMATORIUM_SYNC_TOKEN=", L("secret", secret_random(R, "jwt"), sub="jwt"), "\n"]
    if R.random() < 0.6:
        rows += ["STRIPE_SECRET_KEY=", L("secret", secret_random(R, "stripe"), sub="stripe"), "\n",
                 "STRIPE_PUBLISHABLE_KEY=", N("pk_live_" + "".join(R.choice(string.ascii_letters + string.digits) for _ in range(24)), "publishable_key"), "\n"]
    if R.random() < 0.4:
        rows += ["SLACK_WEBHOOK_URL=", L("secret", secret_random(R, "slack_webhook"), sub="slack_webhook"), "\n"]
    rows += ["ADMIN_ALLOWLIST=", ip_of(R), ",", N(R.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % R.randint(1, 254), "doc_ip"), "  # ",
             L("person", o.given), "'s home line + test\n",
             "SANDBOX_CARD=", N("4242 4242 4242 4242", "test_card"), "\n",
             "SUPPORT_MAILBOX=", firm_mail(cc, "it-support")]
    return "config", "en", wrap(R, "US", rows, fence="ini", req=R.choice(["Why does the booking bridge reject the crematorium sync? Config below.", "Can you convert this .env to a docker-compose environment block?", "The Stripe webhook stopped firing after the migration. Here is our env file:"]))


# ---------------------------------------------------------------- clean templates
NAW = [
    "Rose petals may be scattered at the graveside but not inside the chapel.",
    "Lily arrangements need 48 hours' notice from the florist.",
    "Faith leaders of every tradition are welcome to officiate.",
    "Grace period for the balance is 30 days after the service.",
    "Joy of the Lord (Hymn 312) is available on the organ list.",
    "Mercy Ward staff will release the body only to the appointed director.",
    "We hope the new parking layout makes arrivals easier for mourners.",
    "Hope Chapel is closed for refurbishment until the spring.",
    "Ivy must be cleared from kerb sets before a memorial is fitted.",
    "Heather sprays are the most requested family flowers this season.",
]


def t_c_schedule(R, cc):
    rows = [N(FIRM[cc][3], "cemetery"), " — day sheet ", N(date_any(R, cc), "service_date"), "\n"]
    for i in range(R.randint(3, 5)):
        rows += [hhmm(R), "  ", case_no(R, cc), "  ", epo(R, cc), "  ", N(R.choice(COFFINS + URNS), "coffin_model"), "  ",
                 N(R.choice(HYMNS), "hymn"), "  ", plot_ref(R), "\n"]
    rows += ["Bookings: ", N(FIRM[cc][2], "firm_phone"), " · ", firm_mail(cc, "bookings"), "\n", N(R.choice(NAW), "name_as_word")]
    return "table", LANG[cc], wrap(R, cc, rows)


def t_c_prices(R, cc):
    rows = ["| item | model | price |\n|---|---|---|\n"]
    for it in R.sample(COFFINS + URNS, 4):
        rows += ["| ", "urn" if it in URNS else "coffin", " | ", N(it, "coffin_model"), " | ", amount(R, cc), " |\n"]
    rows += ["| cremation fee | ", N(FIRM[cc][3], "cemetery"), " | ", amount(R, cc), " |\n",
             "| new grave (", plot_ref(R), ") | exclusive right 50 years | ", amount(R, cc), " |\n\n",
             N(FIRM[cc][0], "firm"), " · ", N("www." + FIRM[cc][1], "website"), " · ", N(FIRM[cc][2], "firm_phone"), "\n",
             N(R.choice(NAW), "name_as_word")]
    return "table", LANG[cc], wrap(R, cc, rows)


def t_c_rules(R, cc):
    cc = R.choice(EN + ["IN", "SE", "NL", "DE"])
    a, b = R.sample(NAW, 2)
    rows = ["CEMETERY NOTICE — ", N(FIRM[cc][3], "cemetery"), "\n",
            "Gates open ", hhmm(R), "–", "%02d:00" % R.randint(17, 20), ". Sections ", N("%s to %s" % tuple(sorted(R.sample("ABCDEFGHJK", 2))), "section"),
            " are full; new interments from ", plot_ref(R), " onwards.\n",
            "The memorial service on ", N(date_any(R, "GB"), "service_date"), " will be held in ", epo(R, "GB"), " with ", N(R.choice(HYMNS), "hymn"), ".\n",
            N(a, "name_as_word"), "\n", N(b, "name_as_word"), "\n",
            "Enquiries: ", N(FIRM[cc][2], "firm_phone"), ", ", firm_mail(cc, "cemeteries"), ", register ", reg_no(R), "."]
    return "notice", "en", wrap(R, "GB", rows, req=R.choice(["Make this notice friendlier for the website.", "Shorten this cemetery notice for the noticeboard.", "Rewrite this so it reads less like a rule book."]))


TESTCARDS = ["4242 4242 4242 4242", "5555 5555 5555 4444", "3782 822463 10005", "4000 0566 5566 5556", "6011 1111 1111 1117"]


def t_c_uat(R, cc):
    cc = R.choice(ALL)
    bad = list(R.choice(TESTCARDS).replace(" ", ""))
    while True:
        i = R.randrange(len(bad) - 1)
        bb = bad[:]
        bb[i] = str((int(bb[i]) + R.randint(1, 9)) % 10)
        if not luhn_ok("".join(bb)):
            break
    rows = ["UAT — online deposits for ", N(FIRM[cc][0], "firm"), " (build ", N("%d.%d.%d" % (R.randint(1, 4), R.randint(0, 19), R.randint(0, 99)), "version"), ")\n",
            "1. card ", N(R.choice(TESTCARDS), "test_card"), " exp 12/34 CVC 123 → paid ✔\n",
            "2. card ", N(" ".join(split_groups("".join(bb), [4] * (len(bb) // 4) + ([len(bb) % 4] if len(bb) % 4 else []))), "luhn_fail"), " → declined ✔\n",
            "3. saved card shown as ", N("•••• %04d" % R.randint(0, 9999), "masked_card"), "\n",
            "4. receipt to ", N("test.family@example.com", "example_email"), ", phone ", N(R.choice(["+00 000 000 000", "555-0100", "(000) 000-0000"]), "placeholder"), "\n",
            "5. webhook from ", N(R.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % R.randint(1, 254), "doc_ip"), " to ",
            N("192.168.%d.%d" % (R.randint(0, 20), R.randint(2, 250)), "private_ip"), ":8443 with key ", N(R.choice(["<arrangements-api-key>", "${STRIPE_SECRET_KEY}", "changeme", "sk_test_xxxxxxxx"]), "placeholder"), "\n",
            "6. case ", case_no(R, cc), " and ", plot_ref(R), " round-trip OK. Ticket ", N("OPS-%d" % R.randint(100, 9999), "ticket"), "\n"]
    return "notes", "en", wrap(R, "US", rows, req=R.choice(["Turn these UAT notes into a short test report.", "Which of these test steps still need a screenshot?", "Format this as a checklist for the release ticket."]))


# name, function, count, clean
TEMPLATES = [
    ("arrangement", t_arrangement, 80, False), ("cremation", t_cremation, 60, False), ("repatriation", t_repatriation, 45, False),
    ("register", t_register, 45, False), ("permit", t_permit, 35, False), ("invoice", t_invoice, 55, False),
    ("obituary", t_obit, 70, False), ("eulogy", t_eulogy, 45, False), ("condolence", t_condolence, 45, False),
    ("chat", t_chat, 40, False), ("complaint", t_complaint, 40, False), ("config", t_config, 40, False),
    ("c_schedule", t_c_schedule, 50, True), ("c_prices", t_c_prices, 50, True), ("c_rules", t_c_rules, 50, True), ("c_uat", t_c_uat, 50, True),
]


# ====================================================================== rules
EXEMPT_WORDS = {"Văn", "Thị", "van", "de", "der"}


def _name_words():
    lat, other = set(), set()
    for cc in NAMES:
        for grp in _parse(cc):
            for forms, rom in grp:
                ws = [w for f in forms for w in f.split()] + ([rom] if rom else [])
                for w in ws:
                    if w in EXEMPT_WORDS:
                        continue
                    if re.search(r"[A-Za-zÀ-ɏḀ-ỿ]", w):
                        lat.add(w)
                    elif len(w) >= 2:
                        other.add(w)
    return lat, other


NAME_LAT, NAME_OTHER = _name_words()
LAT_RE = re.compile(r"(?<![\w])(" + "|".join(sorted(map(re.escape, NAME_LAT), key=len, reverse=True)) + r")(?![\w])")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
IP4_RE = re.compile(r"(?<![\d.])(\d{1,3}(\.\d{1,3}){3})(?![\d.])")
IP6_RE = re.compile(r"(?<![\w:])([0-9a-fA-F]{1,4}(:[0-9a-fA-F]{0,4}){2,7})(?![\w:])")
RUN_RE = re.compile(r"\d+(?:[ \-.\u00a0\u202f]\d+)*")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,30}")
FIRM_DOMAINS = {FIRM[c][1] for c in FIRM}
TESTDIGITS = {t.replace(" ", "") for t in TESTCARDS}


def label_ok(sp):
    t, v = sp["type"], sp["value"]
    if t == "gov_id":
        return gov_valid(sp["sub"], v)
    if t == "iban":
        c = v.replace(" ", "")
        return iban_mod97(c) == 1 and len(c) == IBAN_LEN[c[:2]]
    if t == "card":
        d = re.sub(r"\D", "", v)
        return 12 <= len(d) <= 19 and luhn_ok(d)
    if t == "email":
        return bool(EMAIL_RE.fullmatch(v)) and "example" not in v
    if t == "ip":
        return ipaddress.ip_address(v).is_global
    return True


def outside(rec):
    t = list(rec["text"])
    for sp in rec["spans"]:
        for i in range(sp["start"], sp["end"]):
            t[i] = "\x00"
    return "".join(t)


def why_bad(rec, clean):
    try:
        check_record(rec)
    except AssertionError:
        return "check_record"
    for sp in rec["spans"]:
        if not label_ok(sp):
            return "label:" + sp["type"]
    if clean and rec["spans"]:
        return "clean with labels"
    if not clean and not rec["spans"]:
        return "labelled without labels"
    if not 120 <= len(rec["text"]) <= 2500:
        return "length"
    o = outside(rec)
    for m in EMAIL_RE.finditer(o):
        dom = m.group(0).split("@")[1]
        if dom not in FIRM_DOMAINS and not dom.startswith("example."):
            return "email outside"
    for m in IP4_RE.finditer(o):
        try:
            if ipaddress.ip_address(m.group(1)).is_global:
                return "ip4 outside"
        except ValueError:
            pass
    for m in IP6_RE.finditer(o):
        try:
            if ipaddress.ip_address(m.group(1)).is_global:
                return "ip6 outside"
        except ValueError:
            pass
    for m in RUN_RE.finditer(o):
        groups = re.findall(r"\d+", m.group(0))
        for i in range(len(groups)):
            for j in range(i + 1, len(groups) + 1):
                d = "".join(groups[i:j])
                if 13 <= len(d) <= 19 and luhn_ok(d) and len(set(d)) > 1 and d not in TESTDIGITS:
                    return "luhn outside"
    for m in IBAN_RE.finditer(o):
        c = m.group(0).replace(" ", "")
        for n in range(15, len(c) + 1):
            if c[:2] in IBAN_LEN and n == IBAN_LEN[c[:2]] and iban_mod97(c[:n]) == 1:
                return "iban outside"
    if LAT_RE.search(o):
        return "name word outside: " + LAT_RE.search(o).group(0)
    for w in NAME_OTHER:
        if w in o:
            return "name word outside: " + w
    return None


# ====================================================================== generation
def generate(report=None):
    recs = []
    cands_all = []
    for ti, (name, fn, count, clean) in enumerate(TEMPLATES):
        for i in range(3 * count + 6):
            R = random.Random("%d:%s:%d" % (SEED, name, i))
            USED.clear()
            cc = ALL[(i + 5 * ti) % len(ALL)]
            form, lang, parts = fn(R, cc)
            rec = build("", form, lang, parts)
            cands_all.append((name, clean, count, rec))
    phones = sorted({(sp["value"], sp["region"], sp.get("plan", sp["region"])) for _, _, _, r in cands_all for sp in r["spans"] if sp["type"] == "phone"})
    bad = pv_check(phones)
    if bad is None:
        sys.exit("pv missing: /tmp/pv/pv")
    badset = {tuple(ln.split("\t")[1:4]) for ln in bad}
    kept = Counter()
    seen = set()
    dropped = []
    for name, clean, count, rec in cands_all:
        if kept[name] >= count:
            continue
        why = why_bad(rec, clean)
        if why is None and any(sp["type"] == "phone" and (sp["value"], sp["region"], sp.get("plan", sp["region"])) in badset for sp in rec["spans"]):
            why = "pv"
        if why is None and rec["text"] in seen:
            why = "repeat"
        if why:
            dropped.append((name, why))
            continue
        seen.add(rec["text"])
        kept[name] += 1
        recs.append(rec)
    for name, _, count, _ in TEMPLATES:
        assert kept[name] == count, (name, kept[name])
    random.Random(SHUFFLE_SEED).shuffle(recs)
    out = []
    for i, r in enumerate(recs):
        r2 = {"id": "%s%05d" % (PREFIX, i)}
        r2.update({k: v for k, v in r.items() if k != "id"})
        out.append(r2)
    if report is not None:
        report.extend(dropped)
        report.append(("pv_invalid", len(bad)))
    return out


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in recs)


def stats(recs):
    c = Counter(sp["type"] for r in recs for sp in r["spans"])
    print("records", len(recs), "clean", sum(1 for r in recs if not r["spans"]), "labels", sum(c.values()))
    for k, v in c.most_common():
        print(" ", k, v)
    print("langs", sorted(Counter(r["lang"] for r in recs).items(), key=lambda x: -x[1]))
    print("forms", sorted(Counter(r["form"] for r in recs).items(), key=lambda x: -x[1]))
    print("gov subs", Counter(sp["sub"] for r in recs for sp in r["spans"] if sp["type"] == "gov_id").most_common())
    print("phone regions", sorted(Counter(sp["region"] for r in recs for sp in r["spans"] if sp["type"] == "phone").items()))
    print("negs", len({t for r in recs for t in r.get("neg", [])}), sorted({t for r in recs for t in r.get("neg", [])}))
    print("lengths", min(len(r["text"]) for r in recs), max(len(r["text"]) for r in recs))


def main():
    if "--stats" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            stats([json.loads(l) for l in f])
        return
    recs = generate()
    text = dumps(recs)
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            cur = f.read()
        assert cur == text, "heldout56.jsonl differs from a fresh generation"
        for r in recs:
            check_record(r)
            assert why_bad(r, not r["spans"]) is None, r["id"]
        assert sum(1 for r in recs if not r["spans"]) == 200 and len(recs) == 800
        print("ok: %d records, identical and valid" % len(recs))
        return
    write_jsonl(OUT, recs)
    print("wrote", OUT, len(recs))


if __name__ == "__main__":
    main()
